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
      %v651 = arith.constant 32 : i32
      %v682 = arith.constant 8 : i32
      %v693 = arith.constant 16 : i32
      %v704 = arith.constant 31 : i64
      %v918 = arith.constant 64 : i64
      %v925 = arith.muli %size_B, %size_D : i64
      %v926 = arith.muli %v925, %v1 : i64
      %v1509 = arith.muli %size_B, %size_D : i64
      %v1510 = arith.muli %v1509, %v1 : i64
      %v1666 = arith.constant 1023 : i64
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
            %v469 = arith.addi %v123, %v125 : i64
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
            %v519 = arith.addi %v123, %v2 : i64
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
            %v536 = arith.addi %v123, %v63 : i64
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
            %v553 = arith.addi %v123, %v277 : i64
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
            %v570 = arith.addi %v123, %v306 : i64
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
            %v587 = arith.addi %v123, %v335 : i64
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
            %v604 = arith.addi %v123, %v364 : i64
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
            %v621 = arith.addi %v123, %v125 : i64
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
            %v642 = arith.constant true
            %v643 = arith.xori %v122, %v642 : i1
            scf.if %v643 {
              llvm.store %v191, %v6 : f32, !llvm.ptr
              llvm.store %v191, %v7 : f32, !llvm.ptr
              llvm.store %v50, %v8 : f32, !llvm.ptr
              llvm.store %v50, %v9 : f32, !llvm.ptr
            }
            // 2. the block's scan of this point's maps
            %v644 = llvm.load %v6 : !llvm.ptr -> f32
            %v645 = llvm.load %v8 : !llvm.ptr -> f32
            %v646 = llvm.load %v7 : !llvm.ptr -> f32
            %v647 = llvm.load %v9 : !llvm.ptr -> f32
            %v648 = arith.addi %v116, %v456 : i64
            %v649 = arith.andi %v648, %v2 : i64
            %v650 = arith.muli %v649, %v34 : i64
            %v652, %v653 = gpu.shuffle up %v644, %v138, %v651 : f32
            %v654, %v655 = gpu.shuffle up %v645, %v138, %v651 : f32
            %v656 = arith.mulf %v644, %v652 fastmath<contract> : f32
            %v657 = arith.mulf %v644, %v654 fastmath<contract> : f32
            %v658 = arith.addf %v657, %v645 fastmath<contract> : f32
            %v659 = arith.cmpi uge, %v30, %v2 : i64
            %v660 = arith.select %v659, %v656, %v644 : f32
            %v661 = arith.select %v659, %v658, %v645 : f32
            %v662, %v663 = gpu.shuffle up %v660, %v140, %v651 : f32
            %v664, %v665 = gpu.shuffle up %v661, %v140, %v651 : f32
            %v666 = arith.mulf %v660, %v662 fastmath<contract> : f32
            %v667 = arith.mulf %v660, %v664 fastmath<contract> : f32
            %v668 = arith.addf %v667, %v661 fastmath<contract> : f32
            %v669 = arith.cmpi uge, %v30, %v63 : i64
            %v670 = arith.select %v669, %v666, %v660 : f32
            %v671 = arith.select %v669, %v668, %v661 : f32
            %v672, %v673 = gpu.shuffle up %v670, %v144, %v651 : f32
            %v674, %v675 = gpu.shuffle up %v671, %v144, %v651 : f32
            %v676 = arith.mulf %v670, %v672 fastmath<contract> : f32
            %v677 = arith.mulf %v670, %v674 fastmath<contract> : f32
            %v678 = arith.addf %v677, %v671 fastmath<contract> : f32
            %v679 = arith.cmpi uge, %v30, %v306 : i64
            %v680 = arith.select %v679, %v676, %v670 : f32
            %v681 = arith.select %v679, %v678, %v671 : f32
            %v683, %v684 = gpu.shuffle up %v680, %v682, %v651 : f32
            %v685, %v686 = gpu.shuffle up %v681, %v682, %v651 : f32
            %v687 = arith.mulf %v680, %v683 fastmath<contract> : f32
            %v688 = arith.mulf %v680, %v685 fastmath<contract> : f32
            %v689 = arith.addf %v688, %v681 fastmath<contract> : f32
            %v690 = arith.cmpi uge, %v30, %v34 : i64
            %v691 = arith.select %v690, %v687, %v680 : f32
            %v692 = arith.select %v690, %v689, %v681 : f32
            %v694, %v695 = gpu.shuffle up %v691, %v693, %v651 : f32
            %v696, %v697 = gpu.shuffle up %v692, %v693, %v651 : f32
            %v698 = arith.mulf %v691, %v694 fastmath<contract> : f32
            %v699 = arith.mulf %v691, %v696 fastmath<contract> : f32
            %v700 = arith.addf %v699, %v692 fastmath<contract> : f32
            %v701 = arith.cmpi uge, %v30, %v1 : i64
            %v702 = arith.select %v701, %v698, %v691 : f32
            %v703 = arith.select %v701, %v700, %v692 : f32
            %v705 = arith.cmpi eq, %v30, %v704 : i64
            %v706 = arith.addi %v650, %v31 : i64
            scf.if %v705 {
              %v707 = llvm.getelementptr %v13[%v706] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v702, %v707 : f32, !llvm.ptr
              %v708 = llvm.getelementptr %v15[%v706] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v703, %v708 : f32, !llvm.ptr
            }
            %v709, %v710 = gpu.shuffle up %v702, %v138, %v651 : f32
            %v711, %v712 = gpu.shuffle up %v703, %v138, %v651 : f32
            %v713 = arith.cmpi eq, %v30, %v32 : i64
            %v714 = arith.select %v713, %v191, %v709 : f32
            %v715 = arith.select %v713, %v50, %v711 : f32
            %v716, %v717 = gpu.shuffle up %v646, %v138, %v651 : f32
            %v718, %v719 = gpu.shuffle up %v647, %v138, %v651 : f32
            %v720 = arith.mulf %v646, %v716 fastmath<contract> : f32
            %v721 = arith.mulf %v646, %v718 fastmath<contract> : f32
            %v722 = arith.addf %v721, %v647 fastmath<contract> : f32
            %v723 = arith.cmpi uge, %v30, %v2 : i64
            %v724 = arith.select %v723, %v720, %v646 : f32
            %v725 = arith.select %v723, %v722, %v647 : f32
            %v726, %v727 = gpu.shuffle up %v724, %v140, %v651 : f32
            %v728, %v729 = gpu.shuffle up %v725, %v140, %v651 : f32
            %v730 = arith.mulf %v724, %v726 fastmath<contract> : f32
            %v731 = arith.mulf %v724, %v728 fastmath<contract> : f32
            %v732 = arith.addf %v731, %v725 fastmath<contract> : f32
            %v733 = arith.cmpi uge, %v30, %v63 : i64
            %v734 = arith.select %v733, %v730, %v724 : f32
            %v735 = arith.select %v733, %v732, %v725 : f32
            %v736, %v737 = gpu.shuffle up %v734, %v144, %v651 : f32
            %v738, %v739 = gpu.shuffle up %v735, %v144, %v651 : f32
            %v740 = arith.mulf %v734, %v736 fastmath<contract> : f32
            %v741 = arith.mulf %v734, %v738 fastmath<contract> : f32
            %v742 = arith.addf %v741, %v735 fastmath<contract> : f32
            %v743 = arith.cmpi uge, %v30, %v306 : i64
            %v744 = arith.select %v743, %v740, %v734 : f32
            %v745 = arith.select %v743, %v742, %v735 : f32
            %v746, %v747 = gpu.shuffle up %v744, %v682, %v651 : f32
            %v748, %v749 = gpu.shuffle up %v745, %v682, %v651 : f32
            %v750 = arith.mulf %v744, %v746 fastmath<contract> : f32
            %v751 = arith.mulf %v744, %v748 fastmath<contract> : f32
            %v752 = arith.addf %v751, %v745 fastmath<contract> : f32
            %v753 = arith.cmpi uge, %v30, %v34 : i64
            %v754 = arith.select %v753, %v750, %v744 : f32
            %v755 = arith.select %v753, %v752, %v745 : f32
            %v756, %v757 = gpu.shuffle up %v754, %v693, %v651 : f32
            %v758, %v759 = gpu.shuffle up %v755, %v693, %v651 : f32
            %v760 = arith.mulf %v754, %v756 fastmath<contract> : f32
            %v761 = arith.mulf %v754, %v758 fastmath<contract> : f32
            %v762 = arith.addf %v761, %v755 fastmath<contract> : f32
            %v763 = arith.cmpi uge, %v30, %v1 : i64
            %v764 = arith.select %v763, %v760, %v754 : f32
            %v765 = arith.select %v763, %v762, %v755 : f32
            %v766 = arith.cmpi eq, %v30, %v704 : i64
            %v767 = arith.addi %v650, %v306 : i64
            %v768 = arith.addi %v767, %v31 : i64
            scf.if %v766 {
              %v769 = llvm.getelementptr %v13[%v768] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v764, %v769 : f32, !llvm.ptr
              %v770 = llvm.getelementptr %v15[%v768] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v765, %v770 : f32, !llvm.ptr
            }
            %v771, %v772 = gpu.shuffle up %v764, %v138, %v651 : f32
            %v773, %v774 = gpu.shuffle up %v765, %v138, %v651 : f32
            %v775 = arith.cmpi eq, %v30, %v32 : i64
            %v776 = arith.select %v775, %v191, %v771 : f32
            %v777 = arith.select %v775, %v50, %v773 : f32
            // across warps: each thread composes the warps' totals before its own, and all of them
            gpu.barrier
            %v778 = llvm.getelementptr %v13[%v650] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v779 = llvm.load %v778 : !llvm.ptr -> f32
            %v780 = llvm.getelementptr %v15[%v650] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v781 = llvm.load %v780 : !llvm.ptr -> f32
            %v782 = arith.mulf %v779, %v191 fastmath<contract> : f32
            %v783 = arith.mulf %v779, %v50 fastmath<contract> : f32
            %v784 = arith.addf %v783, %v781 fastmath<contract> : f32
            %v785 = arith.cmpi ugt, %v31, %v32 : i64
            %v786 = arith.select %v785, %v782, %v191 : f32
            %v787 = arith.select %v785, %v784, %v50 : f32
            %v788 = arith.addi %v650, %v2 : i64
            %v789 = llvm.getelementptr %v13[%v788] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v790 = llvm.load %v789 : !llvm.ptr -> f32
            %v791 = llvm.getelementptr %v15[%v788] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v792 = llvm.load %v791 : !llvm.ptr -> f32
            %v793 = arith.mulf %v790, %v782 fastmath<contract> : f32
            %v794 = arith.mulf %v790, %v784 fastmath<contract> : f32
            %v795 = arith.addf %v794, %v792 fastmath<contract> : f32
            %v796 = arith.cmpi ugt, %v31, %v2 : i64
            %v797 = arith.select %v796, %v793, %v786 : f32
            %v798 = arith.select %v796, %v795, %v787 : f32
            %v799 = arith.addi %v650, %v63 : i64
            %v800 = llvm.getelementptr %v13[%v799] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v801 = llvm.load %v800 : !llvm.ptr -> f32
            %v802 = llvm.getelementptr %v15[%v799] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v803 = llvm.load %v802 : !llvm.ptr -> f32
            %v804 = arith.mulf %v801, %v793 fastmath<contract> : f32
            %v805 = arith.mulf %v801, %v795 fastmath<contract> : f32
            %v806 = arith.addf %v805, %v803 fastmath<contract> : f32
            %v807 = arith.cmpi ugt, %v31, %v63 : i64
            %v808 = arith.select %v807, %v804, %v797 : f32
            %v809 = arith.select %v807, %v806, %v798 : f32
            %v810 = arith.addi %v650, %v277 : i64
            %v811 = llvm.getelementptr %v13[%v810] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v812 = llvm.load %v811 : !llvm.ptr -> f32
            %v813 = llvm.getelementptr %v15[%v810] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v814 = llvm.load %v813 : !llvm.ptr -> f32
            %v815 = arith.mulf %v812, %v804 fastmath<contract> : f32
            %v816 = arith.mulf %v812, %v806 fastmath<contract> : f32
            %v817 = arith.addf %v816, %v814 fastmath<contract> : f32
            %v818 = arith.mulf %v714, %v808 fastmath<contract> : f32
            %v819 = arith.mulf %v714, %v809 fastmath<contract> : f32
            %v820 = arith.addf %v819, %v715 fastmath<contract> : f32
            %v821 = arith.addi %v650, %v306 : i64
            %v822 = llvm.getelementptr %v13[%v821] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v823 = llvm.load %v822 : !llvm.ptr -> f32
            %v824 = llvm.getelementptr %v15[%v821] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v825 = llvm.load %v824 : !llvm.ptr -> f32
            %v826 = arith.mulf %v823, %v191 fastmath<contract> : f32
            %v827 = arith.mulf %v823, %v50 fastmath<contract> : f32
            %v828 = arith.addf %v827, %v825 fastmath<contract> : f32
            %v829 = arith.cmpi ugt, %v31, %v32 : i64
            %v830 = arith.select %v829, %v826, %v191 : f32
            %v831 = arith.select %v829, %v828, %v50 : f32
            %v832 = arith.addi %v650, %v306 : i64
            %v833 = arith.addi %v832, %v2 : i64
            %v834 = llvm.getelementptr %v13[%v833] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v835 = llvm.load %v834 : !llvm.ptr -> f32
            %v836 = llvm.getelementptr %v15[%v833] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v837 = llvm.load %v836 : !llvm.ptr -> f32
            %v838 = arith.mulf %v835, %v826 fastmath<contract> : f32
            %v839 = arith.mulf %v835, %v828 fastmath<contract> : f32
            %v840 = arith.addf %v839, %v837 fastmath<contract> : f32
            %v841 = arith.cmpi ugt, %v31, %v2 : i64
            %v842 = arith.select %v841, %v838, %v830 : f32
            %v843 = arith.select %v841, %v840, %v831 : f32
            %v844 = arith.addi %v650, %v306 : i64
            %v845 = arith.addi %v844, %v63 : i64
            %v846 = llvm.getelementptr %v13[%v845] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v847 = llvm.load %v846 : !llvm.ptr -> f32
            %v848 = llvm.getelementptr %v15[%v845] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v849 = llvm.load %v848 : !llvm.ptr -> f32
            %v850 = arith.mulf %v847, %v838 fastmath<contract> : f32
            %v851 = arith.mulf %v847, %v840 fastmath<contract> : f32
            %v852 = arith.addf %v851, %v849 fastmath<contract> : f32
            %v853 = arith.cmpi ugt, %v31, %v63 : i64
            %v854 = arith.select %v853, %v850, %v842 : f32
            %v855 = arith.select %v853, %v852, %v843 : f32
            %v856 = arith.addi %v650, %v306 : i64
            %v857 = arith.addi %v856, %v277 : i64
            %v858 = llvm.getelementptr %v13[%v857] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v859 = llvm.load %v858 : !llvm.ptr -> f32
            %v860 = llvm.getelementptr %v15[%v857] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v861 = llvm.load %v860 : !llvm.ptr -> f32
            %v862 = arith.mulf %v859, %v850 fastmath<contract> : f32
            %v863 = arith.mulf %v859, %v852 fastmath<contract> : f32
            %v864 = arith.addf %v863, %v861 fastmath<contract> : f32
            %v865 = arith.mulf %v776, %v854 fastmath<contract> : f32
            %v866 = arith.mulf %v776, %v855 fastmath<contract> : f32
            %v867 = arith.addf %v866, %v777 fastmath<contract> : f32
            %v868 = arith.muli %v456, %v63 : i64
            %v869 = arith.addi %v114, %v868 : i64
            %v870 = llvm.getelementptr %v17[%v869] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v871 = llvm.load %v870 : !llvm.ptr -> f32
            %v872 = arith.mulf %v818, %v871 fastmath<contract> : f32
            %v873 = arith.addf %v872, %v820 fastmath<contract> : f32
            llvm.store %v873, %v4 : f32, !llvm.ptr
            %v874 = arith.mulf %v815, %v871 fastmath<contract> : f32
            %v875 = arith.addf %v874, %v817 fastmath<contract> : f32
            %v876 = arith.muli %v456, %v63 : i64
            %v877 = arith.addi %v876, %v2 : i64
            %v878 = arith.addi %v114, %v877 : i64
            %v879 = llvm.getelementptr %v17[%v878] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v880 = llvm.load %v879 : !llvm.ptr -> f32
            %v881 = arith.mulf %v865, %v880 fastmath<contract> : f32
            %v882 = arith.addf %v881, %v867 fastmath<contract> : f32
            llvm.store %v882, %v5 : f32, !llvm.ptr
            %v883 = arith.mulf %v862, %v880 fastmath<contract> : f32
            %v884 = arith.addf %v883, %v864 fastmath<contract> : f32
            // 3. the K steps again: checkpoints, outputs at this point, sums' terms
            %v885 = arith.addi %v123, %v125 : i64
            %v886 = arith.muli %v27, %v470 : i64
            %v887 = arith.subi %v131, %v885 : i64
            %v888 = arith.addi %v886, %v887 : i64
            %v889 = arith.muli %v456, %size_L : i64
            %v890 = arith.addi %v888, %v889 : i64
            %v891 = llvm.getelementptr %in_Cm[%v890] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v892 = llvm.load %v891 {alignment = 32 : i64} : !llvm.ptr -> vector<8xf32>
            %v893 = llvm.extractelement %v892[%v136 : i32] : vector<8xf32>
            %v894 = llvm.extractelement %v892[%v138 : i32] : vector<8xf32>
            %v895 = llvm.extractelement %v892[%v140 : i32] : vector<8xf32>
            %v896 = llvm.extractelement %v892[%v142 : i32] : vector<8xf32>
            %v897 = llvm.extractelement %v892[%v144 : i32] : vector<8xf32>
            %v898 = llvm.extractelement %v892[%v146 : i32] : vector<8xf32>
            %v899 = llvm.extractelement %v892[%v148 : i32] : vector<8xf32>
            %v900 = llvm.extractelement %v892[%v150 : i32] : vector<8xf32>
            %v901 = arith.muli %v27, %v470 : i64
            %v902 = arith.subi %v131, %v885 : i64
            %v903 = arith.addi %v901, %v902 : i64
            %v904 = arith.constant 8 : i64
            %v905 = arith.addi %v904, %v456 : i64
            %v906 = arith.muli %v905, %size_L : i64
            %v907 = arith.addi %v903, %v906 : i64
            %v908 = llvm.getelementptr %in_Cm[%v907] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v909 = llvm.load %v908 {alignment = 32 : i64} : !llvm.ptr -> vector<8xf32>
            %v910 = llvm.extractelement %v909[%v136 : i32] : vector<8xf32>
            %v911 = llvm.extractelement %v909[%v138 : i32] : vector<8xf32>
            %v912 = llvm.extractelement %v909[%v140 : i32] : vector<8xf32>
            %v913 = llvm.extractelement %v909[%v142 : i32] : vector<8xf32>
            %v914 = llvm.extractelement %v909[%v144 : i32] : vector<8xf32>
            %v915 = llvm.extractelement %v909[%v146 : i32] : vector<8xf32>
            %v916 = llvm.extractelement %v909[%v148 : i32] : vector<8xf32>
            %v917 = llvm.extractelement %v909[%v150 : i32] : vector<8xf32>
            // save the states at checkpoint steps (when given somewhere to save them)
            %v919 = arith.remui %v123, %v918 : i64
            %v920 = arith.cmpi eq, %v919, %v32 : i64
            %v921 = arith.andi %v920, %v124 : i1
            scf.if %v921 {
              %v922 = arith.divui %v123, %v918 : i64
              %v923 = llvm.mlir.zero : !llvm.ptr
              %v924 = llvm.icmp "ne" %ckpt_h, %v923 : !llvm.ptr
              scf.if %v924 {
                %v927 = arith.muli %v922, %v926 : i64
                %v928 = llvm.load %v4 : !llvm.ptr -> f32
                %v929 = arith.muli %v27, %v40 : i64
                %v930 = arith.muli %v25, %v1 : i64
                %v931 = arith.addi %v929, %v930 : i64
                %v932 = arith.addi %v931, %v456 : i64
                %v933 = arith.addi %v927, %v932 : i64
                %v934 = llvm.getelementptr %ckpt_h[%v933] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                llvm.store %v928, %v934 : f32, !llvm.ptr
                %v935 = llvm.load %v5 : !llvm.ptr -> f32
                %v936 = arith.muli %v27, %v40 : i64
                %v937 = arith.muli %v25, %v1 : i64
                %v938 = arith.addi %v936, %v937 : i64
                %v939 = arith.constant 8 : i64
                %v940 = arith.addi %v939, %v456 : i64
                %v941 = arith.addi %v938, %v940 : i64
                %v942 = arith.addi %v927, %v941 : i64
                %v943 = llvm.getelementptr %ckpt_h[%v942] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                llvm.store %v935, %v943 : f32, !llvm.ptr
              }
            }
            // end save
            %v944 = llvm.load %v4 : !llvm.ptr -> f32
            %v945 = arith.mulf %v504, %v944 fastmath<contract> : f32
            %v946 = arith.addf %v945, %v505 fastmath<contract> : f32
            %v947 = llvm.load %v5 : !llvm.ptr -> f32
            %v948 = arith.mulf %v512, %v947 fastmath<contract> : f32
            %v949 = arith.addf %v948, %v513 fastmath<contract> : f32
            llvm.store %v946, %v4 : f32, !llvm.ptr
            llvm.store %v949, %v5 : f32, !llvm.ptr
            %v950 = llvm.load %v4 : !llvm.ptr -> f32
            %v951 = arith.mulf %v900, %v950 fastmath<contract> : f32
            %v952 = llvm.load %v97 : !llvm.ptr -> f32
            %v953 = arith.addf %v952, %v951 fastmath<contract> : f32
            llvm.store %v953, %v97 : f32, !llvm.ptr
            %v954 = llvm.load %v5 : !llvm.ptr -> f32
            %v955 = arith.mulf %v917, %v954 fastmath<contract> : f32
            %v956 = llvm.load %v97 : !llvm.ptr -> f32
            %v957 = arith.addf %v956, %v955 fastmath<contract> : f32
            llvm.store %v957, %v97 : f32, !llvm.ptr
            %v958 = arith.addi %v123, %v2 : i64
            %v959 = llvm.load %v4 : !llvm.ptr -> f32
            %v960 = arith.mulf %v521, %v959 fastmath<contract> : f32
            %v961 = arith.addf %v960, %v522 fastmath<contract> : f32
            %v962 = llvm.load %v5 : !llvm.ptr -> f32
            %v963 = arith.mulf %v529, %v962 fastmath<contract> : f32
            %v964 = arith.addf %v963, %v530 fastmath<contract> : f32
            llvm.store %v961, %v4 : f32, !llvm.ptr
            llvm.store %v964, %v5 : f32, !llvm.ptr
            %v965 = llvm.load %v4 : !llvm.ptr -> f32
            %v966 = arith.mulf %v899, %v965 fastmath<contract> : f32
            %v967 = llvm.load %v98 : !llvm.ptr -> f32
            %v968 = arith.addf %v967, %v966 fastmath<contract> : f32
            llvm.store %v968, %v98 : f32, !llvm.ptr
            %v969 = llvm.load %v5 : !llvm.ptr -> f32
            %v970 = arith.mulf %v916, %v969 fastmath<contract> : f32
            %v971 = llvm.load %v98 : !llvm.ptr -> f32
            %v972 = arith.addf %v971, %v970 fastmath<contract> : f32
            llvm.store %v972, %v98 : f32, !llvm.ptr
            %v973 = arith.addi %v123, %v63 : i64
            %v974 = llvm.load %v4 : !llvm.ptr -> f32
            %v975 = arith.mulf %v538, %v974 fastmath<contract> : f32
            %v976 = arith.addf %v975, %v539 fastmath<contract> : f32
            %v977 = llvm.load %v5 : !llvm.ptr -> f32
            %v978 = arith.mulf %v546, %v977 fastmath<contract> : f32
            %v979 = arith.addf %v978, %v547 fastmath<contract> : f32
            llvm.store %v976, %v4 : f32, !llvm.ptr
            llvm.store %v979, %v5 : f32, !llvm.ptr
            %v980 = llvm.load %v4 : !llvm.ptr -> f32
            %v981 = arith.mulf %v898, %v980 fastmath<contract> : f32
            %v982 = llvm.load %v99 : !llvm.ptr -> f32
            %v983 = arith.addf %v982, %v981 fastmath<contract> : f32
            llvm.store %v983, %v99 : f32, !llvm.ptr
            %v984 = llvm.load %v5 : !llvm.ptr -> f32
            %v985 = arith.mulf %v915, %v984 fastmath<contract> : f32
            %v986 = llvm.load %v99 : !llvm.ptr -> f32
            %v987 = arith.addf %v986, %v985 fastmath<contract> : f32
            llvm.store %v987, %v99 : f32, !llvm.ptr
            %v988 = arith.addi %v123, %v277 : i64
            %v989 = llvm.load %v4 : !llvm.ptr -> f32
            %v990 = arith.mulf %v555, %v989 fastmath<contract> : f32
            %v991 = arith.addf %v990, %v556 fastmath<contract> : f32
            %v992 = llvm.load %v5 : !llvm.ptr -> f32
            %v993 = arith.mulf %v563, %v992 fastmath<contract> : f32
            %v994 = arith.addf %v993, %v564 fastmath<contract> : f32
            llvm.store %v991, %v4 : f32, !llvm.ptr
            llvm.store %v994, %v5 : f32, !llvm.ptr
            %v995 = llvm.load %v4 : !llvm.ptr -> f32
            %v996 = arith.mulf %v897, %v995 fastmath<contract> : f32
            %v997 = llvm.load %v100 : !llvm.ptr -> f32
            %v998 = arith.addf %v997, %v996 fastmath<contract> : f32
            llvm.store %v998, %v100 : f32, !llvm.ptr
            %v999 = llvm.load %v5 : !llvm.ptr -> f32
            %v1000 = arith.mulf %v914, %v999 fastmath<contract> : f32
            %v1001 = llvm.load %v100 : !llvm.ptr -> f32
            %v1002 = arith.addf %v1001, %v1000 fastmath<contract> : f32
            llvm.store %v1002, %v100 : f32, !llvm.ptr
            %v1003 = arith.addi %v123, %v306 : i64
            %v1004 = llvm.load %v4 : !llvm.ptr -> f32
            %v1005 = arith.mulf %v572, %v1004 fastmath<contract> : f32
            %v1006 = arith.addf %v1005, %v573 fastmath<contract> : f32
            %v1007 = llvm.load %v5 : !llvm.ptr -> f32
            %v1008 = arith.mulf %v580, %v1007 fastmath<contract> : f32
            %v1009 = arith.addf %v1008, %v581 fastmath<contract> : f32
            llvm.store %v1006, %v4 : f32, !llvm.ptr
            llvm.store %v1009, %v5 : f32, !llvm.ptr
            %v1010 = llvm.load %v4 : !llvm.ptr -> f32
            %v1011 = arith.mulf %v896, %v1010 fastmath<contract> : f32
            %v1012 = llvm.load %v101 : !llvm.ptr -> f32
            %v1013 = arith.addf %v1012, %v1011 fastmath<contract> : f32
            llvm.store %v1013, %v101 : f32, !llvm.ptr
            %v1014 = llvm.load %v5 : !llvm.ptr -> f32
            %v1015 = arith.mulf %v913, %v1014 fastmath<contract> : f32
            %v1016 = llvm.load %v101 : !llvm.ptr -> f32
            %v1017 = arith.addf %v1016, %v1015 fastmath<contract> : f32
            llvm.store %v1017, %v101 : f32, !llvm.ptr
            %v1018 = arith.addi %v123, %v335 : i64
            %v1019 = llvm.load %v4 : !llvm.ptr -> f32
            %v1020 = arith.mulf %v589, %v1019 fastmath<contract> : f32
            %v1021 = arith.addf %v1020, %v590 fastmath<contract> : f32
            %v1022 = llvm.load %v5 : !llvm.ptr -> f32
            %v1023 = arith.mulf %v597, %v1022 fastmath<contract> : f32
            %v1024 = arith.addf %v1023, %v598 fastmath<contract> : f32
            llvm.store %v1021, %v4 : f32, !llvm.ptr
            llvm.store %v1024, %v5 : f32, !llvm.ptr
            %v1025 = llvm.load %v4 : !llvm.ptr -> f32
            %v1026 = arith.mulf %v895, %v1025 fastmath<contract> : f32
            %v1027 = llvm.load %v102 : !llvm.ptr -> f32
            %v1028 = arith.addf %v1027, %v1026 fastmath<contract> : f32
            llvm.store %v1028, %v102 : f32, !llvm.ptr
            %v1029 = llvm.load %v5 : !llvm.ptr -> f32
            %v1030 = arith.mulf %v912, %v1029 fastmath<contract> : f32
            %v1031 = llvm.load %v102 : !llvm.ptr -> f32
            %v1032 = arith.addf %v1031, %v1030 fastmath<contract> : f32
            llvm.store %v1032, %v102 : f32, !llvm.ptr
            %v1033 = arith.addi %v123, %v364 : i64
            %v1034 = llvm.load %v4 : !llvm.ptr -> f32
            %v1035 = arith.mulf %v606, %v1034 fastmath<contract> : f32
            %v1036 = arith.addf %v1035, %v607 fastmath<contract> : f32
            %v1037 = llvm.load %v5 : !llvm.ptr -> f32
            %v1038 = arith.mulf %v614, %v1037 fastmath<contract> : f32
            %v1039 = arith.addf %v1038, %v615 fastmath<contract> : f32
            llvm.store %v1036, %v4 : f32, !llvm.ptr
            llvm.store %v1039, %v5 : f32, !llvm.ptr
            %v1040 = llvm.load %v4 : !llvm.ptr -> f32
            %v1041 = arith.mulf %v894, %v1040 fastmath<contract> : f32
            %v1042 = llvm.load %v103 : !llvm.ptr -> f32
            %v1043 = arith.addf %v1042, %v1041 fastmath<contract> : f32
            llvm.store %v1043, %v103 : f32, !llvm.ptr
            %v1044 = llvm.load %v5 : !llvm.ptr -> f32
            %v1045 = arith.mulf %v911, %v1044 fastmath<contract> : f32
            %v1046 = llvm.load %v103 : !llvm.ptr -> f32
            %v1047 = arith.addf %v1046, %v1045 fastmath<contract> : f32
            llvm.store %v1047, %v103 : f32, !llvm.ptr
            %v1048 = arith.addi %v123, %v125 : i64
            %v1049 = llvm.load %v4 : !llvm.ptr -> f32
            %v1050 = arith.mulf %v623, %v1049 fastmath<contract> : f32
            %v1051 = arith.addf %v1050, %v624 fastmath<contract> : f32
            %v1052 = llvm.load %v5 : !llvm.ptr -> f32
            %v1053 = arith.mulf %v631, %v1052 fastmath<contract> : f32
            %v1054 = arith.addf %v1053, %v632 fastmath<contract> : f32
            llvm.store %v1051, %v4 : f32, !llvm.ptr
            llvm.store %v1054, %v5 : f32, !llvm.ptr
            %v1055 = llvm.load %v4 : !llvm.ptr -> f32
            %v1056 = arith.mulf %v893, %v1055 fastmath<contract> : f32
            %v1057 = llvm.load %v104 : !llvm.ptr -> f32
            %v1058 = arith.addf %v1057, %v1056 fastmath<contract> : f32
            llvm.store %v1058, %v104 : f32, !llvm.ptr
            %v1059 = llvm.load %v5 : !llvm.ptr -> f32
            %v1060 = arith.mulf %v910, %v1059 fastmath<contract> : f32
            %v1061 = llvm.load %v104 : !llvm.ptr -> f32
            %v1062 = arith.addf %v1061, %v1060 fastmath<contract> : f32
            llvm.store %v1062, %v104 : f32, !llvm.ptr
            scf.if %v33 {
              %v1063 = arith.muli %v456, %v63 : i64
              %v1064 = arith.addi %v115, %v1063 : i64
              %v1065 = llvm.getelementptr %v17[%v1064] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v875, %v1065 : f32, !llvm.ptr
              %v1066 = arith.muli %v456, %v63 : i64
              %v1067 = arith.addi %v1066, %v2 : i64
              %v1068 = arith.addi %v115, %v1067 : i64
              %v1069 = llvm.getelementptr %v17[%v1068] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v884, %v1069 : f32, !llvm.ptr
            }
          }
          // 4. the outputs summed over the points, K steps per vector store
          %v1070 = llvm.load %v97 : !llvm.ptr -> f32
          %v1071 = arith.negf %v181 : f32
          %v1072 = arith.mulf %v1071, %v188 fastmath<contract> : f32
          %v1073 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1072) : (f32) -> f32
          %v1074 = arith.addf %v191, %v1073 fastmath<contract> : f32
          %v1075 = arith.divf %v191, %v1074 : f32
          %v1076 = arith.mulf %v181, %v1075 fastmath<contract> : f32
          %v1077 = arith.mulf %v1070, %v1076 fastmath<contract> : f32
          %v1078 = arith.addi %v123, %v2 : i64
          %v1079 = llvm.load %v98 : !llvm.ptr -> f32
          %v1080 = arith.negf %v180 : f32
          %v1081 = arith.mulf %v1080, %v188 fastmath<contract> : f32
          %v1082 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1081) : (f32) -> f32
          %v1083 = arith.addf %v191, %v1082 fastmath<contract> : f32
          %v1084 = arith.divf %v191, %v1083 : f32
          %v1085 = arith.mulf %v180, %v1084 fastmath<contract> : f32
          %v1086 = arith.mulf %v1079, %v1085 fastmath<contract> : f32
          %v1087 = arith.addi %v123, %v63 : i64
          %v1088 = llvm.load %v99 : !llvm.ptr -> f32
          %v1089 = arith.negf %v179 : f32
          %v1090 = arith.mulf %v1089, %v188 fastmath<contract> : f32
          %v1091 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1090) : (f32) -> f32
          %v1092 = arith.addf %v191, %v1091 fastmath<contract> : f32
          %v1093 = arith.divf %v191, %v1092 : f32
          %v1094 = arith.mulf %v179, %v1093 fastmath<contract> : f32
          %v1095 = arith.mulf %v1088, %v1094 fastmath<contract> : f32
          %v1096 = arith.addi %v123, %v277 : i64
          %v1097 = llvm.load %v100 : !llvm.ptr -> f32
          %v1098 = arith.negf %v178 : f32
          %v1099 = arith.mulf %v1098, %v188 fastmath<contract> : f32
          %v1100 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1099) : (f32) -> f32
          %v1101 = arith.addf %v191, %v1100 fastmath<contract> : f32
          %v1102 = arith.divf %v191, %v1101 : f32
          %v1103 = arith.mulf %v178, %v1102 fastmath<contract> : f32
          %v1104 = arith.mulf %v1097, %v1103 fastmath<contract> : f32
          %v1105 = arith.addi %v123, %v306 : i64
          %v1106 = llvm.load %v101 : !llvm.ptr -> f32
          %v1107 = arith.negf %v177 : f32
          %v1108 = arith.mulf %v1107, %v188 fastmath<contract> : f32
          %v1109 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1108) : (f32) -> f32
          %v1110 = arith.addf %v191, %v1109 fastmath<contract> : f32
          %v1111 = arith.divf %v191, %v1110 : f32
          %v1112 = arith.mulf %v177, %v1111 fastmath<contract> : f32
          %v1113 = arith.mulf %v1106, %v1112 fastmath<contract> : f32
          %v1114 = arith.addi %v123, %v335 : i64
          %v1115 = llvm.load %v102 : !llvm.ptr -> f32
          %v1116 = arith.negf %v176 : f32
          %v1117 = arith.mulf %v1116, %v188 fastmath<contract> : f32
          %v1118 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1117) : (f32) -> f32
          %v1119 = arith.addf %v191, %v1118 fastmath<contract> : f32
          %v1120 = arith.divf %v191, %v1119 : f32
          %v1121 = arith.mulf %v176, %v1120 fastmath<contract> : f32
          %v1122 = arith.mulf %v1115, %v1121 fastmath<contract> : f32
          %v1123 = arith.addi %v123, %v364 : i64
          %v1124 = llvm.load %v103 : !llvm.ptr -> f32
          %v1125 = arith.negf %v175 : f32
          %v1126 = arith.mulf %v1125, %v188 fastmath<contract> : f32
          %v1127 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1126) : (f32) -> f32
          %v1128 = arith.addf %v191, %v1127 fastmath<contract> : f32
          %v1129 = arith.divf %v191, %v1128 : f32
          %v1130 = arith.mulf %v175, %v1129 fastmath<contract> : f32
          %v1131 = arith.mulf %v1124, %v1130 fastmath<contract> : f32
          %v1132 = arith.addi %v123, %v125 : i64
          %v1133 = llvm.load %v104 : !llvm.ptr -> f32
          %v1134 = arith.negf %v174 : f32
          %v1135 = arith.mulf %v1134, %v188 fastmath<contract> : f32
          %v1136 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1135) : (f32) -> f32
          %v1137 = arith.addf %v191, %v1136 fastmath<contract> : f32
          %v1138 = arith.divf %v191, %v1137 : f32
          %v1139 = arith.mulf %v174, %v1138 fastmath<contract> : f32
          %v1140 = arith.mulf %v1133, %v1139 fastmath<contract> : f32
          %v1141 = arith.addi %v123, %v125 : i64
          %v1142 = llvm.mlir.undef : vector<8xf32>
          %v1143 = llvm.insertelement %v1140, %v1142[%v136 : i32] : vector<8xf32>
          %v1144 = llvm.insertelement %v1131, %v1143[%v138 : i32] : vector<8xf32>
          %v1145 = llvm.insertelement %v1122, %v1144[%v140 : i32] : vector<8xf32>
          %v1146 = llvm.insertelement %v1113, %v1145[%v142 : i32] : vector<8xf32>
          %v1147 = llvm.insertelement %v1104, %v1146[%v144 : i32] : vector<8xf32>
          %v1148 = llvm.insertelement %v1095, %v1147[%v146 : i32] : vector<8xf32>
          %v1149 = llvm.insertelement %v1086, %v1148[%v148 : i32] : vector<8xf32>
          %v1150 = llvm.insertelement %v1077, %v1149[%v150 : i32] : vector<8xf32>
          %v1151 = arith.muli %v27, %v127 : i64
          %v1152 = arith.muli %v25, %size_L : i64
          %v1153 = arith.addi %v1151, %v1152 : i64
          %v1154 = arith.subi %v131, %v1141 : i64
          %v1155 = arith.addi %v1153, %v1154 : i64
          %v1156 = llvm.getelementptr %out_y[%v1155] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          scf.if %v124 {
            llvm.store %v1150, %v1156 {alignment = 32 : i64} : vector<8xf32>, !llvm.ptr
          }
        } else {
          %v1157 = arith.index_cast %v32 : i64 to index
          %v1158 = arith.index_cast %v121 : i64 to index
          %v1159 = arith.index_cast %v2 : i64 to index
          scf.for %v1160 = %v1157 to %v1158 step %v1159 {
            %v1161 = arith.index_cast %v1160 : index to i64
            %v1162 = llvm.getelementptr %v105[%v1161] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v50, %v1162 : f32, !llvm.ptr
          }
          %v1163 = arith.index_cast %v32 : i64 to index
          %v1164 = arith.index_cast %v34 : i64 to index
          %v1165 = arith.index_cast %v2 : i64 to index
          scf.for %v1166 = %v1163 to %v1164 step %v1165 {
            %v1167 = arith.index_cast %v1166 : index to i64
            %v1168 = arith.muli %v25, %v1 : i64
            %v1169 = arith.addi %v1168, %v1167 : i64
            %v1170 = llvm.getelementptr %in_A[%v1169] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1171 = llvm.load %v1170 : !llvm.ptr -> f32
            %v1172 = arith.mulf %v1171, %v188 fastmath<contract> : f32
            %v1173 = arith.muli %v25, %v1 : i64
            %v1174 = arith.constant 8 : i64
            %v1175 = arith.addi %v1174, %v1167 : i64
            %v1176 = arith.addi %v1173, %v1175 : i64
            %v1177 = llvm.getelementptr %in_A[%v1176] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1178 = llvm.load %v1177 : !llvm.ptr -> f32
            %v1179 = arith.mulf %v1178, %v188 fastmath<contract> : f32
            llvm.store %v191, %v6 : f32, !llvm.ptr
            llvm.store %v191, %v7 : f32, !llvm.ptr
            llvm.store %v50, %v8 : f32, !llvm.ptr
            llvm.store %v50, %v9 : f32, !llvm.ptr
            %v1180 = arith.index_cast %v32 : i64 to index
            %v1181 = arith.index_cast %v121 : i64 to index
            %v1182 = arith.index_cast %v2 : i64 to index
            scf.for %v1183 = %v1180 to %v1181 step %v1182 {
              %v1184 = arith.index_cast %v1183 : index to i64
              %v1185 = arith.addi %v118, %v1184 : i64
              %v1186 = arith.muli %v27, %v127 : i64
              %v1187 = arith.muli %v25, %size_L : i64
              %v1188 = arith.addi %v1186, %v1187 : i64
              %v1189 = arith.subi %v131, %v1185 : i64
              %v1190 = arith.addi %v1188, %v1189 : i64
              %v1191 = llvm.getelementptr %in_delta[%v1190] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1192 = llvm.load %v1191 : !llvm.ptr -> f32
              %v1193 = arith.addf %v1192, %v183 fastmath<contract> : f32
              %v1194 = arith.maximumf %v1193, %v50 : f32
              %v1195 = llvm.call_intrinsic "llvm.fabs.f32"(%v1193) : (f32) -> f32
              %v1196 = arith.negf %v1195 : f32
              %v1197 = arith.mulf %v1196, %v188 fastmath<contract> : f32
              %v1198 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1197) : (f32) -> f32
              %v1199 = arith.addf %v191, %v1198 fastmath<contract> : f32
              %v1200 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v1199) : (f32) -> f32
              %v1201 = arith.mulf %v1200, %v194 fastmath<contract> : f32
              %v1202 = arith.mulf %v196, %v1198 fastmath<contract> : f32
              %v1203 = arith.addf %v1202, %v198 fastmath<contract> : f32
              %v1204 = arith.mulf %v1203, %v1198 fastmath<contract> : f32
              %v1205 = arith.addf %v1204, %v201 fastmath<contract> : f32
              %v1206 = arith.mulf %v1205, %v1198 fastmath<contract> : f32
              %v1207 = arith.addf %v1206, %v204 fastmath<contract> : f32
              %v1208 = arith.mulf %v1207, %v1198 fastmath<contract> : f32
              %v1209 = arith.addf %v1208, %v207 fastmath<contract> : f32
              %v1210 = arith.mulf %v1209, %v1198 fastmath<contract> : f32
              %v1211 = arith.addf %v1210, %v210 fastmath<contract> : f32
              %v1212 = arith.mulf %v1211, %v1198 fastmath<contract> : f32
              %v1213 = arith.addf %v1212, %v191 fastmath<contract> : f32
              %v1214 = arith.mulf %v1213, %v1198 fastmath<contract> : f32
              %v1215 = llvm.call_intrinsic "llvm.fabs.f32"(%v1198) : (f32) -> f32
              %v1216 = arith.cmpf olt, %v1215, %v216 : f32
              %v1217 = arith.select %v1216, %v1214, %v1201 : f32
              %v1218 = arith.addf %v1194, %v1217 fastmath<contract> : f32
              %v1219 = arith.mulf %v1218, %v1172 fastmath<contract> : f32
              %v1220 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1219) : (f32) -> f32
              %v1221 = arith.muli %v27, %v470 : i64
              %v1222 = arith.subi %v131, %v1185 : i64
              %v1223 = arith.addi %v1221, %v1222 : i64
              %v1224 = arith.muli %v1167, %size_L : i64
              %v1225 = arith.addi %v1223, %v1224 : i64
              %v1226 = llvm.getelementptr %in_Bm[%v1225] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1227 = llvm.load %v1226 : !llvm.ptr -> f32
              %v1228 = arith.muli %v27, %v127 : i64
              %v1229 = arith.muli %v25, %size_L : i64
              %v1230 = arith.addi %v1228, %v1229 : i64
              %v1231 = arith.subi %v131, %v1185 : i64
              %v1232 = arith.addi %v1230, %v1231 : i64
              %v1233 = llvm.getelementptr %in_u[%v1232] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1234 = llvm.load %v1233 : !llvm.ptr -> f32
              %v1235 = arith.mulf %v1218, %v1234 fastmath<contract> : f32
              %v1236 = arith.mulf %v1227, %v1235 fastmath<contract> : f32
              %v1237 = llvm.load %v8 : !llvm.ptr -> f32
              %v1238 = arith.mulf %v1220, %v1237 fastmath<contract> : f32
              %v1239 = arith.addf %v1238, %v1236 fastmath<contract> : f32
              %v1240 = llvm.load %v6 : !llvm.ptr -> f32
              %v1241 = arith.mulf %v1220, %v1240 fastmath<contract> : f32
              %v1242 = arith.mulf %v1218, %v1179 fastmath<contract> : f32
              %v1243 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1242) : (f32) -> f32
              %v1244 = arith.muli %v27, %v470 : i64
              %v1245 = arith.subi %v131, %v1185 : i64
              %v1246 = arith.addi %v1244, %v1245 : i64
              %v1247 = arith.constant 8 : i64
              %v1248 = arith.addi %v1247, %v1167 : i64
              %v1249 = arith.muli %v1248, %size_L : i64
              %v1250 = arith.addi %v1246, %v1249 : i64
              %v1251 = llvm.getelementptr %in_Bm[%v1250] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1252 = llvm.load %v1251 : !llvm.ptr -> f32
              %v1253 = arith.mulf %v1252, %v1235 fastmath<contract> : f32
              %v1254 = llvm.load %v9 : !llvm.ptr -> f32
              %v1255 = arith.mulf %v1243, %v1254 fastmath<contract> : f32
              %v1256 = arith.addf %v1255, %v1253 fastmath<contract> : f32
              %v1257 = llvm.load %v7 : !llvm.ptr -> f32
              %v1258 = arith.mulf %v1243, %v1257 fastmath<contract> : f32
              llvm.store %v1239, %v8 : f32, !llvm.ptr
              llvm.store %v1241, %v6 : f32, !llvm.ptr
              llvm.store %v1256, %v9 : f32, !llvm.ptr
              llvm.store %v1258, %v7 : f32, !llvm.ptr
            }
            %v1259 = llvm.load %v6 : !llvm.ptr -> f32
            %v1260 = llvm.load %v8 : !llvm.ptr -> f32
            %v1261 = llvm.load %v7 : !llvm.ptr -> f32
            %v1262 = llvm.load %v9 : !llvm.ptr -> f32
            %v1263 = arith.addi %v116, %v1167 : i64
            %v1264 = arith.andi %v1263, %v2 : i64
            %v1265 = arith.muli %v1264, %v34 : i64
            %v1266, %v1267 = gpu.shuffle up %v1259, %v138, %v651 : f32
            %v1268, %v1269 = gpu.shuffle up %v1260, %v138, %v651 : f32
            %v1270 = arith.mulf %v1259, %v1266 fastmath<contract> : f32
            %v1271 = arith.mulf %v1259, %v1268 fastmath<contract> : f32
            %v1272 = arith.addf %v1271, %v1260 fastmath<contract> : f32
            %v1273 = arith.cmpi uge, %v30, %v2 : i64
            %v1274 = arith.select %v1273, %v1270, %v1259 : f32
            %v1275 = arith.select %v1273, %v1272, %v1260 : f32
            %v1276, %v1277 = gpu.shuffle up %v1274, %v140, %v651 : f32
            %v1278, %v1279 = gpu.shuffle up %v1275, %v140, %v651 : f32
            %v1280 = arith.mulf %v1274, %v1276 fastmath<contract> : f32
            %v1281 = arith.mulf %v1274, %v1278 fastmath<contract> : f32
            %v1282 = arith.addf %v1281, %v1275 fastmath<contract> : f32
            %v1283 = arith.cmpi uge, %v30, %v63 : i64
            %v1284 = arith.select %v1283, %v1280, %v1274 : f32
            %v1285 = arith.select %v1283, %v1282, %v1275 : f32
            %v1286, %v1287 = gpu.shuffle up %v1284, %v144, %v651 : f32
            %v1288, %v1289 = gpu.shuffle up %v1285, %v144, %v651 : f32
            %v1290 = arith.mulf %v1284, %v1286 fastmath<contract> : f32
            %v1291 = arith.mulf %v1284, %v1288 fastmath<contract> : f32
            %v1292 = arith.addf %v1291, %v1285 fastmath<contract> : f32
            %v1293 = arith.cmpi uge, %v30, %v306 : i64
            %v1294 = arith.select %v1293, %v1290, %v1284 : f32
            %v1295 = arith.select %v1293, %v1292, %v1285 : f32
            %v1296, %v1297 = gpu.shuffle up %v1294, %v682, %v651 : f32
            %v1298, %v1299 = gpu.shuffle up %v1295, %v682, %v651 : f32
            %v1300 = arith.mulf %v1294, %v1296 fastmath<contract> : f32
            %v1301 = arith.mulf %v1294, %v1298 fastmath<contract> : f32
            %v1302 = arith.addf %v1301, %v1295 fastmath<contract> : f32
            %v1303 = arith.cmpi uge, %v30, %v34 : i64
            %v1304 = arith.select %v1303, %v1300, %v1294 : f32
            %v1305 = arith.select %v1303, %v1302, %v1295 : f32
            %v1306, %v1307 = gpu.shuffle up %v1304, %v693, %v651 : f32
            %v1308, %v1309 = gpu.shuffle up %v1305, %v693, %v651 : f32
            %v1310 = arith.mulf %v1304, %v1306 fastmath<contract> : f32
            %v1311 = arith.mulf %v1304, %v1308 fastmath<contract> : f32
            %v1312 = arith.addf %v1311, %v1305 fastmath<contract> : f32
            %v1313 = arith.cmpi uge, %v30, %v1 : i64
            %v1314 = arith.select %v1313, %v1310, %v1304 : f32
            %v1315 = arith.select %v1313, %v1312, %v1305 : f32
            %v1316 = arith.cmpi eq, %v30, %v704 : i64
            %v1317 = arith.addi %v1265, %v31 : i64
            scf.if %v1316 {
              %v1318 = llvm.getelementptr %v13[%v1317] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1314, %v1318 : f32, !llvm.ptr
              %v1319 = llvm.getelementptr %v15[%v1317] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1315, %v1319 : f32, !llvm.ptr
            }
            %v1320, %v1321 = gpu.shuffle up %v1314, %v138, %v651 : f32
            %v1322, %v1323 = gpu.shuffle up %v1315, %v138, %v651 : f32
            %v1324 = arith.cmpi eq, %v30, %v32 : i64
            %v1325 = arith.select %v1324, %v191, %v1320 : f32
            %v1326 = arith.select %v1324, %v50, %v1322 : f32
            %v1327, %v1328 = gpu.shuffle up %v1261, %v138, %v651 : f32
            %v1329, %v1330 = gpu.shuffle up %v1262, %v138, %v651 : f32
            %v1331 = arith.mulf %v1261, %v1327 fastmath<contract> : f32
            %v1332 = arith.mulf %v1261, %v1329 fastmath<contract> : f32
            %v1333 = arith.addf %v1332, %v1262 fastmath<contract> : f32
            %v1334 = arith.cmpi uge, %v30, %v2 : i64
            %v1335 = arith.select %v1334, %v1331, %v1261 : f32
            %v1336 = arith.select %v1334, %v1333, %v1262 : f32
            %v1337, %v1338 = gpu.shuffle up %v1335, %v140, %v651 : f32
            %v1339, %v1340 = gpu.shuffle up %v1336, %v140, %v651 : f32
            %v1341 = arith.mulf %v1335, %v1337 fastmath<contract> : f32
            %v1342 = arith.mulf %v1335, %v1339 fastmath<contract> : f32
            %v1343 = arith.addf %v1342, %v1336 fastmath<contract> : f32
            %v1344 = arith.cmpi uge, %v30, %v63 : i64
            %v1345 = arith.select %v1344, %v1341, %v1335 : f32
            %v1346 = arith.select %v1344, %v1343, %v1336 : f32
            %v1347, %v1348 = gpu.shuffle up %v1345, %v144, %v651 : f32
            %v1349, %v1350 = gpu.shuffle up %v1346, %v144, %v651 : f32
            %v1351 = arith.mulf %v1345, %v1347 fastmath<contract> : f32
            %v1352 = arith.mulf %v1345, %v1349 fastmath<contract> : f32
            %v1353 = arith.addf %v1352, %v1346 fastmath<contract> : f32
            %v1354 = arith.cmpi uge, %v30, %v306 : i64
            %v1355 = arith.select %v1354, %v1351, %v1345 : f32
            %v1356 = arith.select %v1354, %v1353, %v1346 : f32
            %v1357, %v1358 = gpu.shuffle up %v1355, %v682, %v651 : f32
            %v1359, %v1360 = gpu.shuffle up %v1356, %v682, %v651 : f32
            %v1361 = arith.mulf %v1355, %v1357 fastmath<contract> : f32
            %v1362 = arith.mulf %v1355, %v1359 fastmath<contract> : f32
            %v1363 = arith.addf %v1362, %v1356 fastmath<contract> : f32
            %v1364 = arith.cmpi uge, %v30, %v34 : i64
            %v1365 = arith.select %v1364, %v1361, %v1355 : f32
            %v1366 = arith.select %v1364, %v1363, %v1356 : f32
            %v1367, %v1368 = gpu.shuffle up %v1365, %v693, %v651 : f32
            %v1369, %v1370 = gpu.shuffle up %v1366, %v693, %v651 : f32
            %v1371 = arith.mulf %v1365, %v1367 fastmath<contract> : f32
            %v1372 = arith.mulf %v1365, %v1369 fastmath<contract> : f32
            %v1373 = arith.addf %v1372, %v1366 fastmath<contract> : f32
            %v1374 = arith.cmpi uge, %v30, %v1 : i64
            %v1375 = arith.select %v1374, %v1371, %v1365 : f32
            %v1376 = arith.select %v1374, %v1373, %v1366 : f32
            %v1377 = arith.cmpi eq, %v30, %v704 : i64
            %v1378 = arith.addi %v1265, %v306 : i64
            %v1379 = arith.addi %v1378, %v31 : i64
            scf.if %v1377 {
              %v1380 = llvm.getelementptr %v13[%v1379] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1375, %v1380 : f32, !llvm.ptr
              %v1381 = llvm.getelementptr %v15[%v1379] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1376, %v1381 : f32, !llvm.ptr
            }
            %v1382, %v1383 = gpu.shuffle up %v1375, %v138, %v651 : f32
            %v1384, %v1385 = gpu.shuffle up %v1376, %v138, %v651 : f32
            %v1386 = arith.cmpi eq, %v30, %v32 : i64
            %v1387 = arith.select %v1386, %v191, %v1382 : f32
            %v1388 = arith.select %v1386, %v50, %v1384 : f32
            // across warps: each thread composes the warps' totals before its own, and all of them
            gpu.barrier
            %v1389 = llvm.getelementptr %v13[%v1265] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1390 = llvm.load %v1389 : !llvm.ptr -> f32
            %v1391 = llvm.getelementptr %v15[%v1265] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1392 = llvm.load %v1391 : !llvm.ptr -> f32
            %v1393 = arith.mulf %v1390, %v191 fastmath<contract> : f32
            %v1394 = arith.mulf %v1390, %v50 fastmath<contract> : f32
            %v1395 = arith.addf %v1394, %v1392 fastmath<contract> : f32
            %v1396 = arith.cmpi ugt, %v31, %v32 : i64
            %v1397 = arith.select %v1396, %v1393, %v191 : f32
            %v1398 = arith.select %v1396, %v1395, %v50 : f32
            %v1399 = arith.addi %v1265, %v2 : i64
            %v1400 = llvm.getelementptr %v13[%v1399] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1401 = llvm.load %v1400 : !llvm.ptr -> f32
            %v1402 = llvm.getelementptr %v15[%v1399] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1403 = llvm.load %v1402 : !llvm.ptr -> f32
            %v1404 = arith.mulf %v1401, %v1393 fastmath<contract> : f32
            %v1405 = arith.mulf %v1401, %v1395 fastmath<contract> : f32
            %v1406 = arith.addf %v1405, %v1403 fastmath<contract> : f32
            %v1407 = arith.cmpi ugt, %v31, %v2 : i64
            %v1408 = arith.select %v1407, %v1404, %v1397 : f32
            %v1409 = arith.select %v1407, %v1406, %v1398 : f32
            %v1410 = arith.addi %v1265, %v63 : i64
            %v1411 = llvm.getelementptr %v13[%v1410] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1412 = llvm.load %v1411 : !llvm.ptr -> f32
            %v1413 = llvm.getelementptr %v15[%v1410] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1414 = llvm.load %v1413 : !llvm.ptr -> f32
            %v1415 = arith.mulf %v1412, %v1404 fastmath<contract> : f32
            %v1416 = arith.mulf %v1412, %v1406 fastmath<contract> : f32
            %v1417 = arith.addf %v1416, %v1414 fastmath<contract> : f32
            %v1418 = arith.cmpi ugt, %v31, %v63 : i64
            %v1419 = arith.select %v1418, %v1415, %v1408 : f32
            %v1420 = arith.select %v1418, %v1417, %v1409 : f32
            %v1421 = arith.addi %v1265, %v277 : i64
            %v1422 = llvm.getelementptr %v13[%v1421] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1423 = llvm.load %v1422 : !llvm.ptr -> f32
            %v1424 = llvm.getelementptr %v15[%v1421] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1425 = llvm.load %v1424 : !llvm.ptr -> f32
            %v1426 = arith.mulf %v1423, %v1415 fastmath<contract> : f32
            %v1427 = arith.mulf %v1423, %v1417 fastmath<contract> : f32
            %v1428 = arith.addf %v1427, %v1425 fastmath<contract> : f32
            %v1429 = arith.mulf %v1325, %v1419 fastmath<contract> : f32
            %v1430 = arith.mulf %v1325, %v1420 fastmath<contract> : f32
            %v1431 = arith.addf %v1430, %v1326 fastmath<contract> : f32
            %v1432 = arith.addi %v1265, %v306 : i64
            %v1433 = llvm.getelementptr %v13[%v1432] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1434 = llvm.load %v1433 : !llvm.ptr -> f32
            %v1435 = llvm.getelementptr %v15[%v1432] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1436 = llvm.load %v1435 : !llvm.ptr -> f32
            %v1437 = arith.mulf %v1434, %v191 fastmath<contract> : f32
            %v1438 = arith.mulf %v1434, %v50 fastmath<contract> : f32
            %v1439 = arith.addf %v1438, %v1436 fastmath<contract> : f32
            %v1440 = arith.cmpi ugt, %v31, %v32 : i64
            %v1441 = arith.select %v1440, %v1437, %v191 : f32
            %v1442 = arith.select %v1440, %v1439, %v50 : f32
            %v1443 = arith.addi %v1265, %v306 : i64
            %v1444 = arith.addi %v1443, %v2 : i64
            %v1445 = llvm.getelementptr %v13[%v1444] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1446 = llvm.load %v1445 : !llvm.ptr -> f32
            %v1447 = llvm.getelementptr %v15[%v1444] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1448 = llvm.load %v1447 : !llvm.ptr -> f32
            %v1449 = arith.mulf %v1446, %v1437 fastmath<contract> : f32
            %v1450 = arith.mulf %v1446, %v1439 fastmath<contract> : f32
            %v1451 = arith.addf %v1450, %v1448 fastmath<contract> : f32
            %v1452 = arith.cmpi ugt, %v31, %v2 : i64
            %v1453 = arith.select %v1452, %v1449, %v1441 : f32
            %v1454 = arith.select %v1452, %v1451, %v1442 : f32
            %v1455 = arith.addi %v1265, %v306 : i64
            %v1456 = arith.addi %v1455, %v63 : i64
            %v1457 = llvm.getelementptr %v13[%v1456] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1458 = llvm.load %v1457 : !llvm.ptr -> f32
            %v1459 = llvm.getelementptr %v15[%v1456] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1460 = llvm.load %v1459 : !llvm.ptr -> f32
            %v1461 = arith.mulf %v1458, %v1449 fastmath<contract> : f32
            %v1462 = arith.mulf %v1458, %v1451 fastmath<contract> : f32
            %v1463 = arith.addf %v1462, %v1460 fastmath<contract> : f32
            %v1464 = arith.cmpi ugt, %v31, %v63 : i64
            %v1465 = arith.select %v1464, %v1461, %v1453 : f32
            %v1466 = arith.select %v1464, %v1463, %v1454 : f32
            %v1467 = arith.addi %v1265, %v306 : i64
            %v1468 = arith.addi %v1467, %v277 : i64
            %v1469 = llvm.getelementptr %v13[%v1468] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1470 = llvm.load %v1469 : !llvm.ptr -> f32
            %v1471 = llvm.getelementptr %v15[%v1468] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1472 = llvm.load %v1471 : !llvm.ptr -> f32
            %v1473 = arith.mulf %v1470, %v1461 fastmath<contract> : f32
            %v1474 = arith.mulf %v1470, %v1463 fastmath<contract> : f32
            %v1475 = arith.addf %v1474, %v1472 fastmath<contract> : f32
            %v1476 = arith.mulf %v1387, %v1465 fastmath<contract> : f32
            %v1477 = arith.mulf %v1387, %v1466 fastmath<contract> : f32
            %v1478 = arith.addf %v1477, %v1388 fastmath<contract> : f32
            %v1479 = arith.muli %v1167, %v63 : i64
            %v1480 = arith.addi %v114, %v1479 : i64
            %v1481 = llvm.getelementptr %v17[%v1480] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1482 = llvm.load %v1481 : !llvm.ptr -> f32
            %v1483 = arith.mulf %v1429, %v1482 fastmath<contract> : f32
            %v1484 = arith.addf %v1483, %v1431 fastmath<contract> : f32
            llvm.store %v1484, %v4 : f32, !llvm.ptr
            %v1485 = arith.mulf %v1426, %v1482 fastmath<contract> : f32
            %v1486 = arith.addf %v1485, %v1428 fastmath<contract> : f32
            %v1487 = arith.muli %v1167, %v63 : i64
            %v1488 = arith.addi %v1487, %v2 : i64
            %v1489 = arith.addi %v114, %v1488 : i64
            %v1490 = llvm.getelementptr %v17[%v1489] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1491 = llvm.load %v1490 : !llvm.ptr -> f32
            %v1492 = arith.mulf %v1476, %v1491 fastmath<contract> : f32
            %v1493 = arith.addf %v1492, %v1478 fastmath<contract> : f32
            llvm.store %v1493, %v5 : f32, !llvm.ptr
            %v1494 = arith.mulf %v1473, %v1491 fastmath<contract> : f32
            %v1495 = arith.addf %v1494, %v1475 fastmath<contract> : f32
            %v1496 = arith.index_cast %v32 : i64 to index
            %v1497 = arith.index_cast %v121 : i64 to index
            %v1498 = arith.index_cast %v2 : i64 to index
            scf.for %v1499 = %v1496 to %v1497 step %v1498 {
              %v1500 = arith.index_cast %v1499 : index to i64
              %v1501 = arith.addi %v118, %v1500 : i64
              %v1502 = llvm.getelementptr %v105[%v1500] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              // save the states at checkpoint steps (when given somewhere to save them)
              %v1503 = arith.remui %v1501, %v918 : i64
              %v1504 = arith.cmpi eq, %v1503, %v32 : i64
              %v1505 = arith.andi %v1504, %v22 : i1
              scf.if %v1505 {
                %v1506 = arith.divui %v1501, %v918 : i64
                %v1507 = llvm.mlir.zero : !llvm.ptr
                %v1508 = llvm.icmp "ne" %ckpt_h, %v1507 : !llvm.ptr
                scf.if %v1508 {
                  %v1511 = arith.muli %v1506, %v1510 : i64
                  %v1512 = llvm.load %v4 : !llvm.ptr -> f32
                  %v1513 = arith.muli %v27, %v40 : i64
                  %v1514 = arith.muli %v25, %v1 : i64
                  %v1515 = arith.addi %v1513, %v1514 : i64
                  %v1516 = arith.addi %v1515, %v1167 : i64
                  %v1517 = arith.addi %v1511, %v1516 : i64
                  %v1518 = llvm.getelementptr %ckpt_h[%v1517] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1512, %v1518 : f32, !llvm.ptr
                  %v1519 = llvm.load %v5 : !llvm.ptr -> f32
                  %v1520 = arith.muli %v27, %v40 : i64
                  %v1521 = arith.muli %v25, %v1 : i64
                  %v1522 = arith.addi %v1520, %v1521 : i64
                  %v1523 = arith.constant 8 : i64
                  %v1524 = arith.addi %v1523, %v1167 : i64
                  %v1525 = arith.addi %v1522, %v1524 : i64
                  %v1526 = arith.addi %v1511, %v1525 : i64
                  %v1527 = llvm.getelementptr %ckpt_h[%v1526] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1519, %v1527 : f32, !llvm.ptr
                }
              }
              // end save
              %v1528 = arith.muli %v27, %v127 : i64
              %v1529 = arith.muli %v25, %size_L : i64
              %v1530 = arith.addi %v1528, %v1529 : i64
              %v1531 = arith.subi %v131, %v1501 : i64
              %v1532 = arith.addi %v1530, %v1531 : i64
              %v1533 = llvm.getelementptr %in_delta[%v1532] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1534 = llvm.load %v1533 : !llvm.ptr -> f32
              %v1535 = arith.addf %v1534, %v183 fastmath<contract> : f32
              %v1536 = arith.maximumf %v1535, %v50 : f32
              %v1537 = llvm.call_intrinsic "llvm.fabs.f32"(%v1535) : (f32) -> f32
              %v1538 = arith.negf %v1537 : f32
              %v1539 = arith.mulf %v1538, %v188 fastmath<contract> : f32
              %v1540 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1539) : (f32) -> f32
              %v1541 = arith.addf %v191, %v1540 fastmath<contract> : f32
              %v1542 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v1541) : (f32) -> f32
              %v1543 = arith.mulf %v1542, %v194 fastmath<contract> : f32
              %v1544 = arith.mulf %v196, %v1540 fastmath<contract> : f32
              %v1545 = arith.addf %v1544, %v198 fastmath<contract> : f32
              %v1546 = arith.mulf %v1545, %v1540 fastmath<contract> : f32
              %v1547 = arith.addf %v1546, %v201 fastmath<contract> : f32
              %v1548 = arith.mulf %v1547, %v1540 fastmath<contract> : f32
              %v1549 = arith.addf %v1548, %v204 fastmath<contract> : f32
              %v1550 = arith.mulf %v1549, %v1540 fastmath<contract> : f32
              %v1551 = arith.addf %v1550, %v207 fastmath<contract> : f32
              %v1552 = arith.mulf %v1551, %v1540 fastmath<contract> : f32
              %v1553 = arith.addf %v1552, %v210 fastmath<contract> : f32
              %v1554 = arith.mulf %v1553, %v1540 fastmath<contract> : f32
              %v1555 = arith.addf %v1554, %v191 fastmath<contract> : f32
              %v1556 = arith.mulf %v1555, %v1540 fastmath<contract> : f32
              %v1557 = llvm.call_intrinsic "llvm.fabs.f32"(%v1540) : (f32) -> f32
              %v1558 = arith.cmpf olt, %v1557, %v216 : f32
              %v1559 = arith.select %v1558, %v1556, %v1543 : f32
              %v1560 = arith.addf %v1536, %v1559 fastmath<contract> : f32
              %v1561 = arith.mulf %v1560, %v1172 fastmath<contract> : f32
              %v1562 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1561) : (f32) -> f32
              %v1563 = arith.muli %v27, %v470 : i64
              %v1564 = arith.subi %v131, %v1501 : i64
              %v1565 = arith.addi %v1563, %v1564 : i64
              %v1566 = arith.muli %v1167, %size_L : i64
              %v1567 = arith.addi %v1565, %v1566 : i64
              %v1568 = llvm.getelementptr %in_Bm[%v1567] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1569 = llvm.load %v1568 : !llvm.ptr -> f32
              %v1570 = arith.muli %v27, %v127 : i64
              %v1571 = arith.muli %v25, %size_L : i64
              %v1572 = arith.addi %v1570, %v1571 : i64
              %v1573 = arith.subi %v131, %v1501 : i64
              %v1574 = arith.addi %v1572, %v1573 : i64
              %v1575 = llvm.getelementptr %in_u[%v1574] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1576 = llvm.load %v1575 : !llvm.ptr -> f32
              %v1577 = arith.mulf %v1560, %v1576 fastmath<contract> : f32
              %v1578 = arith.mulf %v1569, %v1577 fastmath<contract> : f32
              %v1579 = llvm.load %v4 : !llvm.ptr -> f32
              %v1580 = arith.mulf %v1562, %v1579 fastmath<contract> : f32
              %v1581 = arith.addf %v1580, %v1578 fastmath<contract> : f32
              %v1582 = arith.mulf %v1560, %v1179 fastmath<contract> : f32
              %v1583 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1582) : (f32) -> f32
              %v1584 = arith.muli %v27, %v470 : i64
              %v1585 = arith.subi %v131, %v1501 : i64
              %v1586 = arith.addi %v1584, %v1585 : i64
              %v1587 = arith.constant 8 : i64
              %v1588 = arith.addi %v1587, %v1167 : i64
              %v1589 = arith.muli %v1588, %size_L : i64
              %v1590 = arith.addi %v1586, %v1589 : i64
              %v1591 = llvm.getelementptr %in_Bm[%v1590] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1592 = llvm.load %v1591 : !llvm.ptr -> f32
              %v1593 = arith.mulf %v1592, %v1577 fastmath<contract> : f32
              %v1594 = llvm.load %v5 : !llvm.ptr -> f32
              %v1595 = arith.mulf %v1583, %v1594 fastmath<contract> : f32
              %v1596 = arith.addf %v1595, %v1593 fastmath<contract> : f32
              llvm.store %v1581, %v4 : f32, !llvm.ptr
              llvm.store %v1596, %v5 : f32, !llvm.ptr
              %v1597 = arith.muli %v27, %v470 : i64
              %v1598 = arith.subi %v131, %v1501 : i64
              %v1599 = arith.addi %v1597, %v1598 : i64
              %v1600 = arith.muli %v1167, %size_L : i64
              %v1601 = arith.addi %v1599, %v1600 : i64
              %v1602 = llvm.getelementptr %in_Cm[%v1601] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1603 = llvm.load %v1602 : !llvm.ptr -> f32
              %v1604 = llvm.load %v4 : !llvm.ptr -> f32
              %v1605 = arith.mulf %v1603, %v1604 fastmath<contract> : f32
              %v1606 = llvm.load %v1502 : !llvm.ptr -> f32
              %v1607 = arith.addf %v1606, %v1605 fastmath<contract> : f32
              llvm.store %v1607, %v1502 : f32, !llvm.ptr
              %v1608 = arith.muli %v27, %v470 : i64
              %v1609 = arith.subi %v131, %v1501 : i64
              %v1610 = arith.addi %v1608, %v1609 : i64
              %v1611 = arith.constant 8 : i64
              %v1612 = arith.addi %v1611, %v1167 : i64
              %v1613 = arith.muli %v1612, %size_L : i64
              %v1614 = arith.addi %v1610, %v1613 : i64
              %v1615 = llvm.getelementptr %in_Cm[%v1614] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1616 = llvm.load %v1615 : !llvm.ptr -> f32
              %v1617 = llvm.load %v5 : !llvm.ptr -> f32
              %v1618 = arith.mulf %v1616, %v1617 fastmath<contract> : f32
              %v1619 = llvm.load %v1502 : !llvm.ptr -> f32
              %v1620 = arith.addf %v1619, %v1618 fastmath<contract> : f32
              llvm.store %v1620, %v1502 : f32, !llvm.ptr
            }
            scf.if %v33 {
              %v1621 = arith.muli %v1167, %v63 : i64
              %v1622 = arith.addi %v115, %v1621 : i64
              %v1623 = llvm.getelementptr %v17[%v1622] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1486, %v1623 : f32, !llvm.ptr
              %v1624 = arith.muli %v1167, %v63 : i64
              %v1625 = arith.addi %v1624, %v2 : i64
              %v1626 = arith.addi %v115, %v1625 : i64
              %v1627 = llvm.getelementptr %v17[%v1626] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1495, %v1627 : f32, !llvm.ptr
            }
          }
          %v1628 = arith.index_cast %v32 : i64 to index
          %v1629 = arith.index_cast %v121 : i64 to index
          %v1630 = arith.index_cast %v2 : i64 to index
          scf.for %v1631 = %v1628 to %v1629 step %v1630 {
            %v1632 = arith.index_cast %v1631 : index to i64
            %v1633 = arith.addi %v118, %v1632 : i64
            %v1634 = llvm.getelementptr %v105[%v1632] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1635 = llvm.load %v1634 : !llvm.ptr -> f32
            %v1636 = arith.muli %v27, %v127 : i64
            %v1637 = arith.muli %v25, %size_L : i64
            %v1638 = arith.addi %v1636, %v1637 : i64
            %v1639 = arith.subi %v131, %v1633 : i64
            %v1640 = arith.addi %v1638, %v1639 : i64
            %v1641 = llvm.getelementptr %in_u[%v1640] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1642 = llvm.load %v1641 : !llvm.ptr -> f32
            %v1643 = arith.mulf %v1642, %v436 fastmath<contract> : f32
            %v1644 = arith.addf %v1635, %v1643 fastmath<contract> : f32
            %v1645 = arith.muli %v27, %v127 : i64
            %v1646 = arith.muli %v25, %size_L : i64
            %v1647 = arith.addi %v1645, %v1646 : i64
            %v1648 = arith.subi %v131, %v1633 : i64
            %v1649 = arith.addi %v1647, %v1648 : i64
            %v1650 = llvm.getelementptr %in_z[%v1649] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1651 = llvm.load %v1650 : !llvm.ptr -> f32
            %v1652 = arith.negf %v1651 : f32
            %v1653 = arith.mulf %v1652, %v188 fastmath<contract> : f32
            %v1654 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1653) : (f32) -> f32
            %v1655 = arith.addf %v191, %v1654 fastmath<contract> : f32
            %v1656 = arith.divf %v191, %v1655 : f32
            %v1657 = arith.mulf %v1651, %v1656 fastmath<contract> : f32
            %v1658 = arith.mulf %v1644, %v1657 fastmath<contract> : f32
            scf.if %v22 {
              %v1659 = arith.muli %v27, %v127 : i64
              %v1660 = arith.muli %v25, %size_L : i64
              %v1661 = arith.addi %v1659, %v1660 : i64
              %v1662 = arith.subi %v131, %v1633 : i64
              %v1663 = arith.addi %v1661, %v1662 : i64
              %v1664 = llvm.getelementptr %out_y[%v1663] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1658, %v1664 : f32, !llvm.ptr
            }
          }
        }
      }
      // end scan
      gpu.barrier
      %v1665 = arith.andi %v22, %v33 : i1
      %v1667 = arith.addi %size_L, %v1666 : i64
      %v1668 = arith.divui %v1667, %v96 : i64
      %v1669 = arith.andi %v1668, %v2 : i64
      %v1670 = arith.muli %v1669, %v1 : i64
      %v1671 = arith.index_cast %v32 : i64 to index
      %v1672 = arith.index_cast %v34 : i64 to index
      %v1673 = arith.index_cast %v2 : i64 to index
      scf.for %v1674 = %v1671 to %v1672 step %v1673 {
        %v1675 = arith.index_cast %v1674 : index to i64
        %v1676 = arith.muli %v1675, %v63 : i64
        %v1677 = arith.addi %v1670, %v1676 : i64
        %v1678 = llvm.getelementptr %v17[%v1677] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1679 = llvm.load %v1678 : !llvm.ptr -> f32
        llvm.store %v1679, %v10 : f32, !llvm.ptr
        %v1680 = arith.muli %v1675, %v63 : i64
        %v1681 = arith.addi %v1680, %v2 : i64
        %v1682 = arith.addi %v1670, %v1681 : i64
        %v1683 = llvm.getelementptr %v17[%v1682] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1684 = llvm.load %v1683 : !llvm.ptr -> f32
        llvm.store %v1684, %v11 : f32, !llvm.ptr
        %v1685 = llvm.load %v10 : !llvm.ptr -> f32
        %v1686 = llvm.load %v11 : !llvm.ptr -> f32
        scf.if %v1665 {
          %v1687 = arith.muli %v27, %v40 : i64
          %v1688 = arith.muli %v25, %v1 : i64
          %v1689 = arith.addi %v1687, %v1688 : i64
          %v1690 = arith.addi %v1689, %v1675 : i64
          %v1691 = llvm.getelementptr %out_h_first[%v1690] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v1685, %v1691 : f32, !llvm.ptr
          %v1692 = arith.muli %v27, %v40 : i64
          %v1693 = arith.muli %v25, %v1 : i64
          %v1694 = arith.addi %v1692, %v1693 : i64
          %v1695 = arith.constant 8 : i64
          %v1696 = arith.addi %v1695, %v1675 : i64
          %v1697 = arith.addi %v1694, %v1696 : i64
          %v1698 = llvm.getelementptr %out_h_first[%v1697] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v1686, %v1698 : f32, !llvm.ptr
        }
      }
      gpu.return
    }
  }
}
