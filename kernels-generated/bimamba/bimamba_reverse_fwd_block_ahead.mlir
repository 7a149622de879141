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
      %v190 = arith.constant 0x3FB8AA3B : f32
      %v193 = arith.constant 0x3F800000 : f32
      %v196 = arith.constant 0x3F317218 : f32
      %v198 = arith.constant 0x3E124925 : f32
      %v200 = arith.constant 0xBE2AAAAB : f32
      %v203 = arith.constant 0x3E4CCCCD : f32
      %v206 = arith.constant 0xBE800000 : f32
      %v209 = arith.constant 0x3EAAAAAB : f32
      %v212 = arith.constant 0xBF000000 : f32
      %v218 = arith.constant 0x3D800000 : f32
      %v279 = arith.constant 3 : i64
      %v308 = arith.constant 4 : i64
      %v337 = arith.constant 5 : i64
      %v366 = arith.constant 6 : i64
      %v474 = arith.muli %size_L, %v1 : i64
      %v684 = arith.constant 32 : i32
      %v715 = arith.constant 8 : i32
      %v726 = arith.constant 16 : i32
      %v737 = arith.constant 31 : i64
      %v934 = arith.constant 64 : i64
      %v941 = arith.muli %size_B, %size_D : i64
      %v942 = arith.muli %v941, %v1 : i64
      %v1525 = arith.muli %size_B, %size_D : i64
      %v1526 = arith.muli %v1525, %v1 : i64
      %v1682 = arith.constant 1023 : i64
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
      %v184 = llvm.getelementptr %in_dt_bias[%v25] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v185 = llvm.load %v184 : !llvm.ptr -> f32
      %v437 = llvm.getelementptr %in_Dskip[%v25] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v438 = llvm.load %v437 : !llvm.ptr -> f32
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
          %v152 = arith.addi %v123, %v125 : i64
          %v153 = arith.muli %v27, %v127 : i64
          %v154 = arith.muli %v25, %size_L : i64
          %v155 = arith.addi %v153, %v154 : i64
          %v156 = arith.subi %v131, %v152 : i64
          %v157 = arith.addi %v155, %v156 : i64
          %v158 = llvm.getelementptr %in_u[%v157] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v159 = llvm.load %v158 {alignment = 32 : i64} : !llvm.ptr -> vector<8xf32>
          %v160 = llvm.extractelement %v159[%v136 : i32] : vector<8xf32>
          %v161 = llvm.extractelement %v159[%v138 : i32] : vector<8xf32>
          %v162 = llvm.extractelement %v159[%v140 : i32] : vector<8xf32>
          %v163 = llvm.extractelement %v159[%v142 : i32] : vector<8xf32>
          %v164 = llvm.extractelement %v159[%v144 : i32] : vector<8xf32>
          %v165 = llvm.extractelement %v159[%v146 : i32] : vector<8xf32>
          %v166 = llvm.extractelement %v159[%v148 : i32] : vector<8xf32>
          %v167 = llvm.extractelement %v159[%v150 : i32] : vector<8xf32>
          %v168 = arith.addi %v123, %v125 : i64
          %v169 = arith.muli %v27, %v127 : i64
          %v170 = arith.muli %v25, %size_L : i64
          %v171 = arith.addi %v169, %v170 : i64
          %v172 = arith.subi %v131, %v168 : i64
          %v173 = arith.addi %v171, %v172 : i64
          %v174 = llvm.getelementptr %in_z[%v173] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v175 = llvm.load %v174 {alignment = 32 : i64} : !llvm.ptr -> vector<8xf32>
          %v176 = llvm.extractelement %v175[%v136 : i32] : vector<8xf32>
          %v177 = llvm.extractelement %v175[%v138 : i32] : vector<8xf32>
          %v178 = llvm.extractelement %v175[%v140 : i32] : vector<8xf32>
          %v179 = llvm.extractelement %v175[%v142 : i32] : vector<8xf32>
          %v180 = llvm.extractelement %v175[%v144 : i32] : vector<8xf32>
          %v181 = llvm.extractelement %v175[%v146 : i32] : vector<8xf32>
          %v182 = llvm.extractelement %v175[%v148 : i32] : vector<8xf32>
          %v183 = llvm.extractelement %v175[%v150 : i32] : vector<8xf32>
          %v186 = arith.addf %v151, %v185 fastmath<contract> : f32
          %v187 = arith.maximumf %v186, %v50 : f32
          %v188 = llvm.call_intrinsic "llvm.fabs.f32"(%v186) : (f32) -> f32
          %v189 = arith.negf %v188 : f32
          %v191 = arith.mulf %v189, %v190 fastmath<contract> : f32
          %v192 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v191) : (f32) -> f32
          %v194 = arith.addf %v193, %v192 fastmath<contract> : f32
          %v195 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v194) : (f32) -> f32
          %v197 = arith.mulf %v195, %v196 fastmath<contract> : f32
          %v199 = arith.mulf %v198, %v192 fastmath<contract> : f32
          %v201 = arith.addf %v199, %v200 fastmath<contract> : f32
          %v202 = arith.mulf %v201, %v192 fastmath<contract> : f32
          %v204 = arith.addf %v202, %v203 fastmath<contract> : f32
          %v205 = arith.mulf %v204, %v192 fastmath<contract> : f32
          %v207 = arith.addf %v205, %v206 fastmath<contract> : f32
          %v208 = arith.mulf %v207, %v192 fastmath<contract> : f32
          %v210 = arith.addf %v208, %v209 fastmath<contract> : f32
          %v211 = arith.mulf %v210, %v192 fastmath<contract> : f32
          %v213 = arith.addf %v211, %v212 fastmath<contract> : f32
          %v214 = arith.mulf %v213, %v192 fastmath<contract> : f32
          %v215 = arith.addf %v214, %v193 fastmath<contract> : f32
          %v216 = arith.mulf %v215, %v192 fastmath<contract> : f32
          %v217 = llvm.call_intrinsic "llvm.fabs.f32"(%v192) : (f32) -> f32
          %v219 = arith.cmpf olt, %v217, %v218 : f32
          %v220 = arith.select %v219, %v216, %v197 : f32
          %v221 = arith.addf %v187, %v220 fastmath<contract> : f32
          %v222 = arith.mulf %v221, %v167 fastmath<contract> : f32
          %v223 = arith.addi %v123, %v2 : i64
          %v224 = arith.addf %v149, %v185 fastmath<contract> : f32
          %v225 = arith.maximumf %v224, %v50 : f32
          %v226 = llvm.call_intrinsic "llvm.fabs.f32"(%v224) : (f32) -> f32
          %v227 = arith.negf %v226 : f32
          %v228 = arith.mulf %v227, %v190 fastmath<contract> : f32
          %v229 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v228) : (f32) -> f32
          %v230 = arith.addf %v193, %v229 fastmath<contract> : f32
          %v231 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v230) : (f32) -> f32
          %v232 = arith.mulf %v231, %v196 fastmath<contract> : f32
          %v233 = arith.mulf %v198, %v229 fastmath<contract> : f32
          %v234 = arith.addf %v233, %v200 fastmath<contract> : f32
          %v235 = arith.mulf %v234, %v229 fastmath<contract> : f32
          %v236 = arith.addf %v235, %v203 fastmath<contract> : f32
          %v237 = arith.mulf %v236, %v229 fastmath<contract> : f32
          %v238 = arith.addf %v237, %v206 fastmath<contract> : f32
          %v239 = arith.mulf %v238, %v229 fastmath<contract> : f32
          %v240 = arith.addf %v239, %v209 fastmath<contract> : f32
          %v241 = arith.mulf %v240, %v229 fastmath<contract> : f32
          %v242 = arith.addf %v241, %v212 fastmath<contract> : f32
          %v243 = arith.mulf %v242, %v229 fastmath<contract> : f32
          %v244 = arith.addf %v243, %v193 fastmath<contract> : f32
          %v245 = arith.mulf %v244, %v229 fastmath<contract> : f32
          %v246 = llvm.call_intrinsic "llvm.fabs.f32"(%v229) : (f32) -> f32
          %v247 = arith.cmpf olt, %v246, %v218 : f32
          %v248 = arith.select %v247, %v245, %v232 : f32
          %v249 = arith.addf %v225, %v248 fastmath<contract> : f32
          %v250 = arith.mulf %v249, %v166 fastmath<contract> : f32
          %v251 = arith.addi %v123, %v63 : i64
          %v252 = arith.addf %v147, %v185 fastmath<contract> : f32
          %v253 = arith.maximumf %v252, %v50 : f32
          %v254 = llvm.call_intrinsic "llvm.fabs.f32"(%v252) : (f32) -> f32
          %v255 = arith.negf %v254 : f32
          %v256 = arith.mulf %v255, %v190 fastmath<contract> : f32
          %v257 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v256) : (f32) -> f32
          %v258 = arith.addf %v193, %v257 fastmath<contract> : f32
          %v259 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v258) : (f32) -> f32
          %v260 = arith.mulf %v259, %v196 fastmath<contract> : f32
          %v261 = arith.mulf %v198, %v257 fastmath<contract> : f32
          %v262 = arith.addf %v261, %v200 fastmath<contract> : f32
          %v263 = arith.mulf %v262, %v257 fastmath<contract> : f32
          %v264 = arith.addf %v263, %v203 fastmath<contract> : f32
          %v265 = arith.mulf %v264, %v257 fastmath<contract> : f32
          %v266 = arith.addf %v265, %v206 fastmath<contract> : f32
          %v267 = arith.mulf %v266, %v257 fastmath<contract> : f32
          %v268 = arith.addf %v267, %v209 fastmath<contract> : f32
          %v269 = arith.mulf %v268, %v257 fastmath<contract> : f32
          %v270 = arith.addf %v269, %v212 fastmath<contract> : f32
          %v271 = arith.mulf %v270, %v257 fastmath<contract> : f32
          %v272 = arith.addf %v271, %v193 fastmath<contract> : f32
          %v273 = arith.mulf %v272, %v257 fastmath<contract> : f32
          %v274 = llvm.call_intrinsic "llvm.fabs.f32"(%v257) : (f32) -> f32
          %v275 = arith.cmpf olt, %v274, %v218 : f32
          %v276 = arith.select %v275, %v273, %v260 : f32
          %v277 = arith.addf %v253, %v276 fastmath<contract> : f32
          %v278 = arith.mulf %v277, %v165 fastmath<contract> : f32
          %v280 = arith.addi %v123, %v279 : i64
          %v281 = arith.addf %v145, %v185 fastmath<contract> : f32
          %v282 = arith.maximumf %v281, %v50 : f32
          %v283 = llvm.call_intrinsic "llvm.fabs.f32"(%v281) : (f32) -> f32
          %v284 = arith.negf %v283 : f32
          %v285 = arith.mulf %v284, %v190 fastmath<contract> : f32
          %v286 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v285) : (f32) -> f32
          %v287 = arith.addf %v193, %v286 fastmath<contract> : f32
          %v288 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v287) : (f32) -> f32
          %v289 = arith.mulf %v288, %v196 fastmath<contract> : f32
          %v290 = arith.mulf %v198, %v286 fastmath<contract> : f32
          %v291 = arith.addf %v290, %v200 fastmath<contract> : f32
          %v292 = arith.mulf %v291, %v286 fastmath<contract> : f32
          %v293 = arith.addf %v292, %v203 fastmath<contract> : f32
          %v294 = arith.mulf %v293, %v286 fastmath<contract> : f32
          %v295 = arith.addf %v294, %v206 fastmath<contract> : f32
          %v296 = arith.mulf %v295, %v286 fastmath<contract> : f32
          %v297 = arith.addf %v296, %v209 fastmath<contract> : f32
          %v298 = arith.mulf %v297, %v286 fastmath<contract> : f32
          %v299 = arith.addf %v298, %v212 fastmath<contract> : f32
          %v300 = arith.mulf %v299, %v286 fastmath<contract> : f32
          %v301 = arith.addf %v300, %v193 fastmath<contract> : f32
          %v302 = arith.mulf %v301, %v286 fastmath<contract> : f32
          %v303 = llvm.call_intrinsic "llvm.fabs.f32"(%v286) : (f32) -> f32
          %v304 = arith.cmpf olt, %v303, %v218 : f32
          %v305 = arith.select %v304, %v302, %v289 : f32
          %v306 = arith.addf %v282, %v305 fastmath<contract> : f32
          %v307 = arith.mulf %v306, %v164 fastmath<contract> : f32
          %v309 = arith.addi %v123, %v308 : i64
          %v310 = arith.addf %v143, %v185 fastmath<contract> : f32
          %v311 = arith.maximumf %v310, %v50 : f32
          %v312 = llvm.call_intrinsic "llvm.fabs.f32"(%v310) : (f32) -> f32
          %v313 = arith.negf %v312 : f32
          %v314 = arith.mulf %v313, %v190 fastmath<contract> : f32
          %v315 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v314) : (f32) -> f32
          %v316 = arith.addf %v193, %v315 fastmath<contract> : f32
          %v317 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v316) : (f32) -> f32
          %v318 = arith.mulf %v317, %v196 fastmath<contract> : f32
          %v319 = arith.mulf %v198, %v315 fastmath<contract> : f32
          %v320 = arith.addf %v319, %v200 fastmath<contract> : f32
          %v321 = arith.mulf %v320, %v315 fastmath<contract> : f32
          %v322 = arith.addf %v321, %v203 fastmath<contract> : f32
          %v323 = arith.mulf %v322, %v315 fastmath<contract> : f32
          %v324 = arith.addf %v323, %v206 fastmath<contract> : f32
          %v325 = arith.mulf %v324, %v315 fastmath<contract> : f32
          %v326 = arith.addf %v325, %v209 fastmath<contract> : f32
          %v327 = arith.mulf %v326, %v315 fastmath<contract> : f32
          %v328 = arith.addf %v327, %v212 fastmath<contract> : f32
          %v329 = arith.mulf %v328, %v315 fastmath<contract> : f32
          %v330 = arith.addf %v329, %v193 fastmath<contract> : f32
          %v331 = arith.mulf %v330, %v315 fastmath<contract> : f32
          %v332 = llvm.call_intrinsic "llvm.fabs.f32"(%v315) : (f32) -> f32
          %v333 = arith.cmpf olt, %v332, %v218 : f32
          %v334 = arith.select %v333, %v331, %v318 : f32
          %v335 = arith.addf %v311, %v334 fastmath<contract> : f32
          %v336 = arith.mulf %v335, %v163 fastmath<contract> : f32
          %v338 = arith.addi %v123, %v337 : i64
          %v339 = arith.addf %v141, %v185 fastmath<contract> : f32
          %v340 = arith.maximumf %v339, %v50 : f32
          %v341 = llvm.call_intrinsic "llvm.fabs.f32"(%v339) : (f32) -> f32
          %v342 = arith.negf %v341 : f32
          %v343 = arith.mulf %v342, %v190 fastmath<contract> : f32
          %v344 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v343) : (f32) -> f32
          %v345 = arith.addf %v193, %v344 fastmath<contract> : f32
          %v346 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v345) : (f32) -> f32
          %v347 = arith.mulf %v346, %v196 fastmath<contract> : f32
          %v348 = arith.mulf %v198, %v344 fastmath<contract> : f32
          %v349 = arith.addf %v348, %v200 fastmath<contract> : f32
          %v350 = arith.mulf %v349, %v344 fastmath<contract> : f32
          %v351 = arith.addf %v350, %v203 fastmath<contract> : f32
          %v352 = arith.mulf %v351, %v344 fastmath<contract> : f32
          %v353 = arith.addf %v352, %v206 fastmath<contract> : f32
          %v354 = arith.mulf %v353, %v344 fastmath<contract> : f32
          %v355 = arith.addf %v354, %v209 fastmath<contract> : f32
          %v356 = arith.mulf %v355, %v344 fastmath<contract> : f32
          %v357 = arith.addf %v356, %v212 fastmath<contract> : f32
          %v358 = arith.mulf %v357, %v344 fastmath<contract> : f32
          %v359 = arith.addf %v358, %v193 fastmath<contract> : f32
          %v360 = arith.mulf %v359, %v344 fastmath<contract> : f32
          %v361 = llvm.call_intrinsic "llvm.fabs.f32"(%v344) : (f32) -> f32
          %v362 = arith.cmpf olt, %v361, %v218 : f32
          %v363 = arith.select %v362, %v360, %v347 : f32
          %v364 = arith.addf %v340, %v363 fastmath<contract> : f32
          %v365 = arith.mulf %v364, %v162 fastmath<contract> : f32
          %v367 = arith.addi %v123, %v366 : i64
          %v368 = arith.addf %v139, %v185 fastmath<contract> : f32
          %v369 = arith.maximumf %v368, %v50 : f32
          %v370 = llvm.call_intrinsic "llvm.fabs.f32"(%v368) : (f32) -> f32
          %v371 = arith.negf %v370 : f32
          %v372 = arith.mulf %v371, %v190 fastmath<contract> : f32
          %v373 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v372) : (f32) -> f32
          %v374 = arith.addf %v193, %v373 fastmath<contract> : f32
          %v375 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v374) : (f32) -> f32
          %v376 = arith.mulf %v375, %v196 fastmath<contract> : f32
          %v377 = arith.mulf %v198, %v373 fastmath<contract> : f32
          %v378 = arith.addf %v377, %v200 fastmath<contract> : f32
          %v379 = arith.mulf %v378, %v373 fastmath<contract> : f32
          %v380 = arith.addf %v379, %v203 fastmath<contract> : f32
          %v381 = arith.mulf %v380, %v373 fastmath<contract> : f32
          %v382 = arith.addf %v381, %v206 fastmath<contract> : f32
          %v383 = arith.mulf %v382, %v373 fastmath<contract> : f32
          %v384 = arith.addf %v383, %v209 fastmath<contract> : f32
          %v385 = arith.mulf %v384, %v373 fastmath<contract> : f32
          %v386 = arith.addf %v385, %v212 fastmath<contract> : f32
          %v387 = arith.mulf %v386, %v373 fastmath<contract> : f32
          %v388 = arith.addf %v387, %v193 fastmath<contract> : f32
          %v389 = arith.mulf %v388, %v373 fastmath<contract> : f32
          %v390 = llvm.call_intrinsic "llvm.fabs.f32"(%v373) : (f32) -> f32
          %v391 = arith.cmpf olt, %v390, %v218 : f32
          %v392 = arith.select %v391, %v389, %v376 : f32
          %v393 = arith.addf %v369, %v392 fastmath<contract> : f32
          %v394 = arith.mulf %v393, %v161 fastmath<contract> : f32
          %v395 = arith.addi %v123, %v125 : i64
          %v396 = arith.addf %v137, %v185 fastmath<contract> : f32
          %v397 = arith.maximumf %v396, %v50 : f32
          %v398 = llvm.call_intrinsic "llvm.fabs.f32"(%v396) : (f32) -> f32
          %v399 = arith.negf %v398 : f32
          %v400 = arith.mulf %v399, %v190 fastmath<contract> : f32
          %v401 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v400) : (f32) -> f32
          %v402 = arith.addf %v193, %v401 fastmath<contract> : f32
          %v403 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v402) : (f32) -> f32
          %v404 = arith.mulf %v403, %v196 fastmath<contract> : f32
          %v405 = arith.mulf %v198, %v401 fastmath<contract> : f32
          %v406 = arith.addf %v405, %v200 fastmath<contract> : f32
          %v407 = arith.mulf %v406, %v401 fastmath<contract> : f32
          %v408 = arith.addf %v407, %v203 fastmath<contract> : f32
          %v409 = arith.mulf %v408, %v401 fastmath<contract> : f32
          %v410 = arith.addf %v409, %v206 fastmath<contract> : f32
          %v411 = arith.mulf %v410, %v401 fastmath<contract> : f32
          %v412 = arith.addf %v411, %v209 fastmath<contract> : f32
          %v413 = arith.mulf %v412, %v401 fastmath<contract> : f32
          %v414 = arith.addf %v413, %v212 fastmath<contract> : f32
          %v415 = arith.mulf %v414, %v401 fastmath<contract> : f32
          %v416 = arith.addf %v415, %v193 fastmath<contract> : f32
          %v417 = arith.mulf %v416, %v401 fastmath<contract> : f32
          %v418 = llvm.call_intrinsic "llvm.fabs.f32"(%v401) : (f32) -> f32
          %v419 = arith.cmpf olt, %v418, %v218 : f32
          %v420 = arith.select %v419, %v417, %v404 : f32
          %v421 = arith.addf %v397, %v420 fastmath<contract> : f32
          %v422 = arith.mulf %v421, %v160 fastmath<contract> : f32
          %v423 = arith.addi %v123, %v2 : i64
          %v424 = arith.addf %v221, %v249 fastmath<contract> : f32
          %v425 = arith.addi %v123, %v63 : i64
          %v426 = arith.addf %v424, %v277 fastmath<contract> : f32
          %v427 = arith.addi %v123, %v279 : i64
          %v428 = arith.addf %v426, %v306 fastmath<contract> : f32
          %v429 = arith.addi %v123, %v308 : i64
          %v430 = arith.addf %v428, %v335 fastmath<contract> : f32
          %v431 = arith.addi %v123, %v337 : i64
          %v432 = arith.addf %v430, %v364 fastmath<contract> : f32
          %v433 = arith.addi %v123, %v366 : i64
          %v434 = arith.addf %v432, %v393 fastmath<contract> : f32
          %v435 = arith.addi %v123, %v125 : i64
          %v436 = arith.addf %v434, %v421 fastmath<contract> : f32
          %v439 = arith.mulf %v167, %v438 fastmath<contract> : f32
          llvm.store %v439, %v97 : f32, !llvm.ptr
          %v440 = arith.addi %v123, %v2 : i64
          %v441 = arith.mulf %v166, %v438 fastmath<contract> : f32
          llvm.store %v441, %v98 : f32, !llvm.ptr
          %v442 = arith.addi %v123, %v63 : i64
          %v443 = arith.mulf %v165, %v438 fastmath<contract> : f32
          llvm.store %v443, %v99 : f32, !llvm.ptr
          %v444 = arith.addi %v123, %v279 : i64
          %v445 = arith.mulf %v164, %v438 fastmath<contract> : f32
          llvm.store %v445, %v100 : f32, !llvm.ptr
          %v446 = arith.addi %v123, %v308 : i64
          %v447 = arith.mulf %v163, %v438 fastmath<contract> : f32
          llvm.store %v447, %v101 : f32, !llvm.ptr
          %v448 = arith.addi %v123, %v337 : i64
          %v449 = arith.mulf %v162, %v438 fastmath<contract> : f32
          llvm.store %v449, %v102 : f32, !llvm.ptr
          %v450 = arith.addi %v123, %v366 : i64
          %v451 = arith.mulf %v161, %v438 fastmath<contract> : f32
          llvm.store %v451, %v103 : f32, !llvm.ptr
          %v452 = arith.addi %v123, %v125 : i64
          %v453 = arith.mulf %v160, %v438 fastmath<contract> : f32
          llvm.store %v453, %v104 : f32, !llvm.ptr
          %v454 = arith.index_cast %v32 : i64 to index
          %v455 = arith.index_cast %v34 : i64 to index
          %v456 = arith.index_cast %v2 : i64 to index
          scf.for %v457 = %v454 to %v455 step %v456 {
            %v458 = arith.index_cast %v457 : index to i64
            %v459 = arith.muli %v25, %v1 : i64
            %v460 = arith.addi %v459, %v458 : i64
            %v461 = llvm.getelementptr %in_A[%v460] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v462 = llvm.load %v461 : !llvm.ptr -> f32
            %v463 = arith.mulf %v462, %v190 fastmath<contract> : f32
            %v464 = arith.muli %v25, %v1 : i64
            %v465 = arith.constant 8 : i64
            %v466 = arith.addi %v465, %v458 : i64
            %v467 = arith.addi %v464, %v466 : i64
            %v468 = llvm.getelementptr %in_A[%v467] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v469 = llvm.load %v468 : !llvm.ptr -> f32
            %v470 = arith.mulf %v469, %v190 fastmath<contract> : f32
            // 1. this point's K steps composed into one map (A, B)
            llvm.store %v193, %v6 : f32, !llvm.ptr
            llvm.store %v193, %v7 : f32, !llvm.ptr
            llvm.store %v50, %v8 : f32, !llvm.ptr
            llvm.store %v50, %v9 : f32, !llvm.ptr
            %v471 = arith.addi %v458, %v2 : i64
            %v472 = arith.cmpi ult, %v471, %v34 : i64
            %v473 = arith.addi %v123, %v125 : i64
            %v475 = arith.muli %v27, %v474 : i64
            %v476 = arith.subi %v131, %v473 : i64
            %v477 = arith.addi %v475, %v476 : i64
            %v478 = arith.muli %v458, %size_L : i64
            %v479 = arith.addi %v477, %v478 : i64
            %v480 = llvm.getelementptr %in_Bm[%v479] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v481 = llvm.load %v480 {alignment = 32 : i64} : !llvm.ptr -> vector<8xf32>
            %v482 = llvm.getelementptr %v480[%size_L] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v483 = llvm.select %v472, %v482, %v480 : i1, !llvm.ptr
            %v484 = llvm.ptrtoint %v483 : !llvm.ptr to i64
            llvm.inline_asm has_side_effects asm_dialect = att "prefetch.L1 [$0];", "l" %v484 : (i64) -> ()
            %v485 = arith.muli %v27, %v474 : i64
            %v486 = arith.subi %v131, %v473 : i64
            %v487 = arith.addi %v485, %v486 : i64
            %v488 = arith.constant 8 : i64
            %v489 = arith.addi %v488, %v458 : i64
            %v490 = arith.muli %v489, %size_L : i64
            %v491 = arith.addi %v487, %v490 : i64
            %v492 = llvm.getelementptr %in_Bm[%v491] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v493 = llvm.load %v492 {alignment = 32 : i64} : !llvm.ptr -> vector<8xf32>
            %v494 = llvm.getelementptr %v492[%size_L] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v495 = llvm.select %v472, %v494, %v492 : i1, !llvm.ptr
            %v496 = llvm.ptrtoint %v495 : !llvm.ptr to i64
            llvm.inline_asm has_side_effects asm_dialect = att "prefetch.L1 [$0];", "l" %v496 : (i64) -> ()
            %v497 = llvm.extractelement %v481[%v136 : i32] : vector<8xf32>
            %v498 = llvm.extractelement %v481[%v138 : i32] : vector<8xf32>
            %v499 = llvm.extractelement %v481[%v140 : i32] : vector<8xf32>
            %v500 = llvm.extractelement %v481[%v142 : i32] : vector<8xf32>
            %v501 = llvm.extractelement %v481[%v144 : i32] : vector<8xf32>
            %v502 = llvm.extractelement %v481[%v146 : i32] : vector<8xf32>
            %v503 = llvm.extractelement %v481[%v148 : i32] : vector<8xf32>
            %v504 = llvm.extractelement %v481[%v150 : i32] : vector<8xf32>
            %v505 = llvm.extractelement %v493[%v136 : i32] : vector<8xf32>
            %v506 = llvm.extractelement %v493[%v138 : i32] : vector<8xf32>
            %v507 = llvm.extractelement %v493[%v140 : i32] : vector<8xf32>
            %v508 = llvm.extractelement %v493[%v142 : i32] : vector<8xf32>
            %v509 = llvm.extractelement %v493[%v144 : i32] : vector<8xf32>
            %v510 = llvm.extractelement %v493[%v146 : i32] : vector<8xf32>
            %v511 = llvm.extractelement %v493[%v148 : i32] : vector<8xf32>
            %v512 = llvm.extractelement %v493[%v150 : i32] : vector<8xf32>
            %v513 = arith.addi %v123, %v125 : i64
            %v514 = arith.muli %v27, %v474 : i64
            %v515 = arith.subi %v131, %v513 : i64
            %v516 = arith.addi %v514, %v515 : i64
            %v517 = arith.muli %v458, %size_L : i64
            %v518 = arith.addi %v516, %v517 : i64
            %v519 = llvm.getelementptr %in_Cm[%v518] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v520 = llvm.load %v519 {alignment = 32 : i64} : !llvm.ptr -> vector<8xf32>
            %v521 = llvm.getelementptr %v519[%size_L] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v522 = llvm.select %v472, %v521, %v519 : i1, !llvm.ptr
            %v523 = llvm.ptrtoint %v522 : !llvm.ptr to i64
            llvm.inline_asm has_side_effects asm_dialect = att "prefetch.L1 [$0];", "l" %v523 : (i64) -> ()
            %v524 = arith.muli %v27, %v474 : i64
            %v525 = arith.subi %v131, %v513 : i64
            %v526 = arith.addi %v524, %v525 : i64
            %v527 = arith.constant 8 : i64
            %v528 = arith.addi %v527, %v458 : i64
            %v529 = arith.muli %v528, %size_L : i64
            %v530 = arith.addi %v526, %v529 : i64
            %v531 = llvm.getelementptr %in_Cm[%v530] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v532 = llvm.load %v531 {alignment = 32 : i64} : !llvm.ptr -> vector<8xf32>
            %v533 = llvm.getelementptr %v531[%size_L] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v534 = llvm.select %v472, %v533, %v531 : i1, !llvm.ptr
            %v535 = llvm.ptrtoint %v534 : !llvm.ptr to i64
            llvm.inline_asm has_side_effects asm_dialect = att "prefetch.L1 [$0];", "l" %v535 : (i64) -> ()
            %v536 = arith.mulf %v221, %v463 fastmath<contract> : f32
            %v537 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v536) : (f32) -> f32
            %v538 = arith.mulf %v504, %v222 fastmath<contract> : f32
            %v539 = llvm.load %v8 : !llvm.ptr -> f32
            %v540 = arith.mulf %v537, %v539 fastmath<contract> : f32
            %v541 = arith.addf %v540, %v538 fastmath<contract> : f32
            %v542 = llvm.load %v6 : !llvm.ptr -> f32
            %v543 = arith.mulf %v537, %v542 fastmath<contract> : f32
            %v544 = arith.mulf %v221, %v470 fastmath<contract> : f32
            %v545 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v544) : (f32) -> f32
            %v546 = arith.mulf %v512, %v222 fastmath<contract> : f32
            %v547 = llvm.load %v9 : !llvm.ptr -> f32
            %v548 = arith.mulf %v545, %v547 fastmath<contract> : f32
            %v549 = arith.addf %v548, %v546 fastmath<contract> : f32
            %v550 = llvm.load %v7 : !llvm.ptr -> f32
            %v551 = arith.mulf %v545, %v550 fastmath<contract> : f32
            llvm.store %v541, %v8 : f32, !llvm.ptr
            llvm.store %v543, %v6 : f32, !llvm.ptr
            llvm.store %v549, %v9 : f32, !llvm.ptr
            llvm.store %v551, %v7 : f32, !llvm.ptr
            %v552 = arith.addi %v123, %v2 : i64
            %v553 = arith.mulf %v249, %v463 fastmath<contract> : f32
            %v554 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v553) : (f32) -> f32
            %v555 = arith.mulf %v503, %v250 fastmath<contract> : f32
            %v556 = llvm.load %v8 : !llvm.ptr -> f32
            %v557 = arith.mulf %v554, %v556 fastmath<contract> : f32
            %v558 = arith.addf %v557, %v555 fastmath<contract> : f32
            %v559 = llvm.load %v6 : !llvm.ptr -> f32
            %v560 = arith.mulf %v554, %v559 fastmath<contract> : f32
            %v561 = arith.mulf %v249, %v470 fastmath<contract> : f32
            %v562 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v561) : (f32) -> f32
            %v563 = arith.mulf %v511, %v250 fastmath<contract> : f32
            %v564 = llvm.load %v9 : !llvm.ptr -> f32
            %v565 = arith.mulf %v562, %v564 fastmath<contract> : f32
            %v566 = arith.addf %v565, %v563 fastmath<contract> : f32
            %v567 = llvm.load %v7 : !llvm.ptr -> f32
            %v568 = arith.mulf %v562, %v567 fastmath<contract> : f32
            llvm.store %v558, %v8 : f32, !llvm.ptr
            llvm.store %v560, %v6 : f32, !llvm.ptr
            llvm.store %v566, %v9 : f32, !llvm.ptr
            llvm.store %v568, %v7 : f32, !llvm.ptr
            %v569 = arith.addi %v123, %v63 : i64
            %v570 = arith.mulf %v277, %v463 fastmath<contract> : f32
            %v571 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v570) : (f32) -> f32
            %v572 = arith.mulf %v502, %v278 fastmath<contract> : f32
            %v573 = llvm.load %v8 : !llvm.ptr -> f32
            %v574 = arith.mulf %v571, %v573 fastmath<contract> : f32
            %v575 = arith.addf %v574, %v572 fastmath<contract> : f32
            %v576 = llvm.load %v6 : !llvm.ptr -> f32
            %v577 = arith.mulf %v571, %v576 fastmath<contract> : f32
            %v578 = arith.mulf %v277, %v470 fastmath<contract> : f32
            %v579 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v578) : (f32) -> f32
            %v580 = arith.mulf %v510, %v278 fastmath<contract> : f32
            %v581 = llvm.load %v9 : !llvm.ptr -> f32
            %v582 = arith.mulf %v579, %v581 fastmath<contract> : f32
            %v583 = arith.addf %v582, %v580 fastmath<contract> : f32
            %v584 = llvm.load %v7 : !llvm.ptr -> f32
            %v585 = arith.mulf %v579, %v584 fastmath<contract> : f32
            llvm.store %v575, %v8 : f32, !llvm.ptr
            llvm.store %v577, %v6 : f32, !llvm.ptr
            llvm.store %v583, %v9 : f32, !llvm.ptr
            llvm.store %v585, %v7 : f32, !llvm.ptr
            %v586 = arith.addi %v123, %v279 : i64
            %v587 = arith.mulf %v306, %v463 fastmath<contract> : f32
            %v588 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v587) : (f32) -> f32
            %v589 = arith.mulf %v501, %v307 fastmath<contract> : f32
            %v590 = llvm.load %v8 : !llvm.ptr -> f32
            %v591 = arith.mulf %v588, %v590 fastmath<contract> : f32
            %v592 = arith.addf %v591, %v589 fastmath<contract> : f32
            %v593 = llvm.load %v6 : !llvm.ptr -> f32
            %v594 = arith.mulf %v588, %v593 fastmath<contract> : f32
            %v595 = arith.mulf %v306, %v470 fastmath<contract> : f32
            %v596 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v595) : (f32) -> f32
            %v597 = arith.mulf %v509, %v307 fastmath<contract> : f32
            %v598 = llvm.load %v9 : !llvm.ptr -> f32
            %v599 = arith.mulf %v596, %v598 fastmath<contract> : f32
            %v600 = arith.addf %v599, %v597 fastmath<contract> : f32
            %v601 = llvm.load %v7 : !llvm.ptr -> f32
            %v602 = arith.mulf %v596, %v601 fastmath<contract> : f32
            llvm.store %v592, %v8 : f32, !llvm.ptr
            llvm.store %v594, %v6 : f32, !llvm.ptr
            llvm.store %v600, %v9 : f32, !llvm.ptr
            llvm.store %v602, %v7 : f32, !llvm.ptr
            %v603 = arith.addi %v123, %v308 : i64
            %v604 = arith.mulf %v335, %v463 fastmath<contract> : f32
            %v605 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v604) : (f32) -> f32
            %v606 = arith.mulf %v500, %v336 fastmath<contract> : f32
            %v607 = llvm.load %v8 : !llvm.ptr -> f32
            %v608 = arith.mulf %v605, %v607 fastmath<contract> : f32
            %v609 = arith.addf %v608, %v606 fastmath<contract> : f32
            %v610 = llvm.load %v6 : !llvm.ptr -> f32
            %v611 = arith.mulf %v605, %v610 fastmath<contract> : f32
            %v612 = arith.mulf %v335, %v470 fastmath<contract> : f32
            %v613 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v612) : (f32) -> f32
            %v614 = arith.mulf %v508, %v336 fastmath<contract> : f32
            %v615 = llvm.load %v9 : !llvm.ptr -> f32
            %v616 = arith.mulf %v613, %v615 fastmath<contract> : f32
            %v617 = arith.addf %v616, %v614 fastmath<contract> : f32
            %v618 = llvm.load %v7 : !llvm.ptr -> f32
            %v619 = arith.mulf %v613, %v618 fastmath<contract> : f32
            llvm.store %v609, %v8 : f32, !llvm.ptr
            llvm.store %v611, %v6 : f32, !llvm.ptr
            llvm.store %v617, %v9 : f32, !llvm.ptr
            llvm.store %v619, %v7 : f32, !llvm.ptr
            %v620 = arith.addi %v123, %v337 : i64
            %v621 = arith.mulf %v364, %v463 fastmath<contract> : f32
            %v622 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v621) : (f32) -> f32
            %v623 = arith.mulf %v499, %v365 fastmath<contract> : f32
            %v624 = llvm.load %v8 : !llvm.ptr -> f32
            %v625 = arith.mulf %v622, %v624 fastmath<contract> : f32
            %v626 = arith.addf %v625, %v623 fastmath<contract> : f32
            %v627 = llvm.load %v6 : !llvm.ptr -> f32
            %v628 = arith.mulf %v622, %v627 fastmath<contract> : f32
            %v629 = arith.mulf %v364, %v470 fastmath<contract> : f32
            %v630 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v629) : (f32) -> f32
            %v631 = arith.mulf %v507, %v365 fastmath<contract> : f32
            %v632 = llvm.load %v9 : !llvm.ptr -> f32
            %v633 = arith.mulf %v630, %v632 fastmath<contract> : f32
            %v634 = arith.addf %v633, %v631 fastmath<contract> : f32
            %v635 = llvm.load %v7 : !llvm.ptr -> f32
            %v636 = arith.mulf %v630, %v635 fastmath<contract> : f32
            llvm.store %v626, %v8 : f32, !llvm.ptr
            llvm.store %v628, %v6 : f32, !llvm.ptr
            llvm.store %v634, %v9 : f32, !llvm.ptr
            llvm.store %v636, %v7 : f32, !llvm.ptr
            %v637 = arith.addi %v123, %v366 : i64
            %v638 = arith.mulf %v393, %v463 fastmath<contract> : f32
            %v639 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v638) : (f32) -> f32
            %v640 = arith.mulf %v498, %v394 fastmath<contract> : f32
            %v641 = llvm.load %v8 : !llvm.ptr -> f32
            %v642 = arith.mulf %v639, %v641 fastmath<contract> : f32
            %v643 = arith.addf %v642, %v640 fastmath<contract> : f32
            %v644 = llvm.load %v6 : !llvm.ptr -> f32
            %v645 = arith.mulf %v639, %v644 fastmath<contract> : f32
            %v646 = arith.mulf %v393, %v470 fastmath<contract> : f32
            %v647 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v646) : (f32) -> f32
            %v648 = arith.mulf %v506, %v394 fastmath<contract> : f32
            %v649 = llvm.load %v9 : !llvm.ptr -> f32
            %v650 = arith.mulf %v647, %v649 fastmath<contract> : f32
            %v651 = arith.addf %v650, %v648 fastmath<contract> : f32
            %v652 = llvm.load %v7 : !llvm.ptr -> f32
            %v653 = arith.mulf %v647, %v652 fastmath<contract> : f32
            llvm.store %v643, %v8 : f32, !llvm.ptr
            llvm.store %v645, %v6 : f32, !llvm.ptr
            llvm.store %v651, %v9 : f32, !llvm.ptr
            llvm.store %v653, %v7 : f32, !llvm.ptr
            %v654 = arith.addi %v123, %v125 : i64
            %v655 = arith.mulf %v421, %v463 fastmath<contract> : f32
            %v656 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v655) : (f32) -> f32
            %v657 = arith.mulf %v497, %v422 fastmath<contract> : f32
            %v658 = llvm.load %v8 : !llvm.ptr -> f32
            %v659 = arith.mulf %v656, %v658 fastmath<contract> : f32
            %v660 = arith.addf %v659, %v657 fastmath<contract> : f32
            %v661 = llvm.load %v6 : !llvm.ptr -> f32
            %v662 = arith.mulf %v656, %v661 fastmath<contract> : f32
            %v663 = arith.mulf %v421, %v470 fastmath<contract> : f32
            %v664 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v663) : (f32) -> f32
            %v665 = arith.mulf %v505, %v422 fastmath<contract> : f32
            %v666 = llvm.load %v9 : !llvm.ptr -> f32
            %v667 = arith.mulf %v664, %v666 fastmath<contract> : f32
            %v668 = arith.addf %v667, %v665 fastmath<contract> : f32
            %v669 = llvm.load %v7 : !llvm.ptr -> f32
            %v670 = arith.mulf %v664, %v669 fastmath<contract> : f32
            llvm.store %v660, %v8 : f32, !llvm.ptr
            llvm.store %v662, %v6 : f32, !llvm.ptr
            llvm.store %v668, %v9 : f32, !llvm.ptr
            llvm.store %v670, %v7 : f32, !llvm.ptr
            %v671 = arith.mulf %v436, %v463 fastmath<contract> : f32
            %v672 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v671) : (f32) -> f32
            llvm.store %v672, %v6 : f32, !llvm.ptr
            %v673 = arith.mulf %v436, %v470 fastmath<contract> : f32
            %v674 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v673) : (f32) -> f32
            llvm.store %v674, %v7 : f32, !llvm.ptr
            %v675 = arith.constant true
            %v676 = arith.xori %v122, %v675 : i1
            scf.if %v676 {
              llvm.store %v193, %v6 : f32, !llvm.ptr
              llvm.store %v193, %v7 : f32, !llvm.ptr
              llvm.store %v50, %v8 : f32, !llvm.ptr
              llvm.store %v50, %v9 : f32, !llvm.ptr
            }
            // 2. the block's scan of this point's maps
            %v677 = llvm.load %v6 : !llvm.ptr -> f32
            %v678 = llvm.load %v8 : !llvm.ptr -> f32
            %v679 = llvm.load %v7 : !llvm.ptr -> f32
            %v680 = llvm.load %v9 : !llvm.ptr -> f32
            %v681 = arith.addi %v116, %v458 : i64
            %v682 = arith.andi %v681, %v2 : i64
            %v683 = arith.muli %v682, %v34 : i64
            %v685, %v686 = gpu.shuffle up %v677, %v138, %v684 : f32
            %v687, %v688 = gpu.shuffle up %v678, %v138, %v684 : f32
            %v689 = arith.mulf %v677, %v685 fastmath<contract> : f32
            %v690 = arith.mulf %v677, %v687 fastmath<contract> : f32
            %v691 = arith.addf %v690, %v678 fastmath<contract> : f32
            %v692 = arith.cmpi uge, %v30, %v2 : i64
            %v693 = arith.select %v692, %v689, %v677 : f32
            %v694 = arith.select %v692, %v691, %v678 : f32
            %v695, %v696 = gpu.shuffle up %v693, %v140, %v684 : f32
            %v697, %v698 = gpu.shuffle up %v694, %v140, %v684 : f32
            %v699 = arith.mulf %v693, %v695 fastmath<contract> : f32
            %v700 = arith.mulf %v693, %v697 fastmath<contract> : f32
            %v701 = arith.addf %v700, %v694 fastmath<contract> : f32
            %v702 = arith.cmpi uge, %v30, %v63 : i64
            %v703 = arith.select %v702, %v699, %v693 : f32
            %v704 = arith.select %v702, %v701, %v694 : f32
            %v705, %v706 = gpu.shuffle up %v703, %v144, %v684 : f32
            %v707, %v708 = gpu.shuffle up %v704, %v144, %v684 : f32
            %v709 = arith.mulf %v703, %v705 fastmath<contract> : f32
            %v710 = arith.mulf %v703, %v707 fastmath<contract> : f32
            %v711 = arith.addf %v710, %v704 fastmath<contract> : f32
            %v712 = arith.cmpi uge, %v30, %v308 : i64
            %v713 = arith.select %v712, %v709, %v703 : f32
            %v714 = arith.select %v712, %v711, %v704 : f32
            %v716, %v717 = gpu.shuffle up %v713, %v715, %v684 : f32
            %v718, %v719 = gpu.shuffle up %v714, %v715, %v684 : f32
            %v720 = arith.mulf %v713, %v716 fastmath<contract> : f32
            %v721 = arith.mulf %v713, %v718 fastmath<contract> : f32
            %v722 = arith.addf %v721, %v714 fastmath<contract> : f32
            %v723 = arith.cmpi uge, %v30, %v34 : i64
            %v724 = arith.select %v723, %v720, %v713 : f32
            %v725 = arith.select %v723, %v722, %v714 : f32
            %v727, %v728 = gpu.shuffle up %v724, %v726, %v684 : f32
            %v729, %v730 = gpu.shuffle up %v725, %v726, %v684 : f32
            %v731 = arith.mulf %v724, %v727 fastmath<contract> : f32
            %v732 = arith.mulf %v724, %v729 fastmath<contract> : f32
            %v733 = arith.addf %v732, %v725 fastmath<contract> : f32
            %v734 = arith.cmpi uge, %v30, %v1 : i64
            %v735 = arith.select %v734, %v731, %v724 : f32
            %v736 = arith.select %v734, %v733, %v725 : f32
            %v738 = arith.cmpi eq, %v30, %v737 : i64
            %v739 = arith.addi %v683, %v31 : i64
            scf.if %v738 {
              %v740 = llvm.getelementptr %v13[%v739] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v735, %v740 : f32, !llvm.ptr
              %v741 = llvm.getelementptr %v15[%v739] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v736, %v741 : f32, !llvm.ptr
            }
            %v742, %v743 = gpu.shuffle up %v735, %v138, %v684 : f32
            %v744, %v745 = gpu.shuffle up %v736, %v138, %v684 : f32
            %v746 = arith.cmpi eq, %v30, %v32 : i64
            %v747 = arith.select %v746, %v193, %v742 : f32
            %v748 = arith.select %v746, %v50, %v744 : f32
            %v749, %v750 = gpu.shuffle up %v679, %v138, %v684 : f32
            %v751, %v752 = gpu.shuffle up %v680, %v138, %v684 : f32
            %v753 = arith.mulf %v679, %v749 fastmath<contract> : f32
            %v754 = arith.mulf %v679, %v751 fastmath<contract> : f32
            %v755 = arith.addf %v754, %v680 fastmath<contract> : f32
            %v756 = arith.cmpi uge, %v30, %v2 : i64
            %v757 = arith.select %v756, %v753, %v679 : f32
            %v758 = arith.select %v756, %v755, %v680 : f32
            %v759, %v760 = gpu.shuffle up %v757, %v140, %v684 : f32
            %v761, %v762 = gpu.shuffle up %v758, %v140, %v684 : f32
            %v763 = arith.mulf %v757, %v759 fastmath<contract> : f32
            %v764 = arith.mulf %v757, %v761 fastmath<contract> : f32
            %v765 = arith.addf %v764, %v758 fastmath<contract> : f32
            %v766 = arith.cmpi uge, %v30, %v63 : i64
            %v767 = arith.select %v766, %v763, %v757 : f32
            %v768 = arith.select %v766, %v765, %v758 : f32
            %v769, %v770 = gpu.shuffle up %v767, %v144, %v684 : f32
            %v771, %v772 = gpu.shuffle up %v768, %v144, %v684 : f32
            %v773 = arith.mulf %v767, %v769 fastmath<contract> : f32
            %v774 = arith.mulf %v767, %v771 fastmath<contract> : f32
            %v775 = arith.addf %v774, %v768 fastmath<contract> : f32
            %v776 = arith.cmpi uge, %v30, %v308 : i64
            %v777 = arith.select %v776, %v773, %v767 : f32
            %v778 = arith.select %v776, %v775, %v768 : f32
            %v779, %v780 = gpu.shuffle up %v777, %v715, %v684 : f32
            %v781, %v782 = gpu.shuffle up %v778, %v715, %v684 : f32
            %v783 = arith.mulf %v777, %v779 fastmath<contract> : f32
            %v784 = arith.mulf %v777, %v781 fastmath<contract> : f32
            %v785 = arith.addf %v784, %v778 fastmath<contract> : f32
            %v786 = arith.cmpi uge, %v30, %v34 : i64
            %v787 = arith.select %v786, %v783, %v777 : f32
            %v788 = arith.select %v786, %v785, %v778 : f32
            %v789, %v790 = gpu.shuffle up %v787, %v726, %v684 : f32
            %v791, %v792 = gpu.shuffle up %v788, %v726, %v684 : f32
            %v793 = arith.mulf %v787, %v789 fastmath<contract> : f32
            %v794 = arith.mulf %v787, %v791 fastmath<contract> : f32
            %v795 = arith.addf %v794, %v788 fastmath<contract> : f32
            %v796 = arith.cmpi uge, %v30, %v1 : i64
            %v797 = arith.select %v796, %v793, %v787 : f32
            %v798 = arith.select %v796, %v795, %v788 : f32
            %v799 = arith.cmpi eq, %v30, %v737 : i64
            %v800 = arith.addi %v683, %v308 : i64
            %v801 = arith.addi %v800, %v31 : i64
            scf.if %v799 {
              %v802 = llvm.getelementptr %v13[%v801] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v797, %v802 : f32, !llvm.ptr
              %v803 = llvm.getelementptr %v15[%v801] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v798, %v803 : f32, !llvm.ptr
            }
            %v804, %v805 = gpu.shuffle up %v797, %v138, %v684 : f32
            %v806, %v807 = gpu.shuffle up %v798, %v138, %v684 : f32
            %v808 = arith.cmpi eq, %v30, %v32 : i64
            %v809 = arith.select %v808, %v193, %v804 : f32
            %v810 = arith.select %v808, %v50, %v806 : f32
            // across warps: each thread composes the warps' totals before its own, and all of them
            gpu.barrier
            %v811 = llvm.getelementptr %v13[%v683] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v812 = llvm.load %v811 : !llvm.ptr -> f32
            %v813 = llvm.getelementptr %v15[%v683] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v814 = llvm.load %v813 : !llvm.ptr -> f32
            %v815 = arith.mulf %v812, %v193 fastmath<contract> : f32
            %v816 = arith.mulf %v812, %v50 fastmath<contract> : f32
            %v817 = arith.addf %v816, %v814 fastmath<contract> : f32
            %v818 = arith.cmpi ugt, %v31, %v32 : i64
            %v819 = arith.select %v818, %v815, %v193 : f32
            %v820 = arith.select %v818, %v817, %v50 : f32
            %v821 = arith.addi %v683, %v2 : i64
            %v822 = llvm.getelementptr %v13[%v821] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v823 = llvm.load %v822 : !llvm.ptr -> f32
            %v824 = llvm.getelementptr %v15[%v821] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v825 = llvm.load %v824 : !llvm.ptr -> f32
            %v826 = arith.mulf %v823, %v815 fastmath<contract> : f32
            %v827 = arith.mulf %v823, %v817 fastmath<contract> : f32
            %v828 = arith.addf %v827, %v825 fastmath<contract> : f32
            %v829 = arith.cmpi ugt, %v31, %v2 : i64
            %v830 = arith.select %v829, %v826, %v819 : f32
            %v831 = arith.select %v829, %v828, %v820 : f32
            %v832 = arith.addi %v683, %v63 : i64
            %v833 = llvm.getelementptr %v13[%v832] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v834 = llvm.load %v833 : !llvm.ptr -> f32
            %v835 = llvm.getelementptr %v15[%v832] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v836 = llvm.load %v835 : !llvm.ptr -> f32
            %v837 = arith.mulf %v834, %v826 fastmath<contract> : f32
            %v838 = arith.mulf %v834, %v828 fastmath<contract> : f32
            %v839 = arith.addf %v838, %v836 fastmath<contract> : f32
            %v840 = arith.cmpi ugt, %v31, %v63 : i64
            %v841 = arith.select %v840, %v837, %v830 : f32
            %v842 = arith.select %v840, %v839, %v831 : f32
            %v843 = arith.addi %v683, %v279 : i64
            %v844 = llvm.getelementptr %v13[%v843] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v845 = llvm.load %v844 : !llvm.ptr -> f32
            %v846 = llvm.getelementptr %v15[%v843] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v847 = llvm.load %v846 : !llvm.ptr -> f32
            %v848 = arith.mulf %v845, %v837 fastmath<contract> : f32
            %v849 = arith.mulf %v845, %v839 fastmath<contract> : f32
            %v850 = arith.addf %v849, %v847 fastmath<contract> : f32
            %v851 = arith.mulf %v747, %v841 fastmath<contract> : f32
            %v852 = arith.mulf %v747, %v842 fastmath<contract> : f32
            %v853 = arith.addf %v852, %v748 fastmath<contract> : f32
            %v854 = arith.addi %v683, %v308 : i64
            %v855 = llvm.getelementptr %v13[%v854] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v856 = llvm.load %v855 : !llvm.ptr -> f32
            %v857 = llvm.getelementptr %v15[%v854] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v858 = llvm.load %v857 : !llvm.ptr -> f32
            %v859 = arith.mulf %v856, %v193 fastmath<contract> : f32
            %v860 = arith.mulf %v856, %v50 fastmath<contract> : f32
            %v861 = arith.addf %v860, %v858 fastmath<contract> : f32
            %v862 = arith.cmpi ugt, %v31, %v32 : i64
            %v863 = arith.select %v862, %v859, %v193 : f32
            %v864 = arith.select %v862, %v861, %v50 : f32
            %v865 = arith.addi %v683, %v308 : i64
            %v866 = arith.addi %v865, %v2 : i64
            %v867 = llvm.getelementptr %v13[%v866] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v868 = llvm.load %v867 : !llvm.ptr -> f32
            %v869 = llvm.getelementptr %v15[%v866] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v870 = llvm.load %v869 : !llvm.ptr -> f32
            %v871 = arith.mulf %v868, %v859 fastmath<contract> : f32
            %v872 = arith.mulf %v868, %v861 fastmath<contract> : f32
            %v873 = arith.addf %v872, %v870 fastmath<contract> : f32
            %v874 = arith.cmpi ugt, %v31, %v2 : i64
            %v875 = arith.select %v874, %v871, %v863 : f32
            %v876 = arith.select %v874, %v873, %v864 : f32
            %v877 = arith.addi %v683, %v308 : i64
            %v878 = arith.addi %v877, %v63 : i64
            %v879 = llvm.getelementptr %v13[%v878] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v880 = llvm.load %v879 : !llvm.ptr -> f32
            %v881 = llvm.getelementptr %v15[%v878] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v882 = llvm.load %v881 : !llvm.ptr -> f32
            %v883 = arith.mulf %v880, %v871 fastmath<contract> : f32
            %v884 = arith.mulf %v880, %v873 fastmath<contract> : f32
            %v885 = arith.addf %v884, %v882 fastmath<contract> : f32
            %v886 = arith.cmpi ugt, %v31, %v63 : i64
            %v887 = arith.select %v886, %v883, %v875 : f32
            %v888 = arith.select %v886, %v885, %v876 : f32
            %v889 = arith.addi %v683, %v308 : i64
            %v890 = arith.addi %v889, %v279 : i64
            %v891 = llvm.getelementptr %v13[%v890] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v892 = llvm.load %v891 : !llvm.ptr -> f32
            %v893 = llvm.getelementptr %v15[%v890] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v894 = llvm.load %v893 : !llvm.ptr -> f32
            %v895 = arith.mulf %v892, %v883 fastmath<contract> : f32
            %v896 = arith.mulf %v892, %v885 fastmath<contract> : f32
            %v897 = arith.addf %v896, %v894 fastmath<contract> : f32
            %v898 = arith.mulf %v809, %v887 fastmath<contract> : f32
            %v899 = arith.mulf %v809, %v888 fastmath<contract> : f32
            %v900 = arith.addf %v899, %v810 fastmath<contract> : f32
            %v901 = arith.muli %v458, %v63 : i64
            %v902 = arith.addi %v114, %v901 : i64
            %v903 = llvm.getelementptr %v17[%v902] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v904 = llvm.load %v903 : !llvm.ptr -> f32
            %v905 = arith.mulf %v851, %v904 fastmath<contract> : f32
            %v906 = arith.addf %v905, %v853 fastmath<contract> : f32
            llvm.store %v906, %v4 : f32, !llvm.ptr
            %v907 = arith.mulf %v848, %v904 fastmath<contract> : f32
            %v908 = arith.addf %v907, %v850 fastmath<contract> : f32
            %v909 = arith.muli %v458, %v63 : i64
            %v910 = arith.addi %v909, %v2 : i64
            %v911 = arith.addi %v114, %v910 : i64
            %v912 = llvm.getelementptr %v17[%v911] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v913 = llvm.load %v912 : !llvm.ptr -> f32
            %v914 = arith.mulf %v898, %v913 fastmath<contract> : f32
            %v915 = arith.addf %v914, %v900 fastmath<contract> : f32
            llvm.store %v915, %v5 : f32, !llvm.ptr
            %v916 = arith.mulf %v895, %v913 fastmath<contract> : f32
            %v917 = arith.addf %v916, %v897 fastmath<contract> : f32
            // 3. the K steps again: checkpoints, outputs at this point, sums' terms
            %v918 = llvm.extractelement %v520[%v136 : i32] : vector<8xf32>
            %v919 = llvm.extractelement %v520[%v138 : i32] : vector<8xf32>
            %v920 = llvm.extractelement %v520[%v140 : i32] : vector<8xf32>
            %v921 = llvm.extractelement %v520[%v142 : i32] : vector<8xf32>
            %v922 = llvm.extractelement %v520[%v144 : i32] : vector<8xf32>
            %v923 = llvm.extractelement %v520[%v146 : i32] : vector<8xf32>
            %v924 = llvm.extractelement %v520[%v148 : i32] : vector<8xf32>
            %v925 = llvm.extractelement %v520[%v150 : i32] : vector<8xf32>
            %v926 = llvm.extractelement %v532[%v136 : i32] : vector<8xf32>
            %v927 = llvm.extractelement %v532[%v138 : i32] : vector<8xf32>
            %v928 = llvm.extractelement %v532[%v140 : i32] : vector<8xf32>
            %v929 = llvm.extractelement %v532[%v142 : i32] : vector<8xf32>
            %v930 = llvm.extractelement %v532[%v144 : i32] : vector<8xf32>
            %v931 = llvm.extractelement %v532[%v146 : i32] : vector<8xf32>
            %v932 = llvm.extractelement %v532[%v148 : i32] : vector<8xf32>
            %v933 = llvm.extractelement %v532[%v150 : i32] : vector<8xf32>
            // save the states at checkpoint steps (when given somewhere to save them)
            %v935 = arith.remui %v123, %v934 : i64
            %v936 = arith.cmpi eq, %v935, %v32 : i64
            %v937 = arith.andi %v936, %v124 : i1
            scf.if %v937 {
              %v938 = arith.divui %v123, %v934 : i64
              %v939 = llvm.mlir.zero : !llvm.ptr
              %v940 = llvm.icmp "ne" %ckpt_h, %v939 : !llvm.ptr
              scf.if %v940 {
                %v943 = arith.muli %v938, %v942 : i64
                %v944 = llvm.load %v4 : !llvm.ptr -> f32
                %v945 = arith.muli %v27, %v40 : i64
                %v946 = arith.muli %v25, %v1 : i64
                %v947 = arith.addi %v945, %v946 : i64
                %v948 = arith.addi %v947, %v458 : i64
                %v949 = arith.addi %v943, %v948 : i64
                %v950 = llvm.getelementptr %ckpt_h[%v949] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                llvm.store %v944, %v950 : f32, !llvm.ptr
                %v951 = llvm.load %v5 : !llvm.ptr -> f32
                %v952 = arith.muli %v27, %v40 : i64
                %v953 = arith.muli %v25, %v1 : i64
                %v954 = arith.addi %v952, %v953 : i64
                %v955 = arith.constant 8 : i64
                %v956 = arith.addi %v955, %v458 : i64
                %v957 = arith.addi %v954, %v956 : i64
                %v958 = arith.addi %v943, %v957 : i64
                %v959 = llvm.getelementptr %ckpt_h[%v958] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                llvm.store %v951, %v959 : f32, !llvm.ptr
              }
            }
            // end save
            %v960 = llvm.load %v4 : !llvm.ptr -> f32
            %v961 = arith.mulf %v537, %v960 fastmath<contract> : f32
            %v962 = arith.addf %v961, %v538 fastmath<contract> : f32
            %v963 = llvm.load %v5 : !llvm.ptr -> f32
            %v964 = arith.mulf %v545, %v963 fastmath<contract> : f32
            %v965 = arith.addf %v964, %v546 fastmath<contract> : f32
            llvm.store %v962, %v4 : f32, !llvm.ptr
            llvm.store %v965, %v5 : f32, !llvm.ptr
            %v966 = llvm.load %v4 : !llvm.ptr -> f32
            %v967 = arith.mulf %v925, %v966 fastmath<contract> : f32
            %v968 = llvm.load %v97 : !llvm.ptr -> f32
            %v969 = arith.addf %v968, %v967 fastmath<contract> : f32
            llvm.store %v969, %v97 : f32, !llvm.ptr
            %v970 = llvm.load %v5 : !llvm.ptr -> f32
            %v971 = arith.mulf %v933, %v970 fastmath<contract> : f32
            %v972 = llvm.load %v97 : !llvm.ptr -> f32
            %v973 = arith.addf %v972, %v971 fastmath<contract> : f32
            llvm.store %v973, %v97 : f32, !llvm.ptr
            %v974 = arith.addi %v123, %v2 : i64
            %v975 = llvm.load %v4 : !llvm.ptr -> f32
            %v976 = arith.mulf %v554, %v975 fastmath<contract> : f32
            %v977 = arith.addf %v976, %v555 fastmath<contract> : f32
            %v978 = llvm.load %v5 : !llvm.ptr -> f32
            %v979 = arith.mulf %v562, %v978 fastmath<contract> : f32
            %v980 = arith.addf %v979, %v563 fastmath<contract> : f32
            llvm.store %v977, %v4 : f32, !llvm.ptr
            llvm.store %v980, %v5 : f32, !llvm.ptr
            %v981 = llvm.load %v4 : !llvm.ptr -> f32
            %v982 = arith.mulf %v924, %v981 fastmath<contract> : f32
            %v983 = llvm.load %v98 : !llvm.ptr -> f32
            %v984 = arith.addf %v983, %v982 fastmath<contract> : f32
            llvm.store %v984, %v98 : f32, !llvm.ptr
            %v985 = llvm.load %v5 : !llvm.ptr -> f32
            %v986 = arith.mulf %v932, %v985 fastmath<contract> : f32
            %v987 = llvm.load %v98 : !llvm.ptr -> f32
            %v988 = arith.addf %v987, %v986 fastmath<contract> : f32
            llvm.store %v988, %v98 : f32, !llvm.ptr
            %v989 = arith.addi %v123, %v63 : i64
            %v990 = llvm.load %v4 : !llvm.ptr -> f32
            %v991 = arith.mulf %v571, %v990 fastmath<contract> : f32
            %v992 = arith.addf %v991, %v572 fastmath<contract> : f32
            %v993 = llvm.load %v5 : !llvm.ptr -> f32
            %v994 = arith.mulf %v579, %v993 fastmath<contract> : f32
            %v995 = arith.addf %v994, %v580 fastmath<contract> : f32
            llvm.store %v992, %v4 : f32, !llvm.ptr
            llvm.store %v995, %v5 : f32, !llvm.ptr
            %v996 = llvm.load %v4 : !llvm.ptr -> f32
            %v997 = arith.mulf %v923, %v996 fastmath<contract> : f32
            %v998 = llvm.load %v99 : !llvm.ptr -> f32
            %v999 = arith.addf %v998, %v997 fastmath<contract> : f32
            llvm.store %v999, %v99 : f32, !llvm.ptr
            %v1000 = llvm.load %v5 : !llvm.ptr -> f32
            %v1001 = arith.mulf %v931, %v1000 fastmath<contract> : f32
            %v1002 = llvm.load %v99 : !llvm.ptr -> f32
            %v1003 = arith.addf %v1002, %v1001 fastmath<contract> : f32
            llvm.store %v1003, %v99 : f32, !llvm.ptr
            %v1004 = arith.addi %v123, %v279 : i64
            %v1005 = llvm.load %v4 : !llvm.ptr -> f32
            %v1006 = arith.mulf %v588, %v1005 fastmath<contract> : f32
            %v1007 = arith.addf %v1006, %v589 fastmath<contract> : f32
            %v1008 = llvm.load %v5 : !llvm.ptr -> f32
            %v1009 = arith.mulf %v596, %v1008 fastmath<contract> : f32
            %v1010 = arith.addf %v1009, %v597 fastmath<contract> : f32
            llvm.store %v1007, %v4 : f32, !llvm.ptr
            llvm.store %v1010, %v5 : f32, !llvm.ptr
            %v1011 = llvm.load %v4 : !llvm.ptr -> f32
            %v1012 = arith.mulf %v922, %v1011 fastmath<contract> : f32
            %v1013 = llvm.load %v100 : !llvm.ptr -> f32
            %v1014 = arith.addf %v1013, %v1012 fastmath<contract> : f32
            llvm.store %v1014, %v100 : f32, !llvm.ptr
            %v1015 = llvm.load %v5 : !llvm.ptr -> f32
            %v1016 = arith.mulf %v930, %v1015 fastmath<contract> : f32
            %v1017 = llvm.load %v100 : !llvm.ptr -> f32
            %v1018 = arith.addf %v1017, %v1016 fastmath<contract> : f32
            llvm.store %v1018, %v100 : f32, !llvm.ptr
            %v1019 = arith.addi %v123, %v308 : i64
            %v1020 = llvm.load %v4 : !llvm.ptr -> f32
            %v1021 = arith.mulf %v605, %v1020 fastmath<contract> : f32
            %v1022 = arith.addf %v1021, %v606 fastmath<contract> : f32
            %v1023 = llvm.load %v5 : !llvm.ptr -> f32
            %v1024 = arith.mulf %v613, %v1023 fastmath<contract> : f32
            %v1025 = arith.addf %v1024, %v614 fastmath<contract> : f32
            llvm.store %v1022, %v4 : f32, !llvm.ptr
            llvm.store %v1025, %v5 : f32, !llvm.ptr
            %v1026 = llvm.load %v4 : !llvm.ptr -> f32
            %v1027 = arith.mulf %v921, %v1026 fastmath<contract> : f32
            %v1028 = llvm.load %v101 : !llvm.ptr -> f32
            %v1029 = arith.addf %v1028, %v1027 fastmath<contract> : f32
            llvm.store %v1029, %v101 : f32, !llvm.ptr
            %v1030 = llvm.load %v5 : !llvm.ptr -> f32
            %v1031 = arith.mulf %v929, %v1030 fastmath<contract> : f32
            %v1032 = llvm.load %v101 : !llvm.ptr -> f32
            %v1033 = arith.addf %v1032, %v1031 fastmath<contract> : f32
            llvm.store %v1033, %v101 : f32, !llvm.ptr
            %v1034 = arith.addi %v123, %v337 : i64
            %v1035 = llvm.load %v4 : !llvm.ptr -> f32
            %v1036 = arith.mulf %v622, %v1035 fastmath<contract> : f32
            %v1037 = arith.addf %v1036, %v623 fastmath<contract> : f32
            %v1038 = llvm.load %v5 : !llvm.ptr -> f32
            %v1039 = arith.mulf %v630, %v1038 fastmath<contract> : f32
            %v1040 = arith.addf %v1039, %v631 fastmath<contract> : f32
            llvm.store %v1037, %v4 : f32, !llvm.ptr
            llvm.store %v1040, %v5 : f32, !llvm.ptr
            %v1041 = llvm.load %v4 : !llvm.ptr -> f32
            %v1042 = arith.mulf %v920, %v1041 fastmath<contract> : f32
            %v1043 = llvm.load %v102 : !llvm.ptr -> f32
            %v1044 = arith.addf %v1043, %v1042 fastmath<contract> : f32
            llvm.store %v1044, %v102 : f32, !llvm.ptr
            %v1045 = llvm.load %v5 : !llvm.ptr -> f32
            %v1046 = arith.mulf %v928, %v1045 fastmath<contract> : f32
            %v1047 = llvm.load %v102 : !llvm.ptr -> f32
            %v1048 = arith.addf %v1047, %v1046 fastmath<contract> : f32
            llvm.store %v1048, %v102 : f32, !llvm.ptr
            %v1049 = arith.addi %v123, %v366 : i64
            %v1050 = llvm.load %v4 : !llvm.ptr -> f32
            %v1051 = arith.mulf %v639, %v1050 fastmath<contract> : f32
            %v1052 = arith.addf %v1051, %v640 fastmath<contract> : f32
            %v1053 = llvm.load %v5 : !llvm.ptr -> f32
            %v1054 = arith.mulf %v647, %v1053 fastmath<contract> : f32
            %v1055 = arith.addf %v1054, %v648 fastmath<contract> : f32
            llvm.store %v1052, %v4 : f32, !llvm.ptr
            llvm.store %v1055, %v5 : f32, !llvm.ptr
            %v1056 = llvm.load %v4 : !llvm.ptr -> f32
            %v1057 = arith.mulf %v919, %v1056 fastmath<contract> : f32
            %v1058 = llvm.load %v103 : !llvm.ptr -> f32
            %v1059 = arith.addf %v1058, %v1057 fastmath<contract> : f32
            llvm.store %v1059, %v103 : f32, !llvm.ptr
            %v1060 = llvm.load %v5 : !llvm.ptr -> f32
            %v1061 = arith.mulf %v927, %v1060 fastmath<contract> : f32
            %v1062 = llvm.load %v103 : !llvm.ptr -> f32
            %v1063 = arith.addf %v1062, %v1061 fastmath<contract> : f32
            llvm.store %v1063, %v103 : f32, !llvm.ptr
            %v1064 = arith.addi %v123, %v125 : i64
            %v1065 = llvm.load %v4 : !llvm.ptr -> f32
            %v1066 = arith.mulf %v656, %v1065 fastmath<contract> : f32
            %v1067 = arith.addf %v1066, %v657 fastmath<contract> : f32
            %v1068 = llvm.load %v5 : !llvm.ptr -> f32
            %v1069 = arith.mulf %v664, %v1068 fastmath<contract> : f32
            %v1070 = arith.addf %v1069, %v665 fastmath<contract> : f32
            llvm.store %v1067, %v4 : f32, !llvm.ptr
            llvm.store %v1070, %v5 : f32, !llvm.ptr
            %v1071 = llvm.load %v4 : !llvm.ptr -> f32
            %v1072 = arith.mulf %v918, %v1071 fastmath<contract> : f32
            %v1073 = llvm.load %v104 : !llvm.ptr -> f32
            %v1074 = arith.addf %v1073, %v1072 fastmath<contract> : f32
            llvm.store %v1074, %v104 : f32, !llvm.ptr
            %v1075 = llvm.load %v5 : !llvm.ptr -> f32
            %v1076 = arith.mulf %v926, %v1075 fastmath<contract> : f32
            %v1077 = llvm.load %v104 : !llvm.ptr -> f32
            %v1078 = arith.addf %v1077, %v1076 fastmath<contract> : f32
            llvm.store %v1078, %v104 : f32, !llvm.ptr
            scf.if %v33 {
              %v1079 = arith.muli %v458, %v63 : i64
              %v1080 = arith.addi %v115, %v1079 : i64
              %v1081 = llvm.getelementptr %v17[%v1080] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v908, %v1081 : f32, !llvm.ptr
              %v1082 = arith.muli %v458, %v63 : i64
              %v1083 = arith.addi %v1082, %v2 : i64
              %v1084 = arith.addi %v115, %v1083 : i64
              %v1085 = llvm.getelementptr %v17[%v1084] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v917, %v1085 : f32, !llvm.ptr
            }
          }
          // 4. the outputs summed over the points, K steps per vector store
          %v1086 = llvm.load %v97 : !llvm.ptr -> f32
          %v1087 = arith.negf %v183 : f32
          %v1088 = arith.mulf %v1087, %v190 fastmath<contract> : f32
          %v1089 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1088) : (f32) -> f32
          %v1090 = arith.addf %v193, %v1089 fastmath<contract> : f32
          %v1091 = arith.divf %v193, %v1090 : f32
          %v1092 = arith.mulf %v183, %v1091 fastmath<contract> : f32
          %v1093 = arith.mulf %v1086, %v1092 fastmath<contract> : f32
          %v1094 = arith.addi %v123, %v2 : i64
          %v1095 = llvm.load %v98 : !llvm.ptr -> f32
          %v1096 = arith.negf %v182 : f32
          %v1097 = arith.mulf %v1096, %v190 fastmath<contract> : f32
          %v1098 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1097) : (f32) -> f32
          %v1099 = arith.addf %v193, %v1098 fastmath<contract> : f32
          %v1100 = arith.divf %v193, %v1099 : f32
          %v1101 = arith.mulf %v182, %v1100 fastmath<contract> : f32
          %v1102 = arith.mulf %v1095, %v1101 fastmath<contract> : f32
          %v1103 = arith.addi %v123, %v63 : i64
          %v1104 = llvm.load %v99 : !llvm.ptr -> f32
          %v1105 = arith.negf %v181 : f32
          %v1106 = arith.mulf %v1105, %v190 fastmath<contract> : f32
          %v1107 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1106) : (f32) -> f32
          %v1108 = arith.addf %v193, %v1107 fastmath<contract> : f32
          %v1109 = arith.divf %v193, %v1108 : f32
          %v1110 = arith.mulf %v181, %v1109 fastmath<contract> : f32
          %v1111 = arith.mulf %v1104, %v1110 fastmath<contract> : f32
          %v1112 = arith.addi %v123, %v279 : i64
          %v1113 = llvm.load %v100 : !llvm.ptr -> f32
          %v1114 = arith.negf %v180 : f32
          %v1115 = arith.mulf %v1114, %v190 fastmath<contract> : f32
          %v1116 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1115) : (f32) -> f32
          %v1117 = arith.addf %v193, %v1116 fastmath<contract> : f32
          %v1118 = arith.divf %v193, %v1117 : f32
          %v1119 = arith.mulf %v180, %v1118 fastmath<contract> : f32
          %v1120 = arith.mulf %v1113, %v1119 fastmath<contract> : f32
          %v1121 = arith.addi %v123, %v308 : i64
          %v1122 = llvm.load %v101 : !llvm.ptr -> f32
          %v1123 = arith.negf %v179 : f32
          %v1124 = arith.mulf %v1123, %v190 fastmath<contract> : f32
          %v1125 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1124) : (f32) -> f32
          %v1126 = arith.addf %v193, %v1125 fastmath<contract> : f32
          %v1127 = arith.divf %v193, %v1126 : f32
          %v1128 = arith.mulf %v179, %v1127 fastmath<contract> : f32
          %v1129 = arith.mulf %v1122, %v1128 fastmath<contract> : f32
          %v1130 = arith.addi %v123, %v337 : i64
          %v1131 = llvm.load %v102 : !llvm.ptr -> f32
          %v1132 = arith.negf %v178 : f32
          %v1133 = arith.mulf %v1132, %v190 fastmath<contract> : f32
          %v1134 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1133) : (f32) -> f32
          %v1135 = arith.addf %v193, %v1134 fastmath<contract> : f32
          %v1136 = arith.divf %v193, %v1135 : f32
          %v1137 = arith.mulf %v178, %v1136 fastmath<contract> : f32
          %v1138 = arith.mulf %v1131, %v1137 fastmath<contract> : f32
          %v1139 = arith.addi %v123, %v366 : i64
          %v1140 = llvm.load %v103 : !llvm.ptr -> f32
          %v1141 = arith.negf %v177 : f32
          %v1142 = arith.mulf %v1141, %v190 fastmath<contract> : f32
          %v1143 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1142) : (f32) -> f32
          %v1144 = arith.addf %v193, %v1143 fastmath<contract> : f32
          %v1145 = arith.divf %v193, %v1144 : f32
          %v1146 = arith.mulf %v177, %v1145 fastmath<contract> : f32
          %v1147 = arith.mulf %v1140, %v1146 fastmath<contract> : f32
          %v1148 = arith.addi %v123, %v125 : i64
          %v1149 = llvm.load %v104 : !llvm.ptr -> f32
          %v1150 = arith.negf %v176 : f32
          %v1151 = arith.mulf %v1150, %v190 fastmath<contract> : f32
          %v1152 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1151) : (f32) -> f32
          %v1153 = arith.addf %v193, %v1152 fastmath<contract> : f32
          %v1154 = arith.divf %v193, %v1153 : f32
          %v1155 = arith.mulf %v176, %v1154 fastmath<contract> : f32
          %v1156 = arith.mulf %v1149, %v1155 fastmath<contract> : f32
          %v1157 = arith.addi %v123, %v125 : i64
          %v1158 = llvm.mlir.undef : vector<8xf32>
          %v1159 = llvm.insertelement %v1156, %v1158[%v136 : i32] : vector<8xf32>
          %v1160 = llvm.insertelement %v1147, %v1159[%v138 : i32] : vector<8xf32>
          %v1161 = llvm.insertelement %v1138, %v1160[%v140 : i32] : vector<8xf32>
          %v1162 = llvm.insertelement %v1129, %v1161[%v142 : i32] : vector<8xf32>
          %v1163 = llvm.insertelement %v1120, %v1162[%v144 : i32] : vector<8xf32>
          %v1164 = llvm.insertelement %v1111, %v1163[%v146 : i32] : vector<8xf32>
          %v1165 = llvm.insertelement %v1102, %v1164[%v148 : i32] : vector<8xf32>
          %v1166 = llvm.insertelement %v1093, %v1165[%v150 : i32] : vector<8xf32>
          %v1167 = arith.muli %v27, %v127 : i64
          %v1168 = arith.muli %v25, %size_L : i64
          %v1169 = arith.addi %v1167, %v1168 : i64
          %v1170 = arith.subi %v131, %v1157 : i64
          %v1171 = arith.addi %v1169, %v1170 : i64
          %v1172 = llvm.getelementptr %out_y[%v1171] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          scf.if %v124 {
            llvm.store %v1166, %v1172 {alignment = 32 : i64} : vector<8xf32>, !llvm.ptr
          }
        } else {
          %v1173 = arith.index_cast %v32 : i64 to index
          %v1174 = arith.index_cast %v121 : i64 to index
          %v1175 = arith.index_cast %v2 : i64 to index
          scf.for %v1176 = %v1173 to %v1174 step %v1175 {
            %v1177 = arith.index_cast %v1176 : index to i64
            %v1178 = llvm.getelementptr %v105[%v1177] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v50, %v1178 : f32, !llvm.ptr
          }
          %v1179 = arith.index_cast %v32 : i64 to index
          %v1180 = arith.index_cast %v34 : i64 to index
          %v1181 = arith.index_cast %v2 : i64 to index
          scf.for %v1182 = %v1179 to %v1180 step %v1181 {
            %v1183 = arith.index_cast %v1182 : index to i64
            %v1184 = arith.muli %v25, %v1 : i64
            %v1185 = arith.addi %v1184, %v1183 : i64
            %v1186 = llvm.getelementptr %in_A[%v1185] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1187 = llvm.load %v1186 : !llvm.ptr -> f32
            %v1188 = arith.mulf %v1187, %v190 fastmath<contract> : f32
            %v1189 = arith.muli %v25, %v1 : i64
            %v1190 = arith.constant 8 : i64
            %v1191 = arith.addi %v1190, %v1183 : i64
            %v1192 = arith.addi %v1189, %v1191 : i64
            %v1193 = llvm.getelementptr %in_A[%v1192] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1194 = llvm.load %v1193 : !llvm.ptr -> f32
            %v1195 = arith.mulf %v1194, %v190 fastmath<contract> : f32
            llvm.store %v193, %v6 : f32, !llvm.ptr
            llvm.store %v193, %v7 : f32, !llvm.ptr
            llvm.store %v50, %v8 : f32, !llvm.ptr
            llvm.store %v50, %v9 : f32, !llvm.ptr
            %v1196 = arith.index_cast %v32 : i64 to index
            %v1197 = arith.index_cast %v121 : i64 to index
            %v1198 = arith.index_cast %v2 : i64 to index
            scf.for %v1199 = %v1196 to %v1197 step %v1198 {
              %v1200 = arith.index_cast %v1199 : index to i64
              %v1201 = arith.addi %v118, %v1200 : i64
              %v1202 = arith.muli %v27, %v127 : i64
              %v1203 = arith.muli %v25, %size_L : i64
              %v1204 = arith.addi %v1202, %v1203 : i64
              %v1205 = arith.subi %v131, %v1201 : i64
              %v1206 = arith.addi %v1204, %v1205 : i64
              %v1207 = llvm.getelementptr %in_delta[%v1206] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1208 = llvm.load %v1207 : !llvm.ptr -> f32
              %v1209 = arith.addf %v1208, %v185 fastmath<contract> : f32
              %v1210 = arith.maximumf %v1209, %v50 : f32
              %v1211 = llvm.call_intrinsic "llvm.fabs.f32"(%v1209) : (f32) -> f32
              %v1212 = arith.negf %v1211 : f32
              %v1213 = arith.mulf %v1212, %v190 fastmath<contract> : f32
              %v1214 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1213) : (f32) -> f32
              %v1215 = arith.addf %v193, %v1214 fastmath<contract> : f32
              %v1216 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v1215) : (f32) -> f32
              %v1217 = arith.mulf %v1216, %v196 fastmath<contract> : f32
              %v1218 = arith.mulf %v198, %v1214 fastmath<contract> : f32
              %v1219 = arith.addf %v1218, %v200 fastmath<contract> : f32
              %v1220 = arith.mulf %v1219, %v1214 fastmath<contract> : f32
              %v1221 = arith.addf %v1220, %v203 fastmath<contract> : f32
              %v1222 = arith.mulf %v1221, %v1214 fastmath<contract> : f32
              %v1223 = arith.addf %v1222, %v206 fastmath<contract> : f32
              %v1224 = arith.mulf %v1223, %v1214 fastmath<contract> : f32
              %v1225 = arith.addf %v1224, %v209 fastmath<contract> : f32
              %v1226 = arith.mulf %v1225, %v1214 fastmath<contract> : f32
              %v1227 = arith.addf %v1226, %v212 fastmath<contract> : f32
              %v1228 = arith.mulf %v1227, %v1214 fastmath<contract> : f32
              %v1229 = arith.addf %v1228, %v193 fastmath<contract> : f32
              %v1230 = arith.mulf %v1229, %v1214 fastmath<contract> : f32
              %v1231 = llvm.call_intrinsic "llvm.fabs.f32"(%v1214) : (f32) -> f32
              %v1232 = arith.cmpf olt, %v1231, %v218 : f32
              %v1233 = arith.select %v1232, %v1230, %v1217 : f32
              %v1234 = arith.addf %v1210, %v1233 fastmath<contract> : f32
              %v1235 = arith.mulf %v1234, %v1188 fastmath<contract> : f32
              %v1236 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1235) : (f32) -> f32
              %v1237 = arith.muli %v27, %v474 : i64
              %v1238 = arith.subi %v131, %v1201 : i64
              %v1239 = arith.addi %v1237, %v1238 : i64
              %v1240 = arith.muli %v1183, %size_L : i64
              %v1241 = arith.addi %v1239, %v1240 : i64
              %v1242 = llvm.getelementptr %in_Bm[%v1241] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1243 = llvm.load %v1242 : !llvm.ptr -> f32
              %v1244 = arith.muli %v27, %v127 : i64
              %v1245 = arith.muli %v25, %size_L : i64
              %v1246 = arith.addi %v1244, %v1245 : i64
              %v1247 = arith.subi %v131, %v1201 : i64
              %v1248 = arith.addi %v1246, %v1247 : i64
              %v1249 = llvm.getelementptr %in_u[%v1248] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1250 = llvm.load %v1249 : !llvm.ptr -> f32
              %v1251 = arith.mulf %v1234, %v1250 fastmath<contract> : f32
              %v1252 = arith.mulf %v1243, %v1251 fastmath<contract> : f32
              %v1253 = llvm.load %v8 : !llvm.ptr -> f32
              %v1254 = arith.mulf %v1236, %v1253 fastmath<contract> : f32
              %v1255 = arith.addf %v1254, %v1252 fastmath<contract> : f32
              %v1256 = llvm.load %v6 : !llvm.ptr -> f32
              %v1257 = arith.mulf %v1236, %v1256 fastmath<contract> : f32
              %v1258 = arith.mulf %v1234, %v1195 fastmath<contract> : f32
              %v1259 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1258) : (f32) -> f32
              %v1260 = arith.muli %v27, %v474 : i64
              %v1261 = arith.subi %v131, %v1201 : i64
              %v1262 = arith.addi %v1260, %v1261 : i64
              %v1263 = arith.constant 8 : i64
              %v1264 = arith.addi %v1263, %v1183 : i64
              %v1265 = arith.muli %v1264, %size_L : i64
              %v1266 = arith.addi %v1262, %v1265 : i64
              %v1267 = llvm.getelementptr %in_Bm[%v1266] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1268 = llvm.load %v1267 : !llvm.ptr -> f32
              %v1269 = arith.mulf %v1268, %v1251 fastmath<contract> : f32
              %v1270 = llvm.load %v9 : !llvm.ptr -> f32
              %v1271 = arith.mulf %v1259, %v1270 fastmath<contract> : f32
              %v1272 = arith.addf %v1271, %v1269 fastmath<contract> : f32
              %v1273 = llvm.load %v7 : !llvm.ptr -> f32
              %v1274 = arith.mulf %v1259, %v1273 fastmath<contract> : f32
              llvm.store %v1255, %v8 : f32, !llvm.ptr
              llvm.store %v1257, %v6 : f32, !llvm.ptr
              llvm.store %v1272, %v9 : f32, !llvm.ptr
              llvm.store %v1274, %v7 : f32, !llvm.ptr
            }
            %v1275 = llvm.load %v6 : !llvm.ptr -> f32
            %v1276 = llvm.load %v8 : !llvm.ptr -> f32
            %v1277 = llvm.load %v7 : !llvm.ptr -> f32
            %v1278 = llvm.load %v9 : !llvm.ptr -> f32
            %v1279 = arith.addi %v116, %v1183 : i64
            %v1280 = arith.andi %v1279, %v2 : i64
            %v1281 = arith.muli %v1280, %v34 : i64
            %v1282, %v1283 = gpu.shuffle up %v1275, %v138, %v684 : f32
            %v1284, %v1285 = gpu.shuffle up %v1276, %v138, %v684 : f32
            %v1286 = arith.mulf %v1275, %v1282 fastmath<contract> : f32
            %v1287 = arith.mulf %v1275, %v1284 fastmath<contract> : f32
            %v1288 = arith.addf %v1287, %v1276 fastmath<contract> : f32
            %v1289 = arith.cmpi uge, %v30, %v2 : i64
            %v1290 = arith.select %v1289, %v1286, %v1275 : f32
            %v1291 = arith.select %v1289, %v1288, %v1276 : f32
            %v1292, %v1293 = gpu.shuffle up %v1290, %v140, %v684 : f32
            %v1294, %v1295 = gpu.shuffle up %v1291, %v140, %v684 : f32
            %v1296 = arith.mulf %v1290, %v1292 fastmath<contract> : f32
            %v1297 = arith.mulf %v1290, %v1294 fastmath<contract> : f32
            %v1298 = arith.addf %v1297, %v1291 fastmath<contract> : f32
            %v1299 = arith.cmpi uge, %v30, %v63 : i64
            %v1300 = arith.select %v1299, %v1296, %v1290 : f32
            %v1301 = arith.select %v1299, %v1298, %v1291 : f32
            %v1302, %v1303 = gpu.shuffle up %v1300, %v144, %v684 : f32
            %v1304, %v1305 = gpu.shuffle up %v1301, %v144, %v684 : f32
            %v1306 = arith.mulf %v1300, %v1302 fastmath<contract> : f32
            %v1307 = arith.mulf %v1300, %v1304 fastmath<contract> : f32
            %v1308 = arith.addf %v1307, %v1301 fastmath<contract> : f32
            %v1309 = arith.cmpi uge, %v30, %v308 : i64
            %v1310 = arith.select %v1309, %v1306, %v1300 : f32
            %v1311 = arith.select %v1309, %v1308, %v1301 : f32
            %v1312, %v1313 = gpu.shuffle up %v1310, %v715, %v684 : f32
            %v1314, %v1315 = gpu.shuffle up %v1311, %v715, %v684 : f32
            %v1316 = arith.mulf %v1310, %v1312 fastmath<contract> : f32
            %v1317 = arith.mulf %v1310, %v1314 fastmath<contract> : f32
            %v1318 = arith.addf %v1317, %v1311 fastmath<contract> : f32
            %v1319 = arith.cmpi uge, %v30, %v34 : i64
            %v1320 = arith.select %v1319, %v1316, %v1310 : f32
            %v1321 = arith.select %v1319, %v1318, %v1311 : f32
            %v1322, %v1323 = gpu.shuffle up %v1320, %v726, %v684 : f32
            %v1324, %v1325 = gpu.shuffle up %v1321, %v726, %v684 : f32
            %v1326 = arith.mulf %v1320, %v1322 fastmath<contract> : f32
            %v1327 = arith.mulf %v1320, %v1324 fastmath<contract> : f32
            %v1328 = arith.addf %v1327, %v1321 fastmath<contract> : f32
            %v1329 = arith.cmpi uge, %v30, %v1 : i64
            %v1330 = arith.select %v1329, %v1326, %v1320 : f32
            %v1331 = arith.select %v1329, %v1328, %v1321 : f32
            %v1332 = arith.cmpi eq, %v30, %v737 : i64
            %v1333 = arith.addi %v1281, %v31 : i64
            scf.if %v1332 {
              %v1334 = llvm.getelementptr %v13[%v1333] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1330, %v1334 : f32, !llvm.ptr
              %v1335 = llvm.getelementptr %v15[%v1333] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1331, %v1335 : f32, !llvm.ptr
            }
            %v1336, %v1337 = gpu.shuffle up %v1330, %v138, %v684 : f32
            %v1338, %v1339 = gpu.shuffle up %v1331, %v138, %v684 : f32
            %v1340 = arith.cmpi eq, %v30, %v32 : i64
            %v1341 = arith.select %v1340, %v193, %v1336 : f32
            %v1342 = arith.select %v1340, %v50, %v1338 : f32
            %v1343, %v1344 = gpu.shuffle up %v1277, %v138, %v684 : f32
            %v1345, %v1346 = gpu.shuffle up %v1278, %v138, %v684 : f32
            %v1347 = arith.mulf %v1277, %v1343 fastmath<contract> : f32
            %v1348 = arith.mulf %v1277, %v1345 fastmath<contract> : f32
            %v1349 = arith.addf %v1348, %v1278 fastmath<contract> : f32
            %v1350 = arith.cmpi uge, %v30, %v2 : i64
            %v1351 = arith.select %v1350, %v1347, %v1277 : f32
            %v1352 = arith.select %v1350, %v1349, %v1278 : f32
            %v1353, %v1354 = gpu.shuffle up %v1351, %v140, %v684 : f32
            %v1355, %v1356 = gpu.shuffle up %v1352, %v140, %v684 : f32
            %v1357 = arith.mulf %v1351, %v1353 fastmath<contract> : f32
            %v1358 = arith.mulf %v1351, %v1355 fastmath<contract> : f32
            %v1359 = arith.addf %v1358, %v1352 fastmath<contract> : f32
            %v1360 = arith.cmpi uge, %v30, %v63 : i64
            %v1361 = arith.select %v1360, %v1357, %v1351 : f32
            %v1362 = arith.select %v1360, %v1359, %v1352 : f32
            %v1363, %v1364 = gpu.shuffle up %v1361, %v144, %v684 : f32
            %v1365, %v1366 = gpu.shuffle up %v1362, %v144, %v684 : f32
            %v1367 = arith.mulf %v1361, %v1363 fastmath<contract> : f32
            %v1368 = arith.mulf %v1361, %v1365 fastmath<contract> : f32
            %v1369 = arith.addf %v1368, %v1362 fastmath<contract> : f32
            %v1370 = arith.cmpi uge, %v30, %v308 : i64
            %v1371 = arith.select %v1370, %v1367, %v1361 : f32
            %v1372 = arith.select %v1370, %v1369, %v1362 : f32
            %v1373, %v1374 = gpu.shuffle up %v1371, %v715, %v684 : f32
            %v1375, %v1376 = gpu.shuffle up %v1372, %v715, %v684 : f32
            %v1377 = arith.mulf %v1371, %v1373 fastmath<contract> : f32
            %v1378 = arith.mulf %v1371, %v1375 fastmath<contract> : f32
            %v1379 = arith.addf %v1378, %v1372 fastmath<contract> : f32
            %v1380 = arith.cmpi uge, %v30, %v34 : i64
            %v1381 = arith.select %v1380, %v1377, %v1371 : f32
            %v1382 = arith.select %v1380, %v1379, %v1372 : f32
            %v1383, %v1384 = gpu.shuffle up %v1381, %v726, %v684 : f32
            %v1385, %v1386 = gpu.shuffle up %v1382, %v726, %v684 : f32
            %v1387 = arith.mulf %v1381, %v1383 fastmath<contract> : f32
            %v1388 = arith.mulf %v1381, %v1385 fastmath<contract> : f32
            %v1389 = arith.addf %v1388, %v1382 fastmath<contract> : f32
            %v1390 = arith.cmpi uge, %v30, %v1 : i64
            %v1391 = arith.select %v1390, %v1387, %v1381 : f32
            %v1392 = arith.select %v1390, %v1389, %v1382 : f32
            %v1393 = arith.cmpi eq, %v30, %v737 : i64
            %v1394 = arith.addi %v1281, %v308 : i64
            %v1395 = arith.addi %v1394, %v31 : i64
            scf.if %v1393 {
              %v1396 = llvm.getelementptr %v13[%v1395] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1391, %v1396 : f32, !llvm.ptr
              %v1397 = llvm.getelementptr %v15[%v1395] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1392, %v1397 : f32, !llvm.ptr
            }
            %v1398, %v1399 = gpu.shuffle up %v1391, %v138, %v684 : f32
            %v1400, %v1401 = gpu.shuffle up %v1392, %v138, %v684 : f32
            %v1402 = arith.cmpi eq, %v30, %v32 : i64
            %v1403 = arith.select %v1402, %v193, %v1398 : f32
            %v1404 = arith.select %v1402, %v50, %v1400 : f32
            // across warps: each thread composes the warps' totals before its own, and all of them
            gpu.barrier
            %v1405 = llvm.getelementptr %v13[%v1281] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1406 = llvm.load %v1405 : !llvm.ptr -> f32
            %v1407 = llvm.getelementptr %v15[%v1281] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1408 = llvm.load %v1407 : !llvm.ptr -> f32
            %v1409 = arith.mulf %v1406, %v193 fastmath<contract> : f32
            %v1410 = arith.mulf %v1406, %v50 fastmath<contract> : f32
            %v1411 = arith.addf %v1410, %v1408 fastmath<contract> : f32
            %v1412 = arith.cmpi ugt, %v31, %v32 : i64
            %v1413 = arith.select %v1412, %v1409, %v193 : f32
            %v1414 = arith.select %v1412, %v1411, %v50 : f32
            %v1415 = arith.addi %v1281, %v2 : i64
            %v1416 = llvm.getelementptr %v13[%v1415] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1417 = llvm.load %v1416 : !llvm.ptr -> f32
            %v1418 = llvm.getelementptr %v15[%v1415] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1419 = llvm.load %v1418 : !llvm.ptr -> f32
            %v1420 = arith.mulf %v1417, %v1409 fastmath<contract> : f32
            %v1421 = arith.mulf %v1417, %v1411 fastmath<contract> : f32
            %v1422 = arith.addf %v1421, %v1419 fastmath<contract> : f32
            %v1423 = arith.cmpi ugt, %v31, %v2 : i64
            %v1424 = arith.select %v1423, %v1420, %v1413 : f32
            %v1425 = arith.select %v1423, %v1422, %v1414 : f32
            %v1426 = arith.addi %v1281, %v63 : i64
            %v1427 = llvm.getelementptr %v13[%v1426] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1428 = llvm.load %v1427 : !llvm.ptr -> f32
            %v1429 = llvm.getelementptr %v15[%v1426] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1430 = llvm.load %v1429 : !llvm.ptr -> f32
            %v1431 = arith.mulf %v1428, %v1420 fastmath<contract> : f32
            %v1432 = arith.mulf %v1428, %v1422 fastmath<contract> : f32
            %v1433 = arith.addf %v1432, %v1430 fastmath<contract> : f32
            %v1434 = arith.cmpi ugt, %v31, %v63 : i64
            %v1435 = arith.select %v1434, %v1431, %v1424 : f32
            %v1436 = arith.select %v1434, %v1433, %v1425 : f32
            %v1437 = arith.addi %v1281, %v279 : i64
            %v1438 = llvm.getelementptr %v13[%v1437] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1439 = llvm.load %v1438 : !llvm.ptr -> f32
            %v1440 = llvm.getelementptr %v15[%v1437] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1441 = llvm.load %v1440 : !llvm.ptr -> f32
            %v1442 = arith.mulf %v1439, %v1431 fastmath<contract> : f32
            %v1443 = arith.mulf %v1439, %v1433 fastmath<contract> : f32
            %v1444 = arith.addf %v1443, %v1441 fastmath<contract> : f32
            %v1445 = arith.mulf %v1341, %v1435 fastmath<contract> : f32
            %v1446 = arith.mulf %v1341, %v1436 fastmath<contract> : f32
            %v1447 = arith.addf %v1446, %v1342 fastmath<contract> : f32
            %v1448 = arith.addi %v1281, %v308 : i64
            %v1449 = llvm.getelementptr %v13[%v1448] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1450 = llvm.load %v1449 : !llvm.ptr -> f32
            %v1451 = llvm.getelementptr %v15[%v1448] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1452 = llvm.load %v1451 : !llvm.ptr -> f32
            %v1453 = arith.mulf %v1450, %v193 fastmath<contract> : f32
            %v1454 = arith.mulf %v1450, %v50 fastmath<contract> : f32
            %v1455 = arith.addf %v1454, %v1452 fastmath<contract> : f32
            %v1456 = arith.cmpi ugt, %v31, %v32 : i64
            %v1457 = arith.select %v1456, %v1453, %v193 : f32
            %v1458 = arith.select %v1456, %v1455, %v50 : f32
            %v1459 = arith.addi %v1281, %v308 : i64
            %v1460 = arith.addi %v1459, %v2 : i64
            %v1461 = llvm.getelementptr %v13[%v1460] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1462 = llvm.load %v1461 : !llvm.ptr -> f32
            %v1463 = llvm.getelementptr %v15[%v1460] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1464 = llvm.load %v1463 : !llvm.ptr -> f32
            %v1465 = arith.mulf %v1462, %v1453 fastmath<contract> : f32
            %v1466 = arith.mulf %v1462, %v1455 fastmath<contract> : f32
            %v1467 = arith.addf %v1466, %v1464 fastmath<contract> : f32
            %v1468 = arith.cmpi ugt, %v31, %v2 : i64
            %v1469 = arith.select %v1468, %v1465, %v1457 : f32
            %v1470 = arith.select %v1468, %v1467, %v1458 : f32
            %v1471 = arith.addi %v1281, %v308 : i64
            %v1472 = arith.addi %v1471, %v63 : i64
            %v1473 = llvm.getelementptr %v13[%v1472] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1474 = llvm.load %v1473 : !llvm.ptr -> f32
            %v1475 = llvm.getelementptr %v15[%v1472] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1476 = llvm.load %v1475 : !llvm.ptr -> f32
            %v1477 = arith.mulf %v1474, %v1465 fastmath<contract> : f32
            %v1478 = arith.mulf %v1474, %v1467 fastmath<contract> : f32
            %v1479 = arith.addf %v1478, %v1476 fastmath<contract> : f32
            %v1480 = arith.cmpi ugt, %v31, %v63 : i64
            %v1481 = arith.select %v1480, %v1477, %v1469 : f32
            %v1482 = arith.select %v1480, %v1479, %v1470 : f32
            %v1483 = arith.addi %v1281, %v308 : i64
            %v1484 = arith.addi %v1483, %v279 : i64
            %v1485 = llvm.getelementptr %v13[%v1484] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1486 = llvm.load %v1485 : !llvm.ptr -> f32
            %v1487 = llvm.getelementptr %v15[%v1484] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1488 = llvm.load %v1487 : !llvm.ptr -> f32
            %v1489 = arith.mulf %v1486, %v1477 fastmath<contract> : f32
            %v1490 = arith.mulf %v1486, %v1479 fastmath<contract> : f32
            %v1491 = arith.addf %v1490, %v1488 fastmath<contract> : f32
            %v1492 = arith.mulf %v1403, %v1481 fastmath<contract> : f32
            %v1493 = arith.mulf %v1403, %v1482 fastmath<contract> : f32
            %v1494 = arith.addf %v1493, %v1404 fastmath<contract> : f32
            %v1495 = arith.muli %v1183, %v63 : i64
            %v1496 = arith.addi %v114, %v1495 : i64
            %v1497 = llvm.getelementptr %v17[%v1496] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1498 = llvm.load %v1497 : !llvm.ptr -> f32
            %v1499 = arith.mulf %v1445, %v1498 fastmath<contract> : f32
            %v1500 = arith.addf %v1499, %v1447 fastmath<contract> : f32
            llvm.store %v1500, %v4 : f32, !llvm.ptr
            %v1501 = arith.mulf %v1442, %v1498 fastmath<contract> : f32
            %v1502 = arith.addf %v1501, %v1444 fastmath<contract> : f32
            %v1503 = arith.muli %v1183, %v63 : i64
            %v1504 = arith.addi %v1503, %v2 : i64
            %v1505 = arith.addi %v114, %v1504 : i64
            %v1506 = llvm.getelementptr %v17[%v1505] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1507 = llvm.load %v1506 : !llvm.ptr -> f32
            %v1508 = arith.mulf %v1492, %v1507 fastmath<contract> : f32
            %v1509 = arith.addf %v1508, %v1494 fastmath<contract> : f32
            llvm.store %v1509, %v5 : f32, !llvm.ptr
            %v1510 = arith.mulf %v1489, %v1507 fastmath<contract> : f32
            %v1511 = arith.addf %v1510, %v1491 fastmath<contract> : f32
            %v1512 = arith.index_cast %v32 : i64 to index
            %v1513 = arith.index_cast %v121 : i64 to index
            %v1514 = arith.index_cast %v2 : i64 to index
            scf.for %v1515 = %v1512 to %v1513 step %v1514 {
              %v1516 = arith.index_cast %v1515 : index to i64
              %v1517 = arith.addi %v118, %v1516 : i64
              %v1518 = llvm.getelementptr %v105[%v1516] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              // save the states at checkpoint steps (when given somewhere to save them)
              %v1519 = arith.remui %v1517, %v934 : i64
              %v1520 = arith.cmpi eq, %v1519, %v32 : i64
              %v1521 = arith.andi %v1520, %v22 : i1
              scf.if %v1521 {
                %v1522 = arith.divui %v1517, %v934 : i64
                %v1523 = llvm.mlir.zero : !llvm.ptr
                %v1524 = llvm.icmp "ne" %ckpt_h, %v1523 : !llvm.ptr
                scf.if %v1524 {
                  %v1527 = arith.muli %v1522, %v1526 : i64
                  %v1528 = llvm.load %v4 : !llvm.ptr -> f32
                  %v1529 = arith.muli %v27, %v40 : i64
                  %v1530 = arith.muli %v25, %v1 : i64
                  %v1531 = arith.addi %v1529, %v1530 : i64
                  %v1532 = arith.addi %v1531, %v1183 : i64
                  %v1533 = arith.addi %v1527, %v1532 : i64
                  %v1534 = llvm.getelementptr %ckpt_h[%v1533] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1528, %v1534 : f32, !llvm.ptr
                  %v1535 = llvm.load %v5 : !llvm.ptr -> f32
                  %v1536 = arith.muli %v27, %v40 : i64
                  %v1537 = arith.muli %v25, %v1 : i64
                  %v1538 = arith.addi %v1536, %v1537 : i64
                  %v1539 = arith.constant 8 : i64
                  %v1540 = arith.addi %v1539, %v1183 : i64
                  %v1541 = arith.addi %v1538, %v1540 : i64
                  %v1542 = arith.addi %v1527, %v1541 : i64
                  %v1543 = llvm.getelementptr %ckpt_h[%v1542] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1535, %v1543 : f32, !llvm.ptr
                }
              }
              // end save
              %v1544 = arith.muli %v27, %v127 : i64
              %v1545 = arith.muli %v25, %size_L : i64
              %v1546 = arith.addi %v1544, %v1545 : i64
              %v1547 = arith.subi %v131, %v1517 : i64
              %v1548 = arith.addi %v1546, %v1547 : i64
              %v1549 = llvm.getelementptr %in_delta[%v1548] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1550 = llvm.load %v1549 : !llvm.ptr -> f32
              %v1551 = arith.addf %v1550, %v185 fastmath<contract> : f32
              %v1552 = arith.maximumf %v1551, %v50 : f32
              %v1553 = llvm.call_intrinsic "llvm.fabs.f32"(%v1551) : (f32) -> f32
              %v1554 = arith.negf %v1553 : f32
              %v1555 = arith.mulf %v1554, %v190 fastmath<contract> : f32
              %v1556 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1555) : (f32) -> f32
              %v1557 = arith.addf %v193, %v1556 fastmath<contract> : f32
              %v1558 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v1557) : (f32) -> f32
              %v1559 = arith.mulf %v1558, %v196 fastmath<contract> : f32
              %v1560 = arith.mulf %v198, %v1556 fastmath<contract> : f32
              %v1561 = arith.addf %v1560, %v200 fastmath<contract> : f32
              %v1562 = arith.mulf %v1561, %v1556 fastmath<contract> : f32
              %v1563 = arith.addf %v1562, %v203 fastmath<contract> : f32
              %v1564 = arith.mulf %v1563, %v1556 fastmath<contract> : f32
              %v1565 = arith.addf %v1564, %v206 fastmath<contract> : f32
              %v1566 = arith.mulf %v1565, %v1556 fastmath<contract> : f32
              %v1567 = arith.addf %v1566, %v209 fastmath<contract> : f32
              %v1568 = arith.mulf %v1567, %v1556 fastmath<contract> : f32
              %v1569 = arith.addf %v1568, %v212 fastmath<contract> : f32
              %v1570 = arith.mulf %v1569, %v1556 fastmath<contract> : f32
              %v1571 = arith.addf %v1570, %v193 fastmath<contract> : f32
              %v1572 = arith.mulf %v1571, %v1556 fastmath<contract> : f32
              %v1573 = llvm.call_intrinsic "llvm.fabs.f32"(%v1556) : (f32) -> f32
              %v1574 = arith.cmpf olt, %v1573, %v218 : f32
              %v1575 = arith.select %v1574, %v1572, %v1559 : f32
              %v1576 = arith.addf %v1552, %v1575 fastmath<contract> : f32
              %v1577 = arith.mulf %v1576, %v1188 fastmath<contract> : f32
              %v1578 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1577) : (f32) -> f32
              %v1579 = arith.muli %v27, %v474 : i64
              %v1580 = arith.subi %v131, %v1517 : i64
              %v1581 = arith.addi %v1579, %v1580 : i64
              %v1582 = arith.muli %v1183, %size_L : i64
              %v1583 = arith.addi %v1581, %v1582 : i64
              %v1584 = llvm.getelementptr %in_Bm[%v1583] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1585 = llvm.load %v1584 : !llvm.ptr -> f32
              %v1586 = arith.muli %v27, %v127 : i64
              %v1587 = arith.muli %v25, %size_L : i64
              %v1588 = arith.addi %v1586, %v1587 : i64
              %v1589 = arith.subi %v131, %v1517 : i64
              %v1590 = arith.addi %v1588, %v1589 : i64
              %v1591 = llvm.getelementptr %in_u[%v1590] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1592 = llvm.load %v1591 : !llvm.ptr -> f32
              %v1593 = arith.mulf %v1576, %v1592 fastmath<contract> : f32
              %v1594 = arith.mulf %v1585, %v1593 fastmath<contract> : f32
              %v1595 = llvm.load %v4 : !llvm.ptr -> f32
              %v1596 = arith.mulf %v1578, %v1595 fastmath<contract> : f32
              %v1597 = arith.addf %v1596, %v1594 fastmath<contract> : f32
              %v1598 = arith.mulf %v1576, %v1195 fastmath<contract> : f32
              %v1599 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1598) : (f32) -> f32
              %v1600 = arith.muli %v27, %v474 : i64
              %v1601 = arith.subi %v131, %v1517 : i64
              %v1602 = arith.addi %v1600, %v1601 : i64
              %v1603 = arith.constant 8 : i64
              %v1604 = arith.addi %v1603, %v1183 : i64
              %v1605 = arith.muli %v1604, %size_L : i64
              %v1606 = arith.addi %v1602, %v1605 : i64
              %v1607 = llvm.getelementptr %in_Bm[%v1606] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1608 = llvm.load %v1607 : !llvm.ptr -> f32
              %v1609 = arith.mulf %v1608, %v1593 fastmath<contract> : f32
              %v1610 = llvm.load %v5 : !llvm.ptr -> f32
              %v1611 = arith.mulf %v1599, %v1610 fastmath<contract> : f32
              %v1612 = arith.addf %v1611, %v1609 fastmath<contract> : f32
              llvm.store %v1597, %v4 : f32, !llvm.ptr
              llvm.store %v1612, %v5 : f32, !llvm.ptr
              %v1613 = arith.muli %v27, %v474 : i64
              %v1614 = arith.subi %v131, %v1517 : i64
              %v1615 = arith.addi %v1613, %v1614 : i64
              %v1616 = arith.muli %v1183, %size_L : i64
              %v1617 = arith.addi %v1615, %v1616 : i64
              %v1618 = llvm.getelementptr %in_Cm[%v1617] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1619 = llvm.load %v1618 : !llvm.ptr -> f32
              %v1620 = llvm.load %v4 : !llvm.ptr -> f32
              %v1621 = arith.mulf %v1619, %v1620 fastmath<contract> : f32
              %v1622 = llvm.load %v1518 : !llvm.ptr -> f32
              %v1623 = arith.addf %v1622, %v1621 fastmath<contract> : f32
              llvm.store %v1623, %v1518 : f32, !llvm.ptr
              %v1624 = arith.muli %v27, %v474 : i64
              %v1625 = arith.subi %v131, %v1517 : i64
              %v1626 = arith.addi %v1624, %v1625 : i64
              %v1627 = arith.constant 8 : i64
              %v1628 = arith.addi %v1627, %v1183 : i64
              %v1629 = arith.muli %v1628, %size_L : i64
              %v1630 = arith.addi %v1626, %v1629 : i64
              %v1631 = llvm.getelementptr %in_Cm[%v1630] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1632 = llvm.load %v1631 : !llvm.ptr -> f32
              %v1633 = llvm.load %v5 : !llvm.ptr -> f32
              %v1634 = arith.mulf %v1632, %v1633 fastmath<contract> : f32
              %v1635 = llvm.load %v1518 : !llvm.ptr -> f32
              %v1636 = arith.addf %v1635, %v1634 fastmath<contract> : f32
              llvm.store %v1636, %v1518 : f32, !llvm.ptr
            }
            scf.if %v33 {
              %v1637 = arith.muli %v1183, %v63 : i64
              %v1638 = arith.addi %v115, %v1637 : i64
              %v1639 = llvm.getelementptr %v17[%v1638] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1502, %v1639 : f32, !llvm.ptr
              %v1640 = arith.muli %v1183, %v63 : i64
              %v1641 = arith.addi %v1640, %v2 : i64
              %v1642 = arith.addi %v115, %v1641 : i64
              %v1643 = llvm.getelementptr %v17[%v1642] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1511, %v1643 : f32, !llvm.ptr
            }
          }
          %v1644 = arith.index_cast %v32 : i64 to index
          %v1645 = arith.index_cast %v121 : i64 to index
          %v1646 = arith.index_cast %v2 : i64 to index
          scf.for %v1647 = %v1644 to %v1645 step %v1646 {
            %v1648 = arith.index_cast %v1647 : index to i64
            %v1649 = arith.addi %v118, %v1648 : i64
            %v1650 = llvm.getelementptr %v105[%v1648] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1651 = llvm.load %v1650 : !llvm.ptr -> f32
            %v1652 = arith.muli %v27, %v127 : i64
            %v1653 = arith.muli %v25, %size_L : i64
            %v1654 = arith.addi %v1652, %v1653 : i64
            %v1655 = arith.subi %v131, %v1649 : i64
            %v1656 = arith.addi %v1654, %v1655 : i64
            %v1657 = llvm.getelementptr %in_u[%v1656] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1658 = llvm.load %v1657 : !llvm.ptr -> f32
            %v1659 = arith.mulf %v1658, %v438 fastmath<contract> : f32
            %v1660 = arith.addf %v1651, %v1659 fastmath<contract> : f32
            %v1661 = arith.muli %v27, %v127 : i64
            %v1662 = arith.muli %v25, %size_L : i64
            %v1663 = arith.addi %v1661, %v1662 : i64
            %v1664 = arith.subi %v131, %v1649 : i64
            %v1665 = arith.addi %v1663, %v1664 : i64
            %v1666 = llvm.getelementptr %in_z[%v1665] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1667 = llvm.load %v1666 : !llvm.ptr -> f32
            %v1668 = arith.negf %v1667 : f32
            %v1669 = arith.mulf %v1668, %v190 fastmath<contract> : f32
            %v1670 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1669) : (f32) -> f32
            %v1671 = arith.addf %v193, %v1670 fastmath<contract> : f32
            %v1672 = arith.divf %v193, %v1671 : f32
            %v1673 = arith.mulf %v1667, %v1672 fastmath<contract> : f32
            %v1674 = arith.mulf %v1660, %v1673 fastmath<contract> : f32
            scf.if %v22 {
              %v1675 = arith.muli %v27, %v127 : i64
              %v1676 = arith.muli %v25, %size_L : i64
              %v1677 = arith.addi %v1675, %v1676 : i64
              %v1678 = arith.subi %v131, %v1649 : i64
              %v1679 = arith.addi %v1677, %v1678 : i64
              %v1680 = llvm.getelementptr %out_y[%v1679] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1674, %v1680 : f32, !llvm.ptr
            }
          }
        }
      }
      // end scan
      gpu.barrier
      %v1681 = arith.andi %v22, %v33 : i1
      %v1683 = arith.addi %size_L, %v1682 : i64
      %v1684 = arith.divui %v1683, %v96 : i64
      %v1685 = arith.andi %v1684, %v2 : i64
      %v1686 = arith.muli %v1685, %v1 : i64
      %v1687 = arith.index_cast %v32 : i64 to index
      %v1688 = arith.index_cast %v34 : i64 to index
      %v1689 = arith.index_cast %v2 : i64 to index
      scf.for %v1690 = %v1687 to %v1688 step %v1689 {
        %v1691 = arith.index_cast %v1690 : index to i64
        %v1692 = arith.muli %v1691, %v63 : i64
        %v1693 = arith.addi %v1686, %v1692 : i64
        %v1694 = llvm.getelementptr %v17[%v1693] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1695 = llvm.load %v1694 : !llvm.ptr -> f32
        llvm.store %v1695, %v10 : f32, !llvm.ptr
        %v1696 = arith.muli %v1691, %v63 : i64
        %v1697 = arith.addi %v1696, %v2 : i64
        %v1698 = arith.addi %v1686, %v1697 : i64
        %v1699 = llvm.getelementptr %v17[%v1698] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1700 = llvm.load %v1699 : !llvm.ptr -> f32
        llvm.store %v1700, %v11 : f32, !llvm.ptr
        %v1701 = llvm.load %v10 : !llvm.ptr -> f32
        %v1702 = llvm.load %v11 : !llvm.ptr -> f32
        scf.if %v1681 {
          %v1703 = arith.muli %v27, %v40 : i64
          %v1704 = arith.muli %v25, %v1 : i64
          %v1705 = arith.addi %v1703, %v1704 : i64
          %v1706 = arith.addi %v1705, %v1691 : i64
          %v1707 = llvm.getelementptr %out_h_first[%v1706] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v1701, %v1707 : f32, !llvm.ptr
          %v1708 = arith.muli %v27, %v40 : i64
          %v1709 = arith.muli %v25, %v1 : i64
          %v1710 = arith.addi %v1708, %v1709 : i64
          %v1711 = arith.constant 8 : i64
          %v1712 = arith.addi %v1711, %v1691 : i64
          %v1713 = arith.addi %v1710, %v1712 : i64
          %v1714 = llvm.getelementptr %out_h_first[%v1713] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v1702, %v1714 : f32, !llvm.ptr
        }
      }
      gpu.return
    }
  }
}
