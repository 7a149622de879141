module attributes {gpu.container_module} {
  gpu.module @linrec {
    llvm.mlir.global internal @warp_a_bimamba_reverse_fwd_block() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<10 x f32>
    llvm.mlir.global internal @warp_b_bimamba_reverse_fwd_block() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<10 x f32>
    llvm.mlir.global internal @running_bimamba_reverse_fwd_block() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<16 x f32>
    gpu.func @bimamba_reverse_fwd_block(%in_u: !llvm.ptr, %in_delta: !llvm.ptr, %in_z: !llvm.ptr, %in_A: !llvm.ptr, %in_Bm: !llvm.ptr, %in_Cm: !llvm.ptr, %in_Dskip: !llvm.ptr, %in_dt_bias: !llvm.ptr, %in_h0: !llvm.ptr, %out_y: !llvm.ptr, %out_h_first: !llvm.ptr, %ckpt_h: !llvm.ptr, %size_B: i64, %size_D: i64, %size_L: i64, %size_N: i64) kernel {
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
      %v119 = arith.constant 7 : i64
      %v121 = arith.muli %size_L, %size_D : i64
      %v125 = arith.subi %size_L, %v2 : i64
      %v130 = arith.constant 0 : i32
      %v132 = arith.constant 1 : i32
      %v134 = arith.constant 2 : i32
      %v136 = arith.constant 3 : i32
      %v138 = arith.constant 4 : i32
      %v140 = arith.constant 5 : i32
      %v142 = arith.constant 6 : i32
      %v144 = arith.constant 7 : i32
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
      %v433 = arith.muli %size_L, %v1 : i64
      %v605 = arith.constant 32 : i32
      %v636 = arith.constant 8 : i32
      %v647 = arith.constant 16 : i32
      %v658 = arith.constant 31 : i64
      %v730 = arith.constant 128 : i64
      %v795 = arith.constant 9 : i64
      %v851 = arith.constant 64 : i64
      %v858 = arith.muli %size_B, %size_D : i64
      %v859 = arith.muli %v858, %v1 : i64
      %v1424 = arith.muli %size_B, %size_D : i64
      %v1425 = arith.muli %v1424, %v1 : i64
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
      %v994 = llvm.getelementptr %in_Dskip[%v25] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v995 = llvm.load %v994 : !llvm.ptr -> f32
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
          %v120 = arith.addi %v112, %v119 : i64
          %v122 = arith.muli %v27, %v121 : i64
          %v123 = arith.muli %v25, %size_L : i64
          %v124 = arith.addi %v122, %v123 : i64
          %v126 = arith.subi %v125, %v120 : i64
          %v127 = arith.addi %v124, %v126 : i64
          %v128 = llvm.getelementptr %in_delta[%v127] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v129 = llvm.load %v128 {alignment = 32 : i64} : !llvm.ptr -> vector<8xf32>
          %v131 = llvm.extractelement %v129[%v130 : i32] : vector<8xf32>
          %v133 = llvm.extractelement %v129[%v132 : i32] : vector<8xf32>
          %v135 = llvm.extractelement %v129[%v134 : i32] : vector<8xf32>
          %v137 = llvm.extractelement %v129[%v136 : i32] : vector<8xf32>
          %v139 = llvm.extractelement %v129[%v138 : i32] : vector<8xf32>
          %v141 = llvm.extractelement %v129[%v140 : i32] : vector<8xf32>
          %v143 = llvm.extractelement %v129[%v142 : i32] : vector<8xf32>
          %v145 = llvm.extractelement %v129[%v144 : i32] : vector<8xf32>
          %v146 = arith.muli %v27, %v121 : i64
          %v147 = arith.muli %v25, %size_L : i64
          %v148 = arith.addi %v146, %v147 : i64
          %v149 = arith.subi %v125, %v120 : i64
          %v150 = arith.addi %v148, %v149 : i64
          %v151 = llvm.getelementptr %in_u[%v150] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v152 = llvm.load %v151 {alignment = 32 : i64} : !llvm.ptr -> vector<8xf32>
          %v153 = llvm.extractelement %v152[%v130 : i32] : vector<8xf32>
          %v154 = llvm.extractelement %v152[%v132 : i32] : vector<8xf32>
          %v155 = llvm.extractelement %v152[%v134 : i32] : vector<8xf32>
          %v156 = llvm.extractelement %v152[%v136 : i32] : vector<8xf32>
          %v157 = llvm.extractelement %v152[%v138 : i32] : vector<8xf32>
          %v158 = llvm.extractelement %v152[%v140 : i32] : vector<8xf32>
          %v159 = llvm.extractelement %v152[%v142 : i32] : vector<8xf32>
          %v160 = llvm.extractelement %v152[%v144 : i32] : vector<8xf32>
          %v161 = arith.muli %v27, %v121 : i64
          %v162 = arith.muli %v25, %size_L : i64
          %v163 = arith.addi %v161, %v162 : i64
          %v164 = arith.subi %v125, %v120 : i64
          %v165 = arith.addi %v163, %v164 : i64
          %v166 = llvm.getelementptr %in_z[%v165] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v167 = llvm.load %v166 {alignment = 32 : i64} : !llvm.ptr -> vector<8xf32>
          %v168 = llvm.extractelement %v167[%v130 : i32] : vector<8xf32>
          %v169 = llvm.extractelement %v167[%v132 : i32] : vector<8xf32>
          %v170 = llvm.extractelement %v167[%v134 : i32] : vector<8xf32>
          %v171 = llvm.extractelement %v167[%v136 : i32] : vector<8xf32>
          %v172 = llvm.extractelement %v167[%v138 : i32] : vector<8xf32>
          %v173 = llvm.extractelement %v167[%v140 : i32] : vector<8xf32>
          %v174 = llvm.extractelement %v167[%v142 : i32] : vector<8xf32>
          %v175 = llvm.extractelement %v167[%v144 : i32] : vector<8xf32>
          %v178 = arith.addf %v145, %v177 fastmath<contract> : f32
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
          %v214 = arith.mulf %v213, %v160 fastmath<contract> : f32
          %v215 = arith.addi %v112, %v2 : i64
          %v216 = arith.addf %v143, %v177 fastmath<contract> : f32
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
          %v242 = arith.mulf %v241, %v159 fastmath<contract> : f32
          %v243 = arith.addi %v112, %v63 : i64
          %v244 = arith.addf %v141, %v177 fastmath<contract> : f32
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
          %v270 = arith.mulf %v269, %v158 fastmath<contract> : f32
          %v272 = arith.addi %v112, %v271 : i64
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
          %v301 = arith.addi %v112, %v300 : i64
          %v302 = arith.addf %v137, %v177 fastmath<contract> : f32
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
          %v328 = arith.mulf %v327, %v156 fastmath<contract> : f32
          %v330 = arith.addi %v112, %v329 : i64
          %v331 = arith.addf %v135, %v177 fastmath<contract> : f32
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
          %v357 = arith.mulf %v356, %v155 fastmath<contract> : f32
          %v359 = arith.addi %v112, %v358 : i64
          %v360 = arith.addf %v133, %v177 fastmath<contract> : f32
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
          %v386 = arith.mulf %v385, %v154 fastmath<contract> : f32
          %v387 = arith.addi %v112, %v119 : i64
          %v388 = arith.addf %v131, %v177 fastmath<contract> : f32
          %v389 = arith.maximumf %v388, %v50 : f32
          %v390 = llvm.call_intrinsic "llvm.fabs.f32"(%v388) : (f32) -> f32
          %v391 = arith.negf %v390 : f32
          %v392 = arith.mulf %v391, %v182 fastmath<contract> : f32
          %v393 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v392) : (f32) -> f32
          %v394 = arith.addf %v185, %v393 fastmath<contract> : f32
          %v395 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v394) : (f32) -> f32
          %v396 = arith.mulf %v395, %v188 fastmath<contract> : f32
          %v397 = arith.mulf %v190, %v393 fastmath<contract> : f32
          %v398 = arith.addf %v397, %v192 fastmath<contract> : f32
          %v399 = arith.mulf %v398, %v393 fastmath<contract> : f32
          %v400 = arith.addf %v399, %v195 fastmath<contract> : f32
          %v401 = arith.mulf %v400, %v393 fastmath<contract> : f32
          %v402 = arith.addf %v401, %v198 fastmath<contract> : f32
          %v403 = arith.mulf %v402, %v393 fastmath<contract> : f32
          %v404 = arith.addf %v403, %v201 fastmath<contract> : f32
          %v405 = arith.mulf %v404, %v393 fastmath<contract> : f32
          %v406 = arith.addf %v405, %v204 fastmath<contract> : f32
          %v407 = arith.mulf %v406, %v393 fastmath<contract> : f32
          %v408 = arith.addf %v407, %v185 fastmath<contract> : f32
          %v409 = arith.mulf %v408, %v393 fastmath<contract> : f32
          %v410 = llvm.call_intrinsic "llvm.fabs.f32"(%v393) : (f32) -> f32
          %v411 = arith.cmpf olt, %v410, %v210 : f32
          %v412 = arith.select %v411, %v409, %v396 : f32
          %v413 = arith.addf %v389, %v412 fastmath<contract> : f32
          %v414 = arith.mulf %v413, %v153 fastmath<contract> : f32
          llvm.store %v50, %v97 : f32, !llvm.ptr
          llvm.store %v50, %v98 : f32, !llvm.ptr
          llvm.store %v50, %v99 : f32, !llvm.ptr
          llvm.store %v50, %v100 : f32, !llvm.ptr
          llvm.store %v50, %v101 : f32, !llvm.ptr
          llvm.store %v50, %v102 : f32, !llvm.ptr
          llvm.store %v50, %v103 : f32, !llvm.ptr
          llvm.store %v50, %v104 : f32, !llvm.ptr
          %v415 = arith.index_cast %v32 : i64 to index
          %v416 = arith.index_cast %v34 : i64 to index
          %v417 = arith.index_cast %v2 : i64 to index
          scf.for %v418 = %v415 to %v416 step %v417 {
            %v419 = arith.index_cast %v418 : index to i64
            %v420 = arith.muli %v25, %v1 : i64
            %v421 = arith.addi %v420, %v419 : i64
            %v422 = llvm.getelementptr %in_A[%v421] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v423 = llvm.load %v422 : !llvm.ptr -> f32
            %v424 = arith.mulf %v423, %v182 fastmath<contract> : f32
            %v425 = arith.muli %v25, %v1 : i64
            %v426 = arith.constant 8 : i64
            %v427 = arith.addi %v426, %v419 : i64
            %v428 = arith.addi %v425, %v427 : i64
            %v429 = llvm.getelementptr %in_A[%v428] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v430 = llvm.load %v429 : !llvm.ptr -> f32
            %v431 = arith.mulf %v430, %v182 fastmath<contract> : f32
            // 1. this point's K steps composed into one map (A, B)
            llvm.store %v185, %v6 : f32, !llvm.ptr
            llvm.store %v185, %v7 : f32, !llvm.ptr
            llvm.store %v50, %v8 : f32, !llvm.ptr
            llvm.store %v50, %v9 : f32, !llvm.ptr
            %v432 = arith.addi %v112, %v119 : i64
            %v434 = arith.muli %v27, %v433 : i64
            %v435 = arith.subi %v125, %v432 : i64
            %v436 = arith.addi %v434, %v435 : i64
            %v437 = arith.muli %v419, %size_L : i64
            %v438 = arith.addi %v436, %v437 : i64
            %v439 = llvm.getelementptr %in_Bm[%v438] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v440 = llvm.load %v439 {alignment = 32 : i64} : !llvm.ptr -> vector<8xf32>
            %v441 = llvm.extractelement %v440[%v130 : i32] : vector<8xf32>
            %v442 = llvm.extractelement %v440[%v132 : i32] : vector<8xf32>
            %v443 = llvm.extractelement %v440[%v134 : i32] : vector<8xf32>
            %v444 = llvm.extractelement %v440[%v136 : i32] : vector<8xf32>
            %v445 = llvm.extractelement %v440[%v138 : i32] : vector<8xf32>
            %v446 = llvm.extractelement %v440[%v140 : i32] : vector<8xf32>
            %v447 = llvm.extractelement %v440[%v142 : i32] : vector<8xf32>
            %v448 = llvm.extractelement %v440[%v144 : i32] : vector<8xf32>
            %v449 = arith.muli %v27, %v433 : i64
            %v450 = arith.subi %v125, %v432 : i64
            %v451 = arith.addi %v449, %v450 : i64
            %v452 = arith.constant 8 : i64
            %v453 = arith.addi %v452, %v419 : i64
            %v454 = arith.muli %v453, %size_L : i64
            %v455 = arith.addi %v451, %v454 : i64
            %v456 = llvm.getelementptr %in_Bm[%v455] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v457 = llvm.load %v456 {alignment = 32 : i64} : !llvm.ptr -> vector<8xf32>
            %v458 = llvm.extractelement %v457[%v130 : i32] : vector<8xf32>
            %v459 = llvm.extractelement %v457[%v132 : i32] : vector<8xf32>
            %v460 = llvm.extractelement %v457[%v134 : i32] : vector<8xf32>
            %v461 = llvm.extractelement %v457[%v136 : i32] : vector<8xf32>
            %v462 = llvm.extractelement %v457[%v138 : i32] : vector<8xf32>
            %v463 = llvm.extractelement %v457[%v140 : i32] : vector<8xf32>
            %v464 = llvm.extractelement %v457[%v142 : i32] : vector<8xf32>
            %v465 = llvm.extractelement %v457[%v144 : i32] : vector<8xf32>
            %v466 = arith.mulf %v213, %v424 fastmath<contract> : f32
            %v467 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v466) : (f32) -> f32
            %v468 = arith.mulf %v448, %v214 fastmath<contract> : f32
            %v469 = llvm.load %v8 : !llvm.ptr -> f32
            %v470 = arith.mulf %v467, %v469 fastmath<contract> : f32
            %v471 = arith.addf %v470, %v468 fastmath<contract> : f32
            %v472 = llvm.load %v6 : !llvm.ptr -> f32
            %v473 = arith.mulf %v467, %v472 fastmath<contract> : f32
            %v474 = arith.mulf %v213, %v431 fastmath<contract> : f32
            %v475 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v474) : (f32) -> f32
            %v476 = arith.mulf %v465, %v214 fastmath<contract> : f32
            %v477 = llvm.load %v9 : !llvm.ptr -> f32
            %v478 = arith.mulf %v475, %v477 fastmath<contract> : f32
            %v479 = arith.addf %v478, %v476 fastmath<contract> : f32
            %v480 = llvm.load %v7 : !llvm.ptr -> f32
            %v481 = arith.mulf %v475, %v480 fastmath<contract> : f32
            llvm.store %v471, %v8 : f32, !llvm.ptr
            llvm.store %v473, %v6 : f32, !llvm.ptr
            llvm.store %v479, %v9 : f32, !llvm.ptr
            llvm.store %v481, %v7 : f32, !llvm.ptr
            %v482 = arith.addi %v112, %v2 : i64
            %v483 = arith.mulf %v241, %v424 fastmath<contract> : f32
            %v484 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v483) : (f32) -> f32
            %v485 = arith.mulf %v447, %v242 fastmath<contract> : f32
            %v486 = llvm.load %v8 : !llvm.ptr -> f32
            %v487 = arith.mulf %v484, %v486 fastmath<contract> : f32
            %v488 = arith.addf %v487, %v485 fastmath<contract> : f32
            %v489 = llvm.load %v6 : !llvm.ptr -> f32
            %v490 = arith.mulf %v484, %v489 fastmath<contract> : f32
            %v491 = arith.mulf %v241, %v431 fastmath<contract> : f32
            %v492 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v491) : (f32) -> f32
            %v493 = arith.mulf %v464, %v242 fastmath<contract> : f32
            %v494 = llvm.load %v9 : !llvm.ptr -> f32
            %v495 = arith.mulf %v492, %v494 fastmath<contract> : f32
            %v496 = arith.addf %v495, %v493 fastmath<contract> : f32
            %v497 = llvm.load %v7 : !llvm.ptr -> f32
            %v498 = arith.mulf %v492, %v497 fastmath<contract> : f32
            llvm.store %v488, %v8 : f32, !llvm.ptr
            llvm.store %v490, %v6 : f32, !llvm.ptr
            llvm.store %v496, %v9 : f32, !llvm.ptr
            llvm.store %v498, %v7 : f32, !llvm.ptr
            %v499 = arith.addi %v112, %v63 : i64
            %v500 = arith.mulf %v269, %v424 fastmath<contract> : f32
            %v501 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v500) : (f32) -> f32
            %v502 = arith.mulf %v446, %v270 fastmath<contract> : f32
            %v503 = llvm.load %v8 : !llvm.ptr -> f32
            %v504 = arith.mulf %v501, %v503 fastmath<contract> : f32
            %v505 = arith.addf %v504, %v502 fastmath<contract> : f32
            %v506 = llvm.load %v6 : !llvm.ptr -> f32
            %v507 = arith.mulf %v501, %v506 fastmath<contract> : f32
            %v508 = arith.mulf %v269, %v431 fastmath<contract> : f32
            %v509 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v508) : (f32) -> f32
            %v510 = arith.mulf %v463, %v270 fastmath<contract> : f32
            %v511 = llvm.load %v9 : !llvm.ptr -> f32
            %v512 = arith.mulf %v509, %v511 fastmath<contract> : f32
            %v513 = arith.addf %v512, %v510 fastmath<contract> : f32
            %v514 = llvm.load %v7 : !llvm.ptr -> f32
            %v515 = arith.mulf %v509, %v514 fastmath<contract> : f32
            llvm.store %v505, %v8 : f32, !llvm.ptr
            llvm.store %v507, %v6 : f32, !llvm.ptr
            llvm.store %v513, %v9 : f32, !llvm.ptr
            llvm.store %v515, %v7 : f32, !llvm.ptr
            %v516 = arith.addi %v112, %v271 : i64
            %v517 = arith.mulf %v298, %v424 fastmath<contract> : f32
            %v518 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v517) : (f32) -> f32
            %v519 = arith.mulf %v445, %v299 fastmath<contract> : f32
            %v520 = llvm.load %v8 : !llvm.ptr -> f32
            %v521 = arith.mulf %v518, %v520 fastmath<contract> : f32
            %v522 = arith.addf %v521, %v519 fastmath<contract> : f32
            %v523 = llvm.load %v6 : !llvm.ptr -> f32
            %v524 = arith.mulf %v518, %v523 fastmath<contract> : f32
            %v525 = arith.mulf %v298, %v431 fastmath<contract> : f32
            %v526 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v525) : (f32) -> f32
            %v527 = arith.mulf %v462, %v299 fastmath<contract> : f32
            %v528 = llvm.load %v9 : !llvm.ptr -> f32
            %v529 = arith.mulf %v526, %v528 fastmath<contract> : f32
            %v530 = arith.addf %v529, %v527 fastmath<contract> : f32
            %v531 = llvm.load %v7 : !llvm.ptr -> f32
            %v532 = arith.mulf %v526, %v531 fastmath<contract> : f32
            llvm.store %v522, %v8 : f32, !llvm.ptr
            llvm.store %v524, %v6 : f32, !llvm.ptr
            llvm.store %v530, %v9 : f32, !llvm.ptr
            llvm.store %v532, %v7 : f32, !llvm.ptr
            %v533 = arith.addi %v112, %v300 : i64
            %v534 = arith.mulf %v327, %v424 fastmath<contract> : f32
            %v535 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v534) : (f32) -> f32
            %v536 = arith.mulf %v444, %v328 fastmath<contract> : f32
            %v537 = llvm.load %v8 : !llvm.ptr -> f32
            %v538 = arith.mulf %v535, %v537 fastmath<contract> : f32
            %v539 = arith.addf %v538, %v536 fastmath<contract> : f32
            %v540 = llvm.load %v6 : !llvm.ptr -> f32
            %v541 = arith.mulf %v535, %v540 fastmath<contract> : f32
            %v542 = arith.mulf %v327, %v431 fastmath<contract> : f32
            %v543 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v542) : (f32) -> f32
            %v544 = arith.mulf %v461, %v328 fastmath<contract> : f32
            %v545 = llvm.load %v9 : !llvm.ptr -> f32
            %v546 = arith.mulf %v543, %v545 fastmath<contract> : f32
            %v547 = arith.addf %v546, %v544 fastmath<contract> : f32
            %v548 = llvm.load %v7 : !llvm.ptr -> f32
            %v549 = arith.mulf %v543, %v548 fastmath<contract> : f32
            llvm.store %v539, %v8 : f32, !llvm.ptr
            llvm.store %v541, %v6 : f32, !llvm.ptr
            llvm.store %v547, %v9 : f32, !llvm.ptr
            llvm.store %v549, %v7 : f32, !llvm.ptr
            %v550 = arith.addi %v112, %v329 : i64
            %v551 = arith.mulf %v356, %v424 fastmath<contract> : f32
            %v552 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v551) : (f32) -> f32
            %v553 = arith.mulf %v443, %v357 fastmath<contract> : f32
            %v554 = llvm.load %v8 : !llvm.ptr -> f32
            %v555 = arith.mulf %v552, %v554 fastmath<contract> : f32
            %v556 = arith.addf %v555, %v553 fastmath<contract> : f32
            %v557 = llvm.load %v6 : !llvm.ptr -> f32
            %v558 = arith.mulf %v552, %v557 fastmath<contract> : f32
            %v559 = arith.mulf %v356, %v431 fastmath<contract> : f32
            %v560 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v559) : (f32) -> f32
            %v561 = arith.mulf %v460, %v357 fastmath<contract> : f32
            %v562 = llvm.load %v9 : !llvm.ptr -> f32
            %v563 = arith.mulf %v560, %v562 fastmath<contract> : f32
            %v564 = arith.addf %v563, %v561 fastmath<contract> : f32
            %v565 = llvm.load %v7 : !llvm.ptr -> f32
            %v566 = arith.mulf %v560, %v565 fastmath<contract> : f32
            llvm.store %v556, %v8 : f32, !llvm.ptr
            llvm.store %v558, %v6 : f32, !llvm.ptr
            llvm.store %v564, %v9 : f32, !llvm.ptr
            llvm.store %v566, %v7 : f32, !llvm.ptr
            %v567 = arith.addi %v112, %v358 : i64
            %v568 = arith.mulf %v385, %v424 fastmath<contract> : f32
            %v569 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v568) : (f32) -> f32
            %v570 = arith.mulf %v442, %v386 fastmath<contract> : f32
            %v571 = llvm.load %v8 : !llvm.ptr -> f32
            %v572 = arith.mulf %v569, %v571 fastmath<contract> : f32
            %v573 = arith.addf %v572, %v570 fastmath<contract> : f32
            %v574 = llvm.load %v6 : !llvm.ptr -> f32
            %v575 = arith.mulf %v569, %v574 fastmath<contract> : f32
            %v576 = arith.mulf %v385, %v431 fastmath<contract> : f32
            %v577 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v576) : (f32) -> f32
            %v578 = arith.mulf %v459, %v386 fastmath<contract> : f32
            %v579 = llvm.load %v9 : !llvm.ptr -> f32
            %v580 = arith.mulf %v577, %v579 fastmath<contract> : f32
            %v581 = arith.addf %v580, %v578 fastmath<contract> : f32
            %v582 = llvm.load %v7 : !llvm.ptr -> f32
            %v583 = arith.mulf %v577, %v582 fastmath<contract> : f32
            llvm.store %v573, %v8 : f32, !llvm.ptr
            llvm.store %v575, %v6 : f32, !llvm.ptr
            llvm.store %v581, %v9 : f32, !llvm.ptr
            llvm.store %v583, %v7 : f32, !llvm.ptr
            %v584 = arith.addi %v112, %v119 : i64
            %v585 = arith.mulf %v413, %v424 fastmath<contract> : f32
            %v586 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v585) : (f32) -> f32
            %v587 = arith.mulf %v441, %v414 fastmath<contract> : f32
            %v588 = llvm.load %v8 : !llvm.ptr -> f32
            %v589 = arith.mulf %v586, %v588 fastmath<contract> : f32
            %v590 = arith.addf %v589, %v587 fastmath<contract> : f32
            %v591 = llvm.load %v6 : !llvm.ptr -> f32
            %v592 = arith.mulf %v586, %v591 fastmath<contract> : f32
            %v593 = arith.mulf %v413, %v431 fastmath<contract> : f32
            %v594 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v593) : (f32) -> f32
            %v595 = arith.mulf %v458, %v414 fastmath<contract> : f32
            %v596 = llvm.load %v9 : !llvm.ptr -> f32
            %v597 = arith.mulf %v594, %v596 fastmath<contract> : f32
            %v598 = arith.addf %v597, %v595 fastmath<contract> : f32
            %v599 = llvm.load %v7 : !llvm.ptr -> f32
            %v600 = arith.mulf %v594, %v599 fastmath<contract> : f32
            llvm.store %v590, %v8 : f32, !llvm.ptr
            llvm.store %v592, %v6 : f32, !llvm.ptr
            llvm.store %v598, %v9 : f32, !llvm.ptr
            llvm.store %v600, %v7 : f32, !llvm.ptr
            // 2. the block's scan of this point's maps
            %v601 = llvm.load %v6 : !llvm.ptr -> f32
            %v602 = llvm.load %v8 : !llvm.ptr -> f32
            %v603 = llvm.load %v7 : !llvm.ptr -> f32
            %v604 = llvm.load %v9 : !llvm.ptr -> f32
            %v606, %v607 = gpu.shuffle up %v601, %v132, %v605 : f32
            %v608, %v609 = gpu.shuffle up %v602, %v132, %v605 : f32
            %v610 = arith.mulf %v601, %v606 fastmath<contract> : f32
            %v611 = arith.mulf %v601, %v608 fastmath<contract> : f32
            %v612 = arith.addf %v611, %v602 fastmath<contract> : f32
            %v613 = arith.cmpi uge, %v30, %v2 : i64
            %v614 = arith.select %v613, %v610, %v601 : f32
            %v615 = arith.select %v613, %v612, %v602 : f32
            %v616, %v617 = gpu.shuffle up %v614, %v134, %v605 : f32
            %v618, %v619 = gpu.shuffle up %v615, %v134, %v605 : f32
            %v620 = arith.mulf %v614, %v616 fastmath<contract> : f32
            %v621 = arith.mulf %v614, %v618 fastmath<contract> : f32
            %v622 = arith.addf %v621, %v615 fastmath<contract> : f32
            %v623 = arith.cmpi uge, %v30, %v63 : i64
            %v624 = arith.select %v623, %v620, %v614 : f32
            %v625 = arith.select %v623, %v622, %v615 : f32
            %v626, %v627 = gpu.shuffle up %v624, %v138, %v605 : f32
            %v628, %v629 = gpu.shuffle up %v625, %v138, %v605 : f32
            %v630 = arith.mulf %v624, %v626 fastmath<contract> : f32
            %v631 = arith.mulf %v624, %v628 fastmath<contract> : f32
            %v632 = arith.addf %v631, %v625 fastmath<contract> : f32
            %v633 = arith.cmpi uge, %v30, %v300 : i64
            %v634 = arith.select %v633, %v630, %v624 : f32
            %v635 = arith.select %v633, %v632, %v625 : f32
            %v637, %v638 = gpu.shuffle up %v634, %v636, %v605 : f32
            %v639, %v640 = gpu.shuffle up %v635, %v636, %v605 : f32
            %v641 = arith.mulf %v634, %v637 fastmath<contract> : f32
            %v642 = arith.mulf %v634, %v639 fastmath<contract> : f32
            %v643 = arith.addf %v642, %v635 fastmath<contract> : f32
            %v644 = arith.cmpi uge, %v30, %v34 : i64
            %v645 = arith.select %v644, %v641, %v634 : f32
            %v646 = arith.select %v644, %v643, %v635 : f32
            %v648, %v649 = gpu.shuffle up %v645, %v647, %v605 : f32
            %v650, %v651 = gpu.shuffle up %v646, %v647, %v605 : f32
            %v652 = arith.mulf %v645, %v648 fastmath<contract> : f32
            %v653 = arith.mulf %v645, %v650 fastmath<contract> : f32
            %v654 = arith.addf %v653, %v646 fastmath<contract> : f32
            %v655 = arith.cmpi uge, %v30, %v1 : i64
            %v656 = arith.select %v655, %v652, %v645 : f32
            %v657 = arith.select %v655, %v654, %v646 : f32
            %v659 = arith.cmpi eq, %v30, %v658 : i64
            scf.if %v659 {
              %v660 = llvm.getelementptr %v13[%v31] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v656, %v660 : f32, !llvm.ptr
              %v661 = llvm.getelementptr %v15[%v31] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v657, %v661 : f32, !llvm.ptr
            }
            %v662, %v663 = gpu.shuffle up %v656, %v132, %v605 : f32
            %v664, %v665 = gpu.shuffle up %v657, %v132, %v605 : f32
            %v666 = arith.cmpi eq, %v30, %v32 : i64
            %v667 = arith.select %v666, %v185, %v662 : f32
            %v668 = arith.select %v666, %v50, %v664 : f32
            %v669, %v670 = gpu.shuffle up %v603, %v132, %v605 : f32
            %v671, %v672 = gpu.shuffle up %v604, %v132, %v605 : f32
            %v673 = arith.mulf %v603, %v669 fastmath<contract> : f32
            %v674 = arith.mulf %v603, %v671 fastmath<contract> : f32
            %v675 = arith.addf %v674, %v604 fastmath<contract> : f32
            %v676 = arith.cmpi uge, %v30, %v2 : i64
            %v677 = arith.select %v676, %v673, %v603 : f32
            %v678 = arith.select %v676, %v675, %v604 : f32
            %v679, %v680 = gpu.shuffle up %v677, %v134, %v605 : f32
            %v681, %v682 = gpu.shuffle up %v678, %v134, %v605 : f32
            %v683 = arith.mulf %v677, %v679 fastmath<contract> : f32
            %v684 = arith.mulf %v677, %v681 fastmath<contract> : f32
            %v685 = arith.addf %v684, %v678 fastmath<contract> : f32
            %v686 = arith.cmpi uge, %v30, %v63 : i64
            %v687 = arith.select %v686, %v683, %v677 : f32
            %v688 = arith.select %v686, %v685, %v678 : f32
            %v689, %v690 = gpu.shuffle up %v687, %v138, %v605 : f32
            %v691, %v692 = gpu.shuffle up %v688, %v138, %v605 : f32
            %v693 = arith.mulf %v687, %v689 fastmath<contract> : f32
            %v694 = arith.mulf %v687, %v691 fastmath<contract> : f32
            %v695 = arith.addf %v694, %v688 fastmath<contract> : f32
            %v696 = arith.cmpi uge, %v30, %v300 : i64
            %v697 = arith.select %v696, %v693, %v687 : f32
            %v698 = arith.select %v696, %v695, %v688 : f32
            %v699, %v700 = gpu.shuffle up %v697, %v636, %v605 : f32
            %v701, %v702 = gpu.shuffle up %v698, %v636, %v605 : f32
            %v703 = arith.mulf %v697, %v699 fastmath<contract> : f32
            %v704 = arith.mulf %v697, %v701 fastmath<contract> : f32
            %v705 = arith.addf %v704, %v698 fastmath<contract> : f32
            %v706 = arith.cmpi uge, %v30, %v34 : i64
            %v707 = arith.select %v706, %v703, %v697 : f32
            %v708 = arith.select %v706, %v705, %v698 : f32
            %v709, %v710 = gpu.shuffle up %v707, %v647, %v605 : f32
            %v711, %v712 = gpu.shuffle up %v708, %v647, %v605 : f32
            %v713 = arith.mulf %v707, %v709 fastmath<contract> : f32
            %v714 = arith.mulf %v707, %v711 fastmath<contract> : f32
            %v715 = arith.addf %v714, %v708 fastmath<contract> : f32
            %v716 = arith.cmpi uge, %v30, %v1 : i64
            %v717 = arith.select %v716, %v713, %v707 : f32
            %v718 = arith.select %v716, %v715, %v708 : f32
            %v719 = arith.cmpi eq, %v30, %v658 : i64
            %v720 = arith.addi %v329, %v31 : i64
            scf.if %v719 {
              %v721 = llvm.getelementptr %v13[%v720] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v717, %v721 : f32, !llvm.ptr
              %v722 = llvm.getelementptr %v15[%v720] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v718, %v722 : f32, !llvm.ptr
            }
            %v723, %v724 = gpu.shuffle up %v717, %v132, %v605 : f32
            %v725, %v726 = gpu.shuffle up %v718, %v132, %v605 : f32
            %v727 = arith.cmpi eq, %v30, %v32 : i64
            %v728 = arith.select %v727, %v185, %v723 : f32
            %v729 = arith.select %v727, %v50, %v725 : f32
            // across warps: the warps' maps before this one's, and the whole tile's
            gpu.barrier
            %v731 = arith.index_cast %v20 : i64 to index
            %v732 = arith.index_cast %v63 : i64 to index
            %v733 = arith.index_cast %v730 : i64 to index
            scf.for %v734 = %v731 to %v732 step %v733 {
              %v735 = arith.index_cast %v734 : index to i64
              %v736 = arith.muli %v735, %v329 : i64
              %v737 = llvm.getelementptr %v13[%v736] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v738 = llvm.load %v737 : !llvm.ptr -> f32
              %v739 = llvm.getelementptr %v15[%v736] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v740 = llvm.load %v739 : !llvm.ptr -> f32
              %v741 = llvm.getelementptr %v13[%v736] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v185, %v741 : f32, !llvm.ptr
              %v742 = llvm.getelementptr %v15[%v736] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v50, %v742 : f32, !llvm.ptr
              %v743 = arith.mulf %v738, %v185 fastmath<contract> : f32
              %v744 = arith.mulf %v738, %v50 fastmath<contract> : f32
              %v745 = arith.addf %v744, %v740 fastmath<contract> : f32
              %v746 = arith.addi %v736, %v2 : i64
              %v747 = llvm.getelementptr %v13[%v746] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v748 = llvm.load %v747 : !llvm.ptr -> f32
              %v749 = llvm.getelementptr %v15[%v746] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v750 = llvm.load %v749 : !llvm.ptr -> f32
              %v751 = llvm.getelementptr %v13[%v746] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v743, %v751 : f32, !llvm.ptr
              %v752 = llvm.getelementptr %v15[%v746] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v745, %v752 : f32, !llvm.ptr
              %v753 = arith.mulf %v748, %v743 fastmath<contract> : f32
              %v754 = arith.mulf %v748, %v745 fastmath<contract> : f32
              %v755 = arith.addf %v754, %v750 fastmath<contract> : f32
              %v756 = arith.addi %v736, %v63 : i64
              %v757 = llvm.getelementptr %v13[%v756] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v758 = llvm.load %v757 : !llvm.ptr -> f32
              %v759 = llvm.getelementptr %v15[%v756] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v760 = llvm.load %v759 : !llvm.ptr -> f32
              %v761 = llvm.getelementptr %v13[%v756] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v753, %v761 : f32, !llvm.ptr
              %v762 = llvm.getelementptr %v15[%v756] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v755, %v762 : f32, !llvm.ptr
              %v763 = arith.mulf %v758, %v753 fastmath<contract> : f32
              %v764 = arith.mulf %v758, %v755 fastmath<contract> : f32
              %v765 = arith.addf %v764, %v760 fastmath<contract> : f32
              %v766 = arith.addi %v736, %v271 : i64
              %v767 = llvm.getelementptr %v13[%v766] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v768 = llvm.load %v767 : !llvm.ptr -> f32
              %v769 = llvm.getelementptr %v15[%v766] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v770 = llvm.load %v769 : !llvm.ptr -> f32
              %v771 = llvm.getelementptr %v13[%v766] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v763, %v771 : f32, !llvm.ptr
              %v772 = llvm.getelementptr %v15[%v766] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v765, %v772 : f32, !llvm.ptr
              %v773 = arith.mulf %v768, %v763 fastmath<contract> : f32
              %v774 = arith.mulf %v768, %v765 fastmath<contract> : f32
              %v775 = arith.addf %v774, %v770 fastmath<contract> : f32
              %v776 = arith.addi %v736, %v300 : i64
              %v777 = llvm.getelementptr %v13[%v776] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v773, %v777 : f32, !llvm.ptr
              %v778 = llvm.getelementptr %v15[%v776] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v775, %v778 : f32, !llvm.ptr
            }
            gpu.barrier
            %v779 = llvm.getelementptr %v13[%v31] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v780 = llvm.load %v779 : !llvm.ptr -> f32
            %v781 = llvm.getelementptr %v15[%v31] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v782 = llvm.load %v781 : !llvm.ptr -> f32
            %v783 = llvm.getelementptr %v13[%v300] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v784 = llvm.load %v783 : !llvm.ptr -> f32
            %v785 = llvm.getelementptr %v15[%v300] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v786 = llvm.load %v785 : !llvm.ptr -> f32
            %v787 = arith.mulf %v667, %v780 fastmath<contract> : f32
            %v788 = arith.mulf %v667, %v782 fastmath<contract> : f32
            %v789 = arith.addf %v788, %v668 fastmath<contract> : f32
            %v790 = arith.addi %v329, %v31 : i64
            %v791 = llvm.getelementptr %v13[%v790] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v792 = llvm.load %v791 : !llvm.ptr -> f32
            %v793 = llvm.getelementptr %v15[%v790] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v794 = llvm.load %v793 : !llvm.ptr -> f32
            %v796 = llvm.getelementptr %v13[%v795] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v797 = llvm.load %v796 : !llvm.ptr -> f32
            %v798 = llvm.getelementptr %v15[%v795] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v799 = llvm.load %v798 : !llvm.ptr -> f32
            %v800 = arith.mulf %v728, %v792 fastmath<contract> : f32
            %v801 = arith.mulf %v728, %v794 fastmath<contract> : f32
            %v802 = arith.addf %v801, %v729 fastmath<contract> : f32
            %v803 = arith.muli %v419, %v63 : i64
            %v804 = llvm.getelementptr %v17[%v803] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v805 = llvm.load %v804 : !llvm.ptr -> f32
            %v806 = arith.mulf %v787, %v805 fastmath<contract> : f32
            %v807 = arith.addf %v806, %v789 fastmath<contract> : f32
            llvm.store %v807, %v4 : f32, !llvm.ptr
            %v808 = arith.mulf %v784, %v805 fastmath<contract> : f32
            %v809 = arith.addf %v808, %v786 fastmath<contract> : f32
            %v810 = arith.muli %v419, %v63 : i64
            %v811 = arith.addi %v810, %v2 : i64
            %v812 = llvm.getelementptr %v17[%v811] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v813 = llvm.load %v812 : !llvm.ptr -> f32
            %v814 = arith.mulf %v800, %v813 fastmath<contract> : f32
            %v815 = arith.addf %v814, %v802 fastmath<contract> : f32
            llvm.store %v815, %v5 : f32, !llvm.ptr
            %v816 = arith.mulf %v797, %v813 fastmath<contract> : f32
            %v817 = arith.addf %v816, %v799 fastmath<contract> : f32
            // 3. the K steps again: checkpoints, outputs at this point, sums' terms
            %v818 = arith.addi %v112, %v119 : i64
            %v819 = arith.muli %v27, %v433 : i64
            %v820 = arith.subi %v125, %v818 : i64
            %v821 = arith.addi %v819, %v820 : i64
            %v822 = arith.muli %v419, %size_L : i64
            %v823 = arith.addi %v821, %v822 : i64
            %v824 = llvm.getelementptr %in_Cm[%v823] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v825 = llvm.load %v824 {alignment = 32 : i64} : !llvm.ptr -> vector<8xf32>
            %v826 = llvm.extractelement %v825[%v130 : i32] : vector<8xf32>
            %v827 = llvm.extractelement %v825[%v132 : i32] : vector<8xf32>
            %v828 = llvm.extractelement %v825[%v134 : i32] : vector<8xf32>
            %v829 = llvm.extractelement %v825[%v136 : i32] : vector<8xf32>
            %v830 = llvm.extractelement %v825[%v138 : i32] : vector<8xf32>
            %v831 = llvm.extractelement %v825[%v140 : i32] : vector<8xf32>
            %v832 = llvm.extractelement %v825[%v142 : i32] : vector<8xf32>
            %v833 = llvm.extractelement %v825[%v144 : i32] : vector<8xf32>
            %v834 = arith.muli %v27, %v433 : i64
            %v835 = arith.subi %v125, %v818 : i64
            %v836 = arith.addi %v834, %v835 : i64
            %v837 = arith.constant 8 : i64
            %v838 = arith.addi %v837, %v419 : i64
            %v839 = arith.muli %v838, %size_L : i64
            %v840 = arith.addi %v836, %v839 : i64
            %v841 = llvm.getelementptr %in_Cm[%v840] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v842 = llvm.load %v841 {alignment = 32 : i64} : !llvm.ptr -> vector<8xf32>
            %v843 = llvm.extractelement %v842[%v130 : i32] : vector<8xf32>
            %v844 = llvm.extractelement %v842[%v132 : i32] : vector<8xf32>
            %v845 = llvm.extractelement %v842[%v134 : i32] : vector<8xf32>
            %v846 = llvm.extractelement %v842[%v136 : i32] : vector<8xf32>
            %v847 = llvm.extractelement %v842[%v138 : i32] : vector<8xf32>
            %v848 = llvm.extractelement %v842[%v140 : i32] : vector<8xf32>
            %v849 = llvm.extractelement %v842[%v142 : i32] : vector<8xf32>
            %v850 = llvm.extractelement %v842[%v144 : i32] : vector<8xf32>
            // save the states at checkpoint steps (when given somewhere to save them)
            %v852 = arith.remui %v112, %v851 : i64
            %v853 = arith.cmpi eq, %v852, %v32 : i64
            %v854 = arith.andi %v853, %v22 : i1
            scf.if %v854 {
              %v855 = arith.divui %v112, %v851 : i64
              %v856 = llvm.mlir.zero : !llvm.ptr
              %v857 = llvm.icmp "ne" %ckpt_h, %v856 : !llvm.ptr
              scf.if %v857 {
                %v860 = arith.muli %v855, %v859 : i64
                %v861 = llvm.load %v4 : !llvm.ptr -> f32
                %v862 = arith.muli %v27, %v40 : i64
                %v863 = arith.muli %v25, %v1 : i64
                %v864 = arith.addi %v862, %v863 : i64
                %v865 = arith.addi %v864, %v419 : i64
                %v866 = arith.addi %v860, %v865 : i64
                %v867 = llvm.getelementptr %ckpt_h[%v866] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                llvm.store %v861, %v867 : f32, !llvm.ptr
                %v868 = llvm.load %v5 : !llvm.ptr -> f32
                %v869 = arith.muli %v27, %v40 : i64
                %v870 = arith.muli %v25, %v1 : i64
                %v871 = arith.addi %v869, %v870 : i64
                %v872 = arith.constant 8 : i64
                %v873 = arith.addi %v872, %v419 : i64
                %v874 = arith.addi %v871, %v873 : i64
                %v875 = arith.addi %v860, %v874 : i64
                %v876 = llvm.getelementptr %ckpt_h[%v875] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                llvm.store %v868, %v876 : f32, !llvm.ptr
              }
            }
            // end save
            %v877 = llvm.load %v4 : !llvm.ptr -> f32
            %v878 = arith.mulf %v467, %v877 fastmath<contract> : f32
            %v879 = arith.addf %v878, %v468 fastmath<contract> : f32
            %v880 = llvm.load %v5 : !llvm.ptr -> f32
            %v881 = arith.mulf %v475, %v880 fastmath<contract> : f32
            %v882 = arith.addf %v881, %v476 fastmath<contract> : f32
            llvm.store %v879, %v4 : f32, !llvm.ptr
            llvm.store %v882, %v5 : f32, !llvm.ptr
            %v883 = llvm.load %v4 : !llvm.ptr -> f32
            %v884 = arith.mulf %v833, %v883 fastmath<contract> : f32
            %v885 = llvm.load %v5 : !llvm.ptr -> f32
            %v886 = arith.mulf %v850, %v885 fastmath<contract> : f32
            %v887 = arith.addf %v884, %v886 fastmath<contract> : f32
            %v888 = llvm.load %v97 : !llvm.ptr -> f32
            %v889 = arith.addf %v888, %v887 fastmath<contract> : f32
            llvm.store %v889, %v97 : f32, !llvm.ptr
            %v890 = arith.addi %v112, %v2 : i64
            %v891 = llvm.load %v4 : !llvm.ptr -> f32
            %v892 = arith.mulf %v484, %v891 fastmath<contract> : f32
            %v893 = arith.addf %v892, %v485 fastmath<contract> : f32
            %v894 = llvm.load %v5 : !llvm.ptr -> f32
            %v895 = arith.mulf %v492, %v894 fastmath<contract> : f32
            %v896 = arith.addf %v895, %v493 fastmath<contract> : f32
            llvm.store %v893, %v4 : f32, !llvm.ptr
            llvm.store %v896, %v5 : f32, !llvm.ptr
            %v897 = llvm.load %v4 : !llvm.ptr -> f32
            %v898 = arith.mulf %v832, %v897 fastmath<contract> : f32
            %v899 = llvm.load %v5 : !llvm.ptr -> f32
            %v900 = arith.mulf %v849, %v899 fastmath<contract> : f32
            %v901 = arith.addf %v898, %v900 fastmath<contract> : f32
            %v902 = llvm.load %v98 : !llvm.ptr -> f32
            %v903 = arith.addf %v902, %v901 fastmath<contract> : f32
            llvm.store %v903, %v98 : f32, !llvm.ptr
            %v904 = arith.addi %v112, %v63 : i64
            %v905 = llvm.load %v4 : !llvm.ptr -> f32
            %v906 = arith.mulf %v501, %v905 fastmath<contract> : f32
            %v907 = arith.addf %v906, %v502 fastmath<contract> : f32
            %v908 = llvm.load %v5 : !llvm.ptr -> f32
            %v909 = arith.mulf %v509, %v908 fastmath<contract> : f32
            %v910 = arith.addf %v909, %v510 fastmath<contract> : f32
            llvm.store %v907, %v4 : f32, !llvm.ptr
            llvm.store %v910, %v5 : f32, !llvm.ptr
            %v911 = llvm.load %v4 : !llvm.ptr -> f32
            %v912 = arith.mulf %v831, %v911 fastmath<contract> : f32
            %v913 = llvm.load %v5 : !llvm.ptr -> f32
            %v914 = arith.mulf %v848, %v913 fastmath<contract> : f32
            %v915 = arith.addf %v912, %v914 fastmath<contract> : f32
            %v916 = llvm.load %v99 : !llvm.ptr -> f32
            %v917 = arith.addf %v916, %v915 fastmath<contract> : f32
            llvm.store %v917, %v99 : f32, !llvm.ptr
            %v918 = arith.addi %v112, %v271 : i64
            %v919 = llvm.load %v4 : !llvm.ptr -> f32
            %v920 = arith.mulf %v518, %v919 fastmath<contract> : f32
            %v921 = arith.addf %v920, %v519 fastmath<contract> : f32
            %v922 = llvm.load %v5 : !llvm.ptr -> f32
            %v923 = arith.mulf %v526, %v922 fastmath<contract> : f32
            %v924 = arith.addf %v923, %v527 fastmath<contract> : f32
            llvm.store %v921, %v4 : f32, !llvm.ptr
            llvm.store %v924, %v5 : f32, !llvm.ptr
            %v925 = llvm.load %v4 : !llvm.ptr -> f32
            %v926 = arith.mulf %v830, %v925 fastmath<contract> : f32
            %v927 = llvm.load %v5 : !llvm.ptr -> f32
            %v928 = arith.mulf %v847, %v927 fastmath<contract> : f32
            %v929 = arith.addf %v926, %v928 fastmath<contract> : f32
            %v930 = llvm.load %v100 : !llvm.ptr -> f32
            %v931 = arith.addf %v930, %v929 fastmath<contract> : f32
            llvm.store %v931, %v100 : f32, !llvm.ptr
            %v932 = arith.addi %v112, %v300 : i64
            %v933 = llvm.load %v4 : !llvm.ptr -> f32
            %v934 = arith.mulf %v535, %v933 fastmath<contract> : f32
            %v935 = arith.addf %v934, %v536 fastmath<contract> : f32
            %v936 = llvm.load %v5 : !llvm.ptr -> f32
            %v937 = arith.mulf %v543, %v936 fastmath<contract> : f32
            %v938 = arith.addf %v937, %v544 fastmath<contract> : f32
            llvm.store %v935, %v4 : f32, !llvm.ptr
            llvm.store %v938, %v5 : f32, !llvm.ptr
            %v939 = llvm.load %v4 : !llvm.ptr -> f32
            %v940 = arith.mulf %v829, %v939 fastmath<contract> : f32
            %v941 = llvm.load %v5 : !llvm.ptr -> f32
            %v942 = arith.mulf %v846, %v941 fastmath<contract> : f32
            %v943 = arith.addf %v940, %v942 fastmath<contract> : f32
            %v944 = llvm.load %v101 : !llvm.ptr -> f32
            %v945 = arith.addf %v944, %v943 fastmath<contract> : f32
            llvm.store %v945, %v101 : f32, !llvm.ptr
            %v946 = arith.addi %v112, %v329 : i64
            %v947 = llvm.load %v4 : !llvm.ptr -> f32
            %v948 = arith.mulf %v552, %v947 fastmath<contract> : f32
            %v949 = arith.addf %v948, %v553 fastmath<contract> : f32
            %v950 = llvm.load %v5 : !llvm.ptr -> f32
            %v951 = arith.mulf %v560, %v950 fastmath<contract> : f32
            %v952 = arith.addf %v951, %v561 fastmath<contract> : f32
            llvm.store %v949, %v4 : f32, !llvm.ptr
            llvm.store %v952, %v5 : f32, !llvm.ptr
            %v953 = llvm.load %v4 : !llvm.ptr -> f32
            %v954 = arith.mulf %v828, %v953 fastmath<contract> : f32
            %v955 = llvm.load %v5 : !llvm.ptr -> f32
            %v956 = arith.mulf %v845, %v955 fastmath<contract> : f32
            %v957 = arith.addf %v954, %v956 fastmath<contract> : f32
            %v958 = llvm.load %v102 : !llvm.ptr -> f32
            %v959 = arith.addf %v958, %v957 fastmath<contract> : f32
            llvm.store %v959, %v102 : f32, !llvm.ptr
            %v960 = arith.addi %v112, %v358 : i64
            %v961 = llvm.load %v4 : !llvm.ptr -> f32
            %v962 = arith.mulf %v569, %v961 fastmath<contract> : f32
            %v963 = arith.addf %v962, %v570 fastmath<contract> : f32
            %v964 = llvm.load %v5 : !llvm.ptr -> f32
            %v965 = arith.mulf %v577, %v964 fastmath<contract> : f32
            %v966 = arith.addf %v965, %v578 fastmath<contract> : f32
            llvm.store %v963, %v4 : f32, !llvm.ptr
            llvm.store %v966, %v5 : f32, !llvm.ptr
            %v967 = llvm.load %v4 : !llvm.ptr -> f32
            %v968 = arith.mulf %v827, %v967 fastmath<contract> : f32
            %v969 = llvm.load %v5 : !llvm.ptr -> f32
            %v970 = arith.mulf %v844, %v969 fastmath<contract> : f32
            %v971 = arith.addf %v968, %v970 fastmath<contract> : f32
            %v972 = llvm.load %v103 : !llvm.ptr -> f32
            %v973 = arith.addf %v972, %v971 fastmath<contract> : f32
            llvm.store %v973, %v103 : f32, !llvm.ptr
            %v974 = arith.addi %v112, %v119 : i64
            %v975 = llvm.load %v4 : !llvm.ptr -> f32
            %v976 = arith.mulf %v586, %v975 fastmath<contract> : f32
            %v977 = arith.addf %v976, %v587 fastmath<contract> : f32
            %v978 = llvm.load %v5 : !llvm.ptr -> f32
            %v979 = arith.mulf %v594, %v978 fastmath<contract> : f32
            %v980 = arith.addf %v979, %v595 fastmath<contract> : f32
            llvm.store %v977, %v4 : f32, !llvm.ptr
            llvm.store %v980, %v5 : f32, !llvm.ptr
            %v981 = llvm.load %v4 : !llvm.ptr -> f32
            %v982 = arith.mulf %v826, %v981 fastmath<contract> : f32
            %v983 = llvm.load %v5 : !llvm.ptr -> f32
            %v984 = arith.mulf %v843, %v983 fastmath<contract> : f32
            %v985 = arith.addf %v982, %v984 fastmath<contract> : f32
            %v986 = llvm.load %v104 : !llvm.ptr -> f32
            %v987 = arith.addf %v986, %v985 fastmath<contract> : f32
            llvm.store %v987, %v104 : f32, !llvm.ptr
            gpu.barrier
            scf.if %v33 {
              %v988 = arith.muli %v419, %v63 : i64
              %v989 = llvm.getelementptr %v17[%v988] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v809, %v989 : f32, !llvm.ptr
              %v990 = arith.muli %v419, %v63 : i64
              %v991 = arith.addi %v990, %v2 : i64
              %v992 = llvm.getelementptr %v17[%v991] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v817, %v992 : f32, !llvm.ptr
            }
          }
          // 4. the outputs summed over the points, K steps per vector store
          %v993 = llvm.load %v97 : !llvm.ptr -> f32
          %v996 = arith.mulf %v160, %v995 fastmath<contract> : f32
          %v997 = arith.addf %v993, %v996 fastmath<contract> : f32
          %v998 = arith.negf %v175 : f32
          %v999 = arith.mulf %v998, %v182 fastmath<contract> : f32
          %v1000 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v999) : (f32) -> f32
          %v1001 = arith.addf %v185, %v1000 fastmath<contract> : f32
          %v1002 = arith.divf %v185, %v1001 : f32
          %v1003 = arith.mulf %v175, %v1002 fastmath<contract> : f32
          %v1004 = arith.mulf %v997, %v1003 fastmath<contract> : f32
          %v1005 = arith.addi %v112, %v2 : i64
          %v1006 = llvm.load %v98 : !llvm.ptr -> f32
          %v1007 = arith.mulf %v159, %v995 fastmath<contract> : f32
          %v1008 = arith.addf %v1006, %v1007 fastmath<contract> : f32
          %v1009 = arith.negf %v174 : f32
          %v1010 = arith.mulf %v1009, %v182 fastmath<contract> : f32
          %v1011 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1010) : (f32) -> f32
          %v1012 = arith.addf %v185, %v1011 fastmath<contract> : f32
          %v1013 = arith.divf %v185, %v1012 : f32
          %v1014 = arith.mulf %v174, %v1013 fastmath<contract> : f32
          %v1015 = arith.mulf %v1008, %v1014 fastmath<contract> : f32
          %v1016 = arith.addi %v112, %v63 : i64
          %v1017 = llvm.load %v99 : !llvm.ptr -> f32
          %v1018 = arith.mulf %v158, %v995 fastmath<contract> : f32
          %v1019 = arith.addf %v1017, %v1018 fastmath<contract> : f32
          %v1020 = arith.negf %v173 : f32
          %v1021 = arith.mulf %v1020, %v182 fastmath<contract> : f32
          %v1022 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1021) : (f32) -> f32
          %v1023 = arith.addf %v185, %v1022 fastmath<contract> : f32
          %v1024 = arith.divf %v185, %v1023 : f32
          %v1025 = arith.mulf %v173, %v1024 fastmath<contract> : f32
          %v1026 = arith.mulf %v1019, %v1025 fastmath<contract> : f32
          %v1027 = arith.addi %v112, %v271 : i64
          %v1028 = llvm.load %v100 : !llvm.ptr -> f32
          %v1029 = arith.mulf %v157, %v995 fastmath<contract> : f32
          %v1030 = arith.addf %v1028, %v1029 fastmath<contract> : f32
          %v1031 = arith.negf %v172 : f32
          %v1032 = arith.mulf %v1031, %v182 fastmath<contract> : f32
          %v1033 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1032) : (f32) -> f32
          %v1034 = arith.addf %v185, %v1033 fastmath<contract> : f32
          %v1035 = arith.divf %v185, %v1034 : f32
          %v1036 = arith.mulf %v172, %v1035 fastmath<contract> : f32
          %v1037 = arith.mulf %v1030, %v1036 fastmath<contract> : f32
          %v1038 = arith.addi %v112, %v300 : i64
          %v1039 = llvm.load %v101 : !llvm.ptr -> f32
          %v1040 = arith.mulf %v156, %v995 fastmath<contract> : f32
          %v1041 = arith.addf %v1039, %v1040 fastmath<contract> : f32
          %v1042 = arith.negf %v171 : f32
          %v1043 = arith.mulf %v1042, %v182 fastmath<contract> : f32
          %v1044 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1043) : (f32) -> f32
          %v1045 = arith.addf %v185, %v1044 fastmath<contract> : f32
          %v1046 = arith.divf %v185, %v1045 : f32
          %v1047 = arith.mulf %v171, %v1046 fastmath<contract> : f32
          %v1048 = arith.mulf %v1041, %v1047 fastmath<contract> : f32
          %v1049 = arith.addi %v112, %v329 : i64
          %v1050 = llvm.load %v102 : !llvm.ptr -> f32
          %v1051 = arith.mulf %v155, %v995 fastmath<contract> : f32
          %v1052 = arith.addf %v1050, %v1051 fastmath<contract> : f32
          %v1053 = arith.negf %v170 : f32
          %v1054 = arith.mulf %v1053, %v182 fastmath<contract> : f32
          %v1055 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1054) : (f32) -> f32
          %v1056 = arith.addf %v185, %v1055 fastmath<contract> : f32
          %v1057 = arith.divf %v185, %v1056 : f32
          %v1058 = arith.mulf %v170, %v1057 fastmath<contract> : f32
          %v1059 = arith.mulf %v1052, %v1058 fastmath<contract> : f32
          %v1060 = arith.addi %v112, %v358 : i64
          %v1061 = llvm.load %v103 : !llvm.ptr -> f32
          %v1062 = arith.mulf %v154, %v995 fastmath<contract> : f32
          %v1063 = arith.addf %v1061, %v1062 fastmath<contract> : f32
          %v1064 = arith.negf %v169 : f32
          %v1065 = arith.mulf %v1064, %v182 fastmath<contract> : f32
          %v1066 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1065) : (f32) -> f32
          %v1067 = arith.addf %v185, %v1066 fastmath<contract> : f32
          %v1068 = arith.divf %v185, %v1067 : f32
          %v1069 = arith.mulf %v169, %v1068 fastmath<contract> : f32
          %v1070 = arith.mulf %v1063, %v1069 fastmath<contract> : f32
          %v1071 = arith.addi %v112, %v119 : i64
          %v1072 = llvm.load %v104 : !llvm.ptr -> f32
          %v1073 = arith.mulf %v153, %v995 fastmath<contract> : f32
          %v1074 = arith.addf %v1072, %v1073 fastmath<contract> : f32
          %v1075 = arith.negf %v168 : f32
          %v1076 = arith.mulf %v1075, %v182 fastmath<contract> : f32
          %v1077 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1076) : (f32) -> f32
          %v1078 = arith.addf %v185, %v1077 fastmath<contract> : f32
          %v1079 = arith.divf %v185, %v1078 : f32
          %v1080 = arith.mulf %v168, %v1079 fastmath<contract> : f32
          %v1081 = arith.mulf %v1074, %v1080 fastmath<contract> : f32
          %v1082 = arith.addi %v112, %v119 : i64
          %v1083 = llvm.mlir.undef : vector<8xf32>
          %v1084 = llvm.insertelement %v1081, %v1083[%v130 : i32] : vector<8xf32>
          %v1085 = llvm.insertelement %v1070, %v1084[%v132 : i32] : vector<8xf32>
          %v1086 = llvm.insertelement %v1059, %v1085[%v134 : i32] : vector<8xf32>
          %v1087 = llvm.insertelement %v1048, %v1086[%v136 : i32] : vector<8xf32>
          %v1088 = llvm.insertelement %v1037, %v1087[%v138 : i32] : vector<8xf32>
          %v1089 = llvm.insertelement %v1026, %v1088[%v140 : i32] : vector<8xf32>
          %v1090 = llvm.insertelement %v1015, %v1089[%v142 : i32] : vector<8xf32>
          %v1091 = llvm.insertelement %v1004, %v1090[%v144 : i32] : vector<8xf32>
          %v1092 = arith.muli %v27, %v121 : i64
          %v1093 = arith.muli %v25, %size_L : i64
          %v1094 = arith.addi %v1092, %v1093 : i64
          %v1095 = arith.subi %v125, %v1082 : i64
          %v1096 = arith.addi %v1094, %v1095 : i64
          %v1097 = llvm.getelementptr %out_y[%v1096] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          scf.if %v22 {
            llvm.store %v1091, %v1097 {alignment = 32 : i64} : vector<8xf32>, !llvm.ptr
          }
        } else {
          %v1098 = arith.index_cast %v32 : i64 to index
          %v1099 = arith.index_cast %v115 : i64 to index
          %v1100 = arith.index_cast %v2 : i64 to index
          scf.for %v1101 = %v1098 to %v1099 step %v1100 {
            %v1102 = arith.index_cast %v1101 : index to i64
            %v1103 = llvm.getelementptr %v105[%v1102] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v50, %v1103 : f32, !llvm.ptr
          }
          %v1104 = arith.index_cast %v32 : i64 to index
          %v1105 = arith.index_cast %v34 : i64 to index
          %v1106 = arith.index_cast %v2 : i64 to index
          scf.for %v1107 = %v1104 to %v1105 step %v1106 {
            %v1108 = arith.index_cast %v1107 : index to i64
            %v1109 = arith.muli %v25, %v1 : i64
            %v1110 = arith.addi %v1109, %v1108 : i64
            %v1111 = llvm.getelementptr %in_A[%v1110] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1112 = llvm.load %v1111 : !llvm.ptr -> f32
            %v1113 = arith.mulf %v1112, %v182 fastmath<contract> : f32
            %v1114 = arith.muli %v25, %v1 : i64
            %v1115 = arith.constant 8 : i64
            %v1116 = arith.addi %v1115, %v1108 : i64
            %v1117 = arith.addi %v1114, %v1116 : i64
            %v1118 = llvm.getelementptr %in_A[%v1117] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1119 = llvm.load %v1118 : !llvm.ptr -> f32
            %v1120 = arith.mulf %v1119, %v182 fastmath<contract> : f32
            llvm.store %v185, %v6 : f32, !llvm.ptr
            llvm.store %v185, %v7 : f32, !llvm.ptr
            llvm.store %v50, %v8 : f32, !llvm.ptr
            llvm.store %v50, %v9 : f32, !llvm.ptr
            %v1121 = arith.index_cast %v32 : i64 to index
            %v1122 = arith.index_cast %v115 : i64 to index
            %v1123 = arith.index_cast %v2 : i64 to index
            scf.for %v1124 = %v1121 to %v1122 step %v1123 {
              %v1125 = arith.index_cast %v1124 : index to i64
              %v1126 = arith.addi %v112, %v1125 : i64
              %v1127 = arith.muli %v27, %v121 : i64
              %v1128 = arith.muli %v25, %size_L : i64
              %v1129 = arith.addi %v1127, %v1128 : i64
              %v1130 = arith.subi %v125, %v1126 : i64
              %v1131 = arith.addi %v1129, %v1130 : i64
              %v1132 = llvm.getelementptr %in_delta[%v1131] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1133 = llvm.load %v1132 : !llvm.ptr -> f32
              %v1134 = arith.addf %v1133, %v177 fastmath<contract> : f32
              %v1135 = arith.maximumf %v1134, %v50 : f32
              %v1136 = llvm.call_intrinsic "llvm.fabs.f32"(%v1134) : (f32) -> f32
              %v1137 = arith.negf %v1136 : f32
              %v1138 = arith.mulf %v1137, %v182 fastmath<contract> : f32
              %v1139 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1138) : (f32) -> f32
              %v1140 = arith.addf %v185, %v1139 fastmath<contract> : f32
              %v1141 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v1140) : (f32) -> f32
              %v1142 = arith.mulf %v1141, %v188 fastmath<contract> : f32
              %v1143 = arith.mulf %v190, %v1139 fastmath<contract> : f32
              %v1144 = arith.addf %v1143, %v192 fastmath<contract> : f32
              %v1145 = arith.mulf %v1144, %v1139 fastmath<contract> : f32
              %v1146 = arith.addf %v1145, %v195 fastmath<contract> : f32
              %v1147 = arith.mulf %v1146, %v1139 fastmath<contract> : f32
              %v1148 = arith.addf %v1147, %v198 fastmath<contract> : f32
              %v1149 = arith.mulf %v1148, %v1139 fastmath<contract> : f32
              %v1150 = arith.addf %v1149, %v201 fastmath<contract> : f32
              %v1151 = arith.mulf %v1150, %v1139 fastmath<contract> : f32
              %v1152 = arith.addf %v1151, %v204 fastmath<contract> : f32
              %v1153 = arith.mulf %v1152, %v1139 fastmath<contract> : f32
              %v1154 = arith.addf %v1153, %v185 fastmath<contract> : f32
              %v1155 = arith.mulf %v1154, %v1139 fastmath<contract> : f32
              %v1156 = llvm.call_intrinsic "llvm.fabs.f32"(%v1139) : (f32) -> f32
              %v1157 = arith.cmpf olt, %v1156, %v210 : f32
              %v1158 = arith.select %v1157, %v1155, %v1142 : f32
              %v1159 = arith.addf %v1135, %v1158 fastmath<contract> : f32
              %v1160 = arith.mulf %v1159, %v1113 fastmath<contract> : f32
              %v1161 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1160) : (f32) -> f32
              %v1162 = arith.muli %v27, %v433 : i64
              %v1163 = arith.subi %v125, %v1126 : i64
              %v1164 = arith.addi %v1162, %v1163 : i64
              %v1165 = arith.muli %v1108, %size_L : i64
              %v1166 = arith.addi %v1164, %v1165 : i64
              %v1167 = llvm.getelementptr %in_Bm[%v1166] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1168 = llvm.load %v1167 : !llvm.ptr -> f32
              %v1169 = arith.muli %v27, %v121 : i64
              %v1170 = arith.muli %v25, %size_L : i64
              %v1171 = arith.addi %v1169, %v1170 : i64
              %v1172 = arith.subi %v125, %v1126 : i64
              %v1173 = arith.addi %v1171, %v1172 : i64
              %v1174 = llvm.getelementptr %in_u[%v1173] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1175 = llvm.load %v1174 : !llvm.ptr -> f32
              %v1176 = arith.mulf %v1159, %v1175 fastmath<contract> : f32
              %v1177 = arith.mulf %v1168, %v1176 fastmath<contract> : f32
              %v1178 = llvm.load %v8 : !llvm.ptr -> f32
              %v1179 = arith.mulf %v1161, %v1178 fastmath<contract> : f32
              %v1180 = arith.addf %v1179, %v1177 fastmath<contract> : f32
              %v1181 = llvm.load %v6 : !llvm.ptr -> f32
              %v1182 = arith.mulf %v1161, %v1181 fastmath<contract> : f32
              %v1183 = arith.mulf %v1159, %v1120 fastmath<contract> : f32
              %v1184 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1183) : (f32) -> f32
              %v1185 = arith.muli %v27, %v433 : i64
              %v1186 = arith.subi %v125, %v1126 : i64
              %v1187 = arith.addi %v1185, %v1186 : i64
              %v1188 = arith.constant 8 : i64
              %v1189 = arith.addi %v1188, %v1108 : i64
              %v1190 = arith.muli %v1189, %size_L : i64
              %v1191 = arith.addi %v1187, %v1190 : i64
              %v1192 = llvm.getelementptr %in_Bm[%v1191] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1193 = llvm.load %v1192 : !llvm.ptr -> f32
              %v1194 = arith.mulf %v1193, %v1176 fastmath<contract> : f32
              %v1195 = llvm.load %v9 : !llvm.ptr -> f32
              %v1196 = arith.mulf %v1184, %v1195 fastmath<contract> : f32
              %v1197 = arith.addf %v1196, %v1194 fastmath<contract> : f32
              %v1198 = llvm.load %v7 : !llvm.ptr -> f32
              %v1199 = arith.mulf %v1184, %v1198 fastmath<contract> : f32
              llvm.store %v1180, %v8 : f32, !llvm.ptr
              llvm.store %v1182, %v6 : f32, !llvm.ptr
              llvm.store %v1197, %v9 : f32, !llvm.ptr
              llvm.store %v1199, %v7 : f32, !llvm.ptr
            }
            %v1200 = llvm.load %v6 : !llvm.ptr -> f32
            %v1201 = llvm.load %v8 : !llvm.ptr -> f32
            %v1202 = llvm.load %v7 : !llvm.ptr -> f32
            %v1203 = llvm.load %v9 : !llvm.ptr -> f32
            %v1204, %v1205 = gpu.shuffle up %v1200, %v132, %v605 : f32
            %v1206, %v1207 = gpu.shuffle up %v1201, %v132, %v605 : f32
            %v1208 = arith.mulf %v1200, %v1204 fastmath<contract> : f32
            %v1209 = arith.mulf %v1200, %v1206 fastmath<contract> : f32
            %v1210 = arith.addf %v1209, %v1201 fastmath<contract> : f32
            %v1211 = arith.cmpi uge, %v30, %v2 : i64
            %v1212 = arith.select %v1211, %v1208, %v1200 : f32
            %v1213 = arith.select %v1211, %v1210, %v1201 : f32
            %v1214, %v1215 = gpu.shuffle up %v1212, %v134, %v605 : f32
            %v1216, %v1217 = gpu.shuffle up %v1213, %v134, %v605 : f32
            %v1218 = arith.mulf %v1212, %v1214 fastmath<contract> : f32
            %v1219 = arith.mulf %v1212, %v1216 fastmath<contract> : f32
            %v1220 = arith.addf %v1219, %v1213 fastmath<contract> : f32
            %v1221 = arith.cmpi uge, %v30, %v63 : i64
            %v1222 = arith.select %v1221, %v1218, %v1212 : f32
            %v1223 = arith.select %v1221, %v1220, %v1213 : f32
            %v1224, %v1225 = gpu.shuffle up %v1222, %v138, %v605 : f32
            %v1226, %v1227 = gpu.shuffle up %v1223, %v138, %v605 : f32
            %v1228 = arith.mulf %v1222, %v1224 fastmath<contract> : f32
            %v1229 = arith.mulf %v1222, %v1226 fastmath<contract> : f32
            %v1230 = arith.addf %v1229, %v1223 fastmath<contract> : f32
            %v1231 = arith.cmpi uge, %v30, %v300 : i64
            %v1232 = arith.select %v1231, %v1228, %v1222 : f32
            %v1233 = arith.select %v1231, %v1230, %v1223 : f32
            %v1234, %v1235 = gpu.shuffle up %v1232, %v636, %v605 : f32
            %v1236, %v1237 = gpu.shuffle up %v1233, %v636, %v605 : f32
            %v1238 = arith.mulf %v1232, %v1234 fastmath<contract> : f32
            %v1239 = arith.mulf %v1232, %v1236 fastmath<contract> : f32
            %v1240 = arith.addf %v1239, %v1233 fastmath<contract> : f32
            %v1241 = arith.cmpi uge, %v30, %v34 : i64
            %v1242 = arith.select %v1241, %v1238, %v1232 : f32
            %v1243 = arith.select %v1241, %v1240, %v1233 : f32
            %v1244, %v1245 = gpu.shuffle up %v1242, %v647, %v605 : f32
            %v1246, %v1247 = gpu.shuffle up %v1243, %v647, %v605 : f32
            %v1248 = arith.mulf %v1242, %v1244 fastmath<contract> : f32
            %v1249 = arith.mulf %v1242, %v1246 fastmath<contract> : f32
            %v1250 = arith.addf %v1249, %v1243 fastmath<contract> : f32
            %v1251 = arith.cmpi uge, %v30, %v1 : i64
            %v1252 = arith.select %v1251, %v1248, %v1242 : f32
            %v1253 = arith.select %v1251, %v1250, %v1243 : f32
            %v1254 = arith.cmpi eq, %v30, %v658 : i64
            scf.if %v1254 {
              %v1255 = llvm.getelementptr %v13[%v31] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1252, %v1255 : f32, !llvm.ptr
              %v1256 = llvm.getelementptr %v15[%v31] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1253, %v1256 : f32, !llvm.ptr
            }
            %v1257, %v1258 = gpu.shuffle up %v1252, %v132, %v605 : f32
            %v1259, %v1260 = gpu.shuffle up %v1253, %v132, %v605 : f32
            %v1261 = arith.cmpi eq, %v30, %v32 : i64
            %v1262 = arith.select %v1261, %v185, %v1257 : f32
            %v1263 = arith.select %v1261, %v50, %v1259 : f32
            %v1264, %v1265 = gpu.shuffle up %v1202, %v132, %v605 : f32
            %v1266, %v1267 = gpu.shuffle up %v1203, %v132, %v605 : f32
            %v1268 = arith.mulf %v1202, %v1264 fastmath<contract> : f32
            %v1269 = arith.mulf %v1202, %v1266 fastmath<contract> : f32
            %v1270 = arith.addf %v1269, %v1203 fastmath<contract> : f32
            %v1271 = arith.cmpi uge, %v30, %v2 : i64
            %v1272 = arith.select %v1271, %v1268, %v1202 : f32
            %v1273 = arith.select %v1271, %v1270, %v1203 : f32
            %v1274, %v1275 = gpu.shuffle up %v1272, %v134, %v605 : f32
            %v1276, %v1277 = gpu.shuffle up %v1273, %v134, %v605 : f32
            %v1278 = arith.mulf %v1272, %v1274 fastmath<contract> : f32
            %v1279 = arith.mulf %v1272, %v1276 fastmath<contract> : f32
            %v1280 = arith.addf %v1279, %v1273 fastmath<contract> : f32
            %v1281 = arith.cmpi uge, %v30, %v63 : i64
            %v1282 = arith.select %v1281, %v1278, %v1272 : f32
            %v1283 = arith.select %v1281, %v1280, %v1273 : f32
            %v1284, %v1285 = gpu.shuffle up %v1282, %v138, %v605 : f32
            %v1286, %v1287 = gpu.shuffle up %v1283, %v138, %v605 : f32
            %v1288 = arith.mulf %v1282, %v1284 fastmath<contract> : f32
            %v1289 = arith.mulf %v1282, %v1286 fastmath<contract> : f32
            %v1290 = arith.addf %v1289, %v1283 fastmath<contract> : f32
            %v1291 = arith.cmpi uge, %v30, %v300 : i64
            %v1292 = arith.select %v1291, %v1288, %v1282 : f32
            %v1293 = arith.select %v1291, %v1290, %v1283 : f32
            %v1294, %v1295 = gpu.shuffle up %v1292, %v636, %v605 : f32
            %v1296, %v1297 = gpu.shuffle up %v1293, %v636, %v605 : f32
            %v1298 = arith.mulf %v1292, %v1294 fastmath<contract> : f32
            %v1299 = arith.mulf %v1292, %v1296 fastmath<contract> : f32
            %v1300 = arith.addf %v1299, %v1293 fastmath<contract> : f32
            %v1301 = arith.cmpi uge, %v30, %v34 : i64
            %v1302 = arith.select %v1301, %v1298, %v1292 : f32
            %v1303 = arith.select %v1301, %v1300, %v1293 : f32
            %v1304, %v1305 = gpu.shuffle up %v1302, %v647, %v605 : f32
            %v1306, %v1307 = gpu.shuffle up %v1303, %v647, %v605 : f32
            %v1308 = arith.mulf %v1302, %v1304 fastmath<contract> : f32
            %v1309 = arith.mulf %v1302, %v1306 fastmath<contract> : f32
            %v1310 = arith.addf %v1309, %v1303 fastmath<contract> : f32
            %v1311 = arith.cmpi uge, %v30, %v1 : i64
            %v1312 = arith.select %v1311, %v1308, %v1302 : f32
            %v1313 = arith.select %v1311, %v1310, %v1303 : f32
            %v1314 = arith.cmpi eq, %v30, %v658 : i64
            %v1315 = arith.addi %v329, %v31 : i64
            scf.if %v1314 {
              %v1316 = llvm.getelementptr %v13[%v1315] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1312, %v1316 : f32, !llvm.ptr
              %v1317 = llvm.getelementptr %v15[%v1315] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1313, %v1317 : f32, !llvm.ptr
            }
            %v1318, %v1319 = gpu.shuffle up %v1312, %v132, %v605 : f32
            %v1320, %v1321 = gpu.shuffle up %v1313, %v132, %v605 : f32
            %v1322 = arith.cmpi eq, %v30, %v32 : i64
            %v1323 = arith.select %v1322, %v185, %v1318 : f32
            %v1324 = arith.select %v1322, %v50, %v1320 : f32
            // across warps: the warps' maps before this one's, and the whole tile's
            gpu.barrier
            %v1325 = arith.index_cast %v20 : i64 to index
            %v1326 = arith.index_cast %v63 : i64 to index
            %v1327 = arith.index_cast %v730 : i64 to index
            scf.for %v1328 = %v1325 to %v1326 step %v1327 {
              %v1329 = arith.index_cast %v1328 : index to i64
              %v1330 = arith.muli %v1329, %v329 : i64
              %v1331 = llvm.getelementptr %v13[%v1330] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1332 = llvm.load %v1331 : !llvm.ptr -> f32
              %v1333 = llvm.getelementptr %v15[%v1330] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1334 = llvm.load %v1333 : !llvm.ptr -> f32
              %v1335 = llvm.getelementptr %v13[%v1330] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v185, %v1335 : f32, !llvm.ptr
              %v1336 = llvm.getelementptr %v15[%v1330] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v50, %v1336 : f32, !llvm.ptr
              %v1337 = arith.mulf %v1332, %v185 fastmath<contract> : f32
              %v1338 = arith.mulf %v1332, %v50 fastmath<contract> : f32
              %v1339 = arith.addf %v1338, %v1334 fastmath<contract> : f32
              %v1340 = arith.addi %v1330, %v2 : i64
              %v1341 = llvm.getelementptr %v13[%v1340] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1342 = llvm.load %v1341 : !llvm.ptr -> f32
              %v1343 = llvm.getelementptr %v15[%v1340] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1344 = llvm.load %v1343 : !llvm.ptr -> f32
              %v1345 = llvm.getelementptr %v13[%v1340] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1337, %v1345 : f32, !llvm.ptr
              %v1346 = llvm.getelementptr %v15[%v1340] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1339, %v1346 : f32, !llvm.ptr
              %v1347 = arith.mulf %v1342, %v1337 fastmath<contract> : f32
              %v1348 = arith.mulf %v1342, %v1339 fastmath<contract> : f32
              %v1349 = arith.addf %v1348, %v1344 fastmath<contract> : f32
              %v1350 = arith.addi %v1330, %v63 : i64
              %v1351 = llvm.getelementptr %v13[%v1350] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1352 = llvm.load %v1351 : !llvm.ptr -> f32
              %v1353 = llvm.getelementptr %v15[%v1350] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1354 = llvm.load %v1353 : !llvm.ptr -> f32
              %v1355 = llvm.getelementptr %v13[%v1350] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1347, %v1355 : f32, !llvm.ptr
              %v1356 = llvm.getelementptr %v15[%v1350] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1349, %v1356 : f32, !llvm.ptr
              %v1357 = arith.mulf %v1352, %v1347 fastmath<contract> : f32
              %v1358 = arith.mulf %v1352, %v1349 fastmath<contract> : f32
              %v1359 = arith.addf %v1358, %v1354 fastmath<contract> : f32
              %v1360 = arith.addi %v1330, %v271 : i64
              %v1361 = llvm.getelementptr %v13[%v1360] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1362 = llvm.load %v1361 : !llvm.ptr -> f32
              %v1363 = llvm.getelementptr %v15[%v1360] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1364 = llvm.load %v1363 : !llvm.ptr -> f32
              %v1365 = llvm.getelementptr %v13[%v1360] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1357, %v1365 : f32, !llvm.ptr
              %v1366 = llvm.getelementptr %v15[%v1360] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1359, %v1366 : f32, !llvm.ptr
              %v1367 = arith.mulf %v1362, %v1357 fastmath<contract> : f32
              %v1368 = arith.mulf %v1362, %v1359 fastmath<contract> : f32
              %v1369 = arith.addf %v1368, %v1364 fastmath<contract> : f32
              %v1370 = arith.addi %v1330, %v300 : i64
              %v1371 = llvm.getelementptr %v13[%v1370] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1367, %v1371 : f32, !llvm.ptr
              %v1372 = llvm.getelementptr %v15[%v1370] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1369, %v1372 : f32, !llvm.ptr
            }
            gpu.barrier
            %v1373 = llvm.getelementptr %v13[%v31] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1374 = llvm.load %v1373 : !llvm.ptr -> f32
            %v1375 = llvm.getelementptr %v15[%v31] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1376 = llvm.load %v1375 : !llvm.ptr -> f32
            %v1377 = llvm.getelementptr %v13[%v300] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1378 = llvm.load %v1377 : !llvm.ptr -> f32
            %v1379 = llvm.getelementptr %v15[%v300] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1380 = llvm.load %v1379 : !llvm.ptr -> f32
            %v1381 = arith.mulf %v1262, %v1374 fastmath<contract> : f32
            %v1382 = arith.mulf %v1262, %v1376 fastmath<contract> : f32
            %v1383 = arith.addf %v1382, %v1263 fastmath<contract> : f32
            %v1384 = arith.addi %v329, %v31 : i64
            %v1385 = llvm.getelementptr %v13[%v1384] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1386 = llvm.load %v1385 : !llvm.ptr -> f32
            %v1387 = llvm.getelementptr %v15[%v1384] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1388 = llvm.load %v1387 : !llvm.ptr -> f32
            %v1389 = llvm.getelementptr %v13[%v795] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1390 = llvm.load %v1389 : !llvm.ptr -> f32
            %v1391 = llvm.getelementptr %v15[%v795] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1392 = llvm.load %v1391 : !llvm.ptr -> f32
            %v1393 = arith.mulf %v1323, %v1386 fastmath<contract> : f32
            %v1394 = arith.mulf %v1323, %v1388 fastmath<contract> : f32
            %v1395 = arith.addf %v1394, %v1324 fastmath<contract> : f32
            %v1396 = arith.muli %v1108, %v63 : i64
            %v1397 = llvm.getelementptr %v17[%v1396] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1398 = llvm.load %v1397 : !llvm.ptr -> f32
            %v1399 = arith.mulf %v1381, %v1398 fastmath<contract> : f32
            %v1400 = arith.addf %v1399, %v1383 fastmath<contract> : f32
            llvm.store %v1400, %v4 : f32, !llvm.ptr
            %v1401 = arith.mulf %v1378, %v1398 fastmath<contract> : f32
            %v1402 = arith.addf %v1401, %v1380 fastmath<contract> : f32
            %v1403 = arith.muli %v1108, %v63 : i64
            %v1404 = arith.addi %v1403, %v2 : i64
            %v1405 = llvm.getelementptr %v17[%v1404] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1406 = llvm.load %v1405 : !llvm.ptr -> f32
            %v1407 = arith.mulf %v1393, %v1406 fastmath<contract> : f32
            %v1408 = arith.addf %v1407, %v1395 fastmath<contract> : f32
            llvm.store %v1408, %v5 : f32, !llvm.ptr
            %v1409 = arith.mulf %v1390, %v1406 fastmath<contract> : f32
            %v1410 = arith.addf %v1409, %v1392 fastmath<contract> : f32
            %v1411 = arith.index_cast %v32 : i64 to index
            %v1412 = arith.index_cast %v115 : i64 to index
            %v1413 = arith.index_cast %v2 : i64 to index
            scf.for %v1414 = %v1411 to %v1412 step %v1413 {
              %v1415 = arith.index_cast %v1414 : index to i64
              %v1416 = arith.addi %v112, %v1415 : i64
              %v1417 = llvm.getelementptr %v105[%v1415] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              // save the states at checkpoint steps (when given somewhere to save them)
              %v1418 = arith.remui %v1416, %v851 : i64
              %v1419 = arith.cmpi eq, %v1418, %v32 : i64
              %v1420 = arith.andi %v1419, %v22 : i1
              scf.if %v1420 {
                %v1421 = arith.divui %v1416, %v851 : i64
                %v1422 = llvm.mlir.zero : !llvm.ptr
                %v1423 = llvm.icmp "ne" %ckpt_h, %v1422 : !llvm.ptr
                scf.if %v1423 {
                  %v1426 = arith.muli %v1421, %v1425 : i64
                  %v1427 = llvm.load %v4 : !llvm.ptr -> f32
                  %v1428 = arith.muli %v27, %v40 : i64
                  %v1429 = arith.muli %v25, %v1 : i64
                  %v1430 = arith.addi %v1428, %v1429 : i64
                  %v1431 = arith.addi %v1430, %v1108 : i64
                  %v1432 = arith.addi %v1426, %v1431 : i64
                  %v1433 = llvm.getelementptr %ckpt_h[%v1432] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1427, %v1433 : f32, !llvm.ptr
                  %v1434 = llvm.load %v5 : !llvm.ptr -> f32
                  %v1435 = arith.muli %v27, %v40 : i64
                  %v1436 = arith.muli %v25, %v1 : i64
                  %v1437 = arith.addi %v1435, %v1436 : i64
                  %v1438 = arith.constant 8 : i64
                  %v1439 = arith.addi %v1438, %v1108 : i64
                  %v1440 = arith.addi %v1437, %v1439 : i64
                  %v1441 = arith.addi %v1426, %v1440 : i64
                  %v1442 = llvm.getelementptr %ckpt_h[%v1441] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1434, %v1442 : f32, !llvm.ptr
                }
              }
              // end save
              %v1443 = arith.muli %v27, %v121 : i64
              %v1444 = arith.muli %v25, %size_L : i64
              %v1445 = arith.addi %v1443, %v1444 : i64
              %v1446 = arith.subi %v125, %v1416 : i64
              %v1447 = arith.addi %v1445, %v1446 : i64
              %v1448 = llvm.getelementptr %in_delta[%v1447] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1449 = llvm.load %v1448 : !llvm.ptr -> f32
              %v1450 = arith.addf %v1449, %v177 fastmath<contract> : f32
              %v1451 = arith.maximumf %v1450, %v50 : f32
              %v1452 = llvm.call_intrinsic "llvm.fabs.f32"(%v1450) : (f32) -> f32
              %v1453 = arith.negf %v1452 : f32
              %v1454 = arith.mulf %v1453, %v182 fastmath<contract> : f32
              %v1455 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1454) : (f32) -> f32
              %v1456 = arith.addf %v185, %v1455 fastmath<contract> : f32
              %v1457 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v1456) : (f32) -> f32
              %v1458 = arith.mulf %v1457, %v188 fastmath<contract> : f32
              %v1459 = arith.mulf %v190, %v1455 fastmath<contract> : f32
              %v1460 = arith.addf %v1459, %v192 fastmath<contract> : f32
              %v1461 = arith.mulf %v1460, %v1455 fastmath<contract> : f32
              %v1462 = arith.addf %v1461, %v195 fastmath<contract> : f32
              %v1463 = arith.mulf %v1462, %v1455 fastmath<contract> : f32
              %v1464 = arith.addf %v1463, %v198 fastmath<contract> : f32
              %v1465 = arith.mulf %v1464, %v1455 fastmath<contract> : f32
              %v1466 = arith.addf %v1465, %v201 fastmath<contract> : f32
              %v1467 = arith.mulf %v1466, %v1455 fastmath<contract> : f32
              %v1468 = arith.addf %v1467, %v204 fastmath<contract> : f32
              %v1469 = arith.mulf %v1468, %v1455 fastmath<contract> : f32
              %v1470 = arith.addf %v1469, %v185 fastmath<contract> : f32
              %v1471 = arith.mulf %v1470, %v1455 fastmath<contract> : f32
              %v1472 = llvm.call_intrinsic "llvm.fabs.f32"(%v1455) : (f32) -> f32
              %v1473 = arith.cmpf olt, %v1472, %v210 : f32
              %v1474 = arith.select %v1473, %v1471, %v1458 : f32
              %v1475 = arith.addf %v1451, %v1474 fastmath<contract> : f32
              %v1476 = arith.mulf %v1475, %v1113 fastmath<contract> : f32
              %v1477 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1476) : (f32) -> f32
              %v1478 = arith.muli %v27, %v433 : i64
              %v1479 = arith.subi %v125, %v1416 : i64
              %v1480 = arith.addi %v1478, %v1479 : i64
              %v1481 = arith.muli %v1108, %size_L : i64
              %v1482 = arith.addi %v1480, %v1481 : i64
              %v1483 = llvm.getelementptr %in_Bm[%v1482] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1484 = llvm.load %v1483 : !llvm.ptr -> f32
              %v1485 = arith.muli %v27, %v121 : i64
              %v1486 = arith.muli %v25, %size_L : i64
              %v1487 = arith.addi %v1485, %v1486 : i64
              %v1488 = arith.subi %v125, %v1416 : i64
              %v1489 = arith.addi %v1487, %v1488 : i64
              %v1490 = llvm.getelementptr %in_u[%v1489] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1491 = llvm.load %v1490 : !llvm.ptr -> f32
              %v1492 = arith.mulf %v1475, %v1491 fastmath<contract> : f32
              %v1493 = arith.mulf %v1484, %v1492 fastmath<contract> : f32
              %v1494 = llvm.load %v4 : !llvm.ptr -> f32
              %v1495 = arith.mulf %v1477, %v1494 fastmath<contract> : f32
              %v1496 = arith.addf %v1495, %v1493 fastmath<contract> : f32
              %v1497 = arith.mulf %v1475, %v1120 fastmath<contract> : f32
              %v1498 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1497) : (f32) -> f32
              %v1499 = arith.muli %v27, %v433 : i64
              %v1500 = arith.subi %v125, %v1416 : i64
              %v1501 = arith.addi %v1499, %v1500 : i64
              %v1502 = arith.constant 8 : i64
              %v1503 = arith.addi %v1502, %v1108 : i64
              %v1504 = arith.muli %v1503, %size_L : i64
              %v1505 = arith.addi %v1501, %v1504 : i64
              %v1506 = llvm.getelementptr %in_Bm[%v1505] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1507 = llvm.load %v1506 : !llvm.ptr -> f32
              %v1508 = arith.mulf %v1507, %v1492 fastmath<contract> : f32
              %v1509 = llvm.load %v5 : !llvm.ptr -> f32
              %v1510 = arith.mulf %v1498, %v1509 fastmath<contract> : f32
              %v1511 = arith.addf %v1510, %v1508 fastmath<contract> : f32
              llvm.store %v1496, %v4 : f32, !llvm.ptr
              llvm.store %v1511, %v5 : f32, !llvm.ptr
              %v1512 = arith.muli %v27, %v433 : i64
              %v1513 = arith.subi %v125, %v1416 : i64
              %v1514 = arith.addi %v1512, %v1513 : i64
              %v1515 = arith.muli %v1108, %size_L : i64
              %v1516 = arith.addi %v1514, %v1515 : i64
              %v1517 = llvm.getelementptr %in_Cm[%v1516] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1518 = llvm.load %v1517 : !llvm.ptr -> f32
              %v1519 = llvm.load %v4 : !llvm.ptr -> f32
              %v1520 = arith.mulf %v1518, %v1519 fastmath<contract> : f32
              %v1521 = arith.muli %v27, %v433 : i64
              %v1522 = arith.subi %v125, %v1416 : i64
              %v1523 = arith.addi %v1521, %v1522 : i64
              %v1524 = arith.constant 8 : i64
              %v1525 = arith.addi %v1524, %v1108 : i64
              %v1526 = arith.muli %v1525, %size_L : i64
              %v1527 = arith.addi %v1523, %v1526 : i64
              %v1528 = llvm.getelementptr %in_Cm[%v1527] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1529 = llvm.load %v1528 : !llvm.ptr -> f32
              %v1530 = llvm.load %v5 : !llvm.ptr -> f32
              %v1531 = arith.mulf %v1529, %v1530 fastmath<contract> : f32
              %v1532 = arith.addf %v1520, %v1531 fastmath<contract> : f32
              %v1533 = llvm.load %v1417 : !llvm.ptr -> f32
              %v1534 = arith.addf %v1533, %v1532 fastmath<contract> : f32
              llvm.store %v1534, %v1417 : f32, !llvm.ptr
            }
            gpu.barrier
            scf.if %v33 {
              %v1535 = arith.muli %v1108, %v63 : i64
              %v1536 = llvm.getelementptr %v17[%v1535] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1402, %v1536 : f32, !llvm.ptr
              %v1537 = arith.muli %v1108, %v63 : i64
              %v1538 = arith.addi %v1537, %v2 : i64
              %v1539 = llvm.getelementptr %v17[%v1538] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1410, %v1539 : f32, !llvm.ptr
            }
          }
          %v1540 = arith.index_cast %v32 : i64 to index
          %v1541 = arith.index_cast %v115 : i64 to index
          %v1542 = arith.index_cast %v2 : i64 to index
          scf.for %v1543 = %v1540 to %v1541 step %v1542 {
            %v1544 = arith.index_cast %v1543 : index to i64
            %v1545 = arith.addi %v112, %v1544 : i64
            %v1546 = llvm.getelementptr %v105[%v1544] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1547 = llvm.load %v1546 : !llvm.ptr -> f32
            %v1548 = arith.muli %v27, %v121 : i64
            %v1549 = arith.muli %v25, %size_L : i64
            %v1550 = arith.addi %v1548, %v1549 : i64
            %v1551 = arith.subi %v125, %v1545 : i64
            %v1552 = arith.addi %v1550, %v1551 : i64
            %v1553 = llvm.getelementptr %in_u[%v1552] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1554 = llvm.load %v1553 : !llvm.ptr -> f32
            %v1555 = arith.mulf %v1554, %v995 fastmath<contract> : f32
            %v1556 = arith.addf %v1547, %v1555 fastmath<contract> : f32
            %v1557 = arith.muli %v27, %v121 : i64
            %v1558 = arith.muli %v25, %size_L : i64
            %v1559 = arith.addi %v1557, %v1558 : i64
            %v1560 = arith.subi %v125, %v1545 : i64
            %v1561 = arith.addi %v1559, %v1560 : i64
            %v1562 = llvm.getelementptr %in_z[%v1561] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1563 = llvm.load %v1562 : !llvm.ptr -> f32
            %v1564 = arith.negf %v1563 : f32
            %v1565 = arith.mulf %v1564, %v182 fastmath<contract> : f32
            %v1566 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1565) : (f32) -> f32
            %v1567 = arith.addf %v185, %v1566 fastmath<contract> : f32
            %v1568 = arith.divf %v185, %v1567 : f32
            %v1569 = arith.mulf %v1563, %v1568 fastmath<contract> : f32
            %v1570 = arith.mulf %v1556, %v1569 fastmath<contract> : f32
            scf.if %v22 {
              %v1571 = arith.muli %v27, %v121 : i64
              %v1572 = arith.muli %v25, %size_L : i64
              %v1573 = arith.addi %v1571, %v1572 : i64
              %v1574 = arith.subi %v125, %v1545 : i64
              %v1575 = arith.addi %v1573, %v1574 : i64
              %v1576 = llvm.getelementptr %out_y[%v1575] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1570, %v1576 : f32, !llvm.ptr
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
          %v1596 = llvm.getelementptr %out_h_first[%v1595] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v1590, %v1596 : f32, !llvm.ptr
          %v1597 = arith.muli %v27, %v40 : i64
          %v1598 = arith.muli %v25, %v1 : i64
          %v1599 = arith.addi %v1597, %v1598 : i64
          %v1600 = arith.constant 8 : i64
          %v1601 = arith.addi %v1600, %v1582 : i64
          %v1602 = arith.addi %v1599, %v1601 : i64
          %v1603 = llvm.getelementptr %out_h_first[%v1602] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v1591, %v1603 : f32, !llvm.ptr
        }
      }
      gpu.return
    }
  }
}
