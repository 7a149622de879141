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
      %v427 = arith.muli %size_L, %v1 : i64
      %v597 = arith.constant 32 : i32
      %v628 = arith.constant 8 : i32
      %v639 = arith.constant 16 : i32
      %v650 = arith.constant 31 : i64
      %v722 = arith.constant 128 : i64
      %v787 = arith.constant 9 : i64
      %v840 = arith.constant 64 : i64
      %v847 = arith.muli %size_B, %size_D : i64
      %v848 = arith.muli %v847, %v1 : i64
      %v1407 = arith.muli %size_B, %size_D : i64
      %v1408 = arith.muli %v1407, %v1 : i64
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
      %v983 = llvm.getelementptr %in_Dskip[%v25] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v984 = llvm.load %v983 : !llvm.ptr -> f32
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
          llvm.store %v50, %v97 : f32, !llvm.ptr
          llvm.store %v50, %v98 : f32, !llvm.ptr
          llvm.store %v50, %v99 : f32, !llvm.ptr
          llvm.store %v50, %v100 : f32, !llvm.ptr
          llvm.store %v50, %v101 : f32, !llvm.ptr
          llvm.store %v50, %v102 : f32, !llvm.ptr
          llvm.store %v50, %v103 : f32, !llvm.ptr
          llvm.store %v50, %v104 : f32, !llvm.ptr
          %v410 = arith.index_cast %v32 : i64 to index
          %v411 = arith.index_cast %v34 : i64 to index
          %v412 = arith.index_cast %v2 : i64 to index
          scf.for %v413 = %v410 to %v411 step %v412 {
            %v414 = arith.index_cast %v413 : index to i64
            %v415 = arith.muli %v25, %v1 : i64
            %v416 = arith.addi %v415, %v414 : i64
            %v417 = llvm.getelementptr %in_A[%v416] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v418 = llvm.load %v417 : !llvm.ptr -> f32
            %v419 = arith.mulf %v418, %v176 fastmath<contract> : f32
            %v420 = arith.muli %v25, %v1 : i64
            %v421 = arith.constant 8 : i64
            %v422 = arith.addi %v421, %v414 : i64
            %v423 = arith.addi %v420, %v422 : i64
            %v424 = llvm.getelementptr %in_A[%v423] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v425 = llvm.load %v424 : !llvm.ptr -> f32
            %v426 = arith.mulf %v425, %v176 fastmath<contract> : f32
            // 1. this point's K steps composed into one map (A, B)
            llvm.store %v179, %v6 : f32, !llvm.ptr
            llvm.store %v179, %v7 : f32, !llvm.ptr
            llvm.store %v50, %v8 : f32, !llvm.ptr
            llvm.store %v50, %v9 : f32, !llvm.ptr
            %v428 = arith.muli %v27, %v427 : i64
            %v429 = arith.addi %v428, %v112 : i64
            %v430 = arith.muli %v414, %size_L : i64
            %v431 = arith.addi %v429, %v430 : i64
            %v432 = llvm.getelementptr %in_Bm[%v431] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v433 = llvm.load %v432 {alignment = 32 : i64} : !llvm.ptr -> vector<8xf32>
            %v434 = llvm.extractelement %v433[%v126 : i32] : vector<8xf32>
            %v435 = llvm.extractelement %v433[%v128 : i32] : vector<8xf32>
            %v436 = llvm.extractelement %v433[%v130 : i32] : vector<8xf32>
            %v437 = llvm.extractelement %v433[%v132 : i32] : vector<8xf32>
            %v438 = llvm.extractelement %v433[%v134 : i32] : vector<8xf32>
            %v439 = llvm.extractelement %v433[%v136 : i32] : vector<8xf32>
            %v440 = llvm.extractelement %v433[%v138 : i32] : vector<8xf32>
            %v441 = llvm.extractelement %v433[%v140 : i32] : vector<8xf32>
            %v442 = arith.muli %v27, %v427 : i64
            %v443 = arith.addi %v442, %v112 : i64
            %v444 = arith.constant 8 : i64
            %v445 = arith.addi %v444, %v414 : i64
            %v446 = arith.muli %v445, %size_L : i64
            %v447 = arith.addi %v443, %v446 : i64
            %v448 = llvm.getelementptr %in_Bm[%v447] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v449 = llvm.load %v448 {alignment = 32 : i64} : !llvm.ptr -> vector<8xf32>
            %v450 = llvm.extractelement %v449[%v126 : i32] : vector<8xf32>
            %v451 = llvm.extractelement %v449[%v128 : i32] : vector<8xf32>
            %v452 = llvm.extractelement %v449[%v130 : i32] : vector<8xf32>
            %v453 = llvm.extractelement %v449[%v132 : i32] : vector<8xf32>
            %v454 = llvm.extractelement %v449[%v134 : i32] : vector<8xf32>
            %v455 = llvm.extractelement %v449[%v136 : i32] : vector<8xf32>
            %v456 = llvm.extractelement %v449[%v138 : i32] : vector<8xf32>
            %v457 = llvm.extractelement %v449[%v140 : i32] : vector<8xf32>
            %v458 = arith.mulf %v207, %v419 fastmath<contract> : f32
            %v459 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v458) : (f32) -> f32
            %v460 = arith.mulf %v434, %v208 fastmath<contract> : f32
            %v461 = llvm.load %v8 : !llvm.ptr -> f32
            %v462 = arith.mulf %v459, %v461 fastmath<contract> : f32
            %v463 = arith.addf %v462, %v460 fastmath<contract> : f32
            %v464 = llvm.load %v6 : !llvm.ptr -> f32
            %v465 = arith.mulf %v459, %v464 fastmath<contract> : f32
            %v466 = arith.mulf %v207, %v426 fastmath<contract> : f32
            %v467 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v466) : (f32) -> f32
            %v468 = arith.mulf %v450, %v208 fastmath<contract> : f32
            %v469 = llvm.load %v9 : !llvm.ptr -> f32
            %v470 = arith.mulf %v467, %v469 fastmath<contract> : f32
            %v471 = arith.addf %v470, %v468 fastmath<contract> : f32
            %v472 = llvm.load %v7 : !llvm.ptr -> f32
            %v473 = arith.mulf %v467, %v472 fastmath<contract> : f32
            llvm.store %v463, %v8 : f32, !llvm.ptr
            llvm.store %v465, %v6 : f32, !llvm.ptr
            llvm.store %v471, %v9 : f32, !llvm.ptr
            llvm.store %v473, %v7 : f32, !llvm.ptr
            %v474 = arith.addi %v112, %v2 : i64
            %v475 = arith.mulf %v235, %v419 fastmath<contract> : f32
            %v476 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v475) : (f32) -> f32
            %v477 = arith.mulf %v435, %v236 fastmath<contract> : f32
            %v478 = llvm.load %v8 : !llvm.ptr -> f32
            %v479 = arith.mulf %v476, %v478 fastmath<contract> : f32
            %v480 = arith.addf %v479, %v477 fastmath<contract> : f32
            %v481 = llvm.load %v6 : !llvm.ptr -> f32
            %v482 = arith.mulf %v476, %v481 fastmath<contract> : f32
            %v483 = arith.mulf %v235, %v426 fastmath<contract> : f32
            %v484 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v483) : (f32) -> f32
            %v485 = arith.mulf %v451, %v236 fastmath<contract> : f32
            %v486 = llvm.load %v9 : !llvm.ptr -> f32
            %v487 = arith.mulf %v484, %v486 fastmath<contract> : f32
            %v488 = arith.addf %v487, %v485 fastmath<contract> : f32
            %v489 = llvm.load %v7 : !llvm.ptr -> f32
            %v490 = arith.mulf %v484, %v489 fastmath<contract> : f32
            llvm.store %v480, %v8 : f32, !llvm.ptr
            llvm.store %v482, %v6 : f32, !llvm.ptr
            llvm.store %v488, %v9 : f32, !llvm.ptr
            llvm.store %v490, %v7 : f32, !llvm.ptr
            %v491 = arith.addi %v112, %v63 : i64
            %v492 = arith.mulf %v263, %v419 fastmath<contract> : f32
            %v493 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v492) : (f32) -> f32
            %v494 = arith.mulf %v436, %v264 fastmath<contract> : f32
            %v495 = llvm.load %v8 : !llvm.ptr -> f32
            %v496 = arith.mulf %v493, %v495 fastmath<contract> : f32
            %v497 = arith.addf %v496, %v494 fastmath<contract> : f32
            %v498 = llvm.load %v6 : !llvm.ptr -> f32
            %v499 = arith.mulf %v493, %v498 fastmath<contract> : f32
            %v500 = arith.mulf %v263, %v426 fastmath<contract> : f32
            %v501 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v500) : (f32) -> f32
            %v502 = arith.mulf %v452, %v264 fastmath<contract> : f32
            %v503 = llvm.load %v9 : !llvm.ptr -> f32
            %v504 = arith.mulf %v501, %v503 fastmath<contract> : f32
            %v505 = arith.addf %v504, %v502 fastmath<contract> : f32
            %v506 = llvm.load %v7 : !llvm.ptr -> f32
            %v507 = arith.mulf %v501, %v506 fastmath<contract> : f32
            llvm.store %v497, %v8 : f32, !llvm.ptr
            llvm.store %v499, %v6 : f32, !llvm.ptr
            llvm.store %v505, %v9 : f32, !llvm.ptr
            llvm.store %v507, %v7 : f32, !llvm.ptr
            %v508 = arith.addi %v112, %v265 : i64
            %v509 = arith.mulf %v292, %v419 fastmath<contract> : f32
            %v510 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v509) : (f32) -> f32
            %v511 = arith.mulf %v437, %v293 fastmath<contract> : f32
            %v512 = llvm.load %v8 : !llvm.ptr -> f32
            %v513 = arith.mulf %v510, %v512 fastmath<contract> : f32
            %v514 = arith.addf %v513, %v511 fastmath<contract> : f32
            %v515 = llvm.load %v6 : !llvm.ptr -> f32
            %v516 = arith.mulf %v510, %v515 fastmath<contract> : f32
            %v517 = arith.mulf %v292, %v426 fastmath<contract> : f32
            %v518 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v517) : (f32) -> f32
            %v519 = arith.mulf %v453, %v293 fastmath<contract> : f32
            %v520 = llvm.load %v9 : !llvm.ptr -> f32
            %v521 = arith.mulf %v518, %v520 fastmath<contract> : f32
            %v522 = arith.addf %v521, %v519 fastmath<contract> : f32
            %v523 = llvm.load %v7 : !llvm.ptr -> f32
            %v524 = arith.mulf %v518, %v523 fastmath<contract> : f32
            llvm.store %v514, %v8 : f32, !llvm.ptr
            llvm.store %v516, %v6 : f32, !llvm.ptr
            llvm.store %v522, %v9 : f32, !llvm.ptr
            llvm.store %v524, %v7 : f32, !llvm.ptr
            %v525 = arith.addi %v112, %v294 : i64
            %v526 = arith.mulf %v321, %v419 fastmath<contract> : f32
            %v527 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v526) : (f32) -> f32
            %v528 = arith.mulf %v438, %v322 fastmath<contract> : f32
            %v529 = llvm.load %v8 : !llvm.ptr -> f32
            %v530 = arith.mulf %v527, %v529 fastmath<contract> : f32
            %v531 = arith.addf %v530, %v528 fastmath<contract> : f32
            %v532 = llvm.load %v6 : !llvm.ptr -> f32
            %v533 = arith.mulf %v527, %v532 fastmath<contract> : f32
            %v534 = arith.mulf %v321, %v426 fastmath<contract> : f32
            %v535 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v534) : (f32) -> f32
            %v536 = arith.mulf %v454, %v322 fastmath<contract> : f32
            %v537 = llvm.load %v9 : !llvm.ptr -> f32
            %v538 = arith.mulf %v535, %v537 fastmath<contract> : f32
            %v539 = arith.addf %v538, %v536 fastmath<contract> : f32
            %v540 = llvm.load %v7 : !llvm.ptr -> f32
            %v541 = arith.mulf %v535, %v540 fastmath<contract> : f32
            llvm.store %v531, %v8 : f32, !llvm.ptr
            llvm.store %v533, %v6 : f32, !llvm.ptr
            llvm.store %v539, %v9 : f32, !llvm.ptr
            llvm.store %v541, %v7 : f32, !llvm.ptr
            %v542 = arith.addi %v112, %v323 : i64
            %v543 = arith.mulf %v350, %v419 fastmath<contract> : f32
            %v544 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v543) : (f32) -> f32
            %v545 = arith.mulf %v439, %v351 fastmath<contract> : f32
            %v546 = llvm.load %v8 : !llvm.ptr -> f32
            %v547 = arith.mulf %v544, %v546 fastmath<contract> : f32
            %v548 = arith.addf %v547, %v545 fastmath<contract> : f32
            %v549 = llvm.load %v6 : !llvm.ptr -> f32
            %v550 = arith.mulf %v544, %v549 fastmath<contract> : f32
            %v551 = arith.mulf %v350, %v426 fastmath<contract> : f32
            %v552 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v551) : (f32) -> f32
            %v553 = arith.mulf %v455, %v351 fastmath<contract> : f32
            %v554 = llvm.load %v9 : !llvm.ptr -> f32
            %v555 = arith.mulf %v552, %v554 fastmath<contract> : f32
            %v556 = arith.addf %v555, %v553 fastmath<contract> : f32
            %v557 = llvm.load %v7 : !llvm.ptr -> f32
            %v558 = arith.mulf %v552, %v557 fastmath<contract> : f32
            llvm.store %v548, %v8 : f32, !llvm.ptr
            llvm.store %v550, %v6 : f32, !llvm.ptr
            llvm.store %v556, %v9 : f32, !llvm.ptr
            llvm.store %v558, %v7 : f32, !llvm.ptr
            %v559 = arith.addi %v112, %v352 : i64
            %v560 = arith.mulf %v379, %v419 fastmath<contract> : f32
            %v561 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v560) : (f32) -> f32
            %v562 = arith.mulf %v440, %v380 fastmath<contract> : f32
            %v563 = llvm.load %v8 : !llvm.ptr -> f32
            %v564 = arith.mulf %v561, %v563 fastmath<contract> : f32
            %v565 = arith.addf %v564, %v562 fastmath<contract> : f32
            %v566 = llvm.load %v6 : !llvm.ptr -> f32
            %v567 = arith.mulf %v561, %v566 fastmath<contract> : f32
            %v568 = arith.mulf %v379, %v426 fastmath<contract> : f32
            %v569 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v568) : (f32) -> f32
            %v570 = arith.mulf %v456, %v380 fastmath<contract> : f32
            %v571 = llvm.load %v9 : !llvm.ptr -> f32
            %v572 = arith.mulf %v569, %v571 fastmath<contract> : f32
            %v573 = arith.addf %v572, %v570 fastmath<contract> : f32
            %v574 = llvm.load %v7 : !llvm.ptr -> f32
            %v575 = arith.mulf %v569, %v574 fastmath<contract> : f32
            llvm.store %v565, %v8 : f32, !llvm.ptr
            llvm.store %v567, %v6 : f32, !llvm.ptr
            llvm.store %v573, %v9 : f32, !llvm.ptr
            llvm.store %v575, %v7 : f32, !llvm.ptr
            %v576 = arith.addi %v112, %v381 : i64
            %v577 = arith.mulf %v408, %v419 fastmath<contract> : f32
            %v578 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v577) : (f32) -> f32
            %v579 = arith.mulf %v441, %v409 fastmath<contract> : f32
            %v580 = llvm.load %v8 : !llvm.ptr -> f32
            %v581 = arith.mulf %v578, %v580 fastmath<contract> : f32
            %v582 = arith.addf %v581, %v579 fastmath<contract> : f32
            %v583 = llvm.load %v6 : !llvm.ptr -> f32
            %v584 = arith.mulf %v578, %v583 fastmath<contract> : f32
            %v585 = arith.mulf %v408, %v426 fastmath<contract> : f32
            %v586 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v585) : (f32) -> f32
            %v587 = arith.mulf %v457, %v409 fastmath<contract> : f32
            %v588 = llvm.load %v9 : !llvm.ptr -> f32
            %v589 = arith.mulf %v586, %v588 fastmath<contract> : f32
            %v590 = arith.addf %v589, %v587 fastmath<contract> : f32
            %v591 = llvm.load %v7 : !llvm.ptr -> f32
            %v592 = arith.mulf %v586, %v591 fastmath<contract> : f32
            llvm.store %v582, %v8 : f32, !llvm.ptr
            llvm.store %v584, %v6 : f32, !llvm.ptr
            llvm.store %v590, %v9 : f32, !llvm.ptr
            llvm.store %v592, %v7 : f32, !llvm.ptr
            // 2. the block's scan of this point's maps
            %v593 = llvm.load %v6 : !llvm.ptr -> f32
            %v594 = llvm.load %v8 : !llvm.ptr -> f32
            %v595 = llvm.load %v7 : !llvm.ptr -> f32
            %v596 = llvm.load %v9 : !llvm.ptr -> f32
            %v598, %v599 = gpu.shuffle up %v593, %v128, %v597 : f32
            %v600, %v601 = gpu.shuffle up %v594, %v128, %v597 : f32
            %v602 = arith.mulf %v593, %v598 fastmath<contract> : f32
            %v603 = arith.mulf %v593, %v600 fastmath<contract> : f32
            %v604 = arith.addf %v603, %v594 fastmath<contract> : f32
            %v605 = arith.cmpi uge, %v30, %v2 : i64
            %v606 = arith.select %v605, %v602, %v593 : f32
            %v607 = arith.select %v605, %v604, %v594 : f32
            %v608, %v609 = gpu.shuffle up %v606, %v130, %v597 : f32
            %v610, %v611 = gpu.shuffle up %v607, %v130, %v597 : f32
            %v612 = arith.mulf %v606, %v608 fastmath<contract> : f32
            %v613 = arith.mulf %v606, %v610 fastmath<contract> : f32
            %v614 = arith.addf %v613, %v607 fastmath<contract> : f32
            %v615 = arith.cmpi uge, %v30, %v63 : i64
            %v616 = arith.select %v615, %v612, %v606 : f32
            %v617 = arith.select %v615, %v614, %v607 : f32
            %v618, %v619 = gpu.shuffle up %v616, %v134, %v597 : f32
            %v620, %v621 = gpu.shuffle up %v617, %v134, %v597 : f32
            %v622 = arith.mulf %v616, %v618 fastmath<contract> : f32
            %v623 = arith.mulf %v616, %v620 fastmath<contract> : f32
            %v624 = arith.addf %v623, %v617 fastmath<contract> : f32
            %v625 = arith.cmpi uge, %v30, %v294 : i64
            %v626 = arith.select %v625, %v622, %v616 : f32
            %v627 = arith.select %v625, %v624, %v617 : f32
            %v629, %v630 = gpu.shuffle up %v626, %v628, %v597 : f32
            %v631, %v632 = gpu.shuffle up %v627, %v628, %v597 : f32
            %v633 = arith.mulf %v626, %v629 fastmath<contract> : f32
            %v634 = arith.mulf %v626, %v631 fastmath<contract> : f32
            %v635 = arith.addf %v634, %v627 fastmath<contract> : f32
            %v636 = arith.cmpi uge, %v30, %v34 : i64
            %v637 = arith.select %v636, %v633, %v626 : f32
            %v638 = arith.select %v636, %v635, %v627 : f32
            %v640, %v641 = gpu.shuffle up %v637, %v639, %v597 : f32
            %v642, %v643 = gpu.shuffle up %v638, %v639, %v597 : f32
            %v644 = arith.mulf %v637, %v640 fastmath<contract> : f32
            %v645 = arith.mulf %v637, %v642 fastmath<contract> : f32
            %v646 = arith.addf %v645, %v638 fastmath<contract> : f32
            %v647 = arith.cmpi uge, %v30, %v1 : i64
            %v648 = arith.select %v647, %v644, %v637 : f32
            %v649 = arith.select %v647, %v646, %v638 : f32
            %v651 = arith.cmpi eq, %v30, %v650 : i64
            scf.if %v651 {
              %v652 = llvm.getelementptr %v13[%v31] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v648, %v652 : f32, !llvm.ptr
              %v653 = llvm.getelementptr %v15[%v31] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v649, %v653 : f32, !llvm.ptr
            }
            %v654, %v655 = gpu.shuffle up %v648, %v128, %v597 : f32
            %v656, %v657 = gpu.shuffle up %v649, %v128, %v597 : f32
            %v658 = arith.cmpi eq, %v30, %v32 : i64
            %v659 = arith.select %v658, %v179, %v654 : f32
            %v660 = arith.select %v658, %v50, %v656 : f32
            %v661, %v662 = gpu.shuffle up %v595, %v128, %v597 : f32
            %v663, %v664 = gpu.shuffle up %v596, %v128, %v597 : f32
            %v665 = arith.mulf %v595, %v661 fastmath<contract> : f32
            %v666 = arith.mulf %v595, %v663 fastmath<contract> : f32
            %v667 = arith.addf %v666, %v596 fastmath<contract> : f32
            %v668 = arith.cmpi uge, %v30, %v2 : i64
            %v669 = arith.select %v668, %v665, %v595 : f32
            %v670 = arith.select %v668, %v667, %v596 : f32
            %v671, %v672 = gpu.shuffle up %v669, %v130, %v597 : f32
            %v673, %v674 = gpu.shuffle up %v670, %v130, %v597 : f32
            %v675 = arith.mulf %v669, %v671 fastmath<contract> : f32
            %v676 = arith.mulf %v669, %v673 fastmath<contract> : f32
            %v677 = arith.addf %v676, %v670 fastmath<contract> : f32
            %v678 = arith.cmpi uge, %v30, %v63 : i64
            %v679 = arith.select %v678, %v675, %v669 : f32
            %v680 = arith.select %v678, %v677, %v670 : f32
            %v681, %v682 = gpu.shuffle up %v679, %v134, %v597 : f32
            %v683, %v684 = gpu.shuffle up %v680, %v134, %v597 : f32
            %v685 = arith.mulf %v679, %v681 fastmath<contract> : f32
            %v686 = arith.mulf %v679, %v683 fastmath<contract> : f32
            %v687 = arith.addf %v686, %v680 fastmath<contract> : f32
            %v688 = arith.cmpi uge, %v30, %v294 : i64
            %v689 = arith.select %v688, %v685, %v679 : f32
            %v690 = arith.select %v688, %v687, %v680 : f32
            %v691, %v692 = gpu.shuffle up %v689, %v628, %v597 : f32
            %v693, %v694 = gpu.shuffle up %v690, %v628, %v597 : f32
            %v695 = arith.mulf %v689, %v691 fastmath<contract> : f32
            %v696 = arith.mulf %v689, %v693 fastmath<contract> : f32
            %v697 = arith.addf %v696, %v690 fastmath<contract> : f32
            %v698 = arith.cmpi uge, %v30, %v34 : i64
            %v699 = arith.select %v698, %v695, %v689 : f32
            %v700 = arith.select %v698, %v697, %v690 : f32
            %v701, %v702 = gpu.shuffle up %v699, %v639, %v597 : f32
            %v703, %v704 = gpu.shuffle up %v700, %v639, %v597 : f32
            %v705 = arith.mulf %v699, %v701 fastmath<contract> : f32
            %v706 = arith.mulf %v699, %v703 fastmath<contract> : f32
            %v707 = arith.addf %v706, %v700 fastmath<contract> : f32
            %v708 = arith.cmpi uge, %v30, %v1 : i64
            %v709 = arith.select %v708, %v705, %v699 : f32
            %v710 = arith.select %v708, %v707, %v700 : f32
            %v711 = arith.cmpi eq, %v30, %v650 : i64
            %v712 = arith.addi %v323, %v31 : i64
            scf.if %v711 {
              %v713 = llvm.getelementptr %v13[%v712] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v709, %v713 : f32, !llvm.ptr
              %v714 = llvm.getelementptr %v15[%v712] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v710, %v714 : f32, !llvm.ptr
            }
            %v715, %v716 = gpu.shuffle up %v709, %v128, %v597 : f32
            %v717, %v718 = gpu.shuffle up %v710, %v128, %v597 : f32
            %v719 = arith.cmpi eq, %v30, %v32 : i64
            %v720 = arith.select %v719, %v179, %v715 : f32
            %v721 = arith.select %v719, %v50, %v717 : f32
            // across warps: the warps' maps before this one's, and the whole tile's
            gpu.barrier
            %v723 = arith.index_cast %v20 : i64 to index
            %v724 = arith.index_cast %v63 : i64 to index
            %v725 = arith.index_cast %v722 : i64 to index
            scf.for %v726 = %v723 to %v724 step %v725 {
              %v727 = arith.index_cast %v726 : index to i64
              %v728 = arith.muli %v727, %v323 : i64
              %v729 = llvm.getelementptr %v13[%v728] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v730 = llvm.load %v729 : !llvm.ptr -> f32
              %v731 = llvm.getelementptr %v15[%v728] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v732 = llvm.load %v731 : !llvm.ptr -> f32
              %v733 = llvm.getelementptr %v13[%v728] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v179, %v733 : f32, !llvm.ptr
              %v734 = llvm.getelementptr %v15[%v728] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v50, %v734 : f32, !llvm.ptr
              %v735 = arith.mulf %v730, %v179 fastmath<contract> : f32
              %v736 = arith.mulf %v730, %v50 fastmath<contract> : f32
              %v737 = arith.addf %v736, %v732 fastmath<contract> : f32
              %v738 = arith.addi %v728, %v2 : i64
              %v739 = llvm.getelementptr %v13[%v738] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v740 = llvm.load %v739 : !llvm.ptr -> f32
              %v741 = llvm.getelementptr %v15[%v738] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v742 = llvm.load %v741 : !llvm.ptr -> f32
              %v743 = llvm.getelementptr %v13[%v738] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v735, %v743 : f32, !llvm.ptr
              %v744 = llvm.getelementptr %v15[%v738] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v737, %v744 : f32, !llvm.ptr
              %v745 = arith.mulf %v740, %v735 fastmath<contract> : f32
              %v746 = arith.mulf %v740, %v737 fastmath<contract> : f32
              %v747 = arith.addf %v746, %v742 fastmath<contract> : f32
              %v748 = arith.addi %v728, %v63 : i64
              %v749 = llvm.getelementptr %v13[%v748] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v750 = llvm.load %v749 : !llvm.ptr -> f32
              %v751 = llvm.getelementptr %v15[%v748] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v752 = llvm.load %v751 : !llvm.ptr -> f32
              %v753 = llvm.getelementptr %v13[%v748] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v745, %v753 : f32, !llvm.ptr
              %v754 = llvm.getelementptr %v15[%v748] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v747, %v754 : f32, !llvm.ptr
              %v755 = arith.mulf %v750, %v745 fastmath<contract> : f32
              %v756 = arith.mulf %v750, %v747 fastmath<contract> : f32
              %v757 = arith.addf %v756, %v752 fastmath<contract> : f32
              %v758 = arith.addi %v728, %v265 : i64
              %v759 = llvm.getelementptr %v13[%v758] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v760 = llvm.load %v759 : !llvm.ptr -> f32
              %v761 = llvm.getelementptr %v15[%v758] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v762 = llvm.load %v761 : !llvm.ptr -> f32
              %v763 = llvm.getelementptr %v13[%v758] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v755, %v763 : f32, !llvm.ptr
              %v764 = llvm.getelementptr %v15[%v758] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v757, %v764 : f32, !llvm.ptr
              %v765 = arith.mulf %v760, %v755 fastmath<contract> : f32
              %v766 = arith.mulf %v760, %v757 fastmath<contract> : f32
              %v767 = arith.addf %v766, %v762 fastmath<contract> : f32
              %v768 = arith.addi %v728, %v294 : i64
              %v769 = llvm.getelementptr %v13[%v768] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v765, %v769 : f32, !llvm.ptr
              %v770 = llvm.getelementptr %v15[%v768] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v767, %v770 : f32, !llvm.ptr
            }
            gpu.barrier
            %v771 = llvm.getelementptr %v13[%v31] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v772 = llvm.load %v771 : !llvm.ptr -> f32
            %v773 = llvm.getelementptr %v15[%v31] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v774 = llvm.load %v773 : !llvm.ptr -> f32
            %v775 = llvm.getelementptr %v13[%v294] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v776 = llvm.load %v775 : !llvm.ptr -> f32
            %v777 = llvm.getelementptr %v15[%v294] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v778 = llvm.load %v777 : !llvm.ptr -> f32
            %v779 = arith.mulf %v659, %v772 fastmath<contract> : f32
            %v780 = arith.mulf %v659, %v774 fastmath<contract> : f32
            %v781 = arith.addf %v780, %v660 fastmath<contract> : f32
            %v782 = arith.addi %v323, %v31 : i64
            %v783 = llvm.getelementptr %v13[%v782] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v784 = llvm.load %v783 : !llvm.ptr -> f32
            %v785 = llvm.getelementptr %v15[%v782] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v786 = llvm.load %v785 : !llvm.ptr -> f32
            %v788 = llvm.getelementptr %v13[%v787] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v789 = llvm.load %v788 : !llvm.ptr -> f32
            %v790 = llvm.getelementptr %v15[%v787] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v791 = llvm.load %v790 : !llvm.ptr -> f32
            %v792 = arith.mulf %v720, %v784 fastmath<contract> : f32
            %v793 = arith.mulf %v720, %v786 fastmath<contract> : f32
            %v794 = arith.addf %v793, %v721 fastmath<contract> : f32
            %v795 = arith.muli %v414, %v63 : i64
            %v796 = llvm.getelementptr %v17[%v795] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v797 = llvm.load %v796 : !llvm.ptr -> f32
            %v798 = arith.mulf %v779, %v797 fastmath<contract> : f32
            %v799 = arith.addf %v798, %v781 fastmath<contract> : f32
            llvm.store %v799, %v4 : f32, !llvm.ptr
            %v800 = arith.mulf %v776, %v797 fastmath<contract> : f32
            %v801 = arith.addf %v800, %v778 fastmath<contract> : f32
            %v802 = arith.muli %v414, %v63 : i64
            %v803 = arith.addi %v802, %v2 : i64
            %v804 = llvm.getelementptr %v17[%v803] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v805 = llvm.load %v804 : !llvm.ptr -> f32
            %v806 = arith.mulf %v792, %v805 fastmath<contract> : f32
            %v807 = arith.addf %v806, %v794 fastmath<contract> : f32
            llvm.store %v807, %v5 : f32, !llvm.ptr
            %v808 = arith.mulf %v789, %v805 fastmath<contract> : f32
            %v809 = arith.addf %v808, %v791 fastmath<contract> : f32
            // 3. the K steps again: checkpoints, outputs at this point, sums' terms
            %v810 = arith.muli %v27, %v427 : i64
            %v811 = arith.addi %v810, %v112 : i64
            %v812 = arith.muli %v414, %size_L : i64
            %v813 = arith.addi %v811, %v812 : i64
            %v814 = llvm.getelementptr %in_Cm[%v813] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v815 = llvm.load %v814 {alignment = 32 : i64} : !llvm.ptr -> vector<8xf32>
            %v816 = llvm.extractelement %v815[%v126 : i32] : vector<8xf32>
            %v817 = llvm.extractelement %v815[%v128 : i32] : vector<8xf32>
            %v818 = llvm.extractelement %v815[%v130 : i32] : vector<8xf32>
            %v819 = llvm.extractelement %v815[%v132 : i32] : vector<8xf32>
            %v820 = llvm.extractelement %v815[%v134 : i32] : vector<8xf32>
            %v821 = llvm.extractelement %v815[%v136 : i32] : vector<8xf32>
            %v822 = llvm.extractelement %v815[%v138 : i32] : vector<8xf32>
            %v823 = llvm.extractelement %v815[%v140 : i32] : vector<8xf32>
            %v824 = arith.muli %v27, %v427 : i64
            %v825 = arith.addi %v824, %v112 : i64
            %v826 = arith.constant 8 : i64
            %v827 = arith.addi %v826, %v414 : i64
            %v828 = arith.muli %v827, %size_L : i64
            %v829 = arith.addi %v825, %v828 : i64
            %v830 = llvm.getelementptr %in_Cm[%v829] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v831 = llvm.load %v830 {alignment = 32 : i64} : !llvm.ptr -> vector<8xf32>
            %v832 = llvm.extractelement %v831[%v126 : i32] : vector<8xf32>
            %v833 = llvm.extractelement %v831[%v128 : i32] : vector<8xf32>
            %v834 = llvm.extractelement %v831[%v130 : i32] : vector<8xf32>
            %v835 = llvm.extractelement %v831[%v132 : i32] : vector<8xf32>
            %v836 = llvm.extractelement %v831[%v134 : i32] : vector<8xf32>
            %v837 = llvm.extractelement %v831[%v136 : i32] : vector<8xf32>
            %v838 = llvm.extractelement %v831[%v138 : i32] : vector<8xf32>
            %v839 = llvm.extractelement %v831[%v140 : i32] : vector<8xf32>
            // save the states at checkpoint steps (when given somewhere to save them)
            %v841 = arith.remui %v112, %v840 : i64
            %v842 = arith.cmpi eq, %v841, %v32 : i64
            %v843 = arith.andi %v842, %v22 : i1
            scf.if %v843 {
              %v844 = arith.divui %v112, %v840 : i64
              %v845 = llvm.mlir.zero : !llvm.ptr
              %v846 = llvm.icmp "ne" %ckpt_h, %v845 : !llvm.ptr
              scf.if %v846 {
                %v849 = arith.muli %v844, %v848 : i64
                %v850 = llvm.load %v4 : !llvm.ptr -> f32
                %v851 = arith.muli %v27, %v40 : i64
                %v852 = arith.muli %v25, %v1 : i64
                %v853 = arith.addi %v851, %v852 : i64
                %v854 = arith.addi %v853, %v414 : i64
                %v855 = arith.addi %v849, %v854 : i64
                %v856 = llvm.getelementptr %ckpt_h[%v855] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                llvm.store %v850, %v856 : f32, !llvm.ptr
                %v857 = llvm.load %v5 : !llvm.ptr -> f32
                %v858 = arith.muli %v27, %v40 : i64
                %v859 = arith.muli %v25, %v1 : i64
                %v860 = arith.addi %v858, %v859 : i64
                %v861 = arith.constant 8 : i64
                %v862 = arith.addi %v861, %v414 : i64
                %v863 = arith.addi %v860, %v862 : i64
                %v864 = arith.addi %v849, %v863 : i64
                %v865 = llvm.getelementptr %ckpt_h[%v864] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                llvm.store %v857, %v865 : f32, !llvm.ptr
              }
            }
            // end save
            %v866 = llvm.load %v4 : !llvm.ptr -> f32
            %v867 = arith.mulf %v459, %v866 fastmath<contract> : f32
            %v868 = arith.addf %v867, %v460 fastmath<contract> : f32
            %v869 = llvm.load %v5 : !llvm.ptr -> f32
            %v870 = arith.mulf %v467, %v869 fastmath<contract> : f32
            %v871 = arith.addf %v870, %v468 fastmath<contract> : f32
            llvm.store %v868, %v4 : f32, !llvm.ptr
            llvm.store %v871, %v5 : f32, !llvm.ptr
            %v872 = llvm.load %v4 : !llvm.ptr -> f32
            %v873 = arith.mulf %v816, %v872 fastmath<contract> : f32
            %v874 = llvm.load %v5 : !llvm.ptr -> f32
            %v875 = arith.mulf %v832, %v874 fastmath<contract> : f32
            %v876 = arith.addf %v873, %v875 fastmath<contract> : f32
            %v877 = llvm.load %v97 : !llvm.ptr -> f32
            %v878 = arith.addf %v877, %v876 fastmath<contract> : f32
            llvm.store %v878, %v97 : f32, !llvm.ptr
            %v879 = arith.addi %v112, %v2 : i64
            %v880 = llvm.load %v4 : !llvm.ptr -> f32
            %v881 = arith.mulf %v476, %v880 fastmath<contract> : f32
            %v882 = arith.addf %v881, %v477 fastmath<contract> : f32
            %v883 = llvm.load %v5 : !llvm.ptr -> f32
            %v884 = arith.mulf %v484, %v883 fastmath<contract> : f32
            %v885 = arith.addf %v884, %v485 fastmath<contract> : f32
            llvm.store %v882, %v4 : f32, !llvm.ptr
            llvm.store %v885, %v5 : f32, !llvm.ptr
            %v886 = llvm.load %v4 : !llvm.ptr -> f32
            %v887 = arith.mulf %v817, %v886 fastmath<contract> : f32
            %v888 = llvm.load %v5 : !llvm.ptr -> f32
            %v889 = arith.mulf %v833, %v888 fastmath<contract> : f32
            %v890 = arith.addf %v887, %v889 fastmath<contract> : f32
            %v891 = llvm.load %v98 : !llvm.ptr -> f32
            %v892 = arith.addf %v891, %v890 fastmath<contract> : f32
            llvm.store %v892, %v98 : f32, !llvm.ptr
            %v893 = arith.addi %v112, %v63 : i64
            %v894 = llvm.load %v4 : !llvm.ptr -> f32
            %v895 = arith.mulf %v493, %v894 fastmath<contract> : f32
            %v896 = arith.addf %v895, %v494 fastmath<contract> : f32
            %v897 = llvm.load %v5 : !llvm.ptr -> f32
            %v898 = arith.mulf %v501, %v897 fastmath<contract> : f32
            %v899 = arith.addf %v898, %v502 fastmath<contract> : f32
            llvm.store %v896, %v4 : f32, !llvm.ptr
            llvm.store %v899, %v5 : f32, !llvm.ptr
            %v900 = llvm.load %v4 : !llvm.ptr -> f32
            %v901 = arith.mulf %v818, %v900 fastmath<contract> : f32
            %v902 = llvm.load %v5 : !llvm.ptr -> f32
            %v903 = arith.mulf %v834, %v902 fastmath<contract> : f32
            %v904 = arith.addf %v901, %v903 fastmath<contract> : f32
            %v905 = llvm.load %v99 : !llvm.ptr -> f32
            %v906 = arith.addf %v905, %v904 fastmath<contract> : f32
            llvm.store %v906, %v99 : f32, !llvm.ptr
            %v907 = arith.addi %v112, %v265 : i64
            %v908 = llvm.load %v4 : !llvm.ptr -> f32
            %v909 = arith.mulf %v510, %v908 fastmath<contract> : f32
            %v910 = arith.addf %v909, %v511 fastmath<contract> : f32
            %v911 = llvm.load %v5 : !llvm.ptr -> f32
            %v912 = arith.mulf %v518, %v911 fastmath<contract> : f32
            %v913 = arith.addf %v912, %v519 fastmath<contract> : f32
            llvm.store %v910, %v4 : f32, !llvm.ptr
            llvm.store %v913, %v5 : f32, !llvm.ptr
            %v914 = llvm.load %v4 : !llvm.ptr -> f32
            %v915 = arith.mulf %v819, %v914 fastmath<contract> : f32
            %v916 = llvm.load %v5 : !llvm.ptr -> f32
            %v917 = arith.mulf %v835, %v916 fastmath<contract> : f32
            %v918 = arith.addf %v915, %v917 fastmath<contract> : f32
            %v919 = llvm.load %v100 : !llvm.ptr -> f32
            %v920 = arith.addf %v919, %v918 fastmath<contract> : f32
            llvm.store %v920, %v100 : f32, !llvm.ptr
            %v921 = arith.addi %v112, %v294 : i64
            %v922 = llvm.load %v4 : !llvm.ptr -> f32
            %v923 = arith.mulf %v527, %v922 fastmath<contract> : f32
            %v924 = arith.addf %v923, %v528 fastmath<contract> : f32
            %v925 = llvm.load %v5 : !llvm.ptr -> f32
            %v926 = arith.mulf %v535, %v925 fastmath<contract> : f32
            %v927 = arith.addf %v926, %v536 fastmath<contract> : f32
            llvm.store %v924, %v4 : f32, !llvm.ptr
            llvm.store %v927, %v5 : f32, !llvm.ptr
            %v928 = llvm.load %v4 : !llvm.ptr -> f32
            %v929 = arith.mulf %v820, %v928 fastmath<contract> : f32
            %v930 = llvm.load %v5 : !llvm.ptr -> f32
            %v931 = arith.mulf %v836, %v930 fastmath<contract> : f32
            %v932 = arith.addf %v929, %v931 fastmath<contract> : f32
            %v933 = llvm.load %v101 : !llvm.ptr -> f32
            %v934 = arith.addf %v933, %v932 fastmath<contract> : f32
            llvm.store %v934, %v101 : f32, !llvm.ptr
            %v935 = arith.addi %v112, %v323 : i64
            %v936 = llvm.load %v4 : !llvm.ptr -> f32
            %v937 = arith.mulf %v544, %v936 fastmath<contract> : f32
            %v938 = arith.addf %v937, %v545 fastmath<contract> : f32
            %v939 = llvm.load %v5 : !llvm.ptr -> f32
            %v940 = arith.mulf %v552, %v939 fastmath<contract> : f32
            %v941 = arith.addf %v940, %v553 fastmath<contract> : f32
            llvm.store %v938, %v4 : f32, !llvm.ptr
            llvm.store %v941, %v5 : f32, !llvm.ptr
            %v942 = llvm.load %v4 : !llvm.ptr -> f32
            %v943 = arith.mulf %v821, %v942 fastmath<contract> : f32
            %v944 = llvm.load %v5 : !llvm.ptr -> f32
            %v945 = arith.mulf %v837, %v944 fastmath<contract> : f32
            %v946 = arith.addf %v943, %v945 fastmath<contract> : f32
            %v947 = llvm.load %v102 : !llvm.ptr -> f32
            %v948 = arith.addf %v947, %v946 fastmath<contract> : f32
            llvm.store %v948, %v102 : f32, !llvm.ptr
            %v949 = arith.addi %v112, %v352 : i64
            %v950 = llvm.load %v4 : !llvm.ptr -> f32
            %v951 = arith.mulf %v561, %v950 fastmath<contract> : f32
            %v952 = arith.addf %v951, %v562 fastmath<contract> : f32
            %v953 = llvm.load %v5 : !llvm.ptr -> f32
            %v954 = arith.mulf %v569, %v953 fastmath<contract> : f32
            %v955 = arith.addf %v954, %v570 fastmath<contract> : f32
            llvm.store %v952, %v4 : f32, !llvm.ptr
            llvm.store %v955, %v5 : f32, !llvm.ptr
            %v956 = llvm.load %v4 : !llvm.ptr -> f32
            %v957 = arith.mulf %v822, %v956 fastmath<contract> : f32
            %v958 = llvm.load %v5 : !llvm.ptr -> f32
            %v959 = arith.mulf %v838, %v958 fastmath<contract> : f32
            %v960 = arith.addf %v957, %v959 fastmath<contract> : f32
            %v961 = llvm.load %v103 : !llvm.ptr -> f32
            %v962 = arith.addf %v961, %v960 fastmath<contract> : f32
            llvm.store %v962, %v103 : f32, !llvm.ptr
            %v963 = arith.addi %v112, %v381 : i64
            %v964 = llvm.load %v4 : !llvm.ptr -> f32
            %v965 = arith.mulf %v578, %v964 fastmath<contract> : f32
            %v966 = arith.addf %v965, %v579 fastmath<contract> : f32
            %v967 = llvm.load %v5 : !llvm.ptr -> f32
            %v968 = arith.mulf %v586, %v967 fastmath<contract> : f32
            %v969 = arith.addf %v968, %v587 fastmath<contract> : f32
            llvm.store %v966, %v4 : f32, !llvm.ptr
            llvm.store %v969, %v5 : f32, !llvm.ptr
            %v970 = llvm.load %v4 : !llvm.ptr -> f32
            %v971 = arith.mulf %v823, %v970 fastmath<contract> : f32
            %v972 = llvm.load %v5 : !llvm.ptr -> f32
            %v973 = arith.mulf %v839, %v972 fastmath<contract> : f32
            %v974 = arith.addf %v971, %v973 fastmath<contract> : f32
            %v975 = llvm.load %v104 : !llvm.ptr -> f32
            %v976 = arith.addf %v975, %v974 fastmath<contract> : f32
            llvm.store %v976, %v104 : f32, !llvm.ptr
            gpu.barrier
            scf.if %v33 {
              %v977 = arith.muli %v414, %v63 : i64
              %v978 = llvm.getelementptr %v17[%v977] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v801, %v978 : f32, !llvm.ptr
              %v979 = arith.muli %v414, %v63 : i64
              %v980 = arith.addi %v979, %v2 : i64
              %v981 = llvm.getelementptr %v17[%v980] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v809, %v981 : f32, !llvm.ptr
            }
          }
          // 4. the outputs summed over the points, K steps per vector store
          %v982 = llvm.load %v97 : !llvm.ptr -> f32
          %v985 = arith.mulf %v148, %v984 fastmath<contract> : f32
          %v986 = arith.addf %v982, %v985 fastmath<contract> : f32
          %v987 = arith.negf %v162 : f32
          %v988 = arith.mulf %v987, %v176 fastmath<contract> : f32
          %v989 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v988) : (f32) -> f32
          %v990 = arith.addf %v179, %v989 fastmath<contract> : f32
          %v991 = arith.divf %v179, %v990 : f32
          %v992 = arith.mulf %v162, %v991 fastmath<contract> : f32
          %v993 = arith.mulf %v986, %v992 fastmath<contract> : f32
          %v994 = arith.addi %v112, %v2 : i64
          %v995 = llvm.load %v98 : !llvm.ptr -> f32
          %v996 = arith.mulf %v149, %v984 fastmath<contract> : f32
          %v997 = arith.addf %v995, %v996 fastmath<contract> : f32
          %v998 = arith.negf %v163 : f32
          %v999 = arith.mulf %v998, %v176 fastmath<contract> : f32
          %v1000 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v999) : (f32) -> f32
          %v1001 = arith.addf %v179, %v1000 fastmath<contract> : f32
          %v1002 = arith.divf %v179, %v1001 : f32
          %v1003 = arith.mulf %v163, %v1002 fastmath<contract> : f32
          %v1004 = arith.mulf %v997, %v1003 fastmath<contract> : f32
          %v1005 = arith.addi %v112, %v63 : i64
          %v1006 = llvm.load %v99 : !llvm.ptr -> f32
          %v1007 = arith.mulf %v150, %v984 fastmath<contract> : f32
          %v1008 = arith.addf %v1006, %v1007 fastmath<contract> : f32
          %v1009 = arith.negf %v164 : f32
          %v1010 = arith.mulf %v1009, %v176 fastmath<contract> : f32
          %v1011 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1010) : (f32) -> f32
          %v1012 = arith.addf %v179, %v1011 fastmath<contract> : f32
          %v1013 = arith.divf %v179, %v1012 : f32
          %v1014 = arith.mulf %v164, %v1013 fastmath<contract> : f32
          %v1015 = arith.mulf %v1008, %v1014 fastmath<contract> : f32
          %v1016 = arith.addi %v112, %v265 : i64
          %v1017 = llvm.load %v100 : !llvm.ptr -> f32
          %v1018 = arith.mulf %v151, %v984 fastmath<contract> : f32
          %v1019 = arith.addf %v1017, %v1018 fastmath<contract> : f32
          %v1020 = arith.negf %v165 : f32
          %v1021 = arith.mulf %v1020, %v176 fastmath<contract> : f32
          %v1022 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1021) : (f32) -> f32
          %v1023 = arith.addf %v179, %v1022 fastmath<contract> : f32
          %v1024 = arith.divf %v179, %v1023 : f32
          %v1025 = arith.mulf %v165, %v1024 fastmath<contract> : f32
          %v1026 = arith.mulf %v1019, %v1025 fastmath<contract> : f32
          %v1027 = arith.addi %v112, %v294 : i64
          %v1028 = llvm.load %v101 : !llvm.ptr -> f32
          %v1029 = arith.mulf %v152, %v984 fastmath<contract> : f32
          %v1030 = arith.addf %v1028, %v1029 fastmath<contract> : f32
          %v1031 = arith.negf %v166 : f32
          %v1032 = arith.mulf %v1031, %v176 fastmath<contract> : f32
          %v1033 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1032) : (f32) -> f32
          %v1034 = arith.addf %v179, %v1033 fastmath<contract> : f32
          %v1035 = arith.divf %v179, %v1034 : f32
          %v1036 = arith.mulf %v166, %v1035 fastmath<contract> : f32
          %v1037 = arith.mulf %v1030, %v1036 fastmath<contract> : f32
          %v1038 = arith.addi %v112, %v323 : i64
          %v1039 = llvm.load %v102 : !llvm.ptr -> f32
          %v1040 = arith.mulf %v153, %v984 fastmath<contract> : f32
          %v1041 = arith.addf %v1039, %v1040 fastmath<contract> : f32
          %v1042 = arith.negf %v167 : f32
          %v1043 = arith.mulf %v1042, %v176 fastmath<contract> : f32
          %v1044 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1043) : (f32) -> f32
          %v1045 = arith.addf %v179, %v1044 fastmath<contract> : f32
          %v1046 = arith.divf %v179, %v1045 : f32
          %v1047 = arith.mulf %v167, %v1046 fastmath<contract> : f32
          %v1048 = arith.mulf %v1041, %v1047 fastmath<contract> : f32
          %v1049 = arith.addi %v112, %v352 : i64
          %v1050 = llvm.load %v103 : !llvm.ptr -> f32
          %v1051 = arith.mulf %v154, %v984 fastmath<contract> : f32
          %v1052 = arith.addf %v1050, %v1051 fastmath<contract> : f32
          %v1053 = arith.negf %v168 : f32
          %v1054 = arith.mulf %v1053, %v176 fastmath<contract> : f32
          %v1055 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1054) : (f32) -> f32
          %v1056 = arith.addf %v179, %v1055 fastmath<contract> : f32
          %v1057 = arith.divf %v179, %v1056 : f32
          %v1058 = arith.mulf %v168, %v1057 fastmath<contract> : f32
          %v1059 = arith.mulf %v1052, %v1058 fastmath<contract> : f32
          %v1060 = arith.addi %v112, %v381 : i64
          %v1061 = llvm.load %v104 : !llvm.ptr -> f32
          %v1062 = arith.mulf %v155, %v984 fastmath<contract> : f32
          %v1063 = arith.addf %v1061, %v1062 fastmath<contract> : f32
          %v1064 = arith.negf %v169 : f32
          %v1065 = arith.mulf %v1064, %v176 fastmath<contract> : f32
          %v1066 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1065) : (f32) -> f32
          %v1067 = arith.addf %v179, %v1066 fastmath<contract> : f32
          %v1068 = arith.divf %v179, %v1067 : f32
          %v1069 = arith.mulf %v169, %v1068 fastmath<contract> : f32
          %v1070 = arith.mulf %v1063, %v1069 fastmath<contract> : f32
          %v1071 = llvm.mlir.undef : vector<8xf32>
          %v1072 = llvm.insertelement %v993, %v1071[%v126 : i32] : vector<8xf32>
          %v1073 = llvm.insertelement %v1004, %v1072[%v128 : i32] : vector<8xf32>
          %v1074 = llvm.insertelement %v1015, %v1073[%v130 : i32] : vector<8xf32>
          %v1075 = llvm.insertelement %v1026, %v1074[%v132 : i32] : vector<8xf32>
          %v1076 = llvm.insertelement %v1037, %v1075[%v134 : i32] : vector<8xf32>
          %v1077 = llvm.insertelement %v1048, %v1076[%v136 : i32] : vector<8xf32>
          %v1078 = llvm.insertelement %v1059, %v1077[%v138 : i32] : vector<8xf32>
          %v1079 = llvm.insertelement %v1070, %v1078[%v140 : i32] : vector<8xf32>
          %v1080 = arith.muli %v27, %v119 : i64
          %v1081 = arith.muli %v25, %size_L : i64
          %v1082 = arith.addi %v1080, %v1081 : i64
          %v1083 = arith.addi %v1082, %v112 : i64
          %v1084 = llvm.getelementptr %out_y[%v1083] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          scf.if %v22 {
            llvm.store %v1079, %v1084 {alignment = 32 : i64} : vector<8xf32>, !llvm.ptr
          }
        } else {
          %v1085 = arith.index_cast %v32 : i64 to index
          %v1086 = arith.index_cast %v115 : i64 to index
          %v1087 = arith.index_cast %v2 : i64 to index
          scf.for %v1088 = %v1085 to %v1086 step %v1087 {
            %v1089 = arith.index_cast %v1088 : index to i64
            %v1090 = llvm.getelementptr %v105[%v1089] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v50, %v1090 : f32, !llvm.ptr
          }
          %v1091 = arith.index_cast %v32 : i64 to index
          %v1092 = arith.index_cast %v34 : i64 to index
          %v1093 = arith.index_cast %v2 : i64 to index
          scf.for %v1094 = %v1091 to %v1092 step %v1093 {
            %v1095 = arith.index_cast %v1094 : index to i64
            %v1096 = arith.muli %v25, %v1 : i64
            %v1097 = arith.addi %v1096, %v1095 : i64
            %v1098 = llvm.getelementptr %in_A[%v1097] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1099 = llvm.load %v1098 : !llvm.ptr -> f32
            %v1100 = arith.mulf %v1099, %v176 fastmath<contract> : f32
            %v1101 = arith.muli %v25, %v1 : i64
            %v1102 = arith.constant 8 : i64
            %v1103 = arith.addi %v1102, %v1095 : i64
            %v1104 = arith.addi %v1101, %v1103 : i64
            %v1105 = llvm.getelementptr %in_A[%v1104] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1106 = llvm.load %v1105 : !llvm.ptr -> f32
            %v1107 = arith.mulf %v1106, %v176 fastmath<contract> : f32
            llvm.store %v179, %v6 : f32, !llvm.ptr
            llvm.store %v179, %v7 : f32, !llvm.ptr
            llvm.store %v50, %v8 : f32, !llvm.ptr
            llvm.store %v50, %v9 : f32, !llvm.ptr
            %v1108 = arith.index_cast %v32 : i64 to index
            %v1109 = arith.index_cast %v115 : i64 to index
            %v1110 = arith.index_cast %v2 : i64 to index
            scf.for %v1111 = %v1108 to %v1109 step %v1110 {
              %v1112 = arith.index_cast %v1111 : index to i64
              %v1113 = arith.addi %v112, %v1112 : i64
              %v1114 = arith.muli %v27, %v119 : i64
              %v1115 = arith.muli %v25, %size_L : i64
              %v1116 = arith.addi %v1114, %v1115 : i64
              %v1117 = arith.addi %v1116, %v1113 : i64
              %v1118 = llvm.getelementptr %in_delta[%v1117] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1119 = llvm.load %v1118 : !llvm.ptr -> f32
              %v1120 = arith.addf %v1119, %v171 fastmath<contract> : f32
              %v1121 = arith.maximumf %v1120, %v50 : f32
              %v1122 = llvm.call_intrinsic "llvm.fabs.f32"(%v1120) : (f32) -> f32
              %v1123 = arith.negf %v1122 : f32
              %v1124 = arith.mulf %v1123, %v176 fastmath<contract> : f32
              %v1125 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1124) : (f32) -> f32
              %v1126 = arith.addf %v179, %v1125 fastmath<contract> : f32
              %v1127 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v1126) : (f32) -> f32
              %v1128 = arith.mulf %v1127, %v182 fastmath<contract> : f32
              %v1129 = arith.mulf %v184, %v1125 fastmath<contract> : f32
              %v1130 = arith.addf %v1129, %v186 fastmath<contract> : f32
              %v1131 = arith.mulf %v1130, %v1125 fastmath<contract> : f32
              %v1132 = arith.addf %v1131, %v189 fastmath<contract> : f32
              %v1133 = arith.mulf %v1132, %v1125 fastmath<contract> : f32
              %v1134 = arith.addf %v1133, %v192 fastmath<contract> : f32
              %v1135 = arith.mulf %v1134, %v1125 fastmath<contract> : f32
              %v1136 = arith.addf %v1135, %v195 fastmath<contract> : f32
              %v1137 = arith.mulf %v1136, %v1125 fastmath<contract> : f32
              %v1138 = arith.addf %v1137, %v198 fastmath<contract> : f32
              %v1139 = arith.mulf %v1138, %v1125 fastmath<contract> : f32
              %v1140 = arith.addf %v1139, %v179 fastmath<contract> : f32
              %v1141 = arith.mulf %v1140, %v1125 fastmath<contract> : f32
              %v1142 = llvm.call_intrinsic "llvm.fabs.f32"(%v1125) : (f32) -> f32
              %v1143 = arith.cmpf olt, %v1142, %v204 : f32
              %v1144 = arith.select %v1143, %v1141, %v1128 : f32
              %v1145 = arith.addf %v1121, %v1144 fastmath<contract> : f32
              %v1146 = arith.mulf %v1145, %v1100 fastmath<contract> : f32
              %v1147 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1146) : (f32) -> f32
              %v1148 = arith.muli %v27, %v427 : i64
              %v1149 = arith.addi %v1148, %v1113 : i64
              %v1150 = arith.muli %v1095, %size_L : i64
              %v1151 = arith.addi %v1149, %v1150 : i64
              %v1152 = llvm.getelementptr %in_Bm[%v1151] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1153 = llvm.load %v1152 : !llvm.ptr -> f32
              %v1154 = arith.muli %v27, %v119 : i64
              %v1155 = arith.muli %v25, %size_L : i64
              %v1156 = arith.addi %v1154, %v1155 : i64
              %v1157 = arith.addi %v1156, %v1113 : i64
              %v1158 = llvm.getelementptr %in_u[%v1157] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1159 = llvm.load %v1158 : !llvm.ptr -> f32
              %v1160 = arith.mulf %v1145, %v1159 fastmath<contract> : f32
              %v1161 = arith.mulf %v1153, %v1160 fastmath<contract> : f32
              %v1162 = llvm.load %v8 : !llvm.ptr -> f32
              %v1163 = arith.mulf %v1147, %v1162 fastmath<contract> : f32
              %v1164 = arith.addf %v1163, %v1161 fastmath<contract> : f32
              %v1165 = llvm.load %v6 : !llvm.ptr -> f32
              %v1166 = arith.mulf %v1147, %v1165 fastmath<contract> : f32
              %v1167 = arith.mulf %v1145, %v1107 fastmath<contract> : f32
              %v1168 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1167) : (f32) -> f32
              %v1169 = arith.muli %v27, %v427 : i64
              %v1170 = arith.addi %v1169, %v1113 : i64
              %v1171 = arith.constant 8 : i64
              %v1172 = arith.addi %v1171, %v1095 : i64
              %v1173 = arith.muli %v1172, %size_L : i64
              %v1174 = arith.addi %v1170, %v1173 : i64
              %v1175 = llvm.getelementptr %in_Bm[%v1174] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1176 = llvm.load %v1175 : !llvm.ptr -> f32
              %v1177 = arith.mulf %v1176, %v1160 fastmath<contract> : f32
              %v1178 = llvm.load %v9 : !llvm.ptr -> f32
              %v1179 = arith.mulf %v1168, %v1178 fastmath<contract> : f32
              %v1180 = arith.addf %v1179, %v1177 fastmath<contract> : f32
              %v1181 = llvm.load %v7 : !llvm.ptr -> f32
              %v1182 = arith.mulf %v1168, %v1181 fastmath<contract> : f32
              llvm.store %v1164, %v8 : f32, !llvm.ptr
              llvm.store %v1166, %v6 : f32, !llvm.ptr
              llvm.store %v1180, %v9 : f32, !llvm.ptr
              llvm.store %v1182, %v7 : f32, !llvm.ptr
            }
            %v1183 = llvm.load %v6 : !llvm.ptr -> f32
            %v1184 = llvm.load %v8 : !llvm.ptr -> f32
            %v1185 = llvm.load %v7 : !llvm.ptr -> f32
            %v1186 = llvm.load %v9 : !llvm.ptr -> f32
            %v1187, %v1188 = gpu.shuffle up %v1183, %v128, %v597 : f32
            %v1189, %v1190 = gpu.shuffle up %v1184, %v128, %v597 : f32
            %v1191 = arith.mulf %v1183, %v1187 fastmath<contract> : f32
            %v1192 = arith.mulf %v1183, %v1189 fastmath<contract> : f32
            %v1193 = arith.addf %v1192, %v1184 fastmath<contract> : f32
            %v1194 = arith.cmpi uge, %v30, %v2 : i64
            %v1195 = arith.select %v1194, %v1191, %v1183 : f32
            %v1196 = arith.select %v1194, %v1193, %v1184 : f32
            %v1197, %v1198 = gpu.shuffle up %v1195, %v130, %v597 : f32
            %v1199, %v1200 = gpu.shuffle up %v1196, %v130, %v597 : f32
            %v1201 = arith.mulf %v1195, %v1197 fastmath<contract> : f32
            %v1202 = arith.mulf %v1195, %v1199 fastmath<contract> : f32
            %v1203 = arith.addf %v1202, %v1196 fastmath<contract> : f32
            %v1204 = arith.cmpi uge, %v30, %v63 : i64
            %v1205 = arith.select %v1204, %v1201, %v1195 : f32
            %v1206 = arith.select %v1204, %v1203, %v1196 : f32
            %v1207, %v1208 = gpu.shuffle up %v1205, %v134, %v597 : f32
            %v1209, %v1210 = gpu.shuffle up %v1206, %v134, %v597 : f32
            %v1211 = arith.mulf %v1205, %v1207 fastmath<contract> : f32
            %v1212 = arith.mulf %v1205, %v1209 fastmath<contract> : f32
            %v1213 = arith.addf %v1212, %v1206 fastmath<contract> : f32
            %v1214 = arith.cmpi uge, %v30, %v294 : i64
            %v1215 = arith.select %v1214, %v1211, %v1205 : f32
            %v1216 = arith.select %v1214, %v1213, %v1206 : f32
            %v1217, %v1218 = gpu.shuffle up %v1215, %v628, %v597 : f32
            %v1219, %v1220 = gpu.shuffle up %v1216, %v628, %v597 : f32
            %v1221 = arith.mulf %v1215, %v1217 fastmath<contract> : f32
            %v1222 = arith.mulf %v1215, %v1219 fastmath<contract> : f32
            %v1223 = arith.addf %v1222, %v1216 fastmath<contract> : f32
            %v1224 = arith.cmpi uge, %v30, %v34 : i64
            %v1225 = arith.select %v1224, %v1221, %v1215 : f32
            %v1226 = arith.select %v1224, %v1223, %v1216 : f32
            %v1227, %v1228 = gpu.shuffle up %v1225, %v639, %v597 : f32
            %v1229, %v1230 = gpu.shuffle up %v1226, %v639, %v597 : f32
            %v1231 = arith.mulf %v1225, %v1227 fastmath<contract> : f32
            %v1232 = arith.mulf %v1225, %v1229 fastmath<contract> : f32
            %v1233 = arith.addf %v1232, %v1226 fastmath<contract> : f32
            %v1234 = arith.cmpi uge, %v30, %v1 : i64
            %v1235 = arith.select %v1234, %v1231, %v1225 : f32
            %v1236 = arith.select %v1234, %v1233, %v1226 : f32
            %v1237 = arith.cmpi eq, %v30, %v650 : i64
            scf.if %v1237 {
              %v1238 = llvm.getelementptr %v13[%v31] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1235, %v1238 : f32, !llvm.ptr
              %v1239 = llvm.getelementptr %v15[%v31] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1236, %v1239 : f32, !llvm.ptr
            }
            %v1240, %v1241 = gpu.shuffle up %v1235, %v128, %v597 : f32
            %v1242, %v1243 = gpu.shuffle up %v1236, %v128, %v597 : f32
            %v1244 = arith.cmpi eq, %v30, %v32 : i64
            %v1245 = arith.select %v1244, %v179, %v1240 : f32
            %v1246 = arith.select %v1244, %v50, %v1242 : f32
            %v1247, %v1248 = gpu.shuffle up %v1185, %v128, %v597 : f32
            %v1249, %v1250 = gpu.shuffle up %v1186, %v128, %v597 : f32
            %v1251 = arith.mulf %v1185, %v1247 fastmath<contract> : f32
            %v1252 = arith.mulf %v1185, %v1249 fastmath<contract> : f32
            %v1253 = arith.addf %v1252, %v1186 fastmath<contract> : f32
            %v1254 = arith.cmpi uge, %v30, %v2 : i64
            %v1255 = arith.select %v1254, %v1251, %v1185 : f32
            %v1256 = arith.select %v1254, %v1253, %v1186 : f32
            %v1257, %v1258 = gpu.shuffle up %v1255, %v130, %v597 : f32
            %v1259, %v1260 = gpu.shuffle up %v1256, %v130, %v597 : f32
            %v1261 = arith.mulf %v1255, %v1257 fastmath<contract> : f32
            %v1262 = arith.mulf %v1255, %v1259 fastmath<contract> : f32
            %v1263 = arith.addf %v1262, %v1256 fastmath<contract> : f32
            %v1264 = arith.cmpi uge, %v30, %v63 : i64
            %v1265 = arith.select %v1264, %v1261, %v1255 : f32
            %v1266 = arith.select %v1264, %v1263, %v1256 : f32
            %v1267, %v1268 = gpu.shuffle up %v1265, %v134, %v597 : f32
            %v1269, %v1270 = gpu.shuffle up %v1266, %v134, %v597 : f32
            %v1271 = arith.mulf %v1265, %v1267 fastmath<contract> : f32
            %v1272 = arith.mulf %v1265, %v1269 fastmath<contract> : f32
            %v1273 = arith.addf %v1272, %v1266 fastmath<contract> : f32
            %v1274 = arith.cmpi uge, %v30, %v294 : i64
            %v1275 = arith.select %v1274, %v1271, %v1265 : f32
            %v1276 = arith.select %v1274, %v1273, %v1266 : f32
            %v1277, %v1278 = gpu.shuffle up %v1275, %v628, %v597 : f32
            %v1279, %v1280 = gpu.shuffle up %v1276, %v628, %v597 : f32
            %v1281 = arith.mulf %v1275, %v1277 fastmath<contract> : f32
            %v1282 = arith.mulf %v1275, %v1279 fastmath<contract> : f32
            %v1283 = arith.addf %v1282, %v1276 fastmath<contract> : f32
            %v1284 = arith.cmpi uge, %v30, %v34 : i64
            %v1285 = arith.select %v1284, %v1281, %v1275 : f32
            %v1286 = arith.select %v1284, %v1283, %v1276 : f32
            %v1287, %v1288 = gpu.shuffle up %v1285, %v639, %v597 : f32
            %v1289, %v1290 = gpu.shuffle up %v1286, %v639, %v597 : f32
            %v1291 = arith.mulf %v1285, %v1287 fastmath<contract> : f32
            %v1292 = arith.mulf %v1285, %v1289 fastmath<contract> : f32
            %v1293 = arith.addf %v1292, %v1286 fastmath<contract> : f32
            %v1294 = arith.cmpi uge, %v30, %v1 : i64
            %v1295 = arith.select %v1294, %v1291, %v1285 : f32
            %v1296 = arith.select %v1294, %v1293, %v1286 : f32
            %v1297 = arith.cmpi eq, %v30, %v650 : i64
            %v1298 = arith.addi %v323, %v31 : i64
            scf.if %v1297 {
              %v1299 = llvm.getelementptr %v13[%v1298] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1295, %v1299 : f32, !llvm.ptr
              %v1300 = llvm.getelementptr %v15[%v1298] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1296, %v1300 : f32, !llvm.ptr
            }
            %v1301, %v1302 = gpu.shuffle up %v1295, %v128, %v597 : f32
            %v1303, %v1304 = gpu.shuffle up %v1296, %v128, %v597 : f32
            %v1305 = arith.cmpi eq, %v30, %v32 : i64
            %v1306 = arith.select %v1305, %v179, %v1301 : f32
            %v1307 = arith.select %v1305, %v50, %v1303 : f32
            // across warps: the warps' maps before this one's, and the whole tile's
            gpu.barrier
            %v1308 = arith.index_cast %v20 : i64 to index
            %v1309 = arith.index_cast %v63 : i64 to index
            %v1310 = arith.index_cast %v722 : i64 to index
            scf.for %v1311 = %v1308 to %v1309 step %v1310 {
              %v1312 = arith.index_cast %v1311 : index to i64
              %v1313 = arith.muli %v1312, %v323 : i64
              %v1314 = llvm.getelementptr %v13[%v1313] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1315 = llvm.load %v1314 : !llvm.ptr -> f32
              %v1316 = llvm.getelementptr %v15[%v1313] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1317 = llvm.load %v1316 : !llvm.ptr -> f32
              %v1318 = llvm.getelementptr %v13[%v1313] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v179, %v1318 : f32, !llvm.ptr
              %v1319 = llvm.getelementptr %v15[%v1313] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v50, %v1319 : f32, !llvm.ptr
              %v1320 = arith.mulf %v1315, %v179 fastmath<contract> : f32
              %v1321 = arith.mulf %v1315, %v50 fastmath<contract> : f32
              %v1322 = arith.addf %v1321, %v1317 fastmath<contract> : f32
              %v1323 = arith.addi %v1313, %v2 : i64
              %v1324 = llvm.getelementptr %v13[%v1323] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1325 = llvm.load %v1324 : !llvm.ptr -> f32
              %v1326 = llvm.getelementptr %v15[%v1323] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1327 = llvm.load %v1326 : !llvm.ptr -> f32
              %v1328 = llvm.getelementptr %v13[%v1323] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1320, %v1328 : f32, !llvm.ptr
              %v1329 = llvm.getelementptr %v15[%v1323] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1322, %v1329 : f32, !llvm.ptr
              %v1330 = arith.mulf %v1325, %v1320 fastmath<contract> : f32
              %v1331 = arith.mulf %v1325, %v1322 fastmath<contract> : f32
              %v1332 = arith.addf %v1331, %v1327 fastmath<contract> : f32
              %v1333 = arith.addi %v1313, %v63 : i64
              %v1334 = llvm.getelementptr %v13[%v1333] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1335 = llvm.load %v1334 : !llvm.ptr -> f32
              %v1336 = llvm.getelementptr %v15[%v1333] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1337 = llvm.load %v1336 : !llvm.ptr -> f32
              %v1338 = llvm.getelementptr %v13[%v1333] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1330, %v1338 : f32, !llvm.ptr
              %v1339 = llvm.getelementptr %v15[%v1333] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1332, %v1339 : f32, !llvm.ptr
              %v1340 = arith.mulf %v1335, %v1330 fastmath<contract> : f32
              %v1341 = arith.mulf %v1335, %v1332 fastmath<contract> : f32
              %v1342 = arith.addf %v1341, %v1337 fastmath<contract> : f32
              %v1343 = arith.addi %v1313, %v265 : i64
              %v1344 = llvm.getelementptr %v13[%v1343] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1345 = llvm.load %v1344 : !llvm.ptr -> f32
              %v1346 = llvm.getelementptr %v15[%v1343] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1347 = llvm.load %v1346 : !llvm.ptr -> f32
              %v1348 = llvm.getelementptr %v13[%v1343] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1340, %v1348 : f32, !llvm.ptr
              %v1349 = llvm.getelementptr %v15[%v1343] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1342, %v1349 : f32, !llvm.ptr
              %v1350 = arith.mulf %v1345, %v1340 fastmath<contract> : f32
              %v1351 = arith.mulf %v1345, %v1342 fastmath<contract> : f32
              %v1352 = arith.addf %v1351, %v1347 fastmath<contract> : f32
              %v1353 = arith.addi %v1313, %v294 : i64
              %v1354 = llvm.getelementptr %v13[%v1353] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1350, %v1354 : f32, !llvm.ptr
              %v1355 = llvm.getelementptr %v15[%v1353] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1352, %v1355 : f32, !llvm.ptr
            }
            gpu.barrier
            %v1356 = llvm.getelementptr %v13[%v31] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1357 = llvm.load %v1356 : !llvm.ptr -> f32
            %v1358 = llvm.getelementptr %v15[%v31] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1359 = llvm.load %v1358 : !llvm.ptr -> f32
            %v1360 = llvm.getelementptr %v13[%v294] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1361 = llvm.load %v1360 : !llvm.ptr -> f32
            %v1362 = llvm.getelementptr %v15[%v294] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1363 = llvm.load %v1362 : !llvm.ptr -> f32
            %v1364 = arith.mulf %v1245, %v1357 fastmath<contract> : f32
            %v1365 = arith.mulf %v1245, %v1359 fastmath<contract> : f32
            %v1366 = arith.addf %v1365, %v1246 fastmath<contract> : f32
            %v1367 = arith.addi %v323, %v31 : i64
            %v1368 = llvm.getelementptr %v13[%v1367] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1369 = llvm.load %v1368 : !llvm.ptr -> f32
            %v1370 = llvm.getelementptr %v15[%v1367] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1371 = llvm.load %v1370 : !llvm.ptr -> f32
            %v1372 = llvm.getelementptr %v13[%v787] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1373 = llvm.load %v1372 : !llvm.ptr -> f32
            %v1374 = llvm.getelementptr %v15[%v787] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1375 = llvm.load %v1374 : !llvm.ptr -> f32
            %v1376 = arith.mulf %v1306, %v1369 fastmath<contract> : f32
            %v1377 = arith.mulf %v1306, %v1371 fastmath<contract> : f32
            %v1378 = arith.addf %v1377, %v1307 fastmath<contract> : f32
            %v1379 = arith.muli %v1095, %v63 : i64
            %v1380 = llvm.getelementptr %v17[%v1379] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1381 = llvm.load %v1380 : !llvm.ptr -> f32
            %v1382 = arith.mulf %v1364, %v1381 fastmath<contract> : f32
            %v1383 = arith.addf %v1382, %v1366 fastmath<contract> : f32
            llvm.store %v1383, %v4 : f32, !llvm.ptr
            %v1384 = arith.mulf %v1361, %v1381 fastmath<contract> : f32
            %v1385 = arith.addf %v1384, %v1363 fastmath<contract> : f32
            %v1386 = arith.muli %v1095, %v63 : i64
            %v1387 = arith.addi %v1386, %v2 : i64
            %v1388 = llvm.getelementptr %v17[%v1387] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1389 = llvm.load %v1388 : !llvm.ptr -> f32
            %v1390 = arith.mulf %v1376, %v1389 fastmath<contract> : f32
            %v1391 = arith.addf %v1390, %v1378 fastmath<contract> : f32
            llvm.store %v1391, %v5 : f32, !llvm.ptr
            %v1392 = arith.mulf %v1373, %v1389 fastmath<contract> : f32
            %v1393 = arith.addf %v1392, %v1375 fastmath<contract> : f32
            %v1394 = arith.index_cast %v32 : i64 to index
            %v1395 = arith.index_cast %v115 : i64 to index
            %v1396 = arith.index_cast %v2 : i64 to index
            scf.for %v1397 = %v1394 to %v1395 step %v1396 {
              %v1398 = arith.index_cast %v1397 : index to i64
              %v1399 = arith.addi %v112, %v1398 : i64
              %v1400 = llvm.getelementptr %v105[%v1398] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              // save the states at checkpoint steps (when given somewhere to save them)
              %v1401 = arith.remui %v1399, %v840 : i64
              %v1402 = arith.cmpi eq, %v1401, %v32 : i64
              %v1403 = arith.andi %v1402, %v22 : i1
              scf.if %v1403 {
                %v1404 = arith.divui %v1399, %v840 : i64
                %v1405 = llvm.mlir.zero : !llvm.ptr
                %v1406 = llvm.icmp "ne" %ckpt_h, %v1405 : !llvm.ptr
                scf.if %v1406 {
                  %v1409 = arith.muli %v1404, %v1408 : i64
                  %v1410 = llvm.load %v4 : !llvm.ptr -> f32
                  %v1411 = arith.muli %v27, %v40 : i64
                  %v1412 = arith.muli %v25, %v1 : i64
                  %v1413 = arith.addi %v1411, %v1412 : i64
                  %v1414 = arith.addi %v1413, %v1095 : i64
                  %v1415 = arith.addi %v1409, %v1414 : i64
                  %v1416 = llvm.getelementptr %ckpt_h[%v1415] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1410, %v1416 : f32, !llvm.ptr
                  %v1417 = llvm.load %v5 : !llvm.ptr -> f32
                  %v1418 = arith.muli %v27, %v40 : i64
                  %v1419 = arith.muli %v25, %v1 : i64
                  %v1420 = arith.addi %v1418, %v1419 : i64
                  %v1421 = arith.constant 8 : i64
                  %v1422 = arith.addi %v1421, %v1095 : i64
                  %v1423 = arith.addi %v1420, %v1422 : i64
                  %v1424 = arith.addi %v1409, %v1423 : i64
                  %v1425 = llvm.getelementptr %ckpt_h[%v1424] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1417, %v1425 : f32, !llvm.ptr
                }
              }
              // end save
              %v1426 = arith.muli %v27, %v119 : i64
              %v1427 = arith.muli %v25, %size_L : i64
              %v1428 = arith.addi %v1426, %v1427 : i64
              %v1429 = arith.addi %v1428, %v1399 : i64
              %v1430 = llvm.getelementptr %in_delta[%v1429] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1431 = llvm.load %v1430 : !llvm.ptr -> f32
              %v1432 = arith.addf %v1431, %v171 fastmath<contract> : f32
              %v1433 = arith.maximumf %v1432, %v50 : f32
              %v1434 = llvm.call_intrinsic "llvm.fabs.f32"(%v1432) : (f32) -> f32
              %v1435 = arith.negf %v1434 : f32
              %v1436 = arith.mulf %v1435, %v176 fastmath<contract> : f32
              %v1437 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1436) : (f32) -> f32
              %v1438 = arith.addf %v179, %v1437 fastmath<contract> : f32
              %v1439 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v1438) : (f32) -> f32
              %v1440 = arith.mulf %v1439, %v182 fastmath<contract> : f32
              %v1441 = arith.mulf %v184, %v1437 fastmath<contract> : f32
              %v1442 = arith.addf %v1441, %v186 fastmath<contract> : f32
              %v1443 = arith.mulf %v1442, %v1437 fastmath<contract> : f32
              %v1444 = arith.addf %v1443, %v189 fastmath<contract> : f32
              %v1445 = arith.mulf %v1444, %v1437 fastmath<contract> : f32
              %v1446 = arith.addf %v1445, %v192 fastmath<contract> : f32
              %v1447 = arith.mulf %v1446, %v1437 fastmath<contract> : f32
              %v1448 = arith.addf %v1447, %v195 fastmath<contract> : f32
              %v1449 = arith.mulf %v1448, %v1437 fastmath<contract> : f32
              %v1450 = arith.addf %v1449, %v198 fastmath<contract> : f32
              %v1451 = arith.mulf %v1450, %v1437 fastmath<contract> : f32
              %v1452 = arith.addf %v1451, %v179 fastmath<contract> : f32
              %v1453 = arith.mulf %v1452, %v1437 fastmath<contract> : f32
              %v1454 = llvm.call_intrinsic "llvm.fabs.f32"(%v1437) : (f32) -> f32
              %v1455 = arith.cmpf olt, %v1454, %v204 : f32
              %v1456 = arith.select %v1455, %v1453, %v1440 : f32
              %v1457 = arith.addf %v1433, %v1456 fastmath<contract> : f32
              %v1458 = arith.mulf %v1457, %v1100 fastmath<contract> : f32
              %v1459 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1458) : (f32) -> f32
              %v1460 = arith.muli %v27, %v427 : i64
              %v1461 = arith.addi %v1460, %v1399 : i64
              %v1462 = arith.muli %v1095, %size_L : i64
              %v1463 = arith.addi %v1461, %v1462 : i64
              %v1464 = llvm.getelementptr %in_Bm[%v1463] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1465 = llvm.load %v1464 : !llvm.ptr -> f32
              %v1466 = arith.muli %v27, %v119 : i64
              %v1467 = arith.muli %v25, %size_L : i64
              %v1468 = arith.addi %v1466, %v1467 : i64
              %v1469 = arith.addi %v1468, %v1399 : i64
              %v1470 = llvm.getelementptr %in_u[%v1469] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1471 = llvm.load %v1470 : !llvm.ptr -> f32
              %v1472 = arith.mulf %v1457, %v1471 fastmath<contract> : f32
              %v1473 = arith.mulf %v1465, %v1472 fastmath<contract> : f32
              %v1474 = llvm.load %v4 : !llvm.ptr -> f32
              %v1475 = arith.mulf %v1459, %v1474 fastmath<contract> : f32
              %v1476 = arith.addf %v1475, %v1473 fastmath<contract> : f32
              %v1477 = arith.mulf %v1457, %v1107 fastmath<contract> : f32
              %v1478 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1477) : (f32) -> f32
              %v1479 = arith.muli %v27, %v427 : i64
              %v1480 = arith.addi %v1479, %v1399 : i64
              %v1481 = arith.constant 8 : i64
              %v1482 = arith.addi %v1481, %v1095 : i64
              %v1483 = arith.muli %v1482, %size_L : i64
              %v1484 = arith.addi %v1480, %v1483 : i64
              %v1485 = llvm.getelementptr %in_Bm[%v1484] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1486 = llvm.load %v1485 : !llvm.ptr -> f32
              %v1487 = arith.mulf %v1486, %v1472 fastmath<contract> : f32
              %v1488 = llvm.load %v5 : !llvm.ptr -> f32
              %v1489 = arith.mulf %v1478, %v1488 fastmath<contract> : f32
              %v1490 = arith.addf %v1489, %v1487 fastmath<contract> : f32
              llvm.store %v1476, %v4 : f32, !llvm.ptr
              llvm.store %v1490, %v5 : f32, !llvm.ptr
              %v1491 = arith.muli %v27, %v427 : i64
              %v1492 = arith.addi %v1491, %v1399 : i64
              %v1493 = arith.muli %v1095, %size_L : i64
              %v1494 = arith.addi %v1492, %v1493 : i64
              %v1495 = llvm.getelementptr %in_Cm[%v1494] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1496 = llvm.load %v1495 : !llvm.ptr -> f32
              %v1497 = llvm.load %v4 : !llvm.ptr -> f32
              %v1498 = arith.mulf %v1496, %v1497 fastmath<contract> : f32
              %v1499 = arith.muli %v27, %v427 : i64
              %v1500 = arith.addi %v1499, %v1399 : i64
              %v1501 = arith.constant 8 : i64
              %v1502 = arith.addi %v1501, %v1095 : i64
              %v1503 = arith.muli %v1502, %size_L : i64
              %v1504 = arith.addi %v1500, %v1503 : i64
              %v1505 = llvm.getelementptr %in_Cm[%v1504] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1506 = llvm.load %v1505 : !llvm.ptr -> f32
              %v1507 = llvm.load %v5 : !llvm.ptr -> f32
              %v1508 = arith.mulf %v1506, %v1507 fastmath<contract> : f32
              %v1509 = arith.addf %v1498, %v1508 fastmath<contract> : f32
              %v1510 = llvm.load %v1400 : !llvm.ptr -> f32
              %v1511 = arith.addf %v1510, %v1509 fastmath<contract> : f32
              llvm.store %v1511, %v1400 : f32, !llvm.ptr
            }
            gpu.barrier
            scf.if %v33 {
              %v1512 = arith.muli %v1095, %v63 : i64
              %v1513 = llvm.getelementptr %v17[%v1512] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1385, %v1513 : f32, !llvm.ptr
              %v1514 = arith.muli %v1095, %v63 : i64
              %v1515 = arith.addi %v1514, %v2 : i64
              %v1516 = llvm.getelementptr %v17[%v1515] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1393, %v1516 : f32, !llvm.ptr
            }
          }
          %v1517 = arith.index_cast %v32 : i64 to index
          %v1518 = arith.index_cast %v115 : i64 to index
          %v1519 = arith.index_cast %v2 : i64 to index
          scf.for %v1520 = %v1517 to %v1518 step %v1519 {
            %v1521 = arith.index_cast %v1520 : index to i64
            %v1522 = arith.addi %v112, %v1521 : i64
            %v1523 = llvm.getelementptr %v105[%v1521] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1524 = llvm.load %v1523 : !llvm.ptr -> f32
            %v1525 = arith.muli %v27, %v119 : i64
            %v1526 = arith.muli %v25, %size_L : i64
            %v1527 = arith.addi %v1525, %v1526 : i64
            %v1528 = arith.addi %v1527, %v1522 : i64
            %v1529 = llvm.getelementptr %in_u[%v1528] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1530 = llvm.load %v1529 : !llvm.ptr -> f32
            %v1531 = arith.mulf %v1530, %v984 fastmath<contract> : f32
            %v1532 = arith.addf %v1524, %v1531 fastmath<contract> : f32
            %v1533 = arith.muli %v27, %v119 : i64
            %v1534 = arith.muli %v25, %size_L : i64
            %v1535 = arith.addi %v1533, %v1534 : i64
            %v1536 = arith.addi %v1535, %v1522 : i64
            %v1537 = llvm.getelementptr %in_z[%v1536] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1538 = llvm.load %v1537 : !llvm.ptr -> f32
            %v1539 = arith.negf %v1538 : f32
            %v1540 = arith.mulf %v1539, %v176 fastmath<contract> : f32
            %v1541 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1540) : (f32) -> f32
            %v1542 = arith.addf %v179, %v1541 fastmath<contract> : f32
            %v1543 = arith.divf %v179, %v1542 : f32
            %v1544 = arith.mulf %v1538, %v1543 fastmath<contract> : f32
            %v1545 = arith.mulf %v1532, %v1544 fastmath<contract> : f32
            scf.if %v22 {
              %v1546 = arith.muli %v27, %v119 : i64
              %v1547 = arith.muli %v25, %size_L : i64
              %v1548 = arith.addi %v1546, %v1547 : i64
              %v1549 = arith.addi %v1548, %v1522 : i64
              %v1550 = llvm.getelementptr %out_y[%v1549] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1545, %v1550 : f32, !llvm.ptr
            }
          }
        }
      }
      // end scan
      gpu.barrier
      %v1551 = arith.andi %v22, %v33 : i1
      %v1552 = arith.index_cast %v32 : i64 to index
      %v1553 = arith.index_cast %v34 : i64 to index
      %v1554 = arith.index_cast %v2 : i64 to index
      scf.for %v1555 = %v1552 to %v1553 step %v1554 {
        %v1556 = arith.index_cast %v1555 : index to i64
        %v1557 = arith.muli %v1556, %v63 : i64
        %v1558 = llvm.getelementptr %v17[%v1557] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1559 = llvm.load %v1558 : !llvm.ptr -> f32
        llvm.store %v1559, %v10 : f32, !llvm.ptr
        %v1560 = arith.muli %v1556, %v63 : i64
        %v1561 = arith.addi %v1560, %v2 : i64
        %v1562 = llvm.getelementptr %v17[%v1561] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1563 = llvm.load %v1562 : !llvm.ptr -> f32
        llvm.store %v1563, %v11 : f32, !llvm.ptr
        %v1564 = llvm.load %v10 : !llvm.ptr -> f32
        %v1565 = llvm.load %v11 : !llvm.ptr -> f32
        scf.if %v1551 {
          %v1566 = arith.muli %v27, %v40 : i64
          %v1567 = arith.muli %v25, %v1 : i64
          %v1568 = arith.addi %v1566, %v1567 : i64
          %v1569 = arith.addi %v1568, %v1556 : i64
          %v1570 = llvm.getelementptr %out_h_last[%v1569] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v1564, %v1570 : f32, !llvm.ptr
          %v1571 = arith.muli %v27, %v40 : i64
          %v1572 = arith.muli %v25, %v1 : i64
          %v1573 = arith.addi %v1571, %v1572 : i64
          %v1574 = arith.constant 8 : i64
          %v1575 = arith.addi %v1574, %v1556 : i64
          %v1576 = arith.addi %v1573, %v1575 : i64
          %v1577 = llvm.getelementptr %out_h_last[%v1576] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v1565, %v1577 : f32, !llvm.ptr
        }
      }
      gpu.return
    }
  }
}
