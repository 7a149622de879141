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
      %v135 = arith.muli %v2, %size_H : i64
      %v136 = arith.muli %v135, %size_L : i64
      %v144 = arith.constant 65 : i64
      %v148 = arith.muli %v2, %size_B : i64
      %v149 = arith.muli %v148, %size_H : i64
      %v150 = arith.muli %v149, %size_P : i64
      %v151 = arith.muli %v150, %v1 : i64
      %v153 = arith.muli %v2, %v1 : i64
      %v154 = arith.muli %v153, %size_P : i64
      %v155 = arith.muli %v154, %size_H : i64
      %v166 = arith.muli %v2, %size_B : i64
      %v167 = arith.muli %v166, %size_H : i64
      %v168 = arith.muli %v167, %size_P : i64
      %v169 = arith.muli %v168, %v1 : i64
      %v223 = arith.constant 0x3FB8AA3B : f32
      %v228 = arith.constant 0x3F317218 : f32
      %v230 = arith.constant 0x3E124925 : f32
      %v232 = arith.constant 0xBE2AAAAB : f32
      %v235 = arith.constant 0x3E4CCCCD : f32
      %v238 = arith.constant 0xBE800000 : f32
      %v241 = arith.constant 0x3EAAAAAB : f32
      %v244 = arith.constant 0xBF000000 : f32
      %v250 = arith.constant 0x3D800000 : f32
      %v263 = arith.muli %v2, %size_P : i64
      %v264 = arith.muli %v263, %size_H : i64
      %v265 = arith.muli %v264, %size_L : i64
      %v283 = arith.constant 32 : i32
      %v291 = arith.muli %v2, %v1 : i64
      %v292 = arith.muli %v291, %size_L : i64
      %v470 = arith.constant 2 : i64
      %v500 = arith.constant 3 : i64
      %v559 = arith.constant 5 : i64
      %v589 = arith.constant 6 : i64
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
        %v122 = arith.subi %v121, %v2 : i64
        %v123 = arith.addi %v121, %v69 : i64
        %v124 = arith.divui %v123, %v32 : i64
        // the block's shared input rows for this stretch
        gpu.barrier
        %v125 = arith.subi %size_L, %v2 : i64
        %v126 = arith.index_cast %v18 : i64 to index
        %v127 = arith.index_cast %v68 : i64 to index
        %v128 = arith.index_cast %v8 : i64 to index
        scf.for %v129 = %v126 to %v127 step %v128 {
          %v130 = arith.index_cast %v129 : index to i64
          %v131 = arith.remui %v130, %v68 : i64
          %v132 = arith.divui %v130, %v68 : i64
          %v133 = arith.addi %v119, %v131 : i64
          %v134 = arith.minsi %v133, %v125 : i64
          %v137 = arith.muli %v47, %v136 : i64
          %v138 = arith.muli %v134, %v135 : i64
          %v139 = arith.addi %v137, %v138 : i64
          %v140 = arith.muli %v45, %v2 : i64
          %v141 = arith.addi %v139, %v140 : i64
          %v142 = llvm.getelementptr %in_dt[%v141] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v143 = llvm.load %v142 : !llvm.ptr -> f32
          %v145 = arith.muli %v132, %v144 : i64
          %v146 = arith.addi %v145, %v131 : i64
          %v147 = llvm.getelementptr %v61[%v146] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v143, %v147 : f32, !llvm.ptr
        }
        gpu.barrier
        %v152 = arith.muli %v118, %v151 : i64
        %v156 = arith.muli %v47, %v155 : i64
        %v157 = arith.muli %v45, %v154 : i64
        %v158 = arith.addi %v156, %v157 : i64
        %v159 = arith.muli %v43, %v153 : i64
        %v160 = arith.addi %v158, %v159 : i64
        %v161 = arith.muli %v33, %v2 : i64
        %v162 = arith.addi %v160, %v161 : i64
        %v163 = arith.addi %v152, %v162 : i64
        %v164 = llvm.getelementptr %ckpt_S[%v163] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v165 = llvm.load %v164 : !llvm.ptr -> f32
        llvm.store %v165, %v12 : f32, !llvm.ptr
        %v170 = arith.muli %v118, %v169 : i64
        %v171 = arith.muli %v47, %v155 : i64
        %v172 = arith.muli %v45, %v154 : i64
        %v173 = arith.addi %v171, %v172 : i64
        %v174 = arith.muli %v43, %v153 : i64
        %v175 = arith.addi %v173, %v174 : i64
        %v176 = arith.constant 8 : i64
        %v177 = arith.addi %v176, %v33 : i64
        %v178 = arith.muli %v177, %v2 : i64
        %v179 = arith.addi %v175, %v178 : i64
        %v180 = arith.addi %v170, %v179 : i64
        %v181 = llvm.getelementptr %ckpt_S[%v180] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v182 = llvm.load %v181 : !llvm.ptr -> f32
        llvm.store %v182, %v13 : f32, !llvm.ptr
        // the state entering each group of the stretch
        %v183 = arith.index_cast %v66 : i64 to index
        %v184 = arith.index_cast %v124 : i64 to index
        %v185 = arith.index_cast %v2 : i64 to index
        scf.for %v186 = %v183 to %v184 step %v185 {
          %v187 = arith.index_cast %v186 : index to i64
          %v188 = arith.addi %v109, %v187 : i64
          scf.if %v37 {
            %v189 = llvm.load %v12 : !llvm.ptr -> f32
            %v190 = arith.muli %v188, %v5 : i64
            %v191 = arith.subi %v5, %v2 : i64
            %v192 = arith.minsi %v39, %v191 : i64
            %v193 = arith.addi %v190, %v192 : i64
            %v194 = arith.muli %v193, %v1 : i64
            %v195 = arith.addi %v194, %v66 : i64
            %v196 = arith.addi %v195, %v33 : i64
            %v197 = llvm.getelementptr %scratch_S[%v196] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v189, %v197 : f32, !llvm.ptr
            %v198 = llvm.load %v13 : !llvm.ptr -> f32
            %v199 = arith.muli %v188, %v5 : i64
            %v200 = arith.subi %v5, %v2 : i64
            %v201 = arith.minsi %v39, %v200 : i64
            %v202 = arith.addi %v199, %v201 : i64
            %v203 = arith.muli %v202, %v1 : i64
            %v204 = arith.addi %v203, %v32 : i64
            %v205 = arith.addi %v204, %v33 : i64
            %v206 = llvm.getelementptr %scratch_S[%v205] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v198, %v206 : f32, !llvm.ptr
          }
          %v207 = arith.muli %v187, %v32 : i64
          %v208 = arith.addi %v207, %v33 : i64
          %v209 = arith.minsi %v208, %v122 : i64
          %v210 = arith.addi %v119, %v209 : i64
          %v211 = arith.muli %v66, %v144 : i64
          %v212 = arith.subi %v210, %v119 : i64
          %v213 = arith.addi %v211, %v212 : i64
          %v214 = llvm.getelementptr %v61[%v213] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v215 = llvm.load %v214 : !llvm.ptr -> f32
          %v216 = arith.muli %v45, %v2 : i64
          %v217 = llvm.getelementptr %in_dt_bias[%v216] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v218 = llvm.load %v217 : !llvm.ptr -> f32
          %v219 = arith.addf %v215, %v218 fastmath<contract> : f32
          %v220 = arith.maximumf %v219, %v62 : f32
          %v221 = llvm.call_intrinsic "llvm.fabs.f32"(%v219) : (f32) -> f32
          %v222 = arith.negf %v221 : f32
          %v224 = arith.mulf %v222, %v223 fastmath<contract> : f32
          %v225 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v224) : (f32) -> f32
          %v226 = arith.addf %v63, %v225 fastmath<contract> : f32
          %v227 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v226) : (f32) -> f32
          %v229 = arith.mulf %v227, %v228 fastmath<contract> : f32
          %v231 = arith.mulf %v230, %v225 fastmath<contract> : f32
          %v233 = arith.addf %v231, %v232 fastmath<contract> : f32
          %v234 = arith.mulf %v233, %v225 fastmath<contract> : f32
          %v236 = arith.addf %v234, %v235 fastmath<contract> : f32
          %v237 = arith.mulf %v236, %v225 fastmath<contract> : f32
          %v239 = arith.addf %v237, %v238 fastmath<contract> : f32
          %v240 = arith.mulf %v239, %v225 fastmath<contract> : f32
          %v242 = arith.addf %v240, %v241 fastmath<contract> : f32
          %v243 = arith.mulf %v242, %v225 fastmath<contract> : f32
          %v245 = arith.addf %v243, %v244 fastmath<contract> : f32
          %v246 = arith.mulf %v245, %v225 fastmath<contract> : f32
          %v247 = arith.addf %v246, %v63 fastmath<contract> : f32
          %v248 = arith.mulf %v247, %v225 fastmath<contract> : f32
          %v249 = llvm.call_intrinsic "llvm.fabs.f32"(%v225) : (f32) -> f32
          %v251 = arith.cmpf olt, %v249, %v250 : f32
          %v252 = arith.select %v251, %v248, %v229 : f32
          %v253 = arith.addf %v220, %v252 fastmath<contract> : f32
          %v254 = arith.negf %v253 : f32
          %v255 = arith.muli %v45, %v2 : i64
          %v256 = llvm.getelementptr %in_A_log[%v255] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v257 = llvm.load %v256 : !llvm.ptr -> f32
          %v258 = arith.mulf %v257, %v223 fastmath<contract> : f32
          %v259 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v258) : (f32) -> f32
          %v260 = arith.mulf %v254, %v259 fastmath<contract> : f32
          %v261 = arith.mulf %v260, %v223 fastmath<contract> : f32
          %v262 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v261) : (f32) -> f32
          %v266 = arith.muli %v47, %v265 : i64
          %v267 = arith.muli %v210, %v264 : i64
          %v268 = arith.addi %v266, %v267 : i64
          %v269 = arith.muli %v45, %v263 : i64
          %v270 = arith.addi %v268, %v269 : i64
          %v271 = arith.muli %v43, %v2 : i64
          %v272 = arith.addi %v270, %v271 : i64
          %v273 = llvm.getelementptr %in_x[%v272] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v274 = llvm.load %v273 : !llvm.ptr -> f32
          %v275 = arith.mulf %v253, %v274 fastmath<contract> : f32
          %v276 = arith.index_cast %v66 : i64 to index
          %v277 = arith.index_cast %v32 : i64 to index
          %v278 = arith.index_cast %v2 : i64 to index
          scf.for %v279 = %v276 to %v277 step %v278 {
            %v280 = arith.index_cast %v279 : index to i64
            %v281 = arith.trunci %v280 : i64 to i32
            %v282 = arith.ori %v77, %v281 : i32
            %v284, %v285 = gpu.shuffle idx %v262, %v282, %v283 : f32
            %v286, %v287 = gpu.shuffle idx %v275, %v282, %v283 : f32
            %v288 = arith.addi %v207, %v280 : i64
            %v289 = arith.cmpi slt, %v288, %v121 : i64
            scf.if %v289 {
              %v290 = arith.addi %v119, %v288 : i64
              %v293 = arith.muli %v47, %v292 : i64
              %v294 = arith.muli %v290, %v291 : i64
              %v295 = arith.addi %v293, %v294 : i64
              %v296 = arith.muli %v33, %v2 : i64
              %v297 = arith.addi %v295, %v296 : i64
              %v298 = llvm.getelementptr %in_Bm[%v297] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v299 = llvm.load %v298 : !llvm.ptr -> f32
              %v300 = arith.mulf %v286, %v299 fastmath<contract> : f32
              %v301 = llvm.load %v12 : !llvm.ptr -> f32
              %v302 = arith.mulf %v284, %v301 fastmath<contract> : f32
              %v303 = arith.addf %v302, %v300 fastmath<contract> : f32
              llvm.store %v303, %v12 : f32, !llvm.ptr
              %v304 = arith.muli %v47, %v292 : i64
              %v305 = arith.muli %v290, %v291 : i64
              %v306 = arith.addi %v304, %v305 : i64
              %v307 = arith.constant 8 : i64
              %v308 = arith.addi %v307, %v33 : i64
              %v309 = arith.muli %v308, %v2 : i64
              %v310 = arith.addi %v306, %v309 : i64
              %v311 = llvm.getelementptr %in_Bm[%v310] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v312 = llvm.load %v311 : !llvm.ptr -> f32
              %v313 = arith.mulf %v286, %v312 fastmath<contract> : f32
              %v314 = llvm.load %v13 : !llvm.ptr -> f32
              %v315 = arith.mulf %v284, %v314 fastmath<contract> : f32
              %v316 = arith.addf %v315, %v313 fastmath<contract> : f32
              llvm.store %v316, %v13 : f32, !llvm.ptr
            }
          }
        }
        %v317 = arith.index_cast %v66 : i64 to index
        %v318 = arith.index_cast %v2 : i64 to index
        %v319 = arith.index_cast %v2 : i64 to index
        scf.for %v320 = %v317 to %v318 step %v319 {
          %v321 = arith.index_cast %v320 : index to i64
          %v322 = arith.index_cast %v66 : i64 to index
          %v323 = arith.index_cast %v124 : i64 to index
          %v324 = arith.index_cast %v2 : i64 to index
          scf.for %v325 = %v322 to %v323 step %v324 {
            %v326 = arith.index_cast %v325 : index to i64
            %v327 = arith.cmpi slt, %v326, %v124 : i64
            scf.if %v327 {
              %v328 = arith.subi %v124, %v2 : i64
              %v329 = arith.subi %v328, %v326 : i64
              %v330 = arith.muli %v329, %v32 : i64
              %v331 = arith.addi %v109, %v329 : i64
              %v332 = arith.subi %v121, %v2 : i64
              %v333 = arith.muli %v331, %v5 : i64
              %v334 = arith.subi %v5, %v2 : i64
              %v335 = arith.minsi %v39, %v334 : i64
              %v336 = arith.addi %v333, %v335 : i64
              %v337 = arith.muli %v336, %v1 : i64
              %v338 = arith.addi %v337, %v66 : i64
              %v339 = arith.addi %v338, %v33 : i64
              %v340 = llvm.getelementptr %scratch_S[%v339] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v341 = llvm.load %v340 : !llvm.ptr -> f32
              %v342 = arith.muli %v331, %v5 : i64
              %v343 = arith.subi %v5, %v2 : i64
              %v344 = arith.minsi %v39, %v343 : i64
              %v345 = arith.addi %v342, %v344 : i64
              %v346 = arith.muli %v345, %v1 : i64
              %v347 = arith.addi %v346, %v32 : i64
              %v348 = arith.addi %v347, %v33 : i64
              %v349 = llvm.getelementptr %scratch_S[%v348] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v350 = llvm.load %v349 : !llvm.ptr -> f32
              %v351 = arith.addi %v330, %v33 : i64
              %v352 = arith.minsi %v351, %v332 : i64
              %v353 = arith.addi %v119, %v352 : i64
              %v354 = arith.muli %v66, %v144 : i64
              %v355 = arith.subi %v353, %v119 : i64
              %v356 = arith.addi %v354, %v355 : i64
              %v357 = llvm.getelementptr %v61[%v356] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v358 = llvm.load %v357 : !llvm.ptr -> f32
              %v359 = arith.muli %v45, %v2 : i64
              %v360 = llvm.getelementptr %in_dt_bias[%v359] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v361 = llvm.load %v360 : !llvm.ptr -> f32
              %v362 = arith.addf %v358, %v361 fastmath<contract> : f32
              %v363 = arith.maximumf %v362, %v62 : f32
              %v364 = llvm.call_intrinsic "llvm.fabs.f32"(%v362) : (f32) -> f32
              %v365 = arith.negf %v364 : f32
              %v366 = arith.mulf %v365, %v223 fastmath<contract> : f32
              %v367 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v366) : (f32) -> f32
              %v368 = arith.addf %v63, %v367 fastmath<contract> : f32
              %v369 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v368) : (f32) -> f32
              %v370 = arith.mulf %v369, %v228 fastmath<contract> : f32
              %v371 = arith.mulf %v230, %v367 fastmath<contract> : f32
              %v372 = arith.addf %v371, %v232 fastmath<contract> : f32
              %v373 = arith.mulf %v372, %v367 fastmath<contract> : f32
              %v374 = arith.addf %v373, %v235 fastmath<contract> : f32
              %v375 = arith.mulf %v374, %v367 fastmath<contract> : f32
              %v376 = arith.addf %v375, %v238 fastmath<contract> : f32
              %v377 = arith.mulf %v376, %v367 fastmath<contract> : f32
              %v378 = arith.addf %v377, %v241 fastmath<contract> : f32
              %v379 = arith.mulf %v378, %v367 fastmath<contract> : f32
              %v380 = arith.addf %v379, %v244 fastmath<contract> : f32
              %v381 = arith.mulf %v380, %v367 fastmath<contract> : f32
              %v382 = arith.addf %v381, %v63 fastmath<contract> : f32
              %v383 = arith.mulf %v382, %v367 fastmath<contract> : f32
              %v384 = llvm.call_intrinsic "llvm.fabs.f32"(%v367) : (f32) -> f32
              %v385 = arith.cmpf olt, %v384, %v250 : f32
              %v386 = arith.select %v385, %v383, %v370 : f32
              %v387 = arith.addf %v363, %v386 fastmath<contract> : f32
              %v388 = arith.negf %v387 : f32
              %v389 = arith.muli %v45, %v2 : i64
              %v390 = llvm.getelementptr %in_A_log[%v389] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v391 = llvm.load %v390 : !llvm.ptr -> f32
              %v392 = arith.mulf %v391, %v223 fastmath<contract> : f32
              %v393 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v392) : (f32) -> f32
              %v394 = arith.mulf %v388, %v393 fastmath<contract> : f32
              %v395 = arith.mulf %v394, %v223 fastmath<contract> : f32
              %v396 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v395) : (f32) -> f32
              %v397 = arith.muli %v47, %v265 : i64
              %v398 = arith.muli %v353, %v264 : i64
              %v399 = arith.addi %v397, %v398 : i64
              %v400 = arith.muli %v45, %v263 : i64
              %v401 = arith.addi %v399, %v400 : i64
              %v402 = arith.muli %v43, %v2 : i64
              %v403 = arith.addi %v401, %v402 : i64
              %v404 = llvm.getelementptr %in_x[%v403] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v405 = llvm.load %v404 : !llvm.ptr -> f32
              %v406 = arith.mulf %v387, %v405 fastmath<contract> : f32
              %v407 = arith.negf %v362 : f32
              %v408 = arith.mulf %v407, %v223 fastmath<contract> : f32
              %v409 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v408) : (f32) -> f32
              %v410 = arith.addf %v63, %v409 fastmath<contract> : f32
              %v411 = arith.divf %v63, %v410 : f32
              // the group's states, recomputed into registers
              %v412 = arith.addi %v330, %v66 : i64
              %v413 = arith.minsi %v412, %v332 : i64
              %v414 = arith.addi %v119, %v413 : i64
              %v415, %v416 = gpu.shuffle idx %v396, %v77, %v283 : f32
              %v417, %v418 = gpu.shuffle idx %v406, %v77, %v283 : f32
              %v419 = arith.muli %v47, %v292 : i64
              %v420 = arith.muli %v414, %v291 : i64
              %v421 = arith.addi %v419, %v420 : i64
              %v422 = arith.muli %v33, %v2 : i64
              %v423 = arith.addi %v421, %v422 : i64
              %v424 = llvm.getelementptr %in_Bm[%v423] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v425 = llvm.load %v424 : !llvm.ptr -> f32
              %v426 = arith.mulf %v417, %v425 fastmath<contract> : f32
              %v427 = arith.mulf %v415, %v341 fastmath<contract> : f32
              %v428 = arith.addf %v427, %v426 fastmath<contract> : f32
              %v429 = arith.muli %v47, %v292 : i64
              %v430 = arith.muli %v414, %v291 : i64
              %v431 = arith.addi %v429, %v430 : i64
              %v432 = arith.constant 8 : i64
              %v433 = arith.addi %v432, %v33 : i64
              %v434 = arith.muli %v433, %v2 : i64
              %v435 = arith.addi %v431, %v434 : i64
              %v436 = llvm.getelementptr %in_Bm[%v435] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v437 = llvm.load %v436 : !llvm.ptr -> f32
              %v438 = arith.mulf %v417, %v437 fastmath<contract> : f32
              %v439 = arith.mulf %v415, %v350 fastmath<contract> : f32
              %v440 = arith.addf %v439, %v438 fastmath<contract> : f32
              %v441 = arith.addi %v330, %v2 : i64
              %v442 = arith.minsi %v441, %v332 : i64
              %v443 = arith.addi %v119, %v442 : i64
              %v444, %v445 = gpu.shuffle idx %v396, %v81, %v283 : f32
              %v446, %v447 = gpu.shuffle idx %v406, %v81, %v283 : f32
              %v448 = arith.muli %v47, %v292 : i64
              %v449 = arith.muli %v443, %v291 : i64
              %v450 = arith.addi %v448, %v449 : i64
              %v451 = arith.muli %v33, %v2 : i64
              %v452 = arith.addi %v450, %v451 : i64
              %v453 = llvm.getelementptr %in_Bm[%v452] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v454 = llvm.load %v453 : !llvm.ptr -> f32
              %v455 = arith.mulf %v446, %v454 fastmath<contract> : f32
              %v456 = arith.mulf %v444, %v428 fastmath<contract> : f32
              %v457 = arith.addf %v456, %v455 fastmath<contract> : f32
              %v458 = arith.muli %v47, %v292 : i64
              %v459 = arith.muli %v443, %v291 : i64
              %v460 = arith.addi %v458, %v459 : i64
              %v461 = arith.constant 8 : i64
              %v462 = arith.addi %v461, %v33 : i64
              %v463 = arith.muli %v462, %v2 : i64
              %v464 = arith.addi %v460, %v463 : i64
              %v465 = llvm.getelementptr %in_Bm[%v464] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v466 = llvm.load %v465 : !llvm.ptr -> f32
              %v467 = arith.mulf %v446, %v466 fastmath<contract> : f32
              %v468 = arith.mulf %v444, %v440 fastmath<contract> : f32
              %v469 = arith.addf %v468, %v467 fastmath<contract> : f32
              %v471 = arith.addi %v330, %v470 : i64
              %v472 = arith.minsi %v471, %v332 : i64
              %v473 = arith.addi %v119, %v472 : i64
              %v474, %v475 = gpu.shuffle idx %v396, %v85, %v283 : f32
              %v476, %v477 = gpu.shuffle idx %v406, %v85, %v283 : f32
              %v478 = arith.muli %v47, %v292 : i64
              %v479 = arith.muli %v473, %v291 : i64
              %v480 = arith.addi %v478, %v479 : i64
              %v481 = arith.muli %v33, %v2 : i64
              %v482 = arith.addi %v480, %v481 : i64
              %v483 = llvm.getelementptr %in_Bm[%v482] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v484 = llvm.load %v483 : !llvm.ptr -> f32
              %v485 = arith.mulf %v476, %v484 fastmath<contract> : f32
              %v486 = arith.mulf %v474, %v457 fastmath<contract> : f32
              %v487 = arith.addf %v486, %v485 fastmath<contract> : f32
              %v488 = arith.muli %v47, %v292 : i64
              %v489 = arith.muli %v473, %v291 : i64
              %v490 = arith.addi %v488, %v489 : i64
              %v491 = arith.constant 8 : i64
              %v492 = arith.addi %v491, %v33 : i64
              %v493 = arith.muli %v492, %v2 : i64
              %v494 = arith.addi %v490, %v493 : i64
              %v495 = llvm.getelementptr %in_Bm[%v494] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v496 = llvm.load %v495 : !llvm.ptr -> f32
              %v497 = arith.mulf %v476, %v496 fastmath<contract> : f32
              %v498 = arith.mulf %v474, %v469 fastmath<contract> : f32
              %v499 = arith.addf %v498, %v497 fastmath<contract> : f32
              %v501 = arith.addi %v330, %v500 : i64
              %v502 = arith.minsi %v501, %v332 : i64
              %v503 = arith.addi %v119, %v502 : i64
              %v504, %v505 = gpu.shuffle idx %v396, %v89, %v283 : f32
              %v506, %v507 = gpu.shuffle idx %v406, %v89, %v283 : f32
              %v508 = arith.muli %v47, %v292 : i64
              %v509 = arith.muli %v503, %v291 : i64
              %v510 = arith.addi %v508, %v509 : i64
              %v511 = arith.muli %v33, %v2 : i64
              %v512 = arith.addi %v510, %v511 : i64
              %v513 = llvm.getelementptr %in_Bm[%v512] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v514 = llvm.load %v513 : !llvm.ptr -> f32
              %v515 = arith.mulf %v506, %v514 fastmath<contract> : f32
              %v516 = arith.mulf %v504, %v487 fastmath<contract> : f32
              %v517 = arith.addf %v516, %v515 fastmath<contract> : f32
              %v518 = arith.muli %v47, %v292 : i64
              %v519 = arith.muli %v503, %v291 : i64
              %v520 = arith.addi %v518, %v519 : i64
              %v521 = arith.constant 8 : i64
              %v522 = arith.addi %v521, %v33 : i64
              %v523 = arith.muli %v522, %v2 : i64
              %v524 = arith.addi %v520, %v523 : i64
              %v525 = llvm.getelementptr %in_Bm[%v524] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v526 = llvm.load %v525 : !llvm.ptr -> f32
              %v527 = arith.mulf %v506, %v526 fastmath<contract> : f32
              %v528 = arith.mulf %v504, %v499 fastmath<contract> : f32
              %v529 = arith.addf %v528, %v527 fastmath<contract> : f32
              %v530 = arith.addi %v330, %v49 : i64
              %v531 = arith.minsi %v530, %v332 : i64
              %v532 = arith.addi %v119, %v531 : i64
              %v533, %v534 = gpu.shuffle idx %v396, %v93, %v283 : f32
              %v535, %v536 = gpu.shuffle idx %v406, %v93, %v283 : f32
              %v537 = arith.muli %v47, %v292 : i64
              %v538 = arith.muli %v532, %v291 : i64
              %v539 = arith.addi %v537, %v538 : i64
              %v540 = arith.muli %v33, %v2 : i64
              %v541 = arith.addi %v539, %v540 : i64
              %v542 = llvm.getelementptr %in_Bm[%v541] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v543 = llvm.load %v542 : !llvm.ptr -> f32
              %v544 = arith.mulf %v535, %v543 fastmath<contract> : f32
              %v545 = arith.mulf %v533, %v517 fastmath<contract> : f32
              %v546 = arith.addf %v545, %v544 fastmath<contract> : f32
              %v547 = arith.muli %v47, %v292 : i64
              %v548 = arith.muli %v532, %v291 : i64
              %v549 = arith.addi %v547, %v548 : i64
              %v550 = arith.constant 8 : i64
              %v551 = arith.addi %v550, %v33 : i64
              %v552 = arith.muli %v551, %v2 : i64
              %v553 = arith.addi %v549, %v552 : i64
              %v554 = llvm.getelementptr %in_Bm[%v553] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v555 = llvm.load %v554 : !llvm.ptr -> f32
              %v556 = arith.mulf %v535, %v555 fastmath<contract> : f32
              %v557 = arith.mulf %v533, %v529 fastmath<contract> : f32
              %v558 = arith.addf %v557, %v556 fastmath<contract> : f32
              %v560 = arith.addi %v330, %v559 : i64
              %v561 = arith.minsi %v560, %v332 : i64
              %v562 = arith.addi %v119, %v561 : i64
              %v563, %v564 = gpu.shuffle idx %v396, %v97, %v283 : f32
              %v565, %v566 = gpu.shuffle idx %v406, %v97, %v283 : f32
              %v567 = arith.muli %v47, %v292 : i64
              %v568 = arith.muli %v562, %v291 : i64
              %v569 = arith.addi %v567, %v568 : i64
              %v570 = arith.muli %v33, %v2 : i64
              %v571 = arith.addi %v569, %v570 : i64
              %v572 = llvm.getelementptr %in_Bm[%v571] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v573 = llvm.load %v572 : !llvm.ptr -> f32
              %v574 = arith.mulf %v565, %v573 fastmath<contract> : f32
              %v575 = arith.mulf %v563, %v546 fastmath<contract> : f32
              %v576 = arith.addf %v575, %v574 fastmath<contract> : f32
              %v577 = arith.muli %v47, %v292 : i64
              %v578 = arith.muli %v562, %v291 : i64
              %v579 = arith.addi %v577, %v578 : i64
              %v580 = arith.constant 8 : i64
              %v581 = arith.addi %v580, %v33 : i64
              %v582 = arith.muli %v581, %v2 : i64
              %v583 = arith.addi %v579, %v582 : i64
              %v584 = llvm.getelementptr %in_Bm[%v583] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v585 = llvm.load %v584 : !llvm.ptr -> f32
              %v586 = arith.mulf %v565, %v585 fastmath<contract> : f32
              %v587 = arith.mulf %v563, %v558 fastmath<contract> : f32
              %v588 = arith.addf %v587, %v586 fastmath<contract> : f32
              %v590 = arith.addi %v330, %v589 : i64
              %v591 = arith.minsi %v590, %v332 : i64
              %v592 = arith.addi %v119, %v591 : i64
              %v593, %v594 = gpu.shuffle idx %v396, %v101, %v283 : f32
              %v595, %v596 = gpu.shuffle idx %v406, %v101, %v283 : f32
              %v597 = arith.muli %v47, %v292 : i64
              %v598 = arith.muli %v592, %v291 : i64
              %v599 = arith.addi %v597, %v598 : i64
              %v600 = arith.muli %v33, %v2 : i64
              %v601 = arith.addi %v599, %v600 : i64
              %v602 = llvm.getelementptr %in_Bm[%v601] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v603 = llvm.load %v602 : !llvm.ptr -> f32
              %v604 = arith.mulf %v595, %v603 fastmath<contract> : f32
              %v605 = arith.mulf %v593, %v576 fastmath<contract> : f32
              %v606 = arith.addf %v605, %v604 fastmath<contract> : f32
              %v607 = arith.muli %v47, %v292 : i64
              %v608 = arith.muli %v592, %v291 : i64
              %v609 = arith.addi %v607, %v608 : i64
              %v610 = arith.constant 8 : i64
              %v611 = arith.addi %v610, %v33 : i64
              %v612 = arith.muli %v611, %v2 : i64
              %v613 = arith.addi %v609, %v612 : i64
              %v614 = llvm.getelementptr %in_Bm[%v613] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v615 = llvm.load %v614 : !llvm.ptr -> f32
              %v616 = arith.mulf %v595, %v615 fastmath<contract> : f32
              %v617 = arith.mulf %v593, %v588 fastmath<contract> : f32
              %v618 = arith.addf %v617, %v616 fastmath<contract> : f32
              %v619 = arith.addi %v330, %v69 : i64
              %v620 = arith.minsi %v619, %v332 : i64
              %v621 = arith.addi %v119, %v620 : i64
              %v622, %v623 = gpu.shuffle idx %v396, %v105, %v283 : f32
              %v624, %v625 = gpu.shuffle idx %v406, %v105, %v283 : f32
              %v626 = arith.muli %v47, %v292 : i64
              %v627 = arith.muli %v621, %v291 : i64
              %v628 = arith.addi %v626, %v627 : i64
              %v629 = arith.muli %v33, %v2 : i64
              %v630 = arith.addi %v628, %v629 : i64
              %v631 = llvm.getelementptr %in_Bm[%v630] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v632 = llvm.load %v631 : !llvm.ptr -> f32
              %v633 = arith.mulf %v624, %v632 fastmath<contract> : f32
              %v634 = arith.mulf %v622, %v606 fastmath<contract> : f32
              %v635 = arith.addf %v634, %v633 fastmath<contract> : f32
              %v636 = arith.muli %v47, %v292 : i64
              %v637 = arith.muli %v621, %v291 : i64
              %v638 = arith.addi %v636, %v637 : i64
              %v639 = arith.constant 8 : i64
              %v640 = arith.addi %v639, %v33 : i64
              %v641 = arith.muli %v640, %v2 : i64
              %v642 = arith.addi %v638, %v641 : i64
              %v643 = llvm.getelementptr %in_Bm[%v642] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v644 = llvm.load %v643 : !llvm.ptr -> f32
              %v645 = arith.mulf %v624, %v644 fastmath<contract> : f32
              %v646 = arith.mulf %v622, %v618 fastmath<contract> : f32
              %v647 = arith.addf %v646, %v645 fastmath<contract> : f32
              %v648 = arith.addi %v330, %v69 : i64
              %v649 = arith.cmpi slt, %v648, %v121 : i64
              %v650, %v651 = gpu.shuffle idx %v387, %v105, %v283 : f32
              %v652, %v653 = gpu.shuffle idx %v388, %v105, %v283 : f32
              %v654, %v655 = gpu.shuffle idx %v393, %v105, %v283 : f32
              %v656, %v657 = gpu.shuffle idx %v396, %v105, %v283 : f32
              %v658, %v659 = gpu.shuffle idx %v406, %v105, %v283 : f32
              %v660, %v661 = gpu.shuffle idx %v411, %v105, %v283 : f32
              scf.if %v649 {
                %v662 = arith.addi %v119, %v648 : i64
                %v663 = arith.muli %v47, %v292 : i64
                %v664 = arith.muli %v662, %v291 : i64
                %v665 = arith.addi %v663, %v664 : i64
                %v666 = arith.muli %v33, %v2 : i64
                %v667 = arith.addi %v665, %v666 : i64
                %v668 = llvm.getelementptr %in_Cm[%v667] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v669 = llvm.load %v668 : !llvm.ptr -> f32
                %v670 = arith.muli %v47, %v265 : i64
                %v671 = arith.muli %v662, %v264 : i64
                %v672 = arith.addi %v670, %v671 : i64
                %v673 = arith.muli %v45, %v263 : i64
                %v674 = arith.addi %v672, %v673 : i64
                %v675 = arith.muli %v43, %v2 : i64
                %v676 = arith.addi %v674, %v675 : i64
                %v677 = llvm.getelementptr %dy_y[%v676] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v678 = llvm.load %v677 : !llvm.ptr -> f32
                %v679 = arith.mulf %v669, %v678 fastmath<contract> : f32
                %v680 = llvm.load %v53 : !llvm.ptr -> f32
                %v681 = llvm.load %v55 : !llvm.ptr -> f32
                %v682 = arith.mulf %v681, %v680 fastmath<contract> : f32
                %v683 = arith.addf %v679, %v682 fastmath<contract> : f32
                llvm.store %v683, %v53 : f32, !llvm.ptr
                %v684 = llvm.load %v64 : !llvm.ptr -> f32
                %v685 = arith.mulf %v684, %v681 fastmath<contract> : f32
                llvm.store %v685, %v64 : f32, !llvm.ptr
                %v686 = arith.muli %v47, %v292 : i64
                %v687 = arith.muli %v662, %v291 : i64
                %v688 = arith.addi %v686, %v687 : i64
                %v689 = arith.constant 8 : i64
                %v690 = arith.addi %v689, %v33 : i64
                %v691 = arith.muli %v690, %v2 : i64
                %v692 = arith.addi %v688, %v691 : i64
                %v693 = llvm.getelementptr %in_Cm[%v692] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v694 = llvm.load %v693 : !llvm.ptr -> f32
                %v695 = arith.mulf %v694, %v678 fastmath<contract> : f32
                %v696 = llvm.load %v54 : !llvm.ptr -> f32
                %v697 = llvm.load %v56 : !llvm.ptr -> f32
                %v698 = arith.mulf %v697, %v696 fastmath<contract> : f32
                %v699 = arith.addf %v695, %v698 fastmath<contract> : f32
                llvm.store %v699, %v54 : f32, !llvm.ptr
                %v700 = llvm.load %v65 : !llvm.ptr -> f32
                %v701 = arith.mulf %v700, %v697 fastmath<contract> : f32
                llvm.store %v701, %v65 : f32, !llvm.ptr
                %v702 = arith.subi %size_L, %v2 : i64
                %v703 = arith.cmpi eq, %v662, %v702 : i64
                scf.if %v703 {
                }
                llvm.store %v656, %v55 : f32, !llvm.ptr
                llvm.store %v656, %v56 : f32, !llvm.ptr
              }
              %v704 = arith.addi %v330, %v589 : i64
              %v705 = arith.cmpi slt, %v704, %v121 : i64
              %v706, %v707 = gpu.shuffle idx %v387, %v101, %v283 : f32
              %v708, %v709 = gpu.shuffle idx %v388, %v101, %v283 : f32
              %v710, %v711 = gpu.shuffle idx %v393, %v101, %v283 : f32
              %v712, %v713 = gpu.shuffle idx %v396, %v101, %v283 : f32
              %v714, %v715 = gpu.shuffle idx %v406, %v101, %v283 : f32
              %v716, %v717 = gpu.shuffle idx %v411, %v101, %v283 : f32
              scf.if %v705 {
                %v718 = arith.addi %v119, %v704 : i64
                %v719 = arith.muli %v47, %v292 : i64
                %v720 = arith.muli %v718, %v291 : i64
                %v721 = arith.addi %v719, %v720 : i64
                %v722 = arith.muli %v33, %v2 : i64
                %v723 = arith.addi %v721, %v722 : i64
                %v724 = llvm.getelementptr %in_Cm[%v723] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v725 = llvm.load %v724 : !llvm.ptr -> f32
                %v726 = arith.muli %v47, %v265 : i64
                %v727 = arith.muli %v718, %v264 : i64
                %v728 = arith.addi %v726, %v727 : i64
                %v729 = arith.muli %v45, %v263 : i64
                %v730 = arith.addi %v728, %v729 : i64
                %v731 = arith.muli %v43, %v2 : i64
                %v732 = arith.addi %v730, %v731 : i64
                %v733 = llvm.getelementptr %dy_y[%v732] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v734 = llvm.load %v733 : !llvm.ptr -> f32
                %v735 = arith.mulf %v725, %v734 fastmath<contract> : f32
                %v736 = llvm.load %v53 : !llvm.ptr -> f32
                %v737 = llvm.load %v55 : !llvm.ptr -> f32
                %v738 = arith.mulf %v737, %v736 fastmath<contract> : f32
                %v739 = arith.addf %v735, %v738 fastmath<contract> : f32
                llvm.store %v739, %v53 : f32, !llvm.ptr
                %v740 = llvm.load %v64 : !llvm.ptr -> f32
                %v741 = arith.mulf %v740, %v737 fastmath<contract> : f32
                llvm.store %v741, %v64 : f32, !llvm.ptr
                %v742 = arith.muli %v47, %v292 : i64
                %v743 = arith.muli %v718, %v291 : i64
                %v744 = arith.addi %v742, %v743 : i64
                %v745 = arith.constant 8 : i64
                %v746 = arith.addi %v745, %v33 : i64
                %v747 = arith.muli %v746, %v2 : i64
                %v748 = arith.addi %v744, %v747 : i64
                %v749 = llvm.getelementptr %in_Cm[%v748] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v750 = llvm.load %v749 : !llvm.ptr -> f32
                %v751 = arith.mulf %v750, %v734 fastmath<contract> : f32
                %v752 = llvm.load %v54 : !llvm.ptr -> f32
                %v753 = llvm.load %v56 : !llvm.ptr -> f32
                %v754 = arith.mulf %v753, %v752 fastmath<contract> : f32
                %v755 = arith.addf %v751, %v754 fastmath<contract> : f32
                llvm.store %v755, %v54 : f32, !llvm.ptr
                %v756 = llvm.load %v65 : !llvm.ptr -> f32
                %v757 = arith.mulf %v756, %v753 fastmath<contract> : f32
                llvm.store %v757, %v65 : f32, !llvm.ptr
                %v758 = arith.subi %size_L, %v2 : i64
                %v759 = arith.cmpi eq, %v718, %v758 : i64
                scf.if %v759 {
                }
                llvm.store %v712, %v55 : f32, !llvm.ptr
                llvm.store %v712, %v56 : f32, !llvm.ptr
              }
              %v760 = arith.addi %v330, %v559 : i64
              %v761 = arith.cmpi slt, %v760, %v121 : i64
              %v762, %v763 = gpu.shuffle idx %v387, %v97, %v283 : f32
              %v764, %v765 = gpu.shuffle idx %v388, %v97, %v283 : f32
              %v766, %v767 = gpu.shuffle idx %v393, %v97, %v283 : f32
              %v768, %v769 = gpu.shuffle idx %v396, %v97, %v283 : f32
              %v770, %v771 = gpu.shuffle idx %v406, %v97, %v283 : f32
              %v772, %v773 = gpu.shuffle idx %v411, %v97, %v283 : f32
              scf.if %v761 {
                %v774 = arith.addi %v119, %v760 : i64
                %v775 = arith.muli %v47, %v292 : i64
                %v776 = arith.muli %v774, %v291 : i64
                %v777 = arith.addi %v775, %v776 : i64
                %v778 = arith.muli %v33, %v2 : i64
                %v779 = arith.addi %v777, %v778 : i64
                %v780 = llvm.getelementptr %in_Cm[%v779] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v781 = llvm.load %v780 : !llvm.ptr -> f32
                %v782 = arith.muli %v47, %v265 : i64
                %v783 = arith.muli %v774, %v264 : i64
                %v784 = arith.addi %v782, %v783 : i64
                %v785 = arith.muli %v45, %v263 : i64
                %v786 = arith.addi %v784, %v785 : i64
                %v787 = arith.muli %v43, %v2 : i64
                %v788 = arith.addi %v786, %v787 : i64
                %v789 = llvm.getelementptr %dy_y[%v788] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v790 = llvm.load %v789 : !llvm.ptr -> f32
                %v791 = arith.mulf %v781, %v790 fastmath<contract> : f32
                %v792 = llvm.load %v53 : !llvm.ptr -> f32
                %v793 = llvm.load %v55 : !llvm.ptr -> f32
                %v794 = arith.mulf %v793, %v792 fastmath<contract> : f32
                %v795 = arith.addf %v791, %v794 fastmath<contract> : f32
                llvm.store %v795, %v53 : f32, !llvm.ptr
                %v796 = llvm.load %v64 : !llvm.ptr -> f32
                %v797 = arith.mulf %v796, %v793 fastmath<contract> : f32
                llvm.store %v797, %v64 : f32, !llvm.ptr
                %v798 = arith.muli %v47, %v292 : i64
                %v799 = arith.muli %v774, %v291 : i64
                %v800 = arith.addi %v798, %v799 : i64
                %v801 = arith.constant 8 : i64
                %v802 = arith.addi %v801, %v33 : i64
                %v803 = arith.muli %v802, %v2 : i64
                %v804 = arith.addi %v800, %v803 : i64
                %v805 = llvm.getelementptr %in_Cm[%v804] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v806 = llvm.load %v805 : !llvm.ptr -> f32
                %v807 = arith.mulf %v806, %v790 fastmath<contract> : f32
                %v808 = llvm.load %v54 : !llvm.ptr -> f32
                %v809 = llvm.load %v56 : !llvm.ptr -> f32
                %v810 = arith.mulf %v809, %v808 fastmath<contract> : f32
                %v811 = arith.addf %v807, %v810 fastmath<contract> : f32
                llvm.store %v811, %v54 : f32, !llvm.ptr
                %v812 = llvm.load %v65 : !llvm.ptr -> f32
                %v813 = arith.mulf %v812, %v809 fastmath<contract> : f32
                llvm.store %v813, %v65 : f32, !llvm.ptr
                %v814 = arith.subi %size_L, %v2 : i64
                %v815 = arith.cmpi eq, %v774, %v814 : i64
                scf.if %v815 {
                }
                llvm.store %v768, %v55 : f32, !llvm.ptr
                llvm.store %v768, %v56 : f32, !llvm.ptr
              }
              %v816 = arith.addi %v330, %v49 : i64
              %v817 = arith.cmpi slt, %v816, %v121 : i64
              %v818, %v819 = gpu.shuffle idx %v387, %v93, %v283 : f32
              %v820, %v821 = gpu.shuffle idx %v388, %v93, %v283 : f32
              %v822, %v823 = gpu.shuffle idx %v393, %v93, %v283 : f32
              %v824, %v825 = gpu.shuffle idx %v396, %v93, %v283 : f32
              %v826, %v827 = gpu.shuffle idx %v406, %v93, %v283 : f32
              %v828, %v829 = gpu.shuffle idx %v411, %v93, %v283 : f32
              scf.if %v817 {
                %v830 = arith.addi %v119, %v816 : i64
                %v831 = arith.muli %v47, %v292 : i64
                %v832 = arith.muli %v830, %v291 : i64
                %v833 = arith.addi %v831, %v832 : i64
                %v834 = arith.muli %v33, %v2 : i64
                %v835 = arith.addi %v833, %v834 : i64
                %v836 = llvm.getelementptr %in_Cm[%v835] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v837 = llvm.load %v836 : !llvm.ptr -> f32
                %v838 = arith.muli %v47, %v265 : i64
                %v839 = arith.muli %v830, %v264 : i64
                %v840 = arith.addi %v838, %v839 : i64
                %v841 = arith.muli %v45, %v263 : i64
                %v842 = arith.addi %v840, %v841 : i64
                %v843 = arith.muli %v43, %v2 : i64
                %v844 = arith.addi %v842, %v843 : i64
                %v845 = llvm.getelementptr %dy_y[%v844] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v846 = llvm.load %v845 : !llvm.ptr -> f32
                %v847 = arith.mulf %v837, %v846 fastmath<contract> : f32
                %v848 = llvm.load %v53 : !llvm.ptr -> f32
                %v849 = llvm.load %v55 : !llvm.ptr -> f32
                %v850 = arith.mulf %v849, %v848 fastmath<contract> : f32
                %v851 = arith.addf %v847, %v850 fastmath<contract> : f32
                llvm.store %v851, %v53 : f32, !llvm.ptr
                %v852 = llvm.load %v64 : !llvm.ptr -> f32
                %v853 = arith.mulf %v852, %v849 fastmath<contract> : f32
                llvm.store %v853, %v64 : f32, !llvm.ptr
                %v854 = arith.muli %v47, %v292 : i64
                %v855 = arith.muli %v830, %v291 : i64
                %v856 = arith.addi %v854, %v855 : i64
                %v857 = arith.constant 8 : i64
                %v858 = arith.addi %v857, %v33 : i64
                %v859 = arith.muli %v858, %v2 : i64
                %v860 = arith.addi %v856, %v859 : i64
                %v861 = llvm.getelementptr %in_Cm[%v860] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v862 = llvm.load %v861 : !llvm.ptr -> f32
                %v863 = arith.mulf %v862, %v846 fastmath<contract> : f32
                %v864 = llvm.load %v54 : !llvm.ptr -> f32
                %v865 = llvm.load %v56 : !llvm.ptr -> f32
                %v866 = arith.mulf %v865, %v864 fastmath<contract> : f32
                %v867 = arith.addf %v863, %v866 fastmath<contract> : f32
                llvm.store %v867, %v54 : f32, !llvm.ptr
                %v868 = llvm.load %v65 : !llvm.ptr -> f32
                %v869 = arith.mulf %v868, %v865 fastmath<contract> : f32
                llvm.store %v869, %v65 : f32, !llvm.ptr
                %v870 = arith.subi %size_L, %v2 : i64
                %v871 = arith.cmpi eq, %v830, %v870 : i64
                scf.if %v871 {
                }
                llvm.store %v824, %v55 : f32, !llvm.ptr
                llvm.store %v824, %v56 : f32, !llvm.ptr
              }
              %v872 = arith.addi %v330, %v500 : i64
              %v873 = arith.cmpi slt, %v872, %v121 : i64
              %v874, %v875 = gpu.shuffle idx %v387, %v89, %v283 : f32
              %v876, %v877 = gpu.shuffle idx %v388, %v89, %v283 : f32
              %v878, %v879 = gpu.shuffle idx %v393, %v89, %v283 : f32
              %v880, %v881 = gpu.shuffle idx %v396, %v89, %v283 : f32
              %v882, %v883 = gpu.shuffle idx %v406, %v89, %v283 : f32
              %v884, %v885 = gpu.shuffle idx %v411, %v89, %v283 : f32
              scf.if %v873 {
                %v886 = arith.addi %v119, %v872 : i64
                %v887 = arith.muli %v47, %v292 : i64
                %v888 = arith.muli %v886, %v291 : i64
                %v889 = arith.addi %v887, %v888 : i64
                %v890 = arith.muli %v33, %v2 : i64
                %v891 = arith.addi %v889, %v890 : i64
                %v892 = llvm.getelementptr %in_Cm[%v891] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v893 = llvm.load %v892 : !llvm.ptr -> f32
                %v894 = arith.muli %v47, %v265 : i64
                %v895 = arith.muli %v886, %v264 : i64
                %v896 = arith.addi %v894, %v895 : i64
                %v897 = arith.muli %v45, %v263 : i64
                %v898 = arith.addi %v896, %v897 : i64
                %v899 = arith.muli %v43, %v2 : i64
                %v900 = arith.addi %v898, %v899 : i64
                %v901 = llvm.getelementptr %dy_y[%v900] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v902 = llvm.load %v901 : !llvm.ptr -> f32
                %v903 = arith.mulf %v893, %v902 fastmath<contract> : f32
                %v904 = llvm.load %v53 : !llvm.ptr -> f32
                %v905 = llvm.load %v55 : !llvm.ptr -> f32
                %v906 = arith.mulf %v905, %v904 fastmath<contract> : f32
                %v907 = arith.addf %v903, %v906 fastmath<contract> : f32
                llvm.store %v907, %v53 : f32, !llvm.ptr
                %v908 = llvm.load %v64 : !llvm.ptr -> f32
                %v909 = arith.mulf %v908, %v905 fastmath<contract> : f32
                llvm.store %v909, %v64 : f32, !llvm.ptr
                %v910 = arith.muli %v47, %v292 : i64
                %v911 = arith.muli %v886, %v291 : i64
                %v912 = arith.addi %v910, %v911 : i64
                %v913 = arith.constant 8 : i64
                %v914 = arith.addi %v913, %v33 : i64
                %v915 = arith.muli %v914, %v2 : i64
                %v916 = arith.addi %v912, %v915 : i64
                %v917 = llvm.getelementptr %in_Cm[%v916] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v918 = llvm.load %v917 : !llvm.ptr -> f32
                %v919 = arith.mulf %v918, %v902 fastmath<contract> : f32
                %v920 = llvm.load %v54 : !llvm.ptr -> f32
                %v921 = llvm.load %v56 : !llvm.ptr -> f32
                %v922 = arith.mulf %v921, %v920 fastmath<contract> : f32
                %v923 = arith.addf %v919, %v922 fastmath<contract> : f32
                llvm.store %v923, %v54 : f32, !llvm.ptr
                %v924 = llvm.load %v65 : !llvm.ptr -> f32
                %v925 = arith.mulf %v924, %v921 fastmath<contract> : f32
                llvm.store %v925, %v65 : f32, !llvm.ptr
                %v926 = arith.subi %size_L, %v2 : i64
                %v927 = arith.cmpi eq, %v886, %v926 : i64
                scf.if %v927 {
                }
                llvm.store %v880, %v55 : f32, !llvm.ptr
                llvm.store %v880, %v56 : f32, !llvm.ptr
              }
              %v928 = arith.addi %v330, %v470 : i64
              %v929 = arith.cmpi slt, %v928, %v121 : i64
              %v930, %v931 = gpu.shuffle idx %v387, %v85, %v283 : f32
              %v932, %v933 = gpu.shuffle idx %v388, %v85, %v283 : f32
              %v934, %v935 = gpu.shuffle idx %v393, %v85, %v283 : f32
              %v936, %v937 = gpu.shuffle idx %v396, %v85, %v283 : f32
              %v938, %v939 = gpu.shuffle idx %v406, %v85, %v283 : f32
              %v940, %v941 = gpu.shuffle idx %v411, %v85, %v283 : f32
              scf.if %v929 {
                %v942 = arith.addi %v119, %v928 : i64
                %v943 = arith.muli %v47, %v292 : i64
                %v944 = arith.muli %v942, %v291 : i64
                %v945 = arith.addi %v943, %v944 : i64
                %v946 = arith.muli %v33, %v2 : i64
                %v947 = arith.addi %v945, %v946 : i64
                %v948 = llvm.getelementptr %in_Cm[%v947] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v949 = llvm.load %v948 : !llvm.ptr -> f32
                %v950 = arith.muli %v47, %v265 : i64
                %v951 = arith.muli %v942, %v264 : i64
                %v952 = arith.addi %v950, %v951 : i64
                %v953 = arith.muli %v45, %v263 : i64
                %v954 = arith.addi %v952, %v953 : i64
                %v955 = arith.muli %v43, %v2 : i64
                %v956 = arith.addi %v954, %v955 : i64
                %v957 = llvm.getelementptr %dy_y[%v956] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v958 = llvm.load %v957 : !llvm.ptr -> f32
                %v959 = arith.mulf %v949, %v958 fastmath<contract> : f32
                %v960 = llvm.load %v53 : !llvm.ptr -> f32
                %v961 = llvm.load %v55 : !llvm.ptr -> f32
                %v962 = arith.mulf %v961, %v960 fastmath<contract> : f32
                %v963 = arith.addf %v959, %v962 fastmath<contract> : f32
                llvm.store %v963, %v53 : f32, !llvm.ptr
                %v964 = llvm.load %v64 : !llvm.ptr -> f32
                %v965 = arith.mulf %v964, %v961 fastmath<contract> : f32
                llvm.store %v965, %v64 : f32, !llvm.ptr
                %v966 = arith.muli %v47, %v292 : i64
                %v967 = arith.muli %v942, %v291 : i64
                %v968 = arith.addi %v966, %v967 : i64
                %v969 = arith.constant 8 : i64
                %v970 = arith.addi %v969, %v33 : i64
                %v971 = arith.muli %v970, %v2 : i64
                %v972 = arith.addi %v968, %v971 : i64
                %v973 = llvm.getelementptr %in_Cm[%v972] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v974 = llvm.load %v973 : !llvm.ptr -> f32
                %v975 = arith.mulf %v974, %v958 fastmath<contract> : f32
                %v976 = llvm.load %v54 : !llvm.ptr -> f32
                %v977 = llvm.load %v56 : !llvm.ptr -> f32
                %v978 = arith.mulf %v977, %v976 fastmath<contract> : f32
                %v979 = arith.addf %v975, %v978 fastmath<contract> : f32
                llvm.store %v979, %v54 : f32, !llvm.ptr
                %v980 = llvm.load %v65 : !llvm.ptr -> f32
                %v981 = arith.mulf %v980, %v977 fastmath<contract> : f32
                llvm.store %v981, %v65 : f32, !llvm.ptr
                %v982 = arith.subi %size_L, %v2 : i64
                %v983 = arith.cmpi eq, %v942, %v982 : i64
                scf.if %v983 {
                }
                llvm.store %v936, %v55 : f32, !llvm.ptr
                llvm.store %v936, %v56 : f32, !llvm.ptr
              }
              %v984 = arith.addi %v330, %v2 : i64
              %v985 = arith.cmpi slt, %v984, %v121 : i64
              %v986, %v987 = gpu.shuffle idx %v387, %v81, %v283 : f32
              %v988, %v989 = gpu.shuffle idx %v388, %v81, %v283 : f32
              %v990, %v991 = gpu.shuffle idx %v393, %v81, %v283 : f32
              %v992, %v993 = gpu.shuffle idx %v396, %v81, %v283 : f32
              %v994, %v995 = gpu.shuffle idx %v406, %v81, %v283 : f32
              %v996, %v997 = gpu.shuffle idx %v411, %v81, %v283 : f32
              scf.if %v985 {
                %v998 = arith.addi %v119, %v984 : i64
                %v999 = arith.muli %v47, %v292 : i64
                %v1000 = arith.muli %v998, %v291 : i64
                %v1001 = arith.addi %v999, %v1000 : i64
                %v1002 = arith.muli %v33, %v2 : i64
                %v1003 = arith.addi %v1001, %v1002 : i64
                %v1004 = llvm.getelementptr %in_Cm[%v1003] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1005 = llvm.load %v1004 : !llvm.ptr -> f32
                %v1006 = arith.muli %v47, %v265 : i64
                %v1007 = arith.muli %v998, %v264 : i64
                %v1008 = arith.addi %v1006, %v1007 : i64
                %v1009 = arith.muli %v45, %v263 : i64
                %v1010 = arith.addi %v1008, %v1009 : i64
                %v1011 = arith.muli %v43, %v2 : i64
                %v1012 = arith.addi %v1010, %v1011 : i64
                %v1013 = llvm.getelementptr %dy_y[%v1012] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1014 = llvm.load %v1013 : !llvm.ptr -> f32
                %v1015 = arith.mulf %v1005, %v1014 fastmath<contract> : f32
                %v1016 = llvm.load %v53 : !llvm.ptr -> f32
                %v1017 = llvm.load %v55 : !llvm.ptr -> f32
                %v1018 = arith.mulf %v1017, %v1016 fastmath<contract> : f32
                %v1019 = arith.addf %v1015, %v1018 fastmath<contract> : f32
                llvm.store %v1019, %v53 : f32, !llvm.ptr
                %v1020 = llvm.load %v64 : !llvm.ptr -> f32
                %v1021 = arith.mulf %v1020, %v1017 fastmath<contract> : f32
                llvm.store %v1021, %v64 : f32, !llvm.ptr
                %v1022 = arith.muli %v47, %v292 : i64
                %v1023 = arith.muli %v998, %v291 : i64
                %v1024 = arith.addi %v1022, %v1023 : i64
                %v1025 = arith.constant 8 : i64
                %v1026 = arith.addi %v1025, %v33 : i64
                %v1027 = arith.muli %v1026, %v2 : i64
                %v1028 = arith.addi %v1024, %v1027 : i64
                %v1029 = llvm.getelementptr %in_Cm[%v1028] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1030 = llvm.load %v1029 : !llvm.ptr -> f32
                %v1031 = arith.mulf %v1030, %v1014 fastmath<contract> : f32
                %v1032 = llvm.load %v54 : !llvm.ptr -> f32
                %v1033 = llvm.load %v56 : !llvm.ptr -> f32
                %v1034 = arith.mulf %v1033, %v1032 fastmath<contract> : f32
                %v1035 = arith.addf %v1031, %v1034 fastmath<contract> : f32
                llvm.store %v1035, %v54 : f32, !llvm.ptr
                %v1036 = llvm.load %v65 : !llvm.ptr -> f32
                %v1037 = arith.mulf %v1036, %v1033 fastmath<contract> : f32
                llvm.store %v1037, %v65 : f32, !llvm.ptr
                %v1038 = arith.subi %size_L, %v2 : i64
                %v1039 = arith.cmpi eq, %v998, %v1038 : i64
                scf.if %v1039 {
                }
                llvm.store %v992, %v55 : f32, !llvm.ptr
                llvm.store %v992, %v56 : f32, !llvm.ptr
              }
              %v1040 = arith.addi %v330, %v66 : i64
              %v1041 = arith.cmpi slt, %v1040, %v121 : i64
              %v1042, %v1043 = gpu.shuffle idx %v387, %v77, %v283 : f32
              %v1044, %v1045 = gpu.shuffle idx %v388, %v77, %v283 : f32
              %v1046, %v1047 = gpu.shuffle idx %v393, %v77, %v283 : f32
              %v1048, %v1049 = gpu.shuffle idx %v396, %v77, %v283 : f32
              %v1050, %v1051 = gpu.shuffle idx %v406, %v77, %v283 : f32
              %v1052, %v1053 = gpu.shuffle idx %v411, %v77, %v283 : f32
              scf.if %v1041 {
                %v1054 = arith.addi %v119, %v1040 : i64
                %v1055 = arith.muli %v47, %v292 : i64
                %v1056 = arith.muli %v1054, %v291 : i64
                %v1057 = arith.addi %v1055, %v1056 : i64
                %v1058 = arith.muli %v33, %v2 : i64
                %v1059 = arith.addi %v1057, %v1058 : i64
                %v1060 = llvm.getelementptr %in_Cm[%v1059] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1061 = llvm.load %v1060 : !llvm.ptr -> f32
                %v1062 = arith.muli %v47, %v265 : i64
                %v1063 = arith.muli %v1054, %v264 : i64
                %v1064 = arith.addi %v1062, %v1063 : i64
                %v1065 = arith.muli %v45, %v263 : i64
                %v1066 = arith.addi %v1064, %v1065 : i64
                %v1067 = arith.muli %v43, %v2 : i64
                %v1068 = arith.addi %v1066, %v1067 : i64
                %v1069 = llvm.getelementptr %dy_y[%v1068] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1070 = llvm.load %v1069 : !llvm.ptr -> f32
                %v1071 = arith.mulf %v1061, %v1070 fastmath<contract> : f32
                %v1072 = llvm.load %v53 : !llvm.ptr -> f32
                %v1073 = llvm.load %v55 : !llvm.ptr -> f32
                %v1074 = arith.mulf %v1073, %v1072 fastmath<contract> : f32
                %v1075 = arith.addf %v1071, %v1074 fastmath<contract> : f32
                llvm.store %v1075, %v53 : f32, !llvm.ptr
                %v1076 = llvm.load %v64 : !llvm.ptr -> f32
                %v1077 = arith.mulf %v1076, %v1073 fastmath<contract> : f32
                llvm.store %v1077, %v64 : f32, !llvm.ptr
                %v1078 = arith.muli %v47, %v292 : i64
                %v1079 = arith.muli %v1054, %v291 : i64
                %v1080 = arith.addi %v1078, %v1079 : i64
                %v1081 = arith.constant 8 : i64
                %v1082 = arith.addi %v1081, %v33 : i64
                %v1083 = arith.muli %v1082, %v2 : i64
                %v1084 = arith.addi %v1080, %v1083 : i64
                %v1085 = llvm.getelementptr %in_Cm[%v1084] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1086 = llvm.load %v1085 : !llvm.ptr -> f32
                %v1087 = arith.mulf %v1086, %v1070 fastmath<contract> : f32
                %v1088 = llvm.load %v54 : !llvm.ptr -> f32
                %v1089 = llvm.load %v56 : !llvm.ptr -> f32
                %v1090 = arith.mulf %v1089, %v1088 fastmath<contract> : f32
                %v1091 = arith.addf %v1087, %v1090 fastmath<contract> : f32
                llvm.store %v1091, %v54 : f32, !llvm.ptr
                %v1092 = llvm.load %v65 : !llvm.ptr -> f32
                %v1093 = arith.mulf %v1092, %v1089 fastmath<contract> : f32
                llvm.store %v1093, %v65 : f32, !llvm.ptr
                %v1094 = arith.subi %size_L, %v2 : i64
                %v1095 = arith.cmpi eq, %v1054, %v1094 : i64
                scf.if %v1095 {
                }
                llvm.store %v1048, %v55 : f32, !llvm.ptr
                llvm.store %v1048, %v56 : f32, !llvm.ptr
              }
            }
          }
        }
      }
      scf.if %v37 {
        %v1096 = llvm.load %v53 : !llvm.ptr -> f32
        %v1097 = arith.addi %v66, %v33 : i64
        %v1098 = arith.muli %v66, %v9 : i64
        %v1099 = arith.addi %v1098, %v28 : i64
        %v1100 = arith.muli %v1099, %v1 : i64
        %v1101 = arith.addi %v1100, %v1097 : i64
        %v1102 = arith.muli %v1101, %v5 : i64
        %v1103 = arith.subi %v5, %v2 : i64
        %v1104 = arith.minsi %v39, %v1103 : i64
        %v1105 = arith.addi %v1102, %v1104 : i64
        %v1106 = llvm.getelementptr %segsum_S[%v1105] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1096, %v1106 : f32, !llvm.ptr
        %v1107 = llvm.load %v64 : !llvm.ptr -> f32
        %v1108 = arith.addi %v66, %v33 : i64
        %v1109 = arith.muli %v2, %v9 : i64
        %v1110 = arith.addi %v1109, %v28 : i64
        %v1111 = arith.muli %v1110, %v1 : i64
        %v1112 = arith.addi %v1111, %v1108 : i64
        %v1113 = arith.muli %v1112, %v5 : i64
        %v1114 = arith.subi %v5, %v2 : i64
        %v1115 = arith.minsi %v39, %v1114 : i64
        %v1116 = arith.addi %v1113, %v1115 : i64
        %v1117 = llvm.getelementptr %segsum_S[%v1116] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1107, %v1117 : f32, !llvm.ptr
        %v1118 = llvm.load %v55 : !llvm.ptr -> f32
        %v1119 = arith.addi %v66, %v33 : i64
        %v1120 = arith.muli %v470, %v9 : i64
        %v1121 = arith.addi %v1120, %v28 : i64
        %v1122 = arith.muli %v1121, %v1 : i64
        %v1123 = arith.addi %v1122, %v1119 : i64
        %v1124 = arith.muli %v1123, %v5 : i64
        %v1125 = arith.subi %v5, %v2 : i64
        %v1126 = arith.minsi %v39, %v1125 : i64
        %v1127 = arith.addi %v1124, %v1126 : i64
        %v1128 = llvm.getelementptr %segsum_S[%v1127] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1118, %v1128 : f32, !llvm.ptr
        %v1129 = llvm.load %v54 : !llvm.ptr -> f32
        %v1130 = arith.addi %v32, %v33 : i64
        %v1131 = arith.muli %v66, %v9 : i64
        %v1132 = arith.addi %v1131, %v28 : i64
        %v1133 = arith.muli %v1132, %v1 : i64
        %v1134 = arith.addi %v1133, %v1130 : i64
        %v1135 = arith.muli %v1134, %v5 : i64
        %v1136 = arith.subi %v5, %v2 : i64
        %v1137 = arith.minsi %v39, %v1136 : i64
        %v1138 = arith.addi %v1135, %v1137 : i64
        %v1139 = llvm.getelementptr %segsum_S[%v1138] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1129, %v1139 : f32, !llvm.ptr
        %v1140 = llvm.load %v65 : !llvm.ptr -> f32
        %v1141 = arith.addi %v32, %v33 : i64
        %v1142 = arith.muli %v2, %v9 : i64
        %v1143 = arith.addi %v1142, %v28 : i64
        %v1144 = arith.muli %v1143, %v1 : i64
        %v1145 = arith.addi %v1144, %v1141 : i64
        %v1146 = arith.muli %v1145, %v5 : i64
        %v1147 = arith.subi %v5, %v2 : i64
        %v1148 = arith.minsi %v39, %v1147 : i64
        %v1149 = arith.addi %v1146, %v1148 : i64
        %v1150 = llvm.getelementptr %segsum_S[%v1149] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1140, %v1150 : f32, !llvm.ptr
        %v1151 = llvm.load %v56 : !llvm.ptr -> f32
        %v1152 = arith.addi %v32, %v33 : i64
        %v1153 = arith.muli %v470, %v9 : i64
        %v1154 = arith.addi %v1153, %v28 : i64
        %v1155 = arith.muli %v1154, %v1 : i64
        %v1156 = arith.addi %v1155, %v1152 : i64
        %v1157 = arith.muli %v1156, %v5 : i64
        %v1158 = arith.subi %v5, %v2 : i64
        %v1159 = arith.minsi %v39, %v1158 : i64
        %v1160 = arith.addi %v1157, %v1159 : i64
        %v1161 = llvm.getelementptr %segsum_S[%v1160] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1151, %v1161 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
