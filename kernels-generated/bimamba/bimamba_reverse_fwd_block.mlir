module attributes {gpu.container_module} {
  gpu.module @linrec {
    llvm.mlir.global internal @warp_a_bimamba_reverse_fwd_block() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<16 x f32>
    llvm.mlir.global internal @warp_b_bimamba_reverse_fwd_block() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<16 x f32>
    llvm.mlir.global internal @running_bimamba_reverse_fwd_block() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<32 x f32>
    gpu.func @bimamba_reverse_fwd_block(%in_u: !llvm.ptr, %in_delta: !llvm.ptr, %in_z: !llvm.ptr, %in_A: !llvm.ptr, %in_Bm: !llvm.ptr, %in_Cm: !llvm.ptr, %in_Dskip: !llvm.ptr, %in_dt_bias: !llvm.ptr, %in_h0: !llvm.ptr, %out_y: !llvm.ptr, %out_h_first: !llvm.ptr, %ckpt_h: !llvm.ptr, %size_B: i64, %size_D: i64, %size_L: i64, %size_N: i64) kernel attributes {nvvm.maxntid = array<i32: 128, 1, 1>, nvvm.minctasm = 4 : i32} {
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
      %v12 = llvm.mlir.addressof @warp_a_bimamba_reverse_fwd_block : !llvm.ptr<3>
      %v13 = llvm.addrspacecast %v12 : !llvm.ptr<3> to !llvm.ptr
      %v14 = llvm.mlir.addressof @warp_b_bimamba_reverse_fwd_block : !llvm.ptr<3>
      %v15 = llvm.addrspacecast %v14 : !llvm.ptr<3> to !llvm.ptr
      %v16 = llvm.mlir.addressof @running_bimamba_reverse_fwd_block : !llvm.ptr<3>
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
      %v125 = arith.constant 7 : i64
      %v127 = arith.muli %size_L, %size_D : i64
      %v131 = arith.subi %size_L, %v2 : i64
      %v136 = arith.constant 0 : i32
      %v138 = arith.constant 1 : i32
      %v140 = arith.constant 2 : i32
      %v142 = arith.constant 3 : i32
      %v144 = arith.constant 4 : i32
      %v146 = arith.constant 5 : i32
      %v148 = arith.constant 6 : i32
      %v150 = arith.constant 7 : i32
      %v188 = arith.constant 0x3FB8AA3B : f32
      %v191 = arith.constant 0x3F800000 : f32
      %v194 = arith.constant 0x3F317218 : f32
      %v196 = arith.constant 0x3E124925 : f32
      %v198 = arith.constant 0xBE2AAAAB : f32
      %v201 = arith.constant 0x3E4CCCCD : f32
      %v204 = arith.constant 0xBE800000 : f32
      %v207 = arith.constant 0x3EAAAAAB : f32
      %v210 = arith.constant 0xBF000000 : f32
      %v216 = arith.constant 0x3D800000 : f32
      %v277 = arith.constant 3 : i64
      %v306 = arith.constant 4 : i64
      %v335 = arith.constant 5 : i64
      %v364 = arith.constant 6 : i64
      %v470 = arith.muli %size_L, %v1 : i64
      %v649 = arith.constant 32 : i32
      %v680 = arith.constant 8 : i32
      %v691 = arith.constant 16 : i32
      %v702 = arith.constant 31 : i64
      %v916 = arith.constant 64 : i64
      %v923 = arith.muli %size_B, %size_D : i64
      %v924 = arith.muli %v923, %v1 : i64
      %v1507 = arith.muli %size_B, %size_D : i64
      %v1508 = arith.muli %v1507, %v1 : i64
      %v1664 = arith.constant 1023 : i64
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
      %v182 = llvm.getelementptr %in_dt_bias[%v25] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v183 = llvm.load %v182 : !llvm.ptr -> f32
      %v435 = llvm.getelementptr %in_Dskip[%v25] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v436 = llvm.load %v435 : !llvm.ptr -> f32
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
          %v126 = arith.addi %v118, %v125 : i64
          %v128 = arith.muli %v27, %v127 : i64
          %v129 = arith.muli %v25, %size_L : i64
          %v130 = arith.addi %v128, %v129 : i64
          %v132 = arith.subi %v131, %v126 : i64
          %v133 = arith.addi %v130, %v132 : i64
          %v134 = llvm.getelementptr %in_delta[%v133] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v135 = llvm.load %v134 {alignment = 32 : i64} : !llvm.ptr -> vector<8xf32>
          %v137 = llvm.extractelement %v135[%v136 : i32] : vector<8xf32>
          %v139 = llvm.extractelement %v135[%v138 : i32] : vector<8xf32>
          %v141 = llvm.extractelement %v135[%v140 : i32] : vector<8xf32>
          %v143 = llvm.extractelement %v135[%v142 : i32] : vector<8xf32>
          %v145 = llvm.extractelement %v135[%v144 : i32] : vector<8xf32>
          %v147 = llvm.extractelement %v135[%v146 : i32] : vector<8xf32>
          %v149 = llvm.extractelement %v135[%v148 : i32] : vector<8xf32>
          %v151 = llvm.extractelement %v135[%v150 : i32] : vector<8xf32>
          %v152 = arith.muli %v27, %v127 : i64
          %v153 = arith.muli %v25, %size_L : i64
          %v154 = arith.addi %v152, %v153 : i64
          %v155 = arith.subi %v131, %v126 : i64
          %v156 = arith.addi %v154, %v155 : i64
          %v157 = llvm.getelementptr %in_u[%v156] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v158 = llvm.load %v157 {alignment = 32 : i64} : !llvm.ptr -> vector<8xf32>
          %v159 = llvm.extractelement %v158[%v136 : i32] : vector<8xf32>
          %v160 = llvm.extractelement %v158[%v138 : i32] : vector<8xf32>
          %v161 = llvm.extractelement %v158[%v140 : i32] : vector<8xf32>
          %v162 = llvm.extractelement %v158[%v142 : i32] : vector<8xf32>
          %v163 = llvm.extractelement %v158[%v144 : i32] : vector<8xf32>
          %v164 = llvm.extractelement %v158[%v146 : i32] : vector<8xf32>
          %v165 = llvm.extractelement %v158[%v148 : i32] : vector<8xf32>
          %v166 = llvm.extractelement %v158[%v150 : i32] : vector<8xf32>
          %v167 = arith.muli %v27, %v127 : i64
          %v168 = arith.muli %v25, %size_L : i64
          %v169 = arith.addi %v167, %v168 : i64
          %v170 = arith.subi %v131, %v126 : i64
          %v171 = arith.addi %v169, %v170 : i64
          %v172 = llvm.getelementptr %in_z[%v171] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v173 = llvm.load %v172 {alignment = 32 : i64} : !llvm.ptr -> vector<8xf32>
          %v174 = llvm.extractelement %v173[%v136 : i32] : vector<8xf32>
          %v175 = llvm.extractelement %v173[%v138 : i32] : vector<8xf32>
          %v176 = llvm.extractelement %v173[%v140 : i32] : vector<8xf32>
          %v177 = llvm.extractelement %v173[%v142 : i32] : vector<8xf32>
          %v178 = llvm.extractelement %v173[%v144 : i32] : vector<8xf32>
          %v179 = llvm.extractelement %v173[%v146 : i32] : vector<8xf32>
          %v180 = llvm.extractelement %v173[%v148 : i32] : vector<8xf32>
          %v181 = llvm.extractelement %v173[%v150 : i32] : vector<8xf32>
          %v184 = arith.addf %v151, %v183 fastmath<contract> : f32
          %v185 = arith.maximumf %v184, %v50 : f32
          %v186 = llvm.call_intrinsic "llvm.fabs.f32"(%v184) : (f32) -> f32
          %v187 = arith.negf %v186 : f32
          %v189 = arith.mulf %v187, %v188 fastmath<contract> : f32
          %v190 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v189) : (f32) -> f32
          %v192 = arith.addf %v191, %v190 fastmath<contract> : f32
          %v193 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v192) : (f32) -> f32
          %v195 = arith.mulf %v193, %v194 fastmath<contract> : f32
          %v197 = arith.mulf %v196, %v190 fastmath<contract> : f32
          %v199 = arith.addf %v197, %v198 fastmath<contract> : f32
          %v200 = arith.mulf %v199, %v190 fastmath<contract> : f32
          %v202 = arith.addf %v200, %v201 fastmath<contract> : f32
          %v203 = arith.mulf %v202, %v190 fastmath<contract> : f32
          %v205 = arith.addf %v203, %v204 fastmath<contract> : f32
          %v206 = arith.mulf %v205, %v190 fastmath<contract> : f32
          %v208 = arith.addf %v206, %v207 fastmath<contract> : f32
          %v209 = arith.mulf %v208, %v190 fastmath<contract> : f32
          %v211 = arith.addf %v209, %v210 fastmath<contract> : f32
          %v212 = arith.mulf %v211, %v190 fastmath<contract> : f32
          %v213 = arith.addf %v212, %v191 fastmath<contract> : f32
          %v214 = arith.mulf %v213, %v190 fastmath<contract> : f32
          %v215 = llvm.call_intrinsic "llvm.fabs.f32"(%v190) : (f32) -> f32
          %v217 = arith.cmpf olt, %v215, %v216 : f32
          %v218 = arith.select %v217, %v214, %v195 : f32
          %v219 = arith.addf %v185, %v218 fastmath<contract> : f32
          %v220 = arith.mulf %v219, %v166 fastmath<contract> : f32
          %v221 = arith.addi %v118, %v2 : i64
          %v222 = arith.addf %v149, %v183 fastmath<contract> : f32
          %v223 = arith.maximumf %v222, %v50 : f32
          %v224 = llvm.call_intrinsic "llvm.fabs.f32"(%v222) : (f32) -> f32
          %v225 = arith.negf %v224 : f32
          %v226 = arith.mulf %v225, %v188 fastmath<contract> : f32
          %v227 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v226) : (f32) -> f32
          %v228 = arith.addf %v191, %v227 fastmath<contract> : f32
          %v229 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v228) : (f32) -> f32
          %v230 = arith.mulf %v229, %v194 fastmath<contract> : f32
          %v231 = arith.mulf %v196, %v227 fastmath<contract> : f32
          %v232 = arith.addf %v231, %v198 fastmath<contract> : f32
          %v233 = arith.mulf %v232, %v227 fastmath<contract> : f32
          %v234 = arith.addf %v233, %v201 fastmath<contract> : f32
          %v235 = arith.mulf %v234, %v227 fastmath<contract> : f32
          %v236 = arith.addf %v235, %v204 fastmath<contract> : f32
          %v237 = arith.mulf %v236, %v227 fastmath<contract> : f32
          %v238 = arith.addf %v237, %v207 fastmath<contract> : f32
          %v239 = arith.mulf %v238, %v227 fastmath<contract> : f32
          %v240 = arith.addf %v239, %v210 fastmath<contract> : f32
          %v241 = arith.mulf %v240, %v227 fastmath<contract> : f32
          %v242 = arith.addf %v241, %v191 fastmath<contract> : f32
          %v243 = arith.mulf %v242, %v227 fastmath<contract> : f32
          %v244 = llvm.call_intrinsic "llvm.fabs.f32"(%v227) : (f32) -> f32
          %v245 = arith.cmpf olt, %v244, %v216 : f32
          %v246 = arith.select %v245, %v243, %v230 : f32
          %v247 = arith.addf %v223, %v246 fastmath<contract> : f32
          %v248 = arith.mulf %v247, %v165 fastmath<contract> : f32
          %v249 = arith.addi %v118, %v63 : i64
          %v250 = arith.addf %v147, %v183 fastmath<contract> : f32
          %v251 = arith.maximumf %v250, %v50 : f32
          %v252 = llvm.call_intrinsic "llvm.fabs.f32"(%v250) : (f32) -> f32
          %v253 = arith.negf %v252 : f32
          %v254 = arith.mulf %v253, %v188 fastmath<contract> : f32
          %v255 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v254) : (f32) -> f32
          %v256 = arith.addf %v191, %v255 fastmath<contract> : f32
          %v257 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v256) : (f32) -> f32
          %v258 = arith.mulf %v257, %v194 fastmath<contract> : f32
          %v259 = arith.mulf %v196, %v255 fastmath<contract> : f32
          %v260 = arith.addf %v259, %v198 fastmath<contract> : f32
          %v261 = arith.mulf %v260, %v255 fastmath<contract> : f32
          %v262 = arith.addf %v261, %v201 fastmath<contract> : f32
          %v263 = arith.mulf %v262, %v255 fastmath<contract> : f32
          %v264 = arith.addf %v263, %v204 fastmath<contract> : f32
          %v265 = arith.mulf %v264, %v255 fastmath<contract> : f32
          %v266 = arith.addf %v265, %v207 fastmath<contract> : f32
          %v267 = arith.mulf %v266, %v255 fastmath<contract> : f32
          %v268 = arith.addf %v267, %v210 fastmath<contract> : f32
          %v269 = arith.mulf %v268, %v255 fastmath<contract> : f32
          %v270 = arith.addf %v269, %v191 fastmath<contract> : f32
          %v271 = arith.mulf %v270, %v255 fastmath<contract> : f32
          %v272 = llvm.call_intrinsic "llvm.fabs.f32"(%v255) : (f32) -> f32
          %v273 = arith.cmpf olt, %v272, %v216 : f32
          %v274 = arith.select %v273, %v271, %v258 : f32
          %v275 = arith.addf %v251, %v274 fastmath<contract> : f32
          %v276 = arith.mulf %v275, %v164 fastmath<contract> : f32
          %v278 = arith.addi %v118, %v277 : i64
          %v279 = arith.addf %v145, %v183 fastmath<contract> : f32
          %v280 = arith.maximumf %v279, %v50 : f32
          %v281 = llvm.call_intrinsic "llvm.fabs.f32"(%v279) : (f32) -> f32
          %v282 = arith.negf %v281 : f32
          %v283 = arith.mulf %v282, %v188 fastmath<contract> : f32
          %v284 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v283) : (f32) -> f32
          %v285 = arith.addf %v191, %v284 fastmath<contract> : f32
          %v286 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v285) : (f32) -> f32
          %v287 = arith.mulf %v286, %v194 fastmath<contract> : f32
          %v288 = arith.mulf %v196, %v284 fastmath<contract> : f32
          %v289 = arith.addf %v288, %v198 fastmath<contract> : f32
          %v290 = arith.mulf %v289, %v284 fastmath<contract> : f32
          %v291 = arith.addf %v290, %v201 fastmath<contract> : f32
          %v292 = arith.mulf %v291, %v284 fastmath<contract> : f32
          %v293 = arith.addf %v292, %v204 fastmath<contract> : f32
          %v294 = arith.mulf %v293, %v284 fastmath<contract> : f32
          %v295 = arith.addf %v294, %v207 fastmath<contract> : f32
          %v296 = arith.mulf %v295, %v284 fastmath<contract> : f32
          %v297 = arith.addf %v296, %v210 fastmath<contract> : f32
          %v298 = arith.mulf %v297, %v284 fastmath<contract> : f32
          %v299 = arith.addf %v298, %v191 fastmath<contract> : f32
          %v300 = arith.mulf %v299, %v284 fastmath<contract> : f32
          %v301 = llvm.call_intrinsic "llvm.fabs.f32"(%v284) : (f32) -> f32
          %v302 = arith.cmpf olt, %v301, %v216 : f32
          %v303 = arith.select %v302, %v300, %v287 : f32
          %v304 = arith.addf %v280, %v303 fastmath<contract> : f32
          %v305 = arith.mulf %v304, %v163 fastmath<contract> : f32
          %v307 = arith.addi %v118, %v306 : i64
          %v308 = arith.addf %v143, %v183 fastmath<contract> : f32
          %v309 = arith.maximumf %v308, %v50 : f32
          %v310 = llvm.call_intrinsic "llvm.fabs.f32"(%v308) : (f32) -> f32
          %v311 = arith.negf %v310 : f32
          %v312 = arith.mulf %v311, %v188 fastmath<contract> : f32
          %v313 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v312) : (f32) -> f32
          %v314 = arith.addf %v191, %v313 fastmath<contract> : f32
          %v315 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v314) : (f32) -> f32
          %v316 = arith.mulf %v315, %v194 fastmath<contract> : f32
          %v317 = arith.mulf %v196, %v313 fastmath<contract> : f32
          %v318 = arith.addf %v317, %v198 fastmath<contract> : f32
          %v319 = arith.mulf %v318, %v313 fastmath<contract> : f32
          %v320 = arith.addf %v319, %v201 fastmath<contract> : f32
          %v321 = arith.mulf %v320, %v313 fastmath<contract> : f32
          %v322 = arith.addf %v321, %v204 fastmath<contract> : f32
          %v323 = arith.mulf %v322, %v313 fastmath<contract> : f32
          %v324 = arith.addf %v323, %v207 fastmath<contract> : f32
          %v325 = arith.mulf %v324, %v313 fastmath<contract> : f32
          %v326 = arith.addf %v325, %v210 fastmath<contract> : f32
          %v327 = arith.mulf %v326, %v313 fastmath<contract> : f32
          %v328 = arith.addf %v327, %v191 fastmath<contract> : f32
          %v329 = arith.mulf %v328, %v313 fastmath<contract> : f32
          %v330 = llvm.call_intrinsic "llvm.fabs.f32"(%v313) : (f32) -> f32
          %v331 = arith.cmpf olt, %v330, %v216 : f32
          %v332 = arith.select %v331, %v329, %v316 : f32
          %v333 = arith.addf %v309, %v332 fastmath<contract> : f32
          %v334 = arith.mulf %v333, %v162 fastmath<contract> : f32
          %v336 = arith.addi %v118, %v335 : i64
          %v337 = arith.addf %v141, %v183 fastmath<contract> : f32
          %v338 = arith.maximumf %v337, %v50 : f32
          %v339 = llvm.call_intrinsic "llvm.fabs.f32"(%v337) : (f32) -> f32
          %v340 = arith.negf %v339 : f32
          %v341 = arith.mulf %v340, %v188 fastmath<contract> : f32
          %v342 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v341) : (f32) -> f32
          %v343 = arith.addf %v191, %v342 fastmath<contract> : f32
          %v344 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v343) : (f32) -> f32
          %v345 = arith.mulf %v344, %v194 fastmath<contract> : f32
          %v346 = arith.mulf %v196, %v342 fastmath<contract> : f32
          %v347 = arith.addf %v346, %v198 fastmath<contract> : f32
          %v348 = arith.mulf %v347, %v342 fastmath<contract> : f32
          %v349 = arith.addf %v348, %v201 fastmath<contract> : f32
          %v350 = arith.mulf %v349, %v342 fastmath<contract> : f32
          %v351 = arith.addf %v350, %v204 fastmath<contract> : f32
          %v352 = arith.mulf %v351, %v342 fastmath<contract> : f32
          %v353 = arith.addf %v352, %v207 fastmath<contract> : f32
          %v354 = arith.mulf %v353, %v342 fastmath<contract> : f32
          %v355 = arith.addf %v354, %v210 fastmath<contract> : f32
          %v356 = arith.mulf %v355, %v342 fastmath<contract> : f32
          %v357 = arith.addf %v356, %v191 fastmath<contract> : f32
          %v358 = arith.mulf %v357, %v342 fastmath<contract> : f32
          %v359 = llvm.call_intrinsic "llvm.fabs.f32"(%v342) : (f32) -> f32
          %v360 = arith.cmpf olt, %v359, %v216 : f32
          %v361 = arith.select %v360, %v358, %v345 : f32
          %v362 = arith.addf %v338, %v361 fastmath<contract> : f32
          %v363 = arith.mulf %v362, %v161 fastmath<contract> : f32
          %v365 = arith.addi %v118, %v364 : i64
          %v366 = arith.addf %v139, %v183 fastmath<contract> : f32
          %v367 = arith.maximumf %v366, %v50 : f32
          %v368 = llvm.call_intrinsic "llvm.fabs.f32"(%v366) : (f32) -> f32
          %v369 = arith.negf %v368 : f32
          %v370 = arith.mulf %v369, %v188 fastmath<contract> : f32
          %v371 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v370) : (f32) -> f32
          %v372 = arith.addf %v191, %v371 fastmath<contract> : f32
          %v373 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v372) : (f32) -> f32
          %v374 = arith.mulf %v373, %v194 fastmath<contract> : f32
          %v375 = arith.mulf %v196, %v371 fastmath<contract> : f32
          %v376 = arith.addf %v375, %v198 fastmath<contract> : f32
          %v377 = arith.mulf %v376, %v371 fastmath<contract> : f32
          %v378 = arith.addf %v377, %v201 fastmath<contract> : f32
          %v379 = arith.mulf %v378, %v371 fastmath<contract> : f32
          %v380 = arith.addf %v379, %v204 fastmath<contract> : f32
          %v381 = arith.mulf %v380, %v371 fastmath<contract> : f32
          %v382 = arith.addf %v381, %v207 fastmath<contract> : f32
          %v383 = arith.mulf %v382, %v371 fastmath<contract> : f32
          %v384 = arith.addf %v383, %v210 fastmath<contract> : f32
          %v385 = arith.mulf %v384, %v371 fastmath<contract> : f32
          %v386 = arith.addf %v385, %v191 fastmath<contract> : f32
          %v387 = arith.mulf %v386, %v371 fastmath<contract> : f32
          %v388 = llvm.call_intrinsic "llvm.fabs.f32"(%v371) : (f32) -> f32
          %v389 = arith.cmpf olt, %v388, %v216 : f32
          %v390 = arith.select %v389, %v387, %v374 : f32
          %v391 = arith.addf %v367, %v390 fastmath<contract> : f32
          %v392 = arith.mulf %v391, %v160 fastmath<contract> : f32
          %v393 = arith.addi %v118, %v125 : i64
          %v394 = arith.addf %v137, %v183 fastmath<contract> : f32
          %v395 = arith.maximumf %v394, %v50 : f32
          %v396 = llvm.call_intrinsic "llvm.fabs.f32"(%v394) : (f32) -> f32
          %v397 = arith.negf %v396 : f32
          %v398 = arith.mulf %v397, %v188 fastmath<contract> : f32
          %v399 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v398) : (f32) -> f32
          %v400 = arith.addf %v191, %v399 fastmath<contract> : f32
          %v401 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v400) : (f32) -> f32
          %v402 = arith.mulf %v401, %v194 fastmath<contract> : f32
          %v403 = arith.mulf %v196, %v399 fastmath<contract> : f32
          %v404 = arith.addf %v403, %v198 fastmath<contract> : f32
          %v405 = arith.mulf %v404, %v399 fastmath<contract> : f32
          %v406 = arith.addf %v405, %v201 fastmath<contract> : f32
          %v407 = arith.mulf %v406, %v399 fastmath<contract> : f32
          %v408 = arith.addf %v407, %v204 fastmath<contract> : f32
          %v409 = arith.mulf %v408, %v399 fastmath<contract> : f32
          %v410 = arith.addf %v409, %v207 fastmath<contract> : f32
          %v411 = arith.mulf %v410, %v399 fastmath<contract> : f32
          %v412 = arith.addf %v411, %v210 fastmath<contract> : f32
          %v413 = arith.mulf %v412, %v399 fastmath<contract> : f32
          %v414 = arith.addf %v413, %v191 fastmath<contract> : f32
          %v415 = arith.mulf %v414, %v399 fastmath<contract> : f32
          %v416 = llvm.call_intrinsic "llvm.fabs.f32"(%v399) : (f32) -> f32
          %v417 = arith.cmpf olt, %v416, %v216 : f32
          %v418 = arith.select %v417, %v415, %v402 : f32
          %v419 = arith.addf %v395, %v418 fastmath<contract> : f32
          %v420 = arith.mulf %v419, %v159 fastmath<contract> : f32
          %v421 = arith.addi %v118, %v2 : i64
          %v422 = arith.addf %v219, %v247 fastmath<contract> : f32
          %v423 = arith.addi %v118, %v63 : i64
          %v424 = arith.addf %v422, %v275 fastmath<contract> : f32
          %v425 = arith.addi %v118, %v277 : i64
          %v426 = arith.addf %v424, %v304 fastmath<contract> : f32
          %v427 = arith.addi %v118, %v306 : i64
          %v428 = arith.addf %v426, %v333 fastmath<contract> : f32
          %v429 = arith.addi %v118, %v335 : i64
          %v430 = arith.addf %v428, %v362 fastmath<contract> : f32
          %v431 = arith.addi %v118, %v364 : i64
          %v432 = arith.addf %v430, %v391 fastmath<contract> : f32
          %v433 = arith.addi %v118, %v125 : i64
          %v434 = arith.addf %v432, %v419 fastmath<contract> : f32
          %v437 = arith.mulf %v166, %v436 fastmath<contract> : f32
          llvm.store %v437, %v97 : f32, !llvm.ptr
          %v438 = arith.addi %v118, %v2 : i64
          %v439 = arith.mulf %v165, %v436 fastmath<contract> : f32
          llvm.store %v439, %v98 : f32, !llvm.ptr
          %v440 = arith.addi %v118, %v63 : i64
          %v441 = arith.mulf %v164, %v436 fastmath<contract> : f32
          llvm.store %v441, %v99 : f32, !llvm.ptr
          %v442 = arith.addi %v118, %v277 : i64
          %v443 = arith.mulf %v163, %v436 fastmath<contract> : f32
          llvm.store %v443, %v100 : f32, !llvm.ptr
          %v444 = arith.addi %v118, %v306 : i64
          %v445 = arith.mulf %v162, %v436 fastmath<contract> : f32
          llvm.store %v445, %v101 : f32, !llvm.ptr
          %v446 = arith.addi %v118, %v335 : i64
          %v447 = arith.mulf %v161, %v436 fastmath<contract> : f32
          llvm.store %v447, %v102 : f32, !llvm.ptr
          %v448 = arith.addi %v118, %v364 : i64
          %v449 = arith.mulf %v160, %v436 fastmath<contract> : f32
          llvm.store %v449, %v103 : f32, !llvm.ptr
          %v450 = arith.addi %v118, %v125 : i64
          %v451 = arith.mulf %v159, %v436 fastmath<contract> : f32
          llvm.store %v451, %v104 : f32, !llvm.ptr
          %v452 = arith.index_cast %v32 : i64 to index
          %v453 = arith.index_cast %v34 : i64 to index
          %v454 = arith.index_cast %v2 : i64 to index
          scf.for %v455 = %v452 to %v453 step %v454 {
            %v456 = arith.index_cast %v455 : index to i64
            %v457 = arith.muli %v25, %v1 : i64
            %v458 = arith.addi %v457, %v456 : i64
            %v459 = llvm.getelementptr %in_A[%v458] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v460 = llvm.load %v459 : !llvm.ptr -> f32
            %v461 = arith.mulf %v460, %v188 fastmath<contract> : f32
            %v462 = arith.muli %v25, %v1 : i64
            %v463 = arith.constant 8 : i64
            %v464 = arith.addi %v463, %v456 : i64
            %v465 = arith.addi %v462, %v464 : i64
            %v466 = llvm.getelementptr %in_A[%v465] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v467 = llvm.load %v466 : !llvm.ptr -> f32
            %v468 = arith.mulf %v467, %v188 fastmath<contract> : f32
            // 1. this point's K steps composed into one map (A, B)
            llvm.store %v191, %v6 : f32, !llvm.ptr
            llvm.store %v191, %v7 : f32, !llvm.ptr
            llvm.store %v50, %v8 : f32, !llvm.ptr
            llvm.store %v50, %v9 : f32, !llvm.ptr
            %v469 = arith.addi %v118, %v125 : i64
            %v471 = arith.muli %v27, %v470 : i64
            %v472 = arith.subi %v131, %v469 : i64
            %v473 = arith.addi %v471, %v472 : i64
            %v474 = arith.muli %v456, %size_L : i64
            %v475 = arith.addi %v473, %v474 : i64
            %v476 = llvm.getelementptr %in_Bm[%v475] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v477 = llvm.load %v476 {alignment = 32 : i64} : !llvm.ptr -> vector<8xf32>
            %v478 = llvm.extractelement %v477[%v136 : i32] : vector<8xf32>
            %v479 = llvm.extractelement %v477[%v138 : i32] : vector<8xf32>
            %v480 = llvm.extractelement %v477[%v140 : i32] : vector<8xf32>
            %v481 = llvm.extractelement %v477[%v142 : i32] : vector<8xf32>
            %v482 = llvm.extractelement %v477[%v144 : i32] : vector<8xf32>
            %v483 = llvm.extractelement %v477[%v146 : i32] : vector<8xf32>
            %v484 = llvm.extractelement %v477[%v148 : i32] : vector<8xf32>
            %v485 = llvm.extractelement %v477[%v150 : i32] : vector<8xf32>
            %v486 = arith.muli %v27, %v470 : i64
            %v487 = arith.subi %v131, %v469 : i64
            %v488 = arith.addi %v486, %v487 : i64
            %v489 = arith.constant 8 : i64
            %v490 = arith.addi %v489, %v456 : i64
            %v491 = arith.muli %v490, %size_L : i64
            %v492 = arith.addi %v488, %v491 : i64
            %v493 = llvm.getelementptr %in_Bm[%v492] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v494 = llvm.load %v493 {alignment = 32 : i64} : !llvm.ptr -> vector<8xf32>
            %v495 = llvm.extractelement %v494[%v136 : i32] : vector<8xf32>
            %v496 = llvm.extractelement %v494[%v138 : i32] : vector<8xf32>
            %v497 = llvm.extractelement %v494[%v140 : i32] : vector<8xf32>
            %v498 = llvm.extractelement %v494[%v142 : i32] : vector<8xf32>
            %v499 = llvm.extractelement %v494[%v144 : i32] : vector<8xf32>
            %v500 = llvm.extractelement %v494[%v146 : i32] : vector<8xf32>
            %v501 = llvm.extractelement %v494[%v148 : i32] : vector<8xf32>
            %v502 = llvm.extractelement %v494[%v150 : i32] : vector<8xf32>
            %v503 = arith.mulf %v219, %v461 fastmath<contract> : f32
            %v504 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v503) : (f32) -> f32
            %v505 = arith.mulf %v485, %v220 fastmath<contract> : f32
            %v506 = llvm.load %v8 : !llvm.ptr -> f32
            %v507 = arith.mulf %v504, %v506 fastmath<contract> : f32
            %v508 = arith.addf %v507, %v505 fastmath<contract> : f32
            %v509 = llvm.load %v6 : !llvm.ptr -> f32
            %v510 = arith.mulf %v504, %v509 fastmath<contract> : f32
            %v511 = arith.mulf %v219, %v468 fastmath<contract> : f32
            %v512 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v511) : (f32) -> f32
            %v513 = arith.mulf %v502, %v220 fastmath<contract> : f32
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
            %v520 = arith.mulf %v247, %v461 fastmath<contract> : f32
            %v521 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v520) : (f32) -> f32
            %v522 = arith.mulf %v484, %v248 fastmath<contract> : f32
            %v523 = llvm.load %v8 : !llvm.ptr -> f32
            %v524 = arith.mulf %v521, %v523 fastmath<contract> : f32
            %v525 = arith.addf %v524, %v522 fastmath<contract> : f32
            %v526 = llvm.load %v6 : !llvm.ptr -> f32
            %v527 = arith.mulf %v521, %v526 fastmath<contract> : f32
            %v528 = arith.mulf %v247, %v468 fastmath<contract> : f32
            %v529 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v528) : (f32) -> f32
            %v530 = arith.mulf %v501, %v248 fastmath<contract> : f32
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
            %v537 = arith.mulf %v275, %v461 fastmath<contract> : f32
            %v538 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v537) : (f32) -> f32
            %v539 = arith.mulf %v483, %v276 fastmath<contract> : f32
            %v540 = llvm.load %v8 : !llvm.ptr -> f32
            %v541 = arith.mulf %v538, %v540 fastmath<contract> : f32
            %v542 = arith.addf %v541, %v539 fastmath<contract> : f32
            %v543 = llvm.load %v6 : !llvm.ptr -> f32
            %v544 = arith.mulf %v538, %v543 fastmath<contract> : f32
            %v545 = arith.mulf %v275, %v468 fastmath<contract> : f32
            %v546 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v545) : (f32) -> f32
            %v547 = arith.mulf %v500, %v276 fastmath<contract> : f32
            %v548 = llvm.load %v9 : !llvm.ptr -> f32
            %v549 = arith.mulf %v546, %v548 fastmath<contract> : f32
            %v550 = arith.addf %v549, %v547 fastmath<contract> : f32
            %v551 = llvm.load %v7 : !llvm.ptr -> f32
            %v552 = arith.mulf %v546, %v551 fastmath<contract> : f32
            llvm.store %v542, %v8 : f32, !llvm.ptr
            llvm.store %v544, %v6 : f32, !llvm.ptr
            llvm.store %v550, %v9 : f32, !llvm.ptr
            llvm.store %v552, %v7 : f32, !llvm.ptr
            %v553 = arith.addi %v118, %v277 : i64
            %v554 = arith.mulf %v304, %v461 fastmath<contract> : f32
            %v555 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v554) : (f32) -> f32
            %v556 = arith.mulf %v482, %v305 fastmath<contract> : f32
            %v557 = llvm.load %v8 : !llvm.ptr -> f32
            %v558 = arith.mulf %v555, %v557 fastmath<contract> : f32
            %v559 = arith.addf %v558, %v556 fastmath<contract> : f32
            %v560 = llvm.load %v6 : !llvm.ptr -> f32
            %v561 = arith.mulf %v555, %v560 fastmath<contract> : f32
            %v562 = arith.mulf %v304, %v468 fastmath<contract> : f32
            %v563 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v562) : (f32) -> f32
            %v564 = arith.mulf %v499, %v305 fastmath<contract> : f32
            %v565 = llvm.load %v9 : !llvm.ptr -> f32
            %v566 = arith.mulf %v563, %v565 fastmath<contract> : f32
            %v567 = arith.addf %v566, %v564 fastmath<contract> : f32
            %v568 = llvm.load %v7 : !llvm.ptr -> f32
            %v569 = arith.mulf %v563, %v568 fastmath<contract> : f32
            llvm.store %v559, %v8 : f32, !llvm.ptr
            llvm.store %v561, %v6 : f32, !llvm.ptr
            llvm.store %v567, %v9 : f32, !llvm.ptr
            llvm.store %v569, %v7 : f32, !llvm.ptr
            %v570 = arith.addi %v118, %v306 : i64
            %v571 = arith.mulf %v333, %v461 fastmath<contract> : f32
            %v572 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v571) : (f32) -> f32
            %v573 = arith.mulf %v481, %v334 fastmath<contract> : f32
            %v574 = llvm.load %v8 : !llvm.ptr -> f32
            %v575 = arith.mulf %v572, %v574 fastmath<contract> : f32
            %v576 = arith.addf %v575, %v573 fastmath<contract> : f32
            %v577 = llvm.load %v6 : !llvm.ptr -> f32
            %v578 = arith.mulf %v572, %v577 fastmath<contract> : f32
            %v579 = arith.mulf %v333, %v468 fastmath<contract> : f32
            %v580 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v579) : (f32) -> f32
            %v581 = arith.mulf %v498, %v334 fastmath<contract> : f32
            %v582 = llvm.load %v9 : !llvm.ptr -> f32
            %v583 = arith.mulf %v580, %v582 fastmath<contract> : f32
            %v584 = arith.addf %v583, %v581 fastmath<contract> : f32
            %v585 = llvm.load %v7 : !llvm.ptr -> f32
            %v586 = arith.mulf %v580, %v585 fastmath<contract> : f32
            llvm.store %v576, %v8 : f32, !llvm.ptr
            llvm.store %v578, %v6 : f32, !llvm.ptr
            llvm.store %v584, %v9 : f32, !llvm.ptr
            llvm.store %v586, %v7 : f32, !llvm.ptr
            %v587 = arith.addi %v118, %v335 : i64
            %v588 = arith.mulf %v362, %v461 fastmath<contract> : f32
            %v589 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v588) : (f32) -> f32
            %v590 = arith.mulf %v480, %v363 fastmath<contract> : f32
            %v591 = llvm.load %v8 : !llvm.ptr -> f32
            %v592 = arith.mulf %v589, %v591 fastmath<contract> : f32
            %v593 = arith.addf %v592, %v590 fastmath<contract> : f32
            %v594 = llvm.load %v6 : !llvm.ptr -> f32
            %v595 = arith.mulf %v589, %v594 fastmath<contract> : f32
            %v596 = arith.mulf %v362, %v468 fastmath<contract> : f32
            %v597 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v596) : (f32) -> f32
            %v598 = arith.mulf %v497, %v363 fastmath<contract> : f32
            %v599 = llvm.load %v9 : !llvm.ptr -> f32
            %v600 = arith.mulf %v597, %v599 fastmath<contract> : f32
            %v601 = arith.addf %v600, %v598 fastmath<contract> : f32
            %v602 = llvm.load %v7 : !llvm.ptr -> f32
            %v603 = arith.mulf %v597, %v602 fastmath<contract> : f32
            llvm.store %v593, %v8 : f32, !llvm.ptr
            llvm.store %v595, %v6 : f32, !llvm.ptr
            llvm.store %v601, %v9 : f32, !llvm.ptr
            llvm.store %v603, %v7 : f32, !llvm.ptr
            %v604 = arith.addi %v118, %v364 : i64
            %v605 = arith.mulf %v391, %v461 fastmath<contract> : f32
            %v606 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v605) : (f32) -> f32
            %v607 = arith.mulf %v479, %v392 fastmath<contract> : f32
            %v608 = llvm.load %v8 : !llvm.ptr -> f32
            %v609 = arith.mulf %v606, %v608 fastmath<contract> : f32
            %v610 = arith.addf %v609, %v607 fastmath<contract> : f32
            %v611 = llvm.load %v6 : !llvm.ptr -> f32
            %v612 = arith.mulf %v606, %v611 fastmath<contract> : f32
            %v613 = arith.mulf %v391, %v468 fastmath<contract> : f32
            %v614 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v613) : (f32) -> f32
            %v615 = arith.mulf %v496, %v392 fastmath<contract> : f32
            %v616 = llvm.load %v9 : !llvm.ptr -> f32
            %v617 = arith.mulf %v614, %v616 fastmath<contract> : f32
            %v618 = arith.addf %v617, %v615 fastmath<contract> : f32
            %v619 = llvm.load %v7 : !llvm.ptr -> f32
            %v620 = arith.mulf %v614, %v619 fastmath<contract> : f32
            llvm.store %v610, %v8 : f32, !llvm.ptr
            llvm.store %v612, %v6 : f32, !llvm.ptr
            llvm.store %v618, %v9 : f32, !llvm.ptr
            llvm.store %v620, %v7 : f32, !llvm.ptr
            %v621 = arith.addi %v118, %v125 : i64
            %v622 = arith.mulf %v419, %v461 fastmath<contract> : f32
            %v623 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v622) : (f32) -> f32
            %v624 = arith.mulf %v478, %v420 fastmath<contract> : f32
            %v625 = llvm.load %v8 : !llvm.ptr -> f32
            %v626 = arith.mulf %v623, %v625 fastmath<contract> : f32
            %v627 = arith.addf %v626, %v624 fastmath<contract> : f32
            %v628 = llvm.load %v6 : !llvm.ptr -> f32
            %v629 = arith.mulf %v623, %v628 fastmath<contract> : f32
            %v630 = arith.mulf %v419, %v468 fastmath<contract> : f32
            %v631 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v630) : (f32) -> f32
            %v632 = arith.mulf %v495, %v420 fastmath<contract> : f32
            %v633 = llvm.load %v9 : !llvm.ptr -> f32
            %v634 = arith.mulf %v631, %v633 fastmath<contract> : f32
            %v635 = arith.addf %v634, %v632 fastmath<contract> : f32
            %v636 = llvm.load %v7 : !llvm.ptr -> f32
            %v637 = arith.mulf %v631, %v636 fastmath<contract> : f32
            llvm.store %v627, %v8 : f32, !llvm.ptr
            llvm.store %v629, %v6 : f32, !llvm.ptr
            llvm.store %v635, %v9 : f32, !llvm.ptr
            llvm.store %v637, %v7 : f32, !llvm.ptr
            %v638 = arith.mulf %v434, %v461 fastmath<contract> : f32
            %v639 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v638) : (f32) -> f32
            llvm.store %v639, %v6 : f32, !llvm.ptr
            %v640 = arith.mulf %v434, %v468 fastmath<contract> : f32
            %v641 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v640) : (f32) -> f32
            llvm.store %v641, %v7 : f32, !llvm.ptr
            // 2. the block's scan of this point's maps
            %v642 = llvm.load %v6 : !llvm.ptr -> f32
            %v643 = llvm.load %v8 : !llvm.ptr -> f32
            %v644 = llvm.load %v7 : !llvm.ptr -> f32
            %v645 = llvm.load %v9 : !llvm.ptr -> f32
            %v646 = arith.addi %v116, %v456 : i64
            %v647 = arith.andi %v646, %v2 : i64
            %v648 = arith.muli %v647, %v34 : i64
            %v650, %v651 = gpu.shuffle up %v642, %v138, %v649 : f32
            %v652, %v653 = gpu.shuffle up %v643, %v138, %v649 : f32
            %v654 = arith.mulf %v642, %v650 fastmath<contract> : f32
            %v655 = arith.mulf %v642, %v652 fastmath<contract> : f32
            %v656 = arith.addf %v655, %v643 fastmath<contract> : f32
            %v657 = arith.cmpi uge, %v30, %v2 : i64
            %v658 = arith.select %v657, %v654, %v642 : f32
            %v659 = arith.select %v657, %v656, %v643 : f32
            %v660, %v661 = gpu.shuffle up %v658, %v140, %v649 : f32
            %v662, %v663 = gpu.shuffle up %v659, %v140, %v649 : f32
            %v664 = arith.mulf %v658, %v660 fastmath<contract> : f32
            %v665 = arith.mulf %v658, %v662 fastmath<contract> : f32
            %v666 = arith.addf %v665, %v659 fastmath<contract> : f32
            %v667 = arith.cmpi uge, %v30, %v63 : i64
            %v668 = arith.select %v667, %v664, %v658 : f32
            %v669 = arith.select %v667, %v666, %v659 : f32
            %v670, %v671 = gpu.shuffle up %v668, %v144, %v649 : f32
            %v672, %v673 = gpu.shuffle up %v669, %v144, %v649 : f32
            %v674 = arith.mulf %v668, %v670 fastmath<contract> : f32
            %v675 = arith.mulf %v668, %v672 fastmath<contract> : f32
            %v676 = arith.addf %v675, %v669 fastmath<contract> : f32
            %v677 = arith.cmpi uge, %v30, %v306 : i64
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
            %v707, %v708 = gpu.shuffle up %v700, %v138, %v649 : f32
            %v709, %v710 = gpu.shuffle up %v701, %v138, %v649 : f32
            %v711 = arith.cmpi eq, %v30, %v32 : i64
            %v712 = arith.select %v711, %v191, %v707 : f32
            %v713 = arith.select %v711, %v50, %v709 : f32
            %v714, %v715 = gpu.shuffle up %v644, %v138, %v649 : f32
            %v716, %v717 = gpu.shuffle up %v645, %v138, %v649 : f32
            %v718 = arith.mulf %v644, %v714 fastmath<contract> : f32
            %v719 = arith.mulf %v644, %v716 fastmath<contract> : f32
            %v720 = arith.addf %v719, %v645 fastmath<contract> : f32
            %v721 = arith.cmpi uge, %v30, %v2 : i64
            %v722 = arith.select %v721, %v718, %v644 : f32
            %v723 = arith.select %v721, %v720, %v645 : f32
            %v724, %v725 = gpu.shuffle up %v722, %v140, %v649 : f32
            %v726, %v727 = gpu.shuffle up %v723, %v140, %v649 : f32
            %v728 = arith.mulf %v722, %v724 fastmath<contract> : f32
            %v729 = arith.mulf %v722, %v726 fastmath<contract> : f32
            %v730 = arith.addf %v729, %v723 fastmath<contract> : f32
            %v731 = arith.cmpi uge, %v30, %v63 : i64
            %v732 = arith.select %v731, %v728, %v722 : f32
            %v733 = arith.select %v731, %v730, %v723 : f32
            %v734, %v735 = gpu.shuffle up %v732, %v144, %v649 : f32
            %v736, %v737 = gpu.shuffle up %v733, %v144, %v649 : f32
            %v738 = arith.mulf %v732, %v734 fastmath<contract> : f32
            %v739 = arith.mulf %v732, %v736 fastmath<contract> : f32
            %v740 = arith.addf %v739, %v733 fastmath<contract> : f32
            %v741 = arith.cmpi uge, %v30, %v306 : i64
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
            %v765 = arith.addi %v648, %v306 : i64
            %v766 = arith.addi %v765, %v31 : i64
            scf.if %v764 {
              %v767 = llvm.getelementptr %v13[%v766] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v762, %v767 : f32, !llvm.ptr
              %v768 = llvm.getelementptr %v15[%v766] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v763, %v768 : f32, !llvm.ptr
            }
            %v769, %v770 = gpu.shuffle up %v762, %v138, %v649 : f32
            %v771, %v772 = gpu.shuffle up %v763, %v138, %v649 : f32
            %v773 = arith.cmpi eq, %v30, %v32 : i64
            %v774 = arith.select %v773, %v191, %v769 : f32
            %v775 = arith.select %v773, %v50, %v771 : f32
            // across warps: each thread composes the warps' totals before its own, and all of them
            gpu.barrier
            %v776 = llvm.getelementptr %v13[%v648] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v777 = llvm.load %v776 : !llvm.ptr -> f32
            %v778 = llvm.getelementptr %v15[%v648] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v779 = llvm.load %v778 : !llvm.ptr -> f32
            %v780 = arith.mulf %v777, %v191 fastmath<contract> : f32
            %v781 = arith.mulf %v777, %v50 fastmath<contract> : f32
            %v782 = arith.addf %v781, %v779 fastmath<contract> : f32
            %v783 = arith.cmpi ugt, %v31, %v32 : i64
            %v784 = arith.select %v783, %v780, %v191 : f32
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
            %v808 = arith.addi %v648, %v277 : i64
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
            %v819 = arith.addi %v648, %v306 : i64
            %v820 = llvm.getelementptr %v13[%v819] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v821 = llvm.load %v820 : !llvm.ptr -> f32
            %v822 = llvm.getelementptr %v15[%v819] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v823 = llvm.load %v822 : !llvm.ptr -> f32
            %v824 = arith.mulf %v821, %v191 fastmath<contract> : f32
            %v825 = arith.mulf %v821, %v50 fastmath<contract> : f32
            %v826 = arith.addf %v825, %v823 fastmath<contract> : f32
            %v827 = arith.cmpi ugt, %v31, %v32 : i64
            %v828 = arith.select %v827, %v824, %v191 : f32
            %v829 = arith.select %v827, %v826, %v50 : f32
            %v830 = arith.addi %v648, %v306 : i64
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
            %v842 = arith.addi %v648, %v306 : i64
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
            %v854 = arith.addi %v648, %v306 : i64
            %v855 = arith.addi %v854, %v277 : i64
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
            %v866 = arith.muli %v456, %v63 : i64
            %v867 = arith.addi %v114, %v866 : i64
            %v868 = llvm.getelementptr %v17[%v867] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v869 = llvm.load %v868 : !llvm.ptr -> f32
            %v870 = arith.mulf %v816, %v869 fastmath<contract> : f32
            %v871 = arith.addf %v870, %v818 fastmath<contract> : f32
            llvm.store %v871, %v4 : f32, !llvm.ptr
            %v872 = arith.mulf %v813, %v869 fastmath<contract> : f32
            %v873 = arith.addf %v872, %v815 fastmath<contract> : f32
            %v874 = arith.muli %v456, %v63 : i64
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
            %v883 = arith.addi %v118, %v125 : i64
            %v884 = arith.muli %v27, %v470 : i64
            %v885 = arith.subi %v131, %v883 : i64
            %v886 = arith.addi %v884, %v885 : i64
            %v887 = arith.muli %v456, %size_L : i64
            %v888 = arith.addi %v886, %v887 : i64
            %v889 = llvm.getelementptr %in_Cm[%v888] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v890 = llvm.load %v889 {alignment = 32 : i64} : !llvm.ptr -> vector<8xf32>
            %v891 = llvm.extractelement %v890[%v136 : i32] : vector<8xf32>
            %v892 = llvm.extractelement %v890[%v138 : i32] : vector<8xf32>
            %v893 = llvm.extractelement %v890[%v140 : i32] : vector<8xf32>
            %v894 = llvm.extractelement %v890[%v142 : i32] : vector<8xf32>
            %v895 = llvm.extractelement %v890[%v144 : i32] : vector<8xf32>
            %v896 = llvm.extractelement %v890[%v146 : i32] : vector<8xf32>
            %v897 = llvm.extractelement %v890[%v148 : i32] : vector<8xf32>
            %v898 = llvm.extractelement %v890[%v150 : i32] : vector<8xf32>
            %v899 = arith.muli %v27, %v470 : i64
            %v900 = arith.subi %v131, %v883 : i64
            %v901 = arith.addi %v899, %v900 : i64
            %v902 = arith.constant 8 : i64
            %v903 = arith.addi %v902, %v456 : i64
            %v904 = arith.muli %v903, %size_L : i64
            %v905 = arith.addi %v901, %v904 : i64
            %v906 = llvm.getelementptr %in_Cm[%v905] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v907 = llvm.load %v906 {alignment = 32 : i64} : !llvm.ptr -> vector<8xf32>
            %v908 = llvm.extractelement %v907[%v136 : i32] : vector<8xf32>
            %v909 = llvm.extractelement %v907[%v138 : i32] : vector<8xf32>
            %v910 = llvm.extractelement %v907[%v140 : i32] : vector<8xf32>
            %v911 = llvm.extractelement %v907[%v142 : i32] : vector<8xf32>
            %v912 = llvm.extractelement %v907[%v144 : i32] : vector<8xf32>
            %v913 = llvm.extractelement %v907[%v146 : i32] : vector<8xf32>
            %v914 = llvm.extractelement %v907[%v148 : i32] : vector<8xf32>
            %v915 = llvm.extractelement %v907[%v150 : i32] : vector<8xf32>
            // save the states at checkpoint steps (when given somewhere to save them)
            %v917 = arith.remui %v118, %v916 : i64
            %v918 = arith.cmpi eq, %v917, %v32 : i64
            %v919 = arith.andi %v918, %v22 : i1
            scf.if %v919 {
              %v920 = arith.divui %v118, %v916 : i64
              %v921 = llvm.mlir.zero : !llvm.ptr
              %v922 = llvm.icmp "ne" %ckpt_h, %v921 : !llvm.ptr
              scf.if %v922 {
                %v925 = arith.muli %v920, %v924 : i64
                %v926 = llvm.load %v4 : !llvm.ptr -> f32
                %v927 = arith.muli %v27, %v40 : i64
                %v928 = arith.muli %v25, %v1 : i64
                %v929 = arith.addi %v927, %v928 : i64
                %v930 = arith.addi %v929, %v456 : i64
                %v931 = arith.addi %v925, %v930 : i64
                %v932 = llvm.getelementptr %ckpt_h[%v931] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                llvm.store %v926, %v932 : f32, !llvm.ptr
                %v933 = llvm.load %v5 : !llvm.ptr -> f32
                %v934 = arith.muli %v27, %v40 : i64
                %v935 = arith.muli %v25, %v1 : i64
                %v936 = arith.addi %v934, %v935 : i64
                %v937 = arith.constant 8 : i64
                %v938 = arith.addi %v937, %v456 : i64
                %v939 = arith.addi %v936, %v938 : i64
                %v940 = arith.addi %v925, %v939 : i64
                %v941 = llvm.getelementptr %ckpt_h[%v940] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                llvm.store %v933, %v941 : f32, !llvm.ptr
              }
            }
            // end save
            %v942 = llvm.load %v4 : !llvm.ptr -> f32
            %v943 = arith.mulf %v504, %v942 fastmath<contract> : f32
            %v944 = arith.addf %v943, %v505 fastmath<contract> : f32
            %v945 = llvm.load %v5 : !llvm.ptr -> f32
            %v946 = arith.mulf %v512, %v945 fastmath<contract> : f32
            %v947 = arith.addf %v946, %v513 fastmath<contract> : f32
            llvm.store %v944, %v4 : f32, !llvm.ptr
            llvm.store %v947, %v5 : f32, !llvm.ptr
            %v948 = llvm.load %v4 : !llvm.ptr -> f32
            %v949 = arith.mulf %v898, %v948 fastmath<contract> : f32
            %v950 = llvm.load %v97 : !llvm.ptr -> f32
            %v951 = arith.addf %v950, %v949 fastmath<contract> : f32
            llvm.store %v951, %v97 : f32, !llvm.ptr
            %v952 = llvm.load %v5 : !llvm.ptr -> f32
            %v953 = arith.mulf %v915, %v952 fastmath<contract> : f32
            %v954 = llvm.load %v97 : !llvm.ptr -> f32
            %v955 = arith.addf %v954, %v953 fastmath<contract> : f32
            llvm.store %v955, %v97 : f32, !llvm.ptr
            %v956 = arith.addi %v118, %v2 : i64
            %v957 = llvm.load %v4 : !llvm.ptr -> f32
            %v958 = arith.mulf %v521, %v957 fastmath<contract> : f32
            %v959 = arith.addf %v958, %v522 fastmath<contract> : f32
            %v960 = llvm.load %v5 : !llvm.ptr -> f32
            %v961 = arith.mulf %v529, %v960 fastmath<contract> : f32
            %v962 = arith.addf %v961, %v530 fastmath<contract> : f32
            llvm.store %v959, %v4 : f32, !llvm.ptr
            llvm.store %v962, %v5 : f32, !llvm.ptr
            %v963 = llvm.load %v4 : !llvm.ptr -> f32
            %v964 = arith.mulf %v897, %v963 fastmath<contract> : f32
            %v965 = llvm.load %v98 : !llvm.ptr -> f32
            %v966 = arith.addf %v965, %v964 fastmath<contract> : f32
            llvm.store %v966, %v98 : f32, !llvm.ptr
            %v967 = llvm.load %v5 : !llvm.ptr -> f32
            %v968 = arith.mulf %v914, %v967 fastmath<contract> : f32
            %v969 = llvm.load %v98 : !llvm.ptr -> f32
            %v970 = arith.addf %v969, %v968 fastmath<contract> : f32
            llvm.store %v970, %v98 : f32, !llvm.ptr
            %v971 = arith.addi %v118, %v63 : i64
            %v972 = llvm.load %v4 : !llvm.ptr -> f32
            %v973 = arith.mulf %v538, %v972 fastmath<contract> : f32
            %v974 = arith.addf %v973, %v539 fastmath<contract> : f32
            %v975 = llvm.load %v5 : !llvm.ptr -> f32
            %v976 = arith.mulf %v546, %v975 fastmath<contract> : f32
            %v977 = arith.addf %v976, %v547 fastmath<contract> : f32
            llvm.store %v974, %v4 : f32, !llvm.ptr
            llvm.store %v977, %v5 : f32, !llvm.ptr
            %v978 = llvm.load %v4 : !llvm.ptr -> f32
            %v979 = arith.mulf %v896, %v978 fastmath<contract> : f32
            %v980 = llvm.load %v99 : !llvm.ptr -> f32
            %v981 = arith.addf %v980, %v979 fastmath<contract> : f32
            llvm.store %v981, %v99 : f32, !llvm.ptr
            %v982 = llvm.load %v5 : !llvm.ptr -> f32
            %v983 = arith.mulf %v913, %v982 fastmath<contract> : f32
            %v984 = llvm.load %v99 : !llvm.ptr -> f32
            %v985 = arith.addf %v984, %v983 fastmath<contract> : f32
            llvm.store %v985, %v99 : f32, !llvm.ptr
            %v986 = arith.addi %v118, %v277 : i64
            %v987 = llvm.load %v4 : !llvm.ptr -> f32
            %v988 = arith.mulf %v555, %v987 fastmath<contract> : f32
            %v989 = arith.addf %v988, %v556 fastmath<contract> : f32
            %v990 = llvm.load %v5 : !llvm.ptr -> f32
            %v991 = arith.mulf %v563, %v990 fastmath<contract> : f32
            %v992 = arith.addf %v991, %v564 fastmath<contract> : f32
            llvm.store %v989, %v4 : f32, !llvm.ptr
            llvm.store %v992, %v5 : f32, !llvm.ptr
            %v993 = llvm.load %v4 : !llvm.ptr -> f32
            %v994 = arith.mulf %v895, %v993 fastmath<contract> : f32
            %v995 = llvm.load %v100 : !llvm.ptr -> f32
            %v996 = arith.addf %v995, %v994 fastmath<contract> : f32
            llvm.store %v996, %v100 : f32, !llvm.ptr
            %v997 = llvm.load %v5 : !llvm.ptr -> f32
            %v998 = arith.mulf %v912, %v997 fastmath<contract> : f32
            %v999 = llvm.load %v100 : !llvm.ptr -> f32
            %v1000 = arith.addf %v999, %v998 fastmath<contract> : f32
            llvm.store %v1000, %v100 : f32, !llvm.ptr
            %v1001 = arith.addi %v118, %v306 : i64
            %v1002 = llvm.load %v4 : !llvm.ptr -> f32
            %v1003 = arith.mulf %v572, %v1002 fastmath<contract> : f32
            %v1004 = arith.addf %v1003, %v573 fastmath<contract> : f32
            %v1005 = llvm.load %v5 : !llvm.ptr -> f32
            %v1006 = arith.mulf %v580, %v1005 fastmath<contract> : f32
            %v1007 = arith.addf %v1006, %v581 fastmath<contract> : f32
            llvm.store %v1004, %v4 : f32, !llvm.ptr
            llvm.store %v1007, %v5 : f32, !llvm.ptr
            %v1008 = llvm.load %v4 : !llvm.ptr -> f32
            %v1009 = arith.mulf %v894, %v1008 fastmath<contract> : f32
            %v1010 = llvm.load %v101 : !llvm.ptr -> f32
            %v1011 = arith.addf %v1010, %v1009 fastmath<contract> : f32
            llvm.store %v1011, %v101 : f32, !llvm.ptr
            %v1012 = llvm.load %v5 : !llvm.ptr -> f32
            %v1013 = arith.mulf %v911, %v1012 fastmath<contract> : f32
            %v1014 = llvm.load %v101 : !llvm.ptr -> f32
            %v1015 = arith.addf %v1014, %v1013 fastmath<contract> : f32
            llvm.store %v1015, %v101 : f32, !llvm.ptr
            %v1016 = arith.addi %v118, %v335 : i64
            %v1017 = llvm.load %v4 : !llvm.ptr -> f32
            %v1018 = arith.mulf %v589, %v1017 fastmath<contract> : f32
            %v1019 = arith.addf %v1018, %v590 fastmath<contract> : f32
            %v1020 = llvm.load %v5 : !llvm.ptr -> f32
            %v1021 = arith.mulf %v597, %v1020 fastmath<contract> : f32
            %v1022 = arith.addf %v1021, %v598 fastmath<contract> : f32
            llvm.store %v1019, %v4 : f32, !llvm.ptr
            llvm.store %v1022, %v5 : f32, !llvm.ptr
            %v1023 = llvm.load %v4 : !llvm.ptr -> f32
            %v1024 = arith.mulf %v893, %v1023 fastmath<contract> : f32
            %v1025 = llvm.load %v102 : !llvm.ptr -> f32
            %v1026 = arith.addf %v1025, %v1024 fastmath<contract> : f32
            llvm.store %v1026, %v102 : f32, !llvm.ptr
            %v1027 = llvm.load %v5 : !llvm.ptr -> f32
            %v1028 = arith.mulf %v910, %v1027 fastmath<contract> : f32
            %v1029 = llvm.load %v102 : !llvm.ptr -> f32
            %v1030 = arith.addf %v1029, %v1028 fastmath<contract> : f32
            llvm.store %v1030, %v102 : f32, !llvm.ptr
            %v1031 = arith.addi %v118, %v364 : i64
            %v1032 = llvm.load %v4 : !llvm.ptr -> f32
            %v1033 = arith.mulf %v606, %v1032 fastmath<contract> : f32
            %v1034 = arith.addf %v1033, %v607 fastmath<contract> : f32
            %v1035 = llvm.load %v5 : !llvm.ptr -> f32
            %v1036 = arith.mulf %v614, %v1035 fastmath<contract> : f32
            %v1037 = arith.addf %v1036, %v615 fastmath<contract> : f32
            llvm.store %v1034, %v4 : f32, !llvm.ptr
            llvm.store %v1037, %v5 : f32, !llvm.ptr
            %v1038 = llvm.load %v4 : !llvm.ptr -> f32
            %v1039 = arith.mulf %v892, %v1038 fastmath<contract> : f32
            %v1040 = llvm.load %v103 : !llvm.ptr -> f32
            %v1041 = arith.addf %v1040, %v1039 fastmath<contract> : f32
            llvm.store %v1041, %v103 : f32, !llvm.ptr
            %v1042 = llvm.load %v5 : !llvm.ptr -> f32
            %v1043 = arith.mulf %v909, %v1042 fastmath<contract> : f32
            %v1044 = llvm.load %v103 : !llvm.ptr -> f32
            %v1045 = arith.addf %v1044, %v1043 fastmath<contract> : f32
            llvm.store %v1045, %v103 : f32, !llvm.ptr
            %v1046 = arith.addi %v118, %v125 : i64
            %v1047 = llvm.load %v4 : !llvm.ptr -> f32
            %v1048 = arith.mulf %v623, %v1047 fastmath<contract> : f32
            %v1049 = arith.addf %v1048, %v624 fastmath<contract> : f32
            %v1050 = llvm.load %v5 : !llvm.ptr -> f32
            %v1051 = arith.mulf %v631, %v1050 fastmath<contract> : f32
            %v1052 = arith.addf %v1051, %v632 fastmath<contract> : f32
            llvm.store %v1049, %v4 : f32, !llvm.ptr
            llvm.store %v1052, %v5 : f32, !llvm.ptr
            %v1053 = llvm.load %v4 : !llvm.ptr -> f32
            %v1054 = arith.mulf %v891, %v1053 fastmath<contract> : f32
            %v1055 = llvm.load %v104 : !llvm.ptr -> f32
            %v1056 = arith.addf %v1055, %v1054 fastmath<contract> : f32
            llvm.store %v1056, %v104 : f32, !llvm.ptr
            %v1057 = llvm.load %v5 : !llvm.ptr -> f32
            %v1058 = arith.mulf %v908, %v1057 fastmath<contract> : f32
            %v1059 = llvm.load %v104 : !llvm.ptr -> f32
            %v1060 = arith.addf %v1059, %v1058 fastmath<contract> : f32
            llvm.store %v1060, %v104 : f32, !llvm.ptr
            scf.if %v33 {
              %v1061 = arith.muli %v456, %v63 : i64
              %v1062 = arith.addi %v115, %v1061 : i64
              %v1063 = llvm.getelementptr %v17[%v1062] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v873, %v1063 : f32, !llvm.ptr
              %v1064 = arith.muli %v456, %v63 : i64
              %v1065 = arith.addi %v1064, %v2 : i64
              %v1066 = arith.addi %v115, %v1065 : i64
              %v1067 = llvm.getelementptr %v17[%v1066] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v882, %v1067 : f32, !llvm.ptr
            }
          }
          // 4. the outputs summed over the points, K steps per vector store
          %v1068 = llvm.load %v97 : !llvm.ptr -> f32
          %v1069 = arith.negf %v181 : f32
          %v1070 = arith.mulf %v1069, %v188 fastmath<contract> : f32
          %v1071 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1070) : (f32) -> f32
          %v1072 = arith.addf %v191, %v1071 fastmath<contract> : f32
          %v1073 = arith.divf %v191, %v1072 : f32
          %v1074 = arith.mulf %v181, %v1073 fastmath<contract> : f32
          %v1075 = arith.mulf %v1068, %v1074 fastmath<contract> : f32
          %v1076 = arith.addi %v118, %v2 : i64
          %v1077 = llvm.load %v98 : !llvm.ptr -> f32
          %v1078 = arith.negf %v180 : f32
          %v1079 = arith.mulf %v1078, %v188 fastmath<contract> : f32
          %v1080 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1079) : (f32) -> f32
          %v1081 = arith.addf %v191, %v1080 fastmath<contract> : f32
          %v1082 = arith.divf %v191, %v1081 : f32
          %v1083 = arith.mulf %v180, %v1082 fastmath<contract> : f32
          %v1084 = arith.mulf %v1077, %v1083 fastmath<contract> : f32
          %v1085 = arith.addi %v118, %v63 : i64
          %v1086 = llvm.load %v99 : !llvm.ptr -> f32
          %v1087 = arith.negf %v179 : f32
          %v1088 = arith.mulf %v1087, %v188 fastmath<contract> : f32
          %v1089 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1088) : (f32) -> f32
          %v1090 = arith.addf %v191, %v1089 fastmath<contract> : f32
          %v1091 = arith.divf %v191, %v1090 : f32
          %v1092 = arith.mulf %v179, %v1091 fastmath<contract> : f32
          %v1093 = arith.mulf %v1086, %v1092 fastmath<contract> : f32
          %v1094 = arith.addi %v118, %v277 : i64
          %v1095 = llvm.load %v100 : !llvm.ptr -> f32
          %v1096 = arith.negf %v178 : f32
          %v1097 = arith.mulf %v1096, %v188 fastmath<contract> : f32
          %v1098 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1097) : (f32) -> f32
          %v1099 = arith.addf %v191, %v1098 fastmath<contract> : f32
          %v1100 = arith.divf %v191, %v1099 : f32
          %v1101 = arith.mulf %v178, %v1100 fastmath<contract> : f32
          %v1102 = arith.mulf %v1095, %v1101 fastmath<contract> : f32
          %v1103 = arith.addi %v118, %v306 : i64
          %v1104 = llvm.load %v101 : !llvm.ptr -> f32
          %v1105 = arith.negf %v177 : f32
          %v1106 = arith.mulf %v1105, %v188 fastmath<contract> : f32
          %v1107 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1106) : (f32) -> f32
          %v1108 = arith.addf %v191, %v1107 fastmath<contract> : f32
          %v1109 = arith.divf %v191, %v1108 : f32
          %v1110 = arith.mulf %v177, %v1109 fastmath<contract> : f32
          %v1111 = arith.mulf %v1104, %v1110 fastmath<contract> : f32
          %v1112 = arith.addi %v118, %v335 : i64
          %v1113 = llvm.load %v102 : !llvm.ptr -> f32
          %v1114 = arith.negf %v176 : f32
          %v1115 = arith.mulf %v1114, %v188 fastmath<contract> : f32
          %v1116 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1115) : (f32) -> f32
          %v1117 = arith.addf %v191, %v1116 fastmath<contract> : f32
          %v1118 = arith.divf %v191, %v1117 : f32
          %v1119 = arith.mulf %v176, %v1118 fastmath<contract> : f32
          %v1120 = arith.mulf %v1113, %v1119 fastmath<contract> : f32
          %v1121 = arith.addi %v118, %v364 : i64
          %v1122 = llvm.load %v103 : !llvm.ptr -> f32
          %v1123 = arith.negf %v175 : f32
          %v1124 = arith.mulf %v1123, %v188 fastmath<contract> : f32
          %v1125 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1124) : (f32) -> f32
          %v1126 = arith.addf %v191, %v1125 fastmath<contract> : f32
          %v1127 = arith.divf %v191, %v1126 : f32
          %v1128 = arith.mulf %v175, %v1127 fastmath<contract> : f32
          %v1129 = arith.mulf %v1122, %v1128 fastmath<contract> : f32
          %v1130 = arith.addi %v118, %v125 : i64
          %v1131 = llvm.load %v104 : !llvm.ptr -> f32
          %v1132 = arith.negf %v174 : f32
          %v1133 = arith.mulf %v1132, %v188 fastmath<contract> : f32
          %v1134 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1133) : (f32) -> f32
          %v1135 = arith.addf %v191, %v1134 fastmath<contract> : f32
          %v1136 = arith.divf %v191, %v1135 : f32
          %v1137 = arith.mulf %v174, %v1136 fastmath<contract> : f32
          %v1138 = arith.mulf %v1131, %v1137 fastmath<contract> : f32
          %v1139 = arith.addi %v118, %v125 : i64
          %v1140 = llvm.mlir.undef : vector<8xf32>
          %v1141 = llvm.insertelement %v1138, %v1140[%v136 : i32] : vector<8xf32>
          %v1142 = llvm.insertelement %v1129, %v1141[%v138 : i32] : vector<8xf32>
          %v1143 = llvm.insertelement %v1120, %v1142[%v140 : i32] : vector<8xf32>
          %v1144 = llvm.insertelement %v1111, %v1143[%v142 : i32] : vector<8xf32>
          %v1145 = llvm.insertelement %v1102, %v1144[%v144 : i32] : vector<8xf32>
          %v1146 = llvm.insertelement %v1093, %v1145[%v146 : i32] : vector<8xf32>
          %v1147 = llvm.insertelement %v1084, %v1146[%v148 : i32] : vector<8xf32>
          %v1148 = llvm.insertelement %v1075, %v1147[%v150 : i32] : vector<8xf32>
          %v1149 = arith.muli %v27, %v127 : i64
          %v1150 = arith.muli %v25, %size_L : i64
          %v1151 = arith.addi %v1149, %v1150 : i64
          %v1152 = arith.subi %v131, %v1139 : i64
          %v1153 = arith.addi %v1151, %v1152 : i64
          %v1154 = llvm.getelementptr %out_y[%v1153] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          scf.if %v22 {
            llvm.store %v1148, %v1154 {alignment = 32 : i64} : vector<8xf32>, !llvm.ptr
          }
        } else {
          %v1155 = arith.index_cast %v32 : i64 to index
          %v1156 = arith.index_cast %v121 : i64 to index
          %v1157 = arith.index_cast %v2 : i64 to index
          scf.for %v1158 = %v1155 to %v1156 step %v1157 {
            %v1159 = arith.index_cast %v1158 : index to i64
            %v1160 = llvm.getelementptr %v105[%v1159] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v50, %v1160 : f32, !llvm.ptr
          }
          %v1161 = arith.index_cast %v32 : i64 to index
          %v1162 = arith.index_cast %v34 : i64 to index
          %v1163 = arith.index_cast %v2 : i64 to index
          scf.for %v1164 = %v1161 to %v1162 step %v1163 {
            %v1165 = arith.index_cast %v1164 : index to i64
            %v1166 = arith.muli %v25, %v1 : i64
            %v1167 = arith.addi %v1166, %v1165 : i64
            %v1168 = llvm.getelementptr %in_A[%v1167] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1169 = llvm.load %v1168 : !llvm.ptr -> f32
            %v1170 = arith.mulf %v1169, %v188 fastmath<contract> : f32
            %v1171 = arith.muli %v25, %v1 : i64
            %v1172 = arith.constant 8 : i64
            %v1173 = arith.addi %v1172, %v1165 : i64
            %v1174 = arith.addi %v1171, %v1173 : i64
            %v1175 = llvm.getelementptr %in_A[%v1174] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1176 = llvm.load %v1175 : !llvm.ptr -> f32
            %v1177 = arith.mulf %v1176, %v188 fastmath<contract> : f32
            llvm.store %v191, %v6 : f32, !llvm.ptr
            llvm.store %v191, %v7 : f32, !llvm.ptr
            llvm.store %v50, %v8 : f32, !llvm.ptr
            llvm.store %v50, %v9 : f32, !llvm.ptr
            %v1178 = arith.index_cast %v32 : i64 to index
            %v1179 = arith.index_cast %v121 : i64 to index
            %v1180 = arith.index_cast %v2 : i64 to index
            scf.for %v1181 = %v1178 to %v1179 step %v1180 {
              %v1182 = arith.index_cast %v1181 : index to i64
              %v1183 = arith.addi %v118, %v1182 : i64
              %v1184 = arith.muli %v27, %v127 : i64
              %v1185 = arith.muli %v25, %size_L : i64
              %v1186 = arith.addi %v1184, %v1185 : i64
              %v1187 = arith.subi %v131, %v1183 : i64
              %v1188 = arith.addi %v1186, %v1187 : i64
              %v1189 = llvm.getelementptr %in_delta[%v1188] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1190 = llvm.load %v1189 : !llvm.ptr -> f32
              %v1191 = arith.addf %v1190, %v183 fastmath<contract> : f32
              %v1192 = arith.maximumf %v1191, %v50 : f32
              %v1193 = llvm.call_intrinsic "llvm.fabs.f32"(%v1191) : (f32) -> f32
              %v1194 = arith.negf %v1193 : f32
              %v1195 = arith.mulf %v1194, %v188 fastmath<contract> : f32
              %v1196 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1195) : (f32) -> f32
              %v1197 = arith.addf %v191, %v1196 fastmath<contract> : f32
              %v1198 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v1197) : (f32) -> f32
              %v1199 = arith.mulf %v1198, %v194 fastmath<contract> : f32
              %v1200 = arith.mulf %v196, %v1196 fastmath<contract> : f32
              %v1201 = arith.addf %v1200, %v198 fastmath<contract> : f32
              %v1202 = arith.mulf %v1201, %v1196 fastmath<contract> : f32
              %v1203 = arith.addf %v1202, %v201 fastmath<contract> : f32
              %v1204 = arith.mulf %v1203, %v1196 fastmath<contract> : f32
              %v1205 = arith.addf %v1204, %v204 fastmath<contract> : f32
              %v1206 = arith.mulf %v1205, %v1196 fastmath<contract> : f32
              %v1207 = arith.addf %v1206, %v207 fastmath<contract> : f32
              %v1208 = arith.mulf %v1207, %v1196 fastmath<contract> : f32
              %v1209 = arith.addf %v1208, %v210 fastmath<contract> : f32
              %v1210 = arith.mulf %v1209, %v1196 fastmath<contract> : f32
              %v1211 = arith.addf %v1210, %v191 fastmath<contract> : f32
              %v1212 = arith.mulf %v1211, %v1196 fastmath<contract> : f32
              %v1213 = llvm.call_intrinsic "llvm.fabs.f32"(%v1196) : (f32) -> f32
              %v1214 = arith.cmpf olt, %v1213, %v216 : f32
              %v1215 = arith.select %v1214, %v1212, %v1199 : f32
              %v1216 = arith.addf %v1192, %v1215 fastmath<contract> : f32
              %v1217 = arith.mulf %v1216, %v1170 fastmath<contract> : f32
              %v1218 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1217) : (f32) -> f32
              %v1219 = arith.muli %v27, %v470 : i64
              %v1220 = arith.subi %v131, %v1183 : i64
              %v1221 = arith.addi %v1219, %v1220 : i64
              %v1222 = arith.muli %v1165, %size_L : i64
              %v1223 = arith.addi %v1221, %v1222 : i64
              %v1224 = llvm.getelementptr %in_Bm[%v1223] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1225 = llvm.load %v1224 : !llvm.ptr -> f32
              %v1226 = arith.muli %v27, %v127 : i64
              %v1227 = arith.muli %v25, %size_L : i64
              %v1228 = arith.addi %v1226, %v1227 : i64
              %v1229 = arith.subi %v131, %v1183 : i64
              %v1230 = arith.addi %v1228, %v1229 : i64
              %v1231 = llvm.getelementptr %in_u[%v1230] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1232 = llvm.load %v1231 : !llvm.ptr -> f32
              %v1233 = arith.mulf %v1216, %v1232 fastmath<contract> : f32
              %v1234 = arith.mulf %v1225, %v1233 fastmath<contract> : f32
              %v1235 = llvm.load %v8 : !llvm.ptr -> f32
              %v1236 = arith.mulf %v1218, %v1235 fastmath<contract> : f32
              %v1237 = arith.addf %v1236, %v1234 fastmath<contract> : f32
              %v1238 = llvm.load %v6 : !llvm.ptr -> f32
              %v1239 = arith.mulf %v1218, %v1238 fastmath<contract> : f32
              %v1240 = arith.mulf %v1216, %v1177 fastmath<contract> : f32
              %v1241 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1240) : (f32) -> f32
              %v1242 = arith.muli %v27, %v470 : i64
              %v1243 = arith.subi %v131, %v1183 : i64
              %v1244 = arith.addi %v1242, %v1243 : i64
              %v1245 = arith.constant 8 : i64
              %v1246 = arith.addi %v1245, %v1165 : i64
              %v1247 = arith.muli %v1246, %size_L : i64
              %v1248 = arith.addi %v1244, %v1247 : i64
              %v1249 = llvm.getelementptr %in_Bm[%v1248] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1250 = llvm.load %v1249 : !llvm.ptr -> f32
              %v1251 = arith.mulf %v1250, %v1233 fastmath<contract> : f32
              %v1252 = llvm.load %v9 : !llvm.ptr -> f32
              %v1253 = arith.mulf %v1241, %v1252 fastmath<contract> : f32
              %v1254 = arith.addf %v1253, %v1251 fastmath<contract> : f32
              %v1255 = llvm.load %v7 : !llvm.ptr -> f32
              %v1256 = arith.mulf %v1241, %v1255 fastmath<contract> : f32
              llvm.store %v1237, %v8 : f32, !llvm.ptr
              llvm.store %v1239, %v6 : f32, !llvm.ptr
              llvm.store %v1254, %v9 : f32, !llvm.ptr
              llvm.store %v1256, %v7 : f32, !llvm.ptr
            }
            %v1257 = llvm.load %v6 : !llvm.ptr -> f32
            %v1258 = llvm.load %v8 : !llvm.ptr -> f32
            %v1259 = llvm.load %v7 : !llvm.ptr -> f32
            %v1260 = llvm.load %v9 : !llvm.ptr -> f32
            %v1261 = arith.addi %v116, %v1165 : i64
            %v1262 = arith.andi %v1261, %v2 : i64
            %v1263 = arith.muli %v1262, %v34 : i64
            %v1264, %v1265 = gpu.shuffle up %v1257, %v138, %v649 : f32
            %v1266, %v1267 = gpu.shuffle up %v1258, %v138, %v649 : f32
            %v1268 = arith.mulf %v1257, %v1264 fastmath<contract> : f32
            %v1269 = arith.mulf %v1257, %v1266 fastmath<contract> : f32
            %v1270 = arith.addf %v1269, %v1258 fastmath<contract> : f32
            %v1271 = arith.cmpi uge, %v30, %v2 : i64
            %v1272 = arith.select %v1271, %v1268, %v1257 : f32
            %v1273 = arith.select %v1271, %v1270, %v1258 : f32
            %v1274, %v1275 = gpu.shuffle up %v1272, %v140, %v649 : f32
            %v1276, %v1277 = gpu.shuffle up %v1273, %v140, %v649 : f32
            %v1278 = arith.mulf %v1272, %v1274 fastmath<contract> : f32
            %v1279 = arith.mulf %v1272, %v1276 fastmath<contract> : f32
            %v1280 = arith.addf %v1279, %v1273 fastmath<contract> : f32
            %v1281 = arith.cmpi uge, %v30, %v63 : i64
            %v1282 = arith.select %v1281, %v1278, %v1272 : f32
            %v1283 = arith.select %v1281, %v1280, %v1273 : f32
            %v1284, %v1285 = gpu.shuffle up %v1282, %v144, %v649 : f32
            %v1286, %v1287 = gpu.shuffle up %v1283, %v144, %v649 : f32
            %v1288 = arith.mulf %v1282, %v1284 fastmath<contract> : f32
            %v1289 = arith.mulf %v1282, %v1286 fastmath<contract> : f32
            %v1290 = arith.addf %v1289, %v1283 fastmath<contract> : f32
            %v1291 = arith.cmpi uge, %v30, %v306 : i64
            %v1292 = arith.select %v1291, %v1288, %v1282 : f32
            %v1293 = arith.select %v1291, %v1290, %v1283 : f32
            %v1294, %v1295 = gpu.shuffle up %v1292, %v680, %v649 : f32
            %v1296, %v1297 = gpu.shuffle up %v1293, %v680, %v649 : f32
            %v1298 = arith.mulf %v1292, %v1294 fastmath<contract> : f32
            %v1299 = arith.mulf %v1292, %v1296 fastmath<contract> : f32
            %v1300 = arith.addf %v1299, %v1293 fastmath<contract> : f32
            %v1301 = arith.cmpi uge, %v30, %v34 : i64
            %v1302 = arith.select %v1301, %v1298, %v1292 : f32
            %v1303 = arith.select %v1301, %v1300, %v1293 : f32
            %v1304, %v1305 = gpu.shuffle up %v1302, %v691, %v649 : f32
            %v1306, %v1307 = gpu.shuffle up %v1303, %v691, %v649 : f32
            %v1308 = arith.mulf %v1302, %v1304 fastmath<contract> : f32
            %v1309 = arith.mulf %v1302, %v1306 fastmath<contract> : f32
            %v1310 = arith.addf %v1309, %v1303 fastmath<contract> : f32
            %v1311 = arith.cmpi uge, %v30, %v1 : i64
            %v1312 = arith.select %v1311, %v1308, %v1302 : f32
            %v1313 = arith.select %v1311, %v1310, %v1303 : f32
            %v1314 = arith.cmpi eq, %v30, %v702 : i64
            %v1315 = arith.addi %v1263, %v31 : i64
            scf.if %v1314 {
              %v1316 = llvm.getelementptr %v13[%v1315] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1312, %v1316 : f32, !llvm.ptr
              %v1317 = llvm.getelementptr %v15[%v1315] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1313, %v1317 : f32, !llvm.ptr
            }
            %v1318, %v1319 = gpu.shuffle up %v1312, %v138, %v649 : f32
            %v1320, %v1321 = gpu.shuffle up %v1313, %v138, %v649 : f32
            %v1322 = arith.cmpi eq, %v30, %v32 : i64
            %v1323 = arith.select %v1322, %v191, %v1318 : f32
            %v1324 = arith.select %v1322, %v50, %v1320 : f32
            %v1325, %v1326 = gpu.shuffle up %v1259, %v138, %v649 : f32
            %v1327, %v1328 = gpu.shuffle up %v1260, %v138, %v649 : f32
            %v1329 = arith.mulf %v1259, %v1325 fastmath<contract> : f32
            %v1330 = arith.mulf %v1259, %v1327 fastmath<contract> : f32
            %v1331 = arith.addf %v1330, %v1260 fastmath<contract> : f32
            %v1332 = arith.cmpi uge, %v30, %v2 : i64
            %v1333 = arith.select %v1332, %v1329, %v1259 : f32
            %v1334 = arith.select %v1332, %v1331, %v1260 : f32
            %v1335, %v1336 = gpu.shuffle up %v1333, %v140, %v649 : f32
            %v1337, %v1338 = gpu.shuffle up %v1334, %v140, %v649 : f32
            %v1339 = arith.mulf %v1333, %v1335 fastmath<contract> : f32
            %v1340 = arith.mulf %v1333, %v1337 fastmath<contract> : f32
            %v1341 = arith.addf %v1340, %v1334 fastmath<contract> : f32
            %v1342 = arith.cmpi uge, %v30, %v63 : i64
            %v1343 = arith.select %v1342, %v1339, %v1333 : f32
            %v1344 = arith.select %v1342, %v1341, %v1334 : f32
            %v1345, %v1346 = gpu.shuffle up %v1343, %v144, %v649 : f32
            %v1347, %v1348 = gpu.shuffle up %v1344, %v144, %v649 : f32
            %v1349 = arith.mulf %v1343, %v1345 fastmath<contract> : f32
            %v1350 = arith.mulf %v1343, %v1347 fastmath<contract> : f32
            %v1351 = arith.addf %v1350, %v1344 fastmath<contract> : f32
            %v1352 = arith.cmpi uge, %v30, %v306 : i64
            %v1353 = arith.select %v1352, %v1349, %v1343 : f32
            %v1354 = arith.select %v1352, %v1351, %v1344 : f32
            %v1355, %v1356 = gpu.shuffle up %v1353, %v680, %v649 : f32
            %v1357, %v1358 = gpu.shuffle up %v1354, %v680, %v649 : f32
            %v1359 = arith.mulf %v1353, %v1355 fastmath<contract> : f32
            %v1360 = arith.mulf %v1353, %v1357 fastmath<contract> : f32
            %v1361 = arith.addf %v1360, %v1354 fastmath<contract> : f32
            %v1362 = arith.cmpi uge, %v30, %v34 : i64
            %v1363 = arith.select %v1362, %v1359, %v1353 : f32
            %v1364 = arith.select %v1362, %v1361, %v1354 : f32
            %v1365, %v1366 = gpu.shuffle up %v1363, %v691, %v649 : f32
            %v1367, %v1368 = gpu.shuffle up %v1364, %v691, %v649 : f32
            %v1369 = arith.mulf %v1363, %v1365 fastmath<contract> : f32
            %v1370 = arith.mulf %v1363, %v1367 fastmath<contract> : f32
            %v1371 = arith.addf %v1370, %v1364 fastmath<contract> : f32
            %v1372 = arith.cmpi uge, %v30, %v1 : i64
            %v1373 = arith.select %v1372, %v1369, %v1363 : f32
            %v1374 = arith.select %v1372, %v1371, %v1364 : f32
            %v1375 = arith.cmpi eq, %v30, %v702 : i64
            %v1376 = arith.addi %v1263, %v306 : i64
            %v1377 = arith.addi %v1376, %v31 : i64
            scf.if %v1375 {
              %v1378 = llvm.getelementptr %v13[%v1377] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1373, %v1378 : f32, !llvm.ptr
              %v1379 = llvm.getelementptr %v15[%v1377] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1374, %v1379 : f32, !llvm.ptr
            }
            %v1380, %v1381 = gpu.shuffle up %v1373, %v138, %v649 : f32
            %v1382, %v1383 = gpu.shuffle up %v1374, %v138, %v649 : f32
            %v1384 = arith.cmpi eq, %v30, %v32 : i64
            %v1385 = arith.select %v1384, %v191, %v1380 : f32
            %v1386 = arith.select %v1384, %v50, %v1382 : f32
            // across warps: each thread composes the warps' totals before its own, and all of them
            gpu.barrier
            %v1387 = llvm.getelementptr %v13[%v1263] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1388 = llvm.load %v1387 : !llvm.ptr -> f32
            %v1389 = llvm.getelementptr %v15[%v1263] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1390 = llvm.load %v1389 : !llvm.ptr -> f32
            %v1391 = arith.mulf %v1388, %v191 fastmath<contract> : f32
            %v1392 = arith.mulf %v1388, %v50 fastmath<contract> : f32
            %v1393 = arith.addf %v1392, %v1390 fastmath<contract> : f32
            %v1394 = arith.cmpi ugt, %v31, %v32 : i64
            %v1395 = arith.select %v1394, %v1391, %v191 : f32
            %v1396 = arith.select %v1394, %v1393, %v50 : f32
            %v1397 = arith.addi %v1263, %v2 : i64
            %v1398 = llvm.getelementptr %v13[%v1397] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1399 = llvm.load %v1398 : !llvm.ptr -> f32
            %v1400 = llvm.getelementptr %v15[%v1397] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1401 = llvm.load %v1400 : !llvm.ptr -> f32
            %v1402 = arith.mulf %v1399, %v1391 fastmath<contract> : f32
            %v1403 = arith.mulf %v1399, %v1393 fastmath<contract> : f32
            %v1404 = arith.addf %v1403, %v1401 fastmath<contract> : f32
            %v1405 = arith.cmpi ugt, %v31, %v2 : i64
            %v1406 = arith.select %v1405, %v1402, %v1395 : f32
            %v1407 = arith.select %v1405, %v1404, %v1396 : f32
            %v1408 = arith.addi %v1263, %v63 : i64
            %v1409 = llvm.getelementptr %v13[%v1408] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1410 = llvm.load %v1409 : !llvm.ptr -> f32
            %v1411 = llvm.getelementptr %v15[%v1408] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1412 = llvm.load %v1411 : !llvm.ptr -> f32
            %v1413 = arith.mulf %v1410, %v1402 fastmath<contract> : f32
            %v1414 = arith.mulf %v1410, %v1404 fastmath<contract> : f32
            %v1415 = arith.addf %v1414, %v1412 fastmath<contract> : f32
            %v1416 = arith.cmpi ugt, %v31, %v63 : i64
            %v1417 = arith.select %v1416, %v1413, %v1406 : f32
            %v1418 = arith.select %v1416, %v1415, %v1407 : f32
            %v1419 = arith.addi %v1263, %v277 : i64
            %v1420 = llvm.getelementptr %v13[%v1419] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1421 = llvm.load %v1420 : !llvm.ptr -> f32
            %v1422 = llvm.getelementptr %v15[%v1419] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1423 = llvm.load %v1422 : !llvm.ptr -> f32
            %v1424 = arith.mulf %v1421, %v1413 fastmath<contract> : f32
            %v1425 = arith.mulf %v1421, %v1415 fastmath<contract> : f32
            %v1426 = arith.addf %v1425, %v1423 fastmath<contract> : f32
            %v1427 = arith.mulf %v1323, %v1417 fastmath<contract> : f32
            %v1428 = arith.mulf %v1323, %v1418 fastmath<contract> : f32
            %v1429 = arith.addf %v1428, %v1324 fastmath<contract> : f32
            %v1430 = arith.addi %v1263, %v306 : i64
            %v1431 = llvm.getelementptr %v13[%v1430] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1432 = llvm.load %v1431 : !llvm.ptr -> f32
            %v1433 = llvm.getelementptr %v15[%v1430] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1434 = llvm.load %v1433 : !llvm.ptr -> f32
            %v1435 = arith.mulf %v1432, %v191 fastmath<contract> : f32
            %v1436 = arith.mulf %v1432, %v50 fastmath<contract> : f32
            %v1437 = arith.addf %v1436, %v1434 fastmath<contract> : f32
            %v1438 = arith.cmpi ugt, %v31, %v32 : i64
            %v1439 = arith.select %v1438, %v1435, %v191 : f32
            %v1440 = arith.select %v1438, %v1437, %v50 : f32
            %v1441 = arith.addi %v1263, %v306 : i64
            %v1442 = arith.addi %v1441, %v2 : i64
            %v1443 = llvm.getelementptr %v13[%v1442] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1444 = llvm.load %v1443 : !llvm.ptr -> f32
            %v1445 = llvm.getelementptr %v15[%v1442] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1446 = llvm.load %v1445 : !llvm.ptr -> f32
            %v1447 = arith.mulf %v1444, %v1435 fastmath<contract> : f32
            %v1448 = arith.mulf %v1444, %v1437 fastmath<contract> : f32
            %v1449 = arith.addf %v1448, %v1446 fastmath<contract> : f32
            %v1450 = arith.cmpi ugt, %v31, %v2 : i64
            %v1451 = arith.select %v1450, %v1447, %v1439 : f32
            %v1452 = arith.select %v1450, %v1449, %v1440 : f32
            %v1453 = arith.addi %v1263, %v306 : i64
            %v1454 = arith.addi %v1453, %v63 : i64
            %v1455 = llvm.getelementptr %v13[%v1454] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1456 = llvm.load %v1455 : !llvm.ptr -> f32
            %v1457 = llvm.getelementptr %v15[%v1454] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1458 = llvm.load %v1457 : !llvm.ptr -> f32
            %v1459 = arith.mulf %v1456, %v1447 fastmath<contract> : f32
            %v1460 = arith.mulf %v1456, %v1449 fastmath<contract> : f32
            %v1461 = arith.addf %v1460, %v1458 fastmath<contract> : f32
            %v1462 = arith.cmpi ugt, %v31, %v63 : i64
            %v1463 = arith.select %v1462, %v1459, %v1451 : f32
            %v1464 = arith.select %v1462, %v1461, %v1452 : f32
            %v1465 = arith.addi %v1263, %v306 : i64
            %v1466 = arith.addi %v1465, %v277 : i64
            %v1467 = llvm.getelementptr %v13[%v1466] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1468 = llvm.load %v1467 : !llvm.ptr -> f32
            %v1469 = llvm.getelementptr %v15[%v1466] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1470 = llvm.load %v1469 : !llvm.ptr -> f32
            %v1471 = arith.mulf %v1468, %v1459 fastmath<contract> : f32
            %v1472 = arith.mulf %v1468, %v1461 fastmath<contract> : f32
            %v1473 = arith.addf %v1472, %v1470 fastmath<contract> : f32
            %v1474 = arith.mulf %v1385, %v1463 fastmath<contract> : f32
            %v1475 = arith.mulf %v1385, %v1464 fastmath<contract> : f32
            %v1476 = arith.addf %v1475, %v1386 fastmath<contract> : f32
            %v1477 = arith.muli %v1165, %v63 : i64
            %v1478 = arith.addi %v114, %v1477 : i64
            %v1479 = llvm.getelementptr %v17[%v1478] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1480 = llvm.load %v1479 : !llvm.ptr -> f32
            %v1481 = arith.mulf %v1427, %v1480 fastmath<contract> : f32
            %v1482 = arith.addf %v1481, %v1429 fastmath<contract> : f32
            llvm.store %v1482, %v4 : f32, !llvm.ptr
            %v1483 = arith.mulf %v1424, %v1480 fastmath<contract> : f32
            %v1484 = arith.addf %v1483, %v1426 fastmath<contract> : f32
            %v1485 = arith.muli %v1165, %v63 : i64
            %v1486 = arith.addi %v1485, %v2 : i64
            %v1487 = arith.addi %v114, %v1486 : i64
            %v1488 = llvm.getelementptr %v17[%v1487] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1489 = llvm.load %v1488 : !llvm.ptr -> f32
            %v1490 = arith.mulf %v1474, %v1489 fastmath<contract> : f32
            %v1491 = arith.addf %v1490, %v1476 fastmath<contract> : f32
            llvm.store %v1491, %v5 : f32, !llvm.ptr
            %v1492 = arith.mulf %v1471, %v1489 fastmath<contract> : f32
            %v1493 = arith.addf %v1492, %v1473 fastmath<contract> : f32
            %v1494 = arith.index_cast %v32 : i64 to index
            %v1495 = arith.index_cast %v121 : i64 to index
            %v1496 = arith.index_cast %v2 : i64 to index
            scf.for %v1497 = %v1494 to %v1495 step %v1496 {
              %v1498 = arith.index_cast %v1497 : index to i64
              %v1499 = arith.addi %v118, %v1498 : i64
              %v1500 = llvm.getelementptr %v105[%v1498] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              // save the states at checkpoint steps (when given somewhere to save them)
              %v1501 = arith.remui %v1499, %v916 : i64
              %v1502 = arith.cmpi eq, %v1501, %v32 : i64
              %v1503 = arith.andi %v1502, %v22 : i1
              scf.if %v1503 {
                %v1504 = arith.divui %v1499, %v916 : i64
                %v1505 = llvm.mlir.zero : !llvm.ptr
                %v1506 = llvm.icmp "ne" %ckpt_h, %v1505 : !llvm.ptr
                scf.if %v1506 {
                  %v1509 = arith.muli %v1504, %v1508 : i64
                  %v1510 = llvm.load %v4 : !llvm.ptr -> f32
                  %v1511 = arith.muli %v27, %v40 : i64
                  %v1512 = arith.muli %v25, %v1 : i64
                  %v1513 = arith.addi %v1511, %v1512 : i64
                  %v1514 = arith.addi %v1513, %v1165 : i64
                  %v1515 = arith.addi %v1509, %v1514 : i64
                  %v1516 = llvm.getelementptr %ckpt_h[%v1515] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1510, %v1516 : f32, !llvm.ptr
                  %v1517 = llvm.load %v5 : !llvm.ptr -> f32
                  %v1518 = arith.muli %v27, %v40 : i64
                  %v1519 = arith.muli %v25, %v1 : i64
                  %v1520 = arith.addi %v1518, %v1519 : i64
                  %v1521 = arith.constant 8 : i64
                  %v1522 = arith.addi %v1521, %v1165 : i64
                  %v1523 = arith.addi %v1520, %v1522 : i64
                  %v1524 = arith.addi %v1509, %v1523 : i64
                  %v1525 = llvm.getelementptr %ckpt_h[%v1524] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1517, %v1525 : f32, !llvm.ptr
                }
              }
              // end save
              %v1526 = arith.muli %v27, %v127 : i64
              %v1527 = arith.muli %v25, %size_L : i64
              %v1528 = arith.addi %v1526, %v1527 : i64
              %v1529 = arith.subi %v131, %v1499 : i64
              %v1530 = arith.addi %v1528, %v1529 : i64
              %v1531 = llvm.getelementptr %in_delta[%v1530] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1532 = llvm.load %v1531 : !llvm.ptr -> f32
              %v1533 = arith.addf %v1532, %v183 fastmath<contract> : f32
              %v1534 = arith.maximumf %v1533, %v50 : f32
              %v1535 = llvm.call_intrinsic "llvm.fabs.f32"(%v1533) : (f32) -> f32
              %v1536 = arith.negf %v1535 : f32
              %v1537 = arith.mulf %v1536, %v188 fastmath<contract> : f32
              %v1538 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1537) : (f32) -> f32
              %v1539 = arith.addf %v191, %v1538 fastmath<contract> : f32
              %v1540 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v1539) : (f32) -> f32
              %v1541 = arith.mulf %v1540, %v194 fastmath<contract> : f32
              %v1542 = arith.mulf %v196, %v1538 fastmath<contract> : f32
              %v1543 = arith.addf %v1542, %v198 fastmath<contract> : f32
              %v1544 = arith.mulf %v1543, %v1538 fastmath<contract> : f32
              %v1545 = arith.addf %v1544, %v201 fastmath<contract> : f32
              %v1546 = arith.mulf %v1545, %v1538 fastmath<contract> : f32
              %v1547 = arith.addf %v1546, %v204 fastmath<contract> : f32
              %v1548 = arith.mulf %v1547, %v1538 fastmath<contract> : f32
              %v1549 = arith.addf %v1548, %v207 fastmath<contract> : f32
              %v1550 = arith.mulf %v1549, %v1538 fastmath<contract> : f32
              %v1551 = arith.addf %v1550, %v210 fastmath<contract> : f32
              %v1552 = arith.mulf %v1551, %v1538 fastmath<contract> : f32
              %v1553 = arith.addf %v1552, %v191 fastmath<contract> : f32
              %v1554 = arith.mulf %v1553, %v1538 fastmath<contract> : f32
              %v1555 = llvm.call_intrinsic "llvm.fabs.f32"(%v1538) : (f32) -> f32
              %v1556 = arith.cmpf olt, %v1555, %v216 : f32
              %v1557 = arith.select %v1556, %v1554, %v1541 : f32
              %v1558 = arith.addf %v1534, %v1557 fastmath<contract> : f32
              %v1559 = arith.mulf %v1558, %v1170 fastmath<contract> : f32
              %v1560 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1559) : (f32) -> f32
              %v1561 = arith.muli %v27, %v470 : i64
              %v1562 = arith.subi %v131, %v1499 : i64
              %v1563 = arith.addi %v1561, %v1562 : i64
              %v1564 = arith.muli %v1165, %size_L : i64
              %v1565 = arith.addi %v1563, %v1564 : i64
              %v1566 = llvm.getelementptr %in_Bm[%v1565] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1567 = llvm.load %v1566 : !llvm.ptr -> f32
              %v1568 = arith.muli %v27, %v127 : i64
              %v1569 = arith.muli %v25, %size_L : i64
              %v1570 = arith.addi %v1568, %v1569 : i64
              %v1571 = arith.subi %v131, %v1499 : i64
              %v1572 = arith.addi %v1570, %v1571 : i64
              %v1573 = llvm.getelementptr %in_u[%v1572] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1574 = llvm.load %v1573 : !llvm.ptr -> f32
              %v1575 = arith.mulf %v1558, %v1574 fastmath<contract> : f32
              %v1576 = arith.mulf %v1567, %v1575 fastmath<contract> : f32
              %v1577 = llvm.load %v4 : !llvm.ptr -> f32
              %v1578 = arith.mulf %v1560, %v1577 fastmath<contract> : f32
              %v1579 = arith.addf %v1578, %v1576 fastmath<contract> : f32
              %v1580 = arith.mulf %v1558, %v1177 fastmath<contract> : f32
              %v1581 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1580) : (f32) -> f32
              %v1582 = arith.muli %v27, %v470 : i64
              %v1583 = arith.subi %v131, %v1499 : i64
              %v1584 = arith.addi %v1582, %v1583 : i64
              %v1585 = arith.constant 8 : i64
              %v1586 = arith.addi %v1585, %v1165 : i64
              %v1587 = arith.muli %v1586, %size_L : i64
              %v1588 = arith.addi %v1584, %v1587 : i64
              %v1589 = llvm.getelementptr %in_Bm[%v1588] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1590 = llvm.load %v1589 : !llvm.ptr -> f32
              %v1591 = arith.mulf %v1590, %v1575 fastmath<contract> : f32
              %v1592 = llvm.load %v5 : !llvm.ptr -> f32
              %v1593 = arith.mulf %v1581, %v1592 fastmath<contract> : f32
              %v1594 = arith.addf %v1593, %v1591 fastmath<contract> : f32
              llvm.store %v1579, %v4 : f32, !llvm.ptr
              llvm.store %v1594, %v5 : f32, !llvm.ptr
              %v1595 = arith.muli %v27, %v470 : i64
              %v1596 = arith.subi %v131, %v1499 : i64
              %v1597 = arith.addi %v1595, %v1596 : i64
              %v1598 = arith.muli %v1165, %size_L : i64
              %v1599 = arith.addi %v1597, %v1598 : i64
              %v1600 = llvm.getelementptr %in_Cm[%v1599] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1601 = llvm.load %v1600 : !llvm.ptr -> f32
              %v1602 = llvm.load %v4 : !llvm.ptr -> f32
              %v1603 = arith.mulf %v1601, %v1602 fastmath<contract> : f32
              %v1604 = llvm.load %v1500 : !llvm.ptr -> f32
              %v1605 = arith.addf %v1604, %v1603 fastmath<contract> : f32
              llvm.store %v1605, %v1500 : f32, !llvm.ptr
              %v1606 = arith.muli %v27, %v470 : i64
              %v1607 = arith.subi %v131, %v1499 : i64
              %v1608 = arith.addi %v1606, %v1607 : i64
              %v1609 = arith.constant 8 : i64
              %v1610 = arith.addi %v1609, %v1165 : i64
              %v1611 = arith.muli %v1610, %size_L : i64
              %v1612 = arith.addi %v1608, %v1611 : i64
              %v1613 = llvm.getelementptr %in_Cm[%v1612] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1614 = llvm.load %v1613 : !llvm.ptr -> f32
              %v1615 = llvm.load %v5 : !llvm.ptr -> f32
              %v1616 = arith.mulf %v1614, %v1615 fastmath<contract> : f32
              %v1617 = llvm.load %v1500 : !llvm.ptr -> f32
              %v1618 = arith.addf %v1617, %v1616 fastmath<contract> : f32
              llvm.store %v1618, %v1500 : f32, !llvm.ptr
            }
            scf.if %v33 {
              %v1619 = arith.muli %v1165, %v63 : i64
              %v1620 = arith.addi %v115, %v1619 : i64
              %v1621 = llvm.getelementptr %v17[%v1620] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1484, %v1621 : f32, !llvm.ptr
              %v1622 = arith.muli %v1165, %v63 : i64
              %v1623 = arith.addi %v1622, %v2 : i64
              %v1624 = arith.addi %v115, %v1623 : i64
              %v1625 = llvm.getelementptr %v17[%v1624] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1493, %v1625 : f32, !llvm.ptr
            }
          }
          %v1626 = arith.index_cast %v32 : i64 to index
          %v1627 = arith.index_cast %v121 : i64 to index
          %v1628 = arith.index_cast %v2 : i64 to index
          scf.for %v1629 = %v1626 to %v1627 step %v1628 {
            %v1630 = arith.index_cast %v1629 : index to i64
            %v1631 = arith.addi %v118, %v1630 : i64
            %v1632 = llvm.getelementptr %v105[%v1630] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1633 = llvm.load %v1632 : !llvm.ptr -> f32
            %v1634 = arith.muli %v27, %v127 : i64
            %v1635 = arith.muli %v25, %size_L : i64
            %v1636 = arith.addi %v1634, %v1635 : i64
            %v1637 = arith.subi %v131, %v1631 : i64
            %v1638 = arith.addi %v1636, %v1637 : i64
            %v1639 = llvm.getelementptr %in_u[%v1638] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1640 = llvm.load %v1639 : !llvm.ptr -> f32
            %v1641 = arith.mulf %v1640, %v436 fastmath<contract> : f32
            %v1642 = arith.addf %v1633, %v1641 fastmath<contract> : f32
            %v1643 = arith.muli %v27, %v127 : i64
            %v1644 = arith.muli %v25, %size_L : i64
            %v1645 = arith.addi %v1643, %v1644 : i64
            %v1646 = arith.subi %v131, %v1631 : i64
            %v1647 = arith.addi %v1645, %v1646 : i64
            %v1648 = llvm.getelementptr %in_z[%v1647] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1649 = llvm.load %v1648 : !llvm.ptr -> f32
            %v1650 = arith.negf %v1649 : f32
            %v1651 = arith.mulf %v1650, %v188 fastmath<contract> : f32
            %v1652 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1651) : (f32) -> f32
            %v1653 = arith.addf %v191, %v1652 fastmath<contract> : f32
            %v1654 = arith.divf %v191, %v1653 : f32
            %v1655 = arith.mulf %v1649, %v1654 fastmath<contract> : f32
            %v1656 = arith.mulf %v1642, %v1655 fastmath<contract> : f32
            scf.if %v22 {
              %v1657 = arith.muli %v27, %v127 : i64
              %v1658 = arith.muli %v25, %size_L : i64
              %v1659 = arith.addi %v1657, %v1658 : i64
              %v1660 = arith.subi %v131, %v1631 : i64
              %v1661 = arith.addi %v1659, %v1660 : i64
              %v1662 = llvm.getelementptr %out_y[%v1661] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1656, %v1662 : f32, !llvm.ptr
            }
          }
        }
      }
      // end scan
      gpu.barrier
      %v1663 = arith.andi %v22, %v33 : i1
      %v1665 = arith.addi %size_L, %v1664 : i64
      %v1666 = arith.divui %v1665, %v96 : i64
      %v1667 = arith.andi %v1666, %v2 : i64
      %v1668 = arith.muli %v1667, %v1 : i64
      %v1669 = arith.index_cast %v32 : i64 to index
      %v1670 = arith.index_cast %v34 : i64 to index
      %v1671 = arith.index_cast %v2 : i64 to index
      scf.for %v1672 = %v1669 to %v1670 step %v1671 {
        %v1673 = arith.index_cast %v1672 : index to i64
        %v1674 = arith.muli %v1673, %v63 : i64
        %v1675 = arith.addi %v1668, %v1674 : i64
        %v1676 = llvm.getelementptr %v17[%v1675] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1677 = llvm.load %v1676 : !llvm.ptr -> f32
        llvm.store %v1677, %v10 : f32, !llvm.ptr
        %v1678 = arith.muli %v1673, %v63 : i64
        %v1679 = arith.addi %v1678, %v2 : i64
        %v1680 = arith.addi %v1668, %v1679 : i64
        %v1681 = llvm.getelementptr %v17[%v1680] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1682 = llvm.load %v1681 : !llvm.ptr -> f32
        llvm.store %v1682, %v11 : f32, !llvm.ptr
        %v1683 = llvm.load %v10 : !llvm.ptr -> f32
        %v1684 = llvm.load %v11 : !llvm.ptr -> f32
        scf.if %v1663 {
          %v1685 = arith.muli %v27, %v40 : i64
          %v1686 = arith.muli %v25, %v1 : i64
          %v1687 = arith.addi %v1685, %v1686 : i64
          %v1688 = arith.addi %v1687, %v1673 : i64
          %v1689 = llvm.getelementptr %out_h_first[%v1688] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v1683, %v1689 : f32, !llvm.ptr
          %v1690 = arith.muli %v27, %v40 : i64
          %v1691 = arith.muli %v25, %v1 : i64
          %v1692 = arith.addi %v1690, %v1691 : i64
          %v1693 = arith.constant 8 : i64
          %v1694 = arith.addi %v1693, %v1673 : i64
          %v1695 = arith.addi %v1692, %v1694 : i64
          %v1696 = llvm.getelementptr %out_h_first[%v1695] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v1684, %v1696 : f32, !llvm.ptr
        }
      }
      gpu.return
    }
  }
}
