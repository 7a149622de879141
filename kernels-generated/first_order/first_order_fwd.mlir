module attributes {gpu.container_module} {
  gpu.module @linrec {
    llvm.mlir.global internal @warp_a_first_order_fwd() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<8 x f32>
    llvm.mlir.global internal @warp_b_first_order_fwd() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<8 x f32>
    gpu.func @first_order_fwd(%in_a: !llvm.ptr, %in_x: !llvm.ptr, %out_y: !llvm.ptr, %ckpt_h: !llvm.ptr, %size_B: i64, %size_C: i64, %size_T: i64) kernel {
      %v1 = arith.constant 1 : i64
      %v2 = arith.muli %v1, %size_B : i64
      %v3 = arith.muli %v2, %size_C : i64
      %v4 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v5 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v6 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v7 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v8 = llvm.mlir.addressof @warp_a_first_order_fwd : !llvm.ptr<3>
      %v9 = llvm.addrspacecast %v8 : !llvm.ptr<3> to !llvm.ptr
      %v10 = llvm.mlir.addressof @warp_b_first_order_fwd : !llvm.ptr<3>
      %v11 = llvm.addrspacecast %v10 : !llvm.ptr<3> to !llvm.ptr
      %v23 = arith.constant 32 : i64
      %v26 = arith.constant 0x00000000 : f32
      %v28 = arith.constant 8 : i64
      %v29 = arith.constant 0 : i64
      %v44 = arith.constant 2048 : i64
      %v55 = arith.constant 0x3F800000 : f32
      %v58 = arith.muli %v1, %size_T : i64
      %v59 = arith.muli %v58, %size_C : i64
      %v67 = arith.constant 0 : i32
      %v69 = arith.constant 1 : i32
      %v71 = arith.constant 2 : i32
      %v73 = arith.constant 3 : i32
      %v75 = arith.constant 4 : i32
      %v77 = arith.constant 5 : i32
      %v79 = arith.constant 6 : i32
      %v81 = arith.constant 7 : i32
      %v110 = arith.constant 2 : i64
      %v117 = arith.constant 3 : i64
      %v124 = arith.constant 4 : i64
      %v131 = arith.constant 5 : i64
      %v138 = arith.constant 6 : i64
      %v145 = arith.constant 7 : i64
      %v179 = arith.constant 32 : i32
      %v210 = arith.constant 8 : i32
      %v221 = arith.constant 16 : i32
      %v229 = arith.constant 16 : i64
      %v233 = arith.constant 31 : i64
      %v390 = arith.constant 64 : i64
      %v397 = arith.muli %v1, %size_B : i64
      %v398 = arith.muli %v397, %size_C : i64
      %v401 = arith.muli %v1, %size_C : i64
      %v473 = arith.muli %v1, %size_B : i64
      %v474 = arith.muli %v473, %size_C : i64
      %v12 = gpu.block_id x
      %v13 = gpu.thread_id x
      %v14 = arith.index_cast %v13 : index to i64
      %v15 = arith.index_cast %v12 : index to i64
      %v16 = arith.cmpi slt, %v15, %v3 : i64
      %v17 = arith.subi %v3, %v1 : i64
      %v18 = arith.minsi %v15, %v17 : i64
      %v19 = arith.remui %v18, %size_C : i64
      %v20 = arith.divui %v18, %size_C : i64
      %v21 = arith.remui %v20, %size_B : i64
      %v22 = arith.divui %v20, %size_B : i64
      %v24 = arith.remui %v14, %v23 : i64
      %v25 = arith.divui %v14, %v23 : i64
      llvm.store %v26, %v4 : f32, !llvm.ptr
      %v27 = llvm.load %v4 : !llvm.ptr -> f32
      llvm.store %v27, %v7 : f32, !llvm.ptr
      %v30 = arith.remui %size_T, %v28 : i64
      %v31 = arith.cmpi eq, %v30, %v29 : i64
      %v32 = llvm.ptrtoint %in_a : !llvm.ptr to i64
      %v33 = arith.remui %v32, %v23 : i64
      %v34 = arith.cmpi eq, %v33, %v29 : i64
      %v35 = arith.andi %v31, %v34 : i1
      %v36 = llvm.ptrtoint %in_x : !llvm.ptr to i64
      %v37 = arith.remui %v36, %v23 : i64
      %v38 = arith.cmpi eq, %v37, %v29 : i64
      %v39 = arith.andi %v35, %v38 : i1
      %v40 = llvm.ptrtoint %out_y : !llvm.ptr to i64
      %v41 = arith.remui %v40, %v23 : i64
      %v42 = arith.cmpi eq, %v41, %v29 : i64
      %v43 = arith.andi %v39, %v42 : i1
      // the scan, a tile of threads × K steps at a time
      %v45 = arith.index_cast %v29 : i64 to index
      %v46 = arith.index_cast %size_T : i64 to index
      %v47 = arith.index_cast %v44 : i64 to index
      scf.for %v48 = %v45 to %v46 step %v47 {
        %v49 = arith.index_cast %v48 : index to i64
        %v50 = arith.muli %v14, %v28 : i64
        %v51 = arith.addi %v49, %v50 : i64
        %v52 = arith.subi %size_T, %v51 : i64
        %v53 = arith.maxsi %v52, %v29 : i64
        %v54 = arith.minsi %v53, %v28 : i64
        // 1. this thread's K steps composed into one map (A, B)
        llvm.store %v55, %v5 : f32, !llvm.ptr
        llvm.store %v26, %v6 : f32, !llvm.ptr
        %v56 = arith.cmpi eq, %v54, %v28 : i64
        %v57 = arith.andi %v56, %v43 : i1
        scf.if %v57 {
          %v60 = arith.muli %v21, %v59 : i64
          %v61 = arith.muli %v19, %v58 : i64
          %v62 = arith.addi %v60, %v61 : i64
          %v63 = arith.muli %v51, %v1 : i64
          %v64 = arith.addi %v62, %v63 : i64
          %v65 = llvm.getelementptr %in_a[%v64] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v66 = llvm.load %v65 {alignment = 32 : i64} : !llvm.ptr -> vector<8xf32>
          %v68 = llvm.extractelement %v66[%v67 : i32] : vector<8xf32>
          %v70 = llvm.extractelement %v66[%v69 : i32] : vector<8xf32>
          %v72 = llvm.extractelement %v66[%v71 : i32] : vector<8xf32>
          %v74 = llvm.extractelement %v66[%v73 : i32] : vector<8xf32>
          %v76 = llvm.extractelement %v66[%v75 : i32] : vector<8xf32>
          %v78 = llvm.extractelement %v66[%v77 : i32] : vector<8xf32>
          %v80 = llvm.extractelement %v66[%v79 : i32] : vector<8xf32>
          %v82 = llvm.extractelement %v66[%v81 : i32] : vector<8xf32>
          %v83 = arith.muli %v21, %v59 : i64
          %v84 = arith.muli %v19, %v58 : i64
          %v85 = arith.addi %v83, %v84 : i64
          %v86 = arith.muli %v51, %v1 : i64
          %v87 = arith.addi %v85, %v86 : i64
          %v88 = llvm.getelementptr %in_x[%v87] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v89 = llvm.load %v88 {alignment = 32 : i64} : !llvm.ptr -> vector<8xf32>
          %v90 = llvm.extractelement %v89[%v67 : i32] : vector<8xf32>
          %v91 = llvm.extractelement %v89[%v69 : i32] : vector<8xf32>
          %v92 = llvm.extractelement %v89[%v71 : i32] : vector<8xf32>
          %v93 = llvm.extractelement %v89[%v73 : i32] : vector<8xf32>
          %v94 = llvm.extractelement %v89[%v75 : i32] : vector<8xf32>
          %v95 = llvm.extractelement %v89[%v77 : i32] : vector<8xf32>
          %v96 = llvm.extractelement %v89[%v79 : i32] : vector<8xf32>
          %v97 = llvm.extractelement %v89[%v81 : i32] : vector<8xf32>
          %v98 = arith.addi %v51, %v29 : i64
          %v99 = llvm.load %v6 : !llvm.ptr -> f32
          %v100 = arith.mulf %v68, %v99 fastmath<contract> : f32
          %v101 = arith.addf %v100, %v90 fastmath<contract> : f32
          %v102 = llvm.load %v5 : !llvm.ptr -> f32
          %v103 = arith.mulf %v68, %v102 fastmath<contract> : f32
          llvm.store %v101, %v6 : f32, !llvm.ptr
          llvm.store %v103, %v5 : f32, !llvm.ptr
          %v104 = arith.addi %v51, %v1 : i64
          %v105 = llvm.load %v6 : !llvm.ptr -> f32
          %v106 = arith.mulf %v70, %v105 fastmath<contract> : f32
          %v107 = arith.addf %v106, %v91 fastmath<contract> : f32
          %v108 = llvm.load %v5 : !llvm.ptr -> f32
          %v109 = arith.mulf %v70, %v108 fastmath<contract> : f32
          llvm.store %v107, %v6 : f32, !llvm.ptr
          llvm.store %v109, %v5 : f32, !llvm.ptr
          %v111 = arith.addi %v51, %v110 : i64
          %v112 = llvm.load %v6 : !llvm.ptr -> f32
          %v113 = arith.mulf %v72, %v112 fastmath<contract> : f32
          %v114 = arith.addf %v113, %v92 fastmath<contract> : f32
          %v115 = llvm.load %v5 : !llvm.ptr -> f32
          %v116 = arith.mulf %v72, %v115 fastmath<contract> : f32
          llvm.store %v114, %v6 : f32, !llvm.ptr
          llvm.store %v116, %v5 : f32, !llvm.ptr
          %v118 = arith.addi %v51, %v117 : i64
          %v119 = llvm.load %v6 : !llvm.ptr -> f32
          %v120 = arith.mulf %v74, %v119 fastmath<contract> : f32
          %v121 = arith.addf %v120, %v93 fastmath<contract> : f32
          %v122 = llvm.load %v5 : !llvm.ptr -> f32
          %v123 = arith.mulf %v74, %v122 fastmath<contract> : f32
          llvm.store %v121, %v6 : f32, !llvm.ptr
          llvm.store %v123, %v5 : f32, !llvm.ptr
          %v125 = arith.addi %v51, %v124 : i64
          %v126 = llvm.load %v6 : !llvm.ptr -> f32
          %v127 = arith.mulf %v76, %v126 fastmath<contract> : f32
          %v128 = arith.addf %v127, %v94 fastmath<contract> : f32
          %v129 = llvm.load %v5 : !llvm.ptr -> f32
          %v130 = arith.mulf %v76, %v129 fastmath<contract> : f32
          llvm.store %v128, %v6 : f32, !llvm.ptr
          llvm.store %v130, %v5 : f32, !llvm.ptr
          %v132 = arith.addi %v51, %v131 : i64
          %v133 = llvm.load %v6 : !llvm.ptr -> f32
          %v134 = arith.mulf %v78, %v133 fastmath<contract> : f32
          %v135 = arith.addf %v134, %v95 fastmath<contract> : f32
          %v136 = llvm.load %v5 : !llvm.ptr -> f32
          %v137 = arith.mulf %v78, %v136 fastmath<contract> : f32
          llvm.store %v135, %v6 : f32, !llvm.ptr
          llvm.store %v137, %v5 : f32, !llvm.ptr
          %v139 = arith.addi %v51, %v138 : i64
          %v140 = llvm.load %v6 : !llvm.ptr -> f32
          %v141 = arith.mulf %v80, %v140 fastmath<contract> : f32
          %v142 = arith.addf %v141, %v96 fastmath<contract> : f32
          %v143 = llvm.load %v5 : !llvm.ptr -> f32
          %v144 = arith.mulf %v80, %v143 fastmath<contract> : f32
          llvm.store %v142, %v6 : f32, !llvm.ptr
          llvm.store %v144, %v5 : f32, !llvm.ptr
          %v146 = arith.addi %v51, %v145 : i64
          %v147 = llvm.load %v6 : !llvm.ptr -> f32
          %v148 = arith.mulf %v82, %v147 fastmath<contract> : f32
          %v149 = arith.addf %v148, %v97 fastmath<contract> : f32
          %v150 = llvm.load %v5 : !llvm.ptr -> f32
          %v151 = arith.mulf %v82, %v150 fastmath<contract> : f32
          llvm.store %v149, %v6 : f32, !llvm.ptr
          llvm.store %v151, %v5 : f32, !llvm.ptr
        } else {
          %v152 = arith.index_cast %v29 : i64 to index
          %v153 = arith.index_cast %v54 : i64 to index
          %v154 = arith.index_cast %v1 : i64 to index
          scf.for %v155 = %v152 to %v153 step %v154 {
            %v156 = arith.index_cast %v155 : index to i64
            %v157 = arith.addi %v51, %v156 : i64
            %v158 = arith.muli %v21, %v59 : i64
            %v159 = arith.muli %v19, %v58 : i64
            %v160 = arith.addi %v158, %v159 : i64
            %v161 = arith.muli %v157, %v1 : i64
            %v162 = arith.addi %v160, %v161 : i64
            %v163 = llvm.getelementptr %in_a[%v162] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v164 = llvm.load %v163 : !llvm.ptr -> f32
            %v165 = arith.muli %v21, %v59 : i64
            %v166 = arith.muli %v19, %v58 : i64
            %v167 = arith.addi %v165, %v166 : i64
            %v168 = arith.muli %v157, %v1 : i64
            %v169 = arith.addi %v167, %v168 : i64
            %v170 = llvm.getelementptr %in_x[%v169] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v171 = llvm.load %v170 : !llvm.ptr -> f32
            %v172 = llvm.load %v6 : !llvm.ptr -> f32
            %v173 = arith.mulf %v164, %v172 fastmath<contract> : f32
            %v174 = arith.addf %v173, %v171 fastmath<contract> : f32
            %v175 = llvm.load %v5 : !llvm.ptr -> f32
            %v176 = arith.mulf %v164, %v175 fastmath<contract> : f32
            llvm.store %v174, %v6 : f32, !llvm.ptr
            llvm.store %v176, %v5 : f32, !llvm.ptr
          }
        }
        // 2. the block's scan of the maps: the state entering each thread's steps
        %v177 = llvm.load %v5 : !llvm.ptr -> f32
        %v178 = llvm.load %v6 : !llvm.ptr -> f32
        %v180, %v181 = gpu.shuffle up %v177, %v69, %v179 : f32
        %v182, %v183 = gpu.shuffle up %v178, %v69, %v179 : f32
        %v184 = arith.mulf %v177, %v180 fastmath<contract> : f32
        %v185 = arith.mulf %v177, %v182 fastmath<contract> : f32
        %v186 = arith.addf %v185, %v178 fastmath<contract> : f32
        %v187 = arith.cmpi uge, %v24, %v1 : i64
        %v188 = arith.select %v187, %v184, %v177 : f32
        %v189 = arith.select %v187, %v186, %v178 : f32
        %v190, %v191 = gpu.shuffle up %v188, %v71, %v179 : f32
        %v192, %v193 = gpu.shuffle up %v189, %v71, %v179 : f32
        %v194 = arith.mulf %v188, %v190 fastmath<contract> : f32
        %v195 = arith.mulf %v188, %v192 fastmath<contract> : f32
        %v196 = arith.addf %v195, %v189 fastmath<contract> : f32
        %v197 = arith.cmpi uge, %v24, %v110 : i64
        %v198 = arith.select %v197, %v194, %v188 : f32
        %v199 = arith.select %v197, %v196, %v189 : f32
        %v200, %v201 = gpu.shuffle up %v198, %v75, %v179 : f32
        %v202, %v203 = gpu.shuffle up %v199, %v75, %v179 : f32
        %v204 = arith.mulf %v198, %v200 fastmath<contract> : f32
        %v205 = arith.mulf %v198, %v202 fastmath<contract> : f32
        %v206 = arith.addf %v205, %v199 fastmath<contract> : f32
        %v207 = arith.cmpi uge, %v24, %v124 : i64
        %v208 = arith.select %v207, %v204, %v198 : f32
        %v209 = arith.select %v207, %v206, %v199 : f32
        %v211, %v212 = gpu.shuffle up %v208, %v210, %v179 : f32
        %v213, %v214 = gpu.shuffle up %v209, %v210, %v179 : f32
        %v215 = arith.mulf %v208, %v211 fastmath<contract> : f32
        %v216 = arith.mulf %v208, %v213 fastmath<contract> : f32
        %v217 = arith.addf %v216, %v209 fastmath<contract> : f32
        %v218 = arith.cmpi uge, %v24, %v28 : i64
        %v219 = arith.select %v218, %v215, %v208 : f32
        %v220 = arith.select %v218, %v217, %v209 : f32
        %v222, %v223 = gpu.shuffle up %v219, %v221, %v179 : f32
        %v224, %v225 = gpu.shuffle up %v220, %v221, %v179 : f32
        %v226 = arith.mulf %v219, %v222 fastmath<contract> : f32
        %v227 = arith.mulf %v219, %v224 fastmath<contract> : f32
        %v228 = arith.addf %v227, %v220 fastmath<contract> : f32
        %v230 = arith.cmpi uge, %v24, %v229 : i64
        %v231 = arith.select %v230, %v226, %v219 : f32
        %v232 = arith.select %v230, %v228, %v220 : f32
        %v234 = arith.cmpi eq, %v24, %v233 : i64
        %v235 = arith.addi %v29, %v25 : i64
        scf.if %v234 {
          %v236 = llvm.getelementptr %v9[%v235] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v231, %v236 : f32, !llvm.ptr
          %v237 = llvm.getelementptr %v11[%v235] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v232, %v237 : f32, !llvm.ptr
        }
        %v238, %v239 = gpu.shuffle up %v231, %v69, %v179 : f32
        %v240, %v241 = gpu.shuffle up %v232, %v69, %v179 : f32
        %v242 = arith.cmpi eq, %v24, %v29 : i64
        %v243 = arith.select %v242, %v55, %v238 : f32
        %v244 = arith.select %v242, %v26, %v240 : f32
        // across warps: the warps' maps before this one's, and the whole tile's
        gpu.barrier
        %v245 = llvm.getelementptr %v9[%v29] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v246 = llvm.load %v245 : !llvm.ptr -> f32
        %v247 = llvm.getelementptr %v11[%v29] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v248 = llvm.load %v247 : !llvm.ptr -> f32
        %v249 = arith.cmpi ult, %v29, %v25 : i64
        %v250 = arith.mulf %v246, %v55 fastmath<contract> : f32
        %v251 = arith.mulf %v246, %v26 fastmath<contract> : f32
        %v252 = arith.addf %v251, %v248 fastmath<contract> : f32
        %v253 = arith.select %v249, %v250, %v55 : f32
        %v254 = arith.select %v249, %v252, %v26 : f32
        %v255 = arith.mulf %v246, %v55 fastmath<contract> : f32
        %v256 = arith.mulf %v246, %v26 fastmath<contract> : f32
        %v257 = arith.addf %v256, %v248 fastmath<contract> : f32
        %v258 = llvm.getelementptr %v9[%v1] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v259 = llvm.load %v258 : !llvm.ptr -> f32
        %v260 = llvm.getelementptr %v11[%v1] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v261 = llvm.load %v260 : !llvm.ptr -> f32
        %v262 = arith.cmpi ult, %v1, %v25 : i64
        %v263 = arith.mulf %v259, %v253 fastmath<contract> : f32
        %v264 = arith.mulf %v259, %v254 fastmath<contract> : f32
        %v265 = arith.addf %v264, %v261 fastmath<contract> : f32
        %v266 = arith.select %v262, %v263, %v253 : f32
        %v267 = arith.select %v262, %v265, %v254 : f32
        %v268 = arith.mulf %v259, %v255 fastmath<contract> : f32
        %v269 = arith.mulf %v259, %v257 fastmath<contract> : f32
        %v270 = arith.addf %v269, %v261 fastmath<contract> : f32
        %v271 = llvm.getelementptr %v9[%v110] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v272 = llvm.load %v271 : !llvm.ptr -> f32
        %v273 = llvm.getelementptr %v11[%v110] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v274 = llvm.load %v273 : !llvm.ptr -> f32
        %v275 = arith.cmpi ult, %v110, %v25 : i64
        %v276 = arith.mulf %v272, %v266 fastmath<contract> : f32
        %v277 = arith.mulf %v272, %v267 fastmath<contract> : f32
        %v278 = arith.addf %v277, %v274 fastmath<contract> : f32
        %v279 = arith.select %v275, %v276, %v266 : f32
        %v280 = arith.select %v275, %v278, %v267 : f32
        %v281 = arith.mulf %v272, %v268 fastmath<contract> : f32
        %v282 = arith.mulf %v272, %v270 fastmath<contract> : f32
        %v283 = arith.addf %v282, %v274 fastmath<contract> : f32
        %v284 = llvm.getelementptr %v9[%v117] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v285 = llvm.load %v284 : !llvm.ptr -> f32
        %v286 = llvm.getelementptr %v11[%v117] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v287 = llvm.load %v286 : !llvm.ptr -> f32
        %v288 = arith.cmpi ult, %v117, %v25 : i64
        %v289 = arith.mulf %v285, %v279 fastmath<contract> : f32
        %v290 = arith.mulf %v285, %v280 fastmath<contract> : f32
        %v291 = arith.addf %v290, %v287 fastmath<contract> : f32
        %v292 = arith.select %v288, %v289, %v279 : f32
        %v293 = arith.select %v288, %v291, %v280 : f32
        %v294 = arith.mulf %v285, %v281 fastmath<contract> : f32
        %v295 = arith.mulf %v285, %v283 fastmath<contract> : f32
        %v296 = arith.addf %v295, %v287 fastmath<contract> : f32
        %v297 = llvm.getelementptr %v9[%v124] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v298 = llvm.load %v297 : !llvm.ptr -> f32
        %v299 = llvm.getelementptr %v11[%v124] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v300 = llvm.load %v299 : !llvm.ptr -> f32
        %v301 = arith.cmpi ult, %v124, %v25 : i64
        %v302 = arith.mulf %v298, %v292 fastmath<contract> : f32
        %v303 = arith.mulf %v298, %v293 fastmath<contract> : f32
        %v304 = arith.addf %v303, %v300 fastmath<contract> : f32
        %v305 = arith.select %v301, %v302, %v292 : f32
        %v306 = arith.select %v301, %v304, %v293 : f32
        %v307 = arith.mulf %v298, %v294 fastmath<contract> : f32
        %v308 = arith.mulf %v298, %v296 fastmath<contract> : f32
        %v309 = arith.addf %v308, %v300 fastmath<contract> : f32
        %v310 = llvm.getelementptr %v9[%v131] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v311 = llvm.load %v310 : !llvm.ptr -> f32
        %v312 = llvm.getelementptr %v11[%v131] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v313 = llvm.load %v312 : !llvm.ptr -> f32
        %v314 = arith.cmpi ult, %v131, %v25 : i64
        %v315 = arith.mulf %v311, %v305 fastmath<contract> : f32
        %v316 = arith.mulf %v311, %v306 fastmath<contract> : f32
        %v317 = arith.addf %v316, %v313 fastmath<contract> : f32
        %v318 = arith.select %v314, %v315, %v305 : f32
        %v319 = arith.select %v314, %v317, %v306 : f32
        %v320 = arith.mulf %v311, %v307 fastmath<contract> : f32
        %v321 = arith.mulf %v311, %v309 fastmath<contract> : f32
        %v322 = arith.addf %v321, %v313 fastmath<contract> : f32
        %v323 = llvm.getelementptr %v9[%v138] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v324 = llvm.load %v323 : !llvm.ptr -> f32
        %v325 = llvm.getelementptr %v11[%v138] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v326 = llvm.load %v325 : !llvm.ptr -> f32
        %v327 = arith.cmpi ult, %v138, %v25 : i64
        %v328 = arith.mulf %v324, %v318 fastmath<contract> : f32
        %v329 = arith.mulf %v324, %v319 fastmath<contract> : f32
        %v330 = arith.addf %v329, %v326 fastmath<contract> : f32
        %v331 = arith.select %v327, %v328, %v318 : f32
        %v332 = arith.select %v327, %v330, %v319 : f32
        %v333 = arith.mulf %v324, %v320 fastmath<contract> : f32
        %v334 = arith.mulf %v324, %v322 fastmath<contract> : f32
        %v335 = arith.addf %v334, %v326 fastmath<contract> : f32
        %v336 = llvm.getelementptr %v9[%v145] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v337 = llvm.load %v336 : !llvm.ptr -> f32
        %v338 = llvm.getelementptr %v11[%v145] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v339 = llvm.load %v338 : !llvm.ptr -> f32
        %v340 = arith.cmpi ult, %v145, %v25 : i64
        %v341 = arith.mulf %v337, %v331 fastmath<contract> : f32
        %v342 = arith.mulf %v337, %v332 fastmath<contract> : f32
        %v343 = arith.addf %v342, %v339 fastmath<contract> : f32
        %v344 = arith.select %v340, %v341, %v331 : f32
        %v345 = arith.select %v340, %v343, %v332 : f32
        %v346 = arith.mulf %v337, %v333 fastmath<contract> : f32
        %v347 = arith.mulf %v337, %v335 fastmath<contract> : f32
        %v348 = arith.addf %v347, %v339 fastmath<contract> : f32
        %v349 = arith.mulf %v243, %v344 fastmath<contract> : f32
        %v350 = arith.mulf %v243, %v345 fastmath<contract> : f32
        %v351 = arith.addf %v350, %v244 fastmath<contract> : f32
        %v352 = llvm.load %v7 : !llvm.ptr -> f32
        %v353 = arith.mulf %v349, %v352 fastmath<contract> : f32
        %v354 = arith.addf %v353, %v351 fastmath<contract> : f32
        llvm.store %v354, %v4 : f32, !llvm.ptr
        %v355 = arith.mulf %v346, %v352 fastmath<contract> : f32
        %v356 = arith.addf %v355, %v348 fastmath<contract> : f32
        llvm.store %v356, %v7 : f32, !llvm.ptr
        // 3. the K steps again from the state entering them: outputs, checkpoints
        %v357 = arith.cmpi eq, %v54, %v28 : i64
        %v358 = arith.andi %v357, %v43 : i1
        scf.if %v358 {
          %v359 = arith.muli %v21, %v59 : i64
          %v360 = arith.muli %v19, %v58 : i64
          %v361 = arith.addi %v359, %v360 : i64
          %v362 = arith.muli %v51, %v1 : i64
          %v363 = arith.addi %v361, %v362 : i64
          %v364 = llvm.getelementptr %in_a[%v363] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v365 = llvm.load %v364 {alignment = 32 : i64} : !llvm.ptr -> vector<8xf32>
          %v366 = llvm.extractelement %v365[%v67 : i32] : vector<8xf32>
          %v367 = llvm.extractelement %v365[%v69 : i32] : vector<8xf32>
          %v368 = llvm.extractelement %v365[%v71 : i32] : vector<8xf32>
          %v369 = llvm.extractelement %v365[%v73 : i32] : vector<8xf32>
          %v370 = llvm.extractelement %v365[%v75 : i32] : vector<8xf32>
          %v371 = llvm.extractelement %v365[%v77 : i32] : vector<8xf32>
          %v372 = llvm.extractelement %v365[%v79 : i32] : vector<8xf32>
          %v373 = llvm.extractelement %v365[%v81 : i32] : vector<8xf32>
          %v374 = arith.muli %v21, %v59 : i64
          %v375 = arith.muli %v19, %v58 : i64
          %v376 = arith.addi %v374, %v375 : i64
          %v377 = arith.muli %v51, %v1 : i64
          %v378 = arith.addi %v376, %v377 : i64
          %v379 = llvm.getelementptr %in_x[%v378] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v380 = llvm.load %v379 {alignment = 32 : i64} : !llvm.ptr -> vector<8xf32>
          %v381 = llvm.extractelement %v380[%v67 : i32] : vector<8xf32>
          %v382 = llvm.extractelement %v380[%v69 : i32] : vector<8xf32>
          %v383 = llvm.extractelement %v380[%v71 : i32] : vector<8xf32>
          %v384 = llvm.extractelement %v380[%v73 : i32] : vector<8xf32>
          %v385 = llvm.extractelement %v380[%v75 : i32] : vector<8xf32>
          %v386 = llvm.extractelement %v380[%v77 : i32] : vector<8xf32>
          %v387 = llvm.extractelement %v380[%v79 : i32] : vector<8xf32>
          %v388 = llvm.extractelement %v380[%v81 : i32] : vector<8xf32>
          %v389 = arith.addi %v51, %v29 : i64
          // save the states at checkpoint steps (when given somewhere to save them)
          %v391 = arith.remui %v389, %v390 : i64
          %v392 = arith.cmpi eq, %v391, %v29 : i64
          %v393 = arith.andi %v392, %v16 : i1
          scf.if %v393 {
            %v394 = arith.divui %v389, %v390 : i64
            %v395 = llvm.mlir.zero : !llvm.ptr
            %v396 = llvm.icmp "ne" %ckpt_h, %v395 : !llvm.ptr
            scf.if %v396 {
              %v399 = arith.muli %v394, %v398 : i64
              %v400 = llvm.load %v4 : !llvm.ptr -> f32
              %v402 = arith.muli %v21, %v401 : i64
              %v403 = arith.muli %v19, %v1 : i64
              %v404 = arith.addi %v402, %v403 : i64
              %v405 = arith.addi %v399, %v404 : i64
              %v406 = llvm.getelementptr %ckpt_h[%v405] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v400, %v406 : f32, !llvm.ptr
            }
          }
          // end save
          %v407 = llvm.load %v4 : !llvm.ptr -> f32
          %v408 = arith.mulf %v366, %v407 fastmath<contract> : f32
          %v409 = arith.addf %v408, %v381 fastmath<contract> : f32
          llvm.store %v409, %v4 : f32, !llvm.ptr
          %v410 = llvm.load %v4 : !llvm.ptr -> f32
          %v411 = arith.addi %v51, %v1 : i64
          %v412 = llvm.load %v4 : !llvm.ptr -> f32
          %v413 = arith.mulf %v367, %v412 fastmath<contract> : f32
          %v414 = arith.addf %v413, %v382 fastmath<contract> : f32
          llvm.store %v414, %v4 : f32, !llvm.ptr
          %v415 = llvm.load %v4 : !llvm.ptr -> f32
          %v416 = arith.addi %v51, %v110 : i64
          %v417 = llvm.load %v4 : !llvm.ptr -> f32
          %v418 = arith.mulf %v368, %v417 fastmath<contract> : f32
          %v419 = arith.addf %v418, %v383 fastmath<contract> : f32
          llvm.store %v419, %v4 : f32, !llvm.ptr
          %v420 = llvm.load %v4 : !llvm.ptr -> f32
          %v421 = arith.addi %v51, %v117 : i64
          %v422 = llvm.load %v4 : !llvm.ptr -> f32
          %v423 = arith.mulf %v369, %v422 fastmath<contract> : f32
          %v424 = arith.addf %v423, %v384 fastmath<contract> : f32
          llvm.store %v424, %v4 : f32, !llvm.ptr
          %v425 = llvm.load %v4 : !llvm.ptr -> f32
          %v426 = arith.addi %v51, %v124 : i64
          %v427 = llvm.load %v4 : !llvm.ptr -> f32
          %v428 = arith.mulf %v370, %v427 fastmath<contract> : f32
          %v429 = arith.addf %v428, %v385 fastmath<contract> : f32
          llvm.store %v429, %v4 : f32, !llvm.ptr
          %v430 = llvm.load %v4 : !llvm.ptr -> f32
          %v431 = arith.addi %v51, %v131 : i64
          %v432 = llvm.load %v4 : !llvm.ptr -> f32
          %v433 = arith.mulf %v371, %v432 fastmath<contract> : f32
          %v434 = arith.addf %v433, %v386 fastmath<contract> : f32
          llvm.store %v434, %v4 : f32, !llvm.ptr
          %v435 = llvm.load %v4 : !llvm.ptr -> f32
          %v436 = arith.addi %v51, %v138 : i64
          %v437 = llvm.load %v4 : !llvm.ptr -> f32
          %v438 = arith.mulf %v372, %v437 fastmath<contract> : f32
          %v439 = arith.addf %v438, %v387 fastmath<contract> : f32
          llvm.store %v439, %v4 : f32, !llvm.ptr
          %v440 = llvm.load %v4 : !llvm.ptr -> f32
          %v441 = arith.addi %v51, %v145 : i64
          %v442 = llvm.load %v4 : !llvm.ptr -> f32
          %v443 = arith.mulf %v373, %v442 fastmath<contract> : f32
          %v444 = arith.addf %v443, %v388 fastmath<contract> : f32
          llvm.store %v444, %v4 : f32, !llvm.ptr
          %v445 = llvm.load %v4 : !llvm.ptr -> f32
          %v446 = llvm.mlir.undef : vector<8xf32>
          %v447 = llvm.insertelement %v410, %v446[%v67 : i32] : vector<8xf32>
          %v448 = llvm.insertelement %v415, %v447[%v69 : i32] : vector<8xf32>
          %v449 = llvm.insertelement %v420, %v448[%v71 : i32] : vector<8xf32>
          %v450 = llvm.insertelement %v425, %v449[%v73 : i32] : vector<8xf32>
          %v451 = llvm.insertelement %v430, %v450[%v75 : i32] : vector<8xf32>
          %v452 = llvm.insertelement %v435, %v451[%v77 : i32] : vector<8xf32>
          %v453 = llvm.insertelement %v440, %v452[%v79 : i32] : vector<8xf32>
          %v454 = llvm.insertelement %v445, %v453[%v81 : i32] : vector<8xf32>
          %v455 = arith.muli %v21, %v59 : i64
          %v456 = arith.muli %v19, %v58 : i64
          %v457 = arith.addi %v455, %v456 : i64
          %v458 = arith.muli %v51, %v1 : i64
          %v459 = arith.addi %v457, %v458 : i64
          %v460 = llvm.getelementptr %out_y[%v459] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          scf.if %v16 {
            llvm.store %v454, %v460 {alignment = 32 : i64} : vector<8xf32>, !llvm.ptr
          }
        } else {
          %v461 = arith.index_cast %v29 : i64 to index
          %v462 = arith.index_cast %v54 : i64 to index
          %v463 = arith.index_cast %v1 : i64 to index
          scf.for %v464 = %v461 to %v462 step %v463 {
            %v465 = arith.index_cast %v464 : index to i64
            %v466 = arith.addi %v51, %v465 : i64
            // save the states at checkpoint steps (when given somewhere to save them)
            %v467 = arith.remui %v466, %v390 : i64
            %v468 = arith.cmpi eq, %v467, %v29 : i64
            %v469 = arith.andi %v468, %v16 : i1
            scf.if %v469 {
              %v470 = arith.divui %v466, %v390 : i64
              %v471 = llvm.mlir.zero : !llvm.ptr
              %v472 = llvm.icmp "ne" %ckpt_h, %v471 : !llvm.ptr
              scf.if %v472 {
                %v475 = arith.muli %v470, %v474 : i64
                %v476 = llvm.load %v4 : !llvm.ptr -> f32
                %v477 = arith.muli %v21, %v401 : i64
                %v478 = arith.muli %v19, %v1 : i64
                %v479 = arith.addi %v477, %v478 : i64
                %v480 = arith.addi %v475, %v479 : i64
                %v481 = llvm.getelementptr %ckpt_h[%v480] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                llvm.store %v476, %v481 : f32, !llvm.ptr
              }
            }
            // end save
            %v482 = arith.muli %v21, %v59 : i64
            %v483 = arith.muli %v19, %v58 : i64
            %v484 = arith.addi %v482, %v483 : i64
            %v485 = arith.muli %v466, %v1 : i64
            %v486 = arith.addi %v484, %v485 : i64
            %v487 = llvm.getelementptr %in_a[%v486] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v488 = llvm.load %v487 : !llvm.ptr -> f32
            %v489 = arith.muli %v21, %v59 : i64
            %v490 = arith.muli %v19, %v58 : i64
            %v491 = arith.addi %v489, %v490 : i64
            %v492 = arith.muli %v466, %v1 : i64
            %v493 = arith.addi %v491, %v492 : i64
            %v494 = llvm.getelementptr %in_x[%v493] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v495 = llvm.load %v494 : !llvm.ptr -> f32
            %v496 = llvm.load %v4 : !llvm.ptr -> f32
            %v497 = arith.mulf %v488, %v496 fastmath<contract> : f32
            %v498 = arith.addf %v497, %v495 fastmath<contract> : f32
            llvm.store %v498, %v4 : f32, !llvm.ptr
            %v499 = llvm.load %v4 : !llvm.ptr -> f32
            scf.if %v16 {
              %v500 = arith.muli %v21, %v59 : i64
              %v501 = arith.muli %v19, %v58 : i64
              %v502 = arith.addi %v500, %v501 : i64
              %v503 = arith.muli %v466, %v1 : i64
              %v504 = arith.addi %v502, %v503 : i64
              %v505 = llvm.getelementptr %out_y[%v504] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v499, %v505 : f32, !llvm.ptr
            }
          }
        }
        gpu.barrier
      }
      // end scan
      %v506 = arith.cmpi eq, %v14, %v29 : i64
      %v507 = arith.andi %v16, %v506 : i1
      gpu.return
    }
  }
}
