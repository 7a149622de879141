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
      %v224 = arith.constant 2147483647 : i64
      %v228 = arith.constant 7 : i32
      %v231 = arith.constant 32 : i32
      %v238 = arith.muli %v2, %size_DV : i64
      %v239 = arith.muli %v238, %size_H : i64
      %v240 = arith.muli %v239, %size_L : i64
      %v277 = arith.constant 0x3FB8AA3B : f32
      %v282 = arith.constant 0x3D800000 : f32
      %v301 = arith.constant 6 : i64
      %v303 = arith.constant 6 : i32
      %v370 = arith.constant 5 : i64
      %v372 = arith.constant 5 : i32
      %v440 = arith.constant 4 : i32
      %v507 = arith.constant 3 : i64
      %v509 = arith.constant 3 : i32
      %v576 = arith.constant 2 : i64
      %v578 = arith.constant 2 : i32
      %v646 = arith.constant 1 : i32
      %v714 = arith.constant 0 : i32
      %v16 = gpu.block_id x
      %v17 = gpu.thread_id x
      %v18 = arith.index_cast %v17 : index to i64
      %v19 = arith.index_cast %v16 : index to i64
      %v21 = arith.subi %v20, %v2 : i64
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
              %v215 = arith.subi %v122, %v2 : i64
              %v216 = arith.addi %v213, %v33 : i64
              %v217 = arith.minsi %v216, %v215 : i64
              %v218 = arith.addi %v120, %v217 : i64
              // the group's states, recomputed into registers
              %v219 = arith.subi %v122, %v213 : i64
              %v220 = arith.trunci %v219 : i64 to i32
              %v221 = arith.subi %size_L, %v2 : i64
              %v222 = arith.addi %v120, %v213 : i64
              %v223 = arith.subi %v221, %v222 : i64
              %v225 = arith.minsi %v223, %v224 : i64
              %v226 = arith.trunci %v225 : i64 to i32
              %v227 = arith.addi %v213, %v70 : i64
              %v229 = arith.cmpi slt, %v228, %v220 : i32
              %v230 = arith.cmpi eq, %v228, %v226 : i32
              scf.if %v229 {
                %v232 = arith.addi %v120, %v227 : i64
                %v233 = arith.muli %v33, %v150 : i64
                %v234 = arith.subi %v232, %v120 : i64
                %v235 = arith.addi %v233, %v234 : i64
                %v236 = llvm.getelementptr %v58[%v235] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v237 = llvm.load %v236 : !llvm.ptr -> f32
                %v241 = arith.muli %v47, %v240 : i64
                %v242 = arith.muli %v232, %v239 : i64
                %v243 = arith.addi %v241, %v242 : i64
                %v244 = arith.muli %v45, %v238 : i64
                %v245 = arith.addi %v243, %v244 : i64
                %v246 = arith.muli %v43, %v2 : i64
                %v247 = arith.addi %v245, %v246 : i64
                %v248 = llvm.getelementptr %dy_o[%v247] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v249 = llvm.load %v248 : !llvm.ptr -> f32
                %v250 = arith.mulf %v237, %v249 fastmath<contract> : f32
                %v251 = llvm.load %v53 : !llvm.ptr -> f32
                %v252 = llvm.load %v55 : !llvm.ptr -> f32
                %v253 = arith.mulf %v252, %v251 fastmath<contract> : f32
                %v254 = arith.addf %v250, %v253 fastmath<contract> : f32
                llvm.store %v254, %v53 : f32, !llvm.ptr
                %v255 = llvm.load %v65 : !llvm.ptr -> f32
                %v256 = arith.mulf %v255, %v252 fastmath<contract> : f32
                llvm.store %v256, %v65 : f32, !llvm.ptr
                %v257 = arith.constant 8 : i64
                %v258 = arith.addi %v257, %v33 : i64
                %v259 = arith.muli %v258, %v150 : i64
                %v260 = arith.subi %v232, %v120 : i64
                %v261 = arith.addi %v259, %v260 : i64
                %v262 = llvm.getelementptr %v58[%v261] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v263 = llvm.load %v262 : !llvm.ptr -> f32
                %v264 = arith.mulf %v263, %v249 fastmath<contract> : f32
                %v265 = llvm.load %v54 : !llvm.ptr -> f32
                %v266 = llvm.load %v56 : !llvm.ptr -> f32
                %v267 = arith.mulf %v266, %v265 fastmath<contract> : f32
                %v268 = arith.addf %v264, %v267 fastmath<contract> : f32
                llvm.store %v268, %v54 : f32, !llvm.ptr
                %v269 = llvm.load %v66 : !llvm.ptr -> f32
                %v270 = arith.mulf %v269, %v266 fastmath<contract> : f32
                llvm.store %v270, %v66 : f32, !llvm.ptr
                scf.if %v230 {
                }
                %v271 = arith.muli %v33, %v150 : i64
                %v272 = arith.subi %v232, %v120 : i64
                %v273 = arith.addi %v271, %v272 : i64
                %v274 = llvm.getelementptr %v62[%v273] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v275 = llvm.load %v274 : !llvm.ptr -> f32
                %v276 = arith.negf %v275 : f32
                %v278 = arith.mulf %v276, %v277 fastmath<contract> : f32
                %v279 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v278) : (f32) -> f32
                %v280 = arith.addf %v64, %v279 fastmath<contract> : f32
                %v281 = arith.divf %v64, %v280 : f32
                %v283 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v281) : (f32) -> f32
                %v284 = arith.mulf %v282, %v283 fastmath<contract> : f32
                %v285 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v284) : (f32) -> f32
                llvm.store %v285, %v55 : f32, !llvm.ptr
                %v286 = arith.constant 8 : i64
                %v287 = arith.addi %v286, %v33 : i64
                %v288 = arith.muli %v287, %v150 : i64
                %v289 = arith.subi %v232, %v120 : i64
                %v290 = arith.addi %v288, %v289 : i64
                %v291 = llvm.getelementptr %v62[%v290] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v292 = llvm.load %v291 : !llvm.ptr -> f32
                %v293 = arith.negf %v292 : f32
                %v294 = arith.mulf %v293, %v277 fastmath<contract> : f32
                %v295 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v294) : (f32) -> f32
                %v296 = arith.addf %v64, %v295 fastmath<contract> : f32
                %v297 = arith.divf %v64, %v296 : f32
                %v298 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v297) : (f32) -> f32
                %v299 = arith.mulf %v282, %v298 fastmath<contract> : f32
                %v300 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v299) : (f32) -> f32
                llvm.store %v300, %v56 : f32, !llvm.ptr
              }
              %v302 = arith.addi %v213, %v301 : i64
              %v304 = arith.cmpi slt, %v303, %v220 : i32
              %v305 = arith.cmpi eq, %v303, %v226 : i32
              scf.if %v304 {
                %v306 = arith.addi %v120, %v302 : i64
                %v307 = arith.muli %v33, %v150 : i64
                %v308 = arith.subi %v306, %v120 : i64
                %v309 = arith.addi %v307, %v308 : i64
                %v310 = llvm.getelementptr %v58[%v309] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v311 = llvm.load %v310 : !llvm.ptr -> f32
                %v312 = arith.muli %v47, %v240 : i64
                %v313 = arith.muli %v306, %v239 : i64
                %v314 = arith.addi %v312, %v313 : i64
                %v315 = arith.muli %v45, %v238 : i64
                %v316 = arith.addi %v314, %v315 : i64
                %v317 = arith.muli %v43, %v2 : i64
                %v318 = arith.addi %v316, %v317 : i64
                %v319 = llvm.getelementptr %dy_o[%v318] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v320 = llvm.load %v319 : !llvm.ptr -> f32
                %v321 = arith.mulf %v311, %v320 fastmath<contract> : f32
                %v322 = llvm.load %v53 : !llvm.ptr -> f32
                %v323 = llvm.load %v55 : !llvm.ptr -> f32
                %v324 = arith.mulf %v323, %v322 fastmath<contract> : f32
                %v325 = arith.addf %v321, %v324 fastmath<contract> : f32
                llvm.store %v325, %v53 : f32, !llvm.ptr
                %v326 = llvm.load %v65 : !llvm.ptr -> f32
                %v327 = arith.mulf %v326, %v323 fastmath<contract> : f32
                llvm.store %v327, %v65 : f32, !llvm.ptr
                %v328 = arith.constant 8 : i64
                %v329 = arith.addi %v328, %v33 : i64
                %v330 = arith.muli %v329, %v150 : i64
                %v331 = arith.subi %v306, %v120 : i64
                %v332 = arith.addi %v330, %v331 : i64
                %v333 = llvm.getelementptr %v58[%v332] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v334 = llvm.load %v333 : !llvm.ptr -> f32
                %v335 = arith.mulf %v334, %v320 fastmath<contract> : f32
                %v336 = llvm.load %v54 : !llvm.ptr -> f32
                %v337 = llvm.load %v56 : !llvm.ptr -> f32
                %v338 = arith.mulf %v337, %v336 fastmath<contract> : f32
                %v339 = arith.addf %v335, %v338 fastmath<contract> : f32
                llvm.store %v339, %v54 : f32, !llvm.ptr
                %v340 = llvm.load %v66 : !llvm.ptr -> f32
                %v341 = arith.mulf %v340, %v337 fastmath<contract> : f32
                llvm.store %v341, %v66 : f32, !llvm.ptr
                scf.if %v305 {
                }
                %v342 = arith.muli %v33, %v150 : i64
                %v343 = arith.subi %v306, %v120 : i64
                %v344 = arith.addi %v342, %v343 : i64
                %v345 = llvm.getelementptr %v62[%v344] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v346 = llvm.load %v345 : !llvm.ptr -> f32
                %v347 = arith.negf %v346 : f32
                %v348 = arith.mulf %v347, %v277 fastmath<contract> : f32
                %v349 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v348) : (f32) -> f32
                %v350 = arith.addf %v64, %v349 fastmath<contract> : f32
                %v351 = arith.divf %v64, %v350 : f32
                %v352 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v351) : (f32) -> f32
                %v353 = arith.mulf %v282, %v352 fastmath<contract> : f32
                %v354 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v353) : (f32) -> f32
                llvm.store %v354, %v55 : f32, !llvm.ptr
                %v355 = arith.constant 8 : i64
                %v356 = arith.addi %v355, %v33 : i64
                %v357 = arith.muli %v356, %v150 : i64
                %v358 = arith.subi %v306, %v120 : i64
                %v359 = arith.addi %v357, %v358 : i64
                %v360 = llvm.getelementptr %v62[%v359] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v361 = llvm.load %v360 : !llvm.ptr -> f32
                %v362 = arith.negf %v361 : f32
                %v363 = arith.mulf %v362, %v277 fastmath<contract> : f32
                %v364 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v363) : (f32) -> f32
                %v365 = arith.addf %v64, %v364 fastmath<contract> : f32
                %v366 = arith.divf %v64, %v365 : f32
                %v367 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v366) : (f32) -> f32
                %v368 = arith.mulf %v282, %v367 fastmath<contract> : f32
                %v369 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v368) : (f32) -> f32
                llvm.store %v369, %v56 : f32, !llvm.ptr
              }
              %v371 = arith.addi %v213, %v370 : i64
              %v373 = arith.cmpi slt, %v372, %v220 : i32
              %v374 = arith.cmpi eq, %v372, %v226 : i32
              scf.if %v373 {
                %v375 = arith.addi %v120, %v371 : i64
                %v376 = arith.muli %v33, %v150 : i64
                %v377 = arith.subi %v375, %v120 : i64
                %v378 = arith.addi %v376, %v377 : i64
                %v379 = llvm.getelementptr %v58[%v378] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v380 = llvm.load %v379 : !llvm.ptr -> f32
                %v381 = arith.muli %v47, %v240 : i64
                %v382 = arith.muli %v375, %v239 : i64
                %v383 = arith.addi %v381, %v382 : i64
                %v384 = arith.muli %v45, %v238 : i64
                %v385 = arith.addi %v383, %v384 : i64
                %v386 = arith.muli %v43, %v2 : i64
                %v387 = arith.addi %v385, %v386 : i64
                %v388 = llvm.getelementptr %dy_o[%v387] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v389 = llvm.load %v388 : !llvm.ptr -> f32
                %v390 = arith.mulf %v380, %v389 fastmath<contract> : f32
                %v391 = llvm.load %v53 : !llvm.ptr -> f32
                %v392 = llvm.load %v55 : !llvm.ptr -> f32
                %v393 = arith.mulf %v392, %v391 fastmath<contract> : f32
                %v394 = arith.addf %v390, %v393 fastmath<contract> : f32
                llvm.store %v394, %v53 : f32, !llvm.ptr
                %v395 = llvm.load %v65 : !llvm.ptr -> f32
                %v396 = arith.mulf %v395, %v392 fastmath<contract> : f32
                llvm.store %v396, %v65 : f32, !llvm.ptr
                %v397 = arith.constant 8 : i64
                %v398 = arith.addi %v397, %v33 : i64
                %v399 = arith.muli %v398, %v150 : i64
                %v400 = arith.subi %v375, %v120 : i64
                %v401 = arith.addi %v399, %v400 : i64
                %v402 = llvm.getelementptr %v58[%v401] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v403 = llvm.load %v402 : !llvm.ptr -> f32
                %v404 = arith.mulf %v403, %v389 fastmath<contract> : f32
                %v405 = llvm.load %v54 : !llvm.ptr -> f32
                %v406 = llvm.load %v56 : !llvm.ptr -> f32
                %v407 = arith.mulf %v406, %v405 fastmath<contract> : f32
                %v408 = arith.addf %v404, %v407 fastmath<contract> : f32
                llvm.store %v408, %v54 : f32, !llvm.ptr
                %v409 = llvm.load %v66 : !llvm.ptr -> f32
                %v410 = arith.mulf %v409, %v406 fastmath<contract> : f32
                llvm.store %v410, %v66 : f32, !llvm.ptr
                scf.if %v374 {
                }
                %v411 = arith.muli %v33, %v150 : i64
                %v412 = arith.subi %v375, %v120 : i64
                %v413 = arith.addi %v411, %v412 : i64
                %v414 = llvm.getelementptr %v62[%v413] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v415 = llvm.load %v414 : !llvm.ptr -> f32
                %v416 = arith.negf %v415 : f32
                %v417 = arith.mulf %v416, %v277 fastmath<contract> : f32
                %v418 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v417) : (f32) -> f32
                %v419 = arith.addf %v64, %v418 fastmath<contract> : f32
                %v420 = arith.divf %v64, %v419 : f32
                %v421 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v420) : (f32) -> f32
                %v422 = arith.mulf %v282, %v421 fastmath<contract> : f32
                %v423 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v422) : (f32) -> f32
                llvm.store %v423, %v55 : f32, !llvm.ptr
                %v424 = arith.constant 8 : i64
                %v425 = arith.addi %v424, %v33 : i64
                %v426 = arith.muli %v425, %v150 : i64
                %v427 = arith.subi %v375, %v120 : i64
                %v428 = arith.addi %v426, %v427 : i64
                %v429 = llvm.getelementptr %v62[%v428] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v430 = llvm.load %v429 : !llvm.ptr -> f32
                %v431 = arith.negf %v430 : f32
                %v432 = arith.mulf %v431, %v277 fastmath<contract> : f32
                %v433 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v432) : (f32) -> f32
                %v434 = arith.addf %v64, %v433 fastmath<contract> : f32
                %v435 = arith.divf %v64, %v434 : f32
                %v436 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v435) : (f32) -> f32
                %v437 = arith.mulf %v282, %v436 fastmath<contract> : f32
                %v438 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v437) : (f32) -> f32
                llvm.store %v438, %v56 : f32, !llvm.ptr
              }
              %v439 = arith.addi %v213, %v49 : i64
              %v441 = arith.cmpi slt, %v440, %v220 : i32
              %v442 = arith.cmpi eq, %v440, %v226 : i32
              scf.if %v441 {
                %v443 = arith.addi %v120, %v439 : i64
                %v444 = arith.muli %v33, %v150 : i64
                %v445 = arith.subi %v443, %v120 : i64
                %v446 = arith.addi %v444, %v445 : i64
                %v447 = llvm.getelementptr %v58[%v446] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v448 = llvm.load %v447 : !llvm.ptr -> f32
                %v449 = arith.muli %v47, %v240 : i64
                %v450 = arith.muli %v443, %v239 : i64
                %v451 = arith.addi %v449, %v450 : i64
                %v452 = arith.muli %v45, %v238 : i64
                %v453 = arith.addi %v451, %v452 : i64
                %v454 = arith.muli %v43, %v2 : i64
                %v455 = arith.addi %v453, %v454 : i64
                %v456 = llvm.getelementptr %dy_o[%v455] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v457 = llvm.load %v456 : !llvm.ptr -> f32
                %v458 = arith.mulf %v448, %v457 fastmath<contract> : f32
                %v459 = llvm.load %v53 : !llvm.ptr -> f32
                %v460 = llvm.load %v55 : !llvm.ptr -> f32
                %v461 = arith.mulf %v460, %v459 fastmath<contract> : f32
                %v462 = arith.addf %v458, %v461 fastmath<contract> : f32
                llvm.store %v462, %v53 : f32, !llvm.ptr
                %v463 = llvm.load %v65 : !llvm.ptr -> f32
                %v464 = arith.mulf %v463, %v460 fastmath<contract> : f32
                llvm.store %v464, %v65 : f32, !llvm.ptr
                %v465 = arith.constant 8 : i64
                %v466 = arith.addi %v465, %v33 : i64
                %v467 = arith.muli %v466, %v150 : i64
                %v468 = arith.subi %v443, %v120 : i64
                %v469 = arith.addi %v467, %v468 : i64
                %v470 = llvm.getelementptr %v58[%v469] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v471 = llvm.load %v470 : !llvm.ptr -> f32
                %v472 = arith.mulf %v471, %v457 fastmath<contract> : f32
                %v473 = llvm.load %v54 : !llvm.ptr -> f32
                %v474 = llvm.load %v56 : !llvm.ptr -> f32
                %v475 = arith.mulf %v474, %v473 fastmath<contract> : f32
                %v476 = arith.addf %v472, %v475 fastmath<contract> : f32
                llvm.store %v476, %v54 : f32, !llvm.ptr
                %v477 = llvm.load %v66 : !llvm.ptr -> f32
                %v478 = arith.mulf %v477, %v474 fastmath<contract> : f32
                llvm.store %v478, %v66 : f32, !llvm.ptr
                scf.if %v442 {
                }
                %v479 = arith.muli %v33, %v150 : i64
                %v480 = arith.subi %v443, %v120 : i64
                %v481 = arith.addi %v479, %v480 : i64
                %v482 = llvm.getelementptr %v62[%v481] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v483 = llvm.load %v482 : !llvm.ptr -> f32
                %v484 = arith.negf %v483 : f32
                %v485 = arith.mulf %v484, %v277 fastmath<contract> : f32
                %v486 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v485) : (f32) -> f32
                %v487 = arith.addf %v64, %v486 fastmath<contract> : f32
                %v488 = arith.divf %v64, %v487 : f32
                %v489 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v488) : (f32) -> f32
                %v490 = arith.mulf %v282, %v489 fastmath<contract> : f32
                %v491 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v490) : (f32) -> f32
                llvm.store %v491, %v55 : f32, !llvm.ptr
                %v492 = arith.constant 8 : i64
                %v493 = arith.addi %v492, %v33 : i64
                %v494 = arith.muli %v493, %v150 : i64
                %v495 = arith.subi %v443, %v120 : i64
                %v496 = arith.addi %v494, %v495 : i64
                %v497 = llvm.getelementptr %v62[%v496] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v498 = llvm.load %v497 : !llvm.ptr -> f32
                %v499 = arith.negf %v498 : f32
                %v500 = arith.mulf %v499, %v277 fastmath<contract> : f32
                %v501 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v500) : (f32) -> f32
                %v502 = arith.addf %v64, %v501 fastmath<contract> : f32
                %v503 = arith.divf %v64, %v502 : f32
                %v504 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v503) : (f32) -> f32
                %v505 = arith.mulf %v282, %v504 fastmath<contract> : f32
                %v506 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v505) : (f32) -> f32
                llvm.store %v506, %v56 : f32, !llvm.ptr
              }
              %v508 = arith.addi %v213, %v507 : i64
              %v510 = arith.cmpi slt, %v509, %v220 : i32
              %v511 = arith.cmpi eq, %v509, %v226 : i32
              scf.if %v510 {
                %v512 = arith.addi %v120, %v508 : i64
                %v513 = arith.muli %v33, %v150 : i64
                %v514 = arith.subi %v512, %v120 : i64
                %v515 = arith.addi %v513, %v514 : i64
                %v516 = llvm.getelementptr %v58[%v515] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v517 = llvm.load %v516 : !llvm.ptr -> f32
                %v518 = arith.muli %v47, %v240 : i64
                %v519 = arith.muli %v512, %v239 : i64
                %v520 = arith.addi %v518, %v519 : i64
                %v521 = arith.muli %v45, %v238 : i64
                %v522 = arith.addi %v520, %v521 : i64
                %v523 = arith.muli %v43, %v2 : i64
                %v524 = arith.addi %v522, %v523 : i64
                %v525 = llvm.getelementptr %dy_o[%v524] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v526 = llvm.load %v525 : !llvm.ptr -> f32
                %v527 = arith.mulf %v517, %v526 fastmath<contract> : f32
                %v528 = llvm.load %v53 : !llvm.ptr -> f32
                %v529 = llvm.load %v55 : !llvm.ptr -> f32
                %v530 = arith.mulf %v529, %v528 fastmath<contract> : f32
                %v531 = arith.addf %v527, %v530 fastmath<contract> : f32
                llvm.store %v531, %v53 : f32, !llvm.ptr
                %v532 = llvm.load %v65 : !llvm.ptr -> f32
                %v533 = arith.mulf %v532, %v529 fastmath<contract> : f32
                llvm.store %v533, %v65 : f32, !llvm.ptr
                %v534 = arith.constant 8 : i64
                %v535 = arith.addi %v534, %v33 : i64
                %v536 = arith.muli %v535, %v150 : i64
                %v537 = arith.subi %v512, %v120 : i64
                %v538 = arith.addi %v536, %v537 : i64
                %v539 = llvm.getelementptr %v58[%v538] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v540 = llvm.load %v539 : !llvm.ptr -> f32
                %v541 = arith.mulf %v540, %v526 fastmath<contract> : f32
                %v542 = llvm.load %v54 : !llvm.ptr -> f32
                %v543 = llvm.load %v56 : !llvm.ptr -> f32
                %v544 = arith.mulf %v543, %v542 fastmath<contract> : f32
                %v545 = arith.addf %v541, %v544 fastmath<contract> : f32
                llvm.store %v545, %v54 : f32, !llvm.ptr
                %v546 = llvm.load %v66 : !llvm.ptr -> f32
                %v547 = arith.mulf %v546, %v543 fastmath<contract> : f32
                llvm.store %v547, %v66 : f32, !llvm.ptr
                scf.if %v511 {
                }
                %v548 = arith.muli %v33, %v150 : i64
                %v549 = arith.subi %v512, %v120 : i64
                %v550 = arith.addi %v548, %v549 : i64
                %v551 = llvm.getelementptr %v62[%v550] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v552 = llvm.load %v551 : !llvm.ptr -> f32
                %v553 = arith.negf %v552 : f32
                %v554 = arith.mulf %v553, %v277 fastmath<contract> : f32
                %v555 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v554) : (f32) -> f32
                %v556 = arith.addf %v64, %v555 fastmath<contract> : f32
                %v557 = arith.divf %v64, %v556 : f32
                %v558 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v557) : (f32) -> f32
                %v559 = arith.mulf %v282, %v558 fastmath<contract> : f32
                %v560 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v559) : (f32) -> f32
                llvm.store %v560, %v55 : f32, !llvm.ptr
                %v561 = arith.constant 8 : i64
                %v562 = arith.addi %v561, %v33 : i64
                %v563 = arith.muli %v562, %v150 : i64
                %v564 = arith.subi %v512, %v120 : i64
                %v565 = arith.addi %v563, %v564 : i64
                %v566 = llvm.getelementptr %v62[%v565] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v567 = llvm.load %v566 : !llvm.ptr -> f32
                %v568 = arith.negf %v567 : f32
                %v569 = arith.mulf %v568, %v277 fastmath<contract> : f32
                %v570 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v569) : (f32) -> f32
                %v571 = arith.addf %v64, %v570 fastmath<contract> : f32
                %v572 = arith.divf %v64, %v571 : f32
                %v573 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v572) : (f32) -> f32
                %v574 = arith.mulf %v282, %v573 fastmath<contract> : f32
                %v575 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v574) : (f32) -> f32
                llvm.store %v575, %v56 : f32, !llvm.ptr
              }
              %v577 = arith.addi %v213, %v576 : i64
              %v579 = arith.cmpi slt, %v578, %v220 : i32
              %v580 = arith.cmpi eq, %v578, %v226 : i32
              scf.if %v579 {
                %v581 = arith.addi %v120, %v577 : i64
                %v582 = arith.muli %v33, %v150 : i64
                %v583 = arith.subi %v581, %v120 : i64
                %v584 = arith.addi %v582, %v583 : i64
                %v585 = llvm.getelementptr %v58[%v584] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v586 = llvm.load %v585 : !llvm.ptr -> f32
                %v587 = arith.muli %v47, %v240 : i64
                %v588 = arith.muli %v581, %v239 : i64
                %v589 = arith.addi %v587, %v588 : i64
                %v590 = arith.muli %v45, %v238 : i64
                %v591 = arith.addi %v589, %v590 : i64
                %v592 = arith.muli %v43, %v2 : i64
                %v593 = arith.addi %v591, %v592 : i64
                %v594 = llvm.getelementptr %dy_o[%v593] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v595 = llvm.load %v594 : !llvm.ptr -> f32
                %v596 = arith.mulf %v586, %v595 fastmath<contract> : f32
                %v597 = llvm.load %v53 : !llvm.ptr -> f32
                %v598 = llvm.load %v55 : !llvm.ptr -> f32
                %v599 = arith.mulf %v598, %v597 fastmath<contract> : f32
                %v600 = arith.addf %v596, %v599 fastmath<contract> : f32
                llvm.store %v600, %v53 : f32, !llvm.ptr
                %v601 = llvm.load %v65 : !llvm.ptr -> f32
                %v602 = arith.mulf %v601, %v598 fastmath<contract> : f32
                llvm.store %v602, %v65 : f32, !llvm.ptr
                %v603 = arith.constant 8 : i64
                %v604 = arith.addi %v603, %v33 : i64
                %v605 = arith.muli %v604, %v150 : i64
                %v606 = arith.subi %v581, %v120 : i64
                %v607 = arith.addi %v605, %v606 : i64
                %v608 = llvm.getelementptr %v58[%v607] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v609 = llvm.load %v608 : !llvm.ptr -> f32
                %v610 = arith.mulf %v609, %v595 fastmath<contract> : f32
                %v611 = llvm.load %v54 : !llvm.ptr -> f32
                %v612 = llvm.load %v56 : !llvm.ptr -> f32
                %v613 = arith.mulf %v612, %v611 fastmath<contract> : f32
                %v614 = arith.addf %v610, %v613 fastmath<contract> : f32
                llvm.store %v614, %v54 : f32, !llvm.ptr
                %v615 = llvm.load %v66 : !llvm.ptr -> f32
                %v616 = arith.mulf %v615, %v612 fastmath<contract> : f32
                llvm.store %v616, %v66 : f32, !llvm.ptr
                scf.if %v580 {
                }
                %v617 = arith.muli %v33, %v150 : i64
                %v618 = arith.subi %v581, %v120 : i64
                %v619 = arith.addi %v617, %v618 : i64
                %v620 = llvm.getelementptr %v62[%v619] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v621 = llvm.load %v620 : !llvm.ptr -> f32
                %v622 = arith.negf %v621 : f32
                %v623 = arith.mulf %v622, %v277 fastmath<contract> : f32
                %v624 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v623) : (f32) -> f32
                %v625 = arith.addf %v64, %v624 fastmath<contract> : f32
                %v626 = arith.divf %v64, %v625 : f32
                %v627 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v626) : (f32) -> f32
                %v628 = arith.mulf %v282, %v627 fastmath<contract> : f32
                %v629 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v628) : (f32) -> f32
                llvm.store %v629, %v55 : f32, !llvm.ptr
                %v630 = arith.constant 8 : i64
                %v631 = arith.addi %v630, %v33 : i64
                %v632 = arith.muli %v631, %v150 : i64
                %v633 = arith.subi %v581, %v120 : i64
                %v634 = arith.addi %v632, %v633 : i64
                %v635 = llvm.getelementptr %v62[%v634] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v636 = llvm.load %v635 : !llvm.ptr -> f32
                %v637 = arith.negf %v636 : f32
                %v638 = arith.mulf %v637, %v277 fastmath<contract> : f32
                %v639 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v638) : (f32) -> f32
                %v640 = arith.addf %v64, %v639 fastmath<contract> : f32
                %v641 = arith.divf %v64, %v640 : f32
                %v642 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v641) : (f32) -> f32
                %v643 = arith.mulf %v282, %v642 fastmath<contract> : f32
                %v644 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v643) : (f32) -> f32
                llvm.store %v644, %v56 : f32, !llvm.ptr
              }
              %v645 = arith.addi %v213, %v2 : i64
              %v647 = arith.cmpi slt, %v646, %v220 : i32
              %v648 = arith.cmpi eq, %v646, %v226 : i32
              scf.if %v647 {
                %v649 = arith.addi %v120, %v645 : i64
                %v650 = arith.muli %v33, %v150 : i64
                %v651 = arith.subi %v649, %v120 : i64
                %v652 = arith.addi %v650, %v651 : i64
                %v653 = llvm.getelementptr %v58[%v652] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v654 = llvm.load %v653 : !llvm.ptr -> f32
                %v655 = arith.muli %v47, %v240 : i64
                %v656 = arith.muli %v649, %v239 : i64
                %v657 = arith.addi %v655, %v656 : i64
                %v658 = arith.muli %v45, %v238 : i64
                %v659 = arith.addi %v657, %v658 : i64
                %v660 = arith.muli %v43, %v2 : i64
                %v661 = arith.addi %v659, %v660 : i64
                %v662 = llvm.getelementptr %dy_o[%v661] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v663 = llvm.load %v662 : !llvm.ptr -> f32
                %v664 = arith.mulf %v654, %v663 fastmath<contract> : f32
                %v665 = llvm.load %v53 : !llvm.ptr -> f32
                %v666 = llvm.load %v55 : !llvm.ptr -> f32
                %v667 = arith.mulf %v666, %v665 fastmath<contract> : f32
                %v668 = arith.addf %v664, %v667 fastmath<contract> : f32
                llvm.store %v668, %v53 : f32, !llvm.ptr
                %v669 = llvm.load %v65 : !llvm.ptr -> f32
                %v670 = arith.mulf %v669, %v666 fastmath<contract> : f32
                llvm.store %v670, %v65 : f32, !llvm.ptr
                %v671 = arith.constant 8 : i64
                %v672 = arith.addi %v671, %v33 : i64
                %v673 = arith.muli %v672, %v150 : i64
                %v674 = arith.subi %v649, %v120 : i64
                %v675 = arith.addi %v673, %v674 : i64
                %v676 = llvm.getelementptr %v58[%v675] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v677 = llvm.load %v676 : !llvm.ptr -> f32
                %v678 = arith.mulf %v677, %v663 fastmath<contract> : f32
                %v679 = llvm.load %v54 : !llvm.ptr -> f32
                %v680 = llvm.load %v56 : !llvm.ptr -> f32
                %v681 = arith.mulf %v680, %v679 fastmath<contract> : f32
                %v682 = arith.addf %v678, %v681 fastmath<contract> : f32
                llvm.store %v682, %v54 : f32, !llvm.ptr
                %v683 = llvm.load %v66 : !llvm.ptr -> f32
                %v684 = arith.mulf %v683, %v680 fastmath<contract> : f32
                llvm.store %v684, %v66 : f32, !llvm.ptr
                scf.if %v648 {
                }
                %v685 = arith.muli %v33, %v150 : i64
                %v686 = arith.subi %v649, %v120 : i64
                %v687 = arith.addi %v685, %v686 : i64
                %v688 = llvm.getelementptr %v62[%v687] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v689 = llvm.load %v688 : !llvm.ptr -> f32
                %v690 = arith.negf %v689 : f32
                %v691 = arith.mulf %v690, %v277 fastmath<contract> : f32
                %v692 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v691) : (f32) -> f32
                %v693 = arith.addf %v64, %v692 fastmath<contract> : f32
                %v694 = arith.divf %v64, %v693 : f32
                %v695 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v694) : (f32) -> f32
                %v696 = arith.mulf %v282, %v695 fastmath<contract> : f32
                %v697 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v696) : (f32) -> f32
                llvm.store %v697, %v55 : f32, !llvm.ptr
                %v698 = arith.constant 8 : i64
                %v699 = arith.addi %v698, %v33 : i64
                %v700 = arith.muli %v699, %v150 : i64
                %v701 = arith.subi %v649, %v120 : i64
                %v702 = arith.addi %v700, %v701 : i64
                %v703 = llvm.getelementptr %v62[%v702] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v704 = llvm.load %v703 : !llvm.ptr -> f32
                %v705 = arith.negf %v704 : f32
                %v706 = arith.mulf %v705, %v277 fastmath<contract> : f32
                %v707 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v706) : (f32) -> f32
                %v708 = arith.addf %v64, %v707 fastmath<contract> : f32
                %v709 = arith.divf %v64, %v708 : f32
                %v710 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v709) : (f32) -> f32
                %v711 = arith.mulf %v282, %v710 fastmath<contract> : f32
                %v712 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v711) : (f32) -> f32
                llvm.store %v712, %v56 : f32, !llvm.ptr
              }
              %v713 = arith.addi %v213, %v67 : i64
              %v715 = arith.cmpi slt, %v714, %v220 : i32
              %v716 = arith.cmpi eq, %v714, %v226 : i32
              scf.if %v715 {
                %v717 = arith.addi %v120, %v713 : i64
                %v718 = arith.muli %v33, %v150 : i64
                %v719 = arith.subi %v717, %v120 : i64
                %v720 = arith.addi %v718, %v719 : i64
                %v721 = llvm.getelementptr %v58[%v720] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v722 = llvm.load %v721 : !llvm.ptr -> f32
                %v723 = arith.muli %v47, %v240 : i64
                %v724 = arith.muli %v717, %v239 : i64
                %v725 = arith.addi %v723, %v724 : i64
                %v726 = arith.muli %v45, %v238 : i64
                %v727 = arith.addi %v725, %v726 : i64
                %v728 = arith.muli %v43, %v2 : i64
                %v729 = arith.addi %v727, %v728 : i64
                %v730 = llvm.getelementptr %dy_o[%v729] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v731 = llvm.load %v730 : !llvm.ptr -> f32
                %v732 = arith.mulf %v722, %v731 fastmath<contract> : f32
                %v733 = llvm.load %v53 : !llvm.ptr -> f32
                %v734 = llvm.load %v55 : !llvm.ptr -> f32
                %v735 = arith.mulf %v734, %v733 fastmath<contract> : f32
                %v736 = arith.addf %v732, %v735 fastmath<contract> : f32
                llvm.store %v736, %v53 : f32, !llvm.ptr
                %v737 = llvm.load %v65 : !llvm.ptr -> f32
                %v738 = arith.mulf %v737, %v734 fastmath<contract> : f32
                llvm.store %v738, %v65 : f32, !llvm.ptr
                %v739 = arith.constant 8 : i64
                %v740 = arith.addi %v739, %v33 : i64
                %v741 = arith.muli %v740, %v150 : i64
                %v742 = arith.subi %v717, %v120 : i64
                %v743 = arith.addi %v741, %v742 : i64
                %v744 = llvm.getelementptr %v58[%v743] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v745 = llvm.load %v744 : !llvm.ptr -> f32
                %v746 = arith.mulf %v745, %v731 fastmath<contract> : f32
                %v747 = llvm.load %v54 : !llvm.ptr -> f32
                %v748 = llvm.load %v56 : !llvm.ptr -> f32
                %v749 = arith.mulf %v748, %v747 fastmath<contract> : f32
                %v750 = arith.addf %v746, %v749 fastmath<contract> : f32
                llvm.store %v750, %v54 : f32, !llvm.ptr
                %v751 = llvm.load %v66 : !llvm.ptr -> f32
                %v752 = arith.mulf %v751, %v748 fastmath<contract> : f32
                llvm.store %v752, %v66 : f32, !llvm.ptr
                scf.if %v716 {
                }
                %v753 = arith.muli %v33, %v150 : i64
                %v754 = arith.subi %v717, %v120 : i64
                %v755 = arith.addi %v753, %v754 : i64
                %v756 = llvm.getelementptr %v62[%v755] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v757 = llvm.load %v756 : !llvm.ptr -> f32
                %v758 = arith.negf %v757 : f32
                %v759 = arith.mulf %v758, %v277 fastmath<contract> : f32
                %v760 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v759) : (f32) -> f32
                %v761 = arith.addf %v64, %v760 fastmath<contract> : f32
                %v762 = arith.divf %v64, %v761 : f32
                %v763 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v762) : (f32) -> f32
                %v764 = arith.mulf %v282, %v763 fastmath<contract> : f32
                %v765 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v764) : (f32) -> f32
                llvm.store %v765, %v55 : f32, !llvm.ptr
                %v766 = arith.constant 8 : i64
                %v767 = arith.addi %v766, %v33 : i64
                %v768 = arith.muli %v767, %v150 : i64
                %v769 = arith.subi %v717, %v120 : i64
                %v770 = arith.addi %v768, %v769 : i64
                %v771 = llvm.getelementptr %v62[%v770] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v772 = llvm.load %v771 : !llvm.ptr -> f32
                %v773 = arith.negf %v772 : f32
                %v774 = arith.mulf %v773, %v277 fastmath<contract> : f32
                %v775 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v774) : (f32) -> f32
                %v776 = arith.addf %v64, %v775 fastmath<contract> : f32
                %v777 = arith.divf %v64, %v776 : f32
                %v778 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v777) : (f32) -> f32
                %v779 = arith.mulf %v282, %v778 fastmath<contract> : f32
                %v780 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v779) : (f32) -> f32
                llvm.store %v780, %v56 : f32, !llvm.ptr
              }
            }
          }
        }
      }
      scf.if %v37 {
        %v781 = llvm.load %v53 : !llvm.ptr -> f32
        %v782 = arith.addi %v67, %v33 : i64
        %v783 = arith.muli %v67, %v9 : i64
        %v784 = arith.addi %v783, %v28 : i64
        %v785 = arith.muli %v784, %v1 : i64
        %v786 = arith.addi %v785, %v782 : i64
        %v787 = arith.muli %v786, %v5 : i64
        %v788 = arith.subi %v5, %v2 : i64
        %v789 = arith.minsi %v39, %v788 : i64
        %v790 = arith.addi %v787, %v789 : i64
        %v791 = llvm.getelementptr %segsum_S[%v790] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v781, %v791 : f32, !llvm.ptr
        %v792 = llvm.load %v65 : !llvm.ptr -> f32
        %v793 = arith.addi %v67, %v33 : i64
        %v794 = arith.muli %v2, %v9 : i64
        %v795 = arith.addi %v794, %v28 : i64
        %v796 = arith.muli %v795, %v1 : i64
        %v797 = arith.addi %v796, %v793 : i64
        %v798 = arith.muli %v797, %v5 : i64
        %v799 = arith.subi %v5, %v2 : i64
        %v800 = arith.minsi %v39, %v799 : i64
        %v801 = arith.addi %v798, %v800 : i64
        %v802 = llvm.getelementptr %segsum_S[%v801] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v792, %v802 : f32, !llvm.ptr
        %v803 = llvm.load %v55 : !llvm.ptr -> f32
        %v804 = arith.addi %v67, %v33 : i64
        %v805 = arith.muli %v576, %v9 : i64
        %v806 = arith.addi %v805, %v28 : i64
        %v807 = arith.muli %v806, %v1 : i64
        %v808 = arith.addi %v807, %v804 : i64
        %v809 = arith.muli %v808, %v5 : i64
        %v810 = arith.subi %v5, %v2 : i64
        %v811 = arith.minsi %v39, %v810 : i64
        %v812 = arith.addi %v809, %v811 : i64
        %v813 = llvm.getelementptr %segsum_S[%v812] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v803, %v813 : f32, !llvm.ptr
        %v814 = llvm.load %v54 : !llvm.ptr -> f32
        %v815 = arith.addi %v32, %v33 : i64
        %v816 = arith.muli %v67, %v9 : i64
        %v817 = arith.addi %v816, %v28 : i64
        %v818 = arith.muli %v817, %v1 : i64
        %v819 = arith.addi %v818, %v815 : i64
        %v820 = arith.muli %v819, %v5 : i64
        %v821 = arith.subi %v5, %v2 : i64
        %v822 = arith.minsi %v39, %v821 : i64
        %v823 = arith.addi %v820, %v822 : i64
        %v824 = llvm.getelementptr %segsum_S[%v823] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v814, %v824 : f32, !llvm.ptr
        %v825 = llvm.load %v66 : !llvm.ptr -> f32
        %v826 = arith.addi %v32, %v33 : i64
        %v827 = arith.muli %v2, %v9 : i64
        %v828 = arith.addi %v827, %v28 : i64
        %v829 = arith.muli %v828, %v1 : i64
        %v830 = arith.addi %v829, %v826 : i64
        %v831 = arith.muli %v830, %v5 : i64
        %v832 = arith.subi %v5, %v2 : i64
        %v833 = arith.minsi %v39, %v832 : i64
        %v834 = arith.addi %v831, %v833 : i64
        %v835 = llvm.getelementptr %segsum_S[%v834] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v825, %v835 : f32, !llvm.ptr
        %v836 = llvm.load %v56 : !llvm.ptr -> f32
        %v837 = arith.addi %v32, %v33 : i64
        %v838 = arith.muli %v576, %v9 : i64
        %v839 = arith.addi %v838, %v28 : i64
        %v840 = arith.muli %v839, %v1 : i64
        %v841 = arith.addi %v840, %v837 : i64
        %v842 = arith.muli %v841, %v5 : i64
        %v843 = arith.subi %v5, %v2 : i64
        %v844 = arith.minsi %v39, %v843 : i64
        %v845 = arith.addi %v842, %v844 : i64
        %v846 = llvm.getelementptr %segsum_S[%v845] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v836, %v846 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
