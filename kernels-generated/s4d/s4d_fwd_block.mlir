module attributes {gpu.container_module} {
  gpu.module @linrec {
    llvm.mlir.global internal @warp_a_s4d_fwd_block() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<16 x f32>
    llvm.mlir.global internal @warp_b_s4d_fwd_block() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<16 x f32>
    llvm.mlir.global internal @running_s4d_fwd_block() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<32 x f32>
    gpu.func @s4d_fwd_block(%in_u: !llvm.ptr, %in_log_dt: !llvm.ptr, %in_A_log: !llvm.ptr, %in_Bp: !llvm.ptr, %in_Cp: !llvm.ptr, %in_Dskip: !llvm.ptr, %out_y: !llvm.ptr, %ckpt_h: !llvm.ptr, %size_B: i64, %size_D: i64, %size_L: i64, %size_N: i64) kernel attributes {nvvm.maxntid = array<i32: 128, 1, 1>, nvvm.minctasm = 4 : i32} {
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
      %v12 = llvm.mlir.addressof @warp_a_s4d_fwd_block : !llvm.ptr<3>
      %v13 = llvm.addrspacecast %v12 : !llvm.ptr<3> to !llvm.ptr
      %v14 = llvm.mlir.addressof @warp_b_s4d_fwd_block : !llvm.ptr<3>
      %v15 = llvm.addrspacecast %v14 : !llvm.ptr<3> to !llvm.ptr
      %v16 = llvm.mlir.addressof @running_s4d_fwd_block : !llvm.ptr<3>
      %v17 = llvm.addrspacecast %v16 : !llvm.ptr<3> to !llvm.ptr
      %v29 = arith.constant 32 : i64
      %v32 = arith.constant 0 : i64
      %v34 = arith.constant 8 : i64
      %v40 = arith.constant 0x00000000 : f32
      %v42 = arith.constant 2 : i64
      %v59 = arith.constant 1024 : i64
      %v60 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v61 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v62 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v63 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v64 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v65 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v66 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v67 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v68 = llvm.alloca %v34 x f32 : (i64) -> !llvm.ptr
      %v88 = arith.muli %size_L, %size_D : i64
      %v95 = arith.constant 0 : i32
      %v97 = arith.constant 1 : i32
      %v99 = arith.constant 2 : i32
      %v101 = arith.constant 3 : i32
      %v103 = arith.constant 4 : i32
      %v105 = arith.constant 5 : i32
      %v107 = arith.constant 6 : i32
      %v109 = arith.constant 7 : i32
      %v113 = arith.constant 3 : i64
      %v115 = arith.constant 4 : i64
      %v117 = arith.constant 5 : i64
      %v119 = arith.constant 6 : i64
      %v121 = arith.constant 7 : i64
      %v147 = arith.constant 0x3FB8AA3B : f32
      %v174 = arith.constant 0x3F800000 : f32
      %v315 = arith.constant 32 : i32
      %v346 = arith.constant 8 : i32
      %v357 = arith.constant 16 : i32
      %v368 = arith.constant 31 : i64
      %v549 = arith.constant 64 : i64
      %v556 = arith.muli %size_B, %size_D : i64
      %v557 = arith.muli %v556, %v1 : i64
      %v560 = arith.muli %v1, %size_D : i64
      %v1070 = arith.muli %size_B, %size_D : i64
      %v1071 = arith.muli %v1070, %v1 : i64
      %v1140 = arith.constant 1023 : i64
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
      %v123 = llvm.getelementptr %in_Dskip[%v25] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v124 = llvm.load %v123 : !llvm.ptr -> f32
      %v145 = llvm.getelementptr %in_log_dt[%v25] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v146 = llvm.load %v145 : !llvm.ptr -> f32
      %v148 = arith.mulf %v146, %v147 fastmath<contract> : f32
      %v149 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v148) : (f32) -> f32
      %v30 = arith.remui %v20, %v29 : i64
      %v31 = arith.divui %v20, %v29 : i64
      %v33 = arith.cmpi eq, %v20, %v32 : i64
      // the state entering the scan, per point
      %v35 = arith.index_cast %v32 : i64 to index
      %v36 = arith.index_cast %v34 : i64 to index
      %v37 = arith.index_cast %v2 : i64 to index
      scf.for %v38 = %v35 to %v36 step %v37 {
        %v39 = arith.index_cast %v38 : index to i64
        llvm.store %v40, %v4 : f32, !llvm.ptr
        llvm.store %v40, %v5 : f32, !llvm.ptr
        scf.if %v33 {
          %v41 = llvm.load %v4 : !llvm.ptr -> f32
          %v43 = arith.muli %v39, %v42 : i64
          %v44 = llvm.getelementptr %v17[%v43] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v41, %v44 : f32, !llvm.ptr
          %v45 = llvm.load %v5 : !llvm.ptr -> f32
          %v46 = arith.muli %v39, %v42 : i64
          %v47 = arith.addi %v46, %v2 : i64
          %v48 = llvm.getelementptr %v17[%v47] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v45, %v48 : f32, !llvm.ptr
        }
      }
      gpu.barrier
      %v49 = arith.remui %size_L, %v34 : i64
      %v50 = arith.cmpi eq, %v49, %v32 : i64
      %v51 = llvm.ptrtoint %in_u : !llvm.ptr to i64
      %v52 = arith.remui %v51, %v29 : i64
      %v53 = arith.cmpi eq, %v52, %v32 : i64
      %v54 = arith.andi %v50, %v53 : i1
      %v55 = llvm.ptrtoint %out_y : !llvm.ptr to i64
      %v56 = arith.remui %v55, %v29 : i64
      %v57 = arith.cmpi eq, %v56, %v32 : i64
      %v58 = arith.andi %v54, %v57 : i1
      // the scan, a tile of threads × K steps at a time
      %v69 = arith.index_cast %v32 : i64 to index
      %v70 = arith.index_cast %size_L : i64 to index
      %v71 = arith.index_cast %v59 : i64 to index
      scf.for %v72 = %v69 to %v70 step %v71 {
        %v73 = arith.index_cast %v72 : index to i64
        %v74 = arith.divui %v73, %v59 : i64
        %v75 = arith.andi %v74, %v2 : i64
        %v76 = arith.subi %v2, %v75 : i64
        %v77 = arith.muli %v75, %v1 : i64
        %v78 = arith.muli %v76, %v1 : i64
        %v79 = arith.muli %v74, %v34 : i64
        %v80 = arith.muli %v20, %v34 : i64
        %v81 = arith.addi %v73, %v80 : i64
        %v82 = arith.subi %size_L, %v81 : i64
        %v83 = arith.maxsi %v82, %v32 : i64
        %v84 = arith.minsi %v83, %v34 : i64
        %v85 = arith.addi %v73, %v59 : i64
        %v86 = arith.cmpi sle, %v85, %size_L : i64
        %v87 = arith.andi %v86, %v58 : i1
        scf.if %v87 {
          // 0. the K steps' values every point shares
          %v89 = arith.muli %v27, %v88 : i64
          %v90 = arith.muli %v25, %size_L : i64
          %v91 = arith.addi %v89, %v90 : i64
          %v92 = arith.addi %v91, %v81 : i64
          %v93 = llvm.getelementptr %in_u[%v92] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v94 = llvm.load %v93 {alignment = 32 : i64} : !llvm.ptr -> vector<8xf32>
          %v96 = llvm.extractelement %v94[%v95 : i32] : vector<8xf32>
          %v98 = llvm.extractelement %v94[%v97 : i32] : vector<8xf32>
          %v100 = llvm.extractelement %v94[%v99 : i32] : vector<8xf32>
          %v102 = llvm.extractelement %v94[%v101 : i32] : vector<8xf32>
          %v104 = llvm.extractelement %v94[%v103 : i32] : vector<8xf32>
          %v106 = llvm.extractelement %v94[%v105 : i32] : vector<8xf32>
          %v108 = llvm.extractelement %v94[%v107 : i32] : vector<8xf32>
          %v110 = llvm.extractelement %v94[%v109 : i32] : vector<8xf32>
          %v111 = arith.addi %v81, %v2 : i64
          %v112 = arith.addi %v81, %v42 : i64
          %v114 = arith.addi %v81, %v113 : i64
          %v116 = arith.addi %v81, %v115 : i64
          %v118 = arith.addi %v81, %v117 : i64
          %v120 = arith.addi %v81, %v119 : i64
          %v122 = arith.addi %v81, %v121 : i64
          %v125 = arith.mulf %v96, %v124 fastmath<contract> : f32
          llvm.store %v125, %v60 : f32, !llvm.ptr
          %v126 = arith.addi %v81, %v2 : i64
          %v127 = arith.mulf %v98, %v124 fastmath<contract> : f32
          llvm.store %v127, %v61 : f32, !llvm.ptr
          %v128 = arith.addi %v81, %v42 : i64
          %v129 = arith.mulf %v100, %v124 fastmath<contract> : f32
          llvm.store %v129, %v62 : f32, !llvm.ptr
          %v130 = arith.addi %v81, %v113 : i64
          %v131 = arith.mulf %v102, %v124 fastmath<contract> : f32
          llvm.store %v131, %v63 : f32, !llvm.ptr
          %v132 = arith.addi %v81, %v115 : i64
          %v133 = arith.mulf %v104, %v124 fastmath<contract> : f32
          llvm.store %v133, %v64 : f32, !llvm.ptr
          %v134 = arith.addi %v81, %v117 : i64
          %v135 = arith.mulf %v106, %v124 fastmath<contract> : f32
          llvm.store %v135, %v65 : f32, !llvm.ptr
          %v136 = arith.addi %v81, %v119 : i64
          %v137 = arith.mulf %v108, %v124 fastmath<contract> : f32
          llvm.store %v137, %v66 : f32, !llvm.ptr
          %v138 = arith.addi %v81, %v121 : i64
          %v139 = arith.mulf %v110, %v124 fastmath<contract> : f32
          llvm.store %v139, %v67 : f32, !llvm.ptr
          %v140 = arith.index_cast %v32 : i64 to index
          %v141 = arith.index_cast %v34 : i64 to index
          %v142 = arith.index_cast %v2 : i64 to index
          scf.for %v143 = %v140 to %v141 step %v142 {
            %v144 = arith.index_cast %v143 : index to i64
            %v150 = arith.muli %v25, %v1 : i64
            %v151 = arith.addi %v150, %v144 : i64
            %v152 = llvm.getelementptr %in_A_log[%v151] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v153 = llvm.load %v152 : !llvm.ptr -> f32
            %v154 = arith.mulf %v153, %v147 fastmath<contract> : f32
            %v155 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v154) : (f32) -> f32
            %v156 = arith.negf %v155 : f32
            %v157 = arith.mulf %v149, %v156 fastmath<contract> : f32
            %v158 = arith.mulf %v157, %v147 fastmath<contract> : f32
            %v159 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v158) : (f32) -> f32
            %v160 = arith.mulf %v159, %v147 fastmath<contract> : f32
            %v161 = arith.muli %v25, %v1 : i64
            %v162 = arith.constant 8 : i64
            %v163 = arith.addi %v162, %v144 : i64
            %v164 = arith.addi %v161, %v163 : i64
            %v165 = llvm.getelementptr %in_A_log[%v164] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v166 = llvm.load %v165 : !llvm.ptr -> f32
            %v167 = arith.mulf %v166, %v147 fastmath<contract> : f32
            %v168 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v167) : (f32) -> f32
            %v169 = arith.negf %v168 : f32
            %v170 = arith.mulf %v149, %v169 fastmath<contract> : f32
            %v171 = arith.mulf %v170, %v147 fastmath<contract> : f32
            %v172 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v171) : (f32) -> f32
            %v173 = arith.mulf %v172, %v147 fastmath<contract> : f32
            %v175 = arith.subf %v159, %v174 fastmath<contract> : f32
            %v176 = arith.divf %v175, %v156 : f32
            %v177 = arith.muli %v25, %v1 : i64
            %v178 = arith.addi %v177, %v144 : i64
            %v179 = llvm.getelementptr %in_Bp[%v178] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v180 = llvm.load %v179 : !llvm.ptr -> f32
            %v181 = arith.mulf %v176, %v180 fastmath<contract> : f32
            %v182 = arith.mulf %v181, %v147 fastmath<contract> : f32
            %v183 = arith.subf %v172, %v174 fastmath<contract> : f32
            %v184 = arith.divf %v183, %v169 : f32
            %v185 = arith.muli %v25, %v1 : i64
            %v186 = arith.constant 8 : i64
            %v187 = arith.addi %v186, %v144 : i64
            %v188 = arith.addi %v185, %v187 : i64
            %v189 = llvm.getelementptr %in_Bp[%v188] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v190 = llvm.load %v189 : !llvm.ptr -> f32
            %v191 = arith.mulf %v184, %v190 fastmath<contract> : f32
            %v192 = arith.mulf %v191, %v147 fastmath<contract> : f32
            %v193 = arith.muli %v25, %v1 : i64
            %v194 = arith.addi %v193, %v144 : i64
            %v195 = llvm.getelementptr %in_Cp[%v194] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v196 = llvm.load %v195 : !llvm.ptr -> f32
            %v197 = arith.mulf %v196, %v147 fastmath<contract> : f32
            %v198 = arith.muli %v25, %v1 : i64
            %v199 = arith.constant 8 : i64
            %v200 = arith.addi %v199, %v144 : i64
            %v201 = arith.addi %v198, %v200 : i64
            %v202 = llvm.getelementptr %in_Cp[%v201] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v203 = llvm.load %v202 : !llvm.ptr -> f32
            %v204 = arith.mulf %v203, %v147 fastmath<contract> : f32
            // 1. this point's K steps composed into one map (A, B)
            llvm.store %v174, %v6 : f32, !llvm.ptr
            llvm.store %v174, %v7 : f32, !llvm.ptr
            llvm.store %v40, %v8 : f32, !llvm.ptr
            llvm.store %v40, %v9 : f32, !llvm.ptr
            %v205 = arith.mulf %v181, %v96 fastmath<contract> : f32
            %v206 = llvm.load %v8 : !llvm.ptr -> f32
            %v207 = arith.mulf %v159, %v206 fastmath<contract> : f32
            %v208 = arith.addf %v207, %v205 fastmath<contract> : f32
            %v209 = llvm.load %v6 : !llvm.ptr -> f32
            %v210 = arith.mulf %v159, %v209 fastmath<contract> : f32
            %v211 = arith.mulf %v191, %v96 fastmath<contract> : f32
            %v212 = llvm.load %v9 : !llvm.ptr -> f32
            %v213 = arith.mulf %v172, %v212 fastmath<contract> : f32
            %v214 = arith.addf %v213, %v211 fastmath<contract> : f32
            %v215 = llvm.load %v7 : !llvm.ptr -> f32
            %v216 = arith.mulf %v172, %v215 fastmath<contract> : f32
            llvm.store %v208, %v8 : f32, !llvm.ptr
            llvm.store %v210, %v6 : f32, !llvm.ptr
            llvm.store %v214, %v9 : f32, !llvm.ptr
            llvm.store %v216, %v7 : f32, !llvm.ptr
            %v217 = arith.addi %v81, %v2 : i64
            %v218 = arith.mulf %v181, %v98 fastmath<contract> : f32
            %v219 = llvm.load %v8 : !llvm.ptr -> f32
            %v220 = arith.mulf %v159, %v219 fastmath<contract> : f32
            %v221 = arith.addf %v220, %v218 fastmath<contract> : f32
            %v222 = llvm.load %v6 : !llvm.ptr -> f32
            %v223 = arith.mulf %v159, %v222 fastmath<contract> : f32
            %v224 = arith.mulf %v191, %v98 fastmath<contract> : f32
            %v225 = llvm.load %v9 : !llvm.ptr -> f32
            %v226 = arith.mulf %v172, %v225 fastmath<contract> : f32
            %v227 = arith.addf %v226, %v224 fastmath<contract> : f32
            %v228 = llvm.load %v7 : !llvm.ptr -> f32
            %v229 = arith.mulf %v172, %v228 fastmath<contract> : f32
            llvm.store %v221, %v8 : f32, !llvm.ptr
            llvm.store %v223, %v6 : f32, !llvm.ptr
            llvm.store %v227, %v9 : f32, !llvm.ptr
            llvm.store %v229, %v7 : f32, !llvm.ptr
            %v230 = arith.addi %v81, %v42 : i64
            %v231 = arith.mulf %v181, %v100 fastmath<contract> : f32
            %v232 = llvm.load %v8 : !llvm.ptr -> f32
            %v233 = arith.mulf %v159, %v232 fastmath<contract> : f32
            %v234 = arith.addf %v233, %v231 fastmath<contract> : f32
            %v235 = llvm.load %v6 : !llvm.ptr -> f32
            %v236 = arith.mulf %v159, %v235 fastmath<contract> : f32
            %v237 = arith.mulf %v191, %v100 fastmath<contract> : f32
            %v238 = llvm.load %v9 : !llvm.ptr -> f32
            %v239 = arith.mulf %v172, %v238 fastmath<contract> : f32
            %v240 = arith.addf %v239, %v237 fastmath<contract> : f32
            %v241 = llvm.load %v7 : !llvm.ptr -> f32
            %v242 = arith.mulf %v172, %v241 fastmath<contract> : f32
            llvm.store %v234, %v8 : f32, !llvm.ptr
            llvm.store %v236, %v6 : f32, !llvm.ptr
            llvm.store %v240, %v9 : f32, !llvm.ptr
            llvm.store %v242, %v7 : f32, !llvm.ptr
            %v243 = arith.addi %v81, %v113 : i64
            %v244 = arith.mulf %v181, %v102 fastmath<contract> : f32
            %v245 = llvm.load %v8 : !llvm.ptr -> f32
            %v246 = arith.mulf %v159, %v245 fastmath<contract> : f32
            %v247 = arith.addf %v246, %v244 fastmath<contract> : f32
            %v248 = llvm.load %v6 : !llvm.ptr -> f32
            %v249 = arith.mulf %v159, %v248 fastmath<contract> : f32
            %v250 = arith.mulf %v191, %v102 fastmath<contract> : f32
            %v251 = llvm.load %v9 : !llvm.ptr -> f32
            %v252 = arith.mulf %v172, %v251 fastmath<contract> : f32
            %v253 = arith.addf %v252, %v250 fastmath<contract> : f32
            %v254 = llvm.load %v7 : !llvm.ptr -> f32
            %v255 = arith.mulf %v172, %v254 fastmath<contract> : f32
            llvm.store %v247, %v8 : f32, !llvm.ptr
            llvm.store %v249, %v6 : f32, !llvm.ptr
            llvm.store %v253, %v9 : f32, !llvm.ptr
            llvm.store %v255, %v7 : f32, !llvm.ptr
            %v256 = arith.addi %v81, %v115 : i64
            %v257 = arith.mulf %v181, %v104 fastmath<contract> : f32
            %v258 = llvm.load %v8 : !llvm.ptr -> f32
            %v259 = arith.mulf %v159, %v258 fastmath<contract> : f32
            %v260 = arith.addf %v259, %v257 fastmath<contract> : f32
            %v261 = llvm.load %v6 : !llvm.ptr -> f32
            %v262 = arith.mulf %v159, %v261 fastmath<contract> : f32
            %v263 = arith.mulf %v191, %v104 fastmath<contract> : f32
            %v264 = llvm.load %v9 : !llvm.ptr -> f32
            %v265 = arith.mulf %v172, %v264 fastmath<contract> : f32
            %v266 = arith.addf %v265, %v263 fastmath<contract> : f32
            %v267 = llvm.load %v7 : !llvm.ptr -> f32
            %v268 = arith.mulf %v172, %v267 fastmath<contract> : f32
            llvm.store %v260, %v8 : f32, !llvm.ptr
            llvm.store %v262, %v6 : f32, !llvm.ptr
            llvm.store %v266, %v9 : f32, !llvm.ptr
            llvm.store %v268, %v7 : f32, !llvm.ptr
            %v269 = arith.addi %v81, %v117 : i64
            %v270 = arith.mulf %v181, %v106 fastmath<contract> : f32
            %v271 = llvm.load %v8 : !llvm.ptr -> f32
            %v272 = arith.mulf %v159, %v271 fastmath<contract> : f32
            %v273 = arith.addf %v272, %v270 fastmath<contract> : f32
            %v274 = llvm.load %v6 : !llvm.ptr -> f32
            %v275 = arith.mulf %v159, %v274 fastmath<contract> : f32
            %v276 = arith.mulf %v191, %v106 fastmath<contract> : f32
            %v277 = llvm.load %v9 : !llvm.ptr -> f32
            %v278 = arith.mulf %v172, %v277 fastmath<contract> : f32
            %v279 = arith.addf %v278, %v276 fastmath<contract> : f32
            %v280 = llvm.load %v7 : !llvm.ptr -> f32
            %v281 = arith.mulf %v172, %v280 fastmath<contract> : f32
            llvm.store %v273, %v8 : f32, !llvm.ptr
            llvm.store %v275, %v6 : f32, !llvm.ptr
            llvm.store %v279, %v9 : f32, !llvm.ptr
            llvm.store %v281, %v7 : f32, !llvm.ptr
            %v282 = arith.addi %v81, %v119 : i64
            %v283 = arith.mulf %v181, %v108 fastmath<contract> : f32
            %v284 = llvm.load %v8 : !llvm.ptr -> f32
            %v285 = arith.mulf %v159, %v284 fastmath<contract> : f32
            %v286 = arith.addf %v285, %v283 fastmath<contract> : f32
            %v287 = llvm.load %v6 : !llvm.ptr -> f32
            %v288 = arith.mulf %v159, %v287 fastmath<contract> : f32
            %v289 = arith.mulf %v191, %v108 fastmath<contract> : f32
            %v290 = llvm.load %v9 : !llvm.ptr -> f32
            %v291 = arith.mulf %v172, %v290 fastmath<contract> : f32
            %v292 = arith.addf %v291, %v289 fastmath<contract> : f32
            %v293 = llvm.load %v7 : !llvm.ptr -> f32
            %v294 = arith.mulf %v172, %v293 fastmath<contract> : f32
            llvm.store %v286, %v8 : f32, !llvm.ptr
            llvm.store %v288, %v6 : f32, !llvm.ptr
            llvm.store %v292, %v9 : f32, !llvm.ptr
            llvm.store %v294, %v7 : f32, !llvm.ptr
            %v295 = arith.addi %v81, %v121 : i64
            %v296 = arith.mulf %v181, %v110 fastmath<contract> : f32
            %v297 = llvm.load %v8 : !llvm.ptr -> f32
            %v298 = arith.mulf %v159, %v297 fastmath<contract> : f32
            %v299 = arith.addf %v298, %v296 fastmath<contract> : f32
            %v300 = llvm.load %v6 : !llvm.ptr -> f32
            %v301 = arith.mulf %v159, %v300 fastmath<contract> : f32
            %v302 = arith.mulf %v191, %v110 fastmath<contract> : f32
            %v303 = llvm.load %v9 : !llvm.ptr -> f32
            %v304 = arith.mulf %v172, %v303 fastmath<contract> : f32
            %v305 = arith.addf %v304, %v302 fastmath<contract> : f32
            %v306 = llvm.load %v7 : !llvm.ptr -> f32
            %v307 = arith.mulf %v172, %v306 fastmath<contract> : f32
            llvm.store %v299, %v8 : f32, !llvm.ptr
            llvm.store %v301, %v6 : f32, !llvm.ptr
            llvm.store %v305, %v9 : f32, !llvm.ptr
            llvm.store %v307, %v7 : f32, !llvm.ptr
            // 2. the block's scan of this point's maps
            %v308 = llvm.load %v6 : !llvm.ptr -> f32
            %v309 = llvm.load %v8 : !llvm.ptr -> f32
            %v310 = llvm.load %v7 : !llvm.ptr -> f32
            %v311 = llvm.load %v9 : !llvm.ptr -> f32
            %v312 = arith.addi %v79, %v144 : i64
            %v313 = arith.andi %v312, %v2 : i64
            %v314 = arith.muli %v313, %v34 : i64
            %v316, %v317 = gpu.shuffle up %v308, %v97, %v315 : f32
            %v318, %v319 = gpu.shuffle up %v309, %v97, %v315 : f32
            %v320 = arith.mulf %v308, %v316 fastmath<contract> : f32
            %v321 = arith.mulf %v308, %v318 fastmath<contract> : f32
            %v322 = arith.addf %v321, %v309 fastmath<contract> : f32
            %v323 = arith.cmpi uge, %v30, %v2 : i64
            %v324 = arith.select %v323, %v320, %v308 : f32
            %v325 = arith.select %v323, %v322, %v309 : f32
            %v326, %v327 = gpu.shuffle up %v324, %v99, %v315 : f32
            %v328, %v329 = gpu.shuffle up %v325, %v99, %v315 : f32
            %v330 = arith.mulf %v324, %v326 fastmath<contract> : f32
            %v331 = arith.mulf %v324, %v328 fastmath<contract> : f32
            %v332 = arith.addf %v331, %v325 fastmath<contract> : f32
            %v333 = arith.cmpi uge, %v30, %v42 : i64
            %v334 = arith.select %v333, %v330, %v324 : f32
            %v335 = arith.select %v333, %v332, %v325 : f32
            %v336, %v337 = gpu.shuffle up %v334, %v103, %v315 : f32
            %v338, %v339 = gpu.shuffle up %v335, %v103, %v315 : f32
            %v340 = arith.mulf %v334, %v336 fastmath<contract> : f32
            %v341 = arith.mulf %v334, %v338 fastmath<contract> : f32
            %v342 = arith.addf %v341, %v335 fastmath<contract> : f32
            %v343 = arith.cmpi uge, %v30, %v115 : i64
            %v344 = arith.select %v343, %v340, %v334 : f32
            %v345 = arith.select %v343, %v342, %v335 : f32
            %v347, %v348 = gpu.shuffle up %v344, %v346, %v315 : f32
            %v349, %v350 = gpu.shuffle up %v345, %v346, %v315 : f32
            %v351 = arith.mulf %v344, %v347 fastmath<contract> : f32
            %v352 = arith.mulf %v344, %v349 fastmath<contract> : f32
            %v353 = arith.addf %v352, %v345 fastmath<contract> : f32
            %v354 = arith.cmpi uge, %v30, %v34 : i64
            %v355 = arith.select %v354, %v351, %v344 : f32
            %v356 = arith.select %v354, %v353, %v345 : f32
            %v358, %v359 = gpu.shuffle up %v355, %v357, %v315 : f32
            %v360, %v361 = gpu.shuffle up %v356, %v357, %v315 : f32
            %v362 = arith.mulf %v355, %v358 fastmath<contract> : f32
            %v363 = arith.mulf %v355, %v360 fastmath<contract> : f32
            %v364 = arith.addf %v363, %v356 fastmath<contract> : f32
            %v365 = arith.cmpi uge, %v30, %v1 : i64
            %v366 = arith.select %v365, %v362, %v355 : f32
            %v367 = arith.select %v365, %v364, %v356 : f32
            %v369 = arith.cmpi eq, %v30, %v368 : i64
            %v370 = arith.addi %v314, %v31 : i64
            scf.if %v369 {
              %v371 = llvm.getelementptr %v13[%v370] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v366, %v371 : f32, !llvm.ptr
              %v372 = llvm.getelementptr %v15[%v370] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v367, %v372 : f32, !llvm.ptr
            }
            %v373, %v374 = gpu.shuffle up %v366, %v97, %v315 : f32
            %v375, %v376 = gpu.shuffle up %v367, %v97, %v315 : f32
            %v377 = arith.cmpi eq, %v30, %v32 : i64
            %v378 = arith.select %v377, %v174, %v373 : f32
            %v379 = arith.select %v377, %v40, %v375 : f32
            %v380, %v381 = gpu.shuffle up %v310, %v97, %v315 : f32
            %v382, %v383 = gpu.shuffle up %v311, %v97, %v315 : f32
            %v384 = arith.mulf %v310, %v380 fastmath<contract> : f32
            %v385 = arith.mulf %v310, %v382 fastmath<contract> : f32
            %v386 = arith.addf %v385, %v311 fastmath<contract> : f32
            %v387 = arith.cmpi uge, %v30, %v2 : i64
            %v388 = arith.select %v387, %v384, %v310 : f32
            %v389 = arith.select %v387, %v386, %v311 : f32
            %v390, %v391 = gpu.shuffle up %v388, %v99, %v315 : f32
            %v392, %v393 = gpu.shuffle up %v389, %v99, %v315 : f32
            %v394 = arith.mulf %v388, %v390 fastmath<contract> : f32
            %v395 = arith.mulf %v388, %v392 fastmath<contract> : f32
            %v396 = arith.addf %v395, %v389 fastmath<contract> : f32
            %v397 = arith.cmpi uge, %v30, %v42 : i64
            %v398 = arith.select %v397, %v394, %v388 : f32
            %v399 = arith.select %v397, %v396, %v389 : f32
            %v400, %v401 = gpu.shuffle up %v398, %v103, %v315 : f32
            %v402, %v403 = gpu.shuffle up %v399, %v103, %v315 : f32
            %v404 = arith.mulf %v398, %v400 fastmath<contract> : f32
            %v405 = arith.mulf %v398, %v402 fastmath<contract> : f32
            %v406 = arith.addf %v405, %v399 fastmath<contract> : f32
            %v407 = arith.cmpi uge, %v30, %v115 : i64
            %v408 = arith.select %v407, %v404, %v398 : f32
            %v409 = arith.select %v407, %v406, %v399 : f32
            %v410, %v411 = gpu.shuffle up %v408, %v346, %v315 : f32
            %v412, %v413 = gpu.shuffle up %v409, %v346, %v315 : f32
            %v414 = arith.mulf %v408, %v410 fastmath<contract> : f32
            %v415 = arith.mulf %v408, %v412 fastmath<contract> : f32
            %v416 = arith.addf %v415, %v409 fastmath<contract> : f32
            %v417 = arith.cmpi uge, %v30, %v34 : i64
            %v418 = arith.select %v417, %v414, %v408 : f32
            %v419 = arith.select %v417, %v416, %v409 : f32
            %v420, %v421 = gpu.shuffle up %v418, %v357, %v315 : f32
            %v422, %v423 = gpu.shuffle up %v419, %v357, %v315 : f32
            %v424 = arith.mulf %v418, %v420 fastmath<contract> : f32
            %v425 = arith.mulf %v418, %v422 fastmath<contract> : f32
            %v426 = arith.addf %v425, %v419 fastmath<contract> : f32
            %v427 = arith.cmpi uge, %v30, %v1 : i64
            %v428 = arith.select %v427, %v424, %v418 : f32
            %v429 = arith.select %v427, %v426, %v419 : f32
            %v430 = arith.cmpi eq, %v30, %v368 : i64
            %v431 = arith.addi %v314, %v115 : i64
            %v432 = arith.addi %v431, %v31 : i64
            scf.if %v430 {
              %v433 = llvm.getelementptr %v13[%v432] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v428, %v433 : f32, !llvm.ptr
              %v434 = llvm.getelementptr %v15[%v432] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v429, %v434 : f32, !llvm.ptr
            }
            %v435, %v436 = gpu.shuffle up %v428, %v97, %v315 : f32
            %v437, %v438 = gpu.shuffle up %v429, %v97, %v315 : f32
            %v439 = arith.cmpi eq, %v30, %v32 : i64
            %v440 = arith.select %v439, %v174, %v435 : f32
            %v441 = arith.select %v439, %v40, %v437 : f32
            // across warps: each thread composes the warps' totals before its own, and all of them
            gpu.barrier
            %v442 = llvm.getelementptr %v13[%v314] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v443 = llvm.load %v442 : !llvm.ptr -> f32
            %v444 = llvm.getelementptr %v15[%v314] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v445 = llvm.load %v444 : !llvm.ptr -> f32
            %v446 = arith.mulf %v443, %v174 fastmath<contract> : f32
            %v447 = arith.mulf %v443, %v40 fastmath<contract> : f32
            %v448 = arith.addf %v447, %v445 fastmath<contract> : f32
            %v449 = arith.cmpi ugt, %v31, %v32 : i64
            %v450 = arith.select %v449, %v446, %v174 : f32
            %v451 = arith.select %v449, %v448, %v40 : f32
            %v452 = arith.addi %v314, %v2 : i64
            %v453 = llvm.getelementptr %v13[%v452] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v454 = llvm.load %v453 : !llvm.ptr -> f32
            %v455 = llvm.getelementptr %v15[%v452] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v456 = llvm.load %v455 : !llvm.ptr -> f32
            %v457 = arith.mulf %v454, %v446 fastmath<contract> : f32
            %v458 = arith.mulf %v454, %v448 fastmath<contract> : f32
            %v459 = arith.addf %v458, %v456 fastmath<contract> : f32
            %v460 = arith.cmpi ugt, %v31, %v2 : i64
            %v461 = arith.select %v460, %v457, %v450 : f32
            %v462 = arith.select %v460, %v459, %v451 : f32
            %v463 = arith.addi %v314, %v42 : i64
            %v464 = llvm.getelementptr %v13[%v463] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v465 = llvm.load %v464 : !llvm.ptr -> f32
            %v466 = llvm.getelementptr %v15[%v463] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v467 = llvm.load %v466 : !llvm.ptr -> f32
            %v468 = arith.mulf %v465, %v457 fastmath<contract> : f32
            %v469 = arith.mulf %v465, %v459 fastmath<contract> : f32
            %v470 = arith.addf %v469, %v467 fastmath<contract> : f32
            %v471 = arith.cmpi ugt, %v31, %v42 : i64
            %v472 = arith.select %v471, %v468, %v461 : f32
            %v473 = arith.select %v471, %v470, %v462 : f32
            %v474 = arith.addi %v314, %v113 : i64
            %v475 = llvm.getelementptr %v13[%v474] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v476 = llvm.load %v475 : !llvm.ptr -> f32
            %v477 = llvm.getelementptr %v15[%v474] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v478 = llvm.load %v477 : !llvm.ptr -> f32
            %v479 = arith.mulf %v476, %v468 fastmath<contract> : f32
            %v480 = arith.mulf %v476, %v470 fastmath<contract> : f32
            %v481 = arith.addf %v480, %v478 fastmath<contract> : f32
            %v482 = arith.mulf %v378, %v472 fastmath<contract> : f32
            %v483 = arith.mulf %v378, %v473 fastmath<contract> : f32
            %v484 = arith.addf %v483, %v379 fastmath<contract> : f32
            %v485 = arith.addi %v314, %v115 : i64
            %v486 = llvm.getelementptr %v13[%v485] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v487 = llvm.load %v486 : !llvm.ptr -> f32
            %v488 = llvm.getelementptr %v15[%v485] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v489 = llvm.load %v488 : !llvm.ptr -> f32
            %v490 = arith.mulf %v487, %v174 fastmath<contract> : f32
            %v491 = arith.mulf %v487, %v40 fastmath<contract> : f32
            %v492 = arith.addf %v491, %v489 fastmath<contract> : f32
            %v493 = arith.cmpi ugt, %v31, %v32 : i64
            %v494 = arith.select %v493, %v490, %v174 : f32
            %v495 = arith.select %v493, %v492, %v40 : f32
            %v496 = arith.addi %v314, %v115 : i64
            %v497 = arith.addi %v496, %v2 : i64
            %v498 = llvm.getelementptr %v13[%v497] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v499 = llvm.load %v498 : !llvm.ptr -> f32
            %v500 = llvm.getelementptr %v15[%v497] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v501 = llvm.load %v500 : !llvm.ptr -> f32
            %v502 = arith.mulf %v499, %v490 fastmath<contract> : f32
            %v503 = arith.mulf %v499, %v492 fastmath<contract> : f32
            %v504 = arith.addf %v503, %v501 fastmath<contract> : f32
            %v505 = arith.cmpi ugt, %v31, %v2 : i64
            %v506 = arith.select %v505, %v502, %v494 : f32
            %v507 = arith.select %v505, %v504, %v495 : f32
            %v508 = arith.addi %v314, %v115 : i64
            %v509 = arith.addi %v508, %v42 : i64
            %v510 = llvm.getelementptr %v13[%v509] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v511 = llvm.load %v510 : !llvm.ptr -> f32
            %v512 = llvm.getelementptr %v15[%v509] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v513 = llvm.load %v512 : !llvm.ptr -> f32
            %v514 = arith.mulf %v511, %v502 fastmath<contract> : f32
            %v515 = arith.mulf %v511, %v504 fastmath<contract> : f32
            %v516 = arith.addf %v515, %v513 fastmath<contract> : f32
            %v517 = arith.cmpi ugt, %v31, %v42 : i64
            %v518 = arith.select %v517, %v514, %v506 : f32
            %v519 = arith.select %v517, %v516, %v507 : f32
            %v520 = arith.addi %v314, %v115 : i64
            %v521 = arith.addi %v520, %v113 : i64
            %v522 = llvm.getelementptr %v13[%v521] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v523 = llvm.load %v522 : !llvm.ptr -> f32
            %v524 = llvm.getelementptr %v15[%v521] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v525 = llvm.load %v524 : !llvm.ptr -> f32
            %v526 = arith.mulf %v523, %v514 fastmath<contract> : f32
            %v527 = arith.mulf %v523, %v516 fastmath<contract> : f32
            %v528 = arith.addf %v527, %v525 fastmath<contract> : f32
            %v529 = arith.mulf %v440, %v518 fastmath<contract> : f32
            %v530 = arith.mulf %v440, %v519 fastmath<contract> : f32
            %v531 = arith.addf %v530, %v441 fastmath<contract> : f32
            %v532 = arith.muli %v144, %v42 : i64
            %v533 = arith.addi %v77, %v532 : i64
            %v534 = llvm.getelementptr %v17[%v533] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v535 = llvm.load %v534 : !llvm.ptr -> f32
            %v536 = arith.mulf %v482, %v535 fastmath<contract> : f32
            %v537 = arith.addf %v536, %v484 fastmath<contract> : f32
            llvm.store %v537, %v4 : f32, !llvm.ptr
            %v538 = arith.mulf %v479, %v535 fastmath<contract> : f32
            %v539 = arith.addf %v538, %v481 fastmath<contract> : f32
            %v540 = arith.muli %v144, %v42 : i64
            %v541 = arith.addi %v540, %v2 : i64
            %v542 = arith.addi %v77, %v541 : i64
            %v543 = llvm.getelementptr %v17[%v542] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v544 = llvm.load %v543 : !llvm.ptr -> f32
            %v545 = arith.mulf %v529, %v544 fastmath<contract> : f32
            %v546 = arith.addf %v545, %v531 fastmath<contract> : f32
            llvm.store %v546, %v5 : f32, !llvm.ptr
            %v547 = arith.mulf %v526, %v544 fastmath<contract> : f32
            %v548 = arith.addf %v547, %v528 fastmath<contract> : f32
            // 3. the K steps again: checkpoints, outputs at this point, sums' terms
            // save the states at checkpoint steps (when given somewhere to save them)
            %v550 = arith.remui %v81, %v549 : i64
            %v551 = arith.cmpi eq, %v550, %v32 : i64
            %v552 = arith.andi %v551, %v22 : i1
            scf.if %v552 {
              %v553 = arith.divui %v81, %v549 : i64
              %v554 = llvm.mlir.zero : !llvm.ptr
              %v555 = llvm.icmp "ne" %ckpt_h, %v554 : !llvm.ptr
              scf.if %v555 {
                %v558 = arith.muli %v553, %v557 : i64
                %v559 = llvm.load %v4 : !llvm.ptr -> f32
                %v561 = arith.muli %v27, %v560 : i64
                %v562 = arith.muli %v25, %v1 : i64
                %v563 = arith.addi %v561, %v562 : i64
                %v564 = arith.addi %v563, %v144 : i64
                %v565 = arith.addi %v558, %v564 : i64
                %v566 = llvm.getelementptr %ckpt_h[%v565] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                llvm.store %v559, %v566 : f32, !llvm.ptr
                %v567 = llvm.load %v5 : !llvm.ptr -> f32
                %v568 = arith.muli %v27, %v560 : i64
                %v569 = arith.muli %v25, %v1 : i64
                %v570 = arith.addi %v568, %v569 : i64
                %v571 = arith.constant 8 : i64
                %v572 = arith.addi %v571, %v144 : i64
                %v573 = arith.addi %v570, %v572 : i64
                %v574 = arith.addi %v558, %v573 : i64
                %v575 = llvm.getelementptr %ckpt_h[%v574] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                llvm.store %v567, %v575 : f32, !llvm.ptr
              }
            }
            // end save
            %v576 = llvm.load %v4 : !llvm.ptr -> f32
            %v577 = arith.mulf %v159, %v576 fastmath<contract> : f32
            %v578 = arith.addf %v577, %v205 fastmath<contract> : f32
            %v579 = llvm.load %v5 : !llvm.ptr -> f32
            %v580 = arith.mulf %v172, %v579 fastmath<contract> : f32
            %v581 = arith.addf %v580, %v211 fastmath<contract> : f32
            llvm.store %v578, %v4 : f32, !llvm.ptr
            llvm.store %v581, %v5 : f32, !llvm.ptr
            %v582 = llvm.load %v4 : !llvm.ptr -> f32
            %v583 = arith.mulf %v196, %v582 fastmath<contract> : f32
            %v584 = llvm.load %v60 : !llvm.ptr -> f32
            %v585 = arith.addf %v584, %v583 fastmath<contract> : f32
            llvm.store %v585, %v60 : f32, !llvm.ptr
            %v586 = llvm.load %v5 : !llvm.ptr -> f32
            %v587 = arith.mulf %v203, %v586 fastmath<contract> : f32
            %v588 = llvm.load %v60 : !llvm.ptr -> f32
            %v589 = arith.addf %v588, %v587 fastmath<contract> : f32
            llvm.store %v589, %v60 : f32, !llvm.ptr
            %v590 = arith.addi %v81, %v2 : i64
            %v591 = llvm.load %v4 : !llvm.ptr -> f32
            %v592 = arith.mulf %v159, %v591 fastmath<contract> : f32
            %v593 = arith.addf %v592, %v218 fastmath<contract> : f32
            %v594 = llvm.load %v5 : !llvm.ptr -> f32
            %v595 = arith.mulf %v172, %v594 fastmath<contract> : f32
            %v596 = arith.addf %v595, %v224 fastmath<contract> : f32
            llvm.store %v593, %v4 : f32, !llvm.ptr
            llvm.store %v596, %v5 : f32, !llvm.ptr
            %v597 = llvm.load %v4 : !llvm.ptr -> f32
            %v598 = arith.mulf %v196, %v597 fastmath<contract> : f32
            %v599 = llvm.load %v61 : !llvm.ptr -> f32
            %v600 = arith.addf %v599, %v598 fastmath<contract> : f32
            llvm.store %v600, %v61 : f32, !llvm.ptr
            %v601 = llvm.load %v5 : !llvm.ptr -> f32
            %v602 = arith.mulf %v203, %v601 fastmath<contract> : f32
            %v603 = llvm.load %v61 : !llvm.ptr -> f32
            %v604 = arith.addf %v603, %v602 fastmath<contract> : f32
            llvm.store %v604, %v61 : f32, !llvm.ptr
            %v605 = arith.addi %v81, %v42 : i64
            %v606 = llvm.load %v4 : !llvm.ptr -> f32
            %v607 = arith.mulf %v159, %v606 fastmath<contract> : f32
            %v608 = arith.addf %v607, %v231 fastmath<contract> : f32
            %v609 = llvm.load %v5 : !llvm.ptr -> f32
            %v610 = arith.mulf %v172, %v609 fastmath<contract> : f32
            %v611 = arith.addf %v610, %v237 fastmath<contract> : f32
            llvm.store %v608, %v4 : f32, !llvm.ptr
            llvm.store %v611, %v5 : f32, !llvm.ptr
            %v612 = llvm.load %v4 : !llvm.ptr -> f32
            %v613 = arith.mulf %v196, %v612 fastmath<contract> : f32
            %v614 = llvm.load %v62 : !llvm.ptr -> f32
            %v615 = arith.addf %v614, %v613 fastmath<contract> : f32
            llvm.store %v615, %v62 : f32, !llvm.ptr
            %v616 = llvm.load %v5 : !llvm.ptr -> f32
            %v617 = arith.mulf %v203, %v616 fastmath<contract> : f32
            %v618 = llvm.load %v62 : !llvm.ptr -> f32
            %v619 = arith.addf %v618, %v617 fastmath<contract> : f32
            llvm.store %v619, %v62 : f32, !llvm.ptr
            %v620 = arith.addi %v81, %v113 : i64
            %v621 = llvm.load %v4 : !llvm.ptr -> f32
            %v622 = arith.mulf %v159, %v621 fastmath<contract> : f32
            %v623 = arith.addf %v622, %v244 fastmath<contract> : f32
            %v624 = llvm.load %v5 : !llvm.ptr -> f32
            %v625 = arith.mulf %v172, %v624 fastmath<contract> : f32
            %v626 = arith.addf %v625, %v250 fastmath<contract> : f32
            llvm.store %v623, %v4 : f32, !llvm.ptr
            llvm.store %v626, %v5 : f32, !llvm.ptr
            %v627 = llvm.load %v4 : !llvm.ptr -> f32
            %v628 = arith.mulf %v196, %v627 fastmath<contract> : f32
            %v629 = llvm.load %v63 : !llvm.ptr -> f32
            %v630 = arith.addf %v629, %v628 fastmath<contract> : f32
            llvm.store %v630, %v63 : f32, !llvm.ptr
            %v631 = llvm.load %v5 : !llvm.ptr -> f32
            %v632 = arith.mulf %v203, %v631 fastmath<contract> : f32
            %v633 = llvm.load %v63 : !llvm.ptr -> f32
            %v634 = arith.addf %v633, %v632 fastmath<contract> : f32
            llvm.store %v634, %v63 : f32, !llvm.ptr
            %v635 = arith.addi %v81, %v115 : i64
            %v636 = llvm.load %v4 : !llvm.ptr -> f32
            %v637 = arith.mulf %v159, %v636 fastmath<contract> : f32
            %v638 = arith.addf %v637, %v257 fastmath<contract> : f32
            %v639 = llvm.load %v5 : !llvm.ptr -> f32
            %v640 = arith.mulf %v172, %v639 fastmath<contract> : f32
            %v641 = arith.addf %v640, %v263 fastmath<contract> : f32
            llvm.store %v638, %v4 : f32, !llvm.ptr
            llvm.store %v641, %v5 : f32, !llvm.ptr
            %v642 = llvm.load %v4 : !llvm.ptr -> f32
            %v643 = arith.mulf %v196, %v642 fastmath<contract> : f32
            %v644 = llvm.load %v64 : !llvm.ptr -> f32
            %v645 = arith.addf %v644, %v643 fastmath<contract> : f32
            llvm.store %v645, %v64 : f32, !llvm.ptr
            %v646 = llvm.load %v5 : !llvm.ptr -> f32
            %v647 = arith.mulf %v203, %v646 fastmath<contract> : f32
            %v648 = llvm.load %v64 : !llvm.ptr -> f32
            %v649 = arith.addf %v648, %v647 fastmath<contract> : f32
            llvm.store %v649, %v64 : f32, !llvm.ptr
            %v650 = arith.addi %v81, %v117 : i64
            %v651 = llvm.load %v4 : !llvm.ptr -> f32
            %v652 = arith.mulf %v159, %v651 fastmath<contract> : f32
            %v653 = arith.addf %v652, %v270 fastmath<contract> : f32
            %v654 = llvm.load %v5 : !llvm.ptr -> f32
            %v655 = arith.mulf %v172, %v654 fastmath<contract> : f32
            %v656 = arith.addf %v655, %v276 fastmath<contract> : f32
            llvm.store %v653, %v4 : f32, !llvm.ptr
            llvm.store %v656, %v5 : f32, !llvm.ptr
            %v657 = llvm.load %v4 : !llvm.ptr -> f32
            %v658 = arith.mulf %v196, %v657 fastmath<contract> : f32
            %v659 = llvm.load %v65 : !llvm.ptr -> f32
            %v660 = arith.addf %v659, %v658 fastmath<contract> : f32
            llvm.store %v660, %v65 : f32, !llvm.ptr
            %v661 = llvm.load %v5 : !llvm.ptr -> f32
            %v662 = arith.mulf %v203, %v661 fastmath<contract> : f32
            %v663 = llvm.load %v65 : !llvm.ptr -> f32
            %v664 = arith.addf %v663, %v662 fastmath<contract> : f32
            llvm.store %v664, %v65 : f32, !llvm.ptr
            %v665 = arith.addi %v81, %v119 : i64
            %v666 = llvm.load %v4 : !llvm.ptr -> f32
            %v667 = arith.mulf %v159, %v666 fastmath<contract> : f32
            %v668 = arith.addf %v667, %v283 fastmath<contract> : f32
            %v669 = llvm.load %v5 : !llvm.ptr -> f32
            %v670 = arith.mulf %v172, %v669 fastmath<contract> : f32
            %v671 = arith.addf %v670, %v289 fastmath<contract> : f32
            llvm.store %v668, %v4 : f32, !llvm.ptr
            llvm.store %v671, %v5 : f32, !llvm.ptr
            %v672 = llvm.load %v4 : !llvm.ptr -> f32
            %v673 = arith.mulf %v196, %v672 fastmath<contract> : f32
            %v674 = llvm.load %v66 : !llvm.ptr -> f32
            %v675 = arith.addf %v674, %v673 fastmath<contract> : f32
            llvm.store %v675, %v66 : f32, !llvm.ptr
            %v676 = llvm.load %v5 : !llvm.ptr -> f32
            %v677 = arith.mulf %v203, %v676 fastmath<contract> : f32
            %v678 = llvm.load %v66 : !llvm.ptr -> f32
            %v679 = arith.addf %v678, %v677 fastmath<contract> : f32
            llvm.store %v679, %v66 : f32, !llvm.ptr
            %v680 = arith.addi %v81, %v121 : i64
            %v681 = llvm.load %v4 : !llvm.ptr -> f32
            %v682 = arith.mulf %v159, %v681 fastmath<contract> : f32
            %v683 = arith.addf %v682, %v296 fastmath<contract> : f32
            %v684 = llvm.load %v5 : !llvm.ptr -> f32
            %v685 = arith.mulf %v172, %v684 fastmath<contract> : f32
            %v686 = arith.addf %v685, %v302 fastmath<contract> : f32
            llvm.store %v683, %v4 : f32, !llvm.ptr
            llvm.store %v686, %v5 : f32, !llvm.ptr
            %v687 = llvm.load %v4 : !llvm.ptr -> f32
            %v688 = arith.mulf %v196, %v687 fastmath<contract> : f32
            %v689 = llvm.load %v67 : !llvm.ptr -> f32
            %v690 = arith.addf %v689, %v688 fastmath<contract> : f32
            llvm.store %v690, %v67 : f32, !llvm.ptr
            %v691 = llvm.load %v5 : !llvm.ptr -> f32
            %v692 = arith.mulf %v203, %v691 fastmath<contract> : f32
            %v693 = llvm.load %v67 : !llvm.ptr -> f32
            %v694 = arith.addf %v693, %v692 fastmath<contract> : f32
            llvm.store %v694, %v67 : f32, !llvm.ptr
            scf.if %v33 {
              %v695 = arith.muli %v144, %v42 : i64
              %v696 = arith.addi %v78, %v695 : i64
              %v697 = llvm.getelementptr %v17[%v696] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v539, %v697 : f32, !llvm.ptr
              %v698 = arith.muli %v144, %v42 : i64
              %v699 = arith.addi %v698, %v2 : i64
              %v700 = arith.addi %v78, %v699 : i64
              %v701 = llvm.getelementptr %v17[%v700] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v548, %v701 : f32, !llvm.ptr
            }
          }
          // 4. the outputs summed over the points, K steps per vector store
          %v702 = llvm.load %v60 : !llvm.ptr -> f32
          %v703 = arith.addi %v81, %v2 : i64
          %v704 = llvm.load %v61 : !llvm.ptr -> f32
          %v705 = arith.addi %v81, %v42 : i64
          %v706 = llvm.load %v62 : !llvm.ptr -> f32
          %v707 = arith.addi %v81, %v113 : i64
          %v708 = llvm.load %v63 : !llvm.ptr -> f32
          %v709 = arith.addi %v81, %v115 : i64
          %v710 = llvm.load %v64 : !llvm.ptr -> f32
          %v711 = arith.addi %v81, %v117 : i64
          %v712 = llvm.load %v65 : !llvm.ptr -> f32
          %v713 = arith.addi %v81, %v119 : i64
          %v714 = llvm.load %v66 : !llvm.ptr -> f32
          %v715 = arith.addi %v81, %v121 : i64
          %v716 = llvm.load %v67 : !llvm.ptr -> f32
          %v717 = llvm.mlir.undef : vector<8xf32>
          %v718 = llvm.insertelement %v702, %v717[%v95 : i32] : vector<8xf32>
          %v719 = llvm.insertelement %v704, %v718[%v97 : i32] : vector<8xf32>
          %v720 = llvm.insertelement %v706, %v719[%v99 : i32] : vector<8xf32>
          %v721 = llvm.insertelement %v708, %v720[%v101 : i32] : vector<8xf32>
          %v722 = llvm.insertelement %v710, %v721[%v103 : i32] : vector<8xf32>
          %v723 = llvm.insertelement %v712, %v722[%v105 : i32] : vector<8xf32>
          %v724 = llvm.insertelement %v714, %v723[%v107 : i32] : vector<8xf32>
          %v725 = llvm.insertelement %v716, %v724[%v109 : i32] : vector<8xf32>
          %v726 = arith.muli %v27, %v88 : i64
          %v727 = arith.muli %v25, %size_L : i64
          %v728 = arith.addi %v726, %v727 : i64
          %v729 = arith.addi %v728, %v81 : i64
          %v730 = llvm.getelementptr %out_y[%v729] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          scf.if %v22 {
            llvm.store %v725, %v730 {alignment = 32 : i64} : vector<8xf32>, !llvm.ptr
          }
        } else {
          %v731 = arith.index_cast %v32 : i64 to index
          %v732 = arith.index_cast %v84 : i64 to index
          %v733 = arith.index_cast %v2 : i64 to index
          scf.for %v734 = %v731 to %v732 step %v733 {
            %v735 = arith.index_cast %v734 : index to i64
            %v736 = llvm.getelementptr %v68[%v735] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v40, %v736 : f32, !llvm.ptr
          }
          %v737 = arith.index_cast %v32 : i64 to index
          %v738 = arith.index_cast %v34 : i64 to index
          %v739 = arith.index_cast %v2 : i64 to index
          scf.for %v740 = %v737 to %v738 step %v739 {
            %v741 = arith.index_cast %v740 : index to i64
            %v742 = arith.muli %v25, %v1 : i64
            %v743 = arith.addi %v742, %v741 : i64
            %v744 = llvm.getelementptr %in_A_log[%v743] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v745 = llvm.load %v744 : !llvm.ptr -> f32
            %v746 = arith.mulf %v745, %v147 fastmath<contract> : f32
            %v747 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v746) : (f32) -> f32
            %v748 = arith.negf %v747 : f32
            %v749 = arith.mulf %v149, %v748 fastmath<contract> : f32
            %v750 = arith.mulf %v749, %v147 fastmath<contract> : f32
            %v751 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v750) : (f32) -> f32
            %v752 = arith.mulf %v751, %v147 fastmath<contract> : f32
            %v753 = arith.muli %v25, %v1 : i64
            %v754 = arith.constant 8 : i64
            %v755 = arith.addi %v754, %v741 : i64
            %v756 = arith.addi %v753, %v755 : i64
            %v757 = llvm.getelementptr %in_A_log[%v756] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v758 = llvm.load %v757 : !llvm.ptr -> f32
            %v759 = arith.mulf %v758, %v147 fastmath<contract> : f32
            %v760 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v759) : (f32) -> f32
            %v761 = arith.negf %v760 : f32
            %v762 = arith.mulf %v149, %v761 fastmath<contract> : f32
            %v763 = arith.mulf %v762, %v147 fastmath<contract> : f32
            %v764 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v763) : (f32) -> f32
            %v765 = arith.mulf %v764, %v147 fastmath<contract> : f32
            %v766 = arith.subf %v751, %v174 fastmath<contract> : f32
            %v767 = arith.divf %v766, %v748 : f32
            %v768 = arith.muli %v25, %v1 : i64
            %v769 = arith.addi %v768, %v741 : i64
            %v770 = llvm.getelementptr %in_Bp[%v769] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v771 = llvm.load %v770 : !llvm.ptr -> f32
            %v772 = arith.mulf %v767, %v771 fastmath<contract> : f32
            %v773 = arith.mulf %v772, %v147 fastmath<contract> : f32
            %v774 = arith.subf %v764, %v174 fastmath<contract> : f32
            %v775 = arith.divf %v774, %v761 : f32
            %v776 = arith.muli %v25, %v1 : i64
            %v777 = arith.constant 8 : i64
            %v778 = arith.addi %v777, %v741 : i64
            %v779 = arith.addi %v776, %v778 : i64
            %v780 = llvm.getelementptr %in_Bp[%v779] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v781 = llvm.load %v780 : !llvm.ptr -> f32
            %v782 = arith.mulf %v775, %v781 fastmath<contract> : f32
            %v783 = arith.mulf %v782, %v147 fastmath<contract> : f32
            %v784 = arith.muli %v25, %v1 : i64
            %v785 = arith.addi %v784, %v741 : i64
            %v786 = llvm.getelementptr %in_Cp[%v785] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v787 = llvm.load %v786 : !llvm.ptr -> f32
            %v788 = arith.mulf %v787, %v147 fastmath<contract> : f32
            %v789 = arith.muli %v25, %v1 : i64
            %v790 = arith.constant 8 : i64
            %v791 = arith.addi %v790, %v741 : i64
            %v792 = arith.addi %v789, %v791 : i64
            %v793 = llvm.getelementptr %in_Cp[%v792] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v794 = llvm.load %v793 : !llvm.ptr -> f32
            %v795 = arith.mulf %v794, %v147 fastmath<contract> : f32
            llvm.store %v174, %v6 : f32, !llvm.ptr
            llvm.store %v174, %v7 : f32, !llvm.ptr
            llvm.store %v40, %v8 : f32, !llvm.ptr
            llvm.store %v40, %v9 : f32, !llvm.ptr
            %v796 = arith.index_cast %v32 : i64 to index
            %v797 = arith.index_cast %v84 : i64 to index
            %v798 = arith.index_cast %v2 : i64 to index
            scf.for %v799 = %v796 to %v797 step %v798 {
              %v800 = arith.index_cast %v799 : index to i64
              %v801 = arith.addi %v81, %v800 : i64
              %v802 = arith.muli %v27, %v88 : i64
              %v803 = arith.muli %v25, %size_L : i64
              %v804 = arith.addi %v802, %v803 : i64
              %v805 = arith.addi %v804, %v801 : i64
              %v806 = llvm.getelementptr %in_u[%v805] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v807 = llvm.load %v806 : !llvm.ptr -> f32
              %v808 = arith.mulf %v772, %v807 fastmath<contract> : f32
              %v809 = llvm.load %v8 : !llvm.ptr -> f32
              %v810 = arith.mulf %v751, %v809 fastmath<contract> : f32
              %v811 = arith.addf %v810, %v808 fastmath<contract> : f32
              %v812 = llvm.load %v6 : !llvm.ptr -> f32
              %v813 = arith.mulf %v751, %v812 fastmath<contract> : f32
              %v814 = arith.mulf %v782, %v807 fastmath<contract> : f32
              %v815 = llvm.load %v9 : !llvm.ptr -> f32
              %v816 = arith.mulf %v764, %v815 fastmath<contract> : f32
              %v817 = arith.addf %v816, %v814 fastmath<contract> : f32
              %v818 = llvm.load %v7 : !llvm.ptr -> f32
              %v819 = arith.mulf %v764, %v818 fastmath<contract> : f32
              llvm.store %v811, %v8 : f32, !llvm.ptr
              llvm.store %v813, %v6 : f32, !llvm.ptr
              llvm.store %v817, %v9 : f32, !llvm.ptr
              llvm.store %v819, %v7 : f32, !llvm.ptr
            }
            %v820 = llvm.load %v6 : !llvm.ptr -> f32
            %v821 = llvm.load %v8 : !llvm.ptr -> f32
            %v822 = llvm.load %v7 : !llvm.ptr -> f32
            %v823 = llvm.load %v9 : !llvm.ptr -> f32
            %v824 = arith.addi %v79, %v741 : i64
            %v825 = arith.andi %v824, %v2 : i64
            %v826 = arith.muli %v825, %v34 : i64
            %v827, %v828 = gpu.shuffle up %v820, %v97, %v315 : f32
            %v829, %v830 = gpu.shuffle up %v821, %v97, %v315 : f32
            %v831 = arith.mulf %v820, %v827 fastmath<contract> : f32
            %v832 = arith.mulf %v820, %v829 fastmath<contract> : f32
            %v833 = arith.addf %v832, %v821 fastmath<contract> : f32
            %v834 = arith.cmpi uge, %v30, %v2 : i64
            %v835 = arith.select %v834, %v831, %v820 : f32
            %v836 = arith.select %v834, %v833, %v821 : f32
            %v837, %v838 = gpu.shuffle up %v835, %v99, %v315 : f32
            %v839, %v840 = gpu.shuffle up %v836, %v99, %v315 : f32
            %v841 = arith.mulf %v835, %v837 fastmath<contract> : f32
            %v842 = arith.mulf %v835, %v839 fastmath<contract> : f32
            %v843 = arith.addf %v842, %v836 fastmath<contract> : f32
            %v844 = arith.cmpi uge, %v30, %v42 : i64
            %v845 = arith.select %v844, %v841, %v835 : f32
            %v846 = arith.select %v844, %v843, %v836 : f32
            %v847, %v848 = gpu.shuffle up %v845, %v103, %v315 : f32
            %v849, %v850 = gpu.shuffle up %v846, %v103, %v315 : f32
            %v851 = arith.mulf %v845, %v847 fastmath<contract> : f32
            %v852 = arith.mulf %v845, %v849 fastmath<contract> : f32
            %v853 = arith.addf %v852, %v846 fastmath<contract> : f32
            %v854 = arith.cmpi uge, %v30, %v115 : i64
            %v855 = arith.select %v854, %v851, %v845 : f32
            %v856 = arith.select %v854, %v853, %v846 : f32
            %v857, %v858 = gpu.shuffle up %v855, %v346, %v315 : f32
            %v859, %v860 = gpu.shuffle up %v856, %v346, %v315 : f32
            %v861 = arith.mulf %v855, %v857 fastmath<contract> : f32
            %v862 = arith.mulf %v855, %v859 fastmath<contract> : f32
            %v863 = arith.addf %v862, %v856 fastmath<contract> : f32
            %v864 = arith.cmpi uge, %v30, %v34 : i64
            %v865 = arith.select %v864, %v861, %v855 : f32
            %v866 = arith.select %v864, %v863, %v856 : f32
            %v867, %v868 = gpu.shuffle up %v865, %v357, %v315 : f32
            %v869, %v870 = gpu.shuffle up %v866, %v357, %v315 : f32
            %v871 = arith.mulf %v865, %v867 fastmath<contract> : f32
            %v872 = arith.mulf %v865, %v869 fastmath<contract> : f32
            %v873 = arith.addf %v872, %v866 fastmath<contract> : f32
            %v874 = arith.cmpi uge, %v30, %v1 : i64
            %v875 = arith.select %v874, %v871, %v865 : f32
            %v876 = arith.select %v874, %v873, %v866 : f32
            %v877 = arith.cmpi eq, %v30, %v368 : i64
            %v878 = arith.addi %v826, %v31 : i64
            scf.if %v877 {
              %v879 = llvm.getelementptr %v13[%v878] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v875, %v879 : f32, !llvm.ptr
              %v880 = llvm.getelementptr %v15[%v878] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v876, %v880 : f32, !llvm.ptr
            }
            %v881, %v882 = gpu.shuffle up %v875, %v97, %v315 : f32
            %v883, %v884 = gpu.shuffle up %v876, %v97, %v315 : f32
            %v885 = arith.cmpi eq, %v30, %v32 : i64
            %v886 = arith.select %v885, %v174, %v881 : f32
            %v887 = arith.select %v885, %v40, %v883 : f32
            %v888, %v889 = gpu.shuffle up %v822, %v97, %v315 : f32
            %v890, %v891 = gpu.shuffle up %v823, %v97, %v315 : f32
            %v892 = arith.mulf %v822, %v888 fastmath<contract> : f32
            %v893 = arith.mulf %v822, %v890 fastmath<contract> : f32
            %v894 = arith.addf %v893, %v823 fastmath<contract> : f32
            %v895 = arith.cmpi uge, %v30, %v2 : i64
            %v896 = arith.select %v895, %v892, %v822 : f32
            %v897 = arith.select %v895, %v894, %v823 : f32
            %v898, %v899 = gpu.shuffle up %v896, %v99, %v315 : f32
            %v900, %v901 = gpu.shuffle up %v897, %v99, %v315 : f32
            %v902 = arith.mulf %v896, %v898 fastmath<contract> : f32
            %v903 = arith.mulf %v896, %v900 fastmath<contract> : f32
            %v904 = arith.addf %v903, %v897 fastmath<contract> : f32
            %v905 = arith.cmpi uge, %v30, %v42 : i64
            %v906 = arith.select %v905, %v902, %v896 : f32
            %v907 = arith.select %v905, %v904, %v897 : f32
            %v908, %v909 = gpu.shuffle up %v906, %v103, %v315 : f32
            %v910, %v911 = gpu.shuffle up %v907, %v103, %v315 : f32
            %v912 = arith.mulf %v906, %v908 fastmath<contract> : f32
            %v913 = arith.mulf %v906, %v910 fastmath<contract> : f32
            %v914 = arith.addf %v913, %v907 fastmath<contract> : f32
            %v915 = arith.cmpi uge, %v30, %v115 : i64
            %v916 = arith.select %v915, %v912, %v906 : f32
            %v917 = arith.select %v915, %v914, %v907 : f32
            %v918, %v919 = gpu.shuffle up %v916, %v346, %v315 : f32
            %v920, %v921 = gpu.shuffle up %v917, %v346, %v315 : f32
            %v922 = arith.mulf %v916, %v918 fastmath<contract> : f32
            %v923 = arith.mulf %v916, %v920 fastmath<contract> : f32
            %v924 = arith.addf %v923, %v917 fastmath<contract> : f32
            %v925 = arith.cmpi uge, %v30, %v34 : i64
            %v926 = arith.select %v925, %v922, %v916 : f32
            %v927 = arith.select %v925, %v924, %v917 : f32
            %v928, %v929 = gpu.shuffle up %v926, %v357, %v315 : f32
            %v930, %v931 = gpu.shuffle up %v927, %v357, %v315 : f32
            %v932 = arith.mulf %v926, %v928 fastmath<contract> : f32
            %v933 = arith.mulf %v926, %v930 fastmath<contract> : f32
            %v934 = arith.addf %v933, %v927 fastmath<contract> : f32
            %v935 = arith.cmpi uge, %v30, %v1 : i64
            %v936 = arith.select %v935, %v932, %v926 : f32
            %v937 = arith.select %v935, %v934, %v927 : f32
            %v938 = arith.cmpi eq, %v30, %v368 : i64
            %v939 = arith.addi %v826, %v115 : i64
            %v940 = arith.addi %v939, %v31 : i64
            scf.if %v938 {
              %v941 = llvm.getelementptr %v13[%v940] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v936, %v941 : f32, !llvm.ptr
              %v942 = llvm.getelementptr %v15[%v940] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v937, %v942 : f32, !llvm.ptr
            }
            %v943, %v944 = gpu.shuffle up %v936, %v97, %v315 : f32
            %v945, %v946 = gpu.shuffle up %v937, %v97, %v315 : f32
            %v947 = arith.cmpi eq, %v30, %v32 : i64
            %v948 = arith.select %v947, %v174, %v943 : f32
            %v949 = arith.select %v947, %v40, %v945 : f32
            // across warps: each thread composes the warps' totals before its own, and all of them
            gpu.barrier
            %v950 = llvm.getelementptr %v13[%v826] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v951 = llvm.load %v950 : !llvm.ptr -> f32
            %v952 = llvm.getelementptr %v15[%v826] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v953 = llvm.load %v952 : !llvm.ptr -> f32
            %v954 = arith.mulf %v951, %v174 fastmath<contract> : f32
            %v955 = arith.mulf %v951, %v40 fastmath<contract> : f32
            %v956 = arith.addf %v955, %v953 fastmath<contract> : f32
            %v957 = arith.cmpi ugt, %v31, %v32 : i64
            %v958 = arith.select %v957, %v954, %v174 : f32
            %v959 = arith.select %v957, %v956, %v40 : f32
            %v960 = arith.addi %v826, %v2 : i64
            %v961 = llvm.getelementptr %v13[%v960] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v962 = llvm.load %v961 : !llvm.ptr -> f32
            %v963 = llvm.getelementptr %v15[%v960] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v964 = llvm.load %v963 : !llvm.ptr -> f32
            %v965 = arith.mulf %v962, %v954 fastmath<contract> : f32
            %v966 = arith.mulf %v962, %v956 fastmath<contract> : f32
            %v967 = arith.addf %v966, %v964 fastmath<contract> : f32
            %v968 = arith.cmpi ugt, %v31, %v2 : i64
            %v969 = arith.select %v968, %v965, %v958 : f32
            %v970 = arith.select %v968, %v967, %v959 : f32
            %v971 = arith.addi %v826, %v42 : i64
            %v972 = llvm.getelementptr %v13[%v971] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v973 = llvm.load %v972 : !llvm.ptr -> f32
            %v974 = llvm.getelementptr %v15[%v971] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v975 = llvm.load %v974 : !llvm.ptr -> f32
            %v976 = arith.mulf %v973, %v965 fastmath<contract> : f32
            %v977 = arith.mulf %v973, %v967 fastmath<contract> : f32
            %v978 = arith.addf %v977, %v975 fastmath<contract> : f32
            %v979 = arith.cmpi ugt, %v31, %v42 : i64
            %v980 = arith.select %v979, %v976, %v969 : f32
            %v981 = arith.select %v979, %v978, %v970 : f32
            %v982 = arith.addi %v826, %v113 : i64
            %v983 = llvm.getelementptr %v13[%v982] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v984 = llvm.load %v983 : !llvm.ptr -> f32
            %v985 = llvm.getelementptr %v15[%v982] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v986 = llvm.load %v985 : !llvm.ptr -> f32
            %v987 = arith.mulf %v984, %v976 fastmath<contract> : f32
            %v988 = arith.mulf %v984, %v978 fastmath<contract> : f32
            %v989 = arith.addf %v988, %v986 fastmath<contract> : f32
            %v990 = arith.mulf %v886, %v980 fastmath<contract> : f32
            %v991 = arith.mulf %v886, %v981 fastmath<contract> : f32
            %v992 = arith.addf %v991, %v887 fastmath<contract> : f32
            %v993 = arith.addi %v826, %v115 : i64
            %v994 = llvm.getelementptr %v13[%v993] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v995 = llvm.load %v994 : !llvm.ptr -> f32
            %v996 = llvm.getelementptr %v15[%v993] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v997 = llvm.load %v996 : !llvm.ptr -> f32
            %v998 = arith.mulf %v995, %v174 fastmath<contract> : f32
            %v999 = arith.mulf %v995, %v40 fastmath<contract> : f32
            %v1000 = arith.addf %v999, %v997 fastmath<contract> : f32
            %v1001 = arith.cmpi ugt, %v31, %v32 : i64
            %v1002 = arith.select %v1001, %v998, %v174 : f32
            %v1003 = arith.select %v1001, %v1000, %v40 : f32
            %v1004 = arith.addi %v826, %v115 : i64
            %v1005 = arith.addi %v1004, %v2 : i64
            %v1006 = llvm.getelementptr %v13[%v1005] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1007 = llvm.load %v1006 : !llvm.ptr -> f32
            %v1008 = llvm.getelementptr %v15[%v1005] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1009 = llvm.load %v1008 : !llvm.ptr -> f32
            %v1010 = arith.mulf %v1007, %v998 fastmath<contract> : f32
            %v1011 = arith.mulf %v1007, %v1000 fastmath<contract> : f32
            %v1012 = arith.addf %v1011, %v1009 fastmath<contract> : f32
            %v1013 = arith.cmpi ugt, %v31, %v2 : i64
            %v1014 = arith.select %v1013, %v1010, %v1002 : f32
            %v1015 = arith.select %v1013, %v1012, %v1003 : f32
            %v1016 = arith.addi %v826, %v115 : i64
            %v1017 = arith.addi %v1016, %v42 : i64
            %v1018 = llvm.getelementptr %v13[%v1017] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1019 = llvm.load %v1018 : !llvm.ptr -> f32
            %v1020 = llvm.getelementptr %v15[%v1017] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1021 = llvm.load %v1020 : !llvm.ptr -> f32
            %v1022 = arith.mulf %v1019, %v1010 fastmath<contract> : f32
            %v1023 = arith.mulf %v1019, %v1012 fastmath<contract> : f32
            %v1024 = arith.addf %v1023, %v1021 fastmath<contract> : f32
            %v1025 = arith.cmpi ugt, %v31, %v42 : i64
            %v1026 = arith.select %v1025, %v1022, %v1014 : f32
            %v1027 = arith.select %v1025, %v1024, %v1015 : f32
            %v1028 = arith.addi %v826, %v115 : i64
            %v1029 = arith.addi %v1028, %v113 : i64
            %v1030 = llvm.getelementptr %v13[%v1029] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1031 = llvm.load %v1030 : !llvm.ptr -> f32
            %v1032 = llvm.getelementptr %v15[%v1029] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1033 = llvm.load %v1032 : !llvm.ptr -> f32
            %v1034 = arith.mulf %v1031, %v1022 fastmath<contract> : f32
            %v1035 = arith.mulf %v1031, %v1024 fastmath<contract> : f32
            %v1036 = arith.addf %v1035, %v1033 fastmath<contract> : f32
            %v1037 = arith.mulf %v948, %v1026 fastmath<contract> : f32
            %v1038 = arith.mulf %v948, %v1027 fastmath<contract> : f32
            %v1039 = arith.addf %v1038, %v949 fastmath<contract> : f32
            %v1040 = arith.muli %v741, %v42 : i64
            %v1041 = arith.addi %v77, %v1040 : i64
            %v1042 = llvm.getelementptr %v17[%v1041] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1043 = llvm.load %v1042 : !llvm.ptr -> f32
            %v1044 = arith.mulf %v990, %v1043 fastmath<contract> : f32
            %v1045 = arith.addf %v1044, %v992 fastmath<contract> : f32
            llvm.store %v1045, %v4 : f32, !llvm.ptr
            %v1046 = arith.mulf %v987, %v1043 fastmath<contract> : f32
            %v1047 = arith.addf %v1046, %v989 fastmath<contract> : f32
            %v1048 = arith.muli %v741, %v42 : i64
            %v1049 = arith.addi %v1048, %v2 : i64
            %v1050 = arith.addi %v77, %v1049 : i64
            %v1051 = llvm.getelementptr %v17[%v1050] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1052 = llvm.load %v1051 : !llvm.ptr -> f32
            %v1053 = arith.mulf %v1037, %v1052 fastmath<contract> : f32
            %v1054 = arith.addf %v1053, %v1039 fastmath<contract> : f32
            llvm.store %v1054, %v5 : f32, !llvm.ptr
            %v1055 = arith.mulf %v1034, %v1052 fastmath<contract> : f32
            %v1056 = arith.addf %v1055, %v1036 fastmath<contract> : f32
            %v1057 = arith.index_cast %v32 : i64 to index
            %v1058 = arith.index_cast %v84 : i64 to index
            %v1059 = arith.index_cast %v2 : i64 to index
            scf.for %v1060 = %v1057 to %v1058 step %v1059 {
              %v1061 = arith.index_cast %v1060 : index to i64
              %v1062 = arith.addi %v81, %v1061 : i64
              %v1063 = llvm.getelementptr %v68[%v1061] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              // save the states at checkpoint steps (when given somewhere to save them)
              %v1064 = arith.remui %v1062, %v549 : i64
              %v1065 = arith.cmpi eq, %v1064, %v32 : i64
              %v1066 = arith.andi %v1065, %v22 : i1
              scf.if %v1066 {
                %v1067 = arith.divui %v1062, %v549 : i64
                %v1068 = llvm.mlir.zero : !llvm.ptr
                %v1069 = llvm.icmp "ne" %ckpt_h, %v1068 : !llvm.ptr
                scf.if %v1069 {
                  %v1072 = arith.muli %v1067, %v1071 : i64
                  %v1073 = llvm.load %v4 : !llvm.ptr -> f32
                  %v1074 = arith.muli %v27, %v560 : i64
                  %v1075 = arith.muli %v25, %v1 : i64
                  %v1076 = arith.addi %v1074, %v1075 : i64
                  %v1077 = arith.addi %v1076, %v741 : i64
                  %v1078 = arith.addi %v1072, %v1077 : i64
                  %v1079 = llvm.getelementptr %ckpt_h[%v1078] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1073, %v1079 : f32, !llvm.ptr
                  %v1080 = llvm.load %v5 : !llvm.ptr -> f32
                  %v1081 = arith.muli %v27, %v560 : i64
                  %v1082 = arith.muli %v25, %v1 : i64
                  %v1083 = arith.addi %v1081, %v1082 : i64
                  %v1084 = arith.constant 8 : i64
                  %v1085 = arith.addi %v1084, %v741 : i64
                  %v1086 = arith.addi %v1083, %v1085 : i64
                  %v1087 = arith.addi %v1072, %v1086 : i64
                  %v1088 = llvm.getelementptr %ckpt_h[%v1087] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1080, %v1088 : f32, !llvm.ptr
                }
              }
              // end save
              %v1089 = arith.muli %v27, %v88 : i64
              %v1090 = arith.muli %v25, %size_L : i64
              %v1091 = arith.addi %v1089, %v1090 : i64
              %v1092 = arith.addi %v1091, %v1062 : i64
              %v1093 = llvm.getelementptr %in_u[%v1092] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1094 = llvm.load %v1093 : !llvm.ptr -> f32
              %v1095 = arith.mulf %v772, %v1094 fastmath<contract> : f32
              %v1096 = llvm.load %v4 : !llvm.ptr -> f32
              %v1097 = arith.mulf %v751, %v1096 fastmath<contract> : f32
              %v1098 = arith.addf %v1097, %v1095 fastmath<contract> : f32
              %v1099 = arith.mulf %v782, %v1094 fastmath<contract> : f32
              %v1100 = llvm.load %v5 : !llvm.ptr -> f32
              %v1101 = arith.mulf %v764, %v1100 fastmath<contract> : f32
              %v1102 = arith.addf %v1101, %v1099 fastmath<contract> : f32
              llvm.store %v1098, %v4 : f32, !llvm.ptr
              llvm.store %v1102, %v5 : f32, !llvm.ptr
              %v1103 = llvm.load %v4 : !llvm.ptr -> f32
              %v1104 = arith.mulf %v787, %v1103 fastmath<contract> : f32
              %v1105 = llvm.load %v1063 : !llvm.ptr -> f32
              %v1106 = arith.addf %v1105, %v1104 fastmath<contract> : f32
              llvm.store %v1106, %v1063 : f32, !llvm.ptr
              %v1107 = llvm.load %v5 : !llvm.ptr -> f32
              %v1108 = arith.mulf %v794, %v1107 fastmath<contract> : f32
              %v1109 = llvm.load %v1063 : !llvm.ptr -> f32
              %v1110 = arith.addf %v1109, %v1108 fastmath<contract> : f32
              llvm.store %v1110, %v1063 : f32, !llvm.ptr
            }
            scf.if %v33 {
              %v1111 = arith.muli %v741, %v42 : i64
              %v1112 = arith.addi %v78, %v1111 : i64
              %v1113 = llvm.getelementptr %v17[%v1112] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1047, %v1113 : f32, !llvm.ptr
              %v1114 = arith.muli %v741, %v42 : i64
              %v1115 = arith.addi %v1114, %v2 : i64
              %v1116 = arith.addi %v78, %v1115 : i64
              %v1117 = llvm.getelementptr %v17[%v1116] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1056, %v1117 : f32, !llvm.ptr
            }
          }
          %v1118 = arith.index_cast %v32 : i64 to index
          %v1119 = arith.index_cast %v84 : i64 to index
          %v1120 = arith.index_cast %v2 : i64 to index
          scf.for %v1121 = %v1118 to %v1119 step %v1120 {
            %v1122 = arith.index_cast %v1121 : index to i64
            %v1123 = arith.addi %v81, %v1122 : i64
            %v1124 = llvm.getelementptr %v68[%v1122] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1125 = llvm.load %v1124 : !llvm.ptr -> f32
            %v1126 = arith.muli %v27, %v88 : i64
            %v1127 = arith.muli %v25, %size_L : i64
            %v1128 = arith.addi %v1126, %v1127 : i64
            %v1129 = arith.addi %v1128, %v1123 : i64
            %v1130 = llvm.getelementptr %in_u[%v1129] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1131 = llvm.load %v1130 : !llvm.ptr -> f32
            %v1132 = arith.mulf %v1131, %v124 fastmath<contract> : f32
            %v1133 = arith.addf %v1125, %v1132 fastmath<contract> : f32
            scf.if %v22 {
              %v1134 = arith.muli %v27, %v88 : i64
              %v1135 = arith.muli %v25, %size_L : i64
              %v1136 = arith.addi %v1134, %v1135 : i64
              %v1137 = arith.addi %v1136, %v1123 : i64
              %v1138 = llvm.getelementptr %out_y[%v1137] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1133, %v1138 : f32, !llvm.ptr
            }
          }
        }
      }
      // end scan
      gpu.barrier
      %v1139 = arith.andi %v22, %v33 : i1
      %v1141 = arith.addi %size_L, %v1140 : i64
      %v1142 = arith.divui %v1141, %v59 : i64
      %v1143 = arith.andi %v1142, %v2 : i64
      %v1144 = arith.muli %v1143, %v1 : i64
      %v1145 = arith.index_cast %v32 : i64 to index
      %v1146 = arith.index_cast %v34 : i64 to index
      %v1147 = arith.index_cast %v2 : i64 to index
      scf.for %v1148 = %v1145 to %v1146 step %v1147 {
        %v1149 = arith.index_cast %v1148 : index to i64
        %v1150 = arith.muli %v1149, %v42 : i64
        %v1151 = arith.addi %v1144, %v1150 : i64
        %v1152 = llvm.getelementptr %v17[%v1151] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1153 = llvm.load %v1152 : !llvm.ptr -> f32
        llvm.store %v1153, %v10 : f32, !llvm.ptr
        %v1154 = arith.muli %v1149, %v42 : i64
        %v1155 = arith.addi %v1154, %v2 : i64
        %v1156 = arith.addi %v1144, %v1155 : i64
        %v1157 = llvm.getelementptr %v17[%v1156] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1158 = llvm.load %v1157 : !llvm.ptr -> f32
        llvm.store %v1158, %v11 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
