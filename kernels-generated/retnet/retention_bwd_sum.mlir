module attributes {gpu.container_module} {
  gpu.module @linrec {
    llvm.mlir.global internal @rows_retention_bwd_sum_q() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<1040 x f32>
    llvm.mlir.global internal @rows_retention_bwd_sum_k() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<1040 x f32>
    gpu.func @retention_bwd_sum(%in_q: !llvm.ptr, %in_k: !llvm.ptr, %in_v: !llvm.ptr, %in_theta: !llvm.ptr, %in_gamma: !llvm.ptr, %dy_o: !llvm.ptr, %ckpt_S_re: !llvm.ptr, %ckpt_S_im: !llvm.ptr, %ckpt_t_pos: !llvm.ptr, %scratch_S_re: !llvm.ptr, %scratch_S_im: !llvm.ptr, %scratch_t_pos: !llvm.ptr, %segsum_S_re: !llvm.ptr, %segsum_S_im: !llvm.ptr, %segsum_t_pos: !llvm.ptr, %size_B: i64, %size_L: i64, %size_H: i64, %size_DK: i64, %size_DV: i64) kernel attributes {nvvm.maxntid = array<i32: 256, 1, 1>, nvvm.minctasm = 2 : i32} {
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
      %v21 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v22 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v23 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v28 = arith.constant 32 : i64
      %v29 = arith.constant 31 : i64
      %v40 = arith.constant 8 : i64
      %v57 = arith.constant 4 : i64
      %v61 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v62 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v63 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v64 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v65 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v66 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v67 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v68 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v69 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v70 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v71 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v72 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v73 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v74 = llvm.mlir.addressof @rows_retention_bwd_sum_q : !llvm.ptr<3>
      %v75 = llvm.addrspacecast %v74 : !llvm.ptr<3> to !llvm.ptr
      %v76 = llvm.mlir.addressof @rows_retention_bwd_sum_k : !llvm.ptr<3>
      %v77 = llvm.addrspacecast %v76 : !llvm.ptr<3> to !llvm.ptr
      %v78 = arith.constant 0x00000000 : f32
      %v79 = arith.constant 0x3F800000 : f32
      %v80 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v81 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v82 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v83 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v84 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v85 = arith.constant 0 : i64
      %v87 = arith.constant 64 : i64
      %v88 = arith.constant 3 : i64
      %v89 = arith.constant 63 : i64
      %v109 = arith.constant 1024 : i64
      %v121 = arith.muli %v1, %size_H : i64
      %v122 = arith.muli %v121, %size_L : i64
      %v131 = arith.constant 65 : i64
      %v180 = arith.constant 2147483647 : i64
      %v184 = arith.constant 3 : i32
      %v192 = arith.constant 0x3E22F983 : f32
      %v195 = arith.constant 0x40C90000 : f32
      %v196 = arith.constant 0x3AFDAA22 : f32
      %v208 = arith.muli %size_DV, %size_H : i64
      %v209 = arith.muli %v208, %size_L : i64
      %v291 = arith.constant 2 : i64
      %v293 = arith.constant 2 : i32
      %v396 = arith.constant 1 : i32
      %v498 = arith.constant 0 : i32
      %v24 = gpu.block_id x
      %v25 = gpu.thread_id x
      %v26 = arith.index_cast %v25 : index to i64
      %v27 = arith.index_cast %v24 : index to i64
      %v30 = arith.addi %size_DV, %v29 : i64
      %v31 = arith.divui %v30, %v28 : i64
      %v32 = arith.maxsi %v31, %v2 : i64
      %v33 = arith.maxsi %size_DV, %v2 : i64
      %v34 = arith.divui %v4, %v33 : i64
      %v35 = arith.muli %v34, %v32 : i64
      %v36 = arith.divui %v27, %v35 : i64
      %v37 = arith.remui %v27, %v35 : i64
      %v38 = arith.divui %v37, %v32 : i64
      %v39 = arith.remui %v37, %v32 : i64
      %v41 = arith.remui %v26, %v40 : i64
      %v42 = arith.divui %v26, %v40 : i64
      %v43 = arith.muli %v39, %v28 : i64
      %v44 = arith.addi %v43, %v42 : i64
      %v45 = arith.cmpi slt, %v44, %size_DV : i64
      %v46 = arith.muli %v38, %size_DV : i64
      %v47 = arith.addi %v46, %v44 : i64
      %v48 = arith.subi %size_DV, %v2 : i64
      %v49 = arith.minsi %v44, %v48 : i64
      %v50 = arith.addi %v46, %v49 : i64
      %v51 = arith.remui %v50, %size_DV : i64
      %v52 = arith.divui %v50, %size_DV : i64
      %v53 = arith.remui %v52, %size_H : i64
      %v54 = arith.divui %v52, %size_H : i64
      %v55 = arith.remui %v54, %size_B : i64
      %v56 = arith.divui %v54, %size_B : i64
      %v58 = arith.muli %v36, %v57 : i64
      %v59 = arith.addi %v58, %v57 : i64
      %v60 = arith.muli %v36, %v4 : i64
      llvm.store %v78, %v61 : f32, !llvm.ptr
      llvm.store %v78, %v62 : f32, !llvm.ptr
      llvm.store %v78, %v63 : f32, !llvm.ptr
      llvm.store %v78, %v64 : f32, !llvm.ptr
      llvm.store %v78, %v65 : f32, !llvm.ptr
      llvm.store %v79, %v66 : f32, !llvm.ptr
      llvm.store %v79, %v67 : f32, !llvm.ptr
      llvm.store %v79, %v68 : f32, !llvm.ptr
      llvm.store %v79, %v69 : f32, !llvm.ptr
      llvm.store %v79, %v70 : f32, !llvm.ptr
      llvm.store %v78, %v71 : f32, !llvm.ptr
      llvm.store %v78, %v72 : f32, !llvm.ptr
      llvm.store %v78, %v73 : f32, !llvm.ptr
      llvm.store %v79, %v80 : f32, !llvm.ptr
      llvm.store %v79, %v81 : f32, !llvm.ptr
      llvm.store %v79, %v82 : f32, !llvm.ptr
      llvm.store %v79, %v83 : f32, !llvm.ptr
      llvm.store %v79, %v84 : f32, !llvm.ptr
      %v86 = arith.cmpi eq, %size_L, %v85 : i64
      scf.if %v86 {
        llvm.store %v78, %v19 : f32, !llvm.ptr
        llvm.store %v78, %v20 : f32, !llvm.ptr
        llvm.store %v78, %v21 : f32, !llvm.ptr
        llvm.store %v78, %v22 : f32, !llvm.ptr
        llvm.store %v78, %v23 : f32, !llvm.ptr
      }
      %v90 = arith.addi %size_L, %v89 : i64
      %v91 = arith.divui %v90, %v87 : i64
      %v92 = arith.minsi %v59, %v91 : i64
      %v93 = arith.muli %v36, %v1 : i64
      %v94 = arith.subi %v92, %v58 : i64
      %v95 = arith.maxsi %v94, %v85 : i64
      %v96 = arith.index_cast %v85 : i64 to index
      %v97 = arith.index_cast %v95 : i64 to index
      %v98 = arith.index_cast %v2 : i64 to index
      scf.for %v99 = %v96 to %v97 step %v98 {
        %v100 = arith.index_cast %v99 : index to i64
        %v101 = arith.subi %v92, %v2 : i64
        %v102 = arith.subi %v101, %v100 : i64
        %v103 = arith.muli %v102, %v87 : i64
        %v104 = arith.subi %size_L, %v103 : i64
        %v105 = arith.minsi %v104, %v87 : i64
        %v106 = arith.addi %v105, %v88 : i64
        %v107 = arith.divui %v106, %v57 : i64
        // the block's shared input rows for this stretch
        gpu.barrier
        %v108 = arith.subi %size_L, %v2 : i64
        %v110 = arith.index_cast %v26 : i64 to index
        %v111 = arith.index_cast %v109 : i64 to index
        %v112 = arith.index_cast %v7 : i64 to index
        scf.for %v113 = %v110 to %v111 step %v112 {
          %v114 = arith.index_cast %v113 : index to i64
          %v115 = arith.remui %v114, %v87 : i64
          %v116 = arith.divui %v114, %v87 : i64
          %v117 = arith.addi %v103, %v115 : i64
          %v118 = arith.minsi %v117, %v108 : i64
          %v119 = arith.remui %v116, %v1 : i64
          %v120 = arith.divui %v116, %v1 : i64
          %v123 = arith.muli %v55, %v122 : i64
          %v124 = arith.muli %v118, %v121 : i64
          %v125 = arith.addi %v123, %v124 : i64
          %v126 = arith.muli %v53, %v1 : i64
          %v127 = arith.addi %v125, %v126 : i64
          %v128 = arith.addi %v127, %v119 : i64
          %v129 = llvm.getelementptr %in_q[%v128] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v130 = llvm.load %v129 : !llvm.ptr -> f32
          %v132 = arith.muli %v116, %v131 : i64
          %v133 = arith.addi %v132, %v115 : i64
          %v134 = llvm.getelementptr %v75[%v133] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v130, %v134 : f32, !llvm.ptr
        }
        %v135 = arith.index_cast %v26 : i64 to index
        %v136 = arith.index_cast %v109 : i64 to index
        %v137 = arith.index_cast %v7 : i64 to index
        scf.for %v138 = %v135 to %v136 step %v137 {
          %v139 = arith.index_cast %v138 : index to i64
          %v140 = arith.remui %v139, %v87 : i64
          %v141 = arith.divui %v139, %v87 : i64
          %v142 = arith.addi %v103, %v140 : i64
          %v143 = arith.minsi %v142, %v108 : i64
          %v144 = arith.remui %v141, %v1 : i64
          %v145 = arith.divui %v141, %v1 : i64
          %v146 = arith.muli %v55, %v122 : i64
          %v147 = arith.muli %v143, %v121 : i64
          %v148 = arith.addi %v146, %v147 : i64
          %v149 = arith.muli %v53, %v1 : i64
          %v150 = arith.addi %v148, %v149 : i64
          %v151 = arith.addi %v150, %v144 : i64
          %v152 = llvm.getelementptr %in_k[%v151] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v153 = llvm.load %v152 : !llvm.ptr -> f32
          %v154 = arith.muli %v141, %v131 : i64
          %v155 = arith.addi %v154, %v140 : i64
          %v156 = llvm.getelementptr %v77[%v155] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v153, %v156 : f32, !llvm.ptr
        }
        gpu.barrier
        %v157 = arith.index_cast %v85 : i64 to index
        %v158 = arith.index_cast %v2 : i64 to index
        %v159 = arith.index_cast %v2 : i64 to index
        scf.for %v160 = %v157 to %v158 step %v159 {
          %v161 = arith.index_cast %v160 : index to i64
          %v162 = arith.index_cast %v85 : i64 to index
          %v163 = arith.index_cast %v107 : i64 to index
          %v164 = arith.index_cast %v2 : i64 to index
          scf.for %v165 = %v162 to %v163 step %v164 {
            %v166 = arith.index_cast %v165 : index to i64
            %v167 = arith.cmpi slt, %v166, %v107 : i64
            scf.if %v167 {
              %v168 = arith.subi %v107, %v2 : i64
              %v169 = arith.subi %v168, %v166 : i64
              %v170 = arith.muli %v169, %v57 : i64
              %v171 = arith.addi %v93, %v169 : i64
              %v172 = arith.addi %v170, %v57 : i64
              %v173 = arith.cmpi sle, %v172, %v105 : i64
              scf.if %v173 {
                %v174 = arith.subi %v105, %v2 : i64
                // the group's states, recomputed into registers
                %v175 = arith.subi %v105, %v170 : i64
                %v176 = arith.trunci %v175 : i64 to i32
                %v177 = arith.subi %size_L, %v2 : i64
                %v178 = arith.addi %v103, %v170 : i64
                %v179 = arith.subi %v177, %v178 : i64
                %v181 = arith.minsi %v179, %v180 : i64
                %v182 = arith.trunci %v181 : i64 to i32
                %v183 = arith.addi %v170, %v88 : i64
                %v185 = arith.cmpi slt, %v184, %v176 : i32
                %v186 = arith.cmpi eq, %v184, %v182 : i32
                %v187 = arith.addi %v103, %v183 : i64
                %v188 = arith.sitofp %v187 : i64 to f32
                %v189 = llvm.getelementptr %in_theta[%v41] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v190 = llvm.load %v189 : !llvm.ptr -> f32
                %v191 = arith.mulf %v188, %v190 fastmath<contract> : f32
                %v193 = arith.mulf %v191, %v192 fastmath<contract> : f32
                %v194 = llvm.call_intrinsic "llvm.roundeven.f32"(%v193) : (f32) -> f32
                %v197 = arith.mulf %v194, %v195 fastmath<contract> : f32
                %v198 = arith.subf %v191, %v197 fastmath<contract> : f32
                %v199 = arith.mulf %v194, %v196 fastmath<contract> : f32
                %v200 = arith.subf %v198, %v199 fastmath<contract> : f32
                %v201 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v200) : (f32) -> f32
                %v202 = arith.muli %v41, %v131 : i64
                %v203 = arith.subi %v187, %v103 : i64
                %v204 = arith.addi %v202, %v203 : i64
                %v205 = llvm.getelementptr %v75[%v204] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v206 = llvm.load %v205 : !llvm.ptr -> f32
                %v207 = arith.mulf %v201, %v206 fastmath<contract> : f32
                %v210 = arith.muli %v55, %v209 : i64
                %v211 = arith.muli %v187, %v208 : i64
                %v212 = arith.addi %v210, %v211 : i64
                %v213 = arith.muli %v53, %size_DV : i64
                %v214 = arith.addi %v212, %v213 : i64
                %v215 = arith.addi %v214, %v51 : i64
                %v216 = llvm.getelementptr %dy_o[%v215] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v217 = llvm.load %v216 : !llvm.ptr -> f32
                %v218 = arith.mulf %v207, %v217 fastmath<contract> : f32
                %v219 = llvm.load %v61 : !llvm.ptr -> f32
                %v220 = llvm.load %v66 : !llvm.ptr -> f32
                %v221 = arith.mulf %v220, %v219 fastmath<contract> : f32
                %v222 = arith.addf %v218, %v221 fastmath<contract> : f32
                llvm.store %v222, %v61 : f32, !llvm.ptr
                %v223 = llvm.load %v80 : !llvm.ptr -> f32
                %v224 = arith.mulf %v223, %v220 fastmath<contract> : f32
                llvm.store %v224, %v80 : f32, !llvm.ptr
                %v225 = arith.constant 8 : i64
                %v226 = arith.addi %v225, %v41 : i64
                %v227 = llvm.getelementptr %in_theta[%v226] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v228 = llvm.load %v227 : !llvm.ptr -> f32
                %v229 = arith.mulf %v188, %v228 fastmath<contract> : f32
                %v230 = arith.mulf %v229, %v192 fastmath<contract> : f32
                %v231 = llvm.call_intrinsic "llvm.roundeven.f32"(%v230) : (f32) -> f32
                %v232 = arith.mulf %v231, %v195 fastmath<contract> : f32
                %v233 = arith.subf %v229, %v232 fastmath<contract> : f32
                %v234 = arith.mulf %v231, %v196 fastmath<contract> : f32
                %v235 = arith.subf %v233, %v234 fastmath<contract> : f32
                %v236 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v235) : (f32) -> f32
                %v237 = arith.constant 8 : i64
                %v238 = arith.addi %v237, %v41 : i64
                %v239 = arith.muli %v238, %v131 : i64
                %v240 = arith.subi %v187, %v103 : i64
                %v241 = arith.addi %v239, %v240 : i64
                %v242 = llvm.getelementptr %v75[%v241] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v243 = llvm.load %v242 : !llvm.ptr -> f32
                %v244 = arith.mulf %v236, %v243 fastmath<contract> : f32
                %v245 = arith.mulf %v244, %v217 fastmath<contract> : f32
                %v246 = llvm.load %v62 : !llvm.ptr -> f32
                %v247 = llvm.load %v67 : !llvm.ptr -> f32
                %v248 = arith.mulf %v247, %v246 fastmath<contract> : f32
                %v249 = arith.addf %v245, %v248 fastmath<contract> : f32
                llvm.store %v249, %v62 : f32, !llvm.ptr
                %v250 = llvm.load %v81 : !llvm.ptr -> f32
                %v251 = arith.mulf %v250, %v247 fastmath<contract> : f32
                llvm.store %v251, %v81 : f32, !llvm.ptr
                %v252 = arith.mulf %v191, %v192 fastmath<contract> : f32
                %v253 = llvm.call_intrinsic "llvm.roundeven.f32"(%v252) : (f32) -> f32
                %v254 = arith.mulf %v253, %v195 fastmath<contract> : f32
                %v255 = arith.subf %v191, %v254 fastmath<contract> : f32
                %v256 = arith.mulf %v253, %v196 fastmath<contract> : f32
                %v257 = arith.subf %v255, %v256 fastmath<contract> : f32
                %v258 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v257) : (f32) -> f32
                %v259 = arith.mulf %v258, %v206 fastmath<contract> : f32
                %v260 = arith.negf %v217 : f32
                %v261 = arith.mulf %v259, %v260 fastmath<contract> : f32
                %v262 = llvm.load %v63 : !llvm.ptr -> f32
                %v263 = llvm.load %v68 : !llvm.ptr -> f32
                %v264 = arith.mulf %v263, %v262 fastmath<contract> : f32
                %v265 = arith.addf %v261, %v264 fastmath<contract> : f32
                llvm.store %v265, %v63 : f32, !llvm.ptr
                %v266 = llvm.load %v82 : !llvm.ptr -> f32
                %v267 = arith.mulf %v266, %v263 fastmath<contract> : f32
                llvm.store %v267, %v82 : f32, !llvm.ptr
                %v268 = arith.mulf %v229, %v192 fastmath<contract> : f32
                %v269 = llvm.call_intrinsic "llvm.roundeven.f32"(%v268) : (f32) -> f32
                %v270 = arith.mulf %v269, %v195 fastmath<contract> : f32
                %v271 = arith.subf %v229, %v270 fastmath<contract> : f32
                %v272 = arith.mulf %v269, %v196 fastmath<contract> : f32
                %v273 = arith.subf %v271, %v272 fastmath<contract> : f32
                %v274 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v273) : (f32) -> f32
                %v275 = arith.mulf %v274, %v243 fastmath<contract> : f32
                %v276 = arith.mulf %v275, %v260 fastmath<contract> : f32
                %v277 = llvm.load %v64 : !llvm.ptr -> f32
                %v278 = llvm.load %v69 : !llvm.ptr -> f32
                %v279 = arith.mulf %v278, %v277 fastmath<contract> : f32
                %v280 = arith.addf %v276, %v279 fastmath<contract> : f32
                llvm.store %v280, %v64 : f32, !llvm.ptr
                %v281 = llvm.load %v83 : !llvm.ptr -> f32
                %v282 = arith.mulf %v281, %v278 fastmath<contract> : f32
                llvm.store %v282, %v83 : f32, !llvm.ptr
                %v283 = llvm.load %v65 : !llvm.ptr -> f32
                %v284 = llvm.load %v70 : !llvm.ptr -> f32
                %v285 = arith.mulf %v284, %v283 fastmath<contract> : f32
                %v286 = arith.addf %v78, %v285 fastmath<contract> : f32
                llvm.store %v286, %v65 : f32, !llvm.ptr
                %v287 = llvm.load %v84 : !llvm.ptr -> f32
                %v288 = arith.mulf %v287, %v284 fastmath<contract> : f32
                llvm.store %v288, %v84 : f32, !llvm.ptr
                scf.if %v186 {
                }
                %v289 = llvm.getelementptr %in_gamma[%v53] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v290 = llvm.load %v289 : !llvm.ptr -> f32
                llvm.store %v290, %v66 : f32, !llvm.ptr
                llvm.store %v290, %v67 : f32, !llvm.ptr
                llvm.store %v290, %v68 : f32, !llvm.ptr
                llvm.store %v290, %v69 : f32, !llvm.ptr
                llvm.store %v79, %v70 : f32, !llvm.ptr
                %v292 = arith.addi %v170, %v291 : i64
                %v294 = arith.cmpi slt, %v293, %v176 : i32
                %v295 = arith.cmpi eq, %v293, %v182 : i32
                %v296 = arith.addi %v103, %v292 : i64
                %v297 = arith.sitofp %v296 : i64 to f32
                %v298 = llvm.getelementptr %in_theta[%v41] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v299 = llvm.load %v298 : !llvm.ptr -> f32
                %v300 = arith.mulf %v297, %v299 fastmath<contract> : f32
                %v301 = arith.mulf %v300, %v192 fastmath<contract> : f32
                %v302 = llvm.call_intrinsic "llvm.roundeven.f32"(%v301) : (f32) -> f32
                %v303 = arith.mulf %v302, %v195 fastmath<contract> : f32
                %v304 = arith.subf %v300, %v303 fastmath<contract> : f32
                %v305 = arith.mulf %v302, %v196 fastmath<contract> : f32
                %v306 = arith.subf %v304, %v305 fastmath<contract> : f32
                %v307 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v306) : (f32) -> f32
                %v308 = arith.muli %v41, %v131 : i64
                %v309 = arith.subi %v296, %v103 : i64
                %v310 = arith.addi %v308, %v309 : i64
                %v311 = llvm.getelementptr %v75[%v310] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v312 = llvm.load %v311 : !llvm.ptr -> f32
                %v313 = arith.mulf %v307, %v312 fastmath<contract> : f32
                %v314 = arith.muli %v55, %v209 : i64
                %v315 = arith.muli %v296, %v208 : i64
                %v316 = arith.addi %v314, %v315 : i64
                %v317 = arith.muli %v53, %size_DV : i64
                %v318 = arith.addi %v316, %v317 : i64
                %v319 = arith.addi %v318, %v51 : i64
                %v320 = llvm.getelementptr %dy_o[%v319] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v321 = llvm.load %v320 : !llvm.ptr -> f32
                %v322 = arith.mulf %v313, %v321 fastmath<contract> : f32
                %v323 = llvm.load %v61 : !llvm.ptr -> f32
                %v324 = llvm.load %v66 : !llvm.ptr -> f32
                %v325 = arith.mulf %v324, %v323 fastmath<contract> : f32
                %v326 = arith.addf %v322, %v325 fastmath<contract> : f32
                llvm.store %v326, %v61 : f32, !llvm.ptr
                %v327 = llvm.load %v80 : !llvm.ptr -> f32
                %v328 = arith.mulf %v327, %v324 fastmath<contract> : f32
                llvm.store %v328, %v80 : f32, !llvm.ptr
                %v329 = arith.constant 8 : i64
                %v330 = arith.addi %v329, %v41 : i64
                %v331 = llvm.getelementptr %in_theta[%v330] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v332 = llvm.load %v331 : !llvm.ptr -> f32
                %v333 = arith.mulf %v297, %v332 fastmath<contract> : f32
                %v334 = arith.mulf %v333, %v192 fastmath<contract> : f32
                %v335 = llvm.call_intrinsic "llvm.roundeven.f32"(%v334) : (f32) -> f32
                %v336 = arith.mulf %v335, %v195 fastmath<contract> : f32
                %v337 = arith.subf %v333, %v336 fastmath<contract> : f32
                %v338 = arith.mulf %v335, %v196 fastmath<contract> : f32
                %v339 = arith.subf %v337, %v338 fastmath<contract> : f32
                %v340 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v339) : (f32) -> f32
                %v341 = arith.constant 8 : i64
                %v342 = arith.addi %v341, %v41 : i64
                %v343 = arith.muli %v342, %v131 : i64
                %v344 = arith.subi %v296, %v103 : i64
                %v345 = arith.addi %v343, %v344 : i64
                %v346 = llvm.getelementptr %v75[%v345] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v347 = llvm.load %v346 : !llvm.ptr -> f32
                %v348 = arith.mulf %v340, %v347 fastmath<contract> : f32
                %v349 = arith.mulf %v348, %v321 fastmath<contract> : f32
                %v350 = llvm.load %v62 : !llvm.ptr -> f32
                %v351 = llvm.load %v67 : !llvm.ptr -> f32
                %v352 = arith.mulf %v351, %v350 fastmath<contract> : f32
                %v353 = arith.addf %v349, %v352 fastmath<contract> : f32
                llvm.store %v353, %v62 : f32, !llvm.ptr
                %v354 = llvm.load %v81 : !llvm.ptr -> f32
                %v355 = arith.mulf %v354, %v351 fastmath<contract> : f32
                llvm.store %v355, %v81 : f32, !llvm.ptr
                %v356 = arith.mulf %v300, %v192 fastmath<contract> : f32
                %v357 = llvm.call_intrinsic "llvm.roundeven.f32"(%v356) : (f32) -> f32
                %v358 = arith.mulf %v357, %v195 fastmath<contract> : f32
                %v359 = arith.subf %v300, %v358 fastmath<contract> : f32
                %v360 = arith.mulf %v357, %v196 fastmath<contract> : f32
                %v361 = arith.subf %v359, %v360 fastmath<contract> : f32
                %v362 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v361) : (f32) -> f32
                %v363 = arith.mulf %v362, %v312 fastmath<contract> : f32
                %v364 = arith.negf %v321 : f32
                %v365 = arith.mulf %v363, %v364 fastmath<contract> : f32
                %v366 = llvm.load %v63 : !llvm.ptr -> f32
                %v367 = llvm.load %v68 : !llvm.ptr -> f32
                %v368 = arith.mulf %v367, %v366 fastmath<contract> : f32
                %v369 = arith.addf %v365, %v368 fastmath<contract> : f32
                llvm.store %v369, %v63 : f32, !llvm.ptr
                %v370 = llvm.load %v82 : !llvm.ptr -> f32
                %v371 = arith.mulf %v370, %v367 fastmath<contract> : f32
                llvm.store %v371, %v82 : f32, !llvm.ptr
                %v372 = arith.mulf %v333, %v192 fastmath<contract> : f32
                %v373 = llvm.call_intrinsic "llvm.roundeven.f32"(%v372) : (f32) -> f32
                %v374 = arith.mulf %v373, %v195 fastmath<contract> : f32
                %v375 = arith.subf %v333, %v374 fastmath<contract> : f32
                %v376 = arith.mulf %v373, %v196 fastmath<contract> : f32
                %v377 = arith.subf %v375, %v376 fastmath<contract> : f32
                %v378 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v377) : (f32) -> f32
                %v379 = arith.mulf %v378, %v347 fastmath<contract> : f32
                %v380 = arith.mulf %v379, %v364 fastmath<contract> : f32
                %v381 = llvm.load %v64 : !llvm.ptr -> f32
                %v382 = llvm.load %v69 : !llvm.ptr -> f32
                %v383 = arith.mulf %v382, %v381 fastmath<contract> : f32
                %v384 = arith.addf %v380, %v383 fastmath<contract> : f32
                llvm.store %v384, %v64 : f32, !llvm.ptr
                %v385 = llvm.load %v83 : !llvm.ptr -> f32
                %v386 = arith.mulf %v385, %v382 fastmath<contract> : f32
                llvm.store %v386, %v83 : f32, !llvm.ptr
                %v387 = llvm.load %v65 : !llvm.ptr -> f32
                %v388 = llvm.load %v70 : !llvm.ptr -> f32
                %v389 = arith.mulf %v388, %v387 fastmath<contract> : f32
                %v390 = arith.addf %v78, %v389 fastmath<contract> : f32
                llvm.store %v390, %v65 : f32, !llvm.ptr
                %v391 = llvm.load %v84 : !llvm.ptr -> f32
                %v392 = arith.mulf %v391, %v388 fastmath<contract> : f32
                llvm.store %v392, %v84 : f32, !llvm.ptr
                scf.if %v295 {
                }
                %v393 = llvm.getelementptr %in_gamma[%v53] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v394 = llvm.load %v393 : !llvm.ptr -> f32
                llvm.store %v394, %v66 : f32, !llvm.ptr
                llvm.store %v394, %v67 : f32, !llvm.ptr
                llvm.store %v394, %v68 : f32, !llvm.ptr
                llvm.store %v394, %v69 : f32, !llvm.ptr
                llvm.store %v79, %v70 : f32, !llvm.ptr
                %v395 = arith.addi %v170, %v2 : i64
                %v397 = arith.cmpi slt, %v396, %v176 : i32
                %v398 = arith.cmpi eq, %v396, %v182 : i32
                %v399 = arith.addi %v103, %v395 : i64
                %v400 = arith.sitofp %v399 : i64 to f32
                %v401 = llvm.getelementptr %in_theta[%v41] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v402 = llvm.load %v401 : !llvm.ptr -> f32
                %v403 = arith.mulf %v400, %v402 fastmath<contract> : f32
                %v404 = arith.mulf %v403, %v192 fastmath<contract> : f32
                %v405 = llvm.call_intrinsic "llvm.roundeven.f32"(%v404) : (f32) -> f32
                %v406 = arith.mulf %v405, %v195 fastmath<contract> : f32
                %v407 = arith.subf %v403, %v406 fastmath<contract> : f32
                %v408 = arith.mulf %v405, %v196 fastmath<contract> : f32
                %v409 = arith.subf %v407, %v408 fastmath<contract> : f32
                %v410 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v409) : (f32) -> f32
                %v411 = arith.muli %v41, %v131 : i64
                %v412 = arith.subi %v399, %v103 : i64
                %v413 = arith.addi %v411, %v412 : i64
                %v414 = llvm.getelementptr %v75[%v413] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v415 = llvm.load %v414 : !llvm.ptr -> f32
                %v416 = arith.mulf %v410, %v415 fastmath<contract> : f32
                %v417 = arith.muli %v55, %v209 : i64
                %v418 = arith.muli %v399, %v208 : i64
                %v419 = arith.addi %v417, %v418 : i64
                %v420 = arith.muli %v53, %size_DV : i64
                %v421 = arith.addi %v419, %v420 : i64
                %v422 = arith.addi %v421, %v51 : i64
                %v423 = llvm.getelementptr %dy_o[%v422] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v424 = llvm.load %v423 : !llvm.ptr -> f32
                %v425 = arith.mulf %v416, %v424 fastmath<contract> : f32
                %v426 = llvm.load %v61 : !llvm.ptr -> f32
                %v427 = llvm.load %v66 : !llvm.ptr -> f32
                %v428 = arith.mulf %v427, %v426 fastmath<contract> : f32
                %v429 = arith.addf %v425, %v428 fastmath<contract> : f32
                llvm.store %v429, %v61 : f32, !llvm.ptr
                %v430 = llvm.load %v80 : !llvm.ptr -> f32
                %v431 = arith.mulf %v430, %v427 fastmath<contract> : f32
                llvm.store %v431, %v80 : f32, !llvm.ptr
                %v432 = arith.constant 8 : i64
                %v433 = arith.addi %v432, %v41 : i64
                %v434 = llvm.getelementptr %in_theta[%v433] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v435 = llvm.load %v434 : !llvm.ptr -> f32
                %v436 = arith.mulf %v400, %v435 fastmath<contract> : f32
                %v437 = arith.mulf %v436, %v192 fastmath<contract> : f32
                %v438 = llvm.call_intrinsic "llvm.roundeven.f32"(%v437) : (f32) -> f32
                %v439 = arith.mulf %v438, %v195 fastmath<contract> : f32
                %v440 = arith.subf %v436, %v439 fastmath<contract> : f32
                %v441 = arith.mulf %v438, %v196 fastmath<contract> : f32
                %v442 = arith.subf %v440, %v441 fastmath<contract> : f32
                %v443 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v442) : (f32) -> f32
                %v444 = arith.constant 8 : i64
                %v445 = arith.addi %v444, %v41 : i64
                %v446 = arith.muli %v445, %v131 : i64
                %v447 = arith.subi %v399, %v103 : i64
                %v448 = arith.addi %v446, %v447 : i64
                %v449 = llvm.getelementptr %v75[%v448] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v450 = llvm.load %v449 : !llvm.ptr -> f32
                %v451 = arith.mulf %v443, %v450 fastmath<contract> : f32
                %v452 = arith.mulf %v451, %v424 fastmath<contract> : f32
                %v453 = llvm.load %v62 : !llvm.ptr -> f32
                %v454 = llvm.load %v67 : !llvm.ptr -> f32
                %v455 = arith.mulf %v454, %v453 fastmath<contract> : f32
                %v456 = arith.addf %v452, %v455 fastmath<contract> : f32
                llvm.store %v456, %v62 : f32, !llvm.ptr
                %v457 = llvm.load %v81 : !llvm.ptr -> f32
                %v458 = arith.mulf %v457, %v454 fastmath<contract> : f32
                llvm.store %v458, %v81 : f32, !llvm.ptr
                %v459 = arith.mulf %v403, %v192 fastmath<contract> : f32
                %v460 = llvm.call_intrinsic "llvm.roundeven.f32"(%v459) : (f32) -> f32
                %v461 = arith.mulf %v460, %v195 fastmath<contract> : f32
                %v462 = arith.subf %v403, %v461 fastmath<contract> : f32
                %v463 = arith.mulf %v460, %v196 fastmath<contract> : f32
                %v464 = arith.subf %v462, %v463 fastmath<contract> : f32
                %v465 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v464) : (f32) -> f32
                %v466 = arith.mulf %v465, %v415 fastmath<contract> : f32
                %v467 = arith.negf %v424 : f32
                %v468 = arith.mulf %v466, %v467 fastmath<contract> : f32
                %v469 = llvm.load %v63 : !llvm.ptr -> f32
                %v470 = llvm.load %v68 : !llvm.ptr -> f32
                %v471 = arith.mulf %v470, %v469 fastmath<contract> : f32
                %v472 = arith.addf %v468, %v471 fastmath<contract> : f32
                llvm.store %v472, %v63 : f32, !llvm.ptr
                %v473 = llvm.load %v82 : !llvm.ptr -> f32
                %v474 = arith.mulf %v473, %v470 fastmath<contract> : f32
                llvm.store %v474, %v82 : f32, !llvm.ptr
                %v475 = arith.mulf %v436, %v192 fastmath<contract> : f32
                %v476 = llvm.call_intrinsic "llvm.roundeven.f32"(%v475) : (f32) -> f32
                %v477 = arith.mulf %v476, %v195 fastmath<contract> : f32
                %v478 = arith.subf %v436, %v477 fastmath<contract> : f32
                %v479 = arith.mulf %v476, %v196 fastmath<contract> : f32
                %v480 = arith.subf %v478, %v479 fastmath<contract> : f32
                %v481 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v480) : (f32) -> f32
                %v482 = arith.mulf %v481, %v450 fastmath<contract> : f32
                %v483 = arith.mulf %v482, %v467 fastmath<contract> : f32
                %v484 = llvm.load %v64 : !llvm.ptr -> f32
                %v485 = llvm.load %v69 : !llvm.ptr -> f32
                %v486 = arith.mulf %v485, %v484 fastmath<contract> : f32
                %v487 = arith.addf %v483, %v486 fastmath<contract> : f32
                llvm.store %v487, %v64 : f32, !llvm.ptr
                %v488 = llvm.load %v83 : !llvm.ptr -> f32
                %v489 = arith.mulf %v488, %v485 fastmath<contract> : f32
                llvm.store %v489, %v83 : f32, !llvm.ptr
                %v490 = llvm.load %v65 : !llvm.ptr -> f32
                %v491 = llvm.load %v70 : !llvm.ptr -> f32
                %v492 = arith.mulf %v491, %v490 fastmath<contract> : f32
                %v493 = arith.addf %v78, %v492 fastmath<contract> : f32
                llvm.store %v493, %v65 : f32, !llvm.ptr
                %v494 = llvm.load %v84 : !llvm.ptr -> f32
                %v495 = arith.mulf %v494, %v491 fastmath<contract> : f32
                llvm.store %v495, %v84 : f32, !llvm.ptr
                scf.if %v398 {
                }
                %v496 = llvm.getelementptr %in_gamma[%v53] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v497 = llvm.load %v496 : !llvm.ptr -> f32
                llvm.store %v497, %v66 : f32, !llvm.ptr
                llvm.store %v497, %v67 : f32, !llvm.ptr
                llvm.store %v497, %v68 : f32, !llvm.ptr
                llvm.store %v497, %v69 : f32, !llvm.ptr
                llvm.store %v79, %v70 : f32, !llvm.ptr
                %v499 = arith.cmpi slt, %v498, %v176 : i32
                %v500 = arith.cmpi eq, %v498, %v182 : i32
                %v501 = arith.addi %v103, %v170 : i64
                %v502 = arith.sitofp %v501 : i64 to f32
                %v503 = llvm.getelementptr %in_theta[%v41] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v504 = llvm.load %v503 : !llvm.ptr -> f32
                %v505 = arith.mulf %v502, %v504 fastmath<contract> : f32
                %v506 = arith.mulf %v505, %v192 fastmath<contract> : f32
                %v507 = llvm.call_intrinsic "llvm.roundeven.f32"(%v506) : (f32) -> f32
                %v508 = arith.mulf %v507, %v195 fastmath<contract> : f32
                %v509 = arith.subf %v505, %v508 fastmath<contract> : f32
                %v510 = arith.mulf %v507, %v196 fastmath<contract> : f32
                %v511 = arith.subf %v509, %v510 fastmath<contract> : f32
                %v512 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v511) : (f32) -> f32
                %v513 = arith.muli %v41, %v131 : i64
                %v514 = arith.subi %v501, %v103 : i64
                %v515 = arith.addi %v513, %v514 : i64
                %v516 = llvm.getelementptr %v75[%v515] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v517 = llvm.load %v516 : !llvm.ptr -> f32
                %v518 = arith.mulf %v512, %v517 fastmath<contract> : f32
                %v519 = arith.muli %v55, %v209 : i64
                %v520 = arith.muli %v501, %v208 : i64
                %v521 = arith.addi %v519, %v520 : i64
                %v522 = arith.muli %v53, %size_DV : i64
                %v523 = arith.addi %v521, %v522 : i64
                %v524 = arith.addi %v523, %v51 : i64
                %v525 = llvm.getelementptr %dy_o[%v524] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v526 = llvm.load %v525 : !llvm.ptr -> f32
                %v527 = arith.mulf %v518, %v526 fastmath<contract> : f32
                %v528 = llvm.load %v61 : !llvm.ptr -> f32
                %v529 = llvm.load %v66 : !llvm.ptr -> f32
                %v530 = arith.mulf %v529, %v528 fastmath<contract> : f32
                %v531 = arith.addf %v527, %v530 fastmath<contract> : f32
                llvm.store %v531, %v61 : f32, !llvm.ptr
                %v532 = llvm.load %v80 : !llvm.ptr -> f32
                %v533 = arith.mulf %v532, %v529 fastmath<contract> : f32
                llvm.store %v533, %v80 : f32, !llvm.ptr
                %v534 = arith.constant 8 : i64
                %v535 = arith.addi %v534, %v41 : i64
                %v536 = llvm.getelementptr %in_theta[%v535] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v537 = llvm.load %v536 : !llvm.ptr -> f32
                %v538 = arith.mulf %v502, %v537 fastmath<contract> : f32
                %v539 = arith.mulf %v538, %v192 fastmath<contract> : f32
                %v540 = llvm.call_intrinsic "llvm.roundeven.f32"(%v539) : (f32) -> f32
                %v541 = arith.mulf %v540, %v195 fastmath<contract> : f32
                %v542 = arith.subf %v538, %v541 fastmath<contract> : f32
                %v543 = arith.mulf %v540, %v196 fastmath<contract> : f32
                %v544 = arith.subf %v542, %v543 fastmath<contract> : f32
                %v545 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v544) : (f32) -> f32
                %v546 = arith.constant 8 : i64
                %v547 = arith.addi %v546, %v41 : i64
                %v548 = arith.muli %v547, %v131 : i64
                %v549 = arith.subi %v501, %v103 : i64
                %v550 = arith.addi %v548, %v549 : i64
                %v551 = llvm.getelementptr %v75[%v550] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v552 = llvm.load %v551 : !llvm.ptr -> f32
                %v553 = arith.mulf %v545, %v552 fastmath<contract> : f32
                %v554 = arith.mulf %v553, %v526 fastmath<contract> : f32
                %v555 = llvm.load %v62 : !llvm.ptr -> f32
                %v556 = llvm.load %v67 : !llvm.ptr -> f32
                %v557 = arith.mulf %v556, %v555 fastmath<contract> : f32
                %v558 = arith.addf %v554, %v557 fastmath<contract> : f32
                llvm.store %v558, %v62 : f32, !llvm.ptr
                %v559 = llvm.load %v81 : !llvm.ptr -> f32
                %v560 = arith.mulf %v559, %v556 fastmath<contract> : f32
                llvm.store %v560, %v81 : f32, !llvm.ptr
                %v561 = arith.mulf %v505, %v192 fastmath<contract> : f32
                %v562 = llvm.call_intrinsic "llvm.roundeven.f32"(%v561) : (f32) -> f32
                %v563 = arith.mulf %v562, %v195 fastmath<contract> : f32
                %v564 = arith.subf %v505, %v563 fastmath<contract> : f32
                %v565 = arith.mulf %v562, %v196 fastmath<contract> : f32
                %v566 = arith.subf %v564, %v565 fastmath<contract> : f32
                %v567 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v566) : (f32) -> f32
                %v568 = arith.mulf %v567, %v517 fastmath<contract> : f32
                %v569 = arith.negf %v526 : f32
                %v570 = arith.mulf %v568, %v569 fastmath<contract> : f32
                %v571 = llvm.load %v63 : !llvm.ptr -> f32
                %v572 = llvm.load %v68 : !llvm.ptr -> f32
                %v573 = arith.mulf %v572, %v571 fastmath<contract> : f32
                %v574 = arith.addf %v570, %v573 fastmath<contract> : f32
                llvm.store %v574, %v63 : f32, !llvm.ptr
                %v575 = llvm.load %v82 : !llvm.ptr -> f32
                %v576 = arith.mulf %v575, %v572 fastmath<contract> : f32
                llvm.store %v576, %v82 : f32, !llvm.ptr
                %v577 = arith.mulf %v538, %v192 fastmath<contract> : f32
                %v578 = llvm.call_intrinsic "llvm.roundeven.f32"(%v577) : (f32) -> f32
                %v579 = arith.mulf %v578, %v195 fastmath<contract> : f32
                %v580 = arith.subf %v538, %v579 fastmath<contract> : f32
                %v581 = arith.mulf %v578, %v196 fastmath<contract> : f32
                %v582 = arith.subf %v580, %v581 fastmath<contract> : f32
                %v583 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v582) : (f32) -> f32
                %v584 = arith.mulf %v583, %v552 fastmath<contract> : f32
                %v585 = arith.mulf %v584, %v569 fastmath<contract> : f32
                %v586 = llvm.load %v64 : !llvm.ptr -> f32
                %v587 = llvm.load %v69 : !llvm.ptr -> f32
                %v588 = arith.mulf %v587, %v586 fastmath<contract> : f32
                %v589 = arith.addf %v585, %v588 fastmath<contract> : f32
                llvm.store %v589, %v64 : f32, !llvm.ptr
                %v590 = llvm.load %v83 : !llvm.ptr -> f32
                %v591 = arith.mulf %v590, %v587 fastmath<contract> : f32
                llvm.store %v591, %v83 : f32, !llvm.ptr
                %v592 = llvm.load %v65 : !llvm.ptr -> f32
                %v593 = llvm.load %v70 : !llvm.ptr -> f32
                %v594 = arith.mulf %v593, %v592 fastmath<contract> : f32
                %v595 = arith.addf %v78, %v594 fastmath<contract> : f32
                llvm.store %v595, %v65 : f32, !llvm.ptr
                %v596 = llvm.load %v84 : !llvm.ptr -> f32
                %v597 = arith.mulf %v596, %v593 fastmath<contract> : f32
                llvm.store %v597, %v84 : f32, !llvm.ptr
                scf.if %v500 {
                }
                %v598 = llvm.getelementptr %in_gamma[%v53] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v599 = llvm.load %v598 : !llvm.ptr -> f32
                llvm.store %v599, %v66 : f32, !llvm.ptr
                llvm.store %v599, %v67 : f32, !llvm.ptr
                llvm.store %v599, %v68 : f32, !llvm.ptr
                llvm.store %v599, %v69 : f32, !llvm.ptr
                llvm.store %v79, %v70 : f32, !llvm.ptr
              } else {
                %v600 = arith.subi %v105, %v2 : i64
                // the group's states, recomputed into registers
                %v601 = arith.subi %v105, %v170 : i64
                %v602 = arith.trunci %v601 : i64 to i32
                %v603 = arith.subi %size_L, %v2 : i64
                %v604 = arith.addi %v103, %v170 : i64
                %v605 = arith.subi %v603, %v604 : i64
                %v606 = arith.minsi %v605, %v180 : i64
                %v607 = arith.trunci %v606 : i64 to i32
                %v608 = arith.addi %v170, %v88 : i64
                %v609 = arith.cmpi slt, %v184, %v602 : i32
                %v610 = arith.cmpi eq, %v184, %v607 : i32
                scf.if %v609 {
                  %v611 = arith.addi %v103, %v608 : i64
                  %v612 = arith.sitofp %v611 : i64 to f32
                  %v613 = llvm.getelementptr %in_theta[%v41] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v614 = llvm.load %v613 : !llvm.ptr -> f32
                  %v615 = arith.mulf %v612, %v614 fastmath<contract> : f32
                  %v616 = arith.mulf %v615, %v192 fastmath<contract> : f32
                  %v617 = llvm.call_intrinsic "llvm.roundeven.f32"(%v616) : (f32) -> f32
                  %v618 = arith.mulf %v617, %v195 fastmath<contract> : f32
                  %v619 = arith.subf %v615, %v618 fastmath<contract> : f32
                  %v620 = arith.mulf %v617, %v196 fastmath<contract> : f32
                  %v621 = arith.subf %v619, %v620 fastmath<contract> : f32
                  %v622 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v621) : (f32) -> f32
                  %v623 = arith.muli %v41, %v131 : i64
                  %v624 = arith.subi %v611, %v103 : i64
                  %v625 = arith.addi %v623, %v624 : i64
                  %v626 = llvm.getelementptr %v75[%v625] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v627 = llvm.load %v626 : !llvm.ptr -> f32
                  %v628 = arith.mulf %v622, %v627 fastmath<contract> : f32
                  %v629 = arith.muli %v55, %v209 : i64
                  %v630 = arith.muli %v611, %v208 : i64
                  %v631 = arith.addi %v629, %v630 : i64
                  %v632 = arith.muli %v53, %size_DV : i64
                  %v633 = arith.addi %v631, %v632 : i64
                  %v634 = arith.addi %v633, %v51 : i64
                  %v635 = llvm.getelementptr %dy_o[%v634] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v636 = llvm.load %v635 : !llvm.ptr -> f32
                  %v637 = arith.mulf %v628, %v636 fastmath<contract> : f32
                  %v638 = llvm.load %v61 : !llvm.ptr -> f32
                  %v639 = llvm.load %v66 : !llvm.ptr -> f32
                  %v640 = arith.mulf %v639, %v638 fastmath<contract> : f32
                  %v641 = arith.addf %v637, %v640 fastmath<contract> : f32
                  llvm.store %v641, %v61 : f32, !llvm.ptr
                  %v642 = llvm.load %v80 : !llvm.ptr -> f32
                  %v643 = arith.mulf %v642, %v639 fastmath<contract> : f32
                  llvm.store %v643, %v80 : f32, !llvm.ptr
                  %v644 = arith.constant 8 : i64
                  %v645 = arith.addi %v644, %v41 : i64
                  %v646 = llvm.getelementptr %in_theta[%v645] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v647 = llvm.load %v646 : !llvm.ptr -> f32
                  %v648 = arith.mulf %v612, %v647 fastmath<contract> : f32
                  %v649 = arith.mulf %v648, %v192 fastmath<contract> : f32
                  %v650 = llvm.call_intrinsic "llvm.roundeven.f32"(%v649) : (f32) -> f32
                  %v651 = arith.mulf %v650, %v195 fastmath<contract> : f32
                  %v652 = arith.subf %v648, %v651 fastmath<contract> : f32
                  %v653 = arith.mulf %v650, %v196 fastmath<contract> : f32
                  %v654 = arith.subf %v652, %v653 fastmath<contract> : f32
                  %v655 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v654) : (f32) -> f32
                  %v656 = arith.constant 8 : i64
                  %v657 = arith.addi %v656, %v41 : i64
                  %v658 = arith.muli %v657, %v131 : i64
                  %v659 = arith.subi %v611, %v103 : i64
                  %v660 = arith.addi %v658, %v659 : i64
                  %v661 = llvm.getelementptr %v75[%v660] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v662 = llvm.load %v661 : !llvm.ptr -> f32
                  %v663 = arith.mulf %v655, %v662 fastmath<contract> : f32
                  %v664 = arith.mulf %v663, %v636 fastmath<contract> : f32
                  %v665 = llvm.load %v62 : !llvm.ptr -> f32
                  %v666 = llvm.load %v67 : !llvm.ptr -> f32
                  %v667 = arith.mulf %v666, %v665 fastmath<contract> : f32
                  %v668 = arith.addf %v664, %v667 fastmath<contract> : f32
                  llvm.store %v668, %v62 : f32, !llvm.ptr
                  %v669 = llvm.load %v81 : !llvm.ptr -> f32
                  %v670 = arith.mulf %v669, %v666 fastmath<contract> : f32
                  llvm.store %v670, %v81 : f32, !llvm.ptr
                  %v671 = arith.mulf %v615, %v192 fastmath<contract> : f32
                  %v672 = llvm.call_intrinsic "llvm.roundeven.f32"(%v671) : (f32) -> f32
                  %v673 = arith.mulf %v672, %v195 fastmath<contract> : f32
                  %v674 = arith.subf %v615, %v673 fastmath<contract> : f32
                  %v675 = arith.mulf %v672, %v196 fastmath<contract> : f32
                  %v676 = arith.subf %v674, %v675 fastmath<contract> : f32
                  %v677 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v676) : (f32) -> f32
                  %v678 = arith.mulf %v677, %v627 fastmath<contract> : f32
                  %v679 = arith.negf %v636 : f32
                  %v680 = arith.mulf %v678, %v679 fastmath<contract> : f32
                  %v681 = llvm.load %v63 : !llvm.ptr -> f32
                  %v682 = llvm.load %v68 : !llvm.ptr -> f32
                  %v683 = arith.mulf %v682, %v681 fastmath<contract> : f32
                  %v684 = arith.addf %v680, %v683 fastmath<contract> : f32
                  llvm.store %v684, %v63 : f32, !llvm.ptr
                  %v685 = llvm.load %v82 : !llvm.ptr -> f32
                  %v686 = arith.mulf %v685, %v682 fastmath<contract> : f32
                  llvm.store %v686, %v82 : f32, !llvm.ptr
                  %v687 = arith.mulf %v648, %v192 fastmath<contract> : f32
                  %v688 = llvm.call_intrinsic "llvm.roundeven.f32"(%v687) : (f32) -> f32
                  %v689 = arith.mulf %v688, %v195 fastmath<contract> : f32
                  %v690 = arith.subf %v648, %v689 fastmath<contract> : f32
                  %v691 = arith.mulf %v688, %v196 fastmath<contract> : f32
                  %v692 = arith.subf %v690, %v691 fastmath<contract> : f32
                  %v693 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v692) : (f32) -> f32
                  %v694 = arith.mulf %v693, %v662 fastmath<contract> : f32
                  %v695 = arith.mulf %v694, %v679 fastmath<contract> : f32
                  %v696 = llvm.load %v64 : !llvm.ptr -> f32
                  %v697 = llvm.load %v69 : !llvm.ptr -> f32
                  %v698 = arith.mulf %v697, %v696 fastmath<contract> : f32
                  %v699 = arith.addf %v695, %v698 fastmath<contract> : f32
                  llvm.store %v699, %v64 : f32, !llvm.ptr
                  %v700 = llvm.load %v83 : !llvm.ptr -> f32
                  %v701 = arith.mulf %v700, %v697 fastmath<contract> : f32
                  llvm.store %v701, %v83 : f32, !llvm.ptr
                  %v702 = llvm.load %v65 : !llvm.ptr -> f32
                  %v703 = llvm.load %v70 : !llvm.ptr -> f32
                  %v704 = arith.mulf %v703, %v702 fastmath<contract> : f32
                  %v705 = arith.addf %v78, %v704 fastmath<contract> : f32
                  llvm.store %v705, %v65 : f32, !llvm.ptr
                  %v706 = llvm.load %v84 : !llvm.ptr -> f32
                  %v707 = arith.mulf %v706, %v703 fastmath<contract> : f32
                  llvm.store %v707, %v84 : f32, !llvm.ptr
                  scf.if %v610 {
                  }
                  %v708 = llvm.getelementptr %in_gamma[%v53] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v709 = llvm.load %v708 : !llvm.ptr -> f32
                  llvm.store %v709, %v66 : f32, !llvm.ptr
                  llvm.store %v709, %v67 : f32, !llvm.ptr
                  llvm.store %v709, %v68 : f32, !llvm.ptr
                  llvm.store %v709, %v69 : f32, !llvm.ptr
                  llvm.store %v79, %v70 : f32, !llvm.ptr
                }
                %v710 = arith.addi %v170, %v291 : i64
                %v711 = arith.cmpi slt, %v293, %v602 : i32
                %v712 = arith.cmpi eq, %v293, %v607 : i32
                scf.if %v711 {
                  %v713 = arith.addi %v103, %v710 : i64
                  %v714 = arith.sitofp %v713 : i64 to f32
                  %v715 = llvm.getelementptr %in_theta[%v41] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v716 = llvm.load %v715 : !llvm.ptr -> f32
                  %v717 = arith.mulf %v714, %v716 fastmath<contract> : f32
                  %v718 = arith.mulf %v717, %v192 fastmath<contract> : f32
                  %v719 = llvm.call_intrinsic "llvm.roundeven.f32"(%v718) : (f32) -> f32
                  %v720 = arith.mulf %v719, %v195 fastmath<contract> : f32
                  %v721 = arith.subf %v717, %v720 fastmath<contract> : f32
                  %v722 = arith.mulf %v719, %v196 fastmath<contract> : f32
                  %v723 = arith.subf %v721, %v722 fastmath<contract> : f32
                  %v724 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v723) : (f32) -> f32
                  %v725 = arith.muli %v41, %v131 : i64
                  %v726 = arith.subi %v713, %v103 : i64
                  %v727 = arith.addi %v725, %v726 : i64
                  %v728 = llvm.getelementptr %v75[%v727] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v729 = llvm.load %v728 : !llvm.ptr -> f32
                  %v730 = arith.mulf %v724, %v729 fastmath<contract> : f32
                  %v731 = arith.muli %v55, %v209 : i64
                  %v732 = arith.muli %v713, %v208 : i64
                  %v733 = arith.addi %v731, %v732 : i64
                  %v734 = arith.muli %v53, %size_DV : i64
                  %v735 = arith.addi %v733, %v734 : i64
                  %v736 = arith.addi %v735, %v51 : i64
                  %v737 = llvm.getelementptr %dy_o[%v736] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v738 = llvm.load %v737 : !llvm.ptr -> f32
                  %v739 = arith.mulf %v730, %v738 fastmath<contract> : f32
                  %v740 = llvm.load %v61 : !llvm.ptr -> f32
                  %v741 = llvm.load %v66 : !llvm.ptr -> f32
                  %v742 = arith.mulf %v741, %v740 fastmath<contract> : f32
                  %v743 = arith.addf %v739, %v742 fastmath<contract> : f32
                  llvm.store %v743, %v61 : f32, !llvm.ptr
                  %v744 = llvm.load %v80 : !llvm.ptr -> f32
                  %v745 = arith.mulf %v744, %v741 fastmath<contract> : f32
                  llvm.store %v745, %v80 : f32, !llvm.ptr
                  %v746 = arith.constant 8 : i64
                  %v747 = arith.addi %v746, %v41 : i64
                  %v748 = llvm.getelementptr %in_theta[%v747] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v749 = llvm.load %v748 : !llvm.ptr -> f32
                  %v750 = arith.mulf %v714, %v749 fastmath<contract> : f32
                  %v751 = arith.mulf %v750, %v192 fastmath<contract> : f32
                  %v752 = llvm.call_intrinsic "llvm.roundeven.f32"(%v751) : (f32) -> f32
                  %v753 = arith.mulf %v752, %v195 fastmath<contract> : f32
                  %v754 = arith.subf %v750, %v753 fastmath<contract> : f32
                  %v755 = arith.mulf %v752, %v196 fastmath<contract> : f32
                  %v756 = arith.subf %v754, %v755 fastmath<contract> : f32
                  %v757 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v756) : (f32) -> f32
                  %v758 = arith.constant 8 : i64
                  %v759 = arith.addi %v758, %v41 : i64
                  %v760 = arith.muli %v759, %v131 : i64
                  %v761 = arith.subi %v713, %v103 : i64
                  %v762 = arith.addi %v760, %v761 : i64
                  %v763 = llvm.getelementptr %v75[%v762] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v764 = llvm.load %v763 : !llvm.ptr -> f32
                  %v765 = arith.mulf %v757, %v764 fastmath<contract> : f32
                  %v766 = arith.mulf %v765, %v738 fastmath<contract> : f32
                  %v767 = llvm.load %v62 : !llvm.ptr -> f32
                  %v768 = llvm.load %v67 : !llvm.ptr -> f32
                  %v769 = arith.mulf %v768, %v767 fastmath<contract> : f32
                  %v770 = arith.addf %v766, %v769 fastmath<contract> : f32
                  llvm.store %v770, %v62 : f32, !llvm.ptr
                  %v771 = llvm.load %v81 : !llvm.ptr -> f32
                  %v772 = arith.mulf %v771, %v768 fastmath<contract> : f32
                  llvm.store %v772, %v81 : f32, !llvm.ptr
                  %v773 = arith.mulf %v717, %v192 fastmath<contract> : f32
                  %v774 = llvm.call_intrinsic "llvm.roundeven.f32"(%v773) : (f32) -> f32
                  %v775 = arith.mulf %v774, %v195 fastmath<contract> : f32
                  %v776 = arith.subf %v717, %v775 fastmath<contract> : f32
                  %v777 = arith.mulf %v774, %v196 fastmath<contract> : f32
                  %v778 = arith.subf %v776, %v777 fastmath<contract> : f32
                  %v779 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v778) : (f32) -> f32
                  %v780 = arith.mulf %v779, %v729 fastmath<contract> : f32
                  %v781 = arith.negf %v738 : f32
                  %v782 = arith.mulf %v780, %v781 fastmath<contract> : f32
                  %v783 = llvm.load %v63 : !llvm.ptr -> f32
                  %v784 = llvm.load %v68 : !llvm.ptr -> f32
                  %v785 = arith.mulf %v784, %v783 fastmath<contract> : f32
                  %v786 = arith.addf %v782, %v785 fastmath<contract> : f32
                  llvm.store %v786, %v63 : f32, !llvm.ptr
                  %v787 = llvm.load %v82 : !llvm.ptr -> f32
                  %v788 = arith.mulf %v787, %v784 fastmath<contract> : f32
                  llvm.store %v788, %v82 : f32, !llvm.ptr
                  %v789 = arith.mulf %v750, %v192 fastmath<contract> : f32
                  %v790 = llvm.call_intrinsic "llvm.roundeven.f32"(%v789) : (f32) -> f32
                  %v791 = arith.mulf %v790, %v195 fastmath<contract> : f32
                  %v792 = arith.subf %v750, %v791 fastmath<contract> : f32
                  %v793 = arith.mulf %v790, %v196 fastmath<contract> : f32
                  %v794 = arith.subf %v792, %v793 fastmath<contract> : f32
                  %v795 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v794) : (f32) -> f32
                  %v796 = arith.mulf %v795, %v764 fastmath<contract> : f32
                  %v797 = arith.mulf %v796, %v781 fastmath<contract> : f32
                  %v798 = llvm.load %v64 : !llvm.ptr -> f32
                  %v799 = llvm.load %v69 : !llvm.ptr -> f32
                  %v800 = arith.mulf %v799, %v798 fastmath<contract> : f32
                  %v801 = arith.addf %v797, %v800 fastmath<contract> : f32
                  llvm.store %v801, %v64 : f32, !llvm.ptr
                  %v802 = llvm.load %v83 : !llvm.ptr -> f32
                  %v803 = arith.mulf %v802, %v799 fastmath<contract> : f32
                  llvm.store %v803, %v83 : f32, !llvm.ptr
                  %v804 = llvm.load %v65 : !llvm.ptr -> f32
                  %v805 = llvm.load %v70 : !llvm.ptr -> f32
                  %v806 = arith.mulf %v805, %v804 fastmath<contract> : f32
                  %v807 = arith.addf %v78, %v806 fastmath<contract> : f32
                  llvm.store %v807, %v65 : f32, !llvm.ptr
                  %v808 = llvm.load %v84 : !llvm.ptr -> f32
                  %v809 = arith.mulf %v808, %v805 fastmath<contract> : f32
                  llvm.store %v809, %v84 : f32, !llvm.ptr
                  scf.if %v712 {
                  }
                  %v810 = llvm.getelementptr %in_gamma[%v53] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v811 = llvm.load %v810 : !llvm.ptr -> f32
                  llvm.store %v811, %v66 : f32, !llvm.ptr
                  llvm.store %v811, %v67 : f32, !llvm.ptr
                  llvm.store %v811, %v68 : f32, !llvm.ptr
                  llvm.store %v811, %v69 : f32, !llvm.ptr
                  llvm.store %v79, %v70 : f32, !llvm.ptr
                }
                %v812 = arith.addi %v170, %v2 : i64
                %v813 = arith.cmpi slt, %v396, %v602 : i32
                %v814 = arith.cmpi eq, %v396, %v607 : i32
                scf.if %v813 {
                  %v815 = arith.addi %v103, %v812 : i64
                  %v816 = arith.sitofp %v815 : i64 to f32
                  %v817 = llvm.getelementptr %in_theta[%v41] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v818 = llvm.load %v817 : !llvm.ptr -> f32
                  %v819 = arith.mulf %v816, %v818 fastmath<contract> : f32
                  %v820 = arith.mulf %v819, %v192 fastmath<contract> : f32
                  %v821 = llvm.call_intrinsic "llvm.roundeven.f32"(%v820) : (f32) -> f32
                  %v822 = arith.mulf %v821, %v195 fastmath<contract> : f32
                  %v823 = arith.subf %v819, %v822 fastmath<contract> : f32
                  %v824 = arith.mulf %v821, %v196 fastmath<contract> : f32
                  %v825 = arith.subf %v823, %v824 fastmath<contract> : f32
                  %v826 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v825) : (f32) -> f32
                  %v827 = arith.muli %v41, %v131 : i64
                  %v828 = arith.subi %v815, %v103 : i64
                  %v829 = arith.addi %v827, %v828 : i64
                  %v830 = llvm.getelementptr %v75[%v829] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v831 = llvm.load %v830 : !llvm.ptr -> f32
                  %v832 = arith.mulf %v826, %v831 fastmath<contract> : f32
                  %v833 = arith.muli %v55, %v209 : i64
                  %v834 = arith.muli %v815, %v208 : i64
                  %v835 = arith.addi %v833, %v834 : i64
                  %v836 = arith.muli %v53, %size_DV : i64
                  %v837 = arith.addi %v835, %v836 : i64
                  %v838 = arith.addi %v837, %v51 : i64
                  %v839 = llvm.getelementptr %dy_o[%v838] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v840 = llvm.load %v839 : !llvm.ptr -> f32
                  %v841 = arith.mulf %v832, %v840 fastmath<contract> : f32
                  %v842 = llvm.load %v61 : !llvm.ptr -> f32
                  %v843 = llvm.load %v66 : !llvm.ptr -> f32
                  %v844 = arith.mulf %v843, %v842 fastmath<contract> : f32
                  %v845 = arith.addf %v841, %v844 fastmath<contract> : f32
                  llvm.store %v845, %v61 : f32, !llvm.ptr
                  %v846 = llvm.load %v80 : !llvm.ptr -> f32
                  %v847 = arith.mulf %v846, %v843 fastmath<contract> : f32
                  llvm.store %v847, %v80 : f32, !llvm.ptr
                  %v848 = arith.constant 8 : i64
                  %v849 = arith.addi %v848, %v41 : i64
                  %v850 = llvm.getelementptr %in_theta[%v849] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v851 = llvm.load %v850 : !llvm.ptr -> f32
                  %v852 = arith.mulf %v816, %v851 fastmath<contract> : f32
                  %v853 = arith.mulf %v852, %v192 fastmath<contract> : f32
                  %v854 = llvm.call_intrinsic "llvm.roundeven.f32"(%v853) : (f32) -> f32
                  %v855 = arith.mulf %v854, %v195 fastmath<contract> : f32
                  %v856 = arith.subf %v852, %v855 fastmath<contract> : f32
                  %v857 = arith.mulf %v854, %v196 fastmath<contract> : f32
                  %v858 = arith.subf %v856, %v857 fastmath<contract> : f32
                  %v859 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v858) : (f32) -> f32
                  %v860 = arith.constant 8 : i64
                  %v861 = arith.addi %v860, %v41 : i64
                  %v862 = arith.muli %v861, %v131 : i64
                  %v863 = arith.subi %v815, %v103 : i64
                  %v864 = arith.addi %v862, %v863 : i64
                  %v865 = llvm.getelementptr %v75[%v864] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v866 = llvm.load %v865 : !llvm.ptr -> f32
                  %v867 = arith.mulf %v859, %v866 fastmath<contract> : f32
                  %v868 = arith.mulf %v867, %v840 fastmath<contract> : f32
                  %v869 = llvm.load %v62 : !llvm.ptr -> f32
                  %v870 = llvm.load %v67 : !llvm.ptr -> f32
                  %v871 = arith.mulf %v870, %v869 fastmath<contract> : f32
                  %v872 = arith.addf %v868, %v871 fastmath<contract> : f32
                  llvm.store %v872, %v62 : f32, !llvm.ptr
                  %v873 = llvm.load %v81 : !llvm.ptr -> f32
                  %v874 = arith.mulf %v873, %v870 fastmath<contract> : f32
                  llvm.store %v874, %v81 : f32, !llvm.ptr
                  %v875 = arith.mulf %v819, %v192 fastmath<contract> : f32
                  %v876 = llvm.call_intrinsic "llvm.roundeven.f32"(%v875) : (f32) -> f32
                  %v877 = arith.mulf %v876, %v195 fastmath<contract> : f32
                  %v878 = arith.subf %v819, %v877 fastmath<contract> : f32
                  %v879 = arith.mulf %v876, %v196 fastmath<contract> : f32
                  %v880 = arith.subf %v878, %v879 fastmath<contract> : f32
                  %v881 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v880) : (f32) -> f32
                  %v882 = arith.mulf %v881, %v831 fastmath<contract> : f32
                  %v883 = arith.negf %v840 : f32
                  %v884 = arith.mulf %v882, %v883 fastmath<contract> : f32
                  %v885 = llvm.load %v63 : !llvm.ptr -> f32
                  %v886 = llvm.load %v68 : !llvm.ptr -> f32
                  %v887 = arith.mulf %v886, %v885 fastmath<contract> : f32
                  %v888 = arith.addf %v884, %v887 fastmath<contract> : f32
                  llvm.store %v888, %v63 : f32, !llvm.ptr
                  %v889 = llvm.load %v82 : !llvm.ptr -> f32
                  %v890 = arith.mulf %v889, %v886 fastmath<contract> : f32
                  llvm.store %v890, %v82 : f32, !llvm.ptr
                  %v891 = arith.mulf %v852, %v192 fastmath<contract> : f32
                  %v892 = llvm.call_intrinsic "llvm.roundeven.f32"(%v891) : (f32) -> f32
                  %v893 = arith.mulf %v892, %v195 fastmath<contract> : f32
                  %v894 = arith.subf %v852, %v893 fastmath<contract> : f32
                  %v895 = arith.mulf %v892, %v196 fastmath<contract> : f32
                  %v896 = arith.subf %v894, %v895 fastmath<contract> : f32
                  %v897 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v896) : (f32) -> f32
                  %v898 = arith.mulf %v897, %v866 fastmath<contract> : f32
                  %v899 = arith.mulf %v898, %v883 fastmath<contract> : f32
                  %v900 = llvm.load %v64 : !llvm.ptr -> f32
                  %v901 = llvm.load %v69 : !llvm.ptr -> f32
                  %v902 = arith.mulf %v901, %v900 fastmath<contract> : f32
                  %v903 = arith.addf %v899, %v902 fastmath<contract> : f32
                  llvm.store %v903, %v64 : f32, !llvm.ptr
                  %v904 = llvm.load %v83 : !llvm.ptr -> f32
                  %v905 = arith.mulf %v904, %v901 fastmath<contract> : f32
                  llvm.store %v905, %v83 : f32, !llvm.ptr
                  %v906 = llvm.load %v65 : !llvm.ptr -> f32
                  %v907 = llvm.load %v70 : !llvm.ptr -> f32
                  %v908 = arith.mulf %v907, %v906 fastmath<contract> : f32
                  %v909 = arith.addf %v78, %v908 fastmath<contract> : f32
                  llvm.store %v909, %v65 : f32, !llvm.ptr
                  %v910 = llvm.load %v84 : !llvm.ptr -> f32
                  %v911 = arith.mulf %v910, %v907 fastmath<contract> : f32
                  llvm.store %v911, %v84 : f32, !llvm.ptr
                  scf.if %v814 {
                  }
                  %v912 = llvm.getelementptr %in_gamma[%v53] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v913 = llvm.load %v912 : !llvm.ptr -> f32
                  llvm.store %v913, %v66 : f32, !llvm.ptr
                  llvm.store %v913, %v67 : f32, !llvm.ptr
                  llvm.store %v913, %v68 : f32, !llvm.ptr
                  llvm.store %v913, %v69 : f32, !llvm.ptr
                  llvm.store %v79, %v70 : f32, !llvm.ptr
                }
                %v914 = arith.cmpi slt, %v498, %v602 : i32
                %v915 = arith.cmpi eq, %v498, %v607 : i32
                scf.if %v914 {
                  %v916 = arith.addi %v103, %v170 : i64
                  %v917 = arith.sitofp %v916 : i64 to f32
                  %v918 = llvm.getelementptr %in_theta[%v41] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v919 = llvm.load %v918 : !llvm.ptr -> f32
                  %v920 = arith.mulf %v917, %v919 fastmath<contract> : f32
                  %v921 = arith.mulf %v920, %v192 fastmath<contract> : f32
                  %v922 = llvm.call_intrinsic "llvm.roundeven.f32"(%v921) : (f32) -> f32
                  %v923 = arith.mulf %v922, %v195 fastmath<contract> : f32
                  %v924 = arith.subf %v920, %v923 fastmath<contract> : f32
                  %v925 = arith.mulf %v922, %v196 fastmath<contract> : f32
                  %v926 = arith.subf %v924, %v925 fastmath<contract> : f32
                  %v927 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v926) : (f32) -> f32
                  %v928 = arith.muli %v41, %v131 : i64
                  %v929 = arith.subi %v916, %v103 : i64
                  %v930 = arith.addi %v928, %v929 : i64
                  %v931 = llvm.getelementptr %v75[%v930] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v932 = llvm.load %v931 : !llvm.ptr -> f32
                  %v933 = arith.mulf %v927, %v932 fastmath<contract> : f32
                  %v934 = arith.muli %v55, %v209 : i64
                  %v935 = arith.muli %v916, %v208 : i64
                  %v936 = arith.addi %v934, %v935 : i64
                  %v937 = arith.muli %v53, %size_DV : i64
                  %v938 = arith.addi %v936, %v937 : i64
                  %v939 = arith.addi %v938, %v51 : i64
                  %v940 = llvm.getelementptr %dy_o[%v939] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v941 = llvm.load %v940 : !llvm.ptr -> f32
                  %v942 = arith.mulf %v933, %v941 fastmath<contract> : f32
                  %v943 = llvm.load %v61 : !llvm.ptr -> f32
                  %v944 = llvm.load %v66 : !llvm.ptr -> f32
                  %v945 = arith.mulf %v944, %v943 fastmath<contract> : f32
                  %v946 = arith.addf %v942, %v945 fastmath<contract> : f32
                  llvm.store %v946, %v61 : f32, !llvm.ptr
                  %v947 = llvm.load %v80 : !llvm.ptr -> f32
                  %v948 = arith.mulf %v947, %v944 fastmath<contract> : f32
                  llvm.store %v948, %v80 : f32, !llvm.ptr
                  %v949 = arith.constant 8 : i64
                  %v950 = arith.addi %v949, %v41 : i64
                  %v951 = llvm.getelementptr %in_theta[%v950] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v952 = llvm.load %v951 : !llvm.ptr -> f32
                  %v953 = arith.mulf %v917, %v952 fastmath<contract> : f32
                  %v954 = arith.mulf %v953, %v192 fastmath<contract> : f32
                  %v955 = llvm.call_intrinsic "llvm.roundeven.f32"(%v954) : (f32) -> f32
                  %v956 = arith.mulf %v955, %v195 fastmath<contract> : f32
                  %v957 = arith.subf %v953, %v956 fastmath<contract> : f32
                  %v958 = arith.mulf %v955, %v196 fastmath<contract> : f32
                  %v959 = arith.subf %v957, %v958 fastmath<contract> : f32
                  %v960 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v959) : (f32) -> f32
                  %v961 = arith.constant 8 : i64
                  %v962 = arith.addi %v961, %v41 : i64
                  %v963 = arith.muli %v962, %v131 : i64
                  %v964 = arith.subi %v916, %v103 : i64
                  %v965 = arith.addi %v963, %v964 : i64
                  %v966 = llvm.getelementptr %v75[%v965] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v967 = llvm.load %v966 : !llvm.ptr -> f32
                  %v968 = arith.mulf %v960, %v967 fastmath<contract> : f32
                  %v969 = arith.mulf %v968, %v941 fastmath<contract> : f32
                  %v970 = llvm.load %v62 : !llvm.ptr -> f32
                  %v971 = llvm.load %v67 : !llvm.ptr -> f32
                  %v972 = arith.mulf %v971, %v970 fastmath<contract> : f32
                  %v973 = arith.addf %v969, %v972 fastmath<contract> : f32
                  llvm.store %v973, %v62 : f32, !llvm.ptr
                  %v974 = llvm.load %v81 : !llvm.ptr -> f32
                  %v975 = arith.mulf %v974, %v971 fastmath<contract> : f32
                  llvm.store %v975, %v81 : f32, !llvm.ptr
                  %v976 = arith.mulf %v920, %v192 fastmath<contract> : f32
                  %v977 = llvm.call_intrinsic "llvm.roundeven.f32"(%v976) : (f32) -> f32
                  %v978 = arith.mulf %v977, %v195 fastmath<contract> : f32
                  %v979 = arith.subf %v920, %v978 fastmath<contract> : f32
                  %v980 = arith.mulf %v977, %v196 fastmath<contract> : f32
                  %v981 = arith.subf %v979, %v980 fastmath<contract> : f32
                  %v982 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v981) : (f32) -> f32
                  %v983 = arith.mulf %v982, %v932 fastmath<contract> : f32
                  %v984 = arith.negf %v941 : f32
                  %v985 = arith.mulf %v983, %v984 fastmath<contract> : f32
                  %v986 = llvm.load %v63 : !llvm.ptr -> f32
                  %v987 = llvm.load %v68 : !llvm.ptr -> f32
                  %v988 = arith.mulf %v987, %v986 fastmath<contract> : f32
                  %v989 = arith.addf %v985, %v988 fastmath<contract> : f32
                  llvm.store %v989, %v63 : f32, !llvm.ptr
                  %v990 = llvm.load %v82 : !llvm.ptr -> f32
                  %v991 = arith.mulf %v990, %v987 fastmath<contract> : f32
                  llvm.store %v991, %v82 : f32, !llvm.ptr
                  %v992 = arith.mulf %v953, %v192 fastmath<contract> : f32
                  %v993 = llvm.call_intrinsic "llvm.roundeven.f32"(%v992) : (f32) -> f32
                  %v994 = arith.mulf %v993, %v195 fastmath<contract> : f32
                  %v995 = arith.subf %v953, %v994 fastmath<contract> : f32
                  %v996 = arith.mulf %v993, %v196 fastmath<contract> : f32
                  %v997 = arith.subf %v995, %v996 fastmath<contract> : f32
                  %v998 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v997) : (f32) -> f32
                  %v999 = arith.mulf %v998, %v967 fastmath<contract> : f32
                  %v1000 = arith.mulf %v999, %v984 fastmath<contract> : f32
                  %v1001 = llvm.load %v64 : !llvm.ptr -> f32
                  %v1002 = llvm.load %v69 : !llvm.ptr -> f32
                  %v1003 = arith.mulf %v1002, %v1001 fastmath<contract> : f32
                  %v1004 = arith.addf %v1000, %v1003 fastmath<contract> : f32
                  llvm.store %v1004, %v64 : f32, !llvm.ptr
                  %v1005 = llvm.load %v83 : !llvm.ptr -> f32
                  %v1006 = arith.mulf %v1005, %v1002 fastmath<contract> : f32
                  llvm.store %v1006, %v83 : f32, !llvm.ptr
                  %v1007 = llvm.load %v65 : !llvm.ptr -> f32
                  %v1008 = llvm.load %v70 : !llvm.ptr -> f32
                  %v1009 = arith.mulf %v1008, %v1007 fastmath<contract> : f32
                  %v1010 = arith.addf %v78, %v1009 fastmath<contract> : f32
                  llvm.store %v1010, %v65 : f32, !llvm.ptr
                  %v1011 = llvm.load %v84 : !llvm.ptr -> f32
                  %v1012 = arith.mulf %v1011, %v1008 fastmath<contract> : f32
                  llvm.store %v1012, %v84 : f32, !llvm.ptr
                  scf.if %v915 {
                  }
                  %v1013 = llvm.getelementptr %in_gamma[%v53] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1014 = llvm.load %v1013 : !llvm.ptr -> f32
                  llvm.store %v1014, %v66 : f32, !llvm.ptr
                  llvm.store %v1014, %v67 : f32, !llvm.ptr
                  llvm.store %v1014, %v68 : f32, !llvm.ptr
                  llvm.store %v1014, %v69 : f32, !llvm.ptr
                  llvm.store %v79, %v70 : f32, !llvm.ptr
                }
              }
            }
          }
        }
      }
      scf.if %v45 {
        %v1015 = llvm.load %v61 : !llvm.ptr -> f32
        %v1016 = arith.muli %v36, %v1 : i64
        %v1017 = arith.addi %v1016, %v41 : i64
        %v1018 = arith.muli %v1017, %v4 : i64
        %v1019 = arith.subi %v4, %v2 : i64
        %v1020 = arith.minsi %v47, %v1019 : i64
        %v1021 = arith.addi %v1018, %v1020 : i64
        %v1022 = llvm.getelementptr %segsum_S_re[%v1021] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1015, %v1022 : f32, !llvm.ptr
        %v1023 = llvm.load %v80 : !llvm.ptr -> f32
        %v1024 = arith.addi %v8, %v36 : i64
        %v1025 = arith.muli %v1024, %v1 : i64
        %v1026 = arith.addi %v1025, %v41 : i64
        %v1027 = arith.muli %v1026, %v4 : i64
        %v1028 = arith.subi %v4, %v2 : i64
        %v1029 = arith.minsi %v47, %v1028 : i64
        %v1030 = arith.addi %v1027, %v1029 : i64
        %v1031 = llvm.getelementptr %segsum_S_re[%v1030] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1023, %v1031 : f32, !llvm.ptr
        %v1032 = llvm.load %v66 : !llvm.ptr -> f32
        %v1033 = arith.muli %v291, %v8 : i64
        %v1034 = arith.addi %v1033, %v36 : i64
        %v1035 = arith.muli %v1034, %v1 : i64
        %v1036 = arith.addi %v1035, %v41 : i64
        %v1037 = arith.muli %v1036, %v4 : i64
        %v1038 = arith.subi %v4, %v2 : i64
        %v1039 = arith.minsi %v47, %v1038 : i64
        %v1040 = arith.addi %v1037, %v1039 : i64
        %v1041 = llvm.getelementptr %segsum_S_re[%v1040] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1032, %v1041 : f32, !llvm.ptr
        %v1042 = llvm.load %v62 : !llvm.ptr -> f32
        %v1043 = arith.addi %v40, %v41 : i64
        %v1044 = arith.muli %v36, %v1 : i64
        %v1045 = arith.addi %v1044, %v1043 : i64
        %v1046 = arith.muli %v1045, %v4 : i64
        %v1047 = arith.subi %v4, %v2 : i64
        %v1048 = arith.minsi %v47, %v1047 : i64
        %v1049 = arith.addi %v1046, %v1048 : i64
        %v1050 = llvm.getelementptr %segsum_S_re[%v1049] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1042, %v1050 : f32, !llvm.ptr
        %v1051 = llvm.load %v81 : !llvm.ptr -> f32
        %v1052 = arith.addi %v40, %v41 : i64
        %v1053 = arith.addi %v8, %v36 : i64
        %v1054 = arith.muli %v1053, %v1 : i64
        %v1055 = arith.addi %v1054, %v1052 : i64
        %v1056 = arith.muli %v1055, %v4 : i64
        %v1057 = arith.subi %v4, %v2 : i64
        %v1058 = arith.minsi %v47, %v1057 : i64
        %v1059 = arith.addi %v1056, %v1058 : i64
        %v1060 = llvm.getelementptr %segsum_S_re[%v1059] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1051, %v1060 : f32, !llvm.ptr
        %v1061 = llvm.load %v67 : !llvm.ptr -> f32
        %v1062 = arith.addi %v40, %v41 : i64
        %v1063 = arith.muli %v291, %v8 : i64
        %v1064 = arith.addi %v1063, %v36 : i64
        %v1065 = arith.muli %v1064, %v1 : i64
        %v1066 = arith.addi %v1065, %v1062 : i64
        %v1067 = arith.muli %v1066, %v4 : i64
        %v1068 = arith.subi %v4, %v2 : i64
        %v1069 = arith.minsi %v47, %v1068 : i64
        %v1070 = arith.addi %v1067, %v1069 : i64
        %v1071 = llvm.getelementptr %segsum_S_re[%v1070] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1061, %v1071 : f32, !llvm.ptr
        %v1072 = llvm.load %v63 : !llvm.ptr -> f32
        %v1073 = arith.muli %v36, %v1 : i64
        %v1074 = arith.addi %v1073, %v41 : i64
        %v1075 = arith.muli %v1074, %v4 : i64
        %v1076 = arith.subi %v4, %v2 : i64
        %v1077 = arith.minsi %v47, %v1076 : i64
        %v1078 = arith.addi %v1075, %v1077 : i64
        %v1079 = llvm.getelementptr %segsum_S_im[%v1078] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1072, %v1079 : f32, !llvm.ptr
        %v1080 = llvm.load %v82 : !llvm.ptr -> f32
        %v1081 = arith.addi %v8, %v36 : i64
        %v1082 = arith.muli %v1081, %v1 : i64
        %v1083 = arith.addi %v1082, %v41 : i64
        %v1084 = arith.muli %v1083, %v4 : i64
        %v1085 = arith.subi %v4, %v2 : i64
        %v1086 = arith.minsi %v47, %v1085 : i64
        %v1087 = arith.addi %v1084, %v1086 : i64
        %v1088 = llvm.getelementptr %segsum_S_im[%v1087] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1080, %v1088 : f32, !llvm.ptr
        %v1089 = llvm.load %v68 : !llvm.ptr -> f32
        %v1090 = arith.muli %v291, %v8 : i64
        %v1091 = arith.addi %v1090, %v36 : i64
        %v1092 = arith.muli %v1091, %v1 : i64
        %v1093 = arith.addi %v1092, %v41 : i64
        %v1094 = arith.muli %v1093, %v4 : i64
        %v1095 = arith.subi %v4, %v2 : i64
        %v1096 = arith.minsi %v47, %v1095 : i64
        %v1097 = arith.addi %v1094, %v1096 : i64
        %v1098 = llvm.getelementptr %segsum_S_im[%v1097] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1089, %v1098 : f32, !llvm.ptr
        %v1099 = llvm.load %v64 : !llvm.ptr -> f32
        %v1100 = arith.addi %v40, %v41 : i64
        %v1101 = arith.muli %v36, %v1 : i64
        %v1102 = arith.addi %v1101, %v1100 : i64
        %v1103 = arith.muli %v1102, %v4 : i64
        %v1104 = arith.subi %v4, %v2 : i64
        %v1105 = arith.minsi %v47, %v1104 : i64
        %v1106 = arith.addi %v1103, %v1105 : i64
        %v1107 = llvm.getelementptr %segsum_S_im[%v1106] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1099, %v1107 : f32, !llvm.ptr
        %v1108 = llvm.load %v83 : !llvm.ptr -> f32
        %v1109 = arith.addi %v40, %v41 : i64
        %v1110 = arith.addi %v8, %v36 : i64
        %v1111 = arith.muli %v1110, %v1 : i64
        %v1112 = arith.addi %v1111, %v1109 : i64
        %v1113 = arith.muli %v1112, %v4 : i64
        %v1114 = arith.subi %v4, %v2 : i64
        %v1115 = arith.minsi %v47, %v1114 : i64
        %v1116 = arith.addi %v1113, %v1115 : i64
        %v1117 = llvm.getelementptr %segsum_S_im[%v1116] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1108, %v1117 : f32, !llvm.ptr
        %v1118 = llvm.load %v69 : !llvm.ptr -> f32
        %v1119 = arith.addi %v40, %v41 : i64
        %v1120 = arith.muli %v291, %v8 : i64
        %v1121 = arith.addi %v1120, %v36 : i64
        %v1122 = arith.muli %v1121, %v1 : i64
        %v1123 = arith.addi %v1122, %v1119 : i64
        %v1124 = arith.muli %v1123, %v4 : i64
        %v1125 = arith.subi %v4, %v2 : i64
        %v1126 = arith.minsi %v47, %v1125 : i64
        %v1127 = arith.addi %v1124, %v1126 : i64
        %v1128 = llvm.getelementptr %segsum_S_im[%v1127] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1118, %v1128 : f32, !llvm.ptr
        %v1129 = llvm.load %v65 : !llvm.ptr -> f32
        %v1130 = arith.muli %v36, %v4 : i64
        %v1131 = arith.subi %v4, %v2 : i64
        %v1132 = arith.minsi %v47, %v1131 : i64
        %v1133 = arith.addi %v1130, %v1132 : i64
        %v1134 = llvm.getelementptr %segsum_t_pos[%v1133] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1129, %v1134 : f32, !llvm.ptr
        %v1135 = llvm.load %v84 : !llvm.ptr -> f32
        %v1136 = arith.addi %v8, %v36 : i64
        %v1137 = arith.muli %v1136, %v4 : i64
        %v1138 = arith.subi %v4, %v2 : i64
        %v1139 = arith.minsi %v47, %v1138 : i64
        %v1140 = arith.addi %v1137, %v1139 : i64
        %v1141 = llvm.getelementptr %segsum_t_pos[%v1140] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1135, %v1141 : f32, !llvm.ptr
        %v1142 = llvm.load %v70 : !llvm.ptr -> f32
        %v1143 = arith.muli %v291, %v8 : i64
        %v1144 = arith.addi %v1143, %v36 : i64
        %v1145 = arith.muli %v1144, %v4 : i64
        %v1146 = arith.subi %v4, %v2 : i64
        %v1147 = arith.minsi %v47, %v1146 : i64
        %v1148 = arith.addi %v1145, %v1147 : i64
        %v1149 = llvm.getelementptr %segsum_t_pos[%v1148] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1142, %v1149 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
