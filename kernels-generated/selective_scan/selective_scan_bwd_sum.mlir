module attributes {gpu.container_module} {
  gpu.module @linrec {
    llvm.mlir.global internal @rows_selective_scan_bwd_sum_Bm() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<1040 x f32>
    llvm.mlir.global internal @rows_selective_scan_bwd_sum_Cm() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<1040 x f32>
    gpu.func @selective_scan_bwd_sum(%in_u: !llvm.ptr, %in_delta: !llvm.ptr, %in_z: !llvm.ptr, %in_A: !llvm.ptr, %in_Bm: !llvm.ptr, %in_Cm: !llvm.ptr, %in_Dskip: !llvm.ptr, %in_dt_bias: !llvm.ptr, %in_h0: !llvm.ptr, %dy_y: !llvm.ptr, %dy_h_last: !llvm.ptr, %ckpt_h: !llvm.ptr, %scratch_h: !llvm.ptr, %segsum_h: !llvm.ptr, %size_B: i64, %size_D: i64, %size_L: i64, %size_N: i64) kernel attributes {nvvm.maxntid = array<i32: 256, 1, 1>, nvvm.minctasm = 2 : i32} {
      %v1 = arith.constant 16 : i64
      %v2 = arith.constant 1 : i64
      %v3 = arith.muli %v2, %size_B : i64
      %v4 = arith.muli %v3, %size_D : i64
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
      %v31 = arith.constant 8 : i64
      %v46 = arith.constant 4 : i64
      %v50 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v51 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v52 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v53 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v54 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v55 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v56 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v57 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v58 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v59 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v60 = llvm.mlir.addressof @rows_selective_scan_bwd_sum_Bm : !llvm.ptr<3>
      %v61 = llvm.addrspacecast %v60 : !llvm.ptr<3> to !llvm.ptr
      %v62 = llvm.mlir.addressof @rows_selective_scan_bwd_sum_Cm : !llvm.ptr<3>
      %v63 = llvm.addrspacecast %v62 : !llvm.ptr<3> to !llvm.ptr
      %v64 = arith.constant 0x00000000 : f32
      %v65 = arith.constant 0x3F800000 : f32
      %v66 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v67 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v68 = arith.constant 0 : i64
      %v70 = arith.muli %v2, %v1 : i64
      %v71 = arith.muli %v70, %size_D : i64
      %v114 = arith.constant 64 : i64
      %v115 = arith.constant 7 : i64
      %v171 = arith.constant 1024 : i64
      %v183 = arith.muli %v2, %size_L : i64
      %v184 = arith.muli %v183, %v1 : i64
      %v192 = arith.constant 65 : i64
      %v236 = arith.muli %v2, %size_L : i64
      %v237 = arith.muli %v236, %size_D : i64
      %v252 = arith.constant 0x3FB8AA3B : f32
      %v257 = arith.constant 0x3F317218 : f32
      %v259 = arith.constant 0x3E124925 : f32
      %v261 = arith.constant 0xBE2AAAAB : f32
      %v264 = arith.constant 0x3E4CCCCD : f32
      %v267 = arith.constant 0xBE800000 : f32
      %v270 = arith.constant 0x3EAAAAAB : f32
      %v273 = arith.constant 0xBF000000 : f32
      %v279 = arith.constant 0x3D800000 : f32
      %v323 = arith.constant 2147483647 : i64
      %v327 = arith.constant 7 : i32
      %v330 = arith.constant 32 : i32
      %v396 = arith.muli %v2, %v1 : i64
      %v415 = arith.constant 6 : i64
      %v417 = arith.constant 6 : i32
      %v503 = arith.constant 5 : i64
      %v505 = arith.constant 5 : i32
      %v592 = arith.constant 4 : i32
      %v678 = arith.constant 3 : i64
      %v680 = arith.constant 3 : i32
      %v766 = arith.constant 2 : i64
      %v768 = arith.constant 2 : i32
      %v855 = arith.constant 1 : i32
      %v942 = arith.constant 0 : i32
      %v15 = gpu.block_id x
      %v16 = gpu.thread_id x
      %v17 = arith.index_cast %v16 : index to i64
      %v18 = arith.index_cast %v15 : index to i64
      %v20 = arith.subi %v19, %v2 : i64
      %v21 = arith.addi %size_D, %v20 : i64
      %v22 = arith.divui %v21, %v19 : i64
      %v23 = arith.maxsi %v22, %v2 : i64
      %v24 = arith.maxsi %size_D, %v2 : i64
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
      %v36 = arith.cmpi slt, %v35, %size_D : i64
      %v37 = arith.muli %v29, %size_D : i64
      %v38 = arith.addi %v37, %v35 : i64
      %v39 = arith.subi %size_D, %v2 : i64
      %v40 = arith.minsi %v35, %v39 : i64
      %v41 = arith.addi %v37, %v40 : i64
      %v42 = arith.remui %v41, %size_D : i64
      %v43 = arith.divui %v41, %size_D : i64
      %v44 = arith.remui %v43, %size_B : i64
      %v45 = arith.divui %v43, %size_B : i64
      %v119 = arith.trunci %v17 : i64 to i32
      %v120 = arith.constant 24 : i32
      %v121 = arith.andi %v119, %v120 : i32
      %v122 = arith.constant 0 : i32
      %v123 = arith.ori %v121, %v122 : i32
      %v124 = arith.constant 0 : i64
      %v125 = arith.cmpi eq, %v32, %v124 : i64
      %v126 = arith.constant 1 : i32
      %v127 = arith.ori %v121, %v126 : i32
      %v128 = arith.constant 1 : i64
      %v129 = arith.cmpi eq, %v32, %v128 : i64
      %v130 = arith.constant 2 : i32
      %v131 = arith.ori %v121, %v130 : i32
      %v132 = arith.constant 2 : i64
      %v133 = arith.cmpi eq, %v32, %v132 : i64
      %v134 = arith.constant 3 : i32
      %v135 = arith.ori %v121, %v134 : i32
      %v136 = arith.constant 3 : i64
      %v137 = arith.cmpi eq, %v32, %v136 : i64
      %v138 = arith.constant 4 : i32
      %v139 = arith.ori %v121, %v138 : i32
      %v140 = arith.constant 4 : i64
      %v141 = arith.cmpi eq, %v32, %v140 : i64
      %v142 = arith.constant 5 : i32
      %v143 = arith.ori %v121, %v142 : i32
      %v144 = arith.constant 5 : i64
      %v145 = arith.cmpi eq, %v32, %v144 : i64
      %v146 = arith.constant 6 : i32
      %v147 = arith.ori %v121, %v146 : i32
      %v148 = arith.constant 6 : i64
      %v149 = arith.cmpi eq, %v32, %v148 : i64
      %v150 = arith.constant 7 : i32
      %v151 = arith.ori %v121, %v150 : i32
      %v152 = arith.constant 7 : i64
      %v153 = arith.cmpi eq, %v32, %v152 : i64
      %v47 = arith.muli %v27, %v46 : i64
      %v48 = arith.addi %v47, %v46 : i64
      %v49 = arith.muli %v27, %v4 : i64
      llvm.store %v64, %v50 : f32, !llvm.ptr
      llvm.store %v64, %v51 : f32, !llvm.ptr
      llvm.store %v65, %v52 : f32, !llvm.ptr
      llvm.store %v65, %v53 : f32, !llvm.ptr
      llvm.store %v64, %v54 : f32, !llvm.ptr
      llvm.store %v64, %v55 : f32, !llvm.ptr
      llvm.store %v64, %v56 : f32, !llvm.ptr
      llvm.store %v64, %v57 : f32, !llvm.ptr
      llvm.store %v64, %v58 : f32, !llvm.ptr
      llvm.store %v64, %v59 : f32, !llvm.ptr
      llvm.store %v65, %v66 : f32, !llvm.ptr
      llvm.store %v65, %v67 : f32, !llvm.ptr
      %v69 = arith.cmpi eq, %size_L, %v68 : i64
      scf.if %v69 {
        %v72 = arith.muli %v44, %v71 : i64
        %v73 = arith.muli %v42, %v70 : i64
        %v74 = arith.addi %v72, %v73 : i64
        %v75 = arith.muli %v32, %v2 : i64
        %v76 = arith.addi %v74, %v75 : i64
        %v77 = llvm.mlir.zero : !llvm.ptr
        %v78 = llvm.icmp "ne" %in_h0, %v77 : !llvm.ptr
        %v79 = scf.if %v78 -> (f32) {
          %v80 = llvm.getelementptr %in_h0[%v76] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v81 = llvm.load %v80 : !llvm.ptr -> f32
          scf.yield %v81 : f32
        } else {
          scf.yield %v64 : f32
        }
        llvm.store %v79, %v13 : f32, !llvm.ptr
        %v82 = arith.muli %v44, %v71 : i64
        %v83 = arith.muli %v42, %v70 : i64
        %v84 = arith.addi %v82, %v83 : i64
        %v85 = arith.constant 8 : i64
        %v86 = arith.addi %v85, %v32 : i64
        %v87 = arith.muli %v86, %v2 : i64
        %v88 = arith.addi %v84, %v87 : i64
        %v89 = llvm.mlir.zero : !llvm.ptr
        %v90 = llvm.icmp "ne" %in_h0, %v89 : !llvm.ptr
        %v91 = scf.if %v90 -> (f32) {
          %v92 = llvm.getelementptr %in_h0[%v88] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v93 = llvm.load %v92 : !llvm.ptr -> f32
          scf.yield %v93 : f32
        } else {
          scf.yield %v64 : f32
        }
        llvm.store %v91, %v14 : f32, !llvm.ptr
        %v94 = arith.muli %v44, %v71 : i64
        %v95 = arith.muli %v42, %v70 : i64
        %v96 = arith.addi %v94, %v95 : i64
        %v97 = arith.muli %v32, %v2 : i64
        %v98 = arith.addi %v96, %v97 : i64
        %v99 = llvm.getelementptr %dy_h_last[%v98] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v100 = llvm.load %v99 : !llvm.ptr -> f32
        %v101 = llvm.load %v50 : !llvm.ptr -> f32
        %v102 = arith.addf %v101, %v100 fastmath<contract> : f32
        llvm.store %v102, %v50 : f32, !llvm.ptr
        %v103 = arith.muli %v44, %v71 : i64
        %v104 = arith.muli %v42, %v70 : i64
        %v105 = arith.addi %v103, %v104 : i64
        %v106 = arith.constant 8 : i64
        %v107 = arith.addi %v106, %v32 : i64
        %v108 = arith.muli %v107, %v2 : i64
        %v109 = arith.addi %v105, %v108 : i64
        %v110 = llvm.getelementptr %dy_h_last[%v109] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v111 = llvm.load %v110 : !llvm.ptr -> f32
        %v112 = llvm.load %v51 : !llvm.ptr -> f32
        %v113 = arith.addf %v112, %v111 fastmath<contract> : f32
        llvm.store %v113, %v51 : f32, !llvm.ptr
      }
      %v116 = arith.subi %v114, %v2 : i64
      %v117 = arith.addi %size_L, %v116 : i64
      %v118 = arith.divui %v117, %v114 : i64
      %v154 = arith.minsi %v48, %v118 : i64
      %v155 = arith.muli %v27, %v31 : i64
      %v156 = arith.subi %v154, %v47 : i64
      %v157 = arith.maxsi %v156, %v68 : i64
      %v158 = arith.index_cast %v68 : i64 to index
      %v159 = arith.index_cast %v157 : i64 to index
      %v160 = arith.index_cast %v2 : i64 to index
      scf.for %v161 = %v158 to %v159 step %v160 {
        %v162 = arith.index_cast %v161 : index to i64
        %v163 = arith.subi %v154, %v2 : i64
        %v164 = arith.subi %v163, %v162 : i64
        %v165 = arith.muli %v164, %v114 : i64
        %v166 = arith.subi %size_L, %v165 : i64
        %v167 = arith.minsi %v166, %v114 : i64
        %v168 = arith.addi %v167, %v115 : i64
        %v169 = arith.divui %v168, %v31 : i64
        // the block's shared input rows for this stretch
        gpu.barrier
        %v170 = arith.subi %size_L, %v2 : i64
        %v172 = arith.index_cast %v17 : i64 to index
        %v173 = arith.index_cast %v171 : i64 to index
        %v174 = arith.index_cast %v7 : i64 to index
        scf.for %v175 = %v172 to %v173 step %v174 {
          %v176 = arith.index_cast %v175 : index to i64
          %v177 = arith.remui %v176, %v114 : i64
          %v178 = arith.divui %v176, %v114 : i64
          %v179 = arith.addi %v165, %v177 : i64
          %v180 = arith.minsi %v179, %v170 : i64
          %v181 = arith.remui %v178, %v1 : i64
          %v182 = arith.divui %v178, %v1 : i64
          %v185 = arith.muli %v44, %v184 : i64
          %v186 = arith.muli %v181, %v183 : i64
          %v187 = arith.addi %v185, %v186 : i64
          %v188 = arith.muli %v180, %v2 : i64
          %v189 = arith.addi %v187, %v188 : i64
          %v190 = llvm.getelementptr %in_Bm[%v189] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v191 = llvm.load %v190 : !llvm.ptr -> f32
          %v193 = arith.muli %v178, %v192 : i64
          %v194 = arith.addi %v193, %v177 : i64
          %v195 = llvm.getelementptr %v61[%v194] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v191, %v195 : f32, !llvm.ptr
        }
        %v196 = arith.index_cast %v17 : i64 to index
        %v197 = arith.index_cast %v171 : i64 to index
        %v198 = arith.index_cast %v7 : i64 to index
        scf.for %v199 = %v196 to %v197 step %v198 {
          %v200 = arith.index_cast %v199 : index to i64
          %v201 = arith.remui %v200, %v114 : i64
          %v202 = arith.divui %v200, %v114 : i64
          %v203 = arith.addi %v165, %v201 : i64
          %v204 = arith.minsi %v203, %v170 : i64
          %v205 = arith.remui %v202, %v1 : i64
          %v206 = arith.divui %v202, %v1 : i64
          %v207 = arith.muli %v44, %v184 : i64
          %v208 = arith.muli %v205, %v183 : i64
          %v209 = arith.addi %v207, %v208 : i64
          %v210 = arith.muli %v204, %v2 : i64
          %v211 = arith.addi %v209, %v210 : i64
          %v212 = llvm.getelementptr %in_Cm[%v211] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v213 = llvm.load %v212 : !llvm.ptr -> f32
          %v214 = arith.muli %v202, %v192 : i64
          %v215 = arith.addi %v214, %v201 : i64
          %v216 = llvm.getelementptr %v63[%v215] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v213, %v216 : f32, !llvm.ptr
        }
        gpu.barrier
        %v217 = arith.index_cast %v68 : i64 to index
        %v218 = arith.index_cast %v2 : i64 to index
        %v219 = arith.index_cast %v2 : i64 to index
        scf.for %v220 = %v217 to %v218 step %v219 {
          %v221 = arith.index_cast %v220 : index to i64
          %v222 = arith.index_cast %v68 : i64 to index
          %v223 = arith.index_cast %v169 : i64 to index
          %v224 = arith.index_cast %v2 : i64 to index
          scf.for %v225 = %v222 to %v223 step %v224 {
            %v226 = arith.index_cast %v225 : index to i64
            %v227 = arith.cmpi slt, %v226, %v169 : i64
            scf.if %v227 {
              %v228 = arith.subi %v169, %v2 : i64
              %v229 = arith.subi %v228, %v226 : i64
              %v230 = arith.muli %v229, %v31 : i64
              %v231 = arith.addi %v155, %v229 : i64
              %v232 = arith.subi %v167, %v2 : i64
              %v233 = arith.addi %v230, %v32 : i64
              %v234 = arith.minsi %v233, %v232 : i64
              %v235 = arith.addi %v165, %v234 : i64
              %v238 = arith.muli %v44, %v237 : i64
              %v239 = arith.muli %v42, %v236 : i64
              %v240 = arith.addi %v238, %v239 : i64
              %v241 = arith.muli %v235, %v2 : i64
              %v242 = arith.addi %v240, %v241 : i64
              %v243 = llvm.getelementptr %in_delta[%v242] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v244 = llvm.load %v243 : !llvm.ptr -> f32
              %v245 = arith.muli %v42, %v2 : i64
              %v246 = llvm.getelementptr %in_dt_bias[%v245] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v247 = llvm.load %v246 : !llvm.ptr -> f32
              %v248 = arith.addf %v244, %v247 fastmath<contract> : f32
              %v249 = arith.maximumf %v248, %v64 : f32
              %v250 = llvm.call_intrinsic "llvm.fabs.f32"(%v248) : (f32) -> f32
              %v251 = arith.negf %v250 : f32
              %v253 = arith.mulf %v251, %v252 fastmath<contract> : f32
              %v254 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v253) : (f32) -> f32
              %v255 = arith.addf %v65, %v254 fastmath<contract> : f32
              %v256 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v255) : (f32) -> f32
              %v258 = arith.mulf %v256, %v257 fastmath<contract> : f32
              %v260 = arith.mulf %v259, %v254 fastmath<contract> : f32
              %v262 = arith.addf %v260, %v261 fastmath<contract> : f32
              %v263 = arith.mulf %v262, %v254 fastmath<contract> : f32
              %v265 = arith.addf %v263, %v264 fastmath<contract> : f32
              %v266 = arith.mulf %v265, %v254 fastmath<contract> : f32
              %v268 = arith.addf %v266, %v267 fastmath<contract> : f32
              %v269 = arith.mulf %v268, %v254 fastmath<contract> : f32
              %v271 = arith.addf %v269, %v270 fastmath<contract> : f32
              %v272 = arith.mulf %v271, %v254 fastmath<contract> : f32
              %v274 = arith.addf %v272, %v273 fastmath<contract> : f32
              %v275 = arith.mulf %v274, %v254 fastmath<contract> : f32
              %v276 = arith.addf %v275, %v65 fastmath<contract> : f32
              %v277 = arith.mulf %v276, %v254 fastmath<contract> : f32
              %v278 = llvm.call_intrinsic "llvm.fabs.f32"(%v254) : (f32) -> f32
              %v280 = arith.cmpf olt, %v278, %v279 : f32
              %v281 = arith.select %v280, %v277, %v258 : f32
              %v282 = arith.addf %v249, %v281 fastmath<contract> : f32
              %v283 = arith.muli %v44, %v237 : i64
              %v284 = arith.muli %v42, %v236 : i64
              %v285 = arith.addi %v283, %v284 : i64
              %v286 = arith.muli %v235, %v2 : i64
              %v287 = arith.addi %v285, %v286 : i64
              %v288 = llvm.getelementptr %in_u[%v287] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v289 = llvm.load %v288 : !llvm.ptr -> f32
              %v290 = arith.mulf %v282, %v289 fastmath<contract> : f32
              %v291 = arith.muli %v44, %v237 : i64
              %v292 = arith.muli %v42, %v236 : i64
              %v293 = arith.addi %v291, %v292 : i64
              %v294 = arith.muli %v235, %v2 : i64
              %v295 = arith.addi %v293, %v294 : i64
              %v296 = llvm.getelementptr %in_z[%v295] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v297 = llvm.load %v296 : !llvm.ptr -> f32
              %v298 = arith.negf %v297 : f32
              %v299 = arith.mulf %v298, %v252 fastmath<contract> : f32
              %v300 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v299) : (f32) -> f32
              %v301 = arith.addf %v65, %v300 fastmath<contract> : f32
              %v302 = arith.divf %v65, %v301 : f32
              %v303 = arith.mulf %v297, %v302 fastmath<contract> : f32
              %v304 = arith.negf %v297 : f32
              %v305 = arith.mulf %v304, %v252 fastmath<contract> : f32
              %v306 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v305) : (f32) -> f32
              %v307 = arith.addf %v65, %v306 fastmath<contract> : f32
              %v308 = arith.divf %v65, %v307 : f32
              %v309 = arith.subf %v65, %v308 fastmath<contract> : f32
              %v310 = arith.mulf %v297, %v309 fastmath<contract> : f32
              %v311 = arith.addf %v65, %v310 fastmath<contract> : f32
              %v312 = arith.mulf %v308, %v311 fastmath<contract> : f32
              %v313 = arith.negf %v248 : f32
              %v314 = arith.mulf %v313, %v252 fastmath<contract> : f32
              %v315 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v314) : (f32) -> f32
              %v316 = arith.addf %v65, %v315 fastmath<contract> : f32
              %v317 = arith.divf %v65, %v316 : f32
              // the group's states, recomputed into registers
              %v318 = arith.subi %v167, %v230 : i64
              %v319 = arith.trunci %v318 : i64 to i32
              %v320 = arith.subi %size_L, %v2 : i64
              %v321 = arith.addi %v165, %v230 : i64
              %v322 = arith.subi %v320, %v321 : i64
              %v324 = arith.minsi %v322, %v323 : i64
              %v325 = arith.trunci %v324 : i64 to i32
              %v326 = arith.addi %v230, %v115 : i64
              %v328 = arith.cmpi slt, %v327, %v319 : i32
              %v329 = arith.cmpi eq, %v327, %v325 : i32
              %v331, %v332 = gpu.shuffle idx %v282, %v151, %v330 : f32
              %v333, %v334 = gpu.shuffle idx %v290, %v151, %v330 : f32
              %v335, %v336 = gpu.shuffle idx %v303, %v151, %v330 : f32
              %v337, %v338 = gpu.shuffle idx %v312, %v151, %v330 : f32
              %v339, %v340 = gpu.shuffle idx %v317, %v151, %v330 : f32
              scf.if %v328 {
                %v341 = arith.addi %v165, %v326 : i64
                %v342 = arith.muli %v32, %v192 : i64
                %v343 = arith.subi %v341, %v165 : i64
                %v344 = arith.addi %v342, %v343 : i64
                %v345 = llvm.getelementptr %v63[%v344] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v346 = llvm.load %v345 : !llvm.ptr -> f32
                %v347 = arith.muli %v44, %v237 : i64
                %v348 = arith.muli %v42, %v236 : i64
                %v349 = arith.addi %v347, %v348 : i64
                %v350 = arith.muli %v341, %v2 : i64
                %v351 = arith.addi %v349, %v350 : i64
                %v352 = llvm.getelementptr %dy_y[%v351] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v353 = llvm.load %v352 : !llvm.ptr -> f32
                %v354 = arith.mulf %v335, %v353 fastmath<contract> : f32
                %v355 = arith.mulf %v346, %v354 fastmath<contract> : f32
                %v356 = llvm.load %v50 : !llvm.ptr -> f32
                %v357 = llvm.load %v52 : !llvm.ptr -> f32
                %v358 = arith.mulf %v357, %v356 fastmath<contract> : f32
                %v359 = arith.addf %v355, %v358 fastmath<contract> : f32
                llvm.store %v359, %v50 : f32, !llvm.ptr
                %v360 = llvm.load %v66 : !llvm.ptr -> f32
                %v361 = arith.mulf %v360, %v357 fastmath<contract> : f32
                llvm.store %v361, %v66 : f32, !llvm.ptr
                %v362 = arith.constant 8 : i64
                %v363 = arith.addi %v362, %v32 : i64
                %v364 = arith.muli %v363, %v192 : i64
                %v365 = arith.subi %v341, %v165 : i64
                %v366 = arith.addi %v364, %v365 : i64
                %v367 = llvm.getelementptr %v63[%v366] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v368 = llvm.load %v367 : !llvm.ptr -> f32
                %v369 = arith.mulf %v368, %v354 fastmath<contract> : f32
                %v370 = llvm.load %v51 : !llvm.ptr -> f32
                %v371 = llvm.load %v53 : !llvm.ptr -> f32
                %v372 = arith.mulf %v371, %v370 fastmath<contract> : f32
                %v373 = arith.addf %v369, %v372 fastmath<contract> : f32
                llvm.store %v373, %v51 : f32, !llvm.ptr
                %v374 = llvm.load %v67 : !llvm.ptr -> f32
                %v375 = arith.mulf %v374, %v371 fastmath<contract> : f32
                llvm.store %v375, %v67 : f32, !llvm.ptr
                scf.if %v329 {
                  %v376 = arith.muli %v44, %v71 : i64
                  %v377 = arith.muli %v42, %v70 : i64
                  %v378 = arith.addi %v376, %v377 : i64
                  %v379 = arith.muli %v32, %v2 : i64
                  %v380 = arith.addi %v378, %v379 : i64
                  %v381 = llvm.getelementptr %dy_h_last[%v380] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v382 = llvm.load %v381 : !llvm.ptr -> f32
                  %v383 = llvm.load %v50 : !llvm.ptr -> f32
                  %v384 = arith.addf %v383, %v382 fastmath<contract> : f32
                  llvm.store %v384, %v50 : f32, !llvm.ptr
                  %v385 = arith.muli %v44, %v71 : i64
                  %v386 = arith.muli %v42, %v70 : i64
                  %v387 = arith.addi %v385, %v386 : i64
                  %v388 = arith.constant 8 : i64
                  %v389 = arith.addi %v388, %v32 : i64
                  %v390 = arith.muli %v389, %v2 : i64
                  %v391 = arith.addi %v387, %v390 : i64
                  %v392 = llvm.getelementptr %dy_h_last[%v391] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v393 = llvm.load %v392 : !llvm.ptr -> f32
                  %v394 = llvm.load %v51 : !llvm.ptr -> f32
                  %v395 = arith.addf %v394, %v393 fastmath<contract> : f32
                  llvm.store %v395, %v51 : f32, !llvm.ptr
                }
                %v397 = arith.muli %v42, %v396 : i64
                %v398 = arith.muli %v32, %v2 : i64
                %v399 = arith.addi %v397, %v398 : i64
                %v400 = llvm.getelementptr %in_A[%v399] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v401 = llvm.load %v400 : !llvm.ptr -> f32
                %v402 = arith.mulf %v331, %v401 fastmath<contract> : f32
                %v403 = arith.mulf %v402, %v252 fastmath<contract> : f32
                %v404 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v403) : (f32) -> f32
                llvm.store %v404, %v52 : f32, !llvm.ptr
                %v405 = arith.muli %v42, %v396 : i64
                %v406 = arith.constant 8 : i64
                %v407 = arith.addi %v406, %v32 : i64
                %v408 = arith.muli %v407, %v2 : i64
                %v409 = arith.addi %v405, %v408 : i64
                %v410 = llvm.getelementptr %in_A[%v409] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v411 = llvm.load %v410 : !llvm.ptr -> f32
                %v412 = arith.mulf %v331, %v411 fastmath<contract> : f32
                %v413 = arith.mulf %v412, %v252 fastmath<contract> : f32
                %v414 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v413) : (f32) -> f32
                llvm.store %v414, %v53 : f32, !llvm.ptr
              }
              %v416 = arith.addi %v230, %v415 : i64
              %v418 = arith.cmpi slt, %v417, %v319 : i32
              %v419 = arith.cmpi eq, %v417, %v325 : i32
              %v420, %v421 = gpu.shuffle idx %v282, %v147, %v330 : f32
              %v422, %v423 = gpu.shuffle idx %v290, %v147, %v330 : f32
              %v424, %v425 = gpu.shuffle idx %v303, %v147, %v330 : f32
              %v426, %v427 = gpu.shuffle idx %v312, %v147, %v330 : f32
              %v428, %v429 = gpu.shuffle idx %v317, %v147, %v330 : f32
              scf.if %v418 {
                %v430 = arith.addi %v165, %v416 : i64
                %v431 = arith.muli %v32, %v192 : i64
                %v432 = arith.subi %v430, %v165 : i64
                %v433 = arith.addi %v431, %v432 : i64
                %v434 = llvm.getelementptr %v63[%v433] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v435 = llvm.load %v434 : !llvm.ptr -> f32
                %v436 = arith.muli %v44, %v237 : i64
                %v437 = arith.muli %v42, %v236 : i64
                %v438 = arith.addi %v436, %v437 : i64
                %v439 = arith.muli %v430, %v2 : i64
                %v440 = arith.addi %v438, %v439 : i64
                %v441 = llvm.getelementptr %dy_y[%v440] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v442 = llvm.load %v441 : !llvm.ptr -> f32
                %v443 = arith.mulf %v424, %v442 fastmath<contract> : f32
                %v444 = arith.mulf %v435, %v443 fastmath<contract> : f32
                %v445 = llvm.load %v50 : !llvm.ptr -> f32
                %v446 = llvm.load %v52 : !llvm.ptr -> f32
                %v447 = arith.mulf %v446, %v445 fastmath<contract> : f32
                %v448 = arith.addf %v444, %v447 fastmath<contract> : f32
                llvm.store %v448, %v50 : f32, !llvm.ptr
                %v449 = llvm.load %v66 : !llvm.ptr -> f32
                %v450 = arith.mulf %v449, %v446 fastmath<contract> : f32
                llvm.store %v450, %v66 : f32, !llvm.ptr
                %v451 = arith.constant 8 : i64
                %v452 = arith.addi %v451, %v32 : i64
                %v453 = arith.muli %v452, %v192 : i64
                %v454 = arith.subi %v430, %v165 : i64
                %v455 = arith.addi %v453, %v454 : i64
                %v456 = llvm.getelementptr %v63[%v455] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v457 = llvm.load %v456 : !llvm.ptr -> f32
                %v458 = arith.mulf %v457, %v443 fastmath<contract> : f32
                %v459 = llvm.load %v51 : !llvm.ptr -> f32
                %v460 = llvm.load %v53 : !llvm.ptr -> f32
                %v461 = arith.mulf %v460, %v459 fastmath<contract> : f32
                %v462 = arith.addf %v458, %v461 fastmath<contract> : f32
                llvm.store %v462, %v51 : f32, !llvm.ptr
                %v463 = llvm.load %v67 : !llvm.ptr -> f32
                %v464 = arith.mulf %v463, %v460 fastmath<contract> : f32
                llvm.store %v464, %v67 : f32, !llvm.ptr
                scf.if %v419 {
                  %v465 = arith.muli %v44, %v71 : i64
                  %v466 = arith.muli %v42, %v70 : i64
                  %v467 = arith.addi %v465, %v466 : i64
                  %v468 = arith.muli %v32, %v2 : i64
                  %v469 = arith.addi %v467, %v468 : i64
                  %v470 = llvm.getelementptr %dy_h_last[%v469] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v471 = llvm.load %v470 : !llvm.ptr -> f32
                  %v472 = llvm.load %v50 : !llvm.ptr -> f32
                  %v473 = arith.addf %v472, %v471 fastmath<contract> : f32
                  llvm.store %v473, %v50 : f32, !llvm.ptr
                  %v474 = arith.muli %v44, %v71 : i64
                  %v475 = arith.muli %v42, %v70 : i64
                  %v476 = arith.addi %v474, %v475 : i64
                  %v477 = arith.constant 8 : i64
                  %v478 = arith.addi %v477, %v32 : i64
                  %v479 = arith.muli %v478, %v2 : i64
                  %v480 = arith.addi %v476, %v479 : i64
                  %v481 = llvm.getelementptr %dy_h_last[%v480] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v482 = llvm.load %v481 : !llvm.ptr -> f32
                  %v483 = llvm.load %v51 : !llvm.ptr -> f32
                  %v484 = arith.addf %v483, %v482 fastmath<contract> : f32
                  llvm.store %v484, %v51 : f32, !llvm.ptr
                }
                %v485 = arith.muli %v42, %v396 : i64
                %v486 = arith.muli %v32, %v2 : i64
                %v487 = arith.addi %v485, %v486 : i64
                %v488 = llvm.getelementptr %in_A[%v487] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v489 = llvm.load %v488 : !llvm.ptr -> f32
                %v490 = arith.mulf %v420, %v489 fastmath<contract> : f32
                %v491 = arith.mulf %v490, %v252 fastmath<contract> : f32
                %v492 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v491) : (f32) -> f32
                llvm.store %v492, %v52 : f32, !llvm.ptr
                %v493 = arith.muli %v42, %v396 : i64
                %v494 = arith.constant 8 : i64
                %v495 = arith.addi %v494, %v32 : i64
                %v496 = arith.muli %v495, %v2 : i64
                %v497 = arith.addi %v493, %v496 : i64
                %v498 = llvm.getelementptr %in_A[%v497] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v499 = llvm.load %v498 : !llvm.ptr -> f32
                %v500 = arith.mulf %v420, %v499 fastmath<contract> : f32
                %v501 = arith.mulf %v500, %v252 fastmath<contract> : f32
                %v502 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v501) : (f32) -> f32
                llvm.store %v502, %v53 : f32, !llvm.ptr
              }
              %v504 = arith.addi %v230, %v503 : i64
              %v506 = arith.cmpi slt, %v505, %v319 : i32
              %v507 = arith.cmpi eq, %v505, %v325 : i32
              %v508, %v509 = gpu.shuffle idx %v282, %v143, %v330 : f32
              %v510, %v511 = gpu.shuffle idx %v290, %v143, %v330 : f32
              %v512, %v513 = gpu.shuffle idx %v303, %v143, %v330 : f32
              %v514, %v515 = gpu.shuffle idx %v312, %v143, %v330 : f32
              %v516, %v517 = gpu.shuffle idx %v317, %v143, %v330 : f32
              scf.if %v506 {
                %v518 = arith.addi %v165, %v504 : i64
                %v519 = arith.muli %v32, %v192 : i64
                %v520 = arith.subi %v518, %v165 : i64
                %v521 = arith.addi %v519, %v520 : i64
                %v522 = llvm.getelementptr %v63[%v521] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v523 = llvm.load %v522 : !llvm.ptr -> f32
                %v524 = arith.muli %v44, %v237 : i64
                %v525 = arith.muli %v42, %v236 : i64
                %v526 = arith.addi %v524, %v525 : i64
                %v527 = arith.muli %v518, %v2 : i64
                %v528 = arith.addi %v526, %v527 : i64
                %v529 = llvm.getelementptr %dy_y[%v528] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v530 = llvm.load %v529 : !llvm.ptr -> f32
                %v531 = arith.mulf %v512, %v530 fastmath<contract> : f32
                %v532 = arith.mulf %v523, %v531 fastmath<contract> : f32
                %v533 = llvm.load %v50 : !llvm.ptr -> f32
                %v534 = llvm.load %v52 : !llvm.ptr -> f32
                %v535 = arith.mulf %v534, %v533 fastmath<contract> : f32
                %v536 = arith.addf %v532, %v535 fastmath<contract> : f32
                llvm.store %v536, %v50 : f32, !llvm.ptr
                %v537 = llvm.load %v66 : !llvm.ptr -> f32
                %v538 = arith.mulf %v537, %v534 fastmath<contract> : f32
                llvm.store %v538, %v66 : f32, !llvm.ptr
                %v539 = arith.constant 8 : i64
                %v540 = arith.addi %v539, %v32 : i64
                %v541 = arith.muli %v540, %v192 : i64
                %v542 = arith.subi %v518, %v165 : i64
                %v543 = arith.addi %v541, %v542 : i64
                %v544 = llvm.getelementptr %v63[%v543] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v545 = llvm.load %v544 : !llvm.ptr -> f32
                %v546 = arith.mulf %v545, %v531 fastmath<contract> : f32
                %v547 = llvm.load %v51 : !llvm.ptr -> f32
                %v548 = llvm.load %v53 : !llvm.ptr -> f32
                %v549 = arith.mulf %v548, %v547 fastmath<contract> : f32
                %v550 = arith.addf %v546, %v549 fastmath<contract> : f32
                llvm.store %v550, %v51 : f32, !llvm.ptr
                %v551 = llvm.load %v67 : !llvm.ptr -> f32
                %v552 = arith.mulf %v551, %v548 fastmath<contract> : f32
                llvm.store %v552, %v67 : f32, !llvm.ptr
                scf.if %v507 {
                  %v553 = arith.muli %v44, %v71 : i64
                  %v554 = arith.muli %v42, %v70 : i64
                  %v555 = arith.addi %v553, %v554 : i64
                  %v556 = arith.muli %v32, %v2 : i64
                  %v557 = arith.addi %v555, %v556 : i64
                  %v558 = llvm.getelementptr %dy_h_last[%v557] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v559 = llvm.load %v558 : !llvm.ptr -> f32
                  %v560 = llvm.load %v50 : !llvm.ptr -> f32
                  %v561 = arith.addf %v560, %v559 fastmath<contract> : f32
                  llvm.store %v561, %v50 : f32, !llvm.ptr
                  %v562 = arith.muli %v44, %v71 : i64
                  %v563 = arith.muli %v42, %v70 : i64
                  %v564 = arith.addi %v562, %v563 : i64
                  %v565 = arith.constant 8 : i64
                  %v566 = arith.addi %v565, %v32 : i64
                  %v567 = arith.muli %v566, %v2 : i64
                  %v568 = arith.addi %v564, %v567 : i64
                  %v569 = llvm.getelementptr %dy_h_last[%v568] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v570 = llvm.load %v569 : !llvm.ptr -> f32
                  %v571 = llvm.load %v51 : !llvm.ptr -> f32
                  %v572 = arith.addf %v571, %v570 fastmath<contract> : f32
                  llvm.store %v572, %v51 : f32, !llvm.ptr
                }
                %v573 = arith.muli %v42, %v396 : i64
                %v574 = arith.muli %v32, %v2 : i64
                %v575 = arith.addi %v573, %v574 : i64
                %v576 = llvm.getelementptr %in_A[%v575] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v577 = llvm.load %v576 : !llvm.ptr -> f32
                %v578 = arith.mulf %v508, %v577 fastmath<contract> : f32
                %v579 = arith.mulf %v578, %v252 fastmath<contract> : f32
                %v580 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v579) : (f32) -> f32
                llvm.store %v580, %v52 : f32, !llvm.ptr
                %v581 = arith.muli %v42, %v396 : i64
                %v582 = arith.constant 8 : i64
                %v583 = arith.addi %v582, %v32 : i64
                %v584 = arith.muli %v583, %v2 : i64
                %v585 = arith.addi %v581, %v584 : i64
                %v586 = llvm.getelementptr %in_A[%v585] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v587 = llvm.load %v586 : !llvm.ptr -> f32
                %v588 = arith.mulf %v508, %v587 fastmath<contract> : f32
                %v589 = arith.mulf %v588, %v252 fastmath<contract> : f32
                %v590 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v589) : (f32) -> f32
                llvm.store %v590, %v53 : f32, !llvm.ptr
              }
              %v591 = arith.addi %v230, %v46 : i64
              %v593 = arith.cmpi slt, %v592, %v319 : i32
              %v594 = arith.cmpi eq, %v592, %v325 : i32
              %v595, %v596 = gpu.shuffle idx %v282, %v139, %v330 : f32
              %v597, %v598 = gpu.shuffle idx %v290, %v139, %v330 : f32
              %v599, %v600 = gpu.shuffle idx %v303, %v139, %v330 : f32
              %v601, %v602 = gpu.shuffle idx %v312, %v139, %v330 : f32
              %v603, %v604 = gpu.shuffle idx %v317, %v139, %v330 : f32
              scf.if %v593 {
                %v605 = arith.addi %v165, %v591 : i64
                %v606 = arith.muli %v32, %v192 : i64
                %v607 = arith.subi %v605, %v165 : i64
                %v608 = arith.addi %v606, %v607 : i64
                %v609 = llvm.getelementptr %v63[%v608] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v610 = llvm.load %v609 : !llvm.ptr -> f32
                %v611 = arith.muli %v44, %v237 : i64
                %v612 = arith.muli %v42, %v236 : i64
                %v613 = arith.addi %v611, %v612 : i64
                %v614 = arith.muli %v605, %v2 : i64
                %v615 = arith.addi %v613, %v614 : i64
                %v616 = llvm.getelementptr %dy_y[%v615] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v617 = llvm.load %v616 : !llvm.ptr -> f32
                %v618 = arith.mulf %v599, %v617 fastmath<contract> : f32
                %v619 = arith.mulf %v610, %v618 fastmath<contract> : f32
                %v620 = llvm.load %v50 : !llvm.ptr -> f32
                %v621 = llvm.load %v52 : !llvm.ptr -> f32
                %v622 = arith.mulf %v621, %v620 fastmath<contract> : f32
                %v623 = arith.addf %v619, %v622 fastmath<contract> : f32
                llvm.store %v623, %v50 : f32, !llvm.ptr
                %v624 = llvm.load %v66 : !llvm.ptr -> f32
                %v625 = arith.mulf %v624, %v621 fastmath<contract> : f32
                llvm.store %v625, %v66 : f32, !llvm.ptr
                %v626 = arith.constant 8 : i64
                %v627 = arith.addi %v626, %v32 : i64
                %v628 = arith.muli %v627, %v192 : i64
                %v629 = arith.subi %v605, %v165 : i64
                %v630 = arith.addi %v628, %v629 : i64
                %v631 = llvm.getelementptr %v63[%v630] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v632 = llvm.load %v631 : !llvm.ptr -> f32
                %v633 = arith.mulf %v632, %v618 fastmath<contract> : f32
                %v634 = llvm.load %v51 : !llvm.ptr -> f32
                %v635 = llvm.load %v53 : !llvm.ptr -> f32
                %v636 = arith.mulf %v635, %v634 fastmath<contract> : f32
                %v637 = arith.addf %v633, %v636 fastmath<contract> : f32
                llvm.store %v637, %v51 : f32, !llvm.ptr
                %v638 = llvm.load %v67 : !llvm.ptr -> f32
                %v639 = arith.mulf %v638, %v635 fastmath<contract> : f32
                llvm.store %v639, %v67 : f32, !llvm.ptr
                scf.if %v594 {
                  %v640 = arith.muli %v44, %v71 : i64
                  %v641 = arith.muli %v42, %v70 : i64
                  %v642 = arith.addi %v640, %v641 : i64
                  %v643 = arith.muli %v32, %v2 : i64
                  %v644 = arith.addi %v642, %v643 : i64
                  %v645 = llvm.getelementptr %dy_h_last[%v644] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v646 = llvm.load %v645 : !llvm.ptr -> f32
                  %v647 = llvm.load %v50 : !llvm.ptr -> f32
                  %v648 = arith.addf %v647, %v646 fastmath<contract> : f32
                  llvm.store %v648, %v50 : f32, !llvm.ptr
                  %v649 = arith.muli %v44, %v71 : i64
                  %v650 = arith.muli %v42, %v70 : i64
                  %v651 = arith.addi %v649, %v650 : i64
                  %v652 = arith.constant 8 : i64
                  %v653 = arith.addi %v652, %v32 : i64
                  %v654 = arith.muli %v653, %v2 : i64
                  %v655 = arith.addi %v651, %v654 : i64
                  %v656 = llvm.getelementptr %dy_h_last[%v655] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v657 = llvm.load %v656 : !llvm.ptr -> f32
                  %v658 = llvm.load %v51 : !llvm.ptr -> f32
                  %v659 = arith.addf %v658, %v657 fastmath<contract> : f32
                  llvm.store %v659, %v51 : f32, !llvm.ptr
                }
                %v660 = arith.muli %v42, %v396 : i64
                %v661 = arith.muli %v32, %v2 : i64
                %v662 = arith.addi %v660, %v661 : i64
                %v663 = llvm.getelementptr %in_A[%v662] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v664 = llvm.load %v663 : !llvm.ptr -> f32
                %v665 = arith.mulf %v595, %v664 fastmath<contract> : f32
                %v666 = arith.mulf %v665, %v252 fastmath<contract> : f32
                %v667 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v666) : (f32) -> f32
                llvm.store %v667, %v52 : f32, !llvm.ptr
                %v668 = arith.muli %v42, %v396 : i64
                %v669 = arith.constant 8 : i64
                %v670 = arith.addi %v669, %v32 : i64
                %v671 = arith.muli %v670, %v2 : i64
                %v672 = arith.addi %v668, %v671 : i64
                %v673 = llvm.getelementptr %in_A[%v672] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v674 = llvm.load %v673 : !llvm.ptr -> f32
                %v675 = arith.mulf %v595, %v674 fastmath<contract> : f32
                %v676 = arith.mulf %v675, %v252 fastmath<contract> : f32
                %v677 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v676) : (f32) -> f32
                llvm.store %v677, %v53 : f32, !llvm.ptr
              }
              %v679 = arith.addi %v230, %v678 : i64
              %v681 = arith.cmpi slt, %v680, %v319 : i32
              %v682 = arith.cmpi eq, %v680, %v325 : i32
              %v683, %v684 = gpu.shuffle idx %v282, %v135, %v330 : f32
              %v685, %v686 = gpu.shuffle idx %v290, %v135, %v330 : f32
              %v687, %v688 = gpu.shuffle idx %v303, %v135, %v330 : f32
              %v689, %v690 = gpu.shuffle idx %v312, %v135, %v330 : f32
              %v691, %v692 = gpu.shuffle idx %v317, %v135, %v330 : f32
              scf.if %v681 {
                %v693 = arith.addi %v165, %v679 : i64
                %v694 = arith.muli %v32, %v192 : i64
                %v695 = arith.subi %v693, %v165 : i64
                %v696 = arith.addi %v694, %v695 : i64
                %v697 = llvm.getelementptr %v63[%v696] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v698 = llvm.load %v697 : !llvm.ptr -> f32
                %v699 = arith.muli %v44, %v237 : i64
                %v700 = arith.muli %v42, %v236 : i64
                %v701 = arith.addi %v699, %v700 : i64
                %v702 = arith.muli %v693, %v2 : i64
                %v703 = arith.addi %v701, %v702 : i64
                %v704 = llvm.getelementptr %dy_y[%v703] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v705 = llvm.load %v704 : !llvm.ptr -> f32
                %v706 = arith.mulf %v687, %v705 fastmath<contract> : f32
                %v707 = arith.mulf %v698, %v706 fastmath<contract> : f32
                %v708 = llvm.load %v50 : !llvm.ptr -> f32
                %v709 = llvm.load %v52 : !llvm.ptr -> f32
                %v710 = arith.mulf %v709, %v708 fastmath<contract> : f32
                %v711 = arith.addf %v707, %v710 fastmath<contract> : f32
                llvm.store %v711, %v50 : f32, !llvm.ptr
                %v712 = llvm.load %v66 : !llvm.ptr -> f32
                %v713 = arith.mulf %v712, %v709 fastmath<contract> : f32
                llvm.store %v713, %v66 : f32, !llvm.ptr
                %v714 = arith.constant 8 : i64
                %v715 = arith.addi %v714, %v32 : i64
                %v716 = arith.muli %v715, %v192 : i64
                %v717 = arith.subi %v693, %v165 : i64
                %v718 = arith.addi %v716, %v717 : i64
                %v719 = llvm.getelementptr %v63[%v718] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v720 = llvm.load %v719 : !llvm.ptr -> f32
                %v721 = arith.mulf %v720, %v706 fastmath<contract> : f32
                %v722 = llvm.load %v51 : !llvm.ptr -> f32
                %v723 = llvm.load %v53 : !llvm.ptr -> f32
                %v724 = arith.mulf %v723, %v722 fastmath<contract> : f32
                %v725 = arith.addf %v721, %v724 fastmath<contract> : f32
                llvm.store %v725, %v51 : f32, !llvm.ptr
                %v726 = llvm.load %v67 : !llvm.ptr -> f32
                %v727 = arith.mulf %v726, %v723 fastmath<contract> : f32
                llvm.store %v727, %v67 : f32, !llvm.ptr
                scf.if %v682 {
                  %v728 = arith.muli %v44, %v71 : i64
                  %v729 = arith.muli %v42, %v70 : i64
                  %v730 = arith.addi %v728, %v729 : i64
                  %v731 = arith.muli %v32, %v2 : i64
                  %v732 = arith.addi %v730, %v731 : i64
                  %v733 = llvm.getelementptr %dy_h_last[%v732] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v734 = llvm.load %v733 : !llvm.ptr -> f32
                  %v735 = llvm.load %v50 : !llvm.ptr -> f32
                  %v736 = arith.addf %v735, %v734 fastmath<contract> : f32
                  llvm.store %v736, %v50 : f32, !llvm.ptr
                  %v737 = arith.muli %v44, %v71 : i64
                  %v738 = arith.muli %v42, %v70 : i64
                  %v739 = arith.addi %v737, %v738 : i64
                  %v740 = arith.constant 8 : i64
                  %v741 = arith.addi %v740, %v32 : i64
                  %v742 = arith.muli %v741, %v2 : i64
                  %v743 = arith.addi %v739, %v742 : i64
                  %v744 = llvm.getelementptr %dy_h_last[%v743] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v745 = llvm.load %v744 : !llvm.ptr -> f32
                  %v746 = llvm.load %v51 : !llvm.ptr -> f32
                  %v747 = arith.addf %v746, %v745 fastmath<contract> : f32
                  llvm.store %v747, %v51 : f32, !llvm.ptr
                }
                %v748 = arith.muli %v42, %v396 : i64
                %v749 = arith.muli %v32, %v2 : i64
                %v750 = arith.addi %v748, %v749 : i64
                %v751 = llvm.getelementptr %in_A[%v750] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v752 = llvm.load %v751 : !llvm.ptr -> f32
                %v753 = arith.mulf %v683, %v752 fastmath<contract> : f32
                %v754 = arith.mulf %v753, %v252 fastmath<contract> : f32
                %v755 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v754) : (f32) -> f32
                llvm.store %v755, %v52 : f32, !llvm.ptr
                %v756 = arith.muli %v42, %v396 : i64
                %v757 = arith.constant 8 : i64
                %v758 = arith.addi %v757, %v32 : i64
                %v759 = arith.muli %v758, %v2 : i64
                %v760 = arith.addi %v756, %v759 : i64
                %v761 = llvm.getelementptr %in_A[%v760] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v762 = llvm.load %v761 : !llvm.ptr -> f32
                %v763 = arith.mulf %v683, %v762 fastmath<contract> : f32
                %v764 = arith.mulf %v763, %v252 fastmath<contract> : f32
                %v765 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v764) : (f32) -> f32
                llvm.store %v765, %v53 : f32, !llvm.ptr
              }
              %v767 = arith.addi %v230, %v766 : i64
              %v769 = arith.cmpi slt, %v768, %v319 : i32
              %v770 = arith.cmpi eq, %v768, %v325 : i32
              %v771, %v772 = gpu.shuffle idx %v282, %v131, %v330 : f32
              %v773, %v774 = gpu.shuffle idx %v290, %v131, %v330 : f32
              %v775, %v776 = gpu.shuffle idx %v303, %v131, %v330 : f32
              %v777, %v778 = gpu.shuffle idx %v312, %v131, %v330 : f32
              %v779, %v780 = gpu.shuffle idx %v317, %v131, %v330 : f32
              scf.if %v769 {
                %v781 = arith.addi %v165, %v767 : i64
                %v782 = arith.muli %v32, %v192 : i64
                %v783 = arith.subi %v781, %v165 : i64
                %v784 = arith.addi %v782, %v783 : i64
                %v785 = llvm.getelementptr %v63[%v784] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v786 = llvm.load %v785 : !llvm.ptr -> f32
                %v787 = arith.muli %v44, %v237 : i64
                %v788 = arith.muli %v42, %v236 : i64
                %v789 = arith.addi %v787, %v788 : i64
                %v790 = arith.muli %v781, %v2 : i64
                %v791 = arith.addi %v789, %v790 : i64
                %v792 = llvm.getelementptr %dy_y[%v791] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v793 = llvm.load %v792 : !llvm.ptr -> f32
                %v794 = arith.mulf %v775, %v793 fastmath<contract> : f32
                %v795 = arith.mulf %v786, %v794 fastmath<contract> : f32
                %v796 = llvm.load %v50 : !llvm.ptr -> f32
                %v797 = llvm.load %v52 : !llvm.ptr -> f32
                %v798 = arith.mulf %v797, %v796 fastmath<contract> : f32
                %v799 = arith.addf %v795, %v798 fastmath<contract> : f32
                llvm.store %v799, %v50 : f32, !llvm.ptr
                %v800 = llvm.load %v66 : !llvm.ptr -> f32
                %v801 = arith.mulf %v800, %v797 fastmath<contract> : f32
                llvm.store %v801, %v66 : f32, !llvm.ptr
                %v802 = arith.constant 8 : i64
                %v803 = arith.addi %v802, %v32 : i64
                %v804 = arith.muli %v803, %v192 : i64
                %v805 = arith.subi %v781, %v165 : i64
                %v806 = arith.addi %v804, %v805 : i64
                %v807 = llvm.getelementptr %v63[%v806] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v808 = llvm.load %v807 : !llvm.ptr -> f32
                %v809 = arith.mulf %v808, %v794 fastmath<contract> : f32
                %v810 = llvm.load %v51 : !llvm.ptr -> f32
                %v811 = llvm.load %v53 : !llvm.ptr -> f32
                %v812 = arith.mulf %v811, %v810 fastmath<contract> : f32
                %v813 = arith.addf %v809, %v812 fastmath<contract> : f32
                llvm.store %v813, %v51 : f32, !llvm.ptr
                %v814 = llvm.load %v67 : !llvm.ptr -> f32
                %v815 = arith.mulf %v814, %v811 fastmath<contract> : f32
                llvm.store %v815, %v67 : f32, !llvm.ptr
                scf.if %v770 {
                  %v816 = arith.muli %v44, %v71 : i64
                  %v817 = arith.muli %v42, %v70 : i64
                  %v818 = arith.addi %v816, %v817 : i64
                  %v819 = arith.muli %v32, %v2 : i64
                  %v820 = arith.addi %v818, %v819 : i64
                  %v821 = llvm.getelementptr %dy_h_last[%v820] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v822 = llvm.load %v821 : !llvm.ptr -> f32
                  %v823 = llvm.load %v50 : !llvm.ptr -> f32
                  %v824 = arith.addf %v823, %v822 fastmath<contract> : f32
                  llvm.store %v824, %v50 : f32, !llvm.ptr
                  %v825 = arith.muli %v44, %v71 : i64
                  %v826 = arith.muli %v42, %v70 : i64
                  %v827 = arith.addi %v825, %v826 : i64
                  %v828 = arith.constant 8 : i64
                  %v829 = arith.addi %v828, %v32 : i64
                  %v830 = arith.muli %v829, %v2 : i64
                  %v831 = arith.addi %v827, %v830 : i64
                  %v832 = llvm.getelementptr %dy_h_last[%v831] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v833 = llvm.load %v832 : !llvm.ptr -> f32
                  %v834 = llvm.load %v51 : !llvm.ptr -> f32
                  %v835 = arith.addf %v834, %v833 fastmath<contract> : f32
                  llvm.store %v835, %v51 : f32, !llvm.ptr
                }
                %v836 = arith.muli %v42, %v396 : i64
                %v837 = arith.muli %v32, %v2 : i64
                %v838 = arith.addi %v836, %v837 : i64
                %v839 = llvm.getelementptr %in_A[%v838] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v840 = llvm.load %v839 : !llvm.ptr -> f32
                %v841 = arith.mulf %v771, %v840 fastmath<contract> : f32
                %v842 = arith.mulf %v841, %v252 fastmath<contract> : f32
                %v843 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v842) : (f32) -> f32
                llvm.store %v843, %v52 : f32, !llvm.ptr
                %v844 = arith.muli %v42, %v396 : i64
                %v845 = arith.constant 8 : i64
                %v846 = arith.addi %v845, %v32 : i64
                %v847 = arith.muli %v846, %v2 : i64
                %v848 = arith.addi %v844, %v847 : i64
                %v849 = llvm.getelementptr %in_A[%v848] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v850 = llvm.load %v849 : !llvm.ptr -> f32
                %v851 = arith.mulf %v771, %v850 fastmath<contract> : f32
                %v852 = arith.mulf %v851, %v252 fastmath<contract> : f32
                %v853 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v852) : (f32) -> f32
                llvm.store %v853, %v53 : f32, !llvm.ptr
              }
              %v854 = arith.addi %v230, %v2 : i64
              %v856 = arith.cmpi slt, %v855, %v319 : i32
              %v857 = arith.cmpi eq, %v855, %v325 : i32
              %v858, %v859 = gpu.shuffle idx %v282, %v127, %v330 : f32
              %v860, %v861 = gpu.shuffle idx %v290, %v127, %v330 : f32
              %v862, %v863 = gpu.shuffle idx %v303, %v127, %v330 : f32
              %v864, %v865 = gpu.shuffle idx %v312, %v127, %v330 : f32
              %v866, %v867 = gpu.shuffle idx %v317, %v127, %v330 : f32
              scf.if %v856 {
                %v868 = arith.addi %v165, %v854 : i64
                %v869 = arith.muli %v32, %v192 : i64
                %v870 = arith.subi %v868, %v165 : i64
                %v871 = arith.addi %v869, %v870 : i64
                %v872 = llvm.getelementptr %v63[%v871] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v873 = llvm.load %v872 : !llvm.ptr -> f32
                %v874 = arith.muli %v44, %v237 : i64
                %v875 = arith.muli %v42, %v236 : i64
                %v876 = arith.addi %v874, %v875 : i64
                %v877 = arith.muli %v868, %v2 : i64
                %v878 = arith.addi %v876, %v877 : i64
                %v879 = llvm.getelementptr %dy_y[%v878] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v880 = llvm.load %v879 : !llvm.ptr -> f32
                %v881 = arith.mulf %v862, %v880 fastmath<contract> : f32
                %v882 = arith.mulf %v873, %v881 fastmath<contract> : f32
                %v883 = llvm.load %v50 : !llvm.ptr -> f32
                %v884 = llvm.load %v52 : !llvm.ptr -> f32
                %v885 = arith.mulf %v884, %v883 fastmath<contract> : f32
                %v886 = arith.addf %v882, %v885 fastmath<contract> : f32
                llvm.store %v886, %v50 : f32, !llvm.ptr
                %v887 = llvm.load %v66 : !llvm.ptr -> f32
                %v888 = arith.mulf %v887, %v884 fastmath<contract> : f32
                llvm.store %v888, %v66 : f32, !llvm.ptr
                %v889 = arith.constant 8 : i64
                %v890 = arith.addi %v889, %v32 : i64
                %v891 = arith.muli %v890, %v192 : i64
                %v892 = arith.subi %v868, %v165 : i64
                %v893 = arith.addi %v891, %v892 : i64
                %v894 = llvm.getelementptr %v63[%v893] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v895 = llvm.load %v894 : !llvm.ptr -> f32
                %v896 = arith.mulf %v895, %v881 fastmath<contract> : f32
                %v897 = llvm.load %v51 : !llvm.ptr -> f32
                %v898 = llvm.load %v53 : !llvm.ptr -> f32
                %v899 = arith.mulf %v898, %v897 fastmath<contract> : f32
                %v900 = arith.addf %v896, %v899 fastmath<contract> : f32
                llvm.store %v900, %v51 : f32, !llvm.ptr
                %v901 = llvm.load %v67 : !llvm.ptr -> f32
                %v902 = arith.mulf %v901, %v898 fastmath<contract> : f32
                llvm.store %v902, %v67 : f32, !llvm.ptr
                scf.if %v857 {
                  %v903 = arith.muli %v44, %v71 : i64
                  %v904 = arith.muli %v42, %v70 : i64
                  %v905 = arith.addi %v903, %v904 : i64
                  %v906 = arith.muli %v32, %v2 : i64
                  %v907 = arith.addi %v905, %v906 : i64
                  %v908 = llvm.getelementptr %dy_h_last[%v907] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v909 = llvm.load %v908 : !llvm.ptr -> f32
                  %v910 = llvm.load %v50 : !llvm.ptr -> f32
                  %v911 = arith.addf %v910, %v909 fastmath<contract> : f32
                  llvm.store %v911, %v50 : f32, !llvm.ptr
                  %v912 = arith.muli %v44, %v71 : i64
                  %v913 = arith.muli %v42, %v70 : i64
                  %v914 = arith.addi %v912, %v913 : i64
                  %v915 = arith.constant 8 : i64
                  %v916 = arith.addi %v915, %v32 : i64
                  %v917 = arith.muli %v916, %v2 : i64
                  %v918 = arith.addi %v914, %v917 : i64
                  %v919 = llvm.getelementptr %dy_h_last[%v918] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v920 = llvm.load %v919 : !llvm.ptr -> f32
                  %v921 = llvm.load %v51 : !llvm.ptr -> f32
                  %v922 = arith.addf %v921, %v920 fastmath<contract> : f32
                  llvm.store %v922, %v51 : f32, !llvm.ptr
                }
                %v923 = arith.muli %v42, %v396 : i64
                %v924 = arith.muli %v32, %v2 : i64
                %v925 = arith.addi %v923, %v924 : i64
                %v926 = llvm.getelementptr %in_A[%v925] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v927 = llvm.load %v926 : !llvm.ptr -> f32
                %v928 = arith.mulf %v858, %v927 fastmath<contract> : f32
                %v929 = arith.mulf %v928, %v252 fastmath<contract> : f32
                %v930 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v929) : (f32) -> f32
                llvm.store %v930, %v52 : f32, !llvm.ptr
                %v931 = arith.muli %v42, %v396 : i64
                %v932 = arith.constant 8 : i64
                %v933 = arith.addi %v932, %v32 : i64
                %v934 = arith.muli %v933, %v2 : i64
                %v935 = arith.addi %v931, %v934 : i64
                %v936 = llvm.getelementptr %in_A[%v935] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v937 = llvm.load %v936 : !llvm.ptr -> f32
                %v938 = arith.mulf %v858, %v937 fastmath<contract> : f32
                %v939 = arith.mulf %v938, %v252 fastmath<contract> : f32
                %v940 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v939) : (f32) -> f32
                llvm.store %v940, %v53 : f32, !llvm.ptr
              }
              %v941 = arith.addi %v230, %v68 : i64
              %v943 = arith.cmpi slt, %v942, %v319 : i32
              %v944 = arith.cmpi eq, %v942, %v325 : i32
              %v945, %v946 = gpu.shuffle idx %v282, %v123, %v330 : f32
              %v947, %v948 = gpu.shuffle idx %v290, %v123, %v330 : f32
              %v949, %v950 = gpu.shuffle idx %v303, %v123, %v330 : f32
              %v951, %v952 = gpu.shuffle idx %v312, %v123, %v330 : f32
              %v953, %v954 = gpu.shuffle idx %v317, %v123, %v330 : f32
              scf.if %v943 {
                %v955 = arith.addi %v165, %v941 : i64
                %v956 = arith.muli %v32, %v192 : i64
                %v957 = arith.subi %v955, %v165 : i64
                %v958 = arith.addi %v956, %v957 : i64
                %v959 = llvm.getelementptr %v63[%v958] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v960 = llvm.load %v959 : !llvm.ptr -> f32
                %v961 = arith.muli %v44, %v237 : i64
                %v962 = arith.muli %v42, %v236 : i64
                %v963 = arith.addi %v961, %v962 : i64
                %v964 = arith.muli %v955, %v2 : i64
                %v965 = arith.addi %v963, %v964 : i64
                %v966 = llvm.getelementptr %dy_y[%v965] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v967 = llvm.load %v966 : !llvm.ptr -> f32
                %v968 = arith.mulf %v949, %v967 fastmath<contract> : f32
                %v969 = arith.mulf %v960, %v968 fastmath<contract> : f32
                %v970 = llvm.load %v50 : !llvm.ptr -> f32
                %v971 = llvm.load %v52 : !llvm.ptr -> f32
                %v972 = arith.mulf %v971, %v970 fastmath<contract> : f32
                %v973 = arith.addf %v969, %v972 fastmath<contract> : f32
                llvm.store %v973, %v50 : f32, !llvm.ptr
                %v974 = llvm.load %v66 : !llvm.ptr -> f32
                %v975 = arith.mulf %v974, %v971 fastmath<contract> : f32
                llvm.store %v975, %v66 : f32, !llvm.ptr
                %v976 = arith.constant 8 : i64
                %v977 = arith.addi %v976, %v32 : i64
                %v978 = arith.muli %v977, %v192 : i64
                %v979 = arith.subi %v955, %v165 : i64
                %v980 = arith.addi %v978, %v979 : i64
                %v981 = llvm.getelementptr %v63[%v980] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v982 = llvm.load %v981 : !llvm.ptr -> f32
                %v983 = arith.mulf %v982, %v968 fastmath<contract> : f32
                %v984 = llvm.load %v51 : !llvm.ptr -> f32
                %v985 = llvm.load %v53 : !llvm.ptr -> f32
                %v986 = arith.mulf %v985, %v984 fastmath<contract> : f32
                %v987 = arith.addf %v983, %v986 fastmath<contract> : f32
                llvm.store %v987, %v51 : f32, !llvm.ptr
                %v988 = llvm.load %v67 : !llvm.ptr -> f32
                %v989 = arith.mulf %v988, %v985 fastmath<contract> : f32
                llvm.store %v989, %v67 : f32, !llvm.ptr
                scf.if %v944 {
                  %v990 = arith.muli %v44, %v71 : i64
                  %v991 = arith.muli %v42, %v70 : i64
                  %v992 = arith.addi %v990, %v991 : i64
                  %v993 = arith.muli %v32, %v2 : i64
                  %v994 = arith.addi %v992, %v993 : i64
                  %v995 = llvm.getelementptr %dy_h_last[%v994] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v996 = llvm.load %v995 : !llvm.ptr -> f32
                  %v997 = llvm.load %v50 : !llvm.ptr -> f32
                  %v998 = arith.addf %v997, %v996 fastmath<contract> : f32
                  llvm.store %v998, %v50 : f32, !llvm.ptr
                  %v999 = arith.muli %v44, %v71 : i64
                  %v1000 = arith.muli %v42, %v70 : i64
                  %v1001 = arith.addi %v999, %v1000 : i64
                  %v1002 = arith.constant 8 : i64
                  %v1003 = arith.addi %v1002, %v32 : i64
                  %v1004 = arith.muli %v1003, %v2 : i64
                  %v1005 = arith.addi %v1001, %v1004 : i64
                  %v1006 = llvm.getelementptr %dy_h_last[%v1005] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1007 = llvm.load %v1006 : !llvm.ptr -> f32
                  %v1008 = llvm.load %v51 : !llvm.ptr -> f32
                  %v1009 = arith.addf %v1008, %v1007 fastmath<contract> : f32
                  llvm.store %v1009, %v51 : f32, !llvm.ptr
                }
                %v1010 = arith.muli %v42, %v396 : i64
                %v1011 = arith.muli %v32, %v2 : i64
                %v1012 = arith.addi %v1010, %v1011 : i64
                %v1013 = llvm.getelementptr %in_A[%v1012] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1014 = llvm.load %v1013 : !llvm.ptr -> f32
                %v1015 = arith.mulf %v945, %v1014 fastmath<contract> : f32
                %v1016 = arith.mulf %v1015, %v252 fastmath<contract> : f32
                %v1017 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1016) : (f32) -> f32
                llvm.store %v1017, %v52 : f32, !llvm.ptr
                %v1018 = arith.muli %v42, %v396 : i64
                %v1019 = arith.constant 8 : i64
                %v1020 = arith.addi %v1019, %v32 : i64
                %v1021 = arith.muli %v1020, %v2 : i64
                %v1022 = arith.addi %v1018, %v1021 : i64
                %v1023 = llvm.getelementptr %in_A[%v1022] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1024 = llvm.load %v1023 : !llvm.ptr -> f32
                %v1025 = arith.mulf %v945, %v1024 fastmath<contract> : f32
                %v1026 = arith.mulf %v1025, %v252 fastmath<contract> : f32
                %v1027 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1026) : (f32) -> f32
                llvm.store %v1027, %v53 : f32, !llvm.ptr
              }
            }
          }
        }
      }
      scf.if %v36 {
        %v1028 = llvm.load %v50 : !llvm.ptr -> f32
        %v1029 = arith.addi %v68, %v32 : i64
        %v1030 = arith.muli %v68, %v8 : i64
        %v1031 = arith.addi %v1030, %v27 : i64
        %v1032 = arith.muli %v1031, %v1 : i64
        %v1033 = arith.addi %v1032, %v1029 : i64
        %v1034 = arith.muli %v1033, %v4 : i64
        %v1035 = arith.subi %v4, %v2 : i64
        %v1036 = arith.minsi %v38, %v1035 : i64
        %v1037 = arith.addi %v1034, %v1036 : i64
        %v1038 = llvm.getelementptr %segsum_h[%v1037] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1028, %v1038 : f32, !llvm.ptr
        %v1039 = llvm.load %v66 : !llvm.ptr -> f32
        %v1040 = arith.addi %v68, %v32 : i64
        %v1041 = arith.muli %v2, %v8 : i64
        %v1042 = arith.addi %v1041, %v27 : i64
        %v1043 = arith.muli %v1042, %v1 : i64
        %v1044 = arith.addi %v1043, %v1040 : i64
        %v1045 = arith.muli %v1044, %v4 : i64
        %v1046 = arith.subi %v4, %v2 : i64
        %v1047 = arith.minsi %v38, %v1046 : i64
        %v1048 = arith.addi %v1045, %v1047 : i64
        %v1049 = llvm.getelementptr %segsum_h[%v1048] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1039, %v1049 : f32, !llvm.ptr
        %v1050 = llvm.load %v52 : !llvm.ptr -> f32
        %v1051 = arith.addi %v68, %v32 : i64
        %v1052 = arith.muli %v766, %v8 : i64
        %v1053 = arith.addi %v1052, %v27 : i64
        %v1054 = arith.muli %v1053, %v1 : i64
        %v1055 = arith.addi %v1054, %v1051 : i64
        %v1056 = arith.muli %v1055, %v4 : i64
        %v1057 = arith.subi %v4, %v2 : i64
        %v1058 = arith.minsi %v38, %v1057 : i64
        %v1059 = arith.addi %v1056, %v1058 : i64
        %v1060 = llvm.getelementptr %segsum_h[%v1059] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1050, %v1060 : f32, !llvm.ptr
        %v1061 = llvm.load %v51 : !llvm.ptr -> f32
        %v1062 = arith.addi %v31, %v32 : i64
        %v1063 = arith.muli %v68, %v8 : i64
        %v1064 = arith.addi %v1063, %v27 : i64
        %v1065 = arith.muli %v1064, %v1 : i64
        %v1066 = arith.addi %v1065, %v1062 : i64
        %v1067 = arith.muli %v1066, %v4 : i64
        %v1068 = arith.subi %v4, %v2 : i64
        %v1069 = arith.minsi %v38, %v1068 : i64
        %v1070 = arith.addi %v1067, %v1069 : i64
        %v1071 = llvm.getelementptr %segsum_h[%v1070] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1061, %v1071 : f32, !llvm.ptr
        %v1072 = llvm.load %v67 : !llvm.ptr -> f32
        %v1073 = arith.addi %v31, %v32 : i64
        %v1074 = arith.muli %v2, %v8 : i64
        %v1075 = arith.addi %v1074, %v27 : i64
        %v1076 = arith.muli %v1075, %v1 : i64
        %v1077 = arith.addi %v1076, %v1073 : i64
        %v1078 = arith.muli %v1077, %v4 : i64
        %v1079 = arith.subi %v4, %v2 : i64
        %v1080 = arith.minsi %v38, %v1079 : i64
        %v1081 = arith.addi %v1078, %v1080 : i64
        %v1082 = llvm.getelementptr %segsum_h[%v1081] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1072, %v1082 : f32, !llvm.ptr
        %v1083 = llvm.load %v53 : !llvm.ptr -> f32
        %v1084 = arith.addi %v31, %v32 : i64
        %v1085 = arith.muli %v766, %v8 : i64
        %v1086 = arith.addi %v1085, %v27 : i64
        %v1087 = arith.muli %v1086, %v1 : i64
        %v1088 = arith.addi %v1087, %v1084 : i64
        %v1089 = arith.muli %v1088, %v4 : i64
        %v1090 = arith.subi %v4, %v2 : i64
        %v1091 = arith.minsi %v38, %v1090 : i64
        %v1092 = arith.addi %v1089, %v1091 : i64
        %v1093 = llvm.getelementptr %segsum_h[%v1092] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1083, %v1093 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
