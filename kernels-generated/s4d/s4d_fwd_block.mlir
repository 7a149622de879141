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
      %v317 = arith.constant 32 : i32
      %v348 = arith.constant 8 : i32
      %v359 = arith.constant 16 : i32
      %v370 = arith.constant 31 : i64
      %v551 = arith.constant 64 : i64
      %v558 = arith.muli %size_B, %size_D : i64
      %v559 = arith.muli %v558, %v1 : i64
      %v562 = arith.muli %v1, %size_D : i64
      %v1072 = arith.muli %size_B, %size_D : i64
      %v1073 = arith.muli %v1072, %v1 : i64
      %v1142 = arith.constant 1023 : i64
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
        scf.if %v58 {
          %v85 = arith.cmpi slt, %v81, %size_L : i64
          %v86 = arith.select %v85, %v81, %v73 : i64
          %v87 = arith.andi %v22, %v85 : i1
          // 0. the K steps' values every point shares
          %v89 = arith.muli %v27, %v88 : i64
          %v90 = arith.muli %v25, %size_L : i64
          %v91 = arith.addi %v89, %v90 : i64
          %v92 = arith.addi %v91, %v86 : i64
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
          %v111 = arith.addi %v86, %v2 : i64
          %v112 = arith.addi %v86, %v42 : i64
          %v114 = arith.addi %v86, %v113 : i64
          %v116 = arith.addi %v86, %v115 : i64
          %v118 = arith.addi %v86, %v117 : i64
          %v120 = arith.addi %v86, %v119 : i64
          %v122 = arith.addi %v86, %v121 : i64
          %v125 = arith.mulf %v96, %v124 fastmath<contract> : f32
          llvm.store %v125, %v60 : f32, !llvm.ptr
          %v126 = arith.addi %v86, %v2 : i64
          %v127 = arith.mulf %v98, %v124 fastmath<contract> : f32
          llvm.store %v127, %v61 : f32, !llvm.ptr
          %v128 = arith.addi %v86, %v42 : i64
          %v129 = arith.mulf %v100, %v124 fastmath<contract> : f32
          llvm.store %v129, %v62 : f32, !llvm.ptr
          %v130 = arith.addi %v86, %v113 : i64
          %v131 = arith.mulf %v102, %v124 fastmath<contract> : f32
          llvm.store %v131, %v63 : f32, !llvm.ptr
          %v132 = arith.addi %v86, %v115 : i64
          %v133 = arith.mulf %v104, %v124 fastmath<contract> : f32
          llvm.store %v133, %v64 : f32, !llvm.ptr
          %v134 = arith.addi %v86, %v117 : i64
          %v135 = arith.mulf %v106, %v124 fastmath<contract> : f32
          llvm.store %v135, %v65 : f32, !llvm.ptr
          %v136 = arith.addi %v86, %v119 : i64
          %v137 = arith.mulf %v108, %v124 fastmath<contract> : f32
          llvm.store %v137, %v66 : f32, !llvm.ptr
          %v138 = arith.addi %v86, %v121 : i64
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
            %v217 = arith.addi %v86, %v2 : i64
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
            %v230 = arith.addi %v86, %v42 : i64
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
            %v243 = arith.addi %v86, %v113 : i64
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
            %v256 = arith.addi %v86, %v115 : i64
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
            %v269 = arith.addi %v86, %v117 : i64
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
            %v282 = arith.addi %v86, %v119 : i64
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
            %v295 = arith.addi %v86, %v121 : i64
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
            %v308 = arith.constant true
            %v309 = arith.xori %v85, %v308 : i1
            scf.if %v309 {
              llvm.store %v174, %v6 : f32, !llvm.ptr
              llvm.store %v174, %v7 : f32, !llvm.ptr
              llvm.store %v40, %v8 : f32, !llvm.ptr
              llvm.store %v40, %v9 : f32, !llvm.ptr
            }
            // 2. the block's scan of this point's maps
            %v310 = llvm.load %v6 : !llvm.ptr -> f32
            %v311 = llvm.load %v8 : !llvm.ptr -> f32
            %v312 = llvm.load %v7 : !llvm.ptr -> f32
            %v313 = llvm.load %v9 : !llvm.ptr -> f32
            %v314 = arith.addi %v79, %v144 : i64
            %v315 = arith.andi %v314, %v2 : i64
            %v316 = arith.muli %v315, %v34 : i64
            %v318, %v319 = gpu.shuffle up %v310, %v97, %v317 : f32
            %v320, %v321 = gpu.shuffle up %v311, %v97, %v317 : f32
            %v322 = arith.mulf %v310, %v318 fastmath<contract> : f32
            %v323 = arith.mulf %v310, %v320 fastmath<contract> : f32
            %v324 = arith.addf %v323, %v311 fastmath<contract> : f32
            %v325 = arith.cmpi uge, %v30, %v2 : i64
            %v326 = arith.select %v325, %v322, %v310 : f32
            %v327 = arith.select %v325, %v324, %v311 : f32
            %v328, %v329 = gpu.shuffle up %v326, %v99, %v317 : f32
            %v330, %v331 = gpu.shuffle up %v327, %v99, %v317 : f32
            %v332 = arith.mulf %v326, %v328 fastmath<contract> : f32
            %v333 = arith.mulf %v326, %v330 fastmath<contract> : f32
            %v334 = arith.addf %v333, %v327 fastmath<contract> : f32
            %v335 = arith.cmpi uge, %v30, %v42 : i64
            %v336 = arith.select %v335, %v332, %v326 : f32
            %v337 = arith.select %v335, %v334, %v327 : f32
            %v338, %v339 = gpu.shuffle up %v336, %v103, %v317 : f32
            %v340, %v341 = gpu.shuffle up %v337, %v103, %v317 : f32
            %v342 = arith.mulf %v336, %v338 fastmath<contract> : f32
            %v343 = arith.mulf %v336, %v340 fastmath<contract> : f32
            %v344 = arith.addf %v343, %v337 fastmath<contract> : f32
            %v345 = arith.cmpi uge, %v30, %v115 : i64
            %v346 = arith.select %v345, %v342, %v336 : f32
            %v347 = arith.select %v345, %v344, %v337 : f32
            %v349, %v350 = gpu.shuffle up %v346, %v348, %v317 : f32
            %v351, %v352 = gpu.shuffle up %v347, %v348, %v317 : f32
            %v353 = arith.mulf %v346, %v349 fastmath<contract> : f32
            %v354 = arith.mulf %v346, %v351 fastmath<contract> : f32
            %v355 = arith.addf %v354, %v347 fastmath<contract> : f32
            %v356 = arith.cmpi uge, %v30, %v34 : i64
            %v357 = arith.select %v356, %v353, %v346 : f32
            %v358 = arith.select %v356, %v355, %v347 : f32
            %v360, %v361 = gpu.shuffle up %v357, %v359, %v317 : f32
            %v362, %v363 = gpu.shuffle up %v358, %v359, %v317 : f32
            %v364 = arith.mulf %v357, %v360 fastmath<contract> : f32
            %v365 = arith.mulf %v357, %v362 fastmath<contract> : f32
            %v366 = arith.addf %v365, %v358 fastmath<contract> : f32
            %v367 = arith.cmpi uge, %v30, %v1 : i64
            %v368 = arith.select %v367, %v364, %v357 : f32
            %v369 = arith.select %v367, %v366, %v358 : f32
            %v371 = arith.cmpi eq, %v30, %v370 : i64
            %v372 = arith.addi %v316, %v31 : i64
            scf.if %v371 {
              %v373 = llvm.getelementptr %v13[%v372] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v368, %v373 : f32, !llvm.ptr
              %v374 = llvm.getelementptr %v15[%v372] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v369, %v374 : f32, !llvm.ptr
            }
            %v375, %v376 = gpu.shuffle up %v368, %v97, %v317 : f32
            %v377, %v378 = gpu.shuffle up %v369, %v97, %v317 : f32
            %v379 = arith.cmpi eq, %v30, %v32 : i64
            %v380 = arith.select %v379, %v174, %v375 : f32
            %v381 = arith.select %v379, %v40, %v377 : f32
            %v382, %v383 = gpu.shuffle up %v312, %v97, %v317 : f32
            %v384, %v385 = gpu.shuffle up %v313, %v97, %v317 : f32
            %v386 = arith.mulf %v312, %v382 fastmath<contract> : f32
            %v387 = arith.mulf %v312, %v384 fastmath<contract> : f32
            %v388 = arith.addf %v387, %v313 fastmath<contract> : f32
            %v389 = arith.cmpi uge, %v30, %v2 : i64
            %v390 = arith.select %v389, %v386, %v312 : f32
            %v391 = arith.select %v389, %v388, %v313 : f32
            %v392, %v393 = gpu.shuffle up %v390, %v99, %v317 : f32
            %v394, %v395 = gpu.shuffle up %v391, %v99, %v317 : f32
            %v396 = arith.mulf %v390, %v392 fastmath<contract> : f32
            %v397 = arith.mulf %v390, %v394 fastmath<contract> : f32
            %v398 = arith.addf %v397, %v391 fastmath<contract> : f32
            %v399 = arith.cmpi uge, %v30, %v42 : i64
            %v400 = arith.select %v399, %v396, %v390 : f32
            %v401 = arith.select %v399, %v398, %v391 : f32
            %v402, %v403 = gpu.shuffle up %v400, %v103, %v317 : f32
            %v404, %v405 = gpu.shuffle up %v401, %v103, %v317 : f32
            %v406 = arith.mulf %v400, %v402 fastmath<contract> : f32
            %v407 = arith.mulf %v400, %v404 fastmath<contract> : f32
            %v408 = arith.addf %v407, %v401 fastmath<contract> : f32
            %v409 = arith.cmpi uge, %v30, %v115 : i64
            %v410 = arith.select %v409, %v406, %v400 : f32
            %v411 = arith.select %v409, %v408, %v401 : f32
            %v412, %v413 = gpu.shuffle up %v410, %v348, %v317 : f32
            %v414, %v415 = gpu.shuffle up %v411, %v348, %v317 : f32
            %v416 = arith.mulf %v410, %v412 fastmath<contract> : f32
            %v417 = arith.mulf %v410, %v414 fastmath<contract> : f32
            %v418 = arith.addf %v417, %v411 fastmath<contract> : f32
            %v419 = arith.cmpi uge, %v30, %v34 : i64
            %v420 = arith.select %v419, %v416, %v410 : f32
            %v421 = arith.select %v419, %v418, %v411 : f32
            %v422, %v423 = gpu.shuffle up %v420, %v359, %v317 : f32
            %v424, %v425 = gpu.shuffle up %v421, %v359, %v317 : f32
            %v426 = arith.mulf %v420, %v422 fastmath<contract> : f32
            %v427 = arith.mulf %v420, %v424 fastmath<contract> : f32
            %v428 = arith.addf %v427, %v421 fastmath<contract> : f32
            %v429 = arith.cmpi uge, %v30, %v1 : i64
            %v430 = arith.select %v429, %v426, %v420 : f32
            %v431 = arith.select %v429, %v428, %v421 : f32
            %v432 = arith.cmpi eq, %v30, %v370 : i64
            %v433 = arith.addi %v316, %v115 : i64
            %v434 = arith.addi %v433, %v31 : i64
            scf.if %v432 {
              %v435 = llvm.getelementptr %v13[%v434] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v430, %v435 : f32, !llvm.ptr
              %v436 = llvm.getelementptr %v15[%v434] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v431, %v436 : f32, !llvm.ptr
            }
            %v437, %v438 = gpu.shuffle up %v430, %v97, %v317 : f32
            %v439, %v440 = gpu.shuffle up %v431, %v97, %v317 : f32
            %v441 = arith.cmpi eq, %v30, %v32 : i64
            %v442 = arith.select %v441, %v174, %v437 : f32
            %v443 = arith.select %v441, %v40, %v439 : f32
            // across warps: each thread composes the warps' totals before its own, and all of them
            gpu.barrier
            %v444 = llvm.getelementptr %v13[%v316] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v445 = llvm.load %v444 : !llvm.ptr -> f32
            %v446 = llvm.getelementptr %v15[%v316] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v447 = llvm.load %v446 : !llvm.ptr -> f32
            %v448 = arith.mulf %v445, %v174 fastmath<contract> : f32
            %v449 = arith.mulf %v445, %v40 fastmath<contract> : f32
            %v450 = arith.addf %v449, %v447 fastmath<contract> : f32
            %v451 = arith.cmpi ugt, %v31, %v32 : i64
            %v452 = arith.select %v451, %v448, %v174 : f32
            %v453 = arith.select %v451, %v450, %v40 : f32
            %v454 = arith.addi %v316, %v2 : i64
            %v455 = llvm.getelementptr %v13[%v454] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v456 = llvm.load %v455 : !llvm.ptr -> f32
            %v457 = llvm.getelementptr %v15[%v454] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v458 = llvm.load %v457 : !llvm.ptr -> f32
            %v459 = arith.mulf %v456, %v448 fastmath<contract> : f32
            %v460 = arith.mulf %v456, %v450 fastmath<contract> : f32
            %v461 = arith.addf %v460, %v458 fastmath<contract> : f32
            %v462 = arith.cmpi ugt, %v31, %v2 : i64
            %v463 = arith.select %v462, %v459, %v452 : f32
            %v464 = arith.select %v462, %v461, %v453 : f32
            %v465 = arith.addi %v316, %v42 : i64
            %v466 = llvm.getelementptr %v13[%v465] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v467 = llvm.load %v466 : !llvm.ptr -> f32
            %v468 = llvm.getelementptr %v15[%v465] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v469 = llvm.load %v468 : !llvm.ptr -> f32
            %v470 = arith.mulf %v467, %v459 fastmath<contract> : f32
            %v471 = arith.mulf %v467, %v461 fastmath<contract> : f32
            %v472 = arith.addf %v471, %v469 fastmath<contract> : f32
            %v473 = arith.cmpi ugt, %v31, %v42 : i64
            %v474 = arith.select %v473, %v470, %v463 : f32
            %v475 = arith.select %v473, %v472, %v464 : f32
            %v476 = arith.addi %v316, %v113 : i64
            %v477 = llvm.getelementptr %v13[%v476] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v478 = llvm.load %v477 : !llvm.ptr -> f32
            %v479 = llvm.getelementptr %v15[%v476] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v480 = llvm.load %v479 : !llvm.ptr -> f32
            %v481 = arith.mulf %v478, %v470 fastmath<contract> : f32
            %v482 = arith.mulf %v478, %v472 fastmath<contract> : f32
            %v483 = arith.addf %v482, %v480 fastmath<contract> : f32
            %v484 = arith.mulf %v380, %v474 fastmath<contract> : f32
            %v485 = arith.mulf %v380, %v475 fastmath<contract> : f32
            %v486 = arith.addf %v485, %v381 fastmath<contract> : f32
            %v487 = arith.addi %v316, %v115 : i64
            %v488 = llvm.getelementptr %v13[%v487] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v489 = llvm.load %v488 : !llvm.ptr -> f32
            %v490 = llvm.getelementptr %v15[%v487] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v491 = llvm.load %v490 : !llvm.ptr -> f32
            %v492 = arith.mulf %v489, %v174 fastmath<contract> : f32
            %v493 = arith.mulf %v489, %v40 fastmath<contract> : f32
            %v494 = arith.addf %v493, %v491 fastmath<contract> : f32
            %v495 = arith.cmpi ugt, %v31, %v32 : i64
            %v496 = arith.select %v495, %v492, %v174 : f32
            %v497 = arith.select %v495, %v494, %v40 : f32
            %v498 = arith.addi %v316, %v115 : i64
            %v499 = arith.addi %v498, %v2 : i64
            %v500 = llvm.getelementptr %v13[%v499] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v501 = llvm.load %v500 : !llvm.ptr -> f32
            %v502 = llvm.getelementptr %v15[%v499] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v503 = llvm.load %v502 : !llvm.ptr -> f32
            %v504 = arith.mulf %v501, %v492 fastmath<contract> : f32
            %v505 = arith.mulf %v501, %v494 fastmath<contract> : f32
            %v506 = arith.addf %v505, %v503 fastmath<contract> : f32
            %v507 = arith.cmpi ugt, %v31, %v2 : i64
            %v508 = arith.select %v507, %v504, %v496 : f32
            %v509 = arith.select %v507, %v506, %v497 : f32
            %v510 = arith.addi %v316, %v115 : i64
            %v511 = arith.addi %v510, %v42 : i64
            %v512 = llvm.getelementptr %v13[%v511] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v513 = llvm.load %v512 : !llvm.ptr -> f32
            %v514 = llvm.getelementptr %v15[%v511] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v515 = llvm.load %v514 : !llvm.ptr -> f32
            %v516 = arith.mulf %v513, %v504 fastmath<contract> : f32
            %v517 = arith.mulf %v513, %v506 fastmath<contract> : f32
            %v518 = arith.addf %v517, %v515 fastmath<contract> : f32
            %v519 = arith.cmpi ugt, %v31, %v42 : i64
            %v520 = arith.select %v519, %v516, %v508 : f32
            %v521 = arith.select %v519, %v518, %v509 : f32
            %v522 = arith.addi %v316, %v115 : i64
            %v523 = arith.addi %v522, %v113 : i64
            %v524 = llvm.getelementptr %v13[%v523] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v525 = llvm.load %v524 : !llvm.ptr -> f32
            %v526 = llvm.getelementptr %v15[%v523] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v527 = llvm.load %v526 : !llvm.ptr -> f32
            %v528 = arith.mulf %v525, %v516 fastmath<contract> : f32
            %v529 = arith.mulf %v525, %v518 fastmath<contract> : f32
            %v530 = arith.addf %v529, %v527 fastmath<contract> : f32
            %v531 = arith.mulf %v442, %v520 fastmath<contract> : f32
            %v532 = arith.mulf %v442, %v521 fastmath<contract> : f32
            %v533 = arith.addf %v532, %v443 fastmath<contract> : f32
            %v534 = arith.muli %v144, %v42 : i64
            %v535 = arith.addi %v77, %v534 : i64
            %v536 = llvm.getelementptr %v17[%v535] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v537 = llvm.load %v536 : !llvm.ptr -> f32
            %v538 = arith.mulf %v484, %v537 fastmath<contract> : f32
            %v539 = arith.addf %v538, %v486 fastmath<contract> : f32
            llvm.store %v539, %v4 : f32, !llvm.ptr
            %v540 = arith.mulf %v481, %v537 fastmath<contract> : f32
            %v541 = arith.addf %v540, %v483 fastmath<contract> : f32
            %v542 = arith.muli %v144, %v42 : i64
            %v543 = arith.addi %v542, %v2 : i64
            %v544 = arith.addi %v77, %v543 : i64
            %v545 = llvm.getelementptr %v17[%v544] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v546 = llvm.load %v545 : !llvm.ptr -> f32
            %v547 = arith.mulf %v531, %v546 fastmath<contract> : f32
            %v548 = arith.addf %v547, %v533 fastmath<contract> : f32
            llvm.store %v548, %v5 : f32, !llvm.ptr
            %v549 = arith.mulf %v528, %v546 fastmath<contract> : f32
            %v550 = arith.addf %v549, %v530 fastmath<contract> : f32
            // 3. the K steps again: checkpoints, outputs at this point, sums' terms
            // save the states at checkpoint steps (when given somewhere to save them)
            %v552 = arith.remui %v86, %v551 : i64
            %v553 = arith.cmpi eq, %v552, %v32 : i64
            %v554 = arith.andi %v553, %v87 : i1
            scf.if %v554 {
              %v555 = arith.divui %v86, %v551 : i64
              %v556 = llvm.mlir.zero : !llvm.ptr
              %v557 = llvm.icmp "ne" %ckpt_h, %v556 : !llvm.ptr
              scf.if %v557 {
                %v560 = arith.muli %v555, %v559 : i64
                %v561 = llvm.load %v4 : !llvm.ptr -> f32
                %v563 = arith.muli %v27, %v562 : i64
                %v564 = arith.muli %v25, %v1 : i64
                %v565 = arith.addi %v563, %v564 : i64
                %v566 = arith.addi %v565, %v144 : i64
                %v567 = arith.addi %v560, %v566 : i64
                %v568 = llvm.getelementptr %ckpt_h[%v567] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                llvm.store %v561, %v568 : f32, !llvm.ptr
                %v569 = llvm.load %v5 : !llvm.ptr -> f32
                %v570 = arith.muli %v27, %v562 : i64
                %v571 = arith.muli %v25, %v1 : i64
                %v572 = arith.addi %v570, %v571 : i64
                %v573 = arith.constant 8 : i64
                %v574 = arith.addi %v573, %v144 : i64
                %v575 = arith.addi %v572, %v574 : i64
                %v576 = arith.addi %v560, %v575 : i64
                %v577 = llvm.getelementptr %ckpt_h[%v576] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                llvm.store %v569, %v577 : f32, !llvm.ptr
              }
            }
            // end save
            %v578 = llvm.load %v4 : !llvm.ptr -> f32
            %v579 = arith.mulf %v159, %v578 fastmath<contract> : f32
            %v580 = arith.addf %v579, %v205 fastmath<contract> : f32
            %v581 = llvm.load %v5 : !llvm.ptr -> f32
            %v582 = arith.mulf %v172, %v581 fastmath<contract> : f32
            %v583 = arith.addf %v582, %v211 fastmath<contract> : f32
            llvm.store %v580, %v4 : f32, !llvm.ptr
            llvm.store %v583, %v5 : f32, !llvm.ptr
            %v584 = llvm.load %v4 : !llvm.ptr -> f32
            %v585 = arith.mulf %v196, %v584 fastmath<contract> : f32
            %v586 = llvm.load %v60 : !llvm.ptr -> f32
            %v587 = arith.addf %v586, %v585 fastmath<contract> : f32
            llvm.store %v587, %v60 : f32, !llvm.ptr
            %v588 = llvm.load %v5 : !llvm.ptr -> f32
            %v589 = arith.mulf %v203, %v588 fastmath<contract> : f32
            %v590 = llvm.load %v60 : !llvm.ptr -> f32
            %v591 = arith.addf %v590, %v589 fastmath<contract> : f32
            llvm.store %v591, %v60 : f32, !llvm.ptr
            %v592 = arith.addi %v86, %v2 : i64
            %v593 = llvm.load %v4 : !llvm.ptr -> f32
            %v594 = arith.mulf %v159, %v593 fastmath<contract> : f32
            %v595 = arith.addf %v594, %v218 fastmath<contract> : f32
            %v596 = llvm.load %v5 : !llvm.ptr -> f32
            %v597 = arith.mulf %v172, %v596 fastmath<contract> : f32
            %v598 = arith.addf %v597, %v224 fastmath<contract> : f32
            llvm.store %v595, %v4 : f32, !llvm.ptr
            llvm.store %v598, %v5 : f32, !llvm.ptr
            %v599 = llvm.load %v4 : !llvm.ptr -> f32
            %v600 = arith.mulf %v196, %v599 fastmath<contract> : f32
            %v601 = llvm.load %v61 : !llvm.ptr -> f32
            %v602 = arith.addf %v601, %v600 fastmath<contract> : f32
            llvm.store %v602, %v61 : f32, !llvm.ptr
            %v603 = llvm.load %v5 : !llvm.ptr -> f32
            %v604 = arith.mulf %v203, %v603 fastmath<contract> : f32
            %v605 = llvm.load %v61 : !llvm.ptr -> f32
            %v606 = arith.addf %v605, %v604 fastmath<contract> : f32
            llvm.store %v606, %v61 : f32, !llvm.ptr
            %v607 = arith.addi %v86, %v42 : i64
            %v608 = llvm.load %v4 : !llvm.ptr -> f32
            %v609 = arith.mulf %v159, %v608 fastmath<contract> : f32
            %v610 = arith.addf %v609, %v231 fastmath<contract> : f32
            %v611 = llvm.load %v5 : !llvm.ptr -> f32
            %v612 = arith.mulf %v172, %v611 fastmath<contract> : f32
            %v613 = arith.addf %v612, %v237 fastmath<contract> : f32
            llvm.store %v610, %v4 : f32, !llvm.ptr
            llvm.store %v613, %v5 : f32, !llvm.ptr
            %v614 = llvm.load %v4 : !llvm.ptr -> f32
            %v615 = arith.mulf %v196, %v614 fastmath<contract> : f32
            %v616 = llvm.load %v62 : !llvm.ptr -> f32
            %v617 = arith.addf %v616, %v615 fastmath<contract> : f32
            llvm.store %v617, %v62 : f32, !llvm.ptr
            %v618 = llvm.load %v5 : !llvm.ptr -> f32
            %v619 = arith.mulf %v203, %v618 fastmath<contract> : f32
            %v620 = llvm.load %v62 : !llvm.ptr -> f32
            %v621 = arith.addf %v620, %v619 fastmath<contract> : f32
            llvm.store %v621, %v62 : f32, !llvm.ptr
            %v622 = arith.addi %v86, %v113 : i64
            %v623 = llvm.load %v4 : !llvm.ptr -> f32
            %v624 = arith.mulf %v159, %v623 fastmath<contract> : f32
            %v625 = arith.addf %v624, %v244 fastmath<contract> : f32
            %v626 = llvm.load %v5 : !llvm.ptr -> f32
            %v627 = arith.mulf %v172, %v626 fastmath<contract> : f32
            %v628 = arith.addf %v627, %v250 fastmath<contract> : f32
            llvm.store %v625, %v4 : f32, !llvm.ptr
            llvm.store %v628, %v5 : f32, !llvm.ptr
            %v629 = llvm.load %v4 : !llvm.ptr -> f32
            %v630 = arith.mulf %v196, %v629 fastmath<contract> : f32
            %v631 = llvm.load %v63 : !llvm.ptr -> f32
            %v632 = arith.addf %v631, %v630 fastmath<contract> : f32
            llvm.store %v632, %v63 : f32, !llvm.ptr
            %v633 = llvm.load %v5 : !llvm.ptr -> f32
            %v634 = arith.mulf %v203, %v633 fastmath<contract> : f32
            %v635 = llvm.load %v63 : !llvm.ptr -> f32
            %v636 = arith.addf %v635, %v634 fastmath<contract> : f32
            llvm.store %v636, %v63 : f32, !llvm.ptr
            %v637 = arith.addi %v86, %v115 : i64
            %v638 = llvm.load %v4 : !llvm.ptr -> f32
            %v639 = arith.mulf %v159, %v638 fastmath<contract> : f32
            %v640 = arith.addf %v639, %v257 fastmath<contract> : f32
            %v641 = llvm.load %v5 : !llvm.ptr -> f32
            %v642 = arith.mulf %v172, %v641 fastmath<contract> : f32
            %v643 = arith.addf %v642, %v263 fastmath<contract> : f32
            llvm.store %v640, %v4 : f32, !llvm.ptr
            llvm.store %v643, %v5 : f32, !llvm.ptr
            %v644 = llvm.load %v4 : !llvm.ptr -> f32
            %v645 = arith.mulf %v196, %v644 fastmath<contract> : f32
            %v646 = llvm.load %v64 : !llvm.ptr -> f32
            %v647 = arith.addf %v646, %v645 fastmath<contract> : f32
            llvm.store %v647, %v64 : f32, !llvm.ptr
            %v648 = llvm.load %v5 : !llvm.ptr -> f32
            %v649 = arith.mulf %v203, %v648 fastmath<contract> : f32
            %v650 = llvm.load %v64 : !llvm.ptr -> f32
            %v651 = arith.addf %v650, %v649 fastmath<contract> : f32
            llvm.store %v651, %v64 : f32, !llvm.ptr
            %v652 = arith.addi %v86, %v117 : i64
            %v653 = llvm.load %v4 : !llvm.ptr -> f32
            %v654 = arith.mulf %v159, %v653 fastmath<contract> : f32
            %v655 = arith.addf %v654, %v270 fastmath<contract> : f32
            %v656 = llvm.load %v5 : !llvm.ptr -> f32
            %v657 = arith.mulf %v172, %v656 fastmath<contract> : f32
            %v658 = arith.addf %v657, %v276 fastmath<contract> : f32
            llvm.store %v655, %v4 : f32, !llvm.ptr
            llvm.store %v658, %v5 : f32, !llvm.ptr
            %v659 = llvm.load %v4 : !llvm.ptr -> f32
            %v660 = arith.mulf %v196, %v659 fastmath<contract> : f32
            %v661 = llvm.load %v65 : !llvm.ptr -> f32
            %v662 = arith.addf %v661, %v660 fastmath<contract> : f32
            llvm.store %v662, %v65 : f32, !llvm.ptr
            %v663 = llvm.load %v5 : !llvm.ptr -> f32
            %v664 = arith.mulf %v203, %v663 fastmath<contract> : f32
            %v665 = llvm.load %v65 : !llvm.ptr -> f32
            %v666 = arith.addf %v665, %v664 fastmath<contract> : f32
            llvm.store %v666, %v65 : f32, !llvm.ptr
            %v667 = arith.addi %v86, %v119 : i64
            %v668 = llvm.load %v4 : !llvm.ptr -> f32
            %v669 = arith.mulf %v159, %v668 fastmath<contract> : f32
            %v670 = arith.addf %v669, %v283 fastmath<contract> : f32
            %v671 = llvm.load %v5 : !llvm.ptr -> f32
            %v672 = arith.mulf %v172, %v671 fastmath<contract> : f32
            %v673 = arith.addf %v672, %v289 fastmath<contract> : f32
            llvm.store %v670, %v4 : f32, !llvm.ptr
            llvm.store %v673, %v5 : f32, !llvm.ptr
            %v674 = llvm.load %v4 : !llvm.ptr -> f32
            %v675 = arith.mulf %v196, %v674 fastmath<contract> : f32
            %v676 = llvm.load %v66 : !llvm.ptr -> f32
            %v677 = arith.addf %v676, %v675 fastmath<contract> : f32
            llvm.store %v677, %v66 : f32, !llvm.ptr
            %v678 = llvm.load %v5 : !llvm.ptr -> f32
            %v679 = arith.mulf %v203, %v678 fastmath<contract> : f32
            %v680 = llvm.load %v66 : !llvm.ptr -> f32
            %v681 = arith.addf %v680, %v679 fastmath<contract> : f32
            llvm.store %v681, %v66 : f32, !llvm.ptr
            %v682 = arith.addi %v86, %v121 : i64
            %v683 = llvm.load %v4 : !llvm.ptr -> f32
            %v684 = arith.mulf %v159, %v683 fastmath<contract> : f32
            %v685 = arith.addf %v684, %v296 fastmath<contract> : f32
            %v686 = llvm.load %v5 : !llvm.ptr -> f32
            %v687 = arith.mulf %v172, %v686 fastmath<contract> : f32
            %v688 = arith.addf %v687, %v302 fastmath<contract> : f32
            llvm.store %v685, %v4 : f32, !llvm.ptr
            llvm.store %v688, %v5 : f32, !llvm.ptr
            %v689 = llvm.load %v4 : !llvm.ptr -> f32
            %v690 = arith.mulf %v196, %v689 fastmath<contract> : f32
            %v691 = llvm.load %v67 : !llvm.ptr -> f32
            %v692 = arith.addf %v691, %v690 fastmath<contract> : f32
            llvm.store %v692, %v67 : f32, !llvm.ptr
            %v693 = llvm.load %v5 : !llvm.ptr -> f32
            %v694 = arith.mulf %v203, %v693 fastmath<contract> : f32
            %v695 = llvm.load %v67 : !llvm.ptr -> f32
            %v696 = arith.addf %v695, %v694 fastmath<contract> : f32
            llvm.store %v696, %v67 : f32, !llvm.ptr
            scf.if %v33 {
              %v697 = arith.muli %v144, %v42 : i64
              %v698 = arith.addi %v78, %v697 : i64
              %v699 = llvm.getelementptr %v17[%v698] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v541, %v699 : f32, !llvm.ptr
              %v700 = arith.muli %v144, %v42 : i64
              %v701 = arith.addi %v700, %v2 : i64
              %v702 = arith.addi %v78, %v701 : i64
              %v703 = llvm.getelementptr %v17[%v702] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v550, %v703 : f32, !llvm.ptr
            }
          }
          // 4. the outputs summed over the points, K steps per vector store
          %v704 = llvm.load %v60 : !llvm.ptr -> f32
          %v705 = arith.addi %v86, %v2 : i64
          %v706 = llvm.load %v61 : !llvm.ptr -> f32
          %v707 = arith.addi %v86, %v42 : i64
          %v708 = llvm.load %v62 : !llvm.ptr -> f32
          %v709 = arith.addi %v86, %v113 : i64
          %v710 = llvm.load %v63 : !llvm.ptr -> f32
          %v711 = arith.addi %v86, %v115 : i64
          %v712 = llvm.load %v64 : !llvm.ptr -> f32
          %v713 = arith.addi %v86, %v117 : i64
          %v714 = llvm.load %v65 : !llvm.ptr -> f32
          %v715 = arith.addi %v86, %v119 : i64
          %v716 = llvm.load %v66 : !llvm.ptr -> f32
          %v717 = arith.addi %v86, %v121 : i64
          %v718 = llvm.load %v67 : !llvm.ptr -> f32
          %v719 = llvm.mlir.undef : vector<8xf32>
          %v720 = llvm.insertelement %v704, %v719[%v95 : i32] : vector<8xf32>
          %v721 = llvm.insertelement %v706, %v720[%v97 : i32] : vector<8xf32>
          %v722 = llvm.insertelement %v708, %v721[%v99 : i32] : vector<8xf32>
          %v723 = llvm.insertelement %v710, %v722[%v101 : i32] : vector<8xf32>
          %v724 = llvm.insertelement %v712, %v723[%v103 : i32] : vector<8xf32>
          %v725 = llvm.insertelement %v714, %v724[%v105 : i32] : vector<8xf32>
          %v726 = llvm.insertelement %v716, %v725[%v107 : i32] : vector<8xf32>
          %v727 = llvm.insertelement %v718, %v726[%v109 : i32] : vector<8xf32>
          %v728 = arith.muli %v27, %v88 : i64
          %v729 = arith.muli %v25, %size_L : i64
          %v730 = arith.addi %v728, %v729 : i64
          %v731 = arith.addi %v730, %v86 : i64
          %v732 = llvm.getelementptr %out_y[%v731] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          scf.if %v87 {
            llvm.store %v727, %v732 {alignment = 32 : i64} : vector<8xf32>, !llvm.ptr
          }
        } else {
          %v733 = arith.index_cast %v32 : i64 to index
          %v734 = arith.index_cast %v84 : i64 to index
          %v735 = arith.index_cast %v2 : i64 to index
          scf.for %v736 = %v733 to %v734 step %v735 {
            %v737 = arith.index_cast %v736 : index to i64
            %v738 = llvm.getelementptr %v68[%v737] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v40, %v738 : f32, !llvm.ptr
          }
          %v739 = arith.index_cast %v32 : i64 to index
          %v740 = arith.index_cast %v34 : i64 to index
          %v741 = arith.index_cast %v2 : i64 to index
          scf.for %v742 = %v739 to %v740 step %v741 {
            %v743 = arith.index_cast %v742 : index to i64
            %v744 = arith.muli %v25, %v1 : i64
            %v745 = arith.addi %v744, %v743 : i64
            %v746 = llvm.getelementptr %in_A_log[%v745] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v747 = llvm.load %v746 : !llvm.ptr -> f32
            %v748 = arith.mulf %v747, %v147 fastmath<contract> : f32
            %v749 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v748) : (f32) -> f32
            %v750 = arith.negf %v749 : f32
            %v751 = arith.mulf %v149, %v750 fastmath<contract> : f32
            %v752 = arith.mulf %v751, %v147 fastmath<contract> : f32
            %v753 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v752) : (f32) -> f32
            %v754 = arith.mulf %v753, %v147 fastmath<contract> : f32
            %v755 = arith.muli %v25, %v1 : i64
            %v756 = arith.constant 8 : i64
            %v757 = arith.addi %v756, %v743 : i64
            %v758 = arith.addi %v755, %v757 : i64
            %v759 = llvm.getelementptr %in_A_log[%v758] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v760 = llvm.load %v759 : !llvm.ptr -> f32
            %v761 = arith.mulf %v760, %v147 fastmath<contract> : f32
            %v762 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v761) : (f32) -> f32
            %v763 = arith.negf %v762 : f32
            %v764 = arith.mulf %v149, %v763 fastmath<contract> : f32
            %v765 = arith.mulf %v764, %v147 fastmath<contract> : f32
            %v766 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v765) : (f32) -> f32
            %v767 = arith.mulf %v766, %v147 fastmath<contract> : f32
            %v768 = arith.subf %v753, %v174 fastmath<contract> : f32
            %v769 = arith.divf %v768, %v750 : f32
            %v770 = arith.muli %v25, %v1 : i64
            %v771 = arith.addi %v770, %v743 : i64
            %v772 = llvm.getelementptr %in_Bp[%v771] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v773 = llvm.load %v772 : !llvm.ptr -> f32
            %v774 = arith.mulf %v769, %v773 fastmath<contract> : f32
            %v775 = arith.mulf %v774, %v147 fastmath<contract> : f32
            %v776 = arith.subf %v766, %v174 fastmath<contract> : f32
            %v777 = arith.divf %v776, %v763 : f32
            %v778 = arith.muli %v25, %v1 : i64
            %v779 = arith.constant 8 : i64
            %v780 = arith.addi %v779, %v743 : i64
            %v781 = arith.addi %v778, %v780 : i64
            %v782 = llvm.getelementptr %in_Bp[%v781] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v783 = llvm.load %v782 : !llvm.ptr -> f32
            %v784 = arith.mulf %v777, %v783 fastmath<contract> : f32
            %v785 = arith.mulf %v784, %v147 fastmath<contract> : f32
            %v786 = arith.muli %v25, %v1 : i64
            %v787 = arith.addi %v786, %v743 : i64
            %v788 = llvm.getelementptr %in_Cp[%v787] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v789 = llvm.load %v788 : !llvm.ptr -> f32
            %v790 = arith.mulf %v789, %v147 fastmath<contract> : f32
            %v791 = arith.muli %v25, %v1 : i64
            %v792 = arith.constant 8 : i64
            %v793 = arith.addi %v792, %v743 : i64
            %v794 = arith.addi %v791, %v793 : i64
            %v795 = llvm.getelementptr %in_Cp[%v794] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v796 = llvm.load %v795 : !llvm.ptr -> f32
            %v797 = arith.mulf %v796, %v147 fastmath<contract> : f32
            llvm.store %v174, %v6 : f32, !llvm.ptr
            llvm.store %v174, %v7 : f32, !llvm.ptr
            llvm.store %v40, %v8 : f32, !llvm.ptr
            llvm.store %v40, %v9 : f32, !llvm.ptr
            %v798 = arith.index_cast %v32 : i64 to index
            %v799 = arith.index_cast %v84 : i64 to index
            %v800 = arith.index_cast %v2 : i64 to index
            scf.for %v801 = %v798 to %v799 step %v800 {
              %v802 = arith.index_cast %v801 : index to i64
              %v803 = arith.addi %v81, %v802 : i64
              %v804 = arith.muli %v27, %v88 : i64
              %v805 = arith.muli %v25, %size_L : i64
              %v806 = arith.addi %v804, %v805 : i64
              %v807 = arith.addi %v806, %v803 : i64
              %v808 = llvm.getelementptr %in_u[%v807] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v809 = llvm.load %v808 : !llvm.ptr -> f32
              %v810 = arith.mulf %v774, %v809 fastmath<contract> : f32
              %v811 = llvm.load %v8 : !llvm.ptr -> f32
              %v812 = arith.mulf %v753, %v811 fastmath<contract> : f32
              %v813 = arith.addf %v812, %v810 fastmath<contract> : f32
              %v814 = llvm.load %v6 : !llvm.ptr -> f32
              %v815 = arith.mulf %v753, %v814 fastmath<contract> : f32
              %v816 = arith.mulf %v784, %v809 fastmath<contract> : f32
              %v817 = llvm.load %v9 : !llvm.ptr -> f32
              %v818 = arith.mulf %v766, %v817 fastmath<contract> : f32
              %v819 = arith.addf %v818, %v816 fastmath<contract> : f32
              %v820 = llvm.load %v7 : !llvm.ptr -> f32
              %v821 = arith.mulf %v766, %v820 fastmath<contract> : f32
              llvm.store %v813, %v8 : f32, !llvm.ptr
              llvm.store %v815, %v6 : f32, !llvm.ptr
              llvm.store %v819, %v9 : f32, !llvm.ptr
              llvm.store %v821, %v7 : f32, !llvm.ptr
            }
            %v822 = llvm.load %v6 : !llvm.ptr -> f32
            %v823 = llvm.load %v8 : !llvm.ptr -> f32
            %v824 = llvm.load %v7 : !llvm.ptr -> f32
            %v825 = llvm.load %v9 : !llvm.ptr -> f32
            %v826 = arith.addi %v79, %v743 : i64
            %v827 = arith.andi %v826, %v2 : i64
            %v828 = arith.muli %v827, %v34 : i64
            %v829, %v830 = gpu.shuffle up %v822, %v97, %v317 : f32
            %v831, %v832 = gpu.shuffle up %v823, %v97, %v317 : f32
            %v833 = arith.mulf %v822, %v829 fastmath<contract> : f32
            %v834 = arith.mulf %v822, %v831 fastmath<contract> : f32
            %v835 = arith.addf %v834, %v823 fastmath<contract> : f32
            %v836 = arith.cmpi uge, %v30, %v2 : i64
            %v837 = arith.select %v836, %v833, %v822 : f32
            %v838 = arith.select %v836, %v835, %v823 : f32
            %v839, %v840 = gpu.shuffle up %v837, %v99, %v317 : f32
            %v841, %v842 = gpu.shuffle up %v838, %v99, %v317 : f32
            %v843 = arith.mulf %v837, %v839 fastmath<contract> : f32
            %v844 = arith.mulf %v837, %v841 fastmath<contract> : f32
            %v845 = arith.addf %v844, %v838 fastmath<contract> : f32
            %v846 = arith.cmpi uge, %v30, %v42 : i64
            %v847 = arith.select %v846, %v843, %v837 : f32
            %v848 = arith.select %v846, %v845, %v838 : f32
            %v849, %v850 = gpu.shuffle up %v847, %v103, %v317 : f32
            %v851, %v852 = gpu.shuffle up %v848, %v103, %v317 : f32
            %v853 = arith.mulf %v847, %v849 fastmath<contract> : f32
            %v854 = arith.mulf %v847, %v851 fastmath<contract> : f32
            %v855 = arith.addf %v854, %v848 fastmath<contract> : f32
            %v856 = arith.cmpi uge, %v30, %v115 : i64
            %v857 = arith.select %v856, %v853, %v847 : f32
            %v858 = arith.select %v856, %v855, %v848 : f32
            %v859, %v860 = gpu.shuffle up %v857, %v348, %v317 : f32
            %v861, %v862 = gpu.shuffle up %v858, %v348, %v317 : f32
            %v863 = arith.mulf %v857, %v859 fastmath<contract> : f32
            %v864 = arith.mulf %v857, %v861 fastmath<contract> : f32
            %v865 = arith.addf %v864, %v858 fastmath<contract> : f32
            %v866 = arith.cmpi uge, %v30, %v34 : i64
            %v867 = arith.select %v866, %v863, %v857 : f32
            %v868 = arith.select %v866, %v865, %v858 : f32
            %v869, %v870 = gpu.shuffle up %v867, %v359, %v317 : f32
            %v871, %v872 = gpu.shuffle up %v868, %v359, %v317 : f32
            %v873 = arith.mulf %v867, %v869 fastmath<contract> : f32
            %v874 = arith.mulf %v867, %v871 fastmath<contract> : f32
            %v875 = arith.addf %v874, %v868 fastmath<contract> : f32
            %v876 = arith.cmpi uge, %v30, %v1 : i64
            %v877 = arith.select %v876, %v873, %v867 : f32
            %v878 = arith.select %v876, %v875, %v868 : f32
            %v879 = arith.cmpi eq, %v30, %v370 : i64
            %v880 = arith.addi %v828, %v31 : i64
            scf.if %v879 {
              %v881 = llvm.getelementptr %v13[%v880] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v877, %v881 : f32, !llvm.ptr
              %v882 = llvm.getelementptr %v15[%v880] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v878, %v882 : f32, !llvm.ptr
            }
            %v883, %v884 = gpu.shuffle up %v877, %v97, %v317 : f32
            %v885, %v886 = gpu.shuffle up %v878, %v97, %v317 : f32
            %v887 = arith.cmpi eq, %v30, %v32 : i64
            %v888 = arith.select %v887, %v174, %v883 : f32
            %v889 = arith.select %v887, %v40, %v885 : f32
            %v890, %v891 = gpu.shuffle up %v824, %v97, %v317 : f32
            %v892, %v893 = gpu.shuffle up %v825, %v97, %v317 : f32
            %v894 = arith.mulf %v824, %v890 fastmath<contract> : f32
            %v895 = arith.mulf %v824, %v892 fastmath<contract> : f32
            %v896 = arith.addf %v895, %v825 fastmath<contract> : f32
            %v897 = arith.cmpi uge, %v30, %v2 : i64
            %v898 = arith.select %v897, %v894, %v824 : f32
            %v899 = arith.select %v897, %v896, %v825 : f32
            %v900, %v901 = gpu.shuffle up %v898, %v99, %v317 : f32
            %v902, %v903 = gpu.shuffle up %v899, %v99, %v317 : f32
            %v904 = arith.mulf %v898, %v900 fastmath<contract> : f32
            %v905 = arith.mulf %v898, %v902 fastmath<contract> : f32
            %v906 = arith.addf %v905, %v899 fastmath<contract> : f32
            %v907 = arith.cmpi uge, %v30, %v42 : i64
            %v908 = arith.select %v907, %v904, %v898 : f32
            %v909 = arith.select %v907, %v906, %v899 : f32
            %v910, %v911 = gpu.shuffle up %v908, %v103, %v317 : f32
            %v912, %v913 = gpu.shuffle up %v909, %v103, %v317 : f32
            %v914 = arith.mulf %v908, %v910 fastmath<contract> : f32
            %v915 = arith.mulf %v908, %v912 fastmath<contract> : f32
            %v916 = arith.addf %v915, %v909 fastmath<contract> : f32
            %v917 = arith.cmpi uge, %v30, %v115 : i64
            %v918 = arith.select %v917, %v914, %v908 : f32
            %v919 = arith.select %v917, %v916, %v909 : f32
            %v920, %v921 = gpu.shuffle up %v918, %v348, %v317 : f32
            %v922, %v923 = gpu.shuffle up %v919, %v348, %v317 : f32
            %v924 = arith.mulf %v918, %v920 fastmath<contract> : f32
            %v925 = arith.mulf %v918, %v922 fastmath<contract> : f32
            %v926 = arith.addf %v925, %v919 fastmath<contract> : f32
            %v927 = arith.cmpi uge, %v30, %v34 : i64
            %v928 = arith.select %v927, %v924, %v918 : f32
            %v929 = arith.select %v927, %v926, %v919 : f32
            %v930, %v931 = gpu.shuffle up %v928, %v359, %v317 : f32
            %v932, %v933 = gpu.shuffle up %v929, %v359, %v317 : f32
            %v934 = arith.mulf %v928, %v930 fastmath<contract> : f32
            %v935 = arith.mulf %v928, %v932 fastmath<contract> : f32
            %v936 = arith.addf %v935, %v929 fastmath<contract> : f32
            %v937 = arith.cmpi uge, %v30, %v1 : i64
            %v938 = arith.select %v937, %v934, %v928 : f32
            %v939 = arith.select %v937, %v936, %v929 : f32
            %v940 = arith.cmpi eq, %v30, %v370 : i64
            %v941 = arith.addi %v828, %v115 : i64
            %v942 = arith.addi %v941, %v31 : i64
            scf.if %v940 {
              %v943 = llvm.getelementptr %v13[%v942] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v938, %v943 : f32, !llvm.ptr
              %v944 = llvm.getelementptr %v15[%v942] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v939, %v944 : f32, !llvm.ptr
            }
            %v945, %v946 = gpu.shuffle up %v938, %v97, %v317 : f32
            %v947, %v948 = gpu.shuffle up %v939, %v97, %v317 : f32
            %v949 = arith.cmpi eq, %v30, %v32 : i64
            %v950 = arith.select %v949, %v174, %v945 : f32
            %v951 = arith.select %v949, %v40, %v947 : f32
            // across warps: each thread composes the warps' totals before its own, and all of them
            gpu.barrier
            %v952 = llvm.getelementptr %v13[%v828] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v953 = llvm.load %v952 : !llvm.ptr -> f32
            %v954 = llvm.getelementptr %v15[%v828] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v955 = llvm.load %v954 : !llvm.ptr -> f32
            %v956 = arith.mulf %v953, %v174 fastmath<contract> : f32
            %v957 = arith.mulf %v953, %v40 fastmath<contract> : f32
            %v958 = arith.addf %v957, %v955 fastmath<contract> : f32
            %v959 = arith.cmpi ugt, %v31, %v32 : i64
            %v960 = arith.select %v959, %v956, %v174 : f32
            %v961 = arith.select %v959, %v958, %v40 : f32
            %v962 = arith.addi %v828, %v2 : i64
            %v963 = llvm.getelementptr %v13[%v962] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v964 = llvm.load %v963 : !llvm.ptr -> f32
            %v965 = llvm.getelementptr %v15[%v962] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v966 = llvm.load %v965 : !llvm.ptr -> f32
            %v967 = arith.mulf %v964, %v956 fastmath<contract> : f32
            %v968 = arith.mulf %v964, %v958 fastmath<contract> : f32
            %v969 = arith.addf %v968, %v966 fastmath<contract> : f32
            %v970 = arith.cmpi ugt, %v31, %v2 : i64
            %v971 = arith.select %v970, %v967, %v960 : f32
            %v972 = arith.select %v970, %v969, %v961 : f32
            %v973 = arith.addi %v828, %v42 : i64
            %v974 = llvm.getelementptr %v13[%v973] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v975 = llvm.load %v974 : !llvm.ptr -> f32
            %v976 = llvm.getelementptr %v15[%v973] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v977 = llvm.load %v976 : !llvm.ptr -> f32
            %v978 = arith.mulf %v975, %v967 fastmath<contract> : f32
            %v979 = arith.mulf %v975, %v969 fastmath<contract> : f32
            %v980 = arith.addf %v979, %v977 fastmath<contract> : f32
            %v981 = arith.cmpi ugt, %v31, %v42 : i64
            %v982 = arith.select %v981, %v978, %v971 : f32
            %v983 = arith.select %v981, %v980, %v972 : f32
            %v984 = arith.addi %v828, %v113 : i64
            %v985 = llvm.getelementptr %v13[%v984] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v986 = llvm.load %v985 : !llvm.ptr -> f32
            %v987 = llvm.getelementptr %v15[%v984] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v988 = llvm.load %v987 : !llvm.ptr -> f32
            %v989 = arith.mulf %v986, %v978 fastmath<contract> : f32
            %v990 = arith.mulf %v986, %v980 fastmath<contract> : f32
            %v991 = arith.addf %v990, %v988 fastmath<contract> : f32
            %v992 = arith.mulf %v888, %v982 fastmath<contract> : f32
            %v993 = arith.mulf %v888, %v983 fastmath<contract> : f32
            %v994 = arith.addf %v993, %v889 fastmath<contract> : f32
            %v995 = arith.addi %v828, %v115 : i64
            %v996 = llvm.getelementptr %v13[%v995] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v997 = llvm.load %v996 : !llvm.ptr -> f32
            %v998 = llvm.getelementptr %v15[%v995] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v999 = llvm.load %v998 : !llvm.ptr -> f32
            %v1000 = arith.mulf %v997, %v174 fastmath<contract> : f32
            %v1001 = arith.mulf %v997, %v40 fastmath<contract> : f32
            %v1002 = arith.addf %v1001, %v999 fastmath<contract> : f32
            %v1003 = arith.cmpi ugt, %v31, %v32 : i64
            %v1004 = arith.select %v1003, %v1000, %v174 : f32
            %v1005 = arith.select %v1003, %v1002, %v40 : f32
            %v1006 = arith.addi %v828, %v115 : i64
            %v1007 = arith.addi %v1006, %v2 : i64
            %v1008 = llvm.getelementptr %v13[%v1007] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1009 = llvm.load %v1008 : !llvm.ptr -> f32
            %v1010 = llvm.getelementptr %v15[%v1007] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1011 = llvm.load %v1010 : !llvm.ptr -> f32
            %v1012 = arith.mulf %v1009, %v1000 fastmath<contract> : f32
            %v1013 = arith.mulf %v1009, %v1002 fastmath<contract> : f32
            %v1014 = arith.addf %v1013, %v1011 fastmath<contract> : f32
            %v1015 = arith.cmpi ugt, %v31, %v2 : i64
            %v1016 = arith.select %v1015, %v1012, %v1004 : f32
            %v1017 = arith.select %v1015, %v1014, %v1005 : f32
            %v1018 = arith.addi %v828, %v115 : i64
            %v1019 = arith.addi %v1018, %v42 : i64
            %v1020 = llvm.getelementptr %v13[%v1019] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1021 = llvm.load %v1020 : !llvm.ptr -> f32
            %v1022 = llvm.getelementptr %v15[%v1019] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1023 = llvm.load %v1022 : !llvm.ptr -> f32
            %v1024 = arith.mulf %v1021, %v1012 fastmath<contract> : f32
            %v1025 = arith.mulf %v1021, %v1014 fastmath<contract> : f32
            %v1026 = arith.addf %v1025, %v1023 fastmath<contract> : f32
            %v1027 = arith.cmpi ugt, %v31, %v42 : i64
            %v1028 = arith.select %v1027, %v1024, %v1016 : f32
            %v1029 = arith.select %v1027, %v1026, %v1017 : f32
            %v1030 = arith.addi %v828, %v115 : i64
            %v1031 = arith.addi %v1030, %v113 : i64
            %v1032 = llvm.getelementptr %v13[%v1031] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1033 = llvm.load %v1032 : !llvm.ptr -> f32
            %v1034 = llvm.getelementptr %v15[%v1031] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1035 = llvm.load %v1034 : !llvm.ptr -> f32
            %v1036 = arith.mulf %v1033, %v1024 fastmath<contract> : f32
            %v1037 = arith.mulf %v1033, %v1026 fastmath<contract> : f32
            %v1038 = arith.addf %v1037, %v1035 fastmath<contract> : f32
            %v1039 = arith.mulf %v950, %v1028 fastmath<contract> : f32
            %v1040 = arith.mulf %v950, %v1029 fastmath<contract> : f32
            %v1041 = arith.addf %v1040, %v951 fastmath<contract> : f32
            %v1042 = arith.muli %v743, %v42 : i64
            %v1043 = arith.addi %v77, %v1042 : i64
            %v1044 = llvm.getelementptr %v17[%v1043] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1045 = llvm.load %v1044 : !llvm.ptr -> f32
            %v1046 = arith.mulf %v992, %v1045 fastmath<contract> : f32
            %v1047 = arith.addf %v1046, %v994 fastmath<contract> : f32
            llvm.store %v1047, %v4 : f32, !llvm.ptr
            %v1048 = arith.mulf %v989, %v1045 fastmath<contract> : f32
            %v1049 = arith.addf %v1048, %v991 fastmath<contract> : f32
            %v1050 = arith.muli %v743, %v42 : i64
            %v1051 = arith.addi %v1050, %v2 : i64
            %v1052 = arith.addi %v77, %v1051 : i64
            %v1053 = llvm.getelementptr %v17[%v1052] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1054 = llvm.load %v1053 : !llvm.ptr -> f32
            %v1055 = arith.mulf %v1039, %v1054 fastmath<contract> : f32
            %v1056 = arith.addf %v1055, %v1041 fastmath<contract> : f32
            llvm.store %v1056, %v5 : f32, !llvm.ptr
            %v1057 = arith.mulf %v1036, %v1054 fastmath<contract> : f32
            %v1058 = arith.addf %v1057, %v1038 fastmath<contract> : f32
            %v1059 = arith.index_cast %v32 : i64 to index
            %v1060 = arith.index_cast %v84 : i64 to index
            %v1061 = arith.index_cast %v2 : i64 to index
            scf.for %v1062 = %v1059 to %v1060 step %v1061 {
              %v1063 = arith.index_cast %v1062 : index to i64
              %v1064 = arith.addi %v81, %v1063 : i64
              %v1065 = llvm.getelementptr %v68[%v1063] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              // save the states at checkpoint steps (when given somewhere to save them)
              %v1066 = arith.remui %v1064, %v551 : i64
              %v1067 = arith.cmpi eq, %v1066, %v32 : i64
              %v1068 = arith.andi %v1067, %v22 : i1
              scf.if %v1068 {
                %v1069 = arith.divui %v1064, %v551 : i64
                %v1070 = llvm.mlir.zero : !llvm.ptr
                %v1071 = llvm.icmp "ne" %ckpt_h, %v1070 : !llvm.ptr
                scf.if %v1071 {
                  %v1074 = arith.muli %v1069, %v1073 : i64
                  %v1075 = llvm.load %v4 : !llvm.ptr -> f32
                  %v1076 = arith.muli %v27, %v562 : i64
                  %v1077 = arith.muli %v25, %v1 : i64
                  %v1078 = arith.addi %v1076, %v1077 : i64
                  %v1079 = arith.addi %v1078, %v743 : i64
                  %v1080 = arith.addi %v1074, %v1079 : i64
                  %v1081 = llvm.getelementptr %ckpt_h[%v1080] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1075, %v1081 : f32, !llvm.ptr
                  %v1082 = llvm.load %v5 : !llvm.ptr -> f32
                  %v1083 = arith.muli %v27, %v562 : i64
                  %v1084 = arith.muli %v25, %v1 : i64
                  %v1085 = arith.addi %v1083, %v1084 : i64
                  %v1086 = arith.constant 8 : i64
                  %v1087 = arith.addi %v1086, %v743 : i64
                  %v1088 = arith.addi %v1085, %v1087 : i64
                  %v1089 = arith.addi %v1074, %v1088 : i64
                  %v1090 = llvm.getelementptr %ckpt_h[%v1089] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1082, %v1090 : f32, !llvm.ptr
                }
              }
              // end save
              %v1091 = arith.muli %v27, %v88 : i64
              %v1092 = arith.muli %v25, %size_L : i64
              %v1093 = arith.addi %v1091, %v1092 : i64
              %v1094 = arith.addi %v1093, %v1064 : i64
              %v1095 = llvm.getelementptr %in_u[%v1094] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1096 = llvm.load %v1095 : !llvm.ptr -> f32
              %v1097 = arith.mulf %v774, %v1096 fastmath<contract> : f32
              %v1098 = llvm.load %v4 : !llvm.ptr -> f32
              %v1099 = arith.mulf %v753, %v1098 fastmath<contract> : f32
              %v1100 = arith.addf %v1099, %v1097 fastmath<contract> : f32
              %v1101 = arith.mulf %v784, %v1096 fastmath<contract> : f32
              %v1102 = llvm.load %v5 : !llvm.ptr -> f32
              %v1103 = arith.mulf %v766, %v1102 fastmath<contract> : f32
              %v1104 = arith.addf %v1103, %v1101 fastmath<contract> : f32
              llvm.store %v1100, %v4 : f32, !llvm.ptr
              llvm.store %v1104, %v5 : f32, !llvm.ptr
              %v1105 = llvm.load %v4 : !llvm.ptr -> f32
              %v1106 = arith.mulf %v789, %v1105 fastmath<contract> : f32
              %v1107 = llvm.load %v1065 : !llvm.ptr -> f32
              %v1108 = arith.addf %v1107, %v1106 fastmath<contract> : f32
              llvm.store %v1108, %v1065 : f32, !llvm.ptr
              %v1109 = llvm.load %v5 : !llvm.ptr -> f32
              %v1110 = arith.mulf %v796, %v1109 fastmath<contract> : f32
              %v1111 = llvm.load %v1065 : !llvm.ptr -> f32
              %v1112 = arith.addf %v1111, %v1110 fastmath<contract> : f32
              llvm.store %v1112, %v1065 : f32, !llvm.ptr
            }
            scf.if %v33 {
              %v1113 = arith.muli %v743, %v42 : i64
              %v1114 = arith.addi %v78, %v1113 : i64
              %v1115 = llvm.getelementptr %v17[%v1114] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1049, %v1115 : f32, !llvm.ptr
              %v1116 = arith.muli %v743, %v42 : i64
              %v1117 = arith.addi %v1116, %v2 : i64
              %v1118 = arith.addi %v78, %v1117 : i64
              %v1119 = llvm.getelementptr %v17[%v1118] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1058, %v1119 : f32, !llvm.ptr
            }
          }
          %v1120 = arith.index_cast %v32 : i64 to index
          %v1121 = arith.index_cast %v84 : i64 to index
          %v1122 = arith.index_cast %v2 : i64 to index
          scf.for %v1123 = %v1120 to %v1121 step %v1122 {
            %v1124 = arith.index_cast %v1123 : index to i64
            %v1125 = arith.addi %v81, %v1124 : i64
            %v1126 = llvm.getelementptr %v68[%v1124] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1127 = llvm.load %v1126 : !llvm.ptr -> f32
            %v1128 = arith.muli %v27, %v88 : i64
            %v1129 = arith.muli %v25, %size_L : i64
            %v1130 = arith.addi %v1128, %v1129 : i64
            %v1131 = arith.addi %v1130, %v1125 : i64
            %v1132 = llvm.getelementptr %in_u[%v1131] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1133 = llvm.load %v1132 : !llvm.ptr -> f32
            %v1134 = arith.mulf %v1133, %v124 fastmath<contract> : f32
            %v1135 = arith.addf %v1127, %v1134 fastmath<contract> : f32
            scf.if %v22 {
              %v1136 = arith.muli %v27, %v88 : i64
              %v1137 = arith.muli %v25, %size_L : i64
              %v1138 = arith.addi %v1136, %v1137 : i64
              %v1139 = arith.addi %v1138, %v1125 : i64
              %v1140 = llvm.getelementptr %out_y[%v1139] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1135, %v1140 : f32, !llvm.ptr
            }
          }
        }
      }
      // end scan
      gpu.barrier
      %v1141 = arith.andi %v22, %v33 : i1
      %v1143 = arith.addi %size_L, %v1142 : i64
      %v1144 = arith.divui %v1143, %v59 : i64
      %v1145 = arith.andi %v1144, %v2 : i64
      %v1146 = arith.muli %v1145, %v1 : i64
      %v1147 = arith.index_cast %v32 : i64 to index
      %v1148 = arith.index_cast %v34 : i64 to index
      %v1149 = arith.index_cast %v2 : i64 to index
      scf.for %v1150 = %v1147 to %v1148 step %v1149 {
        %v1151 = arith.index_cast %v1150 : index to i64
        %v1152 = arith.muli %v1151, %v42 : i64
        %v1153 = arith.addi %v1146, %v1152 : i64
        %v1154 = llvm.getelementptr %v17[%v1153] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1155 = llvm.load %v1154 : !llvm.ptr -> f32
        llvm.store %v1155, %v10 : f32, !llvm.ptr
        %v1156 = arith.muli %v1151, %v42 : i64
        %v1157 = arith.addi %v1156, %v2 : i64
        %v1158 = arith.addi %v1146, %v1157 : i64
        %v1159 = llvm.getelementptr %v17[%v1158] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1160 = llvm.load %v1159 : !llvm.ptr -> f32
        llvm.store %v1160, %v11 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
