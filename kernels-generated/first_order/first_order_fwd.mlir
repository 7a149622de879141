module attributes {gpu.container_module} {
  gpu.module @linrec {
    llvm.mlir.global internal @warp_a_first_order_fwd() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<9 x f32>
    llvm.mlir.global internal @warp_b_first_order_fwd() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<9 x f32>
    gpu.func @first_order_fwd(%in_a: !llvm.ptr, %in_x: !llvm.ptr, %out_y: !llvm.ptr, %ckpt_h: !llvm.ptr, %size_B: i64, %size_C: i64, %size_T: i64) kernel {
      %v1 = arith.constant 1 : i64
      %v2 = arith.muli %size_B, %size_C : i64
      %v3 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v4 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v5 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v6 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v7 = llvm.mlir.addressof @warp_a_first_order_fwd : !llvm.ptr<3>
      %v8 = llvm.addrspacecast %v7 : !llvm.ptr<3> to !llvm.ptr
      %v9 = llvm.mlir.addressof @warp_b_first_order_fwd : !llvm.ptr<3>
      %v10 = llvm.addrspacecast %v9 : !llvm.ptr<3> to !llvm.ptr
      %v22 = arith.constant 32 : i64
      %v25 = arith.constant 0x00000000 : f32
      %v27 = arith.constant 8 : i64
      %v28 = arith.constant 0 : i64
      %v43 = arith.constant 2048 : i64
      %v54 = arith.constant 0x3F800000 : f32
      %v57 = arith.muli %size_T, %size_C : i64
      %v64 = arith.constant 0 : i32
      %v66 = arith.constant 1 : i32
      %v68 = arith.constant 2 : i32
      %v70 = arith.constant 3 : i32
      %v72 = arith.constant 4 : i32
      %v74 = arith.constant 5 : i32
      %v76 = arith.constant 6 : i32
      %v78 = arith.constant 7 : i32
      %v105 = arith.constant 2 : i64
      %v112 = arith.constant 3 : i64
      %v119 = arith.constant 4 : i64
      %v126 = arith.constant 5 : i64
      %v133 = arith.constant 6 : i64
      %v140 = arith.constant 7 : i64
      %v172 = arith.constant 32 : i32
      %v203 = arith.constant 8 : i32
      %v214 = arith.constant 16 : i32
      %v222 = arith.constant 16 : i64
      %v226 = arith.constant 31 : i64
      %v237 = arith.constant 256 : i64
      %v243 = arith.constant 9 : i64
      %v373 = arith.constant 64 : i64
      %v380 = arith.muli %size_B, %size_C : i64
      %v452 = arith.muli %size_B, %size_C : i64
      %v11 = gpu.block_id x
      %v12 = gpu.thread_id x
      %v13 = arith.index_cast %v12 : index to i64
      %v14 = arith.index_cast %v11 : index to i64
      %v15 = arith.cmpi slt, %v14, %v2 : i64
      %v16 = arith.subi %v2, %v1 : i64
      %v17 = arith.minsi %v14, %v16 : i64
      %v18 = arith.remui %v17, %size_C : i64
      %v19 = arith.divui %v17, %size_C : i64
      %v20 = arith.remui %v19, %size_B : i64
      %v21 = arith.divui %v19, %size_B : i64
      %v23 = arith.remui %v13, %v22 : i64
      %v24 = arith.divui %v13, %v22 : i64
      llvm.store %v25, %v3 : f32, !llvm.ptr
      %v26 = llvm.load %v3 : !llvm.ptr -> f32
      llvm.store %v26, %v6 : f32, !llvm.ptr
      %v29 = arith.remui %size_T, %v27 : i64
      %v30 = arith.cmpi eq, %v29, %v28 : i64
      %v31 = llvm.ptrtoint %in_a : !llvm.ptr to i64
      %v32 = arith.remui %v31, %v22 : i64
      %v33 = arith.cmpi eq, %v32, %v28 : i64
      %v34 = arith.andi %v30, %v33 : i1
      %v35 = llvm.ptrtoint %in_x : !llvm.ptr to i64
      %v36 = arith.remui %v35, %v22 : i64
      %v37 = arith.cmpi eq, %v36, %v28 : i64
      %v38 = arith.andi %v34, %v37 : i1
      %v39 = llvm.ptrtoint %out_y : !llvm.ptr to i64
      %v40 = arith.remui %v39, %v22 : i64
      %v41 = arith.cmpi eq, %v40, %v28 : i64
      %v42 = arith.andi %v38, %v41 : i1
      // the scan, a tile of threads × K steps at a time
      %v44 = arith.index_cast %v28 : i64 to index
      %v45 = arith.index_cast %size_T : i64 to index
      %v46 = arith.index_cast %v43 : i64 to index
      scf.for %v47 = %v44 to %v45 step %v46 {
        %v48 = arith.index_cast %v47 : index to i64
        %v49 = arith.muli %v13, %v27 : i64
        %v50 = arith.addi %v48, %v49 : i64
        %v51 = arith.subi %size_T, %v50 : i64
        %v52 = arith.maxsi %v51, %v28 : i64
        %v53 = arith.minsi %v52, %v27 : i64
        // 1. this thread's K steps composed into one map (A, B)
        llvm.store %v54, %v4 : f32, !llvm.ptr
        llvm.store %v25, %v5 : f32, !llvm.ptr
        %v55 = arith.cmpi eq, %v53, %v27 : i64
        %v56 = arith.andi %v55, %v42 : i1
        scf.if %v56 {
          %v58 = arith.muli %v20, %v57 : i64
          %v59 = arith.muli %v18, %size_T : i64
          %v60 = arith.addi %v58, %v59 : i64
          %v61 = arith.addi %v60, %v50 : i64
          %v62 = llvm.getelementptr %in_a[%v61] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v63 = llvm.load %v62 {alignment = 32 : i64} : !llvm.ptr -> vector<8xf32>
          %v65 = llvm.extractelement %v63[%v64 : i32] : vector<8xf32>
          %v67 = llvm.extractelement %v63[%v66 : i32] : vector<8xf32>
          %v69 = llvm.extractelement %v63[%v68 : i32] : vector<8xf32>
          %v71 = llvm.extractelement %v63[%v70 : i32] : vector<8xf32>
          %v73 = llvm.extractelement %v63[%v72 : i32] : vector<8xf32>
          %v75 = llvm.extractelement %v63[%v74 : i32] : vector<8xf32>
          %v77 = llvm.extractelement %v63[%v76 : i32] : vector<8xf32>
          %v79 = llvm.extractelement %v63[%v78 : i32] : vector<8xf32>
          %v80 = arith.muli %v20, %v57 : i64
          %v81 = arith.muli %v18, %size_T : i64
          %v82 = arith.addi %v80, %v81 : i64
          %v83 = arith.addi %v82, %v50 : i64
          %v84 = llvm.getelementptr %in_x[%v83] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v85 = llvm.load %v84 {alignment = 32 : i64} : !llvm.ptr -> vector<8xf32>
          %v86 = llvm.extractelement %v85[%v64 : i32] : vector<8xf32>
          %v87 = llvm.extractelement %v85[%v66 : i32] : vector<8xf32>
          %v88 = llvm.extractelement %v85[%v68 : i32] : vector<8xf32>
          %v89 = llvm.extractelement %v85[%v70 : i32] : vector<8xf32>
          %v90 = llvm.extractelement %v85[%v72 : i32] : vector<8xf32>
          %v91 = llvm.extractelement %v85[%v74 : i32] : vector<8xf32>
          %v92 = llvm.extractelement %v85[%v76 : i32] : vector<8xf32>
          %v93 = llvm.extractelement %v85[%v78 : i32] : vector<8xf32>
          %v94 = llvm.load %v5 : !llvm.ptr -> f32
          %v95 = arith.mulf %v65, %v94 fastmath<contract> : f32
          %v96 = arith.addf %v95, %v86 fastmath<contract> : f32
          %v97 = llvm.load %v4 : !llvm.ptr -> f32
          %v98 = arith.mulf %v65, %v97 fastmath<contract> : f32
          llvm.store %v96, %v5 : f32, !llvm.ptr
          llvm.store %v98, %v4 : f32, !llvm.ptr
          %v99 = arith.addi %v50, %v1 : i64
          %v100 = llvm.load %v5 : !llvm.ptr -> f32
          %v101 = arith.mulf %v67, %v100 fastmath<contract> : f32
          %v102 = arith.addf %v101, %v87 fastmath<contract> : f32
          %v103 = llvm.load %v4 : !llvm.ptr -> f32
          %v104 = arith.mulf %v67, %v103 fastmath<contract> : f32
          llvm.store %v102, %v5 : f32, !llvm.ptr
          llvm.store %v104, %v4 : f32, !llvm.ptr
          %v106 = arith.addi %v50, %v105 : i64
          %v107 = llvm.load %v5 : !llvm.ptr -> f32
          %v108 = arith.mulf %v69, %v107 fastmath<contract> : f32
          %v109 = arith.addf %v108, %v88 fastmath<contract> : f32
          %v110 = llvm.load %v4 : !llvm.ptr -> f32
          %v111 = arith.mulf %v69, %v110 fastmath<contract> : f32
          llvm.store %v109, %v5 : f32, !llvm.ptr
          llvm.store %v111, %v4 : f32, !llvm.ptr
          %v113 = arith.addi %v50, %v112 : i64
          %v114 = llvm.load %v5 : !llvm.ptr -> f32
          %v115 = arith.mulf %v71, %v114 fastmath<contract> : f32
          %v116 = arith.addf %v115, %v89 fastmath<contract> : f32
          %v117 = llvm.load %v4 : !llvm.ptr -> f32
          %v118 = arith.mulf %v71, %v117 fastmath<contract> : f32
          llvm.store %v116, %v5 : f32, !llvm.ptr
          llvm.store %v118, %v4 : f32, !llvm.ptr
          %v120 = arith.addi %v50, %v119 : i64
          %v121 = llvm.load %v5 : !llvm.ptr -> f32
          %v122 = arith.mulf %v73, %v121 fastmath<contract> : f32
          %v123 = arith.addf %v122, %v90 fastmath<contract> : f32
          %v124 = llvm.load %v4 : !llvm.ptr -> f32
          %v125 = arith.mulf %v73, %v124 fastmath<contract> : f32
          llvm.store %v123, %v5 : f32, !llvm.ptr
          llvm.store %v125, %v4 : f32, !llvm.ptr
          %v127 = arith.addi %v50, %v126 : i64
          %v128 = llvm.load %v5 : !llvm.ptr -> f32
          %v129 = arith.mulf %v75, %v128 fastmath<contract> : f32
          %v130 = arith.addf %v129, %v91 fastmath<contract> : f32
          %v131 = llvm.load %v4 : !llvm.ptr -> f32
          %v132 = arith.mulf %v75, %v131 fastmath<contract> : f32
          llvm.store %v130, %v5 : f32, !llvm.ptr
          llvm.store %v132, %v4 : f32, !llvm.ptr
          %v134 = arith.addi %v50, %v133 : i64
          %v135 = llvm.load %v5 : !llvm.ptr -> f32
          %v136 = arith.mulf %v77, %v135 fastmath<contract> : f32
          %v137 = arith.addf %v136, %v92 fastmath<contract> : f32
          %v138 = llvm.load %v4 : !llvm.ptr -> f32
          %v139 = arith.mulf %v77, %v138 fastmath<contract> : f32
          llvm.store %v137, %v5 : f32, !llvm.ptr
          llvm.store %v139, %v4 : f32, !llvm.ptr
          %v141 = arith.addi %v50, %v140 : i64
          %v142 = llvm.load %v5 : !llvm.ptr -> f32
          %v143 = arith.mulf %v79, %v142 fastmath<contract> : f32
          %v144 = arith.addf %v143, %v93 fastmath<contract> : f32
          %v145 = llvm.load %v4 : !llvm.ptr -> f32
          %v146 = arith.mulf %v79, %v145 fastmath<contract> : f32
          llvm.store %v144, %v5 : f32, !llvm.ptr
          llvm.store %v146, %v4 : f32, !llvm.ptr
        } else {
          %v147 = arith.index_cast %v28 : i64 to index
          %v148 = arith.index_cast %v53 : i64 to index
          %v149 = arith.index_cast %v1 : i64 to index
          scf.for %v150 = %v147 to %v148 step %v149 {
            %v151 = arith.index_cast %v150 : index to i64
            %v152 = arith.addi %v50, %v151 : i64
            %v153 = arith.muli %v20, %v57 : i64
            %v154 = arith.muli %v18, %size_T : i64
            %v155 = arith.addi %v153, %v154 : i64
            %v156 = arith.addi %v155, %v152 : i64
            %v157 = llvm.getelementptr %in_a[%v156] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v158 = llvm.load %v157 : !llvm.ptr -> f32
            %v159 = arith.muli %v20, %v57 : i64
            %v160 = arith.muli %v18, %size_T : i64
            %v161 = arith.addi %v159, %v160 : i64
            %v162 = arith.addi %v161, %v152 : i64
            %v163 = llvm.getelementptr %in_x[%v162] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v164 = llvm.load %v163 : !llvm.ptr -> f32
            %v165 = llvm.load %v5 : !llvm.ptr -> f32
            %v166 = arith.mulf %v158, %v165 fastmath<contract> : f32
            %v167 = arith.addf %v166, %v164 fastmath<contract> : f32
            %v168 = llvm.load %v4 : !llvm.ptr -> f32
            %v169 = arith.mulf %v158, %v168 fastmath<contract> : f32
            llvm.store %v167, %v5 : f32, !llvm.ptr
            llvm.store %v169, %v4 : f32, !llvm.ptr
          }
        }
        // 2. the block's scan of the maps: the state entering each thread's steps
        %v170 = llvm.load %v4 : !llvm.ptr -> f32
        %v171 = llvm.load %v5 : !llvm.ptr -> f32
        %v173, %v174 = gpu.shuffle up %v170, %v66, %v172 : f32
        %v175, %v176 = gpu.shuffle up %v171, %v66, %v172 : f32
        %v177 = arith.mulf %v170, %v173 fastmath<contract> : f32
        %v178 = arith.mulf %v170, %v175 fastmath<contract> : f32
        %v179 = arith.addf %v178, %v171 fastmath<contract> : f32
        %v180 = arith.cmpi uge, %v23, %v1 : i64
        %v181 = arith.select %v180, %v177, %v170 : f32
        %v182 = arith.select %v180, %v179, %v171 : f32
        %v183, %v184 = gpu.shuffle up %v181, %v68, %v172 : f32
        %v185, %v186 = gpu.shuffle up %v182, %v68, %v172 : f32
        %v187 = arith.mulf %v181, %v183 fastmath<contract> : f32
        %v188 = arith.mulf %v181, %v185 fastmath<contract> : f32
        %v189 = arith.addf %v188, %v182 fastmath<contract> : f32
        %v190 = arith.cmpi uge, %v23, %v105 : i64
        %v191 = arith.select %v190, %v187, %v181 : f32
        %v192 = arith.select %v190, %v189, %v182 : f32
        %v193, %v194 = gpu.shuffle up %v191, %v72, %v172 : f32
        %v195, %v196 = gpu.shuffle up %v192, %v72, %v172 : f32
        %v197 = arith.mulf %v191, %v193 fastmath<contract> : f32
        %v198 = arith.mulf %v191, %v195 fastmath<contract> : f32
        %v199 = arith.addf %v198, %v192 fastmath<contract> : f32
        %v200 = arith.cmpi uge, %v23, %v119 : i64
        %v201 = arith.select %v200, %v197, %v191 : f32
        %v202 = arith.select %v200, %v199, %v192 : f32
        %v204, %v205 = gpu.shuffle up %v201, %v203, %v172 : f32
        %v206, %v207 = gpu.shuffle up %v202, %v203, %v172 : f32
        %v208 = arith.mulf %v201, %v204 fastmath<contract> : f32
        %v209 = arith.mulf %v201, %v206 fastmath<contract> : f32
        %v210 = arith.addf %v209, %v202 fastmath<contract> : f32
        %v211 = arith.cmpi uge, %v23, %v27 : i64
        %v212 = arith.select %v211, %v208, %v201 : f32
        %v213 = arith.select %v211, %v210, %v202 : f32
        %v215, %v216 = gpu.shuffle up %v212, %v214, %v172 : f32
        %v217, %v218 = gpu.shuffle up %v213, %v214, %v172 : f32
        %v219 = arith.mulf %v212, %v215 fastmath<contract> : f32
        %v220 = arith.mulf %v212, %v217 fastmath<contract> : f32
        %v221 = arith.addf %v220, %v213 fastmath<contract> : f32
        %v223 = arith.cmpi uge, %v23, %v222 : i64
        %v224 = arith.select %v223, %v219, %v212 : f32
        %v225 = arith.select %v223, %v221, %v213 : f32
        %v227 = arith.cmpi eq, %v23, %v226 : i64
        scf.if %v227 {
          %v228 = llvm.getelementptr %v8[%v24] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v224, %v228 : f32, !llvm.ptr
          %v229 = llvm.getelementptr %v10[%v24] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v225, %v229 : f32, !llvm.ptr
        }
        %v230, %v231 = gpu.shuffle up %v224, %v66, %v172 : f32
        %v232, %v233 = gpu.shuffle up %v225, %v66, %v172 : f32
        %v234 = arith.cmpi eq, %v23, %v28 : i64
        %v235 = arith.select %v234, %v54, %v230 : f32
        %v236 = arith.select %v234, %v25, %v232 : f32
        // across warps: the warps' maps before this one's, and the whole tile's
        gpu.barrier
        %v238 = arith.index_cast %v13 : i64 to index
        %v239 = arith.index_cast %v1 : i64 to index
        %v240 = arith.index_cast %v237 : i64 to index
        scf.for %v241 = %v238 to %v239 step %v240 {
          %v242 = arith.index_cast %v241 : index to i64
          %v244 = arith.muli %v242, %v243 : i64
          %v245 = llvm.getelementptr %v8[%v244] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v246 = llvm.load %v245 : !llvm.ptr -> f32
          %v247 = llvm.getelementptr %v10[%v244] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v248 = llvm.load %v247 : !llvm.ptr -> f32
          %v249 = llvm.getelementptr %v8[%v244] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v54, %v249 : f32, !llvm.ptr
          %v250 = llvm.getelementptr %v10[%v244] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v25, %v250 : f32, !llvm.ptr
          %v251 = arith.mulf %v246, %v54 fastmath<contract> : f32
          %v252 = arith.mulf %v246, %v25 fastmath<contract> : f32
          %v253 = arith.addf %v252, %v248 fastmath<contract> : f32
          %v254 = arith.addi %v244, %v1 : i64
          %v255 = llvm.getelementptr %v8[%v254] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v256 = llvm.load %v255 : !llvm.ptr -> f32
          %v257 = llvm.getelementptr %v10[%v254] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v258 = llvm.load %v257 : !llvm.ptr -> f32
          %v259 = llvm.getelementptr %v8[%v254] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v251, %v259 : f32, !llvm.ptr
          %v260 = llvm.getelementptr %v10[%v254] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v253, %v260 : f32, !llvm.ptr
          %v261 = arith.mulf %v256, %v251 fastmath<contract> : f32
          %v262 = arith.mulf %v256, %v253 fastmath<contract> : f32
          %v263 = arith.addf %v262, %v258 fastmath<contract> : f32
          %v264 = arith.addi %v244, %v105 : i64
          %v265 = llvm.getelementptr %v8[%v264] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v266 = llvm.load %v265 : !llvm.ptr -> f32
          %v267 = llvm.getelementptr %v10[%v264] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v268 = llvm.load %v267 : !llvm.ptr -> f32
          %v269 = llvm.getelementptr %v8[%v264] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v261, %v269 : f32, !llvm.ptr
          %v270 = llvm.getelementptr %v10[%v264] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v263, %v270 : f32, !llvm.ptr
          %v271 = arith.mulf %v266, %v261 fastmath<contract> : f32
          %v272 = arith.mulf %v266, %v263 fastmath<contract> : f32
          %v273 = arith.addf %v272, %v268 fastmath<contract> : f32
          %v274 = arith.addi %v244, %v112 : i64
          %v275 = llvm.getelementptr %v8[%v274] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v276 = llvm.load %v275 : !llvm.ptr -> f32
          %v277 = llvm.getelementptr %v10[%v274] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v278 = llvm.load %v277 : !llvm.ptr -> f32
          %v279 = llvm.getelementptr %v8[%v274] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v271, %v279 : f32, !llvm.ptr
          %v280 = llvm.getelementptr %v10[%v274] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v273, %v280 : f32, !llvm.ptr
          %v281 = arith.mulf %v276, %v271 fastmath<contract> : f32
          %v282 = arith.mulf %v276, %v273 fastmath<contract> : f32
          %v283 = arith.addf %v282, %v278 fastmath<contract> : f32
          %v284 = arith.addi %v244, %v119 : i64
          %v285 = llvm.getelementptr %v8[%v284] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v286 = llvm.load %v285 : !llvm.ptr -> f32
          %v287 = llvm.getelementptr %v10[%v284] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v288 = llvm.load %v287 : !llvm.ptr -> f32
          %v289 = llvm.getelementptr %v8[%v284] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v281, %v289 : f32, !llvm.ptr
          %v290 = llvm.getelementptr %v10[%v284] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v283, %v290 : f32, !llvm.ptr
          %v291 = arith.mulf %v286, %v281 fastmath<contract> : f32
          %v292 = arith.mulf %v286, %v283 fastmath<contract> : f32
          %v293 = arith.addf %v292, %v288 fastmath<contract> : f32
          %v294 = arith.addi %v244, %v126 : i64
          %v295 = llvm.getelementptr %v8[%v294] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v296 = llvm.load %v295 : !llvm.ptr -> f32
          %v297 = llvm.getelementptr %v10[%v294] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v298 = llvm.load %v297 : !llvm.ptr -> f32
          %v299 = llvm.getelementptr %v8[%v294] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v291, %v299 : f32, !llvm.ptr
          %v300 = llvm.getelementptr %v10[%v294] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v293, %v300 : f32, !llvm.ptr
          %v301 = arith.mulf %v296, %v291 fastmath<contract> : f32
          %v302 = arith.mulf %v296, %v293 fastmath<contract> : f32
          %v303 = arith.addf %v302, %v298 fastmath<contract> : f32
          %v304 = arith.addi %v244, %v133 : i64
          %v305 = llvm.getelementptr %v8[%v304] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v306 = llvm.load %v305 : !llvm.ptr -> f32
          %v307 = llvm.getelementptr %v10[%v304] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v308 = llvm.load %v307 : !llvm.ptr -> f32
          %v309 = llvm.getelementptr %v8[%v304] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v301, %v309 : f32, !llvm.ptr
          %v310 = llvm.getelementptr %v10[%v304] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v303, %v310 : f32, !llvm.ptr
          %v311 = arith.mulf %v306, %v301 fastmath<contract> : f32
          %v312 = arith.mulf %v306, %v303 fastmath<contract> : f32
          %v313 = arith.addf %v312, %v308 fastmath<contract> : f32
          %v314 = arith.addi %v244, %v140 : i64
          %v315 = llvm.getelementptr %v8[%v314] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v316 = llvm.load %v315 : !llvm.ptr -> f32
          %v317 = llvm.getelementptr %v10[%v314] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v318 = llvm.load %v317 : !llvm.ptr -> f32
          %v319 = llvm.getelementptr %v8[%v314] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v311, %v319 : f32, !llvm.ptr
          %v320 = llvm.getelementptr %v10[%v314] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v313, %v320 : f32, !llvm.ptr
          %v321 = arith.mulf %v316, %v311 fastmath<contract> : f32
          %v322 = arith.mulf %v316, %v313 fastmath<contract> : f32
          %v323 = arith.addf %v322, %v318 fastmath<contract> : f32
          %v324 = arith.addi %v244, %v27 : i64
          %v325 = llvm.getelementptr %v8[%v324] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v321, %v325 : f32, !llvm.ptr
          %v326 = llvm.getelementptr %v10[%v324] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v323, %v326 : f32, !llvm.ptr
        }
        gpu.barrier
        %v327 = llvm.getelementptr %v8[%v24] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v328 = llvm.load %v327 : !llvm.ptr -> f32
        %v329 = llvm.getelementptr %v10[%v24] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v330 = llvm.load %v329 : !llvm.ptr -> f32
        %v331 = llvm.getelementptr %v8[%v27] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v332 = llvm.load %v331 : !llvm.ptr -> f32
        %v333 = llvm.getelementptr %v10[%v27] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v334 = llvm.load %v333 : !llvm.ptr -> f32
        %v335 = arith.mulf %v235, %v328 fastmath<contract> : f32
        %v336 = arith.mulf %v235, %v330 fastmath<contract> : f32
        %v337 = arith.addf %v336, %v236 fastmath<contract> : f32
        %v338 = llvm.load %v6 : !llvm.ptr -> f32
        %v339 = arith.mulf %v335, %v338 fastmath<contract> : f32
        %v340 = arith.addf %v339, %v337 fastmath<contract> : f32
        llvm.store %v340, %v3 : f32, !llvm.ptr
        %v341 = arith.mulf %v332, %v338 fastmath<contract> : f32
        %v342 = arith.addf %v341, %v334 fastmath<contract> : f32
        llvm.store %v342, %v6 : f32, !llvm.ptr
        // 3. the K steps again from the state entering them: outputs, checkpoints
        %v343 = arith.cmpi eq, %v53, %v27 : i64
        %v344 = arith.andi %v343, %v42 : i1
        scf.if %v344 {
          %v345 = arith.muli %v20, %v57 : i64
          %v346 = arith.muli %v18, %size_T : i64
          %v347 = arith.addi %v345, %v346 : i64
          %v348 = arith.addi %v347, %v50 : i64
          %v349 = llvm.getelementptr %in_a[%v348] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v350 = llvm.load %v349 {alignment = 32 : i64} : !llvm.ptr -> vector<8xf32>
          %v351 = llvm.extractelement %v350[%v64 : i32] : vector<8xf32>
          %v352 = llvm.extractelement %v350[%v66 : i32] : vector<8xf32>
          %v353 = llvm.extractelement %v350[%v68 : i32] : vector<8xf32>
          %v354 = llvm.extractelement %v350[%v70 : i32] : vector<8xf32>
          %v355 = llvm.extractelement %v350[%v72 : i32] : vector<8xf32>
          %v356 = llvm.extractelement %v350[%v74 : i32] : vector<8xf32>
          %v357 = llvm.extractelement %v350[%v76 : i32] : vector<8xf32>
          %v358 = llvm.extractelement %v350[%v78 : i32] : vector<8xf32>
          %v359 = arith.muli %v20, %v57 : i64
          %v360 = arith.muli %v18, %size_T : i64
          %v361 = arith.addi %v359, %v360 : i64
          %v362 = arith.addi %v361, %v50 : i64
          %v363 = llvm.getelementptr %in_x[%v362] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v364 = llvm.load %v363 {alignment = 32 : i64} : !llvm.ptr -> vector<8xf32>
          %v365 = llvm.extractelement %v364[%v64 : i32] : vector<8xf32>
          %v366 = llvm.extractelement %v364[%v66 : i32] : vector<8xf32>
          %v367 = llvm.extractelement %v364[%v68 : i32] : vector<8xf32>
          %v368 = llvm.extractelement %v364[%v70 : i32] : vector<8xf32>
          %v369 = llvm.extractelement %v364[%v72 : i32] : vector<8xf32>
          %v370 = llvm.extractelement %v364[%v74 : i32] : vector<8xf32>
          %v371 = llvm.extractelement %v364[%v76 : i32] : vector<8xf32>
          %v372 = llvm.extractelement %v364[%v78 : i32] : vector<8xf32>
          // save the states at checkpoint steps (when given somewhere to save them)
          %v374 = arith.remui %v50, %v373 : i64
          %v375 = arith.cmpi eq, %v374, %v28 : i64
          %v376 = arith.andi %v375, %v15 : i1
          scf.if %v376 {
            %v377 = arith.divui %v50, %v373 : i64
            %v378 = llvm.mlir.zero : !llvm.ptr
            %v379 = llvm.icmp "ne" %ckpt_h, %v378 : !llvm.ptr
            scf.if %v379 {
              %v381 = arith.muli %v377, %v380 : i64
              %v382 = llvm.load %v3 : !llvm.ptr -> f32
              %v383 = arith.muli %v20, %size_C : i64
              %v384 = arith.addi %v383, %v18 : i64
              %v385 = arith.addi %v381, %v384 : i64
              %v386 = llvm.getelementptr %ckpt_h[%v385] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v382, %v386 : f32, !llvm.ptr
            }
          }
          // end save
          %v387 = llvm.load %v3 : !llvm.ptr -> f32
          %v388 = arith.mulf %v351, %v387 fastmath<contract> : f32
          %v389 = arith.addf %v388, %v365 fastmath<contract> : f32
          llvm.store %v389, %v3 : f32, !llvm.ptr
          %v390 = llvm.load %v3 : !llvm.ptr -> f32
          %v391 = arith.addi %v50, %v1 : i64
          %v392 = llvm.load %v3 : !llvm.ptr -> f32
          %v393 = arith.mulf %v352, %v392 fastmath<contract> : f32
          %v394 = arith.addf %v393, %v366 fastmath<contract> : f32
          llvm.store %v394, %v3 : f32, !llvm.ptr
          %v395 = llvm.load %v3 : !llvm.ptr -> f32
          %v396 = arith.addi %v50, %v105 : i64
          %v397 = llvm.load %v3 : !llvm.ptr -> f32
          %v398 = arith.mulf %v353, %v397 fastmath<contract> : f32
          %v399 = arith.addf %v398, %v367 fastmath<contract> : f32
          llvm.store %v399, %v3 : f32, !llvm.ptr
          %v400 = llvm.load %v3 : !llvm.ptr -> f32
          %v401 = arith.addi %v50, %v112 : i64
          %v402 = llvm.load %v3 : !llvm.ptr -> f32
          %v403 = arith.mulf %v354, %v402 fastmath<contract> : f32
          %v404 = arith.addf %v403, %v368 fastmath<contract> : f32
          llvm.store %v404, %v3 : f32, !llvm.ptr
          %v405 = llvm.load %v3 : !llvm.ptr -> f32
          %v406 = arith.addi %v50, %v119 : i64
          %v407 = llvm.load %v3 : !llvm.ptr -> f32
          %v408 = arith.mulf %v355, %v407 fastmath<contract> : f32
          %v409 = arith.addf %v408, %v369 fastmath<contract> : f32
          llvm.store %v409, %v3 : f32, !llvm.ptr
          %v410 = llvm.load %v3 : !llvm.ptr -> f32
          %v411 = arith.addi %v50, %v126 : i64
          %v412 = llvm.load %v3 : !llvm.ptr -> f32
          %v413 = arith.mulf %v356, %v412 fastmath<contract> : f32
          %v414 = arith.addf %v413, %v370 fastmath<contract> : f32
          llvm.store %v414, %v3 : f32, !llvm.ptr
          %v415 = llvm.load %v3 : !llvm.ptr -> f32
          %v416 = arith.addi %v50, %v133 : i64
          %v417 = llvm.load %v3 : !llvm.ptr -> f32
          %v418 = arith.mulf %v357, %v417 fastmath<contract> : f32
          %v419 = arith.addf %v418, %v371 fastmath<contract> : f32
          llvm.store %v419, %v3 : f32, !llvm.ptr
          %v420 = llvm.load %v3 : !llvm.ptr -> f32
          %v421 = arith.addi %v50, %v140 : i64
          %v422 = llvm.load %v3 : !llvm.ptr -> f32
          %v423 = arith.mulf %v358, %v422 fastmath<contract> : f32
          %v424 = arith.addf %v423, %v372 fastmath<contract> : f32
          llvm.store %v424, %v3 : f32, !llvm.ptr
          %v425 = llvm.load %v3 : !llvm.ptr -> f32
          %v426 = llvm.mlir.undef : vector<8xf32>
          %v427 = llvm.insertelement %v390, %v426[%v64 : i32] : vector<8xf32>
          %v428 = llvm.insertelement %v395, %v427[%v66 : i32] : vector<8xf32>
          %v429 = llvm.insertelement %v400, %v428[%v68 : i32] : vector<8xf32>
          %v430 = llvm.insertelement %v405, %v429[%v70 : i32] : vector<8xf32>
          %v431 = llvm.insertelement %v410, %v430[%v72 : i32] : vector<8xf32>
          %v432 = llvm.insertelement %v415, %v431[%v74 : i32] : vector<8xf32>
          %v433 = llvm.insertelement %v420, %v432[%v76 : i32] : vector<8xf32>
          %v434 = llvm.insertelement %v425, %v433[%v78 : i32] : vector<8xf32>
          %v435 = arith.muli %v20, %v57 : i64
          %v436 = arith.muli %v18, %size_T : i64
          %v437 = arith.addi %v435, %v436 : i64
          %v438 = arith.addi %v437, %v50 : i64
          %v439 = llvm.getelementptr %out_y[%v438] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          scf.if %v15 {
            llvm.store %v434, %v439 {alignment = 32 : i64} : vector<8xf32>, !llvm.ptr
          }
        } else {
          %v440 = arith.index_cast %v28 : i64 to index
          %v441 = arith.index_cast %v53 : i64 to index
          %v442 = arith.index_cast %v1 : i64 to index
          scf.for %v443 = %v440 to %v441 step %v442 {
            %v444 = arith.index_cast %v443 : index to i64
            %v445 = arith.addi %v50, %v444 : i64
            // save the states at checkpoint steps (when given somewhere to save them)
            %v446 = arith.remui %v445, %v373 : i64
            %v447 = arith.cmpi eq, %v446, %v28 : i64
            %v448 = arith.andi %v447, %v15 : i1
            scf.if %v448 {
              %v449 = arith.divui %v445, %v373 : i64
              %v450 = llvm.mlir.zero : !llvm.ptr
              %v451 = llvm.icmp "ne" %ckpt_h, %v450 : !llvm.ptr
              scf.if %v451 {
                %v453 = arith.muli %v449, %v452 : i64
                %v454 = llvm.load %v3 : !llvm.ptr -> f32
                %v455 = arith.muli %v20, %size_C : i64
                %v456 = arith.addi %v455, %v18 : i64
                %v457 = arith.addi %v453, %v456 : i64
                %v458 = llvm.getelementptr %ckpt_h[%v457] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                llvm.store %v454, %v458 : f32, !llvm.ptr
              }
            }
            // end save
            %v459 = arith.muli %v20, %v57 : i64
            %v460 = arith.muli %v18, %size_T : i64
            %v461 = arith.addi %v459, %v460 : i64
            %v462 = arith.addi %v461, %v445 : i64
            %v463 = llvm.getelementptr %in_a[%v462] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v464 = llvm.load %v463 : !llvm.ptr -> f32
            %v465 = arith.muli %v20, %v57 : i64
            %v466 = arith.muli %v18, %size_T : i64
            %v467 = arith.addi %v465, %v466 : i64
            %v468 = arith.addi %v467, %v445 : i64
            %v469 = llvm.getelementptr %in_x[%v468] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v470 = llvm.load %v469 : !llvm.ptr -> f32
            %v471 = llvm.load %v3 : !llvm.ptr -> f32
            %v472 = arith.mulf %v464, %v471 fastmath<contract> : f32
            %v473 = arith.addf %v472, %v470 fastmath<contract> : f32
            llvm.store %v473, %v3 : f32, !llvm.ptr
            %v474 = llvm.load %v3 : !llvm.ptr -> f32
            scf.if %v15 {
              %v475 = arith.muli %v20, %v57 : i64
              %v476 = arith.muli %v18, %size_T : i64
              %v477 = arith.addi %v475, %v476 : i64
              %v478 = arith.addi %v477, %v445 : i64
              %v479 = llvm.getelementptr %out_y[%v478] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v474, %v479 : f32, !llvm.ptr
            }
          }
        }
        gpu.barrier
      }
      // end scan
      %v480 = arith.cmpi eq, %v13, %v28 : i64
      %v481 = arith.andi %v15, %v480 : i1
      gpu.return
    }
  }
}
