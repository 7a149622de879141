module attributes {gpu.container_module} {
  gpu.module @linrec {
    llvm.mlir.global internal @warp_a_s4d_fwd_block() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<10 x f32>
    llvm.mlir.global internal @warp_b_s4d_fwd_block() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<10 x f32>
    llvm.mlir.global internal @running_s4d_fwd_block() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<16 x f32>
    gpu.func @s4d_fwd_block(%in_u: !llvm.ptr, %in_log_dt: !llvm.ptr, %in_A_log: !llvm.ptr, %in_Bp: !llvm.ptr, %in_Cp: !llvm.ptr, %in_Dskip: !llvm.ptr, %out_y: !llvm.ptr, %ckpt_h: !llvm.ptr, %size_B: i64, %size_D: i64, %size_L: i64, %size_N: i64) kernel {
      %v1 = arith.constant 16 : i64
      %v2 = arith.constant 1 : i64
      %v3 = arith.muli %v2, %size_B : i64
      %v4 = arith.muli %v3, %size_D : i64
      %v5 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v6 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v7 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v8 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v9 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v10 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v11 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v12 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v13 = llvm.mlir.addressof @warp_a_s4d_fwd_block : !llvm.ptr<3>
      %v14 = llvm.addrspacecast %v13 : !llvm.ptr<3> to !llvm.ptr
      %v15 = llvm.mlir.addressof @warp_b_s4d_fwd_block : !llvm.ptr<3>
      %v16 = llvm.addrspacecast %v15 : !llvm.ptr<3> to !llvm.ptr
      %v17 = llvm.mlir.addressof @running_s4d_fwd_block : !llvm.ptr<3>
      %v18 = llvm.addrspacecast %v17 : !llvm.ptr<3> to !llvm.ptr
      %v30 = arith.constant 32 : i64
      %v33 = arith.constant 0 : i64
      %v35 = arith.constant 8 : i64
      %v41 = arith.constant 0x00000000 : f32
      %v43 = arith.constant 2 : i64
      %v61 = arith.constant 1024 : i64
      %v62 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v63 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v64 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v65 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v66 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v67 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v68 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v69 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v70 = llvm.alloca %v35 x f32 : (i64) -> !llvm.ptr
      %v84 = arith.muli %v2, %size_L : i64
      %v85 = arith.muli %v84, %size_D : i64
      %v93 = arith.constant 0 : i32
      %v95 = arith.constant 1 : i32
      %v97 = arith.constant 2 : i32
      %v99 = arith.constant 3 : i32
      %v101 = arith.constant 4 : i32
      %v103 = arith.constant 5 : i32
      %v105 = arith.constant 6 : i32
      %v107 = arith.constant 7 : i32
      %v112 = arith.constant 3 : i64
      %v114 = arith.constant 4 : i64
      %v116 = arith.constant 5 : i64
      %v118 = arith.constant 6 : i64
      %v120 = arith.constant 7 : i64
      %v130 = arith.constant 0x3FB8AA3B : f32
      %v133 = arith.muli %v2, %v1 : i64
      %v160 = arith.constant 0x3F800000 : f32
      %v303 = arith.constant 32 : i32
      %v334 = arith.constant 8 : i32
      %v345 = arith.constant 16 : i32
      %v356 = arith.constant 31 : i64
      %v430 = arith.constant 128 : i64
      %v523 = arith.constant 64 : i64
      %v530 = arith.muli %v2, %size_B : i64
      %v531 = arith.muli %v530, %size_D : i64
      %v532 = arith.muli %v531, %v1 : i64
      %v535 = arith.muli %v2, %v1 : i64
      %v536 = arith.muli %v535, %size_D : i64
      %v1048 = arith.muli %v2, %size_B : i64
      %v1049 = arith.muli %v1048, %size_D : i64
      %v1050 = arith.muli %v1049, %v1 : i64
      %v19 = gpu.block_id x
      %v20 = gpu.thread_id x
      %v21 = arith.index_cast %v20 : index to i64
      %v22 = arith.index_cast %v19 : index to i64
      %v23 = arith.cmpi slt, %v22, %v4 : i64
      %v24 = arith.subi %v4, %v2 : i64
      %v25 = arith.minsi %v22, %v24 : i64
      %v26 = arith.remui %v25, %size_D : i64
      %v27 = arith.divui %v25, %size_D : i64
      %v28 = arith.remui %v27, %size_B : i64
      %v29 = arith.divui %v27, %size_B : i64
      %v127 = arith.muli %v26, %v2 : i64
      %v128 = llvm.getelementptr %in_log_dt[%v127] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v129 = llvm.load %v128 : !llvm.ptr -> f32
      %v131 = arith.mulf %v129, %v130 fastmath<contract> : f32
      %v132 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v131) : (f32) -> f32
      %v673 = arith.muli %v26, %v2 : i64
      %v674 = llvm.getelementptr %in_Dskip[%v673] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v675 = llvm.load %v674 : !llvm.ptr -> f32
      %v31 = arith.remui %v21, %v30 : i64
      %v32 = arith.divui %v21, %v30 : i64
      %v34 = arith.cmpi eq, %v21, %v33 : i64
      // the state entering the scan, per point
      %v36 = arith.index_cast %v33 : i64 to index
      %v37 = arith.index_cast %v35 : i64 to index
      %v38 = arith.index_cast %v2 : i64 to index
      scf.for %v39 = %v36 to %v37 step %v38 {
        %v40 = arith.index_cast %v39 : index to i64
        llvm.store %v41, %v5 : f32, !llvm.ptr
        llvm.store %v41, %v6 : f32, !llvm.ptr
        scf.if %v34 {
          %v42 = llvm.load %v5 : !llvm.ptr -> f32
          %v44 = arith.muli %v40, %v43 : i64
          %v45 = arith.addi %v44, %v33 : i64
          %v46 = llvm.getelementptr %v18[%v45] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v42, %v46 : f32, !llvm.ptr
          %v47 = llvm.load %v6 : !llvm.ptr -> f32
          %v48 = arith.muli %v40, %v43 : i64
          %v49 = arith.addi %v48, %v2 : i64
          %v50 = llvm.getelementptr %v18[%v49] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v47, %v50 : f32, !llvm.ptr
        }
      }
      gpu.barrier
      %v51 = arith.remui %size_L, %v35 : i64
      %v52 = arith.cmpi eq, %v51, %v33 : i64
      %v53 = llvm.ptrtoint %in_u : !llvm.ptr to i64
      %v54 = arith.remui %v53, %v30 : i64
      %v55 = arith.cmpi eq, %v54, %v33 : i64
      %v56 = arith.andi %v52, %v55 : i1
      %v57 = llvm.ptrtoint %out_y : !llvm.ptr to i64
      %v58 = arith.remui %v57, %v30 : i64
      %v59 = arith.cmpi eq, %v58, %v33 : i64
      %v60 = arith.andi %v56, %v59 : i1
      // the scan, a tile of threads × K steps at a time
      %v71 = arith.index_cast %v33 : i64 to index
      %v72 = arith.index_cast %size_L : i64 to index
      %v73 = arith.index_cast %v61 : i64 to index
      scf.for %v74 = %v71 to %v72 step %v73 {
        %v75 = arith.index_cast %v74 : index to i64
        %v76 = arith.muli %v21, %v35 : i64
        %v77 = arith.addi %v75, %v76 : i64
        %v78 = arith.subi %size_L, %v77 : i64
        %v79 = arith.maxsi %v78, %v33 : i64
        %v80 = arith.minsi %v79, %v35 : i64
        %v81 = arith.addi %v75, %v61 : i64
        %v82 = arith.cmpi sle, %v81, %size_L : i64
        %v83 = arith.andi %v82, %v60 : i1
        scf.if %v83 {
          // 0. the K steps' values every point shares
          %v86 = arith.muli %v28, %v85 : i64
          %v87 = arith.muli %v26, %v84 : i64
          %v88 = arith.addi %v86, %v87 : i64
          %v89 = arith.muli %v77, %v2 : i64
          %v90 = arith.addi %v88, %v89 : i64
          %v91 = llvm.getelementptr %in_u[%v90] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v92 = llvm.load %v91 {alignment = 32 : i64} : !llvm.ptr -> vector<8xf32>
          %v94 = llvm.extractelement %v92[%v93 : i32] : vector<8xf32>
          %v96 = llvm.extractelement %v92[%v95 : i32] : vector<8xf32>
          %v98 = llvm.extractelement %v92[%v97 : i32] : vector<8xf32>
          %v100 = llvm.extractelement %v92[%v99 : i32] : vector<8xf32>
          %v102 = llvm.extractelement %v92[%v101 : i32] : vector<8xf32>
          %v104 = llvm.extractelement %v92[%v103 : i32] : vector<8xf32>
          %v106 = llvm.extractelement %v92[%v105 : i32] : vector<8xf32>
          %v108 = llvm.extractelement %v92[%v107 : i32] : vector<8xf32>
          %v109 = arith.addi %v77, %v33 : i64
          %v110 = arith.addi %v77, %v2 : i64
          %v111 = arith.addi %v77, %v43 : i64
          %v113 = arith.addi %v77, %v112 : i64
          %v115 = arith.addi %v77, %v114 : i64
          %v117 = arith.addi %v77, %v116 : i64
          %v119 = arith.addi %v77, %v118 : i64
          %v121 = arith.addi %v77, %v120 : i64
          llvm.store %v41, %v62 : f32, !llvm.ptr
          llvm.store %v41, %v63 : f32, !llvm.ptr
          llvm.store %v41, %v64 : f32, !llvm.ptr
          llvm.store %v41, %v65 : f32, !llvm.ptr
          llvm.store %v41, %v66 : f32, !llvm.ptr
          llvm.store %v41, %v67 : f32, !llvm.ptr
          llvm.store %v41, %v68 : f32, !llvm.ptr
          llvm.store %v41, %v69 : f32, !llvm.ptr
          %v122 = arith.index_cast %v33 : i64 to index
          %v123 = arith.index_cast %v35 : i64 to index
          %v124 = arith.index_cast %v2 : i64 to index
          scf.for %v125 = %v122 to %v123 step %v124 {
            %v126 = arith.index_cast %v125 : index to i64
            %v134 = arith.muli %v26, %v133 : i64
            %v135 = arith.muli %v126, %v2 : i64
            %v136 = arith.addi %v134, %v135 : i64
            %v137 = llvm.getelementptr %in_A_log[%v136] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v138 = llvm.load %v137 : !llvm.ptr -> f32
            %v139 = arith.mulf %v138, %v130 fastmath<contract> : f32
            %v140 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v139) : (f32) -> f32
            %v141 = arith.negf %v140 : f32
            %v142 = arith.mulf %v132, %v141 fastmath<contract> : f32
            %v143 = arith.mulf %v142, %v130 fastmath<contract> : f32
            %v144 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v143) : (f32) -> f32
            %v145 = arith.mulf %v144, %v130 fastmath<contract> : f32
            %v146 = arith.muli %v26, %v133 : i64
            %v147 = arith.constant 8 : i64
            %v148 = arith.addi %v147, %v126 : i64
            %v149 = arith.muli %v148, %v2 : i64
            %v150 = arith.addi %v146, %v149 : i64
            %v151 = llvm.getelementptr %in_A_log[%v150] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v152 = llvm.load %v151 : !llvm.ptr -> f32
            %v153 = arith.mulf %v152, %v130 fastmath<contract> : f32
            %v154 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v153) : (f32) -> f32
            %v155 = arith.negf %v154 : f32
            %v156 = arith.mulf %v132, %v155 fastmath<contract> : f32
            %v157 = arith.mulf %v156, %v130 fastmath<contract> : f32
            %v158 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v157) : (f32) -> f32
            %v159 = arith.mulf %v158, %v130 fastmath<contract> : f32
            %v161 = arith.subf %v144, %v160 fastmath<contract> : f32
            %v162 = arith.divf %v161, %v141 : f32
            %v163 = arith.muli %v26, %v133 : i64
            %v164 = arith.muli %v126, %v2 : i64
            %v165 = arith.addi %v163, %v164 : i64
            %v166 = llvm.getelementptr %in_Bp[%v165] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v167 = llvm.load %v166 : !llvm.ptr -> f32
            %v168 = arith.mulf %v162, %v167 fastmath<contract> : f32
            %v169 = arith.mulf %v168, %v130 fastmath<contract> : f32
            %v170 = arith.subf %v158, %v160 fastmath<contract> : f32
            %v171 = arith.divf %v170, %v155 : f32
            %v172 = arith.muli %v26, %v133 : i64
            %v173 = arith.constant 8 : i64
            %v174 = arith.addi %v173, %v126 : i64
            %v175 = arith.muli %v174, %v2 : i64
            %v176 = arith.addi %v172, %v175 : i64
            %v177 = llvm.getelementptr %in_Bp[%v176] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v178 = llvm.load %v177 : !llvm.ptr -> f32
            %v179 = arith.mulf %v171, %v178 fastmath<contract> : f32
            %v180 = arith.mulf %v179, %v130 fastmath<contract> : f32
            %v181 = arith.muli %v26, %v133 : i64
            %v182 = arith.muli %v126, %v2 : i64
            %v183 = arith.addi %v181, %v182 : i64
            %v184 = llvm.getelementptr %in_Cp[%v183] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v185 = llvm.load %v184 : !llvm.ptr -> f32
            %v186 = arith.mulf %v185, %v130 fastmath<contract> : f32
            %v187 = arith.muli %v26, %v133 : i64
            %v188 = arith.constant 8 : i64
            %v189 = arith.addi %v188, %v126 : i64
            %v190 = arith.muli %v189, %v2 : i64
            %v191 = arith.addi %v187, %v190 : i64
            %v192 = llvm.getelementptr %in_Cp[%v191] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v193 = llvm.load %v192 : !llvm.ptr -> f32
            %v194 = arith.mulf %v193, %v130 fastmath<contract> : f32
            // 1. this point's K steps composed into one map (A, B)
            llvm.store %v160, %v7 : f32, !llvm.ptr
            llvm.store %v160, %v8 : f32, !llvm.ptr
            llvm.store %v41, %v9 : f32, !llvm.ptr
            llvm.store %v41, %v10 : f32, !llvm.ptr
            %v195 = arith.addi %v77, %v33 : i64
            %v196 = arith.mulf %v168, %v94 fastmath<contract> : f32
            %v197 = llvm.load %v9 : !llvm.ptr -> f32
            %v198 = arith.mulf %v144, %v197 fastmath<contract> : f32
            %v199 = arith.addf %v198, %v196 fastmath<contract> : f32
            %v200 = llvm.load %v7 : !llvm.ptr -> f32
            %v201 = arith.mulf %v144, %v200 fastmath<contract> : f32
            %v202 = arith.mulf %v179, %v94 fastmath<contract> : f32
            %v203 = llvm.load %v10 : !llvm.ptr -> f32
            %v204 = arith.mulf %v158, %v203 fastmath<contract> : f32
            %v205 = arith.addf %v204, %v202 fastmath<contract> : f32
            %v206 = llvm.load %v8 : !llvm.ptr -> f32
            %v207 = arith.mulf %v158, %v206 fastmath<contract> : f32
            llvm.store %v199, %v9 : f32, !llvm.ptr
            llvm.store %v201, %v7 : f32, !llvm.ptr
            llvm.store %v205, %v10 : f32, !llvm.ptr
            llvm.store %v207, %v8 : f32, !llvm.ptr
            %v208 = arith.addi %v77, %v2 : i64
            %v209 = arith.mulf %v168, %v96 fastmath<contract> : f32
            %v210 = llvm.load %v9 : !llvm.ptr -> f32
            %v211 = arith.mulf %v144, %v210 fastmath<contract> : f32
            %v212 = arith.addf %v211, %v209 fastmath<contract> : f32
            %v213 = llvm.load %v7 : !llvm.ptr -> f32
            %v214 = arith.mulf %v144, %v213 fastmath<contract> : f32
            %v215 = arith.mulf %v179, %v96 fastmath<contract> : f32
            %v216 = llvm.load %v10 : !llvm.ptr -> f32
            %v217 = arith.mulf %v158, %v216 fastmath<contract> : f32
            %v218 = arith.addf %v217, %v215 fastmath<contract> : f32
            %v219 = llvm.load %v8 : !llvm.ptr -> f32
            %v220 = arith.mulf %v158, %v219 fastmath<contract> : f32
            llvm.store %v212, %v9 : f32, !llvm.ptr
            llvm.store %v214, %v7 : f32, !llvm.ptr
            llvm.store %v218, %v10 : f32, !llvm.ptr
            llvm.store %v220, %v8 : f32, !llvm.ptr
            %v221 = arith.addi %v77, %v43 : i64
            %v222 = arith.mulf %v168, %v98 fastmath<contract> : f32
            %v223 = llvm.load %v9 : !llvm.ptr -> f32
            %v224 = arith.mulf %v144, %v223 fastmath<contract> : f32
            %v225 = arith.addf %v224, %v222 fastmath<contract> : f32
            %v226 = llvm.load %v7 : !llvm.ptr -> f32
            %v227 = arith.mulf %v144, %v226 fastmath<contract> : f32
            %v228 = arith.mulf %v179, %v98 fastmath<contract> : f32
            %v229 = llvm.load %v10 : !llvm.ptr -> f32
            %v230 = arith.mulf %v158, %v229 fastmath<contract> : f32
            %v231 = arith.addf %v230, %v228 fastmath<contract> : f32
            %v232 = llvm.load %v8 : !llvm.ptr -> f32
            %v233 = arith.mulf %v158, %v232 fastmath<contract> : f32
            llvm.store %v225, %v9 : f32, !llvm.ptr
            llvm.store %v227, %v7 : f32, !llvm.ptr
            llvm.store %v231, %v10 : f32, !llvm.ptr
            llvm.store %v233, %v8 : f32, !llvm.ptr
            %v234 = arith.addi %v77, %v112 : i64
            %v235 = arith.mulf %v168, %v100 fastmath<contract> : f32
            %v236 = llvm.load %v9 : !llvm.ptr -> f32
            %v237 = arith.mulf %v144, %v236 fastmath<contract> : f32
            %v238 = arith.addf %v237, %v235 fastmath<contract> : f32
            %v239 = llvm.load %v7 : !llvm.ptr -> f32
            %v240 = arith.mulf %v144, %v239 fastmath<contract> : f32
            %v241 = arith.mulf %v179, %v100 fastmath<contract> : f32
            %v242 = llvm.load %v10 : !llvm.ptr -> f32
            %v243 = arith.mulf %v158, %v242 fastmath<contract> : f32
            %v244 = arith.addf %v243, %v241 fastmath<contract> : f32
            %v245 = llvm.load %v8 : !llvm.ptr -> f32
            %v246 = arith.mulf %v158, %v245 fastmath<contract> : f32
            llvm.store %v238, %v9 : f32, !llvm.ptr
            llvm.store %v240, %v7 : f32, !llvm.ptr
            llvm.store %v244, %v10 : f32, !llvm.ptr
            llvm.store %v246, %v8 : f32, !llvm.ptr
            %v247 = arith.addi %v77, %v114 : i64
            %v248 = arith.mulf %v168, %v102 fastmath<contract> : f32
            %v249 = llvm.load %v9 : !llvm.ptr -> f32
            %v250 = arith.mulf %v144, %v249 fastmath<contract> : f32
            %v251 = arith.addf %v250, %v248 fastmath<contract> : f32
            %v252 = llvm.load %v7 : !llvm.ptr -> f32
            %v253 = arith.mulf %v144, %v252 fastmath<contract> : f32
            %v254 = arith.mulf %v179, %v102 fastmath<contract> : f32
            %v255 = llvm.load %v10 : !llvm.ptr -> f32
            %v256 = arith.mulf %v158, %v255 fastmath<contract> : f32
            %v257 = arith.addf %v256, %v254 fastmath<contract> : f32
            %v258 = llvm.load %v8 : !llvm.ptr -> f32
            %v259 = arith.mulf %v158, %v258 fastmath<contract> : f32
            llvm.store %v251, %v9 : f32, !llvm.ptr
            llvm.store %v253, %v7 : f32, !llvm.ptr
            llvm.store %v257, %v10 : f32, !llvm.ptr
            llvm.store %v259, %v8 : f32, !llvm.ptr
            %v260 = arith.addi %v77, %v116 : i64
            %v261 = arith.mulf %v168, %v104 fastmath<contract> : f32
            %v262 = llvm.load %v9 : !llvm.ptr -> f32
            %v263 = arith.mulf %v144, %v262 fastmath<contract> : f32
            %v264 = arith.addf %v263, %v261 fastmath<contract> : f32
            %v265 = llvm.load %v7 : !llvm.ptr -> f32
            %v266 = arith.mulf %v144, %v265 fastmath<contract> : f32
            %v267 = arith.mulf %v179, %v104 fastmath<contract> : f32
            %v268 = llvm.load %v10 : !llvm.ptr -> f32
            %v269 = arith.mulf %v158, %v268 fastmath<contract> : f32
            %v270 = arith.addf %v269, %v267 fastmath<contract> : f32
            %v271 = llvm.load %v8 : !llvm.ptr -> f32
            %v272 = arith.mulf %v158, %v271 fastmath<contract> : f32
            llvm.store %v264, %v9 : f32, !llvm.ptr
            llvm.store %v266, %v7 : f32, !llvm.ptr
            llvm.store %v270, %v10 : f32, !llvm.ptr
            llvm.store %v272, %v8 : f32, !llvm.ptr
            %v273 = arith.addi %v77, %v118 : i64
            %v274 = arith.mulf %v168, %v106 fastmath<contract> : f32
            %v275 = llvm.load %v9 : !llvm.ptr -> f32
            %v276 = arith.mulf %v144, %v275 fastmath<contract> : f32
            %v277 = arith.addf %v276, %v274 fastmath<contract> : f32
            %v278 = llvm.load %v7 : !llvm.ptr -> f32
            %v279 = arith.mulf %v144, %v278 fastmath<contract> : f32
            %v280 = arith.mulf %v179, %v106 fastmath<contract> : f32
            %v281 = llvm.load %v10 : !llvm.ptr -> f32
            %v282 = arith.mulf %v158, %v281 fastmath<contract> : f32
            %v283 = arith.addf %v282, %v280 fastmath<contract> : f32
            %v284 = llvm.load %v8 : !llvm.ptr -> f32
            %v285 = arith.mulf %v158, %v284 fastmath<contract> : f32
            llvm.store %v277, %v9 : f32, !llvm.ptr
            llvm.store %v279, %v7 : f32, !llvm.ptr
            llvm.store %v283, %v10 : f32, !llvm.ptr
            llvm.store %v285, %v8 : f32, !llvm.ptr
            %v286 = arith.addi %v77, %v120 : i64
            %v287 = arith.mulf %v168, %v108 fastmath<contract> : f32
            %v288 = llvm.load %v9 : !llvm.ptr -> f32
            %v289 = arith.mulf %v144, %v288 fastmath<contract> : f32
            %v290 = arith.addf %v289, %v287 fastmath<contract> : f32
            %v291 = llvm.load %v7 : !llvm.ptr -> f32
            %v292 = arith.mulf %v144, %v291 fastmath<contract> : f32
            %v293 = arith.mulf %v179, %v108 fastmath<contract> : f32
            %v294 = llvm.load %v10 : !llvm.ptr -> f32
            %v295 = arith.mulf %v158, %v294 fastmath<contract> : f32
            %v296 = arith.addf %v295, %v293 fastmath<contract> : f32
            %v297 = llvm.load %v8 : !llvm.ptr -> f32
            %v298 = arith.mulf %v158, %v297 fastmath<contract> : f32
            llvm.store %v290, %v9 : f32, !llvm.ptr
            llvm.store %v292, %v7 : f32, !llvm.ptr
            llvm.store %v296, %v10 : f32, !llvm.ptr
            llvm.store %v298, %v8 : f32, !llvm.ptr
            // 2. the block's scan of this point's maps
            %v299 = llvm.load %v7 : !llvm.ptr -> f32
            %v300 = llvm.load %v9 : !llvm.ptr -> f32
            %v301 = llvm.load %v8 : !llvm.ptr -> f32
            %v302 = llvm.load %v10 : !llvm.ptr -> f32
            %v304, %v305 = gpu.shuffle up %v299, %v95, %v303 : f32
            %v306, %v307 = gpu.shuffle up %v300, %v95, %v303 : f32
            %v308 = arith.mulf %v299, %v304 fastmath<contract> : f32
            %v309 = arith.mulf %v299, %v306 fastmath<contract> : f32
            %v310 = arith.addf %v309, %v300 fastmath<contract> : f32
            %v311 = arith.cmpi uge, %v31, %v2 : i64
            %v312 = arith.select %v311, %v308, %v299 : f32
            %v313 = arith.select %v311, %v310, %v300 : f32
            %v314, %v315 = gpu.shuffle up %v312, %v97, %v303 : f32
            %v316, %v317 = gpu.shuffle up %v313, %v97, %v303 : f32
            %v318 = arith.mulf %v312, %v314 fastmath<contract> : f32
            %v319 = arith.mulf %v312, %v316 fastmath<contract> : f32
            %v320 = arith.addf %v319, %v313 fastmath<contract> : f32
            %v321 = arith.cmpi uge, %v31, %v43 : i64
            %v322 = arith.select %v321, %v318, %v312 : f32
            %v323 = arith.select %v321, %v320, %v313 : f32
            %v324, %v325 = gpu.shuffle up %v322, %v101, %v303 : f32
            %v326, %v327 = gpu.shuffle up %v323, %v101, %v303 : f32
            %v328 = arith.mulf %v322, %v324 fastmath<contract> : f32
            %v329 = arith.mulf %v322, %v326 fastmath<contract> : f32
            %v330 = arith.addf %v329, %v323 fastmath<contract> : f32
            %v331 = arith.cmpi uge, %v31, %v114 : i64
            %v332 = arith.select %v331, %v328, %v322 : f32
            %v333 = arith.select %v331, %v330, %v323 : f32
            %v335, %v336 = gpu.shuffle up %v332, %v334, %v303 : f32
            %v337, %v338 = gpu.shuffle up %v333, %v334, %v303 : f32
            %v339 = arith.mulf %v332, %v335 fastmath<contract> : f32
            %v340 = arith.mulf %v332, %v337 fastmath<contract> : f32
            %v341 = arith.addf %v340, %v333 fastmath<contract> : f32
            %v342 = arith.cmpi uge, %v31, %v35 : i64
            %v343 = arith.select %v342, %v339, %v332 : f32
            %v344 = arith.select %v342, %v341, %v333 : f32
            %v346, %v347 = gpu.shuffle up %v343, %v345, %v303 : f32
            %v348, %v349 = gpu.shuffle up %v344, %v345, %v303 : f32
            %v350 = arith.mulf %v343, %v346 fastmath<contract> : f32
            %v351 = arith.mulf %v343, %v348 fastmath<contract> : f32
            %v352 = arith.addf %v351, %v344 fastmath<contract> : f32
            %v353 = arith.cmpi uge, %v31, %v1 : i64
            %v354 = arith.select %v353, %v350, %v343 : f32
            %v355 = arith.select %v353, %v352, %v344 : f32
            %v357 = arith.cmpi eq, %v31, %v356 : i64
            %v358 = arith.addi %v33, %v32 : i64
            scf.if %v357 {
              %v359 = llvm.getelementptr %v14[%v358] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v354, %v359 : f32, !llvm.ptr
              %v360 = llvm.getelementptr %v16[%v358] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v355, %v360 : f32, !llvm.ptr
            }
            %v361, %v362 = gpu.shuffle up %v354, %v95, %v303 : f32
            %v363, %v364 = gpu.shuffle up %v355, %v95, %v303 : f32
            %v365 = arith.cmpi eq, %v31, %v33 : i64
            %v366 = arith.select %v365, %v160, %v361 : f32
            %v367 = arith.select %v365, %v41, %v363 : f32
            %v368, %v369 = gpu.shuffle up %v301, %v95, %v303 : f32
            %v370, %v371 = gpu.shuffle up %v302, %v95, %v303 : f32
            %v372 = arith.mulf %v301, %v368 fastmath<contract> : f32
            %v373 = arith.mulf %v301, %v370 fastmath<contract> : f32
            %v374 = arith.addf %v373, %v302 fastmath<contract> : f32
            %v375 = arith.cmpi uge, %v31, %v2 : i64
            %v376 = arith.select %v375, %v372, %v301 : f32
            %v377 = arith.select %v375, %v374, %v302 : f32
            %v378, %v379 = gpu.shuffle up %v376, %v97, %v303 : f32
            %v380, %v381 = gpu.shuffle up %v377, %v97, %v303 : f32
            %v382 = arith.mulf %v376, %v378 fastmath<contract> : f32
            %v383 = arith.mulf %v376, %v380 fastmath<contract> : f32
            %v384 = arith.addf %v383, %v377 fastmath<contract> : f32
            %v385 = arith.cmpi uge, %v31, %v43 : i64
            %v386 = arith.select %v385, %v382, %v376 : f32
            %v387 = arith.select %v385, %v384, %v377 : f32
            %v388, %v389 = gpu.shuffle up %v386, %v101, %v303 : f32
            %v390, %v391 = gpu.shuffle up %v387, %v101, %v303 : f32
            %v392 = arith.mulf %v386, %v388 fastmath<contract> : f32
            %v393 = arith.mulf %v386, %v390 fastmath<contract> : f32
            %v394 = arith.addf %v393, %v387 fastmath<contract> : f32
            %v395 = arith.cmpi uge, %v31, %v114 : i64
            %v396 = arith.select %v395, %v392, %v386 : f32
            %v397 = arith.select %v395, %v394, %v387 : f32
            %v398, %v399 = gpu.shuffle up %v396, %v334, %v303 : f32
            %v400, %v401 = gpu.shuffle up %v397, %v334, %v303 : f32
            %v402 = arith.mulf %v396, %v398 fastmath<contract> : f32
            %v403 = arith.mulf %v396, %v400 fastmath<contract> : f32
            %v404 = arith.addf %v403, %v397 fastmath<contract> : f32
            %v405 = arith.cmpi uge, %v31, %v35 : i64
            %v406 = arith.select %v405, %v402, %v396 : f32
            %v407 = arith.select %v405, %v404, %v397 : f32
            %v408, %v409 = gpu.shuffle up %v406, %v345, %v303 : f32
            %v410, %v411 = gpu.shuffle up %v407, %v345, %v303 : f32
            %v412 = arith.mulf %v406, %v408 fastmath<contract> : f32
            %v413 = arith.mulf %v406, %v410 fastmath<contract> : f32
            %v414 = arith.addf %v413, %v407 fastmath<contract> : f32
            %v415 = arith.cmpi uge, %v31, %v1 : i64
            %v416 = arith.select %v415, %v412, %v406 : f32
            %v417 = arith.select %v415, %v414, %v407 : f32
            %v418 = arith.cmpi eq, %v31, %v356 : i64
            %v419 = arith.addi %v116, %v32 : i64
            scf.if %v418 {
              %v420 = llvm.getelementptr %v14[%v419] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v416, %v420 : f32, !llvm.ptr
              %v421 = llvm.getelementptr %v16[%v419] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v417, %v421 : f32, !llvm.ptr
            }
            %v422, %v423 = gpu.shuffle up %v416, %v95, %v303 : f32
            %v424, %v425 = gpu.shuffle up %v417, %v95, %v303 : f32
            %v426 = arith.cmpi eq, %v31, %v33 : i64
            %v427 = arith.select %v426, %v160, %v422 : f32
            %v428 = arith.select %v426, %v41, %v424 : f32
            // across warps: the warps' maps before this one's, and the whole tile's
            gpu.barrier
            %v429 = arith.addi %v33, %v21 : i64
            %v431 = arith.index_cast %v429 : i64 to index
            %v432 = arith.index_cast %v43 : i64 to index
            %v433 = arith.index_cast %v430 : i64 to index
            scf.for %v434 = %v431 to %v432 step %v433 {
              %v435 = arith.index_cast %v434 : index to i64
              %v436 = arith.muli %v435, %v116 : i64
              %v437 = arith.addi %v436, %v33 : i64
              %v438 = llvm.getelementptr %v14[%v437] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v439 = llvm.load %v438 : !llvm.ptr -> f32
              %v440 = llvm.getelementptr %v16[%v437] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v441 = llvm.load %v440 : !llvm.ptr -> f32
              %v442 = llvm.getelementptr %v14[%v437] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v160, %v442 : f32, !llvm.ptr
              %v443 = llvm.getelementptr %v16[%v437] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v41, %v443 : f32, !llvm.ptr
              %v444 = arith.mulf %v439, %v160 fastmath<contract> : f32
              %v445 = arith.mulf %v439, %v41 fastmath<contract> : f32
              %v446 = arith.addf %v445, %v441 fastmath<contract> : f32
              %v447 = arith.addi %v436, %v2 : i64
              %v448 = llvm.getelementptr %v14[%v447] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v449 = llvm.load %v448 : !llvm.ptr -> f32
              %v450 = llvm.getelementptr %v16[%v447] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v451 = llvm.load %v450 : !llvm.ptr -> f32
              %v452 = llvm.getelementptr %v14[%v447] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v444, %v452 : f32, !llvm.ptr
              %v453 = llvm.getelementptr %v16[%v447] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v446, %v453 : f32, !llvm.ptr
              %v454 = arith.mulf %v449, %v444 fastmath<contract> : f32
              %v455 = arith.mulf %v449, %v446 fastmath<contract> : f32
              %v456 = arith.addf %v455, %v451 fastmath<contract> : f32
              %v457 = arith.addi %v436, %v43 : i64
              %v458 = llvm.getelementptr %v14[%v457] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v459 = llvm.load %v458 : !llvm.ptr -> f32
              %v460 = llvm.getelementptr %v16[%v457] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v461 = llvm.load %v460 : !llvm.ptr -> f32
              %v462 = llvm.getelementptr %v14[%v457] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v454, %v462 : f32, !llvm.ptr
              %v463 = llvm.getelementptr %v16[%v457] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v456, %v463 : f32, !llvm.ptr
              %v464 = arith.mulf %v459, %v454 fastmath<contract> : f32
              %v465 = arith.mulf %v459, %v456 fastmath<contract> : f32
              %v466 = arith.addf %v465, %v461 fastmath<contract> : f32
              %v467 = arith.addi %v436, %v112 : i64
              %v468 = llvm.getelementptr %v14[%v467] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v469 = llvm.load %v468 : !llvm.ptr -> f32
              %v470 = llvm.getelementptr %v16[%v467] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v471 = llvm.load %v470 : !llvm.ptr -> f32
              %v472 = llvm.getelementptr %v14[%v467] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v464, %v472 : f32, !llvm.ptr
              %v473 = llvm.getelementptr %v16[%v467] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v466, %v473 : f32, !llvm.ptr
              %v474 = arith.mulf %v469, %v464 fastmath<contract> : f32
              %v475 = arith.mulf %v469, %v466 fastmath<contract> : f32
              %v476 = arith.addf %v475, %v471 fastmath<contract> : f32
              %v477 = arith.addi %v436, %v114 : i64
              %v478 = llvm.getelementptr %v14[%v477] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v474, %v478 : f32, !llvm.ptr
              %v479 = llvm.getelementptr %v16[%v477] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v476, %v479 : f32, !llvm.ptr
            }
            gpu.barrier
            %v480 = arith.addi %v33, %v32 : i64
            %v481 = llvm.getelementptr %v14[%v480] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v482 = llvm.load %v481 : !llvm.ptr -> f32
            %v483 = llvm.getelementptr %v16[%v480] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v484 = llvm.load %v483 : !llvm.ptr -> f32
            %v485 = arith.addi %v33, %v114 : i64
            %v486 = llvm.getelementptr %v14[%v485] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v487 = llvm.load %v486 : !llvm.ptr -> f32
            %v488 = llvm.getelementptr %v16[%v485] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v489 = llvm.load %v488 : !llvm.ptr -> f32
            %v490 = arith.mulf %v366, %v482 fastmath<contract> : f32
            %v491 = arith.mulf %v366, %v484 fastmath<contract> : f32
            %v492 = arith.addf %v491, %v367 fastmath<contract> : f32
            %v493 = arith.addi %v116, %v32 : i64
            %v494 = llvm.getelementptr %v14[%v493] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v495 = llvm.load %v494 : !llvm.ptr -> f32
            %v496 = llvm.getelementptr %v16[%v493] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v497 = llvm.load %v496 : !llvm.ptr -> f32
            %v498 = arith.addi %v116, %v114 : i64
            %v499 = llvm.getelementptr %v14[%v498] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v500 = llvm.load %v499 : !llvm.ptr -> f32
            %v501 = llvm.getelementptr %v16[%v498] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v502 = llvm.load %v501 : !llvm.ptr -> f32
            %v503 = arith.mulf %v427, %v495 fastmath<contract> : f32
            %v504 = arith.mulf %v427, %v497 fastmath<contract> : f32
            %v505 = arith.addf %v504, %v428 fastmath<contract> : f32
            %v506 = arith.muli %v126, %v43 : i64
            %v507 = arith.addi %v506, %v33 : i64
            %v508 = llvm.getelementptr %v18[%v507] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v509 = llvm.load %v508 : !llvm.ptr -> f32
            %v510 = arith.mulf %v490, %v509 fastmath<contract> : f32
            %v511 = arith.addf %v510, %v492 fastmath<contract> : f32
            llvm.store %v511, %v5 : f32, !llvm.ptr
            %v512 = arith.mulf %v487, %v509 fastmath<contract> : f32
            %v513 = arith.addf %v512, %v489 fastmath<contract> : f32
            %v514 = arith.muli %v126, %v43 : i64
            %v515 = arith.addi %v514, %v2 : i64
            %v516 = llvm.getelementptr %v18[%v515] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v517 = llvm.load %v516 : !llvm.ptr -> f32
            %v518 = arith.mulf %v503, %v517 fastmath<contract> : f32
            %v519 = arith.addf %v518, %v505 fastmath<contract> : f32
            llvm.store %v519, %v6 : f32, !llvm.ptr
            %v520 = arith.mulf %v500, %v517 fastmath<contract> : f32
            %v521 = arith.addf %v520, %v502 fastmath<contract> : f32
            // 3. the K steps again: checkpoints, outputs at this point, sums' terms
            %v522 = arith.addi %v77, %v33 : i64
            // save the states at checkpoint steps (when given somewhere to save them)
            %v524 = arith.remui %v522, %v523 : i64
            %v525 = arith.cmpi eq, %v524, %v33 : i64
            %v526 = arith.andi %v525, %v23 : i1
            scf.if %v526 {
              %v527 = arith.divui %v522, %v523 : i64
              %v528 = llvm.mlir.zero : !llvm.ptr
              %v529 = llvm.icmp "ne" %ckpt_h, %v528 : !llvm.ptr
              scf.if %v529 {
                %v533 = arith.muli %v527, %v532 : i64
                %v534 = llvm.load %v5 : !llvm.ptr -> f32
                %v537 = arith.muli %v28, %v536 : i64
                %v538 = arith.muli %v26, %v535 : i64
                %v539 = arith.addi %v537, %v538 : i64
                %v540 = arith.muli %v126, %v2 : i64
                %v541 = arith.addi %v539, %v540 : i64
                %v542 = arith.addi %v533, %v541 : i64
                %v543 = llvm.getelementptr %ckpt_h[%v542] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                llvm.store %v534, %v543 : f32, !llvm.ptr
                %v544 = llvm.load %v6 : !llvm.ptr -> f32
                %v545 = arith.muli %v28, %v536 : i64
                %v546 = arith.muli %v26, %v535 : i64
                %v547 = arith.addi %v545, %v546 : i64
                %v548 = arith.constant 8 : i64
                %v549 = arith.addi %v548, %v126 : i64
                %v550 = arith.muli %v549, %v2 : i64
                %v551 = arith.addi %v547, %v550 : i64
                %v552 = arith.addi %v533, %v551 : i64
                %v553 = llvm.getelementptr %ckpt_h[%v552] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                llvm.store %v544, %v553 : f32, !llvm.ptr
              }
            }
            // end save
            %v554 = llvm.load %v5 : !llvm.ptr -> f32
            %v555 = arith.mulf %v144, %v554 fastmath<contract> : f32
            %v556 = arith.addf %v555, %v196 fastmath<contract> : f32
            %v557 = llvm.load %v6 : !llvm.ptr -> f32
            %v558 = arith.mulf %v158, %v557 fastmath<contract> : f32
            %v559 = arith.addf %v558, %v202 fastmath<contract> : f32
            llvm.store %v556, %v5 : f32, !llvm.ptr
            llvm.store %v559, %v6 : f32, !llvm.ptr
            %v560 = llvm.load %v5 : !llvm.ptr -> f32
            %v561 = arith.mulf %v185, %v560 fastmath<contract> : f32
            %v562 = llvm.load %v6 : !llvm.ptr -> f32
            %v563 = arith.mulf %v193, %v562 fastmath<contract> : f32
            %v564 = arith.addf %v561, %v563 fastmath<contract> : f32
            %v565 = llvm.load %v62 : !llvm.ptr -> f32
            %v566 = arith.addf %v565, %v564 fastmath<contract> : f32
            llvm.store %v566, %v62 : f32, !llvm.ptr
            %v567 = arith.addi %v77, %v2 : i64
            %v568 = llvm.load %v5 : !llvm.ptr -> f32
            %v569 = arith.mulf %v144, %v568 fastmath<contract> : f32
            %v570 = arith.addf %v569, %v209 fastmath<contract> : f32
            %v571 = llvm.load %v6 : !llvm.ptr -> f32
            %v572 = arith.mulf %v158, %v571 fastmath<contract> : f32
            %v573 = arith.addf %v572, %v215 fastmath<contract> : f32
            llvm.store %v570, %v5 : f32, !llvm.ptr
            llvm.store %v573, %v6 : f32, !llvm.ptr
            %v574 = llvm.load %v5 : !llvm.ptr -> f32
            %v575 = arith.mulf %v185, %v574 fastmath<contract> : f32
            %v576 = llvm.load %v6 : !llvm.ptr -> f32
            %v577 = arith.mulf %v193, %v576 fastmath<contract> : f32
            %v578 = arith.addf %v575, %v577 fastmath<contract> : f32
            %v579 = llvm.load %v63 : !llvm.ptr -> f32
            %v580 = arith.addf %v579, %v578 fastmath<contract> : f32
            llvm.store %v580, %v63 : f32, !llvm.ptr
            %v581 = arith.addi %v77, %v43 : i64
            %v582 = llvm.load %v5 : !llvm.ptr -> f32
            %v583 = arith.mulf %v144, %v582 fastmath<contract> : f32
            %v584 = arith.addf %v583, %v222 fastmath<contract> : f32
            %v585 = llvm.load %v6 : !llvm.ptr -> f32
            %v586 = arith.mulf %v158, %v585 fastmath<contract> : f32
            %v587 = arith.addf %v586, %v228 fastmath<contract> : f32
            llvm.store %v584, %v5 : f32, !llvm.ptr
            llvm.store %v587, %v6 : f32, !llvm.ptr
            %v588 = llvm.load %v5 : !llvm.ptr -> f32
            %v589 = arith.mulf %v185, %v588 fastmath<contract> : f32
            %v590 = llvm.load %v6 : !llvm.ptr -> f32
            %v591 = arith.mulf %v193, %v590 fastmath<contract> : f32
            %v592 = arith.addf %v589, %v591 fastmath<contract> : f32
            %v593 = llvm.load %v64 : !llvm.ptr -> f32
            %v594 = arith.addf %v593, %v592 fastmath<contract> : f32
            llvm.store %v594, %v64 : f32, !llvm.ptr
            %v595 = arith.addi %v77, %v112 : i64
            %v596 = llvm.load %v5 : !llvm.ptr -> f32
            %v597 = arith.mulf %v144, %v596 fastmath<contract> : f32
            %v598 = arith.addf %v597, %v235 fastmath<contract> : f32
            %v599 = llvm.load %v6 : !llvm.ptr -> f32
            %v600 = arith.mulf %v158, %v599 fastmath<contract> : f32
            %v601 = arith.addf %v600, %v241 fastmath<contract> : f32
            llvm.store %v598, %v5 : f32, !llvm.ptr
            llvm.store %v601, %v6 : f32, !llvm.ptr
            %v602 = llvm.load %v5 : !llvm.ptr -> f32
            %v603 = arith.mulf %v185, %v602 fastmath<contract> : f32
            %v604 = llvm.load %v6 : !llvm.ptr -> f32
            %v605 = arith.mulf %v193, %v604 fastmath<contract> : f32
            %v606 = arith.addf %v603, %v605 fastmath<contract> : f32
            %v607 = llvm.load %v65 : !llvm.ptr -> f32
            %v608 = arith.addf %v607, %v606 fastmath<contract> : f32
            llvm.store %v608, %v65 : f32, !llvm.ptr
            %v609 = arith.addi %v77, %v114 : i64
            %v610 = llvm.load %v5 : !llvm.ptr -> f32
            %v611 = arith.mulf %v144, %v610 fastmath<contract> : f32
            %v612 = arith.addf %v611, %v248 fastmath<contract> : f32
            %v613 = llvm.load %v6 : !llvm.ptr -> f32
            %v614 = arith.mulf %v158, %v613 fastmath<contract> : f32
            %v615 = arith.addf %v614, %v254 fastmath<contract> : f32
            llvm.store %v612, %v5 : f32, !llvm.ptr
            llvm.store %v615, %v6 : f32, !llvm.ptr
            %v616 = llvm.load %v5 : !llvm.ptr -> f32
            %v617 = arith.mulf %v185, %v616 fastmath<contract> : f32
            %v618 = llvm.load %v6 : !llvm.ptr -> f32
            %v619 = arith.mulf %v193, %v618 fastmath<contract> : f32
            %v620 = arith.addf %v617, %v619 fastmath<contract> : f32
            %v621 = llvm.load %v66 : !llvm.ptr -> f32
            %v622 = arith.addf %v621, %v620 fastmath<contract> : f32
            llvm.store %v622, %v66 : f32, !llvm.ptr
            %v623 = arith.addi %v77, %v116 : i64
            %v624 = llvm.load %v5 : !llvm.ptr -> f32
            %v625 = arith.mulf %v144, %v624 fastmath<contract> : f32
            %v626 = arith.addf %v625, %v261 fastmath<contract> : f32
            %v627 = llvm.load %v6 : !llvm.ptr -> f32
            %v628 = arith.mulf %v158, %v627 fastmath<contract> : f32
            %v629 = arith.addf %v628, %v267 fastmath<contract> : f32
            llvm.store %v626, %v5 : f32, !llvm.ptr
            llvm.store %v629, %v6 : f32, !llvm.ptr
            %v630 = llvm.load %v5 : !llvm.ptr -> f32
            %v631 = arith.mulf %v185, %v630 fastmath<contract> : f32
            %v632 = llvm.load %v6 : !llvm.ptr -> f32
            %v633 = arith.mulf %v193, %v632 fastmath<contract> : f32
            %v634 = arith.addf %v631, %v633 fastmath<contract> : f32
            %v635 = llvm.load %v67 : !llvm.ptr -> f32
            %v636 = arith.addf %v635, %v634 fastmath<contract> : f32
            llvm.store %v636, %v67 : f32, !llvm.ptr
            %v637 = arith.addi %v77, %v118 : i64
            %v638 = llvm.load %v5 : !llvm.ptr -> f32
            %v639 = arith.mulf %v144, %v638 fastmath<contract> : f32
            %v640 = arith.addf %v639, %v274 fastmath<contract> : f32
            %v641 = llvm.load %v6 : !llvm.ptr -> f32
            %v642 = arith.mulf %v158, %v641 fastmath<contract> : f32
            %v643 = arith.addf %v642, %v280 fastmath<contract> : f32
            llvm.store %v640, %v5 : f32, !llvm.ptr
            llvm.store %v643, %v6 : f32, !llvm.ptr
            %v644 = llvm.load %v5 : !llvm.ptr -> f32
            %v645 = arith.mulf %v185, %v644 fastmath<contract> : f32
            %v646 = llvm.load %v6 : !llvm.ptr -> f32
            %v647 = arith.mulf %v193, %v646 fastmath<contract> : f32
            %v648 = arith.addf %v645, %v647 fastmath<contract> : f32
            %v649 = llvm.load %v68 : !llvm.ptr -> f32
            %v650 = arith.addf %v649, %v648 fastmath<contract> : f32
            llvm.store %v650, %v68 : f32, !llvm.ptr
            %v651 = arith.addi %v77, %v120 : i64
            %v652 = llvm.load %v5 : !llvm.ptr -> f32
            %v653 = arith.mulf %v144, %v652 fastmath<contract> : f32
            %v654 = arith.addf %v653, %v287 fastmath<contract> : f32
            %v655 = llvm.load %v6 : !llvm.ptr -> f32
            %v656 = arith.mulf %v158, %v655 fastmath<contract> : f32
            %v657 = arith.addf %v656, %v293 fastmath<contract> : f32
            llvm.store %v654, %v5 : f32, !llvm.ptr
            llvm.store %v657, %v6 : f32, !llvm.ptr
            %v658 = llvm.load %v5 : !llvm.ptr -> f32
            %v659 = arith.mulf %v185, %v658 fastmath<contract> : f32
            %v660 = llvm.load %v6 : !llvm.ptr -> f32
            %v661 = arith.mulf %v193, %v660 fastmath<contract> : f32
            %v662 = arith.addf %v659, %v661 fastmath<contract> : f32
            %v663 = llvm.load %v69 : !llvm.ptr -> f32
            %v664 = arith.addf %v663, %v662 fastmath<contract> : f32
            llvm.store %v664, %v69 : f32, !llvm.ptr
            gpu.barrier
            scf.if %v34 {
              %v665 = arith.muli %v126, %v43 : i64
              %v666 = arith.addi %v665, %v33 : i64
              %v667 = llvm.getelementptr %v18[%v666] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v513, %v667 : f32, !llvm.ptr
              %v668 = arith.muli %v126, %v43 : i64
              %v669 = arith.addi %v668, %v2 : i64
              %v670 = llvm.getelementptr %v18[%v669] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v521, %v670 : f32, !llvm.ptr
            }
          }
          // 4. the outputs summed over the points, K steps per vector store
          %v671 = arith.addi %v77, %v33 : i64
          %v672 = llvm.load %v62 : !llvm.ptr -> f32
          %v676 = arith.mulf %v94, %v675 fastmath<contract> : f32
          %v677 = arith.addf %v672, %v676 fastmath<contract> : f32
          %v678 = arith.addi %v77, %v2 : i64
          %v679 = llvm.load %v63 : !llvm.ptr -> f32
          %v680 = arith.mulf %v96, %v675 fastmath<contract> : f32
          %v681 = arith.addf %v679, %v680 fastmath<contract> : f32
          %v682 = arith.addi %v77, %v43 : i64
          %v683 = llvm.load %v64 : !llvm.ptr -> f32
          %v684 = arith.mulf %v98, %v675 fastmath<contract> : f32
          %v685 = arith.addf %v683, %v684 fastmath<contract> : f32
          %v686 = arith.addi %v77, %v112 : i64
          %v687 = llvm.load %v65 : !llvm.ptr -> f32
          %v688 = arith.mulf %v100, %v675 fastmath<contract> : f32
          %v689 = arith.addf %v687, %v688 fastmath<contract> : f32
          %v690 = arith.addi %v77, %v114 : i64
          %v691 = llvm.load %v66 : !llvm.ptr -> f32
          %v692 = arith.mulf %v102, %v675 fastmath<contract> : f32
          %v693 = arith.addf %v691, %v692 fastmath<contract> : f32
          %v694 = arith.addi %v77, %v116 : i64
          %v695 = llvm.load %v67 : !llvm.ptr -> f32
          %v696 = arith.mulf %v104, %v675 fastmath<contract> : f32
          %v697 = arith.addf %v695, %v696 fastmath<contract> : f32
          %v698 = arith.addi %v77, %v118 : i64
          %v699 = llvm.load %v68 : !llvm.ptr -> f32
          %v700 = arith.mulf %v106, %v675 fastmath<contract> : f32
          %v701 = arith.addf %v699, %v700 fastmath<contract> : f32
          %v702 = arith.addi %v77, %v120 : i64
          %v703 = llvm.load %v69 : !llvm.ptr -> f32
          %v704 = arith.mulf %v108, %v675 fastmath<contract> : f32
          %v705 = arith.addf %v703, %v704 fastmath<contract> : f32
          %v706 = llvm.mlir.undef : vector<8xf32>
          %v707 = llvm.insertelement %v677, %v706[%v93 : i32] : vector<8xf32>
          %v708 = llvm.insertelement %v681, %v707[%v95 : i32] : vector<8xf32>
          %v709 = llvm.insertelement %v685, %v708[%v97 : i32] : vector<8xf32>
          %v710 = llvm.insertelement %v689, %v709[%v99 : i32] : vector<8xf32>
          %v711 = llvm.insertelement %v693, %v710[%v101 : i32] : vector<8xf32>
          %v712 = llvm.insertelement %v697, %v711[%v103 : i32] : vector<8xf32>
          %v713 = llvm.insertelement %v701, %v712[%v105 : i32] : vector<8xf32>
          %v714 = llvm.insertelement %v705, %v713[%v107 : i32] : vector<8xf32>
          %v715 = arith.muli %v28, %v85 : i64
          %v716 = arith.muli %v26, %v84 : i64
          %v717 = arith.addi %v715, %v716 : i64
          %v718 = arith.muli %v77, %v2 : i64
          %v719 = arith.addi %v717, %v718 : i64
          %v720 = llvm.getelementptr %out_y[%v719] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          scf.if %v23 {
            llvm.store %v714, %v720 {alignment = 32 : i64} : vector<8xf32>, !llvm.ptr
          }
        } else {
          %v721 = arith.index_cast %v33 : i64 to index
          %v722 = arith.index_cast %v80 : i64 to index
          %v723 = arith.index_cast %v2 : i64 to index
          scf.for %v724 = %v721 to %v722 step %v723 {
            %v725 = arith.index_cast %v724 : index to i64
            %v726 = llvm.getelementptr %v70[%v725] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v41, %v726 : f32, !llvm.ptr
          }
          %v727 = arith.index_cast %v33 : i64 to index
          %v728 = arith.index_cast %v35 : i64 to index
          %v729 = arith.index_cast %v2 : i64 to index
          scf.for %v730 = %v727 to %v728 step %v729 {
            %v731 = arith.index_cast %v730 : index to i64
            %v732 = arith.muli %v26, %v133 : i64
            %v733 = arith.muli %v731, %v2 : i64
            %v734 = arith.addi %v732, %v733 : i64
            %v735 = llvm.getelementptr %in_A_log[%v734] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v736 = llvm.load %v735 : !llvm.ptr -> f32
            %v737 = arith.mulf %v736, %v130 fastmath<contract> : f32
            %v738 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v737) : (f32) -> f32
            %v739 = arith.negf %v738 : f32
            %v740 = arith.mulf %v132, %v739 fastmath<contract> : f32
            %v741 = arith.mulf %v740, %v130 fastmath<contract> : f32
            %v742 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v741) : (f32) -> f32
            %v743 = arith.mulf %v742, %v130 fastmath<contract> : f32
            %v744 = arith.muli %v26, %v133 : i64
            %v745 = arith.constant 8 : i64
            %v746 = arith.addi %v745, %v731 : i64
            %v747 = arith.muli %v746, %v2 : i64
            %v748 = arith.addi %v744, %v747 : i64
            %v749 = llvm.getelementptr %in_A_log[%v748] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v750 = llvm.load %v749 : !llvm.ptr -> f32
            %v751 = arith.mulf %v750, %v130 fastmath<contract> : f32
            %v752 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v751) : (f32) -> f32
            %v753 = arith.negf %v752 : f32
            %v754 = arith.mulf %v132, %v753 fastmath<contract> : f32
            %v755 = arith.mulf %v754, %v130 fastmath<contract> : f32
            %v756 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v755) : (f32) -> f32
            %v757 = arith.mulf %v756, %v130 fastmath<contract> : f32
            %v758 = arith.subf %v742, %v160 fastmath<contract> : f32
            %v759 = arith.divf %v758, %v739 : f32
            %v760 = arith.muli %v26, %v133 : i64
            %v761 = arith.muli %v731, %v2 : i64
            %v762 = arith.addi %v760, %v761 : i64
            %v763 = llvm.getelementptr %in_Bp[%v762] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v764 = llvm.load %v763 : !llvm.ptr -> f32
            %v765 = arith.mulf %v759, %v764 fastmath<contract> : f32
            %v766 = arith.mulf %v765, %v130 fastmath<contract> : f32
            %v767 = arith.subf %v756, %v160 fastmath<contract> : f32
            %v768 = arith.divf %v767, %v753 : f32
            %v769 = arith.muli %v26, %v133 : i64
            %v770 = arith.constant 8 : i64
            %v771 = arith.addi %v770, %v731 : i64
            %v772 = arith.muli %v771, %v2 : i64
            %v773 = arith.addi %v769, %v772 : i64
            %v774 = llvm.getelementptr %in_Bp[%v773] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v775 = llvm.load %v774 : !llvm.ptr -> f32
            %v776 = arith.mulf %v768, %v775 fastmath<contract> : f32
            %v777 = arith.mulf %v776, %v130 fastmath<contract> : f32
            %v778 = arith.muli %v26, %v133 : i64
            %v779 = arith.muli %v731, %v2 : i64
            %v780 = arith.addi %v778, %v779 : i64
            %v781 = llvm.getelementptr %in_Cp[%v780] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v782 = llvm.load %v781 : !llvm.ptr -> f32
            %v783 = arith.mulf %v782, %v130 fastmath<contract> : f32
            %v784 = arith.muli %v26, %v133 : i64
            %v785 = arith.constant 8 : i64
            %v786 = arith.addi %v785, %v731 : i64
            %v787 = arith.muli %v786, %v2 : i64
            %v788 = arith.addi %v784, %v787 : i64
            %v789 = llvm.getelementptr %in_Cp[%v788] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v790 = llvm.load %v789 : !llvm.ptr -> f32
            %v791 = arith.mulf %v790, %v130 fastmath<contract> : f32
            llvm.store %v160, %v7 : f32, !llvm.ptr
            llvm.store %v160, %v8 : f32, !llvm.ptr
            llvm.store %v41, %v9 : f32, !llvm.ptr
            llvm.store %v41, %v10 : f32, !llvm.ptr
            %v792 = arith.index_cast %v33 : i64 to index
            %v793 = arith.index_cast %v80 : i64 to index
            %v794 = arith.index_cast %v2 : i64 to index
            scf.for %v795 = %v792 to %v793 step %v794 {
              %v796 = arith.index_cast %v795 : index to i64
              %v797 = arith.addi %v77, %v796 : i64
              %v798 = arith.muli %v28, %v85 : i64
              %v799 = arith.muli %v26, %v84 : i64
              %v800 = arith.addi %v798, %v799 : i64
              %v801 = arith.muli %v797, %v2 : i64
              %v802 = arith.addi %v800, %v801 : i64
              %v803 = llvm.getelementptr %in_u[%v802] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v804 = llvm.load %v803 : !llvm.ptr -> f32
              %v805 = arith.mulf %v765, %v804 fastmath<contract> : f32
              %v806 = llvm.load %v9 : !llvm.ptr -> f32
              %v807 = arith.mulf %v742, %v806 fastmath<contract> : f32
              %v808 = arith.addf %v807, %v805 fastmath<contract> : f32
              %v809 = llvm.load %v7 : !llvm.ptr -> f32
              %v810 = arith.mulf %v742, %v809 fastmath<contract> : f32
              %v811 = arith.mulf %v776, %v804 fastmath<contract> : f32
              %v812 = llvm.load %v10 : !llvm.ptr -> f32
              %v813 = arith.mulf %v756, %v812 fastmath<contract> : f32
              %v814 = arith.addf %v813, %v811 fastmath<contract> : f32
              %v815 = llvm.load %v8 : !llvm.ptr -> f32
              %v816 = arith.mulf %v756, %v815 fastmath<contract> : f32
              llvm.store %v808, %v9 : f32, !llvm.ptr
              llvm.store %v810, %v7 : f32, !llvm.ptr
              llvm.store %v814, %v10 : f32, !llvm.ptr
              llvm.store %v816, %v8 : f32, !llvm.ptr
            }
            %v817 = llvm.load %v7 : !llvm.ptr -> f32
            %v818 = llvm.load %v9 : !llvm.ptr -> f32
            %v819 = llvm.load %v8 : !llvm.ptr -> f32
            %v820 = llvm.load %v10 : !llvm.ptr -> f32
            %v821, %v822 = gpu.shuffle up %v817, %v95, %v303 : f32
            %v823, %v824 = gpu.shuffle up %v818, %v95, %v303 : f32
            %v825 = arith.mulf %v817, %v821 fastmath<contract> : f32
            %v826 = arith.mulf %v817, %v823 fastmath<contract> : f32
            %v827 = arith.addf %v826, %v818 fastmath<contract> : f32
            %v828 = arith.cmpi uge, %v31, %v2 : i64
            %v829 = arith.select %v828, %v825, %v817 : f32
            %v830 = arith.select %v828, %v827, %v818 : f32
            %v831, %v832 = gpu.shuffle up %v829, %v97, %v303 : f32
            %v833, %v834 = gpu.shuffle up %v830, %v97, %v303 : f32
            %v835 = arith.mulf %v829, %v831 fastmath<contract> : f32
            %v836 = arith.mulf %v829, %v833 fastmath<contract> : f32
            %v837 = arith.addf %v836, %v830 fastmath<contract> : f32
            %v838 = arith.cmpi uge, %v31, %v43 : i64
            %v839 = arith.select %v838, %v835, %v829 : f32
            %v840 = arith.select %v838, %v837, %v830 : f32
            %v841, %v842 = gpu.shuffle up %v839, %v101, %v303 : f32
            %v843, %v844 = gpu.shuffle up %v840, %v101, %v303 : f32
            %v845 = arith.mulf %v839, %v841 fastmath<contract> : f32
            %v846 = arith.mulf %v839, %v843 fastmath<contract> : f32
            %v847 = arith.addf %v846, %v840 fastmath<contract> : f32
            %v848 = arith.cmpi uge, %v31, %v114 : i64
            %v849 = arith.select %v848, %v845, %v839 : f32
            %v850 = arith.select %v848, %v847, %v840 : f32
            %v851, %v852 = gpu.shuffle up %v849, %v334, %v303 : f32
            %v853, %v854 = gpu.shuffle up %v850, %v334, %v303 : f32
            %v855 = arith.mulf %v849, %v851 fastmath<contract> : f32
            %v856 = arith.mulf %v849, %v853 fastmath<contract> : f32
            %v857 = arith.addf %v856, %v850 fastmath<contract> : f32
            %v858 = arith.cmpi uge, %v31, %v35 : i64
            %v859 = arith.select %v858, %v855, %v849 : f32
            %v860 = arith.select %v858, %v857, %v850 : f32
            %v861, %v862 = gpu.shuffle up %v859, %v345, %v303 : f32
            %v863, %v864 = gpu.shuffle up %v860, %v345, %v303 : f32
            %v865 = arith.mulf %v859, %v861 fastmath<contract> : f32
            %v866 = arith.mulf %v859, %v863 fastmath<contract> : f32
            %v867 = arith.addf %v866, %v860 fastmath<contract> : f32
            %v868 = arith.cmpi uge, %v31, %v1 : i64
            %v869 = arith.select %v868, %v865, %v859 : f32
            %v870 = arith.select %v868, %v867, %v860 : f32
            %v871 = arith.cmpi eq, %v31, %v356 : i64
            %v872 = arith.addi %v33, %v32 : i64
            scf.if %v871 {
              %v873 = llvm.getelementptr %v14[%v872] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v869, %v873 : f32, !llvm.ptr
              %v874 = llvm.getelementptr %v16[%v872] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v870, %v874 : f32, !llvm.ptr
            }
            %v875, %v876 = gpu.shuffle up %v869, %v95, %v303 : f32
            %v877, %v878 = gpu.shuffle up %v870, %v95, %v303 : f32
            %v879 = arith.cmpi eq, %v31, %v33 : i64
            %v880 = arith.select %v879, %v160, %v875 : f32
            %v881 = arith.select %v879, %v41, %v877 : f32
            %v882, %v883 = gpu.shuffle up %v819, %v95, %v303 : f32
            %v884, %v885 = gpu.shuffle up %v820, %v95, %v303 : f32
            %v886 = arith.mulf %v819, %v882 fastmath<contract> : f32
            %v887 = arith.mulf %v819, %v884 fastmath<contract> : f32
            %v888 = arith.addf %v887, %v820 fastmath<contract> : f32
            %v889 = arith.cmpi uge, %v31, %v2 : i64
            %v890 = arith.select %v889, %v886, %v819 : f32
            %v891 = arith.select %v889, %v888, %v820 : f32
            %v892, %v893 = gpu.shuffle up %v890, %v97, %v303 : f32
            %v894, %v895 = gpu.shuffle up %v891, %v97, %v303 : f32
            %v896 = arith.mulf %v890, %v892 fastmath<contract> : f32
            %v897 = arith.mulf %v890, %v894 fastmath<contract> : f32
            %v898 = arith.addf %v897, %v891 fastmath<contract> : f32
            %v899 = arith.cmpi uge, %v31, %v43 : i64
            %v900 = arith.select %v899, %v896, %v890 : f32
            %v901 = arith.select %v899, %v898, %v891 : f32
            %v902, %v903 = gpu.shuffle up %v900, %v101, %v303 : f32
            %v904, %v905 = gpu.shuffle up %v901, %v101, %v303 : f32
            %v906 = arith.mulf %v900, %v902 fastmath<contract> : f32
            %v907 = arith.mulf %v900, %v904 fastmath<contract> : f32
            %v908 = arith.addf %v907, %v901 fastmath<contract> : f32
            %v909 = arith.cmpi uge, %v31, %v114 : i64
            %v910 = arith.select %v909, %v906, %v900 : f32
            %v911 = arith.select %v909, %v908, %v901 : f32
            %v912, %v913 = gpu.shuffle up %v910, %v334, %v303 : f32
            %v914, %v915 = gpu.shuffle up %v911, %v334, %v303 : f32
            %v916 = arith.mulf %v910, %v912 fastmath<contract> : f32
            %v917 = arith.mulf %v910, %v914 fastmath<contract> : f32
            %v918 = arith.addf %v917, %v911 fastmath<contract> : f32
            %v919 = arith.cmpi uge, %v31, %v35 : i64
            %v920 = arith.select %v919, %v916, %v910 : f32
            %v921 = arith.select %v919, %v918, %v911 : f32
            %v922, %v923 = gpu.shuffle up %v920, %v345, %v303 : f32
            %v924, %v925 = gpu.shuffle up %v921, %v345, %v303 : f32
            %v926 = arith.mulf %v920, %v922 fastmath<contract> : f32
            %v927 = arith.mulf %v920, %v924 fastmath<contract> : f32
            %v928 = arith.addf %v927, %v921 fastmath<contract> : f32
            %v929 = arith.cmpi uge, %v31, %v1 : i64
            %v930 = arith.select %v929, %v926, %v920 : f32
            %v931 = arith.select %v929, %v928, %v921 : f32
            %v932 = arith.cmpi eq, %v31, %v356 : i64
            %v933 = arith.addi %v116, %v32 : i64
            scf.if %v932 {
              %v934 = llvm.getelementptr %v14[%v933] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v930, %v934 : f32, !llvm.ptr
              %v935 = llvm.getelementptr %v16[%v933] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v931, %v935 : f32, !llvm.ptr
            }
            %v936, %v937 = gpu.shuffle up %v930, %v95, %v303 : f32
            %v938, %v939 = gpu.shuffle up %v931, %v95, %v303 : f32
            %v940 = arith.cmpi eq, %v31, %v33 : i64
            %v941 = arith.select %v940, %v160, %v936 : f32
            %v942 = arith.select %v940, %v41, %v938 : f32
            // across warps: the warps' maps before this one's, and the whole tile's
            gpu.barrier
            %v943 = arith.addi %v33, %v21 : i64
            %v944 = arith.index_cast %v943 : i64 to index
            %v945 = arith.index_cast %v43 : i64 to index
            %v946 = arith.index_cast %v430 : i64 to index
            scf.for %v947 = %v944 to %v945 step %v946 {
              %v948 = arith.index_cast %v947 : index to i64
              %v949 = arith.muli %v948, %v116 : i64
              %v950 = arith.addi %v949, %v33 : i64
              %v951 = llvm.getelementptr %v14[%v950] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v952 = llvm.load %v951 : !llvm.ptr -> f32
              %v953 = llvm.getelementptr %v16[%v950] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v954 = llvm.load %v953 : !llvm.ptr -> f32
              %v955 = llvm.getelementptr %v14[%v950] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v160, %v955 : f32, !llvm.ptr
              %v956 = llvm.getelementptr %v16[%v950] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v41, %v956 : f32, !llvm.ptr
              %v957 = arith.mulf %v952, %v160 fastmath<contract> : f32
              %v958 = arith.mulf %v952, %v41 fastmath<contract> : f32
              %v959 = arith.addf %v958, %v954 fastmath<contract> : f32
              %v960 = arith.addi %v949, %v2 : i64
              %v961 = llvm.getelementptr %v14[%v960] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v962 = llvm.load %v961 : !llvm.ptr -> f32
              %v963 = llvm.getelementptr %v16[%v960] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v964 = llvm.load %v963 : !llvm.ptr -> f32
              %v965 = llvm.getelementptr %v14[%v960] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v957, %v965 : f32, !llvm.ptr
              %v966 = llvm.getelementptr %v16[%v960] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v959, %v966 : f32, !llvm.ptr
              %v967 = arith.mulf %v962, %v957 fastmath<contract> : f32
              %v968 = arith.mulf %v962, %v959 fastmath<contract> : f32
              %v969 = arith.addf %v968, %v964 fastmath<contract> : f32
              %v970 = arith.addi %v949, %v43 : i64
              %v971 = llvm.getelementptr %v14[%v970] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v972 = llvm.load %v971 : !llvm.ptr -> f32
              %v973 = llvm.getelementptr %v16[%v970] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v974 = llvm.load %v973 : !llvm.ptr -> f32
              %v975 = llvm.getelementptr %v14[%v970] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v967, %v975 : f32, !llvm.ptr
              %v976 = llvm.getelementptr %v16[%v970] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v969, %v976 : f32, !llvm.ptr
              %v977 = arith.mulf %v972, %v967 fastmath<contract> : f32
              %v978 = arith.mulf %v972, %v969 fastmath<contract> : f32
              %v979 = arith.addf %v978, %v974 fastmath<contract> : f32
              %v980 = arith.addi %v949, %v112 : i64
              %v981 = llvm.getelementptr %v14[%v980] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v982 = llvm.load %v981 : !llvm.ptr -> f32
              %v983 = llvm.getelementptr %v16[%v980] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v984 = llvm.load %v983 : !llvm.ptr -> f32
              %v985 = llvm.getelementptr %v14[%v980] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v977, %v985 : f32, !llvm.ptr
              %v986 = llvm.getelementptr %v16[%v980] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v979, %v986 : f32, !llvm.ptr
              %v987 = arith.mulf %v982, %v977 fastmath<contract> : f32
              %v988 = arith.mulf %v982, %v979 fastmath<contract> : f32
              %v989 = arith.addf %v988, %v984 fastmath<contract> : f32
              %v990 = arith.addi %v949, %v114 : i64
              %v991 = llvm.getelementptr %v14[%v990] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v987, %v991 : f32, !llvm.ptr
              %v992 = llvm.getelementptr %v16[%v990] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v989, %v992 : f32, !llvm.ptr
            }
            gpu.barrier
            %v993 = arith.addi %v33, %v32 : i64
            %v994 = llvm.getelementptr %v14[%v993] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v995 = llvm.load %v994 : !llvm.ptr -> f32
            %v996 = llvm.getelementptr %v16[%v993] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v997 = llvm.load %v996 : !llvm.ptr -> f32
            %v998 = arith.addi %v33, %v114 : i64
            %v999 = llvm.getelementptr %v14[%v998] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1000 = llvm.load %v999 : !llvm.ptr -> f32
            %v1001 = llvm.getelementptr %v16[%v998] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1002 = llvm.load %v1001 : !llvm.ptr -> f32
            %v1003 = arith.mulf %v880, %v995 fastmath<contract> : f32
            %v1004 = arith.mulf %v880, %v997 fastmath<contract> : f32
            %v1005 = arith.addf %v1004, %v881 fastmath<contract> : f32
            %v1006 = arith.addi %v116, %v32 : i64
            %v1007 = llvm.getelementptr %v14[%v1006] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1008 = llvm.load %v1007 : !llvm.ptr -> f32
            %v1009 = llvm.getelementptr %v16[%v1006] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1010 = llvm.load %v1009 : !llvm.ptr -> f32
            %v1011 = arith.addi %v116, %v114 : i64
            %v1012 = llvm.getelementptr %v14[%v1011] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1013 = llvm.load %v1012 : !llvm.ptr -> f32
            %v1014 = llvm.getelementptr %v16[%v1011] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1015 = llvm.load %v1014 : !llvm.ptr -> f32
            %v1016 = arith.mulf %v941, %v1008 fastmath<contract> : f32
            %v1017 = arith.mulf %v941, %v1010 fastmath<contract> : f32
            %v1018 = arith.addf %v1017, %v942 fastmath<contract> : f32
            %v1019 = arith.muli %v731, %v43 : i64
            %v1020 = arith.addi %v1019, %v33 : i64
            %v1021 = llvm.getelementptr %v18[%v1020] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1022 = llvm.load %v1021 : !llvm.ptr -> f32
            %v1023 = arith.mulf %v1003, %v1022 fastmath<contract> : f32
            %v1024 = arith.addf %v1023, %v1005 fastmath<contract> : f32
            llvm.store %v1024, %v5 : f32, !llvm.ptr
            %v1025 = arith.mulf %v1000, %v1022 fastmath<contract> : f32
            %v1026 = arith.addf %v1025, %v1002 fastmath<contract> : f32
            %v1027 = arith.muli %v731, %v43 : i64
            %v1028 = arith.addi %v1027, %v2 : i64
            %v1029 = llvm.getelementptr %v18[%v1028] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1030 = llvm.load %v1029 : !llvm.ptr -> f32
            %v1031 = arith.mulf %v1016, %v1030 fastmath<contract> : f32
            %v1032 = arith.addf %v1031, %v1018 fastmath<contract> : f32
            llvm.store %v1032, %v6 : f32, !llvm.ptr
            %v1033 = arith.mulf %v1013, %v1030 fastmath<contract> : f32
            %v1034 = arith.addf %v1033, %v1015 fastmath<contract> : f32
            %v1035 = arith.index_cast %v33 : i64 to index
            %v1036 = arith.index_cast %v80 : i64 to index
            %v1037 = arith.index_cast %v2 : i64 to index
            scf.for %v1038 = %v1035 to %v1036 step %v1037 {
              %v1039 = arith.index_cast %v1038 : index to i64
              %v1040 = arith.addi %v77, %v1039 : i64
              %v1041 = llvm.getelementptr %v70[%v1039] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              // save the states at checkpoint steps (when given somewhere to save them)
              %v1042 = arith.remui %v1040, %v523 : i64
              %v1043 = arith.cmpi eq, %v1042, %v33 : i64
              %v1044 = arith.andi %v1043, %v23 : i1
              scf.if %v1044 {
                %v1045 = arith.divui %v1040, %v523 : i64
                %v1046 = llvm.mlir.zero : !llvm.ptr
                %v1047 = llvm.icmp "ne" %ckpt_h, %v1046 : !llvm.ptr
                scf.if %v1047 {
                  %v1051 = arith.muli %v1045, %v1050 : i64
                  %v1052 = llvm.load %v5 : !llvm.ptr -> f32
                  %v1053 = arith.muli %v28, %v536 : i64
                  %v1054 = arith.muli %v26, %v535 : i64
                  %v1055 = arith.addi %v1053, %v1054 : i64
                  %v1056 = arith.muli %v731, %v2 : i64
                  %v1057 = arith.addi %v1055, %v1056 : i64
                  %v1058 = arith.addi %v1051, %v1057 : i64
                  %v1059 = llvm.getelementptr %ckpt_h[%v1058] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1052, %v1059 : f32, !llvm.ptr
                  %v1060 = llvm.load %v6 : !llvm.ptr -> f32
                  %v1061 = arith.muli %v28, %v536 : i64
                  %v1062 = arith.muli %v26, %v535 : i64
                  %v1063 = arith.addi %v1061, %v1062 : i64
                  %v1064 = arith.constant 8 : i64
                  %v1065 = arith.addi %v1064, %v731 : i64
                  %v1066 = arith.muli %v1065, %v2 : i64
                  %v1067 = arith.addi %v1063, %v1066 : i64
                  %v1068 = arith.addi %v1051, %v1067 : i64
                  %v1069 = llvm.getelementptr %ckpt_h[%v1068] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1060, %v1069 : f32, !llvm.ptr
                }
              }
              // end save
              %v1070 = arith.muli %v28, %v85 : i64
              %v1071 = arith.muli %v26, %v84 : i64
              %v1072 = arith.addi %v1070, %v1071 : i64
              %v1073 = arith.muli %v1040, %v2 : i64
              %v1074 = arith.addi %v1072, %v1073 : i64
              %v1075 = llvm.getelementptr %in_u[%v1074] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1076 = llvm.load %v1075 : !llvm.ptr -> f32
              %v1077 = arith.mulf %v765, %v1076 fastmath<contract> : f32
              %v1078 = llvm.load %v5 : !llvm.ptr -> f32
              %v1079 = arith.mulf %v742, %v1078 fastmath<contract> : f32
              %v1080 = arith.addf %v1079, %v1077 fastmath<contract> : f32
              %v1081 = arith.mulf %v776, %v1076 fastmath<contract> : f32
              %v1082 = llvm.load %v6 : !llvm.ptr -> f32
              %v1083 = arith.mulf %v756, %v1082 fastmath<contract> : f32
              %v1084 = arith.addf %v1083, %v1081 fastmath<contract> : f32
              llvm.store %v1080, %v5 : f32, !llvm.ptr
              llvm.store %v1084, %v6 : f32, !llvm.ptr
              %v1085 = llvm.load %v5 : !llvm.ptr -> f32
              %v1086 = arith.mulf %v782, %v1085 fastmath<contract> : f32
              %v1087 = llvm.load %v6 : !llvm.ptr -> f32
              %v1088 = arith.mulf %v790, %v1087 fastmath<contract> : f32
              %v1089 = arith.addf %v1086, %v1088 fastmath<contract> : f32
              %v1090 = llvm.load %v1041 : !llvm.ptr -> f32
              %v1091 = arith.addf %v1090, %v1089 fastmath<contract> : f32
              llvm.store %v1091, %v1041 : f32, !llvm.ptr
            }
            gpu.barrier
            scf.if %v34 {
              %v1092 = arith.muli %v731, %v43 : i64
              %v1093 = arith.addi %v1092, %v33 : i64
              %v1094 = llvm.getelementptr %v18[%v1093] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1026, %v1094 : f32, !llvm.ptr
              %v1095 = arith.muli %v731, %v43 : i64
              %v1096 = arith.addi %v1095, %v2 : i64
              %v1097 = llvm.getelementptr %v18[%v1096] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1034, %v1097 : f32, !llvm.ptr
            }
          }
          %v1098 = arith.index_cast %v33 : i64 to index
          %v1099 = arith.index_cast %v80 : i64 to index
          %v1100 = arith.index_cast %v2 : i64 to index
          scf.for %v1101 = %v1098 to %v1099 step %v1100 {
            %v1102 = arith.index_cast %v1101 : index to i64
            %v1103 = arith.addi %v77, %v1102 : i64
            %v1104 = llvm.getelementptr %v70[%v1102] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1105 = llvm.load %v1104 : !llvm.ptr -> f32
            %v1106 = arith.muli %v28, %v85 : i64
            %v1107 = arith.muli %v26, %v84 : i64
            %v1108 = arith.addi %v1106, %v1107 : i64
            %v1109 = arith.muli %v1103, %v2 : i64
            %v1110 = arith.addi %v1108, %v1109 : i64
            %v1111 = llvm.getelementptr %in_u[%v1110] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1112 = llvm.load %v1111 : !llvm.ptr -> f32
            %v1113 = arith.mulf %v1112, %v675 fastmath<contract> : f32
            %v1114 = arith.addf %v1105, %v1113 fastmath<contract> : f32
            scf.if %v23 {
              %v1115 = arith.muli %v28, %v85 : i64
              %v1116 = arith.muli %v26, %v84 : i64
              %v1117 = arith.addi %v1115, %v1116 : i64
              %v1118 = arith.muli %v1103, %v2 : i64
              %v1119 = arith.addi %v1117, %v1118 : i64
              %v1120 = llvm.getelementptr %out_y[%v1119] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1114, %v1120 : f32, !llvm.ptr
            }
          }
        }
      }
      // end scan
      gpu.barrier
      %v1121 = arith.andi %v23, %v34 : i1
      %v1122 = arith.index_cast %v33 : i64 to index
      %v1123 = arith.index_cast %v35 : i64 to index
      %v1124 = arith.index_cast %v2 : i64 to index
      scf.for %v1125 = %v1122 to %v1123 step %v1124 {
        %v1126 = arith.index_cast %v1125 : index to i64
        %v1127 = arith.muli %v1126, %v43 : i64
        %v1128 = arith.addi %v1127, %v33 : i64
        %v1129 = llvm.getelementptr %v18[%v1128] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1130 = llvm.load %v1129 : !llvm.ptr -> f32
        llvm.store %v1130, %v11 : f32, !llvm.ptr
        %v1131 = arith.muli %v1126, %v43 : i64
        %v1132 = arith.addi %v1131, %v2 : i64
        %v1133 = llvm.getelementptr %v18[%v1132] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1134 = llvm.load %v1133 : !llvm.ptr -> f32
        llvm.store %v1134, %v12 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
