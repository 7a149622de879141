module attributes {gpu.container_module} {
  gpu.module @linrec {
    llvm.mlir.global internal @rows_mamba2_bwd_sum_dt() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<65 x f32>
    gpu.func @mamba2_bwd_sum(%in_x: !llvm.ptr, %in_dt: !llvm.ptr, %in_A_log: !llvm.ptr, %in_Bm: !llvm.ptr, %in_Cm: !llvm.ptr, %in_Dskip: !llvm.ptr, %in_dt_bias: !llvm.ptr, %dy_y: !llvm.ptr, %ckpt_S: !llvm.ptr, %scratch_S: !llvm.ptr, %segsum_S: !llvm.ptr, %size_B: i64, %size_L: i64, %size_H: i64, %size_P: i64, %size_N: i64) kernel attributes {nvvm.maxntid = array<i32: 256, 1, 1>, nvvm.minctasm = 2 : i32} {
      %v1 = arith.constant 16 : i64
      %v2 = arith.constant 1 : i64
      %v3 = arith.muli %v2, %size_B : i64
      %v4 = arith.muli %v3, %size_H : i64
      %v5 = arith.muli %v4, %size_P : i64
      %v6 = arith.constant 255 : i64
      %v7 = arith.addi %size_L, %v6 : i64
      %v8 = arith.constant 256 : i64
      %v9 = arith.divui %v7, %v8 : i64
      %v10 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v11 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v12 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v13 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v14 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v15 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v20 = arith.constant 32 : i64
      %v32 = arith.constant 8 : i64
      %v49 = arith.constant 4 : i64
      %v53 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v54 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v55 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v56 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v57 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v58 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v59 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v60 = llvm.mlir.addressof @rows_mamba2_bwd_sum_dt : !llvm.ptr<3>
      %v61 = llvm.addrspacecast %v60 : !llvm.ptr<3> to !llvm.ptr
      %v62 = arith.constant 0x00000000 : f32
      %v63 = arith.constant 0x3F800000 : f32
      %v64 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v65 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v66 = arith.constant 0 : i64
      %v68 = arith.constant 64 : i64
      %v69 = arith.constant 7 : i64
      %v134 = arith.muli %v2, %size_H : i64
      %v135 = arith.muli %v134, %size_L : i64
      %v143 = arith.constant 65 : i64
      %v178 = arith.constant 0x3FB8AA3B : f32
      %v183 = arith.constant 0x3F317218 : f32
      %v185 = arith.constant 0x3E124925 : f32
      %v187 = arith.constant 0xBE2AAAAB : f32
      %v190 = arith.constant 0x3E4CCCCD : f32
      %v193 = arith.constant 0xBE800000 : f32
      %v196 = arith.constant 0x3EAAAAAB : f32
      %v199 = arith.constant 0xBF000000 : f32
      %v205 = arith.constant 0x3D800000 : f32
      %v218 = arith.muli %v2, %size_P : i64
      %v219 = arith.muli %v218, %size_H : i64
      %v220 = arith.muli %v219, %size_L : i64
      %v241 = arith.constant 2147483647 : i64
      %v245 = arith.constant 7 : i32
      %v248 = arith.constant 32 : i32
      %v262 = arith.muli %v2, %v1 : i64
      %v263 = arith.muli %v262, %size_L : i64
      %v303 = arith.constant 6 : i64
      %v305 = arith.constant 6 : i32
      %v360 = arith.constant 5 : i64
      %v362 = arith.constant 5 : i32
      %v418 = arith.constant 4 : i32
      %v473 = arith.constant 3 : i64
      %v475 = arith.constant 3 : i32
      %v530 = arith.constant 2 : i64
      %v532 = arith.constant 2 : i32
      %v588 = arith.constant 1 : i32
      %v644 = arith.constant 0 : i32
      %v16 = gpu.block_id x
      %v17 = gpu.thread_id x
      %v18 = arith.index_cast %v17 : index to i64
      %v19 = arith.index_cast %v16 : index to i64
      %v21 = arith.subi %v20, %v2 : i64
      %v22 = arith.addi %size_P, %v21 : i64
      %v23 = arith.divui %v22, %v20 : i64
      %v24 = arith.maxsi %v23, %v2 : i64
      %v25 = arith.maxsi %size_P, %v2 : i64
      %v26 = arith.divui %v5, %v25 : i64
      %v27 = arith.muli %v26, %v24 : i64
      %v28 = arith.divui %v19, %v27 : i64
      %v29 = arith.remui %v19, %v27 : i64
      %v30 = arith.divui %v29, %v24 : i64
      %v31 = arith.remui %v29, %v24 : i64
      %v33 = arith.remui %v18, %v32 : i64
      %v34 = arith.divui %v18, %v32 : i64
      %v35 = arith.muli %v31, %v20 : i64
      %v36 = arith.addi %v35, %v34 : i64
      %v37 = arith.cmpi slt, %v36, %size_P : i64
      %v38 = arith.muli %v30, %size_P : i64
      %v39 = arith.addi %v38, %v36 : i64
      %v40 = arith.subi %size_P, %v2 : i64
      %v41 = arith.minsi %v36, %v40 : i64
      %v42 = arith.addi %v38, %v41 : i64
      %v43 = arith.remui %v42, %size_P : i64
      %v44 = arith.divui %v42, %size_P : i64
      %v45 = arith.remui %v44, %size_H : i64
      %v46 = arith.divui %v44, %size_H : i64
      %v47 = arith.remui %v46, %size_B : i64
      %v48 = arith.divui %v46, %size_B : i64
      %v73 = arith.trunci %v18 : i64 to i32
      %v74 = arith.constant 24 : i32
      %v75 = arith.andi %v73, %v74 : i32
      %v76 = arith.constant 0 : i32
      %v77 = arith.ori %v75, %v76 : i32
      %v78 = arith.constant 0 : i64
      %v79 = arith.cmpi eq, %v33, %v78 : i64
      %v80 = arith.constant 1 : i32
      %v81 = arith.ori %v75, %v80 : i32
      %v82 = arith.constant 1 : i64
      %v83 = arith.cmpi eq, %v33, %v82 : i64
      %v84 = arith.constant 2 : i32
      %v85 = arith.ori %v75, %v84 : i32
      %v86 = arith.constant 2 : i64
      %v87 = arith.cmpi eq, %v33, %v86 : i64
      %v88 = arith.constant 3 : i32
      %v89 = arith.ori %v75, %v88 : i32
      %v90 = arith.constant 3 : i64
      %v91 = arith.cmpi eq, %v33, %v90 : i64
      %v92 = arith.constant 4 : i32
      %v93 = arith.ori %v75, %v92 : i32
      %v94 = arith.constant 4 : i64
      %v95 = arith.cmpi eq, %v33, %v94 : i64
      %v96 = arith.constant 5 : i32
      %v97 = arith.ori %v75, %v96 : i32
      %v98 = arith.constant 5 : i64
      %v99 = arith.cmpi eq, %v33, %v98 : i64
      %v100 = arith.constant 6 : i32
      %v101 = arith.ori %v75, %v100 : i32
      %v102 = arith.constant 6 : i64
      %v103 = arith.cmpi eq, %v33, %v102 : i64
      %v104 = arith.constant 7 : i32
      %v105 = arith.ori %v75, %v104 : i32
      %v106 = arith.constant 7 : i64
      %v107 = arith.cmpi eq, %v33, %v106 : i64
      %v50 = arith.muli %v28, %v49 : i64
      %v51 = arith.addi %v50, %v49 : i64
      %v52 = arith.muli %v28, %v5 : i64
      llvm.store %v62, %v53 : f32, !llvm.ptr
      llvm.store %v62, %v54 : f32, !llvm.ptr
      llvm.store %v63, %v55 : f32, !llvm.ptr
      llvm.store %v63, %v56 : f32, !llvm.ptr
      llvm.store %v62, %v57 : f32, !llvm.ptr
      llvm.store %v62, %v58 : f32, !llvm.ptr
      llvm.store %v62, %v59 : f32, !llvm.ptr
      llvm.store %v63, %v64 : f32, !llvm.ptr
      llvm.store %v63, %v65 : f32, !llvm.ptr
      %v67 = arith.cmpi eq, %size_L, %v66 : i64
      scf.if %v67 {
        llvm.store %v62, %v14 : f32, !llvm.ptr
        llvm.store %v62, %v15 : f32, !llvm.ptr
      }
      %v70 = arith.subi %v68, %v2 : i64
      %v71 = arith.addi %size_L, %v70 : i64
      %v72 = arith.divui %v71, %v68 : i64
      %v108 = arith.minsi %v51, %v72 : i64
      %v109 = arith.muli %v28, %v32 : i64
      %v110 = arith.subi %v108, %v50 : i64
      %v111 = arith.maxsi %v110, %v66 : i64
      %v112 = arith.index_cast %v66 : i64 to index
      %v113 = arith.index_cast %v111 : i64 to index
      %v114 = arith.index_cast %v2 : i64 to index
      scf.for %v115 = %v112 to %v113 step %v114 {
        %v116 = arith.index_cast %v115 : index to i64
        %v117 = arith.subi %v108, %v2 : i64
        %v118 = arith.subi %v117, %v116 : i64
        %v119 = arith.muli %v118, %v68 : i64
        %v120 = arith.subi %size_L, %v119 : i64
        %v121 = arith.minsi %v120, %v68 : i64
        %v122 = arith.addi %v121, %v69 : i64
        %v123 = arith.divui %v122, %v32 : i64
        // the block's shared input rows for this stretch
        gpu.barrier
        %v124 = arith.subi %size_L, %v2 : i64
        %v125 = arith.index_cast %v18 : i64 to index
        %v126 = arith.index_cast %v68 : i64 to index
        %v127 = arith.index_cast %v8 : i64 to index
        scf.for %v128 = %v125 to %v126 step %v127 {
          %v129 = arith.index_cast %v128 : index to i64
          %v130 = arith.remui %v129, %v68 : i64
          %v131 = arith.divui %v129, %v68 : i64
          %v132 = arith.addi %v119, %v130 : i64
          %v133 = arith.minsi %v132, %v124 : i64
          %v136 = arith.muli %v47, %v135 : i64
          %v137 = arith.muli %v133, %v134 : i64
          %v138 = arith.addi %v136, %v137 : i64
          %v139 = arith.muli %v45, %v2 : i64
          %v140 = arith.addi %v138, %v139 : i64
          %v141 = llvm.getelementptr %in_dt[%v140] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v142 = llvm.load %v141 : !llvm.ptr -> f32
          %v144 = arith.muli %v131, %v143 : i64
          %v145 = arith.addi %v144, %v130 : i64
          %v146 = llvm.getelementptr %v61[%v145] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v142, %v146 : f32, !llvm.ptr
        }
        gpu.barrier
        %v147 = arith.index_cast %v66 : i64 to index
        %v148 = arith.index_cast %v2 : i64 to index
        %v149 = arith.index_cast %v2 : i64 to index
        scf.for %v150 = %v147 to %v148 step %v149 {
          %v151 = arith.index_cast %v150 : index to i64
          %v152 = arith.index_cast %v66 : i64 to index
          %v153 = arith.index_cast %v123 : i64 to index
          %v154 = arith.index_cast %v2 : i64 to index
          scf.for %v155 = %v152 to %v153 step %v154 {
            %v156 = arith.index_cast %v155 : index to i64
            %v157 = arith.cmpi slt, %v156, %v123 : i64
            scf.if %v157 {
              %v158 = arith.subi %v123, %v2 : i64
              %v159 = arith.subi %v158, %v156 : i64
              %v160 = arith.muli %v159, %v32 : i64
              %v161 = arith.addi %v109, %v159 : i64
              %v162 = arith.subi %v121, %v2 : i64
              %v163 = arith.addi %v160, %v33 : i64
              %v164 = arith.minsi %v163, %v162 : i64
              %v165 = arith.addi %v119, %v164 : i64
              %v166 = arith.muli %v66, %v143 : i64
              %v167 = arith.subi %v165, %v119 : i64
              %v168 = arith.addi %v166, %v167 : i64
              %v169 = llvm.getelementptr %v61[%v168] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v170 = llvm.load %v169 : !llvm.ptr -> f32
              %v171 = arith.muli %v45, %v2 : i64
              %v172 = llvm.getelementptr %in_dt_bias[%v171] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v173 = llvm.load %v172 : !llvm.ptr -> f32
              %v174 = arith.addf %v170, %v173 fastmath<contract> : f32
              %v175 = arith.maximumf %v174, %v62 : f32
              %v176 = llvm.call_intrinsic "llvm.fabs.f32"(%v174) : (f32) -> f32
              %v177 = arith.negf %v176 : f32
              %v179 = arith.mulf %v177, %v178 fastmath<contract> : f32
              %v180 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v179) : (f32) -> f32
              %v181 = arith.addf %v63, %v180 fastmath<contract> : f32
              %v182 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v181) : (f32) -> f32
              %v184 = arith.mulf %v182, %v183 fastmath<contract> : f32
              %v186 = arith.mulf %v185, %v180 fastmath<contract> : f32
              %v188 = arith.addf %v186, %v187 fastmath<contract> : f32
              %v189 = arith.mulf %v188, %v180 fastmath<contract> : f32
              %v191 = arith.addf %v189, %v190 fastmath<contract> : f32
              %v192 = arith.mulf %v191, %v180 fastmath<contract> : f32
              %v194 = arith.addf %v192, %v193 fastmath<contract> : f32
              %v195 = arith.mulf %v194, %v180 fastmath<contract> : f32
              %v197 = arith.addf %v195, %v196 fastmath<contract> : f32
              %v198 = arith.mulf %v197, %v180 fastmath<contract> : f32
              %v200 = arith.addf %v198, %v199 fastmath<contract> : f32
              %v201 = arith.mulf %v200, %v180 fastmath<contract> : f32
              %v202 = arith.addf %v201, %v63 fastmath<contract> : f32
              %v203 = arith.mulf %v202, %v180 fastmath<contract> : f32
              %v204 = llvm.call_intrinsic "llvm.fabs.f32"(%v180) : (f32) -> f32
              %v206 = arith.cmpf olt, %v204, %v205 : f32
              %v207 = arith.select %v206, %v203, %v184 : f32
              %v208 = arith.addf %v175, %v207 fastmath<contract> : f32
              %v209 = arith.negf %v208 : f32
              %v210 = arith.muli %v45, %v2 : i64
              %v211 = llvm.getelementptr %in_A_log[%v210] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v212 = llvm.load %v211 : !llvm.ptr -> f32
              %v213 = arith.mulf %v212, %v178 fastmath<contract> : f32
              %v214 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v213) : (f32) -> f32
              %v215 = arith.mulf %v209, %v214 fastmath<contract> : f32
              %v216 = arith.mulf %v215, %v178 fastmath<contract> : f32
              %v217 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v216) : (f32) -> f32
              %v221 = arith.muli %v47, %v220 : i64
              %v222 = arith.muli %v165, %v219 : i64
              %v223 = arith.addi %v221, %v222 : i64
              %v224 = arith.muli %v45, %v218 : i64
              %v225 = arith.addi %v223, %v224 : i64
              %v226 = arith.muli %v43, %v2 : i64
              %v227 = arith.addi %v225, %v226 : i64
              %v228 = llvm.getelementptr %in_x[%v227] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v229 = llvm.load %v228 : !llvm.ptr -> f32
              %v230 = arith.mulf %v208, %v229 fastmath<contract> : f32
              %v231 = arith.negf %v174 : f32
              %v232 = arith.mulf %v231, %v178 fastmath<contract> : f32
              %v233 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v232) : (f32) -> f32
              %v234 = arith.addf %v63, %v233 fastmath<contract> : f32
              %v235 = arith.divf %v63, %v234 : f32
              // the group's states, recomputed into registers
              %v236 = arith.subi %v121, %v160 : i64
              %v237 = arith.trunci %v236 : i64 to i32
              %v238 = arith.subi %size_L, %v2 : i64
              %v239 = arith.addi %v119, %v160 : i64
              %v240 = arith.subi %v238, %v239 : i64
              %v242 = arith.minsi %v240, %v241 : i64
              %v243 = arith.trunci %v242 : i64 to i32
              %v244 = arith.addi %v160, %v69 : i64
              %v246 = arith.cmpi slt, %v245, %v237 : i32
              %v247 = arith.cmpi eq, %v245, %v243 : i32
              %v249, %v250 = gpu.shuffle idx %v208, %v105, %v248 : f32
              %v251, %v252 = gpu.shuffle idx %v209, %v105, %v248 : f32
              %v253, %v254 = gpu.shuffle idx %v214, %v105, %v248 : f32
              %v255, %v256 = gpu.shuffle idx %v217, %v105, %v248 : f32
              %v257, %v258 = gpu.shuffle idx %v230, %v105, %v248 : f32
              %v259, %v260 = gpu.shuffle idx %v235, %v105, %v248 : f32
              scf.if %v246 {
                %v261 = arith.addi %v119, %v244 : i64
                %v264 = arith.muli %v47, %v263 : i64
                %v265 = arith.muli %v261, %v262 : i64
                %v266 = arith.addi %v264, %v265 : i64
                %v267 = arith.muli %v33, %v2 : i64
                %v268 = arith.addi %v266, %v267 : i64
                %v269 = llvm.getelementptr %in_Cm[%v268] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v270 = llvm.load %v269 : !llvm.ptr -> f32
                %v271 = arith.muli %v47, %v220 : i64
                %v272 = arith.muli %v261, %v219 : i64
                %v273 = arith.addi %v271, %v272 : i64
                %v274 = arith.muli %v45, %v218 : i64
                %v275 = arith.addi %v273, %v274 : i64
                %v276 = arith.muli %v43, %v2 : i64
                %v277 = arith.addi %v275, %v276 : i64
                %v278 = llvm.getelementptr %dy_y[%v277] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v279 = llvm.load %v278 : !llvm.ptr -> f32
                %v280 = arith.mulf %v270, %v279 fastmath<contract> : f32
                %v281 = llvm.load %v53 : !llvm.ptr -> f32
                %v282 = llvm.load %v55 : !llvm.ptr -> f32
                %v283 = arith.mulf %v282, %v281 fastmath<contract> : f32
                %v284 = arith.addf %v280, %v283 fastmath<contract> : f32
                llvm.store %v284, %v53 : f32, !llvm.ptr
                %v285 = llvm.load %v64 : !llvm.ptr -> f32
                %v286 = arith.mulf %v285, %v282 fastmath<contract> : f32
                llvm.store %v286, %v64 : f32, !llvm.ptr
                %v287 = arith.muli %v47, %v263 : i64
                %v288 = arith.muli %v261, %v262 : i64
                %v289 = arith.addi %v287, %v288 : i64
                %v290 = arith.constant 8 : i64
                %v291 = arith.addi %v290, %v33 : i64
                %v292 = arith.muli %v291, %v2 : i64
                %v293 = arith.addi %v289, %v292 : i64
                %v294 = llvm.getelementptr %in_Cm[%v293] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v295 = llvm.load %v294 : !llvm.ptr -> f32
                %v296 = arith.mulf %v295, %v279 fastmath<contract> : f32
                %v297 = llvm.load %v54 : !llvm.ptr -> f32
                %v298 = llvm.load %v56 : !llvm.ptr -> f32
                %v299 = arith.mulf %v298, %v297 fastmath<contract> : f32
                %v300 = arith.addf %v296, %v299 fastmath<contract> : f32
                llvm.store %v300, %v54 : f32, !llvm.ptr
                %v301 = llvm.load %v65 : !llvm.ptr -> f32
                %v302 = arith.mulf %v301, %v298 fastmath<contract> : f32
                llvm.store %v302, %v65 : f32, !llvm.ptr
                scf.if %v247 {
                }
                llvm.store %v255, %v55 : f32, !llvm.ptr
                llvm.store %v255, %v56 : f32, !llvm.ptr
              }
              %v304 = arith.addi %v160, %v303 : i64
              %v306 = arith.cmpi slt, %v305, %v237 : i32
              %v307 = arith.cmpi eq, %v305, %v243 : i32
              %v308, %v309 = gpu.shuffle idx %v208, %v101, %v248 : f32
              %v310, %v311 = gpu.shuffle idx %v209, %v101, %v248 : f32
              %v312, %v313 = gpu.shuffle idx %v214, %v101, %v248 : f32
              %v314, %v315 = gpu.shuffle idx %v217, %v101, %v248 : f32
              %v316, %v317 = gpu.shuffle idx %v230, %v101, %v248 : f32
              %v318, %v319 = gpu.shuffle idx %v235, %v101, %v248 : f32
              scf.if %v306 {
                %v320 = arith.addi %v119, %v304 : i64
                %v321 = arith.muli %v47, %v263 : i64
                %v322 = arith.muli %v320, %v262 : i64
                %v323 = arith.addi %v321, %v322 : i64
                %v324 = arith.muli %v33, %v2 : i64
                %v325 = arith.addi %v323, %v324 : i64
                %v326 = llvm.getelementptr %in_Cm[%v325] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v327 = llvm.load %v326 : !llvm.ptr -> f32
                %v328 = arith.muli %v47, %v220 : i64
                %v329 = arith.muli %v320, %v219 : i64
                %v330 = arith.addi %v328, %v329 : i64
                %v331 = arith.muli %v45, %v218 : i64
                %v332 = arith.addi %v330, %v331 : i64
                %v333 = arith.muli %v43, %v2 : i64
                %v334 = arith.addi %v332, %v333 : i64
                %v335 = llvm.getelementptr %dy_y[%v334] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v336 = llvm.load %v335 : !llvm.ptr -> f32
                %v337 = arith.mulf %v327, %v336 fastmath<contract> : f32
                %v338 = llvm.load %v53 : !llvm.ptr -> f32
                %v339 = llvm.load %v55 : !llvm.ptr -> f32
                %v340 = arith.mulf %v339, %v338 fastmath<contract> : f32
                %v341 = arith.addf %v337, %v340 fastmath<contract> : f32
                llvm.store %v341, %v53 : f32, !llvm.ptr
                %v342 = llvm.load %v64 : !llvm.ptr -> f32
                %v343 = arith.mulf %v342, %v339 fastmath<contract> : f32
                llvm.store %v343, %v64 : f32, !llvm.ptr
                %v344 = arith.muli %v47, %v263 : i64
                %v345 = arith.muli %v320, %v262 : i64
                %v346 = arith.addi %v344, %v345 : i64
                %v347 = arith.constant 8 : i64
                %v348 = arith.addi %v347, %v33 : i64
                %v349 = arith.muli %v348, %v2 : i64
                %v350 = arith.addi %v346, %v349 : i64
                %v351 = llvm.getelementptr %in_Cm[%v350] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v352 = llvm.load %v351 : !llvm.ptr -> f32
                %v353 = arith.mulf %v352, %v336 fastmath<contract> : f32
                %v354 = llvm.load %v54 : !llvm.ptr -> f32
                %v355 = llvm.load %v56 : !llvm.ptr -> f32
                %v356 = arith.mulf %v355, %v354 fastmath<contract> : f32
                %v357 = arith.addf %v353, %v356 fastmath<contract> : f32
                llvm.store %v357, %v54 : f32, !llvm.ptr
                %v358 = llvm.load %v65 : !llvm.ptr -> f32
                %v359 = arith.mulf %v358, %v355 fastmath<contract> : f32
                llvm.store %v359, %v65 : f32, !llvm.ptr
                scf.if %v307 {
                }
                llvm.store %v314, %v55 : f32, !llvm.ptr
                llvm.store %v314, %v56 : f32, !llvm.ptr
              }
              %v361 = arith.addi %v160, %v360 : i64
              %v363 = arith.cmpi slt, %v362, %v237 : i32
              %v364 = arith.cmpi eq, %v362, %v243 : i32
              %v365, %v366 = gpu.shuffle idx %v208, %v97, %v248 : f32
              %v367, %v368 = gpu.shuffle idx %v209, %v97, %v248 : f32
              %v369, %v370 = gpu.shuffle idx %v214, %v97, %v248 : f32
              %v371, %v372 = gpu.shuffle idx %v217, %v97, %v248 : f32
              %v373, %v374 = gpu.shuffle idx %v230, %v97, %v248 : f32
              %v375, %v376 = gpu.shuffle idx %v235, %v97, %v248 : f32
              scf.if %v363 {
                %v377 = arith.addi %v119, %v361 : i64
                %v378 = arith.muli %v47, %v263 : i64
                %v379 = arith.muli %v377, %v262 : i64
                %v380 = arith.addi %v378, %v379 : i64
                %v381 = arith.muli %v33, %v2 : i64
                %v382 = arith.addi %v380, %v381 : i64
                %v383 = llvm.getelementptr %in_Cm[%v382] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v384 = llvm.load %v383 : !llvm.ptr -> f32
                %v385 = arith.muli %v47, %v220 : i64
                %v386 = arith.muli %v377, %v219 : i64
                %v387 = arith.addi %v385, %v386 : i64
                %v388 = arith.muli %v45, %v218 : i64
                %v389 = arith.addi %v387, %v388 : i64
                %v390 = arith.muli %v43, %v2 : i64
                %v391 = arith.addi %v389, %v390 : i64
                %v392 = llvm.getelementptr %dy_y[%v391] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v393 = llvm.load %v392 : !llvm.ptr -> f32
                %v394 = arith.mulf %v384, %v393 fastmath<contract> : f32
                %v395 = llvm.load %v53 : !llvm.ptr -> f32
                %v396 = llvm.load %v55 : !llvm.ptr -> f32
                %v397 = arith.mulf %v396, %v395 fastmath<contract> : f32
                %v398 = arith.addf %v394, %v397 fastmath<contract> : f32
                llvm.store %v398, %v53 : f32, !llvm.ptr
                %v399 = llvm.load %v64 : !llvm.ptr -> f32
                %v400 = arith.mulf %v399, %v396 fastmath<contract> : f32
                llvm.store %v400, %v64 : f32, !llvm.ptr
                %v401 = arith.muli %v47, %v263 : i64
                %v402 = arith.muli %v377, %v262 : i64
                %v403 = arith.addi %v401, %v402 : i64
                %v404 = arith.constant 8 : i64
                %v405 = arith.addi %v404, %v33 : i64
                %v406 = arith.muli %v405, %v2 : i64
                %v407 = arith.addi %v403, %v406 : i64
                %v408 = llvm.getelementptr %in_Cm[%v407] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v409 = llvm.load %v408 : !llvm.ptr -> f32
                %v410 = arith.mulf %v409, %v393 fastmath<contract> : f32
                %v411 = llvm.load %v54 : !llvm.ptr -> f32
                %v412 = llvm.load %v56 : !llvm.ptr -> f32
                %v413 = arith.mulf %v412, %v411 fastmath<contract> : f32
                %v414 = arith.addf %v410, %v413 fastmath<contract> : f32
                llvm.store %v414, %v54 : f32, !llvm.ptr
                %v415 = llvm.load %v65 : !llvm.ptr -> f32
                %v416 = arith.mulf %v415, %v412 fastmath<contract> : f32
                llvm.store %v416, %v65 : f32, !llvm.ptr
                scf.if %v364 {
                }
                llvm.store %v371, %v55 : f32, !llvm.ptr
                llvm.store %v371, %v56 : f32, !llvm.ptr
              }
              %v417 = arith.addi %v160, %v49 : i64
              %v419 = arith.cmpi slt, %v418, %v237 : i32
              %v420 = arith.cmpi eq, %v418, %v243 : i32
              %v421, %v422 = gpu.shuffle idx %v208, %v93, %v248 : f32
              %v423, %v424 = gpu.shuffle idx %v209, %v93, %v248 : f32
              %v425, %v426 = gpu.shuffle idx %v214, %v93, %v248 : f32
              %v427, %v428 = gpu.shuffle idx %v217, %v93, %v248 : f32
              %v429, %v430 = gpu.shuffle idx %v230, %v93, %v248 : f32
              %v431, %v432 = gpu.shuffle idx %v235, %v93, %v248 : f32
              scf.if %v419 {
                %v433 = arith.addi %v119, %v417 : i64
                %v434 = arith.muli %v47, %v263 : i64
                %v435 = arith.muli %v433, %v262 : i64
                %v436 = arith.addi %v434, %v435 : i64
                %v437 = arith.muli %v33, %v2 : i64
                %v438 = arith.addi %v436, %v437 : i64
                %v439 = llvm.getelementptr %in_Cm[%v438] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v440 = llvm.load %v439 : !llvm.ptr -> f32
                %v441 = arith.muli %v47, %v220 : i64
                %v442 = arith.muli %v433, %v219 : i64
                %v443 = arith.addi %v441, %v442 : i64
                %v444 = arith.muli %v45, %v218 : i64
                %v445 = arith.addi %v443, %v444 : i64
                %v446 = arith.muli %v43, %v2 : i64
                %v447 = arith.addi %v445, %v446 : i64
                %v448 = llvm.getelementptr %dy_y[%v447] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v449 = llvm.load %v448 : !llvm.ptr -> f32
                %v450 = arith.mulf %v440, %v449 fastmath<contract> : f32
                %v451 = llvm.load %v53 : !llvm.ptr -> f32
                %v452 = llvm.load %v55 : !llvm.ptr -> f32
                %v453 = arith.mulf %v452, %v451 fastmath<contract> : f32
                %v454 = arith.addf %v450, %v453 fastmath<contract> : f32
                llvm.store %v454, %v53 : f32, !llvm.ptr
                %v455 = llvm.load %v64 : !llvm.ptr -> f32
                %v456 = arith.mulf %v455, %v452 fastmath<contract> : f32
                llvm.store %v456, %v64 : f32, !llvm.ptr
                %v457 = arith.muli %v47, %v263 : i64
                %v458 = arith.muli %v433, %v262 : i64
                %v459 = arith.addi %v457, %v458 : i64
                %v460 = arith.constant 8 : i64
                %v461 = arith.addi %v460, %v33 : i64
                %v462 = arith.muli %v461, %v2 : i64
                %v463 = arith.addi %v459, %v462 : i64
                %v464 = llvm.getelementptr %in_Cm[%v463] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v465 = llvm.load %v464 : !llvm.ptr -> f32
                %v466 = arith.mulf %v465, %v449 fastmath<contract> : f32
                %v467 = llvm.load %v54 : !llvm.ptr -> f32
                %v468 = llvm.load %v56 : !llvm.ptr -> f32
                %v469 = arith.mulf %v468, %v467 fastmath<contract> : f32
                %v470 = arith.addf %v466, %v469 fastmath<contract> : f32
                llvm.store %v470, %v54 : f32, !llvm.ptr
                %v471 = llvm.load %v65 : !llvm.ptr -> f32
                %v472 = arith.mulf %v471, %v468 fastmath<contract> : f32
                llvm.store %v472, %v65 : f32, !llvm.ptr
                scf.if %v420 {
                }
                llvm.store %v427, %v55 : f32, !llvm.ptr
                llvm.store %v427, %v56 : f32, !llvm.ptr
              }
              %v474 = arith.addi %v160, %v473 : i64
              %v476 = arith.cmpi slt, %v475, %v237 : i32
              %v477 = arith.cmpi eq, %v475, %v243 : i32
              %v478, %v479 = gpu.shuffle idx %v208, %v89, %v248 : f32
              %v480, %v481 = gpu.shuffle idx %v209, %v89, %v248 : f32
              %v482, %v483 = gpu.shuffle idx %v214, %v89, %v248 : f32
              %v484, %v485 = gpu.shuffle idx %v217, %v89, %v248 : f32
              %v486, %v487 = gpu.shuffle idx %v230, %v89, %v248 : f32
              %v488, %v489 = gpu.shuffle idx %v235, %v89, %v248 : f32
              scf.if %v476 {
                %v490 = arith.addi %v119, %v474 : i64
                %v491 = arith.muli %v47, %v263 : i64
                %v492 = arith.muli %v490, %v262 : i64
                %v493 = arith.addi %v491, %v492 : i64
                %v494 = arith.muli %v33, %v2 : i64
                %v495 = arith.addi %v493, %v494 : i64
                %v496 = llvm.getelementptr %in_Cm[%v495] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v497 = llvm.load %v496 : !llvm.ptr -> f32
                %v498 = arith.muli %v47, %v220 : i64
                %v499 = arith.muli %v490, %v219 : i64
                %v500 = arith.addi %v498, %v499 : i64
                %v501 = arith.muli %v45, %v218 : i64
                %v502 = arith.addi %v500, %v501 : i64
                %v503 = arith.muli %v43, %v2 : i64
                %v504 = arith.addi %v502, %v503 : i64
                %v505 = llvm.getelementptr %dy_y[%v504] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v506 = llvm.load %v505 : !llvm.ptr -> f32
                %v507 = arith.mulf %v497, %v506 fastmath<contract> : f32
                %v508 = llvm.load %v53 : !llvm.ptr -> f32
                %v509 = llvm.load %v55 : !llvm.ptr -> f32
                %v510 = arith.mulf %v509, %v508 fastmath<contract> : f32
                %v511 = arith.addf %v507, %v510 fastmath<contract> : f32
                llvm.store %v511, %v53 : f32, !llvm.ptr
                %v512 = llvm.load %v64 : !llvm.ptr -> f32
                %v513 = arith.mulf %v512, %v509 fastmath<contract> : f32
                llvm.store %v513, %v64 : f32, !llvm.ptr
                %v514 = arith.muli %v47, %v263 : i64
                %v515 = arith.muli %v490, %v262 : i64
                %v516 = arith.addi %v514, %v515 : i64
                %v517 = arith.constant 8 : i64
                %v518 = arith.addi %v517, %v33 : i64
                %v519 = arith.muli %v518, %v2 : i64
                %v520 = arith.addi %v516, %v519 : i64
                %v521 = llvm.getelementptr %in_Cm[%v520] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v522 = llvm.load %v521 : !llvm.ptr -> f32
                %v523 = arith.mulf %v522, %v506 fastmath<contract> : f32
                %v524 = llvm.load %v54 : !llvm.ptr -> f32
                %v525 = llvm.load %v56 : !llvm.ptr -> f32
                %v526 = arith.mulf %v525, %v524 fastmath<contract> : f32
                %v527 = arith.addf %v523, %v526 fastmath<contract> : f32
                llvm.store %v527, %v54 : f32, !llvm.ptr
                %v528 = llvm.load %v65 : !llvm.ptr -> f32
                %v529 = arith.mulf %v528, %v525 fastmath<contract> : f32
                llvm.store %v529, %v65 : f32, !llvm.ptr
                scf.if %v477 {
                }
                llvm.store %v484, %v55 : f32, !llvm.ptr
                llvm.store %v484, %v56 : f32, !llvm.ptr
              }
              %v531 = arith.addi %v160, %v530 : i64
              %v533 = arith.cmpi slt, %v532, %v237 : i32
              %v534 = arith.cmpi eq, %v532, %v243 : i32
              %v535, %v536 = gpu.shuffle idx %v208, %v85, %v248 : f32
              %v537, %v538 = gpu.shuffle idx %v209, %v85, %v248 : f32
              %v539, %v540 = gpu.shuffle idx %v214, %v85, %v248 : f32
              %v541, %v542 = gpu.shuffle idx %v217, %v85, %v248 : f32
              %v543, %v544 = gpu.shuffle idx %v230, %v85, %v248 : f32
              %v545, %v546 = gpu.shuffle idx %v235, %v85, %v248 : f32
              scf.if %v533 {
                %v547 = arith.addi %v119, %v531 : i64
                %v548 = arith.muli %v47, %v263 : i64
                %v549 = arith.muli %v547, %v262 : i64
                %v550 = arith.addi %v548, %v549 : i64
                %v551 = arith.muli %v33, %v2 : i64
                %v552 = arith.addi %v550, %v551 : i64
                %v553 = llvm.getelementptr %in_Cm[%v552] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v554 = llvm.load %v553 : !llvm.ptr -> f32
                %v555 = arith.muli %v47, %v220 : i64
                %v556 = arith.muli %v547, %v219 : i64
                %v557 = arith.addi %v555, %v556 : i64
                %v558 = arith.muli %v45, %v218 : i64
                %v559 = arith.addi %v557, %v558 : i64
                %v560 = arith.muli %v43, %v2 : i64
                %v561 = arith.addi %v559, %v560 : i64
                %v562 = llvm.getelementptr %dy_y[%v561] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v563 = llvm.load %v562 : !llvm.ptr -> f32
                %v564 = arith.mulf %v554, %v563 fastmath<contract> : f32
                %v565 = llvm.load %v53 : !llvm.ptr -> f32
                %v566 = llvm.load %v55 : !llvm.ptr -> f32
                %v567 = arith.mulf %v566, %v565 fastmath<contract> : f32
                %v568 = arith.addf %v564, %v567 fastmath<contract> : f32
                llvm.store %v568, %v53 : f32, !llvm.ptr
                %v569 = llvm.load %v64 : !llvm.ptr -> f32
                %v570 = arith.mulf %v569, %v566 fastmath<contract> : f32
                llvm.store %v570, %v64 : f32, !llvm.ptr
                %v571 = arith.muli %v47, %v263 : i64
                %v572 = arith.muli %v547, %v262 : i64
                %v573 = arith.addi %v571, %v572 : i64
                %v574 = arith.constant 8 : i64
                %v575 = arith.addi %v574, %v33 : i64
                %v576 = arith.muli %v575, %v2 : i64
                %v577 = arith.addi %v573, %v576 : i64
                %v578 = llvm.getelementptr %in_Cm[%v577] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v579 = llvm.load %v578 : !llvm.ptr -> f32
                %v580 = arith.mulf %v579, %v563 fastmath<contract> : f32
                %v581 = llvm.load %v54 : !llvm.ptr -> f32
                %v582 = llvm.load %v56 : !llvm.ptr -> f32
                %v583 = arith.mulf %v582, %v581 fastmath<contract> : f32
                %v584 = arith.addf %v580, %v583 fastmath<contract> : f32
                llvm.store %v584, %v54 : f32, !llvm.ptr
                %v585 = llvm.load %v65 : !llvm.ptr -> f32
                %v586 = arith.mulf %v585, %v582 fastmath<contract> : f32
                llvm.store %v586, %v65 : f32, !llvm.ptr
                scf.if %v534 {
                }
                llvm.store %v541, %v55 : f32, !llvm.ptr
                llvm.store %v541, %v56 : f32, !llvm.ptr
              }
              %v587 = arith.addi %v160, %v2 : i64
              %v589 = arith.cmpi slt, %v588, %v237 : i32
              %v590 = arith.cmpi eq, %v588, %v243 : i32
              %v591, %v592 = gpu.shuffle idx %v208, %v81, %v248 : f32
              %v593, %v594 = gpu.shuffle idx %v209, %v81, %v248 : f32
              %v595, %v596 = gpu.shuffle idx %v214, %v81, %v248 : f32
              %v597, %v598 = gpu.shuffle idx %v217, %v81, %v248 : f32
              %v599, %v600 = gpu.shuffle idx %v230, %v81, %v248 : f32
              %v601, %v602 = gpu.shuffle idx %v235, %v81, %v248 : f32
              scf.if %v589 {
                %v603 = arith.addi %v119, %v587 : i64
                %v604 = arith.muli %v47, %v263 : i64
                %v605 = arith.muli %v603, %v262 : i64
                %v606 = arith.addi %v604, %v605 : i64
                %v607 = arith.muli %v33, %v2 : i64
                %v608 = arith.addi %v606, %v607 : i64
                %v609 = llvm.getelementptr %in_Cm[%v608] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v610 = llvm.load %v609 : !llvm.ptr -> f32
                %v611 = arith.muli %v47, %v220 : i64
                %v612 = arith.muli %v603, %v219 : i64
                %v613 = arith.addi %v611, %v612 : i64
                %v614 = arith.muli %v45, %v218 : i64
                %v615 = arith.addi %v613, %v614 : i64
                %v616 = arith.muli %v43, %v2 : i64
                %v617 = arith.addi %v615, %v616 : i64
                %v618 = llvm.getelementptr %dy_y[%v617] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v619 = llvm.load %v618 : !llvm.ptr -> f32
                %v620 = arith.mulf %v610, %v619 fastmath<contract> : f32
                %v621 = llvm.load %v53 : !llvm.ptr -> f32
                %v622 = llvm.load %v55 : !llvm.ptr -> f32
                %v623 = arith.mulf %v622, %v621 fastmath<contract> : f32
                %v624 = arith.addf %v620, %v623 fastmath<contract> : f32
                llvm.store %v624, %v53 : f32, !llvm.ptr
                %v625 = llvm.load %v64 : !llvm.ptr -> f32
                %v626 = arith.mulf %v625, %v622 fastmath<contract> : f32
                llvm.store %v626, %v64 : f32, !llvm.ptr
                %v627 = arith.muli %v47, %v263 : i64
                %v628 = arith.muli %v603, %v262 : i64
                %v629 = arith.addi %v627, %v628 : i64
                %v630 = arith.constant 8 : i64
                %v631 = arith.addi %v630, %v33 : i64
                %v632 = arith.muli %v631, %v2 : i64
                %v633 = arith.addi %v629, %v632 : i64
                %v634 = llvm.getelementptr %in_Cm[%v633] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v635 = llvm.load %v634 : !llvm.ptr -> f32
                %v636 = arith.mulf %v635, %v619 fastmath<contract> : f32
                %v637 = llvm.load %v54 : !llvm.ptr -> f32
                %v638 = llvm.load %v56 : !llvm.ptr -> f32
                %v639 = arith.mulf %v638, %v637 fastmath<contract> : f32
                %v640 = arith.addf %v636, %v639 fastmath<contract> : f32
                llvm.store %v640, %v54 : f32, !llvm.ptr
                %v641 = llvm.load %v65 : !llvm.ptr -> f32
                %v642 = arith.mulf %v641, %v638 fastmath<contract> : f32
                llvm.store %v642, %v65 : f32, !llvm.ptr
                scf.if %v590 {
                }
                llvm.store %v597, %v55 : f32, !llvm.ptr
                llvm.store %v597, %v56 : f32, !llvm.ptr
              }
              %v643 = arith.addi %v160, %v66 : i64
              %v645 = arith.cmpi slt, %v644, %v237 : i32
              %v646 = arith.cmpi eq, %v644, %v243 : i32
              %v647, %v648 = gpu.shuffle idx %v208, %v77, %v248 : f32
              %v649, %v650 = gpu.shuffle idx %v209, %v77, %v248 : f32
              %v651, %v652 = gpu.shuffle idx %v214, %v77, %v248 : f32
              %v653, %v654 = gpu.shuffle idx %v217, %v77, %v248 : f32
              %v655, %v656 = gpu.shuffle idx %v230, %v77, %v248 : f32
              %v657, %v658 = gpu.shuffle idx %v235, %v77, %v248 : f32
              scf.if %v645 {
                %v659 = arith.addi %v119, %v643 : i64
                %v660 = arith.muli %v47, %v263 : i64
                %v661 = arith.muli %v659, %v262 : i64
                %v662 = arith.addi %v660, %v661 : i64
                %v663 = arith.muli %v33, %v2 : i64
                %v664 = arith.addi %v662, %v663 : i64
                %v665 = llvm.getelementptr %in_Cm[%v664] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v666 = llvm.load %v665 : !llvm.ptr -> f32
                %v667 = arith.muli %v47, %v220 : i64
                %v668 = arith.muli %v659, %v219 : i64
                %v669 = arith.addi %v667, %v668 : i64
                %v670 = arith.muli %v45, %v218 : i64
                %v671 = arith.addi %v669, %v670 : i64
                %v672 = arith.muli %v43, %v2 : i64
                %v673 = arith.addi %v671, %v672 : i64
                %v674 = llvm.getelementptr %dy_y[%v673] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v675 = llvm.load %v674 : !llvm.ptr -> f32
                %v676 = arith.mulf %v666, %v675 fastmath<contract> : f32
                %v677 = llvm.load %v53 : !llvm.ptr -> f32
                %v678 = llvm.load %v55 : !llvm.ptr -> f32
                %v679 = arith.mulf %v678, %v677 fastmath<contract> : f32
                %v680 = arith.addf %v676, %v679 fastmath<contract> : f32
                llvm.store %v680, %v53 : f32, !llvm.ptr
                %v681 = llvm.load %v64 : !llvm.ptr -> f32
                %v682 = arith.mulf %v681, %v678 fastmath<contract> : f32
                llvm.store %v682, %v64 : f32, !llvm.ptr
                %v683 = arith.muli %v47, %v263 : i64
                %v684 = arith.muli %v659, %v262 : i64
                %v685 = arith.addi %v683, %v684 : i64
                %v686 = arith.constant 8 : i64
                %v687 = arith.addi %v686, %v33 : i64
                %v688 = arith.muli %v687, %v2 : i64
                %v689 = arith.addi %v685, %v688 : i64
                %v690 = llvm.getelementptr %in_Cm[%v689] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v691 = llvm.load %v690 : !llvm.ptr -> f32
                %v692 = arith.mulf %v691, %v675 fastmath<contract> : f32
                %v693 = llvm.load %v54 : !llvm.ptr -> f32
                %v694 = llvm.load %v56 : !llvm.ptr -> f32
                %v695 = arith.mulf %v694, %v693 fastmath<contract> : f32
                %v696 = arith.addf %v692, %v695 fastmath<contract> : f32
                llvm.store %v696, %v54 : f32, !llvm.ptr
                %v697 = llvm.load %v65 : !llvm.ptr -> f32
                %v698 = arith.mulf %v697, %v694 fastmath<contract> : f32
                llvm.store %v698, %v65 : f32, !llvm.ptr
                scf.if %v646 {
                }
                llvm.store %v653, %v55 : f32, !llvm.ptr
                llvm.store %v653, %v56 : f32, !llvm.ptr
              }
            }
          }
        }
      }
      scf.if %v37 {
        %v699 = llvm.load %v53 : !llvm.ptr -> f32
        %v700 = arith.addi %v66, %v33 : i64
        %v701 = arith.muli %v66, %v9 : i64
        %v702 = arith.addi %v701, %v28 : i64
        %v703 = arith.muli %v702, %v1 : i64
        %v704 = arith.addi %v703, %v700 : i64
        %v705 = arith.muli %v704, %v5 : i64
        %v706 = arith.subi %v5, %v2 : i64
        %v707 = arith.minsi %v39, %v706 : i64
        %v708 = arith.addi %v705, %v707 : i64
        %v709 = llvm.getelementptr %segsum_S[%v708] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v699, %v709 : f32, !llvm.ptr
        %v710 = llvm.load %v64 : !llvm.ptr -> f32
        %v711 = arith.addi %v66, %v33 : i64
        %v712 = arith.muli %v2, %v9 : i64
        %v713 = arith.addi %v712, %v28 : i64
        %v714 = arith.muli %v713, %v1 : i64
        %v715 = arith.addi %v714, %v711 : i64
        %v716 = arith.muli %v715, %v5 : i64
        %v717 = arith.subi %v5, %v2 : i64
        %v718 = arith.minsi %v39, %v717 : i64
        %v719 = arith.addi %v716, %v718 : i64
        %v720 = llvm.getelementptr %segsum_S[%v719] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v710, %v720 : f32, !llvm.ptr
        %v721 = llvm.load %v55 : !llvm.ptr -> f32
        %v722 = arith.addi %v66, %v33 : i64
        %v723 = arith.muli %v530, %v9 : i64
        %v724 = arith.addi %v723, %v28 : i64
        %v725 = arith.muli %v724, %v1 : i64
        %v726 = arith.addi %v725, %v722 : i64
        %v727 = arith.muli %v726, %v5 : i64
        %v728 = arith.subi %v5, %v2 : i64
        %v729 = arith.minsi %v39, %v728 : i64
        %v730 = arith.addi %v727, %v729 : i64
        %v731 = llvm.getelementptr %segsum_S[%v730] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v721, %v731 : f32, !llvm.ptr
        %v732 = llvm.load %v54 : !llvm.ptr -> f32
        %v733 = arith.addi %v32, %v33 : i64
        %v734 = arith.muli %v66, %v9 : i64
        %v735 = arith.addi %v734, %v28 : i64
        %v736 = arith.muli %v735, %v1 : i64
        %v737 = arith.addi %v736, %v733 : i64
        %v738 = arith.muli %v737, %v5 : i64
        %v739 = arith.subi %v5, %v2 : i64
        %v740 = arith.minsi %v39, %v739 : i64
        %v741 = arith.addi %v738, %v740 : i64
        %v742 = llvm.getelementptr %segsum_S[%v741] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v732, %v742 : f32, !llvm.ptr
        %v743 = llvm.load %v65 : !llvm.ptr -> f32
        %v744 = arith.addi %v32, %v33 : i64
        %v745 = arith.muli %v2, %v9 : i64
        %v746 = arith.addi %v745, %v28 : i64
        %v747 = arith.muli %v746, %v1 : i64
        %v748 = arith.addi %v747, %v744 : i64
        %v749 = arith.muli %v748, %v5 : i64
        %v750 = arith.subi %v5, %v2 : i64
        %v751 = arith.minsi %v39, %v750 : i64
        %v752 = arith.addi %v749, %v751 : i64
        %v753 = llvm.getelementptr %segsum_S[%v752] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v743, %v753 : f32, !llvm.ptr
        %v754 = llvm.load %v56 : !llvm.ptr -> f32
        %v755 = arith.addi %v32, %v33 : i64
        %v756 = arith.muli %v530, %v9 : i64
        %v757 = arith.addi %v756, %v28 : i64
        %v758 = arith.muli %v757, %v1 : i64
        %v759 = arith.addi %v758, %v755 : i64
        %v760 = arith.muli %v759, %v5 : i64
        %v761 = arith.subi %v5, %v2 : i64
        %v762 = arith.minsi %v39, %v761 : i64
        %v763 = arith.addi %v760, %v762 : i64
        %v764 = llvm.getelementptr %segsum_S[%v763] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v754, %v764 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
