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
      %v657 = arith.constant 32 : i32
      %v688 = arith.constant 8 : i32
      %v699 = arith.constant 16 : i32
      %v710 = arith.constant 31 : i64
      %v930 = arith.constant 64 : i64
      %v937 = arith.muli %size_B, %size_D : i64
      %v938 = arith.muli %v937, %v1 : i64
      %v1521 = arith.muli %size_B, %size_D : i64
      %v1522 = arith.muli %v1521, %v1 : i64
      %v1678 = arith.constant 1023 : i64
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
            %v469 = arith.addi %v456, %v2 : i64
            %v470 = arith.cmpi ult, %v469, %v34 : i64
            %v471 = arith.addi %v118, %v125 : i64
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
            %v527 = arith.addi %v118, %v2 : i64
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
            %v544 = arith.addi %v118, %v63 : i64
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
            %v561 = arith.addi %v118, %v277 : i64
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
            %v578 = arith.addi %v118, %v306 : i64
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
            %v595 = arith.addi %v118, %v335 : i64
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
            %v612 = arith.addi %v118, %v364 : i64
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
            %v629 = arith.addi %v118, %v125 : i64
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
            // 2. the block's scan of this point's maps
            %v650 = llvm.load %v6 : !llvm.ptr -> f32
            %v651 = llvm.load %v8 : !llvm.ptr -> f32
            %v652 = llvm.load %v7 : !llvm.ptr -> f32
            %v653 = llvm.load %v9 : !llvm.ptr -> f32
            %v654 = arith.addi %v116, %v456 : i64
            %v655 = arith.andi %v654, %v2 : i64
            %v656 = arith.muli %v655, %v34 : i64
            %v658, %v659 = gpu.shuffle up %v650, %v138, %v657 : f32
            %v660, %v661 = gpu.shuffle up %v651, %v138, %v657 : f32
            %v662 = arith.mulf %v650, %v658 fastmath<contract> : f32
            %v663 = arith.mulf %v650, %v660 fastmath<contract> : f32
            %v664 = arith.addf %v663, %v651 fastmath<contract> : f32
            %v665 = arith.cmpi uge, %v30, %v2 : i64
            %v666 = arith.select %v665, %v662, %v650 : f32
            %v667 = arith.select %v665, %v664, %v651 : f32
            %v668, %v669 = gpu.shuffle up %v666, %v140, %v657 : f32
            %v670, %v671 = gpu.shuffle up %v667, %v140, %v657 : f32
            %v672 = arith.mulf %v666, %v668 fastmath<contract> : f32
            %v673 = arith.mulf %v666, %v670 fastmath<contract> : f32
            %v674 = arith.addf %v673, %v667 fastmath<contract> : f32
            %v675 = arith.cmpi uge, %v30, %v63 : i64
            %v676 = arith.select %v675, %v672, %v666 : f32
            %v677 = arith.select %v675, %v674, %v667 : f32
            %v678, %v679 = gpu.shuffle up %v676, %v144, %v657 : f32
            %v680, %v681 = gpu.shuffle up %v677, %v144, %v657 : f32
            %v682 = arith.mulf %v676, %v678 fastmath<contract> : f32
            %v683 = arith.mulf %v676, %v680 fastmath<contract> : f32
            %v684 = arith.addf %v683, %v677 fastmath<contract> : f32
            %v685 = arith.cmpi uge, %v30, %v306 : i64
            %v686 = arith.select %v685, %v682, %v676 : f32
            %v687 = arith.select %v685, %v684, %v677 : f32
            %v689, %v690 = gpu.shuffle up %v686, %v688, %v657 : f32
            %v691, %v692 = gpu.shuffle up %v687, %v688, %v657 : f32
            %v693 = arith.mulf %v686, %v689 fastmath<contract> : f32
            %v694 = arith.mulf %v686, %v691 fastmath<contract> : f32
            %v695 = arith.addf %v694, %v687 fastmath<contract> : f32
            %v696 = arith.cmpi uge, %v30, %v34 : i64
            %v697 = arith.select %v696, %v693, %v686 : f32
            %v698 = arith.select %v696, %v695, %v687 : f32
            %v700, %v701 = gpu.shuffle up %v697, %v699, %v657 : f32
            %v702, %v703 = gpu.shuffle up %v698, %v699, %v657 : f32
            %v704 = arith.mulf %v697, %v700 fastmath<contract> : f32
            %v705 = arith.mulf %v697, %v702 fastmath<contract> : f32
            %v706 = arith.addf %v705, %v698 fastmath<contract> : f32
            %v707 = arith.cmpi uge, %v30, %v1 : i64
            %v708 = arith.select %v707, %v704, %v697 : f32
            %v709 = arith.select %v707, %v706, %v698 : f32
            %v711 = arith.cmpi eq, %v30, %v710 : i64
            %v712 = arith.addi %v656, %v31 : i64
            scf.if %v711 {
              %v713 = llvm.getelementptr %v13[%v712] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v708, %v713 : f32, !llvm.ptr
              %v714 = llvm.getelementptr %v15[%v712] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v709, %v714 : f32, !llvm.ptr
            }
            %v715, %v716 = gpu.shuffle up %v708, %v138, %v657 : f32
            %v717, %v718 = gpu.shuffle up %v709, %v138, %v657 : f32
            %v719 = arith.cmpi eq, %v30, %v32 : i64
            %v720 = arith.select %v719, %v191, %v715 : f32
            %v721 = arith.select %v719, %v50, %v717 : f32
            %v722, %v723 = gpu.shuffle up %v652, %v138, %v657 : f32
            %v724, %v725 = gpu.shuffle up %v653, %v138, %v657 : f32
            %v726 = arith.mulf %v652, %v722 fastmath<contract> : f32
            %v727 = arith.mulf %v652, %v724 fastmath<contract> : f32
            %v728 = arith.addf %v727, %v653 fastmath<contract> : f32
            %v729 = arith.cmpi uge, %v30, %v2 : i64
            %v730 = arith.select %v729, %v726, %v652 : f32
            %v731 = arith.select %v729, %v728, %v653 : f32
            %v732, %v733 = gpu.shuffle up %v730, %v140, %v657 : f32
            %v734, %v735 = gpu.shuffle up %v731, %v140, %v657 : f32
            %v736 = arith.mulf %v730, %v732 fastmath<contract> : f32
            %v737 = arith.mulf %v730, %v734 fastmath<contract> : f32
            %v738 = arith.addf %v737, %v731 fastmath<contract> : f32
            %v739 = arith.cmpi uge, %v30, %v63 : i64
            %v740 = arith.select %v739, %v736, %v730 : f32
            %v741 = arith.select %v739, %v738, %v731 : f32
            %v742, %v743 = gpu.shuffle up %v740, %v144, %v657 : f32
            %v744, %v745 = gpu.shuffle up %v741, %v144, %v657 : f32
            %v746 = arith.mulf %v740, %v742 fastmath<contract> : f32
            %v747 = arith.mulf %v740, %v744 fastmath<contract> : f32
            %v748 = arith.addf %v747, %v741 fastmath<contract> : f32
            %v749 = arith.cmpi uge, %v30, %v306 : i64
            %v750 = arith.select %v749, %v746, %v740 : f32
            %v751 = arith.select %v749, %v748, %v741 : f32
            %v752, %v753 = gpu.shuffle up %v750, %v688, %v657 : f32
            %v754, %v755 = gpu.shuffle up %v751, %v688, %v657 : f32
            %v756 = arith.mulf %v750, %v752 fastmath<contract> : f32
            %v757 = arith.mulf %v750, %v754 fastmath<contract> : f32
            %v758 = arith.addf %v757, %v751 fastmath<contract> : f32
            %v759 = arith.cmpi uge, %v30, %v34 : i64
            %v760 = arith.select %v759, %v756, %v750 : f32
            %v761 = arith.select %v759, %v758, %v751 : f32
            %v762, %v763 = gpu.shuffle up %v760, %v699, %v657 : f32
            %v764, %v765 = gpu.shuffle up %v761, %v699, %v657 : f32
            %v766 = arith.mulf %v760, %v762 fastmath<contract> : f32
            %v767 = arith.mulf %v760, %v764 fastmath<contract> : f32
            %v768 = arith.addf %v767, %v761 fastmath<contract> : f32
            %v769 = arith.cmpi uge, %v30, %v1 : i64
            %v770 = arith.select %v769, %v766, %v760 : f32
            %v771 = arith.select %v769, %v768, %v761 : f32
            %v772 = arith.cmpi eq, %v30, %v710 : i64
            %v773 = arith.addi %v656, %v306 : i64
            %v774 = arith.addi %v773, %v31 : i64
            scf.if %v772 {
              %v775 = llvm.getelementptr %v13[%v774] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v770, %v775 : f32, !llvm.ptr
              %v776 = llvm.getelementptr %v15[%v774] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v771, %v776 : f32, !llvm.ptr
            }
            %v777, %v778 = gpu.shuffle up %v770, %v138, %v657 : f32
            %v779, %v780 = gpu.shuffle up %v771, %v138, %v657 : f32
            %v781 = arith.cmpi eq, %v30, %v32 : i64
            %v782 = arith.select %v781, %v191, %v777 : f32
            %v783 = arith.select %v781, %v50, %v779 : f32
            // across warps: each thread composes the warps' totals before its own, and all of them
            gpu.barrier
            %v784 = llvm.getelementptr %v13[%v656] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v785 = llvm.load %v784 : !llvm.ptr -> f32
            %v786 = llvm.getelementptr %v15[%v656] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v787 = llvm.load %v786 : !llvm.ptr -> f32
            %v788 = arith.mulf %v785, %v191 fastmath<contract> : f32
            %v789 = arith.mulf %v785, %v50 fastmath<contract> : f32
            %v790 = arith.addf %v789, %v787 fastmath<contract> : f32
            %v791 = arith.cmpi ugt, %v31, %v32 : i64
            %v792 = arith.select %v791, %v788, %v191 : f32
            %v793 = arith.select %v791, %v790, %v50 : f32
            %v794 = arith.addi %v656, %v2 : i64
            %v795 = llvm.getelementptr %v13[%v794] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v796 = llvm.load %v795 : !llvm.ptr -> f32
            %v797 = llvm.getelementptr %v15[%v794] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v798 = llvm.load %v797 : !llvm.ptr -> f32
            %v799 = arith.mulf %v796, %v788 fastmath<contract> : f32
            %v800 = arith.mulf %v796, %v790 fastmath<contract> : f32
            %v801 = arith.addf %v800, %v798 fastmath<contract> : f32
            %v802 = arith.cmpi ugt, %v31, %v2 : i64
            %v803 = arith.select %v802, %v799, %v792 : f32
            %v804 = arith.select %v802, %v801, %v793 : f32
            %v805 = arith.addi %v656, %v63 : i64
            %v806 = llvm.getelementptr %v13[%v805] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v807 = llvm.load %v806 : !llvm.ptr -> f32
            %v808 = llvm.getelementptr %v15[%v805] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v809 = llvm.load %v808 : !llvm.ptr -> f32
            %v810 = arith.mulf %v807, %v799 fastmath<contract> : f32
            %v811 = arith.mulf %v807, %v801 fastmath<contract> : f32
            %v812 = arith.addf %v811, %v809 fastmath<contract> : f32
            %v813 = arith.cmpi ugt, %v31, %v63 : i64
            %v814 = arith.select %v813, %v810, %v803 : f32
            %v815 = arith.select %v813, %v812, %v804 : f32
            %v816 = arith.addi %v656, %v277 : i64
            %v817 = llvm.getelementptr %v13[%v816] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v818 = llvm.load %v817 : !llvm.ptr -> f32
            %v819 = llvm.getelementptr %v15[%v816] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v820 = llvm.load %v819 : !llvm.ptr -> f32
            %v821 = arith.mulf %v818, %v810 fastmath<contract> : f32
            %v822 = arith.mulf %v818, %v812 fastmath<contract> : f32
            %v823 = arith.addf %v822, %v820 fastmath<contract> : f32
            %v824 = arith.mulf %v720, %v814 fastmath<contract> : f32
            %v825 = arith.mulf %v720, %v815 fastmath<contract> : f32
            %v826 = arith.addf %v825, %v721 fastmath<contract> : f32
            %v827 = arith.addi %v656, %v306 : i64
            %v828 = llvm.getelementptr %v13[%v827] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v829 = llvm.load %v828 : !llvm.ptr -> f32
            %v830 = llvm.getelementptr %v15[%v827] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v831 = llvm.load %v830 : !llvm.ptr -> f32
            %v832 = arith.mulf %v829, %v191 fastmath<contract> : f32
            %v833 = arith.mulf %v829, %v50 fastmath<contract> : f32
            %v834 = arith.addf %v833, %v831 fastmath<contract> : f32
            %v835 = arith.cmpi ugt, %v31, %v32 : i64
            %v836 = arith.select %v835, %v832, %v191 : f32
            %v837 = arith.select %v835, %v834, %v50 : f32
            %v838 = arith.addi %v656, %v306 : i64
            %v839 = arith.addi %v838, %v2 : i64
            %v840 = llvm.getelementptr %v13[%v839] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v841 = llvm.load %v840 : !llvm.ptr -> f32
            %v842 = llvm.getelementptr %v15[%v839] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v843 = llvm.load %v842 : !llvm.ptr -> f32
            %v844 = arith.mulf %v841, %v832 fastmath<contract> : f32
            %v845 = arith.mulf %v841, %v834 fastmath<contract> : f32
            %v846 = arith.addf %v845, %v843 fastmath<contract> : f32
            %v847 = arith.cmpi ugt, %v31, %v2 : i64
            %v848 = arith.select %v847, %v844, %v836 : f32
            %v849 = arith.select %v847, %v846, %v837 : f32
            %v850 = arith.addi %v656, %v306 : i64
            %v851 = arith.addi %v850, %v63 : i64
            %v852 = llvm.getelementptr %v13[%v851] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v853 = llvm.load %v852 : !llvm.ptr -> f32
            %v854 = llvm.getelementptr %v15[%v851] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v855 = llvm.load %v854 : !llvm.ptr -> f32
            %v856 = arith.mulf %v853, %v844 fastmath<contract> : f32
            %v857 = arith.mulf %v853, %v846 fastmath<contract> : f32
            %v858 = arith.addf %v857, %v855 fastmath<contract> : f32
            %v859 = arith.cmpi ugt, %v31, %v63 : i64
            %v860 = arith.select %v859, %v856, %v848 : f32
            %v861 = arith.select %v859, %v858, %v849 : f32
            %v862 = arith.addi %v656, %v306 : i64
            %v863 = arith.addi %v862, %v277 : i64
            %v864 = llvm.getelementptr %v13[%v863] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v865 = llvm.load %v864 : !llvm.ptr -> f32
            %v866 = llvm.getelementptr %v15[%v863] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v867 = llvm.load %v866 : !llvm.ptr -> f32
            %v868 = arith.mulf %v865, %v856 fastmath<contract> : f32
            %v869 = arith.mulf %v865, %v858 fastmath<contract> : f32
            %v870 = arith.addf %v869, %v867 fastmath<contract> : f32
            %v871 = arith.mulf %v782, %v860 fastmath<contract> : f32
            %v872 = arith.mulf %v782, %v861 fastmath<contract> : f32
            %v873 = arith.addf %v872, %v783 fastmath<contract> : f32
            %v874 = arith.muli %v456, %v63 : i64
            %v875 = arith.addi %v114, %v874 : i64
            %v876 = llvm.getelementptr %v17[%v875] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v877 = llvm.load %v876 : !llvm.ptr -> f32
            %v878 = arith.mulf %v824, %v877 fastmath<contract> : f32
            %v879 = arith.addf %v878, %v826 fastmath<contract> : f32
            llvm.store %v879, %v4 : f32, !llvm.ptr
            %v880 = arith.mulf %v821, %v877 fastmath<contract> : f32
            %v881 = arith.addf %v880, %v823 fastmath<contract> : f32
            %v882 = arith.muli %v456, %v63 : i64
            %v883 = arith.addi %v882, %v2 : i64
            %v884 = arith.addi %v114, %v883 : i64
            %v885 = llvm.getelementptr %v17[%v884] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v886 = llvm.load %v885 : !llvm.ptr -> f32
            %v887 = arith.mulf %v871, %v886 fastmath<contract> : f32
            %v888 = arith.addf %v887, %v873 fastmath<contract> : f32
            llvm.store %v888, %v5 : f32, !llvm.ptr
            %v889 = arith.mulf %v868, %v886 fastmath<contract> : f32
            %v890 = arith.addf %v889, %v870 fastmath<contract> : f32
            // 3. the K steps again: checkpoints, outputs at this point, sums' terms
            %v891 = arith.addi %v118, %v125 : i64
            %v892 = arith.muli %v27, %v472 : i64
            %v893 = arith.subi %v131, %v891 : i64
            %v894 = arith.addi %v892, %v893 : i64
            %v895 = arith.muli %v456, %size_L : i64
            %v896 = arith.addi %v894, %v895 : i64
            %v897 = llvm.getelementptr %in_Cm[%v896] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v898 = llvm.load %v897 {alignment = 32 : i64} : !llvm.ptr -> vector<8xf32>
            %v899 = llvm.getelementptr %v897[%size_L] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v900 = llvm.select %v470, %v899, %v897 : i1, !llvm.ptr
            %v901 = llvm.ptrtoint %v900 : !llvm.ptr to i64
            llvm.inline_asm has_side_effects asm_dialect = att "prefetch.L1 [$0];", "l" %v901 : (i64) -> ()
            %v902 = llvm.extractelement %v898[%v136 : i32] : vector<8xf32>
            %v903 = llvm.extractelement %v898[%v138 : i32] : vector<8xf32>
            %v904 = llvm.extractelement %v898[%v140 : i32] : vector<8xf32>
            %v905 = llvm.extractelement %v898[%v142 : i32] : vector<8xf32>
            %v906 = llvm.extractelement %v898[%v144 : i32] : vector<8xf32>
            %v907 = llvm.extractelement %v898[%v146 : i32] : vector<8xf32>
            %v908 = llvm.extractelement %v898[%v148 : i32] : vector<8xf32>
            %v909 = llvm.extractelement %v898[%v150 : i32] : vector<8xf32>
            %v910 = arith.muli %v27, %v472 : i64
            %v911 = arith.subi %v131, %v891 : i64
            %v912 = arith.addi %v910, %v911 : i64
            %v913 = arith.constant 8 : i64
            %v914 = arith.addi %v913, %v456 : i64
            %v915 = arith.muli %v914, %size_L : i64
            %v916 = arith.addi %v912, %v915 : i64
            %v917 = llvm.getelementptr %in_Cm[%v916] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v918 = llvm.load %v917 {alignment = 32 : i64} : !llvm.ptr -> vector<8xf32>
            %v919 = llvm.getelementptr %v917[%size_L] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v920 = llvm.select %v470, %v919, %v917 : i1, !llvm.ptr
            %v921 = llvm.ptrtoint %v920 : !llvm.ptr to i64
            llvm.inline_asm has_side_effects asm_dialect = att "prefetch.L1 [$0];", "l" %v921 : (i64) -> ()
            %v922 = llvm.extractelement %v918[%v136 : i32] : vector<8xf32>
            %v923 = llvm.extractelement %v918[%v138 : i32] : vector<8xf32>
            %v924 = llvm.extractelement %v918[%v140 : i32] : vector<8xf32>
            %v925 = llvm.extractelement %v918[%v142 : i32] : vector<8xf32>
            %v926 = llvm.extractelement %v918[%v144 : i32] : vector<8xf32>
            %v927 = llvm.extractelement %v918[%v146 : i32] : vector<8xf32>
            %v928 = llvm.extractelement %v918[%v148 : i32] : vector<8xf32>
            %v929 = llvm.extractelement %v918[%v150 : i32] : vector<8xf32>
            // save the states at checkpoint steps (when given somewhere to save them)
            %v931 = arith.remui %v118, %v930 : i64
            %v932 = arith.cmpi eq, %v931, %v32 : i64
            %v933 = arith.andi %v932, %v22 : i1
            scf.if %v933 {
              %v934 = arith.divui %v118, %v930 : i64
              %v935 = llvm.mlir.zero : !llvm.ptr
              %v936 = llvm.icmp "ne" %ckpt_h, %v935 : !llvm.ptr
              scf.if %v936 {
                %v939 = arith.muli %v934, %v938 : i64
                %v940 = llvm.load %v4 : !llvm.ptr -> f32
                %v941 = arith.muli %v27, %v40 : i64
                %v942 = arith.muli %v25, %v1 : i64
                %v943 = arith.addi %v941, %v942 : i64
                %v944 = arith.addi %v943, %v456 : i64
                %v945 = arith.addi %v939, %v944 : i64
                %v946 = llvm.getelementptr %ckpt_h[%v945] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                llvm.store %v940, %v946 : f32, !llvm.ptr
                %v947 = llvm.load %v5 : !llvm.ptr -> f32
                %v948 = arith.muli %v27, %v40 : i64
                %v949 = arith.muli %v25, %v1 : i64
                %v950 = arith.addi %v948, %v949 : i64
                %v951 = arith.constant 8 : i64
                %v952 = arith.addi %v951, %v456 : i64
                %v953 = arith.addi %v950, %v952 : i64
                %v954 = arith.addi %v939, %v953 : i64
                %v955 = llvm.getelementptr %ckpt_h[%v954] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                llvm.store %v947, %v955 : f32, !llvm.ptr
              }
            }
            // end save
            %v956 = llvm.load %v4 : !llvm.ptr -> f32
            %v957 = arith.mulf %v512, %v956 fastmath<contract> : f32
            %v958 = arith.addf %v957, %v513 fastmath<contract> : f32
            %v959 = llvm.load %v5 : !llvm.ptr -> f32
            %v960 = arith.mulf %v520, %v959 fastmath<contract> : f32
            %v961 = arith.addf %v960, %v521 fastmath<contract> : f32
            llvm.store %v958, %v4 : f32, !llvm.ptr
            llvm.store %v961, %v5 : f32, !llvm.ptr
            %v962 = llvm.load %v4 : !llvm.ptr -> f32
            %v963 = arith.mulf %v909, %v962 fastmath<contract> : f32
            %v964 = llvm.load %v97 : !llvm.ptr -> f32
            %v965 = arith.addf %v964, %v963 fastmath<contract> : f32
            llvm.store %v965, %v97 : f32, !llvm.ptr
            %v966 = llvm.load %v5 : !llvm.ptr -> f32
            %v967 = arith.mulf %v929, %v966 fastmath<contract> : f32
            %v968 = llvm.load %v97 : !llvm.ptr -> f32
            %v969 = arith.addf %v968, %v967 fastmath<contract> : f32
            llvm.store %v969, %v97 : f32, !llvm.ptr
            %v970 = arith.addi %v118, %v2 : i64
            %v971 = llvm.load %v4 : !llvm.ptr -> f32
            %v972 = arith.mulf %v529, %v971 fastmath<contract> : f32
            %v973 = arith.addf %v972, %v530 fastmath<contract> : f32
            %v974 = llvm.load %v5 : !llvm.ptr -> f32
            %v975 = arith.mulf %v537, %v974 fastmath<contract> : f32
            %v976 = arith.addf %v975, %v538 fastmath<contract> : f32
            llvm.store %v973, %v4 : f32, !llvm.ptr
            llvm.store %v976, %v5 : f32, !llvm.ptr
            %v977 = llvm.load %v4 : !llvm.ptr -> f32
            %v978 = arith.mulf %v908, %v977 fastmath<contract> : f32
            %v979 = llvm.load %v98 : !llvm.ptr -> f32
            %v980 = arith.addf %v979, %v978 fastmath<contract> : f32
            llvm.store %v980, %v98 : f32, !llvm.ptr
            %v981 = llvm.load %v5 : !llvm.ptr -> f32
            %v982 = arith.mulf %v928, %v981 fastmath<contract> : f32
            %v983 = llvm.load %v98 : !llvm.ptr -> f32
            %v984 = arith.addf %v983, %v982 fastmath<contract> : f32
            llvm.store %v984, %v98 : f32, !llvm.ptr
            %v985 = arith.addi %v118, %v63 : i64
            %v986 = llvm.load %v4 : !llvm.ptr -> f32
            %v987 = arith.mulf %v546, %v986 fastmath<contract> : f32
            %v988 = arith.addf %v987, %v547 fastmath<contract> : f32
            %v989 = llvm.load %v5 : !llvm.ptr -> f32
            %v990 = arith.mulf %v554, %v989 fastmath<contract> : f32
            %v991 = arith.addf %v990, %v555 fastmath<contract> : f32
            llvm.store %v988, %v4 : f32, !llvm.ptr
            llvm.store %v991, %v5 : f32, !llvm.ptr
            %v992 = llvm.load %v4 : !llvm.ptr -> f32
            %v993 = arith.mulf %v907, %v992 fastmath<contract> : f32
            %v994 = llvm.load %v99 : !llvm.ptr -> f32
            %v995 = arith.addf %v994, %v993 fastmath<contract> : f32
            llvm.store %v995, %v99 : f32, !llvm.ptr
            %v996 = llvm.load %v5 : !llvm.ptr -> f32
            %v997 = arith.mulf %v927, %v996 fastmath<contract> : f32
            %v998 = llvm.load %v99 : !llvm.ptr -> f32
            %v999 = arith.addf %v998, %v997 fastmath<contract> : f32
            llvm.store %v999, %v99 : f32, !llvm.ptr
            %v1000 = arith.addi %v118, %v277 : i64
            %v1001 = llvm.load %v4 : !llvm.ptr -> f32
            %v1002 = arith.mulf %v563, %v1001 fastmath<contract> : f32
            %v1003 = arith.addf %v1002, %v564 fastmath<contract> : f32
            %v1004 = llvm.load %v5 : !llvm.ptr -> f32
            %v1005 = arith.mulf %v571, %v1004 fastmath<contract> : f32
            %v1006 = arith.addf %v1005, %v572 fastmath<contract> : f32
            llvm.store %v1003, %v4 : f32, !llvm.ptr
            llvm.store %v1006, %v5 : f32, !llvm.ptr
            %v1007 = llvm.load %v4 : !llvm.ptr -> f32
            %v1008 = arith.mulf %v906, %v1007 fastmath<contract> : f32
            %v1009 = llvm.load %v100 : !llvm.ptr -> f32
            %v1010 = arith.addf %v1009, %v1008 fastmath<contract> : f32
            llvm.store %v1010, %v100 : f32, !llvm.ptr
            %v1011 = llvm.load %v5 : !llvm.ptr -> f32
            %v1012 = arith.mulf %v926, %v1011 fastmath<contract> : f32
            %v1013 = llvm.load %v100 : !llvm.ptr -> f32
            %v1014 = arith.addf %v1013, %v1012 fastmath<contract> : f32
            llvm.store %v1014, %v100 : f32, !llvm.ptr
            %v1015 = arith.addi %v118, %v306 : i64
            %v1016 = llvm.load %v4 : !llvm.ptr -> f32
            %v1017 = arith.mulf %v580, %v1016 fastmath<contract> : f32
            %v1018 = arith.addf %v1017, %v581 fastmath<contract> : f32
            %v1019 = llvm.load %v5 : !llvm.ptr -> f32
            %v1020 = arith.mulf %v588, %v1019 fastmath<contract> : f32
            %v1021 = arith.addf %v1020, %v589 fastmath<contract> : f32
            llvm.store %v1018, %v4 : f32, !llvm.ptr
            llvm.store %v1021, %v5 : f32, !llvm.ptr
            %v1022 = llvm.load %v4 : !llvm.ptr -> f32
            %v1023 = arith.mulf %v905, %v1022 fastmath<contract> : f32
            %v1024 = llvm.load %v101 : !llvm.ptr -> f32
            %v1025 = arith.addf %v1024, %v1023 fastmath<contract> : f32
            llvm.store %v1025, %v101 : f32, !llvm.ptr
            %v1026 = llvm.load %v5 : !llvm.ptr -> f32
            %v1027 = arith.mulf %v925, %v1026 fastmath<contract> : f32
            %v1028 = llvm.load %v101 : !llvm.ptr -> f32
            %v1029 = arith.addf %v1028, %v1027 fastmath<contract> : f32
            llvm.store %v1029, %v101 : f32, !llvm.ptr
            %v1030 = arith.addi %v118, %v335 : i64
            %v1031 = llvm.load %v4 : !llvm.ptr -> f32
            %v1032 = arith.mulf %v597, %v1031 fastmath<contract> : f32
            %v1033 = arith.addf %v1032, %v598 fastmath<contract> : f32
            %v1034 = llvm.load %v5 : !llvm.ptr -> f32
            %v1035 = arith.mulf %v605, %v1034 fastmath<contract> : f32
            %v1036 = arith.addf %v1035, %v606 fastmath<contract> : f32
            llvm.store %v1033, %v4 : f32, !llvm.ptr
            llvm.store %v1036, %v5 : f32, !llvm.ptr
            %v1037 = llvm.load %v4 : !llvm.ptr -> f32
            %v1038 = arith.mulf %v904, %v1037 fastmath<contract> : f32
            %v1039 = llvm.load %v102 : !llvm.ptr -> f32
            %v1040 = arith.addf %v1039, %v1038 fastmath<contract> : f32
            llvm.store %v1040, %v102 : f32, !llvm.ptr
            %v1041 = llvm.load %v5 : !llvm.ptr -> f32
            %v1042 = arith.mulf %v924, %v1041 fastmath<contract> : f32
            %v1043 = llvm.load %v102 : !llvm.ptr -> f32
            %v1044 = arith.addf %v1043, %v1042 fastmath<contract> : f32
            llvm.store %v1044, %v102 : f32, !llvm.ptr
            %v1045 = arith.addi %v118, %v364 : i64
            %v1046 = llvm.load %v4 : !llvm.ptr -> f32
            %v1047 = arith.mulf %v614, %v1046 fastmath<contract> : f32
            %v1048 = arith.addf %v1047, %v615 fastmath<contract> : f32
            %v1049 = llvm.load %v5 : !llvm.ptr -> f32
            %v1050 = arith.mulf %v622, %v1049 fastmath<contract> : f32
            %v1051 = arith.addf %v1050, %v623 fastmath<contract> : f32
            llvm.store %v1048, %v4 : f32, !llvm.ptr
            llvm.store %v1051, %v5 : f32, !llvm.ptr
            %v1052 = llvm.load %v4 : !llvm.ptr -> f32
            %v1053 = arith.mulf %v903, %v1052 fastmath<contract> : f32
            %v1054 = llvm.load %v103 : !llvm.ptr -> f32
            %v1055 = arith.addf %v1054, %v1053 fastmath<contract> : f32
            llvm.store %v1055, %v103 : f32, !llvm.ptr
            %v1056 = llvm.load %v5 : !llvm.ptr -> f32
            %v1057 = arith.mulf %v923, %v1056 fastmath<contract> : f32
            %v1058 = llvm.load %v103 : !llvm.ptr -> f32
            %v1059 = arith.addf %v1058, %v1057 fastmath<contract> : f32
            llvm.store %v1059, %v103 : f32, !llvm.ptr
            %v1060 = arith.addi %v118, %v125 : i64
            %v1061 = llvm.load %v4 : !llvm.ptr -> f32
            %v1062 = arith.mulf %v631, %v1061 fastmath<contract> : f32
            %v1063 = arith.addf %v1062, %v632 fastmath<contract> : f32
            %v1064 = llvm.load %v5 : !llvm.ptr -> f32
            %v1065 = arith.mulf %v639, %v1064 fastmath<contract> : f32
            %v1066 = arith.addf %v1065, %v640 fastmath<contract> : f32
            llvm.store %v1063, %v4 : f32, !llvm.ptr
            llvm.store %v1066, %v5 : f32, !llvm.ptr
            %v1067 = llvm.load %v4 : !llvm.ptr -> f32
            %v1068 = arith.mulf %v902, %v1067 fastmath<contract> : f32
            %v1069 = llvm.load %v104 : !llvm.ptr -> f32
            %v1070 = arith.addf %v1069, %v1068 fastmath<contract> : f32
            llvm.store %v1070, %v104 : f32, !llvm.ptr
            %v1071 = llvm.load %v5 : !llvm.ptr -> f32
            %v1072 = arith.mulf %v922, %v1071 fastmath<contract> : f32
            %v1073 = llvm.load %v104 : !llvm.ptr -> f32
            %v1074 = arith.addf %v1073, %v1072 fastmath<contract> : f32
            llvm.store %v1074, %v104 : f32, !llvm.ptr
            scf.if %v33 {
              %v1075 = arith.muli %v456, %v63 : i64
              %v1076 = arith.addi %v115, %v1075 : i64
              %v1077 = llvm.getelementptr %v17[%v1076] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v881, %v1077 : f32, !llvm.ptr
              %v1078 = arith.muli %v456, %v63 : i64
              %v1079 = arith.addi %v1078, %v2 : i64
              %v1080 = arith.addi %v115, %v1079 : i64
              %v1081 = llvm.getelementptr %v17[%v1080] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v890, %v1081 : f32, !llvm.ptr
            }
          }
          // 4. the outputs summed over the points, K steps per vector store
          %v1082 = llvm.load %v97 : !llvm.ptr -> f32
          %v1083 = arith.negf %v181 : f32
          %v1084 = arith.mulf %v1083, %v188 fastmath<contract> : f32
          %v1085 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1084) : (f32) -> f32
          %v1086 = arith.addf %v191, %v1085 fastmath<contract> : f32
          %v1087 = arith.divf %v191, %v1086 : f32
          %v1088 = arith.mulf %v181, %v1087 fastmath<contract> : f32
          %v1089 = arith.mulf %v1082, %v1088 fastmath<contract> : f32
          %v1090 = arith.addi %v118, %v2 : i64
          %v1091 = llvm.load %v98 : !llvm.ptr -> f32
          %v1092 = arith.negf %v180 : f32
          %v1093 = arith.mulf %v1092, %v188 fastmath<contract> : f32
          %v1094 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1093) : (f32) -> f32
          %v1095 = arith.addf %v191, %v1094 fastmath<contract> : f32
          %v1096 = arith.divf %v191, %v1095 : f32
          %v1097 = arith.mulf %v180, %v1096 fastmath<contract> : f32
          %v1098 = arith.mulf %v1091, %v1097 fastmath<contract> : f32
          %v1099 = arith.addi %v118, %v63 : i64
          %v1100 = llvm.load %v99 : !llvm.ptr -> f32
          %v1101 = arith.negf %v179 : f32
          %v1102 = arith.mulf %v1101, %v188 fastmath<contract> : f32
          %v1103 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1102) : (f32) -> f32
          %v1104 = arith.addf %v191, %v1103 fastmath<contract> : f32
          %v1105 = arith.divf %v191, %v1104 : f32
          %v1106 = arith.mulf %v179, %v1105 fastmath<contract> : f32
          %v1107 = arith.mulf %v1100, %v1106 fastmath<contract> : f32
          %v1108 = arith.addi %v118, %v277 : i64
          %v1109 = llvm.load %v100 : !llvm.ptr -> f32
          %v1110 = arith.negf %v178 : f32
          %v1111 = arith.mulf %v1110, %v188 fastmath<contract> : f32
          %v1112 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1111) : (f32) -> f32
          %v1113 = arith.addf %v191, %v1112 fastmath<contract> : f32
          %v1114 = arith.divf %v191, %v1113 : f32
          %v1115 = arith.mulf %v178, %v1114 fastmath<contract> : f32
          %v1116 = arith.mulf %v1109, %v1115 fastmath<contract> : f32
          %v1117 = arith.addi %v118, %v306 : i64
          %v1118 = llvm.load %v101 : !llvm.ptr -> f32
          %v1119 = arith.negf %v177 : f32
          %v1120 = arith.mulf %v1119, %v188 fastmath<contract> : f32
          %v1121 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1120) : (f32) -> f32
          %v1122 = arith.addf %v191, %v1121 fastmath<contract> : f32
          %v1123 = arith.divf %v191, %v1122 : f32
          %v1124 = arith.mulf %v177, %v1123 fastmath<contract> : f32
          %v1125 = arith.mulf %v1118, %v1124 fastmath<contract> : f32
          %v1126 = arith.addi %v118, %v335 : i64
          %v1127 = llvm.load %v102 : !llvm.ptr -> f32
          %v1128 = arith.negf %v176 : f32
          %v1129 = arith.mulf %v1128, %v188 fastmath<contract> : f32
          %v1130 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1129) : (f32) -> f32
          %v1131 = arith.addf %v191, %v1130 fastmath<contract> : f32
          %v1132 = arith.divf %v191, %v1131 : f32
          %v1133 = arith.mulf %v176, %v1132 fastmath<contract> : f32
          %v1134 = arith.mulf %v1127, %v1133 fastmath<contract> : f32
          %v1135 = arith.addi %v118, %v364 : i64
          %v1136 = llvm.load %v103 : !llvm.ptr -> f32
          %v1137 = arith.negf %v175 : f32
          %v1138 = arith.mulf %v1137, %v188 fastmath<contract> : f32
          %v1139 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1138) : (f32) -> f32
          %v1140 = arith.addf %v191, %v1139 fastmath<contract> : f32
          %v1141 = arith.divf %v191, %v1140 : f32
          %v1142 = arith.mulf %v175, %v1141 fastmath<contract> : f32
          %v1143 = arith.mulf %v1136, %v1142 fastmath<contract> : f32
          %v1144 = arith.addi %v118, %v125 : i64
          %v1145 = llvm.load %v104 : !llvm.ptr -> f32
          %v1146 = arith.negf %v174 : f32
          %v1147 = arith.mulf %v1146, %v188 fastmath<contract> : f32
          %v1148 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1147) : (f32) -> f32
          %v1149 = arith.addf %v191, %v1148 fastmath<contract> : f32
          %v1150 = arith.divf %v191, %v1149 : f32
          %v1151 = arith.mulf %v174, %v1150 fastmath<contract> : f32
          %v1152 = arith.mulf %v1145, %v1151 fastmath<contract> : f32
          %v1153 = arith.addi %v118, %v125 : i64
          %v1154 = llvm.mlir.undef : vector<8xf32>
          %v1155 = llvm.insertelement %v1152, %v1154[%v136 : i32] : vector<8xf32>
          %v1156 = llvm.insertelement %v1143, %v1155[%v138 : i32] : vector<8xf32>
          %v1157 = llvm.insertelement %v1134, %v1156[%v140 : i32] : vector<8xf32>
          %v1158 = llvm.insertelement %v1125, %v1157[%v142 : i32] : vector<8xf32>
          %v1159 = llvm.insertelement %v1116, %v1158[%v144 : i32] : vector<8xf32>
          %v1160 = llvm.insertelement %v1107, %v1159[%v146 : i32] : vector<8xf32>
          %v1161 = llvm.insertelement %v1098, %v1160[%v148 : i32] : vector<8xf32>
          %v1162 = llvm.insertelement %v1089, %v1161[%v150 : i32] : vector<8xf32>
          %v1163 = arith.muli %v27, %v127 : i64
          %v1164 = arith.muli %v25, %size_L : i64
          %v1165 = arith.addi %v1163, %v1164 : i64
          %v1166 = arith.subi %v131, %v1153 : i64
          %v1167 = arith.addi %v1165, %v1166 : i64
          %v1168 = llvm.getelementptr %out_y[%v1167] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          scf.if %v22 {
            llvm.store %v1162, %v1168 {alignment = 32 : i64} : vector<8xf32>, !llvm.ptr
          }
        } else {
          %v1169 = arith.index_cast %v32 : i64 to index
          %v1170 = arith.index_cast %v121 : i64 to index
          %v1171 = arith.index_cast %v2 : i64 to index
          scf.for %v1172 = %v1169 to %v1170 step %v1171 {
            %v1173 = arith.index_cast %v1172 : index to i64
            %v1174 = llvm.getelementptr %v105[%v1173] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v50, %v1174 : f32, !llvm.ptr
          }
          %v1175 = arith.index_cast %v32 : i64 to index
          %v1176 = arith.index_cast %v34 : i64 to index
          %v1177 = arith.index_cast %v2 : i64 to index
          scf.for %v1178 = %v1175 to %v1176 step %v1177 {
            %v1179 = arith.index_cast %v1178 : index to i64
            %v1180 = arith.muli %v25, %v1 : i64
            %v1181 = arith.addi %v1180, %v1179 : i64
            %v1182 = llvm.getelementptr %in_A[%v1181] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1183 = llvm.load %v1182 : !llvm.ptr -> f32
            %v1184 = arith.mulf %v1183, %v188 fastmath<contract> : f32
            %v1185 = arith.muli %v25, %v1 : i64
            %v1186 = arith.constant 8 : i64
            %v1187 = arith.addi %v1186, %v1179 : i64
            %v1188 = arith.addi %v1185, %v1187 : i64
            %v1189 = llvm.getelementptr %in_A[%v1188] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1190 = llvm.load %v1189 : !llvm.ptr -> f32
            %v1191 = arith.mulf %v1190, %v188 fastmath<contract> : f32
            llvm.store %v191, %v6 : f32, !llvm.ptr
            llvm.store %v191, %v7 : f32, !llvm.ptr
            llvm.store %v50, %v8 : f32, !llvm.ptr
            llvm.store %v50, %v9 : f32, !llvm.ptr
            %v1192 = arith.index_cast %v32 : i64 to index
            %v1193 = arith.index_cast %v121 : i64 to index
            %v1194 = arith.index_cast %v2 : i64 to index
            scf.for %v1195 = %v1192 to %v1193 step %v1194 {
              %v1196 = arith.index_cast %v1195 : index to i64
              %v1197 = arith.addi %v118, %v1196 : i64
              %v1198 = arith.muli %v27, %v127 : i64
              %v1199 = arith.muli %v25, %size_L : i64
              %v1200 = arith.addi %v1198, %v1199 : i64
              %v1201 = arith.subi %v131, %v1197 : i64
              %v1202 = arith.addi %v1200, %v1201 : i64
              %v1203 = llvm.getelementptr %in_delta[%v1202] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1204 = llvm.load %v1203 : !llvm.ptr -> f32
              %v1205 = arith.addf %v1204, %v183 fastmath<contract> : f32
              %v1206 = arith.maximumf %v1205, %v50 : f32
              %v1207 = llvm.call_intrinsic "llvm.fabs.f32"(%v1205) : (f32) -> f32
              %v1208 = arith.negf %v1207 : f32
              %v1209 = arith.mulf %v1208, %v188 fastmath<contract> : f32
              %v1210 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1209) : (f32) -> f32
              %v1211 = arith.addf %v191, %v1210 fastmath<contract> : f32
              %v1212 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v1211) : (f32) -> f32
              %v1213 = arith.mulf %v1212, %v194 fastmath<contract> : f32
              %v1214 = arith.mulf %v196, %v1210 fastmath<contract> : f32
              %v1215 = arith.addf %v1214, %v198 fastmath<contract> : f32
              %v1216 = arith.mulf %v1215, %v1210 fastmath<contract> : f32
              %v1217 = arith.addf %v1216, %v201 fastmath<contract> : f32
              %v1218 = arith.mulf %v1217, %v1210 fastmath<contract> : f32
              %v1219 = arith.addf %v1218, %v204 fastmath<contract> : f32
              %v1220 = arith.mulf %v1219, %v1210 fastmath<contract> : f32
              %v1221 = arith.addf %v1220, %v207 fastmath<contract> : f32
              %v1222 = arith.mulf %v1221, %v1210 fastmath<contract> : f32
              %v1223 = arith.addf %v1222, %v210 fastmath<contract> : f32
              %v1224 = arith.mulf %v1223, %v1210 fastmath<contract> : f32
              %v1225 = arith.addf %v1224, %v191 fastmath<contract> : f32
              %v1226 = arith.mulf %v1225, %v1210 fastmath<contract> : f32
              %v1227 = llvm.call_intrinsic "llvm.fabs.f32"(%v1210) : (f32) -> f32
              %v1228 = arith.cmpf olt, %v1227, %v216 : f32
              %v1229 = arith.select %v1228, %v1226, %v1213 : f32
              %v1230 = arith.addf %v1206, %v1229 fastmath<contract> : f32
              %v1231 = arith.mulf %v1230, %v1184 fastmath<contract> : f32
              %v1232 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1231) : (f32) -> f32
              %v1233 = arith.muli %v27, %v472 : i64
              %v1234 = arith.subi %v131, %v1197 : i64
              %v1235 = arith.addi %v1233, %v1234 : i64
              %v1236 = arith.muli %v1179, %size_L : i64
              %v1237 = arith.addi %v1235, %v1236 : i64
              %v1238 = llvm.getelementptr %in_Bm[%v1237] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1239 = llvm.load %v1238 : !llvm.ptr -> f32
              %v1240 = arith.muli %v27, %v127 : i64
              %v1241 = arith.muli %v25, %size_L : i64
              %v1242 = arith.addi %v1240, %v1241 : i64
              %v1243 = arith.subi %v131, %v1197 : i64
              %v1244 = arith.addi %v1242, %v1243 : i64
              %v1245 = llvm.getelementptr %in_u[%v1244] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1246 = llvm.load %v1245 : !llvm.ptr -> f32
              %v1247 = arith.mulf %v1230, %v1246 fastmath<contract> : f32
              %v1248 = arith.mulf %v1239, %v1247 fastmath<contract> : f32
              %v1249 = llvm.load %v8 : !llvm.ptr -> f32
              %v1250 = arith.mulf %v1232, %v1249 fastmath<contract> : f32
              %v1251 = arith.addf %v1250, %v1248 fastmath<contract> : f32
              %v1252 = llvm.load %v6 : !llvm.ptr -> f32
              %v1253 = arith.mulf %v1232, %v1252 fastmath<contract> : f32
              %v1254 = arith.mulf %v1230, %v1191 fastmath<contract> : f32
              %v1255 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1254) : (f32) -> f32
              %v1256 = arith.muli %v27, %v472 : i64
              %v1257 = arith.subi %v131, %v1197 : i64
              %v1258 = arith.addi %v1256, %v1257 : i64
              %v1259 = arith.constant 8 : i64
              %v1260 = arith.addi %v1259, %v1179 : i64
              %v1261 = arith.muli %v1260, %size_L : i64
              %v1262 = arith.addi %v1258, %v1261 : i64
              %v1263 = llvm.getelementptr %in_Bm[%v1262] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1264 = llvm.load %v1263 : !llvm.ptr -> f32
              %v1265 = arith.mulf %v1264, %v1247 fastmath<contract> : f32
              %v1266 = llvm.load %v9 : !llvm.ptr -> f32
              %v1267 = arith.mulf %v1255, %v1266 fastmath<contract> : f32
              %v1268 = arith.addf %v1267, %v1265 fastmath<contract> : f32
              %v1269 = llvm.load %v7 : !llvm.ptr -> f32
              %v1270 = arith.mulf %v1255, %v1269 fastmath<contract> : f32
              llvm.store %v1251, %v8 : f32, !llvm.ptr
              llvm.store %v1253, %v6 : f32, !llvm.ptr
              llvm.store %v1268, %v9 : f32, !llvm.ptr
              llvm.store %v1270, %v7 : f32, !llvm.ptr
            }
            %v1271 = llvm.load %v6 : !llvm.ptr -> f32
            %v1272 = llvm.load %v8 : !llvm.ptr -> f32
            %v1273 = llvm.load %v7 : !llvm.ptr -> f32
            %v1274 = llvm.load %v9 : !llvm.ptr -> f32
            %v1275 = arith.addi %v116, %v1179 : i64
            %v1276 = arith.andi %v1275, %v2 : i64
            %v1277 = arith.muli %v1276, %v34 : i64
            %v1278, %v1279 = gpu.shuffle up %v1271, %v138, %v657 : f32
            %v1280, %v1281 = gpu.shuffle up %v1272, %v138, %v657 : f32
            %v1282 = arith.mulf %v1271, %v1278 fastmath<contract> : f32
            %v1283 = arith.mulf %v1271, %v1280 fastmath<contract> : f32
            %v1284 = arith.addf %v1283, %v1272 fastmath<contract> : f32
            %v1285 = arith.cmpi uge, %v30, %v2 : i64
            %v1286 = arith.select %v1285, %v1282, %v1271 : f32
            %v1287 = arith.select %v1285, %v1284, %v1272 : f32
            %v1288, %v1289 = gpu.shuffle up %v1286, %v140, %v657 : f32
            %v1290, %v1291 = gpu.shuffle up %v1287, %v140, %v657 : f32
            %v1292 = arith.mulf %v1286, %v1288 fastmath<contract> : f32
            %v1293 = arith.mulf %v1286, %v1290 fastmath<contract> : f32
            %v1294 = arith.addf %v1293, %v1287 fastmath<contract> : f32
            %v1295 = arith.cmpi uge, %v30, %v63 : i64
            %v1296 = arith.select %v1295, %v1292, %v1286 : f32
            %v1297 = arith.select %v1295, %v1294, %v1287 : f32
            %v1298, %v1299 = gpu.shuffle up %v1296, %v144, %v657 : f32
            %v1300, %v1301 = gpu.shuffle up %v1297, %v144, %v657 : f32
            %v1302 = arith.mulf %v1296, %v1298 fastmath<contract> : f32
            %v1303 = arith.mulf %v1296, %v1300 fastmath<contract> : f32
            %v1304 = arith.addf %v1303, %v1297 fastmath<contract> : f32
            %v1305 = arith.cmpi uge, %v30, %v306 : i64
            %v1306 = arith.select %v1305, %v1302, %v1296 : f32
            %v1307 = arith.select %v1305, %v1304, %v1297 : f32
            %v1308, %v1309 = gpu.shuffle up %v1306, %v688, %v657 : f32
            %v1310, %v1311 = gpu.shuffle up %v1307, %v688, %v657 : f32
            %v1312 = arith.mulf %v1306, %v1308 fastmath<contract> : f32
            %v1313 = arith.mulf %v1306, %v1310 fastmath<contract> : f32
            %v1314 = arith.addf %v1313, %v1307 fastmath<contract> : f32
            %v1315 = arith.cmpi uge, %v30, %v34 : i64
            %v1316 = arith.select %v1315, %v1312, %v1306 : f32
            %v1317 = arith.select %v1315, %v1314, %v1307 : f32
            %v1318, %v1319 = gpu.shuffle up %v1316, %v699, %v657 : f32
            %v1320, %v1321 = gpu.shuffle up %v1317, %v699, %v657 : f32
            %v1322 = arith.mulf %v1316, %v1318 fastmath<contract> : f32
            %v1323 = arith.mulf %v1316, %v1320 fastmath<contract> : f32
            %v1324 = arith.addf %v1323, %v1317 fastmath<contract> : f32
            %v1325 = arith.cmpi uge, %v30, %v1 : i64
            %v1326 = arith.select %v1325, %v1322, %v1316 : f32
            %v1327 = arith.select %v1325, %v1324, %v1317 : f32
            %v1328 = arith.cmpi eq, %v30, %v710 : i64
            %v1329 = arith.addi %v1277, %v31 : i64
            scf.if %v1328 {
              %v1330 = llvm.getelementptr %v13[%v1329] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1326, %v1330 : f32, !llvm.ptr
              %v1331 = llvm.getelementptr %v15[%v1329] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1327, %v1331 : f32, !llvm.ptr
            }
            %v1332, %v1333 = gpu.shuffle up %v1326, %v138, %v657 : f32
            %v1334, %v1335 = gpu.shuffle up %v1327, %v138, %v657 : f32
            %v1336 = arith.cmpi eq, %v30, %v32 : i64
            %v1337 = arith.select %v1336, %v191, %v1332 : f32
            %v1338 = arith.select %v1336, %v50, %v1334 : f32
            %v1339, %v1340 = gpu.shuffle up %v1273, %v138, %v657 : f32
            %v1341, %v1342 = gpu.shuffle up %v1274, %v138, %v657 : f32
            %v1343 = arith.mulf %v1273, %v1339 fastmath<contract> : f32
            %v1344 = arith.mulf %v1273, %v1341 fastmath<contract> : f32
            %v1345 = arith.addf %v1344, %v1274 fastmath<contract> : f32
            %v1346 = arith.cmpi uge, %v30, %v2 : i64
            %v1347 = arith.select %v1346, %v1343, %v1273 : f32
            %v1348 = arith.select %v1346, %v1345, %v1274 : f32
            %v1349, %v1350 = gpu.shuffle up %v1347, %v140, %v657 : f32
            %v1351, %v1352 = gpu.shuffle up %v1348, %v140, %v657 : f32
            %v1353 = arith.mulf %v1347, %v1349 fastmath<contract> : f32
            %v1354 = arith.mulf %v1347, %v1351 fastmath<contract> : f32
            %v1355 = arith.addf %v1354, %v1348 fastmath<contract> : f32
            %v1356 = arith.cmpi uge, %v30, %v63 : i64
            %v1357 = arith.select %v1356, %v1353, %v1347 : f32
            %v1358 = arith.select %v1356, %v1355, %v1348 : f32
            %v1359, %v1360 = gpu.shuffle up %v1357, %v144, %v657 : f32
            %v1361, %v1362 = gpu.shuffle up %v1358, %v144, %v657 : f32
            %v1363 = arith.mulf %v1357, %v1359 fastmath<contract> : f32
            %v1364 = arith.mulf %v1357, %v1361 fastmath<contract> : f32
            %v1365 = arith.addf %v1364, %v1358 fastmath<contract> : f32
            %v1366 = arith.cmpi uge, %v30, %v306 : i64
            %v1367 = arith.select %v1366, %v1363, %v1357 : f32
            %v1368 = arith.select %v1366, %v1365, %v1358 : f32
            %v1369, %v1370 = gpu.shuffle up %v1367, %v688, %v657 : f32
            %v1371, %v1372 = gpu.shuffle up %v1368, %v688, %v657 : f32
            %v1373 = arith.mulf %v1367, %v1369 fastmath<contract> : f32
            %v1374 = arith.mulf %v1367, %v1371 fastmath<contract> : f32
            %v1375 = arith.addf %v1374, %v1368 fastmath<contract> : f32
            %v1376 = arith.cmpi uge, %v30, %v34 : i64
            %v1377 = arith.select %v1376, %v1373, %v1367 : f32
            %v1378 = arith.select %v1376, %v1375, %v1368 : f32
            %v1379, %v1380 = gpu.shuffle up %v1377, %v699, %v657 : f32
            %v1381, %v1382 = gpu.shuffle up %v1378, %v699, %v657 : f32
            %v1383 = arith.mulf %v1377, %v1379 fastmath<contract> : f32
            %v1384 = arith.mulf %v1377, %v1381 fastmath<contract> : f32
            %v1385 = arith.addf %v1384, %v1378 fastmath<contract> : f32
            %v1386 = arith.cmpi uge, %v30, %v1 : i64
            %v1387 = arith.select %v1386, %v1383, %v1377 : f32
            %v1388 = arith.select %v1386, %v1385, %v1378 : f32
            %v1389 = arith.cmpi eq, %v30, %v710 : i64
            %v1390 = arith.addi %v1277, %v306 : i64
            %v1391 = arith.addi %v1390, %v31 : i64
            scf.if %v1389 {
              %v1392 = llvm.getelementptr %v13[%v1391] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1387, %v1392 : f32, !llvm.ptr
              %v1393 = llvm.getelementptr %v15[%v1391] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1388, %v1393 : f32, !llvm.ptr
            }
            %v1394, %v1395 = gpu.shuffle up %v1387, %v138, %v657 : f32
            %v1396, %v1397 = gpu.shuffle up %v1388, %v138, %v657 : f32
            %v1398 = arith.cmpi eq, %v30, %v32 : i64
            %v1399 = arith.select %v1398, %v191, %v1394 : f32
            %v1400 = arith.select %v1398, %v50, %v1396 : f32
            // across warps: each thread composes the warps' totals before its own, and all of them
            gpu.barrier
            %v1401 = llvm.getelementptr %v13[%v1277] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1402 = llvm.load %v1401 : !llvm.ptr -> f32
            %v1403 = llvm.getelementptr %v15[%v1277] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1404 = llvm.load %v1403 : !llvm.ptr -> f32
            %v1405 = arith.mulf %v1402, %v191 fastmath<contract> : f32
            %v1406 = arith.mulf %v1402, %v50 fastmath<contract> : f32
            %v1407 = arith.addf %v1406, %v1404 fastmath<contract> : f32
            %v1408 = arith.cmpi ugt, %v31, %v32 : i64
            %v1409 = arith.select %v1408, %v1405, %v191 : f32
            %v1410 = arith.select %v1408, %v1407, %v50 : f32
            %v1411 = arith.addi %v1277, %v2 : i64
            %v1412 = llvm.getelementptr %v13[%v1411] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1413 = llvm.load %v1412 : !llvm.ptr -> f32
            %v1414 = llvm.getelementptr %v15[%v1411] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1415 = llvm.load %v1414 : !llvm.ptr -> f32
            %v1416 = arith.mulf %v1413, %v1405 fastmath<contract> : f32
            %v1417 = arith.mulf %v1413, %v1407 fastmath<contract> : f32
            %v1418 = arith.addf %v1417, %v1415 fastmath<contract> : f32
            %v1419 = arith.cmpi ugt, %v31, %v2 : i64
            %v1420 = arith.select %v1419, %v1416, %v1409 : f32
            %v1421 = arith.select %v1419, %v1418, %v1410 : f32
            %v1422 = arith.addi %v1277, %v63 : i64
            %v1423 = llvm.getelementptr %v13[%v1422] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1424 = llvm.load %v1423 : !llvm.ptr -> f32
            %v1425 = llvm.getelementptr %v15[%v1422] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1426 = llvm.load %v1425 : !llvm.ptr -> f32
            %v1427 = arith.mulf %v1424, %v1416 fastmath<contract> : f32
            %v1428 = arith.mulf %v1424, %v1418 fastmath<contract> : f32
            %v1429 = arith.addf %v1428, %v1426 fastmath<contract> : f32
            %v1430 = arith.cmpi ugt, %v31, %v63 : i64
            %v1431 = arith.select %v1430, %v1427, %v1420 : f32
            %v1432 = arith.select %v1430, %v1429, %v1421 : f32
            %v1433 = arith.addi %v1277, %v277 : i64
            %v1434 = llvm.getelementptr %v13[%v1433] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1435 = llvm.load %v1434 : !llvm.ptr -> f32
            %v1436 = llvm.getelementptr %v15[%v1433] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1437 = llvm.load %v1436 : !llvm.ptr -> f32
            %v1438 = arith.mulf %v1435, %v1427 fastmath<contract> : f32
            %v1439 = arith.mulf %v1435, %v1429 fastmath<contract> : f32
            %v1440 = arith.addf %v1439, %v1437 fastmath<contract> : f32
            %v1441 = arith.mulf %v1337, %v1431 fastmath<contract> : f32
            %v1442 = arith.mulf %v1337, %v1432 fastmath<contract> : f32
            %v1443 = arith.addf %v1442, %v1338 fastmath<contract> : f32
            %v1444 = arith.addi %v1277, %v306 : i64
            %v1445 = llvm.getelementptr %v13[%v1444] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1446 = llvm.load %v1445 : !llvm.ptr -> f32
            %v1447 = llvm.getelementptr %v15[%v1444] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1448 = llvm.load %v1447 : !llvm.ptr -> f32
            %v1449 = arith.mulf %v1446, %v191 fastmath<contract> : f32
            %v1450 = arith.mulf %v1446, %v50 fastmath<contract> : f32
            %v1451 = arith.addf %v1450, %v1448 fastmath<contract> : f32
            %v1452 = arith.cmpi ugt, %v31, %v32 : i64
            %v1453 = arith.select %v1452, %v1449, %v191 : f32
            %v1454 = arith.select %v1452, %v1451, %v50 : f32
            %v1455 = arith.addi %v1277, %v306 : i64
            %v1456 = arith.addi %v1455, %v2 : i64
            %v1457 = llvm.getelementptr %v13[%v1456] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1458 = llvm.load %v1457 : !llvm.ptr -> f32
            %v1459 = llvm.getelementptr %v15[%v1456] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1460 = llvm.load %v1459 : !llvm.ptr -> f32
            %v1461 = arith.mulf %v1458, %v1449 fastmath<contract> : f32
            %v1462 = arith.mulf %v1458, %v1451 fastmath<contract> : f32
            %v1463 = arith.addf %v1462, %v1460 fastmath<contract> : f32
            %v1464 = arith.cmpi ugt, %v31, %v2 : i64
            %v1465 = arith.select %v1464, %v1461, %v1453 : f32
            %v1466 = arith.select %v1464, %v1463, %v1454 : f32
            %v1467 = arith.addi %v1277, %v306 : i64
            %v1468 = arith.addi %v1467, %v63 : i64
            %v1469 = llvm.getelementptr %v13[%v1468] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1470 = llvm.load %v1469 : !llvm.ptr -> f32
            %v1471 = llvm.getelementptr %v15[%v1468] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1472 = llvm.load %v1471 : !llvm.ptr -> f32
            %v1473 = arith.mulf %v1470, %v1461 fastmath<contract> : f32
            %v1474 = arith.mulf %v1470, %v1463 fastmath<contract> : f32
            %v1475 = arith.addf %v1474, %v1472 fastmath<contract> : f32
            %v1476 = arith.cmpi ugt, %v31, %v63 : i64
            %v1477 = arith.select %v1476, %v1473, %v1465 : f32
            %v1478 = arith.select %v1476, %v1475, %v1466 : f32
            %v1479 = arith.addi %v1277, %v306 : i64
            %v1480 = arith.addi %v1479, %v277 : i64
            %v1481 = llvm.getelementptr %v13[%v1480] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1482 = llvm.load %v1481 : !llvm.ptr -> f32
            %v1483 = llvm.getelementptr %v15[%v1480] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1484 = llvm.load %v1483 : !llvm.ptr -> f32
            %v1485 = arith.mulf %v1482, %v1473 fastmath<contract> : f32
            %v1486 = arith.mulf %v1482, %v1475 fastmath<contract> : f32
            %v1487 = arith.addf %v1486, %v1484 fastmath<contract> : f32
            %v1488 = arith.mulf %v1399, %v1477 fastmath<contract> : f32
            %v1489 = arith.mulf %v1399, %v1478 fastmath<contract> : f32
            %v1490 = arith.addf %v1489, %v1400 fastmath<contract> : f32
            %v1491 = arith.muli %v1179, %v63 : i64
            %v1492 = arith.addi %v114, %v1491 : i64
            %v1493 = llvm.getelementptr %v17[%v1492] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1494 = llvm.load %v1493 : !llvm.ptr -> f32
            %v1495 = arith.mulf %v1441, %v1494 fastmath<contract> : f32
            %v1496 = arith.addf %v1495, %v1443 fastmath<contract> : f32
            llvm.store %v1496, %v4 : f32, !llvm.ptr
            %v1497 = arith.mulf %v1438, %v1494 fastmath<contract> : f32
            %v1498 = arith.addf %v1497, %v1440 fastmath<contract> : f32
            %v1499 = arith.muli %v1179, %v63 : i64
            %v1500 = arith.addi %v1499, %v2 : i64
            %v1501 = arith.addi %v114, %v1500 : i64
            %v1502 = llvm.getelementptr %v17[%v1501] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1503 = llvm.load %v1502 : !llvm.ptr -> f32
            %v1504 = arith.mulf %v1488, %v1503 fastmath<contract> : f32
            %v1505 = arith.addf %v1504, %v1490 fastmath<contract> : f32
            llvm.store %v1505, %v5 : f32, !llvm.ptr
            %v1506 = arith.mulf %v1485, %v1503 fastmath<contract> : f32
            %v1507 = arith.addf %v1506, %v1487 fastmath<contract> : f32
            %v1508 = arith.index_cast %v32 : i64 to index
            %v1509 = arith.index_cast %v121 : i64 to index
            %v1510 = arith.index_cast %v2 : i64 to index
            scf.for %v1511 = %v1508 to %v1509 step %v1510 {
              %v1512 = arith.index_cast %v1511 : index to i64
              %v1513 = arith.addi %v118, %v1512 : i64
              %v1514 = llvm.getelementptr %v105[%v1512] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              // save the states at checkpoint steps (when given somewhere to save them)
              %v1515 = arith.remui %v1513, %v930 : i64
              %v1516 = arith.cmpi eq, %v1515, %v32 : i64
              %v1517 = arith.andi %v1516, %v22 : i1
              scf.if %v1517 {
                %v1518 = arith.divui %v1513, %v930 : i64
                %v1519 = llvm.mlir.zero : !llvm.ptr
                %v1520 = llvm.icmp "ne" %ckpt_h, %v1519 : !llvm.ptr
                scf.if %v1520 {
                  %v1523 = arith.muli %v1518, %v1522 : i64
                  %v1524 = llvm.load %v4 : !llvm.ptr -> f32
                  %v1525 = arith.muli %v27, %v40 : i64
                  %v1526 = arith.muli %v25, %v1 : i64
                  %v1527 = arith.addi %v1525, %v1526 : i64
                  %v1528 = arith.addi %v1527, %v1179 : i64
                  %v1529 = arith.addi %v1523, %v1528 : i64
                  %v1530 = llvm.getelementptr %ckpt_h[%v1529] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1524, %v1530 : f32, !llvm.ptr
                  %v1531 = llvm.load %v5 : !llvm.ptr -> f32
                  %v1532 = arith.muli %v27, %v40 : i64
                  %v1533 = arith.muli %v25, %v1 : i64
                  %v1534 = arith.addi %v1532, %v1533 : i64
                  %v1535 = arith.constant 8 : i64
                  %v1536 = arith.addi %v1535, %v1179 : i64
                  %v1537 = arith.addi %v1534, %v1536 : i64
                  %v1538 = arith.addi %v1523, %v1537 : i64
                  %v1539 = llvm.getelementptr %ckpt_h[%v1538] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1531, %v1539 : f32, !llvm.ptr
                }
              }
              // end save
              %v1540 = arith.muli %v27, %v127 : i64
              %v1541 = arith.muli %v25, %size_L : i64
              %v1542 = arith.addi %v1540, %v1541 : i64
              %v1543 = arith.subi %v131, %v1513 : i64
              %v1544 = arith.addi %v1542, %v1543 : i64
              %v1545 = llvm.getelementptr %in_delta[%v1544] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1546 = llvm.load %v1545 : !llvm.ptr -> f32
              %v1547 = arith.addf %v1546, %v183 fastmath<contract> : f32
              %v1548 = arith.maximumf %v1547, %v50 : f32
              %v1549 = llvm.call_intrinsic "llvm.fabs.f32"(%v1547) : (f32) -> f32
              %v1550 = arith.negf %v1549 : f32
              %v1551 = arith.mulf %v1550, %v188 fastmath<contract> : f32
              %v1552 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1551) : (f32) -> f32
              %v1553 = arith.addf %v191, %v1552 fastmath<contract> : f32
              %v1554 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v1553) : (f32) -> f32
              %v1555 = arith.mulf %v1554, %v194 fastmath<contract> : f32
              %v1556 = arith.mulf %v196, %v1552 fastmath<contract> : f32
              %v1557 = arith.addf %v1556, %v198 fastmath<contract> : f32
              %v1558 = arith.mulf %v1557, %v1552 fastmath<contract> : f32
              %v1559 = arith.addf %v1558, %v201 fastmath<contract> : f32
              %v1560 = arith.mulf %v1559, %v1552 fastmath<contract> : f32
              %v1561 = arith.addf %v1560, %v204 fastmath<contract> : f32
              %v1562 = arith.mulf %v1561, %v1552 fastmath<contract> : f32
              %v1563 = arith.addf %v1562, %v207 fastmath<contract> : f32
              %v1564 = arith.mulf %v1563, %v1552 fastmath<contract> : f32
              %v1565 = arith.addf %v1564, %v210 fastmath<contract> : f32
              %v1566 = arith.mulf %v1565, %v1552 fastmath<contract> : f32
              %v1567 = arith.addf %v1566, %v191 fastmath<contract> : f32
              %v1568 = arith.mulf %v1567, %v1552 fastmath<contract> : f32
              %v1569 = llvm.call_intrinsic "llvm.fabs.f32"(%v1552) : (f32) -> f32
              %v1570 = arith.cmpf olt, %v1569, %v216 : f32
              %v1571 = arith.select %v1570, %v1568, %v1555 : f32
              %v1572 = arith.addf %v1548, %v1571 fastmath<contract> : f32
              %v1573 = arith.mulf %v1572, %v1184 fastmath<contract> : f32
              %v1574 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1573) : (f32) -> f32
              %v1575 = arith.muli %v27, %v472 : i64
              %v1576 = arith.subi %v131, %v1513 : i64
              %v1577 = arith.addi %v1575, %v1576 : i64
              %v1578 = arith.muli %v1179, %size_L : i64
              %v1579 = arith.addi %v1577, %v1578 : i64
              %v1580 = llvm.getelementptr %in_Bm[%v1579] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1581 = llvm.load %v1580 : !llvm.ptr -> f32
              %v1582 = arith.muli %v27, %v127 : i64
              %v1583 = arith.muli %v25, %size_L : i64
              %v1584 = arith.addi %v1582, %v1583 : i64
              %v1585 = arith.subi %v131, %v1513 : i64
              %v1586 = arith.addi %v1584, %v1585 : i64
              %v1587 = llvm.getelementptr %in_u[%v1586] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1588 = llvm.load %v1587 : !llvm.ptr -> f32
              %v1589 = arith.mulf %v1572, %v1588 fastmath<contract> : f32
              %v1590 = arith.mulf %v1581, %v1589 fastmath<contract> : f32
              %v1591 = llvm.load %v4 : !llvm.ptr -> f32
              %v1592 = arith.mulf %v1574, %v1591 fastmath<contract> : f32
              %v1593 = arith.addf %v1592, %v1590 fastmath<contract> : f32
              %v1594 = arith.mulf %v1572, %v1191 fastmath<contract> : f32
              %v1595 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1594) : (f32) -> f32
              %v1596 = arith.muli %v27, %v472 : i64
              %v1597 = arith.subi %v131, %v1513 : i64
              %v1598 = arith.addi %v1596, %v1597 : i64
              %v1599 = arith.constant 8 : i64
              %v1600 = arith.addi %v1599, %v1179 : i64
              %v1601 = arith.muli %v1600, %size_L : i64
              %v1602 = arith.addi %v1598, %v1601 : i64
              %v1603 = llvm.getelementptr %in_Bm[%v1602] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1604 = llvm.load %v1603 : !llvm.ptr -> f32
              %v1605 = arith.mulf %v1604, %v1589 fastmath<contract> : f32
              %v1606 = llvm.load %v5 : !llvm.ptr -> f32
              %v1607 = arith.mulf %v1595, %v1606 fastmath<contract> : f32
              %v1608 = arith.addf %v1607, %v1605 fastmath<contract> : f32
              llvm.store %v1593, %v4 : f32, !llvm.ptr
              llvm.store %v1608, %v5 : f32, !llvm.ptr
              %v1609 = arith.muli %v27, %v472 : i64
              %v1610 = arith.subi %v131, %v1513 : i64
              %v1611 = arith.addi %v1609, %v1610 : i64
              %v1612 = arith.muli %v1179, %size_L : i64
              %v1613 = arith.addi %v1611, %v1612 : i64
              %v1614 = llvm.getelementptr %in_Cm[%v1613] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1615 = llvm.load %v1614 : !llvm.ptr -> f32
              %v1616 = llvm.load %v4 : !llvm.ptr -> f32
              %v1617 = arith.mulf %v1615, %v1616 fastmath<contract> : f32
              %v1618 = llvm.load %v1514 : !llvm.ptr -> f32
              %v1619 = arith.addf %v1618, %v1617 fastmath<contract> : f32
              llvm.store %v1619, %v1514 : f32, !llvm.ptr
              %v1620 = arith.muli %v27, %v472 : i64
              %v1621 = arith.subi %v131, %v1513 : i64
              %v1622 = arith.addi %v1620, %v1621 : i64
              %v1623 = arith.constant 8 : i64
              %v1624 = arith.addi %v1623, %v1179 : i64
              %v1625 = arith.muli %v1624, %size_L : i64
              %v1626 = arith.addi %v1622, %v1625 : i64
              %v1627 = llvm.getelementptr %in_Cm[%v1626] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1628 = llvm.load %v1627 : !llvm.ptr -> f32
              %v1629 = llvm.load %v5 : !llvm.ptr -> f32
              %v1630 = arith.mulf %v1628, %v1629 fastmath<contract> : f32
              %v1631 = llvm.load %v1514 : !llvm.ptr -> f32
              %v1632 = arith.addf %v1631, %v1630 fastmath<contract> : f32
              llvm.store %v1632, %v1514 : f32, !llvm.ptr
            }
            scf.if %v33 {
              %v1633 = arith.muli %v1179, %v63 : i64
              %v1634 = arith.addi %v115, %v1633 : i64
              %v1635 = llvm.getelementptr %v17[%v1634] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1498, %v1635 : f32, !llvm.ptr
              %v1636 = arith.muli %v1179, %v63 : i64
              %v1637 = arith.addi %v1636, %v2 : i64
              %v1638 = arith.addi %v115, %v1637 : i64
              %v1639 = llvm.getelementptr %v17[%v1638] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1507, %v1639 : f32, !llvm.ptr
            }
          }
          %v1640 = arith.index_cast %v32 : i64 to index
          %v1641 = arith.index_cast %v121 : i64 to index
          %v1642 = arith.index_cast %v2 : i64 to index
          scf.for %v1643 = %v1640 to %v1641 step %v1642 {
            %v1644 = arith.index_cast %v1643 : index to i64
            %v1645 = arith.addi %v118, %v1644 : i64
            %v1646 = llvm.getelementptr %v105[%v1644] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1647 = llvm.load %v1646 : !llvm.ptr -> f32
            %v1648 = arith.muli %v27, %v127 : i64
            %v1649 = arith.muli %v25, %size_L : i64
            %v1650 = arith.addi %v1648, %v1649 : i64
            %v1651 = arith.subi %v131, %v1645 : i64
            %v1652 = arith.addi %v1650, %v1651 : i64
            %v1653 = llvm.getelementptr %in_u[%v1652] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1654 = llvm.load %v1653 : !llvm.ptr -> f32
            %v1655 = arith.mulf %v1654, %v436 fastmath<contract> : f32
            %v1656 = arith.addf %v1647, %v1655 fastmath<contract> : f32
            %v1657 = arith.muli %v27, %v127 : i64
            %v1658 = arith.muli %v25, %size_L : i64
            %v1659 = arith.addi %v1657, %v1658 : i64
            %v1660 = arith.subi %v131, %v1645 : i64
            %v1661 = arith.addi %v1659, %v1660 : i64
            %v1662 = llvm.getelementptr %in_z[%v1661] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1663 = llvm.load %v1662 : !llvm.ptr -> f32
            %v1664 = arith.negf %v1663 : f32
            %v1665 = arith.mulf %v1664, %v188 fastmath<contract> : f32
            %v1666 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1665) : (f32) -> f32
            %v1667 = arith.addf %v191, %v1666 fastmath<contract> : f32
            %v1668 = arith.divf %v191, %v1667 : f32
            %v1669 = arith.mulf %v1663, %v1668 fastmath<contract> : f32
            %v1670 = arith.mulf %v1656, %v1669 fastmath<contract> : f32
            scf.if %v22 {
              %v1671 = arith.muli %v27, %v127 : i64
              %v1672 = arith.muli %v25, %size_L : i64
              %v1673 = arith.addi %v1671, %v1672 : i64
              %v1674 = arith.subi %v131, %v1645 : i64
              %v1675 = arith.addi %v1673, %v1674 : i64
              %v1676 = llvm.getelementptr %out_y[%v1675] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1670, %v1676 : f32, !llvm.ptr
            }
          }
        }
      }
      // end scan
      gpu.barrier
      %v1677 = arith.andi %v22, %v33 : i1
      %v1679 = arith.addi %size_L, %v1678 : i64
      %v1680 = arith.divui %v1679, %v96 : i64
      %v1681 = arith.andi %v1680, %v2 : i64
      %v1682 = arith.muli %v1681, %v1 : i64
      %v1683 = arith.index_cast %v32 : i64 to index
      %v1684 = arith.index_cast %v34 : i64 to index
      %v1685 = arith.index_cast %v2 : i64 to index
      scf.for %v1686 = %v1683 to %v1684 step %v1685 {
        %v1687 = arith.index_cast %v1686 : index to i64
        %v1688 = arith.muli %v1687, %v63 : i64
        %v1689 = arith.addi %v1682, %v1688 : i64
        %v1690 = llvm.getelementptr %v17[%v1689] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1691 = llvm.load %v1690 : !llvm.ptr -> f32
        llvm.store %v1691, %v10 : f32, !llvm.ptr
        %v1692 = arith.muli %v1687, %v63 : i64
        %v1693 = arith.addi %v1692, %v2 : i64
        %v1694 = arith.addi %v1682, %v1693 : i64
        %v1695 = llvm.getelementptr %v17[%v1694] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1696 = llvm.load %v1695 : !llvm.ptr -> f32
        llvm.store %v1696, %v11 : f32, !llvm.ptr
        %v1697 = llvm.load %v10 : !llvm.ptr -> f32
        %v1698 = llvm.load %v11 : !llvm.ptr -> f32
        scf.if %v1677 {
          %v1699 = arith.muli %v27, %v40 : i64
          %v1700 = arith.muli %v25, %v1 : i64
          %v1701 = arith.addi %v1699, %v1700 : i64
          %v1702 = arith.addi %v1701, %v1687 : i64
          %v1703 = llvm.getelementptr %out_h_first[%v1702] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v1697, %v1703 : f32, !llvm.ptr
          %v1704 = arith.muli %v27, %v40 : i64
          %v1705 = arith.muli %v25, %v1 : i64
          %v1706 = arith.addi %v1704, %v1705 : i64
          %v1707 = arith.constant 8 : i64
          %v1708 = arith.addi %v1707, %v1687 : i64
          %v1709 = arith.addi %v1706, %v1708 : i64
          %v1710 = llvm.getelementptr %out_h_first[%v1709] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v1698, %v1710 : f32, !llvm.ptr
        }
      }
      gpu.return
    }
  }
}
