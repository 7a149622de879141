module attributes {gpu.container_module} {
  gpu.module @linrec {
    llvm.mlir.global internal @rows_retention_bwd_sum_q() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<1040 x f32>
    llvm.mlir.global internal @rows_retention_bwd_sum_k() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<1040 x f32>
    gpu.func @retention_bwd_sum(%in_q: !llvm.ptr, %in_k: !llvm.ptr, %in_v: !llvm.ptr, %in_theta: !llvm.ptr, %in_gamma: !llvm.ptr, %dy_o: !llvm.ptr, %ckpt_S_re: !llvm.ptr, %ckpt_S_im: !llvm.ptr, %ckpt_t_pos: !llvm.ptr, %scratch_S_re: !llvm.ptr, %scratch_S_im: !llvm.ptr, %scratch_t_pos: !llvm.ptr, %segsum_S_re: !llvm.ptr, %segsum_S_im: !llvm.ptr, %segsum_t_pos: !llvm.ptr, %size_B: i64, %size_L: i64, %size_H: i64, %size_DK: i64, %size_DV: i64) kernel attributes {nvvm.maxntid = array<i32: 256, 1, 1>, nvvm.minctasm = 3 : i32} {
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
      %v388 = arith.constant 1 : i32
      %v482 = arith.constant 0 : i32
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
      %v189 = llvm.getelementptr %in_theta[%v41] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v190 = llvm.load %v189 : !llvm.ptr -> f32
      %v225 = arith.constant 8 : i64
      %v226 = arith.addi %v225, %v41 : i64
      %v227 = llvm.getelementptr %in_theta[%v226] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v228 = llvm.load %v227 : !llvm.ptr -> f32
      %v289 = llvm.getelementptr %in_gamma[%v53] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v290 = llvm.load %v289 : !llvm.ptr -> f32
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
                %v298 = arith.mulf %v297, %v190 fastmath<contract> : f32
                %v299 = arith.mulf %v298, %v192 fastmath<contract> : f32
                %v300 = llvm.call_intrinsic "llvm.roundeven.f32"(%v299) : (f32) -> f32
                %v301 = arith.mulf %v300, %v195 fastmath<contract> : f32
                %v302 = arith.subf %v298, %v301 fastmath<contract> : f32
                %v303 = arith.mulf %v300, %v196 fastmath<contract> : f32
                %v304 = arith.subf %v302, %v303 fastmath<contract> : f32
                %v305 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v304) : (f32) -> f32
                %v306 = arith.muli %v41, %v131 : i64
                %v307 = arith.subi %v296, %v103 : i64
                %v308 = arith.addi %v306, %v307 : i64
                %v309 = llvm.getelementptr %v75[%v308] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v310 = llvm.load %v309 : !llvm.ptr -> f32
                %v311 = arith.mulf %v305, %v310 fastmath<contract> : f32
                %v312 = arith.muli %v55, %v209 : i64
                %v313 = arith.muli %v296, %v208 : i64
                %v314 = arith.addi %v312, %v313 : i64
                %v315 = arith.muli %v53, %size_DV : i64
                %v316 = arith.addi %v314, %v315 : i64
                %v317 = arith.addi %v316, %v51 : i64
                %v318 = llvm.getelementptr %dy_o[%v317] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v319 = llvm.load %v318 : !llvm.ptr -> f32
                %v320 = arith.mulf %v311, %v319 fastmath<contract> : f32
                %v321 = llvm.load %v61 : !llvm.ptr -> f32
                %v322 = llvm.load %v66 : !llvm.ptr -> f32
                %v323 = arith.mulf %v322, %v321 fastmath<contract> : f32
                %v324 = arith.addf %v320, %v323 fastmath<contract> : f32
                llvm.store %v324, %v61 : f32, !llvm.ptr
                %v325 = llvm.load %v80 : !llvm.ptr -> f32
                %v326 = arith.mulf %v325, %v322 fastmath<contract> : f32
                llvm.store %v326, %v80 : f32, !llvm.ptr
                %v327 = arith.mulf %v297, %v228 fastmath<contract> : f32
                %v328 = arith.mulf %v327, %v192 fastmath<contract> : f32
                %v329 = llvm.call_intrinsic "llvm.roundeven.f32"(%v328) : (f32) -> f32
                %v330 = arith.mulf %v329, %v195 fastmath<contract> : f32
                %v331 = arith.subf %v327, %v330 fastmath<contract> : f32
                %v332 = arith.mulf %v329, %v196 fastmath<contract> : f32
                %v333 = arith.subf %v331, %v332 fastmath<contract> : f32
                %v334 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v333) : (f32) -> f32
                %v335 = arith.constant 8 : i64
                %v336 = arith.addi %v335, %v41 : i64
                %v337 = arith.muli %v336, %v131 : i64
                %v338 = arith.subi %v296, %v103 : i64
                %v339 = arith.addi %v337, %v338 : i64
                %v340 = llvm.getelementptr %v75[%v339] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v341 = llvm.load %v340 : !llvm.ptr -> f32
                %v342 = arith.mulf %v334, %v341 fastmath<contract> : f32
                %v343 = arith.mulf %v342, %v319 fastmath<contract> : f32
                %v344 = llvm.load %v62 : !llvm.ptr -> f32
                %v345 = llvm.load %v67 : !llvm.ptr -> f32
                %v346 = arith.mulf %v345, %v344 fastmath<contract> : f32
                %v347 = arith.addf %v343, %v346 fastmath<contract> : f32
                llvm.store %v347, %v62 : f32, !llvm.ptr
                %v348 = llvm.load %v81 : !llvm.ptr -> f32
                %v349 = arith.mulf %v348, %v345 fastmath<contract> : f32
                llvm.store %v349, %v81 : f32, !llvm.ptr
                %v350 = arith.mulf %v298, %v192 fastmath<contract> : f32
                %v351 = llvm.call_intrinsic "llvm.roundeven.f32"(%v350) : (f32) -> f32
                %v352 = arith.mulf %v351, %v195 fastmath<contract> : f32
                %v353 = arith.subf %v298, %v352 fastmath<contract> : f32
                %v354 = arith.mulf %v351, %v196 fastmath<contract> : f32
                %v355 = arith.subf %v353, %v354 fastmath<contract> : f32
                %v356 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v355) : (f32) -> f32
                %v357 = arith.mulf %v356, %v310 fastmath<contract> : f32
                %v358 = arith.negf %v319 : f32
                %v359 = arith.mulf %v357, %v358 fastmath<contract> : f32
                %v360 = llvm.load %v63 : !llvm.ptr -> f32
                %v361 = llvm.load %v68 : !llvm.ptr -> f32
                %v362 = arith.mulf %v361, %v360 fastmath<contract> : f32
                %v363 = arith.addf %v359, %v362 fastmath<contract> : f32
                llvm.store %v363, %v63 : f32, !llvm.ptr
                %v364 = llvm.load %v82 : !llvm.ptr -> f32
                %v365 = arith.mulf %v364, %v361 fastmath<contract> : f32
                llvm.store %v365, %v82 : f32, !llvm.ptr
                %v366 = arith.mulf %v327, %v192 fastmath<contract> : f32
                %v367 = llvm.call_intrinsic "llvm.roundeven.f32"(%v366) : (f32) -> f32
                %v368 = arith.mulf %v367, %v195 fastmath<contract> : f32
                %v369 = arith.subf %v327, %v368 fastmath<contract> : f32
                %v370 = arith.mulf %v367, %v196 fastmath<contract> : f32
                %v371 = arith.subf %v369, %v370 fastmath<contract> : f32
                %v372 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v371) : (f32) -> f32
                %v373 = arith.mulf %v372, %v341 fastmath<contract> : f32
                %v374 = arith.mulf %v373, %v358 fastmath<contract> : f32
                %v375 = llvm.load %v64 : !llvm.ptr -> f32
                %v376 = llvm.load %v69 : !llvm.ptr -> f32
                %v377 = arith.mulf %v376, %v375 fastmath<contract> : f32
                %v378 = arith.addf %v374, %v377 fastmath<contract> : f32
                llvm.store %v378, %v64 : f32, !llvm.ptr
                %v379 = llvm.load %v83 : !llvm.ptr -> f32
                %v380 = arith.mulf %v379, %v376 fastmath<contract> : f32
                llvm.store %v380, %v83 : f32, !llvm.ptr
                %v381 = llvm.load %v65 : !llvm.ptr -> f32
                %v382 = llvm.load %v70 : !llvm.ptr -> f32
                %v383 = arith.mulf %v382, %v381 fastmath<contract> : f32
                %v384 = arith.addf %v78, %v383 fastmath<contract> : f32
                llvm.store %v384, %v65 : f32, !llvm.ptr
                %v385 = llvm.load %v84 : !llvm.ptr -> f32
                %v386 = arith.mulf %v385, %v382 fastmath<contract> : f32
                llvm.store %v386, %v84 : f32, !llvm.ptr
                scf.if %v295 {
                }
                llvm.store %v290, %v66 : f32, !llvm.ptr
                llvm.store %v290, %v67 : f32, !llvm.ptr
                llvm.store %v290, %v68 : f32, !llvm.ptr
                llvm.store %v290, %v69 : f32, !llvm.ptr
                llvm.store %v79, %v70 : f32, !llvm.ptr
                %v387 = arith.addi %v170, %v2 : i64
                %v389 = arith.cmpi slt, %v388, %v176 : i32
                %v390 = arith.cmpi eq, %v388, %v182 : i32
                %v391 = arith.addi %v103, %v387 : i64
                %v392 = arith.sitofp %v391 : i64 to f32
                %v393 = arith.mulf %v392, %v190 fastmath<contract> : f32
                %v394 = arith.mulf %v393, %v192 fastmath<contract> : f32
                %v395 = llvm.call_intrinsic "llvm.roundeven.f32"(%v394) : (f32) -> f32
                %v396 = arith.mulf %v395, %v195 fastmath<contract> : f32
                %v397 = arith.subf %v393, %v396 fastmath<contract> : f32
                %v398 = arith.mulf %v395, %v196 fastmath<contract> : f32
                %v399 = arith.subf %v397, %v398 fastmath<contract> : f32
                %v400 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v399) : (f32) -> f32
                %v401 = arith.muli %v41, %v131 : i64
                %v402 = arith.subi %v391, %v103 : i64
                %v403 = arith.addi %v401, %v402 : i64
                %v404 = llvm.getelementptr %v75[%v403] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v405 = llvm.load %v404 : !llvm.ptr -> f32
                %v406 = arith.mulf %v400, %v405 fastmath<contract> : f32
                %v407 = arith.muli %v55, %v209 : i64
                %v408 = arith.muli %v391, %v208 : i64
                %v409 = arith.addi %v407, %v408 : i64
                %v410 = arith.muli %v53, %size_DV : i64
                %v411 = arith.addi %v409, %v410 : i64
                %v412 = arith.addi %v411, %v51 : i64
                %v413 = llvm.getelementptr %dy_o[%v412] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v414 = llvm.load %v413 : !llvm.ptr -> f32
                %v415 = arith.mulf %v406, %v414 fastmath<contract> : f32
                %v416 = llvm.load %v61 : !llvm.ptr -> f32
                %v417 = llvm.load %v66 : !llvm.ptr -> f32
                %v418 = arith.mulf %v417, %v416 fastmath<contract> : f32
                %v419 = arith.addf %v415, %v418 fastmath<contract> : f32
                llvm.store %v419, %v61 : f32, !llvm.ptr
                %v420 = llvm.load %v80 : !llvm.ptr -> f32
                %v421 = arith.mulf %v420, %v417 fastmath<contract> : f32
                llvm.store %v421, %v80 : f32, !llvm.ptr
                %v422 = arith.mulf %v392, %v228 fastmath<contract> : f32
                %v423 = arith.mulf %v422, %v192 fastmath<contract> : f32
                %v424 = llvm.call_intrinsic "llvm.roundeven.f32"(%v423) : (f32) -> f32
                %v425 = arith.mulf %v424, %v195 fastmath<contract> : f32
                %v426 = arith.subf %v422, %v425 fastmath<contract> : f32
                %v427 = arith.mulf %v424, %v196 fastmath<contract> : f32
                %v428 = arith.subf %v426, %v427 fastmath<contract> : f32
                %v429 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v428) : (f32) -> f32
                %v430 = arith.constant 8 : i64
                %v431 = arith.addi %v430, %v41 : i64
                %v432 = arith.muli %v431, %v131 : i64
                %v433 = arith.subi %v391, %v103 : i64
                %v434 = arith.addi %v432, %v433 : i64
                %v435 = llvm.getelementptr %v75[%v434] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v436 = llvm.load %v435 : !llvm.ptr -> f32
                %v437 = arith.mulf %v429, %v436 fastmath<contract> : f32
                %v438 = arith.mulf %v437, %v414 fastmath<contract> : f32
                %v439 = llvm.load %v62 : !llvm.ptr -> f32
                %v440 = llvm.load %v67 : !llvm.ptr -> f32
                %v441 = arith.mulf %v440, %v439 fastmath<contract> : f32
                %v442 = arith.addf %v438, %v441 fastmath<contract> : f32
                llvm.store %v442, %v62 : f32, !llvm.ptr
                %v443 = llvm.load %v81 : !llvm.ptr -> f32
                %v444 = arith.mulf %v443, %v440 fastmath<contract> : f32
                llvm.store %v444, %v81 : f32, !llvm.ptr
                %v445 = arith.mulf %v393, %v192 fastmath<contract> : f32
                %v446 = llvm.call_intrinsic "llvm.roundeven.f32"(%v445) : (f32) -> f32
                %v447 = arith.mulf %v446, %v195 fastmath<contract> : f32
                %v448 = arith.subf %v393, %v447 fastmath<contract> : f32
                %v449 = arith.mulf %v446, %v196 fastmath<contract> : f32
                %v450 = arith.subf %v448, %v449 fastmath<contract> : f32
                %v451 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v450) : (f32) -> f32
                %v452 = arith.mulf %v451, %v405 fastmath<contract> : f32
                %v453 = arith.negf %v414 : f32
                %v454 = arith.mulf %v452, %v453 fastmath<contract> : f32
                %v455 = llvm.load %v63 : !llvm.ptr -> f32
                %v456 = llvm.load %v68 : !llvm.ptr -> f32
                %v457 = arith.mulf %v456, %v455 fastmath<contract> : f32
                %v458 = arith.addf %v454, %v457 fastmath<contract> : f32
                llvm.store %v458, %v63 : f32, !llvm.ptr
                %v459 = llvm.load %v82 : !llvm.ptr -> f32
                %v460 = arith.mulf %v459, %v456 fastmath<contract> : f32
                llvm.store %v460, %v82 : f32, !llvm.ptr
                %v461 = arith.mulf %v422, %v192 fastmath<contract> : f32
                %v462 = llvm.call_intrinsic "llvm.roundeven.f32"(%v461) : (f32) -> f32
                %v463 = arith.mulf %v462, %v195 fastmath<contract> : f32
                %v464 = arith.subf %v422, %v463 fastmath<contract> : f32
                %v465 = arith.mulf %v462, %v196 fastmath<contract> : f32
                %v466 = arith.subf %v464, %v465 fastmath<contract> : f32
                %v467 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v466) : (f32) -> f32
                %v468 = arith.mulf %v467, %v436 fastmath<contract> : f32
                %v469 = arith.mulf %v468, %v453 fastmath<contract> : f32
                %v470 = llvm.load %v64 : !llvm.ptr -> f32
                %v471 = llvm.load %v69 : !llvm.ptr -> f32
                %v472 = arith.mulf %v471, %v470 fastmath<contract> : f32
                %v473 = arith.addf %v469, %v472 fastmath<contract> : f32
                llvm.store %v473, %v64 : f32, !llvm.ptr
                %v474 = llvm.load %v83 : !llvm.ptr -> f32
                %v475 = arith.mulf %v474, %v471 fastmath<contract> : f32
                llvm.store %v475, %v83 : f32, !llvm.ptr
                %v476 = llvm.load %v65 : !llvm.ptr -> f32
                %v477 = llvm.load %v70 : !llvm.ptr -> f32
                %v478 = arith.mulf %v477, %v476 fastmath<contract> : f32
                %v479 = arith.addf %v78, %v478 fastmath<contract> : f32
                llvm.store %v479, %v65 : f32, !llvm.ptr
                %v480 = llvm.load %v84 : !llvm.ptr -> f32
                %v481 = arith.mulf %v480, %v477 fastmath<contract> : f32
                llvm.store %v481, %v84 : f32, !llvm.ptr
                scf.if %v390 {
                }
                llvm.store %v290, %v66 : f32, !llvm.ptr
                llvm.store %v290, %v67 : f32, !llvm.ptr
                llvm.store %v290, %v68 : f32, !llvm.ptr
                llvm.store %v290, %v69 : f32, !llvm.ptr
                llvm.store %v79, %v70 : f32, !llvm.ptr
                %v483 = arith.cmpi slt, %v482, %v176 : i32
                %v484 = arith.cmpi eq, %v482, %v182 : i32
                %v485 = arith.addi %v103, %v170 : i64
                %v486 = arith.sitofp %v485 : i64 to f32
                %v487 = arith.mulf %v486, %v190 fastmath<contract> : f32
                %v488 = arith.mulf %v487, %v192 fastmath<contract> : f32
                %v489 = llvm.call_intrinsic "llvm.roundeven.f32"(%v488) : (f32) -> f32
                %v490 = arith.mulf %v489, %v195 fastmath<contract> : f32
                %v491 = arith.subf %v487, %v490 fastmath<contract> : f32
                %v492 = arith.mulf %v489, %v196 fastmath<contract> : f32
                %v493 = arith.subf %v491, %v492 fastmath<contract> : f32
                %v494 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v493) : (f32) -> f32
                %v495 = arith.muli %v41, %v131 : i64
                %v496 = arith.subi %v485, %v103 : i64
                %v497 = arith.addi %v495, %v496 : i64
                %v498 = llvm.getelementptr %v75[%v497] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v499 = llvm.load %v498 : !llvm.ptr -> f32
                %v500 = arith.mulf %v494, %v499 fastmath<contract> : f32
                %v501 = arith.muli %v55, %v209 : i64
                %v502 = arith.muli %v485, %v208 : i64
                %v503 = arith.addi %v501, %v502 : i64
                %v504 = arith.muli %v53, %size_DV : i64
                %v505 = arith.addi %v503, %v504 : i64
                %v506 = arith.addi %v505, %v51 : i64
                %v507 = llvm.getelementptr %dy_o[%v506] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v508 = llvm.load %v507 : !llvm.ptr -> f32
                %v509 = arith.mulf %v500, %v508 fastmath<contract> : f32
                %v510 = llvm.load %v61 : !llvm.ptr -> f32
                %v511 = llvm.load %v66 : !llvm.ptr -> f32
                %v512 = arith.mulf %v511, %v510 fastmath<contract> : f32
                %v513 = arith.addf %v509, %v512 fastmath<contract> : f32
                llvm.store %v513, %v61 : f32, !llvm.ptr
                %v514 = llvm.load %v80 : !llvm.ptr -> f32
                %v515 = arith.mulf %v514, %v511 fastmath<contract> : f32
                llvm.store %v515, %v80 : f32, !llvm.ptr
                %v516 = arith.mulf %v486, %v228 fastmath<contract> : f32
                %v517 = arith.mulf %v516, %v192 fastmath<contract> : f32
                %v518 = llvm.call_intrinsic "llvm.roundeven.f32"(%v517) : (f32) -> f32
                %v519 = arith.mulf %v518, %v195 fastmath<contract> : f32
                %v520 = arith.subf %v516, %v519 fastmath<contract> : f32
                %v521 = arith.mulf %v518, %v196 fastmath<contract> : f32
                %v522 = arith.subf %v520, %v521 fastmath<contract> : f32
                %v523 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v522) : (f32) -> f32
                %v524 = arith.constant 8 : i64
                %v525 = arith.addi %v524, %v41 : i64
                %v526 = arith.muli %v525, %v131 : i64
                %v527 = arith.subi %v485, %v103 : i64
                %v528 = arith.addi %v526, %v527 : i64
                %v529 = llvm.getelementptr %v75[%v528] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v530 = llvm.load %v529 : !llvm.ptr -> f32
                %v531 = arith.mulf %v523, %v530 fastmath<contract> : f32
                %v532 = arith.mulf %v531, %v508 fastmath<contract> : f32
                %v533 = llvm.load %v62 : !llvm.ptr -> f32
                %v534 = llvm.load %v67 : !llvm.ptr -> f32
                %v535 = arith.mulf %v534, %v533 fastmath<contract> : f32
                %v536 = arith.addf %v532, %v535 fastmath<contract> : f32
                llvm.store %v536, %v62 : f32, !llvm.ptr
                %v537 = llvm.load %v81 : !llvm.ptr -> f32
                %v538 = arith.mulf %v537, %v534 fastmath<contract> : f32
                llvm.store %v538, %v81 : f32, !llvm.ptr
                %v539 = arith.mulf %v487, %v192 fastmath<contract> : f32
                %v540 = llvm.call_intrinsic "llvm.roundeven.f32"(%v539) : (f32) -> f32
                %v541 = arith.mulf %v540, %v195 fastmath<contract> : f32
                %v542 = arith.subf %v487, %v541 fastmath<contract> : f32
                %v543 = arith.mulf %v540, %v196 fastmath<contract> : f32
                %v544 = arith.subf %v542, %v543 fastmath<contract> : f32
                %v545 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v544) : (f32) -> f32
                %v546 = arith.mulf %v545, %v499 fastmath<contract> : f32
                %v547 = arith.negf %v508 : f32
                %v548 = arith.mulf %v546, %v547 fastmath<contract> : f32
                %v549 = llvm.load %v63 : !llvm.ptr -> f32
                %v550 = llvm.load %v68 : !llvm.ptr -> f32
                %v551 = arith.mulf %v550, %v549 fastmath<contract> : f32
                %v552 = arith.addf %v548, %v551 fastmath<contract> : f32
                llvm.store %v552, %v63 : f32, !llvm.ptr
                %v553 = llvm.load %v82 : !llvm.ptr -> f32
                %v554 = arith.mulf %v553, %v550 fastmath<contract> : f32
                llvm.store %v554, %v82 : f32, !llvm.ptr
                %v555 = arith.mulf %v516, %v192 fastmath<contract> : f32
                %v556 = llvm.call_intrinsic "llvm.roundeven.f32"(%v555) : (f32) -> f32
                %v557 = arith.mulf %v556, %v195 fastmath<contract> : f32
                %v558 = arith.subf %v516, %v557 fastmath<contract> : f32
                %v559 = arith.mulf %v556, %v196 fastmath<contract> : f32
                %v560 = arith.subf %v558, %v559 fastmath<contract> : f32
                %v561 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v560) : (f32) -> f32
                %v562 = arith.mulf %v561, %v530 fastmath<contract> : f32
                %v563 = arith.mulf %v562, %v547 fastmath<contract> : f32
                %v564 = llvm.load %v64 : !llvm.ptr -> f32
                %v565 = llvm.load %v69 : !llvm.ptr -> f32
                %v566 = arith.mulf %v565, %v564 fastmath<contract> : f32
                %v567 = arith.addf %v563, %v566 fastmath<contract> : f32
                llvm.store %v567, %v64 : f32, !llvm.ptr
                %v568 = llvm.load %v83 : !llvm.ptr -> f32
                %v569 = arith.mulf %v568, %v565 fastmath<contract> : f32
                llvm.store %v569, %v83 : f32, !llvm.ptr
                %v570 = llvm.load %v65 : !llvm.ptr -> f32
                %v571 = llvm.load %v70 : !llvm.ptr -> f32
                %v572 = arith.mulf %v571, %v570 fastmath<contract> : f32
                %v573 = arith.addf %v78, %v572 fastmath<contract> : f32
                llvm.store %v573, %v65 : f32, !llvm.ptr
                %v574 = llvm.load %v84 : !llvm.ptr -> f32
                %v575 = arith.mulf %v574, %v571 fastmath<contract> : f32
                llvm.store %v575, %v84 : f32, !llvm.ptr
                scf.if %v484 {
                }
                llvm.store %v290, %v66 : f32, !llvm.ptr
                llvm.store %v290, %v67 : f32, !llvm.ptr
                llvm.store %v290, %v68 : f32, !llvm.ptr
                llvm.store %v290, %v69 : f32, !llvm.ptr
                llvm.store %v79, %v70 : f32, !llvm.ptr
              } else {
                %v576 = arith.subi %v105, %v2 : i64
                // the group's states, recomputed into registers
                %v577 = arith.subi %v105, %v170 : i64
                %v578 = arith.trunci %v577 : i64 to i32
                %v579 = arith.subi %size_L, %v2 : i64
                %v580 = arith.addi %v103, %v170 : i64
                %v581 = arith.subi %v579, %v580 : i64
                %v582 = arith.minsi %v581, %v180 : i64
                %v583 = arith.trunci %v582 : i64 to i32
                %v584 = arith.addi %v170, %v88 : i64
                %v585 = arith.cmpi slt, %v184, %v578 : i32
                %v586 = arith.cmpi eq, %v184, %v583 : i32
                scf.if %v585 {
                  %v587 = arith.addi %v103, %v584 : i64
                  %v588 = arith.sitofp %v587 : i64 to f32
                  %v589 = arith.mulf %v588, %v190 fastmath<contract> : f32
                  %v590 = arith.mulf %v589, %v192 fastmath<contract> : f32
                  %v591 = llvm.call_intrinsic "llvm.roundeven.f32"(%v590) : (f32) -> f32
                  %v592 = arith.mulf %v591, %v195 fastmath<contract> : f32
                  %v593 = arith.subf %v589, %v592 fastmath<contract> : f32
                  %v594 = arith.mulf %v591, %v196 fastmath<contract> : f32
                  %v595 = arith.subf %v593, %v594 fastmath<contract> : f32
                  %v596 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v595) : (f32) -> f32
                  %v597 = arith.muli %v41, %v131 : i64
                  %v598 = arith.subi %v587, %v103 : i64
                  %v599 = arith.addi %v597, %v598 : i64
                  %v600 = llvm.getelementptr %v75[%v599] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v601 = llvm.load %v600 : !llvm.ptr -> f32
                  %v602 = arith.mulf %v596, %v601 fastmath<contract> : f32
                  %v603 = arith.muli %v55, %v209 : i64
                  %v604 = arith.muli %v587, %v208 : i64
                  %v605 = arith.addi %v603, %v604 : i64
                  %v606 = arith.muli %v53, %size_DV : i64
                  %v607 = arith.addi %v605, %v606 : i64
                  %v608 = arith.addi %v607, %v51 : i64
                  %v609 = llvm.getelementptr %dy_o[%v608] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v610 = llvm.load %v609 : !llvm.ptr -> f32
                  %v611 = arith.mulf %v602, %v610 fastmath<contract> : f32
                  %v612 = llvm.load %v61 : !llvm.ptr -> f32
                  %v613 = llvm.load %v66 : !llvm.ptr -> f32
                  %v614 = arith.mulf %v613, %v612 fastmath<contract> : f32
                  %v615 = arith.addf %v611, %v614 fastmath<contract> : f32
                  llvm.store %v615, %v61 : f32, !llvm.ptr
                  %v616 = llvm.load %v80 : !llvm.ptr -> f32
                  %v617 = arith.mulf %v616, %v613 fastmath<contract> : f32
                  llvm.store %v617, %v80 : f32, !llvm.ptr
                  %v618 = arith.mulf %v588, %v228 fastmath<contract> : f32
                  %v619 = arith.mulf %v618, %v192 fastmath<contract> : f32
                  %v620 = llvm.call_intrinsic "llvm.roundeven.f32"(%v619) : (f32) -> f32
                  %v621 = arith.mulf %v620, %v195 fastmath<contract> : f32
                  %v622 = arith.subf %v618, %v621 fastmath<contract> : f32
                  %v623 = arith.mulf %v620, %v196 fastmath<contract> : f32
                  %v624 = arith.subf %v622, %v623 fastmath<contract> : f32
                  %v625 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v624) : (f32) -> f32
                  %v626 = arith.constant 8 : i64
                  %v627 = arith.addi %v626, %v41 : i64
                  %v628 = arith.muli %v627, %v131 : i64
                  %v629 = arith.subi %v587, %v103 : i64
                  %v630 = arith.addi %v628, %v629 : i64
                  %v631 = llvm.getelementptr %v75[%v630] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v632 = llvm.load %v631 : !llvm.ptr -> f32
                  %v633 = arith.mulf %v625, %v632 fastmath<contract> : f32
                  %v634 = arith.mulf %v633, %v610 fastmath<contract> : f32
                  %v635 = llvm.load %v62 : !llvm.ptr -> f32
                  %v636 = llvm.load %v67 : !llvm.ptr -> f32
                  %v637 = arith.mulf %v636, %v635 fastmath<contract> : f32
                  %v638 = arith.addf %v634, %v637 fastmath<contract> : f32
                  llvm.store %v638, %v62 : f32, !llvm.ptr
                  %v639 = llvm.load %v81 : !llvm.ptr -> f32
                  %v640 = arith.mulf %v639, %v636 fastmath<contract> : f32
                  llvm.store %v640, %v81 : f32, !llvm.ptr
                  %v641 = arith.mulf %v589, %v192 fastmath<contract> : f32
                  %v642 = llvm.call_intrinsic "llvm.roundeven.f32"(%v641) : (f32) -> f32
                  %v643 = arith.mulf %v642, %v195 fastmath<contract> : f32
                  %v644 = arith.subf %v589, %v643 fastmath<contract> : f32
                  %v645 = arith.mulf %v642, %v196 fastmath<contract> : f32
                  %v646 = arith.subf %v644, %v645 fastmath<contract> : f32
                  %v647 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v646) : (f32) -> f32
                  %v648 = arith.mulf %v647, %v601 fastmath<contract> : f32
                  %v649 = arith.negf %v610 : f32
                  %v650 = arith.mulf %v648, %v649 fastmath<contract> : f32
                  %v651 = llvm.load %v63 : !llvm.ptr -> f32
                  %v652 = llvm.load %v68 : !llvm.ptr -> f32
                  %v653 = arith.mulf %v652, %v651 fastmath<contract> : f32
                  %v654 = arith.addf %v650, %v653 fastmath<contract> : f32
                  llvm.store %v654, %v63 : f32, !llvm.ptr
                  %v655 = llvm.load %v82 : !llvm.ptr -> f32
                  %v656 = arith.mulf %v655, %v652 fastmath<contract> : f32
                  llvm.store %v656, %v82 : f32, !llvm.ptr
                  %v657 = arith.mulf %v618, %v192 fastmath<contract> : f32
                  %v658 = llvm.call_intrinsic "llvm.roundeven.f32"(%v657) : (f32) -> f32
                  %v659 = arith.mulf %v658, %v195 fastmath<contract> : f32
                  %v660 = arith.subf %v618, %v659 fastmath<contract> : f32
                  %v661 = arith.mulf %v658, %v196 fastmath<contract> : f32
                  %v662 = arith.subf %v660, %v661 fastmath<contract> : f32
                  %v663 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v662) : (f32) -> f32
                  %v664 = arith.mulf %v663, %v632 fastmath<contract> : f32
                  %v665 = arith.mulf %v664, %v649 fastmath<contract> : f32
                  %v666 = llvm.load %v64 : !llvm.ptr -> f32
                  %v667 = llvm.load %v69 : !llvm.ptr -> f32
                  %v668 = arith.mulf %v667, %v666 fastmath<contract> : f32
                  %v669 = arith.addf %v665, %v668 fastmath<contract> : f32
                  llvm.store %v669, %v64 : f32, !llvm.ptr
                  %v670 = llvm.load %v83 : !llvm.ptr -> f32
                  %v671 = arith.mulf %v670, %v667 fastmath<contract> : f32
                  llvm.store %v671, %v83 : f32, !llvm.ptr
                  %v672 = llvm.load %v65 : !llvm.ptr -> f32
                  %v673 = llvm.load %v70 : !llvm.ptr -> f32
                  %v674 = arith.mulf %v673, %v672 fastmath<contract> : f32
                  %v675 = arith.addf %v78, %v674 fastmath<contract> : f32
                  llvm.store %v675, %v65 : f32, !llvm.ptr
                  %v676 = llvm.load %v84 : !llvm.ptr -> f32
                  %v677 = arith.mulf %v676, %v673 fastmath<contract> : f32
                  llvm.store %v677, %v84 : f32, !llvm.ptr
                  scf.if %v586 {
                  }
                  llvm.store %v290, %v66 : f32, !llvm.ptr
                  llvm.store %v290, %v67 : f32, !llvm.ptr
                  llvm.store %v290, %v68 : f32, !llvm.ptr
                  llvm.store %v290, %v69 : f32, !llvm.ptr
                  llvm.store %v79, %v70 : f32, !llvm.ptr
                }
                %v678 = arith.addi %v170, %v291 : i64
                %v679 = arith.cmpi slt, %v293, %v578 : i32
                %v680 = arith.cmpi eq, %v293, %v583 : i32
                scf.if %v679 {
                  %v681 = arith.addi %v103, %v678 : i64
                  %v682 = arith.sitofp %v681 : i64 to f32
                  %v683 = arith.mulf %v682, %v190 fastmath<contract> : f32
                  %v684 = arith.mulf %v683, %v192 fastmath<contract> : f32
                  %v685 = llvm.call_intrinsic "llvm.roundeven.f32"(%v684) : (f32) -> f32
                  %v686 = arith.mulf %v685, %v195 fastmath<contract> : f32
                  %v687 = arith.subf %v683, %v686 fastmath<contract> : f32
                  %v688 = arith.mulf %v685, %v196 fastmath<contract> : f32
                  %v689 = arith.subf %v687, %v688 fastmath<contract> : f32
                  %v690 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v689) : (f32) -> f32
                  %v691 = arith.muli %v41, %v131 : i64
                  %v692 = arith.subi %v681, %v103 : i64
                  %v693 = arith.addi %v691, %v692 : i64
                  %v694 = llvm.getelementptr %v75[%v693] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v695 = llvm.load %v694 : !llvm.ptr -> f32
                  %v696 = arith.mulf %v690, %v695 fastmath<contract> : f32
                  %v697 = arith.muli %v55, %v209 : i64
                  %v698 = arith.muli %v681, %v208 : i64
                  %v699 = arith.addi %v697, %v698 : i64
                  %v700 = arith.muli %v53, %size_DV : i64
                  %v701 = arith.addi %v699, %v700 : i64
                  %v702 = arith.addi %v701, %v51 : i64
                  %v703 = llvm.getelementptr %dy_o[%v702] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v704 = llvm.load %v703 : !llvm.ptr -> f32
                  %v705 = arith.mulf %v696, %v704 fastmath<contract> : f32
                  %v706 = llvm.load %v61 : !llvm.ptr -> f32
                  %v707 = llvm.load %v66 : !llvm.ptr -> f32
                  %v708 = arith.mulf %v707, %v706 fastmath<contract> : f32
                  %v709 = arith.addf %v705, %v708 fastmath<contract> : f32
                  llvm.store %v709, %v61 : f32, !llvm.ptr
                  %v710 = llvm.load %v80 : !llvm.ptr -> f32
                  %v711 = arith.mulf %v710, %v707 fastmath<contract> : f32
                  llvm.store %v711, %v80 : f32, !llvm.ptr
                  %v712 = arith.mulf %v682, %v228 fastmath<contract> : f32
                  %v713 = arith.mulf %v712, %v192 fastmath<contract> : f32
                  %v714 = llvm.call_intrinsic "llvm.roundeven.f32"(%v713) : (f32) -> f32
                  %v715 = arith.mulf %v714, %v195 fastmath<contract> : f32
                  %v716 = arith.subf %v712, %v715 fastmath<contract> : f32
                  %v717 = arith.mulf %v714, %v196 fastmath<contract> : f32
                  %v718 = arith.subf %v716, %v717 fastmath<contract> : f32
                  %v719 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v718) : (f32) -> f32
                  %v720 = arith.constant 8 : i64
                  %v721 = arith.addi %v720, %v41 : i64
                  %v722 = arith.muli %v721, %v131 : i64
                  %v723 = arith.subi %v681, %v103 : i64
                  %v724 = arith.addi %v722, %v723 : i64
                  %v725 = llvm.getelementptr %v75[%v724] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v726 = llvm.load %v725 : !llvm.ptr -> f32
                  %v727 = arith.mulf %v719, %v726 fastmath<contract> : f32
                  %v728 = arith.mulf %v727, %v704 fastmath<contract> : f32
                  %v729 = llvm.load %v62 : !llvm.ptr -> f32
                  %v730 = llvm.load %v67 : !llvm.ptr -> f32
                  %v731 = arith.mulf %v730, %v729 fastmath<contract> : f32
                  %v732 = arith.addf %v728, %v731 fastmath<contract> : f32
                  llvm.store %v732, %v62 : f32, !llvm.ptr
                  %v733 = llvm.load %v81 : !llvm.ptr -> f32
                  %v734 = arith.mulf %v733, %v730 fastmath<contract> : f32
                  llvm.store %v734, %v81 : f32, !llvm.ptr
                  %v735 = arith.mulf %v683, %v192 fastmath<contract> : f32
                  %v736 = llvm.call_intrinsic "llvm.roundeven.f32"(%v735) : (f32) -> f32
                  %v737 = arith.mulf %v736, %v195 fastmath<contract> : f32
                  %v738 = arith.subf %v683, %v737 fastmath<contract> : f32
                  %v739 = arith.mulf %v736, %v196 fastmath<contract> : f32
                  %v740 = arith.subf %v738, %v739 fastmath<contract> : f32
                  %v741 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v740) : (f32) -> f32
                  %v742 = arith.mulf %v741, %v695 fastmath<contract> : f32
                  %v743 = arith.negf %v704 : f32
                  %v744 = arith.mulf %v742, %v743 fastmath<contract> : f32
                  %v745 = llvm.load %v63 : !llvm.ptr -> f32
                  %v746 = llvm.load %v68 : !llvm.ptr -> f32
                  %v747 = arith.mulf %v746, %v745 fastmath<contract> : f32
                  %v748 = arith.addf %v744, %v747 fastmath<contract> : f32
                  llvm.store %v748, %v63 : f32, !llvm.ptr
                  %v749 = llvm.load %v82 : !llvm.ptr -> f32
                  %v750 = arith.mulf %v749, %v746 fastmath<contract> : f32
                  llvm.store %v750, %v82 : f32, !llvm.ptr
                  %v751 = arith.mulf %v712, %v192 fastmath<contract> : f32
                  %v752 = llvm.call_intrinsic "llvm.roundeven.f32"(%v751) : (f32) -> f32
                  %v753 = arith.mulf %v752, %v195 fastmath<contract> : f32
                  %v754 = arith.subf %v712, %v753 fastmath<contract> : f32
                  %v755 = arith.mulf %v752, %v196 fastmath<contract> : f32
                  %v756 = arith.subf %v754, %v755 fastmath<contract> : f32
                  %v757 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v756) : (f32) -> f32
                  %v758 = arith.mulf %v757, %v726 fastmath<contract> : f32
                  %v759 = arith.mulf %v758, %v743 fastmath<contract> : f32
                  %v760 = llvm.load %v64 : !llvm.ptr -> f32
                  %v761 = llvm.load %v69 : !llvm.ptr -> f32
                  %v762 = arith.mulf %v761, %v760 fastmath<contract> : f32
                  %v763 = arith.addf %v759, %v762 fastmath<contract> : f32
                  llvm.store %v763, %v64 : f32, !llvm.ptr
                  %v764 = llvm.load %v83 : !llvm.ptr -> f32
                  %v765 = arith.mulf %v764, %v761 fastmath<contract> : f32
                  llvm.store %v765, %v83 : f32, !llvm.ptr
                  %v766 = llvm.load %v65 : !llvm.ptr -> f32
                  %v767 = llvm.load %v70 : !llvm.ptr -> f32
                  %v768 = arith.mulf %v767, %v766 fastmath<contract> : f32
                  %v769 = arith.addf %v78, %v768 fastmath<contract> : f32
                  llvm.store %v769, %v65 : f32, !llvm.ptr
                  %v770 = llvm.load %v84 : !llvm.ptr -> f32
                  %v771 = arith.mulf %v770, %v767 fastmath<contract> : f32
                  llvm.store %v771, %v84 : f32, !llvm.ptr
                  scf.if %v680 {
                  }
                  llvm.store %v290, %v66 : f32, !llvm.ptr
                  llvm.store %v290, %v67 : f32, !llvm.ptr
                  llvm.store %v290, %v68 : f32, !llvm.ptr
                  llvm.store %v290, %v69 : f32, !llvm.ptr
                  llvm.store %v79, %v70 : f32, !llvm.ptr
                }
                %v772 = arith.addi %v170, %v2 : i64
                %v773 = arith.cmpi slt, %v388, %v578 : i32
                %v774 = arith.cmpi eq, %v388, %v583 : i32
                scf.if %v773 {
                  %v775 = arith.addi %v103, %v772 : i64
                  %v776 = arith.sitofp %v775 : i64 to f32
                  %v777 = arith.mulf %v776, %v190 fastmath<contract> : f32
                  %v778 = arith.mulf %v777, %v192 fastmath<contract> : f32
                  %v779 = llvm.call_intrinsic "llvm.roundeven.f32"(%v778) : (f32) -> f32
                  %v780 = arith.mulf %v779, %v195 fastmath<contract> : f32
                  %v781 = arith.subf %v777, %v780 fastmath<contract> : f32
                  %v782 = arith.mulf %v779, %v196 fastmath<contract> : f32
                  %v783 = arith.subf %v781, %v782 fastmath<contract> : f32
                  %v784 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v783) : (f32) -> f32
                  %v785 = arith.muli %v41, %v131 : i64
                  %v786 = arith.subi %v775, %v103 : i64
                  %v787 = arith.addi %v785, %v786 : i64
                  %v788 = llvm.getelementptr %v75[%v787] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v789 = llvm.load %v788 : !llvm.ptr -> f32
                  %v790 = arith.mulf %v784, %v789 fastmath<contract> : f32
                  %v791 = arith.muli %v55, %v209 : i64
                  %v792 = arith.muli %v775, %v208 : i64
                  %v793 = arith.addi %v791, %v792 : i64
                  %v794 = arith.muli %v53, %size_DV : i64
                  %v795 = arith.addi %v793, %v794 : i64
                  %v796 = arith.addi %v795, %v51 : i64
                  %v797 = llvm.getelementptr %dy_o[%v796] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v798 = llvm.load %v797 : !llvm.ptr -> f32
                  %v799 = arith.mulf %v790, %v798 fastmath<contract> : f32
                  %v800 = llvm.load %v61 : !llvm.ptr -> f32
                  %v801 = llvm.load %v66 : !llvm.ptr -> f32
                  %v802 = arith.mulf %v801, %v800 fastmath<contract> : f32
                  %v803 = arith.addf %v799, %v802 fastmath<contract> : f32
                  llvm.store %v803, %v61 : f32, !llvm.ptr
                  %v804 = llvm.load %v80 : !llvm.ptr -> f32
                  %v805 = arith.mulf %v804, %v801 fastmath<contract> : f32
                  llvm.store %v805, %v80 : f32, !llvm.ptr
                  %v806 = arith.mulf %v776, %v228 fastmath<contract> : f32
                  %v807 = arith.mulf %v806, %v192 fastmath<contract> : f32
                  %v808 = llvm.call_intrinsic "llvm.roundeven.f32"(%v807) : (f32) -> f32
                  %v809 = arith.mulf %v808, %v195 fastmath<contract> : f32
                  %v810 = arith.subf %v806, %v809 fastmath<contract> : f32
                  %v811 = arith.mulf %v808, %v196 fastmath<contract> : f32
                  %v812 = arith.subf %v810, %v811 fastmath<contract> : f32
                  %v813 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v812) : (f32) -> f32
                  %v814 = arith.constant 8 : i64
                  %v815 = arith.addi %v814, %v41 : i64
                  %v816 = arith.muli %v815, %v131 : i64
                  %v817 = arith.subi %v775, %v103 : i64
                  %v818 = arith.addi %v816, %v817 : i64
                  %v819 = llvm.getelementptr %v75[%v818] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v820 = llvm.load %v819 : !llvm.ptr -> f32
                  %v821 = arith.mulf %v813, %v820 fastmath<contract> : f32
                  %v822 = arith.mulf %v821, %v798 fastmath<contract> : f32
                  %v823 = llvm.load %v62 : !llvm.ptr -> f32
                  %v824 = llvm.load %v67 : !llvm.ptr -> f32
                  %v825 = arith.mulf %v824, %v823 fastmath<contract> : f32
                  %v826 = arith.addf %v822, %v825 fastmath<contract> : f32
                  llvm.store %v826, %v62 : f32, !llvm.ptr
                  %v827 = llvm.load %v81 : !llvm.ptr -> f32
                  %v828 = arith.mulf %v827, %v824 fastmath<contract> : f32
                  llvm.store %v828, %v81 : f32, !llvm.ptr
                  %v829 = arith.mulf %v777, %v192 fastmath<contract> : f32
                  %v830 = llvm.call_intrinsic "llvm.roundeven.f32"(%v829) : (f32) -> f32
                  %v831 = arith.mulf %v830, %v195 fastmath<contract> : f32
                  %v832 = arith.subf %v777, %v831 fastmath<contract> : f32
                  %v833 = arith.mulf %v830, %v196 fastmath<contract> : f32
                  %v834 = arith.subf %v832, %v833 fastmath<contract> : f32
                  %v835 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v834) : (f32) -> f32
                  %v836 = arith.mulf %v835, %v789 fastmath<contract> : f32
                  %v837 = arith.negf %v798 : f32
                  %v838 = arith.mulf %v836, %v837 fastmath<contract> : f32
                  %v839 = llvm.load %v63 : !llvm.ptr -> f32
                  %v840 = llvm.load %v68 : !llvm.ptr -> f32
                  %v841 = arith.mulf %v840, %v839 fastmath<contract> : f32
                  %v842 = arith.addf %v838, %v841 fastmath<contract> : f32
                  llvm.store %v842, %v63 : f32, !llvm.ptr
                  %v843 = llvm.load %v82 : !llvm.ptr -> f32
                  %v844 = arith.mulf %v843, %v840 fastmath<contract> : f32
                  llvm.store %v844, %v82 : f32, !llvm.ptr
                  %v845 = arith.mulf %v806, %v192 fastmath<contract> : f32
                  %v846 = llvm.call_intrinsic "llvm.roundeven.f32"(%v845) : (f32) -> f32
                  %v847 = arith.mulf %v846, %v195 fastmath<contract> : f32
                  %v848 = arith.subf %v806, %v847 fastmath<contract> : f32
                  %v849 = arith.mulf %v846, %v196 fastmath<contract> : f32
                  %v850 = arith.subf %v848, %v849 fastmath<contract> : f32
                  %v851 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v850) : (f32) -> f32
                  %v852 = arith.mulf %v851, %v820 fastmath<contract> : f32
                  %v853 = arith.mulf %v852, %v837 fastmath<contract> : f32
                  %v854 = llvm.load %v64 : !llvm.ptr -> f32
                  %v855 = llvm.load %v69 : !llvm.ptr -> f32
                  %v856 = arith.mulf %v855, %v854 fastmath<contract> : f32
                  %v857 = arith.addf %v853, %v856 fastmath<contract> : f32
                  llvm.store %v857, %v64 : f32, !llvm.ptr
                  %v858 = llvm.load %v83 : !llvm.ptr -> f32
                  %v859 = arith.mulf %v858, %v855 fastmath<contract> : f32
                  llvm.store %v859, %v83 : f32, !llvm.ptr
                  %v860 = llvm.load %v65 : !llvm.ptr -> f32
                  %v861 = llvm.load %v70 : !llvm.ptr -> f32
                  %v862 = arith.mulf %v861, %v860 fastmath<contract> : f32
                  %v863 = arith.addf %v78, %v862 fastmath<contract> : f32
                  llvm.store %v863, %v65 : f32, !llvm.ptr
                  %v864 = llvm.load %v84 : !llvm.ptr -> f32
                  %v865 = arith.mulf %v864, %v861 fastmath<contract> : f32
                  llvm.store %v865, %v84 : f32, !llvm.ptr
                  scf.if %v774 {
                  }
                  llvm.store %v290, %v66 : f32, !llvm.ptr
                  llvm.store %v290, %v67 : f32, !llvm.ptr
                  llvm.store %v290, %v68 : f32, !llvm.ptr
                  llvm.store %v290, %v69 : f32, !llvm.ptr
                  llvm.store %v79, %v70 : f32, !llvm.ptr
                }
                %v866 = arith.cmpi slt, %v482, %v578 : i32
                %v867 = arith.cmpi eq, %v482, %v583 : i32
                scf.if %v866 {
                  %v868 = arith.addi %v103, %v170 : i64
                  %v869 = arith.sitofp %v868 : i64 to f32
                  %v870 = arith.mulf %v869, %v190 fastmath<contract> : f32
                  %v871 = arith.mulf %v870, %v192 fastmath<contract> : f32
                  %v872 = llvm.call_intrinsic "llvm.roundeven.f32"(%v871) : (f32) -> f32
                  %v873 = arith.mulf %v872, %v195 fastmath<contract> : f32
                  %v874 = arith.subf %v870, %v873 fastmath<contract> : f32
                  %v875 = arith.mulf %v872, %v196 fastmath<contract> : f32
                  %v876 = arith.subf %v874, %v875 fastmath<contract> : f32
                  %v877 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v876) : (f32) -> f32
                  %v878 = arith.muli %v41, %v131 : i64
                  %v879 = arith.subi %v868, %v103 : i64
                  %v880 = arith.addi %v878, %v879 : i64
                  %v881 = llvm.getelementptr %v75[%v880] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v882 = llvm.load %v881 : !llvm.ptr -> f32
                  %v883 = arith.mulf %v877, %v882 fastmath<contract> : f32
                  %v884 = arith.muli %v55, %v209 : i64
                  %v885 = arith.muli %v868, %v208 : i64
                  %v886 = arith.addi %v884, %v885 : i64
                  %v887 = arith.muli %v53, %size_DV : i64
                  %v888 = arith.addi %v886, %v887 : i64
                  %v889 = arith.addi %v888, %v51 : i64
                  %v890 = llvm.getelementptr %dy_o[%v889] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v891 = llvm.load %v890 : !llvm.ptr -> f32
                  %v892 = arith.mulf %v883, %v891 fastmath<contract> : f32
                  %v893 = llvm.load %v61 : !llvm.ptr -> f32
                  %v894 = llvm.load %v66 : !llvm.ptr -> f32
                  %v895 = arith.mulf %v894, %v893 fastmath<contract> : f32
                  %v896 = arith.addf %v892, %v895 fastmath<contract> : f32
                  llvm.store %v896, %v61 : f32, !llvm.ptr
                  %v897 = llvm.load %v80 : !llvm.ptr -> f32
                  %v898 = arith.mulf %v897, %v894 fastmath<contract> : f32
                  llvm.store %v898, %v80 : f32, !llvm.ptr
                  %v899 = arith.mulf %v869, %v228 fastmath<contract> : f32
                  %v900 = arith.mulf %v899, %v192 fastmath<contract> : f32
                  %v901 = llvm.call_intrinsic "llvm.roundeven.f32"(%v900) : (f32) -> f32
                  %v902 = arith.mulf %v901, %v195 fastmath<contract> : f32
                  %v903 = arith.subf %v899, %v902 fastmath<contract> : f32
                  %v904 = arith.mulf %v901, %v196 fastmath<contract> : f32
                  %v905 = arith.subf %v903, %v904 fastmath<contract> : f32
                  %v906 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v905) : (f32) -> f32
                  %v907 = arith.constant 8 : i64
                  %v908 = arith.addi %v907, %v41 : i64
                  %v909 = arith.muli %v908, %v131 : i64
                  %v910 = arith.subi %v868, %v103 : i64
                  %v911 = arith.addi %v909, %v910 : i64
                  %v912 = llvm.getelementptr %v75[%v911] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v913 = llvm.load %v912 : !llvm.ptr -> f32
                  %v914 = arith.mulf %v906, %v913 fastmath<contract> : f32
                  %v915 = arith.mulf %v914, %v891 fastmath<contract> : f32
                  %v916 = llvm.load %v62 : !llvm.ptr -> f32
                  %v917 = llvm.load %v67 : !llvm.ptr -> f32
                  %v918 = arith.mulf %v917, %v916 fastmath<contract> : f32
                  %v919 = arith.addf %v915, %v918 fastmath<contract> : f32
                  llvm.store %v919, %v62 : f32, !llvm.ptr
                  %v920 = llvm.load %v81 : !llvm.ptr -> f32
                  %v921 = arith.mulf %v920, %v917 fastmath<contract> : f32
                  llvm.store %v921, %v81 : f32, !llvm.ptr
                  %v922 = arith.mulf %v870, %v192 fastmath<contract> : f32
                  %v923 = llvm.call_intrinsic "llvm.roundeven.f32"(%v922) : (f32) -> f32
                  %v924 = arith.mulf %v923, %v195 fastmath<contract> : f32
                  %v925 = arith.subf %v870, %v924 fastmath<contract> : f32
                  %v926 = arith.mulf %v923, %v196 fastmath<contract> : f32
                  %v927 = arith.subf %v925, %v926 fastmath<contract> : f32
                  %v928 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v927) : (f32) -> f32
                  %v929 = arith.mulf %v928, %v882 fastmath<contract> : f32
                  %v930 = arith.negf %v891 : f32
                  %v931 = arith.mulf %v929, %v930 fastmath<contract> : f32
                  %v932 = llvm.load %v63 : !llvm.ptr -> f32
                  %v933 = llvm.load %v68 : !llvm.ptr -> f32
                  %v934 = arith.mulf %v933, %v932 fastmath<contract> : f32
                  %v935 = arith.addf %v931, %v934 fastmath<contract> : f32
                  llvm.store %v935, %v63 : f32, !llvm.ptr
                  %v936 = llvm.load %v82 : !llvm.ptr -> f32
                  %v937 = arith.mulf %v936, %v933 fastmath<contract> : f32
                  llvm.store %v937, %v82 : f32, !llvm.ptr
                  %v938 = arith.mulf %v899, %v192 fastmath<contract> : f32
                  %v939 = llvm.call_intrinsic "llvm.roundeven.f32"(%v938) : (f32) -> f32
                  %v940 = arith.mulf %v939, %v195 fastmath<contract> : f32
                  %v941 = arith.subf %v899, %v940 fastmath<contract> : f32
                  %v942 = arith.mulf %v939, %v196 fastmath<contract> : f32
                  %v943 = arith.subf %v941, %v942 fastmath<contract> : f32
                  %v944 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v943) : (f32) -> f32
                  %v945 = arith.mulf %v944, %v913 fastmath<contract> : f32
                  %v946 = arith.mulf %v945, %v930 fastmath<contract> : f32
                  %v947 = llvm.load %v64 : !llvm.ptr -> f32
                  %v948 = llvm.load %v69 : !llvm.ptr -> f32
                  %v949 = arith.mulf %v948, %v947 fastmath<contract> : f32
                  %v950 = arith.addf %v946, %v949 fastmath<contract> : f32
                  llvm.store %v950, %v64 : f32, !llvm.ptr
                  %v951 = llvm.load %v83 : !llvm.ptr -> f32
                  %v952 = arith.mulf %v951, %v948 fastmath<contract> : f32
                  llvm.store %v952, %v83 : f32, !llvm.ptr
                  %v953 = llvm.load %v65 : !llvm.ptr -> f32
                  %v954 = llvm.load %v70 : !llvm.ptr -> f32
                  %v955 = arith.mulf %v954, %v953 fastmath<contract> : f32
                  %v956 = arith.addf %v78, %v955 fastmath<contract> : f32
                  llvm.store %v956, %v65 : f32, !llvm.ptr
                  %v957 = llvm.load %v84 : !llvm.ptr -> f32
                  %v958 = arith.mulf %v957, %v954 fastmath<contract> : f32
                  llvm.store %v958, %v84 : f32, !llvm.ptr
                  scf.if %v867 {
                  }
                  llvm.store %v290, %v66 : f32, !llvm.ptr
                  llvm.store %v290, %v67 : f32, !llvm.ptr
                  llvm.store %v290, %v68 : f32, !llvm.ptr
                  llvm.store %v290, %v69 : f32, !llvm.ptr
                  llvm.store %v79, %v70 : f32, !llvm.ptr
                }
              }
            }
          }
        }
      }
      scf.if %v45 {
        %v959 = llvm.load %v61 : !llvm.ptr -> f32
        %v960 = arith.muli %v36, %v1 : i64
        %v961 = arith.addi %v960, %v41 : i64
        %v962 = arith.muli %v961, %v4 : i64
        %v963 = arith.subi %v4, %v2 : i64
        %v964 = arith.minsi %v47, %v963 : i64
        %v965 = arith.addi %v962, %v964 : i64
        %v966 = llvm.getelementptr %segsum_S_re[%v965] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v959, %v966 : f32, !llvm.ptr
        %v967 = llvm.load %v80 : !llvm.ptr -> f32
        %v968 = arith.addi %v8, %v36 : i64
        %v969 = arith.muli %v968, %v1 : i64
        %v970 = arith.addi %v969, %v41 : i64
        %v971 = arith.muli %v970, %v4 : i64
        %v972 = arith.subi %v4, %v2 : i64
        %v973 = arith.minsi %v47, %v972 : i64
        %v974 = arith.addi %v971, %v973 : i64
        %v975 = llvm.getelementptr %segsum_S_re[%v974] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v967, %v975 : f32, !llvm.ptr
        %v976 = llvm.load %v66 : !llvm.ptr -> f32
        %v977 = arith.muli %v291, %v8 : i64
        %v978 = arith.addi %v977, %v36 : i64
        %v979 = arith.muli %v978, %v1 : i64
        %v980 = arith.addi %v979, %v41 : i64
        %v981 = arith.muli %v980, %v4 : i64
        %v982 = arith.subi %v4, %v2 : i64
        %v983 = arith.minsi %v47, %v982 : i64
        %v984 = arith.addi %v981, %v983 : i64
        %v985 = llvm.getelementptr %segsum_S_re[%v984] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v976, %v985 : f32, !llvm.ptr
        %v986 = llvm.load %v62 : !llvm.ptr -> f32
        %v987 = arith.addi %v40, %v41 : i64
        %v988 = arith.muli %v36, %v1 : i64
        %v989 = arith.addi %v988, %v987 : i64
        %v990 = arith.muli %v989, %v4 : i64
        %v991 = arith.subi %v4, %v2 : i64
        %v992 = arith.minsi %v47, %v991 : i64
        %v993 = arith.addi %v990, %v992 : i64
        %v994 = llvm.getelementptr %segsum_S_re[%v993] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v986, %v994 : f32, !llvm.ptr
        %v995 = llvm.load %v81 : !llvm.ptr -> f32
        %v996 = arith.addi %v40, %v41 : i64
        %v997 = arith.addi %v8, %v36 : i64
        %v998 = arith.muli %v997, %v1 : i64
        %v999 = arith.addi %v998, %v996 : i64
        %v1000 = arith.muli %v999, %v4 : i64
        %v1001 = arith.subi %v4, %v2 : i64
        %v1002 = arith.minsi %v47, %v1001 : i64
        %v1003 = arith.addi %v1000, %v1002 : i64
        %v1004 = llvm.getelementptr %segsum_S_re[%v1003] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v995, %v1004 : f32, !llvm.ptr
        %v1005 = llvm.load %v67 : !llvm.ptr -> f32
        %v1006 = arith.addi %v40, %v41 : i64
        %v1007 = arith.muli %v291, %v8 : i64
        %v1008 = arith.addi %v1007, %v36 : i64
        %v1009 = arith.muli %v1008, %v1 : i64
        %v1010 = arith.addi %v1009, %v1006 : i64
        %v1011 = arith.muli %v1010, %v4 : i64
        %v1012 = arith.subi %v4, %v2 : i64
        %v1013 = arith.minsi %v47, %v1012 : i64
        %v1014 = arith.addi %v1011, %v1013 : i64
        %v1015 = llvm.getelementptr %segsum_S_re[%v1014] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1005, %v1015 : f32, !llvm.ptr
        %v1016 = llvm.load %v63 : !llvm.ptr -> f32
        %v1017 = arith.muli %v36, %v1 : i64
        %v1018 = arith.addi %v1017, %v41 : i64
        %v1019 = arith.muli %v1018, %v4 : i64
        %v1020 = arith.subi %v4, %v2 : i64
        %v1021 = arith.minsi %v47, %v1020 : i64
        %v1022 = arith.addi %v1019, %v1021 : i64
        %v1023 = llvm.getelementptr %segsum_S_im[%v1022] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1016, %v1023 : f32, !llvm.ptr
        %v1024 = llvm.load %v82 : !llvm.ptr -> f32
        %v1025 = arith.addi %v8, %v36 : i64
        %v1026 = arith.muli %v1025, %v1 : i64
        %v1027 = arith.addi %v1026, %v41 : i64
        %v1028 = arith.muli %v1027, %v4 : i64
        %v1029 = arith.subi %v4, %v2 : i64
        %v1030 = arith.minsi %v47, %v1029 : i64
        %v1031 = arith.addi %v1028, %v1030 : i64
        %v1032 = llvm.getelementptr %segsum_S_im[%v1031] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1024, %v1032 : f32, !llvm.ptr
        %v1033 = llvm.load %v68 : !llvm.ptr -> f32
        %v1034 = arith.muli %v291, %v8 : i64
        %v1035 = arith.addi %v1034, %v36 : i64
        %v1036 = arith.muli %v1035, %v1 : i64
        %v1037 = arith.addi %v1036, %v41 : i64
        %v1038 = arith.muli %v1037, %v4 : i64
        %v1039 = arith.subi %v4, %v2 : i64
        %v1040 = arith.minsi %v47, %v1039 : i64
        %v1041 = arith.addi %v1038, %v1040 : i64
        %v1042 = llvm.getelementptr %segsum_S_im[%v1041] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1033, %v1042 : f32, !llvm.ptr
        %v1043 = llvm.load %v64 : !llvm.ptr -> f32
        %v1044 = arith.addi %v40, %v41 : i64
        %v1045 = arith.muli %v36, %v1 : i64
        %v1046 = arith.addi %v1045, %v1044 : i64
        %v1047 = arith.muli %v1046, %v4 : i64
        %v1048 = arith.subi %v4, %v2 : i64
        %v1049 = arith.minsi %v47, %v1048 : i64
        %v1050 = arith.addi %v1047, %v1049 : i64
        %v1051 = llvm.getelementptr %segsum_S_im[%v1050] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1043, %v1051 : f32, !llvm.ptr
        %v1052 = llvm.load %v83 : !llvm.ptr -> f32
        %v1053 = arith.addi %v40, %v41 : i64
        %v1054 = arith.addi %v8, %v36 : i64
        %v1055 = arith.muli %v1054, %v1 : i64
        %v1056 = arith.addi %v1055, %v1053 : i64
        %v1057 = arith.muli %v1056, %v4 : i64
        %v1058 = arith.subi %v4, %v2 : i64
        %v1059 = arith.minsi %v47, %v1058 : i64
        %v1060 = arith.addi %v1057, %v1059 : i64
        %v1061 = llvm.getelementptr %segsum_S_im[%v1060] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1052, %v1061 : f32, !llvm.ptr
        %v1062 = llvm.load %v69 : !llvm.ptr -> f32
        %v1063 = arith.addi %v40, %v41 : i64
        %v1064 = arith.muli %v291, %v8 : i64
        %v1065 = arith.addi %v1064, %v36 : i64
        %v1066 = arith.muli %v1065, %v1 : i64
        %v1067 = arith.addi %v1066, %v1063 : i64
        %v1068 = arith.muli %v1067, %v4 : i64
        %v1069 = arith.subi %v4, %v2 : i64
        %v1070 = arith.minsi %v47, %v1069 : i64
        %v1071 = arith.addi %v1068, %v1070 : i64
        %v1072 = llvm.getelementptr %segsum_S_im[%v1071] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1062, %v1072 : f32, !llvm.ptr
        %v1073 = llvm.load %v65 : !llvm.ptr -> f32
        %v1074 = arith.muli %v36, %v4 : i64
        %v1075 = arith.subi %v4, %v2 : i64
        %v1076 = arith.minsi %v47, %v1075 : i64
        %v1077 = arith.addi %v1074, %v1076 : i64
        %v1078 = llvm.getelementptr %segsum_t_pos[%v1077] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1073, %v1078 : f32, !llvm.ptr
        %v1079 = llvm.load %v84 : !llvm.ptr -> f32
        %v1080 = arith.addi %v8, %v36 : i64
        %v1081 = arith.muli %v1080, %v4 : i64
        %v1082 = arith.subi %v4, %v2 : i64
        %v1083 = arith.minsi %v47, %v1082 : i64
        %v1084 = arith.addi %v1081, %v1083 : i64
        %v1085 = llvm.getelementptr %segsum_t_pos[%v1084] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1079, %v1085 : f32, !llvm.ptr
        %v1086 = llvm.load %v70 : !llvm.ptr -> f32
        %v1087 = arith.muli %v291, %v8 : i64
        %v1088 = arith.addi %v1087, %v36 : i64
        %v1089 = arith.muli %v1088, %v4 : i64
        %v1090 = arith.subi %v4, %v2 : i64
        %v1091 = arith.minsi %v47, %v1090 : i64
        %v1092 = arith.addi %v1089, %v1091 : i64
        %v1093 = llvm.getelementptr %segsum_t_pos[%v1092] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1086, %v1093 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
