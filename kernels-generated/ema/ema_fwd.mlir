module attributes {gpu.container_module} {
  gpu.module @linrec {
    llvm.mlir.global internal @warp_a_ema_fwd() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<9 x f32>
    llvm.mlir.global internal @warp_b_ema_fwd() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<9 x f32>
    gpu.func @ema_fwd(%in_x: !llvm.ptr, %in_w: !llvm.ptr, %out_y: !llvm.ptr, %ckpt_h: !llvm.ptr, %size_B: i64, %size_D: i64, %size_L: i64) kernel {
      %v1 = arith.constant 1 : i64
      %v2 = arith.muli %v1, %size_B : i64
      %v3 = arith.muli %v2, %size_D : i64
      %v4 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v5 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v6 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v7 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v8 = llvm.mlir.addressof @warp_a_ema_fwd : !llvm.ptr<3>
      %v9 = llvm.addrspacecast %v8 : !llvm.ptr<3> to !llvm.ptr
      %v10 = llvm.mlir.addressof @warp_b_ema_fwd : !llvm.ptr<3>
      %v11 = llvm.addrspacecast %v10 : !llvm.ptr<3> to !llvm.ptr
      %v23 = arith.constant 32 : i64
      %v26 = arith.constant 0x00000000 : f32
      %v28 = arith.constant 8 : i64
      %v29 = arith.constant 0 : i64
      %v40 = arith.constant 2048 : i64
      %v51 = arith.constant 0x3F800000 : f32
      %v54 = arith.muli %v1, %size_L : i64
      %v55 = arith.muli %v54, %size_D : i64
      %v63 = arith.constant 0 : i32
      %v65 = arith.constant 1 : i32
      %v67 = arith.constant 2 : i32
      %v69 = arith.constant 3 : i32
      %v71 = arith.constant 4 : i32
      %v73 = arith.constant 5 : i32
      %v75 = arith.constant 6 : i32
      %v77 = arith.constant 7 : i32
      %v84 = arith.constant 0x3FB8AA3B : f32
      %v103 = arith.constant 2 : i64
      %v111 = arith.constant 3 : i64
      %v119 = arith.constant 4 : i64
      %v127 = arith.constant 5 : i64
      %v135 = arith.constant 6 : i64
      %v143 = arith.constant 7 : i64
      %v172 = arith.constant 32 : i32
      %v203 = arith.constant 8 : i32
      %v214 = arith.constant 16 : i32
      %v222 = arith.constant 16 : i64
      %v226 = arith.constant 31 : i64
      %v239 = arith.constant 256 : i64
      %v245 = arith.constant 9 : i64
      %v366 = arith.constant 64 : i64
      %v373 = arith.muli %v1, %size_B : i64
      %v374 = arith.muli %v373, %size_D : i64
      %v377 = arith.muli %v1, %size_D : i64
      %v457 = arith.muli %v1, %size_B : i64
      %v458 = arith.muli %v457, %size_D : i64
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
      %v80 = arith.muli %v19, %v1 : i64
      %v81 = llvm.getelementptr %in_w[%v80] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v82 = llvm.load %v81 : !llvm.ptr -> f32
      %v83 = arith.negf %v82 : f32
      %v85 = arith.mulf %v83, %v84 fastmath<contract> : f32
      %v86 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v85) : (f32) -> f32
      %v87 = arith.addf %v51, %v86 fastmath<contract> : f32
      %v88 = arith.divf %v51, %v87 : f32
      %v89 = arith.subf %v51, %v88 fastmath<contract> : f32
      %v24 = arith.remui %v14, %v23 : i64
      %v25 = arith.divui %v14, %v23 : i64
      llvm.store %v26, %v4 : f32, !llvm.ptr
      %v27 = llvm.load %v4 : !llvm.ptr -> f32
      llvm.store %v27, %v7 : f32, !llvm.ptr
      %v30 = arith.remui %size_L, %v28 : i64
      %v31 = arith.cmpi eq, %v30, %v29 : i64
      %v32 = llvm.ptrtoint %in_x : !llvm.ptr to i64
      %v33 = arith.remui %v32, %v23 : i64
      %v34 = arith.cmpi eq, %v33, %v29 : i64
      %v35 = arith.andi %v31, %v34 : i1
      %v36 = llvm.ptrtoint %out_y : !llvm.ptr to i64
      %v37 = arith.remui %v36, %v23 : i64
      %v38 = arith.cmpi eq, %v37, %v29 : i64
      %v39 = arith.andi %v35, %v38 : i1
      // the scan, a tile of threads × K steps at a time
      %v41 = arith.index_cast %v29 : i64 to index
      %v42 = arith.index_cast %size_L : i64 to index
      %v43 = arith.index_cast %v40 : i64 to index
      scf.for %v44 = %v41 to %v42 step %v43 {
        %v45 = arith.index_cast %v44 : index to i64
        %v46 = arith.muli %v14, %v28 : i64
        %v47 = arith.addi %v45, %v46 : i64
        %v48 = arith.subi %size_L, %v47 : i64
        %v49 = arith.maxsi %v48, %v29 : i64
        %v50 = arith.minsi %v49, %v28 : i64
        // 1. this thread's K steps composed into one map (A, B)
        llvm.store %v51, %v5 : f32, !llvm.ptr
        llvm.store %v26, %v6 : f32, !llvm.ptr
        %v52 = arith.cmpi eq, %v50, %v28 : i64
        %v53 = arith.andi %v52, %v39 : i1
        scf.if %v53 {
          %v56 = arith.muli %v21, %v55 : i64
          %v57 = arith.muli %v19, %v54 : i64
          %v58 = arith.addi %v56, %v57 : i64
          %v59 = arith.muli %v47, %v1 : i64
          %v60 = arith.addi %v58, %v59 : i64
          %v61 = llvm.getelementptr %in_x[%v60] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v62 = llvm.load %v61 {alignment = 32 : i64} : !llvm.ptr -> vector<8xf32>
          %v64 = llvm.extractelement %v62[%v63 : i32] : vector<8xf32>
          %v66 = llvm.extractelement %v62[%v65 : i32] : vector<8xf32>
          %v68 = llvm.extractelement %v62[%v67 : i32] : vector<8xf32>
          %v70 = llvm.extractelement %v62[%v69 : i32] : vector<8xf32>
          %v72 = llvm.extractelement %v62[%v71 : i32] : vector<8xf32>
          %v74 = llvm.extractelement %v62[%v73 : i32] : vector<8xf32>
          %v76 = llvm.extractelement %v62[%v75 : i32] : vector<8xf32>
          %v78 = llvm.extractelement %v62[%v77 : i32] : vector<8xf32>
          %v79 = arith.addi %v47, %v29 : i64
          %v90 = arith.mulf %v89, %v64 fastmath<contract> : f32
          %v91 = llvm.load %v6 : !llvm.ptr -> f32
          %v92 = arith.mulf %v88, %v91 fastmath<contract> : f32
          %v93 = arith.addf %v92, %v90 fastmath<contract> : f32
          %v94 = llvm.load %v5 : !llvm.ptr -> f32
          %v95 = arith.mulf %v88, %v94 fastmath<contract> : f32
          llvm.store %v93, %v6 : f32, !llvm.ptr
          llvm.store %v95, %v5 : f32, !llvm.ptr
          %v96 = arith.addi %v47, %v1 : i64
          %v97 = arith.mulf %v89, %v66 fastmath<contract> : f32
          %v98 = llvm.load %v6 : !llvm.ptr -> f32
          %v99 = arith.mulf %v88, %v98 fastmath<contract> : f32
          %v100 = arith.addf %v99, %v97 fastmath<contract> : f32
          %v101 = llvm.load %v5 : !llvm.ptr -> f32
          %v102 = arith.mulf %v88, %v101 fastmath<contract> : f32
          llvm.store %v100, %v6 : f32, !llvm.ptr
          llvm.store %v102, %v5 : f32, !llvm.ptr
          %v104 = arith.addi %v47, %v103 : i64
          %v105 = arith.mulf %v89, %v68 fastmath<contract> : f32
          %v106 = llvm.load %v6 : !llvm.ptr -> f32
          %v107 = arith.mulf %v88, %v106 fastmath<contract> : f32
          %v108 = arith.addf %v107, %v105 fastmath<contract> : f32
          %v109 = llvm.load %v5 : !llvm.ptr -> f32
          %v110 = arith.mulf %v88, %v109 fastmath<contract> : f32
          llvm.store %v108, %v6 : f32, !llvm.ptr
          llvm.store %v110, %v5 : f32, !llvm.ptr
          %v112 = arith.addi %v47, %v111 : i64
          %v113 = arith.mulf %v89, %v70 fastmath<contract> : f32
          %v114 = llvm.load %v6 : !llvm.ptr -> f32
          %v115 = arith.mulf %v88, %v114 fastmath<contract> : f32
          %v116 = arith.addf %v115, %v113 fastmath<contract> : f32
          %v117 = llvm.load %v5 : !llvm.ptr -> f32
          %v118 = arith.mulf %v88, %v117 fastmath<contract> : f32
          llvm.store %v116, %v6 : f32, !llvm.ptr
          llvm.store %v118, %v5 : f32, !llvm.ptr
          %v120 = arith.addi %v47, %v119 : i64
          %v121 = arith.mulf %v89, %v72 fastmath<contract> : f32
          %v122 = llvm.load %v6 : !llvm.ptr -> f32
          %v123 = arith.mulf %v88, %v122 fastmath<contract> : f32
          %v124 = arith.addf %v123, %v121 fastmath<contract> : f32
          %v125 = llvm.load %v5 : !llvm.ptr -> f32
          %v126 = arith.mulf %v88, %v125 fastmath<contract> : f32
          llvm.store %v124, %v6 : f32, !llvm.ptr
          llvm.store %v126, %v5 : f32, !llvm.ptr
          %v128 = arith.addi %v47, %v127 : i64
          %v129 = arith.mulf %v89, %v74 fastmath<contract> : f32
          %v130 = llvm.load %v6 : !llvm.ptr -> f32
          %v131 = arith.mulf %v88, %v130 fastmath<contract> : f32
          %v132 = arith.addf %v131, %v129 fastmath<contract> : f32
          %v133 = llvm.load %v5 : !llvm.ptr -> f32
          %v134 = arith.mulf %v88, %v133 fastmath<contract> : f32
          llvm.store %v132, %v6 : f32, !llvm.ptr
          llvm.store %v134, %v5 : f32, !llvm.ptr
          %v136 = arith.addi %v47, %v135 : i64
          %v137 = arith.mulf %v89, %v76 fastmath<contract> : f32
          %v138 = llvm.load %v6 : !llvm.ptr -> f32
          %v139 = arith.mulf %v88, %v138 fastmath<contract> : f32
          %v140 = arith.addf %v139, %v137 fastmath<contract> : f32
          %v141 = llvm.load %v5 : !llvm.ptr -> f32
          %v142 = arith.mulf %v88, %v141 fastmath<contract> : f32
          llvm.store %v140, %v6 : f32, !llvm.ptr
          llvm.store %v142, %v5 : f32, !llvm.ptr
          %v144 = arith.addi %v47, %v143 : i64
          %v145 = arith.mulf %v89, %v78 fastmath<contract> : f32
          %v146 = llvm.load %v6 : !llvm.ptr -> f32
          %v147 = arith.mulf %v88, %v146 fastmath<contract> : f32
          %v148 = arith.addf %v147, %v145 fastmath<contract> : f32
          %v149 = llvm.load %v5 : !llvm.ptr -> f32
          %v150 = arith.mulf %v88, %v149 fastmath<contract> : f32
          llvm.store %v148, %v6 : f32, !llvm.ptr
          llvm.store %v150, %v5 : f32, !llvm.ptr
        } else {
          %v151 = arith.index_cast %v29 : i64 to index
          %v152 = arith.index_cast %v50 : i64 to index
          %v153 = arith.index_cast %v1 : i64 to index
          scf.for %v154 = %v151 to %v152 step %v153 {
            %v155 = arith.index_cast %v154 : index to i64
            %v156 = arith.addi %v47, %v155 : i64
            %v157 = arith.muli %v21, %v55 : i64
            %v158 = arith.muli %v19, %v54 : i64
            %v159 = arith.addi %v157, %v158 : i64
            %v160 = arith.muli %v156, %v1 : i64
            %v161 = arith.addi %v159, %v160 : i64
            %v162 = llvm.getelementptr %in_x[%v161] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v163 = llvm.load %v162 : !llvm.ptr -> f32
            %v164 = arith.mulf %v89, %v163 fastmath<contract> : f32
            %v165 = llvm.load %v6 : !llvm.ptr -> f32
            %v166 = arith.mulf %v88, %v165 fastmath<contract> : f32
            %v167 = arith.addf %v166, %v164 fastmath<contract> : f32
            %v168 = llvm.load %v5 : !llvm.ptr -> f32
            %v169 = arith.mulf %v88, %v168 fastmath<contract> : f32
            llvm.store %v167, %v6 : f32, !llvm.ptr
            llvm.store %v169, %v5 : f32, !llvm.ptr
          }
        }
        // 2. the block's scan of the maps: the state entering each thread's steps
        %v170 = llvm.load %v5 : !llvm.ptr -> f32
        %v171 = llvm.load %v6 : !llvm.ptr -> f32
        %v173, %v174 = gpu.shuffle up %v170, %v65, %v172 : f32
        %v175, %v176 = gpu.shuffle up %v171, %v65, %v172 : f32
        %v177 = arith.mulf %v170, %v173 fastmath<contract> : f32
        %v178 = arith.mulf %v170, %v175 fastmath<contract> : f32
        %v179 = arith.addf %v178, %v171 fastmath<contract> : f32
        %v180 = arith.cmpi uge, %v24, %v1 : i64
        %v181 = arith.select %v180, %v177, %v170 : f32
        %v182 = arith.select %v180, %v179, %v171 : f32
        %v183, %v184 = gpu.shuffle up %v181, %v67, %v172 : f32
        %v185, %v186 = gpu.shuffle up %v182, %v67, %v172 : f32
        %v187 = arith.mulf %v181, %v183 fastmath<contract> : f32
        %v188 = arith.mulf %v181, %v185 fastmath<contract> : f32
        %v189 = arith.addf %v188, %v182 fastmath<contract> : f32
        %v190 = arith.cmpi uge, %v24, %v103 : i64
        %v191 = arith.select %v190, %v187, %v181 : f32
        %v192 = arith.select %v190, %v189, %v182 : f32
        %v193, %v194 = gpu.shuffle up %v191, %v71, %v172 : f32
        %v195, %v196 = gpu.shuffle up %v192, %v71, %v172 : f32
        %v197 = arith.mulf %v191, %v193 fastmath<contract> : f32
        %v198 = arith.mulf %v191, %v195 fastmath<contract> : f32
        %v199 = arith.addf %v198, %v192 fastmath<contract> : f32
        %v200 = arith.cmpi uge, %v24, %v119 : i64
        %v201 = arith.select %v200, %v197, %v191 : f32
        %v202 = arith.select %v200, %v199, %v192 : f32
        %v204, %v205 = gpu.shuffle up %v201, %v203, %v172 : f32
        %v206, %v207 = gpu.shuffle up %v202, %v203, %v172 : f32
        %v208 = arith.mulf %v201, %v204 fastmath<contract> : f32
        %v209 = arith.mulf %v201, %v206 fastmath<contract> : f32
        %v210 = arith.addf %v209, %v202 fastmath<contract> : f32
        %v211 = arith.cmpi uge, %v24, %v28 : i64
        %v212 = arith.select %v211, %v208, %v201 : f32
        %v213 = arith.select %v211, %v210, %v202 : f32
        %v215, %v216 = gpu.shuffle up %v212, %v214, %v172 : f32
        %v217, %v218 = gpu.shuffle up %v213, %v214, %v172 : f32
        %v219 = arith.mulf %v212, %v215 fastmath<contract> : f32
        %v220 = arith.mulf %v212, %v217 fastmath<contract> : f32
        %v221 = arith.addf %v220, %v213 fastmath<contract> : f32
        %v223 = arith.cmpi uge, %v24, %v222 : i64
        %v224 = arith.select %v223, %v219, %v212 : f32
        %v225 = arith.select %v223, %v221, %v213 : f32
        %v227 = arith.cmpi eq, %v24, %v226 : i64
        %v228 = arith.addi %v29, %v25 : i64
        scf.if %v227 {
          %v229 = llvm.getelementptr %v9[%v228] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v224, %v229 : f32, !llvm.ptr
          %v230 = llvm.getelementptr %v11[%v228] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v225, %v230 : f32, !llvm.ptr
        }
        %v231, %v232 = gpu.shuffle up %v224, %v65, %v172 : f32
        %v233, %v234 = gpu.shuffle up %v225, %v65, %v172 : f32
        %v235 = arith.cmpi eq, %v24, %v29 : i64
        %v236 = arith.select %v235, %v51, %v231 : f32
        %v237 = arith.select %v235, %v26, %v233 : f32
        // across warps: the warps' maps before this one's, and the whole tile's
        gpu.barrier
        %v238 = arith.addi %v29, %v14 : i64
        %v240 = arith.index_cast %v238 : i64 to index
        %v241 = arith.index_cast %v1 : i64 to index
        %v242 = arith.index_cast %v239 : i64 to index
        scf.for %v243 = %v240 to %v241 step %v242 {
          %v244 = arith.index_cast %v243 : index to i64
          %v246 = arith.muli %v244, %v245 : i64
          %v247 = arith.addi %v246, %v29 : i64
          %v248 = llvm.getelementptr %v9[%v247] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v249 = llvm.load %v248 : !llvm.ptr -> f32
          %v250 = llvm.getelementptr %v11[%v247] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v251 = llvm.load %v250 : !llvm.ptr -> f32
          %v252 = llvm.getelementptr %v9[%v247] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v51, %v252 : f32, !llvm.ptr
          %v253 = llvm.getelementptr %v11[%v247] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v26, %v253 : f32, !llvm.ptr
          %v254 = arith.mulf %v249, %v51 fastmath<contract> : f32
          %v255 = arith.mulf %v249, %v26 fastmath<contract> : f32
          %v256 = arith.addf %v255, %v251 fastmath<contract> : f32
          %v257 = arith.addi %v246, %v1 : i64
          %v258 = llvm.getelementptr %v9[%v257] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v259 = llvm.load %v258 : !llvm.ptr -> f32
          %v260 = llvm.getelementptr %v11[%v257] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v261 = llvm.load %v260 : !llvm.ptr -> f32
          %v262 = llvm.getelementptr %v9[%v257] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v254, %v262 : f32, !llvm.ptr
          %v263 = llvm.getelementptr %v11[%v257] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v256, %v263 : f32, !llvm.ptr
          %v264 = arith.mulf %v259, %v254 fastmath<contract> : f32
          %v265 = arith.mulf %v259, %v256 fastmath<contract> : f32
          %v266 = arith.addf %v265, %v261 fastmath<contract> : f32
          %v267 = arith.addi %v246, %v103 : i64
          %v268 = llvm.getelementptr %v9[%v267] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v269 = llvm.load %v268 : !llvm.ptr -> f32
          %v270 = llvm.getelementptr %v11[%v267] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v271 = llvm.load %v270 : !llvm.ptr -> f32
          %v272 = llvm.getelementptr %v9[%v267] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v264, %v272 : f32, !llvm.ptr
          %v273 = llvm.getelementptr %v11[%v267] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v266, %v273 : f32, !llvm.ptr
          %v274 = arith.mulf %v269, %v264 fastmath<contract> : f32
          %v275 = arith.mulf %v269, %v266 fastmath<contract> : f32
          %v276 = arith.addf %v275, %v271 fastmath<contract> : f32
          %v277 = arith.addi %v246, %v111 : i64
          %v278 = llvm.getelementptr %v9[%v277] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v279 = llvm.load %v278 : !llvm.ptr -> f32
          %v280 = llvm.getelementptr %v11[%v277] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v281 = llvm.load %v280 : !llvm.ptr -> f32
          %v282 = llvm.getelementptr %v9[%v277] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v274, %v282 : f32, !llvm.ptr
          %v283 = llvm.getelementptr %v11[%v277] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v276, %v283 : f32, !llvm.ptr
          %v284 = arith.mulf %v279, %v274 fastmath<contract> : f32
          %v285 = arith.mulf %v279, %v276 fastmath<contract> : f32
          %v286 = arith.addf %v285, %v281 fastmath<contract> : f32
          %v287 = arith.addi %v246, %v119 : i64
          %v288 = llvm.getelementptr %v9[%v287] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v289 = llvm.load %v288 : !llvm.ptr -> f32
          %v290 = llvm.getelementptr %v11[%v287] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v291 = llvm.load %v290 : !llvm.ptr -> f32
          %v292 = llvm.getelementptr %v9[%v287] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v284, %v292 : f32, !llvm.ptr
          %v293 = llvm.getelementptr %v11[%v287] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v286, %v293 : f32, !llvm.ptr
          %v294 = arith.mulf %v289, %v284 fastmath<contract> : f32
          %v295 = arith.mulf %v289, %v286 fastmath<contract> : f32
          %v296 = arith.addf %v295, %v291 fastmath<contract> : f32
          %v297 = arith.addi %v246, %v127 : i64
          %v298 = llvm.getelementptr %v9[%v297] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v299 = llvm.load %v298 : !llvm.ptr -> f32
          %v300 = llvm.getelementptr %v11[%v297] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v301 = llvm.load %v300 : !llvm.ptr -> f32
          %v302 = llvm.getelementptr %v9[%v297] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v294, %v302 : f32, !llvm.ptr
          %v303 = llvm.getelementptr %v11[%v297] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v296, %v303 : f32, !llvm.ptr
          %v304 = arith.mulf %v299, %v294 fastmath<contract> : f32
          %v305 = arith.mulf %v299, %v296 fastmath<contract> : f32
          %v306 = arith.addf %v305, %v301 fastmath<contract> : f32
          %v307 = arith.addi %v246, %v135 : i64
          %v308 = llvm.getelementptr %v9[%v307] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v309 = llvm.load %v308 : !llvm.ptr -> f32
          %v310 = llvm.getelementptr %v11[%v307] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v311 = llvm.load %v310 : !llvm.ptr -> f32
          %v312 = llvm.getelementptr %v9[%v307] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v304, %v312 : f32, !llvm.ptr
          %v313 = llvm.getelementptr %v11[%v307] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v306, %v313 : f32, !llvm.ptr
          %v314 = arith.mulf %v309, %v304 fastmath<contract> : f32
          %v315 = arith.mulf %v309, %v306 fastmath<contract> : f32
          %v316 = arith.addf %v315, %v311 fastmath<contract> : f32
          %v317 = arith.addi %v246, %v143 : i64
          %v318 = llvm.getelementptr %v9[%v317] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v319 = llvm.load %v318 : !llvm.ptr -> f32
          %v320 = llvm.getelementptr %v11[%v317] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v321 = llvm.load %v320 : !llvm.ptr -> f32
          %v322 = llvm.getelementptr %v9[%v317] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v314, %v322 : f32, !llvm.ptr
          %v323 = llvm.getelementptr %v11[%v317] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v316, %v323 : f32, !llvm.ptr
          %v324 = arith.mulf %v319, %v314 fastmath<contract> : f32
          %v325 = arith.mulf %v319, %v316 fastmath<contract> : f32
          %v326 = arith.addf %v325, %v321 fastmath<contract> : f32
          %v327 = arith.addi %v246, %v28 : i64
          %v328 = llvm.getelementptr %v9[%v327] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v324, %v328 : f32, !llvm.ptr
          %v329 = llvm.getelementptr %v11[%v327] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v326, %v329 : f32, !llvm.ptr
        }
        gpu.barrier
        %v330 = arith.addi %v29, %v25 : i64
        %v331 = llvm.getelementptr %v9[%v330] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v332 = llvm.load %v331 : !llvm.ptr -> f32
        %v333 = llvm.getelementptr %v11[%v330] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v334 = llvm.load %v333 : !llvm.ptr -> f32
        %v335 = arith.addi %v29, %v28 : i64
        %v336 = llvm.getelementptr %v9[%v335] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v337 = llvm.load %v336 : !llvm.ptr -> f32
        %v338 = llvm.getelementptr %v11[%v335] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v339 = llvm.load %v338 : !llvm.ptr -> f32
        %v340 = arith.mulf %v236, %v332 fastmath<contract> : f32
        %v341 = arith.mulf %v236, %v334 fastmath<contract> : f32
        %v342 = arith.addf %v341, %v237 fastmath<contract> : f32
        %v343 = llvm.load %v7 : !llvm.ptr -> f32
        %v344 = arith.mulf %v340, %v343 fastmath<contract> : f32
        %v345 = arith.addf %v344, %v342 fastmath<contract> : f32
        llvm.store %v345, %v4 : f32, !llvm.ptr
        %v346 = arith.mulf %v337, %v343 fastmath<contract> : f32
        %v347 = arith.addf %v346, %v339 fastmath<contract> : f32
        llvm.store %v347, %v7 : f32, !llvm.ptr
        // 3. the K steps again from the state entering them: outputs, checkpoints
        %v348 = arith.cmpi eq, %v50, %v28 : i64
        %v349 = arith.andi %v348, %v39 : i1
        scf.if %v349 {
          %v350 = arith.muli %v21, %v55 : i64
          %v351 = arith.muli %v19, %v54 : i64
          %v352 = arith.addi %v350, %v351 : i64
          %v353 = arith.muli %v47, %v1 : i64
          %v354 = arith.addi %v352, %v353 : i64
          %v355 = llvm.getelementptr %in_x[%v354] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v356 = llvm.load %v355 {alignment = 32 : i64} : !llvm.ptr -> vector<8xf32>
          %v357 = llvm.extractelement %v356[%v63 : i32] : vector<8xf32>
          %v358 = llvm.extractelement %v356[%v65 : i32] : vector<8xf32>
          %v359 = llvm.extractelement %v356[%v67 : i32] : vector<8xf32>
          %v360 = llvm.extractelement %v356[%v69 : i32] : vector<8xf32>
          %v361 = llvm.extractelement %v356[%v71 : i32] : vector<8xf32>
          %v362 = llvm.extractelement %v356[%v73 : i32] : vector<8xf32>
          %v363 = llvm.extractelement %v356[%v75 : i32] : vector<8xf32>
          %v364 = llvm.extractelement %v356[%v77 : i32] : vector<8xf32>
          %v365 = arith.addi %v47, %v29 : i64
          // save the states at checkpoint steps (when given somewhere to save them)
          %v367 = arith.remui %v365, %v366 : i64
          %v368 = arith.cmpi eq, %v367, %v29 : i64
          %v369 = arith.andi %v368, %v16 : i1
          scf.if %v369 {
            %v370 = arith.divui %v365, %v366 : i64
            %v371 = llvm.mlir.zero : !llvm.ptr
            %v372 = llvm.icmp "ne" %ckpt_h, %v371 : !llvm.ptr
            scf.if %v372 {
              %v375 = arith.muli %v370, %v374 : i64
              %v376 = llvm.load %v4 : !llvm.ptr -> f32
              %v378 = arith.muli %v21, %v377 : i64
              %v379 = arith.muli %v19, %v1 : i64
              %v380 = arith.addi %v378, %v379 : i64
              %v381 = arith.addi %v375, %v380 : i64
              %v382 = llvm.getelementptr %ckpt_h[%v381] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v376, %v382 : f32, !llvm.ptr
            }
          }
          // end save
          %v383 = arith.mulf %v89, %v357 fastmath<contract> : f32
          %v384 = llvm.load %v4 : !llvm.ptr -> f32
          %v385 = arith.mulf %v88, %v384 fastmath<contract> : f32
          %v386 = arith.addf %v385, %v383 fastmath<contract> : f32
          llvm.store %v386, %v4 : f32, !llvm.ptr
          %v387 = llvm.load %v4 : !llvm.ptr -> f32
          %v388 = arith.addi %v47, %v1 : i64
          %v389 = arith.mulf %v89, %v358 fastmath<contract> : f32
          %v390 = llvm.load %v4 : !llvm.ptr -> f32
          %v391 = arith.mulf %v88, %v390 fastmath<contract> : f32
          %v392 = arith.addf %v391, %v389 fastmath<contract> : f32
          llvm.store %v392, %v4 : f32, !llvm.ptr
          %v393 = llvm.load %v4 : !llvm.ptr -> f32
          %v394 = arith.addi %v47, %v103 : i64
          %v395 = arith.mulf %v89, %v359 fastmath<contract> : f32
          %v396 = llvm.load %v4 : !llvm.ptr -> f32
          %v397 = arith.mulf %v88, %v396 fastmath<contract> : f32
          %v398 = arith.addf %v397, %v395 fastmath<contract> : f32
          llvm.store %v398, %v4 : f32, !llvm.ptr
          %v399 = llvm.load %v4 : !llvm.ptr -> f32
          %v400 = arith.addi %v47, %v111 : i64
          %v401 = arith.mulf %v89, %v360 fastmath<contract> : f32
          %v402 = llvm.load %v4 : !llvm.ptr -> f32
          %v403 = arith.mulf %v88, %v402 fastmath<contract> : f32
          %v404 = arith.addf %v403, %v401 fastmath<contract> : f32
          llvm.store %v404, %v4 : f32, !llvm.ptr
          %v405 = llvm.load %v4 : !llvm.ptr -> f32
          %v406 = arith.addi %v47, %v119 : i64
          %v407 = arith.mulf %v89, %v361 fastmath<contract> : f32
          %v408 = llvm.load %v4 : !llvm.ptr -> f32
          %v409 = arith.mulf %v88, %v408 fastmath<contract> : f32
          %v410 = arith.addf %v409, %v407 fastmath<contract> : f32
          llvm.store %v410, %v4 : f32, !llvm.ptr
          %v411 = llvm.load %v4 : !llvm.ptr -> f32
          %v412 = arith.addi %v47, %v127 : i64
          %v413 = arith.mulf %v89, %v362 fastmath<contract> : f32
          %v414 = llvm.load %v4 : !llvm.ptr -> f32
          %v415 = arith.mulf %v88, %v414 fastmath<contract> : f32
          %v416 = arith.addf %v415, %v413 fastmath<contract> : f32
          llvm.store %v416, %v4 : f32, !llvm.ptr
          %v417 = llvm.load %v4 : !llvm.ptr -> f32
          %v418 = arith.addi %v47, %v135 : i64
          %v419 = arith.mulf %v89, %v363 fastmath<contract> : f32
          %v420 = llvm.load %v4 : !llvm.ptr -> f32
          %v421 = arith.mulf %v88, %v420 fastmath<contract> : f32
          %v422 = arith.addf %v421, %v419 fastmath<contract> : f32
          llvm.store %v422, %v4 : f32, !llvm.ptr
          %v423 = llvm.load %v4 : !llvm.ptr -> f32
          %v424 = arith.addi %v47, %v143 : i64
          %v425 = arith.mulf %v89, %v364 fastmath<contract> : f32
          %v426 = llvm.load %v4 : !llvm.ptr -> f32
          %v427 = arith.mulf %v88, %v426 fastmath<contract> : f32
          %v428 = arith.addf %v427, %v425 fastmath<contract> : f32
          llvm.store %v428, %v4 : f32, !llvm.ptr
          %v429 = llvm.load %v4 : !llvm.ptr -> f32
          %v430 = llvm.mlir.undef : vector<8xf32>
          %v431 = llvm.insertelement %v387, %v430[%v63 : i32] : vector<8xf32>
          %v432 = llvm.insertelement %v393, %v431[%v65 : i32] : vector<8xf32>
          %v433 = llvm.insertelement %v399, %v432[%v67 : i32] : vector<8xf32>
          %v434 = llvm.insertelement %v405, %v433[%v69 : i32] : vector<8xf32>
          %v435 = llvm.insertelement %v411, %v434[%v71 : i32] : vector<8xf32>
          %v436 = llvm.insertelement %v417, %v435[%v73 : i32] : vector<8xf32>
          %v437 = llvm.insertelement %v423, %v436[%v75 : i32] : vector<8xf32>
          %v438 = llvm.insertelement %v429, %v437[%v77 : i32] : vector<8xf32>
          %v439 = arith.muli %v21, %v55 : i64
          %v440 = arith.muli %v19, %v54 : i64
          %v441 = arith.addi %v439, %v440 : i64
          %v442 = arith.muli %v47, %v1 : i64
          %v443 = arith.addi %v441, %v442 : i64
          %v444 = llvm.getelementptr %out_y[%v443] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          scf.if %v16 {
            llvm.store %v438, %v444 {alignment = 32 : i64} : vector<8xf32>, !llvm.ptr
          }
        } else {
          %v445 = arith.index_cast %v29 : i64 to index
          %v446 = arith.index_cast %v50 : i64 to index
          %v447 = arith.index_cast %v1 : i64 to index
          scf.for %v448 = %v445 to %v446 step %v447 {
            %v449 = arith.index_cast %v448 : index to i64
            %v450 = arith.addi %v47, %v449 : i64
            // save the states at checkpoint steps (when given somewhere to save them)
            %v451 = arith.remui %v450, %v366 : i64
            %v452 = arith.cmpi eq, %v451, %v29 : i64
            %v453 = arith.andi %v452, %v16 : i1
            scf.if %v453 {
              %v454 = arith.divui %v450, %v366 : i64
              %v455 = llvm.mlir.zero : !llvm.ptr
              %v456 = llvm.icmp "ne" %ckpt_h, %v455 : !llvm.ptr
              scf.if %v456 {
                %v459 = arith.muli %v454, %v458 : i64
                %v460 = llvm.load %v4 : !llvm.ptr -> f32
                %v461 = arith.muli %v21, %v377 : i64
                %v462 = arith.muli %v19, %v1 : i64
                %v463 = arith.addi %v461, %v462 : i64
                %v464 = arith.addi %v459, %v463 : i64
                %v465 = llvm.getelementptr %ckpt_h[%v464] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                llvm.store %v460, %v465 : f32, !llvm.ptr
              }
            }
            // end save
            %v466 = arith.muli %v21, %v55 : i64
            %v467 = arith.muli %v19, %v54 : i64
            %v468 = arith.addi %v466, %v467 : i64
            %v469 = arith.muli %v450, %v1 : i64
            %v470 = arith.addi %v468, %v469 : i64
            %v471 = llvm.getelementptr %in_x[%v470] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v472 = llvm.load %v471 : !llvm.ptr -> f32
            %v473 = arith.mulf %v89, %v472 fastmath<contract> : f32
            %v474 = llvm.load %v4 : !llvm.ptr -> f32
            %v475 = arith.mulf %v88, %v474 fastmath<contract> : f32
            %v476 = arith.addf %v475, %v473 fastmath<contract> : f32
            llvm.store %v476, %v4 : f32, !llvm.ptr
            %v477 = llvm.load %v4 : !llvm.ptr -> f32
            scf.if %v16 {
              %v478 = arith.muli %v21, %v55 : i64
              %v479 = arith.muli %v19, %v54 : i64
              %v480 = arith.addi %v478, %v479 : i64
              %v481 = arith.muli %v450, %v1 : i64
              %v482 = arith.addi %v480, %v481 : i64
              %v483 = llvm.getelementptr %out_y[%v482] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v477, %v483 : f32, !llvm.ptr
            }
          }
        }
        gpu.barrier
      }
      // end scan
      %v484 = arith.cmpi eq, %v14, %v29 : i64
      %v485 = arith.andi %v16, %v484 : i1
      gpu.return
    }
  }
}
