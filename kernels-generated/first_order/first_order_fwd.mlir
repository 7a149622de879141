module attributes {gpu.container_module} {
  gpu.module @linrec {
    llvm.mlir.global internal @warp_a_first_order_fwd() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<9 x f32>
    llvm.mlir.global internal @warp_b_first_order_fwd() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<9 x f32>
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
      %v246 = arith.constant 256 : i64
      %v252 = arith.constant 9 : i64
      %v388 = arith.constant 64 : i64
      %v395 = arith.muli %v1, %size_B : i64
      %v396 = arith.muli %v395, %size_C : i64
      %v399 = arith.muli %v1, %size_C : i64
      %v471 = arith.muli %v1, %size_B : i64
      %v472 = arith.muli %v471, %size_C : i64
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
        %v245 = arith.addi %v29, %v14 : i64
        %v247 = arith.index_cast %v245 : i64 to index
        %v248 = arith.index_cast %v1 : i64 to index
        %v249 = arith.index_cast %v246 : i64 to index
        scf.for %v250 = %v247 to %v248 step %v249 {
          %v251 = arith.index_cast %v250 : index to i64
          %v253 = arith.muli %v251, %v252 : i64
          %v254 = arith.addi %v253, %v29 : i64
          %v255 = llvm.getelementptr %v9[%v254] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v256 = llvm.load %v255 : !llvm.ptr -> f32
          %v257 = llvm.getelementptr %v11[%v254] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v258 = llvm.load %v257 : !llvm.ptr -> f32
          %v259 = llvm.getelementptr %v9[%v254] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v55, %v259 : f32, !llvm.ptr
          %v260 = llvm.getelementptr %v11[%v254] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v26, %v260 : f32, !llvm.ptr
          %v261 = arith.mulf %v256, %v55 fastmath<contract> : f32
          %v262 = arith.mulf %v256, %v26 fastmath<contract> : f32
          %v263 = arith.addf %v262, %v258 fastmath<contract> : f32
          %v264 = arith.addi %v253, %v1 : i64
          %v265 = llvm.getelementptr %v9[%v264] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v266 = llvm.load %v265 : !llvm.ptr -> f32
          %v267 = llvm.getelementptr %v11[%v264] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v268 = llvm.load %v267 : !llvm.ptr -> f32
          %v269 = llvm.getelementptr %v9[%v264] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v261, %v269 : f32, !llvm.ptr
          %v270 = llvm.getelementptr %v11[%v264] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v263, %v270 : f32, !llvm.ptr
          %v271 = arith.mulf %v266, %v261 fastmath<contract> : f32
          %v272 = arith.mulf %v266, %v263 fastmath<contract> : f32
          %v273 = arith.addf %v272, %v268 fastmath<contract> : f32
          %v274 = arith.addi %v253, %v110 : i64
          %v275 = llvm.getelementptr %v9[%v274] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v276 = llvm.load %v275 : !llvm.ptr -> f32
          %v277 = llvm.getelementptr %v11[%v274] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v278 = llvm.load %v277 : !llvm.ptr -> f32
          %v279 = llvm.getelementptr %v9[%v274] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v271, %v279 : f32, !llvm.ptr
          %v280 = llvm.getelementptr %v11[%v274] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v273, %v280 : f32, !llvm.ptr
          %v281 = arith.mulf %v276, %v271 fastmath<contract> : f32
          %v282 = arith.mulf %v276, %v273 fastmath<contract> : f32
          %v283 = arith.addf %v282, %v278 fastmath<contract> : f32
          %v284 = arith.addi %v253, %v117 : i64
          %v285 = llvm.getelementptr %v9[%v284] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v286 = llvm.load %v285 : !llvm.ptr -> f32
          %v287 = llvm.getelementptr %v11[%v284] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v288 = llvm.load %v287 : !llvm.ptr -> f32
          %v289 = llvm.getelementptr %v9[%v284] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v281, %v289 : f32, !llvm.ptr
          %v290 = llvm.getelementptr %v11[%v284] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v283, %v290 : f32, !llvm.ptr
          %v291 = arith.mulf %v286, %v281 fastmath<contract> : f32
          %v292 = arith.mulf %v286, %v283 fastmath<contract> : f32
          %v293 = arith.addf %v292, %v288 fastmath<contract> : f32
          %v294 = arith.addi %v253, %v124 : i64
          %v295 = llvm.getelementptr %v9[%v294] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v296 = llvm.load %v295 : !llvm.ptr -> f32
          %v297 = llvm.getelementptr %v11[%v294] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v298 = llvm.load %v297 : !llvm.ptr -> f32
          %v299 = llvm.getelementptr %v9[%v294] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v291, %v299 : f32, !llvm.ptr
          %v300 = llvm.getelementptr %v11[%v294] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v293, %v300 : f32, !llvm.ptr
          %v301 = arith.mulf %v296, %v291 fastmath<contract> : f32
          %v302 = arith.mulf %v296, %v293 fastmath<contract> : f32
          %v303 = arith.addf %v302, %v298 fastmath<contract> : f32
          %v304 = arith.addi %v253, %v131 : i64
          %v305 = llvm.getelementptr %v9[%v304] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v306 = llvm.load %v305 : !llvm.ptr -> f32
          %v307 = llvm.getelementptr %v11[%v304] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v308 = llvm.load %v307 : !llvm.ptr -> f32
          %v309 = llvm.getelementptr %v9[%v304] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v301, %v309 : f32, !llvm.ptr
          %v310 = llvm.getelementptr %v11[%v304] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v303, %v310 : f32, !llvm.ptr
          %v311 = arith.mulf %v306, %v301 fastmath<contract> : f32
          %v312 = arith.mulf %v306, %v303 fastmath<contract> : f32
          %v313 = arith.addf %v312, %v308 fastmath<contract> : f32
          %v314 = arith.addi %v253, %v138 : i64
          %v315 = llvm.getelementptr %v9[%v314] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v316 = llvm.load %v315 : !llvm.ptr -> f32
          %v317 = llvm.getelementptr %v11[%v314] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v318 = llvm.load %v317 : !llvm.ptr -> f32
          %v319 = llvm.getelementptr %v9[%v314] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v311, %v319 : f32, !llvm.ptr
          %v320 = llvm.getelementptr %v11[%v314] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v313, %v320 : f32, !llvm.ptr
          %v321 = arith.mulf %v316, %v311 fastmath<contract> : f32
          %v322 = arith.mulf %v316, %v313 fastmath<contract> : f32
          %v323 = arith.addf %v322, %v318 fastmath<contract> : f32
          %v324 = arith.addi %v253, %v145 : i64
          %v325 = llvm.getelementptr %v9[%v324] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v326 = llvm.load %v325 : !llvm.ptr -> f32
          %v327 = llvm.getelementptr %v11[%v324] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v328 = llvm.load %v327 : !llvm.ptr -> f32
          %v329 = llvm.getelementptr %v9[%v324] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v321, %v329 : f32, !llvm.ptr
          %v330 = llvm.getelementptr %v11[%v324] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v323, %v330 : f32, !llvm.ptr
          %v331 = arith.mulf %v326, %v321 fastmath<contract> : f32
          %v332 = arith.mulf %v326, %v323 fastmath<contract> : f32
          %v333 = arith.addf %v332, %v328 fastmath<contract> : f32
          %v334 = arith.addi %v253, %v28 : i64
          %v335 = llvm.getelementptr %v9[%v334] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v331, %v335 : f32, !llvm.ptr
          %v336 = llvm.getelementptr %v11[%v334] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v333, %v336 : f32, !llvm.ptr
        }
        gpu.barrier
        %v337 = arith.addi %v29, %v25 : i64
        %v338 = llvm.getelementptr %v9[%v337] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v339 = llvm.load %v338 : !llvm.ptr -> f32
        %v340 = llvm.getelementptr %v11[%v337] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v341 = llvm.load %v340 : !llvm.ptr -> f32
        %v342 = arith.addi %v29, %v28 : i64
        %v343 = llvm.getelementptr %v9[%v342] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v344 = llvm.load %v343 : !llvm.ptr -> f32
        %v345 = llvm.getelementptr %v11[%v342] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v346 = llvm.load %v345 : !llvm.ptr -> f32
        %v347 = arith.mulf %v243, %v339 fastmath<contract> : f32
        %v348 = arith.mulf %v243, %v341 fastmath<contract> : f32
        %v349 = arith.addf %v348, %v244 fastmath<contract> : f32
        %v350 = llvm.load %v7 : !llvm.ptr -> f32
        %v351 = arith.mulf %v347, %v350 fastmath<contract> : f32
        %v352 = arith.addf %v351, %v349 fastmath<contract> : f32
        llvm.store %v352, %v4 : f32, !llvm.ptr
        %v353 = arith.mulf %v344, %v350 fastmath<contract> : f32
        %v354 = arith.addf %v353, %v346 fastmath<contract> : f32
        llvm.store %v354, %v7 : f32, !llvm.ptr
        // 3. the K steps again from the state entering them: outputs, checkpoints
        %v355 = arith.cmpi eq, %v54, %v28 : i64
        %v356 = arith.andi %v355, %v43 : i1
        scf.if %v356 {
          %v357 = arith.muli %v21, %v59 : i64
          %v358 = arith.muli %v19, %v58 : i64
          %v359 = arith.addi %v357, %v358 : i64
          %v360 = arith.muli %v51, %v1 : i64
          %v361 = arith.addi %v359, %v360 : i64
          %v362 = llvm.getelementptr %in_a[%v361] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v363 = llvm.load %v362 {alignment = 32 : i64} : !llvm.ptr -> vector<8xf32>
          %v364 = llvm.extractelement %v363[%v67 : i32] : vector<8xf32>
          %v365 = llvm.extractelement %v363[%v69 : i32] : vector<8xf32>
          %v366 = llvm.extractelement %v363[%v71 : i32] : vector<8xf32>
          %v367 = llvm.extractelement %v363[%v73 : i32] : vector<8xf32>
          %v368 = llvm.extractelement %v363[%v75 : i32] : vector<8xf32>
          %v369 = llvm.extractelement %v363[%v77 : i32] : vector<8xf32>
          %v370 = llvm.extractelement %v363[%v79 : i32] : vector<8xf32>
          %v371 = llvm.extractelement %v363[%v81 : i32] : vector<8xf32>
          %v372 = arith.muli %v21, %v59 : i64
          %v373 = arith.muli %v19, %v58 : i64
          %v374 = arith.addi %v372, %v373 : i64
          %v375 = arith.muli %v51, %v1 : i64
          %v376 = arith.addi %v374, %v375 : i64
          %v377 = llvm.getelementptr %in_x[%v376] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v378 = llvm.load %v377 {alignment = 32 : i64} : !llvm.ptr -> vector<8xf32>
          %v379 = llvm.extractelement %v378[%v67 : i32] : vector<8xf32>
          %v380 = llvm.extractelement %v378[%v69 : i32] : vector<8xf32>
          %v381 = llvm.extractelement %v378[%v71 : i32] : vector<8xf32>
          %v382 = llvm.extractelement %v378[%v73 : i32] : vector<8xf32>
          %v383 = llvm.extractelement %v378[%v75 : i32] : vector<8xf32>
          %v384 = llvm.extractelement %v378[%v77 : i32] : vector<8xf32>
          %v385 = llvm.extractelement %v378[%v79 : i32] : vector<8xf32>
          %v386 = llvm.extractelement %v378[%v81 : i32] : vector<8xf32>
          %v387 = arith.addi %v51, %v29 : i64
          // save the states at checkpoint steps (when given somewhere to save them)
          %v389 = arith.remui %v387, %v388 : i64
          %v390 = arith.cmpi eq, %v389, %v29 : i64
          %v391 = arith.andi %v390, %v16 : i1
          scf.if %v391 {
            %v392 = arith.divui %v387, %v388 : i64
            %v393 = llvm.mlir.zero : !llvm.ptr
            %v394 = llvm.icmp "ne" %ckpt_h, %v393 : !llvm.ptr
            scf.if %v394 {
              %v397 = arith.muli %v392, %v396 : i64
              %v398 = llvm.load %v4 : !llvm.ptr -> f32
              %v400 = arith.muli %v21, %v399 : i64
              %v401 = arith.muli %v19, %v1 : i64
              %v402 = arith.addi %v400, %v401 : i64
              %v403 = arith.addi %v397, %v402 : i64
              %v404 = llvm.getelementptr %ckpt_h[%v403] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v398, %v404 : f32, !llvm.ptr
            }
          }
          // end save
          %v405 = llvm.load %v4 : !llvm.ptr -> f32
          %v406 = arith.mulf %v364, %v405 fastmath<contract> : f32
          %v407 = arith.addf %v406, %v379 fastmath<contract> : f32
          llvm.store %v407, %v4 : f32, !llvm.ptr
          %v408 = llvm.load %v4 : !llvm.ptr -> f32
          %v409 = arith.addi %v51, %v1 : i64
          %v410 = llvm.load %v4 : !llvm.ptr -> f32
          %v411 = arith.mulf %v365, %v410 fastmath<contract> : f32
          %v412 = arith.addf %v411, %v380 fastmath<contract> : f32
          llvm.store %v412, %v4 : f32, !llvm.ptr
          %v413 = llvm.load %v4 : !llvm.ptr -> f32
          %v414 = arith.addi %v51, %v110 : i64
          %v415 = llvm.load %v4 : !llvm.ptr -> f32
          %v416 = arith.mulf %v366, %v415 fastmath<contract> : f32
          %v417 = arith.addf %v416, %v381 fastmath<contract> : f32
          llvm.store %v417, %v4 : f32, !llvm.ptr
          %v418 = llvm.load %v4 : !llvm.ptr -> f32
          %v419 = arith.addi %v51, %v117 : i64
          %v420 = llvm.load %v4 : !llvm.ptr -> f32
          %v421 = arith.mulf %v367, %v420 fastmath<contract> : f32
          %v422 = arith.addf %v421, %v382 fastmath<contract> : f32
          llvm.store %v422, %v4 : f32, !llvm.ptr
          %v423 = llvm.load %v4 : !llvm.ptr -> f32
          %v424 = arith.addi %v51, %v124 : i64
          %v425 = llvm.load %v4 : !llvm.ptr -> f32
          %v426 = arith.mulf %v368, %v425 fastmath<contract> : f32
          %v427 = arith.addf %v426, %v383 fastmath<contract> : f32
          llvm.store %v427, %v4 : f32, !llvm.ptr
          %v428 = llvm.load %v4 : !llvm.ptr -> f32
          %v429 = arith.addi %v51, %v131 : i64
          %v430 = llvm.load %v4 : !llvm.ptr -> f32
          %v431 = arith.mulf %v369, %v430 fastmath<contract> : f32
          %v432 = arith.addf %v431, %v384 fastmath<contract> : f32
          llvm.store %v432, %v4 : f32, !llvm.ptr
          %v433 = llvm.load %v4 : !llvm.ptr -> f32
          %v434 = arith.addi %v51, %v138 : i64
          %v435 = llvm.load %v4 : !llvm.ptr -> f32
          %v436 = arith.mulf %v370, %v435 fastmath<contract> : f32
          %v437 = arith.addf %v436, %v385 fastmath<contract> : f32
          llvm.store %v437, %v4 : f32, !llvm.ptr
          %v438 = llvm.load %v4 : !llvm.ptr -> f32
          %v439 = arith.addi %v51, %v145 : i64
          %v440 = llvm.load %v4 : !llvm.ptr -> f32
          %v441 = arith.mulf %v371, %v440 fastmath<contract> : f32
          %v442 = arith.addf %v441, %v386 fastmath<contract> : f32
          llvm.store %v442, %v4 : f32, !llvm.ptr
          %v443 = llvm.load %v4 : !llvm.ptr -> f32
          %v444 = llvm.mlir.undef : vector<8xf32>
          %v445 = llvm.insertelement %v408, %v444[%v67 : i32] : vector<8xf32>
          %v446 = llvm.insertelement %v413, %v445[%v69 : i32] : vector<8xf32>
          %v447 = llvm.insertelement %v418, %v446[%v71 : i32] : vector<8xf32>
          %v448 = llvm.insertelement %v423, %v447[%v73 : i32] : vector<8xf32>
          %v449 = llvm.insertelement %v428, %v448[%v75 : i32] : vector<8xf32>
          %v450 = llvm.insertelement %v433, %v449[%v77 : i32] : vector<8xf32>
          %v451 = llvm.insertelement %v438, %v450[%v79 : i32] : vector<8xf32>
          %v452 = llvm.insertelement %v443, %v451[%v81 : i32] : vector<8xf32>
          %v453 = arith.muli %v21, %v59 : i64
          %v454 = arith.muli %v19, %v58 : i64
          %v455 = arith.addi %v453, %v454 : i64
          %v456 = arith.muli %v51, %v1 : i64
          %v457 = arith.addi %v455, %v456 : i64
          %v458 = llvm.getelementptr %out_y[%v457] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          scf.if %v16 {
            llvm.store %v452, %v458 {alignment = 32 : i64} : vector<8xf32>, !llvm.ptr
          }
        } else {
          %v459 = arith.index_cast %v29 : i64 to index
          %v460 = arith.index_cast %v54 : i64 to index
          %v461 = arith.index_cast %v1 : i64 to index
          scf.for %v462 = %v459 to %v460 step %v461 {
            %v463 = arith.index_cast %v462 : index to i64
            %v464 = arith.addi %v51, %v463 : i64
            // save the states at checkpoint steps (when given somewhere to save them)
            %v465 = arith.remui %v464, %v388 : i64
            %v466 = arith.cmpi eq, %v465, %v29 : i64
            %v467 = arith.andi %v466, %v16 : i1
            scf.if %v467 {
              %v468 = arith.divui %v464, %v388 : i64
              %v469 = llvm.mlir.zero : !llvm.ptr
              %v470 = llvm.icmp "ne" %ckpt_h, %v469 : !llvm.ptr
              scf.if %v470 {
                %v473 = arith.muli %v468, %v472 : i64
                %v474 = llvm.load %v4 : !llvm.ptr -> f32
                %v475 = arith.muli %v21, %v399 : i64
                %v476 = arith.muli %v19, %v1 : i64
                %v477 = arith.addi %v475, %v476 : i64
                %v478 = arith.addi %v473, %v477 : i64
                %v479 = llvm.getelementptr %ckpt_h[%v478] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                llvm.store %v474, %v479 : f32, !llvm.ptr
              }
            }
            // end save
            %v480 = arith.muli %v21, %v59 : i64
            %v481 = arith.muli %v19, %v58 : i64
            %v482 = arith.addi %v480, %v481 : i64
            %v483 = arith.muli %v464, %v1 : i64
            %v484 = arith.addi %v482, %v483 : i64
            %v485 = llvm.getelementptr %in_a[%v484] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v486 = llvm.load %v485 : !llvm.ptr -> f32
            %v487 = arith.muli %v21, %v59 : i64
            %v488 = arith.muli %v19, %v58 : i64
            %v489 = arith.addi %v487, %v488 : i64
            %v490 = arith.muli %v464, %v1 : i64
            %v491 = arith.addi %v489, %v490 : i64
            %v492 = llvm.getelementptr %in_x[%v491] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v493 = llvm.load %v492 : !llvm.ptr -> f32
            %v494 = llvm.load %v4 : !llvm.ptr -> f32
            %v495 = arith.mulf %v486, %v494 fastmath<contract> : f32
            %v496 = arith.addf %v495, %v493 fastmath<contract> : f32
            llvm.store %v496, %v4 : f32, !llvm.ptr
            %v497 = llvm.load %v4 : !llvm.ptr -> f32
            scf.if %v16 {
              %v498 = arith.muli %v21, %v59 : i64
              %v499 = arith.muli %v19, %v58 : i64
              %v500 = arith.addi %v498, %v499 : i64
              %v501 = arith.muli %v464, %v1 : i64
              %v502 = arith.addi %v500, %v501 : i64
              %v503 = llvm.getelementptr %out_y[%v502] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v497, %v503 : f32, !llvm.ptr
            }
          }
        }
        gpu.barrier
      }
      // end scan
      %v504 = arith.cmpi eq, %v14, %v29 : i64
      %v505 = arith.andi %v16, %v504 : i1
      gpu.return
    }
  }
}
