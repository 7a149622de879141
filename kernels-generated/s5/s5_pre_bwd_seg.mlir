module attributes {gpu.container_module} {
  gpu.module @linrec {
    llvm.mlir.global internal @tile_s5_pre_bwd_seg_u() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<1056 x f32>
    llvm.mlir.global internal @rows_s5_pre_bwd_seg_u() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<260 x f32>
    gpu.func @s5_pre_bwd_seg(%in_u: !llvm.ptr, %in_B_re: !llvm.ptr, %in_B_im: !llvm.ptr, %dy_bu_re: !llvm.ptr, %dy_bu_im: !llvm.ptr, %dy_u_post: !llvm.ptr, %part_u: !llvm.ptr, %part_B_re: !llvm.ptr, %part_B_im: !llvm.ptr, %size_B: i64, %size_L: i64, %size_M: i64, %size_N: i64) kernel attributes {nvvm.maxntid = array<i32: 256, 1, 1>, nvvm.minctasm = 2 : i32} {
      %v1 = arith.constant 4 : i64
      %v2 = arith.constant 1 : i64
      %v3 = arith.muli %size_B, %size_N : i64
      %v4 = arith.constant 255 : i64
      %v5 = arith.addi %size_L, %v4 : i64
      %v6 = arith.constant 256 : i64
      %v7 = arith.divui %v5, %v6 : i64
      %v12 = arith.constant 64 : i64
      %v13 = arith.constant 63 : i64
      %v41 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v42 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v43 = llvm.mlir.addressof @tile_s5_pre_bwd_seg_u : !llvm.ptr<3>
      %v44 = llvm.addrspacecast %v43 : !llvm.ptr<3> to !llvm.ptr
      %v45 = llvm.mlir.addressof @rows_s5_pre_bwd_seg_u : !llvm.ptr<3>
      %v46 = llvm.addrspacecast %v45 : !llvm.ptr<3> to !llvm.ptr
      %v47 = arith.constant 0 : i64
      %v51 = arith.constant 0x00000000 : f32
      %v53 = arith.constant 3 : i64
      %v76 = arith.constant 16 : i64
      %v104 = arith.muli %v1, %size_L : i64
      %v111 = arith.constant 65 : i64
      %v135 = arith.constant 32 : i32
      %v139 = arith.constant 7 : i64
      %v140 = arith.constant 8 : i64
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
      %v742 = arith.muli %size_B, %size_L : i64
      %v743 = arith.muli %v742, %v1 : i64
      %v777 = arith.constant 12 : i64
      %v790 = arith.constant 5 : i64
      %v791 = arith.constant 20 : i64
      %v798 = arith.constant 6 : i64
      %v799 = arith.constant 24 : i64
      %v806 = arith.constant 28 : i64
      %v8 = gpu.block_id x
      %v9 = gpu.thread_id x
      %v10 = arith.index_cast %v9 : index to i64
      %v11 = arith.index_cast %v8 : index to i64
      %v14 = arith.addi %size_N, %v13 : i64
      %v15 = arith.divui %v14, %v12 : i64
      %v16 = arith.maxsi %v15, %v2 : i64
      %v17 = arith.maxsi %size_N, %v2 : i64
      %v18 = arith.divui %v3, %v17 : i64
      %v19 = arith.muli %v18, %v16 : i64
      %v20 = arith.divui %v11, %v19 : i64
      %v21 = arith.remui %v11, %v19 : i64
      %v22 = arith.divui %v21, %v16 : i64
      %v23 = arith.remui %v21, %v16 : i64
      %v24 = arith.remui %v10, %v1 : i64
      %v25 = arith.divui %v10, %v1 : i64
      %v26 = arith.muli %v23, %v12 : i64
      %v27 = arith.addi %v26, %v25 : i64
      %v28 = arith.cmpi slt, %v27, %size_N : i64
      %v29 = arith.muli %v22, %size_N : i64
      %v30 = arith.addi %v29, %v27 : i64
      %v31 = arith.subi %size_N, %v2 : i64
      %v32 = arith.minsi %v27, %v31 : i64
      %v33 = arith.addi %v29, %v32 : i64
      %v34 = arith.remui %v33, %size_N : i64
      %v35 = arith.divui %v33, %size_N : i64
      %v36 = arith.remui %v35, %size_B : i64
      %v37 = arith.divui %v35, %size_B : i64
      %v56 = arith.trunci %v10 : i64 to i32
      %v57 = arith.constant 28 : i32
      %v58 = arith.andi %v56, %v57 : i32
      %v59 = arith.constant 0 : i32
      %v60 = arith.ori %v58, %v59 : i32
      %v61 = arith.constant 0 : i64
      %v62 = arith.cmpi eq, %v24, %v61 : i64
      %v63 = arith.constant 1 : i32
      %v64 = arith.ori %v58, %v63 : i32
      %v65 = arith.constant 1 : i64
      %v66 = arith.cmpi eq, %v24, %v65 : i64
      %v67 = arith.constant 2 : i32
      %v68 = arith.ori %v58, %v67 : i32
      %v69 = arith.constant 2 : i64
      %v70 = arith.cmpi eq, %v24, %v69 : i64
      %v71 = arith.constant 3 : i32
      %v72 = arith.ori %v58, %v71 : i32
      %v73 = arith.constant 3 : i64
      %v74 = arith.cmpi eq, %v24, %v73 : i64
      %v38 = arith.muli %v20, %v1 : i64
      %v39 = arith.addi %v38, %v1 : i64
      %v40 = arith.muli %v20, %v3 : i64
      %v48 = arith.constant true
      %v49 = arith.cmpi eq, %v34, %v47 : i64
      %v50 = arith.andi %v48, %v49 : i1
      llvm.store %v51, %v41 : f32, !llvm.ptr
      llvm.store %v51, %v42 : f32, !llvm.ptr
      %v52 = arith.cmpi eq, %size_L, %v47 : i64
      scf.if %v52 {
      }
      %v54 = arith.addi %size_L, %v13 : i64
      %v55 = arith.divui %v54, %v12 : i64
      %v75 = arith.minsi %v39, %v55 : i64
      %v77 = arith.muli %v20, %v76 : i64
      %v78 = arith.subi %v75, %v38 : i64
      %v79 = arith.maxsi %v78, %v47 : i64
      %v80 = arith.index_cast %v47 : i64 to index
      %v81 = arith.index_cast %v79 : i64 to index
      %v82 = arith.index_cast %v2 : i64 to index
      scf.for %v83 = %v80 to %v81 step %v82 {
        %v84 = arith.index_cast %v83 : index to i64
        %v85 = arith.subi %v75, %v2 : i64
        %v86 = arith.subi %v85, %v84 : i64
        %v87 = arith.muli %v86, %v12 : i64
        %v88 = arith.subi %size_L, %v87 : i64
        %v89 = arith.minsi %v88, %v12 : i64
        %v90 = arith.addi %v89, %v53 : i64
        %v91 = arith.divui %v90, %v1 : i64
        // the block's shared input rows for this stretch
        gpu.barrier
        %v92 = arith.subi %size_L, %v2 : i64
        %v93 = arith.index_cast %v10 : i64 to index
        %v94 = arith.index_cast %v6 : i64 to index
        %v95 = arith.index_cast %v6 : i64 to index
        scf.for %v96 = %v93 to %v94 step %v95 {
          %v97 = arith.index_cast %v96 : index to i64
          %v98 = arith.remui %v97, %v12 : i64
          %v99 = arith.divui %v97, %v12 : i64
          %v100 = arith.addi %v87, %v98 : i64
          %v101 = arith.minsi %v100, %v92 : i64
          %v102 = arith.remui %v99, %v1 : i64
          %v103 = arith.divui %v99, %v1 : i64
          %v105 = arith.muli %v36, %v104 : i64
          %v106 = arith.muli %v101, %v1 : i64
          %v107 = arith.addi %v105, %v106 : i64
          %v108 = arith.addi %v107, %v102 : i64
          %v109 = llvm.getelementptr %in_u[%v108] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v110 = llvm.load %v109 : !llvm.ptr -> f32
          %v112 = arith.muli %v99, %v111 : i64
          %v113 = arith.addi %v112, %v98 : i64
          %v114 = llvm.getelementptr %v46[%v113] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v110, %v114 : f32, !llvm.ptr
        }
        gpu.barrier
        %v115 = arith.subi %v89, %v2 : i64
        // the state entering each group of the stretch
        %v116 = arith.index_cast %v47 : i64 to index
        %v117 = arith.index_cast %v91 : i64 to index
        %v118 = arith.index_cast %v2 : i64 to index
        scf.for %v119 = %v116 to %v117 step %v118 {
          %v120 = arith.index_cast %v119 : index to i64
          %v121 = arith.addi %v77, %v120 : i64
          scf.if %v28 {
          }
          %v122 = arith.muli %v120, %v1 : i64
          %v123 = arith.addi %v122, %v24 : i64
          %v124 = arith.minsi %v123, %v115 : i64
          %v125 = arith.addi %v87, %v124 : i64
          %v126 = arith.subi %v89, %v122 : i64
          %v127 = arith.trunci %v126 : i64 to i32
          %v128 = arith.index_cast %v47 : i64 to index
          %v129 = arith.index_cast %v1 : i64 to index
          %v130 = arith.index_cast %v2 : i64 to index
          scf.for %v131 = %v128 to %v129 step %v130 {
            %v132 = arith.index_cast %v131 : index to i64
            %v133 = arith.trunci %v132 : i64 to i32
            %v134 = arith.ori %v60, %v133 : i32
            %v136 = arith.addi %v122, %v132 : i64
            %v137 = arith.cmpi slt, %v133, %v127 : i32
            scf.if %v137 {
              %v138 = arith.addi %v87, %v136 : i64
            }
          }
        }
        %v141 = arith.addi %v91, %v139 : i64
        %v142 = arith.divui %v141, %v140 : i64
        %v143 = arith.index_cast %v47 : i64 to index
        %v144 = arith.index_cast %v142 : i64 to index
        %v145 = arith.index_cast %v2 : i64 to index
        scf.for %v146 = %v143 to %v144 step %v145 {
          %v147 = arith.index_cast %v146 : index to i64
          %v148 = arith.muli %v147, %v140 : i64
          %v149 = arith.addi %v148, %v140 : i64
          %v150 = arith.index_cast %v148 : i64 to index
          %v151 = arith.index_cast %v149 : i64 to index
          %v152 = arith.index_cast %v2 : i64 to index
          scf.for %v153 = %v150 to %v151 step %v152 {
            %v154 = arith.index_cast %v153 : index to i64
            %v155 = arith.cmpi slt, %v154, %v91 : i64
            scf.if %v155 {
              %v156 = arith.subi %v91, %v2 : i64
              %v157 = arith.subi %v156, %v154 : i64
              %v158 = arith.muli %v157, %v1 : i64
              %v159 = arith.remui %v154, %v140 : i64
              %v160 = arith.muli %v159, %v1 : i64
              %v161 = arith.addi %v77, %v157 : i64
              %v162 = arith.addi %v158, %v1 : i64
              %v163 = arith.cmpi sle, %v162, %v89 : i64
              scf.if %v163 {
                %v164 = arith.subi %v89, %v2 : i64
                %v165 = arith.addi %v158, %v24 : i64
                %v166 = arith.minsi %v165, %v164 : i64
                %v167 = arith.addi %v87, %v166 : i64
                // the group's states, recomputed into registers
                %v168 = arith.minsi %v158, %v164 : i64
                %v169 = arith.addi %v87, %v168 : i64
                %v170 = arith.addi %v158, %v2 : i64
                %v171 = arith.minsi %v170, %v164 : i64
                %v172 = arith.addi %v87, %v171 : i64
                %v174 = arith.addi %v158, %v173 : i64
                %v175 = arith.minsi %v174, %v164 : i64
                %v176 = arith.addi %v87, %v175 : i64
                %v177 = arith.addi %v158, %v53 : i64
                %v178 = arith.minsi %v177, %v164 : i64
                %v179 = arith.addi %v87, %v178 : i64
                %v180 = arith.subi %v89, %v158 : i64
                %v181 = arith.trunci %v180 : i64 to i32
                %v182 = arith.subi %size_L, %v2 : i64
                %v183 = arith.addi %v87, %v158 : i64
                %v184 = arith.subi %v182, %v183 : i64
                %v186 = arith.minsi %v184, %v185 : i64
                %v187 = arith.trunci %v186 : i64 to i32
                %v188 = arith.addi %v158, %v53 : i64
                %v190 = arith.cmpi slt, %v189, %v181 : i32
                %v191 = arith.cmpi eq, %v189, %v187 : i32
                %v192 = arith.addi %v87, %v188 : i64
                scf.if %v191 {
                }
                %v193 = arith.muli %v36, %v104 : i64
                %v194 = arith.muli %v192, %v1 : i64
                %v195 = arith.addi %v193, %v194 : i64
                %v196 = arith.addi %v195, %v24 : i64
                %v197 = llvm.getelementptr %dy_u_post[%v196] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v198 = llvm.load %v197 : !llvm.ptr -> f32
                %v199 = arith.select %v50, %v198, %v51 : f32
                %v200 = arith.muli %v34, %v1 : i64
                %v201 = arith.addi %v200, %v24 : i64
                %v202 = llvm.getelementptr %in_B_im[%v201] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v203 = llvm.load %v202 : !llvm.ptr -> f32
                %v205 = arith.muli %v36, %v204 : i64
                %v206 = arith.muli %v192, %size_N : i64
                %v207 = arith.addi %v205, %v206 : i64
                %v208 = arith.addi %v207, %v34 : i64
                %v209 = llvm.getelementptr %dy_bu_im[%v208] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v210 = llvm.load %v209 : !llvm.ptr -> f32
                %v211 = arith.mulf %v203, %v210 fastmath<contract> : f32
                %v212 = arith.addf %v199, %v211 fastmath<contract> : f32
                %v213 = arith.muli %v34, %v1 : i64
                %v214 = arith.addi %v213, %v24 : i64
                %v215 = llvm.getelementptr %in_B_re[%v214] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v216 = llvm.load %v215 : !llvm.ptr -> f32
                %v217 = arith.muli %v36, %v204 : i64
                %v218 = arith.muli %v192, %size_N : i64
                %v219 = arith.addi %v217, %v218 : i64
                %v220 = arith.addi %v219, %v34 : i64
                %v221 = llvm.getelementptr %dy_bu_re[%v220] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v222 = llvm.load %v221 : !llvm.ptr -> f32
                %v223 = arith.mulf %v216, %v222 fastmath<contract> : f32
                %v224 = arith.addf %v212, %v223 fastmath<contract> : f32
                %v225 = arith.muli %v24, %v111 : i64
                %v226 = arith.subi %v192, %v87 : i64
                %v227 = arith.addi %v225, %v226 : i64
                %v228 = llvm.getelementptr %v46[%v227] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v229 = llvm.load %v228 : !llvm.ptr -> f32
                %v230 = arith.mulf %v229, %v222 fastmath<contract> : f32
                %v231 = llvm.load %v41 : !llvm.ptr -> f32
                %v232 = arith.addf %v231, %v230 fastmath<contract> : f32
                llvm.store %v232, %v41 : f32, !llvm.ptr
                %v233 = arith.mulf %v229, %v210 fastmath<contract> : f32
                %v234 = llvm.load %v42 : !llvm.ptr -> f32
                %v235 = arith.addf %v234, %v233 fastmath<contract> : f32
                llvm.store %v235, %v42 : f32, !llvm.ptr
                %v236 = arith.select %v28, %v224, %v51 : f32
                // sum over the warp's outer points: shuffles
                %v238, %v239 = gpu.shuffle xor %v236, %v237, %v135 : f32
                %v240 = arith.addf %v236, %v238 fastmath<contract> : f32
                %v242, %v243 = gpu.shuffle xor %v240, %v241, %v135 : f32
                %v244 = arith.addf %v240, %v242 fastmath<contract> : f32
                %v246, %v247 = gpu.shuffle xor %v244, %v245, %v135 : f32
                %v248 = arith.addf %v244, %v246 fastmath<contract> : f32
                %v250 = arith.divui %v10, %v249 : i64
                %v251 = arith.remui %v10, %v249 : i64
                %v252 = arith.cmpi ult, %v251, %v1 : i64
                %v253 = arith.muli %v250, %v1 : i64
                %v254 = arith.addi %v253, %v24 : i64
                %v256 = arith.muli %v254, %v255 : i64
                %v257 = arith.addi %v256, %v160 : i64
                scf.if %v252 {
                  %v258 = llvm.getelementptr %v44[%v257] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v248, %v258 : f32, !llvm.ptr
                }
                %v259 = arith.addi %v158, %v173 : i64
                %v261 = arith.cmpi slt, %v260, %v181 : i32
                %v262 = arith.cmpi eq, %v260, %v187 : i32
                %v263 = arith.addi %v160, %v2 : i64
                %v264 = arith.addi %v87, %v259 : i64
                scf.if %v262 {
                }
                %v265 = arith.muli %v36, %v104 : i64
                %v266 = arith.muli %v264, %v1 : i64
                %v267 = arith.addi %v265, %v266 : i64
                %v268 = arith.addi %v267, %v24 : i64
                %v269 = llvm.getelementptr %dy_u_post[%v268] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v270 = llvm.load %v269 : !llvm.ptr -> f32
                %v271 = arith.select %v50, %v270, %v51 : f32
                %v272 = arith.muli %v34, %v1 : i64
                %v273 = arith.addi %v272, %v24 : i64
                %v274 = llvm.getelementptr %in_B_im[%v273] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v275 = llvm.load %v274 : !llvm.ptr -> f32
                %v276 = arith.muli %v36, %v204 : i64
                %v277 = arith.muli %v264, %size_N : i64
                %v278 = arith.addi %v276, %v277 : i64
                %v279 = arith.addi %v278, %v34 : i64
                %v280 = llvm.getelementptr %dy_bu_im[%v279] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v281 = llvm.load %v280 : !llvm.ptr -> f32
                %v282 = arith.mulf %v275, %v281 fastmath<contract> : f32
                %v283 = arith.addf %v271, %v282 fastmath<contract> : f32
                %v284 = arith.muli %v34, %v1 : i64
                %v285 = arith.addi %v284, %v24 : i64
                %v286 = llvm.getelementptr %in_B_re[%v285] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v287 = llvm.load %v286 : !llvm.ptr -> f32
                %v288 = arith.muli %v36, %v204 : i64
                %v289 = arith.muli %v264, %size_N : i64
                %v290 = arith.addi %v288, %v289 : i64
                %v291 = arith.addi %v290, %v34 : i64
                %v292 = llvm.getelementptr %dy_bu_re[%v291] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v293 = llvm.load %v292 : !llvm.ptr -> f32
                %v294 = arith.mulf %v287, %v293 fastmath<contract> : f32
                %v295 = arith.addf %v283, %v294 fastmath<contract> : f32
                %v296 = arith.muli %v24, %v111 : i64
                %v297 = arith.subi %v264, %v87 : i64
                %v298 = arith.addi %v296, %v297 : i64
                %v299 = llvm.getelementptr %v46[%v298] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v300 = llvm.load %v299 : !llvm.ptr -> f32
                %v301 = arith.mulf %v300, %v293 fastmath<contract> : f32
                %v302 = llvm.load %v41 : !llvm.ptr -> f32
                %v303 = arith.addf %v302, %v301 fastmath<contract> : f32
                llvm.store %v303, %v41 : f32, !llvm.ptr
                %v304 = arith.mulf %v300, %v281 fastmath<contract> : f32
                %v305 = llvm.load %v42 : !llvm.ptr -> f32
                %v306 = arith.addf %v305, %v304 fastmath<contract> : f32
                llvm.store %v306, %v42 : f32, !llvm.ptr
                %v307 = arith.select %v28, %v295, %v51 : f32
                // sum over the warp's outer points: shuffles
                %v308, %v309 = gpu.shuffle xor %v307, %v237, %v135 : f32
                %v310 = arith.addf %v307, %v308 fastmath<contract> : f32
                %v311, %v312 = gpu.shuffle xor %v310, %v241, %v135 : f32
                %v313 = arith.addf %v310, %v311 fastmath<contract> : f32
                %v314, %v315 = gpu.shuffle xor %v313, %v245, %v135 : f32
                %v316 = arith.addf %v313, %v314 fastmath<contract> : f32
                %v317 = arith.divui %v10, %v249 : i64
                %v318 = arith.remui %v10, %v249 : i64
                %v319 = arith.cmpi ult, %v318, %v1 : i64
                %v320 = arith.muli %v317, %v1 : i64
                %v321 = arith.addi %v320, %v24 : i64
                %v322 = arith.muli %v321, %v255 : i64
                %v323 = arith.addi %v322, %v263 : i64
                scf.if %v319 {
                  %v324 = llvm.getelementptr %v44[%v323] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v316, %v324 : f32, !llvm.ptr
                }
                %v325 = arith.addi %v158, %v2 : i64
                %v327 = arith.cmpi slt, %v326, %v181 : i32
                %v328 = arith.cmpi eq, %v326, %v187 : i32
                %v329 = arith.addi %v160, %v173 : i64
                %v330 = arith.addi %v87, %v325 : i64
                scf.if %v328 {
                }
                %v331 = arith.muli %v36, %v104 : i64
                %v332 = arith.muli %v330, %v1 : i64
                %v333 = arith.addi %v331, %v332 : i64
                %v334 = arith.addi %v333, %v24 : i64
                %v335 = llvm.getelementptr %dy_u_post[%v334] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v336 = llvm.load %v335 : !llvm.ptr -> f32
                %v337 = arith.select %v50, %v336, %v51 : f32
                %v338 = arith.muli %v34, %v1 : i64
                %v339 = arith.addi %v338, %v24 : i64
                %v340 = llvm.getelementptr %in_B_im[%v339] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v341 = llvm.load %v340 : !llvm.ptr -> f32
                %v342 = arith.muli %v36, %v204 : i64
                %v343 = arith.muli %v330, %size_N : i64
                %v344 = arith.addi %v342, %v343 : i64
                %v345 = arith.addi %v344, %v34 : i64
                %v346 = llvm.getelementptr %dy_bu_im[%v345] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v347 = llvm.load %v346 : !llvm.ptr -> f32
                %v348 = arith.mulf %v341, %v347 fastmath<contract> : f32
                %v349 = arith.addf %v337, %v348 fastmath<contract> : f32
                %v350 = arith.muli %v34, %v1 : i64
                %v351 = arith.addi %v350, %v24 : i64
                %v352 = llvm.getelementptr %in_B_re[%v351] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v353 = llvm.load %v352 : !llvm.ptr -> f32
                %v354 = arith.muli %v36, %v204 : i64
                %v355 = arith.muli %v330, %size_N : i64
                %v356 = arith.addi %v354, %v355 : i64
                %v357 = arith.addi %v356, %v34 : i64
                %v358 = llvm.getelementptr %dy_bu_re[%v357] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v359 = llvm.load %v358 : !llvm.ptr -> f32
                %v360 = arith.mulf %v353, %v359 fastmath<contract> : f32
                %v361 = arith.addf %v349, %v360 fastmath<contract> : f32
                %v362 = arith.muli %v24, %v111 : i64
                %v363 = arith.subi %v330, %v87 : i64
                %v364 = arith.addi %v362, %v363 : i64
                %v365 = llvm.getelementptr %v46[%v364] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v366 = llvm.load %v365 : !llvm.ptr -> f32
                %v367 = arith.mulf %v366, %v359 fastmath<contract> : f32
                %v368 = llvm.load %v41 : !llvm.ptr -> f32
                %v369 = arith.addf %v368, %v367 fastmath<contract> : f32
                llvm.store %v369, %v41 : f32, !llvm.ptr
                %v370 = arith.mulf %v366, %v347 fastmath<contract> : f32
                %v371 = llvm.load %v42 : !llvm.ptr -> f32
                %v372 = arith.addf %v371, %v370 fastmath<contract> : f32
                llvm.store %v372, %v42 : f32, !llvm.ptr
                %v373 = arith.select %v28, %v361, %v51 : f32
                // sum over the warp's outer points: shuffles
                %v374, %v375 = gpu.shuffle xor %v373, %v237, %v135 : f32
                %v376 = arith.addf %v373, %v374 fastmath<contract> : f32
                %v377, %v378 = gpu.shuffle xor %v376, %v241, %v135 : f32
                %v379 = arith.addf %v376, %v377 fastmath<contract> : f32
                %v380, %v381 = gpu.shuffle xor %v379, %v245, %v135 : f32
                %v382 = arith.addf %v379, %v380 fastmath<contract> : f32
                %v383 = arith.divui %v10, %v249 : i64
                %v384 = arith.remui %v10, %v249 : i64
                %v385 = arith.cmpi ult, %v384, %v1 : i64
                %v386 = arith.muli %v383, %v1 : i64
                %v387 = arith.addi %v386, %v24 : i64
                %v388 = arith.muli %v387, %v255 : i64
                %v389 = arith.addi %v388, %v329 : i64
                scf.if %v385 {
                  %v390 = llvm.getelementptr %v44[%v389] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v382, %v390 : f32, !llvm.ptr
                }
                %v392 = arith.cmpi slt, %v391, %v181 : i32
                %v393 = arith.cmpi eq, %v391, %v187 : i32
                %v394 = arith.addi %v160, %v53 : i64
                %v395 = arith.addi %v87, %v158 : i64
                scf.if %v393 {
                }
                %v396 = arith.muli %v36, %v104 : i64
                %v397 = arith.muli %v395, %v1 : i64
                %v398 = arith.addi %v396, %v397 : i64
                %v399 = arith.addi %v398, %v24 : i64
                %v400 = llvm.getelementptr %dy_u_post[%v399] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v401 = llvm.load %v400 : !llvm.ptr -> f32
                %v402 = arith.select %v50, %v401, %v51 : f32
                %v403 = arith.muli %v34, %v1 : i64
                %v404 = arith.addi %v403, %v24 : i64
                %v405 = llvm.getelementptr %in_B_im[%v404] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v406 = llvm.load %v405 : !llvm.ptr -> f32
                %v407 = arith.muli %v36, %v204 : i64
                %v408 = arith.muli %v395, %size_N : i64
                %v409 = arith.addi %v407, %v408 : i64
                %v410 = arith.addi %v409, %v34 : i64
                %v411 = llvm.getelementptr %dy_bu_im[%v410] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v412 = llvm.load %v411 : !llvm.ptr -> f32
                %v413 = arith.mulf %v406, %v412 fastmath<contract> : f32
                %v414 = arith.addf %v402, %v413 fastmath<contract> : f32
                %v415 = arith.muli %v34, %v1 : i64
                %v416 = arith.addi %v415, %v24 : i64
                %v417 = llvm.getelementptr %in_B_re[%v416] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v418 = llvm.load %v417 : !llvm.ptr -> f32
                %v419 = arith.muli %v36, %v204 : i64
                %v420 = arith.muli %v395, %size_N : i64
                %v421 = arith.addi %v419, %v420 : i64
                %v422 = arith.addi %v421, %v34 : i64
                %v423 = llvm.getelementptr %dy_bu_re[%v422] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v424 = llvm.load %v423 : !llvm.ptr -> f32
                %v425 = arith.mulf %v418, %v424 fastmath<contract> : f32
                %v426 = arith.addf %v414, %v425 fastmath<contract> : f32
                %v427 = arith.muli %v24, %v111 : i64
                %v428 = arith.subi %v395, %v87 : i64
                %v429 = arith.addi %v427, %v428 : i64
                %v430 = llvm.getelementptr %v46[%v429] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v431 = llvm.load %v430 : !llvm.ptr -> f32
                %v432 = arith.mulf %v431, %v424 fastmath<contract> : f32
                %v433 = llvm.load %v41 : !llvm.ptr -> f32
                %v434 = arith.addf %v433, %v432 fastmath<contract> : f32
                llvm.store %v434, %v41 : f32, !llvm.ptr
                %v435 = arith.mulf %v431, %v412 fastmath<contract> : f32
                %v436 = llvm.load %v42 : !llvm.ptr -> f32
                %v437 = arith.addf %v436, %v435 fastmath<contract> : f32
                llvm.store %v437, %v42 : f32, !llvm.ptr
                %v438 = arith.select %v28, %v426, %v51 : f32
                // sum over the warp's outer points: shuffles
                %v439, %v440 = gpu.shuffle xor %v438, %v237, %v135 : f32
                %v441 = arith.addf %v438, %v439 fastmath<contract> : f32
                %v442, %v443 = gpu.shuffle xor %v441, %v241, %v135 : f32
                %v444 = arith.addf %v441, %v442 fastmath<contract> : f32
                %v445, %v446 = gpu.shuffle xor %v444, %v245, %v135 : f32
                %v447 = arith.addf %v444, %v445 fastmath<contract> : f32
                %v448 = arith.divui %v10, %v249 : i64
                %v449 = arith.remui %v10, %v249 : i64
                %v450 = arith.cmpi ult, %v449, %v1 : i64
                %v451 = arith.muli %v448, %v1 : i64
                %v452 = arith.addi %v451, %v24 : i64
                %v453 = arith.muli %v452, %v255 : i64
                %v454 = arith.addi %v453, %v394 : i64
                scf.if %v450 {
                  %v455 = llvm.getelementptr %v44[%v454] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v447, %v455 : f32, !llvm.ptr
                }
              } else {
                %v456 = arith.subi %v89, %v2 : i64
                %v457 = arith.addi %v158, %v24 : i64
                %v458 = arith.minsi %v457, %v456 : i64
                %v459 = arith.addi %v87, %v458 : i64
                // the group's states, recomputed into registers
                %v460 = arith.minsi %v158, %v456 : i64
                %v461 = arith.addi %v87, %v460 : i64
                %v462 = arith.addi %v158, %v2 : i64
                %v463 = arith.minsi %v462, %v456 : i64
                %v464 = arith.addi %v87, %v463 : i64
                %v465 = arith.addi %v158, %v173 : i64
                %v466 = arith.minsi %v465, %v456 : i64
                %v467 = arith.addi %v87, %v466 : i64
                %v468 = arith.addi %v158, %v53 : i64
                %v469 = arith.minsi %v468, %v456 : i64
                %v470 = arith.addi %v87, %v469 : i64
                %v471 = arith.subi %v89, %v158 : i64
                %v472 = arith.trunci %v471 : i64 to i32
                %v473 = arith.subi %size_L, %v2 : i64
                %v474 = arith.addi %v87, %v158 : i64
                %v475 = arith.subi %v473, %v474 : i64
                %v476 = arith.minsi %v475, %v185 : i64
                %v477 = arith.trunci %v476 : i64 to i32
                %v478 = arith.addi %v158, %v53 : i64
                %v479 = arith.cmpi slt, %v189, %v472 : i32
                %v480 = arith.cmpi eq, %v189, %v477 : i32
                scf.if %v479 {
                  %v481 = arith.addi %v87, %v478 : i64
                  scf.if %v480 {
                  }
                  %v482 = arith.muli %v36, %v104 : i64
                  %v483 = arith.muli %v481, %v1 : i64
                  %v484 = arith.addi %v482, %v483 : i64
                  %v485 = arith.addi %v484, %v24 : i64
                  %v486 = llvm.getelementptr %dy_u_post[%v485] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v487 = llvm.load %v486 : !llvm.ptr -> f32
                  %v488 = arith.select %v50, %v487, %v51 : f32
                  %v489 = arith.muli %v34, %v1 : i64
                  %v490 = arith.addi %v489, %v24 : i64
                  %v491 = llvm.getelementptr %in_B_im[%v490] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v492 = llvm.load %v491 : !llvm.ptr -> f32
                  %v493 = arith.muli %v36, %v204 : i64
                  %v494 = arith.muli %v481, %size_N : i64
                  %v495 = arith.addi %v493, %v494 : i64
                  %v496 = arith.addi %v495, %v34 : i64
                  %v497 = llvm.getelementptr %dy_bu_im[%v496] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v498 = llvm.load %v497 : !llvm.ptr -> f32
                  %v499 = arith.mulf %v492, %v498 fastmath<contract> : f32
                  %v500 = arith.addf %v488, %v499 fastmath<contract> : f32
                  %v501 = arith.muli %v34, %v1 : i64
                  %v502 = arith.addi %v501, %v24 : i64
                  %v503 = llvm.getelementptr %in_B_re[%v502] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v504 = llvm.load %v503 : !llvm.ptr -> f32
                  %v505 = arith.muli %v36, %v204 : i64
                  %v506 = arith.muli %v481, %size_N : i64
                  %v507 = arith.addi %v505, %v506 : i64
                  %v508 = arith.addi %v507, %v34 : i64
                  %v509 = llvm.getelementptr %dy_bu_re[%v508] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v510 = llvm.load %v509 : !llvm.ptr -> f32
                  %v511 = arith.mulf %v504, %v510 fastmath<contract> : f32
                  %v512 = arith.addf %v500, %v511 fastmath<contract> : f32
                  %v513 = arith.muli %v24, %v111 : i64
                  %v514 = arith.subi %v481, %v87 : i64
                  %v515 = arith.addi %v513, %v514 : i64
                  %v516 = llvm.getelementptr %v46[%v515] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v517 = llvm.load %v516 : !llvm.ptr -> f32
                  %v518 = arith.mulf %v517, %v510 fastmath<contract> : f32
                  %v519 = llvm.load %v41 : !llvm.ptr -> f32
                  %v520 = arith.addf %v519, %v518 fastmath<contract> : f32
                  llvm.store %v520, %v41 : f32, !llvm.ptr
                  %v521 = arith.mulf %v517, %v498 fastmath<contract> : f32
                  %v522 = llvm.load %v42 : !llvm.ptr -> f32
                  %v523 = arith.addf %v522, %v521 fastmath<contract> : f32
                  llvm.store %v523, %v42 : f32, !llvm.ptr
                  %v524 = arith.select %v28, %v512, %v51 : f32
                  // sum over the warp's outer points: shuffles
                  %v525, %v526 = gpu.shuffle xor %v524, %v237, %v135 : f32
                  %v527 = arith.addf %v524, %v525 fastmath<contract> : f32
                  %v528, %v529 = gpu.shuffle xor %v527, %v241, %v135 : f32
                  %v530 = arith.addf %v527, %v528 fastmath<contract> : f32
                  %v531, %v532 = gpu.shuffle xor %v530, %v245, %v135 : f32
                  %v533 = arith.addf %v530, %v531 fastmath<contract> : f32
                  %v534 = arith.divui %v10, %v249 : i64
                  %v535 = arith.remui %v10, %v249 : i64
                  %v536 = arith.cmpi ult, %v535, %v1 : i64
                  %v537 = arith.muli %v534, %v1 : i64
                  %v538 = arith.addi %v537, %v24 : i64
                  %v539 = arith.muli %v538, %v255 : i64
                  %v540 = arith.addi %v539, %v160 : i64
                  scf.if %v536 {
                    %v541 = llvm.getelementptr %v44[%v540] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v533, %v541 : f32, !llvm.ptr
                  }
                }
                %v542 = arith.addi %v158, %v173 : i64
                %v543 = arith.cmpi slt, %v260, %v472 : i32
                %v544 = arith.cmpi eq, %v260, %v477 : i32
                %v545 = arith.addi %v160, %v2 : i64
                scf.if %v543 {
                  %v546 = arith.addi %v87, %v542 : i64
                  scf.if %v544 {
                  }
                  %v547 = arith.muli %v36, %v104 : i64
                  %v548 = arith.muli %v546, %v1 : i64
                  %v549 = arith.addi %v547, %v548 : i64
                  %v550 = arith.addi %v549, %v24 : i64
                  %v551 = llvm.getelementptr %dy_u_post[%v550] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v552 = llvm.load %v551 : !llvm.ptr -> f32
                  %v553 = arith.select %v50, %v552, %v51 : f32
                  %v554 = arith.muli %v34, %v1 : i64
                  %v555 = arith.addi %v554, %v24 : i64
                  %v556 = llvm.getelementptr %in_B_im[%v555] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v557 = llvm.load %v556 : !llvm.ptr -> f32
                  %v558 = arith.muli %v36, %v204 : i64
                  %v559 = arith.muli %v546, %size_N : i64
                  %v560 = arith.addi %v558, %v559 : i64
                  %v561 = arith.addi %v560, %v34 : i64
                  %v562 = llvm.getelementptr %dy_bu_im[%v561] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v563 = llvm.load %v562 : !llvm.ptr -> f32
                  %v564 = arith.mulf %v557, %v563 fastmath<contract> : f32
                  %v565 = arith.addf %v553, %v564 fastmath<contract> : f32
                  %v566 = arith.muli %v34, %v1 : i64
                  %v567 = arith.addi %v566, %v24 : i64
                  %v568 = llvm.getelementptr %in_B_re[%v567] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v569 = llvm.load %v568 : !llvm.ptr -> f32
                  %v570 = arith.muli %v36, %v204 : i64
                  %v571 = arith.muli %v546, %size_N : i64
                  %v572 = arith.addi %v570, %v571 : i64
                  %v573 = arith.addi %v572, %v34 : i64
                  %v574 = llvm.getelementptr %dy_bu_re[%v573] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v575 = llvm.load %v574 : !llvm.ptr -> f32
                  %v576 = arith.mulf %v569, %v575 fastmath<contract> : f32
                  %v577 = arith.addf %v565, %v576 fastmath<contract> : f32
                  %v578 = arith.muli %v24, %v111 : i64
                  %v579 = arith.subi %v546, %v87 : i64
                  %v580 = arith.addi %v578, %v579 : i64
                  %v581 = llvm.getelementptr %v46[%v580] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v582 = llvm.load %v581 : !llvm.ptr -> f32
                  %v583 = arith.mulf %v582, %v575 fastmath<contract> : f32
                  %v584 = llvm.load %v41 : !llvm.ptr -> f32
                  %v585 = arith.addf %v584, %v583 fastmath<contract> : f32
                  llvm.store %v585, %v41 : f32, !llvm.ptr
                  %v586 = arith.mulf %v582, %v563 fastmath<contract> : f32
                  %v587 = llvm.load %v42 : !llvm.ptr -> f32
                  %v588 = arith.addf %v587, %v586 fastmath<contract> : f32
                  llvm.store %v588, %v42 : f32, !llvm.ptr
                  %v589 = arith.select %v28, %v577, %v51 : f32
                  // sum over the warp's outer points: shuffles
                  %v590, %v591 = gpu.shuffle xor %v589, %v237, %v135 : f32
                  %v592 = arith.addf %v589, %v590 fastmath<contract> : f32
                  %v593, %v594 = gpu.shuffle xor %v592, %v241, %v135 : f32
                  %v595 = arith.addf %v592, %v593 fastmath<contract> : f32
                  %v596, %v597 = gpu.shuffle xor %v595, %v245, %v135 : f32
                  %v598 = arith.addf %v595, %v596 fastmath<contract> : f32
                  %v599 = arith.divui %v10, %v249 : i64
                  %v600 = arith.remui %v10, %v249 : i64
                  %v601 = arith.cmpi ult, %v600, %v1 : i64
                  %v602 = arith.muli %v599, %v1 : i64
                  %v603 = arith.addi %v602, %v24 : i64
                  %v604 = arith.muli %v603, %v255 : i64
                  %v605 = arith.addi %v604, %v545 : i64
                  scf.if %v601 {
                    %v606 = llvm.getelementptr %v44[%v605] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v598, %v606 : f32, !llvm.ptr
                  }
                }
                %v607 = arith.addi %v158, %v2 : i64
                %v608 = arith.cmpi slt, %v326, %v472 : i32
                %v609 = arith.cmpi eq, %v326, %v477 : i32
                %v610 = arith.addi %v160, %v173 : i64
                scf.if %v608 {
                  %v611 = arith.addi %v87, %v607 : i64
                  scf.if %v609 {
                  }
                  %v612 = arith.muli %v36, %v104 : i64
                  %v613 = arith.muli %v611, %v1 : i64
                  %v614 = arith.addi %v612, %v613 : i64
                  %v615 = arith.addi %v614, %v24 : i64
                  %v616 = llvm.getelementptr %dy_u_post[%v615] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v617 = llvm.load %v616 : !llvm.ptr -> f32
                  %v618 = arith.select %v50, %v617, %v51 : f32
                  %v619 = arith.muli %v34, %v1 : i64
                  %v620 = arith.addi %v619, %v24 : i64
                  %v621 = llvm.getelementptr %in_B_im[%v620] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v622 = llvm.load %v621 : !llvm.ptr -> f32
                  %v623 = arith.muli %v36, %v204 : i64
                  %v624 = arith.muli %v611, %size_N : i64
                  %v625 = arith.addi %v623, %v624 : i64
                  %v626 = arith.addi %v625, %v34 : i64
                  %v627 = llvm.getelementptr %dy_bu_im[%v626] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v628 = llvm.load %v627 : !llvm.ptr -> f32
                  %v629 = arith.mulf %v622, %v628 fastmath<contract> : f32
                  %v630 = arith.addf %v618, %v629 fastmath<contract> : f32
                  %v631 = arith.muli %v34, %v1 : i64
                  %v632 = arith.addi %v631, %v24 : i64
                  %v633 = llvm.getelementptr %in_B_re[%v632] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v634 = llvm.load %v633 : !llvm.ptr -> f32
                  %v635 = arith.muli %v36, %v204 : i64
                  %v636 = arith.muli %v611, %size_N : i64
                  %v637 = arith.addi %v635, %v636 : i64
                  %v638 = arith.addi %v637, %v34 : i64
                  %v639 = llvm.getelementptr %dy_bu_re[%v638] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v640 = llvm.load %v639 : !llvm.ptr -> f32
                  %v641 = arith.mulf %v634, %v640 fastmath<contract> : f32
                  %v642 = arith.addf %v630, %v641 fastmath<contract> : f32
                  %v643 = arith.muli %v24, %v111 : i64
                  %v644 = arith.subi %v611, %v87 : i64
                  %v645 = arith.addi %v643, %v644 : i64
                  %v646 = llvm.getelementptr %v46[%v645] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v647 = llvm.load %v646 : !llvm.ptr -> f32
                  %v648 = arith.mulf %v647, %v640 fastmath<contract> : f32
                  %v649 = llvm.load %v41 : !llvm.ptr -> f32
                  %v650 = arith.addf %v649, %v648 fastmath<contract> : f32
                  llvm.store %v650, %v41 : f32, !llvm.ptr
                  %v651 = arith.mulf %v647, %v628 fastmath<contract> : f32
                  %v652 = llvm.load %v42 : !llvm.ptr -> f32
                  %v653 = arith.addf %v652, %v651 fastmath<contract> : f32
                  llvm.store %v653, %v42 : f32, !llvm.ptr
                  %v654 = arith.select %v28, %v642, %v51 : f32
                  // sum over the warp's outer points: shuffles
                  %v655, %v656 = gpu.shuffle xor %v654, %v237, %v135 : f32
                  %v657 = arith.addf %v654, %v655 fastmath<contract> : f32
                  %v658, %v659 = gpu.shuffle xor %v657, %v241, %v135 : f32
                  %v660 = arith.addf %v657, %v658 fastmath<contract> : f32
                  %v661, %v662 = gpu.shuffle xor %v660, %v245, %v135 : f32
                  %v663 = arith.addf %v660, %v661 fastmath<contract> : f32
                  %v664 = arith.divui %v10, %v249 : i64
                  %v665 = arith.remui %v10, %v249 : i64
                  %v666 = arith.cmpi ult, %v665, %v1 : i64
                  %v667 = arith.muli %v664, %v1 : i64
                  %v668 = arith.addi %v667, %v24 : i64
                  %v669 = arith.muli %v668, %v255 : i64
                  %v670 = arith.addi %v669, %v610 : i64
                  scf.if %v666 {
                    %v671 = llvm.getelementptr %v44[%v670] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v663, %v671 : f32, !llvm.ptr
                  }
                }
                %v672 = arith.cmpi slt, %v391, %v472 : i32
                %v673 = arith.cmpi eq, %v391, %v477 : i32
                %v674 = arith.addi %v160, %v53 : i64
                scf.if %v672 {
                  %v675 = arith.addi %v87, %v158 : i64
                  scf.if %v673 {
                  }
                  %v676 = arith.muli %v36, %v104 : i64
                  %v677 = arith.muli %v675, %v1 : i64
                  %v678 = arith.addi %v676, %v677 : i64
                  %v679 = arith.addi %v678, %v24 : i64
                  %v680 = llvm.getelementptr %dy_u_post[%v679] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v681 = llvm.load %v680 : !llvm.ptr -> f32
                  %v682 = arith.select %v50, %v681, %v51 : f32
                  %v683 = arith.muli %v34, %v1 : i64
                  %v684 = arith.addi %v683, %v24 : i64
                  %v685 = llvm.getelementptr %in_B_im[%v684] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v686 = llvm.load %v685 : !llvm.ptr -> f32
                  %v687 = arith.muli %v36, %v204 : i64
                  %v688 = arith.muli %v675, %size_N : i64
                  %v689 = arith.addi %v687, %v688 : i64
                  %v690 = arith.addi %v689, %v34 : i64
                  %v691 = llvm.getelementptr %dy_bu_im[%v690] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v692 = llvm.load %v691 : !llvm.ptr -> f32
                  %v693 = arith.mulf %v686, %v692 fastmath<contract> : f32
                  %v694 = arith.addf %v682, %v693 fastmath<contract> : f32
                  %v695 = arith.muli %v34, %v1 : i64
                  %v696 = arith.addi %v695, %v24 : i64
                  %v697 = llvm.getelementptr %in_B_re[%v696] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v698 = llvm.load %v697 : !llvm.ptr -> f32
                  %v699 = arith.muli %v36, %v204 : i64
                  %v700 = arith.muli %v675, %size_N : i64
                  %v701 = arith.addi %v699, %v700 : i64
                  %v702 = arith.addi %v701, %v34 : i64
                  %v703 = llvm.getelementptr %dy_bu_re[%v702] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v704 = llvm.load %v703 : !llvm.ptr -> f32
                  %v705 = arith.mulf %v698, %v704 fastmath<contract> : f32
                  %v706 = arith.addf %v694, %v705 fastmath<contract> : f32
                  %v707 = arith.muli %v24, %v111 : i64
                  %v708 = arith.subi %v675, %v87 : i64
                  %v709 = arith.addi %v707, %v708 : i64
                  %v710 = llvm.getelementptr %v46[%v709] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v711 = llvm.load %v710 : !llvm.ptr -> f32
                  %v712 = arith.mulf %v711, %v704 fastmath<contract> : f32
                  %v713 = llvm.load %v41 : !llvm.ptr -> f32
                  %v714 = arith.addf %v713, %v712 fastmath<contract> : f32
                  llvm.store %v714, %v41 : f32, !llvm.ptr
                  %v715 = arith.mulf %v711, %v692 fastmath<contract> : f32
                  %v716 = llvm.load %v42 : !llvm.ptr -> f32
                  %v717 = arith.addf %v716, %v715 fastmath<contract> : f32
                  llvm.store %v717, %v42 : f32, !llvm.ptr
                  %v718 = arith.select %v28, %v706, %v51 : f32
                  // sum over the warp's outer points: shuffles
                  %v719, %v720 = gpu.shuffle xor %v718, %v237, %v135 : f32
                  %v721 = arith.addf %v718, %v719 fastmath<contract> : f32
                  %v722, %v723 = gpu.shuffle xor %v721, %v241, %v135 : f32
                  %v724 = arith.addf %v721, %v722 fastmath<contract> : f32
                  %v725, %v726 = gpu.shuffle xor %v724, %v245, %v135 : f32
                  %v727 = arith.addf %v724, %v725 fastmath<contract> : f32
                  %v728 = arith.divui %v10, %v249 : i64
                  %v729 = arith.remui %v10, %v249 : i64
                  %v730 = arith.cmpi ult, %v729, %v1 : i64
                  %v731 = arith.muli %v728, %v1 : i64
                  %v732 = arith.addi %v731, %v24 : i64
                  %v733 = arith.muli %v732, %v255 : i64
                  %v734 = arith.addi %v733, %v674 : i64
                  scf.if %v730 {
                    %v735 = llvm.getelementptr %v44[%v734] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v727, %v735 : f32, !llvm.ptr
                  }
                }
              }
            }
          }
          gpu.barrier
          %v737 = arith.index_cast %v10 : i64 to index
          %v738 = arith.index_cast %v736 : i64 to index
          %v739 = arith.index_cast %v6 : i64 to index
          scf.for %v740 = %v737 to %v738 step %v739 {
            %v741 = arith.index_cast %v740 : index to i64
            %v744 = arith.remui %v741, %v249 : i64
            %v745 = arith.divui %v741, %v249 : i64
            %v746 = arith.muli %v147, %v140 : i64
            %v747 = arith.divui %v744, %v1 : i64
            %v748 = arith.addi %v746, %v747 : i64
            %v749 = arith.cmpi slt, %v748, %v91 : i64
            %v750 = arith.subi %v91, %v2 : i64
            %v751 = arith.subi %v750, %v748 : i64
            %v752 = arith.remui %v744, %v1 : i64
            %v753 = arith.subi %v53, %v752 : i64
            %v754 = arith.muli %v751, %v1 : i64
            %v755 = arith.addi %v754, %v753 : i64
            %v756 = arith.cmpi slt, %v755, %v89 : i64
            %v757 = arith.andi %v749, %v756 : i1
            scf.if %v757 {
              %v758 = arith.addi %v87, %v755 : i64
              %v759 = arith.remui %v741, %v249 : i64
              %v760 = arith.divui %v741, %v249 : i64
              %v761 = arith.muli %v760, %v255 : i64
              %v762 = arith.addi %v761, %v759 : i64
              %v763 = llvm.getelementptr %v44[%v762] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v764 = llvm.load %v763 : !llvm.ptr -> f32
              %v765 = arith.addi %v1, %v760 : i64
              %v766 = arith.muli %v765, %v255 : i64
              %v767 = arith.addi %v766, %v759 : i64
              %v768 = llvm.getelementptr %v44[%v767] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v769 = llvm.load %v768 : !llvm.ptr -> f32
              %v770 = arith.addf %v764, %v769 fastmath<contract> : f32
              %v771 = arith.addi %v140, %v760 : i64
              %v772 = arith.muli %v771, %v255 : i64
              %v773 = arith.addi %v772, %v759 : i64
              %v774 = llvm.getelementptr %v44[%v773] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v775 = llvm.load %v774 : !llvm.ptr -> f32
              %v776 = arith.addf %v770, %v775 fastmath<contract> : f32
              %v778 = arith.addi %v777, %v760 : i64
              %v779 = arith.muli %v778, %v255 : i64
              %v780 = arith.addi %v779, %v759 : i64
              %v781 = llvm.getelementptr %v44[%v780] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v782 = llvm.load %v781 : !llvm.ptr -> f32
              %v783 = arith.addf %v776, %v782 fastmath<contract> : f32
              %v784 = arith.addi %v76, %v760 : i64
              %v785 = arith.muli %v784, %v255 : i64
              %v786 = arith.addi %v785, %v759 : i64
              %v787 = llvm.getelementptr %v44[%v786] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v788 = llvm.load %v787 : !llvm.ptr -> f32
              %v789 = arith.addf %v783, %v788 fastmath<contract> : f32
              %v792 = arith.addi %v791, %v760 : i64
              %v793 = arith.muli %v792, %v255 : i64
              %v794 = arith.addi %v793, %v759 : i64
              %v795 = llvm.getelementptr %v44[%v794] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v796 = llvm.load %v795 : !llvm.ptr -> f32
              %v797 = arith.addf %v789, %v796 fastmath<contract> : f32
              %v800 = arith.addi %v799, %v760 : i64
              %v801 = arith.muli %v800, %v255 : i64
              %v802 = arith.addi %v801, %v759 : i64
              %v803 = llvm.getelementptr %v44[%v802] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v804 = llvm.load %v803 : !llvm.ptr -> f32
              %v805 = arith.addf %v797, %v804 fastmath<contract> : f32
              %v807 = arith.addi %v806, %v760 : i64
              %v808 = arith.muli %v807, %v255 : i64
              %v809 = arith.addi %v808, %v759 : i64
              %v810 = llvm.getelementptr %v44[%v809] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v811 = llvm.load %v810 : !llvm.ptr -> f32
              %v812 = arith.addf %v805, %v811 fastmath<contract> : f32
              %v813 = arith.remui %v745, %v1 : i64
              %v814 = arith.divui %v745, %v1 : i64
              %v815 = arith.muli %v36, %v104 : i64
              %v816 = arith.muli %v758, %v1 : i64
              %v817 = arith.addi %v815, %v816 : i64
              %v818 = arith.addi %v817, %v813 : i64
              %v819 = arith.muli %v23, %v743 : i64
              %v820 = arith.addi %v819, %v818 : i64
              %v821 = llvm.getelementptr %part_u[%v820] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v812, %v821 : f32, !llvm.ptr
            }
          }
          gpu.barrier
        }
      }
      %v822 = arith.cmpi eq, %v20, %v47 : i64
      scf.if %v822 {
      }
      scf.if %v28 {
        %v823 = llvm.load %v41 : !llvm.ptr -> f32
        %v824 = arith.addi %v40, %v30 : i64
        %v825 = arith.muli %v824, %v1 : i64
        %v826 = arith.addi %v825, %v24 : i64
        %v827 = llvm.getelementptr %part_B_re[%v826] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v823, %v827 : f32, !llvm.ptr
      }
      scf.if %v28 {
        %v828 = llvm.load %v42 : !llvm.ptr -> f32
        %v829 = arith.addi %v40, %v30 : i64
        %v830 = arith.muli %v829, %v1 : i64
        %v831 = arith.addi %v830, %v24 : i64
        %v832 = llvm.getelementptr %part_B_im[%v831] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v828, %v832 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
