module attributes {gpu.container_module} {
  gpu.module @linrec {
    llvm.mlir.global internal @warp_a_ema_fwd() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<8 x f32>
    llvm.mlir.global internal @warp_b_ema_fwd() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<8 x f32>
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
      %v368 = arith.constant 64 : i64
      %v375 = arith.muli %v1, %size_B : i64
      %v376 = arith.muli %v375, %size_D : i64
      %v379 = arith.muli %v1, %size_D : i64
      %v459 = arith.muli %v1, %size_B : i64
      %v460 = arith.muli %v459, %size_D : i64
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
        %v238 = llvm.getelementptr %v9[%v29] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v239 = llvm.load %v238 : !llvm.ptr -> f32
        %v240 = llvm.getelementptr %v11[%v29] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v241 = llvm.load %v240 : !llvm.ptr -> f32
        %v242 = arith.cmpi ult, %v29, %v25 : i64
        %v243 = arith.mulf %v239, %v51 fastmath<contract> : f32
        %v244 = arith.mulf %v239, %v26 fastmath<contract> : f32
        %v245 = arith.addf %v244, %v241 fastmath<contract> : f32
        %v246 = arith.select %v242, %v243, %v51 : f32
        %v247 = arith.select %v242, %v245, %v26 : f32
        %v248 = arith.mulf %v239, %v51 fastmath<contract> : f32
        %v249 = arith.mulf %v239, %v26 fastmath<contract> : f32
        %v250 = arith.addf %v249, %v241 fastmath<contract> : f32
        %v251 = llvm.getelementptr %v9[%v1] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v252 = llvm.load %v251 : !llvm.ptr -> f32
        %v253 = llvm.getelementptr %v11[%v1] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v254 = llvm.load %v253 : !llvm.ptr -> f32
        %v255 = arith.cmpi ult, %v1, %v25 : i64
        %v256 = arith.mulf %v252, %v246 fastmath<contract> : f32
        %v257 = arith.mulf %v252, %v247 fastmath<contract> : f32
        %v258 = arith.addf %v257, %v254 fastmath<contract> : f32
        %v259 = arith.select %v255, %v256, %v246 : f32
        %v260 = arith.select %v255, %v258, %v247 : f32
        %v261 = arith.mulf %v252, %v248 fastmath<contract> : f32
        %v262 = arith.mulf %v252, %v250 fastmath<contract> : f32
        %v263 = arith.addf %v262, %v254 fastmath<contract> : f32
        %v264 = llvm.getelementptr %v9[%v103] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v265 = llvm.load %v264 : !llvm.ptr -> f32
        %v266 = llvm.getelementptr %v11[%v103] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v267 = llvm.load %v266 : !llvm.ptr -> f32
        %v268 = arith.cmpi ult, %v103, %v25 : i64
        %v269 = arith.mulf %v265, %v259 fastmath<contract> : f32
        %v270 = arith.mulf %v265, %v260 fastmath<contract> : f32
        %v271 = arith.addf %v270, %v267 fastmath<contract> : f32
        %v272 = arith.select %v268, %v269, %v259 : f32
        %v273 = arith.select %v268, %v271, %v260 : f32
        %v274 = arith.mulf %v265, %v261 fastmath<contract> : f32
        %v275 = arith.mulf %v265, %v263 fastmath<contract> : f32
        %v276 = arith.addf %v275, %v267 fastmath<contract> : f32
        %v277 = llvm.getelementptr %v9[%v111] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v278 = llvm.load %v277 : !llvm.ptr -> f32
        %v279 = llvm.getelementptr %v11[%v111] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v280 = llvm.load %v279 : !llvm.ptr -> f32
        %v281 = arith.cmpi ult, %v111, %v25 : i64
        %v282 = arith.mulf %v278, %v272 fastmath<contract> : f32
        %v283 = arith.mulf %v278, %v273 fastmath<contract> : f32
        %v284 = arith.addf %v283, %v280 fastmath<contract> : f32
        %v285 = arith.select %v281, %v282, %v272 : f32
        %v286 = arith.select %v281, %v284, %v273 : f32
        %v287 = arith.mulf %v278, %v274 fastmath<contract> : f32
        %v288 = arith.mulf %v278, %v276 fastmath<contract> : f32
        %v289 = arith.addf %v288, %v280 fastmath<contract> : f32
        %v290 = llvm.getelementptr %v9[%v119] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v291 = llvm.load %v290 : !llvm.ptr -> f32
        %v292 = llvm.getelementptr %v11[%v119] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v293 = llvm.load %v292 : !llvm.ptr -> f32
        %v294 = arith.cmpi ult, %v119, %v25 : i64
        %v295 = arith.mulf %v291, %v285 fastmath<contract> : f32
        %v296 = arith.mulf %v291, %v286 fastmath<contract> : f32
        %v297 = arith.addf %v296, %v293 fastmath<contract> : f32
        %v298 = arith.select %v294, %v295, %v285 : f32
        %v299 = arith.select %v294, %v297, %v286 : f32
        %v300 = arith.mulf %v291, %v287 fastmath<contract> : f32
        %v301 = arith.mulf %v291, %v289 fastmath<contract> : f32
        %v302 = arith.addf %v301, %v293 fastmath<contract> : f32
        %v303 = llvm.getelementptr %v9[%v127] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v304 = llvm.load %v303 : !llvm.ptr -> f32
        %v305 = llvm.getelementptr %v11[%v127] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v306 = llvm.load %v305 : !llvm.ptr -> f32
        %v307 = arith.cmpi ult, %v127, %v25 : i64
        %v308 = arith.mulf %v304, %v298 fastmath<contract> : f32
        %v309 = arith.mulf %v304, %v299 fastmath<contract> : f32
        %v310 = arith.addf %v309, %v306 fastmath<contract> : f32
        %v311 = arith.select %v307, %v308, %v298 : f32
        %v312 = arith.select %v307, %v310, %v299 : f32
        %v313 = arith.mulf %v304, %v300 fastmath<contract> : f32
        %v314 = arith.mulf %v304, %v302 fastmath<contract> : f32
        %v315 = arith.addf %v314, %v306 fastmath<contract> : f32
        %v316 = llvm.getelementptr %v9[%v135] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v317 = llvm.load %v316 : !llvm.ptr -> f32
        %v318 = llvm.getelementptr %v11[%v135] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v319 = llvm.load %v318 : !llvm.ptr -> f32
        %v320 = arith.cmpi ult, %v135, %v25 : i64
        %v321 = arith.mulf %v317, %v311 fastmath<contract> : f32
        %v322 = arith.mulf %v317, %v312 fastmath<contract> : f32
        %v323 = arith.addf %v322, %v319 fastmath<contract> : f32
        %v324 = arith.select %v320, %v321, %v311 : f32
        %v325 = arith.select %v320, %v323, %v312 : f32
        %v326 = arith.mulf %v317, %v313 fastmath<contract> : f32
        %v327 = arith.mulf %v317, %v315 fastmath<contract> : f32
        %v328 = arith.addf %v327, %v319 fastmath<contract> : f32
        %v329 = llvm.getelementptr %v9[%v143] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v330 = llvm.load %v329 : !llvm.ptr -> f32
        %v331 = llvm.getelementptr %v11[%v143] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v332 = llvm.load %v331 : !llvm.ptr -> f32
        %v333 = arith.cmpi ult, %v143, %v25 : i64
        %v334 = arith.mulf %v330, %v324 fastmath<contract> : f32
        %v335 = arith.mulf %v330, %v325 fastmath<contract> : f32
        %v336 = arith.addf %v335, %v332 fastmath<contract> : f32
        %v337 = arith.select %v333, %v334, %v324 : f32
        %v338 = arith.select %v333, %v336, %v325 : f32
        %v339 = arith.mulf %v330, %v326 fastmath<contract> : f32
        %v340 = arith.mulf %v330, %v328 fastmath<contract> : f32
        %v341 = arith.addf %v340, %v332 fastmath<contract> : f32
        %v342 = arith.mulf %v236, %v337 fastmath<contract> : f32
        %v343 = arith.mulf %v236, %v338 fastmath<contract> : f32
        %v344 = arith.addf %v343, %v237 fastmath<contract> : f32
        %v345 = llvm.load %v7 : !llvm.ptr -> f32
        %v346 = arith.mulf %v342, %v345 fastmath<contract> : f32
        %v347 = arith.addf %v346, %v344 fastmath<contract> : f32
        llvm.store %v347, %v4 : f32, !llvm.ptr
        %v348 = arith.mulf %v339, %v345 fastmath<contract> : f32
        %v349 = arith.addf %v348, %v341 fastmath<contract> : f32
        llvm.store %v349, %v7 : f32, !llvm.ptr
        // 3. the K steps again from the state entering them: outputs, checkpoints
        %v350 = arith.cmpi eq, %v50, %v28 : i64
        %v351 = arith.andi %v350, %v39 : i1
        scf.if %v351 {
          %v352 = arith.muli %v21, %v55 : i64
          %v353 = arith.muli %v19, %v54 : i64
          %v354 = arith.addi %v352, %v353 : i64
          %v355 = arith.muli %v47, %v1 : i64
          %v356 = arith.addi %v354, %v355 : i64
          %v357 = llvm.getelementptr %in_x[%v356] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v358 = llvm.load %v357 {alignment = 32 : i64} : !llvm.ptr -> vector<8xf32>
          %v359 = llvm.extractelement %v358[%v63 : i32] : vector<8xf32>
          %v360 = llvm.extractelement %v358[%v65 : i32] : vector<8xf32>
          %v361 = llvm.extractelement %v358[%v67 : i32] : vector<8xf32>
          %v362 = llvm.extractelement %v358[%v69 : i32] : vector<8xf32>
          %v363 = llvm.extractelement %v358[%v71 : i32] : vector<8xf32>
          %v364 = llvm.extractelement %v358[%v73 : i32] : vector<8xf32>
          %v365 = llvm.extractelement %v358[%v75 : i32] : vector<8xf32>
          %v366 = llvm.extractelement %v358[%v77 : i32] : vector<8xf32>
          %v367 = arith.addi %v47, %v29 : i64
          // save the states at checkpoint steps (when given somewhere to save them)
          %v369 = arith.remui %v367, %v368 : i64
          %v370 = arith.cmpi eq, %v369, %v29 : i64
          %v371 = arith.andi %v370, %v16 : i1
          scf.if %v371 {
            %v372 = arith.divui %v367, %v368 : i64
            %v373 = llvm.mlir.zero : !llvm.ptr
            %v374 = llvm.icmp "ne" %ckpt_h, %v373 : !llvm.ptr
            scf.if %v374 {
              %v377 = arith.muli %v372, %v376 : i64
              %v378 = llvm.load %v4 : !llvm.ptr -> f32
              %v380 = arith.muli %v21, %v379 : i64
              %v381 = arith.muli %v19, %v1 : i64
              %v382 = arith.addi %v380, %v381 : i64
              %v383 = arith.addi %v377, %v382 : i64
              %v384 = llvm.getelementptr %ckpt_h[%v383] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v378, %v384 : f32, !llvm.ptr
            }
          }
          // end save
          %v385 = arith.mulf %v89, %v359 fastmath<contract> : f32
          %v386 = llvm.load %v4 : !llvm.ptr -> f32
          %v387 = arith.mulf %v88, %v386 fastmath<contract> : f32
          %v388 = arith.addf %v387, %v385 fastmath<contract> : f32
          llvm.store %v388, %v4 : f32, !llvm.ptr
          %v389 = llvm.load %v4 : !llvm.ptr -> f32
          %v390 = arith.addi %v47, %v1 : i64
          %v391 = arith.mulf %v89, %v360 fastmath<contract> : f32
          %v392 = llvm.load %v4 : !llvm.ptr -> f32
          %v393 = arith.mulf %v88, %v392 fastmath<contract> : f32
          %v394 = arith.addf %v393, %v391 fastmath<contract> : f32
          llvm.store %v394, %v4 : f32, !llvm.ptr
          %v395 = llvm.load %v4 : !llvm.ptr -> f32
          %v396 = arith.addi %v47, %v103 : i64
          %v397 = arith.mulf %v89, %v361 fastmath<contract> : f32
          %v398 = llvm.load %v4 : !llvm.ptr -> f32
          %v399 = arith.mulf %v88, %v398 fastmath<contract> : f32
          %v400 = arith.addf %v399, %v397 fastmath<contract> : f32
          llvm.store %v400, %v4 : f32, !llvm.ptr
          %v401 = llvm.load %v4 : !llvm.ptr -> f32
          %v402 = arith.addi %v47, %v111 : i64
          %v403 = arith.mulf %v89, %v362 fastmath<contract> : f32
          %v404 = llvm.load %v4 : !llvm.ptr -> f32
          %v405 = arith.mulf %v88, %v404 fastmath<contract> : f32
          %v406 = arith.addf %v405, %v403 fastmath<contract> : f32
          llvm.store %v406, %v4 : f32, !llvm.ptr
          %v407 = llvm.load %v4 : !llvm.ptr -> f32
          %v408 = arith.addi %v47, %v119 : i64
          %v409 = arith.mulf %v89, %v363 fastmath<contract> : f32
          %v410 = llvm.load %v4 : !llvm.ptr -> f32
          %v411 = arith.mulf %v88, %v410 fastmath<contract> : f32
          %v412 = arith.addf %v411, %v409 fastmath<contract> : f32
          llvm.store %v412, %v4 : f32, !llvm.ptr
          %v413 = llvm.load %v4 : !llvm.ptr -> f32
          %v414 = arith.addi %v47, %v127 : i64
          %v415 = arith.mulf %v89, %v364 fastmath<contract> : f32
          %v416 = llvm.load %v4 : !llvm.ptr -> f32
          %v417 = arith.mulf %v88, %v416 fastmath<contract> : f32
          %v418 = arith.addf %v417, %v415 fastmath<contract> : f32
          llvm.store %v418, %v4 : f32, !llvm.ptr
          %v419 = llvm.load %v4 : !llvm.ptr -> f32
          %v420 = arith.addi %v47, %v135 : i64
          %v421 = arith.mulf %v89, %v365 fastmath<contract> : f32
          %v422 = llvm.load %v4 : !llvm.ptr -> f32
          %v423 = arith.mulf %v88, %v422 fastmath<contract> : f32
          %v424 = arith.addf %v423, %v421 fastmath<contract> : f32
          llvm.store %v424, %v4 : f32, !llvm.ptr
          %v425 = llvm.load %v4 : !llvm.ptr -> f32
          %v426 = arith.addi %v47, %v143 : i64
          %v427 = arith.mulf %v89, %v366 fastmath<contract> : f32
          %v428 = llvm.load %v4 : !llvm.ptr -> f32
          %v429 = arith.mulf %v88, %v428 fastmath<contract> : f32
          %v430 = arith.addf %v429, %v427 fastmath<contract> : f32
          llvm.store %v430, %v4 : f32, !llvm.ptr
          %v431 = llvm.load %v4 : !llvm.ptr -> f32
          %v432 = llvm.mlir.undef : vector<8xf32>
          %v433 = llvm.insertelement %v389, %v432[%v63 : i32] : vector<8xf32>
          %v434 = llvm.insertelement %v395, %v433[%v65 : i32] : vector<8xf32>
          %v435 = llvm.insertelement %v401, %v434[%v67 : i32] : vector<8xf32>
          %v436 = llvm.insertelement %v407, %v435[%v69 : i32] : vector<8xf32>
          %v437 = llvm.insertelement %v413, %v436[%v71 : i32] : vector<8xf32>
          %v438 = llvm.insertelement %v419, %v437[%v73 : i32] : vector<8xf32>
          %v439 = llvm.insertelement %v425, %v438[%v75 : i32] : vector<8xf32>
          %v440 = llvm.insertelement %v431, %v439[%v77 : i32] : vector<8xf32>
          %v441 = arith.muli %v21, %v55 : i64
          %v442 = arith.muli %v19, %v54 : i64
          %v443 = arith.addi %v441, %v442 : i64
          %v444 = arith.muli %v47, %v1 : i64
          %v445 = arith.addi %v443, %v444 : i64
          %v446 = llvm.getelementptr %out_y[%v445] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          scf.if %v16 {
            llvm.store %v440, %v446 {alignment = 32 : i64} : vector<8xf32>, !llvm.ptr
          }
        } else {
          %v447 = arith.index_cast %v29 : i64 to index
          %v448 = arith.index_cast %v50 : i64 to index
          %v449 = arith.index_cast %v1 : i64 to index
          scf.for %v450 = %v447 to %v448 step %v449 {
            %v451 = arith.index_cast %v450 : index to i64
            %v452 = arith.addi %v47, %v451 : i64
            // save the states at checkpoint steps (when given somewhere to save them)
            %v453 = arith.remui %v452, %v368 : i64
            %v454 = arith.cmpi eq, %v453, %v29 : i64
            %v455 = arith.andi %v454, %v16 : i1
            scf.if %v455 {
              %v456 = arith.divui %v452, %v368 : i64
              %v457 = llvm.mlir.zero : !llvm.ptr
              %v458 = llvm.icmp "ne" %ckpt_h, %v457 : !llvm.ptr
              scf.if %v458 {
                %v461 = arith.muli %v456, %v460 : i64
                %v462 = llvm.load %v4 : !llvm.ptr -> f32
                %v463 = arith.muli %v21, %v379 : i64
                %v464 = arith.muli %v19, %v1 : i64
                %v465 = arith.addi %v463, %v464 : i64
                %v466 = arith.addi %v461, %v465 : i64
                %v467 = llvm.getelementptr %ckpt_h[%v466] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                llvm.store %v462, %v467 : f32, !llvm.ptr
              }
            }
            // end save
            %v468 = arith.muli %v21, %v55 : i64
            %v469 = arith.muli %v19, %v54 : i64
            %v470 = arith.addi %v468, %v469 : i64
            %v471 = arith.muli %v452, %v1 : i64
            %v472 = arith.addi %v470, %v471 : i64
            %v473 = llvm.getelementptr %in_x[%v472] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v474 = llvm.load %v473 : !llvm.ptr -> f32
            %v475 = arith.mulf %v89, %v474 fastmath<contract> : f32
            %v476 = llvm.load %v4 : !llvm.ptr -> f32
            %v477 = arith.mulf %v88, %v476 fastmath<contract> : f32
            %v478 = arith.addf %v477, %v475 fastmath<contract> : f32
            llvm.store %v478, %v4 : f32, !llvm.ptr
            %v479 = llvm.load %v4 : !llvm.ptr -> f32
            scf.if %v16 {
              %v480 = arith.muli %v21, %v55 : i64
              %v481 = arith.muli %v19, %v54 : i64
              %v482 = arith.addi %v480, %v481 : i64
              %v483 = arith.muli %v452, %v1 : i64
              %v484 = arith.addi %v482, %v483 : i64
              %v485 = llvm.getelementptr %out_y[%v484] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v479, %v485 : f32, !llvm.ptr
            }
          }
        }
        gpu.barrier
      }
      // end scan
      %v486 = arith.cmpi eq, %v14, %v29 : i64
      %v487 = arith.andi %v16, %v486 : i1
      gpu.return
    }
  }
}
