module attributes {gpu.container_module} {
  gpu.module @linrec {
    llvm.mlir.global internal @warp_a_rglru_fwd() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<9 x f32>
    llvm.mlir.global internal @warp_b_rglru_fwd() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<9 x f32>
    gpu.func @rglru_fwd(%in_x: !llvm.ptr, %in_gate_a: !llvm.ptr, %in_gate_x: !llvm.ptr, %in_Lambda: !llvm.ptr, %out_y: !llvm.ptr, %ckpt_h: !llvm.ptr, %size_B: i64, %size_D: i64, %size_L: i64) kernel {
      %v1 = arith.constant 1 : i64
      %v2 = arith.muli %size_B, %size_D : i64
      %v3 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v4 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v5 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v6 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v7 = llvm.mlir.addressof @warp_a_rglru_fwd : !llvm.ptr<3>
      %v8 = llvm.addrspacecast %v7 : !llvm.ptr<3> to !llvm.ptr
      %v9 = llvm.mlir.addressof @warp_b_rglru_fwd : !llvm.ptr<3>
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
      %v115 = arith.constant 0x3FB8AA3B : f32
      %v120 = arith.constant 0x41000000 : f32
      %v170 = arith.constant 2 : i64
      %v196 = arith.constant 3 : i64
      %v222 = arith.constant 4 : i64
      %v248 = arith.constant 5 : i64
      %v274 = arith.constant 6 : i64
      %v300 = arith.constant 7 : i64
      %v376 = arith.constant 32 : i32
      %v407 = arith.constant 8 : i32
      %v418 = arith.constant 16 : i32
      %v426 = arith.constant 16 : i64
      %v430 = arith.constant 31 : i64
      %v441 = arith.constant 256 : i64
      %v447 = arith.constant 9 : i64
      %v591 = arith.constant 64 : i64
      %v598 = arith.muli %size_B, %size_D : i64
      %v822 = arith.muli %size_B, %size_D : i64
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
      %v112 = llvm.getelementptr %in_Lambda[%v18] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v113 = llvm.load %v112 : !llvm.ptr -> f32
      %v114 = arith.negf %v113 : f32
      %v116 = arith.mulf %v114, %v115 fastmath<contract> : f32
      %v117 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v116) : (f32) -> f32
      %v118 = arith.addf %v58, %v117 fastmath<contract> : f32
      %v119 = arith.divf %v58, %v118 : f32
      %v23 = arith.remui %v13, %v22 : i64
      %v24 = arith.divui %v13, %v22 : i64
      llvm.store %v25, %v3 : f32, !llvm.ptr
      %v26 = llvm.load %v3 : !llvm.ptr -> f32
      llvm.store %v26, %v6 : f32, !llvm.ptr
      %v29 = arith.remui %size_L, %v27 : i64
      %v30 = arith.cmpi eq, %v29, %v28 : i64
      %v31 = llvm.ptrtoint %in_gate_a : !llvm.ptr to i64
      %v32 = arith.remui %v31, %v22 : i64
      %v33 = arith.cmpi eq, %v32, %v28 : i64
      %v34 = arith.andi %v30, %v33 : i1
      %v35 = llvm.ptrtoint %in_gate_x : !llvm.ptr to i64
      %v36 = arith.remui %v35, %v22 : i64
      %v37 = arith.cmpi eq, %v36, %v28 : i64
      %v38 = arith.andi %v34, %v37 : i1
      %v39 = llvm.ptrtoint %in_x : !llvm.ptr to i64
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
          %v66 = llvm.getelementptr %in_gate_a[%v65] : (!llvm.ptr, i64) -> !llvm.ptr, f32
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
          %v88 = llvm.getelementptr %in_gate_x[%v87] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v89 = llvm.load %v88 {alignment = 32 : i64} : !llvm.ptr -> vector<8xf32>
          %v90 = llvm.extractelement %v89[%v68 : i32] : vector<8xf32>
          %v91 = llvm.extractelement %v89[%v70 : i32] : vector<8xf32>
          %v92 = llvm.extractelement %v89[%v72 : i32] : vector<8xf32>
          %v93 = llvm.extractelement %v89[%v74 : i32] : vector<8xf32>
          %v94 = llvm.extractelement %v89[%v76 : i32] : vector<8xf32>
          %v95 = llvm.extractelement %v89[%v78 : i32] : vector<8xf32>
          %v96 = llvm.extractelement %v89[%v80 : i32] : vector<8xf32>
          %v97 = llvm.extractelement %v89[%v82 : i32] : vector<8xf32>
          %v98 = arith.muli %v20, %v61 : i64
          %v99 = arith.muli %v18, %size_L : i64
          %v100 = arith.addi %v98, %v99 : i64
          %v101 = arith.addi %v100, %v54 : i64
          %v102 = llvm.getelementptr %in_x[%v101] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v103 = llvm.load %v102 {alignment = 32 : i64} : !llvm.ptr -> vector<8xf32>
          %v104 = llvm.extractelement %v103[%v68 : i32] : vector<8xf32>
          %v105 = llvm.extractelement %v103[%v70 : i32] : vector<8xf32>
          %v106 = llvm.extractelement %v103[%v72 : i32] : vector<8xf32>
          %v107 = llvm.extractelement %v103[%v74 : i32] : vector<8xf32>
          %v108 = llvm.extractelement %v103[%v76 : i32] : vector<8xf32>
          %v109 = llvm.extractelement %v103[%v78 : i32] : vector<8xf32>
          %v110 = llvm.extractelement %v103[%v80 : i32] : vector<8xf32>
          %v111 = llvm.extractelement %v103[%v82 : i32] : vector<8xf32>
          %v121 = arith.negf %v69 : f32
          %v122 = arith.mulf %v121, %v115 fastmath<contract> : f32
          %v123 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v122) : (f32) -> f32
          %v124 = arith.addf %v58, %v123 fastmath<contract> : f32
          %v125 = arith.divf %v58, %v124 : f32
          %v126 = arith.mulf %v120, %v125 fastmath<contract> : f32
          %v127 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v119) : (f32) -> f32
          %v128 = arith.mulf %v126, %v127 fastmath<contract> : f32
          %v129 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v128) : (f32) -> f32
          %v130 = arith.mulf %v129, %v129 fastmath<contract> : f32
          %v131 = arith.subf %v58, %v130 fastmath<contract> : f32
          %v132 = llvm.call_intrinsic "llvm.sqrt.f32"(%v131) : (f32) -> f32
          %v133 = arith.negf %v90 : f32
          %v134 = arith.mulf %v133, %v115 fastmath<contract> : f32
          %v135 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v134) : (f32) -> f32
          %v136 = arith.addf %v58, %v135 fastmath<contract> : f32
          %v137 = arith.divf %v58, %v136 : f32
          %v138 = arith.mulf %v137, %v104 fastmath<contract> : f32
          %v139 = arith.mulf %v132, %v138 fastmath<contract> : f32
          %v140 = llvm.load %v5 : !llvm.ptr -> f32
          %v141 = arith.mulf %v129, %v140 fastmath<contract> : f32
          %v142 = arith.addf %v141, %v139 fastmath<contract> : f32
          %v143 = llvm.load %v4 : !llvm.ptr -> f32
          %v144 = arith.mulf %v129, %v143 fastmath<contract> : f32
          llvm.store %v142, %v5 : f32, !llvm.ptr
          llvm.store %v144, %v4 : f32, !llvm.ptr
          %v145 = arith.addi %v54, %v1 : i64
          %v146 = arith.negf %v71 : f32
          %v147 = arith.mulf %v146, %v115 fastmath<contract> : f32
          %v148 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v147) : (f32) -> f32
          %v149 = arith.addf %v58, %v148 fastmath<contract> : f32
          %v150 = arith.divf %v58, %v149 : f32
          %v151 = arith.mulf %v120, %v150 fastmath<contract> : f32
          %v152 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v119) : (f32) -> f32
          %v153 = arith.mulf %v151, %v152 fastmath<contract> : f32
          %v154 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v153) : (f32) -> f32
          %v155 = arith.mulf %v154, %v154 fastmath<contract> : f32
          %v156 = arith.subf %v58, %v155 fastmath<contract> : f32
          %v157 = llvm.call_intrinsic "llvm.sqrt.f32"(%v156) : (f32) -> f32
          %v158 = arith.negf %v91 : f32
          %v159 = arith.mulf %v158, %v115 fastmath<contract> : f32
          %v160 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v159) : (f32) -> f32
          %v161 = arith.addf %v58, %v160 fastmath<contract> : f32
          %v162 = arith.divf %v58, %v161 : f32
          %v163 = arith.mulf %v162, %v105 fastmath<contract> : f32
          %v164 = arith.mulf %v157, %v163 fastmath<contract> : f32
          %v165 = llvm.load %v5 : !llvm.ptr -> f32
          %v166 = arith.mulf %v154, %v165 fastmath<contract> : f32
          %v167 = arith.addf %v166, %v164 fastmath<contract> : f32
          %v168 = llvm.load %v4 : !llvm.ptr -> f32
          %v169 = arith.mulf %v154, %v168 fastmath<contract> : f32
          llvm.store %v167, %v5 : f32, !llvm.ptr
          llvm.store %v169, %v4 : f32, !llvm.ptr
          %v171 = arith.addi %v54, %v170 : i64
          %v172 = arith.negf %v73 : f32
          %v173 = arith.mulf %v172, %v115 fastmath<contract> : f32
          %v174 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v173) : (f32) -> f32
          %v175 = arith.addf %v58, %v174 fastmath<contract> : f32
          %v176 = arith.divf %v58, %v175 : f32
          %v177 = arith.mulf %v120, %v176 fastmath<contract> : f32
          %v178 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v119) : (f32) -> f32
          %v179 = arith.mulf %v177, %v178 fastmath<contract> : f32
          %v180 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v179) : (f32) -> f32
          %v181 = arith.mulf %v180, %v180 fastmath<contract> : f32
          %v182 = arith.subf %v58, %v181 fastmath<contract> : f32
          %v183 = llvm.call_intrinsic "llvm.sqrt.f32"(%v182) : (f32) -> f32
          %v184 = arith.negf %v92 : f32
          %v185 = arith.mulf %v184, %v115 fastmath<contract> : f32
          %v186 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v185) : (f32) -> f32
          %v187 = arith.addf %v58, %v186 fastmath<contract> : f32
          %v188 = arith.divf %v58, %v187 : f32
          %v189 = arith.mulf %v188, %v106 fastmath<contract> : f32
          %v190 = arith.mulf %v183, %v189 fastmath<contract> : f32
          %v191 = llvm.load %v5 : !llvm.ptr -> f32
          %v192 = arith.mulf %v180, %v191 fastmath<contract> : f32
          %v193 = arith.addf %v192, %v190 fastmath<contract> : f32
          %v194 = llvm.load %v4 : !llvm.ptr -> f32
          %v195 = arith.mulf %v180, %v194 fastmath<contract> : f32
          llvm.store %v193, %v5 : f32, !llvm.ptr
          llvm.store %v195, %v4 : f32, !llvm.ptr
          %v197 = arith.addi %v54, %v196 : i64
          %v198 = arith.negf %v75 : f32
          %v199 = arith.mulf %v198, %v115 fastmath<contract> : f32
          %v200 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v199) : (f32) -> f32
          %v201 = arith.addf %v58, %v200 fastmath<contract> : f32
          %v202 = arith.divf %v58, %v201 : f32
          %v203 = arith.mulf %v120, %v202 fastmath<contract> : f32
          %v204 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v119) : (f32) -> f32
          %v205 = arith.mulf %v203, %v204 fastmath<contract> : f32
          %v206 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v205) : (f32) -> f32
          %v207 = arith.mulf %v206, %v206 fastmath<contract> : f32
          %v208 = arith.subf %v58, %v207 fastmath<contract> : f32
          %v209 = llvm.call_intrinsic "llvm.sqrt.f32"(%v208) : (f32) -> f32
          %v210 = arith.negf %v93 : f32
          %v211 = arith.mulf %v210, %v115 fastmath<contract> : f32
          %v212 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v211) : (f32) -> f32
          %v213 = arith.addf %v58, %v212 fastmath<contract> : f32
          %v214 = arith.divf %v58, %v213 : f32
          %v215 = arith.mulf %v214, %v107 fastmath<contract> : f32
          %v216 = arith.mulf %v209, %v215 fastmath<contract> : f32
          %v217 = llvm.load %v5 : !llvm.ptr -> f32
          %v218 = arith.mulf %v206, %v217 fastmath<contract> : f32
          %v219 = arith.addf %v218, %v216 fastmath<contract> : f32
          %v220 = llvm.load %v4 : !llvm.ptr -> f32
          %v221 = arith.mulf %v206, %v220 fastmath<contract> : f32
          llvm.store %v219, %v5 : f32, !llvm.ptr
          llvm.store %v221, %v4 : f32, !llvm.ptr
          %v223 = arith.addi %v54, %v222 : i64
          %v224 = arith.negf %v77 : f32
          %v225 = arith.mulf %v224, %v115 fastmath<contract> : f32
          %v226 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v225) : (f32) -> f32
          %v227 = arith.addf %v58, %v226 fastmath<contract> : f32
          %v228 = arith.divf %v58, %v227 : f32
          %v229 = arith.mulf %v120, %v228 fastmath<contract> : f32
          %v230 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v119) : (f32) -> f32
          %v231 = arith.mulf %v229, %v230 fastmath<contract> : f32
          %v232 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v231) : (f32) -> f32
          %v233 = arith.mulf %v232, %v232 fastmath<contract> : f32
          %v234 = arith.subf %v58, %v233 fastmath<contract> : f32
          %v235 = llvm.call_intrinsic "llvm.sqrt.f32"(%v234) : (f32) -> f32
          %v236 = arith.negf %v94 : f32
          %v237 = arith.mulf %v236, %v115 fastmath<contract> : f32
          %v238 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v237) : (f32) -> f32
          %v239 = arith.addf %v58, %v238 fastmath<contract> : f32
          %v240 = arith.divf %v58, %v239 : f32
          %v241 = arith.mulf %v240, %v108 fastmath<contract> : f32
          %v242 = arith.mulf %v235, %v241 fastmath<contract> : f32
          %v243 = llvm.load %v5 : !llvm.ptr -> f32
          %v244 = arith.mulf %v232, %v243 fastmath<contract> : f32
          %v245 = arith.addf %v244, %v242 fastmath<contract> : f32
          %v246 = llvm.load %v4 : !llvm.ptr -> f32
          %v247 = arith.mulf %v232, %v246 fastmath<contract> : f32
          llvm.store %v245, %v5 : f32, !llvm.ptr
          llvm.store %v247, %v4 : f32, !llvm.ptr
          %v249 = arith.addi %v54, %v248 : i64
          %v250 = arith.negf %v79 : f32
          %v251 = arith.mulf %v250, %v115 fastmath<contract> : f32
          %v252 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v251) : (f32) -> f32
          %v253 = arith.addf %v58, %v252 fastmath<contract> : f32
          %v254 = arith.divf %v58, %v253 : f32
          %v255 = arith.mulf %v120, %v254 fastmath<contract> : f32
          %v256 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v119) : (f32) -> f32
          %v257 = arith.mulf %v255, %v256 fastmath<contract> : f32
          %v258 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v257) : (f32) -> f32
          %v259 = arith.mulf %v258, %v258 fastmath<contract> : f32
          %v260 = arith.subf %v58, %v259 fastmath<contract> : f32
          %v261 = llvm.call_intrinsic "llvm.sqrt.f32"(%v260) : (f32) -> f32
          %v262 = arith.negf %v95 : f32
          %v263 = arith.mulf %v262, %v115 fastmath<contract> : f32
          %v264 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v263) : (f32) -> f32
          %v265 = arith.addf %v58, %v264 fastmath<contract> : f32
          %v266 = arith.divf %v58, %v265 : f32
          %v267 = arith.mulf %v266, %v109 fastmath<contract> : f32
          %v268 = arith.mulf %v261, %v267 fastmath<contract> : f32
          %v269 = llvm.load %v5 : !llvm.ptr -> f32
          %v270 = arith.mulf %v258, %v269 fastmath<contract> : f32
          %v271 = arith.addf %v270, %v268 fastmath<contract> : f32
          %v272 = llvm.load %v4 : !llvm.ptr -> f32
          %v273 = arith.mulf %v258, %v272 fastmath<contract> : f32
          llvm.store %v271, %v5 : f32, !llvm.ptr
          llvm.store %v273, %v4 : f32, !llvm.ptr
          %v275 = arith.addi %v54, %v274 : i64
          %v276 = arith.negf %v81 : f32
          %v277 = arith.mulf %v276, %v115 fastmath<contract> : f32
          %v278 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v277) : (f32) -> f32
          %v279 = arith.addf %v58, %v278 fastmath<contract> : f32
          %v280 = arith.divf %v58, %v279 : f32
          %v281 = arith.mulf %v120, %v280 fastmath<contract> : f32
          %v282 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v119) : (f32) -> f32
          %v283 = arith.mulf %v281, %v282 fastmath<contract> : f32
          %v284 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v283) : (f32) -> f32
          %v285 = arith.mulf %v284, %v284 fastmath<contract> : f32
          %v286 = arith.subf %v58, %v285 fastmath<contract> : f32
          %v287 = llvm.call_intrinsic "llvm.sqrt.f32"(%v286) : (f32) -> f32
          %v288 = arith.negf %v96 : f32
          %v289 = arith.mulf %v288, %v115 fastmath<contract> : f32
          %v290 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v289) : (f32) -> f32
          %v291 = arith.addf %v58, %v290 fastmath<contract> : f32
          %v292 = arith.divf %v58, %v291 : f32
          %v293 = arith.mulf %v292, %v110 fastmath<contract> : f32
          %v294 = arith.mulf %v287, %v293 fastmath<contract> : f32
          %v295 = llvm.load %v5 : !llvm.ptr -> f32
          %v296 = arith.mulf %v284, %v295 fastmath<contract> : f32
          %v297 = arith.addf %v296, %v294 fastmath<contract> : f32
          %v298 = llvm.load %v4 : !llvm.ptr -> f32
          %v299 = arith.mulf %v284, %v298 fastmath<contract> : f32
          llvm.store %v297, %v5 : f32, !llvm.ptr
          llvm.store %v299, %v4 : f32, !llvm.ptr
          %v301 = arith.addi %v54, %v300 : i64
          %v302 = arith.negf %v83 : f32
          %v303 = arith.mulf %v302, %v115 fastmath<contract> : f32
          %v304 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v303) : (f32) -> f32
          %v305 = arith.addf %v58, %v304 fastmath<contract> : f32
          %v306 = arith.divf %v58, %v305 : f32
          %v307 = arith.mulf %v120, %v306 fastmath<contract> : f32
          %v308 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v119) : (f32) -> f32
          %v309 = arith.mulf %v307, %v308 fastmath<contract> : f32
          %v310 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v309) : (f32) -> f32
          %v311 = arith.mulf %v310, %v310 fastmath<contract> : f32
          %v312 = arith.subf %v58, %v311 fastmath<contract> : f32
          %v313 = llvm.call_intrinsic "llvm.sqrt.f32"(%v312) : (f32) -> f32
          %v314 = arith.negf %v97 : f32
          %v315 = arith.mulf %v314, %v115 fastmath<contract> : f32
          %v316 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v315) : (f32) -> f32
          %v317 = arith.addf %v58, %v316 fastmath<contract> : f32
          %v318 = arith.divf %v58, %v317 : f32
          %v319 = arith.mulf %v318, %v111 fastmath<contract> : f32
          %v320 = arith.mulf %v313, %v319 fastmath<contract> : f32
          %v321 = llvm.load %v5 : !llvm.ptr -> f32
          %v322 = arith.mulf %v310, %v321 fastmath<contract> : f32
          %v323 = arith.addf %v322, %v320 fastmath<contract> : f32
          %v324 = llvm.load %v4 : !llvm.ptr -> f32
          %v325 = arith.mulf %v310, %v324 fastmath<contract> : f32
          llvm.store %v323, %v5 : f32, !llvm.ptr
          llvm.store %v325, %v4 : f32, !llvm.ptr
        } else {
          %v326 = arith.index_cast %v28 : i64 to index
          %v327 = arith.index_cast %v57 : i64 to index
          %v328 = arith.index_cast %v1 : i64 to index
          scf.for %v329 = %v326 to %v327 step %v328 {
            %v330 = arith.index_cast %v329 : index to i64
            %v331 = arith.addi %v54, %v330 : i64
            %v332 = arith.muli %v20, %v61 : i64
            %v333 = arith.muli %v18, %size_L : i64
            %v334 = arith.addi %v332, %v333 : i64
            %v335 = arith.addi %v334, %v331 : i64
            %v336 = llvm.getelementptr %in_gate_a[%v335] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v337 = llvm.load %v336 : !llvm.ptr -> f32
            %v338 = arith.negf %v337 : f32
            %v339 = arith.mulf %v338, %v115 fastmath<contract> : f32
            %v340 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v339) : (f32) -> f32
            %v341 = arith.addf %v58, %v340 fastmath<contract> : f32
            %v342 = arith.divf %v58, %v341 : f32
            %v343 = arith.mulf %v120, %v342 fastmath<contract> : f32
            %v344 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v119) : (f32) -> f32
            %v345 = arith.mulf %v343, %v344 fastmath<contract> : f32
            %v346 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v345) : (f32) -> f32
            %v347 = arith.mulf %v346, %v346 fastmath<contract> : f32
            %v348 = arith.subf %v58, %v347 fastmath<contract> : f32
            %v349 = llvm.call_intrinsic "llvm.sqrt.f32"(%v348) : (f32) -> f32
            %v350 = arith.muli %v20, %v61 : i64
            %v351 = arith.muli %v18, %size_L : i64
            %v352 = arith.addi %v350, %v351 : i64
            %v353 = arith.addi %v352, %v331 : i64
            %v354 = llvm.getelementptr %in_gate_x[%v353] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v355 = llvm.load %v354 : !llvm.ptr -> f32
            %v356 = arith.negf %v355 : f32
            %v357 = arith.mulf %v356, %v115 fastmath<contract> : f32
            %v358 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v357) : (f32) -> f32
            %v359 = arith.addf %v58, %v358 fastmath<contract> : f32
            %v360 = arith.divf %v58, %v359 : f32
            %v361 = arith.muli %v20, %v61 : i64
            %v362 = arith.muli %v18, %size_L : i64
            %v363 = arith.addi %v361, %v362 : i64
            %v364 = arith.addi %v363, %v331 : i64
            %v365 = llvm.getelementptr %in_x[%v364] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v366 = llvm.load %v365 : !llvm.ptr -> f32
            %v367 = arith.mulf %v360, %v366 fastmath<contract> : f32
            %v368 = arith.mulf %v349, %v367 fastmath<contract> : f32
            %v369 = llvm.load %v5 : !llvm.ptr -> f32
            %v370 = arith.mulf %v346, %v369 fastmath<contract> : f32
            %v371 = arith.addf %v370, %v368 fastmath<contract> : f32
            %v372 = llvm.load %v4 : !llvm.ptr -> f32
            %v373 = arith.mulf %v346, %v372 fastmath<contract> : f32
            llvm.store %v371, %v5 : f32, !llvm.ptr
            llvm.store %v373, %v4 : f32, !llvm.ptr
          }
        }
        // 2. the block's scan of the maps: the state entering each thread's steps
        %v374 = llvm.load %v4 : !llvm.ptr -> f32
        %v375 = llvm.load %v5 : !llvm.ptr -> f32
        %v377, %v378 = gpu.shuffle up %v374, %v70, %v376 : f32
        %v379, %v380 = gpu.shuffle up %v375, %v70, %v376 : f32
        %v381 = arith.mulf %v374, %v377 fastmath<contract> : f32
        %v382 = arith.mulf %v374, %v379 fastmath<contract> : f32
        %v383 = arith.addf %v382, %v375 fastmath<contract> : f32
        %v384 = arith.cmpi uge, %v23, %v1 : i64
        %v385 = arith.select %v384, %v381, %v374 : f32
        %v386 = arith.select %v384, %v383, %v375 : f32
        %v387, %v388 = gpu.shuffle up %v385, %v72, %v376 : f32
        %v389, %v390 = gpu.shuffle up %v386, %v72, %v376 : f32
        %v391 = arith.mulf %v385, %v387 fastmath<contract> : f32
        %v392 = arith.mulf %v385, %v389 fastmath<contract> : f32
        %v393 = arith.addf %v392, %v386 fastmath<contract> : f32
        %v394 = arith.cmpi uge, %v23, %v170 : i64
        %v395 = arith.select %v394, %v391, %v385 : f32
        %v396 = arith.select %v394, %v393, %v386 : f32
        %v397, %v398 = gpu.shuffle up %v395, %v76, %v376 : f32
        %v399, %v400 = gpu.shuffle up %v396, %v76, %v376 : f32
        %v401 = arith.mulf %v395, %v397 fastmath<contract> : f32
        %v402 = arith.mulf %v395, %v399 fastmath<contract> : f32
        %v403 = arith.addf %v402, %v396 fastmath<contract> : f32
        %v404 = arith.cmpi uge, %v23, %v222 : i64
        %v405 = arith.select %v404, %v401, %v395 : f32
        %v406 = arith.select %v404, %v403, %v396 : f32
        %v408, %v409 = gpu.shuffle up %v405, %v407, %v376 : f32
        %v410, %v411 = gpu.shuffle up %v406, %v407, %v376 : f32
        %v412 = arith.mulf %v405, %v408 fastmath<contract> : f32
        %v413 = arith.mulf %v405, %v410 fastmath<contract> : f32
        %v414 = arith.addf %v413, %v406 fastmath<contract> : f32
        %v415 = arith.cmpi uge, %v23, %v27 : i64
        %v416 = arith.select %v415, %v412, %v405 : f32
        %v417 = arith.select %v415, %v414, %v406 : f32
        %v419, %v420 = gpu.shuffle up %v416, %v418, %v376 : f32
        %v421, %v422 = gpu.shuffle up %v417, %v418, %v376 : f32
        %v423 = arith.mulf %v416, %v419 fastmath<contract> : f32
        %v424 = arith.mulf %v416, %v421 fastmath<contract> : f32
        %v425 = arith.addf %v424, %v417 fastmath<contract> : f32
        %v427 = arith.cmpi uge, %v23, %v426 : i64
        %v428 = arith.select %v427, %v423, %v416 : f32
        %v429 = arith.select %v427, %v425, %v417 : f32
        %v431 = arith.cmpi eq, %v23, %v430 : i64
        scf.if %v431 {
          %v432 = llvm.getelementptr %v8[%v24] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v428, %v432 : f32, !llvm.ptr
          %v433 = llvm.getelementptr %v10[%v24] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v429, %v433 : f32, !llvm.ptr
        }
        %v434, %v435 = gpu.shuffle up %v428, %v70, %v376 : f32
        %v436, %v437 = gpu.shuffle up %v429, %v70, %v376 : f32
        %v438 = arith.cmpi eq, %v23, %v28 : i64
        %v439 = arith.select %v438, %v58, %v434 : f32
        %v440 = arith.select %v438, %v25, %v436 : f32
        // across warps: the warps' maps before this one's, and the whole tile's
        gpu.barrier
        %v442 = arith.index_cast %v13 : i64 to index
        %v443 = arith.index_cast %v1 : i64 to index
        %v444 = arith.index_cast %v441 : i64 to index
        scf.for %v445 = %v442 to %v443 step %v444 {
          %v446 = arith.index_cast %v445 : index to i64
          %v448 = arith.muli %v446, %v447 : i64
          %v449 = llvm.getelementptr %v8[%v448] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v450 = llvm.load %v449 : !llvm.ptr -> f32
          %v451 = llvm.getelementptr %v10[%v448] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v452 = llvm.load %v451 : !llvm.ptr -> f32
          %v453 = llvm.getelementptr %v8[%v448] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v58, %v453 : f32, !llvm.ptr
          %v454 = llvm.getelementptr %v10[%v448] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v25, %v454 : f32, !llvm.ptr
          %v455 = arith.mulf %v450, %v58 fastmath<contract> : f32
          %v456 = arith.mulf %v450, %v25 fastmath<contract> : f32
          %v457 = arith.addf %v456, %v452 fastmath<contract> : f32
          %v458 = arith.addi %v448, %v1 : i64
          %v459 = llvm.getelementptr %v8[%v458] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v460 = llvm.load %v459 : !llvm.ptr -> f32
          %v461 = llvm.getelementptr %v10[%v458] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v462 = llvm.load %v461 : !llvm.ptr -> f32
          %v463 = llvm.getelementptr %v8[%v458] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v455, %v463 : f32, !llvm.ptr
          %v464 = llvm.getelementptr %v10[%v458] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v457, %v464 : f32, !llvm.ptr
          %v465 = arith.mulf %v460, %v455 fastmath<contract> : f32
          %v466 = arith.mulf %v460, %v457 fastmath<contract> : f32
          %v467 = arith.addf %v466, %v462 fastmath<contract> : f32
          %v468 = arith.addi %v448, %v170 : i64
          %v469 = llvm.getelementptr %v8[%v468] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v470 = llvm.load %v469 : !llvm.ptr -> f32
          %v471 = llvm.getelementptr %v10[%v468] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v472 = llvm.load %v471 : !llvm.ptr -> f32
          %v473 = llvm.getelementptr %v8[%v468] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v465, %v473 : f32, !llvm.ptr
          %v474 = llvm.getelementptr %v10[%v468] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v467, %v474 : f32, !llvm.ptr
          %v475 = arith.mulf %v470, %v465 fastmath<contract> : f32
          %v476 = arith.mulf %v470, %v467 fastmath<contract> : f32
          %v477 = arith.addf %v476, %v472 fastmath<contract> : f32
          %v478 = arith.addi %v448, %v196 : i64
          %v479 = llvm.getelementptr %v8[%v478] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v480 = llvm.load %v479 : !llvm.ptr -> f32
          %v481 = llvm.getelementptr %v10[%v478] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v482 = llvm.load %v481 : !llvm.ptr -> f32
          %v483 = llvm.getelementptr %v8[%v478] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v475, %v483 : f32, !llvm.ptr
          %v484 = llvm.getelementptr %v10[%v478] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v477, %v484 : f32, !llvm.ptr
          %v485 = arith.mulf %v480, %v475 fastmath<contract> : f32
          %v486 = arith.mulf %v480, %v477 fastmath<contract> : f32
          %v487 = arith.addf %v486, %v482 fastmath<contract> : f32
          %v488 = arith.addi %v448, %v222 : i64
          %v489 = llvm.getelementptr %v8[%v488] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v490 = llvm.load %v489 : !llvm.ptr -> f32
          %v491 = llvm.getelementptr %v10[%v488] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v492 = llvm.load %v491 : !llvm.ptr -> f32
          %v493 = llvm.getelementptr %v8[%v488] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v485, %v493 : f32, !llvm.ptr
          %v494 = llvm.getelementptr %v10[%v488] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v487, %v494 : f32, !llvm.ptr
          %v495 = arith.mulf %v490, %v485 fastmath<contract> : f32
          %v496 = arith.mulf %v490, %v487 fastmath<contract> : f32
          %v497 = arith.addf %v496, %v492 fastmath<contract> : f32
          %v498 = arith.addi %v448, %v248 : i64
          %v499 = llvm.getelementptr %v8[%v498] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v500 = llvm.load %v499 : !llvm.ptr -> f32
          %v501 = llvm.getelementptr %v10[%v498] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v502 = llvm.load %v501 : !llvm.ptr -> f32
          %v503 = llvm.getelementptr %v8[%v498] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v495, %v503 : f32, !llvm.ptr
          %v504 = llvm.getelementptr %v10[%v498] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v497, %v504 : f32, !llvm.ptr
          %v505 = arith.mulf %v500, %v495 fastmath<contract> : f32
          %v506 = arith.mulf %v500, %v497 fastmath<contract> : f32
          %v507 = arith.addf %v506, %v502 fastmath<contract> : f32
          %v508 = arith.addi %v448, %v274 : i64
          %v509 = llvm.getelementptr %v8[%v508] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v510 = llvm.load %v509 : !llvm.ptr -> f32
          %v511 = llvm.getelementptr %v10[%v508] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v512 = llvm.load %v511 : !llvm.ptr -> f32
          %v513 = llvm.getelementptr %v8[%v508] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v505, %v513 : f32, !llvm.ptr
          %v514 = llvm.getelementptr %v10[%v508] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v507, %v514 : f32, !llvm.ptr
          %v515 = arith.mulf %v510, %v505 fastmath<contract> : f32
          %v516 = arith.mulf %v510, %v507 fastmath<contract> : f32
          %v517 = arith.addf %v516, %v512 fastmath<contract> : f32
          %v518 = arith.addi %v448, %v300 : i64
          %v519 = llvm.getelementptr %v8[%v518] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v520 = llvm.load %v519 : !llvm.ptr -> f32
          %v521 = llvm.getelementptr %v10[%v518] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v522 = llvm.load %v521 : !llvm.ptr -> f32
          %v523 = llvm.getelementptr %v8[%v518] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v515, %v523 : f32, !llvm.ptr
          %v524 = llvm.getelementptr %v10[%v518] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v517, %v524 : f32, !llvm.ptr
          %v525 = arith.mulf %v520, %v515 fastmath<contract> : f32
          %v526 = arith.mulf %v520, %v517 fastmath<contract> : f32
          %v527 = arith.addf %v526, %v522 fastmath<contract> : f32
          %v528 = arith.addi %v448, %v27 : i64
          %v529 = llvm.getelementptr %v8[%v528] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v525, %v529 : f32, !llvm.ptr
          %v530 = llvm.getelementptr %v10[%v528] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v527, %v530 : f32, !llvm.ptr
        }
        gpu.barrier
        %v531 = llvm.getelementptr %v8[%v24] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v532 = llvm.load %v531 : !llvm.ptr -> f32
        %v533 = llvm.getelementptr %v10[%v24] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v534 = llvm.load %v533 : !llvm.ptr -> f32
        %v535 = llvm.getelementptr %v8[%v27] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v536 = llvm.load %v535 : !llvm.ptr -> f32
        %v537 = llvm.getelementptr %v10[%v27] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v538 = llvm.load %v537 : !llvm.ptr -> f32
        %v539 = arith.mulf %v439, %v532 fastmath<contract> : f32
        %v540 = arith.mulf %v439, %v534 fastmath<contract> : f32
        %v541 = arith.addf %v540, %v440 fastmath<contract> : f32
        %v542 = llvm.load %v6 : !llvm.ptr -> f32
        %v543 = arith.mulf %v539, %v542 fastmath<contract> : f32
        %v544 = arith.addf %v543, %v541 fastmath<contract> : f32
        llvm.store %v544, %v3 : f32, !llvm.ptr
        %v545 = arith.mulf %v536, %v542 fastmath<contract> : f32
        %v546 = arith.addf %v545, %v538 fastmath<contract> : f32
        llvm.store %v546, %v6 : f32, !llvm.ptr
        // 3. the K steps again from the state entering them: outputs, checkpoints
        %v547 = arith.cmpi eq, %v57, %v27 : i64
        %v548 = arith.andi %v547, %v46 : i1
        scf.if %v548 {
          %v549 = arith.muli %v20, %v61 : i64
          %v550 = arith.muli %v18, %size_L : i64
          %v551 = arith.addi %v549, %v550 : i64
          %v552 = arith.addi %v551, %v54 : i64
          %v553 = llvm.getelementptr %in_gate_a[%v552] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v554 = llvm.load %v553 {alignment = 32 : i64} : !llvm.ptr -> vector<8xf32>
          %v555 = llvm.extractelement %v554[%v68 : i32] : vector<8xf32>
          %v556 = llvm.extractelement %v554[%v70 : i32] : vector<8xf32>
          %v557 = llvm.extractelement %v554[%v72 : i32] : vector<8xf32>
          %v558 = llvm.extractelement %v554[%v74 : i32] : vector<8xf32>
          %v559 = llvm.extractelement %v554[%v76 : i32] : vector<8xf32>
          %v560 = llvm.extractelement %v554[%v78 : i32] : vector<8xf32>
          %v561 = llvm.extractelement %v554[%v80 : i32] : vector<8xf32>
          %v562 = llvm.extractelement %v554[%v82 : i32] : vector<8xf32>
          %v563 = arith.muli %v20, %v61 : i64
          %v564 = arith.muli %v18, %size_L : i64
          %v565 = arith.addi %v563, %v564 : i64
          %v566 = arith.addi %v565, %v54 : i64
          %v567 = llvm.getelementptr %in_gate_x[%v566] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v568 = llvm.load %v567 {alignment = 32 : i64} : !llvm.ptr -> vector<8xf32>
          %v569 = llvm.extractelement %v568[%v68 : i32] : vector<8xf32>
          %v570 = llvm.extractelement %v568[%v70 : i32] : vector<8xf32>
          %v571 = llvm.extractelement %v568[%v72 : i32] : vector<8xf32>
          %v572 = llvm.extractelement %v568[%v74 : i32] : vector<8xf32>
          %v573 = llvm.extractelement %v568[%v76 : i32] : vector<8xf32>
          %v574 = llvm.extractelement %v568[%v78 : i32] : vector<8xf32>
          %v575 = llvm.extractelement %v568[%v80 : i32] : vector<8xf32>
          %v576 = llvm.extractelement %v568[%v82 : i32] : vector<8xf32>
          %v577 = arith.muli %v20, %v61 : i64
          %v578 = arith.muli %v18, %size_L : i64
          %v579 = arith.addi %v577, %v578 : i64
          %v580 = arith.addi %v579, %v54 : i64
          %v581 = llvm.getelementptr %in_x[%v580] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v582 = llvm.load %v581 {alignment = 32 : i64} : !llvm.ptr -> vector<8xf32>
          %v583 = llvm.extractelement %v582[%v68 : i32] : vector<8xf32>
          %v584 = llvm.extractelement %v582[%v70 : i32] : vector<8xf32>
          %v585 = llvm.extractelement %v582[%v72 : i32] : vector<8xf32>
          %v586 = llvm.extractelement %v582[%v74 : i32] : vector<8xf32>
          %v587 = llvm.extractelement %v582[%v76 : i32] : vector<8xf32>
          %v588 = llvm.extractelement %v582[%v78 : i32] : vector<8xf32>
          %v589 = llvm.extractelement %v582[%v80 : i32] : vector<8xf32>
          %v590 = llvm.extractelement %v582[%v82 : i32] : vector<8xf32>
          // save the states at checkpoint steps (when given somewhere to save them)
          %v592 = arith.remui %v54, %v591 : i64
          %v593 = arith.cmpi eq, %v592, %v28 : i64
          %v594 = arith.andi %v593, %v15 : i1
          scf.if %v594 {
            %v595 = arith.divui %v54, %v591 : i64
            %v596 = llvm.mlir.zero : !llvm.ptr
            %v597 = llvm.icmp "ne" %ckpt_h, %v596 : !llvm.ptr
            scf.if %v597 {
              %v599 = arith.muli %v595, %v598 : i64
              %v600 = llvm.load %v3 : !llvm.ptr -> f32
              %v601 = arith.muli %v20, %size_D : i64
              %v602 = arith.addi %v601, %v18 : i64
              %v603 = arith.addi %v599, %v602 : i64
              %v604 = llvm.getelementptr %ckpt_h[%v603] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v600, %v604 : f32, !llvm.ptr
            }
          }
          // end save
          %v605 = arith.negf %v555 : f32
          %v606 = arith.mulf %v605, %v115 fastmath<contract> : f32
          %v607 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v606) : (f32) -> f32
          %v608 = arith.addf %v58, %v607 fastmath<contract> : f32
          %v609 = arith.divf %v58, %v608 : f32
          %v610 = arith.mulf %v120, %v609 fastmath<contract> : f32
          %v611 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v119) : (f32) -> f32
          %v612 = arith.mulf %v610, %v611 fastmath<contract> : f32
          %v613 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v612) : (f32) -> f32
          %v614 = arith.mulf %v613, %v613 fastmath<contract> : f32
          %v615 = arith.subf %v58, %v614 fastmath<contract> : f32
          %v616 = llvm.call_intrinsic "llvm.sqrt.f32"(%v615) : (f32) -> f32
          %v617 = arith.negf %v569 : f32
          %v618 = arith.mulf %v617, %v115 fastmath<contract> : f32
          %v619 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v618) : (f32) -> f32
          %v620 = arith.addf %v58, %v619 fastmath<contract> : f32
          %v621 = arith.divf %v58, %v620 : f32
          %v622 = arith.mulf %v621, %v583 fastmath<contract> : f32
          %v623 = arith.mulf %v616, %v622 fastmath<contract> : f32
          %v624 = llvm.load %v3 : !llvm.ptr -> f32
          %v625 = arith.mulf %v613, %v624 fastmath<contract> : f32
          %v626 = arith.addf %v625, %v623 fastmath<contract> : f32
          llvm.store %v626, %v3 : f32, !llvm.ptr
          %v627 = llvm.load %v3 : !llvm.ptr -> f32
          %v628 = arith.addi %v54, %v1 : i64
          %v629 = arith.negf %v556 : f32
          %v630 = arith.mulf %v629, %v115 fastmath<contract> : f32
          %v631 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v630) : (f32) -> f32
          %v632 = arith.addf %v58, %v631 fastmath<contract> : f32
          %v633 = arith.divf %v58, %v632 : f32
          %v634 = arith.mulf %v120, %v633 fastmath<contract> : f32
          %v635 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v119) : (f32) -> f32
          %v636 = arith.mulf %v634, %v635 fastmath<contract> : f32
          %v637 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v636) : (f32) -> f32
          %v638 = arith.mulf %v637, %v637 fastmath<contract> : f32
          %v639 = arith.subf %v58, %v638 fastmath<contract> : f32
          %v640 = llvm.call_intrinsic "llvm.sqrt.f32"(%v639) : (f32) -> f32
          %v641 = arith.negf %v570 : f32
          %v642 = arith.mulf %v641, %v115 fastmath<contract> : f32
          %v643 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v642) : (f32) -> f32
          %v644 = arith.addf %v58, %v643 fastmath<contract> : f32
          %v645 = arith.divf %v58, %v644 : f32
          %v646 = arith.mulf %v645, %v584 fastmath<contract> : f32
          %v647 = arith.mulf %v640, %v646 fastmath<contract> : f32
          %v648 = llvm.load %v3 : !llvm.ptr -> f32
          %v649 = arith.mulf %v637, %v648 fastmath<contract> : f32
          %v650 = arith.addf %v649, %v647 fastmath<contract> : f32
          llvm.store %v650, %v3 : f32, !llvm.ptr
          %v651 = llvm.load %v3 : !llvm.ptr -> f32
          %v652 = arith.addi %v54, %v170 : i64
          %v653 = arith.negf %v557 : f32
          %v654 = arith.mulf %v653, %v115 fastmath<contract> : f32
          %v655 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v654) : (f32) -> f32
          %v656 = arith.addf %v58, %v655 fastmath<contract> : f32
          %v657 = arith.divf %v58, %v656 : f32
          %v658 = arith.mulf %v120, %v657 fastmath<contract> : f32
          %v659 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v119) : (f32) -> f32
          %v660 = arith.mulf %v658, %v659 fastmath<contract> : f32
          %v661 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v660) : (f32) -> f32
          %v662 = arith.mulf %v661, %v661 fastmath<contract> : f32
          %v663 = arith.subf %v58, %v662 fastmath<contract> : f32
          %v664 = llvm.call_intrinsic "llvm.sqrt.f32"(%v663) : (f32) -> f32
          %v665 = arith.negf %v571 : f32
          %v666 = arith.mulf %v665, %v115 fastmath<contract> : f32
          %v667 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v666) : (f32) -> f32
          %v668 = arith.addf %v58, %v667 fastmath<contract> : f32
          %v669 = arith.divf %v58, %v668 : f32
          %v670 = arith.mulf %v669, %v585 fastmath<contract> : f32
          %v671 = arith.mulf %v664, %v670 fastmath<contract> : f32
          %v672 = llvm.load %v3 : !llvm.ptr -> f32
          %v673 = arith.mulf %v661, %v672 fastmath<contract> : f32
          %v674 = arith.addf %v673, %v671 fastmath<contract> : f32
          llvm.store %v674, %v3 : f32, !llvm.ptr
          %v675 = llvm.load %v3 : !llvm.ptr -> f32
          %v676 = arith.addi %v54, %v196 : i64
          %v677 = arith.negf %v558 : f32
          %v678 = arith.mulf %v677, %v115 fastmath<contract> : f32
          %v679 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v678) : (f32) -> f32
          %v680 = arith.addf %v58, %v679 fastmath<contract> : f32
          %v681 = arith.divf %v58, %v680 : f32
          %v682 = arith.mulf %v120, %v681 fastmath<contract> : f32
          %v683 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v119) : (f32) -> f32
          %v684 = arith.mulf %v682, %v683 fastmath<contract> : f32
          %v685 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v684) : (f32) -> f32
          %v686 = arith.mulf %v685, %v685 fastmath<contract> : f32
          %v687 = arith.subf %v58, %v686 fastmath<contract> : f32
          %v688 = llvm.call_intrinsic "llvm.sqrt.f32"(%v687) : (f32) -> f32
          %v689 = arith.negf %v572 : f32
          %v690 = arith.mulf %v689, %v115 fastmath<contract> : f32
          %v691 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v690) : (f32) -> f32
          %v692 = arith.addf %v58, %v691 fastmath<contract> : f32
          %v693 = arith.divf %v58, %v692 : f32
          %v694 = arith.mulf %v693, %v586 fastmath<contract> : f32
          %v695 = arith.mulf %v688, %v694 fastmath<contract> : f32
          %v696 = llvm.load %v3 : !llvm.ptr -> f32
          %v697 = arith.mulf %v685, %v696 fastmath<contract> : f32
          %v698 = arith.addf %v697, %v695 fastmath<contract> : f32
          llvm.store %v698, %v3 : f32, !llvm.ptr
          %v699 = llvm.load %v3 : !llvm.ptr -> f32
          %v700 = arith.addi %v54, %v222 : i64
          %v701 = arith.negf %v559 : f32
          %v702 = arith.mulf %v701, %v115 fastmath<contract> : f32
          %v703 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v702) : (f32) -> f32
          %v704 = arith.addf %v58, %v703 fastmath<contract> : f32
          %v705 = arith.divf %v58, %v704 : f32
          %v706 = arith.mulf %v120, %v705 fastmath<contract> : f32
          %v707 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v119) : (f32) -> f32
          %v708 = arith.mulf %v706, %v707 fastmath<contract> : f32
          %v709 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v708) : (f32) -> f32
          %v710 = arith.mulf %v709, %v709 fastmath<contract> : f32
          %v711 = arith.subf %v58, %v710 fastmath<contract> : f32
          %v712 = llvm.call_intrinsic "llvm.sqrt.f32"(%v711) : (f32) -> f32
          %v713 = arith.negf %v573 : f32
          %v714 = arith.mulf %v713, %v115 fastmath<contract> : f32
          %v715 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v714) : (f32) -> f32
          %v716 = arith.addf %v58, %v715 fastmath<contract> : f32
          %v717 = arith.divf %v58, %v716 : f32
          %v718 = arith.mulf %v717, %v587 fastmath<contract> : f32
          %v719 = arith.mulf %v712, %v718 fastmath<contract> : f32
          %v720 = llvm.load %v3 : !llvm.ptr -> f32
          %v721 = arith.mulf %v709, %v720 fastmath<contract> : f32
          %v722 = arith.addf %v721, %v719 fastmath<contract> : f32
          llvm.store %v722, %v3 : f32, !llvm.ptr
          %v723 = llvm.load %v3 : !llvm.ptr -> f32
          %v724 = arith.addi %v54, %v248 : i64
          %v725 = arith.negf %v560 : f32
          %v726 = arith.mulf %v725, %v115 fastmath<contract> : f32
          %v727 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v726) : (f32) -> f32
          %v728 = arith.addf %v58, %v727 fastmath<contract> : f32
          %v729 = arith.divf %v58, %v728 : f32
          %v730 = arith.mulf %v120, %v729 fastmath<contract> : f32
          %v731 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v119) : (f32) -> f32
          %v732 = arith.mulf %v730, %v731 fastmath<contract> : f32
          %v733 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v732) : (f32) -> f32
          %v734 = arith.mulf %v733, %v733 fastmath<contract> : f32
          %v735 = arith.subf %v58, %v734 fastmath<contract> : f32
          %v736 = llvm.call_intrinsic "llvm.sqrt.f32"(%v735) : (f32) -> f32
          %v737 = arith.negf %v574 : f32
          %v738 = arith.mulf %v737, %v115 fastmath<contract> : f32
          %v739 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v738) : (f32) -> f32
          %v740 = arith.addf %v58, %v739 fastmath<contract> : f32
          %v741 = arith.divf %v58, %v740 : f32
          %v742 = arith.mulf %v741, %v588 fastmath<contract> : f32
          %v743 = arith.mulf %v736, %v742 fastmath<contract> : f32
          %v744 = llvm.load %v3 : !llvm.ptr -> f32
          %v745 = arith.mulf %v733, %v744 fastmath<contract> : f32
          %v746 = arith.addf %v745, %v743 fastmath<contract> : f32
          llvm.store %v746, %v3 : f32, !llvm.ptr
          %v747 = llvm.load %v3 : !llvm.ptr -> f32
          %v748 = arith.addi %v54, %v274 : i64
          %v749 = arith.negf %v561 : f32
          %v750 = arith.mulf %v749, %v115 fastmath<contract> : f32
          %v751 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v750) : (f32) -> f32
          %v752 = arith.addf %v58, %v751 fastmath<contract> : f32
          %v753 = arith.divf %v58, %v752 : f32
          %v754 = arith.mulf %v120, %v753 fastmath<contract> : f32
          %v755 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v119) : (f32) -> f32
          %v756 = arith.mulf %v754, %v755 fastmath<contract> : f32
          %v757 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v756) : (f32) -> f32
          %v758 = arith.mulf %v757, %v757 fastmath<contract> : f32
          %v759 = arith.subf %v58, %v758 fastmath<contract> : f32
          %v760 = llvm.call_intrinsic "llvm.sqrt.f32"(%v759) : (f32) -> f32
          %v761 = arith.negf %v575 : f32
          %v762 = arith.mulf %v761, %v115 fastmath<contract> : f32
          %v763 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v762) : (f32) -> f32
          %v764 = arith.addf %v58, %v763 fastmath<contract> : f32
          %v765 = arith.divf %v58, %v764 : f32
          %v766 = arith.mulf %v765, %v589 fastmath<contract> : f32
          %v767 = arith.mulf %v760, %v766 fastmath<contract> : f32
          %v768 = llvm.load %v3 : !llvm.ptr -> f32
          %v769 = arith.mulf %v757, %v768 fastmath<contract> : f32
          %v770 = arith.addf %v769, %v767 fastmath<contract> : f32
          llvm.store %v770, %v3 : f32, !llvm.ptr
          %v771 = llvm.load %v3 : !llvm.ptr -> f32
          %v772 = arith.addi %v54, %v300 : i64
          %v773 = arith.negf %v562 : f32
          %v774 = arith.mulf %v773, %v115 fastmath<contract> : f32
          %v775 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v774) : (f32) -> f32
          %v776 = arith.addf %v58, %v775 fastmath<contract> : f32
          %v777 = arith.divf %v58, %v776 : f32
          %v778 = arith.mulf %v120, %v777 fastmath<contract> : f32
          %v779 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v119) : (f32) -> f32
          %v780 = arith.mulf %v778, %v779 fastmath<contract> : f32
          %v781 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v780) : (f32) -> f32
          %v782 = arith.mulf %v781, %v781 fastmath<contract> : f32
          %v783 = arith.subf %v58, %v782 fastmath<contract> : f32
          %v784 = llvm.call_intrinsic "llvm.sqrt.f32"(%v783) : (f32) -> f32
          %v785 = arith.negf %v576 : f32
          %v786 = arith.mulf %v785, %v115 fastmath<contract> : f32
          %v787 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v786) : (f32) -> f32
          %v788 = arith.addf %v58, %v787 fastmath<contract> : f32
          %v789 = arith.divf %v58, %v788 : f32
          %v790 = arith.mulf %v789, %v590 fastmath<contract> : f32
          %v791 = arith.mulf %v784, %v790 fastmath<contract> : f32
          %v792 = llvm.load %v3 : !llvm.ptr -> f32
          %v793 = arith.mulf %v781, %v792 fastmath<contract> : f32
          %v794 = arith.addf %v793, %v791 fastmath<contract> : f32
          llvm.store %v794, %v3 : f32, !llvm.ptr
          %v795 = llvm.load %v3 : !llvm.ptr -> f32
          %v796 = llvm.mlir.undef : vector<8xf32>
          %v797 = llvm.insertelement %v627, %v796[%v68 : i32] : vector<8xf32>
          %v798 = llvm.insertelement %v651, %v797[%v70 : i32] : vector<8xf32>
          %v799 = llvm.insertelement %v675, %v798[%v72 : i32] : vector<8xf32>
          %v800 = llvm.insertelement %v699, %v799[%v74 : i32] : vector<8xf32>
          %v801 = llvm.insertelement %v723, %v800[%v76 : i32] : vector<8xf32>
          %v802 = llvm.insertelement %v747, %v801[%v78 : i32] : vector<8xf32>
          %v803 = llvm.insertelement %v771, %v802[%v80 : i32] : vector<8xf32>
          %v804 = llvm.insertelement %v795, %v803[%v82 : i32] : vector<8xf32>
          %v805 = arith.muli %v20, %v61 : i64
          %v806 = arith.muli %v18, %size_L : i64
          %v807 = arith.addi %v805, %v806 : i64
          %v808 = arith.addi %v807, %v54 : i64
          %v809 = llvm.getelementptr %out_y[%v808] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          scf.if %v15 {
            llvm.store %v804, %v809 {alignment = 32 : i64} : vector<8xf32>, !llvm.ptr
          }
        } else {
          %v810 = arith.index_cast %v28 : i64 to index
          %v811 = arith.index_cast %v57 : i64 to index
          %v812 = arith.index_cast %v1 : i64 to index
          scf.for %v813 = %v810 to %v811 step %v812 {
            %v814 = arith.index_cast %v813 : index to i64
            %v815 = arith.addi %v54, %v814 : i64
            // save the states at checkpoint steps (when given somewhere to save them)
            %v816 = arith.remui %v815, %v591 : i64
            %v817 = arith.cmpi eq, %v816, %v28 : i64
            %v818 = arith.andi %v817, %v15 : i1
            scf.if %v818 {
              %v819 = arith.divui %v815, %v591 : i64
              %v820 = llvm.mlir.zero : !llvm.ptr
              %v821 = llvm.icmp "ne" %ckpt_h, %v820 : !llvm.ptr
              scf.if %v821 {
                %v823 = arith.muli %v819, %v822 : i64
                %v824 = llvm.load %v3 : !llvm.ptr -> f32
                %v825 = arith.muli %v20, %size_D : i64
                %v826 = arith.addi %v825, %v18 : i64
                %v827 = arith.addi %v823, %v826 : i64
                %v828 = llvm.getelementptr %ckpt_h[%v827] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                llvm.store %v824, %v828 : f32, !llvm.ptr
              }
            }
            // end save
            %v829 = arith.muli %v20, %v61 : i64
            %v830 = arith.muli %v18, %size_L : i64
            %v831 = arith.addi %v829, %v830 : i64
            %v832 = arith.addi %v831, %v815 : i64
            %v833 = llvm.getelementptr %in_gate_a[%v832] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v834 = llvm.load %v833 : !llvm.ptr -> f32
            %v835 = arith.negf %v834 : f32
            %v836 = arith.mulf %v835, %v115 fastmath<contract> : f32
            %v837 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v836) : (f32) -> f32
            %v838 = arith.addf %v58, %v837 fastmath<contract> : f32
            %v839 = arith.divf %v58, %v838 : f32
            %v840 = arith.mulf %v120, %v839 fastmath<contract> : f32
            %v841 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v119) : (f32) -> f32
            %v842 = arith.mulf %v840, %v841 fastmath<contract> : f32
            %v843 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v842) : (f32) -> f32
            %v844 = arith.mulf %v843, %v843 fastmath<contract> : f32
            %v845 = arith.subf %v58, %v844 fastmath<contract> : f32
            %v846 = llvm.call_intrinsic "llvm.sqrt.f32"(%v845) : (f32) -> f32
            %v847 = arith.muli %v20, %v61 : i64
            %v848 = arith.muli %v18, %size_L : i64
            %v849 = arith.addi %v847, %v848 : i64
            %v850 = arith.addi %v849, %v815 : i64
            %v851 = llvm.getelementptr %in_gate_x[%v850] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v852 = llvm.load %v851 : !llvm.ptr -> f32
            %v853 = arith.negf %v852 : f32
            %v854 = arith.mulf %v853, %v115 fastmath<contract> : f32
            %v855 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v854) : (f32) -> f32
            %v856 = arith.addf %v58, %v855 fastmath<contract> : f32
            %v857 = arith.divf %v58, %v856 : f32
            %v858 = arith.muli %v20, %v61 : i64
            %v859 = arith.muli %v18, %size_L : i64
            %v860 = arith.addi %v858, %v859 : i64
            %v861 = arith.addi %v860, %v815 : i64
            %v862 = llvm.getelementptr %in_x[%v861] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v863 = llvm.load %v862 : !llvm.ptr -> f32
            %v864 = arith.mulf %v857, %v863 fastmath<contract> : f32
            %v865 = arith.mulf %v846, %v864 fastmath<contract> : f32
            %v866 = llvm.load %v3 : !llvm.ptr -> f32
            %v867 = arith.mulf %v843, %v866 fastmath<contract> : f32
            %v868 = arith.addf %v867, %v865 fastmath<contract> : f32
            llvm.store %v868, %v3 : f32, !llvm.ptr
            %v869 = llvm.load %v3 : !llvm.ptr -> f32
            scf.if %v15 {
              %v870 = arith.muli %v20, %v61 : i64
              %v871 = arith.muli %v18, %size_L : i64
              %v872 = arith.addi %v870, %v871 : i64
              %v873 = arith.addi %v872, %v815 : i64
              %v874 = llvm.getelementptr %out_y[%v873] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v869, %v874 : f32, !llvm.ptr
            }
          }
        }
        gpu.barrier
      }
      // end scan
      %v875 = arith.cmpi eq, %v13, %v28 : i64
      %v876 = arith.andi %v15, %v875 : i1
      gpu.return
    }
  }
}
