module attributes {gpu.container_module} {
  gpu.module @linrec {
    llvm.mlir.global internal @warp_a_selective_scan_fwd_block() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<10 x f32>
    llvm.mlir.global internal @warp_b_selective_scan_fwd_block() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<10 x f32>
    llvm.mlir.global internal @running_selective_scan_fwd_block() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<16 x f32>
    gpu.func @selective_scan_fwd_block(%in_u: !llvm.ptr, %in_delta: !llvm.ptr, %in_z: !llvm.ptr, %in_A: !llvm.ptr, %in_Bm: !llvm.ptr, %in_Cm: !llvm.ptr, %in_Dskip: !llvm.ptr, %in_dt_bias: !llvm.ptr, %in_h0: !llvm.ptr, %out_y: !llvm.ptr, %out_h_last: !llvm.ptr, %ckpt_h: !llvm.ptr, %size_B: i64, %size_D: i64, %size_L: i64, %size_N: i64) kernel {
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
      %v12 = llvm.mlir.addressof @warp_a_selective_scan_fwd_block : !llvm.ptr<3>
      %v13 = llvm.addrspacecast %v12 : !llvm.ptr<3> to !llvm.ptr
      %v14 = llvm.mlir.addressof @warp_b_selective_scan_fwd_block : !llvm.ptr<3>
      %v15 = llvm.addrspacecast %v14 : !llvm.ptr<3> to !llvm.ptr
      %v16 = llvm.mlir.addressof @running_selective_scan_fwd_block : !llvm.ptr<3>
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
      %v119 = arith.muli %size_L, %size_D : i64
      %v126 = arith.constant 0 : i32
      %v128 = arith.constant 1 : i32
      %v130 = arith.constant 2 : i32
      %v132 = arith.constant 3 : i32
      %v134 = arith.constant 4 : i32
      %v136 = arith.constant 5 : i32
      %v138 = arith.constant 6 : i32
      %v140 = arith.constant 7 : i32
      %v176 = arith.constant 0x3FB8AA3B : f32
      %v179 = arith.constant 0x3F800000 : f32
      %v182 = arith.constant 0x3F317218 : f32
      %v184 = arith.constant 0x3E124925 : f32
      %v186 = arith.constant 0xBE2AAAAB : f32
      %v189 = arith.constant 0x3E4CCCCD : f32
      %v192 = arith.constant 0xBE800000 : f32
      %v195 = arith.constant 0x3EAAAAAB : f32
      %v198 = arith.constant 0xBF000000 : f32
      %v204 = arith.constant 0x3D800000 : f32
      %v265 = arith.constant 3 : i64
      %v294 = arith.constant 4 : i64
      %v323 = arith.constant 5 : i64
      %v352 = arith.constant 6 : i64
      %v381 = arith.constant 7 : i64
      %v458 = arith.muli %size_L, %v1 : i64
      %v632 = arith.constant 32 : i32
      %v663 = arith.constant 8 : i32
      %v674 = arith.constant 16 : i32
      %v685 = arith.constant 31 : i64
      %v757 = arith.constant 128 : i64
      %v822 = arith.constant 9 : i64
      %v875 = arith.constant 64 : i64
      %v882 = arith.muli %size_B, %size_D : i64
      %v883 = arith.muli %v882, %v1 : i64
      %v1432 = arith.muli %size_B, %size_D : i64
      %v1433 = arith.muli %v1432, %v1 : i64
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
      %v170 = llvm.getelementptr %in_dt_bias[%v25] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v171 = llvm.load %v170 : !llvm.ptr -> f32
      %v424 = llvm.getelementptr %in_Dskip[%v25] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v425 = llvm.load %v424 : !llvm.ptr -> f32
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
        %v111 = arith.muli %v20, %v34 : i64
        %v112 = arith.addi %v110, %v111 : i64
        %v113 = arith.subi %size_L, %v112 : i64
        %v114 = arith.maxsi %v113, %v32 : i64
        %v115 = arith.minsi %v114, %v34 : i64
        %v116 = arith.addi %v110, %v96 : i64
        %v117 = arith.cmpi sle, %v116, %size_L : i64
        %v118 = arith.andi %v117, %v95 : i1
        scf.if %v118 {
          // 0. the K steps' values every point shares
          %v120 = arith.muli %v27, %v119 : i64
          %v121 = arith.muli %v25, %size_L : i64
          %v122 = arith.addi %v120, %v121 : i64
          %v123 = arith.addi %v122, %v112 : i64
          %v124 = llvm.getelementptr %in_delta[%v123] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v125 = llvm.load %v124 {alignment = 32 : i64} : !llvm.ptr -> vector<8xf32>
          %v127 = llvm.extractelement %v125[%v126 : i32] : vector<8xf32>
          %v129 = llvm.extractelement %v125[%v128 : i32] : vector<8xf32>
          %v131 = llvm.extractelement %v125[%v130 : i32] : vector<8xf32>
          %v133 = llvm.extractelement %v125[%v132 : i32] : vector<8xf32>
          %v135 = llvm.extractelement %v125[%v134 : i32] : vector<8xf32>
          %v137 = llvm.extractelement %v125[%v136 : i32] : vector<8xf32>
          %v139 = llvm.extractelement %v125[%v138 : i32] : vector<8xf32>
          %v141 = llvm.extractelement %v125[%v140 : i32] : vector<8xf32>
          %v142 = arith.muli %v27, %v119 : i64
          %v143 = arith.muli %v25, %size_L : i64
          %v144 = arith.addi %v142, %v143 : i64
          %v145 = arith.addi %v144, %v112 : i64
          %v146 = llvm.getelementptr %in_u[%v145] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v147 = llvm.load %v146 {alignment = 32 : i64} : !llvm.ptr -> vector<8xf32>
          %v148 = llvm.extractelement %v147[%v126 : i32] : vector<8xf32>
          %v149 = llvm.extractelement %v147[%v128 : i32] : vector<8xf32>
          %v150 = llvm.extractelement %v147[%v130 : i32] : vector<8xf32>
          %v151 = llvm.extractelement %v147[%v132 : i32] : vector<8xf32>
          %v152 = llvm.extractelement %v147[%v134 : i32] : vector<8xf32>
          %v153 = llvm.extractelement %v147[%v136 : i32] : vector<8xf32>
          %v154 = llvm.extractelement %v147[%v138 : i32] : vector<8xf32>
          %v155 = llvm.extractelement %v147[%v140 : i32] : vector<8xf32>
          %v156 = arith.muli %v27, %v119 : i64
          %v157 = arith.muli %v25, %size_L : i64
          %v158 = arith.addi %v156, %v157 : i64
          %v159 = arith.addi %v158, %v112 : i64
          %v160 = llvm.getelementptr %in_z[%v159] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v161 = llvm.load %v160 {alignment = 32 : i64} : !llvm.ptr -> vector<8xf32>
          %v162 = llvm.extractelement %v161[%v126 : i32] : vector<8xf32>
          %v163 = llvm.extractelement %v161[%v128 : i32] : vector<8xf32>
          %v164 = llvm.extractelement %v161[%v130 : i32] : vector<8xf32>
          %v165 = llvm.extractelement %v161[%v132 : i32] : vector<8xf32>
          %v166 = llvm.extractelement %v161[%v134 : i32] : vector<8xf32>
          %v167 = llvm.extractelement %v161[%v136 : i32] : vector<8xf32>
          %v168 = llvm.extractelement %v161[%v138 : i32] : vector<8xf32>
          %v169 = llvm.extractelement %v161[%v140 : i32] : vector<8xf32>
          %v172 = arith.addf %v127, %v171 fastmath<contract> : f32
          %v173 = arith.maximumf %v172, %v50 : f32
          %v174 = llvm.call_intrinsic "llvm.fabs.f32"(%v172) : (f32) -> f32
          %v175 = arith.negf %v174 : f32
          %v177 = arith.mulf %v175, %v176 fastmath<contract> : f32
          %v178 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v177) : (f32) -> f32
          %v180 = arith.addf %v179, %v178 fastmath<contract> : f32
          %v181 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v180) : (f32) -> f32
          %v183 = arith.mulf %v181, %v182 fastmath<contract> : f32
          %v185 = arith.mulf %v184, %v178 fastmath<contract> : f32
          %v187 = arith.addf %v185, %v186 fastmath<contract> : f32
          %v188 = arith.mulf %v187, %v178 fastmath<contract> : f32
          %v190 = arith.addf %v188, %v189 fastmath<contract> : f32
          %v191 = arith.mulf %v190, %v178 fastmath<contract> : f32
          %v193 = arith.addf %v191, %v192 fastmath<contract> : f32
          %v194 = arith.mulf %v193, %v178 fastmath<contract> : f32
          %v196 = arith.addf %v194, %v195 fastmath<contract> : f32
          %v197 = arith.mulf %v196, %v178 fastmath<contract> : f32
          %v199 = arith.addf %v197, %v198 fastmath<contract> : f32
          %v200 = arith.mulf %v199, %v178 fastmath<contract> : f32
          %v201 = arith.addf %v200, %v179 fastmath<contract> : f32
          %v202 = arith.mulf %v201, %v178 fastmath<contract> : f32
          %v203 = llvm.call_intrinsic "llvm.fabs.f32"(%v178) : (f32) -> f32
          %v205 = arith.cmpf olt, %v203, %v204 : f32
          %v206 = arith.select %v205, %v202, %v183 : f32
          %v207 = arith.addf %v173, %v206 fastmath<contract> : f32
          %v208 = arith.mulf %v207, %v148 fastmath<contract> : f32
          %v209 = arith.addi %v112, %v2 : i64
          %v210 = arith.addf %v129, %v171 fastmath<contract> : f32
          %v211 = arith.maximumf %v210, %v50 : f32
          %v212 = llvm.call_intrinsic "llvm.fabs.f32"(%v210) : (f32) -> f32
          %v213 = arith.negf %v212 : f32
          %v214 = arith.mulf %v213, %v176 fastmath<contract> : f32
          %v215 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v214) : (f32) -> f32
          %v216 = arith.addf %v179, %v215 fastmath<contract> : f32
          %v217 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v216) : (f32) -> f32
          %v218 = arith.mulf %v217, %v182 fastmath<contract> : f32
          %v219 = arith.mulf %v184, %v215 fastmath<contract> : f32
          %v220 = arith.addf %v219, %v186 fastmath<contract> : f32
          %v221 = arith.mulf %v220, %v215 fastmath<contract> : f32
          %v222 = arith.addf %v221, %v189 fastmath<contract> : f32
          %v223 = arith.mulf %v222, %v215 fastmath<contract> : f32
          %v224 = arith.addf %v223, %v192 fastmath<contract> : f32
          %v225 = arith.mulf %v224, %v215 fastmath<contract> : f32
          %v226 = arith.addf %v225, %v195 fastmath<contract> : f32
          %v227 = arith.mulf %v226, %v215 fastmath<contract> : f32
          %v228 = arith.addf %v227, %v198 fastmath<contract> : f32
          %v229 = arith.mulf %v228, %v215 fastmath<contract> : f32
          %v230 = arith.addf %v229, %v179 fastmath<contract> : f32
          %v231 = arith.mulf %v230, %v215 fastmath<contract> : f32
          %v232 = llvm.call_intrinsic "llvm.fabs.f32"(%v215) : (f32) -> f32
          %v233 = arith.cmpf olt, %v232, %v204 : f32
          %v234 = arith.select %v233, %v231, %v218 : f32
          %v235 = arith.addf %v211, %v234 fastmath<contract> : f32
          %v236 = arith.mulf %v235, %v149 fastmath<contract> : f32
          %v237 = arith.addi %v112, %v63 : i64
          %v238 = arith.addf %v131, %v171 fastmath<contract> : f32
          %v239 = arith.maximumf %v238, %v50 : f32
          %v240 = llvm.call_intrinsic "llvm.fabs.f32"(%v238) : (f32) -> f32
          %v241 = arith.negf %v240 : f32
          %v242 = arith.mulf %v241, %v176 fastmath<contract> : f32
          %v243 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v242) : (f32) -> f32
          %v244 = arith.addf %v179, %v243 fastmath<contract> : f32
          %v245 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v244) : (f32) -> f32
          %v246 = arith.mulf %v245, %v182 fastmath<contract> : f32
          %v247 = arith.mulf %v184, %v243 fastmath<contract> : f32
          %v248 = arith.addf %v247, %v186 fastmath<contract> : f32
          %v249 = arith.mulf %v248, %v243 fastmath<contract> : f32
          %v250 = arith.addf %v249, %v189 fastmath<contract> : f32
          %v251 = arith.mulf %v250, %v243 fastmath<contract> : f32
          %v252 = arith.addf %v251, %v192 fastmath<contract> : f32
          %v253 = arith.mulf %v252, %v243 fastmath<contract> : f32
          %v254 = arith.addf %v253, %v195 fastmath<contract> : f32
          %v255 = arith.mulf %v254, %v243 fastmath<contract> : f32
          %v256 = arith.addf %v255, %v198 fastmath<contract> : f32
          %v257 = arith.mulf %v256, %v243 fastmath<contract> : f32
          %v258 = arith.addf %v257, %v179 fastmath<contract> : f32
          %v259 = arith.mulf %v258, %v243 fastmath<contract> : f32
          %v260 = llvm.call_intrinsic "llvm.fabs.f32"(%v243) : (f32) -> f32
          %v261 = arith.cmpf olt, %v260, %v204 : f32
          %v262 = arith.select %v261, %v259, %v246 : f32
          %v263 = arith.addf %v239, %v262 fastmath<contract> : f32
          %v264 = arith.mulf %v263, %v150 fastmath<contract> : f32
          %v266 = arith.addi %v112, %v265 : i64
          %v267 = arith.addf %v133, %v171 fastmath<contract> : f32
          %v268 = arith.maximumf %v267, %v50 : f32
          %v269 = llvm.call_intrinsic "llvm.fabs.f32"(%v267) : (f32) -> f32
          %v270 = arith.negf %v269 : f32
          %v271 = arith.mulf %v270, %v176 fastmath<contract> : f32
          %v272 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v271) : (f32) -> f32
          %v273 = arith.addf %v179, %v272 fastmath<contract> : f32
          %v274 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v273) : (f32) -> f32
          %v275 = arith.mulf %v274, %v182 fastmath<contract> : f32
          %v276 = arith.mulf %v184, %v272 fastmath<contract> : f32
          %v277 = arith.addf %v276, %v186 fastmath<contract> : f32
          %v278 = arith.mulf %v277, %v272 fastmath<contract> : f32
          %v279 = arith.addf %v278, %v189 fastmath<contract> : f32
          %v280 = arith.mulf %v279, %v272 fastmath<contract> : f32
          %v281 = arith.addf %v280, %v192 fastmath<contract> : f32
          %v282 = arith.mulf %v281, %v272 fastmath<contract> : f32
          %v283 = arith.addf %v282, %v195 fastmath<contract> : f32
          %v284 = arith.mulf %v283, %v272 fastmath<contract> : f32
          %v285 = arith.addf %v284, %v198 fastmath<contract> : f32
          %v286 = arith.mulf %v285, %v272 fastmath<contract> : f32
          %v287 = arith.addf %v286, %v179 fastmath<contract> : f32
          %v288 = arith.mulf %v287, %v272 fastmath<contract> : f32
          %v289 = llvm.call_intrinsic "llvm.fabs.f32"(%v272) : (f32) -> f32
          %v290 = arith.cmpf olt, %v289, %v204 : f32
          %v291 = arith.select %v290, %v288, %v275 : f32
          %v292 = arith.addf %v268, %v291 fastmath<contract> : f32
          %v293 = arith.mulf %v292, %v151 fastmath<contract> : f32
          %v295 = arith.addi %v112, %v294 : i64
          %v296 = arith.addf %v135, %v171 fastmath<contract> : f32
          %v297 = arith.maximumf %v296, %v50 : f32
          %v298 = llvm.call_intrinsic "llvm.fabs.f32"(%v296) : (f32) -> f32
          %v299 = arith.negf %v298 : f32
          %v300 = arith.mulf %v299, %v176 fastmath<contract> : f32
          %v301 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v300) : (f32) -> f32
          %v302 = arith.addf %v179, %v301 fastmath<contract> : f32
          %v303 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v302) : (f32) -> f32
          %v304 = arith.mulf %v303, %v182 fastmath<contract> : f32
          %v305 = arith.mulf %v184, %v301 fastmath<contract> : f32
          %v306 = arith.addf %v305, %v186 fastmath<contract> : f32
          %v307 = arith.mulf %v306, %v301 fastmath<contract> : f32
          %v308 = arith.addf %v307, %v189 fastmath<contract> : f32
          %v309 = arith.mulf %v308, %v301 fastmath<contract> : f32
          %v310 = arith.addf %v309, %v192 fastmath<contract> : f32
          %v311 = arith.mulf %v310, %v301 fastmath<contract> : f32
          %v312 = arith.addf %v311, %v195 fastmath<contract> : f32
          %v313 = arith.mulf %v312, %v301 fastmath<contract> : f32
          %v314 = arith.addf %v313, %v198 fastmath<contract> : f32
          %v315 = arith.mulf %v314, %v301 fastmath<contract> : f32
          %v316 = arith.addf %v315, %v179 fastmath<contract> : f32
          %v317 = arith.mulf %v316, %v301 fastmath<contract> : f32
          %v318 = llvm.call_intrinsic "llvm.fabs.f32"(%v301) : (f32) -> f32
          %v319 = arith.cmpf olt, %v318, %v204 : f32
          %v320 = arith.select %v319, %v317, %v304 : f32
          %v321 = arith.addf %v297, %v320 fastmath<contract> : f32
          %v322 = arith.mulf %v321, %v152 fastmath<contract> : f32
          %v324 = arith.addi %v112, %v323 : i64
          %v325 = arith.addf %v137, %v171 fastmath<contract> : f32
          %v326 = arith.maximumf %v325, %v50 : f32
          %v327 = llvm.call_intrinsic "llvm.fabs.f32"(%v325) : (f32) -> f32
          %v328 = arith.negf %v327 : f32
          %v329 = arith.mulf %v328, %v176 fastmath<contract> : f32
          %v330 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v329) : (f32) -> f32
          %v331 = arith.addf %v179, %v330 fastmath<contract> : f32
          %v332 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v331) : (f32) -> f32
          %v333 = arith.mulf %v332, %v182 fastmath<contract> : f32
          %v334 = arith.mulf %v184, %v330 fastmath<contract> : f32
          %v335 = arith.addf %v334, %v186 fastmath<contract> : f32
          %v336 = arith.mulf %v335, %v330 fastmath<contract> : f32
          %v337 = arith.addf %v336, %v189 fastmath<contract> : f32
          %v338 = arith.mulf %v337, %v330 fastmath<contract> : f32
          %v339 = arith.addf %v338, %v192 fastmath<contract> : f32
          %v340 = arith.mulf %v339, %v330 fastmath<contract> : f32
          %v341 = arith.addf %v340, %v195 fastmath<contract> : f32
          %v342 = arith.mulf %v341, %v330 fastmath<contract> : f32
          %v343 = arith.addf %v342, %v198 fastmath<contract> : f32
          %v344 = arith.mulf %v343, %v330 fastmath<contract> : f32
          %v345 = arith.addf %v344, %v179 fastmath<contract> : f32
          %v346 = arith.mulf %v345, %v330 fastmath<contract> : f32
          %v347 = llvm.call_intrinsic "llvm.fabs.f32"(%v330) : (f32) -> f32
          %v348 = arith.cmpf olt, %v347, %v204 : f32
          %v349 = arith.select %v348, %v346, %v333 : f32
          %v350 = arith.addf %v326, %v349 fastmath<contract> : f32
          %v351 = arith.mulf %v350, %v153 fastmath<contract> : f32
          %v353 = arith.addi %v112, %v352 : i64
          %v354 = arith.addf %v139, %v171 fastmath<contract> : f32
          %v355 = arith.maximumf %v354, %v50 : f32
          %v356 = llvm.call_intrinsic "llvm.fabs.f32"(%v354) : (f32) -> f32
          %v357 = arith.negf %v356 : f32
          %v358 = arith.mulf %v357, %v176 fastmath<contract> : f32
          %v359 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v358) : (f32) -> f32
          %v360 = arith.addf %v179, %v359 fastmath<contract> : f32
          %v361 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v360) : (f32) -> f32
          %v362 = arith.mulf %v361, %v182 fastmath<contract> : f32
          %v363 = arith.mulf %v184, %v359 fastmath<contract> : f32
          %v364 = arith.addf %v363, %v186 fastmath<contract> : f32
          %v365 = arith.mulf %v364, %v359 fastmath<contract> : f32
          %v366 = arith.addf %v365, %v189 fastmath<contract> : f32
          %v367 = arith.mulf %v366, %v359 fastmath<contract> : f32
          %v368 = arith.addf %v367, %v192 fastmath<contract> : f32
          %v369 = arith.mulf %v368, %v359 fastmath<contract> : f32
          %v370 = arith.addf %v369, %v195 fastmath<contract> : f32
          %v371 = arith.mulf %v370, %v359 fastmath<contract> : f32
          %v372 = arith.addf %v371, %v198 fastmath<contract> : f32
          %v373 = arith.mulf %v372, %v359 fastmath<contract> : f32
          %v374 = arith.addf %v373, %v179 fastmath<contract> : f32
          %v375 = arith.mulf %v374, %v359 fastmath<contract> : f32
          %v376 = llvm.call_intrinsic "llvm.fabs.f32"(%v359) : (f32) -> f32
          %v377 = arith.cmpf olt, %v376, %v204 : f32
          %v378 = arith.select %v377, %v375, %v362 : f32
          %v379 = arith.addf %v355, %v378 fastmath<contract> : f32
          %v380 = arith.mulf %v379, %v154 fastmath<contract> : f32
          %v382 = arith.addi %v112, %v381 : i64
          %v383 = arith.addf %v141, %v171 fastmath<contract> : f32
          %v384 = arith.maximumf %v383, %v50 : f32
          %v385 = llvm.call_intrinsic "llvm.fabs.f32"(%v383) : (f32) -> f32
          %v386 = arith.negf %v385 : f32
          %v387 = arith.mulf %v386, %v176 fastmath<contract> : f32
          %v388 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v387) : (f32) -> f32
          %v389 = arith.addf %v179, %v388 fastmath<contract> : f32
          %v390 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v389) : (f32) -> f32
          %v391 = arith.mulf %v390, %v182 fastmath<contract> : f32
          %v392 = arith.mulf %v184, %v388 fastmath<contract> : f32
          %v393 = arith.addf %v392, %v186 fastmath<contract> : f32
          %v394 = arith.mulf %v393, %v388 fastmath<contract> : f32
          %v395 = arith.addf %v394, %v189 fastmath<contract> : f32
          %v396 = arith.mulf %v395, %v388 fastmath<contract> : f32
          %v397 = arith.addf %v396, %v192 fastmath<contract> : f32
          %v398 = arith.mulf %v397, %v388 fastmath<contract> : f32
          %v399 = arith.addf %v398, %v195 fastmath<contract> : f32
          %v400 = arith.mulf %v399, %v388 fastmath<contract> : f32
          %v401 = arith.addf %v400, %v198 fastmath<contract> : f32
          %v402 = arith.mulf %v401, %v388 fastmath<contract> : f32
          %v403 = arith.addf %v402, %v179 fastmath<contract> : f32
          %v404 = arith.mulf %v403, %v388 fastmath<contract> : f32
          %v405 = llvm.call_intrinsic "llvm.fabs.f32"(%v388) : (f32) -> f32
          %v406 = arith.cmpf olt, %v405, %v204 : f32
          %v407 = arith.select %v406, %v404, %v391 : f32
          %v408 = arith.addf %v384, %v407 fastmath<contract> : f32
          %v409 = arith.mulf %v408, %v155 fastmath<contract> : f32
          %v410 = arith.addi %v112, %v2 : i64
          %v411 = arith.addf %v207, %v235 fastmath<contract> : f32
          %v412 = arith.addi %v112, %v63 : i64
          %v413 = arith.addf %v411, %v263 fastmath<contract> : f32
          %v414 = arith.addi %v112, %v265 : i64
          %v415 = arith.addf %v413, %v292 fastmath<contract> : f32
          %v416 = arith.addi %v112, %v294 : i64
          %v417 = arith.addf %v415, %v321 fastmath<contract> : f32
          %v418 = arith.addi %v112, %v323 : i64
          %v419 = arith.addf %v417, %v350 fastmath<contract> : f32
          %v420 = arith.addi %v112, %v352 : i64
          %v421 = arith.addf %v419, %v379 fastmath<contract> : f32
          %v422 = arith.addi %v112, %v381 : i64
          %v423 = arith.addf %v421, %v408 fastmath<contract> : f32
          %v426 = arith.mulf %v148, %v425 fastmath<contract> : f32
          llvm.store %v426, %v97 : f32, !llvm.ptr
          %v427 = arith.addi %v112, %v2 : i64
          %v428 = arith.mulf %v149, %v425 fastmath<contract> : f32
          llvm.store %v428, %v98 : f32, !llvm.ptr
          %v429 = arith.addi %v112, %v63 : i64
          %v430 = arith.mulf %v150, %v425 fastmath<contract> : f32
          llvm.store %v430, %v99 : f32, !llvm.ptr
          %v431 = arith.addi %v112, %v265 : i64
          %v432 = arith.mulf %v151, %v425 fastmath<contract> : f32
          llvm.store %v432, %v100 : f32, !llvm.ptr
          %v433 = arith.addi %v112, %v294 : i64
          %v434 = arith.mulf %v152, %v425 fastmath<contract> : f32
          llvm.store %v434, %v101 : f32, !llvm.ptr
          %v435 = arith.addi %v112, %v323 : i64
          %v436 = arith.mulf %v153, %v425 fastmath<contract> : f32
          llvm.store %v436, %v102 : f32, !llvm.ptr
          %v437 = arith.addi %v112, %v352 : i64
          %v438 = arith.mulf %v154, %v425 fastmath<contract> : f32
          llvm.store %v438, %v103 : f32, !llvm.ptr
          %v439 = arith.addi %v112, %v381 : i64
          %v440 = arith.mulf %v155, %v425 fastmath<contract> : f32
          llvm.store %v440, %v104 : f32, !llvm.ptr
          %v441 = arith.index_cast %v32 : i64 to index
          %v442 = arith.index_cast %v34 : i64 to index
          %v443 = arith.index_cast %v2 : i64 to index
          scf.for %v444 = %v441 to %v442 step %v443 {
            %v445 = arith.index_cast %v444 : index to i64
            %v446 = arith.muli %v25, %v1 : i64
            %v447 = arith.addi %v446, %v445 : i64
            %v448 = llvm.getelementptr %in_A[%v447] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v449 = llvm.load %v448 : !llvm.ptr -> f32
            %v450 = arith.mulf %v449, %v176 fastmath<contract> : f32
            %v451 = arith.muli %v25, %v1 : i64
            %v452 = arith.constant 8 : i64
            %v453 = arith.addi %v452, %v445 : i64
            %v454 = arith.addi %v451, %v453 : i64
            %v455 = llvm.getelementptr %in_A[%v454] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v456 = llvm.load %v455 : !llvm.ptr -> f32
            %v457 = arith.mulf %v456, %v176 fastmath<contract> : f32
            // 1. this point's K steps composed into one map (A, B)
            llvm.store %v179, %v6 : f32, !llvm.ptr
            llvm.store %v179, %v7 : f32, !llvm.ptr
            llvm.store %v50, %v8 : f32, !llvm.ptr
            llvm.store %v50, %v9 : f32, !llvm.ptr
            %v459 = arith.muli %v27, %v458 : i64
            %v460 = arith.addi %v459, %v112 : i64
            %v461 = arith.muli %v445, %size_L : i64
            %v462 = arith.addi %v460, %v461 : i64
            %v463 = llvm.getelementptr %in_Bm[%v462] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v464 = llvm.load %v463 {alignment = 32 : i64} : !llvm.ptr -> vector<8xf32>
            %v465 = llvm.extractelement %v464[%v126 : i32] : vector<8xf32>
            %v466 = llvm.extractelement %v464[%v128 : i32] : vector<8xf32>
            %v467 = llvm.extractelement %v464[%v130 : i32] : vector<8xf32>
            %v468 = llvm.extractelement %v464[%v132 : i32] : vector<8xf32>
            %v469 = llvm.extractelement %v464[%v134 : i32] : vector<8xf32>
            %v470 = llvm.extractelement %v464[%v136 : i32] : vector<8xf32>
            %v471 = llvm.extractelement %v464[%v138 : i32] : vector<8xf32>
            %v472 = llvm.extractelement %v464[%v140 : i32] : vector<8xf32>
            %v473 = arith.muli %v27, %v458 : i64
            %v474 = arith.addi %v473, %v112 : i64
            %v475 = arith.constant 8 : i64
            %v476 = arith.addi %v475, %v445 : i64
            %v477 = arith.muli %v476, %size_L : i64
            %v478 = arith.addi %v474, %v477 : i64
            %v479 = llvm.getelementptr %in_Bm[%v478] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v480 = llvm.load %v479 {alignment = 32 : i64} : !llvm.ptr -> vector<8xf32>
            %v481 = llvm.extractelement %v480[%v126 : i32] : vector<8xf32>
            %v482 = llvm.extractelement %v480[%v128 : i32] : vector<8xf32>
            %v483 = llvm.extractelement %v480[%v130 : i32] : vector<8xf32>
            %v484 = llvm.extractelement %v480[%v132 : i32] : vector<8xf32>
            %v485 = llvm.extractelement %v480[%v134 : i32] : vector<8xf32>
            %v486 = llvm.extractelement %v480[%v136 : i32] : vector<8xf32>
            %v487 = llvm.extractelement %v480[%v138 : i32] : vector<8xf32>
            %v488 = llvm.extractelement %v480[%v140 : i32] : vector<8xf32>
            %v489 = arith.mulf %v207, %v450 fastmath<contract> : f32
            %v490 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v489) : (f32) -> f32
            %v491 = arith.mulf %v465, %v208 fastmath<contract> : f32
            %v492 = llvm.load %v8 : !llvm.ptr -> f32
            %v493 = arith.mulf %v490, %v492 fastmath<contract> : f32
            %v494 = arith.addf %v493, %v491 fastmath<contract> : f32
            %v495 = llvm.load %v6 : !llvm.ptr -> f32
            %v496 = arith.mulf %v490, %v495 fastmath<contract> : f32
            %v497 = arith.mulf %v207, %v457 fastmath<contract> : f32
            %v498 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v497) : (f32) -> f32
            %v499 = arith.mulf %v481, %v208 fastmath<contract> : f32
            %v500 = llvm.load %v9 : !llvm.ptr -> f32
            %v501 = arith.mulf %v498, %v500 fastmath<contract> : f32
            %v502 = arith.addf %v501, %v499 fastmath<contract> : f32
            %v503 = llvm.load %v7 : !llvm.ptr -> f32
            %v504 = arith.mulf %v498, %v503 fastmath<contract> : f32
            llvm.store %v494, %v8 : f32, !llvm.ptr
            llvm.store %v496, %v6 : f32, !llvm.ptr
            llvm.store %v502, %v9 : f32, !llvm.ptr
            llvm.store %v504, %v7 : f32, !llvm.ptr
            %v505 = arith.addi %v112, %v2 : i64
            %v506 = arith.mulf %v235, %v450 fastmath<contract> : f32
            %v507 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v506) : (f32) -> f32
            %v508 = arith.mulf %v466, %v236 fastmath<contract> : f32
            %v509 = llvm.load %v8 : !llvm.ptr -> f32
            %v510 = arith.mulf %v507, %v509 fastmath<contract> : f32
            %v511 = arith.addf %v510, %v508 fastmath<contract> : f32
            %v512 = llvm.load %v6 : !llvm.ptr -> f32
            %v513 = arith.mulf %v507, %v512 fastmath<contract> : f32
            %v514 = arith.mulf %v235, %v457 fastmath<contract> : f32
            %v515 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v514) : (f32) -> f32
            %v516 = arith.mulf %v482, %v236 fastmath<contract> : f32
            %v517 = llvm.load %v9 : !llvm.ptr -> f32
            %v518 = arith.mulf %v515, %v517 fastmath<contract> : f32
            %v519 = arith.addf %v518, %v516 fastmath<contract> : f32
            %v520 = llvm.load %v7 : !llvm.ptr -> f32
            %v521 = arith.mulf %v515, %v520 fastmath<contract> : f32
            llvm.store %v511, %v8 : f32, !llvm.ptr
            llvm.store %v513, %v6 : f32, !llvm.ptr
            llvm.store %v519, %v9 : f32, !llvm.ptr
            llvm.store %v521, %v7 : f32, !llvm.ptr
            %v522 = arith.addi %v112, %v63 : i64
            %v523 = arith.mulf %v263, %v450 fastmath<contract> : f32
            %v524 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v523) : (f32) -> f32
            %v525 = arith.mulf %v467, %v264 fastmath<contract> : f32
            %v526 = llvm.load %v8 : !llvm.ptr -> f32
            %v527 = arith.mulf %v524, %v526 fastmath<contract> : f32
            %v528 = arith.addf %v527, %v525 fastmath<contract> : f32
            %v529 = llvm.load %v6 : !llvm.ptr -> f32
            %v530 = arith.mulf %v524, %v529 fastmath<contract> : f32
            %v531 = arith.mulf %v263, %v457 fastmath<contract> : f32
            %v532 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v531) : (f32) -> f32
            %v533 = arith.mulf %v483, %v264 fastmath<contract> : f32
            %v534 = llvm.load %v9 : !llvm.ptr -> f32
            %v535 = arith.mulf %v532, %v534 fastmath<contract> : f32
            %v536 = arith.addf %v535, %v533 fastmath<contract> : f32
            %v537 = llvm.load %v7 : !llvm.ptr -> f32
            %v538 = arith.mulf %v532, %v537 fastmath<contract> : f32
            llvm.store %v528, %v8 : f32, !llvm.ptr
            llvm.store %v530, %v6 : f32, !llvm.ptr
            llvm.store %v536, %v9 : f32, !llvm.ptr
            llvm.store %v538, %v7 : f32, !llvm.ptr
            %v539 = arith.addi %v112, %v265 : i64
            %v540 = arith.mulf %v292, %v450 fastmath<contract> : f32
            %v541 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v540) : (f32) -> f32
            %v542 = arith.mulf %v468, %v293 fastmath<contract> : f32
            %v543 = llvm.load %v8 : !llvm.ptr -> f32
            %v544 = arith.mulf %v541, %v543 fastmath<contract> : f32
            %v545 = arith.addf %v544, %v542 fastmath<contract> : f32
            %v546 = llvm.load %v6 : !llvm.ptr -> f32
            %v547 = arith.mulf %v541, %v546 fastmath<contract> : f32
            %v548 = arith.mulf %v292, %v457 fastmath<contract> : f32
            %v549 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v548) : (f32) -> f32
            %v550 = arith.mulf %v484, %v293 fastmath<contract> : f32
            %v551 = llvm.load %v9 : !llvm.ptr -> f32
            %v552 = arith.mulf %v549, %v551 fastmath<contract> : f32
            %v553 = arith.addf %v552, %v550 fastmath<contract> : f32
            %v554 = llvm.load %v7 : !llvm.ptr -> f32
            %v555 = arith.mulf %v549, %v554 fastmath<contract> : f32
            llvm.store %v545, %v8 : f32, !llvm.ptr
            llvm.store %v547, %v6 : f32, !llvm.ptr
            llvm.store %v553, %v9 : f32, !llvm.ptr
            llvm.store %v555, %v7 : f32, !llvm.ptr
            %v556 = arith.addi %v112, %v294 : i64
            %v557 = arith.mulf %v321, %v450 fastmath<contract> : f32
            %v558 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v557) : (f32) -> f32
            %v559 = arith.mulf %v469, %v322 fastmath<contract> : f32
            %v560 = llvm.load %v8 : !llvm.ptr -> f32
            %v561 = arith.mulf %v558, %v560 fastmath<contract> : f32
            %v562 = arith.addf %v561, %v559 fastmath<contract> : f32
            %v563 = llvm.load %v6 : !llvm.ptr -> f32
            %v564 = arith.mulf %v558, %v563 fastmath<contract> : f32
            %v565 = arith.mulf %v321, %v457 fastmath<contract> : f32
            %v566 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v565) : (f32) -> f32
            %v567 = arith.mulf %v485, %v322 fastmath<contract> : f32
            %v568 = llvm.load %v9 : !llvm.ptr -> f32
            %v569 = arith.mulf %v566, %v568 fastmath<contract> : f32
            %v570 = arith.addf %v569, %v567 fastmath<contract> : f32
            %v571 = llvm.load %v7 : !llvm.ptr -> f32
            %v572 = arith.mulf %v566, %v571 fastmath<contract> : f32
            llvm.store %v562, %v8 : f32, !llvm.ptr
            llvm.store %v564, %v6 : f32, !llvm.ptr
            llvm.store %v570, %v9 : f32, !llvm.ptr
            llvm.store %v572, %v7 : f32, !llvm.ptr
            %v573 = arith.addi %v112, %v323 : i64
            %v574 = arith.mulf %v350, %v450 fastmath<contract> : f32
            %v575 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v574) : (f32) -> f32
            %v576 = arith.mulf %v470, %v351 fastmath<contract> : f32
            %v577 = llvm.load %v8 : !llvm.ptr -> f32
            %v578 = arith.mulf %v575, %v577 fastmath<contract> : f32
            %v579 = arith.addf %v578, %v576 fastmath<contract> : f32
            %v580 = llvm.load %v6 : !llvm.ptr -> f32
            %v581 = arith.mulf %v575, %v580 fastmath<contract> : f32
            %v582 = arith.mulf %v350, %v457 fastmath<contract> : f32
            %v583 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v582) : (f32) -> f32
            %v584 = arith.mulf %v486, %v351 fastmath<contract> : f32
            %v585 = llvm.load %v9 : !llvm.ptr -> f32
            %v586 = arith.mulf %v583, %v585 fastmath<contract> : f32
            %v587 = arith.addf %v586, %v584 fastmath<contract> : f32
            %v588 = llvm.load %v7 : !llvm.ptr -> f32
            %v589 = arith.mulf %v583, %v588 fastmath<contract> : f32
            llvm.store %v579, %v8 : f32, !llvm.ptr
            llvm.store %v581, %v6 : f32, !llvm.ptr
            llvm.store %v587, %v9 : f32, !llvm.ptr
            llvm.store %v589, %v7 : f32, !llvm.ptr
            %v590 = arith.addi %v112, %v352 : i64
            %v591 = arith.mulf %v379, %v450 fastmath<contract> : f32
            %v592 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v591) : (f32) -> f32
            %v593 = arith.mulf %v471, %v380 fastmath<contract> : f32
            %v594 = llvm.load %v8 : !llvm.ptr -> f32
            %v595 = arith.mulf %v592, %v594 fastmath<contract> : f32
            %v596 = arith.addf %v595, %v593 fastmath<contract> : f32
            %v597 = llvm.load %v6 : !llvm.ptr -> f32
            %v598 = arith.mulf %v592, %v597 fastmath<contract> : f32
            %v599 = arith.mulf %v379, %v457 fastmath<contract> : f32
            %v600 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v599) : (f32) -> f32
            %v601 = arith.mulf %v487, %v380 fastmath<contract> : f32
            %v602 = llvm.load %v9 : !llvm.ptr -> f32
            %v603 = arith.mulf %v600, %v602 fastmath<contract> : f32
            %v604 = arith.addf %v603, %v601 fastmath<contract> : f32
            %v605 = llvm.load %v7 : !llvm.ptr -> f32
            %v606 = arith.mulf %v600, %v605 fastmath<contract> : f32
            llvm.store %v596, %v8 : f32, !llvm.ptr
            llvm.store %v598, %v6 : f32, !llvm.ptr
            llvm.store %v604, %v9 : f32, !llvm.ptr
            llvm.store %v606, %v7 : f32, !llvm.ptr
            %v607 = arith.addi %v112, %v381 : i64
            %v608 = arith.mulf %v408, %v450 fastmath<contract> : f32
            %v609 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v608) : (f32) -> f32
            %v610 = arith.mulf %v472, %v409 fastmath<contract> : f32
            %v611 = llvm.load %v8 : !llvm.ptr -> f32
            %v612 = arith.mulf %v609, %v611 fastmath<contract> : f32
            %v613 = arith.addf %v612, %v610 fastmath<contract> : f32
            %v614 = llvm.load %v6 : !llvm.ptr -> f32
            %v615 = arith.mulf %v609, %v614 fastmath<contract> : f32
            %v616 = arith.mulf %v408, %v457 fastmath<contract> : f32
            %v617 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v616) : (f32) -> f32
            %v618 = arith.mulf %v488, %v409 fastmath<contract> : f32
            %v619 = llvm.load %v9 : !llvm.ptr -> f32
            %v620 = arith.mulf %v617, %v619 fastmath<contract> : f32
            %v621 = arith.addf %v620, %v618 fastmath<contract> : f32
            %v622 = llvm.load %v7 : !llvm.ptr -> f32
            %v623 = arith.mulf %v617, %v622 fastmath<contract> : f32
            llvm.store %v613, %v8 : f32, !llvm.ptr
            llvm.store %v615, %v6 : f32, !llvm.ptr
            llvm.store %v621, %v9 : f32, !llvm.ptr
            llvm.store %v623, %v7 : f32, !llvm.ptr
            %v624 = arith.mulf %v423, %v450 fastmath<contract> : f32
            %v625 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v624) : (f32) -> f32
            llvm.store %v625, %v6 : f32, !llvm.ptr
            %v626 = arith.mulf %v423, %v457 fastmath<contract> : f32
            %v627 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v626) : (f32) -> f32
            llvm.store %v627, %v7 : f32, !llvm.ptr
            // 2. the block's scan of this point's maps
            %v628 = llvm.load %v6 : !llvm.ptr -> f32
            %v629 = llvm.load %v8 : !llvm.ptr -> f32
            %v630 = llvm.load %v7 : !llvm.ptr -> f32
            %v631 = llvm.load %v9 : !llvm.ptr -> f32
            %v633, %v634 = gpu.shuffle up %v628, %v128, %v632 : f32
            %v635, %v636 = gpu.shuffle up %v629, %v128, %v632 : f32
            %v637 = arith.mulf %v628, %v633 fastmath<contract> : f32
            %v638 = arith.mulf %v628, %v635 fastmath<contract> : f32
            %v639 = arith.addf %v638, %v629 fastmath<contract> : f32
            %v640 = arith.cmpi uge, %v30, %v2 : i64
            %v641 = arith.select %v640, %v637, %v628 : f32
            %v642 = arith.select %v640, %v639, %v629 : f32
            %v643, %v644 = gpu.shuffle up %v641, %v130, %v632 : f32
            %v645, %v646 = gpu.shuffle up %v642, %v130, %v632 : f32
            %v647 = arith.mulf %v641, %v643 fastmath<contract> : f32
            %v648 = arith.mulf %v641, %v645 fastmath<contract> : f32
            %v649 = arith.addf %v648, %v642 fastmath<contract> : f32
            %v650 = arith.cmpi uge, %v30, %v63 : i64
            %v651 = arith.select %v650, %v647, %v641 : f32
            %v652 = arith.select %v650, %v649, %v642 : f32
            %v653, %v654 = gpu.shuffle up %v651, %v134, %v632 : f32
            %v655, %v656 = gpu.shuffle up %v652, %v134, %v632 : f32
            %v657 = arith.mulf %v651, %v653 fastmath<contract> : f32
            %v658 = arith.mulf %v651, %v655 fastmath<contract> : f32
            %v659 = arith.addf %v658, %v652 fastmath<contract> : f32
            %v660 = arith.cmpi uge, %v30, %v294 : i64
            %v661 = arith.select %v660, %v657, %v651 : f32
            %v662 = arith.select %v660, %v659, %v652 : f32
            %v664, %v665 = gpu.shuffle up %v661, %v663, %v632 : f32
            %v666, %v667 = gpu.shuffle up %v662, %v663, %v632 : f32
            %v668 = arith.mulf %v661, %v664 fastmath<contract> : f32
            %v669 = arith.mulf %v661, %v666 fastmath<contract> : f32
            %v670 = arith.addf %v669, %v662 fastmath<contract> : f32
            %v671 = arith.cmpi uge, %v30, %v34 : i64
            %v672 = arith.select %v671, %v668, %v661 : f32
            %v673 = arith.select %v671, %v670, %v662 : f32
            %v675, %v676 = gpu.shuffle up %v672, %v674, %v632 : f32
            %v677, %v678 = gpu.shuffle up %v673, %v674, %v632 : f32
            %v679 = arith.mulf %v672, %v675 fastmath<contract> : f32
            %v680 = arith.mulf %v672, %v677 fastmath<contract> : f32
            %v681 = arith.addf %v680, %v673 fastmath<contract> : f32
            %v682 = arith.cmpi uge, %v30, %v1 : i64
            %v683 = arith.select %v682, %v679, %v672 : f32
            %v684 = arith.select %v682, %v681, %v673 : f32
            %v686 = arith.cmpi eq, %v30, %v685 : i64
            scf.if %v686 {
              %v687 = llvm.getelementptr %v13[%v31] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v683, %v687 : f32, !llvm.ptr
              %v688 = llvm.getelementptr %v15[%v31] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v684, %v688 : f32, !llvm.ptr
            }
            %v689, %v690 = gpu.shuffle up %v683, %v128, %v632 : f32
            %v691, %v692 = gpu.shuffle up %v684, %v128, %v632 : f32
            %v693 = arith.cmpi eq, %v30, %v32 : i64
            %v694 = arith.select %v693, %v179, %v689 : f32
            %v695 = arith.select %v693, %v50, %v691 : f32
            %v696, %v697 = gpu.shuffle up %v630, %v128, %v632 : f32
            %v698, %v699 = gpu.shuffle up %v631, %v128, %v632 : f32
            %v700 = arith.mulf %v630, %v696 fastmath<contract> : f32
            %v701 = arith.mulf %v630, %v698 fastmath<contract> : f32
            %v702 = arith.addf %v701, %v631 fastmath<contract> : f32
            %v703 = arith.cmpi uge, %v30, %v2 : i64
            %v704 = arith.select %v703, %v700, %v630 : f32
            %v705 = arith.select %v703, %v702, %v631 : f32
            %v706, %v707 = gpu.shuffle up %v704, %v130, %v632 : f32
            %v708, %v709 = gpu.shuffle up %v705, %v130, %v632 : f32
            %v710 = arith.mulf %v704, %v706 fastmath<contract> : f32
            %v711 = arith.mulf %v704, %v708 fastmath<contract> : f32
            %v712 = arith.addf %v711, %v705 fastmath<contract> : f32
            %v713 = arith.cmpi uge, %v30, %v63 : i64
            %v714 = arith.select %v713, %v710, %v704 : f32
            %v715 = arith.select %v713, %v712, %v705 : f32
            %v716, %v717 = gpu.shuffle up %v714, %v134, %v632 : f32
            %v718, %v719 = gpu.shuffle up %v715, %v134, %v632 : f32
            %v720 = arith.mulf %v714, %v716 fastmath<contract> : f32
            %v721 = arith.mulf %v714, %v718 fastmath<contract> : f32
            %v722 = arith.addf %v721, %v715 fastmath<contract> : f32
            %v723 = arith.cmpi uge, %v30, %v294 : i64
            %v724 = arith.select %v723, %v720, %v714 : f32
            %v725 = arith.select %v723, %v722, %v715 : f32
            %v726, %v727 = gpu.shuffle up %v724, %v663, %v632 : f32
            %v728, %v729 = gpu.shuffle up %v725, %v663, %v632 : f32
            %v730 = arith.mulf %v724, %v726 fastmath<contract> : f32
            %v731 = arith.mulf %v724, %v728 fastmath<contract> : f32
            %v732 = arith.addf %v731, %v725 fastmath<contract> : f32
            %v733 = arith.cmpi uge, %v30, %v34 : i64
            %v734 = arith.select %v733, %v730, %v724 : f32
            %v735 = arith.select %v733, %v732, %v725 : f32
            %v736, %v737 = gpu.shuffle up %v734, %v674, %v632 : f32
            %v738, %v739 = gpu.shuffle up %v735, %v674, %v632 : f32
            %v740 = arith.mulf %v734, %v736 fastmath<contract> : f32
            %v741 = arith.mulf %v734, %v738 fastmath<contract> : f32
            %v742 = arith.addf %v741, %v735 fastmath<contract> : f32
            %v743 = arith.cmpi uge, %v30, %v1 : i64
            %v744 = arith.select %v743, %v740, %v734 : f32
            %v745 = arith.select %v743, %v742, %v735 : f32
            %v746 = arith.cmpi eq, %v30, %v685 : i64
            %v747 = arith.addi %v323, %v31 : i64
            scf.if %v746 {
              %v748 = llvm.getelementptr %v13[%v747] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v744, %v748 : f32, !llvm.ptr
              %v749 = llvm.getelementptr %v15[%v747] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v745, %v749 : f32, !llvm.ptr
            }
            %v750, %v751 = gpu.shuffle up %v744, %v128, %v632 : f32
            %v752, %v753 = gpu.shuffle up %v745, %v128, %v632 : f32
            %v754 = arith.cmpi eq, %v30, %v32 : i64
            %v755 = arith.select %v754, %v179, %v750 : f32
            %v756 = arith.select %v754, %v50, %v752 : f32
            // across warps: the warps' maps before this one's, and the whole tile's
            gpu.barrier
            %v758 = arith.index_cast %v20 : i64 to index
            %v759 = arith.index_cast %v63 : i64 to index
            %v760 = arith.index_cast %v757 : i64 to index
            scf.for %v761 = %v758 to %v759 step %v760 {
              %v762 = arith.index_cast %v761 : index to i64
              %v763 = arith.muli %v762, %v323 : i64
              %v764 = llvm.getelementptr %v13[%v763] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v765 = llvm.load %v764 : !llvm.ptr -> f32
              %v766 = llvm.getelementptr %v15[%v763] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v767 = llvm.load %v766 : !llvm.ptr -> f32
              %v768 = llvm.getelementptr %v13[%v763] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v179, %v768 : f32, !llvm.ptr
              %v769 = llvm.getelementptr %v15[%v763] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v50, %v769 : f32, !llvm.ptr
              %v770 = arith.mulf %v765, %v179 fastmath<contract> : f32
              %v771 = arith.mulf %v765, %v50 fastmath<contract> : f32
              %v772 = arith.addf %v771, %v767 fastmath<contract> : f32
              %v773 = arith.addi %v763, %v2 : i64
              %v774 = llvm.getelementptr %v13[%v773] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v775 = llvm.load %v774 : !llvm.ptr -> f32
              %v776 = llvm.getelementptr %v15[%v773] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v777 = llvm.load %v776 : !llvm.ptr -> f32
              %v778 = llvm.getelementptr %v13[%v773] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v770, %v778 : f32, !llvm.ptr
              %v779 = llvm.getelementptr %v15[%v773] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v772, %v779 : f32, !llvm.ptr
              %v780 = arith.mulf %v775, %v770 fastmath<contract> : f32
              %v781 = arith.mulf %v775, %v772 fastmath<contract> : f32
              %v782 = arith.addf %v781, %v777 fastmath<contract> : f32
              %v783 = arith.addi %v763, %v63 : i64
              %v784 = llvm.getelementptr %v13[%v783] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v785 = llvm.load %v784 : !llvm.ptr -> f32
              %v786 = llvm.getelementptr %v15[%v783] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v787 = llvm.load %v786 : !llvm.ptr -> f32
              %v788 = llvm.getelementptr %v13[%v783] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v780, %v788 : f32, !llvm.ptr
              %v789 = llvm.getelementptr %v15[%v783] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v782, %v789 : f32, !llvm.ptr
              %v790 = arith.mulf %v785, %v780 fastmath<contract> : f32
              %v791 = arith.mulf %v785, %v782 fastmath<contract> : f32
              %v792 = arith.addf %v791, %v787 fastmath<contract> : f32
              %v793 = arith.addi %v763, %v265 : i64
              %v794 = llvm.getelementptr %v13[%v793] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v795 = llvm.load %v794 : !llvm.ptr -> f32
              %v796 = llvm.getelementptr %v15[%v793] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v797 = llvm.load %v796 : !llvm.ptr -> f32
              %v798 = llvm.getelementptr %v13[%v793] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v790, %v798 : f32, !llvm.ptr
              %v799 = llvm.getelementptr %v15[%v793] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v792, %v799 : f32, !llvm.ptr
              %v800 = arith.mulf %v795, %v790 fastmath<contract> : f32
              %v801 = arith.mulf %v795, %v792 fastmath<contract> : f32
              %v802 = arith.addf %v801, %v797 fastmath<contract> : f32
              %v803 = arith.addi %v763, %v294 : i64
              %v804 = llvm.getelementptr %v13[%v803] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v800, %v804 : f32, !llvm.ptr
              %v805 = llvm.getelementptr %v15[%v803] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v802, %v805 : f32, !llvm.ptr
            }
            gpu.barrier
            %v806 = llvm.getelementptr %v13[%v31] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v807 = llvm.load %v806 : !llvm.ptr -> f32
            %v808 = llvm.getelementptr %v15[%v31] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v809 = llvm.load %v808 : !llvm.ptr -> f32
            %v810 = llvm.getelementptr %v13[%v294] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v811 = llvm.load %v810 : !llvm.ptr -> f32
            %v812 = llvm.getelementptr %v15[%v294] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v813 = llvm.load %v812 : !llvm.ptr -> f32
            %v814 = arith.mulf %v694, %v807 fastmath<contract> : f32
            %v815 = arith.mulf %v694, %v809 fastmath<contract> : f32
            %v816 = arith.addf %v815, %v695 fastmath<contract> : f32
            %v817 = arith.addi %v323, %v31 : i64
            %v818 = llvm.getelementptr %v13[%v817] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v819 = llvm.load %v818 : !llvm.ptr -> f32
            %v820 = llvm.getelementptr %v15[%v817] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v821 = llvm.load %v820 : !llvm.ptr -> f32
            %v823 = llvm.getelementptr %v13[%v822] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v824 = llvm.load %v823 : !llvm.ptr -> f32
            %v825 = llvm.getelementptr %v15[%v822] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v826 = llvm.load %v825 : !llvm.ptr -> f32
            %v827 = arith.mulf %v755, %v819 fastmath<contract> : f32
            %v828 = arith.mulf %v755, %v821 fastmath<contract> : f32
            %v829 = arith.addf %v828, %v756 fastmath<contract> : f32
            %v830 = arith.muli %v445, %v63 : i64
            %v831 = llvm.getelementptr %v17[%v830] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v832 = llvm.load %v831 : !llvm.ptr -> f32
            %v833 = arith.mulf %v814, %v832 fastmath<contract> : f32
            %v834 = arith.addf %v833, %v816 fastmath<contract> : f32
            llvm.store %v834, %v4 : f32, !llvm.ptr
            %v835 = arith.mulf %v811, %v832 fastmath<contract> : f32
            %v836 = arith.addf %v835, %v813 fastmath<contract> : f32
            %v837 = arith.muli %v445, %v63 : i64
            %v838 = arith.addi %v837, %v2 : i64
            %v839 = llvm.getelementptr %v17[%v838] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v840 = llvm.load %v839 : !llvm.ptr -> f32
            %v841 = arith.mulf %v827, %v840 fastmath<contract> : f32
            %v842 = arith.addf %v841, %v829 fastmath<contract> : f32
            llvm.store %v842, %v5 : f32, !llvm.ptr
            %v843 = arith.mulf %v824, %v840 fastmath<contract> : f32
            %v844 = arith.addf %v843, %v826 fastmath<contract> : f32
            // 3. the K steps again: checkpoints, outputs at this point, sums' terms
            %v845 = arith.muli %v27, %v458 : i64
            %v846 = arith.addi %v845, %v112 : i64
            %v847 = arith.muli %v445, %size_L : i64
            %v848 = arith.addi %v846, %v847 : i64
            %v849 = llvm.getelementptr %in_Cm[%v848] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v850 = llvm.load %v849 {alignment = 32 : i64} : !llvm.ptr -> vector<8xf32>
            %v851 = llvm.extractelement %v850[%v126 : i32] : vector<8xf32>
            %v852 = llvm.extractelement %v850[%v128 : i32] : vector<8xf32>
            %v853 = llvm.extractelement %v850[%v130 : i32] : vector<8xf32>
            %v854 = llvm.extractelement %v850[%v132 : i32] : vector<8xf32>
            %v855 = llvm.extractelement %v850[%v134 : i32] : vector<8xf32>
            %v856 = llvm.extractelement %v850[%v136 : i32] : vector<8xf32>
            %v857 = llvm.extractelement %v850[%v138 : i32] : vector<8xf32>
            %v858 = llvm.extractelement %v850[%v140 : i32] : vector<8xf32>
            %v859 = arith.muli %v27, %v458 : i64
            %v860 = arith.addi %v859, %v112 : i64
            %v861 = arith.constant 8 : i64
            %v862 = arith.addi %v861, %v445 : i64
            %v863 = arith.muli %v862, %size_L : i64
            %v864 = arith.addi %v860, %v863 : i64
            %v865 = llvm.getelementptr %in_Cm[%v864] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v866 = llvm.load %v865 {alignment = 32 : i64} : !llvm.ptr -> vector<8xf32>
            %v867 = llvm.extractelement %v866[%v126 : i32] : vector<8xf32>
            %v868 = llvm.extractelement %v866[%v128 : i32] : vector<8xf32>
            %v869 = llvm.extractelement %v866[%v130 : i32] : vector<8xf32>
            %v870 = llvm.extractelement %v866[%v132 : i32] : vector<8xf32>
            %v871 = llvm.extractelement %v866[%v134 : i32] : vector<8xf32>
            %v872 = llvm.extractelement %v866[%v136 : i32] : vector<8xf32>
            %v873 = llvm.extractelement %v866[%v138 : i32] : vector<8xf32>
            %v874 = llvm.extractelement %v866[%v140 : i32] : vector<8xf32>
            // save the states at checkpoint steps (when given somewhere to save them)
            %v876 = arith.remui %v112, %v875 : i64
            %v877 = arith.cmpi eq, %v876, %v32 : i64
            %v878 = arith.andi %v877, %v22 : i1
            scf.if %v878 {
              %v879 = arith.divui %v112, %v875 : i64
              %v880 = llvm.mlir.zero : !llvm.ptr
              %v881 = llvm.icmp "ne" %ckpt_h, %v880 : !llvm.ptr
              scf.if %v881 {
                %v884 = arith.muli %v879, %v883 : i64
                %v885 = llvm.load %v4 : !llvm.ptr -> f32
                %v886 = arith.muli %v27, %v40 : i64
                %v887 = arith.muli %v25, %v1 : i64
                %v888 = arith.addi %v886, %v887 : i64
                %v889 = arith.addi %v888, %v445 : i64
                %v890 = arith.addi %v884, %v889 : i64
                %v891 = llvm.getelementptr %ckpt_h[%v890] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                llvm.store %v885, %v891 : f32, !llvm.ptr
                %v892 = llvm.load %v5 : !llvm.ptr -> f32
                %v893 = arith.muli %v27, %v40 : i64
                %v894 = arith.muli %v25, %v1 : i64
                %v895 = arith.addi %v893, %v894 : i64
                %v896 = arith.constant 8 : i64
                %v897 = arith.addi %v896, %v445 : i64
                %v898 = arith.addi %v895, %v897 : i64
                %v899 = arith.addi %v884, %v898 : i64
                %v900 = llvm.getelementptr %ckpt_h[%v899] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                llvm.store %v892, %v900 : f32, !llvm.ptr
              }
            }
            // end save
            %v901 = llvm.load %v4 : !llvm.ptr -> f32
            %v902 = arith.mulf %v490, %v901 fastmath<contract> : f32
            %v903 = arith.addf %v902, %v491 fastmath<contract> : f32
            %v904 = llvm.load %v5 : !llvm.ptr -> f32
            %v905 = arith.mulf %v498, %v904 fastmath<contract> : f32
            %v906 = arith.addf %v905, %v499 fastmath<contract> : f32
            llvm.store %v903, %v4 : f32, !llvm.ptr
            llvm.store %v906, %v5 : f32, !llvm.ptr
            %v907 = llvm.load %v4 : !llvm.ptr -> f32
            %v908 = arith.mulf %v851, %v907 fastmath<contract> : f32
            %v909 = llvm.load %v97 : !llvm.ptr -> f32
            %v910 = arith.addf %v909, %v908 fastmath<contract> : f32
            llvm.store %v910, %v97 : f32, !llvm.ptr
            %v911 = llvm.load %v5 : !llvm.ptr -> f32
            %v912 = arith.mulf %v867, %v911 fastmath<contract> : f32
            %v913 = llvm.load %v97 : !llvm.ptr -> f32
            %v914 = arith.addf %v913, %v912 fastmath<contract> : f32
            llvm.store %v914, %v97 : f32, !llvm.ptr
            %v915 = arith.addi %v112, %v2 : i64
            %v916 = llvm.load %v4 : !llvm.ptr -> f32
            %v917 = arith.mulf %v507, %v916 fastmath<contract> : f32
            %v918 = arith.addf %v917, %v508 fastmath<contract> : f32
            %v919 = llvm.load %v5 : !llvm.ptr -> f32
            %v920 = arith.mulf %v515, %v919 fastmath<contract> : f32
            %v921 = arith.addf %v920, %v516 fastmath<contract> : f32
            llvm.store %v918, %v4 : f32, !llvm.ptr
            llvm.store %v921, %v5 : f32, !llvm.ptr
            %v922 = llvm.load %v4 : !llvm.ptr -> f32
            %v923 = arith.mulf %v852, %v922 fastmath<contract> : f32
            %v924 = llvm.load %v98 : !llvm.ptr -> f32
            %v925 = arith.addf %v924, %v923 fastmath<contract> : f32
            llvm.store %v925, %v98 : f32, !llvm.ptr
            %v926 = llvm.load %v5 : !llvm.ptr -> f32
            %v927 = arith.mulf %v868, %v926 fastmath<contract> : f32
            %v928 = llvm.load %v98 : !llvm.ptr -> f32
            %v929 = arith.addf %v928, %v927 fastmath<contract> : f32
            llvm.store %v929, %v98 : f32, !llvm.ptr
            %v930 = arith.addi %v112, %v63 : i64
            %v931 = llvm.load %v4 : !llvm.ptr -> f32
            %v932 = arith.mulf %v524, %v931 fastmath<contract> : f32
            %v933 = arith.addf %v932, %v525 fastmath<contract> : f32
            %v934 = llvm.load %v5 : !llvm.ptr -> f32
            %v935 = arith.mulf %v532, %v934 fastmath<contract> : f32
            %v936 = arith.addf %v935, %v533 fastmath<contract> : f32
            llvm.store %v933, %v4 : f32, !llvm.ptr
            llvm.store %v936, %v5 : f32, !llvm.ptr
            %v937 = llvm.load %v4 : !llvm.ptr -> f32
            %v938 = arith.mulf %v853, %v937 fastmath<contract> : f32
            %v939 = llvm.load %v99 : !llvm.ptr -> f32
            %v940 = arith.addf %v939, %v938 fastmath<contract> : f32
            llvm.store %v940, %v99 : f32, !llvm.ptr
            %v941 = llvm.load %v5 : !llvm.ptr -> f32
            %v942 = arith.mulf %v869, %v941 fastmath<contract> : f32
            %v943 = llvm.load %v99 : !llvm.ptr -> f32
            %v944 = arith.addf %v943, %v942 fastmath<contract> : f32
            llvm.store %v944, %v99 : f32, !llvm.ptr
            %v945 = arith.addi %v112, %v265 : i64
            %v946 = llvm.load %v4 : !llvm.ptr -> f32
            %v947 = arith.mulf %v541, %v946 fastmath<contract> : f32
            %v948 = arith.addf %v947, %v542 fastmath<contract> : f32
            %v949 = llvm.load %v5 : !llvm.ptr -> f32
            %v950 = arith.mulf %v549, %v949 fastmath<contract> : f32
            %v951 = arith.addf %v950, %v550 fastmath<contract> : f32
            llvm.store %v948, %v4 : f32, !llvm.ptr
            llvm.store %v951, %v5 : f32, !llvm.ptr
            %v952 = llvm.load %v4 : !llvm.ptr -> f32
            %v953 = arith.mulf %v854, %v952 fastmath<contract> : f32
            %v954 = llvm.load %v100 : !llvm.ptr -> f32
            %v955 = arith.addf %v954, %v953 fastmath<contract> : f32
            llvm.store %v955, %v100 : f32, !llvm.ptr
            %v956 = llvm.load %v5 : !llvm.ptr -> f32
            %v957 = arith.mulf %v870, %v956 fastmath<contract> : f32
            %v958 = llvm.load %v100 : !llvm.ptr -> f32
            %v959 = arith.addf %v958, %v957 fastmath<contract> : f32
            llvm.store %v959, %v100 : f32, !llvm.ptr
            %v960 = arith.addi %v112, %v294 : i64
            %v961 = llvm.load %v4 : !llvm.ptr -> f32
            %v962 = arith.mulf %v558, %v961 fastmath<contract> : f32
            %v963 = arith.addf %v962, %v559 fastmath<contract> : f32
            %v964 = llvm.load %v5 : !llvm.ptr -> f32
            %v965 = arith.mulf %v566, %v964 fastmath<contract> : f32
            %v966 = arith.addf %v965, %v567 fastmath<contract> : f32
            llvm.store %v963, %v4 : f32, !llvm.ptr
            llvm.store %v966, %v5 : f32, !llvm.ptr
            %v967 = llvm.load %v4 : !llvm.ptr -> f32
            %v968 = arith.mulf %v855, %v967 fastmath<contract> : f32
            %v969 = llvm.load %v101 : !llvm.ptr -> f32
            %v970 = arith.addf %v969, %v968 fastmath<contract> : f32
            llvm.store %v970, %v101 : f32, !llvm.ptr
            %v971 = llvm.load %v5 : !llvm.ptr -> f32
            %v972 = arith.mulf %v871, %v971 fastmath<contract> : f32
            %v973 = llvm.load %v101 : !llvm.ptr -> f32
            %v974 = arith.addf %v973, %v972 fastmath<contract> : f32
            llvm.store %v974, %v101 : f32, !llvm.ptr
            %v975 = arith.addi %v112, %v323 : i64
            %v976 = llvm.load %v4 : !llvm.ptr -> f32
            %v977 = arith.mulf %v575, %v976 fastmath<contract> : f32
            %v978 = arith.addf %v977, %v576 fastmath<contract> : f32
            %v979 = llvm.load %v5 : !llvm.ptr -> f32
            %v980 = arith.mulf %v583, %v979 fastmath<contract> : f32
            %v981 = arith.addf %v980, %v584 fastmath<contract> : f32
            llvm.store %v978, %v4 : f32, !llvm.ptr
            llvm.store %v981, %v5 : f32, !llvm.ptr
            %v982 = llvm.load %v4 : !llvm.ptr -> f32
            %v983 = arith.mulf %v856, %v982 fastmath<contract> : f32
            %v984 = llvm.load %v102 : !llvm.ptr -> f32
            %v985 = arith.addf %v984, %v983 fastmath<contract> : f32
            llvm.store %v985, %v102 : f32, !llvm.ptr
            %v986 = llvm.load %v5 : !llvm.ptr -> f32
            %v987 = arith.mulf %v872, %v986 fastmath<contract> : f32
            %v988 = llvm.load %v102 : !llvm.ptr -> f32
            %v989 = arith.addf %v988, %v987 fastmath<contract> : f32
            llvm.store %v989, %v102 : f32, !llvm.ptr
            %v990 = arith.addi %v112, %v352 : i64
            %v991 = llvm.load %v4 : !llvm.ptr -> f32
            %v992 = arith.mulf %v592, %v991 fastmath<contract> : f32
            %v993 = arith.addf %v992, %v593 fastmath<contract> : f32
            %v994 = llvm.load %v5 : !llvm.ptr -> f32
            %v995 = arith.mulf %v600, %v994 fastmath<contract> : f32
            %v996 = arith.addf %v995, %v601 fastmath<contract> : f32
            llvm.store %v993, %v4 : f32, !llvm.ptr
            llvm.store %v996, %v5 : f32, !llvm.ptr
            %v997 = llvm.load %v4 : !llvm.ptr -> f32
            %v998 = arith.mulf %v857, %v997 fastmath<contract> : f32
            %v999 = llvm.load %v103 : !llvm.ptr -> f32
            %v1000 = arith.addf %v999, %v998 fastmath<contract> : f32
            llvm.store %v1000, %v103 : f32, !llvm.ptr
            %v1001 = llvm.load %v5 : !llvm.ptr -> f32
            %v1002 = arith.mulf %v873, %v1001 fastmath<contract> : f32
            %v1003 = llvm.load %v103 : !llvm.ptr -> f32
            %v1004 = arith.addf %v1003, %v1002 fastmath<contract> : f32
            llvm.store %v1004, %v103 : f32, !llvm.ptr
            %v1005 = arith.addi %v112, %v381 : i64
            %v1006 = llvm.load %v4 : !llvm.ptr -> f32
            %v1007 = arith.mulf %v609, %v1006 fastmath<contract> : f32
            %v1008 = arith.addf %v1007, %v610 fastmath<contract> : f32
            %v1009 = llvm.load %v5 : !llvm.ptr -> f32
            %v1010 = arith.mulf %v617, %v1009 fastmath<contract> : f32
            %v1011 = arith.addf %v1010, %v618 fastmath<contract> : f32
            llvm.store %v1008, %v4 : f32, !llvm.ptr
            llvm.store %v1011, %v5 : f32, !llvm.ptr
            %v1012 = llvm.load %v4 : !llvm.ptr -> f32
            %v1013 = arith.mulf %v858, %v1012 fastmath<contract> : f32
            %v1014 = llvm.load %v104 : !llvm.ptr -> f32
            %v1015 = arith.addf %v1014, %v1013 fastmath<contract> : f32
            llvm.store %v1015, %v104 : f32, !llvm.ptr
            %v1016 = llvm.load %v5 : !llvm.ptr -> f32
            %v1017 = arith.mulf %v874, %v1016 fastmath<contract> : f32
            %v1018 = llvm.load %v104 : !llvm.ptr -> f32
            %v1019 = arith.addf %v1018, %v1017 fastmath<contract> : f32
            llvm.store %v1019, %v104 : f32, !llvm.ptr
            gpu.barrier
            scf.if %v33 {
              %v1020 = arith.muli %v445, %v63 : i64
              %v1021 = llvm.getelementptr %v17[%v1020] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v836, %v1021 : f32, !llvm.ptr
              %v1022 = arith.muli %v445, %v63 : i64
              %v1023 = arith.addi %v1022, %v2 : i64
              %v1024 = llvm.getelementptr %v17[%v1023] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v844, %v1024 : f32, !llvm.ptr
            }
          }
          // 4. the outputs summed over the points, K steps per vector store
          %v1025 = llvm.load %v97 : !llvm.ptr -> f32
          %v1026 = arith.negf %v162 : f32
          %v1027 = arith.mulf %v1026, %v176 fastmath<contract> : f32
          %v1028 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1027) : (f32) -> f32
          %v1029 = arith.addf %v179, %v1028 fastmath<contract> : f32
          %v1030 = arith.divf %v179, %v1029 : f32
          %v1031 = arith.mulf %v162, %v1030 fastmath<contract> : f32
          %v1032 = arith.mulf %v1025, %v1031 fastmath<contract> : f32
          %v1033 = arith.addi %v112, %v2 : i64
          %v1034 = llvm.load %v98 : !llvm.ptr -> f32
          %v1035 = arith.negf %v163 : f32
          %v1036 = arith.mulf %v1035, %v176 fastmath<contract> : f32
          %v1037 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1036) : (f32) -> f32
          %v1038 = arith.addf %v179, %v1037 fastmath<contract> : f32
          %v1039 = arith.divf %v179, %v1038 : f32
          %v1040 = arith.mulf %v163, %v1039 fastmath<contract> : f32
          %v1041 = arith.mulf %v1034, %v1040 fastmath<contract> : f32
          %v1042 = arith.addi %v112, %v63 : i64
          %v1043 = llvm.load %v99 : !llvm.ptr -> f32
          %v1044 = arith.negf %v164 : f32
          %v1045 = arith.mulf %v1044, %v176 fastmath<contract> : f32
          %v1046 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1045) : (f32) -> f32
          %v1047 = arith.addf %v179, %v1046 fastmath<contract> : f32
          %v1048 = arith.divf %v179, %v1047 : f32
          %v1049 = arith.mulf %v164, %v1048 fastmath<contract> : f32
          %v1050 = arith.mulf %v1043, %v1049 fastmath<contract> : f32
          %v1051 = arith.addi %v112, %v265 : i64
          %v1052 = llvm.load %v100 : !llvm.ptr -> f32
          %v1053 = arith.negf %v165 : f32
          %v1054 = arith.mulf %v1053, %v176 fastmath<contract> : f32
          %v1055 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1054) : (f32) -> f32
          %v1056 = arith.addf %v179, %v1055 fastmath<contract> : f32
          %v1057 = arith.divf %v179, %v1056 : f32
          %v1058 = arith.mulf %v165, %v1057 fastmath<contract> : f32
          %v1059 = arith.mulf %v1052, %v1058 fastmath<contract> : f32
          %v1060 = arith.addi %v112, %v294 : i64
          %v1061 = llvm.load %v101 : !llvm.ptr -> f32
          %v1062 = arith.negf %v166 : f32
          %v1063 = arith.mulf %v1062, %v176 fastmath<contract> : f32
          %v1064 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1063) : (f32) -> f32
          %v1065 = arith.addf %v179, %v1064 fastmath<contract> : f32
          %v1066 = arith.divf %v179, %v1065 : f32
          %v1067 = arith.mulf %v166, %v1066 fastmath<contract> : f32
          %v1068 = arith.mulf %v1061, %v1067 fastmath<contract> : f32
          %v1069 = arith.addi %v112, %v323 : i64
          %v1070 = llvm.load %v102 : !llvm.ptr -> f32
          %v1071 = arith.negf %v167 : f32
          %v1072 = arith.mulf %v1071, %v176 fastmath<contract> : f32
          %v1073 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1072) : (f32) -> f32
          %v1074 = arith.addf %v179, %v1073 fastmath<contract> : f32
          %v1075 = arith.divf %v179, %v1074 : f32
          %v1076 = arith.mulf %v167, %v1075 fastmath<contract> : f32
          %v1077 = arith.mulf %v1070, %v1076 fastmath<contract> : f32
          %v1078 = arith.addi %v112, %v352 : i64
          %v1079 = llvm.load %v103 : !llvm.ptr -> f32
          %v1080 = arith.negf %v168 : f32
          %v1081 = arith.mulf %v1080, %v176 fastmath<contract> : f32
          %v1082 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1081) : (f32) -> f32
          %v1083 = arith.addf %v179, %v1082 fastmath<contract> : f32
          %v1084 = arith.divf %v179, %v1083 : f32
          %v1085 = arith.mulf %v168, %v1084 fastmath<contract> : f32
          %v1086 = arith.mulf %v1079, %v1085 fastmath<contract> : f32
          %v1087 = arith.addi %v112, %v381 : i64
          %v1088 = llvm.load %v104 : !llvm.ptr -> f32
          %v1089 = arith.negf %v169 : f32
          %v1090 = arith.mulf %v1089, %v176 fastmath<contract> : f32
          %v1091 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1090) : (f32) -> f32
          %v1092 = arith.addf %v179, %v1091 fastmath<contract> : f32
          %v1093 = arith.divf %v179, %v1092 : f32
          %v1094 = arith.mulf %v169, %v1093 fastmath<contract> : f32
          %v1095 = arith.mulf %v1088, %v1094 fastmath<contract> : f32
          %v1096 = llvm.mlir.undef : vector<8xf32>
          %v1097 = llvm.insertelement %v1032, %v1096[%v126 : i32] : vector<8xf32>
          %v1098 = llvm.insertelement %v1041, %v1097[%v128 : i32] : vector<8xf32>
          %v1099 = llvm.insertelement %v1050, %v1098[%v130 : i32] : vector<8xf32>
          %v1100 = llvm.insertelement %v1059, %v1099[%v132 : i32] : vector<8xf32>
          %v1101 = llvm.insertelement %v1068, %v1100[%v134 : i32] : vector<8xf32>
          %v1102 = llvm.insertelement %v1077, %v1101[%v136 : i32] : vector<8xf32>
          %v1103 = llvm.insertelement %v1086, %v1102[%v138 : i32] : vector<8xf32>
          %v1104 = llvm.insertelement %v1095, %v1103[%v140 : i32] : vector<8xf32>
          %v1105 = arith.muli %v27, %v119 : i64
          %v1106 = arith.muli %v25, %size_L : i64
          %v1107 = arith.addi %v1105, %v1106 : i64
          %v1108 = arith.addi %v1107, %v112 : i64
          %v1109 = llvm.getelementptr %out_y[%v1108] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          scf.if %v22 {
            llvm.store %v1104, %v1109 {alignment = 32 : i64} : vector<8xf32>, !llvm.ptr
          }
        } else {
          %v1110 = arith.index_cast %v32 : i64 to index
          %v1111 = arith.index_cast %v115 : i64 to index
          %v1112 = arith.index_cast %v2 : i64 to index
          scf.for %v1113 = %v1110 to %v1111 step %v1112 {
            %v1114 = arith.index_cast %v1113 : index to i64
            %v1115 = llvm.getelementptr %v105[%v1114] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v50, %v1115 : f32, !llvm.ptr
          }
          %v1116 = arith.index_cast %v32 : i64 to index
          %v1117 = arith.index_cast %v34 : i64 to index
          %v1118 = arith.index_cast %v2 : i64 to index
          scf.for %v1119 = %v1116 to %v1117 step %v1118 {
            %v1120 = arith.index_cast %v1119 : index to i64
            %v1121 = arith.muli %v25, %v1 : i64
            %v1122 = arith.addi %v1121, %v1120 : i64
            %v1123 = llvm.getelementptr %in_A[%v1122] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1124 = llvm.load %v1123 : !llvm.ptr -> f32
            %v1125 = arith.mulf %v1124, %v176 fastmath<contract> : f32
            %v1126 = arith.muli %v25, %v1 : i64
            %v1127 = arith.constant 8 : i64
            %v1128 = arith.addi %v1127, %v1120 : i64
            %v1129 = arith.addi %v1126, %v1128 : i64
            %v1130 = llvm.getelementptr %in_A[%v1129] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1131 = llvm.load %v1130 : !llvm.ptr -> f32
            %v1132 = arith.mulf %v1131, %v176 fastmath<contract> : f32
            llvm.store %v179, %v6 : f32, !llvm.ptr
            llvm.store %v179, %v7 : f32, !llvm.ptr
            llvm.store %v50, %v8 : f32, !llvm.ptr
            llvm.store %v50, %v9 : f32, !llvm.ptr
            %v1133 = arith.index_cast %v32 : i64 to index
            %v1134 = arith.index_cast %v115 : i64 to index
            %v1135 = arith.index_cast %v2 : i64 to index
            scf.for %v1136 = %v1133 to %v1134 step %v1135 {
              %v1137 = arith.index_cast %v1136 : index to i64
              %v1138 = arith.addi %v112, %v1137 : i64
              %v1139 = arith.muli %v27, %v119 : i64
              %v1140 = arith.muli %v25, %size_L : i64
              %v1141 = arith.addi %v1139, %v1140 : i64
              %v1142 = arith.addi %v1141, %v1138 : i64
              %v1143 = llvm.getelementptr %in_delta[%v1142] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1144 = llvm.load %v1143 : !llvm.ptr -> f32
              %v1145 = arith.addf %v1144, %v171 fastmath<contract> : f32
              %v1146 = arith.maximumf %v1145, %v50 : f32
              %v1147 = llvm.call_intrinsic "llvm.fabs.f32"(%v1145) : (f32) -> f32
              %v1148 = arith.negf %v1147 : f32
              %v1149 = arith.mulf %v1148, %v176 fastmath<contract> : f32
              %v1150 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1149) : (f32) -> f32
              %v1151 = arith.addf %v179, %v1150 fastmath<contract> : f32
              %v1152 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v1151) : (f32) -> f32
              %v1153 = arith.mulf %v1152, %v182 fastmath<contract> : f32
              %v1154 = arith.mulf %v184, %v1150 fastmath<contract> : f32
              %v1155 = arith.addf %v1154, %v186 fastmath<contract> : f32
              %v1156 = arith.mulf %v1155, %v1150 fastmath<contract> : f32
              %v1157 = arith.addf %v1156, %v189 fastmath<contract> : f32
              %v1158 = arith.mulf %v1157, %v1150 fastmath<contract> : f32
              %v1159 = arith.addf %v1158, %v192 fastmath<contract> : f32
              %v1160 = arith.mulf %v1159, %v1150 fastmath<contract> : f32
              %v1161 = arith.addf %v1160, %v195 fastmath<contract> : f32
              %v1162 = arith.mulf %v1161, %v1150 fastmath<contract> : f32
              %v1163 = arith.addf %v1162, %v198 fastmath<contract> : f32
              %v1164 = arith.mulf %v1163, %v1150 fastmath<contract> : f32
              %v1165 = arith.addf %v1164, %v179 fastmath<contract> : f32
              %v1166 = arith.mulf %v1165, %v1150 fastmath<contract> : f32
              %v1167 = llvm.call_intrinsic "llvm.fabs.f32"(%v1150) : (f32) -> f32
              %v1168 = arith.cmpf olt, %v1167, %v204 : f32
              %v1169 = arith.select %v1168, %v1166, %v1153 : f32
              %v1170 = arith.addf %v1146, %v1169 fastmath<contract> : f32
              %v1171 = arith.mulf %v1170, %v1125 fastmath<contract> : f32
              %v1172 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1171) : (f32) -> f32
              %v1173 = arith.muli %v27, %v458 : i64
              %v1174 = arith.addi %v1173, %v1138 : i64
              %v1175 = arith.muli %v1120, %size_L : i64
              %v1176 = arith.addi %v1174, %v1175 : i64
              %v1177 = llvm.getelementptr %in_Bm[%v1176] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1178 = llvm.load %v1177 : !llvm.ptr -> f32
              %v1179 = arith.muli %v27, %v119 : i64
              %v1180 = arith.muli %v25, %size_L : i64
              %v1181 = arith.addi %v1179, %v1180 : i64
              %v1182 = arith.addi %v1181, %v1138 : i64
              %v1183 = llvm.getelementptr %in_u[%v1182] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1184 = llvm.load %v1183 : !llvm.ptr -> f32
              %v1185 = arith.mulf %v1170, %v1184 fastmath<contract> : f32
              %v1186 = arith.mulf %v1178, %v1185 fastmath<contract> : f32
              %v1187 = llvm.load %v8 : !llvm.ptr -> f32
              %v1188 = arith.mulf %v1172, %v1187 fastmath<contract> : f32
              %v1189 = arith.addf %v1188, %v1186 fastmath<contract> : f32
              %v1190 = llvm.load %v6 : !llvm.ptr -> f32
              %v1191 = arith.mulf %v1172, %v1190 fastmath<contract> : f32
              %v1192 = arith.mulf %v1170, %v1132 fastmath<contract> : f32
              %v1193 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1192) : (f32) -> f32
              %v1194 = arith.muli %v27, %v458 : i64
              %v1195 = arith.addi %v1194, %v1138 : i64
              %v1196 = arith.constant 8 : i64
              %v1197 = arith.addi %v1196, %v1120 : i64
              %v1198 = arith.muli %v1197, %size_L : i64
              %v1199 = arith.addi %v1195, %v1198 : i64
              %v1200 = llvm.getelementptr %in_Bm[%v1199] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1201 = llvm.load %v1200 : !llvm.ptr -> f32
              %v1202 = arith.mulf %v1201, %v1185 fastmath<contract> : f32
              %v1203 = llvm.load %v9 : !llvm.ptr -> f32
              %v1204 = arith.mulf %v1193, %v1203 fastmath<contract> : f32
              %v1205 = arith.addf %v1204, %v1202 fastmath<contract> : f32
              %v1206 = llvm.load %v7 : !llvm.ptr -> f32
              %v1207 = arith.mulf %v1193, %v1206 fastmath<contract> : f32
              llvm.store %v1189, %v8 : f32, !llvm.ptr
              llvm.store %v1191, %v6 : f32, !llvm.ptr
              llvm.store %v1205, %v9 : f32, !llvm.ptr
              llvm.store %v1207, %v7 : f32, !llvm.ptr
            }
            %v1208 = llvm.load %v6 : !llvm.ptr -> f32
            %v1209 = llvm.load %v8 : !llvm.ptr -> f32
            %v1210 = llvm.load %v7 : !llvm.ptr -> f32
            %v1211 = llvm.load %v9 : !llvm.ptr -> f32
            %v1212, %v1213 = gpu.shuffle up %v1208, %v128, %v632 : f32
            %v1214, %v1215 = gpu.shuffle up %v1209, %v128, %v632 : f32
            %v1216 = arith.mulf %v1208, %v1212 fastmath<contract> : f32
            %v1217 = arith.mulf %v1208, %v1214 fastmath<contract> : f32
            %v1218 = arith.addf %v1217, %v1209 fastmath<contract> : f32
            %v1219 = arith.cmpi uge, %v30, %v2 : i64
            %v1220 = arith.select %v1219, %v1216, %v1208 : f32
            %v1221 = arith.select %v1219, %v1218, %v1209 : f32
            %v1222, %v1223 = gpu.shuffle up %v1220, %v130, %v632 : f32
            %v1224, %v1225 = gpu.shuffle up %v1221, %v130, %v632 : f32
            %v1226 = arith.mulf %v1220, %v1222 fastmath<contract> : f32
            %v1227 = arith.mulf %v1220, %v1224 fastmath<contract> : f32
            %v1228 = arith.addf %v1227, %v1221 fastmath<contract> : f32
            %v1229 = arith.cmpi uge, %v30, %v63 : i64
            %v1230 = arith.select %v1229, %v1226, %v1220 : f32
            %v1231 = arith.select %v1229, %v1228, %v1221 : f32
            %v1232, %v1233 = gpu.shuffle up %v1230, %v134, %v632 : f32
            %v1234, %v1235 = gpu.shuffle up %v1231, %v134, %v632 : f32
            %v1236 = arith.mulf %v1230, %v1232 fastmath<contract> : f32
            %v1237 = arith.mulf %v1230, %v1234 fastmath<contract> : f32
            %v1238 = arith.addf %v1237, %v1231 fastmath<contract> : f32
            %v1239 = arith.cmpi uge, %v30, %v294 : i64
            %v1240 = arith.select %v1239, %v1236, %v1230 : f32
            %v1241 = arith.select %v1239, %v1238, %v1231 : f32
            %v1242, %v1243 = gpu.shuffle up %v1240, %v663, %v632 : f32
            %v1244, %v1245 = gpu.shuffle up %v1241, %v663, %v632 : f32
            %v1246 = arith.mulf %v1240, %v1242 fastmath<contract> : f32
            %v1247 = arith.mulf %v1240, %v1244 fastmath<contract> : f32
            %v1248 = arith.addf %v1247, %v1241 fastmath<contract> : f32
            %v1249 = arith.cmpi uge, %v30, %v34 : i64
            %v1250 = arith.select %v1249, %v1246, %v1240 : f32
            %v1251 = arith.select %v1249, %v1248, %v1241 : f32
            %v1252, %v1253 = gpu.shuffle up %v1250, %v674, %v632 : f32
            %v1254, %v1255 = gpu.shuffle up %v1251, %v674, %v632 : f32
            %v1256 = arith.mulf %v1250, %v1252 fastmath<contract> : f32
            %v1257 = arith.mulf %v1250, %v1254 fastmath<contract> : f32
            %v1258 = arith.addf %v1257, %v1251 fastmath<contract> : f32
            %v1259 = arith.cmpi uge, %v30, %v1 : i64
            %v1260 = arith.select %v1259, %v1256, %v1250 : f32
            %v1261 = arith.select %v1259, %v1258, %v1251 : f32
            %v1262 = arith.cmpi eq, %v30, %v685 : i64
            scf.if %v1262 {
              %v1263 = llvm.getelementptr %v13[%v31] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1260, %v1263 : f32, !llvm.ptr
              %v1264 = llvm.getelementptr %v15[%v31] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1261, %v1264 : f32, !llvm.ptr
            }
            %v1265, %v1266 = gpu.shuffle up %v1260, %v128, %v632 : f32
            %v1267, %v1268 = gpu.shuffle up %v1261, %v128, %v632 : f32
            %v1269 = arith.cmpi eq, %v30, %v32 : i64
            %v1270 = arith.select %v1269, %v179, %v1265 : f32
            %v1271 = arith.select %v1269, %v50, %v1267 : f32
            %v1272, %v1273 = gpu.shuffle up %v1210, %v128, %v632 : f32
            %v1274, %v1275 = gpu.shuffle up %v1211, %v128, %v632 : f32
            %v1276 = arith.mulf %v1210, %v1272 fastmath<contract> : f32
            %v1277 = arith.mulf %v1210, %v1274 fastmath<contract> : f32
            %v1278 = arith.addf %v1277, %v1211 fastmath<contract> : f32
            %v1279 = arith.cmpi uge, %v30, %v2 : i64
            %v1280 = arith.select %v1279, %v1276, %v1210 : f32
            %v1281 = arith.select %v1279, %v1278, %v1211 : f32
            %v1282, %v1283 = gpu.shuffle up %v1280, %v130, %v632 : f32
            %v1284, %v1285 = gpu.shuffle up %v1281, %v130, %v632 : f32
            %v1286 = arith.mulf %v1280, %v1282 fastmath<contract> : f32
            %v1287 = arith.mulf %v1280, %v1284 fastmath<contract> : f32
            %v1288 = arith.addf %v1287, %v1281 fastmath<contract> : f32
            %v1289 = arith.cmpi uge, %v30, %v63 : i64
            %v1290 = arith.select %v1289, %v1286, %v1280 : f32
            %v1291 = arith.select %v1289, %v1288, %v1281 : f32
            %v1292, %v1293 = gpu.shuffle up %v1290, %v134, %v632 : f32
            %v1294, %v1295 = gpu.shuffle up %v1291, %v134, %v632 : f32
            %v1296 = arith.mulf %v1290, %v1292 fastmath<contract> : f32
            %v1297 = arith.mulf %v1290, %v1294 fastmath<contract> : f32
            %v1298 = arith.addf %v1297, %v1291 fastmath<contract> : f32
            %v1299 = arith.cmpi uge, %v30, %v294 : i64
            %v1300 = arith.select %v1299, %v1296, %v1290 : f32
            %v1301 = arith.select %v1299, %v1298, %v1291 : f32
            %v1302, %v1303 = gpu.shuffle up %v1300, %v663, %v632 : f32
            %v1304, %v1305 = gpu.shuffle up %v1301, %v663, %v632 : f32
            %v1306 = arith.mulf %v1300, %v1302 fastmath<contract> : f32
            %v1307 = arith.mulf %v1300, %v1304 fastmath<contract> : f32
            %v1308 = arith.addf %v1307, %v1301 fastmath<contract> : f32
            %v1309 = arith.cmpi uge, %v30, %v34 : i64
            %v1310 = arith.select %v1309, %v1306, %v1300 : f32
            %v1311 = arith.select %v1309, %v1308, %v1301 : f32
            %v1312, %v1313 = gpu.shuffle up %v1310, %v674, %v632 : f32
            %v1314, %v1315 = gpu.shuffle up %v1311, %v674, %v632 : f32
            %v1316 = arith.mulf %v1310, %v1312 fastmath<contract> : f32
            %v1317 = arith.mulf %v1310, %v1314 fastmath<contract> : f32
            %v1318 = arith.addf %v1317, %v1311 fastmath<contract> : f32
            %v1319 = arith.cmpi uge, %v30, %v1 : i64
            %v1320 = arith.select %v1319, %v1316, %v1310 : f32
            %v1321 = arith.select %v1319, %v1318, %v1311 : f32
            %v1322 = arith.cmpi eq, %v30, %v685 : i64
            %v1323 = arith.addi %v323, %v31 : i64
            scf.if %v1322 {
              %v1324 = llvm.getelementptr %v13[%v1323] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1320, %v1324 : f32, !llvm.ptr
              %v1325 = llvm.getelementptr %v15[%v1323] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1321, %v1325 : f32, !llvm.ptr
            }
            %v1326, %v1327 = gpu.shuffle up %v1320, %v128, %v632 : f32
            %v1328, %v1329 = gpu.shuffle up %v1321, %v128, %v632 : f32
            %v1330 = arith.cmpi eq, %v30, %v32 : i64
            %v1331 = arith.select %v1330, %v179, %v1326 : f32
            %v1332 = arith.select %v1330, %v50, %v1328 : f32
            // across warps: the warps' maps before this one's, and the whole tile's
            gpu.barrier
            %v1333 = arith.index_cast %v20 : i64 to index
            %v1334 = arith.index_cast %v63 : i64 to index
            %v1335 = arith.index_cast %v757 : i64 to index
            scf.for %v1336 = %v1333 to %v1334 step %v1335 {
              %v1337 = arith.index_cast %v1336 : index to i64
              %v1338 = arith.muli %v1337, %v323 : i64
              %v1339 = llvm.getelementptr %v13[%v1338] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1340 = llvm.load %v1339 : !llvm.ptr -> f32
              %v1341 = llvm.getelementptr %v15[%v1338] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1342 = llvm.load %v1341 : !llvm.ptr -> f32
              %v1343 = llvm.getelementptr %v13[%v1338] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v179, %v1343 : f32, !llvm.ptr
              %v1344 = llvm.getelementptr %v15[%v1338] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v50, %v1344 : f32, !llvm.ptr
              %v1345 = arith.mulf %v1340, %v179 fastmath<contract> : f32
              %v1346 = arith.mulf %v1340, %v50 fastmath<contract> : f32
              %v1347 = arith.addf %v1346, %v1342 fastmath<contract> : f32
              %v1348 = arith.addi %v1338, %v2 : i64
              %v1349 = llvm.getelementptr %v13[%v1348] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1350 = llvm.load %v1349 : !llvm.ptr -> f32
              %v1351 = llvm.getelementptr %v15[%v1348] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1352 = llvm.load %v1351 : !llvm.ptr -> f32
              %v1353 = llvm.getelementptr %v13[%v1348] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1345, %v1353 : f32, !llvm.ptr
              %v1354 = llvm.getelementptr %v15[%v1348] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1347, %v1354 : f32, !llvm.ptr
              %v1355 = arith.mulf %v1350, %v1345 fastmath<contract> : f32
              %v1356 = arith.mulf %v1350, %v1347 fastmath<contract> : f32
              %v1357 = arith.addf %v1356, %v1352 fastmath<contract> : f32
              %v1358 = arith.addi %v1338, %v63 : i64
              %v1359 = llvm.getelementptr %v13[%v1358] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1360 = llvm.load %v1359 : !llvm.ptr -> f32
              %v1361 = llvm.getelementptr %v15[%v1358] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1362 = llvm.load %v1361 : !llvm.ptr -> f32
              %v1363 = llvm.getelementptr %v13[%v1358] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1355, %v1363 : f32, !llvm.ptr
              %v1364 = llvm.getelementptr %v15[%v1358] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1357, %v1364 : f32, !llvm.ptr
              %v1365 = arith.mulf %v1360, %v1355 fastmath<contract> : f32
              %v1366 = arith.mulf %v1360, %v1357 fastmath<contract> : f32
              %v1367 = arith.addf %v1366, %v1362 fastmath<contract> : f32
              %v1368 = arith.addi %v1338, %v265 : i64
              %v1369 = llvm.getelementptr %v13[%v1368] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1370 = llvm.load %v1369 : !llvm.ptr -> f32
              %v1371 = llvm.getelementptr %v15[%v1368] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1372 = llvm.load %v1371 : !llvm.ptr -> f32
              %v1373 = llvm.getelementptr %v13[%v1368] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1365, %v1373 : f32, !llvm.ptr
              %v1374 = llvm.getelementptr %v15[%v1368] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1367, %v1374 : f32, !llvm.ptr
              %v1375 = arith.mulf %v1370, %v1365 fastmath<contract> : f32
              %v1376 = arith.mulf %v1370, %v1367 fastmath<contract> : f32
              %v1377 = arith.addf %v1376, %v1372 fastmath<contract> : f32
              %v1378 = arith.addi %v1338, %v294 : i64
              %v1379 = llvm.getelementptr %v13[%v1378] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1375, %v1379 : f32, !llvm.ptr
              %v1380 = llvm.getelementptr %v15[%v1378] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1377, %v1380 : f32, !llvm.ptr
            }
            gpu.barrier
            %v1381 = llvm.getelementptr %v13[%v31] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1382 = llvm.load %v1381 : !llvm.ptr -> f32
            %v1383 = llvm.getelementptr %v15[%v31] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1384 = llvm.load %v1383 : !llvm.ptr -> f32
            %v1385 = llvm.getelementptr %v13[%v294] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1386 = llvm.load %v1385 : !llvm.ptr -> f32
            %v1387 = llvm.getelementptr %v15[%v294] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1388 = llvm.load %v1387 : !llvm.ptr -> f32
            %v1389 = arith.mulf %v1270, %v1382 fastmath<contract> : f32
            %v1390 = arith.mulf %v1270, %v1384 fastmath<contract> : f32
            %v1391 = arith.addf %v1390, %v1271 fastmath<contract> : f32
            %v1392 = arith.addi %v323, %v31 : i64
            %v1393 = llvm.getelementptr %v13[%v1392] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1394 = llvm.load %v1393 : !llvm.ptr -> f32
            %v1395 = llvm.getelementptr %v15[%v1392] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1396 = llvm.load %v1395 : !llvm.ptr -> f32
            %v1397 = llvm.getelementptr %v13[%v822] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1398 = llvm.load %v1397 : !llvm.ptr -> f32
            %v1399 = llvm.getelementptr %v15[%v822] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1400 = llvm.load %v1399 : !llvm.ptr -> f32
            %v1401 = arith.mulf %v1331, %v1394 fastmath<contract> : f32
            %v1402 = arith.mulf %v1331, %v1396 fastmath<contract> : f32
            %v1403 = arith.addf %v1402, %v1332 fastmath<contract> : f32
            %v1404 = arith.muli %v1120, %v63 : i64
            %v1405 = llvm.getelementptr %v17[%v1404] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1406 = llvm.load %v1405 : !llvm.ptr -> f32
            %v1407 = arith.mulf %v1389, %v1406 fastmath<contract> : f32
            %v1408 = arith.addf %v1407, %v1391 fastmath<contract> : f32
            llvm.store %v1408, %v4 : f32, !llvm.ptr
            %v1409 = arith.mulf %v1386, %v1406 fastmath<contract> : f32
            %v1410 = arith.addf %v1409, %v1388 fastmath<contract> : f32
            %v1411 = arith.muli %v1120, %v63 : i64
            %v1412 = arith.addi %v1411, %v2 : i64
            %v1413 = llvm.getelementptr %v17[%v1412] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1414 = llvm.load %v1413 : !llvm.ptr -> f32
            %v1415 = arith.mulf %v1401, %v1414 fastmath<contract> : f32
            %v1416 = arith.addf %v1415, %v1403 fastmath<contract> : f32
            llvm.store %v1416, %v5 : f32, !llvm.ptr
            %v1417 = arith.mulf %v1398, %v1414 fastmath<contract> : f32
            %v1418 = arith.addf %v1417, %v1400 fastmath<contract> : f32
            %v1419 = arith.index_cast %v32 : i64 to index
            %v1420 = arith.index_cast %v115 : i64 to index
            %v1421 = arith.index_cast %v2 : i64 to index
            scf.for %v1422 = %v1419 to %v1420 step %v1421 {
              %v1423 = arith.index_cast %v1422 : index to i64
              %v1424 = arith.addi %v112, %v1423 : i64
              %v1425 = llvm.getelementptr %v105[%v1423] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              // save the states at checkpoint steps (when given somewhere to save them)
              %v1426 = arith.remui %v1424, %v875 : i64
              %v1427 = arith.cmpi eq, %v1426, %v32 : i64
              %v1428 = arith.andi %v1427, %v22 : i1
              scf.if %v1428 {
                %v1429 = arith.divui %v1424, %v875 : i64
                %v1430 = llvm.mlir.zero : !llvm.ptr
                %v1431 = llvm.icmp "ne" %ckpt_h, %v1430 : !llvm.ptr
                scf.if %v1431 {
                  %v1434 = arith.muli %v1429, %v1433 : i64
                  %v1435 = llvm.load %v4 : !llvm.ptr -> f32
                  %v1436 = arith.muli %v27, %v40 : i64
                  %v1437 = arith.muli %v25, %v1 : i64
                  %v1438 = arith.addi %v1436, %v1437 : i64
                  %v1439 = arith.addi %v1438, %v1120 : i64
                  %v1440 = arith.addi %v1434, %v1439 : i64
                  %v1441 = llvm.getelementptr %ckpt_h[%v1440] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1435, %v1441 : f32, !llvm.ptr
                  %v1442 = llvm.load %v5 : !llvm.ptr -> f32
                  %v1443 = arith.muli %v27, %v40 : i64
                  %v1444 = arith.muli %v25, %v1 : i64
                  %v1445 = arith.addi %v1443, %v1444 : i64
                  %v1446 = arith.constant 8 : i64
                  %v1447 = arith.addi %v1446, %v1120 : i64
                  %v1448 = arith.addi %v1445, %v1447 : i64
                  %v1449 = arith.addi %v1434, %v1448 : i64
                  %v1450 = llvm.getelementptr %ckpt_h[%v1449] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1442, %v1450 : f32, !llvm.ptr
                }
              }
              // end save
              %v1451 = arith.muli %v27, %v119 : i64
              %v1452 = arith.muli %v25, %size_L : i64
              %v1453 = arith.addi %v1451, %v1452 : i64
              %v1454 = arith.addi %v1453, %v1424 : i64
              %v1455 = llvm.getelementptr %in_delta[%v1454] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1456 = llvm.load %v1455 : !llvm.ptr -> f32
              %v1457 = arith.addf %v1456, %v171 fastmath<contract> : f32
              %v1458 = arith.maximumf %v1457, %v50 : f32
              %v1459 = llvm.call_intrinsic "llvm.fabs.f32"(%v1457) : (f32) -> f32
              %v1460 = arith.negf %v1459 : f32
              %v1461 = arith.mulf %v1460, %v176 fastmath<contract> : f32
              %v1462 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1461) : (f32) -> f32
              %v1463 = arith.addf %v179, %v1462 fastmath<contract> : f32
              %v1464 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v1463) : (f32) -> f32
              %v1465 = arith.mulf %v1464, %v182 fastmath<contract> : f32
              %v1466 = arith.mulf %v184, %v1462 fastmath<contract> : f32
              %v1467 = arith.addf %v1466, %v186 fastmath<contract> : f32
              %v1468 = arith.mulf %v1467, %v1462 fastmath<contract> : f32
              %v1469 = arith.addf %v1468, %v189 fastmath<contract> : f32
              %v1470 = arith.mulf %v1469, %v1462 fastmath<contract> : f32
              %v1471 = arith.addf %v1470, %v192 fastmath<contract> : f32
              %v1472 = arith.mulf %v1471, %v1462 fastmath<contract> : f32
              %v1473 = arith.addf %v1472, %v195 fastmath<contract> : f32
              %v1474 = arith.mulf %v1473, %v1462 fastmath<contract> : f32
              %v1475 = arith.addf %v1474, %v198 fastmath<contract> : f32
              %v1476 = arith.mulf %v1475, %v1462 fastmath<contract> : f32
              %v1477 = arith.addf %v1476, %v179 fastmath<contract> : f32
              %v1478 = arith.mulf %v1477, %v1462 fastmath<contract> : f32
              %v1479 = llvm.call_intrinsic "llvm.fabs.f32"(%v1462) : (f32) -> f32
              %v1480 = arith.cmpf olt, %v1479, %v204 : f32
              %v1481 = arith.select %v1480, %v1478, %v1465 : f32
              %v1482 = arith.addf %v1458, %v1481 fastmath<contract> : f32
              %v1483 = arith.mulf %v1482, %v1125 fastmath<contract> : f32
              %v1484 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1483) : (f32) -> f32
              %v1485 = arith.muli %v27, %v458 : i64
              %v1486 = arith.addi %v1485, %v1424 : i64
              %v1487 = arith.muli %v1120, %size_L : i64
              %v1488 = arith.addi %v1486, %v1487 : i64
              %v1489 = llvm.getelementptr %in_Bm[%v1488] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1490 = llvm.load %v1489 : !llvm.ptr -> f32
              %v1491 = arith.muli %v27, %v119 : i64
              %v1492 = arith.muli %v25, %size_L : i64
              %v1493 = arith.addi %v1491, %v1492 : i64
              %v1494 = arith.addi %v1493, %v1424 : i64
              %v1495 = llvm.getelementptr %in_u[%v1494] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1496 = llvm.load %v1495 : !llvm.ptr -> f32
              %v1497 = arith.mulf %v1482, %v1496 fastmath<contract> : f32
              %v1498 = arith.mulf %v1490, %v1497 fastmath<contract> : f32
              %v1499 = llvm.load %v4 : !llvm.ptr -> f32
              %v1500 = arith.mulf %v1484, %v1499 fastmath<contract> : f32
              %v1501 = arith.addf %v1500, %v1498 fastmath<contract> : f32
              %v1502 = arith.mulf %v1482, %v1132 fastmath<contract> : f32
              %v1503 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1502) : (f32) -> f32
              %v1504 = arith.muli %v27, %v458 : i64
              %v1505 = arith.addi %v1504, %v1424 : i64
              %v1506 = arith.constant 8 : i64
              %v1507 = arith.addi %v1506, %v1120 : i64
              %v1508 = arith.muli %v1507, %size_L : i64
              %v1509 = arith.addi %v1505, %v1508 : i64
              %v1510 = llvm.getelementptr %in_Bm[%v1509] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1511 = llvm.load %v1510 : !llvm.ptr -> f32
              %v1512 = arith.mulf %v1511, %v1497 fastmath<contract> : f32
              %v1513 = llvm.load %v5 : !llvm.ptr -> f32
              %v1514 = arith.mulf %v1503, %v1513 fastmath<contract> : f32
              %v1515 = arith.addf %v1514, %v1512 fastmath<contract> : f32
              llvm.store %v1501, %v4 : f32, !llvm.ptr
              llvm.store %v1515, %v5 : f32, !llvm.ptr
              %v1516 = arith.muli %v27, %v458 : i64
              %v1517 = arith.addi %v1516, %v1424 : i64
              %v1518 = arith.muli %v1120, %size_L : i64
              %v1519 = arith.addi %v1517, %v1518 : i64
              %v1520 = llvm.getelementptr %in_Cm[%v1519] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1521 = llvm.load %v1520 : !llvm.ptr -> f32
              %v1522 = llvm.load %v4 : !llvm.ptr -> f32
              %v1523 = arith.mulf %v1521, %v1522 fastmath<contract> : f32
              %v1524 = llvm.load %v1425 : !llvm.ptr -> f32
              %v1525 = arith.addf %v1524, %v1523 fastmath<contract> : f32
              llvm.store %v1525, %v1425 : f32, !llvm.ptr
              %v1526 = arith.muli %v27, %v458 : i64
              %v1527 = arith.addi %v1526, %v1424 : i64
              %v1528 = arith.constant 8 : i64
              %v1529 = arith.addi %v1528, %v1120 : i64
              %v1530 = arith.muli %v1529, %size_L : i64
              %v1531 = arith.addi %v1527, %v1530 : i64
              %v1532 = llvm.getelementptr %in_Cm[%v1531] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1533 = llvm.load %v1532 : !llvm.ptr -> f32
              %v1534 = llvm.load %v5 : !llvm.ptr -> f32
              %v1535 = arith.mulf %v1533, %v1534 fastmath<contract> : f32
              %v1536 = llvm.load %v1425 : !llvm.ptr -> f32
              %v1537 = arith.addf %v1536, %v1535 fastmath<contract> : f32
              llvm.store %v1537, %v1425 : f32, !llvm.ptr
            }
            gpu.barrier
            scf.if %v33 {
              %v1538 = arith.muli %v1120, %v63 : i64
              %v1539 = llvm.getelementptr %v17[%v1538] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1410, %v1539 : f32, !llvm.ptr
              %v1540 = arith.muli %v1120, %v63 : i64
              %v1541 = arith.addi %v1540, %v2 : i64
              %v1542 = llvm.getelementptr %v17[%v1541] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1418, %v1542 : f32, !llvm.ptr
            }
          }
          %v1543 = arith.index_cast %v32 : i64 to index
          %v1544 = arith.index_cast %v115 : i64 to index
          %v1545 = arith.index_cast %v2 : i64 to index
          scf.for %v1546 = %v1543 to %v1544 step %v1545 {
            %v1547 = arith.index_cast %v1546 : index to i64
            %v1548 = arith.addi %v112, %v1547 : i64
            %v1549 = llvm.getelementptr %v105[%v1547] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1550 = llvm.load %v1549 : !llvm.ptr -> f32
            %v1551 = arith.muli %v27, %v119 : i64
            %v1552 = arith.muli %v25, %size_L : i64
            %v1553 = arith.addi %v1551, %v1552 : i64
            %v1554 = arith.addi %v1553, %v1548 : i64
            %v1555 = llvm.getelementptr %in_u[%v1554] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1556 = llvm.load %v1555 : !llvm.ptr -> f32
            %v1557 = arith.mulf %v1556, %v425 fastmath<contract> : f32
            %v1558 = arith.addf %v1550, %v1557 fastmath<contract> : f32
            %v1559 = arith.muli %v27, %v119 : i64
            %v1560 = arith.muli %v25, %size_L : i64
            %v1561 = arith.addi %v1559, %v1560 : i64
            %v1562 = arith.addi %v1561, %v1548 : i64
            %v1563 = llvm.getelementptr %in_z[%v1562] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1564 = llvm.load %v1563 : !llvm.ptr -> f32
            %v1565 = arith.negf %v1564 : f32
            %v1566 = arith.mulf %v1565, %v176 fastmath<contract> : f32
            %v1567 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1566) : (f32) -> f32
            %v1568 = arith.addf %v179, %v1567 fastmath<contract> : f32
            %v1569 = arith.divf %v179, %v1568 : f32
            %v1570 = arith.mulf %v1564, %v1569 fastmath<contract> : f32
            %v1571 = arith.mulf %v1558, %v1570 fastmath<contract> : f32
            scf.if %v22 {
              %v1572 = arith.muli %v27, %v119 : i64
              %v1573 = arith.muli %v25, %size_L : i64
              %v1574 = arith.addi %v1572, %v1573 : i64
              %v1575 = arith.addi %v1574, %v1548 : i64
              %v1576 = llvm.getelementptr %out_y[%v1575] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1571, %v1576 : f32, !llvm.ptr
            }
          }
        }
      }
      // end scan
      gpu.barrier
      %v1577 = arith.andi %v22, %v33 : i1
      %v1578 = arith.index_cast %v32 : i64 to index
      %v1579 = arith.index_cast %v34 : i64 to index
      %v1580 = arith.index_cast %v2 : i64 to index
      scf.for %v1581 = %v1578 to %v1579 step %v1580 {
        %v1582 = arith.index_cast %v1581 : index to i64
        %v1583 = arith.muli %v1582, %v63 : i64
        %v1584 = llvm.getelementptr %v17[%v1583] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1585 = llvm.load %v1584 : !llvm.ptr -> f32
        llvm.store %v1585, %v10 : f32, !llvm.ptr
        %v1586 = arith.muli %v1582, %v63 : i64
        %v1587 = arith.addi %v1586, %v2 : i64
        %v1588 = llvm.getelementptr %v17[%v1587] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1589 = llvm.load %v1588 : !llvm.ptr -> f32
        llvm.store %v1589, %v11 : f32, !llvm.ptr
        %v1590 = llvm.load %v10 : !llvm.ptr -> f32
        %v1591 = llvm.load %v11 : !llvm.ptr -> f32
        scf.if %v1577 {
          %v1592 = arith.muli %v27, %v40 : i64
          %v1593 = arith.muli %v25, %v1 : i64
          %v1594 = arith.addi %v1592, %v1593 : i64
          %v1595 = arith.addi %v1594, %v1582 : i64
          %v1596 = llvm.getelementptr %out_h_last[%v1595] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v1590, %v1596 : f32, !llvm.ptr
          %v1597 = arith.muli %v27, %v40 : i64
          %v1598 = arith.muli %v25, %v1 : i64
          %v1599 = arith.addi %v1597, %v1598 : i64
          %v1600 = arith.constant 8 : i64
          %v1601 = arith.addi %v1600, %v1582 : i64
          %v1602 = arith.addi %v1599, %v1601 : i64
          %v1603 = llvm.getelementptr %out_h_last[%v1602] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v1591, %v1603 : f32, !llvm.ptr
        }
      }
      gpu.return
    }
  }
}
