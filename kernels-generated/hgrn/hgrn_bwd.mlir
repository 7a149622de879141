module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @hgrn_bwd(%in_g_f: !llvm.ptr, %in_g_c: !llvm.ptr, %in_g_o: !llvm.ptr, %in_gamma: !llvm.ptr, %dy_y: !llvm.ptr, %ckpt_h: !llvm.ptr, %scratch_h: !llvm.ptr, %dx_g_f: !llvm.ptr, %dx_g_c: !llvm.ptr, %dx_g_o: !llvm.ptr, %part_gamma: !llvm.ptr, %size_B: i64, %size_D: i64, %size_L: i64) kernel attributes {nvvm.maxntid = array<i32: 256, 1, 1>, nvvm.minctasm = 2 : i32} {
      %v1 = arith.constant 1 : i64
      %v2 = arith.muli %v1, %size_B : i64
      %v3 = arith.muli %v2, %size_D : i64
      %v4 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v5 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v6 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v11 = arith.constant 256 : i64
      %v21 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v22 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v23 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v24 = arith.constant 0x00000000 : f32
      %v25 = arith.constant 0x3F800000 : f32
      %v26 = arith.constant 0 : i64
      %v28 = arith.constant 64 : i64
      %v29 = arith.constant 8 : i64
      %v30 = arith.constant 7 : i64
      %v47 = arith.muli %v1, %size_B : i64
      %v48 = arith.muli %v47, %size_D : i64
      %v50 = arith.muli %v1, %size_D : i64
      %v83 = arith.muli %v1, %size_L : i64
      %v84 = arith.muli %v83, %size_D : i64
      %v93 = arith.constant 0x3FB8AA3B : f32
      %v217 = arith.constant 2 : i64
      %v256 = arith.constant 3 : i64
      %v295 = arith.constant 4 : i64
      %v334 = arith.constant 5 : i64
      %v373 = arith.constant 6 : i64
      %v7 = gpu.block_id x
      %v8 = gpu.thread_id x
      %v9 = arith.index_cast %v8 : index to i64
      %v10 = arith.index_cast %v7 : index to i64
      %v12 = arith.muli %v10, %v11 : i64
      %v13 = arith.addi %v12, %v9 : i64
      %v14 = arith.cmpi slt, %v13, %v3 : i64
      %v15 = arith.subi %v3, %v1 : i64
      %v16 = arith.minsi %v13, %v15 : i64
      %v17 = arith.remui %v16, %size_D : i64
      %v18 = arith.divui %v16, %size_D : i64
      %v19 = arith.remui %v18, %size_B : i64
      %v20 = arith.divui %v18, %size_B : i64
      llvm.store %v24, %v21 : f32, !llvm.ptr
      llvm.store %v25, %v22 : f32, !llvm.ptr
      llvm.store %v24, %v23 : f32, !llvm.ptr
      %v27 = arith.cmpi eq, %size_L, %v26 : i64
      scf.if %v27 {
        llvm.store %v24, %v6 : f32, !llvm.ptr
      }
      %v31 = arith.subi %v28, %v1 : i64
      %v32 = arith.addi %size_L, %v31 : i64
      %v33 = arith.divui %v32, %v28 : i64
      %v34 = arith.index_cast %v26 : i64 to index
      %v35 = arith.index_cast %v33 : i64 to index
      %v36 = arith.index_cast %v1 : i64 to index
      scf.for %v37 = %v34 to %v35 step %v36 {
        %v38 = arith.index_cast %v37 : index to i64
        %v39 = arith.subi %v33, %v1 : i64
        %v40 = arith.subi %v39, %v38 : i64
        %v41 = arith.muli %v40, %v28 : i64
        %v42 = arith.subi %size_L, %v41 : i64
        %v43 = arith.minsi %v42, %v28 : i64
        %v44 = arith.subi %v43, %v1 : i64
        %v45 = arith.addi %v43, %v30 : i64
        %v46 = arith.divui %v45, %v29 : i64
        %v49 = arith.muli %v40, %v48 : i64
        %v51 = arith.muli %v19, %v50 : i64
        %v52 = arith.muli %v17, %v1 : i64
        %v53 = arith.addi %v51, %v52 : i64
        %v54 = arith.addi %v49, %v53 : i64
        %v55 = llvm.getelementptr %ckpt_h[%v54] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v56 = llvm.load %v55 : !llvm.ptr -> f32
        llvm.store %v56, %v5 : f32, !llvm.ptr
        // the state entering each group of the stretch
        %v57 = arith.index_cast %v26 : i64 to index
        %v58 = arith.index_cast %v46 : i64 to index
        %v59 = arith.index_cast %v1 : i64 to index
        scf.for %v60 = %v57 to %v58 step %v59 {
          %v61 = arith.index_cast %v60 : index to i64
          scf.if %v14 {
            %v62 = llvm.load %v5 : !llvm.ptr -> f32
            %v63 = arith.muli %v61, %v3 : i64
            %v64 = arith.subi %v3, %v1 : i64
            %v65 = arith.minsi %v13, %v64 : i64
            %v66 = arith.addi %v63, %v65 : i64
            %v67 = arith.muli %v66, %v1 : i64
            %v68 = arith.addi %v67, %v26 : i64
            %v69 = llvm.getelementptr %scratch_h[%v68] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v62, %v69 : f32, !llvm.ptr
          }
          %v70 = arith.muli %v61, %v29 : i64
          %v71 = arith.index_cast %v26 : i64 to index
          %v72 = arith.index_cast %v29 : i64 to index
          %v73 = arith.index_cast %v1 : i64 to index
          scf.for %v74 = %v71 to %v72 step %v73 {
            %v75 = arith.index_cast %v74 : index to i64
            %v76 = arith.addi %v70, %v75 : i64
            %v77 = arith.cmpi slt, %v76, %v43 : i64
            scf.if %v77 {
              %v78 = arith.addi %v41, %v76 : i64
              %v79 = arith.muli %v17, %v1 : i64
              %v80 = llvm.getelementptr %in_gamma[%v79] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v81 = llvm.load %v80 : !llvm.ptr -> f32
              %v82 = arith.subf %v25, %v81 : f32
              %v85 = arith.muli %v19, %v84 : i64
              %v86 = arith.muli %v17, %v83 : i64
              %v87 = arith.addi %v85, %v86 : i64
              %v88 = arith.muli %v78, %v1 : i64
              %v89 = arith.addi %v87, %v88 : i64
              %v90 = llvm.getelementptr %in_g_f[%v89] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v91 = llvm.load %v90 : !llvm.ptr -> f32
              %v92 = arith.negf %v91 : f32
              %v94 = arith.mulf %v92, %v93 : f32
              %v95 = llvm.call_intrinsic "llvm.exp2.f32"(%v94) : (f32) -> f32
              %v96 = arith.addf %v25, %v95 : f32
              %v97 = arith.divf %v25, %v96 : f32
              %v98 = arith.mulf %v82, %v97 : f32
              %v99 = arith.addf %v81, %v98 : f32
              %v100 = arith.subf %v25, %v99 : f32
              %v101 = arith.muli %v19, %v84 : i64
              %v102 = arith.muli %v17, %v83 : i64
              %v103 = arith.addi %v101, %v102 : i64
              %v104 = arith.muli %v78, %v1 : i64
              %v105 = arith.addi %v103, %v104 : i64
              %v106 = llvm.getelementptr %in_g_c[%v105] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v107 = llvm.load %v106 : !llvm.ptr -> f32
              %v108 = arith.negf %v107 : f32
              %v109 = arith.mulf %v108, %v93 : f32
              %v110 = llvm.call_intrinsic "llvm.exp2.f32"(%v109) : (f32) -> f32
              %v111 = arith.addf %v25, %v110 : f32
              %v112 = arith.divf %v25, %v111 : f32
              %v113 = arith.mulf %v107, %v112 : f32
              %v114 = arith.mulf %v100, %v113 : f32
              %v115 = llvm.load %v5 : !llvm.ptr -> f32
              %v116 = arith.mulf %v99, %v115 : f32
              %v117 = arith.addf %v116, %v114 : f32
              llvm.store %v117, %v5 : f32, !llvm.ptr
            }
          }
        }
        %v118 = arith.index_cast %v26 : i64 to index
        %v119 = arith.index_cast %v1 : i64 to index
        %v120 = arith.index_cast %v1 : i64 to index
        scf.for %v121 = %v118 to %v119 step %v120 {
          %v122 = arith.index_cast %v121 : index to i64
          %v123 = arith.index_cast %v26 : i64 to index
          %v124 = arith.index_cast %v46 : i64 to index
          %v125 = arith.index_cast %v1 : i64 to index
          scf.for %v126 = %v123 to %v124 step %v125 {
            %v127 = arith.index_cast %v126 : index to i64
            %v128 = arith.cmpi slt, %v127, %v46 : i64
            scf.if %v128 {
              %v129 = arith.subi %v46, %v1 : i64
              %v130 = arith.subi %v129, %v127 : i64
              %v131 = arith.muli %v130, %v29 : i64
              %v132 = arith.subi %v43, %v1 : i64
              %v133 = arith.muli %v130, %v3 : i64
              %v134 = arith.subi %v3, %v1 : i64
              %v135 = arith.minsi %v13, %v134 : i64
              %v136 = arith.addi %v133, %v135 : i64
              %v137 = arith.muli %v136, %v1 : i64
              %v138 = arith.addi %v137, %v26 : i64
              %v139 = llvm.getelementptr %scratch_h[%v138] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v140 = llvm.load %v139 : !llvm.ptr -> f32
              // the group's states, recomputed into registers
              %v141 = arith.addi %v131, %v26 : i64
              %v142 = arith.minsi %v141, %v132 : i64
              %v143 = arith.addi %v41, %v142 : i64
              %v144 = arith.muli %v17, %v1 : i64
              %v145 = llvm.getelementptr %in_gamma[%v144] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v146 = llvm.load %v145 : !llvm.ptr -> f32
              %v147 = arith.subf %v25, %v146 : f32
              %v148 = arith.muli %v19, %v84 : i64
              %v149 = arith.muli %v17, %v83 : i64
              %v150 = arith.addi %v148, %v149 : i64
              %v151 = arith.muli %v143, %v1 : i64
              %v152 = arith.addi %v150, %v151 : i64
              %v153 = llvm.getelementptr %in_g_f[%v152] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v154 = llvm.load %v153 : !llvm.ptr -> f32
              %v155 = arith.negf %v154 : f32
              %v156 = arith.mulf %v155, %v93 : f32
              %v157 = llvm.call_intrinsic "llvm.exp2.f32"(%v156) : (f32) -> f32
              %v158 = arith.addf %v25, %v157 : f32
              %v159 = arith.divf %v25, %v158 : f32
              %v160 = arith.mulf %v147, %v159 : f32
              %v161 = arith.addf %v146, %v160 : f32
              %v162 = arith.subf %v25, %v161 : f32
              %v163 = arith.muli %v19, %v84 : i64
              %v164 = arith.muli %v17, %v83 : i64
              %v165 = arith.addi %v163, %v164 : i64
              %v166 = arith.muli %v143, %v1 : i64
              %v167 = arith.addi %v165, %v166 : i64
              %v168 = llvm.getelementptr %in_g_c[%v167] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v169 = llvm.load %v168 : !llvm.ptr -> f32
              %v170 = arith.negf %v169 : f32
              %v171 = arith.mulf %v170, %v93 : f32
              %v172 = llvm.call_intrinsic "llvm.exp2.f32"(%v171) : (f32) -> f32
              %v173 = arith.addf %v25, %v172 : f32
              %v174 = arith.divf %v25, %v173 : f32
              %v175 = arith.mulf %v169, %v174 : f32
              %v176 = arith.mulf %v162, %v175 : f32
              %v177 = arith.mulf %v161, %v140 : f32
              %v178 = arith.addf %v177, %v176 : f32
              %v179 = arith.addi %v131, %v1 : i64
              %v180 = arith.minsi %v179, %v132 : i64
              %v181 = arith.addi %v41, %v180 : i64
              %v182 = arith.muli %v17, %v1 : i64
              %v183 = llvm.getelementptr %in_gamma[%v182] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v184 = llvm.load %v183 : !llvm.ptr -> f32
              %v185 = arith.subf %v25, %v184 : f32
              %v186 = arith.muli %v19, %v84 : i64
              %v187 = arith.muli %v17, %v83 : i64
              %v188 = arith.addi %v186, %v187 : i64
              %v189 = arith.muli %v181, %v1 : i64
              %v190 = arith.addi %v188, %v189 : i64
              %v191 = llvm.getelementptr %in_g_f[%v190] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v192 = llvm.load %v191 : !llvm.ptr -> f32
              %v193 = arith.negf %v192 : f32
              %v194 = arith.mulf %v193, %v93 : f32
              %v195 = llvm.call_intrinsic "llvm.exp2.f32"(%v194) : (f32) -> f32
              %v196 = arith.addf %v25, %v195 : f32
              %v197 = arith.divf %v25, %v196 : f32
              %v198 = arith.mulf %v185, %v197 : f32
              %v199 = arith.addf %v184, %v198 : f32
              %v200 = arith.subf %v25, %v199 : f32
              %v201 = arith.muli %v19, %v84 : i64
              %v202 = arith.muli %v17, %v83 : i64
              %v203 = arith.addi %v201, %v202 : i64
              %v204 = arith.muli %v181, %v1 : i64
              %v205 = arith.addi %v203, %v204 : i64
              %v206 = llvm.getelementptr %in_g_c[%v205] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v207 = llvm.load %v206 : !llvm.ptr -> f32
              %v208 = arith.negf %v207 : f32
              %v209 = arith.mulf %v208, %v93 : f32
              %v210 = llvm.call_intrinsic "llvm.exp2.f32"(%v209) : (f32) -> f32
              %v211 = arith.addf %v25, %v210 : f32
              %v212 = arith.divf %v25, %v211 : f32
              %v213 = arith.mulf %v207, %v212 : f32
              %v214 = arith.mulf %v200, %v213 : f32
              %v215 = arith.mulf %v199, %v178 : f32
              %v216 = arith.addf %v215, %v214 : f32
              %v218 = arith.addi %v131, %v217 : i64
              %v219 = arith.minsi %v218, %v132 : i64
              %v220 = arith.addi %v41, %v219 : i64
              %v221 = arith.muli %v17, %v1 : i64
              %v222 = llvm.getelementptr %in_gamma[%v221] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v223 = llvm.load %v222 : !llvm.ptr -> f32
              %v224 = arith.subf %v25, %v223 : f32
              %v225 = arith.muli %v19, %v84 : i64
              %v226 = arith.muli %v17, %v83 : i64
              %v227 = arith.addi %v225, %v226 : i64
              %v228 = arith.muli %v220, %v1 : i64
              %v229 = arith.addi %v227, %v228 : i64
              %v230 = llvm.getelementptr %in_g_f[%v229] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v231 = llvm.load %v230 : !llvm.ptr -> f32
              %v232 = arith.negf %v231 : f32
              %v233 = arith.mulf %v232, %v93 : f32
              %v234 = llvm.call_intrinsic "llvm.exp2.f32"(%v233) : (f32) -> f32
              %v235 = arith.addf %v25, %v234 : f32
              %v236 = arith.divf %v25, %v235 : f32
              %v237 = arith.mulf %v224, %v236 : f32
              %v238 = arith.addf %v223, %v237 : f32
              %v239 = arith.subf %v25, %v238 : f32
              %v240 = arith.muli %v19, %v84 : i64
              %v241 = arith.muli %v17, %v83 : i64
              %v242 = arith.addi %v240, %v241 : i64
              %v243 = arith.muli %v220, %v1 : i64
              %v244 = arith.addi %v242, %v243 : i64
              %v245 = llvm.getelementptr %in_g_c[%v244] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v246 = llvm.load %v245 : !llvm.ptr -> f32
              %v247 = arith.negf %v246 : f32
              %v248 = arith.mulf %v247, %v93 : f32
              %v249 = llvm.call_intrinsic "llvm.exp2.f32"(%v248) : (f32) -> f32
              %v250 = arith.addf %v25, %v249 : f32
              %v251 = arith.divf %v25, %v250 : f32
              %v252 = arith.mulf %v246, %v251 : f32
              %v253 = arith.mulf %v239, %v252 : f32
              %v254 = arith.mulf %v238, %v216 : f32
              %v255 = arith.addf %v254, %v253 : f32
              %v257 = arith.addi %v131, %v256 : i64
              %v258 = arith.minsi %v257, %v132 : i64
              %v259 = arith.addi %v41, %v258 : i64
              %v260 = arith.muli %v17, %v1 : i64
              %v261 = llvm.getelementptr %in_gamma[%v260] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v262 = llvm.load %v261 : !llvm.ptr -> f32
              %v263 = arith.subf %v25, %v262 : f32
              %v264 = arith.muli %v19, %v84 : i64
              %v265 = arith.muli %v17, %v83 : i64
              %v266 = arith.addi %v264, %v265 : i64
              %v267 = arith.muli %v259, %v1 : i64
              %v268 = arith.addi %v266, %v267 : i64
              %v269 = llvm.getelementptr %in_g_f[%v268] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v270 = llvm.load %v269 : !llvm.ptr -> f32
              %v271 = arith.negf %v270 : f32
              %v272 = arith.mulf %v271, %v93 : f32
              %v273 = llvm.call_intrinsic "llvm.exp2.f32"(%v272) : (f32) -> f32
              %v274 = arith.addf %v25, %v273 : f32
              %v275 = arith.divf %v25, %v274 : f32
              %v276 = arith.mulf %v263, %v275 : f32
              %v277 = arith.addf %v262, %v276 : f32
              %v278 = arith.subf %v25, %v277 : f32
              %v279 = arith.muli %v19, %v84 : i64
              %v280 = arith.muli %v17, %v83 : i64
              %v281 = arith.addi %v279, %v280 : i64
              %v282 = arith.muli %v259, %v1 : i64
              %v283 = arith.addi %v281, %v282 : i64
              %v284 = llvm.getelementptr %in_g_c[%v283] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v285 = llvm.load %v284 : !llvm.ptr -> f32
              %v286 = arith.negf %v285 : f32
              %v287 = arith.mulf %v286, %v93 : f32
              %v288 = llvm.call_intrinsic "llvm.exp2.f32"(%v287) : (f32) -> f32
              %v289 = arith.addf %v25, %v288 : f32
              %v290 = arith.divf %v25, %v289 : f32
              %v291 = arith.mulf %v285, %v290 : f32
              %v292 = arith.mulf %v278, %v291 : f32
              %v293 = arith.mulf %v277, %v255 : f32
              %v294 = arith.addf %v293, %v292 : f32
              %v296 = arith.addi %v131, %v295 : i64
              %v297 = arith.minsi %v296, %v132 : i64
              %v298 = arith.addi %v41, %v297 : i64
              %v299 = arith.muli %v17, %v1 : i64
              %v300 = llvm.getelementptr %in_gamma[%v299] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v301 = llvm.load %v300 : !llvm.ptr -> f32
              %v302 = arith.subf %v25, %v301 : f32
              %v303 = arith.muli %v19, %v84 : i64
              %v304 = arith.muli %v17, %v83 : i64
              %v305 = arith.addi %v303, %v304 : i64
              %v306 = arith.muli %v298, %v1 : i64
              %v307 = arith.addi %v305, %v306 : i64
              %v308 = llvm.getelementptr %in_g_f[%v307] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v309 = llvm.load %v308 : !llvm.ptr -> f32
              %v310 = arith.negf %v309 : f32
              %v311 = arith.mulf %v310, %v93 : f32
              %v312 = llvm.call_intrinsic "llvm.exp2.f32"(%v311) : (f32) -> f32
              %v313 = arith.addf %v25, %v312 : f32
              %v314 = arith.divf %v25, %v313 : f32
              %v315 = arith.mulf %v302, %v314 : f32
              %v316 = arith.addf %v301, %v315 : f32
              %v317 = arith.subf %v25, %v316 : f32
              %v318 = arith.muli %v19, %v84 : i64
              %v319 = arith.muli %v17, %v83 : i64
              %v320 = arith.addi %v318, %v319 : i64
              %v321 = arith.muli %v298, %v1 : i64
              %v322 = arith.addi %v320, %v321 : i64
              %v323 = llvm.getelementptr %in_g_c[%v322] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v324 = llvm.load %v323 : !llvm.ptr -> f32
              %v325 = arith.negf %v324 : f32
              %v326 = arith.mulf %v325, %v93 : f32
              %v327 = llvm.call_intrinsic "llvm.exp2.f32"(%v326) : (f32) -> f32
              %v328 = arith.addf %v25, %v327 : f32
              %v329 = arith.divf %v25, %v328 : f32
              %v330 = arith.mulf %v324, %v329 : f32
              %v331 = arith.mulf %v317, %v330 : f32
              %v332 = arith.mulf %v316, %v294 : f32
              %v333 = arith.addf %v332, %v331 : f32
              %v335 = arith.addi %v131, %v334 : i64
              %v336 = arith.minsi %v335, %v132 : i64
              %v337 = arith.addi %v41, %v336 : i64
              %v338 = arith.muli %v17, %v1 : i64
              %v339 = llvm.getelementptr %in_gamma[%v338] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v340 = llvm.load %v339 : !llvm.ptr -> f32
              %v341 = arith.subf %v25, %v340 : f32
              %v342 = arith.muli %v19, %v84 : i64
              %v343 = arith.muli %v17, %v83 : i64
              %v344 = arith.addi %v342, %v343 : i64
              %v345 = arith.muli %v337, %v1 : i64
              %v346 = arith.addi %v344, %v345 : i64
              %v347 = llvm.getelementptr %in_g_f[%v346] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v348 = llvm.load %v347 : !llvm.ptr -> f32
              %v349 = arith.negf %v348 : f32
              %v350 = arith.mulf %v349, %v93 : f32
              %v351 = llvm.call_intrinsic "llvm.exp2.f32"(%v350) : (f32) -> f32
              %v352 = arith.addf %v25, %v351 : f32
              %v353 = arith.divf %v25, %v352 : f32
              %v354 = arith.mulf %v341, %v353 : f32
              %v355 = arith.addf %v340, %v354 : f32
              %v356 = arith.subf %v25, %v355 : f32
              %v357 = arith.muli %v19, %v84 : i64
              %v358 = arith.muli %v17, %v83 : i64
              %v359 = arith.addi %v357, %v358 : i64
              %v360 = arith.muli %v337, %v1 : i64
              %v361 = arith.addi %v359, %v360 : i64
              %v362 = llvm.getelementptr %in_g_c[%v361] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v363 = llvm.load %v362 : !llvm.ptr -> f32
              %v364 = arith.negf %v363 : f32
              %v365 = arith.mulf %v364, %v93 : f32
              %v366 = llvm.call_intrinsic "llvm.exp2.f32"(%v365) : (f32) -> f32
              %v367 = arith.addf %v25, %v366 : f32
              %v368 = arith.divf %v25, %v367 : f32
              %v369 = arith.mulf %v363, %v368 : f32
              %v370 = arith.mulf %v356, %v369 : f32
              %v371 = arith.mulf %v355, %v333 : f32
              %v372 = arith.addf %v371, %v370 : f32
              %v374 = arith.addi %v131, %v373 : i64
              %v375 = arith.minsi %v374, %v132 : i64
              %v376 = arith.addi %v41, %v375 : i64
              %v377 = arith.muli %v17, %v1 : i64
              %v378 = llvm.getelementptr %in_gamma[%v377] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v379 = llvm.load %v378 : !llvm.ptr -> f32
              %v380 = arith.subf %v25, %v379 : f32
              %v381 = arith.muli %v19, %v84 : i64
              %v382 = arith.muli %v17, %v83 : i64
              %v383 = arith.addi %v381, %v382 : i64
              %v384 = arith.muli %v376, %v1 : i64
              %v385 = arith.addi %v383, %v384 : i64
              %v386 = llvm.getelementptr %in_g_f[%v385] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v387 = llvm.load %v386 : !llvm.ptr -> f32
              %v388 = arith.negf %v387 : f32
              %v389 = arith.mulf %v388, %v93 : f32
              %v390 = llvm.call_intrinsic "llvm.exp2.f32"(%v389) : (f32) -> f32
              %v391 = arith.addf %v25, %v390 : f32
              %v392 = arith.divf %v25, %v391 : f32
              %v393 = arith.mulf %v380, %v392 : f32
              %v394 = arith.addf %v379, %v393 : f32
              %v395 = arith.subf %v25, %v394 : f32
              %v396 = arith.muli %v19, %v84 : i64
              %v397 = arith.muli %v17, %v83 : i64
              %v398 = arith.addi %v396, %v397 : i64
              %v399 = arith.muli %v376, %v1 : i64
              %v400 = arith.addi %v398, %v399 : i64
              %v401 = llvm.getelementptr %in_g_c[%v400] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v402 = llvm.load %v401 : !llvm.ptr -> f32
              %v403 = arith.negf %v402 : f32
              %v404 = arith.mulf %v403, %v93 : f32
              %v405 = llvm.call_intrinsic "llvm.exp2.f32"(%v404) : (f32) -> f32
              %v406 = arith.addf %v25, %v405 : f32
              %v407 = arith.divf %v25, %v406 : f32
              %v408 = arith.mulf %v402, %v407 : f32
              %v409 = arith.mulf %v395, %v408 : f32
              %v410 = arith.mulf %v394, %v372 : f32
              %v411 = arith.addf %v410, %v409 : f32
              %v412 = arith.addi %v131, %v30 : i64
              %v413 = arith.minsi %v412, %v132 : i64
              %v414 = arith.addi %v41, %v413 : i64
              %v415 = arith.muli %v17, %v1 : i64
              %v416 = llvm.getelementptr %in_gamma[%v415] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v417 = llvm.load %v416 : !llvm.ptr -> f32
              %v418 = arith.subf %v25, %v417 : f32
              %v419 = arith.muli %v19, %v84 : i64
              %v420 = arith.muli %v17, %v83 : i64
              %v421 = arith.addi %v419, %v420 : i64
              %v422 = arith.muli %v414, %v1 : i64
              %v423 = arith.addi %v421, %v422 : i64
              %v424 = llvm.getelementptr %in_g_f[%v423] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v425 = llvm.load %v424 : !llvm.ptr -> f32
              %v426 = arith.negf %v425 : f32
              %v427 = arith.mulf %v426, %v93 : f32
              %v428 = llvm.call_intrinsic "llvm.exp2.f32"(%v427) : (f32) -> f32
              %v429 = arith.addf %v25, %v428 : f32
              %v430 = arith.divf %v25, %v429 : f32
              %v431 = arith.mulf %v418, %v430 : f32
              %v432 = arith.addf %v417, %v431 : f32
              %v433 = arith.subf %v25, %v432 : f32
              %v434 = arith.muli %v19, %v84 : i64
              %v435 = arith.muli %v17, %v83 : i64
              %v436 = arith.addi %v434, %v435 : i64
              %v437 = arith.muli %v414, %v1 : i64
              %v438 = arith.addi %v436, %v437 : i64
              %v439 = llvm.getelementptr %in_g_c[%v438] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v440 = llvm.load %v439 : !llvm.ptr -> f32
              %v441 = arith.negf %v440 : f32
              %v442 = arith.mulf %v441, %v93 : f32
              %v443 = llvm.call_intrinsic "llvm.exp2.f32"(%v442) : (f32) -> f32
              %v444 = arith.addf %v25, %v443 : f32
              %v445 = arith.divf %v25, %v444 : f32
              %v446 = arith.mulf %v440, %v445 : f32
              %v447 = arith.mulf %v433, %v446 : f32
              %v448 = arith.mulf %v432, %v411 : f32
              %v449 = arith.addf %v448, %v447 : f32
              %v450 = arith.addi %v131, %v30 : i64
              %v451 = arith.cmpi slt, %v450, %v43 : i64
              scf.if %v451 {
                %v452 = arith.addi %v41, %v450 : i64
                %v453 = arith.muli %v19, %v84 : i64
                %v454 = arith.muli %v17, %v83 : i64
                %v455 = arith.addi %v453, %v454 : i64
                %v456 = arith.muli %v452, %v1 : i64
                %v457 = arith.addi %v455, %v456 : i64
                %v458 = llvm.getelementptr %in_g_o[%v457] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v459 = llvm.load %v458 : !llvm.ptr -> f32
                %v460 = arith.negf %v459 : f32
                %v461 = arith.mulf %v460, %v93 : f32
                %v462 = llvm.call_intrinsic "llvm.exp2.f32"(%v461) : (f32) -> f32
                %v463 = arith.addf %v25, %v462 : f32
                %v464 = arith.divf %v25, %v463 : f32
                %v465 = arith.muli %v19, %v84 : i64
                %v466 = arith.muli %v17, %v83 : i64
                %v467 = arith.addi %v465, %v466 : i64
                %v468 = arith.muli %v452, %v1 : i64
                %v469 = arith.addi %v467, %v468 : i64
                %v470 = llvm.getelementptr %dy_y[%v469] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v471 = llvm.load %v470 : !llvm.ptr -> f32
                %v472 = arith.mulf %v464, %v471 : f32
                %v473 = llvm.load %v21 : !llvm.ptr -> f32
                %v474 = llvm.load %v22 : !llvm.ptr -> f32
                %v475 = arith.mulf %v474, %v473 : f32
                %v476 = arith.addf %v472, %v475 : f32
                llvm.store %v476, %v21 : f32, !llvm.ptr
                %v477 = arith.subi %size_L, %v1 : i64
                %v478 = arith.cmpi eq, %v452, %v477 : i64
                scf.if %v478 {
                }
                %v479 = arith.muli %v17, %v1 : i64
                %v480 = llvm.getelementptr %in_gamma[%v479] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v481 = llvm.load %v480 : !llvm.ptr -> f32
                %v482 = arith.subf %v25, %v481 : f32
                %v483 = llvm.load %v21 : !llvm.ptr -> f32
                %v484 = arith.mulf %v411, %v483 : f32
                %v485 = arith.muli %v19, %v84 : i64
                %v486 = arith.muli %v17, %v83 : i64
                %v487 = arith.addi %v485, %v486 : i64
                %v488 = arith.muli %v452, %v1 : i64
                %v489 = arith.addi %v487, %v488 : i64
                %v490 = llvm.getelementptr %in_g_c[%v489] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v491 = llvm.load %v490 : !llvm.ptr -> f32
                %v492 = arith.negf %v491 : f32
                %v493 = arith.mulf %v492, %v93 : f32
                %v494 = llvm.call_intrinsic "llvm.exp2.f32"(%v493) : (f32) -> f32
                %v495 = arith.addf %v25, %v494 : f32
                %v496 = arith.divf %v25, %v495 : f32
                %v497 = arith.mulf %v491, %v496 : f32
                %v498 = arith.mulf %v497, %v483 : f32
                %v499 = arith.negf %v498 : f32
                %v500 = arith.addf %v484, %v499 : f32
                %v501 = arith.mulf %v482, %v500 : f32
                %v502 = arith.muli %v19, %v84 : i64
                %v503 = arith.muli %v17, %v83 : i64
                %v504 = arith.addi %v502, %v503 : i64
                %v505 = arith.muli %v452, %v1 : i64
                %v506 = arith.addi %v504, %v505 : i64
                %v507 = llvm.getelementptr %in_g_f[%v506] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v508 = llvm.load %v507 : !llvm.ptr -> f32
                %v509 = arith.negf %v508 : f32
                %v510 = arith.mulf %v509, %v93 : f32
                %v511 = llvm.call_intrinsic "llvm.exp2.f32"(%v510) : (f32) -> f32
                %v512 = arith.addf %v25, %v511 : f32
                %v513 = arith.divf %v25, %v512 : f32
                %v514 = arith.subf %v25, %v513 : f32
                %v515 = arith.mulf %v513, %v514 : f32
                %v516 = arith.mulf %v501, %v515 : f32
                scf.if %v14 {
                  %v517 = arith.muli %v19, %v84 : i64
                  %v518 = arith.muli %v17, %v83 : i64
                  %v519 = arith.addi %v517, %v518 : i64
                  %v520 = arith.muli %v452, %v1 : i64
                  %v521 = arith.addi %v519, %v520 : i64
                  %v522 = llvm.getelementptr %dx_g_f[%v521] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v516, %v522 : f32, !llvm.ptr
                }
                %v523 = arith.mulf %v482, %v513 : f32
                %v524 = arith.addf %v481, %v523 : f32
                %v525 = arith.subf %v25, %v524 : f32
                %v526 = arith.mulf %v525, %v483 : f32
                %v527 = arith.negf %v491 : f32
                %v528 = arith.mulf %v527, %v93 : f32
                %v529 = llvm.call_intrinsic "llvm.exp2.f32"(%v528) : (f32) -> f32
                %v530 = arith.addf %v25, %v529 : f32
                %v531 = arith.divf %v25, %v530 : f32
                %v532 = arith.subf %v25, %v531 : f32
                %v533 = arith.mulf %v491, %v532 : f32
                %v534 = arith.addf %v25, %v533 : f32
                %v535 = arith.mulf %v531, %v534 : f32
                %v536 = arith.mulf %v526, %v535 : f32
                scf.if %v14 {
                  %v537 = arith.muli %v19, %v84 : i64
                  %v538 = arith.muli %v17, %v83 : i64
                  %v539 = arith.addi %v537, %v538 : i64
                  %v540 = arith.muli %v452, %v1 : i64
                  %v541 = arith.addi %v539, %v540 : i64
                  %v542 = llvm.getelementptr %dx_g_c[%v541] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v536, %v542 : f32, !llvm.ptr
                }
                %v543 = arith.mulf %v449, %v471 : f32
                %v544 = arith.subf %v25, %v464 : f32
                %v545 = arith.mulf %v464, %v544 : f32
                %v546 = arith.mulf %v543, %v545 : f32
                scf.if %v14 {
                  %v547 = arith.muli %v19, %v84 : i64
                  %v548 = arith.muli %v17, %v83 : i64
                  %v549 = arith.addi %v547, %v548 : i64
                  %v550 = arith.muli %v452, %v1 : i64
                  %v551 = arith.addi %v549, %v550 : i64
                  %v552 = llvm.getelementptr %dx_g_o[%v551] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v546, %v552 : f32, !llvm.ptr
                }
                %v553 = arith.mulf %v513, %v500 : f32
                %v554 = arith.negf %v553 : f32
                %v555 = arith.addf %v500, %v554 : f32
                %v556 = llvm.load %v23 : !llvm.ptr -> f32
                %v557 = arith.addf %v556, %v555 : f32
                llvm.store %v557, %v23 : f32, !llvm.ptr
                llvm.store %v524, %v22 : f32, !llvm.ptr
              }
              %v558 = arith.addi %v131, %v373 : i64
              %v559 = arith.cmpi slt, %v558, %v43 : i64
              scf.if %v559 {
                %v560 = arith.addi %v41, %v558 : i64
                %v561 = arith.muli %v19, %v84 : i64
                %v562 = arith.muli %v17, %v83 : i64
                %v563 = arith.addi %v561, %v562 : i64
                %v564 = arith.muli %v560, %v1 : i64
                %v565 = arith.addi %v563, %v564 : i64
                %v566 = llvm.getelementptr %in_g_o[%v565] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v567 = llvm.load %v566 : !llvm.ptr -> f32
                %v568 = arith.negf %v567 : f32
                %v569 = arith.mulf %v568, %v93 : f32
                %v570 = llvm.call_intrinsic "llvm.exp2.f32"(%v569) : (f32) -> f32
                %v571 = arith.addf %v25, %v570 : f32
                %v572 = arith.divf %v25, %v571 : f32
                %v573 = arith.muli %v19, %v84 : i64
                %v574 = arith.muli %v17, %v83 : i64
                %v575 = arith.addi %v573, %v574 : i64
                %v576 = arith.muli %v560, %v1 : i64
                %v577 = arith.addi %v575, %v576 : i64
                %v578 = llvm.getelementptr %dy_y[%v577] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v579 = llvm.load %v578 : !llvm.ptr -> f32
                %v580 = arith.mulf %v572, %v579 : f32
                %v581 = llvm.load %v21 : !llvm.ptr -> f32
                %v582 = llvm.load %v22 : !llvm.ptr -> f32
                %v583 = arith.mulf %v582, %v581 : f32
                %v584 = arith.addf %v580, %v583 : f32
                llvm.store %v584, %v21 : f32, !llvm.ptr
                %v585 = arith.subi %size_L, %v1 : i64
                %v586 = arith.cmpi eq, %v560, %v585 : i64
                scf.if %v586 {
                }
                %v587 = arith.muli %v17, %v1 : i64
                %v588 = llvm.getelementptr %in_gamma[%v587] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v589 = llvm.load %v588 : !llvm.ptr -> f32
                %v590 = arith.subf %v25, %v589 : f32
                %v591 = llvm.load %v21 : !llvm.ptr -> f32
                %v592 = arith.mulf %v372, %v591 : f32
                %v593 = arith.muli %v19, %v84 : i64
                %v594 = arith.muli %v17, %v83 : i64
                %v595 = arith.addi %v593, %v594 : i64
                %v596 = arith.muli %v560, %v1 : i64
                %v597 = arith.addi %v595, %v596 : i64
                %v598 = llvm.getelementptr %in_g_c[%v597] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v599 = llvm.load %v598 : !llvm.ptr -> f32
                %v600 = arith.negf %v599 : f32
                %v601 = arith.mulf %v600, %v93 : f32
                %v602 = llvm.call_intrinsic "llvm.exp2.f32"(%v601) : (f32) -> f32
                %v603 = arith.addf %v25, %v602 : f32
                %v604 = arith.divf %v25, %v603 : f32
                %v605 = arith.mulf %v599, %v604 : f32
                %v606 = arith.mulf %v605, %v591 : f32
                %v607 = arith.negf %v606 : f32
                %v608 = arith.addf %v592, %v607 : f32
                %v609 = arith.mulf %v590, %v608 : f32
                %v610 = arith.muli %v19, %v84 : i64
                %v611 = arith.muli %v17, %v83 : i64
                %v612 = arith.addi %v610, %v611 : i64
                %v613 = arith.muli %v560, %v1 : i64
                %v614 = arith.addi %v612, %v613 : i64
                %v615 = llvm.getelementptr %in_g_f[%v614] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v616 = llvm.load %v615 : !llvm.ptr -> f32
                %v617 = arith.negf %v616 : f32
                %v618 = arith.mulf %v617, %v93 : f32
                %v619 = llvm.call_intrinsic "llvm.exp2.f32"(%v618) : (f32) -> f32
                %v620 = arith.addf %v25, %v619 : f32
                %v621 = arith.divf %v25, %v620 : f32
                %v622 = arith.subf %v25, %v621 : f32
                %v623 = arith.mulf %v621, %v622 : f32
                %v624 = arith.mulf %v609, %v623 : f32
                scf.if %v14 {
                  %v625 = arith.muli %v19, %v84 : i64
                  %v626 = arith.muli %v17, %v83 : i64
                  %v627 = arith.addi %v625, %v626 : i64
                  %v628 = arith.muli %v560, %v1 : i64
                  %v629 = arith.addi %v627, %v628 : i64
                  %v630 = llvm.getelementptr %dx_g_f[%v629] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v624, %v630 : f32, !llvm.ptr
                }
                %v631 = arith.mulf %v590, %v621 : f32
                %v632 = arith.addf %v589, %v631 : f32
                %v633 = arith.subf %v25, %v632 : f32
                %v634 = arith.mulf %v633, %v591 : f32
                %v635 = arith.negf %v599 : f32
                %v636 = arith.mulf %v635, %v93 : f32
                %v637 = llvm.call_intrinsic "llvm.exp2.f32"(%v636) : (f32) -> f32
                %v638 = arith.addf %v25, %v637 : f32
                %v639 = arith.divf %v25, %v638 : f32
                %v640 = arith.subf %v25, %v639 : f32
                %v641 = arith.mulf %v599, %v640 : f32
                %v642 = arith.addf %v25, %v641 : f32
                %v643 = arith.mulf %v639, %v642 : f32
                %v644 = arith.mulf %v634, %v643 : f32
                scf.if %v14 {
                  %v645 = arith.muli %v19, %v84 : i64
                  %v646 = arith.muli %v17, %v83 : i64
                  %v647 = arith.addi %v645, %v646 : i64
                  %v648 = arith.muli %v560, %v1 : i64
                  %v649 = arith.addi %v647, %v648 : i64
                  %v650 = llvm.getelementptr %dx_g_c[%v649] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v644, %v650 : f32, !llvm.ptr
                }
                %v651 = arith.mulf %v411, %v579 : f32
                %v652 = arith.subf %v25, %v572 : f32
                %v653 = arith.mulf %v572, %v652 : f32
                %v654 = arith.mulf %v651, %v653 : f32
                scf.if %v14 {
                  %v655 = arith.muli %v19, %v84 : i64
                  %v656 = arith.muli %v17, %v83 : i64
                  %v657 = arith.addi %v655, %v656 : i64
                  %v658 = arith.muli %v560, %v1 : i64
                  %v659 = arith.addi %v657, %v658 : i64
                  %v660 = llvm.getelementptr %dx_g_o[%v659] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v654, %v660 : f32, !llvm.ptr
                }
                %v661 = arith.mulf %v621, %v608 : f32
                %v662 = arith.negf %v661 : f32
                %v663 = arith.addf %v608, %v662 : f32
                %v664 = llvm.load %v23 : !llvm.ptr -> f32
                %v665 = arith.addf %v664, %v663 : f32
                llvm.store %v665, %v23 : f32, !llvm.ptr
                llvm.store %v632, %v22 : f32, !llvm.ptr
              }
              %v666 = arith.addi %v131, %v334 : i64
              %v667 = arith.cmpi slt, %v666, %v43 : i64
              scf.if %v667 {
                %v668 = arith.addi %v41, %v666 : i64
                %v669 = arith.muli %v19, %v84 : i64
                %v670 = arith.muli %v17, %v83 : i64
                %v671 = arith.addi %v669, %v670 : i64
                %v672 = arith.muli %v668, %v1 : i64
                %v673 = arith.addi %v671, %v672 : i64
                %v674 = llvm.getelementptr %in_g_o[%v673] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v675 = llvm.load %v674 : !llvm.ptr -> f32
                %v676 = arith.negf %v675 : f32
                %v677 = arith.mulf %v676, %v93 : f32
                %v678 = llvm.call_intrinsic "llvm.exp2.f32"(%v677) : (f32) -> f32
                %v679 = arith.addf %v25, %v678 : f32
                %v680 = arith.divf %v25, %v679 : f32
                %v681 = arith.muli %v19, %v84 : i64
                %v682 = arith.muli %v17, %v83 : i64
                %v683 = arith.addi %v681, %v682 : i64
                %v684 = arith.muli %v668, %v1 : i64
                %v685 = arith.addi %v683, %v684 : i64
                %v686 = llvm.getelementptr %dy_y[%v685] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v687 = llvm.load %v686 : !llvm.ptr -> f32
                %v688 = arith.mulf %v680, %v687 : f32
                %v689 = llvm.load %v21 : !llvm.ptr -> f32
                %v690 = llvm.load %v22 : !llvm.ptr -> f32
                %v691 = arith.mulf %v690, %v689 : f32
                %v692 = arith.addf %v688, %v691 : f32
                llvm.store %v692, %v21 : f32, !llvm.ptr
                %v693 = arith.subi %size_L, %v1 : i64
                %v694 = arith.cmpi eq, %v668, %v693 : i64
                scf.if %v694 {
                }
                %v695 = arith.muli %v17, %v1 : i64
                %v696 = llvm.getelementptr %in_gamma[%v695] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v697 = llvm.load %v696 : !llvm.ptr -> f32
                %v698 = arith.subf %v25, %v697 : f32
                %v699 = llvm.load %v21 : !llvm.ptr -> f32
                %v700 = arith.mulf %v333, %v699 : f32
                %v701 = arith.muli %v19, %v84 : i64
                %v702 = arith.muli %v17, %v83 : i64
                %v703 = arith.addi %v701, %v702 : i64
                %v704 = arith.muli %v668, %v1 : i64
                %v705 = arith.addi %v703, %v704 : i64
                %v706 = llvm.getelementptr %in_g_c[%v705] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v707 = llvm.load %v706 : !llvm.ptr -> f32
                %v708 = arith.negf %v707 : f32
                %v709 = arith.mulf %v708, %v93 : f32
                %v710 = llvm.call_intrinsic "llvm.exp2.f32"(%v709) : (f32) -> f32
                %v711 = arith.addf %v25, %v710 : f32
                %v712 = arith.divf %v25, %v711 : f32
                %v713 = arith.mulf %v707, %v712 : f32
                %v714 = arith.mulf %v713, %v699 : f32
                %v715 = arith.negf %v714 : f32
                %v716 = arith.addf %v700, %v715 : f32
                %v717 = arith.mulf %v698, %v716 : f32
                %v718 = arith.muli %v19, %v84 : i64
                %v719 = arith.muli %v17, %v83 : i64
                %v720 = arith.addi %v718, %v719 : i64
                %v721 = arith.muli %v668, %v1 : i64
                %v722 = arith.addi %v720, %v721 : i64
                %v723 = llvm.getelementptr %in_g_f[%v722] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v724 = llvm.load %v723 : !llvm.ptr -> f32
                %v725 = arith.negf %v724 : f32
                %v726 = arith.mulf %v725, %v93 : f32
                %v727 = llvm.call_intrinsic "llvm.exp2.f32"(%v726) : (f32) -> f32
                %v728 = arith.addf %v25, %v727 : f32
                %v729 = arith.divf %v25, %v728 : f32
                %v730 = arith.subf %v25, %v729 : f32
                %v731 = arith.mulf %v729, %v730 : f32
                %v732 = arith.mulf %v717, %v731 : f32
                scf.if %v14 {
                  %v733 = arith.muli %v19, %v84 : i64
                  %v734 = arith.muli %v17, %v83 : i64
                  %v735 = arith.addi %v733, %v734 : i64
                  %v736 = arith.muli %v668, %v1 : i64
                  %v737 = arith.addi %v735, %v736 : i64
                  %v738 = llvm.getelementptr %dx_g_f[%v737] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v732, %v738 : f32, !llvm.ptr
                }
                %v739 = arith.mulf %v698, %v729 : f32
                %v740 = arith.addf %v697, %v739 : f32
                %v741 = arith.subf %v25, %v740 : f32
                %v742 = arith.mulf %v741, %v699 : f32
                %v743 = arith.negf %v707 : f32
                %v744 = arith.mulf %v743, %v93 : f32
                %v745 = llvm.call_intrinsic "llvm.exp2.f32"(%v744) : (f32) -> f32
                %v746 = arith.addf %v25, %v745 : f32
                %v747 = arith.divf %v25, %v746 : f32
                %v748 = arith.subf %v25, %v747 : f32
                %v749 = arith.mulf %v707, %v748 : f32
                %v750 = arith.addf %v25, %v749 : f32
                %v751 = arith.mulf %v747, %v750 : f32
                %v752 = arith.mulf %v742, %v751 : f32
                scf.if %v14 {
                  %v753 = arith.muli %v19, %v84 : i64
                  %v754 = arith.muli %v17, %v83 : i64
                  %v755 = arith.addi %v753, %v754 : i64
                  %v756 = arith.muli %v668, %v1 : i64
                  %v757 = arith.addi %v755, %v756 : i64
                  %v758 = llvm.getelementptr %dx_g_c[%v757] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v752, %v758 : f32, !llvm.ptr
                }
                %v759 = arith.mulf %v372, %v687 : f32
                %v760 = arith.subf %v25, %v680 : f32
                %v761 = arith.mulf %v680, %v760 : f32
                %v762 = arith.mulf %v759, %v761 : f32
                scf.if %v14 {
                  %v763 = arith.muli %v19, %v84 : i64
                  %v764 = arith.muli %v17, %v83 : i64
                  %v765 = arith.addi %v763, %v764 : i64
                  %v766 = arith.muli %v668, %v1 : i64
                  %v767 = arith.addi %v765, %v766 : i64
                  %v768 = llvm.getelementptr %dx_g_o[%v767] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v762, %v768 : f32, !llvm.ptr
                }
                %v769 = arith.mulf %v729, %v716 : f32
                %v770 = arith.negf %v769 : f32
                %v771 = arith.addf %v716, %v770 : f32
                %v772 = llvm.load %v23 : !llvm.ptr -> f32
                %v773 = arith.addf %v772, %v771 : f32
                llvm.store %v773, %v23 : f32, !llvm.ptr
                llvm.store %v740, %v22 : f32, !llvm.ptr
              }
              %v774 = arith.addi %v131, %v295 : i64
              %v775 = arith.cmpi slt, %v774, %v43 : i64
              scf.if %v775 {
                %v776 = arith.addi %v41, %v774 : i64
                %v777 = arith.muli %v19, %v84 : i64
                %v778 = arith.muli %v17, %v83 : i64
                %v779 = arith.addi %v777, %v778 : i64
                %v780 = arith.muli %v776, %v1 : i64
                %v781 = arith.addi %v779, %v780 : i64
                %v782 = llvm.getelementptr %in_g_o[%v781] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v783 = llvm.load %v782 : !llvm.ptr -> f32
                %v784 = arith.negf %v783 : f32
                %v785 = arith.mulf %v784, %v93 : f32
                %v786 = llvm.call_intrinsic "llvm.exp2.f32"(%v785) : (f32) -> f32
                %v787 = arith.addf %v25, %v786 : f32
                %v788 = arith.divf %v25, %v787 : f32
                %v789 = arith.muli %v19, %v84 : i64
                %v790 = arith.muli %v17, %v83 : i64
                %v791 = arith.addi %v789, %v790 : i64
                %v792 = arith.muli %v776, %v1 : i64
                %v793 = arith.addi %v791, %v792 : i64
                %v794 = llvm.getelementptr %dy_y[%v793] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v795 = llvm.load %v794 : !llvm.ptr -> f32
                %v796 = arith.mulf %v788, %v795 : f32
                %v797 = llvm.load %v21 : !llvm.ptr -> f32
                %v798 = llvm.load %v22 : !llvm.ptr -> f32
                %v799 = arith.mulf %v798, %v797 : f32
                %v800 = arith.addf %v796, %v799 : f32
                llvm.store %v800, %v21 : f32, !llvm.ptr
                %v801 = arith.subi %size_L, %v1 : i64
                %v802 = arith.cmpi eq, %v776, %v801 : i64
                scf.if %v802 {
                }
                %v803 = arith.muli %v17, %v1 : i64
                %v804 = llvm.getelementptr %in_gamma[%v803] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v805 = llvm.load %v804 : !llvm.ptr -> f32
                %v806 = arith.subf %v25, %v805 : f32
                %v807 = llvm.load %v21 : !llvm.ptr -> f32
                %v808 = arith.mulf %v294, %v807 : f32
                %v809 = arith.muli %v19, %v84 : i64
                %v810 = arith.muli %v17, %v83 : i64
                %v811 = arith.addi %v809, %v810 : i64
                %v812 = arith.muli %v776, %v1 : i64
                %v813 = arith.addi %v811, %v812 : i64
                %v814 = llvm.getelementptr %in_g_c[%v813] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v815 = llvm.load %v814 : !llvm.ptr -> f32
                %v816 = arith.negf %v815 : f32
                %v817 = arith.mulf %v816, %v93 : f32
                %v818 = llvm.call_intrinsic "llvm.exp2.f32"(%v817) : (f32) -> f32
                %v819 = arith.addf %v25, %v818 : f32
                %v820 = arith.divf %v25, %v819 : f32
                %v821 = arith.mulf %v815, %v820 : f32
                %v822 = arith.mulf %v821, %v807 : f32
                %v823 = arith.negf %v822 : f32
                %v824 = arith.addf %v808, %v823 : f32
                %v825 = arith.mulf %v806, %v824 : f32
                %v826 = arith.muli %v19, %v84 : i64
                %v827 = arith.muli %v17, %v83 : i64
                %v828 = arith.addi %v826, %v827 : i64
                %v829 = arith.muli %v776, %v1 : i64
                %v830 = arith.addi %v828, %v829 : i64
                %v831 = llvm.getelementptr %in_g_f[%v830] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v832 = llvm.load %v831 : !llvm.ptr -> f32
                %v833 = arith.negf %v832 : f32
                %v834 = arith.mulf %v833, %v93 : f32
                %v835 = llvm.call_intrinsic "llvm.exp2.f32"(%v834) : (f32) -> f32
                %v836 = arith.addf %v25, %v835 : f32
                %v837 = arith.divf %v25, %v836 : f32
                %v838 = arith.subf %v25, %v837 : f32
                %v839 = arith.mulf %v837, %v838 : f32
                %v840 = arith.mulf %v825, %v839 : f32
                scf.if %v14 {
                  %v841 = arith.muli %v19, %v84 : i64
                  %v842 = arith.muli %v17, %v83 : i64
                  %v843 = arith.addi %v841, %v842 : i64
                  %v844 = arith.muli %v776, %v1 : i64
                  %v845 = arith.addi %v843, %v844 : i64
                  %v846 = llvm.getelementptr %dx_g_f[%v845] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v840, %v846 : f32, !llvm.ptr
                }
                %v847 = arith.mulf %v806, %v837 : f32
                %v848 = arith.addf %v805, %v847 : f32
                %v849 = arith.subf %v25, %v848 : f32
                %v850 = arith.mulf %v849, %v807 : f32
                %v851 = arith.negf %v815 : f32
                %v852 = arith.mulf %v851, %v93 : f32
                %v853 = llvm.call_intrinsic "llvm.exp2.f32"(%v852) : (f32) -> f32
                %v854 = arith.addf %v25, %v853 : f32
                %v855 = arith.divf %v25, %v854 : f32
                %v856 = arith.subf %v25, %v855 : f32
                %v857 = arith.mulf %v815, %v856 : f32
                %v858 = arith.addf %v25, %v857 : f32
                %v859 = arith.mulf %v855, %v858 : f32
                %v860 = arith.mulf %v850, %v859 : f32
                scf.if %v14 {
                  %v861 = arith.muli %v19, %v84 : i64
                  %v862 = arith.muli %v17, %v83 : i64
                  %v863 = arith.addi %v861, %v862 : i64
                  %v864 = arith.muli %v776, %v1 : i64
                  %v865 = arith.addi %v863, %v864 : i64
                  %v866 = llvm.getelementptr %dx_g_c[%v865] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v860, %v866 : f32, !llvm.ptr
                }
                %v867 = arith.mulf %v333, %v795 : f32
                %v868 = arith.subf %v25, %v788 : f32
                %v869 = arith.mulf %v788, %v868 : f32
                %v870 = arith.mulf %v867, %v869 : f32
                scf.if %v14 {
                  %v871 = arith.muli %v19, %v84 : i64
                  %v872 = arith.muli %v17, %v83 : i64
                  %v873 = arith.addi %v871, %v872 : i64
                  %v874 = arith.muli %v776, %v1 : i64
                  %v875 = arith.addi %v873, %v874 : i64
                  %v876 = llvm.getelementptr %dx_g_o[%v875] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v870, %v876 : f32, !llvm.ptr
                }
                %v877 = arith.mulf %v837, %v824 : f32
                %v878 = arith.negf %v877 : f32
                %v879 = arith.addf %v824, %v878 : f32
                %v880 = llvm.load %v23 : !llvm.ptr -> f32
                %v881 = arith.addf %v880, %v879 : f32
                llvm.store %v881, %v23 : f32, !llvm.ptr
                llvm.store %v848, %v22 : f32, !llvm.ptr
              }
              %v882 = arith.addi %v131, %v256 : i64
              %v883 = arith.cmpi slt, %v882, %v43 : i64
              scf.if %v883 {
                %v884 = arith.addi %v41, %v882 : i64
                %v885 = arith.muli %v19, %v84 : i64
                %v886 = arith.muli %v17, %v83 : i64
                %v887 = arith.addi %v885, %v886 : i64
                %v888 = arith.muli %v884, %v1 : i64
                %v889 = arith.addi %v887, %v888 : i64
                %v890 = llvm.getelementptr %in_g_o[%v889] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v891 = llvm.load %v890 : !llvm.ptr -> f32
                %v892 = arith.negf %v891 : f32
                %v893 = arith.mulf %v892, %v93 : f32
                %v894 = llvm.call_intrinsic "llvm.exp2.f32"(%v893) : (f32) -> f32
                %v895 = arith.addf %v25, %v894 : f32
                %v896 = arith.divf %v25, %v895 : f32
                %v897 = arith.muli %v19, %v84 : i64
                %v898 = arith.muli %v17, %v83 : i64
                %v899 = arith.addi %v897, %v898 : i64
                %v900 = arith.muli %v884, %v1 : i64
                %v901 = arith.addi %v899, %v900 : i64
                %v902 = llvm.getelementptr %dy_y[%v901] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v903 = llvm.load %v902 : !llvm.ptr -> f32
                %v904 = arith.mulf %v896, %v903 : f32
                %v905 = llvm.load %v21 : !llvm.ptr -> f32
                %v906 = llvm.load %v22 : !llvm.ptr -> f32
                %v907 = arith.mulf %v906, %v905 : f32
                %v908 = arith.addf %v904, %v907 : f32
                llvm.store %v908, %v21 : f32, !llvm.ptr
                %v909 = arith.subi %size_L, %v1 : i64
                %v910 = arith.cmpi eq, %v884, %v909 : i64
                scf.if %v910 {
                }
                %v911 = arith.muli %v17, %v1 : i64
                %v912 = llvm.getelementptr %in_gamma[%v911] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v913 = llvm.load %v912 : !llvm.ptr -> f32
                %v914 = arith.subf %v25, %v913 : f32
                %v915 = llvm.load %v21 : !llvm.ptr -> f32
                %v916 = arith.mulf %v255, %v915 : f32
                %v917 = arith.muli %v19, %v84 : i64
                %v918 = arith.muli %v17, %v83 : i64
                %v919 = arith.addi %v917, %v918 : i64
                %v920 = arith.muli %v884, %v1 : i64
                %v921 = arith.addi %v919, %v920 : i64
                %v922 = llvm.getelementptr %in_g_c[%v921] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v923 = llvm.load %v922 : !llvm.ptr -> f32
                %v924 = arith.negf %v923 : f32
                %v925 = arith.mulf %v924, %v93 : f32
                %v926 = llvm.call_intrinsic "llvm.exp2.f32"(%v925) : (f32) -> f32
                %v927 = arith.addf %v25, %v926 : f32
                %v928 = arith.divf %v25, %v927 : f32
                %v929 = arith.mulf %v923, %v928 : f32
                %v930 = arith.mulf %v929, %v915 : f32
                %v931 = arith.negf %v930 : f32
                %v932 = arith.addf %v916, %v931 : f32
                %v933 = arith.mulf %v914, %v932 : f32
                %v934 = arith.muli %v19, %v84 : i64
                %v935 = arith.muli %v17, %v83 : i64
                %v936 = arith.addi %v934, %v935 : i64
                %v937 = arith.muli %v884, %v1 : i64
                %v938 = arith.addi %v936, %v937 : i64
                %v939 = llvm.getelementptr %in_g_f[%v938] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v940 = llvm.load %v939 : !llvm.ptr -> f32
                %v941 = arith.negf %v940 : f32
                %v942 = arith.mulf %v941, %v93 : f32
                %v943 = llvm.call_intrinsic "llvm.exp2.f32"(%v942) : (f32) -> f32
                %v944 = arith.addf %v25, %v943 : f32
                %v945 = arith.divf %v25, %v944 : f32
                %v946 = arith.subf %v25, %v945 : f32
                %v947 = arith.mulf %v945, %v946 : f32
                %v948 = arith.mulf %v933, %v947 : f32
                scf.if %v14 {
                  %v949 = arith.muli %v19, %v84 : i64
                  %v950 = arith.muli %v17, %v83 : i64
                  %v951 = arith.addi %v949, %v950 : i64
                  %v952 = arith.muli %v884, %v1 : i64
                  %v953 = arith.addi %v951, %v952 : i64
                  %v954 = llvm.getelementptr %dx_g_f[%v953] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v948, %v954 : f32, !llvm.ptr
                }
                %v955 = arith.mulf %v914, %v945 : f32
                %v956 = arith.addf %v913, %v955 : f32
                %v957 = arith.subf %v25, %v956 : f32
                %v958 = arith.mulf %v957, %v915 : f32
                %v959 = arith.negf %v923 : f32
                %v960 = arith.mulf %v959, %v93 : f32
                %v961 = llvm.call_intrinsic "llvm.exp2.f32"(%v960) : (f32) -> f32
                %v962 = arith.addf %v25, %v961 : f32
                %v963 = arith.divf %v25, %v962 : f32
                %v964 = arith.subf %v25, %v963 : f32
                %v965 = arith.mulf %v923, %v964 : f32
                %v966 = arith.addf %v25, %v965 : f32
                %v967 = arith.mulf %v963, %v966 : f32
                %v968 = arith.mulf %v958, %v967 : f32
                scf.if %v14 {
                  %v969 = arith.muli %v19, %v84 : i64
                  %v970 = arith.muli %v17, %v83 : i64
                  %v971 = arith.addi %v969, %v970 : i64
                  %v972 = arith.muli %v884, %v1 : i64
                  %v973 = arith.addi %v971, %v972 : i64
                  %v974 = llvm.getelementptr %dx_g_c[%v973] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v968, %v974 : f32, !llvm.ptr
                }
                %v975 = arith.mulf %v294, %v903 : f32
                %v976 = arith.subf %v25, %v896 : f32
                %v977 = arith.mulf %v896, %v976 : f32
                %v978 = arith.mulf %v975, %v977 : f32
                scf.if %v14 {
                  %v979 = arith.muli %v19, %v84 : i64
                  %v980 = arith.muli %v17, %v83 : i64
                  %v981 = arith.addi %v979, %v980 : i64
                  %v982 = arith.muli %v884, %v1 : i64
                  %v983 = arith.addi %v981, %v982 : i64
                  %v984 = llvm.getelementptr %dx_g_o[%v983] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v978, %v984 : f32, !llvm.ptr
                }
                %v985 = arith.mulf %v945, %v932 : f32
                %v986 = arith.negf %v985 : f32
                %v987 = arith.addf %v932, %v986 : f32
                %v988 = llvm.load %v23 : !llvm.ptr -> f32
                %v989 = arith.addf %v988, %v987 : f32
                llvm.store %v989, %v23 : f32, !llvm.ptr
                llvm.store %v956, %v22 : f32, !llvm.ptr
              }
              %v990 = arith.addi %v131, %v217 : i64
              %v991 = arith.cmpi slt, %v990, %v43 : i64
              scf.if %v991 {
                %v992 = arith.addi %v41, %v990 : i64
                %v993 = arith.muli %v19, %v84 : i64
                %v994 = arith.muli %v17, %v83 : i64
                %v995 = arith.addi %v993, %v994 : i64
                %v996 = arith.muli %v992, %v1 : i64
                %v997 = arith.addi %v995, %v996 : i64
                %v998 = llvm.getelementptr %in_g_o[%v997] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v999 = llvm.load %v998 : !llvm.ptr -> f32
                %v1000 = arith.negf %v999 : f32
                %v1001 = arith.mulf %v1000, %v93 : f32
                %v1002 = llvm.call_intrinsic "llvm.exp2.f32"(%v1001) : (f32) -> f32
                %v1003 = arith.addf %v25, %v1002 : f32
                %v1004 = arith.divf %v25, %v1003 : f32
                %v1005 = arith.muli %v19, %v84 : i64
                %v1006 = arith.muli %v17, %v83 : i64
                %v1007 = arith.addi %v1005, %v1006 : i64
                %v1008 = arith.muli %v992, %v1 : i64
                %v1009 = arith.addi %v1007, %v1008 : i64
                %v1010 = llvm.getelementptr %dy_y[%v1009] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1011 = llvm.load %v1010 : !llvm.ptr -> f32
                %v1012 = arith.mulf %v1004, %v1011 : f32
                %v1013 = llvm.load %v21 : !llvm.ptr -> f32
                %v1014 = llvm.load %v22 : !llvm.ptr -> f32
                %v1015 = arith.mulf %v1014, %v1013 : f32
                %v1016 = arith.addf %v1012, %v1015 : f32
                llvm.store %v1016, %v21 : f32, !llvm.ptr
                %v1017 = arith.subi %size_L, %v1 : i64
                %v1018 = arith.cmpi eq, %v992, %v1017 : i64
                scf.if %v1018 {
                }
                %v1019 = arith.muli %v17, %v1 : i64
                %v1020 = llvm.getelementptr %in_gamma[%v1019] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1021 = llvm.load %v1020 : !llvm.ptr -> f32
                %v1022 = arith.subf %v25, %v1021 : f32
                %v1023 = llvm.load %v21 : !llvm.ptr -> f32
                %v1024 = arith.mulf %v216, %v1023 : f32
                %v1025 = arith.muli %v19, %v84 : i64
                %v1026 = arith.muli %v17, %v83 : i64
                %v1027 = arith.addi %v1025, %v1026 : i64
                %v1028 = arith.muli %v992, %v1 : i64
                %v1029 = arith.addi %v1027, %v1028 : i64
                %v1030 = llvm.getelementptr %in_g_c[%v1029] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1031 = llvm.load %v1030 : !llvm.ptr -> f32
                %v1032 = arith.negf %v1031 : f32
                %v1033 = arith.mulf %v1032, %v93 : f32
                %v1034 = llvm.call_intrinsic "llvm.exp2.f32"(%v1033) : (f32) -> f32
                %v1035 = arith.addf %v25, %v1034 : f32
                %v1036 = arith.divf %v25, %v1035 : f32
                %v1037 = arith.mulf %v1031, %v1036 : f32
                %v1038 = arith.mulf %v1037, %v1023 : f32
                %v1039 = arith.negf %v1038 : f32
                %v1040 = arith.addf %v1024, %v1039 : f32
                %v1041 = arith.mulf %v1022, %v1040 : f32
                %v1042 = arith.muli %v19, %v84 : i64
                %v1043 = arith.muli %v17, %v83 : i64
                %v1044 = arith.addi %v1042, %v1043 : i64
                %v1045 = arith.muli %v992, %v1 : i64
                %v1046 = arith.addi %v1044, %v1045 : i64
                %v1047 = llvm.getelementptr %in_g_f[%v1046] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1048 = llvm.load %v1047 : !llvm.ptr -> f32
                %v1049 = arith.negf %v1048 : f32
                %v1050 = arith.mulf %v1049, %v93 : f32
                %v1051 = llvm.call_intrinsic "llvm.exp2.f32"(%v1050) : (f32) -> f32
                %v1052 = arith.addf %v25, %v1051 : f32
                %v1053 = arith.divf %v25, %v1052 : f32
                %v1054 = arith.subf %v25, %v1053 : f32
                %v1055 = arith.mulf %v1053, %v1054 : f32
                %v1056 = arith.mulf %v1041, %v1055 : f32
                scf.if %v14 {
                  %v1057 = arith.muli %v19, %v84 : i64
                  %v1058 = arith.muli %v17, %v83 : i64
                  %v1059 = arith.addi %v1057, %v1058 : i64
                  %v1060 = arith.muli %v992, %v1 : i64
                  %v1061 = arith.addi %v1059, %v1060 : i64
                  %v1062 = llvm.getelementptr %dx_g_f[%v1061] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1056, %v1062 : f32, !llvm.ptr
                }
                %v1063 = arith.mulf %v1022, %v1053 : f32
                %v1064 = arith.addf %v1021, %v1063 : f32
                %v1065 = arith.subf %v25, %v1064 : f32
                %v1066 = arith.mulf %v1065, %v1023 : f32
                %v1067 = arith.negf %v1031 : f32
                %v1068 = arith.mulf %v1067, %v93 : f32
                %v1069 = llvm.call_intrinsic "llvm.exp2.f32"(%v1068) : (f32) -> f32
                %v1070 = arith.addf %v25, %v1069 : f32
                %v1071 = arith.divf %v25, %v1070 : f32
                %v1072 = arith.subf %v25, %v1071 : f32
                %v1073 = arith.mulf %v1031, %v1072 : f32
                %v1074 = arith.addf %v25, %v1073 : f32
                %v1075 = arith.mulf %v1071, %v1074 : f32
                %v1076 = arith.mulf %v1066, %v1075 : f32
                scf.if %v14 {
                  %v1077 = arith.muli %v19, %v84 : i64
                  %v1078 = arith.muli %v17, %v83 : i64
                  %v1079 = arith.addi %v1077, %v1078 : i64
                  %v1080 = arith.muli %v992, %v1 : i64
                  %v1081 = arith.addi %v1079, %v1080 : i64
                  %v1082 = llvm.getelementptr %dx_g_c[%v1081] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1076, %v1082 : f32, !llvm.ptr
                }
                %v1083 = arith.mulf %v255, %v1011 : f32
                %v1084 = arith.subf %v25, %v1004 : f32
                %v1085 = arith.mulf %v1004, %v1084 : f32
                %v1086 = arith.mulf %v1083, %v1085 : f32
                scf.if %v14 {
                  %v1087 = arith.muli %v19, %v84 : i64
                  %v1088 = arith.muli %v17, %v83 : i64
                  %v1089 = arith.addi %v1087, %v1088 : i64
                  %v1090 = arith.muli %v992, %v1 : i64
                  %v1091 = arith.addi %v1089, %v1090 : i64
                  %v1092 = llvm.getelementptr %dx_g_o[%v1091] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1086, %v1092 : f32, !llvm.ptr
                }
                %v1093 = arith.mulf %v1053, %v1040 : f32
                %v1094 = arith.negf %v1093 : f32
                %v1095 = arith.addf %v1040, %v1094 : f32
                %v1096 = llvm.load %v23 : !llvm.ptr -> f32
                %v1097 = arith.addf %v1096, %v1095 : f32
                llvm.store %v1097, %v23 : f32, !llvm.ptr
                llvm.store %v1064, %v22 : f32, !llvm.ptr
              }
              %v1098 = arith.addi %v131, %v1 : i64
              %v1099 = arith.cmpi slt, %v1098, %v43 : i64
              scf.if %v1099 {
                %v1100 = arith.addi %v41, %v1098 : i64
                %v1101 = arith.muli %v19, %v84 : i64
                %v1102 = arith.muli %v17, %v83 : i64
                %v1103 = arith.addi %v1101, %v1102 : i64
                %v1104 = arith.muli %v1100, %v1 : i64
                %v1105 = arith.addi %v1103, %v1104 : i64
                %v1106 = llvm.getelementptr %in_g_o[%v1105] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1107 = llvm.load %v1106 : !llvm.ptr -> f32
                %v1108 = arith.negf %v1107 : f32
                %v1109 = arith.mulf %v1108, %v93 : f32
                %v1110 = llvm.call_intrinsic "llvm.exp2.f32"(%v1109) : (f32) -> f32
                %v1111 = arith.addf %v25, %v1110 : f32
                %v1112 = arith.divf %v25, %v1111 : f32
                %v1113 = arith.muli %v19, %v84 : i64
                %v1114 = arith.muli %v17, %v83 : i64
                %v1115 = arith.addi %v1113, %v1114 : i64
                %v1116 = arith.muli %v1100, %v1 : i64
                %v1117 = arith.addi %v1115, %v1116 : i64
                %v1118 = llvm.getelementptr %dy_y[%v1117] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1119 = llvm.load %v1118 : !llvm.ptr -> f32
                %v1120 = arith.mulf %v1112, %v1119 : f32
                %v1121 = llvm.load %v21 : !llvm.ptr -> f32
                %v1122 = llvm.load %v22 : !llvm.ptr -> f32
                %v1123 = arith.mulf %v1122, %v1121 : f32
                %v1124 = arith.addf %v1120, %v1123 : f32
                llvm.store %v1124, %v21 : f32, !llvm.ptr
                %v1125 = arith.subi %size_L, %v1 : i64
                %v1126 = arith.cmpi eq, %v1100, %v1125 : i64
                scf.if %v1126 {
                }
                %v1127 = arith.muli %v17, %v1 : i64
                %v1128 = llvm.getelementptr %in_gamma[%v1127] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1129 = llvm.load %v1128 : !llvm.ptr -> f32
                %v1130 = arith.subf %v25, %v1129 : f32
                %v1131 = llvm.load %v21 : !llvm.ptr -> f32
                %v1132 = arith.mulf %v178, %v1131 : f32
                %v1133 = arith.muli %v19, %v84 : i64
                %v1134 = arith.muli %v17, %v83 : i64
                %v1135 = arith.addi %v1133, %v1134 : i64
                %v1136 = arith.muli %v1100, %v1 : i64
                %v1137 = arith.addi %v1135, %v1136 : i64
                %v1138 = llvm.getelementptr %in_g_c[%v1137] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1139 = llvm.load %v1138 : !llvm.ptr -> f32
                %v1140 = arith.negf %v1139 : f32
                %v1141 = arith.mulf %v1140, %v93 : f32
                %v1142 = llvm.call_intrinsic "llvm.exp2.f32"(%v1141) : (f32) -> f32
                %v1143 = arith.addf %v25, %v1142 : f32
                %v1144 = arith.divf %v25, %v1143 : f32
                %v1145 = arith.mulf %v1139, %v1144 : f32
                %v1146 = arith.mulf %v1145, %v1131 : f32
                %v1147 = arith.negf %v1146 : f32
                %v1148 = arith.addf %v1132, %v1147 : f32
                %v1149 = arith.mulf %v1130, %v1148 : f32
                %v1150 = arith.muli %v19, %v84 : i64
                %v1151 = arith.muli %v17, %v83 : i64
                %v1152 = arith.addi %v1150, %v1151 : i64
                %v1153 = arith.muli %v1100, %v1 : i64
                %v1154 = arith.addi %v1152, %v1153 : i64
                %v1155 = llvm.getelementptr %in_g_f[%v1154] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1156 = llvm.load %v1155 : !llvm.ptr -> f32
                %v1157 = arith.negf %v1156 : f32
                %v1158 = arith.mulf %v1157, %v93 : f32
                %v1159 = llvm.call_intrinsic "llvm.exp2.f32"(%v1158) : (f32) -> f32
                %v1160 = arith.addf %v25, %v1159 : f32
                %v1161 = arith.divf %v25, %v1160 : f32
                %v1162 = arith.subf %v25, %v1161 : f32
                %v1163 = arith.mulf %v1161, %v1162 : f32
                %v1164 = arith.mulf %v1149, %v1163 : f32
                scf.if %v14 {
                  %v1165 = arith.muli %v19, %v84 : i64
                  %v1166 = arith.muli %v17, %v83 : i64
                  %v1167 = arith.addi %v1165, %v1166 : i64
                  %v1168 = arith.muli %v1100, %v1 : i64
                  %v1169 = arith.addi %v1167, %v1168 : i64
                  %v1170 = llvm.getelementptr %dx_g_f[%v1169] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1164, %v1170 : f32, !llvm.ptr
                }
                %v1171 = arith.mulf %v1130, %v1161 : f32
                %v1172 = arith.addf %v1129, %v1171 : f32
                %v1173 = arith.subf %v25, %v1172 : f32
                %v1174 = arith.mulf %v1173, %v1131 : f32
                %v1175 = arith.negf %v1139 : f32
                %v1176 = arith.mulf %v1175, %v93 : f32
                %v1177 = llvm.call_intrinsic "llvm.exp2.f32"(%v1176) : (f32) -> f32
                %v1178 = arith.addf %v25, %v1177 : f32
                %v1179 = arith.divf %v25, %v1178 : f32
                %v1180 = arith.subf %v25, %v1179 : f32
                %v1181 = arith.mulf %v1139, %v1180 : f32
                %v1182 = arith.addf %v25, %v1181 : f32
                %v1183 = arith.mulf %v1179, %v1182 : f32
                %v1184 = arith.mulf %v1174, %v1183 : f32
                scf.if %v14 {
                  %v1185 = arith.muli %v19, %v84 : i64
                  %v1186 = arith.muli %v17, %v83 : i64
                  %v1187 = arith.addi %v1185, %v1186 : i64
                  %v1188 = arith.muli %v1100, %v1 : i64
                  %v1189 = arith.addi %v1187, %v1188 : i64
                  %v1190 = llvm.getelementptr %dx_g_c[%v1189] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1184, %v1190 : f32, !llvm.ptr
                }
                %v1191 = arith.mulf %v216, %v1119 : f32
                %v1192 = arith.subf %v25, %v1112 : f32
                %v1193 = arith.mulf %v1112, %v1192 : f32
                %v1194 = arith.mulf %v1191, %v1193 : f32
                scf.if %v14 {
                  %v1195 = arith.muli %v19, %v84 : i64
                  %v1196 = arith.muli %v17, %v83 : i64
                  %v1197 = arith.addi %v1195, %v1196 : i64
                  %v1198 = arith.muli %v1100, %v1 : i64
                  %v1199 = arith.addi %v1197, %v1198 : i64
                  %v1200 = llvm.getelementptr %dx_g_o[%v1199] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1194, %v1200 : f32, !llvm.ptr
                }
                %v1201 = arith.mulf %v1161, %v1148 : f32
                %v1202 = arith.negf %v1201 : f32
                %v1203 = arith.addf %v1148, %v1202 : f32
                %v1204 = llvm.load %v23 : !llvm.ptr -> f32
                %v1205 = arith.addf %v1204, %v1203 : f32
                llvm.store %v1205, %v23 : f32, !llvm.ptr
                llvm.store %v1172, %v22 : f32, !llvm.ptr
              }
              %v1206 = arith.addi %v131, %v26 : i64
              %v1207 = arith.cmpi slt, %v1206, %v43 : i64
              scf.if %v1207 {
                %v1208 = arith.addi %v41, %v1206 : i64
                %v1209 = arith.muli %v19, %v84 : i64
                %v1210 = arith.muli %v17, %v83 : i64
                %v1211 = arith.addi %v1209, %v1210 : i64
                %v1212 = arith.muli %v1208, %v1 : i64
                %v1213 = arith.addi %v1211, %v1212 : i64
                %v1214 = llvm.getelementptr %in_g_o[%v1213] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1215 = llvm.load %v1214 : !llvm.ptr -> f32
                %v1216 = arith.negf %v1215 : f32
                %v1217 = arith.mulf %v1216, %v93 : f32
                %v1218 = llvm.call_intrinsic "llvm.exp2.f32"(%v1217) : (f32) -> f32
                %v1219 = arith.addf %v25, %v1218 : f32
                %v1220 = arith.divf %v25, %v1219 : f32
                %v1221 = arith.muli %v19, %v84 : i64
                %v1222 = arith.muli %v17, %v83 : i64
                %v1223 = arith.addi %v1221, %v1222 : i64
                %v1224 = arith.muli %v1208, %v1 : i64
                %v1225 = arith.addi %v1223, %v1224 : i64
                %v1226 = llvm.getelementptr %dy_y[%v1225] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1227 = llvm.load %v1226 : !llvm.ptr -> f32
                %v1228 = arith.mulf %v1220, %v1227 : f32
                %v1229 = llvm.load %v21 : !llvm.ptr -> f32
                %v1230 = llvm.load %v22 : !llvm.ptr -> f32
                %v1231 = arith.mulf %v1230, %v1229 : f32
                %v1232 = arith.addf %v1228, %v1231 : f32
                llvm.store %v1232, %v21 : f32, !llvm.ptr
                %v1233 = arith.subi %size_L, %v1 : i64
                %v1234 = arith.cmpi eq, %v1208, %v1233 : i64
                scf.if %v1234 {
                }
                %v1235 = arith.muli %v17, %v1 : i64
                %v1236 = llvm.getelementptr %in_gamma[%v1235] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1237 = llvm.load %v1236 : !llvm.ptr -> f32
                %v1238 = arith.subf %v25, %v1237 : f32
                %v1239 = llvm.load %v21 : !llvm.ptr -> f32
                %v1240 = arith.mulf %v140, %v1239 : f32
                %v1241 = arith.muli %v19, %v84 : i64
                %v1242 = arith.muli %v17, %v83 : i64
                %v1243 = arith.addi %v1241, %v1242 : i64
                %v1244 = arith.muli %v1208, %v1 : i64
                %v1245 = arith.addi %v1243, %v1244 : i64
                %v1246 = llvm.getelementptr %in_g_c[%v1245] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1247 = llvm.load %v1246 : !llvm.ptr -> f32
                %v1248 = arith.negf %v1247 : f32
                %v1249 = arith.mulf %v1248, %v93 : f32
                %v1250 = llvm.call_intrinsic "llvm.exp2.f32"(%v1249) : (f32) -> f32
                %v1251 = arith.addf %v25, %v1250 : f32
                %v1252 = arith.divf %v25, %v1251 : f32
                %v1253 = arith.mulf %v1247, %v1252 : f32
                %v1254 = arith.mulf %v1253, %v1239 : f32
                %v1255 = arith.negf %v1254 : f32
                %v1256 = arith.addf %v1240, %v1255 : f32
                %v1257 = arith.mulf %v1238, %v1256 : f32
                %v1258 = arith.muli %v19, %v84 : i64
                %v1259 = arith.muli %v17, %v83 : i64
                %v1260 = arith.addi %v1258, %v1259 : i64
                %v1261 = arith.muli %v1208, %v1 : i64
                %v1262 = arith.addi %v1260, %v1261 : i64
                %v1263 = llvm.getelementptr %in_g_f[%v1262] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1264 = llvm.load %v1263 : !llvm.ptr -> f32
                %v1265 = arith.negf %v1264 : f32
                %v1266 = arith.mulf %v1265, %v93 : f32
                %v1267 = llvm.call_intrinsic "llvm.exp2.f32"(%v1266) : (f32) -> f32
                %v1268 = arith.addf %v25, %v1267 : f32
                %v1269 = arith.divf %v25, %v1268 : f32
                %v1270 = arith.subf %v25, %v1269 : f32
                %v1271 = arith.mulf %v1269, %v1270 : f32
                %v1272 = arith.mulf %v1257, %v1271 : f32
                scf.if %v14 {
                  %v1273 = arith.muli %v19, %v84 : i64
                  %v1274 = arith.muli %v17, %v83 : i64
                  %v1275 = arith.addi %v1273, %v1274 : i64
                  %v1276 = arith.muli %v1208, %v1 : i64
                  %v1277 = arith.addi %v1275, %v1276 : i64
                  %v1278 = llvm.getelementptr %dx_g_f[%v1277] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1272, %v1278 : f32, !llvm.ptr
                }
                %v1279 = arith.mulf %v1238, %v1269 : f32
                %v1280 = arith.addf %v1237, %v1279 : f32
                %v1281 = arith.subf %v25, %v1280 : f32
                %v1282 = arith.mulf %v1281, %v1239 : f32
                %v1283 = arith.negf %v1247 : f32
                %v1284 = arith.mulf %v1283, %v93 : f32
                %v1285 = llvm.call_intrinsic "llvm.exp2.f32"(%v1284) : (f32) -> f32
                %v1286 = arith.addf %v25, %v1285 : f32
                %v1287 = arith.divf %v25, %v1286 : f32
                %v1288 = arith.subf %v25, %v1287 : f32
                %v1289 = arith.mulf %v1247, %v1288 : f32
                %v1290 = arith.addf %v25, %v1289 : f32
                %v1291 = arith.mulf %v1287, %v1290 : f32
                %v1292 = arith.mulf %v1282, %v1291 : f32
                scf.if %v14 {
                  %v1293 = arith.muli %v19, %v84 : i64
                  %v1294 = arith.muli %v17, %v83 : i64
                  %v1295 = arith.addi %v1293, %v1294 : i64
                  %v1296 = arith.muli %v1208, %v1 : i64
                  %v1297 = arith.addi %v1295, %v1296 : i64
                  %v1298 = llvm.getelementptr %dx_g_c[%v1297] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1292, %v1298 : f32, !llvm.ptr
                }
                %v1299 = arith.mulf %v178, %v1227 : f32
                %v1300 = arith.subf %v25, %v1220 : f32
                %v1301 = arith.mulf %v1220, %v1300 : f32
                %v1302 = arith.mulf %v1299, %v1301 : f32
                scf.if %v14 {
                  %v1303 = arith.muli %v19, %v84 : i64
                  %v1304 = arith.muli %v17, %v83 : i64
                  %v1305 = arith.addi %v1303, %v1304 : i64
                  %v1306 = arith.muli %v1208, %v1 : i64
                  %v1307 = arith.addi %v1305, %v1306 : i64
                  %v1308 = llvm.getelementptr %dx_g_o[%v1307] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1302, %v1308 : f32, !llvm.ptr
                }
                %v1309 = arith.mulf %v1269, %v1256 : f32
                %v1310 = arith.negf %v1309 : f32
                %v1311 = arith.addf %v1256, %v1310 : f32
                %v1312 = llvm.load %v23 : !llvm.ptr -> f32
                %v1313 = arith.addf %v1312, %v1311 : f32
                llvm.store %v1313, %v23 : f32, !llvm.ptr
                llvm.store %v1280, %v22 : f32, !llvm.ptr
              }
            }
          }
        }
      }
      scf.if %v14 {
        %v1314 = llvm.load %v23 : !llvm.ptr -> f32
        %v1315 = arith.muli %v13, %v1 : i64
        %v1316 = arith.addi %v1315, %v26 : i64
        %v1317 = llvm.getelementptr %part_gamma[%v1316] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1314, %v1317 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
