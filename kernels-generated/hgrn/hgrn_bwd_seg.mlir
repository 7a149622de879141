module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @hgrn_bwd_seg(%in_g_f: !llvm.ptr, %in_g_c: !llvm.ptr, %in_g_o: !llvm.ptr, %in_gamma: !llvm.ptr, %dy_y: !llvm.ptr, %ckpt_h: !llvm.ptr, %scratch_h: !llvm.ptr, %segcarry_h: !llvm.ptr, %dx_g_f: !llvm.ptr, %dx_g_c: !llvm.ptr, %dx_g_o: !llvm.ptr, %part_gamma: !llvm.ptr, %size_B: i64, %size_D: i64, %size_L: i64) kernel attributes {nvvm.maxntid = array<i32: 256, 1, 1>, nvvm.minctasm = 2 : i32} {
      %v1 = arith.constant 1 : i64
      %v2 = arith.muli %size_B, %size_D : i64
      %v3 = arith.constant 255 : i64
      %v4 = arith.addi %size_L, %v3 : i64
      %v5 = arith.constant 256 : i64
      %v6 = arith.divui %v4, %v5 : i64
      %v7 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v8 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v9 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v27 = arith.constant 4 : i64
      %v31 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v32 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v33 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v34 = arith.constant 0x00000000 : f32
      %v35 = arith.constant 0x3F800000 : f32
      %v36 = arith.constant 0 : i64
      %v51 = arith.constant 64 : i64
      %v52 = arith.constant 8 : i64
      %v53 = arith.constant 7 : i64
      %v54 = arith.constant 63 : i64
      %v74 = arith.muli %size_B, %size_D : i64
      %v108 = arith.muli %size_L, %size_D : i64
      %v116 = arith.constant 0x3FB8AA3B : f32
      %v233 = arith.constant 2 : i64
      %v269 = arith.constant 3 : i64
      %v340 = arith.constant 5 : i64
      %v376 = arith.constant 6 : i64
      %v452 = arith.constant 2147483647 : i64
      %v456 = arith.constant 7 : i32
      %v556 = arith.constant 6 : i32
      %v656 = arith.constant 5 : i32
      %v756 = arith.constant 4 : i32
      %v856 = arith.constant 3 : i32
      %v956 = arith.constant 2 : i32
      %v1056 = arith.constant 1 : i32
      %v1155 = arith.constant 0 : i32
      %v10 = gpu.block_id x
      %v11 = gpu.thread_id x
      %v12 = arith.index_cast %v11 : index to i64
      %v13 = arith.index_cast %v10 : index to i64
      %v14 = arith.addi %v2, %v3 : i64
      %v15 = arith.divui %v14, %v5 : i64
      %v16 = arith.divui %v13, %v15 : i64
      %v17 = arith.remui %v13, %v15 : i64
      %v18 = arith.muli %v17, %v5 : i64
      %v19 = arith.addi %v18, %v12 : i64
      %v20 = arith.cmpi slt, %v19, %v2 : i64
      %v21 = arith.subi %v2, %v1 : i64
      %v22 = arith.minsi %v19, %v21 : i64
      %v23 = arith.remui %v22, %size_D : i64
      %v24 = arith.divui %v22, %size_D : i64
      %v25 = arith.remui %v24, %size_B : i64
      %v26 = arith.divui %v24, %size_B : i64
      %v28 = arith.muli %v16, %v27 : i64
      %v29 = arith.addi %v28, %v27 : i64
      %v30 = arith.muli %v16, %v2 : i64
      llvm.store %v34, %v31 : f32, !llvm.ptr
      llvm.store %v35, %v32 : f32, !llvm.ptr
      llvm.store %v34, %v33 : f32, !llvm.ptr
      %v37 = arith.muli %v16, %v2 : i64
      %v38 = arith.subi %v2, %v1 : i64
      %v39 = arith.minsi %v19, %v38 : i64
      %v40 = arith.addi %v37, %v39 : i64
      %v41 = llvm.getelementptr %segcarry_h[%v40] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v42 = llvm.load %v41 : !llvm.ptr -> f32
      llvm.store %v42, %v31 : f32, !llvm.ptr
      %v43 = arith.addi %v6, %v16 : i64
      %v44 = arith.muli %v43, %v2 : i64
      %v45 = arith.subi %v2, %v1 : i64
      %v46 = arith.minsi %v19, %v45 : i64
      %v47 = arith.addi %v44, %v46 : i64
      %v48 = llvm.getelementptr %segcarry_h[%v47] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v49 = llvm.load %v48 : !llvm.ptr -> f32
      llvm.store %v49, %v32 : f32, !llvm.ptr
      %v50 = arith.cmpi eq, %size_L, %v36 : i64
      scf.if %v50 {
        llvm.store %v34, %v9 : f32, !llvm.ptr
      }
      %v55 = arith.addi %size_L, %v54 : i64
      %v56 = arith.divui %v55, %v51 : i64
      %v57 = arith.minsi %v29, %v56 : i64
      %v58 = arith.muli %v16, %v52 : i64
      %v59 = arith.subi %v57, %v28 : i64
      %v60 = arith.maxsi %v59, %v36 : i64
      %v61 = arith.index_cast %v36 : i64 to index
      %v62 = arith.index_cast %v60 : i64 to index
      %v63 = arith.index_cast %v1 : i64 to index
      scf.for %v64 = %v61 to %v62 step %v63 {
        %v65 = arith.index_cast %v64 : index to i64
        %v66 = arith.subi %v57, %v1 : i64
        %v67 = arith.subi %v66, %v65 : i64
        %v68 = arith.muli %v67, %v51 : i64
        %v69 = arith.subi %size_L, %v68 : i64
        %v70 = arith.minsi %v69, %v51 : i64
        %v71 = arith.addi %v70, %v53 : i64
        %v72 = arith.divui %v71, %v52 : i64
        %v73 = arith.subi %v70, %v1 : i64
        %v75 = arith.muli %v67, %v74 : i64
        %v76 = arith.muli %v25, %size_D : i64
        %v77 = arith.addi %v76, %v23 : i64
        %v78 = arith.addi %v75, %v77 : i64
        %v79 = llvm.getelementptr %ckpt_h[%v78] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v80 = llvm.load %v79 : !llvm.ptr -> f32
        llvm.store %v80, %v8 : f32, !llvm.ptr
        // the state entering each group of the stretch
        %v81 = arith.index_cast %v36 : i64 to index
        %v82 = arith.index_cast %v72 : i64 to index
        %v83 = arith.index_cast %v1 : i64 to index
        scf.for %v84 = %v81 to %v82 step %v83 {
          %v85 = arith.index_cast %v84 : index to i64
          %v86 = arith.addi %v58, %v85 : i64
          scf.if %v20 {
            %v87 = llvm.load %v8 : !llvm.ptr -> f32
            %v88 = arith.muli %v86, %v2 : i64
            %v89 = arith.subi %v2, %v1 : i64
            %v90 = arith.minsi %v19, %v89 : i64
            %v91 = arith.addi %v88, %v90 : i64
            %v92 = llvm.getelementptr %scratch_h[%v91] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v87, %v92 : f32, !llvm.ptr
          }
          %v93 = arith.muli %v85, %v52 : i64
          %v94 = arith.subi %v70, %v93 : i64
          %v95 = arith.trunci %v94 : i64 to i32
          %v96 = arith.index_cast %v36 : i64 to index
          %v97 = arith.index_cast %v52 : i64 to index
          %v98 = arith.index_cast %v1 : i64 to index
          scf.for %v99 = %v96 to %v97 step %v98 {
            %v100 = arith.index_cast %v99 : index to i64
            %v101 = arith.trunci %v100 : i64 to i32
            %v102 = arith.addi %v93, %v100 : i64
            %v103 = arith.cmpi slt, %v101, %v95 : i32
            scf.if %v103 {
              %v104 = arith.addi %v68, %v102 : i64
              %v105 = llvm.getelementptr %in_gamma[%v23] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v106 = llvm.load %v105 : !llvm.ptr -> f32
              %v107 = arith.subf %v35, %v106 fastmath<contract> : f32
              %v109 = arith.muli %v25, %v108 : i64
              %v110 = arith.muli %v23, %size_L : i64
              %v111 = arith.addi %v109, %v110 : i64
              %v112 = arith.addi %v111, %v104 : i64
              %v113 = llvm.getelementptr %in_g_f[%v112] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v114 = llvm.load %v113 : !llvm.ptr -> f32
              %v115 = arith.negf %v114 : f32
              %v117 = arith.mulf %v115, %v116 fastmath<contract> : f32
              %v118 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v117) : (f32) -> f32
              %v119 = arith.addf %v35, %v118 fastmath<contract> : f32
              %v120 = arith.divf %v35, %v119 : f32
              %v121 = arith.mulf %v107, %v120 fastmath<contract> : f32
              %v122 = arith.addf %v106, %v121 fastmath<contract> : f32
              %v123 = arith.subf %v35, %v122 fastmath<contract> : f32
              %v124 = arith.muli %v25, %v108 : i64
              %v125 = arith.muli %v23, %size_L : i64
              %v126 = arith.addi %v124, %v125 : i64
              %v127 = arith.addi %v126, %v104 : i64
              %v128 = llvm.getelementptr %in_g_c[%v127] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v129 = llvm.load %v128 : !llvm.ptr -> f32
              %v130 = arith.negf %v129 : f32
              %v131 = arith.mulf %v130, %v116 fastmath<contract> : f32
              %v132 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v131) : (f32) -> f32
              %v133 = arith.addf %v35, %v132 fastmath<contract> : f32
              %v134 = arith.divf %v35, %v133 : f32
              %v135 = arith.mulf %v129, %v134 fastmath<contract> : f32
              %v136 = arith.mulf %v123, %v135 fastmath<contract> : f32
              %v137 = llvm.load %v8 : !llvm.ptr -> f32
              %v138 = arith.mulf %v122, %v137 fastmath<contract> : f32
              %v139 = arith.addf %v138, %v136 fastmath<contract> : f32
              llvm.store %v139, %v8 : f32, !llvm.ptr
            }
          }
        }
        %v140 = arith.index_cast %v36 : i64 to index
        %v141 = arith.index_cast %v1 : i64 to index
        %v142 = arith.index_cast %v1 : i64 to index
        scf.for %v143 = %v140 to %v141 step %v142 {
          %v144 = arith.index_cast %v143 : index to i64
          %v145 = arith.index_cast %v36 : i64 to index
          %v146 = arith.index_cast %v72 : i64 to index
          %v147 = arith.index_cast %v1 : i64 to index
          scf.for %v148 = %v145 to %v146 step %v147 {
            %v149 = arith.index_cast %v148 : index to i64
            %v150 = arith.cmpi slt, %v149, %v72 : i64
            scf.if %v150 {
              %v151 = arith.subi %v72, %v1 : i64
              %v152 = arith.subi %v151, %v149 : i64
              %v153 = arith.muli %v152, %v52 : i64
              %v154 = arith.addi %v58, %v152 : i64
              %v155 = arith.addi %v153, %v52 : i64
              %v156 = arith.cmpi sle, %v155, %v70 : i64
              scf.if %v156 {
                %v157 = arith.subi %v70, %v1 : i64
                %v158 = arith.muli %v154, %v2 : i64
                %v159 = arith.subi %v2, %v1 : i64
                %v160 = arith.minsi %v19, %v159 : i64
                %v161 = arith.addi %v158, %v160 : i64
                %v162 = llvm.getelementptr %scratch_h[%v161] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v163 = llvm.load %v162 : !llvm.ptr -> f32
                // the group's states, recomputed into registers
                %v164 = arith.minsi %v153, %v157 : i64
                %v165 = arith.addi %v68, %v164 : i64
                %v166 = llvm.getelementptr %in_gamma[%v23] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v167 = llvm.load %v166 : !llvm.ptr -> f32
                %v168 = arith.subf %v35, %v167 fastmath<contract> : f32
                %v169 = arith.muli %v25, %v108 : i64
                %v170 = arith.muli %v23, %size_L : i64
                %v171 = arith.addi %v169, %v170 : i64
                %v172 = arith.addi %v171, %v165 : i64
                %v173 = llvm.getelementptr %in_g_f[%v172] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v174 = llvm.load %v173 : !llvm.ptr -> f32
                %v175 = arith.negf %v174 : f32
                %v176 = arith.mulf %v175, %v116 fastmath<contract> : f32
                %v177 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v176) : (f32) -> f32
                %v178 = arith.addf %v35, %v177 fastmath<contract> : f32
                %v179 = arith.divf %v35, %v178 : f32
                %v180 = arith.mulf %v168, %v179 fastmath<contract> : f32
                %v181 = arith.addf %v167, %v180 fastmath<contract> : f32
                %v182 = arith.subf %v35, %v181 fastmath<contract> : f32
                %v183 = arith.muli %v25, %v108 : i64
                %v184 = arith.muli %v23, %size_L : i64
                %v185 = arith.addi %v183, %v184 : i64
                %v186 = arith.addi %v185, %v165 : i64
                %v187 = llvm.getelementptr %in_g_c[%v186] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v188 = llvm.load %v187 : !llvm.ptr -> f32
                %v189 = arith.negf %v188 : f32
                %v190 = arith.mulf %v189, %v116 fastmath<contract> : f32
                %v191 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v190) : (f32) -> f32
                %v192 = arith.addf %v35, %v191 fastmath<contract> : f32
                %v193 = arith.divf %v35, %v192 : f32
                %v194 = arith.mulf %v188, %v193 fastmath<contract> : f32
                %v195 = arith.mulf %v182, %v194 fastmath<contract> : f32
                %v196 = arith.mulf %v181, %v163 fastmath<contract> : f32
                %v197 = arith.addf %v196, %v195 fastmath<contract> : f32
                %v198 = arith.addi %v153, %v1 : i64
                %v199 = arith.minsi %v198, %v157 : i64
                %v200 = arith.addi %v68, %v199 : i64
                %v201 = llvm.getelementptr %in_gamma[%v23] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v202 = llvm.load %v201 : !llvm.ptr -> f32
                %v203 = arith.subf %v35, %v202 fastmath<contract> : f32
                %v204 = arith.muli %v25, %v108 : i64
                %v205 = arith.muli %v23, %size_L : i64
                %v206 = arith.addi %v204, %v205 : i64
                %v207 = arith.addi %v206, %v200 : i64
                %v208 = llvm.getelementptr %in_g_f[%v207] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v209 = llvm.load %v208 : !llvm.ptr -> f32
                %v210 = arith.negf %v209 : f32
                %v211 = arith.mulf %v210, %v116 fastmath<contract> : f32
                %v212 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v211) : (f32) -> f32
                %v213 = arith.addf %v35, %v212 fastmath<contract> : f32
                %v214 = arith.divf %v35, %v213 : f32
                %v215 = arith.mulf %v203, %v214 fastmath<contract> : f32
                %v216 = arith.addf %v202, %v215 fastmath<contract> : f32
                %v217 = arith.subf %v35, %v216 fastmath<contract> : f32
                %v218 = arith.muli %v25, %v108 : i64
                %v219 = arith.muli %v23, %size_L : i64
                %v220 = arith.addi %v218, %v219 : i64
                %v221 = arith.addi %v220, %v200 : i64
                %v222 = llvm.getelementptr %in_g_c[%v221] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v223 = llvm.load %v222 : !llvm.ptr -> f32
                %v224 = arith.negf %v223 : f32
                %v225 = arith.mulf %v224, %v116 fastmath<contract> : f32
                %v226 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v225) : (f32) -> f32
                %v227 = arith.addf %v35, %v226 fastmath<contract> : f32
                %v228 = arith.divf %v35, %v227 : f32
                %v229 = arith.mulf %v223, %v228 fastmath<contract> : f32
                %v230 = arith.mulf %v217, %v229 fastmath<contract> : f32
                %v231 = arith.mulf %v216, %v197 fastmath<contract> : f32
                %v232 = arith.addf %v231, %v230 fastmath<contract> : f32
                %v234 = arith.addi %v153, %v233 : i64
                %v235 = arith.minsi %v234, %v157 : i64
                %v236 = arith.addi %v68, %v235 : i64
                %v237 = llvm.getelementptr %in_gamma[%v23] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v238 = llvm.load %v237 : !llvm.ptr -> f32
                %v239 = arith.subf %v35, %v238 fastmath<contract> : f32
                %v240 = arith.muli %v25, %v108 : i64
                %v241 = arith.muli %v23, %size_L : i64
                %v242 = arith.addi %v240, %v241 : i64
                %v243 = arith.addi %v242, %v236 : i64
                %v244 = llvm.getelementptr %in_g_f[%v243] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v245 = llvm.load %v244 : !llvm.ptr -> f32
                %v246 = arith.negf %v245 : f32
                %v247 = arith.mulf %v246, %v116 fastmath<contract> : f32
                %v248 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v247) : (f32) -> f32
                %v249 = arith.addf %v35, %v248 fastmath<contract> : f32
                %v250 = arith.divf %v35, %v249 : f32
                %v251 = arith.mulf %v239, %v250 fastmath<contract> : f32
                %v252 = arith.addf %v238, %v251 fastmath<contract> : f32
                %v253 = arith.subf %v35, %v252 fastmath<contract> : f32
                %v254 = arith.muli %v25, %v108 : i64
                %v255 = arith.muli %v23, %size_L : i64
                %v256 = arith.addi %v254, %v255 : i64
                %v257 = arith.addi %v256, %v236 : i64
                %v258 = llvm.getelementptr %in_g_c[%v257] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v259 = llvm.load %v258 : !llvm.ptr -> f32
                %v260 = arith.negf %v259 : f32
                %v261 = arith.mulf %v260, %v116 fastmath<contract> : f32
                %v262 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v261) : (f32) -> f32
                %v263 = arith.addf %v35, %v262 fastmath<contract> : f32
                %v264 = arith.divf %v35, %v263 : f32
                %v265 = arith.mulf %v259, %v264 fastmath<contract> : f32
                %v266 = arith.mulf %v253, %v265 fastmath<contract> : f32
                %v267 = arith.mulf %v252, %v232 fastmath<contract> : f32
                %v268 = arith.addf %v267, %v266 fastmath<contract> : f32
                %v270 = arith.addi %v153, %v269 : i64
                %v271 = arith.minsi %v270, %v157 : i64
                %v272 = arith.addi %v68, %v271 : i64
                %v273 = llvm.getelementptr %in_gamma[%v23] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v274 = llvm.load %v273 : !llvm.ptr -> f32
                %v275 = arith.subf %v35, %v274 fastmath<contract> : f32
                %v276 = arith.muli %v25, %v108 : i64
                %v277 = arith.muli %v23, %size_L : i64
                %v278 = arith.addi %v276, %v277 : i64
                %v279 = arith.addi %v278, %v272 : i64
                %v280 = llvm.getelementptr %in_g_f[%v279] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v281 = llvm.load %v280 : !llvm.ptr -> f32
                %v282 = arith.negf %v281 : f32
                %v283 = arith.mulf %v282, %v116 fastmath<contract> : f32
                %v284 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v283) : (f32) -> f32
                %v285 = arith.addf %v35, %v284 fastmath<contract> : f32
                %v286 = arith.divf %v35, %v285 : f32
                %v287 = arith.mulf %v275, %v286 fastmath<contract> : f32
                %v288 = arith.addf %v274, %v287 fastmath<contract> : f32
                %v289 = arith.subf %v35, %v288 fastmath<contract> : f32
                %v290 = arith.muli %v25, %v108 : i64
                %v291 = arith.muli %v23, %size_L : i64
                %v292 = arith.addi %v290, %v291 : i64
                %v293 = arith.addi %v292, %v272 : i64
                %v294 = llvm.getelementptr %in_g_c[%v293] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v295 = llvm.load %v294 : !llvm.ptr -> f32
                %v296 = arith.negf %v295 : f32
                %v297 = arith.mulf %v296, %v116 fastmath<contract> : f32
                %v298 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v297) : (f32) -> f32
                %v299 = arith.addf %v35, %v298 fastmath<contract> : f32
                %v300 = arith.divf %v35, %v299 : f32
                %v301 = arith.mulf %v295, %v300 fastmath<contract> : f32
                %v302 = arith.mulf %v289, %v301 fastmath<contract> : f32
                %v303 = arith.mulf %v288, %v268 fastmath<contract> : f32
                %v304 = arith.addf %v303, %v302 fastmath<contract> : f32
                %v305 = arith.addi %v153, %v27 : i64
                %v306 = arith.minsi %v305, %v157 : i64
                %v307 = arith.addi %v68, %v306 : i64
                %v308 = llvm.getelementptr %in_gamma[%v23] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v309 = llvm.load %v308 : !llvm.ptr -> f32
                %v310 = arith.subf %v35, %v309 fastmath<contract> : f32
                %v311 = arith.muli %v25, %v108 : i64
                %v312 = arith.muli %v23, %size_L : i64
                %v313 = arith.addi %v311, %v312 : i64
                %v314 = arith.addi %v313, %v307 : i64
                %v315 = llvm.getelementptr %in_g_f[%v314] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v316 = llvm.load %v315 : !llvm.ptr -> f32
                %v317 = arith.negf %v316 : f32
                %v318 = arith.mulf %v317, %v116 fastmath<contract> : f32
                %v319 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v318) : (f32) -> f32
                %v320 = arith.addf %v35, %v319 fastmath<contract> : f32
                %v321 = arith.divf %v35, %v320 : f32
                %v322 = arith.mulf %v310, %v321 fastmath<contract> : f32
                %v323 = arith.addf %v309, %v322 fastmath<contract> : f32
                %v324 = arith.subf %v35, %v323 fastmath<contract> : f32
                %v325 = arith.muli %v25, %v108 : i64
                %v326 = arith.muli %v23, %size_L : i64
                %v327 = arith.addi %v325, %v326 : i64
                %v328 = arith.addi %v327, %v307 : i64
                %v329 = llvm.getelementptr %in_g_c[%v328] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v330 = llvm.load %v329 : !llvm.ptr -> f32
                %v331 = arith.negf %v330 : f32
                %v332 = arith.mulf %v331, %v116 fastmath<contract> : f32
                %v333 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v332) : (f32) -> f32
                %v334 = arith.addf %v35, %v333 fastmath<contract> : f32
                %v335 = arith.divf %v35, %v334 : f32
                %v336 = arith.mulf %v330, %v335 fastmath<contract> : f32
                %v337 = arith.mulf %v324, %v336 fastmath<contract> : f32
                %v338 = arith.mulf %v323, %v304 fastmath<contract> : f32
                %v339 = arith.addf %v338, %v337 fastmath<contract> : f32
                %v341 = arith.addi %v153, %v340 : i64
                %v342 = arith.minsi %v341, %v157 : i64
                %v343 = arith.addi %v68, %v342 : i64
                %v344 = llvm.getelementptr %in_gamma[%v23] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v345 = llvm.load %v344 : !llvm.ptr -> f32
                %v346 = arith.subf %v35, %v345 fastmath<contract> : f32
                %v347 = arith.muli %v25, %v108 : i64
                %v348 = arith.muli %v23, %size_L : i64
                %v349 = arith.addi %v347, %v348 : i64
                %v350 = arith.addi %v349, %v343 : i64
                %v351 = llvm.getelementptr %in_g_f[%v350] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v352 = llvm.load %v351 : !llvm.ptr -> f32
                %v353 = arith.negf %v352 : f32
                %v354 = arith.mulf %v353, %v116 fastmath<contract> : f32
                %v355 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v354) : (f32) -> f32
                %v356 = arith.addf %v35, %v355 fastmath<contract> : f32
                %v357 = arith.divf %v35, %v356 : f32
                %v358 = arith.mulf %v346, %v357 fastmath<contract> : f32
                %v359 = arith.addf %v345, %v358 fastmath<contract> : f32
                %v360 = arith.subf %v35, %v359 fastmath<contract> : f32
                %v361 = arith.muli %v25, %v108 : i64
                %v362 = arith.muli %v23, %size_L : i64
                %v363 = arith.addi %v361, %v362 : i64
                %v364 = arith.addi %v363, %v343 : i64
                %v365 = llvm.getelementptr %in_g_c[%v364] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v366 = llvm.load %v365 : !llvm.ptr -> f32
                %v367 = arith.negf %v366 : f32
                %v368 = arith.mulf %v367, %v116 fastmath<contract> : f32
                %v369 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v368) : (f32) -> f32
                %v370 = arith.addf %v35, %v369 fastmath<contract> : f32
                %v371 = arith.divf %v35, %v370 : f32
                %v372 = arith.mulf %v366, %v371 fastmath<contract> : f32
                %v373 = arith.mulf %v360, %v372 fastmath<contract> : f32
                %v374 = arith.mulf %v359, %v339 fastmath<contract> : f32
                %v375 = arith.addf %v374, %v373 fastmath<contract> : f32
                %v377 = arith.addi %v153, %v376 : i64
                %v378 = arith.minsi %v377, %v157 : i64
                %v379 = arith.addi %v68, %v378 : i64
                %v380 = llvm.getelementptr %in_gamma[%v23] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v381 = llvm.load %v380 : !llvm.ptr -> f32
                %v382 = arith.subf %v35, %v381 fastmath<contract> : f32
                %v383 = arith.muli %v25, %v108 : i64
                %v384 = arith.muli %v23, %size_L : i64
                %v385 = arith.addi %v383, %v384 : i64
                %v386 = arith.addi %v385, %v379 : i64
                %v387 = llvm.getelementptr %in_g_f[%v386] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v388 = llvm.load %v387 : !llvm.ptr -> f32
                %v389 = arith.negf %v388 : f32
                %v390 = arith.mulf %v389, %v116 fastmath<contract> : f32
                %v391 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v390) : (f32) -> f32
                %v392 = arith.addf %v35, %v391 fastmath<contract> : f32
                %v393 = arith.divf %v35, %v392 : f32
                %v394 = arith.mulf %v382, %v393 fastmath<contract> : f32
                %v395 = arith.addf %v381, %v394 fastmath<contract> : f32
                %v396 = arith.subf %v35, %v395 fastmath<contract> : f32
                %v397 = arith.muli %v25, %v108 : i64
                %v398 = arith.muli %v23, %size_L : i64
                %v399 = arith.addi %v397, %v398 : i64
                %v400 = arith.addi %v399, %v379 : i64
                %v401 = llvm.getelementptr %in_g_c[%v400] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v402 = llvm.load %v401 : !llvm.ptr -> f32
                %v403 = arith.negf %v402 : f32
                %v404 = arith.mulf %v403, %v116 fastmath<contract> : f32
                %v405 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v404) : (f32) -> f32
                %v406 = arith.addf %v35, %v405 fastmath<contract> : f32
                %v407 = arith.divf %v35, %v406 : f32
                %v408 = arith.mulf %v402, %v407 fastmath<contract> : f32
                %v409 = arith.mulf %v396, %v408 fastmath<contract> : f32
                %v410 = arith.mulf %v395, %v375 fastmath<contract> : f32
                %v411 = arith.addf %v410, %v409 fastmath<contract> : f32
                %v412 = arith.addi %v153, %v53 : i64
                %v413 = arith.minsi %v412, %v157 : i64
                %v414 = arith.addi %v68, %v413 : i64
                %v415 = llvm.getelementptr %in_gamma[%v23] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v416 = llvm.load %v415 : !llvm.ptr -> f32
                %v417 = arith.subf %v35, %v416 fastmath<contract> : f32
                %v418 = arith.muli %v25, %v108 : i64
                %v419 = arith.muli %v23, %size_L : i64
                %v420 = arith.addi %v418, %v419 : i64
                %v421 = arith.addi %v420, %v414 : i64
                %v422 = llvm.getelementptr %in_g_f[%v421] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v423 = llvm.load %v422 : !llvm.ptr -> f32
                %v424 = arith.negf %v423 : f32
                %v425 = arith.mulf %v424, %v116 fastmath<contract> : f32
                %v426 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v425) : (f32) -> f32
                %v427 = arith.addf %v35, %v426 fastmath<contract> : f32
                %v428 = arith.divf %v35, %v427 : f32
                %v429 = arith.mulf %v417, %v428 fastmath<contract> : f32
                %v430 = arith.addf %v416, %v429 fastmath<contract> : f32
                %v431 = arith.subf %v35, %v430 fastmath<contract> : f32
                %v432 = arith.muli %v25, %v108 : i64
                %v433 = arith.muli %v23, %size_L : i64
                %v434 = arith.addi %v432, %v433 : i64
                %v435 = arith.addi %v434, %v414 : i64
                %v436 = llvm.getelementptr %in_g_c[%v435] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v437 = llvm.load %v436 : !llvm.ptr -> f32
                %v438 = arith.negf %v437 : f32
                %v439 = arith.mulf %v438, %v116 fastmath<contract> : f32
                %v440 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v439) : (f32) -> f32
                %v441 = arith.addf %v35, %v440 fastmath<contract> : f32
                %v442 = arith.divf %v35, %v441 : f32
                %v443 = arith.mulf %v437, %v442 fastmath<contract> : f32
                %v444 = arith.mulf %v431, %v443 fastmath<contract> : f32
                %v445 = arith.mulf %v430, %v411 fastmath<contract> : f32
                %v446 = arith.addf %v445, %v444 fastmath<contract> : f32
                %v447 = arith.subi %v70, %v153 : i64
                %v448 = arith.trunci %v447 : i64 to i32
                %v449 = arith.subi %size_L, %v1 : i64
                %v450 = arith.addi %v68, %v153 : i64
                %v451 = arith.subi %v449, %v450 : i64
                %v453 = arith.minsi %v451, %v452 : i64
                %v454 = arith.trunci %v453 : i64 to i32
                %v455 = arith.addi %v153, %v53 : i64
                %v457 = arith.cmpi slt, %v456, %v448 : i32
                %v458 = arith.cmpi eq, %v456, %v454 : i32
                %v459 = arith.addi %v68, %v455 : i64
                %v460 = arith.muli %v25, %v108 : i64
                %v461 = arith.muli %v23, %size_L : i64
                %v462 = arith.addi %v460, %v461 : i64
                %v463 = arith.addi %v462, %v459 : i64
                %v464 = llvm.getelementptr %in_g_o[%v463] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v465 = llvm.load %v464 : !llvm.ptr -> f32
                %v466 = arith.negf %v465 : f32
                %v467 = arith.mulf %v466, %v116 fastmath<contract> : f32
                %v468 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v467) : (f32) -> f32
                %v469 = arith.addf %v35, %v468 fastmath<contract> : f32
                %v470 = arith.divf %v35, %v469 : f32
                %v471 = arith.muli %v25, %v108 : i64
                %v472 = arith.muli %v23, %size_L : i64
                %v473 = arith.addi %v471, %v472 : i64
                %v474 = arith.addi %v473, %v459 : i64
                %v475 = llvm.getelementptr %dy_y[%v474] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v476 = llvm.load %v475 : !llvm.ptr -> f32
                %v477 = arith.mulf %v470, %v476 fastmath<contract> : f32
                %v478 = llvm.load %v31 : !llvm.ptr -> f32
                %v479 = llvm.load %v32 : !llvm.ptr -> f32
                %v480 = arith.mulf %v479, %v478 fastmath<contract> : f32
                %v481 = arith.addf %v477, %v480 fastmath<contract> : f32
                llvm.store %v481, %v31 : f32, !llvm.ptr
                scf.if %v458 {
                }
                %v482 = llvm.getelementptr %in_gamma[%v23] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v483 = llvm.load %v482 : !llvm.ptr -> f32
                %v484 = arith.subf %v35, %v483 fastmath<contract> : f32
                %v485 = llvm.load %v31 : !llvm.ptr -> f32
                %v486 = arith.mulf %v411, %v485 fastmath<contract> : f32
                %v487 = arith.muli %v25, %v108 : i64
                %v488 = arith.muli %v23, %size_L : i64
                %v489 = arith.addi %v487, %v488 : i64
                %v490 = arith.addi %v489, %v459 : i64
                %v491 = llvm.getelementptr %in_g_c[%v490] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v492 = llvm.load %v491 : !llvm.ptr -> f32
                %v493 = arith.negf %v492 : f32
                %v494 = arith.mulf %v493, %v116 fastmath<contract> : f32
                %v495 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v494) : (f32) -> f32
                %v496 = arith.addf %v35, %v495 fastmath<contract> : f32
                %v497 = arith.divf %v35, %v496 : f32
                %v498 = arith.mulf %v492, %v497 fastmath<contract> : f32
                %v499 = arith.mulf %v498, %v485 fastmath<contract> : f32
                %v500 = arith.negf %v499 : f32
                %v501 = arith.addf %v486, %v500 fastmath<contract> : f32
                %v502 = arith.mulf %v484, %v501 fastmath<contract> : f32
                %v503 = arith.muli %v25, %v108 : i64
                %v504 = arith.muli %v23, %size_L : i64
                %v505 = arith.addi %v503, %v504 : i64
                %v506 = arith.addi %v505, %v459 : i64
                %v507 = llvm.getelementptr %in_g_f[%v506] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v508 = llvm.load %v507 : !llvm.ptr -> f32
                %v509 = arith.negf %v508 : f32
                %v510 = arith.mulf %v509, %v116 fastmath<contract> : f32
                %v511 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v510) : (f32) -> f32
                %v512 = arith.addf %v35, %v511 fastmath<contract> : f32
                %v513 = arith.divf %v35, %v512 : f32
                %v514 = arith.subf %v35, %v513 fastmath<contract> : f32
                %v515 = arith.mulf %v513, %v514 fastmath<contract> : f32
                %v516 = arith.mulf %v502, %v515 fastmath<contract> : f32
                scf.if %v20 {
                  %v517 = arith.muli %v25, %v108 : i64
                  %v518 = arith.muli %v23, %size_L : i64
                  %v519 = arith.addi %v517, %v518 : i64
                  %v520 = arith.addi %v519, %v459 : i64
                  %v521 = llvm.getelementptr %dx_g_f[%v520] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v516, %v521 : f32, !llvm.ptr
                }
                %v522 = arith.mulf %v484, %v513 fastmath<contract> : f32
                %v523 = arith.addf %v483, %v522 fastmath<contract> : f32
                %v524 = arith.subf %v35, %v523 fastmath<contract> : f32
                %v525 = arith.mulf %v524, %v485 fastmath<contract> : f32
                %v526 = arith.negf %v492 : f32
                %v527 = arith.mulf %v526, %v116 fastmath<contract> : f32
                %v528 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v527) : (f32) -> f32
                %v529 = arith.addf %v35, %v528 fastmath<contract> : f32
                %v530 = arith.divf %v35, %v529 : f32
                %v531 = arith.subf %v35, %v530 fastmath<contract> : f32
                %v532 = arith.mulf %v492, %v531 fastmath<contract> : f32
                %v533 = arith.addf %v35, %v532 fastmath<contract> : f32
                %v534 = arith.mulf %v530, %v533 fastmath<contract> : f32
                %v535 = arith.mulf %v525, %v534 fastmath<contract> : f32
                scf.if %v20 {
                  %v536 = arith.muli %v25, %v108 : i64
                  %v537 = arith.muli %v23, %size_L : i64
                  %v538 = arith.addi %v536, %v537 : i64
                  %v539 = arith.addi %v538, %v459 : i64
                  %v540 = llvm.getelementptr %dx_g_c[%v539] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v535, %v540 : f32, !llvm.ptr
                }
                %v541 = arith.mulf %v446, %v476 fastmath<contract> : f32
                %v542 = arith.subf %v35, %v470 fastmath<contract> : f32
                %v543 = arith.mulf %v470, %v542 fastmath<contract> : f32
                %v544 = arith.mulf %v541, %v543 fastmath<contract> : f32
                scf.if %v20 {
                  %v545 = arith.muli %v25, %v108 : i64
                  %v546 = arith.muli %v23, %size_L : i64
                  %v547 = arith.addi %v545, %v546 : i64
                  %v548 = arith.addi %v547, %v459 : i64
                  %v549 = llvm.getelementptr %dx_g_o[%v548] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v544, %v549 : f32, !llvm.ptr
                }
                %v550 = arith.mulf %v513, %v501 fastmath<contract> : f32
                %v551 = arith.negf %v550 : f32
                %v552 = arith.addf %v501, %v551 fastmath<contract> : f32
                %v553 = llvm.load %v33 : !llvm.ptr -> f32
                %v554 = arith.addf %v553, %v552 fastmath<contract> : f32
                llvm.store %v554, %v33 : f32, !llvm.ptr
                llvm.store %v523, %v32 : f32, !llvm.ptr
                %v555 = arith.addi %v153, %v376 : i64
                %v557 = arith.cmpi slt, %v556, %v448 : i32
                %v558 = arith.cmpi eq, %v556, %v454 : i32
                %v559 = arith.addi %v68, %v555 : i64
                %v560 = arith.muli %v25, %v108 : i64
                %v561 = arith.muli %v23, %size_L : i64
                %v562 = arith.addi %v560, %v561 : i64
                %v563 = arith.addi %v562, %v559 : i64
                %v564 = llvm.getelementptr %in_g_o[%v563] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v565 = llvm.load %v564 : !llvm.ptr -> f32
                %v566 = arith.negf %v565 : f32
                %v567 = arith.mulf %v566, %v116 fastmath<contract> : f32
                %v568 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v567) : (f32) -> f32
                %v569 = arith.addf %v35, %v568 fastmath<contract> : f32
                %v570 = arith.divf %v35, %v569 : f32
                %v571 = arith.muli %v25, %v108 : i64
                %v572 = arith.muli %v23, %size_L : i64
                %v573 = arith.addi %v571, %v572 : i64
                %v574 = arith.addi %v573, %v559 : i64
                %v575 = llvm.getelementptr %dy_y[%v574] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v576 = llvm.load %v575 : !llvm.ptr -> f32
                %v577 = arith.mulf %v570, %v576 fastmath<contract> : f32
                %v578 = llvm.load %v31 : !llvm.ptr -> f32
                %v579 = llvm.load %v32 : !llvm.ptr -> f32
                %v580 = arith.mulf %v579, %v578 fastmath<contract> : f32
                %v581 = arith.addf %v577, %v580 fastmath<contract> : f32
                llvm.store %v581, %v31 : f32, !llvm.ptr
                scf.if %v558 {
                }
                %v582 = llvm.getelementptr %in_gamma[%v23] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v583 = llvm.load %v582 : !llvm.ptr -> f32
                %v584 = arith.subf %v35, %v583 fastmath<contract> : f32
                %v585 = llvm.load %v31 : !llvm.ptr -> f32
                %v586 = arith.mulf %v375, %v585 fastmath<contract> : f32
                %v587 = arith.muli %v25, %v108 : i64
                %v588 = arith.muli %v23, %size_L : i64
                %v589 = arith.addi %v587, %v588 : i64
                %v590 = arith.addi %v589, %v559 : i64
                %v591 = llvm.getelementptr %in_g_c[%v590] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v592 = llvm.load %v591 : !llvm.ptr -> f32
                %v593 = arith.negf %v592 : f32
                %v594 = arith.mulf %v593, %v116 fastmath<contract> : f32
                %v595 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v594) : (f32) -> f32
                %v596 = arith.addf %v35, %v595 fastmath<contract> : f32
                %v597 = arith.divf %v35, %v596 : f32
                %v598 = arith.mulf %v592, %v597 fastmath<contract> : f32
                %v599 = arith.mulf %v598, %v585 fastmath<contract> : f32
                %v600 = arith.negf %v599 : f32
                %v601 = arith.addf %v586, %v600 fastmath<contract> : f32
                %v602 = arith.mulf %v584, %v601 fastmath<contract> : f32
                %v603 = arith.muli %v25, %v108 : i64
                %v604 = arith.muli %v23, %size_L : i64
                %v605 = arith.addi %v603, %v604 : i64
                %v606 = arith.addi %v605, %v559 : i64
                %v607 = llvm.getelementptr %in_g_f[%v606] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v608 = llvm.load %v607 : !llvm.ptr -> f32
                %v609 = arith.negf %v608 : f32
                %v610 = arith.mulf %v609, %v116 fastmath<contract> : f32
                %v611 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v610) : (f32) -> f32
                %v612 = arith.addf %v35, %v611 fastmath<contract> : f32
                %v613 = arith.divf %v35, %v612 : f32
                %v614 = arith.subf %v35, %v613 fastmath<contract> : f32
                %v615 = arith.mulf %v613, %v614 fastmath<contract> : f32
                %v616 = arith.mulf %v602, %v615 fastmath<contract> : f32
                scf.if %v20 {
                  %v617 = arith.muli %v25, %v108 : i64
                  %v618 = arith.muli %v23, %size_L : i64
                  %v619 = arith.addi %v617, %v618 : i64
                  %v620 = arith.addi %v619, %v559 : i64
                  %v621 = llvm.getelementptr %dx_g_f[%v620] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v616, %v621 : f32, !llvm.ptr
                }
                %v622 = arith.mulf %v584, %v613 fastmath<contract> : f32
                %v623 = arith.addf %v583, %v622 fastmath<contract> : f32
                %v624 = arith.subf %v35, %v623 fastmath<contract> : f32
                %v625 = arith.mulf %v624, %v585 fastmath<contract> : f32
                %v626 = arith.negf %v592 : f32
                %v627 = arith.mulf %v626, %v116 fastmath<contract> : f32
                %v628 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v627) : (f32) -> f32
                %v629 = arith.addf %v35, %v628 fastmath<contract> : f32
                %v630 = arith.divf %v35, %v629 : f32
                %v631 = arith.subf %v35, %v630 fastmath<contract> : f32
                %v632 = arith.mulf %v592, %v631 fastmath<contract> : f32
                %v633 = arith.addf %v35, %v632 fastmath<contract> : f32
                %v634 = arith.mulf %v630, %v633 fastmath<contract> : f32
                %v635 = arith.mulf %v625, %v634 fastmath<contract> : f32
                scf.if %v20 {
                  %v636 = arith.muli %v25, %v108 : i64
                  %v637 = arith.muli %v23, %size_L : i64
                  %v638 = arith.addi %v636, %v637 : i64
                  %v639 = arith.addi %v638, %v559 : i64
                  %v640 = llvm.getelementptr %dx_g_c[%v639] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v635, %v640 : f32, !llvm.ptr
                }
                %v641 = arith.mulf %v411, %v576 fastmath<contract> : f32
                %v642 = arith.subf %v35, %v570 fastmath<contract> : f32
                %v643 = arith.mulf %v570, %v642 fastmath<contract> : f32
                %v644 = arith.mulf %v641, %v643 fastmath<contract> : f32
                scf.if %v20 {
                  %v645 = arith.muli %v25, %v108 : i64
                  %v646 = arith.muli %v23, %size_L : i64
                  %v647 = arith.addi %v645, %v646 : i64
                  %v648 = arith.addi %v647, %v559 : i64
                  %v649 = llvm.getelementptr %dx_g_o[%v648] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v644, %v649 : f32, !llvm.ptr
                }
                %v650 = arith.mulf %v613, %v601 fastmath<contract> : f32
                %v651 = arith.negf %v650 : f32
                %v652 = arith.addf %v601, %v651 fastmath<contract> : f32
                %v653 = llvm.load %v33 : !llvm.ptr -> f32
                %v654 = arith.addf %v653, %v652 fastmath<contract> : f32
                llvm.store %v654, %v33 : f32, !llvm.ptr
                llvm.store %v623, %v32 : f32, !llvm.ptr
                %v655 = arith.addi %v153, %v340 : i64
                %v657 = arith.cmpi slt, %v656, %v448 : i32
                %v658 = arith.cmpi eq, %v656, %v454 : i32
                %v659 = arith.addi %v68, %v655 : i64
                %v660 = arith.muli %v25, %v108 : i64
                %v661 = arith.muli %v23, %size_L : i64
                %v662 = arith.addi %v660, %v661 : i64
                %v663 = arith.addi %v662, %v659 : i64
                %v664 = llvm.getelementptr %in_g_o[%v663] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v665 = llvm.load %v664 : !llvm.ptr -> f32
                %v666 = arith.negf %v665 : f32
                %v667 = arith.mulf %v666, %v116 fastmath<contract> : f32
                %v668 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v667) : (f32) -> f32
                %v669 = arith.addf %v35, %v668 fastmath<contract> : f32
                %v670 = arith.divf %v35, %v669 : f32
                %v671 = arith.muli %v25, %v108 : i64
                %v672 = arith.muli %v23, %size_L : i64
                %v673 = arith.addi %v671, %v672 : i64
                %v674 = arith.addi %v673, %v659 : i64
                %v675 = llvm.getelementptr %dy_y[%v674] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v676 = llvm.load %v675 : !llvm.ptr -> f32
                %v677 = arith.mulf %v670, %v676 fastmath<contract> : f32
                %v678 = llvm.load %v31 : !llvm.ptr -> f32
                %v679 = llvm.load %v32 : !llvm.ptr -> f32
                %v680 = arith.mulf %v679, %v678 fastmath<contract> : f32
                %v681 = arith.addf %v677, %v680 fastmath<contract> : f32
                llvm.store %v681, %v31 : f32, !llvm.ptr
                scf.if %v658 {
                }
                %v682 = llvm.getelementptr %in_gamma[%v23] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v683 = llvm.load %v682 : !llvm.ptr -> f32
                %v684 = arith.subf %v35, %v683 fastmath<contract> : f32
                %v685 = llvm.load %v31 : !llvm.ptr -> f32
                %v686 = arith.mulf %v339, %v685 fastmath<contract> : f32
                %v687 = arith.muli %v25, %v108 : i64
                %v688 = arith.muli %v23, %size_L : i64
                %v689 = arith.addi %v687, %v688 : i64
                %v690 = arith.addi %v689, %v659 : i64
                %v691 = llvm.getelementptr %in_g_c[%v690] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v692 = llvm.load %v691 : !llvm.ptr -> f32
                %v693 = arith.negf %v692 : f32
                %v694 = arith.mulf %v693, %v116 fastmath<contract> : f32
                %v695 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v694) : (f32) -> f32
                %v696 = arith.addf %v35, %v695 fastmath<contract> : f32
                %v697 = arith.divf %v35, %v696 : f32
                %v698 = arith.mulf %v692, %v697 fastmath<contract> : f32
                %v699 = arith.mulf %v698, %v685 fastmath<contract> : f32
                %v700 = arith.negf %v699 : f32
                %v701 = arith.addf %v686, %v700 fastmath<contract> : f32
                %v702 = arith.mulf %v684, %v701 fastmath<contract> : f32
                %v703 = arith.muli %v25, %v108 : i64
                %v704 = arith.muli %v23, %size_L : i64
                %v705 = arith.addi %v703, %v704 : i64
                %v706 = arith.addi %v705, %v659 : i64
                %v707 = llvm.getelementptr %in_g_f[%v706] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v708 = llvm.load %v707 : !llvm.ptr -> f32
                %v709 = arith.negf %v708 : f32
                %v710 = arith.mulf %v709, %v116 fastmath<contract> : f32
                %v711 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v710) : (f32) -> f32
                %v712 = arith.addf %v35, %v711 fastmath<contract> : f32
                %v713 = arith.divf %v35, %v712 : f32
                %v714 = arith.subf %v35, %v713 fastmath<contract> : f32
                %v715 = arith.mulf %v713, %v714 fastmath<contract> : f32
                %v716 = arith.mulf %v702, %v715 fastmath<contract> : f32
                scf.if %v20 {
                  %v717 = arith.muli %v25, %v108 : i64
                  %v718 = arith.muli %v23, %size_L : i64
                  %v719 = arith.addi %v717, %v718 : i64
                  %v720 = arith.addi %v719, %v659 : i64
                  %v721 = llvm.getelementptr %dx_g_f[%v720] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v716, %v721 : f32, !llvm.ptr
                }
                %v722 = arith.mulf %v684, %v713 fastmath<contract> : f32
                %v723 = arith.addf %v683, %v722 fastmath<contract> : f32
                %v724 = arith.subf %v35, %v723 fastmath<contract> : f32
                %v725 = arith.mulf %v724, %v685 fastmath<contract> : f32
                %v726 = arith.negf %v692 : f32
                %v727 = arith.mulf %v726, %v116 fastmath<contract> : f32
                %v728 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v727) : (f32) -> f32
                %v729 = arith.addf %v35, %v728 fastmath<contract> : f32
                %v730 = arith.divf %v35, %v729 : f32
                %v731 = arith.subf %v35, %v730 fastmath<contract> : f32
                %v732 = arith.mulf %v692, %v731 fastmath<contract> : f32
                %v733 = arith.addf %v35, %v732 fastmath<contract> : f32
                %v734 = arith.mulf %v730, %v733 fastmath<contract> : f32
                %v735 = arith.mulf %v725, %v734 fastmath<contract> : f32
                scf.if %v20 {
                  %v736 = arith.muli %v25, %v108 : i64
                  %v737 = arith.muli %v23, %size_L : i64
                  %v738 = arith.addi %v736, %v737 : i64
                  %v739 = arith.addi %v738, %v659 : i64
                  %v740 = llvm.getelementptr %dx_g_c[%v739] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v735, %v740 : f32, !llvm.ptr
                }
                %v741 = arith.mulf %v375, %v676 fastmath<contract> : f32
                %v742 = arith.subf %v35, %v670 fastmath<contract> : f32
                %v743 = arith.mulf %v670, %v742 fastmath<contract> : f32
                %v744 = arith.mulf %v741, %v743 fastmath<contract> : f32
                scf.if %v20 {
                  %v745 = arith.muli %v25, %v108 : i64
                  %v746 = arith.muli %v23, %size_L : i64
                  %v747 = arith.addi %v745, %v746 : i64
                  %v748 = arith.addi %v747, %v659 : i64
                  %v749 = llvm.getelementptr %dx_g_o[%v748] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v744, %v749 : f32, !llvm.ptr
                }
                %v750 = arith.mulf %v713, %v701 fastmath<contract> : f32
                %v751 = arith.negf %v750 : f32
                %v752 = arith.addf %v701, %v751 fastmath<contract> : f32
                %v753 = llvm.load %v33 : !llvm.ptr -> f32
                %v754 = arith.addf %v753, %v752 fastmath<contract> : f32
                llvm.store %v754, %v33 : f32, !llvm.ptr
                llvm.store %v723, %v32 : f32, !llvm.ptr
                %v755 = arith.addi %v153, %v27 : i64
                %v757 = arith.cmpi slt, %v756, %v448 : i32
                %v758 = arith.cmpi eq, %v756, %v454 : i32
                %v759 = arith.addi %v68, %v755 : i64
                %v760 = arith.muli %v25, %v108 : i64
                %v761 = arith.muli %v23, %size_L : i64
                %v762 = arith.addi %v760, %v761 : i64
                %v763 = arith.addi %v762, %v759 : i64
                %v764 = llvm.getelementptr %in_g_o[%v763] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v765 = llvm.load %v764 : !llvm.ptr -> f32
                %v766 = arith.negf %v765 : f32
                %v767 = arith.mulf %v766, %v116 fastmath<contract> : f32
                %v768 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v767) : (f32) -> f32
                %v769 = arith.addf %v35, %v768 fastmath<contract> : f32
                %v770 = arith.divf %v35, %v769 : f32
                %v771 = arith.muli %v25, %v108 : i64
                %v772 = arith.muli %v23, %size_L : i64
                %v773 = arith.addi %v771, %v772 : i64
                %v774 = arith.addi %v773, %v759 : i64
                %v775 = llvm.getelementptr %dy_y[%v774] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v776 = llvm.load %v775 : !llvm.ptr -> f32
                %v777 = arith.mulf %v770, %v776 fastmath<contract> : f32
                %v778 = llvm.load %v31 : !llvm.ptr -> f32
                %v779 = llvm.load %v32 : !llvm.ptr -> f32
                %v780 = arith.mulf %v779, %v778 fastmath<contract> : f32
                %v781 = arith.addf %v777, %v780 fastmath<contract> : f32
                llvm.store %v781, %v31 : f32, !llvm.ptr
                scf.if %v758 {
                }
                %v782 = llvm.getelementptr %in_gamma[%v23] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v783 = llvm.load %v782 : !llvm.ptr -> f32
                %v784 = arith.subf %v35, %v783 fastmath<contract> : f32
                %v785 = llvm.load %v31 : !llvm.ptr -> f32
                %v786 = arith.mulf %v304, %v785 fastmath<contract> : f32
                %v787 = arith.muli %v25, %v108 : i64
                %v788 = arith.muli %v23, %size_L : i64
                %v789 = arith.addi %v787, %v788 : i64
                %v790 = arith.addi %v789, %v759 : i64
                %v791 = llvm.getelementptr %in_g_c[%v790] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v792 = llvm.load %v791 : !llvm.ptr -> f32
                %v793 = arith.negf %v792 : f32
                %v794 = arith.mulf %v793, %v116 fastmath<contract> : f32
                %v795 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v794) : (f32) -> f32
                %v796 = arith.addf %v35, %v795 fastmath<contract> : f32
                %v797 = arith.divf %v35, %v796 : f32
                %v798 = arith.mulf %v792, %v797 fastmath<contract> : f32
                %v799 = arith.mulf %v798, %v785 fastmath<contract> : f32
                %v800 = arith.negf %v799 : f32
                %v801 = arith.addf %v786, %v800 fastmath<contract> : f32
                %v802 = arith.mulf %v784, %v801 fastmath<contract> : f32
                %v803 = arith.muli %v25, %v108 : i64
                %v804 = arith.muli %v23, %size_L : i64
                %v805 = arith.addi %v803, %v804 : i64
                %v806 = arith.addi %v805, %v759 : i64
                %v807 = llvm.getelementptr %in_g_f[%v806] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v808 = llvm.load %v807 : !llvm.ptr -> f32
                %v809 = arith.negf %v808 : f32
                %v810 = arith.mulf %v809, %v116 fastmath<contract> : f32
                %v811 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v810) : (f32) -> f32
                %v812 = arith.addf %v35, %v811 fastmath<contract> : f32
                %v813 = arith.divf %v35, %v812 : f32
                %v814 = arith.subf %v35, %v813 fastmath<contract> : f32
                %v815 = arith.mulf %v813, %v814 fastmath<contract> : f32
                %v816 = arith.mulf %v802, %v815 fastmath<contract> : f32
                scf.if %v20 {
                  %v817 = arith.muli %v25, %v108 : i64
                  %v818 = arith.muli %v23, %size_L : i64
                  %v819 = arith.addi %v817, %v818 : i64
                  %v820 = arith.addi %v819, %v759 : i64
                  %v821 = llvm.getelementptr %dx_g_f[%v820] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v816, %v821 : f32, !llvm.ptr
                }
                %v822 = arith.mulf %v784, %v813 fastmath<contract> : f32
                %v823 = arith.addf %v783, %v822 fastmath<contract> : f32
                %v824 = arith.subf %v35, %v823 fastmath<contract> : f32
                %v825 = arith.mulf %v824, %v785 fastmath<contract> : f32
                %v826 = arith.negf %v792 : f32
                %v827 = arith.mulf %v826, %v116 fastmath<contract> : f32
                %v828 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v827) : (f32) -> f32
                %v829 = arith.addf %v35, %v828 fastmath<contract> : f32
                %v830 = arith.divf %v35, %v829 : f32
                %v831 = arith.subf %v35, %v830 fastmath<contract> : f32
                %v832 = arith.mulf %v792, %v831 fastmath<contract> : f32
                %v833 = arith.addf %v35, %v832 fastmath<contract> : f32
                %v834 = arith.mulf %v830, %v833 fastmath<contract> : f32
                %v835 = arith.mulf %v825, %v834 fastmath<contract> : f32
                scf.if %v20 {
                  %v836 = arith.muli %v25, %v108 : i64
                  %v837 = arith.muli %v23, %size_L : i64
                  %v838 = arith.addi %v836, %v837 : i64
                  %v839 = arith.addi %v838, %v759 : i64
                  %v840 = llvm.getelementptr %dx_g_c[%v839] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v835, %v840 : f32, !llvm.ptr
                }
                %v841 = arith.mulf %v339, %v776 fastmath<contract> : f32
                %v842 = arith.subf %v35, %v770 fastmath<contract> : f32
                %v843 = arith.mulf %v770, %v842 fastmath<contract> : f32
                %v844 = arith.mulf %v841, %v843 fastmath<contract> : f32
                scf.if %v20 {
                  %v845 = arith.muli %v25, %v108 : i64
                  %v846 = arith.muli %v23, %size_L : i64
                  %v847 = arith.addi %v845, %v846 : i64
                  %v848 = arith.addi %v847, %v759 : i64
                  %v849 = llvm.getelementptr %dx_g_o[%v848] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v844, %v849 : f32, !llvm.ptr
                }
                %v850 = arith.mulf %v813, %v801 fastmath<contract> : f32
                %v851 = arith.negf %v850 : f32
                %v852 = arith.addf %v801, %v851 fastmath<contract> : f32
                %v853 = llvm.load %v33 : !llvm.ptr -> f32
                %v854 = arith.addf %v853, %v852 fastmath<contract> : f32
                llvm.store %v854, %v33 : f32, !llvm.ptr
                llvm.store %v823, %v32 : f32, !llvm.ptr
                %v855 = arith.addi %v153, %v269 : i64
                %v857 = arith.cmpi slt, %v856, %v448 : i32
                %v858 = arith.cmpi eq, %v856, %v454 : i32
                %v859 = arith.addi %v68, %v855 : i64
                %v860 = arith.muli %v25, %v108 : i64
                %v861 = arith.muli %v23, %size_L : i64
                %v862 = arith.addi %v860, %v861 : i64
                %v863 = arith.addi %v862, %v859 : i64
                %v864 = llvm.getelementptr %in_g_o[%v863] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v865 = llvm.load %v864 : !llvm.ptr -> f32
                %v866 = arith.negf %v865 : f32
                %v867 = arith.mulf %v866, %v116 fastmath<contract> : f32
                %v868 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v867) : (f32) -> f32
                %v869 = arith.addf %v35, %v868 fastmath<contract> : f32
                %v870 = arith.divf %v35, %v869 : f32
                %v871 = arith.muli %v25, %v108 : i64
                %v872 = arith.muli %v23, %size_L : i64
                %v873 = arith.addi %v871, %v872 : i64
                %v874 = arith.addi %v873, %v859 : i64
                %v875 = llvm.getelementptr %dy_y[%v874] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v876 = llvm.load %v875 : !llvm.ptr -> f32
                %v877 = arith.mulf %v870, %v876 fastmath<contract> : f32
                %v878 = llvm.load %v31 : !llvm.ptr -> f32
                %v879 = llvm.load %v32 : !llvm.ptr -> f32
                %v880 = arith.mulf %v879, %v878 fastmath<contract> : f32
                %v881 = arith.addf %v877, %v880 fastmath<contract> : f32
                llvm.store %v881, %v31 : f32, !llvm.ptr
                scf.if %v858 {
                }
                %v882 = llvm.getelementptr %in_gamma[%v23] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v883 = llvm.load %v882 : !llvm.ptr -> f32
                %v884 = arith.subf %v35, %v883 fastmath<contract> : f32
                %v885 = llvm.load %v31 : !llvm.ptr -> f32
                %v886 = arith.mulf %v268, %v885 fastmath<contract> : f32
                %v887 = arith.muli %v25, %v108 : i64
                %v888 = arith.muli %v23, %size_L : i64
                %v889 = arith.addi %v887, %v888 : i64
                %v890 = arith.addi %v889, %v859 : i64
                %v891 = llvm.getelementptr %in_g_c[%v890] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v892 = llvm.load %v891 : !llvm.ptr -> f32
                %v893 = arith.negf %v892 : f32
                %v894 = arith.mulf %v893, %v116 fastmath<contract> : f32
                %v895 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v894) : (f32) -> f32
                %v896 = arith.addf %v35, %v895 fastmath<contract> : f32
                %v897 = arith.divf %v35, %v896 : f32
                %v898 = arith.mulf %v892, %v897 fastmath<contract> : f32
                %v899 = arith.mulf %v898, %v885 fastmath<contract> : f32
                %v900 = arith.negf %v899 : f32
                %v901 = arith.addf %v886, %v900 fastmath<contract> : f32
                %v902 = arith.mulf %v884, %v901 fastmath<contract> : f32
                %v903 = arith.muli %v25, %v108 : i64
                %v904 = arith.muli %v23, %size_L : i64
                %v905 = arith.addi %v903, %v904 : i64
                %v906 = arith.addi %v905, %v859 : i64
                %v907 = llvm.getelementptr %in_g_f[%v906] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v908 = llvm.load %v907 : !llvm.ptr -> f32
                %v909 = arith.negf %v908 : f32
                %v910 = arith.mulf %v909, %v116 fastmath<contract> : f32
                %v911 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v910) : (f32) -> f32
                %v912 = arith.addf %v35, %v911 fastmath<contract> : f32
                %v913 = arith.divf %v35, %v912 : f32
                %v914 = arith.subf %v35, %v913 fastmath<contract> : f32
                %v915 = arith.mulf %v913, %v914 fastmath<contract> : f32
                %v916 = arith.mulf %v902, %v915 fastmath<contract> : f32
                scf.if %v20 {
                  %v917 = arith.muli %v25, %v108 : i64
                  %v918 = arith.muli %v23, %size_L : i64
                  %v919 = arith.addi %v917, %v918 : i64
                  %v920 = arith.addi %v919, %v859 : i64
                  %v921 = llvm.getelementptr %dx_g_f[%v920] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v916, %v921 : f32, !llvm.ptr
                }
                %v922 = arith.mulf %v884, %v913 fastmath<contract> : f32
                %v923 = arith.addf %v883, %v922 fastmath<contract> : f32
                %v924 = arith.subf %v35, %v923 fastmath<contract> : f32
                %v925 = arith.mulf %v924, %v885 fastmath<contract> : f32
                %v926 = arith.negf %v892 : f32
                %v927 = arith.mulf %v926, %v116 fastmath<contract> : f32
                %v928 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v927) : (f32) -> f32
                %v929 = arith.addf %v35, %v928 fastmath<contract> : f32
                %v930 = arith.divf %v35, %v929 : f32
                %v931 = arith.subf %v35, %v930 fastmath<contract> : f32
                %v932 = arith.mulf %v892, %v931 fastmath<contract> : f32
                %v933 = arith.addf %v35, %v932 fastmath<contract> : f32
                %v934 = arith.mulf %v930, %v933 fastmath<contract> : f32
                %v935 = arith.mulf %v925, %v934 fastmath<contract> : f32
                scf.if %v20 {
                  %v936 = arith.muli %v25, %v108 : i64
                  %v937 = arith.muli %v23, %size_L : i64
                  %v938 = arith.addi %v936, %v937 : i64
                  %v939 = arith.addi %v938, %v859 : i64
                  %v940 = llvm.getelementptr %dx_g_c[%v939] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v935, %v940 : f32, !llvm.ptr
                }
                %v941 = arith.mulf %v304, %v876 fastmath<contract> : f32
                %v942 = arith.subf %v35, %v870 fastmath<contract> : f32
                %v943 = arith.mulf %v870, %v942 fastmath<contract> : f32
                %v944 = arith.mulf %v941, %v943 fastmath<contract> : f32
                scf.if %v20 {
                  %v945 = arith.muli %v25, %v108 : i64
                  %v946 = arith.muli %v23, %size_L : i64
                  %v947 = arith.addi %v945, %v946 : i64
                  %v948 = arith.addi %v947, %v859 : i64
                  %v949 = llvm.getelementptr %dx_g_o[%v948] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v944, %v949 : f32, !llvm.ptr
                }
                %v950 = arith.mulf %v913, %v901 fastmath<contract> : f32
                %v951 = arith.negf %v950 : f32
                %v952 = arith.addf %v901, %v951 fastmath<contract> : f32
                %v953 = llvm.load %v33 : !llvm.ptr -> f32
                %v954 = arith.addf %v953, %v952 fastmath<contract> : f32
                llvm.store %v954, %v33 : f32, !llvm.ptr
                llvm.store %v923, %v32 : f32, !llvm.ptr
                %v955 = arith.addi %v153, %v233 : i64
                %v957 = arith.cmpi slt, %v956, %v448 : i32
                %v958 = arith.cmpi eq, %v956, %v454 : i32
                %v959 = arith.addi %v68, %v955 : i64
                %v960 = arith.muli %v25, %v108 : i64
                %v961 = arith.muli %v23, %size_L : i64
                %v962 = arith.addi %v960, %v961 : i64
                %v963 = arith.addi %v962, %v959 : i64
                %v964 = llvm.getelementptr %in_g_o[%v963] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v965 = llvm.load %v964 : !llvm.ptr -> f32
                %v966 = arith.negf %v965 : f32
                %v967 = arith.mulf %v966, %v116 fastmath<contract> : f32
                %v968 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v967) : (f32) -> f32
                %v969 = arith.addf %v35, %v968 fastmath<contract> : f32
                %v970 = arith.divf %v35, %v969 : f32
                %v971 = arith.muli %v25, %v108 : i64
                %v972 = arith.muli %v23, %size_L : i64
                %v973 = arith.addi %v971, %v972 : i64
                %v974 = arith.addi %v973, %v959 : i64
                %v975 = llvm.getelementptr %dy_y[%v974] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v976 = llvm.load %v975 : !llvm.ptr -> f32
                %v977 = arith.mulf %v970, %v976 fastmath<contract> : f32
                %v978 = llvm.load %v31 : !llvm.ptr -> f32
                %v979 = llvm.load %v32 : !llvm.ptr -> f32
                %v980 = arith.mulf %v979, %v978 fastmath<contract> : f32
                %v981 = arith.addf %v977, %v980 fastmath<contract> : f32
                llvm.store %v981, %v31 : f32, !llvm.ptr
                scf.if %v958 {
                }
                %v982 = llvm.getelementptr %in_gamma[%v23] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v983 = llvm.load %v982 : !llvm.ptr -> f32
                %v984 = arith.subf %v35, %v983 fastmath<contract> : f32
                %v985 = llvm.load %v31 : !llvm.ptr -> f32
                %v986 = arith.mulf %v232, %v985 fastmath<contract> : f32
                %v987 = arith.muli %v25, %v108 : i64
                %v988 = arith.muli %v23, %size_L : i64
                %v989 = arith.addi %v987, %v988 : i64
                %v990 = arith.addi %v989, %v959 : i64
                %v991 = llvm.getelementptr %in_g_c[%v990] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v992 = llvm.load %v991 : !llvm.ptr -> f32
                %v993 = arith.negf %v992 : f32
                %v994 = arith.mulf %v993, %v116 fastmath<contract> : f32
                %v995 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v994) : (f32) -> f32
                %v996 = arith.addf %v35, %v995 fastmath<contract> : f32
                %v997 = arith.divf %v35, %v996 : f32
                %v998 = arith.mulf %v992, %v997 fastmath<contract> : f32
                %v999 = arith.mulf %v998, %v985 fastmath<contract> : f32
                %v1000 = arith.negf %v999 : f32
                %v1001 = arith.addf %v986, %v1000 fastmath<contract> : f32
                %v1002 = arith.mulf %v984, %v1001 fastmath<contract> : f32
                %v1003 = arith.muli %v25, %v108 : i64
                %v1004 = arith.muli %v23, %size_L : i64
                %v1005 = arith.addi %v1003, %v1004 : i64
                %v1006 = arith.addi %v1005, %v959 : i64
                %v1007 = llvm.getelementptr %in_g_f[%v1006] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1008 = llvm.load %v1007 : !llvm.ptr -> f32
                %v1009 = arith.negf %v1008 : f32
                %v1010 = arith.mulf %v1009, %v116 fastmath<contract> : f32
                %v1011 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1010) : (f32) -> f32
                %v1012 = arith.addf %v35, %v1011 fastmath<contract> : f32
                %v1013 = arith.divf %v35, %v1012 : f32
                %v1014 = arith.subf %v35, %v1013 fastmath<contract> : f32
                %v1015 = arith.mulf %v1013, %v1014 fastmath<contract> : f32
                %v1016 = arith.mulf %v1002, %v1015 fastmath<contract> : f32
                scf.if %v20 {
                  %v1017 = arith.muli %v25, %v108 : i64
                  %v1018 = arith.muli %v23, %size_L : i64
                  %v1019 = arith.addi %v1017, %v1018 : i64
                  %v1020 = arith.addi %v1019, %v959 : i64
                  %v1021 = llvm.getelementptr %dx_g_f[%v1020] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1016, %v1021 : f32, !llvm.ptr
                }
                %v1022 = arith.mulf %v984, %v1013 fastmath<contract> : f32
                %v1023 = arith.addf %v983, %v1022 fastmath<contract> : f32
                %v1024 = arith.subf %v35, %v1023 fastmath<contract> : f32
                %v1025 = arith.mulf %v1024, %v985 fastmath<contract> : f32
                %v1026 = arith.negf %v992 : f32
                %v1027 = arith.mulf %v1026, %v116 fastmath<contract> : f32
                %v1028 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1027) : (f32) -> f32
                %v1029 = arith.addf %v35, %v1028 fastmath<contract> : f32
                %v1030 = arith.divf %v35, %v1029 : f32
                %v1031 = arith.subf %v35, %v1030 fastmath<contract> : f32
                %v1032 = arith.mulf %v992, %v1031 fastmath<contract> : f32
                %v1033 = arith.addf %v35, %v1032 fastmath<contract> : f32
                %v1034 = arith.mulf %v1030, %v1033 fastmath<contract> : f32
                %v1035 = arith.mulf %v1025, %v1034 fastmath<contract> : f32
                scf.if %v20 {
                  %v1036 = arith.muli %v25, %v108 : i64
                  %v1037 = arith.muli %v23, %size_L : i64
                  %v1038 = arith.addi %v1036, %v1037 : i64
                  %v1039 = arith.addi %v1038, %v959 : i64
                  %v1040 = llvm.getelementptr %dx_g_c[%v1039] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1035, %v1040 : f32, !llvm.ptr
                }
                %v1041 = arith.mulf %v268, %v976 fastmath<contract> : f32
                %v1042 = arith.subf %v35, %v970 fastmath<contract> : f32
                %v1043 = arith.mulf %v970, %v1042 fastmath<contract> : f32
                %v1044 = arith.mulf %v1041, %v1043 fastmath<contract> : f32
                scf.if %v20 {
                  %v1045 = arith.muli %v25, %v108 : i64
                  %v1046 = arith.muli %v23, %size_L : i64
                  %v1047 = arith.addi %v1045, %v1046 : i64
                  %v1048 = arith.addi %v1047, %v959 : i64
                  %v1049 = llvm.getelementptr %dx_g_o[%v1048] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1044, %v1049 : f32, !llvm.ptr
                }
                %v1050 = arith.mulf %v1013, %v1001 fastmath<contract> : f32
                %v1051 = arith.negf %v1050 : f32
                %v1052 = arith.addf %v1001, %v1051 fastmath<contract> : f32
                %v1053 = llvm.load %v33 : !llvm.ptr -> f32
                %v1054 = arith.addf %v1053, %v1052 fastmath<contract> : f32
                llvm.store %v1054, %v33 : f32, !llvm.ptr
                llvm.store %v1023, %v32 : f32, !llvm.ptr
                %v1055 = arith.addi %v153, %v1 : i64
                %v1057 = arith.cmpi slt, %v1056, %v448 : i32
                %v1058 = arith.cmpi eq, %v1056, %v454 : i32
                %v1059 = arith.addi %v68, %v1055 : i64
                %v1060 = arith.muli %v25, %v108 : i64
                %v1061 = arith.muli %v23, %size_L : i64
                %v1062 = arith.addi %v1060, %v1061 : i64
                %v1063 = arith.addi %v1062, %v1059 : i64
                %v1064 = llvm.getelementptr %in_g_o[%v1063] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1065 = llvm.load %v1064 : !llvm.ptr -> f32
                %v1066 = arith.negf %v1065 : f32
                %v1067 = arith.mulf %v1066, %v116 fastmath<contract> : f32
                %v1068 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1067) : (f32) -> f32
                %v1069 = arith.addf %v35, %v1068 fastmath<contract> : f32
                %v1070 = arith.divf %v35, %v1069 : f32
                %v1071 = arith.muli %v25, %v108 : i64
                %v1072 = arith.muli %v23, %size_L : i64
                %v1073 = arith.addi %v1071, %v1072 : i64
                %v1074 = arith.addi %v1073, %v1059 : i64
                %v1075 = llvm.getelementptr %dy_y[%v1074] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1076 = llvm.load %v1075 : !llvm.ptr -> f32
                %v1077 = arith.mulf %v1070, %v1076 fastmath<contract> : f32
                %v1078 = llvm.load %v31 : !llvm.ptr -> f32
                %v1079 = llvm.load %v32 : !llvm.ptr -> f32
                %v1080 = arith.mulf %v1079, %v1078 fastmath<contract> : f32
                %v1081 = arith.addf %v1077, %v1080 fastmath<contract> : f32
                llvm.store %v1081, %v31 : f32, !llvm.ptr
                scf.if %v1058 {
                }
                %v1082 = llvm.getelementptr %in_gamma[%v23] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1083 = llvm.load %v1082 : !llvm.ptr -> f32
                %v1084 = arith.subf %v35, %v1083 fastmath<contract> : f32
                %v1085 = llvm.load %v31 : !llvm.ptr -> f32
                %v1086 = arith.mulf %v197, %v1085 fastmath<contract> : f32
                %v1087 = arith.muli %v25, %v108 : i64
                %v1088 = arith.muli %v23, %size_L : i64
                %v1089 = arith.addi %v1087, %v1088 : i64
                %v1090 = arith.addi %v1089, %v1059 : i64
                %v1091 = llvm.getelementptr %in_g_c[%v1090] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1092 = llvm.load %v1091 : !llvm.ptr -> f32
                %v1093 = arith.negf %v1092 : f32
                %v1094 = arith.mulf %v1093, %v116 fastmath<contract> : f32
                %v1095 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1094) : (f32) -> f32
                %v1096 = arith.addf %v35, %v1095 fastmath<contract> : f32
                %v1097 = arith.divf %v35, %v1096 : f32
                %v1098 = arith.mulf %v1092, %v1097 fastmath<contract> : f32
                %v1099 = arith.mulf %v1098, %v1085 fastmath<contract> : f32
                %v1100 = arith.negf %v1099 : f32
                %v1101 = arith.addf %v1086, %v1100 fastmath<contract> : f32
                %v1102 = arith.mulf %v1084, %v1101 fastmath<contract> : f32
                %v1103 = arith.muli %v25, %v108 : i64
                %v1104 = arith.muli %v23, %size_L : i64
                %v1105 = arith.addi %v1103, %v1104 : i64
                %v1106 = arith.addi %v1105, %v1059 : i64
                %v1107 = llvm.getelementptr %in_g_f[%v1106] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1108 = llvm.load %v1107 : !llvm.ptr -> f32
                %v1109 = arith.negf %v1108 : f32
                %v1110 = arith.mulf %v1109, %v116 fastmath<contract> : f32
                %v1111 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1110) : (f32) -> f32
                %v1112 = arith.addf %v35, %v1111 fastmath<contract> : f32
                %v1113 = arith.divf %v35, %v1112 : f32
                %v1114 = arith.subf %v35, %v1113 fastmath<contract> : f32
                %v1115 = arith.mulf %v1113, %v1114 fastmath<contract> : f32
                %v1116 = arith.mulf %v1102, %v1115 fastmath<contract> : f32
                scf.if %v20 {
                  %v1117 = arith.muli %v25, %v108 : i64
                  %v1118 = arith.muli %v23, %size_L : i64
                  %v1119 = arith.addi %v1117, %v1118 : i64
                  %v1120 = arith.addi %v1119, %v1059 : i64
                  %v1121 = llvm.getelementptr %dx_g_f[%v1120] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1116, %v1121 : f32, !llvm.ptr
                }
                %v1122 = arith.mulf %v1084, %v1113 fastmath<contract> : f32
                %v1123 = arith.addf %v1083, %v1122 fastmath<contract> : f32
                %v1124 = arith.subf %v35, %v1123 fastmath<contract> : f32
                %v1125 = arith.mulf %v1124, %v1085 fastmath<contract> : f32
                %v1126 = arith.negf %v1092 : f32
                %v1127 = arith.mulf %v1126, %v116 fastmath<contract> : f32
                %v1128 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1127) : (f32) -> f32
                %v1129 = arith.addf %v35, %v1128 fastmath<contract> : f32
                %v1130 = arith.divf %v35, %v1129 : f32
                %v1131 = arith.subf %v35, %v1130 fastmath<contract> : f32
                %v1132 = arith.mulf %v1092, %v1131 fastmath<contract> : f32
                %v1133 = arith.addf %v35, %v1132 fastmath<contract> : f32
                %v1134 = arith.mulf %v1130, %v1133 fastmath<contract> : f32
                %v1135 = arith.mulf %v1125, %v1134 fastmath<contract> : f32
                scf.if %v20 {
                  %v1136 = arith.muli %v25, %v108 : i64
                  %v1137 = arith.muli %v23, %size_L : i64
                  %v1138 = arith.addi %v1136, %v1137 : i64
                  %v1139 = arith.addi %v1138, %v1059 : i64
                  %v1140 = llvm.getelementptr %dx_g_c[%v1139] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1135, %v1140 : f32, !llvm.ptr
                }
                %v1141 = arith.mulf %v232, %v1076 fastmath<contract> : f32
                %v1142 = arith.subf %v35, %v1070 fastmath<contract> : f32
                %v1143 = arith.mulf %v1070, %v1142 fastmath<contract> : f32
                %v1144 = arith.mulf %v1141, %v1143 fastmath<contract> : f32
                scf.if %v20 {
                  %v1145 = arith.muli %v25, %v108 : i64
                  %v1146 = arith.muli %v23, %size_L : i64
                  %v1147 = arith.addi %v1145, %v1146 : i64
                  %v1148 = arith.addi %v1147, %v1059 : i64
                  %v1149 = llvm.getelementptr %dx_g_o[%v1148] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1144, %v1149 : f32, !llvm.ptr
                }
                %v1150 = arith.mulf %v1113, %v1101 fastmath<contract> : f32
                %v1151 = arith.negf %v1150 : f32
                %v1152 = arith.addf %v1101, %v1151 fastmath<contract> : f32
                %v1153 = llvm.load %v33 : !llvm.ptr -> f32
                %v1154 = arith.addf %v1153, %v1152 fastmath<contract> : f32
                llvm.store %v1154, %v33 : f32, !llvm.ptr
                llvm.store %v1123, %v32 : f32, !llvm.ptr
                %v1156 = arith.cmpi slt, %v1155, %v448 : i32
                %v1157 = arith.cmpi eq, %v1155, %v454 : i32
                %v1158 = arith.addi %v68, %v153 : i64
                %v1159 = arith.muli %v25, %v108 : i64
                %v1160 = arith.muli %v23, %size_L : i64
                %v1161 = arith.addi %v1159, %v1160 : i64
                %v1162 = arith.addi %v1161, %v1158 : i64
                %v1163 = llvm.getelementptr %in_g_o[%v1162] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1164 = llvm.load %v1163 : !llvm.ptr -> f32
                %v1165 = arith.negf %v1164 : f32
                %v1166 = arith.mulf %v1165, %v116 fastmath<contract> : f32
                %v1167 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1166) : (f32) -> f32
                %v1168 = arith.addf %v35, %v1167 fastmath<contract> : f32
                %v1169 = arith.divf %v35, %v1168 : f32
                %v1170 = arith.muli %v25, %v108 : i64
                %v1171 = arith.muli %v23, %size_L : i64
                %v1172 = arith.addi %v1170, %v1171 : i64
                %v1173 = arith.addi %v1172, %v1158 : i64
                %v1174 = llvm.getelementptr %dy_y[%v1173] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1175 = llvm.load %v1174 : !llvm.ptr -> f32
                %v1176 = arith.mulf %v1169, %v1175 fastmath<contract> : f32
                %v1177 = llvm.load %v31 : !llvm.ptr -> f32
                %v1178 = llvm.load %v32 : !llvm.ptr -> f32
                %v1179 = arith.mulf %v1178, %v1177 fastmath<contract> : f32
                %v1180 = arith.addf %v1176, %v1179 fastmath<contract> : f32
                llvm.store %v1180, %v31 : f32, !llvm.ptr
                scf.if %v1157 {
                }
                %v1181 = llvm.getelementptr %in_gamma[%v23] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1182 = llvm.load %v1181 : !llvm.ptr -> f32
                %v1183 = arith.subf %v35, %v1182 fastmath<contract> : f32
                %v1184 = llvm.load %v31 : !llvm.ptr -> f32
                %v1185 = arith.mulf %v163, %v1184 fastmath<contract> : f32
                %v1186 = arith.muli %v25, %v108 : i64
                %v1187 = arith.muli %v23, %size_L : i64
                %v1188 = arith.addi %v1186, %v1187 : i64
                %v1189 = arith.addi %v1188, %v1158 : i64
                %v1190 = llvm.getelementptr %in_g_c[%v1189] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1191 = llvm.load %v1190 : !llvm.ptr -> f32
                %v1192 = arith.negf %v1191 : f32
                %v1193 = arith.mulf %v1192, %v116 fastmath<contract> : f32
                %v1194 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1193) : (f32) -> f32
                %v1195 = arith.addf %v35, %v1194 fastmath<contract> : f32
                %v1196 = arith.divf %v35, %v1195 : f32
                %v1197 = arith.mulf %v1191, %v1196 fastmath<contract> : f32
                %v1198 = arith.mulf %v1197, %v1184 fastmath<contract> : f32
                %v1199 = arith.negf %v1198 : f32
                %v1200 = arith.addf %v1185, %v1199 fastmath<contract> : f32
                %v1201 = arith.mulf %v1183, %v1200 fastmath<contract> : f32
                %v1202 = arith.muli %v25, %v108 : i64
                %v1203 = arith.muli %v23, %size_L : i64
                %v1204 = arith.addi %v1202, %v1203 : i64
                %v1205 = arith.addi %v1204, %v1158 : i64
                %v1206 = llvm.getelementptr %in_g_f[%v1205] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1207 = llvm.load %v1206 : !llvm.ptr -> f32
                %v1208 = arith.negf %v1207 : f32
                %v1209 = arith.mulf %v1208, %v116 fastmath<contract> : f32
                %v1210 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1209) : (f32) -> f32
                %v1211 = arith.addf %v35, %v1210 fastmath<contract> : f32
                %v1212 = arith.divf %v35, %v1211 : f32
                %v1213 = arith.subf %v35, %v1212 fastmath<contract> : f32
                %v1214 = arith.mulf %v1212, %v1213 fastmath<contract> : f32
                %v1215 = arith.mulf %v1201, %v1214 fastmath<contract> : f32
                scf.if %v20 {
                  %v1216 = arith.muli %v25, %v108 : i64
                  %v1217 = arith.muli %v23, %size_L : i64
                  %v1218 = arith.addi %v1216, %v1217 : i64
                  %v1219 = arith.addi %v1218, %v1158 : i64
                  %v1220 = llvm.getelementptr %dx_g_f[%v1219] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1215, %v1220 : f32, !llvm.ptr
                }
                %v1221 = arith.mulf %v1183, %v1212 fastmath<contract> : f32
                %v1222 = arith.addf %v1182, %v1221 fastmath<contract> : f32
                %v1223 = arith.subf %v35, %v1222 fastmath<contract> : f32
                %v1224 = arith.mulf %v1223, %v1184 fastmath<contract> : f32
                %v1225 = arith.negf %v1191 : f32
                %v1226 = arith.mulf %v1225, %v116 fastmath<contract> : f32
                %v1227 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1226) : (f32) -> f32
                %v1228 = arith.addf %v35, %v1227 fastmath<contract> : f32
                %v1229 = arith.divf %v35, %v1228 : f32
                %v1230 = arith.subf %v35, %v1229 fastmath<contract> : f32
                %v1231 = arith.mulf %v1191, %v1230 fastmath<contract> : f32
                %v1232 = arith.addf %v35, %v1231 fastmath<contract> : f32
                %v1233 = arith.mulf %v1229, %v1232 fastmath<contract> : f32
                %v1234 = arith.mulf %v1224, %v1233 fastmath<contract> : f32
                scf.if %v20 {
                  %v1235 = arith.muli %v25, %v108 : i64
                  %v1236 = arith.muli %v23, %size_L : i64
                  %v1237 = arith.addi %v1235, %v1236 : i64
                  %v1238 = arith.addi %v1237, %v1158 : i64
                  %v1239 = llvm.getelementptr %dx_g_c[%v1238] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1234, %v1239 : f32, !llvm.ptr
                }
                %v1240 = arith.mulf %v197, %v1175 fastmath<contract> : f32
                %v1241 = arith.subf %v35, %v1169 fastmath<contract> : f32
                %v1242 = arith.mulf %v1169, %v1241 fastmath<contract> : f32
                %v1243 = arith.mulf %v1240, %v1242 fastmath<contract> : f32
                scf.if %v20 {
                  %v1244 = arith.muli %v25, %v108 : i64
                  %v1245 = arith.muli %v23, %size_L : i64
                  %v1246 = arith.addi %v1244, %v1245 : i64
                  %v1247 = arith.addi %v1246, %v1158 : i64
                  %v1248 = llvm.getelementptr %dx_g_o[%v1247] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1243, %v1248 : f32, !llvm.ptr
                }
                %v1249 = arith.mulf %v1212, %v1200 fastmath<contract> : f32
                %v1250 = arith.negf %v1249 : f32
                %v1251 = arith.addf %v1200, %v1250 fastmath<contract> : f32
                %v1252 = llvm.load %v33 : !llvm.ptr -> f32
                %v1253 = arith.addf %v1252, %v1251 fastmath<contract> : f32
                llvm.store %v1253, %v33 : f32, !llvm.ptr
                llvm.store %v1222, %v32 : f32, !llvm.ptr
              } else {
                %v1254 = arith.subi %v70, %v1 : i64
                %v1255 = arith.muli %v154, %v2 : i64
                %v1256 = arith.subi %v2, %v1 : i64
                %v1257 = arith.minsi %v19, %v1256 : i64
                %v1258 = arith.addi %v1255, %v1257 : i64
                %v1259 = llvm.getelementptr %scratch_h[%v1258] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1260 = llvm.load %v1259 : !llvm.ptr -> f32
                // the group's states, recomputed into registers
                %v1261 = arith.minsi %v153, %v1254 : i64
                %v1262 = arith.addi %v68, %v1261 : i64
                %v1263 = llvm.getelementptr %in_gamma[%v23] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1264 = llvm.load %v1263 : !llvm.ptr -> f32
                %v1265 = arith.subf %v35, %v1264 fastmath<contract> : f32
                %v1266 = arith.muli %v25, %v108 : i64
                %v1267 = arith.muli %v23, %size_L : i64
                %v1268 = arith.addi %v1266, %v1267 : i64
                %v1269 = arith.addi %v1268, %v1262 : i64
                %v1270 = llvm.getelementptr %in_g_f[%v1269] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1271 = llvm.load %v1270 : !llvm.ptr -> f32
                %v1272 = arith.negf %v1271 : f32
                %v1273 = arith.mulf %v1272, %v116 fastmath<contract> : f32
                %v1274 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1273) : (f32) -> f32
                %v1275 = arith.addf %v35, %v1274 fastmath<contract> : f32
                %v1276 = arith.divf %v35, %v1275 : f32
                %v1277 = arith.mulf %v1265, %v1276 fastmath<contract> : f32
                %v1278 = arith.addf %v1264, %v1277 fastmath<contract> : f32
                %v1279 = arith.subf %v35, %v1278 fastmath<contract> : f32
                %v1280 = arith.muli %v25, %v108 : i64
                %v1281 = arith.muli %v23, %size_L : i64
                %v1282 = arith.addi %v1280, %v1281 : i64
                %v1283 = arith.addi %v1282, %v1262 : i64
                %v1284 = llvm.getelementptr %in_g_c[%v1283] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1285 = llvm.load %v1284 : !llvm.ptr -> f32
                %v1286 = arith.negf %v1285 : f32
                %v1287 = arith.mulf %v1286, %v116 fastmath<contract> : f32
                %v1288 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1287) : (f32) -> f32
                %v1289 = arith.addf %v35, %v1288 fastmath<contract> : f32
                %v1290 = arith.divf %v35, %v1289 : f32
                %v1291 = arith.mulf %v1285, %v1290 fastmath<contract> : f32
                %v1292 = arith.mulf %v1279, %v1291 fastmath<contract> : f32
                %v1293 = arith.mulf %v1278, %v1260 fastmath<contract> : f32
                %v1294 = arith.addf %v1293, %v1292 fastmath<contract> : f32
                %v1295 = arith.addi %v153, %v1 : i64
                %v1296 = arith.minsi %v1295, %v1254 : i64
                %v1297 = arith.addi %v68, %v1296 : i64
                %v1298 = llvm.getelementptr %in_gamma[%v23] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1299 = llvm.load %v1298 : !llvm.ptr -> f32
                %v1300 = arith.subf %v35, %v1299 fastmath<contract> : f32
                %v1301 = arith.muli %v25, %v108 : i64
                %v1302 = arith.muli %v23, %size_L : i64
                %v1303 = arith.addi %v1301, %v1302 : i64
                %v1304 = arith.addi %v1303, %v1297 : i64
                %v1305 = llvm.getelementptr %in_g_f[%v1304] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1306 = llvm.load %v1305 : !llvm.ptr -> f32
                %v1307 = arith.negf %v1306 : f32
                %v1308 = arith.mulf %v1307, %v116 fastmath<contract> : f32
                %v1309 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1308) : (f32) -> f32
                %v1310 = arith.addf %v35, %v1309 fastmath<contract> : f32
                %v1311 = arith.divf %v35, %v1310 : f32
                %v1312 = arith.mulf %v1300, %v1311 fastmath<contract> : f32
                %v1313 = arith.addf %v1299, %v1312 fastmath<contract> : f32
                %v1314 = arith.subf %v35, %v1313 fastmath<contract> : f32
                %v1315 = arith.muli %v25, %v108 : i64
                %v1316 = arith.muli %v23, %size_L : i64
                %v1317 = arith.addi %v1315, %v1316 : i64
                %v1318 = arith.addi %v1317, %v1297 : i64
                %v1319 = llvm.getelementptr %in_g_c[%v1318] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1320 = llvm.load %v1319 : !llvm.ptr -> f32
                %v1321 = arith.negf %v1320 : f32
                %v1322 = arith.mulf %v1321, %v116 fastmath<contract> : f32
                %v1323 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1322) : (f32) -> f32
                %v1324 = arith.addf %v35, %v1323 fastmath<contract> : f32
                %v1325 = arith.divf %v35, %v1324 : f32
                %v1326 = arith.mulf %v1320, %v1325 fastmath<contract> : f32
                %v1327 = arith.mulf %v1314, %v1326 fastmath<contract> : f32
                %v1328 = arith.mulf %v1313, %v1294 fastmath<contract> : f32
                %v1329 = arith.addf %v1328, %v1327 fastmath<contract> : f32
                %v1330 = arith.addi %v153, %v233 : i64
                %v1331 = arith.minsi %v1330, %v1254 : i64
                %v1332 = arith.addi %v68, %v1331 : i64
                %v1333 = llvm.getelementptr %in_gamma[%v23] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1334 = llvm.load %v1333 : !llvm.ptr -> f32
                %v1335 = arith.subf %v35, %v1334 fastmath<contract> : f32
                %v1336 = arith.muli %v25, %v108 : i64
                %v1337 = arith.muli %v23, %size_L : i64
                %v1338 = arith.addi %v1336, %v1337 : i64
                %v1339 = arith.addi %v1338, %v1332 : i64
                %v1340 = llvm.getelementptr %in_g_f[%v1339] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1341 = llvm.load %v1340 : !llvm.ptr -> f32
                %v1342 = arith.negf %v1341 : f32
                %v1343 = arith.mulf %v1342, %v116 fastmath<contract> : f32
                %v1344 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1343) : (f32) -> f32
                %v1345 = arith.addf %v35, %v1344 fastmath<contract> : f32
                %v1346 = arith.divf %v35, %v1345 : f32
                %v1347 = arith.mulf %v1335, %v1346 fastmath<contract> : f32
                %v1348 = arith.addf %v1334, %v1347 fastmath<contract> : f32
                %v1349 = arith.subf %v35, %v1348 fastmath<contract> : f32
                %v1350 = arith.muli %v25, %v108 : i64
                %v1351 = arith.muli %v23, %size_L : i64
                %v1352 = arith.addi %v1350, %v1351 : i64
                %v1353 = arith.addi %v1352, %v1332 : i64
                %v1354 = llvm.getelementptr %in_g_c[%v1353] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1355 = llvm.load %v1354 : !llvm.ptr -> f32
                %v1356 = arith.negf %v1355 : f32
                %v1357 = arith.mulf %v1356, %v116 fastmath<contract> : f32
                %v1358 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1357) : (f32) -> f32
                %v1359 = arith.addf %v35, %v1358 fastmath<contract> : f32
                %v1360 = arith.divf %v35, %v1359 : f32
                %v1361 = arith.mulf %v1355, %v1360 fastmath<contract> : f32
                %v1362 = arith.mulf %v1349, %v1361 fastmath<contract> : f32
                %v1363 = arith.mulf %v1348, %v1329 fastmath<contract> : f32
                %v1364 = arith.addf %v1363, %v1362 fastmath<contract> : f32
                %v1365 = arith.addi %v153, %v269 : i64
                %v1366 = arith.minsi %v1365, %v1254 : i64
                %v1367 = arith.addi %v68, %v1366 : i64
                %v1368 = llvm.getelementptr %in_gamma[%v23] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1369 = llvm.load %v1368 : !llvm.ptr -> f32
                %v1370 = arith.subf %v35, %v1369 fastmath<contract> : f32
                %v1371 = arith.muli %v25, %v108 : i64
                %v1372 = arith.muli %v23, %size_L : i64
                %v1373 = arith.addi %v1371, %v1372 : i64
                %v1374 = arith.addi %v1373, %v1367 : i64
                %v1375 = llvm.getelementptr %in_g_f[%v1374] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1376 = llvm.load %v1375 : !llvm.ptr -> f32
                %v1377 = arith.negf %v1376 : f32
                %v1378 = arith.mulf %v1377, %v116 fastmath<contract> : f32
                %v1379 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1378) : (f32) -> f32
                %v1380 = arith.addf %v35, %v1379 fastmath<contract> : f32
                %v1381 = arith.divf %v35, %v1380 : f32
                %v1382 = arith.mulf %v1370, %v1381 fastmath<contract> : f32
                %v1383 = arith.addf %v1369, %v1382 fastmath<contract> : f32
                %v1384 = arith.subf %v35, %v1383 fastmath<contract> : f32
                %v1385 = arith.muli %v25, %v108 : i64
                %v1386 = arith.muli %v23, %size_L : i64
                %v1387 = arith.addi %v1385, %v1386 : i64
                %v1388 = arith.addi %v1387, %v1367 : i64
                %v1389 = llvm.getelementptr %in_g_c[%v1388] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1390 = llvm.load %v1389 : !llvm.ptr -> f32
                %v1391 = arith.negf %v1390 : f32
                %v1392 = arith.mulf %v1391, %v116 fastmath<contract> : f32
                %v1393 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1392) : (f32) -> f32
                %v1394 = arith.addf %v35, %v1393 fastmath<contract> : f32
                %v1395 = arith.divf %v35, %v1394 : f32
                %v1396 = arith.mulf %v1390, %v1395 fastmath<contract> : f32
                %v1397 = arith.mulf %v1384, %v1396 fastmath<contract> : f32
                %v1398 = arith.mulf %v1383, %v1364 fastmath<contract> : f32
                %v1399 = arith.addf %v1398, %v1397 fastmath<contract> : f32
                %v1400 = arith.addi %v153, %v27 : i64
                %v1401 = arith.minsi %v1400, %v1254 : i64
                %v1402 = arith.addi %v68, %v1401 : i64
                %v1403 = llvm.getelementptr %in_gamma[%v23] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1404 = llvm.load %v1403 : !llvm.ptr -> f32
                %v1405 = arith.subf %v35, %v1404 fastmath<contract> : f32
                %v1406 = arith.muli %v25, %v108 : i64
                %v1407 = arith.muli %v23, %size_L : i64
                %v1408 = arith.addi %v1406, %v1407 : i64
                %v1409 = arith.addi %v1408, %v1402 : i64
                %v1410 = llvm.getelementptr %in_g_f[%v1409] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1411 = llvm.load %v1410 : !llvm.ptr -> f32
                %v1412 = arith.negf %v1411 : f32
                %v1413 = arith.mulf %v1412, %v116 fastmath<contract> : f32
                %v1414 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1413) : (f32) -> f32
                %v1415 = arith.addf %v35, %v1414 fastmath<contract> : f32
                %v1416 = arith.divf %v35, %v1415 : f32
                %v1417 = arith.mulf %v1405, %v1416 fastmath<contract> : f32
                %v1418 = arith.addf %v1404, %v1417 fastmath<contract> : f32
                %v1419 = arith.subf %v35, %v1418 fastmath<contract> : f32
                %v1420 = arith.muli %v25, %v108 : i64
                %v1421 = arith.muli %v23, %size_L : i64
                %v1422 = arith.addi %v1420, %v1421 : i64
                %v1423 = arith.addi %v1422, %v1402 : i64
                %v1424 = llvm.getelementptr %in_g_c[%v1423] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1425 = llvm.load %v1424 : !llvm.ptr -> f32
                %v1426 = arith.negf %v1425 : f32
                %v1427 = arith.mulf %v1426, %v116 fastmath<contract> : f32
                %v1428 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1427) : (f32) -> f32
                %v1429 = arith.addf %v35, %v1428 fastmath<contract> : f32
                %v1430 = arith.divf %v35, %v1429 : f32
                %v1431 = arith.mulf %v1425, %v1430 fastmath<contract> : f32
                %v1432 = arith.mulf %v1419, %v1431 fastmath<contract> : f32
                %v1433 = arith.mulf %v1418, %v1399 fastmath<contract> : f32
                %v1434 = arith.addf %v1433, %v1432 fastmath<contract> : f32
                %v1435 = arith.addi %v153, %v340 : i64
                %v1436 = arith.minsi %v1435, %v1254 : i64
                %v1437 = arith.addi %v68, %v1436 : i64
                %v1438 = llvm.getelementptr %in_gamma[%v23] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1439 = llvm.load %v1438 : !llvm.ptr -> f32
                %v1440 = arith.subf %v35, %v1439 fastmath<contract> : f32
                %v1441 = arith.muli %v25, %v108 : i64
                %v1442 = arith.muli %v23, %size_L : i64
                %v1443 = arith.addi %v1441, %v1442 : i64
                %v1444 = arith.addi %v1443, %v1437 : i64
                %v1445 = llvm.getelementptr %in_g_f[%v1444] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1446 = llvm.load %v1445 : !llvm.ptr -> f32
                %v1447 = arith.negf %v1446 : f32
                %v1448 = arith.mulf %v1447, %v116 fastmath<contract> : f32
                %v1449 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1448) : (f32) -> f32
                %v1450 = arith.addf %v35, %v1449 fastmath<contract> : f32
                %v1451 = arith.divf %v35, %v1450 : f32
                %v1452 = arith.mulf %v1440, %v1451 fastmath<contract> : f32
                %v1453 = arith.addf %v1439, %v1452 fastmath<contract> : f32
                %v1454 = arith.subf %v35, %v1453 fastmath<contract> : f32
                %v1455 = arith.muli %v25, %v108 : i64
                %v1456 = arith.muli %v23, %size_L : i64
                %v1457 = arith.addi %v1455, %v1456 : i64
                %v1458 = arith.addi %v1457, %v1437 : i64
                %v1459 = llvm.getelementptr %in_g_c[%v1458] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1460 = llvm.load %v1459 : !llvm.ptr -> f32
                %v1461 = arith.negf %v1460 : f32
                %v1462 = arith.mulf %v1461, %v116 fastmath<contract> : f32
                %v1463 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1462) : (f32) -> f32
                %v1464 = arith.addf %v35, %v1463 fastmath<contract> : f32
                %v1465 = arith.divf %v35, %v1464 : f32
                %v1466 = arith.mulf %v1460, %v1465 fastmath<contract> : f32
                %v1467 = arith.mulf %v1454, %v1466 fastmath<contract> : f32
                %v1468 = arith.mulf %v1453, %v1434 fastmath<contract> : f32
                %v1469 = arith.addf %v1468, %v1467 fastmath<contract> : f32
                %v1470 = arith.addi %v153, %v376 : i64
                %v1471 = arith.minsi %v1470, %v1254 : i64
                %v1472 = arith.addi %v68, %v1471 : i64
                %v1473 = llvm.getelementptr %in_gamma[%v23] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1474 = llvm.load %v1473 : !llvm.ptr -> f32
                %v1475 = arith.subf %v35, %v1474 fastmath<contract> : f32
                %v1476 = arith.muli %v25, %v108 : i64
                %v1477 = arith.muli %v23, %size_L : i64
                %v1478 = arith.addi %v1476, %v1477 : i64
                %v1479 = arith.addi %v1478, %v1472 : i64
                %v1480 = llvm.getelementptr %in_g_f[%v1479] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1481 = llvm.load %v1480 : !llvm.ptr -> f32
                %v1482 = arith.negf %v1481 : f32
                %v1483 = arith.mulf %v1482, %v116 fastmath<contract> : f32
                %v1484 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1483) : (f32) -> f32
                %v1485 = arith.addf %v35, %v1484 fastmath<contract> : f32
                %v1486 = arith.divf %v35, %v1485 : f32
                %v1487 = arith.mulf %v1475, %v1486 fastmath<contract> : f32
                %v1488 = arith.addf %v1474, %v1487 fastmath<contract> : f32
                %v1489 = arith.subf %v35, %v1488 fastmath<contract> : f32
                %v1490 = arith.muli %v25, %v108 : i64
                %v1491 = arith.muli %v23, %size_L : i64
                %v1492 = arith.addi %v1490, %v1491 : i64
                %v1493 = arith.addi %v1492, %v1472 : i64
                %v1494 = llvm.getelementptr %in_g_c[%v1493] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1495 = llvm.load %v1494 : !llvm.ptr -> f32
                %v1496 = arith.negf %v1495 : f32
                %v1497 = arith.mulf %v1496, %v116 fastmath<contract> : f32
                %v1498 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1497) : (f32) -> f32
                %v1499 = arith.addf %v35, %v1498 fastmath<contract> : f32
                %v1500 = arith.divf %v35, %v1499 : f32
                %v1501 = arith.mulf %v1495, %v1500 fastmath<contract> : f32
                %v1502 = arith.mulf %v1489, %v1501 fastmath<contract> : f32
                %v1503 = arith.mulf %v1488, %v1469 fastmath<contract> : f32
                %v1504 = arith.addf %v1503, %v1502 fastmath<contract> : f32
                %v1505 = arith.addi %v153, %v53 : i64
                %v1506 = arith.minsi %v1505, %v1254 : i64
                %v1507 = arith.addi %v68, %v1506 : i64
                %v1508 = llvm.getelementptr %in_gamma[%v23] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1509 = llvm.load %v1508 : !llvm.ptr -> f32
                %v1510 = arith.subf %v35, %v1509 fastmath<contract> : f32
                %v1511 = arith.muli %v25, %v108 : i64
                %v1512 = arith.muli %v23, %size_L : i64
                %v1513 = arith.addi %v1511, %v1512 : i64
                %v1514 = arith.addi %v1513, %v1507 : i64
                %v1515 = llvm.getelementptr %in_g_f[%v1514] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1516 = llvm.load %v1515 : !llvm.ptr -> f32
                %v1517 = arith.negf %v1516 : f32
                %v1518 = arith.mulf %v1517, %v116 fastmath<contract> : f32
                %v1519 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1518) : (f32) -> f32
                %v1520 = arith.addf %v35, %v1519 fastmath<contract> : f32
                %v1521 = arith.divf %v35, %v1520 : f32
                %v1522 = arith.mulf %v1510, %v1521 fastmath<contract> : f32
                %v1523 = arith.addf %v1509, %v1522 fastmath<contract> : f32
                %v1524 = arith.subf %v35, %v1523 fastmath<contract> : f32
                %v1525 = arith.muli %v25, %v108 : i64
                %v1526 = arith.muli %v23, %size_L : i64
                %v1527 = arith.addi %v1525, %v1526 : i64
                %v1528 = arith.addi %v1527, %v1507 : i64
                %v1529 = llvm.getelementptr %in_g_c[%v1528] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1530 = llvm.load %v1529 : !llvm.ptr -> f32
                %v1531 = arith.negf %v1530 : f32
                %v1532 = arith.mulf %v1531, %v116 fastmath<contract> : f32
                %v1533 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1532) : (f32) -> f32
                %v1534 = arith.addf %v35, %v1533 fastmath<contract> : f32
                %v1535 = arith.divf %v35, %v1534 : f32
                %v1536 = arith.mulf %v1530, %v1535 fastmath<contract> : f32
                %v1537 = arith.mulf %v1524, %v1536 fastmath<contract> : f32
                %v1538 = arith.mulf %v1523, %v1504 fastmath<contract> : f32
                %v1539 = arith.addf %v1538, %v1537 fastmath<contract> : f32
                %v1540 = arith.subi %v70, %v153 : i64
                %v1541 = arith.trunci %v1540 : i64 to i32
                %v1542 = arith.subi %size_L, %v1 : i64
                %v1543 = arith.addi %v68, %v153 : i64
                %v1544 = arith.subi %v1542, %v1543 : i64
                %v1545 = arith.minsi %v1544, %v452 : i64
                %v1546 = arith.trunci %v1545 : i64 to i32
                %v1547 = arith.addi %v153, %v53 : i64
                %v1548 = arith.cmpi slt, %v456, %v1541 : i32
                %v1549 = arith.cmpi eq, %v456, %v1546 : i32
                scf.if %v1548 {
                  %v1550 = arith.addi %v68, %v1547 : i64
                  %v1551 = arith.muli %v25, %v108 : i64
                  %v1552 = arith.muli %v23, %size_L : i64
                  %v1553 = arith.addi %v1551, %v1552 : i64
                  %v1554 = arith.addi %v1553, %v1550 : i64
                  %v1555 = llvm.getelementptr %in_g_o[%v1554] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1556 = llvm.load %v1555 : !llvm.ptr -> f32
                  %v1557 = arith.negf %v1556 : f32
                  %v1558 = arith.mulf %v1557, %v116 fastmath<contract> : f32
                  %v1559 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1558) : (f32) -> f32
                  %v1560 = arith.addf %v35, %v1559 fastmath<contract> : f32
                  %v1561 = arith.divf %v35, %v1560 : f32
                  %v1562 = arith.muli %v25, %v108 : i64
                  %v1563 = arith.muli %v23, %size_L : i64
                  %v1564 = arith.addi %v1562, %v1563 : i64
                  %v1565 = arith.addi %v1564, %v1550 : i64
                  %v1566 = llvm.getelementptr %dy_y[%v1565] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1567 = llvm.load %v1566 : !llvm.ptr -> f32
                  %v1568 = arith.mulf %v1561, %v1567 fastmath<contract> : f32
                  %v1569 = llvm.load %v31 : !llvm.ptr -> f32
                  %v1570 = llvm.load %v32 : !llvm.ptr -> f32
                  %v1571 = arith.mulf %v1570, %v1569 fastmath<contract> : f32
                  %v1572 = arith.addf %v1568, %v1571 fastmath<contract> : f32
                  llvm.store %v1572, %v31 : f32, !llvm.ptr
                  scf.if %v1549 {
                  }
                  %v1573 = llvm.getelementptr %in_gamma[%v23] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1574 = llvm.load %v1573 : !llvm.ptr -> f32
                  %v1575 = arith.subf %v35, %v1574 fastmath<contract> : f32
                  %v1576 = llvm.load %v31 : !llvm.ptr -> f32
                  %v1577 = arith.mulf %v1504, %v1576 fastmath<contract> : f32
                  %v1578 = arith.muli %v25, %v108 : i64
                  %v1579 = arith.muli %v23, %size_L : i64
                  %v1580 = arith.addi %v1578, %v1579 : i64
                  %v1581 = arith.addi %v1580, %v1550 : i64
                  %v1582 = llvm.getelementptr %in_g_c[%v1581] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1583 = llvm.load %v1582 : !llvm.ptr -> f32
                  %v1584 = arith.negf %v1583 : f32
                  %v1585 = arith.mulf %v1584, %v116 fastmath<contract> : f32
                  %v1586 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1585) : (f32) -> f32
                  %v1587 = arith.addf %v35, %v1586 fastmath<contract> : f32
                  %v1588 = arith.divf %v35, %v1587 : f32
                  %v1589 = arith.mulf %v1583, %v1588 fastmath<contract> : f32
                  %v1590 = arith.mulf %v1589, %v1576 fastmath<contract> : f32
                  %v1591 = arith.negf %v1590 : f32
                  %v1592 = arith.addf %v1577, %v1591 fastmath<contract> : f32
                  %v1593 = arith.mulf %v1575, %v1592 fastmath<contract> : f32
                  %v1594 = arith.muli %v25, %v108 : i64
                  %v1595 = arith.muli %v23, %size_L : i64
                  %v1596 = arith.addi %v1594, %v1595 : i64
                  %v1597 = arith.addi %v1596, %v1550 : i64
                  %v1598 = llvm.getelementptr %in_g_f[%v1597] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1599 = llvm.load %v1598 : !llvm.ptr -> f32
                  %v1600 = arith.negf %v1599 : f32
                  %v1601 = arith.mulf %v1600, %v116 fastmath<contract> : f32
                  %v1602 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1601) : (f32) -> f32
                  %v1603 = arith.addf %v35, %v1602 fastmath<contract> : f32
                  %v1604 = arith.divf %v35, %v1603 : f32
                  %v1605 = arith.subf %v35, %v1604 fastmath<contract> : f32
                  %v1606 = arith.mulf %v1604, %v1605 fastmath<contract> : f32
                  %v1607 = arith.mulf %v1593, %v1606 fastmath<contract> : f32
                  scf.if %v20 {
                    %v1608 = arith.muli %v25, %v108 : i64
                    %v1609 = arith.muli %v23, %size_L : i64
                    %v1610 = arith.addi %v1608, %v1609 : i64
                    %v1611 = arith.addi %v1610, %v1550 : i64
                    %v1612 = llvm.getelementptr %dx_g_f[%v1611] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v1607, %v1612 : f32, !llvm.ptr
                  }
                  %v1613 = arith.mulf %v1575, %v1604 fastmath<contract> : f32
                  %v1614 = arith.addf %v1574, %v1613 fastmath<contract> : f32
                  %v1615 = arith.subf %v35, %v1614 fastmath<contract> : f32
                  %v1616 = arith.mulf %v1615, %v1576 fastmath<contract> : f32
                  %v1617 = arith.negf %v1583 : f32
                  %v1618 = arith.mulf %v1617, %v116 fastmath<contract> : f32
                  %v1619 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1618) : (f32) -> f32
                  %v1620 = arith.addf %v35, %v1619 fastmath<contract> : f32
                  %v1621 = arith.divf %v35, %v1620 : f32
                  %v1622 = arith.subf %v35, %v1621 fastmath<contract> : f32
                  %v1623 = arith.mulf %v1583, %v1622 fastmath<contract> : f32
                  %v1624 = arith.addf %v35, %v1623 fastmath<contract> : f32
                  %v1625 = arith.mulf %v1621, %v1624 fastmath<contract> : f32
                  %v1626 = arith.mulf %v1616, %v1625 fastmath<contract> : f32
                  scf.if %v20 {
                    %v1627 = arith.muli %v25, %v108 : i64
                    %v1628 = arith.muli %v23, %size_L : i64
                    %v1629 = arith.addi %v1627, %v1628 : i64
                    %v1630 = arith.addi %v1629, %v1550 : i64
                    %v1631 = llvm.getelementptr %dx_g_c[%v1630] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v1626, %v1631 : f32, !llvm.ptr
                  }
                  %v1632 = arith.mulf %v1539, %v1567 fastmath<contract> : f32
                  %v1633 = arith.subf %v35, %v1561 fastmath<contract> : f32
                  %v1634 = arith.mulf %v1561, %v1633 fastmath<contract> : f32
                  %v1635 = arith.mulf %v1632, %v1634 fastmath<contract> : f32
                  scf.if %v20 {
                    %v1636 = arith.muli %v25, %v108 : i64
                    %v1637 = arith.muli %v23, %size_L : i64
                    %v1638 = arith.addi %v1636, %v1637 : i64
                    %v1639 = arith.addi %v1638, %v1550 : i64
                    %v1640 = llvm.getelementptr %dx_g_o[%v1639] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v1635, %v1640 : f32, !llvm.ptr
                  }
                  %v1641 = arith.mulf %v1604, %v1592 fastmath<contract> : f32
                  %v1642 = arith.negf %v1641 : f32
                  %v1643 = arith.addf %v1592, %v1642 fastmath<contract> : f32
                  %v1644 = llvm.load %v33 : !llvm.ptr -> f32
                  %v1645 = arith.addf %v1644, %v1643 fastmath<contract> : f32
                  llvm.store %v1645, %v33 : f32, !llvm.ptr
                  llvm.store %v1614, %v32 : f32, !llvm.ptr
                }
                %v1646 = arith.addi %v153, %v376 : i64
                %v1647 = arith.cmpi slt, %v556, %v1541 : i32
                %v1648 = arith.cmpi eq, %v556, %v1546 : i32
                scf.if %v1647 {
                  %v1649 = arith.addi %v68, %v1646 : i64
                  %v1650 = arith.muli %v25, %v108 : i64
                  %v1651 = arith.muli %v23, %size_L : i64
                  %v1652 = arith.addi %v1650, %v1651 : i64
                  %v1653 = arith.addi %v1652, %v1649 : i64
                  %v1654 = llvm.getelementptr %in_g_o[%v1653] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1655 = llvm.load %v1654 : !llvm.ptr -> f32
                  %v1656 = arith.negf %v1655 : f32
                  %v1657 = arith.mulf %v1656, %v116 fastmath<contract> : f32
                  %v1658 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1657) : (f32) -> f32
                  %v1659 = arith.addf %v35, %v1658 fastmath<contract> : f32
                  %v1660 = arith.divf %v35, %v1659 : f32
                  %v1661 = arith.muli %v25, %v108 : i64
                  %v1662 = arith.muli %v23, %size_L : i64
                  %v1663 = arith.addi %v1661, %v1662 : i64
                  %v1664 = arith.addi %v1663, %v1649 : i64
                  %v1665 = llvm.getelementptr %dy_y[%v1664] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1666 = llvm.load %v1665 : !llvm.ptr -> f32
                  %v1667 = arith.mulf %v1660, %v1666 fastmath<contract> : f32
                  %v1668 = llvm.load %v31 : !llvm.ptr -> f32
                  %v1669 = llvm.load %v32 : !llvm.ptr -> f32
                  %v1670 = arith.mulf %v1669, %v1668 fastmath<contract> : f32
                  %v1671 = arith.addf %v1667, %v1670 fastmath<contract> : f32
                  llvm.store %v1671, %v31 : f32, !llvm.ptr
                  scf.if %v1648 {
                  }
                  %v1672 = llvm.getelementptr %in_gamma[%v23] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1673 = llvm.load %v1672 : !llvm.ptr -> f32
                  %v1674 = arith.subf %v35, %v1673 fastmath<contract> : f32
                  %v1675 = llvm.load %v31 : !llvm.ptr -> f32
                  %v1676 = arith.mulf %v1469, %v1675 fastmath<contract> : f32
                  %v1677 = arith.muli %v25, %v108 : i64
                  %v1678 = arith.muli %v23, %size_L : i64
                  %v1679 = arith.addi %v1677, %v1678 : i64
                  %v1680 = arith.addi %v1679, %v1649 : i64
                  %v1681 = llvm.getelementptr %in_g_c[%v1680] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1682 = llvm.load %v1681 : !llvm.ptr -> f32
                  %v1683 = arith.negf %v1682 : f32
                  %v1684 = arith.mulf %v1683, %v116 fastmath<contract> : f32
                  %v1685 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1684) : (f32) -> f32
                  %v1686 = arith.addf %v35, %v1685 fastmath<contract> : f32
                  %v1687 = arith.divf %v35, %v1686 : f32
                  %v1688 = arith.mulf %v1682, %v1687 fastmath<contract> : f32
                  %v1689 = arith.mulf %v1688, %v1675 fastmath<contract> : f32
                  %v1690 = arith.negf %v1689 : f32
                  %v1691 = arith.addf %v1676, %v1690 fastmath<contract> : f32
                  %v1692 = arith.mulf %v1674, %v1691 fastmath<contract> : f32
                  %v1693 = arith.muli %v25, %v108 : i64
                  %v1694 = arith.muli %v23, %size_L : i64
                  %v1695 = arith.addi %v1693, %v1694 : i64
                  %v1696 = arith.addi %v1695, %v1649 : i64
                  %v1697 = llvm.getelementptr %in_g_f[%v1696] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1698 = llvm.load %v1697 : !llvm.ptr -> f32
                  %v1699 = arith.negf %v1698 : f32
                  %v1700 = arith.mulf %v1699, %v116 fastmath<contract> : f32
                  %v1701 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1700) : (f32) -> f32
                  %v1702 = arith.addf %v35, %v1701 fastmath<contract> : f32
                  %v1703 = arith.divf %v35, %v1702 : f32
                  %v1704 = arith.subf %v35, %v1703 fastmath<contract> : f32
                  %v1705 = arith.mulf %v1703, %v1704 fastmath<contract> : f32
                  %v1706 = arith.mulf %v1692, %v1705 fastmath<contract> : f32
                  scf.if %v20 {
                    %v1707 = arith.muli %v25, %v108 : i64
                    %v1708 = arith.muli %v23, %size_L : i64
                    %v1709 = arith.addi %v1707, %v1708 : i64
                    %v1710 = arith.addi %v1709, %v1649 : i64
                    %v1711 = llvm.getelementptr %dx_g_f[%v1710] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v1706, %v1711 : f32, !llvm.ptr
                  }
                  %v1712 = arith.mulf %v1674, %v1703 fastmath<contract> : f32
                  %v1713 = arith.addf %v1673, %v1712 fastmath<contract> : f32
                  %v1714 = arith.subf %v35, %v1713 fastmath<contract> : f32
                  %v1715 = arith.mulf %v1714, %v1675 fastmath<contract> : f32
                  %v1716 = arith.negf %v1682 : f32
                  %v1717 = arith.mulf %v1716, %v116 fastmath<contract> : f32
                  %v1718 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1717) : (f32) -> f32
                  %v1719 = arith.addf %v35, %v1718 fastmath<contract> : f32
                  %v1720 = arith.divf %v35, %v1719 : f32
                  %v1721 = arith.subf %v35, %v1720 fastmath<contract> : f32
                  %v1722 = arith.mulf %v1682, %v1721 fastmath<contract> : f32
                  %v1723 = arith.addf %v35, %v1722 fastmath<contract> : f32
                  %v1724 = arith.mulf %v1720, %v1723 fastmath<contract> : f32
                  %v1725 = arith.mulf %v1715, %v1724 fastmath<contract> : f32
                  scf.if %v20 {
                    %v1726 = arith.muli %v25, %v108 : i64
                    %v1727 = arith.muli %v23, %size_L : i64
                    %v1728 = arith.addi %v1726, %v1727 : i64
                    %v1729 = arith.addi %v1728, %v1649 : i64
                    %v1730 = llvm.getelementptr %dx_g_c[%v1729] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v1725, %v1730 : f32, !llvm.ptr
                  }
                  %v1731 = arith.mulf %v1504, %v1666 fastmath<contract> : f32
                  %v1732 = arith.subf %v35, %v1660 fastmath<contract> : f32
                  %v1733 = arith.mulf %v1660, %v1732 fastmath<contract> : f32
                  %v1734 = arith.mulf %v1731, %v1733 fastmath<contract> : f32
                  scf.if %v20 {
                    %v1735 = arith.muli %v25, %v108 : i64
                    %v1736 = arith.muli %v23, %size_L : i64
                    %v1737 = arith.addi %v1735, %v1736 : i64
                    %v1738 = arith.addi %v1737, %v1649 : i64
                    %v1739 = llvm.getelementptr %dx_g_o[%v1738] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v1734, %v1739 : f32, !llvm.ptr
                  }
                  %v1740 = arith.mulf %v1703, %v1691 fastmath<contract> : f32
                  %v1741 = arith.negf %v1740 : f32
                  %v1742 = arith.addf %v1691, %v1741 fastmath<contract> : f32
                  %v1743 = llvm.load %v33 : !llvm.ptr -> f32
                  %v1744 = arith.addf %v1743, %v1742 fastmath<contract> : f32
                  llvm.store %v1744, %v33 : f32, !llvm.ptr
                  llvm.store %v1713, %v32 : f32, !llvm.ptr
                }
                %v1745 = arith.addi %v153, %v340 : i64
                %v1746 = arith.cmpi slt, %v656, %v1541 : i32
                %v1747 = arith.cmpi eq, %v656, %v1546 : i32
                scf.if %v1746 {
                  %v1748 = arith.addi %v68, %v1745 : i64
                  %v1749 = arith.muli %v25, %v108 : i64
                  %v1750 = arith.muli %v23, %size_L : i64
                  %v1751 = arith.addi %v1749, %v1750 : i64
                  %v1752 = arith.addi %v1751, %v1748 : i64
                  %v1753 = llvm.getelementptr %in_g_o[%v1752] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1754 = llvm.load %v1753 : !llvm.ptr -> f32
                  %v1755 = arith.negf %v1754 : f32
                  %v1756 = arith.mulf %v1755, %v116 fastmath<contract> : f32
                  %v1757 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1756) : (f32) -> f32
                  %v1758 = arith.addf %v35, %v1757 fastmath<contract> : f32
                  %v1759 = arith.divf %v35, %v1758 : f32
                  %v1760 = arith.muli %v25, %v108 : i64
                  %v1761 = arith.muli %v23, %size_L : i64
                  %v1762 = arith.addi %v1760, %v1761 : i64
                  %v1763 = arith.addi %v1762, %v1748 : i64
                  %v1764 = llvm.getelementptr %dy_y[%v1763] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1765 = llvm.load %v1764 : !llvm.ptr -> f32
                  %v1766 = arith.mulf %v1759, %v1765 fastmath<contract> : f32
                  %v1767 = llvm.load %v31 : !llvm.ptr -> f32
                  %v1768 = llvm.load %v32 : !llvm.ptr -> f32
                  %v1769 = arith.mulf %v1768, %v1767 fastmath<contract> : f32
                  %v1770 = arith.addf %v1766, %v1769 fastmath<contract> : f32
                  llvm.store %v1770, %v31 : f32, !llvm.ptr
                  scf.if %v1747 {
                  }
                  %v1771 = llvm.getelementptr %in_gamma[%v23] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1772 = llvm.load %v1771 : !llvm.ptr -> f32
                  %v1773 = arith.subf %v35, %v1772 fastmath<contract> : f32
                  %v1774 = llvm.load %v31 : !llvm.ptr -> f32
                  %v1775 = arith.mulf %v1434, %v1774 fastmath<contract> : f32
                  %v1776 = arith.muli %v25, %v108 : i64
                  %v1777 = arith.muli %v23, %size_L : i64
                  %v1778 = arith.addi %v1776, %v1777 : i64
                  %v1779 = arith.addi %v1778, %v1748 : i64
                  %v1780 = llvm.getelementptr %in_g_c[%v1779] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1781 = llvm.load %v1780 : !llvm.ptr -> f32
                  %v1782 = arith.negf %v1781 : f32
                  %v1783 = arith.mulf %v1782, %v116 fastmath<contract> : f32
                  %v1784 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1783) : (f32) -> f32
                  %v1785 = arith.addf %v35, %v1784 fastmath<contract> : f32
                  %v1786 = arith.divf %v35, %v1785 : f32
                  %v1787 = arith.mulf %v1781, %v1786 fastmath<contract> : f32
                  %v1788 = arith.mulf %v1787, %v1774 fastmath<contract> : f32
                  %v1789 = arith.negf %v1788 : f32
                  %v1790 = arith.addf %v1775, %v1789 fastmath<contract> : f32
                  %v1791 = arith.mulf %v1773, %v1790 fastmath<contract> : f32
                  %v1792 = arith.muli %v25, %v108 : i64
                  %v1793 = arith.muli %v23, %size_L : i64
                  %v1794 = arith.addi %v1792, %v1793 : i64
                  %v1795 = arith.addi %v1794, %v1748 : i64
                  %v1796 = llvm.getelementptr %in_g_f[%v1795] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1797 = llvm.load %v1796 : !llvm.ptr -> f32
                  %v1798 = arith.negf %v1797 : f32
                  %v1799 = arith.mulf %v1798, %v116 fastmath<contract> : f32
                  %v1800 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1799) : (f32) -> f32
                  %v1801 = arith.addf %v35, %v1800 fastmath<contract> : f32
                  %v1802 = arith.divf %v35, %v1801 : f32
                  %v1803 = arith.subf %v35, %v1802 fastmath<contract> : f32
                  %v1804 = arith.mulf %v1802, %v1803 fastmath<contract> : f32
                  %v1805 = arith.mulf %v1791, %v1804 fastmath<contract> : f32
                  scf.if %v20 {
                    %v1806 = arith.muli %v25, %v108 : i64
                    %v1807 = arith.muli %v23, %size_L : i64
                    %v1808 = arith.addi %v1806, %v1807 : i64
                    %v1809 = arith.addi %v1808, %v1748 : i64
                    %v1810 = llvm.getelementptr %dx_g_f[%v1809] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v1805, %v1810 : f32, !llvm.ptr
                  }
                  %v1811 = arith.mulf %v1773, %v1802 fastmath<contract> : f32
                  %v1812 = arith.addf %v1772, %v1811 fastmath<contract> : f32
                  %v1813 = arith.subf %v35, %v1812 fastmath<contract> : f32
                  %v1814 = arith.mulf %v1813, %v1774 fastmath<contract> : f32
                  %v1815 = arith.negf %v1781 : f32
                  %v1816 = arith.mulf %v1815, %v116 fastmath<contract> : f32
                  %v1817 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1816) : (f32) -> f32
                  %v1818 = arith.addf %v35, %v1817 fastmath<contract> : f32
                  %v1819 = arith.divf %v35, %v1818 : f32
                  %v1820 = arith.subf %v35, %v1819 fastmath<contract> : f32
                  %v1821 = arith.mulf %v1781, %v1820 fastmath<contract> : f32
                  %v1822 = arith.addf %v35, %v1821 fastmath<contract> : f32
                  %v1823 = arith.mulf %v1819, %v1822 fastmath<contract> : f32
                  %v1824 = arith.mulf %v1814, %v1823 fastmath<contract> : f32
                  scf.if %v20 {
                    %v1825 = arith.muli %v25, %v108 : i64
                    %v1826 = arith.muli %v23, %size_L : i64
                    %v1827 = arith.addi %v1825, %v1826 : i64
                    %v1828 = arith.addi %v1827, %v1748 : i64
                    %v1829 = llvm.getelementptr %dx_g_c[%v1828] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v1824, %v1829 : f32, !llvm.ptr
                  }
                  %v1830 = arith.mulf %v1469, %v1765 fastmath<contract> : f32
                  %v1831 = arith.subf %v35, %v1759 fastmath<contract> : f32
                  %v1832 = arith.mulf %v1759, %v1831 fastmath<contract> : f32
                  %v1833 = arith.mulf %v1830, %v1832 fastmath<contract> : f32
                  scf.if %v20 {
                    %v1834 = arith.muli %v25, %v108 : i64
                    %v1835 = arith.muli %v23, %size_L : i64
                    %v1836 = arith.addi %v1834, %v1835 : i64
                    %v1837 = arith.addi %v1836, %v1748 : i64
                    %v1838 = llvm.getelementptr %dx_g_o[%v1837] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v1833, %v1838 : f32, !llvm.ptr
                  }
                  %v1839 = arith.mulf %v1802, %v1790 fastmath<contract> : f32
                  %v1840 = arith.negf %v1839 : f32
                  %v1841 = arith.addf %v1790, %v1840 fastmath<contract> : f32
                  %v1842 = llvm.load %v33 : !llvm.ptr -> f32
                  %v1843 = arith.addf %v1842, %v1841 fastmath<contract> : f32
                  llvm.store %v1843, %v33 : f32, !llvm.ptr
                  llvm.store %v1812, %v32 : f32, !llvm.ptr
                }
                %v1844 = arith.addi %v153, %v27 : i64
                %v1845 = arith.cmpi slt, %v756, %v1541 : i32
                %v1846 = arith.cmpi eq, %v756, %v1546 : i32
                scf.if %v1845 {
                  %v1847 = arith.addi %v68, %v1844 : i64
                  %v1848 = arith.muli %v25, %v108 : i64
                  %v1849 = arith.muli %v23, %size_L : i64
                  %v1850 = arith.addi %v1848, %v1849 : i64
                  %v1851 = arith.addi %v1850, %v1847 : i64
                  %v1852 = llvm.getelementptr %in_g_o[%v1851] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1853 = llvm.load %v1852 : !llvm.ptr -> f32
                  %v1854 = arith.negf %v1853 : f32
                  %v1855 = arith.mulf %v1854, %v116 fastmath<contract> : f32
                  %v1856 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1855) : (f32) -> f32
                  %v1857 = arith.addf %v35, %v1856 fastmath<contract> : f32
                  %v1858 = arith.divf %v35, %v1857 : f32
                  %v1859 = arith.muli %v25, %v108 : i64
                  %v1860 = arith.muli %v23, %size_L : i64
                  %v1861 = arith.addi %v1859, %v1860 : i64
                  %v1862 = arith.addi %v1861, %v1847 : i64
                  %v1863 = llvm.getelementptr %dy_y[%v1862] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1864 = llvm.load %v1863 : !llvm.ptr -> f32
                  %v1865 = arith.mulf %v1858, %v1864 fastmath<contract> : f32
                  %v1866 = llvm.load %v31 : !llvm.ptr -> f32
                  %v1867 = llvm.load %v32 : !llvm.ptr -> f32
                  %v1868 = arith.mulf %v1867, %v1866 fastmath<contract> : f32
                  %v1869 = arith.addf %v1865, %v1868 fastmath<contract> : f32
                  llvm.store %v1869, %v31 : f32, !llvm.ptr
                  scf.if %v1846 {
                  }
                  %v1870 = llvm.getelementptr %in_gamma[%v23] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1871 = llvm.load %v1870 : !llvm.ptr -> f32
                  %v1872 = arith.subf %v35, %v1871 fastmath<contract> : f32
                  %v1873 = llvm.load %v31 : !llvm.ptr -> f32
                  %v1874 = arith.mulf %v1399, %v1873 fastmath<contract> : f32
                  %v1875 = arith.muli %v25, %v108 : i64
                  %v1876 = arith.muli %v23, %size_L : i64
                  %v1877 = arith.addi %v1875, %v1876 : i64
                  %v1878 = arith.addi %v1877, %v1847 : i64
                  %v1879 = llvm.getelementptr %in_g_c[%v1878] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1880 = llvm.load %v1879 : !llvm.ptr -> f32
                  %v1881 = arith.negf %v1880 : f32
                  %v1882 = arith.mulf %v1881, %v116 fastmath<contract> : f32
                  %v1883 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1882) : (f32) -> f32
                  %v1884 = arith.addf %v35, %v1883 fastmath<contract> : f32
                  %v1885 = arith.divf %v35, %v1884 : f32
                  %v1886 = arith.mulf %v1880, %v1885 fastmath<contract> : f32
                  %v1887 = arith.mulf %v1886, %v1873 fastmath<contract> : f32
                  %v1888 = arith.negf %v1887 : f32
                  %v1889 = arith.addf %v1874, %v1888 fastmath<contract> : f32
                  %v1890 = arith.mulf %v1872, %v1889 fastmath<contract> : f32
                  %v1891 = arith.muli %v25, %v108 : i64
                  %v1892 = arith.muli %v23, %size_L : i64
                  %v1893 = arith.addi %v1891, %v1892 : i64
                  %v1894 = arith.addi %v1893, %v1847 : i64
                  %v1895 = llvm.getelementptr %in_g_f[%v1894] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1896 = llvm.load %v1895 : !llvm.ptr -> f32
                  %v1897 = arith.negf %v1896 : f32
                  %v1898 = arith.mulf %v1897, %v116 fastmath<contract> : f32
                  %v1899 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1898) : (f32) -> f32
                  %v1900 = arith.addf %v35, %v1899 fastmath<contract> : f32
                  %v1901 = arith.divf %v35, %v1900 : f32
                  %v1902 = arith.subf %v35, %v1901 fastmath<contract> : f32
                  %v1903 = arith.mulf %v1901, %v1902 fastmath<contract> : f32
                  %v1904 = arith.mulf %v1890, %v1903 fastmath<contract> : f32
                  scf.if %v20 {
                    %v1905 = arith.muli %v25, %v108 : i64
                    %v1906 = arith.muli %v23, %size_L : i64
                    %v1907 = arith.addi %v1905, %v1906 : i64
                    %v1908 = arith.addi %v1907, %v1847 : i64
                    %v1909 = llvm.getelementptr %dx_g_f[%v1908] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v1904, %v1909 : f32, !llvm.ptr
                  }
                  %v1910 = arith.mulf %v1872, %v1901 fastmath<contract> : f32
                  %v1911 = arith.addf %v1871, %v1910 fastmath<contract> : f32
                  %v1912 = arith.subf %v35, %v1911 fastmath<contract> : f32
                  %v1913 = arith.mulf %v1912, %v1873 fastmath<contract> : f32
                  %v1914 = arith.negf %v1880 : f32
                  %v1915 = arith.mulf %v1914, %v116 fastmath<contract> : f32
                  %v1916 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1915) : (f32) -> f32
                  %v1917 = arith.addf %v35, %v1916 fastmath<contract> : f32
                  %v1918 = arith.divf %v35, %v1917 : f32
                  %v1919 = arith.subf %v35, %v1918 fastmath<contract> : f32
                  %v1920 = arith.mulf %v1880, %v1919 fastmath<contract> : f32
                  %v1921 = arith.addf %v35, %v1920 fastmath<contract> : f32
                  %v1922 = arith.mulf %v1918, %v1921 fastmath<contract> : f32
                  %v1923 = arith.mulf %v1913, %v1922 fastmath<contract> : f32
                  scf.if %v20 {
                    %v1924 = arith.muli %v25, %v108 : i64
                    %v1925 = arith.muli %v23, %size_L : i64
                    %v1926 = arith.addi %v1924, %v1925 : i64
                    %v1927 = arith.addi %v1926, %v1847 : i64
                    %v1928 = llvm.getelementptr %dx_g_c[%v1927] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v1923, %v1928 : f32, !llvm.ptr
                  }
                  %v1929 = arith.mulf %v1434, %v1864 fastmath<contract> : f32
                  %v1930 = arith.subf %v35, %v1858 fastmath<contract> : f32
                  %v1931 = arith.mulf %v1858, %v1930 fastmath<contract> : f32
                  %v1932 = arith.mulf %v1929, %v1931 fastmath<contract> : f32
                  scf.if %v20 {
                    %v1933 = arith.muli %v25, %v108 : i64
                    %v1934 = arith.muli %v23, %size_L : i64
                    %v1935 = arith.addi %v1933, %v1934 : i64
                    %v1936 = arith.addi %v1935, %v1847 : i64
                    %v1937 = llvm.getelementptr %dx_g_o[%v1936] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v1932, %v1937 : f32, !llvm.ptr
                  }
                  %v1938 = arith.mulf %v1901, %v1889 fastmath<contract> : f32
                  %v1939 = arith.negf %v1938 : f32
                  %v1940 = arith.addf %v1889, %v1939 fastmath<contract> : f32
                  %v1941 = llvm.load %v33 : !llvm.ptr -> f32
                  %v1942 = arith.addf %v1941, %v1940 fastmath<contract> : f32
                  llvm.store %v1942, %v33 : f32, !llvm.ptr
                  llvm.store %v1911, %v32 : f32, !llvm.ptr
                }
                %v1943 = arith.addi %v153, %v269 : i64
                %v1944 = arith.cmpi slt, %v856, %v1541 : i32
                %v1945 = arith.cmpi eq, %v856, %v1546 : i32
                scf.if %v1944 {
                  %v1946 = arith.addi %v68, %v1943 : i64
                  %v1947 = arith.muli %v25, %v108 : i64
                  %v1948 = arith.muli %v23, %size_L : i64
                  %v1949 = arith.addi %v1947, %v1948 : i64
                  %v1950 = arith.addi %v1949, %v1946 : i64
                  %v1951 = llvm.getelementptr %in_g_o[%v1950] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1952 = llvm.load %v1951 : !llvm.ptr -> f32
                  %v1953 = arith.negf %v1952 : f32
                  %v1954 = arith.mulf %v1953, %v116 fastmath<contract> : f32
                  %v1955 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1954) : (f32) -> f32
                  %v1956 = arith.addf %v35, %v1955 fastmath<contract> : f32
                  %v1957 = arith.divf %v35, %v1956 : f32
                  %v1958 = arith.muli %v25, %v108 : i64
                  %v1959 = arith.muli %v23, %size_L : i64
                  %v1960 = arith.addi %v1958, %v1959 : i64
                  %v1961 = arith.addi %v1960, %v1946 : i64
                  %v1962 = llvm.getelementptr %dy_y[%v1961] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1963 = llvm.load %v1962 : !llvm.ptr -> f32
                  %v1964 = arith.mulf %v1957, %v1963 fastmath<contract> : f32
                  %v1965 = llvm.load %v31 : !llvm.ptr -> f32
                  %v1966 = llvm.load %v32 : !llvm.ptr -> f32
                  %v1967 = arith.mulf %v1966, %v1965 fastmath<contract> : f32
                  %v1968 = arith.addf %v1964, %v1967 fastmath<contract> : f32
                  llvm.store %v1968, %v31 : f32, !llvm.ptr
                  scf.if %v1945 {
                  }
                  %v1969 = llvm.getelementptr %in_gamma[%v23] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1970 = llvm.load %v1969 : !llvm.ptr -> f32
                  %v1971 = arith.subf %v35, %v1970 fastmath<contract> : f32
                  %v1972 = llvm.load %v31 : !llvm.ptr -> f32
                  %v1973 = arith.mulf %v1364, %v1972 fastmath<contract> : f32
                  %v1974 = arith.muli %v25, %v108 : i64
                  %v1975 = arith.muli %v23, %size_L : i64
                  %v1976 = arith.addi %v1974, %v1975 : i64
                  %v1977 = arith.addi %v1976, %v1946 : i64
                  %v1978 = llvm.getelementptr %in_g_c[%v1977] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1979 = llvm.load %v1978 : !llvm.ptr -> f32
                  %v1980 = arith.negf %v1979 : f32
                  %v1981 = arith.mulf %v1980, %v116 fastmath<contract> : f32
                  %v1982 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1981) : (f32) -> f32
                  %v1983 = arith.addf %v35, %v1982 fastmath<contract> : f32
                  %v1984 = arith.divf %v35, %v1983 : f32
                  %v1985 = arith.mulf %v1979, %v1984 fastmath<contract> : f32
                  %v1986 = arith.mulf %v1985, %v1972 fastmath<contract> : f32
                  %v1987 = arith.negf %v1986 : f32
                  %v1988 = arith.addf %v1973, %v1987 fastmath<contract> : f32
                  %v1989 = arith.mulf %v1971, %v1988 fastmath<contract> : f32
                  %v1990 = arith.muli %v25, %v108 : i64
                  %v1991 = arith.muli %v23, %size_L : i64
                  %v1992 = arith.addi %v1990, %v1991 : i64
                  %v1993 = arith.addi %v1992, %v1946 : i64
                  %v1994 = llvm.getelementptr %in_g_f[%v1993] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1995 = llvm.load %v1994 : !llvm.ptr -> f32
                  %v1996 = arith.negf %v1995 : f32
                  %v1997 = arith.mulf %v1996, %v116 fastmath<contract> : f32
                  %v1998 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1997) : (f32) -> f32
                  %v1999 = arith.addf %v35, %v1998 fastmath<contract> : f32
                  %v2000 = arith.divf %v35, %v1999 : f32
                  %v2001 = arith.subf %v35, %v2000 fastmath<contract> : f32
                  %v2002 = arith.mulf %v2000, %v2001 fastmath<contract> : f32
                  %v2003 = arith.mulf %v1989, %v2002 fastmath<contract> : f32
                  scf.if %v20 {
                    %v2004 = arith.muli %v25, %v108 : i64
                    %v2005 = arith.muli %v23, %size_L : i64
                    %v2006 = arith.addi %v2004, %v2005 : i64
                    %v2007 = arith.addi %v2006, %v1946 : i64
                    %v2008 = llvm.getelementptr %dx_g_f[%v2007] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2003, %v2008 : f32, !llvm.ptr
                  }
                  %v2009 = arith.mulf %v1971, %v2000 fastmath<contract> : f32
                  %v2010 = arith.addf %v1970, %v2009 fastmath<contract> : f32
                  %v2011 = arith.subf %v35, %v2010 fastmath<contract> : f32
                  %v2012 = arith.mulf %v2011, %v1972 fastmath<contract> : f32
                  %v2013 = arith.negf %v1979 : f32
                  %v2014 = arith.mulf %v2013, %v116 fastmath<contract> : f32
                  %v2015 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2014) : (f32) -> f32
                  %v2016 = arith.addf %v35, %v2015 fastmath<contract> : f32
                  %v2017 = arith.divf %v35, %v2016 : f32
                  %v2018 = arith.subf %v35, %v2017 fastmath<contract> : f32
                  %v2019 = arith.mulf %v1979, %v2018 fastmath<contract> : f32
                  %v2020 = arith.addf %v35, %v2019 fastmath<contract> : f32
                  %v2021 = arith.mulf %v2017, %v2020 fastmath<contract> : f32
                  %v2022 = arith.mulf %v2012, %v2021 fastmath<contract> : f32
                  scf.if %v20 {
                    %v2023 = arith.muli %v25, %v108 : i64
                    %v2024 = arith.muli %v23, %size_L : i64
                    %v2025 = arith.addi %v2023, %v2024 : i64
                    %v2026 = arith.addi %v2025, %v1946 : i64
                    %v2027 = llvm.getelementptr %dx_g_c[%v2026] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2022, %v2027 : f32, !llvm.ptr
                  }
                  %v2028 = arith.mulf %v1399, %v1963 fastmath<contract> : f32
                  %v2029 = arith.subf %v35, %v1957 fastmath<contract> : f32
                  %v2030 = arith.mulf %v1957, %v2029 fastmath<contract> : f32
                  %v2031 = arith.mulf %v2028, %v2030 fastmath<contract> : f32
                  scf.if %v20 {
                    %v2032 = arith.muli %v25, %v108 : i64
                    %v2033 = arith.muli %v23, %size_L : i64
                    %v2034 = arith.addi %v2032, %v2033 : i64
                    %v2035 = arith.addi %v2034, %v1946 : i64
                    %v2036 = llvm.getelementptr %dx_g_o[%v2035] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2031, %v2036 : f32, !llvm.ptr
                  }
                  %v2037 = arith.mulf %v2000, %v1988 fastmath<contract> : f32
                  %v2038 = arith.negf %v2037 : f32
                  %v2039 = arith.addf %v1988, %v2038 fastmath<contract> : f32
                  %v2040 = llvm.load %v33 : !llvm.ptr -> f32
                  %v2041 = arith.addf %v2040, %v2039 fastmath<contract> : f32
                  llvm.store %v2041, %v33 : f32, !llvm.ptr
                  llvm.store %v2010, %v32 : f32, !llvm.ptr
                }
                %v2042 = arith.addi %v153, %v233 : i64
                %v2043 = arith.cmpi slt, %v956, %v1541 : i32
                %v2044 = arith.cmpi eq, %v956, %v1546 : i32
                scf.if %v2043 {
                  %v2045 = arith.addi %v68, %v2042 : i64
                  %v2046 = arith.muli %v25, %v108 : i64
                  %v2047 = arith.muli %v23, %size_L : i64
                  %v2048 = arith.addi %v2046, %v2047 : i64
                  %v2049 = arith.addi %v2048, %v2045 : i64
                  %v2050 = llvm.getelementptr %in_g_o[%v2049] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2051 = llvm.load %v2050 : !llvm.ptr -> f32
                  %v2052 = arith.negf %v2051 : f32
                  %v2053 = arith.mulf %v2052, %v116 fastmath<contract> : f32
                  %v2054 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2053) : (f32) -> f32
                  %v2055 = arith.addf %v35, %v2054 fastmath<contract> : f32
                  %v2056 = arith.divf %v35, %v2055 : f32
                  %v2057 = arith.muli %v25, %v108 : i64
                  %v2058 = arith.muli %v23, %size_L : i64
                  %v2059 = arith.addi %v2057, %v2058 : i64
                  %v2060 = arith.addi %v2059, %v2045 : i64
                  %v2061 = llvm.getelementptr %dy_y[%v2060] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2062 = llvm.load %v2061 : !llvm.ptr -> f32
                  %v2063 = arith.mulf %v2056, %v2062 fastmath<contract> : f32
                  %v2064 = llvm.load %v31 : !llvm.ptr -> f32
                  %v2065 = llvm.load %v32 : !llvm.ptr -> f32
                  %v2066 = arith.mulf %v2065, %v2064 fastmath<contract> : f32
                  %v2067 = arith.addf %v2063, %v2066 fastmath<contract> : f32
                  llvm.store %v2067, %v31 : f32, !llvm.ptr
                  scf.if %v2044 {
                  }
                  %v2068 = llvm.getelementptr %in_gamma[%v23] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2069 = llvm.load %v2068 : !llvm.ptr -> f32
                  %v2070 = arith.subf %v35, %v2069 fastmath<contract> : f32
                  %v2071 = llvm.load %v31 : !llvm.ptr -> f32
                  %v2072 = arith.mulf %v1329, %v2071 fastmath<contract> : f32
                  %v2073 = arith.muli %v25, %v108 : i64
                  %v2074 = arith.muli %v23, %size_L : i64
                  %v2075 = arith.addi %v2073, %v2074 : i64
                  %v2076 = arith.addi %v2075, %v2045 : i64
                  %v2077 = llvm.getelementptr %in_g_c[%v2076] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2078 = llvm.load %v2077 : !llvm.ptr -> f32
                  %v2079 = arith.negf %v2078 : f32
                  %v2080 = arith.mulf %v2079, %v116 fastmath<contract> : f32
                  %v2081 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2080) : (f32) -> f32
                  %v2082 = arith.addf %v35, %v2081 fastmath<contract> : f32
                  %v2083 = arith.divf %v35, %v2082 : f32
                  %v2084 = arith.mulf %v2078, %v2083 fastmath<contract> : f32
                  %v2085 = arith.mulf %v2084, %v2071 fastmath<contract> : f32
                  %v2086 = arith.negf %v2085 : f32
                  %v2087 = arith.addf %v2072, %v2086 fastmath<contract> : f32
                  %v2088 = arith.mulf %v2070, %v2087 fastmath<contract> : f32
                  %v2089 = arith.muli %v25, %v108 : i64
                  %v2090 = arith.muli %v23, %size_L : i64
                  %v2091 = arith.addi %v2089, %v2090 : i64
                  %v2092 = arith.addi %v2091, %v2045 : i64
                  %v2093 = llvm.getelementptr %in_g_f[%v2092] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2094 = llvm.load %v2093 : !llvm.ptr -> f32
                  %v2095 = arith.negf %v2094 : f32
                  %v2096 = arith.mulf %v2095, %v116 fastmath<contract> : f32
                  %v2097 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2096) : (f32) -> f32
                  %v2098 = arith.addf %v35, %v2097 fastmath<contract> : f32
                  %v2099 = arith.divf %v35, %v2098 : f32
                  %v2100 = arith.subf %v35, %v2099 fastmath<contract> : f32
                  %v2101 = arith.mulf %v2099, %v2100 fastmath<contract> : f32
                  %v2102 = arith.mulf %v2088, %v2101 fastmath<contract> : f32
                  scf.if %v20 {
                    %v2103 = arith.muli %v25, %v108 : i64
                    %v2104 = arith.muli %v23, %size_L : i64
                    %v2105 = arith.addi %v2103, %v2104 : i64
                    %v2106 = arith.addi %v2105, %v2045 : i64
                    %v2107 = llvm.getelementptr %dx_g_f[%v2106] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2102, %v2107 : f32, !llvm.ptr
                  }
                  %v2108 = arith.mulf %v2070, %v2099 fastmath<contract> : f32
                  %v2109 = arith.addf %v2069, %v2108 fastmath<contract> : f32
                  %v2110 = arith.subf %v35, %v2109 fastmath<contract> : f32
                  %v2111 = arith.mulf %v2110, %v2071 fastmath<contract> : f32
                  %v2112 = arith.negf %v2078 : f32
                  %v2113 = arith.mulf %v2112, %v116 fastmath<contract> : f32
                  %v2114 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2113) : (f32) -> f32
                  %v2115 = arith.addf %v35, %v2114 fastmath<contract> : f32
                  %v2116 = arith.divf %v35, %v2115 : f32
                  %v2117 = arith.subf %v35, %v2116 fastmath<contract> : f32
                  %v2118 = arith.mulf %v2078, %v2117 fastmath<contract> : f32
                  %v2119 = arith.addf %v35, %v2118 fastmath<contract> : f32
                  %v2120 = arith.mulf %v2116, %v2119 fastmath<contract> : f32
                  %v2121 = arith.mulf %v2111, %v2120 fastmath<contract> : f32
                  scf.if %v20 {
                    %v2122 = arith.muli %v25, %v108 : i64
                    %v2123 = arith.muli %v23, %size_L : i64
                    %v2124 = arith.addi %v2122, %v2123 : i64
                    %v2125 = arith.addi %v2124, %v2045 : i64
                    %v2126 = llvm.getelementptr %dx_g_c[%v2125] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2121, %v2126 : f32, !llvm.ptr
                  }
                  %v2127 = arith.mulf %v1364, %v2062 fastmath<contract> : f32
                  %v2128 = arith.subf %v35, %v2056 fastmath<contract> : f32
                  %v2129 = arith.mulf %v2056, %v2128 fastmath<contract> : f32
                  %v2130 = arith.mulf %v2127, %v2129 fastmath<contract> : f32
                  scf.if %v20 {
                    %v2131 = arith.muli %v25, %v108 : i64
                    %v2132 = arith.muli %v23, %size_L : i64
                    %v2133 = arith.addi %v2131, %v2132 : i64
                    %v2134 = arith.addi %v2133, %v2045 : i64
                    %v2135 = llvm.getelementptr %dx_g_o[%v2134] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2130, %v2135 : f32, !llvm.ptr
                  }
                  %v2136 = arith.mulf %v2099, %v2087 fastmath<contract> : f32
                  %v2137 = arith.negf %v2136 : f32
                  %v2138 = arith.addf %v2087, %v2137 fastmath<contract> : f32
                  %v2139 = llvm.load %v33 : !llvm.ptr -> f32
                  %v2140 = arith.addf %v2139, %v2138 fastmath<contract> : f32
                  llvm.store %v2140, %v33 : f32, !llvm.ptr
                  llvm.store %v2109, %v32 : f32, !llvm.ptr
                }
                %v2141 = arith.addi %v153, %v1 : i64
                %v2142 = arith.cmpi slt, %v1056, %v1541 : i32
                %v2143 = arith.cmpi eq, %v1056, %v1546 : i32
                scf.if %v2142 {
                  %v2144 = arith.addi %v68, %v2141 : i64
                  %v2145 = arith.muli %v25, %v108 : i64
                  %v2146 = arith.muli %v23, %size_L : i64
                  %v2147 = arith.addi %v2145, %v2146 : i64
                  %v2148 = arith.addi %v2147, %v2144 : i64
                  %v2149 = llvm.getelementptr %in_g_o[%v2148] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2150 = llvm.load %v2149 : !llvm.ptr -> f32
                  %v2151 = arith.negf %v2150 : f32
                  %v2152 = arith.mulf %v2151, %v116 fastmath<contract> : f32
                  %v2153 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2152) : (f32) -> f32
                  %v2154 = arith.addf %v35, %v2153 fastmath<contract> : f32
                  %v2155 = arith.divf %v35, %v2154 : f32
                  %v2156 = arith.muli %v25, %v108 : i64
                  %v2157 = arith.muli %v23, %size_L : i64
                  %v2158 = arith.addi %v2156, %v2157 : i64
                  %v2159 = arith.addi %v2158, %v2144 : i64
                  %v2160 = llvm.getelementptr %dy_y[%v2159] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2161 = llvm.load %v2160 : !llvm.ptr -> f32
                  %v2162 = arith.mulf %v2155, %v2161 fastmath<contract> : f32
                  %v2163 = llvm.load %v31 : !llvm.ptr -> f32
                  %v2164 = llvm.load %v32 : !llvm.ptr -> f32
                  %v2165 = arith.mulf %v2164, %v2163 fastmath<contract> : f32
                  %v2166 = arith.addf %v2162, %v2165 fastmath<contract> : f32
                  llvm.store %v2166, %v31 : f32, !llvm.ptr
                  scf.if %v2143 {
                  }
                  %v2167 = llvm.getelementptr %in_gamma[%v23] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2168 = llvm.load %v2167 : !llvm.ptr -> f32
                  %v2169 = arith.subf %v35, %v2168 fastmath<contract> : f32
                  %v2170 = llvm.load %v31 : !llvm.ptr -> f32
                  %v2171 = arith.mulf %v1294, %v2170 fastmath<contract> : f32
                  %v2172 = arith.muli %v25, %v108 : i64
                  %v2173 = arith.muli %v23, %size_L : i64
                  %v2174 = arith.addi %v2172, %v2173 : i64
                  %v2175 = arith.addi %v2174, %v2144 : i64
                  %v2176 = llvm.getelementptr %in_g_c[%v2175] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2177 = llvm.load %v2176 : !llvm.ptr -> f32
                  %v2178 = arith.negf %v2177 : f32
                  %v2179 = arith.mulf %v2178, %v116 fastmath<contract> : f32
                  %v2180 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2179) : (f32) -> f32
                  %v2181 = arith.addf %v35, %v2180 fastmath<contract> : f32
                  %v2182 = arith.divf %v35, %v2181 : f32
                  %v2183 = arith.mulf %v2177, %v2182 fastmath<contract> : f32
                  %v2184 = arith.mulf %v2183, %v2170 fastmath<contract> : f32
                  %v2185 = arith.negf %v2184 : f32
                  %v2186 = arith.addf %v2171, %v2185 fastmath<contract> : f32
                  %v2187 = arith.mulf %v2169, %v2186 fastmath<contract> : f32
                  %v2188 = arith.muli %v25, %v108 : i64
                  %v2189 = arith.muli %v23, %size_L : i64
                  %v2190 = arith.addi %v2188, %v2189 : i64
                  %v2191 = arith.addi %v2190, %v2144 : i64
                  %v2192 = llvm.getelementptr %in_g_f[%v2191] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2193 = llvm.load %v2192 : !llvm.ptr -> f32
                  %v2194 = arith.negf %v2193 : f32
                  %v2195 = arith.mulf %v2194, %v116 fastmath<contract> : f32
                  %v2196 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2195) : (f32) -> f32
                  %v2197 = arith.addf %v35, %v2196 fastmath<contract> : f32
                  %v2198 = arith.divf %v35, %v2197 : f32
                  %v2199 = arith.subf %v35, %v2198 fastmath<contract> : f32
                  %v2200 = arith.mulf %v2198, %v2199 fastmath<contract> : f32
                  %v2201 = arith.mulf %v2187, %v2200 fastmath<contract> : f32
                  scf.if %v20 {
                    %v2202 = arith.muli %v25, %v108 : i64
                    %v2203 = arith.muli %v23, %size_L : i64
                    %v2204 = arith.addi %v2202, %v2203 : i64
                    %v2205 = arith.addi %v2204, %v2144 : i64
                    %v2206 = llvm.getelementptr %dx_g_f[%v2205] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2201, %v2206 : f32, !llvm.ptr
                  }
                  %v2207 = arith.mulf %v2169, %v2198 fastmath<contract> : f32
                  %v2208 = arith.addf %v2168, %v2207 fastmath<contract> : f32
                  %v2209 = arith.subf %v35, %v2208 fastmath<contract> : f32
                  %v2210 = arith.mulf %v2209, %v2170 fastmath<contract> : f32
                  %v2211 = arith.negf %v2177 : f32
                  %v2212 = arith.mulf %v2211, %v116 fastmath<contract> : f32
                  %v2213 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2212) : (f32) -> f32
                  %v2214 = arith.addf %v35, %v2213 fastmath<contract> : f32
                  %v2215 = arith.divf %v35, %v2214 : f32
                  %v2216 = arith.subf %v35, %v2215 fastmath<contract> : f32
                  %v2217 = arith.mulf %v2177, %v2216 fastmath<contract> : f32
                  %v2218 = arith.addf %v35, %v2217 fastmath<contract> : f32
                  %v2219 = arith.mulf %v2215, %v2218 fastmath<contract> : f32
                  %v2220 = arith.mulf %v2210, %v2219 fastmath<contract> : f32
                  scf.if %v20 {
                    %v2221 = arith.muli %v25, %v108 : i64
                    %v2222 = arith.muli %v23, %size_L : i64
                    %v2223 = arith.addi %v2221, %v2222 : i64
                    %v2224 = arith.addi %v2223, %v2144 : i64
                    %v2225 = llvm.getelementptr %dx_g_c[%v2224] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2220, %v2225 : f32, !llvm.ptr
                  }
                  %v2226 = arith.mulf %v1329, %v2161 fastmath<contract> : f32
                  %v2227 = arith.subf %v35, %v2155 fastmath<contract> : f32
                  %v2228 = arith.mulf %v2155, %v2227 fastmath<contract> : f32
                  %v2229 = arith.mulf %v2226, %v2228 fastmath<contract> : f32
                  scf.if %v20 {
                    %v2230 = arith.muli %v25, %v108 : i64
                    %v2231 = arith.muli %v23, %size_L : i64
                    %v2232 = arith.addi %v2230, %v2231 : i64
                    %v2233 = arith.addi %v2232, %v2144 : i64
                    %v2234 = llvm.getelementptr %dx_g_o[%v2233] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2229, %v2234 : f32, !llvm.ptr
                  }
                  %v2235 = arith.mulf %v2198, %v2186 fastmath<contract> : f32
                  %v2236 = arith.negf %v2235 : f32
                  %v2237 = arith.addf %v2186, %v2236 fastmath<contract> : f32
                  %v2238 = llvm.load %v33 : !llvm.ptr -> f32
                  %v2239 = arith.addf %v2238, %v2237 fastmath<contract> : f32
                  llvm.store %v2239, %v33 : f32, !llvm.ptr
                  llvm.store %v2208, %v32 : f32, !llvm.ptr
                }
                %v2240 = arith.cmpi slt, %v1155, %v1541 : i32
                %v2241 = arith.cmpi eq, %v1155, %v1546 : i32
                scf.if %v2240 {
                  %v2242 = arith.addi %v68, %v153 : i64
                  %v2243 = arith.muli %v25, %v108 : i64
                  %v2244 = arith.muli %v23, %size_L : i64
                  %v2245 = arith.addi %v2243, %v2244 : i64
                  %v2246 = arith.addi %v2245, %v2242 : i64
                  %v2247 = llvm.getelementptr %in_g_o[%v2246] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2248 = llvm.load %v2247 : !llvm.ptr -> f32
                  %v2249 = arith.negf %v2248 : f32
                  %v2250 = arith.mulf %v2249, %v116 fastmath<contract> : f32
                  %v2251 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2250) : (f32) -> f32
                  %v2252 = arith.addf %v35, %v2251 fastmath<contract> : f32
                  %v2253 = arith.divf %v35, %v2252 : f32
                  %v2254 = arith.muli %v25, %v108 : i64
                  %v2255 = arith.muli %v23, %size_L : i64
                  %v2256 = arith.addi %v2254, %v2255 : i64
                  %v2257 = arith.addi %v2256, %v2242 : i64
                  %v2258 = llvm.getelementptr %dy_y[%v2257] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2259 = llvm.load %v2258 : !llvm.ptr -> f32
                  %v2260 = arith.mulf %v2253, %v2259 fastmath<contract> : f32
                  %v2261 = llvm.load %v31 : !llvm.ptr -> f32
                  %v2262 = llvm.load %v32 : !llvm.ptr -> f32
                  %v2263 = arith.mulf %v2262, %v2261 fastmath<contract> : f32
                  %v2264 = arith.addf %v2260, %v2263 fastmath<contract> : f32
                  llvm.store %v2264, %v31 : f32, !llvm.ptr
                  scf.if %v2241 {
                  }
                  %v2265 = llvm.getelementptr %in_gamma[%v23] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2266 = llvm.load %v2265 : !llvm.ptr -> f32
                  %v2267 = arith.subf %v35, %v2266 fastmath<contract> : f32
                  %v2268 = llvm.load %v31 : !llvm.ptr -> f32
                  %v2269 = arith.mulf %v1260, %v2268 fastmath<contract> : f32
                  %v2270 = arith.muli %v25, %v108 : i64
                  %v2271 = arith.muli %v23, %size_L : i64
                  %v2272 = arith.addi %v2270, %v2271 : i64
                  %v2273 = arith.addi %v2272, %v2242 : i64
                  %v2274 = llvm.getelementptr %in_g_c[%v2273] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2275 = llvm.load %v2274 : !llvm.ptr -> f32
                  %v2276 = arith.negf %v2275 : f32
                  %v2277 = arith.mulf %v2276, %v116 fastmath<contract> : f32
                  %v2278 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2277) : (f32) -> f32
                  %v2279 = arith.addf %v35, %v2278 fastmath<contract> : f32
                  %v2280 = arith.divf %v35, %v2279 : f32
                  %v2281 = arith.mulf %v2275, %v2280 fastmath<contract> : f32
                  %v2282 = arith.mulf %v2281, %v2268 fastmath<contract> : f32
                  %v2283 = arith.negf %v2282 : f32
                  %v2284 = arith.addf %v2269, %v2283 fastmath<contract> : f32
                  %v2285 = arith.mulf %v2267, %v2284 fastmath<contract> : f32
                  %v2286 = arith.muli %v25, %v108 : i64
                  %v2287 = arith.muli %v23, %size_L : i64
                  %v2288 = arith.addi %v2286, %v2287 : i64
                  %v2289 = arith.addi %v2288, %v2242 : i64
                  %v2290 = llvm.getelementptr %in_g_f[%v2289] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2291 = llvm.load %v2290 : !llvm.ptr -> f32
                  %v2292 = arith.negf %v2291 : f32
                  %v2293 = arith.mulf %v2292, %v116 fastmath<contract> : f32
                  %v2294 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2293) : (f32) -> f32
                  %v2295 = arith.addf %v35, %v2294 fastmath<contract> : f32
                  %v2296 = arith.divf %v35, %v2295 : f32
                  %v2297 = arith.subf %v35, %v2296 fastmath<contract> : f32
                  %v2298 = arith.mulf %v2296, %v2297 fastmath<contract> : f32
                  %v2299 = arith.mulf %v2285, %v2298 fastmath<contract> : f32
                  scf.if %v20 {
                    %v2300 = arith.muli %v25, %v108 : i64
                    %v2301 = arith.muli %v23, %size_L : i64
                    %v2302 = arith.addi %v2300, %v2301 : i64
                    %v2303 = arith.addi %v2302, %v2242 : i64
                    %v2304 = llvm.getelementptr %dx_g_f[%v2303] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2299, %v2304 : f32, !llvm.ptr
                  }
                  %v2305 = arith.mulf %v2267, %v2296 fastmath<contract> : f32
                  %v2306 = arith.addf %v2266, %v2305 fastmath<contract> : f32
                  %v2307 = arith.subf %v35, %v2306 fastmath<contract> : f32
                  %v2308 = arith.mulf %v2307, %v2268 fastmath<contract> : f32
                  %v2309 = arith.negf %v2275 : f32
                  %v2310 = arith.mulf %v2309, %v116 fastmath<contract> : f32
                  %v2311 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2310) : (f32) -> f32
                  %v2312 = arith.addf %v35, %v2311 fastmath<contract> : f32
                  %v2313 = arith.divf %v35, %v2312 : f32
                  %v2314 = arith.subf %v35, %v2313 fastmath<contract> : f32
                  %v2315 = arith.mulf %v2275, %v2314 fastmath<contract> : f32
                  %v2316 = arith.addf %v35, %v2315 fastmath<contract> : f32
                  %v2317 = arith.mulf %v2313, %v2316 fastmath<contract> : f32
                  %v2318 = arith.mulf %v2308, %v2317 fastmath<contract> : f32
                  scf.if %v20 {
                    %v2319 = arith.muli %v25, %v108 : i64
                    %v2320 = arith.muli %v23, %size_L : i64
                    %v2321 = arith.addi %v2319, %v2320 : i64
                    %v2322 = arith.addi %v2321, %v2242 : i64
                    %v2323 = llvm.getelementptr %dx_g_c[%v2322] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2318, %v2323 : f32, !llvm.ptr
                  }
                  %v2324 = arith.mulf %v1294, %v2259 fastmath<contract> : f32
                  %v2325 = arith.subf %v35, %v2253 fastmath<contract> : f32
                  %v2326 = arith.mulf %v2253, %v2325 fastmath<contract> : f32
                  %v2327 = arith.mulf %v2324, %v2326 fastmath<contract> : f32
                  scf.if %v20 {
                    %v2328 = arith.muli %v25, %v108 : i64
                    %v2329 = arith.muli %v23, %size_L : i64
                    %v2330 = arith.addi %v2328, %v2329 : i64
                    %v2331 = arith.addi %v2330, %v2242 : i64
                    %v2332 = llvm.getelementptr %dx_g_o[%v2331] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2327, %v2332 : f32, !llvm.ptr
                  }
                  %v2333 = arith.mulf %v2296, %v2284 fastmath<contract> : f32
                  %v2334 = arith.negf %v2333 : f32
                  %v2335 = arith.addf %v2284, %v2334 fastmath<contract> : f32
                  %v2336 = llvm.load %v33 : !llvm.ptr -> f32
                  %v2337 = arith.addf %v2336, %v2335 fastmath<contract> : f32
                  llvm.store %v2337, %v33 : f32, !llvm.ptr
                  llvm.store %v2306, %v32 : f32, !llvm.ptr
                }
              }
            }
          }
        }
      }
      %v2338 = arith.cmpi eq, %v16, %v36 : i64
      scf.if %v2338 {
      }
      scf.if %v20 {
        %v2339 = llvm.load %v33 : !llvm.ptr -> f32
        %v2340 = arith.addi %v30, %v19 : i64
        %v2341 = llvm.getelementptr %part_gamma[%v2340] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v2339, %v2341 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
