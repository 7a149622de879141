module attributes {gpu.container_module} {
  gpu.module @linrec {
    llvm.mlir.global internal @rows_mamba2_bwd_sum_dt() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<65 x f32>
    gpu.func @mamba2_bwd_sum(%in_x: !llvm.ptr, %in_dt: !llvm.ptr, %in_A_log: !llvm.ptr, %in_Bm: !llvm.ptr, %in_Cm: !llvm.ptr, %in_Dskip: !llvm.ptr, %in_dt_bias: !llvm.ptr, %dy_y: !llvm.ptr, %ckpt_S: !llvm.ptr, %scratch_S: !llvm.ptr, %segsum_S: !llvm.ptr, %size_B: i64, %size_L: i64, %size_H: i64, %size_P: i64, %size_N: i64) kernel attributes {nvvm.maxntid = array<i32: 256, 1, 1>, nvvm.minctasm = 3 : i32} {
      %v1 = arith.constant 16 : i64
      %v2 = arith.constant 1 : i64
      %v3 = arith.muli %size_B, %size_H : i64
      %v4 = arith.muli %v3, %size_P : i64
      %v5 = arith.constant 255 : i64
      %v6 = arith.addi %size_L, %v5 : i64
      %v7 = arith.constant 256 : i64
      %v8 = arith.divui %v6, %v7 : i64
      %v9 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v10 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v11 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v12 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v13 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v14 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v19 = arith.constant 32 : i64
      %v20 = arith.constant 31 : i64
      %v31 = arith.constant 8 : i64
      %v48 = arith.constant 4 : i64
      %v52 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v53 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v54 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v55 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v56 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v57 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v58 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v59 = llvm.mlir.addressof @rows_mamba2_bwd_sum_dt : !llvm.ptr<3>
      %v60 = llvm.addrspacecast %v59 : !llvm.ptr<3> to !llvm.ptr
      %v61 = arith.constant 0x00000000 : f32
      %v62 = arith.constant 0x3F800000 : f32
      %v63 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v64 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v65 = arith.constant 0 : i64
      %v67 = arith.constant 64 : i64
      %v68 = arith.constant 7 : i64
      %v69 = arith.constant 63 : i64
      %v133 = arith.muli %size_H, %size_L : i64
      %v140 = arith.constant 65 : i64
      %v174 = arith.constant 0x3FB8AA3B : f32
      %v179 = arith.constant 0x3F317218 : f32
      %v181 = arith.constant 0x3E124925 : f32
      %v183 = arith.constant 0xBE2AAAAB : f32
      %v186 = arith.constant 0x3E4CCCCD : f32
      %v189 = arith.constant 0xBE800000 : f32
      %v192 = arith.constant 0x3EAAAAAB : f32
      %v195 = arith.constant 0xBF000000 : f32
      %v201 = arith.constant 0x3D800000 : f32
      %v213 = arith.muli %size_P, %size_H : i64
      %v214 = arith.muli %v213, %size_L : i64
      %v234 = arith.constant 2147483647 : i64
      %v238 = arith.constant 7 : i32
      %v241 = arith.constant 32 : i32
      %v253 = arith.muli %v1, %size_L : i64
      %v290 = arith.constant 6 : i64
      %v292 = arith.constant 6 : i32
      %v342 = arith.constant 5 : i64
      %v344 = arith.constant 5 : i32
      %v395 = arith.constant 4 : i32
      %v445 = arith.constant 3 : i64
      %v447 = arith.constant 3 : i32
      %v497 = arith.constant 2 : i64
      %v499 = arith.constant 2 : i32
      %v550 = arith.constant 1 : i32
      %v600 = arith.constant 0 : i32
      %v15 = gpu.block_id x
      %v16 = gpu.thread_id x
      %v17 = arith.index_cast %v16 : index to i64
      %v18 = arith.index_cast %v15 : index to i64
      %v21 = arith.addi %size_P, %v20 : i64
      %v22 = arith.divui %v21, %v19 : i64
      %v23 = arith.maxsi %v22, %v2 : i64
      %v24 = arith.maxsi %size_P, %v2 : i64
      %v25 = arith.divui %v4, %v24 : i64
      %v26 = arith.muli %v25, %v23 : i64
      %v27 = arith.divui %v18, %v26 : i64
      %v28 = arith.remui %v18, %v26 : i64
      %v29 = arith.divui %v28, %v23 : i64
      %v30 = arith.remui %v28, %v23 : i64
      %v32 = arith.remui %v17, %v31 : i64
      %v33 = arith.divui %v17, %v31 : i64
      %v34 = arith.muli %v30, %v19 : i64
      %v35 = arith.addi %v34, %v33 : i64
      %v36 = arith.cmpi slt, %v35, %size_P : i64
      %v37 = arith.muli %v29, %size_P : i64
      %v38 = arith.addi %v37, %v35 : i64
      %v39 = arith.subi %size_P, %v2 : i64
      %v40 = arith.minsi %v35, %v39 : i64
      %v41 = arith.addi %v37, %v40 : i64
      %v42 = arith.remui %v41, %size_P : i64
      %v43 = arith.divui %v41, %size_P : i64
      %v44 = arith.remui %v43, %size_H : i64
      %v45 = arith.divui %v43, %size_H : i64
      %v46 = arith.remui %v45, %size_B : i64
      %v47 = arith.divui %v45, %size_B : i64
      %v72 = arith.trunci %v17 : i64 to i32
      %v73 = arith.constant 24 : i32
      %v74 = arith.andi %v72, %v73 : i32
      %v75 = arith.constant 0 : i32
      %v76 = arith.ori %v74, %v75 : i32
      %v77 = arith.constant 0 : i64
      %v78 = arith.cmpi eq, %v32, %v77 : i64
      %v79 = arith.constant 1 : i32
      %v80 = arith.ori %v74, %v79 : i32
      %v81 = arith.constant 1 : i64
      %v82 = arith.cmpi eq, %v32, %v81 : i64
      %v83 = arith.constant 2 : i32
      %v84 = arith.ori %v74, %v83 : i32
      %v85 = arith.constant 2 : i64
      %v86 = arith.cmpi eq, %v32, %v85 : i64
      %v87 = arith.constant 3 : i32
      %v88 = arith.ori %v74, %v87 : i32
      %v89 = arith.constant 3 : i64
      %v90 = arith.cmpi eq, %v32, %v89 : i64
      %v91 = arith.constant 4 : i32
      %v92 = arith.ori %v74, %v91 : i32
      %v93 = arith.constant 4 : i64
      %v94 = arith.cmpi eq, %v32, %v93 : i64
      %v95 = arith.constant 5 : i32
      %v96 = arith.ori %v74, %v95 : i32
      %v97 = arith.constant 5 : i64
      %v98 = arith.cmpi eq, %v32, %v97 : i64
      %v99 = arith.constant 6 : i32
      %v100 = arith.ori %v74, %v99 : i32
      %v101 = arith.constant 6 : i64
      %v102 = arith.cmpi eq, %v32, %v101 : i64
      %v103 = arith.constant 7 : i32
      %v104 = arith.ori %v74, %v103 : i32
      %v105 = arith.constant 7 : i64
      %v106 = arith.cmpi eq, %v32, %v105 : i64
      %v168 = llvm.getelementptr %in_dt_bias[%v44] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v169 = llvm.load %v168 : !llvm.ptr -> f32
      %v206 = llvm.getelementptr %in_A_log[%v44] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v207 = llvm.load %v206 : !llvm.ptr -> f32
      %v208 = arith.mulf %v207, %v174 fastmath<contract> : f32
      %v209 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v208) : (f32) -> f32
      %v210 = arith.mulf %v209, %v174 fastmath<contract> : f32
      %v684 = arith.mulf %v209, %v174 fastmath<contract> : f32
      %v49 = arith.muli %v27, %v48 : i64
      %v50 = arith.addi %v49, %v48 : i64
      %v51 = arith.muli %v27, %v4 : i64
      llvm.store %v61, %v52 : f32, !llvm.ptr
      llvm.store %v61, %v53 : f32, !llvm.ptr
      llvm.store %v62, %v54 : f32, !llvm.ptr
      llvm.store %v62, %v55 : f32, !llvm.ptr
      llvm.store %v61, %v56 : f32, !llvm.ptr
      llvm.store %v61, %v57 : f32, !llvm.ptr
      llvm.store %v61, %v58 : f32, !llvm.ptr
      llvm.store %v62, %v63 : f32, !llvm.ptr
      llvm.store %v62, %v64 : f32, !llvm.ptr
      %v66 = arith.cmpi eq, %size_L, %v65 : i64
      scf.if %v66 {
        llvm.store %v61, %v13 : f32, !llvm.ptr
        llvm.store %v61, %v14 : f32, !llvm.ptr
      }
      %v70 = arith.addi %size_L, %v69 : i64
      %v71 = arith.divui %v70, %v67 : i64
      %v107 = arith.minsi %v50, %v71 : i64
      %v108 = arith.muli %v27, %v31 : i64
      %v109 = arith.subi %v107, %v49 : i64
      %v110 = arith.maxsi %v109, %v65 : i64
      %v111 = arith.index_cast %v65 : i64 to index
      %v112 = arith.index_cast %v110 : i64 to index
      %v113 = arith.index_cast %v2 : i64 to index
      scf.for %v114 = %v111 to %v112 step %v113 {
        %v115 = arith.index_cast %v114 : index to i64
        %v116 = arith.subi %v107, %v2 : i64
        %v117 = arith.subi %v116, %v115 : i64
        %v118 = arith.muli %v117, %v67 : i64
        %v119 = arith.subi %size_L, %v118 : i64
        %v120 = arith.minsi %v119, %v67 : i64
        %v121 = arith.addi %v120, %v68 : i64
        %v122 = arith.divui %v121, %v31 : i64
        // the block's shared input rows for this stretch
        gpu.barrier
        %v123 = arith.subi %size_L, %v2 : i64
        %v124 = arith.index_cast %v17 : i64 to index
        %v125 = arith.index_cast %v67 : i64 to index
        %v126 = arith.index_cast %v7 : i64 to index
        scf.for %v127 = %v124 to %v125 step %v126 {
          %v128 = arith.index_cast %v127 : index to i64
          %v129 = arith.remui %v128, %v67 : i64
          %v130 = arith.divui %v128, %v67 : i64
          %v131 = arith.addi %v118, %v129 : i64
          %v132 = arith.minsi %v131, %v123 : i64
          %v134 = arith.muli %v46, %v133 : i64
          %v135 = arith.muli %v132, %size_H : i64
          %v136 = arith.addi %v134, %v135 : i64
          %v137 = arith.addi %v136, %v44 : i64
          %v138 = llvm.getelementptr %in_dt[%v137] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v139 = llvm.load %v138 : !llvm.ptr -> f32
          %v141 = arith.muli %v130, %v140 : i64
          %v142 = arith.addi %v141, %v129 : i64
          %v143 = llvm.getelementptr %v60[%v142] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v139, %v143 : f32, !llvm.ptr
        }
        gpu.barrier
        %v144 = arith.index_cast %v65 : i64 to index
        %v145 = arith.index_cast %v2 : i64 to index
        %v146 = arith.index_cast %v2 : i64 to index
        scf.for %v147 = %v144 to %v145 step %v146 {
          %v148 = arith.index_cast %v147 : index to i64
          %v149 = arith.index_cast %v65 : i64 to index
          %v150 = arith.index_cast %v122 : i64 to index
          %v151 = arith.index_cast %v2 : i64 to index
          scf.for %v152 = %v149 to %v150 step %v151 {
            %v153 = arith.index_cast %v152 : index to i64
            %v154 = arith.cmpi slt, %v153, %v122 : i64
            scf.if %v154 {
              %v155 = arith.subi %v122, %v2 : i64
              %v156 = arith.subi %v155, %v153 : i64
              %v157 = arith.muli %v156, %v31 : i64
              %v158 = arith.addi %v108, %v156 : i64
              %v159 = arith.addi %v157, %v31 : i64
              %v160 = arith.cmpi sle, %v159, %v120 : i64
              scf.if %v160 {
                %v161 = arith.subi %v120, %v2 : i64
                %v162 = arith.addi %v157, %v32 : i64
                %v163 = arith.minsi %v162, %v161 : i64
                %v164 = arith.addi %v118, %v163 : i64
                %v165 = arith.subi %v164, %v118 : i64
                %v166 = llvm.getelementptr %v60[%v165] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v167 = llvm.load %v166 : !llvm.ptr -> f32
                %v170 = arith.addf %v167, %v169 fastmath<contract> : f32
                %v171 = arith.maximumf %v170, %v61 : f32
                %v172 = llvm.call_intrinsic "llvm.fabs.f32"(%v170) : (f32) -> f32
                %v173 = arith.negf %v172 : f32
                %v175 = arith.mulf %v173, %v174 fastmath<contract> : f32
                %v176 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v175) : (f32) -> f32
                %v177 = arith.addf %v62, %v176 fastmath<contract> : f32
                %v178 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v177) : (f32) -> f32
                %v180 = arith.mulf %v178, %v179 fastmath<contract> : f32
                %v182 = arith.mulf %v181, %v176 fastmath<contract> : f32
                %v184 = arith.addf %v182, %v183 fastmath<contract> : f32
                %v185 = arith.mulf %v184, %v176 fastmath<contract> : f32
                %v187 = arith.addf %v185, %v186 fastmath<contract> : f32
                %v188 = arith.mulf %v187, %v176 fastmath<contract> : f32
                %v190 = arith.addf %v188, %v189 fastmath<contract> : f32
                %v191 = arith.mulf %v190, %v176 fastmath<contract> : f32
                %v193 = arith.addf %v191, %v192 fastmath<contract> : f32
                %v194 = arith.mulf %v193, %v176 fastmath<contract> : f32
                %v196 = arith.addf %v194, %v195 fastmath<contract> : f32
                %v197 = arith.mulf %v196, %v176 fastmath<contract> : f32
                %v198 = arith.addf %v197, %v62 fastmath<contract> : f32
                %v199 = arith.mulf %v198, %v176 fastmath<contract> : f32
                %v200 = llvm.call_intrinsic "llvm.fabs.f32"(%v176) : (f32) -> f32
                %v202 = arith.cmpf olt, %v200, %v201 : f32
                %v203 = arith.select %v202, %v199, %v180 : f32
                %v204 = arith.addf %v171, %v203 fastmath<contract> : f32
                %v205 = arith.negf %v204 : f32
                %v211 = arith.mulf %v205, %v210 fastmath<contract> : f32
                %v212 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v211) : (f32) -> f32
                %v215 = arith.muli %v46, %v214 : i64
                %v216 = arith.muli %v164, %v213 : i64
                %v217 = arith.addi %v215, %v216 : i64
                %v218 = arith.muli %v44, %size_P : i64
                %v219 = arith.addi %v217, %v218 : i64
                %v220 = arith.addi %v219, %v42 : i64
                %v221 = llvm.getelementptr %in_x[%v220] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v222 = llvm.load %v221 : !llvm.ptr -> f32
                %v223 = arith.mulf %v204, %v222 fastmath<contract> : f32
                %v224 = arith.negf %v170 : f32
                %v225 = arith.mulf %v224, %v174 fastmath<contract> : f32
                %v226 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v225) : (f32) -> f32
                %v227 = arith.addf %v62, %v226 fastmath<contract> : f32
                %v228 = arith.divf %v62, %v227 : f32
                // the group's states, recomputed into registers
                %v229 = arith.subi %v120, %v157 : i64
                %v230 = arith.trunci %v229 : i64 to i32
                %v231 = arith.subi %size_L, %v2 : i64
                %v232 = arith.addi %v118, %v157 : i64
                %v233 = arith.subi %v231, %v232 : i64
                %v235 = arith.minsi %v233, %v234 : i64
                %v236 = arith.trunci %v235 : i64 to i32
                %v237 = arith.addi %v157, %v68 : i64
                %v239 = arith.cmpi slt, %v238, %v230 : i32
                %v240 = arith.cmpi eq, %v238, %v236 : i32
                %v242, %v243 = gpu.shuffle idx %v204, %v104, %v241 : f32
                %v244, %v245 = gpu.shuffle idx %v205, %v104, %v241 : f32
                %v246, %v247 = gpu.shuffle idx %v212, %v104, %v241 : f32
                %v248, %v249 = gpu.shuffle idx %v223, %v104, %v241 : f32
                %v250, %v251 = gpu.shuffle idx %v228, %v104, %v241 : f32
                %v252 = arith.addi %v118, %v237 : i64
                %v254 = arith.muli %v46, %v253 : i64
                %v255 = arith.muli %v252, %v1 : i64
                %v256 = arith.addi %v254, %v255 : i64
                %v257 = arith.addi %v256, %v32 : i64
                %v258 = llvm.getelementptr %in_Cm[%v257] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v259 = llvm.load %v258 : !llvm.ptr -> f32
                %v260 = arith.muli %v46, %v214 : i64
                %v261 = arith.muli %v252, %v213 : i64
                %v262 = arith.addi %v260, %v261 : i64
                %v263 = arith.muli %v44, %size_P : i64
                %v264 = arith.addi %v262, %v263 : i64
                %v265 = arith.addi %v264, %v42 : i64
                %v266 = llvm.getelementptr %dy_y[%v265] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v267 = llvm.load %v266 : !llvm.ptr -> f32
                %v268 = arith.mulf %v259, %v267 fastmath<contract> : f32
                %v269 = llvm.load %v52 : !llvm.ptr -> f32
                %v270 = llvm.load %v54 : !llvm.ptr -> f32
                %v271 = arith.mulf %v270, %v269 fastmath<contract> : f32
                %v272 = arith.addf %v268, %v271 fastmath<contract> : f32
                llvm.store %v272, %v52 : f32, !llvm.ptr
                %v273 = llvm.load %v63 : !llvm.ptr -> f32
                %v274 = arith.mulf %v273, %v270 fastmath<contract> : f32
                llvm.store %v274, %v63 : f32, !llvm.ptr
                %v275 = arith.muli %v46, %v253 : i64
                %v276 = arith.muli %v252, %v1 : i64
                %v277 = arith.addi %v275, %v276 : i64
                %v278 = arith.constant 8 : i64
                %v279 = arith.addi %v278, %v32 : i64
                %v280 = arith.addi %v277, %v279 : i64
                %v281 = llvm.getelementptr %in_Cm[%v280] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v282 = llvm.load %v281 : !llvm.ptr -> f32
                %v283 = arith.mulf %v282, %v267 fastmath<contract> : f32
                %v284 = llvm.load %v53 : !llvm.ptr -> f32
                %v285 = llvm.load %v55 : !llvm.ptr -> f32
                %v286 = arith.mulf %v285, %v284 fastmath<contract> : f32
                %v287 = arith.addf %v283, %v286 fastmath<contract> : f32
                llvm.store %v287, %v53 : f32, !llvm.ptr
                %v288 = llvm.load %v64 : !llvm.ptr -> f32
                %v289 = arith.mulf %v288, %v285 fastmath<contract> : f32
                llvm.store %v289, %v64 : f32, !llvm.ptr
                scf.if %v240 {
                }
                llvm.store %v246, %v54 : f32, !llvm.ptr
                llvm.store %v246, %v55 : f32, !llvm.ptr
                %v291 = arith.addi %v157, %v290 : i64
                %v293 = arith.cmpi slt, %v292, %v230 : i32
                %v294 = arith.cmpi eq, %v292, %v236 : i32
                %v295, %v296 = gpu.shuffle idx %v204, %v100, %v241 : f32
                %v297, %v298 = gpu.shuffle idx %v205, %v100, %v241 : f32
                %v299, %v300 = gpu.shuffle idx %v212, %v100, %v241 : f32
                %v301, %v302 = gpu.shuffle idx %v223, %v100, %v241 : f32
                %v303, %v304 = gpu.shuffle idx %v228, %v100, %v241 : f32
                %v305 = arith.addi %v118, %v291 : i64
                %v306 = arith.muli %v46, %v253 : i64
                %v307 = arith.muli %v305, %v1 : i64
                %v308 = arith.addi %v306, %v307 : i64
                %v309 = arith.addi %v308, %v32 : i64
                %v310 = llvm.getelementptr %in_Cm[%v309] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v311 = llvm.load %v310 : !llvm.ptr -> f32
                %v312 = arith.muli %v46, %v214 : i64
                %v313 = arith.muli %v305, %v213 : i64
                %v314 = arith.addi %v312, %v313 : i64
                %v315 = arith.muli %v44, %size_P : i64
                %v316 = arith.addi %v314, %v315 : i64
                %v317 = arith.addi %v316, %v42 : i64
                %v318 = llvm.getelementptr %dy_y[%v317] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v319 = llvm.load %v318 : !llvm.ptr -> f32
                %v320 = arith.mulf %v311, %v319 fastmath<contract> : f32
                %v321 = llvm.load %v52 : !llvm.ptr -> f32
                %v322 = llvm.load %v54 : !llvm.ptr -> f32
                %v323 = arith.mulf %v322, %v321 fastmath<contract> : f32
                %v324 = arith.addf %v320, %v323 fastmath<contract> : f32
                llvm.store %v324, %v52 : f32, !llvm.ptr
                %v325 = llvm.load %v63 : !llvm.ptr -> f32
                %v326 = arith.mulf %v325, %v322 fastmath<contract> : f32
                llvm.store %v326, %v63 : f32, !llvm.ptr
                %v327 = arith.muli %v46, %v253 : i64
                %v328 = arith.muli %v305, %v1 : i64
                %v329 = arith.addi %v327, %v328 : i64
                %v330 = arith.constant 8 : i64
                %v331 = arith.addi %v330, %v32 : i64
                %v332 = arith.addi %v329, %v331 : i64
                %v333 = llvm.getelementptr %in_Cm[%v332] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v334 = llvm.load %v333 : !llvm.ptr -> f32
                %v335 = arith.mulf %v334, %v319 fastmath<contract> : f32
                %v336 = llvm.load %v53 : !llvm.ptr -> f32
                %v337 = llvm.load %v55 : !llvm.ptr -> f32
                %v338 = arith.mulf %v337, %v336 fastmath<contract> : f32
                %v339 = arith.addf %v335, %v338 fastmath<contract> : f32
                llvm.store %v339, %v53 : f32, !llvm.ptr
                %v340 = llvm.load %v64 : !llvm.ptr -> f32
                %v341 = arith.mulf %v340, %v337 fastmath<contract> : f32
                llvm.store %v341, %v64 : f32, !llvm.ptr
                scf.if %v294 {
                }
                llvm.store %v299, %v54 : f32, !llvm.ptr
                llvm.store %v299, %v55 : f32, !llvm.ptr
                %v343 = arith.addi %v157, %v342 : i64
                %v345 = arith.cmpi slt, %v344, %v230 : i32
                %v346 = arith.cmpi eq, %v344, %v236 : i32
                %v347, %v348 = gpu.shuffle idx %v204, %v96, %v241 : f32
                %v349, %v350 = gpu.shuffle idx %v205, %v96, %v241 : f32
                %v351, %v352 = gpu.shuffle idx %v212, %v96, %v241 : f32
                %v353, %v354 = gpu.shuffle idx %v223, %v96, %v241 : f32
                %v355, %v356 = gpu.shuffle idx %v228, %v96, %v241 : f32
                %v357 = arith.addi %v118, %v343 : i64
                %v358 = arith.muli %v46, %v253 : i64
                %v359 = arith.muli %v357, %v1 : i64
                %v360 = arith.addi %v358, %v359 : i64
                %v361 = arith.addi %v360, %v32 : i64
                %v362 = llvm.getelementptr %in_Cm[%v361] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v363 = llvm.load %v362 : !llvm.ptr -> f32
                %v364 = arith.muli %v46, %v214 : i64
                %v365 = arith.muli %v357, %v213 : i64
                %v366 = arith.addi %v364, %v365 : i64
                %v367 = arith.muli %v44, %size_P : i64
                %v368 = arith.addi %v366, %v367 : i64
                %v369 = arith.addi %v368, %v42 : i64
                %v370 = llvm.getelementptr %dy_y[%v369] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v371 = llvm.load %v370 : !llvm.ptr -> f32
                %v372 = arith.mulf %v363, %v371 fastmath<contract> : f32
                %v373 = llvm.load %v52 : !llvm.ptr -> f32
                %v374 = llvm.load %v54 : !llvm.ptr -> f32
                %v375 = arith.mulf %v374, %v373 fastmath<contract> : f32
                %v376 = arith.addf %v372, %v375 fastmath<contract> : f32
                llvm.store %v376, %v52 : f32, !llvm.ptr
                %v377 = llvm.load %v63 : !llvm.ptr -> f32
                %v378 = arith.mulf %v377, %v374 fastmath<contract> : f32
                llvm.store %v378, %v63 : f32, !llvm.ptr
                %v379 = arith.muli %v46, %v253 : i64
                %v380 = arith.muli %v357, %v1 : i64
                %v381 = arith.addi %v379, %v380 : i64
                %v382 = arith.constant 8 : i64
                %v383 = arith.addi %v382, %v32 : i64
                %v384 = arith.addi %v381, %v383 : i64
                %v385 = llvm.getelementptr %in_Cm[%v384] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v386 = llvm.load %v385 : !llvm.ptr -> f32
                %v387 = arith.mulf %v386, %v371 fastmath<contract> : f32
                %v388 = llvm.load %v53 : !llvm.ptr -> f32
                %v389 = llvm.load %v55 : !llvm.ptr -> f32
                %v390 = arith.mulf %v389, %v388 fastmath<contract> : f32
                %v391 = arith.addf %v387, %v390 fastmath<contract> : f32
                llvm.store %v391, %v53 : f32, !llvm.ptr
                %v392 = llvm.load %v64 : !llvm.ptr -> f32
                %v393 = arith.mulf %v392, %v389 fastmath<contract> : f32
                llvm.store %v393, %v64 : f32, !llvm.ptr
                scf.if %v346 {
                }
                llvm.store %v351, %v54 : f32, !llvm.ptr
                llvm.store %v351, %v55 : f32, !llvm.ptr
                %v394 = arith.addi %v157, %v48 : i64
                %v396 = arith.cmpi slt, %v395, %v230 : i32
                %v397 = arith.cmpi eq, %v395, %v236 : i32
                %v398, %v399 = gpu.shuffle idx %v204, %v92, %v241 : f32
                %v400, %v401 = gpu.shuffle idx %v205, %v92, %v241 : f32
                %v402, %v403 = gpu.shuffle idx %v212, %v92, %v241 : f32
                %v404, %v405 = gpu.shuffle idx %v223, %v92, %v241 : f32
                %v406, %v407 = gpu.shuffle idx %v228, %v92, %v241 : f32
                %v408 = arith.addi %v118, %v394 : i64
                %v409 = arith.muli %v46, %v253 : i64
                %v410 = arith.muli %v408, %v1 : i64
                %v411 = arith.addi %v409, %v410 : i64
                %v412 = arith.addi %v411, %v32 : i64
                %v413 = llvm.getelementptr %in_Cm[%v412] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v414 = llvm.load %v413 : !llvm.ptr -> f32
                %v415 = arith.muli %v46, %v214 : i64
                %v416 = arith.muli %v408, %v213 : i64
                %v417 = arith.addi %v415, %v416 : i64
                %v418 = arith.muli %v44, %size_P : i64
                %v419 = arith.addi %v417, %v418 : i64
                %v420 = arith.addi %v419, %v42 : i64
                %v421 = llvm.getelementptr %dy_y[%v420] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v422 = llvm.load %v421 : !llvm.ptr -> f32
                %v423 = arith.mulf %v414, %v422 fastmath<contract> : f32
                %v424 = llvm.load %v52 : !llvm.ptr -> f32
                %v425 = llvm.load %v54 : !llvm.ptr -> f32
                %v426 = arith.mulf %v425, %v424 fastmath<contract> : f32
                %v427 = arith.addf %v423, %v426 fastmath<contract> : f32
                llvm.store %v427, %v52 : f32, !llvm.ptr
                %v428 = llvm.load %v63 : !llvm.ptr -> f32
                %v429 = arith.mulf %v428, %v425 fastmath<contract> : f32
                llvm.store %v429, %v63 : f32, !llvm.ptr
                %v430 = arith.muli %v46, %v253 : i64
                %v431 = arith.muli %v408, %v1 : i64
                %v432 = arith.addi %v430, %v431 : i64
                %v433 = arith.constant 8 : i64
                %v434 = arith.addi %v433, %v32 : i64
                %v435 = arith.addi %v432, %v434 : i64
                %v436 = llvm.getelementptr %in_Cm[%v435] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v437 = llvm.load %v436 : !llvm.ptr -> f32
                %v438 = arith.mulf %v437, %v422 fastmath<contract> : f32
                %v439 = llvm.load %v53 : !llvm.ptr -> f32
                %v440 = llvm.load %v55 : !llvm.ptr -> f32
                %v441 = arith.mulf %v440, %v439 fastmath<contract> : f32
                %v442 = arith.addf %v438, %v441 fastmath<contract> : f32
                llvm.store %v442, %v53 : f32, !llvm.ptr
                %v443 = llvm.load %v64 : !llvm.ptr -> f32
                %v444 = arith.mulf %v443, %v440 fastmath<contract> : f32
                llvm.store %v444, %v64 : f32, !llvm.ptr
                scf.if %v397 {
                }
                llvm.store %v402, %v54 : f32, !llvm.ptr
                llvm.store %v402, %v55 : f32, !llvm.ptr
                %v446 = arith.addi %v157, %v445 : i64
                %v448 = arith.cmpi slt, %v447, %v230 : i32
                %v449 = arith.cmpi eq, %v447, %v236 : i32
                %v450, %v451 = gpu.shuffle idx %v204, %v88, %v241 : f32
                %v452, %v453 = gpu.shuffle idx %v205, %v88, %v241 : f32
                %v454, %v455 = gpu.shuffle idx %v212, %v88, %v241 : f32
                %v456, %v457 = gpu.shuffle idx %v223, %v88, %v241 : f32
                %v458, %v459 = gpu.shuffle idx %v228, %v88, %v241 : f32
                %v460 = arith.addi %v118, %v446 : i64
                %v461 = arith.muli %v46, %v253 : i64
                %v462 = arith.muli %v460, %v1 : i64
                %v463 = arith.addi %v461, %v462 : i64
                %v464 = arith.addi %v463, %v32 : i64
                %v465 = llvm.getelementptr %in_Cm[%v464] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v466 = llvm.load %v465 : !llvm.ptr -> f32
                %v467 = arith.muli %v46, %v214 : i64
                %v468 = arith.muli %v460, %v213 : i64
                %v469 = arith.addi %v467, %v468 : i64
                %v470 = arith.muli %v44, %size_P : i64
                %v471 = arith.addi %v469, %v470 : i64
                %v472 = arith.addi %v471, %v42 : i64
                %v473 = llvm.getelementptr %dy_y[%v472] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v474 = llvm.load %v473 : !llvm.ptr -> f32
                %v475 = arith.mulf %v466, %v474 fastmath<contract> : f32
                %v476 = llvm.load %v52 : !llvm.ptr -> f32
                %v477 = llvm.load %v54 : !llvm.ptr -> f32
                %v478 = arith.mulf %v477, %v476 fastmath<contract> : f32
                %v479 = arith.addf %v475, %v478 fastmath<contract> : f32
                llvm.store %v479, %v52 : f32, !llvm.ptr
                %v480 = llvm.load %v63 : !llvm.ptr -> f32
                %v481 = arith.mulf %v480, %v477 fastmath<contract> : f32
                llvm.store %v481, %v63 : f32, !llvm.ptr
                %v482 = arith.muli %v46, %v253 : i64
                %v483 = arith.muli %v460, %v1 : i64
                %v484 = arith.addi %v482, %v483 : i64
                %v485 = arith.constant 8 : i64
                %v486 = arith.addi %v485, %v32 : i64
                %v487 = arith.addi %v484, %v486 : i64
                %v488 = llvm.getelementptr %in_Cm[%v487] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v489 = llvm.load %v488 : !llvm.ptr -> f32
                %v490 = arith.mulf %v489, %v474 fastmath<contract> : f32
                %v491 = llvm.load %v53 : !llvm.ptr -> f32
                %v492 = llvm.load %v55 : !llvm.ptr -> f32
                %v493 = arith.mulf %v492, %v491 fastmath<contract> : f32
                %v494 = arith.addf %v490, %v493 fastmath<contract> : f32
                llvm.store %v494, %v53 : f32, !llvm.ptr
                %v495 = llvm.load %v64 : !llvm.ptr -> f32
                %v496 = arith.mulf %v495, %v492 fastmath<contract> : f32
                llvm.store %v496, %v64 : f32, !llvm.ptr
                scf.if %v449 {
                }
                llvm.store %v454, %v54 : f32, !llvm.ptr
                llvm.store %v454, %v55 : f32, !llvm.ptr
                %v498 = arith.addi %v157, %v497 : i64
                %v500 = arith.cmpi slt, %v499, %v230 : i32
                %v501 = arith.cmpi eq, %v499, %v236 : i32
                %v502, %v503 = gpu.shuffle idx %v204, %v84, %v241 : f32
                %v504, %v505 = gpu.shuffle idx %v205, %v84, %v241 : f32
                %v506, %v507 = gpu.shuffle idx %v212, %v84, %v241 : f32
                %v508, %v509 = gpu.shuffle idx %v223, %v84, %v241 : f32
                %v510, %v511 = gpu.shuffle idx %v228, %v84, %v241 : f32
                %v512 = arith.addi %v118, %v498 : i64
                %v513 = arith.muli %v46, %v253 : i64
                %v514 = arith.muli %v512, %v1 : i64
                %v515 = arith.addi %v513, %v514 : i64
                %v516 = arith.addi %v515, %v32 : i64
                %v517 = llvm.getelementptr %in_Cm[%v516] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v518 = llvm.load %v517 : !llvm.ptr -> f32
                %v519 = arith.muli %v46, %v214 : i64
                %v520 = arith.muli %v512, %v213 : i64
                %v521 = arith.addi %v519, %v520 : i64
                %v522 = arith.muli %v44, %size_P : i64
                %v523 = arith.addi %v521, %v522 : i64
                %v524 = arith.addi %v523, %v42 : i64
                %v525 = llvm.getelementptr %dy_y[%v524] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v526 = llvm.load %v525 : !llvm.ptr -> f32
                %v527 = arith.mulf %v518, %v526 fastmath<contract> : f32
                %v528 = llvm.load %v52 : !llvm.ptr -> f32
                %v529 = llvm.load %v54 : !llvm.ptr -> f32
                %v530 = arith.mulf %v529, %v528 fastmath<contract> : f32
                %v531 = arith.addf %v527, %v530 fastmath<contract> : f32
                llvm.store %v531, %v52 : f32, !llvm.ptr
                %v532 = llvm.load %v63 : !llvm.ptr -> f32
                %v533 = arith.mulf %v532, %v529 fastmath<contract> : f32
                llvm.store %v533, %v63 : f32, !llvm.ptr
                %v534 = arith.muli %v46, %v253 : i64
                %v535 = arith.muli %v512, %v1 : i64
                %v536 = arith.addi %v534, %v535 : i64
                %v537 = arith.constant 8 : i64
                %v538 = arith.addi %v537, %v32 : i64
                %v539 = arith.addi %v536, %v538 : i64
                %v540 = llvm.getelementptr %in_Cm[%v539] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v541 = llvm.load %v540 : !llvm.ptr -> f32
                %v542 = arith.mulf %v541, %v526 fastmath<contract> : f32
                %v543 = llvm.load %v53 : !llvm.ptr -> f32
                %v544 = llvm.load %v55 : !llvm.ptr -> f32
                %v545 = arith.mulf %v544, %v543 fastmath<contract> : f32
                %v546 = arith.addf %v542, %v545 fastmath<contract> : f32
                llvm.store %v546, %v53 : f32, !llvm.ptr
                %v547 = llvm.load %v64 : !llvm.ptr -> f32
                %v548 = arith.mulf %v547, %v544 fastmath<contract> : f32
                llvm.store %v548, %v64 : f32, !llvm.ptr
                scf.if %v501 {
                }
                llvm.store %v506, %v54 : f32, !llvm.ptr
                llvm.store %v506, %v55 : f32, !llvm.ptr
                %v549 = arith.addi %v157, %v2 : i64
                %v551 = arith.cmpi slt, %v550, %v230 : i32
                %v552 = arith.cmpi eq, %v550, %v236 : i32
                %v553, %v554 = gpu.shuffle idx %v204, %v80, %v241 : f32
                %v555, %v556 = gpu.shuffle idx %v205, %v80, %v241 : f32
                %v557, %v558 = gpu.shuffle idx %v212, %v80, %v241 : f32
                %v559, %v560 = gpu.shuffle idx %v223, %v80, %v241 : f32
                %v561, %v562 = gpu.shuffle idx %v228, %v80, %v241 : f32
                %v563 = arith.addi %v118, %v549 : i64
                %v564 = arith.muli %v46, %v253 : i64
                %v565 = arith.muli %v563, %v1 : i64
                %v566 = arith.addi %v564, %v565 : i64
                %v567 = arith.addi %v566, %v32 : i64
                %v568 = llvm.getelementptr %in_Cm[%v567] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v569 = llvm.load %v568 : !llvm.ptr -> f32
                %v570 = arith.muli %v46, %v214 : i64
                %v571 = arith.muli %v563, %v213 : i64
                %v572 = arith.addi %v570, %v571 : i64
                %v573 = arith.muli %v44, %size_P : i64
                %v574 = arith.addi %v572, %v573 : i64
                %v575 = arith.addi %v574, %v42 : i64
                %v576 = llvm.getelementptr %dy_y[%v575] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v577 = llvm.load %v576 : !llvm.ptr -> f32
                %v578 = arith.mulf %v569, %v577 fastmath<contract> : f32
                %v579 = llvm.load %v52 : !llvm.ptr -> f32
                %v580 = llvm.load %v54 : !llvm.ptr -> f32
                %v581 = arith.mulf %v580, %v579 fastmath<contract> : f32
                %v582 = arith.addf %v578, %v581 fastmath<contract> : f32
                llvm.store %v582, %v52 : f32, !llvm.ptr
                %v583 = llvm.load %v63 : !llvm.ptr -> f32
                %v584 = arith.mulf %v583, %v580 fastmath<contract> : f32
                llvm.store %v584, %v63 : f32, !llvm.ptr
                %v585 = arith.muli %v46, %v253 : i64
                %v586 = arith.muli %v563, %v1 : i64
                %v587 = arith.addi %v585, %v586 : i64
                %v588 = arith.constant 8 : i64
                %v589 = arith.addi %v588, %v32 : i64
                %v590 = arith.addi %v587, %v589 : i64
                %v591 = llvm.getelementptr %in_Cm[%v590] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v592 = llvm.load %v591 : !llvm.ptr -> f32
                %v593 = arith.mulf %v592, %v577 fastmath<contract> : f32
                %v594 = llvm.load %v53 : !llvm.ptr -> f32
                %v595 = llvm.load %v55 : !llvm.ptr -> f32
                %v596 = arith.mulf %v595, %v594 fastmath<contract> : f32
                %v597 = arith.addf %v593, %v596 fastmath<contract> : f32
                llvm.store %v597, %v53 : f32, !llvm.ptr
                %v598 = llvm.load %v64 : !llvm.ptr -> f32
                %v599 = arith.mulf %v598, %v595 fastmath<contract> : f32
                llvm.store %v599, %v64 : f32, !llvm.ptr
                scf.if %v552 {
                }
                llvm.store %v557, %v54 : f32, !llvm.ptr
                llvm.store %v557, %v55 : f32, !llvm.ptr
                %v601 = arith.cmpi slt, %v600, %v230 : i32
                %v602 = arith.cmpi eq, %v600, %v236 : i32
                %v603, %v604 = gpu.shuffle idx %v204, %v76, %v241 : f32
                %v605, %v606 = gpu.shuffle idx %v205, %v76, %v241 : f32
                %v607, %v608 = gpu.shuffle idx %v212, %v76, %v241 : f32
                %v609, %v610 = gpu.shuffle idx %v223, %v76, %v241 : f32
                %v611, %v612 = gpu.shuffle idx %v228, %v76, %v241 : f32
                %v613 = arith.addi %v118, %v157 : i64
                %v614 = arith.muli %v46, %v253 : i64
                %v615 = arith.muli %v613, %v1 : i64
                %v616 = arith.addi %v614, %v615 : i64
                %v617 = arith.addi %v616, %v32 : i64
                %v618 = llvm.getelementptr %in_Cm[%v617] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v619 = llvm.load %v618 : !llvm.ptr -> f32
                %v620 = arith.muli %v46, %v214 : i64
                %v621 = arith.muli %v613, %v213 : i64
                %v622 = arith.addi %v620, %v621 : i64
                %v623 = arith.muli %v44, %size_P : i64
                %v624 = arith.addi %v622, %v623 : i64
                %v625 = arith.addi %v624, %v42 : i64
                %v626 = llvm.getelementptr %dy_y[%v625] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v627 = llvm.load %v626 : !llvm.ptr -> f32
                %v628 = arith.mulf %v619, %v627 fastmath<contract> : f32
                %v629 = llvm.load %v52 : !llvm.ptr -> f32
                %v630 = llvm.load %v54 : !llvm.ptr -> f32
                %v631 = arith.mulf %v630, %v629 fastmath<contract> : f32
                %v632 = arith.addf %v628, %v631 fastmath<contract> : f32
                llvm.store %v632, %v52 : f32, !llvm.ptr
                %v633 = llvm.load %v63 : !llvm.ptr -> f32
                %v634 = arith.mulf %v633, %v630 fastmath<contract> : f32
                llvm.store %v634, %v63 : f32, !llvm.ptr
                %v635 = arith.muli %v46, %v253 : i64
                %v636 = arith.muli %v613, %v1 : i64
                %v637 = arith.addi %v635, %v636 : i64
                %v638 = arith.constant 8 : i64
                %v639 = arith.addi %v638, %v32 : i64
                %v640 = arith.addi %v637, %v639 : i64
                %v641 = llvm.getelementptr %in_Cm[%v640] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v642 = llvm.load %v641 : !llvm.ptr -> f32
                %v643 = arith.mulf %v642, %v627 fastmath<contract> : f32
                %v644 = llvm.load %v53 : !llvm.ptr -> f32
                %v645 = llvm.load %v55 : !llvm.ptr -> f32
                %v646 = arith.mulf %v645, %v644 fastmath<contract> : f32
                %v647 = arith.addf %v643, %v646 fastmath<contract> : f32
                llvm.store %v647, %v53 : f32, !llvm.ptr
                %v648 = llvm.load %v64 : !llvm.ptr -> f32
                %v649 = arith.mulf %v648, %v645 fastmath<contract> : f32
                llvm.store %v649, %v64 : f32, !llvm.ptr
                scf.if %v602 {
                }
                llvm.store %v607, %v54 : f32, !llvm.ptr
                llvm.store %v607, %v55 : f32, !llvm.ptr
              } else {
                %v650 = arith.subi %v120, %v2 : i64
                %v651 = arith.addi %v157, %v32 : i64
                %v652 = arith.minsi %v651, %v650 : i64
                %v653 = arith.addi %v118, %v652 : i64
                %v654 = arith.subi %v653, %v118 : i64
                %v655 = llvm.getelementptr %v60[%v654] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v656 = llvm.load %v655 : !llvm.ptr -> f32
                %v657 = arith.addf %v656, %v169 fastmath<contract> : f32
                %v658 = arith.maximumf %v657, %v61 : f32
                %v659 = llvm.call_intrinsic "llvm.fabs.f32"(%v657) : (f32) -> f32
                %v660 = arith.negf %v659 : f32
                %v661 = arith.mulf %v660, %v174 fastmath<contract> : f32
                %v662 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v661) : (f32) -> f32
                %v663 = arith.addf %v62, %v662 fastmath<contract> : f32
                %v664 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v663) : (f32) -> f32
                %v665 = arith.mulf %v664, %v179 fastmath<contract> : f32
                %v666 = arith.mulf %v181, %v662 fastmath<contract> : f32
                %v667 = arith.addf %v666, %v183 fastmath<contract> : f32
                %v668 = arith.mulf %v667, %v662 fastmath<contract> : f32
                %v669 = arith.addf %v668, %v186 fastmath<contract> : f32
                %v670 = arith.mulf %v669, %v662 fastmath<contract> : f32
                %v671 = arith.addf %v670, %v189 fastmath<contract> : f32
                %v672 = arith.mulf %v671, %v662 fastmath<contract> : f32
                %v673 = arith.addf %v672, %v192 fastmath<contract> : f32
                %v674 = arith.mulf %v673, %v662 fastmath<contract> : f32
                %v675 = arith.addf %v674, %v195 fastmath<contract> : f32
                %v676 = arith.mulf %v675, %v662 fastmath<contract> : f32
                %v677 = arith.addf %v676, %v62 fastmath<contract> : f32
                %v678 = arith.mulf %v677, %v662 fastmath<contract> : f32
                %v679 = llvm.call_intrinsic "llvm.fabs.f32"(%v662) : (f32) -> f32
                %v680 = arith.cmpf olt, %v679, %v201 : f32
                %v681 = arith.select %v680, %v678, %v665 : f32
                %v682 = arith.addf %v658, %v681 fastmath<contract> : f32
                %v683 = arith.negf %v682 : f32
                %v685 = arith.mulf %v683, %v684 fastmath<contract> : f32
                %v686 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v685) : (f32) -> f32
                %v687 = arith.muli %v46, %v214 : i64
                %v688 = arith.muli %v653, %v213 : i64
                %v689 = arith.addi %v687, %v688 : i64
                %v690 = arith.muli %v44, %size_P : i64
                %v691 = arith.addi %v689, %v690 : i64
                %v692 = arith.addi %v691, %v42 : i64
                %v693 = llvm.getelementptr %in_x[%v692] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v694 = llvm.load %v693 : !llvm.ptr -> f32
                %v695 = arith.mulf %v682, %v694 fastmath<contract> : f32
                %v696 = arith.negf %v657 : f32
                %v697 = arith.mulf %v696, %v174 fastmath<contract> : f32
                %v698 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v697) : (f32) -> f32
                %v699 = arith.addf %v62, %v698 fastmath<contract> : f32
                %v700 = arith.divf %v62, %v699 : f32
                // the group's states, recomputed into registers
                %v701 = arith.subi %v120, %v157 : i64
                %v702 = arith.trunci %v701 : i64 to i32
                %v703 = arith.subi %size_L, %v2 : i64
                %v704 = arith.addi %v118, %v157 : i64
                %v705 = arith.subi %v703, %v704 : i64
                %v706 = arith.minsi %v705, %v234 : i64
                %v707 = arith.trunci %v706 : i64 to i32
                %v708 = arith.addi %v157, %v68 : i64
                %v709 = arith.cmpi slt, %v238, %v702 : i32
                %v710 = arith.cmpi eq, %v238, %v707 : i32
                %v711, %v712 = gpu.shuffle idx %v682, %v104, %v241 : f32
                %v713, %v714 = gpu.shuffle idx %v683, %v104, %v241 : f32
                %v715, %v716 = gpu.shuffle idx %v686, %v104, %v241 : f32
                %v717, %v718 = gpu.shuffle idx %v695, %v104, %v241 : f32
                %v719, %v720 = gpu.shuffle idx %v700, %v104, %v241 : f32
                scf.if %v709 {
                  %v721 = arith.addi %v118, %v708 : i64
                  %v722 = arith.muli %v46, %v253 : i64
                  %v723 = arith.muli %v721, %v1 : i64
                  %v724 = arith.addi %v722, %v723 : i64
                  %v725 = arith.addi %v724, %v32 : i64
                  %v726 = llvm.getelementptr %in_Cm[%v725] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v727 = llvm.load %v726 : !llvm.ptr -> f32
                  %v728 = arith.muli %v46, %v214 : i64
                  %v729 = arith.muli %v721, %v213 : i64
                  %v730 = arith.addi %v728, %v729 : i64
                  %v731 = arith.muli %v44, %size_P : i64
                  %v732 = arith.addi %v730, %v731 : i64
                  %v733 = arith.addi %v732, %v42 : i64
                  %v734 = llvm.getelementptr %dy_y[%v733] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v735 = llvm.load %v734 : !llvm.ptr -> f32
                  %v736 = arith.mulf %v727, %v735 fastmath<contract> : f32
                  %v737 = llvm.load %v52 : !llvm.ptr -> f32
                  %v738 = llvm.load %v54 : !llvm.ptr -> f32
                  %v739 = arith.mulf %v738, %v737 fastmath<contract> : f32
                  %v740 = arith.addf %v736, %v739 fastmath<contract> : f32
                  llvm.store %v740, %v52 : f32, !llvm.ptr
                  %v741 = llvm.load %v63 : !llvm.ptr -> f32
                  %v742 = arith.mulf %v741, %v738 fastmath<contract> : f32
                  llvm.store %v742, %v63 : f32, !llvm.ptr
                  %v743 = arith.muli %v46, %v253 : i64
                  %v744 = arith.muli %v721, %v1 : i64
                  %v745 = arith.addi %v743, %v744 : i64
                  %v746 = arith.constant 8 : i64
                  %v747 = arith.addi %v746, %v32 : i64
                  %v748 = arith.addi %v745, %v747 : i64
                  %v749 = llvm.getelementptr %in_Cm[%v748] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v750 = llvm.load %v749 : !llvm.ptr -> f32
                  %v751 = arith.mulf %v750, %v735 fastmath<contract> : f32
                  %v752 = llvm.load %v53 : !llvm.ptr -> f32
                  %v753 = llvm.load %v55 : !llvm.ptr -> f32
                  %v754 = arith.mulf %v753, %v752 fastmath<contract> : f32
                  %v755 = arith.addf %v751, %v754 fastmath<contract> : f32
                  llvm.store %v755, %v53 : f32, !llvm.ptr
                  %v756 = llvm.load %v64 : !llvm.ptr -> f32
                  %v757 = arith.mulf %v756, %v753 fastmath<contract> : f32
                  llvm.store %v757, %v64 : f32, !llvm.ptr
                  scf.if %v710 {
                  }
                  llvm.store %v715, %v54 : f32, !llvm.ptr
                  llvm.store %v715, %v55 : f32, !llvm.ptr
                }
                %v758 = arith.addi %v157, %v290 : i64
                %v759 = arith.cmpi slt, %v292, %v702 : i32
                %v760 = arith.cmpi eq, %v292, %v707 : i32
                %v761, %v762 = gpu.shuffle idx %v682, %v100, %v241 : f32
                %v763, %v764 = gpu.shuffle idx %v683, %v100, %v241 : f32
                %v765, %v766 = gpu.shuffle idx %v686, %v100, %v241 : f32
                %v767, %v768 = gpu.shuffle idx %v695, %v100, %v241 : f32
                %v769, %v770 = gpu.shuffle idx %v700, %v100, %v241 : f32
                scf.if %v759 {
                  %v771 = arith.addi %v118, %v758 : i64
                  %v772 = arith.muli %v46, %v253 : i64
                  %v773 = arith.muli %v771, %v1 : i64
                  %v774 = arith.addi %v772, %v773 : i64
                  %v775 = arith.addi %v774, %v32 : i64
                  %v776 = llvm.getelementptr %in_Cm[%v775] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v777 = llvm.load %v776 : !llvm.ptr -> f32
                  %v778 = arith.muli %v46, %v214 : i64
                  %v779 = arith.muli %v771, %v213 : i64
                  %v780 = arith.addi %v778, %v779 : i64
                  %v781 = arith.muli %v44, %size_P : i64
                  %v782 = arith.addi %v780, %v781 : i64
                  %v783 = arith.addi %v782, %v42 : i64
                  %v784 = llvm.getelementptr %dy_y[%v783] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v785 = llvm.load %v784 : !llvm.ptr -> f32
                  %v786 = arith.mulf %v777, %v785 fastmath<contract> : f32
                  %v787 = llvm.load %v52 : !llvm.ptr -> f32
                  %v788 = llvm.load %v54 : !llvm.ptr -> f32
                  %v789 = arith.mulf %v788, %v787 fastmath<contract> : f32
                  %v790 = arith.addf %v786, %v789 fastmath<contract> : f32
                  llvm.store %v790, %v52 : f32, !llvm.ptr
                  %v791 = llvm.load %v63 : !llvm.ptr -> f32
                  %v792 = arith.mulf %v791, %v788 fastmath<contract> : f32
                  llvm.store %v792, %v63 : f32, !llvm.ptr
                  %v793 = arith.muli %v46, %v253 : i64
                  %v794 = arith.muli %v771, %v1 : i64
                  %v795 = arith.addi %v793, %v794 : i64
                  %v796 = arith.constant 8 : i64
                  %v797 = arith.addi %v796, %v32 : i64
                  %v798 = arith.addi %v795, %v797 : i64
                  %v799 = llvm.getelementptr %in_Cm[%v798] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v800 = llvm.load %v799 : !llvm.ptr -> f32
                  %v801 = arith.mulf %v800, %v785 fastmath<contract> : f32
                  %v802 = llvm.load %v53 : !llvm.ptr -> f32
                  %v803 = llvm.load %v55 : !llvm.ptr -> f32
                  %v804 = arith.mulf %v803, %v802 fastmath<contract> : f32
                  %v805 = arith.addf %v801, %v804 fastmath<contract> : f32
                  llvm.store %v805, %v53 : f32, !llvm.ptr
                  %v806 = llvm.load %v64 : !llvm.ptr -> f32
                  %v807 = arith.mulf %v806, %v803 fastmath<contract> : f32
                  llvm.store %v807, %v64 : f32, !llvm.ptr
                  scf.if %v760 {
                  }
                  llvm.store %v765, %v54 : f32, !llvm.ptr
                  llvm.store %v765, %v55 : f32, !llvm.ptr
                }
                %v808 = arith.addi %v157, %v342 : i64
                %v809 = arith.cmpi slt, %v344, %v702 : i32
                %v810 = arith.cmpi eq, %v344, %v707 : i32
                %v811, %v812 = gpu.shuffle idx %v682, %v96, %v241 : f32
                %v813, %v814 = gpu.shuffle idx %v683, %v96, %v241 : f32
                %v815, %v816 = gpu.shuffle idx %v686, %v96, %v241 : f32
                %v817, %v818 = gpu.shuffle idx %v695, %v96, %v241 : f32
                %v819, %v820 = gpu.shuffle idx %v700, %v96, %v241 : f32
                scf.if %v809 {
                  %v821 = arith.addi %v118, %v808 : i64
                  %v822 = arith.muli %v46, %v253 : i64
                  %v823 = arith.muli %v821, %v1 : i64
                  %v824 = arith.addi %v822, %v823 : i64
                  %v825 = arith.addi %v824, %v32 : i64
                  %v826 = llvm.getelementptr %in_Cm[%v825] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v827 = llvm.load %v826 : !llvm.ptr -> f32
                  %v828 = arith.muli %v46, %v214 : i64
                  %v829 = arith.muli %v821, %v213 : i64
                  %v830 = arith.addi %v828, %v829 : i64
                  %v831 = arith.muli %v44, %size_P : i64
                  %v832 = arith.addi %v830, %v831 : i64
                  %v833 = arith.addi %v832, %v42 : i64
                  %v834 = llvm.getelementptr %dy_y[%v833] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v835 = llvm.load %v834 : !llvm.ptr -> f32
                  %v836 = arith.mulf %v827, %v835 fastmath<contract> : f32
                  %v837 = llvm.load %v52 : !llvm.ptr -> f32
                  %v838 = llvm.load %v54 : !llvm.ptr -> f32
                  %v839 = arith.mulf %v838, %v837 fastmath<contract> : f32
                  %v840 = arith.addf %v836, %v839 fastmath<contract> : f32
                  llvm.store %v840, %v52 : f32, !llvm.ptr
                  %v841 = llvm.load %v63 : !llvm.ptr -> f32
                  %v842 = arith.mulf %v841, %v838 fastmath<contract> : f32
                  llvm.store %v842, %v63 : f32, !llvm.ptr
                  %v843 = arith.muli %v46, %v253 : i64
                  %v844 = arith.muli %v821, %v1 : i64
                  %v845 = arith.addi %v843, %v844 : i64
                  %v846 = arith.constant 8 : i64
                  %v847 = arith.addi %v846, %v32 : i64
                  %v848 = arith.addi %v845, %v847 : i64
                  %v849 = llvm.getelementptr %in_Cm[%v848] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v850 = llvm.load %v849 : !llvm.ptr -> f32
                  %v851 = arith.mulf %v850, %v835 fastmath<contract> : f32
                  %v852 = llvm.load %v53 : !llvm.ptr -> f32
                  %v853 = llvm.load %v55 : !llvm.ptr -> f32
                  %v854 = arith.mulf %v853, %v852 fastmath<contract> : f32
                  %v855 = arith.addf %v851, %v854 fastmath<contract> : f32
                  llvm.store %v855, %v53 : f32, !llvm.ptr
                  %v856 = llvm.load %v64 : !llvm.ptr -> f32
                  %v857 = arith.mulf %v856, %v853 fastmath<contract> : f32
                  llvm.store %v857, %v64 : f32, !llvm.ptr
                  scf.if %v810 {
                  }
                  llvm.store %v815, %v54 : f32, !llvm.ptr
                  llvm.store %v815, %v55 : f32, !llvm.ptr
                }
                %v858 = arith.addi %v157, %v48 : i64
                %v859 = arith.cmpi slt, %v395, %v702 : i32
                %v860 = arith.cmpi eq, %v395, %v707 : i32
                %v861, %v862 = gpu.shuffle idx %v682, %v92, %v241 : f32
                %v863, %v864 = gpu.shuffle idx %v683, %v92, %v241 : f32
                %v865, %v866 = gpu.shuffle idx %v686, %v92, %v241 : f32
                %v867, %v868 = gpu.shuffle idx %v695, %v92, %v241 : f32
                %v869, %v870 = gpu.shuffle idx %v700, %v92, %v241 : f32
                scf.if %v859 {
                  %v871 = arith.addi %v118, %v858 : i64
                  %v872 = arith.muli %v46, %v253 : i64
                  %v873 = arith.muli %v871, %v1 : i64
                  %v874 = arith.addi %v872, %v873 : i64
                  %v875 = arith.addi %v874, %v32 : i64
                  %v876 = llvm.getelementptr %in_Cm[%v875] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v877 = llvm.load %v876 : !llvm.ptr -> f32
                  %v878 = arith.muli %v46, %v214 : i64
                  %v879 = arith.muli %v871, %v213 : i64
                  %v880 = arith.addi %v878, %v879 : i64
                  %v881 = arith.muli %v44, %size_P : i64
                  %v882 = arith.addi %v880, %v881 : i64
                  %v883 = arith.addi %v882, %v42 : i64
                  %v884 = llvm.getelementptr %dy_y[%v883] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v885 = llvm.load %v884 : !llvm.ptr -> f32
                  %v886 = arith.mulf %v877, %v885 fastmath<contract> : f32
                  %v887 = llvm.load %v52 : !llvm.ptr -> f32
                  %v888 = llvm.load %v54 : !llvm.ptr -> f32
                  %v889 = arith.mulf %v888, %v887 fastmath<contract> : f32
                  %v890 = arith.addf %v886, %v889 fastmath<contract> : f32
                  llvm.store %v890, %v52 : f32, !llvm.ptr
                  %v891 = llvm.load %v63 : !llvm.ptr -> f32
                  %v892 = arith.mulf %v891, %v888 fastmath<contract> : f32
                  llvm.store %v892, %v63 : f32, !llvm.ptr
                  %v893 = arith.muli %v46, %v253 : i64
                  %v894 = arith.muli %v871, %v1 : i64
                  %v895 = arith.addi %v893, %v894 : i64
                  %v896 = arith.constant 8 : i64
                  %v897 = arith.addi %v896, %v32 : i64
                  %v898 = arith.addi %v895, %v897 : i64
                  %v899 = llvm.getelementptr %in_Cm[%v898] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v900 = llvm.load %v899 : !llvm.ptr -> f32
                  %v901 = arith.mulf %v900, %v885 fastmath<contract> : f32
                  %v902 = llvm.load %v53 : !llvm.ptr -> f32
                  %v903 = llvm.load %v55 : !llvm.ptr -> f32
                  %v904 = arith.mulf %v903, %v902 fastmath<contract> : f32
                  %v905 = arith.addf %v901, %v904 fastmath<contract> : f32
                  llvm.store %v905, %v53 : f32, !llvm.ptr
                  %v906 = llvm.load %v64 : !llvm.ptr -> f32
                  %v907 = arith.mulf %v906, %v903 fastmath<contract> : f32
                  llvm.store %v907, %v64 : f32, !llvm.ptr
                  scf.if %v860 {
                  }
                  llvm.store %v865, %v54 : f32, !llvm.ptr
                  llvm.store %v865, %v55 : f32, !llvm.ptr
                }
                %v908 = arith.addi %v157, %v445 : i64
                %v909 = arith.cmpi slt, %v447, %v702 : i32
                %v910 = arith.cmpi eq, %v447, %v707 : i32
                %v911, %v912 = gpu.shuffle idx %v682, %v88, %v241 : f32
                %v913, %v914 = gpu.shuffle idx %v683, %v88, %v241 : f32
                %v915, %v916 = gpu.shuffle idx %v686, %v88, %v241 : f32
                %v917, %v918 = gpu.shuffle idx %v695, %v88, %v241 : f32
                %v919, %v920 = gpu.shuffle idx %v700, %v88, %v241 : f32
                scf.if %v909 {
                  %v921 = arith.addi %v118, %v908 : i64
                  %v922 = arith.muli %v46, %v253 : i64
                  %v923 = arith.muli %v921, %v1 : i64
                  %v924 = arith.addi %v922, %v923 : i64
                  %v925 = arith.addi %v924, %v32 : i64
                  %v926 = llvm.getelementptr %in_Cm[%v925] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v927 = llvm.load %v926 : !llvm.ptr -> f32
                  %v928 = arith.muli %v46, %v214 : i64
                  %v929 = arith.muli %v921, %v213 : i64
                  %v930 = arith.addi %v928, %v929 : i64
                  %v931 = arith.muli %v44, %size_P : i64
                  %v932 = arith.addi %v930, %v931 : i64
                  %v933 = arith.addi %v932, %v42 : i64
                  %v934 = llvm.getelementptr %dy_y[%v933] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v935 = llvm.load %v934 : !llvm.ptr -> f32
                  %v936 = arith.mulf %v927, %v935 fastmath<contract> : f32
                  %v937 = llvm.load %v52 : !llvm.ptr -> f32
                  %v938 = llvm.load %v54 : !llvm.ptr -> f32
                  %v939 = arith.mulf %v938, %v937 fastmath<contract> : f32
                  %v940 = arith.addf %v936, %v939 fastmath<contract> : f32
                  llvm.store %v940, %v52 : f32, !llvm.ptr
                  %v941 = llvm.load %v63 : !llvm.ptr -> f32
                  %v942 = arith.mulf %v941, %v938 fastmath<contract> : f32
                  llvm.store %v942, %v63 : f32, !llvm.ptr
                  %v943 = arith.muli %v46, %v253 : i64
                  %v944 = arith.muli %v921, %v1 : i64
                  %v945 = arith.addi %v943, %v944 : i64
                  %v946 = arith.constant 8 : i64
                  %v947 = arith.addi %v946, %v32 : i64
                  %v948 = arith.addi %v945, %v947 : i64
                  %v949 = llvm.getelementptr %in_Cm[%v948] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v950 = llvm.load %v949 : !llvm.ptr -> f32
                  %v951 = arith.mulf %v950, %v935 fastmath<contract> : f32
                  %v952 = llvm.load %v53 : !llvm.ptr -> f32
                  %v953 = llvm.load %v55 : !llvm.ptr -> f32
                  %v954 = arith.mulf %v953, %v952 fastmath<contract> : f32
                  %v955 = arith.addf %v951, %v954 fastmath<contract> : f32
                  llvm.store %v955, %v53 : f32, !llvm.ptr
                  %v956 = llvm.load %v64 : !llvm.ptr -> f32
                  %v957 = arith.mulf %v956, %v953 fastmath<contract> : f32
                  llvm.store %v957, %v64 : f32, !llvm.ptr
                  scf.if %v910 {
                  }
                  llvm.store %v915, %v54 : f32, !llvm.ptr
                  llvm.store %v915, %v55 : f32, !llvm.ptr
                }
                %v958 = arith.addi %v157, %v497 : i64
                %v959 = arith.cmpi slt, %v499, %v702 : i32
                %v960 = arith.cmpi eq, %v499, %v707 : i32
                %v961, %v962 = gpu.shuffle idx %v682, %v84, %v241 : f32
                %v963, %v964 = gpu.shuffle idx %v683, %v84, %v241 : f32
                %v965, %v966 = gpu.shuffle idx %v686, %v84, %v241 : f32
                %v967, %v968 = gpu.shuffle idx %v695, %v84, %v241 : f32
                %v969, %v970 = gpu.shuffle idx %v700, %v84, %v241 : f32
                scf.if %v959 {
                  %v971 = arith.addi %v118, %v958 : i64
                  %v972 = arith.muli %v46, %v253 : i64
                  %v973 = arith.muli %v971, %v1 : i64
                  %v974 = arith.addi %v972, %v973 : i64
                  %v975 = arith.addi %v974, %v32 : i64
                  %v976 = llvm.getelementptr %in_Cm[%v975] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v977 = llvm.load %v976 : !llvm.ptr -> f32
                  %v978 = arith.muli %v46, %v214 : i64
                  %v979 = arith.muli %v971, %v213 : i64
                  %v980 = arith.addi %v978, %v979 : i64
                  %v981 = arith.muli %v44, %size_P : i64
                  %v982 = arith.addi %v980, %v981 : i64
                  %v983 = arith.addi %v982, %v42 : i64
                  %v984 = llvm.getelementptr %dy_y[%v983] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v985 = llvm.load %v984 : !llvm.ptr -> f32
                  %v986 = arith.mulf %v977, %v985 fastmath<contract> : f32
                  %v987 = llvm.load %v52 : !llvm.ptr -> f32
                  %v988 = llvm.load %v54 : !llvm.ptr -> f32
                  %v989 = arith.mulf %v988, %v987 fastmath<contract> : f32
                  %v990 = arith.addf %v986, %v989 fastmath<contract> : f32
                  llvm.store %v990, %v52 : f32, !llvm.ptr
                  %v991 = llvm.load %v63 : !llvm.ptr -> f32
                  %v992 = arith.mulf %v991, %v988 fastmath<contract> : f32
                  llvm.store %v992, %v63 : f32, !llvm.ptr
                  %v993 = arith.muli %v46, %v253 : i64
                  %v994 = arith.muli %v971, %v1 : i64
                  %v995 = arith.addi %v993, %v994 : i64
                  %v996 = arith.constant 8 : i64
                  %v997 = arith.addi %v996, %v32 : i64
                  %v998 = arith.addi %v995, %v997 : i64
                  %v999 = llvm.getelementptr %in_Cm[%v998] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1000 = llvm.load %v999 : !llvm.ptr -> f32
                  %v1001 = arith.mulf %v1000, %v985 fastmath<contract> : f32
                  %v1002 = llvm.load %v53 : !llvm.ptr -> f32
                  %v1003 = llvm.load %v55 : !llvm.ptr -> f32
                  %v1004 = arith.mulf %v1003, %v1002 fastmath<contract> : f32
                  %v1005 = arith.addf %v1001, %v1004 fastmath<contract> : f32
                  llvm.store %v1005, %v53 : f32, !llvm.ptr
                  %v1006 = llvm.load %v64 : !llvm.ptr -> f32
                  %v1007 = arith.mulf %v1006, %v1003 fastmath<contract> : f32
                  llvm.store %v1007, %v64 : f32, !llvm.ptr
                  scf.if %v960 {
                  }
                  llvm.store %v965, %v54 : f32, !llvm.ptr
                  llvm.store %v965, %v55 : f32, !llvm.ptr
                }
                %v1008 = arith.addi %v157, %v2 : i64
                %v1009 = arith.cmpi slt, %v550, %v702 : i32
                %v1010 = arith.cmpi eq, %v550, %v707 : i32
                %v1011, %v1012 = gpu.shuffle idx %v682, %v80, %v241 : f32
                %v1013, %v1014 = gpu.shuffle idx %v683, %v80, %v241 : f32
                %v1015, %v1016 = gpu.shuffle idx %v686, %v80, %v241 : f32
                %v1017, %v1018 = gpu.shuffle idx %v695, %v80, %v241 : f32
                %v1019, %v1020 = gpu.shuffle idx %v700, %v80, %v241 : f32
                scf.if %v1009 {
                  %v1021 = arith.addi %v118, %v1008 : i64
                  %v1022 = arith.muli %v46, %v253 : i64
                  %v1023 = arith.muli %v1021, %v1 : i64
                  %v1024 = arith.addi %v1022, %v1023 : i64
                  %v1025 = arith.addi %v1024, %v32 : i64
                  %v1026 = llvm.getelementptr %in_Cm[%v1025] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1027 = llvm.load %v1026 : !llvm.ptr -> f32
                  %v1028 = arith.muli %v46, %v214 : i64
                  %v1029 = arith.muli %v1021, %v213 : i64
                  %v1030 = arith.addi %v1028, %v1029 : i64
                  %v1031 = arith.muli %v44, %size_P : i64
                  %v1032 = arith.addi %v1030, %v1031 : i64
                  %v1033 = arith.addi %v1032, %v42 : i64
                  %v1034 = llvm.getelementptr %dy_y[%v1033] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1035 = llvm.load %v1034 : !llvm.ptr -> f32
                  %v1036 = arith.mulf %v1027, %v1035 fastmath<contract> : f32
                  %v1037 = llvm.load %v52 : !llvm.ptr -> f32
                  %v1038 = llvm.load %v54 : !llvm.ptr -> f32
                  %v1039 = arith.mulf %v1038, %v1037 fastmath<contract> : f32
                  %v1040 = arith.addf %v1036, %v1039 fastmath<contract> : f32
                  llvm.store %v1040, %v52 : f32, !llvm.ptr
                  %v1041 = llvm.load %v63 : !llvm.ptr -> f32
                  %v1042 = arith.mulf %v1041, %v1038 fastmath<contract> : f32
                  llvm.store %v1042, %v63 : f32, !llvm.ptr
                  %v1043 = arith.muli %v46, %v253 : i64
                  %v1044 = arith.muli %v1021, %v1 : i64
                  %v1045 = arith.addi %v1043, %v1044 : i64
                  %v1046 = arith.constant 8 : i64
                  %v1047 = arith.addi %v1046, %v32 : i64
                  %v1048 = arith.addi %v1045, %v1047 : i64
                  %v1049 = llvm.getelementptr %in_Cm[%v1048] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1050 = llvm.load %v1049 : !llvm.ptr -> f32
                  %v1051 = arith.mulf %v1050, %v1035 fastmath<contract> : f32
                  %v1052 = llvm.load %v53 : !llvm.ptr -> f32
                  %v1053 = llvm.load %v55 : !llvm.ptr -> f32
                  %v1054 = arith.mulf %v1053, %v1052 fastmath<contract> : f32
                  %v1055 = arith.addf %v1051, %v1054 fastmath<contract> : f32
                  llvm.store %v1055, %v53 : f32, !llvm.ptr
                  %v1056 = llvm.load %v64 : !llvm.ptr -> f32
                  %v1057 = arith.mulf %v1056, %v1053 fastmath<contract> : f32
                  llvm.store %v1057, %v64 : f32, !llvm.ptr
                  scf.if %v1010 {
                  }
                  llvm.store %v1015, %v54 : f32, !llvm.ptr
                  llvm.store %v1015, %v55 : f32, !llvm.ptr
                }
                %v1058 = arith.cmpi slt, %v600, %v702 : i32
                %v1059 = arith.cmpi eq, %v600, %v707 : i32
                %v1060, %v1061 = gpu.shuffle idx %v682, %v76, %v241 : f32
                %v1062, %v1063 = gpu.shuffle idx %v683, %v76, %v241 : f32
                %v1064, %v1065 = gpu.shuffle idx %v686, %v76, %v241 : f32
                %v1066, %v1067 = gpu.shuffle idx %v695, %v76, %v241 : f32
                %v1068, %v1069 = gpu.shuffle idx %v700, %v76, %v241 : f32
                scf.if %v1058 {
                  %v1070 = arith.addi %v118, %v157 : i64
                  %v1071 = arith.muli %v46, %v253 : i64
                  %v1072 = arith.muli %v1070, %v1 : i64
                  %v1073 = arith.addi %v1071, %v1072 : i64
                  %v1074 = arith.addi %v1073, %v32 : i64
                  %v1075 = llvm.getelementptr %in_Cm[%v1074] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1076 = llvm.load %v1075 : !llvm.ptr -> f32
                  %v1077 = arith.muli %v46, %v214 : i64
                  %v1078 = arith.muli %v1070, %v213 : i64
                  %v1079 = arith.addi %v1077, %v1078 : i64
                  %v1080 = arith.muli %v44, %size_P : i64
                  %v1081 = arith.addi %v1079, %v1080 : i64
                  %v1082 = arith.addi %v1081, %v42 : i64
                  %v1083 = llvm.getelementptr %dy_y[%v1082] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1084 = llvm.load %v1083 : !llvm.ptr -> f32
                  %v1085 = arith.mulf %v1076, %v1084 fastmath<contract> : f32
                  %v1086 = llvm.load %v52 : !llvm.ptr -> f32
                  %v1087 = llvm.load %v54 : !llvm.ptr -> f32
                  %v1088 = arith.mulf %v1087, %v1086 fastmath<contract> : f32
                  %v1089 = arith.addf %v1085, %v1088 fastmath<contract> : f32
                  llvm.store %v1089, %v52 : f32, !llvm.ptr
                  %v1090 = llvm.load %v63 : !llvm.ptr -> f32
                  %v1091 = arith.mulf %v1090, %v1087 fastmath<contract> : f32
                  llvm.store %v1091, %v63 : f32, !llvm.ptr
                  %v1092 = arith.muli %v46, %v253 : i64
                  %v1093 = arith.muli %v1070, %v1 : i64
                  %v1094 = arith.addi %v1092, %v1093 : i64
                  %v1095 = arith.constant 8 : i64
                  %v1096 = arith.addi %v1095, %v32 : i64
                  %v1097 = arith.addi %v1094, %v1096 : i64
                  %v1098 = llvm.getelementptr %in_Cm[%v1097] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1099 = llvm.load %v1098 : !llvm.ptr -> f32
                  %v1100 = arith.mulf %v1099, %v1084 fastmath<contract> : f32
                  %v1101 = llvm.load %v53 : !llvm.ptr -> f32
                  %v1102 = llvm.load %v55 : !llvm.ptr -> f32
                  %v1103 = arith.mulf %v1102, %v1101 fastmath<contract> : f32
                  %v1104 = arith.addf %v1100, %v1103 fastmath<contract> : f32
                  llvm.store %v1104, %v53 : f32, !llvm.ptr
                  %v1105 = llvm.load %v64 : !llvm.ptr -> f32
                  %v1106 = arith.mulf %v1105, %v1102 fastmath<contract> : f32
                  llvm.store %v1106, %v64 : f32, !llvm.ptr
                  scf.if %v1059 {
                  }
                  llvm.store %v1064, %v54 : f32, !llvm.ptr
                  llvm.store %v1064, %v55 : f32, !llvm.ptr
                }
              }
            }
          }
        }
      }
      scf.if %v36 {
        %v1107 = llvm.load %v52 : !llvm.ptr -> f32
        %v1108 = arith.muli %v27, %v1 : i64
        %v1109 = arith.addi %v1108, %v32 : i64
        %v1110 = arith.muli %v1109, %v4 : i64
        %v1111 = arith.subi %v4, %v2 : i64
        %v1112 = arith.minsi %v38, %v1111 : i64
        %v1113 = arith.addi %v1110, %v1112 : i64
        %v1114 = llvm.getelementptr %segsum_S[%v1113] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1107, %v1114 : f32, !llvm.ptr
        %v1115 = llvm.load %v63 : !llvm.ptr -> f32
        %v1116 = arith.addi %v8, %v27 : i64
        %v1117 = arith.muli %v1116, %v1 : i64
        %v1118 = arith.addi %v1117, %v32 : i64
        %v1119 = arith.muli %v1118, %v4 : i64
        %v1120 = arith.subi %v4, %v2 : i64
        %v1121 = arith.minsi %v38, %v1120 : i64
        %v1122 = arith.addi %v1119, %v1121 : i64
        %v1123 = llvm.getelementptr %segsum_S[%v1122] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1115, %v1123 : f32, !llvm.ptr
        %v1124 = llvm.load %v54 : !llvm.ptr -> f32
        %v1125 = arith.muli %v497, %v8 : i64
        %v1126 = arith.addi %v1125, %v27 : i64
        %v1127 = arith.muli %v1126, %v1 : i64
        %v1128 = arith.addi %v1127, %v32 : i64
        %v1129 = arith.muli %v1128, %v4 : i64
        %v1130 = arith.subi %v4, %v2 : i64
        %v1131 = arith.minsi %v38, %v1130 : i64
        %v1132 = arith.addi %v1129, %v1131 : i64
        %v1133 = llvm.getelementptr %segsum_S[%v1132] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1124, %v1133 : f32, !llvm.ptr
        %v1134 = llvm.load %v53 : !llvm.ptr -> f32
        %v1135 = arith.addi %v31, %v32 : i64
        %v1136 = arith.muli %v27, %v1 : i64
        %v1137 = arith.addi %v1136, %v1135 : i64
        %v1138 = arith.muli %v1137, %v4 : i64
        %v1139 = arith.subi %v4, %v2 : i64
        %v1140 = arith.minsi %v38, %v1139 : i64
        %v1141 = arith.addi %v1138, %v1140 : i64
        %v1142 = llvm.getelementptr %segsum_S[%v1141] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1134, %v1142 : f32, !llvm.ptr
        %v1143 = llvm.load %v64 : !llvm.ptr -> f32
        %v1144 = arith.addi %v31, %v32 : i64
        %v1145 = arith.addi %v8, %v27 : i64
        %v1146 = arith.muli %v1145, %v1 : i64
        %v1147 = arith.addi %v1146, %v1144 : i64
        %v1148 = arith.muli %v1147, %v4 : i64
        %v1149 = arith.subi %v4, %v2 : i64
        %v1150 = arith.minsi %v38, %v1149 : i64
        %v1151 = arith.addi %v1148, %v1150 : i64
        %v1152 = llvm.getelementptr %segsum_S[%v1151] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1143, %v1152 : f32, !llvm.ptr
        %v1153 = llvm.load %v55 : !llvm.ptr -> f32
        %v1154 = arith.addi %v31, %v32 : i64
        %v1155 = arith.muli %v497, %v8 : i64
        %v1156 = arith.addi %v1155, %v27 : i64
        %v1157 = arith.muli %v1156, %v1 : i64
        %v1158 = arith.addi %v1157, %v1154 : i64
        %v1159 = arith.muli %v1158, %v4 : i64
        %v1160 = arith.subi %v4, %v2 : i64
        %v1161 = arith.minsi %v38, %v1160 : i64
        %v1162 = arith.addi %v1159, %v1161 : i64
        %v1163 = llvm.getelementptr %segsum_S[%v1162] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1153, %v1163 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
