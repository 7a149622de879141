module attributes {gpu.container_module} {
  gpu.module @linrec {
    llvm.mlir.global internal @warp_a_ema_fwd() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<9 x f32>
    llvm.mlir.global internal @warp_b_ema_fwd() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<9 x f32>
    gpu.func @ema_fwd(%in_x: !llvm.ptr, %in_w: !llvm.ptr, %out_y: !llvm.ptr, %ckpt_h: !llvm.ptr, %size_B: i64, %size_D: i64, %size_L: i64) kernel {
      %v1 = arith.constant 1 : i64
      %v2 = arith.muli %size_B, %size_D : i64
      %v3 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v4 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v5 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v6 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v7 = llvm.mlir.addressof @warp_a_ema_fwd : !llvm.ptr<3>
      %v8 = llvm.addrspacecast %v7 : !llvm.ptr<3> to !llvm.ptr
      %v9 = llvm.mlir.addressof @warp_b_ema_fwd : !llvm.ptr<3>
      %v10 = llvm.addrspacecast %v9 : !llvm.ptr<3> to !llvm.ptr
      %v22 = arith.constant 32 : i64
      %v25 = arith.constant 0x00000000 : f32
      %v27 = arith.constant 8 : i64
      %v28 = arith.constant 0 : i64
      %v39 = arith.constant 2048 : i64
      %v50 = arith.constant 0x3F800000 : f32
      %v53 = arith.muli %size_L, %size_D : i64
      %v60 = arith.constant 0 : i32
      %v62 = arith.constant 1 : i32
      %v64 = arith.constant 2 : i32
      %v66 = arith.constant 3 : i32
      %v68 = arith.constant 4 : i32
      %v70 = arith.constant 5 : i32
      %v72 = arith.constant 6 : i32
      %v74 = arith.constant 7 : i32
      %v79 = arith.constant 0x3FB8AA3B : f32
      %v98 = arith.constant 2 : i64
      %v106 = arith.constant 3 : i64
      %v114 = arith.constant 4 : i64
      %v122 = arith.constant 5 : i64
      %v130 = arith.constant 6 : i64
      %v138 = arith.constant 7 : i64
      %v166 = arith.constant 32 : i32
      %v197 = arith.constant 8 : i32
      %v208 = arith.constant 16 : i32
      %v216 = arith.constant 16 : i64
      %v220 = arith.constant 31 : i64
      %v231 = arith.constant 256 : i64
      %v237 = arith.constant 9 : i64
      %v353 = arith.constant 64 : i64
      %v360 = arith.muli %size_B, %size_D : i64
      %v440 = arith.muli %size_B, %size_D : i64
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
      %v76 = llvm.getelementptr %in_w[%v18] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v77 = llvm.load %v76 : !llvm.ptr -> f32
      %v78 = arith.negf %v77 : f32
      %v80 = arith.mulf %v78, %v79 fastmath<contract> : f32
      %v81 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v80) : (f32) -> f32
      %v82 = arith.addf %v50, %v81 fastmath<contract> : f32
      %v83 = arith.divf %v50, %v82 : f32
      %v84 = arith.subf %v50, %v83 fastmath<contract> : f32
      %v23 = arith.remui %v13, %v22 : i64
      %v24 = arith.divui %v13, %v22 : i64
      llvm.store %v25, %v3 : f32, !llvm.ptr
      %v26 = llvm.load %v3 : !llvm.ptr -> f32
      llvm.store %v26, %v6 : f32, !llvm.ptr
      %v29 = arith.remui %size_L, %v27 : i64
      %v30 = arith.cmpi eq, %v29, %v28 : i64
      %v31 = llvm.ptrtoint %in_x : !llvm.ptr to i64
      %v32 = arith.remui %v31, %v22 : i64
      %v33 = arith.cmpi eq, %v32, %v28 : i64
      %v34 = arith.andi %v30, %v33 : i1
      %v35 = llvm.ptrtoint %out_y : !llvm.ptr to i64
      %v36 = arith.remui %v35, %v22 : i64
      %v37 = arith.cmpi eq, %v36, %v28 : i64
      %v38 = arith.andi %v34, %v37 : i1
      // the scan, a tile of threads × K steps at a time
      %v40 = arith.index_cast %v28 : i64 to index
      %v41 = arith.index_cast %size_L : i64 to index
      %v42 = arith.index_cast %v39 : i64 to index
      scf.for %v43 = %v40 to %v41 step %v42 {
        %v44 = arith.index_cast %v43 : index to i64
        %v45 = arith.muli %v13, %v27 : i64
        %v46 = arith.addi %v44, %v45 : i64
        %v47 = arith.subi %size_L, %v46 : i64
        %v48 = arith.maxsi %v47, %v28 : i64
        %v49 = arith.minsi %v48, %v27 : i64
        // 1. this thread's K steps composed into one map (A, B)
        llvm.store %v50, %v4 : f32, !llvm.ptr
        llvm.store %v25, %v5 : f32, !llvm.ptr
        %v51 = arith.cmpi eq, %v49, %v27 : i64
        %v52 = arith.andi %v51, %v38 : i1
        scf.if %v52 {
          %v54 = arith.muli %v20, %v53 : i64
          %v55 = arith.muli %v18, %size_L : i64
          %v56 = arith.addi %v54, %v55 : i64
          %v57 = arith.addi %v56, %v46 : i64
          %v58 = llvm.getelementptr %in_x[%v57] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v59 = llvm.load %v58 {alignment = 32 : i64} : !llvm.ptr -> vector<8xf32>
          %v61 = llvm.extractelement %v59[%v60 : i32] : vector<8xf32>
          %v63 = llvm.extractelement %v59[%v62 : i32] : vector<8xf32>
          %v65 = llvm.extractelement %v59[%v64 : i32] : vector<8xf32>
          %v67 = llvm.extractelement %v59[%v66 : i32] : vector<8xf32>
          %v69 = llvm.extractelement %v59[%v68 : i32] : vector<8xf32>
          %v71 = llvm.extractelement %v59[%v70 : i32] : vector<8xf32>
          %v73 = llvm.extractelement %v59[%v72 : i32] : vector<8xf32>
          %v75 = llvm.extractelement %v59[%v74 : i32] : vector<8xf32>
          %v85 = arith.mulf %v84, %v61 fastmath<contract> : f32
          %v86 = llvm.load %v5 : !llvm.ptr -> f32
          %v87 = arith.mulf %v83, %v86 fastmath<contract> : f32
          %v88 = arith.addf %v87, %v85 fastmath<contract> : f32
          %v89 = llvm.load %v4 : !llvm.ptr -> f32
          %v90 = arith.mulf %v83, %v89 fastmath<contract> : f32
          llvm.store %v88, %v5 : f32, !llvm.ptr
          llvm.store %v90, %v4 : f32, !llvm.ptr
          %v91 = arith.addi %v46, %v1 : i64
          %v92 = arith.mulf %v84, %v63 fastmath<contract> : f32
          %v93 = llvm.load %v5 : !llvm.ptr -> f32
          %v94 = arith.mulf %v83, %v93 fastmath<contract> : f32
          %v95 = arith.addf %v94, %v92 fastmath<contract> : f32
          %v96 = llvm.load %v4 : !llvm.ptr -> f32
          %v97 = arith.mulf %v83, %v96 fastmath<contract> : f32
          llvm.store %v95, %v5 : f32, !llvm.ptr
          llvm.store %v97, %v4 : f32, !llvm.ptr
          %v99 = arith.addi %v46, %v98 : i64
          %v100 = arith.mulf %v84, %v65 fastmath<contract> : f32
          %v101 = llvm.load %v5 : !llvm.ptr -> f32
          %v102 = arith.mulf %v83, %v101 fastmath<contract> : f32
          %v103 = arith.addf %v102, %v100 fastmath<contract> : f32
          %v104 = llvm.load %v4 : !llvm.ptr -> f32
          %v105 = arith.mulf %v83, %v104 fastmath<contract> : f32
          llvm.store %v103, %v5 : f32, !llvm.ptr
          llvm.store %v105, %v4 : f32, !llvm.ptr
          %v107 = arith.addi %v46, %v106 : i64
          %v108 = arith.mulf %v84, %v67 fastmath<contract> : f32
          %v109 = llvm.load %v5 : !llvm.ptr -> f32
          %v110 = arith.mulf %v83, %v109 fastmath<contract> : f32
          %v111 = arith.addf %v110, %v108 fastmath<contract> : f32
          %v112 = llvm.load %v4 : !llvm.ptr -> f32
          %v113 = arith.mulf %v83, %v112 fastmath<contract> : f32
          llvm.store %v111, %v5 : f32, !llvm.ptr
          llvm.store %v113, %v4 : f32, !llvm.ptr
          %v115 = arith.addi %v46, %v114 : i64
          %v116 = arith.mulf %v84, %v69 fastmath<contract> : f32
          %v117 = llvm.load %v5 : !llvm.ptr -> f32
          %v118 = arith.mulf %v83, %v117 fastmath<contract> : f32
          %v119 = arith.addf %v118, %v116 fastmath<contract> : f32
          %v120 = llvm.load %v4 : !llvm.ptr -> f32
          %v121 = arith.mulf %v83, %v120 fastmath<contract> : f32
          llvm.store %v119, %v5 : f32, !llvm.ptr
          llvm.store %v121, %v4 : f32, !llvm.ptr
          %v123 = arith.addi %v46, %v122 : i64
          %v124 = arith.mulf %v84, %v71 fastmath<contract> : f32
          %v125 = llvm.load %v5 : !llvm.ptr -> f32
          %v126 = arith.mulf %v83, %v125 fastmath<contract> : f32
          %v127 = arith.addf %v126, %v124 fastmath<contract> : f32
          %v128 = llvm.load %v4 : !llvm.ptr -> f32
          %v129 = arith.mulf %v83, %v128 fastmath<contract> : f32
          llvm.store %v127, %v5 : f32, !llvm.ptr
          llvm.store %v129, %v4 : f32, !llvm.ptr
          %v131 = arith.addi %v46, %v130 : i64
          %v132 = arith.mulf %v84, %v73 fastmath<contract> : f32
          %v133 = llvm.load %v5 : !llvm.ptr -> f32
          %v134 = arith.mulf %v83, %v133 fastmath<contract> : f32
          %v135 = arith.addf %v134, %v132 fastmath<contract> : f32
          %v136 = llvm.load %v4 : !llvm.ptr -> f32
          %v137 = arith.mulf %v83, %v136 fastmath<contract> : f32
          llvm.store %v135, %v5 : f32, !llvm.ptr
          llvm.store %v137, %v4 : f32, !llvm.ptr
          %v139 = arith.addi %v46, %v138 : i64
          %v140 = arith.mulf %v84, %v75 fastmath<contract> : f32
          %v141 = llvm.load %v5 : !llvm.ptr -> f32
          %v142 = arith.mulf %v83, %v141 fastmath<contract> : f32
          %v143 = arith.addf %v142, %v140 fastmath<contract> : f32
          %v144 = llvm.load %v4 : !llvm.ptr -> f32
          %v145 = arith.mulf %v83, %v144 fastmath<contract> : f32
          llvm.store %v143, %v5 : f32, !llvm.ptr
          llvm.store %v145, %v4 : f32, !llvm.ptr
        } else {
          %v146 = arith.index_cast %v28 : i64 to index
          %v147 = arith.index_cast %v49 : i64 to index
          %v148 = arith.index_cast %v1 : i64 to index
          scf.for %v149 = %v146 to %v147 step %v148 {
            %v150 = arith.index_cast %v149 : index to i64
            %v151 = arith.addi %v46, %v150 : i64
            %v152 = arith.muli %v20, %v53 : i64
            %v153 = arith.muli %v18, %size_L : i64
            %v154 = arith.addi %v152, %v153 : i64
            %v155 = arith.addi %v154, %v151 : i64
            %v156 = llvm.getelementptr %in_x[%v155] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v157 = llvm.load %v156 : !llvm.ptr -> f32
            %v158 = arith.mulf %v84, %v157 fastmath<contract> : f32
            %v159 = llvm.load %v5 : !llvm.ptr -> f32
            %v160 = arith.mulf %v83, %v159 fastmath<contract> : f32
            %v161 = arith.addf %v160, %v158 fastmath<contract> : f32
            %v162 = llvm.load %v4 : !llvm.ptr -> f32
            %v163 = arith.mulf %v83, %v162 fastmath<contract> : f32
            llvm.store %v161, %v5 : f32, !llvm.ptr
            llvm.store %v163, %v4 : f32, !llvm.ptr
          }
        }
        // 2. the block's scan of the maps: the state entering each thread's steps
        %v164 = llvm.load %v4 : !llvm.ptr -> f32
        %v165 = llvm.load %v5 : !llvm.ptr -> f32
        %v167, %v168 = gpu.shuffle up %v164, %v62, %v166 : f32
        %v169, %v170 = gpu.shuffle up %v165, %v62, %v166 : f32
        %v171 = arith.mulf %v164, %v167 fastmath<contract> : f32
        %v172 = arith.mulf %v164, %v169 fastmath<contract> : f32
        %v173 = arith.addf %v172, %v165 fastmath<contract> : f32
        %v174 = arith.cmpi uge, %v23, %v1 : i64
        %v175 = arith.select %v174, %v171, %v164 : f32
        %v176 = arith.select %v174, %v173, %v165 : f32
        %v177, %v178 = gpu.shuffle up %v175, %v64, %v166 : f32
        %v179, %v180 = gpu.shuffle up %v176, %v64, %v166 : f32
        %v181 = arith.mulf %v175, %v177 fastmath<contract> : f32
        %v182 = arith.mulf %v175, %v179 fastmath<contract> : f32
        %v183 = arith.addf %v182, %v176 fastmath<contract> : f32
        %v184 = arith.cmpi uge, %v23, %v98 : i64
        %v185 = arith.select %v184, %v181, %v175 : f32
        %v186 = arith.select %v184, %v183, %v176 : f32
        %v187, %v188 = gpu.shuffle up %v185, %v68, %v166 : f32
        %v189, %v190 = gpu.shuffle up %v186, %v68, %v166 : f32
        %v191 = arith.mulf %v185, %v187 fastmath<contract> : f32
        %v192 = arith.mulf %v185, %v189 fastmath<contract> : f32
        %v193 = arith.addf %v192, %v186 fastmath<contract> : f32
        %v194 = arith.cmpi uge, %v23, %v114 : i64
        %v195 = arith.select %v194, %v191, %v185 : f32
        %v196 = arith.select %v194, %v193, %v186 : f32
        %v198, %v199 = gpu.shuffle up %v195, %v197, %v166 : f32
        %v200, %v201 = gpu.shuffle up %v196, %v197, %v166 : f32
        %v202 = arith.mulf %v195, %v198 fastmath<contract> : f32
        %v203 = arith.mulf %v195, %v200 fastmath<contract> : f32
        %v204 = arith.addf %v203, %v196 fastmath<contract> : f32
        %v205 = arith.cmpi uge, %v23, %v27 : i64
        %v206 = arith.select %v205, %v202, %v195 : f32
        %v207 = arith.select %v205, %v204, %v196 : f32
        %v209, %v210 = gpu.shuffle up %v206, %v208, %v166 : f32
        %v211, %v212 = gpu.shuffle up %v207, %v208, %v166 : f32
        %v213 = arith.mulf %v206, %v209 fastmath<contract> : f32
        %v214 = arith.mulf %v206, %v211 fastmath<contract> : f32
        %v215 = arith.addf %v214, %v207 fastmath<contract> : f32
        %v217 = arith.cmpi uge, %v23, %v216 : i64
        %v218 = arith.select %v217, %v213, %v206 : f32
        %v219 = arith.select %v217, %v215, %v207 : f32
        %v221 = arith.cmpi eq, %v23, %v220 : i64
        scf.if %v221 {
          %v222 = llvm.getelementptr %v8[%v24] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v218, %v222 : f32, !llvm.ptr
          %v223 = llvm.getelementptr %v10[%v24] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v219, %v223 : f32, !llvm.ptr
        }
        %v224, %v225 = gpu.shuffle up %v218, %v62, %v166 : f32
        %v226, %v227 = gpu.shuffle up %v219, %v62, %v166 : f32
        %v228 = arith.cmpi eq, %v23, %v28 : i64
        %v229 = arith.select %v228, %v50, %v224 : f32
        %v230 = arith.select %v228, %v25, %v226 : f32
        // across warps: the warps' maps before this one's, and the whole tile's
        gpu.barrier
        %v232 = arith.index_cast %v13 : i64 to index
        %v233 = arith.index_cast %v1 : i64 to index
        %v234 = arith.index_cast %v231 : i64 to index
        scf.for %v235 = %v232 to %v233 step %v234 {
          %v236 = arith.index_cast %v235 : index to i64
          %v238 = arith.muli %v236, %v237 : i64
          %v239 = llvm.getelementptr %v8[%v238] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v240 = llvm.load %v239 : !llvm.ptr -> f32
          %v241 = llvm.getelementptr %v10[%v238] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v242 = llvm.load %v241 : !llvm.ptr -> f32
          %v243 = llvm.getelementptr %v8[%v238] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v50, %v243 : f32, !llvm.ptr
          %v244 = llvm.getelementptr %v10[%v238] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v25, %v244 : f32, !llvm.ptr
          %v245 = arith.mulf %v240, %v50 fastmath<contract> : f32
          %v246 = arith.mulf %v240, %v25 fastmath<contract> : f32
          %v247 = arith.addf %v246, %v242 fastmath<contract> : f32
          %v248 = arith.addi %v238, %v1 : i64
          %v249 = llvm.getelementptr %v8[%v248] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v250 = llvm.load %v249 : !llvm.ptr -> f32
          %v251 = llvm.getelementptr %v10[%v248] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v252 = llvm.load %v251 : !llvm.ptr -> f32
          %v253 = llvm.getelementptr %v8[%v248] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v245, %v253 : f32, !llvm.ptr
          %v254 = llvm.getelementptr %v10[%v248] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v247, %v254 : f32, !llvm.ptr
          %v255 = arith.mulf %v250, %v245 fastmath<contract> : f32
          %v256 = arith.mulf %v250, %v247 fastmath<contract> : f32
          %v257 = arith.addf %v256, %v252 fastmath<contract> : f32
          %v258 = arith.addi %v238, %v98 : i64
          %v259 = llvm.getelementptr %v8[%v258] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v260 = llvm.load %v259 : !llvm.ptr -> f32
          %v261 = llvm.getelementptr %v10[%v258] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v262 = llvm.load %v261 : !llvm.ptr -> f32
          %v263 = llvm.getelementptr %v8[%v258] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v255, %v263 : f32, !llvm.ptr
          %v264 = llvm.getelementptr %v10[%v258] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v257, %v264 : f32, !llvm.ptr
          %v265 = arith.mulf %v260, %v255 fastmath<contract> : f32
          %v266 = arith.mulf %v260, %v257 fastmath<contract> : f32
          %v267 = arith.addf %v266, %v262 fastmath<contract> : f32
          %v268 = arith.addi %v238, %v106 : i64
          %v269 = llvm.getelementptr %v8[%v268] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v270 = llvm.load %v269 : !llvm.ptr -> f32
          %v271 = llvm.getelementptr %v10[%v268] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v272 = llvm.load %v271 : !llvm.ptr -> f32
          %v273 = llvm.getelementptr %v8[%v268] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v265, %v273 : f32, !llvm.ptr
          %v274 = llvm.getelementptr %v10[%v268] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v267, %v274 : f32, !llvm.ptr
          %v275 = arith.mulf %v270, %v265 fastmath<contract> : f32
          %v276 = arith.mulf %v270, %v267 fastmath<contract> : f32
          %v277 = arith.addf %v276, %v272 fastmath<contract> : f32
          %v278 = arith.addi %v238, %v114 : i64
          %v279 = llvm.getelementptr %v8[%v278] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v280 = llvm.load %v279 : !llvm.ptr -> f32
          %v281 = llvm.getelementptr %v10[%v278] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v282 = llvm.load %v281 : !llvm.ptr -> f32
          %v283 = llvm.getelementptr %v8[%v278] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v275, %v283 : f32, !llvm.ptr
          %v284 = llvm.getelementptr %v10[%v278] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v277, %v284 : f32, !llvm.ptr
          %v285 = arith.mulf %v280, %v275 fastmath<contract> : f32
          %v286 = arith.mulf %v280, %v277 fastmath<contract> : f32
          %v287 = arith.addf %v286, %v282 fastmath<contract> : f32
          %v288 = arith.addi %v238, %v122 : i64
          %v289 = llvm.getelementptr %v8[%v288] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v290 = llvm.load %v289 : !llvm.ptr -> f32
          %v291 = llvm.getelementptr %v10[%v288] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v292 = llvm.load %v291 : !llvm.ptr -> f32
          %v293 = llvm.getelementptr %v8[%v288] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v285, %v293 : f32, !llvm.ptr
          %v294 = llvm.getelementptr %v10[%v288] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v287, %v294 : f32, !llvm.ptr
          %v295 = arith.mulf %v290, %v285 fastmath<contract> : f32
          %v296 = arith.mulf %v290, %v287 fastmath<contract> : f32
          %v297 = arith.addf %v296, %v292 fastmath<contract> : f32
          %v298 = arith.addi %v238, %v130 : i64
          %v299 = llvm.getelementptr %v8[%v298] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v300 = llvm.load %v299 : !llvm.ptr -> f32
          %v301 = llvm.getelementptr %v10[%v298] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v302 = llvm.load %v301 : !llvm.ptr -> f32
          %v303 = llvm.getelementptr %v8[%v298] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v295, %v303 : f32, !llvm.ptr
          %v304 = llvm.getelementptr %v10[%v298] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v297, %v304 : f32, !llvm.ptr
          %v305 = arith.mulf %v300, %v295 fastmath<contract> : f32
          %v306 = arith.mulf %v300, %v297 fastmath<contract> : f32
          %v307 = arith.addf %v306, %v302 fastmath<contract> : f32
          %v308 = arith.addi %v238, %v138 : i64
          %v309 = llvm.getelementptr %v8[%v308] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v310 = llvm.load %v309 : !llvm.ptr -> f32
          %v311 = llvm.getelementptr %v10[%v308] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v312 = llvm.load %v311 : !llvm.ptr -> f32
          %v313 = llvm.getelementptr %v8[%v308] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v305, %v313 : f32, !llvm.ptr
          %v314 = llvm.getelementptr %v10[%v308] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v307, %v314 : f32, !llvm.ptr
          %v315 = arith.mulf %v310, %v305 fastmath<contract> : f32
          %v316 = arith.mulf %v310, %v307 fastmath<contract> : f32
          %v317 = arith.addf %v316, %v312 fastmath<contract> : f32
          %v318 = arith.addi %v238, %v27 : i64
          %v319 = llvm.getelementptr %v8[%v318] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v315, %v319 : f32, !llvm.ptr
          %v320 = llvm.getelementptr %v10[%v318] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v317, %v320 : f32, !llvm.ptr
        }
        gpu.barrier
        %v321 = llvm.getelementptr %v8[%v24] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v322 = llvm.load %v321 : !llvm.ptr -> f32
        %v323 = llvm.getelementptr %v10[%v24] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v324 = llvm.load %v323 : !llvm.ptr -> f32
        %v325 = llvm.getelementptr %v8[%v27] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v326 = llvm.load %v325 : !llvm.ptr -> f32
        %v327 = llvm.getelementptr %v10[%v27] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v328 = llvm.load %v327 : !llvm.ptr -> f32
        %v329 = arith.mulf %v229, %v322 fastmath<contract> : f32
        %v330 = arith.mulf %v229, %v324 fastmath<contract> : f32
        %v331 = arith.addf %v330, %v230 fastmath<contract> : f32
        %v332 = llvm.load %v6 : !llvm.ptr -> f32
        %v333 = arith.mulf %v329, %v332 fastmath<contract> : f32
        %v334 = arith.addf %v333, %v331 fastmath<contract> : f32
        llvm.store %v334, %v3 : f32, !llvm.ptr
        %v335 = arith.mulf %v326, %v332 fastmath<contract> : f32
        %v336 = arith.addf %v335, %v328 fastmath<contract> : f32
        llvm.store %v336, %v6 : f32, !llvm.ptr
        // 3. the K steps again from the state entering them: outputs, checkpoints
        %v337 = arith.cmpi eq, %v49, %v27 : i64
        %v338 = arith.andi %v337, %v38 : i1
        scf.if %v338 {
          %v339 = arith.muli %v20, %v53 : i64
          %v340 = arith.muli %v18, %size_L : i64
          %v341 = arith.addi %v339, %v340 : i64
          %v342 = arith.addi %v341, %v46 : i64
          %v343 = llvm.getelementptr %in_x[%v342] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v344 = llvm.load %v343 {alignment = 32 : i64} : !llvm.ptr -> vector<8xf32>
          %v345 = llvm.extractelement %v344[%v60 : i32] : vector<8xf32>
          %v346 = llvm.extractelement %v344[%v62 : i32] : vector<8xf32>
          %v347 = llvm.extractelement %v344[%v64 : i32] : vector<8xf32>
          %v348 = llvm.extractelement %v344[%v66 : i32] : vector<8xf32>
          %v349 = llvm.extractelement %v344[%v68 : i32] : vector<8xf32>
          %v350 = llvm.extractelement %v344[%v70 : i32] : vector<8xf32>
          %v351 = llvm.extractelement %v344[%v72 : i32] : vector<8xf32>
          %v352 = llvm.extractelement %v344[%v74 : i32] : vector<8xf32>
          // save the states at checkpoint steps (when given somewhere to save them)
          %v354 = arith.remui %v46, %v353 : i64
          %v355 = arith.cmpi eq, %v354, %v28 : i64
          %v356 = arith.andi %v355, %v15 : i1
          scf.if %v356 {
            %v357 = arith.divui %v46, %v353 : i64
            %v358 = llvm.mlir.zero : !llvm.ptr
            %v359 = llvm.icmp "ne" %ckpt_h, %v358 : !llvm.ptr
            scf.if %v359 {
              %v361 = arith.muli %v357, %v360 : i64
              %v362 = llvm.load %v3 : !llvm.ptr -> f32
              %v363 = arith.muli %v20, %size_D : i64
              %v364 = arith.addi %v363, %v18 : i64
              %v365 = arith.addi %v361, %v364 : i64
              %v366 = llvm.getelementptr %ckpt_h[%v365] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v362, %v366 : f32, !llvm.ptr
            }
          }
          // end save
          %v367 = arith.mulf %v84, %v345 fastmath<contract> : f32
          %v368 = llvm.load %v3 : !llvm.ptr -> f32
          %v369 = arith.mulf %v83, %v368 fastmath<contract> : f32
          %v370 = arith.addf %v369, %v367 fastmath<contract> : f32
          llvm.store %v370, %v3 : f32, !llvm.ptr
          %v371 = llvm.load %v3 : !llvm.ptr -> f32
          %v372 = arith.addi %v46, %v1 : i64
          %v373 = arith.mulf %v84, %v346 fastmath<contract> : f32
          %v374 = llvm.load %v3 : !llvm.ptr -> f32
          %v375 = arith.mulf %v83, %v374 fastmath<contract> : f32
          %v376 = arith.addf %v375, %v373 fastmath<contract> : f32
          llvm.store %v376, %v3 : f32, !llvm.ptr
          %v377 = llvm.load %v3 : !llvm.ptr -> f32
          %v378 = arith.addi %v46, %v98 : i64
          %v379 = arith.mulf %v84, %v347 fastmath<contract> : f32
          %v380 = llvm.load %v3 : !llvm.ptr -> f32
          %v381 = arith.mulf %v83, %v380 fastmath<contract> : f32
          %v382 = arith.addf %v381, %v379 fastmath<contract> : f32
          llvm.store %v382, %v3 : f32, !llvm.ptr
          %v383 = llvm.load %v3 : !llvm.ptr -> f32
          %v384 = arith.addi %v46, %v106 : i64
          %v385 = arith.mulf %v84, %v348 fastmath<contract> : f32
          %v386 = llvm.load %v3 : !llvm.ptr -> f32
          %v387 = arith.mulf %v83, %v386 fastmath<contract> : f32
          %v388 = arith.addf %v387, %v385 fastmath<contract> : f32
          llvm.store %v388, %v3 : f32, !llvm.ptr
          %v389 = llvm.load %v3 : !llvm.ptr -> f32
          %v390 = arith.addi %v46, %v114 : i64
          %v391 = arith.mulf %v84, %v349 fastmath<contract> : f32
          %v392 = llvm.load %v3 : !llvm.ptr -> f32
          %v393 = arith.mulf %v83, %v392 fastmath<contract> : f32
          %v394 = arith.addf %v393, %v391 fastmath<contract> : f32
          llvm.store %v394, %v3 : f32, !llvm.ptr
          %v395 = llvm.load %v3 : !llvm.ptr -> f32
          %v396 = arith.addi %v46, %v122 : i64
          %v397 = arith.mulf %v84, %v350 fastmath<contract> : f32
          %v398 = llvm.load %v3 : !llvm.ptr -> f32
          %v399 = arith.mulf %v83, %v398 fastmath<contract> : f32
          %v400 = arith.addf %v399, %v397 fastmath<contract> : f32
          llvm.store %v400, %v3 : f32, !llvm.ptr
          %v401 = llvm.load %v3 : !llvm.ptr -> f32
          %v402 = arith.addi %v46, %v130 : i64
          %v403 = arith.mulf %v84, %v351 fastmath<contract> : f32
          %v404 = llvm.load %v3 : !llvm.ptr -> f32
          %v405 = arith.mulf %v83, %v404 fastmath<contract> : f32
          %v406 = arith.addf %v405, %v403 fastmath<contract> : f32
          llvm.store %v406, %v3 : f32, !llvm.ptr
          %v407 = llvm.load %v3 : !llvm.ptr -> f32
          %v408 = arith.addi %v46, %v138 : i64
          %v409 = arith.mulf %v84, %v352 fastmath<contract> : f32
          %v410 = llvm.load %v3 : !llvm.ptr -> f32
          %v411 = arith.mulf %v83, %v410 fastmath<contract> : f32
          %v412 = arith.addf %v411, %v409 fastmath<contract> : f32
          llvm.store %v412, %v3 : f32, !llvm.ptr
          %v413 = llvm.load %v3 : !llvm.ptr -> f32
          %v414 = llvm.mlir.undef : vector<8xf32>
          %v415 = llvm.insertelement %v371, %v414[%v60 : i32] : vector<8xf32>
          %v416 = llvm.insertelement %v377, %v415[%v62 : i32] : vector<8xf32>
          %v417 = llvm.insertelement %v383, %v416[%v64 : i32] : vector<8xf32>
          %v418 = llvm.insertelement %v389, %v417[%v66 : i32] : vector<8xf32>
          %v419 = llvm.insertelement %v395, %v418[%v68 : i32] : vector<8xf32>
          %v420 = llvm.insertelement %v401, %v419[%v70 : i32] : vector<8xf32>
          %v421 = llvm.insertelement %v407, %v420[%v72 : i32] : vector<8xf32>
          %v422 = llvm.insertelement %v413, %v421[%v74 : i32] : vector<8xf32>
          %v423 = arith.muli %v20, %v53 : i64
          %v424 = arith.muli %v18, %size_L : i64
          %v425 = arith.addi %v423, %v424 : i64
          %v426 = arith.addi %v425, %v46 : i64
          %v427 = llvm.getelementptr %out_y[%v426] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          scf.if %v15 {
            llvm.store %v422, %v427 {alignment = 32 : i64} : vector<8xf32>, !llvm.ptr
          }
        } else {
          %v428 = arith.index_cast %v28 : i64 to index
          %v429 = arith.index_cast %v49 : i64 to index
          %v430 = arith.index_cast %v1 : i64 to index
          scf.for %v431 = %v428 to %v429 step %v430 {
            %v432 = arith.index_cast %v431 : index to i64
            %v433 = arith.addi %v46, %v432 : i64
            // save the states at checkpoint steps (when given somewhere to save them)
            %v434 = arith.remui %v433, %v353 : i64
            %v435 = arith.cmpi eq, %v434, %v28 : i64
            %v436 = arith.andi %v435, %v15 : i1
            scf.if %v436 {
              %v437 = arith.divui %v433, %v353 : i64
              %v438 = llvm.mlir.zero : !llvm.ptr
              %v439 = llvm.icmp "ne" %ckpt_h, %v438 : !llvm.ptr
              scf.if %v439 {
                %v441 = arith.muli %v437, %v440 : i64
                %v442 = llvm.load %v3 : !llvm.ptr -> f32
                %v443 = arith.muli %v20, %size_D : i64
                %v444 = arith.addi %v443, %v18 : i64
                %v445 = arith.addi %v441, %v444 : i64
                %v446 = llvm.getelementptr %ckpt_h[%v445] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                llvm.store %v442, %v446 : f32, !llvm.ptr
              }
            }
            // end save
            %v447 = arith.muli %v20, %v53 : i64
            %v448 = arith.muli %v18, %size_L : i64
            %v449 = arith.addi %v447, %v448 : i64
            %v450 = arith.addi %v449, %v433 : i64
            %v451 = llvm.getelementptr %in_x[%v450] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v452 = llvm.load %v451 : !llvm.ptr -> f32
            %v453 = arith.mulf %v84, %v452 fastmath<contract> : f32
            %v454 = llvm.load %v3 : !llvm.ptr -> f32
            %v455 = arith.mulf %v83, %v454 fastmath<contract> : f32
            %v456 = arith.addf %v455, %v453 fastmath<contract> : f32
            llvm.store %v456, %v3 : f32, !llvm.ptr
            %v457 = llvm.load %v3 : !llvm.ptr -> f32
            scf.if %v15 {
              %v458 = arith.muli %v20, %v53 : i64
              %v459 = arith.muli %v18, %size_L : i64
              %v460 = arith.addi %v458, %v459 : i64
              %v461 = arith.addi %v460, %v433 : i64
              %v462 = llvm.getelementptr %out_y[%v461] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v457, %v462 : f32, !llvm.ptr
            }
          }
        }
        gpu.barrier
      }
      // end scan
      %v463 = arith.cmpi eq, %v13, %v28 : i64
      %v464 = arith.andi %v15, %v463 : i1
      gpu.return
    }
  }
}
