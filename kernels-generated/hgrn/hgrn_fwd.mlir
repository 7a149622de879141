module attributes {gpu.container_module} {
  gpu.module @linrec {
    llvm.mlir.global internal @warp_a_hgrn_fwd() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<9 x f32>
    llvm.mlir.global internal @warp_b_hgrn_fwd() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<9 x f32>
    gpu.func @hgrn_fwd(%in_g_f: !llvm.ptr, %in_g_c: !llvm.ptr, %in_g_o: !llvm.ptr, %in_gamma: !llvm.ptr, %out_y: !llvm.ptr, %ckpt_h: !llvm.ptr, %size_B: i64, %size_D: i64, %size_L: i64) kernel {
      %v1 = arith.constant 1 : i64
      %v2 = arith.muli %size_B, %size_D : i64
      %v3 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v4 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v5 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v6 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v7 = llvm.mlir.addressof @warp_a_hgrn_fwd : !llvm.ptr<3>
      %v8 = llvm.addrspacecast %v7 : !llvm.ptr<3> to !llvm.ptr
      %v9 = llvm.mlir.addressof @warp_b_hgrn_fwd : !llvm.ptr<3>
      %v10 = llvm.addrspacecast %v9 : !llvm.ptr<3> to !llvm.ptr
      %v22 = arith.constant 32 : i64
      %v25 = arith.constant 0x00000000 : f32
      %v27 = arith.constant 8 : i64
      %v28 = arith.constant 0 : i64
      %v47 = arith.constant 2048 : i64
      %v58 = arith.constant 0x3F800000 : f32
      %v61 = arith.muli %size_L, %size_D : i64
      %v68 = arith.constant 0 : i32
      %v70 = arith.constant 1 : i32
      %v72 = arith.constant 2 : i32
      %v74 = arith.constant 3 : i32
      %v76 = arith.constant 4 : i32
      %v78 = arith.constant 5 : i32
      %v80 = arith.constant 6 : i32
      %v82 = arith.constant 7 : i32
      %v102 = arith.constant 0x3FB8AA3B : f32
      %v143 = arith.constant 2 : i64
      %v165 = arith.constant 3 : i64
      %v187 = arith.constant 4 : i64
      %v209 = arith.constant 5 : i64
      %v231 = arith.constant 6 : i64
      %v253 = arith.constant 7 : i64
      %v315 = arith.constant 32 : i32
      %v346 = arith.constant 8 : i32
      %v357 = arith.constant 16 : i32
      %v365 = arith.constant 16 : i64
      %v369 = arith.constant 31 : i64
      %v380 = arith.constant 256 : i64
      %v386 = arith.constant 9 : i64
      %v530 = arith.constant 64 : i64
      %v537 = arith.muli %size_B, %size_D : i64
      %v777 = arith.muli %size_B, %size_D : i64
      %v11 = gpu.block_id x
      %v12 = gpu.thread_id x
      %v13 = arith.index_cast %v12 : index to i64
      %v14 = arith.index_cast %v11 : index to i64
      %v15 = arith.cmpi slt, %v14, %v2 : i64
      %v16 = arith.subi %v2, %v1 : i64
      %v17 = arith.minsi %v14, %v16 : i64
      %v18 = arith.remui %v17, %size_D : i64
      %v19 = arith.divui %v17, %size_D : i64
      %v20 = arith.remui %v19, %size_B : i64
      %v21 = arith.divui %v19, %size_B : i64
      %v98 = llvm.getelementptr %in_gamma[%v18] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v99 = llvm.load %v98 : !llvm.ptr -> f32
      %v100 = arith.subf %v58, %v99 fastmath<contract> : f32
      %v23 = arith.remui %v13, %v22 : i64
      %v24 = arith.divui %v13, %v22 : i64
      llvm.store %v25, %v3 : f32, !llvm.ptr
      %v26 = llvm.load %v3 : !llvm.ptr -> f32
      llvm.store %v26, %v6 : f32, !llvm.ptr
      %v29 = arith.remui %size_L, %v27 : i64
      %v30 = arith.cmpi eq, %v29, %v28 : i64
      %v31 = llvm.ptrtoint %in_g_f : !llvm.ptr to i64
      %v32 = arith.remui %v31, %v22 : i64
      %v33 = arith.cmpi eq, %v32, %v28 : i64
      %v34 = arith.andi %v30, %v33 : i1
      %v35 = llvm.ptrtoint %in_g_c : !llvm.ptr to i64
      %v36 = arith.remui %v35, %v22 : i64
      %v37 = arith.cmpi eq, %v36, %v28 : i64
      %v38 = arith.andi %v34, %v37 : i1
      %v39 = llvm.ptrtoint %in_g_o : !llvm.ptr to i64
      %v40 = arith.remui %v39, %v22 : i64
      %v41 = arith.cmpi eq, %v40, %v28 : i64
      %v42 = arith.andi %v38, %v41 : i1
      %v43 = llvm.ptrtoint %out_y : !llvm.ptr to i64
      %v44 = arith.remui %v43, %v22 : i64
      %v45 = arith.cmpi eq, %v44, %v28 : i64
      %v46 = arith.andi %v42, %v45 : i1
      // the scan, a tile of threads × K steps at a time
      %v48 = arith.index_cast %v28 : i64 to index
      %v49 = arith.index_cast %size_L : i64 to index
      %v50 = arith.index_cast %v47 : i64 to index
      scf.for %v51 = %v48 to %v49 step %v50 {
        %v52 = arith.index_cast %v51 : index to i64
        %v53 = arith.muli %v13, %v27 : i64
        %v54 = arith.addi %v52, %v53 : i64
        %v55 = arith.subi %size_L, %v54 : i64
        %v56 = arith.maxsi %v55, %v28 : i64
        %v57 = arith.minsi %v56, %v27 : i64
        // 1. this thread's K steps composed into one map (A, B)
        llvm.store %v58, %v4 : f32, !llvm.ptr
        llvm.store %v25, %v5 : f32, !llvm.ptr
        %v59 = arith.cmpi eq, %v57, %v27 : i64
        %v60 = arith.andi %v59, %v46 : i1
        scf.if %v60 {
          %v62 = arith.muli %v20, %v61 : i64
          %v63 = arith.muli %v18, %size_L : i64
          %v64 = arith.addi %v62, %v63 : i64
          %v65 = arith.addi %v64, %v54 : i64
          %v66 = llvm.getelementptr %in_g_f[%v65] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v67 = llvm.load %v66 {alignment = 32 : i64} : !llvm.ptr -> vector<8xf32>
          %v69 = llvm.extractelement %v67[%v68 : i32] : vector<8xf32>
          %v71 = llvm.extractelement %v67[%v70 : i32] : vector<8xf32>
          %v73 = llvm.extractelement %v67[%v72 : i32] : vector<8xf32>
          %v75 = llvm.extractelement %v67[%v74 : i32] : vector<8xf32>
          %v77 = llvm.extractelement %v67[%v76 : i32] : vector<8xf32>
          %v79 = llvm.extractelement %v67[%v78 : i32] : vector<8xf32>
          %v81 = llvm.extractelement %v67[%v80 : i32] : vector<8xf32>
          %v83 = llvm.extractelement %v67[%v82 : i32] : vector<8xf32>
          %v84 = arith.muli %v20, %v61 : i64
          %v85 = arith.muli %v18, %size_L : i64
          %v86 = arith.addi %v84, %v85 : i64
          %v87 = arith.addi %v86, %v54 : i64
          %v88 = llvm.getelementptr %in_g_c[%v87] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v89 = llvm.load %v88 {alignment = 32 : i64} : !llvm.ptr -> vector<8xf32>
          %v90 = llvm.extractelement %v89[%v68 : i32] : vector<8xf32>
          %v91 = llvm.extractelement %v89[%v70 : i32] : vector<8xf32>
          %v92 = llvm.extractelement %v89[%v72 : i32] : vector<8xf32>
          %v93 = llvm.extractelement %v89[%v74 : i32] : vector<8xf32>
          %v94 = llvm.extractelement %v89[%v76 : i32] : vector<8xf32>
          %v95 = llvm.extractelement %v89[%v78 : i32] : vector<8xf32>
          %v96 = llvm.extractelement %v89[%v80 : i32] : vector<8xf32>
          %v97 = llvm.extractelement %v89[%v82 : i32] : vector<8xf32>
          %v101 = arith.negf %v69 : f32
          %v103 = arith.mulf %v101, %v102 fastmath<contract> : f32
          %v104 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v103) : (f32) -> f32
          %v105 = arith.addf %v58, %v104 fastmath<contract> : f32
          %v106 = arith.divf %v58, %v105 : f32
          %v107 = arith.mulf %v100, %v106 fastmath<contract> : f32
          %v108 = arith.addf %v99, %v107 fastmath<contract> : f32
          %v109 = arith.subf %v58, %v108 fastmath<contract> : f32
          %v110 = arith.negf %v90 : f32
          %v111 = arith.mulf %v110, %v102 fastmath<contract> : f32
          %v112 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v111) : (f32) -> f32
          %v113 = arith.addf %v58, %v112 fastmath<contract> : f32
          %v114 = arith.divf %v58, %v113 : f32
          %v115 = arith.mulf %v90, %v114 fastmath<contract> : f32
          %v116 = arith.mulf %v109, %v115 fastmath<contract> : f32
          %v117 = llvm.load %v5 : !llvm.ptr -> f32
          %v118 = arith.mulf %v108, %v117 fastmath<contract> : f32
          %v119 = arith.addf %v118, %v116 fastmath<contract> : f32
          %v120 = llvm.load %v4 : !llvm.ptr -> f32
          %v121 = arith.mulf %v108, %v120 fastmath<contract> : f32
          llvm.store %v119, %v5 : f32, !llvm.ptr
          llvm.store %v121, %v4 : f32, !llvm.ptr
          %v122 = arith.addi %v54, %v1 : i64
          %v123 = arith.negf %v71 : f32
          %v124 = arith.mulf %v123, %v102 fastmath<contract> : f32
          %v125 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v124) : (f32) -> f32
          %v126 = arith.addf %v58, %v125 fastmath<contract> : f32
          %v127 = arith.divf %v58, %v126 : f32
          %v128 = arith.mulf %v100, %v127 fastmath<contract> : f32
          %v129 = arith.addf %v99, %v128 fastmath<contract> : f32
          %v130 = arith.subf %v58, %v129 fastmath<contract> : f32
          %v131 = arith.negf %v91 : f32
          %v132 = arith.mulf %v131, %v102 fastmath<contract> : f32
          %v133 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v132) : (f32) -> f32
          %v134 = arith.addf %v58, %v133 fastmath<contract> : f32
          %v135 = arith.divf %v58, %v134 : f32
          %v136 = arith.mulf %v91, %v135 fastmath<contract> : f32
          %v137 = arith.mulf %v130, %v136 fastmath<contract> : f32
          %v138 = llvm.load %v5 : !llvm.ptr -> f32
          %v139 = arith.mulf %v129, %v138 fastmath<contract> : f32
          %v140 = arith.addf %v139, %v137 fastmath<contract> : f32
          %v141 = llvm.load %v4 : !llvm.ptr -> f32
          %v142 = arith.mulf %v129, %v141 fastmath<contract> : f32
          llvm.store %v140, %v5 : f32, !llvm.ptr
          llvm.store %v142, %v4 : f32, !llvm.ptr
          %v144 = arith.addi %v54, %v143 : i64
          %v145 = arith.negf %v73 : f32
          %v146 = arith.mulf %v145, %v102 fastmath<contract> : f32
          %v147 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v146) : (f32) -> f32
          %v148 = arith.addf %v58, %v147 fastmath<contract> : f32
          %v149 = arith.divf %v58, %v148 : f32
          %v150 = arith.mulf %v100, %v149 fastmath<contract> : f32
          %v151 = arith.addf %v99, %v150 fastmath<contract> : f32
          %v152 = arith.subf %v58, %v151 fastmath<contract> : f32
          %v153 = arith.negf %v92 : f32
          %v154 = arith.mulf %v153, %v102 fastmath<contract> : f32
          %v155 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v154) : (f32) -> f32
          %v156 = arith.addf %v58, %v155 fastmath<contract> : f32
          %v157 = arith.divf %v58, %v156 : f32
          %v158 = arith.mulf %v92, %v157 fastmath<contract> : f32
          %v159 = arith.mulf %v152, %v158 fastmath<contract> : f32
          %v160 = llvm.load %v5 : !llvm.ptr -> f32
          %v161 = arith.mulf %v151, %v160 fastmath<contract> : f32
          %v162 = arith.addf %v161, %v159 fastmath<contract> : f32
          %v163 = llvm.load %v4 : !llvm.ptr -> f32
          %v164 = arith.mulf %v151, %v163 fastmath<contract> : f32
          llvm.store %v162, %v5 : f32, !llvm.ptr
          llvm.store %v164, %v4 : f32, !llvm.ptr
          %v166 = arith.addi %v54, %v165 : i64
          %v167 = arith.negf %v75 : f32
          %v168 = arith.mulf %v167, %v102 fastmath<contract> : f32
          %v169 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v168) : (f32) -> f32
          %v170 = arith.addf %v58, %v169 fastmath<contract> : f32
          %v171 = arith.divf %v58, %v170 : f32
          %v172 = arith.mulf %v100, %v171 fastmath<contract> : f32
          %v173 = arith.addf %v99, %v172 fastmath<contract> : f32
          %v174 = arith.subf %v58, %v173 fastmath<contract> : f32
          %v175 = arith.negf %v93 : f32
          %v176 = arith.mulf %v175, %v102 fastmath<contract> : f32
          %v177 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v176) : (f32) -> f32
          %v178 = arith.addf %v58, %v177 fastmath<contract> : f32
          %v179 = arith.divf %v58, %v178 : f32
          %v180 = arith.mulf %v93, %v179 fastmath<contract> : f32
          %v181 = arith.mulf %v174, %v180 fastmath<contract> : f32
          %v182 = llvm.load %v5 : !llvm.ptr -> f32
          %v183 = arith.mulf %v173, %v182 fastmath<contract> : f32
          %v184 = arith.addf %v183, %v181 fastmath<contract> : f32
          %v185 = llvm.load %v4 : !llvm.ptr -> f32
          %v186 = arith.mulf %v173, %v185 fastmath<contract> : f32
          llvm.store %v184, %v5 : f32, !llvm.ptr
          llvm.store %v186, %v4 : f32, !llvm.ptr
          %v188 = arith.addi %v54, %v187 : i64
          %v189 = arith.negf %v77 : f32
          %v190 = arith.mulf %v189, %v102 fastmath<contract> : f32
          %v191 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v190) : (f32) -> f32
          %v192 = arith.addf %v58, %v191 fastmath<contract> : f32
          %v193 = arith.divf %v58, %v192 : f32
          %v194 = arith.mulf %v100, %v193 fastmath<contract> : f32
          %v195 = arith.addf %v99, %v194 fastmath<contract> : f32
          %v196 = arith.subf %v58, %v195 fastmath<contract> : f32
          %v197 = arith.negf %v94 : f32
          %v198 = arith.mulf %v197, %v102 fastmath<contract> : f32
          %v199 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v198) : (f32) -> f32
          %v200 = arith.addf %v58, %v199 fastmath<contract> : f32
          %v201 = arith.divf %v58, %v200 : f32
          %v202 = arith.mulf %v94, %v201 fastmath<contract> : f32
          %v203 = arith.mulf %v196, %v202 fastmath<contract> : f32
          %v204 = llvm.load %v5 : !llvm.ptr -> f32
          %v205 = arith.mulf %v195, %v204 fastmath<contract> : f32
          %v206 = arith.addf %v205, %v203 fastmath<contract> : f32
          %v207 = llvm.load %v4 : !llvm.ptr -> f32
          %v208 = arith.mulf %v195, %v207 fastmath<contract> : f32
          llvm.store %v206, %v5 : f32, !llvm.ptr
          llvm.store %v208, %v4 : f32, !llvm.ptr
          %v210 = arith.addi %v54, %v209 : i64
          %v211 = arith.negf %v79 : f32
          %v212 = arith.mulf %v211, %v102 fastmath<contract> : f32
          %v213 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v212) : (f32) -> f32
          %v214 = arith.addf %v58, %v213 fastmath<contract> : f32
          %v215 = arith.divf %v58, %v214 : f32
          %v216 = arith.mulf %v100, %v215 fastmath<contract> : f32
          %v217 = arith.addf %v99, %v216 fastmath<contract> : f32
          %v218 = arith.subf %v58, %v217 fastmath<contract> : f32
          %v219 = arith.negf %v95 : f32
          %v220 = arith.mulf %v219, %v102 fastmath<contract> : f32
          %v221 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v220) : (f32) -> f32
          %v222 = arith.addf %v58, %v221 fastmath<contract> : f32
          %v223 = arith.divf %v58, %v222 : f32
          %v224 = arith.mulf %v95, %v223 fastmath<contract> : f32
          %v225 = arith.mulf %v218, %v224 fastmath<contract> : f32
          %v226 = llvm.load %v5 : !llvm.ptr -> f32
          %v227 = arith.mulf %v217, %v226 fastmath<contract> : f32
          %v228 = arith.addf %v227, %v225 fastmath<contract> : f32
          %v229 = llvm.load %v4 : !llvm.ptr -> f32
          %v230 = arith.mulf %v217, %v229 fastmath<contract> : f32
          llvm.store %v228, %v5 : f32, !llvm.ptr
          llvm.store %v230, %v4 : f32, !llvm.ptr
          %v232 = arith.addi %v54, %v231 : i64
          %v233 = arith.negf %v81 : f32
          %v234 = arith.mulf %v233, %v102 fastmath<contract> : f32
          %v235 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v234) : (f32) -> f32
          %v236 = arith.addf %v58, %v235 fastmath<contract> : f32
          %v237 = arith.divf %v58, %v236 : f32
          %v238 = arith.mulf %v100, %v237 fastmath<contract> : f32
          %v239 = arith.addf %v99, %v238 fastmath<contract> : f32
          %v240 = arith.subf %v58, %v239 fastmath<contract> : f32
          %v241 = arith.negf %v96 : f32
          %v242 = arith.mulf %v241, %v102 fastmath<contract> : f32
          %v243 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v242) : (f32) -> f32
          %v244 = arith.addf %v58, %v243 fastmath<contract> : f32
          %v245 = arith.divf %v58, %v244 : f32
          %v246 = arith.mulf %v96, %v245 fastmath<contract> : f32
          %v247 = arith.mulf %v240, %v246 fastmath<contract> : f32
          %v248 = llvm.load %v5 : !llvm.ptr -> f32
          %v249 = arith.mulf %v239, %v248 fastmath<contract> : f32
          %v250 = arith.addf %v249, %v247 fastmath<contract> : f32
          %v251 = llvm.load %v4 : !llvm.ptr -> f32
          %v252 = arith.mulf %v239, %v251 fastmath<contract> : f32
          llvm.store %v250, %v5 : f32, !llvm.ptr
          llvm.store %v252, %v4 : f32, !llvm.ptr
          %v254 = arith.addi %v54, %v253 : i64
          %v255 = arith.negf %v83 : f32
          %v256 = arith.mulf %v255, %v102 fastmath<contract> : f32
          %v257 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v256) : (f32) -> f32
          %v258 = arith.addf %v58, %v257 fastmath<contract> : f32
          %v259 = arith.divf %v58, %v258 : f32
          %v260 = arith.mulf %v100, %v259 fastmath<contract> : f32
          %v261 = arith.addf %v99, %v260 fastmath<contract> : f32
          %v262 = arith.subf %v58, %v261 fastmath<contract> : f32
          %v263 = arith.negf %v97 : f32
          %v264 = arith.mulf %v263, %v102 fastmath<contract> : f32
          %v265 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v264) : (f32) -> f32
          %v266 = arith.addf %v58, %v265 fastmath<contract> : f32
          %v267 = arith.divf %v58, %v266 : f32
          %v268 = arith.mulf %v97, %v267 fastmath<contract> : f32
          %v269 = arith.mulf %v262, %v268 fastmath<contract> : f32
          %v270 = llvm.load %v5 : !llvm.ptr -> f32
          %v271 = arith.mulf %v261, %v270 fastmath<contract> : f32
          %v272 = arith.addf %v271, %v269 fastmath<contract> : f32
          %v273 = llvm.load %v4 : !llvm.ptr -> f32
          %v274 = arith.mulf %v261, %v273 fastmath<contract> : f32
          llvm.store %v272, %v5 : f32, !llvm.ptr
          llvm.store %v274, %v4 : f32, !llvm.ptr
        } else {
          %v275 = arith.index_cast %v28 : i64 to index
          %v276 = arith.index_cast %v57 : i64 to index
          %v277 = arith.index_cast %v1 : i64 to index
          scf.for %v278 = %v275 to %v276 step %v277 {
            %v279 = arith.index_cast %v278 : index to i64
            %v280 = arith.addi %v54, %v279 : i64
            %v281 = arith.muli %v20, %v61 : i64
            %v282 = arith.muli %v18, %size_L : i64
            %v283 = arith.addi %v281, %v282 : i64
            %v284 = arith.addi %v283, %v280 : i64
            %v285 = llvm.getelementptr %in_g_f[%v284] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v286 = llvm.load %v285 : !llvm.ptr -> f32
            %v287 = arith.negf %v286 : f32
            %v288 = arith.mulf %v287, %v102 fastmath<contract> : f32
            %v289 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v288) : (f32) -> f32
            %v290 = arith.addf %v58, %v289 fastmath<contract> : f32
            %v291 = arith.divf %v58, %v290 : f32
            %v292 = arith.mulf %v100, %v291 fastmath<contract> : f32
            %v293 = arith.addf %v99, %v292 fastmath<contract> : f32
            %v294 = arith.subf %v58, %v293 fastmath<contract> : f32
            %v295 = arith.muli %v20, %v61 : i64
            %v296 = arith.muli %v18, %size_L : i64
            %v297 = arith.addi %v295, %v296 : i64
            %v298 = arith.addi %v297, %v280 : i64
            %v299 = llvm.getelementptr %in_g_c[%v298] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v300 = llvm.load %v299 : !llvm.ptr -> f32
            %v301 = arith.negf %v300 : f32
            %v302 = arith.mulf %v301, %v102 fastmath<contract> : f32
            %v303 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v302) : (f32) -> f32
            %v304 = arith.addf %v58, %v303 fastmath<contract> : f32
            %v305 = arith.divf %v58, %v304 : f32
            %v306 = arith.mulf %v300, %v305 fastmath<contract> : f32
            %v307 = arith.mulf %v294, %v306 fastmath<contract> : f32
            %v308 = llvm.load %v5 : !llvm.ptr -> f32
            %v309 = arith.mulf %v293, %v308 fastmath<contract> : f32
            %v310 = arith.addf %v309, %v307 fastmath<contract> : f32
            %v311 = llvm.load %v4 : !llvm.ptr -> f32
            %v312 = arith.mulf %v293, %v311 fastmath<contract> : f32
            llvm.store %v310, %v5 : f32, !llvm.ptr
            llvm.store %v312, %v4 : f32, !llvm.ptr
          }
        }
        // 2. the block's scan of the maps: the state entering each thread's steps
        %v313 = llvm.load %v4 : !llvm.ptr -> f32
        %v314 = llvm.load %v5 : !llvm.ptr -> f32
        %v316, %v317 = gpu.shuffle up %v313, %v70, %v315 : f32
        %v318, %v319 = gpu.shuffle up %v314, %v70, %v315 : f32
        %v320 = arith.mulf %v313, %v316 fastmath<contract> : f32
        %v321 = arith.mulf %v313, %v318 fastmath<contract> : f32
        %v322 = arith.addf %v321, %v314 fastmath<contract> : f32
        %v323 = arith.cmpi uge, %v23, %v1 : i64
        %v324 = arith.select %v323, %v320, %v313 : f32
        %v325 = arith.select %v323, %v322, %v314 : f32
        %v326, %v327 = gpu.shuffle up %v324, %v72, %v315 : f32
        %v328, %v329 = gpu.shuffle up %v325, %v72, %v315 : f32
        %v330 = arith.mulf %v324, %v326 fastmath<contract> : f32
        %v331 = arith.mulf %v324, %v328 fastmath<contract> : f32
        %v332 = arith.addf %v331, %v325 fastmath<contract> : f32
        %v333 = arith.cmpi uge, %v23, %v143 : i64
        %v334 = arith.select %v333, %v330, %v324 : f32
        %v335 = arith.select %v333, %v332, %v325 : f32
        %v336, %v337 = gpu.shuffle up %v334, %v76, %v315 : f32
        %v338, %v339 = gpu.shuffle up %v335, %v76, %v315 : f32
        %v340 = arith.mulf %v334, %v336 fastmath<contract> : f32
        %v341 = arith.mulf %v334, %v338 fastmath<contract> : f32
        %v342 = arith.addf %v341, %v335 fastmath<contract> : f32
        %v343 = arith.cmpi uge, %v23, %v187 : i64
        %v344 = arith.select %v343, %v340, %v334 : f32
        %v345 = arith.select %v343, %v342, %v335 : f32
        %v347, %v348 = gpu.shuffle up %v344, %v346, %v315 : f32
        %v349, %v350 = gpu.shuffle up %v345, %v346, %v315 : f32
        %v351 = arith.mulf %v344, %v347 fastmath<contract> : f32
        %v352 = arith.mulf %v344, %v349 fastmath<contract> : f32
        %v353 = arith.addf %v352, %v345 fastmath<contract> : f32
        %v354 = arith.cmpi uge, %v23, %v27 : i64
        %v355 = arith.select %v354, %v351, %v344 : f32
        %v356 = arith.select %v354, %v353, %v345 : f32
        %v358, %v359 = gpu.shuffle up %v355, %v357, %v315 : f32
        %v360, %v361 = gpu.shuffle up %v356, %v357, %v315 : f32
        %v362 = arith.mulf %v355, %v358 fastmath<contract> : f32
        %v363 = arith.mulf %v355, %v360 fastmath<contract> : f32
        %v364 = arith.addf %v363, %v356 fastmath<contract> : f32
        %v366 = arith.cmpi uge, %v23, %v365 : i64
        %v367 = arith.select %v366, %v362, %v355 : f32
        %v368 = arith.select %v366, %v364, %v356 : f32
        %v370 = arith.cmpi eq, %v23, %v369 : i64
        scf.if %v370 {
          %v371 = llvm.getelementptr %v8[%v24] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v367, %v371 : f32, !llvm.ptr
          %v372 = llvm.getelementptr %v10[%v24] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v368, %v372 : f32, !llvm.ptr
        }
        %v373, %v374 = gpu.shuffle up %v367, %v70, %v315 : f32
        %v375, %v376 = gpu.shuffle up %v368, %v70, %v315 : f32
        %v377 = arith.cmpi eq, %v23, %v28 : i64
        %v378 = arith.select %v377, %v58, %v373 : f32
        %v379 = arith.select %v377, %v25, %v375 : f32
        // across warps: the warps' maps before this one's, and the whole tile's
        gpu.barrier
        %v381 = arith.index_cast %v13 : i64 to index
        %v382 = arith.index_cast %v1 : i64 to index
        %v383 = arith.index_cast %v380 : i64 to index
        scf.for %v384 = %v381 to %v382 step %v383 {
          %v385 = arith.index_cast %v384 : index to i64
          %v387 = arith.muli %v385, %v386 : i64
          %v388 = llvm.getelementptr %v8[%v387] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v389 = llvm.load %v388 : !llvm.ptr -> f32
          %v390 = llvm.getelementptr %v10[%v387] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v391 = llvm.load %v390 : !llvm.ptr -> f32
          %v392 = llvm.getelementptr %v8[%v387] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v58, %v392 : f32, !llvm.ptr
          %v393 = llvm.getelementptr %v10[%v387] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v25, %v393 : f32, !llvm.ptr
          %v394 = arith.mulf %v389, %v58 fastmath<contract> : f32
          %v395 = arith.mulf %v389, %v25 fastmath<contract> : f32
          %v396 = arith.addf %v395, %v391 fastmath<contract> : f32
          %v397 = arith.addi %v387, %v1 : i64
          %v398 = llvm.getelementptr %v8[%v397] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v399 = llvm.load %v398 : !llvm.ptr -> f32
          %v400 = llvm.getelementptr %v10[%v397] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v401 = llvm.load %v400 : !llvm.ptr -> f32
          %v402 = llvm.getelementptr %v8[%v397] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v394, %v402 : f32, !llvm.ptr
          %v403 = llvm.getelementptr %v10[%v397] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v396, %v403 : f32, !llvm.ptr
          %v404 = arith.mulf %v399, %v394 fastmath<contract> : f32
          %v405 = arith.mulf %v399, %v396 fastmath<contract> : f32
          %v406 = arith.addf %v405, %v401 fastmath<contract> : f32
          %v407 = arith.addi %v387, %v143 : i64
          %v408 = llvm.getelementptr %v8[%v407] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v409 = llvm.load %v408 : !llvm.ptr -> f32
          %v410 = llvm.getelementptr %v10[%v407] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v411 = llvm.load %v410 : !llvm.ptr -> f32
          %v412 = llvm.getelementptr %v8[%v407] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v404, %v412 : f32, !llvm.ptr
          %v413 = llvm.getelementptr %v10[%v407] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v406, %v413 : f32, !llvm.ptr
          %v414 = arith.mulf %v409, %v404 fastmath<contract> : f32
          %v415 = arith.mulf %v409, %v406 fastmath<contract> : f32
          %v416 = arith.addf %v415, %v411 fastmath<contract> : f32
          %v417 = arith.addi %v387, %v165 : i64
          %v418 = llvm.getelementptr %v8[%v417] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v419 = llvm.load %v418 : !llvm.ptr -> f32
          %v420 = llvm.getelementptr %v10[%v417] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v421 = llvm.load %v420 : !llvm.ptr -> f32
          %v422 = llvm.getelementptr %v8[%v417] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v414, %v422 : f32, !llvm.ptr
          %v423 = llvm.getelementptr %v10[%v417] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v416, %v423 : f32, !llvm.ptr
          %v424 = arith.mulf %v419, %v414 fastmath<contract> : f32
          %v425 = arith.mulf %v419, %v416 fastmath<contract> : f32
          %v426 = arith.addf %v425, %v421 fastmath<contract> : f32
          %v427 = arith.addi %v387, %v187 : i64
          %v428 = llvm.getelementptr %v8[%v427] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v429 = llvm.load %v428 : !llvm.ptr -> f32
          %v430 = llvm.getelementptr %v10[%v427] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v431 = llvm.load %v430 : !llvm.ptr -> f32
          %v432 = llvm.getelementptr %v8[%v427] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v424, %v432 : f32, !llvm.ptr
          %v433 = llvm.getelementptr %v10[%v427] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v426, %v433 : f32, !llvm.ptr
          %v434 = arith.mulf %v429, %v424 fastmath<contract> : f32
          %v435 = arith.mulf %v429, %v426 fastmath<contract> : f32
          %v436 = arith.addf %v435, %v431 fastmath<contract> : f32
          %v437 = arith.addi %v387, %v209 : i64
          %v438 = llvm.getelementptr %v8[%v437] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v439 = llvm.load %v438 : !llvm.ptr -> f32
          %v440 = llvm.getelementptr %v10[%v437] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v441 = llvm.load %v440 : !llvm.ptr -> f32
          %v442 = llvm.getelementptr %v8[%v437] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v434, %v442 : f32, !llvm.ptr
          %v443 = llvm.getelementptr %v10[%v437] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v436, %v443 : f32, !llvm.ptr
          %v444 = arith.mulf %v439, %v434 fastmath<contract> : f32
          %v445 = arith.mulf %v439, %v436 fastmath<contract> : f32
          %v446 = arith.addf %v445, %v441 fastmath<contract> : f32
          %v447 = arith.addi %v387, %v231 : i64
          %v448 = llvm.getelementptr %v8[%v447] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v449 = llvm.load %v448 : !llvm.ptr -> f32
          %v450 = llvm.getelementptr %v10[%v447] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v451 = llvm.load %v450 : !llvm.ptr -> f32
          %v452 = llvm.getelementptr %v8[%v447] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v444, %v452 : f32, !llvm.ptr
          %v453 = llvm.getelementptr %v10[%v447] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v446, %v453 : f32, !llvm.ptr
          %v454 = arith.mulf %v449, %v444 fastmath<contract> : f32
          %v455 = arith.mulf %v449, %v446 fastmath<contract> : f32
          %v456 = arith.addf %v455, %v451 fastmath<contract> : f32
          %v457 = arith.addi %v387, %v253 : i64
          %v458 = llvm.getelementptr %v8[%v457] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v459 = llvm.load %v458 : !llvm.ptr -> f32
          %v460 = llvm.getelementptr %v10[%v457] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v461 = llvm.load %v460 : !llvm.ptr -> f32
          %v462 = llvm.getelementptr %v8[%v457] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v454, %v462 : f32, !llvm.ptr
          %v463 = llvm.getelementptr %v10[%v457] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v456, %v463 : f32, !llvm.ptr
          %v464 = arith.mulf %v459, %v454 fastmath<contract> : f32
          %v465 = arith.mulf %v459, %v456 fastmath<contract> : f32
          %v466 = arith.addf %v465, %v461 fastmath<contract> : f32
          %v467 = arith.addi %v387, %v27 : i64
          %v468 = llvm.getelementptr %v8[%v467] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v464, %v468 : f32, !llvm.ptr
          %v469 = llvm.getelementptr %v10[%v467] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v466, %v469 : f32, !llvm.ptr
        }
        gpu.barrier
        %v470 = llvm.getelementptr %v8[%v24] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v471 = llvm.load %v470 : !llvm.ptr -> f32
        %v472 = llvm.getelementptr %v10[%v24] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v473 = llvm.load %v472 : !llvm.ptr -> f32
        %v474 = llvm.getelementptr %v8[%v27] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v475 = llvm.load %v474 : !llvm.ptr -> f32
        %v476 = llvm.getelementptr %v10[%v27] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v477 = llvm.load %v476 : !llvm.ptr -> f32
        %v478 = arith.mulf %v378, %v471 fastmath<contract> : f32
        %v479 = arith.mulf %v378, %v473 fastmath<contract> : f32
        %v480 = arith.addf %v479, %v379 fastmath<contract> : f32
        %v481 = llvm.load %v6 : !llvm.ptr -> f32
        %v482 = arith.mulf %v478, %v481 fastmath<contract> : f32
        %v483 = arith.addf %v482, %v480 fastmath<contract> : f32
        llvm.store %v483, %v3 : f32, !llvm.ptr
        %v484 = arith.mulf %v475, %v481 fastmath<contract> : f32
        %v485 = arith.addf %v484, %v477 fastmath<contract> : f32
        llvm.store %v485, %v6 : f32, !llvm.ptr
        // 3. the K steps again from the state entering them: outputs, checkpoints
        %v486 = arith.cmpi eq, %v57, %v27 : i64
        %v487 = arith.andi %v486, %v46 : i1
        scf.if %v487 {
          %v488 = arith.muli %v20, %v61 : i64
          %v489 = arith.muli %v18, %size_L : i64
          %v490 = arith.addi %v488, %v489 : i64
          %v491 = arith.addi %v490, %v54 : i64
          %v492 = llvm.getelementptr %in_g_f[%v491] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v493 = llvm.load %v492 {alignment = 32 : i64} : !llvm.ptr -> vector<8xf32>
          %v494 = llvm.extractelement %v493[%v68 : i32] : vector<8xf32>
          %v495 = llvm.extractelement %v493[%v70 : i32] : vector<8xf32>
          %v496 = llvm.extractelement %v493[%v72 : i32] : vector<8xf32>
          %v497 = llvm.extractelement %v493[%v74 : i32] : vector<8xf32>
          %v498 = llvm.extractelement %v493[%v76 : i32] : vector<8xf32>
          %v499 = llvm.extractelement %v493[%v78 : i32] : vector<8xf32>
          %v500 = llvm.extractelement %v493[%v80 : i32] : vector<8xf32>
          %v501 = llvm.extractelement %v493[%v82 : i32] : vector<8xf32>
          %v502 = arith.muli %v20, %v61 : i64
          %v503 = arith.muli %v18, %size_L : i64
          %v504 = arith.addi %v502, %v503 : i64
          %v505 = arith.addi %v504, %v54 : i64
          %v506 = llvm.getelementptr %in_g_c[%v505] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v507 = llvm.load %v506 {alignment = 32 : i64} : !llvm.ptr -> vector<8xf32>
          %v508 = llvm.extractelement %v507[%v68 : i32] : vector<8xf32>
          %v509 = llvm.extractelement %v507[%v70 : i32] : vector<8xf32>
          %v510 = llvm.extractelement %v507[%v72 : i32] : vector<8xf32>
          %v511 = llvm.extractelement %v507[%v74 : i32] : vector<8xf32>
          %v512 = llvm.extractelement %v507[%v76 : i32] : vector<8xf32>
          %v513 = llvm.extractelement %v507[%v78 : i32] : vector<8xf32>
          %v514 = llvm.extractelement %v507[%v80 : i32] : vector<8xf32>
          %v515 = llvm.extractelement %v507[%v82 : i32] : vector<8xf32>
          %v516 = arith.muli %v20, %v61 : i64
          %v517 = arith.muli %v18, %size_L : i64
          %v518 = arith.addi %v516, %v517 : i64
          %v519 = arith.addi %v518, %v54 : i64
          %v520 = llvm.getelementptr %in_g_o[%v519] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v521 = llvm.load %v520 {alignment = 32 : i64} : !llvm.ptr -> vector<8xf32>
          %v522 = llvm.extractelement %v521[%v68 : i32] : vector<8xf32>
          %v523 = llvm.extractelement %v521[%v70 : i32] : vector<8xf32>
          %v524 = llvm.extractelement %v521[%v72 : i32] : vector<8xf32>
          %v525 = llvm.extractelement %v521[%v74 : i32] : vector<8xf32>
          %v526 = llvm.extractelement %v521[%v76 : i32] : vector<8xf32>
          %v527 = llvm.extractelement %v521[%v78 : i32] : vector<8xf32>
          %v528 = llvm.extractelement %v521[%v80 : i32] : vector<8xf32>
          %v529 = llvm.extractelement %v521[%v82 : i32] : vector<8xf32>
          // save the states at checkpoint steps (when given somewhere to save them)
          %v531 = arith.remui %v54, %v530 : i64
          %v532 = arith.cmpi eq, %v531, %v28 : i64
          %v533 = arith.andi %v532, %v15 : i1
          scf.if %v533 {
            %v534 = arith.divui %v54, %v530 : i64
            %v535 = llvm.mlir.zero : !llvm.ptr
            %v536 = llvm.icmp "ne" %ckpt_h, %v535 : !llvm.ptr
            scf.if %v536 {
              %v538 = arith.muli %v534, %v537 : i64
              %v539 = llvm.load %v3 : !llvm.ptr -> f32
              %v540 = arith.muli %v20, %size_D : i64
              %v541 = arith.addi %v540, %v18 : i64
              %v542 = arith.addi %v538, %v541 : i64
              %v543 = llvm.getelementptr %ckpt_h[%v542] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v539, %v543 : f32, !llvm.ptr
            }
          }
          // end save
          %v544 = arith.negf %v494 : f32
          %v545 = arith.mulf %v544, %v102 fastmath<contract> : f32
          %v546 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v545) : (f32) -> f32
          %v547 = arith.addf %v58, %v546 fastmath<contract> : f32
          %v548 = arith.divf %v58, %v547 : f32
          %v549 = arith.mulf %v100, %v548 fastmath<contract> : f32
          %v550 = arith.addf %v99, %v549 fastmath<contract> : f32
          %v551 = arith.subf %v58, %v550 fastmath<contract> : f32
          %v552 = arith.negf %v508 : f32
          %v553 = arith.mulf %v552, %v102 fastmath<contract> : f32
          %v554 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v553) : (f32) -> f32
          %v555 = arith.addf %v58, %v554 fastmath<contract> : f32
          %v556 = arith.divf %v58, %v555 : f32
          %v557 = arith.mulf %v508, %v556 fastmath<contract> : f32
          %v558 = arith.mulf %v551, %v557 fastmath<contract> : f32
          %v559 = llvm.load %v3 : !llvm.ptr -> f32
          %v560 = arith.mulf %v550, %v559 fastmath<contract> : f32
          %v561 = arith.addf %v560, %v558 fastmath<contract> : f32
          llvm.store %v561, %v3 : f32, !llvm.ptr
          %v562 = llvm.load %v3 : !llvm.ptr -> f32
          %v563 = arith.negf %v522 : f32
          %v564 = arith.mulf %v563, %v102 fastmath<contract> : f32
          %v565 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v564) : (f32) -> f32
          %v566 = arith.addf %v58, %v565 fastmath<contract> : f32
          %v567 = arith.divf %v58, %v566 : f32
          %v568 = arith.mulf %v562, %v567 fastmath<contract> : f32
          %v569 = arith.addi %v54, %v1 : i64
          %v570 = arith.negf %v495 : f32
          %v571 = arith.mulf %v570, %v102 fastmath<contract> : f32
          %v572 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v571) : (f32) -> f32
          %v573 = arith.addf %v58, %v572 fastmath<contract> : f32
          %v574 = arith.divf %v58, %v573 : f32
          %v575 = arith.mulf %v100, %v574 fastmath<contract> : f32
          %v576 = arith.addf %v99, %v575 fastmath<contract> : f32
          %v577 = arith.subf %v58, %v576 fastmath<contract> : f32
          %v578 = arith.negf %v509 : f32
          %v579 = arith.mulf %v578, %v102 fastmath<contract> : f32
          %v580 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v579) : (f32) -> f32
          %v581 = arith.addf %v58, %v580 fastmath<contract> : f32
          %v582 = arith.divf %v58, %v581 : f32
          %v583 = arith.mulf %v509, %v582 fastmath<contract> : f32
          %v584 = arith.mulf %v577, %v583 fastmath<contract> : f32
          %v585 = llvm.load %v3 : !llvm.ptr -> f32
          %v586 = arith.mulf %v576, %v585 fastmath<contract> : f32
          %v587 = arith.addf %v586, %v584 fastmath<contract> : f32
          llvm.store %v587, %v3 : f32, !llvm.ptr
          %v588 = llvm.load %v3 : !llvm.ptr -> f32
          %v589 = arith.negf %v523 : f32
          %v590 = arith.mulf %v589, %v102 fastmath<contract> : f32
          %v591 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v590) : (f32) -> f32
          %v592 = arith.addf %v58, %v591 fastmath<contract> : f32
          %v593 = arith.divf %v58, %v592 : f32
          %v594 = arith.mulf %v588, %v593 fastmath<contract> : f32
          %v595 = arith.addi %v54, %v143 : i64
          %v596 = arith.negf %v496 : f32
          %v597 = arith.mulf %v596, %v102 fastmath<contract> : f32
          %v598 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v597) : (f32) -> f32
          %v599 = arith.addf %v58, %v598 fastmath<contract> : f32
          %v600 = arith.divf %v58, %v599 : f32
          %v601 = arith.mulf %v100, %v600 fastmath<contract> : f32
          %v602 = arith.addf %v99, %v601 fastmath<contract> : f32
          %v603 = arith.subf %v58, %v602 fastmath<contract> : f32
          %v604 = arith.negf %v510 : f32
          %v605 = arith.mulf %v604, %v102 fastmath<contract> : f32
          %v606 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v605) : (f32) -> f32
          %v607 = arith.addf %v58, %v606 fastmath<contract> : f32
          %v608 = arith.divf %v58, %v607 : f32
          %v609 = arith.mulf %v510, %v608 fastmath<contract> : f32
          %v610 = arith.mulf %v603, %v609 fastmath<contract> : f32
          %v611 = llvm.load %v3 : !llvm.ptr -> f32
          %v612 = arith.mulf %v602, %v611 fastmath<contract> : f32
          %v613 = arith.addf %v612, %v610 fastmath<contract> : f32
          llvm.store %v613, %v3 : f32, !llvm.ptr
          %v614 = llvm.load %v3 : !llvm.ptr -> f32
          %v615 = arith.negf %v524 : f32
          %v616 = arith.mulf %v615, %v102 fastmath<contract> : f32
          %v617 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v616) : (f32) -> f32
          %v618 = arith.addf %v58, %v617 fastmath<contract> : f32
          %v619 = arith.divf %v58, %v618 : f32
          %v620 = arith.mulf %v614, %v619 fastmath<contract> : f32
          %v621 = arith.addi %v54, %v165 : i64
          %v622 = arith.negf %v497 : f32
          %v623 = arith.mulf %v622, %v102 fastmath<contract> : f32
          %v624 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v623) : (f32) -> f32
          %v625 = arith.addf %v58, %v624 fastmath<contract> : f32
          %v626 = arith.divf %v58, %v625 : f32
          %v627 = arith.mulf %v100, %v626 fastmath<contract> : f32
          %v628 = arith.addf %v99, %v627 fastmath<contract> : f32
          %v629 = arith.subf %v58, %v628 fastmath<contract> : f32
          %v630 = arith.negf %v511 : f32
          %v631 = arith.mulf %v630, %v102 fastmath<contract> : f32
          %v632 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v631) : (f32) -> f32
          %v633 = arith.addf %v58, %v632 fastmath<contract> : f32
          %v634 = arith.divf %v58, %v633 : f32
          %v635 = arith.mulf %v511, %v634 fastmath<contract> : f32
          %v636 = arith.mulf %v629, %v635 fastmath<contract> : f32
          %v637 = llvm.load %v3 : !llvm.ptr -> f32
          %v638 = arith.mulf %v628, %v637 fastmath<contract> : f32
          %v639 = arith.addf %v638, %v636 fastmath<contract> : f32
          llvm.store %v639, %v3 : f32, !llvm.ptr
          %v640 = llvm.load %v3 : !llvm.ptr -> f32
          %v641 = arith.negf %v525 : f32
          %v642 = arith.mulf %v641, %v102 fastmath<contract> : f32
          %v643 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v642) : (f32) -> f32
          %v644 = arith.addf %v58, %v643 fastmath<contract> : f32
          %v645 = arith.divf %v58, %v644 : f32
          %v646 = arith.mulf %v640, %v645 fastmath<contract> : f32
          %v647 = arith.addi %v54, %v187 : i64
          %v648 = arith.negf %v498 : f32
          %v649 = arith.mulf %v648, %v102 fastmath<contract> : f32
          %v650 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v649) : (f32) -> f32
          %v651 = arith.addf %v58, %v650 fastmath<contract> : f32
          %v652 = arith.divf %v58, %v651 : f32
          %v653 = arith.mulf %v100, %v652 fastmath<contract> : f32
          %v654 = arith.addf %v99, %v653 fastmath<contract> : f32
          %v655 = arith.subf %v58, %v654 fastmath<contract> : f32
          %v656 = arith.negf %v512 : f32
          %v657 = arith.mulf %v656, %v102 fastmath<contract> : f32
          %v658 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v657) : (f32) -> f32
          %v659 = arith.addf %v58, %v658 fastmath<contract> : f32
          %v660 = arith.divf %v58, %v659 : f32
          %v661 = arith.mulf %v512, %v660 fastmath<contract> : f32
          %v662 = arith.mulf %v655, %v661 fastmath<contract> : f32
          %v663 = llvm.load %v3 : !llvm.ptr -> f32
          %v664 = arith.mulf %v654, %v663 fastmath<contract> : f32
          %v665 = arith.addf %v664, %v662 fastmath<contract> : f32
          llvm.store %v665, %v3 : f32, !llvm.ptr
          %v666 = llvm.load %v3 : !llvm.ptr -> f32
          %v667 = arith.negf %v526 : f32
          %v668 = arith.mulf %v667, %v102 fastmath<contract> : f32
          %v669 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v668) : (f32) -> f32
          %v670 = arith.addf %v58, %v669 fastmath<contract> : f32
          %v671 = arith.divf %v58, %v670 : f32
          %v672 = arith.mulf %v666, %v671 fastmath<contract> : f32
          %v673 = arith.addi %v54, %v209 : i64
          %v674 = arith.negf %v499 : f32
          %v675 = arith.mulf %v674, %v102 fastmath<contract> : f32
          %v676 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v675) : (f32) -> f32
          %v677 = arith.addf %v58, %v676 fastmath<contract> : f32
          %v678 = arith.divf %v58, %v677 : f32
          %v679 = arith.mulf %v100, %v678 fastmath<contract> : f32
          %v680 = arith.addf %v99, %v679 fastmath<contract> : f32
          %v681 = arith.subf %v58, %v680 fastmath<contract> : f32
          %v682 = arith.negf %v513 : f32
          %v683 = arith.mulf %v682, %v102 fastmath<contract> : f32
          %v684 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v683) : (f32) -> f32
          %v685 = arith.addf %v58, %v684 fastmath<contract> : f32
          %v686 = arith.divf %v58, %v685 : f32
          %v687 = arith.mulf %v513, %v686 fastmath<contract> : f32
          %v688 = arith.mulf %v681, %v687 fastmath<contract> : f32
          %v689 = llvm.load %v3 : !llvm.ptr -> f32
          %v690 = arith.mulf %v680, %v689 fastmath<contract> : f32
          %v691 = arith.addf %v690, %v688 fastmath<contract> : f32
          llvm.store %v691, %v3 : f32, !llvm.ptr
          %v692 = llvm.load %v3 : !llvm.ptr -> f32
          %v693 = arith.negf %v527 : f32
          %v694 = arith.mulf %v693, %v102 fastmath<contract> : f32
          %v695 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v694) : (f32) -> f32
          %v696 = arith.addf %v58, %v695 fastmath<contract> : f32
          %v697 = arith.divf %v58, %v696 : f32
          %v698 = arith.mulf %v692, %v697 fastmath<contract> : f32
          %v699 = arith.addi %v54, %v231 : i64
          %v700 = arith.negf %v500 : f32
          %v701 = arith.mulf %v700, %v102 fastmath<contract> : f32
          %v702 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v701) : (f32) -> f32
          %v703 = arith.addf %v58, %v702 fastmath<contract> : f32
          %v704 = arith.divf %v58, %v703 : f32
          %v705 = arith.mulf %v100, %v704 fastmath<contract> : f32
          %v706 = arith.addf %v99, %v705 fastmath<contract> : f32
          %v707 = arith.subf %v58, %v706 fastmath<contract> : f32
          %v708 = arith.negf %v514 : f32
          %v709 = arith.mulf %v708, %v102 fastmath<contract> : f32
          %v710 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v709) : (f32) -> f32
          %v711 = arith.addf %v58, %v710 fastmath<contract> : f32
          %v712 = arith.divf %v58, %v711 : f32
          %v713 = arith.mulf %v514, %v712 fastmath<contract> : f32
          %v714 = arith.mulf %v707, %v713 fastmath<contract> : f32
          %v715 = llvm.load %v3 : !llvm.ptr -> f32
          %v716 = arith.mulf %v706, %v715 fastmath<contract> : f32
          %v717 = arith.addf %v716, %v714 fastmath<contract> : f32
          llvm.store %v717, %v3 : f32, !llvm.ptr
          %v718 = llvm.load %v3 : !llvm.ptr -> f32
          %v719 = arith.negf %v528 : f32
          %v720 = arith.mulf %v719, %v102 fastmath<contract> : f32
          %v721 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v720) : (f32) -> f32
          %v722 = arith.addf %v58, %v721 fastmath<contract> : f32
          %v723 = arith.divf %v58, %v722 : f32
          %v724 = arith.mulf %v718, %v723 fastmath<contract> : f32
          %v725 = arith.addi %v54, %v253 : i64
          %v726 = arith.negf %v501 : f32
          %v727 = arith.mulf %v726, %v102 fastmath<contract> : f32
          %v728 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v727) : (f32) -> f32
          %v729 = arith.addf %v58, %v728 fastmath<contract> : f32
          %v730 = arith.divf %v58, %v729 : f32
          %v731 = arith.mulf %v100, %v730 fastmath<contract> : f32
          %v732 = arith.addf %v99, %v731 fastmath<contract> : f32
          %v733 = arith.subf %v58, %v732 fastmath<contract> : f32
          %v734 = arith.negf %v515 : f32
          %v735 = arith.mulf %v734, %v102 fastmath<contract> : f32
          %v736 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v735) : (f32) -> f32
          %v737 = arith.addf %v58, %v736 fastmath<contract> : f32
          %v738 = arith.divf %v58, %v737 : f32
          %v739 = arith.mulf %v515, %v738 fastmath<contract> : f32
          %v740 = arith.mulf %v733, %v739 fastmath<contract> : f32
          %v741 = llvm.load %v3 : !llvm.ptr -> f32
          %v742 = arith.mulf %v732, %v741 fastmath<contract> : f32
          %v743 = arith.addf %v742, %v740 fastmath<contract> : f32
          llvm.store %v743, %v3 : f32, !llvm.ptr
          %v744 = llvm.load %v3 : !llvm.ptr -> f32
          %v745 = arith.negf %v529 : f32
          %v746 = arith.mulf %v745, %v102 fastmath<contract> : f32
          %v747 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v746) : (f32) -> f32
          %v748 = arith.addf %v58, %v747 fastmath<contract> : f32
          %v749 = arith.divf %v58, %v748 : f32
          %v750 = arith.mulf %v744, %v749 fastmath<contract> : f32
          %v751 = llvm.mlir.undef : vector<8xf32>
          %v752 = llvm.insertelement %v568, %v751[%v68 : i32] : vector<8xf32>
          %v753 = llvm.insertelement %v594, %v752[%v70 : i32] : vector<8xf32>
          %v754 = llvm.insertelement %v620, %v753[%v72 : i32] : vector<8xf32>
          %v755 = llvm.insertelement %v646, %v754[%v74 : i32] : vector<8xf32>
          %v756 = llvm.insertelement %v672, %v755[%v76 : i32] : vector<8xf32>
          %v757 = llvm.insertelement %v698, %v756[%v78 : i32] : vector<8xf32>
          %v758 = llvm.insertelement %v724, %v757[%v80 : i32] : vector<8xf32>
          %v759 = llvm.insertelement %v750, %v758[%v82 : i32] : vector<8xf32>
          %v760 = arith.muli %v20, %v61 : i64
          %v761 = arith.muli %v18, %size_L : i64
          %v762 = arith.addi %v760, %v761 : i64
          %v763 = arith.addi %v762, %v54 : i64
          %v764 = llvm.getelementptr %out_y[%v763] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          scf.if %v15 {
            llvm.store %v759, %v764 {alignment = 32 : i64} : vector<8xf32>, !llvm.ptr
          }
        } else {
          %v765 = arith.index_cast %v28 : i64 to index
          %v766 = arith.index_cast %v57 : i64 to index
          %v767 = arith.index_cast %v1 : i64 to index
          scf.for %v768 = %v765 to %v766 step %v767 {
            %v769 = arith.index_cast %v768 : index to i64
            %v770 = arith.addi %v54, %v769 : i64
            // save the states at checkpoint steps (when given somewhere to save them)
            %v771 = arith.remui %v770, %v530 : i64
            %v772 = arith.cmpi eq, %v771, %v28 : i64
            %v773 = arith.andi %v772, %v15 : i1
            scf.if %v773 {
              %v774 = arith.divui %v770, %v530 : i64
              %v775 = llvm.mlir.zero : !llvm.ptr
              %v776 = llvm.icmp "ne" %ckpt_h, %v775 : !llvm.ptr
              scf.if %v776 {
                %v778 = arith.muli %v774, %v777 : i64
                %v779 = llvm.load %v3 : !llvm.ptr -> f32
                %v780 = arith.muli %v20, %size_D : i64
                %v781 = arith.addi %v780, %v18 : i64
                %v782 = arith.addi %v778, %v781 : i64
                %v783 = llvm.getelementptr %ckpt_h[%v782] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                llvm.store %v779, %v783 : f32, !llvm.ptr
              }
            }
            // end save
            %v784 = arith.muli %v20, %v61 : i64
            %v785 = arith.muli %v18, %size_L : i64
            %v786 = arith.addi %v784, %v785 : i64
            %v787 = arith.addi %v786, %v770 : i64
            %v788 = llvm.getelementptr %in_g_f[%v787] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v789 = llvm.load %v788 : !llvm.ptr -> f32
            %v790 = arith.negf %v789 : f32
            %v791 = arith.mulf %v790, %v102 fastmath<contract> : f32
            %v792 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v791) : (f32) -> f32
            %v793 = arith.addf %v58, %v792 fastmath<contract> : f32
            %v794 = arith.divf %v58, %v793 : f32
            %v795 = arith.mulf %v100, %v794 fastmath<contract> : f32
            %v796 = arith.addf %v99, %v795 fastmath<contract> : f32
            %v797 = arith.subf %v58, %v796 fastmath<contract> : f32
            %v798 = arith.muli %v20, %v61 : i64
            %v799 = arith.muli %v18, %size_L : i64
            %v800 = arith.addi %v798, %v799 : i64
            %v801 = arith.addi %v800, %v770 : i64
            %v802 = llvm.getelementptr %in_g_c[%v801] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v803 = llvm.load %v802 : !llvm.ptr -> f32
            %v804 = arith.negf %v803 : f32
            %v805 = arith.mulf %v804, %v102 fastmath<contract> : f32
            %v806 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v805) : (f32) -> f32
            %v807 = arith.addf %v58, %v806 fastmath<contract> : f32
            %v808 = arith.divf %v58, %v807 : f32
            %v809 = arith.mulf %v803, %v808 fastmath<contract> : f32
            %v810 = arith.mulf %v797, %v809 fastmath<contract> : f32
            %v811 = llvm.load %v3 : !llvm.ptr -> f32
            %v812 = arith.mulf %v796, %v811 fastmath<contract> : f32
            %v813 = arith.addf %v812, %v810 fastmath<contract> : f32
            llvm.store %v813, %v3 : f32, !llvm.ptr
            %v814 = llvm.load %v3 : !llvm.ptr -> f32
            %v815 = arith.muli %v20, %v61 : i64
            %v816 = arith.muli %v18, %size_L : i64
            %v817 = arith.addi %v815, %v816 : i64
            %v818 = arith.addi %v817, %v770 : i64
            %v819 = llvm.getelementptr %in_g_o[%v818] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v820 = llvm.load %v819 : !llvm.ptr -> f32
            %v821 = arith.negf %v820 : f32
            %v822 = arith.mulf %v821, %v102 fastmath<contract> : f32
            %v823 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v822) : (f32) -> f32
            %v824 = arith.addf %v58, %v823 fastmath<contract> : f32
            %v825 = arith.divf %v58, %v824 : f32
            %v826 = arith.mulf %v814, %v825 fastmath<contract> : f32
            scf.if %v15 {
              %v827 = arith.muli %v20, %v61 : i64
              %v828 = arith.muli %v18, %size_L : i64
              %v829 = arith.addi %v827, %v828 : i64
              %v830 = arith.addi %v829, %v770 : i64
              %v831 = llvm.getelementptr %out_y[%v830] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v826, %v831 : f32, !llvm.ptr
            }
          }
        }
        gpu.barrier
      }
      // end scan
      %v832 = arith.cmpi eq, %v13, %v28 : i64
      %v833 = arith.andi %v15, %v832 : i1
      gpu.return
    }
  }
}
