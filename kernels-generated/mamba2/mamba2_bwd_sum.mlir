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
      %v15 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v16 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v17 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v18 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v19 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v20 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v25 = arith.constant 64 : i64
      %v26 = arith.constant 63 : i64
      %v37 = arith.constant 4 : i64
      %v57 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v58 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v59 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v60 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v61 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v62 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v63 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v64 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v65 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v66 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v67 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v68 = llvm.mlir.addressof @rows_mamba2_bwd_sum_dt : !llvm.ptr<3>
      %v69 = llvm.addrspacecast %v68 : !llvm.ptr<3> to !llvm.ptr
      %v70 = arith.constant 0x00000000 : f32
      %v71 = arith.constant 0x3F800000 : f32
      %v72 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v73 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v74 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v75 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v76 = arith.constant 0 : i64
      %v78 = arith.constant 3 : i64
      %v126 = arith.muli %size_H, %size_L : i64
      %v133 = arith.constant 65 : i64
      %v167 = arith.constant 0x3FB8AA3B : f32
      %v172 = arith.constant 0x3F317218 : f32
      %v174 = arith.constant 0x3E124925 : f32
      %v176 = arith.constant 0xBE2AAAAB : f32
      %v179 = arith.constant 0x3E4CCCCD : f32
      %v182 = arith.constant 0xBE800000 : f32
      %v185 = arith.constant 0x3EAAAAAB : f32
      %v188 = arith.constant 0xBF000000 : f32
      %v194 = arith.constant 0x3D800000 : f32
      %v206 = arith.muli %size_P, %size_H : i64
      %v207 = arith.muli %v206, %size_L : i64
      %v227 = arith.constant 2147483647 : i64
      %v231 = arith.constant 3 : i32
      %v234 = arith.constant 32 : i32
      %v246 = arith.muli %v1, %size_L : i64
      %v313 = arith.constant 2 : i64
      %v315 = arith.constant 2 : i32
      %v396 = arith.constant 1 : i32
      %v476 = arith.constant 0 : i32
      %v991 = arith.constant 8 : i64
      %v1022 = arith.constant 12 : i64
      %v21 = gpu.block_id x
      %v22 = gpu.thread_id x
      %v23 = arith.index_cast %v22 : index to i64
      %v24 = arith.index_cast %v21 : index to i64
      %v27 = arith.addi %size_P, %v26 : i64
      %v28 = arith.divui %v27, %v25 : i64
      %v29 = arith.maxsi %v28, %v2 : i64
      %v30 = arith.maxsi %size_P, %v2 : i64
      %v31 = arith.divui %v4, %v30 : i64
      %v32 = arith.muli %v31, %v29 : i64
      %v33 = arith.divui %v24, %v32 : i64
      %v34 = arith.remui %v24, %v32 : i64
      %v35 = arith.divui %v34, %v29 : i64
      %v36 = arith.remui %v34, %v29 : i64
      %v38 = arith.remui %v23, %v37 : i64
      %v39 = arith.divui %v23, %v37 : i64
      %v40 = arith.muli %v36, %v25 : i64
      %v41 = arith.addi %v40, %v39 : i64
      %v42 = arith.cmpi slt, %v41, %size_P : i64
      %v43 = arith.muli %v35, %size_P : i64
      %v44 = arith.addi %v43, %v41 : i64
      %v45 = arith.subi %size_P, %v2 : i64
      %v46 = arith.minsi %v41, %v45 : i64
      %v47 = arith.addi %v43, %v46 : i64
      %v48 = arith.remui %v47, %size_P : i64
      %v49 = arith.divui %v47, %size_P : i64
      %v50 = arith.remui %v49, %size_H : i64
      %v51 = arith.divui %v49, %size_H : i64
      %v52 = arith.remui %v51, %size_B : i64
      %v53 = arith.divui %v51, %size_B : i64
      %v81 = arith.trunci %v23 : i64 to i32
      %v82 = arith.constant 28 : i32
      %v83 = arith.andi %v81, %v82 : i32
      %v84 = arith.constant 0 : i32
      %v85 = arith.ori %v83, %v84 : i32
      %v86 = arith.constant 0 : i64
      %v87 = arith.cmpi eq, %v38, %v86 : i64
      %v88 = arith.constant 1 : i32
      %v89 = arith.ori %v83, %v88 : i32
      %v90 = arith.constant 1 : i64
      %v91 = arith.cmpi eq, %v38, %v90 : i64
      %v92 = arith.constant 2 : i32
      %v93 = arith.ori %v83, %v92 : i32
      %v94 = arith.constant 2 : i64
      %v95 = arith.cmpi eq, %v38, %v94 : i64
      %v96 = arith.constant 3 : i32
      %v97 = arith.ori %v83, %v96 : i32
      %v98 = arith.constant 3 : i64
      %v99 = arith.cmpi eq, %v38, %v98 : i64
      %v161 = llvm.getelementptr %in_dt_bias[%v50] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v162 = llvm.load %v161 : !llvm.ptr -> f32
      %v199 = llvm.getelementptr %in_A_log[%v50] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v200 = llvm.load %v199 : !llvm.ptr -> f32
      %v201 = arith.mulf %v200, %v167 fastmath<contract> : f32
      %v202 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v201) : (f32) -> f32
      %v203 = arith.mulf %v202, %v167 fastmath<contract> : f32
      %v590 = arith.mulf %v202, %v167 fastmath<contract> : f32
      %v54 = arith.muli %v33, %v37 : i64
      %v55 = arith.addi %v54, %v37 : i64
      %v56 = arith.muli %v33, %v4 : i64
      llvm.store %v70, %v57 : f32, !llvm.ptr
      llvm.store %v70, %v58 : f32, !llvm.ptr
      llvm.store %v70, %v59 : f32, !llvm.ptr
      llvm.store %v70, %v60 : f32, !llvm.ptr
      llvm.store %v71, %v61 : f32, !llvm.ptr
      llvm.store %v71, %v62 : f32, !llvm.ptr
      llvm.store %v71, %v63 : f32, !llvm.ptr
      llvm.store %v71, %v64 : f32, !llvm.ptr
      llvm.store %v70, %v65 : f32, !llvm.ptr
      llvm.store %v70, %v66 : f32, !llvm.ptr
      llvm.store %v70, %v67 : f32, !llvm.ptr
      llvm.store %v71, %v72 : f32, !llvm.ptr
      llvm.store %v71, %v73 : f32, !llvm.ptr
      llvm.store %v71, %v74 : f32, !llvm.ptr
      llvm.store %v71, %v75 : f32, !llvm.ptr
      %v77 = arith.cmpi eq, %size_L, %v76 : i64
      scf.if %v77 {
        llvm.store %v70, %v17 : f32, !llvm.ptr
        llvm.store %v70, %v18 : f32, !llvm.ptr
        llvm.store %v70, %v19 : f32, !llvm.ptr
        llvm.store %v70, %v20 : f32, !llvm.ptr
      }
      %v79 = arith.addi %size_L, %v26 : i64
      %v80 = arith.divui %v79, %v25 : i64
      %v100 = arith.minsi %v55, %v80 : i64
      %v101 = arith.muli %v33, %v1 : i64
      %v102 = arith.subi %v100, %v54 : i64
      %v103 = arith.maxsi %v102, %v76 : i64
      %v104 = arith.index_cast %v76 : i64 to index
      %v105 = arith.index_cast %v103 : i64 to index
      %v106 = arith.index_cast %v2 : i64 to index
      scf.for %v107 = %v104 to %v105 step %v106 {
        %v108 = arith.index_cast %v107 : index to i64
        %v109 = arith.subi %v100, %v2 : i64
        %v110 = arith.subi %v109, %v108 : i64
        %v111 = arith.muli %v110, %v25 : i64
        %v112 = arith.subi %size_L, %v111 : i64
        %v113 = arith.minsi %v112, %v25 : i64
        %v114 = arith.addi %v113, %v78 : i64
        %v115 = arith.divui %v114, %v37 : i64
        // the block's shared input rows for this stretch
        gpu.barrier
        %v116 = arith.subi %size_L, %v2 : i64
        %v117 = arith.index_cast %v23 : i64 to index
        %v118 = arith.index_cast %v25 : i64 to index
        %v119 = arith.index_cast %v7 : i64 to index
        scf.for %v120 = %v117 to %v118 step %v119 {
          %v121 = arith.index_cast %v120 : index to i64
          %v122 = arith.remui %v121, %v25 : i64
          %v123 = arith.divui %v121, %v25 : i64
          %v124 = arith.addi %v111, %v122 : i64
          %v125 = arith.minsi %v124, %v116 : i64
          %v127 = arith.muli %v52, %v126 : i64
          %v128 = arith.muli %v125, %size_H : i64
          %v129 = arith.addi %v127, %v128 : i64
          %v130 = arith.addi %v129, %v50 : i64
          %v131 = llvm.getelementptr %in_dt[%v130] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v132 = llvm.load %v131 : !llvm.ptr -> f32
          %v134 = arith.muli %v123, %v133 : i64
          %v135 = arith.addi %v134, %v122 : i64
          %v136 = llvm.getelementptr %v69[%v135] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v132, %v136 : f32, !llvm.ptr
        }
        gpu.barrier
        %v137 = arith.index_cast %v76 : i64 to index
        %v138 = arith.index_cast %v2 : i64 to index
        %v139 = arith.index_cast %v2 : i64 to index
        scf.for %v140 = %v137 to %v138 step %v139 {
          %v141 = arith.index_cast %v140 : index to i64
          %v142 = arith.index_cast %v76 : i64 to index
          %v143 = arith.index_cast %v115 : i64 to index
          %v144 = arith.index_cast %v2 : i64 to index
          scf.for %v145 = %v142 to %v143 step %v144 {
            %v146 = arith.index_cast %v145 : index to i64
            %v147 = arith.cmpi slt, %v146, %v115 : i64
            scf.if %v147 {
              %v148 = arith.subi %v115, %v2 : i64
              %v149 = arith.subi %v148, %v146 : i64
              %v150 = arith.muli %v149, %v37 : i64
              %v151 = arith.addi %v101, %v149 : i64
              %v152 = arith.addi %v150, %v37 : i64
              %v153 = arith.cmpi sle, %v152, %v113 : i64
              scf.if %v153 {
                %v154 = arith.subi %v113, %v2 : i64
                %v155 = arith.addi %v150, %v38 : i64
                %v156 = arith.minsi %v155, %v154 : i64
                %v157 = arith.addi %v111, %v156 : i64
                %v158 = arith.subi %v157, %v111 : i64
                %v159 = llvm.getelementptr %v69[%v158] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v160 = llvm.load %v159 : !llvm.ptr -> f32
                %v163 = arith.addf %v160, %v162 fastmath<contract> : f32
                %v164 = arith.maximumf %v163, %v70 : f32
                %v165 = llvm.call_intrinsic "llvm.fabs.f32"(%v163) : (f32) -> f32
                %v166 = arith.negf %v165 : f32
                %v168 = arith.mulf %v166, %v167 fastmath<contract> : f32
                %v169 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v168) : (f32) -> f32
                %v170 = arith.addf %v71, %v169 fastmath<contract> : f32
                %v171 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v170) : (f32) -> f32
                %v173 = arith.mulf %v171, %v172 fastmath<contract> : f32
                %v175 = arith.mulf %v174, %v169 fastmath<contract> : f32
                %v177 = arith.addf %v175, %v176 fastmath<contract> : f32
                %v178 = arith.mulf %v177, %v169 fastmath<contract> : f32
                %v180 = arith.addf %v178, %v179 fastmath<contract> : f32
                %v181 = arith.mulf %v180, %v169 fastmath<contract> : f32
                %v183 = arith.addf %v181, %v182 fastmath<contract> : f32
                %v184 = arith.mulf %v183, %v169 fastmath<contract> : f32
                %v186 = arith.addf %v184, %v185 fastmath<contract> : f32
                %v187 = arith.mulf %v186, %v169 fastmath<contract> : f32
                %v189 = arith.addf %v187, %v188 fastmath<contract> : f32
                %v190 = arith.mulf %v189, %v169 fastmath<contract> : f32
                %v191 = arith.addf %v190, %v71 fastmath<contract> : f32
                %v192 = arith.mulf %v191, %v169 fastmath<contract> : f32
                %v193 = llvm.call_intrinsic "llvm.fabs.f32"(%v169) : (f32) -> f32
                %v195 = arith.cmpf olt, %v193, %v194 : f32
                %v196 = arith.select %v195, %v192, %v173 : f32
                %v197 = arith.addf %v164, %v196 fastmath<contract> : f32
                %v198 = arith.negf %v197 : f32
                %v204 = arith.mulf %v198, %v203 fastmath<contract> : f32
                %v205 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v204) : (f32) -> f32
                %v208 = arith.muli %v52, %v207 : i64
                %v209 = arith.muli %v157, %v206 : i64
                %v210 = arith.addi %v208, %v209 : i64
                %v211 = arith.muli %v50, %size_P : i64
                %v212 = arith.addi %v210, %v211 : i64
                %v213 = arith.addi %v212, %v48 : i64
                %v214 = llvm.getelementptr %in_x[%v213] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v215 = llvm.load %v214 : !llvm.ptr -> f32
                %v216 = arith.mulf %v197, %v215 fastmath<contract> : f32
                %v217 = arith.negf %v163 : f32
                %v218 = arith.mulf %v217, %v167 fastmath<contract> : f32
                %v219 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v218) : (f32) -> f32
                %v220 = arith.addf %v71, %v219 fastmath<contract> : f32
                %v221 = arith.divf %v71, %v220 : f32
                // the group's states, recomputed into registers
                %v222 = arith.subi %v113, %v150 : i64
                %v223 = arith.trunci %v222 : i64 to i32
                %v224 = arith.subi %size_L, %v2 : i64
                %v225 = arith.addi %v111, %v150 : i64
                %v226 = arith.subi %v224, %v225 : i64
                %v228 = arith.minsi %v226, %v227 : i64
                %v229 = arith.trunci %v228 : i64 to i32
                %v230 = arith.addi %v150, %v78 : i64
                %v232 = arith.cmpi slt, %v231, %v223 : i32
                %v233 = arith.cmpi eq, %v231, %v229 : i32
                %v235, %v236 = gpu.shuffle idx %v197, %v97, %v234 : f32
                %v237, %v238 = gpu.shuffle idx %v198, %v97, %v234 : f32
                %v239, %v240 = gpu.shuffle idx %v205, %v97, %v234 : f32
                %v241, %v242 = gpu.shuffle idx %v216, %v97, %v234 : f32
                %v243, %v244 = gpu.shuffle idx %v221, %v97, %v234 : f32
                %v245 = arith.addi %v111, %v230 : i64
                %v247 = arith.muli %v52, %v246 : i64
                %v248 = arith.muli %v245, %v1 : i64
                %v249 = arith.addi %v247, %v248 : i64
                %v250 = arith.addi %v249, %v38 : i64
                %v251 = llvm.getelementptr %in_Cm[%v250] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v252 = llvm.load %v251 : !llvm.ptr -> f32
                %v253 = arith.muli %v52, %v207 : i64
                %v254 = arith.muli %v245, %v206 : i64
                %v255 = arith.addi %v253, %v254 : i64
                %v256 = arith.muli %v50, %size_P : i64
                %v257 = arith.addi %v255, %v256 : i64
                %v258 = arith.addi %v257, %v48 : i64
                %v259 = llvm.getelementptr %dy_y[%v258] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v260 = llvm.load %v259 : !llvm.ptr -> f32
                %v261 = arith.mulf %v252, %v260 fastmath<contract> : f32
                %v262 = llvm.load %v57 : !llvm.ptr -> f32
                %v263 = llvm.load %v61 : !llvm.ptr -> f32
                %v264 = arith.mulf %v263, %v262 fastmath<contract> : f32
                %v265 = arith.addf %v261, %v264 fastmath<contract> : f32
                llvm.store %v265, %v57 : f32, !llvm.ptr
                %v266 = llvm.load %v72 : !llvm.ptr -> f32
                %v267 = arith.mulf %v266, %v263 fastmath<contract> : f32
                llvm.store %v267, %v72 : f32, !llvm.ptr
                %v268 = arith.muli %v52, %v246 : i64
                %v269 = arith.muli %v245, %v1 : i64
                %v270 = arith.addi %v268, %v269 : i64
                %v271 = arith.constant 4 : i64
                %v272 = arith.addi %v271, %v38 : i64
                %v273 = arith.addi %v270, %v272 : i64
                %v274 = llvm.getelementptr %in_Cm[%v273] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v275 = llvm.load %v274 : !llvm.ptr -> f32
                %v276 = arith.mulf %v275, %v260 fastmath<contract> : f32
                %v277 = llvm.load %v58 : !llvm.ptr -> f32
                %v278 = llvm.load %v62 : !llvm.ptr -> f32
                %v279 = arith.mulf %v278, %v277 fastmath<contract> : f32
                %v280 = arith.addf %v276, %v279 fastmath<contract> : f32
                llvm.store %v280, %v58 : f32, !llvm.ptr
                %v281 = llvm.load %v73 : !llvm.ptr -> f32
                %v282 = arith.mulf %v281, %v278 fastmath<contract> : f32
                llvm.store %v282, %v73 : f32, !llvm.ptr
                %v283 = arith.muli %v52, %v246 : i64
                %v284 = arith.muli %v245, %v1 : i64
                %v285 = arith.addi %v283, %v284 : i64
                %v286 = arith.constant 8 : i64
                %v287 = arith.addi %v286, %v38 : i64
                %v288 = arith.addi %v285, %v287 : i64
                %v289 = llvm.getelementptr %in_Cm[%v288] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v290 = llvm.load %v289 : !llvm.ptr -> f32
                %v291 = arith.mulf %v290, %v260 fastmath<contract> : f32
                %v292 = llvm.load %v59 : !llvm.ptr -> f32
                %v293 = llvm.load %v63 : !llvm.ptr -> f32
                %v294 = arith.mulf %v293, %v292 fastmath<contract> : f32
                %v295 = arith.addf %v291, %v294 fastmath<contract> : f32
                llvm.store %v295, %v59 : f32, !llvm.ptr
                %v296 = llvm.load %v74 : !llvm.ptr -> f32
                %v297 = arith.mulf %v296, %v293 fastmath<contract> : f32
                llvm.store %v297, %v74 : f32, !llvm.ptr
                %v298 = arith.muli %v52, %v246 : i64
                %v299 = arith.muli %v245, %v1 : i64
                %v300 = arith.addi %v298, %v299 : i64
                %v301 = arith.constant 12 : i64
                %v302 = arith.addi %v301, %v38 : i64
                %v303 = arith.addi %v300, %v302 : i64
                %v304 = llvm.getelementptr %in_Cm[%v303] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v305 = llvm.load %v304 : !llvm.ptr -> f32
                %v306 = arith.mulf %v305, %v260 fastmath<contract> : f32
                %v307 = llvm.load %v60 : !llvm.ptr -> f32
                %v308 = llvm.load %v64 : !llvm.ptr -> f32
                %v309 = arith.mulf %v308, %v307 fastmath<contract> : f32
                %v310 = arith.addf %v306, %v309 fastmath<contract> : f32
                llvm.store %v310, %v60 : f32, !llvm.ptr
                %v311 = llvm.load %v75 : !llvm.ptr -> f32
                %v312 = arith.mulf %v311, %v308 fastmath<contract> : f32
                llvm.store %v312, %v75 : f32, !llvm.ptr
                scf.if %v233 {
                }
                llvm.store %v239, %v61 : f32, !llvm.ptr
                llvm.store %v239, %v62 : f32, !llvm.ptr
                llvm.store %v239, %v63 : f32, !llvm.ptr
                llvm.store %v239, %v64 : f32, !llvm.ptr
                %v314 = arith.addi %v150, %v313 : i64
                %v316 = arith.cmpi slt, %v315, %v223 : i32
                %v317 = arith.cmpi eq, %v315, %v229 : i32
                %v318, %v319 = gpu.shuffle idx %v197, %v93, %v234 : f32
                %v320, %v321 = gpu.shuffle idx %v198, %v93, %v234 : f32
                %v322, %v323 = gpu.shuffle idx %v205, %v93, %v234 : f32
                %v324, %v325 = gpu.shuffle idx %v216, %v93, %v234 : f32
                %v326, %v327 = gpu.shuffle idx %v221, %v93, %v234 : f32
                %v328 = arith.addi %v111, %v314 : i64
                %v329 = arith.muli %v52, %v246 : i64
                %v330 = arith.muli %v328, %v1 : i64
                %v331 = arith.addi %v329, %v330 : i64
                %v332 = arith.addi %v331, %v38 : i64
                %v333 = llvm.getelementptr %in_Cm[%v332] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v334 = llvm.load %v333 : !llvm.ptr -> f32
                %v335 = arith.muli %v52, %v207 : i64
                %v336 = arith.muli %v328, %v206 : i64
                %v337 = arith.addi %v335, %v336 : i64
                %v338 = arith.muli %v50, %size_P : i64
                %v339 = arith.addi %v337, %v338 : i64
                %v340 = arith.addi %v339, %v48 : i64
                %v341 = llvm.getelementptr %dy_y[%v340] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v342 = llvm.load %v341 : !llvm.ptr -> f32
                %v343 = arith.mulf %v334, %v342 fastmath<contract> : f32
                %v344 = llvm.load %v57 : !llvm.ptr -> f32
                %v345 = llvm.load %v61 : !llvm.ptr -> f32
                %v346 = arith.mulf %v345, %v344 fastmath<contract> : f32
                %v347 = arith.addf %v343, %v346 fastmath<contract> : f32
                llvm.store %v347, %v57 : f32, !llvm.ptr
                %v348 = llvm.load %v72 : !llvm.ptr -> f32
                %v349 = arith.mulf %v348, %v345 fastmath<contract> : f32
                llvm.store %v349, %v72 : f32, !llvm.ptr
                %v350 = arith.muli %v52, %v246 : i64
                %v351 = arith.muli %v328, %v1 : i64
                %v352 = arith.addi %v350, %v351 : i64
                %v353 = arith.constant 4 : i64
                %v354 = arith.addi %v353, %v38 : i64
                %v355 = arith.addi %v352, %v354 : i64
                %v356 = llvm.getelementptr %in_Cm[%v355] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v357 = llvm.load %v356 : !llvm.ptr -> f32
                %v358 = arith.mulf %v357, %v342 fastmath<contract> : f32
                %v359 = llvm.load %v58 : !llvm.ptr -> f32
                %v360 = llvm.load %v62 : !llvm.ptr -> f32
                %v361 = arith.mulf %v360, %v359 fastmath<contract> : f32
                %v362 = arith.addf %v358, %v361 fastmath<contract> : f32
                llvm.store %v362, %v58 : f32, !llvm.ptr
                %v363 = llvm.load %v73 : !llvm.ptr -> f32
                %v364 = arith.mulf %v363, %v360 fastmath<contract> : f32
                llvm.store %v364, %v73 : f32, !llvm.ptr
                %v365 = arith.muli %v52, %v246 : i64
                %v366 = arith.muli %v328, %v1 : i64
                %v367 = arith.addi %v365, %v366 : i64
                %v368 = arith.constant 8 : i64
                %v369 = arith.addi %v368, %v38 : i64
                %v370 = arith.addi %v367, %v369 : i64
                %v371 = llvm.getelementptr %in_Cm[%v370] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v372 = llvm.load %v371 : !llvm.ptr -> f32
                %v373 = arith.mulf %v372, %v342 fastmath<contract> : f32
                %v374 = llvm.load %v59 : !llvm.ptr -> f32
                %v375 = llvm.load %v63 : !llvm.ptr -> f32
                %v376 = arith.mulf %v375, %v374 fastmath<contract> : f32
                %v377 = arith.addf %v373, %v376 fastmath<contract> : f32
                llvm.store %v377, %v59 : f32, !llvm.ptr
                %v378 = llvm.load %v74 : !llvm.ptr -> f32
                %v379 = arith.mulf %v378, %v375 fastmath<contract> : f32
                llvm.store %v379, %v74 : f32, !llvm.ptr
                %v380 = arith.muli %v52, %v246 : i64
                %v381 = arith.muli %v328, %v1 : i64
                %v382 = arith.addi %v380, %v381 : i64
                %v383 = arith.constant 12 : i64
                %v384 = arith.addi %v383, %v38 : i64
                %v385 = arith.addi %v382, %v384 : i64
                %v386 = llvm.getelementptr %in_Cm[%v385] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v387 = llvm.load %v386 : !llvm.ptr -> f32
                %v388 = arith.mulf %v387, %v342 fastmath<contract> : f32
                %v389 = llvm.load %v60 : !llvm.ptr -> f32
                %v390 = llvm.load %v64 : !llvm.ptr -> f32
                %v391 = arith.mulf %v390, %v389 fastmath<contract> : f32
                %v392 = arith.addf %v388, %v391 fastmath<contract> : f32
                llvm.store %v392, %v60 : f32, !llvm.ptr
                %v393 = llvm.load %v75 : !llvm.ptr -> f32
                %v394 = arith.mulf %v393, %v390 fastmath<contract> : f32
                llvm.store %v394, %v75 : f32, !llvm.ptr
                scf.if %v317 {
                }
                llvm.store %v322, %v61 : f32, !llvm.ptr
                llvm.store %v322, %v62 : f32, !llvm.ptr
                llvm.store %v322, %v63 : f32, !llvm.ptr
                llvm.store %v322, %v64 : f32, !llvm.ptr
                %v395 = arith.addi %v150, %v2 : i64
                %v397 = arith.cmpi slt, %v396, %v223 : i32
                %v398 = arith.cmpi eq, %v396, %v229 : i32
                %v399, %v400 = gpu.shuffle idx %v197, %v89, %v234 : f32
                %v401, %v402 = gpu.shuffle idx %v198, %v89, %v234 : f32
                %v403, %v404 = gpu.shuffle idx %v205, %v89, %v234 : f32
                %v405, %v406 = gpu.shuffle idx %v216, %v89, %v234 : f32
                %v407, %v408 = gpu.shuffle idx %v221, %v89, %v234 : f32
                %v409 = arith.addi %v111, %v395 : i64
                %v410 = arith.muli %v52, %v246 : i64
                %v411 = arith.muli %v409, %v1 : i64
                %v412 = arith.addi %v410, %v411 : i64
                %v413 = arith.addi %v412, %v38 : i64
                %v414 = llvm.getelementptr %in_Cm[%v413] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v415 = llvm.load %v414 : !llvm.ptr -> f32
                %v416 = arith.muli %v52, %v207 : i64
                %v417 = arith.muli %v409, %v206 : i64
                %v418 = arith.addi %v416, %v417 : i64
                %v419 = arith.muli %v50, %size_P : i64
                %v420 = arith.addi %v418, %v419 : i64
                %v421 = arith.addi %v420, %v48 : i64
                %v422 = llvm.getelementptr %dy_y[%v421] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v423 = llvm.load %v422 : !llvm.ptr -> f32
                %v424 = arith.mulf %v415, %v423 fastmath<contract> : f32
                %v425 = llvm.load %v57 : !llvm.ptr -> f32
                %v426 = llvm.load %v61 : !llvm.ptr -> f32
                %v427 = arith.mulf %v426, %v425 fastmath<contract> : f32
                %v428 = arith.addf %v424, %v427 fastmath<contract> : f32
                llvm.store %v428, %v57 : f32, !llvm.ptr
                %v429 = llvm.load %v72 : !llvm.ptr -> f32
                %v430 = arith.mulf %v429, %v426 fastmath<contract> : f32
                llvm.store %v430, %v72 : f32, !llvm.ptr
                %v431 = arith.muli %v52, %v246 : i64
                %v432 = arith.muli %v409, %v1 : i64
                %v433 = arith.addi %v431, %v432 : i64
                %v434 = arith.constant 4 : i64
                %v435 = arith.addi %v434, %v38 : i64
                %v436 = arith.addi %v433, %v435 : i64
                %v437 = llvm.getelementptr %in_Cm[%v436] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v438 = llvm.load %v437 : !llvm.ptr -> f32
                %v439 = arith.mulf %v438, %v423 fastmath<contract> : f32
                %v440 = llvm.load %v58 : !llvm.ptr -> f32
                %v441 = llvm.load %v62 : !llvm.ptr -> f32
                %v442 = arith.mulf %v441, %v440 fastmath<contract> : f32
                %v443 = arith.addf %v439, %v442 fastmath<contract> : f32
                llvm.store %v443, %v58 : f32, !llvm.ptr
                %v444 = llvm.load %v73 : !llvm.ptr -> f32
                %v445 = arith.mulf %v444, %v441 fastmath<contract> : f32
                llvm.store %v445, %v73 : f32, !llvm.ptr
                %v446 = arith.muli %v52, %v246 : i64
                %v447 = arith.muli %v409, %v1 : i64
                %v448 = arith.addi %v446, %v447 : i64
                %v449 = arith.constant 8 : i64
                %v450 = arith.addi %v449, %v38 : i64
                %v451 = arith.addi %v448, %v450 : i64
                %v452 = llvm.getelementptr %in_Cm[%v451] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v453 = llvm.load %v452 : !llvm.ptr -> f32
                %v454 = arith.mulf %v453, %v423 fastmath<contract> : f32
                %v455 = llvm.load %v59 : !llvm.ptr -> f32
                %v456 = llvm.load %v63 : !llvm.ptr -> f32
                %v457 = arith.mulf %v456, %v455 fastmath<contract> : f32
                %v458 = arith.addf %v454, %v457 fastmath<contract> : f32
                llvm.store %v458, %v59 : f32, !llvm.ptr
                %v459 = llvm.load %v74 : !llvm.ptr -> f32
                %v460 = arith.mulf %v459, %v456 fastmath<contract> : f32
                llvm.store %v460, %v74 : f32, !llvm.ptr
                %v461 = arith.muli %v52, %v246 : i64
                %v462 = arith.muli %v409, %v1 : i64
                %v463 = arith.addi %v461, %v462 : i64
                %v464 = arith.constant 12 : i64
                %v465 = arith.addi %v464, %v38 : i64
                %v466 = arith.addi %v463, %v465 : i64
                %v467 = llvm.getelementptr %in_Cm[%v466] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v468 = llvm.load %v467 : !llvm.ptr -> f32
                %v469 = arith.mulf %v468, %v423 fastmath<contract> : f32
                %v470 = llvm.load %v60 : !llvm.ptr -> f32
                %v471 = llvm.load %v64 : !llvm.ptr -> f32
                %v472 = arith.mulf %v471, %v470 fastmath<contract> : f32
                %v473 = arith.addf %v469, %v472 fastmath<contract> : f32
                llvm.store %v473, %v60 : f32, !llvm.ptr
                %v474 = llvm.load %v75 : !llvm.ptr -> f32
                %v475 = arith.mulf %v474, %v471 fastmath<contract> : f32
                llvm.store %v475, %v75 : f32, !llvm.ptr
                scf.if %v398 {
                }
                llvm.store %v403, %v61 : f32, !llvm.ptr
                llvm.store %v403, %v62 : f32, !llvm.ptr
                llvm.store %v403, %v63 : f32, !llvm.ptr
                llvm.store %v403, %v64 : f32, !llvm.ptr
                %v477 = arith.cmpi slt, %v476, %v223 : i32
                %v478 = arith.cmpi eq, %v476, %v229 : i32
                %v479, %v480 = gpu.shuffle idx %v197, %v85, %v234 : f32
                %v481, %v482 = gpu.shuffle idx %v198, %v85, %v234 : f32
                %v483, %v484 = gpu.shuffle idx %v205, %v85, %v234 : f32
                %v485, %v486 = gpu.shuffle idx %v216, %v85, %v234 : f32
                %v487, %v488 = gpu.shuffle idx %v221, %v85, %v234 : f32
                %v489 = arith.addi %v111, %v150 : i64
                %v490 = arith.muli %v52, %v246 : i64
                %v491 = arith.muli %v489, %v1 : i64
                %v492 = arith.addi %v490, %v491 : i64
                %v493 = arith.addi %v492, %v38 : i64
                %v494 = llvm.getelementptr %in_Cm[%v493] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v495 = llvm.load %v494 : !llvm.ptr -> f32
                %v496 = arith.muli %v52, %v207 : i64
                %v497 = arith.muli %v489, %v206 : i64
                %v498 = arith.addi %v496, %v497 : i64
                %v499 = arith.muli %v50, %size_P : i64
                %v500 = arith.addi %v498, %v499 : i64
                %v501 = arith.addi %v500, %v48 : i64
                %v502 = llvm.getelementptr %dy_y[%v501] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v503 = llvm.load %v502 : !llvm.ptr -> f32
                %v504 = arith.mulf %v495, %v503 fastmath<contract> : f32
                %v505 = llvm.load %v57 : !llvm.ptr -> f32
                %v506 = llvm.load %v61 : !llvm.ptr -> f32
                %v507 = arith.mulf %v506, %v505 fastmath<contract> : f32
                %v508 = arith.addf %v504, %v507 fastmath<contract> : f32
                llvm.store %v508, %v57 : f32, !llvm.ptr
                %v509 = llvm.load %v72 : !llvm.ptr -> f32
                %v510 = arith.mulf %v509, %v506 fastmath<contract> : f32
                llvm.store %v510, %v72 : f32, !llvm.ptr
                %v511 = arith.muli %v52, %v246 : i64
                %v512 = arith.muli %v489, %v1 : i64
                %v513 = arith.addi %v511, %v512 : i64
                %v514 = arith.constant 4 : i64
                %v515 = arith.addi %v514, %v38 : i64
                %v516 = arith.addi %v513, %v515 : i64
                %v517 = llvm.getelementptr %in_Cm[%v516] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v518 = llvm.load %v517 : !llvm.ptr -> f32
                %v519 = arith.mulf %v518, %v503 fastmath<contract> : f32
                %v520 = llvm.load %v58 : !llvm.ptr -> f32
                %v521 = llvm.load %v62 : !llvm.ptr -> f32
                %v522 = arith.mulf %v521, %v520 fastmath<contract> : f32
                %v523 = arith.addf %v519, %v522 fastmath<contract> : f32
                llvm.store %v523, %v58 : f32, !llvm.ptr
                %v524 = llvm.load %v73 : !llvm.ptr -> f32
                %v525 = arith.mulf %v524, %v521 fastmath<contract> : f32
                llvm.store %v525, %v73 : f32, !llvm.ptr
                %v526 = arith.muli %v52, %v246 : i64
                %v527 = arith.muli %v489, %v1 : i64
                %v528 = arith.addi %v526, %v527 : i64
                %v529 = arith.constant 8 : i64
                %v530 = arith.addi %v529, %v38 : i64
                %v531 = arith.addi %v528, %v530 : i64
                %v532 = llvm.getelementptr %in_Cm[%v531] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v533 = llvm.load %v532 : !llvm.ptr -> f32
                %v534 = arith.mulf %v533, %v503 fastmath<contract> : f32
                %v535 = llvm.load %v59 : !llvm.ptr -> f32
                %v536 = llvm.load %v63 : !llvm.ptr -> f32
                %v537 = arith.mulf %v536, %v535 fastmath<contract> : f32
                %v538 = arith.addf %v534, %v537 fastmath<contract> : f32
                llvm.store %v538, %v59 : f32, !llvm.ptr
                %v539 = llvm.load %v74 : !llvm.ptr -> f32
                %v540 = arith.mulf %v539, %v536 fastmath<contract> : f32
                llvm.store %v540, %v74 : f32, !llvm.ptr
                %v541 = arith.muli %v52, %v246 : i64
                %v542 = arith.muli %v489, %v1 : i64
                %v543 = arith.addi %v541, %v542 : i64
                %v544 = arith.constant 12 : i64
                %v545 = arith.addi %v544, %v38 : i64
                %v546 = arith.addi %v543, %v545 : i64
                %v547 = llvm.getelementptr %in_Cm[%v546] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v548 = llvm.load %v547 : !llvm.ptr -> f32
                %v549 = arith.mulf %v548, %v503 fastmath<contract> : f32
                %v550 = llvm.load %v60 : !llvm.ptr -> f32
                %v551 = llvm.load %v64 : !llvm.ptr -> f32
                %v552 = arith.mulf %v551, %v550 fastmath<contract> : f32
                %v553 = arith.addf %v549, %v552 fastmath<contract> : f32
                llvm.store %v553, %v60 : f32, !llvm.ptr
                %v554 = llvm.load %v75 : !llvm.ptr -> f32
                %v555 = arith.mulf %v554, %v551 fastmath<contract> : f32
                llvm.store %v555, %v75 : f32, !llvm.ptr
                scf.if %v478 {
                }
                llvm.store %v483, %v61 : f32, !llvm.ptr
                llvm.store %v483, %v62 : f32, !llvm.ptr
                llvm.store %v483, %v63 : f32, !llvm.ptr
                llvm.store %v483, %v64 : f32, !llvm.ptr
              } else {
                %v556 = arith.subi %v113, %v2 : i64
                %v557 = arith.addi %v150, %v38 : i64
                %v558 = arith.minsi %v557, %v556 : i64
                %v559 = arith.addi %v111, %v558 : i64
                %v560 = arith.subi %v559, %v111 : i64
                %v561 = llvm.getelementptr %v69[%v560] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v562 = llvm.load %v561 : !llvm.ptr -> f32
                %v563 = arith.addf %v562, %v162 fastmath<contract> : f32
                %v564 = arith.maximumf %v563, %v70 : f32
                %v565 = llvm.call_intrinsic "llvm.fabs.f32"(%v563) : (f32) -> f32
                %v566 = arith.negf %v565 : f32
                %v567 = arith.mulf %v566, %v167 fastmath<contract> : f32
                %v568 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v567) : (f32) -> f32
                %v569 = arith.addf %v71, %v568 fastmath<contract> : f32
                %v570 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v569) : (f32) -> f32
                %v571 = arith.mulf %v570, %v172 fastmath<contract> : f32
                %v572 = arith.mulf %v174, %v568 fastmath<contract> : f32
                %v573 = arith.addf %v572, %v176 fastmath<contract> : f32
                %v574 = arith.mulf %v573, %v568 fastmath<contract> : f32
                %v575 = arith.addf %v574, %v179 fastmath<contract> : f32
                %v576 = arith.mulf %v575, %v568 fastmath<contract> : f32
                %v577 = arith.addf %v576, %v182 fastmath<contract> : f32
                %v578 = arith.mulf %v577, %v568 fastmath<contract> : f32
                %v579 = arith.addf %v578, %v185 fastmath<contract> : f32
                %v580 = arith.mulf %v579, %v568 fastmath<contract> : f32
                %v581 = arith.addf %v580, %v188 fastmath<contract> : f32
                %v582 = arith.mulf %v581, %v568 fastmath<contract> : f32
                %v583 = arith.addf %v582, %v71 fastmath<contract> : f32
                %v584 = arith.mulf %v583, %v568 fastmath<contract> : f32
                %v585 = llvm.call_intrinsic "llvm.fabs.f32"(%v568) : (f32) -> f32
                %v586 = arith.cmpf olt, %v585, %v194 : f32
                %v587 = arith.select %v586, %v584, %v571 : f32
                %v588 = arith.addf %v564, %v587 fastmath<contract> : f32
                %v589 = arith.negf %v588 : f32
                %v591 = arith.mulf %v589, %v590 fastmath<contract> : f32
                %v592 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v591) : (f32) -> f32
                %v593 = arith.muli %v52, %v207 : i64
                %v594 = arith.muli %v559, %v206 : i64
                %v595 = arith.addi %v593, %v594 : i64
                %v596 = arith.muli %v50, %size_P : i64
                %v597 = arith.addi %v595, %v596 : i64
                %v598 = arith.addi %v597, %v48 : i64
                %v599 = llvm.getelementptr %in_x[%v598] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v600 = llvm.load %v599 : !llvm.ptr -> f32
                %v601 = arith.mulf %v588, %v600 fastmath<contract> : f32
                %v602 = arith.negf %v563 : f32
                %v603 = arith.mulf %v602, %v167 fastmath<contract> : f32
                %v604 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v603) : (f32) -> f32
                %v605 = arith.addf %v71, %v604 fastmath<contract> : f32
                %v606 = arith.divf %v71, %v605 : f32
                // the group's states, recomputed into registers
                %v607 = arith.subi %v113, %v150 : i64
                %v608 = arith.trunci %v607 : i64 to i32
                %v609 = arith.subi %size_L, %v2 : i64
                %v610 = arith.addi %v111, %v150 : i64
                %v611 = arith.subi %v609, %v610 : i64
                %v612 = arith.minsi %v611, %v227 : i64
                %v613 = arith.trunci %v612 : i64 to i32
                %v614 = arith.addi %v150, %v78 : i64
                %v615 = arith.cmpi slt, %v231, %v608 : i32
                %v616 = arith.cmpi eq, %v231, %v613 : i32
                %v617, %v618 = gpu.shuffle idx %v588, %v97, %v234 : f32
                %v619, %v620 = gpu.shuffle idx %v589, %v97, %v234 : f32
                %v621, %v622 = gpu.shuffle idx %v592, %v97, %v234 : f32
                %v623, %v624 = gpu.shuffle idx %v601, %v97, %v234 : f32
                %v625, %v626 = gpu.shuffle idx %v606, %v97, %v234 : f32
                scf.if %v615 {
                  %v627 = arith.addi %v111, %v614 : i64
                  %v628 = arith.muli %v52, %v246 : i64
                  %v629 = arith.muli %v627, %v1 : i64
                  %v630 = arith.addi %v628, %v629 : i64
                  %v631 = arith.addi %v630, %v38 : i64
                  %v632 = llvm.getelementptr %in_Cm[%v631] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v633 = llvm.load %v632 : !llvm.ptr -> f32
                  %v634 = arith.muli %v52, %v207 : i64
                  %v635 = arith.muli %v627, %v206 : i64
                  %v636 = arith.addi %v634, %v635 : i64
                  %v637 = arith.muli %v50, %size_P : i64
                  %v638 = arith.addi %v636, %v637 : i64
                  %v639 = arith.addi %v638, %v48 : i64
                  %v640 = llvm.getelementptr %dy_y[%v639] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v641 = llvm.load %v640 : !llvm.ptr -> f32
                  %v642 = arith.mulf %v633, %v641 fastmath<contract> : f32
                  %v643 = llvm.load %v57 : !llvm.ptr -> f32
                  %v644 = llvm.load %v61 : !llvm.ptr -> f32
                  %v645 = arith.mulf %v644, %v643 fastmath<contract> : f32
                  %v646 = arith.addf %v642, %v645 fastmath<contract> : f32
                  llvm.store %v646, %v57 : f32, !llvm.ptr
                  %v647 = llvm.load %v72 : !llvm.ptr -> f32
                  %v648 = arith.mulf %v647, %v644 fastmath<contract> : f32
                  llvm.store %v648, %v72 : f32, !llvm.ptr
                  %v649 = arith.muli %v52, %v246 : i64
                  %v650 = arith.muli %v627, %v1 : i64
                  %v651 = arith.addi %v649, %v650 : i64
                  %v652 = arith.constant 4 : i64
                  %v653 = arith.addi %v652, %v38 : i64
                  %v654 = arith.addi %v651, %v653 : i64
                  %v655 = llvm.getelementptr %in_Cm[%v654] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v656 = llvm.load %v655 : !llvm.ptr -> f32
                  %v657 = arith.mulf %v656, %v641 fastmath<contract> : f32
                  %v658 = llvm.load %v58 : !llvm.ptr -> f32
                  %v659 = llvm.load %v62 : !llvm.ptr -> f32
                  %v660 = arith.mulf %v659, %v658 fastmath<contract> : f32
                  %v661 = arith.addf %v657, %v660 fastmath<contract> : f32
                  llvm.store %v661, %v58 : f32, !llvm.ptr
                  %v662 = llvm.load %v73 : !llvm.ptr -> f32
                  %v663 = arith.mulf %v662, %v659 fastmath<contract> : f32
                  llvm.store %v663, %v73 : f32, !llvm.ptr
                  %v664 = arith.muli %v52, %v246 : i64
                  %v665 = arith.muli %v627, %v1 : i64
                  %v666 = arith.addi %v664, %v665 : i64
                  %v667 = arith.constant 8 : i64
                  %v668 = arith.addi %v667, %v38 : i64
                  %v669 = arith.addi %v666, %v668 : i64
                  %v670 = llvm.getelementptr %in_Cm[%v669] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v671 = llvm.load %v670 : !llvm.ptr -> f32
                  %v672 = arith.mulf %v671, %v641 fastmath<contract> : f32
                  %v673 = llvm.load %v59 : !llvm.ptr -> f32
                  %v674 = llvm.load %v63 : !llvm.ptr -> f32
                  %v675 = arith.mulf %v674, %v673 fastmath<contract> : f32
                  %v676 = arith.addf %v672, %v675 fastmath<contract> : f32
                  llvm.store %v676, %v59 : f32, !llvm.ptr
                  %v677 = llvm.load %v74 : !llvm.ptr -> f32
                  %v678 = arith.mulf %v677, %v674 fastmath<contract> : f32
                  llvm.store %v678, %v74 : f32, !llvm.ptr
                  %v679 = arith.muli %v52, %v246 : i64
                  %v680 = arith.muli %v627, %v1 : i64
                  %v681 = arith.addi %v679, %v680 : i64
                  %v682 = arith.constant 12 : i64
                  %v683 = arith.addi %v682, %v38 : i64
                  %v684 = arith.addi %v681, %v683 : i64
                  %v685 = llvm.getelementptr %in_Cm[%v684] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v686 = llvm.load %v685 : !llvm.ptr -> f32
                  %v687 = arith.mulf %v686, %v641 fastmath<contract> : f32
                  %v688 = llvm.load %v60 : !llvm.ptr -> f32
                  %v689 = llvm.load %v64 : !llvm.ptr -> f32
                  %v690 = arith.mulf %v689, %v688 fastmath<contract> : f32
                  %v691 = arith.addf %v687, %v690 fastmath<contract> : f32
                  llvm.store %v691, %v60 : f32, !llvm.ptr
                  %v692 = llvm.load %v75 : !llvm.ptr -> f32
                  %v693 = arith.mulf %v692, %v689 fastmath<contract> : f32
                  llvm.store %v693, %v75 : f32, !llvm.ptr
                  scf.if %v616 {
                  }
                  llvm.store %v621, %v61 : f32, !llvm.ptr
                  llvm.store %v621, %v62 : f32, !llvm.ptr
                  llvm.store %v621, %v63 : f32, !llvm.ptr
                  llvm.store %v621, %v64 : f32, !llvm.ptr
                }
                %v694 = arith.addi %v150, %v313 : i64
                %v695 = arith.cmpi slt, %v315, %v608 : i32
                %v696 = arith.cmpi eq, %v315, %v613 : i32
                %v697, %v698 = gpu.shuffle idx %v588, %v93, %v234 : f32
                %v699, %v700 = gpu.shuffle idx %v589, %v93, %v234 : f32
                %v701, %v702 = gpu.shuffle idx %v592, %v93, %v234 : f32
                %v703, %v704 = gpu.shuffle idx %v601, %v93, %v234 : f32
                %v705, %v706 = gpu.shuffle idx %v606, %v93, %v234 : f32
                scf.if %v695 {
                  %v707 = arith.addi %v111, %v694 : i64
                  %v708 = arith.muli %v52, %v246 : i64
                  %v709 = arith.muli %v707, %v1 : i64
                  %v710 = arith.addi %v708, %v709 : i64
                  %v711 = arith.addi %v710, %v38 : i64
                  %v712 = llvm.getelementptr %in_Cm[%v711] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v713 = llvm.load %v712 : !llvm.ptr -> f32
                  %v714 = arith.muli %v52, %v207 : i64
                  %v715 = arith.muli %v707, %v206 : i64
                  %v716 = arith.addi %v714, %v715 : i64
                  %v717 = arith.muli %v50, %size_P : i64
                  %v718 = arith.addi %v716, %v717 : i64
                  %v719 = arith.addi %v718, %v48 : i64
                  %v720 = llvm.getelementptr %dy_y[%v719] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v721 = llvm.load %v720 : !llvm.ptr -> f32
                  %v722 = arith.mulf %v713, %v721 fastmath<contract> : f32
                  %v723 = llvm.load %v57 : !llvm.ptr -> f32
                  %v724 = llvm.load %v61 : !llvm.ptr -> f32
                  %v725 = arith.mulf %v724, %v723 fastmath<contract> : f32
                  %v726 = arith.addf %v722, %v725 fastmath<contract> : f32
                  llvm.store %v726, %v57 : f32, !llvm.ptr
                  %v727 = llvm.load %v72 : !llvm.ptr -> f32
                  %v728 = arith.mulf %v727, %v724 fastmath<contract> : f32
                  llvm.store %v728, %v72 : f32, !llvm.ptr
                  %v729 = arith.muli %v52, %v246 : i64
                  %v730 = arith.muli %v707, %v1 : i64
                  %v731 = arith.addi %v729, %v730 : i64
                  %v732 = arith.constant 4 : i64
                  %v733 = arith.addi %v732, %v38 : i64
                  %v734 = arith.addi %v731, %v733 : i64
                  %v735 = llvm.getelementptr %in_Cm[%v734] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v736 = llvm.load %v735 : !llvm.ptr -> f32
                  %v737 = arith.mulf %v736, %v721 fastmath<contract> : f32
                  %v738 = llvm.load %v58 : !llvm.ptr -> f32
                  %v739 = llvm.load %v62 : !llvm.ptr -> f32
                  %v740 = arith.mulf %v739, %v738 fastmath<contract> : f32
                  %v741 = arith.addf %v737, %v740 fastmath<contract> : f32
                  llvm.store %v741, %v58 : f32, !llvm.ptr
                  %v742 = llvm.load %v73 : !llvm.ptr -> f32
                  %v743 = arith.mulf %v742, %v739 fastmath<contract> : f32
                  llvm.store %v743, %v73 : f32, !llvm.ptr
                  %v744 = arith.muli %v52, %v246 : i64
                  %v745 = arith.muli %v707, %v1 : i64
                  %v746 = arith.addi %v744, %v745 : i64
                  %v747 = arith.constant 8 : i64
                  %v748 = arith.addi %v747, %v38 : i64
                  %v749 = arith.addi %v746, %v748 : i64
                  %v750 = llvm.getelementptr %in_Cm[%v749] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v751 = llvm.load %v750 : !llvm.ptr -> f32
                  %v752 = arith.mulf %v751, %v721 fastmath<contract> : f32
                  %v753 = llvm.load %v59 : !llvm.ptr -> f32
                  %v754 = llvm.load %v63 : !llvm.ptr -> f32
                  %v755 = arith.mulf %v754, %v753 fastmath<contract> : f32
                  %v756 = arith.addf %v752, %v755 fastmath<contract> : f32
                  llvm.store %v756, %v59 : f32, !llvm.ptr
                  %v757 = llvm.load %v74 : !llvm.ptr -> f32
                  %v758 = arith.mulf %v757, %v754 fastmath<contract> : f32
                  llvm.store %v758, %v74 : f32, !llvm.ptr
                  %v759 = arith.muli %v52, %v246 : i64
                  %v760 = arith.muli %v707, %v1 : i64
                  %v761 = arith.addi %v759, %v760 : i64
                  %v762 = arith.constant 12 : i64
                  %v763 = arith.addi %v762, %v38 : i64
                  %v764 = arith.addi %v761, %v763 : i64
                  %v765 = llvm.getelementptr %in_Cm[%v764] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v766 = llvm.load %v765 : !llvm.ptr -> f32
                  %v767 = arith.mulf %v766, %v721 fastmath<contract> : f32
                  %v768 = llvm.load %v60 : !llvm.ptr -> f32
                  %v769 = llvm.load %v64 : !llvm.ptr -> f32
                  %v770 = arith.mulf %v769, %v768 fastmath<contract> : f32
                  %v771 = arith.addf %v767, %v770 fastmath<contract> : f32
                  llvm.store %v771, %v60 : f32, !llvm.ptr
                  %v772 = llvm.load %v75 : !llvm.ptr -> f32
                  %v773 = arith.mulf %v772, %v769 fastmath<contract> : f32
                  llvm.store %v773, %v75 : f32, !llvm.ptr
                  scf.if %v696 {
                  }
                  llvm.store %v701, %v61 : f32, !llvm.ptr
                  llvm.store %v701, %v62 : f32, !llvm.ptr
                  llvm.store %v701, %v63 : f32, !llvm.ptr
                  llvm.store %v701, %v64 : f32, !llvm.ptr
                }
                %v774 = arith.addi %v150, %v2 : i64
                %v775 = arith.cmpi slt, %v396, %v608 : i32
                %v776 = arith.cmpi eq, %v396, %v613 : i32
                %v777, %v778 = gpu.shuffle idx %v588, %v89, %v234 : f32
                %v779, %v780 = gpu.shuffle idx %v589, %v89, %v234 : f32
                %v781, %v782 = gpu.shuffle idx %v592, %v89, %v234 : f32
                %v783, %v784 = gpu.shuffle idx %v601, %v89, %v234 : f32
                %v785, %v786 = gpu.shuffle idx %v606, %v89, %v234 : f32
                scf.if %v775 {
                  %v787 = arith.addi %v111, %v774 : i64
                  %v788 = arith.muli %v52, %v246 : i64
                  %v789 = arith.muli %v787, %v1 : i64
                  %v790 = arith.addi %v788, %v789 : i64
                  %v791 = arith.addi %v790, %v38 : i64
                  %v792 = llvm.getelementptr %in_Cm[%v791] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v793 = llvm.load %v792 : !llvm.ptr -> f32
                  %v794 = arith.muli %v52, %v207 : i64
                  %v795 = arith.muli %v787, %v206 : i64
                  %v796 = arith.addi %v794, %v795 : i64
                  %v797 = arith.muli %v50, %size_P : i64
                  %v798 = arith.addi %v796, %v797 : i64
                  %v799 = arith.addi %v798, %v48 : i64
                  %v800 = llvm.getelementptr %dy_y[%v799] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v801 = llvm.load %v800 : !llvm.ptr -> f32
                  %v802 = arith.mulf %v793, %v801 fastmath<contract> : f32
                  %v803 = llvm.load %v57 : !llvm.ptr -> f32
                  %v804 = llvm.load %v61 : !llvm.ptr -> f32
                  %v805 = arith.mulf %v804, %v803 fastmath<contract> : f32
                  %v806 = arith.addf %v802, %v805 fastmath<contract> : f32
                  llvm.store %v806, %v57 : f32, !llvm.ptr
                  %v807 = llvm.load %v72 : !llvm.ptr -> f32
                  %v808 = arith.mulf %v807, %v804 fastmath<contract> : f32
                  llvm.store %v808, %v72 : f32, !llvm.ptr
                  %v809 = arith.muli %v52, %v246 : i64
                  %v810 = arith.muli %v787, %v1 : i64
                  %v811 = arith.addi %v809, %v810 : i64
                  %v812 = arith.constant 4 : i64
                  %v813 = arith.addi %v812, %v38 : i64
                  %v814 = arith.addi %v811, %v813 : i64
                  %v815 = llvm.getelementptr %in_Cm[%v814] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v816 = llvm.load %v815 : !llvm.ptr -> f32
                  %v817 = arith.mulf %v816, %v801 fastmath<contract> : f32
                  %v818 = llvm.load %v58 : !llvm.ptr -> f32
                  %v819 = llvm.load %v62 : !llvm.ptr -> f32
                  %v820 = arith.mulf %v819, %v818 fastmath<contract> : f32
                  %v821 = arith.addf %v817, %v820 fastmath<contract> : f32
                  llvm.store %v821, %v58 : f32, !llvm.ptr
                  %v822 = llvm.load %v73 : !llvm.ptr -> f32
                  %v823 = arith.mulf %v822, %v819 fastmath<contract> : f32
                  llvm.store %v823, %v73 : f32, !llvm.ptr
                  %v824 = arith.muli %v52, %v246 : i64
                  %v825 = arith.muli %v787, %v1 : i64
                  %v826 = arith.addi %v824, %v825 : i64
                  %v827 = arith.constant 8 : i64
                  %v828 = arith.addi %v827, %v38 : i64
                  %v829 = arith.addi %v826, %v828 : i64
                  %v830 = llvm.getelementptr %in_Cm[%v829] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v831 = llvm.load %v830 : !llvm.ptr -> f32
                  %v832 = arith.mulf %v831, %v801 fastmath<contract> : f32
                  %v833 = llvm.load %v59 : !llvm.ptr -> f32
                  %v834 = llvm.load %v63 : !llvm.ptr -> f32
                  %v835 = arith.mulf %v834, %v833 fastmath<contract> : f32
                  %v836 = arith.addf %v832, %v835 fastmath<contract> : f32
                  llvm.store %v836, %v59 : f32, !llvm.ptr
                  %v837 = llvm.load %v74 : !llvm.ptr -> f32
                  %v838 = arith.mulf %v837, %v834 fastmath<contract> : f32
                  llvm.store %v838, %v74 : f32, !llvm.ptr
                  %v839 = arith.muli %v52, %v246 : i64
                  %v840 = arith.muli %v787, %v1 : i64
                  %v841 = arith.addi %v839, %v840 : i64
                  %v842 = arith.constant 12 : i64
                  %v843 = arith.addi %v842, %v38 : i64
                  %v844 = arith.addi %v841, %v843 : i64
                  %v845 = llvm.getelementptr %in_Cm[%v844] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v846 = llvm.load %v845 : !llvm.ptr -> f32
                  %v847 = arith.mulf %v846, %v801 fastmath<contract> : f32
                  %v848 = llvm.load %v60 : !llvm.ptr -> f32
                  %v849 = llvm.load %v64 : !llvm.ptr -> f32
                  %v850 = arith.mulf %v849, %v848 fastmath<contract> : f32
                  %v851 = arith.addf %v847, %v850 fastmath<contract> : f32
                  llvm.store %v851, %v60 : f32, !llvm.ptr
                  %v852 = llvm.load %v75 : !llvm.ptr -> f32
                  %v853 = arith.mulf %v852, %v849 fastmath<contract> : f32
                  llvm.store %v853, %v75 : f32, !llvm.ptr
                  scf.if %v776 {
                  }
                  llvm.store %v781, %v61 : f32, !llvm.ptr
                  llvm.store %v781, %v62 : f32, !llvm.ptr
                  llvm.store %v781, %v63 : f32, !llvm.ptr
                  llvm.store %v781, %v64 : f32, !llvm.ptr
                }
                %v854 = arith.cmpi slt, %v476, %v608 : i32
                %v855 = arith.cmpi eq, %v476, %v613 : i32
                %v856, %v857 = gpu.shuffle idx %v588, %v85, %v234 : f32
                %v858, %v859 = gpu.shuffle idx %v589, %v85, %v234 : f32
                %v860, %v861 = gpu.shuffle idx %v592, %v85, %v234 : f32
                %v862, %v863 = gpu.shuffle idx %v601, %v85, %v234 : f32
                %v864, %v865 = gpu.shuffle idx %v606, %v85, %v234 : f32
                scf.if %v854 {
                  %v866 = arith.addi %v111, %v150 : i64
                  %v867 = arith.muli %v52, %v246 : i64
                  %v868 = arith.muli %v866, %v1 : i64
                  %v869 = arith.addi %v867, %v868 : i64
                  %v870 = arith.addi %v869, %v38 : i64
                  %v871 = llvm.getelementptr %in_Cm[%v870] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v872 = llvm.load %v871 : !llvm.ptr -> f32
                  %v873 = arith.muli %v52, %v207 : i64
                  %v874 = arith.muli %v866, %v206 : i64
                  %v875 = arith.addi %v873, %v874 : i64
                  %v876 = arith.muli %v50, %size_P : i64
                  %v877 = arith.addi %v875, %v876 : i64
                  %v878 = arith.addi %v877, %v48 : i64
                  %v879 = llvm.getelementptr %dy_y[%v878] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v880 = llvm.load %v879 : !llvm.ptr -> f32
                  %v881 = arith.mulf %v872, %v880 fastmath<contract> : f32
                  %v882 = llvm.load %v57 : !llvm.ptr -> f32
                  %v883 = llvm.load %v61 : !llvm.ptr -> f32
                  %v884 = arith.mulf %v883, %v882 fastmath<contract> : f32
                  %v885 = arith.addf %v881, %v884 fastmath<contract> : f32
                  llvm.store %v885, %v57 : f32, !llvm.ptr
                  %v886 = llvm.load %v72 : !llvm.ptr -> f32
                  %v887 = arith.mulf %v886, %v883 fastmath<contract> : f32
                  llvm.store %v887, %v72 : f32, !llvm.ptr
                  %v888 = arith.muli %v52, %v246 : i64
                  %v889 = arith.muli %v866, %v1 : i64
                  %v890 = arith.addi %v888, %v889 : i64
                  %v891 = arith.constant 4 : i64
                  %v892 = arith.addi %v891, %v38 : i64
                  %v893 = arith.addi %v890, %v892 : i64
                  %v894 = llvm.getelementptr %in_Cm[%v893] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v895 = llvm.load %v894 : !llvm.ptr -> f32
                  %v896 = arith.mulf %v895, %v880 fastmath<contract> : f32
                  %v897 = llvm.load %v58 : !llvm.ptr -> f32
                  %v898 = llvm.load %v62 : !llvm.ptr -> f32
                  %v899 = arith.mulf %v898, %v897 fastmath<contract> : f32
                  %v900 = arith.addf %v896, %v899 fastmath<contract> : f32
                  llvm.store %v900, %v58 : f32, !llvm.ptr
                  %v901 = llvm.load %v73 : !llvm.ptr -> f32
                  %v902 = arith.mulf %v901, %v898 fastmath<contract> : f32
                  llvm.store %v902, %v73 : f32, !llvm.ptr
                  %v903 = arith.muli %v52, %v246 : i64
                  %v904 = arith.muli %v866, %v1 : i64
                  %v905 = arith.addi %v903, %v904 : i64
                  %v906 = arith.constant 8 : i64
                  %v907 = arith.addi %v906, %v38 : i64
                  %v908 = arith.addi %v905, %v907 : i64
                  %v909 = llvm.getelementptr %in_Cm[%v908] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v910 = llvm.load %v909 : !llvm.ptr -> f32
                  %v911 = arith.mulf %v910, %v880 fastmath<contract> : f32
                  %v912 = llvm.load %v59 : !llvm.ptr -> f32
                  %v913 = llvm.load %v63 : !llvm.ptr -> f32
                  %v914 = arith.mulf %v913, %v912 fastmath<contract> : f32
                  %v915 = arith.addf %v911, %v914 fastmath<contract> : f32
                  llvm.store %v915, %v59 : f32, !llvm.ptr
                  %v916 = llvm.load %v74 : !llvm.ptr -> f32
                  %v917 = arith.mulf %v916, %v913 fastmath<contract> : f32
                  llvm.store %v917, %v74 : f32, !llvm.ptr
                  %v918 = arith.muli %v52, %v246 : i64
                  %v919 = arith.muli %v866, %v1 : i64
                  %v920 = arith.addi %v918, %v919 : i64
                  %v921 = arith.constant 12 : i64
                  %v922 = arith.addi %v921, %v38 : i64
                  %v923 = arith.addi %v920, %v922 : i64
                  %v924 = llvm.getelementptr %in_Cm[%v923] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v925 = llvm.load %v924 : !llvm.ptr -> f32
                  %v926 = arith.mulf %v925, %v880 fastmath<contract> : f32
                  %v927 = llvm.load %v60 : !llvm.ptr -> f32
                  %v928 = llvm.load %v64 : !llvm.ptr -> f32
                  %v929 = arith.mulf %v928, %v927 fastmath<contract> : f32
                  %v930 = arith.addf %v926, %v929 fastmath<contract> : f32
                  llvm.store %v930, %v60 : f32, !llvm.ptr
                  %v931 = llvm.load %v75 : !llvm.ptr -> f32
                  %v932 = arith.mulf %v931, %v928 fastmath<contract> : f32
                  llvm.store %v932, %v75 : f32, !llvm.ptr
                  scf.if %v855 {
                  }
                  llvm.store %v860, %v61 : f32, !llvm.ptr
                  llvm.store %v860, %v62 : f32, !llvm.ptr
                  llvm.store %v860, %v63 : f32, !llvm.ptr
                  llvm.store %v860, %v64 : f32, !llvm.ptr
                }
              }
            }
          }
        }
      }
      scf.if %v42 {
        %v933 = llvm.load %v57 : !llvm.ptr -> f32
        %v934 = arith.muli %v33, %v1 : i64
        %v935 = arith.addi %v934, %v38 : i64
        %v936 = arith.muli %v935, %v4 : i64
        %v937 = arith.subi %v4, %v2 : i64
        %v938 = arith.minsi %v44, %v937 : i64
        %v939 = arith.addi %v936, %v938 : i64
        %v940 = llvm.getelementptr %segsum_S[%v939] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v933, %v940 : f32, !llvm.ptr
        %v941 = llvm.load %v72 : !llvm.ptr -> f32
        %v942 = arith.addi %v8, %v33 : i64
        %v943 = arith.muli %v942, %v1 : i64
        %v944 = arith.addi %v943, %v38 : i64
        %v945 = arith.muli %v944, %v4 : i64
        %v946 = arith.subi %v4, %v2 : i64
        %v947 = arith.minsi %v44, %v946 : i64
        %v948 = arith.addi %v945, %v947 : i64
        %v949 = llvm.getelementptr %segsum_S[%v948] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v941, %v949 : f32, !llvm.ptr
        %v950 = llvm.load %v61 : !llvm.ptr -> f32
        %v951 = arith.muli %v313, %v8 : i64
        %v952 = arith.addi %v951, %v33 : i64
        %v953 = arith.muli %v952, %v1 : i64
        %v954 = arith.addi %v953, %v38 : i64
        %v955 = arith.muli %v954, %v4 : i64
        %v956 = arith.subi %v4, %v2 : i64
        %v957 = arith.minsi %v44, %v956 : i64
        %v958 = arith.addi %v955, %v957 : i64
        %v959 = llvm.getelementptr %segsum_S[%v958] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v950, %v959 : f32, !llvm.ptr
        %v960 = llvm.load %v58 : !llvm.ptr -> f32
        %v961 = arith.addi %v37, %v38 : i64
        %v962 = arith.muli %v33, %v1 : i64
        %v963 = arith.addi %v962, %v961 : i64
        %v964 = arith.muli %v963, %v4 : i64
        %v965 = arith.subi %v4, %v2 : i64
        %v966 = arith.minsi %v44, %v965 : i64
        %v967 = arith.addi %v964, %v966 : i64
        %v968 = llvm.getelementptr %segsum_S[%v967] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v960, %v968 : f32, !llvm.ptr
        %v969 = llvm.load %v73 : !llvm.ptr -> f32
        %v970 = arith.addi %v37, %v38 : i64
        %v971 = arith.addi %v8, %v33 : i64
        %v972 = arith.muli %v971, %v1 : i64
        %v973 = arith.addi %v972, %v970 : i64
        %v974 = arith.muli %v973, %v4 : i64
        %v975 = arith.subi %v4, %v2 : i64
        %v976 = arith.minsi %v44, %v975 : i64
        %v977 = arith.addi %v974, %v976 : i64
        %v978 = llvm.getelementptr %segsum_S[%v977] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v969, %v978 : f32, !llvm.ptr
        %v979 = llvm.load %v62 : !llvm.ptr -> f32
        %v980 = arith.addi %v37, %v38 : i64
        %v981 = arith.muli %v313, %v8 : i64
        %v982 = arith.addi %v981, %v33 : i64
        %v983 = arith.muli %v982, %v1 : i64
        %v984 = arith.addi %v983, %v980 : i64
        %v985 = arith.muli %v984, %v4 : i64
        %v986 = arith.subi %v4, %v2 : i64
        %v987 = arith.minsi %v44, %v986 : i64
        %v988 = arith.addi %v985, %v987 : i64
        %v989 = llvm.getelementptr %segsum_S[%v988] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v979, %v989 : f32, !llvm.ptr
        %v990 = llvm.load %v59 : !llvm.ptr -> f32
        %v992 = arith.addi %v991, %v38 : i64
        %v993 = arith.muli %v33, %v1 : i64
        %v994 = arith.addi %v993, %v992 : i64
        %v995 = arith.muli %v994, %v4 : i64
        %v996 = arith.subi %v4, %v2 : i64
        %v997 = arith.minsi %v44, %v996 : i64
        %v998 = arith.addi %v995, %v997 : i64
        %v999 = llvm.getelementptr %segsum_S[%v998] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v990, %v999 : f32, !llvm.ptr
        %v1000 = llvm.load %v74 : !llvm.ptr -> f32
        %v1001 = arith.addi %v991, %v38 : i64
        %v1002 = arith.addi %v8, %v33 : i64
        %v1003 = arith.muli %v1002, %v1 : i64
        %v1004 = arith.addi %v1003, %v1001 : i64
        %v1005 = arith.muli %v1004, %v4 : i64
        %v1006 = arith.subi %v4, %v2 : i64
        %v1007 = arith.minsi %v44, %v1006 : i64
        %v1008 = arith.addi %v1005, %v1007 : i64
        %v1009 = llvm.getelementptr %segsum_S[%v1008] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1000, %v1009 : f32, !llvm.ptr
        %v1010 = llvm.load %v63 : !llvm.ptr -> f32
        %v1011 = arith.addi %v991, %v38 : i64
        %v1012 = arith.muli %v313, %v8 : i64
        %v1013 = arith.addi %v1012, %v33 : i64
        %v1014 = arith.muli %v1013, %v1 : i64
        %v1015 = arith.addi %v1014, %v1011 : i64
        %v1016 = arith.muli %v1015, %v4 : i64
        %v1017 = arith.subi %v4, %v2 : i64
        %v1018 = arith.minsi %v44, %v1017 : i64
        %v1019 = arith.addi %v1016, %v1018 : i64
        %v1020 = llvm.getelementptr %segsum_S[%v1019] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1010, %v1020 : f32, !llvm.ptr
        %v1021 = llvm.load %v60 : !llvm.ptr -> f32
        %v1023 = arith.addi %v1022, %v38 : i64
        %v1024 = arith.muli %v33, %v1 : i64
        %v1025 = arith.addi %v1024, %v1023 : i64
        %v1026 = arith.muli %v1025, %v4 : i64
        %v1027 = arith.subi %v4, %v2 : i64
        %v1028 = arith.minsi %v44, %v1027 : i64
        %v1029 = arith.addi %v1026, %v1028 : i64
        %v1030 = llvm.getelementptr %segsum_S[%v1029] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1021, %v1030 : f32, !llvm.ptr
        %v1031 = llvm.load %v75 : !llvm.ptr -> f32
        %v1032 = arith.addi %v1022, %v38 : i64
        %v1033 = arith.addi %v8, %v33 : i64
        %v1034 = arith.muli %v1033, %v1 : i64
        %v1035 = arith.addi %v1034, %v1032 : i64
        %v1036 = arith.muli %v1035, %v4 : i64
        %v1037 = arith.subi %v4, %v2 : i64
        %v1038 = arith.minsi %v44, %v1037 : i64
        %v1039 = arith.addi %v1036, %v1038 : i64
        %v1040 = llvm.getelementptr %segsum_S[%v1039] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1031, %v1040 : f32, !llvm.ptr
        %v1041 = llvm.load %v64 : !llvm.ptr -> f32
        %v1042 = arith.addi %v1022, %v38 : i64
        %v1043 = arith.muli %v313, %v8 : i64
        %v1044 = arith.addi %v1043, %v33 : i64
        %v1045 = arith.muli %v1044, %v1 : i64
        %v1046 = arith.addi %v1045, %v1042 : i64
        %v1047 = arith.muli %v1046, %v4 : i64
        %v1048 = arith.subi %v4, %v2 : i64
        %v1049 = arith.minsi %v44, %v1048 : i64
        %v1050 = arith.addi %v1047, %v1049 : i64
        %v1051 = llvm.getelementptr %segsum_S[%v1050] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1041, %v1051 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
