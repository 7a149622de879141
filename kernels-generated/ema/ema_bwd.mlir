module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @ema_bwd(%in_x: !llvm.ptr, %in_w: !llvm.ptr, %dy_y: !llvm.ptr, %ckpt_h: !llvm.ptr, %scratch_h: !llvm.ptr, %dx_x: !llvm.ptr, %part_w: !llvm.ptr, %size_B: i64, %size_D: i64, %size_L: i64) kernel attributes {nvvm.maxntid = array<i32: 256, 1, 1>, nvvm.minctasm = 2 : i32} {
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
      %v83 = arith.constant 0x3FB8AA3B : f32
      %v89 = arith.muli %v1, %size_L : i64
      %v90 = arith.muli %v89, %size_D : i64
      %v169 = arith.constant 2 : i64
      %v192 = arith.constant 3 : i64
      %v215 = arith.constant 4 : i64
      %v238 = arith.constant 5 : i64
      %v261 = arith.constant 6 : i64
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
              %v80 = llvm.getelementptr %in_w[%v79] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v81 = llvm.load %v80 : !llvm.ptr -> f32
              %v82 = arith.negf %v81 : f32
              %v84 = arith.mulf %v82, %v83 : f32
              %v85 = llvm.call_intrinsic "llvm.exp2.f32"(%v84) : (f32) -> f32
              %v86 = arith.addf %v25, %v85 : f32
              %v87 = arith.divf %v25, %v86 : f32
              %v88 = arith.subf %v25, %v87 : f32
              %v91 = arith.muli %v19, %v90 : i64
              %v92 = arith.muli %v17, %v89 : i64
              %v93 = arith.addi %v91, %v92 : i64
              %v94 = arith.muli %v78, %v1 : i64
              %v95 = arith.addi %v93, %v94 : i64
              %v96 = llvm.getelementptr %in_x[%v95] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v97 = llvm.load %v96 : !llvm.ptr -> f32
              %v98 = arith.mulf %v88, %v97 : f32
              %v99 = llvm.load %v5 : !llvm.ptr -> f32
              %v100 = arith.mulf %v87, %v99 : f32
              %v101 = arith.addf %v100, %v98 : f32
              llvm.store %v101, %v5 : f32, !llvm.ptr
            }
          }
        }
        %v102 = arith.index_cast %v26 : i64 to index
        %v103 = arith.index_cast %v1 : i64 to index
        %v104 = arith.index_cast %v1 : i64 to index
        scf.for %v105 = %v102 to %v103 step %v104 {
          %v106 = arith.index_cast %v105 : index to i64
          %v107 = arith.index_cast %v26 : i64 to index
          %v108 = arith.index_cast %v46 : i64 to index
          %v109 = arith.index_cast %v1 : i64 to index
          scf.for %v110 = %v107 to %v108 step %v109 {
            %v111 = arith.index_cast %v110 : index to i64
            %v112 = arith.cmpi slt, %v111, %v46 : i64
            scf.if %v112 {
              %v113 = arith.subi %v46, %v1 : i64
              %v114 = arith.subi %v113, %v111 : i64
              %v115 = arith.muli %v114, %v29 : i64
              %v116 = arith.subi %v43, %v1 : i64
              %v117 = arith.muli %v114, %v3 : i64
              %v118 = arith.subi %v3, %v1 : i64
              %v119 = arith.minsi %v13, %v118 : i64
              %v120 = arith.addi %v117, %v119 : i64
              %v121 = arith.muli %v120, %v1 : i64
              %v122 = arith.addi %v121, %v26 : i64
              %v123 = llvm.getelementptr %scratch_h[%v122] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v124 = llvm.load %v123 : !llvm.ptr -> f32
              // the group's states, recomputed into registers
              %v125 = arith.addi %v115, %v26 : i64
              %v126 = arith.minsi %v125, %v116 : i64
              %v127 = arith.addi %v41, %v126 : i64
              %v128 = arith.muli %v17, %v1 : i64
              %v129 = llvm.getelementptr %in_w[%v128] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v130 = llvm.load %v129 : !llvm.ptr -> f32
              %v131 = arith.negf %v130 : f32
              %v132 = arith.mulf %v131, %v83 : f32
              %v133 = llvm.call_intrinsic "llvm.exp2.f32"(%v132) : (f32) -> f32
              %v134 = arith.addf %v25, %v133 : f32
              %v135 = arith.divf %v25, %v134 : f32
              %v136 = arith.subf %v25, %v135 : f32
              %v137 = arith.muli %v19, %v90 : i64
              %v138 = arith.muli %v17, %v89 : i64
              %v139 = arith.addi %v137, %v138 : i64
              %v140 = arith.muli %v127, %v1 : i64
              %v141 = arith.addi %v139, %v140 : i64
              %v142 = llvm.getelementptr %in_x[%v141] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v143 = llvm.load %v142 : !llvm.ptr -> f32
              %v144 = arith.mulf %v136, %v143 : f32
              %v145 = arith.mulf %v135, %v124 : f32
              %v146 = arith.addf %v145, %v144 : f32
              %v147 = arith.addi %v115, %v1 : i64
              %v148 = arith.minsi %v147, %v116 : i64
              %v149 = arith.addi %v41, %v148 : i64
              %v150 = arith.muli %v17, %v1 : i64
              %v151 = llvm.getelementptr %in_w[%v150] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v152 = llvm.load %v151 : !llvm.ptr -> f32
              %v153 = arith.negf %v152 : f32
              %v154 = arith.mulf %v153, %v83 : f32
              %v155 = llvm.call_intrinsic "llvm.exp2.f32"(%v154) : (f32) -> f32
              %v156 = arith.addf %v25, %v155 : f32
              %v157 = arith.divf %v25, %v156 : f32
              %v158 = arith.subf %v25, %v157 : f32
              %v159 = arith.muli %v19, %v90 : i64
              %v160 = arith.muli %v17, %v89 : i64
              %v161 = arith.addi %v159, %v160 : i64
              %v162 = arith.muli %v149, %v1 : i64
              %v163 = arith.addi %v161, %v162 : i64
              %v164 = llvm.getelementptr %in_x[%v163] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v165 = llvm.load %v164 : !llvm.ptr -> f32
              %v166 = arith.mulf %v158, %v165 : f32
              %v167 = arith.mulf %v157, %v146 : f32
              %v168 = arith.addf %v167, %v166 : f32
              %v170 = arith.addi %v115, %v169 : i64
              %v171 = arith.minsi %v170, %v116 : i64
              %v172 = arith.addi %v41, %v171 : i64
              %v173 = arith.muli %v17, %v1 : i64
              %v174 = llvm.getelementptr %in_w[%v173] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v175 = llvm.load %v174 : !llvm.ptr -> f32
              %v176 = arith.negf %v175 : f32
              %v177 = arith.mulf %v176, %v83 : f32
              %v178 = llvm.call_intrinsic "llvm.exp2.f32"(%v177) : (f32) -> f32
              %v179 = arith.addf %v25, %v178 : f32
              %v180 = arith.divf %v25, %v179 : f32
              %v181 = arith.subf %v25, %v180 : f32
              %v182 = arith.muli %v19, %v90 : i64
              %v183 = arith.muli %v17, %v89 : i64
              %v184 = arith.addi %v182, %v183 : i64
              %v185 = arith.muli %v172, %v1 : i64
              %v186 = arith.addi %v184, %v185 : i64
              %v187 = llvm.getelementptr %in_x[%v186] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v188 = llvm.load %v187 : !llvm.ptr -> f32
              %v189 = arith.mulf %v181, %v188 : f32
              %v190 = arith.mulf %v180, %v168 : f32
              %v191 = arith.addf %v190, %v189 : f32
              %v193 = arith.addi %v115, %v192 : i64
              %v194 = arith.minsi %v193, %v116 : i64
              %v195 = arith.addi %v41, %v194 : i64
              %v196 = arith.muli %v17, %v1 : i64
              %v197 = llvm.getelementptr %in_w[%v196] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v198 = llvm.load %v197 : !llvm.ptr -> f32
              %v199 = arith.negf %v198 : f32
              %v200 = arith.mulf %v199, %v83 : f32
              %v201 = llvm.call_intrinsic "llvm.exp2.f32"(%v200) : (f32) -> f32
              %v202 = arith.addf %v25, %v201 : f32
              %v203 = arith.divf %v25, %v202 : f32
              %v204 = arith.subf %v25, %v203 : f32
              %v205 = arith.muli %v19, %v90 : i64
              %v206 = arith.muli %v17, %v89 : i64
              %v207 = arith.addi %v205, %v206 : i64
              %v208 = arith.muli %v195, %v1 : i64
              %v209 = arith.addi %v207, %v208 : i64
              %v210 = llvm.getelementptr %in_x[%v209] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v211 = llvm.load %v210 : !llvm.ptr -> f32
              %v212 = arith.mulf %v204, %v211 : f32
              %v213 = arith.mulf %v203, %v191 : f32
              %v214 = arith.addf %v213, %v212 : f32
              %v216 = arith.addi %v115, %v215 : i64
              %v217 = arith.minsi %v216, %v116 : i64
              %v218 = arith.addi %v41, %v217 : i64
              %v219 = arith.muli %v17, %v1 : i64
              %v220 = llvm.getelementptr %in_w[%v219] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v221 = llvm.load %v220 : !llvm.ptr -> f32
              %v222 = arith.negf %v221 : f32
              %v223 = arith.mulf %v222, %v83 : f32
              %v224 = llvm.call_intrinsic "llvm.exp2.f32"(%v223) : (f32) -> f32
              %v225 = arith.addf %v25, %v224 : f32
              %v226 = arith.divf %v25, %v225 : f32
              %v227 = arith.subf %v25, %v226 : f32
              %v228 = arith.muli %v19, %v90 : i64
              %v229 = arith.muli %v17, %v89 : i64
              %v230 = arith.addi %v228, %v229 : i64
              %v231 = arith.muli %v218, %v1 : i64
              %v232 = arith.addi %v230, %v231 : i64
              %v233 = llvm.getelementptr %in_x[%v232] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v234 = llvm.load %v233 : !llvm.ptr -> f32
              %v235 = arith.mulf %v227, %v234 : f32
              %v236 = arith.mulf %v226, %v214 : f32
              %v237 = arith.addf %v236, %v235 : f32
              %v239 = arith.addi %v115, %v238 : i64
              %v240 = arith.minsi %v239, %v116 : i64
              %v241 = arith.addi %v41, %v240 : i64
              %v242 = arith.muli %v17, %v1 : i64
              %v243 = llvm.getelementptr %in_w[%v242] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v244 = llvm.load %v243 : !llvm.ptr -> f32
              %v245 = arith.negf %v244 : f32
              %v246 = arith.mulf %v245, %v83 : f32
              %v247 = llvm.call_intrinsic "llvm.exp2.f32"(%v246) : (f32) -> f32
              %v248 = arith.addf %v25, %v247 : f32
              %v249 = arith.divf %v25, %v248 : f32
              %v250 = arith.subf %v25, %v249 : f32
              %v251 = arith.muli %v19, %v90 : i64
              %v252 = arith.muli %v17, %v89 : i64
              %v253 = arith.addi %v251, %v252 : i64
              %v254 = arith.muli %v241, %v1 : i64
              %v255 = arith.addi %v253, %v254 : i64
              %v256 = llvm.getelementptr %in_x[%v255] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v257 = llvm.load %v256 : !llvm.ptr -> f32
              %v258 = arith.mulf %v250, %v257 : f32
              %v259 = arith.mulf %v249, %v237 : f32
              %v260 = arith.addf %v259, %v258 : f32
              %v262 = arith.addi %v115, %v261 : i64
              %v263 = arith.minsi %v262, %v116 : i64
              %v264 = arith.addi %v41, %v263 : i64
              %v265 = arith.muli %v17, %v1 : i64
              %v266 = llvm.getelementptr %in_w[%v265] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v267 = llvm.load %v266 : !llvm.ptr -> f32
              %v268 = arith.negf %v267 : f32
              %v269 = arith.mulf %v268, %v83 : f32
              %v270 = llvm.call_intrinsic "llvm.exp2.f32"(%v269) : (f32) -> f32
              %v271 = arith.addf %v25, %v270 : f32
              %v272 = arith.divf %v25, %v271 : f32
              %v273 = arith.subf %v25, %v272 : f32
              %v274 = arith.muli %v19, %v90 : i64
              %v275 = arith.muli %v17, %v89 : i64
              %v276 = arith.addi %v274, %v275 : i64
              %v277 = arith.muli %v264, %v1 : i64
              %v278 = arith.addi %v276, %v277 : i64
              %v279 = llvm.getelementptr %in_x[%v278] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v280 = llvm.load %v279 : !llvm.ptr -> f32
              %v281 = arith.mulf %v273, %v280 : f32
              %v282 = arith.mulf %v272, %v260 : f32
              %v283 = arith.addf %v282, %v281 : f32
              %v284 = arith.addi %v115, %v30 : i64
              %v285 = arith.minsi %v284, %v116 : i64
              %v286 = arith.addi %v41, %v285 : i64
              %v287 = arith.muli %v17, %v1 : i64
              %v288 = llvm.getelementptr %in_w[%v287] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v289 = llvm.load %v288 : !llvm.ptr -> f32
              %v290 = arith.negf %v289 : f32
              %v291 = arith.mulf %v290, %v83 : f32
              %v292 = llvm.call_intrinsic "llvm.exp2.f32"(%v291) : (f32) -> f32
              %v293 = arith.addf %v25, %v292 : f32
              %v294 = arith.divf %v25, %v293 : f32
              %v295 = arith.subf %v25, %v294 : f32
              %v296 = arith.muli %v19, %v90 : i64
              %v297 = arith.muli %v17, %v89 : i64
              %v298 = arith.addi %v296, %v297 : i64
              %v299 = arith.muli %v286, %v1 : i64
              %v300 = arith.addi %v298, %v299 : i64
              %v301 = llvm.getelementptr %in_x[%v300] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v302 = llvm.load %v301 : !llvm.ptr -> f32
              %v303 = arith.mulf %v295, %v302 : f32
              %v304 = arith.mulf %v294, %v283 : f32
              %v305 = arith.addf %v304, %v303 : f32
              %v306 = arith.addi %v115, %v30 : i64
              %v307 = arith.cmpi slt, %v306, %v43 : i64
              scf.if %v307 {
                %v308 = arith.addi %v41, %v306 : i64
                %v309 = arith.muli %v19, %v90 : i64
                %v310 = arith.muli %v17, %v89 : i64
                %v311 = arith.addi %v309, %v310 : i64
                %v312 = arith.muli %v308, %v1 : i64
                %v313 = arith.addi %v311, %v312 : i64
                %v314 = llvm.getelementptr %dy_y[%v313] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v315 = llvm.load %v314 : !llvm.ptr -> f32
                %v316 = llvm.load %v21 : !llvm.ptr -> f32
                %v317 = llvm.load %v22 : !llvm.ptr -> f32
                %v318 = arith.mulf %v317, %v316 : f32
                %v319 = arith.addf %v315, %v318 : f32
                llvm.store %v319, %v21 : f32, !llvm.ptr
                %v320 = arith.subi %size_L, %v1 : i64
                %v321 = arith.cmpi eq, %v308, %v320 : i64
                scf.if %v321 {
                }
                %v322 = arith.muli %v17, %v1 : i64
                %v323 = llvm.getelementptr %in_w[%v322] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v324 = llvm.load %v323 : !llvm.ptr -> f32
                %v325 = arith.negf %v324 : f32
                %v326 = arith.mulf %v325, %v83 : f32
                %v327 = llvm.call_intrinsic "llvm.exp2.f32"(%v326) : (f32) -> f32
                %v328 = arith.addf %v25, %v327 : f32
                %v329 = arith.divf %v25, %v328 : f32
                %v330 = arith.subf %v25, %v329 : f32
                %v331 = llvm.load %v21 : !llvm.ptr -> f32
                %v332 = arith.mulf %v330, %v331 : f32
                scf.if %v14 {
                  %v333 = arith.muli %v19, %v90 : i64
                  %v334 = arith.muli %v17, %v89 : i64
                  %v335 = arith.addi %v333, %v334 : i64
                  %v336 = arith.muli %v308, %v1 : i64
                  %v337 = arith.addi %v335, %v336 : i64
                  %v338 = llvm.getelementptr %dx_x[%v337] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v332, %v338 : f32, !llvm.ptr
                }
                %v339 = arith.mulf %v283, %v331 : f32
                %v340 = arith.muli %v19, %v90 : i64
                %v341 = arith.muli %v17, %v89 : i64
                %v342 = arith.addi %v340, %v341 : i64
                %v343 = arith.muli %v308, %v1 : i64
                %v344 = arith.addi %v342, %v343 : i64
                %v345 = llvm.getelementptr %in_x[%v344] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v346 = llvm.load %v345 : !llvm.ptr -> f32
                %v347 = arith.mulf %v346, %v331 : f32
                %v348 = arith.negf %v347 : f32
                %v349 = arith.addf %v339, %v348 : f32
                %v350 = arith.mulf %v329, %v330 : f32
                %v351 = arith.mulf %v349, %v350 : f32
                %v352 = llvm.load %v23 : !llvm.ptr -> f32
                %v353 = arith.addf %v352, %v351 : f32
                llvm.store %v353, %v23 : f32, !llvm.ptr
                llvm.store %v329, %v22 : f32, !llvm.ptr
              }
              %v354 = arith.addi %v115, %v261 : i64
              %v355 = arith.cmpi slt, %v354, %v43 : i64
              scf.if %v355 {
                %v356 = arith.addi %v41, %v354 : i64
                %v357 = arith.muli %v19, %v90 : i64
                %v358 = arith.muli %v17, %v89 : i64
                %v359 = arith.addi %v357, %v358 : i64
                %v360 = arith.muli %v356, %v1 : i64
                %v361 = arith.addi %v359, %v360 : i64
                %v362 = llvm.getelementptr %dy_y[%v361] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v363 = llvm.load %v362 : !llvm.ptr -> f32
                %v364 = llvm.load %v21 : !llvm.ptr -> f32
                %v365 = llvm.load %v22 : !llvm.ptr -> f32
                %v366 = arith.mulf %v365, %v364 : f32
                %v367 = arith.addf %v363, %v366 : f32
                llvm.store %v367, %v21 : f32, !llvm.ptr
                %v368 = arith.subi %size_L, %v1 : i64
                %v369 = arith.cmpi eq, %v356, %v368 : i64
                scf.if %v369 {
                }
                %v370 = arith.muli %v17, %v1 : i64
                %v371 = llvm.getelementptr %in_w[%v370] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v372 = llvm.load %v371 : !llvm.ptr -> f32
                %v373 = arith.negf %v372 : f32
                %v374 = arith.mulf %v373, %v83 : f32
                %v375 = llvm.call_intrinsic "llvm.exp2.f32"(%v374) : (f32) -> f32
                %v376 = arith.addf %v25, %v375 : f32
                %v377 = arith.divf %v25, %v376 : f32
                %v378 = arith.subf %v25, %v377 : f32
                %v379 = llvm.load %v21 : !llvm.ptr -> f32
                %v380 = arith.mulf %v378, %v379 : f32
                scf.if %v14 {
                  %v381 = arith.muli %v19, %v90 : i64
                  %v382 = arith.muli %v17, %v89 : i64
                  %v383 = arith.addi %v381, %v382 : i64
                  %v384 = arith.muli %v356, %v1 : i64
                  %v385 = arith.addi %v383, %v384 : i64
                  %v386 = llvm.getelementptr %dx_x[%v385] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v380, %v386 : f32, !llvm.ptr
                }
                %v387 = arith.mulf %v260, %v379 : f32
                %v388 = arith.muli %v19, %v90 : i64
                %v389 = arith.muli %v17, %v89 : i64
                %v390 = arith.addi %v388, %v389 : i64
                %v391 = arith.muli %v356, %v1 : i64
                %v392 = arith.addi %v390, %v391 : i64
                %v393 = llvm.getelementptr %in_x[%v392] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v394 = llvm.load %v393 : !llvm.ptr -> f32
                %v395 = arith.mulf %v394, %v379 : f32
                %v396 = arith.negf %v395 : f32
                %v397 = arith.addf %v387, %v396 : f32
                %v398 = arith.mulf %v377, %v378 : f32
                %v399 = arith.mulf %v397, %v398 : f32
                %v400 = llvm.load %v23 : !llvm.ptr -> f32
                %v401 = arith.addf %v400, %v399 : f32
                llvm.store %v401, %v23 : f32, !llvm.ptr
                llvm.store %v377, %v22 : f32, !llvm.ptr
              }
              %v402 = arith.addi %v115, %v238 : i64
              %v403 = arith.cmpi slt, %v402, %v43 : i64
              scf.if %v403 {
                %v404 = arith.addi %v41, %v402 : i64
                %v405 = arith.muli %v19, %v90 : i64
                %v406 = arith.muli %v17, %v89 : i64
                %v407 = arith.addi %v405, %v406 : i64
                %v408 = arith.muli %v404, %v1 : i64
                %v409 = arith.addi %v407, %v408 : i64
                %v410 = llvm.getelementptr %dy_y[%v409] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v411 = llvm.load %v410 : !llvm.ptr -> f32
                %v412 = llvm.load %v21 : !llvm.ptr -> f32
                %v413 = llvm.load %v22 : !llvm.ptr -> f32
                %v414 = arith.mulf %v413, %v412 : f32
                %v415 = arith.addf %v411, %v414 : f32
                llvm.store %v415, %v21 : f32, !llvm.ptr
                %v416 = arith.subi %size_L, %v1 : i64
                %v417 = arith.cmpi eq, %v404, %v416 : i64
                scf.if %v417 {
                }
                %v418 = arith.muli %v17, %v1 : i64
                %v419 = llvm.getelementptr %in_w[%v418] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v420 = llvm.load %v419 : !llvm.ptr -> f32
                %v421 = arith.negf %v420 : f32
                %v422 = arith.mulf %v421, %v83 : f32
                %v423 = llvm.call_intrinsic "llvm.exp2.f32"(%v422) : (f32) -> f32
                %v424 = arith.addf %v25, %v423 : f32
                %v425 = arith.divf %v25, %v424 : f32
                %v426 = arith.subf %v25, %v425 : f32
                %v427 = llvm.load %v21 : !llvm.ptr -> f32
                %v428 = arith.mulf %v426, %v427 : f32
                scf.if %v14 {
                  %v429 = arith.muli %v19, %v90 : i64
                  %v430 = arith.muli %v17, %v89 : i64
                  %v431 = arith.addi %v429, %v430 : i64
                  %v432 = arith.muli %v404, %v1 : i64
                  %v433 = arith.addi %v431, %v432 : i64
                  %v434 = llvm.getelementptr %dx_x[%v433] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v428, %v434 : f32, !llvm.ptr
                }
                %v435 = arith.mulf %v237, %v427 : f32
                %v436 = arith.muli %v19, %v90 : i64
                %v437 = arith.muli %v17, %v89 : i64
                %v438 = arith.addi %v436, %v437 : i64
                %v439 = arith.muli %v404, %v1 : i64
                %v440 = arith.addi %v438, %v439 : i64
                %v441 = llvm.getelementptr %in_x[%v440] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v442 = llvm.load %v441 : !llvm.ptr -> f32
                %v443 = arith.mulf %v442, %v427 : f32
                %v444 = arith.negf %v443 : f32
                %v445 = arith.addf %v435, %v444 : f32
                %v446 = arith.mulf %v425, %v426 : f32
                %v447 = arith.mulf %v445, %v446 : f32
                %v448 = llvm.load %v23 : !llvm.ptr -> f32
                %v449 = arith.addf %v448, %v447 : f32
                llvm.store %v449, %v23 : f32, !llvm.ptr
                llvm.store %v425, %v22 : f32, !llvm.ptr
              }
              %v450 = arith.addi %v115, %v215 : i64
              %v451 = arith.cmpi slt, %v450, %v43 : i64
              scf.if %v451 {
                %v452 = arith.addi %v41, %v450 : i64
                %v453 = arith.muli %v19, %v90 : i64
                %v454 = arith.muli %v17, %v89 : i64
                %v455 = arith.addi %v453, %v454 : i64
                %v456 = arith.muli %v452, %v1 : i64
                %v457 = arith.addi %v455, %v456 : i64
                %v458 = llvm.getelementptr %dy_y[%v457] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v459 = llvm.load %v458 : !llvm.ptr -> f32
                %v460 = llvm.load %v21 : !llvm.ptr -> f32
                %v461 = llvm.load %v22 : !llvm.ptr -> f32
                %v462 = arith.mulf %v461, %v460 : f32
                %v463 = arith.addf %v459, %v462 : f32
                llvm.store %v463, %v21 : f32, !llvm.ptr
                %v464 = arith.subi %size_L, %v1 : i64
                %v465 = arith.cmpi eq, %v452, %v464 : i64
                scf.if %v465 {
                }
                %v466 = arith.muli %v17, %v1 : i64
                %v467 = llvm.getelementptr %in_w[%v466] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v468 = llvm.load %v467 : !llvm.ptr -> f32
                %v469 = arith.negf %v468 : f32
                %v470 = arith.mulf %v469, %v83 : f32
                %v471 = llvm.call_intrinsic "llvm.exp2.f32"(%v470) : (f32) -> f32
                %v472 = arith.addf %v25, %v471 : f32
                %v473 = arith.divf %v25, %v472 : f32
                %v474 = arith.subf %v25, %v473 : f32
                %v475 = llvm.load %v21 : !llvm.ptr -> f32
                %v476 = arith.mulf %v474, %v475 : f32
                scf.if %v14 {
                  %v477 = arith.muli %v19, %v90 : i64
                  %v478 = arith.muli %v17, %v89 : i64
                  %v479 = arith.addi %v477, %v478 : i64
                  %v480 = arith.muli %v452, %v1 : i64
                  %v481 = arith.addi %v479, %v480 : i64
                  %v482 = llvm.getelementptr %dx_x[%v481] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v476, %v482 : f32, !llvm.ptr
                }
                %v483 = arith.mulf %v214, %v475 : f32
                %v484 = arith.muli %v19, %v90 : i64
                %v485 = arith.muli %v17, %v89 : i64
                %v486 = arith.addi %v484, %v485 : i64
                %v487 = arith.muli %v452, %v1 : i64
                %v488 = arith.addi %v486, %v487 : i64
                %v489 = llvm.getelementptr %in_x[%v488] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v490 = llvm.load %v489 : !llvm.ptr -> f32
                %v491 = arith.mulf %v490, %v475 : f32
                %v492 = arith.negf %v491 : f32
                %v493 = arith.addf %v483, %v492 : f32
                %v494 = arith.mulf %v473, %v474 : f32
                %v495 = arith.mulf %v493, %v494 : f32
                %v496 = llvm.load %v23 : !llvm.ptr -> f32
                %v497 = arith.addf %v496, %v495 : f32
                llvm.store %v497, %v23 : f32, !llvm.ptr
                llvm.store %v473, %v22 : f32, !llvm.ptr
              }
              %v498 = arith.addi %v115, %v192 : i64
              %v499 = arith.cmpi slt, %v498, %v43 : i64
              scf.if %v499 {
                %v500 = arith.addi %v41, %v498 : i64
                %v501 = arith.muli %v19, %v90 : i64
                %v502 = arith.muli %v17, %v89 : i64
                %v503 = arith.addi %v501, %v502 : i64
                %v504 = arith.muli %v500, %v1 : i64
                %v505 = arith.addi %v503, %v504 : i64
                %v506 = llvm.getelementptr %dy_y[%v505] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v507 = llvm.load %v506 : !llvm.ptr -> f32
                %v508 = llvm.load %v21 : !llvm.ptr -> f32
                %v509 = llvm.load %v22 : !llvm.ptr -> f32
                %v510 = arith.mulf %v509, %v508 : f32
                %v511 = arith.addf %v507, %v510 : f32
                llvm.store %v511, %v21 : f32, !llvm.ptr
                %v512 = arith.subi %size_L, %v1 : i64
                %v513 = arith.cmpi eq, %v500, %v512 : i64
                scf.if %v513 {
                }
                %v514 = arith.muli %v17, %v1 : i64
                %v515 = llvm.getelementptr %in_w[%v514] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v516 = llvm.load %v515 : !llvm.ptr -> f32
                %v517 = arith.negf %v516 : f32
                %v518 = arith.mulf %v517, %v83 : f32
                %v519 = llvm.call_intrinsic "llvm.exp2.f32"(%v518) : (f32) -> f32
                %v520 = arith.addf %v25, %v519 : f32
                %v521 = arith.divf %v25, %v520 : f32
                %v522 = arith.subf %v25, %v521 : f32
                %v523 = llvm.load %v21 : !llvm.ptr -> f32
                %v524 = arith.mulf %v522, %v523 : f32
                scf.if %v14 {
                  %v525 = arith.muli %v19, %v90 : i64
                  %v526 = arith.muli %v17, %v89 : i64
                  %v527 = arith.addi %v525, %v526 : i64
                  %v528 = arith.muli %v500, %v1 : i64
                  %v529 = arith.addi %v527, %v528 : i64
                  %v530 = llvm.getelementptr %dx_x[%v529] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v524, %v530 : f32, !llvm.ptr
                }
                %v531 = arith.mulf %v191, %v523 : f32
                %v532 = arith.muli %v19, %v90 : i64
                %v533 = arith.muli %v17, %v89 : i64
                %v534 = arith.addi %v532, %v533 : i64
                %v535 = arith.muli %v500, %v1 : i64
                %v536 = arith.addi %v534, %v535 : i64
                %v537 = llvm.getelementptr %in_x[%v536] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v538 = llvm.load %v537 : !llvm.ptr -> f32
                %v539 = arith.mulf %v538, %v523 : f32
                %v540 = arith.negf %v539 : f32
                %v541 = arith.addf %v531, %v540 : f32
                %v542 = arith.mulf %v521, %v522 : f32
                %v543 = arith.mulf %v541, %v542 : f32
                %v544 = llvm.load %v23 : !llvm.ptr -> f32
                %v545 = arith.addf %v544, %v543 : f32
                llvm.store %v545, %v23 : f32, !llvm.ptr
                llvm.store %v521, %v22 : f32, !llvm.ptr
              }
              %v546 = arith.addi %v115, %v169 : i64
              %v547 = arith.cmpi slt, %v546, %v43 : i64
              scf.if %v547 {
                %v548 = arith.addi %v41, %v546 : i64
                %v549 = arith.muli %v19, %v90 : i64
                %v550 = arith.muli %v17, %v89 : i64
                %v551 = arith.addi %v549, %v550 : i64
                %v552 = arith.muli %v548, %v1 : i64
                %v553 = arith.addi %v551, %v552 : i64
                %v554 = llvm.getelementptr %dy_y[%v553] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v555 = llvm.load %v554 : !llvm.ptr -> f32
                %v556 = llvm.load %v21 : !llvm.ptr -> f32
                %v557 = llvm.load %v22 : !llvm.ptr -> f32
                %v558 = arith.mulf %v557, %v556 : f32
                %v559 = arith.addf %v555, %v558 : f32
                llvm.store %v559, %v21 : f32, !llvm.ptr
                %v560 = arith.subi %size_L, %v1 : i64
                %v561 = arith.cmpi eq, %v548, %v560 : i64
                scf.if %v561 {
                }
                %v562 = arith.muli %v17, %v1 : i64
                %v563 = llvm.getelementptr %in_w[%v562] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v564 = llvm.load %v563 : !llvm.ptr -> f32
                %v565 = arith.negf %v564 : f32
                %v566 = arith.mulf %v565, %v83 : f32
                %v567 = llvm.call_intrinsic "llvm.exp2.f32"(%v566) : (f32) -> f32
                %v568 = arith.addf %v25, %v567 : f32
                %v569 = arith.divf %v25, %v568 : f32
                %v570 = arith.subf %v25, %v569 : f32
                %v571 = llvm.load %v21 : !llvm.ptr -> f32
                %v572 = arith.mulf %v570, %v571 : f32
                scf.if %v14 {
                  %v573 = arith.muli %v19, %v90 : i64
                  %v574 = arith.muli %v17, %v89 : i64
                  %v575 = arith.addi %v573, %v574 : i64
                  %v576 = arith.muli %v548, %v1 : i64
                  %v577 = arith.addi %v575, %v576 : i64
                  %v578 = llvm.getelementptr %dx_x[%v577] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v572, %v578 : f32, !llvm.ptr
                }
                %v579 = arith.mulf %v168, %v571 : f32
                %v580 = arith.muli %v19, %v90 : i64
                %v581 = arith.muli %v17, %v89 : i64
                %v582 = arith.addi %v580, %v581 : i64
                %v583 = arith.muli %v548, %v1 : i64
                %v584 = arith.addi %v582, %v583 : i64
                %v585 = llvm.getelementptr %in_x[%v584] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v586 = llvm.load %v585 : !llvm.ptr -> f32
                %v587 = arith.mulf %v586, %v571 : f32
                %v588 = arith.negf %v587 : f32
                %v589 = arith.addf %v579, %v588 : f32
                %v590 = arith.mulf %v569, %v570 : f32
                %v591 = arith.mulf %v589, %v590 : f32
                %v592 = llvm.load %v23 : !llvm.ptr -> f32
                %v593 = arith.addf %v592, %v591 : f32
                llvm.store %v593, %v23 : f32, !llvm.ptr
                llvm.store %v569, %v22 : f32, !llvm.ptr
              }
              %v594 = arith.addi %v115, %v1 : i64
              %v595 = arith.cmpi slt, %v594, %v43 : i64
              scf.if %v595 {
                %v596 = arith.addi %v41, %v594 : i64
                %v597 = arith.muli %v19, %v90 : i64
                %v598 = arith.muli %v17, %v89 : i64
                %v599 = arith.addi %v597, %v598 : i64
                %v600 = arith.muli %v596, %v1 : i64
                %v601 = arith.addi %v599, %v600 : i64
                %v602 = llvm.getelementptr %dy_y[%v601] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v603 = llvm.load %v602 : !llvm.ptr -> f32
                %v604 = llvm.load %v21 : !llvm.ptr -> f32
                %v605 = llvm.load %v22 : !llvm.ptr -> f32
                %v606 = arith.mulf %v605, %v604 : f32
                %v607 = arith.addf %v603, %v606 : f32
                llvm.store %v607, %v21 : f32, !llvm.ptr
                %v608 = arith.subi %size_L, %v1 : i64
                %v609 = arith.cmpi eq, %v596, %v608 : i64
                scf.if %v609 {
                }
                %v610 = arith.muli %v17, %v1 : i64
                %v611 = llvm.getelementptr %in_w[%v610] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v612 = llvm.load %v611 : !llvm.ptr -> f32
                %v613 = arith.negf %v612 : f32
                %v614 = arith.mulf %v613, %v83 : f32
                %v615 = llvm.call_intrinsic "llvm.exp2.f32"(%v614) : (f32) -> f32
                %v616 = arith.addf %v25, %v615 : f32
                %v617 = arith.divf %v25, %v616 : f32
                %v618 = arith.subf %v25, %v617 : f32
                %v619 = llvm.load %v21 : !llvm.ptr -> f32
                %v620 = arith.mulf %v618, %v619 : f32
                scf.if %v14 {
                  %v621 = arith.muli %v19, %v90 : i64
                  %v622 = arith.muli %v17, %v89 : i64
                  %v623 = arith.addi %v621, %v622 : i64
                  %v624 = arith.muli %v596, %v1 : i64
                  %v625 = arith.addi %v623, %v624 : i64
                  %v626 = llvm.getelementptr %dx_x[%v625] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v620, %v626 : f32, !llvm.ptr
                }
                %v627 = arith.mulf %v146, %v619 : f32
                %v628 = arith.muli %v19, %v90 : i64
                %v629 = arith.muli %v17, %v89 : i64
                %v630 = arith.addi %v628, %v629 : i64
                %v631 = arith.muli %v596, %v1 : i64
                %v632 = arith.addi %v630, %v631 : i64
                %v633 = llvm.getelementptr %in_x[%v632] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v634 = llvm.load %v633 : !llvm.ptr -> f32
                %v635 = arith.mulf %v634, %v619 : f32
                %v636 = arith.negf %v635 : f32
                %v637 = arith.addf %v627, %v636 : f32
                %v638 = arith.mulf %v617, %v618 : f32
                %v639 = arith.mulf %v637, %v638 : f32
                %v640 = llvm.load %v23 : !llvm.ptr -> f32
                %v641 = arith.addf %v640, %v639 : f32
                llvm.store %v641, %v23 : f32, !llvm.ptr
                llvm.store %v617, %v22 : f32, !llvm.ptr
              }
              %v642 = arith.addi %v115, %v26 : i64
              %v643 = arith.cmpi slt, %v642, %v43 : i64
              scf.if %v643 {
                %v644 = arith.addi %v41, %v642 : i64
                %v645 = arith.muli %v19, %v90 : i64
                %v646 = arith.muli %v17, %v89 : i64
                %v647 = arith.addi %v645, %v646 : i64
                %v648 = arith.muli %v644, %v1 : i64
                %v649 = arith.addi %v647, %v648 : i64
                %v650 = llvm.getelementptr %dy_y[%v649] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v651 = llvm.load %v650 : !llvm.ptr -> f32
                %v652 = llvm.load %v21 : !llvm.ptr -> f32
                %v653 = llvm.load %v22 : !llvm.ptr -> f32
                %v654 = arith.mulf %v653, %v652 : f32
                %v655 = arith.addf %v651, %v654 : f32
                llvm.store %v655, %v21 : f32, !llvm.ptr
                %v656 = arith.subi %size_L, %v1 : i64
                %v657 = arith.cmpi eq, %v644, %v656 : i64
                scf.if %v657 {
                }
                %v658 = arith.muli %v17, %v1 : i64
                %v659 = llvm.getelementptr %in_w[%v658] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v660 = llvm.load %v659 : !llvm.ptr -> f32
                %v661 = arith.negf %v660 : f32
                %v662 = arith.mulf %v661, %v83 : f32
                %v663 = llvm.call_intrinsic "llvm.exp2.f32"(%v662) : (f32) -> f32
                %v664 = arith.addf %v25, %v663 : f32
                %v665 = arith.divf %v25, %v664 : f32
                %v666 = arith.subf %v25, %v665 : f32
                %v667 = llvm.load %v21 : !llvm.ptr -> f32
                %v668 = arith.mulf %v666, %v667 : f32
                scf.if %v14 {
                  %v669 = arith.muli %v19, %v90 : i64
                  %v670 = arith.muli %v17, %v89 : i64
                  %v671 = arith.addi %v669, %v670 : i64
                  %v672 = arith.muli %v644, %v1 : i64
                  %v673 = arith.addi %v671, %v672 : i64
                  %v674 = llvm.getelementptr %dx_x[%v673] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v668, %v674 : f32, !llvm.ptr
                }
                %v675 = arith.mulf %v124, %v667 : f32
                %v676 = arith.muli %v19, %v90 : i64
                %v677 = arith.muli %v17, %v89 : i64
                %v678 = arith.addi %v676, %v677 : i64
                %v679 = arith.muli %v644, %v1 : i64
                %v680 = arith.addi %v678, %v679 : i64
                %v681 = llvm.getelementptr %in_x[%v680] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v682 = llvm.load %v681 : !llvm.ptr -> f32
                %v683 = arith.mulf %v682, %v667 : f32
                %v684 = arith.negf %v683 : f32
                %v685 = arith.addf %v675, %v684 : f32
                %v686 = arith.mulf %v665, %v666 : f32
                %v687 = arith.mulf %v685, %v686 : f32
                %v688 = llvm.load %v23 : !llvm.ptr -> f32
                %v689 = arith.addf %v688, %v687 : f32
                llvm.store %v689, %v23 : f32, !llvm.ptr
                llvm.store %v665, %v22 : f32, !llvm.ptr
              }
            }
          }
        }
      }
      scf.if %v14 {
        %v690 = llvm.load %v23 : !llvm.ptr -> f32
        %v691 = arith.muli %v13, %v1 : i64
        %v692 = arith.addi %v691, %v26 : i64
        %v693 = llvm.getelementptr %part_w[%v692] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v690, %v693 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
