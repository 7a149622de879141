module attributes {gpu.container_module} {
  gpu.module @linrec {
    llvm.mlir.global internal @warp_a_hgrn_fwd() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<9 x f32>
    llvm.mlir.global internal @warp_b_hgrn_fwd() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<9 x f32>
    gpu.func @hgrn_fwd(%in_g_f: !llvm.ptr, %in_g_c: !llvm.ptr, %in_g_o: !llvm.ptr, %in_gamma: !llvm.ptr, %out_y: !llvm.ptr, %ckpt_h: !llvm.ptr, %size_B: i64, %size_D: i64, %size_L: i64) kernel {
      %v1 = arith.constant 1 : i64
      %v2 = arith.muli %v1, %size_B : i64
      %v3 = arith.muli %v2, %size_D : i64
      %v4 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v5 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v6 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v7 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v8 = llvm.mlir.addressof @warp_a_hgrn_fwd : !llvm.ptr<3>
      %v9 = llvm.addrspacecast %v8 : !llvm.ptr<3> to !llvm.ptr
      %v10 = llvm.mlir.addressof @warp_b_hgrn_fwd : !llvm.ptr<3>
      %v11 = llvm.addrspacecast %v10 : !llvm.ptr<3> to !llvm.ptr
      %v23 = arith.constant 32 : i64
      %v26 = arith.constant 0x00000000 : f32
      %v28 = arith.constant 8 : i64
      %v29 = arith.constant 0 : i64
      %v48 = arith.constant 2048 : i64
      %v59 = arith.constant 0x3F800000 : f32
      %v62 = arith.muli %v1, %size_L : i64
      %v63 = arith.muli %v62, %size_D : i64
      %v71 = arith.constant 0 : i32
      %v73 = arith.constant 1 : i32
      %v75 = arith.constant 2 : i32
      %v77 = arith.constant 3 : i32
      %v79 = arith.constant 4 : i32
      %v81 = arith.constant 5 : i32
      %v83 = arith.constant 6 : i32
      %v85 = arith.constant 7 : i32
      %v108 = arith.constant 0x3FB8AA3B : f32
      %v149 = arith.constant 2 : i64
      %v171 = arith.constant 3 : i64
      %v193 = arith.constant 4 : i64
      %v215 = arith.constant 5 : i64
      %v237 = arith.constant 6 : i64
      %v259 = arith.constant 7 : i64
      %v323 = arith.constant 32 : i32
      %v354 = arith.constant 8 : i32
      %v365 = arith.constant 16 : i32
      %v373 = arith.constant 16 : i64
      %v377 = arith.constant 31 : i64
      %v390 = arith.constant 256 : i64
      %v396 = arith.constant 9 : i64
      %v547 = arith.constant 64 : i64
      %v554 = arith.muli %v1, %size_B : i64
      %v555 = arith.muli %v554, %size_D : i64
      %v558 = arith.muli %v1, %size_D : i64
      %v798 = arith.muli %v1, %size_B : i64
      %v799 = arith.muli %v798, %size_D : i64
      %v12 = gpu.block_id x
      %v13 = gpu.thread_id x
      %v14 = arith.index_cast %v13 : index to i64
      %v15 = arith.index_cast %v12 : index to i64
      %v16 = arith.cmpi slt, %v15, %v3 : i64
      %v17 = arith.subi %v3, %v1 : i64
      %v18 = arith.minsi %v15, %v17 : i64
      %v19 = arith.remui %v18, %size_D : i64
      %v20 = arith.divui %v18, %size_D : i64
      %v21 = arith.remui %v20, %size_B : i64
      %v22 = arith.divui %v20, %size_B : i64
      %v103 = arith.muli %v19, %v1 : i64
      %v104 = llvm.getelementptr %in_gamma[%v103] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v105 = llvm.load %v104 : !llvm.ptr -> f32
      %v106 = arith.subf %v59, %v105 fastmath<contract> : f32
      %v24 = arith.remui %v14, %v23 : i64
      %v25 = arith.divui %v14, %v23 : i64
      llvm.store %v26, %v4 : f32, !llvm.ptr
      %v27 = llvm.load %v4 : !llvm.ptr -> f32
      llvm.store %v27, %v7 : f32, !llvm.ptr
      %v30 = arith.remui %size_L, %v28 : i64
      %v31 = arith.cmpi eq, %v30, %v29 : i64
      %v32 = llvm.ptrtoint %in_g_f : !llvm.ptr to i64
      %v33 = arith.remui %v32, %v23 : i64
      %v34 = arith.cmpi eq, %v33, %v29 : i64
      %v35 = arith.andi %v31, %v34 : i1
      %v36 = llvm.ptrtoint %in_g_c : !llvm.ptr to i64
      %v37 = arith.remui %v36, %v23 : i64
      %v38 = arith.cmpi eq, %v37, %v29 : i64
      %v39 = arith.andi %v35, %v38 : i1
      %v40 = llvm.ptrtoint %in_g_o : !llvm.ptr to i64
      %v41 = arith.remui %v40, %v23 : i64
      %v42 = arith.cmpi eq, %v41, %v29 : i64
      %v43 = arith.andi %v39, %v42 : i1
      %v44 = llvm.ptrtoint %out_y : !llvm.ptr to i64
      %v45 = arith.remui %v44, %v23 : i64
      %v46 = arith.cmpi eq, %v45, %v29 : i64
      %v47 = arith.andi %v43, %v46 : i1
      // the scan, a tile of threads × K steps at a time
      %v49 = arith.index_cast %v29 : i64 to index
      %v50 = arith.index_cast %size_L : i64 to index
      %v51 = arith.index_cast %v48 : i64 to index
      scf.for %v52 = %v49 to %v50 step %v51 {
        %v53 = arith.index_cast %v52 : index to i64
        %v54 = arith.muli %v14, %v28 : i64
        %v55 = arith.addi %v53, %v54 : i64
        %v56 = arith.subi %size_L, %v55 : i64
        %v57 = arith.maxsi %v56, %v29 : i64
        %v58 = arith.minsi %v57, %v28 : i64
        // 1. this thread's K steps composed into one map (A, B)
        llvm.store %v59, %v5 : f32, !llvm.ptr
        llvm.store %v26, %v6 : f32, !llvm.ptr
        %v60 = arith.cmpi eq, %v58, %v28 : i64
        %v61 = arith.andi %v60, %v47 : i1
        scf.if %v61 {
          %v64 = arith.muli %v21, %v63 : i64
          %v65 = arith.muli %v19, %v62 : i64
          %v66 = arith.addi %v64, %v65 : i64
          %v67 = arith.muli %v55, %v1 : i64
          %v68 = arith.addi %v66, %v67 : i64
          %v69 = llvm.getelementptr %in_g_f[%v68] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v70 = llvm.load %v69 {alignment = 32 : i64} : !llvm.ptr -> vector<8xf32>
          %v72 = llvm.extractelement %v70[%v71 : i32] : vector<8xf32>
          %v74 = llvm.extractelement %v70[%v73 : i32] : vector<8xf32>
          %v76 = llvm.extractelement %v70[%v75 : i32] : vector<8xf32>
          %v78 = llvm.extractelement %v70[%v77 : i32] : vector<8xf32>
          %v80 = llvm.extractelement %v70[%v79 : i32] : vector<8xf32>
          %v82 = llvm.extractelement %v70[%v81 : i32] : vector<8xf32>
          %v84 = llvm.extractelement %v70[%v83 : i32] : vector<8xf32>
          %v86 = llvm.extractelement %v70[%v85 : i32] : vector<8xf32>
          %v87 = arith.muli %v21, %v63 : i64
          %v88 = arith.muli %v19, %v62 : i64
          %v89 = arith.addi %v87, %v88 : i64
          %v90 = arith.muli %v55, %v1 : i64
          %v91 = arith.addi %v89, %v90 : i64
          %v92 = llvm.getelementptr %in_g_c[%v91] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v93 = llvm.load %v92 {alignment = 32 : i64} : !llvm.ptr -> vector<8xf32>
          %v94 = llvm.extractelement %v93[%v71 : i32] : vector<8xf32>
          %v95 = llvm.extractelement %v93[%v73 : i32] : vector<8xf32>
          %v96 = llvm.extractelement %v93[%v75 : i32] : vector<8xf32>
          %v97 = llvm.extractelement %v93[%v77 : i32] : vector<8xf32>
          %v98 = llvm.extractelement %v93[%v79 : i32] : vector<8xf32>
          %v99 = llvm.extractelement %v93[%v81 : i32] : vector<8xf32>
          %v100 = llvm.extractelement %v93[%v83 : i32] : vector<8xf32>
          %v101 = llvm.extractelement %v93[%v85 : i32] : vector<8xf32>
          %v102 = arith.addi %v55, %v29 : i64
          %v107 = arith.negf %v72 : f32
          %v109 = arith.mulf %v107, %v108 fastmath<contract> : f32
          %v110 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v109) : (f32) -> f32
          %v111 = arith.addf %v59, %v110 fastmath<contract> : f32
          %v112 = arith.divf %v59, %v111 : f32
          %v113 = arith.mulf %v106, %v112 fastmath<contract> : f32
          %v114 = arith.addf %v105, %v113 fastmath<contract> : f32
          %v115 = arith.subf %v59, %v114 fastmath<contract> : f32
          %v116 = arith.negf %v94 : f32
          %v117 = arith.mulf %v116, %v108 fastmath<contract> : f32
          %v118 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v117) : (f32) -> f32
          %v119 = arith.addf %v59, %v118 fastmath<contract> : f32
          %v120 = arith.divf %v59, %v119 : f32
          %v121 = arith.mulf %v94, %v120 fastmath<contract> : f32
          %v122 = arith.mulf %v115, %v121 fastmath<contract> : f32
          %v123 = llvm.load %v6 : !llvm.ptr -> f32
          %v124 = arith.mulf %v114, %v123 fastmath<contract> : f32
          %v125 = arith.addf %v124, %v122 fastmath<contract> : f32
          %v126 = llvm.load %v5 : !llvm.ptr -> f32
          %v127 = arith.mulf %v114, %v126 fastmath<contract> : f32
          llvm.store %v125, %v6 : f32, !llvm.ptr
          llvm.store %v127, %v5 : f32, !llvm.ptr
          %v128 = arith.addi %v55, %v1 : i64
          %v129 = arith.negf %v74 : f32
          %v130 = arith.mulf %v129, %v108 fastmath<contract> : f32
          %v131 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v130) : (f32) -> f32
          %v132 = arith.addf %v59, %v131 fastmath<contract> : f32
          %v133 = arith.divf %v59, %v132 : f32
          %v134 = arith.mulf %v106, %v133 fastmath<contract> : f32
          %v135 = arith.addf %v105, %v134 fastmath<contract> : f32
          %v136 = arith.subf %v59, %v135 fastmath<contract> : f32
          %v137 = arith.negf %v95 : f32
          %v138 = arith.mulf %v137, %v108 fastmath<contract> : f32
          %v139 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v138) : (f32) -> f32
          %v140 = arith.addf %v59, %v139 fastmath<contract> : f32
          %v141 = arith.divf %v59, %v140 : f32
          %v142 = arith.mulf %v95, %v141 fastmath<contract> : f32
          %v143 = arith.mulf %v136, %v142 fastmath<contract> : f32
          %v144 = llvm.load %v6 : !llvm.ptr -> f32
          %v145 = arith.mulf %v135, %v144 fastmath<contract> : f32
          %v146 = arith.addf %v145, %v143 fastmath<contract> : f32
          %v147 = llvm.load %v5 : !llvm.ptr -> f32
          %v148 = arith.mulf %v135, %v147 fastmath<contract> : f32
          llvm.store %v146, %v6 : f32, !llvm.ptr
          llvm.store %v148, %v5 : f32, !llvm.ptr
          %v150 = arith.addi %v55, %v149 : i64
          %v151 = arith.negf %v76 : f32
          %v152 = arith.mulf %v151, %v108 fastmath<contract> : f32
          %v153 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v152) : (f32) -> f32
          %v154 = arith.addf %v59, %v153 fastmath<contract> : f32
          %v155 = arith.divf %v59, %v154 : f32
          %v156 = arith.mulf %v106, %v155 fastmath<contract> : f32
          %v157 = arith.addf %v105, %v156 fastmath<contract> : f32
          %v158 = arith.subf %v59, %v157 fastmath<contract> : f32
          %v159 = arith.negf %v96 : f32
          %v160 = arith.mulf %v159, %v108 fastmath<contract> : f32
          %v161 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v160) : (f32) -> f32
          %v162 = arith.addf %v59, %v161 fastmath<contract> : f32
          %v163 = arith.divf %v59, %v162 : f32
          %v164 = arith.mulf %v96, %v163 fastmath<contract> : f32
          %v165 = arith.mulf %v158, %v164 fastmath<contract> : f32
          %v166 = llvm.load %v6 : !llvm.ptr -> f32
          %v167 = arith.mulf %v157, %v166 fastmath<contract> : f32
          %v168 = arith.addf %v167, %v165 fastmath<contract> : f32
          %v169 = llvm.load %v5 : !llvm.ptr -> f32
          %v170 = arith.mulf %v157, %v169 fastmath<contract> : f32
          llvm.store %v168, %v6 : f32, !llvm.ptr
          llvm.store %v170, %v5 : f32, !llvm.ptr
          %v172 = arith.addi %v55, %v171 : i64
          %v173 = arith.negf %v78 : f32
          %v174 = arith.mulf %v173, %v108 fastmath<contract> : f32
          %v175 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v174) : (f32) -> f32
          %v176 = arith.addf %v59, %v175 fastmath<contract> : f32
          %v177 = arith.divf %v59, %v176 : f32
          %v178 = arith.mulf %v106, %v177 fastmath<contract> : f32
          %v179 = arith.addf %v105, %v178 fastmath<contract> : f32
          %v180 = arith.subf %v59, %v179 fastmath<contract> : f32
          %v181 = arith.negf %v97 : f32
          %v182 = arith.mulf %v181, %v108 fastmath<contract> : f32
          %v183 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v182) : (f32) -> f32
          %v184 = arith.addf %v59, %v183 fastmath<contract> : f32
          %v185 = arith.divf %v59, %v184 : f32
          %v186 = arith.mulf %v97, %v185 fastmath<contract> : f32
          %v187 = arith.mulf %v180, %v186 fastmath<contract> : f32
          %v188 = llvm.load %v6 : !llvm.ptr -> f32
          %v189 = arith.mulf %v179, %v188 fastmath<contract> : f32
          %v190 = arith.addf %v189, %v187 fastmath<contract> : f32
          %v191 = llvm.load %v5 : !llvm.ptr -> f32
          %v192 = arith.mulf %v179, %v191 fastmath<contract> : f32
          llvm.store %v190, %v6 : f32, !llvm.ptr
          llvm.store %v192, %v5 : f32, !llvm.ptr
          %v194 = arith.addi %v55, %v193 : i64
          %v195 = arith.negf %v80 : f32
          %v196 = arith.mulf %v195, %v108 fastmath<contract> : f32
          %v197 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v196) : (f32) -> f32
          %v198 = arith.addf %v59, %v197 fastmath<contract> : f32
          %v199 = arith.divf %v59, %v198 : f32
          %v200 = arith.mulf %v106, %v199 fastmath<contract> : f32
          %v201 = arith.addf %v105, %v200 fastmath<contract> : f32
          %v202 = arith.subf %v59, %v201 fastmath<contract> : f32
          %v203 = arith.negf %v98 : f32
          %v204 = arith.mulf %v203, %v108 fastmath<contract> : f32
          %v205 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v204) : (f32) -> f32
          %v206 = arith.addf %v59, %v205 fastmath<contract> : f32
          %v207 = arith.divf %v59, %v206 : f32
          %v208 = arith.mulf %v98, %v207 fastmath<contract> : f32
          %v209 = arith.mulf %v202, %v208 fastmath<contract> : f32
          %v210 = llvm.load %v6 : !llvm.ptr -> f32
          %v211 = arith.mulf %v201, %v210 fastmath<contract> : f32
          %v212 = arith.addf %v211, %v209 fastmath<contract> : f32
          %v213 = llvm.load %v5 : !llvm.ptr -> f32
          %v214 = arith.mulf %v201, %v213 fastmath<contract> : f32
          llvm.store %v212, %v6 : f32, !llvm.ptr
          llvm.store %v214, %v5 : f32, !llvm.ptr
          %v216 = arith.addi %v55, %v215 : i64
          %v217 = arith.negf %v82 : f32
          %v218 = arith.mulf %v217, %v108 fastmath<contract> : f32
          %v219 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v218) : (f32) -> f32
          %v220 = arith.addf %v59, %v219 fastmath<contract> : f32
          %v221 = arith.divf %v59, %v220 : f32
          %v222 = arith.mulf %v106, %v221 fastmath<contract> : f32
          %v223 = arith.addf %v105, %v222 fastmath<contract> : f32
          %v224 = arith.subf %v59, %v223 fastmath<contract> : f32
          %v225 = arith.negf %v99 : f32
          %v226 = arith.mulf %v225, %v108 fastmath<contract> : f32
          %v227 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v226) : (f32) -> f32
          %v228 = arith.addf %v59, %v227 fastmath<contract> : f32
          %v229 = arith.divf %v59, %v228 : f32
          %v230 = arith.mulf %v99, %v229 fastmath<contract> : f32
          %v231 = arith.mulf %v224, %v230 fastmath<contract> : f32
          %v232 = llvm.load %v6 : !llvm.ptr -> f32
          %v233 = arith.mulf %v223, %v232 fastmath<contract> : f32
          %v234 = arith.addf %v233, %v231 fastmath<contract> : f32
          %v235 = llvm.load %v5 : !llvm.ptr -> f32
          %v236 = arith.mulf %v223, %v235 fastmath<contract> : f32
          llvm.store %v234, %v6 : f32, !llvm.ptr
          llvm.store %v236, %v5 : f32, !llvm.ptr
          %v238 = arith.addi %v55, %v237 : i64
          %v239 = arith.negf %v84 : f32
          %v240 = arith.mulf %v239, %v108 fastmath<contract> : f32
          %v241 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v240) : (f32) -> f32
          %v242 = arith.addf %v59, %v241 fastmath<contract> : f32
          %v243 = arith.divf %v59, %v242 : f32
          %v244 = arith.mulf %v106, %v243 fastmath<contract> : f32
          %v245 = arith.addf %v105, %v244 fastmath<contract> : f32
          %v246 = arith.subf %v59, %v245 fastmath<contract> : f32
          %v247 = arith.negf %v100 : f32
          %v248 = arith.mulf %v247, %v108 fastmath<contract> : f32
          %v249 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v248) : (f32) -> f32
          %v250 = arith.addf %v59, %v249 fastmath<contract> : f32
          %v251 = arith.divf %v59, %v250 : f32
          %v252 = arith.mulf %v100, %v251 fastmath<contract> : f32
          %v253 = arith.mulf %v246, %v252 fastmath<contract> : f32
          %v254 = llvm.load %v6 : !llvm.ptr -> f32
          %v255 = arith.mulf %v245, %v254 fastmath<contract> : f32
          %v256 = arith.addf %v255, %v253 fastmath<contract> : f32
          %v257 = llvm.load %v5 : !llvm.ptr -> f32
          %v258 = arith.mulf %v245, %v257 fastmath<contract> : f32
          llvm.store %v256, %v6 : f32, !llvm.ptr
          llvm.store %v258, %v5 : f32, !llvm.ptr
          %v260 = arith.addi %v55, %v259 : i64
          %v261 = arith.negf %v86 : f32
          %v262 = arith.mulf %v261, %v108 fastmath<contract> : f32
          %v263 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v262) : (f32) -> f32
          %v264 = arith.addf %v59, %v263 fastmath<contract> : f32
          %v265 = arith.divf %v59, %v264 : f32
          %v266 = arith.mulf %v106, %v265 fastmath<contract> : f32
          %v267 = arith.addf %v105, %v266 fastmath<contract> : f32
          %v268 = arith.subf %v59, %v267 fastmath<contract> : f32
          %v269 = arith.negf %v101 : f32
          %v270 = arith.mulf %v269, %v108 fastmath<contract> : f32
          %v271 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v270) : (f32) -> f32
          %v272 = arith.addf %v59, %v271 fastmath<contract> : f32
          %v273 = arith.divf %v59, %v272 : f32
          %v274 = arith.mulf %v101, %v273 fastmath<contract> : f32
          %v275 = arith.mulf %v268, %v274 fastmath<contract> : f32
          %v276 = llvm.load %v6 : !llvm.ptr -> f32
          %v277 = arith.mulf %v267, %v276 fastmath<contract> : f32
          %v278 = arith.addf %v277, %v275 fastmath<contract> : f32
          %v279 = llvm.load %v5 : !llvm.ptr -> f32
          %v280 = arith.mulf %v267, %v279 fastmath<contract> : f32
          llvm.store %v278, %v6 : f32, !llvm.ptr
          llvm.store %v280, %v5 : f32, !llvm.ptr
        } else {
          %v281 = arith.index_cast %v29 : i64 to index
          %v282 = arith.index_cast %v58 : i64 to index
          %v283 = arith.index_cast %v1 : i64 to index
          scf.for %v284 = %v281 to %v282 step %v283 {
            %v285 = arith.index_cast %v284 : index to i64
            %v286 = arith.addi %v55, %v285 : i64
            %v287 = arith.muli %v21, %v63 : i64
            %v288 = arith.muli %v19, %v62 : i64
            %v289 = arith.addi %v287, %v288 : i64
            %v290 = arith.muli %v286, %v1 : i64
            %v291 = arith.addi %v289, %v290 : i64
            %v292 = llvm.getelementptr %in_g_f[%v291] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v293 = llvm.load %v292 : !llvm.ptr -> f32
            %v294 = arith.negf %v293 : f32
            %v295 = arith.mulf %v294, %v108 fastmath<contract> : f32
            %v296 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v295) : (f32) -> f32
            %v297 = arith.addf %v59, %v296 fastmath<contract> : f32
            %v298 = arith.divf %v59, %v297 : f32
            %v299 = arith.mulf %v106, %v298 fastmath<contract> : f32
            %v300 = arith.addf %v105, %v299 fastmath<contract> : f32
            %v301 = arith.subf %v59, %v300 fastmath<contract> : f32
            %v302 = arith.muli %v21, %v63 : i64
            %v303 = arith.muli %v19, %v62 : i64
            %v304 = arith.addi %v302, %v303 : i64
            %v305 = arith.muli %v286, %v1 : i64
            %v306 = arith.addi %v304, %v305 : i64
            %v307 = llvm.getelementptr %in_g_c[%v306] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v308 = llvm.load %v307 : !llvm.ptr -> f32
            %v309 = arith.negf %v308 : f32
            %v310 = arith.mulf %v309, %v108 fastmath<contract> : f32
            %v311 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v310) : (f32) -> f32
            %v312 = arith.addf %v59, %v311 fastmath<contract> : f32
            %v313 = arith.divf %v59, %v312 : f32
            %v314 = arith.mulf %v308, %v313 fastmath<contract> : f32
            %v315 = arith.mulf %v301, %v314 fastmath<contract> : f32
            %v316 = llvm.load %v6 : !llvm.ptr -> f32
            %v317 = arith.mulf %v300, %v316 fastmath<contract> : f32
            %v318 = arith.addf %v317, %v315 fastmath<contract> : f32
            %v319 = llvm.load %v5 : !llvm.ptr -> f32
            %v320 = arith.mulf %v300, %v319 fastmath<contract> : f32
            llvm.store %v318, %v6 : f32, !llvm.ptr
            llvm.store %v320, %v5 : f32, !llvm.ptr
          }
        }
        // 2. the block's scan of the maps: the state entering each thread's steps
        %v321 = llvm.load %v5 : !llvm.ptr -> f32
        %v322 = llvm.load %v6 : !llvm.ptr -> f32
        %v324, %v325 = gpu.shuffle up %v321, %v73, %v323 : f32
        %v326, %v327 = gpu.shuffle up %v322, %v73, %v323 : f32
        %v328 = arith.mulf %v321, %v324 fastmath<contract> : f32
        %v329 = arith.mulf %v321, %v326 fastmath<contract> : f32
        %v330 = arith.addf %v329, %v322 fastmath<contract> : f32
        %v331 = arith.cmpi uge, %v24, %v1 : i64
        %v332 = arith.select %v331, %v328, %v321 : f32
        %v333 = arith.select %v331, %v330, %v322 : f32
        %v334, %v335 = gpu.shuffle up %v332, %v75, %v323 : f32
        %v336, %v337 = gpu.shuffle up %v333, %v75, %v323 : f32
        %v338 = arith.mulf %v332, %v334 fastmath<contract> : f32
        %v339 = arith.mulf %v332, %v336 fastmath<contract> : f32
        %v340 = arith.addf %v339, %v333 fastmath<contract> : f32
        %v341 = arith.cmpi uge, %v24, %v149 : i64
        %v342 = arith.select %v341, %v338, %v332 : f32
        %v343 = arith.select %v341, %v340, %v333 : f32
        %v344, %v345 = gpu.shuffle up %v342, %v79, %v323 : f32
        %v346, %v347 = gpu.shuffle up %v343, %v79, %v323 : f32
        %v348 = arith.mulf %v342, %v344 fastmath<contract> : f32
        %v349 = arith.mulf %v342, %v346 fastmath<contract> : f32
        %v350 = arith.addf %v349, %v343 fastmath<contract> : f32
        %v351 = arith.cmpi uge, %v24, %v193 : i64
        %v352 = arith.select %v351, %v348, %v342 : f32
        %v353 = arith.select %v351, %v350, %v343 : f32
        %v355, %v356 = gpu.shuffle up %v352, %v354, %v323 : f32
        %v357, %v358 = gpu.shuffle up %v353, %v354, %v323 : f32
        %v359 = arith.mulf %v352, %v355 fastmath<contract> : f32
        %v360 = arith.mulf %v352, %v357 fastmath<contract> : f32
        %v361 = arith.addf %v360, %v353 fastmath<contract> : f32
        %v362 = arith.cmpi uge, %v24, %v28 : i64
        %v363 = arith.select %v362, %v359, %v352 : f32
        %v364 = arith.select %v362, %v361, %v353 : f32
        %v366, %v367 = gpu.shuffle up %v363, %v365, %v323 : f32
        %v368, %v369 = gpu.shuffle up %v364, %v365, %v323 : f32
        %v370 = arith.mulf %v363, %v366 fastmath<contract> : f32
        %v371 = arith.mulf %v363, %v368 fastmath<contract> : f32
        %v372 = arith.addf %v371, %v364 fastmath<contract> : f32
        %v374 = arith.cmpi uge, %v24, %v373 : i64
        %v375 = arith.select %v374, %v370, %v363 : f32
        %v376 = arith.select %v374, %v372, %v364 : f32
        %v378 = arith.cmpi eq, %v24, %v377 : i64
        %v379 = arith.addi %v29, %v25 : i64
        scf.if %v378 {
          %v380 = llvm.getelementptr %v9[%v379] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v375, %v380 : f32, !llvm.ptr
          %v381 = llvm.getelementptr %v11[%v379] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v376, %v381 : f32, !llvm.ptr
        }
        %v382, %v383 = gpu.shuffle up %v375, %v73, %v323 : f32
        %v384, %v385 = gpu.shuffle up %v376, %v73, %v323 : f32
        %v386 = arith.cmpi eq, %v24, %v29 : i64
        %v387 = arith.select %v386, %v59, %v382 : f32
        %v388 = arith.select %v386, %v26, %v384 : f32
        // across warps: the warps' maps before this one's, and the whole tile's
        gpu.barrier
        %v389 = arith.addi %v29, %v14 : i64
        %v391 = arith.index_cast %v389 : i64 to index
        %v392 = arith.index_cast %v1 : i64 to index
        %v393 = arith.index_cast %v390 : i64 to index
        scf.for %v394 = %v391 to %v392 step %v393 {
          %v395 = arith.index_cast %v394 : index to i64
          %v397 = arith.muli %v395, %v396 : i64
          %v398 = arith.addi %v397, %v29 : i64
          %v399 = llvm.getelementptr %v9[%v398] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v400 = llvm.load %v399 : !llvm.ptr -> f32
          %v401 = llvm.getelementptr %v11[%v398] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v402 = llvm.load %v401 : !llvm.ptr -> f32
          %v403 = llvm.getelementptr %v9[%v398] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v59, %v403 : f32, !llvm.ptr
          %v404 = llvm.getelementptr %v11[%v398] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v26, %v404 : f32, !llvm.ptr
          %v405 = arith.mulf %v400, %v59 fastmath<contract> : f32
          %v406 = arith.mulf %v400, %v26 fastmath<contract> : f32
          %v407 = arith.addf %v406, %v402 fastmath<contract> : f32
          %v408 = arith.addi %v397, %v1 : i64
          %v409 = llvm.getelementptr %v9[%v408] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v410 = llvm.load %v409 : !llvm.ptr -> f32
          %v411 = llvm.getelementptr %v11[%v408] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v412 = llvm.load %v411 : !llvm.ptr -> f32
          %v413 = llvm.getelementptr %v9[%v408] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v405, %v413 : f32, !llvm.ptr
          %v414 = llvm.getelementptr %v11[%v408] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v407, %v414 : f32, !llvm.ptr
          %v415 = arith.mulf %v410, %v405 fastmath<contract> : f32
          %v416 = arith.mulf %v410, %v407 fastmath<contract> : f32
          %v417 = arith.addf %v416, %v412 fastmath<contract> : f32
          %v418 = arith.addi %v397, %v149 : i64
          %v419 = llvm.getelementptr %v9[%v418] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v420 = llvm.load %v419 : !llvm.ptr -> f32
          %v421 = llvm.getelementptr %v11[%v418] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v422 = llvm.load %v421 : !llvm.ptr -> f32
          %v423 = llvm.getelementptr %v9[%v418] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v415, %v423 : f32, !llvm.ptr
          %v424 = llvm.getelementptr %v11[%v418] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v417, %v424 : f32, !llvm.ptr
          %v425 = arith.mulf %v420, %v415 fastmath<contract> : f32
          %v426 = arith.mulf %v420, %v417 fastmath<contract> : f32
          %v427 = arith.addf %v426, %v422 fastmath<contract> : f32
          %v428 = arith.addi %v397, %v171 : i64
          %v429 = llvm.getelementptr %v9[%v428] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v430 = llvm.load %v429 : !llvm.ptr -> f32
          %v431 = llvm.getelementptr %v11[%v428] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v432 = llvm.load %v431 : !llvm.ptr -> f32
          %v433 = llvm.getelementptr %v9[%v428] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v425, %v433 : f32, !llvm.ptr
          %v434 = llvm.getelementptr %v11[%v428] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v427, %v434 : f32, !llvm.ptr
          %v435 = arith.mulf %v430, %v425 fastmath<contract> : f32
          %v436 = arith.mulf %v430, %v427 fastmath<contract> : f32
          %v437 = arith.addf %v436, %v432 fastmath<contract> : f32
          %v438 = arith.addi %v397, %v193 : i64
          %v439 = llvm.getelementptr %v9[%v438] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v440 = llvm.load %v439 : !llvm.ptr -> f32
          %v441 = llvm.getelementptr %v11[%v438] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v442 = llvm.load %v441 : !llvm.ptr -> f32
          %v443 = llvm.getelementptr %v9[%v438] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v435, %v443 : f32, !llvm.ptr
          %v444 = llvm.getelementptr %v11[%v438] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v437, %v444 : f32, !llvm.ptr
          %v445 = arith.mulf %v440, %v435 fastmath<contract> : f32
          %v446 = arith.mulf %v440, %v437 fastmath<contract> : f32
          %v447 = arith.addf %v446, %v442 fastmath<contract> : f32
          %v448 = arith.addi %v397, %v215 : i64
          %v449 = llvm.getelementptr %v9[%v448] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v450 = llvm.load %v449 : !llvm.ptr -> f32
          %v451 = llvm.getelementptr %v11[%v448] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v452 = llvm.load %v451 : !llvm.ptr -> f32
          %v453 = llvm.getelementptr %v9[%v448] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v445, %v453 : f32, !llvm.ptr
          %v454 = llvm.getelementptr %v11[%v448] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v447, %v454 : f32, !llvm.ptr
          %v455 = arith.mulf %v450, %v445 fastmath<contract> : f32
          %v456 = arith.mulf %v450, %v447 fastmath<contract> : f32
          %v457 = arith.addf %v456, %v452 fastmath<contract> : f32
          %v458 = arith.addi %v397, %v237 : i64
          %v459 = llvm.getelementptr %v9[%v458] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v460 = llvm.load %v459 : !llvm.ptr -> f32
          %v461 = llvm.getelementptr %v11[%v458] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v462 = llvm.load %v461 : !llvm.ptr -> f32
          %v463 = llvm.getelementptr %v9[%v458] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v455, %v463 : f32, !llvm.ptr
          %v464 = llvm.getelementptr %v11[%v458] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v457, %v464 : f32, !llvm.ptr
          %v465 = arith.mulf %v460, %v455 fastmath<contract> : f32
          %v466 = arith.mulf %v460, %v457 fastmath<contract> : f32
          %v467 = arith.addf %v466, %v462 fastmath<contract> : f32
          %v468 = arith.addi %v397, %v259 : i64
          %v469 = llvm.getelementptr %v9[%v468] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v470 = llvm.load %v469 : !llvm.ptr -> f32
          %v471 = llvm.getelementptr %v11[%v468] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v472 = llvm.load %v471 : !llvm.ptr -> f32
          %v473 = llvm.getelementptr %v9[%v468] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v465, %v473 : f32, !llvm.ptr
          %v474 = llvm.getelementptr %v11[%v468] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v467, %v474 : f32, !llvm.ptr
          %v475 = arith.mulf %v470, %v465 fastmath<contract> : f32
          %v476 = arith.mulf %v470, %v467 fastmath<contract> : f32
          %v477 = arith.addf %v476, %v472 fastmath<contract> : f32
          %v478 = arith.addi %v397, %v28 : i64
          %v479 = llvm.getelementptr %v9[%v478] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v475, %v479 : f32, !llvm.ptr
          %v480 = llvm.getelementptr %v11[%v478] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v477, %v480 : f32, !llvm.ptr
        }
        gpu.barrier
        %v481 = arith.addi %v29, %v25 : i64
        %v482 = llvm.getelementptr %v9[%v481] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v483 = llvm.load %v482 : !llvm.ptr -> f32
        %v484 = llvm.getelementptr %v11[%v481] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v485 = llvm.load %v484 : !llvm.ptr -> f32
        %v486 = arith.addi %v29, %v28 : i64
        %v487 = llvm.getelementptr %v9[%v486] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v488 = llvm.load %v487 : !llvm.ptr -> f32
        %v489 = llvm.getelementptr %v11[%v486] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v490 = llvm.load %v489 : !llvm.ptr -> f32
        %v491 = arith.mulf %v387, %v483 fastmath<contract> : f32
        %v492 = arith.mulf %v387, %v485 fastmath<contract> : f32
        %v493 = arith.addf %v492, %v388 fastmath<contract> : f32
        %v494 = llvm.load %v7 : !llvm.ptr -> f32
        %v495 = arith.mulf %v491, %v494 fastmath<contract> : f32
        %v496 = arith.addf %v495, %v493 fastmath<contract> : f32
        llvm.store %v496, %v4 : f32, !llvm.ptr
        %v497 = arith.mulf %v488, %v494 fastmath<contract> : f32
        %v498 = arith.addf %v497, %v490 fastmath<contract> : f32
        llvm.store %v498, %v7 : f32, !llvm.ptr
        // 3. the K steps again from the state entering them: outputs, checkpoints
        %v499 = arith.cmpi eq, %v58, %v28 : i64
        %v500 = arith.andi %v499, %v47 : i1
        scf.if %v500 {
          %v501 = arith.muli %v21, %v63 : i64
          %v502 = arith.muli %v19, %v62 : i64
          %v503 = arith.addi %v501, %v502 : i64
          %v504 = arith.muli %v55, %v1 : i64
          %v505 = arith.addi %v503, %v504 : i64
          %v506 = llvm.getelementptr %in_g_f[%v505] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v507 = llvm.load %v506 {alignment = 32 : i64} : !llvm.ptr -> vector<8xf32>
          %v508 = llvm.extractelement %v507[%v71 : i32] : vector<8xf32>
          %v509 = llvm.extractelement %v507[%v73 : i32] : vector<8xf32>
          %v510 = llvm.extractelement %v507[%v75 : i32] : vector<8xf32>
          %v511 = llvm.extractelement %v507[%v77 : i32] : vector<8xf32>
          %v512 = llvm.extractelement %v507[%v79 : i32] : vector<8xf32>
          %v513 = llvm.extractelement %v507[%v81 : i32] : vector<8xf32>
          %v514 = llvm.extractelement %v507[%v83 : i32] : vector<8xf32>
          %v515 = llvm.extractelement %v507[%v85 : i32] : vector<8xf32>
          %v516 = arith.muli %v21, %v63 : i64
          %v517 = arith.muli %v19, %v62 : i64
          %v518 = arith.addi %v516, %v517 : i64
          %v519 = arith.muli %v55, %v1 : i64
          %v520 = arith.addi %v518, %v519 : i64
          %v521 = llvm.getelementptr %in_g_c[%v520] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v522 = llvm.load %v521 {alignment = 32 : i64} : !llvm.ptr -> vector<8xf32>
          %v523 = llvm.extractelement %v522[%v71 : i32] : vector<8xf32>
          %v524 = llvm.extractelement %v522[%v73 : i32] : vector<8xf32>
          %v525 = llvm.extractelement %v522[%v75 : i32] : vector<8xf32>
          %v526 = llvm.extractelement %v522[%v77 : i32] : vector<8xf32>
          %v527 = llvm.extractelement %v522[%v79 : i32] : vector<8xf32>
          %v528 = llvm.extractelement %v522[%v81 : i32] : vector<8xf32>
          %v529 = llvm.extractelement %v522[%v83 : i32] : vector<8xf32>
          %v530 = llvm.extractelement %v522[%v85 : i32] : vector<8xf32>
          %v531 = arith.muli %v21, %v63 : i64
          %v532 = arith.muli %v19, %v62 : i64
          %v533 = arith.addi %v531, %v532 : i64
          %v534 = arith.muli %v55, %v1 : i64
          %v535 = arith.addi %v533, %v534 : i64
          %v536 = llvm.getelementptr %in_g_o[%v535] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v537 = llvm.load %v536 {alignment = 32 : i64} : !llvm.ptr -> vector<8xf32>
          %v538 = llvm.extractelement %v537[%v71 : i32] : vector<8xf32>
          %v539 = llvm.extractelement %v537[%v73 : i32] : vector<8xf32>
          %v540 = llvm.extractelement %v537[%v75 : i32] : vector<8xf32>
          %v541 = llvm.extractelement %v537[%v77 : i32] : vector<8xf32>
          %v542 = llvm.extractelement %v537[%v79 : i32] : vector<8xf32>
          %v543 = llvm.extractelement %v537[%v81 : i32] : vector<8xf32>
          %v544 = llvm.extractelement %v537[%v83 : i32] : vector<8xf32>
          %v545 = llvm.extractelement %v537[%v85 : i32] : vector<8xf32>
          %v546 = arith.addi %v55, %v29 : i64
          // save the states at checkpoint steps (when given somewhere to save them)
          %v548 = arith.remui %v546, %v547 : i64
          %v549 = arith.cmpi eq, %v548, %v29 : i64
          %v550 = arith.andi %v549, %v16 : i1
          scf.if %v550 {
            %v551 = arith.divui %v546, %v547 : i64
            %v552 = llvm.mlir.zero : !llvm.ptr
            %v553 = llvm.icmp "ne" %ckpt_h, %v552 : !llvm.ptr
            scf.if %v553 {
              %v556 = arith.muli %v551, %v555 : i64
              %v557 = llvm.load %v4 : !llvm.ptr -> f32
              %v559 = arith.muli %v21, %v558 : i64
              %v560 = arith.muli %v19, %v1 : i64
              %v561 = arith.addi %v559, %v560 : i64
              %v562 = arith.addi %v556, %v561 : i64
              %v563 = llvm.getelementptr %ckpt_h[%v562] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v557, %v563 : f32, !llvm.ptr
            }
          }
          // end save
          %v564 = arith.negf %v508 : f32
          %v565 = arith.mulf %v564, %v108 fastmath<contract> : f32
          %v566 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v565) : (f32) -> f32
          %v567 = arith.addf %v59, %v566 fastmath<contract> : f32
          %v568 = arith.divf %v59, %v567 : f32
          %v569 = arith.mulf %v106, %v568 fastmath<contract> : f32
          %v570 = arith.addf %v105, %v569 fastmath<contract> : f32
          %v571 = arith.subf %v59, %v570 fastmath<contract> : f32
          %v572 = arith.negf %v523 : f32
          %v573 = arith.mulf %v572, %v108 fastmath<contract> : f32
          %v574 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v573) : (f32) -> f32
          %v575 = arith.addf %v59, %v574 fastmath<contract> : f32
          %v576 = arith.divf %v59, %v575 : f32
          %v577 = arith.mulf %v523, %v576 fastmath<contract> : f32
          %v578 = arith.mulf %v571, %v577 fastmath<contract> : f32
          %v579 = llvm.load %v4 : !llvm.ptr -> f32
          %v580 = arith.mulf %v570, %v579 fastmath<contract> : f32
          %v581 = arith.addf %v580, %v578 fastmath<contract> : f32
          llvm.store %v581, %v4 : f32, !llvm.ptr
          %v582 = llvm.load %v4 : !llvm.ptr -> f32
          %v583 = arith.negf %v538 : f32
          %v584 = arith.mulf %v583, %v108 fastmath<contract> : f32
          %v585 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v584) : (f32) -> f32
          %v586 = arith.addf %v59, %v585 fastmath<contract> : f32
          %v587 = arith.divf %v59, %v586 : f32
          %v588 = arith.mulf %v582, %v587 fastmath<contract> : f32
          %v589 = arith.addi %v55, %v1 : i64
          %v590 = arith.negf %v509 : f32
          %v591 = arith.mulf %v590, %v108 fastmath<contract> : f32
          %v592 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v591) : (f32) -> f32
          %v593 = arith.addf %v59, %v592 fastmath<contract> : f32
          %v594 = arith.divf %v59, %v593 : f32
          %v595 = arith.mulf %v106, %v594 fastmath<contract> : f32
          %v596 = arith.addf %v105, %v595 fastmath<contract> : f32
          %v597 = arith.subf %v59, %v596 fastmath<contract> : f32
          %v598 = arith.negf %v524 : f32
          %v599 = arith.mulf %v598, %v108 fastmath<contract> : f32
          %v600 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v599) : (f32) -> f32
          %v601 = arith.addf %v59, %v600 fastmath<contract> : f32
          %v602 = arith.divf %v59, %v601 : f32
          %v603 = arith.mulf %v524, %v602 fastmath<contract> : f32
          %v604 = arith.mulf %v597, %v603 fastmath<contract> : f32
          %v605 = llvm.load %v4 : !llvm.ptr -> f32
          %v606 = arith.mulf %v596, %v605 fastmath<contract> : f32
          %v607 = arith.addf %v606, %v604 fastmath<contract> : f32
          llvm.store %v607, %v4 : f32, !llvm.ptr
          %v608 = llvm.load %v4 : !llvm.ptr -> f32
          %v609 = arith.negf %v539 : f32
          %v610 = arith.mulf %v609, %v108 fastmath<contract> : f32
          %v611 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v610) : (f32) -> f32
          %v612 = arith.addf %v59, %v611 fastmath<contract> : f32
          %v613 = arith.divf %v59, %v612 : f32
          %v614 = arith.mulf %v608, %v613 fastmath<contract> : f32
          %v615 = arith.addi %v55, %v149 : i64
          %v616 = arith.negf %v510 : f32
          %v617 = arith.mulf %v616, %v108 fastmath<contract> : f32
          %v618 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v617) : (f32) -> f32
          %v619 = arith.addf %v59, %v618 fastmath<contract> : f32
          %v620 = arith.divf %v59, %v619 : f32
          %v621 = arith.mulf %v106, %v620 fastmath<contract> : f32
          %v622 = arith.addf %v105, %v621 fastmath<contract> : f32
          %v623 = arith.subf %v59, %v622 fastmath<contract> : f32
          %v624 = arith.negf %v525 : f32
          %v625 = arith.mulf %v624, %v108 fastmath<contract> : f32
          %v626 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v625) : (f32) -> f32
          %v627 = arith.addf %v59, %v626 fastmath<contract> : f32
          %v628 = arith.divf %v59, %v627 : f32
          %v629 = arith.mulf %v525, %v628 fastmath<contract> : f32
          %v630 = arith.mulf %v623, %v629 fastmath<contract> : f32
          %v631 = llvm.load %v4 : !llvm.ptr -> f32
          %v632 = arith.mulf %v622, %v631 fastmath<contract> : f32
          %v633 = arith.addf %v632, %v630 fastmath<contract> : f32
          llvm.store %v633, %v4 : f32, !llvm.ptr
          %v634 = llvm.load %v4 : !llvm.ptr -> f32
          %v635 = arith.negf %v540 : f32
          %v636 = arith.mulf %v635, %v108 fastmath<contract> : f32
          %v637 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v636) : (f32) -> f32
          %v638 = arith.addf %v59, %v637 fastmath<contract> : f32
          %v639 = arith.divf %v59, %v638 : f32
          %v640 = arith.mulf %v634, %v639 fastmath<contract> : f32
          %v641 = arith.addi %v55, %v171 : i64
          %v642 = arith.negf %v511 : f32
          %v643 = arith.mulf %v642, %v108 fastmath<contract> : f32
          %v644 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v643) : (f32) -> f32
          %v645 = arith.addf %v59, %v644 fastmath<contract> : f32
          %v646 = arith.divf %v59, %v645 : f32
          %v647 = arith.mulf %v106, %v646 fastmath<contract> : f32
          %v648 = arith.addf %v105, %v647 fastmath<contract> : f32
          %v649 = arith.subf %v59, %v648 fastmath<contract> : f32
          %v650 = arith.negf %v526 : f32
          %v651 = arith.mulf %v650, %v108 fastmath<contract> : f32
          %v652 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v651) : (f32) -> f32
          %v653 = arith.addf %v59, %v652 fastmath<contract> : f32
          %v654 = arith.divf %v59, %v653 : f32
          %v655 = arith.mulf %v526, %v654 fastmath<contract> : f32
          %v656 = arith.mulf %v649, %v655 fastmath<contract> : f32
          %v657 = llvm.load %v4 : !llvm.ptr -> f32
          %v658 = arith.mulf %v648, %v657 fastmath<contract> : f32
          %v659 = arith.addf %v658, %v656 fastmath<contract> : f32
          llvm.store %v659, %v4 : f32, !llvm.ptr
          %v660 = llvm.load %v4 : !llvm.ptr -> f32
          %v661 = arith.negf %v541 : f32
          %v662 = arith.mulf %v661, %v108 fastmath<contract> : f32
          %v663 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v662) : (f32) -> f32
          %v664 = arith.addf %v59, %v663 fastmath<contract> : f32
          %v665 = arith.divf %v59, %v664 : f32
          %v666 = arith.mulf %v660, %v665 fastmath<contract> : f32
          %v667 = arith.addi %v55, %v193 : i64
          %v668 = arith.negf %v512 : f32
          %v669 = arith.mulf %v668, %v108 fastmath<contract> : f32
          %v670 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v669) : (f32) -> f32
          %v671 = arith.addf %v59, %v670 fastmath<contract> : f32
          %v672 = arith.divf %v59, %v671 : f32
          %v673 = arith.mulf %v106, %v672 fastmath<contract> : f32
          %v674 = arith.addf %v105, %v673 fastmath<contract> : f32
          %v675 = arith.subf %v59, %v674 fastmath<contract> : f32
          %v676 = arith.negf %v527 : f32
          %v677 = arith.mulf %v676, %v108 fastmath<contract> : f32
          %v678 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v677) : (f32) -> f32
          %v679 = arith.addf %v59, %v678 fastmath<contract> : f32
          %v680 = arith.divf %v59, %v679 : f32
          %v681 = arith.mulf %v527, %v680 fastmath<contract> : f32
          %v682 = arith.mulf %v675, %v681 fastmath<contract> : f32
          %v683 = llvm.load %v4 : !llvm.ptr -> f32
          %v684 = arith.mulf %v674, %v683 fastmath<contract> : f32
          %v685 = arith.addf %v684, %v682 fastmath<contract> : f32
          llvm.store %v685, %v4 : f32, !llvm.ptr
          %v686 = llvm.load %v4 : !llvm.ptr -> f32
          %v687 = arith.negf %v542 : f32
          %v688 = arith.mulf %v687, %v108 fastmath<contract> : f32
          %v689 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v688) : (f32) -> f32
          %v690 = arith.addf %v59, %v689 fastmath<contract> : f32
          %v691 = arith.divf %v59, %v690 : f32
          %v692 = arith.mulf %v686, %v691 fastmath<contract> : f32
          %v693 = arith.addi %v55, %v215 : i64
          %v694 = arith.negf %v513 : f32
          %v695 = arith.mulf %v694, %v108 fastmath<contract> : f32
          %v696 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v695) : (f32) -> f32
          %v697 = arith.addf %v59, %v696 fastmath<contract> : f32
          %v698 = arith.divf %v59, %v697 : f32
          %v699 = arith.mulf %v106, %v698 fastmath<contract> : f32
          %v700 = arith.addf %v105, %v699 fastmath<contract> : f32
          %v701 = arith.subf %v59, %v700 fastmath<contract> : f32
          %v702 = arith.negf %v528 : f32
          %v703 = arith.mulf %v702, %v108 fastmath<contract> : f32
          %v704 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v703) : (f32) -> f32
          %v705 = arith.addf %v59, %v704 fastmath<contract> : f32
          %v706 = arith.divf %v59, %v705 : f32
          %v707 = arith.mulf %v528, %v706 fastmath<contract> : f32
          %v708 = arith.mulf %v701, %v707 fastmath<contract> : f32
          %v709 = llvm.load %v4 : !llvm.ptr -> f32
          %v710 = arith.mulf %v700, %v709 fastmath<contract> : f32
          %v711 = arith.addf %v710, %v708 fastmath<contract> : f32
          llvm.store %v711, %v4 : f32, !llvm.ptr
          %v712 = llvm.load %v4 : !llvm.ptr -> f32
          %v713 = arith.negf %v543 : f32
          %v714 = arith.mulf %v713, %v108 fastmath<contract> : f32
          %v715 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v714) : (f32) -> f32
          %v716 = arith.addf %v59, %v715 fastmath<contract> : f32
          %v717 = arith.divf %v59, %v716 : f32
          %v718 = arith.mulf %v712, %v717 fastmath<contract> : f32
          %v719 = arith.addi %v55, %v237 : i64
          %v720 = arith.negf %v514 : f32
          %v721 = arith.mulf %v720, %v108 fastmath<contract> : f32
          %v722 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v721) : (f32) -> f32
          %v723 = arith.addf %v59, %v722 fastmath<contract> : f32
          %v724 = arith.divf %v59, %v723 : f32
          %v725 = arith.mulf %v106, %v724 fastmath<contract> : f32
          %v726 = arith.addf %v105, %v725 fastmath<contract> : f32
          %v727 = arith.subf %v59, %v726 fastmath<contract> : f32
          %v728 = arith.negf %v529 : f32
          %v729 = arith.mulf %v728, %v108 fastmath<contract> : f32
          %v730 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v729) : (f32) -> f32
          %v731 = arith.addf %v59, %v730 fastmath<contract> : f32
          %v732 = arith.divf %v59, %v731 : f32
          %v733 = arith.mulf %v529, %v732 fastmath<contract> : f32
          %v734 = arith.mulf %v727, %v733 fastmath<contract> : f32
          %v735 = llvm.load %v4 : !llvm.ptr -> f32
          %v736 = arith.mulf %v726, %v735 fastmath<contract> : f32
          %v737 = arith.addf %v736, %v734 fastmath<contract> : f32
          llvm.store %v737, %v4 : f32, !llvm.ptr
          %v738 = llvm.load %v4 : !llvm.ptr -> f32
          %v739 = arith.negf %v544 : f32
          %v740 = arith.mulf %v739, %v108 fastmath<contract> : f32
          %v741 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v740) : (f32) -> f32
          %v742 = arith.addf %v59, %v741 fastmath<contract> : f32
          %v743 = arith.divf %v59, %v742 : f32
          %v744 = arith.mulf %v738, %v743 fastmath<contract> : f32
          %v745 = arith.addi %v55, %v259 : i64
          %v746 = arith.negf %v515 : f32
          %v747 = arith.mulf %v746, %v108 fastmath<contract> : f32
          %v748 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v747) : (f32) -> f32
          %v749 = arith.addf %v59, %v748 fastmath<contract> : f32
          %v750 = arith.divf %v59, %v749 : f32
          %v751 = arith.mulf %v106, %v750 fastmath<contract> : f32
          %v752 = arith.addf %v105, %v751 fastmath<contract> : f32
          %v753 = arith.subf %v59, %v752 fastmath<contract> : f32
          %v754 = arith.negf %v530 : f32
          %v755 = arith.mulf %v754, %v108 fastmath<contract> : f32
          %v756 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v755) : (f32) -> f32
          %v757 = arith.addf %v59, %v756 fastmath<contract> : f32
          %v758 = arith.divf %v59, %v757 : f32
          %v759 = arith.mulf %v530, %v758 fastmath<contract> : f32
          %v760 = arith.mulf %v753, %v759 fastmath<contract> : f32
          %v761 = llvm.load %v4 : !llvm.ptr -> f32
          %v762 = arith.mulf %v752, %v761 fastmath<contract> : f32
          %v763 = arith.addf %v762, %v760 fastmath<contract> : f32
          llvm.store %v763, %v4 : f32, !llvm.ptr
          %v764 = llvm.load %v4 : !llvm.ptr -> f32
          %v765 = arith.negf %v545 : f32
          %v766 = arith.mulf %v765, %v108 fastmath<contract> : f32
          %v767 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v766) : (f32) -> f32
          %v768 = arith.addf %v59, %v767 fastmath<contract> : f32
          %v769 = arith.divf %v59, %v768 : f32
          %v770 = arith.mulf %v764, %v769 fastmath<contract> : f32
          %v771 = llvm.mlir.undef : vector<8xf32>
          %v772 = llvm.insertelement %v588, %v771[%v71 : i32] : vector<8xf32>
          %v773 = llvm.insertelement %v614, %v772[%v73 : i32] : vector<8xf32>
          %v774 = llvm.insertelement %v640, %v773[%v75 : i32] : vector<8xf32>
          %v775 = llvm.insertelement %v666, %v774[%v77 : i32] : vector<8xf32>
          %v776 = llvm.insertelement %v692, %v775[%v79 : i32] : vector<8xf32>
          %v777 = llvm.insertelement %v718, %v776[%v81 : i32] : vector<8xf32>
          %v778 = llvm.insertelement %v744, %v777[%v83 : i32] : vector<8xf32>
          %v779 = llvm.insertelement %v770, %v778[%v85 : i32] : vector<8xf32>
          %v780 = arith.muli %v21, %v63 : i64
          %v781 = arith.muli %v19, %v62 : i64
          %v782 = arith.addi %v780, %v781 : i64
          %v783 = arith.muli %v55, %v1 : i64
          %v784 = arith.addi %v782, %v783 : i64
          %v785 = llvm.getelementptr %out_y[%v784] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          scf.if %v16 {
            llvm.store %v779, %v785 {alignment = 32 : i64} : vector<8xf32>, !llvm.ptr
          }
        } else {
          %v786 = arith.index_cast %v29 : i64 to index
          %v787 = arith.index_cast %v58 : i64 to index
          %v788 = arith.index_cast %v1 : i64 to index
          scf.for %v789 = %v786 to %v787 step %v788 {
            %v790 = arith.index_cast %v789 : index to i64
            %v791 = arith.addi %v55, %v790 : i64
            // save the states at checkpoint steps (when given somewhere to save them)
            %v792 = arith.remui %v791, %v547 : i64
            %v793 = arith.cmpi eq, %v792, %v29 : i64
            %v794 = arith.andi %v793, %v16 : i1
            scf.if %v794 {
              %v795 = arith.divui %v791, %v547 : i64
              %v796 = llvm.mlir.zero : !llvm.ptr
              %v797 = llvm.icmp "ne" %ckpt_h, %v796 : !llvm.ptr
              scf.if %v797 {
                %v800 = arith.muli %v795, %v799 : i64
                %v801 = llvm.load %v4 : !llvm.ptr -> f32
                %v802 = arith.muli %v21, %v558 : i64
                %v803 = arith.muli %v19, %v1 : i64
                %v804 = arith.addi %v802, %v803 : i64
                %v805 = arith.addi %v800, %v804 : i64
                %v806 = llvm.getelementptr %ckpt_h[%v805] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                llvm.store %v801, %v806 : f32, !llvm.ptr
              }
            }
            // end save
            %v807 = arith.muli %v21, %v63 : i64
            %v808 = arith.muli %v19, %v62 : i64
            %v809 = arith.addi %v807, %v808 : i64
            %v810 = arith.muli %v791, %v1 : i64
            %v811 = arith.addi %v809, %v810 : i64
            %v812 = llvm.getelementptr %in_g_f[%v811] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v813 = llvm.load %v812 : !llvm.ptr -> f32
            %v814 = arith.negf %v813 : f32
            %v815 = arith.mulf %v814, %v108 fastmath<contract> : f32
            %v816 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v815) : (f32) -> f32
            %v817 = arith.addf %v59, %v816 fastmath<contract> : f32
            %v818 = arith.divf %v59, %v817 : f32
            %v819 = arith.mulf %v106, %v818 fastmath<contract> : f32
            %v820 = arith.addf %v105, %v819 fastmath<contract> : f32
            %v821 = arith.subf %v59, %v820 fastmath<contract> : f32
            %v822 = arith.muli %v21, %v63 : i64
            %v823 = arith.muli %v19, %v62 : i64
            %v824 = arith.addi %v822, %v823 : i64
            %v825 = arith.muli %v791, %v1 : i64
            %v826 = arith.addi %v824, %v825 : i64
            %v827 = llvm.getelementptr %in_g_c[%v826] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v828 = llvm.load %v827 : !llvm.ptr -> f32
            %v829 = arith.negf %v828 : f32
            %v830 = arith.mulf %v829, %v108 fastmath<contract> : f32
            %v831 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v830) : (f32) -> f32
            %v832 = arith.addf %v59, %v831 fastmath<contract> : f32
            %v833 = arith.divf %v59, %v832 : f32
            %v834 = arith.mulf %v828, %v833 fastmath<contract> : f32
            %v835 = arith.mulf %v821, %v834 fastmath<contract> : f32
            %v836 = llvm.load %v4 : !llvm.ptr -> f32
            %v837 = arith.mulf %v820, %v836 fastmath<contract> : f32
            %v838 = arith.addf %v837, %v835 fastmath<contract> : f32
            llvm.store %v838, %v4 : f32, !llvm.ptr
            %v839 = llvm.load %v4 : !llvm.ptr -> f32
            %v840 = arith.muli %v21, %v63 : i64
            %v841 = arith.muli %v19, %v62 : i64
            %v842 = arith.addi %v840, %v841 : i64
            %v843 = arith.muli %v791, %v1 : i64
            %v844 = arith.addi %v842, %v843 : i64
            %v845 = llvm.getelementptr %in_g_o[%v844] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v846 = llvm.load %v845 : !llvm.ptr -> f32
            %v847 = arith.negf %v846 : f32
            %v848 = arith.mulf %v847, %v108 fastmath<contract> : f32
            %v849 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v848) : (f32) -> f32
            %v850 = arith.addf %v59, %v849 fastmath<contract> : f32
            %v851 = arith.divf %v59, %v850 : f32
            %v852 = arith.mulf %v839, %v851 fastmath<contract> : f32
            scf.if %v16 {
              %v853 = arith.muli %v21, %v63 : i64
              %v854 = arith.muli %v19, %v62 : i64
              %v855 = arith.addi %v853, %v854 : i64
              %v856 = arith.muli %v791, %v1 : i64
              %v857 = arith.addi %v855, %v856 : i64
              %v858 = llvm.getelementptr %out_y[%v857] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v852, %v858 : f32, !llvm.ptr
            }
          }
        }
        gpu.barrier
      }
      // end scan
      %v859 = arith.cmpi eq, %v14, %v29 : i64
      %v860 = arith.andi %v16, %v859 : i1
      gpu.return
    }
  }
}
