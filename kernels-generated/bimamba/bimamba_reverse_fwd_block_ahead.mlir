module attributes {gpu.container_module} {
  gpu.module @linrec {
    llvm.mlir.global internal @warp_a_bimamba_reverse_fwd_block_ahead() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<16 x f32>
    llvm.mlir.global internal @warp_b_bimamba_reverse_fwd_block_ahead() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<16 x f32>
    llvm.mlir.global internal @running_bimamba_reverse_fwd_block_ahead() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<32 x f32>
    gpu.func @bimamba_reverse_fwd_block_ahead(%in_u: !llvm.ptr, %in_delta: !llvm.ptr, %in_z: !llvm.ptr, %in_A: !llvm.ptr, %in_Bm: !llvm.ptr, %in_Cm: !llvm.ptr, %in_Dskip: !llvm.ptr, %in_dt_bias: !llvm.ptr, %in_h0: !llvm.ptr, %out_y: !llvm.ptr, %out_h_first: !llvm.ptr, %ckpt_h: !llvm.ptr, %size_B: i64, %size_D: i64, %size_L: i64, %size_N: i64) kernel attributes {nvvm.maxntid = array<i32: 128, 1, 1>, nvvm.minctasm = 4 : i32} {
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
      %v12 = llvm.mlir.addressof @warp_a_bimamba_reverse_fwd_block_ahead : !llvm.ptr<3>
      %v13 = llvm.addrspacecast %v12 : !llvm.ptr<3> to !llvm.ptr
      %v14 = llvm.mlir.addressof @warp_b_bimamba_reverse_fwd_block_ahead : !llvm.ptr<3>
      %v15 = llvm.addrspacecast %v14 : !llvm.ptr<3> to !llvm.ptr
      %v16 = llvm.mlir.addressof @running_bimamba_reverse_fwd_block_ahead : !llvm.ptr<3>
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
      %v472 = arith.muli %size_L, %v1 : i64
      %v659 = arith.constant 32 : i32
      %v690 = arith.constant 8 : i32
      %v701 = arith.constant 16 : i32
      %v712 = arith.constant 31 : i64
      %v932 = arith.constant 64 : i64
      %v939 = arith.muli %size_B, %size_D : i64
      %v940 = arith.muli %v939, %v1 : i64
      %v1523 = arith.muli %size_B, %size_D : i64
      %v1524 = arith.muli %v1523, %v1 : i64
      %v1680 = arith.constant 1023 : i64
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
        scf.if %v95 {
          %v122 = arith.cmpi slt, %v118, %size_L : i64
          %v123 = arith.select %v122, %v118, %v110 : i64
          %v124 = arith.andi %v22, %v122 : i1
          // 0. the K steps' values every point shares
          %v126 = arith.addi %v123, %v125 : i64
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
          %v221 = arith.addi %v123, %v2 : i64
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
          %v249 = arith.addi %v123, %v63 : i64
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
          %v278 = arith.addi %v123, %v277 : i64
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
          %v307 = arith.addi %v123, %v306 : i64
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
          %v336 = arith.addi %v123, %v335 : i64
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
          %v365 = arith.addi %v123, %v364 : i64
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
          %v393 = arith.addi %v123, %v125 : i64
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
          %v421 = arith.addi %v123, %v2 : i64
          %v422 = arith.addf %v219, %v247 fastmath<contract> : f32
          %v423 = arith.addi %v123, %v63 : i64
          %v424 = arith.addf %v422, %v275 fastmath<contract> : f32
          %v425 = arith.addi %v123, %v277 : i64
          %v426 = arith.addf %v424, %v304 fastmath<contract> : f32
          %v427 = arith.addi %v123, %v306 : i64
          %v428 = arith.addf %v426, %v333 fastmath<contract> : f32
          %v429 = arith.addi %v123, %v335 : i64
          %v430 = arith.addf %v428, %v362 fastmath<contract> : f32
          %v431 = arith.addi %v123, %v364 : i64
          %v432 = arith.addf %v430, %v391 fastmath<contract> : f32
          %v433 = arith.addi %v123, %v125 : i64
          %v434 = arith.addf %v432, %v419 fastmath<contract> : f32
          %v437 = arith.mulf %v166, %v436 fastmath<contract> : f32
          llvm.store %v437, %v97 : f32, !llvm.ptr
          %v438 = arith.addi %v123, %v2 : i64
          %v439 = arith.mulf %v165, %v436 fastmath<contract> : f32
          llvm.store %v439, %v98 : f32, !llvm.ptr
          %v440 = arith.addi %v123, %v63 : i64
          %v441 = arith.mulf %v164, %v436 fastmath<contract> : f32
          llvm.store %v441, %v99 : f32, !llvm.ptr
          %v442 = arith.addi %v123, %v277 : i64
          %v443 = arith.mulf %v163, %v436 fastmath<contract> : f32
          llvm.store %v443, %v100 : f32, !llvm.ptr
          %v444 = arith.addi %v123, %v306 : i64
          %v445 = arith.mulf %v162, %v436 fastmath<contract> : f32
          llvm.store %v445, %v101 : f32, !llvm.ptr
          %v446 = arith.addi %v123, %v335 : i64
          %v447 = arith.mulf %v161, %v436 fastmath<contract> : f32
          llvm.store %v447, %v102 : f32, !llvm.ptr
          %v448 = arith.addi %v123, %v364 : i64
          %v449 = arith.mulf %v160, %v436 fastmath<contract> : f32
          llvm.store %v449, %v103 : f32, !llvm.ptr
          %v450 = arith.addi %v123, %v125 : i64
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
            %v469 = arith.addi %v456, %v2 : i64
            %v470 = arith.cmpi ult, %v469, %v34 : i64
            %v471 = arith.addi %v123, %v125 : i64
            %v473 = arith.muli %v27, %v472 : i64
            %v474 = arith.subi %v131, %v471 : i64
            %v475 = arith.addi %v473, %v474 : i64
            %v476 = arith.muli %v456, %size_L : i64
            %v477 = arith.addi %v475, %v476 : i64
            %v478 = llvm.getelementptr %in_Bm[%v477] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v479 = llvm.load %v478 {alignment = 32 : i64} : !llvm.ptr -> vector<8xf32>
            %v480 = llvm.getelementptr %v478[%size_L] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v481 = llvm.select %v470, %v480, %v478 : i1, !llvm.ptr
            %v482 = llvm.ptrtoint %v481 : !llvm.ptr to i64
            llvm.inline_asm has_side_effects asm_dialect = att "prefetch.L1 [$0];", "l" %v482 : (i64) -> ()
            %v483 = llvm.extractelement %v479[%v136 : i32] : vector<8xf32>
            %v484 = llvm.extractelement %v479[%v138 : i32] : vector<8xf32>
            %v485 = llvm.extractelement %v479[%v140 : i32] : vector<8xf32>
            %v486 = llvm.extractelement %v479[%v142 : i32] : vector<8xf32>
            %v487 = llvm.extractelement %v479[%v144 : i32] : vector<8xf32>
            %v488 = llvm.extractelement %v479[%v146 : i32] : vector<8xf32>
            %v489 = llvm.extractelement %v479[%v148 : i32] : vector<8xf32>
            %v490 = llvm.extractelement %v479[%v150 : i32] : vector<8xf32>
            %v491 = arith.muli %v27, %v472 : i64
            %v492 = arith.subi %v131, %v471 : i64
            %v493 = arith.addi %v491, %v492 : i64
            %v494 = arith.constant 8 : i64
            %v495 = arith.addi %v494, %v456 : i64
            %v496 = arith.muli %v495, %size_L : i64
            %v497 = arith.addi %v493, %v496 : i64
            %v498 = llvm.getelementptr %in_Bm[%v497] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v499 = llvm.load %v498 {alignment = 32 : i64} : !llvm.ptr -> vector<8xf32>
            %v500 = llvm.getelementptr %v498[%size_L] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v501 = llvm.select %v470, %v500, %v498 : i1, !llvm.ptr
            %v502 = llvm.ptrtoint %v501 : !llvm.ptr to i64
            llvm.inline_asm has_side_effects asm_dialect = att "prefetch.L1 [$0];", "l" %v502 : (i64) -> ()
            %v503 = llvm.extractelement %v499[%v136 : i32] : vector<8xf32>
            %v504 = llvm.extractelement %v499[%v138 : i32] : vector<8xf32>
            %v505 = llvm.extractelement %v499[%v140 : i32] : vector<8xf32>
            %v506 = llvm.extractelement %v499[%v142 : i32] : vector<8xf32>
            %v507 = llvm.extractelement %v499[%v144 : i32] : vector<8xf32>
            %v508 = llvm.extractelement %v499[%v146 : i32] : vector<8xf32>
            %v509 = llvm.extractelement %v499[%v148 : i32] : vector<8xf32>
            %v510 = llvm.extractelement %v499[%v150 : i32] : vector<8xf32>
            %v511 = arith.mulf %v219, %v461 fastmath<contract> : f32
            %v512 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v511) : (f32) -> f32
            %v513 = arith.mulf %v490, %v220 fastmath<contract> : f32
            %v514 = llvm.load %v8 : !llvm.ptr -> f32
            %v515 = arith.mulf %v512, %v514 fastmath<contract> : f32
            %v516 = arith.addf %v515, %v513 fastmath<contract> : f32
            %v517 = llvm.load %v6 : !llvm.ptr -> f32
            %v518 = arith.mulf %v512, %v517 fastmath<contract> : f32
            %v519 = arith.mulf %v219, %v468 fastmath<contract> : f32
            %v520 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v519) : (f32) -> f32
            %v521 = arith.mulf %v510, %v220 fastmath<contract> : f32
            %v522 = llvm.load %v9 : !llvm.ptr -> f32
            %v523 = arith.mulf %v520, %v522 fastmath<contract> : f32
            %v524 = arith.addf %v523, %v521 fastmath<contract> : f32
            %v525 = llvm.load %v7 : !llvm.ptr -> f32
            %v526 = arith.mulf %v520, %v525 fastmath<contract> : f32
            llvm.store %v516, %v8 : f32, !llvm.ptr
            llvm.store %v518, %v6 : f32, !llvm.ptr
            llvm.store %v524, %v9 : f32, !llvm.ptr
            llvm.store %v526, %v7 : f32, !llvm.ptr
            %v527 = arith.addi %v123, %v2 : i64
            %v528 = arith.mulf %v247, %v461 fastmath<contract> : f32
            %v529 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v528) : (f32) -> f32
            %v530 = arith.mulf %v489, %v248 fastmath<contract> : f32
            %v531 = llvm.load %v8 : !llvm.ptr -> f32
            %v532 = arith.mulf %v529, %v531 fastmath<contract> : f32
            %v533 = arith.addf %v532, %v530 fastmath<contract> : f32
            %v534 = llvm.load %v6 : !llvm.ptr -> f32
            %v535 = arith.mulf %v529, %v534 fastmath<contract> : f32
            %v536 = arith.mulf %v247, %v468 fastmath<contract> : f32
            %v537 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v536) : (f32) -> f32
            %v538 = arith.mulf %v509, %v248 fastmath<contract> : f32
            %v539 = llvm.load %v9 : !llvm.ptr -> f32
            %v540 = arith.mulf %v537, %v539 fastmath<contract> : f32
            %v541 = arith.addf %v540, %v538 fastmath<contract> : f32
            %v542 = llvm.load %v7 : !llvm.ptr -> f32
            %v543 = arith.mulf %v537, %v542 fastmath<contract> : f32
            llvm.store %v533, %v8 : f32, !llvm.ptr
            llvm.store %v535, %v6 : f32, !llvm.ptr
            llvm.store %v541, %v9 : f32, !llvm.ptr
            llvm.store %v543, %v7 : f32, !llvm.ptr
            %v544 = arith.addi %v123, %v63 : i64
            %v545 = arith.mulf %v275, %v461 fastmath<contract> : f32
            %v546 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v545) : (f32) -> f32
            %v547 = arith.mulf %v488, %v276 fastmath<contract> : f32
            %v548 = llvm.load %v8 : !llvm.ptr -> f32
            %v549 = arith.mulf %v546, %v548 fastmath<contract> : f32
            %v550 = arith.addf %v549, %v547 fastmath<contract> : f32
            %v551 = llvm.load %v6 : !llvm.ptr -> f32
            %v552 = arith.mulf %v546, %v551 fastmath<contract> : f32
            %v553 = arith.mulf %v275, %v468 fastmath<contract> : f32
            %v554 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v553) : (f32) -> f32
            %v555 = arith.mulf %v508, %v276 fastmath<contract> : f32
            %v556 = llvm.load %v9 : !llvm.ptr -> f32
            %v557 = arith.mulf %v554, %v556 fastmath<contract> : f32
            %v558 = arith.addf %v557, %v555 fastmath<contract> : f32
            %v559 = llvm.load %v7 : !llvm.ptr -> f32
            %v560 = arith.mulf %v554, %v559 fastmath<contract> : f32
            llvm.store %v550, %v8 : f32, !llvm.ptr
            llvm.store %v552, %v6 : f32, !llvm.ptr
            llvm.store %v558, %v9 : f32, !llvm.ptr
            llvm.store %v560, %v7 : f32, !llvm.ptr
            %v561 = arith.addi %v123, %v277 : i64
            %v562 = arith.mulf %v304, %v461 fastmath<contract> : f32
            %v563 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v562) : (f32) -> f32
            %v564 = arith.mulf %v487, %v305 fastmath<contract> : f32
            %v565 = llvm.load %v8 : !llvm.ptr -> f32
            %v566 = arith.mulf %v563, %v565 fastmath<contract> : f32
            %v567 = arith.addf %v566, %v564 fastmath<contract> : f32
            %v568 = llvm.load %v6 : !llvm.ptr -> f32
            %v569 = arith.mulf %v563, %v568 fastmath<contract> : f32
            %v570 = arith.mulf %v304, %v468 fastmath<contract> : f32
            %v571 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v570) : (f32) -> f32
            %v572 = arith.mulf %v507, %v305 fastmath<contract> : f32
            %v573 = llvm.load %v9 : !llvm.ptr -> f32
            %v574 = arith.mulf %v571, %v573 fastmath<contract> : f32
            %v575 = arith.addf %v574, %v572 fastmath<contract> : f32
            %v576 = llvm.load %v7 : !llvm.ptr -> f32
            %v577 = arith.mulf %v571, %v576 fastmath<contract> : f32
            llvm.store %v567, %v8 : f32, !llvm.ptr
            llvm.store %v569, %v6 : f32, !llvm.ptr
            llvm.store %v575, %v9 : f32, !llvm.ptr
            llvm.store %v577, %v7 : f32, !llvm.ptr
            %v578 = arith.addi %v123, %v306 : i64
            %v579 = arith.mulf %v333, %v461 fastmath<contract> : f32
            %v580 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v579) : (f32) -> f32
            %v581 = arith.mulf %v486, %v334 fastmath<contract> : f32
            %v582 = llvm.load %v8 : !llvm.ptr -> f32
            %v583 = arith.mulf %v580, %v582 fastmath<contract> : f32
            %v584 = arith.addf %v583, %v581 fastmath<contract> : f32
            %v585 = llvm.load %v6 : !llvm.ptr -> f32
            %v586 = arith.mulf %v580, %v585 fastmath<contract> : f32
            %v587 = arith.mulf %v333, %v468 fastmath<contract> : f32
            %v588 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v587) : (f32) -> f32
            %v589 = arith.mulf %v506, %v334 fastmath<contract> : f32
            %v590 = llvm.load %v9 : !llvm.ptr -> f32
            %v591 = arith.mulf %v588, %v590 fastmath<contract> : f32
            %v592 = arith.addf %v591, %v589 fastmath<contract> : f32
            %v593 = llvm.load %v7 : !llvm.ptr -> f32
            %v594 = arith.mulf %v588, %v593 fastmath<contract> : f32
            llvm.store %v584, %v8 : f32, !llvm.ptr
            llvm.store %v586, %v6 : f32, !llvm.ptr
            llvm.store %v592, %v9 : f32, !llvm.ptr
            llvm.store %v594, %v7 : f32, !llvm.ptr
            %v595 = arith.addi %v123, %v335 : i64
            %v596 = arith.mulf %v362, %v461 fastmath<contract> : f32
            %v597 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v596) : (f32) -> f32
            %v598 = arith.mulf %v485, %v363 fastmath<contract> : f32
            %v599 = llvm.load %v8 : !llvm.ptr -> f32
            %v600 = arith.mulf %v597, %v599 fastmath<contract> : f32
            %v601 = arith.addf %v600, %v598 fastmath<contract> : f32
            %v602 = llvm.load %v6 : !llvm.ptr -> f32
            %v603 = arith.mulf %v597, %v602 fastmath<contract> : f32
            %v604 = arith.mulf %v362, %v468 fastmath<contract> : f32
            %v605 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v604) : (f32) -> f32
            %v606 = arith.mulf %v505, %v363 fastmath<contract> : f32
            %v607 = llvm.load %v9 : !llvm.ptr -> f32
            %v608 = arith.mulf %v605, %v607 fastmath<contract> : f32
            %v609 = arith.addf %v608, %v606 fastmath<contract> : f32
            %v610 = llvm.load %v7 : !llvm.ptr -> f32
            %v611 = arith.mulf %v605, %v610 fastmath<contract> : f32
            llvm.store %v601, %v8 : f32, !llvm.ptr
            llvm.store %v603, %v6 : f32, !llvm.ptr
            llvm.store %v609, %v9 : f32, !llvm.ptr
            llvm.store %v611, %v7 : f32, !llvm.ptr
            %v612 = arith.addi %v123, %v364 : i64
            %v613 = arith.mulf %v391, %v461 fastmath<contract> : f32
            %v614 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v613) : (f32) -> f32
            %v615 = arith.mulf %v484, %v392 fastmath<contract> : f32
            %v616 = llvm.load %v8 : !llvm.ptr -> f32
            %v617 = arith.mulf %v614, %v616 fastmath<contract> : f32
            %v618 = arith.addf %v617, %v615 fastmath<contract> : f32
            %v619 = llvm.load %v6 : !llvm.ptr -> f32
            %v620 = arith.mulf %v614, %v619 fastmath<contract> : f32
            %v621 = arith.mulf %v391, %v468 fastmath<contract> : f32
            %v622 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v621) : (f32) -> f32
            %v623 = arith.mulf %v504, %v392 fastmath<contract> : f32
            %v624 = llvm.load %v9 : !llvm.ptr -> f32
            %v625 = arith.mulf %v622, %v624 fastmath<contract> : f32
            %v626 = arith.addf %v625, %v623 fastmath<contract> : f32
            %v627 = llvm.load %v7 : !llvm.ptr -> f32
            %v628 = arith.mulf %v622, %v627 fastmath<contract> : f32
            llvm.store %v618, %v8 : f32, !llvm.ptr
            llvm.store %v620, %v6 : f32, !llvm.ptr
            llvm.store %v626, %v9 : f32, !llvm.ptr
            llvm.store %v628, %v7 : f32, !llvm.ptr
            %v629 = arith.addi %v123, %v125 : i64
            %v630 = arith.mulf %v419, %v461 fastmath<contract> : f32
            %v631 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v630) : (f32) -> f32
            %v632 = arith.mulf %v483, %v420 fastmath<contract> : f32
            %v633 = llvm.load %v8 : !llvm.ptr -> f32
            %v634 = arith.mulf %v631, %v633 fastmath<contract> : f32
            %v635 = arith.addf %v634, %v632 fastmath<contract> : f32
            %v636 = llvm.load %v6 : !llvm.ptr -> f32
            %v637 = arith.mulf %v631, %v636 fastmath<contract> : f32
            %v638 = arith.mulf %v419, %v468 fastmath<contract> : f32
            %v639 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v638) : (f32) -> f32
            %v640 = arith.mulf %v503, %v420 fastmath<contract> : f32
            %v641 = llvm.load %v9 : !llvm.ptr -> f32
            %v642 = arith.mulf %v639, %v641 fastmath<contract> : f32
            %v643 = arith.addf %v642, %v640 fastmath<contract> : f32
            %v644 = llvm.load %v7 : !llvm.ptr -> f32
            %v645 = arith.mulf %v639, %v644 fastmath<contract> : f32
            llvm.store %v635, %v8 : f32, !llvm.ptr
            llvm.store %v637, %v6 : f32, !llvm.ptr
            llvm.store %v643, %v9 : f32, !llvm.ptr
            llvm.store %v645, %v7 : f32, !llvm.ptr
            %v646 = arith.mulf %v434, %v461 fastmath<contract> : f32
            %v647 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v646) : (f32) -> f32
            llvm.store %v647, %v6 : f32, !llvm.ptr
            %v648 = arith.mulf %v434, %v468 fastmath<contract> : f32
            %v649 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v648) : (f32) -> f32
            llvm.store %v649, %v7 : f32, !llvm.ptr
            %v650 = arith.constant true
            %v651 = arith.xori %v122, %v650 : i1
            scf.if %v651 {
              llvm.store %v191, %v6 : f32, !llvm.ptr
              llvm.store %v191, %v7 : f32, !llvm.ptr
              llvm.store %v50, %v8 : f32, !llvm.ptr
              llvm.store %v50, %v9 : f32, !llvm.ptr
            }
            // 2. the block's scan of this point's maps
            %v652 = llvm.load %v6 : !llvm.ptr -> f32
            %v653 = llvm.load %v8 : !llvm.ptr -> f32
            %v654 = llvm.load %v7 : !llvm.ptr -> f32
            %v655 = llvm.load %v9 : !llvm.ptr -> f32
            %v656 = arith.addi %v116, %v456 : i64
            %v657 = arith.andi %v656, %v2 : i64
            %v658 = arith.muli %v657, %v34 : i64
            %v660, %v661 = gpu.shuffle up %v652, %v138, %v659 : f32
            %v662, %v663 = gpu.shuffle up %v653, %v138, %v659 : f32
            %v664 = arith.mulf %v652, %v660 fastmath<contract> : f32
            %v665 = arith.mulf %v652, %v662 fastmath<contract> : f32
            %v666 = arith.addf %v665, %v653 fastmath<contract> : f32
            %v667 = arith.cmpi uge, %v30, %v2 : i64
            %v668 = arith.select %v667, %v664, %v652 : f32
            %v669 = arith.select %v667, %v666, %v653 : f32
            %v670, %v671 = gpu.shuffle up %v668, %v140, %v659 : f32
            %v672, %v673 = gpu.shuffle up %v669, %v140, %v659 : f32
            %v674 = arith.mulf %v668, %v670 fastmath<contract> : f32
            %v675 = arith.mulf %v668, %v672 fastmath<contract> : f32
            %v676 = arith.addf %v675, %v669 fastmath<contract> : f32
            %v677 = arith.cmpi uge, %v30, %v63 : i64
            %v678 = arith.select %v677, %v674, %v668 : f32
            %v679 = arith.select %v677, %v676, %v669 : f32
            %v680, %v681 = gpu.shuffle up %v678, %v144, %v659 : f32
            %v682, %v683 = gpu.shuffle up %v679, %v144, %v659 : f32
            %v684 = arith.mulf %v678, %v680 fastmath<contract> : f32
            %v685 = arith.mulf %v678, %v682 fastmath<contract> : f32
            %v686 = arith.addf %v685, %v679 fastmath<contract> : f32
            %v687 = arith.cmpi uge, %v30, %v306 : i64
            %v688 = arith.select %v687, %v684, %v678 : f32
            %v689 = arith.select %v687, %v686, %v679 : f32
            %v691, %v692 = gpu.shuffle up %v688, %v690, %v659 : f32
            %v693, %v694 = gpu.shuffle up %v689, %v690, %v659 : f32
            %v695 = arith.mulf %v688, %v691 fastmath<contract> : f32
            %v696 = arith.mulf %v688, %v693 fastmath<contract> : f32
            %v697 = arith.addf %v696, %v689 fastmath<contract> : f32
            %v698 = arith.cmpi uge, %v30, %v34 : i64
            %v699 = arith.select %v698, %v695, %v688 : f32
            %v700 = arith.select %v698, %v697, %v689 : f32
            %v702, %v703 = gpu.shuffle up %v699, %v701, %v659 : f32
            %v704, %v705 = gpu.shuffle up %v700, %v701, %v659 : f32
            %v706 = arith.mulf %v699, %v702 fastmath<contract> : f32
            %v707 = arith.mulf %v699, %v704 fastmath<contract> : f32
            %v708 = arith.addf %v707, %v700 fastmath<contract> : f32
            %v709 = arith.cmpi uge, %v30, %v1 : i64
            %v710 = arith.select %v709, %v706, %v699 : f32
            %v711 = arith.select %v709, %v708, %v700 : f32
            %v713 = arith.cmpi eq, %v30, %v712 : i64
            %v714 = arith.addi %v658, %v31 : i64
            scf.if %v713 {
              %v715 = llvm.getelementptr %v13[%v714] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v710, %v715 : f32, !llvm.ptr
              %v716 = llvm.getelementptr %v15[%v714] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v711, %v716 : f32, !llvm.ptr
            }
            %v717, %v718 = gpu.shuffle up %v710, %v138, %v659 : f32
            %v719, %v720 = gpu.shuffle up %v711, %v138, %v659 : f32
            %v721 = arith.cmpi eq, %v30, %v32 : i64
            %v722 = arith.select %v721, %v191, %v717 : f32
            %v723 = arith.select %v721, %v50, %v719 : f32
            %v724, %v725 = gpu.shuffle up %v654, %v138, %v659 : f32
            %v726, %v727 = gpu.shuffle up %v655, %v138, %v659 : f32
            %v728 = arith.mulf %v654, %v724 fastmath<contract> : f32
            %v729 = arith.mulf %v654, %v726 fastmath<contract> : f32
            %v730 = arith.addf %v729, %v655 fastmath<contract> : f32
            %v731 = arith.cmpi uge, %v30, %v2 : i64
            %v732 = arith.select %v731, %v728, %v654 : f32
            %v733 = arith.select %v731, %v730, %v655 : f32
            %v734, %v735 = gpu.shuffle up %v732, %v140, %v659 : f32
            %v736, %v737 = gpu.shuffle up %v733, %v140, %v659 : f32
            %v738 = arith.mulf %v732, %v734 fastmath<contract> : f32
            %v739 = arith.mulf %v732, %v736 fastmath<contract> : f32
            %v740 = arith.addf %v739, %v733 fastmath<contract> : f32
            %v741 = arith.cmpi uge, %v30, %v63 : i64
            %v742 = arith.select %v741, %v738, %v732 : f32
            %v743 = arith.select %v741, %v740, %v733 : f32
            %v744, %v745 = gpu.shuffle up %v742, %v144, %v659 : f32
            %v746, %v747 = gpu.shuffle up %v743, %v144, %v659 : f32
            %v748 = arith.mulf %v742, %v744 fastmath<contract> : f32
            %v749 = arith.mulf %v742, %v746 fastmath<contract> : f32
            %v750 = arith.addf %v749, %v743 fastmath<contract> : f32
            %v751 = arith.cmpi uge, %v30, %v306 : i64
            %v752 = arith.select %v751, %v748, %v742 : f32
            %v753 = arith.select %v751, %v750, %v743 : f32
            %v754, %v755 = gpu.shuffle up %v752, %v690, %v659 : f32
            %v756, %v757 = gpu.shuffle up %v753, %v690, %v659 : f32
            %v758 = arith.mulf %v752, %v754 fastmath<contract> : f32
            %v759 = arith.mulf %v752, %v756 fastmath<contract> : f32
            %v760 = arith.addf %v759, %v753 fastmath<contract> : f32
            %v761 = arith.cmpi uge, %v30, %v34 : i64
            %v762 = arith.select %v761, %v758, %v752 : f32
            %v763 = arith.select %v761, %v760, %v753 : f32
            %v764, %v765 = gpu.shuffle up %v762, %v701, %v659 : f32
            %v766, %v767 = gpu.shuffle up %v763, %v701, %v659 : f32
            %v768 = arith.mulf %v762, %v764 fastmath<contract> : f32
            %v769 = arith.mulf %v762, %v766 fastmath<contract> : f32
            %v770 = arith.addf %v769, %v763 fastmath<contract> : f32
            %v771 = arith.cmpi uge, %v30, %v1 : i64
            %v772 = arith.select %v771, %v768, %v762 : f32
            %v773 = arith.select %v771, %v770, %v763 : f32
            %v774 = arith.cmpi eq, %v30, %v712 : i64
            %v775 = arith.addi %v658, %v306 : i64
            %v776 = arith.addi %v775, %v31 : i64
            scf.if %v774 {
              %v777 = llvm.getelementptr %v13[%v776] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v772, %v777 : f32, !llvm.ptr
              %v778 = llvm.getelementptr %v15[%v776] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v773, %v778 : f32, !llvm.ptr
            }
            %v779, %v780 = gpu.shuffle up %v772, %v138, %v659 : f32
            %v781, %v782 = gpu.shuffle up %v773, %v138, %v659 : f32
            %v783 = arith.cmpi eq, %v30, %v32 : i64
            %v784 = arith.select %v783, %v191, %v779 : f32
            %v785 = arith.select %v783, %v50, %v781 : f32
            // across warps: each thread composes the warps' totals before its own, and all of them
            gpu.barrier
            %v786 = llvm.getelementptr %v13[%v658] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v787 = llvm.load %v786 : !llvm.ptr -> f32
            %v788 = llvm.getelementptr %v15[%v658] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v789 = llvm.load %v788 : !llvm.ptr -> f32
            %v790 = arith.mulf %v787, %v191 fastmath<contract> : f32
            %v791 = arith.mulf %v787, %v50 fastmath<contract> : f32
            %v792 = arith.addf %v791, %v789 fastmath<contract> : f32
            %v793 = arith.cmpi ugt, %v31, %v32 : i64
            %v794 = arith.select %v793, %v790, %v191 : f32
            %v795 = arith.select %v793, %v792, %v50 : f32
            %v796 = arith.addi %v658, %v2 : i64
            %v797 = llvm.getelementptr %v13[%v796] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v798 = llvm.load %v797 : !llvm.ptr -> f32
            %v799 = llvm.getelementptr %v15[%v796] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v800 = llvm.load %v799 : !llvm.ptr -> f32
            %v801 = arith.mulf %v798, %v790 fastmath<contract> : f32
            %v802 = arith.mulf %v798, %v792 fastmath<contract> : f32
            %v803 = arith.addf %v802, %v800 fastmath<contract> : f32
            %v804 = arith.cmpi ugt, %v31, %v2 : i64
            %v805 = arith.select %v804, %v801, %v794 : f32
            %v806 = arith.select %v804, %v803, %v795 : f32
            %v807 = arith.addi %v658, %v63 : i64
            %v808 = llvm.getelementptr %v13[%v807] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v809 = llvm.load %v808 : !llvm.ptr -> f32
            %v810 = llvm.getelementptr %v15[%v807] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v811 = llvm.load %v810 : !llvm.ptr -> f32
            %v812 = arith.mulf %v809, %v801 fastmath<contract> : f32
            %v813 = arith.mulf %v809, %v803 fastmath<contract> : f32
            %v814 = arith.addf %v813, %v811 fastmath<contract> : f32
            %v815 = arith.cmpi ugt, %v31, %v63 : i64
            %v816 = arith.select %v815, %v812, %v805 : f32
            %v817 = arith.select %v815, %v814, %v806 : f32
            %v818 = arith.addi %v658, %v277 : i64
            %v819 = llvm.getelementptr %v13[%v818] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v820 = llvm.load %v819 : !llvm.ptr -> f32
            %v821 = llvm.getelementptr %v15[%v818] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v822 = llvm.load %v821 : !llvm.ptr -> f32
            %v823 = arith.mulf %v820, %v812 fastmath<contract> : f32
            %v824 = arith.mulf %v820, %v814 fastmath<contract> : f32
            %v825 = arith.addf %v824, %v822 fastmath<contract> : f32
            %v826 = arith.mulf %v722, %v816 fastmath<contract> : f32
            %v827 = arith.mulf %v722, %v817 fastmath<contract> : f32
            %v828 = arith.addf %v827, %v723 fastmath<contract> : f32
            %v829 = arith.addi %v658, %v306 : i64
            %v830 = llvm.getelementptr %v13[%v829] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v831 = llvm.load %v830 : !llvm.ptr -> f32
            %v832 = llvm.getelementptr %v15[%v829] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v833 = llvm.load %v832 : !llvm.ptr -> f32
            %v834 = arith.mulf %v831, %v191 fastmath<contract> : f32
            %v835 = arith.mulf %v831, %v50 fastmath<contract> : f32
            %v836 = arith.addf %v835, %v833 fastmath<contract> : f32
            %v837 = arith.cmpi ugt, %v31, %v32 : i64
            %v838 = arith.select %v837, %v834, %v191 : f32
            %v839 = arith.select %v837, %v836, %v50 : f32
            %v840 = arith.addi %v658, %v306 : i64
            %v841 = arith.addi %v840, %v2 : i64
            %v842 = llvm.getelementptr %v13[%v841] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v843 = llvm.load %v842 : !llvm.ptr -> f32
            %v844 = llvm.getelementptr %v15[%v841] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v845 = llvm.load %v844 : !llvm.ptr -> f32
            %v846 = arith.mulf %v843, %v834 fastmath<contract> : f32
            %v847 = arith.mulf %v843, %v836 fastmath<contract> : f32
            %v848 = arith.addf %v847, %v845 fastmath<contract> : f32
            %v849 = arith.cmpi ugt, %v31, %v2 : i64
            %v850 = arith.select %v849, %v846, %v838 : f32
            %v851 = arith.select %v849, %v848, %v839 : f32
            %v852 = arith.addi %v658, %v306 : i64
            %v853 = arith.addi %v852, %v63 : i64
            %v854 = llvm.getelementptr %v13[%v853] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v855 = llvm.load %v854 : !llvm.ptr -> f32
            %v856 = llvm.getelementptr %v15[%v853] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v857 = llvm.load %v856 : !llvm.ptr -> f32
            %v858 = arith.mulf %v855, %v846 fastmath<contract> : f32
            %v859 = arith.mulf %v855, %v848 fastmath<contract> : f32
            %v860 = arith.addf %v859, %v857 fastmath<contract> : f32
            %v861 = arith.cmpi ugt, %v31, %v63 : i64
            %v862 = arith.select %v861, %v858, %v850 : f32
            %v863 = arith.select %v861, %v860, %v851 : f32
            %v864 = arith.addi %v658, %v306 : i64
            %v865 = arith.addi %v864, %v277 : i64
            %v866 = llvm.getelementptr %v13[%v865] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v867 = llvm.load %v866 : !llvm.ptr -> f32
            %v868 = llvm.getelementptr %v15[%v865] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v869 = llvm.load %v868 : !llvm.ptr -> f32
            %v870 = arith.mulf %v867, %v858 fastmath<contract> : f32
            %v871 = arith.mulf %v867, %v860 fastmath<contract> : f32
            %v872 = arith.addf %v871, %v869 fastmath<contract> : f32
            %v873 = arith.mulf %v784, %v862 fastmath<contract> : f32
            %v874 = arith.mulf %v784, %v863 fastmath<contract> : f32
            %v875 = arith.addf %v874, %v785 fastmath<contract> : f32
            %v876 = arith.muli %v456, %v63 : i64
            %v877 = arith.addi %v114, %v876 : i64
            %v878 = llvm.getelementptr %v17[%v877] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v879 = llvm.load %v878 : !llvm.ptr -> f32
            %v880 = arith.mulf %v826, %v879 fastmath<contract> : f32
            %v881 = arith.addf %v880, %v828 fastmath<contract> : f32
            llvm.store %v881, %v4 : f32, !llvm.ptr
            %v882 = arith.mulf %v823, %v879 fastmath<contract> : f32
            %v883 = arith.addf %v882, %v825 fastmath<contract> : f32
            %v884 = arith.muli %v456, %v63 : i64
            %v885 = arith.addi %v884, %v2 : i64
            %v886 = arith.addi %v114, %v885 : i64
            %v887 = llvm.getelementptr %v17[%v886] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v888 = llvm.load %v887 : !llvm.ptr -> f32
            %v889 = arith.mulf %v873, %v888 fastmath<contract> : f32
            %v890 = arith.addf %v889, %v875 fastmath<contract> : f32
            llvm.store %v890, %v5 : f32, !llvm.ptr
            %v891 = arith.mulf %v870, %v888 fastmath<contract> : f32
            %v892 = arith.addf %v891, %v872 fastmath<contract> : f32
            // 3. the K steps again: checkpoints, outputs at this point, sums' terms
            %v893 = arith.addi %v123, %v125 : i64
            %v894 = arith.muli %v27, %v472 : i64
            %v895 = arith.subi %v131, %v893 : i64
            %v896 = arith.addi %v894, %v895 : i64
            %v897 = arith.muli %v456, %size_L : i64
            %v898 = arith.addi %v896, %v897 : i64
            %v899 = llvm.getelementptr %in_Cm[%v898] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v900 = llvm.load %v899 {alignment = 32 : i64} : !llvm.ptr -> vector<8xf32>
            %v901 = llvm.getelementptr %v899[%size_L] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v902 = llvm.select %v470, %v901, %v899 : i1, !llvm.ptr
            %v903 = llvm.ptrtoint %v902 : !llvm.ptr to i64
            llvm.inline_asm has_side_effects asm_dialect = att "prefetch.L1 [$0];", "l" %v903 : (i64) -> ()
            %v904 = llvm.extractelement %v900[%v136 : i32] : vector<8xf32>
            %v905 = llvm.extractelement %v900[%v138 : i32] : vector<8xf32>
            %v906 = llvm.extractelement %v900[%v140 : i32] : vector<8xf32>
            %v907 = llvm.extractelement %v900[%v142 : i32] : vector<8xf32>
            %v908 = llvm.extractelement %v900[%v144 : i32] : vector<8xf32>
            %v909 = llvm.extractelement %v900[%v146 : i32] : vector<8xf32>
            %v910 = llvm.extractelement %v900[%v148 : i32] : vector<8xf32>
            %v911 = llvm.extractelement %v900[%v150 : i32] : vector<8xf32>
            %v912 = arith.muli %v27, %v472 : i64
            %v913 = arith.subi %v131, %v893 : i64
            %v914 = arith.addi %v912, %v913 : i64
            %v915 = arith.constant 8 : i64
            %v916 = arith.addi %v915, %v456 : i64
            %v917 = arith.muli %v916, %size_L : i64
            %v918 = arith.addi %v914, %v917 : i64
            %v919 = llvm.getelementptr %in_Cm[%v918] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v920 = llvm.load %v919 {alignment = 32 : i64} : !llvm.ptr -> vector<8xf32>
            %v921 = llvm.getelementptr %v919[%size_L] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v922 = llvm.select %v470, %v921, %v919 : i1, !llvm.ptr
            %v923 = llvm.ptrtoint %v922 : !llvm.ptr to i64
            llvm.inline_asm has_side_effects asm_dialect = att "prefetch.L1 [$0];", "l" %v923 : (i64) -> ()
            %v924 = llvm.extractelement %v920[%v136 : i32] : vector<8xf32>
            %v925 = llvm.extractelement %v920[%v138 : i32] : vector<8xf32>
            %v926 = llvm.extractelement %v920[%v140 : i32] : vector<8xf32>
            %v927 = llvm.extractelement %v920[%v142 : i32] : vector<8xf32>
            %v928 = llvm.extractelement %v920[%v144 : i32] : vector<8xf32>
            %v929 = llvm.extractelement %v920[%v146 : i32] : vector<8xf32>
            %v930 = llvm.extractelement %v920[%v148 : i32] : vector<8xf32>
            %v931 = llvm.extractelement %v920[%v150 : i32] : vector<8xf32>
            // save the states at checkpoint steps (when given somewhere to save them)
            %v933 = arith.remui %v123, %v932 : i64
            %v934 = arith.cmpi eq, %v933, %v32 : i64
            %v935 = arith.andi %v934, %v124 : i1
            scf.if %v935 {
              %v936 = arith.divui %v123, %v932 : i64
              %v937 = llvm.mlir.zero : !llvm.ptr
              %v938 = llvm.icmp "ne" %ckpt_h, %v937 : !llvm.ptr
              scf.if %v938 {
                %v941 = arith.muli %v936, %v940 : i64
                %v942 = llvm.load %v4 : !llvm.ptr -> f32
                %v943 = arith.muli %v27, %v40 : i64
                %v944 = arith.muli %v25, %v1 : i64
                %v945 = arith.addi %v943, %v944 : i64
                %v946 = arith.addi %v945, %v456 : i64
                %v947 = arith.addi %v941, %v946 : i64
                %v948 = llvm.getelementptr %ckpt_h[%v947] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                llvm.store %v942, %v948 : f32, !llvm.ptr
                %v949 = llvm.load %v5 : !llvm.ptr -> f32
                %v950 = arith.muli %v27, %v40 : i64
                %v951 = arith.muli %v25, %v1 : i64
                %v952 = arith.addi %v950, %v951 : i64
                %v953 = arith.constant 8 : i64
                %v954 = arith.addi %v953, %v456 : i64
                %v955 = arith.addi %v952, %v954 : i64
                %v956 = arith.addi %v941, %v955 : i64
                %v957 = llvm.getelementptr %ckpt_h[%v956] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                llvm.store %v949, %v957 : f32, !llvm.ptr
              }
            }
            // end save
            %v958 = llvm.load %v4 : !llvm.ptr -> f32
            %v959 = arith.mulf %v512, %v958 fastmath<contract> : f32
            %v960 = arith.addf %v959, %v513 fastmath<contract> : f32
            %v961 = llvm.load %v5 : !llvm.ptr -> f32
            %v962 = arith.mulf %v520, %v961 fastmath<contract> : f32
            %v963 = arith.addf %v962, %v521 fastmath<contract> : f32
            llvm.store %v960, %v4 : f32, !llvm.ptr
            llvm.store %v963, %v5 : f32, !llvm.ptr
            %v964 = llvm.load %v4 : !llvm.ptr -> f32
            %v965 = arith.mulf %v911, %v964 fastmath<contract> : f32
            %v966 = llvm.load %v97 : !llvm.ptr -> f32
            %v967 = arith.addf %v966, %v965 fastmath<contract> : f32
            llvm.store %v967, %v97 : f32, !llvm.ptr
            %v968 = llvm.load %v5 : !llvm.ptr -> f32
            %v969 = arith.mulf %v931, %v968 fastmath<contract> : f32
            %v970 = llvm.load %v97 : !llvm.ptr -> f32
            %v971 = arith.addf %v970, %v969 fastmath<contract> : f32
            llvm.store %v971, %v97 : f32, !llvm.ptr
            %v972 = arith.addi %v123, %v2 : i64
            %v973 = llvm.load %v4 : !llvm.ptr -> f32
            %v974 = arith.mulf %v529, %v973 fastmath<contract> : f32
            %v975 = arith.addf %v974, %v530 fastmath<contract> : f32
            %v976 = llvm.load %v5 : !llvm.ptr -> f32
            %v977 = arith.mulf %v537, %v976 fastmath<contract> : f32
            %v978 = arith.addf %v977, %v538 fastmath<contract> : f32
            llvm.store %v975, %v4 : f32, !llvm.ptr
            llvm.store %v978, %v5 : f32, !llvm.ptr
            %v979 = llvm.load %v4 : !llvm.ptr -> f32
            %v980 = arith.mulf %v910, %v979 fastmath<contract> : f32
            %v981 = llvm.load %v98 : !llvm.ptr -> f32
            %v982 = arith.addf %v981, %v980 fastmath<contract> : f32
            llvm.store %v982, %v98 : f32, !llvm.ptr
            %v983 = llvm.load %v5 : !llvm.ptr -> f32
            %v984 = arith.mulf %v930, %v983 fastmath<contract> : f32
            %v985 = llvm.load %v98 : !llvm.ptr -> f32
            %v986 = arith.addf %v985, %v984 fastmath<contract> : f32
            llvm.store %v986, %v98 : f32, !llvm.ptr
            %v987 = arith.addi %v123, %v63 : i64
            %v988 = llvm.load %v4 : !llvm.ptr -> f32
            %v989 = arith.mulf %v546, %v988 fastmath<contract> : f32
            %v990 = arith.addf %v989, %v547 fastmath<contract> : f32
            %v991 = llvm.load %v5 : !llvm.ptr -> f32
            %v992 = arith.mulf %v554, %v991 fastmath<contract> : f32
            %v993 = arith.addf %v992, %v555 fastmath<contract> : f32
            llvm.store %v990, %v4 : f32, !llvm.ptr
            llvm.store %v993, %v5 : f32, !llvm.ptr
            %v994 = llvm.load %v4 : !llvm.ptr -> f32
            %v995 = arith.mulf %v909, %v994 fastmath<contract> : f32
            %v996 = llvm.load %v99 : !llvm.ptr -> f32
            %v997 = arith.addf %v996, %v995 fastmath<contract> : f32
            llvm.store %v997, %v99 : f32, !llvm.ptr
            %v998 = llvm.load %v5 : !llvm.ptr -> f32
            %v999 = arith.mulf %v929, %v998 fastmath<contract> : f32
            %v1000 = llvm.load %v99 : !llvm.ptr -> f32
            %v1001 = arith.addf %v1000, %v999 fastmath<contract> : f32
            llvm.store %v1001, %v99 : f32, !llvm.ptr
            %v1002 = arith.addi %v123, %v277 : i64
            %v1003 = llvm.load %v4 : !llvm.ptr -> f32
            %v1004 = arith.mulf %v563, %v1003 fastmath<contract> : f32
            %v1005 = arith.addf %v1004, %v564 fastmath<contract> : f32
            %v1006 = llvm.load %v5 : !llvm.ptr -> f32
            %v1007 = arith.mulf %v571, %v1006 fastmath<contract> : f32
            %v1008 = arith.addf %v1007, %v572 fastmath<contract> : f32
            llvm.store %v1005, %v4 : f32, !llvm.ptr
            llvm.store %v1008, %v5 : f32, !llvm.ptr
            %v1009 = llvm.load %v4 : !llvm.ptr -> f32
            %v1010 = arith.mulf %v908, %v1009 fastmath<contract> : f32
            %v1011 = llvm.load %v100 : !llvm.ptr -> f32
            %v1012 = arith.addf %v1011, %v1010 fastmath<contract> : f32
            llvm.store %v1012, %v100 : f32, !llvm.ptr
            %v1013 = llvm.load %v5 : !llvm.ptr -> f32
            %v1014 = arith.mulf %v928, %v1013 fastmath<contract> : f32
            %v1015 = llvm.load %v100 : !llvm.ptr -> f32
            %v1016 = arith.addf %v1015, %v1014 fastmath<contract> : f32
            llvm.store %v1016, %v100 : f32, !llvm.ptr
            %v1017 = arith.addi %v123, %v306 : i64
            %v1018 = llvm.load %v4 : !llvm.ptr -> f32
            %v1019 = arith.mulf %v580, %v1018 fastmath<contract> : f32
            %v1020 = arith.addf %v1019, %v581 fastmath<contract> : f32
            %v1021 = llvm.load %v5 : !llvm.ptr -> f32
            %v1022 = arith.mulf %v588, %v1021 fastmath<contract> : f32
            %v1023 = arith.addf %v1022, %v589 fastmath<contract> : f32
            llvm.store %v1020, %v4 : f32, !llvm.ptr
            llvm.store %v1023, %v5 : f32, !llvm.ptr
            %v1024 = llvm.load %v4 : !llvm.ptr -> f32
            %v1025 = arith.mulf %v907, %v1024 fastmath<contract> : f32
            %v1026 = llvm.load %v101 : !llvm.ptr -> f32
            %v1027 = arith.addf %v1026, %v1025 fastmath<contract> : f32
            llvm.store %v1027, %v101 : f32, !llvm.ptr
            %v1028 = llvm.load %v5 : !llvm.ptr -> f32
            %v1029 = arith.mulf %v927, %v1028 fastmath<contract> : f32
            %v1030 = llvm.load %v101 : !llvm.ptr -> f32
            %v1031 = arith.addf %v1030, %v1029 fastmath<contract> : f32
            llvm.store %v1031, %v101 : f32, !llvm.ptr
            %v1032 = arith.addi %v123, %v335 : i64
            %v1033 = llvm.load %v4 : !llvm.ptr -> f32
            %v1034 = arith.mulf %v597, %v1033 fastmath<contract> : f32
            %v1035 = arith.addf %v1034, %v598 fastmath<contract> : f32
            %v1036 = llvm.load %v5 : !llvm.ptr -> f32
            %v1037 = arith.mulf %v605, %v1036 fastmath<contract> : f32
            %v1038 = arith.addf %v1037, %v606 fastmath<contract> : f32
            llvm.store %v1035, %v4 : f32, !llvm.ptr
            llvm.store %v1038, %v5 : f32, !llvm.ptr
            %v1039 = llvm.load %v4 : !llvm.ptr -> f32
            %v1040 = arith.mulf %v906, %v1039 fastmath<contract> : f32
            %v1041 = llvm.load %v102 : !llvm.ptr -> f32
            %v1042 = arith.addf %v1041, %v1040 fastmath<contract> : f32
            llvm.store %v1042, %v102 : f32, !llvm.ptr
            %v1043 = llvm.load %v5 : !llvm.ptr -> f32
            %v1044 = arith.mulf %v926, %v1043 fastmath<contract> : f32
            %v1045 = llvm.load %v102 : !llvm.ptr -> f32
            %v1046 = arith.addf %v1045, %v1044 fastmath<contract> : f32
            llvm.store %v1046, %v102 : f32, !llvm.ptr
            %v1047 = arith.addi %v123, %v364 : i64
            %v1048 = llvm.load %v4 : !llvm.ptr -> f32
            %v1049 = arith.mulf %v614, %v1048 fastmath<contract> : f32
            %v1050 = arith.addf %v1049, %v615 fastmath<contract> : f32
            %v1051 = llvm.load %v5 : !llvm.ptr -> f32
            %v1052 = arith.mulf %v622, %v1051 fastmath<contract> : f32
            %v1053 = arith.addf %v1052, %v623 fastmath<contract> : f32
            llvm.store %v1050, %v4 : f32, !llvm.ptr
            llvm.store %v1053, %v5 : f32, !llvm.ptr
            %v1054 = llvm.load %v4 : !llvm.ptr -> f32
            %v1055 = arith.mulf %v905, %v1054 fastmath<contract> : f32
            %v1056 = llvm.load %v103 : !llvm.ptr -> f32
            %v1057 = arith.addf %v1056, %v1055 fastmath<contract> : f32
            llvm.store %v1057, %v103 : f32, !llvm.ptr
            %v1058 = llvm.load %v5 : !llvm.ptr -> f32
            %v1059 = arith.mulf %v925, %v1058 fastmath<contract> : f32
            %v1060 = llvm.load %v103 : !llvm.ptr -> f32
            %v1061 = arith.addf %v1060, %v1059 fastmath<contract> : f32
            llvm.store %v1061, %v103 : f32, !llvm.ptr
            %v1062 = arith.addi %v123, %v125 : i64
            %v1063 = llvm.load %v4 : !llvm.ptr -> f32
            %v1064 = arith.mulf %v631, %v1063 fastmath<contract> : f32
            %v1065 = arith.addf %v1064, %v632 fastmath<contract> : f32
            %v1066 = llvm.load %v5 : !llvm.ptr -> f32
            %v1067 = arith.mulf %v639, %v1066 fastmath<contract> : f32
            %v1068 = arith.addf %v1067, %v640 fastmath<contract> : f32
            llvm.store %v1065, %v4 : f32, !llvm.ptr
            llvm.store %v1068, %v5 : f32, !llvm.ptr
            %v1069 = llvm.load %v4 : !llvm.ptr -> f32
            %v1070 = arith.mulf %v904, %v1069 fastmath<contract> : f32
            %v1071 = llvm.load %v104 : !llvm.ptr -> f32
            %v1072 = arith.addf %v1071, %v1070 fastmath<contract> : f32
            llvm.store %v1072, %v104 : f32, !llvm.ptr
            %v1073 = llvm.load %v5 : !llvm.ptr -> f32
            %v1074 = arith.mulf %v924, %v1073 fastmath<contract> : f32
            %v1075 = llvm.load %v104 : !llvm.ptr -> f32
            %v1076 = arith.addf %v1075, %v1074 fastmath<contract> : f32
            llvm.store %v1076, %v104 : f32, !llvm.ptr
            scf.if %v33 {
              %v1077 = arith.muli %v456, %v63 : i64
              %v1078 = arith.addi %v115, %v1077 : i64
              %v1079 = llvm.getelementptr %v17[%v1078] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v883, %v1079 : f32, !llvm.ptr
              %v1080 = arith.muli %v456, %v63 : i64
              %v1081 = arith.addi %v1080, %v2 : i64
              %v1082 = arith.addi %v115, %v1081 : i64
              %v1083 = llvm.getelementptr %v17[%v1082] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v892, %v1083 : f32, !llvm.ptr
            }
          }
          // 4. the outputs summed over the points, K steps per vector store
          %v1084 = llvm.load %v97 : !llvm.ptr -> f32
          %v1085 = arith.negf %v181 : f32
          %v1086 = arith.mulf %v1085, %v188 fastmath<contract> : f32
          %v1087 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1086) : (f32) -> f32
          %v1088 = arith.addf %v191, %v1087 fastmath<contract> : f32
          %v1089 = arith.divf %v191, %v1088 : f32
          %v1090 = arith.mulf %v181, %v1089 fastmath<contract> : f32
          %v1091 = arith.mulf %v1084, %v1090 fastmath<contract> : f32
          %v1092 = arith.addi %v123, %v2 : i64
          %v1093 = llvm.load %v98 : !llvm.ptr -> f32
          %v1094 = arith.negf %v180 : f32
          %v1095 = arith.mulf %v1094, %v188 fastmath<contract> : f32
          %v1096 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1095) : (f32) -> f32
          %v1097 = arith.addf %v191, %v1096 fastmath<contract> : f32
          %v1098 = arith.divf %v191, %v1097 : f32
          %v1099 = arith.mulf %v180, %v1098 fastmath<contract> : f32
          %v1100 = arith.mulf %v1093, %v1099 fastmath<contract> : f32
          %v1101 = arith.addi %v123, %v63 : i64
          %v1102 = llvm.load %v99 : !llvm.ptr -> f32
          %v1103 = arith.negf %v179 : f32
          %v1104 = arith.mulf %v1103, %v188 fastmath<contract> : f32
          %v1105 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1104) : (f32) -> f32
          %v1106 = arith.addf %v191, %v1105 fastmath<contract> : f32
          %v1107 = arith.divf %v191, %v1106 : f32
          %v1108 = arith.mulf %v179, %v1107 fastmath<contract> : f32
          %v1109 = arith.mulf %v1102, %v1108 fastmath<contract> : f32
          %v1110 = arith.addi %v123, %v277 : i64
          %v1111 = llvm.load %v100 : !llvm.ptr -> f32
          %v1112 = arith.negf %v178 : f32
          %v1113 = arith.mulf %v1112, %v188 fastmath<contract> : f32
          %v1114 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1113) : (f32) -> f32
          %v1115 = arith.addf %v191, %v1114 fastmath<contract> : f32
          %v1116 = arith.divf %v191, %v1115 : f32
          %v1117 = arith.mulf %v178, %v1116 fastmath<contract> : f32
          %v1118 = arith.mulf %v1111, %v1117 fastmath<contract> : f32
          %v1119 = arith.addi %v123, %v306 : i64
          %v1120 = llvm.load %v101 : !llvm.ptr -> f32
          %v1121 = arith.negf %v177 : f32
          %v1122 = arith.mulf %v1121, %v188 fastmath<contract> : f32
          %v1123 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1122) : (f32) -> f32
          %v1124 = arith.addf %v191, %v1123 fastmath<contract> : f32
          %v1125 = arith.divf %v191, %v1124 : f32
          %v1126 = arith.mulf %v177, %v1125 fastmath<contract> : f32
          %v1127 = arith.mulf %v1120, %v1126 fastmath<contract> : f32
          %v1128 = arith.addi %v123, %v335 : i64
          %v1129 = llvm.load %v102 : !llvm.ptr -> f32
          %v1130 = arith.negf %v176 : f32
          %v1131 = arith.mulf %v1130, %v188 fastmath<contract> : f32
          %v1132 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1131) : (f32) -> f32
          %v1133 = arith.addf %v191, %v1132 fastmath<contract> : f32
          %v1134 = arith.divf %v191, %v1133 : f32
          %v1135 = arith.mulf %v176, %v1134 fastmath<contract> : f32
          %v1136 = arith.mulf %v1129, %v1135 fastmath<contract> : f32
          %v1137 = arith.addi %v123, %v364 : i64
          %v1138 = llvm.load %v103 : !llvm.ptr -> f32
          %v1139 = arith.negf %v175 : f32
          %v1140 = arith.mulf %v1139, %v188 fastmath<contract> : f32
          %v1141 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1140) : (f32) -> f32
          %v1142 = arith.addf %v191, %v1141 fastmath<contract> : f32
          %v1143 = arith.divf %v191, %v1142 : f32
          %v1144 = arith.mulf %v175, %v1143 fastmath<contract> : f32
          %v1145 = arith.mulf %v1138, %v1144 fastmath<contract> : f32
          %v1146 = arith.addi %v123, %v125 : i64
          %v1147 = llvm.load %v104 : !llvm.ptr -> f32
          %v1148 = arith.negf %v174 : f32
          %v1149 = arith.mulf %v1148, %v188 fastmath<contract> : f32
          %v1150 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1149) : (f32) -> f32
          %v1151 = arith.addf %v191, %v1150 fastmath<contract> : f32
          %v1152 = arith.divf %v191, %v1151 : f32
          %v1153 = arith.mulf %v174, %v1152 fastmath<contract> : f32
          %v1154 = arith.mulf %v1147, %v1153 fastmath<contract> : f32
          %v1155 = arith.addi %v123, %v125 : i64
          %v1156 = llvm.mlir.undef : vector<8xf32>
          %v1157 = llvm.insertelement %v1154, %v1156[%v136 : i32] : vector<8xf32>
          %v1158 = llvm.insertelement %v1145, %v1157[%v138 : i32] : vector<8xf32>
          %v1159 = llvm.insertelement %v1136, %v1158[%v140 : i32] : vector<8xf32>
          %v1160 = llvm.insertelement %v1127, %v1159[%v142 : i32] : vector<8xf32>
          %v1161 = llvm.insertelement %v1118, %v1160[%v144 : i32] : vector<8xf32>
          %v1162 = llvm.insertelement %v1109, %v1161[%v146 : i32] : vector<8xf32>
          %v1163 = llvm.insertelement %v1100, %v1162[%v148 : i32] : vector<8xf32>
          %v1164 = llvm.insertelement %v1091, %v1163[%v150 : i32] : vector<8xf32>
          %v1165 = arith.muli %v27, %v127 : i64
          %v1166 = arith.muli %v25, %size_L : i64
          %v1167 = arith.addi %v1165, %v1166 : i64
          %v1168 = arith.subi %v131, %v1155 : i64
          %v1169 = arith.addi %v1167, %v1168 : i64
          %v1170 = llvm.getelementptr %out_y[%v1169] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          scf.if %v124 {
            llvm.store %v1164, %v1170 {alignment = 32 : i64} : vector<8xf32>, !llvm.ptr
          }
        } else {
          %v1171 = arith.index_cast %v32 : i64 to index
          %v1172 = arith.index_cast %v121 : i64 to index
          %v1173 = arith.index_cast %v2 : i64 to index
          scf.for %v1174 = %v1171 to %v1172 step %v1173 {
            %v1175 = arith.index_cast %v1174 : index to i64
            %v1176 = llvm.getelementptr %v105[%v1175] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v50, %v1176 : f32, !llvm.ptr
          }
          %v1177 = arith.index_cast %v32 : i64 to index
          %v1178 = arith.index_cast %v34 : i64 to index
          %v1179 = arith.index_cast %v2 : i64 to index
          scf.for %v1180 = %v1177 to %v1178 step %v1179 {
            %v1181 = arith.index_cast %v1180 : index to i64
            %v1182 = arith.muli %v25, %v1 : i64
            %v1183 = arith.addi %v1182, %v1181 : i64
            %v1184 = llvm.getelementptr %in_A[%v1183] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1185 = llvm.load %v1184 : !llvm.ptr -> f32
            %v1186 = arith.mulf %v1185, %v188 fastmath<contract> : f32
            %v1187 = arith.muli %v25, %v1 : i64
            %v1188 = arith.constant 8 : i64
            %v1189 = arith.addi %v1188, %v1181 : i64
            %v1190 = arith.addi %v1187, %v1189 : i64
            %v1191 = llvm.getelementptr %in_A[%v1190] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1192 = llvm.load %v1191 : !llvm.ptr -> f32
            %v1193 = arith.mulf %v1192, %v188 fastmath<contract> : f32
            llvm.store %v191, %v6 : f32, !llvm.ptr
            llvm.store %v191, %v7 : f32, !llvm.ptr
            llvm.store %v50, %v8 : f32, !llvm.ptr
            llvm.store %v50, %v9 : f32, !llvm.ptr
            %v1194 = arith.index_cast %v32 : i64 to index
            %v1195 = arith.index_cast %v121 : i64 to index
            %v1196 = arith.index_cast %v2 : i64 to index
            scf.for %v1197 = %v1194 to %v1195 step %v1196 {
              %v1198 = arith.index_cast %v1197 : index to i64
              %v1199 = arith.addi %v118, %v1198 : i64
              %v1200 = arith.muli %v27, %v127 : i64
              %v1201 = arith.muli %v25, %size_L : i64
              %v1202 = arith.addi %v1200, %v1201 : i64
              %v1203 = arith.subi %v131, %v1199 : i64
              %v1204 = arith.addi %v1202, %v1203 : i64
              %v1205 = llvm.getelementptr %in_delta[%v1204] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1206 = llvm.load %v1205 : !llvm.ptr -> f32
              %v1207 = arith.addf %v1206, %v183 fastmath<contract> : f32
              %v1208 = arith.maximumf %v1207, %v50 : f32
              %v1209 = llvm.call_intrinsic "llvm.fabs.f32"(%v1207) : (f32) -> f32
              %v1210 = arith.negf %v1209 : f32
              %v1211 = arith.mulf %v1210, %v188 fastmath<contract> : f32
              %v1212 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1211) : (f32) -> f32
              %v1213 = arith.addf %v191, %v1212 fastmath<contract> : f32
              %v1214 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v1213) : (f32) -> f32
              %v1215 = arith.mulf %v1214, %v194 fastmath<contract> : f32
              %v1216 = arith.mulf %v196, %v1212 fastmath<contract> : f32
              %v1217 = arith.addf %v1216, %v198 fastmath<contract> : f32
              %v1218 = arith.mulf %v1217, %v1212 fastmath<contract> : f32
              %v1219 = arith.addf %v1218, %v201 fastmath<contract> : f32
              %v1220 = arith.mulf %v1219, %v1212 fastmath<contract> : f32
              %v1221 = arith.addf %v1220, %v204 fastmath<contract> : f32
              %v1222 = arith.mulf %v1221, %v1212 fastmath<contract> : f32
              %v1223 = arith.addf %v1222, %v207 fastmath<contract> : f32
              %v1224 = arith.mulf %v1223, %v1212 fastmath<contract> : f32
              %v1225 = arith.addf %v1224, %v210 fastmath<contract> : f32
              %v1226 = arith.mulf %v1225, %v1212 fastmath<contract> : f32
              %v1227 = arith.addf %v1226, %v191 fastmath<contract> : f32
              %v1228 = arith.mulf %v1227, %v1212 fastmath<contract> : f32
              %v1229 = llvm.call_intrinsic "llvm.fabs.f32"(%v1212) : (f32) -> f32
              %v1230 = arith.cmpf olt, %v1229, %v216 : f32
              %v1231 = arith.select %v1230, %v1228, %v1215 : f32
              %v1232 = arith.addf %v1208, %v1231 fastmath<contract> : f32
              %v1233 = arith.mulf %v1232, %v1186 fastmath<contract> : f32
              %v1234 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1233) : (f32) -> f32
              %v1235 = arith.muli %v27, %v472 : i64
              %v1236 = arith.subi %v131, %v1199 : i64
              %v1237 = arith.addi %v1235, %v1236 : i64
              %v1238 = arith.muli %v1181, %size_L : i64
              %v1239 = arith.addi %v1237, %v1238 : i64
              %v1240 = llvm.getelementptr %in_Bm[%v1239] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1241 = llvm.load %v1240 : !llvm.ptr -> f32
              %v1242 = arith.muli %v27, %v127 : i64
              %v1243 = arith.muli %v25, %size_L : i64
              %v1244 = arith.addi %v1242, %v1243 : i64
              %v1245 = arith.subi %v131, %v1199 : i64
              %v1246 = arith.addi %v1244, %v1245 : i64
              %v1247 = llvm.getelementptr %in_u[%v1246] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1248 = llvm.load %v1247 : !llvm.ptr -> f32
              %v1249 = arith.mulf %v1232, %v1248 fastmath<contract> : f32
              %v1250 = arith.mulf %v1241, %v1249 fastmath<contract> : f32
              %v1251 = llvm.load %v8 : !llvm.ptr -> f32
              %v1252 = arith.mulf %v1234, %v1251 fastmath<contract> : f32
              %v1253 = arith.addf %v1252, %v1250 fastmath<contract> : f32
              %v1254 = llvm.load %v6 : !llvm.ptr -> f32
              %v1255 = arith.mulf %v1234, %v1254 fastmath<contract> : f32
              %v1256 = arith.mulf %v1232, %v1193 fastmath<contract> : f32
              %v1257 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1256) : (f32) -> f32
              %v1258 = arith.muli %v27, %v472 : i64
              %v1259 = arith.subi %v131, %v1199 : i64
              %v1260 = arith.addi %v1258, %v1259 : i64
              %v1261 = arith.constant 8 : i64
              %v1262 = arith.addi %v1261, %v1181 : i64
              %v1263 = arith.muli %v1262, %size_L : i64
              %v1264 = arith.addi %v1260, %v1263 : i64
              %v1265 = llvm.getelementptr %in_Bm[%v1264] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1266 = llvm.load %v1265 : !llvm.ptr -> f32
              %v1267 = arith.mulf %v1266, %v1249 fastmath<contract> : f32
              %v1268 = llvm.load %v9 : !llvm.ptr -> f32
              %v1269 = arith.mulf %v1257, %v1268 fastmath<contract> : f32
              %v1270 = arith.addf %v1269, %v1267 fastmath<contract> : f32
              %v1271 = llvm.load %v7 : !llvm.ptr -> f32
              %v1272 = arith.mulf %v1257, %v1271 fastmath<contract> : f32
              llvm.store %v1253, %v8 : f32, !llvm.ptr
              llvm.store %v1255, %v6 : f32, !llvm.ptr
              llvm.store %v1270, %v9 : f32, !llvm.ptr
              llvm.store %v1272, %v7 : f32, !llvm.ptr
            }
            %v1273 = llvm.load %v6 : !llvm.ptr -> f32
            %v1274 = llvm.load %v8 : !llvm.ptr -> f32
            %v1275 = llvm.load %v7 : !llvm.ptr -> f32
            %v1276 = llvm.load %v9 : !llvm.ptr -> f32
            %v1277 = arith.addi %v116, %v1181 : i64
            %v1278 = arith.andi %v1277, %v2 : i64
            %v1279 = arith.muli %v1278, %v34 : i64
            %v1280, %v1281 = gpu.shuffle up %v1273, %v138, %v659 : f32
            %v1282, %v1283 = gpu.shuffle up %v1274, %v138, %v659 : f32
            %v1284 = arith.mulf %v1273, %v1280 fastmath<contract> : f32
            %v1285 = arith.mulf %v1273, %v1282 fastmath<contract> : f32
            %v1286 = arith.addf %v1285, %v1274 fastmath<contract> : f32
            %v1287 = arith.cmpi uge, %v30, %v2 : i64
            %v1288 = arith.select %v1287, %v1284, %v1273 : f32
            %v1289 = arith.select %v1287, %v1286, %v1274 : f32
            %v1290, %v1291 = gpu.shuffle up %v1288, %v140, %v659 : f32
            %v1292, %v1293 = gpu.shuffle up %v1289, %v140, %v659 : f32
            %v1294 = arith.mulf %v1288, %v1290 fastmath<contract> : f32
            %v1295 = arith.mulf %v1288, %v1292 fastmath<contract> : f32
            %v1296 = arith.addf %v1295, %v1289 fastmath<contract> : f32
            %v1297 = arith.cmpi uge, %v30, %v63 : i64
            %v1298 = arith.select %v1297, %v1294, %v1288 : f32
            %v1299 = arith.select %v1297, %v1296, %v1289 : f32
            %v1300, %v1301 = gpu.shuffle up %v1298, %v144, %v659 : f32
            %v1302, %v1303 = gpu.shuffle up %v1299, %v144, %v659 : f32
            %v1304 = arith.mulf %v1298, %v1300 fastmath<contract> : f32
            %v1305 = arith.mulf %v1298, %v1302 fastmath<contract> : f32
            %v1306 = arith.addf %v1305, %v1299 fastmath<contract> : f32
            %v1307 = arith.cmpi uge, %v30, %v306 : i64
            %v1308 = arith.select %v1307, %v1304, %v1298 : f32
            %v1309 = arith.select %v1307, %v1306, %v1299 : f32
            %v1310, %v1311 = gpu.shuffle up %v1308, %v690, %v659 : f32
            %v1312, %v1313 = gpu.shuffle up %v1309, %v690, %v659 : f32
            %v1314 = arith.mulf %v1308, %v1310 fastmath<contract> : f32
            %v1315 = arith.mulf %v1308, %v1312 fastmath<contract> : f32
            %v1316 = arith.addf %v1315, %v1309 fastmath<contract> : f32
            %v1317 = arith.cmpi uge, %v30, %v34 : i64
            %v1318 = arith.select %v1317, %v1314, %v1308 : f32
            %v1319 = arith.select %v1317, %v1316, %v1309 : f32
            %v1320, %v1321 = gpu.shuffle up %v1318, %v701, %v659 : f32
            %v1322, %v1323 = gpu.shuffle up %v1319, %v701, %v659 : f32
            %v1324 = arith.mulf %v1318, %v1320 fastmath<contract> : f32
            %v1325 = arith.mulf %v1318, %v1322 fastmath<contract> : f32
            %v1326 = arith.addf %v1325, %v1319 fastmath<contract> : f32
            %v1327 = arith.cmpi uge, %v30, %v1 : i64
            %v1328 = arith.select %v1327, %v1324, %v1318 : f32
            %v1329 = arith.select %v1327, %v1326, %v1319 : f32
            %v1330 = arith.cmpi eq, %v30, %v712 : i64
            %v1331 = arith.addi %v1279, %v31 : i64
            scf.if %v1330 {
              %v1332 = llvm.getelementptr %v13[%v1331] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1328, %v1332 : f32, !llvm.ptr
              %v1333 = llvm.getelementptr %v15[%v1331] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1329, %v1333 : f32, !llvm.ptr
            }
            %v1334, %v1335 = gpu.shuffle up %v1328, %v138, %v659 : f32
            %v1336, %v1337 = gpu.shuffle up %v1329, %v138, %v659 : f32
            %v1338 = arith.cmpi eq, %v30, %v32 : i64
            %v1339 = arith.select %v1338, %v191, %v1334 : f32
            %v1340 = arith.select %v1338, %v50, %v1336 : f32
            %v1341, %v1342 = gpu.shuffle up %v1275, %v138, %v659 : f32
            %v1343, %v1344 = gpu.shuffle up %v1276, %v138, %v659 : f32
            %v1345 = arith.mulf %v1275, %v1341 fastmath<contract> : f32
            %v1346 = arith.mulf %v1275, %v1343 fastmath<contract> : f32
            %v1347 = arith.addf %v1346, %v1276 fastmath<contract> : f32
            %v1348 = arith.cmpi uge, %v30, %v2 : i64
            %v1349 = arith.select %v1348, %v1345, %v1275 : f32
            %v1350 = arith.select %v1348, %v1347, %v1276 : f32
            %v1351, %v1352 = gpu.shuffle up %v1349, %v140, %v659 : f32
            %v1353, %v1354 = gpu.shuffle up %v1350, %v140, %v659 : f32
            %v1355 = arith.mulf %v1349, %v1351 fastmath<contract> : f32
            %v1356 = arith.mulf %v1349, %v1353 fastmath<contract> : f32
            %v1357 = arith.addf %v1356, %v1350 fastmath<contract> : f32
            %v1358 = arith.cmpi uge, %v30, %v63 : i64
            %v1359 = arith.select %v1358, %v1355, %v1349 : f32
            %v1360 = arith.select %v1358, %v1357, %v1350 : f32
            %v1361, %v1362 = gpu.shuffle up %v1359, %v144, %v659 : f32
            %v1363, %v1364 = gpu.shuffle up %v1360, %v144, %v659 : f32
            %v1365 = arith.mulf %v1359, %v1361 fastmath<contract> : f32
            %v1366 = arith.mulf %v1359, %v1363 fastmath<contract> : f32
            %v1367 = arith.addf %v1366, %v1360 fastmath<contract> : f32
            %v1368 = arith.cmpi uge, %v30, %v306 : i64
            %v1369 = arith.select %v1368, %v1365, %v1359 : f32
            %v1370 = arith.select %v1368, %v1367, %v1360 : f32
            %v1371, %v1372 = gpu.shuffle up %v1369, %v690, %v659 : f32
            %v1373, %v1374 = gpu.shuffle up %v1370, %v690, %v659 : f32
            %v1375 = arith.mulf %v1369, %v1371 fastmath<contract> : f32
            %v1376 = arith.mulf %v1369, %v1373 fastmath<contract> : f32
            %v1377 = arith.addf %v1376, %v1370 fastmath<contract> : f32
            %v1378 = arith.cmpi uge, %v30, %v34 : i64
            %v1379 = arith.select %v1378, %v1375, %v1369 : f32
            %v1380 = arith.select %v1378, %v1377, %v1370 : f32
            %v1381, %v1382 = gpu.shuffle up %v1379, %v701, %v659 : f32
            %v1383, %v1384 = gpu.shuffle up %v1380, %v701, %v659 : f32
            %v1385 = arith.mulf %v1379, %v1381 fastmath<contract> : f32
            %v1386 = arith.mulf %v1379, %v1383 fastmath<contract> : f32
            %v1387 = arith.addf %v1386, %v1380 fastmath<contract> : f32
            %v1388 = arith.cmpi uge, %v30, %v1 : i64
            %v1389 = arith.select %v1388, %v1385, %v1379 : f32
            %v1390 = arith.select %v1388, %v1387, %v1380 : f32
            %v1391 = arith.cmpi eq, %v30, %v712 : i64
            %v1392 = arith.addi %v1279, %v306 : i64
            %v1393 = arith.addi %v1392, %v31 : i64
            scf.if %v1391 {
              %v1394 = llvm.getelementptr %v13[%v1393] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1389, %v1394 : f32, !llvm.ptr
              %v1395 = llvm.getelementptr %v15[%v1393] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1390, %v1395 : f32, !llvm.ptr
            }
            %v1396, %v1397 = gpu.shuffle up %v1389, %v138, %v659 : f32
            %v1398, %v1399 = gpu.shuffle up %v1390, %v138, %v659 : f32
            %v1400 = arith.cmpi eq, %v30, %v32 : i64
            %v1401 = arith.select %v1400, %v191, %v1396 : f32
            %v1402 = arith.select %v1400, %v50, %v1398 : f32
            // across warps: each thread composes the warps' totals before its own, and all of them
            gpu.barrier
            %v1403 = llvm.getelementptr %v13[%v1279] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1404 = llvm.load %v1403 : !llvm.ptr -> f32
            %v1405 = llvm.getelementptr %v15[%v1279] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1406 = llvm.load %v1405 : !llvm.ptr -> f32
            %v1407 = arith.mulf %v1404, %v191 fastmath<contract> : f32
            %v1408 = arith.mulf %v1404, %v50 fastmath<contract> : f32
            %v1409 = arith.addf %v1408, %v1406 fastmath<contract> : f32
            %v1410 = arith.cmpi ugt, %v31, %v32 : i64
            %v1411 = arith.select %v1410, %v1407, %v191 : f32
            %v1412 = arith.select %v1410, %v1409, %v50 : f32
            %v1413 = arith.addi %v1279, %v2 : i64
            %v1414 = llvm.getelementptr %v13[%v1413] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1415 = llvm.load %v1414 : !llvm.ptr -> f32
            %v1416 = llvm.getelementptr %v15[%v1413] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1417 = llvm.load %v1416 : !llvm.ptr -> f32
            %v1418 = arith.mulf %v1415, %v1407 fastmath<contract> : f32
            %v1419 = arith.mulf %v1415, %v1409 fastmath<contract> : f32
            %v1420 = arith.addf %v1419, %v1417 fastmath<contract> : f32
            %v1421 = arith.cmpi ugt, %v31, %v2 : i64
            %v1422 = arith.select %v1421, %v1418, %v1411 : f32
            %v1423 = arith.select %v1421, %v1420, %v1412 : f32
            %v1424 = arith.addi %v1279, %v63 : i64
            %v1425 = llvm.getelementptr %v13[%v1424] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1426 = llvm.load %v1425 : !llvm.ptr -> f32
            %v1427 = llvm.getelementptr %v15[%v1424] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1428 = llvm.load %v1427 : !llvm.ptr -> f32
            %v1429 = arith.mulf %v1426, %v1418 fastmath<contract> : f32
            %v1430 = arith.mulf %v1426, %v1420 fastmath<contract> : f32
            %v1431 = arith.addf %v1430, %v1428 fastmath<contract> : f32
            %v1432 = arith.cmpi ugt, %v31, %v63 : i64
            %v1433 = arith.select %v1432, %v1429, %v1422 : f32
            %v1434 = arith.select %v1432, %v1431, %v1423 : f32
            %v1435 = arith.addi %v1279, %v277 : i64
            %v1436 = llvm.getelementptr %v13[%v1435] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1437 = llvm.load %v1436 : !llvm.ptr -> f32
            %v1438 = llvm.getelementptr %v15[%v1435] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1439 = llvm.load %v1438 : !llvm.ptr -> f32
            %v1440 = arith.mulf %v1437, %v1429 fastmath<contract> : f32
            %v1441 = arith.mulf %v1437, %v1431 fastmath<contract> : f32
            %v1442 = arith.addf %v1441, %v1439 fastmath<contract> : f32
            %v1443 = arith.mulf %v1339, %v1433 fastmath<contract> : f32
            %v1444 = arith.mulf %v1339, %v1434 fastmath<contract> : f32
            %v1445 = arith.addf %v1444, %v1340 fastmath<contract> : f32
            %v1446 = arith.addi %v1279, %v306 : i64
            %v1447 = llvm.getelementptr %v13[%v1446] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1448 = llvm.load %v1447 : !llvm.ptr -> f32
            %v1449 = llvm.getelementptr %v15[%v1446] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1450 = llvm.load %v1449 : !llvm.ptr -> f32
            %v1451 = arith.mulf %v1448, %v191 fastmath<contract> : f32
            %v1452 = arith.mulf %v1448, %v50 fastmath<contract> : f32
            %v1453 = arith.addf %v1452, %v1450 fastmath<contract> : f32
            %v1454 = arith.cmpi ugt, %v31, %v32 : i64
            %v1455 = arith.select %v1454, %v1451, %v191 : f32
            %v1456 = arith.select %v1454, %v1453, %v50 : f32
            %v1457 = arith.addi %v1279, %v306 : i64
            %v1458 = arith.addi %v1457, %v2 : i64
            %v1459 = llvm.getelementptr %v13[%v1458] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1460 = llvm.load %v1459 : !llvm.ptr -> f32
            %v1461 = llvm.getelementptr %v15[%v1458] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1462 = llvm.load %v1461 : !llvm.ptr -> f32
            %v1463 = arith.mulf %v1460, %v1451 fastmath<contract> : f32
            %v1464 = arith.mulf %v1460, %v1453 fastmath<contract> : f32
            %v1465 = arith.addf %v1464, %v1462 fastmath<contract> : f32
            %v1466 = arith.cmpi ugt, %v31, %v2 : i64
            %v1467 = arith.select %v1466, %v1463, %v1455 : f32
            %v1468 = arith.select %v1466, %v1465, %v1456 : f32
            %v1469 = arith.addi %v1279, %v306 : i64
            %v1470 = arith.addi %v1469, %v63 : i64
            %v1471 = llvm.getelementptr %v13[%v1470] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1472 = llvm.load %v1471 : !llvm.ptr -> f32
            %v1473 = llvm.getelementptr %v15[%v1470] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1474 = llvm.load %v1473 : !llvm.ptr -> f32
            %v1475 = arith.mulf %v1472, %v1463 fastmath<contract> : f32
            %v1476 = arith.mulf %v1472, %v1465 fastmath<contract> : f32
            %v1477 = arith.addf %v1476, %v1474 fastmath<contract> : f32
            %v1478 = arith.cmpi ugt, %v31, %v63 : i64
            %v1479 = arith.select %v1478, %v1475, %v1467 : f32
            %v1480 = arith.select %v1478, %v1477, %v1468 : f32
            %v1481 = arith.addi %v1279, %v306 : i64
            %v1482 = arith.addi %v1481, %v277 : i64
            %v1483 = llvm.getelementptr %v13[%v1482] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1484 = llvm.load %v1483 : !llvm.ptr -> f32
            %v1485 = llvm.getelementptr %v15[%v1482] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1486 = llvm.load %v1485 : !llvm.ptr -> f32
            %v1487 = arith.mulf %v1484, %v1475 fastmath<contract> : f32
            %v1488 = arith.mulf %v1484, %v1477 fastmath<contract> : f32
            %v1489 = arith.addf %v1488, %v1486 fastmath<contract> : f32
            %v1490 = arith.mulf %v1401, %v1479 fastmath<contract> : f32
            %v1491 = arith.mulf %v1401, %v1480 fastmath<contract> : f32
            %v1492 = arith.addf %v1491, %v1402 fastmath<contract> : f32
            %v1493 = arith.muli %v1181, %v63 : i64
            %v1494 = arith.addi %v114, %v1493 : i64
            %v1495 = llvm.getelementptr %v17[%v1494] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1496 = llvm.load %v1495 : !llvm.ptr -> f32
            %v1497 = arith.mulf %v1443, %v1496 fastmath<contract> : f32
            %v1498 = arith.addf %v1497, %v1445 fastmath<contract> : f32
            llvm.store %v1498, %v4 : f32, !llvm.ptr
            %v1499 = arith.mulf %v1440, %v1496 fastmath<contract> : f32
            %v1500 = arith.addf %v1499, %v1442 fastmath<contract> : f32
            %v1501 = arith.muli %v1181, %v63 : i64
            %v1502 = arith.addi %v1501, %v2 : i64
            %v1503 = arith.addi %v114, %v1502 : i64
            %v1504 = llvm.getelementptr %v17[%v1503] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1505 = llvm.load %v1504 : !llvm.ptr -> f32
            %v1506 = arith.mulf %v1490, %v1505 fastmath<contract> : f32
            %v1507 = arith.addf %v1506, %v1492 fastmath<contract> : f32
            llvm.store %v1507, %v5 : f32, !llvm.ptr
            %v1508 = arith.mulf %v1487, %v1505 fastmath<contract> : f32
            %v1509 = arith.addf %v1508, %v1489 fastmath<contract> : f32
            %v1510 = arith.index_cast %v32 : i64 to index
            %v1511 = arith.index_cast %v121 : i64 to index
            %v1512 = arith.index_cast %v2 : i64 to index
            scf.for %v1513 = %v1510 to %v1511 step %v1512 {
              %v1514 = arith.index_cast %v1513 : index to i64
              %v1515 = arith.addi %v118, %v1514 : i64
              %v1516 = llvm.getelementptr %v105[%v1514] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              // save the states at checkpoint steps (when given somewhere to save them)
              %v1517 = arith.remui %v1515, %v932 : i64
              %v1518 = arith.cmpi eq, %v1517, %v32 : i64
              %v1519 = arith.andi %v1518, %v22 : i1
              scf.if %v1519 {
                %v1520 = arith.divui %v1515, %v932 : i64
                %v1521 = llvm.mlir.zero : !llvm.ptr
                %v1522 = llvm.icmp "ne" %ckpt_h, %v1521 : !llvm.ptr
                scf.if %v1522 {
                  %v1525 = arith.muli %v1520, %v1524 : i64
                  %v1526 = llvm.load %v4 : !llvm.ptr -> f32
                  %v1527 = arith.muli %v27, %v40 : i64
                  %v1528 = arith.muli %v25, %v1 : i64
                  %v1529 = arith.addi %v1527, %v1528 : i64
                  %v1530 = arith.addi %v1529, %v1181 : i64
                  %v1531 = arith.addi %v1525, %v1530 : i64
                  %v1532 = llvm.getelementptr %ckpt_h[%v1531] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1526, %v1532 : f32, !llvm.ptr
                  %v1533 = llvm.load %v5 : !llvm.ptr -> f32
                  %v1534 = arith.muli %v27, %v40 : i64
                  %v1535 = arith.muli %v25, %v1 : i64
                  %v1536 = arith.addi %v1534, %v1535 : i64
                  %v1537 = arith.constant 8 : i64
                  %v1538 = arith.addi %v1537, %v1181 : i64
                  %v1539 = arith.addi %v1536, %v1538 : i64
                  %v1540 = arith.addi %v1525, %v1539 : i64
                  %v1541 = llvm.getelementptr %ckpt_h[%v1540] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1533, %v1541 : f32, !llvm.ptr
                }
              }
              // end save
              %v1542 = arith.muli %v27, %v127 : i64
              %v1543 = arith.muli %v25, %size_L : i64
              %v1544 = arith.addi %v1542, %v1543 : i64
              %v1545 = arith.subi %v131, %v1515 : i64
              %v1546 = arith.addi %v1544, %v1545 : i64
              %v1547 = llvm.getelementptr %in_delta[%v1546] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1548 = llvm.load %v1547 : !llvm.ptr -> f32
              %v1549 = arith.addf %v1548, %v183 fastmath<contract> : f32
              %v1550 = arith.maximumf %v1549, %v50 : f32
              %v1551 = llvm.call_intrinsic "llvm.fabs.f32"(%v1549) : (f32) -> f32
              %v1552 = arith.negf %v1551 : f32
              %v1553 = arith.mulf %v1552, %v188 fastmath<contract> : f32
              %v1554 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1553) : (f32) -> f32
              %v1555 = arith.addf %v191, %v1554 fastmath<contract> : f32
              %v1556 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v1555) : (f32) -> f32
              %v1557 = arith.mulf %v1556, %v194 fastmath<contract> : f32
              %v1558 = arith.mulf %v196, %v1554 fastmath<contract> : f32
              %v1559 = arith.addf %v1558, %v198 fastmath<contract> : f32
              %v1560 = arith.mulf %v1559, %v1554 fastmath<contract> : f32
              %v1561 = arith.addf %v1560, %v201 fastmath<contract> : f32
              %v1562 = arith.mulf %v1561, %v1554 fastmath<contract> : f32
              %v1563 = arith.addf %v1562, %v204 fastmath<contract> : f32
              %v1564 = arith.mulf %v1563, %v1554 fastmath<contract> : f32
              %v1565 = arith.addf %v1564, %v207 fastmath<contract> : f32
              %v1566 = arith.mulf %v1565, %v1554 fastmath<contract> : f32
              %v1567 = arith.addf %v1566, %v210 fastmath<contract> : f32
              %v1568 = arith.mulf %v1567, %v1554 fastmath<contract> : f32
              %v1569 = arith.addf %v1568, %v191 fastmath<contract> : f32
              %v1570 = arith.mulf %v1569, %v1554 fastmath<contract> : f32
              %v1571 = llvm.call_intrinsic "llvm.fabs.f32"(%v1554) : (f32) -> f32
              %v1572 = arith.cmpf olt, %v1571, %v216 : f32
              %v1573 = arith.select %v1572, %v1570, %v1557 : f32
              %v1574 = arith.addf %v1550, %v1573 fastmath<contract> : f32
              %v1575 = arith.mulf %v1574, %v1186 fastmath<contract> : f32
              %v1576 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1575) : (f32) -> f32
              %v1577 = arith.muli %v27, %v472 : i64
              %v1578 = arith.subi %v131, %v1515 : i64
              %v1579 = arith.addi %v1577, %v1578 : i64
              %v1580 = arith.muli %v1181, %size_L : i64
              %v1581 = arith.addi %v1579, %v1580 : i64
              %v1582 = llvm.getelementptr %in_Bm[%v1581] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1583 = llvm.load %v1582 : !llvm.ptr -> f32
              %v1584 = arith.muli %v27, %v127 : i64
              %v1585 = arith.muli %v25, %size_L : i64
              %v1586 = arith.addi %v1584, %v1585 : i64
              %v1587 = arith.subi %v131, %v1515 : i64
              %v1588 = arith.addi %v1586, %v1587 : i64
              %v1589 = llvm.getelementptr %in_u[%v1588] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1590 = llvm.load %v1589 : !llvm.ptr -> f32
              %v1591 = arith.mulf %v1574, %v1590 fastmath<contract> : f32
              %v1592 = arith.mulf %v1583, %v1591 fastmath<contract> : f32
              %v1593 = llvm.load %v4 : !llvm.ptr -> f32
              %v1594 = arith.mulf %v1576, %v1593 fastmath<contract> : f32
              %v1595 = arith.addf %v1594, %v1592 fastmath<contract> : f32
              %v1596 = arith.mulf %v1574, %v1193 fastmath<contract> : f32
              %v1597 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1596) : (f32) -> f32
              %v1598 = arith.muli %v27, %v472 : i64
              %v1599 = arith.subi %v131, %v1515 : i64
              %v1600 = arith.addi %v1598, %v1599 : i64
              %v1601 = arith.constant 8 : i64
              %v1602 = arith.addi %v1601, %v1181 : i64
              %v1603 = arith.muli %v1602, %size_L : i64
              %v1604 = arith.addi %v1600, %v1603 : i64
              %v1605 = llvm.getelementptr %in_Bm[%v1604] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1606 = llvm.load %v1605 : !llvm.ptr -> f32
              %v1607 = arith.mulf %v1606, %v1591 fastmath<contract> : f32
              %v1608 = llvm.load %v5 : !llvm.ptr -> f32
              %v1609 = arith.mulf %v1597, %v1608 fastmath<contract> : f32
              %v1610 = arith.addf %v1609, %v1607 fastmath<contract> : f32
              llvm.store %v1595, %v4 : f32, !llvm.ptr
              llvm.store %v1610, %v5 : f32, !llvm.ptr
              %v1611 = arith.muli %v27, %v472 : i64
              %v1612 = arith.subi %v131, %v1515 : i64
              %v1613 = arith.addi %v1611, %v1612 : i64
              %v1614 = arith.muli %v1181, %size_L : i64
              %v1615 = arith.addi %v1613, %v1614 : i64
              %v1616 = llvm.getelementptr %in_Cm[%v1615] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1617 = llvm.load %v1616 : !llvm.ptr -> f32
              %v1618 = llvm.load %v4 : !llvm.ptr -> f32
              %v1619 = arith.mulf %v1617, %v1618 fastmath<contract> : f32
              %v1620 = llvm.load %v1516 : !llvm.ptr -> f32
              %v1621 = arith.addf %v1620, %v1619 fastmath<contract> : f32
              llvm.store %v1621, %v1516 : f32, !llvm.ptr
              %v1622 = arith.muli %v27, %v472 : i64
              %v1623 = arith.subi %v131, %v1515 : i64
              %v1624 = arith.addi %v1622, %v1623 : i64
              %v1625 = arith.constant 8 : i64
              %v1626 = arith.addi %v1625, %v1181 : i64
              %v1627 = arith.muli %v1626, %size_L : i64
              %v1628 = arith.addi %v1624, %v1627 : i64
              %v1629 = llvm.getelementptr %in_Cm[%v1628] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1630 = llvm.load %v1629 : !llvm.ptr -> f32
              %v1631 = llvm.load %v5 : !llvm.ptr -> f32
              %v1632 = arith.mulf %v1630, %v1631 fastmath<contract> : f32
              %v1633 = llvm.load %v1516 : !llvm.ptr -> f32
              %v1634 = arith.addf %v1633, %v1632 fastmath<contract> : f32
              llvm.store %v1634, %v1516 : f32, !llvm.ptr
            }
            scf.if %v33 {
              %v1635 = arith.muli %v1181, %v63 : i64
              %v1636 = arith.addi %v115, %v1635 : i64
              %v1637 = llvm.getelementptr %v17[%v1636] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1500, %v1637 : f32, !llvm.ptr
              %v1638 = arith.muli %v1181, %v63 : i64
              %v1639 = arith.addi %v1638, %v2 : i64
              %v1640 = arith.addi %v115, %v1639 : i64
              %v1641 = llvm.getelementptr %v17[%v1640] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1509, %v1641 : f32, !llvm.ptr
            }
          }
          %v1642 = arith.index_cast %v32 : i64 to index
          %v1643 = arith.index_cast %v121 : i64 to index
          %v1644 = arith.index_cast %v2 : i64 to index
          scf.for %v1645 = %v1642 to %v1643 step %v1644 {
            %v1646 = arith.index_cast %v1645 : index to i64
            %v1647 = arith.addi %v118, %v1646 : i64
            %v1648 = llvm.getelementptr %v105[%v1646] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1649 = llvm.load %v1648 : !llvm.ptr -> f32
            %v1650 = arith.muli %v27, %v127 : i64
            %v1651 = arith.muli %v25, %size_L : i64
            %v1652 = arith.addi %v1650, %v1651 : i64
            %v1653 = arith.subi %v131, %v1647 : i64
            %v1654 = arith.addi %v1652, %v1653 : i64
            %v1655 = llvm.getelementptr %in_u[%v1654] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1656 = llvm.load %v1655 : !llvm.ptr -> f32
            %v1657 = arith.mulf %v1656, %v436 fastmath<contract> : f32
            %v1658 = arith.addf %v1649, %v1657 fastmath<contract> : f32
            %v1659 = arith.muli %v27, %v127 : i64
            %v1660 = arith.muli %v25, %size_L : i64
            %v1661 = arith.addi %v1659, %v1660 : i64
            %v1662 = arith.subi %v131, %v1647 : i64
            %v1663 = arith.addi %v1661, %v1662 : i64
            %v1664 = llvm.getelementptr %in_z[%v1663] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1665 = llvm.load %v1664 : !llvm.ptr -> f32
            %v1666 = arith.negf %v1665 : f32
            %v1667 = arith.mulf %v1666, %v188 fastmath<contract> : f32
            %v1668 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1667) : (f32) -> f32
            %v1669 = arith.addf %v191, %v1668 fastmath<contract> : f32
            %v1670 = arith.divf %v191, %v1669 : f32
            %v1671 = arith.mulf %v1665, %v1670 fastmath<contract> : f32
            %v1672 = arith.mulf %v1658, %v1671 fastmath<contract> : f32
            scf.if %v22 {
              %v1673 = arith.muli %v27, %v127 : i64
              %v1674 = arith.muli %v25, %size_L : i64
              %v1675 = arith.addi %v1673, %v1674 : i64
              %v1676 = arith.subi %v131, %v1647 : i64
              %v1677 = arith.addi %v1675, %v1676 : i64
              %v1678 = llvm.getelementptr %out_y[%v1677] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1672, %v1678 : f32, !llvm.ptr
            }
          }
        }
      }
      // end scan
      gpu.barrier
      %v1679 = arith.andi %v22, %v33 : i1
      %v1681 = arith.addi %size_L, %v1680 : i64
      %v1682 = arith.divui %v1681, %v96 : i64
      %v1683 = arith.andi %v1682, %v2 : i64
      %v1684 = arith.muli %v1683, %v1 : i64
      %v1685 = arith.index_cast %v32 : i64 to index
      %v1686 = arith.index_cast %v34 : i64 to index
      %v1687 = arith.index_cast %v2 : i64 to index
      scf.for %v1688 = %v1685 to %v1686 step %v1687 {
        %v1689 = arith.index_cast %v1688 : index to i64
        %v1690 = arith.muli %v1689, %v63 : i64
        %v1691 = arith.addi %v1684, %v1690 : i64
        %v1692 = llvm.getelementptr %v17[%v1691] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1693 = llvm.load %v1692 : !llvm.ptr -> f32
        llvm.store %v1693, %v10 : f32, !llvm.ptr
        %v1694 = arith.muli %v1689, %v63 : i64
        %v1695 = arith.addi %v1694, %v2 : i64
        %v1696 = arith.addi %v1684, %v1695 : i64
        %v1697 = llvm.getelementptr %v17[%v1696] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1698 = llvm.load %v1697 : !llvm.ptr -> f32
        llvm.store %v1698, %v11 : f32, !llvm.ptr
        %v1699 = llvm.load %v10 : !llvm.ptr -> f32
        %v1700 = llvm.load %v11 : !llvm.ptr -> f32
        scf.if %v1679 {
          %v1701 = arith.muli %v27, %v40 : i64
          %v1702 = arith.muli %v25, %v1 : i64
          %v1703 = arith.addi %v1701, %v1702 : i64
          %v1704 = arith.addi %v1703, %v1689 : i64
          %v1705 = llvm.getelementptr %out_h_first[%v1704] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v1699, %v1705 : f32, !llvm.ptr
          %v1706 = arith.muli %v27, %v40 : i64
          %v1707 = arith.muli %v25, %v1 : i64
          %v1708 = arith.addi %v1706, %v1707 : i64
          %v1709 = arith.constant 8 : i64
          %v1710 = arith.addi %v1709, %v1689 : i64
          %v1711 = arith.addi %v1708, %v1710 : i64
          %v1712 = llvm.getelementptr %out_h_first[%v1711] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v1700, %v1712 : f32, !llvm.ptr
        }
      }
      gpu.return
    }
  }
}
