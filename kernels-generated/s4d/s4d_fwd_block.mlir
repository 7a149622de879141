module attributes {gpu.container_module} {
  gpu.module @linrec {
    llvm.mlir.global internal @warp_a_s4d_fwd_block() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<10 x f32>
    llvm.mlir.global internal @warp_b_s4d_fwd_block() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<10 x f32>
    llvm.mlir.global internal @running_s4d_fwd_block() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<16 x f32>
    gpu.func @s4d_fwd_block(%in_u: !llvm.ptr, %in_log_dt: !llvm.ptr, %in_A_log: !llvm.ptr, %in_Bp: !llvm.ptr, %in_Cp: !llvm.ptr, %in_Dskip: !llvm.ptr, %out_y: !llvm.ptr, %ckpt_h: !llvm.ptr, %size_B: i64, %size_D: i64, %size_L: i64, %size_N: i64) kernel {
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
      %v82 = arith.muli %size_L, %size_D : i64
      %v89 = arith.constant 0 : i32
      %v91 = arith.constant 1 : i32
      %v93 = arith.constant 2 : i32
      %v95 = arith.constant 3 : i32
      %v97 = arith.constant 4 : i32
      %v99 = arith.constant 5 : i32
      %v101 = arith.constant 6 : i32
      %v103 = arith.constant 7 : i32
      %v107 = arith.constant 3 : i64
      %v109 = arith.constant 4 : i64
      %v111 = arith.constant 5 : i64
      %v113 = arith.constant 6 : i64
      %v115 = arith.constant 7 : i64
      %v141 = arith.constant 0x3FB8AA3B : f32
      %v168 = arith.constant 0x3F800000 : f32
      %v306 = arith.constant 32 : i32
      %v337 = arith.constant 8 : i32
      %v348 = arith.constant 16 : i32
      %v359 = arith.constant 31 : i64
      %v431 = arith.constant 128 : i64
      %v496 = arith.constant 9 : i64
      %v519 = arith.constant 64 : i64
      %v526 = arith.muli %size_B, %size_D : i64
      %v527 = arith.muli %v526, %v1 : i64
      %v530 = arith.muli %v1, %size_D : i64
      %v1012 = arith.muli %size_B, %size_D : i64
      %v1013 = arith.muli %v1012, %v1 : i64
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
      %v117 = llvm.getelementptr %in_Dskip[%v25] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v118 = llvm.load %v117 : !llvm.ptr -> f32
      %v139 = llvm.getelementptr %in_log_dt[%v25] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v140 = llvm.load %v139 : !llvm.ptr -> f32
      %v142 = arith.mulf %v140, %v141 fastmath<contract> : f32
      %v143 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v142) : (f32) -> f32
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
        %v74 = arith.muli %v20, %v34 : i64
        %v75 = arith.addi %v73, %v74 : i64
        %v76 = arith.subi %size_L, %v75 : i64
        %v77 = arith.maxsi %v76, %v32 : i64
        %v78 = arith.minsi %v77, %v34 : i64
        %v79 = arith.addi %v73, %v59 : i64
        %v80 = arith.cmpi sle, %v79, %size_L : i64
        %v81 = arith.andi %v80, %v58 : i1
        scf.if %v81 {
          // 0. the K steps' values every point shares
          %v83 = arith.muli %v27, %v82 : i64
          %v84 = arith.muli %v25, %size_L : i64
          %v85 = arith.addi %v83, %v84 : i64
          %v86 = arith.addi %v85, %v75 : i64
          %v87 = llvm.getelementptr %in_u[%v86] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v88 = llvm.load %v87 {alignment = 32 : i64} : !llvm.ptr -> vector<8xf32>
          %v90 = llvm.extractelement %v88[%v89 : i32] : vector<8xf32>
          %v92 = llvm.extractelement %v88[%v91 : i32] : vector<8xf32>
          %v94 = llvm.extractelement %v88[%v93 : i32] : vector<8xf32>
          %v96 = llvm.extractelement %v88[%v95 : i32] : vector<8xf32>
          %v98 = llvm.extractelement %v88[%v97 : i32] : vector<8xf32>
          %v100 = llvm.extractelement %v88[%v99 : i32] : vector<8xf32>
          %v102 = llvm.extractelement %v88[%v101 : i32] : vector<8xf32>
          %v104 = llvm.extractelement %v88[%v103 : i32] : vector<8xf32>
          %v105 = arith.addi %v75, %v2 : i64
          %v106 = arith.addi %v75, %v42 : i64
          %v108 = arith.addi %v75, %v107 : i64
          %v110 = arith.addi %v75, %v109 : i64
          %v112 = arith.addi %v75, %v111 : i64
          %v114 = arith.addi %v75, %v113 : i64
          %v116 = arith.addi %v75, %v115 : i64
          %v119 = arith.mulf %v90, %v118 fastmath<contract> : f32
          llvm.store %v119, %v60 : f32, !llvm.ptr
          %v120 = arith.addi %v75, %v2 : i64
          %v121 = arith.mulf %v92, %v118 fastmath<contract> : f32
          llvm.store %v121, %v61 : f32, !llvm.ptr
          %v122 = arith.addi %v75, %v42 : i64
          %v123 = arith.mulf %v94, %v118 fastmath<contract> : f32
          llvm.store %v123, %v62 : f32, !llvm.ptr
          %v124 = arith.addi %v75, %v107 : i64
          %v125 = arith.mulf %v96, %v118 fastmath<contract> : f32
          llvm.store %v125, %v63 : f32, !llvm.ptr
          %v126 = arith.addi %v75, %v109 : i64
          %v127 = arith.mulf %v98, %v118 fastmath<contract> : f32
          llvm.store %v127, %v64 : f32, !llvm.ptr
          %v128 = arith.addi %v75, %v111 : i64
          %v129 = arith.mulf %v100, %v118 fastmath<contract> : f32
          llvm.store %v129, %v65 : f32, !llvm.ptr
          %v130 = arith.addi %v75, %v113 : i64
          %v131 = arith.mulf %v102, %v118 fastmath<contract> : f32
          llvm.store %v131, %v66 : f32, !llvm.ptr
          %v132 = arith.addi %v75, %v115 : i64
          %v133 = arith.mulf %v104, %v118 fastmath<contract> : f32
          llvm.store %v133, %v67 : f32, !llvm.ptr
          %v134 = arith.index_cast %v32 : i64 to index
          %v135 = arith.index_cast %v34 : i64 to index
          %v136 = arith.index_cast %v2 : i64 to index
          scf.for %v137 = %v134 to %v135 step %v136 {
            %v138 = arith.index_cast %v137 : index to i64
            %v144 = arith.muli %v25, %v1 : i64
            %v145 = arith.addi %v144, %v138 : i64
            %v146 = llvm.getelementptr %in_A_log[%v145] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v147 = llvm.load %v146 : !llvm.ptr -> f32
            %v148 = arith.mulf %v147, %v141 fastmath<contract> : f32
            %v149 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v148) : (f32) -> f32
            %v150 = arith.negf %v149 : f32
            %v151 = arith.mulf %v143, %v150 fastmath<contract> : f32
            %v152 = arith.mulf %v151, %v141 fastmath<contract> : f32
            %v153 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v152) : (f32) -> f32
            %v154 = arith.mulf %v153, %v141 fastmath<contract> : f32
            %v155 = arith.muli %v25, %v1 : i64
            %v156 = arith.constant 8 : i64
            %v157 = arith.addi %v156, %v138 : i64
            %v158 = arith.addi %v155, %v157 : i64
            %v159 = llvm.getelementptr %in_A_log[%v158] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v160 = llvm.load %v159 : !llvm.ptr -> f32
            %v161 = arith.mulf %v160, %v141 fastmath<contract> : f32
            %v162 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v161) : (f32) -> f32
            %v163 = arith.negf %v162 : f32
            %v164 = arith.mulf %v143, %v163 fastmath<contract> : f32
            %v165 = arith.mulf %v164, %v141 fastmath<contract> : f32
            %v166 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v165) : (f32) -> f32
            %v167 = arith.mulf %v166, %v141 fastmath<contract> : f32
            %v169 = arith.subf %v153, %v168 fastmath<contract> : f32
            %v170 = arith.divf %v169, %v150 : f32
            %v171 = arith.muli %v25, %v1 : i64
            %v172 = arith.addi %v171, %v138 : i64
            %v173 = llvm.getelementptr %in_Bp[%v172] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v174 = llvm.load %v173 : !llvm.ptr -> f32
            %v175 = arith.mulf %v170, %v174 fastmath<contract> : f32
            %v176 = arith.mulf %v175, %v141 fastmath<contract> : f32
            %v177 = arith.subf %v166, %v168 fastmath<contract> : f32
            %v178 = arith.divf %v177, %v163 : f32
            %v179 = arith.muli %v25, %v1 : i64
            %v180 = arith.constant 8 : i64
            %v181 = arith.addi %v180, %v138 : i64
            %v182 = arith.addi %v179, %v181 : i64
            %v183 = llvm.getelementptr %in_Bp[%v182] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v184 = llvm.load %v183 : !llvm.ptr -> f32
            %v185 = arith.mulf %v178, %v184 fastmath<contract> : f32
            %v186 = arith.mulf %v185, %v141 fastmath<contract> : f32
            %v187 = arith.muli %v25, %v1 : i64
            %v188 = arith.addi %v187, %v138 : i64
            %v189 = llvm.getelementptr %in_Cp[%v188] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v190 = llvm.load %v189 : !llvm.ptr -> f32
            %v191 = arith.mulf %v190, %v141 fastmath<contract> : f32
            %v192 = arith.muli %v25, %v1 : i64
            %v193 = arith.constant 8 : i64
            %v194 = arith.addi %v193, %v138 : i64
            %v195 = arith.addi %v192, %v194 : i64
            %v196 = llvm.getelementptr %in_Cp[%v195] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v197 = llvm.load %v196 : !llvm.ptr -> f32
            %v198 = arith.mulf %v197, %v141 fastmath<contract> : f32
            // 1. this point's K steps composed into one map (A, B)
            llvm.store %v168, %v6 : f32, !llvm.ptr
            llvm.store %v168, %v7 : f32, !llvm.ptr
            llvm.store %v40, %v8 : f32, !llvm.ptr
            llvm.store %v40, %v9 : f32, !llvm.ptr
            %v199 = arith.mulf %v175, %v90 fastmath<contract> : f32
            %v200 = llvm.load %v8 : !llvm.ptr -> f32
            %v201 = arith.mulf %v153, %v200 fastmath<contract> : f32
            %v202 = arith.addf %v201, %v199 fastmath<contract> : f32
            %v203 = llvm.load %v6 : !llvm.ptr -> f32
            %v204 = arith.mulf %v153, %v203 fastmath<contract> : f32
            %v205 = arith.mulf %v185, %v90 fastmath<contract> : f32
            %v206 = llvm.load %v9 : !llvm.ptr -> f32
            %v207 = arith.mulf %v166, %v206 fastmath<contract> : f32
            %v208 = arith.addf %v207, %v205 fastmath<contract> : f32
            %v209 = llvm.load %v7 : !llvm.ptr -> f32
            %v210 = arith.mulf %v166, %v209 fastmath<contract> : f32
            llvm.store %v202, %v8 : f32, !llvm.ptr
            llvm.store %v204, %v6 : f32, !llvm.ptr
            llvm.store %v208, %v9 : f32, !llvm.ptr
            llvm.store %v210, %v7 : f32, !llvm.ptr
            %v211 = arith.addi %v75, %v2 : i64
            %v212 = arith.mulf %v175, %v92 fastmath<contract> : f32
            %v213 = llvm.load %v8 : !llvm.ptr -> f32
            %v214 = arith.mulf %v153, %v213 fastmath<contract> : f32
            %v215 = arith.addf %v214, %v212 fastmath<contract> : f32
            %v216 = llvm.load %v6 : !llvm.ptr -> f32
            %v217 = arith.mulf %v153, %v216 fastmath<contract> : f32
            %v218 = arith.mulf %v185, %v92 fastmath<contract> : f32
            %v219 = llvm.load %v9 : !llvm.ptr -> f32
            %v220 = arith.mulf %v166, %v219 fastmath<contract> : f32
            %v221 = arith.addf %v220, %v218 fastmath<contract> : f32
            %v222 = llvm.load %v7 : !llvm.ptr -> f32
            %v223 = arith.mulf %v166, %v222 fastmath<contract> : f32
            llvm.store %v215, %v8 : f32, !llvm.ptr
            llvm.store %v217, %v6 : f32, !llvm.ptr
            llvm.store %v221, %v9 : f32, !llvm.ptr
            llvm.store %v223, %v7 : f32, !llvm.ptr
            %v224 = arith.addi %v75, %v42 : i64
            %v225 = arith.mulf %v175, %v94 fastmath<contract> : f32
            %v226 = llvm.load %v8 : !llvm.ptr -> f32
            %v227 = arith.mulf %v153, %v226 fastmath<contract> : f32
            %v228 = arith.addf %v227, %v225 fastmath<contract> : f32
            %v229 = llvm.load %v6 : !llvm.ptr -> f32
            %v230 = arith.mulf %v153, %v229 fastmath<contract> : f32
            %v231 = arith.mulf %v185, %v94 fastmath<contract> : f32
            %v232 = llvm.load %v9 : !llvm.ptr -> f32
            %v233 = arith.mulf %v166, %v232 fastmath<contract> : f32
            %v234 = arith.addf %v233, %v231 fastmath<contract> : f32
            %v235 = llvm.load %v7 : !llvm.ptr -> f32
            %v236 = arith.mulf %v166, %v235 fastmath<contract> : f32
            llvm.store %v228, %v8 : f32, !llvm.ptr
            llvm.store %v230, %v6 : f32, !llvm.ptr
            llvm.store %v234, %v9 : f32, !llvm.ptr
            llvm.store %v236, %v7 : f32, !llvm.ptr
            %v237 = arith.addi %v75, %v107 : i64
            %v238 = arith.mulf %v175, %v96 fastmath<contract> : f32
            %v239 = llvm.load %v8 : !llvm.ptr -> f32
            %v240 = arith.mulf %v153, %v239 fastmath<contract> : f32
            %v241 = arith.addf %v240, %v238 fastmath<contract> : f32
            %v242 = llvm.load %v6 : !llvm.ptr -> f32
            %v243 = arith.mulf %v153, %v242 fastmath<contract> : f32
            %v244 = arith.mulf %v185, %v96 fastmath<contract> : f32
            %v245 = llvm.load %v9 : !llvm.ptr -> f32
            %v246 = arith.mulf %v166, %v245 fastmath<contract> : f32
            %v247 = arith.addf %v246, %v244 fastmath<contract> : f32
            %v248 = llvm.load %v7 : !llvm.ptr -> f32
            %v249 = arith.mulf %v166, %v248 fastmath<contract> : f32
            llvm.store %v241, %v8 : f32, !llvm.ptr
            llvm.store %v243, %v6 : f32, !llvm.ptr
            llvm.store %v247, %v9 : f32, !llvm.ptr
            llvm.store %v249, %v7 : f32, !llvm.ptr
            %v250 = arith.addi %v75, %v109 : i64
            %v251 = arith.mulf %v175, %v98 fastmath<contract> : f32
            %v252 = llvm.load %v8 : !llvm.ptr -> f32
            %v253 = arith.mulf %v153, %v252 fastmath<contract> : f32
            %v254 = arith.addf %v253, %v251 fastmath<contract> : f32
            %v255 = llvm.load %v6 : !llvm.ptr -> f32
            %v256 = arith.mulf %v153, %v255 fastmath<contract> : f32
            %v257 = arith.mulf %v185, %v98 fastmath<contract> : f32
            %v258 = llvm.load %v9 : !llvm.ptr -> f32
            %v259 = arith.mulf %v166, %v258 fastmath<contract> : f32
            %v260 = arith.addf %v259, %v257 fastmath<contract> : f32
            %v261 = llvm.load %v7 : !llvm.ptr -> f32
            %v262 = arith.mulf %v166, %v261 fastmath<contract> : f32
            llvm.store %v254, %v8 : f32, !llvm.ptr
            llvm.store %v256, %v6 : f32, !llvm.ptr
            llvm.store %v260, %v9 : f32, !llvm.ptr
            llvm.store %v262, %v7 : f32, !llvm.ptr
            %v263 = arith.addi %v75, %v111 : i64
            %v264 = arith.mulf %v175, %v100 fastmath<contract> : f32
            %v265 = llvm.load %v8 : !llvm.ptr -> f32
            %v266 = arith.mulf %v153, %v265 fastmath<contract> : f32
            %v267 = arith.addf %v266, %v264 fastmath<contract> : f32
            %v268 = llvm.load %v6 : !llvm.ptr -> f32
            %v269 = arith.mulf %v153, %v268 fastmath<contract> : f32
            %v270 = arith.mulf %v185, %v100 fastmath<contract> : f32
            %v271 = llvm.load %v9 : !llvm.ptr -> f32
            %v272 = arith.mulf %v166, %v271 fastmath<contract> : f32
            %v273 = arith.addf %v272, %v270 fastmath<contract> : f32
            %v274 = llvm.load %v7 : !llvm.ptr -> f32
            %v275 = arith.mulf %v166, %v274 fastmath<contract> : f32
            llvm.store %v267, %v8 : f32, !llvm.ptr
            llvm.store %v269, %v6 : f32, !llvm.ptr
            llvm.store %v273, %v9 : f32, !llvm.ptr
            llvm.store %v275, %v7 : f32, !llvm.ptr
            %v276 = arith.addi %v75, %v113 : i64
            %v277 = arith.mulf %v175, %v102 fastmath<contract> : f32
            %v278 = llvm.load %v8 : !llvm.ptr -> f32
            %v279 = arith.mulf %v153, %v278 fastmath<contract> : f32
            %v280 = arith.addf %v279, %v277 fastmath<contract> : f32
            %v281 = llvm.load %v6 : !llvm.ptr -> f32
            %v282 = arith.mulf %v153, %v281 fastmath<contract> : f32
            %v283 = arith.mulf %v185, %v102 fastmath<contract> : f32
            %v284 = llvm.load %v9 : !llvm.ptr -> f32
            %v285 = arith.mulf %v166, %v284 fastmath<contract> : f32
            %v286 = arith.addf %v285, %v283 fastmath<contract> : f32
            %v287 = llvm.load %v7 : !llvm.ptr -> f32
            %v288 = arith.mulf %v166, %v287 fastmath<contract> : f32
            llvm.store %v280, %v8 : f32, !llvm.ptr
            llvm.store %v282, %v6 : f32, !llvm.ptr
            llvm.store %v286, %v9 : f32, !llvm.ptr
            llvm.store %v288, %v7 : f32, !llvm.ptr
            %v289 = arith.addi %v75, %v115 : i64
            %v290 = arith.mulf %v175, %v104 fastmath<contract> : f32
            %v291 = llvm.load %v8 : !llvm.ptr -> f32
            %v292 = arith.mulf %v153, %v291 fastmath<contract> : f32
            %v293 = arith.addf %v292, %v290 fastmath<contract> : f32
            %v294 = llvm.load %v6 : !llvm.ptr -> f32
            %v295 = arith.mulf %v153, %v294 fastmath<contract> : f32
            %v296 = arith.mulf %v185, %v104 fastmath<contract> : f32
            %v297 = llvm.load %v9 : !llvm.ptr -> f32
            %v298 = arith.mulf %v166, %v297 fastmath<contract> : f32
            %v299 = arith.addf %v298, %v296 fastmath<contract> : f32
            %v300 = llvm.load %v7 : !llvm.ptr -> f32
            %v301 = arith.mulf %v166, %v300 fastmath<contract> : f32
            llvm.store %v293, %v8 : f32, !llvm.ptr
            llvm.store %v295, %v6 : f32, !llvm.ptr
            llvm.store %v299, %v9 : f32, !llvm.ptr
            llvm.store %v301, %v7 : f32, !llvm.ptr
            // 2. the block's scan of this point's maps
            %v302 = llvm.load %v6 : !llvm.ptr -> f32
            %v303 = llvm.load %v8 : !llvm.ptr -> f32
            %v304 = llvm.load %v7 : !llvm.ptr -> f32
            %v305 = llvm.load %v9 : !llvm.ptr -> f32
            %v307, %v308 = gpu.shuffle up %v302, %v91, %v306 : f32
            %v309, %v310 = gpu.shuffle up %v303, %v91, %v306 : f32
            %v311 = arith.mulf %v302, %v307 fastmath<contract> : f32
            %v312 = arith.mulf %v302, %v309 fastmath<contract> : f32
            %v313 = arith.addf %v312, %v303 fastmath<contract> : f32
            %v314 = arith.cmpi uge, %v30, %v2 : i64
            %v315 = arith.select %v314, %v311, %v302 : f32
            %v316 = arith.select %v314, %v313, %v303 : f32
            %v317, %v318 = gpu.shuffle up %v315, %v93, %v306 : f32
            %v319, %v320 = gpu.shuffle up %v316, %v93, %v306 : f32
            %v321 = arith.mulf %v315, %v317 fastmath<contract> : f32
            %v322 = arith.mulf %v315, %v319 fastmath<contract> : f32
            %v323 = arith.addf %v322, %v316 fastmath<contract> : f32
            %v324 = arith.cmpi uge, %v30, %v42 : i64
            %v325 = arith.select %v324, %v321, %v315 : f32
            %v326 = arith.select %v324, %v323, %v316 : f32
            %v327, %v328 = gpu.shuffle up %v325, %v97, %v306 : f32
            %v329, %v330 = gpu.shuffle up %v326, %v97, %v306 : f32
            %v331 = arith.mulf %v325, %v327 fastmath<contract> : f32
            %v332 = arith.mulf %v325, %v329 fastmath<contract> : f32
            %v333 = arith.addf %v332, %v326 fastmath<contract> : f32
            %v334 = arith.cmpi uge, %v30, %v109 : i64
            %v335 = arith.select %v334, %v331, %v325 : f32
            %v336 = arith.select %v334, %v333, %v326 : f32
            %v338, %v339 = gpu.shuffle up %v335, %v337, %v306 : f32
            %v340, %v341 = gpu.shuffle up %v336, %v337, %v306 : f32
            %v342 = arith.mulf %v335, %v338 fastmath<contract> : f32
            %v343 = arith.mulf %v335, %v340 fastmath<contract> : f32
            %v344 = arith.addf %v343, %v336 fastmath<contract> : f32
            %v345 = arith.cmpi uge, %v30, %v34 : i64
            %v346 = arith.select %v345, %v342, %v335 : f32
            %v347 = arith.select %v345, %v344, %v336 : f32
            %v349, %v350 = gpu.shuffle up %v346, %v348, %v306 : f32
            %v351, %v352 = gpu.shuffle up %v347, %v348, %v306 : f32
            %v353 = arith.mulf %v346, %v349 fastmath<contract> : f32
            %v354 = arith.mulf %v346, %v351 fastmath<contract> : f32
            %v355 = arith.addf %v354, %v347 fastmath<contract> : f32
            %v356 = arith.cmpi uge, %v30, %v1 : i64
            %v357 = arith.select %v356, %v353, %v346 : f32
            %v358 = arith.select %v356, %v355, %v347 : f32
            %v360 = arith.cmpi eq, %v30, %v359 : i64
            scf.if %v360 {
              %v361 = llvm.getelementptr %v13[%v31] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v357, %v361 : f32, !llvm.ptr
              %v362 = llvm.getelementptr %v15[%v31] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v358, %v362 : f32, !llvm.ptr
            }
            %v363, %v364 = gpu.shuffle up %v357, %v91, %v306 : f32
            %v365, %v366 = gpu.shuffle up %v358, %v91, %v306 : f32
            %v367 = arith.cmpi eq, %v30, %v32 : i64
            %v368 = arith.select %v367, %v168, %v363 : f32
            %v369 = arith.select %v367, %v40, %v365 : f32
            %v370, %v371 = gpu.shuffle up %v304, %v91, %v306 : f32
            %v372, %v373 = gpu.shuffle up %v305, %v91, %v306 : f32
            %v374 = arith.mulf %v304, %v370 fastmath<contract> : f32
            %v375 = arith.mulf %v304, %v372 fastmath<contract> : f32
            %v376 = arith.addf %v375, %v305 fastmath<contract> : f32
            %v377 = arith.cmpi uge, %v30, %v2 : i64
            %v378 = arith.select %v377, %v374, %v304 : f32
            %v379 = arith.select %v377, %v376, %v305 : f32
            %v380, %v381 = gpu.shuffle up %v378, %v93, %v306 : f32
            %v382, %v383 = gpu.shuffle up %v379, %v93, %v306 : f32
            %v384 = arith.mulf %v378, %v380 fastmath<contract> : f32
            %v385 = arith.mulf %v378, %v382 fastmath<contract> : f32
            %v386 = arith.addf %v385, %v379 fastmath<contract> : f32
            %v387 = arith.cmpi uge, %v30, %v42 : i64
            %v388 = arith.select %v387, %v384, %v378 : f32
            %v389 = arith.select %v387, %v386, %v379 : f32
            %v390, %v391 = gpu.shuffle up %v388, %v97, %v306 : f32
            %v392, %v393 = gpu.shuffle up %v389, %v97, %v306 : f32
            %v394 = arith.mulf %v388, %v390 fastmath<contract> : f32
            %v395 = arith.mulf %v388, %v392 fastmath<contract> : f32
            %v396 = arith.addf %v395, %v389 fastmath<contract> : f32
            %v397 = arith.cmpi uge, %v30, %v109 : i64
            %v398 = arith.select %v397, %v394, %v388 : f32
            %v399 = arith.select %v397, %v396, %v389 : f32
            %v400, %v401 = gpu.shuffle up %v398, %v337, %v306 : f32
            %v402, %v403 = gpu.shuffle up %v399, %v337, %v306 : f32
            %v404 = arith.mulf %v398, %v400 fastmath<contract> : f32
            %v405 = arith.mulf %v398, %v402 fastmath<contract> : f32
            %v406 = arith.addf %v405, %v399 fastmath<contract> : f32
            %v407 = arith.cmpi uge, %v30, %v34 : i64
            %v408 = arith.select %v407, %v404, %v398 : f32
            %v409 = arith.select %v407, %v406, %v399 : f32
            %v410, %v411 = gpu.shuffle up %v408, %v348, %v306 : f32
            %v412, %v413 = gpu.shuffle up %v409, %v348, %v306 : f32
            %v414 = arith.mulf %v408, %v410 fastmath<contract> : f32
            %v415 = arith.mulf %v408, %v412 fastmath<contract> : f32
            %v416 = arith.addf %v415, %v409 fastmath<contract> : f32
            %v417 = arith.cmpi uge, %v30, %v1 : i64
            %v418 = arith.select %v417, %v414, %v408 : f32
            %v419 = arith.select %v417, %v416, %v409 : f32
            %v420 = arith.cmpi eq, %v30, %v359 : i64
            %v421 = arith.addi %v111, %v31 : i64
            scf.if %v420 {
              %v422 = llvm.getelementptr %v13[%v421] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v418, %v422 : f32, !llvm.ptr
              %v423 = llvm.getelementptr %v15[%v421] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v419, %v423 : f32, !llvm.ptr
            }
            %v424, %v425 = gpu.shuffle up %v418, %v91, %v306 : f32
            %v426, %v427 = gpu.shuffle up %v419, %v91, %v306 : f32
            %v428 = arith.cmpi eq, %v30, %v32 : i64
            %v429 = arith.select %v428, %v168, %v424 : f32
            %v430 = arith.select %v428, %v40, %v426 : f32
            // across warps: the warps' maps before this one's, and the whole tile's
            gpu.barrier
            %v432 = arith.index_cast %v20 : i64 to index
            %v433 = arith.index_cast %v42 : i64 to index
            %v434 = arith.index_cast %v431 : i64 to index
            scf.for %v435 = %v432 to %v433 step %v434 {
              %v436 = arith.index_cast %v435 : index to i64
              %v437 = arith.muli %v436, %v111 : i64
              %v438 = llvm.getelementptr %v13[%v437] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v439 = llvm.load %v438 : !llvm.ptr -> f32
              %v440 = llvm.getelementptr %v15[%v437] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v441 = llvm.load %v440 : !llvm.ptr -> f32
              %v442 = llvm.getelementptr %v13[%v437] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v168, %v442 : f32, !llvm.ptr
              %v443 = llvm.getelementptr %v15[%v437] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v40, %v443 : f32, !llvm.ptr
              %v444 = arith.mulf %v439, %v168 fastmath<contract> : f32
              %v445 = arith.mulf %v439, %v40 fastmath<contract> : f32
              %v446 = arith.addf %v445, %v441 fastmath<contract> : f32
              %v447 = arith.addi %v437, %v2 : i64
              %v448 = llvm.getelementptr %v13[%v447] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v449 = llvm.load %v448 : !llvm.ptr -> f32
              %v450 = llvm.getelementptr %v15[%v447] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v451 = llvm.load %v450 : !llvm.ptr -> f32
              %v452 = llvm.getelementptr %v13[%v447] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v444, %v452 : f32, !llvm.ptr
              %v453 = llvm.getelementptr %v15[%v447] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v446, %v453 : f32, !llvm.ptr
              %v454 = arith.mulf %v449, %v444 fastmath<contract> : f32
              %v455 = arith.mulf %v449, %v446 fastmath<contract> : f32
              %v456 = arith.addf %v455, %v451 fastmath<contract> : f32
              %v457 = arith.addi %v437, %v42 : i64
              %v458 = llvm.getelementptr %v13[%v457] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v459 = llvm.load %v458 : !llvm.ptr -> f32
              %v460 = llvm.getelementptr %v15[%v457] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v461 = llvm.load %v460 : !llvm.ptr -> f32
              %v462 = llvm.getelementptr %v13[%v457] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v454, %v462 : f32, !llvm.ptr
              %v463 = llvm.getelementptr %v15[%v457] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v456, %v463 : f32, !llvm.ptr
              %v464 = arith.mulf %v459, %v454 fastmath<contract> : f32
              %v465 = arith.mulf %v459, %v456 fastmath<contract> : f32
              %v466 = arith.addf %v465, %v461 fastmath<contract> : f32
              %v467 = arith.addi %v437, %v107 : i64
              %v468 = llvm.getelementptr %v13[%v467] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v469 = llvm.load %v468 : !llvm.ptr -> f32
              %v470 = llvm.getelementptr %v15[%v467] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v471 = llvm.load %v470 : !llvm.ptr -> f32
              %v472 = llvm.getelementptr %v13[%v467] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v464, %v472 : f32, !llvm.ptr
              %v473 = llvm.getelementptr %v15[%v467] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v466, %v473 : f32, !llvm.ptr
              %v474 = arith.mulf %v469, %v464 fastmath<contract> : f32
              %v475 = arith.mulf %v469, %v466 fastmath<contract> : f32
              %v476 = arith.addf %v475, %v471 fastmath<contract> : f32
              %v477 = arith.addi %v437, %v109 : i64
              %v478 = llvm.getelementptr %v13[%v477] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v474, %v478 : f32, !llvm.ptr
              %v479 = llvm.getelementptr %v15[%v477] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v476, %v479 : f32, !llvm.ptr
            }
            gpu.barrier
            %v480 = llvm.getelementptr %v13[%v31] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v481 = llvm.load %v480 : !llvm.ptr -> f32
            %v482 = llvm.getelementptr %v15[%v31] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v483 = llvm.load %v482 : !llvm.ptr -> f32
            %v484 = llvm.getelementptr %v13[%v109] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v485 = llvm.load %v484 : !llvm.ptr -> f32
            %v486 = llvm.getelementptr %v15[%v109] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v487 = llvm.load %v486 : !llvm.ptr -> f32
            %v488 = arith.mulf %v368, %v481 fastmath<contract> : f32
            %v489 = arith.mulf %v368, %v483 fastmath<contract> : f32
            %v490 = arith.addf %v489, %v369 fastmath<contract> : f32
            %v491 = arith.addi %v111, %v31 : i64
            %v492 = llvm.getelementptr %v13[%v491] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v493 = llvm.load %v492 : !llvm.ptr -> f32
            %v494 = llvm.getelementptr %v15[%v491] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v495 = llvm.load %v494 : !llvm.ptr -> f32
            %v497 = llvm.getelementptr %v13[%v496] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v498 = llvm.load %v497 : !llvm.ptr -> f32
            %v499 = llvm.getelementptr %v15[%v496] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v500 = llvm.load %v499 : !llvm.ptr -> f32
            %v501 = arith.mulf %v429, %v493 fastmath<contract> : f32
            %v502 = arith.mulf %v429, %v495 fastmath<contract> : f32
            %v503 = arith.addf %v502, %v430 fastmath<contract> : f32
            %v504 = arith.muli %v138, %v42 : i64
            %v505 = llvm.getelementptr %v17[%v504] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v506 = llvm.load %v505 : !llvm.ptr -> f32
            %v507 = arith.mulf %v488, %v506 fastmath<contract> : f32
            %v508 = arith.addf %v507, %v490 fastmath<contract> : f32
            llvm.store %v508, %v4 : f32, !llvm.ptr
            %v509 = arith.mulf %v485, %v506 fastmath<contract> : f32
            %v510 = arith.addf %v509, %v487 fastmath<contract> : f32
            %v511 = arith.muli %v138, %v42 : i64
            %v512 = arith.addi %v511, %v2 : i64
            %v513 = llvm.getelementptr %v17[%v512] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v514 = llvm.load %v513 : !llvm.ptr -> f32
            %v515 = arith.mulf %v501, %v514 fastmath<contract> : f32
            %v516 = arith.addf %v515, %v503 fastmath<contract> : f32
            llvm.store %v516, %v5 : f32, !llvm.ptr
            %v517 = arith.mulf %v498, %v514 fastmath<contract> : f32
            %v518 = arith.addf %v517, %v500 fastmath<contract> : f32
            // 3. the K steps again: checkpoints, outputs at this point, sums' terms
            // save the states at checkpoint steps (when given somewhere to save them)
            %v520 = arith.remui %v75, %v519 : i64
            %v521 = arith.cmpi eq, %v520, %v32 : i64
            %v522 = arith.andi %v521, %v22 : i1
            scf.if %v522 {
              %v523 = arith.divui %v75, %v519 : i64
              %v524 = llvm.mlir.zero : !llvm.ptr
              %v525 = llvm.icmp "ne" %ckpt_h, %v524 : !llvm.ptr
              scf.if %v525 {
                %v528 = arith.muli %v523, %v527 : i64
                %v529 = llvm.load %v4 : !llvm.ptr -> f32
                %v531 = arith.muli %v27, %v530 : i64
                %v532 = arith.muli %v25, %v1 : i64
                %v533 = arith.addi %v531, %v532 : i64
                %v534 = arith.addi %v533, %v138 : i64
                %v535 = arith.addi %v528, %v534 : i64
                %v536 = llvm.getelementptr %ckpt_h[%v535] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                llvm.store %v529, %v536 : f32, !llvm.ptr
                %v537 = llvm.load %v5 : !llvm.ptr -> f32
                %v538 = arith.muli %v27, %v530 : i64
                %v539 = arith.muli %v25, %v1 : i64
                %v540 = arith.addi %v538, %v539 : i64
                %v541 = arith.constant 8 : i64
                %v542 = arith.addi %v541, %v138 : i64
                %v543 = arith.addi %v540, %v542 : i64
                %v544 = arith.addi %v528, %v543 : i64
                %v545 = llvm.getelementptr %ckpt_h[%v544] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                llvm.store %v537, %v545 : f32, !llvm.ptr
              }
            }
            // end save
            %v546 = llvm.load %v4 : !llvm.ptr -> f32
            %v547 = arith.mulf %v153, %v546 fastmath<contract> : f32
            %v548 = arith.addf %v547, %v199 fastmath<contract> : f32
            %v549 = llvm.load %v5 : !llvm.ptr -> f32
            %v550 = arith.mulf %v166, %v549 fastmath<contract> : f32
            %v551 = arith.addf %v550, %v205 fastmath<contract> : f32
            llvm.store %v548, %v4 : f32, !llvm.ptr
            llvm.store %v551, %v5 : f32, !llvm.ptr
            %v552 = llvm.load %v4 : !llvm.ptr -> f32
            %v553 = arith.mulf %v190, %v552 fastmath<contract> : f32
            %v554 = llvm.load %v60 : !llvm.ptr -> f32
            %v555 = arith.addf %v554, %v553 fastmath<contract> : f32
            llvm.store %v555, %v60 : f32, !llvm.ptr
            %v556 = llvm.load %v5 : !llvm.ptr -> f32
            %v557 = arith.mulf %v197, %v556 fastmath<contract> : f32
            %v558 = llvm.load %v60 : !llvm.ptr -> f32
            %v559 = arith.addf %v558, %v557 fastmath<contract> : f32
            llvm.store %v559, %v60 : f32, !llvm.ptr
            %v560 = arith.addi %v75, %v2 : i64
            %v561 = llvm.load %v4 : !llvm.ptr -> f32
            %v562 = arith.mulf %v153, %v561 fastmath<contract> : f32
            %v563 = arith.addf %v562, %v212 fastmath<contract> : f32
            %v564 = llvm.load %v5 : !llvm.ptr -> f32
            %v565 = arith.mulf %v166, %v564 fastmath<contract> : f32
            %v566 = arith.addf %v565, %v218 fastmath<contract> : f32
            llvm.store %v563, %v4 : f32, !llvm.ptr
            llvm.store %v566, %v5 : f32, !llvm.ptr
            %v567 = llvm.load %v4 : !llvm.ptr -> f32
            %v568 = arith.mulf %v190, %v567 fastmath<contract> : f32
            %v569 = llvm.load %v61 : !llvm.ptr -> f32
            %v570 = arith.addf %v569, %v568 fastmath<contract> : f32
            llvm.store %v570, %v61 : f32, !llvm.ptr
            %v571 = llvm.load %v5 : !llvm.ptr -> f32
            %v572 = arith.mulf %v197, %v571 fastmath<contract> : f32
            %v573 = llvm.load %v61 : !llvm.ptr -> f32
            %v574 = arith.addf %v573, %v572 fastmath<contract> : f32
            llvm.store %v574, %v61 : f32, !llvm.ptr
            %v575 = arith.addi %v75, %v42 : i64
            %v576 = llvm.load %v4 : !llvm.ptr -> f32
            %v577 = arith.mulf %v153, %v576 fastmath<contract> : f32
            %v578 = arith.addf %v577, %v225 fastmath<contract> : f32
            %v579 = llvm.load %v5 : !llvm.ptr -> f32
            %v580 = arith.mulf %v166, %v579 fastmath<contract> : f32
            %v581 = arith.addf %v580, %v231 fastmath<contract> : f32
            llvm.store %v578, %v4 : f32, !llvm.ptr
            llvm.store %v581, %v5 : f32, !llvm.ptr
            %v582 = llvm.load %v4 : !llvm.ptr -> f32
            %v583 = arith.mulf %v190, %v582 fastmath<contract> : f32
            %v584 = llvm.load %v62 : !llvm.ptr -> f32
            %v585 = arith.addf %v584, %v583 fastmath<contract> : f32
            llvm.store %v585, %v62 : f32, !llvm.ptr
            %v586 = llvm.load %v5 : !llvm.ptr -> f32
            %v587 = arith.mulf %v197, %v586 fastmath<contract> : f32
            %v588 = llvm.load %v62 : !llvm.ptr -> f32
            %v589 = arith.addf %v588, %v587 fastmath<contract> : f32
            llvm.store %v589, %v62 : f32, !llvm.ptr
            %v590 = arith.addi %v75, %v107 : i64
            %v591 = llvm.load %v4 : !llvm.ptr -> f32
            %v592 = arith.mulf %v153, %v591 fastmath<contract> : f32
            %v593 = arith.addf %v592, %v238 fastmath<contract> : f32
            %v594 = llvm.load %v5 : !llvm.ptr -> f32
            %v595 = arith.mulf %v166, %v594 fastmath<contract> : f32
            %v596 = arith.addf %v595, %v244 fastmath<contract> : f32
            llvm.store %v593, %v4 : f32, !llvm.ptr
            llvm.store %v596, %v5 : f32, !llvm.ptr
            %v597 = llvm.load %v4 : !llvm.ptr -> f32
            %v598 = arith.mulf %v190, %v597 fastmath<contract> : f32
            %v599 = llvm.load %v63 : !llvm.ptr -> f32
            %v600 = arith.addf %v599, %v598 fastmath<contract> : f32
            llvm.store %v600, %v63 : f32, !llvm.ptr
            %v601 = llvm.load %v5 : !llvm.ptr -> f32
            %v602 = arith.mulf %v197, %v601 fastmath<contract> : f32
            %v603 = llvm.load %v63 : !llvm.ptr -> f32
            %v604 = arith.addf %v603, %v602 fastmath<contract> : f32
            llvm.store %v604, %v63 : f32, !llvm.ptr
            %v605 = arith.addi %v75, %v109 : i64
            %v606 = llvm.load %v4 : !llvm.ptr -> f32
            %v607 = arith.mulf %v153, %v606 fastmath<contract> : f32
            %v608 = arith.addf %v607, %v251 fastmath<contract> : f32
            %v609 = llvm.load %v5 : !llvm.ptr -> f32
            %v610 = arith.mulf %v166, %v609 fastmath<contract> : f32
            %v611 = arith.addf %v610, %v257 fastmath<contract> : f32
            llvm.store %v608, %v4 : f32, !llvm.ptr
            llvm.store %v611, %v5 : f32, !llvm.ptr
            %v612 = llvm.load %v4 : !llvm.ptr -> f32
            %v613 = arith.mulf %v190, %v612 fastmath<contract> : f32
            %v614 = llvm.load %v64 : !llvm.ptr -> f32
            %v615 = arith.addf %v614, %v613 fastmath<contract> : f32
            llvm.store %v615, %v64 : f32, !llvm.ptr
            %v616 = llvm.load %v5 : !llvm.ptr -> f32
            %v617 = arith.mulf %v197, %v616 fastmath<contract> : f32
            %v618 = llvm.load %v64 : !llvm.ptr -> f32
            %v619 = arith.addf %v618, %v617 fastmath<contract> : f32
            llvm.store %v619, %v64 : f32, !llvm.ptr
            %v620 = arith.addi %v75, %v111 : i64
            %v621 = llvm.load %v4 : !llvm.ptr -> f32
            %v622 = arith.mulf %v153, %v621 fastmath<contract> : f32
            %v623 = arith.addf %v622, %v264 fastmath<contract> : f32
            %v624 = llvm.load %v5 : !llvm.ptr -> f32
            %v625 = arith.mulf %v166, %v624 fastmath<contract> : f32
            %v626 = arith.addf %v625, %v270 fastmath<contract> : f32
            llvm.store %v623, %v4 : f32, !llvm.ptr
            llvm.store %v626, %v5 : f32, !llvm.ptr
            %v627 = llvm.load %v4 : !llvm.ptr -> f32
            %v628 = arith.mulf %v190, %v627 fastmath<contract> : f32
            %v629 = llvm.load %v65 : !llvm.ptr -> f32
            %v630 = arith.addf %v629, %v628 fastmath<contract> : f32
            llvm.store %v630, %v65 : f32, !llvm.ptr
            %v631 = llvm.load %v5 : !llvm.ptr -> f32
            %v632 = arith.mulf %v197, %v631 fastmath<contract> : f32
            %v633 = llvm.load %v65 : !llvm.ptr -> f32
            %v634 = arith.addf %v633, %v632 fastmath<contract> : f32
            llvm.store %v634, %v65 : f32, !llvm.ptr
            %v635 = arith.addi %v75, %v113 : i64
            %v636 = llvm.load %v4 : !llvm.ptr -> f32
            %v637 = arith.mulf %v153, %v636 fastmath<contract> : f32
            %v638 = arith.addf %v637, %v277 fastmath<contract> : f32
            %v639 = llvm.load %v5 : !llvm.ptr -> f32
            %v640 = arith.mulf %v166, %v639 fastmath<contract> : f32
            %v641 = arith.addf %v640, %v283 fastmath<contract> : f32
            llvm.store %v638, %v4 : f32, !llvm.ptr
            llvm.store %v641, %v5 : f32, !llvm.ptr
            %v642 = llvm.load %v4 : !llvm.ptr -> f32
            %v643 = arith.mulf %v190, %v642 fastmath<contract> : f32
            %v644 = llvm.load %v66 : !llvm.ptr -> f32
            %v645 = arith.addf %v644, %v643 fastmath<contract> : f32
            llvm.store %v645, %v66 : f32, !llvm.ptr
            %v646 = llvm.load %v5 : !llvm.ptr -> f32
            %v647 = arith.mulf %v197, %v646 fastmath<contract> : f32
            %v648 = llvm.load %v66 : !llvm.ptr -> f32
            %v649 = arith.addf %v648, %v647 fastmath<contract> : f32
            llvm.store %v649, %v66 : f32, !llvm.ptr
            %v650 = arith.addi %v75, %v115 : i64
            %v651 = llvm.load %v4 : !llvm.ptr -> f32
            %v652 = arith.mulf %v153, %v651 fastmath<contract> : f32
            %v653 = arith.addf %v652, %v290 fastmath<contract> : f32
            %v654 = llvm.load %v5 : !llvm.ptr -> f32
            %v655 = arith.mulf %v166, %v654 fastmath<contract> : f32
            %v656 = arith.addf %v655, %v296 fastmath<contract> : f32
            llvm.store %v653, %v4 : f32, !llvm.ptr
            llvm.store %v656, %v5 : f32, !llvm.ptr
            %v657 = llvm.load %v4 : !llvm.ptr -> f32
            %v658 = arith.mulf %v190, %v657 fastmath<contract> : f32
            %v659 = llvm.load %v67 : !llvm.ptr -> f32
            %v660 = arith.addf %v659, %v658 fastmath<contract> : f32
            llvm.store %v660, %v67 : f32, !llvm.ptr
            %v661 = llvm.load %v5 : !llvm.ptr -> f32
            %v662 = arith.mulf %v197, %v661 fastmath<contract> : f32
            %v663 = llvm.load %v67 : !llvm.ptr -> f32
            %v664 = arith.addf %v663, %v662 fastmath<contract> : f32
            llvm.store %v664, %v67 : f32, !llvm.ptr
            gpu.barrier
            scf.if %v33 {
              %v665 = arith.muli %v138, %v42 : i64
              %v666 = llvm.getelementptr %v17[%v665] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v510, %v666 : f32, !llvm.ptr
              %v667 = arith.muli %v138, %v42 : i64
              %v668 = arith.addi %v667, %v2 : i64
              %v669 = llvm.getelementptr %v17[%v668] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v518, %v669 : f32, !llvm.ptr
            }
          }
          // 4. the outputs summed over the points, K steps per vector store
          %v670 = llvm.load %v60 : !llvm.ptr -> f32
          %v671 = arith.addi %v75, %v2 : i64
          %v672 = llvm.load %v61 : !llvm.ptr -> f32
          %v673 = arith.addi %v75, %v42 : i64
          %v674 = llvm.load %v62 : !llvm.ptr -> f32
          %v675 = arith.addi %v75, %v107 : i64
          %v676 = llvm.load %v63 : !llvm.ptr -> f32
          %v677 = arith.addi %v75, %v109 : i64
          %v678 = llvm.load %v64 : !llvm.ptr -> f32
          %v679 = arith.addi %v75, %v111 : i64
          %v680 = llvm.load %v65 : !llvm.ptr -> f32
          %v681 = arith.addi %v75, %v113 : i64
          %v682 = llvm.load %v66 : !llvm.ptr -> f32
          %v683 = arith.addi %v75, %v115 : i64
          %v684 = llvm.load %v67 : !llvm.ptr -> f32
          %v685 = llvm.mlir.undef : vector<8xf32>
          %v686 = llvm.insertelement %v670, %v685[%v89 : i32] : vector<8xf32>
          %v687 = llvm.insertelement %v672, %v686[%v91 : i32] : vector<8xf32>
          %v688 = llvm.insertelement %v674, %v687[%v93 : i32] : vector<8xf32>
          %v689 = llvm.insertelement %v676, %v688[%v95 : i32] : vector<8xf32>
          %v690 = llvm.insertelement %v678, %v689[%v97 : i32] : vector<8xf32>
          %v691 = llvm.insertelement %v680, %v690[%v99 : i32] : vector<8xf32>
          %v692 = llvm.insertelement %v682, %v691[%v101 : i32] : vector<8xf32>
          %v693 = llvm.insertelement %v684, %v692[%v103 : i32] : vector<8xf32>
          %v694 = arith.muli %v27, %v82 : i64
          %v695 = arith.muli %v25, %size_L : i64
          %v696 = arith.addi %v694, %v695 : i64
          %v697 = arith.addi %v696, %v75 : i64
          %v698 = llvm.getelementptr %out_y[%v697] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          scf.if %v22 {
            llvm.store %v693, %v698 {alignment = 32 : i64} : vector<8xf32>, !llvm.ptr
          }
        } else {
          %v699 = arith.index_cast %v32 : i64 to index
          %v700 = arith.index_cast %v78 : i64 to index
          %v701 = arith.index_cast %v2 : i64 to index
          scf.for %v702 = %v699 to %v700 step %v701 {
            %v703 = arith.index_cast %v702 : index to i64
            %v704 = llvm.getelementptr %v68[%v703] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v40, %v704 : f32, !llvm.ptr
          }
          %v705 = arith.index_cast %v32 : i64 to index
          %v706 = arith.index_cast %v34 : i64 to index
          %v707 = arith.index_cast %v2 : i64 to index
          scf.for %v708 = %v705 to %v706 step %v707 {
            %v709 = arith.index_cast %v708 : index to i64
            %v710 = arith.muli %v25, %v1 : i64
            %v711 = arith.addi %v710, %v709 : i64
            %v712 = llvm.getelementptr %in_A_log[%v711] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v713 = llvm.load %v712 : !llvm.ptr -> f32
            %v714 = arith.mulf %v713, %v141 fastmath<contract> : f32
            %v715 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v714) : (f32) -> f32
            %v716 = arith.negf %v715 : f32
            %v717 = arith.mulf %v143, %v716 fastmath<contract> : f32
            %v718 = arith.mulf %v717, %v141 fastmath<contract> : f32
            %v719 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v718) : (f32) -> f32
            %v720 = arith.mulf %v719, %v141 fastmath<contract> : f32
            %v721 = arith.muli %v25, %v1 : i64
            %v722 = arith.constant 8 : i64
            %v723 = arith.addi %v722, %v709 : i64
            %v724 = arith.addi %v721, %v723 : i64
            %v725 = llvm.getelementptr %in_A_log[%v724] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v726 = llvm.load %v725 : !llvm.ptr -> f32
            %v727 = arith.mulf %v726, %v141 fastmath<contract> : f32
            %v728 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v727) : (f32) -> f32
            %v729 = arith.negf %v728 : f32
            %v730 = arith.mulf %v143, %v729 fastmath<contract> : f32
            %v731 = arith.mulf %v730, %v141 fastmath<contract> : f32
            %v732 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v731) : (f32) -> f32
            %v733 = arith.mulf %v732, %v141 fastmath<contract> : f32
            %v734 = arith.subf %v719, %v168 fastmath<contract> : f32
            %v735 = arith.divf %v734, %v716 : f32
            %v736 = arith.muli %v25, %v1 : i64
            %v737 = arith.addi %v736, %v709 : i64
            %v738 = llvm.getelementptr %in_Bp[%v737] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v739 = llvm.load %v738 : !llvm.ptr -> f32
            %v740 = arith.mulf %v735, %v739 fastmath<contract> : f32
            %v741 = arith.mulf %v740, %v141 fastmath<contract> : f32
            %v742 = arith.subf %v732, %v168 fastmath<contract> : f32
            %v743 = arith.divf %v742, %v729 : f32
            %v744 = arith.muli %v25, %v1 : i64
            %v745 = arith.constant 8 : i64
            %v746 = arith.addi %v745, %v709 : i64
            %v747 = arith.addi %v744, %v746 : i64
            %v748 = llvm.getelementptr %in_Bp[%v747] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v749 = llvm.load %v748 : !llvm.ptr -> f32
            %v750 = arith.mulf %v743, %v749 fastmath<contract> : f32
            %v751 = arith.mulf %v750, %v141 fastmath<contract> : f32
            %v752 = arith.muli %v25, %v1 : i64
            %v753 = arith.addi %v752, %v709 : i64
            %v754 = llvm.getelementptr %in_Cp[%v753] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v755 = llvm.load %v754 : !llvm.ptr -> f32
            %v756 = arith.mulf %v755, %v141 fastmath<contract> : f32
            %v757 = arith.muli %v25, %v1 : i64
            %v758 = arith.constant 8 : i64
            %v759 = arith.addi %v758, %v709 : i64
            %v760 = arith.addi %v757, %v759 : i64
            %v761 = llvm.getelementptr %in_Cp[%v760] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v762 = llvm.load %v761 : !llvm.ptr -> f32
            %v763 = arith.mulf %v762, %v141 fastmath<contract> : f32
            llvm.store %v168, %v6 : f32, !llvm.ptr
            llvm.store %v168, %v7 : f32, !llvm.ptr
            llvm.store %v40, %v8 : f32, !llvm.ptr
            llvm.store %v40, %v9 : f32, !llvm.ptr
            %v764 = arith.index_cast %v32 : i64 to index
            %v765 = arith.index_cast %v78 : i64 to index
            %v766 = arith.index_cast %v2 : i64 to index
            scf.for %v767 = %v764 to %v765 step %v766 {
              %v768 = arith.index_cast %v767 : index to i64
              %v769 = arith.addi %v75, %v768 : i64
              %v770 = arith.muli %v27, %v82 : i64
              %v771 = arith.muli %v25, %size_L : i64
              %v772 = arith.addi %v770, %v771 : i64
              %v773 = arith.addi %v772, %v769 : i64
              %v774 = llvm.getelementptr %in_u[%v773] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v775 = llvm.load %v774 : !llvm.ptr -> f32
              %v776 = arith.mulf %v740, %v775 fastmath<contract> : f32
              %v777 = llvm.load %v8 : !llvm.ptr -> f32
              %v778 = arith.mulf %v719, %v777 fastmath<contract> : f32
              %v779 = arith.addf %v778, %v776 fastmath<contract> : f32
              %v780 = llvm.load %v6 : !llvm.ptr -> f32
              %v781 = arith.mulf %v719, %v780 fastmath<contract> : f32
              %v782 = arith.mulf %v750, %v775 fastmath<contract> : f32
              %v783 = llvm.load %v9 : !llvm.ptr -> f32
              %v784 = arith.mulf %v732, %v783 fastmath<contract> : f32
              %v785 = arith.addf %v784, %v782 fastmath<contract> : f32
              %v786 = llvm.load %v7 : !llvm.ptr -> f32
              %v787 = arith.mulf %v732, %v786 fastmath<contract> : f32
              llvm.store %v779, %v8 : f32, !llvm.ptr
              llvm.store %v781, %v6 : f32, !llvm.ptr
              llvm.store %v785, %v9 : f32, !llvm.ptr
              llvm.store %v787, %v7 : f32, !llvm.ptr
            }
            %v788 = llvm.load %v6 : !llvm.ptr -> f32
            %v789 = llvm.load %v8 : !llvm.ptr -> f32
            %v790 = llvm.load %v7 : !llvm.ptr -> f32
            %v791 = llvm.load %v9 : !llvm.ptr -> f32
            %v792, %v793 = gpu.shuffle up %v788, %v91, %v306 : f32
            %v794, %v795 = gpu.shuffle up %v789, %v91, %v306 : f32
            %v796 = arith.mulf %v788, %v792 fastmath<contract> : f32
            %v797 = arith.mulf %v788, %v794 fastmath<contract> : f32
            %v798 = arith.addf %v797, %v789 fastmath<contract> : f32
            %v799 = arith.cmpi uge, %v30, %v2 : i64
            %v800 = arith.select %v799, %v796, %v788 : f32
            %v801 = arith.select %v799, %v798, %v789 : f32
            %v802, %v803 = gpu.shuffle up %v800, %v93, %v306 : f32
            %v804, %v805 = gpu.shuffle up %v801, %v93, %v306 : f32
            %v806 = arith.mulf %v800, %v802 fastmath<contract> : f32
            %v807 = arith.mulf %v800, %v804 fastmath<contract> : f32
            %v808 = arith.addf %v807, %v801 fastmath<contract> : f32
            %v809 = arith.cmpi uge, %v30, %v42 : i64
            %v810 = arith.select %v809, %v806, %v800 : f32
            %v811 = arith.select %v809, %v808, %v801 : f32
            %v812, %v813 = gpu.shuffle up %v810, %v97, %v306 : f32
            %v814, %v815 = gpu.shuffle up %v811, %v97, %v306 : f32
            %v816 = arith.mulf %v810, %v812 fastmath<contract> : f32
            %v817 = arith.mulf %v810, %v814 fastmath<contract> : f32
            %v818 = arith.addf %v817, %v811 fastmath<contract> : f32
            %v819 = arith.cmpi uge, %v30, %v109 : i64
            %v820 = arith.select %v819, %v816, %v810 : f32
            %v821 = arith.select %v819, %v818, %v811 : f32
            %v822, %v823 = gpu.shuffle up %v820, %v337, %v306 : f32
            %v824, %v825 = gpu.shuffle up %v821, %v337, %v306 : f32
            %v826 = arith.mulf %v820, %v822 fastmath<contract> : f32
            %v827 = arith.mulf %v820, %v824 fastmath<contract> : f32
            %v828 = arith.addf %v827, %v821 fastmath<contract> : f32
            %v829 = arith.cmpi uge, %v30, %v34 : i64
            %v830 = arith.select %v829, %v826, %v820 : f32
            %v831 = arith.select %v829, %v828, %v821 : f32
            %v832, %v833 = gpu.shuffle up %v830, %v348, %v306 : f32
            %v834, %v835 = gpu.shuffle up %v831, %v348, %v306 : f32
            %v836 = arith.mulf %v830, %v832 fastmath<contract> : f32
            %v837 = arith.mulf %v830, %v834 fastmath<contract> : f32
            %v838 = arith.addf %v837, %v831 fastmath<contract> : f32
            %v839 = arith.cmpi uge, %v30, %v1 : i64
            %v840 = arith.select %v839, %v836, %v830 : f32
            %v841 = arith.select %v839, %v838, %v831 : f32
            %v842 = arith.cmpi eq, %v30, %v359 : i64
            scf.if %v842 {
              %v843 = llvm.getelementptr %v13[%v31] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v840, %v843 : f32, !llvm.ptr
              %v844 = llvm.getelementptr %v15[%v31] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v841, %v844 : f32, !llvm.ptr
            }
            %v845, %v846 = gpu.shuffle up %v840, %v91, %v306 : f32
            %v847, %v848 = gpu.shuffle up %v841, %v91, %v306 : f32
            %v849 = arith.cmpi eq, %v30, %v32 : i64
            %v850 = arith.select %v849, %v168, %v845 : f32
            %v851 = arith.select %v849, %v40, %v847 : f32
            %v852, %v853 = gpu.shuffle up %v790, %v91, %v306 : f32
            %v854, %v855 = gpu.shuffle up %v791, %v91, %v306 : f32
            %v856 = arith.mulf %v790, %v852 fastmath<contract> : f32
            %v857 = arith.mulf %v790, %v854 fastmath<contract> : f32
            %v858 = arith.addf %v857, %v791 fastmath<contract> : f32
            %v859 = arith.cmpi uge, %v30, %v2 : i64
            %v860 = arith.select %v859, %v856, %v790 : f32
            %v861 = arith.select %v859, %v858, %v791 : f32
            %v862, %v863 = gpu.shuffle up %v860, %v93, %v306 : f32
            %v864, %v865 = gpu.shuffle up %v861, %v93, %v306 : f32
            %v866 = arith.mulf %v860, %v862 fastmath<contract> : f32
            %v867 = arith.mulf %v860, %v864 fastmath<contract> : f32
            %v868 = arith.addf %v867, %v861 fastmath<contract> : f32
            %v869 = arith.cmpi uge, %v30, %v42 : i64
            %v870 = arith.select %v869, %v866, %v860 : f32
            %v871 = arith.select %v869, %v868, %v861 : f32
            %v872, %v873 = gpu.shuffle up %v870, %v97, %v306 : f32
            %v874, %v875 = gpu.shuffle up %v871, %v97, %v306 : f32
            %v876 = arith.mulf %v870, %v872 fastmath<contract> : f32
            %v877 = arith.mulf %v870, %v874 fastmath<contract> : f32
            %v878 = arith.addf %v877, %v871 fastmath<contract> : f32
            %v879 = arith.cmpi uge, %v30, %v109 : i64
            %v880 = arith.select %v879, %v876, %v870 : f32
            %v881 = arith.select %v879, %v878, %v871 : f32
            %v882, %v883 = gpu.shuffle up %v880, %v337, %v306 : f32
            %v884, %v885 = gpu.shuffle up %v881, %v337, %v306 : f32
            %v886 = arith.mulf %v880, %v882 fastmath<contract> : f32
            %v887 = arith.mulf %v880, %v884 fastmath<contract> : f32
            %v888 = arith.addf %v887, %v881 fastmath<contract> : f32
            %v889 = arith.cmpi uge, %v30, %v34 : i64
            %v890 = arith.select %v889, %v886, %v880 : f32
            %v891 = arith.select %v889, %v888, %v881 : f32
            %v892, %v893 = gpu.shuffle up %v890, %v348, %v306 : f32
            %v894, %v895 = gpu.shuffle up %v891, %v348, %v306 : f32
            %v896 = arith.mulf %v890, %v892 fastmath<contract> : f32
            %v897 = arith.mulf %v890, %v894 fastmath<contract> : f32
            %v898 = arith.addf %v897, %v891 fastmath<contract> : f32
            %v899 = arith.cmpi uge, %v30, %v1 : i64
            %v900 = arith.select %v899, %v896, %v890 : f32
            %v901 = arith.select %v899, %v898, %v891 : f32
            %v902 = arith.cmpi eq, %v30, %v359 : i64
            %v903 = arith.addi %v111, %v31 : i64
            scf.if %v902 {
              %v904 = llvm.getelementptr %v13[%v903] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v900, %v904 : f32, !llvm.ptr
              %v905 = llvm.getelementptr %v15[%v903] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v901, %v905 : f32, !llvm.ptr
            }
            %v906, %v907 = gpu.shuffle up %v900, %v91, %v306 : f32
            %v908, %v909 = gpu.shuffle up %v901, %v91, %v306 : f32
            %v910 = arith.cmpi eq, %v30, %v32 : i64
            %v911 = arith.select %v910, %v168, %v906 : f32
            %v912 = arith.select %v910, %v40, %v908 : f32
            // across warps: the warps' maps before this one's, and the whole tile's
            gpu.barrier
            %v913 = arith.index_cast %v20 : i64 to index
            %v914 = arith.index_cast %v42 : i64 to index
            %v915 = arith.index_cast %v431 : i64 to index
            scf.for %v916 = %v913 to %v914 step %v915 {
              %v917 = arith.index_cast %v916 : index to i64
              %v918 = arith.muli %v917, %v111 : i64
              %v919 = llvm.getelementptr %v13[%v918] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v920 = llvm.load %v919 : !llvm.ptr -> f32
              %v921 = llvm.getelementptr %v15[%v918] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v922 = llvm.load %v921 : !llvm.ptr -> f32
              %v923 = llvm.getelementptr %v13[%v918] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v168, %v923 : f32, !llvm.ptr
              %v924 = llvm.getelementptr %v15[%v918] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v40, %v924 : f32, !llvm.ptr
              %v925 = arith.mulf %v920, %v168 fastmath<contract> : f32
              %v926 = arith.mulf %v920, %v40 fastmath<contract> : f32
              %v927 = arith.addf %v926, %v922 fastmath<contract> : f32
              %v928 = arith.addi %v918, %v2 : i64
              %v929 = llvm.getelementptr %v13[%v928] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v930 = llvm.load %v929 : !llvm.ptr -> f32
              %v931 = llvm.getelementptr %v15[%v928] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v932 = llvm.load %v931 : !llvm.ptr -> f32
              %v933 = llvm.getelementptr %v13[%v928] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v925, %v933 : f32, !llvm.ptr
              %v934 = llvm.getelementptr %v15[%v928] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v927, %v934 : f32, !llvm.ptr
              %v935 = arith.mulf %v930, %v925 fastmath<contract> : f32
              %v936 = arith.mulf %v930, %v927 fastmath<contract> : f32
              %v937 = arith.addf %v936, %v932 fastmath<contract> : f32
              %v938 = arith.addi %v918, %v42 : i64
              %v939 = llvm.getelementptr %v13[%v938] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v940 = llvm.load %v939 : !llvm.ptr -> f32
              %v941 = llvm.getelementptr %v15[%v938] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v942 = llvm.load %v941 : !llvm.ptr -> f32
              %v943 = llvm.getelementptr %v13[%v938] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v935, %v943 : f32, !llvm.ptr
              %v944 = llvm.getelementptr %v15[%v938] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v937, %v944 : f32, !llvm.ptr
              %v945 = arith.mulf %v940, %v935 fastmath<contract> : f32
              %v946 = arith.mulf %v940, %v937 fastmath<contract> : f32
              %v947 = arith.addf %v946, %v942 fastmath<contract> : f32
              %v948 = arith.addi %v918, %v107 : i64
              %v949 = llvm.getelementptr %v13[%v948] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v950 = llvm.load %v949 : !llvm.ptr -> f32
              %v951 = llvm.getelementptr %v15[%v948] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v952 = llvm.load %v951 : !llvm.ptr -> f32
              %v953 = llvm.getelementptr %v13[%v948] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v945, %v953 : f32, !llvm.ptr
              %v954 = llvm.getelementptr %v15[%v948] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v947, %v954 : f32, !llvm.ptr
              %v955 = arith.mulf %v950, %v945 fastmath<contract> : f32
              %v956 = arith.mulf %v950, %v947 fastmath<contract> : f32
              %v957 = arith.addf %v956, %v952 fastmath<contract> : f32
              %v958 = arith.addi %v918, %v109 : i64
              %v959 = llvm.getelementptr %v13[%v958] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v955, %v959 : f32, !llvm.ptr
              %v960 = llvm.getelementptr %v15[%v958] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v957, %v960 : f32, !llvm.ptr
            }
            gpu.barrier
            %v961 = llvm.getelementptr %v13[%v31] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v962 = llvm.load %v961 : !llvm.ptr -> f32
            %v963 = llvm.getelementptr %v15[%v31] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v964 = llvm.load %v963 : !llvm.ptr -> f32
            %v965 = llvm.getelementptr %v13[%v109] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v966 = llvm.load %v965 : !llvm.ptr -> f32
            %v967 = llvm.getelementptr %v15[%v109] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v968 = llvm.load %v967 : !llvm.ptr -> f32
            %v969 = arith.mulf %v850, %v962 fastmath<contract> : f32
            %v970 = arith.mulf %v850, %v964 fastmath<contract> : f32
            %v971 = arith.addf %v970, %v851 fastmath<contract> : f32
            %v972 = arith.addi %v111, %v31 : i64
            %v973 = llvm.getelementptr %v13[%v972] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v974 = llvm.load %v973 : !llvm.ptr -> f32
            %v975 = llvm.getelementptr %v15[%v972] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v976 = llvm.load %v975 : !llvm.ptr -> f32
            %v977 = llvm.getelementptr %v13[%v496] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v978 = llvm.load %v977 : !llvm.ptr -> f32
            %v979 = llvm.getelementptr %v15[%v496] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v980 = llvm.load %v979 : !llvm.ptr -> f32
            %v981 = arith.mulf %v911, %v974 fastmath<contract> : f32
            %v982 = arith.mulf %v911, %v976 fastmath<contract> : f32
            %v983 = arith.addf %v982, %v912 fastmath<contract> : f32
            %v984 = arith.muli %v709, %v42 : i64
            %v985 = llvm.getelementptr %v17[%v984] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v986 = llvm.load %v985 : !llvm.ptr -> f32
            %v987 = arith.mulf %v969, %v986 fastmath<contract> : f32
            %v988 = arith.addf %v987, %v971 fastmath<contract> : f32
            llvm.store %v988, %v4 : f32, !llvm.ptr
            %v989 = arith.mulf %v966, %v986 fastmath<contract> : f32
            %v990 = arith.addf %v989, %v968 fastmath<contract> : f32
            %v991 = arith.muli %v709, %v42 : i64
            %v992 = arith.addi %v991, %v2 : i64
            %v993 = llvm.getelementptr %v17[%v992] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v994 = llvm.load %v993 : !llvm.ptr -> f32
            %v995 = arith.mulf %v981, %v994 fastmath<contract> : f32
            %v996 = arith.addf %v995, %v983 fastmath<contract> : f32
            llvm.store %v996, %v5 : f32, !llvm.ptr
            %v997 = arith.mulf %v978, %v994 fastmath<contract> : f32
            %v998 = arith.addf %v997, %v980 fastmath<contract> : f32
            %v999 = arith.index_cast %v32 : i64 to index
            %v1000 = arith.index_cast %v78 : i64 to index
            %v1001 = arith.index_cast %v2 : i64 to index
            scf.for %v1002 = %v999 to %v1000 step %v1001 {
              %v1003 = arith.index_cast %v1002 : index to i64
              %v1004 = arith.addi %v75, %v1003 : i64
              %v1005 = llvm.getelementptr %v68[%v1003] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              // save the states at checkpoint steps (when given somewhere to save them)
              %v1006 = arith.remui %v1004, %v519 : i64
              %v1007 = arith.cmpi eq, %v1006, %v32 : i64
              %v1008 = arith.andi %v1007, %v22 : i1
              scf.if %v1008 {
                %v1009 = arith.divui %v1004, %v519 : i64
                %v1010 = llvm.mlir.zero : !llvm.ptr
                %v1011 = llvm.icmp "ne" %ckpt_h, %v1010 : !llvm.ptr
                scf.if %v1011 {
                  %v1014 = arith.muli %v1009, %v1013 : i64
                  %v1015 = llvm.load %v4 : !llvm.ptr -> f32
                  %v1016 = arith.muli %v27, %v530 : i64
                  %v1017 = arith.muli %v25, %v1 : i64
                  %v1018 = arith.addi %v1016, %v1017 : i64
                  %v1019 = arith.addi %v1018, %v709 : i64
                  %v1020 = arith.addi %v1014, %v1019 : i64
                  %v1021 = llvm.getelementptr %ckpt_h[%v1020] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1015, %v1021 : f32, !llvm.ptr
                  %v1022 = llvm.load %v5 : !llvm.ptr -> f32
                  %v1023 = arith.muli %v27, %v530 : i64
                  %v1024 = arith.muli %v25, %v1 : i64
                  %v1025 = arith.addi %v1023, %v1024 : i64
                  %v1026 = arith.constant 8 : i64
                  %v1027 = arith.addi %v1026, %v709 : i64
                  %v1028 = arith.addi %v1025, %v1027 : i64
                  %v1029 = arith.addi %v1014, %v1028 : i64
                  %v1030 = llvm.getelementptr %ckpt_h[%v1029] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1022, %v1030 : f32, !llvm.ptr
                }
              }
              // end save
              %v1031 = arith.muli %v27, %v82 : i64
              %v1032 = arith.muli %v25, %size_L : i64
              %v1033 = arith.addi %v1031, %v1032 : i64
              %v1034 = arith.addi %v1033, %v1004 : i64
              %v1035 = llvm.getelementptr %in_u[%v1034] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1036 = llvm.load %v1035 : !llvm.ptr -> f32
              %v1037 = arith.mulf %v740, %v1036 fastmath<contract> : f32
              %v1038 = llvm.load %v4 : !llvm.ptr -> f32
              %v1039 = arith.mulf %v719, %v1038 fastmath<contract> : f32
              %v1040 = arith.addf %v1039, %v1037 fastmath<contract> : f32
              %v1041 = arith.mulf %v750, %v1036 fastmath<contract> : f32
              %v1042 = llvm.load %v5 : !llvm.ptr -> f32
              %v1043 = arith.mulf %v732, %v1042 fastmath<contract> : f32
              %v1044 = arith.addf %v1043, %v1041 fastmath<contract> : f32
              llvm.store %v1040, %v4 : f32, !llvm.ptr
              llvm.store %v1044, %v5 : f32, !llvm.ptr
              %v1045 = llvm.load %v4 : !llvm.ptr -> f32
              %v1046 = arith.mulf %v755, %v1045 fastmath<contract> : f32
              %v1047 = llvm.load %v1005 : !llvm.ptr -> f32
              %v1048 = arith.addf %v1047, %v1046 fastmath<contract> : f32
              llvm.store %v1048, %v1005 : f32, !llvm.ptr
              %v1049 = llvm.load %v5 : !llvm.ptr -> f32
              %v1050 = arith.mulf %v762, %v1049 fastmath<contract> : f32
              %v1051 = llvm.load %v1005 : !llvm.ptr -> f32
              %v1052 = arith.addf %v1051, %v1050 fastmath<contract> : f32
              llvm.store %v1052, %v1005 : f32, !llvm.ptr
            }
            gpu.barrier
            scf.if %v33 {
              %v1053 = arith.muli %v709, %v42 : i64
              %v1054 = llvm.getelementptr %v17[%v1053] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v990, %v1054 : f32, !llvm.ptr
              %v1055 = arith.muli %v709, %v42 : i64
              %v1056 = arith.addi %v1055, %v2 : i64
              %v1057 = llvm.getelementptr %v17[%v1056] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v998, %v1057 : f32, !llvm.ptr
            }
          }
          %v1058 = arith.index_cast %v32 : i64 to index
          %v1059 = arith.index_cast %v78 : i64 to index
          %v1060 = arith.index_cast %v2 : i64 to index
          scf.for %v1061 = %v1058 to %v1059 step %v1060 {
            %v1062 = arith.index_cast %v1061 : index to i64
            %v1063 = arith.addi %v75, %v1062 : i64
            %v1064 = llvm.getelementptr %v68[%v1062] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1065 = llvm.load %v1064 : !llvm.ptr -> f32
            %v1066 = arith.muli %v27, %v82 : i64
            %v1067 = arith.muli %v25, %size_L : i64
            %v1068 = arith.addi %v1066, %v1067 : i64
            %v1069 = arith.addi %v1068, %v1063 : i64
            %v1070 = llvm.getelementptr %in_u[%v1069] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1071 = llvm.load %v1070 : !llvm.ptr -> f32
            %v1072 = arith.mulf %v1071, %v118 fastmath<contract> : f32
            %v1073 = arith.addf %v1065, %v1072 fastmath<contract> : f32
            scf.if %v22 {
              %v1074 = arith.muli %v27, %v82 : i64
              %v1075 = arith.muli %v25, %size_L : i64
              %v1076 = arith.addi %v1074, %v1075 : i64
              %v1077 = arith.addi %v1076, %v1063 : i64
              %v1078 = llvm.getelementptr %out_y[%v1077] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1073, %v1078 : f32, !llvm.ptr
            }
          }
        }
      }
      // end scan
      gpu.barrier
      %v1079 = arith.andi %v22, %v33 : i1
      %v1080 = arith.index_cast %v32 : i64 to index
      %v1081 = arith.index_cast %v34 : i64 to index
      %v1082 = arith.index_cast %v2 : i64 to index
      scf.for %v1083 = %v1080 to %v1081 step %v1082 {
        %v1084 = arith.index_cast %v1083 : index to i64
        %v1085 = arith.muli %v1084, %v42 : i64
        %v1086 = llvm.getelementptr %v17[%v1085] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1087 = llvm.load %v1086 : !llvm.ptr -> f32
        llvm.store %v1087, %v10 : f32, !llvm.ptr
        %v1088 = arith.muli %v1084, %v42 : i64
        %v1089 = arith.addi %v1088, %v2 : i64
        %v1090 = llvm.getelementptr %v17[%v1089] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1091 = llvm.load %v1090 : !llvm.ptr -> f32
        llvm.store %v1091, %v11 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
