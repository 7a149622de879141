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
      %v671 = arith.constant 32 : i32
      %v702 = arith.constant 8 : i32
      %v713 = arith.constant 16 : i32
      %v724 = arith.constant 31 : i64
      %v921 = arith.constant 64 : i64
      %v928 = arith.muli %size_B, %size_D : i64
      %v929 = arith.muli %v928, %v1 : i64
      %v1506 = arith.muli %size_B, %size_D : i64
      %v1507 = arith.muli %v1506, %v1 : i64
      %v1654 = arith.constant 1023 : i64
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
        scf.if %v95 {
          %v122 = arith.cmpi slt, %v118, %size_L : i64
          %v123 = arith.select %v122, %v118, %v110 : i64
          %v124 = arith.andi %v22, %v122 : i1
          // 0. the K steps' values every point shares
          %v126 = arith.muli %v27, %v125 : i64
          %v127 = arith.muli %v25, %size_L : i64
          %v128 = arith.addi %v126, %v127 : i64
          %v129 = arith.addi %v128, %v123 : i64
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
          %v151 = arith.addi %v150, %v123 : i64
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
          %v165 = arith.addi %v164, %v123 : i64
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
          %v215 = arith.addi %v123, %v2 : i64
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
          %v243 = arith.addi %v123, %v63 : i64
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
          %v272 = arith.addi %v123, %v271 : i64
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
          %v301 = arith.addi %v123, %v300 : i64
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
          %v330 = arith.addi %v123, %v329 : i64
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
          %v359 = arith.addi %v123, %v358 : i64
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
          %v388 = arith.addi %v123, %v387 : i64
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
          %v416 = arith.addi %v123, %v2 : i64
          %v417 = arith.addf %v213, %v241 fastmath<contract> : f32
          %v418 = arith.addi %v123, %v63 : i64
          %v419 = arith.addf %v417, %v269 fastmath<contract> : f32
          %v420 = arith.addi %v123, %v271 : i64
          %v421 = arith.addf %v419, %v298 fastmath<contract> : f32
          %v422 = arith.addi %v123, %v300 : i64
          %v423 = arith.addf %v421, %v327 fastmath<contract> : f32
          %v424 = arith.addi %v123, %v329 : i64
          %v425 = arith.addf %v423, %v356 fastmath<contract> : f32
          %v426 = arith.addi %v123, %v358 : i64
          %v427 = arith.addf %v425, %v385 fastmath<contract> : f32
          %v428 = arith.addi %v123, %v387 : i64
          %v429 = arith.addf %v427, %v414 fastmath<contract> : f32
          %v432 = arith.mulf %v154, %v431 fastmath<contract> : f32
          llvm.store %v432, %v97 : f32, !llvm.ptr
          %v433 = arith.addi %v123, %v2 : i64
          %v434 = arith.mulf %v155, %v431 fastmath<contract> : f32
          llvm.store %v434, %v98 : f32, !llvm.ptr
          %v435 = arith.addi %v123, %v63 : i64
          %v436 = arith.mulf %v156, %v431 fastmath<contract> : f32
          llvm.store %v436, %v99 : f32, !llvm.ptr
          %v437 = arith.addi %v123, %v271 : i64
          %v438 = arith.mulf %v157, %v431 fastmath<contract> : f32
          llvm.store %v438, %v100 : f32, !llvm.ptr
          %v439 = arith.addi %v123, %v300 : i64
          %v440 = arith.mulf %v158, %v431 fastmath<contract> : f32
          llvm.store %v440, %v101 : f32, !llvm.ptr
          %v441 = arith.addi %v123, %v329 : i64
          %v442 = arith.mulf %v159, %v431 fastmath<contract> : f32
          llvm.store %v442, %v102 : f32, !llvm.ptr
          %v443 = arith.addi %v123, %v358 : i64
          %v444 = arith.mulf %v160, %v431 fastmath<contract> : f32
          llvm.store %v444, %v103 : f32, !llvm.ptr
          %v445 = arith.addi %v123, %v387 : i64
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
            %v468 = arith.addi %v467, %v123 : i64
            %v469 = arith.muli %v451, %size_L : i64
            %v470 = arith.addi %v468, %v469 : i64
            %v471 = llvm.getelementptr %in_Bm[%v470] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v472 = llvm.load %v471 {alignment = 32 : i64} : !llvm.ptr -> vector<8xf32>
            %v473 = llvm.getelementptr %v471[%size_L] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v474 = llvm.select %v465, %v473, %v471 : i1, !llvm.ptr
            %v475 = llvm.ptrtoint %v474 : !llvm.ptr to i64
            llvm.inline_asm has_side_effects asm_dialect = att "prefetch.L1 [$0];", "l" %v475 : (i64) -> ()
            %v476 = arith.muli %v27, %v466 : i64
            %v477 = arith.addi %v476, %v123 : i64
            %v478 = arith.constant 8 : i64
            %v479 = arith.addi %v478, %v451 : i64
            %v480 = arith.muli %v479, %size_L : i64
            %v481 = arith.addi %v477, %v480 : i64
            %v482 = llvm.getelementptr %in_Bm[%v481] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v483 = llvm.load %v482 {alignment = 32 : i64} : !llvm.ptr -> vector<8xf32>
            %v484 = llvm.getelementptr %v482[%size_L] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v485 = llvm.select %v465, %v484, %v482 : i1, !llvm.ptr
            %v486 = llvm.ptrtoint %v485 : !llvm.ptr to i64
            llvm.inline_asm has_side_effects asm_dialect = att "prefetch.L1 [$0];", "l" %v486 : (i64) -> ()
            %v487 = llvm.extractelement %v472[%v132 : i32] : vector<8xf32>
            %v488 = llvm.extractelement %v472[%v134 : i32] : vector<8xf32>
            %v489 = llvm.extractelement %v472[%v136 : i32] : vector<8xf32>
            %v490 = llvm.extractelement %v472[%v138 : i32] : vector<8xf32>
            %v491 = llvm.extractelement %v472[%v140 : i32] : vector<8xf32>
            %v492 = llvm.extractelement %v472[%v142 : i32] : vector<8xf32>
            %v493 = llvm.extractelement %v472[%v144 : i32] : vector<8xf32>
            %v494 = llvm.extractelement %v472[%v146 : i32] : vector<8xf32>
            %v495 = llvm.extractelement %v483[%v132 : i32] : vector<8xf32>
            %v496 = llvm.extractelement %v483[%v134 : i32] : vector<8xf32>
            %v497 = llvm.extractelement %v483[%v136 : i32] : vector<8xf32>
            %v498 = llvm.extractelement %v483[%v138 : i32] : vector<8xf32>
            %v499 = llvm.extractelement %v483[%v140 : i32] : vector<8xf32>
            %v500 = llvm.extractelement %v483[%v142 : i32] : vector<8xf32>
            %v501 = llvm.extractelement %v483[%v144 : i32] : vector<8xf32>
            %v502 = llvm.extractelement %v483[%v146 : i32] : vector<8xf32>
            %v503 = arith.muli %v27, %v466 : i64
            %v504 = arith.addi %v503, %v123 : i64
            %v505 = arith.muli %v451, %size_L : i64
            %v506 = arith.addi %v504, %v505 : i64
            %v507 = llvm.getelementptr %in_Cm[%v506] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v508 = llvm.load %v507 {alignment = 32 : i64} : !llvm.ptr -> vector<8xf32>
            %v509 = llvm.getelementptr %v507[%size_L] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v510 = llvm.select %v465, %v509, %v507 : i1, !llvm.ptr
            %v511 = llvm.ptrtoint %v510 : !llvm.ptr to i64
            llvm.inline_asm has_side_effects asm_dialect = att "prefetch.L1 [$0];", "l" %v511 : (i64) -> ()
            %v512 = arith.muli %v27, %v466 : i64
            %v513 = arith.addi %v512, %v123 : i64
            %v514 = arith.constant 8 : i64
            %v515 = arith.addi %v514, %v451 : i64
            %v516 = arith.muli %v515, %size_L : i64
            %v517 = arith.addi %v513, %v516 : i64
            %v518 = llvm.getelementptr %in_Cm[%v517] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v519 = llvm.load %v518 {alignment = 32 : i64} : !llvm.ptr -> vector<8xf32>
            %v520 = llvm.getelementptr %v518[%size_L] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v521 = llvm.select %v465, %v520, %v518 : i1, !llvm.ptr
            %v522 = llvm.ptrtoint %v521 : !llvm.ptr to i64
            llvm.inline_asm has_side_effects asm_dialect = att "prefetch.L1 [$0];", "l" %v522 : (i64) -> ()
            %v523 = arith.mulf %v213, %v456 fastmath<contract> : f32
            %v524 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v523) : (f32) -> f32
            %v525 = arith.mulf %v487, %v214 fastmath<contract> : f32
            %v526 = llvm.load %v8 : !llvm.ptr -> f32
            %v527 = arith.mulf %v524, %v526 fastmath<contract> : f32
            %v528 = arith.addf %v527, %v525 fastmath<contract> : f32
            %v529 = llvm.load %v6 : !llvm.ptr -> f32
            %v530 = arith.mulf %v524, %v529 fastmath<contract> : f32
            %v531 = arith.mulf %v213, %v463 fastmath<contract> : f32
            %v532 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v531) : (f32) -> f32
            %v533 = arith.mulf %v495, %v214 fastmath<contract> : f32
            %v534 = llvm.load %v9 : !llvm.ptr -> f32
            %v535 = arith.mulf %v532, %v534 fastmath<contract> : f32
            %v536 = arith.addf %v535, %v533 fastmath<contract> : f32
            %v537 = llvm.load %v7 : !llvm.ptr -> f32
            %v538 = arith.mulf %v532, %v537 fastmath<contract> : f32
            llvm.store %v528, %v8 : f32, !llvm.ptr
            llvm.store %v530, %v6 : f32, !llvm.ptr
            llvm.store %v536, %v9 : f32, !llvm.ptr
            llvm.store %v538, %v7 : f32, !llvm.ptr
            %v539 = arith.addi %v123, %v2 : i64
            %v540 = arith.mulf %v241, %v456 fastmath<contract> : f32
            %v541 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v540) : (f32) -> f32
            %v542 = arith.mulf %v488, %v242 fastmath<contract> : f32
            %v543 = llvm.load %v8 : !llvm.ptr -> f32
            %v544 = arith.mulf %v541, %v543 fastmath<contract> : f32
            %v545 = arith.addf %v544, %v542 fastmath<contract> : f32
            %v546 = llvm.load %v6 : !llvm.ptr -> f32
            %v547 = arith.mulf %v541, %v546 fastmath<contract> : f32
            %v548 = arith.mulf %v241, %v463 fastmath<contract> : f32
            %v549 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v548) : (f32) -> f32
            %v550 = arith.mulf %v496, %v242 fastmath<contract> : f32
            %v551 = llvm.load %v9 : !llvm.ptr -> f32
            %v552 = arith.mulf %v549, %v551 fastmath<contract> : f32
            %v553 = arith.addf %v552, %v550 fastmath<contract> : f32
            %v554 = llvm.load %v7 : !llvm.ptr -> f32
            %v555 = arith.mulf %v549, %v554 fastmath<contract> : f32
            llvm.store %v545, %v8 : f32, !llvm.ptr
            llvm.store %v547, %v6 : f32, !llvm.ptr
            llvm.store %v553, %v9 : f32, !llvm.ptr
            llvm.store %v555, %v7 : f32, !llvm.ptr
            %v556 = arith.addi %v123, %v63 : i64
            %v557 = arith.mulf %v269, %v456 fastmath<contract> : f32
            %v558 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v557) : (f32) -> f32
            %v559 = arith.mulf %v489, %v270 fastmath<contract> : f32
            %v560 = llvm.load %v8 : !llvm.ptr -> f32
            %v561 = arith.mulf %v558, %v560 fastmath<contract> : f32
            %v562 = arith.addf %v561, %v559 fastmath<contract> : f32
            %v563 = llvm.load %v6 : !llvm.ptr -> f32
            %v564 = arith.mulf %v558, %v563 fastmath<contract> : f32
            %v565 = arith.mulf %v269, %v463 fastmath<contract> : f32
            %v566 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v565) : (f32) -> f32
            %v567 = arith.mulf %v497, %v270 fastmath<contract> : f32
            %v568 = llvm.load %v9 : !llvm.ptr -> f32
            %v569 = arith.mulf %v566, %v568 fastmath<contract> : f32
            %v570 = arith.addf %v569, %v567 fastmath<contract> : f32
            %v571 = llvm.load %v7 : !llvm.ptr -> f32
            %v572 = arith.mulf %v566, %v571 fastmath<contract> : f32
            llvm.store %v562, %v8 : f32, !llvm.ptr
            llvm.store %v564, %v6 : f32, !llvm.ptr
            llvm.store %v570, %v9 : f32, !llvm.ptr
            llvm.store %v572, %v7 : f32, !llvm.ptr
            %v573 = arith.addi %v123, %v271 : i64
            %v574 = arith.mulf %v298, %v456 fastmath<contract> : f32
            %v575 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v574) : (f32) -> f32
            %v576 = arith.mulf %v490, %v299 fastmath<contract> : f32
            %v577 = llvm.load %v8 : !llvm.ptr -> f32
            %v578 = arith.mulf %v575, %v577 fastmath<contract> : f32
            %v579 = arith.addf %v578, %v576 fastmath<contract> : f32
            %v580 = llvm.load %v6 : !llvm.ptr -> f32
            %v581 = arith.mulf %v575, %v580 fastmath<contract> : f32
            %v582 = arith.mulf %v298, %v463 fastmath<contract> : f32
            %v583 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v582) : (f32) -> f32
            %v584 = arith.mulf %v498, %v299 fastmath<contract> : f32
            %v585 = llvm.load %v9 : !llvm.ptr -> f32
            %v586 = arith.mulf %v583, %v585 fastmath<contract> : f32
            %v587 = arith.addf %v586, %v584 fastmath<contract> : f32
            %v588 = llvm.load %v7 : !llvm.ptr -> f32
            %v589 = arith.mulf %v583, %v588 fastmath<contract> : f32
            llvm.store %v579, %v8 : f32, !llvm.ptr
            llvm.store %v581, %v6 : f32, !llvm.ptr
            llvm.store %v587, %v9 : f32, !llvm.ptr
            llvm.store %v589, %v7 : f32, !llvm.ptr
            %v590 = arith.addi %v123, %v300 : i64
            %v591 = arith.mulf %v327, %v456 fastmath<contract> : f32
            %v592 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v591) : (f32) -> f32
            %v593 = arith.mulf %v491, %v328 fastmath<contract> : f32
            %v594 = llvm.load %v8 : !llvm.ptr -> f32
            %v595 = arith.mulf %v592, %v594 fastmath<contract> : f32
            %v596 = arith.addf %v595, %v593 fastmath<contract> : f32
            %v597 = llvm.load %v6 : !llvm.ptr -> f32
            %v598 = arith.mulf %v592, %v597 fastmath<contract> : f32
            %v599 = arith.mulf %v327, %v463 fastmath<contract> : f32
            %v600 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v599) : (f32) -> f32
            %v601 = arith.mulf %v499, %v328 fastmath<contract> : f32
            %v602 = llvm.load %v9 : !llvm.ptr -> f32
            %v603 = arith.mulf %v600, %v602 fastmath<contract> : f32
            %v604 = arith.addf %v603, %v601 fastmath<contract> : f32
            %v605 = llvm.load %v7 : !llvm.ptr -> f32
            %v606 = arith.mulf %v600, %v605 fastmath<contract> : f32
            llvm.store %v596, %v8 : f32, !llvm.ptr
            llvm.store %v598, %v6 : f32, !llvm.ptr
            llvm.store %v604, %v9 : f32, !llvm.ptr
            llvm.store %v606, %v7 : f32, !llvm.ptr
            %v607 = arith.addi %v123, %v329 : i64
            %v608 = arith.mulf %v356, %v456 fastmath<contract> : f32
            %v609 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v608) : (f32) -> f32
            %v610 = arith.mulf %v492, %v357 fastmath<contract> : f32
            %v611 = llvm.load %v8 : !llvm.ptr -> f32
            %v612 = arith.mulf %v609, %v611 fastmath<contract> : f32
            %v613 = arith.addf %v612, %v610 fastmath<contract> : f32
            %v614 = llvm.load %v6 : !llvm.ptr -> f32
            %v615 = arith.mulf %v609, %v614 fastmath<contract> : f32
            %v616 = arith.mulf %v356, %v463 fastmath<contract> : f32
            %v617 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v616) : (f32) -> f32
            %v618 = arith.mulf %v500, %v357 fastmath<contract> : f32
            %v619 = llvm.load %v9 : !llvm.ptr -> f32
            %v620 = arith.mulf %v617, %v619 fastmath<contract> : f32
            %v621 = arith.addf %v620, %v618 fastmath<contract> : f32
            %v622 = llvm.load %v7 : !llvm.ptr -> f32
            %v623 = arith.mulf %v617, %v622 fastmath<contract> : f32
            llvm.store %v613, %v8 : f32, !llvm.ptr
            llvm.store %v615, %v6 : f32, !llvm.ptr
            llvm.store %v621, %v9 : f32, !llvm.ptr
            llvm.store %v623, %v7 : f32, !llvm.ptr
            %v624 = arith.addi %v123, %v358 : i64
            %v625 = arith.mulf %v385, %v456 fastmath<contract> : f32
            %v626 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v625) : (f32) -> f32
            %v627 = arith.mulf %v493, %v386 fastmath<contract> : f32
            %v628 = llvm.load %v8 : !llvm.ptr -> f32
            %v629 = arith.mulf %v626, %v628 fastmath<contract> : f32
            %v630 = arith.addf %v629, %v627 fastmath<contract> : f32
            %v631 = llvm.load %v6 : !llvm.ptr -> f32
            %v632 = arith.mulf %v626, %v631 fastmath<contract> : f32
            %v633 = arith.mulf %v385, %v463 fastmath<contract> : f32
            %v634 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v633) : (f32) -> f32
            %v635 = arith.mulf %v501, %v386 fastmath<contract> : f32
            %v636 = llvm.load %v9 : !llvm.ptr -> f32
            %v637 = arith.mulf %v634, %v636 fastmath<contract> : f32
            %v638 = arith.addf %v637, %v635 fastmath<contract> : f32
            %v639 = llvm.load %v7 : !llvm.ptr -> f32
            %v640 = arith.mulf %v634, %v639 fastmath<contract> : f32
            llvm.store %v630, %v8 : f32, !llvm.ptr
            llvm.store %v632, %v6 : f32, !llvm.ptr
            llvm.store %v638, %v9 : f32, !llvm.ptr
            llvm.store %v640, %v7 : f32, !llvm.ptr
            %v641 = arith.addi %v123, %v387 : i64
            %v642 = arith.mulf %v414, %v456 fastmath<contract> : f32
            %v643 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v642) : (f32) -> f32
            %v644 = arith.mulf %v494, %v415 fastmath<contract> : f32
            %v645 = llvm.load %v8 : !llvm.ptr -> f32
            %v646 = arith.mulf %v643, %v645 fastmath<contract> : f32
            %v647 = arith.addf %v646, %v644 fastmath<contract> : f32
            %v648 = llvm.load %v6 : !llvm.ptr -> f32
            %v649 = arith.mulf %v643, %v648 fastmath<contract> : f32
            %v650 = arith.mulf %v414, %v463 fastmath<contract> : f32
            %v651 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v650) : (f32) -> f32
            %v652 = arith.mulf %v502, %v415 fastmath<contract> : f32
            %v653 = llvm.load %v9 : !llvm.ptr -> f32
            %v654 = arith.mulf %v651, %v653 fastmath<contract> : f32
            %v655 = arith.addf %v654, %v652 fastmath<contract> : f32
            %v656 = llvm.load %v7 : !llvm.ptr -> f32
            %v657 = arith.mulf %v651, %v656 fastmath<contract> : f32
            llvm.store %v647, %v8 : f32, !llvm.ptr
            llvm.store %v649, %v6 : f32, !llvm.ptr
            llvm.store %v655, %v9 : f32, !llvm.ptr
            llvm.store %v657, %v7 : f32, !llvm.ptr
            %v658 = arith.mulf %v429, %v456 fastmath<contract> : f32
            %v659 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v658) : (f32) -> f32
            llvm.store %v659, %v6 : f32, !llvm.ptr
            %v660 = arith.mulf %v429, %v463 fastmath<contract> : f32
            %v661 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v660) : (f32) -> f32
            llvm.store %v661, %v7 : f32, !llvm.ptr
            %v662 = arith.constant true
            %v663 = arith.xori %v122, %v662 : i1
            scf.if %v663 {
              llvm.store %v185, %v6 : f32, !llvm.ptr
              llvm.store %v185, %v7 : f32, !llvm.ptr
              llvm.store %v50, %v8 : f32, !llvm.ptr
              llvm.store %v50, %v9 : f32, !llvm.ptr
            }
            // 2. the block's scan of this point's maps
            %v664 = llvm.load %v6 : !llvm.ptr -> f32
            %v665 = llvm.load %v8 : !llvm.ptr -> f32
            %v666 = llvm.load %v7 : !llvm.ptr -> f32
            %v667 = llvm.load %v9 : !llvm.ptr -> f32
            %v668 = arith.addi %v116, %v451 : i64
            %v669 = arith.andi %v668, %v2 : i64
            %v670 = arith.muli %v669, %v34 : i64
            %v672, %v673 = gpu.shuffle up %v664, %v134, %v671 : f32
            %v674, %v675 = gpu.shuffle up %v665, %v134, %v671 : f32
            %v676 = arith.mulf %v664, %v672 fastmath<contract> : f32
            %v677 = arith.mulf %v664, %v674 fastmath<contract> : f32
            %v678 = arith.addf %v677, %v665 fastmath<contract> : f32
            %v679 = arith.cmpi uge, %v30, %v2 : i64
            %v680 = arith.select %v679, %v676, %v664 : f32
            %v681 = arith.select %v679, %v678, %v665 : f32
            %v682, %v683 = gpu.shuffle up %v680, %v136, %v671 : f32
            %v684, %v685 = gpu.shuffle up %v681, %v136, %v671 : f32
            %v686 = arith.mulf %v680, %v682 fastmath<contract> : f32
            %v687 = arith.mulf %v680, %v684 fastmath<contract> : f32
            %v688 = arith.addf %v687, %v681 fastmath<contract> : f32
            %v689 = arith.cmpi uge, %v30, %v63 : i64
            %v690 = arith.select %v689, %v686, %v680 : f32
            %v691 = arith.select %v689, %v688, %v681 : f32
            %v692, %v693 = gpu.shuffle up %v690, %v140, %v671 : f32
            %v694, %v695 = gpu.shuffle up %v691, %v140, %v671 : f32
            %v696 = arith.mulf %v690, %v692 fastmath<contract> : f32
            %v697 = arith.mulf %v690, %v694 fastmath<contract> : f32
            %v698 = arith.addf %v697, %v691 fastmath<contract> : f32
            %v699 = arith.cmpi uge, %v30, %v300 : i64
            %v700 = arith.select %v699, %v696, %v690 : f32
            %v701 = arith.select %v699, %v698, %v691 : f32
            %v703, %v704 = gpu.shuffle up %v700, %v702, %v671 : f32
            %v705, %v706 = gpu.shuffle up %v701, %v702, %v671 : f32
            %v707 = arith.mulf %v700, %v703 fastmath<contract> : f32
            %v708 = arith.mulf %v700, %v705 fastmath<contract> : f32
            %v709 = arith.addf %v708, %v701 fastmath<contract> : f32
            %v710 = arith.cmpi uge, %v30, %v34 : i64
            %v711 = arith.select %v710, %v707, %v700 : f32
            %v712 = arith.select %v710, %v709, %v701 : f32
            %v714, %v715 = gpu.shuffle up %v711, %v713, %v671 : f32
            %v716, %v717 = gpu.shuffle up %v712, %v713, %v671 : f32
            %v718 = arith.mulf %v711, %v714 fastmath<contract> : f32
            %v719 = arith.mulf %v711, %v716 fastmath<contract> : f32
            %v720 = arith.addf %v719, %v712 fastmath<contract> : f32
            %v721 = arith.cmpi uge, %v30, %v1 : i64
            %v722 = arith.select %v721, %v718, %v711 : f32
            %v723 = arith.select %v721, %v720, %v712 : f32
            %v725 = arith.cmpi eq, %v30, %v724 : i64
            %v726 = arith.addi %v670, %v31 : i64
            scf.if %v725 {
              %v727 = llvm.getelementptr %v13[%v726] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v722, %v727 : f32, !llvm.ptr
              %v728 = llvm.getelementptr %v15[%v726] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v723, %v728 : f32, !llvm.ptr
            }
            %v729, %v730 = gpu.shuffle up %v722, %v134, %v671 : f32
            %v731, %v732 = gpu.shuffle up %v723, %v134, %v671 : f32
            %v733 = arith.cmpi eq, %v30, %v32 : i64
            %v734 = arith.select %v733, %v185, %v729 : f32
            %v735 = arith.select %v733, %v50, %v731 : f32
            %v736, %v737 = gpu.shuffle up %v666, %v134, %v671 : f32
            %v738, %v739 = gpu.shuffle up %v667, %v134, %v671 : f32
            %v740 = arith.mulf %v666, %v736 fastmath<contract> : f32
            %v741 = arith.mulf %v666, %v738 fastmath<contract> : f32
            %v742 = arith.addf %v741, %v667 fastmath<contract> : f32
            %v743 = arith.cmpi uge, %v30, %v2 : i64
            %v744 = arith.select %v743, %v740, %v666 : f32
            %v745 = arith.select %v743, %v742, %v667 : f32
            %v746, %v747 = gpu.shuffle up %v744, %v136, %v671 : f32
            %v748, %v749 = gpu.shuffle up %v745, %v136, %v671 : f32
            %v750 = arith.mulf %v744, %v746 fastmath<contract> : f32
            %v751 = arith.mulf %v744, %v748 fastmath<contract> : f32
            %v752 = arith.addf %v751, %v745 fastmath<contract> : f32
            %v753 = arith.cmpi uge, %v30, %v63 : i64
            %v754 = arith.select %v753, %v750, %v744 : f32
            %v755 = arith.select %v753, %v752, %v745 : f32
            %v756, %v757 = gpu.shuffle up %v754, %v140, %v671 : f32
            %v758, %v759 = gpu.shuffle up %v755, %v140, %v671 : f32
            %v760 = arith.mulf %v754, %v756 fastmath<contract> : f32
            %v761 = arith.mulf %v754, %v758 fastmath<contract> : f32
            %v762 = arith.addf %v761, %v755 fastmath<contract> : f32
            %v763 = arith.cmpi uge, %v30, %v300 : i64
            %v764 = arith.select %v763, %v760, %v754 : f32
            %v765 = arith.select %v763, %v762, %v755 : f32
            %v766, %v767 = gpu.shuffle up %v764, %v702, %v671 : f32
            %v768, %v769 = gpu.shuffle up %v765, %v702, %v671 : f32
            %v770 = arith.mulf %v764, %v766 fastmath<contract> : f32
            %v771 = arith.mulf %v764, %v768 fastmath<contract> : f32
            %v772 = arith.addf %v771, %v765 fastmath<contract> : f32
            %v773 = arith.cmpi uge, %v30, %v34 : i64
            %v774 = arith.select %v773, %v770, %v764 : f32
            %v775 = arith.select %v773, %v772, %v765 : f32
            %v776, %v777 = gpu.shuffle up %v774, %v713, %v671 : f32
            %v778, %v779 = gpu.shuffle up %v775, %v713, %v671 : f32
            %v780 = arith.mulf %v774, %v776 fastmath<contract> : f32
            %v781 = arith.mulf %v774, %v778 fastmath<contract> : f32
            %v782 = arith.addf %v781, %v775 fastmath<contract> : f32
            %v783 = arith.cmpi uge, %v30, %v1 : i64
            %v784 = arith.select %v783, %v780, %v774 : f32
            %v785 = arith.select %v783, %v782, %v775 : f32
            %v786 = arith.cmpi eq, %v30, %v724 : i64
            %v787 = arith.addi %v670, %v300 : i64
            %v788 = arith.addi %v787, %v31 : i64
            scf.if %v786 {
              %v789 = llvm.getelementptr %v13[%v788] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v784, %v789 : f32, !llvm.ptr
              %v790 = llvm.getelementptr %v15[%v788] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v785, %v790 : f32, !llvm.ptr
            }
            %v791, %v792 = gpu.shuffle up %v784, %v134, %v671 : f32
            %v793, %v794 = gpu.shuffle up %v785, %v134, %v671 : f32
            %v795 = arith.cmpi eq, %v30, %v32 : i64
            %v796 = arith.select %v795, %v185, %v791 : f32
            %v797 = arith.select %v795, %v50, %v793 : f32
            // across warps: each thread composes the warps' totals before its own, and all of them
            gpu.barrier
            %v798 = llvm.getelementptr %v13[%v670] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v799 = llvm.load %v798 : !llvm.ptr -> f32
            %v800 = llvm.getelementptr %v15[%v670] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v801 = llvm.load %v800 : !llvm.ptr -> f32
            %v802 = arith.mulf %v799, %v185 fastmath<contract> : f32
            %v803 = arith.mulf %v799, %v50 fastmath<contract> : f32
            %v804 = arith.addf %v803, %v801 fastmath<contract> : f32
            %v805 = arith.cmpi ugt, %v31, %v32 : i64
            %v806 = arith.select %v805, %v802, %v185 : f32
            %v807 = arith.select %v805, %v804, %v50 : f32
            %v808 = arith.addi %v670, %v2 : i64
            %v809 = llvm.getelementptr %v13[%v808] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v810 = llvm.load %v809 : !llvm.ptr -> f32
            %v811 = llvm.getelementptr %v15[%v808] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v812 = llvm.load %v811 : !llvm.ptr -> f32
            %v813 = arith.mulf %v810, %v802 fastmath<contract> : f32
            %v814 = arith.mulf %v810, %v804 fastmath<contract> : f32
            %v815 = arith.addf %v814, %v812 fastmath<contract> : f32
            %v816 = arith.cmpi ugt, %v31, %v2 : i64
            %v817 = arith.select %v816, %v813, %v806 : f32
            %v818 = arith.select %v816, %v815, %v807 : f32
            %v819 = arith.addi %v670, %v63 : i64
            %v820 = llvm.getelementptr %v13[%v819] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v821 = llvm.load %v820 : !llvm.ptr -> f32
            %v822 = llvm.getelementptr %v15[%v819] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v823 = llvm.load %v822 : !llvm.ptr -> f32
            %v824 = arith.mulf %v821, %v813 fastmath<contract> : f32
            %v825 = arith.mulf %v821, %v815 fastmath<contract> : f32
            %v826 = arith.addf %v825, %v823 fastmath<contract> : f32
            %v827 = arith.cmpi ugt, %v31, %v63 : i64
            %v828 = arith.select %v827, %v824, %v817 : f32
            %v829 = arith.select %v827, %v826, %v818 : f32
            %v830 = arith.addi %v670, %v271 : i64
            %v831 = llvm.getelementptr %v13[%v830] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v832 = llvm.load %v831 : !llvm.ptr -> f32
            %v833 = llvm.getelementptr %v15[%v830] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v834 = llvm.load %v833 : !llvm.ptr -> f32
            %v835 = arith.mulf %v832, %v824 fastmath<contract> : f32
            %v836 = arith.mulf %v832, %v826 fastmath<contract> : f32
            %v837 = arith.addf %v836, %v834 fastmath<contract> : f32
            %v838 = arith.mulf %v734, %v828 fastmath<contract> : f32
            %v839 = arith.mulf %v734, %v829 fastmath<contract> : f32
            %v840 = arith.addf %v839, %v735 fastmath<contract> : f32
            %v841 = arith.addi %v670, %v300 : i64
            %v842 = llvm.getelementptr %v13[%v841] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v843 = llvm.load %v842 : !llvm.ptr -> f32
            %v844 = llvm.getelementptr %v15[%v841] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v845 = llvm.load %v844 : !llvm.ptr -> f32
            %v846 = arith.mulf %v843, %v185 fastmath<contract> : f32
            %v847 = arith.mulf %v843, %v50 fastmath<contract> : f32
            %v848 = arith.addf %v847, %v845 fastmath<contract> : f32
            %v849 = arith.cmpi ugt, %v31, %v32 : i64
            %v850 = arith.select %v849, %v846, %v185 : f32
            %v851 = arith.select %v849, %v848, %v50 : f32
            %v852 = arith.addi %v670, %v300 : i64
            %v853 = arith.addi %v852, %v2 : i64
            %v854 = llvm.getelementptr %v13[%v853] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v855 = llvm.load %v854 : !llvm.ptr -> f32
            %v856 = llvm.getelementptr %v15[%v853] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v857 = llvm.load %v856 : !llvm.ptr -> f32
            %v858 = arith.mulf %v855, %v846 fastmath<contract> : f32
            %v859 = arith.mulf %v855, %v848 fastmath<contract> : f32
            %v860 = arith.addf %v859, %v857 fastmath<contract> : f32
            %v861 = arith.cmpi ugt, %v31, %v2 : i64
            %v862 = arith.select %v861, %v858, %v850 : f32
            %v863 = arith.select %v861, %v860, %v851 : f32
            %v864 = arith.addi %v670, %v300 : i64
            %v865 = arith.addi %v864, %v63 : i64
            %v866 = llvm.getelementptr %v13[%v865] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v867 = llvm.load %v866 : !llvm.ptr -> f32
            %v868 = llvm.getelementptr %v15[%v865] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v869 = llvm.load %v868 : !llvm.ptr -> f32
            %v870 = arith.mulf %v867, %v858 fastmath<contract> : f32
            %v871 = arith.mulf %v867, %v860 fastmath<contract> : f32
            %v872 = arith.addf %v871, %v869 fastmath<contract> : f32
            %v873 = arith.cmpi ugt, %v31, %v63 : i64
            %v874 = arith.select %v873, %v870, %v862 : f32
            %v875 = arith.select %v873, %v872, %v863 : f32
            %v876 = arith.addi %v670, %v300 : i64
            %v877 = arith.addi %v876, %v271 : i64
            %v878 = llvm.getelementptr %v13[%v877] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v879 = llvm.load %v878 : !llvm.ptr -> f32
            %v880 = llvm.getelementptr %v15[%v877] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v881 = llvm.load %v880 : !llvm.ptr -> f32
            %v882 = arith.mulf %v879, %v870 fastmath<contract> : f32
            %v883 = arith.mulf %v879, %v872 fastmath<contract> : f32
            %v884 = arith.addf %v883, %v881 fastmath<contract> : f32
            %v885 = arith.mulf %v796, %v874 fastmath<contract> : f32
            %v886 = arith.mulf %v796, %v875 fastmath<contract> : f32
            %v887 = arith.addf %v886, %v797 fastmath<contract> : f32
            %v888 = arith.muli %v451, %v63 : i64
            %v889 = arith.addi %v114, %v888 : i64
            %v890 = llvm.getelementptr %v17[%v889] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v891 = llvm.load %v890 : !llvm.ptr -> f32
            %v892 = arith.mulf %v838, %v891 fastmath<contract> : f32
            %v893 = arith.addf %v892, %v840 fastmath<contract> : f32
            llvm.store %v893, %v4 : f32, !llvm.ptr
            %v894 = arith.mulf %v835, %v891 fastmath<contract> : f32
            %v895 = arith.addf %v894, %v837 fastmath<contract> : f32
            %v896 = arith.muli %v451, %v63 : i64
            %v897 = arith.addi %v896, %v2 : i64
            %v898 = arith.addi %v114, %v897 : i64
            %v899 = llvm.getelementptr %v17[%v898] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v900 = llvm.load %v899 : !llvm.ptr -> f32
            %v901 = arith.mulf %v885, %v900 fastmath<contract> : f32
            %v902 = arith.addf %v901, %v887 fastmath<contract> : f32
            llvm.store %v902, %v5 : f32, !llvm.ptr
            %v903 = arith.mulf %v882, %v900 fastmath<contract> : f32
            %v904 = arith.addf %v903, %v884 fastmath<contract> : f32
            // 3. the K steps again: checkpoints, outputs at this point, sums' terms
            %v905 = llvm.extractelement %v508[%v132 : i32] : vector<8xf32>
            %v906 = llvm.extractelement %v508[%v134 : i32] : vector<8xf32>
            %v907 = llvm.extractelement %v508[%v136 : i32] : vector<8xf32>
            %v908 = llvm.extractelement %v508[%v138 : i32] : vector<8xf32>
            %v909 = llvm.extractelement %v508[%v140 : i32] : vector<8xf32>
            %v910 = llvm.extractelement %v508[%v142 : i32] : vector<8xf32>
            %v911 = llvm.extractelement %v508[%v144 : i32] : vector<8xf32>
            %v912 = llvm.extractelement %v508[%v146 : i32] : vector<8xf32>
            %v913 = llvm.extractelement %v519[%v132 : i32] : vector<8xf32>
            %v914 = llvm.extractelement %v519[%v134 : i32] : vector<8xf32>
            %v915 = llvm.extractelement %v519[%v136 : i32] : vector<8xf32>
            %v916 = llvm.extractelement %v519[%v138 : i32] : vector<8xf32>
            %v917 = llvm.extractelement %v519[%v140 : i32] : vector<8xf32>
            %v918 = llvm.extractelement %v519[%v142 : i32] : vector<8xf32>
            %v919 = llvm.extractelement %v519[%v144 : i32] : vector<8xf32>
            %v920 = llvm.extractelement %v519[%v146 : i32] : vector<8xf32>
            // save the states at checkpoint steps (when given somewhere to save them)
            %v922 = arith.remui %v123, %v921 : i64
            %v923 = arith.cmpi eq, %v922, %v32 : i64
            %v924 = arith.andi %v923, %v124 : i1
            scf.if %v924 {
              %v925 = arith.divui %v123, %v921 : i64
              %v926 = llvm.mlir.zero : !llvm.ptr
              %v927 = llvm.icmp "ne" %ckpt_h, %v926 : !llvm.ptr
              scf.if %v927 {
                %v930 = arith.muli %v925, %v929 : i64
                %v931 = llvm.load %v4 : !llvm.ptr -> f32
                %v932 = arith.muli %v27, %v40 : i64
                %v933 = arith.muli %v25, %v1 : i64
                %v934 = arith.addi %v932, %v933 : i64
                %v935 = arith.addi %v934, %v451 : i64
                %v936 = arith.addi %v930, %v935 : i64
                %v937 = llvm.getelementptr %ckpt_h[%v936] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                llvm.store %v931, %v937 : f32, !llvm.ptr
                %v938 = llvm.load %v5 : !llvm.ptr -> f32
                %v939 = arith.muli %v27, %v40 : i64
                %v940 = arith.muli %v25, %v1 : i64
                %v941 = arith.addi %v939, %v940 : i64
                %v942 = arith.constant 8 : i64
                %v943 = arith.addi %v942, %v451 : i64
                %v944 = arith.addi %v941, %v943 : i64
                %v945 = arith.addi %v930, %v944 : i64
                %v946 = llvm.getelementptr %ckpt_h[%v945] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                llvm.store %v938, %v946 : f32, !llvm.ptr
              }
            }
            // end save
            %v947 = llvm.load %v4 : !llvm.ptr -> f32
            %v948 = arith.mulf %v524, %v947 fastmath<contract> : f32
            %v949 = arith.addf %v948, %v525 fastmath<contract> : f32
            %v950 = llvm.load %v5 : !llvm.ptr -> f32
            %v951 = arith.mulf %v532, %v950 fastmath<contract> : f32
            %v952 = arith.addf %v951, %v533 fastmath<contract> : f32
            llvm.store %v949, %v4 : f32, !llvm.ptr
            llvm.store %v952, %v5 : f32, !llvm.ptr
            %v953 = llvm.load %v4 : !llvm.ptr -> f32
            %v954 = arith.mulf %v905, %v953 fastmath<contract> : f32
            %v955 = llvm.load %v97 : !llvm.ptr -> f32
            %v956 = arith.addf %v955, %v954 fastmath<contract> : f32
            llvm.store %v956, %v97 : f32, !llvm.ptr
            %v957 = llvm.load %v5 : !llvm.ptr -> f32
            %v958 = arith.mulf %v913, %v957 fastmath<contract> : f32
            %v959 = llvm.load %v97 : !llvm.ptr -> f32
            %v960 = arith.addf %v959, %v958 fastmath<contract> : f32
            llvm.store %v960, %v97 : f32, !llvm.ptr
            %v961 = arith.addi %v123, %v2 : i64
            %v962 = llvm.load %v4 : !llvm.ptr -> f32
            %v963 = arith.mulf %v541, %v962 fastmath<contract> : f32
            %v964 = arith.addf %v963, %v542 fastmath<contract> : f32
            %v965 = llvm.load %v5 : !llvm.ptr -> f32
            %v966 = arith.mulf %v549, %v965 fastmath<contract> : f32
            %v967 = arith.addf %v966, %v550 fastmath<contract> : f32
            llvm.store %v964, %v4 : f32, !llvm.ptr
            llvm.store %v967, %v5 : f32, !llvm.ptr
            %v968 = llvm.load %v4 : !llvm.ptr -> f32
            %v969 = arith.mulf %v906, %v968 fastmath<contract> : f32
            %v970 = llvm.load %v98 : !llvm.ptr -> f32
            %v971 = arith.addf %v970, %v969 fastmath<contract> : f32
            llvm.store %v971, %v98 : f32, !llvm.ptr
            %v972 = llvm.load %v5 : !llvm.ptr -> f32
            %v973 = arith.mulf %v914, %v972 fastmath<contract> : f32
            %v974 = llvm.load %v98 : !llvm.ptr -> f32
            %v975 = arith.addf %v974, %v973 fastmath<contract> : f32
            llvm.store %v975, %v98 : f32, !llvm.ptr
            %v976 = arith.addi %v123, %v63 : i64
            %v977 = llvm.load %v4 : !llvm.ptr -> f32
            %v978 = arith.mulf %v558, %v977 fastmath<contract> : f32
            %v979 = arith.addf %v978, %v559 fastmath<contract> : f32
            %v980 = llvm.load %v5 : !llvm.ptr -> f32
            %v981 = arith.mulf %v566, %v980 fastmath<contract> : f32
            %v982 = arith.addf %v981, %v567 fastmath<contract> : f32
            llvm.store %v979, %v4 : f32, !llvm.ptr
            llvm.store %v982, %v5 : f32, !llvm.ptr
            %v983 = llvm.load %v4 : !llvm.ptr -> f32
            %v984 = arith.mulf %v907, %v983 fastmath<contract> : f32
            %v985 = llvm.load %v99 : !llvm.ptr -> f32
            %v986 = arith.addf %v985, %v984 fastmath<contract> : f32
            llvm.store %v986, %v99 : f32, !llvm.ptr
            %v987 = llvm.load %v5 : !llvm.ptr -> f32
            %v988 = arith.mulf %v915, %v987 fastmath<contract> : f32
            %v989 = llvm.load %v99 : !llvm.ptr -> f32
            %v990 = arith.addf %v989, %v988 fastmath<contract> : f32
            llvm.store %v990, %v99 : f32, !llvm.ptr
            %v991 = arith.addi %v123, %v271 : i64
            %v992 = llvm.load %v4 : !llvm.ptr -> f32
            %v993 = arith.mulf %v575, %v992 fastmath<contract> : f32
            %v994 = arith.addf %v993, %v576 fastmath<contract> : f32
            %v995 = llvm.load %v5 : !llvm.ptr -> f32
            %v996 = arith.mulf %v583, %v995 fastmath<contract> : f32
            %v997 = arith.addf %v996, %v584 fastmath<contract> : f32
            llvm.store %v994, %v4 : f32, !llvm.ptr
            llvm.store %v997, %v5 : f32, !llvm.ptr
            %v998 = llvm.load %v4 : !llvm.ptr -> f32
            %v999 = arith.mulf %v908, %v998 fastmath<contract> : f32
            %v1000 = llvm.load %v100 : !llvm.ptr -> f32
            %v1001 = arith.addf %v1000, %v999 fastmath<contract> : f32
            llvm.store %v1001, %v100 : f32, !llvm.ptr
            %v1002 = llvm.load %v5 : !llvm.ptr -> f32
            %v1003 = arith.mulf %v916, %v1002 fastmath<contract> : f32
            %v1004 = llvm.load %v100 : !llvm.ptr -> f32
            %v1005 = arith.addf %v1004, %v1003 fastmath<contract> : f32
            llvm.store %v1005, %v100 : f32, !llvm.ptr
            %v1006 = arith.addi %v123, %v300 : i64
            %v1007 = llvm.load %v4 : !llvm.ptr -> f32
            %v1008 = arith.mulf %v592, %v1007 fastmath<contract> : f32
            %v1009 = arith.addf %v1008, %v593 fastmath<contract> : f32
            %v1010 = llvm.load %v5 : !llvm.ptr -> f32
            %v1011 = arith.mulf %v600, %v1010 fastmath<contract> : f32
            %v1012 = arith.addf %v1011, %v601 fastmath<contract> : f32
            llvm.store %v1009, %v4 : f32, !llvm.ptr
            llvm.store %v1012, %v5 : f32, !llvm.ptr
            %v1013 = llvm.load %v4 : !llvm.ptr -> f32
            %v1014 = arith.mulf %v909, %v1013 fastmath<contract> : f32
            %v1015 = llvm.load %v101 : !llvm.ptr -> f32
            %v1016 = arith.addf %v1015, %v1014 fastmath<contract> : f32
            llvm.store %v1016, %v101 : f32, !llvm.ptr
            %v1017 = llvm.load %v5 : !llvm.ptr -> f32
            %v1018 = arith.mulf %v917, %v1017 fastmath<contract> : f32
            %v1019 = llvm.load %v101 : !llvm.ptr -> f32
            %v1020 = arith.addf %v1019, %v1018 fastmath<contract> : f32
            llvm.store %v1020, %v101 : f32, !llvm.ptr
            %v1021 = arith.addi %v123, %v329 : i64
            %v1022 = llvm.load %v4 : !llvm.ptr -> f32
            %v1023 = arith.mulf %v609, %v1022 fastmath<contract> : f32
            %v1024 = arith.addf %v1023, %v610 fastmath<contract> : f32
            %v1025 = llvm.load %v5 : !llvm.ptr -> f32
            %v1026 = arith.mulf %v617, %v1025 fastmath<contract> : f32
            %v1027 = arith.addf %v1026, %v618 fastmath<contract> : f32
            llvm.store %v1024, %v4 : f32, !llvm.ptr
            llvm.store %v1027, %v5 : f32, !llvm.ptr
            %v1028 = llvm.load %v4 : !llvm.ptr -> f32
            %v1029 = arith.mulf %v910, %v1028 fastmath<contract> : f32
            %v1030 = llvm.load %v102 : !llvm.ptr -> f32
            %v1031 = arith.addf %v1030, %v1029 fastmath<contract> : f32
            llvm.store %v1031, %v102 : f32, !llvm.ptr
            %v1032 = llvm.load %v5 : !llvm.ptr -> f32
            %v1033 = arith.mulf %v918, %v1032 fastmath<contract> : f32
            %v1034 = llvm.load %v102 : !llvm.ptr -> f32
            %v1035 = arith.addf %v1034, %v1033 fastmath<contract> : f32
            llvm.store %v1035, %v102 : f32, !llvm.ptr
            %v1036 = arith.addi %v123, %v358 : i64
            %v1037 = llvm.load %v4 : !llvm.ptr -> f32
            %v1038 = arith.mulf %v626, %v1037 fastmath<contract> : f32
            %v1039 = arith.addf %v1038, %v627 fastmath<contract> : f32
            %v1040 = llvm.load %v5 : !llvm.ptr -> f32
            %v1041 = arith.mulf %v634, %v1040 fastmath<contract> : f32
            %v1042 = arith.addf %v1041, %v635 fastmath<contract> : f32
            llvm.store %v1039, %v4 : f32, !llvm.ptr
            llvm.store %v1042, %v5 : f32, !llvm.ptr
            %v1043 = llvm.load %v4 : !llvm.ptr -> f32
            %v1044 = arith.mulf %v911, %v1043 fastmath<contract> : f32
            %v1045 = llvm.load %v103 : !llvm.ptr -> f32
            %v1046 = arith.addf %v1045, %v1044 fastmath<contract> : f32
            llvm.store %v1046, %v103 : f32, !llvm.ptr
            %v1047 = llvm.load %v5 : !llvm.ptr -> f32
            %v1048 = arith.mulf %v919, %v1047 fastmath<contract> : f32
            %v1049 = llvm.load %v103 : !llvm.ptr -> f32
            %v1050 = arith.addf %v1049, %v1048 fastmath<contract> : f32
            llvm.store %v1050, %v103 : f32, !llvm.ptr
            %v1051 = arith.addi %v123, %v387 : i64
            %v1052 = llvm.load %v4 : !llvm.ptr -> f32
            %v1053 = arith.mulf %v643, %v1052 fastmath<contract> : f32
            %v1054 = arith.addf %v1053, %v644 fastmath<contract> : f32
            %v1055 = llvm.load %v5 : !llvm.ptr -> f32
            %v1056 = arith.mulf %v651, %v1055 fastmath<contract> : f32
            %v1057 = arith.addf %v1056, %v652 fastmath<contract> : f32
            llvm.store %v1054, %v4 : f32, !llvm.ptr
            llvm.store %v1057, %v5 : f32, !llvm.ptr
            %v1058 = llvm.load %v4 : !llvm.ptr -> f32
            %v1059 = arith.mulf %v912, %v1058 fastmath<contract> : f32
            %v1060 = llvm.load %v104 : !llvm.ptr -> f32
            %v1061 = arith.addf %v1060, %v1059 fastmath<contract> : f32
            llvm.store %v1061, %v104 : f32, !llvm.ptr
            %v1062 = llvm.load %v5 : !llvm.ptr -> f32
            %v1063 = arith.mulf %v920, %v1062 fastmath<contract> : f32
            %v1064 = llvm.load %v104 : !llvm.ptr -> f32
            %v1065 = arith.addf %v1064, %v1063 fastmath<contract> : f32
            llvm.store %v1065, %v104 : f32, !llvm.ptr
            scf.if %v33 {
              %v1066 = arith.muli %v451, %v63 : i64
              %v1067 = arith.addi %v115, %v1066 : i64
              %v1068 = llvm.getelementptr %v17[%v1067] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v895, %v1068 : f32, !llvm.ptr
              %v1069 = arith.muli %v451, %v63 : i64
              %v1070 = arith.addi %v1069, %v2 : i64
              %v1071 = arith.addi %v115, %v1070 : i64
              %v1072 = llvm.getelementptr %v17[%v1071] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v904, %v1072 : f32, !llvm.ptr
            }
          }
          // 4. the outputs summed over the points, K steps per vector store
          %v1073 = llvm.load %v97 : !llvm.ptr -> f32
          %v1074 = arith.negf %v168 : f32
          %v1075 = arith.mulf %v1074, %v182 fastmath<contract> : f32
          %v1076 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1075) : (f32) -> f32
          %v1077 = arith.addf %v185, %v1076 fastmath<contract> : f32
          %v1078 = arith.divf %v185, %v1077 : f32
          %v1079 = arith.mulf %v168, %v1078 fastmath<contract> : f32
          %v1080 = arith.mulf %v1073, %v1079 fastmath<contract> : f32
          %v1081 = arith.addi %v123, %v2 : i64
          %v1082 = llvm.load %v98 : !llvm.ptr -> f32
          %v1083 = arith.negf %v169 : f32
          %v1084 = arith.mulf %v1083, %v182 fastmath<contract> : f32
          %v1085 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1084) : (f32) -> f32
          %v1086 = arith.addf %v185, %v1085 fastmath<contract> : f32
          %v1087 = arith.divf %v185, %v1086 : f32
          %v1088 = arith.mulf %v169, %v1087 fastmath<contract> : f32
          %v1089 = arith.mulf %v1082, %v1088 fastmath<contract> : f32
          %v1090 = arith.addi %v123, %v63 : i64
          %v1091 = llvm.load %v99 : !llvm.ptr -> f32
          %v1092 = arith.negf %v170 : f32
          %v1093 = arith.mulf %v1092, %v182 fastmath<contract> : f32
          %v1094 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1093) : (f32) -> f32
          %v1095 = arith.addf %v185, %v1094 fastmath<contract> : f32
          %v1096 = arith.divf %v185, %v1095 : f32
          %v1097 = arith.mulf %v170, %v1096 fastmath<contract> : f32
          %v1098 = arith.mulf %v1091, %v1097 fastmath<contract> : f32
          %v1099 = arith.addi %v123, %v271 : i64
          %v1100 = llvm.load %v100 : !llvm.ptr -> f32
          %v1101 = arith.negf %v171 : f32
          %v1102 = arith.mulf %v1101, %v182 fastmath<contract> : f32
          %v1103 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1102) : (f32) -> f32
          %v1104 = arith.addf %v185, %v1103 fastmath<contract> : f32
          %v1105 = arith.divf %v185, %v1104 : f32
          %v1106 = arith.mulf %v171, %v1105 fastmath<contract> : f32
          %v1107 = arith.mulf %v1100, %v1106 fastmath<contract> : f32
          %v1108 = arith.addi %v123, %v300 : i64
          %v1109 = llvm.load %v101 : !llvm.ptr -> f32
          %v1110 = arith.negf %v172 : f32
          %v1111 = arith.mulf %v1110, %v182 fastmath<contract> : f32
          %v1112 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1111) : (f32) -> f32
          %v1113 = arith.addf %v185, %v1112 fastmath<contract> : f32
          %v1114 = arith.divf %v185, %v1113 : f32
          %v1115 = arith.mulf %v172, %v1114 fastmath<contract> : f32
          %v1116 = arith.mulf %v1109, %v1115 fastmath<contract> : f32
          %v1117 = arith.addi %v123, %v329 : i64
          %v1118 = llvm.load %v102 : !llvm.ptr -> f32
          %v1119 = arith.negf %v173 : f32
          %v1120 = arith.mulf %v1119, %v182 fastmath<contract> : f32
          %v1121 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1120) : (f32) -> f32
          %v1122 = arith.addf %v185, %v1121 fastmath<contract> : f32
          %v1123 = arith.divf %v185, %v1122 : f32
          %v1124 = arith.mulf %v173, %v1123 fastmath<contract> : f32
          %v1125 = arith.mulf %v1118, %v1124 fastmath<contract> : f32
          %v1126 = arith.addi %v123, %v358 : i64
          %v1127 = llvm.load %v103 : !llvm.ptr -> f32
          %v1128 = arith.negf %v174 : f32
          %v1129 = arith.mulf %v1128, %v182 fastmath<contract> : f32
          %v1130 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1129) : (f32) -> f32
          %v1131 = arith.addf %v185, %v1130 fastmath<contract> : f32
          %v1132 = arith.divf %v185, %v1131 : f32
          %v1133 = arith.mulf %v174, %v1132 fastmath<contract> : f32
          %v1134 = arith.mulf %v1127, %v1133 fastmath<contract> : f32
          %v1135 = arith.addi %v123, %v387 : i64
          %v1136 = llvm.load %v104 : !llvm.ptr -> f32
          %v1137 = arith.negf %v175 : f32
          %v1138 = arith.mulf %v1137, %v182 fastmath<contract> : f32
          %v1139 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1138) : (f32) -> f32
          %v1140 = arith.addf %v185, %v1139 fastmath<contract> : f32
          %v1141 = arith.divf %v185, %v1140 : f32
          %v1142 = arith.mulf %v175, %v1141 fastmath<contract> : f32
          %v1143 = arith.mulf %v1136, %v1142 fastmath<contract> : f32
          %v1144 = llvm.mlir.undef : vector<8xf32>
          %v1145 = llvm.insertelement %v1080, %v1144[%v132 : i32] : vector<8xf32>
          %v1146 = llvm.insertelement %v1089, %v1145[%v134 : i32] : vector<8xf32>
          %v1147 = llvm.insertelement %v1098, %v1146[%v136 : i32] : vector<8xf32>
          %v1148 = llvm.insertelement %v1107, %v1147[%v138 : i32] : vector<8xf32>
          %v1149 = llvm.insertelement %v1116, %v1148[%v140 : i32] : vector<8xf32>
          %v1150 = llvm.insertelement %v1125, %v1149[%v142 : i32] : vector<8xf32>
          %v1151 = llvm.insertelement %v1134, %v1150[%v144 : i32] : vector<8xf32>
          %v1152 = llvm.insertelement %v1143, %v1151[%v146 : i32] : vector<8xf32>
          %v1153 = arith.muli %v27, %v125 : i64
          %v1154 = arith.muli %v25, %size_L : i64
          %v1155 = arith.addi %v1153, %v1154 : i64
          %v1156 = arith.addi %v1155, %v123 : i64
          %v1157 = llvm.getelementptr %out_y[%v1156] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          scf.if %v124 {
            llvm.store %v1152, %v1157 {alignment = 32 : i64} : vector<8xf32>, !llvm.ptr
          }
        } else {
          %v1158 = arith.index_cast %v32 : i64 to index
          %v1159 = arith.index_cast %v121 : i64 to index
          %v1160 = arith.index_cast %v2 : i64 to index
          scf.for %v1161 = %v1158 to %v1159 step %v1160 {
            %v1162 = arith.index_cast %v1161 : index to i64
            %v1163 = llvm.getelementptr %v105[%v1162] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v50, %v1163 : f32, !llvm.ptr
          }
          %v1164 = arith.index_cast %v32 : i64 to index
          %v1165 = arith.index_cast %v34 : i64 to index
          %v1166 = arith.index_cast %v2 : i64 to index
          scf.for %v1167 = %v1164 to %v1165 step %v1166 {
            %v1168 = arith.index_cast %v1167 : index to i64
            %v1169 = arith.muli %v25, %v1 : i64
            %v1170 = arith.addi %v1169, %v1168 : i64
            %v1171 = llvm.getelementptr %in_A[%v1170] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1172 = llvm.load %v1171 : !llvm.ptr -> f32
            %v1173 = arith.mulf %v1172, %v182 fastmath<contract> : f32
            %v1174 = arith.muli %v25, %v1 : i64
            %v1175 = arith.constant 8 : i64
            %v1176 = arith.addi %v1175, %v1168 : i64
            %v1177 = arith.addi %v1174, %v1176 : i64
            %v1178 = llvm.getelementptr %in_A[%v1177] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1179 = llvm.load %v1178 : !llvm.ptr -> f32
            %v1180 = arith.mulf %v1179, %v182 fastmath<contract> : f32
            llvm.store %v185, %v6 : f32, !llvm.ptr
            llvm.store %v185, %v7 : f32, !llvm.ptr
            llvm.store %v50, %v8 : f32, !llvm.ptr
            llvm.store %v50, %v9 : f32, !llvm.ptr
            %v1181 = arith.index_cast %v32 : i64 to index
            %v1182 = arith.index_cast %v121 : i64 to index
            %v1183 = arith.index_cast %v2 : i64 to index
            scf.for %v1184 = %v1181 to %v1182 step %v1183 {
              %v1185 = arith.index_cast %v1184 : index to i64
              %v1186 = arith.addi %v118, %v1185 : i64
              %v1187 = arith.muli %v27, %v125 : i64
              %v1188 = arith.muli %v25, %size_L : i64
              %v1189 = arith.addi %v1187, %v1188 : i64
              %v1190 = arith.addi %v1189, %v1186 : i64
              %v1191 = llvm.getelementptr %in_delta[%v1190] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1192 = llvm.load %v1191 : !llvm.ptr -> f32
              %v1193 = arith.addf %v1192, %v177 fastmath<contract> : f32
              %v1194 = arith.maximumf %v1193, %v50 : f32
              %v1195 = llvm.call_intrinsic "llvm.fabs.f32"(%v1193) : (f32) -> f32
              %v1196 = arith.negf %v1195 : f32
              %v1197 = arith.mulf %v1196, %v182 fastmath<contract> : f32
              %v1198 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1197) : (f32) -> f32
              %v1199 = arith.addf %v185, %v1198 fastmath<contract> : f32
              %v1200 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v1199) : (f32) -> f32
              %v1201 = arith.mulf %v1200, %v188 fastmath<contract> : f32
              %v1202 = arith.mulf %v190, %v1198 fastmath<contract> : f32
              %v1203 = arith.addf %v1202, %v192 fastmath<contract> : f32
              %v1204 = arith.mulf %v1203, %v1198 fastmath<contract> : f32
              %v1205 = arith.addf %v1204, %v195 fastmath<contract> : f32
              %v1206 = arith.mulf %v1205, %v1198 fastmath<contract> : f32
              %v1207 = arith.addf %v1206, %v198 fastmath<contract> : f32
              %v1208 = arith.mulf %v1207, %v1198 fastmath<contract> : f32
              %v1209 = arith.addf %v1208, %v201 fastmath<contract> : f32
              %v1210 = arith.mulf %v1209, %v1198 fastmath<contract> : f32
              %v1211 = arith.addf %v1210, %v204 fastmath<contract> : f32
              %v1212 = arith.mulf %v1211, %v1198 fastmath<contract> : f32
              %v1213 = arith.addf %v1212, %v185 fastmath<contract> : f32
              %v1214 = arith.mulf %v1213, %v1198 fastmath<contract> : f32
              %v1215 = llvm.call_intrinsic "llvm.fabs.f32"(%v1198) : (f32) -> f32
              %v1216 = arith.cmpf olt, %v1215, %v210 : f32
              %v1217 = arith.select %v1216, %v1214, %v1201 : f32
              %v1218 = arith.addf %v1194, %v1217 fastmath<contract> : f32
              %v1219 = arith.mulf %v1218, %v1173 fastmath<contract> : f32
              %v1220 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1219) : (f32) -> f32
              %v1221 = arith.muli %v27, %v466 : i64
              %v1222 = arith.addi %v1221, %v1186 : i64
              %v1223 = arith.muli %v1168, %size_L : i64
              %v1224 = arith.addi %v1222, %v1223 : i64
              %v1225 = llvm.getelementptr %in_Bm[%v1224] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1226 = llvm.load %v1225 : !llvm.ptr -> f32
              %v1227 = arith.muli %v27, %v125 : i64
              %v1228 = arith.muli %v25, %size_L : i64
              %v1229 = arith.addi %v1227, %v1228 : i64
              %v1230 = arith.addi %v1229, %v1186 : i64
              %v1231 = llvm.getelementptr %in_u[%v1230] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1232 = llvm.load %v1231 : !llvm.ptr -> f32
              %v1233 = arith.mulf %v1218, %v1232 fastmath<contract> : f32
              %v1234 = arith.mulf %v1226, %v1233 fastmath<contract> : f32
              %v1235 = llvm.load %v8 : !llvm.ptr -> f32
              %v1236 = arith.mulf %v1220, %v1235 fastmath<contract> : f32
              %v1237 = arith.addf %v1236, %v1234 fastmath<contract> : f32
              %v1238 = llvm.load %v6 : !llvm.ptr -> f32
              %v1239 = arith.mulf %v1220, %v1238 fastmath<contract> : f32
              %v1240 = arith.mulf %v1218, %v1180 fastmath<contract> : f32
              %v1241 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1240) : (f32) -> f32
              %v1242 = arith.muli %v27, %v466 : i64
              %v1243 = arith.addi %v1242, %v1186 : i64
              %v1244 = arith.constant 8 : i64
              %v1245 = arith.addi %v1244, %v1168 : i64
              %v1246 = arith.muli %v1245, %size_L : i64
              %v1247 = arith.addi %v1243, %v1246 : i64
              %v1248 = llvm.getelementptr %in_Bm[%v1247] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1249 = llvm.load %v1248 : !llvm.ptr -> f32
              %v1250 = arith.mulf %v1249, %v1233 fastmath<contract> : f32
              %v1251 = llvm.load %v9 : !llvm.ptr -> f32
              %v1252 = arith.mulf %v1241, %v1251 fastmath<contract> : f32
              %v1253 = arith.addf %v1252, %v1250 fastmath<contract> : f32
              %v1254 = llvm.load %v7 : !llvm.ptr -> f32
              %v1255 = arith.mulf %v1241, %v1254 fastmath<contract> : f32
              llvm.store %v1237, %v8 : f32, !llvm.ptr
              llvm.store %v1239, %v6 : f32, !llvm.ptr
              llvm.store %v1253, %v9 : f32, !llvm.ptr
              llvm.store %v1255, %v7 : f32, !llvm.ptr
            }
            %v1256 = llvm.load %v6 : !llvm.ptr -> f32
            %v1257 = llvm.load %v8 : !llvm.ptr -> f32
            %v1258 = llvm.load %v7 : !llvm.ptr -> f32
            %v1259 = llvm.load %v9 : !llvm.ptr -> f32
            %v1260 = arith.addi %v116, %v1168 : i64
            %v1261 = arith.andi %v1260, %v2 : i64
            %v1262 = arith.muli %v1261, %v34 : i64
            %v1263, %v1264 = gpu.shuffle up %v1256, %v134, %v671 : f32
            %v1265, %v1266 = gpu.shuffle up %v1257, %v134, %v671 : f32
            %v1267 = arith.mulf %v1256, %v1263 fastmath<contract> : f32
            %v1268 = arith.mulf %v1256, %v1265 fastmath<contract> : f32
            %v1269 = arith.addf %v1268, %v1257 fastmath<contract> : f32
            %v1270 = arith.cmpi uge, %v30, %v2 : i64
            %v1271 = arith.select %v1270, %v1267, %v1256 : f32
            %v1272 = arith.select %v1270, %v1269, %v1257 : f32
            %v1273, %v1274 = gpu.shuffle up %v1271, %v136, %v671 : f32
            %v1275, %v1276 = gpu.shuffle up %v1272, %v136, %v671 : f32
            %v1277 = arith.mulf %v1271, %v1273 fastmath<contract> : f32
            %v1278 = arith.mulf %v1271, %v1275 fastmath<contract> : f32
            %v1279 = arith.addf %v1278, %v1272 fastmath<contract> : f32
            %v1280 = arith.cmpi uge, %v30, %v63 : i64
            %v1281 = arith.select %v1280, %v1277, %v1271 : f32
            %v1282 = arith.select %v1280, %v1279, %v1272 : f32
            %v1283, %v1284 = gpu.shuffle up %v1281, %v140, %v671 : f32
            %v1285, %v1286 = gpu.shuffle up %v1282, %v140, %v671 : f32
            %v1287 = arith.mulf %v1281, %v1283 fastmath<contract> : f32
            %v1288 = arith.mulf %v1281, %v1285 fastmath<contract> : f32
            %v1289 = arith.addf %v1288, %v1282 fastmath<contract> : f32
            %v1290 = arith.cmpi uge, %v30, %v300 : i64
            %v1291 = arith.select %v1290, %v1287, %v1281 : f32
            %v1292 = arith.select %v1290, %v1289, %v1282 : f32
            %v1293, %v1294 = gpu.shuffle up %v1291, %v702, %v671 : f32
            %v1295, %v1296 = gpu.shuffle up %v1292, %v702, %v671 : f32
            %v1297 = arith.mulf %v1291, %v1293 fastmath<contract> : f32
            %v1298 = arith.mulf %v1291, %v1295 fastmath<contract> : f32
            %v1299 = arith.addf %v1298, %v1292 fastmath<contract> : f32
            %v1300 = arith.cmpi uge, %v30, %v34 : i64
            %v1301 = arith.select %v1300, %v1297, %v1291 : f32
            %v1302 = arith.select %v1300, %v1299, %v1292 : f32
            %v1303, %v1304 = gpu.shuffle up %v1301, %v713, %v671 : f32
            %v1305, %v1306 = gpu.shuffle up %v1302, %v713, %v671 : f32
            %v1307 = arith.mulf %v1301, %v1303 fastmath<contract> : f32
            %v1308 = arith.mulf %v1301, %v1305 fastmath<contract> : f32
            %v1309 = arith.addf %v1308, %v1302 fastmath<contract> : f32
            %v1310 = arith.cmpi uge, %v30, %v1 : i64
            %v1311 = arith.select %v1310, %v1307, %v1301 : f32
            %v1312 = arith.select %v1310, %v1309, %v1302 : f32
            %v1313 = arith.cmpi eq, %v30, %v724 : i64
            %v1314 = arith.addi %v1262, %v31 : i64
            scf.if %v1313 {
              %v1315 = llvm.getelementptr %v13[%v1314] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1311, %v1315 : f32, !llvm.ptr
              %v1316 = llvm.getelementptr %v15[%v1314] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1312, %v1316 : f32, !llvm.ptr
            }
            %v1317, %v1318 = gpu.shuffle up %v1311, %v134, %v671 : f32
            %v1319, %v1320 = gpu.shuffle up %v1312, %v134, %v671 : f32
            %v1321 = arith.cmpi eq, %v30, %v32 : i64
            %v1322 = arith.select %v1321, %v185, %v1317 : f32
            %v1323 = arith.select %v1321, %v50, %v1319 : f32
            %v1324, %v1325 = gpu.shuffle up %v1258, %v134, %v671 : f32
            %v1326, %v1327 = gpu.shuffle up %v1259, %v134, %v671 : f32
            %v1328 = arith.mulf %v1258, %v1324 fastmath<contract> : f32
            %v1329 = arith.mulf %v1258, %v1326 fastmath<contract> : f32
            %v1330 = arith.addf %v1329, %v1259 fastmath<contract> : f32
            %v1331 = arith.cmpi uge, %v30, %v2 : i64
            %v1332 = arith.select %v1331, %v1328, %v1258 : f32
            %v1333 = arith.select %v1331, %v1330, %v1259 : f32
            %v1334, %v1335 = gpu.shuffle up %v1332, %v136, %v671 : f32
            %v1336, %v1337 = gpu.shuffle up %v1333, %v136, %v671 : f32
            %v1338 = arith.mulf %v1332, %v1334 fastmath<contract> : f32
            %v1339 = arith.mulf %v1332, %v1336 fastmath<contract> : f32
            %v1340 = arith.addf %v1339, %v1333 fastmath<contract> : f32
            %v1341 = arith.cmpi uge, %v30, %v63 : i64
            %v1342 = arith.select %v1341, %v1338, %v1332 : f32
            %v1343 = arith.select %v1341, %v1340, %v1333 : f32
            %v1344, %v1345 = gpu.shuffle up %v1342, %v140, %v671 : f32
            %v1346, %v1347 = gpu.shuffle up %v1343, %v140, %v671 : f32
            %v1348 = arith.mulf %v1342, %v1344 fastmath<contract> : f32
            %v1349 = arith.mulf %v1342, %v1346 fastmath<contract> : f32
            %v1350 = arith.addf %v1349, %v1343 fastmath<contract> : f32
            %v1351 = arith.cmpi uge, %v30, %v300 : i64
            %v1352 = arith.select %v1351, %v1348, %v1342 : f32
            %v1353 = arith.select %v1351, %v1350, %v1343 : f32
            %v1354, %v1355 = gpu.shuffle up %v1352, %v702, %v671 : f32
            %v1356, %v1357 = gpu.shuffle up %v1353, %v702, %v671 : f32
            %v1358 = arith.mulf %v1352, %v1354 fastmath<contract> : f32
            %v1359 = arith.mulf %v1352, %v1356 fastmath<contract> : f32
            %v1360 = arith.addf %v1359, %v1353 fastmath<contract> : f32
            %v1361 = arith.cmpi uge, %v30, %v34 : i64
            %v1362 = arith.select %v1361, %v1358, %v1352 : f32
            %v1363 = arith.select %v1361, %v1360, %v1353 : f32
            %v1364, %v1365 = gpu.shuffle up %v1362, %v713, %v671 : f32
            %v1366, %v1367 = gpu.shuffle up %v1363, %v713, %v671 : f32
            %v1368 = arith.mulf %v1362, %v1364 fastmath<contract> : f32
            %v1369 = arith.mulf %v1362, %v1366 fastmath<contract> : f32
            %v1370 = arith.addf %v1369, %v1363 fastmath<contract> : f32
            %v1371 = arith.cmpi uge, %v30, %v1 : i64
            %v1372 = arith.select %v1371, %v1368, %v1362 : f32
            %v1373 = arith.select %v1371, %v1370, %v1363 : f32
            %v1374 = arith.cmpi eq, %v30, %v724 : i64
            %v1375 = arith.addi %v1262, %v300 : i64
            %v1376 = arith.addi %v1375, %v31 : i64
            scf.if %v1374 {
              %v1377 = llvm.getelementptr %v13[%v1376] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1372, %v1377 : f32, !llvm.ptr
              %v1378 = llvm.getelementptr %v15[%v1376] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1373, %v1378 : f32, !llvm.ptr
            }
            %v1379, %v1380 = gpu.shuffle up %v1372, %v134, %v671 : f32
            %v1381, %v1382 = gpu.shuffle up %v1373, %v134, %v671 : f32
            %v1383 = arith.cmpi eq, %v30, %v32 : i64
            %v1384 = arith.select %v1383, %v185, %v1379 : f32
            %v1385 = arith.select %v1383, %v50, %v1381 : f32
            // across warps: each thread composes the warps' totals before its own, and all of them
            gpu.barrier
            %v1386 = llvm.getelementptr %v13[%v1262] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1387 = llvm.load %v1386 : !llvm.ptr -> f32
            %v1388 = llvm.getelementptr %v15[%v1262] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1389 = llvm.load %v1388 : !llvm.ptr -> f32
            %v1390 = arith.mulf %v1387, %v185 fastmath<contract> : f32
            %v1391 = arith.mulf %v1387, %v50 fastmath<contract> : f32
            %v1392 = arith.addf %v1391, %v1389 fastmath<contract> : f32
            %v1393 = arith.cmpi ugt, %v31, %v32 : i64
            %v1394 = arith.select %v1393, %v1390, %v185 : f32
            %v1395 = arith.select %v1393, %v1392, %v50 : f32
            %v1396 = arith.addi %v1262, %v2 : i64
            %v1397 = llvm.getelementptr %v13[%v1396] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1398 = llvm.load %v1397 : !llvm.ptr -> f32
            %v1399 = llvm.getelementptr %v15[%v1396] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1400 = llvm.load %v1399 : !llvm.ptr -> f32
            %v1401 = arith.mulf %v1398, %v1390 fastmath<contract> : f32
            %v1402 = arith.mulf %v1398, %v1392 fastmath<contract> : f32
            %v1403 = arith.addf %v1402, %v1400 fastmath<contract> : f32
            %v1404 = arith.cmpi ugt, %v31, %v2 : i64
            %v1405 = arith.select %v1404, %v1401, %v1394 : f32
            %v1406 = arith.select %v1404, %v1403, %v1395 : f32
            %v1407 = arith.addi %v1262, %v63 : i64
            %v1408 = llvm.getelementptr %v13[%v1407] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1409 = llvm.load %v1408 : !llvm.ptr -> f32
            %v1410 = llvm.getelementptr %v15[%v1407] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1411 = llvm.load %v1410 : !llvm.ptr -> f32
            %v1412 = arith.mulf %v1409, %v1401 fastmath<contract> : f32
            %v1413 = arith.mulf %v1409, %v1403 fastmath<contract> : f32
            %v1414 = arith.addf %v1413, %v1411 fastmath<contract> : f32
            %v1415 = arith.cmpi ugt, %v31, %v63 : i64
            %v1416 = arith.select %v1415, %v1412, %v1405 : f32
            %v1417 = arith.select %v1415, %v1414, %v1406 : f32
            %v1418 = arith.addi %v1262, %v271 : i64
            %v1419 = llvm.getelementptr %v13[%v1418] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1420 = llvm.load %v1419 : !llvm.ptr -> f32
            %v1421 = llvm.getelementptr %v15[%v1418] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1422 = llvm.load %v1421 : !llvm.ptr -> f32
            %v1423 = arith.mulf %v1420, %v1412 fastmath<contract> : f32
            %v1424 = arith.mulf %v1420, %v1414 fastmath<contract> : f32
            %v1425 = arith.addf %v1424, %v1422 fastmath<contract> : f32
            %v1426 = arith.mulf %v1322, %v1416 fastmath<contract> : f32
            %v1427 = arith.mulf %v1322, %v1417 fastmath<contract> : f32
            %v1428 = arith.addf %v1427, %v1323 fastmath<contract> : f32
            %v1429 = arith.addi %v1262, %v300 : i64
            %v1430 = llvm.getelementptr %v13[%v1429] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1431 = llvm.load %v1430 : !llvm.ptr -> f32
            %v1432 = llvm.getelementptr %v15[%v1429] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1433 = llvm.load %v1432 : !llvm.ptr -> f32
            %v1434 = arith.mulf %v1431, %v185 fastmath<contract> : f32
            %v1435 = arith.mulf %v1431, %v50 fastmath<contract> : f32
            %v1436 = arith.addf %v1435, %v1433 fastmath<contract> : f32
            %v1437 = arith.cmpi ugt, %v31, %v32 : i64
            %v1438 = arith.select %v1437, %v1434, %v185 : f32
            %v1439 = arith.select %v1437, %v1436, %v50 : f32
            %v1440 = arith.addi %v1262, %v300 : i64
            %v1441 = arith.addi %v1440, %v2 : i64
            %v1442 = llvm.getelementptr %v13[%v1441] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1443 = llvm.load %v1442 : !llvm.ptr -> f32
            %v1444 = llvm.getelementptr %v15[%v1441] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1445 = llvm.load %v1444 : !llvm.ptr -> f32
            %v1446 = arith.mulf %v1443, %v1434 fastmath<contract> : f32
            %v1447 = arith.mulf %v1443, %v1436 fastmath<contract> : f32
            %v1448 = arith.addf %v1447, %v1445 fastmath<contract> : f32
            %v1449 = arith.cmpi ugt, %v31, %v2 : i64
            %v1450 = arith.select %v1449, %v1446, %v1438 : f32
            %v1451 = arith.select %v1449, %v1448, %v1439 : f32
            %v1452 = arith.addi %v1262, %v300 : i64
            %v1453 = arith.addi %v1452, %v63 : i64
            %v1454 = llvm.getelementptr %v13[%v1453] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1455 = llvm.load %v1454 : !llvm.ptr -> f32
            %v1456 = llvm.getelementptr %v15[%v1453] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1457 = llvm.load %v1456 : !llvm.ptr -> f32
            %v1458 = arith.mulf %v1455, %v1446 fastmath<contract> : f32
            %v1459 = arith.mulf %v1455, %v1448 fastmath<contract> : f32
            %v1460 = arith.addf %v1459, %v1457 fastmath<contract> : f32
            %v1461 = arith.cmpi ugt, %v31, %v63 : i64
            %v1462 = arith.select %v1461, %v1458, %v1450 : f32
            %v1463 = arith.select %v1461, %v1460, %v1451 : f32
            %v1464 = arith.addi %v1262, %v300 : i64
            %v1465 = arith.addi %v1464, %v271 : i64
            %v1466 = llvm.getelementptr %v13[%v1465] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1467 = llvm.load %v1466 : !llvm.ptr -> f32
            %v1468 = llvm.getelementptr %v15[%v1465] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1469 = llvm.load %v1468 : !llvm.ptr -> f32
            %v1470 = arith.mulf %v1467, %v1458 fastmath<contract> : f32
            %v1471 = arith.mulf %v1467, %v1460 fastmath<contract> : f32
            %v1472 = arith.addf %v1471, %v1469 fastmath<contract> : f32
            %v1473 = arith.mulf %v1384, %v1462 fastmath<contract> : f32
            %v1474 = arith.mulf %v1384, %v1463 fastmath<contract> : f32
            %v1475 = arith.addf %v1474, %v1385 fastmath<contract> : f32
            %v1476 = arith.muli %v1168, %v63 : i64
            %v1477 = arith.addi %v114, %v1476 : i64
            %v1478 = llvm.getelementptr %v17[%v1477] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1479 = llvm.load %v1478 : !llvm.ptr -> f32
            %v1480 = arith.mulf %v1426, %v1479 fastmath<contract> : f32
            %v1481 = arith.addf %v1480, %v1428 fastmath<contract> : f32
            llvm.store %v1481, %v4 : f32, !llvm.ptr
            %v1482 = arith.mulf %v1423, %v1479 fastmath<contract> : f32
            %v1483 = arith.addf %v1482, %v1425 fastmath<contract> : f32
            %v1484 = arith.muli %v1168, %v63 : i64
            %v1485 = arith.addi %v1484, %v2 : i64
            %v1486 = arith.addi %v114, %v1485 : i64
            %v1487 = llvm.getelementptr %v17[%v1486] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1488 = llvm.load %v1487 : !llvm.ptr -> f32
            %v1489 = arith.mulf %v1473, %v1488 fastmath<contract> : f32
            %v1490 = arith.addf %v1489, %v1475 fastmath<contract> : f32
            llvm.store %v1490, %v5 : f32, !llvm.ptr
            %v1491 = arith.mulf %v1470, %v1488 fastmath<contract> : f32
            %v1492 = arith.addf %v1491, %v1472 fastmath<contract> : f32
            %v1493 = arith.index_cast %v32 : i64 to index
            %v1494 = arith.index_cast %v121 : i64 to index
            %v1495 = arith.index_cast %v2 : i64 to index
            scf.for %v1496 = %v1493 to %v1494 step %v1495 {
              %v1497 = arith.index_cast %v1496 : index to i64
              %v1498 = arith.addi %v118, %v1497 : i64
              %v1499 = llvm.getelementptr %v105[%v1497] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              // save the states at checkpoint steps (when given somewhere to save them)
              %v1500 = arith.remui %v1498, %v921 : i64
              %v1501 = arith.cmpi eq, %v1500, %v32 : i64
              %v1502 = arith.andi %v1501, %v22 : i1
              scf.if %v1502 {
                %v1503 = arith.divui %v1498, %v921 : i64
                %v1504 = llvm.mlir.zero : !llvm.ptr
                %v1505 = llvm.icmp "ne" %ckpt_h, %v1504 : !llvm.ptr
                scf.if %v1505 {
                  %v1508 = arith.muli %v1503, %v1507 : i64
                  %v1509 = llvm.load %v4 : !llvm.ptr -> f32
                  %v1510 = arith.muli %v27, %v40 : i64
                  %v1511 = arith.muli %v25, %v1 : i64
                  %v1512 = arith.addi %v1510, %v1511 : i64
                  %v1513 = arith.addi %v1512, %v1168 : i64
                  %v1514 = arith.addi %v1508, %v1513 : i64
                  %v1515 = llvm.getelementptr %ckpt_h[%v1514] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1509, %v1515 : f32, !llvm.ptr
                  %v1516 = llvm.load %v5 : !llvm.ptr -> f32
                  %v1517 = arith.muli %v27, %v40 : i64
                  %v1518 = arith.muli %v25, %v1 : i64
                  %v1519 = arith.addi %v1517, %v1518 : i64
                  %v1520 = arith.constant 8 : i64
                  %v1521 = arith.addi %v1520, %v1168 : i64
                  %v1522 = arith.addi %v1519, %v1521 : i64
                  %v1523 = arith.addi %v1508, %v1522 : i64
                  %v1524 = llvm.getelementptr %ckpt_h[%v1523] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1516, %v1524 : f32, !llvm.ptr
                }
              }
              // end save
              %v1525 = arith.muli %v27, %v125 : i64
              %v1526 = arith.muli %v25, %size_L : i64
              %v1527 = arith.addi %v1525, %v1526 : i64
              %v1528 = arith.addi %v1527, %v1498 : i64
              %v1529 = llvm.getelementptr %in_delta[%v1528] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1530 = llvm.load %v1529 : !llvm.ptr -> f32
              %v1531 = arith.addf %v1530, %v177 fastmath<contract> : f32
              %v1532 = arith.maximumf %v1531, %v50 : f32
              %v1533 = llvm.call_intrinsic "llvm.fabs.f32"(%v1531) : (f32) -> f32
              %v1534 = arith.negf %v1533 : f32
              %v1535 = arith.mulf %v1534, %v182 fastmath<contract> : f32
              %v1536 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1535) : (f32) -> f32
              %v1537 = arith.addf %v185, %v1536 fastmath<contract> : f32
              %v1538 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v1537) : (f32) -> f32
              %v1539 = arith.mulf %v1538, %v188 fastmath<contract> : f32
              %v1540 = arith.mulf %v190, %v1536 fastmath<contract> : f32
              %v1541 = arith.addf %v1540, %v192 fastmath<contract> : f32
              %v1542 = arith.mulf %v1541, %v1536 fastmath<contract> : f32
              %v1543 = arith.addf %v1542, %v195 fastmath<contract> : f32
              %v1544 = arith.mulf %v1543, %v1536 fastmath<contract> : f32
              %v1545 = arith.addf %v1544, %v198 fastmath<contract> : f32
              %v1546 = arith.mulf %v1545, %v1536 fastmath<contract> : f32
              %v1547 = arith.addf %v1546, %v201 fastmath<contract> : f32
              %v1548 = arith.mulf %v1547, %v1536 fastmath<contract> : f32
              %v1549 = arith.addf %v1548, %v204 fastmath<contract> : f32
              %v1550 = arith.mulf %v1549, %v1536 fastmath<contract> : f32
              %v1551 = arith.addf %v1550, %v185 fastmath<contract> : f32
              %v1552 = arith.mulf %v1551, %v1536 fastmath<contract> : f32
              %v1553 = llvm.call_intrinsic "llvm.fabs.f32"(%v1536) : (f32) -> f32
              %v1554 = arith.cmpf olt, %v1553, %v210 : f32
              %v1555 = arith.select %v1554, %v1552, %v1539 : f32
              %v1556 = arith.addf %v1532, %v1555 fastmath<contract> : f32
              %v1557 = arith.mulf %v1556, %v1173 fastmath<contract> : f32
              %v1558 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1557) : (f32) -> f32
              %v1559 = arith.muli %v27, %v466 : i64
              %v1560 = arith.addi %v1559, %v1498 : i64
              %v1561 = arith.muli %v1168, %size_L : i64
              %v1562 = arith.addi %v1560, %v1561 : i64
              %v1563 = llvm.getelementptr %in_Bm[%v1562] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1564 = llvm.load %v1563 : !llvm.ptr -> f32
              %v1565 = arith.muli %v27, %v125 : i64
              %v1566 = arith.muli %v25, %size_L : i64
              %v1567 = arith.addi %v1565, %v1566 : i64
              %v1568 = arith.addi %v1567, %v1498 : i64
              %v1569 = llvm.getelementptr %in_u[%v1568] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1570 = llvm.load %v1569 : !llvm.ptr -> f32
              %v1571 = arith.mulf %v1556, %v1570 fastmath<contract> : f32
              %v1572 = arith.mulf %v1564, %v1571 fastmath<contract> : f32
              %v1573 = llvm.load %v4 : !llvm.ptr -> f32
              %v1574 = arith.mulf %v1558, %v1573 fastmath<contract> : f32
              %v1575 = arith.addf %v1574, %v1572 fastmath<contract> : f32
              %v1576 = arith.mulf %v1556, %v1180 fastmath<contract> : f32
              %v1577 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1576) : (f32) -> f32
              %v1578 = arith.muli %v27, %v466 : i64
              %v1579 = arith.addi %v1578, %v1498 : i64
              %v1580 = arith.constant 8 : i64
              %v1581 = arith.addi %v1580, %v1168 : i64
              %v1582 = arith.muli %v1581, %size_L : i64
              %v1583 = arith.addi %v1579, %v1582 : i64
              %v1584 = llvm.getelementptr %in_Bm[%v1583] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1585 = llvm.load %v1584 : !llvm.ptr -> f32
              %v1586 = arith.mulf %v1585, %v1571 fastmath<contract> : f32
              %v1587 = llvm.load %v5 : !llvm.ptr -> f32
              %v1588 = arith.mulf %v1577, %v1587 fastmath<contract> : f32
              %v1589 = arith.addf %v1588, %v1586 fastmath<contract> : f32
              llvm.store %v1575, %v4 : f32, !llvm.ptr
              llvm.store %v1589, %v5 : f32, !llvm.ptr
              %v1590 = arith.muli %v27, %v466 : i64
              %v1591 = arith.addi %v1590, %v1498 : i64
              %v1592 = arith.muli %v1168, %size_L : i64
              %v1593 = arith.addi %v1591, %v1592 : i64
              %v1594 = llvm.getelementptr %in_Cm[%v1593] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1595 = llvm.load %v1594 : !llvm.ptr -> f32
              %v1596 = llvm.load %v4 : !llvm.ptr -> f32
              %v1597 = arith.mulf %v1595, %v1596 fastmath<contract> : f32
              %v1598 = llvm.load %v1499 : !llvm.ptr -> f32
              %v1599 = arith.addf %v1598, %v1597 fastmath<contract> : f32
              llvm.store %v1599, %v1499 : f32, !llvm.ptr
              %v1600 = arith.muli %v27, %v466 : i64
              %v1601 = arith.addi %v1600, %v1498 : i64
              %v1602 = arith.constant 8 : i64
              %v1603 = arith.addi %v1602, %v1168 : i64
              %v1604 = arith.muli %v1603, %size_L : i64
              %v1605 = arith.addi %v1601, %v1604 : i64
              %v1606 = llvm.getelementptr %in_Cm[%v1605] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1607 = llvm.load %v1606 : !llvm.ptr -> f32
              %v1608 = llvm.load %v5 : !llvm.ptr -> f32
              %v1609 = arith.mulf %v1607, %v1608 fastmath<contract> : f32
              %v1610 = llvm.load %v1499 : !llvm.ptr -> f32
              %v1611 = arith.addf %v1610, %v1609 fastmath<contract> : f32
              llvm.store %v1611, %v1499 : f32, !llvm.ptr
            }
            scf.if %v33 {
              %v1612 = arith.muli %v1168, %v63 : i64
              %v1613 = arith.addi %v115, %v1612 : i64
              %v1614 = llvm.getelementptr %v17[%v1613] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1483, %v1614 : f32, !llvm.ptr
              %v1615 = arith.muli %v1168, %v63 : i64
              %v1616 = arith.addi %v1615, %v2 : i64
              %v1617 = arith.addi %v115, %v1616 : i64
              %v1618 = llvm.getelementptr %v17[%v1617] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1492, %v1618 : f32, !llvm.ptr
            }
          }
          %v1619 = arith.index_cast %v32 : i64 to index
          %v1620 = arith.index_cast %v121 : i64 to index
          %v1621 = arith.index_cast %v2 : i64 to index
          scf.for %v1622 = %v1619 to %v1620 step %v1621 {
            %v1623 = arith.index_cast %v1622 : index to i64
            %v1624 = arith.addi %v118, %v1623 : i64
            %v1625 = llvm.getelementptr %v105[%v1623] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1626 = llvm.load %v1625 : !llvm.ptr -> f32
            %v1627 = arith.muli %v27, %v125 : i64
            %v1628 = arith.muli %v25, %size_L : i64
            %v1629 = arith.addi %v1627, %v1628 : i64
            %v1630 = arith.addi %v1629, %v1624 : i64
            %v1631 = llvm.getelementptr %in_u[%v1630] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1632 = llvm.load %v1631 : !llvm.ptr -> f32
            %v1633 = arith.mulf %v1632, %v431 fastmath<contract> : f32
            %v1634 = arith.addf %v1626, %v1633 fastmath<contract> : f32
            %v1635 = arith.muli %v27, %v125 : i64
            %v1636 = arith.muli %v25, %size_L : i64
            %v1637 = arith.addi %v1635, %v1636 : i64
            %v1638 = arith.addi %v1637, %v1624 : i64
            %v1639 = llvm.getelementptr %in_z[%v1638] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1640 = llvm.load %v1639 : !llvm.ptr -> f32
            %v1641 = arith.negf %v1640 : f32
            %v1642 = arith.mulf %v1641, %v182 fastmath<contract> : f32
            %v1643 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1642) : (f32) -> f32
            %v1644 = arith.addf %v185, %v1643 fastmath<contract> : f32
            %v1645 = arith.divf %v185, %v1644 : f32
            %v1646 = arith.mulf %v1640, %v1645 fastmath<contract> : f32
            %v1647 = arith.mulf %v1634, %v1646 fastmath<contract> : f32
            scf.if %v22 {
              %v1648 = arith.muli %v27, %v125 : i64
              %v1649 = arith.muli %v25, %size_L : i64
              %v1650 = arith.addi %v1648, %v1649 : i64
              %v1651 = arith.addi %v1650, %v1624 : i64
              %v1652 = llvm.getelementptr %out_y[%v1651] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1647, %v1652 : f32, !llvm.ptr
            }
          }
        }
      }
      // end scan
      gpu.barrier
      %v1653 = arith.andi %v22, %v33 : i1
      %v1655 = arith.addi %size_L, %v1654 : i64
      %v1656 = arith.divui %v1655, %v96 : i64
      %v1657 = arith.andi %v1656, %v2 : i64
      %v1658 = arith.muli %v1657, %v1 : i64
      %v1659 = arith.index_cast %v32 : i64 to index
      %v1660 = arith.index_cast %v34 : i64 to index
      %v1661 = arith.index_cast %v2 : i64 to index
      scf.for %v1662 = %v1659 to %v1660 step %v1661 {
        %v1663 = arith.index_cast %v1662 : index to i64
        %v1664 = arith.muli %v1663, %v63 : i64
        %v1665 = arith.addi %v1658, %v1664 : i64
        %v1666 = llvm.getelementptr %v17[%v1665] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1667 = llvm.load %v1666 : !llvm.ptr -> f32
        llvm.store %v1667, %v10 : f32, !llvm.ptr
        %v1668 = arith.muli %v1663, %v63 : i64
        %v1669 = arith.addi %v1668, %v2 : i64
        %v1670 = arith.addi %v1658, %v1669 : i64
        %v1671 = llvm.getelementptr %v17[%v1670] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1672 = llvm.load %v1671 : !llvm.ptr -> f32
        llvm.store %v1672, %v11 : f32, !llvm.ptr
        %v1673 = llvm.load %v10 : !llvm.ptr -> f32
        %v1674 = llvm.load %v11 : !llvm.ptr -> f32
        scf.if %v1653 {
          %v1675 = arith.muli %v27, %v40 : i64
          %v1676 = arith.muli %v25, %v1 : i64
          %v1677 = arith.addi %v1675, %v1676 : i64
          %v1678 = arith.addi %v1677, %v1663 : i64
          %v1679 = llvm.getelementptr %out_h_last[%v1678] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v1673, %v1679 : f32, !llvm.ptr
          %v1680 = arith.muli %v27, %v40 : i64
          %v1681 = arith.muli %v25, %v1 : i64
          %v1682 = arith.addi %v1680, %v1681 : i64
          %v1683 = arith.constant 8 : i64
          %v1684 = arith.addi %v1683, %v1663 : i64
          %v1685 = arith.addi %v1682, %v1684 : i64
          %v1686 = llvm.getelementptr %out_h_last[%v1685] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v1674, %v1686 : f32, !llvm.ptr
        }
      }
      gpu.return
    }
  }
}
