module attributes {gpu.container_module} {
  gpu.module @linrec {
    llvm.mlir.global internal @tile_lru_pre_bwd_u() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<1056 x f32>
    llvm.mlir.global internal @rows_lru_pre_bwd_u() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<260 x f32>
    gpu.func @lru_pre_bwd(%in_u: !llvm.ptr, %in_B_re: !llvm.ptr, %in_B_im: !llvm.ptr, %dy_sum0: !llvm.ptr, %dy_sum1: !llvm.ptr, %dy_u_post: !llvm.ptr, %part_u: !llvm.ptr, %part_B_re: !llvm.ptr, %part_B_im: !llvm.ptr, %size_B: i64, %size_L: i64, %size_M: i64, %size_N: i64, %slice_first: i64, %slice_steps: i64, %slice_carry: !llvm.ptr) kernel attributes {nvvm.maxntid = array<i32: 256, 1, 1>, nvvm.minctasm = 2 : i32} {
      %v1 = arith.constant 4 : i64
      %v2 = arith.constant 1 : i64
      %v3 = arith.muli %size_B, %size_N : i64
      %v4 = arith.constant 64 : i64
      %v5 = arith.divui %slice_first, %v4 : i64
      %v6 = arith.addi %slice_first, %slice_steps : i64
      %v7 = arith.constant 63 : i64
      %v8 = arith.addi %v6, %v7 : i64
      %v9 = arith.divui %v8, %v4 : i64
      %v10 = arith.constant 0 : i64
      %v11 = arith.cmpi eq, %slice_first, %v10 : i64
      %v12 = arith.cmpi sge, %v6, %size_L : i64
      %v13 = arith.cmpi slt, %v6, %size_L : i64
      %v37 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v38 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v39 = llvm.mlir.addressof @tile_lru_pre_bwd_u : !llvm.ptr<3>
      %v40 = llvm.addrspacecast %v39 : !llvm.ptr<3> to !llvm.ptr
      %v41 = llvm.mlir.addressof @rows_lru_pre_bwd_u : !llvm.ptr<3>
      %v42 = llvm.addrspacecast %v41 : !llvm.ptr<3> to !llvm.ptr
      %v46 = arith.constant 0x00000000 : f32
      %v56 = arith.constant 3 : i64
      %v94 = arith.constant 256 : i64
      %v106 = arith.muli %v1, %size_L : i64
      %v113 = arith.constant 65 : i64
      %v136 = arith.constant 32 : i32
      %v140 = arith.constant 7 : i64
      %v141 = arith.constant 8 : i64
      %v173 = arith.constant 2 : i64
      %v185 = arith.constant 2147483647 : i64
      %v189 = arith.constant 3 : i32
      %v204 = arith.muli %size_N, %size_L : i64
      %v237 = arith.constant 4 : i32
      %v241 = arith.constant 8 : i32
      %v245 = arith.constant 16 : i32
      %v249 = arith.constant 32 : i64
      %v255 = arith.constant 33 : i64
      %v260 = arith.constant 2 : i32
      %v326 = arith.constant 1 : i32
      %v391 = arith.constant 0 : i32
      %v736 = arith.constant 128 : i64
      %v742 = arith.muli %size_B, %slice_steps : i64
      %v743 = arith.muli %v742, %v1 : i64
      %v777 = arith.constant 12 : i64
      %v784 = arith.constant 16 : i64
      %v791 = arith.constant 5 : i64
      %v792 = arith.constant 20 : i64
      %v799 = arith.constant 6 : i64
      %v800 = arith.constant 24 : i64
      %v807 = arith.constant 28 : i64
      %v817 = arith.muli %v1, %slice_steps : i64
      %v14 = gpu.block_id x
      %v15 = gpu.thread_id x
      %v16 = arith.index_cast %v15 : index to i64
      %v17 = arith.index_cast %v14 : index to i64
      %v18 = arith.addi %size_N, %v7 : i64
      %v19 = arith.divui %v18, %v4 : i64
      %v20 = arith.maxsi %v19, %v2 : i64
      %v21 = arith.divui %v17, %v20 : i64
      %v22 = arith.remui %v17, %v20 : i64
      %v23 = arith.remui %v16, %v1 : i64
      %v24 = arith.divui %v16, %v1 : i64
      %v25 = arith.muli %v22, %v4 : i64
      %v26 = arith.addi %v25, %v24 : i64
      %v27 = arith.cmpi slt, %v26, %size_N : i64
      %v28 = arith.muli %v21, %size_N : i64
      %v29 = arith.addi %v28, %v26 : i64
      %v30 = arith.subi %size_N, %v2 : i64
      %v31 = arith.minsi %v26, %v30 : i64
      %v32 = arith.addi %v28, %v31 : i64
      %v33 = arith.remui %v32, %size_N : i64
      %v34 = arith.divui %v32, %size_N : i64
      %v35 = arith.remui %v34, %size_B : i64
      %v36 = arith.divui %v34, %size_B : i64
      %v59 = arith.trunci %v16 : i64 to i32
      %v60 = arith.constant 28 : i32
      %v61 = arith.andi %v59, %v60 : i32
      %v62 = arith.constant 0 : i32
      %v63 = arith.ori %v61, %v62 : i32
      %v64 = arith.constant 0 : i64
      %v65 = arith.cmpi eq, %v23, %v64 : i64
      %v66 = arith.constant 1 : i32
      %v67 = arith.ori %v61, %v66 : i32
      %v68 = arith.constant 1 : i64
      %v69 = arith.cmpi eq, %v23, %v68 : i64
      %v70 = arith.constant 2 : i32
      %v71 = arith.ori %v61, %v70 : i32
      %v72 = arith.constant 2 : i64
      %v73 = arith.cmpi eq, %v23, %v72 : i64
      %v74 = arith.constant 3 : i32
      %v75 = arith.ori %v61, %v74 : i32
      %v76 = arith.constant 3 : i64
      %v77 = arith.cmpi eq, %v23, %v76 : i64
      %v43 = arith.constant true
      %v44 = arith.cmpi eq, %v33, %v10 : i64
      %v45 = arith.andi %v43, %v44 : i1
      llvm.store %v46, %v37 : f32, !llvm.ptr
      llvm.store %v46, %v38 : f32, !llvm.ptr
      scf.if %v13 {
        scf.if %v27 {
          %v47 = arith.muli %v29, %v1 : i64
          %v48 = arith.addi %v47, %v23 : i64
          %v49 = arith.muli %v3, %v1 : i64
          %v50 = llvm.getelementptr %slice_carry[%v48] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v51 = llvm.load %v50 : !llvm.ptr -> f32
          llvm.store %v51, %v37 : f32, !llvm.ptr
          %v52 = arith.addi %v49, %v48 : i64
          %v53 = llvm.getelementptr %slice_carry[%v52] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v54 = llvm.load %v53 : !llvm.ptr -> f32
          llvm.store %v54, %v38 : f32, !llvm.ptr
        }
      }
      scf.if %v12 {
      }
      %v55 = arith.cmpi eq, %size_L, %v10 : i64
      scf.if %v55 {
      }
      %v57 = arith.addi %size_L, %v7 : i64
      %v58 = arith.divui %v57, %v4 : i64
      %v78 = arith.minsi %v9, %v58 : i64
      %v79 = arith.subi %v78, %v5 : i64
      %v80 = arith.maxsi %v79, %v10 : i64
      %v81 = arith.index_cast %v10 : i64 to index
      %v82 = arith.index_cast %v80 : i64 to index
      %v83 = arith.index_cast %v2 : i64 to index
      scf.for %v84 = %v81 to %v82 step %v83 {
        %v85 = arith.index_cast %v84 : index to i64
        %v86 = arith.subi %v78, %v2 : i64
        %v87 = arith.subi %v86, %v85 : i64
        %v88 = arith.muli %v87, %v4 : i64
        %v89 = arith.subi %size_L, %v88 : i64
        %v90 = arith.minsi %v89, %v4 : i64
        %v91 = arith.addi %v90, %v56 : i64
        %v92 = arith.divui %v91, %v1 : i64
        // the block's shared input rows for this stretch
        gpu.barrier
        %v93 = arith.subi %size_L, %v2 : i64
        %v95 = arith.index_cast %v16 : i64 to index
        %v96 = arith.index_cast %v94 : i64 to index
        %v97 = arith.index_cast %v94 : i64 to index
        scf.for %v98 = %v95 to %v96 step %v97 {
          %v99 = arith.index_cast %v98 : index to i64
          %v100 = arith.remui %v99, %v4 : i64
          %v101 = arith.divui %v99, %v4 : i64
          %v102 = arith.addi %v88, %v100 : i64
          %v103 = arith.minsi %v102, %v93 : i64
          %v104 = arith.remui %v101, %v1 : i64
          %v105 = arith.divui %v101, %v1 : i64
          %v107 = arith.muli %v35, %v106 : i64
          %v108 = arith.muli %v103, %v1 : i64
          %v109 = arith.addi %v107, %v108 : i64
          %v110 = arith.addi %v109, %v104 : i64
          %v111 = llvm.getelementptr %in_u[%v110] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v112 = llvm.load %v111 : !llvm.ptr -> f32
          %v114 = arith.muli %v101, %v113 : i64
          %v115 = arith.addi %v114, %v100 : i64
          %v116 = llvm.getelementptr %v42[%v115] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v112, %v116 : f32, !llvm.ptr
        }
        gpu.barrier
        %v117 = arith.subi %v90, %v2 : i64
        // the state entering each group of the stretch
        %v118 = arith.index_cast %v10 : i64 to index
        %v119 = arith.index_cast %v92 : i64 to index
        %v120 = arith.index_cast %v2 : i64 to index
        scf.for %v121 = %v118 to %v119 step %v120 {
          %v122 = arith.index_cast %v121 : index to i64
          scf.if %v27 {
          }
          %v123 = arith.muli %v122, %v1 : i64
          %v124 = arith.addi %v123, %v23 : i64
          %v125 = arith.minsi %v124, %v117 : i64
          %v126 = arith.addi %v88, %v125 : i64
          %v127 = arith.subi %v90, %v123 : i64
          %v128 = arith.trunci %v127 : i64 to i32
          %v129 = arith.index_cast %v10 : i64 to index
          %v130 = arith.index_cast %v1 : i64 to index
          %v131 = arith.index_cast %v2 : i64 to index
          scf.for %v132 = %v129 to %v130 step %v131 {
            %v133 = arith.index_cast %v132 : index to i64
            %v134 = arith.trunci %v133 : i64 to i32
            %v135 = arith.ori %v63, %v134 : i32
            %v137 = arith.addi %v123, %v133 : i64
            %v138 = arith.cmpi slt, %v134, %v128 : i32
            scf.if %v138 {
              %v139 = arith.addi %v88, %v137 : i64
            }
          }
        }
        %v142 = arith.addi %v92, %v140 : i64
        %v143 = arith.divui %v142, %v141 : i64
        %v144 = arith.index_cast %v10 : i64 to index
        %v145 = arith.index_cast %v143 : i64 to index
        %v146 = arith.index_cast %v2 : i64 to index
        scf.for %v147 = %v144 to %v145 step %v146 {
          %v148 = arith.index_cast %v147 : index to i64
          %v149 = arith.muli %v148, %v141 : i64
          %v150 = arith.addi %v149, %v141 : i64
          %v151 = arith.index_cast %v149 : i64 to index
          %v152 = arith.index_cast %v150 : i64 to index
          %v153 = arith.index_cast %v2 : i64 to index
          scf.for %v154 = %v151 to %v152 step %v153 {
            %v155 = arith.index_cast %v154 : index to i64
            %v156 = arith.cmpi slt, %v155, %v92 : i64
            scf.if %v156 {
              %v157 = arith.subi %v92, %v2 : i64
              %v158 = arith.subi %v157, %v155 : i64
              %v159 = arith.muli %v158, %v1 : i64
              %v160 = arith.remui %v155, %v141 : i64
              %v161 = arith.muli %v160, %v1 : i64
              %v162 = arith.addi %v159, %v1 : i64
              %v163 = arith.cmpi sle, %v162, %v90 : i64
              scf.if %v163 {
                %v164 = arith.subi %v90, %v2 : i64
                %v165 = arith.addi %v159, %v23 : i64
                %v166 = arith.minsi %v165, %v164 : i64
                %v167 = arith.addi %v88, %v166 : i64
                // the group's states, recomputed into registers
                %v168 = arith.minsi %v159, %v164 : i64
                %v169 = arith.addi %v88, %v168 : i64
                %v170 = arith.addi %v159, %v2 : i64
                %v171 = arith.minsi %v170, %v164 : i64
                %v172 = arith.addi %v88, %v171 : i64
                %v174 = arith.addi %v159, %v173 : i64
                %v175 = arith.minsi %v174, %v164 : i64
                %v176 = arith.addi %v88, %v175 : i64
                %v177 = arith.addi %v159, %v56 : i64
                %v178 = arith.minsi %v177, %v164 : i64
                %v179 = arith.addi %v88, %v178 : i64
                %v180 = arith.subi %v90, %v159 : i64
                %v181 = arith.trunci %v180 : i64 to i32
                %v182 = arith.subi %size_L, %v2 : i64
                %v183 = arith.addi %v88, %v159 : i64
                %v184 = arith.subi %v182, %v183 : i64
                %v186 = arith.minsi %v184, %v185 : i64
                %v187 = arith.trunci %v186 : i64 to i32
                %v188 = arith.addi %v159, %v56 : i64
                %v190 = arith.cmpi slt, %v189, %v181 : i32
                %v191 = arith.cmpi eq, %v189, %v187 : i32
                %v192 = arith.addi %v88, %v188 : i64
                %v193 = arith.muli %v35, %v106 : i64
                %v194 = arith.muli %v192, %v1 : i64
                %v195 = arith.addi %v193, %v194 : i64
                %v196 = arith.addi %v195, %v23 : i64
                %v197 = llvm.getelementptr %dy_u_post[%v196] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v198 = llvm.load %v197 : !llvm.ptr -> f32
                %v199 = arith.select %v45, %v198, %v46 : f32
                %v200 = arith.muli %v33, %v1 : i64
                %v201 = arith.addi %v200, %v23 : i64
                %v202 = llvm.getelementptr %in_B_im[%v201] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v203 = llvm.load %v202 : !llvm.ptr -> f32
                %v205 = arith.muli %v35, %v204 : i64
                %v206 = arith.muli %v192, %size_N : i64
                %v207 = arith.addi %v205, %v206 : i64
                %v208 = arith.addi %v207, %v33 : i64
                %v209 = llvm.getelementptr %dy_sum1[%v208] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v210 = llvm.load %v209 : !llvm.ptr -> f32
                %v211 = arith.mulf %v203, %v210 fastmath<contract> : f32
                %v212 = arith.addf %v199, %v211 fastmath<contract> : f32
                %v213 = arith.muli %v33, %v1 : i64
                %v214 = arith.addi %v213, %v23 : i64
                %v215 = llvm.getelementptr %in_B_re[%v214] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v216 = llvm.load %v215 : !llvm.ptr -> f32
                %v217 = arith.muli %v35, %v204 : i64
                %v218 = arith.muli %v192, %size_N : i64
                %v219 = arith.addi %v217, %v218 : i64
                %v220 = arith.addi %v219, %v33 : i64
                %v221 = llvm.getelementptr %dy_sum0[%v220] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v222 = llvm.load %v221 : !llvm.ptr -> f32
                %v223 = arith.mulf %v216, %v222 fastmath<contract> : f32
                %v224 = arith.addf %v212, %v223 fastmath<contract> : f32
                %v225 = arith.muli %v23, %v113 : i64
                %v226 = arith.subi %v192, %v88 : i64
                %v227 = arith.addi %v225, %v226 : i64
                %v228 = llvm.getelementptr %v42[%v227] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v229 = llvm.load %v228 : !llvm.ptr -> f32
                %v230 = arith.mulf %v229, %v222 fastmath<contract> : f32
                %v231 = llvm.load %v37 : !llvm.ptr -> f32
                %v232 = arith.addf %v231, %v230 fastmath<contract> : f32
                llvm.store %v232, %v37 : f32, !llvm.ptr
                %v233 = arith.mulf %v229, %v210 fastmath<contract> : f32
                %v234 = llvm.load %v38 : !llvm.ptr -> f32
                %v235 = arith.addf %v234, %v233 fastmath<contract> : f32
                llvm.store %v235, %v38 : f32, !llvm.ptr
                %v236 = arith.select %v27, %v224, %v46 : f32
                // sum over the warp's outer points: shuffles
                %v238, %v239 = gpu.shuffle xor %v236, %v237, %v136 : f32
                %v240 = arith.addf %v236, %v238 fastmath<contract> : f32
                %v242, %v243 = gpu.shuffle xor %v240, %v241, %v136 : f32
                %v244 = arith.addf %v240, %v242 fastmath<contract> : f32
                %v246, %v247 = gpu.shuffle xor %v244, %v245, %v136 : f32
                %v248 = arith.addf %v244, %v246 fastmath<contract> : f32
                %v250 = arith.divui %v16, %v249 : i64
                %v251 = arith.remui %v16, %v249 : i64
                %v252 = arith.cmpi ult, %v251, %v1 : i64
                %v253 = arith.muli %v250, %v1 : i64
                %v254 = arith.addi %v253, %v23 : i64
                %v256 = arith.muli %v254, %v255 : i64
                %v257 = arith.addi %v256, %v161 : i64
                scf.if %v252 {
                  %v258 = llvm.getelementptr %v40[%v257] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v248, %v258 : f32, !llvm.ptr
                }
                %v259 = arith.addi %v159, %v173 : i64
                %v261 = arith.cmpi slt, %v260, %v181 : i32
                %v262 = arith.cmpi eq, %v260, %v187 : i32
                %v263 = arith.addi %v161, %v2 : i64
                %v264 = arith.addi %v88, %v259 : i64
                %v265 = arith.muli %v35, %v106 : i64
                %v266 = arith.muli %v264, %v1 : i64
                %v267 = arith.addi %v265, %v266 : i64
                %v268 = arith.addi %v267, %v23 : i64
                %v269 = llvm.getelementptr %dy_u_post[%v268] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v270 = llvm.load %v269 : !llvm.ptr -> f32
                %v271 = arith.select %v45, %v270, %v46 : f32
                %v272 = arith.muli %v33, %v1 : i64
                %v273 = arith.addi %v272, %v23 : i64
                %v274 = llvm.getelementptr %in_B_im[%v273] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v275 = llvm.load %v274 : !llvm.ptr -> f32
                %v276 = arith.muli %v35, %v204 : i64
                %v277 = arith.muli %v264, %size_N : i64
                %v278 = arith.addi %v276, %v277 : i64
                %v279 = arith.addi %v278, %v33 : i64
                %v280 = llvm.getelementptr %dy_sum1[%v279] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v281 = llvm.load %v280 : !llvm.ptr -> f32
                %v282 = arith.mulf %v275, %v281 fastmath<contract> : f32
                %v283 = arith.addf %v271, %v282 fastmath<contract> : f32
                %v284 = arith.muli %v33, %v1 : i64
                %v285 = arith.addi %v284, %v23 : i64
                %v286 = llvm.getelementptr %in_B_re[%v285] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v287 = llvm.load %v286 : !llvm.ptr -> f32
                %v288 = arith.muli %v35, %v204 : i64
                %v289 = arith.muli %v264, %size_N : i64
                %v290 = arith.addi %v288, %v289 : i64
                %v291 = arith.addi %v290, %v33 : i64
                %v292 = llvm.getelementptr %dy_sum0[%v291] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v293 = llvm.load %v292 : !llvm.ptr -> f32
                %v294 = arith.mulf %v287, %v293 fastmath<contract> : f32
                %v295 = arith.addf %v283, %v294 fastmath<contract> : f32
                %v296 = arith.muli %v23, %v113 : i64
                %v297 = arith.subi %v264, %v88 : i64
                %v298 = arith.addi %v296, %v297 : i64
                %v299 = llvm.getelementptr %v42[%v298] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v300 = llvm.load %v299 : !llvm.ptr -> f32
                %v301 = arith.mulf %v300, %v293 fastmath<contract> : f32
                %v302 = llvm.load %v37 : !llvm.ptr -> f32
                %v303 = arith.addf %v302, %v301 fastmath<contract> : f32
                llvm.store %v303, %v37 : f32, !llvm.ptr
                %v304 = arith.mulf %v300, %v281 fastmath<contract> : f32
                %v305 = llvm.load %v38 : !llvm.ptr -> f32
                %v306 = arith.addf %v305, %v304 fastmath<contract> : f32
                llvm.store %v306, %v38 : f32, !llvm.ptr
                %v307 = arith.select %v27, %v295, %v46 : f32
                // sum over the warp's outer points: shuffles
                %v308, %v309 = gpu.shuffle xor %v307, %v237, %v136 : f32
                %v310 = arith.addf %v307, %v308 fastmath<contract> : f32
                %v311, %v312 = gpu.shuffle xor %v310, %v241, %v136 : f32
                %v313 = arith.addf %v310, %v311 fastmath<contract> : f32
                %v314, %v315 = gpu.shuffle xor %v313, %v245, %v136 : f32
                %v316 = arith.addf %v313, %v314 fastmath<contract> : f32
                %v317 = arith.divui %v16, %v249 : i64
                %v318 = arith.remui %v16, %v249 : i64
                %v319 = arith.cmpi ult, %v318, %v1 : i64
                %v320 = arith.muli %v317, %v1 : i64
                %v321 = arith.addi %v320, %v23 : i64
                %v322 = arith.muli %v321, %v255 : i64
                %v323 = arith.addi %v322, %v263 : i64
                scf.if %v319 {
                  %v324 = llvm.getelementptr %v40[%v323] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v316, %v324 : f32, !llvm.ptr
                }
                %v325 = arith.addi %v159, %v2 : i64
                %v327 = arith.cmpi slt, %v326, %v181 : i32
                %v328 = arith.cmpi eq, %v326, %v187 : i32
                %v329 = arith.addi %v161, %v173 : i64
                %v330 = arith.addi %v88, %v325 : i64
                %v331 = arith.muli %v35, %v106 : i64
                %v332 = arith.muli %v330, %v1 : i64
                %v333 = arith.addi %v331, %v332 : i64
                %v334 = arith.addi %v333, %v23 : i64
                %v335 = llvm.getelementptr %dy_u_post[%v334] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v336 = llvm.load %v335 : !llvm.ptr -> f32
                %v337 = arith.select %v45, %v336, %v46 : f32
                %v338 = arith.muli %v33, %v1 : i64
                %v339 = arith.addi %v338, %v23 : i64
                %v340 = llvm.getelementptr %in_B_im[%v339] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v341 = llvm.load %v340 : !llvm.ptr -> f32
                %v342 = arith.muli %v35, %v204 : i64
                %v343 = arith.muli %v330, %size_N : i64
                %v344 = arith.addi %v342, %v343 : i64
                %v345 = arith.addi %v344, %v33 : i64
                %v346 = llvm.getelementptr %dy_sum1[%v345] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v347 = llvm.load %v346 : !llvm.ptr -> f32
                %v348 = arith.mulf %v341, %v347 fastmath<contract> : f32
                %v349 = arith.addf %v337, %v348 fastmath<contract> : f32
                %v350 = arith.muli %v33, %v1 : i64
                %v351 = arith.addi %v350, %v23 : i64
                %v352 = llvm.getelementptr %in_B_re[%v351] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v353 = llvm.load %v352 : !llvm.ptr -> f32
                %v354 = arith.muli %v35, %v204 : i64
                %v355 = arith.muli %v330, %size_N : i64
                %v356 = arith.addi %v354, %v355 : i64
                %v357 = arith.addi %v356, %v33 : i64
                %v358 = llvm.getelementptr %dy_sum0[%v357] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v359 = llvm.load %v358 : !llvm.ptr -> f32
                %v360 = arith.mulf %v353, %v359 fastmath<contract> : f32
                %v361 = arith.addf %v349, %v360 fastmath<contract> : f32
                %v362 = arith.muli %v23, %v113 : i64
                %v363 = arith.subi %v330, %v88 : i64
                %v364 = arith.addi %v362, %v363 : i64
                %v365 = llvm.getelementptr %v42[%v364] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v366 = llvm.load %v365 : !llvm.ptr -> f32
                %v367 = arith.mulf %v366, %v359 fastmath<contract> : f32
                %v368 = llvm.load %v37 : !llvm.ptr -> f32
                %v369 = arith.addf %v368, %v367 fastmath<contract> : f32
                llvm.store %v369, %v37 : f32, !llvm.ptr
                %v370 = arith.mulf %v366, %v347 fastmath<contract> : f32
                %v371 = llvm.load %v38 : !llvm.ptr -> f32
                %v372 = arith.addf %v371, %v370 fastmath<contract> : f32
                llvm.store %v372, %v38 : f32, !llvm.ptr
                %v373 = arith.select %v27, %v361, %v46 : f32
                // sum over the warp's outer points: shuffles
                %v374, %v375 = gpu.shuffle xor %v373, %v237, %v136 : f32
                %v376 = arith.addf %v373, %v374 fastmath<contract> : f32
                %v377, %v378 = gpu.shuffle xor %v376, %v241, %v136 : f32
                %v379 = arith.addf %v376, %v377 fastmath<contract> : f32
                %v380, %v381 = gpu.shuffle xor %v379, %v245, %v136 : f32
                %v382 = arith.addf %v379, %v380 fastmath<contract> : f32
                %v383 = arith.divui %v16, %v249 : i64
                %v384 = arith.remui %v16, %v249 : i64
                %v385 = arith.cmpi ult, %v384, %v1 : i64
                %v386 = arith.muli %v383, %v1 : i64
                %v387 = arith.addi %v386, %v23 : i64
                %v388 = arith.muli %v387, %v255 : i64
                %v389 = arith.addi %v388, %v329 : i64
                scf.if %v385 {
                  %v390 = llvm.getelementptr %v40[%v389] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v382, %v390 : f32, !llvm.ptr
                }
                %v392 = arith.cmpi slt, %v391, %v181 : i32
                %v393 = arith.cmpi eq, %v391, %v187 : i32
                %v394 = arith.addi %v161, %v56 : i64
                %v395 = arith.addi %v88, %v159 : i64
                %v396 = arith.muli %v35, %v106 : i64
                %v397 = arith.muli %v395, %v1 : i64
                %v398 = arith.addi %v396, %v397 : i64
                %v399 = arith.addi %v398, %v23 : i64
                %v400 = llvm.getelementptr %dy_u_post[%v399] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v401 = llvm.load %v400 : !llvm.ptr -> f32
                %v402 = arith.select %v45, %v401, %v46 : f32
                %v403 = arith.muli %v33, %v1 : i64
                %v404 = arith.addi %v403, %v23 : i64
                %v405 = llvm.getelementptr %in_B_im[%v404] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v406 = llvm.load %v405 : !llvm.ptr -> f32
                %v407 = arith.muli %v35, %v204 : i64
                %v408 = arith.muli %v395, %size_N : i64
                %v409 = arith.addi %v407, %v408 : i64
                %v410 = arith.addi %v409, %v33 : i64
                %v411 = llvm.getelementptr %dy_sum1[%v410] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v412 = llvm.load %v411 : !llvm.ptr -> f32
                %v413 = arith.mulf %v406, %v412 fastmath<contract> : f32
                %v414 = arith.addf %v402, %v413 fastmath<contract> : f32
                %v415 = arith.muli %v33, %v1 : i64
                %v416 = arith.addi %v415, %v23 : i64
                %v417 = llvm.getelementptr %in_B_re[%v416] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v418 = llvm.load %v417 : !llvm.ptr -> f32
                %v419 = arith.muli %v35, %v204 : i64
                %v420 = arith.muli %v395, %size_N : i64
                %v421 = arith.addi %v419, %v420 : i64
                %v422 = arith.addi %v421, %v33 : i64
                %v423 = llvm.getelementptr %dy_sum0[%v422] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v424 = llvm.load %v423 : !llvm.ptr -> f32
                %v425 = arith.mulf %v418, %v424 fastmath<contract> : f32
                %v426 = arith.addf %v414, %v425 fastmath<contract> : f32
                %v427 = arith.muli %v23, %v113 : i64
                %v428 = arith.subi %v395, %v88 : i64
                %v429 = arith.addi %v427, %v428 : i64
                %v430 = llvm.getelementptr %v42[%v429] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v431 = llvm.load %v430 : !llvm.ptr -> f32
                %v432 = arith.mulf %v431, %v424 fastmath<contract> : f32
                %v433 = llvm.load %v37 : !llvm.ptr -> f32
                %v434 = arith.addf %v433, %v432 fastmath<contract> : f32
                llvm.store %v434, %v37 : f32, !llvm.ptr
                %v435 = arith.mulf %v431, %v412 fastmath<contract> : f32
                %v436 = llvm.load %v38 : !llvm.ptr -> f32
                %v437 = arith.addf %v436, %v435 fastmath<contract> : f32
                llvm.store %v437, %v38 : f32, !llvm.ptr
                %v438 = arith.select %v27, %v426, %v46 : f32
                // sum over the warp's outer points: shuffles
                %v439, %v440 = gpu.shuffle xor %v438, %v237, %v136 : f32
                %v441 = arith.addf %v438, %v439 fastmath<contract> : f32
                %v442, %v443 = gpu.shuffle xor %v441, %v241, %v136 : f32
                %v444 = arith.addf %v441, %v442 fastmath<contract> : f32
                %v445, %v446 = gpu.shuffle xor %v444, %v245, %v136 : f32
                %v447 = arith.addf %v444, %v445 fastmath<contract> : f32
                %v448 = arith.divui %v16, %v249 : i64
                %v449 = arith.remui %v16, %v249 : i64
                %v450 = arith.cmpi ult, %v449, %v1 : i64
                %v451 = arith.muli %v448, %v1 : i64
                %v452 = arith.addi %v451, %v23 : i64
                %v453 = arith.muli %v452, %v255 : i64
                %v454 = arith.addi %v453, %v394 : i64
                scf.if %v450 {
                  %v455 = llvm.getelementptr %v40[%v454] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v447, %v455 : f32, !llvm.ptr
                }
              } else {
                %v456 = arith.subi %v90, %v2 : i64
                %v457 = arith.addi %v159, %v23 : i64
                %v458 = arith.minsi %v457, %v456 : i64
                %v459 = arith.addi %v88, %v458 : i64
                // the group's states, recomputed into registers
                %v460 = arith.minsi %v159, %v456 : i64
                %v461 = arith.addi %v88, %v460 : i64
                %v462 = arith.addi %v159, %v2 : i64
                %v463 = arith.minsi %v462, %v456 : i64
                %v464 = arith.addi %v88, %v463 : i64
                %v465 = arith.addi %v159, %v173 : i64
                %v466 = arith.minsi %v465, %v456 : i64
                %v467 = arith.addi %v88, %v466 : i64
                %v468 = arith.addi %v159, %v56 : i64
                %v469 = arith.minsi %v468, %v456 : i64
                %v470 = arith.addi %v88, %v469 : i64
                %v471 = arith.subi %v90, %v159 : i64
                %v472 = arith.trunci %v471 : i64 to i32
                %v473 = arith.subi %size_L, %v2 : i64
                %v474 = arith.addi %v88, %v159 : i64
                %v475 = arith.subi %v473, %v474 : i64
                %v476 = arith.minsi %v475, %v185 : i64
                %v477 = arith.trunci %v476 : i64 to i32
                %v478 = arith.addi %v159, %v56 : i64
                %v479 = arith.cmpi slt, %v189, %v472 : i32
                %v480 = arith.cmpi eq, %v189, %v477 : i32
                scf.if %v479 {
                  %v481 = arith.addi %v88, %v478 : i64
                  %v482 = arith.muli %v35, %v106 : i64
                  %v483 = arith.muli %v481, %v1 : i64
                  %v484 = arith.addi %v482, %v483 : i64
                  %v485 = arith.addi %v484, %v23 : i64
                  %v486 = llvm.getelementptr %dy_u_post[%v485] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v487 = llvm.load %v486 : !llvm.ptr -> f32
                  %v488 = arith.select %v45, %v487, %v46 : f32
                  %v489 = arith.muli %v33, %v1 : i64
                  %v490 = arith.addi %v489, %v23 : i64
                  %v491 = llvm.getelementptr %in_B_im[%v490] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v492 = llvm.load %v491 : !llvm.ptr -> f32
                  %v493 = arith.muli %v35, %v204 : i64
                  %v494 = arith.muli %v481, %size_N : i64
                  %v495 = arith.addi %v493, %v494 : i64
                  %v496 = arith.addi %v495, %v33 : i64
                  %v497 = llvm.getelementptr %dy_sum1[%v496] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v498 = llvm.load %v497 : !llvm.ptr -> f32
                  %v499 = arith.mulf %v492, %v498 fastmath<contract> : f32
                  %v500 = arith.addf %v488, %v499 fastmath<contract> : f32
                  %v501 = arith.muli %v33, %v1 : i64
                  %v502 = arith.addi %v501, %v23 : i64
                  %v503 = llvm.getelementptr %in_B_re[%v502] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v504 = llvm.load %v503 : !llvm.ptr -> f32
                  %v505 = arith.muli %v35, %v204 : i64
                  %v506 = arith.muli %v481, %size_N : i64
                  %v507 = arith.addi %v505, %v506 : i64
                  %v508 = arith.addi %v507, %v33 : i64
                  %v509 = llvm.getelementptr %dy_sum0[%v508] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v510 = llvm.load %v509 : !llvm.ptr -> f32
                  %v511 = arith.mulf %v504, %v510 fastmath<contract> : f32
                  %v512 = arith.addf %v500, %v511 fastmath<contract> : f32
                  %v513 = arith.muli %v23, %v113 : i64
                  %v514 = arith.subi %v481, %v88 : i64
                  %v515 = arith.addi %v513, %v514 : i64
                  %v516 = llvm.getelementptr %v42[%v515] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v517 = llvm.load %v516 : !llvm.ptr -> f32
                  %v518 = arith.mulf %v517, %v510 fastmath<contract> : f32
                  %v519 = llvm.load %v37 : !llvm.ptr -> f32
                  %v520 = arith.addf %v519, %v518 fastmath<contract> : f32
                  llvm.store %v520, %v37 : f32, !llvm.ptr
                  %v521 = arith.mulf %v517, %v498 fastmath<contract> : f32
                  %v522 = llvm.load %v38 : !llvm.ptr -> f32
                  %v523 = arith.addf %v522, %v521 fastmath<contract> : f32
                  llvm.store %v523, %v38 : f32, !llvm.ptr
                  %v524 = arith.select %v27, %v512, %v46 : f32
                  // sum over the warp's outer points: shuffles
                  %v525, %v526 = gpu.shuffle xor %v524, %v237, %v136 : f32
                  %v527 = arith.addf %v524, %v525 fastmath<contract> : f32
                  %v528, %v529 = gpu.shuffle xor %v527, %v241, %v136 : f32
                  %v530 = arith.addf %v527, %v528 fastmath<contract> : f32
                  %v531, %v532 = gpu.shuffle xor %v530, %v245, %v136 : f32
                  %v533 = arith.addf %v530, %v531 fastmath<contract> : f32
                  %v534 = arith.divui %v16, %v249 : i64
                  %v535 = arith.remui %v16, %v249 : i64
                  %v536 = arith.cmpi ult, %v535, %v1 : i64
                  %v537 = arith.muli %v534, %v1 : i64
                  %v538 = arith.addi %v537, %v23 : i64
                  %v539 = arith.muli %v538, %v255 : i64
                  %v540 = arith.addi %v539, %v161 : i64
                  scf.if %v536 {
                    %v541 = llvm.getelementptr %v40[%v540] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v533, %v541 : f32, !llvm.ptr
                  }
                }
                %v542 = arith.addi %v159, %v173 : i64
                %v543 = arith.cmpi slt, %v260, %v472 : i32
                %v544 = arith.cmpi eq, %v260, %v477 : i32
                %v545 = arith.addi %v161, %v2 : i64
                scf.if %v543 {
                  %v546 = arith.addi %v88, %v542 : i64
                  %v547 = arith.muli %v35, %v106 : i64
                  %v548 = arith.muli %v546, %v1 : i64
                  %v549 = arith.addi %v547, %v548 : i64
                  %v550 = arith.addi %v549, %v23 : i64
                  %v551 = llvm.getelementptr %dy_u_post[%v550] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v552 = llvm.load %v551 : !llvm.ptr -> f32
                  %v553 = arith.select %v45, %v552, %v46 : f32
                  %v554 = arith.muli %v33, %v1 : i64
                  %v555 = arith.addi %v554, %v23 : i64
                  %v556 = llvm.getelementptr %in_B_im[%v555] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v557 = llvm.load %v556 : !llvm.ptr -> f32
                  %v558 = arith.muli %v35, %v204 : i64
                  %v559 = arith.muli %v546, %size_N : i64
                  %v560 = arith.addi %v558, %v559 : i64
                  %v561 = arith.addi %v560, %v33 : i64
                  %v562 = llvm.getelementptr %dy_sum1[%v561] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v563 = llvm.load %v562 : !llvm.ptr -> f32
                  %v564 = arith.mulf %v557, %v563 fastmath<contract> : f32
                  %v565 = arith.addf %v553, %v564 fastmath<contract> : f32
                  %v566 = arith.muli %v33, %v1 : i64
                  %v567 = arith.addi %v566, %v23 : i64
                  %v568 = llvm.getelementptr %in_B_re[%v567] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v569 = llvm.load %v568 : !llvm.ptr -> f32
                  %v570 = arith.muli %v35, %v204 : i64
                  %v571 = arith.muli %v546, %size_N : i64
                  %v572 = arith.addi %v570, %v571 : i64
                  %v573 = arith.addi %v572, %v33 : i64
                  %v574 = llvm.getelementptr %dy_sum0[%v573] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v575 = llvm.load %v574 : !llvm.ptr -> f32
                  %v576 = arith.mulf %v569, %v575 fastmath<contract> : f32
                  %v577 = arith.addf %v565, %v576 fastmath<contract> : f32
                  %v578 = arith.muli %v23, %v113 : i64
                  %v579 = arith.subi %v546, %v88 : i64
                  %v580 = arith.addi %v578, %v579 : i64
                  %v581 = llvm.getelementptr %v42[%v580] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v582 = llvm.load %v581 : !llvm.ptr -> f32
                  %v583 = arith.mulf %v582, %v575 fastmath<contract> : f32
                  %v584 = llvm.load %v37 : !llvm.ptr -> f32
                  %v585 = arith.addf %v584, %v583 fastmath<contract> : f32
                  llvm.store %v585, %v37 : f32, !llvm.ptr
                  %v586 = arith.mulf %v582, %v563 fastmath<contract> : f32
                  %v587 = llvm.load %v38 : !llvm.ptr -> f32
                  %v588 = arith.addf %v587, %v586 fastmath<contract> : f32
                  llvm.store %v588, %v38 : f32, !llvm.ptr
                  %v589 = arith.select %v27, %v577, %v46 : f32
                  // sum over the warp's outer points: shuffles
                  %v590, %v591 = gpu.shuffle xor %v589, %v237, %v136 : f32
                  %v592 = arith.addf %v589, %v590 fastmath<contract> : f32
                  %v593, %v594 = gpu.shuffle xor %v592, %v241, %v136 : f32
                  %v595 = arith.addf %v592, %v593 fastmath<contract> : f32
                  %v596, %v597 = gpu.shuffle xor %v595, %v245, %v136 : f32
                  %v598 = arith.addf %v595, %v596 fastmath<contract> : f32
                  %v599 = arith.divui %v16, %v249 : i64
                  %v600 = arith.remui %v16, %v249 : i64
                  %v601 = arith.cmpi ult, %v600, %v1 : i64
                  %v602 = arith.muli %v599, %v1 : i64
                  %v603 = arith.addi %v602, %v23 : i64
                  %v604 = arith.muli %v603, %v255 : i64
                  %v605 = arith.addi %v604, %v545 : i64
                  scf.if %v601 {
                    %v606 = llvm.getelementptr %v40[%v605] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v598, %v606 : f32, !llvm.ptr
                  }
                }
                %v607 = arith.addi %v159, %v2 : i64
                %v608 = arith.cmpi slt, %v326, %v472 : i32
                %v609 = arith.cmpi eq, %v326, %v477 : i32
                %v610 = arith.addi %v161, %v173 : i64
                scf.if %v608 {
                  %v611 = arith.addi %v88, %v607 : i64
                  %v612 = arith.muli %v35, %v106 : i64
                  %v613 = arith.muli %v611, %v1 : i64
                  %v614 = arith.addi %v612, %v613 : i64
                  %v615 = arith.addi %v614, %v23 : i64
                  %v616 = llvm.getelementptr %dy_u_post[%v615] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v617 = llvm.load %v616 : !llvm.ptr -> f32
                  %v618 = arith.select %v45, %v617, %v46 : f32
                  %v619 = arith.muli %v33, %v1 : i64
                  %v620 = arith.addi %v619, %v23 : i64
                  %v621 = llvm.getelementptr %in_B_im[%v620] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v622 = llvm.load %v621 : !llvm.ptr -> f32
                  %v623 = arith.muli %v35, %v204 : i64
                  %v624 = arith.muli %v611, %size_N : i64
                  %v625 = arith.addi %v623, %v624 : i64
                  %v626 = arith.addi %v625, %v33 : i64
                  %v627 = llvm.getelementptr %dy_sum1[%v626] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v628 = llvm.load %v627 : !llvm.ptr -> f32
                  %v629 = arith.mulf %v622, %v628 fastmath<contract> : f32
                  %v630 = arith.addf %v618, %v629 fastmath<contract> : f32
                  %v631 = arith.muli %v33, %v1 : i64
                  %v632 = arith.addi %v631, %v23 : i64
                  %v633 = llvm.getelementptr %in_B_re[%v632] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v634 = llvm.load %v633 : !llvm.ptr -> f32
                  %v635 = arith.muli %v35, %v204 : i64
                  %v636 = arith.muli %v611, %size_N : i64
                  %v637 = arith.addi %v635, %v636 : i64
                  %v638 = arith.addi %v637, %v33 : i64
                  %v639 = llvm.getelementptr %dy_sum0[%v638] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v640 = llvm.load %v639 : !llvm.ptr -> f32
                  %v641 = arith.mulf %v634, %v640 fastmath<contract> : f32
                  %v642 = arith.addf %v630, %v641 fastmath<contract> : f32
                  %v643 = arith.muli %v23, %v113 : i64
                  %v644 = arith.subi %v611, %v88 : i64
                  %v645 = arith.addi %v643, %v644 : i64
                  %v646 = llvm.getelementptr %v42[%v645] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v647 = llvm.load %v646 : !llvm.ptr -> f32
                  %v648 = arith.mulf %v647, %v640 fastmath<contract> : f32
                  %v649 = llvm.load %v37 : !llvm.ptr -> f32
                  %v650 = arith.addf %v649, %v648 fastmath<contract> : f32
                  llvm.store %v650, %v37 : f32, !llvm.ptr
                  %v651 = arith.mulf %v647, %v628 fastmath<contract> : f32
                  %v652 = llvm.load %v38 : !llvm.ptr -> f32
                  %v653 = arith.addf %v652, %v651 fastmath<contract> : f32
                  llvm.store %v653, %v38 : f32, !llvm.ptr
                  %v654 = arith.select %v27, %v642, %v46 : f32
                  // sum over the warp's outer points: shuffles
                  %v655, %v656 = gpu.shuffle xor %v654, %v237, %v136 : f32
                  %v657 = arith.addf %v654, %v655 fastmath<contract> : f32
                  %v658, %v659 = gpu.shuffle xor %v657, %v241, %v136 : f32
                  %v660 = arith.addf %v657, %v658 fastmath<contract> : f32
                  %v661, %v662 = gpu.shuffle xor %v660, %v245, %v136 : f32
                  %v663 = arith.addf %v660, %v661 fastmath<contract> : f32
                  %v664 = arith.divui %v16, %v249 : i64
                  %v665 = arith.remui %v16, %v249 : i64
                  %v666 = arith.cmpi ult, %v665, %v1 : i64
                  %v667 = arith.muli %v664, %v1 : i64
                  %v668 = arith.addi %v667, %v23 : i64
                  %v669 = arith.muli %v668, %v255 : i64
                  %v670 = arith.addi %v669, %v610 : i64
                  scf.if %v666 {
                    %v671 = llvm.getelementptr %v40[%v670] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v663, %v671 : f32, !llvm.ptr
                  }
                }
                %v672 = arith.cmpi slt, %v391, %v472 : i32
                %v673 = arith.cmpi eq, %v391, %v477 : i32
                %v674 = arith.addi %v161, %v56 : i64
                scf.if %v672 {
                  %v675 = arith.addi %v88, %v159 : i64
                  %v676 = arith.muli %v35, %v106 : i64
                  %v677 = arith.muli %v675, %v1 : i64
                  %v678 = arith.addi %v676, %v677 : i64
                  %v679 = arith.addi %v678, %v23 : i64
                  %v680 = llvm.getelementptr %dy_u_post[%v679] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v681 = llvm.load %v680 : !llvm.ptr -> f32
                  %v682 = arith.select %v45, %v681, %v46 : f32
                  %v683 = arith.muli %v33, %v1 : i64
                  %v684 = arith.addi %v683, %v23 : i64
                  %v685 = llvm.getelementptr %in_B_im[%v684] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v686 = llvm.load %v685 : !llvm.ptr -> f32
                  %v687 = arith.muli %v35, %v204 : i64
                  %v688 = arith.muli %v675, %size_N : i64
                  %v689 = arith.addi %v687, %v688 : i64
                  %v690 = arith.addi %v689, %v33 : i64
                  %v691 = llvm.getelementptr %dy_sum1[%v690] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v692 = llvm.load %v691 : !llvm.ptr -> f32
                  %v693 = arith.mulf %v686, %v692 fastmath<contract> : f32
                  %v694 = arith.addf %v682, %v693 fastmath<contract> : f32
                  %v695 = arith.muli %v33, %v1 : i64
                  %v696 = arith.addi %v695, %v23 : i64
                  %v697 = llvm.getelementptr %in_B_re[%v696] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v698 = llvm.load %v697 : !llvm.ptr -> f32
                  %v699 = arith.muli %v35, %v204 : i64
                  %v700 = arith.muli %v675, %size_N : i64
                  %v701 = arith.addi %v699, %v700 : i64
                  %v702 = arith.addi %v701, %v33 : i64
                  %v703 = llvm.getelementptr %dy_sum0[%v702] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v704 = llvm.load %v703 : !llvm.ptr -> f32
                  %v705 = arith.mulf %v698, %v704 fastmath<contract> : f32
                  %v706 = arith.addf %v694, %v705 fastmath<contract> : f32
                  %v707 = arith.muli %v23, %v113 : i64
                  %v708 = arith.subi %v675, %v88 : i64
                  %v709 = arith.addi %v707, %v708 : i64
                  %v710 = llvm.getelementptr %v42[%v709] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v711 = llvm.load %v710 : !llvm.ptr -> f32
                  %v712 = arith.mulf %v711, %v704 fastmath<contract> : f32
                  %v713 = llvm.load %v37 : !llvm.ptr -> f32
                  %v714 = arith.addf %v713, %v712 fastmath<contract> : f32
                  llvm.store %v714, %v37 : f32, !llvm.ptr
                  %v715 = arith.mulf %v711, %v692 fastmath<contract> : f32
                  %v716 = llvm.load %v38 : !llvm.ptr -> f32
                  %v717 = arith.addf %v716, %v715 fastmath<contract> : f32
                  llvm.store %v717, %v38 : f32, !llvm.ptr
                  %v718 = arith.select %v27, %v706, %v46 : f32
                  // sum over the warp's outer points: shuffles
                  %v719, %v720 = gpu.shuffle xor %v718, %v237, %v136 : f32
                  %v721 = arith.addf %v718, %v719 fastmath<contract> : f32
                  %v722, %v723 = gpu.shuffle xor %v721, %v241, %v136 : f32
                  %v724 = arith.addf %v721, %v722 fastmath<contract> : f32
                  %v725, %v726 = gpu.shuffle xor %v724, %v245, %v136 : f32
                  %v727 = arith.addf %v724, %v725 fastmath<contract> : f32
                  %v728 = arith.divui %v16, %v249 : i64
                  %v729 = arith.remui %v16, %v249 : i64
                  %v730 = arith.cmpi ult, %v729, %v1 : i64
                  %v731 = arith.muli %v728, %v1 : i64
                  %v732 = arith.addi %v731, %v23 : i64
                  %v733 = arith.muli %v732, %v255 : i64
                  %v734 = arith.addi %v733, %v674 : i64
                  scf.if %v730 {
                    %v735 = llvm.getelementptr %v40[%v734] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v727, %v735 : f32, !llvm.ptr
                  }
                }
              }
            }
          }
          gpu.barrier
          %v737 = arith.index_cast %v16 : i64 to index
          %v738 = arith.index_cast %v736 : i64 to index
          %v739 = arith.index_cast %v94 : i64 to index
          scf.for %v740 = %v737 to %v738 step %v739 {
            %v741 = arith.index_cast %v740 : index to i64
            %v744 = arith.remui %v741, %v249 : i64
            %v745 = arith.divui %v741, %v249 : i64
            %v746 = arith.muli %v148, %v141 : i64
            %v747 = arith.divui %v744, %v1 : i64
            %v748 = arith.addi %v746, %v747 : i64
            %v749 = arith.cmpi slt, %v748, %v92 : i64
            %v750 = arith.subi %v92, %v2 : i64
            %v751 = arith.subi %v750, %v748 : i64
            %v752 = arith.remui %v744, %v1 : i64
            %v753 = arith.subi %v56, %v752 : i64
            %v754 = arith.muli %v751, %v1 : i64
            %v755 = arith.addi %v754, %v753 : i64
            %v756 = arith.cmpi slt, %v755, %v90 : i64
            %v757 = arith.andi %v749, %v756 : i1
            scf.if %v757 {
              %v758 = arith.addi %v88, %v755 : i64
              %v759 = arith.remui %v741, %v249 : i64
              %v760 = arith.divui %v741, %v249 : i64
              %v761 = arith.muli %v760, %v255 : i64
              %v762 = arith.addi %v761, %v759 : i64
              %v763 = llvm.getelementptr %v40[%v762] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v764 = llvm.load %v763 : !llvm.ptr -> f32
              %v765 = arith.addi %v1, %v760 : i64
              %v766 = arith.muli %v765, %v255 : i64
              %v767 = arith.addi %v766, %v759 : i64
              %v768 = llvm.getelementptr %v40[%v767] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v769 = llvm.load %v768 : !llvm.ptr -> f32
              %v770 = arith.addf %v764, %v769 fastmath<contract> : f32
              %v771 = arith.addi %v141, %v760 : i64
              %v772 = arith.muli %v771, %v255 : i64
              %v773 = arith.addi %v772, %v759 : i64
              %v774 = llvm.getelementptr %v40[%v773] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v775 = llvm.load %v774 : !llvm.ptr -> f32
              %v776 = arith.addf %v770, %v775 fastmath<contract> : f32
              %v778 = arith.addi %v777, %v760 : i64
              %v779 = arith.muli %v778, %v255 : i64
              %v780 = arith.addi %v779, %v759 : i64
              %v781 = llvm.getelementptr %v40[%v780] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v782 = llvm.load %v781 : !llvm.ptr -> f32
              %v783 = arith.addf %v776, %v782 fastmath<contract> : f32
              %v785 = arith.addi %v784, %v760 : i64
              %v786 = arith.muli %v785, %v255 : i64
              %v787 = arith.addi %v786, %v759 : i64
              %v788 = llvm.getelementptr %v40[%v787] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v789 = llvm.load %v788 : !llvm.ptr -> f32
              %v790 = arith.addf %v783, %v789 fastmath<contract> : f32
              %v793 = arith.addi %v792, %v760 : i64
              %v794 = arith.muli %v793, %v255 : i64
              %v795 = arith.addi %v794, %v759 : i64
              %v796 = llvm.getelementptr %v40[%v795] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v797 = llvm.load %v796 : !llvm.ptr -> f32
              %v798 = arith.addf %v790, %v797 fastmath<contract> : f32
              %v801 = arith.addi %v800, %v760 : i64
              %v802 = arith.muli %v801, %v255 : i64
              %v803 = arith.addi %v802, %v759 : i64
              %v804 = llvm.getelementptr %v40[%v803] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v805 = llvm.load %v804 : !llvm.ptr -> f32
              %v806 = arith.addf %v798, %v805 fastmath<contract> : f32
              %v808 = arith.addi %v807, %v760 : i64
              %v809 = arith.muli %v808, %v255 : i64
              %v810 = arith.addi %v809, %v759 : i64
              %v811 = llvm.getelementptr %v40[%v810] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v812 = llvm.load %v811 : !llvm.ptr -> f32
              %v813 = arith.addf %v806, %v812 fastmath<contract> : f32
              %v814 = arith.subi %v758, %slice_first : i64
              %v815 = arith.remui %v745, %v1 : i64
              %v816 = arith.divui %v745, %v1 : i64
              %v818 = arith.muli %v35, %v817 : i64
              %v819 = arith.muli %v814, %v1 : i64
              %v820 = arith.addi %v818, %v819 : i64
              %v821 = arith.addi %v820, %v815 : i64
              %v822 = arith.muli %v22, %v743 : i64
              %v823 = arith.addi %v822, %v821 : i64
              %v824 = llvm.getelementptr %part_u[%v823] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v813, %v824 : f32, !llvm.ptr
            }
          }
          gpu.barrier
        }
      }
      scf.if %v11 {
      }
      scf.if %v11 {
        scf.if %v27 {
          %v825 = llvm.load %v37 : !llvm.ptr -> f32
          %v826 = arith.muli %v29, %v1 : i64
          %v827 = arith.addi %v826, %v23 : i64
          %v828 = llvm.getelementptr %part_B_re[%v827] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v825, %v828 : f32, !llvm.ptr
        }
        scf.if %v27 {
          %v829 = llvm.load %v38 : !llvm.ptr -> f32
          %v830 = arith.muli %v29, %v1 : i64
          %v831 = arith.addi %v830, %v23 : i64
          %v832 = llvm.getelementptr %part_B_im[%v831] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v829, %v832 : f32, !llvm.ptr
        }
      } else {
        scf.if %v27 {
          %v833 = arith.muli %v29, %v1 : i64
          %v834 = arith.addi %v833, %v23 : i64
          %v835 = arith.muli %v3, %v1 : i64
          %v836 = llvm.load %v37 : !llvm.ptr -> f32
          %v837 = llvm.getelementptr %slice_carry[%v834] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v836, %v837 : f32, !llvm.ptr
          %v838 = arith.addi %v835, %v834 : i64
          %v839 = llvm.load %v38 : !llvm.ptr -> f32
          %v840 = llvm.getelementptr %slice_carry[%v838] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v839, %v840 : f32, !llvm.ptr
        }
      }
      gpu.return
    }
  }
}
