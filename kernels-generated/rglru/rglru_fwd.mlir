module attributes {gpu.container_module} {
  gpu.module @linrec {
    llvm.mlir.global internal @warp_a_rglru_fwd() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<9 x f32>
    llvm.mlir.global internal @warp_b_rglru_fwd() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<9 x f32>
    gpu.func @rglru_fwd(%in_x: !llvm.ptr, %in_gate_a: !llvm.ptr, %in_gate_x: !llvm.ptr, %in_Lambda: !llvm.ptr, %out_y: !llvm.ptr, %ckpt_h: !llvm.ptr, %size_B: i64, %size_D: i64, %size_L: i64) kernel {
      %v1 = arith.constant 1 : i64
      %v2 = arith.muli %v1, %size_B : i64
      %v3 = arith.muli %v2, %size_D : i64
      %v4 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v5 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v6 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v7 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v8 = llvm.mlir.addressof @warp_a_rglru_fwd : !llvm.ptr<3>
      %v9 = llvm.addrspacecast %v8 : !llvm.ptr<3> to !llvm.ptr
      %v10 = llvm.mlir.addressof @warp_b_rglru_fwd : !llvm.ptr<3>
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
      %v122 = arith.constant 0x3FB8AA3B : f32
      %v127 = arith.constant 0x41000000 : f32
      %v177 = arith.constant 2 : i64
      %v203 = arith.constant 3 : i64
      %v229 = arith.constant 4 : i64
      %v255 = arith.constant 5 : i64
      %v281 = arith.constant 6 : i64
      %v307 = arith.constant 7 : i64
      %v386 = arith.constant 32 : i32
      %v417 = arith.constant 8 : i32
      %v428 = arith.constant 16 : i32
      %v436 = arith.constant 16 : i64
      %v440 = arith.constant 31 : i64
      %v453 = arith.constant 256 : i64
      %v459 = arith.constant 9 : i64
      %v610 = arith.constant 64 : i64
      %v617 = arith.muli %v1, %size_B : i64
      %v618 = arith.muli %v617, %size_D : i64
      %v621 = arith.muli %v1, %size_D : i64
      %v845 = arith.muli %v1, %size_B : i64
      %v846 = arith.muli %v845, %size_D : i64
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
      %v118 = arith.muli %v19, %v1 : i64
      %v119 = llvm.getelementptr %in_Lambda[%v118] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v120 = llvm.load %v119 : !llvm.ptr -> f32
      %v121 = arith.negf %v120 : f32
      %v123 = arith.mulf %v121, %v122 fastmath<contract> : f32
      %v124 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v123) : (f32) -> f32
      %v125 = arith.addf %v59, %v124 fastmath<contract> : f32
      %v126 = arith.divf %v59, %v125 : f32
      %v24 = arith.remui %v14, %v23 : i64
      %v25 = arith.divui %v14, %v23 : i64
      llvm.store %v26, %v4 : f32, !llvm.ptr
      %v27 = llvm.load %v4 : !llvm.ptr -> f32
      llvm.store %v27, %v7 : f32, !llvm.ptr
      %v30 = arith.remui %size_L, %v28 : i64
      %v31 = arith.cmpi eq, %v30, %v29 : i64
      %v32 = llvm.ptrtoint %in_gate_a : !llvm.ptr to i64
      %v33 = arith.remui %v32, %v23 : i64
      %v34 = arith.cmpi eq, %v33, %v29 : i64
      %v35 = arith.andi %v31, %v34 : i1
      %v36 = llvm.ptrtoint %in_gate_x : !llvm.ptr to i64
      %v37 = arith.remui %v36, %v23 : i64
      %v38 = arith.cmpi eq, %v37, %v29 : i64
      %v39 = arith.andi %v35, %v38 : i1
      %v40 = llvm.ptrtoint %in_x : !llvm.ptr to i64
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
          %v69 = llvm.getelementptr %in_gate_a[%v68] : (!llvm.ptr, i64) -> !llvm.ptr, f32
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
          %v92 = llvm.getelementptr %in_gate_x[%v91] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v93 = llvm.load %v92 {alignment = 32 : i64} : !llvm.ptr -> vector<8xf32>
          %v94 = llvm.extractelement %v93[%v71 : i32] : vector<8xf32>
          %v95 = llvm.extractelement %v93[%v73 : i32] : vector<8xf32>
          %v96 = llvm.extractelement %v93[%v75 : i32] : vector<8xf32>
          %v97 = llvm.extractelement %v93[%v77 : i32] : vector<8xf32>
          %v98 = llvm.extractelement %v93[%v79 : i32] : vector<8xf32>
          %v99 = llvm.extractelement %v93[%v81 : i32] : vector<8xf32>
          %v100 = llvm.extractelement %v93[%v83 : i32] : vector<8xf32>
          %v101 = llvm.extractelement %v93[%v85 : i32] : vector<8xf32>
          %v102 = arith.muli %v21, %v63 : i64
          %v103 = arith.muli %v19, %v62 : i64
          %v104 = arith.addi %v102, %v103 : i64
          %v105 = arith.muli %v55, %v1 : i64
          %v106 = arith.addi %v104, %v105 : i64
          %v107 = llvm.getelementptr %in_x[%v106] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v108 = llvm.load %v107 {alignment = 32 : i64} : !llvm.ptr -> vector<8xf32>
          %v109 = llvm.extractelement %v108[%v71 : i32] : vector<8xf32>
          %v110 = llvm.extractelement %v108[%v73 : i32] : vector<8xf32>
          %v111 = llvm.extractelement %v108[%v75 : i32] : vector<8xf32>
          %v112 = llvm.extractelement %v108[%v77 : i32] : vector<8xf32>
          %v113 = llvm.extractelement %v108[%v79 : i32] : vector<8xf32>
          %v114 = llvm.extractelement %v108[%v81 : i32] : vector<8xf32>
          %v115 = llvm.extractelement %v108[%v83 : i32] : vector<8xf32>
          %v116 = llvm.extractelement %v108[%v85 : i32] : vector<8xf32>
          %v117 = arith.addi %v55, %v29 : i64
          %v128 = arith.negf %v72 : f32
          %v129 = arith.mulf %v128, %v122 fastmath<contract> : f32
          %v130 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v129) : (f32) -> f32
          %v131 = arith.addf %v59, %v130 fastmath<contract> : f32
          %v132 = arith.divf %v59, %v131 : f32
          %v133 = arith.mulf %v127, %v132 fastmath<contract> : f32
          %v134 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v126) : (f32) -> f32
          %v135 = arith.mulf %v133, %v134 fastmath<contract> : f32
          %v136 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v135) : (f32) -> f32
          %v137 = arith.mulf %v136, %v136 fastmath<contract> : f32
          %v138 = arith.subf %v59, %v137 fastmath<contract> : f32
          %v139 = llvm.call_intrinsic "llvm.sqrt.f32"(%v138) : (f32) -> f32
          %v140 = arith.negf %v94 : f32
          %v141 = arith.mulf %v140, %v122 fastmath<contract> : f32
          %v142 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v141) : (f32) -> f32
          %v143 = arith.addf %v59, %v142 fastmath<contract> : f32
          %v144 = arith.divf %v59, %v143 : f32
          %v145 = arith.mulf %v144, %v109 fastmath<contract> : f32
          %v146 = arith.mulf %v139, %v145 fastmath<contract> : f32
          %v147 = llvm.load %v6 : !llvm.ptr -> f32
          %v148 = arith.mulf %v136, %v147 fastmath<contract> : f32
          %v149 = arith.addf %v148, %v146 fastmath<contract> : f32
          %v150 = llvm.load %v5 : !llvm.ptr -> f32
          %v151 = arith.mulf %v136, %v150 fastmath<contract> : f32
          llvm.store %v149, %v6 : f32, !llvm.ptr
          llvm.store %v151, %v5 : f32, !llvm.ptr
          %v152 = arith.addi %v55, %v1 : i64
          %v153 = arith.negf %v74 : f32
          %v154 = arith.mulf %v153, %v122 fastmath<contract> : f32
          %v155 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v154) : (f32) -> f32
          %v156 = arith.addf %v59, %v155 fastmath<contract> : f32
          %v157 = arith.divf %v59, %v156 : f32
          %v158 = arith.mulf %v127, %v157 fastmath<contract> : f32
          %v159 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v126) : (f32) -> f32
          %v160 = arith.mulf %v158, %v159 fastmath<contract> : f32
          %v161 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v160) : (f32) -> f32
          %v162 = arith.mulf %v161, %v161 fastmath<contract> : f32
          %v163 = arith.subf %v59, %v162 fastmath<contract> : f32
          %v164 = llvm.call_intrinsic "llvm.sqrt.f32"(%v163) : (f32) -> f32
          %v165 = arith.negf %v95 : f32
          %v166 = arith.mulf %v165, %v122 fastmath<contract> : f32
          %v167 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v166) : (f32) -> f32
          %v168 = arith.addf %v59, %v167 fastmath<contract> : f32
          %v169 = arith.divf %v59, %v168 : f32
          %v170 = arith.mulf %v169, %v110 fastmath<contract> : f32
          %v171 = arith.mulf %v164, %v170 fastmath<contract> : f32
          %v172 = llvm.load %v6 : !llvm.ptr -> f32
          %v173 = arith.mulf %v161, %v172 fastmath<contract> : f32
          %v174 = arith.addf %v173, %v171 fastmath<contract> : f32
          %v175 = llvm.load %v5 : !llvm.ptr -> f32
          %v176 = arith.mulf %v161, %v175 fastmath<contract> : f32
          llvm.store %v174, %v6 : f32, !llvm.ptr
          llvm.store %v176, %v5 : f32, !llvm.ptr
          %v178 = arith.addi %v55, %v177 : i64
          %v179 = arith.negf %v76 : f32
          %v180 = arith.mulf %v179, %v122 fastmath<contract> : f32
          %v181 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v180) : (f32) -> f32
          %v182 = arith.addf %v59, %v181 fastmath<contract> : f32
          %v183 = arith.divf %v59, %v182 : f32
          %v184 = arith.mulf %v127, %v183 fastmath<contract> : f32
          %v185 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v126) : (f32) -> f32
          %v186 = arith.mulf %v184, %v185 fastmath<contract> : f32
          %v187 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v186) : (f32) -> f32
          %v188 = arith.mulf %v187, %v187 fastmath<contract> : f32
          %v189 = arith.subf %v59, %v188 fastmath<contract> : f32
          %v190 = llvm.call_intrinsic "llvm.sqrt.f32"(%v189) : (f32) -> f32
          %v191 = arith.negf %v96 : f32
          %v192 = arith.mulf %v191, %v122 fastmath<contract> : f32
          %v193 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v192) : (f32) -> f32
          %v194 = arith.addf %v59, %v193 fastmath<contract> : f32
          %v195 = arith.divf %v59, %v194 : f32
          %v196 = arith.mulf %v195, %v111 fastmath<contract> : f32
          %v197 = arith.mulf %v190, %v196 fastmath<contract> : f32
          %v198 = llvm.load %v6 : !llvm.ptr -> f32
          %v199 = arith.mulf %v187, %v198 fastmath<contract> : f32
          %v200 = arith.addf %v199, %v197 fastmath<contract> : f32
          %v201 = llvm.load %v5 : !llvm.ptr -> f32
          %v202 = arith.mulf %v187, %v201 fastmath<contract> : f32
          llvm.store %v200, %v6 : f32, !llvm.ptr
          llvm.store %v202, %v5 : f32, !llvm.ptr
          %v204 = arith.addi %v55, %v203 : i64
          %v205 = arith.negf %v78 : f32
          %v206 = arith.mulf %v205, %v122 fastmath<contract> : f32
          %v207 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v206) : (f32) -> f32
          %v208 = arith.addf %v59, %v207 fastmath<contract> : f32
          %v209 = arith.divf %v59, %v208 : f32
          %v210 = arith.mulf %v127, %v209 fastmath<contract> : f32
          %v211 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v126) : (f32) -> f32
          %v212 = arith.mulf %v210, %v211 fastmath<contract> : f32
          %v213 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v212) : (f32) -> f32
          %v214 = arith.mulf %v213, %v213 fastmath<contract> : f32
          %v215 = arith.subf %v59, %v214 fastmath<contract> : f32
          %v216 = llvm.call_intrinsic "llvm.sqrt.f32"(%v215) : (f32) -> f32
          %v217 = arith.negf %v97 : f32
          %v218 = arith.mulf %v217, %v122 fastmath<contract> : f32
          %v219 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v218) : (f32) -> f32
          %v220 = arith.addf %v59, %v219 fastmath<contract> : f32
          %v221 = arith.divf %v59, %v220 : f32
          %v222 = arith.mulf %v221, %v112 fastmath<contract> : f32
          %v223 = arith.mulf %v216, %v222 fastmath<contract> : f32
          %v224 = llvm.load %v6 : !llvm.ptr -> f32
          %v225 = arith.mulf %v213, %v224 fastmath<contract> : f32
          %v226 = arith.addf %v225, %v223 fastmath<contract> : f32
          %v227 = llvm.load %v5 : !llvm.ptr -> f32
          %v228 = arith.mulf %v213, %v227 fastmath<contract> : f32
          llvm.store %v226, %v6 : f32, !llvm.ptr
          llvm.store %v228, %v5 : f32, !llvm.ptr
          %v230 = arith.addi %v55, %v229 : i64
          %v231 = arith.negf %v80 : f32
          %v232 = arith.mulf %v231, %v122 fastmath<contract> : f32
          %v233 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v232) : (f32) -> f32
          %v234 = arith.addf %v59, %v233 fastmath<contract> : f32
          %v235 = arith.divf %v59, %v234 : f32
          %v236 = arith.mulf %v127, %v235 fastmath<contract> : f32
          %v237 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v126) : (f32) -> f32
          %v238 = arith.mulf %v236, %v237 fastmath<contract> : f32
          %v239 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v238) : (f32) -> f32
          %v240 = arith.mulf %v239, %v239 fastmath<contract> : f32
          %v241 = arith.subf %v59, %v240 fastmath<contract> : f32
          %v242 = llvm.call_intrinsic "llvm.sqrt.f32"(%v241) : (f32) -> f32
          %v243 = arith.negf %v98 : f32
          %v244 = arith.mulf %v243, %v122 fastmath<contract> : f32
          %v245 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v244) : (f32) -> f32
          %v246 = arith.addf %v59, %v245 fastmath<contract> : f32
          %v247 = arith.divf %v59, %v246 : f32
          %v248 = arith.mulf %v247, %v113 fastmath<contract> : f32
          %v249 = arith.mulf %v242, %v248 fastmath<contract> : f32
          %v250 = llvm.load %v6 : !llvm.ptr -> f32
          %v251 = arith.mulf %v239, %v250 fastmath<contract> : f32
          %v252 = arith.addf %v251, %v249 fastmath<contract> : f32
          %v253 = llvm.load %v5 : !llvm.ptr -> f32
          %v254 = arith.mulf %v239, %v253 fastmath<contract> : f32
          llvm.store %v252, %v6 : f32, !llvm.ptr
          llvm.store %v254, %v5 : f32, !llvm.ptr
          %v256 = arith.addi %v55, %v255 : i64
          %v257 = arith.negf %v82 : f32
          %v258 = arith.mulf %v257, %v122 fastmath<contract> : f32
          %v259 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v258) : (f32) -> f32
          %v260 = arith.addf %v59, %v259 fastmath<contract> : f32
          %v261 = arith.divf %v59, %v260 : f32
          %v262 = arith.mulf %v127, %v261 fastmath<contract> : f32
          %v263 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v126) : (f32) -> f32
          %v264 = arith.mulf %v262, %v263 fastmath<contract> : f32
          %v265 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v264) : (f32) -> f32
          %v266 = arith.mulf %v265, %v265 fastmath<contract> : f32
          %v267 = arith.subf %v59, %v266 fastmath<contract> : f32
          %v268 = llvm.call_intrinsic "llvm.sqrt.f32"(%v267) : (f32) -> f32
          %v269 = arith.negf %v99 : f32
          %v270 = arith.mulf %v269, %v122 fastmath<contract> : f32
          %v271 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v270) : (f32) -> f32
          %v272 = arith.addf %v59, %v271 fastmath<contract> : f32
          %v273 = arith.divf %v59, %v272 : f32
          %v274 = arith.mulf %v273, %v114 fastmath<contract> : f32
          %v275 = arith.mulf %v268, %v274 fastmath<contract> : f32
          %v276 = llvm.load %v6 : !llvm.ptr -> f32
          %v277 = arith.mulf %v265, %v276 fastmath<contract> : f32
          %v278 = arith.addf %v277, %v275 fastmath<contract> : f32
          %v279 = llvm.load %v5 : !llvm.ptr -> f32
          %v280 = arith.mulf %v265, %v279 fastmath<contract> : f32
          llvm.store %v278, %v6 : f32, !llvm.ptr
          llvm.store %v280, %v5 : f32, !llvm.ptr
          %v282 = arith.addi %v55, %v281 : i64
          %v283 = arith.negf %v84 : f32
          %v284 = arith.mulf %v283, %v122 fastmath<contract> : f32
          %v285 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v284) : (f32) -> f32
          %v286 = arith.addf %v59, %v285 fastmath<contract> : f32
          %v287 = arith.divf %v59, %v286 : f32
          %v288 = arith.mulf %v127, %v287 fastmath<contract> : f32
          %v289 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v126) : (f32) -> f32
          %v290 = arith.mulf %v288, %v289 fastmath<contract> : f32
          %v291 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v290) : (f32) -> f32
          %v292 = arith.mulf %v291, %v291 fastmath<contract> : f32
          %v293 = arith.subf %v59, %v292 fastmath<contract> : f32
          %v294 = llvm.call_intrinsic "llvm.sqrt.f32"(%v293) : (f32) -> f32
          %v295 = arith.negf %v100 : f32
          %v296 = arith.mulf %v295, %v122 fastmath<contract> : f32
          %v297 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v296) : (f32) -> f32
          %v298 = arith.addf %v59, %v297 fastmath<contract> : f32
          %v299 = arith.divf %v59, %v298 : f32
          %v300 = arith.mulf %v299, %v115 fastmath<contract> : f32
          %v301 = arith.mulf %v294, %v300 fastmath<contract> : f32
          %v302 = llvm.load %v6 : !llvm.ptr -> f32
          %v303 = arith.mulf %v291, %v302 fastmath<contract> : f32
          %v304 = arith.addf %v303, %v301 fastmath<contract> : f32
          %v305 = llvm.load %v5 : !llvm.ptr -> f32
          %v306 = arith.mulf %v291, %v305 fastmath<contract> : f32
          llvm.store %v304, %v6 : f32, !llvm.ptr
          llvm.store %v306, %v5 : f32, !llvm.ptr
          %v308 = arith.addi %v55, %v307 : i64
          %v309 = arith.negf %v86 : f32
          %v310 = arith.mulf %v309, %v122 fastmath<contract> : f32
          %v311 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v310) : (f32) -> f32
          %v312 = arith.addf %v59, %v311 fastmath<contract> : f32
          %v313 = arith.divf %v59, %v312 : f32
          %v314 = arith.mulf %v127, %v313 fastmath<contract> : f32
          %v315 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v126) : (f32) -> f32
          %v316 = arith.mulf %v314, %v315 fastmath<contract> : f32
          %v317 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v316) : (f32) -> f32
          %v318 = arith.mulf %v317, %v317 fastmath<contract> : f32
          %v319 = arith.subf %v59, %v318 fastmath<contract> : f32
          %v320 = llvm.call_intrinsic "llvm.sqrt.f32"(%v319) : (f32) -> f32
          %v321 = arith.negf %v101 : f32
          %v322 = arith.mulf %v321, %v122 fastmath<contract> : f32
          %v323 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v322) : (f32) -> f32
          %v324 = arith.addf %v59, %v323 fastmath<contract> : f32
          %v325 = arith.divf %v59, %v324 : f32
          %v326 = arith.mulf %v325, %v116 fastmath<contract> : f32
          %v327 = arith.mulf %v320, %v326 fastmath<contract> : f32
          %v328 = llvm.load %v6 : !llvm.ptr -> f32
          %v329 = arith.mulf %v317, %v328 fastmath<contract> : f32
          %v330 = arith.addf %v329, %v327 fastmath<contract> : f32
          %v331 = llvm.load %v5 : !llvm.ptr -> f32
          %v332 = arith.mulf %v317, %v331 fastmath<contract> : f32
          llvm.store %v330, %v6 : f32, !llvm.ptr
          llvm.store %v332, %v5 : f32, !llvm.ptr
        } else {
          %v333 = arith.index_cast %v29 : i64 to index
          %v334 = arith.index_cast %v58 : i64 to index
          %v335 = arith.index_cast %v1 : i64 to index
          scf.for %v336 = %v333 to %v334 step %v335 {
            %v337 = arith.index_cast %v336 : index to i64
            %v338 = arith.addi %v55, %v337 : i64
            %v339 = arith.muli %v21, %v63 : i64
            %v340 = arith.muli %v19, %v62 : i64
            %v341 = arith.addi %v339, %v340 : i64
            %v342 = arith.muli %v338, %v1 : i64
            %v343 = arith.addi %v341, %v342 : i64
            %v344 = llvm.getelementptr %in_gate_a[%v343] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v345 = llvm.load %v344 : !llvm.ptr -> f32
            %v346 = arith.negf %v345 : f32
            %v347 = arith.mulf %v346, %v122 fastmath<contract> : f32
            %v348 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v347) : (f32) -> f32
            %v349 = arith.addf %v59, %v348 fastmath<contract> : f32
            %v350 = arith.divf %v59, %v349 : f32
            %v351 = arith.mulf %v127, %v350 fastmath<contract> : f32
            %v352 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v126) : (f32) -> f32
            %v353 = arith.mulf %v351, %v352 fastmath<contract> : f32
            %v354 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v353) : (f32) -> f32
            %v355 = arith.mulf %v354, %v354 fastmath<contract> : f32
            %v356 = arith.subf %v59, %v355 fastmath<contract> : f32
            %v357 = llvm.call_intrinsic "llvm.sqrt.f32"(%v356) : (f32) -> f32
            %v358 = arith.muli %v21, %v63 : i64
            %v359 = arith.muli %v19, %v62 : i64
            %v360 = arith.addi %v358, %v359 : i64
            %v361 = arith.muli %v338, %v1 : i64
            %v362 = arith.addi %v360, %v361 : i64
            %v363 = llvm.getelementptr %in_gate_x[%v362] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v364 = llvm.load %v363 : !llvm.ptr -> f32
            %v365 = arith.negf %v364 : f32
            %v366 = arith.mulf %v365, %v122 fastmath<contract> : f32
            %v367 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v366) : (f32) -> f32
            %v368 = arith.addf %v59, %v367 fastmath<contract> : f32
            %v369 = arith.divf %v59, %v368 : f32
            %v370 = arith.muli %v21, %v63 : i64
            %v371 = arith.muli %v19, %v62 : i64
            %v372 = arith.addi %v370, %v371 : i64
            %v373 = arith.muli %v338, %v1 : i64
            %v374 = arith.addi %v372, %v373 : i64
            %v375 = llvm.getelementptr %in_x[%v374] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v376 = llvm.load %v375 : !llvm.ptr -> f32
            %v377 = arith.mulf %v369, %v376 fastmath<contract> : f32
            %v378 = arith.mulf %v357, %v377 fastmath<contract> : f32
            %v379 = llvm.load %v6 : !llvm.ptr -> f32
            %v380 = arith.mulf %v354, %v379 fastmath<contract> : f32
            %v381 = arith.addf %v380, %v378 fastmath<contract> : f32
            %v382 = llvm.load %v5 : !llvm.ptr -> f32
            %v383 = arith.mulf %v354, %v382 fastmath<contract> : f32
            llvm.store %v381, %v6 : f32, !llvm.ptr
            llvm.store %v383, %v5 : f32, !llvm.ptr
          }
        }
        // 2. the block's scan of the maps: the state entering each thread's steps
        %v384 = llvm.load %v5 : !llvm.ptr -> f32
        %v385 = llvm.load %v6 : !llvm.ptr -> f32
        %v387, %v388 = gpu.shuffle up %v384, %v73, %v386 : f32
        %v389, %v390 = gpu.shuffle up %v385, %v73, %v386 : f32
        %v391 = arith.mulf %v384, %v387 fastmath<contract> : f32
        %v392 = arith.mulf %v384, %v389 fastmath<contract> : f32
        %v393 = arith.addf %v392, %v385 fastmath<contract> : f32
        %v394 = arith.cmpi uge, %v24, %v1 : i64
        %v395 = arith.select %v394, %v391, %v384 : f32
        %v396 = arith.select %v394, %v393, %v385 : f32
        %v397, %v398 = gpu.shuffle up %v395, %v75, %v386 : f32
        %v399, %v400 = gpu.shuffle up %v396, %v75, %v386 : f32
        %v401 = arith.mulf %v395, %v397 fastmath<contract> : f32
        %v402 = arith.mulf %v395, %v399 fastmath<contract> : f32
        %v403 = arith.addf %v402, %v396 fastmath<contract> : f32
        %v404 = arith.cmpi uge, %v24, %v177 : i64
        %v405 = arith.select %v404, %v401, %v395 : f32
        %v406 = arith.select %v404, %v403, %v396 : f32
        %v407, %v408 = gpu.shuffle up %v405, %v79, %v386 : f32
        %v409, %v410 = gpu.shuffle up %v406, %v79, %v386 : f32
        %v411 = arith.mulf %v405, %v407 fastmath<contract> : f32
        %v412 = arith.mulf %v405, %v409 fastmath<contract> : f32
        %v413 = arith.addf %v412, %v406 fastmath<contract> : f32
        %v414 = arith.cmpi uge, %v24, %v229 : i64
        %v415 = arith.select %v414, %v411, %v405 : f32
        %v416 = arith.select %v414, %v413, %v406 : f32
        %v418, %v419 = gpu.shuffle up %v415, %v417, %v386 : f32
        %v420, %v421 = gpu.shuffle up %v416, %v417, %v386 : f32
        %v422 = arith.mulf %v415, %v418 fastmath<contract> : f32
        %v423 = arith.mulf %v415, %v420 fastmath<contract> : f32
        %v424 = arith.addf %v423, %v416 fastmath<contract> : f32
        %v425 = arith.cmpi uge, %v24, %v28 : i64
        %v426 = arith.select %v425, %v422, %v415 : f32
        %v427 = arith.select %v425, %v424, %v416 : f32
        %v429, %v430 = gpu.shuffle up %v426, %v428, %v386 : f32
        %v431, %v432 = gpu.shuffle up %v427, %v428, %v386 : f32
        %v433 = arith.mulf %v426, %v429 fastmath<contract> : f32
        %v434 = arith.mulf %v426, %v431 fastmath<contract> : f32
        %v435 = arith.addf %v434, %v427 fastmath<contract> : f32
        %v437 = arith.cmpi uge, %v24, %v436 : i64
        %v438 = arith.select %v437, %v433, %v426 : f32
        %v439 = arith.select %v437, %v435, %v427 : f32
        %v441 = arith.cmpi eq, %v24, %v440 : i64
        %v442 = arith.addi %v29, %v25 : i64
        scf.if %v441 {
          %v443 = llvm.getelementptr %v9[%v442] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v438, %v443 : f32, !llvm.ptr
          %v444 = llvm.getelementptr %v11[%v442] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v439, %v444 : f32, !llvm.ptr
        }
        %v445, %v446 = gpu.shuffle up %v438, %v73, %v386 : f32
        %v447, %v448 = gpu.shuffle up %v439, %v73, %v386 : f32
        %v449 = arith.cmpi eq, %v24, %v29 : i64
        %v450 = arith.select %v449, %v59, %v445 : f32
        %v451 = arith.select %v449, %v26, %v447 : f32
        // across warps: the warps' maps before this one's, and the whole tile's
        gpu.barrier
        %v452 = arith.addi %v29, %v14 : i64
        %v454 = arith.index_cast %v452 : i64 to index
        %v455 = arith.index_cast %v1 : i64 to index
        %v456 = arith.index_cast %v453 : i64 to index
        scf.for %v457 = %v454 to %v455 step %v456 {
          %v458 = arith.index_cast %v457 : index to i64
          %v460 = arith.muli %v458, %v459 : i64
          %v461 = arith.addi %v460, %v29 : i64
          %v462 = llvm.getelementptr %v9[%v461] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v463 = llvm.load %v462 : !llvm.ptr -> f32
          %v464 = llvm.getelementptr %v11[%v461] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v465 = llvm.load %v464 : !llvm.ptr -> f32
          %v466 = llvm.getelementptr %v9[%v461] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v59, %v466 : f32, !llvm.ptr
          %v467 = llvm.getelementptr %v11[%v461] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v26, %v467 : f32, !llvm.ptr
          %v468 = arith.mulf %v463, %v59 fastmath<contract> : f32
          %v469 = arith.mulf %v463, %v26 fastmath<contract> : f32
          %v470 = arith.addf %v469, %v465 fastmath<contract> : f32
          %v471 = arith.addi %v460, %v1 : i64
          %v472 = llvm.getelementptr %v9[%v471] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v473 = llvm.load %v472 : !llvm.ptr -> f32
          %v474 = llvm.getelementptr %v11[%v471] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v475 = llvm.load %v474 : !llvm.ptr -> f32
          %v476 = llvm.getelementptr %v9[%v471] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v468, %v476 : f32, !llvm.ptr
          %v477 = llvm.getelementptr %v11[%v471] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v470, %v477 : f32, !llvm.ptr
          %v478 = arith.mulf %v473, %v468 fastmath<contract> : f32
          %v479 = arith.mulf %v473, %v470 fastmath<contract> : f32
          %v480 = arith.addf %v479, %v475 fastmath<contract> : f32
          %v481 = arith.addi %v460, %v177 : i64
          %v482 = llvm.getelementptr %v9[%v481] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v483 = llvm.load %v482 : !llvm.ptr -> f32
          %v484 = llvm.getelementptr %v11[%v481] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v485 = llvm.load %v484 : !llvm.ptr -> f32
          %v486 = llvm.getelementptr %v9[%v481] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v478, %v486 : f32, !llvm.ptr
          %v487 = llvm.getelementptr %v11[%v481] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v480, %v487 : f32, !llvm.ptr
          %v488 = arith.mulf %v483, %v478 fastmath<contract> : f32
          %v489 = arith.mulf %v483, %v480 fastmath<contract> : f32
          %v490 = arith.addf %v489, %v485 fastmath<contract> : f32
          %v491 = arith.addi %v460, %v203 : i64
          %v492 = llvm.getelementptr %v9[%v491] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v493 = llvm.load %v492 : !llvm.ptr -> f32
          %v494 = llvm.getelementptr %v11[%v491] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v495 = llvm.load %v494 : !llvm.ptr -> f32
          %v496 = llvm.getelementptr %v9[%v491] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v488, %v496 : f32, !llvm.ptr
          %v497 = llvm.getelementptr %v11[%v491] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v490, %v497 : f32, !llvm.ptr
          %v498 = arith.mulf %v493, %v488 fastmath<contract> : f32
          %v499 = arith.mulf %v493, %v490 fastmath<contract> : f32
          %v500 = arith.addf %v499, %v495 fastmath<contract> : f32
          %v501 = arith.addi %v460, %v229 : i64
          %v502 = llvm.getelementptr %v9[%v501] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v503 = llvm.load %v502 : !llvm.ptr -> f32
          %v504 = llvm.getelementptr %v11[%v501] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v505 = llvm.load %v504 : !llvm.ptr -> f32
          %v506 = llvm.getelementptr %v9[%v501] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v498, %v506 : f32, !llvm.ptr
          %v507 = llvm.getelementptr %v11[%v501] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v500, %v507 : f32, !llvm.ptr
          %v508 = arith.mulf %v503, %v498 fastmath<contract> : f32
          %v509 = arith.mulf %v503, %v500 fastmath<contract> : f32
          %v510 = arith.addf %v509, %v505 fastmath<contract> : f32
          %v511 = arith.addi %v460, %v255 : i64
          %v512 = llvm.getelementptr %v9[%v511] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v513 = llvm.load %v512 : !llvm.ptr -> f32
          %v514 = llvm.getelementptr %v11[%v511] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v515 = llvm.load %v514 : !llvm.ptr -> f32
          %v516 = llvm.getelementptr %v9[%v511] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v508, %v516 : f32, !llvm.ptr
          %v517 = llvm.getelementptr %v11[%v511] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v510, %v517 : f32, !llvm.ptr
          %v518 = arith.mulf %v513, %v508 fastmath<contract> : f32
          %v519 = arith.mulf %v513, %v510 fastmath<contract> : f32
          %v520 = arith.addf %v519, %v515 fastmath<contract> : f32
          %v521 = arith.addi %v460, %v281 : i64
          %v522 = llvm.getelementptr %v9[%v521] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v523 = llvm.load %v522 : !llvm.ptr -> f32
          %v524 = llvm.getelementptr %v11[%v521] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v525 = llvm.load %v524 : !llvm.ptr -> f32
          %v526 = llvm.getelementptr %v9[%v521] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v518, %v526 : f32, !llvm.ptr
          %v527 = llvm.getelementptr %v11[%v521] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v520, %v527 : f32, !llvm.ptr
          %v528 = arith.mulf %v523, %v518 fastmath<contract> : f32
          %v529 = arith.mulf %v523, %v520 fastmath<contract> : f32
          %v530 = arith.addf %v529, %v525 fastmath<contract> : f32
          %v531 = arith.addi %v460, %v307 : i64
          %v532 = llvm.getelementptr %v9[%v531] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v533 = llvm.load %v532 : !llvm.ptr -> f32
          %v534 = llvm.getelementptr %v11[%v531] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v535 = llvm.load %v534 : !llvm.ptr -> f32
          %v536 = llvm.getelementptr %v9[%v531] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v528, %v536 : f32, !llvm.ptr
          %v537 = llvm.getelementptr %v11[%v531] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v530, %v537 : f32, !llvm.ptr
          %v538 = arith.mulf %v533, %v528 fastmath<contract> : f32
          %v539 = arith.mulf %v533, %v530 fastmath<contract> : f32
          %v540 = arith.addf %v539, %v535 fastmath<contract> : f32
          %v541 = arith.addi %v460, %v28 : i64
          %v542 = llvm.getelementptr %v9[%v541] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v538, %v542 : f32, !llvm.ptr
          %v543 = llvm.getelementptr %v11[%v541] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v540, %v543 : f32, !llvm.ptr
        }
        gpu.barrier
        %v544 = arith.addi %v29, %v25 : i64
        %v545 = llvm.getelementptr %v9[%v544] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v546 = llvm.load %v545 : !llvm.ptr -> f32
        %v547 = llvm.getelementptr %v11[%v544] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v548 = llvm.load %v547 : !llvm.ptr -> f32
        %v549 = arith.addi %v29, %v28 : i64
        %v550 = llvm.getelementptr %v9[%v549] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v551 = llvm.load %v550 : !llvm.ptr -> f32
        %v552 = llvm.getelementptr %v11[%v549] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v553 = llvm.load %v552 : !llvm.ptr -> f32
        %v554 = arith.mulf %v450, %v546 fastmath<contract> : f32
        %v555 = arith.mulf %v450, %v548 fastmath<contract> : f32
        %v556 = arith.addf %v555, %v451 fastmath<contract> : f32
        %v557 = llvm.load %v7 : !llvm.ptr -> f32
        %v558 = arith.mulf %v554, %v557 fastmath<contract> : f32
        %v559 = arith.addf %v558, %v556 fastmath<contract> : f32
        llvm.store %v559, %v4 : f32, !llvm.ptr
        %v560 = arith.mulf %v551, %v557 fastmath<contract> : f32
        %v561 = arith.addf %v560, %v553 fastmath<contract> : f32
        llvm.store %v561, %v7 : f32, !llvm.ptr
        // 3. the K steps again from the state entering them: outputs, checkpoints
        %v562 = arith.cmpi eq, %v58, %v28 : i64
        %v563 = arith.andi %v562, %v47 : i1
        scf.if %v563 {
          %v564 = arith.muli %v21, %v63 : i64
          %v565 = arith.muli %v19, %v62 : i64
          %v566 = arith.addi %v564, %v565 : i64
          %v567 = arith.muli %v55, %v1 : i64
          %v568 = arith.addi %v566, %v567 : i64
          %v569 = llvm.getelementptr %in_gate_a[%v568] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v570 = llvm.load %v569 {alignment = 32 : i64} : !llvm.ptr -> vector<8xf32>
          %v571 = llvm.extractelement %v570[%v71 : i32] : vector<8xf32>
          %v572 = llvm.extractelement %v570[%v73 : i32] : vector<8xf32>
          %v573 = llvm.extractelement %v570[%v75 : i32] : vector<8xf32>
          %v574 = llvm.extractelement %v570[%v77 : i32] : vector<8xf32>
          %v575 = llvm.extractelement %v570[%v79 : i32] : vector<8xf32>
          %v576 = llvm.extractelement %v570[%v81 : i32] : vector<8xf32>
          %v577 = llvm.extractelement %v570[%v83 : i32] : vector<8xf32>
          %v578 = llvm.extractelement %v570[%v85 : i32] : vector<8xf32>
          %v579 = arith.muli %v21, %v63 : i64
          %v580 = arith.muli %v19, %v62 : i64
          %v581 = arith.addi %v579, %v580 : i64
          %v582 = arith.muli %v55, %v1 : i64
          %v583 = arith.addi %v581, %v582 : i64
          %v584 = llvm.getelementptr %in_gate_x[%v583] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v585 = llvm.load %v584 {alignment = 32 : i64} : !llvm.ptr -> vector<8xf32>
          %v586 = llvm.extractelement %v585[%v71 : i32] : vector<8xf32>
          %v587 = llvm.extractelement %v585[%v73 : i32] : vector<8xf32>
          %v588 = llvm.extractelement %v585[%v75 : i32] : vector<8xf32>
          %v589 = llvm.extractelement %v585[%v77 : i32] : vector<8xf32>
          %v590 = llvm.extractelement %v585[%v79 : i32] : vector<8xf32>
          %v591 = llvm.extractelement %v585[%v81 : i32] : vector<8xf32>
          %v592 = llvm.extractelement %v585[%v83 : i32] : vector<8xf32>
          %v593 = llvm.extractelement %v585[%v85 : i32] : vector<8xf32>
          %v594 = arith.muli %v21, %v63 : i64
          %v595 = arith.muli %v19, %v62 : i64
          %v596 = arith.addi %v594, %v595 : i64
          %v597 = arith.muli %v55, %v1 : i64
          %v598 = arith.addi %v596, %v597 : i64
          %v599 = llvm.getelementptr %in_x[%v598] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v600 = llvm.load %v599 {alignment = 32 : i64} : !llvm.ptr -> vector<8xf32>
          %v601 = llvm.extractelement %v600[%v71 : i32] : vector<8xf32>
          %v602 = llvm.extractelement %v600[%v73 : i32] : vector<8xf32>
          %v603 = llvm.extractelement %v600[%v75 : i32] : vector<8xf32>
          %v604 = llvm.extractelement %v600[%v77 : i32] : vector<8xf32>
          %v605 = llvm.extractelement %v600[%v79 : i32] : vector<8xf32>
          %v606 = llvm.extractelement %v600[%v81 : i32] : vector<8xf32>
          %v607 = llvm.extractelement %v600[%v83 : i32] : vector<8xf32>
          %v608 = llvm.extractelement %v600[%v85 : i32] : vector<8xf32>
          %v609 = arith.addi %v55, %v29 : i64
          // save the states at checkpoint steps (when given somewhere to save them)
          %v611 = arith.remui %v609, %v610 : i64
          %v612 = arith.cmpi eq, %v611, %v29 : i64
          %v613 = arith.andi %v612, %v16 : i1
          scf.if %v613 {
            %v614 = arith.divui %v609, %v610 : i64
            %v615 = llvm.mlir.zero : !llvm.ptr
            %v616 = llvm.icmp "ne" %ckpt_h, %v615 : !llvm.ptr
            scf.if %v616 {
              %v619 = arith.muli %v614, %v618 : i64
              %v620 = llvm.load %v4 : !llvm.ptr -> f32
              %v622 = arith.muli %v21, %v621 : i64
              %v623 = arith.muli %v19, %v1 : i64
              %v624 = arith.addi %v622, %v623 : i64
              %v625 = arith.addi %v619, %v624 : i64
              %v626 = llvm.getelementptr %ckpt_h[%v625] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v620, %v626 : f32, !llvm.ptr
            }
          }
          // end save
          %v627 = arith.negf %v571 : f32
          %v628 = arith.mulf %v627, %v122 fastmath<contract> : f32
          %v629 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v628) : (f32) -> f32
          %v630 = arith.addf %v59, %v629 fastmath<contract> : f32
          %v631 = arith.divf %v59, %v630 : f32
          %v632 = arith.mulf %v127, %v631 fastmath<contract> : f32
          %v633 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v126) : (f32) -> f32
          %v634 = arith.mulf %v632, %v633 fastmath<contract> : f32
          %v635 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v634) : (f32) -> f32
          %v636 = arith.mulf %v635, %v635 fastmath<contract> : f32
          %v637 = arith.subf %v59, %v636 fastmath<contract> : f32
          %v638 = llvm.call_intrinsic "llvm.sqrt.f32"(%v637) : (f32) -> f32
          %v639 = arith.negf %v586 : f32
          %v640 = arith.mulf %v639, %v122 fastmath<contract> : f32
          %v641 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v640) : (f32) -> f32
          %v642 = arith.addf %v59, %v641 fastmath<contract> : f32
          %v643 = arith.divf %v59, %v642 : f32
          %v644 = arith.mulf %v643, %v601 fastmath<contract> : f32
          %v645 = arith.mulf %v638, %v644 fastmath<contract> : f32
          %v646 = llvm.load %v4 : !llvm.ptr -> f32
          %v647 = arith.mulf %v635, %v646 fastmath<contract> : f32
          %v648 = arith.addf %v647, %v645 fastmath<contract> : f32
          llvm.store %v648, %v4 : f32, !llvm.ptr
          %v649 = llvm.load %v4 : !llvm.ptr -> f32
          %v650 = arith.addi %v55, %v1 : i64
          %v651 = arith.negf %v572 : f32
          %v652 = arith.mulf %v651, %v122 fastmath<contract> : f32
          %v653 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v652) : (f32) -> f32
          %v654 = arith.addf %v59, %v653 fastmath<contract> : f32
          %v655 = arith.divf %v59, %v654 : f32
          %v656 = arith.mulf %v127, %v655 fastmath<contract> : f32
          %v657 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v126) : (f32) -> f32
          %v658 = arith.mulf %v656, %v657 fastmath<contract> : f32
          %v659 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v658) : (f32) -> f32
          %v660 = arith.mulf %v659, %v659 fastmath<contract> : f32
          %v661 = arith.subf %v59, %v660 fastmath<contract> : f32
          %v662 = llvm.call_intrinsic "llvm.sqrt.f32"(%v661) : (f32) -> f32
          %v663 = arith.negf %v587 : f32
          %v664 = arith.mulf %v663, %v122 fastmath<contract> : f32
          %v665 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v664) : (f32) -> f32
          %v666 = arith.addf %v59, %v665 fastmath<contract> : f32
          %v667 = arith.divf %v59, %v666 : f32
          %v668 = arith.mulf %v667, %v602 fastmath<contract> : f32
          %v669 = arith.mulf %v662, %v668 fastmath<contract> : f32
          %v670 = llvm.load %v4 : !llvm.ptr -> f32
          %v671 = arith.mulf %v659, %v670 fastmath<contract> : f32
          %v672 = arith.addf %v671, %v669 fastmath<contract> : f32
          llvm.store %v672, %v4 : f32, !llvm.ptr
          %v673 = llvm.load %v4 : !llvm.ptr -> f32
          %v674 = arith.addi %v55, %v177 : i64
          %v675 = arith.negf %v573 : f32
          %v676 = arith.mulf %v675, %v122 fastmath<contract> : f32
          %v677 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v676) : (f32) -> f32
          %v678 = arith.addf %v59, %v677 fastmath<contract> : f32
          %v679 = arith.divf %v59, %v678 : f32
          %v680 = arith.mulf %v127, %v679 fastmath<contract> : f32
          %v681 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v126) : (f32) -> f32
          %v682 = arith.mulf %v680, %v681 fastmath<contract> : f32
          %v683 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v682) : (f32) -> f32
          %v684 = arith.mulf %v683, %v683 fastmath<contract> : f32
          %v685 = arith.subf %v59, %v684 fastmath<contract> : f32
          %v686 = llvm.call_intrinsic "llvm.sqrt.f32"(%v685) : (f32) -> f32
          %v687 = arith.negf %v588 : f32
          %v688 = arith.mulf %v687, %v122 fastmath<contract> : f32
          %v689 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v688) : (f32) -> f32
          %v690 = arith.addf %v59, %v689 fastmath<contract> : f32
          %v691 = arith.divf %v59, %v690 : f32
          %v692 = arith.mulf %v691, %v603 fastmath<contract> : f32
          %v693 = arith.mulf %v686, %v692 fastmath<contract> : f32
          %v694 = llvm.load %v4 : !llvm.ptr -> f32
          %v695 = arith.mulf %v683, %v694 fastmath<contract> : f32
          %v696 = arith.addf %v695, %v693 fastmath<contract> : f32
          llvm.store %v696, %v4 : f32, !llvm.ptr
          %v697 = llvm.load %v4 : !llvm.ptr -> f32
          %v698 = arith.addi %v55, %v203 : i64
          %v699 = arith.negf %v574 : f32
          %v700 = arith.mulf %v699, %v122 fastmath<contract> : f32
          %v701 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v700) : (f32) -> f32
          %v702 = arith.addf %v59, %v701 fastmath<contract> : f32
          %v703 = arith.divf %v59, %v702 : f32
          %v704 = arith.mulf %v127, %v703 fastmath<contract> : f32
          %v705 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v126) : (f32) -> f32
          %v706 = arith.mulf %v704, %v705 fastmath<contract> : f32
          %v707 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v706) : (f32) -> f32
          %v708 = arith.mulf %v707, %v707 fastmath<contract> : f32
          %v709 = arith.subf %v59, %v708 fastmath<contract> : f32
          %v710 = llvm.call_intrinsic "llvm.sqrt.f32"(%v709) : (f32) -> f32
          %v711 = arith.negf %v589 : f32
          %v712 = arith.mulf %v711, %v122 fastmath<contract> : f32
          %v713 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v712) : (f32) -> f32
          %v714 = arith.addf %v59, %v713 fastmath<contract> : f32
          %v715 = arith.divf %v59, %v714 : f32
          %v716 = arith.mulf %v715, %v604 fastmath<contract> : f32
          %v717 = arith.mulf %v710, %v716 fastmath<contract> : f32
          %v718 = llvm.load %v4 : !llvm.ptr -> f32
          %v719 = arith.mulf %v707, %v718 fastmath<contract> : f32
          %v720 = arith.addf %v719, %v717 fastmath<contract> : f32
          llvm.store %v720, %v4 : f32, !llvm.ptr
          %v721 = llvm.load %v4 : !llvm.ptr -> f32
          %v722 = arith.addi %v55, %v229 : i64
          %v723 = arith.negf %v575 : f32
          %v724 = arith.mulf %v723, %v122 fastmath<contract> : f32
          %v725 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v724) : (f32) -> f32
          %v726 = arith.addf %v59, %v725 fastmath<contract> : f32
          %v727 = arith.divf %v59, %v726 : f32
          %v728 = arith.mulf %v127, %v727 fastmath<contract> : f32
          %v729 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v126) : (f32) -> f32
          %v730 = arith.mulf %v728, %v729 fastmath<contract> : f32
          %v731 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v730) : (f32) -> f32
          %v732 = arith.mulf %v731, %v731 fastmath<contract> : f32
          %v733 = arith.subf %v59, %v732 fastmath<contract> : f32
          %v734 = llvm.call_intrinsic "llvm.sqrt.f32"(%v733) : (f32) -> f32
          %v735 = arith.negf %v590 : f32
          %v736 = arith.mulf %v735, %v122 fastmath<contract> : f32
          %v737 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v736) : (f32) -> f32
          %v738 = arith.addf %v59, %v737 fastmath<contract> : f32
          %v739 = arith.divf %v59, %v738 : f32
          %v740 = arith.mulf %v739, %v605 fastmath<contract> : f32
          %v741 = arith.mulf %v734, %v740 fastmath<contract> : f32
          %v742 = llvm.load %v4 : !llvm.ptr -> f32
          %v743 = arith.mulf %v731, %v742 fastmath<contract> : f32
          %v744 = arith.addf %v743, %v741 fastmath<contract> : f32
          llvm.store %v744, %v4 : f32, !llvm.ptr
          %v745 = llvm.load %v4 : !llvm.ptr -> f32
          %v746 = arith.addi %v55, %v255 : i64
          %v747 = arith.negf %v576 : f32
          %v748 = arith.mulf %v747, %v122 fastmath<contract> : f32
          %v749 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v748) : (f32) -> f32
          %v750 = arith.addf %v59, %v749 fastmath<contract> : f32
          %v751 = arith.divf %v59, %v750 : f32
          %v752 = arith.mulf %v127, %v751 fastmath<contract> : f32
          %v753 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v126) : (f32) -> f32
          %v754 = arith.mulf %v752, %v753 fastmath<contract> : f32
          %v755 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v754) : (f32) -> f32
          %v756 = arith.mulf %v755, %v755 fastmath<contract> : f32
          %v757 = arith.subf %v59, %v756 fastmath<contract> : f32
          %v758 = llvm.call_intrinsic "llvm.sqrt.f32"(%v757) : (f32) -> f32
          %v759 = arith.negf %v591 : f32
          %v760 = arith.mulf %v759, %v122 fastmath<contract> : f32
          %v761 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v760) : (f32) -> f32
          %v762 = arith.addf %v59, %v761 fastmath<contract> : f32
          %v763 = arith.divf %v59, %v762 : f32
          %v764 = arith.mulf %v763, %v606 fastmath<contract> : f32
          %v765 = arith.mulf %v758, %v764 fastmath<contract> : f32
          %v766 = llvm.load %v4 : !llvm.ptr -> f32
          %v767 = arith.mulf %v755, %v766 fastmath<contract> : f32
          %v768 = arith.addf %v767, %v765 fastmath<contract> : f32
          llvm.store %v768, %v4 : f32, !llvm.ptr
          %v769 = llvm.load %v4 : !llvm.ptr -> f32
          %v770 = arith.addi %v55, %v281 : i64
          %v771 = arith.negf %v577 : f32
          %v772 = arith.mulf %v771, %v122 fastmath<contract> : f32
          %v773 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v772) : (f32) -> f32
          %v774 = arith.addf %v59, %v773 fastmath<contract> : f32
          %v775 = arith.divf %v59, %v774 : f32
          %v776 = arith.mulf %v127, %v775 fastmath<contract> : f32
          %v777 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v126) : (f32) -> f32
          %v778 = arith.mulf %v776, %v777 fastmath<contract> : f32
          %v779 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v778) : (f32) -> f32
          %v780 = arith.mulf %v779, %v779 fastmath<contract> : f32
          %v781 = arith.subf %v59, %v780 fastmath<contract> : f32
          %v782 = llvm.call_intrinsic "llvm.sqrt.f32"(%v781) : (f32) -> f32
          %v783 = arith.negf %v592 : f32
          %v784 = arith.mulf %v783, %v122 fastmath<contract> : f32
          %v785 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v784) : (f32) -> f32
          %v786 = arith.addf %v59, %v785 fastmath<contract> : f32
          %v787 = arith.divf %v59, %v786 : f32
          %v788 = arith.mulf %v787, %v607 fastmath<contract> : f32
          %v789 = arith.mulf %v782, %v788 fastmath<contract> : f32
          %v790 = llvm.load %v4 : !llvm.ptr -> f32
          %v791 = arith.mulf %v779, %v790 fastmath<contract> : f32
          %v792 = arith.addf %v791, %v789 fastmath<contract> : f32
          llvm.store %v792, %v4 : f32, !llvm.ptr
          %v793 = llvm.load %v4 : !llvm.ptr -> f32
          %v794 = arith.addi %v55, %v307 : i64
          %v795 = arith.negf %v578 : f32
          %v796 = arith.mulf %v795, %v122 fastmath<contract> : f32
          %v797 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v796) : (f32) -> f32
          %v798 = arith.addf %v59, %v797 fastmath<contract> : f32
          %v799 = arith.divf %v59, %v798 : f32
          %v800 = arith.mulf %v127, %v799 fastmath<contract> : f32
          %v801 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v126) : (f32) -> f32
          %v802 = arith.mulf %v800, %v801 fastmath<contract> : f32
          %v803 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v802) : (f32) -> f32
          %v804 = arith.mulf %v803, %v803 fastmath<contract> : f32
          %v805 = arith.subf %v59, %v804 fastmath<contract> : f32
          %v806 = llvm.call_intrinsic "llvm.sqrt.f32"(%v805) : (f32) -> f32
          %v807 = arith.negf %v593 : f32
          %v808 = arith.mulf %v807, %v122 fastmath<contract> : f32
          %v809 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v808) : (f32) -> f32
          %v810 = arith.addf %v59, %v809 fastmath<contract> : f32
          %v811 = arith.divf %v59, %v810 : f32
          %v812 = arith.mulf %v811, %v608 fastmath<contract> : f32
          %v813 = arith.mulf %v806, %v812 fastmath<contract> : f32
          %v814 = llvm.load %v4 : !llvm.ptr -> f32
          %v815 = arith.mulf %v803, %v814 fastmath<contract> : f32
          %v816 = arith.addf %v815, %v813 fastmath<contract> : f32
          llvm.store %v816, %v4 : f32, !llvm.ptr
          %v817 = llvm.load %v4 : !llvm.ptr -> f32
          %v818 = llvm.mlir.undef : vector<8xf32>
          %v819 = llvm.insertelement %v649, %v818[%v71 : i32] : vector<8xf32>
          %v820 = llvm.insertelement %v673, %v819[%v73 : i32] : vector<8xf32>
          %v821 = llvm.insertelement %v697, %v820[%v75 : i32] : vector<8xf32>
          %v822 = llvm.insertelement %v721, %v821[%v77 : i32] : vector<8xf32>
          %v823 = llvm.insertelement %v745, %v822[%v79 : i32] : vector<8xf32>
          %v824 = llvm.insertelement %v769, %v823[%v81 : i32] : vector<8xf32>
          %v825 = llvm.insertelement %v793, %v824[%v83 : i32] : vector<8xf32>
          %v826 = llvm.insertelement %v817, %v825[%v85 : i32] : vector<8xf32>
          %v827 = arith.muli %v21, %v63 : i64
          %v828 = arith.muli %v19, %v62 : i64
          %v829 = arith.addi %v827, %v828 : i64
          %v830 = arith.muli %v55, %v1 : i64
          %v831 = arith.addi %v829, %v830 : i64
          %v832 = llvm.getelementptr %out_y[%v831] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          scf.if %v16 {
            llvm.store %v826, %v832 {alignment = 32 : i64} : vector<8xf32>, !llvm.ptr
          }
        } else {
          %v833 = arith.index_cast %v29 : i64 to index
          %v834 = arith.index_cast %v58 : i64 to index
          %v835 = arith.index_cast %v1 : i64 to index
          scf.for %v836 = %v833 to %v834 step %v835 {
            %v837 = arith.index_cast %v836 : index to i64
            %v838 = arith.addi %v55, %v837 : i64
            // save the states at checkpoint steps (when given somewhere to save them)
            %v839 = arith.remui %v838, %v610 : i64
            %v840 = arith.cmpi eq, %v839, %v29 : i64
            %v841 = arith.andi %v840, %v16 : i1
            scf.if %v841 {
              %v842 = arith.divui %v838, %v610 : i64
              %v843 = llvm.mlir.zero : !llvm.ptr
              %v844 = llvm.icmp "ne" %ckpt_h, %v843 : !llvm.ptr
              scf.if %v844 {
                %v847 = arith.muli %v842, %v846 : i64
                %v848 = llvm.load %v4 : !llvm.ptr -> f32
                %v849 = arith.muli %v21, %v621 : i64
                %v850 = arith.muli %v19, %v1 : i64
                %v851 = arith.addi %v849, %v850 : i64
                %v852 = arith.addi %v847, %v851 : i64
                %v853 = llvm.getelementptr %ckpt_h[%v852] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                llvm.store %v848, %v853 : f32, !llvm.ptr
              }
            }
            // end save
            %v854 = arith.muli %v21, %v63 : i64
            %v855 = arith.muli %v19, %v62 : i64
            %v856 = arith.addi %v854, %v855 : i64
            %v857 = arith.muli %v838, %v1 : i64
            %v858 = arith.addi %v856, %v857 : i64
            %v859 = llvm.getelementptr %in_gate_a[%v858] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v860 = llvm.load %v859 : !llvm.ptr -> f32
            %v861 = arith.negf %v860 : f32
            %v862 = arith.mulf %v861, %v122 fastmath<contract> : f32
            %v863 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v862) : (f32) -> f32
            %v864 = arith.addf %v59, %v863 fastmath<contract> : f32
            %v865 = arith.divf %v59, %v864 : f32
            %v866 = arith.mulf %v127, %v865 fastmath<contract> : f32
            %v867 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v126) : (f32) -> f32
            %v868 = arith.mulf %v866, %v867 fastmath<contract> : f32
            %v869 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v868) : (f32) -> f32
            %v870 = arith.mulf %v869, %v869 fastmath<contract> : f32
            %v871 = arith.subf %v59, %v870 fastmath<contract> : f32
            %v872 = llvm.call_intrinsic "llvm.sqrt.f32"(%v871) : (f32) -> f32
            %v873 = arith.muli %v21, %v63 : i64
            %v874 = arith.muli %v19, %v62 : i64
            %v875 = arith.addi %v873, %v874 : i64
            %v876 = arith.muli %v838, %v1 : i64
            %v877 = arith.addi %v875, %v876 : i64
            %v878 = llvm.getelementptr %in_gate_x[%v877] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v879 = llvm.load %v878 : !llvm.ptr -> f32
            %v880 = arith.negf %v879 : f32
            %v881 = arith.mulf %v880, %v122 fastmath<contract> : f32
            %v882 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v881) : (f32) -> f32
            %v883 = arith.addf %v59, %v882 fastmath<contract> : f32
            %v884 = arith.divf %v59, %v883 : f32
            %v885 = arith.muli %v21, %v63 : i64
            %v886 = arith.muli %v19, %v62 : i64
            %v887 = arith.addi %v885, %v886 : i64
            %v888 = arith.muli %v838, %v1 : i64
            %v889 = arith.addi %v887, %v888 : i64
            %v890 = llvm.getelementptr %in_x[%v889] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v891 = llvm.load %v890 : !llvm.ptr -> f32
            %v892 = arith.mulf %v884, %v891 fastmath<contract> : f32
            %v893 = arith.mulf %v872, %v892 fastmath<contract> : f32
            %v894 = llvm.load %v4 : !llvm.ptr -> f32
            %v895 = arith.mulf %v869, %v894 fastmath<contract> : f32
            %v896 = arith.addf %v895, %v893 fastmath<contract> : f32
            llvm.store %v896, %v4 : f32, !llvm.ptr
            %v897 = llvm.load %v4 : !llvm.ptr -> f32
            scf.if %v16 {
              %v898 = arith.muli %v21, %v63 : i64
              %v899 = arith.muli %v19, %v62 : i64
              %v900 = arith.addi %v898, %v899 : i64
              %v901 = arith.muli %v838, %v1 : i64
              %v902 = arith.addi %v900, %v901 : i64
              %v903 = llvm.getelementptr %out_y[%v902] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v897, %v903 : f32, !llvm.ptr
            }
          }
        }
        gpu.barrier
      }
      // end scan
      %v904 = arith.cmpi eq, %v14, %v29 : i64
      %v905 = arith.andi %v16, %v904 : i1
      gpu.return
    }
  }
}
