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
      %v15 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v16 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v17 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v18 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v19 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v20 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v25 = arith.constant 64 : i64
      %v26 = arith.constant 63 : i64
      %v37 = arith.constant 4 : i64
      %v57 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v58 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v59 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v60 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v61 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v62 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v63 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v64 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v65 = llvm.mlir.addressof @rows_gla_bwd_sum_q : !llvm.ptr<3>
      %v66 = llvm.addrspacecast %v65 : !llvm.ptr<3> to !llvm.ptr
      %v67 = llvm.mlir.addressof @rows_gla_bwd_sum_k : !llvm.ptr<3>
      %v68 = llvm.addrspacecast %v67 : !llvm.ptr<3> to !llvm.ptr
      %v69 = llvm.mlir.addressof @rows_gla_bwd_sum_g : !llvm.ptr<3>
      %v70 = llvm.addrspacecast %v69 : !llvm.ptr<3> to !llvm.ptr
      %v71 = arith.constant 0x00000000 : f32
      %v72 = arith.constant 0x3F800000 : f32
      %v73 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v74 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v75 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v76 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v77 = arith.constant 0 : i64
      %v79 = arith.constant 3 : i64
      %v118 = arith.constant 1024 : i64
      %v130 = arith.muli %v1, %size_H : i64
      %v131 = arith.muli %v130, %size_L : i64
      %v140 = arith.constant 65 : i64
      %v214 = arith.constant 2147483647 : i64
      %v218 = arith.constant 3 : i32
      %v221 = arith.constant 32 : i32
      %v228 = arith.muli %size_DV, %size_H : i64
      %v229 = arith.muli %v228, %size_L : i64
      %v293 = arith.constant 0x3FB8AA3B : f32
      %v298 = arith.constant 0x3D800000 : f32
      %v347 = arith.constant 2 : i64
      %v349 = arith.constant 2 : i32
      %v474 = arith.constant 1 : i32
      %v598 = arith.constant 0 : i32
      %v1286 = arith.constant 8 : i64
      %v1317 = arith.constant 12 : i64
      %v21 = gpu.block_id x
      %v22 = gpu.thread_id x
      %v23 = arith.index_cast %v22 : index to i64
      %v24 = arith.index_cast %v21 : index to i64
      %v27 = arith.addi %size_DV, %v26 : i64
      %v28 = arith.divui %v27, %v25 : i64
      %v29 = arith.maxsi %v28, %v2 : i64
      %v30 = arith.maxsi %size_DV, %v2 : i64
      %v31 = arith.divui %v4, %v30 : i64
      %v32 = arith.muli %v31, %v29 : i64
      %v33 = arith.divui %v24, %v32 : i64
      %v34 = arith.remui %v24, %v32 : i64
      %v35 = arith.divui %v34, %v29 : i64
      %v36 = arith.remui %v34, %v29 : i64
      %v38 = arith.remui %v23, %v37 : i64
      %v39 = arith.divui %v23, %v37 : i64
      %v40 = arith.muli %v36, %v25 : i64
      %v41 = arith.addi %v40, %v39 : i64
      %v42 = arith.cmpi slt, %v41, %size_DV : i64
      %v43 = arith.muli %v35, %size_DV : i64
      %v44 = arith.addi %v43, %v41 : i64
      %v45 = arith.subi %size_DV, %v2 : i64
      %v46 = arith.minsi %v41, %v45 : i64
      %v47 = arith.addi %v43, %v46 : i64
      %v48 = arith.remui %v47, %size_DV : i64
      %v49 = arith.divui %v47, %size_DV : i64
      %v50 = arith.remui %v49, %size_H : i64
      %v51 = arith.divui %v49, %size_H : i64
      %v52 = arith.remui %v51, %size_B : i64
      %v53 = arith.divui %v51, %size_B : i64
      %v82 = arith.trunci %v23 : i64 to i32
      %v83 = arith.constant 28 : i32
      %v84 = arith.andi %v82, %v83 : i32
      %v85 = arith.constant 0 : i32
      %v86 = arith.ori %v84, %v85 : i32
      %v87 = arith.constant 0 : i64
      %v88 = arith.cmpi eq, %v38, %v87 : i64
      %v89 = arith.constant 1 : i32
      %v90 = arith.ori %v84, %v89 : i32
      %v91 = arith.constant 1 : i64
      %v92 = arith.cmpi eq, %v38, %v91 : i64
      %v93 = arith.constant 2 : i32
      %v94 = arith.ori %v84, %v93 : i32
      %v95 = arith.constant 2 : i64
      %v96 = arith.cmpi eq, %v38, %v95 : i64
      %v97 = arith.constant 3 : i32
      %v98 = arith.ori %v84, %v97 : i32
      %v99 = arith.constant 3 : i64
      %v100 = arith.cmpi eq, %v38, %v99 : i64
      %v54 = arith.muli %v33, %v37 : i64
      %v55 = arith.addi %v54, %v37 : i64
      %v56 = arith.muli %v33, %v4 : i64
      llvm.store %v71, %v57 : f32, !llvm.ptr
      llvm.store %v71, %v58 : f32, !llvm.ptr
      llvm.store %v71, %v59 : f32, !llvm.ptr
      llvm.store %v71, %v60 : f32, !llvm.ptr
      llvm.store %v72, %v61 : f32, !llvm.ptr
      llvm.store %v72, %v62 : f32, !llvm.ptr
      llvm.store %v72, %v63 : f32, !llvm.ptr
      llvm.store %v72, %v64 : f32, !llvm.ptr
      llvm.store %v72, %v73 : f32, !llvm.ptr
      llvm.store %v72, %v74 : f32, !llvm.ptr
      llvm.store %v72, %v75 : f32, !llvm.ptr
      llvm.store %v72, %v76 : f32, !llvm.ptr
      %v78 = arith.cmpi eq, %size_L, %v77 : i64
      scf.if %v78 {
        llvm.store %v71, %v17 : f32, !llvm.ptr
        llvm.store %v71, %v18 : f32, !llvm.ptr
        llvm.store %v71, %v19 : f32, !llvm.ptr
        llvm.store %v71, %v20 : f32, !llvm.ptr
      }
      %v80 = arith.addi %size_L, %v26 : i64
      %v81 = arith.divui %v80, %v25 : i64
      %v101 = arith.minsi %v55, %v81 : i64
      %v102 = arith.muli %v33, %v1 : i64
      %v103 = arith.subi %v101, %v54 : i64
      %v104 = arith.maxsi %v103, %v77 : i64
      %v105 = arith.index_cast %v77 : i64 to index
      %v106 = arith.index_cast %v104 : i64 to index
      %v107 = arith.index_cast %v2 : i64 to index
      scf.for %v108 = %v105 to %v106 step %v107 {
        %v109 = arith.index_cast %v108 : index to i64
        %v110 = arith.subi %v101, %v2 : i64
        %v111 = arith.subi %v110, %v109 : i64
        %v112 = arith.muli %v111, %v25 : i64
        %v113 = arith.subi %size_L, %v112 : i64
        %v114 = arith.minsi %v113, %v25 : i64
        %v115 = arith.addi %v114, %v79 : i64
        %v116 = arith.divui %v115, %v37 : i64
        // the block's shared input rows for this stretch
        gpu.barrier
        %v117 = arith.subi %size_L, %v2 : i64
        %v119 = arith.index_cast %v23 : i64 to index
        %v120 = arith.index_cast %v118 : i64 to index
        %v121 = arith.index_cast %v7 : i64 to index
        scf.for %v122 = %v119 to %v120 step %v121 {
          %v123 = arith.index_cast %v122 : index to i64
          %v124 = arith.remui %v123, %v25 : i64
          %v125 = arith.divui %v123, %v25 : i64
          %v126 = arith.addi %v112, %v124 : i64
          %v127 = arith.minsi %v126, %v117 : i64
          %v128 = arith.remui %v125, %v1 : i64
          %v129 = arith.divui %v125, %v1 : i64
          %v132 = arith.muli %v52, %v131 : i64
          %v133 = arith.muli %v127, %v130 : i64
          %v134 = arith.addi %v132, %v133 : i64
          %v135 = arith.muli %v50, %v1 : i64
          %v136 = arith.addi %v134, %v135 : i64
          %v137 = arith.addi %v136, %v128 : i64
          %v138 = llvm.getelementptr %in_q[%v137] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v139 = llvm.load %v138 : !llvm.ptr -> f32
          %v141 = arith.muli %v125, %v140 : i64
          %v142 = arith.addi %v141, %v124 : i64
          %v143 = llvm.getelementptr %v66[%v142] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v139, %v143 : f32, !llvm.ptr
        }
        %v144 = arith.index_cast %v23 : i64 to index
        %v145 = arith.index_cast %v118 : i64 to index
        %v146 = arith.index_cast %v7 : i64 to index
        scf.for %v147 = %v144 to %v145 step %v146 {
          %v148 = arith.index_cast %v147 : index to i64
          %v149 = arith.remui %v148, %v25 : i64
          %v150 = arith.divui %v148, %v25 : i64
          %v151 = arith.addi %v112, %v149 : i64
          %v152 = arith.minsi %v151, %v117 : i64
          %v153 = arith.remui %v150, %v1 : i64
          %v154 = arith.divui %v150, %v1 : i64
          %v155 = arith.muli %v52, %v131 : i64
          %v156 = arith.muli %v152, %v130 : i64
          %v157 = arith.addi %v155, %v156 : i64
          %v158 = arith.muli %v50, %v1 : i64
          %v159 = arith.addi %v157, %v158 : i64
          %v160 = arith.addi %v159, %v153 : i64
          %v161 = llvm.getelementptr %in_k[%v160] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v162 = llvm.load %v161 : !llvm.ptr -> f32
          %v163 = arith.muli %v150, %v140 : i64
          %v164 = arith.addi %v163, %v149 : i64
          %v165 = llvm.getelementptr %v68[%v164] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v162, %v165 : f32, !llvm.ptr
        }
        %v166 = arith.index_cast %v23 : i64 to index
        %v167 = arith.index_cast %v118 : i64 to index
        %v168 = arith.index_cast %v7 : i64 to index
        scf.for %v169 = %v166 to %v167 step %v168 {
          %v170 = arith.index_cast %v169 : index to i64
          %v171 = arith.remui %v170, %v25 : i64
          %v172 = arith.divui %v170, %v25 : i64
          %v173 = arith.addi %v112, %v171 : i64
          %v174 = arith.minsi %v173, %v117 : i64
          %v175 = arith.remui %v172, %v1 : i64
          %v176 = arith.divui %v172, %v1 : i64
          %v177 = arith.muli %v52, %v131 : i64
          %v178 = arith.muli %v174, %v130 : i64
          %v179 = arith.addi %v177, %v178 : i64
          %v180 = arith.muli %v50, %v1 : i64
          %v181 = arith.addi %v179, %v180 : i64
          %v182 = arith.addi %v181, %v175 : i64
          %v183 = llvm.getelementptr %in_g[%v182] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v184 = llvm.load %v183 : !llvm.ptr -> f32
          %v185 = arith.muli %v172, %v140 : i64
          %v186 = arith.addi %v185, %v171 : i64
          %v187 = llvm.getelementptr %v70[%v186] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v184, %v187 : f32, !llvm.ptr
        }
        gpu.barrier
        %v188 = arith.index_cast %v77 : i64 to index
        %v189 = arith.index_cast %v2 : i64 to index
        %v190 = arith.index_cast %v2 : i64 to index
        scf.for %v191 = %v188 to %v189 step %v190 {
          %v192 = arith.index_cast %v191 : index to i64
          %v193 = arith.index_cast %v77 : i64 to index
          %v194 = arith.index_cast %v116 : i64 to index
          %v195 = arith.index_cast %v2 : i64 to index
          scf.for %v196 = %v193 to %v194 step %v195 {
            %v197 = arith.index_cast %v196 : index to i64
            %v198 = arith.cmpi slt, %v197, %v116 : i64
            scf.if %v198 {
              %v199 = arith.subi %v116, %v2 : i64
              %v200 = arith.subi %v199, %v197 : i64
              %v201 = arith.muli %v200, %v37 : i64
              %v202 = arith.addi %v102, %v200 : i64
              %v203 = arith.addi %v201, %v37 : i64
              %v204 = arith.cmpi sle, %v203, %v114 : i64
              scf.if %v204 {
                %v205 = arith.subi %v114, %v2 : i64
                %v206 = arith.addi %v201, %v38 : i64
                %v207 = arith.minsi %v206, %v205 : i64
                %v208 = arith.addi %v112, %v207 : i64
                // the group's states, recomputed into registers
                %v209 = arith.subi %v114, %v201 : i64
                %v210 = arith.trunci %v209 : i64 to i32
                %v211 = arith.subi %size_L, %v2 : i64
                %v212 = arith.addi %v112, %v201 : i64
                %v213 = arith.subi %v211, %v212 : i64
                %v215 = arith.minsi %v213, %v214 : i64
                %v216 = arith.trunci %v215 : i64 to i32
                %v217 = arith.addi %v201, %v79 : i64
                %v219 = arith.cmpi slt, %v218, %v210 : i32
                %v220 = arith.cmpi eq, %v218, %v216 : i32
                %v222 = arith.addi %v112, %v217 : i64
                %v223 = arith.muli %v38, %v140 : i64
                %v224 = arith.subi %v222, %v112 : i64
                %v225 = arith.addi %v223, %v224 : i64
                %v226 = llvm.getelementptr %v66[%v225] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v227 = llvm.load %v226 : !llvm.ptr -> f32
                %v230 = arith.muli %v52, %v229 : i64
                %v231 = arith.muli %v222, %v228 : i64
                %v232 = arith.addi %v230, %v231 : i64
                %v233 = arith.muli %v50, %size_DV : i64
                %v234 = arith.addi %v232, %v233 : i64
                %v235 = arith.addi %v234, %v48 : i64
                %v236 = llvm.getelementptr %dy_o[%v235] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v237 = llvm.load %v236 : !llvm.ptr -> f32
                %v238 = arith.mulf %v227, %v237 fastmath<contract> : f32
                %v239 = llvm.load %v57 : !llvm.ptr -> f32
                %v240 = llvm.load %v61 : !llvm.ptr -> f32
                %v241 = arith.mulf %v240, %v239 fastmath<contract> : f32
                %v242 = arith.addf %v238, %v241 fastmath<contract> : f32
                llvm.store %v242, %v57 : f32, !llvm.ptr
                %v243 = llvm.load %v73 : !llvm.ptr -> f32
                %v244 = arith.mulf %v243, %v240 fastmath<contract> : f32
                llvm.store %v244, %v73 : f32, !llvm.ptr
                %v245 = arith.constant 4 : i64
                %v246 = arith.addi %v245, %v38 : i64
                %v247 = arith.muli %v246, %v140 : i64
                %v248 = arith.subi %v222, %v112 : i64
                %v249 = arith.addi %v247, %v248 : i64
                %v250 = llvm.getelementptr %v66[%v249] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v251 = llvm.load %v250 : !llvm.ptr -> f32
                %v252 = arith.mulf %v251, %v237 fastmath<contract> : f32
                %v253 = llvm.load %v58 : !llvm.ptr -> f32
                %v254 = llvm.load %v62 : !llvm.ptr -> f32
                %v255 = arith.mulf %v254, %v253 fastmath<contract> : f32
                %v256 = arith.addf %v252, %v255 fastmath<contract> : f32
                llvm.store %v256, %v58 : f32, !llvm.ptr
                %v257 = llvm.load %v74 : !llvm.ptr -> f32
                %v258 = arith.mulf %v257, %v254 fastmath<contract> : f32
                llvm.store %v258, %v74 : f32, !llvm.ptr
                %v259 = arith.constant 8 : i64
                %v260 = arith.addi %v259, %v38 : i64
                %v261 = arith.muli %v260, %v140 : i64
                %v262 = arith.subi %v222, %v112 : i64
                %v263 = arith.addi %v261, %v262 : i64
                %v264 = llvm.getelementptr %v66[%v263] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v265 = llvm.load %v264 : !llvm.ptr -> f32
                %v266 = arith.mulf %v265, %v237 fastmath<contract> : f32
                %v267 = llvm.load %v59 : !llvm.ptr -> f32
                %v268 = llvm.load %v63 : !llvm.ptr -> f32
                %v269 = arith.mulf %v268, %v267 fastmath<contract> : f32
                %v270 = arith.addf %v266, %v269 fastmath<contract> : f32
                llvm.store %v270, %v59 : f32, !llvm.ptr
                %v271 = llvm.load %v75 : !llvm.ptr -> f32
                %v272 = arith.mulf %v271, %v268 fastmath<contract> : f32
                llvm.store %v272, %v75 : f32, !llvm.ptr
                %v273 = arith.constant 12 : i64
                %v274 = arith.addi %v273, %v38 : i64
                %v275 = arith.muli %v274, %v140 : i64
                %v276 = arith.subi %v222, %v112 : i64
                %v277 = arith.addi %v275, %v276 : i64
                %v278 = llvm.getelementptr %v66[%v277] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v279 = llvm.load %v278 : !llvm.ptr -> f32
                %v280 = arith.mulf %v279, %v237 fastmath<contract> : f32
                %v281 = llvm.load %v60 : !llvm.ptr -> f32
                %v282 = llvm.load %v64 : !llvm.ptr -> f32
                %v283 = arith.mulf %v282, %v281 fastmath<contract> : f32
                %v284 = arith.addf %v280, %v283 fastmath<contract> : f32
                llvm.store %v284, %v60 : f32, !llvm.ptr
                %v285 = llvm.load %v76 : !llvm.ptr -> f32
                %v286 = arith.mulf %v285, %v282 fastmath<contract> : f32
                llvm.store %v286, %v76 : f32, !llvm.ptr
                scf.if %v220 {
                }
                %v287 = arith.muli %v38, %v140 : i64
                %v288 = arith.subi %v222, %v112 : i64
                %v289 = arith.addi %v287, %v288 : i64
                %v290 = llvm.getelementptr %v70[%v289] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v291 = llvm.load %v290 : !llvm.ptr -> f32
                %v292 = arith.negf %v291 : f32
                %v294 = arith.mulf %v292, %v293 fastmath<contract> : f32
                %v295 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v294) : (f32) -> f32
                %v296 = arith.addf %v72, %v295 fastmath<contract> : f32
                %v297 = arith.divf %v72, %v296 : f32
                %v299 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v297) : (f32) -> f32
                %v300 = arith.mulf %v298, %v299 fastmath<contract> : f32
                %v301 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v300) : (f32) -> f32
                llvm.store %v301, %v61 : f32, !llvm.ptr
                %v302 = arith.constant 4 : i64
                %v303 = arith.addi %v302, %v38 : i64
                %v304 = arith.muli %v303, %v140 : i64
                %v305 = arith.subi %v222, %v112 : i64
                %v306 = arith.addi %v304, %v305 : i64
                %v307 = llvm.getelementptr %v70[%v306] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v308 = llvm.load %v307 : !llvm.ptr -> f32
                %v309 = arith.negf %v308 : f32
                %v310 = arith.mulf %v309, %v293 fastmath<contract> : f32
                %v311 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v310) : (f32) -> f32
                %v312 = arith.addf %v72, %v311 fastmath<contract> : f32
                %v313 = arith.divf %v72, %v312 : f32
                %v314 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v313) : (f32) -> f32
                %v315 = arith.mulf %v298, %v314 fastmath<contract> : f32
                %v316 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v315) : (f32) -> f32
                llvm.store %v316, %v62 : f32, !llvm.ptr
                %v317 = arith.constant 8 : i64
                %v318 = arith.addi %v317, %v38 : i64
                %v319 = arith.muli %v318, %v140 : i64
                %v320 = arith.subi %v222, %v112 : i64
                %v321 = arith.addi %v319, %v320 : i64
                %v322 = llvm.getelementptr %v70[%v321] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v323 = llvm.load %v322 : !llvm.ptr -> f32
                %v324 = arith.negf %v323 : f32
                %v325 = arith.mulf %v324, %v293 fastmath<contract> : f32
                %v326 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v325) : (f32) -> f32
                %v327 = arith.addf %v72, %v326 fastmath<contract> : f32
                %v328 = arith.divf %v72, %v327 : f32
                %v329 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v328) : (f32) -> f32
                %v330 = arith.mulf %v298, %v329 fastmath<contract> : f32
                %v331 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v330) : (f32) -> f32
                llvm.store %v331, %v63 : f32, !llvm.ptr
                %v332 = arith.constant 12 : i64
                %v333 = arith.addi %v332, %v38 : i64
                %v334 = arith.muli %v333, %v140 : i64
                %v335 = arith.subi %v222, %v112 : i64
                %v336 = arith.addi %v334, %v335 : i64
                %v337 = llvm.getelementptr %v70[%v336] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v338 = llvm.load %v337 : !llvm.ptr -> f32
                %v339 = arith.negf %v338 : f32
                %v340 = arith.mulf %v339, %v293 fastmath<contract> : f32
                %v341 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v340) : (f32) -> f32
                %v342 = arith.addf %v72, %v341 fastmath<contract> : f32
                %v343 = arith.divf %v72, %v342 : f32
                %v344 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v343) : (f32) -> f32
                %v345 = arith.mulf %v298, %v344 fastmath<contract> : f32
                %v346 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v345) : (f32) -> f32
                llvm.store %v346, %v64 : f32, !llvm.ptr
                %v348 = arith.addi %v201, %v347 : i64
                %v350 = arith.cmpi slt, %v349, %v210 : i32
                %v351 = arith.cmpi eq, %v349, %v216 : i32
                %v352 = arith.addi %v112, %v348 : i64
                %v353 = arith.muli %v38, %v140 : i64
                %v354 = arith.subi %v352, %v112 : i64
                %v355 = arith.addi %v353, %v354 : i64
                %v356 = llvm.getelementptr %v66[%v355] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v357 = llvm.load %v356 : !llvm.ptr -> f32
                %v358 = arith.muli %v52, %v229 : i64
                %v359 = arith.muli %v352, %v228 : i64
                %v360 = arith.addi %v358, %v359 : i64
                %v361 = arith.muli %v50, %size_DV : i64
                %v362 = arith.addi %v360, %v361 : i64
                %v363 = arith.addi %v362, %v48 : i64
                %v364 = llvm.getelementptr %dy_o[%v363] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v365 = llvm.load %v364 : !llvm.ptr -> f32
                %v366 = arith.mulf %v357, %v365 fastmath<contract> : f32
                %v367 = llvm.load %v57 : !llvm.ptr -> f32
                %v368 = llvm.load %v61 : !llvm.ptr -> f32
                %v369 = arith.mulf %v368, %v367 fastmath<contract> : f32
                %v370 = arith.addf %v366, %v369 fastmath<contract> : f32
                llvm.store %v370, %v57 : f32, !llvm.ptr
                %v371 = llvm.load %v73 : !llvm.ptr -> f32
                %v372 = arith.mulf %v371, %v368 fastmath<contract> : f32
                llvm.store %v372, %v73 : f32, !llvm.ptr
                %v373 = arith.constant 4 : i64
                %v374 = arith.addi %v373, %v38 : i64
                %v375 = arith.muli %v374, %v140 : i64
                %v376 = arith.subi %v352, %v112 : i64
                %v377 = arith.addi %v375, %v376 : i64
                %v378 = llvm.getelementptr %v66[%v377] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v379 = llvm.load %v378 : !llvm.ptr -> f32
                %v380 = arith.mulf %v379, %v365 fastmath<contract> : f32
                %v381 = llvm.load %v58 : !llvm.ptr -> f32
                %v382 = llvm.load %v62 : !llvm.ptr -> f32
                %v383 = arith.mulf %v382, %v381 fastmath<contract> : f32
                %v384 = arith.addf %v380, %v383 fastmath<contract> : f32
                llvm.store %v384, %v58 : f32, !llvm.ptr
                %v385 = llvm.load %v74 : !llvm.ptr -> f32
                %v386 = arith.mulf %v385, %v382 fastmath<contract> : f32
                llvm.store %v386, %v74 : f32, !llvm.ptr
                %v387 = arith.constant 8 : i64
                %v388 = arith.addi %v387, %v38 : i64
                %v389 = arith.muli %v388, %v140 : i64
                %v390 = arith.subi %v352, %v112 : i64
                %v391 = arith.addi %v389, %v390 : i64
                %v392 = llvm.getelementptr %v66[%v391] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v393 = llvm.load %v392 : !llvm.ptr -> f32
                %v394 = arith.mulf %v393, %v365 fastmath<contract> : f32
                %v395 = llvm.load %v59 : !llvm.ptr -> f32
                %v396 = llvm.load %v63 : !llvm.ptr -> f32
                %v397 = arith.mulf %v396, %v395 fastmath<contract> : f32
                %v398 = arith.addf %v394, %v397 fastmath<contract> : f32
                llvm.store %v398, %v59 : f32, !llvm.ptr
                %v399 = llvm.load %v75 : !llvm.ptr -> f32
                %v400 = arith.mulf %v399, %v396 fastmath<contract> : f32
                llvm.store %v400, %v75 : f32, !llvm.ptr
                %v401 = arith.constant 12 : i64
                %v402 = arith.addi %v401, %v38 : i64
                %v403 = arith.muli %v402, %v140 : i64
                %v404 = arith.subi %v352, %v112 : i64
                %v405 = arith.addi %v403, %v404 : i64
                %v406 = llvm.getelementptr %v66[%v405] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v407 = llvm.load %v406 : !llvm.ptr -> f32
                %v408 = arith.mulf %v407, %v365 fastmath<contract> : f32
                %v409 = llvm.load %v60 : !llvm.ptr -> f32
                %v410 = llvm.load %v64 : !llvm.ptr -> f32
                %v411 = arith.mulf %v410, %v409 fastmath<contract> : f32
                %v412 = arith.addf %v408, %v411 fastmath<contract> : f32
                llvm.store %v412, %v60 : f32, !llvm.ptr
                %v413 = llvm.load %v76 : !llvm.ptr -> f32
                %v414 = arith.mulf %v413, %v410 fastmath<contract> : f32
                llvm.store %v414, %v76 : f32, !llvm.ptr
                scf.if %v351 {
                }
                %v415 = arith.muli %v38, %v140 : i64
                %v416 = arith.subi %v352, %v112 : i64
                %v417 = arith.addi %v415, %v416 : i64
                %v418 = llvm.getelementptr %v70[%v417] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v419 = llvm.load %v418 : !llvm.ptr -> f32
                %v420 = arith.negf %v419 : f32
                %v421 = arith.mulf %v420, %v293 fastmath<contract> : f32
                %v422 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v421) : (f32) -> f32
                %v423 = arith.addf %v72, %v422 fastmath<contract> : f32
                %v424 = arith.divf %v72, %v423 : f32
                %v425 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v424) : (f32) -> f32
                %v426 = arith.mulf %v298, %v425 fastmath<contract> : f32
                %v427 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v426) : (f32) -> f32
                llvm.store %v427, %v61 : f32, !llvm.ptr
                %v428 = arith.constant 4 : i64
                %v429 = arith.addi %v428, %v38 : i64
                %v430 = arith.muli %v429, %v140 : i64
                %v431 = arith.subi %v352, %v112 : i64
                %v432 = arith.addi %v430, %v431 : i64
                %v433 = llvm.getelementptr %v70[%v432] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v434 = llvm.load %v433 : !llvm.ptr -> f32
                %v435 = arith.negf %v434 : f32
                %v436 = arith.mulf %v435, %v293 fastmath<contract> : f32
                %v437 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v436) : (f32) -> f32
                %v438 = arith.addf %v72, %v437 fastmath<contract> : f32
                %v439 = arith.divf %v72, %v438 : f32
                %v440 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v439) : (f32) -> f32
                %v441 = arith.mulf %v298, %v440 fastmath<contract> : f32
                %v442 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v441) : (f32) -> f32
                llvm.store %v442, %v62 : f32, !llvm.ptr
                %v443 = arith.constant 8 : i64
                %v444 = arith.addi %v443, %v38 : i64
                %v445 = arith.muli %v444, %v140 : i64
                %v446 = arith.subi %v352, %v112 : i64
                %v447 = arith.addi %v445, %v446 : i64
                %v448 = llvm.getelementptr %v70[%v447] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v449 = llvm.load %v448 : !llvm.ptr -> f32
                %v450 = arith.negf %v449 : f32
                %v451 = arith.mulf %v450, %v293 fastmath<contract> : f32
                %v452 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v451) : (f32) -> f32
                %v453 = arith.addf %v72, %v452 fastmath<contract> : f32
                %v454 = arith.divf %v72, %v453 : f32
                %v455 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v454) : (f32) -> f32
                %v456 = arith.mulf %v298, %v455 fastmath<contract> : f32
                %v457 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v456) : (f32) -> f32
                llvm.store %v457, %v63 : f32, !llvm.ptr
                %v458 = arith.constant 12 : i64
                %v459 = arith.addi %v458, %v38 : i64
                %v460 = arith.muli %v459, %v140 : i64
                %v461 = arith.subi %v352, %v112 : i64
                %v462 = arith.addi %v460, %v461 : i64
                %v463 = llvm.getelementptr %v70[%v462] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v464 = llvm.load %v463 : !llvm.ptr -> f32
                %v465 = arith.negf %v464 : f32
                %v466 = arith.mulf %v465, %v293 fastmath<contract> : f32
                %v467 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v466) : (f32) -> f32
                %v468 = arith.addf %v72, %v467 fastmath<contract> : f32
                %v469 = arith.divf %v72, %v468 : f32
                %v470 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v469) : (f32) -> f32
                %v471 = arith.mulf %v298, %v470 fastmath<contract> : f32
                %v472 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v471) : (f32) -> f32
                llvm.store %v472, %v64 : f32, !llvm.ptr
                %v473 = arith.addi %v201, %v2 : i64
                %v475 = arith.cmpi slt, %v474, %v210 : i32
                %v476 = arith.cmpi eq, %v474, %v216 : i32
                %v477 = arith.addi %v112, %v473 : i64
                %v478 = arith.muli %v38, %v140 : i64
                %v479 = arith.subi %v477, %v112 : i64
                %v480 = arith.addi %v478, %v479 : i64
                %v481 = llvm.getelementptr %v66[%v480] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v482 = llvm.load %v481 : !llvm.ptr -> f32
                %v483 = arith.muli %v52, %v229 : i64
                %v484 = arith.muli %v477, %v228 : i64
                %v485 = arith.addi %v483, %v484 : i64
                %v486 = arith.muli %v50, %size_DV : i64
                %v487 = arith.addi %v485, %v486 : i64
                %v488 = arith.addi %v487, %v48 : i64
                %v489 = llvm.getelementptr %dy_o[%v488] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v490 = llvm.load %v489 : !llvm.ptr -> f32
                %v491 = arith.mulf %v482, %v490 fastmath<contract> : f32
                %v492 = llvm.load %v57 : !llvm.ptr -> f32
                %v493 = llvm.load %v61 : !llvm.ptr -> f32
                %v494 = arith.mulf %v493, %v492 fastmath<contract> : f32
                %v495 = arith.addf %v491, %v494 fastmath<contract> : f32
                llvm.store %v495, %v57 : f32, !llvm.ptr
                %v496 = llvm.load %v73 : !llvm.ptr -> f32
                %v497 = arith.mulf %v496, %v493 fastmath<contract> : f32
                llvm.store %v497, %v73 : f32, !llvm.ptr
                %v498 = arith.constant 4 : i64
                %v499 = arith.addi %v498, %v38 : i64
                %v500 = arith.muli %v499, %v140 : i64
                %v501 = arith.subi %v477, %v112 : i64
                %v502 = arith.addi %v500, %v501 : i64
                %v503 = llvm.getelementptr %v66[%v502] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v504 = llvm.load %v503 : !llvm.ptr -> f32
                %v505 = arith.mulf %v504, %v490 fastmath<contract> : f32
                %v506 = llvm.load %v58 : !llvm.ptr -> f32
                %v507 = llvm.load %v62 : !llvm.ptr -> f32
                %v508 = arith.mulf %v507, %v506 fastmath<contract> : f32
                %v509 = arith.addf %v505, %v508 fastmath<contract> : f32
                llvm.store %v509, %v58 : f32, !llvm.ptr
                %v510 = llvm.load %v74 : !llvm.ptr -> f32
                %v511 = arith.mulf %v510, %v507 fastmath<contract> : f32
                llvm.store %v511, %v74 : f32, !llvm.ptr
                %v512 = arith.constant 8 : i64
                %v513 = arith.addi %v512, %v38 : i64
                %v514 = arith.muli %v513, %v140 : i64
                %v515 = arith.subi %v477, %v112 : i64
                %v516 = arith.addi %v514, %v515 : i64
                %v517 = llvm.getelementptr %v66[%v516] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v518 = llvm.load %v517 : !llvm.ptr -> f32
                %v519 = arith.mulf %v518, %v490 fastmath<contract> : f32
                %v520 = llvm.load %v59 : !llvm.ptr -> f32
                %v521 = llvm.load %v63 : !llvm.ptr -> f32
                %v522 = arith.mulf %v521, %v520 fastmath<contract> : f32
                %v523 = arith.addf %v519, %v522 fastmath<contract> : f32
                llvm.store %v523, %v59 : f32, !llvm.ptr
                %v524 = llvm.load %v75 : !llvm.ptr -> f32
                %v525 = arith.mulf %v524, %v521 fastmath<contract> : f32
                llvm.store %v525, %v75 : f32, !llvm.ptr
                %v526 = arith.constant 12 : i64
                %v527 = arith.addi %v526, %v38 : i64
                %v528 = arith.muli %v527, %v140 : i64
                %v529 = arith.subi %v477, %v112 : i64
                %v530 = arith.addi %v528, %v529 : i64
                %v531 = llvm.getelementptr %v66[%v530] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v532 = llvm.load %v531 : !llvm.ptr -> f32
                %v533 = arith.mulf %v532, %v490 fastmath<contract> : f32
                %v534 = llvm.load %v60 : !llvm.ptr -> f32
                %v535 = llvm.load %v64 : !llvm.ptr -> f32
                %v536 = arith.mulf %v535, %v534 fastmath<contract> : f32
                %v537 = arith.addf %v533, %v536 fastmath<contract> : f32
                llvm.store %v537, %v60 : f32, !llvm.ptr
                %v538 = llvm.load %v76 : !llvm.ptr -> f32
                %v539 = arith.mulf %v538, %v535 fastmath<contract> : f32
                llvm.store %v539, %v76 : f32, !llvm.ptr
                scf.if %v476 {
                }
                %v540 = arith.muli %v38, %v140 : i64
                %v541 = arith.subi %v477, %v112 : i64
                %v542 = arith.addi %v540, %v541 : i64
                %v543 = llvm.getelementptr %v70[%v542] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v544 = llvm.load %v543 : !llvm.ptr -> f32
                %v545 = arith.negf %v544 : f32
                %v546 = arith.mulf %v545, %v293 fastmath<contract> : f32
                %v547 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v546) : (f32) -> f32
                %v548 = arith.addf %v72, %v547 fastmath<contract> : f32
                %v549 = arith.divf %v72, %v548 : f32
                %v550 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v549) : (f32) -> f32
                %v551 = arith.mulf %v298, %v550 fastmath<contract> : f32
                %v552 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v551) : (f32) -> f32
                llvm.store %v552, %v61 : f32, !llvm.ptr
                %v553 = arith.constant 4 : i64
                %v554 = arith.addi %v553, %v38 : i64
                %v555 = arith.muli %v554, %v140 : i64
                %v556 = arith.subi %v477, %v112 : i64
                %v557 = arith.addi %v555, %v556 : i64
                %v558 = llvm.getelementptr %v70[%v557] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v559 = llvm.load %v558 : !llvm.ptr -> f32
                %v560 = arith.negf %v559 : f32
                %v561 = arith.mulf %v560, %v293 fastmath<contract> : f32
                %v562 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v561) : (f32) -> f32
                %v563 = arith.addf %v72, %v562 fastmath<contract> : f32
                %v564 = arith.divf %v72, %v563 : f32
                %v565 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v564) : (f32) -> f32
                %v566 = arith.mulf %v298, %v565 fastmath<contract> : f32
                %v567 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v566) : (f32) -> f32
                llvm.store %v567, %v62 : f32, !llvm.ptr
                %v568 = arith.constant 8 : i64
                %v569 = arith.addi %v568, %v38 : i64
                %v570 = arith.muli %v569, %v140 : i64
                %v571 = arith.subi %v477, %v112 : i64
                %v572 = arith.addi %v570, %v571 : i64
                %v573 = llvm.getelementptr %v70[%v572] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v574 = llvm.load %v573 : !llvm.ptr -> f32
                %v575 = arith.negf %v574 : f32
                %v576 = arith.mulf %v575, %v293 fastmath<contract> : f32
                %v577 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v576) : (f32) -> f32
                %v578 = arith.addf %v72, %v577 fastmath<contract> : f32
                %v579 = arith.divf %v72, %v578 : f32
                %v580 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v579) : (f32) -> f32
                %v581 = arith.mulf %v298, %v580 fastmath<contract> : f32
                %v582 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v581) : (f32) -> f32
                llvm.store %v582, %v63 : f32, !llvm.ptr
                %v583 = arith.constant 12 : i64
                %v584 = arith.addi %v583, %v38 : i64
                %v585 = arith.muli %v584, %v140 : i64
                %v586 = arith.subi %v477, %v112 : i64
                %v587 = arith.addi %v585, %v586 : i64
                %v588 = llvm.getelementptr %v70[%v587] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v589 = llvm.load %v588 : !llvm.ptr -> f32
                %v590 = arith.negf %v589 : f32
                %v591 = arith.mulf %v590, %v293 fastmath<contract> : f32
                %v592 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v591) : (f32) -> f32
                %v593 = arith.addf %v72, %v592 fastmath<contract> : f32
                %v594 = arith.divf %v72, %v593 : f32
                %v595 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v594) : (f32) -> f32
                %v596 = arith.mulf %v298, %v595 fastmath<contract> : f32
                %v597 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v596) : (f32) -> f32
                llvm.store %v597, %v64 : f32, !llvm.ptr
                %v599 = arith.cmpi slt, %v598, %v210 : i32
                %v600 = arith.cmpi eq, %v598, %v216 : i32
                %v601 = arith.addi %v112, %v201 : i64
                %v602 = arith.muli %v38, %v140 : i64
                %v603 = arith.subi %v601, %v112 : i64
                %v604 = arith.addi %v602, %v603 : i64
                %v605 = llvm.getelementptr %v66[%v604] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v606 = llvm.load %v605 : !llvm.ptr -> f32
                %v607 = arith.muli %v52, %v229 : i64
                %v608 = arith.muli %v601, %v228 : i64
                %v609 = arith.addi %v607, %v608 : i64
                %v610 = arith.muli %v50, %size_DV : i64
                %v611 = arith.addi %v609, %v610 : i64
                %v612 = arith.addi %v611, %v48 : i64
                %v613 = llvm.getelementptr %dy_o[%v612] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v614 = llvm.load %v613 : !llvm.ptr -> f32
                %v615 = arith.mulf %v606, %v614 fastmath<contract> : f32
                %v616 = llvm.load %v57 : !llvm.ptr -> f32
                %v617 = llvm.load %v61 : !llvm.ptr -> f32
                %v618 = arith.mulf %v617, %v616 fastmath<contract> : f32
                %v619 = arith.addf %v615, %v618 fastmath<contract> : f32
                llvm.store %v619, %v57 : f32, !llvm.ptr
                %v620 = llvm.load %v73 : !llvm.ptr -> f32
                %v621 = arith.mulf %v620, %v617 fastmath<contract> : f32
                llvm.store %v621, %v73 : f32, !llvm.ptr
                %v622 = arith.constant 4 : i64
                %v623 = arith.addi %v622, %v38 : i64
                %v624 = arith.muli %v623, %v140 : i64
                %v625 = arith.subi %v601, %v112 : i64
                %v626 = arith.addi %v624, %v625 : i64
                %v627 = llvm.getelementptr %v66[%v626] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v628 = llvm.load %v627 : !llvm.ptr -> f32
                %v629 = arith.mulf %v628, %v614 fastmath<contract> : f32
                %v630 = llvm.load %v58 : !llvm.ptr -> f32
                %v631 = llvm.load %v62 : !llvm.ptr -> f32
                %v632 = arith.mulf %v631, %v630 fastmath<contract> : f32
                %v633 = arith.addf %v629, %v632 fastmath<contract> : f32
                llvm.store %v633, %v58 : f32, !llvm.ptr
                %v634 = llvm.load %v74 : !llvm.ptr -> f32
                %v635 = arith.mulf %v634, %v631 fastmath<contract> : f32
                llvm.store %v635, %v74 : f32, !llvm.ptr
                %v636 = arith.constant 8 : i64
                %v637 = arith.addi %v636, %v38 : i64
                %v638 = arith.muli %v637, %v140 : i64
                %v639 = arith.subi %v601, %v112 : i64
                %v640 = arith.addi %v638, %v639 : i64
                %v641 = llvm.getelementptr %v66[%v640] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v642 = llvm.load %v641 : !llvm.ptr -> f32
                %v643 = arith.mulf %v642, %v614 fastmath<contract> : f32
                %v644 = llvm.load %v59 : !llvm.ptr -> f32
                %v645 = llvm.load %v63 : !llvm.ptr -> f32
                %v646 = arith.mulf %v645, %v644 fastmath<contract> : f32
                %v647 = arith.addf %v643, %v646 fastmath<contract> : f32
                llvm.store %v647, %v59 : f32, !llvm.ptr
                %v648 = llvm.load %v75 : !llvm.ptr -> f32
                %v649 = arith.mulf %v648, %v645 fastmath<contract> : f32
                llvm.store %v649, %v75 : f32, !llvm.ptr
                %v650 = arith.constant 12 : i64
                %v651 = arith.addi %v650, %v38 : i64
                %v652 = arith.muli %v651, %v140 : i64
                %v653 = arith.subi %v601, %v112 : i64
                %v654 = arith.addi %v652, %v653 : i64
                %v655 = llvm.getelementptr %v66[%v654] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v656 = llvm.load %v655 : !llvm.ptr -> f32
                %v657 = arith.mulf %v656, %v614 fastmath<contract> : f32
                %v658 = llvm.load %v60 : !llvm.ptr -> f32
                %v659 = llvm.load %v64 : !llvm.ptr -> f32
                %v660 = arith.mulf %v659, %v658 fastmath<contract> : f32
                %v661 = arith.addf %v657, %v660 fastmath<contract> : f32
                llvm.store %v661, %v60 : f32, !llvm.ptr
                %v662 = llvm.load %v76 : !llvm.ptr -> f32
                %v663 = arith.mulf %v662, %v659 fastmath<contract> : f32
                llvm.store %v663, %v76 : f32, !llvm.ptr
                scf.if %v600 {
                }
                %v664 = arith.muli %v38, %v140 : i64
                %v665 = arith.subi %v601, %v112 : i64
                %v666 = arith.addi %v664, %v665 : i64
                %v667 = llvm.getelementptr %v70[%v666] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v668 = llvm.load %v667 : !llvm.ptr -> f32
                %v669 = arith.negf %v668 : f32
                %v670 = arith.mulf %v669, %v293 fastmath<contract> : f32
                %v671 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v670) : (f32) -> f32
                %v672 = arith.addf %v72, %v671 fastmath<contract> : f32
                %v673 = arith.divf %v72, %v672 : f32
                %v674 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v673) : (f32) -> f32
                %v675 = arith.mulf %v298, %v674 fastmath<contract> : f32
                %v676 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v675) : (f32) -> f32
                llvm.store %v676, %v61 : f32, !llvm.ptr
                %v677 = arith.constant 4 : i64
                %v678 = arith.addi %v677, %v38 : i64
                %v679 = arith.muli %v678, %v140 : i64
                %v680 = arith.subi %v601, %v112 : i64
                %v681 = arith.addi %v679, %v680 : i64
                %v682 = llvm.getelementptr %v70[%v681] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v683 = llvm.load %v682 : !llvm.ptr -> f32
                %v684 = arith.negf %v683 : f32
                %v685 = arith.mulf %v684, %v293 fastmath<contract> : f32
                %v686 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v685) : (f32) -> f32
                %v687 = arith.addf %v72, %v686 fastmath<contract> : f32
                %v688 = arith.divf %v72, %v687 : f32
                %v689 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v688) : (f32) -> f32
                %v690 = arith.mulf %v298, %v689 fastmath<contract> : f32
                %v691 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v690) : (f32) -> f32
                llvm.store %v691, %v62 : f32, !llvm.ptr
                %v692 = arith.constant 8 : i64
                %v693 = arith.addi %v692, %v38 : i64
                %v694 = arith.muli %v693, %v140 : i64
                %v695 = arith.subi %v601, %v112 : i64
                %v696 = arith.addi %v694, %v695 : i64
                %v697 = llvm.getelementptr %v70[%v696] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v698 = llvm.load %v697 : !llvm.ptr -> f32
                %v699 = arith.negf %v698 : f32
                %v700 = arith.mulf %v699, %v293 fastmath<contract> : f32
                %v701 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v700) : (f32) -> f32
                %v702 = arith.addf %v72, %v701 fastmath<contract> : f32
                %v703 = arith.divf %v72, %v702 : f32
                %v704 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v703) : (f32) -> f32
                %v705 = arith.mulf %v298, %v704 fastmath<contract> : f32
                %v706 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v705) : (f32) -> f32
                llvm.store %v706, %v63 : f32, !llvm.ptr
                %v707 = arith.constant 12 : i64
                %v708 = arith.addi %v707, %v38 : i64
                %v709 = arith.muli %v708, %v140 : i64
                %v710 = arith.subi %v601, %v112 : i64
                %v711 = arith.addi %v709, %v710 : i64
                %v712 = llvm.getelementptr %v70[%v711] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v713 = llvm.load %v712 : !llvm.ptr -> f32
                %v714 = arith.negf %v713 : f32
                %v715 = arith.mulf %v714, %v293 fastmath<contract> : f32
                %v716 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v715) : (f32) -> f32
                %v717 = arith.addf %v72, %v716 fastmath<contract> : f32
                %v718 = arith.divf %v72, %v717 : f32
                %v719 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v718) : (f32) -> f32
                %v720 = arith.mulf %v298, %v719 fastmath<contract> : f32
                %v721 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v720) : (f32) -> f32
                llvm.store %v721, %v64 : f32, !llvm.ptr
              } else {
                %v722 = arith.subi %v114, %v2 : i64
                %v723 = arith.addi %v201, %v38 : i64
                %v724 = arith.minsi %v723, %v722 : i64
                %v725 = arith.addi %v112, %v724 : i64
                // the group's states, recomputed into registers
                %v726 = arith.subi %v114, %v201 : i64
                %v727 = arith.trunci %v726 : i64 to i32
                %v728 = arith.subi %size_L, %v2 : i64
                %v729 = arith.addi %v112, %v201 : i64
                %v730 = arith.subi %v728, %v729 : i64
                %v731 = arith.minsi %v730, %v214 : i64
                %v732 = arith.trunci %v731 : i64 to i32
                %v733 = arith.addi %v201, %v79 : i64
                %v734 = arith.cmpi slt, %v218, %v727 : i32
                %v735 = arith.cmpi eq, %v218, %v732 : i32
                scf.if %v734 {
                  %v736 = arith.addi %v112, %v733 : i64
                  %v737 = arith.muli %v38, %v140 : i64
                  %v738 = arith.subi %v736, %v112 : i64
                  %v739 = arith.addi %v737, %v738 : i64
                  %v740 = llvm.getelementptr %v66[%v739] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v741 = llvm.load %v740 : !llvm.ptr -> f32
                  %v742 = arith.muli %v52, %v229 : i64
                  %v743 = arith.muli %v736, %v228 : i64
                  %v744 = arith.addi %v742, %v743 : i64
                  %v745 = arith.muli %v50, %size_DV : i64
                  %v746 = arith.addi %v744, %v745 : i64
                  %v747 = arith.addi %v746, %v48 : i64
                  %v748 = llvm.getelementptr %dy_o[%v747] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v749 = llvm.load %v748 : !llvm.ptr -> f32
                  %v750 = arith.mulf %v741, %v749 fastmath<contract> : f32
                  %v751 = llvm.load %v57 : !llvm.ptr -> f32
                  %v752 = llvm.load %v61 : !llvm.ptr -> f32
                  %v753 = arith.mulf %v752, %v751 fastmath<contract> : f32
                  %v754 = arith.addf %v750, %v753 fastmath<contract> : f32
                  llvm.store %v754, %v57 : f32, !llvm.ptr
                  %v755 = llvm.load %v73 : !llvm.ptr -> f32
                  %v756 = arith.mulf %v755, %v752 fastmath<contract> : f32
                  llvm.store %v756, %v73 : f32, !llvm.ptr
                  %v757 = arith.constant 4 : i64
                  %v758 = arith.addi %v757, %v38 : i64
                  %v759 = arith.muli %v758, %v140 : i64
                  %v760 = arith.subi %v736, %v112 : i64
                  %v761 = arith.addi %v759, %v760 : i64
                  %v762 = llvm.getelementptr %v66[%v761] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v763 = llvm.load %v762 : !llvm.ptr -> f32
                  %v764 = arith.mulf %v763, %v749 fastmath<contract> : f32
                  %v765 = llvm.load %v58 : !llvm.ptr -> f32
                  %v766 = llvm.load %v62 : !llvm.ptr -> f32
                  %v767 = arith.mulf %v766, %v765 fastmath<contract> : f32
                  %v768 = arith.addf %v764, %v767 fastmath<contract> : f32
                  llvm.store %v768, %v58 : f32, !llvm.ptr
                  %v769 = llvm.load %v74 : !llvm.ptr -> f32
                  %v770 = arith.mulf %v769, %v766 fastmath<contract> : f32
                  llvm.store %v770, %v74 : f32, !llvm.ptr
                  %v771 = arith.constant 8 : i64
                  %v772 = arith.addi %v771, %v38 : i64
                  %v773 = arith.muli %v772, %v140 : i64
                  %v774 = arith.subi %v736, %v112 : i64
                  %v775 = arith.addi %v773, %v774 : i64
                  %v776 = llvm.getelementptr %v66[%v775] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v777 = llvm.load %v776 : !llvm.ptr -> f32
                  %v778 = arith.mulf %v777, %v749 fastmath<contract> : f32
                  %v779 = llvm.load %v59 : !llvm.ptr -> f32
                  %v780 = llvm.load %v63 : !llvm.ptr -> f32
                  %v781 = arith.mulf %v780, %v779 fastmath<contract> : f32
                  %v782 = arith.addf %v778, %v781 fastmath<contract> : f32
                  llvm.store %v782, %v59 : f32, !llvm.ptr
                  %v783 = llvm.load %v75 : !llvm.ptr -> f32
                  %v784 = arith.mulf %v783, %v780 fastmath<contract> : f32
                  llvm.store %v784, %v75 : f32, !llvm.ptr
                  %v785 = arith.constant 12 : i64
                  %v786 = arith.addi %v785, %v38 : i64
                  %v787 = arith.muli %v786, %v140 : i64
                  %v788 = arith.subi %v736, %v112 : i64
                  %v789 = arith.addi %v787, %v788 : i64
                  %v790 = llvm.getelementptr %v66[%v789] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v791 = llvm.load %v790 : !llvm.ptr -> f32
                  %v792 = arith.mulf %v791, %v749 fastmath<contract> : f32
                  %v793 = llvm.load %v60 : !llvm.ptr -> f32
                  %v794 = llvm.load %v64 : !llvm.ptr -> f32
                  %v795 = arith.mulf %v794, %v793 fastmath<contract> : f32
                  %v796 = arith.addf %v792, %v795 fastmath<contract> : f32
                  llvm.store %v796, %v60 : f32, !llvm.ptr
                  %v797 = llvm.load %v76 : !llvm.ptr -> f32
                  %v798 = arith.mulf %v797, %v794 fastmath<contract> : f32
                  llvm.store %v798, %v76 : f32, !llvm.ptr
                  scf.if %v735 {
                  }
                  %v799 = arith.muli %v38, %v140 : i64
                  %v800 = arith.subi %v736, %v112 : i64
                  %v801 = arith.addi %v799, %v800 : i64
                  %v802 = llvm.getelementptr %v70[%v801] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v803 = llvm.load %v802 : !llvm.ptr -> f32
                  %v804 = arith.negf %v803 : f32
                  %v805 = arith.mulf %v804, %v293 fastmath<contract> : f32
                  %v806 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v805) : (f32) -> f32
                  %v807 = arith.addf %v72, %v806 fastmath<contract> : f32
                  %v808 = arith.divf %v72, %v807 : f32
                  %v809 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v808) : (f32) -> f32
                  %v810 = arith.mulf %v298, %v809 fastmath<contract> : f32
                  %v811 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v810) : (f32) -> f32
                  llvm.store %v811, %v61 : f32, !llvm.ptr
                  %v812 = arith.constant 4 : i64
                  %v813 = arith.addi %v812, %v38 : i64
                  %v814 = arith.muli %v813, %v140 : i64
                  %v815 = arith.subi %v736, %v112 : i64
                  %v816 = arith.addi %v814, %v815 : i64
                  %v817 = llvm.getelementptr %v70[%v816] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v818 = llvm.load %v817 : !llvm.ptr -> f32
                  %v819 = arith.negf %v818 : f32
                  %v820 = arith.mulf %v819, %v293 fastmath<contract> : f32
                  %v821 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v820) : (f32) -> f32
                  %v822 = arith.addf %v72, %v821 fastmath<contract> : f32
                  %v823 = arith.divf %v72, %v822 : f32
                  %v824 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v823) : (f32) -> f32
                  %v825 = arith.mulf %v298, %v824 fastmath<contract> : f32
                  %v826 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v825) : (f32) -> f32
                  llvm.store %v826, %v62 : f32, !llvm.ptr
                  %v827 = arith.constant 8 : i64
                  %v828 = arith.addi %v827, %v38 : i64
                  %v829 = arith.muli %v828, %v140 : i64
                  %v830 = arith.subi %v736, %v112 : i64
                  %v831 = arith.addi %v829, %v830 : i64
                  %v832 = llvm.getelementptr %v70[%v831] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v833 = llvm.load %v832 : !llvm.ptr -> f32
                  %v834 = arith.negf %v833 : f32
                  %v835 = arith.mulf %v834, %v293 fastmath<contract> : f32
                  %v836 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v835) : (f32) -> f32
                  %v837 = arith.addf %v72, %v836 fastmath<contract> : f32
                  %v838 = arith.divf %v72, %v837 : f32
                  %v839 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v838) : (f32) -> f32
                  %v840 = arith.mulf %v298, %v839 fastmath<contract> : f32
                  %v841 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v840) : (f32) -> f32
                  llvm.store %v841, %v63 : f32, !llvm.ptr
                  %v842 = arith.constant 12 : i64
                  %v843 = arith.addi %v842, %v38 : i64
                  %v844 = arith.muli %v843, %v140 : i64
                  %v845 = arith.subi %v736, %v112 : i64
                  %v846 = arith.addi %v844, %v845 : i64
                  %v847 = llvm.getelementptr %v70[%v846] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v848 = llvm.load %v847 : !llvm.ptr -> f32
                  %v849 = arith.negf %v848 : f32
                  %v850 = arith.mulf %v849, %v293 fastmath<contract> : f32
                  %v851 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v850) : (f32) -> f32
                  %v852 = arith.addf %v72, %v851 fastmath<contract> : f32
                  %v853 = arith.divf %v72, %v852 : f32
                  %v854 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v853) : (f32) -> f32
                  %v855 = arith.mulf %v298, %v854 fastmath<contract> : f32
                  %v856 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v855) : (f32) -> f32
                  llvm.store %v856, %v64 : f32, !llvm.ptr
                }
                %v857 = arith.addi %v201, %v347 : i64
                %v858 = arith.cmpi slt, %v349, %v727 : i32
                %v859 = arith.cmpi eq, %v349, %v732 : i32
                scf.if %v858 {
                  %v860 = arith.addi %v112, %v857 : i64
                  %v861 = arith.muli %v38, %v140 : i64
                  %v862 = arith.subi %v860, %v112 : i64
                  %v863 = arith.addi %v861, %v862 : i64
                  %v864 = llvm.getelementptr %v66[%v863] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v865 = llvm.load %v864 : !llvm.ptr -> f32
                  %v866 = arith.muli %v52, %v229 : i64
                  %v867 = arith.muli %v860, %v228 : i64
                  %v868 = arith.addi %v866, %v867 : i64
                  %v869 = arith.muli %v50, %size_DV : i64
                  %v870 = arith.addi %v868, %v869 : i64
                  %v871 = arith.addi %v870, %v48 : i64
                  %v872 = llvm.getelementptr %dy_o[%v871] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v873 = llvm.load %v872 : !llvm.ptr -> f32
                  %v874 = arith.mulf %v865, %v873 fastmath<contract> : f32
                  %v875 = llvm.load %v57 : !llvm.ptr -> f32
                  %v876 = llvm.load %v61 : !llvm.ptr -> f32
                  %v877 = arith.mulf %v876, %v875 fastmath<contract> : f32
                  %v878 = arith.addf %v874, %v877 fastmath<contract> : f32
                  llvm.store %v878, %v57 : f32, !llvm.ptr
                  %v879 = llvm.load %v73 : !llvm.ptr -> f32
                  %v880 = arith.mulf %v879, %v876 fastmath<contract> : f32
                  llvm.store %v880, %v73 : f32, !llvm.ptr
                  %v881 = arith.constant 4 : i64
                  %v882 = arith.addi %v881, %v38 : i64
                  %v883 = arith.muli %v882, %v140 : i64
                  %v884 = arith.subi %v860, %v112 : i64
                  %v885 = arith.addi %v883, %v884 : i64
                  %v886 = llvm.getelementptr %v66[%v885] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v887 = llvm.load %v886 : !llvm.ptr -> f32
                  %v888 = arith.mulf %v887, %v873 fastmath<contract> : f32
                  %v889 = llvm.load %v58 : !llvm.ptr -> f32
                  %v890 = llvm.load %v62 : !llvm.ptr -> f32
                  %v891 = arith.mulf %v890, %v889 fastmath<contract> : f32
                  %v892 = arith.addf %v888, %v891 fastmath<contract> : f32
                  llvm.store %v892, %v58 : f32, !llvm.ptr
                  %v893 = llvm.load %v74 : !llvm.ptr -> f32
                  %v894 = arith.mulf %v893, %v890 fastmath<contract> : f32
                  llvm.store %v894, %v74 : f32, !llvm.ptr
                  %v895 = arith.constant 8 : i64
                  %v896 = arith.addi %v895, %v38 : i64
                  %v897 = arith.muli %v896, %v140 : i64
                  %v898 = arith.subi %v860, %v112 : i64
                  %v899 = arith.addi %v897, %v898 : i64
                  %v900 = llvm.getelementptr %v66[%v899] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v901 = llvm.load %v900 : !llvm.ptr -> f32
                  %v902 = arith.mulf %v901, %v873 fastmath<contract> : f32
                  %v903 = llvm.load %v59 : !llvm.ptr -> f32
                  %v904 = llvm.load %v63 : !llvm.ptr -> f32
                  %v905 = arith.mulf %v904, %v903 fastmath<contract> : f32
                  %v906 = arith.addf %v902, %v905 fastmath<contract> : f32
                  llvm.store %v906, %v59 : f32, !llvm.ptr
                  %v907 = llvm.load %v75 : !llvm.ptr -> f32
                  %v908 = arith.mulf %v907, %v904 fastmath<contract> : f32
                  llvm.store %v908, %v75 : f32, !llvm.ptr
                  %v909 = arith.constant 12 : i64
                  %v910 = arith.addi %v909, %v38 : i64
                  %v911 = arith.muli %v910, %v140 : i64
                  %v912 = arith.subi %v860, %v112 : i64
                  %v913 = arith.addi %v911, %v912 : i64
                  %v914 = llvm.getelementptr %v66[%v913] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v915 = llvm.load %v914 : !llvm.ptr -> f32
                  %v916 = arith.mulf %v915, %v873 fastmath<contract> : f32
                  %v917 = llvm.load %v60 : !llvm.ptr -> f32
                  %v918 = llvm.load %v64 : !llvm.ptr -> f32
                  %v919 = arith.mulf %v918, %v917 fastmath<contract> : f32
                  %v920 = arith.addf %v916, %v919 fastmath<contract> : f32
                  llvm.store %v920, %v60 : f32, !llvm.ptr
                  %v921 = llvm.load %v76 : !llvm.ptr -> f32
                  %v922 = arith.mulf %v921, %v918 fastmath<contract> : f32
                  llvm.store %v922, %v76 : f32, !llvm.ptr
                  scf.if %v859 {
                  }
                  %v923 = arith.muli %v38, %v140 : i64
                  %v924 = arith.subi %v860, %v112 : i64
                  %v925 = arith.addi %v923, %v924 : i64
                  %v926 = llvm.getelementptr %v70[%v925] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v927 = llvm.load %v926 : !llvm.ptr -> f32
                  %v928 = arith.negf %v927 : f32
                  %v929 = arith.mulf %v928, %v293 fastmath<contract> : f32
                  %v930 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v929) : (f32) -> f32
                  %v931 = arith.addf %v72, %v930 fastmath<contract> : f32
                  %v932 = arith.divf %v72, %v931 : f32
                  %v933 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v932) : (f32) -> f32
                  %v934 = arith.mulf %v298, %v933 fastmath<contract> : f32
                  %v935 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v934) : (f32) -> f32
                  llvm.store %v935, %v61 : f32, !llvm.ptr
                  %v936 = arith.constant 4 : i64
                  %v937 = arith.addi %v936, %v38 : i64
                  %v938 = arith.muli %v937, %v140 : i64
                  %v939 = arith.subi %v860, %v112 : i64
                  %v940 = arith.addi %v938, %v939 : i64
                  %v941 = llvm.getelementptr %v70[%v940] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v942 = llvm.load %v941 : !llvm.ptr -> f32
                  %v943 = arith.negf %v942 : f32
                  %v944 = arith.mulf %v943, %v293 fastmath<contract> : f32
                  %v945 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v944) : (f32) -> f32
                  %v946 = arith.addf %v72, %v945 fastmath<contract> : f32
                  %v947 = arith.divf %v72, %v946 : f32
                  %v948 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v947) : (f32) -> f32
                  %v949 = arith.mulf %v298, %v948 fastmath<contract> : f32
                  %v950 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v949) : (f32) -> f32
                  llvm.store %v950, %v62 : f32, !llvm.ptr
                  %v951 = arith.constant 8 : i64
                  %v952 = arith.addi %v951, %v38 : i64
                  %v953 = arith.muli %v952, %v140 : i64
                  %v954 = arith.subi %v860, %v112 : i64
                  %v955 = arith.addi %v953, %v954 : i64
                  %v956 = llvm.getelementptr %v70[%v955] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v957 = llvm.load %v956 : !llvm.ptr -> f32
                  %v958 = arith.negf %v957 : f32
                  %v959 = arith.mulf %v958, %v293 fastmath<contract> : f32
                  %v960 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v959) : (f32) -> f32
                  %v961 = arith.addf %v72, %v960 fastmath<contract> : f32
                  %v962 = arith.divf %v72, %v961 : f32
                  %v963 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v962) : (f32) -> f32
                  %v964 = arith.mulf %v298, %v963 fastmath<contract> : f32
                  %v965 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v964) : (f32) -> f32
                  llvm.store %v965, %v63 : f32, !llvm.ptr
                  %v966 = arith.constant 12 : i64
                  %v967 = arith.addi %v966, %v38 : i64
                  %v968 = arith.muli %v967, %v140 : i64
                  %v969 = arith.subi %v860, %v112 : i64
                  %v970 = arith.addi %v968, %v969 : i64
                  %v971 = llvm.getelementptr %v70[%v970] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v972 = llvm.load %v971 : !llvm.ptr -> f32
                  %v973 = arith.negf %v972 : f32
                  %v974 = arith.mulf %v973, %v293 fastmath<contract> : f32
                  %v975 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v974) : (f32) -> f32
                  %v976 = arith.addf %v72, %v975 fastmath<contract> : f32
                  %v977 = arith.divf %v72, %v976 : f32
                  %v978 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v977) : (f32) -> f32
                  %v979 = arith.mulf %v298, %v978 fastmath<contract> : f32
                  %v980 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v979) : (f32) -> f32
                  llvm.store %v980, %v64 : f32, !llvm.ptr
                }
                %v981 = arith.addi %v201, %v2 : i64
                %v982 = arith.cmpi slt, %v474, %v727 : i32
                %v983 = arith.cmpi eq, %v474, %v732 : i32
                scf.if %v982 {
                  %v984 = arith.addi %v112, %v981 : i64
                  %v985 = arith.muli %v38, %v140 : i64
                  %v986 = arith.subi %v984, %v112 : i64
                  %v987 = arith.addi %v985, %v986 : i64
                  %v988 = llvm.getelementptr %v66[%v987] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v989 = llvm.load %v988 : !llvm.ptr -> f32
                  %v990 = arith.muli %v52, %v229 : i64
                  %v991 = arith.muli %v984, %v228 : i64
                  %v992 = arith.addi %v990, %v991 : i64
                  %v993 = arith.muli %v50, %size_DV : i64
                  %v994 = arith.addi %v992, %v993 : i64
                  %v995 = arith.addi %v994, %v48 : i64
                  %v996 = llvm.getelementptr %dy_o[%v995] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v997 = llvm.load %v996 : !llvm.ptr -> f32
                  %v998 = arith.mulf %v989, %v997 fastmath<contract> : f32
                  %v999 = llvm.load %v57 : !llvm.ptr -> f32
                  %v1000 = llvm.load %v61 : !llvm.ptr -> f32
                  %v1001 = arith.mulf %v1000, %v999 fastmath<contract> : f32
                  %v1002 = arith.addf %v998, %v1001 fastmath<contract> : f32
                  llvm.store %v1002, %v57 : f32, !llvm.ptr
                  %v1003 = llvm.load %v73 : !llvm.ptr -> f32
                  %v1004 = arith.mulf %v1003, %v1000 fastmath<contract> : f32
                  llvm.store %v1004, %v73 : f32, !llvm.ptr
                  %v1005 = arith.constant 4 : i64
                  %v1006 = arith.addi %v1005, %v38 : i64
                  %v1007 = arith.muli %v1006, %v140 : i64
                  %v1008 = arith.subi %v984, %v112 : i64
                  %v1009 = arith.addi %v1007, %v1008 : i64
                  %v1010 = llvm.getelementptr %v66[%v1009] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1011 = llvm.load %v1010 : !llvm.ptr -> f32
                  %v1012 = arith.mulf %v1011, %v997 fastmath<contract> : f32
                  %v1013 = llvm.load %v58 : !llvm.ptr -> f32
                  %v1014 = llvm.load %v62 : !llvm.ptr -> f32
                  %v1015 = arith.mulf %v1014, %v1013 fastmath<contract> : f32
                  %v1016 = arith.addf %v1012, %v1015 fastmath<contract> : f32
                  llvm.store %v1016, %v58 : f32, !llvm.ptr
                  %v1017 = llvm.load %v74 : !llvm.ptr -> f32
                  %v1018 = arith.mulf %v1017, %v1014 fastmath<contract> : f32
                  llvm.store %v1018, %v74 : f32, !llvm.ptr
                  %v1019 = arith.constant 8 : i64
                  %v1020 = arith.addi %v1019, %v38 : i64
                  %v1021 = arith.muli %v1020, %v140 : i64
                  %v1022 = arith.subi %v984, %v112 : i64
                  %v1023 = arith.addi %v1021, %v1022 : i64
                  %v1024 = llvm.getelementptr %v66[%v1023] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1025 = llvm.load %v1024 : !llvm.ptr -> f32
                  %v1026 = arith.mulf %v1025, %v997 fastmath<contract> : f32
                  %v1027 = llvm.load %v59 : !llvm.ptr -> f32
                  %v1028 = llvm.load %v63 : !llvm.ptr -> f32
                  %v1029 = arith.mulf %v1028, %v1027 fastmath<contract> : f32
                  %v1030 = arith.addf %v1026, %v1029 fastmath<contract> : f32
                  llvm.store %v1030, %v59 : f32, !llvm.ptr
                  %v1031 = llvm.load %v75 : !llvm.ptr -> f32
                  %v1032 = arith.mulf %v1031, %v1028 fastmath<contract> : f32
                  llvm.store %v1032, %v75 : f32, !llvm.ptr
                  %v1033 = arith.constant 12 : i64
                  %v1034 = arith.addi %v1033, %v38 : i64
                  %v1035 = arith.muli %v1034, %v140 : i64
                  %v1036 = arith.subi %v984, %v112 : i64
                  %v1037 = arith.addi %v1035, %v1036 : i64
                  %v1038 = llvm.getelementptr %v66[%v1037] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1039 = llvm.load %v1038 : !llvm.ptr -> f32
                  %v1040 = arith.mulf %v1039, %v997 fastmath<contract> : f32
                  %v1041 = llvm.load %v60 : !llvm.ptr -> f32
                  %v1042 = llvm.load %v64 : !llvm.ptr -> f32
                  %v1043 = arith.mulf %v1042, %v1041 fastmath<contract> : f32
                  %v1044 = arith.addf %v1040, %v1043 fastmath<contract> : f32
                  llvm.store %v1044, %v60 : f32, !llvm.ptr
                  %v1045 = llvm.load %v76 : !llvm.ptr -> f32
                  %v1046 = arith.mulf %v1045, %v1042 fastmath<contract> : f32
                  llvm.store %v1046, %v76 : f32, !llvm.ptr
                  scf.if %v983 {
                  }
                  %v1047 = arith.muli %v38, %v140 : i64
                  %v1048 = arith.subi %v984, %v112 : i64
                  %v1049 = arith.addi %v1047, %v1048 : i64
                  %v1050 = llvm.getelementptr %v70[%v1049] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1051 = llvm.load %v1050 : !llvm.ptr -> f32
                  %v1052 = arith.negf %v1051 : f32
                  %v1053 = arith.mulf %v1052, %v293 fastmath<contract> : f32
                  %v1054 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1053) : (f32) -> f32
                  %v1055 = arith.addf %v72, %v1054 fastmath<contract> : f32
                  %v1056 = arith.divf %v72, %v1055 : f32
                  %v1057 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v1056) : (f32) -> f32
                  %v1058 = arith.mulf %v298, %v1057 fastmath<contract> : f32
                  %v1059 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1058) : (f32) -> f32
                  llvm.store %v1059, %v61 : f32, !llvm.ptr
                  %v1060 = arith.constant 4 : i64
                  %v1061 = arith.addi %v1060, %v38 : i64
                  %v1062 = arith.muli %v1061, %v140 : i64
                  %v1063 = arith.subi %v984, %v112 : i64
                  %v1064 = arith.addi %v1062, %v1063 : i64
                  %v1065 = llvm.getelementptr %v70[%v1064] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1066 = llvm.load %v1065 : !llvm.ptr -> f32
                  %v1067 = arith.negf %v1066 : f32
                  %v1068 = arith.mulf %v1067, %v293 fastmath<contract> : f32
                  %v1069 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1068) : (f32) -> f32
                  %v1070 = arith.addf %v72, %v1069 fastmath<contract> : f32
                  %v1071 = arith.divf %v72, %v1070 : f32
                  %v1072 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v1071) : (f32) -> f32
                  %v1073 = arith.mulf %v298, %v1072 fastmath<contract> : f32
                  %v1074 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1073) : (f32) -> f32
                  llvm.store %v1074, %v62 : f32, !llvm.ptr
                  %v1075 = arith.constant 8 : i64
                  %v1076 = arith.addi %v1075, %v38 : i64
                  %v1077 = arith.muli %v1076, %v140 : i64
                  %v1078 = arith.subi %v984, %v112 : i64
                  %v1079 = arith.addi %v1077, %v1078 : i64
                  %v1080 = llvm.getelementptr %v70[%v1079] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1081 = llvm.load %v1080 : !llvm.ptr -> f32
                  %v1082 = arith.negf %v1081 : f32
                  %v1083 = arith.mulf %v1082, %v293 fastmath<contract> : f32
                  %v1084 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1083) : (f32) -> f32
                  %v1085 = arith.addf %v72, %v1084 fastmath<contract> : f32
                  %v1086 = arith.divf %v72, %v1085 : f32
                  %v1087 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v1086) : (f32) -> f32
                  %v1088 = arith.mulf %v298, %v1087 fastmath<contract> : f32
                  %v1089 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1088) : (f32) -> f32
                  llvm.store %v1089, %v63 : f32, !llvm.ptr
                  %v1090 = arith.constant 12 : i64
                  %v1091 = arith.addi %v1090, %v38 : i64
                  %v1092 = arith.muli %v1091, %v140 : i64
                  %v1093 = arith.subi %v984, %v112 : i64
                  %v1094 = arith.addi %v1092, %v1093 : i64
                  %v1095 = llvm.getelementptr %v70[%v1094] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1096 = llvm.load %v1095 : !llvm.ptr -> f32
                  %v1097 = arith.negf %v1096 : f32
                  %v1098 = arith.mulf %v1097, %v293 fastmath<contract> : f32
                  %v1099 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1098) : (f32) -> f32
                  %v1100 = arith.addf %v72, %v1099 fastmath<contract> : f32
                  %v1101 = arith.divf %v72, %v1100 : f32
                  %v1102 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v1101) : (f32) -> f32
                  %v1103 = arith.mulf %v298, %v1102 fastmath<contract> : f32
                  %v1104 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1103) : (f32) -> f32
                  llvm.store %v1104, %v64 : f32, !llvm.ptr
                }
                %v1105 = arith.cmpi slt, %v598, %v727 : i32
                %v1106 = arith.cmpi eq, %v598, %v732 : i32
                scf.if %v1105 {
                  %v1107 = arith.addi %v112, %v201 : i64
                  %v1108 = arith.muli %v38, %v140 : i64
                  %v1109 = arith.subi %v1107, %v112 : i64
                  %v1110 = arith.addi %v1108, %v1109 : i64
                  %v1111 = llvm.getelementptr %v66[%v1110] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1112 = llvm.load %v1111 : !llvm.ptr -> f32
                  %v1113 = arith.muli %v52, %v229 : i64
                  %v1114 = arith.muli %v1107, %v228 : i64
                  %v1115 = arith.addi %v1113, %v1114 : i64
                  %v1116 = arith.muli %v50, %size_DV : i64
                  %v1117 = arith.addi %v1115, %v1116 : i64
                  %v1118 = arith.addi %v1117, %v48 : i64
                  %v1119 = llvm.getelementptr %dy_o[%v1118] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1120 = llvm.load %v1119 : !llvm.ptr -> f32
                  %v1121 = arith.mulf %v1112, %v1120 fastmath<contract> : f32
                  %v1122 = llvm.load %v57 : !llvm.ptr -> f32
                  %v1123 = llvm.load %v61 : !llvm.ptr -> f32
                  %v1124 = arith.mulf %v1123, %v1122 fastmath<contract> : f32
                  %v1125 = arith.addf %v1121, %v1124 fastmath<contract> : f32
                  llvm.store %v1125, %v57 : f32, !llvm.ptr
                  %v1126 = llvm.load %v73 : !llvm.ptr -> f32
                  %v1127 = arith.mulf %v1126, %v1123 fastmath<contract> : f32
                  llvm.store %v1127, %v73 : f32, !llvm.ptr
                  %v1128 = arith.constant 4 : i64
                  %v1129 = arith.addi %v1128, %v38 : i64
                  %v1130 = arith.muli %v1129, %v140 : i64
                  %v1131 = arith.subi %v1107, %v112 : i64
                  %v1132 = arith.addi %v1130, %v1131 : i64
                  %v1133 = llvm.getelementptr %v66[%v1132] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1134 = llvm.load %v1133 : !llvm.ptr -> f32
                  %v1135 = arith.mulf %v1134, %v1120 fastmath<contract> : f32
                  %v1136 = llvm.load %v58 : !llvm.ptr -> f32
                  %v1137 = llvm.load %v62 : !llvm.ptr -> f32
                  %v1138 = arith.mulf %v1137, %v1136 fastmath<contract> : f32
                  %v1139 = arith.addf %v1135, %v1138 fastmath<contract> : f32
                  llvm.store %v1139, %v58 : f32, !llvm.ptr
                  %v1140 = llvm.load %v74 : !llvm.ptr -> f32
                  %v1141 = arith.mulf %v1140, %v1137 fastmath<contract> : f32
                  llvm.store %v1141, %v74 : f32, !llvm.ptr
                  %v1142 = arith.constant 8 : i64
                  %v1143 = arith.addi %v1142, %v38 : i64
                  %v1144 = arith.muli %v1143, %v140 : i64
                  %v1145 = arith.subi %v1107, %v112 : i64
                  %v1146 = arith.addi %v1144, %v1145 : i64
                  %v1147 = llvm.getelementptr %v66[%v1146] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1148 = llvm.load %v1147 : !llvm.ptr -> f32
                  %v1149 = arith.mulf %v1148, %v1120 fastmath<contract> : f32
                  %v1150 = llvm.load %v59 : !llvm.ptr -> f32
                  %v1151 = llvm.load %v63 : !llvm.ptr -> f32
                  %v1152 = arith.mulf %v1151, %v1150 fastmath<contract> : f32
                  %v1153 = arith.addf %v1149, %v1152 fastmath<contract> : f32
                  llvm.store %v1153, %v59 : f32, !llvm.ptr
                  %v1154 = llvm.load %v75 : !llvm.ptr -> f32
                  %v1155 = arith.mulf %v1154, %v1151 fastmath<contract> : f32
                  llvm.store %v1155, %v75 : f32, !llvm.ptr
                  %v1156 = arith.constant 12 : i64
                  %v1157 = arith.addi %v1156, %v38 : i64
                  %v1158 = arith.muli %v1157, %v140 : i64
                  %v1159 = arith.subi %v1107, %v112 : i64
                  %v1160 = arith.addi %v1158, %v1159 : i64
                  %v1161 = llvm.getelementptr %v66[%v1160] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1162 = llvm.load %v1161 : !llvm.ptr -> f32
                  %v1163 = arith.mulf %v1162, %v1120 fastmath<contract> : f32
                  %v1164 = llvm.load %v60 : !llvm.ptr -> f32
                  %v1165 = llvm.load %v64 : !llvm.ptr -> f32
                  %v1166 = arith.mulf %v1165, %v1164 fastmath<contract> : f32
                  %v1167 = arith.addf %v1163, %v1166 fastmath<contract> : f32
                  llvm.store %v1167, %v60 : f32, !llvm.ptr
                  %v1168 = llvm.load %v76 : !llvm.ptr -> f32
                  %v1169 = arith.mulf %v1168, %v1165 fastmath<contract> : f32
                  llvm.store %v1169, %v76 : f32, !llvm.ptr
                  scf.if %v1106 {
                  }
                  %v1170 = arith.muli %v38, %v140 : i64
                  %v1171 = arith.subi %v1107, %v112 : i64
                  %v1172 = arith.addi %v1170, %v1171 : i64
                  %v1173 = llvm.getelementptr %v70[%v1172] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1174 = llvm.load %v1173 : !llvm.ptr -> f32
                  %v1175 = arith.negf %v1174 : f32
                  %v1176 = arith.mulf %v1175, %v293 fastmath<contract> : f32
                  %v1177 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1176) : (f32) -> f32
                  %v1178 = arith.addf %v72, %v1177 fastmath<contract> : f32
                  %v1179 = arith.divf %v72, %v1178 : f32
                  %v1180 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v1179) : (f32) -> f32
                  %v1181 = arith.mulf %v298, %v1180 fastmath<contract> : f32
                  %v1182 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1181) : (f32) -> f32
                  llvm.store %v1182, %v61 : f32, !llvm.ptr
                  %v1183 = arith.constant 4 : i64
                  %v1184 = arith.addi %v1183, %v38 : i64
                  %v1185 = arith.muli %v1184, %v140 : i64
                  %v1186 = arith.subi %v1107, %v112 : i64
                  %v1187 = arith.addi %v1185, %v1186 : i64
                  %v1188 = llvm.getelementptr %v70[%v1187] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1189 = llvm.load %v1188 : !llvm.ptr -> f32
                  %v1190 = arith.negf %v1189 : f32
                  %v1191 = arith.mulf %v1190, %v293 fastmath<contract> : f32
                  %v1192 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1191) : (f32) -> f32
                  %v1193 = arith.addf %v72, %v1192 fastmath<contract> : f32
                  %v1194 = arith.divf %v72, %v1193 : f32
                  %v1195 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v1194) : (f32) -> f32
                  %v1196 = arith.mulf %v298, %v1195 fastmath<contract> : f32
                  %v1197 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1196) : (f32) -> f32
                  llvm.store %v1197, %v62 : f32, !llvm.ptr
                  %v1198 = arith.constant 8 : i64
                  %v1199 = arith.addi %v1198, %v38 : i64
                  %v1200 = arith.muli %v1199, %v140 : i64
                  %v1201 = arith.subi %v1107, %v112 : i64
                  %v1202 = arith.addi %v1200, %v1201 : i64
                  %v1203 = llvm.getelementptr %v70[%v1202] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1204 = llvm.load %v1203 : !llvm.ptr -> f32
                  %v1205 = arith.negf %v1204 : f32
                  %v1206 = arith.mulf %v1205, %v293 fastmath<contract> : f32
                  %v1207 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1206) : (f32) -> f32
                  %v1208 = arith.addf %v72, %v1207 fastmath<contract> : f32
                  %v1209 = arith.divf %v72, %v1208 : f32
                  %v1210 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v1209) : (f32) -> f32
                  %v1211 = arith.mulf %v298, %v1210 fastmath<contract> : f32
                  %v1212 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1211) : (f32) -> f32
                  llvm.store %v1212, %v63 : f32, !llvm.ptr
                  %v1213 = arith.constant 12 : i64
                  %v1214 = arith.addi %v1213, %v38 : i64
                  %v1215 = arith.muli %v1214, %v140 : i64
                  %v1216 = arith.subi %v1107, %v112 : i64
                  %v1217 = arith.addi %v1215, %v1216 : i64
                  %v1218 = llvm.getelementptr %v70[%v1217] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1219 = llvm.load %v1218 : !llvm.ptr -> f32
                  %v1220 = arith.negf %v1219 : f32
                  %v1221 = arith.mulf %v1220, %v293 fastmath<contract> : f32
                  %v1222 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1221) : (f32) -> f32
                  %v1223 = arith.addf %v72, %v1222 fastmath<contract> : f32
                  %v1224 = arith.divf %v72, %v1223 : f32
                  %v1225 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v1224) : (f32) -> f32
                  %v1226 = arith.mulf %v298, %v1225 fastmath<contract> : f32
                  %v1227 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1226) : (f32) -> f32
                  llvm.store %v1227, %v64 : f32, !llvm.ptr
                }
              }
            }
          }
        }
      }
      scf.if %v42 {
        %v1228 = llvm.load %v57 : !llvm.ptr -> f32
        %v1229 = arith.muli %v33, %v1 : i64
        %v1230 = arith.addi %v1229, %v38 : i64
        %v1231 = arith.muli %v1230, %v4 : i64
        %v1232 = arith.subi %v4, %v2 : i64
        %v1233 = arith.minsi %v44, %v1232 : i64
        %v1234 = arith.addi %v1231, %v1233 : i64
        %v1235 = llvm.getelementptr %segsum_S[%v1234] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1228, %v1235 : f32, !llvm.ptr
        %v1236 = llvm.load %v73 : !llvm.ptr -> f32
        %v1237 = arith.addi %v8, %v33 : i64
        %v1238 = arith.muli %v1237, %v1 : i64
        %v1239 = arith.addi %v1238, %v38 : i64
        %v1240 = arith.muli %v1239, %v4 : i64
        %v1241 = arith.subi %v4, %v2 : i64
        %v1242 = arith.minsi %v44, %v1241 : i64
        %v1243 = arith.addi %v1240, %v1242 : i64
        %v1244 = llvm.getelementptr %segsum_S[%v1243] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1236, %v1244 : f32, !llvm.ptr
        %v1245 = llvm.load %v61 : !llvm.ptr -> f32
        %v1246 = arith.muli %v347, %v8 : i64
        %v1247 = arith.addi %v1246, %v33 : i64
        %v1248 = arith.muli %v1247, %v1 : i64
        %v1249 = arith.addi %v1248, %v38 : i64
        %v1250 = arith.muli %v1249, %v4 : i64
        %v1251 = arith.subi %v4, %v2 : i64
        %v1252 = arith.minsi %v44, %v1251 : i64
        %v1253 = arith.addi %v1250, %v1252 : i64
        %v1254 = llvm.getelementptr %segsum_S[%v1253] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1245, %v1254 : f32, !llvm.ptr
        %v1255 = llvm.load %v58 : !llvm.ptr -> f32
        %v1256 = arith.addi %v37, %v38 : i64
        %v1257 = arith.muli %v33, %v1 : i64
        %v1258 = arith.addi %v1257, %v1256 : i64
        %v1259 = arith.muli %v1258, %v4 : i64
        %v1260 = arith.subi %v4, %v2 : i64
        %v1261 = arith.minsi %v44, %v1260 : i64
        %v1262 = arith.addi %v1259, %v1261 : i64
        %v1263 = llvm.getelementptr %segsum_S[%v1262] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1255, %v1263 : f32, !llvm.ptr
        %v1264 = llvm.load %v74 : !llvm.ptr -> f32
        %v1265 = arith.addi %v37, %v38 : i64
        %v1266 = arith.addi %v8, %v33 : i64
        %v1267 = arith.muli %v1266, %v1 : i64
        %v1268 = arith.addi %v1267, %v1265 : i64
        %v1269 = arith.muli %v1268, %v4 : i64
        %v1270 = arith.subi %v4, %v2 : i64
        %v1271 = arith.minsi %v44, %v1270 : i64
        %v1272 = arith.addi %v1269, %v1271 : i64
        %v1273 = llvm.getelementptr %segsum_S[%v1272] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1264, %v1273 : f32, !llvm.ptr
        %v1274 = llvm.load %v62 : !llvm.ptr -> f32
        %v1275 = arith.addi %v37, %v38 : i64
        %v1276 = arith.muli %v347, %v8 : i64
        %v1277 = arith.addi %v1276, %v33 : i64
        %v1278 = arith.muli %v1277, %v1 : i64
        %v1279 = arith.addi %v1278, %v1275 : i64
        %v1280 = arith.muli %v1279, %v4 : i64
        %v1281 = arith.subi %v4, %v2 : i64
        %v1282 = arith.minsi %v44, %v1281 : i64
        %v1283 = arith.addi %v1280, %v1282 : i64
        %v1284 = llvm.getelementptr %segsum_S[%v1283] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1274, %v1284 : f32, !llvm.ptr
        %v1285 = llvm.load %v59 : !llvm.ptr -> f32
        %v1287 = arith.addi %v1286, %v38 : i64
        %v1288 = arith.muli %v33, %v1 : i64
        %v1289 = arith.addi %v1288, %v1287 : i64
        %v1290 = arith.muli %v1289, %v4 : i64
        %v1291 = arith.subi %v4, %v2 : i64
        %v1292 = arith.minsi %v44, %v1291 : i64
        %v1293 = arith.addi %v1290, %v1292 : i64
        %v1294 = llvm.getelementptr %segsum_S[%v1293] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1285, %v1294 : f32, !llvm.ptr
        %v1295 = llvm.load %v75 : !llvm.ptr -> f32
        %v1296 = arith.addi %v1286, %v38 : i64
        %v1297 = arith.addi %v8, %v33 : i64
        %v1298 = arith.muli %v1297, %v1 : i64
        %v1299 = arith.addi %v1298, %v1296 : i64
        %v1300 = arith.muli %v1299, %v4 : i64
        %v1301 = arith.subi %v4, %v2 : i64
        %v1302 = arith.minsi %v44, %v1301 : i64
        %v1303 = arith.addi %v1300, %v1302 : i64
        %v1304 = llvm.getelementptr %segsum_S[%v1303] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1295, %v1304 : f32, !llvm.ptr
        %v1305 = llvm.load %v63 : !llvm.ptr -> f32
        %v1306 = arith.addi %v1286, %v38 : i64
        %v1307 = arith.muli %v347, %v8 : i64
        %v1308 = arith.addi %v1307, %v33 : i64
        %v1309 = arith.muli %v1308, %v1 : i64
        %v1310 = arith.addi %v1309, %v1306 : i64
        %v1311 = arith.muli %v1310, %v4 : i64
        %v1312 = arith.subi %v4, %v2 : i64
        %v1313 = arith.minsi %v44, %v1312 : i64
        %v1314 = arith.addi %v1311, %v1313 : i64
        %v1315 = llvm.getelementptr %segsum_S[%v1314] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1305, %v1315 : f32, !llvm.ptr
        %v1316 = llvm.load %v60 : !llvm.ptr -> f32
        %v1318 = arith.addi %v1317, %v38 : i64
        %v1319 = arith.muli %v33, %v1 : i64
        %v1320 = arith.addi %v1319, %v1318 : i64
        %v1321 = arith.muli %v1320, %v4 : i64
        %v1322 = arith.subi %v4, %v2 : i64
        %v1323 = arith.minsi %v44, %v1322 : i64
        %v1324 = arith.addi %v1321, %v1323 : i64
        %v1325 = llvm.getelementptr %segsum_S[%v1324] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1316, %v1325 : f32, !llvm.ptr
        %v1326 = llvm.load %v76 : !llvm.ptr -> f32
        %v1327 = arith.addi %v1317, %v38 : i64
        %v1328 = arith.addi %v8, %v33 : i64
        %v1329 = arith.muli %v1328, %v1 : i64
        %v1330 = arith.addi %v1329, %v1327 : i64
        %v1331 = arith.muli %v1330, %v4 : i64
        %v1332 = arith.subi %v4, %v2 : i64
        %v1333 = arith.minsi %v44, %v1332 : i64
        %v1334 = arith.addi %v1331, %v1333 : i64
        %v1335 = llvm.getelementptr %segsum_S[%v1334] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1326, %v1335 : f32, !llvm.ptr
        %v1336 = llvm.load %v64 : !llvm.ptr -> f32
        %v1337 = arith.addi %v1317, %v38 : i64
        %v1338 = arith.muli %v347, %v8 : i64
        %v1339 = arith.addi %v1338, %v33 : i64
        %v1340 = arith.muli %v1339, %v1 : i64
        %v1341 = arith.addi %v1340, %v1337 : i64
        %v1342 = arith.muli %v1341, %v4 : i64
        %v1343 = arith.subi %v4, %v2 : i64
        %v1344 = arith.minsi %v44, %v1343 : i64
        %v1345 = arith.addi %v1342, %v1344 : i64
        %v1346 = llvm.getelementptr %segsum_S[%v1345] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1336, %v1346 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
