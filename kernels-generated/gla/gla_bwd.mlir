module attributes {gpu.container_module} {
  gpu.module @linrec {
    llvm.mlir.global internal @tile_gla_bwd_q() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<2176 x f32>
    llvm.mlir.global internal @tile_gla_bwd_k() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<2176 x f32>
    llvm.mlir.global internal @tile_gla_bwd_g() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<2176 x f32>
    llvm.mlir.global internal @rows_gla_bwd_q() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<1040 x f32>
    llvm.mlir.global internal @rows_gla_bwd_k() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<1040 x f32>
    llvm.mlir.global internal @rows_gla_bwd_g() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<1040 x f32>
    gpu.func @gla_bwd(%in_q: !llvm.ptr, %in_k: !llvm.ptr, %in_v: !llvm.ptr, %in_g: !llvm.ptr, %dy_o: !llvm.ptr, %ckpt_S: !llvm.ptr, %scratch_S: !llvm.ptr, %part_q: !llvm.ptr, %part_k: !llvm.ptr, %dx_v: !llvm.ptr, %part_g: !llvm.ptr, %size_B: i64, %size_L: i64, %size_H: i64, %size_DK: i64, %size_DV: i64) kernel attributes {nvvm.maxntid = array<i32: 256, 1, 1>, nvvm.minctasm = 2 : i32} {
      %v1 = arith.constant 16 : i64
      %v2 = arith.constant 1 : i64
      %v3 = arith.muli %v2, %size_B : i64
      %v4 = arith.muli %v3, %size_H : i64
      %v5 = arith.muli %v4, %size_DV : i64
      %v6 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v7 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v8 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v9 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v10 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v11 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v16 = arith.constant 32 : i64
      %v23 = arith.constant 8 : i64
      %v40 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v41 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v42 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v43 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v44 = llvm.mlir.addressof @tile_gla_bwd_q : !llvm.ptr<3>
      %v45 = llvm.addrspacecast %v44 : !llvm.ptr<3> to !llvm.ptr
      %v46 = llvm.mlir.addressof @tile_gla_bwd_k : !llvm.ptr<3>
      %v47 = llvm.addrspacecast %v46 : !llvm.ptr<3> to !llvm.ptr
      %v48 = llvm.mlir.addressof @tile_gla_bwd_g : !llvm.ptr<3>
      %v49 = llvm.addrspacecast %v48 : !llvm.ptr<3> to !llvm.ptr
      %v50 = llvm.mlir.addressof @rows_gla_bwd_q : !llvm.ptr<3>
      %v51 = llvm.addrspacecast %v50 : !llvm.ptr<3> to !llvm.ptr
      %v52 = llvm.mlir.addressof @rows_gla_bwd_k : !llvm.ptr<3>
      %v53 = llvm.addrspacecast %v52 : !llvm.ptr<3> to !llvm.ptr
      %v54 = llvm.mlir.addressof @rows_gla_bwd_g : !llvm.ptr<3>
      %v55 = llvm.addrspacecast %v54 : !llvm.ptr<3> to !llvm.ptr
      %v56 = arith.constant 0x00000000 : f32
      %v57 = arith.constant 0x3F800000 : f32
      %v58 = arith.constant 0 : i64
      %v60 = arith.constant 64 : i64
      %v61 = arith.constant 7 : i64
      %v116 = arith.constant 1024 : i64
      %v117 = arith.constant 256 : i64
      %v129 = arith.muli %v2, %v1 : i64
      %v130 = arith.muli %v129, %size_H : i64
      %v131 = arith.muli %v130, %size_L : i64
      %v141 = arith.constant 65 : i64
      %v191 = arith.muli %v2, %size_B : i64
      %v192 = arith.muli %v191, %size_H : i64
      %v193 = arith.muli %v192, %v1 : i64
      %v194 = arith.muli %v193, %size_DV : i64
      %v196 = arith.muli %v2, %size_DV : i64
      %v197 = arith.muli %v196, %v1 : i64
      %v198 = arith.muli %v197, %size_H : i64
      %v209 = arith.muli %v2, %size_B : i64
      %v210 = arith.muli %v209, %size_H : i64
      %v211 = arith.muli %v210, %v1 : i64
      %v212 = arith.muli %v211, %size_DV : i64
      %v260 = arith.constant 32 : i32
      %v270 = arith.constant 0x3FB8AA3B : f32
      %v275 = arith.constant 0x3D800000 : f32
      %v284 = arith.muli %v2, %size_DV : i64
      %v285 = arith.muli %v284, %size_H : i64
      %v286 = arith.muli %v285, %size_L : i64
      %v326 = arith.constant 2 : i64
      %v543 = arith.constant 3 : i64
      %v602 = arith.constant 4 : i64
      %v661 = arith.constant 5 : i64
      %v720 = arith.constant 6 : i64
      %v837 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v886 = arith.constant 8 : i32
      %v890 = arith.constant 16 : i32
      %v900 = arith.constant 17 : i64
      %v976 = arith.constant 0xBF700000 : f32
      %v1273 = arith.constant 1 : i32
      %v1704 = arith.constant 2 : i32
      %v2565 = arith.constant 4 : i32
      %v2581 = arith.muli %v2, %size_B : i64
      %v2582 = arith.muli %v2581, %size_L : i64
      %v2583 = arith.muli %v2582, %size_H : i64
      %v2584 = arith.muli %v2583, %v1 : i64
      %v2672 = arith.muli %v2, %size_B : i64
      %v2673 = arith.muli %v2672, %size_L : i64
      %v2674 = arith.muli %v2673, %size_H : i64
      %v2675 = arith.muli %v2674, %v1 : i64
      %v2763 = arith.muli %v2, %size_B : i64
      %v2764 = arith.muli %v2763, %size_L : i64
      %v2765 = arith.muli %v2764, %size_H : i64
      %v2766 = arith.muli %v2765, %v1 : i64
      %v12 = gpu.block_id x
      %v13 = gpu.thread_id x
      %v14 = arith.index_cast %v13 : index to i64
      %v15 = arith.index_cast %v12 : index to i64
      %v17 = arith.subi %v16, %v2 : i64
      %v18 = arith.addi %size_DV, %v17 : i64
      %v19 = arith.divui %v18, %v16 : i64
      %v20 = arith.maxsi %v19, %v2 : i64
      %v21 = arith.divui %v15, %v20 : i64
      %v22 = arith.remui %v15, %v20 : i64
      %v24 = arith.remui %v14, %v23 : i64
      %v25 = arith.divui %v14, %v23 : i64
      %v26 = arith.muli %v22, %v16 : i64
      %v27 = arith.addi %v26, %v25 : i64
      %v28 = arith.cmpi slt, %v27, %size_DV : i64
      %v29 = arith.muli %v21, %size_DV : i64
      %v30 = arith.addi %v29, %v27 : i64
      %v31 = arith.subi %size_DV, %v2 : i64
      %v32 = arith.minsi %v27, %v31 : i64
      %v33 = arith.addi %v29, %v32 : i64
      %v34 = arith.remui %v33, %size_DV : i64
      %v35 = arith.divui %v33, %size_DV : i64
      %v36 = arith.remui %v35, %size_H : i64
      %v37 = arith.divui %v35, %size_H : i64
      %v38 = arith.remui %v37, %size_B : i64
      %v39 = arith.divui %v37, %size_B : i64
      %v65 = arith.trunci %v14 : i64 to i32
      %v66 = arith.constant 24 : i32
      %v67 = arith.andi %v65, %v66 : i32
      %v68 = arith.constant 0 : i32
      %v69 = arith.ori %v67, %v68 : i32
      %v70 = arith.constant 0 : i64
      %v71 = arith.cmpi eq, %v24, %v70 : i64
      %v72 = arith.constant 1 : i32
      %v73 = arith.ori %v67, %v72 : i32
      %v74 = arith.constant 1 : i64
      %v75 = arith.cmpi eq, %v24, %v74 : i64
      %v76 = arith.constant 2 : i32
      %v77 = arith.ori %v67, %v76 : i32
      %v78 = arith.constant 2 : i64
      %v79 = arith.cmpi eq, %v24, %v78 : i64
      %v80 = arith.constant 3 : i32
      %v81 = arith.ori %v67, %v80 : i32
      %v82 = arith.constant 3 : i64
      %v83 = arith.cmpi eq, %v24, %v82 : i64
      %v84 = arith.constant 4 : i32
      %v85 = arith.ori %v67, %v84 : i32
      %v86 = arith.constant 4 : i64
      %v87 = arith.cmpi eq, %v24, %v86 : i64
      %v88 = arith.constant 5 : i32
      %v89 = arith.ori %v67, %v88 : i32
      %v90 = arith.constant 5 : i64
      %v91 = arith.cmpi eq, %v24, %v90 : i64
      %v92 = arith.constant 6 : i32
      %v93 = arith.ori %v67, %v92 : i32
      %v94 = arith.constant 6 : i64
      %v95 = arith.cmpi eq, %v24, %v94 : i64
      %v96 = arith.constant 7 : i32
      %v97 = arith.ori %v67, %v96 : i32
      %v98 = arith.constant 7 : i64
      %v99 = arith.cmpi eq, %v24, %v98 : i64
      llvm.store %v56, %v40 : f32, !llvm.ptr
      llvm.store %v56, %v41 : f32, !llvm.ptr
      llvm.store %v57, %v42 : f32, !llvm.ptr
      llvm.store %v57, %v43 : f32, !llvm.ptr
      %v59 = arith.cmpi eq, %size_L, %v58 : i64
      scf.if %v59 {
        llvm.store %v56, %v10 : f32, !llvm.ptr
        llvm.store %v56, %v11 : f32, !llvm.ptr
      }
      %v62 = arith.subi %v60, %v2 : i64
      %v63 = arith.addi %size_L, %v62 : i64
      %v64 = arith.divui %v63, %v60 : i64
      %v100 = arith.subi %v64, %v58 : i64
      %v101 = arith.maxsi %v100, %v58 : i64
      %v102 = arith.index_cast %v58 : i64 to index
      %v103 = arith.index_cast %v101 : i64 to index
      %v104 = arith.index_cast %v2 : i64 to index
      scf.for %v105 = %v102 to %v103 step %v104 {
        %v106 = arith.index_cast %v105 : index to i64
        %v107 = arith.subi %v64, %v2 : i64
        %v108 = arith.subi %v107, %v106 : i64
        %v109 = arith.muli %v108, %v60 : i64
        %v110 = arith.subi %size_L, %v109 : i64
        %v111 = arith.minsi %v110, %v60 : i64
        %v112 = arith.subi %v111, %v2 : i64
        %v113 = arith.addi %v111, %v61 : i64
        %v114 = arith.divui %v113, %v23 : i64
        // the block's shared input rows for this stretch
        gpu.barrier
        %v115 = arith.subi %size_L, %v2 : i64
        %v118 = arith.index_cast %v14 : i64 to index
        %v119 = arith.index_cast %v116 : i64 to index
        %v120 = arith.index_cast %v117 : i64 to index
        scf.for %v121 = %v118 to %v119 step %v120 {
          %v122 = arith.index_cast %v121 : index to i64
          %v123 = arith.remui %v122, %v60 : i64
          %v124 = arith.divui %v122, %v60 : i64
          %v125 = arith.addi %v109, %v123 : i64
          %v126 = arith.minsi %v125, %v115 : i64
          %v127 = arith.remui %v124, %v1 : i64
          %v128 = arith.divui %v124, %v1 : i64
          %v132 = arith.muli %v38, %v131 : i64
          %v133 = arith.muli %v126, %v130 : i64
          %v134 = arith.addi %v132, %v133 : i64
          %v135 = arith.muli %v36, %v129 : i64
          %v136 = arith.addi %v134, %v135 : i64
          %v137 = arith.muli %v127, %v2 : i64
          %v138 = arith.addi %v136, %v137 : i64
          %v139 = llvm.getelementptr %in_q[%v138] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v140 = llvm.load %v139 : !llvm.ptr -> f32
          %v142 = arith.muli %v124, %v141 : i64
          %v143 = arith.addi %v142, %v123 : i64
          %v144 = llvm.getelementptr %v51[%v143] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v140, %v144 : f32, !llvm.ptr
        }
        %v145 = arith.index_cast %v14 : i64 to index
        %v146 = arith.index_cast %v116 : i64 to index
        %v147 = arith.index_cast %v117 : i64 to index
        scf.for %v148 = %v145 to %v146 step %v147 {
          %v149 = arith.index_cast %v148 : index to i64
          %v150 = arith.remui %v149, %v60 : i64
          %v151 = arith.divui %v149, %v60 : i64
          %v152 = arith.addi %v109, %v150 : i64
          %v153 = arith.minsi %v152, %v115 : i64
          %v154 = arith.remui %v151, %v1 : i64
          %v155 = arith.divui %v151, %v1 : i64
          %v156 = arith.muli %v38, %v131 : i64
          %v157 = arith.muli %v153, %v130 : i64
          %v158 = arith.addi %v156, %v157 : i64
          %v159 = arith.muli %v36, %v129 : i64
          %v160 = arith.addi %v158, %v159 : i64
          %v161 = arith.muli %v154, %v2 : i64
          %v162 = arith.addi %v160, %v161 : i64
          %v163 = llvm.getelementptr %in_k[%v162] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v164 = llvm.load %v163 : !llvm.ptr -> f32
          %v165 = arith.muli %v151, %v141 : i64
          %v166 = arith.addi %v165, %v150 : i64
          %v167 = llvm.getelementptr %v53[%v166] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v164, %v167 : f32, !llvm.ptr
        }
        %v168 = arith.index_cast %v14 : i64 to index
        %v169 = arith.index_cast %v116 : i64 to index
        %v170 = arith.index_cast %v117 : i64 to index
        scf.for %v171 = %v168 to %v169 step %v170 {
          %v172 = arith.index_cast %v171 : index to i64
          %v173 = arith.remui %v172, %v60 : i64
          %v174 = arith.divui %v172, %v60 : i64
          %v175 = arith.addi %v109, %v173 : i64
          %v176 = arith.minsi %v175, %v115 : i64
          %v177 = arith.remui %v174, %v1 : i64
          %v178 = arith.divui %v174, %v1 : i64
          %v179 = arith.muli %v38, %v131 : i64
          %v180 = arith.muli %v176, %v130 : i64
          %v181 = arith.addi %v179, %v180 : i64
          %v182 = arith.muli %v36, %v129 : i64
          %v183 = arith.addi %v181, %v182 : i64
          %v184 = arith.muli %v177, %v2 : i64
          %v185 = arith.addi %v183, %v184 : i64
          %v186 = llvm.getelementptr %in_g[%v185] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v187 = llvm.load %v186 : !llvm.ptr -> f32
          %v188 = arith.muli %v174, %v141 : i64
          %v189 = arith.addi %v188, %v173 : i64
          %v190 = llvm.getelementptr %v55[%v189] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v187, %v190 : f32, !llvm.ptr
        }
        gpu.barrier
        %v195 = arith.muli %v108, %v194 : i64
        %v199 = arith.muli %v38, %v198 : i64
        %v200 = arith.muli %v36, %v197 : i64
        %v201 = arith.addi %v199, %v200 : i64
        %v202 = arith.muli %v24, %v196 : i64
        %v203 = arith.addi %v201, %v202 : i64
        %v204 = arith.muli %v34, %v2 : i64
        %v205 = arith.addi %v203, %v204 : i64
        %v206 = arith.addi %v195, %v205 : i64
        %v207 = llvm.getelementptr %ckpt_S[%v206] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v208 = llvm.load %v207 : !llvm.ptr -> f32
        llvm.store %v208, %v8 : f32, !llvm.ptr
        %v213 = arith.muli %v108, %v212 : i64
        %v214 = arith.muli %v38, %v198 : i64
        %v215 = arith.muli %v36, %v197 : i64
        %v216 = arith.addi %v214, %v215 : i64
        %v217 = arith.constant 8 : i64
        %v218 = arith.addi %v217, %v24 : i64
        %v219 = arith.muli %v218, %v196 : i64
        %v220 = arith.addi %v216, %v219 : i64
        %v221 = arith.muli %v34, %v2 : i64
        %v222 = arith.addi %v220, %v221 : i64
        %v223 = arith.addi %v213, %v222 : i64
        %v224 = llvm.getelementptr %ckpt_S[%v223] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v225 = llvm.load %v224 : !llvm.ptr -> f32
        llvm.store %v225, %v9 : f32, !llvm.ptr
        // the state entering each group of the stretch
        %v226 = arith.index_cast %v58 : i64 to index
        %v227 = arith.index_cast %v114 : i64 to index
        %v228 = arith.index_cast %v2 : i64 to index
        scf.for %v229 = %v226 to %v227 step %v228 {
          %v230 = arith.index_cast %v229 : index to i64
          scf.if %v28 {
            %v231 = llvm.load %v8 : !llvm.ptr -> f32
            %v232 = arith.muli %v230, %v5 : i64
            %v233 = arith.subi %v5, %v2 : i64
            %v234 = arith.minsi %v30, %v233 : i64
            %v235 = arith.addi %v232, %v234 : i64
            %v236 = arith.muli %v235, %v1 : i64
            %v237 = arith.addi %v236, %v58 : i64
            %v238 = arith.addi %v237, %v24 : i64
            %v239 = llvm.getelementptr %scratch_S[%v238] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v231, %v239 : f32, !llvm.ptr
            %v240 = llvm.load %v9 : !llvm.ptr -> f32
            %v241 = arith.muli %v230, %v5 : i64
            %v242 = arith.subi %v5, %v2 : i64
            %v243 = arith.minsi %v30, %v242 : i64
            %v244 = arith.addi %v241, %v243 : i64
            %v245 = arith.muli %v244, %v1 : i64
            %v246 = arith.addi %v245, %v23 : i64
            %v247 = arith.addi %v246, %v24 : i64
            %v248 = llvm.getelementptr %scratch_S[%v247] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v240, %v248 : f32, !llvm.ptr
          }
          %v249 = arith.muli %v230, %v23 : i64
          %v250 = arith.addi %v249, %v24 : i64
          %v251 = arith.minsi %v250, %v112 : i64
          %v252 = arith.addi %v109, %v251 : i64
          %v253 = arith.index_cast %v58 : i64 to index
          %v254 = arith.index_cast %v23 : i64 to index
          %v255 = arith.index_cast %v2 : i64 to index
          scf.for %v256 = %v253 to %v254 step %v255 {
            %v257 = arith.index_cast %v256 : index to i64
            %v258 = arith.trunci %v257 : i64 to i32
            %v259 = arith.ori %v69, %v258 : i32
            %v261 = arith.addi %v249, %v257 : i64
            %v262 = arith.cmpi slt, %v261, %v111 : i64
            scf.if %v262 {
              %v263 = arith.addi %v109, %v261 : i64
              %v264 = arith.muli %v24, %v141 : i64
              %v265 = arith.subi %v263, %v109 : i64
              %v266 = arith.addi %v264, %v265 : i64
              %v267 = llvm.getelementptr %v55[%v266] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v268 = llvm.load %v267 : !llvm.ptr -> f32
              %v269 = arith.negf %v268 : f32
              %v271 = arith.mulf %v269, %v270 fastmath<contract> : f32
              %v272 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v271) : (f32) -> f32
              %v273 = arith.addf %v57, %v272 fastmath<contract> : f32
              %v274 = arith.divf %v57, %v273 : f32
              %v276 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v274) : (f32) -> f32
              %v277 = arith.mulf %v275, %v276 fastmath<contract> : f32
              %v278 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v277) : (f32) -> f32
              %v279 = arith.muli %v24, %v141 : i64
              %v280 = arith.subi %v263, %v109 : i64
              %v281 = arith.addi %v279, %v280 : i64
              %v282 = llvm.getelementptr %v53[%v281] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v283 = llvm.load %v282 : !llvm.ptr -> f32
              %v287 = arith.muli %v38, %v286 : i64
              %v288 = arith.muli %v263, %v285 : i64
              %v289 = arith.addi %v287, %v288 : i64
              %v290 = arith.muli %v36, %v284 : i64
              %v291 = arith.addi %v289, %v290 : i64
              %v292 = arith.muli %v34, %v2 : i64
              %v293 = arith.addi %v291, %v292 : i64
              %v294 = llvm.getelementptr %in_v[%v293] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v295 = llvm.load %v294 : !llvm.ptr -> f32
              %v296 = arith.mulf %v283, %v295 fastmath<contract> : f32
              %v297 = llvm.load %v8 : !llvm.ptr -> f32
              %v298 = arith.mulf %v278, %v297 fastmath<contract> : f32
              %v299 = arith.addf %v298, %v296 fastmath<contract> : f32
              llvm.store %v299, %v8 : f32, !llvm.ptr
              %v300 = arith.constant 8 : i64
              %v301 = arith.addi %v300, %v24 : i64
              %v302 = arith.muli %v301, %v141 : i64
              %v303 = arith.subi %v263, %v109 : i64
              %v304 = arith.addi %v302, %v303 : i64
              %v305 = llvm.getelementptr %v55[%v304] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v306 = llvm.load %v305 : !llvm.ptr -> f32
              %v307 = arith.negf %v306 : f32
              %v308 = arith.mulf %v307, %v270 fastmath<contract> : f32
              %v309 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v308) : (f32) -> f32
              %v310 = arith.addf %v57, %v309 fastmath<contract> : f32
              %v311 = arith.divf %v57, %v310 : f32
              %v312 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v311) : (f32) -> f32
              %v313 = arith.mulf %v275, %v312 fastmath<contract> : f32
              %v314 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v313) : (f32) -> f32
              %v315 = arith.constant 8 : i64
              %v316 = arith.addi %v315, %v24 : i64
              %v317 = arith.muli %v316, %v141 : i64
              %v318 = arith.subi %v263, %v109 : i64
              %v319 = arith.addi %v317, %v318 : i64
              %v320 = llvm.getelementptr %v53[%v319] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v321 = llvm.load %v320 : !llvm.ptr -> f32
              %v322 = arith.mulf %v321, %v295 fastmath<contract> : f32
              %v323 = llvm.load %v9 : !llvm.ptr -> f32
              %v324 = arith.mulf %v314, %v323 fastmath<contract> : f32
              %v325 = arith.addf %v324, %v322 fastmath<contract> : f32
              llvm.store %v325, %v9 : f32, !llvm.ptr
            }
          }
        }
        %v327 = arith.addi %v114, %v2 : i64
        %v328 = arith.divui %v327, %v326 : i64
        %v329 = arith.index_cast %v58 : i64 to index
        %v330 = arith.index_cast %v328 : i64 to index
        %v331 = arith.index_cast %v2 : i64 to index
        scf.for %v332 = %v329 to %v330 step %v331 {
          %v333 = arith.index_cast %v332 : index to i64
          %v334 = arith.muli %v333, %v326 : i64
          %v335 = arith.addi %v334, %v326 : i64
          %v336 = arith.index_cast %v334 : i64 to index
          %v337 = arith.index_cast %v335 : i64 to index
          %v338 = arith.index_cast %v2 : i64 to index
          scf.for %v339 = %v336 to %v337 step %v338 {
            %v340 = arith.index_cast %v339 : index to i64
            %v341 = arith.cmpi slt, %v340, %v114 : i64
            scf.if %v341 {
              %v342 = arith.subi %v114, %v2 : i64
              %v343 = arith.subi %v342, %v340 : i64
              %v344 = arith.muli %v343, %v23 : i64
              %v345 = arith.remui %v340, %v326 : i64
              %v346 = arith.muli %v345, %v23 : i64
              %v347 = arith.subi %v111, %v2 : i64
              %v348 = arith.muli %v343, %v5 : i64
              %v349 = arith.subi %v5, %v2 : i64
              %v350 = arith.minsi %v30, %v349 : i64
              %v351 = arith.addi %v348, %v350 : i64
              %v352 = arith.muli %v351, %v1 : i64
              %v353 = arith.addi %v352, %v58 : i64
              %v354 = arith.addi %v353, %v24 : i64
              %v355 = llvm.getelementptr %scratch_S[%v354] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v356 = llvm.load %v355 : !llvm.ptr -> f32
              %v357 = arith.muli %v343, %v5 : i64
              %v358 = arith.subi %v5, %v2 : i64
              %v359 = arith.minsi %v30, %v358 : i64
              %v360 = arith.addi %v357, %v359 : i64
              %v361 = arith.muli %v360, %v1 : i64
              %v362 = arith.addi %v361, %v23 : i64
              %v363 = arith.addi %v362, %v24 : i64
              %v364 = llvm.getelementptr %scratch_S[%v363] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v365 = llvm.load %v364 : !llvm.ptr -> f32
              %v366 = arith.addi %v344, %v24 : i64
              %v367 = arith.minsi %v366, %v347 : i64
              %v368 = arith.addi %v109, %v367 : i64
              // the group's states, recomputed into registers
              %v369 = arith.addi %v344, %v58 : i64
              %v370 = arith.minsi %v369, %v347 : i64
              %v371 = arith.addi %v109, %v370 : i64
              %v372 = arith.muli %v24, %v141 : i64
              %v373 = arith.subi %v371, %v109 : i64
              %v374 = arith.addi %v372, %v373 : i64
              %v375 = llvm.getelementptr %v55[%v374] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v376 = llvm.load %v375 : !llvm.ptr -> f32
              %v377 = arith.negf %v376 : f32
              %v378 = arith.mulf %v377, %v270 fastmath<contract> : f32
              %v379 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v378) : (f32) -> f32
              %v380 = arith.addf %v57, %v379 fastmath<contract> : f32
              %v381 = arith.divf %v57, %v380 : f32
              %v382 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v381) : (f32) -> f32
              %v383 = arith.mulf %v275, %v382 fastmath<contract> : f32
              %v384 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v383) : (f32) -> f32
              %v385 = arith.muli %v24, %v141 : i64
              %v386 = arith.subi %v371, %v109 : i64
              %v387 = arith.addi %v385, %v386 : i64
              %v388 = llvm.getelementptr %v53[%v387] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v389 = llvm.load %v388 : !llvm.ptr -> f32
              %v390 = arith.muli %v38, %v286 : i64
              %v391 = arith.muli %v371, %v285 : i64
              %v392 = arith.addi %v390, %v391 : i64
              %v393 = arith.muli %v36, %v284 : i64
              %v394 = arith.addi %v392, %v393 : i64
              %v395 = arith.muli %v34, %v2 : i64
              %v396 = arith.addi %v394, %v395 : i64
              %v397 = llvm.getelementptr %in_v[%v396] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v398 = llvm.load %v397 : !llvm.ptr -> f32
              %v399 = arith.mulf %v389, %v398 fastmath<contract> : f32
              %v400 = arith.mulf %v384, %v356 fastmath<contract> : f32
              %v401 = arith.addf %v400, %v399 fastmath<contract> : f32
              %v402 = arith.constant 8 : i64
              %v403 = arith.addi %v402, %v24 : i64
              %v404 = arith.muli %v403, %v141 : i64
              %v405 = arith.subi %v371, %v109 : i64
              %v406 = arith.addi %v404, %v405 : i64
              %v407 = llvm.getelementptr %v55[%v406] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v408 = llvm.load %v407 : !llvm.ptr -> f32
              %v409 = arith.negf %v408 : f32
              %v410 = arith.mulf %v409, %v270 fastmath<contract> : f32
              %v411 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v410) : (f32) -> f32
              %v412 = arith.addf %v57, %v411 fastmath<contract> : f32
              %v413 = arith.divf %v57, %v412 : f32
              %v414 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v413) : (f32) -> f32
              %v415 = arith.mulf %v275, %v414 fastmath<contract> : f32
              %v416 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v415) : (f32) -> f32
              %v417 = arith.constant 8 : i64
              %v418 = arith.addi %v417, %v24 : i64
              %v419 = arith.muli %v418, %v141 : i64
              %v420 = arith.subi %v371, %v109 : i64
              %v421 = arith.addi %v419, %v420 : i64
              %v422 = llvm.getelementptr %v53[%v421] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v423 = llvm.load %v422 : !llvm.ptr -> f32
              %v424 = arith.mulf %v423, %v398 fastmath<contract> : f32
              %v425 = arith.mulf %v416, %v365 fastmath<contract> : f32
              %v426 = arith.addf %v425, %v424 fastmath<contract> : f32
              %v427 = arith.addi %v344, %v2 : i64
              %v428 = arith.minsi %v427, %v347 : i64
              %v429 = arith.addi %v109, %v428 : i64
              %v430 = arith.muli %v24, %v141 : i64
              %v431 = arith.subi %v429, %v109 : i64
              %v432 = arith.addi %v430, %v431 : i64
              %v433 = llvm.getelementptr %v55[%v432] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v434 = llvm.load %v433 : !llvm.ptr -> f32
              %v435 = arith.negf %v434 : f32
              %v436 = arith.mulf %v435, %v270 fastmath<contract> : f32
              %v437 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v436) : (f32) -> f32
              %v438 = arith.addf %v57, %v437 fastmath<contract> : f32
              %v439 = arith.divf %v57, %v438 : f32
              %v440 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v439) : (f32) -> f32
              %v441 = arith.mulf %v275, %v440 fastmath<contract> : f32
              %v442 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v441) : (f32) -> f32
              %v443 = arith.muli %v24, %v141 : i64
              %v444 = arith.subi %v429, %v109 : i64
              %v445 = arith.addi %v443, %v444 : i64
              %v446 = llvm.getelementptr %v53[%v445] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v447 = llvm.load %v446 : !llvm.ptr -> f32
              %v448 = arith.muli %v38, %v286 : i64
              %v449 = arith.muli %v429, %v285 : i64
              %v450 = arith.addi %v448, %v449 : i64
              %v451 = arith.muli %v36, %v284 : i64
              %v452 = arith.addi %v450, %v451 : i64
              %v453 = arith.muli %v34, %v2 : i64
              %v454 = arith.addi %v452, %v453 : i64
              %v455 = llvm.getelementptr %in_v[%v454] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v456 = llvm.load %v455 : !llvm.ptr -> f32
              %v457 = arith.mulf %v447, %v456 fastmath<contract> : f32
              %v458 = arith.mulf %v442, %v401 fastmath<contract> : f32
              %v459 = arith.addf %v458, %v457 fastmath<contract> : f32
              %v460 = arith.constant 8 : i64
              %v461 = arith.addi %v460, %v24 : i64
              %v462 = arith.muli %v461, %v141 : i64
              %v463 = arith.subi %v429, %v109 : i64
              %v464 = arith.addi %v462, %v463 : i64
              %v465 = llvm.getelementptr %v55[%v464] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v466 = llvm.load %v465 : !llvm.ptr -> f32
              %v467 = arith.negf %v466 : f32
              %v468 = arith.mulf %v467, %v270 fastmath<contract> : f32
              %v469 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v468) : (f32) -> f32
              %v470 = arith.addf %v57, %v469 fastmath<contract> : f32
              %v471 = arith.divf %v57, %v470 : f32
              %v472 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v471) : (f32) -> f32
              %v473 = arith.mulf %v275, %v472 fastmath<contract> : f32
              %v474 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v473) : (f32) -> f32
              %v475 = arith.constant 8 : i64
              %v476 = arith.addi %v475, %v24 : i64
              %v477 = arith.muli %v476, %v141 : i64
              %v478 = arith.subi %v429, %v109 : i64
              %v479 = arith.addi %v477, %v478 : i64
              %v480 = llvm.getelementptr %v53[%v479] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v481 = llvm.load %v480 : !llvm.ptr -> f32
              %v482 = arith.mulf %v481, %v456 fastmath<contract> : f32
              %v483 = arith.mulf %v474, %v426 fastmath<contract> : f32
              %v484 = arith.addf %v483, %v482 fastmath<contract> : f32
              %v485 = arith.addi %v344, %v326 : i64
              %v486 = arith.minsi %v485, %v347 : i64
              %v487 = arith.addi %v109, %v486 : i64
              %v488 = arith.muli %v24, %v141 : i64
              %v489 = arith.subi %v487, %v109 : i64
              %v490 = arith.addi %v488, %v489 : i64
              %v491 = llvm.getelementptr %v55[%v490] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v492 = llvm.load %v491 : !llvm.ptr -> f32
              %v493 = arith.negf %v492 : f32
              %v494 = arith.mulf %v493, %v270 fastmath<contract> : f32
              %v495 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v494) : (f32) -> f32
              %v496 = arith.addf %v57, %v495 fastmath<contract> : f32
              %v497 = arith.divf %v57, %v496 : f32
              %v498 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v497) : (f32) -> f32
              %v499 = arith.mulf %v275, %v498 fastmath<contract> : f32
              %v500 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v499) : (f32) -> f32
              %v501 = arith.muli %v24, %v141 : i64
              %v502 = arith.subi %v487, %v109 : i64
              %v503 = arith.addi %v501, %v502 : i64
              %v504 = llvm.getelementptr %v53[%v503] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v505 = llvm.load %v504 : !llvm.ptr -> f32
              %v506 = arith.muli %v38, %v286 : i64
              %v507 = arith.muli %v487, %v285 : i64
              %v508 = arith.addi %v506, %v507 : i64
              %v509 = arith.muli %v36, %v284 : i64
              %v510 = arith.addi %v508, %v509 : i64
              %v511 = arith.muli %v34, %v2 : i64
              %v512 = arith.addi %v510, %v511 : i64
              %v513 = llvm.getelementptr %in_v[%v512] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v514 = llvm.load %v513 : !llvm.ptr -> f32
              %v515 = arith.mulf %v505, %v514 fastmath<contract> : f32
              %v516 = arith.mulf %v500, %v459 fastmath<contract> : f32
              %v517 = arith.addf %v516, %v515 fastmath<contract> : f32
              %v518 = arith.constant 8 : i64
              %v519 = arith.addi %v518, %v24 : i64
              %v520 = arith.muli %v519, %v141 : i64
              %v521 = arith.subi %v487, %v109 : i64
              %v522 = arith.addi %v520, %v521 : i64
              %v523 = llvm.getelementptr %v55[%v522] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v524 = llvm.load %v523 : !llvm.ptr -> f32
              %v525 = arith.negf %v524 : f32
              %v526 = arith.mulf %v525, %v270 fastmath<contract> : f32
              %v527 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v526) : (f32) -> f32
              %v528 = arith.addf %v57, %v527 fastmath<contract> : f32
              %v529 = arith.divf %v57, %v528 : f32
              %v530 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v529) : (f32) -> f32
              %v531 = arith.mulf %v275, %v530 fastmath<contract> : f32
              %v532 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v531) : (f32) -> f32
              %v533 = arith.constant 8 : i64
              %v534 = arith.addi %v533, %v24 : i64
              %v535 = arith.muli %v534, %v141 : i64
              %v536 = arith.subi %v487, %v109 : i64
              %v537 = arith.addi %v535, %v536 : i64
              %v538 = llvm.getelementptr %v53[%v537] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v539 = llvm.load %v538 : !llvm.ptr -> f32
              %v540 = arith.mulf %v539, %v514 fastmath<contract> : f32
              %v541 = arith.mulf %v532, %v484 fastmath<contract> : f32
              %v542 = arith.addf %v541, %v540 fastmath<contract> : f32
              %v544 = arith.addi %v344, %v543 : i64
              %v545 = arith.minsi %v544, %v347 : i64
              %v546 = arith.addi %v109, %v545 : i64
              %v547 = arith.muli %v24, %v141 : i64
              %v548 = arith.subi %v546, %v109 : i64
              %v549 = arith.addi %v547, %v548 : i64
              %v550 = llvm.getelementptr %v55[%v549] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v551 = llvm.load %v550 : !llvm.ptr -> f32
              %v552 = arith.negf %v551 : f32
              %v553 = arith.mulf %v552, %v270 fastmath<contract> : f32
              %v554 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v553) : (f32) -> f32
              %v555 = arith.addf %v57, %v554 fastmath<contract> : f32
              %v556 = arith.divf %v57, %v555 : f32
              %v557 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v556) : (f32) -> f32
              %v558 = arith.mulf %v275, %v557 fastmath<contract> : f32
              %v559 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v558) : (f32) -> f32
              %v560 = arith.muli %v24, %v141 : i64
              %v561 = arith.subi %v546, %v109 : i64
              %v562 = arith.addi %v560, %v561 : i64
              %v563 = llvm.getelementptr %v53[%v562] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v564 = llvm.load %v563 : !llvm.ptr -> f32
              %v565 = arith.muli %v38, %v286 : i64
              %v566 = arith.muli %v546, %v285 : i64
              %v567 = arith.addi %v565, %v566 : i64
              %v568 = arith.muli %v36, %v284 : i64
              %v569 = arith.addi %v567, %v568 : i64
              %v570 = arith.muli %v34, %v2 : i64
              %v571 = arith.addi %v569, %v570 : i64
              %v572 = llvm.getelementptr %in_v[%v571] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v573 = llvm.load %v572 : !llvm.ptr -> f32
              %v574 = arith.mulf %v564, %v573 fastmath<contract> : f32
              %v575 = arith.mulf %v559, %v517 fastmath<contract> : f32
              %v576 = arith.addf %v575, %v574 fastmath<contract> : f32
              %v577 = arith.constant 8 : i64
              %v578 = arith.addi %v577, %v24 : i64
              %v579 = arith.muli %v578, %v141 : i64
              %v580 = arith.subi %v546, %v109 : i64
              %v581 = arith.addi %v579, %v580 : i64
              %v582 = llvm.getelementptr %v55[%v581] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v583 = llvm.load %v582 : !llvm.ptr -> f32
              %v584 = arith.negf %v583 : f32
              %v585 = arith.mulf %v584, %v270 fastmath<contract> : f32
              %v586 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v585) : (f32) -> f32
              %v587 = arith.addf %v57, %v586 fastmath<contract> : f32
              %v588 = arith.divf %v57, %v587 : f32
              %v589 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v588) : (f32) -> f32
              %v590 = arith.mulf %v275, %v589 fastmath<contract> : f32
              %v591 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v590) : (f32) -> f32
              %v592 = arith.constant 8 : i64
              %v593 = arith.addi %v592, %v24 : i64
              %v594 = arith.muli %v593, %v141 : i64
              %v595 = arith.subi %v546, %v109 : i64
              %v596 = arith.addi %v594, %v595 : i64
              %v597 = llvm.getelementptr %v53[%v596] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v598 = llvm.load %v597 : !llvm.ptr -> f32
              %v599 = arith.mulf %v598, %v573 fastmath<contract> : f32
              %v600 = arith.mulf %v591, %v542 fastmath<contract> : f32
              %v601 = arith.addf %v600, %v599 fastmath<contract> : f32
              %v603 = arith.addi %v344, %v602 : i64
              %v604 = arith.minsi %v603, %v347 : i64
              %v605 = arith.addi %v109, %v604 : i64
              %v606 = arith.muli %v24, %v141 : i64
              %v607 = arith.subi %v605, %v109 : i64
              %v608 = arith.addi %v606, %v607 : i64
              %v609 = llvm.getelementptr %v55[%v608] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v610 = llvm.load %v609 : !llvm.ptr -> f32
              %v611 = arith.negf %v610 : f32
              %v612 = arith.mulf %v611, %v270 fastmath<contract> : f32
              %v613 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v612) : (f32) -> f32
              %v614 = arith.addf %v57, %v613 fastmath<contract> : f32
              %v615 = arith.divf %v57, %v614 : f32
              %v616 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v615) : (f32) -> f32
              %v617 = arith.mulf %v275, %v616 fastmath<contract> : f32
              %v618 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v617) : (f32) -> f32
              %v619 = arith.muli %v24, %v141 : i64
              %v620 = arith.subi %v605, %v109 : i64
              %v621 = arith.addi %v619, %v620 : i64
              %v622 = llvm.getelementptr %v53[%v621] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v623 = llvm.load %v622 : !llvm.ptr -> f32
              %v624 = arith.muli %v38, %v286 : i64
              %v625 = arith.muli %v605, %v285 : i64
              %v626 = arith.addi %v624, %v625 : i64
              %v627 = arith.muli %v36, %v284 : i64
              %v628 = arith.addi %v626, %v627 : i64
              %v629 = arith.muli %v34, %v2 : i64
              %v630 = arith.addi %v628, %v629 : i64
              %v631 = llvm.getelementptr %in_v[%v630] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v632 = llvm.load %v631 : !llvm.ptr -> f32
              %v633 = arith.mulf %v623, %v632 fastmath<contract> : f32
              %v634 = arith.mulf %v618, %v576 fastmath<contract> : f32
              %v635 = arith.addf %v634, %v633 fastmath<contract> : f32
              %v636 = arith.constant 8 : i64
              %v637 = arith.addi %v636, %v24 : i64
              %v638 = arith.muli %v637, %v141 : i64
              %v639 = arith.subi %v605, %v109 : i64
              %v640 = arith.addi %v638, %v639 : i64
              %v641 = llvm.getelementptr %v55[%v640] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v642 = llvm.load %v641 : !llvm.ptr -> f32
              %v643 = arith.negf %v642 : f32
              %v644 = arith.mulf %v643, %v270 fastmath<contract> : f32
              %v645 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v644) : (f32) -> f32
              %v646 = arith.addf %v57, %v645 fastmath<contract> : f32
              %v647 = arith.divf %v57, %v646 : f32
              %v648 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v647) : (f32) -> f32
              %v649 = arith.mulf %v275, %v648 fastmath<contract> : f32
              %v650 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v649) : (f32) -> f32
              %v651 = arith.constant 8 : i64
              %v652 = arith.addi %v651, %v24 : i64
              %v653 = arith.muli %v652, %v141 : i64
              %v654 = arith.subi %v605, %v109 : i64
              %v655 = arith.addi %v653, %v654 : i64
              %v656 = llvm.getelementptr %v53[%v655] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v657 = llvm.load %v656 : !llvm.ptr -> f32
              %v658 = arith.mulf %v657, %v632 fastmath<contract> : f32
              %v659 = arith.mulf %v650, %v601 fastmath<contract> : f32
              %v660 = arith.addf %v659, %v658 fastmath<contract> : f32
              %v662 = arith.addi %v344, %v661 : i64
              %v663 = arith.minsi %v662, %v347 : i64
              %v664 = arith.addi %v109, %v663 : i64
              %v665 = arith.muli %v24, %v141 : i64
              %v666 = arith.subi %v664, %v109 : i64
              %v667 = arith.addi %v665, %v666 : i64
              %v668 = llvm.getelementptr %v55[%v667] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v669 = llvm.load %v668 : !llvm.ptr -> f32
              %v670 = arith.negf %v669 : f32
              %v671 = arith.mulf %v670, %v270 fastmath<contract> : f32
              %v672 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v671) : (f32) -> f32
              %v673 = arith.addf %v57, %v672 fastmath<contract> : f32
              %v674 = arith.divf %v57, %v673 : f32
              %v675 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v674) : (f32) -> f32
              %v676 = arith.mulf %v275, %v675 fastmath<contract> : f32
              %v677 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v676) : (f32) -> f32
              %v678 = arith.muli %v24, %v141 : i64
              %v679 = arith.subi %v664, %v109 : i64
              %v680 = arith.addi %v678, %v679 : i64
              %v681 = llvm.getelementptr %v53[%v680] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v682 = llvm.load %v681 : !llvm.ptr -> f32
              %v683 = arith.muli %v38, %v286 : i64
              %v684 = arith.muli %v664, %v285 : i64
              %v685 = arith.addi %v683, %v684 : i64
              %v686 = arith.muli %v36, %v284 : i64
              %v687 = arith.addi %v685, %v686 : i64
              %v688 = arith.muli %v34, %v2 : i64
              %v689 = arith.addi %v687, %v688 : i64
              %v690 = llvm.getelementptr %in_v[%v689] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v691 = llvm.load %v690 : !llvm.ptr -> f32
              %v692 = arith.mulf %v682, %v691 fastmath<contract> : f32
              %v693 = arith.mulf %v677, %v635 fastmath<contract> : f32
              %v694 = arith.addf %v693, %v692 fastmath<contract> : f32
              %v695 = arith.constant 8 : i64
              %v696 = arith.addi %v695, %v24 : i64
              %v697 = arith.muli %v696, %v141 : i64
              %v698 = arith.subi %v664, %v109 : i64
              %v699 = arith.addi %v697, %v698 : i64
              %v700 = llvm.getelementptr %v55[%v699] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v701 = llvm.load %v700 : !llvm.ptr -> f32
              %v702 = arith.negf %v701 : f32
              %v703 = arith.mulf %v702, %v270 fastmath<contract> : f32
              %v704 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v703) : (f32) -> f32
              %v705 = arith.addf %v57, %v704 fastmath<contract> : f32
              %v706 = arith.divf %v57, %v705 : f32
              %v707 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v706) : (f32) -> f32
              %v708 = arith.mulf %v275, %v707 fastmath<contract> : f32
              %v709 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v708) : (f32) -> f32
              %v710 = arith.constant 8 : i64
              %v711 = arith.addi %v710, %v24 : i64
              %v712 = arith.muli %v711, %v141 : i64
              %v713 = arith.subi %v664, %v109 : i64
              %v714 = arith.addi %v712, %v713 : i64
              %v715 = llvm.getelementptr %v53[%v714] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v716 = llvm.load %v715 : !llvm.ptr -> f32
              %v717 = arith.mulf %v716, %v691 fastmath<contract> : f32
              %v718 = arith.mulf %v709, %v660 fastmath<contract> : f32
              %v719 = arith.addf %v718, %v717 fastmath<contract> : f32
              %v721 = arith.addi %v344, %v720 : i64
              %v722 = arith.minsi %v721, %v347 : i64
              %v723 = arith.addi %v109, %v722 : i64
              %v724 = arith.muli %v24, %v141 : i64
              %v725 = arith.subi %v723, %v109 : i64
              %v726 = arith.addi %v724, %v725 : i64
              %v727 = llvm.getelementptr %v55[%v726] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v728 = llvm.load %v727 : !llvm.ptr -> f32
              %v729 = arith.negf %v728 : f32
              %v730 = arith.mulf %v729, %v270 fastmath<contract> : f32
              %v731 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v730) : (f32) -> f32
              %v732 = arith.addf %v57, %v731 fastmath<contract> : f32
              %v733 = arith.divf %v57, %v732 : f32
              %v734 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v733) : (f32) -> f32
              %v735 = arith.mulf %v275, %v734 fastmath<contract> : f32
              %v736 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v735) : (f32) -> f32
              %v737 = arith.muli %v24, %v141 : i64
              %v738 = arith.subi %v723, %v109 : i64
              %v739 = arith.addi %v737, %v738 : i64
              %v740 = llvm.getelementptr %v53[%v739] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v741 = llvm.load %v740 : !llvm.ptr -> f32
              %v742 = arith.muli %v38, %v286 : i64
              %v743 = arith.muli %v723, %v285 : i64
              %v744 = arith.addi %v742, %v743 : i64
              %v745 = arith.muli %v36, %v284 : i64
              %v746 = arith.addi %v744, %v745 : i64
              %v747 = arith.muli %v34, %v2 : i64
              %v748 = arith.addi %v746, %v747 : i64
              %v749 = llvm.getelementptr %in_v[%v748] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v750 = llvm.load %v749 : !llvm.ptr -> f32
              %v751 = arith.mulf %v741, %v750 fastmath<contract> : f32
              %v752 = arith.mulf %v736, %v694 fastmath<contract> : f32
              %v753 = arith.addf %v752, %v751 fastmath<contract> : f32
              %v754 = arith.constant 8 : i64
              %v755 = arith.addi %v754, %v24 : i64
              %v756 = arith.muli %v755, %v141 : i64
              %v757 = arith.subi %v723, %v109 : i64
              %v758 = arith.addi %v756, %v757 : i64
              %v759 = llvm.getelementptr %v55[%v758] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v760 = llvm.load %v759 : !llvm.ptr -> f32
              %v761 = arith.negf %v760 : f32
              %v762 = arith.mulf %v761, %v270 fastmath<contract> : f32
              %v763 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v762) : (f32) -> f32
              %v764 = arith.addf %v57, %v763 fastmath<contract> : f32
              %v765 = arith.divf %v57, %v764 : f32
              %v766 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v765) : (f32) -> f32
              %v767 = arith.mulf %v275, %v766 fastmath<contract> : f32
              %v768 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v767) : (f32) -> f32
              %v769 = arith.constant 8 : i64
              %v770 = arith.addi %v769, %v24 : i64
              %v771 = arith.muli %v770, %v141 : i64
              %v772 = arith.subi %v723, %v109 : i64
              %v773 = arith.addi %v771, %v772 : i64
              %v774 = llvm.getelementptr %v53[%v773] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v775 = llvm.load %v774 : !llvm.ptr -> f32
              %v776 = arith.mulf %v775, %v750 fastmath<contract> : f32
              %v777 = arith.mulf %v768, %v719 fastmath<contract> : f32
              %v778 = arith.addf %v777, %v776 fastmath<contract> : f32
              %v779 = arith.addi %v344, %v61 : i64
              %v780 = arith.minsi %v779, %v347 : i64
              %v781 = arith.addi %v109, %v780 : i64
              %v782 = arith.muli %v24, %v141 : i64
              %v783 = arith.subi %v781, %v109 : i64
              %v784 = arith.addi %v782, %v783 : i64
              %v785 = llvm.getelementptr %v55[%v784] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v786 = llvm.load %v785 : !llvm.ptr -> f32
              %v787 = arith.negf %v786 : f32
              %v788 = arith.mulf %v787, %v270 fastmath<contract> : f32
              %v789 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v788) : (f32) -> f32
              %v790 = arith.addf %v57, %v789 fastmath<contract> : f32
              %v791 = arith.divf %v57, %v790 : f32
              %v792 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v791) : (f32) -> f32
              %v793 = arith.mulf %v275, %v792 fastmath<contract> : f32
              %v794 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v793) : (f32) -> f32
              %v795 = arith.muli %v24, %v141 : i64
              %v796 = arith.subi %v781, %v109 : i64
              %v797 = arith.addi %v795, %v796 : i64
              %v798 = llvm.getelementptr %v53[%v797] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v799 = llvm.load %v798 : !llvm.ptr -> f32
              %v800 = arith.muli %v38, %v286 : i64
              %v801 = arith.muli %v781, %v285 : i64
              %v802 = arith.addi %v800, %v801 : i64
              %v803 = arith.muli %v36, %v284 : i64
              %v804 = arith.addi %v802, %v803 : i64
              %v805 = arith.muli %v34, %v2 : i64
              %v806 = arith.addi %v804, %v805 : i64
              %v807 = llvm.getelementptr %in_v[%v806] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v808 = llvm.load %v807 : !llvm.ptr -> f32
              %v809 = arith.mulf %v799, %v808 fastmath<contract> : f32
              %v810 = arith.mulf %v794, %v753 fastmath<contract> : f32
              %v811 = arith.addf %v810, %v809 fastmath<contract> : f32
              %v812 = arith.constant 8 : i64
              %v813 = arith.addi %v812, %v24 : i64
              %v814 = arith.muli %v813, %v141 : i64
              %v815 = arith.subi %v781, %v109 : i64
              %v816 = arith.addi %v814, %v815 : i64
              %v817 = llvm.getelementptr %v55[%v816] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v818 = llvm.load %v817 : !llvm.ptr -> f32
              %v819 = arith.negf %v818 : f32
              %v820 = arith.mulf %v819, %v270 fastmath<contract> : f32
              %v821 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v820) : (f32) -> f32
              %v822 = arith.addf %v57, %v821 fastmath<contract> : f32
              %v823 = arith.divf %v57, %v822 : f32
              %v824 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v823) : (f32) -> f32
              %v825 = arith.mulf %v275, %v824 fastmath<contract> : f32
              %v826 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v825) : (f32) -> f32
              %v827 = arith.constant 8 : i64
              %v828 = arith.addi %v827, %v24 : i64
              %v829 = arith.muli %v828, %v141 : i64
              %v830 = arith.subi %v781, %v109 : i64
              %v831 = arith.addi %v829, %v830 : i64
              %v832 = llvm.getelementptr %v53[%v831] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v833 = llvm.load %v832 : !llvm.ptr -> f32
              %v834 = arith.mulf %v833, %v808 fastmath<contract> : f32
              %v835 = arith.mulf %v826, %v778 fastmath<contract> : f32
              %v836 = arith.addf %v835, %v834 fastmath<contract> : f32
              %v838 = arith.shrui %v24, %v58 : i64
              %v839 = arith.andi %v838, %v2 : i64
              %v840 = arith.cmpi ne, %v839, %v58 : i64
              %v841 = arith.shrui %v24, %v2 : i64
              %v842 = arith.andi %v841, %v2 : i64
              %v843 = arith.cmpi ne, %v842, %v58 : i64
              %v844 = arith.shrui %v24, %v326 : i64
              %v845 = arith.andi %v844, %v2 : i64
              %v846 = arith.cmpi ne, %v845, %v58 : i64
              %v847 = arith.addi %v344, %v61 : i64
              %v848 = arith.cmpi slt, %v847, %v111 : i64
              %v849 = arith.addi %v346, %v58 : i64
              llvm.store %v56, %v837 : f32, !llvm.ptr
              scf.if %v848 {
                %v850 = arith.addi %v109, %v847 : i64
                %v851 = arith.muli %v24, %v141 : i64
                %v852 = arith.subi %v850, %v109 : i64
                %v853 = arith.addi %v851, %v852 : i64
                %v854 = llvm.getelementptr %v51[%v853] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v855 = llvm.load %v854 : !llvm.ptr -> f32
                %v856 = arith.muli %v38, %v286 : i64
                %v857 = arith.muli %v850, %v285 : i64
                %v858 = arith.addi %v856, %v857 : i64
                %v859 = arith.muli %v36, %v284 : i64
                %v860 = arith.addi %v858, %v859 : i64
                %v861 = arith.muli %v34, %v2 : i64
                %v862 = arith.addi %v860, %v861 : i64
                %v863 = llvm.getelementptr %dy_o[%v862] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v864 = llvm.load %v863 : !llvm.ptr -> f32
                %v865 = arith.mulf %v855, %v864 fastmath<contract> : f32
                %v866 = llvm.load %v40 : !llvm.ptr -> f32
                %v867 = llvm.load %v42 : !llvm.ptr -> f32
                %v868 = arith.mulf %v867, %v866 fastmath<contract> : f32
                %v869 = arith.addf %v865, %v868 fastmath<contract> : f32
                llvm.store %v869, %v40 : f32, !llvm.ptr
                %v870 = arith.constant 8 : i64
                %v871 = arith.addi %v870, %v24 : i64
                %v872 = arith.muli %v871, %v141 : i64
                %v873 = arith.subi %v850, %v109 : i64
                %v874 = arith.addi %v872, %v873 : i64
                %v875 = llvm.getelementptr %v51[%v874] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v876 = llvm.load %v875 : !llvm.ptr -> f32
                %v877 = arith.mulf %v876, %v864 fastmath<contract> : f32
                %v878 = llvm.load %v41 : !llvm.ptr -> f32
                %v879 = llvm.load %v43 : !llvm.ptr -> f32
                %v880 = arith.mulf %v879, %v878 fastmath<contract> : f32
                %v881 = arith.addf %v877, %v880 fastmath<contract> : f32
                llvm.store %v881, %v41 : f32, !llvm.ptr
                %v882 = arith.subi %size_L, %v2 : i64
                %v883 = arith.cmpi eq, %v850, %v882 : i64
                scf.if %v883 {
                }
                %v884 = arith.mulf %v811, %v864 fastmath<contract> : f32
                %v885 = arith.select %v28, %v884, %v56 : f32
                // sum over the warp's outer points: shuffles
                %v887, %v888 = gpu.shuffle xor %v885, %v886, %v260 : f32
                %v889 = arith.addf %v885, %v887 fastmath<contract> : f32
                %v891, %v892 = gpu.shuffle xor %v889, %v890, %v260 : f32
                %v893 = arith.addf %v889, %v891 fastmath<contract> : f32
                %v894 = arith.divui %v14, %v16 : i64
                %v895 = arith.remui %v14, %v16 : i64
                %v896 = arith.cmpi ult, %v895, %v23 : i64
                %v897 = arith.addi %v58, %v24 : i64
                %v898 = arith.muli %v894, %v1 : i64
                %v899 = arith.addi %v898, %v897 : i64
                %v901 = arith.muli %v899, %v900 : i64
                %v902 = arith.addi %v901, %v849 : i64
                scf.if %v896 {
                  %v903 = llvm.getelementptr %v45[%v902] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v893, %v903 : f32, !llvm.ptr
                }
                %v904 = arith.mulf %v836, %v864 fastmath<contract> : f32
                %v905 = arith.select %v28, %v904, %v56 : f32
                // sum over the warp's outer points: shuffles
                %v906, %v907 = gpu.shuffle xor %v905, %v886, %v260 : f32
                %v908 = arith.addf %v905, %v906 fastmath<contract> : f32
                %v909, %v910 = gpu.shuffle xor %v908, %v890, %v260 : f32
                %v911 = arith.addf %v908, %v909 fastmath<contract> : f32
                %v912 = arith.divui %v14, %v16 : i64
                %v913 = arith.remui %v14, %v16 : i64
                %v914 = arith.cmpi ult, %v913, %v23 : i64
                %v915 = arith.addi %v23, %v24 : i64
                %v916 = arith.muli %v912, %v1 : i64
                %v917 = arith.addi %v916, %v915 : i64
                %v918 = arith.muli %v917, %v900 : i64
                %v919 = arith.addi %v918, %v849 : i64
                scf.if %v914 {
                  %v920 = llvm.getelementptr %v45[%v919] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v911, %v920 : f32, !llvm.ptr
                }
                %v921 = arith.muli %v38, %v286 : i64
                %v922 = arith.muli %v850, %v285 : i64
                %v923 = arith.addi %v921, %v922 : i64
                %v924 = arith.muli %v36, %v284 : i64
                %v925 = arith.addi %v923, %v924 : i64
                %v926 = arith.muli %v34, %v2 : i64
                %v927 = arith.addi %v925, %v926 : i64
                %v928 = llvm.getelementptr %in_v[%v927] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v929 = llvm.load %v928 : !llvm.ptr -> f32
                %v930 = llvm.load %v40 : !llvm.ptr -> f32
                %v931 = arith.mulf %v929, %v930 fastmath<contract> : f32
                %v932 = arith.select %v28, %v931, %v56 : f32
                // sum over the warp's outer points: shuffles
                %v933, %v934 = gpu.shuffle xor %v932, %v886, %v260 : f32
                %v935 = arith.addf %v932, %v933 fastmath<contract> : f32
                %v936, %v937 = gpu.shuffle xor %v935, %v890, %v260 : f32
                %v938 = arith.addf %v935, %v936 fastmath<contract> : f32
                %v939 = arith.divui %v14, %v16 : i64
                %v940 = arith.remui %v14, %v16 : i64
                %v941 = arith.cmpi ult, %v940, %v23 : i64
                %v942 = arith.addi %v58, %v24 : i64
                %v943 = arith.muli %v939, %v1 : i64
                %v944 = arith.addi %v943, %v942 : i64
                %v945 = arith.muli %v944, %v900 : i64
                %v946 = arith.addi %v945, %v849 : i64
                scf.if %v941 {
                  %v947 = llvm.getelementptr %v47[%v946] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v938, %v947 : f32, !llvm.ptr
                }
                %v948 = llvm.load %v41 : !llvm.ptr -> f32
                %v949 = arith.mulf %v929, %v948 fastmath<contract> : f32
                %v950 = arith.select %v28, %v949, %v56 : f32
                // sum over the warp's outer points: shuffles
                %v951, %v952 = gpu.shuffle xor %v950, %v886, %v260 : f32
                %v953 = arith.addf %v950, %v951 fastmath<contract> : f32
                %v954, %v955 = gpu.shuffle xor %v953, %v890, %v260 : f32
                %v956 = arith.addf %v953, %v954 fastmath<contract> : f32
                %v957 = arith.divui %v14, %v16 : i64
                %v958 = arith.remui %v14, %v16 : i64
                %v959 = arith.cmpi ult, %v958, %v23 : i64
                %v960 = arith.addi %v23, %v24 : i64
                %v961 = arith.muli %v957, %v1 : i64
                %v962 = arith.addi %v961, %v960 : i64
                %v963 = arith.muli %v962, %v900 : i64
                %v964 = arith.addi %v963, %v849 : i64
                scf.if %v959 {
                  %v965 = llvm.getelementptr %v47[%v964] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v956, %v965 : f32, !llvm.ptr
                }
                %v966 = arith.muli %v24, %v141 : i64
                %v967 = arith.subi %v850, %v109 : i64
                %v968 = arith.addi %v966, %v967 : i64
                %v969 = llvm.getelementptr %v55[%v968] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v970 = llvm.load %v969 : !llvm.ptr -> f32
                %v971 = arith.negf %v970 : f32
                %v972 = arith.mulf %v971, %v270 fastmath<contract> : f32
                %v973 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v972) : (f32) -> f32
                %v974 = arith.addf %v57, %v973 fastmath<contract> : f32
                %v975 = arith.divf %v57, %v974 : f32
                %v977 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v975) : (f32) -> f32
                %v978 = arith.mulf %v976, %v977 fastmath<contract> : f32
                %v979 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v978) : (f32) -> f32
                %v980 = arith.mulf %v753, %v930 fastmath<contract> : f32
                %v981 = arith.mulf %v275, %v980 fastmath<contract> : f32
                %v982 = arith.mulf %v979, %v981 fastmath<contract> : f32
                %v983 = arith.subf %v57, %v975 fastmath<contract> : f32
                %v984 = arith.mulf %v975, %v983 fastmath<contract> : f32
                %v985 = arith.mulf %v982, %v984 fastmath<contract> : f32
                %v986 = arith.select %v28, %v985, %v56 : f32
                // sum over the warp's outer points: shuffles
                %v987, %v988 = gpu.shuffle xor %v986, %v886, %v260 : f32
                %v989 = arith.addf %v986, %v987 fastmath<contract> : f32
                %v990, %v991 = gpu.shuffle xor %v989, %v890, %v260 : f32
                %v992 = arith.addf %v989, %v990 fastmath<contract> : f32
                %v993 = arith.divui %v14, %v16 : i64
                %v994 = arith.remui %v14, %v16 : i64
                %v995 = arith.cmpi ult, %v994, %v23 : i64
                %v996 = arith.addi %v58, %v24 : i64
                %v997 = arith.muli %v993, %v1 : i64
                %v998 = arith.addi %v997, %v996 : i64
                %v999 = arith.muli %v998, %v900 : i64
                %v1000 = arith.addi %v999, %v849 : i64
                scf.if %v995 {
                  %v1001 = llvm.getelementptr %v49[%v1000] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v992, %v1001 : f32, !llvm.ptr
                }
                %v1002 = arith.constant 8 : i64
                %v1003 = arith.addi %v1002, %v24 : i64
                %v1004 = arith.muli %v1003, %v141 : i64
                %v1005 = arith.subi %v850, %v109 : i64
                %v1006 = arith.addi %v1004, %v1005 : i64
                %v1007 = llvm.getelementptr %v55[%v1006] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1008 = llvm.load %v1007 : !llvm.ptr -> f32
                %v1009 = arith.negf %v1008 : f32
                %v1010 = arith.mulf %v1009, %v270 fastmath<contract> : f32
                %v1011 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1010) : (f32) -> f32
                %v1012 = arith.addf %v57, %v1011 fastmath<contract> : f32
                %v1013 = arith.divf %v57, %v1012 : f32
                %v1014 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v1013) : (f32) -> f32
                %v1015 = arith.mulf %v976, %v1014 fastmath<contract> : f32
                %v1016 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1015) : (f32) -> f32
                %v1017 = arith.mulf %v778, %v948 fastmath<contract> : f32
                %v1018 = arith.mulf %v275, %v1017 fastmath<contract> : f32
                %v1019 = arith.mulf %v1016, %v1018 fastmath<contract> : f32
                %v1020 = arith.subf %v57, %v1013 fastmath<contract> : f32
                %v1021 = arith.mulf %v1013, %v1020 fastmath<contract> : f32
                %v1022 = arith.mulf %v1019, %v1021 fastmath<contract> : f32
                %v1023 = arith.select %v28, %v1022, %v56 : f32
                // sum over the warp's outer points: shuffles
                %v1024, %v1025 = gpu.shuffle xor %v1023, %v886, %v260 : f32
                %v1026 = arith.addf %v1023, %v1024 fastmath<contract> : f32
                %v1027, %v1028 = gpu.shuffle xor %v1026, %v890, %v260 : f32
                %v1029 = arith.addf %v1026, %v1027 fastmath<contract> : f32
                %v1030 = arith.divui %v14, %v16 : i64
                %v1031 = arith.remui %v14, %v16 : i64
                %v1032 = arith.cmpi ult, %v1031, %v23 : i64
                %v1033 = arith.addi %v23, %v24 : i64
                %v1034 = arith.muli %v1030, %v1 : i64
                %v1035 = arith.addi %v1034, %v1033 : i64
                %v1036 = arith.muli %v1035, %v900 : i64
                %v1037 = arith.addi %v1036, %v849 : i64
                scf.if %v1032 {
                  %v1038 = llvm.getelementptr %v49[%v1037] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1029, %v1038 : f32, !llvm.ptr
                }
                %v1039 = arith.muli %v24, %v141 : i64
                %v1040 = arith.subi %v850, %v109 : i64
                %v1041 = arith.addi %v1039, %v1040 : i64
                %v1042 = llvm.getelementptr %v53[%v1041] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1043 = llvm.load %v1042 : !llvm.ptr -> f32
                %v1044 = arith.mulf %v1043, %v930 fastmath<contract> : f32
                %v1045 = arith.constant 8 : i64
                %v1046 = arith.addi %v1045, %v24 : i64
                %v1047 = arith.muli %v1046, %v141 : i64
                %v1048 = arith.subi %v850, %v109 : i64
                %v1049 = arith.addi %v1047, %v1048 : i64
                %v1050 = llvm.getelementptr %v53[%v1049] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1051 = llvm.load %v1050 : !llvm.ptr -> f32
                %v1052 = arith.mulf %v1051, %v948 fastmath<contract> : f32
                %v1053 = arith.addf %v1044, %v1052 fastmath<contract> : f32
                llvm.store %v1053, %v837 : f32, !llvm.ptr
                %v1054 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v975) : (f32) -> f32
                %v1055 = arith.mulf %v275, %v1054 fastmath<contract> : f32
                %v1056 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1055) : (f32) -> f32
                llvm.store %v1056, %v42 : f32, !llvm.ptr
                %v1057 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v1013) : (f32) -> f32
                %v1058 = arith.mulf %v275, %v1057 fastmath<contract> : f32
                %v1059 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1058) : (f32) -> f32
                llvm.store %v1059, %v43 : f32, !llvm.ptr
              }
              %v1060 = llvm.load %v837 : !llvm.ptr -> f32
              %v1061 = arith.addi %v344, %v720 : i64
              %v1062 = arith.cmpi slt, %v1061, %v111 : i64
              %v1063 = arith.addi %v346, %v2 : i64
              llvm.store %v56, %v837 : f32, !llvm.ptr
              scf.if %v1062 {
                %v1064 = arith.addi %v109, %v1061 : i64
                %v1065 = arith.muli %v24, %v141 : i64
                %v1066 = arith.subi %v1064, %v109 : i64
                %v1067 = arith.addi %v1065, %v1066 : i64
                %v1068 = llvm.getelementptr %v51[%v1067] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1069 = llvm.load %v1068 : !llvm.ptr -> f32
                %v1070 = arith.muli %v38, %v286 : i64
                %v1071 = arith.muli %v1064, %v285 : i64
                %v1072 = arith.addi %v1070, %v1071 : i64
                %v1073 = arith.muli %v36, %v284 : i64
                %v1074 = arith.addi %v1072, %v1073 : i64
                %v1075 = arith.muli %v34, %v2 : i64
                %v1076 = arith.addi %v1074, %v1075 : i64
                %v1077 = llvm.getelementptr %dy_o[%v1076] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1078 = llvm.load %v1077 : !llvm.ptr -> f32
                %v1079 = arith.mulf %v1069, %v1078 fastmath<contract> : f32
                %v1080 = llvm.load %v40 : !llvm.ptr -> f32
                %v1081 = llvm.load %v42 : !llvm.ptr -> f32
                %v1082 = arith.mulf %v1081, %v1080 fastmath<contract> : f32
                %v1083 = arith.addf %v1079, %v1082 fastmath<contract> : f32
                llvm.store %v1083, %v40 : f32, !llvm.ptr
                %v1084 = arith.constant 8 : i64
                %v1085 = arith.addi %v1084, %v24 : i64
                %v1086 = arith.muli %v1085, %v141 : i64
                %v1087 = arith.subi %v1064, %v109 : i64
                %v1088 = arith.addi %v1086, %v1087 : i64
                %v1089 = llvm.getelementptr %v51[%v1088] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1090 = llvm.load %v1089 : !llvm.ptr -> f32
                %v1091 = arith.mulf %v1090, %v1078 fastmath<contract> : f32
                %v1092 = llvm.load %v41 : !llvm.ptr -> f32
                %v1093 = llvm.load %v43 : !llvm.ptr -> f32
                %v1094 = arith.mulf %v1093, %v1092 fastmath<contract> : f32
                %v1095 = arith.addf %v1091, %v1094 fastmath<contract> : f32
                llvm.store %v1095, %v41 : f32, !llvm.ptr
                %v1096 = arith.subi %size_L, %v2 : i64
                %v1097 = arith.cmpi eq, %v1064, %v1096 : i64
                scf.if %v1097 {
                }
                %v1098 = arith.mulf %v753, %v1078 fastmath<contract> : f32
                %v1099 = arith.select %v28, %v1098, %v56 : f32
                // sum over the warp's outer points: shuffles
                %v1100, %v1101 = gpu.shuffle xor %v1099, %v886, %v260 : f32
                %v1102 = arith.addf %v1099, %v1100 fastmath<contract> : f32
                %v1103, %v1104 = gpu.shuffle xor %v1102, %v890, %v260 : f32
                %v1105 = arith.addf %v1102, %v1103 fastmath<contract> : f32
                %v1106 = arith.divui %v14, %v16 : i64
                %v1107 = arith.remui %v14, %v16 : i64
                %v1108 = arith.cmpi ult, %v1107, %v23 : i64
                %v1109 = arith.addi %v58, %v24 : i64
                %v1110 = arith.muli %v1106, %v1 : i64
                %v1111 = arith.addi %v1110, %v1109 : i64
                %v1112 = arith.muli %v1111, %v900 : i64
                %v1113 = arith.addi %v1112, %v1063 : i64
                scf.if %v1108 {
                  %v1114 = llvm.getelementptr %v45[%v1113] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1105, %v1114 : f32, !llvm.ptr
                }
                %v1115 = arith.mulf %v778, %v1078 fastmath<contract> : f32
                %v1116 = arith.select %v28, %v1115, %v56 : f32
                // sum over the warp's outer points: shuffles
                %v1117, %v1118 = gpu.shuffle xor %v1116, %v886, %v260 : f32
                %v1119 = arith.addf %v1116, %v1117 fastmath<contract> : f32
                %v1120, %v1121 = gpu.shuffle xor %v1119, %v890, %v260 : f32
                %v1122 = arith.addf %v1119, %v1120 fastmath<contract> : f32
                %v1123 = arith.divui %v14, %v16 : i64
                %v1124 = arith.remui %v14, %v16 : i64
                %v1125 = arith.cmpi ult, %v1124, %v23 : i64
                %v1126 = arith.addi %v23, %v24 : i64
                %v1127 = arith.muli %v1123, %v1 : i64
                %v1128 = arith.addi %v1127, %v1126 : i64
                %v1129 = arith.muli %v1128, %v900 : i64
                %v1130 = arith.addi %v1129, %v1063 : i64
                scf.if %v1125 {
                  %v1131 = llvm.getelementptr %v45[%v1130] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1122, %v1131 : f32, !llvm.ptr
                }
                %v1132 = arith.muli %v38, %v286 : i64
                %v1133 = arith.muli %v1064, %v285 : i64
                %v1134 = arith.addi %v1132, %v1133 : i64
                %v1135 = arith.muli %v36, %v284 : i64
                %v1136 = arith.addi %v1134, %v1135 : i64
                %v1137 = arith.muli %v34, %v2 : i64
                %v1138 = arith.addi %v1136, %v1137 : i64
                %v1139 = llvm.getelementptr %in_v[%v1138] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1140 = llvm.load %v1139 : !llvm.ptr -> f32
                %v1141 = llvm.load %v40 : !llvm.ptr -> f32
                %v1142 = arith.mulf %v1140, %v1141 fastmath<contract> : f32
                %v1143 = arith.select %v28, %v1142, %v56 : f32
                // sum over the warp's outer points: shuffles
                %v1144, %v1145 = gpu.shuffle xor %v1143, %v886, %v260 : f32
                %v1146 = arith.addf %v1143, %v1144 fastmath<contract> : f32
                %v1147, %v1148 = gpu.shuffle xor %v1146, %v890, %v260 : f32
                %v1149 = arith.addf %v1146, %v1147 fastmath<contract> : f32
                %v1150 = arith.divui %v14, %v16 : i64
                %v1151 = arith.remui %v14, %v16 : i64
                %v1152 = arith.cmpi ult, %v1151, %v23 : i64
                %v1153 = arith.addi %v58, %v24 : i64
                %v1154 = arith.muli %v1150, %v1 : i64
                %v1155 = arith.addi %v1154, %v1153 : i64
                %v1156 = arith.muli %v1155, %v900 : i64
                %v1157 = arith.addi %v1156, %v1063 : i64
                scf.if %v1152 {
                  %v1158 = llvm.getelementptr %v47[%v1157] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1149, %v1158 : f32, !llvm.ptr
                }
                %v1159 = llvm.load %v41 : !llvm.ptr -> f32
                %v1160 = arith.mulf %v1140, %v1159 fastmath<contract> : f32
                %v1161 = arith.select %v28, %v1160, %v56 : f32
                // sum over the warp's outer points: shuffles
                %v1162, %v1163 = gpu.shuffle xor %v1161, %v886, %v260 : f32
                %v1164 = arith.addf %v1161, %v1162 fastmath<contract> : f32
                %v1165, %v1166 = gpu.shuffle xor %v1164, %v890, %v260 : f32
                %v1167 = arith.addf %v1164, %v1165 fastmath<contract> : f32
                %v1168 = arith.divui %v14, %v16 : i64
                %v1169 = arith.remui %v14, %v16 : i64
                %v1170 = arith.cmpi ult, %v1169, %v23 : i64
                %v1171 = arith.addi %v23, %v24 : i64
                %v1172 = arith.muli %v1168, %v1 : i64
                %v1173 = arith.addi %v1172, %v1171 : i64
                %v1174 = arith.muli %v1173, %v900 : i64
                %v1175 = arith.addi %v1174, %v1063 : i64
                scf.if %v1170 {
                  %v1176 = llvm.getelementptr %v47[%v1175] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1167, %v1176 : f32, !llvm.ptr
                }
                %v1177 = arith.muli %v24, %v141 : i64
                %v1178 = arith.subi %v1064, %v109 : i64
                %v1179 = arith.addi %v1177, %v1178 : i64
                %v1180 = llvm.getelementptr %v55[%v1179] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1181 = llvm.load %v1180 : !llvm.ptr -> f32
                %v1182 = arith.negf %v1181 : f32
                %v1183 = arith.mulf %v1182, %v270 fastmath<contract> : f32
                %v1184 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1183) : (f32) -> f32
                %v1185 = arith.addf %v57, %v1184 fastmath<contract> : f32
                %v1186 = arith.divf %v57, %v1185 : f32
                %v1187 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v1186) : (f32) -> f32
                %v1188 = arith.mulf %v976, %v1187 fastmath<contract> : f32
                %v1189 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1188) : (f32) -> f32
                %v1190 = arith.mulf %v694, %v1141 fastmath<contract> : f32
                %v1191 = arith.mulf %v275, %v1190 fastmath<contract> : f32
                %v1192 = arith.mulf %v1189, %v1191 fastmath<contract> : f32
                %v1193 = arith.subf %v57, %v1186 fastmath<contract> : f32
                %v1194 = arith.mulf %v1186, %v1193 fastmath<contract> : f32
                %v1195 = arith.mulf %v1192, %v1194 fastmath<contract> : f32
                %v1196 = arith.select %v28, %v1195, %v56 : f32
                // sum over the warp's outer points: shuffles
                %v1197, %v1198 = gpu.shuffle xor %v1196, %v886, %v260 : f32
                %v1199 = arith.addf %v1196, %v1197 fastmath<contract> : f32
                %v1200, %v1201 = gpu.shuffle xor %v1199, %v890, %v260 : f32
                %v1202 = arith.addf %v1199, %v1200 fastmath<contract> : f32
                %v1203 = arith.divui %v14, %v16 : i64
                %v1204 = arith.remui %v14, %v16 : i64
                %v1205 = arith.cmpi ult, %v1204, %v23 : i64
                %v1206 = arith.addi %v58, %v24 : i64
                %v1207 = arith.muli %v1203, %v1 : i64
                %v1208 = arith.addi %v1207, %v1206 : i64
                %v1209 = arith.muli %v1208, %v900 : i64
                %v1210 = arith.addi %v1209, %v1063 : i64
                scf.if %v1205 {
                  %v1211 = llvm.getelementptr %v49[%v1210] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1202, %v1211 : f32, !llvm.ptr
                }
                %v1212 = arith.constant 8 : i64
                %v1213 = arith.addi %v1212, %v24 : i64
                %v1214 = arith.muli %v1213, %v141 : i64
                %v1215 = arith.subi %v1064, %v109 : i64
                %v1216 = arith.addi %v1214, %v1215 : i64
                %v1217 = llvm.getelementptr %v55[%v1216] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1218 = llvm.load %v1217 : !llvm.ptr -> f32
                %v1219 = arith.negf %v1218 : f32
                %v1220 = arith.mulf %v1219, %v270 fastmath<contract> : f32
                %v1221 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1220) : (f32) -> f32
                %v1222 = arith.addf %v57, %v1221 fastmath<contract> : f32
                %v1223 = arith.divf %v57, %v1222 : f32
                %v1224 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v1223) : (f32) -> f32
                %v1225 = arith.mulf %v976, %v1224 fastmath<contract> : f32
                %v1226 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1225) : (f32) -> f32
                %v1227 = arith.mulf %v719, %v1159 fastmath<contract> : f32
                %v1228 = arith.mulf %v275, %v1227 fastmath<contract> : f32
                %v1229 = arith.mulf %v1226, %v1228 fastmath<contract> : f32
                %v1230 = arith.subf %v57, %v1223 fastmath<contract> : f32
                %v1231 = arith.mulf %v1223, %v1230 fastmath<contract> : f32
                %v1232 = arith.mulf %v1229, %v1231 fastmath<contract> : f32
                %v1233 = arith.select %v28, %v1232, %v56 : f32
                // sum over the warp's outer points: shuffles
                %v1234, %v1235 = gpu.shuffle xor %v1233, %v886, %v260 : f32
                %v1236 = arith.addf %v1233, %v1234 fastmath<contract> : f32
                %v1237, %v1238 = gpu.shuffle xor %v1236, %v890, %v260 : f32
                %v1239 = arith.addf %v1236, %v1237 fastmath<contract> : f32
                %v1240 = arith.divui %v14, %v16 : i64
                %v1241 = arith.remui %v14, %v16 : i64
                %v1242 = arith.cmpi ult, %v1241, %v23 : i64
                %v1243 = arith.addi %v23, %v24 : i64
                %v1244 = arith.muli %v1240, %v1 : i64
                %v1245 = arith.addi %v1244, %v1243 : i64
                %v1246 = arith.muli %v1245, %v900 : i64
                %v1247 = arith.addi %v1246, %v1063 : i64
                scf.if %v1242 {
                  %v1248 = llvm.getelementptr %v49[%v1247] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1239, %v1248 : f32, !llvm.ptr
                }
                %v1249 = arith.muli %v24, %v141 : i64
                %v1250 = arith.subi %v1064, %v109 : i64
                %v1251 = arith.addi %v1249, %v1250 : i64
                %v1252 = llvm.getelementptr %v53[%v1251] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1253 = llvm.load %v1252 : !llvm.ptr -> f32
                %v1254 = arith.mulf %v1253, %v1141 fastmath<contract> : f32
                %v1255 = arith.constant 8 : i64
                %v1256 = arith.addi %v1255, %v24 : i64
                %v1257 = arith.muli %v1256, %v141 : i64
                %v1258 = arith.subi %v1064, %v109 : i64
                %v1259 = arith.addi %v1257, %v1258 : i64
                %v1260 = llvm.getelementptr %v53[%v1259] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1261 = llvm.load %v1260 : !llvm.ptr -> f32
                %v1262 = arith.mulf %v1261, %v1159 fastmath<contract> : f32
                %v1263 = arith.addf %v1254, %v1262 fastmath<contract> : f32
                llvm.store %v1263, %v837 : f32, !llvm.ptr
                %v1264 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v1186) : (f32) -> f32
                %v1265 = arith.mulf %v275, %v1264 fastmath<contract> : f32
                %v1266 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1265) : (f32) -> f32
                llvm.store %v1266, %v42 : f32, !llvm.ptr
                %v1267 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v1223) : (f32) -> f32
                %v1268 = arith.mulf %v275, %v1267 fastmath<contract> : f32
                %v1269 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1268) : (f32) -> f32
                llvm.store %v1269, %v43 : f32, !llvm.ptr
              }
              %v1270 = llvm.load %v837 : !llvm.ptr -> f32
              %v1271 = arith.select %v840, %v1270, %v1060 : f32
              %v1272 = arith.select %v840, %v1060, %v1270 : f32
              %v1274, %v1275 = gpu.shuffle xor %v1271, %v1273, %v260 : f32
              %v1276 = arith.addf %v1272, %v1274 fastmath<contract> : f32
              %v1277 = arith.addi %v344, %v661 : i64
              %v1278 = arith.cmpi slt, %v1277, %v111 : i64
              %v1279 = arith.addi %v346, %v326 : i64
              llvm.store %v56, %v837 : f32, !llvm.ptr
              scf.if %v1278 {
                %v1280 = arith.addi %v109, %v1277 : i64
                %v1281 = arith.muli %v24, %v141 : i64
                %v1282 = arith.subi %v1280, %v109 : i64
                %v1283 = arith.addi %v1281, %v1282 : i64
                %v1284 = llvm.getelementptr %v51[%v1283] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1285 = llvm.load %v1284 : !llvm.ptr -> f32
                %v1286 = arith.muli %v38, %v286 : i64
                %v1287 = arith.muli %v1280, %v285 : i64
                %v1288 = arith.addi %v1286, %v1287 : i64
                %v1289 = arith.muli %v36, %v284 : i64
                %v1290 = arith.addi %v1288, %v1289 : i64
                %v1291 = arith.muli %v34, %v2 : i64
                %v1292 = arith.addi %v1290, %v1291 : i64
                %v1293 = llvm.getelementptr %dy_o[%v1292] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1294 = llvm.load %v1293 : !llvm.ptr -> f32
                %v1295 = arith.mulf %v1285, %v1294 fastmath<contract> : f32
                %v1296 = llvm.load %v40 : !llvm.ptr -> f32
                %v1297 = llvm.load %v42 : !llvm.ptr -> f32
                %v1298 = arith.mulf %v1297, %v1296 fastmath<contract> : f32
                %v1299 = arith.addf %v1295, %v1298 fastmath<contract> : f32
                llvm.store %v1299, %v40 : f32, !llvm.ptr
                %v1300 = arith.constant 8 : i64
                %v1301 = arith.addi %v1300, %v24 : i64
                %v1302 = arith.muli %v1301, %v141 : i64
                %v1303 = arith.subi %v1280, %v109 : i64
                %v1304 = arith.addi %v1302, %v1303 : i64
                %v1305 = llvm.getelementptr %v51[%v1304] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1306 = llvm.load %v1305 : !llvm.ptr -> f32
                %v1307 = arith.mulf %v1306, %v1294 fastmath<contract> : f32
                %v1308 = llvm.load %v41 : !llvm.ptr -> f32
                %v1309 = llvm.load %v43 : !llvm.ptr -> f32
                %v1310 = arith.mulf %v1309, %v1308 fastmath<contract> : f32
                %v1311 = arith.addf %v1307, %v1310 fastmath<contract> : f32
                llvm.store %v1311, %v41 : f32, !llvm.ptr
                %v1312 = arith.subi %size_L, %v2 : i64
                %v1313 = arith.cmpi eq, %v1280, %v1312 : i64
                scf.if %v1313 {
                }
                %v1314 = arith.mulf %v694, %v1294 fastmath<contract> : f32
                %v1315 = arith.select %v28, %v1314, %v56 : f32
                // sum over the warp's outer points: shuffles
                %v1316, %v1317 = gpu.shuffle xor %v1315, %v886, %v260 : f32
                %v1318 = arith.addf %v1315, %v1316 fastmath<contract> : f32
                %v1319, %v1320 = gpu.shuffle xor %v1318, %v890, %v260 : f32
                %v1321 = arith.addf %v1318, %v1319 fastmath<contract> : f32
                %v1322 = arith.divui %v14, %v16 : i64
                %v1323 = arith.remui %v14, %v16 : i64
                %v1324 = arith.cmpi ult, %v1323, %v23 : i64
                %v1325 = arith.addi %v58, %v24 : i64
                %v1326 = arith.muli %v1322, %v1 : i64
                %v1327 = arith.addi %v1326, %v1325 : i64
                %v1328 = arith.muli %v1327, %v900 : i64
                %v1329 = arith.addi %v1328, %v1279 : i64
                scf.if %v1324 {
                  %v1330 = llvm.getelementptr %v45[%v1329] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1321, %v1330 : f32, !llvm.ptr
                }
                %v1331 = arith.mulf %v719, %v1294 fastmath<contract> : f32
                %v1332 = arith.select %v28, %v1331, %v56 : f32
                // sum over the warp's outer points: shuffles
                %v1333, %v1334 = gpu.shuffle xor %v1332, %v886, %v260 : f32
                %v1335 = arith.addf %v1332, %v1333 fastmath<contract> : f32
                %v1336, %v1337 = gpu.shuffle xor %v1335, %v890, %v260 : f32
                %v1338 = arith.addf %v1335, %v1336 fastmath<contract> : f32
                %v1339 = arith.divui %v14, %v16 : i64
                %v1340 = arith.remui %v14, %v16 : i64
                %v1341 = arith.cmpi ult, %v1340, %v23 : i64
                %v1342 = arith.addi %v23, %v24 : i64
                %v1343 = arith.muli %v1339, %v1 : i64
                %v1344 = arith.addi %v1343, %v1342 : i64
                %v1345 = arith.muli %v1344, %v900 : i64
                %v1346 = arith.addi %v1345, %v1279 : i64
                scf.if %v1341 {
                  %v1347 = llvm.getelementptr %v45[%v1346] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1338, %v1347 : f32, !llvm.ptr
                }
                %v1348 = arith.muli %v38, %v286 : i64
                %v1349 = arith.muli %v1280, %v285 : i64
                %v1350 = arith.addi %v1348, %v1349 : i64
                %v1351 = arith.muli %v36, %v284 : i64
                %v1352 = arith.addi %v1350, %v1351 : i64
                %v1353 = arith.muli %v34, %v2 : i64
                %v1354 = arith.addi %v1352, %v1353 : i64
                %v1355 = llvm.getelementptr %in_v[%v1354] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1356 = llvm.load %v1355 : !llvm.ptr -> f32
                %v1357 = llvm.load %v40 : !llvm.ptr -> f32
                %v1358 = arith.mulf %v1356, %v1357 fastmath<contract> : f32
                %v1359 = arith.select %v28, %v1358, %v56 : f32
                // sum over the warp's outer points: shuffles
                %v1360, %v1361 = gpu.shuffle xor %v1359, %v886, %v260 : f32
                %v1362 = arith.addf %v1359, %v1360 fastmath<contract> : f32
                %v1363, %v1364 = gpu.shuffle xor %v1362, %v890, %v260 : f32
                %v1365 = arith.addf %v1362, %v1363 fastmath<contract> : f32
                %v1366 = arith.divui %v14, %v16 : i64
                %v1367 = arith.remui %v14, %v16 : i64
                %v1368 = arith.cmpi ult, %v1367, %v23 : i64
                %v1369 = arith.addi %v58, %v24 : i64
                %v1370 = arith.muli %v1366, %v1 : i64
                %v1371 = arith.addi %v1370, %v1369 : i64
                %v1372 = arith.muli %v1371, %v900 : i64
                %v1373 = arith.addi %v1372, %v1279 : i64
                scf.if %v1368 {
                  %v1374 = llvm.getelementptr %v47[%v1373] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1365, %v1374 : f32, !llvm.ptr
                }
                %v1375 = llvm.load %v41 : !llvm.ptr -> f32
                %v1376 = arith.mulf %v1356, %v1375 fastmath<contract> : f32
                %v1377 = arith.select %v28, %v1376, %v56 : f32
                // sum over the warp's outer points: shuffles
                %v1378, %v1379 = gpu.shuffle xor %v1377, %v886, %v260 : f32
                %v1380 = arith.addf %v1377, %v1378 fastmath<contract> : f32
                %v1381, %v1382 = gpu.shuffle xor %v1380, %v890, %v260 : f32
                %v1383 = arith.addf %v1380, %v1381 fastmath<contract> : f32
                %v1384 = arith.divui %v14, %v16 : i64
                %v1385 = arith.remui %v14, %v16 : i64
                %v1386 = arith.cmpi ult, %v1385, %v23 : i64
                %v1387 = arith.addi %v23, %v24 : i64
                %v1388 = arith.muli %v1384, %v1 : i64
                %v1389 = arith.addi %v1388, %v1387 : i64
                %v1390 = arith.muli %v1389, %v900 : i64
                %v1391 = arith.addi %v1390, %v1279 : i64
                scf.if %v1386 {
                  %v1392 = llvm.getelementptr %v47[%v1391] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1383, %v1392 : f32, !llvm.ptr
                }
                %v1393 = arith.muli %v24, %v141 : i64
                %v1394 = arith.subi %v1280, %v109 : i64
                %v1395 = arith.addi %v1393, %v1394 : i64
                %v1396 = llvm.getelementptr %v55[%v1395] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1397 = llvm.load %v1396 : !llvm.ptr -> f32
                %v1398 = arith.negf %v1397 : f32
                %v1399 = arith.mulf %v1398, %v270 fastmath<contract> : f32
                %v1400 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1399) : (f32) -> f32
                %v1401 = arith.addf %v57, %v1400 fastmath<contract> : f32
                %v1402 = arith.divf %v57, %v1401 : f32
                %v1403 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v1402) : (f32) -> f32
                %v1404 = arith.mulf %v976, %v1403 fastmath<contract> : f32
                %v1405 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1404) : (f32) -> f32
                %v1406 = arith.mulf %v635, %v1357 fastmath<contract> : f32
                %v1407 = arith.mulf %v275, %v1406 fastmath<contract> : f32
                %v1408 = arith.mulf %v1405, %v1407 fastmath<contract> : f32
                %v1409 = arith.subf %v57, %v1402 fastmath<contract> : f32
                %v1410 = arith.mulf %v1402, %v1409 fastmath<contract> : f32
                %v1411 = arith.mulf %v1408, %v1410 fastmath<contract> : f32
                %v1412 = arith.select %v28, %v1411, %v56 : f32
                // sum over the warp's outer points: shuffles
                %v1413, %v1414 = gpu.shuffle xor %v1412, %v886, %v260 : f32
                %v1415 = arith.addf %v1412, %v1413 fastmath<contract> : f32
                %v1416, %v1417 = gpu.shuffle xor %v1415, %v890, %v260 : f32
                %v1418 = arith.addf %v1415, %v1416 fastmath<contract> : f32
                %v1419 = arith.divui %v14, %v16 : i64
                %v1420 = arith.remui %v14, %v16 : i64
                %v1421 = arith.cmpi ult, %v1420, %v23 : i64
                %v1422 = arith.addi %v58, %v24 : i64
                %v1423 = arith.muli %v1419, %v1 : i64
                %v1424 = arith.addi %v1423, %v1422 : i64
                %v1425 = arith.muli %v1424, %v900 : i64
                %v1426 = arith.addi %v1425, %v1279 : i64
                scf.if %v1421 {
                  %v1427 = llvm.getelementptr %v49[%v1426] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1418, %v1427 : f32, !llvm.ptr
                }
                %v1428 = arith.constant 8 : i64
                %v1429 = arith.addi %v1428, %v24 : i64
                %v1430 = arith.muli %v1429, %v141 : i64
                %v1431 = arith.subi %v1280, %v109 : i64
                %v1432 = arith.addi %v1430, %v1431 : i64
                %v1433 = llvm.getelementptr %v55[%v1432] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1434 = llvm.load %v1433 : !llvm.ptr -> f32
                %v1435 = arith.negf %v1434 : f32
                %v1436 = arith.mulf %v1435, %v270 fastmath<contract> : f32
                %v1437 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1436) : (f32) -> f32
                %v1438 = arith.addf %v57, %v1437 fastmath<contract> : f32
                %v1439 = arith.divf %v57, %v1438 : f32
                %v1440 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v1439) : (f32) -> f32
                %v1441 = arith.mulf %v976, %v1440 fastmath<contract> : f32
                %v1442 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1441) : (f32) -> f32
                %v1443 = arith.mulf %v660, %v1375 fastmath<contract> : f32
                %v1444 = arith.mulf %v275, %v1443 fastmath<contract> : f32
                %v1445 = arith.mulf %v1442, %v1444 fastmath<contract> : f32
                %v1446 = arith.subf %v57, %v1439 fastmath<contract> : f32
                %v1447 = arith.mulf %v1439, %v1446 fastmath<contract> : f32
                %v1448 = arith.mulf %v1445, %v1447 fastmath<contract> : f32
                %v1449 = arith.select %v28, %v1448, %v56 : f32
                // sum over the warp's outer points: shuffles
                %v1450, %v1451 = gpu.shuffle xor %v1449, %v886, %v260 : f32
                %v1452 = arith.addf %v1449, %v1450 fastmath<contract> : f32
                %v1453, %v1454 = gpu.shuffle xor %v1452, %v890, %v260 : f32
                %v1455 = arith.addf %v1452, %v1453 fastmath<contract> : f32
                %v1456 = arith.divui %v14, %v16 : i64
                %v1457 = arith.remui %v14, %v16 : i64
                %v1458 = arith.cmpi ult, %v1457, %v23 : i64
                %v1459 = arith.addi %v23, %v24 : i64
                %v1460 = arith.muli %v1456, %v1 : i64
                %v1461 = arith.addi %v1460, %v1459 : i64
                %v1462 = arith.muli %v1461, %v900 : i64
                %v1463 = arith.addi %v1462, %v1279 : i64
                scf.if %v1458 {
                  %v1464 = llvm.getelementptr %v49[%v1463] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1455, %v1464 : f32, !llvm.ptr
                }
                %v1465 = arith.muli %v24, %v141 : i64
                %v1466 = arith.subi %v1280, %v109 : i64
                %v1467 = arith.addi %v1465, %v1466 : i64
                %v1468 = llvm.getelementptr %v53[%v1467] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1469 = llvm.load %v1468 : !llvm.ptr -> f32
                %v1470 = arith.mulf %v1469, %v1357 fastmath<contract> : f32
                %v1471 = arith.constant 8 : i64
                %v1472 = arith.addi %v1471, %v24 : i64
                %v1473 = arith.muli %v1472, %v141 : i64
                %v1474 = arith.subi %v1280, %v109 : i64
                %v1475 = arith.addi %v1473, %v1474 : i64
                %v1476 = llvm.getelementptr %v53[%v1475] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1477 = llvm.load %v1476 : !llvm.ptr -> f32
                %v1478 = arith.mulf %v1477, %v1375 fastmath<contract> : f32
                %v1479 = arith.addf %v1470, %v1478 fastmath<contract> : f32
                llvm.store %v1479, %v837 : f32, !llvm.ptr
                %v1480 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v1402) : (f32) -> f32
                %v1481 = arith.mulf %v275, %v1480 fastmath<contract> : f32
                %v1482 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1481) : (f32) -> f32
                llvm.store %v1482, %v42 : f32, !llvm.ptr
                %v1483 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v1439) : (f32) -> f32
                %v1484 = arith.mulf %v275, %v1483 fastmath<contract> : f32
                %v1485 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1484) : (f32) -> f32
                llvm.store %v1485, %v43 : f32, !llvm.ptr
              }
              %v1486 = llvm.load %v837 : !llvm.ptr -> f32
              %v1487 = arith.addi %v344, %v602 : i64
              %v1488 = arith.cmpi slt, %v1487, %v111 : i64
              %v1489 = arith.addi %v346, %v543 : i64
              llvm.store %v56, %v837 : f32, !llvm.ptr
              scf.if %v1488 {
                %v1490 = arith.addi %v109, %v1487 : i64
                %v1491 = arith.muli %v24, %v141 : i64
                %v1492 = arith.subi %v1490, %v109 : i64
                %v1493 = arith.addi %v1491, %v1492 : i64
                %v1494 = llvm.getelementptr %v51[%v1493] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1495 = llvm.load %v1494 : !llvm.ptr -> f32
                %v1496 = arith.muli %v38, %v286 : i64
                %v1497 = arith.muli %v1490, %v285 : i64
                %v1498 = arith.addi %v1496, %v1497 : i64
                %v1499 = arith.muli %v36, %v284 : i64
                %v1500 = arith.addi %v1498, %v1499 : i64
                %v1501 = arith.muli %v34, %v2 : i64
                %v1502 = arith.addi %v1500, %v1501 : i64
                %v1503 = llvm.getelementptr %dy_o[%v1502] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1504 = llvm.load %v1503 : !llvm.ptr -> f32
                %v1505 = arith.mulf %v1495, %v1504 fastmath<contract> : f32
                %v1506 = llvm.load %v40 : !llvm.ptr -> f32
                %v1507 = llvm.load %v42 : !llvm.ptr -> f32
                %v1508 = arith.mulf %v1507, %v1506 fastmath<contract> : f32
                %v1509 = arith.addf %v1505, %v1508 fastmath<contract> : f32
                llvm.store %v1509, %v40 : f32, !llvm.ptr
                %v1510 = arith.constant 8 : i64
                %v1511 = arith.addi %v1510, %v24 : i64
                %v1512 = arith.muli %v1511, %v141 : i64
                %v1513 = arith.subi %v1490, %v109 : i64
                %v1514 = arith.addi %v1512, %v1513 : i64
                %v1515 = llvm.getelementptr %v51[%v1514] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1516 = llvm.load %v1515 : !llvm.ptr -> f32
                %v1517 = arith.mulf %v1516, %v1504 fastmath<contract> : f32
                %v1518 = llvm.load %v41 : !llvm.ptr -> f32
                %v1519 = llvm.load %v43 : !llvm.ptr -> f32
                %v1520 = arith.mulf %v1519, %v1518 fastmath<contract> : f32
                %v1521 = arith.addf %v1517, %v1520 fastmath<contract> : f32
                llvm.store %v1521, %v41 : f32, !llvm.ptr
                %v1522 = arith.subi %size_L, %v2 : i64
                %v1523 = arith.cmpi eq, %v1490, %v1522 : i64
                scf.if %v1523 {
                }
                %v1524 = arith.mulf %v635, %v1504 fastmath<contract> : f32
                %v1525 = arith.select %v28, %v1524, %v56 : f32
                // sum over the warp's outer points: shuffles
                %v1526, %v1527 = gpu.shuffle xor %v1525, %v886, %v260 : f32
                %v1528 = arith.addf %v1525, %v1526 fastmath<contract> : f32
                %v1529, %v1530 = gpu.shuffle xor %v1528, %v890, %v260 : f32
                %v1531 = arith.addf %v1528, %v1529 fastmath<contract> : f32
                %v1532 = arith.divui %v14, %v16 : i64
                %v1533 = arith.remui %v14, %v16 : i64
                %v1534 = arith.cmpi ult, %v1533, %v23 : i64
                %v1535 = arith.addi %v58, %v24 : i64
                %v1536 = arith.muli %v1532, %v1 : i64
                %v1537 = arith.addi %v1536, %v1535 : i64
                %v1538 = arith.muli %v1537, %v900 : i64
                %v1539 = arith.addi %v1538, %v1489 : i64
                scf.if %v1534 {
                  %v1540 = llvm.getelementptr %v45[%v1539] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1531, %v1540 : f32, !llvm.ptr
                }
                %v1541 = arith.mulf %v660, %v1504 fastmath<contract> : f32
                %v1542 = arith.select %v28, %v1541, %v56 : f32
                // sum over the warp's outer points: shuffles
                %v1543, %v1544 = gpu.shuffle xor %v1542, %v886, %v260 : f32
                %v1545 = arith.addf %v1542, %v1543 fastmath<contract> : f32
                %v1546, %v1547 = gpu.shuffle xor %v1545, %v890, %v260 : f32
                %v1548 = arith.addf %v1545, %v1546 fastmath<contract> : f32
                %v1549 = arith.divui %v14, %v16 : i64
                %v1550 = arith.remui %v14, %v16 : i64
                %v1551 = arith.cmpi ult, %v1550, %v23 : i64
                %v1552 = arith.addi %v23, %v24 : i64
                %v1553 = arith.muli %v1549, %v1 : i64
                %v1554 = arith.addi %v1553, %v1552 : i64
                %v1555 = arith.muli %v1554, %v900 : i64
                %v1556 = arith.addi %v1555, %v1489 : i64
                scf.if %v1551 {
                  %v1557 = llvm.getelementptr %v45[%v1556] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1548, %v1557 : f32, !llvm.ptr
                }
                %v1558 = arith.muli %v38, %v286 : i64
                %v1559 = arith.muli %v1490, %v285 : i64
                %v1560 = arith.addi %v1558, %v1559 : i64
                %v1561 = arith.muli %v36, %v284 : i64
                %v1562 = arith.addi %v1560, %v1561 : i64
                %v1563 = arith.muli %v34, %v2 : i64
                %v1564 = arith.addi %v1562, %v1563 : i64
                %v1565 = llvm.getelementptr %in_v[%v1564] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1566 = llvm.load %v1565 : !llvm.ptr -> f32
                %v1567 = llvm.load %v40 : !llvm.ptr -> f32
                %v1568 = arith.mulf %v1566, %v1567 fastmath<contract> : f32
                %v1569 = arith.select %v28, %v1568, %v56 : f32
                // sum over the warp's outer points: shuffles
                %v1570, %v1571 = gpu.shuffle xor %v1569, %v886, %v260 : f32
                %v1572 = arith.addf %v1569, %v1570 fastmath<contract> : f32
                %v1573, %v1574 = gpu.shuffle xor %v1572, %v890, %v260 : f32
                %v1575 = arith.addf %v1572, %v1573 fastmath<contract> : f32
                %v1576 = arith.divui %v14, %v16 : i64
                %v1577 = arith.remui %v14, %v16 : i64
                %v1578 = arith.cmpi ult, %v1577, %v23 : i64
                %v1579 = arith.addi %v58, %v24 : i64
                %v1580 = arith.muli %v1576, %v1 : i64
                %v1581 = arith.addi %v1580, %v1579 : i64
                %v1582 = arith.muli %v1581, %v900 : i64
                %v1583 = arith.addi %v1582, %v1489 : i64
                scf.if %v1578 {
                  %v1584 = llvm.getelementptr %v47[%v1583] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1575, %v1584 : f32, !llvm.ptr
                }
                %v1585 = llvm.load %v41 : !llvm.ptr -> f32
                %v1586 = arith.mulf %v1566, %v1585 fastmath<contract> : f32
                %v1587 = arith.select %v28, %v1586, %v56 : f32
                // sum over the warp's outer points: shuffles
                %v1588, %v1589 = gpu.shuffle xor %v1587, %v886, %v260 : f32
                %v1590 = arith.addf %v1587, %v1588 fastmath<contract> : f32
                %v1591, %v1592 = gpu.shuffle xor %v1590, %v890, %v260 : f32
                %v1593 = arith.addf %v1590, %v1591 fastmath<contract> : f32
                %v1594 = arith.divui %v14, %v16 : i64
                %v1595 = arith.remui %v14, %v16 : i64
                %v1596 = arith.cmpi ult, %v1595, %v23 : i64
                %v1597 = arith.addi %v23, %v24 : i64
                %v1598 = arith.muli %v1594, %v1 : i64
                %v1599 = arith.addi %v1598, %v1597 : i64
                %v1600 = arith.muli %v1599, %v900 : i64
                %v1601 = arith.addi %v1600, %v1489 : i64
                scf.if %v1596 {
                  %v1602 = llvm.getelementptr %v47[%v1601] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1593, %v1602 : f32, !llvm.ptr
                }
                %v1603 = arith.muli %v24, %v141 : i64
                %v1604 = arith.subi %v1490, %v109 : i64
                %v1605 = arith.addi %v1603, %v1604 : i64
                %v1606 = llvm.getelementptr %v55[%v1605] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1607 = llvm.load %v1606 : !llvm.ptr -> f32
                %v1608 = arith.negf %v1607 : f32
                %v1609 = arith.mulf %v1608, %v270 fastmath<contract> : f32
                %v1610 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1609) : (f32) -> f32
                %v1611 = arith.addf %v57, %v1610 fastmath<contract> : f32
                %v1612 = arith.divf %v57, %v1611 : f32
                %v1613 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v1612) : (f32) -> f32
                %v1614 = arith.mulf %v976, %v1613 fastmath<contract> : f32
                %v1615 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1614) : (f32) -> f32
                %v1616 = arith.mulf %v576, %v1567 fastmath<contract> : f32
                %v1617 = arith.mulf %v275, %v1616 fastmath<contract> : f32
                %v1618 = arith.mulf %v1615, %v1617 fastmath<contract> : f32
                %v1619 = arith.subf %v57, %v1612 fastmath<contract> : f32
                %v1620 = arith.mulf %v1612, %v1619 fastmath<contract> : f32
                %v1621 = arith.mulf %v1618, %v1620 fastmath<contract> : f32
                %v1622 = arith.select %v28, %v1621, %v56 : f32
                // sum over the warp's outer points: shuffles
                %v1623, %v1624 = gpu.shuffle xor %v1622, %v886, %v260 : f32
                %v1625 = arith.addf %v1622, %v1623 fastmath<contract> : f32
                %v1626, %v1627 = gpu.shuffle xor %v1625, %v890, %v260 : f32
                %v1628 = arith.addf %v1625, %v1626 fastmath<contract> : f32
                %v1629 = arith.divui %v14, %v16 : i64
                %v1630 = arith.remui %v14, %v16 : i64
                %v1631 = arith.cmpi ult, %v1630, %v23 : i64
                %v1632 = arith.addi %v58, %v24 : i64
                %v1633 = arith.muli %v1629, %v1 : i64
                %v1634 = arith.addi %v1633, %v1632 : i64
                %v1635 = arith.muli %v1634, %v900 : i64
                %v1636 = arith.addi %v1635, %v1489 : i64
                scf.if %v1631 {
                  %v1637 = llvm.getelementptr %v49[%v1636] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1628, %v1637 : f32, !llvm.ptr
                }
                %v1638 = arith.constant 8 : i64
                %v1639 = arith.addi %v1638, %v24 : i64
                %v1640 = arith.muli %v1639, %v141 : i64
                %v1641 = arith.subi %v1490, %v109 : i64
                %v1642 = arith.addi %v1640, %v1641 : i64
                %v1643 = llvm.getelementptr %v55[%v1642] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1644 = llvm.load %v1643 : !llvm.ptr -> f32
                %v1645 = arith.negf %v1644 : f32
                %v1646 = arith.mulf %v1645, %v270 fastmath<contract> : f32
                %v1647 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1646) : (f32) -> f32
                %v1648 = arith.addf %v57, %v1647 fastmath<contract> : f32
                %v1649 = arith.divf %v57, %v1648 : f32
                %v1650 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v1649) : (f32) -> f32
                %v1651 = arith.mulf %v976, %v1650 fastmath<contract> : f32
                %v1652 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1651) : (f32) -> f32
                %v1653 = arith.mulf %v601, %v1585 fastmath<contract> : f32
                %v1654 = arith.mulf %v275, %v1653 fastmath<contract> : f32
                %v1655 = arith.mulf %v1652, %v1654 fastmath<contract> : f32
                %v1656 = arith.subf %v57, %v1649 fastmath<contract> : f32
                %v1657 = arith.mulf %v1649, %v1656 fastmath<contract> : f32
                %v1658 = arith.mulf %v1655, %v1657 fastmath<contract> : f32
                %v1659 = arith.select %v28, %v1658, %v56 : f32
                // sum over the warp's outer points: shuffles
                %v1660, %v1661 = gpu.shuffle xor %v1659, %v886, %v260 : f32
                %v1662 = arith.addf %v1659, %v1660 fastmath<contract> : f32
                %v1663, %v1664 = gpu.shuffle xor %v1662, %v890, %v260 : f32
                %v1665 = arith.addf %v1662, %v1663 fastmath<contract> : f32
                %v1666 = arith.divui %v14, %v16 : i64
                %v1667 = arith.remui %v14, %v16 : i64
                %v1668 = arith.cmpi ult, %v1667, %v23 : i64
                %v1669 = arith.addi %v23, %v24 : i64
                %v1670 = arith.muli %v1666, %v1 : i64
                %v1671 = arith.addi %v1670, %v1669 : i64
                %v1672 = arith.muli %v1671, %v900 : i64
                %v1673 = arith.addi %v1672, %v1489 : i64
                scf.if %v1668 {
                  %v1674 = llvm.getelementptr %v49[%v1673] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1665, %v1674 : f32, !llvm.ptr
                }
                %v1675 = arith.muli %v24, %v141 : i64
                %v1676 = arith.subi %v1490, %v109 : i64
                %v1677 = arith.addi %v1675, %v1676 : i64
                %v1678 = llvm.getelementptr %v53[%v1677] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1679 = llvm.load %v1678 : !llvm.ptr -> f32
                %v1680 = arith.mulf %v1679, %v1567 fastmath<contract> : f32
                %v1681 = arith.constant 8 : i64
                %v1682 = arith.addi %v1681, %v24 : i64
                %v1683 = arith.muli %v1682, %v141 : i64
                %v1684 = arith.subi %v1490, %v109 : i64
                %v1685 = arith.addi %v1683, %v1684 : i64
                %v1686 = llvm.getelementptr %v53[%v1685] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1687 = llvm.load %v1686 : !llvm.ptr -> f32
                %v1688 = arith.mulf %v1687, %v1585 fastmath<contract> : f32
                %v1689 = arith.addf %v1680, %v1688 fastmath<contract> : f32
                llvm.store %v1689, %v837 : f32, !llvm.ptr
                %v1690 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v1612) : (f32) -> f32
                %v1691 = arith.mulf %v275, %v1690 fastmath<contract> : f32
                %v1692 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1691) : (f32) -> f32
                llvm.store %v1692, %v42 : f32, !llvm.ptr
                %v1693 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v1649) : (f32) -> f32
                %v1694 = arith.mulf %v275, %v1693 fastmath<contract> : f32
                %v1695 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1694) : (f32) -> f32
                llvm.store %v1695, %v43 : f32, !llvm.ptr
              }
              %v1696 = llvm.load %v837 : !llvm.ptr -> f32
              %v1697 = arith.select %v840, %v1696, %v1486 : f32
              %v1698 = arith.select %v840, %v1486, %v1696 : f32
              %v1699, %v1700 = gpu.shuffle xor %v1697, %v1273, %v260 : f32
              %v1701 = arith.addf %v1698, %v1699 fastmath<contract> : f32
              %v1702 = arith.select %v843, %v1701, %v1276 : f32
              %v1703 = arith.select %v843, %v1276, %v1701 : f32
              %v1705, %v1706 = gpu.shuffle xor %v1702, %v1704, %v260 : f32
              %v1707 = arith.addf %v1703, %v1705 fastmath<contract> : f32
              %v1708 = arith.addi %v344, %v543 : i64
              %v1709 = arith.cmpi slt, %v1708, %v111 : i64
              %v1710 = arith.addi %v346, %v602 : i64
              llvm.store %v56, %v837 : f32, !llvm.ptr
              scf.if %v1709 {
                %v1711 = arith.addi %v109, %v1708 : i64
                %v1712 = arith.muli %v24, %v141 : i64
                %v1713 = arith.subi %v1711, %v109 : i64
                %v1714 = arith.addi %v1712, %v1713 : i64
                %v1715 = llvm.getelementptr %v51[%v1714] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1716 = llvm.load %v1715 : !llvm.ptr -> f32
                %v1717 = arith.muli %v38, %v286 : i64
                %v1718 = arith.muli %v1711, %v285 : i64
                %v1719 = arith.addi %v1717, %v1718 : i64
                %v1720 = arith.muli %v36, %v284 : i64
                %v1721 = arith.addi %v1719, %v1720 : i64
                %v1722 = arith.muli %v34, %v2 : i64
                %v1723 = arith.addi %v1721, %v1722 : i64
                %v1724 = llvm.getelementptr %dy_o[%v1723] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1725 = llvm.load %v1724 : !llvm.ptr -> f32
                %v1726 = arith.mulf %v1716, %v1725 fastmath<contract> : f32
                %v1727 = llvm.load %v40 : !llvm.ptr -> f32
                %v1728 = llvm.load %v42 : !llvm.ptr -> f32
                %v1729 = arith.mulf %v1728, %v1727 fastmath<contract> : f32
                %v1730 = arith.addf %v1726, %v1729 fastmath<contract> : f32
                llvm.store %v1730, %v40 : f32, !llvm.ptr
                %v1731 = arith.constant 8 : i64
                %v1732 = arith.addi %v1731, %v24 : i64
                %v1733 = arith.muli %v1732, %v141 : i64
                %v1734 = arith.subi %v1711, %v109 : i64
                %v1735 = arith.addi %v1733, %v1734 : i64
                %v1736 = llvm.getelementptr %v51[%v1735] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1737 = llvm.load %v1736 : !llvm.ptr -> f32
                %v1738 = arith.mulf %v1737, %v1725 fastmath<contract> : f32
                %v1739 = llvm.load %v41 : !llvm.ptr -> f32
                %v1740 = llvm.load %v43 : !llvm.ptr -> f32
                %v1741 = arith.mulf %v1740, %v1739 fastmath<contract> : f32
                %v1742 = arith.addf %v1738, %v1741 fastmath<contract> : f32
                llvm.store %v1742, %v41 : f32, !llvm.ptr
                %v1743 = arith.subi %size_L, %v2 : i64
                %v1744 = arith.cmpi eq, %v1711, %v1743 : i64
                scf.if %v1744 {
                }
                %v1745 = arith.mulf %v576, %v1725 fastmath<contract> : f32
                %v1746 = arith.select %v28, %v1745, %v56 : f32
                // sum over the warp's outer points: shuffles
                %v1747, %v1748 = gpu.shuffle xor %v1746, %v886, %v260 : f32
                %v1749 = arith.addf %v1746, %v1747 fastmath<contract> : f32
                %v1750, %v1751 = gpu.shuffle xor %v1749, %v890, %v260 : f32
                %v1752 = arith.addf %v1749, %v1750 fastmath<contract> : f32
                %v1753 = arith.divui %v14, %v16 : i64
                %v1754 = arith.remui %v14, %v16 : i64
                %v1755 = arith.cmpi ult, %v1754, %v23 : i64
                %v1756 = arith.addi %v58, %v24 : i64
                %v1757 = arith.muli %v1753, %v1 : i64
                %v1758 = arith.addi %v1757, %v1756 : i64
                %v1759 = arith.muli %v1758, %v900 : i64
                %v1760 = arith.addi %v1759, %v1710 : i64
                scf.if %v1755 {
                  %v1761 = llvm.getelementptr %v45[%v1760] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1752, %v1761 : f32, !llvm.ptr
                }
                %v1762 = arith.mulf %v601, %v1725 fastmath<contract> : f32
                %v1763 = arith.select %v28, %v1762, %v56 : f32
                // sum over the warp's outer points: shuffles
                %v1764, %v1765 = gpu.shuffle xor %v1763, %v886, %v260 : f32
                %v1766 = arith.addf %v1763, %v1764 fastmath<contract> : f32
                %v1767, %v1768 = gpu.shuffle xor %v1766, %v890, %v260 : f32
                %v1769 = arith.addf %v1766, %v1767 fastmath<contract> : f32
                %v1770 = arith.divui %v14, %v16 : i64
                %v1771 = arith.remui %v14, %v16 : i64
                %v1772 = arith.cmpi ult, %v1771, %v23 : i64
                %v1773 = arith.addi %v23, %v24 : i64
                %v1774 = arith.muli %v1770, %v1 : i64
                %v1775 = arith.addi %v1774, %v1773 : i64
                %v1776 = arith.muli %v1775, %v900 : i64
                %v1777 = arith.addi %v1776, %v1710 : i64
                scf.if %v1772 {
                  %v1778 = llvm.getelementptr %v45[%v1777] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1769, %v1778 : f32, !llvm.ptr
                }
                %v1779 = arith.muli %v38, %v286 : i64
                %v1780 = arith.muli %v1711, %v285 : i64
                %v1781 = arith.addi %v1779, %v1780 : i64
                %v1782 = arith.muli %v36, %v284 : i64
                %v1783 = arith.addi %v1781, %v1782 : i64
                %v1784 = arith.muli %v34, %v2 : i64
                %v1785 = arith.addi %v1783, %v1784 : i64
                %v1786 = llvm.getelementptr %in_v[%v1785] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1787 = llvm.load %v1786 : !llvm.ptr -> f32
                %v1788 = llvm.load %v40 : !llvm.ptr -> f32
                %v1789 = arith.mulf %v1787, %v1788 fastmath<contract> : f32
                %v1790 = arith.select %v28, %v1789, %v56 : f32
                // sum over the warp's outer points: shuffles
                %v1791, %v1792 = gpu.shuffle xor %v1790, %v886, %v260 : f32
                %v1793 = arith.addf %v1790, %v1791 fastmath<contract> : f32
                %v1794, %v1795 = gpu.shuffle xor %v1793, %v890, %v260 : f32
                %v1796 = arith.addf %v1793, %v1794 fastmath<contract> : f32
                %v1797 = arith.divui %v14, %v16 : i64
                %v1798 = arith.remui %v14, %v16 : i64
                %v1799 = arith.cmpi ult, %v1798, %v23 : i64
                %v1800 = arith.addi %v58, %v24 : i64
                %v1801 = arith.muli %v1797, %v1 : i64
                %v1802 = arith.addi %v1801, %v1800 : i64
                %v1803 = arith.muli %v1802, %v900 : i64
                %v1804 = arith.addi %v1803, %v1710 : i64
                scf.if %v1799 {
                  %v1805 = llvm.getelementptr %v47[%v1804] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1796, %v1805 : f32, !llvm.ptr
                }
                %v1806 = llvm.load %v41 : !llvm.ptr -> f32
                %v1807 = arith.mulf %v1787, %v1806 fastmath<contract> : f32
                %v1808 = arith.select %v28, %v1807, %v56 : f32
                // sum over the warp's outer points: shuffles
                %v1809, %v1810 = gpu.shuffle xor %v1808, %v886, %v260 : f32
                %v1811 = arith.addf %v1808, %v1809 fastmath<contract> : f32
                %v1812, %v1813 = gpu.shuffle xor %v1811, %v890, %v260 : f32
                %v1814 = arith.addf %v1811, %v1812 fastmath<contract> : f32
                %v1815 = arith.divui %v14, %v16 : i64
                %v1816 = arith.remui %v14, %v16 : i64
                %v1817 = arith.cmpi ult, %v1816, %v23 : i64
                %v1818 = arith.addi %v23, %v24 : i64
                %v1819 = arith.muli %v1815, %v1 : i64
                %v1820 = arith.addi %v1819, %v1818 : i64
                %v1821 = arith.muli %v1820, %v900 : i64
                %v1822 = arith.addi %v1821, %v1710 : i64
                scf.if %v1817 {
                  %v1823 = llvm.getelementptr %v47[%v1822] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1814, %v1823 : f32, !llvm.ptr
                }
                %v1824 = arith.muli %v24, %v141 : i64
                %v1825 = arith.subi %v1711, %v109 : i64
                %v1826 = arith.addi %v1824, %v1825 : i64
                %v1827 = llvm.getelementptr %v55[%v1826] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1828 = llvm.load %v1827 : !llvm.ptr -> f32
                %v1829 = arith.negf %v1828 : f32
                %v1830 = arith.mulf %v1829, %v270 fastmath<contract> : f32
                %v1831 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1830) : (f32) -> f32
                %v1832 = arith.addf %v57, %v1831 fastmath<contract> : f32
                %v1833 = arith.divf %v57, %v1832 : f32
                %v1834 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v1833) : (f32) -> f32
                %v1835 = arith.mulf %v976, %v1834 fastmath<contract> : f32
                %v1836 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1835) : (f32) -> f32
                %v1837 = arith.mulf %v517, %v1788 fastmath<contract> : f32
                %v1838 = arith.mulf %v275, %v1837 fastmath<contract> : f32
                %v1839 = arith.mulf %v1836, %v1838 fastmath<contract> : f32
                %v1840 = arith.subf %v57, %v1833 fastmath<contract> : f32
                %v1841 = arith.mulf %v1833, %v1840 fastmath<contract> : f32
                %v1842 = arith.mulf %v1839, %v1841 fastmath<contract> : f32
                %v1843 = arith.select %v28, %v1842, %v56 : f32
                // sum over the warp's outer points: shuffles
                %v1844, %v1845 = gpu.shuffle xor %v1843, %v886, %v260 : f32
                %v1846 = arith.addf %v1843, %v1844 fastmath<contract> : f32
                %v1847, %v1848 = gpu.shuffle xor %v1846, %v890, %v260 : f32
                %v1849 = arith.addf %v1846, %v1847 fastmath<contract> : f32
                %v1850 = arith.divui %v14, %v16 : i64
                %v1851 = arith.remui %v14, %v16 : i64
                %v1852 = arith.cmpi ult, %v1851, %v23 : i64
                %v1853 = arith.addi %v58, %v24 : i64
                %v1854 = arith.muli %v1850, %v1 : i64
                %v1855 = arith.addi %v1854, %v1853 : i64
                %v1856 = arith.muli %v1855, %v900 : i64
                %v1857 = arith.addi %v1856, %v1710 : i64
                scf.if %v1852 {
                  %v1858 = llvm.getelementptr %v49[%v1857] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1849, %v1858 : f32, !llvm.ptr
                }
                %v1859 = arith.constant 8 : i64
                %v1860 = arith.addi %v1859, %v24 : i64
                %v1861 = arith.muli %v1860, %v141 : i64
                %v1862 = arith.subi %v1711, %v109 : i64
                %v1863 = arith.addi %v1861, %v1862 : i64
                %v1864 = llvm.getelementptr %v55[%v1863] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1865 = llvm.load %v1864 : !llvm.ptr -> f32
                %v1866 = arith.negf %v1865 : f32
                %v1867 = arith.mulf %v1866, %v270 fastmath<contract> : f32
                %v1868 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1867) : (f32) -> f32
                %v1869 = arith.addf %v57, %v1868 fastmath<contract> : f32
                %v1870 = arith.divf %v57, %v1869 : f32
                %v1871 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v1870) : (f32) -> f32
                %v1872 = arith.mulf %v976, %v1871 fastmath<contract> : f32
                %v1873 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1872) : (f32) -> f32
                %v1874 = arith.mulf %v542, %v1806 fastmath<contract> : f32
                %v1875 = arith.mulf %v275, %v1874 fastmath<contract> : f32
                %v1876 = arith.mulf %v1873, %v1875 fastmath<contract> : f32
                %v1877 = arith.subf %v57, %v1870 fastmath<contract> : f32
                %v1878 = arith.mulf %v1870, %v1877 fastmath<contract> : f32
                %v1879 = arith.mulf %v1876, %v1878 fastmath<contract> : f32
                %v1880 = arith.select %v28, %v1879, %v56 : f32
                // sum over the warp's outer points: shuffles
                %v1881, %v1882 = gpu.shuffle xor %v1880, %v886, %v260 : f32
                %v1883 = arith.addf %v1880, %v1881 fastmath<contract> : f32
                %v1884, %v1885 = gpu.shuffle xor %v1883, %v890, %v260 : f32
                %v1886 = arith.addf %v1883, %v1884 fastmath<contract> : f32
                %v1887 = arith.divui %v14, %v16 : i64
                %v1888 = arith.remui %v14, %v16 : i64
                %v1889 = arith.cmpi ult, %v1888, %v23 : i64
                %v1890 = arith.addi %v23, %v24 : i64
                %v1891 = arith.muli %v1887, %v1 : i64
                %v1892 = arith.addi %v1891, %v1890 : i64
                %v1893 = arith.muli %v1892, %v900 : i64
                %v1894 = arith.addi %v1893, %v1710 : i64
                scf.if %v1889 {
                  %v1895 = llvm.getelementptr %v49[%v1894] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1886, %v1895 : f32, !llvm.ptr
                }
                %v1896 = arith.muli %v24, %v141 : i64
                %v1897 = arith.subi %v1711, %v109 : i64
                %v1898 = arith.addi %v1896, %v1897 : i64
                %v1899 = llvm.getelementptr %v53[%v1898] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1900 = llvm.load %v1899 : !llvm.ptr -> f32
                %v1901 = arith.mulf %v1900, %v1788 fastmath<contract> : f32
                %v1902 = arith.constant 8 : i64
                %v1903 = arith.addi %v1902, %v24 : i64
                %v1904 = arith.muli %v1903, %v141 : i64
                %v1905 = arith.subi %v1711, %v109 : i64
                %v1906 = arith.addi %v1904, %v1905 : i64
                %v1907 = llvm.getelementptr %v53[%v1906] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1908 = llvm.load %v1907 : !llvm.ptr -> f32
                %v1909 = arith.mulf %v1908, %v1806 fastmath<contract> : f32
                %v1910 = arith.addf %v1901, %v1909 fastmath<contract> : f32
                llvm.store %v1910, %v837 : f32, !llvm.ptr
                %v1911 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v1833) : (f32) -> f32
                %v1912 = arith.mulf %v275, %v1911 fastmath<contract> : f32
                %v1913 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1912) : (f32) -> f32
                llvm.store %v1913, %v42 : f32, !llvm.ptr
                %v1914 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v1870) : (f32) -> f32
                %v1915 = arith.mulf %v275, %v1914 fastmath<contract> : f32
                %v1916 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1915) : (f32) -> f32
                llvm.store %v1916, %v43 : f32, !llvm.ptr
              }
              %v1917 = llvm.load %v837 : !llvm.ptr -> f32
              %v1918 = arith.addi %v344, %v326 : i64
              %v1919 = arith.cmpi slt, %v1918, %v111 : i64
              %v1920 = arith.addi %v346, %v661 : i64
              llvm.store %v56, %v837 : f32, !llvm.ptr
              scf.if %v1919 {
                %v1921 = arith.addi %v109, %v1918 : i64
                %v1922 = arith.muli %v24, %v141 : i64
                %v1923 = arith.subi %v1921, %v109 : i64
                %v1924 = arith.addi %v1922, %v1923 : i64
                %v1925 = llvm.getelementptr %v51[%v1924] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1926 = llvm.load %v1925 : !llvm.ptr -> f32
                %v1927 = arith.muli %v38, %v286 : i64
                %v1928 = arith.muli %v1921, %v285 : i64
                %v1929 = arith.addi %v1927, %v1928 : i64
                %v1930 = arith.muli %v36, %v284 : i64
                %v1931 = arith.addi %v1929, %v1930 : i64
                %v1932 = arith.muli %v34, %v2 : i64
                %v1933 = arith.addi %v1931, %v1932 : i64
                %v1934 = llvm.getelementptr %dy_o[%v1933] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1935 = llvm.load %v1934 : !llvm.ptr -> f32
                %v1936 = arith.mulf %v1926, %v1935 fastmath<contract> : f32
                %v1937 = llvm.load %v40 : !llvm.ptr -> f32
                %v1938 = llvm.load %v42 : !llvm.ptr -> f32
                %v1939 = arith.mulf %v1938, %v1937 fastmath<contract> : f32
                %v1940 = arith.addf %v1936, %v1939 fastmath<contract> : f32
                llvm.store %v1940, %v40 : f32, !llvm.ptr
                %v1941 = arith.constant 8 : i64
                %v1942 = arith.addi %v1941, %v24 : i64
                %v1943 = arith.muli %v1942, %v141 : i64
                %v1944 = arith.subi %v1921, %v109 : i64
                %v1945 = arith.addi %v1943, %v1944 : i64
                %v1946 = llvm.getelementptr %v51[%v1945] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1947 = llvm.load %v1946 : !llvm.ptr -> f32
                %v1948 = arith.mulf %v1947, %v1935 fastmath<contract> : f32
                %v1949 = llvm.load %v41 : !llvm.ptr -> f32
                %v1950 = llvm.load %v43 : !llvm.ptr -> f32
                %v1951 = arith.mulf %v1950, %v1949 fastmath<contract> : f32
                %v1952 = arith.addf %v1948, %v1951 fastmath<contract> : f32
                llvm.store %v1952, %v41 : f32, !llvm.ptr
                %v1953 = arith.subi %size_L, %v2 : i64
                %v1954 = arith.cmpi eq, %v1921, %v1953 : i64
                scf.if %v1954 {
                }
                %v1955 = arith.mulf %v517, %v1935 fastmath<contract> : f32
                %v1956 = arith.select %v28, %v1955, %v56 : f32
                // sum over the warp's outer points: shuffles
                %v1957, %v1958 = gpu.shuffle xor %v1956, %v886, %v260 : f32
                %v1959 = arith.addf %v1956, %v1957 fastmath<contract> : f32
                %v1960, %v1961 = gpu.shuffle xor %v1959, %v890, %v260 : f32
                %v1962 = arith.addf %v1959, %v1960 fastmath<contract> : f32
                %v1963 = arith.divui %v14, %v16 : i64
                %v1964 = arith.remui %v14, %v16 : i64
                %v1965 = arith.cmpi ult, %v1964, %v23 : i64
                %v1966 = arith.addi %v58, %v24 : i64
                %v1967 = arith.muli %v1963, %v1 : i64
                %v1968 = arith.addi %v1967, %v1966 : i64
                %v1969 = arith.muli %v1968, %v900 : i64
                %v1970 = arith.addi %v1969, %v1920 : i64
                scf.if %v1965 {
                  %v1971 = llvm.getelementptr %v45[%v1970] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1962, %v1971 : f32, !llvm.ptr
                }
                %v1972 = arith.mulf %v542, %v1935 fastmath<contract> : f32
                %v1973 = arith.select %v28, %v1972, %v56 : f32
                // sum over the warp's outer points: shuffles
                %v1974, %v1975 = gpu.shuffle xor %v1973, %v886, %v260 : f32
                %v1976 = arith.addf %v1973, %v1974 fastmath<contract> : f32
                %v1977, %v1978 = gpu.shuffle xor %v1976, %v890, %v260 : f32
                %v1979 = arith.addf %v1976, %v1977 fastmath<contract> : f32
                %v1980 = arith.divui %v14, %v16 : i64
                %v1981 = arith.remui %v14, %v16 : i64
                %v1982 = arith.cmpi ult, %v1981, %v23 : i64
                %v1983 = arith.addi %v23, %v24 : i64
                %v1984 = arith.muli %v1980, %v1 : i64
                %v1985 = arith.addi %v1984, %v1983 : i64
                %v1986 = arith.muli %v1985, %v900 : i64
                %v1987 = arith.addi %v1986, %v1920 : i64
                scf.if %v1982 {
                  %v1988 = llvm.getelementptr %v45[%v1987] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1979, %v1988 : f32, !llvm.ptr
                }
                %v1989 = arith.muli %v38, %v286 : i64
                %v1990 = arith.muli %v1921, %v285 : i64
                %v1991 = arith.addi %v1989, %v1990 : i64
                %v1992 = arith.muli %v36, %v284 : i64
                %v1993 = arith.addi %v1991, %v1992 : i64
                %v1994 = arith.muli %v34, %v2 : i64
                %v1995 = arith.addi %v1993, %v1994 : i64
                %v1996 = llvm.getelementptr %in_v[%v1995] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1997 = llvm.load %v1996 : !llvm.ptr -> f32
                %v1998 = llvm.load %v40 : !llvm.ptr -> f32
                %v1999 = arith.mulf %v1997, %v1998 fastmath<contract> : f32
                %v2000 = arith.select %v28, %v1999, %v56 : f32
                // sum over the warp's outer points: shuffles
                %v2001, %v2002 = gpu.shuffle xor %v2000, %v886, %v260 : f32
                %v2003 = arith.addf %v2000, %v2001 fastmath<contract> : f32
                %v2004, %v2005 = gpu.shuffle xor %v2003, %v890, %v260 : f32
                %v2006 = arith.addf %v2003, %v2004 fastmath<contract> : f32
                %v2007 = arith.divui %v14, %v16 : i64
                %v2008 = arith.remui %v14, %v16 : i64
                %v2009 = arith.cmpi ult, %v2008, %v23 : i64
                %v2010 = arith.addi %v58, %v24 : i64
                %v2011 = arith.muli %v2007, %v1 : i64
                %v2012 = arith.addi %v2011, %v2010 : i64
                %v2013 = arith.muli %v2012, %v900 : i64
                %v2014 = arith.addi %v2013, %v1920 : i64
                scf.if %v2009 {
                  %v2015 = llvm.getelementptr %v47[%v2014] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2006, %v2015 : f32, !llvm.ptr
                }
                %v2016 = llvm.load %v41 : !llvm.ptr -> f32
                %v2017 = arith.mulf %v1997, %v2016 fastmath<contract> : f32
                %v2018 = arith.select %v28, %v2017, %v56 : f32
                // sum over the warp's outer points: shuffles
                %v2019, %v2020 = gpu.shuffle xor %v2018, %v886, %v260 : f32
                %v2021 = arith.addf %v2018, %v2019 fastmath<contract> : f32
                %v2022, %v2023 = gpu.shuffle xor %v2021, %v890, %v260 : f32
                %v2024 = arith.addf %v2021, %v2022 fastmath<contract> : f32
                %v2025 = arith.divui %v14, %v16 : i64
                %v2026 = arith.remui %v14, %v16 : i64
                %v2027 = arith.cmpi ult, %v2026, %v23 : i64
                %v2028 = arith.addi %v23, %v24 : i64
                %v2029 = arith.muli %v2025, %v1 : i64
                %v2030 = arith.addi %v2029, %v2028 : i64
                %v2031 = arith.muli %v2030, %v900 : i64
                %v2032 = arith.addi %v2031, %v1920 : i64
                scf.if %v2027 {
                  %v2033 = llvm.getelementptr %v47[%v2032] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2024, %v2033 : f32, !llvm.ptr
                }
                %v2034 = arith.muli %v24, %v141 : i64
                %v2035 = arith.subi %v1921, %v109 : i64
                %v2036 = arith.addi %v2034, %v2035 : i64
                %v2037 = llvm.getelementptr %v55[%v2036] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2038 = llvm.load %v2037 : !llvm.ptr -> f32
                %v2039 = arith.negf %v2038 : f32
                %v2040 = arith.mulf %v2039, %v270 fastmath<contract> : f32
                %v2041 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2040) : (f32) -> f32
                %v2042 = arith.addf %v57, %v2041 fastmath<contract> : f32
                %v2043 = arith.divf %v57, %v2042 : f32
                %v2044 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v2043) : (f32) -> f32
                %v2045 = arith.mulf %v976, %v2044 fastmath<contract> : f32
                %v2046 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2045) : (f32) -> f32
                %v2047 = arith.mulf %v459, %v1998 fastmath<contract> : f32
                %v2048 = arith.mulf %v275, %v2047 fastmath<contract> : f32
                %v2049 = arith.mulf %v2046, %v2048 fastmath<contract> : f32
                %v2050 = arith.subf %v57, %v2043 fastmath<contract> : f32
                %v2051 = arith.mulf %v2043, %v2050 fastmath<contract> : f32
                %v2052 = arith.mulf %v2049, %v2051 fastmath<contract> : f32
                %v2053 = arith.select %v28, %v2052, %v56 : f32
                // sum over the warp's outer points: shuffles
                %v2054, %v2055 = gpu.shuffle xor %v2053, %v886, %v260 : f32
                %v2056 = arith.addf %v2053, %v2054 fastmath<contract> : f32
                %v2057, %v2058 = gpu.shuffle xor %v2056, %v890, %v260 : f32
                %v2059 = arith.addf %v2056, %v2057 fastmath<contract> : f32
                %v2060 = arith.divui %v14, %v16 : i64
                %v2061 = arith.remui %v14, %v16 : i64
                %v2062 = arith.cmpi ult, %v2061, %v23 : i64
                %v2063 = arith.addi %v58, %v24 : i64
                %v2064 = arith.muli %v2060, %v1 : i64
                %v2065 = arith.addi %v2064, %v2063 : i64
                %v2066 = arith.muli %v2065, %v900 : i64
                %v2067 = arith.addi %v2066, %v1920 : i64
                scf.if %v2062 {
                  %v2068 = llvm.getelementptr %v49[%v2067] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2059, %v2068 : f32, !llvm.ptr
                }
                %v2069 = arith.constant 8 : i64
                %v2070 = arith.addi %v2069, %v24 : i64
                %v2071 = arith.muli %v2070, %v141 : i64
                %v2072 = arith.subi %v1921, %v109 : i64
                %v2073 = arith.addi %v2071, %v2072 : i64
                %v2074 = llvm.getelementptr %v55[%v2073] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2075 = llvm.load %v2074 : !llvm.ptr -> f32
                %v2076 = arith.negf %v2075 : f32
                %v2077 = arith.mulf %v2076, %v270 fastmath<contract> : f32
                %v2078 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2077) : (f32) -> f32
                %v2079 = arith.addf %v57, %v2078 fastmath<contract> : f32
                %v2080 = arith.divf %v57, %v2079 : f32
                %v2081 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v2080) : (f32) -> f32
                %v2082 = arith.mulf %v976, %v2081 fastmath<contract> : f32
                %v2083 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2082) : (f32) -> f32
                %v2084 = arith.mulf %v484, %v2016 fastmath<contract> : f32
                %v2085 = arith.mulf %v275, %v2084 fastmath<contract> : f32
                %v2086 = arith.mulf %v2083, %v2085 fastmath<contract> : f32
                %v2087 = arith.subf %v57, %v2080 fastmath<contract> : f32
                %v2088 = arith.mulf %v2080, %v2087 fastmath<contract> : f32
                %v2089 = arith.mulf %v2086, %v2088 fastmath<contract> : f32
                %v2090 = arith.select %v28, %v2089, %v56 : f32
                // sum over the warp's outer points: shuffles
                %v2091, %v2092 = gpu.shuffle xor %v2090, %v886, %v260 : f32
                %v2093 = arith.addf %v2090, %v2091 fastmath<contract> : f32
                %v2094, %v2095 = gpu.shuffle xor %v2093, %v890, %v260 : f32
                %v2096 = arith.addf %v2093, %v2094 fastmath<contract> : f32
                %v2097 = arith.divui %v14, %v16 : i64
                %v2098 = arith.remui %v14, %v16 : i64
                %v2099 = arith.cmpi ult, %v2098, %v23 : i64
                %v2100 = arith.addi %v23, %v24 : i64
                %v2101 = arith.muli %v2097, %v1 : i64
                %v2102 = arith.addi %v2101, %v2100 : i64
                %v2103 = arith.muli %v2102, %v900 : i64
                %v2104 = arith.addi %v2103, %v1920 : i64
                scf.if %v2099 {
                  %v2105 = llvm.getelementptr %v49[%v2104] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2096, %v2105 : f32, !llvm.ptr
                }
                %v2106 = arith.muli %v24, %v141 : i64
                %v2107 = arith.subi %v1921, %v109 : i64
                %v2108 = arith.addi %v2106, %v2107 : i64
                %v2109 = llvm.getelementptr %v53[%v2108] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2110 = llvm.load %v2109 : !llvm.ptr -> f32
                %v2111 = arith.mulf %v2110, %v1998 fastmath<contract> : f32
                %v2112 = arith.constant 8 : i64
                %v2113 = arith.addi %v2112, %v24 : i64
                %v2114 = arith.muli %v2113, %v141 : i64
                %v2115 = arith.subi %v1921, %v109 : i64
                %v2116 = arith.addi %v2114, %v2115 : i64
                %v2117 = llvm.getelementptr %v53[%v2116] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2118 = llvm.load %v2117 : !llvm.ptr -> f32
                %v2119 = arith.mulf %v2118, %v2016 fastmath<contract> : f32
                %v2120 = arith.addf %v2111, %v2119 fastmath<contract> : f32
                llvm.store %v2120, %v837 : f32, !llvm.ptr
                %v2121 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v2043) : (f32) -> f32
                %v2122 = arith.mulf %v275, %v2121 fastmath<contract> : f32
                %v2123 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2122) : (f32) -> f32
                llvm.store %v2123, %v42 : f32, !llvm.ptr
                %v2124 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v2080) : (f32) -> f32
                %v2125 = arith.mulf %v275, %v2124 fastmath<contract> : f32
                %v2126 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2125) : (f32) -> f32
                llvm.store %v2126, %v43 : f32, !llvm.ptr
              }
              %v2127 = llvm.load %v837 : !llvm.ptr -> f32
              %v2128 = arith.select %v840, %v2127, %v1917 : f32
              %v2129 = arith.select %v840, %v1917, %v2127 : f32
              %v2130, %v2131 = gpu.shuffle xor %v2128, %v1273, %v260 : f32
              %v2132 = arith.addf %v2129, %v2130 fastmath<contract> : f32
              %v2133 = arith.addi %v344, %v2 : i64
              %v2134 = arith.cmpi slt, %v2133, %v111 : i64
              %v2135 = arith.addi %v346, %v720 : i64
              llvm.store %v56, %v837 : f32, !llvm.ptr
              scf.if %v2134 {
                %v2136 = arith.addi %v109, %v2133 : i64
                %v2137 = arith.muli %v24, %v141 : i64
                %v2138 = arith.subi %v2136, %v109 : i64
                %v2139 = arith.addi %v2137, %v2138 : i64
                %v2140 = llvm.getelementptr %v51[%v2139] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2141 = llvm.load %v2140 : !llvm.ptr -> f32
                %v2142 = arith.muli %v38, %v286 : i64
                %v2143 = arith.muli %v2136, %v285 : i64
                %v2144 = arith.addi %v2142, %v2143 : i64
                %v2145 = arith.muli %v36, %v284 : i64
                %v2146 = arith.addi %v2144, %v2145 : i64
                %v2147 = arith.muli %v34, %v2 : i64
                %v2148 = arith.addi %v2146, %v2147 : i64
                %v2149 = llvm.getelementptr %dy_o[%v2148] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2150 = llvm.load %v2149 : !llvm.ptr -> f32
                %v2151 = arith.mulf %v2141, %v2150 fastmath<contract> : f32
                %v2152 = llvm.load %v40 : !llvm.ptr -> f32
                %v2153 = llvm.load %v42 : !llvm.ptr -> f32
                %v2154 = arith.mulf %v2153, %v2152 fastmath<contract> : f32
                %v2155 = arith.addf %v2151, %v2154 fastmath<contract> : f32
                llvm.store %v2155, %v40 : f32, !llvm.ptr
                %v2156 = arith.constant 8 : i64
                %v2157 = arith.addi %v2156, %v24 : i64
                %v2158 = arith.muli %v2157, %v141 : i64
                %v2159 = arith.subi %v2136, %v109 : i64
                %v2160 = arith.addi %v2158, %v2159 : i64
                %v2161 = llvm.getelementptr %v51[%v2160] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2162 = llvm.load %v2161 : !llvm.ptr -> f32
                %v2163 = arith.mulf %v2162, %v2150 fastmath<contract> : f32
                %v2164 = llvm.load %v41 : !llvm.ptr -> f32
                %v2165 = llvm.load %v43 : !llvm.ptr -> f32
                %v2166 = arith.mulf %v2165, %v2164 fastmath<contract> : f32
                %v2167 = arith.addf %v2163, %v2166 fastmath<contract> : f32
                llvm.store %v2167, %v41 : f32, !llvm.ptr
                %v2168 = arith.subi %size_L, %v2 : i64
                %v2169 = arith.cmpi eq, %v2136, %v2168 : i64
                scf.if %v2169 {
                }
                %v2170 = arith.mulf %v459, %v2150 fastmath<contract> : f32
                %v2171 = arith.select %v28, %v2170, %v56 : f32
                // sum over the warp's outer points: shuffles
                %v2172, %v2173 = gpu.shuffle xor %v2171, %v886, %v260 : f32
                %v2174 = arith.addf %v2171, %v2172 fastmath<contract> : f32
                %v2175, %v2176 = gpu.shuffle xor %v2174, %v890, %v260 : f32
                %v2177 = arith.addf %v2174, %v2175 fastmath<contract> : f32
                %v2178 = arith.divui %v14, %v16 : i64
                %v2179 = arith.remui %v14, %v16 : i64
                %v2180 = arith.cmpi ult, %v2179, %v23 : i64
                %v2181 = arith.addi %v58, %v24 : i64
                %v2182 = arith.muli %v2178, %v1 : i64
                %v2183 = arith.addi %v2182, %v2181 : i64
                %v2184 = arith.muli %v2183, %v900 : i64
                %v2185 = arith.addi %v2184, %v2135 : i64
                scf.if %v2180 {
                  %v2186 = llvm.getelementptr %v45[%v2185] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2177, %v2186 : f32, !llvm.ptr
                }
                %v2187 = arith.mulf %v484, %v2150 fastmath<contract> : f32
                %v2188 = arith.select %v28, %v2187, %v56 : f32
                // sum over the warp's outer points: shuffles
                %v2189, %v2190 = gpu.shuffle xor %v2188, %v886, %v260 : f32
                %v2191 = arith.addf %v2188, %v2189 fastmath<contract> : f32
                %v2192, %v2193 = gpu.shuffle xor %v2191, %v890, %v260 : f32
                %v2194 = arith.addf %v2191, %v2192 fastmath<contract> : f32
                %v2195 = arith.divui %v14, %v16 : i64
                %v2196 = arith.remui %v14, %v16 : i64
                %v2197 = arith.cmpi ult, %v2196, %v23 : i64
                %v2198 = arith.addi %v23, %v24 : i64
                %v2199 = arith.muli %v2195, %v1 : i64
                %v2200 = arith.addi %v2199, %v2198 : i64
                %v2201 = arith.muli %v2200, %v900 : i64
                %v2202 = arith.addi %v2201, %v2135 : i64
                scf.if %v2197 {
                  %v2203 = llvm.getelementptr %v45[%v2202] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2194, %v2203 : f32, !llvm.ptr
                }
                %v2204 = arith.muli %v38, %v286 : i64
                %v2205 = arith.muli %v2136, %v285 : i64
                %v2206 = arith.addi %v2204, %v2205 : i64
                %v2207 = arith.muli %v36, %v284 : i64
                %v2208 = arith.addi %v2206, %v2207 : i64
                %v2209 = arith.muli %v34, %v2 : i64
                %v2210 = arith.addi %v2208, %v2209 : i64
                %v2211 = llvm.getelementptr %in_v[%v2210] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2212 = llvm.load %v2211 : !llvm.ptr -> f32
                %v2213 = llvm.load %v40 : !llvm.ptr -> f32
                %v2214 = arith.mulf %v2212, %v2213 fastmath<contract> : f32
                %v2215 = arith.select %v28, %v2214, %v56 : f32
                // sum over the warp's outer points: shuffles
                %v2216, %v2217 = gpu.shuffle xor %v2215, %v886, %v260 : f32
                %v2218 = arith.addf %v2215, %v2216 fastmath<contract> : f32
                %v2219, %v2220 = gpu.shuffle xor %v2218, %v890, %v260 : f32
                %v2221 = arith.addf %v2218, %v2219 fastmath<contract> : f32
                %v2222 = arith.divui %v14, %v16 : i64
                %v2223 = arith.remui %v14, %v16 : i64
                %v2224 = arith.cmpi ult, %v2223, %v23 : i64
                %v2225 = arith.addi %v58, %v24 : i64
                %v2226 = arith.muli %v2222, %v1 : i64
                %v2227 = arith.addi %v2226, %v2225 : i64
                %v2228 = arith.muli %v2227, %v900 : i64
                %v2229 = arith.addi %v2228, %v2135 : i64
                scf.if %v2224 {
                  %v2230 = llvm.getelementptr %v47[%v2229] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2221, %v2230 : f32, !llvm.ptr
                }
                %v2231 = llvm.load %v41 : !llvm.ptr -> f32
                %v2232 = arith.mulf %v2212, %v2231 fastmath<contract> : f32
                %v2233 = arith.select %v28, %v2232, %v56 : f32
                // sum over the warp's outer points: shuffles
                %v2234, %v2235 = gpu.shuffle xor %v2233, %v886, %v260 : f32
                %v2236 = arith.addf %v2233, %v2234 fastmath<contract> : f32
                %v2237, %v2238 = gpu.shuffle xor %v2236, %v890, %v260 : f32
                %v2239 = arith.addf %v2236, %v2237 fastmath<contract> : f32
                %v2240 = arith.divui %v14, %v16 : i64
                %v2241 = arith.remui %v14, %v16 : i64
                %v2242 = arith.cmpi ult, %v2241, %v23 : i64
                %v2243 = arith.addi %v23, %v24 : i64
                %v2244 = arith.muli %v2240, %v1 : i64
                %v2245 = arith.addi %v2244, %v2243 : i64
                %v2246 = arith.muli %v2245, %v900 : i64
                %v2247 = arith.addi %v2246, %v2135 : i64
                scf.if %v2242 {
                  %v2248 = llvm.getelementptr %v47[%v2247] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2239, %v2248 : f32, !llvm.ptr
                }
                %v2249 = arith.muli %v24, %v141 : i64
                %v2250 = arith.subi %v2136, %v109 : i64
                %v2251 = arith.addi %v2249, %v2250 : i64
                %v2252 = llvm.getelementptr %v55[%v2251] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2253 = llvm.load %v2252 : !llvm.ptr -> f32
                %v2254 = arith.negf %v2253 : f32
                %v2255 = arith.mulf %v2254, %v270 fastmath<contract> : f32
                %v2256 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2255) : (f32) -> f32
                %v2257 = arith.addf %v57, %v2256 fastmath<contract> : f32
                %v2258 = arith.divf %v57, %v2257 : f32
                %v2259 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v2258) : (f32) -> f32
                %v2260 = arith.mulf %v976, %v2259 fastmath<contract> : f32
                %v2261 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2260) : (f32) -> f32
                %v2262 = arith.mulf %v401, %v2213 fastmath<contract> : f32
                %v2263 = arith.mulf %v275, %v2262 fastmath<contract> : f32
                %v2264 = arith.mulf %v2261, %v2263 fastmath<contract> : f32
                %v2265 = arith.subf %v57, %v2258 fastmath<contract> : f32
                %v2266 = arith.mulf %v2258, %v2265 fastmath<contract> : f32
                %v2267 = arith.mulf %v2264, %v2266 fastmath<contract> : f32
                %v2268 = arith.select %v28, %v2267, %v56 : f32
                // sum over the warp's outer points: shuffles
                %v2269, %v2270 = gpu.shuffle xor %v2268, %v886, %v260 : f32
                %v2271 = arith.addf %v2268, %v2269 fastmath<contract> : f32
                %v2272, %v2273 = gpu.shuffle xor %v2271, %v890, %v260 : f32
                %v2274 = arith.addf %v2271, %v2272 fastmath<contract> : f32
                %v2275 = arith.divui %v14, %v16 : i64
                %v2276 = arith.remui %v14, %v16 : i64
                %v2277 = arith.cmpi ult, %v2276, %v23 : i64
                %v2278 = arith.addi %v58, %v24 : i64
                %v2279 = arith.muli %v2275, %v1 : i64
                %v2280 = arith.addi %v2279, %v2278 : i64
                %v2281 = arith.muli %v2280, %v900 : i64
                %v2282 = arith.addi %v2281, %v2135 : i64
                scf.if %v2277 {
                  %v2283 = llvm.getelementptr %v49[%v2282] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2274, %v2283 : f32, !llvm.ptr
                }
                %v2284 = arith.constant 8 : i64
                %v2285 = arith.addi %v2284, %v24 : i64
                %v2286 = arith.muli %v2285, %v141 : i64
                %v2287 = arith.subi %v2136, %v109 : i64
                %v2288 = arith.addi %v2286, %v2287 : i64
                %v2289 = llvm.getelementptr %v55[%v2288] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2290 = llvm.load %v2289 : !llvm.ptr -> f32
                %v2291 = arith.negf %v2290 : f32
                %v2292 = arith.mulf %v2291, %v270 fastmath<contract> : f32
                %v2293 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2292) : (f32) -> f32
                %v2294 = arith.addf %v57, %v2293 fastmath<contract> : f32
                %v2295 = arith.divf %v57, %v2294 : f32
                %v2296 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v2295) : (f32) -> f32
                %v2297 = arith.mulf %v976, %v2296 fastmath<contract> : f32
                %v2298 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2297) : (f32) -> f32
                %v2299 = arith.mulf %v426, %v2231 fastmath<contract> : f32
                %v2300 = arith.mulf %v275, %v2299 fastmath<contract> : f32
                %v2301 = arith.mulf %v2298, %v2300 fastmath<contract> : f32
                %v2302 = arith.subf %v57, %v2295 fastmath<contract> : f32
                %v2303 = arith.mulf %v2295, %v2302 fastmath<contract> : f32
                %v2304 = arith.mulf %v2301, %v2303 fastmath<contract> : f32
                %v2305 = arith.select %v28, %v2304, %v56 : f32
                // sum over the warp's outer points: shuffles
                %v2306, %v2307 = gpu.shuffle xor %v2305, %v886, %v260 : f32
                %v2308 = arith.addf %v2305, %v2306 fastmath<contract> : f32
                %v2309, %v2310 = gpu.shuffle xor %v2308, %v890, %v260 : f32
                %v2311 = arith.addf %v2308, %v2309 fastmath<contract> : f32
                %v2312 = arith.divui %v14, %v16 : i64
                %v2313 = arith.remui %v14, %v16 : i64
                %v2314 = arith.cmpi ult, %v2313, %v23 : i64
                %v2315 = arith.addi %v23, %v24 : i64
                %v2316 = arith.muli %v2312, %v1 : i64
                %v2317 = arith.addi %v2316, %v2315 : i64
                %v2318 = arith.muli %v2317, %v900 : i64
                %v2319 = arith.addi %v2318, %v2135 : i64
                scf.if %v2314 {
                  %v2320 = llvm.getelementptr %v49[%v2319] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2311, %v2320 : f32, !llvm.ptr
                }
                %v2321 = arith.muli %v24, %v141 : i64
                %v2322 = arith.subi %v2136, %v109 : i64
                %v2323 = arith.addi %v2321, %v2322 : i64
                %v2324 = llvm.getelementptr %v53[%v2323] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2325 = llvm.load %v2324 : !llvm.ptr -> f32
                %v2326 = arith.mulf %v2325, %v2213 fastmath<contract> : f32
                %v2327 = arith.constant 8 : i64
                %v2328 = arith.addi %v2327, %v24 : i64
                %v2329 = arith.muli %v2328, %v141 : i64
                %v2330 = arith.subi %v2136, %v109 : i64
                %v2331 = arith.addi %v2329, %v2330 : i64
                %v2332 = llvm.getelementptr %v53[%v2331] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2333 = llvm.load %v2332 : !llvm.ptr -> f32
                %v2334 = arith.mulf %v2333, %v2231 fastmath<contract> : f32
                %v2335 = arith.addf %v2326, %v2334 fastmath<contract> : f32
                llvm.store %v2335, %v837 : f32, !llvm.ptr
                %v2336 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v2258) : (f32) -> f32
                %v2337 = arith.mulf %v275, %v2336 fastmath<contract> : f32
                %v2338 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2337) : (f32) -> f32
                llvm.store %v2338, %v42 : f32, !llvm.ptr
                %v2339 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v2295) : (f32) -> f32
                %v2340 = arith.mulf %v275, %v2339 fastmath<contract> : f32
                %v2341 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2340) : (f32) -> f32
                llvm.store %v2341, %v43 : f32, !llvm.ptr
              }
              %v2342 = llvm.load %v837 : !llvm.ptr -> f32
              %v2343 = arith.addi %v344, %v58 : i64
              %v2344 = arith.cmpi slt, %v2343, %v111 : i64
              %v2345 = arith.addi %v346, %v61 : i64
              llvm.store %v56, %v837 : f32, !llvm.ptr
              scf.if %v2344 {
                %v2346 = arith.addi %v109, %v2343 : i64
                %v2347 = arith.muli %v24, %v141 : i64
                %v2348 = arith.subi %v2346, %v109 : i64
                %v2349 = arith.addi %v2347, %v2348 : i64
                %v2350 = llvm.getelementptr %v51[%v2349] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2351 = llvm.load %v2350 : !llvm.ptr -> f32
                %v2352 = arith.muli %v38, %v286 : i64
                %v2353 = arith.muli %v2346, %v285 : i64
                %v2354 = arith.addi %v2352, %v2353 : i64
                %v2355 = arith.muli %v36, %v284 : i64
                %v2356 = arith.addi %v2354, %v2355 : i64
                %v2357 = arith.muli %v34, %v2 : i64
                %v2358 = arith.addi %v2356, %v2357 : i64
                %v2359 = llvm.getelementptr %dy_o[%v2358] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2360 = llvm.load %v2359 : !llvm.ptr -> f32
                %v2361 = arith.mulf %v2351, %v2360 fastmath<contract> : f32
                %v2362 = llvm.load %v40 : !llvm.ptr -> f32
                %v2363 = llvm.load %v42 : !llvm.ptr -> f32
                %v2364 = arith.mulf %v2363, %v2362 fastmath<contract> : f32
                %v2365 = arith.addf %v2361, %v2364 fastmath<contract> : f32
                llvm.store %v2365, %v40 : f32, !llvm.ptr
                %v2366 = arith.constant 8 : i64
                %v2367 = arith.addi %v2366, %v24 : i64
                %v2368 = arith.muli %v2367, %v141 : i64
                %v2369 = arith.subi %v2346, %v109 : i64
                %v2370 = arith.addi %v2368, %v2369 : i64
                %v2371 = llvm.getelementptr %v51[%v2370] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2372 = llvm.load %v2371 : !llvm.ptr -> f32
                %v2373 = arith.mulf %v2372, %v2360 fastmath<contract> : f32
                %v2374 = llvm.load %v41 : !llvm.ptr -> f32
                %v2375 = llvm.load %v43 : !llvm.ptr -> f32
                %v2376 = arith.mulf %v2375, %v2374 fastmath<contract> : f32
                %v2377 = arith.addf %v2373, %v2376 fastmath<contract> : f32
                llvm.store %v2377, %v41 : f32, !llvm.ptr
                %v2378 = arith.subi %size_L, %v2 : i64
                %v2379 = arith.cmpi eq, %v2346, %v2378 : i64
                scf.if %v2379 {
                }
                %v2380 = arith.mulf %v401, %v2360 fastmath<contract> : f32
                %v2381 = arith.select %v28, %v2380, %v56 : f32
                // sum over the warp's outer points: shuffles
                %v2382, %v2383 = gpu.shuffle xor %v2381, %v886, %v260 : f32
                %v2384 = arith.addf %v2381, %v2382 fastmath<contract> : f32
                %v2385, %v2386 = gpu.shuffle xor %v2384, %v890, %v260 : f32
                %v2387 = arith.addf %v2384, %v2385 fastmath<contract> : f32
                %v2388 = arith.divui %v14, %v16 : i64
                %v2389 = arith.remui %v14, %v16 : i64
                %v2390 = arith.cmpi ult, %v2389, %v23 : i64
                %v2391 = arith.addi %v58, %v24 : i64
                %v2392 = arith.muli %v2388, %v1 : i64
                %v2393 = arith.addi %v2392, %v2391 : i64
                %v2394 = arith.muli %v2393, %v900 : i64
                %v2395 = arith.addi %v2394, %v2345 : i64
                scf.if %v2390 {
                  %v2396 = llvm.getelementptr %v45[%v2395] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2387, %v2396 : f32, !llvm.ptr
                }
                %v2397 = arith.mulf %v426, %v2360 fastmath<contract> : f32
                %v2398 = arith.select %v28, %v2397, %v56 : f32
                // sum over the warp's outer points: shuffles
                %v2399, %v2400 = gpu.shuffle xor %v2398, %v886, %v260 : f32
                %v2401 = arith.addf %v2398, %v2399 fastmath<contract> : f32
                %v2402, %v2403 = gpu.shuffle xor %v2401, %v890, %v260 : f32
                %v2404 = arith.addf %v2401, %v2402 fastmath<contract> : f32
                %v2405 = arith.divui %v14, %v16 : i64
                %v2406 = arith.remui %v14, %v16 : i64
                %v2407 = arith.cmpi ult, %v2406, %v23 : i64
                %v2408 = arith.addi %v23, %v24 : i64
                %v2409 = arith.muli %v2405, %v1 : i64
                %v2410 = arith.addi %v2409, %v2408 : i64
                %v2411 = arith.muli %v2410, %v900 : i64
                %v2412 = arith.addi %v2411, %v2345 : i64
                scf.if %v2407 {
                  %v2413 = llvm.getelementptr %v45[%v2412] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2404, %v2413 : f32, !llvm.ptr
                }
                %v2414 = arith.muli %v38, %v286 : i64
                %v2415 = arith.muli %v2346, %v285 : i64
                %v2416 = arith.addi %v2414, %v2415 : i64
                %v2417 = arith.muli %v36, %v284 : i64
                %v2418 = arith.addi %v2416, %v2417 : i64
                %v2419 = arith.muli %v34, %v2 : i64
                %v2420 = arith.addi %v2418, %v2419 : i64
                %v2421 = llvm.getelementptr %in_v[%v2420] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2422 = llvm.load %v2421 : !llvm.ptr -> f32
                %v2423 = llvm.load %v40 : !llvm.ptr -> f32
                %v2424 = arith.mulf %v2422, %v2423 fastmath<contract> : f32
                %v2425 = arith.select %v28, %v2424, %v56 : f32
                // sum over the warp's outer points: shuffles
                %v2426, %v2427 = gpu.shuffle xor %v2425, %v886, %v260 : f32
                %v2428 = arith.addf %v2425, %v2426 fastmath<contract> : f32
                %v2429, %v2430 = gpu.shuffle xor %v2428, %v890, %v260 : f32
                %v2431 = arith.addf %v2428, %v2429 fastmath<contract> : f32
                %v2432 = arith.divui %v14, %v16 : i64
                %v2433 = arith.remui %v14, %v16 : i64
                %v2434 = arith.cmpi ult, %v2433, %v23 : i64
                %v2435 = arith.addi %v58, %v24 : i64
                %v2436 = arith.muli %v2432, %v1 : i64
                %v2437 = arith.addi %v2436, %v2435 : i64
                %v2438 = arith.muli %v2437, %v900 : i64
                %v2439 = arith.addi %v2438, %v2345 : i64
                scf.if %v2434 {
                  %v2440 = llvm.getelementptr %v47[%v2439] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2431, %v2440 : f32, !llvm.ptr
                }
                %v2441 = llvm.load %v41 : !llvm.ptr -> f32
                %v2442 = arith.mulf %v2422, %v2441 fastmath<contract> : f32
                %v2443 = arith.select %v28, %v2442, %v56 : f32
                // sum over the warp's outer points: shuffles
                %v2444, %v2445 = gpu.shuffle xor %v2443, %v886, %v260 : f32
                %v2446 = arith.addf %v2443, %v2444 fastmath<contract> : f32
                %v2447, %v2448 = gpu.shuffle xor %v2446, %v890, %v260 : f32
                %v2449 = arith.addf %v2446, %v2447 fastmath<contract> : f32
                %v2450 = arith.divui %v14, %v16 : i64
                %v2451 = arith.remui %v14, %v16 : i64
                %v2452 = arith.cmpi ult, %v2451, %v23 : i64
                %v2453 = arith.addi %v23, %v24 : i64
                %v2454 = arith.muli %v2450, %v1 : i64
                %v2455 = arith.addi %v2454, %v2453 : i64
                %v2456 = arith.muli %v2455, %v900 : i64
                %v2457 = arith.addi %v2456, %v2345 : i64
                scf.if %v2452 {
                  %v2458 = llvm.getelementptr %v47[%v2457] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2449, %v2458 : f32, !llvm.ptr
                }
                %v2459 = arith.muli %v24, %v141 : i64
                %v2460 = arith.subi %v2346, %v109 : i64
                %v2461 = arith.addi %v2459, %v2460 : i64
                %v2462 = llvm.getelementptr %v55[%v2461] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2463 = llvm.load %v2462 : !llvm.ptr -> f32
                %v2464 = arith.negf %v2463 : f32
                %v2465 = arith.mulf %v2464, %v270 fastmath<contract> : f32
                %v2466 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2465) : (f32) -> f32
                %v2467 = arith.addf %v57, %v2466 fastmath<contract> : f32
                %v2468 = arith.divf %v57, %v2467 : f32
                %v2469 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v2468) : (f32) -> f32
                %v2470 = arith.mulf %v976, %v2469 fastmath<contract> : f32
                %v2471 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2470) : (f32) -> f32
                %v2472 = arith.mulf %v356, %v2423 fastmath<contract> : f32
                %v2473 = arith.mulf %v275, %v2472 fastmath<contract> : f32
                %v2474 = arith.mulf %v2471, %v2473 fastmath<contract> : f32
                %v2475 = arith.subf %v57, %v2468 fastmath<contract> : f32
                %v2476 = arith.mulf %v2468, %v2475 fastmath<contract> : f32
                %v2477 = arith.mulf %v2474, %v2476 fastmath<contract> : f32
                %v2478 = arith.select %v28, %v2477, %v56 : f32
                // sum over the warp's outer points: shuffles
                %v2479, %v2480 = gpu.shuffle xor %v2478, %v886, %v260 : f32
                %v2481 = arith.addf %v2478, %v2479 fastmath<contract> : f32
                %v2482, %v2483 = gpu.shuffle xor %v2481, %v890, %v260 : f32
                %v2484 = arith.addf %v2481, %v2482 fastmath<contract> : f32
                %v2485 = arith.divui %v14, %v16 : i64
                %v2486 = arith.remui %v14, %v16 : i64
                %v2487 = arith.cmpi ult, %v2486, %v23 : i64
                %v2488 = arith.addi %v58, %v24 : i64
                %v2489 = arith.muli %v2485, %v1 : i64
                %v2490 = arith.addi %v2489, %v2488 : i64
                %v2491 = arith.muli %v2490, %v900 : i64
                %v2492 = arith.addi %v2491, %v2345 : i64
                scf.if %v2487 {
                  %v2493 = llvm.getelementptr %v49[%v2492] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2484, %v2493 : f32, !llvm.ptr
                }
                %v2494 = arith.constant 8 : i64
                %v2495 = arith.addi %v2494, %v24 : i64
                %v2496 = arith.muli %v2495, %v141 : i64
                %v2497 = arith.subi %v2346, %v109 : i64
                %v2498 = arith.addi %v2496, %v2497 : i64
                %v2499 = llvm.getelementptr %v55[%v2498] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2500 = llvm.load %v2499 : !llvm.ptr -> f32
                %v2501 = arith.negf %v2500 : f32
                %v2502 = arith.mulf %v2501, %v270 fastmath<contract> : f32
                %v2503 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2502) : (f32) -> f32
                %v2504 = arith.addf %v57, %v2503 fastmath<contract> : f32
                %v2505 = arith.divf %v57, %v2504 : f32
                %v2506 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v2505) : (f32) -> f32
                %v2507 = arith.mulf %v976, %v2506 fastmath<contract> : f32
                %v2508 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2507) : (f32) -> f32
                %v2509 = arith.mulf %v365, %v2441 fastmath<contract> : f32
                %v2510 = arith.mulf %v275, %v2509 fastmath<contract> : f32
                %v2511 = arith.mulf %v2508, %v2510 fastmath<contract> : f32
                %v2512 = arith.subf %v57, %v2505 fastmath<contract> : f32
                %v2513 = arith.mulf %v2505, %v2512 fastmath<contract> : f32
                %v2514 = arith.mulf %v2511, %v2513 fastmath<contract> : f32
                %v2515 = arith.select %v28, %v2514, %v56 : f32
                // sum over the warp's outer points: shuffles
                %v2516, %v2517 = gpu.shuffle xor %v2515, %v886, %v260 : f32
                %v2518 = arith.addf %v2515, %v2516 fastmath<contract> : f32
                %v2519, %v2520 = gpu.shuffle xor %v2518, %v890, %v260 : f32
                %v2521 = arith.addf %v2518, %v2519 fastmath<contract> : f32
                %v2522 = arith.divui %v14, %v16 : i64
                %v2523 = arith.remui %v14, %v16 : i64
                %v2524 = arith.cmpi ult, %v2523, %v23 : i64
                %v2525 = arith.addi %v23, %v24 : i64
                %v2526 = arith.muli %v2522, %v1 : i64
                %v2527 = arith.addi %v2526, %v2525 : i64
                %v2528 = arith.muli %v2527, %v900 : i64
                %v2529 = arith.addi %v2528, %v2345 : i64
                scf.if %v2524 {
                  %v2530 = llvm.getelementptr %v49[%v2529] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2521, %v2530 : f32, !llvm.ptr
                }
                %v2531 = arith.muli %v24, %v141 : i64
                %v2532 = arith.subi %v2346, %v109 : i64
                %v2533 = arith.addi %v2531, %v2532 : i64
                %v2534 = llvm.getelementptr %v53[%v2533] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2535 = llvm.load %v2534 : !llvm.ptr -> f32
                %v2536 = arith.mulf %v2535, %v2423 fastmath<contract> : f32
                %v2537 = arith.constant 8 : i64
                %v2538 = arith.addi %v2537, %v24 : i64
                %v2539 = arith.muli %v2538, %v141 : i64
                %v2540 = arith.subi %v2346, %v109 : i64
                %v2541 = arith.addi %v2539, %v2540 : i64
                %v2542 = llvm.getelementptr %v53[%v2541] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2543 = llvm.load %v2542 : !llvm.ptr -> f32
                %v2544 = arith.mulf %v2543, %v2441 fastmath<contract> : f32
                %v2545 = arith.addf %v2536, %v2544 fastmath<contract> : f32
                llvm.store %v2545, %v837 : f32, !llvm.ptr
                %v2546 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v2468) : (f32) -> f32
                %v2547 = arith.mulf %v275, %v2546 fastmath<contract> : f32
                %v2548 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2547) : (f32) -> f32
                llvm.store %v2548, %v42 : f32, !llvm.ptr
                %v2549 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v2505) : (f32) -> f32
                %v2550 = arith.mulf %v275, %v2549 fastmath<contract> : f32
                %v2551 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2550) : (f32) -> f32
                llvm.store %v2551, %v43 : f32, !llvm.ptr
              }
              %v2552 = llvm.load %v837 : !llvm.ptr -> f32
              %v2553 = arith.select %v840, %v2552, %v2342 : f32
              %v2554 = arith.select %v840, %v2342, %v2552 : f32
              %v2555, %v2556 = gpu.shuffle xor %v2553, %v1273, %v260 : f32
              %v2557 = arith.addf %v2554, %v2555 fastmath<contract> : f32
              %v2558 = arith.select %v843, %v2557, %v2132 : f32
              %v2559 = arith.select %v843, %v2132, %v2557 : f32
              %v2560, %v2561 = gpu.shuffle xor %v2558, %v1704, %v260 : f32
              %v2562 = arith.addf %v2559, %v2560 fastmath<contract> : f32
              %v2563 = arith.select %v846, %v2562, %v1707 : f32
              %v2564 = arith.select %v846, %v1707, %v2562 : f32
              %v2566, %v2567 = gpu.shuffle xor %v2563, %v2565, %v260 : f32
              %v2568 = arith.addf %v2564, %v2566 fastmath<contract> : f32
              %v2569 = arith.addi %v344, %v24 : i64
              %v2570 = arith.cmpi slt, %v2569, %v111 : i64
              %v2571 = arith.andi %v28, %v2570 : i1
              scf.if %v2571 {
                %v2572 = arith.addi %v109, %v2569 : i64
                // the gradients of this lane's own step
                %v2573 = arith.muli %v38, %v286 : i64
                %v2574 = arith.muli %v2572, %v285 : i64
                %v2575 = arith.addi %v2573, %v2574 : i64
                %v2576 = arith.muli %v36, %v284 : i64
                %v2577 = arith.addi %v2575, %v2576 : i64
                %v2578 = arith.muli %v34, %v2 : i64
                %v2579 = arith.addi %v2577, %v2578 : i64
                %v2580 = llvm.getelementptr %dx_v[%v2579] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                llvm.store %v2568, %v2580 : f32, !llvm.ptr
              }
            }
          }
          gpu.barrier
          %v2585 = arith.index_cast %v14 : i64 to index
          %v2586 = arith.index_cast %v117 : i64 to index
          %v2587 = arith.index_cast %v117 : i64 to index
          scf.for %v2588 = %v2585 to %v2586 step %v2587 {
            %v2589 = arith.index_cast %v2588 : index to i64
            %v2590 = arith.remui %v2589, %v1 : i64
            %v2591 = arith.divui %v2589, %v1 : i64
            %v2592 = arith.muli %v333, %v326 : i64
            %v2593 = arith.divui %v2590, %v23 : i64
            %v2594 = arith.addi %v2592, %v2593 : i64
            %v2595 = arith.cmpi slt, %v2594, %v114 : i64
            %v2596 = arith.subi %v114, %v2 : i64
            %v2597 = arith.subi %v2596, %v2594 : i64
            %v2598 = arith.remui %v2590, %v23 : i64
            %v2599 = arith.subi %v61, %v2598 : i64
            %v2600 = arith.muli %v2597, %v23 : i64
            %v2601 = arith.addi %v2600, %v2599 : i64
            %v2602 = arith.cmpi slt, %v2601, %v111 : i64
            %v2603 = arith.andi %v2595, %v2602 : i1
            scf.if %v2603 {
              %v2604 = arith.addi %v109, %v2601 : i64
              %v2605 = arith.muli %v58, %v1 : i64
              %v2606 = arith.addi %v2605, %v2591 : i64
              %v2607 = arith.muli %v2606, %v900 : i64
              %v2608 = arith.addi %v2607, %v2590 : i64
              %v2609 = llvm.getelementptr %v45[%v2608] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2610 = llvm.load %v2609 : !llvm.ptr -> f32
              %v2611 = arith.muli %v2, %v1 : i64
              %v2612 = arith.addi %v2611, %v2591 : i64
              %v2613 = arith.muli %v2612, %v900 : i64
              %v2614 = arith.addi %v2613, %v2590 : i64
              %v2615 = llvm.getelementptr %v45[%v2614] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2616 = llvm.load %v2615 : !llvm.ptr -> f32
              %v2617 = arith.addf %v2610, %v2616 fastmath<contract> : f32
              %v2618 = arith.muli %v326, %v1 : i64
              %v2619 = arith.addi %v2618, %v2591 : i64
              %v2620 = arith.muli %v2619, %v900 : i64
              %v2621 = arith.addi %v2620, %v2590 : i64
              %v2622 = llvm.getelementptr %v45[%v2621] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2623 = llvm.load %v2622 : !llvm.ptr -> f32
              %v2624 = arith.addf %v2617, %v2623 fastmath<contract> : f32
              %v2625 = arith.muli %v543, %v1 : i64
              %v2626 = arith.addi %v2625, %v2591 : i64
              %v2627 = arith.muli %v2626, %v900 : i64
              %v2628 = arith.addi %v2627, %v2590 : i64
              %v2629 = llvm.getelementptr %v45[%v2628] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2630 = llvm.load %v2629 : !llvm.ptr -> f32
              %v2631 = arith.addf %v2624, %v2630 fastmath<contract> : f32
              %v2632 = arith.muli %v602, %v1 : i64
              %v2633 = arith.addi %v2632, %v2591 : i64
              %v2634 = arith.muli %v2633, %v900 : i64
              %v2635 = arith.addi %v2634, %v2590 : i64
              %v2636 = llvm.getelementptr %v45[%v2635] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2637 = llvm.load %v2636 : !llvm.ptr -> f32
              %v2638 = arith.addf %v2631, %v2637 fastmath<contract> : f32
              %v2639 = arith.muli %v661, %v1 : i64
              %v2640 = arith.addi %v2639, %v2591 : i64
              %v2641 = arith.muli %v2640, %v900 : i64
              %v2642 = arith.addi %v2641, %v2590 : i64
              %v2643 = llvm.getelementptr %v45[%v2642] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2644 = llvm.load %v2643 : !llvm.ptr -> f32
              %v2645 = arith.addf %v2638, %v2644 fastmath<contract> : f32
              %v2646 = arith.muli %v720, %v1 : i64
              %v2647 = arith.addi %v2646, %v2591 : i64
              %v2648 = arith.muli %v2647, %v900 : i64
              %v2649 = arith.addi %v2648, %v2590 : i64
              %v2650 = llvm.getelementptr %v45[%v2649] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2651 = llvm.load %v2650 : !llvm.ptr -> f32
              %v2652 = arith.addf %v2645, %v2651 fastmath<contract> : f32
              %v2653 = arith.muli %v61, %v1 : i64
              %v2654 = arith.addi %v2653, %v2591 : i64
              %v2655 = arith.muli %v2654, %v900 : i64
              %v2656 = arith.addi %v2655, %v2590 : i64
              %v2657 = llvm.getelementptr %v45[%v2656] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2658 = llvm.load %v2657 : !llvm.ptr -> f32
              %v2659 = arith.addf %v2652, %v2658 fastmath<contract> : f32
              %v2660 = arith.remui %v2591, %v1 : i64
              %v2661 = arith.divui %v2591, %v1 : i64
              %v2662 = arith.muli %v38, %v131 : i64
              %v2663 = arith.muli %v2604, %v130 : i64
              %v2664 = arith.addi %v2662, %v2663 : i64
              %v2665 = arith.muli %v36, %v129 : i64
              %v2666 = arith.addi %v2664, %v2665 : i64
              %v2667 = arith.muli %v2660, %v2 : i64
              %v2668 = arith.addi %v2666, %v2667 : i64
              %v2669 = arith.muli %v22, %v2584 : i64
              %v2670 = arith.addi %v2669, %v2668 : i64
              %v2671 = llvm.getelementptr %part_q[%v2670] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v2659, %v2671 : f32, !llvm.ptr
            }
          }
          %v2676 = arith.index_cast %v14 : i64 to index
          %v2677 = arith.index_cast %v117 : i64 to index
          %v2678 = arith.index_cast %v117 : i64 to index
          scf.for %v2679 = %v2676 to %v2677 step %v2678 {
            %v2680 = arith.index_cast %v2679 : index to i64
            %v2681 = arith.remui %v2680, %v1 : i64
            %v2682 = arith.divui %v2680, %v1 : i64
            %v2683 = arith.muli %v333, %v326 : i64
            %v2684 = arith.divui %v2681, %v23 : i64
            %v2685 = arith.addi %v2683, %v2684 : i64
            %v2686 = arith.cmpi slt, %v2685, %v114 : i64
            %v2687 = arith.subi %v114, %v2 : i64
            %v2688 = arith.subi %v2687, %v2685 : i64
            %v2689 = arith.remui %v2681, %v23 : i64
            %v2690 = arith.subi %v61, %v2689 : i64
            %v2691 = arith.muli %v2688, %v23 : i64
            %v2692 = arith.addi %v2691, %v2690 : i64
            %v2693 = arith.cmpi slt, %v2692, %v111 : i64
            %v2694 = arith.andi %v2686, %v2693 : i1
            scf.if %v2694 {
              %v2695 = arith.addi %v109, %v2692 : i64
              %v2696 = arith.muli %v58, %v1 : i64
              %v2697 = arith.addi %v2696, %v2682 : i64
              %v2698 = arith.muli %v2697, %v900 : i64
              %v2699 = arith.addi %v2698, %v2681 : i64
              %v2700 = llvm.getelementptr %v47[%v2699] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2701 = llvm.load %v2700 : !llvm.ptr -> f32
              %v2702 = arith.muli %v2, %v1 : i64
              %v2703 = arith.addi %v2702, %v2682 : i64
              %v2704 = arith.muli %v2703, %v900 : i64
              %v2705 = arith.addi %v2704, %v2681 : i64
              %v2706 = llvm.getelementptr %v47[%v2705] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2707 = llvm.load %v2706 : !llvm.ptr -> f32
              %v2708 = arith.addf %v2701, %v2707 fastmath<contract> : f32
              %v2709 = arith.muli %v326, %v1 : i64
              %v2710 = arith.addi %v2709, %v2682 : i64
              %v2711 = arith.muli %v2710, %v900 : i64
              %v2712 = arith.addi %v2711, %v2681 : i64
              %v2713 = llvm.getelementptr %v47[%v2712] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2714 = llvm.load %v2713 : !llvm.ptr -> f32
              %v2715 = arith.addf %v2708, %v2714 fastmath<contract> : f32
              %v2716 = arith.muli %v543, %v1 : i64
              %v2717 = arith.addi %v2716, %v2682 : i64
              %v2718 = arith.muli %v2717, %v900 : i64
              %v2719 = arith.addi %v2718, %v2681 : i64
              %v2720 = llvm.getelementptr %v47[%v2719] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2721 = llvm.load %v2720 : !llvm.ptr -> f32
              %v2722 = arith.addf %v2715, %v2721 fastmath<contract> : f32
              %v2723 = arith.muli %v602, %v1 : i64
              %v2724 = arith.addi %v2723, %v2682 : i64
              %v2725 = arith.muli %v2724, %v900 : i64
              %v2726 = arith.addi %v2725, %v2681 : i64
              %v2727 = llvm.getelementptr %v47[%v2726] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2728 = llvm.load %v2727 : !llvm.ptr -> f32
              %v2729 = arith.addf %v2722, %v2728 fastmath<contract> : f32
              %v2730 = arith.muli %v661, %v1 : i64
              %v2731 = arith.addi %v2730, %v2682 : i64
              %v2732 = arith.muli %v2731, %v900 : i64
              %v2733 = arith.addi %v2732, %v2681 : i64
              %v2734 = llvm.getelementptr %v47[%v2733] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2735 = llvm.load %v2734 : !llvm.ptr -> f32
              %v2736 = arith.addf %v2729, %v2735 fastmath<contract> : f32
              %v2737 = arith.muli %v720, %v1 : i64
              %v2738 = arith.addi %v2737, %v2682 : i64
              %v2739 = arith.muli %v2738, %v900 : i64
              %v2740 = arith.addi %v2739, %v2681 : i64
              %v2741 = llvm.getelementptr %v47[%v2740] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2742 = llvm.load %v2741 : !llvm.ptr -> f32
              %v2743 = arith.addf %v2736, %v2742 fastmath<contract> : f32
              %v2744 = arith.muli %v61, %v1 : i64
              %v2745 = arith.addi %v2744, %v2682 : i64
              %v2746 = arith.muli %v2745, %v900 : i64
              %v2747 = arith.addi %v2746, %v2681 : i64
              %v2748 = llvm.getelementptr %v47[%v2747] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2749 = llvm.load %v2748 : !llvm.ptr -> f32
              %v2750 = arith.addf %v2743, %v2749 fastmath<contract> : f32
              %v2751 = arith.remui %v2682, %v1 : i64
              %v2752 = arith.divui %v2682, %v1 : i64
              %v2753 = arith.muli %v38, %v131 : i64
              %v2754 = arith.muli %v2695, %v130 : i64
              %v2755 = arith.addi %v2753, %v2754 : i64
              %v2756 = arith.muli %v36, %v129 : i64
              %v2757 = arith.addi %v2755, %v2756 : i64
              %v2758 = arith.muli %v2751, %v2 : i64
              %v2759 = arith.addi %v2757, %v2758 : i64
              %v2760 = arith.muli %v22, %v2675 : i64
              %v2761 = arith.addi %v2760, %v2759 : i64
              %v2762 = llvm.getelementptr %part_k[%v2761] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v2750, %v2762 : f32, !llvm.ptr
            }
          }
          %v2767 = arith.index_cast %v14 : i64 to index
          %v2768 = arith.index_cast %v117 : i64 to index
          %v2769 = arith.index_cast %v117 : i64 to index
          scf.for %v2770 = %v2767 to %v2768 step %v2769 {
            %v2771 = arith.index_cast %v2770 : index to i64
            %v2772 = arith.remui %v2771, %v1 : i64
            %v2773 = arith.divui %v2771, %v1 : i64
            %v2774 = arith.muli %v333, %v326 : i64
            %v2775 = arith.divui %v2772, %v23 : i64
            %v2776 = arith.addi %v2774, %v2775 : i64
            %v2777 = arith.cmpi slt, %v2776, %v114 : i64
            %v2778 = arith.subi %v114, %v2 : i64
            %v2779 = arith.subi %v2778, %v2776 : i64
            %v2780 = arith.remui %v2772, %v23 : i64
            %v2781 = arith.subi %v61, %v2780 : i64
            %v2782 = arith.muli %v2779, %v23 : i64
            %v2783 = arith.addi %v2782, %v2781 : i64
            %v2784 = arith.cmpi slt, %v2783, %v111 : i64
            %v2785 = arith.andi %v2777, %v2784 : i1
            scf.if %v2785 {
              %v2786 = arith.addi %v109, %v2783 : i64
              %v2787 = arith.muli %v58, %v1 : i64
              %v2788 = arith.addi %v2787, %v2773 : i64
              %v2789 = arith.muli %v2788, %v900 : i64
              %v2790 = arith.addi %v2789, %v2772 : i64
              %v2791 = llvm.getelementptr %v49[%v2790] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2792 = llvm.load %v2791 : !llvm.ptr -> f32
              %v2793 = arith.muli %v2, %v1 : i64
              %v2794 = arith.addi %v2793, %v2773 : i64
              %v2795 = arith.muli %v2794, %v900 : i64
              %v2796 = arith.addi %v2795, %v2772 : i64
              %v2797 = llvm.getelementptr %v49[%v2796] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2798 = llvm.load %v2797 : !llvm.ptr -> f32
              %v2799 = arith.addf %v2792, %v2798 fastmath<contract> : f32
              %v2800 = arith.muli %v326, %v1 : i64
              %v2801 = arith.addi %v2800, %v2773 : i64
              %v2802 = arith.muli %v2801, %v900 : i64
              %v2803 = arith.addi %v2802, %v2772 : i64
              %v2804 = llvm.getelementptr %v49[%v2803] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2805 = llvm.load %v2804 : !llvm.ptr -> f32
              %v2806 = arith.addf %v2799, %v2805 fastmath<contract> : f32
              %v2807 = arith.muli %v543, %v1 : i64
              %v2808 = arith.addi %v2807, %v2773 : i64
              %v2809 = arith.muli %v2808, %v900 : i64
              %v2810 = arith.addi %v2809, %v2772 : i64
              %v2811 = llvm.getelementptr %v49[%v2810] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2812 = llvm.load %v2811 : !llvm.ptr -> f32
              %v2813 = arith.addf %v2806, %v2812 fastmath<contract> : f32
              %v2814 = arith.muli %v602, %v1 : i64
              %v2815 = arith.addi %v2814, %v2773 : i64
              %v2816 = arith.muli %v2815, %v900 : i64
              %v2817 = arith.addi %v2816, %v2772 : i64
              %v2818 = llvm.getelementptr %v49[%v2817] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2819 = llvm.load %v2818 : !llvm.ptr -> f32
              %v2820 = arith.addf %v2813, %v2819 fastmath<contract> : f32
              %v2821 = arith.muli %v661, %v1 : i64
              %v2822 = arith.addi %v2821, %v2773 : i64
              %v2823 = arith.muli %v2822, %v900 : i64
              %v2824 = arith.addi %v2823, %v2772 : i64
              %v2825 = llvm.getelementptr %v49[%v2824] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2826 = llvm.load %v2825 : !llvm.ptr -> f32
              %v2827 = arith.addf %v2820, %v2826 fastmath<contract> : f32
              %v2828 = arith.muli %v720, %v1 : i64
              %v2829 = arith.addi %v2828, %v2773 : i64
              %v2830 = arith.muli %v2829, %v900 : i64
              %v2831 = arith.addi %v2830, %v2772 : i64
              %v2832 = llvm.getelementptr %v49[%v2831] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2833 = llvm.load %v2832 : !llvm.ptr -> f32
              %v2834 = arith.addf %v2827, %v2833 fastmath<contract> : f32
              %v2835 = arith.muli %v61, %v1 : i64
              %v2836 = arith.addi %v2835, %v2773 : i64
              %v2837 = arith.muli %v2836, %v900 : i64
              %v2838 = arith.addi %v2837, %v2772 : i64
              %v2839 = llvm.getelementptr %v49[%v2838] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2840 = llvm.load %v2839 : !llvm.ptr -> f32
              %v2841 = arith.addf %v2834, %v2840 fastmath<contract> : f32
              %v2842 = arith.remui %v2773, %v1 : i64
              %v2843 = arith.divui %v2773, %v1 : i64
              %v2844 = arith.muli %v38, %v131 : i64
              %v2845 = arith.muli %v2786, %v130 : i64
              %v2846 = arith.addi %v2844, %v2845 : i64
              %v2847 = arith.muli %v36, %v129 : i64
              %v2848 = arith.addi %v2846, %v2847 : i64
              %v2849 = arith.muli %v2842, %v2 : i64
              %v2850 = arith.addi %v2848, %v2849 : i64
              %v2851 = arith.muli %v22, %v2766 : i64
              %v2852 = arith.addi %v2851, %v2850 : i64
              %v2853 = llvm.getelementptr %part_g[%v2852] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v2841, %v2853 : f32, !llvm.ptr
            }
          }
          gpu.barrier
        }
      }
      %v2854 = arith.constant true
      scf.if %v2854 {
      }
      gpu.return
    }
  }
}
