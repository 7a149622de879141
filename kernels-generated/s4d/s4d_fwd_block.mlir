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
      %v124 = arith.constant 0x3FB8AA3B : f32
      %v151 = arith.constant 0x3F800000 : f32
      %v289 = arith.constant 32 : i32
      %v320 = arith.constant 8 : i32
      %v331 = arith.constant 16 : i32
      %v342 = arith.constant 31 : i64
      %v414 = arith.constant 128 : i64
      %v479 = arith.constant 9 : i64
      %v502 = arith.constant 64 : i64
      %v509 = arith.muli %size_B, %size_D : i64
      %v510 = arith.muli %v509, %v1 : i64
      %v513 = arith.muli %v1, %size_D : i64
      %v1005 = arith.muli %size_B, %size_D : i64
      %v1006 = arith.muli %v1005, %v1 : i64
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
      %v122 = llvm.getelementptr %in_log_dt[%v25] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v123 = llvm.load %v122 : !llvm.ptr -> f32
      %v125 = arith.mulf %v123, %v124 fastmath<contract> : f32
      %v126 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v125) : (f32) -> f32
      %v646 = llvm.getelementptr %in_Dskip[%v25] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v647 = llvm.load %v646 : !llvm.ptr -> f32
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
          llvm.store %v40, %v60 : f32, !llvm.ptr
          llvm.store %v40, %v61 : f32, !llvm.ptr
          llvm.store %v40, %v62 : f32, !llvm.ptr
          llvm.store %v40, %v63 : f32, !llvm.ptr
          llvm.store %v40, %v64 : f32, !llvm.ptr
          llvm.store %v40, %v65 : f32, !llvm.ptr
          llvm.store %v40, %v66 : f32, !llvm.ptr
          llvm.store %v40, %v67 : f32, !llvm.ptr
          %v117 = arith.index_cast %v32 : i64 to index
          %v118 = arith.index_cast %v34 : i64 to index
          %v119 = arith.index_cast %v2 : i64 to index
          scf.for %v120 = %v117 to %v118 step %v119 {
            %v121 = arith.index_cast %v120 : index to i64
            %v127 = arith.muli %v25, %v1 : i64
            %v128 = arith.addi %v127, %v121 : i64
            %v129 = llvm.getelementptr %in_A_log[%v128] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v130 = llvm.load %v129 : !llvm.ptr -> f32
            %v131 = arith.mulf %v130, %v124 fastmath<contract> : f32
            %v132 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v131) : (f32) -> f32
            %v133 = arith.negf %v132 : f32
            %v134 = arith.mulf %v126, %v133 fastmath<contract> : f32
            %v135 = arith.mulf %v134, %v124 fastmath<contract> : f32
            %v136 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v135) : (f32) -> f32
            %v137 = arith.mulf %v136, %v124 fastmath<contract> : f32
            %v138 = arith.muli %v25, %v1 : i64
            %v139 = arith.constant 8 : i64
            %v140 = arith.addi %v139, %v121 : i64
            %v141 = arith.addi %v138, %v140 : i64
            %v142 = llvm.getelementptr %in_A_log[%v141] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v143 = llvm.load %v142 : !llvm.ptr -> f32
            %v144 = arith.mulf %v143, %v124 fastmath<contract> : f32
            %v145 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v144) : (f32) -> f32
            %v146 = arith.negf %v145 : f32
            %v147 = arith.mulf %v126, %v146 fastmath<contract> : f32
            %v148 = arith.mulf %v147, %v124 fastmath<contract> : f32
            %v149 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v148) : (f32) -> f32
            %v150 = arith.mulf %v149, %v124 fastmath<contract> : f32
            %v152 = arith.subf %v136, %v151 fastmath<contract> : f32
            %v153 = arith.divf %v152, %v133 : f32
            %v154 = arith.muli %v25, %v1 : i64
            %v155 = arith.addi %v154, %v121 : i64
            %v156 = llvm.getelementptr %in_Bp[%v155] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v157 = llvm.load %v156 : !llvm.ptr -> f32
            %v158 = arith.mulf %v153, %v157 fastmath<contract> : f32
            %v159 = arith.mulf %v158, %v124 fastmath<contract> : f32
            %v160 = arith.subf %v149, %v151 fastmath<contract> : f32
            %v161 = arith.divf %v160, %v146 : f32
            %v162 = arith.muli %v25, %v1 : i64
            %v163 = arith.constant 8 : i64
            %v164 = arith.addi %v163, %v121 : i64
            %v165 = arith.addi %v162, %v164 : i64
            %v166 = llvm.getelementptr %in_Bp[%v165] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v167 = llvm.load %v166 : !llvm.ptr -> f32
            %v168 = arith.mulf %v161, %v167 fastmath<contract> : f32
            %v169 = arith.mulf %v168, %v124 fastmath<contract> : f32
            %v170 = arith.muli %v25, %v1 : i64
            %v171 = arith.addi %v170, %v121 : i64
            %v172 = llvm.getelementptr %in_Cp[%v171] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v173 = llvm.load %v172 : !llvm.ptr -> f32
            %v174 = arith.mulf %v173, %v124 fastmath<contract> : f32
            %v175 = arith.muli %v25, %v1 : i64
            %v176 = arith.constant 8 : i64
            %v177 = arith.addi %v176, %v121 : i64
            %v178 = arith.addi %v175, %v177 : i64
            %v179 = llvm.getelementptr %in_Cp[%v178] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v180 = llvm.load %v179 : !llvm.ptr -> f32
            %v181 = arith.mulf %v180, %v124 fastmath<contract> : f32
            // 1. this point's K steps composed into one map (A, B)
            llvm.store %v151, %v6 : f32, !llvm.ptr
            llvm.store %v151, %v7 : f32, !llvm.ptr
            llvm.store %v40, %v8 : f32, !llvm.ptr
            llvm.store %v40, %v9 : f32, !llvm.ptr
            %v182 = arith.mulf %v158, %v90 fastmath<contract> : f32
            %v183 = llvm.load %v8 : !llvm.ptr -> f32
            %v184 = arith.mulf %v136, %v183 fastmath<contract> : f32
            %v185 = arith.addf %v184, %v182 fastmath<contract> : f32
            %v186 = llvm.load %v6 : !llvm.ptr -> f32
            %v187 = arith.mulf %v136, %v186 fastmath<contract> : f32
            %v188 = arith.mulf %v168, %v90 fastmath<contract> : f32
            %v189 = llvm.load %v9 : !llvm.ptr -> f32
            %v190 = arith.mulf %v149, %v189 fastmath<contract> : f32
            %v191 = arith.addf %v190, %v188 fastmath<contract> : f32
            %v192 = llvm.load %v7 : !llvm.ptr -> f32
            %v193 = arith.mulf %v149, %v192 fastmath<contract> : f32
            llvm.store %v185, %v8 : f32, !llvm.ptr
            llvm.store %v187, %v6 : f32, !llvm.ptr
            llvm.store %v191, %v9 : f32, !llvm.ptr
            llvm.store %v193, %v7 : f32, !llvm.ptr
            %v194 = arith.addi %v75, %v2 : i64
            %v195 = arith.mulf %v158, %v92 fastmath<contract> : f32
            %v196 = llvm.load %v8 : !llvm.ptr -> f32
            %v197 = arith.mulf %v136, %v196 fastmath<contract> : f32
            %v198 = arith.addf %v197, %v195 fastmath<contract> : f32
            %v199 = llvm.load %v6 : !llvm.ptr -> f32
            %v200 = arith.mulf %v136, %v199 fastmath<contract> : f32
            %v201 = arith.mulf %v168, %v92 fastmath<contract> : f32
            %v202 = llvm.load %v9 : !llvm.ptr -> f32
            %v203 = arith.mulf %v149, %v202 fastmath<contract> : f32
            %v204 = arith.addf %v203, %v201 fastmath<contract> : f32
            %v205 = llvm.load %v7 : !llvm.ptr -> f32
            %v206 = arith.mulf %v149, %v205 fastmath<contract> : f32
            llvm.store %v198, %v8 : f32, !llvm.ptr
            llvm.store %v200, %v6 : f32, !llvm.ptr
            llvm.store %v204, %v9 : f32, !llvm.ptr
            llvm.store %v206, %v7 : f32, !llvm.ptr
            %v207 = arith.addi %v75, %v42 : i64
            %v208 = arith.mulf %v158, %v94 fastmath<contract> : f32
            %v209 = llvm.load %v8 : !llvm.ptr -> f32
            %v210 = arith.mulf %v136, %v209 fastmath<contract> : f32
            %v211 = arith.addf %v210, %v208 fastmath<contract> : f32
            %v212 = llvm.load %v6 : !llvm.ptr -> f32
            %v213 = arith.mulf %v136, %v212 fastmath<contract> : f32
            %v214 = arith.mulf %v168, %v94 fastmath<contract> : f32
            %v215 = llvm.load %v9 : !llvm.ptr -> f32
            %v216 = arith.mulf %v149, %v215 fastmath<contract> : f32
            %v217 = arith.addf %v216, %v214 fastmath<contract> : f32
            %v218 = llvm.load %v7 : !llvm.ptr -> f32
            %v219 = arith.mulf %v149, %v218 fastmath<contract> : f32
            llvm.store %v211, %v8 : f32, !llvm.ptr
            llvm.store %v213, %v6 : f32, !llvm.ptr
            llvm.store %v217, %v9 : f32, !llvm.ptr
            llvm.store %v219, %v7 : f32, !llvm.ptr
            %v220 = arith.addi %v75, %v107 : i64
            %v221 = arith.mulf %v158, %v96 fastmath<contract> : f32
            %v222 = llvm.load %v8 : !llvm.ptr -> f32
            %v223 = arith.mulf %v136, %v222 fastmath<contract> : f32
            %v224 = arith.addf %v223, %v221 fastmath<contract> : f32
            %v225 = llvm.load %v6 : !llvm.ptr -> f32
            %v226 = arith.mulf %v136, %v225 fastmath<contract> : f32
            %v227 = arith.mulf %v168, %v96 fastmath<contract> : f32
            %v228 = llvm.load %v9 : !llvm.ptr -> f32
            %v229 = arith.mulf %v149, %v228 fastmath<contract> : f32
            %v230 = arith.addf %v229, %v227 fastmath<contract> : f32
            %v231 = llvm.load %v7 : !llvm.ptr -> f32
            %v232 = arith.mulf %v149, %v231 fastmath<contract> : f32
            llvm.store %v224, %v8 : f32, !llvm.ptr
            llvm.store %v226, %v6 : f32, !llvm.ptr
            llvm.store %v230, %v9 : f32, !llvm.ptr
            llvm.store %v232, %v7 : f32, !llvm.ptr
            %v233 = arith.addi %v75, %v109 : i64
            %v234 = arith.mulf %v158, %v98 fastmath<contract> : f32
            %v235 = llvm.load %v8 : !llvm.ptr -> f32
            %v236 = arith.mulf %v136, %v235 fastmath<contract> : f32
            %v237 = arith.addf %v236, %v234 fastmath<contract> : f32
            %v238 = llvm.load %v6 : !llvm.ptr -> f32
            %v239 = arith.mulf %v136, %v238 fastmath<contract> : f32
            %v240 = arith.mulf %v168, %v98 fastmath<contract> : f32
            %v241 = llvm.load %v9 : !llvm.ptr -> f32
            %v242 = arith.mulf %v149, %v241 fastmath<contract> : f32
            %v243 = arith.addf %v242, %v240 fastmath<contract> : f32
            %v244 = llvm.load %v7 : !llvm.ptr -> f32
            %v245 = arith.mulf %v149, %v244 fastmath<contract> : f32
            llvm.store %v237, %v8 : f32, !llvm.ptr
            llvm.store %v239, %v6 : f32, !llvm.ptr
            llvm.store %v243, %v9 : f32, !llvm.ptr
            llvm.store %v245, %v7 : f32, !llvm.ptr
            %v246 = arith.addi %v75, %v111 : i64
            %v247 = arith.mulf %v158, %v100 fastmath<contract> : f32
            %v248 = llvm.load %v8 : !llvm.ptr -> f32
            %v249 = arith.mulf %v136, %v248 fastmath<contract> : f32
            %v250 = arith.addf %v249, %v247 fastmath<contract> : f32
            %v251 = llvm.load %v6 : !llvm.ptr -> f32
            %v252 = arith.mulf %v136, %v251 fastmath<contract> : f32
            %v253 = arith.mulf %v168, %v100 fastmath<contract> : f32
            %v254 = llvm.load %v9 : !llvm.ptr -> f32
            %v255 = arith.mulf %v149, %v254 fastmath<contract> : f32
            %v256 = arith.addf %v255, %v253 fastmath<contract> : f32
            %v257 = llvm.load %v7 : !llvm.ptr -> f32
            %v258 = arith.mulf %v149, %v257 fastmath<contract> : f32
            llvm.store %v250, %v8 : f32, !llvm.ptr
            llvm.store %v252, %v6 : f32, !llvm.ptr
            llvm.store %v256, %v9 : f32, !llvm.ptr
            llvm.store %v258, %v7 : f32, !llvm.ptr
            %v259 = arith.addi %v75, %v113 : i64
            %v260 = arith.mulf %v158, %v102 fastmath<contract> : f32
            %v261 = llvm.load %v8 : !llvm.ptr -> f32
            %v262 = arith.mulf %v136, %v261 fastmath<contract> : f32
            %v263 = arith.addf %v262, %v260 fastmath<contract> : f32
            %v264 = llvm.load %v6 : !llvm.ptr -> f32
            %v265 = arith.mulf %v136, %v264 fastmath<contract> : f32
            %v266 = arith.mulf %v168, %v102 fastmath<contract> : f32
            %v267 = llvm.load %v9 : !llvm.ptr -> f32
            %v268 = arith.mulf %v149, %v267 fastmath<contract> : f32
            %v269 = arith.addf %v268, %v266 fastmath<contract> : f32
            %v270 = llvm.load %v7 : !llvm.ptr -> f32
            %v271 = arith.mulf %v149, %v270 fastmath<contract> : f32
            llvm.store %v263, %v8 : f32, !llvm.ptr
            llvm.store %v265, %v6 : f32, !llvm.ptr
            llvm.store %v269, %v9 : f32, !llvm.ptr
            llvm.store %v271, %v7 : f32, !llvm.ptr
            %v272 = arith.addi %v75, %v115 : i64
            %v273 = arith.mulf %v158, %v104 fastmath<contract> : f32
            %v274 = llvm.load %v8 : !llvm.ptr -> f32
            %v275 = arith.mulf %v136, %v274 fastmath<contract> : f32
            %v276 = arith.addf %v275, %v273 fastmath<contract> : f32
            %v277 = llvm.load %v6 : !llvm.ptr -> f32
            %v278 = arith.mulf %v136, %v277 fastmath<contract> : f32
            %v279 = arith.mulf %v168, %v104 fastmath<contract> : f32
            %v280 = llvm.load %v9 : !llvm.ptr -> f32
            %v281 = arith.mulf %v149, %v280 fastmath<contract> : f32
            %v282 = arith.addf %v281, %v279 fastmath<contract> : f32
            %v283 = llvm.load %v7 : !llvm.ptr -> f32
            %v284 = arith.mulf %v149, %v283 fastmath<contract> : f32
            llvm.store %v276, %v8 : f32, !llvm.ptr
            llvm.store %v278, %v6 : f32, !llvm.ptr
            llvm.store %v282, %v9 : f32, !llvm.ptr
            llvm.store %v284, %v7 : f32, !llvm.ptr
            // 2. the block's scan of this point's maps
            %v285 = llvm.load %v6 : !llvm.ptr -> f32
            %v286 = llvm.load %v8 : !llvm.ptr -> f32
            %v287 = llvm.load %v7 : !llvm.ptr -> f32
            %v288 = llvm.load %v9 : !llvm.ptr -> f32
            %v290, %v291 = gpu.shuffle up %v285, %v91, %v289 : f32
            %v292, %v293 = gpu.shuffle up %v286, %v91, %v289 : f32
            %v294 = arith.mulf %v285, %v290 fastmath<contract> : f32
            %v295 = arith.mulf %v285, %v292 fastmath<contract> : f32
            %v296 = arith.addf %v295, %v286 fastmath<contract> : f32
            %v297 = arith.cmpi uge, %v30, %v2 : i64
            %v298 = arith.select %v297, %v294, %v285 : f32
            %v299 = arith.select %v297, %v296, %v286 : f32
            %v300, %v301 = gpu.shuffle up %v298, %v93, %v289 : f32
            %v302, %v303 = gpu.shuffle up %v299, %v93, %v289 : f32
            %v304 = arith.mulf %v298, %v300 fastmath<contract> : f32
            %v305 = arith.mulf %v298, %v302 fastmath<contract> : f32
            %v306 = arith.addf %v305, %v299 fastmath<contract> : f32
            %v307 = arith.cmpi uge, %v30, %v42 : i64
            %v308 = arith.select %v307, %v304, %v298 : f32
            %v309 = arith.select %v307, %v306, %v299 : f32
            %v310, %v311 = gpu.shuffle up %v308, %v97, %v289 : f32
            %v312, %v313 = gpu.shuffle up %v309, %v97, %v289 : f32
            %v314 = arith.mulf %v308, %v310 fastmath<contract> : f32
            %v315 = arith.mulf %v308, %v312 fastmath<contract> : f32
            %v316 = arith.addf %v315, %v309 fastmath<contract> : f32
            %v317 = arith.cmpi uge, %v30, %v109 : i64
            %v318 = arith.select %v317, %v314, %v308 : f32
            %v319 = arith.select %v317, %v316, %v309 : f32
            %v321, %v322 = gpu.shuffle up %v318, %v320, %v289 : f32
            %v323, %v324 = gpu.shuffle up %v319, %v320, %v289 : f32
            %v325 = arith.mulf %v318, %v321 fastmath<contract> : f32
            %v326 = arith.mulf %v318, %v323 fastmath<contract> : f32
            %v327 = arith.addf %v326, %v319 fastmath<contract> : f32
            %v328 = arith.cmpi uge, %v30, %v34 : i64
            %v329 = arith.select %v328, %v325, %v318 : f32
            %v330 = arith.select %v328, %v327, %v319 : f32
            %v332, %v333 = gpu.shuffle up %v329, %v331, %v289 : f32
            %v334, %v335 = gpu.shuffle up %v330, %v331, %v289 : f32
            %v336 = arith.mulf %v329, %v332 fastmath<contract> : f32
            %v337 = arith.mulf %v329, %v334 fastmath<contract> : f32
            %v338 = arith.addf %v337, %v330 fastmath<contract> : f32
            %v339 = arith.cmpi uge, %v30, %v1 : i64
            %v340 = arith.select %v339, %v336, %v329 : f32
            %v341 = arith.select %v339, %v338, %v330 : f32
            %v343 = arith.cmpi eq, %v30, %v342 : i64
            scf.if %v343 {
              %v344 = llvm.getelementptr %v13[%v31] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v340, %v344 : f32, !llvm.ptr
              %v345 = llvm.getelementptr %v15[%v31] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v341, %v345 : f32, !llvm.ptr
            }
            %v346, %v347 = gpu.shuffle up %v340, %v91, %v289 : f32
            %v348, %v349 = gpu.shuffle up %v341, %v91, %v289 : f32
            %v350 = arith.cmpi eq, %v30, %v32 : i64
            %v351 = arith.select %v350, %v151, %v346 : f32
            %v352 = arith.select %v350, %v40, %v348 : f32
            %v353, %v354 = gpu.shuffle up %v287, %v91, %v289 : f32
            %v355, %v356 = gpu.shuffle up %v288, %v91, %v289 : f32
            %v357 = arith.mulf %v287, %v353 fastmath<contract> : f32
            %v358 = arith.mulf %v287, %v355 fastmath<contract> : f32
            %v359 = arith.addf %v358, %v288 fastmath<contract> : f32
            %v360 = arith.cmpi uge, %v30, %v2 : i64
            %v361 = arith.select %v360, %v357, %v287 : f32
            %v362 = arith.select %v360, %v359, %v288 : f32
            %v363, %v364 = gpu.shuffle up %v361, %v93, %v289 : f32
            %v365, %v366 = gpu.shuffle up %v362, %v93, %v289 : f32
            %v367 = arith.mulf %v361, %v363 fastmath<contract> : f32
            %v368 = arith.mulf %v361, %v365 fastmath<contract> : f32
            %v369 = arith.addf %v368, %v362 fastmath<contract> : f32
            %v370 = arith.cmpi uge, %v30, %v42 : i64
            %v371 = arith.select %v370, %v367, %v361 : f32
            %v372 = arith.select %v370, %v369, %v362 : f32
            %v373, %v374 = gpu.shuffle up %v371, %v97, %v289 : f32
            %v375, %v376 = gpu.shuffle up %v372, %v97, %v289 : f32
            %v377 = arith.mulf %v371, %v373 fastmath<contract> : f32
            %v378 = arith.mulf %v371, %v375 fastmath<contract> : f32
            %v379 = arith.addf %v378, %v372 fastmath<contract> : f32
            %v380 = arith.cmpi uge, %v30, %v109 : i64
            %v381 = arith.select %v380, %v377, %v371 : f32
            %v382 = arith.select %v380, %v379, %v372 : f32
            %v383, %v384 = gpu.shuffle up %v381, %v320, %v289 : f32
            %v385, %v386 = gpu.shuffle up %v382, %v320, %v289 : f32
            %v387 = arith.mulf %v381, %v383 fastmath<contract> : f32
            %v388 = arith.mulf %v381, %v385 fastmath<contract> : f32
            %v389 = arith.addf %v388, %v382 fastmath<contract> : f32
            %v390 = arith.cmpi uge, %v30, %v34 : i64
            %v391 = arith.select %v390, %v387, %v381 : f32
            %v392 = arith.select %v390, %v389, %v382 : f32
            %v393, %v394 = gpu.shuffle up %v391, %v331, %v289 : f32
            %v395, %v396 = gpu.shuffle up %v392, %v331, %v289 : f32
            %v397 = arith.mulf %v391, %v393 fastmath<contract> : f32
            %v398 = arith.mulf %v391, %v395 fastmath<contract> : f32
            %v399 = arith.addf %v398, %v392 fastmath<contract> : f32
            %v400 = arith.cmpi uge, %v30, %v1 : i64
            %v401 = arith.select %v400, %v397, %v391 : f32
            %v402 = arith.select %v400, %v399, %v392 : f32
            %v403 = arith.cmpi eq, %v30, %v342 : i64
            %v404 = arith.addi %v111, %v31 : i64
            scf.if %v403 {
              %v405 = llvm.getelementptr %v13[%v404] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v401, %v405 : f32, !llvm.ptr
              %v406 = llvm.getelementptr %v15[%v404] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v402, %v406 : f32, !llvm.ptr
            }
            %v407, %v408 = gpu.shuffle up %v401, %v91, %v289 : f32
            %v409, %v410 = gpu.shuffle up %v402, %v91, %v289 : f32
            %v411 = arith.cmpi eq, %v30, %v32 : i64
            %v412 = arith.select %v411, %v151, %v407 : f32
            %v413 = arith.select %v411, %v40, %v409 : f32
            // across warps: the warps' maps before this one's, and the whole tile's
            gpu.barrier
            %v415 = arith.index_cast %v20 : i64 to index
            %v416 = arith.index_cast %v42 : i64 to index
            %v417 = arith.index_cast %v414 : i64 to index
            scf.for %v418 = %v415 to %v416 step %v417 {
              %v419 = arith.index_cast %v418 : index to i64
              %v420 = arith.muli %v419, %v111 : i64
              %v421 = llvm.getelementptr %v13[%v420] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v422 = llvm.load %v421 : !llvm.ptr -> f32
              %v423 = llvm.getelementptr %v15[%v420] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v424 = llvm.load %v423 : !llvm.ptr -> f32
              %v425 = llvm.getelementptr %v13[%v420] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v151, %v425 : f32, !llvm.ptr
              %v426 = llvm.getelementptr %v15[%v420] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v40, %v426 : f32, !llvm.ptr
              %v427 = arith.mulf %v422, %v151 fastmath<contract> : f32
              %v428 = arith.mulf %v422, %v40 fastmath<contract> : f32
              %v429 = arith.addf %v428, %v424 fastmath<contract> : f32
              %v430 = arith.addi %v420, %v2 : i64
              %v431 = llvm.getelementptr %v13[%v430] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v432 = llvm.load %v431 : !llvm.ptr -> f32
              %v433 = llvm.getelementptr %v15[%v430] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v434 = llvm.load %v433 : !llvm.ptr -> f32
              %v435 = llvm.getelementptr %v13[%v430] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v427, %v435 : f32, !llvm.ptr
              %v436 = llvm.getelementptr %v15[%v430] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v429, %v436 : f32, !llvm.ptr
              %v437 = arith.mulf %v432, %v427 fastmath<contract> : f32
              %v438 = arith.mulf %v432, %v429 fastmath<contract> : f32
              %v439 = arith.addf %v438, %v434 fastmath<contract> : f32
              %v440 = arith.addi %v420, %v42 : i64
              %v441 = llvm.getelementptr %v13[%v440] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v442 = llvm.load %v441 : !llvm.ptr -> f32
              %v443 = llvm.getelementptr %v15[%v440] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v444 = llvm.load %v443 : !llvm.ptr -> f32
              %v445 = llvm.getelementptr %v13[%v440] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v437, %v445 : f32, !llvm.ptr
              %v446 = llvm.getelementptr %v15[%v440] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v439, %v446 : f32, !llvm.ptr
              %v447 = arith.mulf %v442, %v437 fastmath<contract> : f32
              %v448 = arith.mulf %v442, %v439 fastmath<contract> : f32
              %v449 = arith.addf %v448, %v444 fastmath<contract> : f32
              %v450 = arith.addi %v420, %v107 : i64
              %v451 = llvm.getelementptr %v13[%v450] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v452 = llvm.load %v451 : !llvm.ptr -> f32
              %v453 = llvm.getelementptr %v15[%v450] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v454 = llvm.load %v453 : !llvm.ptr -> f32
              %v455 = llvm.getelementptr %v13[%v450] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v447, %v455 : f32, !llvm.ptr
              %v456 = llvm.getelementptr %v15[%v450] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v449, %v456 : f32, !llvm.ptr
              %v457 = arith.mulf %v452, %v447 fastmath<contract> : f32
              %v458 = arith.mulf %v452, %v449 fastmath<contract> : f32
              %v459 = arith.addf %v458, %v454 fastmath<contract> : f32
              %v460 = arith.addi %v420, %v109 : i64
              %v461 = llvm.getelementptr %v13[%v460] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v457, %v461 : f32, !llvm.ptr
              %v462 = llvm.getelementptr %v15[%v460] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v459, %v462 : f32, !llvm.ptr
            }
            gpu.barrier
            %v463 = llvm.getelementptr %v13[%v31] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v464 = llvm.load %v463 : !llvm.ptr -> f32
            %v465 = llvm.getelementptr %v15[%v31] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v466 = llvm.load %v465 : !llvm.ptr -> f32
            %v467 = llvm.getelementptr %v13[%v109] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v468 = llvm.load %v467 : !llvm.ptr -> f32
            %v469 = llvm.getelementptr %v15[%v109] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v470 = llvm.load %v469 : !llvm.ptr -> f32
            %v471 = arith.mulf %v351, %v464 fastmath<contract> : f32
            %v472 = arith.mulf %v351, %v466 fastmath<contract> : f32
            %v473 = arith.addf %v472, %v352 fastmath<contract> : f32
            %v474 = arith.addi %v111, %v31 : i64
            %v475 = llvm.getelementptr %v13[%v474] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v476 = llvm.load %v475 : !llvm.ptr -> f32
            %v477 = llvm.getelementptr %v15[%v474] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v478 = llvm.load %v477 : !llvm.ptr -> f32
            %v480 = llvm.getelementptr %v13[%v479] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v481 = llvm.load %v480 : !llvm.ptr -> f32
            %v482 = llvm.getelementptr %v15[%v479] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v483 = llvm.load %v482 : !llvm.ptr -> f32
            %v484 = arith.mulf %v412, %v476 fastmath<contract> : f32
            %v485 = arith.mulf %v412, %v478 fastmath<contract> : f32
            %v486 = arith.addf %v485, %v413 fastmath<contract> : f32
            %v487 = arith.muli %v121, %v42 : i64
            %v488 = llvm.getelementptr %v17[%v487] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v489 = llvm.load %v488 : !llvm.ptr -> f32
            %v490 = arith.mulf %v471, %v489 fastmath<contract> : f32
            %v491 = arith.addf %v490, %v473 fastmath<contract> : f32
            llvm.store %v491, %v4 : f32, !llvm.ptr
            %v492 = arith.mulf %v468, %v489 fastmath<contract> : f32
            %v493 = arith.addf %v492, %v470 fastmath<contract> : f32
            %v494 = arith.muli %v121, %v42 : i64
            %v495 = arith.addi %v494, %v2 : i64
            %v496 = llvm.getelementptr %v17[%v495] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v497 = llvm.load %v496 : !llvm.ptr -> f32
            %v498 = arith.mulf %v484, %v497 fastmath<contract> : f32
            %v499 = arith.addf %v498, %v486 fastmath<contract> : f32
            llvm.store %v499, %v5 : f32, !llvm.ptr
            %v500 = arith.mulf %v481, %v497 fastmath<contract> : f32
            %v501 = arith.addf %v500, %v483 fastmath<contract> : f32
            // 3. the K steps again: checkpoints, outputs at this point, sums' terms
            // save the states at checkpoint steps (when given somewhere to save them)
            %v503 = arith.remui %v75, %v502 : i64
            %v504 = arith.cmpi eq, %v503, %v32 : i64
            %v505 = arith.andi %v504, %v22 : i1
            scf.if %v505 {
              %v506 = arith.divui %v75, %v502 : i64
              %v507 = llvm.mlir.zero : !llvm.ptr
              %v508 = llvm.icmp "ne" %ckpt_h, %v507 : !llvm.ptr
              scf.if %v508 {
                %v511 = arith.muli %v506, %v510 : i64
                %v512 = llvm.load %v4 : !llvm.ptr -> f32
                %v514 = arith.muli %v27, %v513 : i64
                %v515 = arith.muli %v25, %v1 : i64
                %v516 = arith.addi %v514, %v515 : i64
                %v517 = arith.addi %v516, %v121 : i64
                %v518 = arith.addi %v511, %v517 : i64
                %v519 = llvm.getelementptr %ckpt_h[%v518] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                llvm.store %v512, %v519 : f32, !llvm.ptr
                %v520 = llvm.load %v5 : !llvm.ptr -> f32
                %v521 = arith.muli %v27, %v513 : i64
                %v522 = arith.muli %v25, %v1 : i64
                %v523 = arith.addi %v521, %v522 : i64
                %v524 = arith.constant 8 : i64
                %v525 = arith.addi %v524, %v121 : i64
                %v526 = arith.addi %v523, %v525 : i64
                %v527 = arith.addi %v511, %v526 : i64
                %v528 = llvm.getelementptr %ckpt_h[%v527] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                llvm.store %v520, %v528 : f32, !llvm.ptr
              }
            }
            // end save
            %v529 = llvm.load %v4 : !llvm.ptr -> f32
            %v530 = arith.mulf %v136, %v529 fastmath<contract> : f32
            %v531 = arith.addf %v530, %v182 fastmath<contract> : f32
            %v532 = llvm.load %v5 : !llvm.ptr -> f32
            %v533 = arith.mulf %v149, %v532 fastmath<contract> : f32
            %v534 = arith.addf %v533, %v188 fastmath<contract> : f32
            llvm.store %v531, %v4 : f32, !llvm.ptr
            llvm.store %v534, %v5 : f32, !llvm.ptr
            %v535 = llvm.load %v4 : !llvm.ptr -> f32
            %v536 = arith.mulf %v173, %v535 fastmath<contract> : f32
            %v537 = llvm.load %v5 : !llvm.ptr -> f32
            %v538 = arith.mulf %v180, %v537 fastmath<contract> : f32
            %v539 = arith.addf %v536, %v538 fastmath<contract> : f32
            %v540 = llvm.load %v60 : !llvm.ptr -> f32
            %v541 = arith.addf %v540, %v539 fastmath<contract> : f32
            llvm.store %v541, %v60 : f32, !llvm.ptr
            %v542 = arith.addi %v75, %v2 : i64
            %v543 = llvm.load %v4 : !llvm.ptr -> f32
            %v544 = arith.mulf %v136, %v543 fastmath<contract> : f32
            %v545 = arith.addf %v544, %v195 fastmath<contract> : f32
            %v546 = llvm.load %v5 : !llvm.ptr -> f32
            %v547 = arith.mulf %v149, %v546 fastmath<contract> : f32
            %v548 = arith.addf %v547, %v201 fastmath<contract> : f32
            llvm.store %v545, %v4 : f32, !llvm.ptr
            llvm.store %v548, %v5 : f32, !llvm.ptr
            %v549 = llvm.load %v4 : !llvm.ptr -> f32
            %v550 = arith.mulf %v173, %v549 fastmath<contract> : f32
            %v551 = llvm.load %v5 : !llvm.ptr -> f32
            %v552 = arith.mulf %v180, %v551 fastmath<contract> : f32
            %v553 = arith.addf %v550, %v552 fastmath<contract> : f32
            %v554 = llvm.load %v61 : !llvm.ptr -> f32
            %v555 = arith.addf %v554, %v553 fastmath<contract> : f32
            llvm.store %v555, %v61 : f32, !llvm.ptr
            %v556 = arith.addi %v75, %v42 : i64
            %v557 = llvm.load %v4 : !llvm.ptr -> f32
            %v558 = arith.mulf %v136, %v557 fastmath<contract> : f32
            %v559 = arith.addf %v558, %v208 fastmath<contract> : f32
            %v560 = llvm.load %v5 : !llvm.ptr -> f32
            %v561 = arith.mulf %v149, %v560 fastmath<contract> : f32
            %v562 = arith.addf %v561, %v214 fastmath<contract> : f32
            llvm.store %v559, %v4 : f32, !llvm.ptr
            llvm.store %v562, %v5 : f32, !llvm.ptr
            %v563 = llvm.load %v4 : !llvm.ptr -> f32
            %v564 = arith.mulf %v173, %v563 fastmath<contract> : f32
            %v565 = llvm.load %v5 : !llvm.ptr -> f32
            %v566 = arith.mulf %v180, %v565 fastmath<contract> : f32
            %v567 = arith.addf %v564, %v566 fastmath<contract> : f32
            %v568 = llvm.load %v62 : !llvm.ptr -> f32
            %v569 = arith.addf %v568, %v567 fastmath<contract> : f32
            llvm.store %v569, %v62 : f32, !llvm.ptr
            %v570 = arith.addi %v75, %v107 : i64
            %v571 = llvm.load %v4 : !llvm.ptr -> f32
            %v572 = arith.mulf %v136, %v571 fastmath<contract> : f32
            %v573 = arith.addf %v572, %v221 fastmath<contract> : f32
            %v574 = llvm.load %v5 : !llvm.ptr -> f32
            %v575 = arith.mulf %v149, %v574 fastmath<contract> : f32
            %v576 = arith.addf %v575, %v227 fastmath<contract> : f32
            llvm.store %v573, %v4 : f32, !llvm.ptr
            llvm.store %v576, %v5 : f32, !llvm.ptr
            %v577 = llvm.load %v4 : !llvm.ptr -> f32
            %v578 = arith.mulf %v173, %v577 fastmath<contract> : f32
            %v579 = llvm.load %v5 : !llvm.ptr -> f32
            %v580 = arith.mulf %v180, %v579 fastmath<contract> : f32
            %v581 = arith.addf %v578, %v580 fastmath<contract> : f32
            %v582 = llvm.load %v63 : !llvm.ptr -> f32
            %v583 = arith.addf %v582, %v581 fastmath<contract> : f32
            llvm.store %v583, %v63 : f32, !llvm.ptr
            %v584 = arith.addi %v75, %v109 : i64
            %v585 = llvm.load %v4 : !llvm.ptr -> f32
            %v586 = arith.mulf %v136, %v585 fastmath<contract> : f32
            %v587 = arith.addf %v586, %v234 fastmath<contract> : f32
            %v588 = llvm.load %v5 : !llvm.ptr -> f32
            %v589 = arith.mulf %v149, %v588 fastmath<contract> : f32
            %v590 = arith.addf %v589, %v240 fastmath<contract> : f32
            llvm.store %v587, %v4 : f32, !llvm.ptr
            llvm.store %v590, %v5 : f32, !llvm.ptr
            %v591 = llvm.load %v4 : !llvm.ptr -> f32
            %v592 = arith.mulf %v173, %v591 fastmath<contract> : f32
            %v593 = llvm.load %v5 : !llvm.ptr -> f32
            %v594 = arith.mulf %v180, %v593 fastmath<contract> : f32
            %v595 = arith.addf %v592, %v594 fastmath<contract> : f32
            %v596 = llvm.load %v64 : !llvm.ptr -> f32
            %v597 = arith.addf %v596, %v595 fastmath<contract> : f32
            llvm.store %v597, %v64 : f32, !llvm.ptr
            %v598 = arith.addi %v75, %v111 : i64
            %v599 = llvm.load %v4 : !llvm.ptr -> f32
            %v600 = arith.mulf %v136, %v599 fastmath<contract> : f32
            %v601 = arith.addf %v600, %v247 fastmath<contract> : f32
            %v602 = llvm.load %v5 : !llvm.ptr -> f32
            %v603 = arith.mulf %v149, %v602 fastmath<contract> : f32
            %v604 = arith.addf %v603, %v253 fastmath<contract> : f32
            llvm.store %v601, %v4 : f32, !llvm.ptr
            llvm.store %v604, %v5 : f32, !llvm.ptr
            %v605 = llvm.load %v4 : !llvm.ptr -> f32
            %v606 = arith.mulf %v173, %v605 fastmath<contract> : f32
            %v607 = llvm.load %v5 : !llvm.ptr -> f32
            %v608 = arith.mulf %v180, %v607 fastmath<contract> : f32
            %v609 = arith.addf %v606, %v608 fastmath<contract> : f32
            %v610 = llvm.load %v65 : !llvm.ptr -> f32
            %v611 = arith.addf %v610, %v609 fastmath<contract> : f32
            llvm.store %v611, %v65 : f32, !llvm.ptr
            %v612 = arith.addi %v75, %v113 : i64
            %v613 = llvm.load %v4 : !llvm.ptr -> f32
            %v614 = arith.mulf %v136, %v613 fastmath<contract> : f32
            %v615 = arith.addf %v614, %v260 fastmath<contract> : f32
            %v616 = llvm.load %v5 : !llvm.ptr -> f32
            %v617 = arith.mulf %v149, %v616 fastmath<contract> : f32
            %v618 = arith.addf %v617, %v266 fastmath<contract> : f32
            llvm.store %v615, %v4 : f32, !llvm.ptr
            llvm.store %v618, %v5 : f32, !llvm.ptr
            %v619 = llvm.load %v4 : !llvm.ptr -> f32
            %v620 = arith.mulf %v173, %v619 fastmath<contract> : f32
            %v621 = llvm.load %v5 : !llvm.ptr -> f32
            %v622 = arith.mulf %v180, %v621 fastmath<contract> : f32
            %v623 = arith.addf %v620, %v622 fastmath<contract> : f32
            %v624 = llvm.load %v66 : !llvm.ptr -> f32
            %v625 = arith.addf %v624, %v623 fastmath<contract> : f32
            llvm.store %v625, %v66 : f32, !llvm.ptr
            %v626 = arith.addi %v75, %v115 : i64
            %v627 = llvm.load %v4 : !llvm.ptr -> f32
            %v628 = arith.mulf %v136, %v627 fastmath<contract> : f32
            %v629 = arith.addf %v628, %v273 fastmath<contract> : f32
            %v630 = llvm.load %v5 : !llvm.ptr -> f32
            %v631 = arith.mulf %v149, %v630 fastmath<contract> : f32
            %v632 = arith.addf %v631, %v279 fastmath<contract> : f32
            llvm.store %v629, %v4 : f32, !llvm.ptr
            llvm.store %v632, %v5 : f32, !llvm.ptr
            %v633 = llvm.load %v4 : !llvm.ptr -> f32
            %v634 = arith.mulf %v173, %v633 fastmath<contract> : f32
            %v635 = llvm.load %v5 : !llvm.ptr -> f32
            %v636 = arith.mulf %v180, %v635 fastmath<contract> : f32
            %v637 = arith.addf %v634, %v636 fastmath<contract> : f32
            %v638 = llvm.load %v67 : !llvm.ptr -> f32
            %v639 = arith.addf %v638, %v637 fastmath<contract> : f32
            llvm.store %v639, %v67 : f32, !llvm.ptr
            gpu.barrier
            scf.if %v33 {
              %v640 = arith.muli %v121, %v42 : i64
              %v641 = llvm.getelementptr %v17[%v640] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v493, %v641 : f32, !llvm.ptr
              %v642 = arith.muli %v121, %v42 : i64
              %v643 = arith.addi %v642, %v2 : i64
              %v644 = llvm.getelementptr %v17[%v643] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v501, %v644 : f32, !llvm.ptr
            }
          }
          // 4. the outputs summed over the points, K steps per vector store
          %v645 = llvm.load %v60 : !llvm.ptr -> f32
          %v648 = arith.mulf %v90, %v647 fastmath<contract> : f32
          %v649 = arith.addf %v645, %v648 fastmath<contract> : f32
          %v650 = arith.addi %v75, %v2 : i64
          %v651 = llvm.load %v61 : !llvm.ptr -> f32
          %v652 = arith.mulf %v92, %v647 fastmath<contract> : f32
          %v653 = arith.addf %v651, %v652 fastmath<contract> : f32
          %v654 = arith.addi %v75, %v42 : i64
          %v655 = llvm.load %v62 : !llvm.ptr -> f32
          %v656 = arith.mulf %v94, %v647 fastmath<contract> : f32
          %v657 = arith.addf %v655, %v656 fastmath<contract> : f32
          %v658 = arith.addi %v75, %v107 : i64
          %v659 = llvm.load %v63 : !llvm.ptr -> f32
          %v660 = arith.mulf %v96, %v647 fastmath<contract> : f32
          %v661 = arith.addf %v659, %v660 fastmath<contract> : f32
          %v662 = arith.addi %v75, %v109 : i64
          %v663 = llvm.load %v64 : !llvm.ptr -> f32
          %v664 = arith.mulf %v98, %v647 fastmath<contract> : f32
          %v665 = arith.addf %v663, %v664 fastmath<contract> : f32
          %v666 = arith.addi %v75, %v111 : i64
          %v667 = llvm.load %v65 : !llvm.ptr -> f32
          %v668 = arith.mulf %v100, %v647 fastmath<contract> : f32
          %v669 = arith.addf %v667, %v668 fastmath<contract> : f32
          %v670 = arith.addi %v75, %v113 : i64
          %v671 = llvm.load %v66 : !llvm.ptr -> f32
          %v672 = arith.mulf %v102, %v647 fastmath<contract> : f32
          %v673 = arith.addf %v671, %v672 fastmath<contract> : f32
          %v674 = arith.addi %v75, %v115 : i64
          %v675 = llvm.load %v67 : !llvm.ptr -> f32
          %v676 = arith.mulf %v104, %v647 fastmath<contract> : f32
          %v677 = arith.addf %v675, %v676 fastmath<contract> : f32
          %v678 = llvm.mlir.undef : vector<8xf32>
          %v679 = llvm.insertelement %v649, %v678[%v89 : i32] : vector<8xf32>
          %v680 = llvm.insertelement %v653, %v679[%v91 : i32] : vector<8xf32>
          %v681 = llvm.insertelement %v657, %v680[%v93 : i32] : vector<8xf32>
          %v682 = llvm.insertelement %v661, %v681[%v95 : i32] : vector<8xf32>
          %v683 = llvm.insertelement %v665, %v682[%v97 : i32] : vector<8xf32>
          %v684 = llvm.insertelement %v669, %v683[%v99 : i32] : vector<8xf32>
          %v685 = llvm.insertelement %v673, %v684[%v101 : i32] : vector<8xf32>
          %v686 = llvm.insertelement %v677, %v685[%v103 : i32] : vector<8xf32>
          %v687 = arith.muli %v27, %v82 : i64
          %v688 = arith.muli %v25, %size_L : i64
          %v689 = arith.addi %v687, %v688 : i64
          %v690 = arith.addi %v689, %v75 : i64
          %v691 = llvm.getelementptr %out_y[%v690] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          scf.if %v22 {
            llvm.store %v686, %v691 {alignment = 32 : i64} : vector<8xf32>, !llvm.ptr
          }
        } else {
          %v692 = arith.index_cast %v32 : i64 to index
          %v693 = arith.index_cast %v78 : i64 to index
          %v694 = arith.index_cast %v2 : i64 to index
          scf.for %v695 = %v692 to %v693 step %v694 {
            %v696 = arith.index_cast %v695 : index to i64
            %v697 = llvm.getelementptr %v68[%v696] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v40, %v697 : f32, !llvm.ptr
          }
          %v698 = arith.index_cast %v32 : i64 to index
          %v699 = arith.index_cast %v34 : i64 to index
          %v700 = arith.index_cast %v2 : i64 to index
          scf.for %v701 = %v698 to %v699 step %v700 {
            %v702 = arith.index_cast %v701 : index to i64
            %v703 = arith.muli %v25, %v1 : i64
            %v704 = arith.addi %v703, %v702 : i64
            %v705 = llvm.getelementptr %in_A_log[%v704] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v706 = llvm.load %v705 : !llvm.ptr -> f32
            %v707 = arith.mulf %v706, %v124 fastmath<contract> : f32
            %v708 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v707) : (f32) -> f32
            %v709 = arith.negf %v708 : f32
            %v710 = arith.mulf %v126, %v709 fastmath<contract> : f32
            %v711 = arith.mulf %v710, %v124 fastmath<contract> : f32
            %v712 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v711) : (f32) -> f32
            %v713 = arith.mulf %v712, %v124 fastmath<contract> : f32
            %v714 = arith.muli %v25, %v1 : i64
            %v715 = arith.constant 8 : i64
            %v716 = arith.addi %v715, %v702 : i64
            %v717 = arith.addi %v714, %v716 : i64
            %v718 = llvm.getelementptr %in_A_log[%v717] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v719 = llvm.load %v718 : !llvm.ptr -> f32
            %v720 = arith.mulf %v719, %v124 fastmath<contract> : f32
            %v721 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v720) : (f32) -> f32
            %v722 = arith.negf %v721 : f32
            %v723 = arith.mulf %v126, %v722 fastmath<contract> : f32
            %v724 = arith.mulf %v723, %v124 fastmath<contract> : f32
            %v725 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v724) : (f32) -> f32
            %v726 = arith.mulf %v725, %v124 fastmath<contract> : f32
            %v727 = arith.subf %v712, %v151 fastmath<contract> : f32
            %v728 = arith.divf %v727, %v709 : f32
            %v729 = arith.muli %v25, %v1 : i64
            %v730 = arith.addi %v729, %v702 : i64
            %v731 = llvm.getelementptr %in_Bp[%v730] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v732 = llvm.load %v731 : !llvm.ptr -> f32
            %v733 = arith.mulf %v728, %v732 fastmath<contract> : f32
            %v734 = arith.mulf %v733, %v124 fastmath<contract> : f32
            %v735 = arith.subf %v725, %v151 fastmath<contract> : f32
            %v736 = arith.divf %v735, %v722 : f32
            %v737 = arith.muli %v25, %v1 : i64
            %v738 = arith.constant 8 : i64
            %v739 = arith.addi %v738, %v702 : i64
            %v740 = arith.addi %v737, %v739 : i64
            %v741 = llvm.getelementptr %in_Bp[%v740] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v742 = llvm.load %v741 : !llvm.ptr -> f32
            %v743 = arith.mulf %v736, %v742 fastmath<contract> : f32
            %v744 = arith.mulf %v743, %v124 fastmath<contract> : f32
            %v745 = arith.muli %v25, %v1 : i64
            %v746 = arith.addi %v745, %v702 : i64
            %v747 = llvm.getelementptr %in_Cp[%v746] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v748 = llvm.load %v747 : !llvm.ptr -> f32
            %v749 = arith.mulf %v748, %v124 fastmath<contract> : f32
            %v750 = arith.muli %v25, %v1 : i64
            %v751 = arith.constant 8 : i64
            %v752 = arith.addi %v751, %v702 : i64
            %v753 = arith.addi %v750, %v752 : i64
            %v754 = llvm.getelementptr %in_Cp[%v753] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v755 = llvm.load %v754 : !llvm.ptr -> f32
            %v756 = arith.mulf %v755, %v124 fastmath<contract> : f32
            llvm.store %v151, %v6 : f32, !llvm.ptr
            llvm.store %v151, %v7 : f32, !llvm.ptr
            llvm.store %v40, %v8 : f32, !llvm.ptr
            llvm.store %v40, %v9 : f32, !llvm.ptr
            %v757 = arith.index_cast %v32 : i64 to index
            %v758 = arith.index_cast %v78 : i64 to index
            %v759 = arith.index_cast %v2 : i64 to index
            scf.for %v760 = %v757 to %v758 step %v759 {
              %v761 = arith.index_cast %v760 : index to i64
              %v762 = arith.addi %v75, %v761 : i64
              %v763 = arith.muli %v27, %v82 : i64
              %v764 = arith.muli %v25, %size_L : i64
              %v765 = arith.addi %v763, %v764 : i64
              %v766 = arith.addi %v765, %v762 : i64
              %v767 = llvm.getelementptr %in_u[%v766] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v768 = llvm.load %v767 : !llvm.ptr -> f32
              %v769 = arith.mulf %v733, %v768 fastmath<contract> : f32
              %v770 = llvm.load %v8 : !llvm.ptr -> f32
              %v771 = arith.mulf %v712, %v770 fastmath<contract> : f32
              %v772 = arith.addf %v771, %v769 fastmath<contract> : f32
              %v773 = llvm.load %v6 : !llvm.ptr -> f32
              %v774 = arith.mulf %v712, %v773 fastmath<contract> : f32
              %v775 = arith.mulf %v743, %v768 fastmath<contract> : f32
              %v776 = llvm.load %v9 : !llvm.ptr -> f32
              %v777 = arith.mulf %v725, %v776 fastmath<contract> : f32
              %v778 = arith.addf %v777, %v775 fastmath<contract> : f32
              %v779 = llvm.load %v7 : !llvm.ptr -> f32
              %v780 = arith.mulf %v725, %v779 fastmath<contract> : f32
              llvm.store %v772, %v8 : f32, !llvm.ptr
              llvm.store %v774, %v6 : f32, !llvm.ptr
              llvm.store %v778, %v9 : f32, !llvm.ptr
              llvm.store %v780, %v7 : f32, !llvm.ptr
            }
            %v781 = llvm.load %v6 : !llvm.ptr -> f32
            %v782 = llvm.load %v8 : !llvm.ptr -> f32
            %v783 = llvm.load %v7 : !llvm.ptr -> f32
            %v784 = llvm.load %v9 : !llvm.ptr -> f32
            %v785, %v786 = gpu.shuffle up %v781, %v91, %v289 : f32
            %v787, %v788 = gpu.shuffle up %v782, %v91, %v289 : f32
            %v789 = arith.mulf %v781, %v785 fastmath<contract> : f32
            %v790 = arith.mulf %v781, %v787 fastmath<contract> : f32
            %v791 = arith.addf %v790, %v782 fastmath<contract> : f32
            %v792 = arith.cmpi uge, %v30, %v2 : i64
            %v793 = arith.select %v792, %v789, %v781 : f32
            %v794 = arith.select %v792, %v791, %v782 : f32
            %v795, %v796 = gpu.shuffle up %v793, %v93, %v289 : f32
            %v797, %v798 = gpu.shuffle up %v794, %v93, %v289 : f32
            %v799 = arith.mulf %v793, %v795 fastmath<contract> : f32
            %v800 = arith.mulf %v793, %v797 fastmath<contract> : f32
            %v801 = arith.addf %v800, %v794 fastmath<contract> : f32
            %v802 = arith.cmpi uge, %v30, %v42 : i64
            %v803 = arith.select %v802, %v799, %v793 : f32
            %v804 = arith.select %v802, %v801, %v794 : f32
            %v805, %v806 = gpu.shuffle up %v803, %v97, %v289 : f32
            %v807, %v808 = gpu.shuffle up %v804, %v97, %v289 : f32
            %v809 = arith.mulf %v803, %v805 fastmath<contract> : f32
            %v810 = arith.mulf %v803, %v807 fastmath<contract> : f32
            %v811 = arith.addf %v810, %v804 fastmath<contract> : f32
            %v812 = arith.cmpi uge, %v30, %v109 : i64
            %v813 = arith.select %v812, %v809, %v803 : f32
            %v814 = arith.select %v812, %v811, %v804 : f32
            %v815, %v816 = gpu.shuffle up %v813, %v320, %v289 : f32
            %v817, %v818 = gpu.shuffle up %v814, %v320, %v289 : f32
            %v819 = arith.mulf %v813, %v815 fastmath<contract> : f32
            %v820 = arith.mulf %v813, %v817 fastmath<contract> : f32
            %v821 = arith.addf %v820, %v814 fastmath<contract> : f32
            %v822 = arith.cmpi uge, %v30, %v34 : i64
            %v823 = arith.select %v822, %v819, %v813 : f32
            %v824 = arith.select %v822, %v821, %v814 : f32
            %v825, %v826 = gpu.shuffle up %v823, %v331, %v289 : f32
            %v827, %v828 = gpu.shuffle up %v824, %v331, %v289 : f32
            %v829 = arith.mulf %v823, %v825 fastmath<contract> : f32
            %v830 = arith.mulf %v823, %v827 fastmath<contract> : f32
            %v831 = arith.addf %v830, %v824 fastmath<contract> : f32
            %v832 = arith.cmpi uge, %v30, %v1 : i64
            %v833 = arith.select %v832, %v829, %v823 : f32
            %v834 = arith.select %v832, %v831, %v824 : f32
            %v835 = arith.cmpi eq, %v30, %v342 : i64
            scf.if %v835 {
              %v836 = llvm.getelementptr %v13[%v31] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v833, %v836 : f32, !llvm.ptr
              %v837 = llvm.getelementptr %v15[%v31] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v834, %v837 : f32, !llvm.ptr
            }
            %v838, %v839 = gpu.shuffle up %v833, %v91, %v289 : f32
            %v840, %v841 = gpu.shuffle up %v834, %v91, %v289 : f32
            %v842 = arith.cmpi eq, %v30, %v32 : i64
            %v843 = arith.select %v842, %v151, %v838 : f32
            %v844 = arith.select %v842, %v40, %v840 : f32
            %v845, %v846 = gpu.shuffle up %v783, %v91, %v289 : f32
            %v847, %v848 = gpu.shuffle up %v784, %v91, %v289 : f32
            %v849 = arith.mulf %v783, %v845 fastmath<contract> : f32
            %v850 = arith.mulf %v783, %v847 fastmath<contract> : f32
            %v851 = arith.addf %v850, %v784 fastmath<contract> : f32
            %v852 = arith.cmpi uge, %v30, %v2 : i64
            %v853 = arith.select %v852, %v849, %v783 : f32
            %v854 = arith.select %v852, %v851, %v784 : f32
            %v855, %v856 = gpu.shuffle up %v853, %v93, %v289 : f32
            %v857, %v858 = gpu.shuffle up %v854, %v93, %v289 : f32
            %v859 = arith.mulf %v853, %v855 fastmath<contract> : f32
            %v860 = arith.mulf %v853, %v857 fastmath<contract> : f32
            %v861 = arith.addf %v860, %v854 fastmath<contract> : f32
            %v862 = arith.cmpi uge, %v30, %v42 : i64
            %v863 = arith.select %v862, %v859, %v853 : f32
            %v864 = arith.select %v862, %v861, %v854 : f32
            %v865, %v866 = gpu.shuffle up %v863, %v97, %v289 : f32
            %v867, %v868 = gpu.shuffle up %v864, %v97, %v289 : f32
            %v869 = arith.mulf %v863, %v865 fastmath<contract> : f32
            %v870 = arith.mulf %v863, %v867 fastmath<contract> : f32
            %v871 = arith.addf %v870, %v864 fastmath<contract> : f32
            %v872 = arith.cmpi uge, %v30, %v109 : i64
            %v873 = arith.select %v872, %v869, %v863 : f32
            %v874 = arith.select %v872, %v871, %v864 : f32
            %v875, %v876 = gpu.shuffle up %v873, %v320, %v289 : f32
            %v877, %v878 = gpu.shuffle up %v874, %v320, %v289 : f32
            %v879 = arith.mulf %v873, %v875 fastmath<contract> : f32
            %v880 = arith.mulf %v873, %v877 fastmath<contract> : f32
            %v881 = arith.addf %v880, %v874 fastmath<contract> : f32
            %v882 = arith.cmpi uge, %v30, %v34 : i64
            %v883 = arith.select %v882, %v879, %v873 : f32
            %v884 = arith.select %v882, %v881, %v874 : f32
            %v885, %v886 = gpu.shuffle up %v883, %v331, %v289 : f32
            %v887, %v888 = gpu.shuffle up %v884, %v331, %v289 : f32
            %v889 = arith.mulf %v883, %v885 fastmath<contract> : f32
            %v890 = arith.mulf %v883, %v887 fastmath<contract> : f32
            %v891 = arith.addf %v890, %v884 fastmath<contract> : f32
            %v892 = arith.cmpi uge, %v30, %v1 : i64
            %v893 = arith.select %v892, %v889, %v883 : f32
            %v894 = arith.select %v892, %v891, %v884 : f32
            %v895 = arith.cmpi eq, %v30, %v342 : i64
            %v896 = arith.addi %v111, %v31 : i64
            scf.if %v895 {
              %v897 = llvm.getelementptr %v13[%v896] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v893, %v897 : f32, !llvm.ptr
              %v898 = llvm.getelementptr %v15[%v896] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v894, %v898 : f32, !llvm.ptr
            }
            %v899, %v900 = gpu.shuffle up %v893, %v91, %v289 : f32
            %v901, %v902 = gpu.shuffle up %v894, %v91, %v289 : f32
            %v903 = arith.cmpi eq, %v30, %v32 : i64
            %v904 = arith.select %v903, %v151, %v899 : f32
            %v905 = arith.select %v903, %v40, %v901 : f32
            // across warps: the warps' maps before this one's, and the whole tile's
            gpu.barrier
            %v906 = arith.index_cast %v20 : i64 to index
            %v907 = arith.index_cast %v42 : i64 to index
            %v908 = arith.index_cast %v414 : i64 to index
            scf.for %v909 = %v906 to %v907 step %v908 {
              %v910 = arith.index_cast %v909 : index to i64
              %v911 = arith.muli %v910, %v111 : i64
              %v912 = llvm.getelementptr %v13[%v911] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v913 = llvm.load %v912 : !llvm.ptr -> f32
              %v914 = llvm.getelementptr %v15[%v911] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v915 = llvm.load %v914 : !llvm.ptr -> f32
              %v916 = llvm.getelementptr %v13[%v911] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v151, %v916 : f32, !llvm.ptr
              %v917 = llvm.getelementptr %v15[%v911] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v40, %v917 : f32, !llvm.ptr
              %v918 = arith.mulf %v913, %v151 fastmath<contract> : f32
              %v919 = arith.mulf %v913, %v40 fastmath<contract> : f32
              %v920 = arith.addf %v919, %v915 fastmath<contract> : f32
              %v921 = arith.addi %v911, %v2 : i64
              %v922 = llvm.getelementptr %v13[%v921] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v923 = llvm.load %v922 : !llvm.ptr -> f32
              %v924 = llvm.getelementptr %v15[%v921] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v925 = llvm.load %v924 : !llvm.ptr -> f32
              %v926 = llvm.getelementptr %v13[%v921] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v918, %v926 : f32, !llvm.ptr
              %v927 = llvm.getelementptr %v15[%v921] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v920, %v927 : f32, !llvm.ptr
              %v928 = arith.mulf %v923, %v918 fastmath<contract> : f32
              %v929 = arith.mulf %v923, %v920 fastmath<contract> : f32
              %v930 = arith.addf %v929, %v925 fastmath<contract> : f32
              %v931 = arith.addi %v911, %v42 : i64
              %v932 = llvm.getelementptr %v13[%v931] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v933 = llvm.load %v932 : !llvm.ptr -> f32
              %v934 = llvm.getelementptr %v15[%v931] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v935 = llvm.load %v934 : !llvm.ptr -> f32
              %v936 = llvm.getelementptr %v13[%v931] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v928, %v936 : f32, !llvm.ptr
              %v937 = llvm.getelementptr %v15[%v931] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v930, %v937 : f32, !llvm.ptr
              %v938 = arith.mulf %v933, %v928 fastmath<contract> : f32
              %v939 = arith.mulf %v933, %v930 fastmath<contract> : f32
              %v940 = arith.addf %v939, %v935 fastmath<contract> : f32
              %v941 = arith.addi %v911, %v107 : i64
              %v942 = llvm.getelementptr %v13[%v941] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v943 = llvm.load %v942 : !llvm.ptr -> f32
              %v944 = llvm.getelementptr %v15[%v941] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v945 = llvm.load %v944 : !llvm.ptr -> f32
              %v946 = llvm.getelementptr %v13[%v941] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v938, %v946 : f32, !llvm.ptr
              %v947 = llvm.getelementptr %v15[%v941] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v940, %v947 : f32, !llvm.ptr
              %v948 = arith.mulf %v943, %v938 fastmath<contract> : f32
              %v949 = arith.mulf %v943, %v940 fastmath<contract> : f32
              %v950 = arith.addf %v949, %v945 fastmath<contract> : f32
              %v951 = arith.addi %v911, %v109 : i64
              %v952 = llvm.getelementptr %v13[%v951] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v948, %v952 : f32, !llvm.ptr
              %v953 = llvm.getelementptr %v15[%v951] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v950, %v953 : f32, !llvm.ptr
            }
            gpu.barrier
            %v954 = llvm.getelementptr %v13[%v31] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v955 = llvm.load %v954 : !llvm.ptr -> f32
            %v956 = llvm.getelementptr %v15[%v31] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v957 = llvm.load %v956 : !llvm.ptr -> f32
            %v958 = llvm.getelementptr %v13[%v109] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v959 = llvm.load %v958 : !llvm.ptr -> f32
            %v960 = llvm.getelementptr %v15[%v109] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v961 = llvm.load %v960 : !llvm.ptr -> f32
            %v962 = arith.mulf %v843, %v955 fastmath<contract> : f32
            %v963 = arith.mulf %v843, %v957 fastmath<contract> : f32
            %v964 = arith.addf %v963, %v844 fastmath<contract> : f32
            %v965 = arith.addi %v111, %v31 : i64
            %v966 = llvm.getelementptr %v13[%v965] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v967 = llvm.load %v966 : !llvm.ptr -> f32
            %v968 = llvm.getelementptr %v15[%v965] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v969 = llvm.load %v968 : !llvm.ptr -> f32
            %v970 = llvm.getelementptr %v13[%v479] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v971 = llvm.load %v970 : !llvm.ptr -> f32
            %v972 = llvm.getelementptr %v15[%v479] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v973 = llvm.load %v972 : !llvm.ptr -> f32
            %v974 = arith.mulf %v904, %v967 fastmath<contract> : f32
            %v975 = arith.mulf %v904, %v969 fastmath<contract> : f32
            %v976 = arith.addf %v975, %v905 fastmath<contract> : f32
            %v977 = arith.muli %v702, %v42 : i64
            %v978 = llvm.getelementptr %v17[%v977] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v979 = llvm.load %v978 : !llvm.ptr -> f32
            %v980 = arith.mulf %v962, %v979 fastmath<contract> : f32
            %v981 = arith.addf %v980, %v964 fastmath<contract> : f32
            llvm.store %v981, %v4 : f32, !llvm.ptr
            %v982 = arith.mulf %v959, %v979 fastmath<contract> : f32
            %v983 = arith.addf %v982, %v961 fastmath<contract> : f32
            %v984 = arith.muli %v702, %v42 : i64
            %v985 = arith.addi %v984, %v2 : i64
            %v986 = llvm.getelementptr %v17[%v985] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v987 = llvm.load %v986 : !llvm.ptr -> f32
            %v988 = arith.mulf %v974, %v987 fastmath<contract> : f32
            %v989 = arith.addf %v988, %v976 fastmath<contract> : f32
            llvm.store %v989, %v5 : f32, !llvm.ptr
            %v990 = arith.mulf %v971, %v987 fastmath<contract> : f32
            %v991 = arith.addf %v990, %v973 fastmath<contract> : f32
            %v992 = arith.index_cast %v32 : i64 to index
            %v993 = arith.index_cast %v78 : i64 to index
            %v994 = arith.index_cast %v2 : i64 to index
            scf.for %v995 = %v992 to %v993 step %v994 {
              %v996 = arith.index_cast %v995 : index to i64
              %v997 = arith.addi %v75, %v996 : i64
              %v998 = llvm.getelementptr %v68[%v996] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              // save the states at checkpoint steps (when given somewhere to save them)
              %v999 = arith.remui %v997, %v502 : i64
              %v1000 = arith.cmpi eq, %v999, %v32 : i64
              %v1001 = arith.andi %v1000, %v22 : i1
              scf.if %v1001 {
                %v1002 = arith.divui %v997, %v502 : i64
                %v1003 = llvm.mlir.zero : !llvm.ptr
                %v1004 = llvm.icmp "ne" %ckpt_h, %v1003 : !llvm.ptr
                scf.if %v1004 {
                  %v1007 = arith.muli %v1002, %v1006 : i64
                  %v1008 = llvm.load %v4 : !llvm.ptr -> f32
                  %v1009 = arith.muli %v27, %v513 : i64
                  %v1010 = arith.muli %v25, %v1 : i64
                  %v1011 = arith.addi %v1009, %v1010 : i64
                  %v1012 = arith.addi %v1011, %v702 : i64
                  %v1013 = arith.addi %v1007, %v1012 : i64
                  %v1014 = llvm.getelementptr %ckpt_h[%v1013] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1008, %v1014 : f32, !llvm.ptr
                  %v1015 = llvm.load %v5 : !llvm.ptr -> f32
                  %v1016 = arith.muli %v27, %v513 : i64
                  %v1017 = arith.muli %v25, %v1 : i64
                  %v1018 = arith.addi %v1016, %v1017 : i64
                  %v1019 = arith.constant 8 : i64
                  %v1020 = arith.addi %v1019, %v702 : i64
                  %v1021 = arith.addi %v1018, %v1020 : i64
                  %v1022 = arith.addi %v1007, %v1021 : i64
                  %v1023 = llvm.getelementptr %ckpt_h[%v1022] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1015, %v1023 : f32, !llvm.ptr
                }
              }
              // end save
              %v1024 = arith.muli %v27, %v82 : i64
              %v1025 = arith.muli %v25, %size_L : i64
              %v1026 = arith.addi %v1024, %v1025 : i64
              %v1027 = arith.addi %v1026, %v997 : i64
              %v1028 = llvm.getelementptr %in_u[%v1027] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1029 = llvm.load %v1028 : !llvm.ptr -> f32
              %v1030 = arith.mulf %v733, %v1029 fastmath<contract> : f32
              %v1031 = llvm.load %v4 : !llvm.ptr -> f32
              %v1032 = arith.mulf %v712, %v1031 fastmath<contract> : f32
              %v1033 = arith.addf %v1032, %v1030 fastmath<contract> : f32
              %v1034 = arith.mulf %v743, %v1029 fastmath<contract> : f32
              %v1035 = llvm.load %v5 : !llvm.ptr -> f32
              %v1036 = arith.mulf %v725, %v1035 fastmath<contract> : f32
              %v1037 = arith.addf %v1036, %v1034 fastmath<contract> : f32
              llvm.store %v1033, %v4 : f32, !llvm.ptr
              llvm.store %v1037, %v5 : f32, !llvm.ptr
              %v1038 = llvm.load %v4 : !llvm.ptr -> f32
              %v1039 = arith.mulf %v748, %v1038 fastmath<contract> : f32
              %v1040 = llvm.load %v5 : !llvm.ptr -> f32
              %v1041 = arith.mulf %v755, %v1040 fastmath<contract> : f32
              %v1042 = arith.addf %v1039, %v1041 fastmath<contract> : f32
              %v1043 = llvm.load %v998 : !llvm.ptr -> f32
              %v1044 = arith.addf %v1043, %v1042 fastmath<contract> : f32
              llvm.store %v1044, %v998 : f32, !llvm.ptr
            }
            gpu.barrier
            scf.if %v33 {
              %v1045 = arith.muli %v702, %v42 : i64
              %v1046 = llvm.getelementptr %v17[%v1045] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v983, %v1046 : f32, !llvm.ptr
              %v1047 = arith.muli %v702, %v42 : i64
              %v1048 = arith.addi %v1047, %v2 : i64
              %v1049 = llvm.getelementptr %v17[%v1048] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v991, %v1049 : f32, !llvm.ptr
            }
          }
          %v1050 = arith.index_cast %v32 : i64 to index
          %v1051 = arith.index_cast %v78 : i64 to index
          %v1052 = arith.index_cast %v2 : i64 to index
          scf.for %v1053 = %v1050 to %v1051 step %v1052 {
            %v1054 = arith.index_cast %v1053 : index to i64
            %v1055 = arith.addi %v75, %v1054 : i64
            %v1056 = llvm.getelementptr %v68[%v1054] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1057 = llvm.load %v1056 : !llvm.ptr -> f32
            %v1058 = arith.muli %v27, %v82 : i64
            %v1059 = arith.muli %v25, %size_L : i64
            %v1060 = arith.addi %v1058, %v1059 : i64
            %v1061 = arith.addi %v1060, %v1055 : i64
            %v1062 = llvm.getelementptr %in_u[%v1061] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1063 = llvm.load %v1062 : !llvm.ptr -> f32
            %v1064 = arith.mulf %v1063, %v647 fastmath<contract> : f32
            %v1065 = arith.addf %v1057, %v1064 fastmath<contract> : f32
            scf.if %v22 {
              %v1066 = arith.muli %v27, %v82 : i64
              %v1067 = arith.muli %v25, %size_L : i64
              %v1068 = arith.addi %v1066, %v1067 : i64
              %v1069 = arith.addi %v1068, %v1055 : i64
              %v1070 = llvm.getelementptr %out_y[%v1069] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1065, %v1070 : f32, !llvm.ptr
            }
          }
        }
      }
      // end scan
      gpu.barrier
      %v1071 = arith.andi %v22, %v33 : i1
      %v1072 = arith.index_cast %v32 : i64 to index
      %v1073 = arith.index_cast %v34 : i64 to index
      %v1074 = arith.index_cast %v2 : i64 to index
      scf.for %v1075 = %v1072 to %v1073 step %v1074 {
        %v1076 = arith.index_cast %v1075 : index to i64
        %v1077 = arith.muli %v1076, %v42 : i64
        %v1078 = llvm.getelementptr %v17[%v1077] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1079 = llvm.load %v1078 : !llvm.ptr -> f32
        llvm.store %v1079, %v10 : f32, !llvm.ptr
        %v1080 = arith.muli %v1076, %v42 : i64
        %v1081 = arith.addi %v1080, %v2 : i64
        %v1082 = llvm.getelementptr %v17[%v1081] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1083 = llvm.load %v1082 : !llvm.ptr -> f32
        llvm.store %v1083, %v11 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
