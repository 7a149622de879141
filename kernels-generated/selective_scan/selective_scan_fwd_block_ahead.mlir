module attributes {gpu.container_module} {
  gpu.module @linrec {
    llvm.mlir.global internal @warp_a_selective_scan_fwd_block_ahead() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<16 x f32>
    llvm.mlir.global internal @warp_b_selective_scan_fwd_block_ahead() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<16 x f32>
    llvm.mlir.global internal @running_selective_scan_fwd_block_ahead() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<32 x f32>
    gpu.func @selective_scan_fwd_block_ahead(%in_u: !llvm.ptr, %in_delta: !llvm.ptr, %in_z: !llvm.ptr, %in_A: !llvm.ptr, %in_Bm: !llvm.ptr, %in_Cm: !llvm.ptr, %in_Dskip: !llvm.ptr, %in_dt_bias: !llvm.ptr, %in_h0: !llvm.ptr, %out_y: !llvm.ptr, %out_h_last: !llvm.ptr, %ckpt_h: !llvm.ptr, %size_B: i64, %size_D: i64, %size_L: i64, %size_N: i64) kernel attributes {nvvm.maxntid = array<i32: 128, 1, 1>, nvvm.minctasm = 4 : i32} {
      %v1 = arith.constant 16 : i64
      %v2 = arith.constant 1 : i64
      %v3 = arith.muli %size_B, %size_D : i64
      %v4 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v5 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v6 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v7 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v8 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v9 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v10 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v11 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v12 = llvm.mlir.addressof @warp_a_selective_scan_fwd_block_ahead : !llvm.ptr<3>
      %v13 = llvm.addrspacecast %v12 : !llvm.ptr<3> to !llvm.ptr
      %v14 = llvm.mlir.addressof @warp_b_selective_scan_fwd_block_ahead : !llvm.ptr<3>
      %v15 = llvm.addrspacecast %v14 : !llvm.ptr<3> to !llvm.ptr
      %v16 = llvm.mlir.addressof @running_selective_scan_fwd_block_ahead : !llvm.ptr<3>
      %v17 = llvm.addrspacecast %v16 : !llvm.ptr<3> to !llvm.ptr
      %v29 = arith.constant 32 : i64
      %v32 = arith.constant 0 : i64
      %v34 = arith.constant 8 : i64
      %v40 = arith.muli %v1, %size_D : i64
      %v50 = arith.constant 0x00000000 : f32
      %v63 = arith.constant 2 : i64
      %v96 = arith.constant 1024 : i64
      %v97 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v98 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v99 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v100 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v101 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v102 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v103 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v104 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v105 = llvm.alloca %v34 x f32 : (i64) -> !llvm.ptr
      %v125 = arith.muli %size_L, %size_D : i64
      %v132 = arith.constant 0 : i32
      %v134 = arith.constant 1 : i32
      %v136 = arith.constant 2 : i32
      %v138 = arith.constant 3 : i32
      %v140 = arith.constant 4 : i32
      %v142 = arith.constant 5 : i32
      %v144 = arith.constant 6 : i32
      %v146 = arith.constant 7 : i32
      %v182 = arith.constant 0x3FB8AA3B : f32
      %v185 = arith.constant 0x3F800000 : f32
      %v188 = arith.constant 0x3F317218 : f32
      %v190 = arith.constant 0x3E124925 : f32
      %v192 = arith.constant 0xBE2AAAAB : f32
      %v195 = arith.constant 0x3E4CCCCD : f32
      %v198 = arith.constant 0xBE800000 : f32
      %v201 = arith.constant 0x3EAAAAAB : f32
      %v204 = arith.constant 0xBF000000 : f32
      %v210 = arith.constant 0x3D800000 : f32
      %v271 = arith.constant 3 : i64
      %v300 = arith.constant 4 : i64
      %v329 = arith.constant 5 : i64
      %v358 = arith.constant 6 : i64
      %v387 = arith.constant 7 : i64
      %v466 = arith.muli %size_L, %v1 : i64
      %v649 = arith.constant 32 : i32
      %v680 = arith.constant 8 : i32
      %v691 = arith.constant 16 : i32
      %v702 = arith.constant 31 : i64
      %v919 = arith.constant 64 : i64
      %v926 = arith.muli %size_B, %size_D : i64
      %v927 = arith.muli %v926, %v1 : i64
      %v1504 = arith.muli %size_B, %size_D : i64
      %v1505 = arith.muli %v1504, %v1 : i64
      %v1652 = arith.constant 1023 : i64
      %v18 = gpu.block_id x
      %v19 = gpu.thread_id x
      %v20 = arith.index_cast %v19 : index to i64
      %v21 = arith.index_cast %v18 : index to i64
      %v22 = arith.cmpi slt, %v21, %v3 : i64
      %v23 = arith.subi %v3, %v2 : i64
      %v24 = arith.minsi %v21, %v23 : i64
      %v25 = arith.remui %v24, %size_D : i64
      %v26 = arith.divui %v24, %size_D : i64
      %v27 = arith.remui %v26, %size_B : i64
      %v28 = arith.divui %v26, %size_B : i64
      %v176 = llvm.getelementptr %in_dt_bias[%v25] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v177 = llvm.load %v176 : !llvm.ptr -> f32
      %v430 = llvm.getelementptr %in_Dskip[%v25] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v431 = llvm.load %v430 : !llvm.ptr -> f32
      %v30 = arith.remui %v20, %v29 : i64
      %v31 = arith.divui %v20, %v29 : i64
      %v33 = arith.cmpi eq, %v20, %v32 : i64
      // the state entering the scan, per point
      %v35 = arith.index_cast %v32 : i64 to index
      %v36 = arith.index_cast %v34 : i64 to index
      %v37 = arith.index_cast %v2 : i64 to index
      scf.for %v38 = %v35 to %v36 step %v37 {
        %v39 = arith.index_cast %v38 : index to i64
        %v41 = arith.muli %v27, %v40 : i64
        %v42 = arith.muli %v25, %v1 : i64
        %v43 = arith.addi %v41, %v42 : i64
        %v44 = arith.addi %v43, %v39 : i64
        %v45 = llvm.mlir.zero : !llvm.ptr
        %v46 = llvm.icmp "ne" %in_h0, %v45 : !llvm.ptr
        %v47 = scf.if %v46 -> (f32) {
          %v48 = llvm.getelementptr %in_h0[%v44] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v49 = llvm.load %v48 : !llvm.ptr -> f32
          scf.yield %v49 : f32
        } else {
          scf.yield %v50 : f32
        }
        llvm.store %v47, %v4 : f32, !llvm.ptr
        %v51 = arith.muli %v27, %v40 : i64
        %v52 = arith.muli %v25, %v1 : i64
        %v53 = arith.addi %v51, %v52 : i64
        %v54 = arith.constant 8 : i64
        %v55 = arith.addi %v54, %v39 : i64
        %v56 = arith.addi %v53, %v55 : i64
        %v57 = llvm.mlir.zero : !llvm.ptr
        %v58 = llvm.icmp "ne" %in_h0, %v57 : !llvm.ptr
        %v59 = scf.if %v58 -> (f32) {
          %v60 = llvm.getelementptr %in_h0[%v56] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v61 = llvm.load %v60 : !llvm.ptr -> f32
          scf.yield %v61 : f32
        } else {
          scf.yield %v50 : f32
        }
        llvm.store %v59, %v5 : f32, !llvm.ptr
        scf.if %v33 {
          %v62 = llvm.load %v4 : !llvm.ptr -> f32
          %v64 = arith.muli %v39, %v63 : i64
          %v65 = llvm.getelementptr %v17[%v64] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v62, %v65 : f32, !llvm.ptr
          %v66 = llvm.load %v5 : !llvm.ptr -> f32
          %v67 = arith.muli %v39, %v63 : i64
          %v68 = arith.addi %v67, %v2 : i64
          %v69 = llvm.getelementptr %v17[%v68] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v66, %v69 : f32, !llvm.ptr
        }
      }
      gpu.barrier
      %v70 = arith.remui %size_L, %v34 : i64
      %v71 = arith.cmpi eq, %v70, %v32 : i64
      %v72 = llvm.ptrtoint %in_delta : !llvm.ptr to i64
      %v73 = arith.remui %v72, %v29 : i64
      %v74 = arith.cmpi eq, %v73, %v32 : i64
      %v75 = arith.andi %v71, %v74 : i1
      %v76 = llvm.ptrtoint %in_Bm : !llvm.ptr to i64
      %v77 = arith.remui %v76, %v29 : i64
      %v78 = arith.cmpi eq, %v77, %v32 : i64
      %v79 = arith.andi %v75, %v78 : i1
      %v80 = llvm.ptrtoint %in_u : !llvm.ptr to i64
      %v81 = arith.remui %v80, %v29 : i64
      %v82 = arith.cmpi eq, %v81, %v32 : i64
      %v83 = arith.andi %v79, %v82 : i1
      %v84 = llvm.ptrtoint %in_Cm : !llvm.ptr to i64
      %v85 = arith.remui %v84, %v29 : i64
      %v86 = arith.cmpi eq, %v85, %v32 : i64
      %v87 = arith.andi %v83, %v86 : i1
      %v88 = llvm.ptrtoint %in_z : !llvm.ptr to i64
      %v89 = arith.remui %v88, %v29 : i64
      %v90 = arith.cmpi eq, %v89, %v32 : i64
      %v91 = arith.andi %v87, %v90 : i1
      %v92 = llvm.ptrtoint %out_y : !llvm.ptr to i64
      %v93 = arith.remui %v92, %v29 : i64
      %v94 = arith.cmpi eq, %v93, %v32 : i64
      %v95 = arith.andi %v91, %v94 : i1
      // the scan, a tile of threads × K steps at a time
      %v106 = arith.index_cast %v32 : i64 to index
      %v107 = arith.index_cast %size_L : i64 to index
      %v108 = arith.index_cast %v96 : i64 to index
      scf.for %v109 = %v106 to %v107 step %v108 {
        %v110 = arith.index_cast %v109 : index to i64
        %v111 = arith.divui %v110, %v96 : i64
        %v112 = arith.andi %v111, %v2 : i64
        %v113 = arith.subi %v2, %v112 : i64
        %v114 = arith.muli %v112, %v1 : i64
        %v115 = arith.muli %v113, %v1 : i64
        %v116 = arith.muli %v111, %v34 : i64
        %v117 = arith.muli %v20, %v34 : i64
        %v118 = arith.addi %v110, %v117 : i64
        %v119 = arith.subi %size_L, %v118 : i64
        %v120 = arith.maxsi %v119, %v32 : i64
        %v121 = arith.minsi %v120, %v34 : i64
        %v122 = arith.addi %v110, %v96 : i64
        %v123 = arith.cmpi sle, %v122, %size_L : i64
        %v124 = arith.andi %v123, %v95 : i1
        scf.if %v124 {
          // 0. the K steps' values every point shares
          %v126 = arith.muli %v27, %v125 : i64
          %v127 = arith.muli %v25, %size_L : i64
          %v128 = arith.addi %v126, %v127 : i64
          %v129 = arith.addi %v128, %v118 : i64
          %v130 = llvm.getelementptr %in_delta[%v129] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v131 = llvm.load %v130 {alignment = 32 : i64} : !llvm.ptr -> vector<8xf32>
          %v133 = llvm.extractelement %v131[%v132 : i32] : vector<8xf32>
          %v135 = llvm.extractelement %v131[%v134 : i32] : vector<8xf32>
          %v137 = llvm.extractelement %v131[%v136 : i32] : vector<8xf32>
          %v139 = llvm.extractelement %v131[%v138 : i32] : vector<8xf32>
          %v141 = llvm.extractelement %v131[%v140 : i32] : vector<8xf32>
          %v143 = llvm.extractelement %v131[%v142 : i32] : vector<8xf32>
          %v145 = llvm.extractelement %v131[%v144 : i32] : vector<8xf32>
          %v147 = llvm.extractelement %v131[%v146 : i32] : vector<8xf32>
          %v148 = arith.muli %v27, %v125 : i64
          %v149 = arith.muli %v25, %size_L : i64
          %v150 = arith.addi %v148, %v149 : i64
          %v151 = arith.addi %v150, %v118 : i64
          %v152 = llvm.getelementptr %in_u[%v151] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v153 = llvm.load %v152 {alignment = 32 : i64} : !llvm.ptr -> vector<8xf32>
          %v154 = llvm.extractelement %v153[%v132 : i32] : vector<8xf32>
          %v155 = llvm.extractelement %v153[%v134 : i32] : vector<8xf32>
          %v156 = llvm.extractelement %v153[%v136 : i32] : vector<8xf32>
          %v157 = llvm.extractelement %v153[%v138 : i32] : vector<8xf32>
          %v158 = llvm.extractelement %v153[%v140 : i32] : vector<8xf32>
          %v159 = llvm.extractelement %v153[%v142 : i32] : vector<8xf32>
          %v160 = llvm.extractelement %v153[%v144 : i32] : vector<8xf32>
          %v161 = llvm.extractelement %v153[%v146 : i32] : vector<8xf32>
          %v162 = arith.muli %v27, %v125 : i64
          %v163 = arith.muli %v25, %size_L : i64
          %v164 = arith.addi %v162, %v163 : i64
          %v165 = arith.addi %v164, %v118 : i64
          %v166 = llvm.getelementptr %in_z[%v165] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v167 = llvm.load %v166 {alignment = 32 : i64} : !llvm.ptr -> vector<8xf32>
          %v168 = llvm.extractelement %v167[%v132 : i32] : vector<8xf32>
          %v169 = llvm.extractelement %v167[%v134 : i32] : vector<8xf32>
          %v170 = llvm.extractelement %v167[%v136 : i32] : vector<8xf32>
          %v171 = llvm.extractelement %v167[%v138 : i32] : vector<8xf32>
          %v172 = llvm.extractelement %v167[%v140 : i32] : vector<8xf32>
          %v173 = llvm.extractelement %v167[%v142 : i32] : vector<8xf32>
          %v174 = llvm.extractelement %v167[%v144 : i32] : vector<8xf32>
          %v175 = llvm.extractelement %v167[%v146 : i32] : vector<8xf32>
          %v178 = arith.addf %v133, %v177 fastmath<contract> : f32
          %v179 = arith.maximumf %v178, %v50 : f32
          %v180 = llvm.call_intrinsic "llvm.fabs.f32"(%v178) : (f32) -> f32
          %v181 = arith.negf %v180 : f32
          %v183 = arith.mulf %v181, %v182 fastmath<contract> : f32
          %v184 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v183) : (f32) -> f32
          %v186 = arith.addf %v185, %v184 fastmath<contract> : f32
          %v187 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v186) : (f32) -> f32
          %v189 = arith.mulf %v187, %v188 fastmath<contract> : f32
          %v191 = arith.mulf %v190, %v184 fastmath<contract> : f32
          %v193 = arith.addf %v191, %v192 fastmath<contract> : f32
          %v194 = arith.mulf %v193, %v184 fastmath<contract> : f32
          %v196 = arith.addf %v194, %v195 fastmath<contract> : f32
          %v197 = arith.mulf %v196, %v184 fastmath<contract> : f32
          %v199 = arith.addf %v197, %v198 fastmath<contract> : f32
          %v200 = arith.mulf %v199, %v184 fastmath<contract> : f32
          %v202 = arith.addf %v200, %v201 fastmath<contract> : f32
          %v203 = arith.mulf %v202, %v184 fastmath<contract> : f32
          %v205 = arith.addf %v203, %v204 fastmath<contract> : f32
          %v206 = arith.mulf %v205, %v184 fastmath<contract> : f32
          %v207 = arith.addf %v206, %v185 fastmath<contract> : f32
          %v208 = arith.mulf %v207, %v184 fastmath<contract> : f32
          %v209 = llvm.call_intrinsic "llvm.fabs.f32"(%v184) : (f32) -> f32
          %v211 = arith.cmpf olt, %v209, %v210 : f32
          %v212 = arith.select %v211, %v208, %v189 : f32
          %v213 = arith.addf %v179, %v212 fastmath<contract> : f32
          %v214 = arith.mulf %v213, %v154 fastmath<contract> : f32
          %v215 = arith.addi %v118, %v2 : i64
          %v216 = arith.addf %v135, %v177 fastmath<contract> : f32
          %v217 = arith.maximumf %v216, %v50 : f32
          %v218 = llvm.call_intrinsic "llvm.fabs.f32"(%v216) : (f32) -> f32
          %v219 = arith.negf %v218 : f32
          %v220 = arith.mulf %v219, %v182 fastmath<contract> : f32
          %v221 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v220) : (f32) -> f32
          %v222 = arith.addf %v185, %v221 fastmath<contract> : f32
          %v223 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v222) : (f32) -> f32
          %v224 = arith.mulf %v223, %v188 fastmath<contract> : f32
          %v225 = arith.mulf %v190, %v221 fastmath<contract> : f32
          %v226 = arith.addf %v225, %v192 fastmath<contract> : f32
          %v227 = arith.mulf %v226, %v221 fastmath<contract> : f32
          %v228 = arith.addf %v227, %v195 fastmath<contract> : f32
          %v229 = arith.mulf %v228, %v221 fastmath<contract> : f32
          %v230 = arith.addf %v229, %v198 fastmath<contract> : f32
          %v231 = arith.mulf %v230, %v221 fastmath<contract> : f32
          %v232 = arith.addf %v231, %v201 fastmath<contract> : f32
          %v233 = arith.mulf %v232, %v221 fastmath<contract> : f32
          %v234 = arith.addf %v233, %v204 fastmath<contract> : f32
          %v235 = arith.mulf %v234, %v221 fastmath<contract> : f32
          %v236 = arith.addf %v235, %v185 fastmath<contract> : f32
          %v237 = arith.mulf %v236, %v221 fastmath<contract> : f32
          %v238 = llvm.call_intrinsic "llvm.fabs.f32"(%v221) : (f32) -> f32
          %v239 = arith.cmpf olt, %v238, %v210 : f32
          %v240 = arith.select %v239, %v237, %v224 : f32
          %v241 = arith.addf %v217, %v240 fastmath<contract> : f32
          %v242 = arith.mulf %v241, %v155 fastmath<contract> : f32
          %v243 = arith.addi %v118, %v63 : i64
          %v244 = arith.addf %v137, %v177 fastmath<contract> : f32
          %v245 = arith.maximumf %v244, %v50 : f32
          %v246 = llvm.call_intrinsic "llvm.fabs.f32"(%v244) : (f32) -> f32
          %v247 = arith.negf %v246 : f32
          %v248 = arith.mulf %v247, %v182 fastmath<contract> : f32
          %v249 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v248) : (f32) -> f32
          %v250 = arith.addf %v185, %v249 fastmath<contract> : f32
          %v251 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v250) : (f32) -> f32
          %v252 = arith.mulf %v251, %v188 fastmath<contract> : f32
          %v253 = arith.mulf %v190, %v249 fastmath<contract> : f32
          %v254 = arith.addf %v253, %v192 fastmath<contract> : f32
          %v255 = arith.mulf %v254, %v249 fastmath<contract> : f32
          %v256 = arith.addf %v255, %v195 fastmath<contract> : f32
          %v257 = arith.mulf %v256, %v249 fastmath<contract> : f32
          %v258 = arith.addf %v257, %v198 fastmath<contract> : f32
          %v259 = arith.mulf %v258, %v249 fastmath<contract> : f32
          %v260 = arith.addf %v259, %v201 fastmath<contract> : f32
          %v261 = arith.mulf %v260, %v249 fastmath<contract> : f32
          %v262 = arith.addf %v261, %v204 fastmath<contract> : f32
          %v263 = arith.mulf %v262, %v249 fastmath<contract> : f32
          %v264 = arith.addf %v263, %v185 fastmath<contract> : f32
          %v265 = arith.mulf %v264, %v249 fastmath<contract> : f32
          %v266 = llvm.call_intrinsic "llvm.fabs.f32"(%v249) : (f32) -> f32
          %v267 = arith.cmpf olt, %v266, %v210 : f32
          %v268 = arith.select %v267, %v265, %v252 : f32
          %v269 = arith.addf %v245, %v268 fastmath<contract> : f32
          %v270 = arith.mulf %v269, %v156 fastmath<contract> : f32
          %v272 = arith.addi %v118, %v271 : i64
          %v273 = arith.addf %v139, %v177 fastmath<contract> : f32
          %v274 = arith.maximumf %v273, %v50 : f32
          %v275 = llvm.call_intrinsic "llvm.fabs.f32"(%v273) : (f32) -> f32
          %v276 = arith.negf %v275 : f32
          %v277 = arith.mulf %v276, %v182 fastmath<contract> : f32
          %v278 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v277) : (f32) -> f32
          %v279 = arith.addf %v185, %v278 fastmath<contract> : f32
          %v280 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v279) : (f32) -> f32
          %v281 = arith.mulf %v280, %v188 fastmath<contract> : f32
          %v282 = arith.mulf %v190, %v278 fastmath<contract> : f32
          %v283 = arith.addf %v282, %v192 fastmath<contract> : f32
          %v284 = arith.mulf %v283, %v278 fastmath<contract> : f32
          %v285 = arith.addf %v284, %v195 fastmath<contract> : f32
          %v286 = arith.mulf %v285, %v278 fastmath<contract> : f32
          %v287 = arith.addf %v286, %v198 fastmath<contract> : f32
          %v288 = arith.mulf %v287, %v278 fastmath<contract> : f32
          %v289 = arith.addf %v288, %v201 fastmath<contract> : f32
          %v290 = arith.mulf %v289, %v278 fastmath<contract> : f32
          %v291 = arith.addf %v290, %v204 fastmath<contract> : f32
          %v292 = arith.mulf %v291, %v278 fastmath<contract> : f32
          %v293 = arith.addf %v292, %v185 fastmath<contract> : f32
          %v294 = arith.mulf %v293, %v278 fastmath<contract> : f32
          %v295 = llvm.call_intrinsic "llvm.fabs.f32"(%v278) : (f32) -> f32
          %v296 = arith.cmpf olt, %v295, %v210 : f32
          %v297 = arith.select %v296, %v294, %v281 : f32
          %v298 = arith.addf %v274, %v297 fastmath<contract> : f32
          %v299 = arith.mulf %v298, %v157 fastmath<contract> : f32
          %v301 = arith.addi %v118, %v300 : i64
          %v302 = arith.addf %v141, %v177 fastmath<contract> : f32
          %v303 = arith.maximumf %v302, %v50 : f32
          %v304 = llvm.call_intrinsic "llvm.fabs.f32"(%v302) : (f32) -> f32
          %v305 = arith.negf %v304 : f32
          %v306 = arith.mulf %v305, %v182 fastmath<contract> : f32
          %v307 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v306) : (f32) -> f32
          %v308 = arith.addf %v185, %v307 fastmath<contract> : f32
          %v309 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v308) : (f32) -> f32
          %v310 = arith.mulf %v309, %v188 fastmath<contract> : f32
          %v311 = arith.mulf %v190, %v307 fastmath<contract> : f32
          %v312 = arith.addf %v311, %v192 fastmath<contract> : f32
          %v313 = arith.mulf %v312, %v307 fastmath<contract> : f32
          %v314 = arith.addf %v313, %v195 fastmath<contract> : f32
          %v315 = arith.mulf %v314, %v307 fastmath<contract> : f32
          %v316 = arith.addf %v315, %v198 fastmath<contract> : f32
          %v317 = arith.mulf %v316, %v307 fastmath<contract> : f32
          %v318 = arith.addf %v317, %v201 fastmath<contract> : f32
          %v319 = arith.mulf %v318, %v307 fastmath<contract> : f32
          %v320 = arith.addf %v319, %v204 fastmath<contract> : f32
          %v321 = arith.mulf %v320, %v307 fastmath<contract> : f32
          %v322 = arith.addf %v321, %v185 fastmath<contract> : f32
          %v323 = arith.mulf %v322, %v307 fastmath<contract> : f32
          %v324 = llvm.call_intrinsic "llvm.fabs.f32"(%v307) : (f32) -> f32
          %v325 = arith.cmpf olt, %v324, %v210 : f32
          %v326 = arith.select %v325, %v323, %v310 : f32
          %v327 = arith.addf %v303, %v326 fastmath<contract> : f32
          %v328 = arith.mulf %v327, %v158 fastmath<contract> : f32
          %v330 = arith.addi %v118, %v329 : i64
          %v331 = arith.addf %v143, %v177 fastmath<contract> : f32
          %v332 = arith.maximumf %v331, %v50 : f32
          %v333 = llvm.call_intrinsic "llvm.fabs.f32"(%v331) : (f32) -> f32
          %v334 = arith.negf %v333 : f32
          %v335 = arith.mulf %v334, %v182 fastmath<contract> : f32
          %v336 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v335) : (f32) -> f32
          %v337 = arith.addf %v185, %v336 fastmath<contract> : f32
          %v338 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v337) : (f32) -> f32
          %v339 = arith.mulf %v338, %v188 fastmath<contract> : f32
          %v340 = arith.mulf %v190, %v336 fastmath<contract> : f32
          %v341 = arith.addf %v340, %v192 fastmath<contract> : f32
          %v342 = arith.mulf %v341, %v336 fastmath<contract> : f32
          %v343 = arith.addf %v342, %v195 fastmath<contract> : f32
          %v344 = arith.mulf %v343, %v336 fastmath<contract> : f32
          %v345 = arith.addf %v344, %v198 fastmath<contract> : f32
          %v346 = arith.mulf %v345, %v336 fastmath<contract> : f32
          %v347 = arith.addf %v346, %v201 fastmath<contract> : f32
          %v348 = arith.mulf %v347, %v336 fastmath<contract> : f32
          %v349 = arith.addf %v348, %v204 fastmath<contract> : f32
          %v350 = arith.mulf %v349, %v336 fastmath<contract> : f32
          %v351 = arith.addf %v350, %v185 fastmath<contract> : f32
          %v352 = arith.mulf %v351, %v336 fastmath<contract> : f32
          %v353 = llvm.call_intrinsic "llvm.fabs.f32"(%v336) : (f32) -> f32
          %v354 = arith.cmpf olt, %v353, %v210 : f32
          %v355 = arith.select %v354, %v352, %v339 : f32
          %v356 = arith.addf %v332, %v355 fastmath<contract> : f32
          %v357 = arith.mulf %v356, %v159 fastmath<contract> : f32
          %v359 = arith.addi %v118, %v358 : i64
          %v360 = arith.addf %v145, %v177 fastmath<contract> : f32
          %v361 = arith.maximumf %v360, %v50 : f32
          %v362 = llvm.call_intrinsic "llvm.fabs.f32"(%v360) : (f32) -> f32
          %v363 = arith.negf %v362 : f32
          %v364 = arith.mulf %v363, %v182 fastmath<contract> : f32
          %v365 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v364) : (f32) -> f32
          %v366 = arith.addf %v185, %v365 fastmath<contract> : f32
          %v367 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v366) : (f32) -> f32
          %v368 = arith.mulf %v367, %v188 fastmath<contract> : f32
          %v369 = arith.mulf %v190, %v365 fastmath<contract> : f32
          %v370 = arith.addf %v369, %v192 fastmath<contract> : f32
          %v371 = arith.mulf %v370, %v365 fastmath<contract> : f32
          %v372 = arith.addf %v371, %v195 fastmath<contract> : f32
          %v373 = arith.mulf %v372, %v365 fastmath<contract> : f32
          %v374 = arith.addf %v373, %v198 fastmath<contract> : f32
          %v375 = arith.mulf %v374, %v365 fastmath<contract> : f32
          %v376 = arith.addf %v375, %v201 fastmath<contract> : f32
          %v377 = arith.mulf %v376, %v365 fastmath<contract> : f32
          %v378 = arith.addf %v377, %v204 fastmath<contract> : f32
          %v379 = arith.mulf %v378, %v365 fastmath<contract> : f32
          %v380 = arith.addf %v379, %v185 fastmath<contract> : f32
          %v381 = arith.mulf %v380, %v365 fastmath<contract> : f32
          %v382 = llvm.call_intrinsic "llvm.fabs.f32"(%v365) : (f32) -> f32
          %v383 = arith.cmpf olt, %v382, %v210 : f32
          %v384 = arith.select %v383, %v381, %v368 : f32
          %v385 = arith.addf %v361, %v384 fastmath<contract> : f32
          %v386 = arith.mulf %v385, %v160 fastmath<contract> : f32
          %v388 = arith.addi %v118, %v387 : i64
          %v389 = arith.addf %v147, %v177 fastmath<contract> : f32
          %v390 = arith.maximumf %v389, %v50 : f32
          %v391 = llvm.call_intrinsic "llvm.fabs.f32"(%v389) : (f32) -> f32
          %v392 = arith.negf %v391 : f32
          %v393 = arith.mulf %v392, %v182 fastmath<contract> : f32
          %v394 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v393) : (f32) -> f32
          %v395 = arith.addf %v185, %v394 fastmath<contract> : f32
          %v396 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v395) : (f32) -> f32
          %v397 = arith.mulf %v396, %v188 fastmath<contract> : f32
          %v398 = arith.mulf %v190, %v394 fastmath<contract> : f32
          %v399 = arith.addf %v398, %v192 fastmath<contract> : f32
          %v400 = arith.mulf %v399, %v394 fastmath<contract> : f32
          %v401 = arith.addf %v400, %v195 fastmath<contract> : f32
          %v402 = arith.mulf %v401, %v394 fastmath<contract> : f32
          %v403 = arith.addf %v402, %v198 fastmath<contract> : f32
          %v404 = arith.mulf %v403, %v394 fastmath<contract> : f32
          %v405 = arith.addf %v404, %v201 fastmath<contract> : f32
          %v406 = arith.mulf %v405, %v394 fastmath<contract> : f32
          %v407 = arith.addf %v406, %v204 fastmath<contract> : f32
          %v408 = arith.mulf %v407, %v394 fastmath<contract> : f32
          %v409 = arith.addf %v408, %v185 fastmath<contract> : f32
          %v410 = arith.mulf %v409, %v394 fastmath<contract> : f32
          %v411 = llvm.call_intrinsic "llvm.fabs.f32"(%v394) : (f32) -> f32
          %v412 = arith.cmpf olt, %v411, %v210 : f32
          %v413 = arith.select %v412, %v410, %v397 : f32
          %v414 = arith.addf %v390, %v413 fastmath<contract> : f32
          %v415 = arith.mulf %v414, %v161 fastmath<contract> : f32
          %v416 = arith.addi %v118, %v2 : i64
          %v417 = arith.addf %v213, %v241 fastmath<contract> : f32
          %v418 = arith.addi %v118, %v63 : i64
          %v419 = arith.addf %v417, %v269 fastmath<contract> : f32
          %v420 = arith.addi %v118, %v271 : i64
          %v421 = arith.addf %v419, %v298 fastmath<contract> : f32
          %v422 = arith.addi %v118, %v300 : i64
          %v423 = arith.addf %v421, %v327 fastmath<contract> : f32
          %v424 = arith.addi %v118, %v329 : i64
          %v425 = arith.addf %v423, %v356 fastmath<contract> : f32
          %v426 = arith.addi %v118, %v358 : i64
          %v427 = arith.addf %v425, %v385 fastmath<contract> : f32
          %v428 = arith.addi %v118, %v387 : i64
          %v429 = arith.addf %v427, %v414 fastmath<contract> : f32
          %v432 = arith.mulf %v154, %v431 fastmath<contract> : f32
          llvm.store %v432, %v97 : f32, !llvm.ptr
          %v433 = arith.addi %v118, %v2 : i64
          %v434 = arith.mulf %v155, %v431 fastmath<contract> : f32
          llvm.store %v434, %v98 : f32, !llvm.ptr
          %v435 = arith.addi %v118, %v63 : i64
          %v436 = arith.mulf %v156, %v431 fastmath<contract> : f32
          llvm.store %v436, %v99 : f32, !llvm.ptr
          %v437 = arith.addi %v118, %v271 : i64
          %v438 = arith.mulf %v157, %v431 fastmath<contract> : f32
          llvm.store %v438, %v100 : f32, !llvm.ptr
          %v439 = arith.addi %v118, %v300 : i64
          %v440 = arith.mulf %v158, %v431 fastmath<contract> : f32
          llvm.store %v440, %v101 : f32, !llvm.ptr
          %v441 = arith.addi %v118, %v329 : i64
          %v442 = arith.mulf %v159, %v431 fastmath<contract> : f32
          llvm.store %v442, %v102 : f32, !llvm.ptr
          %v443 = arith.addi %v118, %v358 : i64
          %v444 = arith.mulf %v160, %v431 fastmath<contract> : f32
          llvm.store %v444, %v103 : f32, !llvm.ptr
          %v445 = arith.addi %v118, %v387 : i64
          %v446 = arith.mulf %v161, %v431 fastmath<contract> : f32
          llvm.store %v446, %v104 : f32, !llvm.ptr
          %v447 = arith.index_cast %v32 : i64 to index
          %v448 = arith.index_cast %v34 : i64 to index
          %v449 = arith.index_cast %v2 : i64 to index
          scf.for %v450 = %v447 to %v448 step %v449 {
            %v451 = arith.index_cast %v450 : index to i64
            %v452 = arith.muli %v25, %v1 : i64
            %v453 = arith.addi %v452, %v451 : i64
            %v454 = llvm.getelementptr %in_A[%v453] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v455 = llvm.load %v454 : !llvm.ptr -> f32
            %v456 = arith.mulf %v455, %v182 fastmath<contract> : f32
            %v457 = arith.muli %v25, %v1 : i64
            %v458 = arith.constant 8 : i64
            %v459 = arith.addi %v458, %v451 : i64
            %v460 = arith.addi %v457, %v459 : i64
            %v461 = llvm.getelementptr %in_A[%v460] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v462 = llvm.load %v461 : !llvm.ptr -> f32
            %v463 = arith.mulf %v462, %v182 fastmath<contract> : f32
            // 1. this point's K steps composed into one map (A, B)
            llvm.store %v185, %v6 : f32, !llvm.ptr
            llvm.store %v185, %v7 : f32, !llvm.ptr
            llvm.store %v50, %v8 : f32, !llvm.ptr
            llvm.store %v50, %v9 : f32, !llvm.ptr
            %v464 = arith.addi %v451, %v2 : i64
            %v465 = arith.cmpi ult, %v464, %v34 : i64
            %v467 = arith.muli %v27, %v466 : i64
            %v468 = arith.addi %v467, %v118 : i64
            %v469 = arith.muli %v451, %size_L : i64
            %v470 = arith.addi %v468, %v469 : i64
            %v471 = llvm.getelementptr %in_Bm[%v470] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v472 = llvm.load %v471 {alignment = 32 : i64} : !llvm.ptr -> vector<8xf32>
            %v473 = llvm.getelementptr %v471[%size_L] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v474 = llvm.select %v465, %v473, %v471 : i1, !llvm.ptr
            %v475 = llvm.ptrtoint %v474 : !llvm.ptr to i64
            llvm.inline_asm has_side_effects asm_dialect = att "prefetch.L1 [$0];", "l" %v475 : (i64) -> ()
            %v476 = llvm.extractelement %v472[%v132 : i32] : vector<8xf32>
            %v477 = llvm.extractelement %v472[%v134 : i32] : vector<8xf32>
            %v478 = llvm.extractelement %v472[%v136 : i32] : vector<8xf32>
            %v479 = llvm.extractelement %v472[%v138 : i32] : vector<8xf32>
            %v480 = llvm.extractelement %v472[%v140 : i32] : vector<8xf32>
            %v481 = llvm.extractelement %v472[%v142 : i32] : vector<8xf32>
            %v482 = llvm.extractelement %v472[%v144 : i32] : vector<8xf32>
            %v483 = llvm.extractelement %v472[%v146 : i32] : vector<8xf32>
            %v484 = arith.muli %v27, %v466 : i64
            %v485 = arith.addi %v484, %v118 : i64
            %v486 = arith.constant 8 : i64
            %v487 = arith.addi %v486, %v451 : i64
            %v488 = arith.muli %v487, %size_L : i64
            %v489 = arith.addi %v485, %v488 : i64
            %v490 = llvm.getelementptr %in_Bm[%v489] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v491 = llvm.load %v490 {alignment = 32 : i64} : !llvm.ptr -> vector<8xf32>
            %v492 = llvm.getelementptr %v490[%size_L] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v493 = llvm.select %v465, %v492, %v490 : i1, !llvm.ptr
            %v494 = llvm.ptrtoint %v493 : !llvm.ptr to i64
            llvm.inline_asm has_side_effects asm_dialect = att "prefetch.L1 [$0];", "l" %v494 : (i64) -> ()
            %v495 = llvm.extractelement %v491[%v132 : i32] : vector<8xf32>
            %v496 = llvm.extractelement %v491[%v134 : i32] : vector<8xf32>
            %v497 = llvm.extractelement %v491[%v136 : i32] : vector<8xf32>
            %v498 = llvm.extractelement %v491[%v138 : i32] : vector<8xf32>
            %v499 = llvm.extractelement %v491[%v140 : i32] : vector<8xf32>
            %v500 = llvm.extractelement %v491[%v142 : i32] : vector<8xf32>
            %v501 = llvm.extractelement %v491[%v144 : i32] : vector<8xf32>
            %v502 = llvm.extractelement %v491[%v146 : i32] : vector<8xf32>
            %v503 = arith.mulf %v213, %v456 fastmath<contract> : f32
            %v504 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v503) : (f32) -> f32
            %v505 = arith.mulf %v476, %v214 fastmath<contract> : f32
            %v506 = llvm.load %v8 : !llvm.ptr -> f32
            %v507 = arith.mulf %v504, %v506 fastmath<contract> : f32
            %v508 = arith.addf %v507, %v505 fastmath<contract> : f32
            %v509 = llvm.load %v6 : !llvm.ptr -> f32
            %v510 = arith.mulf %v504, %v509 fastmath<contract> : f32
            %v511 = arith.mulf %v213, %v463 fastmath<contract> : f32
            %v512 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v511) : (f32) -> f32
            %v513 = arith.mulf %v495, %v214 fastmath<contract> : f32
            %v514 = llvm.load %v9 : !llvm.ptr -> f32
            %v515 = arith.mulf %v512, %v514 fastmath<contract> : f32
            %v516 = arith.addf %v515, %v513 fastmath<contract> : f32
            %v517 = llvm.load %v7 : !llvm.ptr -> f32
            %v518 = arith.mulf %v512, %v517 fastmath<contract> : f32
            llvm.store %v508, %v8 : f32, !llvm.ptr
            llvm.store %v510, %v6 : f32, !llvm.ptr
            llvm.store %v516, %v9 : f32, !llvm.ptr
            llvm.store %v518, %v7 : f32, !llvm.ptr
            %v519 = arith.addi %v118, %v2 : i64
            %v520 = arith.mulf %v241, %v456 fastmath<contract> : f32
            %v521 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v520) : (f32) -> f32
            %v522 = arith.mulf %v477, %v242 fastmath<contract> : f32
            %v523 = llvm.load %v8 : !llvm.ptr -> f32
            %v524 = arith.mulf %v521, %v523 fastmath<contract> : f32
            %v525 = arith.addf %v524, %v522 fastmath<contract> : f32
            %v526 = llvm.load %v6 : !llvm.ptr -> f32
            %v527 = arith.mulf %v521, %v526 fastmath<contract> : f32
            %v528 = arith.mulf %v241, %v463 fastmath<contract> : f32
            %v529 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v528) : (f32) -> f32
            %v530 = arith.mulf %v496, %v242 fastmath<contract> : f32
            %v531 = llvm.load %v9 : !llvm.ptr -> f32
            %v532 = arith.mulf %v529, %v531 fastmath<contract> : f32
            %v533 = arith.addf %v532, %v530 fastmath<contract> : f32
            %v534 = llvm.load %v7 : !llvm.ptr -> f32
            %v535 = arith.mulf %v529, %v534 fastmath<contract> : f32
            llvm.store %v525, %v8 : f32, !llvm.ptr
            llvm.store %v527, %v6 : f32, !llvm.ptr
            llvm.store %v533, %v9 : f32, !llvm.ptr
            llvm.store %v535, %v7 : f32, !llvm.ptr
            %v536 = arith.addi %v118, %v63 : i64
            %v537 = arith.mulf %v269, %v456 fastmath<contract> : f32
            %v538 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v537) : (f32) -> f32
            %v539 = arith.mulf %v478, %v270 fastmath<contract> : f32
            %v540 = llvm.load %v8 : !llvm.ptr -> f32
            %v541 = arith.mulf %v538, %v540 fastmath<contract> : f32
            %v542 = arith.addf %v541, %v539 fastmath<contract> : f32
            %v543 = llvm.load %v6 : !llvm.ptr -> f32
            %v544 = arith.mulf %v538, %v543 fastmath<contract> : f32
            %v545 = arith.mulf %v269, %v463 fastmath<contract> : f32
            %v546 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v545) : (f32) -> f32
            %v547 = arith.mulf %v497, %v270 fastmath<contract> : f32
            %v548 = llvm.load %v9 : !llvm.ptr -> f32
            %v549 = arith.mulf %v546, %v548 fastmath<contract> : f32
            %v550 = arith.addf %v549, %v547 fastmath<contract> : f32
            %v551 = llvm.load %v7 : !llvm.ptr -> f32
            %v552 = arith.mulf %v546, %v551 fastmath<contract> : f32
            llvm.store %v542, %v8 : f32, !llvm.ptr
            llvm.store %v544, %v6 : f32, !llvm.ptr
            llvm.store %v550, %v9 : f32, !llvm.ptr
            llvm.store %v552, %v7 : f32, !llvm.ptr
            %v553 = arith.addi %v118, %v271 : i64
            %v554 = arith.mulf %v298, %v456 fastmath<contract> : f32
            %v555 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v554) : (f32) -> f32
            %v556 = arith.mulf %v479, %v299 fastmath<contract> : f32
            %v557 = llvm.load %v8 : !llvm.ptr -> f32
            %v558 = arith.mulf %v555, %v557 fastmath<contract> : f32
            %v559 = arith.addf %v558, %v556 fastmath<contract> : f32
            %v560 = llvm.load %v6 : !llvm.ptr -> f32
            %v561 = arith.mulf %v555, %v560 fastmath<contract> : f32
            %v562 = arith.mulf %v298, %v463 fastmath<contract> : f32
            %v563 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v562) : (f32) -> f32
            %v564 = arith.mulf %v498, %v299 fastmath<contract> : f32
            %v565 = llvm.load %v9 : !llvm.ptr -> f32
            %v566 = arith.mulf %v563, %v565 fastmath<contract> : f32
            %v567 = arith.addf %v566, %v564 fastmath<contract> : f32
            %v568 = llvm.load %v7 : !llvm.ptr -> f32
            %v569 = arith.mulf %v563, %v568 fastmath<contract> : f32
            llvm.store %v559, %v8 : f32, !llvm.ptr
            llvm.store %v561, %v6 : f32, !llvm.ptr
            llvm.store %v567, %v9 : f32, !llvm.ptr
            llvm.store %v569, %v7 : f32, !llvm.ptr
            %v570 = arith.addi %v118, %v300 : i64
            %v571 = arith.mulf %v327, %v456 fastmath<contract> : f32
            %v572 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v571) : (f32) -> f32
            %v573 = arith.mulf %v480, %v328 fastmath<contract> : f32
            %v574 = llvm.load %v8 : !llvm.ptr -> f32
            %v575 = arith.mulf %v572, %v574 fastmath<contract> : f32
            %v576 = arith.addf %v575, %v573 fastmath<contract> : f32
            %v577 = llvm.load %v6 : !llvm.ptr -> f32
            %v578 = arith.mulf %v572, %v577 fastmath<contract> : f32
            %v579 = arith.mulf %v327, %v463 fastmath<contract> : f32
            %v580 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v579) : (f32) -> f32
            %v581 = arith.mulf %v499, %v328 fastmath<contract> : f32
            %v582 = llvm.load %v9 : !llvm.ptr -> f32
            %v583 = arith.mulf %v580, %v582 fastmath<contract> : f32
            %v584 = arith.addf %v583, %v581 fastmath<contract> : f32
            %v585 = llvm.load %v7 : !llvm.ptr -> f32
            %v586 = arith.mulf %v580, %v585 fastmath<contract> : f32
            llvm.store %v576, %v8 : f32, !llvm.ptr
            llvm.store %v578, %v6 : f32, !llvm.ptr
            llvm.store %v584, %v9 : f32, !llvm.ptr
            llvm.store %v586, %v7 : f32, !llvm.ptr
            %v587 = arith.addi %v118, %v329 : i64
            %v588 = arith.mulf %v356, %v456 fastmath<contract> : f32
            %v589 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v588) : (f32) -> f32
            %v590 = arith.mulf %v481, %v357 fastmath<contract> : f32
            %v591 = llvm.load %v8 : !llvm.ptr -> f32
            %v592 = arith.mulf %v589, %v591 fastmath<contract> : f32
            %v593 = arith.addf %v592, %v590 fastmath<contract> : f32
            %v594 = llvm.load %v6 : !llvm.ptr -> f32
            %v595 = arith.mulf %v589, %v594 fastmath<contract> : f32
            %v596 = arith.mulf %v356, %v463 fastmath<contract> : f32
            %v597 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v596) : (f32) -> f32
            %v598 = arith.mulf %v500, %v357 fastmath<contract> : f32
            %v599 = llvm.load %v9 : !llvm.ptr -> f32
            %v600 = arith.mulf %v597, %v599 fastmath<contract> : f32
            %v601 = arith.addf %v600, %v598 fastmath<contract> : f32
            %v602 = llvm.load %v7 : !llvm.ptr -> f32
            %v603 = arith.mulf %v597, %v602 fastmath<contract> : f32
            llvm.store %v593, %v8 : f32, !llvm.ptr
            llvm.store %v595, %v6 : f32, !llvm.ptr
            llvm.store %v601, %v9 : f32, !llvm.ptr
            llvm.store %v603, %v7 : f32, !llvm.ptr
            %v604 = arith.addi %v118, %v358 : i64
            %v605 = arith.mulf %v385, %v456 fastmath<contract> : f32
            %v606 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v605) : (f32) -> f32
            %v607 = arith.mulf %v482, %v386 fastmath<contract> : f32
            %v608 = llvm.load %v8 : !llvm.ptr -> f32
            %v609 = arith.mulf %v606, %v608 fastmath<contract> : f32
            %v610 = arith.addf %v609, %v607 fastmath<contract> : f32
            %v611 = llvm.load %v6 : !llvm.ptr -> f32
            %v612 = arith.mulf %v606, %v611 fastmath<contract> : f32
            %v613 = arith.mulf %v385, %v463 fastmath<contract> : f32
            %v614 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v613) : (f32) -> f32
            %v615 = arith.mulf %v501, %v386 fastmath<contract> : f32
            %v616 = llvm.load %v9 : !llvm.ptr -> f32
            %v617 = arith.mulf %v614, %v616 fastmath<contract> : f32
            %v618 = arith.addf %v617, %v615 fastmath<contract> : f32
            %v619 = llvm.load %v7 : !llvm.ptr -> f32
            %v620 = arith.mulf %v614, %v619 fastmath<contract> : f32
            llvm.store %v610, %v8 : f32, !llvm.ptr
            llvm.store %v612, %v6 : f32, !llvm.ptr
            llvm.store %v618, %v9 : f32, !llvm.ptr
            llvm.store %v620, %v7 : f32, !llvm.ptr
            %v621 = arith.addi %v118, %v387 : i64
            %v622 = arith.mulf %v414, %v456 fastmath<contract> : f32
            %v623 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v622) : (f32) -> f32
            %v624 = arith.mulf %v483, %v415 fastmath<contract> : f32
            %v625 = llvm.load %v8 : !llvm.ptr -> f32
            %v626 = arith.mulf %v623, %v625 fastmath<contract> : f32
            %v627 = arith.addf %v626, %v624 fastmath<contract> : f32
            %v628 = llvm.load %v6 : !llvm.ptr -> f32
            %v629 = arith.mulf %v623, %v628 fastmath<contract> : f32
            %v630 = arith.mulf %v414, %v463 fastmath<contract> : f32
            %v631 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v630) : (f32) -> f32
            %v632 = arith.mulf %v502, %v415 fastmath<contract> : f32
            %v633 = llvm.load %v9 : !llvm.ptr -> f32
            %v634 = arith.mulf %v631, %v633 fastmath<contract> : f32
            %v635 = arith.addf %v634, %v632 fastmath<contract> : f32
            %v636 = llvm.load %v7 : !llvm.ptr -> f32
            %v637 = arith.mulf %v631, %v636 fastmath<contract> : f32
            llvm.store %v627, %v8 : f32, !llvm.ptr
            llvm.store %v629, %v6 : f32, !llvm.ptr
            llvm.store %v635, %v9 : f32, !llvm.ptr
            llvm.store %v637, %v7 : f32, !llvm.ptr
            %v638 = arith.mulf %v429, %v456 fastmath<contract> : f32
            %v639 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v638) : (f32) -> f32
            llvm.store %v639, %v6 : f32, !llvm.ptr
            %v640 = arith.mulf %v429, %v463 fastmath<contract> : f32
            %v641 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v640) : (f32) -> f32
            llvm.store %v641, %v7 : f32, !llvm.ptr
            // 2. the block's scan of this point's maps
            %v642 = llvm.load %v6 : !llvm.ptr -> f32
            %v643 = llvm.load %v8 : !llvm.ptr -> f32
            %v644 = llvm.load %v7 : !llvm.ptr -> f32
            %v645 = llvm.load %v9 : !llvm.ptr -> f32
            %v646 = arith.addi %v116, %v451 : i64
            %v647 = arith.andi %v646, %v2 : i64
            %v648 = arith.muli %v647, %v34 : i64
            %v650, %v651 = gpu.shuffle up %v642, %v134, %v649 : f32
            %v652, %v653 = gpu.shuffle up %v643, %v134, %v649 : f32
            %v654 = arith.mulf %v642, %v650 fastmath<contract> : f32
            %v655 = arith.mulf %v642, %v652 fastmath<contract> : f32
            %v656 = arith.addf %v655, %v643 fastmath<contract> : f32
            %v657 = arith.cmpi uge, %v30, %v2 : i64
            %v658 = arith.select %v657, %v654, %v642 : f32
            %v659 = arith.select %v657, %v656, %v643 : f32
            %v660, %v661 = gpu.shuffle up %v658, %v136, %v649 : f32
            %v662, %v663 = gpu.shuffle up %v659, %v136, %v649 : f32
            %v664 = arith.mulf %v658, %v660 fastmath<contract> : f32
            %v665 = arith.mulf %v658, %v662 fastmath<contract> : f32
            %v666 = arith.addf %v665, %v659 fastmath<contract> : f32
            %v667 = arith.cmpi uge, %v30, %v63 : i64
            %v668 = arith.select %v667, %v664, %v658 : f32
            %v669 = arith.select %v667, %v666, %v659 : f32
            %v670, %v671 = gpu.shuffle up %v668, %v140, %v649 : f32
            %v672, %v673 = gpu.shuffle up %v669, %v140, %v649 : f32
            %v674 = arith.mulf %v668, %v670 fastmath<contract> : f32
            %v675 = arith.mulf %v668, %v672 fastmath<contract> : f32
            %v676 = arith.addf %v675, %v669 fastmath<contract> : f32
            %v677 = arith.cmpi uge, %v30, %v300 : i64
            %v678 = arith.select %v677, %v674, %v668 : f32
            %v679 = arith.select %v677, %v676, %v669 : f32
            %v681, %v682 = gpu.shuffle up %v678, %v680, %v649 : f32
            %v683, %v684 = gpu.shuffle up %v679, %v680, %v649 : f32
            %v685 = arith.mulf %v678, %v681 fastmath<contract> : f32
            %v686 = arith.mulf %v678, %v683 fastmath<contract> : f32
            %v687 = arith.addf %v686, %v679 fastmath<contract> : f32
            %v688 = arith.cmpi uge, %v30, %v34 : i64
            %v689 = arith.select %v688, %v685, %v678 : f32
            %v690 = arith.select %v688, %v687, %v679 : f32
            %v692, %v693 = gpu.shuffle up %v689, %v691, %v649 : f32
            %v694, %v695 = gpu.shuffle up %v690, %v691, %v649 : f32
            %v696 = arith.mulf %v689, %v692 fastmath<contract> : f32
            %v697 = arith.mulf %v689, %v694 fastmath<contract> : f32
            %v698 = arith.addf %v697, %v690 fastmath<contract> : f32
            %v699 = arith.cmpi uge, %v30, %v1 : i64
            %v700 = arith.select %v699, %v696, %v689 : f32
            %v701 = arith.select %v699, %v698, %v690 : f32
            %v703 = arith.cmpi eq, %v30, %v702 : i64
            %v704 = arith.addi %v648, %v31 : i64
            scf.if %v703 {
              %v705 = llvm.getelementptr %v13[%v704] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v700, %v705 : f32, !llvm.ptr
              %v706 = llvm.getelementptr %v15[%v704] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v701, %v706 : f32, !llvm.ptr
            }
            %v707, %v708 = gpu.shuffle up %v700, %v134, %v649 : f32
            %v709, %v710 = gpu.shuffle up %v701, %v134, %v649 : f32
            %v711 = arith.cmpi eq, %v30, %v32 : i64
            %v712 = arith.select %v711, %v185, %v707 : f32
            %v713 = arith.select %v711, %v50, %v709 : f32
            %v714, %v715 = gpu.shuffle up %v644, %v134, %v649 : f32
            %v716, %v717 = gpu.shuffle up %v645, %v134, %v649 : f32
            %v718 = arith.mulf %v644, %v714 fastmath<contract> : f32
            %v719 = arith.mulf %v644, %v716 fastmath<contract> : f32
            %v720 = arith.addf %v719, %v645 fastmath<contract> : f32
            %v721 = arith.cmpi uge, %v30, %v2 : i64
            %v722 = arith.select %v721, %v718, %v644 : f32
            %v723 = arith.select %v721, %v720, %v645 : f32
            %v724, %v725 = gpu.shuffle up %v722, %v136, %v649 : f32
            %v726, %v727 = gpu.shuffle up %v723, %v136, %v649 : f32
            %v728 = arith.mulf %v722, %v724 fastmath<contract> : f32
            %v729 = arith.mulf %v722, %v726 fastmath<contract> : f32
            %v730 = arith.addf %v729, %v723 fastmath<contract> : f32
            %v731 = arith.cmpi uge, %v30, %v63 : i64
            %v732 = arith.select %v731, %v728, %v722 : f32
            %v733 = arith.select %v731, %v730, %v723 : f32
            %v734, %v735 = gpu.shuffle up %v732, %v140, %v649 : f32
            %v736, %v737 = gpu.shuffle up %v733, %v140, %v649 : f32
            %v738 = arith.mulf %v732, %v734 fastmath<contract> : f32
            %v739 = arith.mulf %v732, %v736 fastmath<contract> : f32
            %v740 = arith.addf %v739, %v733 fastmath<contract> : f32
            %v741 = arith.cmpi uge, %v30, %v300 : i64
            %v742 = arith.select %v741, %v738, %v732 : f32
            %v743 = arith.select %v741, %v740, %v733 : f32
            %v744, %v745 = gpu.shuffle up %v742, %v680, %v649 : f32
            %v746, %v747 = gpu.shuffle up %v743, %v680, %v649 : f32
            %v748 = arith.mulf %v742, %v744 fastmath<contract> : f32
            %v749 = arith.mulf %v742, %v746 fastmath<contract> : f32
            %v750 = arith.addf %v749, %v743 fastmath<contract> : f32
            %v751 = arith.cmpi uge, %v30, %v34 : i64
            %v752 = arith.select %v751, %v748, %v742 : f32
            %v753 = arith.select %v751, %v750, %v743 : f32
            %v754, %v755 = gpu.shuffle up %v752, %v691, %v649 : f32
            %v756, %v757 = gpu.shuffle up %v753, %v691, %v649 : f32
            %v758 = arith.mulf %v752, %v754 fastmath<contract> : f32
            %v759 = arith.mulf %v752, %v756 fastmath<contract> : f32
            %v760 = arith.addf %v759, %v753 fastmath<contract> : f32
            %v761 = arith.cmpi uge, %v30, %v1 : i64
            %v762 = arith.select %v761, %v758, %v752 : f32
            %v763 = arith.select %v761, %v760, %v753 : f32
            %v764 = arith.cmpi eq, %v30, %v702 : i64
            %v765 = arith.addi %v648, %v300 : i64
            %v766 = arith.addi %v765, %v31 : i64
            scf.if %v764 {
              %v767 = llvm.getelementptr %v13[%v766] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v762, %v767 : f32, !llvm.ptr
              %v768 = llvm.getelementptr %v15[%v766] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v763, %v768 : f32, !llvm.ptr
            }
            %v769, %v770 = gpu.shuffle up %v762, %v134, %v649 : f32
            %v771, %v772 = gpu.shuffle up %v763, %v134, %v649 : f32
            %v773 = arith.cmpi eq, %v30, %v32 : i64
            %v774 = arith.select %v773, %v185, %v769 : f32
            %v775 = arith.select %v773, %v50, %v771 : f32
            // across warps: each thread composes the warps' totals before its own, and all of them
            gpu.barrier
            %v776 = llvm.getelementptr %v13[%v648] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v777 = llvm.load %v776 : !llvm.ptr -> f32
            %v778 = llvm.getelementptr %v15[%v648] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v779 = llvm.load %v778 : !llvm.ptr -> f32
            %v780 = arith.mulf %v777, %v185 fastmath<contract> : f32
            %v781 = arith.mulf %v777, %v50 fastmath<contract> : f32
            %v782 = arith.addf %v781, %v779 fastmath<contract> : f32
            %v783 = arith.cmpi ugt, %v31, %v32 : i64
            %v784 = arith.select %v783, %v780, %v185 : f32
            %v785 = arith.select %v783, %v782, %v50 : f32
            %v786 = arith.addi %v648, %v2 : i64
            %v787 = llvm.getelementptr %v13[%v786] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v788 = llvm.load %v787 : !llvm.ptr -> f32
            %v789 = llvm.getelementptr %v15[%v786] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v790 = llvm.load %v789 : !llvm.ptr -> f32
            %v791 = arith.mulf %v788, %v780 fastmath<contract> : f32
            %v792 = arith.mulf %v788, %v782 fastmath<contract> : f32
            %v793 = arith.addf %v792, %v790 fastmath<contract> : f32
            %v794 = arith.cmpi ugt, %v31, %v2 : i64
            %v795 = arith.select %v794, %v791, %v784 : f32
            %v796 = arith.select %v794, %v793, %v785 : f32
            %v797 = arith.addi %v648, %v63 : i64
            %v798 = llvm.getelementptr %v13[%v797] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v799 = llvm.load %v798 : !llvm.ptr -> f32
            %v800 = llvm.getelementptr %v15[%v797] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v801 = llvm.load %v800 : !llvm.ptr -> f32
            %v802 = arith.mulf %v799, %v791 fastmath<contract> : f32
            %v803 = arith.mulf %v799, %v793 fastmath<contract> : f32
            %v804 = arith.addf %v803, %v801 fastmath<contract> : f32
            %v805 = arith.cmpi ugt, %v31, %v63 : i64
            %v806 = arith.select %v805, %v802, %v795 : f32
            %v807 = arith.select %v805, %v804, %v796 : f32
            %v808 = arith.addi %v648, %v271 : i64
            %v809 = llvm.getelementptr %v13[%v808] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v810 = llvm.load %v809 : !llvm.ptr -> f32
            %v811 = llvm.getelementptr %v15[%v808] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v812 = llvm.load %v811 : !llvm.ptr -> f32
            %v813 = arith.mulf %v810, %v802 fastmath<contract> : f32
            %v814 = arith.mulf %v810, %v804 fastmath<contract> : f32
            %v815 = arith.addf %v814, %v812 fastmath<contract> : f32
            %v816 = arith.mulf %v712, %v806 fastmath<contract> : f32
            %v817 = arith.mulf %v712, %v807 fastmath<contract> : f32
            %v818 = arith.addf %v817, %v713 fastmath<contract> : f32
            %v819 = arith.addi %v648, %v300 : i64
            %v820 = llvm.getelementptr %v13[%v819] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v821 = llvm.load %v820 : !llvm.ptr -> f32
            %v822 = llvm.getelementptr %v15[%v819] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v823 = llvm.load %v822 : !llvm.ptr -> f32
            %v824 = arith.mulf %v821, %v185 fastmath<contract> : f32
            %v825 = arith.mulf %v821, %v50 fastmath<contract> : f32
            %v826 = arith.addf %v825, %v823 fastmath<contract> : f32
            %v827 = arith.cmpi ugt, %v31, %v32 : i64
            %v828 = arith.select %v827, %v824, %v185 : f32
            %v829 = arith.select %v827, %v826, %v50 : f32
            %v830 = arith.addi %v648, %v300 : i64
            %v831 = arith.addi %v830, %v2 : i64
            %v832 = llvm.getelementptr %v13[%v831] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v833 = llvm.load %v832 : !llvm.ptr -> f32
            %v834 = llvm.getelementptr %v15[%v831] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v835 = llvm.load %v834 : !llvm.ptr -> f32
            %v836 = arith.mulf %v833, %v824 fastmath<contract> : f32
            %v837 = arith.mulf %v833, %v826 fastmath<contract> : f32
            %v838 = arith.addf %v837, %v835 fastmath<contract> : f32
            %v839 = arith.cmpi ugt, %v31, %v2 : i64
            %v840 = arith.select %v839, %v836, %v828 : f32
            %v841 = arith.select %v839, %v838, %v829 : f32
            %v842 = arith.addi %v648, %v300 : i64
            %v843 = arith.addi %v842, %v63 : i64
            %v844 = llvm.getelementptr %v13[%v843] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v845 = llvm.load %v844 : !llvm.ptr -> f32
            %v846 = llvm.getelementptr %v15[%v843] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v847 = llvm.load %v846 : !llvm.ptr -> f32
            %v848 = arith.mulf %v845, %v836 fastmath<contract> : f32
            %v849 = arith.mulf %v845, %v838 fastmath<contract> : f32
            %v850 = arith.addf %v849, %v847 fastmath<contract> : f32
            %v851 = arith.cmpi ugt, %v31, %v63 : i64
            %v852 = arith.select %v851, %v848, %v840 : f32
            %v853 = arith.select %v851, %v850, %v841 : f32
            %v854 = arith.addi %v648, %v300 : i64
            %v855 = arith.addi %v854, %v271 : i64
            %v856 = llvm.getelementptr %v13[%v855] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v857 = llvm.load %v856 : !llvm.ptr -> f32
            %v858 = llvm.getelementptr %v15[%v855] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v859 = llvm.load %v858 : !llvm.ptr -> f32
            %v860 = arith.mulf %v857, %v848 fastmath<contract> : f32
            %v861 = arith.mulf %v857, %v850 fastmath<contract> : f32
            %v862 = arith.addf %v861, %v859 fastmath<contract> : f32
            %v863 = arith.mulf %v774, %v852 fastmath<contract> : f32
            %v864 = arith.mulf %v774, %v853 fastmath<contract> : f32
            %v865 = arith.addf %v864, %v775 fastmath<contract> : f32
            %v866 = arith.muli %v451, %v63 : i64
            %v867 = arith.addi %v114, %v866 : i64
            %v868 = llvm.getelementptr %v17[%v867] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v869 = llvm.load %v868 : !llvm.ptr -> f32
            %v870 = arith.mulf %v816, %v869 fastmath<contract> : f32
            %v871 = arith.addf %v870, %v818 fastmath<contract> : f32
            llvm.store %v871, %v4 : f32, !llvm.ptr
            %v872 = arith.mulf %v813, %v869 fastmath<contract> : f32
            %v873 = arith.addf %v872, %v815 fastmath<contract> : f32
            %v874 = arith.muli %v451, %v63 : i64
            %v875 = arith.addi %v874, %v2 : i64
            %v876 = arith.addi %v114, %v875 : i64
            %v877 = llvm.getelementptr %v17[%v876] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v878 = llvm.load %v877 : !llvm.ptr -> f32
            %v879 = arith.mulf %v863, %v878 fastmath<contract> : f32
            %v880 = arith.addf %v879, %v865 fastmath<contract> : f32
            llvm.store %v880, %v5 : f32, !llvm.ptr
            %v881 = arith.mulf %v860, %v878 fastmath<contract> : f32
            %v882 = arith.addf %v881, %v862 fastmath<contract> : f32
            // 3. the K steps again: checkpoints, outputs at this point, sums' terms
            %v883 = arith.muli %v27, %v466 : i64
            %v884 = arith.addi %v883, %v118 : i64
            %v885 = arith.muli %v451, %size_L : i64
            %v886 = arith.addi %v884, %v885 : i64
            %v887 = llvm.getelementptr %in_Cm[%v886] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v888 = llvm.load %v887 {alignment = 32 : i64} : !llvm.ptr -> vector<8xf32>
            %v889 = llvm.getelementptr %v887[%size_L] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v890 = llvm.select %v465, %v889, %v887 : i1, !llvm.ptr
            %v891 = llvm.ptrtoint %v890 : !llvm.ptr to i64
            llvm.inline_asm has_side_effects asm_dialect = att "prefetch.L1 [$0];", "l" %v891 : (i64) -> ()
            %v892 = llvm.extractelement %v888[%v132 : i32] : vector<8xf32>
            %v893 = llvm.extractelement %v888[%v134 : i32] : vector<8xf32>
            %v894 = llvm.extractelement %v888[%v136 : i32] : vector<8xf32>
            %v895 = llvm.extractelement %v888[%v138 : i32] : vector<8xf32>
            %v896 = llvm.extractelement %v888[%v140 : i32] : vector<8xf32>
            %v897 = llvm.extractelement %v888[%v142 : i32] : vector<8xf32>
            %v898 = llvm.extractelement %v888[%v144 : i32] : vector<8xf32>
            %v899 = llvm.extractelement %v888[%v146 : i32] : vector<8xf32>
            %v900 = arith.muli %v27, %v466 : i64
            %v901 = arith.addi %v900, %v118 : i64
            %v902 = arith.constant 8 : i64
            %v903 = arith.addi %v902, %v451 : i64
            %v904 = arith.muli %v903, %size_L : i64
            %v905 = arith.addi %v901, %v904 : i64
            %v906 = llvm.getelementptr %in_Cm[%v905] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v907 = llvm.load %v906 {alignment = 32 : i64} : !llvm.ptr -> vector<8xf32>
            %v908 = llvm.getelementptr %v906[%size_L] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v909 = llvm.select %v465, %v908, %v906 : i1, !llvm.ptr
            %v910 = llvm.ptrtoint %v909 : !llvm.ptr to i64
            llvm.inline_asm has_side_effects asm_dialect = att "prefetch.L1 [$0];", "l" %v910 : (i64) -> ()
            %v911 = llvm.extractelement %v907[%v132 : i32] : vector<8xf32>
            %v912 = llvm.extractelement %v907[%v134 : i32] : vector<8xf32>
            %v913 = llvm.extractelement %v907[%v136 : i32] : vector<8xf32>
            %v914 = llvm.extractelement %v907[%v138 : i32] : vector<8xf32>
            %v915 = llvm.extractelement %v907[%v140 : i32] : vector<8xf32>
            %v916 = llvm.extractelement %v907[%v142 : i32] : vector<8xf32>
            %v917 = llvm.extractelement %v907[%v144 : i32] : vector<8xf32>
            %v918 = llvm.extractelement %v907[%v146 : i32] : vector<8xf32>
            // save the states at checkpoint steps (when given somewhere to save them)
            %v920 = arith.remui %v118, %v919 : i64
            %v921 = arith.cmpi eq, %v920, %v32 : i64
            %v922 = arith.andi %v921, %v22 : i1
            scf.if %v922 {
              %v923 = arith.divui %v118, %v919 : i64
              %v924 = llvm.mlir.zero : !llvm.ptr
              %v925 = llvm.icmp "ne" %ckpt_h, %v924 : !llvm.ptr
              scf.if %v925 {
                %v928 = arith.muli %v923, %v927 : i64
                %v929 = llvm.load %v4 : !llvm.ptr -> f32
                %v930 = arith.muli %v27, %v40 : i64
                %v931 = arith.muli %v25, %v1 : i64
                %v932 = arith.addi %v930, %v931 : i64
                %v933 = arith.addi %v932, %v451 : i64
                %v934 = arith.addi %v928, %v933 : i64
                %v935 = llvm.getelementptr %ckpt_h[%v934] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                llvm.store %v929, %v935 : f32, !llvm.ptr
                %v936 = llvm.load %v5 : !llvm.ptr -> f32
                %v937 = arith.muli %v27, %v40 : i64
                %v938 = arith.muli %v25, %v1 : i64
                %v939 = arith.addi %v937, %v938 : i64
                %v940 = arith.constant 8 : i64
                %v941 = arith.addi %v940, %v451 : i64
                %v942 = arith.addi %v939, %v941 : i64
                %v943 = arith.addi %v928, %v942 : i64
                %v944 = llvm.getelementptr %ckpt_h[%v943] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                llvm.store %v936, %v944 : f32, !llvm.ptr
              }
            }
            // end save
            %v945 = llvm.load %v4 : !llvm.ptr -> f32
            %v946 = arith.mulf %v504, %v945 fastmath<contract> : f32
            %v947 = arith.addf %v946, %v505 fastmath<contract> : f32
            %v948 = llvm.load %v5 : !llvm.ptr -> f32
            %v949 = arith.mulf %v512, %v948 fastmath<contract> : f32
            %v950 = arith.addf %v949, %v513 fastmath<contract> : f32
            llvm.store %v947, %v4 : f32, !llvm.ptr
            llvm.store %v950, %v5 : f32, !llvm.ptr
            %v951 = llvm.load %v4 : !llvm.ptr -> f32
            %v952 = arith.mulf %v892, %v951 fastmath<contract> : f32
            %v953 = llvm.load %v97 : !llvm.ptr -> f32
            %v954 = arith.addf %v953, %v952 fastmath<contract> : f32
            llvm.store %v954, %v97 : f32, !llvm.ptr
            %v955 = llvm.load %v5 : !llvm.ptr -> f32
            %v956 = arith.mulf %v911, %v955 fastmath<contract> : f32
            %v957 = llvm.load %v97 : !llvm.ptr -> f32
            %v958 = arith.addf %v957, %v956 fastmath<contract> : f32
            llvm.store %v958, %v97 : f32, !llvm.ptr
            %v959 = arith.addi %v118, %v2 : i64
            %v960 = llvm.load %v4 : !llvm.ptr -> f32
            %v961 = arith.mulf %v521, %v960 fastmath<contract> : f32
            %v962 = arith.addf %v961, %v522 fastmath<contract> : f32
            %v963 = llvm.load %v5 : !llvm.ptr -> f32
            %v964 = arith.mulf %v529, %v963 fastmath<contract> : f32
            %v965 = arith.addf %v964, %v530 fastmath<contract> : f32
            llvm.store %v962, %v4 : f32, !llvm.ptr
            llvm.store %v965, %v5 : f32, !llvm.ptr
            %v966 = llvm.load %v4 : !llvm.ptr -> f32
            %v967 = arith.mulf %v893, %v966 fastmath<contract> : f32
            %v968 = llvm.load %v98 : !llvm.ptr -> f32
            %v969 = arith.addf %v968, %v967 fastmath<contract> : f32
            llvm.store %v969, %v98 : f32, !llvm.ptr
            %v970 = llvm.load %v5 : !llvm.ptr -> f32
            %v971 = arith.mulf %v912, %v970 fastmath<contract> : f32
            %v972 = llvm.load %v98 : !llvm.ptr -> f32
            %v973 = arith.addf %v972, %v971 fastmath<contract> : f32
            llvm.store %v973, %v98 : f32, !llvm.ptr
            %v974 = arith.addi %v118, %v63 : i64
            %v975 = llvm.load %v4 : !llvm.ptr -> f32
            %v976 = arith.mulf %v538, %v975 fastmath<contract> : f32
            %v977 = arith.addf %v976, %v539 fastmath<contract> : f32
            %v978 = llvm.load %v5 : !llvm.ptr -> f32
            %v979 = arith.mulf %v546, %v978 fastmath<contract> : f32
            %v980 = arith.addf %v979, %v547 fastmath<contract> : f32
            llvm.store %v977, %v4 : f32, !llvm.ptr
            llvm.store %v980, %v5 : f32, !llvm.ptr
            %v981 = llvm.load %v4 : !llvm.ptr -> f32
            %v982 = arith.mulf %v894, %v981 fastmath<contract> : f32
            %v983 = llvm.load %v99 : !llvm.ptr -> f32
            %v984 = arith.addf %v983, %v982 fastmath<contract> : f32
            llvm.store %v984, %v99 : f32, !llvm.ptr
            %v985 = llvm.load %v5 : !llvm.ptr -> f32
            %v986 = arith.mulf %v913, %v985 fastmath<contract> : f32
            %v987 = llvm.load %v99 : !llvm.ptr -> f32
            %v988 = arith.addf %v987, %v986 fastmath<contract> : f32
            llvm.store %v988, %v99 : f32, !llvm.ptr
            %v989 = arith.addi %v118, %v271 : i64
            %v990 = llvm.load %v4 : !llvm.ptr -> f32
            %v991 = arith.mulf %v555, %v990 fastmath<contract> : f32
            %v992 = arith.addf %v991, %v556 fastmath<contract> : f32
            %v993 = llvm.load %v5 : !llvm.ptr -> f32
            %v994 = arith.mulf %v563, %v993 fastmath<contract> : f32
            %v995 = arith.addf %v994, %v564 fastmath<contract> : f32
            llvm.store %v992, %v4 : f32, !llvm.ptr
            llvm.store %v995, %v5 : f32, !llvm.ptr
            %v996 = llvm.load %v4 : !llvm.ptr -> f32
            %v997 = arith.mulf %v895, %v996 fastmath<contract> : f32
            %v998 = llvm.load %v100 : !llvm.ptr -> f32
            %v999 = arith.addf %v998, %v997 fastmath<contract> : f32
            llvm.store %v999, %v100 : f32, !llvm.ptr
            %v1000 = llvm.load %v5 : !llvm.ptr -> f32
            %v1001 = arith.mulf %v914, %v1000 fastmath<contract> : f32
            %v1002 = llvm.load %v100 : !llvm.ptr -> f32
            %v1003 = arith.addf %v1002, %v1001 fastmath<contract> : f32
            llvm.store %v1003, %v100 : f32, !llvm.ptr
            %v1004 = arith.addi %v118, %v300 : i64
            %v1005 = llvm.load %v4 : !llvm.ptr -> f32
            %v1006 = arith.mulf %v572, %v1005 fastmath<contract> : f32
            %v1007 = arith.addf %v1006, %v573 fastmath<contract> : f32
            %v1008 = llvm.load %v5 : !llvm.ptr -> f32
            %v1009 = arith.mulf %v580, %v1008 fastmath<contract> : f32
            %v1010 = arith.addf %v1009, %v581 fastmath<contract> : f32
            llvm.store %v1007, %v4 : f32, !llvm.ptr
            llvm.store %v1010, %v5 : f32, !llvm.ptr
            %v1011 = llvm.load %v4 : !llvm.ptr -> f32
            %v1012 = arith.mulf %v896, %v1011 fastmath<contract> : f32
            %v1013 = llvm.load %v101 : !llvm.ptr -> f32
            %v1014 = arith.addf %v1013, %v1012 fastmath<contract> : f32
            llvm.store %v1014, %v101 : f32, !llvm.ptr
            %v1015 = llvm.load %v5 : !llvm.ptr -> f32
            %v1016 = arith.mulf %v915, %v1015 fastmath<contract> : f32
            %v1017 = llvm.load %v101 : !llvm.ptr -> f32
            %v1018 = arith.addf %v1017, %v1016 fastmath<contract> : f32
            llvm.store %v1018, %v101 : f32, !llvm.ptr
            %v1019 = arith.addi %v118, %v329 : i64
            %v1020 = llvm.load %v4 : !llvm.ptr -> f32
            %v1021 = arith.mulf %v589, %v1020 fastmath<contract> : f32
            %v1022 = arith.addf %v1021, %v590 fastmath<contract> : f32
            %v1023 = llvm.load %v5 : !llvm.ptr -> f32
            %v1024 = arith.mulf %v597, %v1023 fastmath<contract> : f32
            %v1025 = arith.addf %v1024, %v598 fastmath<contract> : f32
            llvm.store %v1022, %v4 : f32, !llvm.ptr
            llvm.store %v1025, %v5 : f32, !llvm.ptr
            %v1026 = llvm.load %v4 : !llvm.ptr -> f32
            %v1027 = arith.mulf %v897, %v1026 fastmath<contract> : f32
            %v1028 = llvm.load %v102 : !llvm.ptr -> f32
            %v1029 = arith.addf %v1028, %v1027 fastmath<contract> : f32
            llvm.store %v1029, %v102 : f32, !llvm.ptr
            %v1030 = llvm.load %v5 : !llvm.ptr -> f32
            %v1031 = arith.mulf %v916, %v1030 fastmath<contract> : f32
            %v1032 = llvm.load %v102 : !llvm.ptr -> f32
            %v1033 = arith.addf %v1032, %v1031 fastmath<contract> : f32
            llvm.store %v1033, %v102 : f32, !llvm.ptr
            %v1034 = arith.addi %v118, %v358 : i64
            %v1035 = llvm.load %v4 : !llvm.ptr -> f32
            %v1036 = arith.mulf %v606, %v1035 fastmath<contract> : f32
            %v1037 = arith.addf %v1036, %v607 fastmath<contract> : f32
            %v1038 = llvm.load %v5 : !llvm.ptr -> f32
            %v1039 = arith.mulf %v614, %v1038 fastmath<contract> : f32
            %v1040 = arith.addf %v1039, %v615 fastmath<contract> : f32
            llvm.store %v1037, %v4 : f32, !llvm.ptr
            llvm.store %v1040, %v5 : f32, !llvm.ptr
            %v1041 = llvm.load %v4 : !llvm.ptr -> f32
            %v1042 = arith.mulf %v898, %v1041 fastmath<contract> : f32
            %v1043 = llvm.load %v103 : !llvm.ptr -> f32
            %v1044 = arith.addf %v1043, %v1042 fastmath<contract> : f32
            llvm.store %v1044, %v103 : f32, !llvm.ptr
            %v1045 = llvm.load %v5 : !llvm.ptr -> f32
            %v1046 = arith.mulf %v917, %v1045 fastmath<contract> : f32
            %v1047 = llvm.load %v103 : !llvm.ptr -> f32
            %v1048 = arith.addf %v1047, %v1046 fastmath<contract> : f32
            llvm.store %v1048, %v103 : f32, !llvm.ptr
            %v1049 = arith.addi %v118, %v387 : i64
            %v1050 = llvm.load %v4 : !llvm.ptr -> f32
            %v1051 = arith.mulf %v623, %v1050 fastmath<contract> : f32
            %v1052 = arith.addf %v1051, %v624 fastmath<contract> : f32
            %v1053 = llvm.load %v5 : !llvm.ptr -> f32
            %v1054 = arith.mulf %v631, %v1053 fastmath<contract> : f32
            %v1055 = arith.addf %v1054, %v632 fastmath<contract> : f32
            llvm.store %v1052, %v4 : f32, !llvm.ptr
            llvm.store %v1055, %v5 : f32, !llvm.ptr
            %v1056 = llvm.load %v4 : !llvm.ptr -> f32
            %v1057 = arith.mulf %v899, %v1056 fastmath<contract> : f32
            %v1058 = llvm.load %v104 : !llvm.ptr -> f32
            %v1059 = arith.addf %v1058, %v1057 fastmath<contract> : f32
            llvm.store %v1059, %v104 : f32, !llvm.ptr
            %v1060 = llvm.load %v5 : !llvm.ptr -> f32
            %v1061 = arith.mulf %v918, %v1060 fastmath<contract> : f32
            %v1062 = llvm.load %v104 : !llvm.ptr -> f32
            %v1063 = arith.addf %v1062, %v1061 fastmath<contract> : f32
            llvm.store %v1063, %v104 : f32, !llvm.ptr
            scf.if %v33 {
              %v1064 = arith.muli %v451, %v63 : i64
              %v1065 = arith.addi %v115, %v1064 : i64
              %v1066 = llvm.getelementptr %v17[%v1065] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v873, %v1066 : f32, !llvm.ptr
              %v1067 = arith.muli %v451, %v63 : i64
              %v1068 = arith.addi %v1067, %v2 : i64
              %v1069 = arith.addi %v115, %v1068 : i64
              %v1070 = llvm.getelementptr %v17[%v1069] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v882, %v1070 : f32, !llvm.ptr
            }
          }
          // 4. the outputs summed over the points, K steps per vector store
          %v1071 = llvm.load %v97 : !llvm.ptr -> f32
          %v1072 = arith.negf %v168 : f32
          %v1073 = arith.mulf %v1072, %v182 fastmath<contract> : f32
          %v1074 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1073) : (f32) -> f32
          %v1075 = arith.addf %v185, %v1074 fastmath<contract> : f32
          %v1076 = arith.divf %v185, %v1075 : f32
          %v1077 = arith.mulf %v168, %v1076 fastmath<contract> : f32
          %v1078 = arith.mulf %v1071, %v1077 fastmath<contract> : f32
          %v1079 = arith.addi %v118, %v2 : i64
          %v1080 = llvm.load %v98 : !llvm.ptr -> f32
          %v1081 = arith.negf %v169 : f32
          %v1082 = arith.mulf %v1081, %v182 fastmath<contract> : f32
          %v1083 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1082) : (f32) -> f32
          %v1084 = arith.addf %v185, %v1083 fastmath<contract> : f32
          %v1085 = arith.divf %v185, %v1084 : f32
          %v1086 = arith.mulf %v169, %v1085 fastmath<contract> : f32
          %v1087 = arith.mulf %v1080, %v1086 fastmath<contract> : f32
          %v1088 = arith.addi %v118, %v63 : i64
          %v1089 = llvm.load %v99 : !llvm.ptr -> f32
          %v1090 = arith.negf %v170 : f32
          %v1091 = arith.mulf %v1090, %v182 fastmath<contract> : f32
          %v1092 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1091) : (f32) -> f32
          %v1093 = arith.addf %v185, %v1092 fastmath<contract> : f32
          %v1094 = arith.divf %v185, %v1093 : f32
          %v1095 = arith.mulf %v170, %v1094 fastmath<contract> : f32
          %v1096 = arith.mulf %v1089, %v1095 fastmath<contract> : f32
          %v1097 = arith.addi %v118, %v271 : i64
          %v1098 = llvm.load %v100 : !llvm.ptr -> f32
          %v1099 = arith.negf %v171 : f32
          %v1100 = arith.mulf %v1099, %v182 fastmath<contract> : f32
          %v1101 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1100) : (f32) -> f32
          %v1102 = arith.addf %v185, %v1101 fastmath<contract> : f32
          %v1103 = arith.divf %v185, %v1102 : f32
          %v1104 = arith.mulf %v171, %v1103 fastmath<contract> : f32
          %v1105 = arith.mulf %v1098, %v1104 fastmath<contract> : f32
          %v1106 = arith.addi %v118, %v300 : i64
          %v1107 = llvm.load %v101 : !llvm.ptr -> f32
          %v1108 = arith.negf %v172 : f32
          %v1109 = arith.mulf %v1108, %v182 fastmath<contract> : f32
          %v1110 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1109) : (f32) -> f32
          %v1111 = arith.addf %v185, %v1110 fastmath<contract> : f32
          %v1112 = arith.divf %v185, %v1111 : f32
          %v1113 = arith.mulf %v172, %v1112 fastmath<contract> : f32
          %v1114 = arith.mulf %v1107, %v1113 fastmath<contract> : f32
          %v1115 = arith.addi %v118, %v329 : i64
          %v1116 = llvm.load %v102 : !llvm.ptr -> f32
          %v1117 = arith.negf %v173 : f32
          %v1118 = arith.mulf %v1117, %v182 fastmath<contract> : f32
          %v1119 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1118) : (f32) -> f32
          %v1120 = arith.addf %v185, %v1119 fastmath<contract> : f32
          %v1121 = arith.divf %v185, %v1120 : f32
          %v1122 = arith.mulf %v173, %v1121 fastmath<contract> : f32
          %v1123 = arith.mulf %v1116, %v1122 fastmath<contract> : f32
          %v1124 = arith.addi %v118, %v358 : i64
          %v1125 = llvm.load %v103 : !llvm.ptr -> f32
          %v1126 = arith.negf %v174 : f32
          %v1127 = arith.mulf %v1126, %v182 fastmath<contract> : f32
          %v1128 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1127) : (f32) -> f32
          %v1129 = arith.addf %v185, %v1128 fastmath<contract> : f32
          %v1130 = arith.divf %v185, %v1129 : f32
          %v1131 = arith.mulf %v174, %v1130 fastmath<contract> : f32
          %v1132 = arith.mulf %v1125, %v1131 fastmath<contract> : f32
          %v1133 = arith.addi %v118, %v387 : i64
          %v1134 = llvm.load %v104 : !llvm.ptr -> f32
          %v1135 = arith.negf %v175 : f32
          %v1136 = arith.mulf %v1135, %v182 fastmath<contract> : f32
          %v1137 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1136) : (f32) -> f32
          %v1138 = arith.addf %v185, %v1137 fastmath<contract> : f32
          %v1139 = arith.divf %v185, %v1138 : f32
          %v1140 = arith.mulf %v175, %v1139 fastmath<contract> : f32
          %v1141 = arith.mulf %v1134, %v1140 fastmath<contract> : f32
          %v1142 = llvm.mlir.undef : vector<8xf32>
          %v1143 = llvm.insertelement %v1078, %v1142[%v132 : i32] : vector<8xf32>
          %v1144 = llvm.insertelement %v1087, %v1143[%v134 : i32] : vector<8xf32>
          %v1145 = llvm.insertelement %v1096, %v1144[%v136 : i32] : vector<8xf32>
          %v1146 = llvm.insertelement %v1105, %v1145[%v138 : i32] : vector<8xf32>
          %v1147 = llvm.insertelement %v1114, %v1146[%v140 : i32] : vector<8xf32>
          %v1148 = llvm.insertelement %v1123, %v1147[%v142 : i32] : vector<8xf32>
          %v1149 = llvm.insertelement %v1132, %v1148[%v144 : i32] : vector<8xf32>
          %v1150 = llvm.insertelement %v1141, %v1149[%v146 : i32] : vector<8xf32>
          %v1151 = arith.muli %v27, %v125 : i64
          %v1152 = arith.muli %v25, %size_L : i64
          %v1153 = arith.addi %v1151, %v1152 : i64
          %v1154 = arith.addi %v1153, %v118 : i64
          %v1155 = llvm.getelementptr %out_y[%v1154] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          scf.if %v22 {
            llvm.store %v1150, %v1155 {alignment = 32 : i64} : vector<8xf32>, !llvm.ptr
          }
        } else {
          %v1156 = arith.index_cast %v32 : i64 to index
          %v1157 = arith.index_cast %v121 : i64 to index
          %v1158 = arith.index_cast %v2 : i64 to index
          scf.for %v1159 = %v1156 to %v1157 step %v1158 {
            %v1160 = arith.index_cast %v1159 : index to i64
            %v1161 = llvm.getelementptr %v105[%v1160] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v50, %v1161 : f32, !llvm.ptr
          }
          %v1162 = arith.index_cast %v32 : i64 to index
          %v1163 = arith.index_cast %v34 : i64 to index
          %v1164 = arith.index_cast %v2 : i64 to index
          scf.for %v1165 = %v1162 to %v1163 step %v1164 {
            %v1166 = arith.index_cast %v1165 : index to i64
            %v1167 = arith.muli %v25, %v1 : i64
            %v1168 = arith.addi %v1167, %v1166 : i64
            %v1169 = llvm.getelementptr %in_A[%v1168] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1170 = llvm.load %v1169 : !llvm.ptr -> f32
            %v1171 = arith.mulf %v1170, %v182 fastmath<contract> : f32
            %v1172 = arith.muli %v25, %v1 : i64
            %v1173 = arith.constant 8 : i64
            %v1174 = arith.addi %v1173, %v1166 : i64
            %v1175 = arith.addi %v1172, %v1174 : i64
            %v1176 = llvm.getelementptr %in_A[%v1175] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1177 = llvm.load %v1176 : !llvm.ptr -> f32
            %v1178 = arith.mulf %v1177, %v182 fastmath<contract> : f32
            llvm.store %v185, %v6 : f32, !llvm.ptr
            llvm.store %v185, %v7 : f32, !llvm.ptr
            llvm.store %v50, %v8 : f32, !llvm.ptr
            llvm.store %v50, %v9 : f32, !llvm.ptr
            %v1179 = arith.index_cast %v32 : i64 to index
            %v1180 = arith.index_cast %v121 : i64 to index
            %v1181 = arith.index_cast %v2 : i64 to index
            scf.for %v1182 = %v1179 to %v1180 step %v1181 {
              %v1183 = arith.index_cast %v1182 : index to i64
              %v1184 = arith.addi %v118, %v1183 : i64
              %v1185 = arith.muli %v27, %v125 : i64
              %v1186 = arith.muli %v25, %size_L : i64
              %v1187 = arith.addi %v1185, %v1186 : i64
              %v1188 = arith.addi %v1187, %v1184 : i64
              %v1189 = llvm.getelementptr %in_delta[%v1188] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1190 = llvm.load %v1189 : !llvm.ptr -> f32
              %v1191 = arith.addf %v1190, %v177 fastmath<contract> : f32
              %v1192 = arith.maximumf %v1191, %v50 : f32
              %v1193 = llvm.call_intrinsic "llvm.fabs.f32"(%v1191) : (f32) -> f32
              %v1194 = arith.negf %v1193 : f32
              %v1195 = arith.mulf %v1194, %v182 fastmath<contract> : f32
              %v1196 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1195) : (f32) -> f32
              %v1197 = arith.addf %v185, %v1196 fastmath<contract> : f32
              %v1198 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v1197) : (f32) -> f32
              %v1199 = arith.mulf %v1198, %v188 fastmath<contract> : f32
              %v1200 = arith.mulf %v190, %v1196 fastmath<contract> : f32
              %v1201 = arith.addf %v1200, %v192 fastmath<contract> : f32
              %v1202 = arith.mulf %v1201, %v1196 fastmath<contract> : f32
              %v1203 = arith.addf %v1202, %v195 fastmath<contract> : f32
              %v1204 = arith.mulf %v1203, %v1196 fastmath<contract> : f32
              %v1205 = arith.addf %v1204, %v198 fastmath<contract> : f32
              %v1206 = arith.mulf %v1205, %v1196 fastmath<contract> : f32
              %v1207 = arith.addf %v1206, %v201 fastmath<contract> : f32
              %v1208 = arith.mulf %v1207, %v1196 fastmath<contract> : f32
              %v1209 = arith.addf %v1208, %v204 fastmath<contract> : f32
              %v1210 = arith.mulf %v1209, %v1196 fastmath<contract> : f32
              %v1211 = arith.addf %v1210, %v185 fastmath<contract> : f32
              %v1212 = arith.mulf %v1211, %v1196 fastmath<contract> : f32
              %v1213 = llvm.call_intrinsic "llvm.fabs.f32"(%v1196) : (f32) -> f32
              %v1214 = arith.cmpf olt, %v1213, %v210 : f32
              %v1215 = arith.select %v1214, %v1212, %v1199 : f32
              %v1216 = arith.addf %v1192, %v1215 fastmath<contract> : f32
              %v1217 = arith.mulf %v1216, %v1171 fastmath<contract> : f32
              %v1218 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1217) : (f32) -> f32
              %v1219 = arith.muli %v27, %v466 : i64
              %v1220 = arith.addi %v1219, %v1184 : i64
              %v1221 = arith.muli %v1166, %size_L : i64
              %v1222 = arith.addi %v1220, %v1221 : i64
              %v1223 = llvm.getelementptr %in_Bm[%v1222] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1224 = llvm.load %v1223 : !llvm.ptr -> f32
              %v1225 = arith.muli %v27, %v125 : i64
              %v1226 = arith.muli %v25, %size_L : i64
              %v1227 = arith.addi %v1225, %v1226 : i64
              %v1228 = arith.addi %v1227, %v1184 : i64
              %v1229 = llvm.getelementptr %in_u[%v1228] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1230 = llvm.load %v1229 : !llvm.ptr -> f32
              %v1231 = arith.mulf %v1216, %v1230 fastmath<contract> : f32
              %v1232 = arith.mulf %v1224, %v1231 fastmath<contract> : f32
              %v1233 = llvm.load %v8 : !llvm.ptr -> f32
              %v1234 = arith.mulf %v1218, %v1233 fastmath<contract> : f32
              %v1235 = arith.addf %v1234, %v1232 fastmath<contract> : f32
              %v1236 = llvm.load %v6 : !llvm.ptr -> f32
              %v1237 = arith.mulf %v1218, %v1236 fastmath<contract> : f32
              %v1238 = arith.mulf %v1216, %v1178 fastmath<contract> : f32
              %v1239 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1238) : (f32) -> f32
              %v1240 = arith.muli %v27, %v466 : i64
              %v1241 = arith.addi %v1240, %v1184 : i64
              %v1242 = arith.constant 8 : i64
              %v1243 = arith.addi %v1242, %v1166 : i64
              %v1244 = arith.muli %v1243, %size_L : i64
              %v1245 = arith.addi %v1241, %v1244 : i64
              %v1246 = llvm.getelementptr %in_Bm[%v1245] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1247 = llvm.load %v1246 : !llvm.ptr -> f32
              %v1248 = arith.mulf %v1247, %v1231 fastmath<contract> : f32
              %v1249 = llvm.load %v9 : !llvm.ptr -> f32
              %v1250 = arith.mulf %v1239, %v1249 fastmath<contract> : f32
              %v1251 = arith.addf %v1250, %v1248 fastmath<contract> : f32
              %v1252 = llvm.load %v7 : !llvm.ptr -> f32
              %v1253 = arith.mulf %v1239, %v1252 fastmath<contract> : f32
              llvm.store %v1235, %v8 : f32, !llvm.ptr
              llvm.store %v1237, %v6 : f32, !llvm.ptr
              llvm.store %v1251, %v9 : f32, !llvm.ptr
              llvm.store %v1253, %v7 : f32, !llvm.ptr
            }
            %v1254 = llvm.load %v6 : !llvm.ptr -> f32
            %v1255 = llvm.load %v8 : !llvm.ptr -> f32
            %v1256 = llvm.load %v7 : !llvm.ptr -> f32
            %v1257 = llvm.load %v9 : !llvm.ptr -> f32
            %v1258 = arith.addi %v116, %v1166 : i64
            %v1259 = arith.andi %v1258, %v2 : i64
            %v1260 = arith.muli %v1259, %v34 : i64
            %v1261, %v1262 = gpu.shuffle up %v1254, %v134, %v649 : f32
            %v1263, %v1264 = gpu.shuffle up %v1255, %v134, %v649 : f32
            %v1265 = arith.mulf %v1254, %v1261 fastmath<contract> : f32
            %v1266 = arith.mulf %v1254, %v1263 fastmath<contract> : f32
            %v1267 = arith.addf %v1266, %v1255 fastmath<contract> : f32
            %v1268 = arith.cmpi uge, %v30, %v2 : i64
            %v1269 = arith.select %v1268, %v1265, %v1254 : f32
            %v1270 = arith.select %v1268, %v1267, %v1255 : f32
            %v1271, %v1272 = gpu.shuffle up %v1269, %v136, %v649 : f32
            %v1273, %v1274 = gpu.shuffle up %v1270, %v136, %v649 : f32
            %v1275 = arith.mulf %v1269, %v1271 fastmath<contract> : f32
            %v1276 = arith.mulf %v1269, %v1273 fastmath<contract> : f32
            %v1277 = arith.addf %v1276, %v1270 fastmath<contract> : f32
            %v1278 = arith.cmpi uge, %v30, %v63 : i64
            %v1279 = arith.select %v1278, %v1275, %v1269 : f32
            %v1280 = arith.select %v1278, %v1277, %v1270 : f32
            %v1281, %v1282 = gpu.shuffle up %v1279, %v140, %v649 : f32
            %v1283, %v1284 = gpu.shuffle up %v1280, %v140, %v649 : f32
            %v1285 = arith.mulf %v1279, %v1281 fastmath<contract> : f32
            %v1286 = arith.mulf %v1279, %v1283 fastmath<contract> : f32
            %v1287 = arith.addf %v1286, %v1280 fastmath<contract> : f32
            %v1288 = arith.cmpi uge, %v30, %v300 : i64
            %v1289 = arith.select %v1288, %v1285, %v1279 : f32
            %v1290 = arith.select %v1288, %v1287, %v1280 : f32
            %v1291, %v1292 = gpu.shuffle up %v1289, %v680, %v649 : f32
            %v1293, %v1294 = gpu.shuffle up %v1290, %v680, %v649 : f32
            %v1295 = arith.mulf %v1289, %v1291 fastmath<contract> : f32
            %v1296 = arith.mulf %v1289, %v1293 fastmath<contract> : f32
            %v1297 = arith.addf %v1296, %v1290 fastmath<contract> : f32
            %v1298 = arith.cmpi uge, %v30, %v34 : i64
            %v1299 = arith.select %v1298, %v1295, %v1289 : f32
            %v1300 = arith.select %v1298, %v1297, %v1290 : f32
            %v1301, %v1302 = gpu.shuffle up %v1299, %v691, %v649 : f32
            %v1303, %v1304 = gpu.shuffle up %v1300, %v691, %v649 : f32
            %v1305 = arith.mulf %v1299, %v1301 fastmath<contract> : f32
            %v1306 = arith.mulf %v1299, %v1303 fastmath<contract> : f32
            %v1307 = arith.addf %v1306, %v1300 fastmath<contract> : f32
            %v1308 = arith.cmpi uge, %v30, %v1 : i64
            %v1309 = arith.select %v1308, %v1305, %v1299 : f32
            %v1310 = arith.select %v1308, %v1307, %v1300 : f32
            %v1311 = arith.cmpi eq, %v30, %v702 : i64
            %v1312 = arith.addi %v1260, %v31 : i64
            scf.if %v1311 {
              %v1313 = llvm.getelementptr %v13[%v1312] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1309, %v1313 : f32, !llvm.ptr
              %v1314 = llvm.getelementptr %v15[%v1312] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1310, %v1314 : f32, !llvm.ptr
            }
            %v1315, %v1316 = gpu.shuffle up %v1309, %v134, %v649 : f32
            %v1317, %v1318 = gpu.shuffle up %v1310, %v134, %v649 : f32
            %v1319 = arith.cmpi eq, %v30, %v32 : i64
            %v1320 = arith.select %v1319, %v185, %v1315 : f32
            %v1321 = arith.select %v1319, %v50, %v1317 : f32
            %v1322, %v1323 = gpu.shuffle up %v1256, %v134, %v649 : f32
            %v1324, %v1325 = gpu.shuffle up %v1257, %v134, %v649 : f32
            %v1326 = arith.mulf %v1256, %v1322 fastmath<contract> : f32
            %v1327 = arith.mulf %v1256, %v1324 fastmath<contract> : f32
            %v1328 = arith.addf %v1327, %v1257 fastmath<contract> : f32
            %v1329 = arith.cmpi uge, %v30, %v2 : i64
            %v1330 = arith.select %v1329, %v1326, %v1256 : f32
            %v1331 = arith.select %v1329, %v1328, %v1257 : f32
            %v1332, %v1333 = gpu.shuffle up %v1330, %v136, %v649 : f32
            %v1334, %v1335 = gpu.shuffle up %v1331, %v136, %v649 : f32
            %v1336 = arith.mulf %v1330, %v1332 fastmath<contract> : f32
            %v1337 = arith.mulf %v1330, %v1334 fastmath<contract> : f32
            %v1338 = arith.addf %v1337, %v1331 fastmath<contract> : f32
            %v1339 = arith.cmpi uge, %v30, %v63 : i64
            %v1340 = arith.select %v1339, %v1336, %v1330 : f32
            %v1341 = arith.select %v1339, %v1338, %v1331 : f32
            %v1342, %v1343 = gpu.shuffle up %v1340, %v140, %v649 : f32
            %v1344, %v1345 = gpu.shuffle up %v1341, %v140, %v649 : f32
            %v1346 = arith.mulf %v1340, %v1342 fastmath<contract> : f32
            %v1347 = arith.mulf %v1340, %v1344 fastmath<contract> : f32
            %v1348 = arith.addf %v1347, %v1341 fastmath<contract> : f32
            %v1349 = arith.cmpi uge, %v30, %v300 : i64
            %v1350 = arith.select %v1349, %v1346, %v1340 : f32
            %v1351 = arith.select %v1349, %v1348, %v1341 : f32
            %v1352, %v1353 = gpu.shuffle up %v1350, %v680, %v649 : f32
            %v1354, %v1355 = gpu.shuffle up %v1351, %v680, %v649 : f32
            %v1356 = arith.mulf %v1350, %v1352 fastmath<contract> : f32
            %v1357 = arith.mulf %v1350, %v1354 fastmath<contract> : f32
            %v1358 = arith.addf %v1357, %v1351 fastmath<contract> : f32
            %v1359 = arith.cmpi uge, %v30, %v34 : i64
            %v1360 = arith.select %v1359, %v1356, %v1350 : f32
            %v1361 = arith.select %v1359, %v1358, %v1351 : f32
            %v1362, %v1363 = gpu.shuffle up %v1360, %v691, %v649 : f32
            %v1364, %v1365 = gpu.shuffle up %v1361, %v691, %v649 : f32
            %v1366 = arith.mulf %v1360, %v1362 fastmath<contract> : f32
            %v1367 = arith.mulf %v1360, %v1364 fastmath<contract> : f32
            %v1368 = arith.addf %v1367, %v1361 fastmath<contract> : f32
            %v1369 = arith.cmpi uge, %v30, %v1 : i64
            %v1370 = arith.select %v1369, %v1366, %v1360 : f32
            %v1371 = arith.select %v1369, %v1368, %v1361 : f32
            %v1372 = arith.cmpi eq, %v30, %v702 : i64
            %v1373 = arith.addi %v1260, %v300 : i64
            %v1374 = arith.addi %v1373, %v31 : i64
            scf.if %v1372 {
              %v1375 = llvm.getelementptr %v13[%v1374] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1370, %v1375 : f32, !llvm.ptr
              %v1376 = llvm.getelementptr %v15[%v1374] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1371, %v1376 : f32, !llvm.ptr
            }
            %v1377, %v1378 = gpu.shuffle up %v1370, %v134, %v649 : f32
            %v1379, %v1380 = gpu.shuffle up %v1371, %v134, %v649 : f32
            %v1381 = arith.cmpi eq, %v30, %v32 : i64
            %v1382 = arith.select %v1381, %v185, %v1377 : f32
            %v1383 = arith.select %v1381, %v50, %v1379 : f32
            // across warps: each thread composes the warps' totals before its own, and all of them
            gpu.barrier
            %v1384 = llvm.getelementptr %v13[%v1260] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1385 = llvm.load %v1384 : !llvm.ptr -> f32
            %v1386 = llvm.getelementptr %v15[%v1260] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1387 = llvm.load %v1386 : !llvm.ptr -> f32
            %v1388 = arith.mulf %v1385, %v185 fastmath<contract> : f32
            %v1389 = arith.mulf %v1385, %v50 fastmath<contract> : f32
            %v1390 = arith.addf %v1389, %v1387 fastmath<contract> : f32
            %v1391 = arith.cmpi ugt, %v31, %v32 : i64
            %v1392 = arith.select %v1391, %v1388, %v185 : f32
            %v1393 = arith.select %v1391, %v1390, %v50 : f32
            %v1394 = arith.addi %v1260, %v2 : i64
            %v1395 = llvm.getelementptr %v13[%v1394] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1396 = llvm.load %v1395 : !llvm.ptr -> f32
            %v1397 = llvm.getelementptr %v15[%v1394] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1398 = llvm.load %v1397 : !llvm.ptr -> f32
            %v1399 = arith.mulf %v1396, %v1388 fastmath<contract> : f32
            %v1400 = arith.mulf %v1396, %v1390 fastmath<contract> : f32
            %v1401 = arith.addf %v1400, %v1398 fastmath<contract> : f32
            %v1402 = arith.cmpi ugt, %v31, %v2 : i64
            %v1403 = arith.select %v1402, %v1399, %v1392 : f32
            %v1404 = arith.select %v1402, %v1401, %v1393 : f32
            %v1405 = arith.addi %v1260, %v63 : i64
            %v1406 = llvm.getelementptr %v13[%v1405] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1407 = llvm.load %v1406 : !llvm.ptr -> f32
            %v1408 = llvm.getelementptr %v15[%v1405] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1409 = llvm.load %v1408 : !llvm.ptr -> f32
            %v1410 = arith.mulf %v1407, %v1399 fastmath<contract> : f32
            %v1411 = arith.mulf %v1407, %v1401 fastmath<contract> : f32
            %v1412 = arith.addf %v1411, %v1409 fastmath<contract> : f32
            %v1413 = arith.cmpi ugt, %v31, %v63 : i64
            %v1414 = arith.select %v1413, %v1410, %v1403 : f32
            %v1415 = arith.select %v1413, %v1412, %v1404 : f32
            %v1416 = arith.addi %v1260, %v271 : i64
            %v1417 = llvm.getelementptr %v13[%v1416] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1418 = llvm.load %v1417 : !llvm.ptr -> f32
            %v1419 = llvm.getelementptr %v15[%v1416] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1420 = llvm.load %v1419 : !llvm.ptr -> f32
            %v1421 = arith.mulf %v1418, %v1410 fastmath<contract> : f32
            %v1422 = arith.mulf %v1418, %v1412 fastmath<contract> : f32
            %v1423 = arith.addf %v1422, %v1420 fastmath<contract> : f32
            %v1424 = arith.mulf %v1320, %v1414 fastmath<contract> : f32
            %v1425 = arith.mulf %v1320, %v1415 fastmath<contract> : f32
            %v1426 = arith.addf %v1425, %v1321 fastmath<contract> : f32
            %v1427 = arith.addi %v1260, %v300 : i64
            %v1428 = llvm.getelementptr %v13[%v1427] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1429 = llvm.load %v1428 : !llvm.ptr -> f32
            %v1430 = llvm.getelementptr %v15[%v1427] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1431 = llvm.load %v1430 : !llvm.ptr -> f32
            %v1432 = arith.mulf %v1429, %v185 fastmath<contract> : f32
            %v1433 = arith.mulf %v1429, %v50 fastmath<contract> : f32
            %v1434 = arith.addf %v1433, %v1431 fastmath<contract> : f32
            %v1435 = arith.cmpi ugt, %v31, %v32 : i64
            %v1436 = arith.select %v1435, %v1432, %v185 : f32
            %v1437 = arith.select %v1435, %v1434, %v50 : f32
            %v1438 = arith.addi %v1260, %v300 : i64
            %v1439 = arith.addi %v1438, %v2 : i64
            %v1440 = llvm.getelementptr %v13[%v1439] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1441 = llvm.load %v1440 : !llvm.ptr -> f32
            %v1442 = llvm.getelementptr %v15[%v1439] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1443 = llvm.load %v1442 : !llvm.ptr -> f32
            %v1444 = arith.mulf %v1441, %v1432 fastmath<contract> : f32
            %v1445 = arith.mulf %v1441, %v1434 fastmath<contract> : f32
            %v1446 = arith.addf %v1445, %v1443 fastmath<contract> : f32
            %v1447 = arith.cmpi ugt, %v31, %v2 : i64
            %v1448 = arith.select %v1447, %v1444, %v1436 : f32
            %v1449 = arith.select %v1447, %v1446, %v1437 : f32
            %v1450 = arith.addi %v1260, %v300 : i64
            %v1451 = arith.addi %v1450, %v63 : i64
            %v1452 = llvm.getelementptr %v13[%v1451] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1453 = llvm.load %v1452 : !llvm.ptr -> f32
            %v1454 = llvm.getelementptr %v15[%v1451] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1455 = llvm.load %v1454 : !llvm.ptr -> f32
            %v1456 = arith.mulf %v1453, %v1444 fastmath<contract> : f32
            %v1457 = arith.mulf %v1453, %v1446 fastmath<contract> : f32
            %v1458 = arith.addf %v1457, %v1455 fastmath<contract> : f32
            %v1459 = arith.cmpi ugt, %v31, %v63 : i64
            %v1460 = arith.select %v1459, %v1456, %v1448 : f32
            %v1461 = arith.select %v1459, %v1458, %v1449 : f32
            %v1462 = arith.addi %v1260, %v300 : i64
            %v1463 = arith.addi %v1462, %v271 : i64
            %v1464 = llvm.getelementptr %v13[%v1463] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1465 = llvm.load %v1464 : !llvm.ptr -> f32
            %v1466 = llvm.getelementptr %v15[%v1463] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1467 = llvm.load %v1466 : !llvm.ptr -> f32
            %v1468 = arith.mulf %v1465, %v1456 fastmath<contract> : f32
            %v1469 = arith.mulf %v1465, %v1458 fastmath<contract> : f32
            %v1470 = arith.addf %v1469, %v1467 fastmath<contract> : f32
            %v1471 = arith.mulf %v1382, %v1460 fastmath<contract> : f32
            %v1472 = arith.mulf %v1382, %v1461 fastmath<contract> : f32
            %v1473 = arith.addf %v1472, %v1383 fastmath<contract> : f32
            %v1474 = arith.muli %v1166, %v63 : i64
            %v1475 = arith.addi %v114, %v1474 : i64
            %v1476 = llvm.getelementptr %v17[%v1475] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1477 = llvm.load %v1476 : !llvm.ptr -> f32
            %v1478 = arith.mulf %v1424, %v1477 fastmath<contract> : f32
            %v1479 = arith.addf %v1478, %v1426 fastmath<contract> : f32
            llvm.store %v1479, %v4 : f32, !llvm.ptr
            %v1480 = arith.mulf %v1421, %v1477 fastmath<contract> : f32
            %v1481 = arith.addf %v1480, %v1423 fastmath<contract> : f32
            %v1482 = arith.muli %v1166, %v63 : i64
            %v1483 = arith.addi %v1482, %v2 : i64
            %v1484 = arith.addi %v114, %v1483 : i64
            %v1485 = llvm.getelementptr %v17[%v1484] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1486 = llvm.load %v1485 : !llvm.ptr -> f32
            %v1487 = arith.mulf %v1471, %v1486 fastmath<contract> : f32
            %v1488 = arith.addf %v1487, %v1473 fastmath<contract> : f32
            llvm.store %v1488, %v5 : f32, !llvm.ptr
            %v1489 = arith.mulf %v1468, %v1486 fastmath<contract> : f32
            %v1490 = arith.addf %v1489, %v1470 fastmath<contract> : f32
            %v1491 = arith.index_cast %v32 : i64 to index
            %v1492 = arith.index_cast %v121 : i64 to index
            %v1493 = arith.index_cast %v2 : i64 to index
            scf.for %v1494 = %v1491 to %v1492 step %v1493 {
              %v1495 = arith.index_cast %v1494 : index to i64
              %v1496 = arith.addi %v118, %v1495 : i64
              %v1497 = llvm.getelementptr %v105[%v1495] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              // save the states at checkpoint steps (when given somewhere to save them)
              %v1498 = arith.remui %v1496, %v919 : i64
              %v1499 = arith.cmpi eq, %v1498, %v32 : i64
              %v1500 = arith.andi %v1499, %v22 : i1
              scf.if %v1500 {
                %v1501 = arith.divui %v1496, %v919 : i64
                %v1502 = llvm.mlir.zero : !llvm.ptr
                %v1503 = llvm.icmp "ne" %ckpt_h, %v1502 : !llvm.ptr
                scf.if %v1503 {
                  %v1506 = arith.muli %v1501, %v1505 : i64
                  %v1507 = llvm.load %v4 : !llvm.ptr -> f32
                  %v1508 = arith.muli %v27, %v40 : i64
                  %v1509 = arith.muli %v25, %v1 : i64
                  %v1510 = arith.addi %v1508, %v1509 : i64
                  %v1511 = arith.addi %v1510, %v1166 : i64
                  %v1512 = arith.addi %v1506, %v1511 : i64
                  %v1513 = llvm.getelementptr %ckpt_h[%v1512] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1507, %v1513 : f32, !llvm.ptr
                  %v1514 = llvm.load %v5 : !llvm.ptr -> f32
                  %v1515 = arith.muli %v27, %v40 : i64
                  %v1516 = arith.muli %v25, %v1 : i64
                  %v1517 = arith.addi %v1515, %v1516 : i64
                  %v1518 = arith.constant 8 : i64
                  %v1519 = arith.addi %v1518, %v1166 : i64
                  %v1520 = arith.addi %v1517, %v1519 : i64
                  %v1521 = arith.addi %v1506, %v1520 : i64
                  %v1522 = llvm.getelementptr %ckpt_h[%v1521] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1514, %v1522 : f32, !llvm.ptr
                }
              }
              // end save
              %v1523 = arith.muli %v27, %v125 : i64
              %v1524 = arith.muli %v25, %size_L : i64
              %v1525 = arith.addi %v1523, %v1524 : i64
              %v1526 = arith.addi %v1525, %v1496 : i64
              %v1527 = llvm.getelementptr %in_delta[%v1526] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1528 = llvm.load %v1527 : !llvm.ptr -> f32
              %v1529 = arith.addf %v1528, %v177 fastmath<contract> : f32
              %v1530 = arith.maximumf %v1529, %v50 : f32
              %v1531 = llvm.call_intrinsic "llvm.fabs.f32"(%v1529) : (f32) -> f32
              %v1532 = arith.negf %v1531 : f32
              %v1533 = arith.mulf %v1532, %v182 fastmath<contract> : f32
              %v1534 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1533) : (f32) -> f32
              %v1535 = arith.addf %v185, %v1534 fastmath<contract> : f32
              %v1536 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v1535) : (f32) -> f32
              %v1537 = arith.mulf %v1536, %v188 fastmath<contract> : f32
              %v1538 = arith.mulf %v190, %v1534 fastmath<contract> : f32
              %v1539 = arith.addf %v1538, %v192 fastmath<contract> : f32
              %v1540 = arith.mulf %v1539, %v1534 fastmath<contract> : f32
              %v1541 = arith.addf %v1540, %v195 fastmath<contract> : f32
              %v1542 = arith.mulf %v1541, %v1534 fastmath<contract> : f32
              %v1543 = arith.addf %v1542, %v198 fastmath<contract> : f32
              %v1544 = arith.mulf %v1543, %v1534 fastmath<contract> : f32
              %v1545 = arith.addf %v1544, %v201 fastmath<contract> : f32
              %v1546 = arith.mulf %v1545, %v1534 fastmath<contract> : f32
              %v1547 = arith.addf %v1546, %v204 fastmath<contract> : f32
              %v1548 = arith.mulf %v1547, %v1534 fastmath<contract> : f32
              %v1549 = arith.addf %v1548, %v185 fastmath<contract> : f32
              %v1550 = arith.mulf %v1549, %v1534 fastmath<contract> : f32
              %v1551 = llvm.call_intrinsic "llvm.fabs.f32"(%v1534) : (f32) -> f32
              %v1552 = arith.cmpf olt, %v1551, %v210 : f32
              %v1553 = arith.select %v1552, %v1550, %v1537 : f32
              %v1554 = arith.addf %v1530, %v1553 fastmath<contract> : f32
              %v1555 = arith.mulf %v1554, %v1171 fastmath<contract> : f32
              %v1556 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1555) : (f32) -> f32
              %v1557 = arith.muli %v27, %v466 : i64
              %v1558 = arith.addi %v1557, %v1496 : i64
              %v1559 = arith.muli %v1166, %size_L : i64
              %v1560 = arith.addi %v1558, %v1559 : i64
              %v1561 = llvm.getelementptr %in_Bm[%v1560] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1562 = llvm.load %v1561 : !llvm.ptr -> f32
              %v1563 = arith.muli %v27, %v125 : i64
              %v1564 = arith.muli %v25, %size_L : i64
              %v1565 = arith.addi %v1563, %v1564 : i64
              %v1566 = arith.addi %v1565, %v1496 : i64
              %v1567 = llvm.getelementptr %in_u[%v1566] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1568 = llvm.load %v1567 : !llvm.ptr -> f32
              %v1569 = arith.mulf %v1554, %v1568 fastmath<contract> : f32
              %v1570 = arith.mulf %v1562, %v1569 fastmath<contract> : f32
              %v1571 = llvm.load %v4 : !llvm.ptr -> f32
              %v1572 = arith.mulf %v1556, %v1571 fastmath<contract> : f32
              %v1573 = arith.addf %v1572, %v1570 fastmath<contract> : f32
              %v1574 = arith.mulf %v1554, %v1178 fastmath<contract> : f32
              %v1575 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1574) : (f32) -> f32
              %v1576 = arith.muli %v27, %v466 : i64
              %v1577 = arith.addi %v1576, %v1496 : i64
              %v1578 = arith.constant 8 : i64
              %v1579 = arith.addi %v1578, %v1166 : i64
              %v1580 = arith.muli %v1579, %size_L : i64
              %v1581 = arith.addi %v1577, %v1580 : i64
              %v1582 = llvm.getelementptr %in_Bm[%v1581] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1583 = llvm.load %v1582 : !llvm.ptr -> f32
              %v1584 = arith.mulf %v1583, %v1569 fastmath<contract> : f32
              %v1585 = llvm.load %v5 : !llvm.ptr -> f32
              %v1586 = arith.mulf %v1575, %v1585 fastmath<contract> : f32
              %v1587 = arith.addf %v1586, %v1584 fastmath<contract> : f32
              llvm.store %v1573, %v4 : f32, !llvm.ptr
              llvm.store %v1587, %v5 : f32, !llvm.ptr
              %v1588 = arith.muli %v27, %v466 : i64
              %v1589 = arith.addi %v1588, %v1496 : i64
              %v1590 = arith.muli %v1166, %size_L : i64
              %v1591 = arith.addi %v1589, %v1590 : i64
              %v1592 = llvm.getelementptr %in_Cm[%v1591] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1593 = llvm.load %v1592 : !llvm.ptr -> f32
              %v1594 = llvm.load %v4 : !llvm.ptr -> f32
              %v1595 = arith.mulf %v1593, %v1594 fastmath<contract> : f32
              %v1596 = llvm.load %v1497 : !llvm.ptr -> f32
              %v1597 = arith.addf %v1596, %v1595 fastmath<contract> : f32
              llvm.store %v1597, %v1497 : f32, !llvm.ptr
              %v1598 = arith.muli %v27, %v466 : i64
              %v1599 = arith.addi %v1598, %v1496 : i64
              %v1600 = arith.constant 8 : i64
              %v1601 = arith.addi %v1600, %v1166 : i64
              %v1602 = arith.muli %v1601, %size_L : i64
              %v1603 = arith.addi %v1599, %v1602 : i64
              %v1604 = llvm.getelementptr %in_Cm[%v1603] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1605 = llvm.load %v1604 : !llvm.ptr -> f32
              %v1606 = llvm.load %v5 : !llvm.ptr -> f32
              %v1607 = arith.mulf %v1605, %v1606 fastmath<contract> : f32
              %v1608 = llvm.load %v1497 : !llvm.ptr -> f32
              %v1609 = arith.addf %v1608, %v1607 fastmath<contract> : f32
              llvm.store %v1609, %v1497 : f32, !llvm.ptr
            }
            scf.if %v33 {
              %v1610 = arith.muli %v1166, %v63 : i64
              %v1611 = arith.addi %v115, %v1610 : i64
              %v1612 = llvm.getelementptr %v17[%v1611] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1481, %v1612 : f32, !llvm.ptr
              %v1613 = arith.muli %v1166, %v63 : i64
              %v1614 = arith.addi %v1613, %v2 : i64
              %v1615 = arith.addi %v115, %v1614 : i64
              %v1616 = llvm.getelementptr %v17[%v1615] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1490, %v1616 : f32, !llvm.ptr
            }
          }
          %v1617 = arith.index_cast %v32 : i64 to index
          %v1618 = arith.index_cast %v121 : i64 to index
          %v1619 = arith.index_cast %v2 : i64 to index
          scf.for %v1620 = %v1617 to %v1618 step %v1619 {
            %v1621 = arith.index_cast %v1620 : index to i64
            %v1622 = arith.addi %v118, %v1621 : i64
            %v1623 = llvm.getelementptr %v105[%v1621] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1624 = llvm.load %v1623 : !llvm.ptr -> f32
            %v1625 = arith.muli %v27, %v125 : i64
            %v1626 = arith.muli %v25, %size_L : i64
            %v1627 = arith.addi %v1625, %v1626 : i64
            %v1628 = arith.addi %v1627, %v1622 : i64
            %v1629 = llvm.getelementptr %in_u[%v1628] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1630 = llvm.load %v1629 : !llvm.ptr -> f32
            %v1631 = arith.mulf %v1630, %v431 fastmath<contract> : f32
            %v1632 = arith.addf %v1624, %v1631 fastmath<contract> : f32
            %v1633 = arith.muli %v27, %v125 : i64
            %v1634 = arith.muli %v25, %size_L : i64
            %v1635 = arith.addi %v1633, %v1634 : i64
            %v1636 = arith.addi %v1635, %v1622 : i64
            %v1637 = llvm.getelementptr %in_z[%v1636] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1638 = llvm.load %v1637 : !llvm.ptr -> f32
            %v1639 = arith.negf %v1638 : f32
            %v1640 = arith.mulf %v1639, %v182 fastmath<contract> : f32
            %v1641 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1640) : (f32) -> f32
            %v1642 = arith.addf %v185, %v1641 fastmath<contract> : f32
            %v1643 = arith.divf %v185, %v1642 : f32
            %v1644 = arith.mulf %v1638, %v1643 fastmath<contract> : f32
            %v1645 = arith.mulf %v1632, %v1644 fastmath<contract> : f32
            scf.if %v22 {
              %v1646 = arith.muli %v27, %v125 : i64
              %v1647 = arith.muli %v25, %size_L : i64
              %v1648 = arith.addi %v1646, %v1647 : i64
              %v1649 = arith.addi %v1648, %v1622 : i64
              %v1650 = llvm.getelementptr %out_y[%v1649] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1645, %v1650 : f32, !llvm.ptr
            }
          }
        }
      }
      // end scan
      gpu.barrier
      %v1651 = arith.andi %v22, %v33 : i1
      %v1653 = arith.addi %size_L, %v1652 : i64
      %v1654 = arith.divui %v1653, %v96 : i64
      %v1655 = arith.andi %v1654, %v2 : i64
      %v1656 = arith.muli %v1655, %v1 : i64
      %v1657 = arith.index_cast %v32 : i64 to index
      %v1658 = arith.index_cast %v34 : i64 to index
      %v1659 = arith.index_cast %v2 : i64 to index
      scf.for %v1660 = %v1657 to %v1658 step %v1659 {
        %v1661 = arith.index_cast %v1660 : index to i64
        %v1662 = arith.muli %v1661, %v63 : i64
        %v1663 = arith.addi %v1656, %v1662 : i64
        %v1664 = llvm.getelementptr %v17[%v1663] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1665 = llvm.load %v1664 : !llvm.ptr -> f32
        llvm.store %v1665, %v10 : f32, !llvm.ptr
        %v1666 = arith.muli %v1661, %v63 : i64
        %v1667 = arith.addi %v1666, %v2 : i64
        %v1668 = arith.addi %v1656, %v1667 : i64
        %v1669 = llvm.getelementptr %v17[%v1668] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1670 = llvm.load %v1669 : !llvm.ptr -> f32
        llvm.store %v1670, %v11 : f32, !llvm.ptr
        %v1671 = llvm.load %v10 : !llvm.ptr -> f32
        %v1672 = llvm.load %v11 : !llvm.ptr -> f32
        scf.if %v1651 {
          %v1673 = arith.muli %v27, %v40 : i64
          %v1674 = arith.muli %v25, %v1 : i64
          %v1675 = arith.addi %v1673, %v1674 : i64
          %v1676 = arith.addi %v1675, %v1661 : i64
          %v1677 = llvm.getelementptr %out_h_last[%v1676] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v1671, %v1677 : f32, !llvm.ptr
          %v1678 = arith.muli %v27, %v40 : i64
          %v1679 = arith.muli %v25, %v1 : i64
          %v1680 = arith.addi %v1678, %v1679 : i64
          %v1681 = arith.constant 8 : i64
          %v1682 = arith.addi %v1681, %v1661 : i64
          %v1683 = arith.addi %v1680, %v1682 : i64
          %v1684 = llvm.getelementptr %out_h_last[%v1683] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v1672, %v1684 : f32, !llvm.ptr
        }
      }
      gpu.return
    }
  }
}
