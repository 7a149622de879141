module attributes {gpu.container_module} {
  gpu.module @linrec {
    llvm.mlir.global internal @rows_mamba2_bwd_sum_dt() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<65 x f32>
    gpu.func @mamba2_bwd_sum(%in_x: !llvm.ptr, %in_dt: !llvm.ptr, %in_A_log: !llvm.ptr, %in_Bm: !llvm.ptr, %in_Cm: !llvm.ptr, %in_Dskip: !llvm.ptr, %in_dt_bias: !llvm.ptr, %dy_y: !llvm.ptr, %ckpt_S: !llvm.ptr, %scratch_S: !llvm.ptr, %segsum_S: !llvm.ptr, %size_B: i64, %size_L: i64, %size_H: i64, %size_P: i64, %size_N: i64) kernel attributes {nvvm.maxntid = array<i32: 256, 1, 1>, nvvm.minctasm = 2 : i32} {
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
      %v255 = arith.muli %v1, %size_L : i64
      %v292 = arith.constant 6 : i64
      %v294 = arith.constant 6 : i32
      %v346 = arith.constant 5 : i64
      %v348 = arith.constant 5 : i32
      %v401 = arith.constant 4 : i32
      %v453 = arith.constant 3 : i64
      %v455 = arith.constant 3 : i32
      %v507 = arith.constant 2 : i64
      %v509 = arith.constant 2 : i32
      %v562 = arith.constant 1 : i32
      %v614 = arith.constant 0 : i32
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
                %v168 = llvm.getelementptr %in_dt_bias[%v44] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v169 = llvm.load %v168 : !llvm.ptr -> f32
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
                %v206 = llvm.getelementptr %in_A_log[%v44] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v207 = llvm.load %v206 : !llvm.ptr -> f32
                %v208 = arith.mulf %v207, %v174 fastmath<contract> : f32
                %v209 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v208) : (f32) -> f32
                %v210 = arith.mulf %v205, %v209 fastmath<contract> : f32
                %v211 = arith.mulf %v210, %v174 fastmath<contract> : f32
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
                %v246, %v247 = gpu.shuffle idx %v209, %v104, %v241 : f32
                %v248, %v249 = gpu.shuffle idx %v212, %v104, %v241 : f32
                %v250, %v251 = gpu.shuffle idx %v223, %v104, %v241 : f32
                %v252, %v253 = gpu.shuffle idx %v228, %v104, %v241 : f32
                %v254 = arith.addi %v118, %v237 : i64
                %v256 = arith.muli %v46, %v255 : i64
                %v257 = arith.muli %v254, %v1 : i64
                %v258 = arith.addi %v256, %v257 : i64
                %v259 = arith.addi %v258, %v32 : i64
                %v260 = llvm.getelementptr %in_Cm[%v259] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v261 = llvm.load %v260 : !llvm.ptr -> f32
                %v262 = arith.muli %v46, %v214 : i64
                %v263 = arith.muli %v254, %v213 : i64
                %v264 = arith.addi %v262, %v263 : i64
                %v265 = arith.muli %v44, %size_P : i64
                %v266 = arith.addi %v264, %v265 : i64
                %v267 = arith.addi %v266, %v42 : i64
                %v268 = llvm.getelementptr %dy_y[%v267] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v269 = llvm.load %v268 : !llvm.ptr -> f32
                %v270 = arith.mulf %v261, %v269 fastmath<contract> : f32
                %v271 = llvm.load %v52 : !llvm.ptr -> f32
                %v272 = llvm.load %v54 : !llvm.ptr -> f32
                %v273 = arith.mulf %v272, %v271 fastmath<contract> : f32
                %v274 = arith.addf %v270, %v273 fastmath<contract> : f32
                llvm.store %v274, %v52 : f32, !llvm.ptr
                %v275 = llvm.load %v63 : !llvm.ptr -> f32
                %v276 = arith.mulf %v275, %v272 fastmath<contract> : f32
                llvm.store %v276, %v63 : f32, !llvm.ptr
                %v277 = arith.muli %v46, %v255 : i64
                %v278 = arith.muli %v254, %v1 : i64
                %v279 = arith.addi %v277, %v278 : i64
                %v280 = arith.constant 8 : i64
                %v281 = arith.addi %v280, %v32 : i64
                %v282 = arith.addi %v279, %v281 : i64
                %v283 = llvm.getelementptr %in_Cm[%v282] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v284 = llvm.load %v283 : !llvm.ptr -> f32
                %v285 = arith.mulf %v284, %v269 fastmath<contract> : f32
                %v286 = llvm.load %v53 : !llvm.ptr -> f32
                %v287 = llvm.load %v55 : !llvm.ptr -> f32
                %v288 = arith.mulf %v287, %v286 fastmath<contract> : f32
                %v289 = arith.addf %v285, %v288 fastmath<contract> : f32
                llvm.store %v289, %v53 : f32, !llvm.ptr
                %v290 = llvm.load %v64 : !llvm.ptr -> f32
                %v291 = arith.mulf %v290, %v287 fastmath<contract> : f32
                llvm.store %v291, %v64 : f32, !llvm.ptr
                scf.if %v240 {
                }
                llvm.store %v248, %v54 : f32, !llvm.ptr
                llvm.store %v248, %v55 : f32, !llvm.ptr
                %v293 = arith.addi %v157, %v292 : i64
                %v295 = arith.cmpi slt, %v294, %v230 : i32
                %v296 = arith.cmpi eq, %v294, %v236 : i32
                %v297, %v298 = gpu.shuffle idx %v204, %v100, %v241 : f32
                %v299, %v300 = gpu.shuffle idx %v205, %v100, %v241 : f32
                %v301, %v302 = gpu.shuffle idx %v209, %v100, %v241 : f32
                %v303, %v304 = gpu.shuffle idx %v212, %v100, %v241 : f32
                %v305, %v306 = gpu.shuffle idx %v223, %v100, %v241 : f32
                %v307, %v308 = gpu.shuffle idx %v228, %v100, %v241 : f32
                %v309 = arith.addi %v118, %v293 : i64
                %v310 = arith.muli %v46, %v255 : i64
                %v311 = arith.muli %v309, %v1 : i64
                %v312 = arith.addi %v310, %v311 : i64
                %v313 = arith.addi %v312, %v32 : i64
                %v314 = llvm.getelementptr %in_Cm[%v313] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v315 = llvm.load %v314 : !llvm.ptr -> f32
                %v316 = arith.muli %v46, %v214 : i64
                %v317 = arith.muli %v309, %v213 : i64
                %v318 = arith.addi %v316, %v317 : i64
                %v319 = arith.muli %v44, %size_P : i64
                %v320 = arith.addi %v318, %v319 : i64
                %v321 = arith.addi %v320, %v42 : i64
                %v322 = llvm.getelementptr %dy_y[%v321] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v323 = llvm.load %v322 : !llvm.ptr -> f32
                %v324 = arith.mulf %v315, %v323 fastmath<contract> : f32
                %v325 = llvm.load %v52 : !llvm.ptr -> f32
                %v326 = llvm.load %v54 : !llvm.ptr -> f32
                %v327 = arith.mulf %v326, %v325 fastmath<contract> : f32
                %v328 = arith.addf %v324, %v327 fastmath<contract> : f32
                llvm.store %v328, %v52 : f32, !llvm.ptr
                %v329 = llvm.load %v63 : !llvm.ptr -> f32
                %v330 = arith.mulf %v329, %v326 fastmath<contract> : f32
                llvm.store %v330, %v63 : f32, !llvm.ptr
                %v331 = arith.muli %v46, %v255 : i64
                %v332 = arith.muli %v309, %v1 : i64
                %v333 = arith.addi %v331, %v332 : i64
                %v334 = arith.constant 8 : i64
                %v335 = arith.addi %v334, %v32 : i64
                %v336 = arith.addi %v333, %v335 : i64
                %v337 = llvm.getelementptr %in_Cm[%v336] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v338 = llvm.load %v337 : !llvm.ptr -> f32
                %v339 = arith.mulf %v338, %v323 fastmath<contract> : f32
                %v340 = llvm.load %v53 : !llvm.ptr -> f32
                %v341 = llvm.load %v55 : !llvm.ptr -> f32
                %v342 = arith.mulf %v341, %v340 fastmath<contract> : f32
                %v343 = arith.addf %v339, %v342 fastmath<contract> : f32
                llvm.store %v343, %v53 : f32, !llvm.ptr
                %v344 = llvm.load %v64 : !llvm.ptr -> f32
                %v345 = arith.mulf %v344, %v341 fastmath<contract> : f32
                llvm.store %v345, %v64 : f32, !llvm.ptr
                scf.if %v296 {
                }
                llvm.store %v303, %v54 : f32, !llvm.ptr
                llvm.store %v303, %v55 : f32, !llvm.ptr
                %v347 = arith.addi %v157, %v346 : i64
                %v349 = arith.cmpi slt, %v348, %v230 : i32
                %v350 = arith.cmpi eq, %v348, %v236 : i32
                %v351, %v352 = gpu.shuffle idx %v204, %v96, %v241 : f32
                %v353, %v354 = gpu.shuffle idx %v205, %v96, %v241 : f32
                %v355, %v356 = gpu.shuffle idx %v209, %v96, %v241 : f32
                %v357, %v358 = gpu.shuffle idx %v212, %v96, %v241 : f32
                %v359, %v360 = gpu.shuffle idx %v223, %v96, %v241 : f32
                %v361, %v362 = gpu.shuffle idx %v228, %v96, %v241 : f32
                %v363 = arith.addi %v118, %v347 : i64
                %v364 = arith.muli %v46, %v255 : i64
                %v365 = arith.muli %v363, %v1 : i64
                %v366 = arith.addi %v364, %v365 : i64
                %v367 = arith.addi %v366, %v32 : i64
                %v368 = llvm.getelementptr %in_Cm[%v367] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v369 = llvm.load %v368 : !llvm.ptr -> f32
                %v370 = arith.muli %v46, %v214 : i64
                %v371 = arith.muli %v363, %v213 : i64
                %v372 = arith.addi %v370, %v371 : i64
                %v373 = arith.muli %v44, %size_P : i64
                %v374 = arith.addi %v372, %v373 : i64
                %v375 = arith.addi %v374, %v42 : i64
                %v376 = llvm.getelementptr %dy_y[%v375] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v377 = llvm.load %v376 : !llvm.ptr -> f32
                %v378 = arith.mulf %v369, %v377 fastmath<contract> : f32
                %v379 = llvm.load %v52 : !llvm.ptr -> f32
                %v380 = llvm.load %v54 : !llvm.ptr -> f32
                %v381 = arith.mulf %v380, %v379 fastmath<contract> : f32
                %v382 = arith.addf %v378, %v381 fastmath<contract> : f32
                llvm.store %v382, %v52 : f32, !llvm.ptr
                %v383 = llvm.load %v63 : !llvm.ptr -> f32
                %v384 = arith.mulf %v383, %v380 fastmath<contract> : f32
                llvm.store %v384, %v63 : f32, !llvm.ptr
                %v385 = arith.muli %v46, %v255 : i64
                %v386 = arith.muli %v363, %v1 : i64
                %v387 = arith.addi %v385, %v386 : i64
                %v388 = arith.constant 8 : i64
                %v389 = arith.addi %v388, %v32 : i64
                %v390 = arith.addi %v387, %v389 : i64
                %v391 = llvm.getelementptr %in_Cm[%v390] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v392 = llvm.load %v391 : !llvm.ptr -> f32
                %v393 = arith.mulf %v392, %v377 fastmath<contract> : f32
                %v394 = llvm.load %v53 : !llvm.ptr -> f32
                %v395 = llvm.load %v55 : !llvm.ptr -> f32
                %v396 = arith.mulf %v395, %v394 fastmath<contract> : f32
                %v397 = arith.addf %v393, %v396 fastmath<contract> : f32
                llvm.store %v397, %v53 : f32, !llvm.ptr
                %v398 = llvm.load %v64 : !llvm.ptr -> f32
                %v399 = arith.mulf %v398, %v395 fastmath<contract> : f32
                llvm.store %v399, %v64 : f32, !llvm.ptr
                scf.if %v350 {
                }
                llvm.store %v357, %v54 : f32, !llvm.ptr
                llvm.store %v357, %v55 : f32, !llvm.ptr
                %v400 = arith.addi %v157, %v48 : i64
                %v402 = arith.cmpi slt, %v401, %v230 : i32
                %v403 = arith.cmpi eq, %v401, %v236 : i32
                %v404, %v405 = gpu.shuffle idx %v204, %v92, %v241 : f32
                %v406, %v407 = gpu.shuffle idx %v205, %v92, %v241 : f32
                %v408, %v409 = gpu.shuffle idx %v209, %v92, %v241 : f32
                %v410, %v411 = gpu.shuffle idx %v212, %v92, %v241 : f32
                %v412, %v413 = gpu.shuffle idx %v223, %v92, %v241 : f32
                %v414, %v415 = gpu.shuffle idx %v228, %v92, %v241 : f32
                %v416 = arith.addi %v118, %v400 : i64
                %v417 = arith.muli %v46, %v255 : i64
                %v418 = arith.muli %v416, %v1 : i64
                %v419 = arith.addi %v417, %v418 : i64
                %v420 = arith.addi %v419, %v32 : i64
                %v421 = llvm.getelementptr %in_Cm[%v420] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v422 = llvm.load %v421 : !llvm.ptr -> f32
                %v423 = arith.muli %v46, %v214 : i64
                %v424 = arith.muli %v416, %v213 : i64
                %v425 = arith.addi %v423, %v424 : i64
                %v426 = arith.muli %v44, %size_P : i64
                %v427 = arith.addi %v425, %v426 : i64
                %v428 = arith.addi %v427, %v42 : i64
                %v429 = llvm.getelementptr %dy_y[%v428] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v430 = llvm.load %v429 : !llvm.ptr -> f32
                %v431 = arith.mulf %v422, %v430 fastmath<contract> : f32
                %v432 = llvm.load %v52 : !llvm.ptr -> f32
                %v433 = llvm.load %v54 : !llvm.ptr -> f32
                %v434 = arith.mulf %v433, %v432 fastmath<contract> : f32
                %v435 = arith.addf %v431, %v434 fastmath<contract> : f32
                llvm.store %v435, %v52 : f32, !llvm.ptr
                %v436 = llvm.load %v63 : !llvm.ptr -> f32
                %v437 = arith.mulf %v436, %v433 fastmath<contract> : f32
                llvm.store %v437, %v63 : f32, !llvm.ptr
                %v438 = arith.muli %v46, %v255 : i64
                %v439 = arith.muli %v416, %v1 : i64
                %v440 = arith.addi %v438, %v439 : i64
                %v441 = arith.constant 8 : i64
                %v442 = arith.addi %v441, %v32 : i64
                %v443 = arith.addi %v440, %v442 : i64
                %v444 = llvm.getelementptr %in_Cm[%v443] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v445 = llvm.load %v444 : !llvm.ptr -> f32
                %v446 = arith.mulf %v445, %v430 fastmath<contract> : f32
                %v447 = llvm.load %v53 : !llvm.ptr -> f32
                %v448 = llvm.load %v55 : !llvm.ptr -> f32
                %v449 = arith.mulf %v448, %v447 fastmath<contract> : f32
                %v450 = arith.addf %v446, %v449 fastmath<contract> : f32
                llvm.store %v450, %v53 : f32, !llvm.ptr
                %v451 = llvm.load %v64 : !llvm.ptr -> f32
                %v452 = arith.mulf %v451, %v448 fastmath<contract> : f32
                llvm.store %v452, %v64 : f32, !llvm.ptr
                scf.if %v403 {
                }
                llvm.store %v410, %v54 : f32, !llvm.ptr
                llvm.store %v410, %v55 : f32, !llvm.ptr
                %v454 = arith.addi %v157, %v453 : i64
                %v456 = arith.cmpi slt, %v455, %v230 : i32
                %v457 = arith.cmpi eq, %v455, %v236 : i32
                %v458, %v459 = gpu.shuffle idx %v204, %v88, %v241 : f32
                %v460, %v461 = gpu.shuffle idx %v205, %v88, %v241 : f32
                %v462, %v463 = gpu.shuffle idx %v209, %v88, %v241 : f32
                %v464, %v465 = gpu.shuffle idx %v212, %v88, %v241 : f32
                %v466, %v467 = gpu.shuffle idx %v223, %v88, %v241 : f32
                %v468, %v469 = gpu.shuffle idx %v228, %v88, %v241 : f32
                %v470 = arith.addi %v118, %v454 : i64
                %v471 = arith.muli %v46, %v255 : i64
                %v472 = arith.muli %v470, %v1 : i64
                %v473 = arith.addi %v471, %v472 : i64
                %v474 = arith.addi %v473, %v32 : i64
                %v475 = llvm.getelementptr %in_Cm[%v474] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v476 = llvm.load %v475 : !llvm.ptr -> f32
                %v477 = arith.muli %v46, %v214 : i64
                %v478 = arith.muli %v470, %v213 : i64
                %v479 = arith.addi %v477, %v478 : i64
                %v480 = arith.muli %v44, %size_P : i64
                %v481 = arith.addi %v479, %v480 : i64
                %v482 = arith.addi %v481, %v42 : i64
                %v483 = llvm.getelementptr %dy_y[%v482] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v484 = llvm.load %v483 : !llvm.ptr -> f32
                %v485 = arith.mulf %v476, %v484 fastmath<contract> : f32
                %v486 = llvm.load %v52 : !llvm.ptr -> f32
                %v487 = llvm.load %v54 : !llvm.ptr -> f32
                %v488 = arith.mulf %v487, %v486 fastmath<contract> : f32
                %v489 = arith.addf %v485, %v488 fastmath<contract> : f32
                llvm.store %v489, %v52 : f32, !llvm.ptr
                %v490 = llvm.load %v63 : !llvm.ptr -> f32
                %v491 = arith.mulf %v490, %v487 fastmath<contract> : f32
                llvm.store %v491, %v63 : f32, !llvm.ptr
                %v492 = arith.muli %v46, %v255 : i64
                %v493 = arith.muli %v470, %v1 : i64
                %v494 = arith.addi %v492, %v493 : i64
                %v495 = arith.constant 8 : i64
                %v496 = arith.addi %v495, %v32 : i64
                %v497 = arith.addi %v494, %v496 : i64
                %v498 = llvm.getelementptr %in_Cm[%v497] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v499 = llvm.load %v498 : !llvm.ptr -> f32
                %v500 = arith.mulf %v499, %v484 fastmath<contract> : f32
                %v501 = llvm.load %v53 : !llvm.ptr -> f32
                %v502 = llvm.load %v55 : !llvm.ptr -> f32
                %v503 = arith.mulf %v502, %v501 fastmath<contract> : f32
                %v504 = arith.addf %v500, %v503 fastmath<contract> : f32
                llvm.store %v504, %v53 : f32, !llvm.ptr
                %v505 = llvm.load %v64 : !llvm.ptr -> f32
                %v506 = arith.mulf %v505, %v502 fastmath<contract> : f32
                llvm.store %v506, %v64 : f32, !llvm.ptr
                scf.if %v457 {
                }
                llvm.store %v464, %v54 : f32, !llvm.ptr
                llvm.store %v464, %v55 : f32, !llvm.ptr
                %v508 = arith.addi %v157, %v507 : i64
                %v510 = arith.cmpi slt, %v509, %v230 : i32
                %v511 = arith.cmpi eq, %v509, %v236 : i32
                %v512, %v513 = gpu.shuffle idx %v204, %v84, %v241 : f32
                %v514, %v515 = gpu.shuffle idx %v205, %v84, %v241 : f32
                %v516, %v517 = gpu.shuffle idx %v209, %v84, %v241 : f32
                %v518, %v519 = gpu.shuffle idx %v212, %v84, %v241 : f32
                %v520, %v521 = gpu.shuffle idx %v223, %v84, %v241 : f32
                %v522, %v523 = gpu.shuffle idx %v228, %v84, %v241 : f32
                %v524 = arith.addi %v118, %v508 : i64
                %v525 = arith.muli %v46, %v255 : i64
                %v526 = arith.muli %v524, %v1 : i64
                %v527 = arith.addi %v525, %v526 : i64
                %v528 = arith.addi %v527, %v32 : i64
                %v529 = llvm.getelementptr %in_Cm[%v528] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v530 = llvm.load %v529 : !llvm.ptr -> f32
                %v531 = arith.muli %v46, %v214 : i64
                %v532 = arith.muli %v524, %v213 : i64
                %v533 = arith.addi %v531, %v532 : i64
                %v534 = arith.muli %v44, %size_P : i64
                %v535 = arith.addi %v533, %v534 : i64
                %v536 = arith.addi %v535, %v42 : i64
                %v537 = llvm.getelementptr %dy_y[%v536] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v538 = llvm.load %v537 : !llvm.ptr -> f32
                %v539 = arith.mulf %v530, %v538 fastmath<contract> : f32
                %v540 = llvm.load %v52 : !llvm.ptr -> f32
                %v541 = llvm.load %v54 : !llvm.ptr -> f32
                %v542 = arith.mulf %v541, %v540 fastmath<contract> : f32
                %v543 = arith.addf %v539, %v542 fastmath<contract> : f32
                llvm.store %v543, %v52 : f32, !llvm.ptr
                %v544 = llvm.load %v63 : !llvm.ptr -> f32
                %v545 = arith.mulf %v544, %v541 fastmath<contract> : f32
                llvm.store %v545, %v63 : f32, !llvm.ptr
                %v546 = arith.muli %v46, %v255 : i64
                %v547 = arith.muli %v524, %v1 : i64
                %v548 = arith.addi %v546, %v547 : i64
                %v549 = arith.constant 8 : i64
                %v550 = arith.addi %v549, %v32 : i64
                %v551 = arith.addi %v548, %v550 : i64
                %v552 = llvm.getelementptr %in_Cm[%v551] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v553 = llvm.load %v552 : !llvm.ptr -> f32
                %v554 = arith.mulf %v553, %v538 fastmath<contract> : f32
                %v555 = llvm.load %v53 : !llvm.ptr -> f32
                %v556 = llvm.load %v55 : !llvm.ptr -> f32
                %v557 = arith.mulf %v556, %v555 fastmath<contract> : f32
                %v558 = arith.addf %v554, %v557 fastmath<contract> : f32
                llvm.store %v558, %v53 : f32, !llvm.ptr
                %v559 = llvm.load %v64 : !llvm.ptr -> f32
                %v560 = arith.mulf %v559, %v556 fastmath<contract> : f32
                llvm.store %v560, %v64 : f32, !llvm.ptr
                scf.if %v511 {
                }
                llvm.store %v518, %v54 : f32, !llvm.ptr
                llvm.store %v518, %v55 : f32, !llvm.ptr
                %v561 = arith.addi %v157, %v2 : i64
                %v563 = arith.cmpi slt, %v562, %v230 : i32
                %v564 = arith.cmpi eq, %v562, %v236 : i32
                %v565, %v566 = gpu.shuffle idx %v204, %v80, %v241 : f32
                %v567, %v568 = gpu.shuffle idx %v205, %v80, %v241 : f32
                %v569, %v570 = gpu.shuffle idx %v209, %v80, %v241 : f32
                %v571, %v572 = gpu.shuffle idx %v212, %v80, %v241 : f32
                %v573, %v574 = gpu.shuffle idx %v223, %v80, %v241 : f32
                %v575, %v576 = gpu.shuffle idx %v228, %v80, %v241 : f32
                %v577 = arith.addi %v118, %v561 : i64
                %v578 = arith.muli %v46, %v255 : i64
                %v579 = arith.muli %v577, %v1 : i64
                %v580 = arith.addi %v578, %v579 : i64
                %v581 = arith.addi %v580, %v32 : i64
                %v582 = llvm.getelementptr %in_Cm[%v581] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v583 = llvm.load %v582 : !llvm.ptr -> f32
                %v584 = arith.muli %v46, %v214 : i64
                %v585 = arith.muli %v577, %v213 : i64
                %v586 = arith.addi %v584, %v585 : i64
                %v587 = arith.muli %v44, %size_P : i64
                %v588 = arith.addi %v586, %v587 : i64
                %v589 = arith.addi %v588, %v42 : i64
                %v590 = llvm.getelementptr %dy_y[%v589] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v591 = llvm.load %v590 : !llvm.ptr -> f32
                %v592 = arith.mulf %v583, %v591 fastmath<contract> : f32
                %v593 = llvm.load %v52 : !llvm.ptr -> f32
                %v594 = llvm.load %v54 : !llvm.ptr -> f32
                %v595 = arith.mulf %v594, %v593 fastmath<contract> : f32
                %v596 = arith.addf %v592, %v595 fastmath<contract> : f32
                llvm.store %v596, %v52 : f32, !llvm.ptr
                %v597 = llvm.load %v63 : !llvm.ptr -> f32
                %v598 = arith.mulf %v597, %v594 fastmath<contract> : f32
                llvm.store %v598, %v63 : f32, !llvm.ptr
                %v599 = arith.muli %v46, %v255 : i64
                %v600 = arith.muli %v577, %v1 : i64
                %v601 = arith.addi %v599, %v600 : i64
                %v602 = arith.constant 8 : i64
                %v603 = arith.addi %v602, %v32 : i64
                %v604 = arith.addi %v601, %v603 : i64
                %v605 = llvm.getelementptr %in_Cm[%v604] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v606 = llvm.load %v605 : !llvm.ptr -> f32
                %v607 = arith.mulf %v606, %v591 fastmath<contract> : f32
                %v608 = llvm.load %v53 : !llvm.ptr -> f32
                %v609 = llvm.load %v55 : !llvm.ptr -> f32
                %v610 = arith.mulf %v609, %v608 fastmath<contract> : f32
                %v611 = arith.addf %v607, %v610 fastmath<contract> : f32
                llvm.store %v611, %v53 : f32, !llvm.ptr
                %v612 = llvm.load %v64 : !llvm.ptr -> f32
                %v613 = arith.mulf %v612, %v609 fastmath<contract> : f32
                llvm.store %v613, %v64 : f32, !llvm.ptr
                scf.if %v564 {
                }
                llvm.store %v571, %v54 : f32, !llvm.ptr
                llvm.store %v571, %v55 : f32, !llvm.ptr
                %v615 = arith.cmpi slt, %v614, %v230 : i32
                %v616 = arith.cmpi eq, %v614, %v236 : i32
                %v617, %v618 = gpu.shuffle idx %v204, %v76, %v241 : f32
                %v619, %v620 = gpu.shuffle idx %v205, %v76, %v241 : f32
                %v621, %v622 = gpu.shuffle idx %v209, %v76, %v241 : f32
                %v623, %v624 = gpu.shuffle idx %v212, %v76, %v241 : f32
                %v625, %v626 = gpu.shuffle idx %v223, %v76, %v241 : f32
                %v627, %v628 = gpu.shuffle idx %v228, %v76, %v241 : f32
                %v629 = arith.addi %v118, %v157 : i64
                %v630 = arith.muli %v46, %v255 : i64
                %v631 = arith.muli %v629, %v1 : i64
                %v632 = arith.addi %v630, %v631 : i64
                %v633 = arith.addi %v632, %v32 : i64
                %v634 = llvm.getelementptr %in_Cm[%v633] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v635 = llvm.load %v634 : !llvm.ptr -> f32
                %v636 = arith.muli %v46, %v214 : i64
                %v637 = arith.muli %v629, %v213 : i64
                %v638 = arith.addi %v636, %v637 : i64
                %v639 = arith.muli %v44, %size_P : i64
                %v640 = arith.addi %v638, %v639 : i64
                %v641 = arith.addi %v640, %v42 : i64
                %v642 = llvm.getelementptr %dy_y[%v641] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v643 = llvm.load %v642 : !llvm.ptr -> f32
                %v644 = arith.mulf %v635, %v643 fastmath<contract> : f32
                %v645 = llvm.load %v52 : !llvm.ptr -> f32
                %v646 = llvm.load %v54 : !llvm.ptr -> f32
                %v647 = arith.mulf %v646, %v645 fastmath<contract> : f32
                %v648 = arith.addf %v644, %v647 fastmath<contract> : f32
                llvm.store %v648, %v52 : f32, !llvm.ptr
                %v649 = llvm.load %v63 : !llvm.ptr -> f32
                %v650 = arith.mulf %v649, %v646 fastmath<contract> : f32
                llvm.store %v650, %v63 : f32, !llvm.ptr
                %v651 = arith.muli %v46, %v255 : i64
                %v652 = arith.muli %v629, %v1 : i64
                %v653 = arith.addi %v651, %v652 : i64
                %v654 = arith.constant 8 : i64
                %v655 = arith.addi %v654, %v32 : i64
                %v656 = arith.addi %v653, %v655 : i64
                %v657 = llvm.getelementptr %in_Cm[%v656] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v658 = llvm.load %v657 : !llvm.ptr -> f32
                %v659 = arith.mulf %v658, %v643 fastmath<contract> : f32
                %v660 = llvm.load %v53 : !llvm.ptr -> f32
                %v661 = llvm.load %v55 : !llvm.ptr -> f32
                %v662 = arith.mulf %v661, %v660 fastmath<contract> : f32
                %v663 = arith.addf %v659, %v662 fastmath<contract> : f32
                llvm.store %v663, %v53 : f32, !llvm.ptr
                %v664 = llvm.load %v64 : !llvm.ptr -> f32
                %v665 = arith.mulf %v664, %v661 fastmath<contract> : f32
                llvm.store %v665, %v64 : f32, !llvm.ptr
                scf.if %v616 {
                }
                llvm.store %v623, %v54 : f32, !llvm.ptr
                llvm.store %v623, %v55 : f32, !llvm.ptr
              } else {
                %v666 = arith.subi %v120, %v2 : i64
                %v667 = arith.addi %v157, %v32 : i64
                %v668 = arith.minsi %v667, %v666 : i64
                %v669 = arith.addi %v118, %v668 : i64
                %v670 = arith.subi %v669, %v118 : i64
                %v671 = llvm.getelementptr %v60[%v670] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v672 = llvm.load %v671 : !llvm.ptr -> f32
                %v673 = llvm.getelementptr %in_dt_bias[%v44] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v674 = llvm.load %v673 : !llvm.ptr -> f32
                %v675 = arith.addf %v672, %v674 fastmath<contract> : f32
                %v676 = arith.maximumf %v675, %v61 : f32
                %v677 = llvm.call_intrinsic "llvm.fabs.f32"(%v675) : (f32) -> f32
                %v678 = arith.negf %v677 : f32
                %v679 = arith.mulf %v678, %v174 fastmath<contract> : f32
                %v680 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v679) : (f32) -> f32
                %v681 = arith.addf %v62, %v680 fastmath<contract> : f32
                %v682 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v681) : (f32) -> f32
                %v683 = arith.mulf %v682, %v179 fastmath<contract> : f32
                %v684 = arith.mulf %v181, %v680 fastmath<contract> : f32
                %v685 = arith.addf %v684, %v183 fastmath<contract> : f32
                %v686 = arith.mulf %v685, %v680 fastmath<contract> : f32
                %v687 = arith.addf %v686, %v186 fastmath<contract> : f32
                %v688 = arith.mulf %v687, %v680 fastmath<contract> : f32
                %v689 = arith.addf %v688, %v189 fastmath<contract> : f32
                %v690 = arith.mulf %v689, %v680 fastmath<contract> : f32
                %v691 = arith.addf %v690, %v192 fastmath<contract> : f32
                %v692 = arith.mulf %v691, %v680 fastmath<contract> : f32
                %v693 = arith.addf %v692, %v195 fastmath<contract> : f32
                %v694 = arith.mulf %v693, %v680 fastmath<contract> : f32
                %v695 = arith.addf %v694, %v62 fastmath<contract> : f32
                %v696 = arith.mulf %v695, %v680 fastmath<contract> : f32
                %v697 = llvm.call_intrinsic "llvm.fabs.f32"(%v680) : (f32) -> f32
                %v698 = arith.cmpf olt, %v697, %v201 : f32
                %v699 = arith.select %v698, %v696, %v683 : f32
                %v700 = arith.addf %v676, %v699 fastmath<contract> : f32
                %v701 = arith.negf %v700 : f32
                %v702 = llvm.getelementptr %in_A_log[%v44] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v703 = llvm.load %v702 : !llvm.ptr -> f32
                %v704 = arith.mulf %v703, %v174 fastmath<contract> : f32
                %v705 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v704) : (f32) -> f32
                %v706 = arith.mulf %v701, %v705 fastmath<contract> : f32
                %v707 = arith.mulf %v706, %v174 fastmath<contract> : f32
                %v708 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v707) : (f32) -> f32
                %v709 = arith.muli %v46, %v214 : i64
                %v710 = arith.muli %v669, %v213 : i64
                %v711 = arith.addi %v709, %v710 : i64
                %v712 = arith.muli %v44, %size_P : i64
                %v713 = arith.addi %v711, %v712 : i64
                %v714 = arith.addi %v713, %v42 : i64
                %v715 = llvm.getelementptr %in_x[%v714] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v716 = llvm.load %v715 : !llvm.ptr -> f32
                %v717 = arith.mulf %v700, %v716 fastmath<contract> : f32
                %v718 = arith.negf %v675 : f32
                %v719 = arith.mulf %v718, %v174 fastmath<contract> : f32
                %v720 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v719) : (f32) -> f32
                %v721 = arith.addf %v62, %v720 fastmath<contract> : f32
                %v722 = arith.divf %v62, %v721 : f32
                // the group's states, recomputed into registers
                %v723 = arith.subi %v120, %v157 : i64
                %v724 = arith.trunci %v723 : i64 to i32
                %v725 = arith.subi %size_L, %v2 : i64
                %v726 = arith.addi %v118, %v157 : i64
                %v727 = arith.subi %v725, %v726 : i64
                %v728 = arith.minsi %v727, %v234 : i64
                %v729 = arith.trunci %v728 : i64 to i32
                %v730 = arith.addi %v157, %v68 : i64
                %v731 = arith.cmpi slt, %v238, %v724 : i32
                %v732 = arith.cmpi eq, %v238, %v729 : i32
                %v733, %v734 = gpu.shuffle idx %v700, %v104, %v241 : f32
                %v735, %v736 = gpu.shuffle idx %v701, %v104, %v241 : f32
                %v737, %v738 = gpu.shuffle idx %v705, %v104, %v241 : f32
                %v739, %v740 = gpu.shuffle idx %v708, %v104, %v241 : f32
                %v741, %v742 = gpu.shuffle idx %v717, %v104, %v241 : f32
                %v743, %v744 = gpu.shuffle idx %v722, %v104, %v241 : f32
                scf.if %v731 {
                  %v745 = arith.addi %v118, %v730 : i64
                  %v746 = arith.muli %v46, %v255 : i64
                  %v747 = arith.muli %v745, %v1 : i64
                  %v748 = arith.addi %v746, %v747 : i64
                  %v749 = arith.addi %v748, %v32 : i64
                  %v750 = llvm.getelementptr %in_Cm[%v749] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v751 = llvm.load %v750 : !llvm.ptr -> f32
                  %v752 = arith.muli %v46, %v214 : i64
                  %v753 = arith.muli %v745, %v213 : i64
                  %v754 = arith.addi %v752, %v753 : i64
                  %v755 = arith.muli %v44, %size_P : i64
                  %v756 = arith.addi %v754, %v755 : i64
                  %v757 = arith.addi %v756, %v42 : i64
                  %v758 = llvm.getelementptr %dy_y[%v757] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v759 = llvm.load %v758 : !llvm.ptr -> f32
                  %v760 = arith.mulf %v751, %v759 fastmath<contract> : f32
                  %v761 = llvm.load %v52 : !llvm.ptr -> f32
                  %v762 = llvm.load %v54 : !llvm.ptr -> f32
                  %v763 = arith.mulf %v762, %v761 fastmath<contract> : f32
                  %v764 = arith.addf %v760, %v763 fastmath<contract> : f32
                  llvm.store %v764, %v52 : f32, !llvm.ptr
                  %v765 = llvm.load %v63 : !llvm.ptr -> f32
                  %v766 = arith.mulf %v765, %v762 fastmath<contract> : f32
                  llvm.store %v766, %v63 : f32, !llvm.ptr
                  %v767 = arith.muli %v46, %v255 : i64
                  %v768 = arith.muli %v745, %v1 : i64
                  %v769 = arith.addi %v767, %v768 : i64
                  %v770 = arith.constant 8 : i64
                  %v771 = arith.addi %v770, %v32 : i64
                  %v772 = arith.addi %v769, %v771 : i64
                  %v773 = llvm.getelementptr %in_Cm[%v772] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v774 = llvm.load %v773 : !llvm.ptr -> f32
                  %v775 = arith.mulf %v774, %v759 fastmath<contract> : f32
                  %v776 = llvm.load %v53 : !llvm.ptr -> f32
                  %v777 = llvm.load %v55 : !llvm.ptr -> f32
                  %v778 = arith.mulf %v777, %v776 fastmath<contract> : f32
                  %v779 = arith.addf %v775, %v778 fastmath<contract> : f32
                  llvm.store %v779, %v53 : f32, !llvm.ptr
                  %v780 = llvm.load %v64 : !llvm.ptr -> f32
                  %v781 = arith.mulf %v780, %v777 fastmath<contract> : f32
                  llvm.store %v781, %v64 : f32, !llvm.ptr
                  scf.if %v732 {
                  }
                  llvm.store %v739, %v54 : f32, !llvm.ptr
                  llvm.store %v739, %v55 : f32, !llvm.ptr
                }
                %v782 = arith.addi %v157, %v292 : i64
                %v783 = arith.cmpi slt, %v294, %v724 : i32
                %v784 = arith.cmpi eq, %v294, %v729 : i32
                %v785, %v786 = gpu.shuffle idx %v700, %v100, %v241 : f32
                %v787, %v788 = gpu.shuffle idx %v701, %v100, %v241 : f32
                %v789, %v790 = gpu.shuffle idx %v705, %v100, %v241 : f32
                %v791, %v792 = gpu.shuffle idx %v708, %v100, %v241 : f32
                %v793, %v794 = gpu.shuffle idx %v717, %v100, %v241 : f32
                %v795, %v796 = gpu.shuffle idx %v722, %v100, %v241 : f32
                scf.if %v783 {
                  %v797 = arith.addi %v118, %v782 : i64
                  %v798 = arith.muli %v46, %v255 : i64
                  %v799 = arith.muli %v797, %v1 : i64
                  %v800 = arith.addi %v798, %v799 : i64
                  %v801 = arith.addi %v800, %v32 : i64
                  %v802 = llvm.getelementptr %in_Cm[%v801] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v803 = llvm.load %v802 : !llvm.ptr -> f32
                  %v804 = arith.muli %v46, %v214 : i64
                  %v805 = arith.muli %v797, %v213 : i64
                  %v806 = arith.addi %v804, %v805 : i64
                  %v807 = arith.muli %v44, %size_P : i64
                  %v808 = arith.addi %v806, %v807 : i64
                  %v809 = arith.addi %v808, %v42 : i64
                  %v810 = llvm.getelementptr %dy_y[%v809] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v811 = llvm.load %v810 : !llvm.ptr -> f32
                  %v812 = arith.mulf %v803, %v811 fastmath<contract> : f32
                  %v813 = llvm.load %v52 : !llvm.ptr -> f32
                  %v814 = llvm.load %v54 : !llvm.ptr -> f32
                  %v815 = arith.mulf %v814, %v813 fastmath<contract> : f32
                  %v816 = arith.addf %v812, %v815 fastmath<contract> : f32
                  llvm.store %v816, %v52 : f32, !llvm.ptr
                  %v817 = llvm.load %v63 : !llvm.ptr -> f32
                  %v818 = arith.mulf %v817, %v814 fastmath<contract> : f32
                  llvm.store %v818, %v63 : f32, !llvm.ptr
                  %v819 = arith.muli %v46, %v255 : i64
                  %v820 = arith.muli %v797, %v1 : i64
                  %v821 = arith.addi %v819, %v820 : i64
                  %v822 = arith.constant 8 : i64
                  %v823 = arith.addi %v822, %v32 : i64
                  %v824 = arith.addi %v821, %v823 : i64
                  %v825 = llvm.getelementptr %in_Cm[%v824] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v826 = llvm.load %v825 : !llvm.ptr -> f32
                  %v827 = arith.mulf %v826, %v811 fastmath<contract> : f32
                  %v828 = llvm.load %v53 : !llvm.ptr -> f32
                  %v829 = llvm.load %v55 : !llvm.ptr -> f32
                  %v830 = arith.mulf %v829, %v828 fastmath<contract> : f32
                  %v831 = arith.addf %v827, %v830 fastmath<contract> : f32
                  llvm.store %v831, %v53 : f32, !llvm.ptr
                  %v832 = llvm.load %v64 : !llvm.ptr -> f32
                  %v833 = arith.mulf %v832, %v829 fastmath<contract> : f32
                  llvm.store %v833, %v64 : f32, !llvm.ptr
                  scf.if %v784 {
                  }
                  llvm.store %v791, %v54 : f32, !llvm.ptr
                  llvm.store %v791, %v55 : f32, !llvm.ptr
                }
                %v834 = arith.addi %v157, %v346 : i64
                %v835 = arith.cmpi slt, %v348, %v724 : i32
                %v836 = arith.cmpi eq, %v348, %v729 : i32
                %v837, %v838 = gpu.shuffle idx %v700, %v96, %v241 : f32
                %v839, %v840 = gpu.shuffle idx %v701, %v96, %v241 : f32
                %v841, %v842 = gpu.shuffle idx %v705, %v96, %v241 : f32
                %v843, %v844 = gpu.shuffle idx %v708, %v96, %v241 : f32
                %v845, %v846 = gpu.shuffle idx %v717, %v96, %v241 : f32
                %v847, %v848 = gpu.shuffle idx %v722, %v96, %v241 : f32
                scf.if %v835 {
                  %v849 = arith.addi %v118, %v834 : i64
                  %v850 = arith.muli %v46, %v255 : i64
                  %v851 = arith.muli %v849, %v1 : i64
                  %v852 = arith.addi %v850, %v851 : i64
                  %v853 = arith.addi %v852, %v32 : i64
                  %v854 = llvm.getelementptr %in_Cm[%v853] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v855 = llvm.load %v854 : !llvm.ptr -> f32
                  %v856 = arith.muli %v46, %v214 : i64
                  %v857 = arith.muli %v849, %v213 : i64
                  %v858 = arith.addi %v856, %v857 : i64
                  %v859 = arith.muli %v44, %size_P : i64
                  %v860 = arith.addi %v858, %v859 : i64
                  %v861 = arith.addi %v860, %v42 : i64
                  %v862 = llvm.getelementptr %dy_y[%v861] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v863 = llvm.load %v862 : !llvm.ptr -> f32
                  %v864 = arith.mulf %v855, %v863 fastmath<contract> : f32
                  %v865 = llvm.load %v52 : !llvm.ptr -> f32
                  %v866 = llvm.load %v54 : !llvm.ptr -> f32
                  %v867 = arith.mulf %v866, %v865 fastmath<contract> : f32
                  %v868 = arith.addf %v864, %v867 fastmath<contract> : f32
                  llvm.store %v868, %v52 : f32, !llvm.ptr
                  %v869 = llvm.load %v63 : !llvm.ptr -> f32
                  %v870 = arith.mulf %v869, %v866 fastmath<contract> : f32
                  llvm.store %v870, %v63 : f32, !llvm.ptr
                  %v871 = arith.muli %v46, %v255 : i64
                  %v872 = arith.muli %v849, %v1 : i64
                  %v873 = arith.addi %v871, %v872 : i64
                  %v874 = arith.constant 8 : i64
                  %v875 = arith.addi %v874, %v32 : i64
                  %v876 = arith.addi %v873, %v875 : i64
                  %v877 = llvm.getelementptr %in_Cm[%v876] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v878 = llvm.load %v877 : !llvm.ptr -> f32
                  %v879 = arith.mulf %v878, %v863 fastmath<contract> : f32
                  %v880 = llvm.load %v53 : !llvm.ptr -> f32
                  %v881 = llvm.load %v55 : !llvm.ptr -> f32
                  %v882 = arith.mulf %v881, %v880 fastmath<contract> : f32
                  %v883 = arith.addf %v879, %v882 fastmath<contract> : f32
                  llvm.store %v883, %v53 : f32, !llvm.ptr
                  %v884 = llvm.load %v64 : !llvm.ptr -> f32
                  %v885 = arith.mulf %v884, %v881 fastmath<contract> : f32
                  llvm.store %v885, %v64 : f32, !llvm.ptr
                  scf.if %v836 {
                  }
                  llvm.store %v843, %v54 : f32, !llvm.ptr
                  llvm.store %v843, %v55 : f32, !llvm.ptr
                }
                %v886 = arith.addi %v157, %v48 : i64
                %v887 = arith.cmpi slt, %v401, %v724 : i32
                %v888 = arith.cmpi eq, %v401, %v729 : i32
                %v889, %v890 = gpu.shuffle idx %v700, %v92, %v241 : f32
                %v891, %v892 = gpu.shuffle idx %v701, %v92, %v241 : f32
                %v893, %v894 = gpu.shuffle idx %v705, %v92, %v241 : f32
                %v895, %v896 = gpu.shuffle idx %v708, %v92, %v241 : f32
                %v897, %v898 = gpu.shuffle idx %v717, %v92, %v241 : f32
                %v899, %v900 = gpu.shuffle idx %v722, %v92, %v241 : f32
                scf.if %v887 {
                  %v901 = arith.addi %v118, %v886 : i64
                  %v902 = arith.muli %v46, %v255 : i64
                  %v903 = arith.muli %v901, %v1 : i64
                  %v904 = arith.addi %v902, %v903 : i64
                  %v905 = arith.addi %v904, %v32 : i64
                  %v906 = llvm.getelementptr %in_Cm[%v905] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v907 = llvm.load %v906 : !llvm.ptr -> f32
                  %v908 = arith.muli %v46, %v214 : i64
                  %v909 = arith.muli %v901, %v213 : i64
                  %v910 = arith.addi %v908, %v909 : i64
                  %v911 = arith.muli %v44, %size_P : i64
                  %v912 = arith.addi %v910, %v911 : i64
                  %v913 = arith.addi %v912, %v42 : i64
                  %v914 = llvm.getelementptr %dy_y[%v913] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v915 = llvm.load %v914 : !llvm.ptr -> f32
                  %v916 = arith.mulf %v907, %v915 fastmath<contract> : f32
                  %v917 = llvm.load %v52 : !llvm.ptr -> f32
                  %v918 = llvm.load %v54 : !llvm.ptr -> f32
                  %v919 = arith.mulf %v918, %v917 fastmath<contract> : f32
                  %v920 = arith.addf %v916, %v919 fastmath<contract> : f32
                  llvm.store %v920, %v52 : f32, !llvm.ptr
                  %v921 = llvm.load %v63 : !llvm.ptr -> f32
                  %v922 = arith.mulf %v921, %v918 fastmath<contract> : f32
                  llvm.store %v922, %v63 : f32, !llvm.ptr
                  %v923 = arith.muli %v46, %v255 : i64
                  %v924 = arith.muli %v901, %v1 : i64
                  %v925 = arith.addi %v923, %v924 : i64
                  %v926 = arith.constant 8 : i64
                  %v927 = arith.addi %v926, %v32 : i64
                  %v928 = arith.addi %v925, %v927 : i64
                  %v929 = llvm.getelementptr %in_Cm[%v928] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v930 = llvm.load %v929 : !llvm.ptr -> f32
                  %v931 = arith.mulf %v930, %v915 fastmath<contract> : f32
                  %v932 = llvm.load %v53 : !llvm.ptr -> f32
                  %v933 = llvm.load %v55 : !llvm.ptr -> f32
                  %v934 = arith.mulf %v933, %v932 fastmath<contract> : f32
                  %v935 = arith.addf %v931, %v934 fastmath<contract> : f32
                  llvm.store %v935, %v53 : f32, !llvm.ptr
                  %v936 = llvm.load %v64 : !llvm.ptr -> f32
                  %v937 = arith.mulf %v936, %v933 fastmath<contract> : f32
                  llvm.store %v937, %v64 : f32, !llvm.ptr
                  scf.if %v888 {
                  }
                  llvm.store %v895, %v54 : f32, !llvm.ptr
                  llvm.store %v895, %v55 : f32, !llvm.ptr
                }
                %v938 = arith.addi %v157, %v453 : i64
                %v939 = arith.cmpi slt, %v455, %v724 : i32
                %v940 = arith.cmpi eq, %v455, %v729 : i32
                %v941, %v942 = gpu.shuffle idx %v700, %v88, %v241 : f32
                %v943, %v944 = gpu.shuffle idx %v701, %v88, %v241 : f32
                %v945, %v946 = gpu.shuffle idx %v705, %v88, %v241 : f32
                %v947, %v948 = gpu.shuffle idx %v708, %v88, %v241 : f32
                %v949, %v950 = gpu.shuffle idx %v717, %v88, %v241 : f32
                %v951, %v952 = gpu.shuffle idx %v722, %v88, %v241 : f32
                scf.if %v939 {
                  %v953 = arith.addi %v118, %v938 : i64
                  %v954 = arith.muli %v46, %v255 : i64
                  %v955 = arith.muli %v953, %v1 : i64
                  %v956 = arith.addi %v954, %v955 : i64
                  %v957 = arith.addi %v956, %v32 : i64
                  %v958 = llvm.getelementptr %in_Cm[%v957] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v959 = llvm.load %v958 : !llvm.ptr -> f32
                  %v960 = arith.muli %v46, %v214 : i64
                  %v961 = arith.muli %v953, %v213 : i64
                  %v962 = arith.addi %v960, %v961 : i64
                  %v963 = arith.muli %v44, %size_P : i64
                  %v964 = arith.addi %v962, %v963 : i64
                  %v965 = arith.addi %v964, %v42 : i64
                  %v966 = llvm.getelementptr %dy_y[%v965] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v967 = llvm.load %v966 : !llvm.ptr -> f32
                  %v968 = arith.mulf %v959, %v967 fastmath<contract> : f32
                  %v969 = llvm.load %v52 : !llvm.ptr -> f32
                  %v970 = llvm.load %v54 : !llvm.ptr -> f32
                  %v971 = arith.mulf %v970, %v969 fastmath<contract> : f32
                  %v972 = arith.addf %v968, %v971 fastmath<contract> : f32
                  llvm.store %v972, %v52 : f32, !llvm.ptr
                  %v973 = llvm.load %v63 : !llvm.ptr -> f32
                  %v974 = arith.mulf %v973, %v970 fastmath<contract> : f32
                  llvm.store %v974, %v63 : f32, !llvm.ptr
                  %v975 = arith.muli %v46, %v255 : i64
                  %v976 = arith.muli %v953, %v1 : i64
                  %v977 = arith.addi %v975, %v976 : i64
                  %v978 = arith.constant 8 : i64
                  %v979 = arith.addi %v978, %v32 : i64
                  %v980 = arith.addi %v977, %v979 : i64
                  %v981 = llvm.getelementptr %in_Cm[%v980] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v982 = llvm.load %v981 : !llvm.ptr -> f32
                  %v983 = arith.mulf %v982, %v967 fastmath<contract> : f32
                  %v984 = llvm.load %v53 : !llvm.ptr -> f32
                  %v985 = llvm.load %v55 : !llvm.ptr -> f32
                  %v986 = arith.mulf %v985, %v984 fastmath<contract> : f32
                  %v987 = arith.addf %v983, %v986 fastmath<contract> : f32
                  llvm.store %v987, %v53 : f32, !llvm.ptr
                  %v988 = llvm.load %v64 : !llvm.ptr -> f32
                  %v989 = arith.mulf %v988, %v985 fastmath<contract> : f32
                  llvm.store %v989, %v64 : f32, !llvm.ptr
                  scf.if %v940 {
                  }
                  llvm.store %v947, %v54 : f32, !llvm.ptr
                  llvm.store %v947, %v55 : f32, !llvm.ptr
                }
                %v990 = arith.addi %v157, %v507 : i64
                %v991 = arith.cmpi slt, %v509, %v724 : i32
                %v992 = arith.cmpi eq, %v509, %v729 : i32
                %v993, %v994 = gpu.shuffle idx %v700, %v84, %v241 : f32
                %v995, %v996 = gpu.shuffle idx %v701, %v84, %v241 : f32
                %v997, %v998 = gpu.shuffle idx %v705, %v84, %v241 : f32
                %v999, %v1000 = gpu.shuffle idx %v708, %v84, %v241 : f32
                %v1001, %v1002 = gpu.shuffle idx %v717, %v84, %v241 : f32
                %v1003, %v1004 = gpu.shuffle idx %v722, %v84, %v241 : f32
                scf.if %v991 {
                  %v1005 = arith.addi %v118, %v990 : i64
                  %v1006 = arith.muli %v46, %v255 : i64
                  %v1007 = arith.muli %v1005, %v1 : i64
                  %v1008 = arith.addi %v1006, %v1007 : i64
                  %v1009 = arith.addi %v1008, %v32 : i64
                  %v1010 = llvm.getelementptr %in_Cm[%v1009] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1011 = llvm.load %v1010 : !llvm.ptr -> f32
                  %v1012 = arith.muli %v46, %v214 : i64
                  %v1013 = arith.muli %v1005, %v213 : i64
                  %v1014 = arith.addi %v1012, %v1013 : i64
                  %v1015 = arith.muli %v44, %size_P : i64
                  %v1016 = arith.addi %v1014, %v1015 : i64
                  %v1017 = arith.addi %v1016, %v42 : i64
                  %v1018 = llvm.getelementptr %dy_y[%v1017] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1019 = llvm.load %v1018 : !llvm.ptr -> f32
                  %v1020 = arith.mulf %v1011, %v1019 fastmath<contract> : f32
                  %v1021 = llvm.load %v52 : !llvm.ptr -> f32
                  %v1022 = llvm.load %v54 : !llvm.ptr -> f32
                  %v1023 = arith.mulf %v1022, %v1021 fastmath<contract> : f32
                  %v1024 = arith.addf %v1020, %v1023 fastmath<contract> : f32
                  llvm.store %v1024, %v52 : f32, !llvm.ptr
                  %v1025 = llvm.load %v63 : !llvm.ptr -> f32
                  %v1026 = arith.mulf %v1025, %v1022 fastmath<contract> : f32
                  llvm.store %v1026, %v63 : f32, !llvm.ptr
                  %v1027 = arith.muli %v46, %v255 : i64
                  %v1028 = arith.muli %v1005, %v1 : i64
                  %v1029 = arith.addi %v1027, %v1028 : i64
                  %v1030 = arith.constant 8 : i64
                  %v1031 = arith.addi %v1030, %v32 : i64
                  %v1032 = arith.addi %v1029, %v1031 : i64
                  %v1033 = llvm.getelementptr %in_Cm[%v1032] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1034 = llvm.load %v1033 : !llvm.ptr -> f32
                  %v1035 = arith.mulf %v1034, %v1019 fastmath<contract> : f32
                  %v1036 = llvm.load %v53 : !llvm.ptr -> f32
                  %v1037 = llvm.load %v55 : !llvm.ptr -> f32
                  %v1038 = arith.mulf %v1037, %v1036 fastmath<contract> : f32
                  %v1039 = arith.addf %v1035, %v1038 fastmath<contract> : f32
                  llvm.store %v1039, %v53 : f32, !llvm.ptr
                  %v1040 = llvm.load %v64 : !llvm.ptr -> f32
                  %v1041 = arith.mulf %v1040, %v1037 fastmath<contract> : f32
                  llvm.store %v1041, %v64 : f32, !llvm.ptr
                  scf.if %v992 {
                  }
                  llvm.store %v999, %v54 : f32, !llvm.ptr
                  llvm.store %v999, %v55 : f32, !llvm.ptr
                }
                %v1042 = arith.addi %v157, %v2 : i64
                %v1043 = arith.cmpi slt, %v562, %v724 : i32
                %v1044 = arith.cmpi eq, %v562, %v729 : i32
                %v1045, %v1046 = gpu.shuffle idx %v700, %v80, %v241 : f32
                %v1047, %v1048 = gpu.shuffle idx %v701, %v80, %v241 : f32
                %v1049, %v1050 = gpu.shuffle idx %v705, %v80, %v241 : f32
                %v1051, %v1052 = gpu.shuffle idx %v708, %v80, %v241 : f32
                %v1053, %v1054 = gpu.shuffle idx %v717, %v80, %v241 : f32
                %v1055, %v1056 = gpu.shuffle idx %v722, %v80, %v241 : f32
                scf.if %v1043 {
                  %v1057 = arith.addi %v118, %v1042 : i64
                  %v1058 = arith.muli %v46, %v255 : i64
                  %v1059 = arith.muli %v1057, %v1 : i64
                  %v1060 = arith.addi %v1058, %v1059 : i64
                  %v1061 = arith.addi %v1060, %v32 : i64
                  %v1062 = llvm.getelementptr %in_Cm[%v1061] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1063 = llvm.load %v1062 : !llvm.ptr -> f32
                  %v1064 = arith.muli %v46, %v214 : i64
                  %v1065 = arith.muli %v1057, %v213 : i64
                  %v1066 = arith.addi %v1064, %v1065 : i64
                  %v1067 = arith.muli %v44, %size_P : i64
                  %v1068 = arith.addi %v1066, %v1067 : i64
                  %v1069 = arith.addi %v1068, %v42 : i64
                  %v1070 = llvm.getelementptr %dy_y[%v1069] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1071 = llvm.load %v1070 : !llvm.ptr -> f32
                  %v1072 = arith.mulf %v1063, %v1071 fastmath<contract> : f32
                  %v1073 = llvm.load %v52 : !llvm.ptr -> f32
                  %v1074 = llvm.load %v54 : !llvm.ptr -> f32
                  %v1075 = arith.mulf %v1074, %v1073 fastmath<contract> : f32
                  %v1076 = arith.addf %v1072, %v1075 fastmath<contract> : f32
                  llvm.store %v1076, %v52 : f32, !llvm.ptr
                  %v1077 = llvm.load %v63 : !llvm.ptr -> f32
                  %v1078 = arith.mulf %v1077, %v1074 fastmath<contract> : f32
                  llvm.store %v1078, %v63 : f32, !llvm.ptr
                  %v1079 = arith.muli %v46, %v255 : i64
                  %v1080 = arith.muli %v1057, %v1 : i64
                  %v1081 = arith.addi %v1079, %v1080 : i64
                  %v1082 = arith.constant 8 : i64
                  %v1083 = arith.addi %v1082, %v32 : i64
                  %v1084 = arith.addi %v1081, %v1083 : i64
                  %v1085 = llvm.getelementptr %in_Cm[%v1084] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1086 = llvm.load %v1085 : !llvm.ptr -> f32
                  %v1087 = arith.mulf %v1086, %v1071 fastmath<contract> : f32
                  %v1088 = llvm.load %v53 : !llvm.ptr -> f32
                  %v1089 = llvm.load %v55 : !llvm.ptr -> f32
                  %v1090 = arith.mulf %v1089, %v1088 fastmath<contract> : f32
                  %v1091 = arith.addf %v1087, %v1090 fastmath<contract> : f32
                  llvm.store %v1091, %v53 : f32, !llvm.ptr
                  %v1092 = llvm.load %v64 : !llvm.ptr -> f32
                  %v1093 = arith.mulf %v1092, %v1089 fastmath<contract> : f32
                  llvm.store %v1093, %v64 : f32, !llvm.ptr
                  scf.if %v1044 {
                  }
                  llvm.store %v1051, %v54 : f32, !llvm.ptr
                  llvm.store %v1051, %v55 : f32, !llvm.ptr
                }
                %v1094 = arith.cmpi slt, %v614, %v724 : i32
                %v1095 = arith.cmpi eq, %v614, %v729 : i32
                %v1096, %v1097 = gpu.shuffle idx %v700, %v76, %v241 : f32
                %v1098, %v1099 = gpu.shuffle idx %v701, %v76, %v241 : f32
                %v1100, %v1101 = gpu.shuffle idx %v705, %v76, %v241 : f32
                %v1102, %v1103 = gpu.shuffle idx %v708, %v76, %v241 : f32
                %v1104, %v1105 = gpu.shuffle idx %v717, %v76, %v241 : f32
                %v1106, %v1107 = gpu.shuffle idx %v722, %v76, %v241 : f32
                scf.if %v1094 {
                  %v1108 = arith.addi %v118, %v157 : i64
                  %v1109 = arith.muli %v46, %v255 : i64
                  %v1110 = arith.muli %v1108, %v1 : i64
                  %v1111 = arith.addi %v1109, %v1110 : i64
                  %v1112 = arith.addi %v1111, %v32 : i64
                  %v1113 = llvm.getelementptr %in_Cm[%v1112] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1114 = llvm.load %v1113 : !llvm.ptr -> f32
                  %v1115 = arith.muli %v46, %v214 : i64
                  %v1116 = arith.muli %v1108, %v213 : i64
                  %v1117 = arith.addi %v1115, %v1116 : i64
                  %v1118 = arith.muli %v44, %size_P : i64
                  %v1119 = arith.addi %v1117, %v1118 : i64
                  %v1120 = arith.addi %v1119, %v42 : i64
                  %v1121 = llvm.getelementptr %dy_y[%v1120] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1122 = llvm.load %v1121 : !llvm.ptr -> f32
                  %v1123 = arith.mulf %v1114, %v1122 fastmath<contract> : f32
                  %v1124 = llvm.load %v52 : !llvm.ptr -> f32
                  %v1125 = llvm.load %v54 : !llvm.ptr -> f32
                  %v1126 = arith.mulf %v1125, %v1124 fastmath<contract> : f32
                  %v1127 = arith.addf %v1123, %v1126 fastmath<contract> : f32
                  llvm.store %v1127, %v52 : f32, !llvm.ptr
                  %v1128 = llvm.load %v63 : !llvm.ptr -> f32
                  %v1129 = arith.mulf %v1128, %v1125 fastmath<contract> : f32
                  llvm.store %v1129, %v63 : f32, !llvm.ptr
                  %v1130 = arith.muli %v46, %v255 : i64
                  %v1131 = arith.muli %v1108, %v1 : i64
                  %v1132 = arith.addi %v1130, %v1131 : i64
                  %v1133 = arith.constant 8 : i64
                  %v1134 = arith.addi %v1133, %v32 : i64
                  %v1135 = arith.addi %v1132, %v1134 : i64
                  %v1136 = llvm.getelementptr %in_Cm[%v1135] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1137 = llvm.load %v1136 : !llvm.ptr -> f32
                  %v1138 = arith.mulf %v1137, %v1122 fastmath<contract> : f32
                  %v1139 = llvm.load %v53 : !llvm.ptr -> f32
                  %v1140 = llvm.load %v55 : !llvm.ptr -> f32
                  %v1141 = arith.mulf %v1140, %v1139 fastmath<contract> : f32
                  %v1142 = arith.addf %v1138, %v1141 fastmath<contract> : f32
                  llvm.store %v1142, %v53 : f32, !llvm.ptr
                  %v1143 = llvm.load %v64 : !llvm.ptr -> f32
                  %v1144 = arith.mulf %v1143, %v1140 fastmath<contract> : f32
                  llvm.store %v1144, %v64 : f32, !llvm.ptr
                  scf.if %v1095 {
                  }
                  llvm.store %v1102, %v54 : f32, !llvm.ptr
                  llvm.store %v1102, %v55 : f32, !llvm.ptr
                }
              }
            }
          }
        }
      }
      scf.if %v36 {
        %v1145 = llvm.load %v52 : !llvm.ptr -> f32
        %v1146 = arith.muli %v27, %v1 : i64
        %v1147 = arith.addi %v1146, %v32 : i64
        %v1148 = arith.muli %v1147, %v4 : i64
        %v1149 = arith.subi %v4, %v2 : i64
        %v1150 = arith.minsi %v38, %v1149 : i64
        %v1151 = arith.addi %v1148, %v1150 : i64
        %v1152 = llvm.getelementptr %segsum_S[%v1151] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1145, %v1152 : f32, !llvm.ptr
        %v1153 = llvm.load %v63 : !llvm.ptr -> f32
        %v1154 = arith.addi %v8, %v27 : i64
        %v1155 = arith.muli %v1154, %v1 : i64
        %v1156 = arith.addi %v1155, %v32 : i64
        %v1157 = arith.muli %v1156, %v4 : i64
        %v1158 = arith.subi %v4, %v2 : i64
        %v1159 = arith.minsi %v38, %v1158 : i64
        %v1160 = arith.addi %v1157, %v1159 : i64
        %v1161 = llvm.getelementptr %segsum_S[%v1160] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1153, %v1161 : f32, !llvm.ptr
        %v1162 = llvm.load %v54 : !llvm.ptr -> f32
        %v1163 = arith.muli %v507, %v8 : i64
        %v1164 = arith.addi %v1163, %v27 : i64
        %v1165 = arith.muli %v1164, %v1 : i64
        %v1166 = arith.addi %v1165, %v32 : i64
        %v1167 = arith.muli %v1166, %v4 : i64
        %v1168 = arith.subi %v4, %v2 : i64
        %v1169 = arith.minsi %v38, %v1168 : i64
        %v1170 = arith.addi %v1167, %v1169 : i64
        %v1171 = llvm.getelementptr %segsum_S[%v1170] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1162, %v1171 : f32, !llvm.ptr
        %v1172 = llvm.load %v53 : !llvm.ptr -> f32
        %v1173 = arith.addi %v31, %v32 : i64
        %v1174 = arith.muli %v27, %v1 : i64
        %v1175 = arith.addi %v1174, %v1173 : i64
        %v1176 = arith.muli %v1175, %v4 : i64
        %v1177 = arith.subi %v4, %v2 : i64
        %v1178 = arith.minsi %v38, %v1177 : i64
        %v1179 = arith.addi %v1176, %v1178 : i64
        %v1180 = llvm.getelementptr %segsum_S[%v1179] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1172, %v1180 : f32, !llvm.ptr
        %v1181 = llvm.load %v64 : !llvm.ptr -> f32
        %v1182 = arith.addi %v31, %v32 : i64
        %v1183 = arith.addi %v8, %v27 : i64
        %v1184 = arith.muli %v1183, %v1 : i64
        %v1185 = arith.addi %v1184, %v1182 : i64
        %v1186 = arith.muli %v1185, %v4 : i64
        %v1187 = arith.subi %v4, %v2 : i64
        %v1188 = arith.minsi %v38, %v1187 : i64
        %v1189 = arith.addi %v1186, %v1188 : i64
        %v1190 = llvm.getelementptr %segsum_S[%v1189] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1181, %v1190 : f32, !llvm.ptr
        %v1191 = llvm.load %v55 : !llvm.ptr -> f32
        %v1192 = arith.addi %v31, %v32 : i64
        %v1193 = arith.muli %v507, %v8 : i64
        %v1194 = arith.addi %v1193, %v27 : i64
        %v1195 = arith.muli %v1194, %v1 : i64
        %v1196 = arith.addi %v1195, %v1192 : i64
        %v1197 = arith.muli %v1196, %v4 : i64
        %v1198 = arith.subi %v4, %v2 : i64
        %v1199 = arith.minsi %v38, %v1198 : i64
        %v1200 = arith.addi %v1197, %v1199 : i64
        %v1201 = llvm.getelementptr %segsum_S[%v1200] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1191, %v1201 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
