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
      %v472 = arith.muli %size_L, %v1 : i64
      %v670 = arith.constant 32 : i32
      %v701 = arith.constant 8 : i32
      %v712 = arith.constant 16 : i32
      %v723 = arith.constant 31 : i64
      %v920 = arith.constant 64 : i64
      %v927 = arith.muli %size_B, %size_D : i64
      %v928 = arith.muli %v927, %v1 : i64
      %v1511 = arith.muli %size_B, %size_D : i64
      %v1512 = arith.muli %v1511, %v1 : i64
      %v1668 = arith.constant 1023 : i64
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
            %v471 = arith.addi %v123, %v125 : i64
            %v473 = arith.muli %v27, %v472 : i64
            %v474 = arith.subi %v131, %v471 : i64
            %v475 = arith.addi %v473, %v474 : i64
            %v476 = arith.muli %v458, %size_L : i64
            %v477 = arith.addi %v475, %v476 : i64
            %v478 = llvm.getelementptr %in_Bm[%v477] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v479 = llvm.load %v478 {alignment = 32 : i64} : !llvm.ptr -> vector<8xf32>
            %v480 = arith.muli %v27, %v472 : i64
            %v481 = arith.subi %v131, %v471 : i64
            %v482 = arith.addi %v480, %v481 : i64
            %v483 = arith.constant 8 : i64
            %v484 = arith.addi %v483, %v458 : i64
            %v485 = arith.muli %v484, %size_L : i64
            %v486 = arith.addi %v482, %v485 : i64
            %v487 = llvm.getelementptr %in_Bm[%v486] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v488 = llvm.load %v487 {alignment = 32 : i64} : !llvm.ptr -> vector<8xf32>
            %v489 = llvm.extractelement %v479[%v136 : i32] : vector<8xf32>
            %v490 = llvm.extractelement %v479[%v138 : i32] : vector<8xf32>
            %v491 = llvm.extractelement %v479[%v140 : i32] : vector<8xf32>
            %v492 = llvm.extractelement %v479[%v142 : i32] : vector<8xf32>
            %v493 = llvm.extractelement %v479[%v144 : i32] : vector<8xf32>
            %v494 = llvm.extractelement %v479[%v146 : i32] : vector<8xf32>
            %v495 = llvm.extractelement %v479[%v148 : i32] : vector<8xf32>
            %v496 = llvm.extractelement %v479[%v150 : i32] : vector<8xf32>
            %v497 = llvm.extractelement %v488[%v136 : i32] : vector<8xf32>
            %v498 = llvm.extractelement %v488[%v138 : i32] : vector<8xf32>
            %v499 = llvm.extractelement %v488[%v140 : i32] : vector<8xf32>
            %v500 = llvm.extractelement %v488[%v142 : i32] : vector<8xf32>
            %v501 = llvm.extractelement %v488[%v144 : i32] : vector<8xf32>
            %v502 = llvm.extractelement %v488[%v146 : i32] : vector<8xf32>
            %v503 = llvm.extractelement %v488[%v148 : i32] : vector<8xf32>
            %v504 = llvm.extractelement %v488[%v150 : i32] : vector<8xf32>
            %v505 = arith.addi %v123, %v125 : i64
            %v506 = arith.muli %v27, %v472 : i64
            %v507 = arith.subi %v131, %v505 : i64
            %v508 = arith.addi %v506, %v507 : i64
            %v509 = arith.muli %v458, %size_L : i64
            %v510 = arith.addi %v508, %v509 : i64
            %v511 = llvm.getelementptr %in_Cm[%v510] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v512 = llvm.load %v511 {alignment = 32 : i64} : !llvm.ptr -> vector<8xf32>
            %v513 = arith.muli %v27, %v472 : i64
            %v514 = arith.subi %v131, %v505 : i64
            %v515 = arith.addi %v513, %v514 : i64
            %v516 = arith.constant 8 : i64
            %v517 = arith.addi %v516, %v458 : i64
            %v518 = arith.muli %v517, %size_L : i64
            %v519 = arith.addi %v515, %v518 : i64
            %v520 = llvm.getelementptr %in_Cm[%v519] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v521 = llvm.load %v520 {alignment = 32 : i64} : !llvm.ptr -> vector<8xf32>
            %v522 = arith.mulf %v221, %v463 fastmath<contract> : f32
            %v523 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v522) : (f32) -> f32
            %v524 = arith.mulf %v496, %v222 fastmath<contract> : f32
            %v525 = llvm.load %v8 : !llvm.ptr -> f32
            %v526 = arith.mulf %v523, %v525 fastmath<contract> : f32
            %v527 = arith.addf %v526, %v524 fastmath<contract> : f32
            %v528 = llvm.load %v6 : !llvm.ptr -> f32
            %v529 = arith.mulf %v523, %v528 fastmath<contract> : f32
            %v530 = arith.mulf %v221, %v470 fastmath<contract> : f32
            %v531 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v530) : (f32) -> f32
            %v532 = arith.mulf %v504, %v222 fastmath<contract> : f32
            %v533 = llvm.load %v9 : !llvm.ptr -> f32
            %v534 = arith.mulf %v531, %v533 fastmath<contract> : f32
            %v535 = arith.addf %v534, %v532 fastmath<contract> : f32
            %v536 = llvm.load %v7 : !llvm.ptr -> f32
            %v537 = arith.mulf %v531, %v536 fastmath<contract> : f32
            llvm.store %v527, %v8 : f32, !llvm.ptr
            llvm.store %v529, %v6 : f32, !llvm.ptr
            llvm.store %v535, %v9 : f32, !llvm.ptr
            llvm.store %v537, %v7 : f32, !llvm.ptr
            %v538 = arith.addi %v123, %v2 : i64
            %v539 = arith.mulf %v249, %v463 fastmath<contract> : f32
            %v540 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v539) : (f32) -> f32
            %v541 = arith.mulf %v495, %v250 fastmath<contract> : f32
            %v542 = llvm.load %v8 : !llvm.ptr -> f32
            %v543 = arith.mulf %v540, %v542 fastmath<contract> : f32
            %v544 = arith.addf %v543, %v541 fastmath<contract> : f32
            %v545 = llvm.load %v6 : !llvm.ptr -> f32
            %v546 = arith.mulf %v540, %v545 fastmath<contract> : f32
            %v547 = arith.mulf %v249, %v470 fastmath<contract> : f32
            %v548 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v547) : (f32) -> f32
            %v549 = arith.mulf %v503, %v250 fastmath<contract> : f32
            %v550 = llvm.load %v9 : !llvm.ptr -> f32
            %v551 = arith.mulf %v548, %v550 fastmath<contract> : f32
            %v552 = arith.addf %v551, %v549 fastmath<contract> : f32
            %v553 = llvm.load %v7 : !llvm.ptr -> f32
            %v554 = arith.mulf %v548, %v553 fastmath<contract> : f32
            llvm.store %v544, %v8 : f32, !llvm.ptr
            llvm.store %v546, %v6 : f32, !llvm.ptr
            llvm.store %v552, %v9 : f32, !llvm.ptr
            llvm.store %v554, %v7 : f32, !llvm.ptr
            %v555 = arith.addi %v123, %v63 : i64
            %v556 = arith.mulf %v277, %v463 fastmath<contract> : f32
            %v557 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v556) : (f32) -> f32
            %v558 = arith.mulf %v494, %v278 fastmath<contract> : f32
            %v559 = llvm.load %v8 : !llvm.ptr -> f32
            %v560 = arith.mulf %v557, %v559 fastmath<contract> : f32
            %v561 = arith.addf %v560, %v558 fastmath<contract> : f32
            %v562 = llvm.load %v6 : !llvm.ptr -> f32
            %v563 = arith.mulf %v557, %v562 fastmath<contract> : f32
            %v564 = arith.mulf %v277, %v470 fastmath<contract> : f32
            %v565 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v564) : (f32) -> f32
            %v566 = arith.mulf %v502, %v278 fastmath<contract> : f32
            %v567 = llvm.load %v9 : !llvm.ptr -> f32
            %v568 = arith.mulf %v565, %v567 fastmath<contract> : f32
            %v569 = arith.addf %v568, %v566 fastmath<contract> : f32
            %v570 = llvm.load %v7 : !llvm.ptr -> f32
            %v571 = arith.mulf %v565, %v570 fastmath<contract> : f32
            llvm.store %v561, %v8 : f32, !llvm.ptr
            llvm.store %v563, %v6 : f32, !llvm.ptr
            llvm.store %v569, %v9 : f32, !llvm.ptr
            llvm.store %v571, %v7 : f32, !llvm.ptr
            %v572 = arith.addi %v123, %v279 : i64
            %v573 = arith.mulf %v306, %v463 fastmath<contract> : f32
            %v574 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v573) : (f32) -> f32
            %v575 = arith.mulf %v493, %v307 fastmath<contract> : f32
            %v576 = llvm.load %v8 : !llvm.ptr -> f32
            %v577 = arith.mulf %v574, %v576 fastmath<contract> : f32
            %v578 = arith.addf %v577, %v575 fastmath<contract> : f32
            %v579 = llvm.load %v6 : !llvm.ptr -> f32
            %v580 = arith.mulf %v574, %v579 fastmath<contract> : f32
            %v581 = arith.mulf %v306, %v470 fastmath<contract> : f32
            %v582 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v581) : (f32) -> f32
            %v583 = arith.mulf %v501, %v307 fastmath<contract> : f32
            %v584 = llvm.load %v9 : !llvm.ptr -> f32
            %v585 = arith.mulf %v582, %v584 fastmath<contract> : f32
            %v586 = arith.addf %v585, %v583 fastmath<contract> : f32
            %v587 = llvm.load %v7 : !llvm.ptr -> f32
            %v588 = arith.mulf %v582, %v587 fastmath<contract> : f32
            llvm.store %v578, %v8 : f32, !llvm.ptr
            llvm.store %v580, %v6 : f32, !llvm.ptr
            llvm.store %v586, %v9 : f32, !llvm.ptr
            llvm.store %v588, %v7 : f32, !llvm.ptr
            %v589 = arith.addi %v123, %v308 : i64
            %v590 = arith.mulf %v335, %v463 fastmath<contract> : f32
            %v591 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v590) : (f32) -> f32
            %v592 = arith.mulf %v492, %v336 fastmath<contract> : f32
            %v593 = llvm.load %v8 : !llvm.ptr -> f32
            %v594 = arith.mulf %v591, %v593 fastmath<contract> : f32
            %v595 = arith.addf %v594, %v592 fastmath<contract> : f32
            %v596 = llvm.load %v6 : !llvm.ptr -> f32
            %v597 = arith.mulf %v591, %v596 fastmath<contract> : f32
            %v598 = arith.mulf %v335, %v470 fastmath<contract> : f32
            %v599 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v598) : (f32) -> f32
            %v600 = arith.mulf %v500, %v336 fastmath<contract> : f32
            %v601 = llvm.load %v9 : !llvm.ptr -> f32
            %v602 = arith.mulf %v599, %v601 fastmath<contract> : f32
            %v603 = arith.addf %v602, %v600 fastmath<contract> : f32
            %v604 = llvm.load %v7 : !llvm.ptr -> f32
            %v605 = arith.mulf %v599, %v604 fastmath<contract> : f32
            llvm.store %v595, %v8 : f32, !llvm.ptr
            llvm.store %v597, %v6 : f32, !llvm.ptr
            llvm.store %v603, %v9 : f32, !llvm.ptr
            llvm.store %v605, %v7 : f32, !llvm.ptr
            %v606 = arith.addi %v123, %v337 : i64
            %v607 = arith.mulf %v364, %v463 fastmath<contract> : f32
            %v608 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v607) : (f32) -> f32
            %v609 = arith.mulf %v491, %v365 fastmath<contract> : f32
            %v610 = llvm.load %v8 : !llvm.ptr -> f32
            %v611 = arith.mulf %v608, %v610 fastmath<contract> : f32
            %v612 = arith.addf %v611, %v609 fastmath<contract> : f32
            %v613 = llvm.load %v6 : !llvm.ptr -> f32
            %v614 = arith.mulf %v608, %v613 fastmath<contract> : f32
            %v615 = arith.mulf %v364, %v470 fastmath<contract> : f32
            %v616 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v615) : (f32) -> f32
            %v617 = arith.mulf %v499, %v365 fastmath<contract> : f32
            %v618 = llvm.load %v9 : !llvm.ptr -> f32
            %v619 = arith.mulf %v616, %v618 fastmath<contract> : f32
            %v620 = arith.addf %v619, %v617 fastmath<contract> : f32
            %v621 = llvm.load %v7 : !llvm.ptr -> f32
            %v622 = arith.mulf %v616, %v621 fastmath<contract> : f32
            llvm.store %v612, %v8 : f32, !llvm.ptr
            llvm.store %v614, %v6 : f32, !llvm.ptr
            llvm.store %v620, %v9 : f32, !llvm.ptr
            llvm.store %v622, %v7 : f32, !llvm.ptr
            %v623 = arith.addi %v123, %v366 : i64
            %v624 = arith.mulf %v393, %v463 fastmath<contract> : f32
            %v625 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v624) : (f32) -> f32
            %v626 = arith.mulf %v490, %v394 fastmath<contract> : f32
            %v627 = llvm.load %v8 : !llvm.ptr -> f32
            %v628 = arith.mulf %v625, %v627 fastmath<contract> : f32
            %v629 = arith.addf %v628, %v626 fastmath<contract> : f32
            %v630 = llvm.load %v6 : !llvm.ptr -> f32
            %v631 = arith.mulf %v625, %v630 fastmath<contract> : f32
            %v632 = arith.mulf %v393, %v470 fastmath<contract> : f32
            %v633 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v632) : (f32) -> f32
            %v634 = arith.mulf %v498, %v394 fastmath<contract> : f32
            %v635 = llvm.load %v9 : !llvm.ptr -> f32
            %v636 = arith.mulf %v633, %v635 fastmath<contract> : f32
            %v637 = arith.addf %v636, %v634 fastmath<contract> : f32
            %v638 = llvm.load %v7 : !llvm.ptr -> f32
            %v639 = arith.mulf %v633, %v638 fastmath<contract> : f32
            llvm.store %v629, %v8 : f32, !llvm.ptr
            llvm.store %v631, %v6 : f32, !llvm.ptr
            llvm.store %v637, %v9 : f32, !llvm.ptr
            llvm.store %v639, %v7 : f32, !llvm.ptr
            %v640 = arith.addi %v123, %v125 : i64
            %v641 = arith.mulf %v421, %v463 fastmath<contract> : f32
            %v642 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v641) : (f32) -> f32
            %v643 = arith.mulf %v489, %v422 fastmath<contract> : f32
            %v644 = llvm.load %v8 : !llvm.ptr -> f32
            %v645 = arith.mulf %v642, %v644 fastmath<contract> : f32
            %v646 = arith.addf %v645, %v643 fastmath<contract> : f32
            %v647 = llvm.load %v6 : !llvm.ptr -> f32
            %v648 = arith.mulf %v642, %v647 fastmath<contract> : f32
            %v649 = arith.mulf %v421, %v470 fastmath<contract> : f32
            %v650 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v649) : (f32) -> f32
            %v651 = arith.mulf %v497, %v422 fastmath<contract> : f32
            %v652 = llvm.load %v9 : !llvm.ptr -> f32
            %v653 = arith.mulf %v650, %v652 fastmath<contract> : f32
            %v654 = arith.addf %v653, %v651 fastmath<contract> : f32
            %v655 = llvm.load %v7 : !llvm.ptr -> f32
            %v656 = arith.mulf %v650, %v655 fastmath<contract> : f32
            llvm.store %v646, %v8 : f32, !llvm.ptr
            llvm.store %v648, %v6 : f32, !llvm.ptr
            llvm.store %v654, %v9 : f32, !llvm.ptr
            llvm.store %v656, %v7 : f32, !llvm.ptr
            %v657 = arith.mulf %v436, %v463 fastmath<contract> : f32
            %v658 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v657) : (f32) -> f32
            llvm.store %v658, %v6 : f32, !llvm.ptr
            %v659 = arith.mulf %v436, %v470 fastmath<contract> : f32
            %v660 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v659) : (f32) -> f32
            llvm.store %v660, %v7 : f32, !llvm.ptr
            %v661 = arith.constant true
            %v662 = arith.xori %v122, %v661 : i1
            scf.if %v662 {
              llvm.store %v193, %v6 : f32, !llvm.ptr
              llvm.store %v193, %v7 : f32, !llvm.ptr
              llvm.store %v50, %v8 : f32, !llvm.ptr
              llvm.store %v50, %v9 : f32, !llvm.ptr
            }
            // 2. the block's scan of this point's maps
            %v663 = llvm.load %v6 : !llvm.ptr -> f32
            %v664 = llvm.load %v8 : !llvm.ptr -> f32
            %v665 = llvm.load %v7 : !llvm.ptr -> f32
            %v666 = llvm.load %v9 : !llvm.ptr -> f32
            %v667 = arith.addi %v116, %v458 : i64
            %v668 = arith.andi %v667, %v2 : i64
            %v669 = arith.muli %v668, %v34 : i64
            %v671, %v672 = gpu.shuffle up %v663, %v138, %v670 : f32
            %v673, %v674 = gpu.shuffle up %v664, %v138, %v670 : f32
            %v675 = arith.mulf %v663, %v671 fastmath<contract> : f32
            %v676 = arith.mulf %v663, %v673 fastmath<contract> : f32
            %v677 = arith.addf %v676, %v664 fastmath<contract> : f32
            %v678 = arith.cmpi uge, %v30, %v2 : i64
            %v679 = arith.select %v678, %v675, %v663 : f32
            %v680 = arith.select %v678, %v677, %v664 : f32
            %v681, %v682 = gpu.shuffle up %v679, %v140, %v670 : f32
            %v683, %v684 = gpu.shuffle up %v680, %v140, %v670 : f32
            %v685 = arith.mulf %v679, %v681 fastmath<contract> : f32
            %v686 = arith.mulf %v679, %v683 fastmath<contract> : f32
            %v687 = arith.addf %v686, %v680 fastmath<contract> : f32
            %v688 = arith.cmpi uge, %v30, %v63 : i64
            %v689 = arith.select %v688, %v685, %v679 : f32
            %v690 = arith.select %v688, %v687, %v680 : f32
            %v691, %v692 = gpu.shuffle up %v689, %v144, %v670 : f32
            %v693, %v694 = gpu.shuffle up %v690, %v144, %v670 : f32
            %v695 = arith.mulf %v689, %v691 fastmath<contract> : f32
            %v696 = arith.mulf %v689, %v693 fastmath<contract> : f32
            %v697 = arith.addf %v696, %v690 fastmath<contract> : f32
            %v698 = arith.cmpi uge, %v30, %v308 : i64
            %v699 = arith.select %v698, %v695, %v689 : f32
            %v700 = arith.select %v698, %v697, %v690 : f32
            %v702, %v703 = gpu.shuffle up %v699, %v701, %v670 : f32
            %v704, %v705 = gpu.shuffle up %v700, %v701, %v670 : f32
            %v706 = arith.mulf %v699, %v702 fastmath<contract> : f32
            %v707 = arith.mulf %v699, %v704 fastmath<contract> : f32
            %v708 = arith.addf %v707, %v700 fastmath<contract> : f32
            %v709 = arith.cmpi uge, %v30, %v34 : i64
            %v710 = arith.select %v709, %v706, %v699 : f32
            %v711 = arith.select %v709, %v708, %v700 : f32
            %v713, %v714 = gpu.shuffle up %v710, %v712, %v670 : f32
            %v715, %v716 = gpu.shuffle up %v711, %v712, %v670 : f32
            %v717 = arith.mulf %v710, %v713 fastmath<contract> : f32
            %v718 = arith.mulf %v710, %v715 fastmath<contract> : f32
            %v719 = arith.addf %v718, %v711 fastmath<contract> : f32
            %v720 = arith.cmpi uge, %v30, %v1 : i64
            %v721 = arith.select %v720, %v717, %v710 : f32
            %v722 = arith.select %v720, %v719, %v711 : f32
            %v724 = arith.cmpi eq, %v30, %v723 : i64
            %v725 = arith.addi %v669, %v31 : i64
            scf.if %v724 {
              %v726 = llvm.getelementptr %v13[%v725] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v721, %v726 : f32, !llvm.ptr
              %v727 = llvm.getelementptr %v15[%v725] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v722, %v727 : f32, !llvm.ptr
            }
            %v728, %v729 = gpu.shuffle up %v721, %v138, %v670 : f32
            %v730, %v731 = gpu.shuffle up %v722, %v138, %v670 : f32
            %v732 = arith.cmpi eq, %v30, %v32 : i64
            %v733 = arith.select %v732, %v193, %v728 : f32
            %v734 = arith.select %v732, %v50, %v730 : f32
            %v735, %v736 = gpu.shuffle up %v665, %v138, %v670 : f32
            %v737, %v738 = gpu.shuffle up %v666, %v138, %v670 : f32
            %v739 = arith.mulf %v665, %v735 fastmath<contract> : f32
            %v740 = arith.mulf %v665, %v737 fastmath<contract> : f32
            %v741 = arith.addf %v740, %v666 fastmath<contract> : f32
            %v742 = arith.cmpi uge, %v30, %v2 : i64
            %v743 = arith.select %v742, %v739, %v665 : f32
            %v744 = arith.select %v742, %v741, %v666 : f32
            %v745, %v746 = gpu.shuffle up %v743, %v140, %v670 : f32
            %v747, %v748 = gpu.shuffle up %v744, %v140, %v670 : f32
            %v749 = arith.mulf %v743, %v745 fastmath<contract> : f32
            %v750 = arith.mulf %v743, %v747 fastmath<contract> : f32
            %v751 = arith.addf %v750, %v744 fastmath<contract> : f32
            %v752 = arith.cmpi uge, %v30, %v63 : i64
            %v753 = arith.select %v752, %v749, %v743 : f32
            %v754 = arith.select %v752, %v751, %v744 : f32
            %v755, %v756 = gpu.shuffle up %v753, %v144, %v670 : f32
            %v757, %v758 = gpu.shuffle up %v754, %v144, %v670 : f32
            %v759 = arith.mulf %v753, %v755 fastmath<contract> : f32
            %v760 = arith.mulf %v753, %v757 fastmath<contract> : f32
            %v761 = arith.addf %v760, %v754 fastmath<contract> : f32
            %v762 = arith.cmpi uge, %v30, %v308 : i64
            %v763 = arith.select %v762, %v759, %v753 : f32
            %v764 = arith.select %v762, %v761, %v754 : f32
            %v765, %v766 = gpu.shuffle up %v763, %v701, %v670 : f32
            %v767, %v768 = gpu.shuffle up %v764, %v701, %v670 : f32
            %v769 = arith.mulf %v763, %v765 fastmath<contract> : f32
            %v770 = arith.mulf %v763, %v767 fastmath<contract> : f32
            %v771 = arith.addf %v770, %v764 fastmath<contract> : f32
            %v772 = arith.cmpi uge, %v30, %v34 : i64
            %v773 = arith.select %v772, %v769, %v763 : f32
            %v774 = arith.select %v772, %v771, %v764 : f32
            %v775, %v776 = gpu.shuffle up %v773, %v712, %v670 : f32
            %v777, %v778 = gpu.shuffle up %v774, %v712, %v670 : f32
            %v779 = arith.mulf %v773, %v775 fastmath<contract> : f32
            %v780 = arith.mulf %v773, %v777 fastmath<contract> : f32
            %v781 = arith.addf %v780, %v774 fastmath<contract> : f32
            %v782 = arith.cmpi uge, %v30, %v1 : i64
            %v783 = arith.select %v782, %v779, %v773 : f32
            %v784 = arith.select %v782, %v781, %v774 : f32
            %v785 = arith.cmpi eq, %v30, %v723 : i64
            %v786 = arith.addi %v669, %v308 : i64
            %v787 = arith.addi %v786, %v31 : i64
            scf.if %v785 {
              %v788 = llvm.getelementptr %v13[%v787] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v783, %v788 : f32, !llvm.ptr
              %v789 = llvm.getelementptr %v15[%v787] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v784, %v789 : f32, !llvm.ptr
            }
            %v790, %v791 = gpu.shuffle up %v783, %v138, %v670 : f32
            %v792, %v793 = gpu.shuffle up %v784, %v138, %v670 : f32
            %v794 = arith.cmpi eq, %v30, %v32 : i64
            %v795 = arith.select %v794, %v193, %v790 : f32
            %v796 = arith.select %v794, %v50, %v792 : f32
            // across warps: each thread composes the warps' totals before its own, and all of them
            gpu.barrier
            %v797 = llvm.getelementptr %v13[%v669] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v798 = llvm.load %v797 : !llvm.ptr -> f32
            %v799 = llvm.getelementptr %v15[%v669] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v800 = llvm.load %v799 : !llvm.ptr -> f32
            %v801 = arith.mulf %v798, %v193 fastmath<contract> : f32
            %v802 = arith.mulf %v798, %v50 fastmath<contract> : f32
            %v803 = arith.addf %v802, %v800 fastmath<contract> : f32
            %v804 = arith.cmpi ugt, %v31, %v32 : i64
            %v805 = arith.select %v804, %v801, %v193 : f32
            %v806 = arith.select %v804, %v803, %v50 : f32
            %v807 = arith.addi %v669, %v2 : i64
            %v808 = llvm.getelementptr %v13[%v807] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v809 = llvm.load %v808 : !llvm.ptr -> f32
            %v810 = llvm.getelementptr %v15[%v807] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v811 = llvm.load %v810 : !llvm.ptr -> f32
            %v812 = arith.mulf %v809, %v801 fastmath<contract> : f32
            %v813 = arith.mulf %v809, %v803 fastmath<contract> : f32
            %v814 = arith.addf %v813, %v811 fastmath<contract> : f32
            %v815 = arith.cmpi ugt, %v31, %v2 : i64
            %v816 = arith.select %v815, %v812, %v805 : f32
            %v817 = arith.select %v815, %v814, %v806 : f32
            %v818 = arith.addi %v669, %v63 : i64
            %v819 = llvm.getelementptr %v13[%v818] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v820 = llvm.load %v819 : !llvm.ptr -> f32
            %v821 = llvm.getelementptr %v15[%v818] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v822 = llvm.load %v821 : !llvm.ptr -> f32
            %v823 = arith.mulf %v820, %v812 fastmath<contract> : f32
            %v824 = arith.mulf %v820, %v814 fastmath<contract> : f32
            %v825 = arith.addf %v824, %v822 fastmath<contract> : f32
            %v826 = arith.cmpi ugt, %v31, %v63 : i64
            %v827 = arith.select %v826, %v823, %v816 : f32
            %v828 = arith.select %v826, %v825, %v817 : f32
            %v829 = arith.addi %v669, %v279 : i64
            %v830 = llvm.getelementptr %v13[%v829] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v831 = llvm.load %v830 : !llvm.ptr -> f32
            %v832 = llvm.getelementptr %v15[%v829] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v833 = llvm.load %v832 : !llvm.ptr -> f32
            %v834 = arith.mulf %v831, %v823 fastmath<contract> : f32
            %v835 = arith.mulf %v831, %v825 fastmath<contract> : f32
            %v836 = arith.addf %v835, %v833 fastmath<contract> : f32
            %v837 = arith.mulf %v733, %v827 fastmath<contract> : f32
            %v838 = arith.mulf %v733, %v828 fastmath<contract> : f32
            %v839 = arith.addf %v838, %v734 fastmath<contract> : f32
            %v840 = arith.addi %v669, %v308 : i64
            %v841 = llvm.getelementptr %v13[%v840] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v842 = llvm.load %v841 : !llvm.ptr -> f32
            %v843 = llvm.getelementptr %v15[%v840] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v844 = llvm.load %v843 : !llvm.ptr -> f32
            %v845 = arith.mulf %v842, %v193 fastmath<contract> : f32
            %v846 = arith.mulf %v842, %v50 fastmath<contract> : f32
            %v847 = arith.addf %v846, %v844 fastmath<contract> : f32
            %v848 = arith.cmpi ugt, %v31, %v32 : i64
            %v849 = arith.select %v848, %v845, %v193 : f32
            %v850 = arith.select %v848, %v847, %v50 : f32
            %v851 = arith.addi %v669, %v308 : i64
            %v852 = arith.addi %v851, %v2 : i64
            %v853 = llvm.getelementptr %v13[%v852] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v854 = llvm.load %v853 : !llvm.ptr -> f32
            %v855 = llvm.getelementptr %v15[%v852] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v856 = llvm.load %v855 : !llvm.ptr -> f32
            %v857 = arith.mulf %v854, %v845 fastmath<contract> : f32
            %v858 = arith.mulf %v854, %v847 fastmath<contract> : f32
            %v859 = arith.addf %v858, %v856 fastmath<contract> : f32
            %v860 = arith.cmpi ugt, %v31, %v2 : i64
            %v861 = arith.select %v860, %v857, %v849 : f32
            %v862 = arith.select %v860, %v859, %v850 : f32
            %v863 = arith.addi %v669, %v308 : i64
            %v864 = arith.addi %v863, %v63 : i64
            %v865 = llvm.getelementptr %v13[%v864] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v866 = llvm.load %v865 : !llvm.ptr -> f32
            %v867 = llvm.getelementptr %v15[%v864] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v868 = llvm.load %v867 : !llvm.ptr -> f32
            %v869 = arith.mulf %v866, %v857 fastmath<contract> : f32
            %v870 = arith.mulf %v866, %v859 fastmath<contract> : f32
            %v871 = arith.addf %v870, %v868 fastmath<contract> : f32
            %v872 = arith.cmpi ugt, %v31, %v63 : i64
            %v873 = arith.select %v872, %v869, %v861 : f32
            %v874 = arith.select %v872, %v871, %v862 : f32
            %v875 = arith.addi %v669, %v308 : i64
            %v876 = arith.addi %v875, %v279 : i64
            %v877 = llvm.getelementptr %v13[%v876] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v878 = llvm.load %v877 : !llvm.ptr -> f32
            %v879 = llvm.getelementptr %v15[%v876] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v880 = llvm.load %v879 : !llvm.ptr -> f32
            %v881 = arith.mulf %v878, %v869 fastmath<contract> : f32
            %v882 = arith.mulf %v878, %v871 fastmath<contract> : f32
            %v883 = arith.addf %v882, %v880 fastmath<contract> : f32
            %v884 = arith.mulf %v795, %v873 fastmath<contract> : f32
            %v885 = arith.mulf %v795, %v874 fastmath<contract> : f32
            %v886 = arith.addf %v885, %v796 fastmath<contract> : f32
            %v887 = arith.muli %v458, %v63 : i64
            %v888 = arith.addi %v114, %v887 : i64
            %v889 = llvm.getelementptr %v17[%v888] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v890 = llvm.load %v889 : !llvm.ptr -> f32
            %v891 = arith.mulf %v837, %v890 fastmath<contract> : f32
            %v892 = arith.addf %v891, %v839 fastmath<contract> : f32
            llvm.store %v892, %v4 : f32, !llvm.ptr
            %v893 = arith.mulf %v834, %v890 fastmath<contract> : f32
            %v894 = arith.addf %v893, %v836 fastmath<contract> : f32
            %v895 = arith.muli %v458, %v63 : i64
            %v896 = arith.addi %v895, %v2 : i64
            %v897 = arith.addi %v114, %v896 : i64
            %v898 = llvm.getelementptr %v17[%v897] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v899 = llvm.load %v898 : !llvm.ptr -> f32
            %v900 = arith.mulf %v884, %v899 fastmath<contract> : f32
            %v901 = arith.addf %v900, %v886 fastmath<contract> : f32
            llvm.store %v901, %v5 : f32, !llvm.ptr
            %v902 = arith.mulf %v881, %v899 fastmath<contract> : f32
            %v903 = arith.addf %v902, %v883 fastmath<contract> : f32
            // 3. the K steps again: checkpoints, outputs at this point, sums' terms
            %v904 = llvm.extractelement %v512[%v136 : i32] : vector<8xf32>
            %v905 = llvm.extractelement %v512[%v138 : i32] : vector<8xf32>
            %v906 = llvm.extractelement %v512[%v140 : i32] : vector<8xf32>
            %v907 = llvm.extractelement %v512[%v142 : i32] : vector<8xf32>
            %v908 = llvm.extractelement %v512[%v144 : i32] : vector<8xf32>
            %v909 = llvm.extractelement %v512[%v146 : i32] : vector<8xf32>
            %v910 = llvm.extractelement %v512[%v148 : i32] : vector<8xf32>
            %v911 = llvm.extractelement %v512[%v150 : i32] : vector<8xf32>
            %v912 = llvm.extractelement %v521[%v136 : i32] : vector<8xf32>
            %v913 = llvm.extractelement %v521[%v138 : i32] : vector<8xf32>
            %v914 = llvm.extractelement %v521[%v140 : i32] : vector<8xf32>
            %v915 = llvm.extractelement %v521[%v142 : i32] : vector<8xf32>
            %v916 = llvm.extractelement %v521[%v144 : i32] : vector<8xf32>
            %v917 = llvm.extractelement %v521[%v146 : i32] : vector<8xf32>
            %v918 = llvm.extractelement %v521[%v148 : i32] : vector<8xf32>
            %v919 = llvm.extractelement %v521[%v150 : i32] : vector<8xf32>
            // save the states at checkpoint steps (when given somewhere to save them)
            %v921 = arith.remui %v123, %v920 : i64
            %v922 = arith.cmpi eq, %v921, %v32 : i64
            %v923 = arith.andi %v922, %v124 : i1
            scf.if %v923 {
              %v924 = arith.divui %v123, %v920 : i64
              %v925 = llvm.mlir.zero : !llvm.ptr
              %v926 = llvm.icmp "ne" %ckpt_h, %v925 : !llvm.ptr
              scf.if %v926 {
                %v929 = arith.muli %v924, %v928 : i64
                %v930 = llvm.load %v4 : !llvm.ptr -> f32
                %v931 = arith.muli %v27, %v40 : i64
                %v932 = arith.muli %v25, %v1 : i64
                %v933 = arith.addi %v931, %v932 : i64
                %v934 = arith.addi %v933, %v458 : i64
                %v935 = arith.addi %v929, %v934 : i64
                %v936 = llvm.getelementptr %ckpt_h[%v935] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                llvm.store %v930, %v936 : f32, !llvm.ptr
                %v937 = llvm.load %v5 : !llvm.ptr -> f32
                %v938 = arith.muli %v27, %v40 : i64
                %v939 = arith.muli %v25, %v1 : i64
                %v940 = arith.addi %v938, %v939 : i64
                %v941 = arith.constant 8 : i64
                %v942 = arith.addi %v941, %v458 : i64
                %v943 = arith.addi %v940, %v942 : i64
                %v944 = arith.addi %v929, %v943 : i64
                %v945 = llvm.getelementptr %ckpt_h[%v944] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                llvm.store %v937, %v945 : f32, !llvm.ptr
              }
            }
            // end save
            %v946 = llvm.load %v4 : !llvm.ptr -> f32
            %v947 = arith.mulf %v523, %v946 fastmath<contract> : f32
            %v948 = arith.addf %v947, %v524 fastmath<contract> : f32
            %v949 = llvm.load %v5 : !llvm.ptr -> f32
            %v950 = arith.mulf %v531, %v949 fastmath<contract> : f32
            %v951 = arith.addf %v950, %v532 fastmath<contract> : f32
            llvm.store %v948, %v4 : f32, !llvm.ptr
            llvm.store %v951, %v5 : f32, !llvm.ptr
            %v952 = llvm.load %v4 : !llvm.ptr -> f32
            %v953 = arith.mulf %v911, %v952 fastmath<contract> : f32
            %v954 = llvm.load %v97 : !llvm.ptr -> f32
            %v955 = arith.addf %v954, %v953 fastmath<contract> : f32
            llvm.store %v955, %v97 : f32, !llvm.ptr
            %v956 = llvm.load %v5 : !llvm.ptr -> f32
            %v957 = arith.mulf %v919, %v956 fastmath<contract> : f32
            %v958 = llvm.load %v97 : !llvm.ptr -> f32
            %v959 = arith.addf %v958, %v957 fastmath<contract> : f32
            llvm.store %v959, %v97 : f32, !llvm.ptr
            %v960 = arith.addi %v123, %v2 : i64
            %v961 = llvm.load %v4 : !llvm.ptr -> f32
            %v962 = arith.mulf %v540, %v961 fastmath<contract> : f32
            %v963 = arith.addf %v962, %v541 fastmath<contract> : f32
            %v964 = llvm.load %v5 : !llvm.ptr -> f32
            %v965 = arith.mulf %v548, %v964 fastmath<contract> : f32
            %v966 = arith.addf %v965, %v549 fastmath<contract> : f32
            llvm.store %v963, %v4 : f32, !llvm.ptr
            llvm.store %v966, %v5 : f32, !llvm.ptr
            %v967 = llvm.load %v4 : !llvm.ptr -> f32
            %v968 = arith.mulf %v910, %v967 fastmath<contract> : f32
            %v969 = llvm.load %v98 : !llvm.ptr -> f32
            %v970 = arith.addf %v969, %v968 fastmath<contract> : f32
            llvm.store %v970, %v98 : f32, !llvm.ptr
            %v971 = llvm.load %v5 : !llvm.ptr -> f32
            %v972 = arith.mulf %v918, %v971 fastmath<contract> : f32
            %v973 = llvm.load %v98 : !llvm.ptr -> f32
            %v974 = arith.addf %v973, %v972 fastmath<contract> : f32
            llvm.store %v974, %v98 : f32, !llvm.ptr
            %v975 = arith.addi %v123, %v63 : i64
            %v976 = llvm.load %v4 : !llvm.ptr -> f32
            %v977 = arith.mulf %v557, %v976 fastmath<contract> : f32
            %v978 = arith.addf %v977, %v558 fastmath<contract> : f32
            %v979 = llvm.load %v5 : !llvm.ptr -> f32
            %v980 = arith.mulf %v565, %v979 fastmath<contract> : f32
            %v981 = arith.addf %v980, %v566 fastmath<contract> : f32
            llvm.store %v978, %v4 : f32, !llvm.ptr
            llvm.store %v981, %v5 : f32, !llvm.ptr
            %v982 = llvm.load %v4 : !llvm.ptr -> f32
            %v983 = arith.mulf %v909, %v982 fastmath<contract> : f32
            %v984 = llvm.load %v99 : !llvm.ptr -> f32
            %v985 = arith.addf %v984, %v983 fastmath<contract> : f32
            llvm.store %v985, %v99 : f32, !llvm.ptr
            %v986 = llvm.load %v5 : !llvm.ptr -> f32
            %v987 = arith.mulf %v917, %v986 fastmath<contract> : f32
            %v988 = llvm.load %v99 : !llvm.ptr -> f32
            %v989 = arith.addf %v988, %v987 fastmath<contract> : f32
            llvm.store %v989, %v99 : f32, !llvm.ptr
            %v990 = arith.addi %v123, %v279 : i64
            %v991 = llvm.load %v4 : !llvm.ptr -> f32
            %v992 = arith.mulf %v574, %v991 fastmath<contract> : f32
            %v993 = arith.addf %v992, %v575 fastmath<contract> : f32
            %v994 = llvm.load %v5 : !llvm.ptr -> f32
            %v995 = arith.mulf %v582, %v994 fastmath<contract> : f32
            %v996 = arith.addf %v995, %v583 fastmath<contract> : f32
            llvm.store %v993, %v4 : f32, !llvm.ptr
            llvm.store %v996, %v5 : f32, !llvm.ptr
            %v997 = llvm.load %v4 : !llvm.ptr -> f32
            %v998 = arith.mulf %v908, %v997 fastmath<contract> : f32
            %v999 = llvm.load %v100 : !llvm.ptr -> f32
            %v1000 = arith.addf %v999, %v998 fastmath<contract> : f32
            llvm.store %v1000, %v100 : f32, !llvm.ptr
            %v1001 = llvm.load %v5 : !llvm.ptr -> f32
            %v1002 = arith.mulf %v916, %v1001 fastmath<contract> : f32
            %v1003 = llvm.load %v100 : !llvm.ptr -> f32
            %v1004 = arith.addf %v1003, %v1002 fastmath<contract> : f32
            llvm.store %v1004, %v100 : f32, !llvm.ptr
            %v1005 = arith.addi %v123, %v308 : i64
            %v1006 = llvm.load %v4 : !llvm.ptr -> f32
            %v1007 = arith.mulf %v591, %v1006 fastmath<contract> : f32
            %v1008 = arith.addf %v1007, %v592 fastmath<contract> : f32
            %v1009 = llvm.load %v5 : !llvm.ptr -> f32
            %v1010 = arith.mulf %v599, %v1009 fastmath<contract> : f32
            %v1011 = arith.addf %v1010, %v600 fastmath<contract> : f32
            llvm.store %v1008, %v4 : f32, !llvm.ptr
            llvm.store %v1011, %v5 : f32, !llvm.ptr
            %v1012 = llvm.load %v4 : !llvm.ptr -> f32
            %v1013 = arith.mulf %v907, %v1012 fastmath<contract> : f32
            %v1014 = llvm.load %v101 : !llvm.ptr -> f32
            %v1015 = arith.addf %v1014, %v1013 fastmath<contract> : f32
            llvm.store %v1015, %v101 : f32, !llvm.ptr
            %v1016 = llvm.load %v5 : !llvm.ptr -> f32
            %v1017 = arith.mulf %v915, %v1016 fastmath<contract> : f32
            %v1018 = llvm.load %v101 : !llvm.ptr -> f32
            %v1019 = arith.addf %v1018, %v1017 fastmath<contract> : f32
            llvm.store %v1019, %v101 : f32, !llvm.ptr
            %v1020 = arith.addi %v123, %v337 : i64
            %v1021 = llvm.load %v4 : !llvm.ptr -> f32
            %v1022 = arith.mulf %v608, %v1021 fastmath<contract> : f32
            %v1023 = arith.addf %v1022, %v609 fastmath<contract> : f32
            %v1024 = llvm.load %v5 : !llvm.ptr -> f32
            %v1025 = arith.mulf %v616, %v1024 fastmath<contract> : f32
            %v1026 = arith.addf %v1025, %v617 fastmath<contract> : f32
            llvm.store %v1023, %v4 : f32, !llvm.ptr
            llvm.store %v1026, %v5 : f32, !llvm.ptr
            %v1027 = llvm.load %v4 : !llvm.ptr -> f32
            %v1028 = arith.mulf %v906, %v1027 fastmath<contract> : f32
            %v1029 = llvm.load %v102 : !llvm.ptr -> f32
            %v1030 = arith.addf %v1029, %v1028 fastmath<contract> : f32
            llvm.store %v1030, %v102 : f32, !llvm.ptr
            %v1031 = llvm.load %v5 : !llvm.ptr -> f32
            %v1032 = arith.mulf %v914, %v1031 fastmath<contract> : f32
            %v1033 = llvm.load %v102 : !llvm.ptr -> f32
            %v1034 = arith.addf %v1033, %v1032 fastmath<contract> : f32
            llvm.store %v1034, %v102 : f32, !llvm.ptr
            %v1035 = arith.addi %v123, %v366 : i64
            %v1036 = llvm.load %v4 : !llvm.ptr -> f32
            %v1037 = arith.mulf %v625, %v1036 fastmath<contract> : f32
            %v1038 = arith.addf %v1037, %v626 fastmath<contract> : f32
            %v1039 = llvm.load %v5 : !llvm.ptr -> f32
            %v1040 = arith.mulf %v633, %v1039 fastmath<contract> : f32
            %v1041 = arith.addf %v1040, %v634 fastmath<contract> : f32
            llvm.store %v1038, %v4 : f32, !llvm.ptr
            llvm.store %v1041, %v5 : f32, !llvm.ptr
            %v1042 = llvm.load %v4 : !llvm.ptr -> f32
            %v1043 = arith.mulf %v905, %v1042 fastmath<contract> : f32
            %v1044 = llvm.load %v103 : !llvm.ptr -> f32
            %v1045 = arith.addf %v1044, %v1043 fastmath<contract> : f32
            llvm.store %v1045, %v103 : f32, !llvm.ptr
            %v1046 = llvm.load %v5 : !llvm.ptr -> f32
            %v1047 = arith.mulf %v913, %v1046 fastmath<contract> : f32
            %v1048 = llvm.load %v103 : !llvm.ptr -> f32
            %v1049 = arith.addf %v1048, %v1047 fastmath<contract> : f32
            llvm.store %v1049, %v103 : f32, !llvm.ptr
            %v1050 = arith.addi %v123, %v125 : i64
            %v1051 = llvm.load %v4 : !llvm.ptr -> f32
            %v1052 = arith.mulf %v642, %v1051 fastmath<contract> : f32
            %v1053 = arith.addf %v1052, %v643 fastmath<contract> : f32
            %v1054 = llvm.load %v5 : !llvm.ptr -> f32
            %v1055 = arith.mulf %v650, %v1054 fastmath<contract> : f32
            %v1056 = arith.addf %v1055, %v651 fastmath<contract> : f32
            llvm.store %v1053, %v4 : f32, !llvm.ptr
            llvm.store %v1056, %v5 : f32, !llvm.ptr
            %v1057 = llvm.load %v4 : !llvm.ptr -> f32
            %v1058 = arith.mulf %v904, %v1057 fastmath<contract> : f32
            %v1059 = llvm.load %v104 : !llvm.ptr -> f32
            %v1060 = arith.addf %v1059, %v1058 fastmath<contract> : f32
            llvm.store %v1060, %v104 : f32, !llvm.ptr
            %v1061 = llvm.load %v5 : !llvm.ptr -> f32
            %v1062 = arith.mulf %v912, %v1061 fastmath<contract> : f32
            %v1063 = llvm.load %v104 : !llvm.ptr -> f32
            %v1064 = arith.addf %v1063, %v1062 fastmath<contract> : f32
            llvm.store %v1064, %v104 : f32, !llvm.ptr
            scf.if %v33 {
              %v1065 = arith.muli %v458, %v63 : i64
              %v1066 = arith.addi %v115, %v1065 : i64
              %v1067 = llvm.getelementptr %v17[%v1066] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v894, %v1067 : f32, !llvm.ptr
              %v1068 = arith.muli %v458, %v63 : i64
              %v1069 = arith.addi %v1068, %v2 : i64
              %v1070 = arith.addi %v115, %v1069 : i64
              %v1071 = llvm.getelementptr %v17[%v1070] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v903, %v1071 : f32, !llvm.ptr
            }
          }
          // 4. the outputs summed over the points, K steps per vector store
          %v1072 = llvm.load %v97 : !llvm.ptr -> f32
          %v1073 = arith.negf %v183 : f32
          %v1074 = arith.mulf %v1073, %v190 fastmath<contract> : f32
          %v1075 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1074) : (f32) -> f32
          %v1076 = arith.addf %v193, %v1075 fastmath<contract> : f32
          %v1077 = arith.divf %v193, %v1076 : f32
          %v1078 = arith.mulf %v183, %v1077 fastmath<contract> : f32
          %v1079 = arith.mulf %v1072, %v1078 fastmath<contract> : f32
          %v1080 = arith.addi %v123, %v2 : i64
          %v1081 = llvm.load %v98 : !llvm.ptr -> f32
          %v1082 = arith.negf %v182 : f32
          %v1083 = arith.mulf %v1082, %v190 fastmath<contract> : f32
          %v1084 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1083) : (f32) -> f32
          %v1085 = arith.addf %v193, %v1084 fastmath<contract> : f32
          %v1086 = arith.divf %v193, %v1085 : f32
          %v1087 = arith.mulf %v182, %v1086 fastmath<contract> : f32
          %v1088 = arith.mulf %v1081, %v1087 fastmath<contract> : f32
          %v1089 = arith.addi %v123, %v63 : i64
          %v1090 = llvm.load %v99 : !llvm.ptr -> f32
          %v1091 = arith.negf %v181 : f32
          %v1092 = arith.mulf %v1091, %v190 fastmath<contract> : f32
          %v1093 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1092) : (f32) -> f32
          %v1094 = arith.addf %v193, %v1093 fastmath<contract> : f32
          %v1095 = arith.divf %v193, %v1094 : f32
          %v1096 = arith.mulf %v181, %v1095 fastmath<contract> : f32
          %v1097 = arith.mulf %v1090, %v1096 fastmath<contract> : f32
          %v1098 = arith.addi %v123, %v279 : i64
          %v1099 = llvm.load %v100 : !llvm.ptr -> f32
          %v1100 = arith.negf %v180 : f32
          %v1101 = arith.mulf %v1100, %v190 fastmath<contract> : f32
          %v1102 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1101) : (f32) -> f32
          %v1103 = arith.addf %v193, %v1102 fastmath<contract> : f32
          %v1104 = arith.divf %v193, %v1103 : f32
          %v1105 = arith.mulf %v180, %v1104 fastmath<contract> : f32
          %v1106 = arith.mulf %v1099, %v1105 fastmath<contract> : f32
          %v1107 = arith.addi %v123, %v308 : i64
          %v1108 = llvm.load %v101 : !llvm.ptr -> f32
          %v1109 = arith.negf %v179 : f32
          %v1110 = arith.mulf %v1109, %v190 fastmath<contract> : f32
          %v1111 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1110) : (f32) -> f32
          %v1112 = arith.addf %v193, %v1111 fastmath<contract> : f32
          %v1113 = arith.divf %v193, %v1112 : f32
          %v1114 = arith.mulf %v179, %v1113 fastmath<contract> : f32
          %v1115 = arith.mulf %v1108, %v1114 fastmath<contract> : f32
          %v1116 = arith.addi %v123, %v337 : i64
          %v1117 = llvm.load %v102 : !llvm.ptr -> f32
          %v1118 = arith.negf %v178 : f32
          %v1119 = arith.mulf %v1118, %v190 fastmath<contract> : f32
          %v1120 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1119) : (f32) -> f32
          %v1121 = arith.addf %v193, %v1120 fastmath<contract> : f32
          %v1122 = arith.divf %v193, %v1121 : f32
          %v1123 = arith.mulf %v178, %v1122 fastmath<contract> : f32
          %v1124 = arith.mulf %v1117, %v1123 fastmath<contract> : f32
          %v1125 = arith.addi %v123, %v366 : i64
          %v1126 = llvm.load %v103 : !llvm.ptr -> f32
          %v1127 = arith.negf %v177 : f32
          %v1128 = arith.mulf %v1127, %v190 fastmath<contract> : f32
          %v1129 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1128) : (f32) -> f32
          %v1130 = arith.addf %v193, %v1129 fastmath<contract> : f32
          %v1131 = arith.divf %v193, %v1130 : f32
          %v1132 = arith.mulf %v177, %v1131 fastmath<contract> : f32
          %v1133 = arith.mulf %v1126, %v1132 fastmath<contract> : f32
          %v1134 = arith.addi %v123, %v125 : i64
          %v1135 = llvm.load %v104 : !llvm.ptr -> f32
          %v1136 = arith.negf %v176 : f32
          %v1137 = arith.mulf %v1136, %v190 fastmath<contract> : f32
          %v1138 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1137) : (f32) -> f32
          %v1139 = arith.addf %v193, %v1138 fastmath<contract> : f32
          %v1140 = arith.divf %v193, %v1139 : f32
          %v1141 = arith.mulf %v176, %v1140 fastmath<contract> : f32
          %v1142 = arith.mulf %v1135, %v1141 fastmath<contract> : f32
          %v1143 = arith.addi %v123, %v125 : i64
          %v1144 = llvm.mlir.undef : vector<8xf32>
          %v1145 = llvm.insertelement %v1142, %v1144[%v136 : i32] : vector<8xf32>
          %v1146 = llvm.insertelement %v1133, %v1145[%v138 : i32] : vector<8xf32>
          %v1147 = llvm.insertelement %v1124, %v1146[%v140 : i32] : vector<8xf32>
          %v1148 = llvm.insertelement %v1115, %v1147[%v142 : i32] : vector<8xf32>
          %v1149 = llvm.insertelement %v1106, %v1148[%v144 : i32] : vector<8xf32>
          %v1150 = llvm.insertelement %v1097, %v1149[%v146 : i32] : vector<8xf32>
          %v1151 = llvm.insertelement %v1088, %v1150[%v148 : i32] : vector<8xf32>
          %v1152 = llvm.insertelement %v1079, %v1151[%v150 : i32] : vector<8xf32>
          %v1153 = arith.muli %v27, %v127 : i64
          %v1154 = arith.muli %v25, %size_L : i64
          %v1155 = arith.addi %v1153, %v1154 : i64
          %v1156 = arith.subi %v131, %v1143 : i64
          %v1157 = arith.addi %v1155, %v1156 : i64
          %v1158 = llvm.getelementptr %out_y[%v1157] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          scf.if %v124 {
            llvm.store %v1152, %v1158 {alignment = 32 : i64} : vector<8xf32>, !llvm.ptr
          }
        } else {
          %v1159 = arith.index_cast %v32 : i64 to index
          %v1160 = arith.index_cast %v121 : i64 to index
          %v1161 = arith.index_cast %v2 : i64 to index
          scf.for %v1162 = %v1159 to %v1160 step %v1161 {
            %v1163 = arith.index_cast %v1162 : index to i64
            %v1164 = llvm.getelementptr %v105[%v1163] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v50, %v1164 : f32, !llvm.ptr
          }
          %v1165 = arith.index_cast %v32 : i64 to index
          %v1166 = arith.index_cast %v34 : i64 to index
          %v1167 = arith.index_cast %v2 : i64 to index
          scf.for %v1168 = %v1165 to %v1166 step %v1167 {
            %v1169 = arith.index_cast %v1168 : index to i64
            %v1170 = arith.muli %v25, %v1 : i64
            %v1171 = arith.addi %v1170, %v1169 : i64
            %v1172 = llvm.getelementptr %in_A[%v1171] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1173 = llvm.load %v1172 : !llvm.ptr -> f32
            %v1174 = arith.mulf %v1173, %v190 fastmath<contract> : f32
            %v1175 = arith.muli %v25, %v1 : i64
            %v1176 = arith.constant 8 : i64
            %v1177 = arith.addi %v1176, %v1169 : i64
            %v1178 = arith.addi %v1175, %v1177 : i64
            %v1179 = llvm.getelementptr %in_A[%v1178] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1180 = llvm.load %v1179 : !llvm.ptr -> f32
            %v1181 = arith.mulf %v1180, %v190 fastmath<contract> : f32
            llvm.store %v193, %v6 : f32, !llvm.ptr
            llvm.store %v193, %v7 : f32, !llvm.ptr
            llvm.store %v50, %v8 : f32, !llvm.ptr
            llvm.store %v50, %v9 : f32, !llvm.ptr
            %v1182 = arith.index_cast %v32 : i64 to index
            %v1183 = arith.index_cast %v121 : i64 to index
            %v1184 = arith.index_cast %v2 : i64 to index
            scf.for %v1185 = %v1182 to %v1183 step %v1184 {
              %v1186 = arith.index_cast %v1185 : index to i64
              %v1187 = arith.addi %v118, %v1186 : i64
              %v1188 = arith.muli %v27, %v127 : i64
              %v1189 = arith.muli %v25, %size_L : i64
              %v1190 = arith.addi %v1188, %v1189 : i64
              %v1191 = arith.subi %v131, %v1187 : i64
              %v1192 = arith.addi %v1190, %v1191 : i64
              %v1193 = llvm.getelementptr %in_delta[%v1192] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1194 = llvm.load %v1193 : !llvm.ptr -> f32
              %v1195 = arith.addf %v1194, %v185 fastmath<contract> : f32
              %v1196 = arith.maximumf %v1195, %v50 : f32
              %v1197 = llvm.call_intrinsic "llvm.fabs.f32"(%v1195) : (f32) -> f32
              %v1198 = arith.negf %v1197 : f32
              %v1199 = arith.mulf %v1198, %v190 fastmath<contract> : f32
              %v1200 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1199) : (f32) -> f32
              %v1201 = arith.addf %v193, %v1200 fastmath<contract> : f32
              %v1202 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v1201) : (f32) -> f32
              %v1203 = arith.mulf %v1202, %v196 fastmath<contract> : f32
              %v1204 = arith.mulf %v198, %v1200 fastmath<contract> : f32
              %v1205 = arith.addf %v1204, %v200 fastmath<contract> : f32
              %v1206 = arith.mulf %v1205, %v1200 fastmath<contract> : f32
              %v1207 = arith.addf %v1206, %v203 fastmath<contract> : f32
              %v1208 = arith.mulf %v1207, %v1200 fastmath<contract> : f32
              %v1209 = arith.addf %v1208, %v206 fastmath<contract> : f32
              %v1210 = arith.mulf %v1209, %v1200 fastmath<contract> : f32
              %v1211 = arith.addf %v1210, %v209 fastmath<contract> : f32
              %v1212 = arith.mulf %v1211, %v1200 fastmath<contract> : f32
              %v1213 = arith.addf %v1212, %v212 fastmath<contract> : f32
              %v1214 = arith.mulf %v1213, %v1200 fastmath<contract> : f32
              %v1215 = arith.addf %v1214, %v193 fastmath<contract> : f32
              %v1216 = arith.mulf %v1215, %v1200 fastmath<contract> : f32
              %v1217 = llvm.call_intrinsic "llvm.fabs.f32"(%v1200) : (f32) -> f32
              %v1218 = arith.cmpf olt, %v1217, %v218 : f32
              %v1219 = arith.select %v1218, %v1216, %v1203 : f32
              %v1220 = arith.addf %v1196, %v1219 fastmath<contract> : f32
              %v1221 = arith.mulf %v1220, %v1174 fastmath<contract> : f32
              %v1222 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1221) : (f32) -> f32
              %v1223 = arith.muli %v27, %v472 : i64
              %v1224 = arith.subi %v131, %v1187 : i64
              %v1225 = arith.addi %v1223, %v1224 : i64
              %v1226 = arith.muli %v1169, %size_L : i64
              %v1227 = arith.addi %v1225, %v1226 : i64
              %v1228 = llvm.getelementptr %in_Bm[%v1227] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1229 = llvm.load %v1228 : !llvm.ptr -> f32
              %v1230 = arith.muli %v27, %v127 : i64
              %v1231 = arith.muli %v25, %size_L : i64
              %v1232 = arith.addi %v1230, %v1231 : i64
              %v1233 = arith.subi %v131, %v1187 : i64
              %v1234 = arith.addi %v1232, %v1233 : i64
              %v1235 = llvm.getelementptr %in_u[%v1234] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1236 = llvm.load %v1235 : !llvm.ptr -> f32
              %v1237 = arith.mulf %v1220, %v1236 fastmath<contract> : f32
              %v1238 = arith.mulf %v1229, %v1237 fastmath<contract> : f32
              %v1239 = llvm.load %v8 : !llvm.ptr -> f32
              %v1240 = arith.mulf %v1222, %v1239 fastmath<contract> : f32
              %v1241 = arith.addf %v1240, %v1238 fastmath<contract> : f32
              %v1242 = llvm.load %v6 : !llvm.ptr -> f32
              %v1243 = arith.mulf %v1222, %v1242 fastmath<contract> : f32
              %v1244 = arith.mulf %v1220, %v1181 fastmath<contract> : f32
              %v1245 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1244) : (f32) -> f32
              %v1246 = arith.muli %v27, %v472 : i64
              %v1247 = arith.subi %v131, %v1187 : i64
              %v1248 = arith.addi %v1246, %v1247 : i64
              %v1249 = arith.constant 8 : i64
              %v1250 = arith.addi %v1249, %v1169 : i64
              %v1251 = arith.muli %v1250, %size_L : i64
              %v1252 = arith.addi %v1248, %v1251 : i64
              %v1253 = llvm.getelementptr %in_Bm[%v1252] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1254 = llvm.load %v1253 : !llvm.ptr -> f32
              %v1255 = arith.mulf %v1254, %v1237 fastmath<contract> : f32
              %v1256 = llvm.load %v9 : !llvm.ptr -> f32
              %v1257 = arith.mulf %v1245, %v1256 fastmath<contract> : f32
              %v1258 = arith.addf %v1257, %v1255 fastmath<contract> : f32
              %v1259 = llvm.load %v7 : !llvm.ptr -> f32
              %v1260 = arith.mulf %v1245, %v1259 fastmath<contract> : f32
              llvm.store %v1241, %v8 : f32, !llvm.ptr
              llvm.store %v1243, %v6 : f32, !llvm.ptr
              llvm.store %v1258, %v9 : f32, !llvm.ptr
              llvm.store %v1260, %v7 : f32, !llvm.ptr
            }
            %v1261 = llvm.load %v6 : !llvm.ptr -> f32
            %v1262 = llvm.load %v8 : !llvm.ptr -> f32
            %v1263 = llvm.load %v7 : !llvm.ptr -> f32
            %v1264 = llvm.load %v9 : !llvm.ptr -> f32
            %v1265 = arith.addi %v116, %v1169 : i64
            %v1266 = arith.andi %v1265, %v2 : i64
            %v1267 = arith.muli %v1266, %v34 : i64
            %v1268, %v1269 = gpu.shuffle up %v1261, %v138, %v670 : f32
            %v1270, %v1271 = gpu.shuffle up %v1262, %v138, %v670 : f32
            %v1272 = arith.mulf %v1261, %v1268 fastmath<contract> : f32
            %v1273 = arith.mulf %v1261, %v1270 fastmath<contract> : f32
            %v1274 = arith.addf %v1273, %v1262 fastmath<contract> : f32
            %v1275 = arith.cmpi uge, %v30, %v2 : i64
            %v1276 = arith.select %v1275, %v1272, %v1261 : f32
            %v1277 = arith.select %v1275, %v1274, %v1262 : f32
            %v1278, %v1279 = gpu.shuffle up %v1276, %v140, %v670 : f32
            %v1280, %v1281 = gpu.shuffle up %v1277, %v140, %v670 : f32
            %v1282 = arith.mulf %v1276, %v1278 fastmath<contract> : f32
            %v1283 = arith.mulf %v1276, %v1280 fastmath<contract> : f32
            %v1284 = arith.addf %v1283, %v1277 fastmath<contract> : f32
            %v1285 = arith.cmpi uge, %v30, %v63 : i64
            %v1286 = arith.select %v1285, %v1282, %v1276 : f32
            %v1287 = arith.select %v1285, %v1284, %v1277 : f32
            %v1288, %v1289 = gpu.shuffle up %v1286, %v144, %v670 : f32
            %v1290, %v1291 = gpu.shuffle up %v1287, %v144, %v670 : f32
            %v1292 = arith.mulf %v1286, %v1288 fastmath<contract> : f32
            %v1293 = arith.mulf %v1286, %v1290 fastmath<contract> : f32
            %v1294 = arith.addf %v1293, %v1287 fastmath<contract> : f32
            %v1295 = arith.cmpi uge, %v30, %v308 : i64
            %v1296 = arith.select %v1295, %v1292, %v1286 : f32
            %v1297 = arith.select %v1295, %v1294, %v1287 : f32
            %v1298, %v1299 = gpu.shuffle up %v1296, %v701, %v670 : f32
            %v1300, %v1301 = gpu.shuffle up %v1297, %v701, %v670 : f32
            %v1302 = arith.mulf %v1296, %v1298 fastmath<contract> : f32
            %v1303 = arith.mulf %v1296, %v1300 fastmath<contract> : f32
            %v1304 = arith.addf %v1303, %v1297 fastmath<contract> : f32
            %v1305 = arith.cmpi uge, %v30, %v34 : i64
            %v1306 = arith.select %v1305, %v1302, %v1296 : f32
            %v1307 = arith.select %v1305, %v1304, %v1297 : f32
            %v1308, %v1309 = gpu.shuffle up %v1306, %v712, %v670 : f32
            %v1310, %v1311 = gpu.shuffle up %v1307, %v712, %v670 : f32
            %v1312 = arith.mulf %v1306, %v1308 fastmath<contract> : f32
            %v1313 = arith.mulf %v1306, %v1310 fastmath<contract> : f32
            %v1314 = arith.addf %v1313, %v1307 fastmath<contract> : f32
            %v1315 = arith.cmpi uge, %v30, %v1 : i64
            %v1316 = arith.select %v1315, %v1312, %v1306 : f32
            %v1317 = arith.select %v1315, %v1314, %v1307 : f32
            %v1318 = arith.cmpi eq, %v30, %v723 : i64
            %v1319 = arith.addi %v1267, %v31 : i64
            scf.if %v1318 {
              %v1320 = llvm.getelementptr %v13[%v1319] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1316, %v1320 : f32, !llvm.ptr
              %v1321 = llvm.getelementptr %v15[%v1319] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1317, %v1321 : f32, !llvm.ptr
            }
            %v1322, %v1323 = gpu.shuffle up %v1316, %v138, %v670 : f32
            %v1324, %v1325 = gpu.shuffle up %v1317, %v138, %v670 : f32
            %v1326 = arith.cmpi eq, %v30, %v32 : i64
            %v1327 = arith.select %v1326, %v193, %v1322 : f32
            %v1328 = arith.select %v1326, %v50, %v1324 : f32
            %v1329, %v1330 = gpu.shuffle up %v1263, %v138, %v670 : f32
            %v1331, %v1332 = gpu.shuffle up %v1264, %v138, %v670 : f32
            %v1333 = arith.mulf %v1263, %v1329 fastmath<contract> : f32
            %v1334 = arith.mulf %v1263, %v1331 fastmath<contract> : f32
            %v1335 = arith.addf %v1334, %v1264 fastmath<contract> : f32
            %v1336 = arith.cmpi uge, %v30, %v2 : i64
            %v1337 = arith.select %v1336, %v1333, %v1263 : f32
            %v1338 = arith.select %v1336, %v1335, %v1264 : f32
            %v1339, %v1340 = gpu.shuffle up %v1337, %v140, %v670 : f32
            %v1341, %v1342 = gpu.shuffle up %v1338, %v140, %v670 : f32
            %v1343 = arith.mulf %v1337, %v1339 fastmath<contract> : f32
            %v1344 = arith.mulf %v1337, %v1341 fastmath<contract> : f32
            %v1345 = arith.addf %v1344, %v1338 fastmath<contract> : f32
            %v1346 = arith.cmpi uge, %v30, %v63 : i64
            %v1347 = arith.select %v1346, %v1343, %v1337 : f32
            %v1348 = arith.select %v1346, %v1345, %v1338 : f32
            %v1349, %v1350 = gpu.shuffle up %v1347, %v144, %v670 : f32
            %v1351, %v1352 = gpu.shuffle up %v1348, %v144, %v670 : f32
            %v1353 = arith.mulf %v1347, %v1349 fastmath<contract> : f32
            %v1354 = arith.mulf %v1347, %v1351 fastmath<contract> : f32
            %v1355 = arith.addf %v1354, %v1348 fastmath<contract> : f32
            %v1356 = arith.cmpi uge, %v30, %v308 : i64
            %v1357 = arith.select %v1356, %v1353, %v1347 : f32
            %v1358 = arith.select %v1356, %v1355, %v1348 : f32
            %v1359, %v1360 = gpu.shuffle up %v1357, %v701, %v670 : f32
            %v1361, %v1362 = gpu.shuffle up %v1358, %v701, %v670 : f32
            %v1363 = arith.mulf %v1357, %v1359 fastmath<contract> : f32
            %v1364 = arith.mulf %v1357, %v1361 fastmath<contract> : f32
            %v1365 = arith.addf %v1364, %v1358 fastmath<contract> : f32
            %v1366 = arith.cmpi uge, %v30, %v34 : i64
            %v1367 = arith.select %v1366, %v1363, %v1357 : f32
            %v1368 = arith.select %v1366, %v1365, %v1358 : f32
            %v1369, %v1370 = gpu.shuffle up %v1367, %v712, %v670 : f32
            %v1371, %v1372 = gpu.shuffle up %v1368, %v712, %v670 : f32
            %v1373 = arith.mulf %v1367, %v1369 fastmath<contract> : f32
            %v1374 = arith.mulf %v1367, %v1371 fastmath<contract> : f32
            %v1375 = arith.addf %v1374, %v1368 fastmath<contract> : f32
            %v1376 = arith.cmpi uge, %v30, %v1 : i64
            %v1377 = arith.select %v1376, %v1373, %v1367 : f32
            %v1378 = arith.select %v1376, %v1375, %v1368 : f32
            %v1379 = arith.cmpi eq, %v30, %v723 : i64
            %v1380 = arith.addi %v1267, %v308 : i64
            %v1381 = arith.addi %v1380, %v31 : i64
            scf.if %v1379 {
              %v1382 = llvm.getelementptr %v13[%v1381] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1377, %v1382 : f32, !llvm.ptr
              %v1383 = llvm.getelementptr %v15[%v1381] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1378, %v1383 : f32, !llvm.ptr
            }
            %v1384, %v1385 = gpu.shuffle up %v1377, %v138, %v670 : f32
            %v1386, %v1387 = gpu.shuffle up %v1378, %v138, %v670 : f32
            %v1388 = arith.cmpi eq, %v30, %v32 : i64
            %v1389 = arith.select %v1388, %v193, %v1384 : f32
            %v1390 = arith.select %v1388, %v50, %v1386 : f32
            // across warps: each thread composes the warps' totals before its own, and all of them
            gpu.barrier
            %v1391 = llvm.getelementptr %v13[%v1267] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1392 = llvm.load %v1391 : !llvm.ptr -> f32
            %v1393 = llvm.getelementptr %v15[%v1267] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1394 = llvm.load %v1393 : !llvm.ptr -> f32
            %v1395 = arith.mulf %v1392, %v193 fastmath<contract> : f32
            %v1396 = arith.mulf %v1392, %v50 fastmath<contract> : f32
            %v1397 = arith.addf %v1396, %v1394 fastmath<contract> : f32
            %v1398 = arith.cmpi ugt, %v31, %v32 : i64
            %v1399 = arith.select %v1398, %v1395, %v193 : f32
            %v1400 = arith.select %v1398, %v1397, %v50 : f32
            %v1401 = arith.addi %v1267, %v2 : i64
            %v1402 = llvm.getelementptr %v13[%v1401] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1403 = llvm.load %v1402 : !llvm.ptr -> f32
            %v1404 = llvm.getelementptr %v15[%v1401] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1405 = llvm.load %v1404 : !llvm.ptr -> f32
            %v1406 = arith.mulf %v1403, %v1395 fastmath<contract> : f32
            %v1407 = arith.mulf %v1403, %v1397 fastmath<contract> : f32
            %v1408 = arith.addf %v1407, %v1405 fastmath<contract> : f32
            %v1409 = arith.cmpi ugt, %v31, %v2 : i64
            %v1410 = arith.select %v1409, %v1406, %v1399 : f32
            %v1411 = arith.select %v1409, %v1408, %v1400 : f32
            %v1412 = arith.addi %v1267, %v63 : i64
            %v1413 = llvm.getelementptr %v13[%v1412] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1414 = llvm.load %v1413 : !llvm.ptr -> f32
            %v1415 = llvm.getelementptr %v15[%v1412] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1416 = llvm.load %v1415 : !llvm.ptr -> f32
            %v1417 = arith.mulf %v1414, %v1406 fastmath<contract> : f32
            %v1418 = arith.mulf %v1414, %v1408 fastmath<contract> : f32
            %v1419 = arith.addf %v1418, %v1416 fastmath<contract> : f32
            %v1420 = arith.cmpi ugt, %v31, %v63 : i64
            %v1421 = arith.select %v1420, %v1417, %v1410 : f32
            %v1422 = arith.select %v1420, %v1419, %v1411 : f32
            %v1423 = arith.addi %v1267, %v279 : i64
            %v1424 = llvm.getelementptr %v13[%v1423] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1425 = llvm.load %v1424 : !llvm.ptr -> f32
            %v1426 = llvm.getelementptr %v15[%v1423] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1427 = llvm.load %v1426 : !llvm.ptr -> f32
            %v1428 = arith.mulf %v1425, %v1417 fastmath<contract> : f32
            %v1429 = arith.mulf %v1425, %v1419 fastmath<contract> : f32
            %v1430 = arith.addf %v1429, %v1427 fastmath<contract> : f32
            %v1431 = arith.mulf %v1327, %v1421 fastmath<contract> : f32
            %v1432 = arith.mulf %v1327, %v1422 fastmath<contract> : f32
            %v1433 = arith.addf %v1432, %v1328 fastmath<contract> : f32
            %v1434 = arith.addi %v1267, %v308 : i64
            %v1435 = llvm.getelementptr %v13[%v1434] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1436 = llvm.load %v1435 : !llvm.ptr -> f32
            %v1437 = llvm.getelementptr %v15[%v1434] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1438 = llvm.load %v1437 : !llvm.ptr -> f32
            %v1439 = arith.mulf %v1436, %v193 fastmath<contract> : f32
            %v1440 = arith.mulf %v1436, %v50 fastmath<contract> : f32
            %v1441 = arith.addf %v1440, %v1438 fastmath<contract> : f32
            %v1442 = arith.cmpi ugt, %v31, %v32 : i64
            %v1443 = arith.select %v1442, %v1439, %v193 : f32
            %v1444 = arith.select %v1442, %v1441, %v50 : f32
            %v1445 = arith.addi %v1267, %v308 : i64
            %v1446 = arith.addi %v1445, %v2 : i64
            %v1447 = llvm.getelementptr %v13[%v1446] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1448 = llvm.load %v1447 : !llvm.ptr -> f32
            %v1449 = llvm.getelementptr %v15[%v1446] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1450 = llvm.load %v1449 : !llvm.ptr -> f32
            %v1451 = arith.mulf %v1448, %v1439 fastmath<contract> : f32
            %v1452 = arith.mulf %v1448, %v1441 fastmath<contract> : f32
            %v1453 = arith.addf %v1452, %v1450 fastmath<contract> : f32
            %v1454 = arith.cmpi ugt, %v31, %v2 : i64
            %v1455 = arith.select %v1454, %v1451, %v1443 : f32
            %v1456 = arith.select %v1454, %v1453, %v1444 : f32
            %v1457 = arith.addi %v1267, %v308 : i64
            %v1458 = arith.addi %v1457, %v63 : i64
            %v1459 = llvm.getelementptr %v13[%v1458] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1460 = llvm.load %v1459 : !llvm.ptr -> f32
            %v1461 = llvm.getelementptr %v15[%v1458] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1462 = llvm.load %v1461 : !llvm.ptr -> f32
            %v1463 = arith.mulf %v1460, %v1451 fastmath<contract> : f32
            %v1464 = arith.mulf %v1460, %v1453 fastmath<contract> : f32
            %v1465 = arith.addf %v1464, %v1462 fastmath<contract> : f32
            %v1466 = arith.cmpi ugt, %v31, %v63 : i64
            %v1467 = arith.select %v1466, %v1463, %v1455 : f32
            %v1468 = arith.select %v1466, %v1465, %v1456 : f32
            %v1469 = arith.addi %v1267, %v308 : i64
            %v1470 = arith.addi %v1469, %v279 : i64
            %v1471 = llvm.getelementptr %v13[%v1470] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1472 = llvm.load %v1471 : !llvm.ptr -> f32
            %v1473 = llvm.getelementptr %v15[%v1470] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1474 = llvm.load %v1473 : !llvm.ptr -> f32
            %v1475 = arith.mulf %v1472, %v1463 fastmath<contract> : f32
            %v1476 = arith.mulf %v1472, %v1465 fastmath<contract> : f32
            %v1477 = arith.addf %v1476, %v1474 fastmath<contract> : f32
            %v1478 = arith.mulf %v1389, %v1467 fastmath<contract> : f32
            %v1479 = arith.mulf %v1389, %v1468 fastmath<contract> : f32
            %v1480 = arith.addf %v1479, %v1390 fastmath<contract> : f32
            %v1481 = arith.muli %v1169, %v63 : i64
            %v1482 = arith.addi %v114, %v1481 : i64
            %v1483 = llvm.getelementptr %v17[%v1482] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1484 = llvm.load %v1483 : !llvm.ptr -> f32
            %v1485 = arith.mulf %v1431, %v1484 fastmath<contract> : f32
            %v1486 = arith.addf %v1485, %v1433 fastmath<contract> : f32
            llvm.store %v1486, %v4 : f32, !llvm.ptr
            %v1487 = arith.mulf %v1428, %v1484 fastmath<contract> : f32
            %v1488 = arith.addf %v1487, %v1430 fastmath<contract> : f32
            %v1489 = arith.muli %v1169, %v63 : i64
            %v1490 = arith.addi %v1489, %v2 : i64
            %v1491 = arith.addi %v114, %v1490 : i64
            %v1492 = llvm.getelementptr %v17[%v1491] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1493 = llvm.load %v1492 : !llvm.ptr -> f32
            %v1494 = arith.mulf %v1478, %v1493 fastmath<contract> : f32
            %v1495 = arith.addf %v1494, %v1480 fastmath<contract> : f32
            llvm.store %v1495, %v5 : f32, !llvm.ptr
            %v1496 = arith.mulf %v1475, %v1493 fastmath<contract> : f32
            %v1497 = arith.addf %v1496, %v1477 fastmath<contract> : f32
            %v1498 = arith.index_cast %v32 : i64 to index
            %v1499 = arith.index_cast %v121 : i64 to index
            %v1500 = arith.index_cast %v2 : i64 to index
            scf.for %v1501 = %v1498 to %v1499 step %v1500 {
              %v1502 = arith.index_cast %v1501 : index to i64
              %v1503 = arith.addi %v118, %v1502 : i64
              %v1504 = llvm.getelementptr %v105[%v1502] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              // save the states at checkpoint steps (when given somewhere to save them)
              %v1505 = arith.remui %v1503, %v920 : i64
              %v1506 = arith.cmpi eq, %v1505, %v32 : i64
              %v1507 = arith.andi %v1506, %v22 : i1
              scf.if %v1507 {
                %v1508 = arith.divui %v1503, %v920 : i64
                %v1509 = llvm.mlir.zero : !llvm.ptr
                %v1510 = llvm.icmp "ne" %ckpt_h, %v1509 : !llvm.ptr
                scf.if %v1510 {
                  %v1513 = arith.muli %v1508, %v1512 : i64
                  %v1514 = llvm.load %v4 : !llvm.ptr -> f32
                  %v1515 = arith.muli %v27, %v40 : i64
                  %v1516 = arith.muli %v25, %v1 : i64
                  %v1517 = arith.addi %v1515, %v1516 : i64
                  %v1518 = arith.addi %v1517, %v1169 : i64
                  %v1519 = arith.addi %v1513, %v1518 : i64
                  %v1520 = llvm.getelementptr %ckpt_h[%v1519] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1514, %v1520 : f32, !llvm.ptr
                  %v1521 = llvm.load %v5 : !llvm.ptr -> f32
                  %v1522 = arith.muli %v27, %v40 : i64
                  %v1523 = arith.muli %v25, %v1 : i64
                  %v1524 = arith.addi %v1522, %v1523 : i64
                  %v1525 = arith.constant 8 : i64
                  %v1526 = arith.addi %v1525, %v1169 : i64
                  %v1527 = arith.addi %v1524, %v1526 : i64
                  %v1528 = arith.addi %v1513, %v1527 : i64
                  %v1529 = llvm.getelementptr %ckpt_h[%v1528] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1521, %v1529 : f32, !llvm.ptr
                }
              }
              // end save
              %v1530 = arith.muli %v27, %v127 : i64
              %v1531 = arith.muli %v25, %size_L : i64
              %v1532 = arith.addi %v1530, %v1531 : i64
              %v1533 = arith.subi %v131, %v1503 : i64
              %v1534 = arith.addi %v1532, %v1533 : i64
              %v1535 = llvm.getelementptr %in_delta[%v1534] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1536 = llvm.load %v1535 : !llvm.ptr -> f32
              %v1537 = arith.addf %v1536, %v185 fastmath<contract> : f32
              %v1538 = arith.maximumf %v1537, %v50 : f32
              %v1539 = llvm.call_intrinsic "llvm.fabs.f32"(%v1537) : (f32) -> f32
              %v1540 = arith.negf %v1539 : f32
              %v1541 = arith.mulf %v1540, %v190 fastmath<contract> : f32
              %v1542 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1541) : (f32) -> f32
              %v1543 = arith.addf %v193, %v1542 fastmath<contract> : f32
              %v1544 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v1543) : (f32) -> f32
              %v1545 = arith.mulf %v1544, %v196 fastmath<contract> : f32
              %v1546 = arith.mulf %v198, %v1542 fastmath<contract> : f32
              %v1547 = arith.addf %v1546, %v200 fastmath<contract> : f32
              %v1548 = arith.mulf %v1547, %v1542 fastmath<contract> : f32
              %v1549 = arith.addf %v1548, %v203 fastmath<contract> : f32
              %v1550 = arith.mulf %v1549, %v1542 fastmath<contract> : f32
              %v1551 = arith.addf %v1550, %v206 fastmath<contract> : f32
              %v1552 = arith.mulf %v1551, %v1542 fastmath<contract> : f32
              %v1553 = arith.addf %v1552, %v209 fastmath<contract> : f32
              %v1554 = arith.mulf %v1553, %v1542 fastmath<contract> : f32
              %v1555 = arith.addf %v1554, %v212 fastmath<contract> : f32
              %v1556 = arith.mulf %v1555, %v1542 fastmath<contract> : f32
              %v1557 = arith.addf %v1556, %v193 fastmath<contract> : f32
              %v1558 = arith.mulf %v1557, %v1542 fastmath<contract> : f32
              %v1559 = llvm.call_intrinsic "llvm.fabs.f32"(%v1542) : (f32) -> f32
              %v1560 = arith.cmpf olt, %v1559, %v218 : f32
              %v1561 = arith.select %v1560, %v1558, %v1545 : f32
              %v1562 = arith.addf %v1538, %v1561 fastmath<contract> : f32
              %v1563 = arith.mulf %v1562, %v1174 fastmath<contract> : f32
              %v1564 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1563) : (f32) -> f32
              %v1565 = arith.muli %v27, %v472 : i64
              %v1566 = arith.subi %v131, %v1503 : i64
              %v1567 = arith.addi %v1565, %v1566 : i64
              %v1568 = arith.muli %v1169, %size_L : i64
              %v1569 = arith.addi %v1567, %v1568 : i64
              %v1570 = llvm.getelementptr %in_Bm[%v1569] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1571 = llvm.load %v1570 : !llvm.ptr -> f32
              %v1572 = arith.muli %v27, %v127 : i64
              %v1573 = arith.muli %v25, %size_L : i64
              %v1574 = arith.addi %v1572, %v1573 : i64
              %v1575 = arith.subi %v131, %v1503 : i64
              %v1576 = arith.addi %v1574, %v1575 : i64
              %v1577 = llvm.getelementptr %in_u[%v1576] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1578 = llvm.load %v1577 : !llvm.ptr -> f32
              %v1579 = arith.mulf %v1562, %v1578 fastmath<contract> : f32
              %v1580 = arith.mulf %v1571, %v1579 fastmath<contract> : f32
              %v1581 = llvm.load %v4 : !llvm.ptr -> f32
              %v1582 = arith.mulf %v1564, %v1581 fastmath<contract> : f32
              %v1583 = arith.addf %v1582, %v1580 fastmath<contract> : f32
              %v1584 = arith.mulf %v1562, %v1181 fastmath<contract> : f32
              %v1585 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1584) : (f32) -> f32
              %v1586 = arith.muli %v27, %v472 : i64
              %v1587 = arith.subi %v131, %v1503 : i64
              %v1588 = arith.addi %v1586, %v1587 : i64
              %v1589 = arith.constant 8 : i64
              %v1590 = arith.addi %v1589, %v1169 : i64
              %v1591 = arith.muli %v1590, %size_L : i64
              %v1592 = arith.addi %v1588, %v1591 : i64
              %v1593 = llvm.getelementptr %in_Bm[%v1592] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1594 = llvm.load %v1593 : !llvm.ptr -> f32
              %v1595 = arith.mulf %v1594, %v1579 fastmath<contract> : f32
              %v1596 = llvm.load %v5 : !llvm.ptr -> f32
              %v1597 = arith.mulf %v1585, %v1596 fastmath<contract> : f32
              %v1598 = arith.addf %v1597, %v1595 fastmath<contract> : f32
              llvm.store %v1583, %v4 : f32, !llvm.ptr
              llvm.store %v1598, %v5 : f32, !llvm.ptr
              %v1599 = arith.muli %v27, %v472 : i64
              %v1600 = arith.subi %v131, %v1503 : i64
              %v1601 = arith.addi %v1599, %v1600 : i64
              %v1602 = arith.muli %v1169, %size_L : i64
              %v1603 = arith.addi %v1601, %v1602 : i64
              %v1604 = llvm.getelementptr %in_Cm[%v1603] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1605 = llvm.load %v1604 : !llvm.ptr -> f32
              %v1606 = llvm.load %v4 : !llvm.ptr -> f32
              %v1607 = arith.mulf %v1605, %v1606 fastmath<contract> : f32
              %v1608 = llvm.load %v1504 : !llvm.ptr -> f32
              %v1609 = arith.addf %v1608, %v1607 fastmath<contract> : f32
              llvm.store %v1609, %v1504 : f32, !llvm.ptr
              %v1610 = arith.muli %v27, %v472 : i64
              %v1611 = arith.subi %v131, %v1503 : i64
              %v1612 = arith.addi %v1610, %v1611 : i64
              %v1613 = arith.constant 8 : i64
              %v1614 = arith.addi %v1613, %v1169 : i64
              %v1615 = arith.muli %v1614, %size_L : i64
              %v1616 = arith.addi %v1612, %v1615 : i64
              %v1617 = llvm.getelementptr %in_Cm[%v1616] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1618 = llvm.load %v1617 : !llvm.ptr -> f32
              %v1619 = llvm.load %v5 : !llvm.ptr -> f32
              %v1620 = arith.mulf %v1618, %v1619 fastmath<contract> : f32
              %v1621 = llvm.load %v1504 : !llvm.ptr -> f32
              %v1622 = arith.addf %v1621, %v1620 fastmath<contract> : f32
              llvm.store %v1622, %v1504 : f32, !llvm.ptr
            }
            scf.if %v33 {
              %v1623 = arith.muli %v1169, %v63 : i64
              %v1624 = arith.addi %v115, %v1623 : i64
              %v1625 = llvm.getelementptr %v17[%v1624] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1488, %v1625 : f32, !llvm.ptr
              %v1626 = arith.muli %v1169, %v63 : i64
              %v1627 = arith.addi %v1626, %v2 : i64
              %v1628 = arith.addi %v115, %v1627 : i64
              %v1629 = llvm.getelementptr %v17[%v1628] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1497, %v1629 : f32, !llvm.ptr
            }
          }
          %v1630 = arith.index_cast %v32 : i64 to index
          %v1631 = arith.index_cast %v121 : i64 to index
          %v1632 = arith.index_cast %v2 : i64 to index
          scf.for %v1633 = %v1630 to %v1631 step %v1632 {
            %v1634 = arith.index_cast %v1633 : index to i64
            %v1635 = arith.addi %v118, %v1634 : i64
            %v1636 = llvm.getelementptr %v105[%v1634] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1637 = llvm.load %v1636 : !llvm.ptr -> f32
            %v1638 = arith.muli %v27, %v127 : i64
            %v1639 = arith.muli %v25, %size_L : i64
            %v1640 = arith.addi %v1638, %v1639 : i64
            %v1641 = arith.subi %v131, %v1635 : i64
            %v1642 = arith.addi %v1640, %v1641 : i64
            %v1643 = llvm.getelementptr %in_u[%v1642] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1644 = llvm.load %v1643 : !llvm.ptr -> f32
            %v1645 = arith.mulf %v1644, %v438 fastmath<contract> : f32
            %v1646 = arith.addf %v1637, %v1645 fastmath<contract> : f32
            %v1647 = arith.muli %v27, %v127 : i64
            %v1648 = arith.muli %v25, %size_L : i64
            %v1649 = arith.addi %v1647, %v1648 : i64
            %v1650 = arith.subi %v131, %v1635 : i64
            %v1651 = arith.addi %v1649, %v1650 : i64
            %v1652 = llvm.getelementptr %in_z[%v1651] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1653 = llvm.load %v1652 : !llvm.ptr -> f32
            %v1654 = arith.negf %v1653 : f32
            %v1655 = arith.mulf %v1654, %v190 fastmath<contract> : f32
            %v1656 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1655) : (f32) -> f32
            %v1657 = arith.addf %v193, %v1656 fastmath<contract> : f32
            %v1658 = arith.divf %v193, %v1657 : f32
            %v1659 = arith.mulf %v1653, %v1658 fastmath<contract> : f32
            %v1660 = arith.mulf %v1646, %v1659 fastmath<contract> : f32
            scf.if %v22 {
              %v1661 = arith.muli %v27, %v127 : i64
              %v1662 = arith.muli %v25, %size_L : i64
              %v1663 = arith.addi %v1661, %v1662 : i64
              %v1664 = arith.subi %v131, %v1635 : i64
              %v1665 = arith.addi %v1663, %v1664 : i64
              %v1666 = llvm.getelementptr %out_y[%v1665] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1660, %v1666 : f32, !llvm.ptr
            }
          }
        }
      }
      // end scan
      gpu.barrier
      %v1667 = arith.andi %v22, %v33 : i1
      %v1669 = arith.addi %size_L, %v1668 : i64
      %v1670 = arith.divui %v1669, %v96 : i64
      %v1671 = arith.andi %v1670, %v2 : i64
      %v1672 = arith.muli %v1671, %v1 : i64
      %v1673 = arith.index_cast %v32 : i64 to index
      %v1674 = arith.index_cast %v34 : i64 to index
      %v1675 = arith.index_cast %v2 : i64 to index
      scf.for %v1676 = %v1673 to %v1674 step %v1675 {
        %v1677 = arith.index_cast %v1676 : index to i64
        %v1678 = arith.muli %v1677, %v63 : i64
        %v1679 = arith.addi %v1672, %v1678 : i64
        %v1680 = llvm.getelementptr %v17[%v1679] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1681 = llvm.load %v1680 : !llvm.ptr -> f32
        llvm.store %v1681, %v10 : f32, !llvm.ptr
        %v1682 = arith.muli %v1677, %v63 : i64
        %v1683 = arith.addi %v1682, %v2 : i64
        %v1684 = arith.addi %v1672, %v1683 : i64
        %v1685 = llvm.getelementptr %v17[%v1684] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1686 = llvm.load %v1685 : !llvm.ptr -> f32
        llvm.store %v1686, %v11 : f32, !llvm.ptr
        %v1687 = llvm.load %v10 : !llvm.ptr -> f32
        %v1688 = llvm.load %v11 : !llvm.ptr -> f32
        scf.if %v1667 {
          %v1689 = arith.muli %v27, %v40 : i64
          %v1690 = arith.muli %v25, %v1 : i64
          %v1691 = arith.addi %v1689, %v1690 : i64
          %v1692 = arith.addi %v1691, %v1677 : i64
          %v1693 = llvm.getelementptr %out_h_first[%v1692] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v1687, %v1693 : f32, !llvm.ptr
          %v1694 = arith.muli %v27, %v40 : i64
          %v1695 = arith.muli %v25, %v1 : i64
          %v1696 = arith.addi %v1694, %v1695 : i64
          %v1697 = arith.constant 8 : i64
          %v1698 = arith.addi %v1697, %v1677 : i64
          %v1699 = arith.addi %v1696, %v1698 : i64
          %v1700 = llvm.getelementptr %out_h_first[%v1699] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v1688, %v1700 : f32, !llvm.ptr
        }
      }
      gpu.return
    }
  }
}
