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
      %v21 = arith.constant 31 : i64
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
      %v180 = arith.constant 0x3FB8AA3B : f32
      %v185 = arith.constant 0x3F317218 : f32
      %v187 = arith.constant 0x3E124925 : f32
      %v189 = arith.constant 0xBE2AAAAB : f32
      %v192 = arith.constant 0x3E4CCCCD : f32
      %v195 = arith.constant 0xBE800000 : f32
      %v198 = arith.constant 0x3EAAAAAB : f32
      %v201 = arith.constant 0xBF000000 : f32
      %v207 = arith.constant 0x3D800000 : f32
      %v220 = arith.muli %v2, %size_P : i64
      %v221 = arith.muli %v220, %size_H : i64
      %v222 = arith.muli %v221, %size_L : i64
      %v243 = arith.constant 2147483647 : i64
      %v247 = arith.constant 7 : i32
      %v250 = arith.constant 32 : i32
      %v264 = arith.muli %v2, %v1 : i64
      %v265 = arith.muli %v264, %size_L : i64
      %v305 = arith.constant 6 : i64
      %v307 = arith.constant 6 : i32
      %v362 = arith.constant 5 : i64
      %v364 = arith.constant 5 : i32
      %v420 = arith.constant 4 : i32
      %v475 = arith.constant 3 : i64
      %v477 = arith.constant 3 : i32
      %v532 = arith.constant 2 : i64
      %v534 = arith.constant 2 : i32
      %v590 = arith.constant 1 : i32
      %v646 = arith.constant 0 : i32
      %v16 = gpu.block_id x
      %v17 = gpu.thread_id x
      %v18 = arith.index_cast %v17 : index to i64
      %v19 = arith.index_cast %v16 : index to i64
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
              %v162 = arith.addi %v160, %v32 : i64
              %v163 = arith.cmpi sle, %v162, %v121 : i64
              scf.if %v163 {
                %v164 = arith.subi %v121, %v2 : i64
                %v165 = arith.addi %v160, %v33 : i64
                %v166 = arith.minsi %v165, %v164 : i64
                %v167 = arith.addi %v119, %v166 : i64
                %v168 = arith.muli %v66, %v143 : i64
                %v169 = arith.subi %v167, %v119 : i64
                %v170 = arith.addi %v168, %v169 : i64
                %v171 = llvm.getelementptr %v61[%v170] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v172 = llvm.load %v171 : !llvm.ptr -> f32
                %v173 = arith.muli %v45, %v2 : i64
                %v174 = llvm.getelementptr %in_dt_bias[%v173] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v175 = llvm.load %v174 : !llvm.ptr -> f32
                %v176 = arith.addf %v172, %v175 fastmath<contract> : f32
                %v177 = arith.maximumf %v176, %v62 : f32
                %v178 = llvm.call_intrinsic "llvm.fabs.f32"(%v176) : (f32) -> f32
                %v179 = arith.negf %v178 : f32
                %v181 = arith.mulf %v179, %v180 fastmath<contract> : f32
                %v182 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v181) : (f32) -> f32
                %v183 = arith.addf %v63, %v182 fastmath<contract> : f32
                %v184 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v183) : (f32) -> f32
                %v186 = arith.mulf %v184, %v185 fastmath<contract> : f32
                %v188 = arith.mulf %v187, %v182 fastmath<contract> : f32
                %v190 = arith.addf %v188, %v189 fastmath<contract> : f32
                %v191 = arith.mulf %v190, %v182 fastmath<contract> : f32
                %v193 = arith.addf %v191, %v192 fastmath<contract> : f32
                %v194 = arith.mulf %v193, %v182 fastmath<contract> : f32
                %v196 = arith.addf %v194, %v195 fastmath<contract> : f32
                %v197 = arith.mulf %v196, %v182 fastmath<contract> : f32
                %v199 = arith.addf %v197, %v198 fastmath<contract> : f32
                %v200 = arith.mulf %v199, %v182 fastmath<contract> : f32
                %v202 = arith.addf %v200, %v201 fastmath<contract> : f32
                %v203 = arith.mulf %v202, %v182 fastmath<contract> : f32
                %v204 = arith.addf %v203, %v63 fastmath<contract> : f32
                %v205 = arith.mulf %v204, %v182 fastmath<contract> : f32
                %v206 = llvm.call_intrinsic "llvm.fabs.f32"(%v182) : (f32) -> f32
                %v208 = arith.cmpf olt, %v206, %v207 : f32
                %v209 = arith.select %v208, %v205, %v186 : f32
                %v210 = arith.addf %v177, %v209 fastmath<contract> : f32
                %v211 = arith.negf %v210 : f32
                %v212 = arith.muli %v45, %v2 : i64
                %v213 = llvm.getelementptr %in_A_log[%v212] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v214 = llvm.load %v213 : !llvm.ptr -> f32
                %v215 = arith.mulf %v214, %v180 fastmath<contract> : f32
                %v216 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v215) : (f32) -> f32
                %v217 = arith.mulf %v211, %v216 fastmath<contract> : f32
                %v218 = arith.mulf %v217, %v180 fastmath<contract> : f32
                %v219 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v218) : (f32) -> f32
                %v223 = arith.muli %v47, %v222 : i64
                %v224 = arith.muli %v167, %v221 : i64
                %v225 = arith.addi %v223, %v224 : i64
                %v226 = arith.muli %v45, %v220 : i64
                %v227 = arith.addi %v225, %v226 : i64
                %v228 = arith.muli %v43, %v2 : i64
                %v229 = arith.addi %v227, %v228 : i64
                %v230 = llvm.getelementptr %in_x[%v229] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v231 = llvm.load %v230 : !llvm.ptr -> f32
                %v232 = arith.mulf %v210, %v231 fastmath<contract> : f32
                %v233 = arith.negf %v176 : f32
                %v234 = arith.mulf %v233, %v180 fastmath<contract> : f32
                %v235 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v234) : (f32) -> f32
                %v236 = arith.addf %v63, %v235 fastmath<contract> : f32
                %v237 = arith.divf %v63, %v236 : f32
                // the group's states, recomputed into registers
                %v238 = arith.subi %v121, %v160 : i64
                %v239 = arith.trunci %v238 : i64 to i32
                %v240 = arith.subi %size_L, %v2 : i64
                %v241 = arith.addi %v119, %v160 : i64
                %v242 = arith.subi %v240, %v241 : i64
                %v244 = arith.minsi %v242, %v243 : i64
                %v245 = arith.trunci %v244 : i64 to i32
                %v246 = arith.addi %v160, %v69 : i64
                %v248 = arith.cmpi slt, %v247, %v239 : i32
                %v249 = arith.cmpi eq, %v247, %v245 : i32
                %v251, %v252 = gpu.shuffle idx %v210, %v105, %v250 : f32
                %v253, %v254 = gpu.shuffle idx %v211, %v105, %v250 : f32
                %v255, %v256 = gpu.shuffle idx %v216, %v105, %v250 : f32
                %v257, %v258 = gpu.shuffle idx %v219, %v105, %v250 : f32
                %v259, %v260 = gpu.shuffle idx %v232, %v105, %v250 : f32
                %v261, %v262 = gpu.shuffle idx %v237, %v105, %v250 : f32
                %v263 = arith.addi %v119, %v246 : i64
                %v266 = arith.muli %v47, %v265 : i64
                %v267 = arith.muli %v263, %v264 : i64
                %v268 = arith.addi %v266, %v267 : i64
                %v269 = arith.muli %v33, %v2 : i64
                %v270 = arith.addi %v268, %v269 : i64
                %v271 = llvm.getelementptr %in_Cm[%v270] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v272 = llvm.load %v271 : !llvm.ptr -> f32
                %v273 = arith.muli %v47, %v222 : i64
                %v274 = arith.muli %v263, %v221 : i64
                %v275 = arith.addi %v273, %v274 : i64
                %v276 = arith.muli %v45, %v220 : i64
                %v277 = arith.addi %v275, %v276 : i64
                %v278 = arith.muli %v43, %v2 : i64
                %v279 = arith.addi %v277, %v278 : i64
                %v280 = llvm.getelementptr %dy_y[%v279] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v281 = llvm.load %v280 : !llvm.ptr -> f32
                %v282 = arith.mulf %v272, %v281 fastmath<contract> : f32
                %v283 = llvm.load %v53 : !llvm.ptr -> f32
                %v284 = llvm.load %v55 : !llvm.ptr -> f32
                %v285 = arith.mulf %v284, %v283 fastmath<contract> : f32
                %v286 = arith.addf %v282, %v285 fastmath<contract> : f32
                llvm.store %v286, %v53 : f32, !llvm.ptr
                %v287 = llvm.load %v64 : !llvm.ptr -> f32
                %v288 = arith.mulf %v287, %v284 fastmath<contract> : f32
                llvm.store %v288, %v64 : f32, !llvm.ptr
                %v289 = arith.muli %v47, %v265 : i64
                %v290 = arith.muli %v263, %v264 : i64
                %v291 = arith.addi %v289, %v290 : i64
                %v292 = arith.constant 8 : i64
                %v293 = arith.addi %v292, %v33 : i64
                %v294 = arith.muli %v293, %v2 : i64
                %v295 = arith.addi %v291, %v294 : i64
                %v296 = llvm.getelementptr %in_Cm[%v295] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v297 = llvm.load %v296 : !llvm.ptr -> f32
                %v298 = arith.mulf %v297, %v281 fastmath<contract> : f32
                %v299 = llvm.load %v54 : !llvm.ptr -> f32
                %v300 = llvm.load %v56 : !llvm.ptr -> f32
                %v301 = arith.mulf %v300, %v299 fastmath<contract> : f32
                %v302 = arith.addf %v298, %v301 fastmath<contract> : f32
                llvm.store %v302, %v54 : f32, !llvm.ptr
                %v303 = llvm.load %v65 : !llvm.ptr -> f32
                %v304 = arith.mulf %v303, %v300 fastmath<contract> : f32
                llvm.store %v304, %v65 : f32, !llvm.ptr
                scf.if %v249 {
                }
                llvm.store %v257, %v55 : f32, !llvm.ptr
                llvm.store %v257, %v56 : f32, !llvm.ptr
                %v306 = arith.addi %v160, %v305 : i64
                %v308 = arith.cmpi slt, %v307, %v239 : i32
                %v309 = arith.cmpi eq, %v307, %v245 : i32
                %v310, %v311 = gpu.shuffle idx %v210, %v101, %v250 : f32
                %v312, %v313 = gpu.shuffle idx %v211, %v101, %v250 : f32
                %v314, %v315 = gpu.shuffle idx %v216, %v101, %v250 : f32
                %v316, %v317 = gpu.shuffle idx %v219, %v101, %v250 : f32
                %v318, %v319 = gpu.shuffle idx %v232, %v101, %v250 : f32
                %v320, %v321 = gpu.shuffle idx %v237, %v101, %v250 : f32
                %v322 = arith.addi %v119, %v306 : i64
                %v323 = arith.muli %v47, %v265 : i64
                %v324 = arith.muli %v322, %v264 : i64
                %v325 = arith.addi %v323, %v324 : i64
                %v326 = arith.muli %v33, %v2 : i64
                %v327 = arith.addi %v325, %v326 : i64
                %v328 = llvm.getelementptr %in_Cm[%v327] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v329 = llvm.load %v328 : !llvm.ptr -> f32
                %v330 = arith.muli %v47, %v222 : i64
                %v331 = arith.muli %v322, %v221 : i64
                %v332 = arith.addi %v330, %v331 : i64
                %v333 = arith.muli %v45, %v220 : i64
                %v334 = arith.addi %v332, %v333 : i64
                %v335 = arith.muli %v43, %v2 : i64
                %v336 = arith.addi %v334, %v335 : i64
                %v337 = llvm.getelementptr %dy_y[%v336] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v338 = llvm.load %v337 : !llvm.ptr -> f32
                %v339 = arith.mulf %v329, %v338 fastmath<contract> : f32
                %v340 = llvm.load %v53 : !llvm.ptr -> f32
                %v341 = llvm.load %v55 : !llvm.ptr -> f32
                %v342 = arith.mulf %v341, %v340 fastmath<contract> : f32
                %v343 = arith.addf %v339, %v342 fastmath<contract> : f32
                llvm.store %v343, %v53 : f32, !llvm.ptr
                %v344 = llvm.load %v64 : !llvm.ptr -> f32
                %v345 = arith.mulf %v344, %v341 fastmath<contract> : f32
                llvm.store %v345, %v64 : f32, !llvm.ptr
                %v346 = arith.muli %v47, %v265 : i64
                %v347 = arith.muli %v322, %v264 : i64
                %v348 = arith.addi %v346, %v347 : i64
                %v349 = arith.constant 8 : i64
                %v350 = arith.addi %v349, %v33 : i64
                %v351 = arith.muli %v350, %v2 : i64
                %v352 = arith.addi %v348, %v351 : i64
                %v353 = llvm.getelementptr %in_Cm[%v352] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v354 = llvm.load %v353 : !llvm.ptr -> f32
                %v355 = arith.mulf %v354, %v338 fastmath<contract> : f32
                %v356 = llvm.load %v54 : !llvm.ptr -> f32
                %v357 = llvm.load %v56 : !llvm.ptr -> f32
                %v358 = arith.mulf %v357, %v356 fastmath<contract> : f32
                %v359 = arith.addf %v355, %v358 fastmath<contract> : f32
                llvm.store %v359, %v54 : f32, !llvm.ptr
                %v360 = llvm.load %v65 : !llvm.ptr -> f32
                %v361 = arith.mulf %v360, %v357 fastmath<contract> : f32
                llvm.store %v361, %v65 : f32, !llvm.ptr
                scf.if %v309 {
                }
                llvm.store %v316, %v55 : f32, !llvm.ptr
                llvm.store %v316, %v56 : f32, !llvm.ptr
                %v363 = arith.addi %v160, %v362 : i64
                %v365 = arith.cmpi slt, %v364, %v239 : i32
                %v366 = arith.cmpi eq, %v364, %v245 : i32
                %v367, %v368 = gpu.shuffle idx %v210, %v97, %v250 : f32
                %v369, %v370 = gpu.shuffle idx %v211, %v97, %v250 : f32
                %v371, %v372 = gpu.shuffle idx %v216, %v97, %v250 : f32
                %v373, %v374 = gpu.shuffle idx %v219, %v97, %v250 : f32
                %v375, %v376 = gpu.shuffle idx %v232, %v97, %v250 : f32
                %v377, %v378 = gpu.shuffle idx %v237, %v97, %v250 : f32
                %v379 = arith.addi %v119, %v363 : i64
                %v380 = arith.muli %v47, %v265 : i64
                %v381 = arith.muli %v379, %v264 : i64
                %v382 = arith.addi %v380, %v381 : i64
                %v383 = arith.muli %v33, %v2 : i64
                %v384 = arith.addi %v382, %v383 : i64
                %v385 = llvm.getelementptr %in_Cm[%v384] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v386 = llvm.load %v385 : !llvm.ptr -> f32
                %v387 = arith.muli %v47, %v222 : i64
                %v388 = arith.muli %v379, %v221 : i64
                %v389 = arith.addi %v387, %v388 : i64
                %v390 = arith.muli %v45, %v220 : i64
                %v391 = arith.addi %v389, %v390 : i64
                %v392 = arith.muli %v43, %v2 : i64
                %v393 = arith.addi %v391, %v392 : i64
                %v394 = llvm.getelementptr %dy_y[%v393] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v395 = llvm.load %v394 : !llvm.ptr -> f32
                %v396 = arith.mulf %v386, %v395 fastmath<contract> : f32
                %v397 = llvm.load %v53 : !llvm.ptr -> f32
                %v398 = llvm.load %v55 : !llvm.ptr -> f32
                %v399 = arith.mulf %v398, %v397 fastmath<contract> : f32
                %v400 = arith.addf %v396, %v399 fastmath<contract> : f32
                llvm.store %v400, %v53 : f32, !llvm.ptr
                %v401 = llvm.load %v64 : !llvm.ptr -> f32
                %v402 = arith.mulf %v401, %v398 fastmath<contract> : f32
                llvm.store %v402, %v64 : f32, !llvm.ptr
                %v403 = arith.muli %v47, %v265 : i64
                %v404 = arith.muli %v379, %v264 : i64
                %v405 = arith.addi %v403, %v404 : i64
                %v406 = arith.constant 8 : i64
                %v407 = arith.addi %v406, %v33 : i64
                %v408 = arith.muli %v407, %v2 : i64
                %v409 = arith.addi %v405, %v408 : i64
                %v410 = llvm.getelementptr %in_Cm[%v409] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v411 = llvm.load %v410 : !llvm.ptr -> f32
                %v412 = arith.mulf %v411, %v395 fastmath<contract> : f32
                %v413 = llvm.load %v54 : !llvm.ptr -> f32
                %v414 = llvm.load %v56 : !llvm.ptr -> f32
                %v415 = arith.mulf %v414, %v413 fastmath<contract> : f32
                %v416 = arith.addf %v412, %v415 fastmath<contract> : f32
                llvm.store %v416, %v54 : f32, !llvm.ptr
                %v417 = llvm.load %v65 : !llvm.ptr -> f32
                %v418 = arith.mulf %v417, %v414 fastmath<contract> : f32
                llvm.store %v418, %v65 : f32, !llvm.ptr
                scf.if %v366 {
                }
                llvm.store %v373, %v55 : f32, !llvm.ptr
                llvm.store %v373, %v56 : f32, !llvm.ptr
                %v419 = arith.addi %v160, %v49 : i64
                %v421 = arith.cmpi slt, %v420, %v239 : i32
                %v422 = arith.cmpi eq, %v420, %v245 : i32
                %v423, %v424 = gpu.shuffle idx %v210, %v93, %v250 : f32
                %v425, %v426 = gpu.shuffle idx %v211, %v93, %v250 : f32
                %v427, %v428 = gpu.shuffle idx %v216, %v93, %v250 : f32
                %v429, %v430 = gpu.shuffle idx %v219, %v93, %v250 : f32
                %v431, %v432 = gpu.shuffle idx %v232, %v93, %v250 : f32
                %v433, %v434 = gpu.shuffle idx %v237, %v93, %v250 : f32
                %v435 = arith.addi %v119, %v419 : i64
                %v436 = arith.muli %v47, %v265 : i64
                %v437 = arith.muli %v435, %v264 : i64
                %v438 = arith.addi %v436, %v437 : i64
                %v439 = arith.muli %v33, %v2 : i64
                %v440 = arith.addi %v438, %v439 : i64
                %v441 = llvm.getelementptr %in_Cm[%v440] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v442 = llvm.load %v441 : !llvm.ptr -> f32
                %v443 = arith.muli %v47, %v222 : i64
                %v444 = arith.muli %v435, %v221 : i64
                %v445 = arith.addi %v443, %v444 : i64
                %v446 = arith.muli %v45, %v220 : i64
                %v447 = arith.addi %v445, %v446 : i64
                %v448 = arith.muli %v43, %v2 : i64
                %v449 = arith.addi %v447, %v448 : i64
                %v450 = llvm.getelementptr %dy_y[%v449] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v451 = llvm.load %v450 : !llvm.ptr -> f32
                %v452 = arith.mulf %v442, %v451 fastmath<contract> : f32
                %v453 = llvm.load %v53 : !llvm.ptr -> f32
                %v454 = llvm.load %v55 : !llvm.ptr -> f32
                %v455 = arith.mulf %v454, %v453 fastmath<contract> : f32
                %v456 = arith.addf %v452, %v455 fastmath<contract> : f32
                llvm.store %v456, %v53 : f32, !llvm.ptr
                %v457 = llvm.load %v64 : !llvm.ptr -> f32
                %v458 = arith.mulf %v457, %v454 fastmath<contract> : f32
                llvm.store %v458, %v64 : f32, !llvm.ptr
                %v459 = arith.muli %v47, %v265 : i64
                %v460 = arith.muli %v435, %v264 : i64
                %v461 = arith.addi %v459, %v460 : i64
                %v462 = arith.constant 8 : i64
                %v463 = arith.addi %v462, %v33 : i64
                %v464 = arith.muli %v463, %v2 : i64
                %v465 = arith.addi %v461, %v464 : i64
                %v466 = llvm.getelementptr %in_Cm[%v465] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v467 = llvm.load %v466 : !llvm.ptr -> f32
                %v468 = arith.mulf %v467, %v451 fastmath<contract> : f32
                %v469 = llvm.load %v54 : !llvm.ptr -> f32
                %v470 = llvm.load %v56 : !llvm.ptr -> f32
                %v471 = arith.mulf %v470, %v469 fastmath<contract> : f32
                %v472 = arith.addf %v468, %v471 fastmath<contract> : f32
                llvm.store %v472, %v54 : f32, !llvm.ptr
                %v473 = llvm.load %v65 : !llvm.ptr -> f32
                %v474 = arith.mulf %v473, %v470 fastmath<contract> : f32
                llvm.store %v474, %v65 : f32, !llvm.ptr
                scf.if %v422 {
                }
                llvm.store %v429, %v55 : f32, !llvm.ptr
                llvm.store %v429, %v56 : f32, !llvm.ptr
                %v476 = arith.addi %v160, %v475 : i64
                %v478 = arith.cmpi slt, %v477, %v239 : i32
                %v479 = arith.cmpi eq, %v477, %v245 : i32
                %v480, %v481 = gpu.shuffle idx %v210, %v89, %v250 : f32
                %v482, %v483 = gpu.shuffle idx %v211, %v89, %v250 : f32
                %v484, %v485 = gpu.shuffle idx %v216, %v89, %v250 : f32
                %v486, %v487 = gpu.shuffle idx %v219, %v89, %v250 : f32
                %v488, %v489 = gpu.shuffle idx %v232, %v89, %v250 : f32
                %v490, %v491 = gpu.shuffle idx %v237, %v89, %v250 : f32
                %v492 = arith.addi %v119, %v476 : i64
                %v493 = arith.muli %v47, %v265 : i64
                %v494 = arith.muli %v492, %v264 : i64
                %v495 = arith.addi %v493, %v494 : i64
                %v496 = arith.muli %v33, %v2 : i64
                %v497 = arith.addi %v495, %v496 : i64
                %v498 = llvm.getelementptr %in_Cm[%v497] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v499 = llvm.load %v498 : !llvm.ptr -> f32
                %v500 = arith.muli %v47, %v222 : i64
                %v501 = arith.muli %v492, %v221 : i64
                %v502 = arith.addi %v500, %v501 : i64
                %v503 = arith.muli %v45, %v220 : i64
                %v504 = arith.addi %v502, %v503 : i64
                %v505 = arith.muli %v43, %v2 : i64
                %v506 = arith.addi %v504, %v505 : i64
                %v507 = llvm.getelementptr %dy_y[%v506] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v508 = llvm.load %v507 : !llvm.ptr -> f32
                %v509 = arith.mulf %v499, %v508 fastmath<contract> : f32
                %v510 = llvm.load %v53 : !llvm.ptr -> f32
                %v511 = llvm.load %v55 : !llvm.ptr -> f32
                %v512 = arith.mulf %v511, %v510 fastmath<contract> : f32
                %v513 = arith.addf %v509, %v512 fastmath<contract> : f32
                llvm.store %v513, %v53 : f32, !llvm.ptr
                %v514 = llvm.load %v64 : !llvm.ptr -> f32
                %v515 = arith.mulf %v514, %v511 fastmath<contract> : f32
                llvm.store %v515, %v64 : f32, !llvm.ptr
                %v516 = arith.muli %v47, %v265 : i64
                %v517 = arith.muli %v492, %v264 : i64
                %v518 = arith.addi %v516, %v517 : i64
                %v519 = arith.constant 8 : i64
                %v520 = arith.addi %v519, %v33 : i64
                %v521 = arith.muli %v520, %v2 : i64
                %v522 = arith.addi %v518, %v521 : i64
                %v523 = llvm.getelementptr %in_Cm[%v522] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v524 = llvm.load %v523 : !llvm.ptr -> f32
                %v525 = arith.mulf %v524, %v508 fastmath<contract> : f32
                %v526 = llvm.load %v54 : !llvm.ptr -> f32
                %v527 = llvm.load %v56 : !llvm.ptr -> f32
                %v528 = arith.mulf %v527, %v526 fastmath<contract> : f32
                %v529 = arith.addf %v525, %v528 fastmath<contract> : f32
                llvm.store %v529, %v54 : f32, !llvm.ptr
                %v530 = llvm.load %v65 : !llvm.ptr -> f32
                %v531 = arith.mulf %v530, %v527 fastmath<contract> : f32
                llvm.store %v531, %v65 : f32, !llvm.ptr
                scf.if %v479 {
                }
                llvm.store %v486, %v55 : f32, !llvm.ptr
                llvm.store %v486, %v56 : f32, !llvm.ptr
                %v533 = arith.addi %v160, %v532 : i64
                %v535 = arith.cmpi slt, %v534, %v239 : i32
                %v536 = arith.cmpi eq, %v534, %v245 : i32
                %v537, %v538 = gpu.shuffle idx %v210, %v85, %v250 : f32
                %v539, %v540 = gpu.shuffle idx %v211, %v85, %v250 : f32
                %v541, %v542 = gpu.shuffle idx %v216, %v85, %v250 : f32
                %v543, %v544 = gpu.shuffle idx %v219, %v85, %v250 : f32
                %v545, %v546 = gpu.shuffle idx %v232, %v85, %v250 : f32
                %v547, %v548 = gpu.shuffle idx %v237, %v85, %v250 : f32
                %v549 = arith.addi %v119, %v533 : i64
                %v550 = arith.muli %v47, %v265 : i64
                %v551 = arith.muli %v549, %v264 : i64
                %v552 = arith.addi %v550, %v551 : i64
                %v553 = arith.muli %v33, %v2 : i64
                %v554 = arith.addi %v552, %v553 : i64
                %v555 = llvm.getelementptr %in_Cm[%v554] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v556 = llvm.load %v555 : !llvm.ptr -> f32
                %v557 = arith.muli %v47, %v222 : i64
                %v558 = arith.muli %v549, %v221 : i64
                %v559 = arith.addi %v557, %v558 : i64
                %v560 = arith.muli %v45, %v220 : i64
                %v561 = arith.addi %v559, %v560 : i64
                %v562 = arith.muli %v43, %v2 : i64
                %v563 = arith.addi %v561, %v562 : i64
                %v564 = llvm.getelementptr %dy_y[%v563] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v565 = llvm.load %v564 : !llvm.ptr -> f32
                %v566 = arith.mulf %v556, %v565 fastmath<contract> : f32
                %v567 = llvm.load %v53 : !llvm.ptr -> f32
                %v568 = llvm.load %v55 : !llvm.ptr -> f32
                %v569 = arith.mulf %v568, %v567 fastmath<contract> : f32
                %v570 = arith.addf %v566, %v569 fastmath<contract> : f32
                llvm.store %v570, %v53 : f32, !llvm.ptr
                %v571 = llvm.load %v64 : !llvm.ptr -> f32
                %v572 = arith.mulf %v571, %v568 fastmath<contract> : f32
                llvm.store %v572, %v64 : f32, !llvm.ptr
                %v573 = arith.muli %v47, %v265 : i64
                %v574 = arith.muli %v549, %v264 : i64
                %v575 = arith.addi %v573, %v574 : i64
                %v576 = arith.constant 8 : i64
                %v577 = arith.addi %v576, %v33 : i64
                %v578 = arith.muli %v577, %v2 : i64
                %v579 = arith.addi %v575, %v578 : i64
                %v580 = llvm.getelementptr %in_Cm[%v579] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v581 = llvm.load %v580 : !llvm.ptr -> f32
                %v582 = arith.mulf %v581, %v565 fastmath<contract> : f32
                %v583 = llvm.load %v54 : !llvm.ptr -> f32
                %v584 = llvm.load %v56 : !llvm.ptr -> f32
                %v585 = arith.mulf %v584, %v583 fastmath<contract> : f32
                %v586 = arith.addf %v582, %v585 fastmath<contract> : f32
                llvm.store %v586, %v54 : f32, !llvm.ptr
                %v587 = llvm.load %v65 : !llvm.ptr -> f32
                %v588 = arith.mulf %v587, %v584 fastmath<contract> : f32
                llvm.store %v588, %v65 : f32, !llvm.ptr
                scf.if %v536 {
                }
                llvm.store %v543, %v55 : f32, !llvm.ptr
                llvm.store %v543, %v56 : f32, !llvm.ptr
                %v589 = arith.addi %v160, %v2 : i64
                %v591 = arith.cmpi slt, %v590, %v239 : i32
                %v592 = arith.cmpi eq, %v590, %v245 : i32
                %v593, %v594 = gpu.shuffle idx %v210, %v81, %v250 : f32
                %v595, %v596 = gpu.shuffle idx %v211, %v81, %v250 : f32
                %v597, %v598 = gpu.shuffle idx %v216, %v81, %v250 : f32
                %v599, %v600 = gpu.shuffle idx %v219, %v81, %v250 : f32
                %v601, %v602 = gpu.shuffle idx %v232, %v81, %v250 : f32
                %v603, %v604 = gpu.shuffle idx %v237, %v81, %v250 : f32
                %v605 = arith.addi %v119, %v589 : i64
                %v606 = arith.muli %v47, %v265 : i64
                %v607 = arith.muli %v605, %v264 : i64
                %v608 = arith.addi %v606, %v607 : i64
                %v609 = arith.muli %v33, %v2 : i64
                %v610 = arith.addi %v608, %v609 : i64
                %v611 = llvm.getelementptr %in_Cm[%v610] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v612 = llvm.load %v611 : !llvm.ptr -> f32
                %v613 = arith.muli %v47, %v222 : i64
                %v614 = arith.muli %v605, %v221 : i64
                %v615 = arith.addi %v613, %v614 : i64
                %v616 = arith.muli %v45, %v220 : i64
                %v617 = arith.addi %v615, %v616 : i64
                %v618 = arith.muli %v43, %v2 : i64
                %v619 = arith.addi %v617, %v618 : i64
                %v620 = llvm.getelementptr %dy_y[%v619] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v621 = llvm.load %v620 : !llvm.ptr -> f32
                %v622 = arith.mulf %v612, %v621 fastmath<contract> : f32
                %v623 = llvm.load %v53 : !llvm.ptr -> f32
                %v624 = llvm.load %v55 : !llvm.ptr -> f32
                %v625 = arith.mulf %v624, %v623 fastmath<contract> : f32
                %v626 = arith.addf %v622, %v625 fastmath<contract> : f32
                llvm.store %v626, %v53 : f32, !llvm.ptr
                %v627 = llvm.load %v64 : !llvm.ptr -> f32
                %v628 = arith.mulf %v627, %v624 fastmath<contract> : f32
                llvm.store %v628, %v64 : f32, !llvm.ptr
                %v629 = arith.muli %v47, %v265 : i64
                %v630 = arith.muli %v605, %v264 : i64
                %v631 = arith.addi %v629, %v630 : i64
                %v632 = arith.constant 8 : i64
                %v633 = arith.addi %v632, %v33 : i64
                %v634 = arith.muli %v633, %v2 : i64
                %v635 = arith.addi %v631, %v634 : i64
                %v636 = llvm.getelementptr %in_Cm[%v635] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v637 = llvm.load %v636 : !llvm.ptr -> f32
                %v638 = arith.mulf %v637, %v621 fastmath<contract> : f32
                %v639 = llvm.load %v54 : !llvm.ptr -> f32
                %v640 = llvm.load %v56 : !llvm.ptr -> f32
                %v641 = arith.mulf %v640, %v639 fastmath<contract> : f32
                %v642 = arith.addf %v638, %v641 fastmath<contract> : f32
                llvm.store %v642, %v54 : f32, !llvm.ptr
                %v643 = llvm.load %v65 : !llvm.ptr -> f32
                %v644 = arith.mulf %v643, %v640 fastmath<contract> : f32
                llvm.store %v644, %v65 : f32, !llvm.ptr
                scf.if %v592 {
                }
                llvm.store %v599, %v55 : f32, !llvm.ptr
                llvm.store %v599, %v56 : f32, !llvm.ptr
                %v645 = arith.addi %v160, %v66 : i64
                %v647 = arith.cmpi slt, %v646, %v239 : i32
                %v648 = arith.cmpi eq, %v646, %v245 : i32
                %v649, %v650 = gpu.shuffle idx %v210, %v77, %v250 : f32
                %v651, %v652 = gpu.shuffle idx %v211, %v77, %v250 : f32
                %v653, %v654 = gpu.shuffle idx %v216, %v77, %v250 : f32
                %v655, %v656 = gpu.shuffle idx %v219, %v77, %v250 : f32
                %v657, %v658 = gpu.shuffle idx %v232, %v77, %v250 : f32
                %v659, %v660 = gpu.shuffle idx %v237, %v77, %v250 : f32
                %v661 = arith.addi %v119, %v645 : i64
                %v662 = arith.muli %v47, %v265 : i64
                %v663 = arith.muli %v661, %v264 : i64
                %v664 = arith.addi %v662, %v663 : i64
                %v665 = arith.muli %v33, %v2 : i64
                %v666 = arith.addi %v664, %v665 : i64
                %v667 = llvm.getelementptr %in_Cm[%v666] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v668 = llvm.load %v667 : !llvm.ptr -> f32
                %v669 = arith.muli %v47, %v222 : i64
                %v670 = arith.muli %v661, %v221 : i64
                %v671 = arith.addi %v669, %v670 : i64
                %v672 = arith.muli %v45, %v220 : i64
                %v673 = arith.addi %v671, %v672 : i64
                %v674 = arith.muli %v43, %v2 : i64
                %v675 = arith.addi %v673, %v674 : i64
                %v676 = llvm.getelementptr %dy_y[%v675] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v677 = llvm.load %v676 : !llvm.ptr -> f32
                %v678 = arith.mulf %v668, %v677 fastmath<contract> : f32
                %v679 = llvm.load %v53 : !llvm.ptr -> f32
                %v680 = llvm.load %v55 : !llvm.ptr -> f32
                %v681 = arith.mulf %v680, %v679 fastmath<contract> : f32
                %v682 = arith.addf %v678, %v681 fastmath<contract> : f32
                llvm.store %v682, %v53 : f32, !llvm.ptr
                %v683 = llvm.load %v64 : !llvm.ptr -> f32
                %v684 = arith.mulf %v683, %v680 fastmath<contract> : f32
                llvm.store %v684, %v64 : f32, !llvm.ptr
                %v685 = arith.muli %v47, %v265 : i64
                %v686 = arith.muli %v661, %v264 : i64
                %v687 = arith.addi %v685, %v686 : i64
                %v688 = arith.constant 8 : i64
                %v689 = arith.addi %v688, %v33 : i64
                %v690 = arith.muli %v689, %v2 : i64
                %v691 = arith.addi %v687, %v690 : i64
                %v692 = llvm.getelementptr %in_Cm[%v691] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v693 = llvm.load %v692 : !llvm.ptr -> f32
                %v694 = arith.mulf %v693, %v677 fastmath<contract> : f32
                %v695 = llvm.load %v54 : !llvm.ptr -> f32
                %v696 = llvm.load %v56 : !llvm.ptr -> f32
                %v697 = arith.mulf %v696, %v695 fastmath<contract> : f32
                %v698 = arith.addf %v694, %v697 fastmath<contract> : f32
                llvm.store %v698, %v54 : f32, !llvm.ptr
                %v699 = llvm.load %v65 : !llvm.ptr -> f32
                %v700 = arith.mulf %v699, %v696 fastmath<contract> : f32
                llvm.store %v700, %v65 : f32, !llvm.ptr
                scf.if %v648 {
                }
                llvm.store %v655, %v55 : f32, !llvm.ptr
                llvm.store %v655, %v56 : f32, !llvm.ptr
              } else {
                %v701 = arith.subi %v121, %v2 : i64
                %v702 = arith.addi %v160, %v33 : i64
                %v703 = arith.minsi %v702, %v701 : i64
                %v704 = arith.addi %v119, %v703 : i64
                %v705 = arith.muli %v66, %v143 : i64
                %v706 = arith.subi %v704, %v119 : i64
                %v707 = arith.addi %v705, %v706 : i64
                %v708 = llvm.getelementptr %v61[%v707] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v709 = llvm.load %v708 : !llvm.ptr -> f32
                %v710 = arith.muli %v45, %v2 : i64
                %v711 = llvm.getelementptr %in_dt_bias[%v710] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v712 = llvm.load %v711 : !llvm.ptr -> f32
                %v713 = arith.addf %v709, %v712 fastmath<contract> : f32
                %v714 = arith.maximumf %v713, %v62 : f32
                %v715 = llvm.call_intrinsic "llvm.fabs.f32"(%v713) : (f32) -> f32
                %v716 = arith.negf %v715 : f32
                %v717 = arith.mulf %v716, %v180 fastmath<contract> : f32
                %v718 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v717) : (f32) -> f32
                %v719 = arith.addf %v63, %v718 fastmath<contract> : f32
                %v720 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v719) : (f32) -> f32
                %v721 = arith.mulf %v720, %v185 fastmath<contract> : f32
                %v722 = arith.mulf %v187, %v718 fastmath<contract> : f32
                %v723 = arith.addf %v722, %v189 fastmath<contract> : f32
                %v724 = arith.mulf %v723, %v718 fastmath<contract> : f32
                %v725 = arith.addf %v724, %v192 fastmath<contract> : f32
                %v726 = arith.mulf %v725, %v718 fastmath<contract> : f32
                %v727 = arith.addf %v726, %v195 fastmath<contract> : f32
                %v728 = arith.mulf %v727, %v718 fastmath<contract> : f32
                %v729 = arith.addf %v728, %v198 fastmath<contract> : f32
                %v730 = arith.mulf %v729, %v718 fastmath<contract> : f32
                %v731 = arith.addf %v730, %v201 fastmath<contract> : f32
                %v732 = arith.mulf %v731, %v718 fastmath<contract> : f32
                %v733 = arith.addf %v732, %v63 fastmath<contract> : f32
                %v734 = arith.mulf %v733, %v718 fastmath<contract> : f32
                %v735 = llvm.call_intrinsic "llvm.fabs.f32"(%v718) : (f32) -> f32
                %v736 = arith.cmpf olt, %v735, %v207 : f32
                %v737 = arith.select %v736, %v734, %v721 : f32
                %v738 = arith.addf %v714, %v737 fastmath<contract> : f32
                %v739 = arith.negf %v738 : f32
                %v740 = arith.muli %v45, %v2 : i64
                %v741 = llvm.getelementptr %in_A_log[%v740] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v742 = llvm.load %v741 : !llvm.ptr -> f32
                %v743 = arith.mulf %v742, %v180 fastmath<contract> : f32
                %v744 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v743) : (f32) -> f32
                %v745 = arith.mulf %v739, %v744 fastmath<contract> : f32
                %v746 = arith.mulf %v745, %v180 fastmath<contract> : f32
                %v747 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v746) : (f32) -> f32
                %v748 = arith.muli %v47, %v222 : i64
                %v749 = arith.muli %v704, %v221 : i64
                %v750 = arith.addi %v748, %v749 : i64
                %v751 = arith.muli %v45, %v220 : i64
                %v752 = arith.addi %v750, %v751 : i64
                %v753 = arith.muli %v43, %v2 : i64
                %v754 = arith.addi %v752, %v753 : i64
                %v755 = llvm.getelementptr %in_x[%v754] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v756 = llvm.load %v755 : !llvm.ptr -> f32
                %v757 = arith.mulf %v738, %v756 fastmath<contract> : f32
                %v758 = arith.negf %v713 : f32
                %v759 = arith.mulf %v758, %v180 fastmath<contract> : f32
                %v760 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v759) : (f32) -> f32
                %v761 = arith.addf %v63, %v760 fastmath<contract> : f32
                %v762 = arith.divf %v63, %v761 : f32
                // the group's states, recomputed into registers
                %v763 = arith.subi %v121, %v160 : i64
                %v764 = arith.trunci %v763 : i64 to i32
                %v765 = arith.subi %size_L, %v2 : i64
                %v766 = arith.addi %v119, %v160 : i64
                %v767 = arith.subi %v765, %v766 : i64
                %v768 = arith.minsi %v767, %v243 : i64
                %v769 = arith.trunci %v768 : i64 to i32
                %v770 = arith.addi %v160, %v69 : i64
                %v771 = arith.cmpi slt, %v247, %v764 : i32
                %v772 = arith.cmpi eq, %v247, %v769 : i32
                %v773, %v774 = gpu.shuffle idx %v738, %v105, %v250 : f32
                %v775, %v776 = gpu.shuffle idx %v739, %v105, %v250 : f32
                %v777, %v778 = gpu.shuffle idx %v744, %v105, %v250 : f32
                %v779, %v780 = gpu.shuffle idx %v747, %v105, %v250 : f32
                %v781, %v782 = gpu.shuffle idx %v757, %v105, %v250 : f32
                %v783, %v784 = gpu.shuffle idx %v762, %v105, %v250 : f32
                scf.if %v771 {
                  %v785 = arith.addi %v119, %v770 : i64
                  %v786 = arith.muli %v47, %v265 : i64
                  %v787 = arith.muli %v785, %v264 : i64
                  %v788 = arith.addi %v786, %v787 : i64
                  %v789 = arith.muli %v33, %v2 : i64
                  %v790 = arith.addi %v788, %v789 : i64
                  %v791 = llvm.getelementptr %in_Cm[%v790] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v792 = llvm.load %v791 : !llvm.ptr -> f32
                  %v793 = arith.muli %v47, %v222 : i64
                  %v794 = arith.muli %v785, %v221 : i64
                  %v795 = arith.addi %v793, %v794 : i64
                  %v796 = arith.muli %v45, %v220 : i64
                  %v797 = arith.addi %v795, %v796 : i64
                  %v798 = arith.muli %v43, %v2 : i64
                  %v799 = arith.addi %v797, %v798 : i64
                  %v800 = llvm.getelementptr %dy_y[%v799] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v801 = llvm.load %v800 : !llvm.ptr -> f32
                  %v802 = arith.mulf %v792, %v801 fastmath<contract> : f32
                  %v803 = llvm.load %v53 : !llvm.ptr -> f32
                  %v804 = llvm.load %v55 : !llvm.ptr -> f32
                  %v805 = arith.mulf %v804, %v803 fastmath<contract> : f32
                  %v806 = arith.addf %v802, %v805 fastmath<contract> : f32
                  llvm.store %v806, %v53 : f32, !llvm.ptr
                  %v807 = llvm.load %v64 : !llvm.ptr -> f32
                  %v808 = arith.mulf %v807, %v804 fastmath<contract> : f32
                  llvm.store %v808, %v64 : f32, !llvm.ptr
                  %v809 = arith.muli %v47, %v265 : i64
                  %v810 = arith.muli %v785, %v264 : i64
                  %v811 = arith.addi %v809, %v810 : i64
                  %v812 = arith.constant 8 : i64
                  %v813 = arith.addi %v812, %v33 : i64
                  %v814 = arith.muli %v813, %v2 : i64
                  %v815 = arith.addi %v811, %v814 : i64
                  %v816 = llvm.getelementptr %in_Cm[%v815] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v817 = llvm.load %v816 : !llvm.ptr -> f32
                  %v818 = arith.mulf %v817, %v801 fastmath<contract> : f32
                  %v819 = llvm.load %v54 : !llvm.ptr -> f32
                  %v820 = llvm.load %v56 : !llvm.ptr -> f32
                  %v821 = arith.mulf %v820, %v819 fastmath<contract> : f32
                  %v822 = arith.addf %v818, %v821 fastmath<contract> : f32
                  llvm.store %v822, %v54 : f32, !llvm.ptr
                  %v823 = llvm.load %v65 : !llvm.ptr -> f32
                  %v824 = arith.mulf %v823, %v820 fastmath<contract> : f32
                  llvm.store %v824, %v65 : f32, !llvm.ptr
                  scf.if %v772 {
                  }
                  llvm.store %v779, %v55 : f32, !llvm.ptr
                  llvm.store %v779, %v56 : f32, !llvm.ptr
                }
                %v825 = arith.addi %v160, %v305 : i64
                %v826 = arith.cmpi slt, %v307, %v764 : i32
                %v827 = arith.cmpi eq, %v307, %v769 : i32
                %v828, %v829 = gpu.shuffle idx %v738, %v101, %v250 : f32
                %v830, %v831 = gpu.shuffle idx %v739, %v101, %v250 : f32
                %v832, %v833 = gpu.shuffle idx %v744, %v101, %v250 : f32
                %v834, %v835 = gpu.shuffle idx %v747, %v101, %v250 : f32
                %v836, %v837 = gpu.shuffle idx %v757, %v101, %v250 : f32
                %v838, %v839 = gpu.shuffle idx %v762, %v101, %v250 : f32
                scf.if %v826 {
                  %v840 = arith.addi %v119, %v825 : i64
                  %v841 = arith.muli %v47, %v265 : i64
                  %v842 = arith.muli %v840, %v264 : i64
                  %v843 = arith.addi %v841, %v842 : i64
                  %v844 = arith.muli %v33, %v2 : i64
                  %v845 = arith.addi %v843, %v844 : i64
                  %v846 = llvm.getelementptr %in_Cm[%v845] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v847 = llvm.load %v846 : !llvm.ptr -> f32
                  %v848 = arith.muli %v47, %v222 : i64
                  %v849 = arith.muli %v840, %v221 : i64
                  %v850 = arith.addi %v848, %v849 : i64
                  %v851 = arith.muli %v45, %v220 : i64
                  %v852 = arith.addi %v850, %v851 : i64
                  %v853 = arith.muli %v43, %v2 : i64
                  %v854 = arith.addi %v852, %v853 : i64
                  %v855 = llvm.getelementptr %dy_y[%v854] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v856 = llvm.load %v855 : !llvm.ptr -> f32
                  %v857 = arith.mulf %v847, %v856 fastmath<contract> : f32
                  %v858 = llvm.load %v53 : !llvm.ptr -> f32
                  %v859 = llvm.load %v55 : !llvm.ptr -> f32
                  %v860 = arith.mulf %v859, %v858 fastmath<contract> : f32
                  %v861 = arith.addf %v857, %v860 fastmath<contract> : f32
                  llvm.store %v861, %v53 : f32, !llvm.ptr
                  %v862 = llvm.load %v64 : !llvm.ptr -> f32
                  %v863 = arith.mulf %v862, %v859 fastmath<contract> : f32
                  llvm.store %v863, %v64 : f32, !llvm.ptr
                  %v864 = arith.muli %v47, %v265 : i64
                  %v865 = arith.muli %v840, %v264 : i64
                  %v866 = arith.addi %v864, %v865 : i64
                  %v867 = arith.constant 8 : i64
                  %v868 = arith.addi %v867, %v33 : i64
                  %v869 = arith.muli %v868, %v2 : i64
                  %v870 = arith.addi %v866, %v869 : i64
                  %v871 = llvm.getelementptr %in_Cm[%v870] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v872 = llvm.load %v871 : !llvm.ptr -> f32
                  %v873 = arith.mulf %v872, %v856 fastmath<contract> : f32
                  %v874 = llvm.load %v54 : !llvm.ptr -> f32
                  %v875 = llvm.load %v56 : !llvm.ptr -> f32
                  %v876 = arith.mulf %v875, %v874 fastmath<contract> : f32
                  %v877 = arith.addf %v873, %v876 fastmath<contract> : f32
                  llvm.store %v877, %v54 : f32, !llvm.ptr
                  %v878 = llvm.load %v65 : !llvm.ptr -> f32
                  %v879 = arith.mulf %v878, %v875 fastmath<contract> : f32
                  llvm.store %v879, %v65 : f32, !llvm.ptr
                  scf.if %v827 {
                  }
                  llvm.store %v834, %v55 : f32, !llvm.ptr
                  llvm.store %v834, %v56 : f32, !llvm.ptr
                }
                %v880 = arith.addi %v160, %v362 : i64
                %v881 = arith.cmpi slt, %v364, %v764 : i32
                %v882 = arith.cmpi eq, %v364, %v769 : i32
                %v883, %v884 = gpu.shuffle idx %v738, %v97, %v250 : f32
                %v885, %v886 = gpu.shuffle idx %v739, %v97, %v250 : f32
                %v887, %v888 = gpu.shuffle idx %v744, %v97, %v250 : f32
                %v889, %v890 = gpu.shuffle idx %v747, %v97, %v250 : f32
                %v891, %v892 = gpu.shuffle idx %v757, %v97, %v250 : f32
                %v893, %v894 = gpu.shuffle idx %v762, %v97, %v250 : f32
                scf.if %v881 {
                  %v895 = arith.addi %v119, %v880 : i64
                  %v896 = arith.muli %v47, %v265 : i64
                  %v897 = arith.muli %v895, %v264 : i64
                  %v898 = arith.addi %v896, %v897 : i64
                  %v899 = arith.muli %v33, %v2 : i64
                  %v900 = arith.addi %v898, %v899 : i64
                  %v901 = llvm.getelementptr %in_Cm[%v900] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v902 = llvm.load %v901 : !llvm.ptr -> f32
                  %v903 = arith.muli %v47, %v222 : i64
                  %v904 = arith.muli %v895, %v221 : i64
                  %v905 = arith.addi %v903, %v904 : i64
                  %v906 = arith.muli %v45, %v220 : i64
                  %v907 = arith.addi %v905, %v906 : i64
                  %v908 = arith.muli %v43, %v2 : i64
                  %v909 = arith.addi %v907, %v908 : i64
                  %v910 = llvm.getelementptr %dy_y[%v909] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v911 = llvm.load %v910 : !llvm.ptr -> f32
                  %v912 = arith.mulf %v902, %v911 fastmath<contract> : f32
                  %v913 = llvm.load %v53 : !llvm.ptr -> f32
                  %v914 = llvm.load %v55 : !llvm.ptr -> f32
                  %v915 = arith.mulf %v914, %v913 fastmath<contract> : f32
                  %v916 = arith.addf %v912, %v915 fastmath<contract> : f32
                  llvm.store %v916, %v53 : f32, !llvm.ptr
                  %v917 = llvm.load %v64 : !llvm.ptr -> f32
                  %v918 = arith.mulf %v917, %v914 fastmath<contract> : f32
                  llvm.store %v918, %v64 : f32, !llvm.ptr
                  %v919 = arith.muli %v47, %v265 : i64
                  %v920 = arith.muli %v895, %v264 : i64
                  %v921 = arith.addi %v919, %v920 : i64
                  %v922 = arith.constant 8 : i64
                  %v923 = arith.addi %v922, %v33 : i64
                  %v924 = arith.muli %v923, %v2 : i64
                  %v925 = arith.addi %v921, %v924 : i64
                  %v926 = llvm.getelementptr %in_Cm[%v925] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v927 = llvm.load %v926 : !llvm.ptr -> f32
                  %v928 = arith.mulf %v927, %v911 fastmath<contract> : f32
                  %v929 = llvm.load %v54 : !llvm.ptr -> f32
                  %v930 = llvm.load %v56 : !llvm.ptr -> f32
                  %v931 = arith.mulf %v930, %v929 fastmath<contract> : f32
                  %v932 = arith.addf %v928, %v931 fastmath<contract> : f32
                  llvm.store %v932, %v54 : f32, !llvm.ptr
                  %v933 = llvm.load %v65 : !llvm.ptr -> f32
                  %v934 = arith.mulf %v933, %v930 fastmath<contract> : f32
                  llvm.store %v934, %v65 : f32, !llvm.ptr
                  scf.if %v882 {
                  }
                  llvm.store %v889, %v55 : f32, !llvm.ptr
                  llvm.store %v889, %v56 : f32, !llvm.ptr
                }
                %v935 = arith.addi %v160, %v49 : i64
                %v936 = arith.cmpi slt, %v420, %v764 : i32
                %v937 = arith.cmpi eq, %v420, %v769 : i32
                %v938, %v939 = gpu.shuffle idx %v738, %v93, %v250 : f32
                %v940, %v941 = gpu.shuffle idx %v739, %v93, %v250 : f32
                %v942, %v943 = gpu.shuffle idx %v744, %v93, %v250 : f32
                %v944, %v945 = gpu.shuffle idx %v747, %v93, %v250 : f32
                %v946, %v947 = gpu.shuffle idx %v757, %v93, %v250 : f32
                %v948, %v949 = gpu.shuffle idx %v762, %v93, %v250 : f32
                scf.if %v936 {
                  %v950 = arith.addi %v119, %v935 : i64
                  %v951 = arith.muli %v47, %v265 : i64
                  %v952 = arith.muli %v950, %v264 : i64
                  %v953 = arith.addi %v951, %v952 : i64
                  %v954 = arith.muli %v33, %v2 : i64
                  %v955 = arith.addi %v953, %v954 : i64
                  %v956 = llvm.getelementptr %in_Cm[%v955] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v957 = llvm.load %v956 : !llvm.ptr -> f32
                  %v958 = arith.muli %v47, %v222 : i64
                  %v959 = arith.muli %v950, %v221 : i64
                  %v960 = arith.addi %v958, %v959 : i64
                  %v961 = arith.muli %v45, %v220 : i64
                  %v962 = arith.addi %v960, %v961 : i64
                  %v963 = arith.muli %v43, %v2 : i64
                  %v964 = arith.addi %v962, %v963 : i64
                  %v965 = llvm.getelementptr %dy_y[%v964] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v966 = llvm.load %v965 : !llvm.ptr -> f32
                  %v967 = arith.mulf %v957, %v966 fastmath<contract> : f32
                  %v968 = llvm.load %v53 : !llvm.ptr -> f32
                  %v969 = llvm.load %v55 : !llvm.ptr -> f32
                  %v970 = arith.mulf %v969, %v968 fastmath<contract> : f32
                  %v971 = arith.addf %v967, %v970 fastmath<contract> : f32
                  llvm.store %v971, %v53 : f32, !llvm.ptr
                  %v972 = llvm.load %v64 : !llvm.ptr -> f32
                  %v973 = arith.mulf %v972, %v969 fastmath<contract> : f32
                  llvm.store %v973, %v64 : f32, !llvm.ptr
                  %v974 = arith.muli %v47, %v265 : i64
                  %v975 = arith.muli %v950, %v264 : i64
                  %v976 = arith.addi %v974, %v975 : i64
                  %v977 = arith.constant 8 : i64
                  %v978 = arith.addi %v977, %v33 : i64
                  %v979 = arith.muli %v978, %v2 : i64
                  %v980 = arith.addi %v976, %v979 : i64
                  %v981 = llvm.getelementptr %in_Cm[%v980] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v982 = llvm.load %v981 : !llvm.ptr -> f32
                  %v983 = arith.mulf %v982, %v966 fastmath<contract> : f32
                  %v984 = llvm.load %v54 : !llvm.ptr -> f32
                  %v985 = llvm.load %v56 : !llvm.ptr -> f32
                  %v986 = arith.mulf %v985, %v984 fastmath<contract> : f32
                  %v987 = arith.addf %v983, %v986 fastmath<contract> : f32
                  llvm.store %v987, %v54 : f32, !llvm.ptr
                  %v988 = llvm.load %v65 : !llvm.ptr -> f32
                  %v989 = arith.mulf %v988, %v985 fastmath<contract> : f32
                  llvm.store %v989, %v65 : f32, !llvm.ptr
                  scf.if %v937 {
                  }
                  llvm.store %v944, %v55 : f32, !llvm.ptr
                  llvm.store %v944, %v56 : f32, !llvm.ptr
                }
                %v990 = arith.addi %v160, %v475 : i64
                %v991 = arith.cmpi slt, %v477, %v764 : i32
                %v992 = arith.cmpi eq, %v477, %v769 : i32
                %v993, %v994 = gpu.shuffle idx %v738, %v89, %v250 : f32
                %v995, %v996 = gpu.shuffle idx %v739, %v89, %v250 : f32
                %v997, %v998 = gpu.shuffle idx %v744, %v89, %v250 : f32
                %v999, %v1000 = gpu.shuffle idx %v747, %v89, %v250 : f32
                %v1001, %v1002 = gpu.shuffle idx %v757, %v89, %v250 : f32
                %v1003, %v1004 = gpu.shuffle idx %v762, %v89, %v250 : f32
                scf.if %v991 {
                  %v1005 = arith.addi %v119, %v990 : i64
                  %v1006 = arith.muli %v47, %v265 : i64
                  %v1007 = arith.muli %v1005, %v264 : i64
                  %v1008 = arith.addi %v1006, %v1007 : i64
                  %v1009 = arith.muli %v33, %v2 : i64
                  %v1010 = arith.addi %v1008, %v1009 : i64
                  %v1011 = llvm.getelementptr %in_Cm[%v1010] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1012 = llvm.load %v1011 : !llvm.ptr -> f32
                  %v1013 = arith.muli %v47, %v222 : i64
                  %v1014 = arith.muli %v1005, %v221 : i64
                  %v1015 = arith.addi %v1013, %v1014 : i64
                  %v1016 = arith.muli %v45, %v220 : i64
                  %v1017 = arith.addi %v1015, %v1016 : i64
                  %v1018 = arith.muli %v43, %v2 : i64
                  %v1019 = arith.addi %v1017, %v1018 : i64
                  %v1020 = llvm.getelementptr %dy_y[%v1019] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1021 = llvm.load %v1020 : !llvm.ptr -> f32
                  %v1022 = arith.mulf %v1012, %v1021 fastmath<contract> : f32
                  %v1023 = llvm.load %v53 : !llvm.ptr -> f32
                  %v1024 = llvm.load %v55 : !llvm.ptr -> f32
                  %v1025 = arith.mulf %v1024, %v1023 fastmath<contract> : f32
                  %v1026 = arith.addf %v1022, %v1025 fastmath<contract> : f32
                  llvm.store %v1026, %v53 : f32, !llvm.ptr
                  %v1027 = llvm.load %v64 : !llvm.ptr -> f32
                  %v1028 = arith.mulf %v1027, %v1024 fastmath<contract> : f32
                  llvm.store %v1028, %v64 : f32, !llvm.ptr
                  %v1029 = arith.muli %v47, %v265 : i64
                  %v1030 = arith.muli %v1005, %v264 : i64
                  %v1031 = arith.addi %v1029, %v1030 : i64
                  %v1032 = arith.constant 8 : i64
                  %v1033 = arith.addi %v1032, %v33 : i64
                  %v1034 = arith.muli %v1033, %v2 : i64
                  %v1035 = arith.addi %v1031, %v1034 : i64
                  %v1036 = llvm.getelementptr %in_Cm[%v1035] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1037 = llvm.load %v1036 : !llvm.ptr -> f32
                  %v1038 = arith.mulf %v1037, %v1021 fastmath<contract> : f32
                  %v1039 = llvm.load %v54 : !llvm.ptr -> f32
                  %v1040 = llvm.load %v56 : !llvm.ptr -> f32
                  %v1041 = arith.mulf %v1040, %v1039 fastmath<contract> : f32
                  %v1042 = arith.addf %v1038, %v1041 fastmath<contract> : f32
                  llvm.store %v1042, %v54 : f32, !llvm.ptr
                  %v1043 = llvm.load %v65 : !llvm.ptr -> f32
                  %v1044 = arith.mulf %v1043, %v1040 fastmath<contract> : f32
                  llvm.store %v1044, %v65 : f32, !llvm.ptr
                  scf.if %v992 {
                  }
                  llvm.store %v999, %v55 : f32, !llvm.ptr
                  llvm.store %v999, %v56 : f32, !llvm.ptr
                }
                %v1045 = arith.addi %v160, %v532 : i64
                %v1046 = arith.cmpi slt, %v534, %v764 : i32
                %v1047 = arith.cmpi eq, %v534, %v769 : i32
                %v1048, %v1049 = gpu.shuffle idx %v738, %v85, %v250 : f32
                %v1050, %v1051 = gpu.shuffle idx %v739, %v85, %v250 : f32
                %v1052, %v1053 = gpu.shuffle idx %v744, %v85, %v250 : f32
                %v1054, %v1055 = gpu.shuffle idx %v747, %v85, %v250 : f32
                %v1056, %v1057 = gpu.shuffle idx %v757, %v85, %v250 : f32
                %v1058, %v1059 = gpu.shuffle idx %v762, %v85, %v250 : f32
                scf.if %v1046 {
                  %v1060 = arith.addi %v119, %v1045 : i64
                  %v1061 = arith.muli %v47, %v265 : i64
                  %v1062 = arith.muli %v1060, %v264 : i64
                  %v1063 = arith.addi %v1061, %v1062 : i64
                  %v1064 = arith.muli %v33, %v2 : i64
                  %v1065 = arith.addi %v1063, %v1064 : i64
                  %v1066 = llvm.getelementptr %in_Cm[%v1065] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1067 = llvm.load %v1066 : !llvm.ptr -> f32
                  %v1068 = arith.muli %v47, %v222 : i64
                  %v1069 = arith.muli %v1060, %v221 : i64
                  %v1070 = arith.addi %v1068, %v1069 : i64
                  %v1071 = arith.muli %v45, %v220 : i64
                  %v1072 = arith.addi %v1070, %v1071 : i64
                  %v1073 = arith.muli %v43, %v2 : i64
                  %v1074 = arith.addi %v1072, %v1073 : i64
                  %v1075 = llvm.getelementptr %dy_y[%v1074] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1076 = llvm.load %v1075 : !llvm.ptr -> f32
                  %v1077 = arith.mulf %v1067, %v1076 fastmath<contract> : f32
                  %v1078 = llvm.load %v53 : !llvm.ptr -> f32
                  %v1079 = llvm.load %v55 : !llvm.ptr -> f32
                  %v1080 = arith.mulf %v1079, %v1078 fastmath<contract> : f32
                  %v1081 = arith.addf %v1077, %v1080 fastmath<contract> : f32
                  llvm.store %v1081, %v53 : f32, !llvm.ptr
                  %v1082 = llvm.load %v64 : !llvm.ptr -> f32
                  %v1083 = arith.mulf %v1082, %v1079 fastmath<contract> : f32
                  llvm.store %v1083, %v64 : f32, !llvm.ptr
                  %v1084 = arith.muli %v47, %v265 : i64
                  %v1085 = arith.muli %v1060, %v264 : i64
                  %v1086 = arith.addi %v1084, %v1085 : i64
                  %v1087 = arith.constant 8 : i64
                  %v1088 = arith.addi %v1087, %v33 : i64
                  %v1089 = arith.muli %v1088, %v2 : i64
                  %v1090 = arith.addi %v1086, %v1089 : i64
                  %v1091 = llvm.getelementptr %in_Cm[%v1090] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1092 = llvm.load %v1091 : !llvm.ptr -> f32
                  %v1093 = arith.mulf %v1092, %v1076 fastmath<contract> : f32
                  %v1094 = llvm.load %v54 : !llvm.ptr -> f32
                  %v1095 = llvm.load %v56 : !llvm.ptr -> f32
                  %v1096 = arith.mulf %v1095, %v1094 fastmath<contract> : f32
                  %v1097 = arith.addf %v1093, %v1096 fastmath<contract> : f32
                  llvm.store %v1097, %v54 : f32, !llvm.ptr
                  %v1098 = llvm.load %v65 : !llvm.ptr -> f32
                  %v1099 = arith.mulf %v1098, %v1095 fastmath<contract> : f32
                  llvm.store %v1099, %v65 : f32, !llvm.ptr
                  scf.if %v1047 {
                  }
                  llvm.store %v1054, %v55 : f32, !llvm.ptr
                  llvm.store %v1054, %v56 : f32, !llvm.ptr
                }
                %v1100 = arith.addi %v160, %v2 : i64
                %v1101 = arith.cmpi slt, %v590, %v764 : i32
                %v1102 = arith.cmpi eq, %v590, %v769 : i32
                %v1103, %v1104 = gpu.shuffle idx %v738, %v81, %v250 : f32
                %v1105, %v1106 = gpu.shuffle idx %v739, %v81, %v250 : f32
                %v1107, %v1108 = gpu.shuffle idx %v744, %v81, %v250 : f32
                %v1109, %v1110 = gpu.shuffle idx %v747, %v81, %v250 : f32
                %v1111, %v1112 = gpu.shuffle idx %v757, %v81, %v250 : f32
                %v1113, %v1114 = gpu.shuffle idx %v762, %v81, %v250 : f32
                scf.if %v1101 {
                  %v1115 = arith.addi %v119, %v1100 : i64
                  %v1116 = arith.muli %v47, %v265 : i64
                  %v1117 = arith.muli %v1115, %v264 : i64
                  %v1118 = arith.addi %v1116, %v1117 : i64
                  %v1119 = arith.muli %v33, %v2 : i64
                  %v1120 = arith.addi %v1118, %v1119 : i64
                  %v1121 = llvm.getelementptr %in_Cm[%v1120] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1122 = llvm.load %v1121 : !llvm.ptr -> f32
                  %v1123 = arith.muli %v47, %v222 : i64
                  %v1124 = arith.muli %v1115, %v221 : i64
                  %v1125 = arith.addi %v1123, %v1124 : i64
                  %v1126 = arith.muli %v45, %v220 : i64
                  %v1127 = arith.addi %v1125, %v1126 : i64
                  %v1128 = arith.muli %v43, %v2 : i64
                  %v1129 = arith.addi %v1127, %v1128 : i64
                  %v1130 = llvm.getelementptr %dy_y[%v1129] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1131 = llvm.load %v1130 : !llvm.ptr -> f32
                  %v1132 = arith.mulf %v1122, %v1131 fastmath<contract> : f32
                  %v1133 = llvm.load %v53 : !llvm.ptr -> f32
                  %v1134 = llvm.load %v55 : !llvm.ptr -> f32
                  %v1135 = arith.mulf %v1134, %v1133 fastmath<contract> : f32
                  %v1136 = arith.addf %v1132, %v1135 fastmath<contract> : f32
                  llvm.store %v1136, %v53 : f32, !llvm.ptr
                  %v1137 = llvm.load %v64 : !llvm.ptr -> f32
                  %v1138 = arith.mulf %v1137, %v1134 fastmath<contract> : f32
                  llvm.store %v1138, %v64 : f32, !llvm.ptr
                  %v1139 = arith.muli %v47, %v265 : i64
                  %v1140 = arith.muli %v1115, %v264 : i64
                  %v1141 = arith.addi %v1139, %v1140 : i64
                  %v1142 = arith.constant 8 : i64
                  %v1143 = arith.addi %v1142, %v33 : i64
                  %v1144 = arith.muli %v1143, %v2 : i64
                  %v1145 = arith.addi %v1141, %v1144 : i64
                  %v1146 = llvm.getelementptr %in_Cm[%v1145] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1147 = llvm.load %v1146 : !llvm.ptr -> f32
                  %v1148 = arith.mulf %v1147, %v1131 fastmath<contract> : f32
                  %v1149 = llvm.load %v54 : !llvm.ptr -> f32
                  %v1150 = llvm.load %v56 : !llvm.ptr -> f32
                  %v1151 = arith.mulf %v1150, %v1149 fastmath<contract> : f32
                  %v1152 = arith.addf %v1148, %v1151 fastmath<contract> : f32
                  llvm.store %v1152, %v54 : f32, !llvm.ptr
                  %v1153 = llvm.load %v65 : !llvm.ptr -> f32
                  %v1154 = arith.mulf %v1153, %v1150 fastmath<contract> : f32
                  llvm.store %v1154, %v65 : f32, !llvm.ptr
                  scf.if %v1102 {
                  }
                  llvm.store %v1109, %v55 : f32, !llvm.ptr
                  llvm.store %v1109, %v56 : f32, !llvm.ptr
                }
                %v1155 = arith.addi %v160, %v66 : i64
                %v1156 = arith.cmpi slt, %v646, %v764 : i32
                %v1157 = arith.cmpi eq, %v646, %v769 : i32
                %v1158, %v1159 = gpu.shuffle idx %v738, %v77, %v250 : f32
                %v1160, %v1161 = gpu.shuffle idx %v739, %v77, %v250 : f32
                %v1162, %v1163 = gpu.shuffle idx %v744, %v77, %v250 : f32
                %v1164, %v1165 = gpu.shuffle idx %v747, %v77, %v250 : f32
                %v1166, %v1167 = gpu.shuffle idx %v757, %v77, %v250 : f32
                %v1168, %v1169 = gpu.shuffle idx %v762, %v77, %v250 : f32
                scf.if %v1156 {
                  %v1170 = arith.addi %v119, %v1155 : i64
                  %v1171 = arith.muli %v47, %v265 : i64
                  %v1172 = arith.muli %v1170, %v264 : i64
                  %v1173 = arith.addi %v1171, %v1172 : i64
                  %v1174 = arith.muli %v33, %v2 : i64
                  %v1175 = arith.addi %v1173, %v1174 : i64
                  %v1176 = llvm.getelementptr %in_Cm[%v1175] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1177 = llvm.load %v1176 : !llvm.ptr -> f32
                  %v1178 = arith.muli %v47, %v222 : i64
                  %v1179 = arith.muli %v1170, %v221 : i64
                  %v1180 = arith.addi %v1178, %v1179 : i64
                  %v1181 = arith.muli %v45, %v220 : i64
                  %v1182 = arith.addi %v1180, %v1181 : i64
                  %v1183 = arith.muli %v43, %v2 : i64
                  %v1184 = arith.addi %v1182, %v1183 : i64
                  %v1185 = llvm.getelementptr %dy_y[%v1184] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1186 = llvm.load %v1185 : !llvm.ptr -> f32
                  %v1187 = arith.mulf %v1177, %v1186 fastmath<contract> : f32
                  %v1188 = llvm.load %v53 : !llvm.ptr -> f32
                  %v1189 = llvm.load %v55 : !llvm.ptr -> f32
                  %v1190 = arith.mulf %v1189, %v1188 fastmath<contract> : f32
                  %v1191 = arith.addf %v1187, %v1190 fastmath<contract> : f32
                  llvm.store %v1191, %v53 : f32, !llvm.ptr
                  %v1192 = llvm.load %v64 : !llvm.ptr -> f32
                  %v1193 = arith.mulf %v1192, %v1189 fastmath<contract> : f32
                  llvm.store %v1193, %v64 : f32, !llvm.ptr
                  %v1194 = arith.muli %v47, %v265 : i64
                  %v1195 = arith.muli %v1170, %v264 : i64
                  %v1196 = arith.addi %v1194, %v1195 : i64
                  %v1197 = arith.constant 8 : i64
                  %v1198 = arith.addi %v1197, %v33 : i64
                  %v1199 = arith.muli %v1198, %v2 : i64
                  %v1200 = arith.addi %v1196, %v1199 : i64
                  %v1201 = llvm.getelementptr %in_Cm[%v1200] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1202 = llvm.load %v1201 : !llvm.ptr -> f32
                  %v1203 = arith.mulf %v1202, %v1186 fastmath<contract> : f32
                  %v1204 = llvm.load %v54 : !llvm.ptr -> f32
                  %v1205 = llvm.load %v56 : !llvm.ptr -> f32
                  %v1206 = arith.mulf %v1205, %v1204 fastmath<contract> : f32
                  %v1207 = arith.addf %v1203, %v1206 fastmath<contract> : f32
                  llvm.store %v1207, %v54 : f32, !llvm.ptr
                  %v1208 = llvm.load %v65 : !llvm.ptr -> f32
                  %v1209 = arith.mulf %v1208, %v1205 fastmath<contract> : f32
                  llvm.store %v1209, %v65 : f32, !llvm.ptr
                  scf.if %v1157 {
                  }
                  llvm.store %v1164, %v55 : f32, !llvm.ptr
                  llvm.store %v1164, %v56 : f32, !llvm.ptr
                }
              }
            }
          }
        }
      }
      scf.if %v37 {
        %v1210 = llvm.load %v53 : !llvm.ptr -> f32
        %v1211 = arith.addi %v66, %v33 : i64
        %v1212 = arith.muli %v66, %v9 : i64
        %v1213 = arith.addi %v1212, %v28 : i64
        %v1214 = arith.muli %v1213, %v1 : i64
        %v1215 = arith.addi %v1214, %v1211 : i64
        %v1216 = arith.muli %v1215, %v5 : i64
        %v1217 = arith.subi %v5, %v2 : i64
        %v1218 = arith.minsi %v39, %v1217 : i64
        %v1219 = arith.addi %v1216, %v1218 : i64
        %v1220 = llvm.getelementptr %segsum_S[%v1219] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1210, %v1220 : f32, !llvm.ptr
        %v1221 = llvm.load %v64 : !llvm.ptr -> f32
        %v1222 = arith.addi %v66, %v33 : i64
        %v1223 = arith.muli %v2, %v9 : i64
        %v1224 = arith.addi %v1223, %v28 : i64
        %v1225 = arith.muli %v1224, %v1 : i64
        %v1226 = arith.addi %v1225, %v1222 : i64
        %v1227 = arith.muli %v1226, %v5 : i64
        %v1228 = arith.subi %v5, %v2 : i64
        %v1229 = arith.minsi %v39, %v1228 : i64
        %v1230 = arith.addi %v1227, %v1229 : i64
        %v1231 = llvm.getelementptr %segsum_S[%v1230] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1221, %v1231 : f32, !llvm.ptr
        %v1232 = llvm.load %v55 : !llvm.ptr -> f32
        %v1233 = arith.addi %v66, %v33 : i64
        %v1234 = arith.muli %v532, %v9 : i64
        %v1235 = arith.addi %v1234, %v28 : i64
        %v1236 = arith.muli %v1235, %v1 : i64
        %v1237 = arith.addi %v1236, %v1233 : i64
        %v1238 = arith.muli %v1237, %v5 : i64
        %v1239 = arith.subi %v5, %v2 : i64
        %v1240 = arith.minsi %v39, %v1239 : i64
        %v1241 = arith.addi %v1238, %v1240 : i64
        %v1242 = llvm.getelementptr %segsum_S[%v1241] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1232, %v1242 : f32, !llvm.ptr
        %v1243 = llvm.load %v54 : !llvm.ptr -> f32
        %v1244 = arith.addi %v32, %v33 : i64
        %v1245 = arith.muli %v66, %v9 : i64
        %v1246 = arith.addi %v1245, %v28 : i64
        %v1247 = arith.muli %v1246, %v1 : i64
        %v1248 = arith.addi %v1247, %v1244 : i64
        %v1249 = arith.muli %v1248, %v5 : i64
        %v1250 = arith.subi %v5, %v2 : i64
        %v1251 = arith.minsi %v39, %v1250 : i64
        %v1252 = arith.addi %v1249, %v1251 : i64
        %v1253 = llvm.getelementptr %segsum_S[%v1252] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1243, %v1253 : f32, !llvm.ptr
        %v1254 = llvm.load %v65 : !llvm.ptr -> f32
        %v1255 = arith.addi %v32, %v33 : i64
        %v1256 = arith.muli %v2, %v9 : i64
        %v1257 = arith.addi %v1256, %v28 : i64
        %v1258 = arith.muli %v1257, %v1 : i64
        %v1259 = arith.addi %v1258, %v1255 : i64
        %v1260 = arith.muli %v1259, %v5 : i64
        %v1261 = arith.subi %v5, %v2 : i64
        %v1262 = arith.minsi %v39, %v1261 : i64
        %v1263 = arith.addi %v1260, %v1262 : i64
        %v1264 = llvm.getelementptr %segsum_S[%v1263] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1254, %v1264 : f32, !llvm.ptr
        %v1265 = llvm.load %v56 : !llvm.ptr -> f32
        %v1266 = arith.addi %v32, %v33 : i64
        %v1267 = arith.muli %v532, %v9 : i64
        %v1268 = arith.addi %v1267, %v28 : i64
        %v1269 = arith.muli %v1268, %v1 : i64
        %v1270 = arith.addi %v1269, %v1266 : i64
        %v1271 = arith.muli %v1270, %v5 : i64
        %v1272 = arith.subi %v5, %v2 : i64
        %v1273 = arith.minsi %v39, %v1272 : i64
        %v1274 = arith.addi %v1271, %v1273 : i64
        %v1275 = llvm.getelementptr %segsum_S[%v1274] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1265, %v1275 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
