module attributes {gpu.container_module} {
  gpu.module @linrec {
    llvm.mlir.global internal @rows_gla_bwd_sum_q() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<1040 x f32>
    llvm.mlir.global internal @rows_gla_bwd_sum_k() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<1040 x f32>
    llvm.mlir.global internal @rows_gla_bwd_sum_g() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<1040 x f32>
    gpu.func @gla_bwd_sum(%in_q: !llvm.ptr, %in_k: !llvm.ptr, %in_v: !llvm.ptr, %in_g: !llvm.ptr, %dy_o: !llvm.ptr, %ckpt_S: !llvm.ptr, %scratch_S: !llvm.ptr, %segsum_S: !llvm.ptr, %size_B: i64, %size_L: i64, %size_H: i64, %size_DK: i64, %size_DV: i64) kernel attributes {nvvm.maxntid = array<i32: 256, 1, 1>, nvvm.minctasm = 2 : i32} {
      %v1 = arith.constant 16 : i64
      %v2 = arith.constant 1 : i64
      %v3 = arith.muli %v2, %size_B : i64
      %v4 = arith.muli %v3, %size_H : i64
      %v5 = arith.muli %v4, %size_DV : i64
      %v6 = arith.constant 255 : i64
      %v7 = arith.addi %size_L, %v6 : i64
      %v8 = arith.constant 256 : i64
      %v9 = arith.divui %v7, %v8 : i64
      %v10 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v11 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v12 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v13 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v14 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v15 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v20 = arith.constant 32 : i64
      %v21 = arith.constant 31 : i64
      %v32 = arith.constant 8 : i64
      %v49 = arith.constant 4 : i64
      %v53 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v54 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v55 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v56 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v57 = llvm.mlir.addressof @rows_gla_bwd_sum_q : !llvm.ptr<3>
      %v58 = llvm.addrspacecast %v57 : !llvm.ptr<3> to !llvm.ptr
      %v59 = llvm.mlir.addressof @rows_gla_bwd_sum_k : !llvm.ptr<3>
      %v60 = llvm.addrspacecast %v59 : !llvm.ptr<3> to !llvm.ptr
      %v61 = llvm.mlir.addressof @rows_gla_bwd_sum_g : !llvm.ptr<3>
      %v62 = llvm.addrspacecast %v61 : !llvm.ptr<3> to !llvm.ptr
      %v63 = arith.constant 0x00000000 : f32
      %v64 = arith.constant 0x3F800000 : f32
      %v65 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v66 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v67 = arith.constant 0 : i64
      %v69 = arith.constant 64 : i64
      %v70 = arith.constant 7 : i64
      %v126 = arith.constant 1024 : i64
      %v138 = arith.muli %v2, %v1 : i64
      %v139 = arith.muli %v138, %size_H : i64
      %v140 = arith.muli %v139, %size_L : i64
      %v150 = arith.constant 65 : i64
      %v226 = arith.constant 2147483647 : i64
      %v230 = arith.constant 7 : i32
      %v233 = arith.constant 32 : i32
      %v240 = arith.muli %v2, %size_DV : i64
      %v241 = arith.muli %v240, %size_H : i64
      %v242 = arith.muli %v241, %size_L : i64
      %v279 = arith.constant 0x3FB8AA3B : f32
      %v284 = arith.constant 0x3D800000 : f32
      %v303 = arith.constant 6 : i64
      %v305 = arith.constant 6 : i32
      %v372 = arith.constant 5 : i64
      %v374 = arith.constant 5 : i32
      %v442 = arith.constant 4 : i32
      %v509 = arith.constant 3 : i64
      %v511 = arith.constant 3 : i32
      %v578 = arith.constant 2 : i64
      %v580 = arith.constant 2 : i32
      %v648 = arith.constant 1 : i32
      %v716 = arith.constant 0 : i32
      %v16 = gpu.block_id x
      %v17 = gpu.thread_id x
      %v18 = arith.index_cast %v17 : index to i64
      %v19 = arith.index_cast %v16 : index to i64
      %v22 = arith.addi %size_DV, %v21 : i64
      %v23 = arith.divui %v22, %v20 : i64
      %v24 = arith.maxsi %v23, %v2 : i64
      %v25 = arith.maxsi %size_DV, %v2 : i64
      %v26 = arith.divui %v5, %v25 : i64
      %v27 = arith.muli %v26, %v24 : i64
      %v28 = arith.divui %v19, %v27 : i64
      %v29 = arith.remui %v19, %v27 : i64
      %v30 = arith.divui %v29, %v24 : i64
      %v31 = arith.remui %v29, %v24 : i64
      %v33 = arith.remui %v18, %v32 : i64
      %v34 = arith.divui %v18, %v32 : i64
      %v35 = arith.muli %v31, %v20 : i64
      %v36 = arith.addi %v35, %v34 : i64
      %v37 = arith.cmpi slt, %v36, %size_DV : i64
      %v38 = arith.muli %v30, %size_DV : i64
      %v39 = arith.addi %v38, %v36 : i64
      %v40 = arith.subi %size_DV, %v2 : i64
      %v41 = arith.minsi %v36, %v40 : i64
      %v42 = arith.addi %v38, %v41 : i64
      %v43 = arith.remui %v42, %size_DV : i64
      %v44 = arith.divui %v42, %size_DV : i64
      %v45 = arith.remui %v44, %size_H : i64
      %v46 = arith.divui %v44, %size_H : i64
      %v47 = arith.remui %v46, %size_B : i64
      %v48 = arith.divui %v46, %size_B : i64
      %v74 = arith.trunci %v18 : i64 to i32
      %v75 = arith.constant 24 : i32
      %v76 = arith.andi %v74, %v75 : i32
      %v77 = arith.constant 0 : i32
      %v78 = arith.ori %v76, %v77 : i32
      %v79 = arith.constant 0 : i64
      %v80 = arith.cmpi eq, %v33, %v79 : i64
      %v81 = arith.constant 1 : i32
      %v82 = arith.ori %v76, %v81 : i32
      %v83 = arith.constant 1 : i64
      %v84 = arith.cmpi eq, %v33, %v83 : i64
      %v85 = arith.constant 2 : i32
      %v86 = arith.ori %v76, %v85 : i32
      %v87 = arith.constant 2 : i64
      %v88 = arith.cmpi eq, %v33, %v87 : i64
      %v89 = arith.constant 3 : i32
      %v90 = arith.ori %v76, %v89 : i32
      %v91 = arith.constant 3 : i64
      %v92 = arith.cmpi eq, %v33, %v91 : i64
      %v93 = arith.constant 4 : i32
      %v94 = arith.ori %v76, %v93 : i32
      %v95 = arith.constant 4 : i64
      %v96 = arith.cmpi eq, %v33, %v95 : i64
      %v97 = arith.constant 5 : i32
      %v98 = arith.ori %v76, %v97 : i32
      %v99 = arith.constant 5 : i64
      %v100 = arith.cmpi eq, %v33, %v99 : i64
      %v101 = arith.constant 6 : i32
      %v102 = arith.ori %v76, %v101 : i32
      %v103 = arith.constant 6 : i64
      %v104 = arith.cmpi eq, %v33, %v103 : i64
      %v105 = arith.constant 7 : i32
      %v106 = arith.ori %v76, %v105 : i32
      %v107 = arith.constant 7 : i64
      %v108 = arith.cmpi eq, %v33, %v107 : i64
      %v50 = arith.muli %v28, %v49 : i64
      %v51 = arith.addi %v50, %v49 : i64
      %v52 = arith.muli %v28, %v5 : i64
      llvm.store %v63, %v53 : f32, !llvm.ptr
      llvm.store %v63, %v54 : f32, !llvm.ptr
      llvm.store %v64, %v55 : f32, !llvm.ptr
      llvm.store %v64, %v56 : f32, !llvm.ptr
      llvm.store %v64, %v65 : f32, !llvm.ptr
      llvm.store %v64, %v66 : f32, !llvm.ptr
      %v68 = arith.cmpi eq, %size_L, %v67 : i64
      scf.if %v68 {
        llvm.store %v63, %v14 : f32, !llvm.ptr
        llvm.store %v63, %v15 : f32, !llvm.ptr
      }
      %v71 = arith.subi %v69, %v2 : i64
      %v72 = arith.addi %size_L, %v71 : i64
      %v73 = arith.divui %v72, %v69 : i64
      %v109 = arith.minsi %v51, %v73 : i64
      %v110 = arith.muli %v28, %v32 : i64
      %v111 = arith.subi %v109, %v50 : i64
      %v112 = arith.maxsi %v111, %v67 : i64
      %v113 = arith.index_cast %v67 : i64 to index
      %v114 = arith.index_cast %v112 : i64 to index
      %v115 = arith.index_cast %v2 : i64 to index
      scf.for %v116 = %v113 to %v114 step %v115 {
        %v117 = arith.index_cast %v116 : index to i64
        %v118 = arith.subi %v109, %v2 : i64
        %v119 = arith.subi %v118, %v117 : i64
        %v120 = arith.muli %v119, %v69 : i64
        %v121 = arith.subi %size_L, %v120 : i64
        %v122 = arith.minsi %v121, %v69 : i64
        %v123 = arith.addi %v122, %v70 : i64
        %v124 = arith.divui %v123, %v32 : i64
        // the block's shared input rows for this stretch
        gpu.barrier
        %v125 = arith.subi %size_L, %v2 : i64
        %v127 = arith.index_cast %v18 : i64 to index
        %v128 = arith.index_cast %v126 : i64 to index
        %v129 = arith.index_cast %v8 : i64 to index
        scf.for %v130 = %v127 to %v128 step %v129 {
          %v131 = arith.index_cast %v130 : index to i64
          %v132 = arith.remui %v131, %v69 : i64
          %v133 = arith.divui %v131, %v69 : i64
          %v134 = arith.addi %v120, %v132 : i64
          %v135 = arith.minsi %v134, %v125 : i64
          %v136 = arith.remui %v133, %v1 : i64
          %v137 = arith.divui %v133, %v1 : i64
          %v141 = arith.muli %v47, %v140 : i64
          %v142 = arith.muli %v135, %v139 : i64
          %v143 = arith.addi %v141, %v142 : i64
          %v144 = arith.muli %v45, %v138 : i64
          %v145 = arith.addi %v143, %v144 : i64
          %v146 = arith.muli %v136, %v2 : i64
          %v147 = arith.addi %v145, %v146 : i64
          %v148 = llvm.getelementptr %in_q[%v147] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v149 = llvm.load %v148 : !llvm.ptr -> f32
          %v151 = arith.muli %v133, %v150 : i64
          %v152 = arith.addi %v151, %v132 : i64
          %v153 = llvm.getelementptr %v58[%v152] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v149, %v153 : f32, !llvm.ptr
        }
        %v154 = arith.index_cast %v18 : i64 to index
        %v155 = arith.index_cast %v126 : i64 to index
        %v156 = arith.index_cast %v8 : i64 to index
        scf.for %v157 = %v154 to %v155 step %v156 {
          %v158 = arith.index_cast %v157 : index to i64
          %v159 = arith.remui %v158, %v69 : i64
          %v160 = arith.divui %v158, %v69 : i64
          %v161 = arith.addi %v120, %v159 : i64
          %v162 = arith.minsi %v161, %v125 : i64
          %v163 = arith.remui %v160, %v1 : i64
          %v164 = arith.divui %v160, %v1 : i64
          %v165 = arith.muli %v47, %v140 : i64
          %v166 = arith.muli %v162, %v139 : i64
          %v167 = arith.addi %v165, %v166 : i64
          %v168 = arith.muli %v45, %v138 : i64
          %v169 = arith.addi %v167, %v168 : i64
          %v170 = arith.muli %v163, %v2 : i64
          %v171 = arith.addi %v169, %v170 : i64
          %v172 = llvm.getelementptr %in_k[%v171] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v173 = llvm.load %v172 : !llvm.ptr -> f32
          %v174 = arith.muli %v160, %v150 : i64
          %v175 = arith.addi %v174, %v159 : i64
          %v176 = llvm.getelementptr %v60[%v175] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v173, %v176 : f32, !llvm.ptr
        }
        %v177 = arith.index_cast %v18 : i64 to index
        %v178 = arith.index_cast %v126 : i64 to index
        %v179 = arith.index_cast %v8 : i64 to index
        scf.for %v180 = %v177 to %v178 step %v179 {
          %v181 = arith.index_cast %v180 : index to i64
          %v182 = arith.remui %v181, %v69 : i64
          %v183 = arith.divui %v181, %v69 : i64
          %v184 = arith.addi %v120, %v182 : i64
          %v185 = arith.minsi %v184, %v125 : i64
          %v186 = arith.remui %v183, %v1 : i64
          %v187 = arith.divui %v183, %v1 : i64
          %v188 = arith.muli %v47, %v140 : i64
          %v189 = arith.muli %v185, %v139 : i64
          %v190 = arith.addi %v188, %v189 : i64
          %v191 = arith.muli %v45, %v138 : i64
          %v192 = arith.addi %v190, %v191 : i64
          %v193 = arith.muli %v186, %v2 : i64
          %v194 = arith.addi %v192, %v193 : i64
          %v195 = llvm.getelementptr %in_g[%v194] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v196 = llvm.load %v195 : !llvm.ptr -> f32
          %v197 = arith.muli %v183, %v150 : i64
          %v198 = arith.addi %v197, %v182 : i64
          %v199 = llvm.getelementptr %v62[%v198] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v196, %v199 : f32, !llvm.ptr
        }
        gpu.barrier
        %v200 = arith.index_cast %v67 : i64 to index
        %v201 = arith.index_cast %v2 : i64 to index
        %v202 = arith.index_cast %v2 : i64 to index
        scf.for %v203 = %v200 to %v201 step %v202 {
          %v204 = arith.index_cast %v203 : index to i64
          %v205 = arith.index_cast %v67 : i64 to index
          %v206 = arith.index_cast %v124 : i64 to index
          %v207 = arith.index_cast %v2 : i64 to index
          scf.for %v208 = %v205 to %v206 step %v207 {
            %v209 = arith.index_cast %v208 : index to i64
            %v210 = arith.cmpi slt, %v209, %v124 : i64
            scf.if %v210 {
              %v211 = arith.subi %v124, %v2 : i64
              %v212 = arith.subi %v211, %v209 : i64
              %v213 = arith.muli %v212, %v32 : i64
              %v214 = arith.addi %v110, %v212 : i64
              %v215 = arith.addi %v213, %v32 : i64
              %v216 = arith.cmpi sle, %v215, %v122 : i64
              scf.if %v216 {
                %v217 = arith.subi %v122, %v2 : i64
                %v218 = arith.addi %v213, %v33 : i64
                %v219 = arith.minsi %v218, %v217 : i64
                %v220 = arith.addi %v120, %v219 : i64
                // the group's states, recomputed into registers
                %v221 = arith.subi %v122, %v213 : i64
                %v222 = arith.trunci %v221 : i64 to i32
                %v223 = arith.subi %size_L, %v2 : i64
                %v224 = arith.addi %v120, %v213 : i64
                %v225 = arith.subi %v223, %v224 : i64
                %v227 = arith.minsi %v225, %v226 : i64
                %v228 = arith.trunci %v227 : i64 to i32
                %v229 = arith.addi %v213, %v70 : i64
                %v231 = arith.cmpi slt, %v230, %v222 : i32
                %v232 = arith.cmpi eq, %v230, %v228 : i32
                %v234 = arith.addi %v120, %v229 : i64
                %v235 = arith.muli %v33, %v150 : i64
                %v236 = arith.subi %v234, %v120 : i64
                %v237 = arith.addi %v235, %v236 : i64
                %v238 = llvm.getelementptr %v58[%v237] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v239 = llvm.load %v238 : !llvm.ptr -> f32
                %v243 = arith.muli %v47, %v242 : i64
                %v244 = arith.muli %v234, %v241 : i64
                %v245 = arith.addi %v243, %v244 : i64
                %v246 = arith.muli %v45, %v240 : i64
                %v247 = arith.addi %v245, %v246 : i64
                %v248 = arith.muli %v43, %v2 : i64
                %v249 = arith.addi %v247, %v248 : i64
                %v250 = llvm.getelementptr %dy_o[%v249] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v251 = llvm.load %v250 : !llvm.ptr -> f32
                %v252 = arith.mulf %v239, %v251 fastmath<contract> : f32
                %v253 = llvm.load %v53 : !llvm.ptr -> f32
                %v254 = llvm.load %v55 : !llvm.ptr -> f32
                %v255 = arith.mulf %v254, %v253 fastmath<contract> : f32
                %v256 = arith.addf %v252, %v255 fastmath<contract> : f32
                llvm.store %v256, %v53 : f32, !llvm.ptr
                %v257 = llvm.load %v65 : !llvm.ptr -> f32
                %v258 = arith.mulf %v257, %v254 fastmath<contract> : f32
                llvm.store %v258, %v65 : f32, !llvm.ptr
                %v259 = arith.constant 8 : i64
                %v260 = arith.addi %v259, %v33 : i64
                %v261 = arith.muli %v260, %v150 : i64
                %v262 = arith.subi %v234, %v120 : i64
                %v263 = arith.addi %v261, %v262 : i64
                %v264 = llvm.getelementptr %v58[%v263] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v265 = llvm.load %v264 : !llvm.ptr -> f32
                %v266 = arith.mulf %v265, %v251 fastmath<contract> : f32
                %v267 = llvm.load %v54 : !llvm.ptr -> f32
                %v268 = llvm.load %v56 : !llvm.ptr -> f32
                %v269 = arith.mulf %v268, %v267 fastmath<contract> : f32
                %v270 = arith.addf %v266, %v269 fastmath<contract> : f32
                llvm.store %v270, %v54 : f32, !llvm.ptr
                %v271 = llvm.load %v66 : !llvm.ptr -> f32
                %v272 = arith.mulf %v271, %v268 fastmath<contract> : f32
                llvm.store %v272, %v66 : f32, !llvm.ptr
                scf.if %v232 {
                }
                %v273 = arith.muli %v33, %v150 : i64
                %v274 = arith.subi %v234, %v120 : i64
                %v275 = arith.addi %v273, %v274 : i64
                %v276 = llvm.getelementptr %v62[%v275] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v277 = llvm.load %v276 : !llvm.ptr -> f32
                %v278 = arith.negf %v277 : f32
                %v280 = arith.mulf %v278, %v279 fastmath<contract> : f32
                %v281 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v280) : (f32) -> f32
                %v282 = arith.addf %v64, %v281 fastmath<contract> : f32
                %v283 = arith.divf %v64, %v282 : f32
                %v285 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v283) : (f32) -> f32
                %v286 = arith.mulf %v284, %v285 fastmath<contract> : f32
                %v287 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v286) : (f32) -> f32
                llvm.store %v287, %v55 : f32, !llvm.ptr
                %v288 = arith.constant 8 : i64
                %v289 = arith.addi %v288, %v33 : i64
                %v290 = arith.muli %v289, %v150 : i64
                %v291 = arith.subi %v234, %v120 : i64
                %v292 = arith.addi %v290, %v291 : i64
                %v293 = llvm.getelementptr %v62[%v292] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v294 = llvm.load %v293 : !llvm.ptr -> f32
                %v295 = arith.negf %v294 : f32
                %v296 = arith.mulf %v295, %v279 fastmath<contract> : f32
                %v297 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v296) : (f32) -> f32
                %v298 = arith.addf %v64, %v297 fastmath<contract> : f32
                %v299 = arith.divf %v64, %v298 : f32
                %v300 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v299) : (f32) -> f32
                %v301 = arith.mulf %v284, %v300 fastmath<contract> : f32
                %v302 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v301) : (f32) -> f32
                llvm.store %v302, %v56 : f32, !llvm.ptr
                %v304 = arith.addi %v213, %v303 : i64
                %v306 = arith.cmpi slt, %v305, %v222 : i32
                %v307 = arith.cmpi eq, %v305, %v228 : i32
                %v308 = arith.addi %v120, %v304 : i64
                %v309 = arith.muli %v33, %v150 : i64
                %v310 = arith.subi %v308, %v120 : i64
                %v311 = arith.addi %v309, %v310 : i64
                %v312 = llvm.getelementptr %v58[%v311] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v313 = llvm.load %v312 : !llvm.ptr -> f32
                %v314 = arith.muli %v47, %v242 : i64
                %v315 = arith.muli %v308, %v241 : i64
                %v316 = arith.addi %v314, %v315 : i64
                %v317 = arith.muli %v45, %v240 : i64
                %v318 = arith.addi %v316, %v317 : i64
                %v319 = arith.muli %v43, %v2 : i64
                %v320 = arith.addi %v318, %v319 : i64
                %v321 = llvm.getelementptr %dy_o[%v320] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v322 = llvm.load %v321 : !llvm.ptr -> f32
                %v323 = arith.mulf %v313, %v322 fastmath<contract> : f32
                %v324 = llvm.load %v53 : !llvm.ptr -> f32
                %v325 = llvm.load %v55 : !llvm.ptr -> f32
                %v326 = arith.mulf %v325, %v324 fastmath<contract> : f32
                %v327 = arith.addf %v323, %v326 fastmath<contract> : f32
                llvm.store %v327, %v53 : f32, !llvm.ptr
                %v328 = llvm.load %v65 : !llvm.ptr -> f32
                %v329 = arith.mulf %v328, %v325 fastmath<contract> : f32
                llvm.store %v329, %v65 : f32, !llvm.ptr
                %v330 = arith.constant 8 : i64
                %v331 = arith.addi %v330, %v33 : i64
                %v332 = arith.muli %v331, %v150 : i64
                %v333 = arith.subi %v308, %v120 : i64
                %v334 = arith.addi %v332, %v333 : i64
                %v335 = llvm.getelementptr %v58[%v334] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v336 = llvm.load %v335 : !llvm.ptr -> f32
                %v337 = arith.mulf %v336, %v322 fastmath<contract> : f32
                %v338 = llvm.load %v54 : !llvm.ptr -> f32
                %v339 = llvm.load %v56 : !llvm.ptr -> f32
                %v340 = arith.mulf %v339, %v338 fastmath<contract> : f32
                %v341 = arith.addf %v337, %v340 fastmath<contract> : f32
                llvm.store %v341, %v54 : f32, !llvm.ptr
                %v342 = llvm.load %v66 : !llvm.ptr -> f32
                %v343 = arith.mulf %v342, %v339 fastmath<contract> : f32
                llvm.store %v343, %v66 : f32, !llvm.ptr
                scf.if %v307 {
                }
                %v344 = arith.muli %v33, %v150 : i64
                %v345 = arith.subi %v308, %v120 : i64
                %v346 = arith.addi %v344, %v345 : i64
                %v347 = llvm.getelementptr %v62[%v346] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v348 = llvm.load %v347 : !llvm.ptr -> f32
                %v349 = arith.negf %v348 : f32
                %v350 = arith.mulf %v349, %v279 fastmath<contract> : f32
                %v351 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v350) : (f32) -> f32
                %v352 = arith.addf %v64, %v351 fastmath<contract> : f32
                %v353 = arith.divf %v64, %v352 : f32
                %v354 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v353) : (f32) -> f32
                %v355 = arith.mulf %v284, %v354 fastmath<contract> : f32
                %v356 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v355) : (f32) -> f32
                llvm.store %v356, %v55 : f32, !llvm.ptr
                %v357 = arith.constant 8 : i64
                %v358 = arith.addi %v357, %v33 : i64
                %v359 = arith.muli %v358, %v150 : i64
                %v360 = arith.subi %v308, %v120 : i64
                %v361 = arith.addi %v359, %v360 : i64
                %v362 = llvm.getelementptr %v62[%v361] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v363 = llvm.load %v362 : !llvm.ptr -> f32
                %v364 = arith.negf %v363 : f32
                %v365 = arith.mulf %v364, %v279 fastmath<contract> : f32
                %v366 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v365) : (f32) -> f32
                %v367 = arith.addf %v64, %v366 fastmath<contract> : f32
                %v368 = arith.divf %v64, %v367 : f32
                %v369 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v368) : (f32) -> f32
                %v370 = arith.mulf %v284, %v369 fastmath<contract> : f32
                %v371 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v370) : (f32) -> f32
                llvm.store %v371, %v56 : f32, !llvm.ptr
                %v373 = arith.addi %v213, %v372 : i64
                %v375 = arith.cmpi slt, %v374, %v222 : i32
                %v376 = arith.cmpi eq, %v374, %v228 : i32
                %v377 = arith.addi %v120, %v373 : i64
                %v378 = arith.muli %v33, %v150 : i64
                %v379 = arith.subi %v377, %v120 : i64
                %v380 = arith.addi %v378, %v379 : i64
                %v381 = llvm.getelementptr %v58[%v380] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v382 = llvm.load %v381 : !llvm.ptr -> f32
                %v383 = arith.muli %v47, %v242 : i64
                %v384 = arith.muli %v377, %v241 : i64
                %v385 = arith.addi %v383, %v384 : i64
                %v386 = arith.muli %v45, %v240 : i64
                %v387 = arith.addi %v385, %v386 : i64
                %v388 = arith.muli %v43, %v2 : i64
                %v389 = arith.addi %v387, %v388 : i64
                %v390 = llvm.getelementptr %dy_o[%v389] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v391 = llvm.load %v390 : !llvm.ptr -> f32
                %v392 = arith.mulf %v382, %v391 fastmath<contract> : f32
                %v393 = llvm.load %v53 : !llvm.ptr -> f32
                %v394 = llvm.load %v55 : !llvm.ptr -> f32
                %v395 = arith.mulf %v394, %v393 fastmath<contract> : f32
                %v396 = arith.addf %v392, %v395 fastmath<contract> : f32
                llvm.store %v396, %v53 : f32, !llvm.ptr
                %v397 = llvm.load %v65 : !llvm.ptr -> f32
                %v398 = arith.mulf %v397, %v394 fastmath<contract> : f32
                llvm.store %v398, %v65 : f32, !llvm.ptr
                %v399 = arith.constant 8 : i64
                %v400 = arith.addi %v399, %v33 : i64
                %v401 = arith.muli %v400, %v150 : i64
                %v402 = arith.subi %v377, %v120 : i64
                %v403 = arith.addi %v401, %v402 : i64
                %v404 = llvm.getelementptr %v58[%v403] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v405 = llvm.load %v404 : !llvm.ptr -> f32
                %v406 = arith.mulf %v405, %v391 fastmath<contract> : f32
                %v407 = llvm.load %v54 : !llvm.ptr -> f32
                %v408 = llvm.load %v56 : !llvm.ptr -> f32
                %v409 = arith.mulf %v408, %v407 fastmath<contract> : f32
                %v410 = arith.addf %v406, %v409 fastmath<contract> : f32
                llvm.store %v410, %v54 : f32, !llvm.ptr
                %v411 = llvm.load %v66 : !llvm.ptr -> f32
                %v412 = arith.mulf %v411, %v408 fastmath<contract> : f32
                llvm.store %v412, %v66 : f32, !llvm.ptr
                scf.if %v376 {
                }
                %v413 = arith.muli %v33, %v150 : i64
                %v414 = arith.subi %v377, %v120 : i64
                %v415 = arith.addi %v413, %v414 : i64
                %v416 = llvm.getelementptr %v62[%v415] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v417 = llvm.load %v416 : !llvm.ptr -> f32
                %v418 = arith.negf %v417 : f32
                %v419 = arith.mulf %v418, %v279 fastmath<contract> : f32
                %v420 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v419) : (f32) -> f32
                %v421 = arith.addf %v64, %v420 fastmath<contract> : f32
                %v422 = arith.divf %v64, %v421 : f32
                %v423 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v422) : (f32) -> f32
                %v424 = arith.mulf %v284, %v423 fastmath<contract> : f32
                %v425 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v424) : (f32) -> f32
                llvm.store %v425, %v55 : f32, !llvm.ptr
                %v426 = arith.constant 8 : i64
                %v427 = arith.addi %v426, %v33 : i64
                %v428 = arith.muli %v427, %v150 : i64
                %v429 = arith.subi %v377, %v120 : i64
                %v430 = arith.addi %v428, %v429 : i64
                %v431 = llvm.getelementptr %v62[%v430] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v432 = llvm.load %v431 : !llvm.ptr -> f32
                %v433 = arith.negf %v432 : f32
                %v434 = arith.mulf %v433, %v279 fastmath<contract> : f32
                %v435 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v434) : (f32) -> f32
                %v436 = arith.addf %v64, %v435 fastmath<contract> : f32
                %v437 = arith.divf %v64, %v436 : f32
                %v438 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v437) : (f32) -> f32
                %v439 = arith.mulf %v284, %v438 fastmath<contract> : f32
                %v440 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v439) : (f32) -> f32
                llvm.store %v440, %v56 : f32, !llvm.ptr
                %v441 = arith.addi %v213, %v49 : i64
                %v443 = arith.cmpi slt, %v442, %v222 : i32
                %v444 = arith.cmpi eq, %v442, %v228 : i32
                %v445 = arith.addi %v120, %v441 : i64
                %v446 = arith.muli %v33, %v150 : i64
                %v447 = arith.subi %v445, %v120 : i64
                %v448 = arith.addi %v446, %v447 : i64
                %v449 = llvm.getelementptr %v58[%v448] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v450 = llvm.load %v449 : !llvm.ptr -> f32
                %v451 = arith.muli %v47, %v242 : i64
                %v452 = arith.muli %v445, %v241 : i64
                %v453 = arith.addi %v451, %v452 : i64
                %v454 = arith.muli %v45, %v240 : i64
                %v455 = arith.addi %v453, %v454 : i64
                %v456 = arith.muli %v43, %v2 : i64
                %v457 = arith.addi %v455, %v456 : i64
                %v458 = llvm.getelementptr %dy_o[%v457] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v459 = llvm.load %v458 : !llvm.ptr -> f32
                %v460 = arith.mulf %v450, %v459 fastmath<contract> : f32
                %v461 = llvm.load %v53 : !llvm.ptr -> f32
                %v462 = llvm.load %v55 : !llvm.ptr -> f32
                %v463 = arith.mulf %v462, %v461 fastmath<contract> : f32
                %v464 = arith.addf %v460, %v463 fastmath<contract> : f32
                llvm.store %v464, %v53 : f32, !llvm.ptr
                %v465 = llvm.load %v65 : !llvm.ptr -> f32
                %v466 = arith.mulf %v465, %v462 fastmath<contract> : f32
                llvm.store %v466, %v65 : f32, !llvm.ptr
                %v467 = arith.constant 8 : i64
                %v468 = arith.addi %v467, %v33 : i64
                %v469 = arith.muli %v468, %v150 : i64
                %v470 = arith.subi %v445, %v120 : i64
                %v471 = arith.addi %v469, %v470 : i64
                %v472 = llvm.getelementptr %v58[%v471] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v473 = llvm.load %v472 : !llvm.ptr -> f32
                %v474 = arith.mulf %v473, %v459 fastmath<contract> : f32
                %v475 = llvm.load %v54 : !llvm.ptr -> f32
                %v476 = llvm.load %v56 : !llvm.ptr -> f32
                %v477 = arith.mulf %v476, %v475 fastmath<contract> : f32
                %v478 = arith.addf %v474, %v477 fastmath<contract> : f32
                llvm.store %v478, %v54 : f32, !llvm.ptr
                %v479 = llvm.load %v66 : !llvm.ptr -> f32
                %v480 = arith.mulf %v479, %v476 fastmath<contract> : f32
                llvm.store %v480, %v66 : f32, !llvm.ptr
                scf.if %v444 {
                }
                %v481 = arith.muli %v33, %v150 : i64
                %v482 = arith.subi %v445, %v120 : i64
                %v483 = arith.addi %v481, %v482 : i64
                %v484 = llvm.getelementptr %v62[%v483] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v485 = llvm.load %v484 : !llvm.ptr -> f32
                %v486 = arith.negf %v485 : f32
                %v487 = arith.mulf %v486, %v279 fastmath<contract> : f32
                %v488 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v487) : (f32) -> f32
                %v489 = arith.addf %v64, %v488 fastmath<contract> : f32
                %v490 = arith.divf %v64, %v489 : f32
                %v491 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v490) : (f32) -> f32
                %v492 = arith.mulf %v284, %v491 fastmath<contract> : f32
                %v493 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v492) : (f32) -> f32
                llvm.store %v493, %v55 : f32, !llvm.ptr
                %v494 = arith.constant 8 : i64
                %v495 = arith.addi %v494, %v33 : i64
                %v496 = arith.muli %v495, %v150 : i64
                %v497 = arith.subi %v445, %v120 : i64
                %v498 = arith.addi %v496, %v497 : i64
                %v499 = llvm.getelementptr %v62[%v498] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v500 = llvm.load %v499 : !llvm.ptr -> f32
                %v501 = arith.negf %v500 : f32
                %v502 = arith.mulf %v501, %v279 fastmath<contract> : f32
                %v503 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v502) : (f32) -> f32
                %v504 = arith.addf %v64, %v503 fastmath<contract> : f32
                %v505 = arith.divf %v64, %v504 : f32
                %v506 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v505) : (f32) -> f32
                %v507 = arith.mulf %v284, %v506 fastmath<contract> : f32
                %v508 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v507) : (f32) -> f32
                llvm.store %v508, %v56 : f32, !llvm.ptr
                %v510 = arith.addi %v213, %v509 : i64
                %v512 = arith.cmpi slt, %v511, %v222 : i32
                %v513 = arith.cmpi eq, %v511, %v228 : i32
                %v514 = arith.addi %v120, %v510 : i64
                %v515 = arith.muli %v33, %v150 : i64
                %v516 = arith.subi %v514, %v120 : i64
                %v517 = arith.addi %v515, %v516 : i64
                %v518 = llvm.getelementptr %v58[%v517] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v519 = llvm.load %v518 : !llvm.ptr -> f32
                %v520 = arith.muli %v47, %v242 : i64
                %v521 = arith.muli %v514, %v241 : i64
                %v522 = arith.addi %v520, %v521 : i64
                %v523 = arith.muli %v45, %v240 : i64
                %v524 = arith.addi %v522, %v523 : i64
                %v525 = arith.muli %v43, %v2 : i64
                %v526 = arith.addi %v524, %v525 : i64
                %v527 = llvm.getelementptr %dy_o[%v526] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v528 = llvm.load %v527 : !llvm.ptr -> f32
                %v529 = arith.mulf %v519, %v528 fastmath<contract> : f32
                %v530 = llvm.load %v53 : !llvm.ptr -> f32
                %v531 = llvm.load %v55 : !llvm.ptr -> f32
                %v532 = arith.mulf %v531, %v530 fastmath<contract> : f32
                %v533 = arith.addf %v529, %v532 fastmath<contract> : f32
                llvm.store %v533, %v53 : f32, !llvm.ptr
                %v534 = llvm.load %v65 : !llvm.ptr -> f32
                %v535 = arith.mulf %v534, %v531 fastmath<contract> : f32
                llvm.store %v535, %v65 : f32, !llvm.ptr
                %v536 = arith.constant 8 : i64
                %v537 = arith.addi %v536, %v33 : i64
                %v538 = arith.muli %v537, %v150 : i64
                %v539 = arith.subi %v514, %v120 : i64
                %v540 = arith.addi %v538, %v539 : i64
                %v541 = llvm.getelementptr %v58[%v540] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v542 = llvm.load %v541 : !llvm.ptr -> f32
                %v543 = arith.mulf %v542, %v528 fastmath<contract> : f32
                %v544 = llvm.load %v54 : !llvm.ptr -> f32
                %v545 = llvm.load %v56 : !llvm.ptr -> f32
                %v546 = arith.mulf %v545, %v544 fastmath<contract> : f32
                %v547 = arith.addf %v543, %v546 fastmath<contract> : f32
                llvm.store %v547, %v54 : f32, !llvm.ptr
                %v548 = llvm.load %v66 : !llvm.ptr -> f32
                %v549 = arith.mulf %v548, %v545 fastmath<contract> : f32
                llvm.store %v549, %v66 : f32, !llvm.ptr
                scf.if %v513 {
                }
                %v550 = arith.muli %v33, %v150 : i64
                %v551 = arith.subi %v514, %v120 : i64
                %v552 = arith.addi %v550, %v551 : i64
                %v553 = llvm.getelementptr %v62[%v552] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v554 = llvm.load %v553 : !llvm.ptr -> f32
                %v555 = arith.negf %v554 : f32
                %v556 = arith.mulf %v555, %v279 fastmath<contract> : f32
                %v557 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v556) : (f32) -> f32
                %v558 = arith.addf %v64, %v557 fastmath<contract> : f32
                %v559 = arith.divf %v64, %v558 : f32
                %v560 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v559) : (f32) -> f32
                %v561 = arith.mulf %v284, %v560 fastmath<contract> : f32
                %v562 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v561) : (f32) -> f32
                llvm.store %v562, %v55 : f32, !llvm.ptr
                %v563 = arith.constant 8 : i64
                %v564 = arith.addi %v563, %v33 : i64
                %v565 = arith.muli %v564, %v150 : i64
                %v566 = arith.subi %v514, %v120 : i64
                %v567 = arith.addi %v565, %v566 : i64
                %v568 = llvm.getelementptr %v62[%v567] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v569 = llvm.load %v568 : !llvm.ptr -> f32
                %v570 = arith.negf %v569 : f32
                %v571 = arith.mulf %v570, %v279 fastmath<contract> : f32
                %v572 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v571) : (f32) -> f32
                %v573 = arith.addf %v64, %v572 fastmath<contract> : f32
                %v574 = arith.divf %v64, %v573 : f32
                %v575 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v574) : (f32) -> f32
                %v576 = arith.mulf %v284, %v575 fastmath<contract> : f32
                %v577 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v576) : (f32) -> f32
                llvm.store %v577, %v56 : f32, !llvm.ptr
                %v579 = arith.addi %v213, %v578 : i64
                %v581 = arith.cmpi slt, %v580, %v222 : i32
                %v582 = arith.cmpi eq, %v580, %v228 : i32
                %v583 = arith.addi %v120, %v579 : i64
                %v584 = arith.muli %v33, %v150 : i64
                %v585 = arith.subi %v583, %v120 : i64
                %v586 = arith.addi %v584, %v585 : i64
                %v587 = llvm.getelementptr %v58[%v586] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v588 = llvm.load %v587 : !llvm.ptr -> f32
                %v589 = arith.muli %v47, %v242 : i64
                %v590 = arith.muli %v583, %v241 : i64
                %v591 = arith.addi %v589, %v590 : i64
                %v592 = arith.muli %v45, %v240 : i64
                %v593 = arith.addi %v591, %v592 : i64
                %v594 = arith.muli %v43, %v2 : i64
                %v595 = arith.addi %v593, %v594 : i64
                %v596 = llvm.getelementptr %dy_o[%v595] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v597 = llvm.load %v596 : !llvm.ptr -> f32
                %v598 = arith.mulf %v588, %v597 fastmath<contract> : f32
                %v599 = llvm.load %v53 : !llvm.ptr -> f32
                %v600 = llvm.load %v55 : !llvm.ptr -> f32
                %v601 = arith.mulf %v600, %v599 fastmath<contract> : f32
                %v602 = arith.addf %v598, %v601 fastmath<contract> : f32
                llvm.store %v602, %v53 : f32, !llvm.ptr
                %v603 = llvm.load %v65 : !llvm.ptr -> f32
                %v604 = arith.mulf %v603, %v600 fastmath<contract> : f32
                llvm.store %v604, %v65 : f32, !llvm.ptr
                %v605 = arith.constant 8 : i64
                %v606 = arith.addi %v605, %v33 : i64
                %v607 = arith.muli %v606, %v150 : i64
                %v608 = arith.subi %v583, %v120 : i64
                %v609 = arith.addi %v607, %v608 : i64
                %v610 = llvm.getelementptr %v58[%v609] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v611 = llvm.load %v610 : !llvm.ptr -> f32
                %v612 = arith.mulf %v611, %v597 fastmath<contract> : f32
                %v613 = llvm.load %v54 : !llvm.ptr -> f32
                %v614 = llvm.load %v56 : !llvm.ptr -> f32
                %v615 = arith.mulf %v614, %v613 fastmath<contract> : f32
                %v616 = arith.addf %v612, %v615 fastmath<contract> : f32
                llvm.store %v616, %v54 : f32, !llvm.ptr
                %v617 = llvm.load %v66 : !llvm.ptr -> f32
                %v618 = arith.mulf %v617, %v614 fastmath<contract> : f32
                llvm.store %v618, %v66 : f32, !llvm.ptr
                scf.if %v582 {
                }
                %v619 = arith.muli %v33, %v150 : i64
                %v620 = arith.subi %v583, %v120 : i64
                %v621 = arith.addi %v619, %v620 : i64
                %v622 = llvm.getelementptr %v62[%v621] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v623 = llvm.load %v622 : !llvm.ptr -> f32
                %v624 = arith.negf %v623 : f32
                %v625 = arith.mulf %v624, %v279 fastmath<contract> : f32
                %v626 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v625) : (f32) -> f32
                %v627 = arith.addf %v64, %v626 fastmath<contract> : f32
                %v628 = arith.divf %v64, %v627 : f32
                %v629 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v628) : (f32) -> f32
                %v630 = arith.mulf %v284, %v629 fastmath<contract> : f32
                %v631 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v630) : (f32) -> f32
                llvm.store %v631, %v55 : f32, !llvm.ptr
                %v632 = arith.constant 8 : i64
                %v633 = arith.addi %v632, %v33 : i64
                %v634 = arith.muli %v633, %v150 : i64
                %v635 = arith.subi %v583, %v120 : i64
                %v636 = arith.addi %v634, %v635 : i64
                %v637 = llvm.getelementptr %v62[%v636] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v638 = llvm.load %v637 : !llvm.ptr -> f32
                %v639 = arith.negf %v638 : f32
                %v640 = arith.mulf %v639, %v279 fastmath<contract> : f32
                %v641 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v640) : (f32) -> f32
                %v642 = arith.addf %v64, %v641 fastmath<contract> : f32
                %v643 = arith.divf %v64, %v642 : f32
                %v644 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v643) : (f32) -> f32
                %v645 = arith.mulf %v284, %v644 fastmath<contract> : f32
                %v646 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v645) : (f32) -> f32
                llvm.store %v646, %v56 : f32, !llvm.ptr
                %v647 = arith.addi %v213, %v2 : i64
                %v649 = arith.cmpi slt, %v648, %v222 : i32
                %v650 = arith.cmpi eq, %v648, %v228 : i32
                %v651 = arith.addi %v120, %v647 : i64
                %v652 = arith.muli %v33, %v150 : i64
                %v653 = arith.subi %v651, %v120 : i64
                %v654 = arith.addi %v652, %v653 : i64
                %v655 = llvm.getelementptr %v58[%v654] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v656 = llvm.load %v655 : !llvm.ptr -> f32
                %v657 = arith.muli %v47, %v242 : i64
                %v658 = arith.muli %v651, %v241 : i64
                %v659 = arith.addi %v657, %v658 : i64
                %v660 = arith.muli %v45, %v240 : i64
                %v661 = arith.addi %v659, %v660 : i64
                %v662 = arith.muli %v43, %v2 : i64
                %v663 = arith.addi %v661, %v662 : i64
                %v664 = llvm.getelementptr %dy_o[%v663] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v665 = llvm.load %v664 : !llvm.ptr -> f32
                %v666 = arith.mulf %v656, %v665 fastmath<contract> : f32
                %v667 = llvm.load %v53 : !llvm.ptr -> f32
                %v668 = llvm.load %v55 : !llvm.ptr -> f32
                %v669 = arith.mulf %v668, %v667 fastmath<contract> : f32
                %v670 = arith.addf %v666, %v669 fastmath<contract> : f32
                llvm.store %v670, %v53 : f32, !llvm.ptr
                %v671 = llvm.load %v65 : !llvm.ptr -> f32
                %v672 = arith.mulf %v671, %v668 fastmath<contract> : f32
                llvm.store %v672, %v65 : f32, !llvm.ptr
                %v673 = arith.constant 8 : i64
                %v674 = arith.addi %v673, %v33 : i64
                %v675 = arith.muli %v674, %v150 : i64
                %v676 = arith.subi %v651, %v120 : i64
                %v677 = arith.addi %v675, %v676 : i64
                %v678 = llvm.getelementptr %v58[%v677] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v679 = llvm.load %v678 : !llvm.ptr -> f32
                %v680 = arith.mulf %v679, %v665 fastmath<contract> : f32
                %v681 = llvm.load %v54 : !llvm.ptr -> f32
                %v682 = llvm.load %v56 : !llvm.ptr -> f32
                %v683 = arith.mulf %v682, %v681 fastmath<contract> : f32
                %v684 = arith.addf %v680, %v683 fastmath<contract> : f32
                llvm.store %v684, %v54 : f32, !llvm.ptr
                %v685 = llvm.load %v66 : !llvm.ptr -> f32
                %v686 = arith.mulf %v685, %v682 fastmath<contract> : f32
                llvm.store %v686, %v66 : f32, !llvm.ptr
                scf.if %v650 {
                }
                %v687 = arith.muli %v33, %v150 : i64
                %v688 = arith.subi %v651, %v120 : i64
                %v689 = arith.addi %v687, %v688 : i64
                %v690 = llvm.getelementptr %v62[%v689] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v691 = llvm.load %v690 : !llvm.ptr -> f32
                %v692 = arith.negf %v691 : f32
                %v693 = arith.mulf %v692, %v279 fastmath<contract> : f32
                %v694 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v693) : (f32) -> f32
                %v695 = arith.addf %v64, %v694 fastmath<contract> : f32
                %v696 = arith.divf %v64, %v695 : f32
                %v697 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v696) : (f32) -> f32
                %v698 = arith.mulf %v284, %v697 fastmath<contract> : f32
                %v699 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v698) : (f32) -> f32
                llvm.store %v699, %v55 : f32, !llvm.ptr
                %v700 = arith.constant 8 : i64
                %v701 = arith.addi %v700, %v33 : i64
                %v702 = arith.muli %v701, %v150 : i64
                %v703 = arith.subi %v651, %v120 : i64
                %v704 = arith.addi %v702, %v703 : i64
                %v705 = llvm.getelementptr %v62[%v704] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v706 = llvm.load %v705 : !llvm.ptr -> f32
                %v707 = arith.negf %v706 : f32
                %v708 = arith.mulf %v707, %v279 fastmath<contract> : f32
                %v709 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v708) : (f32) -> f32
                %v710 = arith.addf %v64, %v709 fastmath<contract> : f32
                %v711 = arith.divf %v64, %v710 : f32
                %v712 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v711) : (f32) -> f32
                %v713 = arith.mulf %v284, %v712 fastmath<contract> : f32
                %v714 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v713) : (f32) -> f32
                llvm.store %v714, %v56 : f32, !llvm.ptr
                %v715 = arith.addi %v213, %v67 : i64
                %v717 = arith.cmpi slt, %v716, %v222 : i32
                %v718 = arith.cmpi eq, %v716, %v228 : i32
                %v719 = arith.addi %v120, %v715 : i64
                %v720 = arith.muli %v33, %v150 : i64
                %v721 = arith.subi %v719, %v120 : i64
                %v722 = arith.addi %v720, %v721 : i64
                %v723 = llvm.getelementptr %v58[%v722] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v724 = llvm.load %v723 : !llvm.ptr -> f32
                %v725 = arith.muli %v47, %v242 : i64
                %v726 = arith.muli %v719, %v241 : i64
                %v727 = arith.addi %v725, %v726 : i64
                %v728 = arith.muli %v45, %v240 : i64
                %v729 = arith.addi %v727, %v728 : i64
                %v730 = arith.muli %v43, %v2 : i64
                %v731 = arith.addi %v729, %v730 : i64
                %v732 = llvm.getelementptr %dy_o[%v731] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v733 = llvm.load %v732 : !llvm.ptr -> f32
                %v734 = arith.mulf %v724, %v733 fastmath<contract> : f32
                %v735 = llvm.load %v53 : !llvm.ptr -> f32
                %v736 = llvm.load %v55 : !llvm.ptr -> f32
                %v737 = arith.mulf %v736, %v735 fastmath<contract> : f32
                %v738 = arith.addf %v734, %v737 fastmath<contract> : f32
                llvm.store %v738, %v53 : f32, !llvm.ptr
                %v739 = llvm.load %v65 : !llvm.ptr -> f32
                %v740 = arith.mulf %v739, %v736 fastmath<contract> : f32
                llvm.store %v740, %v65 : f32, !llvm.ptr
                %v741 = arith.constant 8 : i64
                %v742 = arith.addi %v741, %v33 : i64
                %v743 = arith.muli %v742, %v150 : i64
                %v744 = arith.subi %v719, %v120 : i64
                %v745 = arith.addi %v743, %v744 : i64
                %v746 = llvm.getelementptr %v58[%v745] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v747 = llvm.load %v746 : !llvm.ptr -> f32
                %v748 = arith.mulf %v747, %v733 fastmath<contract> : f32
                %v749 = llvm.load %v54 : !llvm.ptr -> f32
                %v750 = llvm.load %v56 : !llvm.ptr -> f32
                %v751 = arith.mulf %v750, %v749 fastmath<contract> : f32
                %v752 = arith.addf %v748, %v751 fastmath<contract> : f32
                llvm.store %v752, %v54 : f32, !llvm.ptr
                %v753 = llvm.load %v66 : !llvm.ptr -> f32
                %v754 = arith.mulf %v753, %v750 fastmath<contract> : f32
                llvm.store %v754, %v66 : f32, !llvm.ptr
                scf.if %v718 {
                }
                %v755 = arith.muli %v33, %v150 : i64
                %v756 = arith.subi %v719, %v120 : i64
                %v757 = arith.addi %v755, %v756 : i64
                %v758 = llvm.getelementptr %v62[%v757] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v759 = llvm.load %v758 : !llvm.ptr -> f32
                %v760 = arith.negf %v759 : f32
                %v761 = arith.mulf %v760, %v279 fastmath<contract> : f32
                %v762 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v761) : (f32) -> f32
                %v763 = arith.addf %v64, %v762 fastmath<contract> : f32
                %v764 = arith.divf %v64, %v763 : f32
                %v765 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v764) : (f32) -> f32
                %v766 = arith.mulf %v284, %v765 fastmath<contract> : f32
                %v767 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v766) : (f32) -> f32
                llvm.store %v767, %v55 : f32, !llvm.ptr
                %v768 = arith.constant 8 : i64
                %v769 = arith.addi %v768, %v33 : i64
                %v770 = arith.muli %v769, %v150 : i64
                %v771 = arith.subi %v719, %v120 : i64
                %v772 = arith.addi %v770, %v771 : i64
                %v773 = llvm.getelementptr %v62[%v772] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v774 = llvm.load %v773 : !llvm.ptr -> f32
                %v775 = arith.negf %v774 : f32
                %v776 = arith.mulf %v775, %v279 fastmath<contract> : f32
                %v777 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v776) : (f32) -> f32
                %v778 = arith.addf %v64, %v777 fastmath<contract> : f32
                %v779 = arith.divf %v64, %v778 : f32
                %v780 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v779) : (f32) -> f32
                %v781 = arith.mulf %v284, %v780 fastmath<contract> : f32
                %v782 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v781) : (f32) -> f32
                llvm.store %v782, %v56 : f32, !llvm.ptr
              } else {
                %v783 = arith.subi %v122, %v2 : i64
                %v784 = arith.addi %v213, %v33 : i64
                %v785 = arith.minsi %v784, %v783 : i64
                %v786 = arith.addi %v120, %v785 : i64
                // the group's states, recomputed into registers
                %v787 = arith.subi %v122, %v213 : i64
                %v788 = arith.trunci %v787 : i64 to i32
                %v789 = arith.subi %size_L, %v2 : i64
                %v790 = arith.addi %v120, %v213 : i64
                %v791 = arith.subi %v789, %v790 : i64
                %v792 = arith.minsi %v791, %v226 : i64
                %v793 = arith.trunci %v792 : i64 to i32
                %v794 = arith.addi %v213, %v70 : i64
                %v795 = arith.cmpi slt, %v230, %v788 : i32
                %v796 = arith.cmpi eq, %v230, %v793 : i32
                scf.if %v795 {
                  %v797 = arith.addi %v120, %v794 : i64
                  %v798 = arith.muli %v33, %v150 : i64
                  %v799 = arith.subi %v797, %v120 : i64
                  %v800 = arith.addi %v798, %v799 : i64
                  %v801 = llvm.getelementptr %v58[%v800] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v802 = llvm.load %v801 : !llvm.ptr -> f32
                  %v803 = arith.muli %v47, %v242 : i64
                  %v804 = arith.muli %v797, %v241 : i64
                  %v805 = arith.addi %v803, %v804 : i64
                  %v806 = arith.muli %v45, %v240 : i64
                  %v807 = arith.addi %v805, %v806 : i64
                  %v808 = arith.muli %v43, %v2 : i64
                  %v809 = arith.addi %v807, %v808 : i64
                  %v810 = llvm.getelementptr %dy_o[%v809] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v811 = llvm.load %v810 : !llvm.ptr -> f32
                  %v812 = arith.mulf %v802, %v811 fastmath<contract> : f32
                  %v813 = llvm.load %v53 : !llvm.ptr -> f32
                  %v814 = llvm.load %v55 : !llvm.ptr -> f32
                  %v815 = arith.mulf %v814, %v813 fastmath<contract> : f32
                  %v816 = arith.addf %v812, %v815 fastmath<contract> : f32
                  llvm.store %v816, %v53 : f32, !llvm.ptr
                  %v817 = llvm.load %v65 : !llvm.ptr -> f32
                  %v818 = arith.mulf %v817, %v814 fastmath<contract> : f32
                  llvm.store %v818, %v65 : f32, !llvm.ptr
                  %v819 = arith.constant 8 : i64
                  %v820 = arith.addi %v819, %v33 : i64
                  %v821 = arith.muli %v820, %v150 : i64
                  %v822 = arith.subi %v797, %v120 : i64
                  %v823 = arith.addi %v821, %v822 : i64
                  %v824 = llvm.getelementptr %v58[%v823] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v825 = llvm.load %v824 : !llvm.ptr -> f32
                  %v826 = arith.mulf %v825, %v811 fastmath<contract> : f32
                  %v827 = llvm.load %v54 : !llvm.ptr -> f32
                  %v828 = llvm.load %v56 : !llvm.ptr -> f32
                  %v829 = arith.mulf %v828, %v827 fastmath<contract> : f32
                  %v830 = arith.addf %v826, %v829 fastmath<contract> : f32
                  llvm.store %v830, %v54 : f32, !llvm.ptr
                  %v831 = llvm.load %v66 : !llvm.ptr -> f32
                  %v832 = arith.mulf %v831, %v828 fastmath<contract> : f32
                  llvm.store %v832, %v66 : f32, !llvm.ptr
                  scf.if %v796 {
                  }
                  %v833 = arith.muli %v33, %v150 : i64
                  %v834 = arith.subi %v797, %v120 : i64
                  %v835 = arith.addi %v833, %v834 : i64
                  %v836 = llvm.getelementptr %v62[%v835] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v837 = llvm.load %v836 : !llvm.ptr -> f32
                  %v838 = arith.negf %v837 : f32
                  %v839 = arith.mulf %v838, %v279 fastmath<contract> : f32
                  %v840 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v839) : (f32) -> f32
                  %v841 = arith.addf %v64, %v840 fastmath<contract> : f32
                  %v842 = arith.divf %v64, %v841 : f32
                  %v843 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v842) : (f32) -> f32
                  %v844 = arith.mulf %v284, %v843 fastmath<contract> : f32
                  %v845 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v844) : (f32) -> f32
                  llvm.store %v845, %v55 : f32, !llvm.ptr
                  %v846 = arith.constant 8 : i64
                  %v847 = arith.addi %v846, %v33 : i64
                  %v848 = arith.muli %v847, %v150 : i64
                  %v849 = arith.subi %v797, %v120 : i64
                  %v850 = arith.addi %v848, %v849 : i64
                  %v851 = llvm.getelementptr %v62[%v850] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v852 = llvm.load %v851 : !llvm.ptr -> f32
                  %v853 = arith.negf %v852 : f32
                  %v854 = arith.mulf %v853, %v279 fastmath<contract> : f32
                  %v855 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v854) : (f32) -> f32
                  %v856 = arith.addf %v64, %v855 fastmath<contract> : f32
                  %v857 = arith.divf %v64, %v856 : f32
                  %v858 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v857) : (f32) -> f32
                  %v859 = arith.mulf %v284, %v858 fastmath<contract> : f32
                  %v860 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v859) : (f32) -> f32
                  llvm.store %v860, %v56 : f32, !llvm.ptr
                }
                %v861 = arith.addi %v213, %v303 : i64
                %v862 = arith.cmpi slt, %v305, %v788 : i32
                %v863 = arith.cmpi eq, %v305, %v793 : i32
                scf.if %v862 {
                  %v864 = arith.addi %v120, %v861 : i64
                  %v865 = arith.muli %v33, %v150 : i64
                  %v866 = arith.subi %v864, %v120 : i64
                  %v867 = arith.addi %v865, %v866 : i64
                  %v868 = llvm.getelementptr %v58[%v867] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v869 = llvm.load %v868 : !llvm.ptr -> f32
                  %v870 = arith.muli %v47, %v242 : i64
                  %v871 = arith.muli %v864, %v241 : i64
                  %v872 = arith.addi %v870, %v871 : i64
                  %v873 = arith.muli %v45, %v240 : i64
                  %v874 = arith.addi %v872, %v873 : i64
                  %v875 = arith.muli %v43, %v2 : i64
                  %v876 = arith.addi %v874, %v875 : i64
                  %v877 = llvm.getelementptr %dy_o[%v876] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v878 = llvm.load %v877 : !llvm.ptr -> f32
                  %v879 = arith.mulf %v869, %v878 fastmath<contract> : f32
                  %v880 = llvm.load %v53 : !llvm.ptr -> f32
                  %v881 = llvm.load %v55 : !llvm.ptr -> f32
                  %v882 = arith.mulf %v881, %v880 fastmath<contract> : f32
                  %v883 = arith.addf %v879, %v882 fastmath<contract> : f32
                  llvm.store %v883, %v53 : f32, !llvm.ptr
                  %v884 = llvm.load %v65 : !llvm.ptr -> f32
                  %v885 = arith.mulf %v884, %v881 fastmath<contract> : f32
                  llvm.store %v885, %v65 : f32, !llvm.ptr
                  %v886 = arith.constant 8 : i64
                  %v887 = arith.addi %v886, %v33 : i64
                  %v888 = arith.muli %v887, %v150 : i64
                  %v889 = arith.subi %v864, %v120 : i64
                  %v890 = arith.addi %v888, %v889 : i64
                  %v891 = llvm.getelementptr %v58[%v890] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v892 = llvm.load %v891 : !llvm.ptr -> f32
                  %v893 = arith.mulf %v892, %v878 fastmath<contract> : f32
                  %v894 = llvm.load %v54 : !llvm.ptr -> f32
                  %v895 = llvm.load %v56 : !llvm.ptr -> f32
                  %v896 = arith.mulf %v895, %v894 fastmath<contract> : f32
                  %v897 = arith.addf %v893, %v896 fastmath<contract> : f32
                  llvm.store %v897, %v54 : f32, !llvm.ptr
                  %v898 = llvm.load %v66 : !llvm.ptr -> f32
                  %v899 = arith.mulf %v898, %v895 fastmath<contract> : f32
                  llvm.store %v899, %v66 : f32, !llvm.ptr
                  scf.if %v863 {
                  }
                  %v900 = arith.muli %v33, %v150 : i64
                  %v901 = arith.subi %v864, %v120 : i64
                  %v902 = arith.addi %v900, %v901 : i64
                  %v903 = llvm.getelementptr %v62[%v902] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v904 = llvm.load %v903 : !llvm.ptr -> f32
                  %v905 = arith.negf %v904 : f32
                  %v906 = arith.mulf %v905, %v279 fastmath<contract> : f32
                  %v907 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v906) : (f32) -> f32
                  %v908 = arith.addf %v64, %v907 fastmath<contract> : f32
                  %v909 = arith.divf %v64, %v908 : f32
                  %v910 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v909) : (f32) -> f32
                  %v911 = arith.mulf %v284, %v910 fastmath<contract> : f32
                  %v912 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v911) : (f32) -> f32
                  llvm.store %v912, %v55 : f32, !llvm.ptr
                  %v913 = arith.constant 8 : i64
                  %v914 = arith.addi %v913, %v33 : i64
                  %v915 = arith.muli %v914, %v150 : i64
                  %v916 = arith.subi %v864, %v120 : i64
                  %v917 = arith.addi %v915, %v916 : i64
                  %v918 = llvm.getelementptr %v62[%v917] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v919 = llvm.load %v918 : !llvm.ptr -> f32
                  %v920 = arith.negf %v919 : f32
                  %v921 = arith.mulf %v920, %v279 fastmath<contract> : f32
                  %v922 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v921) : (f32) -> f32
                  %v923 = arith.addf %v64, %v922 fastmath<contract> : f32
                  %v924 = arith.divf %v64, %v923 : f32
                  %v925 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v924) : (f32) -> f32
                  %v926 = arith.mulf %v284, %v925 fastmath<contract> : f32
                  %v927 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v926) : (f32) -> f32
                  llvm.store %v927, %v56 : f32, !llvm.ptr
                }
                %v928 = arith.addi %v213, %v372 : i64
                %v929 = arith.cmpi slt, %v374, %v788 : i32
                %v930 = arith.cmpi eq, %v374, %v793 : i32
                scf.if %v929 {
                  %v931 = arith.addi %v120, %v928 : i64
                  %v932 = arith.muli %v33, %v150 : i64
                  %v933 = arith.subi %v931, %v120 : i64
                  %v934 = arith.addi %v932, %v933 : i64
                  %v935 = llvm.getelementptr %v58[%v934] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v936 = llvm.load %v935 : !llvm.ptr -> f32
                  %v937 = arith.muli %v47, %v242 : i64
                  %v938 = arith.muli %v931, %v241 : i64
                  %v939 = arith.addi %v937, %v938 : i64
                  %v940 = arith.muli %v45, %v240 : i64
                  %v941 = arith.addi %v939, %v940 : i64
                  %v942 = arith.muli %v43, %v2 : i64
                  %v943 = arith.addi %v941, %v942 : i64
                  %v944 = llvm.getelementptr %dy_o[%v943] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v945 = llvm.load %v944 : !llvm.ptr -> f32
                  %v946 = arith.mulf %v936, %v945 fastmath<contract> : f32
                  %v947 = llvm.load %v53 : !llvm.ptr -> f32
                  %v948 = llvm.load %v55 : !llvm.ptr -> f32
                  %v949 = arith.mulf %v948, %v947 fastmath<contract> : f32
                  %v950 = arith.addf %v946, %v949 fastmath<contract> : f32
                  llvm.store %v950, %v53 : f32, !llvm.ptr
                  %v951 = llvm.load %v65 : !llvm.ptr -> f32
                  %v952 = arith.mulf %v951, %v948 fastmath<contract> : f32
                  llvm.store %v952, %v65 : f32, !llvm.ptr
                  %v953 = arith.constant 8 : i64
                  %v954 = arith.addi %v953, %v33 : i64
                  %v955 = arith.muli %v954, %v150 : i64
                  %v956 = arith.subi %v931, %v120 : i64
                  %v957 = arith.addi %v955, %v956 : i64
                  %v958 = llvm.getelementptr %v58[%v957] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v959 = llvm.load %v958 : !llvm.ptr -> f32
                  %v960 = arith.mulf %v959, %v945 fastmath<contract> : f32
                  %v961 = llvm.load %v54 : !llvm.ptr -> f32
                  %v962 = llvm.load %v56 : !llvm.ptr -> f32
                  %v963 = arith.mulf %v962, %v961 fastmath<contract> : f32
                  %v964 = arith.addf %v960, %v963 fastmath<contract> : f32
                  llvm.store %v964, %v54 : f32, !llvm.ptr
                  %v965 = llvm.load %v66 : !llvm.ptr -> f32
                  %v966 = arith.mulf %v965, %v962 fastmath<contract> : f32
                  llvm.store %v966, %v66 : f32, !llvm.ptr
                  scf.if %v930 {
                  }
                  %v967 = arith.muli %v33, %v150 : i64
                  %v968 = arith.subi %v931, %v120 : i64
                  %v969 = arith.addi %v967, %v968 : i64
                  %v970 = llvm.getelementptr %v62[%v969] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v971 = llvm.load %v970 : !llvm.ptr -> f32
                  %v972 = arith.negf %v971 : f32
                  %v973 = arith.mulf %v972, %v279 fastmath<contract> : f32
                  %v974 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v973) : (f32) -> f32
                  %v975 = arith.addf %v64, %v974 fastmath<contract> : f32
                  %v976 = arith.divf %v64, %v975 : f32
                  %v977 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v976) : (f32) -> f32
                  %v978 = arith.mulf %v284, %v977 fastmath<contract> : f32
                  %v979 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v978) : (f32) -> f32
                  llvm.store %v979, %v55 : f32, !llvm.ptr
                  %v980 = arith.constant 8 : i64
                  %v981 = arith.addi %v980, %v33 : i64
                  %v982 = arith.muli %v981, %v150 : i64
                  %v983 = arith.subi %v931, %v120 : i64
                  %v984 = arith.addi %v982, %v983 : i64
                  %v985 = llvm.getelementptr %v62[%v984] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v986 = llvm.load %v985 : !llvm.ptr -> f32
                  %v987 = arith.negf %v986 : f32
                  %v988 = arith.mulf %v987, %v279 fastmath<contract> : f32
                  %v989 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v988) : (f32) -> f32
                  %v990 = arith.addf %v64, %v989 fastmath<contract> : f32
                  %v991 = arith.divf %v64, %v990 : f32
                  %v992 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v991) : (f32) -> f32
                  %v993 = arith.mulf %v284, %v992 fastmath<contract> : f32
                  %v994 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v993) : (f32) -> f32
                  llvm.store %v994, %v56 : f32, !llvm.ptr
                }
                %v995 = arith.addi %v213, %v49 : i64
                %v996 = arith.cmpi slt, %v442, %v788 : i32
                %v997 = arith.cmpi eq, %v442, %v793 : i32
                scf.if %v996 {
                  %v998 = arith.addi %v120, %v995 : i64
                  %v999 = arith.muli %v33, %v150 : i64
                  %v1000 = arith.subi %v998, %v120 : i64
                  %v1001 = arith.addi %v999, %v1000 : i64
                  %v1002 = llvm.getelementptr %v58[%v1001] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1003 = llvm.load %v1002 : !llvm.ptr -> f32
                  %v1004 = arith.muli %v47, %v242 : i64
                  %v1005 = arith.muli %v998, %v241 : i64
                  %v1006 = arith.addi %v1004, %v1005 : i64
                  %v1007 = arith.muli %v45, %v240 : i64
                  %v1008 = arith.addi %v1006, %v1007 : i64
                  %v1009 = arith.muli %v43, %v2 : i64
                  %v1010 = arith.addi %v1008, %v1009 : i64
                  %v1011 = llvm.getelementptr %dy_o[%v1010] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1012 = llvm.load %v1011 : !llvm.ptr -> f32
                  %v1013 = arith.mulf %v1003, %v1012 fastmath<contract> : f32
                  %v1014 = llvm.load %v53 : !llvm.ptr -> f32
                  %v1015 = llvm.load %v55 : !llvm.ptr -> f32
                  %v1016 = arith.mulf %v1015, %v1014 fastmath<contract> : f32
                  %v1017 = arith.addf %v1013, %v1016 fastmath<contract> : f32
                  llvm.store %v1017, %v53 : f32, !llvm.ptr
                  %v1018 = llvm.load %v65 : !llvm.ptr -> f32
                  %v1019 = arith.mulf %v1018, %v1015 fastmath<contract> : f32
                  llvm.store %v1019, %v65 : f32, !llvm.ptr
                  %v1020 = arith.constant 8 : i64
                  %v1021 = arith.addi %v1020, %v33 : i64
                  %v1022 = arith.muli %v1021, %v150 : i64
                  %v1023 = arith.subi %v998, %v120 : i64
                  %v1024 = arith.addi %v1022, %v1023 : i64
                  %v1025 = llvm.getelementptr %v58[%v1024] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1026 = llvm.load %v1025 : !llvm.ptr -> f32
                  %v1027 = arith.mulf %v1026, %v1012 fastmath<contract> : f32
                  %v1028 = llvm.load %v54 : !llvm.ptr -> f32
                  %v1029 = llvm.load %v56 : !llvm.ptr -> f32
                  %v1030 = arith.mulf %v1029, %v1028 fastmath<contract> : f32
                  %v1031 = arith.addf %v1027, %v1030 fastmath<contract> : f32
                  llvm.store %v1031, %v54 : f32, !llvm.ptr
                  %v1032 = llvm.load %v66 : !llvm.ptr -> f32
                  %v1033 = arith.mulf %v1032, %v1029 fastmath<contract> : f32
                  llvm.store %v1033, %v66 : f32, !llvm.ptr
                  scf.if %v997 {
                  }
                  %v1034 = arith.muli %v33, %v150 : i64
                  %v1035 = arith.subi %v998, %v120 : i64
                  %v1036 = arith.addi %v1034, %v1035 : i64
                  %v1037 = llvm.getelementptr %v62[%v1036] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1038 = llvm.load %v1037 : !llvm.ptr -> f32
                  %v1039 = arith.negf %v1038 : f32
                  %v1040 = arith.mulf %v1039, %v279 fastmath<contract> : f32
                  %v1041 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1040) : (f32) -> f32
                  %v1042 = arith.addf %v64, %v1041 fastmath<contract> : f32
                  %v1043 = arith.divf %v64, %v1042 : f32
                  %v1044 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v1043) : (f32) -> f32
                  %v1045 = arith.mulf %v284, %v1044 fastmath<contract> : f32
                  %v1046 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1045) : (f32) -> f32
                  llvm.store %v1046, %v55 : f32, !llvm.ptr
                  %v1047 = arith.constant 8 : i64
                  %v1048 = arith.addi %v1047, %v33 : i64
                  %v1049 = arith.muli %v1048, %v150 : i64
                  %v1050 = arith.subi %v998, %v120 : i64
                  %v1051 = arith.addi %v1049, %v1050 : i64
                  %v1052 = llvm.getelementptr %v62[%v1051] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1053 = llvm.load %v1052 : !llvm.ptr -> f32
                  %v1054 = arith.negf %v1053 : f32
                  %v1055 = arith.mulf %v1054, %v279 fastmath<contract> : f32
                  %v1056 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1055) : (f32) -> f32
                  %v1057 = arith.addf %v64, %v1056 fastmath<contract> : f32
                  %v1058 = arith.divf %v64, %v1057 : f32
                  %v1059 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v1058) : (f32) -> f32
                  %v1060 = arith.mulf %v284, %v1059 fastmath<contract> : f32
                  %v1061 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1060) : (f32) -> f32
                  llvm.store %v1061, %v56 : f32, !llvm.ptr
                }
                %v1062 = arith.addi %v213, %v509 : i64
                %v1063 = arith.cmpi slt, %v511, %v788 : i32
                %v1064 = arith.cmpi eq, %v511, %v793 : i32
                scf.if %v1063 {
                  %v1065 = arith.addi %v120, %v1062 : i64
                  %v1066 = arith.muli %v33, %v150 : i64
                  %v1067 = arith.subi %v1065, %v120 : i64
                  %v1068 = arith.addi %v1066, %v1067 : i64
                  %v1069 = llvm.getelementptr %v58[%v1068] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1070 = llvm.load %v1069 : !llvm.ptr -> f32
                  %v1071 = arith.muli %v47, %v242 : i64
                  %v1072 = arith.muli %v1065, %v241 : i64
                  %v1073 = arith.addi %v1071, %v1072 : i64
                  %v1074 = arith.muli %v45, %v240 : i64
                  %v1075 = arith.addi %v1073, %v1074 : i64
                  %v1076 = arith.muli %v43, %v2 : i64
                  %v1077 = arith.addi %v1075, %v1076 : i64
                  %v1078 = llvm.getelementptr %dy_o[%v1077] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1079 = llvm.load %v1078 : !llvm.ptr -> f32
                  %v1080 = arith.mulf %v1070, %v1079 fastmath<contract> : f32
                  %v1081 = llvm.load %v53 : !llvm.ptr -> f32
                  %v1082 = llvm.load %v55 : !llvm.ptr -> f32
                  %v1083 = arith.mulf %v1082, %v1081 fastmath<contract> : f32
                  %v1084 = arith.addf %v1080, %v1083 fastmath<contract> : f32
                  llvm.store %v1084, %v53 : f32, !llvm.ptr
                  %v1085 = llvm.load %v65 : !llvm.ptr -> f32
                  %v1086 = arith.mulf %v1085, %v1082 fastmath<contract> : f32
                  llvm.store %v1086, %v65 : f32, !llvm.ptr
                  %v1087 = arith.constant 8 : i64
                  %v1088 = arith.addi %v1087, %v33 : i64
                  %v1089 = arith.muli %v1088, %v150 : i64
                  %v1090 = arith.subi %v1065, %v120 : i64
                  %v1091 = arith.addi %v1089, %v1090 : i64
                  %v1092 = llvm.getelementptr %v58[%v1091] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1093 = llvm.load %v1092 : !llvm.ptr -> f32
                  %v1094 = arith.mulf %v1093, %v1079 fastmath<contract> : f32
                  %v1095 = llvm.load %v54 : !llvm.ptr -> f32
                  %v1096 = llvm.load %v56 : !llvm.ptr -> f32
                  %v1097 = arith.mulf %v1096, %v1095 fastmath<contract> : f32
                  %v1098 = arith.addf %v1094, %v1097 fastmath<contract> : f32
                  llvm.store %v1098, %v54 : f32, !llvm.ptr
                  %v1099 = llvm.load %v66 : !llvm.ptr -> f32
                  %v1100 = arith.mulf %v1099, %v1096 fastmath<contract> : f32
                  llvm.store %v1100, %v66 : f32, !llvm.ptr
                  scf.if %v1064 {
                  }
                  %v1101 = arith.muli %v33, %v150 : i64
                  %v1102 = arith.subi %v1065, %v120 : i64
                  %v1103 = arith.addi %v1101, %v1102 : i64
                  %v1104 = llvm.getelementptr %v62[%v1103] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1105 = llvm.load %v1104 : !llvm.ptr -> f32
                  %v1106 = arith.negf %v1105 : f32
                  %v1107 = arith.mulf %v1106, %v279 fastmath<contract> : f32
                  %v1108 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1107) : (f32) -> f32
                  %v1109 = arith.addf %v64, %v1108 fastmath<contract> : f32
                  %v1110 = arith.divf %v64, %v1109 : f32
                  %v1111 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v1110) : (f32) -> f32
                  %v1112 = arith.mulf %v284, %v1111 fastmath<contract> : f32
                  %v1113 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1112) : (f32) -> f32
                  llvm.store %v1113, %v55 : f32, !llvm.ptr
                  %v1114 = arith.constant 8 : i64
                  %v1115 = arith.addi %v1114, %v33 : i64
                  %v1116 = arith.muli %v1115, %v150 : i64
                  %v1117 = arith.subi %v1065, %v120 : i64
                  %v1118 = arith.addi %v1116, %v1117 : i64
                  %v1119 = llvm.getelementptr %v62[%v1118] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1120 = llvm.load %v1119 : !llvm.ptr -> f32
                  %v1121 = arith.negf %v1120 : f32
                  %v1122 = arith.mulf %v1121, %v279 fastmath<contract> : f32
                  %v1123 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1122) : (f32) -> f32
                  %v1124 = arith.addf %v64, %v1123 fastmath<contract> : f32
                  %v1125 = arith.divf %v64, %v1124 : f32
                  %v1126 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v1125) : (f32) -> f32
                  %v1127 = arith.mulf %v284, %v1126 fastmath<contract> : f32
                  %v1128 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1127) : (f32) -> f32
                  llvm.store %v1128, %v56 : f32, !llvm.ptr
                }
                %v1129 = arith.addi %v213, %v578 : i64
                %v1130 = arith.cmpi slt, %v580, %v788 : i32
                %v1131 = arith.cmpi eq, %v580, %v793 : i32
                scf.if %v1130 {
                  %v1132 = arith.addi %v120, %v1129 : i64
                  %v1133 = arith.muli %v33, %v150 : i64
                  %v1134 = arith.subi %v1132, %v120 : i64
                  %v1135 = arith.addi %v1133, %v1134 : i64
                  %v1136 = llvm.getelementptr %v58[%v1135] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1137 = llvm.load %v1136 : !llvm.ptr -> f32
                  %v1138 = arith.muli %v47, %v242 : i64
                  %v1139 = arith.muli %v1132, %v241 : i64
                  %v1140 = arith.addi %v1138, %v1139 : i64
                  %v1141 = arith.muli %v45, %v240 : i64
                  %v1142 = arith.addi %v1140, %v1141 : i64
                  %v1143 = arith.muli %v43, %v2 : i64
                  %v1144 = arith.addi %v1142, %v1143 : i64
                  %v1145 = llvm.getelementptr %dy_o[%v1144] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1146 = llvm.load %v1145 : !llvm.ptr -> f32
                  %v1147 = arith.mulf %v1137, %v1146 fastmath<contract> : f32
                  %v1148 = llvm.load %v53 : !llvm.ptr -> f32
                  %v1149 = llvm.load %v55 : !llvm.ptr -> f32
                  %v1150 = arith.mulf %v1149, %v1148 fastmath<contract> : f32
                  %v1151 = arith.addf %v1147, %v1150 fastmath<contract> : f32
                  llvm.store %v1151, %v53 : f32, !llvm.ptr
                  %v1152 = llvm.load %v65 : !llvm.ptr -> f32
                  %v1153 = arith.mulf %v1152, %v1149 fastmath<contract> : f32
                  llvm.store %v1153, %v65 : f32, !llvm.ptr
                  %v1154 = arith.constant 8 : i64
                  %v1155 = arith.addi %v1154, %v33 : i64
                  %v1156 = arith.muli %v1155, %v150 : i64
                  %v1157 = arith.subi %v1132, %v120 : i64
                  %v1158 = arith.addi %v1156, %v1157 : i64
                  %v1159 = llvm.getelementptr %v58[%v1158] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1160 = llvm.load %v1159 : !llvm.ptr -> f32
                  %v1161 = arith.mulf %v1160, %v1146 fastmath<contract> : f32
                  %v1162 = llvm.load %v54 : !llvm.ptr -> f32
                  %v1163 = llvm.load %v56 : !llvm.ptr -> f32
                  %v1164 = arith.mulf %v1163, %v1162 fastmath<contract> : f32
                  %v1165 = arith.addf %v1161, %v1164 fastmath<contract> : f32
                  llvm.store %v1165, %v54 : f32, !llvm.ptr
                  %v1166 = llvm.load %v66 : !llvm.ptr -> f32
                  %v1167 = arith.mulf %v1166, %v1163 fastmath<contract> : f32
                  llvm.store %v1167, %v66 : f32, !llvm.ptr
                  scf.if %v1131 {
                  }
                  %v1168 = arith.muli %v33, %v150 : i64
                  %v1169 = arith.subi %v1132, %v120 : i64
                  %v1170 = arith.addi %v1168, %v1169 : i64
                  %v1171 = llvm.getelementptr %v62[%v1170] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1172 = llvm.load %v1171 : !llvm.ptr -> f32
                  %v1173 = arith.negf %v1172 : f32
                  %v1174 = arith.mulf %v1173, %v279 fastmath<contract> : f32
                  %v1175 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1174) : (f32) -> f32
                  %v1176 = arith.addf %v64, %v1175 fastmath<contract> : f32
                  %v1177 = arith.divf %v64, %v1176 : f32
                  %v1178 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v1177) : (f32) -> f32
                  %v1179 = arith.mulf %v284, %v1178 fastmath<contract> : f32
                  %v1180 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1179) : (f32) -> f32
                  llvm.store %v1180, %v55 : f32, !llvm.ptr
                  %v1181 = arith.constant 8 : i64
                  %v1182 = arith.addi %v1181, %v33 : i64
                  %v1183 = arith.muli %v1182, %v150 : i64
                  %v1184 = arith.subi %v1132, %v120 : i64
                  %v1185 = arith.addi %v1183, %v1184 : i64
                  %v1186 = llvm.getelementptr %v62[%v1185] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1187 = llvm.load %v1186 : !llvm.ptr -> f32
                  %v1188 = arith.negf %v1187 : f32
                  %v1189 = arith.mulf %v1188, %v279 fastmath<contract> : f32
                  %v1190 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1189) : (f32) -> f32
                  %v1191 = arith.addf %v64, %v1190 fastmath<contract> : f32
                  %v1192 = arith.divf %v64, %v1191 : f32
                  %v1193 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v1192) : (f32) -> f32
                  %v1194 = arith.mulf %v284, %v1193 fastmath<contract> : f32
                  %v1195 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1194) : (f32) -> f32
                  llvm.store %v1195, %v56 : f32, !llvm.ptr
                }
                %v1196 = arith.addi %v213, %v2 : i64
                %v1197 = arith.cmpi slt, %v648, %v788 : i32
                %v1198 = arith.cmpi eq, %v648, %v793 : i32
                scf.if %v1197 {
                  %v1199 = arith.addi %v120, %v1196 : i64
                  %v1200 = arith.muli %v33, %v150 : i64
                  %v1201 = arith.subi %v1199, %v120 : i64
                  %v1202 = arith.addi %v1200, %v1201 : i64
                  %v1203 = llvm.getelementptr %v58[%v1202] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1204 = llvm.load %v1203 : !llvm.ptr -> f32
                  %v1205 = arith.muli %v47, %v242 : i64
                  %v1206 = arith.muli %v1199, %v241 : i64
                  %v1207 = arith.addi %v1205, %v1206 : i64
                  %v1208 = arith.muli %v45, %v240 : i64
                  %v1209 = arith.addi %v1207, %v1208 : i64
                  %v1210 = arith.muli %v43, %v2 : i64
                  %v1211 = arith.addi %v1209, %v1210 : i64
                  %v1212 = llvm.getelementptr %dy_o[%v1211] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1213 = llvm.load %v1212 : !llvm.ptr -> f32
                  %v1214 = arith.mulf %v1204, %v1213 fastmath<contract> : f32
                  %v1215 = llvm.load %v53 : !llvm.ptr -> f32
                  %v1216 = llvm.load %v55 : !llvm.ptr -> f32
                  %v1217 = arith.mulf %v1216, %v1215 fastmath<contract> : f32
                  %v1218 = arith.addf %v1214, %v1217 fastmath<contract> : f32
                  llvm.store %v1218, %v53 : f32, !llvm.ptr
                  %v1219 = llvm.load %v65 : !llvm.ptr -> f32
                  %v1220 = arith.mulf %v1219, %v1216 fastmath<contract> : f32
                  llvm.store %v1220, %v65 : f32, !llvm.ptr
                  %v1221 = arith.constant 8 : i64
                  %v1222 = arith.addi %v1221, %v33 : i64
                  %v1223 = arith.muli %v1222, %v150 : i64
                  %v1224 = arith.subi %v1199, %v120 : i64
                  %v1225 = arith.addi %v1223, %v1224 : i64
                  %v1226 = llvm.getelementptr %v58[%v1225] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1227 = llvm.load %v1226 : !llvm.ptr -> f32
                  %v1228 = arith.mulf %v1227, %v1213 fastmath<contract> : f32
                  %v1229 = llvm.load %v54 : !llvm.ptr -> f32
                  %v1230 = llvm.load %v56 : !llvm.ptr -> f32
                  %v1231 = arith.mulf %v1230, %v1229 fastmath<contract> : f32
                  %v1232 = arith.addf %v1228, %v1231 fastmath<contract> : f32
                  llvm.store %v1232, %v54 : f32, !llvm.ptr
                  %v1233 = llvm.load %v66 : !llvm.ptr -> f32
                  %v1234 = arith.mulf %v1233, %v1230 fastmath<contract> : f32
                  llvm.store %v1234, %v66 : f32, !llvm.ptr
                  scf.if %v1198 {
                  }
                  %v1235 = arith.muli %v33, %v150 : i64
                  %v1236 = arith.subi %v1199, %v120 : i64
                  %v1237 = arith.addi %v1235, %v1236 : i64
                  %v1238 = llvm.getelementptr %v62[%v1237] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1239 = llvm.load %v1238 : !llvm.ptr -> f32
                  %v1240 = arith.negf %v1239 : f32
                  %v1241 = arith.mulf %v1240, %v279 fastmath<contract> : f32
                  %v1242 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1241) : (f32) -> f32
                  %v1243 = arith.addf %v64, %v1242 fastmath<contract> : f32
                  %v1244 = arith.divf %v64, %v1243 : f32
                  %v1245 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v1244) : (f32) -> f32
                  %v1246 = arith.mulf %v284, %v1245 fastmath<contract> : f32
                  %v1247 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1246) : (f32) -> f32
                  llvm.store %v1247, %v55 : f32, !llvm.ptr
                  %v1248 = arith.constant 8 : i64
                  %v1249 = arith.addi %v1248, %v33 : i64
                  %v1250 = arith.muli %v1249, %v150 : i64
                  %v1251 = arith.subi %v1199, %v120 : i64
                  %v1252 = arith.addi %v1250, %v1251 : i64
                  %v1253 = llvm.getelementptr %v62[%v1252] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1254 = llvm.load %v1253 : !llvm.ptr -> f32
                  %v1255 = arith.negf %v1254 : f32
                  %v1256 = arith.mulf %v1255, %v279 fastmath<contract> : f32
                  %v1257 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1256) : (f32) -> f32
                  %v1258 = arith.addf %v64, %v1257 fastmath<contract> : f32
                  %v1259 = arith.divf %v64, %v1258 : f32
                  %v1260 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v1259) : (f32) -> f32
                  %v1261 = arith.mulf %v284, %v1260 fastmath<contract> : f32
                  %v1262 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1261) : (f32) -> f32
                  llvm.store %v1262, %v56 : f32, !llvm.ptr
                }
                %v1263 = arith.addi %v213, %v67 : i64
                %v1264 = arith.cmpi slt, %v716, %v788 : i32
                %v1265 = arith.cmpi eq, %v716, %v793 : i32
                scf.if %v1264 {
                  %v1266 = arith.addi %v120, %v1263 : i64
                  %v1267 = arith.muli %v33, %v150 : i64
                  %v1268 = arith.subi %v1266, %v120 : i64
                  %v1269 = arith.addi %v1267, %v1268 : i64
                  %v1270 = llvm.getelementptr %v58[%v1269] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1271 = llvm.load %v1270 : !llvm.ptr -> f32
                  %v1272 = arith.muli %v47, %v242 : i64
                  %v1273 = arith.muli %v1266, %v241 : i64
                  %v1274 = arith.addi %v1272, %v1273 : i64
                  %v1275 = arith.muli %v45, %v240 : i64
                  %v1276 = arith.addi %v1274, %v1275 : i64
                  %v1277 = arith.muli %v43, %v2 : i64
                  %v1278 = arith.addi %v1276, %v1277 : i64
                  %v1279 = llvm.getelementptr %dy_o[%v1278] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1280 = llvm.load %v1279 : !llvm.ptr -> f32
                  %v1281 = arith.mulf %v1271, %v1280 fastmath<contract> : f32
                  %v1282 = llvm.load %v53 : !llvm.ptr -> f32
                  %v1283 = llvm.load %v55 : !llvm.ptr -> f32
                  %v1284 = arith.mulf %v1283, %v1282 fastmath<contract> : f32
                  %v1285 = arith.addf %v1281, %v1284 fastmath<contract> : f32
                  llvm.store %v1285, %v53 : f32, !llvm.ptr
                  %v1286 = llvm.load %v65 : !llvm.ptr -> f32
                  %v1287 = arith.mulf %v1286, %v1283 fastmath<contract> : f32
                  llvm.store %v1287, %v65 : f32, !llvm.ptr
                  %v1288 = arith.constant 8 : i64
                  %v1289 = arith.addi %v1288, %v33 : i64
                  %v1290 = arith.muli %v1289, %v150 : i64
                  %v1291 = arith.subi %v1266, %v120 : i64
                  %v1292 = arith.addi %v1290, %v1291 : i64
                  %v1293 = llvm.getelementptr %v58[%v1292] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1294 = llvm.load %v1293 : !llvm.ptr -> f32
                  %v1295 = arith.mulf %v1294, %v1280 fastmath<contract> : f32
                  %v1296 = llvm.load %v54 : !llvm.ptr -> f32
                  %v1297 = llvm.load %v56 : !llvm.ptr -> f32
                  %v1298 = arith.mulf %v1297, %v1296 fastmath<contract> : f32
                  %v1299 = arith.addf %v1295, %v1298 fastmath<contract> : f32
                  llvm.store %v1299, %v54 : f32, !llvm.ptr
                  %v1300 = llvm.load %v66 : !llvm.ptr -> f32
                  %v1301 = arith.mulf %v1300, %v1297 fastmath<contract> : f32
                  llvm.store %v1301, %v66 : f32, !llvm.ptr
                  scf.if %v1265 {
                  }
                  %v1302 = arith.muli %v33, %v150 : i64
                  %v1303 = arith.subi %v1266, %v120 : i64
                  %v1304 = arith.addi %v1302, %v1303 : i64
                  %v1305 = llvm.getelementptr %v62[%v1304] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1306 = llvm.load %v1305 : !llvm.ptr -> f32
                  %v1307 = arith.negf %v1306 : f32
                  %v1308 = arith.mulf %v1307, %v279 fastmath<contract> : f32
                  %v1309 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1308) : (f32) -> f32
                  %v1310 = arith.addf %v64, %v1309 fastmath<contract> : f32
                  %v1311 = arith.divf %v64, %v1310 : f32
                  %v1312 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v1311) : (f32) -> f32
                  %v1313 = arith.mulf %v284, %v1312 fastmath<contract> : f32
                  %v1314 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1313) : (f32) -> f32
                  llvm.store %v1314, %v55 : f32, !llvm.ptr
                  %v1315 = arith.constant 8 : i64
                  %v1316 = arith.addi %v1315, %v33 : i64
                  %v1317 = arith.muli %v1316, %v150 : i64
                  %v1318 = arith.subi %v1266, %v120 : i64
                  %v1319 = arith.addi %v1317, %v1318 : i64
                  %v1320 = llvm.getelementptr %v62[%v1319] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1321 = llvm.load %v1320 : !llvm.ptr -> f32
                  %v1322 = arith.negf %v1321 : f32
                  %v1323 = arith.mulf %v1322, %v279 fastmath<contract> : f32
                  %v1324 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1323) : (f32) -> f32
                  %v1325 = arith.addf %v64, %v1324 fastmath<contract> : f32
                  %v1326 = arith.divf %v64, %v1325 : f32
                  %v1327 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v1326) : (f32) -> f32
                  %v1328 = arith.mulf %v284, %v1327 fastmath<contract> : f32
                  %v1329 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1328) : (f32) -> f32
                  llvm.store %v1329, %v56 : f32, !llvm.ptr
                }
              }
            }
          }
        }
      }
      scf.if %v37 {
        %v1330 = llvm.load %v53 : !llvm.ptr -> f32
        %v1331 = arith.addi %v67, %v33 : i64
        %v1332 = arith.muli %v67, %v9 : i64
        %v1333 = arith.addi %v1332, %v28 : i64
        %v1334 = arith.muli %v1333, %v1 : i64
        %v1335 = arith.addi %v1334, %v1331 : i64
        %v1336 = arith.muli %v1335, %v5 : i64
        %v1337 = arith.subi %v5, %v2 : i64
        %v1338 = arith.minsi %v39, %v1337 : i64
        %v1339 = arith.addi %v1336, %v1338 : i64
        %v1340 = llvm.getelementptr %segsum_S[%v1339] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1330, %v1340 : f32, !llvm.ptr
        %v1341 = llvm.load %v65 : !llvm.ptr -> f32
        %v1342 = arith.addi %v67, %v33 : i64
        %v1343 = arith.muli %v2, %v9 : i64
        %v1344 = arith.addi %v1343, %v28 : i64
        %v1345 = arith.muli %v1344, %v1 : i64
        %v1346 = arith.addi %v1345, %v1342 : i64
        %v1347 = arith.muli %v1346, %v5 : i64
        %v1348 = arith.subi %v5, %v2 : i64
        %v1349 = arith.minsi %v39, %v1348 : i64
        %v1350 = arith.addi %v1347, %v1349 : i64
        %v1351 = llvm.getelementptr %segsum_S[%v1350] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1341, %v1351 : f32, !llvm.ptr
        %v1352 = llvm.load %v55 : !llvm.ptr -> f32
        %v1353 = arith.addi %v67, %v33 : i64
        %v1354 = arith.muli %v578, %v9 : i64
        %v1355 = arith.addi %v1354, %v28 : i64
        %v1356 = arith.muli %v1355, %v1 : i64
        %v1357 = arith.addi %v1356, %v1353 : i64
        %v1358 = arith.muli %v1357, %v5 : i64
        %v1359 = arith.subi %v5, %v2 : i64
        %v1360 = arith.minsi %v39, %v1359 : i64
        %v1361 = arith.addi %v1358, %v1360 : i64
        %v1362 = llvm.getelementptr %segsum_S[%v1361] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1352, %v1362 : f32, !llvm.ptr
        %v1363 = llvm.load %v54 : !llvm.ptr -> f32
        %v1364 = arith.addi %v32, %v33 : i64
        %v1365 = arith.muli %v67, %v9 : i64
        %v1366 = arith.addi %v1365, %v28 : i64
        %v1367 = arith.muli %v1366, %v1 : i64
        %v1368 = arith.addi %v1367, %v1364 : i64
        %v1369 = arith.muli %v1368, %v5 : i64
        %v1370 = arith.subi %v5, %v2 : i64
        %v1371 = arith.minsi %v39, %v1370 : i64
        %v1372 = arith.addi %v1369, %v1371 : i64
        %v1373 = llvm.getelementptr %segsum_S[%v1372] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1363, %v1373 : f32, !llvm.ptr
        %v1374 = llvm.load %v66 : !llvm.ptr -> f32
        %v1375 = arith.addi %v32, %v33 : i64
        %v1376 = arith.muli %v2, %v9 : i64
        %v1377 = arith.addi %v1376, %v28 : i64
        %v1378 = arith.muli %v1377, %v1 : i64
        %v1379 = arith.addi %v1378, %v1375 : i64
        %v1380 = arith.muli %v1379, %v5 : i64
        %v1381 = arith.subi %v5, %v2 : i64
        %v1382 = arith.minsi %v39, %v1381 : i64
        %v1383 = arith.addi %v1380, %v1382 : i64
        %v1384 = llvm.getelementptr %segsum_S[%v1383] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1374, %v1384 : f32, !llvm.ptr
        %v1385 = llvm.load %v56 : !llvm.ptr -> f32
        %v1386 = arith.addi %v32, %v33 : i64
        %v1387 = arith.muli %v578, %v9 : i64
        %v1388 = arith.addi %v1387, %v28 : i64
        %v1389 = arith.muli %v1388, %v1 : i64
        %v1390 = arith.addi %v1389, %v1386 : i64
        %v1391 = arith.muli %v1390, %v5 : i64
        %v1392 = arith.subi %v5, %v2 : i64
        %v1393 = arith.minsi %v39, %v1392 : i64
        %v1394 = arith.addi %v1391, %v1393 : i64
        %v1395 = llvm.getelementptr %segsum_S[%v1394] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1385, %v1395 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
