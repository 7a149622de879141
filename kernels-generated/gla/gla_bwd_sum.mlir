module attributes {gpu.container_module} {
  gpu.module @linrec {
    llvm.mlir.global internal @rows_gla_bwd_sum_q() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<1040 x f32>
    llvm.mlir.global internal @rows_gla_bwd_sum_k() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<1040 x f32>
    llvm.mlir.global internal @rows_gla_bwd_sum_g() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<1040 x f32>
    gpu.func @gla_bwd_sum(%in_q: !llvm.ptr, %in_k: !llvm.ptr, %in_v: !llvm.ptr, %in_g: !llvm.ptr, %dy_o: !llvm.ptr, %ckpt_S: !llvm.ptr, %scratch_S: !llvm.ptr, %segsum_S: !llvm.ptr, %size_B: i64, %size_L: i64, %size_H: i64, %size_DK: i64, %size_DV: i64) kernel attributes {nvvm.maxntid = array<i32: 256, 1, 1>, nvvm.minctasm = 3 : i32} {
      %v1 = arith.constant 16 : i64
      %v2 = arith.constant 1 : i64
      %v3 = arith.muli %size_B, %size_H : i64
      %v4 = arith.muli %v3, %size_DV : i64
      %v5 = arith.constant 255 : i64
      %v6 = arith.addi %size_L, %v5 : i64
      %v7 = arith.constant 256 : i64
      %v8 = arith.divui %v6, %v7 : i64
      %v9 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v10 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v11 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v12 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v13 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v14 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v19 = arith.constant 32 : i64
      %v20 = arith.constant 31 : i64
      %v31 = arith.constant 8 : i64
      %v48 = arith.constant 4 : i64
      %v52 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v53 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v54 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v55 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v56 = llvm.mlir.addressof @rows_gla_bwd_sum_q : !llvm.ptr<3>
      %v57 = llvm.addrspacecast %v56 : !llvm.ptr<3> to !llvm.ptr
      %v58 = llvm.mlir.addressof @rows_gla_bwd_sum_k : !llvm.ptr<3>
      %v59 = llvm.addrspacecast %v58 : !llvm.ptr<3> to !llvm.ptr
      %v60 = llvm.mlir.addressof @rows_gla_bwd_sum_g : !llvm.ptr<3>
      %v61 = llvm.addrspacecast %v60 : !llvm.ptr<3> to !llvm.ptr
      %v62 = arith.constant 0x00000000 : f32
      %v63 = arith.constant 0x3F800000 : f32
      %v64 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v65 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v66 = arith.constant 0 : i64
      %v68 = arith.constant 64 : i64
      %v69 = arith.constant 7 : i64
      %v70 = arith.constant 63 : i64
      %v125 = arith.constant 1024 : i64
      %v137 = arith.muli %v1, %size_H : i64
      %v138 = arith.muli %v137, %size_L : i64
      %v147 = arith.constant 65 : i64
      %v221 = arith.constant 2147483647 : i64
      %v225 = arith.constant 7 : i32
      %v228 = arith.constant 32 : i32
      %v235 = arith.muli %size_DV, %size_H : i64
      %v236 = arith.muli %v235, %size_L : i64
      %v272 = arith.constant 0x3FB8AA3B : f32
      %v277 = arith.constant 0x3D800000 : f32
      %v296 = arith.constant 6 : i64
      %v298 = arith.constant 6 : i32
      %v364 = arith.constant 5 : i64
      %v366 = arith.constant 5 : i32
      %v433 = arith.constant 4 : i32
      %v499 = arith.constant 3 : i64
      %v501 = arith.constant 3 : i32
      %v567 = arith.constant 2 : i64
      %v569 = arith.constant 2 : i32
      %v636 = arith.constant 1 : i32
      %v702 = arith.constant 0 : i32
      %v15 = gpu.block_id x
      %v16 = gpu.thread_id x
      %v17 = arith.index_cast %v16 : index to i64
      %v18 = arith.index_cast %v15 : index to i64
      %v21 = arith.addi %size_DV, %v20 : i64
      %v22 = arith.divui %v21, %v19 : i64
      %v23 = arith.maxsi %v22, %v2 : i64
      %v24 = arith.maxsi %size_DV, %v2 : i64
      %v25 = arith.divui %v4, %v24 : i64
      %v26 = arith.muli %v25, %v23 : i64
      %v27 = arith.divui %v18, %v26 : i64
      %v28 = arith.remui %v18, %v26 : i64
      %v29 = arith.divui %v28, %v23 : i64
      %v30 = arith.remui %v28, %v23 : i64
      %v32 = arith.remui %v17, %v31 : i64
      %v33 = arith.divui %v17, %v31 : i64
      %v34 = arith.muli %v30, %v19 : i64
      %v35 = arith.addi %v34, %v33 : i64
      %v36 = arith.cmpi slt, %v35, %size_DV : i64
      %v37 = arith.muli %v29, %size_DV : i64
      %v38 = arith.addi %v37, %v35 : i64
      %v39 = arith.subi %size_DV, %v2 : i64
      %v40 = arith.minsi %v35, %v39 : i64
      %v41 = arith.addi %v37, %v40 : i64
      %v42 = arith.remui %v41, %size_DV : i64
      %v43 = arith.divui %v41, %size_DV : i64
      %v44 = arith.remui %v43, %size_H : i64
      %v45 = arith.divui %v43, %size_H : i64
      %v46 = arith.remui %v45, %size_B : i64
      %v47 = arith.divui %v45, %size_B : i64
      %v73 = arith.trunci %v17 : i64 to i32
      %v74 = arith.constant 24 : i32
      %v75 = arith.andi %v73, %v74 : i32
      %v76 = arith.constant 0 : i32
      %v77 = arith.ori %v75, %v76 : i32
      %v78 = arith.constant 0 : i64
      %v79 = arith.cmpi eq, %v32, %v78 : i64
      %v80 = arith.constant 1 : i32
      %v81 = arith.ori %v75, %v80 : i32
      %v82 = arith.constant 1 : i64
      %v83 = arith.cmpi eq, %v32, %v82 : i64
      %v84 = arith.constant 2 : i32
      %v85 = arith.ori %v75, %v84 : i32
      %v86 = arith.constant 2 : i64
      %v87 = arith.cmpi eq, %v32, %v86 : i64
      %v88 = arith.constant 3 : i32
      %v89 = arith.ori %v75, %v88 : i32
      %v90 = arith.constant 3 : i64
      %v91 = arith.cmpi eq, %v32, %v90 : i64
      %v92 = arith.constant 4 : i32
      %v93 = arith.ori %v75, %v92 : i32
      %v94 = arith.constant 4 : i64
      %v95 = arith.cmpi eq, %v32, %v94 : i64
      %v96 = arith.constant 5 : i32
      %v97 = arith.ori %v75, %v96 : i32
      %v98 = arith.constant 5 : i64
      %v99 = arith.cmpi eq, %v32, %v98 : i64
      %v100 = arith.constant 6 : i32
      %v101 = arith.ori %v75, %v100 : i32
      %v102 = arith.constant 6 : i64
      %v103 = arith.cmpi eq, %v32, %v102 : i64
      %v104 = arith.constant 7 : i32
      %v105 = arith.ori %v75, %v104 : i32
      %v106 = arith.constant 7 : i64
      %v107 = arith.cmpi eq, %v32, %v106 : i64
      %v49 = arith.muli %v27, %v48 : i64
      %v50 = arith.addi %v49, %v48 : i64
      %v51 = arith.muli %v27, %v4 : i64
      llvm.store %v62, %v52 : f32, !llvm.ptr
      llvm.store %v62, %v53 : f32, !llvm.ptr
      llvm.store %v63, %v54 : f32, !llvm.ptr
      llvm.store %v63, %v55 : f32, !llvm.ptr
      llvm.store %v63, %v64 : f32, !llvm.ptr
      llvm.store %v63, %v65 : f32, !llvm.ptr
      %v67 = arith.cmpi eq, %size_L, %v66 : i64
      scf.if %v67 {
        llvm.store %v62, %v13 : f32, !llvm.ptr
        llvm.store %v62, %v14 : f32, !llvm.ptr
      }
      %v71 = arith.addi %size_L, %v70 : i64
      %v72 = arith.divui %v71, %v68 : i64
      %v108 = arith.minsi %v50, %v72 : i64
      %v109 = arith.muli %v27, %v31 : i64
      %v110 = arith.subi %v108, %v49 : i64
      %v111 = arith.maxsi %v110, %v66 : i64
      %v112 = arith.index_cast %v66 : i64 to index
      %v113 = arith.index_cast %v111 : i64 to index
      %v114 = arith.index_cast %v2 : i64 to index
      scf.for %v115 = %v112 to %v113 step %v114 {
        %v116 = arith.index_cast %v115 : index to i64
        %v117 = arith.subi %v108, %v2 : i64
        %v118 = arith.subi %v117, %v116 : i64
        %v119 = arith.muli %v118, %v68 : i64
        %v120 = arith.subi %size_L, %v119 : i64
        %v121 = arith.minsi %v120, %v68 : i64
        %v122 = arith.addi %v121, %v69 : i64
        %v123 = arith.divui %v122, %v31 : i64
        // the block's shared input rows for this stretch
        gpu.barrier
        %v124 = arith.subi %size_L, %v2 : i64
        %v126 = arith.index_cast %v17 : i64 to index
        %v127 = arith.index_cast %v125 : i64 to index
        %v128 = arith.index_cast %v7 : i64 to index
        scf.for %v129 = %v126 to %v127 step %v128 {
          %v130 = arith.index_cast %v129 : index to i64
          %v131 = arith.remui %v130, %v68 : i64
          %v132 = arith.divui %v130, %v68 : i64
          %v133 = arith.addi %v119, %v131 : i64
          %v134 = arith.minsi %v133, %v124 : i64
          %v135 = arith.remui %v132, %v1 : i64
          %v136 = arith.divui %v132, %v1 : i64
          %v139 = arith.muli %v46, %v138 : i64
          %v140 = arith.muli %v134, %v137 : i64
          %v141 = arith.addi %v139, %v140 : i64
          %v142 = arith.muli %v44, %v1 : i64
          %v143 = arith.addi %v141, %v142 : i64
          %v144 = arith.addi %v143, %v135 : i64
          %v145 = llvm.getelementptr %in_q[%v144] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v146 = llvm.load %v145 : !llvm.ptr -> f32
          %v148 = arith.muli %v132, %v147 : i64
          %v149 = arith.addi %v148, %v131 : i64
          %v150 = llvm.getelementptr %v57[%v149] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v146, %v150 : f32, !llvm.ptr
        }
        %v151 = arith.index_cast %v17 : i64 to index
        %v152 = arith.index_cast %v125 : i64 to index
        %v153 = arith.index_cast %v7 : i64 to index
        scf.for %v154 = %v151 to %v152 step %v153 {
          %v155 = arith.index_cast %v154 : index to i64
          %v156 = arith.remui %v155, %v68 : i64
          %v157 = arith.divui %v155, %v68 : i64
          %v158 = arith.addi %v119, %v156 : i64
          %v159 = arith.minsi %v158, %v124 : i64
          %v160 = arith.remui %v157, %v1 : i64
          %v161 = arith.divui %v157, %v1 : i64
          %v162 = arith.muli %v46, %v138 : i64
          %v163 = arith.muli %v159, %v137 : i64
          %v164 = arith.addi %v162, %v163 : i64
          %v165 = arith.muli %v44, %v1 : i64
          %v166 = arith.addi %v164, %v165 : i64
          %v167 = arith.addi %v166, %v160 : i64
          %v168 = llvm.getelementptr %in_k[%v167] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v169 = llvm.load %v168 : !llvm.ptr -> f32
          %v170 = arith.muli %v157, %v147 : i64
          %v171 = arith.addi %v170, %v156 : i64
          %v172 = llvm.getelementptr %v59[%v171] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v169, %v172 : f32, !llvm.ptr
        }
        %v173 = arith.index_cast %v17 : i64 to index
        %v174 = arith.index_cast %v125 : i64 to index
        %v175 = arith.index_cast %v7 : i64 to index
        scf.for %v176 = %v173 to %v174 step %v175 {
          %v177 = arith.index_cast %v176 : index to i64
          %v178 = arith.remui %v177, %v68 : i64
          %v179 = arith.divui %v177, %v68 : i64
          %v180 = arith.addi %v119, %v178 : i64
          %v181 = arith.minsi %v180, %v124 : i64
          %v182 = arith.remui %v179, %v1 : i64
          %v183 = arith.divui %v179, %v1 : i64
          %v184 = arith.muli %v46, %v138 : i64
          %v185 = arith.muli %v181, %v137 : i64
          %v186 = arith.addi %v184, %v185 : i64
          %v187 = arith.muli %v44, %v1 : i64
          %v188 = arith.addi %v186, %v187 : i64
          %v189 = arith.addi %v188, %v182 : i64
          %v190 = llvm.getelementptr %in_g[%v189] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v191 = llvm.load %v190 : !llvm.ptr -> f32
          %v192 = arith.muli %v179, %v147 : i64
          %v193 = arith.addi %v192, %v178 : i64
          %v194 = llvm.getelementptr %v61[%v193] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v191, %v194 : f32, !llvm.ptr
        }
        gpu.barrier
        %v195 = arith.index_cast %v66 : i64 to index
        %v196 = arith.index_cast %v2 : i64 to index
        %v197 = arith.index_cast %v2 : i64 to index
        scf.for %v198 = %v195 to %v196 step %v197 {
          %v199 = arith.index_cast %v198 : index to i64
          %v200 = arith.index_cast %v66 : i64 to index
          %v201 = arith.index_cast %v123 : i64 to index
          %v202 = arith.index_cast %v2 : i64 to index
          scf.for %v203 = %v200 to %v201 step %v202 {
            %v204 = arith.index_cast %v203 : index to i64
            %v205 = arith.cmpi slt, %v204, %v123 : i64
            scf.if %v205 {
              %v206 = arith.subi %v123, %v2 : i64
              %v207 = arith.subi %v206, %v204 : i64
              %v208 = arith.muli %v207, %v31 : i64
              %v209 = arith.addi %v109, %v207 : i64
              %v210 = arith.addi %v208, %v31 : i64
              %v211 = arith.cmpi sle, %v210, %v121 : i64
              scf.if %v211 {
                %v212 = arith.subi %v121, %v2 : i64
                %v213 = arith.addi %v208, %v32 : i64
                %v214 = arith.minsi %v213, %v212 : i64
                %v215 = arith.addi %v119, %v214 : i64
                // the group's states, recomputed into registers
                %v216 = arith.subi %v121, %v208 : i64
                %v217 = arith.trunci %v216 : i64 to i32
                %v218 = arith.subi %size_L, %v2 : i64
                %v219 = arith.addi %v119, %v208 : i64
                %v220 = arith.subi %v218, %v219 : i64
                %v222 = arith.minsi %v220, %v221 : i64
                %v223 = arith.trunci %v222 : i64 to i32
                %v224 = arith.addi %v208, %v69 : i64
                %v226 = arith.cmpi slt, %v225, %v217 : i32
                %v227 = arith.cmpi eq, %v225, %v223 : i32
                %v229 = arith.addi %v119, %v224 : i64
                %v230 = arith.muli %v32, %v147 : i64
                %v231 = arith.subi %v229, %v119 : i64
                %v232 = arith.addi %v230, %v231 : i64
                %v233 = llvm.getelementptr %v57[%v232] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v234 = llvm.load %v233 : !llvm.ptr -> f32
                %v237 = arith.muli %v46, %v236 : i64
                %v238 = arith.muli %v229, %v235 : i64
                %v239 = arith.addi %v237, %v238 : i64
                %v240 = arith.muli %v44, %size_DV : i64
                %v241 = arith.addi %v239, %v240 : i64
                %v242 = arith.addi %v241, %v42 : i64
                %v243 = llvm.getelementptr %dy_o[%v242] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v244 = llvm.load %v243 : !llvm.ptr -> f32
                %v245 = arith.mulf %v234, %v244 fastmath<contract> : f32
                %v246 = llvm.load %v52 : !llvm.ptr -> f32
                %v247 = llvm.load %v54 : !llvm.ptr -> f32
                %v248 = arith.mulf %v247, %v246 fastmath<contract> : f32
                %v249 = arith.addf %v245, %v248 fastmath<contract> : f32
                llvm.store %v249, %v52 : f32, !llvm.ptr
                %v250 = llvm.load %v64 : !llvm.ptr -> f32
                %v251 = arith.mulf %v250, %v247 fastmath<contract> : f32
                llvm.store %v251, %v64 : f32, !llvm.ptr
                %v252 = arith.constant 8 : i64
                %v253 = arith.addi %v252, %v32 : i64
                %v254 = arith.muli %v253, %v147 : i64
                %v255 = arith.subi %v229, %v119 : i64
                %v256 = arith.addi %v254, %v255 : i64
                %v257 = llvm.getelementptr %v57[%v256] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v258 = llvm.load %v257 : !llvm.ptr -> f32
                %v259 = arith.mulf %v258, %v244 fastmath<contract> : f32
                %v260 = llvm.load %v53 : !llvm.ptr -> f32
                %v261 = llvm.load %v55 : !llvm.ptr -> f32
                %v262 = arith.mulf %v261, %v260 fastmath<contract> : f32
                %v263 = arith.addf %v259, %v262 fastmath<contract> : f32
                llvm.store %v263, %v53 : f32, !llvm.ptr
                %v264 = llvm.load %v65 : !llvm.ptr -> f32
                %v265 = arith.mulf %v264, %v261 fastmath<contract> : f32
                llvm.store %v265, %v65 : f32, !llvm.ptr
                scf.if %v227 {
                }
                %v266 = arith.muli %v32, %v147 : i64
                %v267 = arith.subi %v229, %v119 : i64
                %v268 = arith.addi %v266, %v267 : i64
                %v269 = llvm.getelementptr %v61[%v268] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v270 = llvm.load %v269 : !llvm.ptr -> f32
                %v271 = arith.negf %v270 : f32
                %v273 = arith.mulf %v271, %v272 fastmath<contract> : f32
                %v274 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v273) : (f32) -> f32
                %v275 = arith.addf %v63, %v274 fastmath<contract> : f32
                %v276 = arith.divf %v63, %v275 : f32
                %v278 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v276) : (f32) -> f32
                %v279 = arith.mulf %v277, %v278 fastmath<contract> : f32
                %v280 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v279) : (f32) -> f32
                llvm.store %v280, %v54 : f32, !llvm.ptr
                %v281 = arith.constant 8 : i64
                %v282 = arith.addi %v281, %v32 : i64
                %v283 = arith.muli %v282, %v147 : i64
                %v284 = arith.subi %v229, %v119 : i64
                %v285 = arith.addi %v283, %v284 : i64
                %v286 = llvm.getelementptr %v61[%v285] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v287 = llvm.load %v286 : !llvm.ptr -> f32
                %v288 = arith.negf %v287 : f32
                %v289 = arith.mulf %v288, %v272 fastmath<contract> : f32
                %v290 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v289) : (f32) -> f32
                %v291 = arith.addf %v63, %v290 fastmath<contract> : f32
                %v292 = arith.divf %v63, %v291 : f32
                %v293 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v292) : (f32) -> f32
                %v294 = arith.mulf %v277, %v293 fastmath<contract> : f32
                %v295 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v294) : (f32) -> f32
                llvm.store %v295, %v55 : f32, !llvm.ptr
                %v297 = arith.addi %v208, %v296 : i64
                %v299 = arith.cmpi slt, %v298, %v217 : i32
                %v300 = arith.cmpi eq, %v298, %v223 : i32
                %v301 = arith.addi %v119, %v297 : i64
                %v302 = arith.muli %v32, %v147 : i64
                %v303 = arith.subi %v301, %v119 : i64
                %v304 = arith.addi %v302, %v303 : i64
                %v305 = llvm.getelementptr %v57[%v304] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v306 = llvm.load %v305 : !llvm.ptr -> f32
                %v307 = arith.muli %v46, %v236 : i64
                %v308 = arith.muli %v301, %v235 : i64
                %v309 = arith.addi %v307, %v308 : i64
                %v310 = arith.muli %v44, %size_DV : i64
                %v311 = arith.addi %v309, %v310 : i64
                %v312 = arith.addi %v311, %v42 : i64
                %v313 = llvm.getelementptr %dy_o[%v312] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v314 = llvm.load %v313 : !llvm.ptr -> f32
                %v315 = arith.mulf %v306, %v314 fastmath<contract> : f32
                %v316 = llvm.load %v52 : !llvm.ptr -> f32
                %v317 = llvm.load %v54 : !llvm.ptr -> f32
                %v318 = arith.mulf %v317, %v316 fastmath<contract> : f32
                %v319 = arith.addf %v315, %v318 fastmath<contract> : f32
                llvm.store %v319, %v52 : f32, !llvm.ptr
                %v320 = llvm.load %v64 : !llvm.ptr -> f32
                %v321 = arith.mulf %v320, %v317 fastmath<contract> : f32
                llvm.store %v321, %v64 : f32, !llvm.ptr
                %v322 = arith.constant 8 : i64
                %v323 = arith.addi %v322, %v32 : i64
                %v324 = arith.muli %v323, %v147 : i64
                %v325 = arith.subi %v301, %v119 : i64
                %v326 = arith.addi %v324, %v325 : i64
                %v327 = llvm.getelementptr %v57[%v326] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v328 = llvm.load %v327 : !llvm.ptr -> f32
                %v329 = arith.mulf %v328, %v314 fastmath<contract> : f32
                %v330 = llvm.load %v53 : !llvm.ptr -> f32
                %v331 = llvm.load %v55 : !llvm.ptr -> f32
                %v332 = arith.mulf %v331, %v330 fastmath<contract> : f32
                %v333 = arith.addf %v329, %v332 fastmath<contract> : f32
                llvm.store %v333, %v53 : f32, !llvm.ptr
                %v334 = llvm.load %v65 : !llvm.ptr -> f32
                %v335 = arith.mulf %v334, %v331 fastmath<contract> : f32
                llvm.store %v335, %v65 : f32, !llvm.ptr
                scf.if %v300 {
                }
                %v336 = arith.muli %v32, %v147 : i64
                %v337 = arith.subi %v301, %v119 : i64
                %v338 = arith.addi %v336, %v337 : i64
                %v339 = llvm.getelementptr %v61[%v338] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v340 = llvm.load %v339 : !llvm.ptr -> f32
                %v341 = arith.negf %v340 : f32
                %v342 = arith.mulf %v341, %v272 fastmath<contract> : f32
                %v343 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v342) : (f32) -> f32
                %v344 = arith.addf %v63, %v343 fastmath<contract> : f32
                %v345 = arith.divf %v63, %v344 : f32
                %v346 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v345) : (f32) -> f32
                %v347 = arith.mulf %v277, %v346 fastmath<contract> : f32
                %v348 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v347) : (f32) -> f32
                llvm.store %v348, %v54 : f32, !llvm.ptr
                %v349 = arith.constant 8 : i64
                %v350 = arith.addi %v349, %v32 : i64
                %v351 = arith.muli %v350, %v147 : i64
                %v352 = arith.subi %v301, %v119 : i64
                %v353 = arith.addi %v351, %v352 : i64
                %v354 = llvm.getelementptr %v61[%v353] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v355 = llvm.load %v354 : !llvm.ptr -> f32
                %v356 = arith.negf %v355 : f32
                %v357 = arith.mulf %v356, %v272 fastmath<contract> : f32
                %v358 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v357) : (f32) -> f32
                %v359 = arith.addf %v63, %v358 fastmath<contract> : f32
                %v360 = arith.divf %v63, %v359 : f32
                %v361 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v360) : (f32) -> f32
                %v362 = arith.mulf %v277, %v361 fastmath<contract> : f32
                %v363 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v362) : (f32) -> f32
                llvm.store %v363, %v55 : f32, !llvm.ptr
                %v365 = arith.addi %v208, %v364 : i64
                %v367 = arith.cmpi slt, %v366, %v217 : i32
                %v368 = arith.cmpi eq, %v366, %v223 : i32
                %v369 = arith.addi %v119, %v365 : i64
                %v370 = arith.muli %v32, %v147 : i64
                %v371 = arith.subi %v369, %v119 : i64
                %v372 = arith.addi %v370, %v371 : i64
                %v373 = llvm.getelementptr %v57[%v372] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v374 = llvm.load %v373 : !llvm.ptr -> f32
                %v375 = arith.muli %v46, %v236 : i64
                %v376 = arith.muli %v369, %v235 : i64
                %v377 = arith.addi %v375, %v376 : i64
                %v378 = arith.muli %v44, %size_DV : i64
                %v379 = arith.addi %v377, %v378 : i64
                %v380 = arith.addi %v379, %v42 : i64
                %v381 = llvm.getelementptr %dy_o[%v380] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v382 = llvm.load %v381 : !llvm.ptr -> f32
                %v383 = arith.mulf %v374, %v382 fastmath<contract> : f32
                %v384 = llvm.load %v52 : !llvm.ptr -> f32
                %v385 = llvm.load %v54 : !llvm.ptr -> f32
                %v386 = arith.mulf %v385, %v384 fastmath<contract> : f32
                %v387 = arith.addf %v383, %v386 fastmath<contract> : f32
                llvm.store %v387, %v52 : f32, !llvm.ptr
                %v388 = llvm.load %v64 : !llvm.ptr -> f32
                %v389 = arith.mulf %v388, %v385 fastmath<contract> : f32
                llvm.store %v389, %v64 : f32, !llvm.ptr
                %v390 = arith.constant 8 : i64
                %v391 = arith.addi %v390, %v32 : i64
                %v392 = arith.muli %v391, %v147 : i64
                %v393 = arith.subi %v369, %v119 : i64
                %v394 = arith.addi %v392, %v393 : i64
                %v395 = llvm.getelementptr %v57[%v394] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v396 = llvm.load %v395 : !llvm.ptr -> f32
                %v397 = arith.mulf %v396, %v382 fastmath<contract> : f32
                %v398 = llvm.load %v53 : !llvm.ptr -> f32
                %v399 = llvm.load %v55 : !llvm.ptr -> f32
                %v400 = arith.mulf %v399, %v398 fastmath<contract> : f32
                %v401 = arith.addf %v397, %v400 fastmath<contract> : f32
                llvm.store %v401, %v53 : f32, !llvm.ptr
                %v402 = llvm.load %v65 : !llvm.ptr -> f32
                %v403 = arith.mulf %v402, %v399 fastmath<contract> : f32
                llvm.store %v403, %v65 : f32, !llvm.ptr
                scf.if %v368 {
                }
                %v404 = arith.muli %v32, %v147 : i64
                %v405 = arith.subi %v369, %v119 : i64
                %v406 = arith.addi %v404, %v405 : i64
                %v407 = llvm.getelementptr %v61[%v406] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v408 = llvm.load %v407 : !llvm.ptr -> f32
                %v409 = arith.negf %v408 : f32
                %v410 = arith.mulf %v409, %v272 fastmath<contract> : f32
                %v411 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v410) : (f32) -> f32
                %v412 = arith.addf %v63, %v411 fastmath<contract> : f32
                %v413 = arith.divf %v63, %v412 : f32
                %v414 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v413) : (f32) -> f32
                %v415 = arith.mulf %v277, %v414 fastmath<contract> : f32
                %v416 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v415) : (f32) -> f32
                llvm.store %v416, %v54 : f32, !llvm.ptr
                %v417 = arith.constant 8 : i64
                %v418 = arith.addi %v417, %v32 : i64
                %v419 = arith.muli %v418, %v147 : i64
                %v420 = arith.subi %v369, %v119 : i64
                %v421 = arith.addi %v419, %v420 : i64
                %v422 = llvm.getelementptr %v61[%v421] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v423 = llvm.load %v422 : !llvm.ptr -> f32
                %v424 = arith.negf %v423 : f32
                %v425 = arith.mulf %v424, %v272 fastmath<contract> : f32
                %v426 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v425) : (f32) -> f32
                %v427 = arith.addf %v63, %v426 fastmath<contract> : f32
                %v428 = arith.divf %v63, %v427 : f32
                %v429 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v428) : (f32) -> f32
                %v430 = arith.mulf %v277, %v429 fastmath<contract> : f32
                %v431 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v430) : (f32) -> f32
                llvm.store %v431, %v55 : f32, !llvm.ptr
                %v432 = arith.addi %v208, %v48 : i64
                %v434 = arith.cmpi slt, %v433, %v217 : i32
                %v435 = arith.cmpi eq, %v433, %v223 : i32
                %v436 = arith.addi %v119, %v432 : i64
                %v437 = arith.muli %v32, %v147 : i64
                %v438 = arith.subi %v436, %v119 : i64
                %v439 = arith.addi %v437, %v438 : i64
                %v440 = llvm.getelementptr %v57[%v439] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v441 = llvm.load %v440 : !llvm.ptr -> f32
                %v442 = arith.muli %v46, %v236 : i64
                %v443 = arith.muli %v436, %v235 : i64
                %v444 = arith.addi %v442, %v443 : i64
                %v445 = arith.muli %v44, %size_DV : i64
                %v446 = arith.addi %v444, %v445 : i64
                %v447 = arith.addi %v446, %v42 : i64
                %v448 = llvm.getelementptr %dy_o[%v447] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v449 = llvm.load %v448 : !llvm.ptr -> f32
                %v450 = arith.mulf %v441, %v449 fastmath<contract> : f32
                %v451 = llvm.load %v52 : !llvm.ptr -> f32
                %v452 = llvm.load %v54 : !llvm.ptr -> f32
                %v453 = arith.mulf %v452, %v451 fastmath<contract> : f32
                %v454 = arith.addf %v450, %v453 fastmath<contract> : f32
                llvm.store %v454, %v52 : f32, !llvm.ptr
                %v455 = llvm.load %v64 : !llvm.ptr -> f32
                %v456 = arith.mulf %v455, %v452 fastmath<contract> : f32
                llvm.store %v456, %v64 : f32, !llvm.ptr
                %v457 = arith.constant 8 : i64
                %v458 = arith.addi %v457, %v32 : i64
                %v459 = arith.muli %v458, %v147 : i64
                %v460 = arith.subi %v436, %v119 : i64
                %v461 = arith.addi %v459, %v460 : i64
                %v462 = llvm.getelementptr %v57[%v461] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v463 = llvm.load %v462 : !llvm.ptr -> f32
                %v464 = arith.mulf %v463, %v449 fastmath<contract> : f32
                %v465 = llvm.load %v53 : !llvm.ptr -> f32
                %v466 = llvm.load %v55 : !llvm.ptr -> f32
                %v467 = arith.mulf %v466, %v465 fastmath<contract> : f32
                %v468 = arith.addf %v464, %v467 fastmath<contract> : f32
                llvm.store %v468, %v53 : f32, !llvm.ptr
                %v469 = llvm.load %v65 : !llvm.ptr -> f32
                %v470 = arith.mulf %v469, %v466 fastmath<contract> : f32
                llvm.store %v470, %v65 : f32, !llvm.ptr
                scf.if %v435 {
                }
                %v471 = arith.muli %v32, %v147 : i64
                %v472 = arith.subi %v436, %v119 : i64
                %v473 = arith.addi %v471, %v472 : i64
                %v474 = llvm.getelementptr %v61[%v473] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v475 = llvm.load %v474 : !llvm.ptr -> f32
                %v476 = arith.negf %v475 : f32
                %v477 = arith.mulf %v476, %v272 fastmath<contract> : f32
                %v478 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v477) : (f32) -> f32
                %v479 = arith.addf %v63, %v478 fastmath<contract> : f32
                %v480 = arith.divf %v63, %v479 : f32
                %v481 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v480) : (f32) -> f32
                %v482 = arith.mulf %v277, %v481 fastmath<contract> : f32
                %v483 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v482) : (f32) -> f32
                llvm.store %v483, %v54 : f32, !llvm.ptr
                %v484 = arith.constant 8 : i64
                %v485 = arith.addi %v484, %v32 : i64
                %v486 = arith.muli %v485, %v147 : i64
                %v487 = arith.subi %v436, %v119 : i64
                %v488 = arith.addi %v486, %v487 : i64
                %v489 = llvm.getelementptr %v61[%v488] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v490 = llvm.load %v489 : !llvm.ptr -> f32
                %v491 = arith.negf %v490 : f32
                %v492 = arith.mulf %v491, %v272 fastmath<contract> : f32
                %v493 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v492) : (f32) -> f32
                %v494 = arith.addf %v63, %v493 fastmath<contract> : f32
                %v495 = arith.divf %v63, %v494 : f32
                %v496 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v495) : (f32) -> f32
                %v497 = arith.mulf %v277, %v496 fastmath<contract> : f32
                %v498 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v497) : (f32) -> f32
                llvm.store %v498, %v55 : f32, !llvm.ptr
                %v500 = arith.addi %v208, %v499 : i64
                %v502 = arith.cmpi slt, %v501, %v217 : i32
                %v503 = arith.cmpi eq, %v501, %v223 : i32
                %v504 = arith.addi %v119, %v500 : i64
                %v505 = arith.muli %v32, %v147 : i64
                %v506 = arith.subi %v504, %v119 : i64
                %v507 = arith.addi %v505, %v506 : i64
                %v508 = llvm.getelementptr %v57[%v507] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v509 = llvm.load %v508 : !llvm.ptr -> f32
                %v510 = arith.muli %v46, %v236 : i64
                %v511 = arith.muli %v504, %v235 : i64
                %v512 = arith.addi %v510, %v511 : i64
                %v513 = arith.muli %v44, %size_DV : i64
                %v514 = arith.addi %v512, %v513 : i64
                %v515 = arith.addi %v514, %v42 : i64
                %v516 = llvm.getelementptr %dy_o[%v515] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v517 = llvm.load %v516 : !llvm.ptr -> f32
                %v518 = arith.mulf %v509, %v517 fastmath<contract> : f32
                %v519 = llvm.load %v52 : !llvm.ptr -> f32
                %v520 = llvm.load %v54 : !llvm.ptr -> f32
                %v521 = arith.mulf %v520, %v519 fastmath<contract> : f32
                %v522 = arith.addf %v518, %v521 fastmath<contract> : f32
                llvm.store %v522, %v52 : f32, !llvm.ptr
                %v523 = llvm.load %v64 : !llvm.ptr -> f32
                %v524 = arith.mulf %v523, %v520 fastmath<contract> : f32
                llvm.store %v524, %v64 : f32, !llvm.ptr
                %v525 = arith.constant 8 : i64
                %v526 = arith.addi %v525, %v32 : i64
                %v527 = arith.muli %v526, %v147 : i64
                %v528 = arith.subi %v504, %v119 : i64
                %v529 = arith.addi %v527, %v528 : i64
                %v530 = llvm.getelementptr %v57[%v529] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v531 = llvm.load %v530 : !llvm.ptr -> f32
                %v532 = arith.mulf %v531, %v517 fastmath<contract> : f32
                %v533 = llvm.load %v53 : !llvm.ptr -> f32
                %v534 = llvm.load %v55 : !llvm.ptr -> f32
                %v535 = arith.mulf %v534, %v533 fastmath<contract> : f32
                %v536 = arith.addf %v532, %v535 fastmath<contract> : f32
                llvm.store %v536, %v53 : f32, !llvm.ptr
                %v537 = llvm.load %v65 : !llvm.ptr -> f32
                %v538 = arith.mulf %v537, %v534 fastmath<contract> : f32
                llvm.store %v538, %v65 : f32, !llvm.ptr
                scf.if %v503 {
                }
                %v539 = arith.muli %v32, %v147 : i64
                %v540 = arith.subi %v504, %v119 : i64
                %v541 = arith.addi %v539, %v540 : i64
                %v542 = llvm.getelementptr %v61[%v541] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v543 = llvm.load %v542 : !llvm.ptr -> f32
                %v544 = arith.negf %v543 : f32
                %v545 = arith.mulf %v544, %v272 fastmath<contract> : f32
                %v546 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v545) : (f32) -> f32
                %v547 = arith.addf %v63, %v546 fastmath<contract> : f32
                %v548 = arith.divf %v63, %v547 : f32
                %v549 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v548) : (f32) -> f32
                %v550 = arith.mulf %v277, %v549 fastmath<contract> : f32
                %v551 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v550) : (f32) -> f32
                llvm.store %v551, %v54 : f32, !llvm.ptr
                %v552 = arith.constant 8 : i64
                %v553 = arith.addi %v552, %v32 : i64
                %v554 = arith.muli %v553, %v147 : i64
                %v555 = arith.subi %v504, %v119 : i64
                %v556 = arith.addi %v554, %v555 : i64
                %v557 = llvm.getelementptr %v61[%v556] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v558 = llvm.load %v557 : !llvm.ptr -> f32
                %v559 = arith.negf %v558 : f32
                %v560 = arith.mulf %v559, %v272 fastmath<contract> : f32
                %v561 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v560) : (f32) -> f32
                %v562 = arith.addf %v63, %v561 fastmath<contract> : f32
                %v563 = arith.divf %v63, %v562 : f32
                %v564 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v563) : (f32) -> f32
                %v565 = arith.mulf %v277, %v564 fastmath<contract> : f32
                %v566 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v565) : (f32) -> f32
                llvm.store %v566, %v55 : f32, !llvm.ptr
                %v568 = arith.addi %v208, %v567 : i64
                %v570 = arith.cmpi slt, %v569, %v217 : i32
                %v571 = arith.cmpi eq, %v569, %v223 : i32
                %v572 = arith.addi %v119, %v568 : i64
                %v573 = arith.muli %v32, %v147 : i64
                %v574 = arith.subi %v572, %v119 : i64
                %v575 = arith.addi %v573, %v574 : i64
                %v576 = llvm.getelementptr %v57[%v575] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v577 = llvm.load %v576 : !llvm.ptr -> f32
                %v578 = arith.muli %v46, %v236 : i64
                %v579 = arith.muli %v572, %v235 : i64
                %v580 = arith.addi %v578, %v579 : i64
                %v581 = arith.muli %v44, %size_DV : i64
                %v582 = arith.addi %v580, %v581 : i64
                %v583 = arith.addi %v582, %v42 : i64
                %v584 = llvm.getelementptr %dy_o[%v583] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v585 = llvm.load %v584 : !llvm.ptr -> f32
                %v586 = arith.mulf %v577, %v585 fastmath<contract> : f32
                %v587 = llvm.load %v52 : !llvm.ptr -> f32
                %v588 = llvm.load %v54 : !llvm.ptr -> f32
                %v589 = arith.mulf %v588, %v587 fastmath<contract> : f32
                %v590 = arith.addf %v586, %v589 fastmath<contract> : f32
                llvm.store %v590, %v52 : f32, !llvm.ptr
                %v591 = llvm.load %v64 : !llvm.ptr -> f32
                %v592 = arith.mulf %v591, %v588 fastmath<contract> : f32
                llvm.store %v592, %v64 : f32, !llvm.ptr
                %v593 = arith.constant 8 : i64
                %v594 = arith.addi %v593, %v32 : i64
                %v595 = arith.muli %v594, %v147 : i64
                %v596 = arith.subi %v572, %v119 : i64
                %v597 = arith.addi %v595, %v596 : i64
                %v598 = llvm.getelementptr %v57[%v597] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v599 = llvm.load %v598 : !llvm.ptr -> f32
                %v600 = arith.mulf %v599, %v585 fastmath<contract> : f32
                %v601 = llvm.load %v53 : !llvm.ptr -> f32
                %v602 = llvm.load %v55 : !llvm.ptr -> f32
                %v603 = arith.mulf %v602, %v601 fastmath<contract> : f32
                %v604 = arith.addf %v600, %v603 fastmath<contract> : f32
                llvm.store %v604, %v53 : f32, !llvm.ptr
                %v605 = llvm.load %v65 : !llvm.ptr -> f32
                %v606 = arith.mulf %v605, %v602 fastmath<contract> : f32
                llvm.store %v606, %v65 : f32, !llvm.ptr
                scf.if %v571 {
                }
                %v607 = arith.muli %v32, %v147 : i64
                %v608 = arith.subi %v572, %v119 : i64
                %v609 = arith.addi %v607, %v608 : i64
                %v610 = llvm.getelementptr %v61[%v609] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v611 = llvm.load %v610 : !llvm.ptr -> f32
                %v612 = arith.negf %v611 : f32
                %v613 = arith.mulf %v612, %v272 fastmath<contract> : f32
                %v614 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v613) : (f32) -> f32
                %v615 = arith.addf %v63, %v614 fastmath<contract> : f32
                %v616 = arith.divf %v63, %v615 : f32
                %v617 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v616) : (f32) -> f32
                %v618 = arith.mulf %v277, %v617 fastmath<contract> : f32
                %v619 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v618) : (f32) -> f32
                llvm.store %v619, %v54 : f32, !llvm.ptr
                %v620 = arith.constant 8 : i64
                %v621 = arith.addi %v620, %v32 : i64
                %v622 = arith.muli %v621, %v147 : i64
                %v623 = arith.subi %v572, %v119 : i64
                %v624 = arith.addi %v622, %v623 : i64
                %v625 = llvm.getelementptr %v61[%v624] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v626 = llvm.load %v625 : !llvm.ptr -> f32
                %v627 = arith.negf %v626 : f32
                %v628 = arith.mulf %v627, %v272 fastmath<contract> : f32
                %v629 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v628) : (f32) -> f32
                %v630 = arith.addf %v63, %v629 fastmath<contract> : f32
                %v631 = arith.divf %v63, %v630 : f32
                %v632 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v631) : (f32) -> f32
                %v633 = arith.mulf %v277, %v632 fastmath<contract> : f32
                %v634 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v633) : (f32) -> f32
                llvm.store %v634, %v55 : f32, !llvm.ptr
                %v635 = arith.addi %v208, %v2 : i64
                %v637 = arith.cmpi slt, %v636, %v217 : i32
                %v638 = arith.cmpi eq, %v636, %v223 : i32
                %v639 = arith.addi %v119, %v635 : i64
                %v640 = arith.muli %v32, %v147 : i64
                %v641 = arith.subi %v639, %v119 : i64
                %v642 = arith.addi %v640, %v641 : i64
                %v643 = llvm.getelementptr %v57[%v642] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v644 = llvm.load %v643 : !llvm.ptr -> f32
                %v645 = arith.muli %v46, %v236 : i64
                %v646 = arith.muli %v639, %v235 : i64
                %v647 = arith.addi %v645, %v646 : i64
                %v648 = arith.muli %v44, %size_DV : i64
                %v649 = arith.addi %v647, %v648 : i64
                %v650 = arith.addi %v649, %v42 : i64
                %v651 = llvm.getelementptr %dy_o[%v650] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v652 = llvm.load %v651 : !llvm.ptr -> f32
                %v653 = arith.mulf %v644, %v652 fastmath<contract> : f32
                %v654 = llvm.load %v52 : !llvm.ptr -> f32
                %v655 = llvm.load %v54 : !llvm.ptr -> f32
                %v656 = arith.mulf %v655, %v654 fastmath<contract> : f32
                %v657 = arith.addf %v653, %v656 fastmath<contract> : f32
                llvm.store %v657, %v52 : f32, !llvm.ptr
                %v658 = llvm.load %v64 : !llvm.ptr -> f32
                %v659 = arith.mulf %v658, %v655 fastmath<contract> : f32
                llvm.store %v659, %v64 : f32, !llvm.ptr
                %v660 = arith.constant 8 : i64
                %v661 = arith.addi %v660, %v32 : i64
                %v662 = arith.muli %v661, %v147 : i64
                %v663 = arith.subi %v639, %v119 : i64
                %v664 = arith.addi %v662, %v663 : i64
                %v665 = llvm.getelementptr %v57[%v664] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v666 = llvm.load %v665 : !llvm.ptr -> f32
                %v667 = arith.mulf %v666, %v652 fastmath<contract> : f32
                %v668 = llvm.load %v53 : !llvm.ptr -> f32
                %v669 = llvm.load %v55 : !llvm.ptr -> f32
                %v670 = arith.mulf %v669, %v668 fastmath<contract> : f32
                %v671 = arith.addf %v667, %v670 fastmath<contract> : f32
                llvm.store %v671, %v53 : f32, !llvm.ptr
                %v672 = llvm.load %v65 : !llvm.ptr -> f32
                %v673 = arith.mulf %v672, %v669 fastmath<contract> : f32
                llvm.store %v673, %v65 : f32, !llvm.ptr
                scf.if %v638 {
                }
                %v674 = arith.muli %v32, %v147 : i64
                %v675 = arith.subi %v639, %v119 : i64
                %v676 = arith.addi %v674, %v675 : i64
                %v677 = llvm.getelementptr %v61[%v676] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v678 = llvm.load %v677 : !llvm.ptr -> f32
                %v679 = arith.negf %v678 : f32
                %v680 = arith.mulf %v679, %v272 fastmath<contract> : f32
                %v681 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v680) : (f32) -> f32
                %v682 = arith.addf %v63, %v681 fastmath<contract> : f32
                %v683 = arith.divf %v63, %v682 : f32
                %v684 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v683) : (f32) -> f32
                %v685 = arith.mulf %v277, %v684 fastmath<contract> : f32
                %v686 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v685) : (f32) -> f32
                llvm.store %v686, %v54 : f32, !llvm.ptr
                %v687 = arith.constant 8 : i64
                %v688 = arith.addi %v687, %v32 : i64
                %v689 = arith.muli %v688, %v147 : i64
                %v690 = arith.subi %v639, %v119 : i64
                %v691 = arith.addi %v689, %v690 : i64
                %v692 = llvm.getelementptr %v61[%v691] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v693 = llvm.load %v692 : !llvm.ptr -> f32
                %v694 = arith.negf %v693 : f32
                %v695 = arith.mulf %v694, %v272 fastmath<contract> : f32
                %v696 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v695) : (f32) -> f32
                %v697 = arith.addf %v63, %v696 fastmath<contract> : f32
                %v698 = arith.divf %v63, %v697 : f32
                %v699 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v698) : (f32) -> f32
                %v700 = arith.mulf %v277, %v699 fastmath<contract> : f32
                %v701 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v700) : (f32) -> f32
                llvm.store %v701, %v55 : f32, !llvm.ptr
                %v703 = arith.cmpi slt, %v702, %v217 : i32
                %v704 = arith.cmpi eq, %v702, %v223 : i32
                %v705 = arith.addi %v119, %v208 : i64
                %v706 = arith.muli %v32, %v147 : i64
                %v707 = arith.subi %v705, %v119 : i64
                %v708 = arith.addi %v706, %v707 : i64
                %v709 = llvm.getelementptr %v57[%v708] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v710 = llvm.load %v709 : !llvm.ptr -> f32
                %v711 = arith.muli %v46, %v236 : i64
                %v712 = arith.muli %v705, %v235 : i64
                %v713 = arith.addi %v711, %v712 : i64
                %v714 = arith.muli %v44, %size_DV : i64
                %v715 = arith.addi %v713, %v714 : i64
                %v716 = arith.addi %v715, %v42 : i64
                %v717 = llvm.getelementptr %dy_o[%v716] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v718 = llvm.load %v717 : !llvm.ptr -> f32
                %v719 = arith.mulf %v710, %v718 fastmath<contract> : f32
                %v720 = llvm.load %v52 : !llvm.ptr -> f32
                %v721 = llvm.load %v54 : !llvm.ptr -> f32
                %v722 = arith.mulf %v721, %v720 fastmath<contract> : f32
                %v723 = arith.addf %v719, %v722 fastmath<contract> : f32
                llvm.store %v723, %v52 : f32, !llvm.ptr
                %v724 = llvm.load %v64 : !llvm.ptr -> f32
                %v725 = arith.mulf %v724, %v721 fastmath<contract> : f32
                llvm.store %v725, %v64 : f32, !llvm.ptr
                %v726 = arith.constant 8 : i64
                %v727 = arith.addi %v726, %v32 : i64
                %v728 = arith.muli %v727, %v147 : i64
                %v729 = arith.subi %v705, %v119 : i64
                %v730 = arith.addi %v728, %v729 : i64
                %v731 = llvm.getelementptr %v57[%v730] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v732 = llvm.load %v731 : !llvm.ptr -> f32
                %v733 = arith.mulf %v732, %v718 fastmath<contract> : f32
                %v734 = llvm.load %v53 : !llvm.ptr -> f32
                %v735 = llvm.load %v55 : !llvm.ptr -> f32
                %v736 = arith.mulf %v735, %v734 fastmath<contract> : f32
                %v737 = arith.addf %v733, %v736 fastmath<contract> : f32
                llvm.store %v737, %v53 : f32, !llvm.ptr
                %v738 = llvm.load %v65 : !llvm.ptr -> f32
                %v739 = arith.mulf %v738, %v735 fastmath<contract> : f32
                llvm.store %v739, %v65 : f32, !llvm.ptr
                scf.if %v704 {
                }
                %v740 = arith.muli %v32, %v147 : i64
                %v741 = arith.subi %v705, %v119 : i64
                %v742 = arith.addi %v740, %v741 : i64
                %v743 = llvm.getelementptr %v61[%v742] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v744 = llvm.load %v743 : !llvm.ptr -> f32
                %v745 = arith.negf %v744 : f32
                %v746 = arith.mulf %v745, %v272 fastmath<contract> : f32
                %v747 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v746) : (f32) -> f32
                %v748 = arith.addf %v63, %v747 fastmath<contract> : f32
                %v749 = arith.divf %v63, %v748 : f32
                %v750 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v749) : (f32) -> f32
                %v751 = arith.mulf %v277, %v750 fastmath<contract> : f32
                %v752 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v751) : (f32) -> f32
                llvm.store %v752, %v54 : f32, !llvm.ptr
                %v753 = arith.constant 8 : i64
                %v754 = arith.addi %v753, %v32 : i64
                %v755 = arith.muli %v754, %v147 : i64
                %v756 = arith.subi %v705, %v119 : i64
                %v757 = arith.addi %v755, %v756 : i64
                %v758 = llvm.getelementptr %v61[%v757] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v759 = llvm.load %v758 : !llvm.ptr -> f32
                %v760 = arith.negf %v759 : f32
                %v761 = arith.mulf %v760, %v272 fastmath<contract> : f32
                %v762 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v761) : (f32) -> f32
                %v763 = arith.addf %v63, %v762 fastmath<contract> : f32
                %v764 = arith.divf %v63, %v763 : f32
                %v765 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v764) : (f32) -> f32
                %v766 = arith.mulf %v277, %v765 fastmath<contract> : f32
                %v767 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v766) : (f32) -> f32
                llvm.store %v767, %v55 : f32, !llvm.ptr
              } else {
                %v768 = arith.subi %v121, %v2 : i64
                %v769 = arith.addi %v208, %v32 : i64
                %v770 = arith.minsi %v769, %v768 : i64
                %v771 = arith.addi %v119, %v770 : i64
                // the group's states, recomputed into registers
                %v772 = arith.subi %v121, %v208 : i64
                %v773 = arith.trunci %v772 : i64 to i32
                %v774 = arith.subi %size_L, %v2 : i64
                %v775 = arith.addi %v119, %v208 : i64
                %v776 = arith.subi %v774, %v775 : i64
                %v777 = arith.minsi %v776, %v221 : i64
                %v778 = arith.trunci %v777 : i64 to i32
                %v779 = arith.addi %v208, %v69 : i64
                %v780 = arith.cmpi slt, %v225, %v773 : i32
                %v781 = arith.cmpi eq, %v225, %v778 : i32
                scf.if %v780 {
                  %v782 = arith.addi %v119, %v779 : i64
                  %v783 = arith.muli %v32, %v147 : i64
                  %v784 = arith.subi %v782, %v119 : i64
                  %v785 = arith.addi %v783, %v784 : i64
                  %v786 = llvm.getelementptr %v57[%v785] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v787 = llvm.load %v786 : !llvm.ptr -> f32
                  %v788 = arith.muli %v46, %v236 : i64
                  %v789 = arith.muli %v782, %v235 : i64
                  %v790 = arith.addi %v788, %v789 : i64
                  %v791 = arith.muli %v44, %size_DV : i64
                  %v792 = arith.addi %v790, %v791 : i64
                  %v793 = arith.addi %v792, %v42 : i64
                  %v794 = llvm.getelementptr %dy_o[%v793] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v795 = llvm.load %v794 : !llvm.ptr -> f32
                  %v796 = arith.mulf %v787, %v795 fastmath<contract> : f32
                  %v797 = llvm.load %v52 : !llvm.ptr -> f32
                  %v798 = llvm.load %v54 : !llvm.ptr -> f32
                  %v799 = arith.mulf %v798, %v797 fastmath<contract> : f32
                  %v800 = arith.addf %v796, %v799 fastmath<contract> : f32
                  llvm.store %v800, %v52 : f32, !llvm.ptr
                  %v801 = llvm.load %v64 : !llvm.ptr -> f32
                  %v802 = arith.mulf %v801, %v798 fastmath<contract> : f32
                  llvm.store %v802, %v64 : f32, !llvm.ptr
                  %v803 = arith.constant 8 : i64
                  %v804 = arith.addi %v803, %v32 : i64
                  %v805 = arith.muli %v804, %v147 : i64
                  %v806 = arith.subi %v782, %v119 : i64
                  %v807 = arith.addi %v805, %v806 : i64
                  %v808 = llvm.getelementptr %v57[%v807] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v809 = llvm.load %v808 : !llvm.ptr -> f32
                  %v810 = arith.mulf %v809, %v795 fastmath<contract> : f32
                  %v811 = llvm.load %v53 : !llvm.ptr -> f32
                  %v812 = llvm.load %v55 : !llvm.ptr -> f32
                  %v813 = arith.mulf %v812, %v811 fastmath<contract> : f32
                  %v814 = arith.addf %v810, %v813 fastmath<contract> : f32
                  llvm.store %v814, %v53 : f32, !llvm.ptr
                  %v815 = llvm.load %v65 : !llvm.ptr -> f32
                  %v816 = arith.mulf %v815, %v812 fastmath<contract> : f32
                  llvm.store %v816, %v65 : f32, !llvm.ptr
                  scf.if %v781 {
                  }
                  %v817 = arith.muli %v32, %v147 : i64
                  %v818 = arith.subi %v782, %v119 : i64
                  %v819 = arith.addi %v817, %v818 : i64
                  %v820 = llvm.getelementptr %v61[%v819] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v821 = llvm.load %v820 : !llvm.ptr -> f32
                  %v822 = arith.negf %v821 : f32
                  %v823 = arith.mulf %v822, %v272 fastmath<contract> : f32
                  %v824 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v823) : (f32) -> f32
                  %v825 = arith.addf %v63, %v824 fastmath<contract> : f32
                  %v826 = arith.divf %v63, %v825 : f32
                  %v827 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v826) : (f32) -> f32
                  %v828 = arith.mulf %v277, %v827 fastmath<contract> : f32
                  %v829 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v828) : (f32) -> f32
                  llvm.store %v829, %v54 : f32, !llvm.ptr
                  %v830 = arith.constant 8 : i64
                  %v831 = arith.addi %v830, %v32 : i64
                  %v832 = arith.muli %v831, %v147 : i64
                  %v833 = arith.subi %v782, %v119 : i64
                  %v834 = arith.addi %v832, %v833 : i64
                  %v835 = llvm.getelementptr %v61[%v834] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v836 = llvm.load %v835 : !llvm.ptr -> f32
                  %v837 = arith.negf %v836 : f32
                  %v838 = arith.mulf %v837, %v272 fastmath<contract> : f32
                  %v839 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v838) : (f32) -> f32
                  %v840 = arith.addf %v63, %v839 fastmath<contract> : f32
                  %v841 = arith.divf %v63, %v840 : f32
                  %v842 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v841) : (f32) -> f32
                  %v843 = arith.mulf %v277, %v842 fastmath<contract> : f32
                  %v844 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v843) : (f32) -> f32
                  llvm.store %v844, %v55 : f32, !llvm.ptr
                }
                %v845 = arith.addi %v208, %v296 : i64
                %v846 = arith.cmpi slt, %v298, %v773 : i32
                %v847 = arith.cmpi eq, %v298, %v778 : i32
                scf.if %v846 {
                  %v848 = arith.addi %v119, %v845 : i64
                  %v849 = arith.muli %v32, %v147 : i64
                  %v850 = arith.subi %v848, %v119 : i64
                  %v851 = arith.addi %v849, %v850 : i64
                  %v852 = llvm.getelementptr %v57[%v851] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v853 = llvm.load %v852 : !llvm.ptr -> f32
                  %v854 = arith.muli %v46, %v236 : i64
                  %v855 = arith.muli %v848, %v235 : i64
                  %v856 = arith.addi %v854, %v855 : i64
                  %v857 = arith.muli %v44, %size_DV : i64
                  %v858 = arith.addi %v856, %v857 : i64
                  %v859 = arith.addi %v858, %v42 : i64
                  %v860 = llvm.getelementptr %dy_o[%v859] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v861 = llvm.load %v860 : !llvm.ptr -> f32
                  %v862 = arith.mulf %v853, %v861 fastmath<contract> : f32
                  %v863 = llvm.load %v52 : !llvm.ptr -> f32
                  %v864 = llvm.load %v54 : !llvm.ptr -> f32
                  %v865 = arith.mulf %v864, %v863 fastmath<contract> : f32
                  %v866 = arith.addf %v862, %v865 fastmath<contract> : f32
                  llvm.store %v866, %v52 : f32, !llvm.ptr
                  %v867 = llvm.load %v64 : !llvm.ptr -> f32
                  %v868 = arith.mulf %v867, %v864 fastmath<contract> : f32
                  llvm.store %v868, %v64 : f32, !llvm.ptr
                  %v869 = arith.constant 8 : i64
                  %v870 = arith.addi %v869, %v32 : i64
                  %v871 = arith.muli %v870, %v147 : i64
                  %v872 = arith.subi %v848, %v119 : i64
                  %v873 = arith.addi %v871, %v872 : i64
                  %v874 = llvm.getelementptr %v57[%v873] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v875 = llvm.load %v874 : !llvm.ptr -> f32
                  %v876 = arith.mulf %v875, %v861 fastmath<contract> : f32
                  %v877 = llvm.load %v53 : !llvm.ptr -> f32
                  %v878 = llvm.load %v55 : !llvm.ptr -> f32
                  %v879 = arith.mulf %v878, %v877 fastmath<contract> : f32
                  %v880 = arith.addf %v876, %v879 fastmath<contract> : f32
                  llvm.store %v880, %v53 : f32, !llvm.ptr
                  %v881 = llvm.load %v65 : !llvm.ptr -> f32
                  %v882 = arith.mulf %v881, %v878 fastmath<contract> : f32
                  llvm.store %v882, %v65 : f32, !llvm.ptr
                  scf.if %v847 {
                  }
                  %v883 = arith.muli %v32, %v147 : i64
                  %v884 = arith.subi %v848, %v119 : i64
                  %v885 = arith.addi %v883, %v884 : i64
                  %v886 = llvm.getelementptr %v61[%v885] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v887 = llvm.load %v886 : !llvm.ptr -> f32
                  %v888 = arith.negf %v887 : f32
                  %v889 = arith.mulf %v888, %v272 fastmath<contract> : f32
                  %v890 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v889) : (f32) -> f32
                  %v891 = arith.addf %v63, %v890 fastmath<contract> : f32
                  %v892 = arith.divf %v63, %v891 : f32
                  %v893 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v892) : (f32) -> f32
                  %v894 = arith.mulf %v277, %v893 fastmath<contract> : f32
                  %v895 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v894) : (f32) -> f32
                  llvm.store %v895, %v54 : f32, !llvm.ptr
                  %v896 = arith.constant 8 : i64
                  %v897 = arith.addi %v896, %v32 : i64
                  %v898 = arith.muli %v897, %v147 : i64
                  %v899 = arith.subi %v848, %v119 : i64
                  %v900 = arith.addi %v898, %v899 : i64
                  %v901 = llvm.getelementptr %v61[%v900] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v902 = llvm.load %v901 : !llvm.ptr -> f32
                  %v903 = arith.negf %v902 : f32
                  %v904 = arith.mulf %v903, %v272 fastmath<contract> : f32
                  %v905 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v904) : (f32) -> f32
                  %v906 = arith.addf %v63, %v905 fastmath<contract> : f32
                  %v907 = arith.divf %v63, %v906 : f32
                  %v908 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v907) : (f32) -> f32
                  %v909 = arith.mulf %v277, %v908 fastmath<contract> : f32
                  %v910 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v909) : (f32) -> f32
                  llvm.store %v910, %v55 : f32, !llvm.ptr
                }
                %v911 = arith.addi %v208, %v364 : i64
                %v912 = arith.cmpi slt, %v366, %v773 : i32
                %v913 = arith.cmpi eq, %v366, %v778 : i32
                scf.if %v912 {
                  %v914 = arith.addi %v119, %v911 : i64
                  %v915 = arith.muli %v32, %v147 : i64
                  %v916 = arith.subi %v914, %v119 : i64
                  %v917 = arith.addi %v915, %v916 : i64
                  %v918 = llvm.getelementptr %v57[%v917] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v919 = llvm.load %v918 : !llvm.ptr -> f32
                  %v920 = arith.muli %v46, %v236 : i64
                  %v921 = arith.muli %v914, %v235 : i64
                  %v922 = arith.addi %v920, %v921 : i64
                  %v923 = arith.muli %v44, %size_DV : i64
                  %v924 = arith.addi %v922, %v923 : i64
                  %v925 = arith.addi %v924, %v42 : i64
                  %v926 = llvm.getelementptr %dy_o[%v925] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v927 = llvm.load %v926 : !llvm.ptr -> f32
                  %v928 = arith.mulf %v919, %v927 fastmath<contract> : f32
                  %v929 = llvm.load %v52 : !llvm.ptr -> f32
                  %v930 = llvm.load %v54 : !llvm.ptr -> f32
                  %v931 = arith.mulf %v930, %v929 fastmath<contract> : f32
                  %v932 = arith.addf %v928, %v931 fastmath<contract> : f32
                  llvm.store %v932, %v52 : f32, !llvm.ptr
                  %v933 = llvm.load %v64 : !llvm.ptr -> f32
                  %v934 = arith.mulf %v933, %v930 fastmath<contract> : f32
                  llvm.store %v934, %v64 : f32, !llvm.ptr
                  %v935 = arith.constant 8 : i64
                  %v936 = arith.addi %v935, %v32 : i64
                  %v937 = arith.muli %v936, %v147 : i64
                  %v938 = arith.subi %v914, %v119 : i64
                  %v939 = arith.addi %v937, %v938 : i64
                  %v940 = llvm.getelementptr %v57[%v939] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v941 = llvm.load %v940 : !llvm.ptr -> f32
                  %v942 = arith.mulf %v941, %v927 fastmath<contract> : f32
                  %v943 = llvm.load %v53 : !llvm.ptr -> f32
                  %v944 = llvm.load %v55 : !llvm.ptr -> f32
                  %v945 = arith.mulf %v944, %v943 fastmath<contract> : f32
                  %v946 = arith.addf %v942, %v945 fastmath<contract> : f32
                  llvm.store %v946, %v53 : f32, !llvm.ptr
                  %v947 = llvm.load %v65 : !llvm.ptr -> f32
                  %v948 = arith.mulf %v947, %v944 fastmath<contract> : f32
                  llvm.store %v948, %v65 : f32, !llvm.ptr
                  scf.if %v913 {
                  }
                  %v949 = arith.muli %v32, %v147 : i64
                  %v950 = arith.subi %v914, %v119 : i64
                  %v951 = arith.addi %v949, %v950 : i64
                  %v952 = llvm.getelementptr %v61[%v951] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v953 = llvm.load %v952 : !llvm.ptr -> f32
                  %v954 = arith.negf %v953 : f32
                  %v955 = arith.mulf %v954, %v272 fastmath<contract> : f32
                  %v956 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v955) : (f32) -> f32
                  %v957 = arith.addf %v63, %v956 fastmath<contract> : f32
                  %v958 = arith.divf %v63, %v957 : f32
                  %v959 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v958) : (f32) -> f32
                  %v960 = arith.mulf %v277, %v959 fastmath<contract> : f32
                  %v961 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v960) : (f32) -> f32
                  llvm.store %v961, %v54 : f32, !llvm.ptr
                  %v962 = arith.constant 8 : i64
                  %v963 = arith.addi %v962, %v32 : i64
                  %v964 = arith.muli %v963, %v147 : i64
                  %v965 = arith.subi %v914, %v119 : i64
                  %v966 = arith.addi %v964, %v965 : i64
                  %v967 = llvm.getelementptr %v61[%v966] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v968 = llvm.load %v967 : !llvm.ptr -> f32
                  %v969 = arith.negf %v968 : f32
                  %v970 = arith.mulf %v969, %v272 fastmath<contract> : f32
                  %v971 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v970) : (f32) -> f32
                  %v972 = arith.addf %v63, %v971 fastmath<contract> : f32
                  %v973 = arith.divf %v63, %v972 : f32
                  %v974 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v973) : (f32) -> f32
                  %v975 = arith.mulf %v277, %v974 fastmath<contract> : f32
                  %v976 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v975) : (f32) -> f32
                  llvm.store %v976, %v55 : f32, !llvm.ptr
                }
                %v977 = arith.addi %v208, %v48 : i64
                %v978 = arith.cmpi slt, %v433, %v773 : i32
                %v979 = arith.cmpi eq, %v433, %v778 : i32
                scf.if %v978 {
                  %v980 = arith.addi %v119, %v977 : i64
                  %v981 = arith.muli %v32, %v147 : i64
                  %v982 = arith.subi %v980, %v119 : i64
                  %v983 = arith.addi %v981, %v982 : i64
                  %v984 = llvm.getelementptr %v57[%v983] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v985 = llvm.load %v984 : !llvm.ptr -> f32
                  %v986 = arith.muli %v46, %v236 : i64
                  %v987 = arith.muli %v980, %v235 : i64
                  %v988 = arith.addi %v986, %v987 : i64
                  %v989 = arith.muli %v44, %size_DV : i64
                  %v990 = arith.addi %v988, %v989 : i64
                  %v991 = arith.addi %v990, %v42 : i64
                  %v992 = llvm.getelementptr %dy_o[%v991] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v993 = llvm.load %v992 : !llvm.ptr -> f32
                  %v994 = arith.mulf %v985, %v993 fastmath<contract> : f32
                  %v995 = llvm.load %v52 : !llvm.ptr -> f32
                  %v996 = llvm.load %v54 : !llvm.ptr -> f32
                  %v997 = arith.mulf %v996, %v995 fastmath<contract> : f32
                  %v998 = arith.addf %v994, %v997 fastmath<contract> : f32
                  llvm.store %v998, %v52 : f32, !llvm.ptr
                  %v999 = llvm.load %v64 : !llvm.ptr -> f32
                  %v1000 = arith.mulf %v999, %v996 fastmath<contract> : f32
                  llvm.store %v1000, %v64 : f32, !llvm.ptr
                  %v1001 = arith.constant 8 : i64
                  %v1002 = arith.addi %v1001, %v32 : i64
                  %v1003 = arith.muli %v1002, %v147 : i64
                  %v1004 = arith.subi %v980, %v119 : i64
                  %v1005 = arith.addi %v1003, %v1004 : i64
                  %v1006 = llvm.getelementptr %v57[%v1005] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1007 = llvm.load %v1006 : !llvm.ptr -> f32
                  %v1008 = arith.mulf %v1007, %v993 fastmath<contract> : f32
                  %v1009 = llvm.load %v53 : !llvm.ptr -> f32
                  %v1010 = llvm.load %v55 : !llvm.ptr -> f32
                  %v1011 = arith.mulf %v1010, %v1009 fastmath<contract> : f32
                  %v1012 = arith.addf %v1008, %v1011 fastmath<contract> : f32
                  llvm.store %v1012, %v53 : f32, !llvm.ptr
                  %v1013 = llvm.load %v65 : !llvm.ptr -> f32
                  %v1014 = arith.mulf %v1013, %v1010 fastmath<contract> : f32
                  llvm.store %v1014, %v65 : f32, !llvm.ptr
                  scf.if %v979 {
                  }
                  %v1015 = arith.muli %v32, %v147 : i64
                  %v1016 = arith.subi %v980, %v119 : i64
                  %v1017 = arith.addi %v1015, %v1016 : i64
                  %v1018 = llvm.getelementptr %v61[%v1017] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1019 = llvm.load %v1018 : !llvm.ptr -> f32
                  %v1020 = arith.negf %v1019 : f32
                  %v1021 = arith.mulf %v1020, %v272 fastmath<contract> : f32
                  %v1022 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1021) : (f32) -> f32
                  %v1023 = arith.addf %v63, %v1022 fastmath<contract> : f32
                  %v1024 = arith.divf %v63, %v1023 : f32
                  %v1025 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v1024) : (f32) -> f32
                  %v1026 = arith.mulf %v277, %v1025 fastmath<contract> : f32
                  %v1027 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1026) : (f32) -> f32
                  llvm.store %v1027, %v54 : f32, !llvm.ptr
                  %v1028 = arith.constant 8 : i64
                  %v1029 = arith.addi %v1028, %v32 : i64
                  %v1030 = arith.muli %v1029, %v147 : i64
                  %v1031 = arith.subi %v980, %v119 : i64
                  %v1032 = arith.addi %v1030, %v1031 : i64
                  %v1033 = llvm.getelementptr %v61[%v1032] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1034 = llvm.load %v1033 : !llvm.ptr -> f32
                  %v1035 = arith.negf %v1034 : f32
                  %v1036 = arith.mulf %v1035, %v272 fastmath<contract> : f32
                  %v1037 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1036) : (f32) -> f32
                  %v1038 = arith.addf %v63, %v1037 fastmath<contract> : f32
                  %v1039 = arith.divf %v63, %v1038 : f32
                  %v1040 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v1039) : (f32) -> f32
                  %v1041 = arith.mulf %v277, %v1040 fastmath<contract> : f32
                  %v1042 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1041) : (f32) -> f32
                  llvm.store %v1042, %v55 : f32, !llvm.ptr
                }
                %v1043 = arith.addi %v208, %v499 : i64
                %v1044 = arith.cmpi slt, %v501, %v773 : i32
                %v1045 = arith.cmpi eq, %v501, %v778 : i32
                scf.if %v1044 {
                  %v1046 = arith.addi %v119, %v1043 : i64
                  %v1047 = arith.muli %v32, %v147 : i64
                  %v1048 = arith.subi %v1046, %v119 : i64
                  %v1049 = arith.addi %v1047, %v1048 : i64
                  %v1050 = llvm.getelementptr %v57[%v1049] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1051 = llvm.load %v1050 : !llvm.ptr -> f32
                  %v1052 = arith.muli %v46, %v236 : i64
                  %v1053 = arith.muli %v1046, %v235 : i64
                  %v1054 = arith.addi %v1052, %v1053 : i64
                  %v1055 = arith.muli %v44, %size_DV : i64
                  %v1056 = arith.addi %v1054, %v1055 : i64
                  %v1057 = arith.addi %v1056, %v42 : i64
                  %v1058 = llvm.getelementptr %dy_o[%v1057] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1059 = llvm.load %v1058 : !llvm.ptr -> f32
                  %v1060 = arith.mulf %v1051, %v1059 fastmath<contract> : f32
                  %v1061 = llvm.load %v52 : !llvm.ptr -> f32
                  %v1062 = llvm.load %v54 : !llvm.ptr -> f32
                  %v1063 = arith.mulf %v1062, %v1061 fastmath<contract> : f32
                  %v1064 = arith.addf %v1060, %v1063 fastmath<contract> : f32
                  llvm.store %v1064, %v52 : f32, !llvm.ptr
                  %v1065 = llvm.load %v64 : !llvm.ptr -> f32
                  %v1066 = arith.mulf %v1065, %v1062 fastmath<contract> : f32
                  llvm.store %v1066, %v64 : f32, !llvm.ptr
                  %v1067 = arith.constant 8 : i64
                  %v1068 = arith.addi %v1067, %v32 : i64
                  %v1069 = arith.muli %v1068, %v147 : i64
                  %v1070 = arith.subi %v1046, %v119 : i64
                  %v1071 = arith.addi %v1069, %v1070 : i64
                  %v1072 = llvm.getelementptr %v57[%v1071] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1073 = llvm.load %v1072 : !llvm.ptr -> f32
                  %v1074 = arith.mulf %v1073, %v1059 fastmath<contract> : f32
                  %v1075 = llvm.load %v53 : !llvm.ptr -> f32
                  %v1076 = llvm.load %v55 : !llvm.ptr -> f32
                  %v1077 = arith.mulf %v1076, %v1075 fastmath<contract> : f32
                  %v1078 = arith.addf %v1074, %v1077 fastmath<contract> : f32
                  llvm.store %v1078, %v53 : f32, !llvm.ptr
                  %v1079 = llvm.load %v65 : !llvm.ptr -> f32
                  %v1080 = arith.mulf %v1079, %v1076 fastmath<contract> : f32
                  llvm.store %v1080, %v65 : f32, !llvm.ptr
                  scf.if %v1045 {
                  }
                  %v1081 = arith.muli %v32, %v147 : i64
                  %v1082 = arith.subi %v1046, %v119 : i64
                  %v1083 = arith.addi %v1081, %v1082 : i64
                  %v1084 = llvm.getelementptr %v61[%v1083] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1085 = llvm.load %v1084 : !llvm.ptr -> f32
                  %v1086 = arith.negf %v1085 : f32
                  %v1087 = arith.mulf %v1086, %v272 fastmath<contract> : f32
                  %v1088 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1087) : (f32) -> f32
                  %v1089 = arith.addf %v63, %v1088 fastmath<contract> : f32
                  %v1090 = arith.divf %v63, %v1089 : f32
                  %v1091 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v1090) : (f32) -> f32
                  %v1092 = arith.mulf %v277, %v1091 fastmath<contract> : f32
                  %v1093 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1092) : (f32) -> f32
                  llvm.store %v1093, %v54 : f32, !llvm.ptr
                  %v1094 = arith.constant 8 : i64
                  %v1095 = arith.addi %v1094, %v32 : i64
                  %v1096 = arith.muli %v1095, %v147 : i64
                  %v1097 = arith.subi %v1046, %v119 : i64
                  %v1098 = arith.addi %v1096, %v1097 : i64
                  %v1099 = llvm.getelementptr %v61[%v1098] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1100 = llvm.load %v1099 : !llvm.ptr -> f32
                  %v1101 = arith.negf %v1100 : f32
                  %v1102 = arith.mulf %v1101, %v272 fastmath<contract> : f32
                  %v1103 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1102) : (f32) -> f32
                  %v1104 = arith.addf %v63, %v1103 fastmath<contract> : f32
                  %v1105 = arith.divf %v63, %v1104 : f32
                  %v1106 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v1105) : (f32) -> f32
                  %v1107 = arith.mulf %v277, %v1106 fastmath<contract> : f32
                  %v1108 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1107) : (f32) -> f32
                  llvm.store %v1108, %v55 : f32, !llvm.ptr
                }
                %v1109 = arith.addi %v208, %v567 : i64
                %v1110 = arith.cmpi slt, %v569, %v773 : i32
                %v1111 = arith.cmpi eq, %v569, %v778 : i32
                scf.if %v1110 {
                  %v1112 = arith.addi %v119, %v1109 : i64
                  %v1113 = arith.muli %v32, %v147 : i64
                  %v1114 = arith.subi %v1112, %v119 : i64
                  %v1115 = arith.addi %v1113, %v1114 : i64
                  %v1116 = llvm.getelementptr %v57[%v1115] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1117 = llvm.load %v1116 : !llvm.ptr -> f32
                  %v1118 = arith.muli %v46, %v236 : i64
                  %v1119 = arith.muli %v1112, %v235 : i64
                  %v1120 = arith.addi %v1118, %v1119 : i64
                  %v1121 = arith.muli %v44, %size_DV : i64
                  %v1122 = arith.addi %v1120, %v1121 : i64
                  %v1123 = arith.addi %v1122, %v42 : i64
                  %v1124 = llvm.getelementptr %dy_o[%v1123] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1125 = llvm.load %v1124 : !llvm.ptr -> f32
                  %v1126 = arith.mulf %v1117, %v1125 fastmath<contract> : f32
                  %v1127 = llvm.load %v52 : !llvm.ptr -> f32
                  %v1128 = llvm.load %v54 : !llvm.ptr -> f32
                  %v1129 = arith.mulf %v1128, %v1127 fastmath<contract> : f32
                  %v1130 = arith.addf %v1126, %v1129 fastmath<contract> : f32
                  llvm.store %v1130, %v52 : f32, !llvm.ptr
                  %v1131 = llvm.load %v64 : !llvm.ptr -> f32
                  %v1132 = arith.mulf %v1131, %v1128 fastmath<contract> : f32
                  llvm.store %v1132, %v64 : f32, !llvm.ptr
                  %v1133 = arith.constant 8 : i64
                  %v1134 = arith.addi %v1133, %v32 : i64
                  %v1135 = arith.muli %v1134, %v147 : i64
                  %v1136 = arith.subi %v1112, %v119 : i64
                  %v1137 = arith.addi %v1135, %v1136 : i64
                  %v1138 = llvm.getelementptr %v57[%v1137] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1139 = llvm.load %v1138 : !llvm.ptr -> f32
                  %v1140 = arith.mulf %v1139, %v1125 fastmath<contract> : f32
                  %v1141 = llvm.load %v53 : !llvm.ptr -> f32
                  %v1142 = llvm.load %v55 : !llvm.ptr -> f32
                  %v1143 = arith.mulf %v1142, %v1141 fastmath<contract> : f32
                  %v1144 = arith.addf %v1140, %v1143 fastmath<contract> : f32
                  llvm.store %v1144, %v53 : f32, !llvm.ptr
                  %v1145 = llvm.load %v65 : !llvm.ptr -> f32
                  %v1146 = arith.mulf %v1145, %v1142 fastmath<contract> : f32
                  llvm.store %v1146, %v65 : f32, !llvm.ptr
                  scf.if %v1111 {
                  }
                  %v1147 = arith.muli %v32, %v147 : i64
                  %v1148 = arith.subi %v1112, %v119 : i64
                  %v1149 = arith.addi %v1147, %v1148 : i64
                  %v1150 = llvm.getelementptr %v61[%v1149] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1151 = llvm.load %v1150 : !llvm.ptr -> f32
                  %v1152 = arith.negf %v1151 : f32
                  %v1153 = arith.mulf %v1152, %v272 fastmath<contract> : f32
                  %v1154 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1153) : (f32) -> f32
                  %v1155 = arith.addf %v63, %v1154 fastmath<contract> : f32
                  %v1156 = arith.divf %v63, %v1155 : f32
                  %v1157 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v1156) : (f32) -> f32
                  %v1158 = arith.mulf %v277, %v1157 fastmath<contract> : f32
                  %v1159 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1158) : (f32) -> f32
                  llvm.store %v1159, %v54 : f32, !llvm.ptr
                  %v1160 = arith.constant 8 : i64
                  %v1161 = arith.addi %v1160, %v32 : i64
                  %v1162 = arith.muli %v1161, %v147 : i64
                  %v1163 = arith.subi %v1112, %v119 : i64
                  %v1164 = arith.addi %v1162, %v1163 : i64
                  %v1165 = llvm.getelementptr %v61[%v1164] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1166 = llvm.load %v1165 : !llvm.ptr -> f32
                  %v1167 = arith.negf %v1166 : f32
                  %v1168 = arith.mulf %v1167, %v272 fastmath<contract> : f32
                  %v1169 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1168) : (f32) -> f32
                  %v1170 = arith.addf %v63, %v1169 fastmath<contract> : f32
                  %v1171 = arith.divf %v63, %v1170 : f32
                  %v1172 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v1171) : (f32) -> f32
                  %v1173 = arith.mulf %v277, %v1172 fastmath<contract> : f32
                  %v1174 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1173) : (f32) -> f32
                  llvm.store %v1174, %v55 : f32, !llvm.ptr
                }
                %v1175 = arith.addi %v208, %v2 : i64
                %v1176 = arith.cmpi slt, %v636, %v773 : i32
                %v1177 = arith.cmpi eq, %v636, %v778 : i32
                scf.if %v1176 {
                  %v1178 = arith.addi %v119, %v1175 : i64
                  %v1179 = arith.muli %v32, %v147 : i64
                  %v1180 = arith.subi %v1178, %v119 : i64
                  %v1181 = arith.addi %v1179, %v1180 : i64
                  %v1182 = llvm.getelementptr %v57[%v1181] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1183 = llvm.load %v1182 : !llvm.ptr -> f32
                  %v1184 = arith.muli %v46, %v236 : i64
                  %v1185 = arith.muli %v1178, %v235 : i64
                  %v1186 = arith.addi %v1184, %v1185 : i64
                  %v1187 = arith.muli %v44, %size_DV : i64
                  %v1188 = arith.addi %v1186, %v1187 : i64
                  %v1189 = arith.addi %v1188, %v42 : i64
                  %v1190 = llvm.getelementptr %dy_o[%v1189] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1191 = llvm.load %v1190 : !llvm.ptr -> f32
                  %v1192 = arith.mulf %v1183, %v1191 fastmath<contract> : f32
                  %v1193 = llvm.load %v52 : !llvm.ptr -> f32
                  %v1194 = llvm.load %v54 : !llvm.ptr -> f32
                  %v1195 = arith.mulf %v1194, %v1193 fastmath<contract> : f32
                  %v1196 = arith.addf %v1192, %v1195 fastmath<contract> : f32
                  llvm.store %v1196, %v52 : f32, !llvm.ptr
                  %v1197 = llvm.load %v64 : !llvm.ptr -> f32
                  %v1198 = arith.mulf %v1197, %v1194 fastmath<contract> : f32
                  llvm.store %v1198, %v64 : f32, !llvm.ptr
                  %v1199 = arith.constant 8 : i64
                  %v1200 = arith.addi %v1199, %v32 : i64
                  %v1201 = arith.muli %v1200, %v147 : i64
                  %v1202 = arith.subi %v1178, %v119 : i64
                  %v1203 = arith.addi %v1201, %v1202 : i64
                  %v1204 = llvm.getelementptr %v57[%v1203] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1205 = llvm.load %v1204 : !llvm.ptr -> f32
                  %v1206 = arith.mulf %v1205, %v1191 fastmath<contract> : f32
                  %v1207 = llvm.load %v53 : !llvm.ptr -> f32
                  %v1208 = llvm.load %v55 : !llvm.ptr -> f32
                  %v1209 = arith.mulf %v1208, %v1207 fastmath<contract> : f32
                  %v1210 = arith.addf %v1206, %v1209 fastmath<contract> : f32
                  llvm.store %v1210, %v53 : f32, !llvm.ptr
                  %v1211 = llvm.load %v65 : !llvm.ptr -> f32
                  %v1212 = arith.mulf %v1211, %v1208 fastmath<contract> : f32
                  llvm.store %v1212, %v65 : f32, !llvm.ptr
                  scf.if %v1177 {
                  }
                  %v1213 = arith.muli %v32, %v147 : i64
                  %v1214 = arith.subi %v1178, %v119 : i64
                  %v1215 = arith.addi %v1213, %v1214 : i64
                  %v1216 = llvm.getelementptr %v61[%v1215] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1217 = llvm.load %v1216 : !llvm.ptr -> f32
                  %v1218 = arith.negf %v1217 : f32
                  %v1219 = arith.mulf %v1218, %v272 fastmath<contract> : f32
                  %v1220 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1219) : (f32) -> f32
                  %v1221 = arith.addf %v63, %v1220 fastmath<contract> : f32
                  %v1222 = arith.divf %v63, %v1221 : f32
                  %v1223 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v1222) : (f32) -> f32
                  %v1224 = arith.mulf %v277, %v1223 fastmath<contract> : f32
                  %v1225 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1224) : (f32) -> f32
                  llvm.store %v1225, %v54 : f32, !llvm.ptr
                  %v1226 = arith.constant 8 : i64
                  %v1227 = arith.addi %v1226, %v32 : i64
                  %v1228 = arith.muli %v1227, %v147 : i64
                  %v1229 = arith.subi %v1178, %v119 : i64
                  %v1230 = arith.addi %v1228, %v1229 : i64
                  %v1231 = llvm.getelementptr %v61[%v1230] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1232 = llvm.load %v1231 : !llvm.ptr -> f32
                  %v1233 = arith.negf %v1232 : f32
                  %v1234 = arith.mulf %v1233, %v272 fastmath<contract> : f32
                  %v1235 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1234) : (f32) -> f32
                  %v1236 = arith.addf %v63, %v1235 fastmath<contract> : f32
                  %v1237 = arith.divf %v63, %v1236 : f32
                  %v1238 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v1237) : (f32) -> f32
                  %v1239 = arith.mulf %v277, %v1238 fastmath<contract> : f32
                  %v1240 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1239) : (f32) -> f32
                  llvm.store %v1240, %v55 : f32, !llvm.ptr
                }
                %v1241 = arith.cmpi slt, %v702, %v773 : i32
                %v1242 = arith.cmpi eq, %v702, %v778 : i32
                scf.if %v1241 {
                  %v1243 = arith.addi %v119, %v208 : i64
                  %v1244 = arith.muli %v32, %v147 : i64
                  %v1245 = arith.subi %v1243, %v119 : i64
                  %v1246 = arith.addi %v1244, %v1245 : i64
                  %v1247 = llvm.getelementptr %v57[%v1246] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1248 = llvm.load %v1247 : !llvm.ptr -> f32
                  %v1249 = arith.muli %v46, %v236 : i64
                  %v1250 = arith.muli %v1243, %v235 : i64
                  %v1251 = arith.addi %v1249, %v1250 : i64
                  %v1252 = arith.muli %v44, %size_DV : i64
                  %v1253 = arith.addi %v1251, %v1252 : i64
                  %v1254 = arith.addi %v1253, %v42 : i64
                  %v1255 = llvm.getelementptr %dy_o[%v1254] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1256 = llvm.load %v1255 : !llvm.ptr -> f32
                  %v1257 = arith.mulf %v1248, %v1256 fastmath<contract> : f32
                  %v1258 = llvm.load %v52 : !llvm.ptr -> f32
                  %v1259 = llvm.load %v54 : !llvm.ptr -> f32
                  %v1260 = arith.mulf %v1259, %v1258 fastmath<contract> : f32
                  %v1261 = arith.addf %v1257, %v1260 fastmath<contract> : f32
                  llvm.store %v1261, %v52 : f32, !llvm.ptr
                  %v1262 = llvm.load %v64 : !llvm.ptr -> f32
                  %v1263 = arith.mulf %v1262, %v1259 fastmath<contract> : f32
                  llvm.store %v1263, %v64 : f32, !llvm.ptr
                  %v1264 = arith.constant 8 : i64
                  %v1265 = arith.addi %v1264, %v32 : i64
                  %v1266 = arith.muli %v1265, %v147 : i64
                  %v1267 = arith.subi %v1243, %v119 : i64
                  %v1268 = arith.addi %v1266, %v1267 : i64
                  %v1269 = llvm.getelementptr %v57[%v1268] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1270 = llvm.load %v1269 : !llvm.ptr -> f32
                  %v1271 = arith.mulf %v1270, %v1256 fastmath<contract> : f32
                  %v1272 = llvm.load %v53 : !llvm.ptr -> f32
                  %v1273 = llvm.load %v55 : !llvm.ptr -> f32
                  %v1274 = arith.mulf %v1273, %v1272 fastmath<contract> : f32
                  %v1275 = arith.addf %v1271, %v1274 fastmath<contract> : f32
                  llvm.store %v1275, %v53 : f32, !llvm.ptr
                  %v1276 = llvm.load %v65 : !llvm.ptr -> f32
                  %v1277 = arith.mulf %v1276, %v1273 fastmath<contract> : f32
                  llvm.store %v1277, %v65 : f32, !llvm.ptr
                  scf.if %v1242 {
                  }
                  %v1278 = arith.muli %v32, %v147 : i64
                  %v1279 = arith.subi %v1243, %v119 : i64
                  %v1280 = arith.addi %v1278, %v1279 : i64
                  %v1281 = llvm.getelementptr %v61[%v1280] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1282 = llvm.load %v1281 : !llvm.ptr -> f32
                  %v1283 = arith.negf %v1282 : f32
                  %v1284 = arith.mulf %v1283, %v272 fastmath<contract> : f32
                  %v1285 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1284) : (f32) -> f32
                  %v1286 = arith.addf %v63, %v1285 fastmath<contract> : f32
                  %v1287 = arith.divf %v63, %v1286 : f32
                  %v1288 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v1287) : (f32) -> f32
                  %v1289 = arith.mulf %v277, %v1288 fastmath<contract> : f32
                  %v1290 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1289) : (f32) -> f32
                  llvm.store %v1290, %v54 : f32, !llvm.ptr
                  %v1291 = arith.constant 8 : i64
                  %v1292 = arith.addi %v1291, %v32 : i64
                  %v1293 = arith.muli %v1292, %v147 : i64
                  %v1294 = arith.subi %v1243, %v119 : i64
                  %v1295 = arith.addi %v1293, %v1294 : i64
                  %v1296 = llvm.getelementptr %v61[%v1295] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1297 = llvm.load %v1296 : !llvm.ptr -> f32
                  %v1298 = arith.negf %v1297 : f32
                  %v1299 = arith.mulf %v1298, %v272 fastmath<contract> : f32
                  %v1300 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1299) : (f32) -> f32
                  %v1301 = arith.addf %v63, %v1300 fastmath<contract> : f32
                  %v1302 = arith.divf %v63, %v1301 : f32
                  %v1303 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v1302) : (f32) -> f32
                  %v1304 = arith.mulf %v277, %v1303 fastmath<contract> : f32
                  %v1305 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1304) : (f32) -> f32
                  llvm.store %v1305, %v55 : f32, !llvm.ptr
                }
              }
            }
          }
        }
      }
      scf.if %v36 {
        %v1306 = llvm.load %v52 : !llvm.ptr -> f32
        %v1307 = arith.muli %v27, %v1 : i64
        %v1308 = arith.addi %v1307, %v32 : i64
        %v1309 = arith.muli %v1308, %v4 : i64
        %v1310 = arith.subi %v4, %v2 : i64
        %v1311 = arith.minsi %v38, %v1310 : i64
        %v1312 = arith.addi %v1309, %v1311 : i64
        %v1313 = llvm.getelementptr %segsum_S[%v1312] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1306, %v1313 : f32, !llvm.ptr
        %v1314 = llvm.load %v64 : !llvm.ptr -> f32
        %v1315 = arith.addi %v8, %v27 : i64
        %v1316 = arith.muli %v1315, %v1 : i64
        %v1317 = arith.addi %v1316, %v32 : i64
        %v1318 = arith.muli %v1317, %v4 : i64
        %v1319 = arith.subi %v4, %v2 : i64
        %v1320 = arith.minsi %v38, %v1319 : i64
        %v1321 = arith.addi %v1318, %v1320 : i64
        %v1322 = llvm.getelementptr %segsum_S[%v1321] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1314, %v1322 : f32, !llvm.ptr
        %v1323 = llvm.load %v54 : !llvm.ptr -> f32
        %v1324 = arith.muli %v567, %v8 : i64
        %v1325 = arith.addi %v1324, %v27 : i64
        %v1326 = arith.muli %v1325, %v1 : i64
        %v1327 = arith.addi %v1326, %v32 : i64
        %v1328 = arith.muli %v1327, %v4 : i64
        %v1329 = arith.subi %v4, %v2 : i64
        %v1330 = arith.minsi %v38, %v1329 : i64
        %v1331 = arith.addi %v1328, %v1330 : i64
        %v1332 = llvm.getelementptr %segsum_S[%v1331] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1323, %v1332 : f32, !llvm.ptr
        %v1333 = llvm.load %v53 : !llvm.ptr -> f32
        %v1334 = arith.addi %v31, %v32 : i64
        %v1335 = arith.muli %v27, %v1 : i64
        %v1336 = arith.addi %v1335, %v1334 : i64
        %v1337 = arith.muli %v1336, %v4 : i64
        %v1338 = arith.subi %v4, %v2 : i64
        %v1339 = arith.minsi %v38, %v1338 : i64
        %v1340 = arith.addi %v1337, %v1339 : i64
        %v1341 = llvm.getelementptr %segsum_S[%v1340] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1333, %v1341 : f32, !llvm.ptr
        %v1342 = llvm.load %v65 : !llvm.ptr -> f32
        %v1343 = arith.addi %v31, %v32 : i64
        %v1344 = arith.addi %v8, %v27 : i64
        %v1345 = arith.muli %v1344, %v1 : i64
        %v1346 = arith.addi %v1345, %v1343 : i64
        %v1347 = arith.muli %v1346, %v4 : i64
        %v1348 = arith.subi %v4, %v2 : i64
        %v1349 = arith.minsi %v38, %v1348 : i64
        %v1350 = arith.addi %v1347, %v1349 : i64
        %v1351 = llvm.getelementptr %segsum_S[%v1350] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1342, %v1351 : f32, !llvm.ptr
        %v1352 = llvm.load %v55 : !llvm.ptr -> f32
        %v1353 = arith.addi %v31, %v32 : i64
        %v1354 = arith.muli %v567, %v8 : i64
        %v1355 = arith.addi %v1354, %v27 : i64
        %v1356 = arith.muli %v1355, %v1 : i64
        %v1357 = arith.addi %v1356, %v1353 : i64
        %v1358 = arith.muli %v1357, %v4 : i64
        %v1359 = arith.subi %v4, %v2 : i64
        %v1360 = arith.minsi %v38, %v1359 : i64
        %v1361 = arith.addi %v1358, %v1360 : i64
        %v1362 = llvm.getelementptr %segsum_S[%v1361] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1352, %v1362 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
