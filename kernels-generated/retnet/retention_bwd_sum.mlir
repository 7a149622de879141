module attributes {gpu.container_module} {
  gpu.module @linrec {
    llvm.mlir.global internal @rows_retention_bwd_sum_q() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<1040 x f32>
    llvm.mlir.global internal @rows_retention_bwd_sum_k() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<1040 x f32>
    gpu.func @retention_bwd_sum(%in_q: !llvm.ptr, %in_k: !llvm.ptr, %in_v: !llvm.ptr, %in_theta: !llvm.ptr, %in_gamma: !llvm.ptr, %dy_o: !llvm.ptr, %ckpt_S_re: !llvm.ptr, %ckpt_S_im: !llvm.ptr, %ckpt_t_pos: !llvm.ptr, %scratch_S_re: !llvm.ptr, %scratch_S_im: !llvm.ptr, %scratch_t_pos: !llvm.ptr, %segsum_S_re: !llvm.ptr, %segsum_S_im: !llvm.ptr, %segsum_t_pos: !llvm.ptr, %size_B: i64, %size_L: i64, %size_H: i64, %size_DK: i64, %size_DV: i64) kernel attributes {nvvm.maxntid = array<i32: 256, 1, 1>, nvvm.minctasm = 2 : i32} {
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
      %v16 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v17 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v18 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v19 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v20 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v21 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v22 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v23 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v24 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v29 = arith.constant 32 : i64
      %v30 = arith.constant 31 : i64
      %v41 = arith.constant 8 : i64
      %v58 = arith.constant 4 : i64
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
      %v74 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v75 = llvm.mlir.addressof @rows_retention_bwd_sum_q : !llvm.ptr<3>
      %v76 = llvm.addrspacecast %v75 : !llvm.ptr<3> to !llvm.ptr
      %v77 = llvm.mlir.addressof @rows_retention_bwd_sum_k : !llvm.ptr<3>
      %v78 = llvm.addrspacecast %v77 : !llvm.ptr<3> to !llvm.ptr
      %v79 = arith.constant 0x00000000 : f32
      %v80 = arith.constant 0x3F800000 : f32
      %v81 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v82 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v83 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v84 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v85 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v86 = arith.constant 0 : i64
      %v88 = arith.constant 64 : i64
      %v89 = arith.constant 3 : i64
      %v110 = arith.constant 1024 : i64
      %v122 = arith.muli %v2, %v1 : i64
      %v123 = arith.muli %v122, %size_H : i64
      %v124 = arith.muli %v123, %size_L : i64
      %v134 = arith.constant 65 : i64
      %v184 = arith.constant 2147483647 : i64
      %v188 = arith.constant 3 : i32
      %v197 = arith.constant 0x3E22F983 : f32
      %v200 = arith.constant 0x40C90000 : f32
      %v201 = arith.constant 0x3AFDAA22 : f32
      %v213 = arith.muli %v2, %size_DV : i64
      %v214 = arith.muli %v213, %size_H : i64
      %v215 = arith.muli %v214, %size_L : i64
      %v300 = arith.constant 2 : i64
      %v302 = arith.constant 2 : i32
      %v409 = arith.constant 1 : i32
      %v516 = arith.constant 0 : i32
      %v25 = gpu.block_id x
      %v26 = gpu.thread_id x
      %v27 = arith.index_cast %v26 : index to i64
      %v28 = arith.index_cast %v25 : index to i64
      %v31 = arith.addi %size_DV, %v30 : i64
      %v32 = arith.divui %v31, %v29 : i64
      %v33 = arith.maxsi %v32, %v2 : i64
      %v34 = arith.maxsi %size_DV, %v2 : i64
      %v35 = arith.divui %v5, %v34 : i64
      %v36 = arith.muli %v35, %v33 : i64
      %v37 = arith.divui %v28, %v36 : i64
      %v38 = arith.remui %v28, %v36 : i64
      %v39 = arith.divui %v38, %v33 : i64
      %v40 = arith.remui %v38, %v33 : i64
      %v42 = arith.remui %v27, %v41 : i64
      %v43 = arith.divui %v27, %v41 : i64
      %v44 = arith.muli %v40, %v29 : i64
      %v45 = arith.addi %v44, %v43 : i64
      %v46 = arith.cmpi slt, %v45, %size_DV : i64
      %v47 = arith.muli %v39, %size_DV : i64
      %v48 = arith.addi %v47, %v45 : i64
      %v49 = arith.subi %size_DV, %v2 : i64
      %v50 = arith.minsi %v45, %v49 : i64
      %v51 = arith.addi %v47, %v50 : i64
      %v52 = arith.remui %v51, %size_DV : i64
      %v53 = arith.divui %v51, %size_DV : i64
      %v54 = arith.remui %v53, %size_H : i64
      %v55 = arith.divui %v53, %size_H : i64
      %v56 = arith.remui %v55, %size_B : i64
      %v57 = arith.divui %v55, %size_B : i64
      %v59 = arith.muli %v37, %v58 : i64
      %v60 = arith.addi %v59, %v58 : i64
      %v61 = arith.muli %v37, %v5 : i64
      llvm.store %v79, %v62 : f32, !llvm.ptr
      llvm.store %v79, %v63 : f32, !llvm.ptr
      llvm.store %v79, %v64 : f32, !llvm.ptr
      llvm.store %v79, %v65 : f32, !llvm.ptr
      llvm.store %v79, %v66 : f32, !llvm.ptr
      llvm.store %v80, %v67 : f32, !llvm.ptr
      llvm.store %v80, %v68 : f32, !llvm.ptr
      llvm.store %v80, %v69 : f32, !llvm.ptr
      llvm.store %v80, %v70 : f32, !llvm.ptr
      llvm.store %v80, %v71 : f32, !llvm.ptr
      llvm.store %v79, %v72 : f32, !llvm.ptr
      llvm.store %v79, %v73 : f32, !llvm.ptr
      llvm.store %v79, %v74 : f32, !llvm.ptr
      llvm.store %v80, %v81 : f32, !llvm.ptr
      llvm.store %v80, %v82 : f32, !llvm.ptr
      llvm.store %v80, %v83 : f32, !llvm.ptr
      llvm.store %v80, %v84 : f32, !llvm.ptr
      llvm.store %v80, %v85 : f32, !llvm.ptr
      %v87 = arith.cmpi eq, %size_L, %v86 : i64
      scf.if %v87 {
        llvm.store %v79, %v20 : f32, !llvm.ptr
        llvm.store %v79, %v21 : f32, !llvm.ptr
        llvm.store %v79, %v22 : f32, !llvm.ptr
        llvm.store %v79, %v23 : f32, !llvm.ptr
        llvm.store %v79, %v24 : f32, !llvm.ptr
      }
      %v90 = arith.subi %v88, %v2 : i64
      %v91 = arith.addi %size_L, %v90 : i64
      %v92 = arith.divui %v91, %v88 : i64
      %v93 = arith.minsi %v60, %v92 : i64
      %v94 = arith.muli %v37, %v1 : i64
      %v95 = arith.subi %v93, %v59 : i64
      %v96 = arith.maxsi %v95, %v86 : i64
      %v97 = arith.index_cast %v86 : i64 to index
      %v98 = arith.index_cast %v96 : i64 to index
      %v99 = arith.index_cast %v2 : i64 to index
      scf.for %v100 = %v97 to %v98 step %v99 {
        %v101 = arith.index_cast %v100 : index to i64
        %v102 = arith.subi %v93, %v2 : i64
        %v103 = arith.subi %v102, %v101 : i64
        %v104 = arith.muli %v103, %v88 : i64
        %v105 = arith.subi %size_L, %v104 : i64
        %v106 = arith.minsi %v105, %v88 : i64
        %v107 = arith.addi %v106, %v89 : i64
        %v108 = arith.divui %v107, %v58 : i64
        // the block's shared input rows for this stretch
        gpu.barrier
        %v109 = arith.subi %size_L, %v2 : i64
        %v111 = arith.index_cast %v27 : i64 to index
        %v112 = arith.index_cast %v110 : i64 to index
        %v113 = arith.index_cast %v8 : i64 to index
        scf.for %v114 = %v111 to %v112 step %v113 {
          %v115 = arith.index_cast %v114 : index to i64
          %v116 = arith.remui %v115, %v88 : i64
          %v117 = arith.divui %v115, %v88 : i64
          %v118 = arith.addi %v104, %v116 : i64
          %v119 = arith.minsi %v118, %v109 : i64
          %v120 = arith.remui %v117, %v1 : i64
          %v121 = arith.divui %v117, %v1 : i64
          %v125 = arith.muli %v56, %v124 : i64
          %v126 = arith.muli %v119, %v123 : i64
          %v127 = arith.addi %v125, %v126 : i64
          %v128 = arith.muli %v54, %v122 : i64
          %v129 = arith.addi %v127, %v128 : i64
          %v130 = arith.muli %v120, %v2 : i64
          %v131 = arith.addi %v129, %v130 : i64
          %v132 = llvm.getelementptr %in_q[%v131] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v133 = llvm.load %v132 : !llvm.ptr -> f32
          %v135 = arith.muli %v117, %v134 : i64
          %v136 = arith.addi %v135, %v116 : i64
          %v137 = llvm.getelementptr %v76[%v136] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v133, %v137 : f32, !llvm.ptr
        }
        %v138 = arith.index_cast %v27 : i64 to index
        %v139 = arith.index_cast %v110 : i64 to index
        %v140 = arith.index_cast %v8 : i64 to index
        scf.for %v141 = %v138 to %v139 step %v140 {
          %v142 = arith.index_cast %v141 : index to i64
          %v143 = arith.remui %v142, %v88 : i64
          %v144 = arith.divui %v142, %v88 : i64
          %v145 = arith.addi %v104, %v143 : i64
          %v146 = arith.minsi %v145, %v109 : i64
          %v147 = arith.remui %v144, %v1 : i64
          %v148 = arith.divui %v144, %v1 : i64
          %v149 = arith.muli %v56, %v124 : i64
          %v150 = arith.muli %v146, %v123 : i64
          %v151 = arith.addi %v149, %v150 : i64
          %v152 = arith.muli %v54, %v122 : i64
          %v153 = arith.addi %v151, %v152 : i64
          %v154 = arith.muli %v147, %v2 : i64
          %v155 = arith.addi %v153, %v154 : i64
          %v156 = llvm.getelementptr %in_k[%v155] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v157 = llvm.load %v156 : !llvm.ptr -> f32
          %v158 = arith.muli %v144, %v134 : i64
          %v159 = arith.addi %v158, %v143 : i64
          %v160 = llvm.getelementptr %v78[%v159] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v157, %v160 : f32, !llvm.ptr
        }
        gpu.barrier
        %v161 = arith.index_cast %v86 : i64 to index
        %v162 = arith.index_cast %v2 : i64 to index
        %v163 = arith.index_cast %v2 : i64 to index
        scf.for %v164 = %v161 to %v162 step %v163 {
          %v165 = arith.index_cast %v164 : index to i64
          %v166 = arith.index_cast %v86 : i64 to index
          %v167 = arith.index_cast %v108 : i64 to index
          %v168 = arith.index_cast %v2 : i64 to index
          scf.for %v169 = %v166 to %v167 step %v168 {
            %v170 = arith.index_cast %v169 : index to i64
            %v171 = arith.cmpi slt, %v170, %v108 : i64
            scf.if %v171 {
              %v172 = arith.subi %v108, %v2 : i64
              %v173 = arith.subi %v172, %v170 : i64
              %v174 = arith.muli %v173, %v58 : i64
              %v175 = arith.addi %v94, %v173 : i64
              %v176 = arith.addi %v174, %v58 : i64
              %v177 = arith.cmpi sle, %v176, %v106 : i64
              scf.if %v177 {
                %v178 = arith.subi %v106, %v2 : i64
                // the group's states, recomputed into registers
                %v179 = arith.subi %v106, %v174 : i64
                %v180 = arith.trunci %v179 : i64 to i32
                %v181 = arith.subi %size_L, %v2 : i64
                %v182 = arith.addi %v104, %v174 : i64
                %v183 = arith.subi %v181, %v182 : i64
                %v185 = arith.minsi %v183, %v184 : i64
                %v186 = arith.trunci %v185 : i64 to i32
                %v187 = arith.addi %v174, %v89 : i64
                %v189 = arith.cmpi slt, %v188, %v180 : i32
                %v190 = arith.cmpi eq, %v188, %v186 : i32
                %v191 = arith.addi %v104, %v187 : i64
                %v192 = arith.sitofp %v191 : i64 to f32
                %v193 = arith.muli %v42, %v2 : i64
                %v194 = llvm.getelementptr %in_theta[%v193] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v195 = llvm.load %v194 : !llvm.ptr -> f32
                %v196 = arith.mulf %v192, %v195 fastmath<contract> : f32
                %v198 = arith.mulf %v196, %v197 fastmath<contract> : f32
                %v199 = llvm.call_intrinsic "llvm.roundeven.f32"(%v198) : (f32) -> f32
                %v202 = arith.mulf %v199, %v200 fastmath<contract> : f32
                %v203 = arith.subf %v196, %v202 fastmath<contract> : f32
                %v204 = arith.mulf %v199, %v201 fastmath<contract> : f32
                %v205 = arith.subf %v203, %v204 fastmath<contract> : f32
                %v206 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v205) : (f32) -> f32
                %v207 = arith.muli %v42, %v134 : i64
                %v208 = arith.subi %v191, %v104 : i64
                %v209 = arith.addi %v207, %v208 : i64
                %v210 = llvm.getelementptr %v76[%v209] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v211 = llvm.load %v210 : !llvm.ptr -> f32
                %v212 = arith.mulf %v206, %v211 fastmath<contract> : f32
                %v216 = arith.muli %v56, %v215 : i64
                %v217 = arith.muli %v191, %v214 : i64
                %v218 = arith.addi %v216, %v217 : i64
                %v219 = arith.muli %v54, %v213 : i64
                %v220 = arith.addi %v218, %v219 : i64
                %v221 = arith.muli %v52, %v2 : i64
                %v222 = arith.addi %v220, %v221 : i64
                %v223 = llvm.getelementptr %dy_o[%v222] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v224 = llvm.load %v223 : !llvm.ptr -> f32
                %v225 = arith.mulf %v212, %v224 fastmath<contract> : f32
                %v226 = llvm.load %v62 : !llvm.ptr -> f32
                %v227 = llvm.load %v67 : !llvm.ptr -> f32
                %v228 = arith.mulf %v227, %v226 fastmath<contract> : f32
                %v229 = arith.addf %v225, %v228 fastmath<contract> : f32
                llvm.store %v229, %v62 : f32, !llvm.ptr
                %v230 = llvm.load %v81 : !llvm.ptr -> f32
                %v231 = arith.mulf %v230, %v227 fastmath<contract> : f32
                llvm.store %v231, %v81 : f32, !llvm.ptr
                %v232 = arith.constant 8 : i64
                %v233 = arith.addi %v232, %v42 : i64
                %v234 = arith.muli %v233, %v2 : i64
                %v235 = llvm.getelementptr %in_theta[%v234] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v236 = llvm.load %v235 : !llvm.ptr -> f32
                %v237 = arith.mulf %v192, %v236 fastmath<contract> : f32
                %v238 = arith.mulf %v237, %v197 fastmath<contract> : f32
                %v239 = llvm.call_intrinsic "llvm.roundeven.f32"(%v238) : (f32) -> f32
                %v240 = arith.mulf %v239, %v200 fastmath<contract> : f32
                %v241 = arith.subf %v237, %v240 fastmath<contract> : f32
                %v242 = arith.mulf %v239, %v201 fastmath<contract> : f32
                %v243 = arith.subf %v241, %v242 fastmath<contract> : f32
                %v244 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v243) : (f32) -> f32
                %v245 = arith.constant 8 : i64
                %v246 = arith.addi %v245, %v42 : i64
                %v247 = arith.muli %v246, %v134 : i64
                %v248 = arith.subi %v191, %v104 : i64
                %v249 = arith.addi %v247, %v248 : i64
                %v250 = llvm.getelementptr %v76[%v249] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v251 = llvm.load %v250 : !llvm.ptr -> f32
                %v252 = arith.mulf %v244, %v251 fastmath<contract> : f32
                %v253 = arith.mulf %v252, %v224 fastmath<contract> : f32
                %v254 = llvm.load %v63 : !llvm.ptr -> f32
                %v255 = llvm.load %v68 : !llvm.ptr -> f32
                %v256 = arith.mulf %v255, %v254 fastmath<contract> : f32
                %v257 = arith.addf %v253, %v256 fastmath<contract> : f32
                llvm.store %v257, %v63 : f32, !llvm.ptr
                %v258 = llvm.load %v82 : !llvm.ptr -> f32
                %v259 = arith.mulf %v258, %v255 fastmath<contract> : f32
                llvm.store %v259, %v82 : f32, !llvm.ptr
                %v260 = arith.mulf %v196, %v197 fastmath<contract> : f32
                %v261 = llvm.call_intrinsic "llvm.roundeven.f32"(%v260) : (f32) -> f32
                %v262 = arith.mulf %v261, %v200 fastmath<contract> : f32
                %v263 = arith.subf %v196, %v262 fastmath<contract> : f32
                %v264 = arith.mulf %v261, %v201 fastmath<contract> : f32
                %v265 = arith.subf %v263, %v264 fastmath<contract> : f32
                %v266 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v265) : (f32) -> f32
                %v267 = arith.mulf %v266, %v211 fastmath<contract> : f32
                %v268 = arith.negf %v224 : f32
                %v269 = arith.mulf %v267, %v268 fastmath<contract> : f32
                %v270 = llvm.load %v64 : !llvm.ptr -> f32
                %v271 = llvm.load %v69 : !llvm.ptr -> f32
                %v272 = arith.mulf %v271, %v270 fastmath<contract> : f32
                %v273 = arith.addf %v269, %v272 fastmath<contract> : f32
                llvm.store %v273, %v64 : f32, !llvm.ptr
                %v274 = llvm.load %v83 : !llvm.ptr -> f32
                %v275 = arith.mulf %v274, %v271 fastmath<contract> : f32
                llvm.store %v275, %v83 : f32, !llvm.ptr
                %v276 = arith.mulf %v237, %v197 fastmath<contract> : f32
                %v277 = llvm.call_intrinsic "llvm.roundeven.f32"(%v276) : (f32) -> f32
                %v278 = arith.mulf %v277, %v200 fastmath<contract> : f32
                %v279 = arith.subf %v237, %v278 fastmath<contract> : f32
                %v280 = arith.mulf %v277, %v201 fastmath<contract> : f32
                %v281 = arith.subf %v279, %v280 fastmath<contract> : f32
                %v282 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v281) : (f32) -> f32
                %v283 = arith.mulf %v282, %v251 fastmath<contract> : f32
                %v284 = arith.mulf %v283, %v268 fastmath<contract> : f32
                %v285 = llvm.load %v65 : !llvm.ptr -> f32
                %v286 = llvm.load %v70 : !llvm.ptr -> f32
                %v287 = arith.mulf %v286, %v285 fastmath<contract> : f32
                %v288 = arith.addf %v284, %v287 fastmath<contract> : f32
                llvm.store %v288, %v65 : f32, !llvm.ptr
                %v289 = llvm.load %v84 : !llvm.ptr -> f32
                %v290 = arith.mulf %v289, %v286 fastmath<contract> : f32
                llvm.store %v290, %v84 : f32, !llvm.ptr
                %v291 = llvm.load %v66 : !llvm.ptr -> f32
                %v292 = llvm.load %v71 : !llvm.ptr -> f32
                %v293 = arith.mulf %v292, %v291 fastmath<contract> : f32
                %v294 = arith.addf %v79, %v293 fastmath<contract> : f32
                llvm.store %v294, %v66 : f32, !llvm.ptr
                %v295 = llvm.load %v85 : !llvm.ptr -> f32
                %v296 = arith.mulf %v295, %v292 fastmath<contract> : f32
                llvm.store %v296, %v85 : f32, !llvm.ptr
                scf.if %v190 {
                }
                %v297 = arith.muli %v54, %v2 : i64
                %v298 = llvm.getelementptr %in_gamma[%v297] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v299 = llvm.load %v298 : !llvm.ptr -> f32
                llvm.store %v299, %v67 : f32, !llvm.ptr
                llvm.store %v299, %v68 : f32, !llvm.ptr
                llvm.store %v299, %v69 : f32, !llvm.ptr
                llvm.store %v299, %v70 : f32, !llvm.ptr
                llvm.store %v80, %v71 : f32, !llvm.ptr
                %v301 = arith.addi %v174, %v300 : i64
                %v303 = arith.cmpi slt, %v302, %v180 : i32
                %v304 = arith.cmpi eq, %v302, %v186 : i32
                %v305 = arith.addi %v104, %v301 : i64
                %v306 = arith.sitofp %v305 : i64 to f32
                %v307 = arith.muli %v42, %v2 : i64
                %v308 = llvm.getelementptr %in_theta[%v307] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v309 = llvm.load %v308 : !llvm.ptr -> f32
                %v310 = arith.mulf %v306, %v309 fastmath<contract> : f32
                %v311 = arith.mulf %v310, %v197 fastmath<contract> : f32
                %v312 = llvm.call_intrinsic "llvm.roundeven.f32"(%v311) : (f32) -> f32
                %v313 = arith.mulf %v312, %v200 fastmath<contract> : f32
                %v314 = arith.subf %v310, %v313 fastmath<contract> : f32
                %v315 = arith.mulf %v312, %v201 fastmath<contract> : f32
                %v316 = arith.subf %v314, %v315 fastmath<contract> : f32
                %v317 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v316) : (f32) -> f32
                %v318 = arith.muli %v42, %v134 : i64
                %v319 = arith.subi %v305, %v104 : i64
                %v320 = arith.addi %v318, %v319 : i64
                %v321 = llvm.getelementptr %v76[%v320] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v322 = llvm.load %v321 : !llvm.ptr -> f32
                %v323 = arith.mulf %v317, %v322 fastmath<contract> : f32
                %v324 = arith.muli %v56, %v215 : i64
                %v325 = arith.muli %v305, %v214 : i64
                %v326 = arith.addi %v324, %v325 : i64
                %v327 = arith.muli %v54, %v213 : i64
                %v328 = arith.addi %v326, %v327 : i64
                %v329 = arith.muli %v52, %v2 : i64
                %v330 = arith.addi %v328, %v329 : i64
                %v331 = llvm.getelementptr %dy_o[%v330] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v332 = llvm.load %v331 : !llvm.ptr -> f32
                %v333 = arith.mulf %v323, %v332 fastmath<contract> : f32
                %v334 = llvm.load %v62 : !llvm.ptr -> f32
                %v335 = llvm.load %v67 : !llvm.ptr -> f32
                %v336 = arith.mulf %v335, %v334 fastmath<contract> : f32
                %v337 = arith.addf %v333, %v336 fastmath<contract> : f32
                llvm.store %v337, %v62 : f32, !llvm.ptr
                %v338 = llvm.load %v81 : !llvm.ptr -> f32
                %v339 = arith.mulf %v338, %v335 fastmath<contract> : f32
                llvm.store %v339, %v81 : f32, !llvm.ptr
                %v340 = arith.constant 8 : i64
                %v341 = arith.addi %v340, %v42 : i64
                %v342 = arith.muli %v341, %v2 : i64
                %v343 = llvm.getelementptr %in_theta[%v342] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v344 = llvm.load %v343 : !llvm.ptr -> f32
                %v345 = arith.mulf %v306, %v344 fastmath<contract> : f32
                %v346 = arith.mulf %v345, %v197 fastmath<contract> : f32
                %v347 = llvm.call_intrinsic "llvm.roundeven.f32"(%v346) : (f32) -> f32
                %v348 = arith.mulf %v347, %v200 fastmath<contract> : f32
                %v349 = arith.subf %v345, %v348 fastmath<contract> : f32
                %v350 = arith.mulf %v347, %v201 fastmath<contract> : f32
                %v351 = arith.subf %v349, %v350 fastmath<contract> : f32
                %v352 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v351) : (f32) -> f32
                %v353 = arith.constant 8 : i64
                %v354 = arith.addi %v353, %v42 : i64
                %v355 = arith.muli %v354, %v134 : i64
                %v356 = arith.subi %v305, %v104 : i64
                %v357 = arith.addi %v355, %v356 : i64
                %v358 = llvm.getelementptr %v76[%v357] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v359 = llvm.load %v358 : !llvm.ptr -> f32
                %v360 = arith.mulf %v352, %v359 fastmath<contract> : f32
                %v361 = arith.mulf %v360, %v332 fastmath<contract> : f32
                %v362 = llvm.load %v63 : !llvm.ptr -> f32
                %v363 = llvm.load %v68 : !llvm.ptr -> f32
                %v364 = arith.mulf %v363, %v362 fastmath<contract> : f32
                %v365 = arith.addf %v361, %v364 fastmath<contract> : f32
                llvm.store %v365, %v63 : f32, !llvm.ptr
                %v366 = llvm.load %v82 : !llvm.ptr -> f32
                %v367 = arith.mulf %v366, %v363 fastmath<contract> : f32
                llvm.store %v367, %v82 : f32, !llvm.ptr
                %v368 = arith.mulf %v310, %v197 fastmath<contract> : f32
                %v369 = llvm.call_intrinsic "llvm.roundeven.f32"(%v368) : (f32) -> f32
                %v370 = arith.mulf %v369, %v200 fastmath<contract> : f32
                %v371 = arith.subf %v310, %v370 fastmath<contract> : f32
                %v372 = arith.mulf %v369, %v201 fastmath<contract> : f32
                %v373 = arith.subf %v371, %v372 fastmath<contract> : f32
                %v374 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v373) : (f32) -> f32
                %v375 = arith.mulf %v374, %v322 fastmath<contract> : f32
                %v376 = arith.negf %v332 : f32
                %v377 = arith.mulf %v375, %v376 fastmath<contract> : f32
                %v378 = llvm.load %v64 : !llvm.ptr -> f32
                %v379 = llvm.load %v69 : !llvm.ptr -> f32
                %v380 = arith.mulf %v379, %v378 fastmath<contract> : f32
                %v381 = arith.addf %v377, %v380 fastmath<contract> : f32
                llvm.store %v381, %v64 : f32, !llvm.ptr
                %v382 = llvm.load %v83 : !llvm.ptr -> f32
                %v383 = arith.mulf %v382, %v379 fastmath<contract> : f32
                llvm.store %v383, %v83 : f32, !llvm.ptr
                %v384 = arith.mulf %v345, %v197 fastmath<contract> : f32
                %v385 = llvm.call_intrinsic "llvm.roundeven.f32"(%v384) : (f32) -> f32
                %v386 = arith.mulf %v385, %v200 fastmath<contract> : f32
                %v387 = arith.subf %v345, %v386 fastmath<contract> : f32
                %v388 = arith.mulf %v385, %v201 fastmath<contract> : f32
                %v389 = arith.subf %v387, %v388 fastmath<contract> : f32
                %v390 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v389) : (f32) -> f32
                %v391 = arith.mulf %v390, %v359 fastmath<contract> : f32
                %v392 = arith.mulf %v391, %v376 fastmath<contract> : f32
                %v393 = llvm.load %v65 : !llvm.ptr -> f32
                %v394 = llvm.load %v70 : !llvm.ptr -> f32
                %v395 = arith.mulf %v394, %v393 fastmath<contract> : f32
                %v396 = arith.addf %v392, %v395 fastmath<contract> : f32
                llvm.store %v396, %v65 : f32, !llvm.ptr
                %v397 = llvm.load %v84 : !llvm.ptr -> f32
                %v398 = arith.mulf %v397, %v394 fastmath<contract> : f32
                llvm.store %v398, %v84 : f32, !llvm.ptr
                %v399 = llvm.load %v66 : !llvm.ptr -> f32
                %v400 = llvm.load %v71 : !llvm.ptr -> f32
                %v401 = arith.mulf %v400, %v399 fastmath<contract> : f32
                %v402 = arith.addf %v79, %v401 fastmath<contract> : f32
                llvm.store %v402, %v66 : f32, !llvm.ptr
                %v403 = llvm.load %v85 : !llvm.ptr -> f32
                %v404 = arith.mulf %v403, %v400 fastmath<contract> : f32
                llvm.store %v404, %v85 : f32, !llvm.ptr
                scf.if %v304 {
                }
                %v405 = arith.muli %v54, %v2 : i64
                %v406 = llvm.getelementptr %in_gamma[%v405] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v407 = llvm.load %v406 : !llvm.ptr -> f32
                llvm.store %v407, %v67 : f32, !llvm.ptr
                llvm.store %v407, %v68 : f32, !llvm.ptr
                llvm.store %v407, %v69 : f32, !llvm.ptr
                llvm.store %v407, %v70 : f32, !llvm.ptr
                llvm.store %v80, %v71 : f32, !llvm.ptr
                %v408 = arith.addi %v174, %v2 : i64
                %v410 = arith.cmpi slt, %v409, %v180 : i32
                %v411 = arith.cmpi eq, %v409, %v186 : i32
                %v412 = arith.addi %v104, %v408 : i64
                %v413 = arith.sitofp %v412 : i64 to f32
                %v414 = arith.muli %v42, %v2 : i64
                %v415 = llvm.getelementptr %in_theta[%v414] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v416 = llvm.load %v415 : !llvm.ptr -> f32
                %v417 = arith.mulf %v413, %v416 fastmath<contract> : f32
                %v418 = arith.mulf %v417, %v197 fastmath<contract> : f32
                %v419 = llvm.call_intrinsic "llvm.roundeven.f32"(%v418) : (f32) -> f32
                %v420 = arith.mulf %v419, %v200 fastmath<contract> : f32
                %v421 = arith.subf %v417, %v420 fastmath<contract> : f32
                %v422 = arith.mulf %v419, %v201 fastmath<contract> : f32
                %v423 = arith.subf %v421, %v422 fastmath<contract> : f32
                %v424 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v423) : (f32) -> f32
                %v425 = arith.muli %v42, %v134 : i64
                %v426 = arith.subi %v412, %v104 : i64
                %v427 = arith.addi %v425, %v426 : i64
                %v428 = llvm.getelementptr %v76[%v427] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v429 = llvm.load %v428 : !llvm.ptr -> f32
                %v430 = arith.mulf %v424, %v429 fastmath<contract> : f32
                %v431 = arith.muli %v56, %v215 : i64
                %v432 = arith.muli %v412, %v214 : i64
                %v433 = arith.addi %v431, %v432 : i64
                %v434 = arith.muli %v54, %v213 : i64
                %v435 = arith.addi %v433, %v434 : i64
                %v436 = arith.muli %v52, %v2 : i64
                %v437 = arith.addi %v435, %v436 : i64
                %v438 = llvm.getelementptr %dy_o[%v437] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v439 = llvm.load %v438 : !llvm.ptr -> f32
                %v440 = arith.mulf %v430, %v439 fastmath<contract> : f32
                %v441 = llvm.load %v62 : !llvm.ptr -> f32
                %v442 = llvm.load %v67 : !llvm.ptr -> f32
                %v443 = arith.mulf %v442, %v441 fastmath<contract> : f32
                %v444 = arith.addf %v440, %v443 fastmath<contract> : f32
                llvm.store %v444, %v62 : f32, !llvm.ptr
                %v445 = llvm.load %v81 : !llvm.ptr -> f32
                %v446 = arith.mulf %v445, %v442 fastmath<contract> : f32
                llvm.store %v446, %v81 : f32, !llvm.ptr
                %v447 = arith.constant 8 : i64
                %v448 = arith.addi %v447, %v42 : i64
                %v449 = arith.muli %v448, %v2 : i64
                %v450 = llvm.getelementptr %in_theta[%v449] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v451 = llvm.load %v450 : !llvm.ptr -> f32
                %v452 = arith.mulf %v413, %v451 fastmath<contract> : f32
                %v453 = arith.mulf %v452, %v197 fastmath<contract> : f32
                %v454 = llvm.call_intrinsic "llvm.roundeven.f32"(%v453) : (f32) -> f32
                %v455 = arith.mulf %v454, %v200 fastmath<contract> : f32
                %v456 = arith.subf %v452, %v455 fastmath<contract> : f32
                %v457 = arith.mulf %v454, %v201 fastmath<contract> : f32
                %v458 = arith.subf %v456, %v457 fastmath<contract> : f32
                %v459 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v458) : (f32) -> f32
                %v460 = arith.constant 8 : i64
                %v461 = arith.addi %v460, %v42 : i64
                %v462 = arith.muli %v461, %v134 : i64
                %v463 = arith.subi %v412, %v104 : i64
                %v464 = arith.addi %v462, %v463 : i64
                %v465 = llvm.getelementptr %v76[%v464] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v466 = llvm.load %v465 : !llvm.ptr -> f32
                %v467 = arith.mulf %v459, %v466 fastmath<contract> : f32
                %v468 = arith.mulf %v467, %v439 fastmath<contract> : f32
                %v469 = llvm.load %v63 : !llvm.ptr -> f32
                %v470 = llvm.load %v68 : !llvm.ptr -> f32
                %v471 = arith.mulf %v470, %v469 fastmath<contract> : f32
                %v472 = arith.addf %v468, %v471 fastmath<contract> : f32
                llvm.store %v472, %v63 : f32, !llvm.ptr
                %v473 = llvm.load %v82 : !llvm.ptr -> f32
                %v474 = arith.mulf %v473, %v470 fastmath<contract> : f32
                llvm.store %v474, %v82 : f32, !llvm.ptr
                %v475 = arith.mulf %v417, %v197 fastmath<contract> : f32
                %v476 = llvm.call_intrinsic "llvm.roundeven.f32"(%v475) : (f32) -> f32
                %v477 = arith.mulf %v476, %v200 fastmath<contract> : f32
                %v478 = arith.subf %v417, %v477 fastmath<contract> : f32
                %v479 = arith.mulf %v476, %v201 fastmath<contract> : f32
                %v480 = arith.subf %v478, %v479 fastmath<contract> : f32
                %v481 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v480) : (f32) -> f32
                %v482 = arith.mulf %v481, %v429 fastmath<contract> : f32
                %v483 = arith.negf %v439 : f32
                %v484 = arith.mulf %v482, %v483 fastmath<contract> : f32
                %v485 = llvm.load %v64 : !llvm.ptr -> f32
                %v486 = llvm.load %v69 : !llvm.ptr -> f32
                %v487 = arith.mulf %v486, %v485 fastmath<contract> : f32
                %v488 = arith.addf %v484, %v487 fastmath<contract> : f32
                llvm.store %v488, %v64 : f32, !llvm.ptr
                %v489 = llvm.load %v83 : !llvm.ptr -> f32
                %v490 = arith.mulf %v489, %v486 fastmath<contract> : f32
                llvm.store %v490, %v83 : f32, !llvm.ptr
                %v491 = arith.mulf %v452, %v197 fastmath<contract> : f32
                %v492 = llvm.call_intrinsic "llvm.roundeven.f32"(%v491) : (f32) -> f32
                %v493 = arith.mulf %v492, %v200 fastmath<contract> : f32
                %v494 = arith.subf %v452, %v493 fastmath<contract> : f32
                %v495 = arith.mulf %v492, %v201 fastmath<contract> : f32
                %v496 = arith.subf %v494, %v495 fastmath<contract> : f32
                %v497 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v496) : (f32) -> f32
                %v498 = arith.mulf %v497, %v466 fastmath<contract> : f32
                %v499 = arith.mulf %v498, %v483 fastmath<contract> : f32
                %v500 = llvm.load %v65 : !llvm.ptr -> f32
                %v501 = llvm.load %v70 : !llvm.ptr -> f32
                %v502 = arith.mulf %v501, %v500 fastmath<contract> : f32
                %v503 = arith.addf %v499, %v502 fastmath<contract> : f32
                llvm.store %v503, %v65 : f32, !llvm.ptr
                %v504 = llvm.load %v84 : !llvm.ptr -> f32
                %v505 = arith.mulf %v504, %v501 fastmath<contract> : f32
                llvm.store %v505, %v84 : f32, !llvm.ptr
                %v506 = llvm.load %v66 : !llvm.ptr -> f32
                %v507 = llvm.load %v71 : !llvm.ptr -> f32
                %v508 = arith.mulf %v507, %v506 fastmath<contract> : f32
                %v509 = arith.addf %v79, %v508 fastmath<contract> : f32
                llvm.store %v509, %v66 : f32, !llvm.ptr
                %v510 = llvm.load %v85 : !llvm.ptr -> f32
                %v511 = arith.mulf %v510, %v507 fastmath<contract> : f32
                llvm.store %v511, %v85 : f32, !llvm.ptr
                scf.if %v411 {
                }
                %v512 = arith.muli %v54, %v2 : i64
                %v513 = llvm.getelementptr %in_gamma[%v512] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v514 = llvm.load %v513 : !llvm.ptr -> f32
                llvm.store %v514, %v67 : f32, !llvm.ptr
                llvm.store %v514, %v68 : f32, !llvm.ptr
                llvm.store %v514, %v69 : f32, !llvm.ptr
                llvm.store %v514, %v70 : f32, !llvm.ptr
                llvm.store %v80, %v71 : f32, !llvm.ptr
                %v515 = arith.addi %v174, %v86 : i64
                %v517 = arith.cmpi slt, %v516, %v180 : i32
                %v518 = arith.cmpi eq, %v516, %v186 : i32
                %v519 = arith.addi %v104, %v515 : i64
                %v520 = arith.sitofp %v519 : i64 to f32
                %v521 = arith.muli %v42, %v2 : i64
                %v522 = llvm.getelementptr %in_theta[%v521] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v523 = llvm.load %v522 : !llvm.ptr -> f32
                %v524 = arith.mulf %v520, %v523 fastmath<contract> : f32
                %v525 = arith.mulf %v524, %v197 fastmath<contract> : f32
                %v526 = llvm.call_intrinsic "llvm.roundeven.f32"(%v525) : (f32) -> f32
                %v527 = arith.mulf %v526, %v200 fastmath<contract> : f32
                %v528 = arith.subf %v524, %v527 fastmath<contract> : f32
                %v529 = arith.mulf %v526, %v201 fastmath<contract> : f32
                %v530 = arith.subf %v528, %v529 fastmath<contract> : f32
                %v531 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v530) : (f32) -> f32
                %v532 = arith.muli %v42, %v134 : i64
                %v533 = arith.subi %v519, %v104 : i64
                %v534 = arith.addi %v532, %v533 : i64
                %v535 = llvm.getelementptr %v76[%v534] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v536 = llvm.load %v535 : !llvm.ptr -> f32
                %v537 = arith.mulf %v531, %v536 fastmath<contract> : f32
                %v538 = arith.muli %v56, %v215 : i64
                %v539 = arith.muli %v519, %v214 : i64
                %v540 = arith.addi %v538, %v539 : i64
                %v541 = arith.muli %v54, %v213 : i64
                %v542 = arith.addi %v540, %v541 : i64
                %v543 = arith.muli %v52, %v2 : i64
                %v544 = arith.addi %v542, %v543 : i64
                %v545 = llvm.getelementptr %dy_o[%v544] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v546 = llvm.load %v545 : !llvm.ptr -> f32
                %v547 = arith.mulf %v537, %v546 fastmath<contract> : f32
                %v548 = llvm.load %v62 : !llvm.ptr -> f32
                %v549 = llvm.load %v67 : !llvm.ptr -> f32
                %v550 = arith.mulf %v549, %v548 fastmath<contract> : f32
                %v551 = arith.addf %v547, %v550 fastmath<contract> : f32
                llvm.store %v551, %v62 : f32, !llvm.ptr
                %v552 = llvm.load %v81 : !llvm.ptr -> f32
                %v553 = arith.mulf %v552, %v549 fastmath<contract> : f32
                llvm.store %v553, %v81 : f32, !llvm.ptr
                %v554 = arith.constant 8 : i64
                %v555 = arith.addi %v554, %v42 : i64
                %v556 = arith.muli %v555, %v2 : i64
                %v557 = llvm.getelementptr %in_theta[%v556] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v558 = llvm.load %v557 : !llvm.ptr -> f32
                %v559 = arith.mulf %v520, %v558 fastmath<contract> : f32
                %v560 = arith.mulf %v559, %v197 fastmath<contract> : f32
                %v561 = llvm.call_intrinsic "llvm.roundeven.f32"(%v560) : (f32) -> f32
                %v562 = arith.mulf %v561, %v200 fastmath<contract> : f32
                %v563 = arith.subf %v559, %v562 fastmath<contract> : f32
                %v564 = arith.mulf %v561, %v201 fastmath<contract> : f32
                %v565 = arith.subf %v563, %v564 fastmath<contract> : f32
                %v566 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v565) : (f32) -> f32
                %v567 = arith.constant 8 : i64
                %v568 = arith.addi %v567, %v42 : i64
                %v569 = arith.muli %v568, %v134 : i64
                %v570 = arith.subi %v519, %v104 : i64
                %v571 = arith.addi %v569, %v570 : i64
                %v572 = llvm.getelementptr %v76[%v571] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v573 = llvm.load %v572 : !llvm.ptr -> f32
                %v574 = arith.mulf %v566, %v573 fastmath<contract> : f32
                %v575 = arith.mulf %v574, %v546 fastmath<contract> : f32
                %v576 = llvm.load %v63 : !llvm.ptr -> f32
                %v577 = llvm.load %v68 : !llvm.ptr -> f32
                %v578 = arith.mulf %v577, %v576 fastmath<contract> : f32
                %v579 = arith.addf %v575, %v578 fastmath<contract> : f32
                llvm.store %v579, %v63 : f32, !llvm.ptr
                %v580 = llvm.load %v82 : !llvm.ptr -> f32
                %v581 = arith.mulf %v580, %v577 fastmath<contract> : f32
                llvm.store %v581, %v82 : f32, !llvm.ptr
                %v582 = arith.mulf %v524, %v197 fastmath<contract> : f32
                %v583 = llvm.call_intrinsic "llvm.roundeven.f32"(%v582) : (f32) -> f32
                %v584 = arith.mulf %v583, %v200 fastmath<contract> : f32
                %v585 = arith.subf %v524, %v584 fastmath<contract> : f32
                %v586 = arith.mulf %v583, %v201 fastmath<contract> : f32
                %v587 = arith.subf %v585, %v586 fastmath<contract> : f32
                %v588 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v587) : (f32) -> f32
                %v589 = arith.mulf %v588, %v536 fastmath<contract> : f32
                %v590 = arith.negf %v546 : f32
                %v591 = arith.mulf %v589, %v590 fastmath<contract> : f32
                %v592 = llvm.load %v64 : !llvm.ptr -> f32
                %v593 = llvm.load %v69 : !llvm.ptr -> f32
                %v594 = arith.mulf %v593, %v592 fastmath<contract> : f32
                %v595 = arith.addf %v591, %v594 fastmath<contract> : f32
                llvm.store %v595, %v64 : f32, !llvm.ptr
                %v596 = llvm.load %v83 : !llvm.ptr -> f32
                %v597 = arith.mulf %v596, %v593 fastmath<contract> : f32
                llvm.store %v597, %v83 : f32, !llvm.ptr
                %v598 = arith.mulf %v559, %v197 fastmath<contract> : f32
                %v599 = llvm.call_intrinsic "llvm.roundeven.f32"(%v598) : (f32) -> f32
                %v600 = arith.mulf %v599, %v200 fastmath<contract> : f32
                %v601 = arith.subf %v559, %v600 fastmath<contract> : f32
                %v602 = arith.mulf %v599, %v201 fastmath<contract> : f32
                %v603 = arith.subf %v601, %v602 fastmath<contract> : f32
                %v604 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v603) : (f32) -> f32
                %v605 = arith.mulf %v604, %v573 fastmath<contract> : f32
                %v606 = arith.mulf %v605, %v590 fastmath<contract> : f32
                %v607 = llvm.load %v65 : !llvm.ptr -> f32
                %v608 = llvm.load %v70 : !llvm.ptr -> f32
                %v609 = arith.mulf %v608, %v607 fastmath<contract> : f32
                %v610 = arith.addf %v606, %v609 fastmath<contract> : f32
                llvm.store %v610, %v65 : f32, !llvm.ptr
                %v611 = llvm.load %v84 : !llvm.ptr -> f32
                %v612 = arith.mulf %v611, %v608 fastmath<contract> : f32
                llvm.store %v612, %v84 : f32, !llvm.ptr
                %v613 = llvm.load %v66 : !llvm.ptr -> f32
                %v614 = llvm.load %v71 : !llvm.ptr -> f32
                %v615 = arith.mulf %v614, %v613 fastmath<contract> : f32
                %v616 = arith.addf %v79, %v615 fastmath<contract> : f32
                llvm.store %v616, %v66 : f32, !llvm.ptr
                %v617 = llvm.load %v85 : !llvm.ptr -> f32
                %v618 = arith.mulf %v617, %v614 fastmath<contract> : f32
                llvm.store %v618, %v85 : f32, !llvm.ptr
                scf.if %v518 {
                }
                %v619 = arith.muli %v54, %v2 : i64
                %v620 = llvm.getelementptr %in_gamma[%v619] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v621 = llvm.load %v620 : !llvm.ptr -> f32
                llvm.store %v621, %v67 : f32, !llvm.ptr
                llvm.store %v621, %v68 : f32, !llvm.ptr
                llvm.store %v621, %v69 : f32, !llvm.ptr
                llvm.store %v621, %v70 : f32, !llvm.ptr
                llvm.store %v80, %v71 : f32, !llvm.ptr
              } else {
                %v622 = arith.subi %v106, %v2 : i64
                // the group's states, recomputed into registers
                %v623 = arith.subi %v106, %v174 : i64
                %v624 = arith.trunci %v623 : i64 to i32
                %v625 = arith.subi %size_L, %v2 : i64
                %v626 = arith.addi %v104, %v174 : i64
                %v627 = arith.subi %v625, %v626 : i64
                %v628 = arith.minsi %v627, %v184 : i64
                %v629 = arith.trunci %v628 : i64 to i32
                %v630 = arith.addi %v174, %v89 : i64
                %v631 = arith.cmpi slt, %v188, %v624 : i32
                %v632 = arith.cmpi eq, %v188, %v629 : i32
                scf.if %v631 {
                  %v633 = arith.addi %v104, %v630 : i64
                  %v634 = arith.sitofp %v633 : i64 to f32
                  %v635 = arith.muli %v42, %v2 : i64
                  %v636 = llvm.getelementptr %in_theta[%v635] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v637 = llvm.load %v636 : !llvm.ptr -> f32
                  %v638 = arith.mulf %v634, %v637 fastmath<contract> : f32
                  %v639 = arith.mulf %v638, %v197 fastmath<contract> : f32
                  %v640 = llvm.call_intrinsic "llvm.roundeven.f32"(%v639) : (f32) -> f32
                  %v641 = arith.mulf %v640, %v200 fastmath<contract> : f32
                  %v642 = arith.subf %v638, %v641 fastmath<contract> : f32
                  %v643 = arith.mulf %v640, %v201 fastmath<contract> : f32
                  %v644 = arith.subf %v642, %v643 fastmath<contract> : f32
                  %v645 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v644) : (f32) -> f32
                  %v646 = arith.muli %v42, %v134 : i64
                  %v647 = arith.subi %v633, %v104 : i64
                  %v648 = arith.addi %v646, %v647 : i64
                  %v649 = llvm.getelementptr %v76[%v648] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v650 = llvm.load %v649 : !llvm.ptr -> f32
                  %v651 = arith.mulf %v645, %v650 fastmath<contract> : f32
                  %v652 = arith.muli %v56, %v215 : i64
                  %v653 = arith.muli %v633, %v214 : i64
                  %v654 = arith.addi %v652, %v653 : i64
                  %v655 = arith.muli %v54, %v213 : i64
                  %v656 = arith.addi %v654, %v655 : i64
                  %v657 = arith.muli %v52, %v2 : i64
                  %v658 = arith.addi %v656, %v657 : i64
                  %v659 = llvm.getelementptr %dy_o[%v658] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v660 = llvm.load %v659 : !llvm.ptr -> f32
                  %v661 = arith.mulf %v651, %v660 fastmath<contract> : f32
                  %v662 = llvm.load %v62 : !llvm.ptr -> f32
                  %v663 = llvm.load %v67 : !llvm.ptr -> f32
                  %v664 = arith.mulf %v663, %v662 fastmath<contract> : f32
                  %v665 = arith.addf %v661, %v664 fastmath<contract> : f32
                  llvm.store %v665, %v62 : f32, !llvm.ptr
                  %v666 = llvm.load %v81 : !llvm.ptr -> f32
                  %v667 = arith.mulf %v666, %v663 fastmath<contract> : f32
                  llvm.store %v667, %v81 : f32, !llvm.ptr
                  %v668 = arith.constant 8 : i64
                  %v669 = arith.addi %v668, %v42 : i64
                  %v670 = arith.muli %v669, %v2 : i64
                  %v671 = llvm.getelementptr %in_theta[%v670] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v672 = llvm.load %v671 : !llvm.ptr -> f32
                  %v673 = arith.mulf %v634, %v672 fastmath<contract> : f32
                  %v674 = arith.mulf %v673, %v197 fastmath<contract> : f32
                  %v675 = llvm.call_intrinsic "llvm.roundeven.f32"(%v674) : (f32) -> f32
                  %v676 = arith.mulf %v675, %v200 fastmath<contract> : f32
                  %v677 = arith.subf %v673, %v676 fastmath<contract> : f32
                  %v678 = arith.mulf %v675, %v201 fastmath<contract> : f32
                  %v679 = arith.subf %v677, %v678 fastmath<contract> : f32
                  %v680 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v679) : (f32) -> f32
                  %v681 = arith.constant 8 : i64
                  %v682 = arith.addi %v681, %v42 : i64
                  %v683 = arith.muli %v682, %v134 : i64
                  %v684 = arith.subi %v633, %v104 : i64
                  %v685 = arith.addi %v683, %v684 : i64
                  %v686 = llvm.getelementptr %v76[%v685] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v687 = llvm.load %v686 : !llvm.ptr -> f32
                  %v688 = arith.mulf %v680, %v687 fastmath<contract> : f32
                  %v689 = arith.mulf %v688, %v660 fastmath<contract> : f32
                  %v690 = llvm.load %v63 : !llvm.ptr -> f32
                  %v691 = llvm.load %v68 : !llvm.ptr -> f32
                  %v692 = arith.mulf %v691, %v690 fastmath<contract> : f32
                  %v693 = arith.addf %v689, %v692 fastmath<contract> : f32
                  llvm.store %v693, %v63 : f32, !llvm.ptr
                  %v694 = llvm.load %v82 : !llvm.ptr -> f32
                  %v695 = arith.mulf %v694, %v691 fastmath<contract> : f32
                  llvm.store %v695, %v82 : f32, !llvm.ptr
                  %v696 = arith.mulf %v638, %v197 fastmath<contract> : f32
                  %v697 = llvm.call_intrinsic "llvm.roundeven.f32"(%v696) : (f32) -> f32
                  %v698 = arith.mulf %v697, %v200 fastmath<contract> : f32
                  %v699 = arith.subf %v638, %v698 fastmath<contract> : f32
                  %v700 = arith.mulf %v697, %v201 fastmath<contract> : f32
                  %v701 = arith.subf %v699, %v700 fastmath<contract> : f32
                  %v702 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v701) : (f32) -> f32
                  %v703 = arith.mulf %v702, %v650 fastmath<contract> : f32
                  %v704 = arith.negf %v660 : f32
                  %v705 = arith.mulf %v703, %v704 fastmath<contract> : f32
                  %v706 = llvm.load %v64 : !llvm.ptr -> f32
                  %v707 = llvm.load %v69 : !llvm.ptr -> f32
                  %v708 = arith.mulf %v707, %v706 fastmath<contract> : f32
                  %v709 = arith.addf %v705, %v708 fastmath<contract> : f32
                  llvm.store %v709, %v64 : f32, !llvm.ptr
                  %v710 = llvm.load %v83 : !llvm.ptr -> f32
                  %v711 = arith.mulf %v710, %v707 fastmath<contract> : f32
                  llvm.store %v711, %v83 : f32, !llvm.ptr
                  %v712 = arith.mulf %v673, %v197 fastmath<contract> : f32
                  %v713 = llvm.call_intrinsic "llvm.roundeven.f32"(%v712) : (f32) -> f32
                  %v714 = arith.mulf %v713, %v200 fastmath<contract> : f32
                  %v715 = arith.subf %v673, %v714 fastmath<contract> : f32
                  %v716 = arith.mulf %v713, %v201 fastmath<contract> : f32
                  %v717 = arith.subf %v715, %v716 fastmath<contract> : f32
                  %v718 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v717) : (f32) -> f32
                  %v719 = arith.mulf %v718, %v687 fastmath<contract> : f32
                  %v720 = arith.mulf %v719, %v704 fastmath<contract> : f32
                  %v721 = llvm.load %v65 : !llvm.ptr -> f32
                  %v722 = llvm.load %v70 : !llvm.ptr -> f32
                  %v723 = arith.mulf %v722, %v721 fastmath<contract> : f32
                  %v724 = arith.addf %v720, %v723 fastmath<contract> : f32
                  llvm.store %v724, %v65 : f32, !llvm.ptr
                  %v725 = llvm.load %v84 : !llvm.ptr -> f32
                  %v726 = arith.mulf %v725, %v722 fastmath<contract> : f32
                  llvm.store %v726, %v84 : f32, !llvm.ptr
                  %v727 = llvm.load %v66 : !llvm.ptr -> f32
                  %v728 = llvm.load %v71 : !llvm.ptr -> f32
                  %v729 = arith.mulf %v728, %v727 fastmath<contract> : f32
                  %v730 = arith.addf %v79, %v729 fastmath<contract> : f32
                  llvm.store %v730, %v66 : f32, !llvm.ptr
                  %v731 = llvm.load %v85 : !llvm.ptr -> f32
                  %v732 = arith.mulf %v731, %v728 fastmath<contract> : f32
                  llvm.store %v732, %v85 : f32, !llvm.ptr
                  scf.if %v632 {
                  }
                  %v733 = arith.muli %v54, %v2 : i64
                  %v734 = llvm.getelementptr %in_gamma[%v733] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v735 = llvm.load %v734 : !llvm.ptr -> f32
                  llvm.store %v735, %v67 : f32, !llvm.ptr
                  llvm.store %v735, %v68 : f32, !llvm.ptr
                  llvm.store %v735, %v69 : f32, !llvm.ptr
                  llvm.store %v735, %v70 : f32, !llvm.ptr
                  llvm.store %v80, %v71 : f32, !llvm.ptr
                }
                %v736 = arith.addi %v174, %v300 : i64
                %v737 = arith.cmpi slt, %v302, %v624 : i32
                %v738 = arith.cmpi eq, %v302, %v629 : i32
                scf.if %v737 {
                  %v739 = arith.addi %v104, %v736 : i64
                  %v740 = arith.sitofp %v739 : i64 to f32
                  %v741 = arith.muli %v42, %v2 : i64
                  %v742 = llvm.getelementptr %in_theta[%v741] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v743 = llvm.load %v742 : !llvm.ptr -> f32
                  %v744 = arith.mulf %v740, %v743 fastmath<contract> : f32
                  %v745 = arith.mulf %v744, %v197 fastmath<contract> : f32
                  %v746 = llvm.call_intrinsic "llvm.roundeven.f32"(%v745) : (f32) -> f32
                  %v747 = arith.mulf %v746, %v200 fastmath<contract> : f32
                  %v748 = arith.subf %v744, %v747 fastmath<contract> : f32
                  %v749 = arith.mulf %v746, %v201 fastmath<contract> : f32
                  %v750 = arith.subf %v748, %v749 fastmath<contract> : f32
                  %v751 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v750) : (f32) -> f32
                  %v752 = arith.muli %v42, %v134 : i64
                  %v753 = arith.subi %v739, %v104 : i64
                  %v754 = arith.addi %v752, %v753 : i64
                  %v755 = llvm.getelementptr %v76[%v754] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v756 = llvm.load %v755 : !llvm.ptr -> f32
                  %v757 = arith.mulf %v751, %v756 fastmath<contract> : f32
                  %v758 = arith.muli %v56, %v215 : i64
                  %v759 = arith.muli %v739, %v214 : i64
                  %v760 = arith.addi %v758, %v759 : i64
                  %v761 = arith.muli %v54, %v213 : i64
                  %v762 = arith.addi %v760, %v761 : i64
                  %v763 = arith.muli %v52, %v2 : i64
                  %v764 = arith.addi %v762, %v763 : i64
                  %v765 = llvm.getelementptr %dy_o[%v764] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v766 = llvm.load %v765 : !llvm.ptr -> f32
                  %v767 = arith.mulf %v757, %v766 fastmath<contract> : f32
                  %v768 = llvm.load %v62 : !llvm.ptr -> f32
                  %v769 = llvm.load %v67 : !llvm.ptr -> f32
                  %v770 = arith.mulf %v769, %v768 fastmath<contract> : f32
                  %v771 = arith.addf %v767, %v770 fastmath<contract> : f32
                  llvm.store %v771, %v62 : f32, !llvm.ptr
                  %v772 = llvm.load %v81 : !llvm.ptr -> f32
                  %v773 = arith.mulf %v772, %v769 fastmath<contract> : f32
                  llvm.store %v773, %v81 : f32, !llvm.ptr
                  %v774 = arith.constant 8 : i64
                  %v775 = arith.addi %v774, %v42 : i64
                  %v776 = arith.muli %v775, %v2 : i64
                  %v777 = llvm.getelementptr %in_theta[%v776] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v778 = llvm.load %v777 : !llvm.ptr -> f32
                  %v779 = arith.mulf %v740, %v778 fastmath<contract> : f32
                  %v780 = arith.mulf %v779, %v197 fastmath<contract> : f32
                  %v781 = llvm.call_intrinsic "llvm.roundeven.f32"(%v780) : (f32) -> f32
                  %v782 = arith.mulf %v781, %v200 fastmath<contract> : f32
                  %v783 = arith.subf %v779, %v782 fastmath<contract> : f32
                  %v784 = arith.mulf %v781, %v201 fastmath<contract> : f32
                  %v785 = arith.subf %v783, %v784 fastmath<contract> : f32
                  %v786 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v785) : (f32) -> f32
                  %v787 = arith.constant 8 : i64
                  %v788 = arith.addi %v787, %v42 : i64
                  %v789 = arith.muli %v788, %v134 : i64
                  %v790 = arith.subi %v739, %v104 : i64
                  %v791 = arith.addi %v789, %v790 : i64
                  %v792 = llvm.getelementptr %v76[%v791] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v793 = llvm.load %v792 : !llvm.ptr -> f32
                  %v794 = arith.mulf %v786, %v793 fastmath<contract> : f32
                  %v795 = arith.mulf %v794, %v766 fastmath<contract> : f32
                  %v796 = llvm.load %v63 : !llvm.ptr -> f32
                  %v797 = llvm.load %v68 : !llvm.ptr -> f32
                  %v798 = arith.mulf %v797, %v796 fastmath<contract> : f32
                  %v799 = arith.addf %v795, %v798 fastmath<contract> : f32
                  llvm.store %v799, %v63 : f32, !llvm.ptr
                  %v800 = llvm.load %v82 : !llvm.ptr -> f32
                  %v801 = arith.mulf %v800, %v797 fastmath<contract> : f32
                  llvm.store %v801, %v82 : f32, !llvm.ptr
                  %v802 = arith.mulf %v744, %v197 fastmath<contract> : f32
                  %v803 = llvm.call_intrinsic "llvm.roundeven.f32"(%v802) : (f32) -> f32
                  %v804 = arith.mulf %v803, %v200 fastmath<contract> : f32
                  %v805 = arith.subf %v744, %v804 fastmath<contract> : f32
                  %v806 = arith.mulf %v803, %v201 fastmath<contract> : f32
                  %v807 = arith.subf %v805, %v806 fastmath<contract> : f32
                  %v808 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v807) : (f32) -> f32
                  %v809 = arith.mulf %v808, %v756 fastmath<contract> : f32
                  %v810 = arith.negf %v766 : f32
                  %v811 = arith.mulf %v809, %v810 fastmath<contract> : f32
                  %v812 = llvm.load %v64 : !llvm.ptr -> f32
                  %v813 = llvm.load %v69 : !llvm.ptr -> f32
                  %v814 = arith.mulf %v813, %v812 fastmath<contract> : f32
                  %v815 = arith.addf %v811, %v814 fastmath<contract> : f32
                  llvm.store %v815, %v64 : f32, !llvm.ptr
                  %v816 = llvm.load %v83 : !llvm.ptr -> f32
                  %v817 = arith.mulf %v816, %v813 fastmath<contract> : f32
                  llvm.store %v817, %v83 : f32, !llvm.ptr
                  %v818 = arith.mulf %v779, %v197 fastmath<contract> : f32
                  %v819 = llvm.call_intrinsic "llvm.roundeven.f32"(%v818) : (f32) -> f32
                  %v820 = arith.mulf %v819, %v200 fastmath<contract> : f32
                  %v821 = arith.subf %v779, %v820 fastmath<contract> : f32
                  %v822 = arith.mulf %v819, %v201 fastmath<contract> : f32
                  %v823 = arith.subf %v821, %v822 fastmath<contract> : f32
                  %v824 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v823) : (f32) -> f32
                  %v825 = arith.mulf %v824, %v793 fastmath<contract> : f32
                  %v826 = arith.mulf %v825, %v810 fastmath<contract> : f32
                  %v827 = llvm.load %v65 : !llvm.ptr -> f32
                  %v828 = llvm.load %v70 : !llvm.ptr -> f32
                  %v829 = arith.mulf %v828, %v827 fastmath<contract> : f32
                  %v830 = arith.addf %v826, %v829 fastmath<contract> : f32
                  llvm.store %v830, %v65 : f32, !llvm.ptr
                  %v831 = llvm.load %v84 : !llvm.ptr -> f32
                  %v832 = arith.mulf %v831, %v828 fastmath<contract> : f32
                  llvm.store %v832, %v84 : f32, !llvm.ptr
                  %v833 = llvm.load %v66 : !llvm.ptr -> f32
                  %v834 = llvm.load %v71 : !llvm.ptr -> f32
                  %v835 = arith.mulf %v834, %v833 fastmath<contract> : f32
                  %v836 = arith.addf %v79, %v835 fastmath<contract> : f32
                  llvm.store %v836, %v66 : f32, !llvm.ptr
                  %v837 = llvm.load %v85 : !llvm.ptr -> f32
                  %v838 = arith.mulf %v837, %v834 fastmath<contract> : f32
                  llvm.store %v838, %v85 : f32, !llvm.ptr
                  scf.if %v738 {
                  }
                  %v839 = arith.muli %v54, %v2 : i64
                  %v840 = llvm.getelementptr %in_gamma[%v839] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v841 = llvm.load %v840 : !llvm.ptr -> f32
                  llvm.store %v841, %v67 : f32, !llvm.ptr
                  llvm.store %v841, %v68 : f32, !llvm.ptr
                  llvm.store %v841, %v69 : f32, !llvm.ptr
                  llvm.store %v841, %v70 : f32, !llvm.ptr
                  llvm.store %v80, %v71 : f32, !llvm.ptr
                }
                %v842 = arith.addi %v174, %v2 : i64
                %v843 = arith.cmpi slt, %v409, %v624 : i32
                %v844 = arith.cmpi eq, %v409, %v629 : i32
                scf.if %v843 {
                  %v845 = arith.addi %v104, %v842 : i64
                  %v846 = arith.sitofp %v845 : i64 to f32
                  %v847 = arith.muli %v42, %v2 : i64
                  %v848 = llvm.getelementptr %in_theta[%v847] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v849 = llvm.load %v848 : !llvm.ptr -> f32
                  %v850 = arith.mulf %v846, %v849 fastmath<contract> : f32
                  %v851 = arith.mulf %v850, %v197 fastmath<contract> : f32
                  %v852 = llvm.call_intrinsic "llvm.roundeven.f32"(%v851) : (f32) -> f32
                  %v853 = arith.mulf %v852, %v200 fastmath<contract> : f32
                  %v854 = arith.subf %v850, %v853 fastmath<contract> : f32
                  %v855 = arith.mulf %v852, %v201 fastmath<contract> : f32
                  %v856 = arith.subf %v854, %v855 fastmath<contract> : f32
                  %v857 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v856) : (f32) -> f32
                  %v858 = arith.muli %v42, %v134 : i64
                  %v859 = arith.subi %v845, %v104 : i64
                  %v860 = arith.addi %v858, %v859 : i64
                  %v861 = llvm.getelementptr %v76[%v860] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v862 = llvm.load %v861 : !llvm.ptr -> f32
                  %v863 = arith.mulf %v857, %v862 fastmath<contract> : f32
                  %v864 = arith.muli %v56, %v215 : i64
                  %v865 = arith.muli %v845, %v214 : i64
                  %v866 = arith.addi %v864, %v865 : i64
                  %v867 = arith.muli %v54, %v213 : i64
                  %v868 = arith.addi %v866, %v867 : i64
                  %v869 = arith.muli %v52, %v2 : i64
                  %v870 = arith.addi %v868, %v869 : i64
                  %v871 = llvm.getelementptr %dy_o[%v870] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v872 = llvm.load %v871 : !llvm.ptr -> f32
                  %v873 = arith.mulf %v863, %v872 fastmath<contract> : f32
                  %v874 = llvm.load %v62 : !llvm.ptr -> f32
                  %v875 = llvm.load %v67 : !llvm.ptr -> f32
                  %v876 = arith.mulf %v875, %v874 fastmath<contract> : f32
                  %v877 = arith.addf %v873, %v876 fastmath<contract> : f32
                  llvm.store %v877, %v62 : f32, !llvm.ptr
                  %v878 = llvm.load %v81 : !llvm.ptr -> f32
                  %v879 = arith.mulf %v878, %v875 fastmath<contract> : f32
                  llvm.store %v879, %v81 : f32, !llvm.ptr
                  %v880 = arith.constant 8 : i64
                  %v881 = arith.addi %v880, %v42 : i64
                  %v882 = arith.muli %v881, %v2 : i64
                  %v883 = llvm.getelementptr %in_theta[%v882] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v884 = llvm.load %v883 : !llvm.ptr -> f32
                  %v885 = arith.mulf %v846, %v884 fastmath<contract> : f32
                  %v886 = arith.mulf %v885, %v197 fastmath<contract> : f32
                  %v887 = llvm.call_intrinsic "llvm.roundeven.f32"(%v886) : (f32) -> f32
                  %v888 = arith.mulf %v887, %v200 fastmath<contract> : f32
                  %v889 = arith.subf %v885, %v888 fastmath<contract> : f32
                  %v890 = arith.mulf %v887, %v201 fastmath<contract> : f32
                  %v891 = arith.subf %v889, %v890 fastmath<contract> : f32
                  %v892 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v891) : (f32) -> f32
                  %v893 = arith.constant 8 : i64
                  %v894 = arith.addi %v893, %v42 : i64
                  %v895 = arith.muli %v894, %v134 : i64
                  %v896 = arith.subi %v845, %v104 : i64
                  %v897 = arith.addi %v895, %v896 : i64
                  %v898 = llvm.getelementptr %v76[%v897] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v899 = llvm.load %v898 : !llvm.ptr -> f32
                  %v900 = arith.mulf %v892, %v899 fastmath<contract> : f32
                  %v901 = arith.mulf %v900, %v872 fastmath<contract> : f32
                  %v902 = llvm.load %v63 : !llvm.ptr -> f32
                  %v903 = llvm.load %v68 : !llvm.ptr -> f32
                  %v904 = arith.mulf %v903, %v902 fastmath<contract> : f32
                  %v905 = arith.addf %v901, %v904 fastmath<contract> : f32
                  llvm.store %v905, %v63 : f32, !llvm.ptr
                  %v906 = llvm.load %v82 : !llvm.ptr -> f32
                  %v907 = arith.mulf %v906, %v903 fastmath<contract> : f32
                  llvm.store %v907, %v82 : f32, !llvm.ptr
                  %v908 = arith.mulf %v850, %v197 fastmath<contract> : f32
                  %v909 = llvm.call_intrinsic "llvm.roundeven.f32"(%v908) : (f32) -> f32
                  %v910 = arith.mulf %v909, %v200 fastmath<contract> : f32
                  %v911 = arith.subf %v850, %v910 fastmath<contract> : f32
                  %v912 = arith.mulf %v909, %v201 fastmath<contract> : f32
                  %v913 = arith.subf %v911, %v912 fastmath<contract> : f32
                  %v914 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v913) : (f32) -> f32
                  %v915 = arith.mulf %v914, %v862 fastmath<contract> : f32
                  %v916 = arith.negf %v872 : f32
                  %v917 = arith.mulf %v915, %v916 fastmath<contract> : f32
                  %v918 = llvm.load %v64 : !llvm.ptr -> f32
                  %v919 = llvm.load %v69 : !llvm.ptr -> f32
                  %v920 = arith.mulf %v919, %v918 fastmath<contract> : f32
                  %v921 = arith.addf %v917, %v920 fastmath<contract> : f32
                  llvm.store %v921, %v64 : f32, !llvm.ptr
                  %v922 = llvm.load %v83 : !llvm.ptr -> f32
                  %v923 = arith.mulf %v922, %v919 fastmath<contract> : f32
                  llvm.store %v923, %v83 : f32, !llvm.ptr
                  %v924 = arith.mulf %v885, %v197 fastmath<contract> : f32
                  %v925 = llvm.call_intrinsic "llvm.roundeven.f32"(%v924) : (f32) -> f32
                  %v926 = arith.mulf %v925, %v200 fastmath<contract> : f32
                  %v927 = arith.subf %v885, %v926 fastmath<contract> : f32
                  %v928 = arith.mulf %v925, %v201 fastmath<contract> : f32
                  %v929 = arith.subf %v927, %v928 fastmath<contract> : f32
                  %v930 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v929) : (f32) -> f32
                  %v931 = arith.mulf %v930, %v899 fastmath<contract> : f32
                  %v932 = arith.mulf %v931, %v916 fastmath<contract> : f32
                  %v933 = llvm.load %v65 : !llvm.ptr -> f32
                  %v934 = llvm.load %v70 : !llvm.ptr -> f32
                  %v935 = arith.mulf %v934, %v933 fastmath<contract> : f32
                  %v936 = arith.addf %v932, %v935 fastmath<contract> : f32
                  llvm.store %v936, %v65 : f32, !llvm.ptr
                  %v937 = llvm.load %v84 : !llvm.ptr -> f32
                  %v938 = arith.mulf %v937, %v934 fastmath<contract> : f32
                  llvm.store %v938, %v84 : f32, !llvm.ptr
                  %v939 = llvm.load %v66 : !llvm.ptr -> f32
                  %v940 = llvm.load %v71 : !llvm.ptr -> f32
                  %v941 = arith.mulf %v940, %v939 fastmath<contract> : f32
                  %v942 = arith.addf %v79, %v941 fastmath<contract> : f32
                  llvm.store %v942, %v66 : f32, !llvm.ptr
                  %v943 = llvm.load %v85 : !llvm.ptr -> f32
                  %v944 = arith.mulf %v943, %v940 fastmath<contract> : f32
                  llvm.store %v944, %v85 : f32, !llvm.ptr
                  scf.if %v844 {
                  }
                  %v945 = arith.muli %v54, %v2 : i64
                  %v946 = llvm.getelementptr %in_gamma[%v945] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v947 = llvm.load %v946 : !llvm.ptr -> f32
                  llvm.store %v947, %v67 : f32, !llvm.ptr
                  llvm.store %v947, %v68 : f32, !llvm.ptr
                  llvm.store %v947, %v69 : f32, !llvm.ptr
                  llvm.store %v947, %v70 : f32, !llvm.ptr
                  llvm.store %v80, %v71 : f32, !llvm.ptr
                }
                %v948 = arith.addi %v174, %v86 : i64
                %v949 = arith.cmpi slt, %v516, %v624 : i32
                %v950 = arith.cmpi eq, %v516, %v629 : i32
                scf.if %v949 {
                  %v951 = arith.addi %v104, %v948 : i64
                  %v952 = arith.sitofp %v951 : i64 to f32
                  %v953 = arith.muli %v42, %v2 : i64
                  %v954 = llvm.getelementptr %in_theta[%v953] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v955 = llvm.load %v954 : !llvm.ptr -> f32
                  %v956 = arith.mulf %v952, %v955 fastmath<contract> : f32
                  %v957 = arith.mulf %v956, %v197 fastmath<contract> : f32
                  %v958 = llvm.call_intrinsic "llvm.roundeven.f32"(%v957) : (f32) -> f32
                  %v959 = arith.mulf %v958, %v200 fastmath<contract> : f32
                  %v960 = arith.subf %v956, %v959 fastmath<contract> : f32
                  %v961 = arith.mulf %v958, %v201 fastmath<contract> : f32
                  %v962 = arith.subf %v960, %v961 fastmath<contract> : f32
                  %v963 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v962) : (f32) -> f32
                  %v964 = arith.muli %v42, %v134 : i64
                  %v965 = arith.subi %v951, %v104 : i64
                  %v966 = arith.addi %v964, %v965 : i64
                  %v967 = llvm.getelementptr %v76[%v966] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v968 = llvm.load %v967 : !llvm.ptr -> f32
                  %v969 = arith.mulf %v963, %v968 fastmath<contract> : f32
                  %v970 = arith.muli %v56, %v215 : i64
                  %v971 = arith.muli %v951, %v214 : i64
                  %v972 = arith.addi %v970, %v971 : i64
                  %v973 = arith.muli %v54, %v213 : i64
                  %v974 = arith.addi %v972, %v973 : i64
                  %v975 = arith.muli %v52, %v2 : i64
                  %v976 = arith.addi %v974, %v975 : i64
                  %v977 = llvm.getelementptr %dy_o[%v976] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v978 = llvm.load %v977 : !llvm.ptr -> f32
                  %v979 = arith.mulf %v969, %v978 fastmath<contract> : f32
                  %v980 = llvm.load %v62 : !llvm.ptr -> f32
                  %v981 = llvm.load %v67 : !llvm.ptr -> f32
                  %v982 = arith.mulf %v981, %v980 fastmath<contract> : f32
                  %v983 = arith.addf %v979, %v982 fastmath<contract> : f32
                  llvm.store %v983, %v62 : f32, !llvm.ptr
                  %v984 = llvm.load %v81 : !llvm.ptr -> f32
                  %v985 = arith.mulf %v984, %v981 fastmath<contract> : f32
                  llvm.store %v985, %v81 : f32, !llvm.ptr
                  %v986 = arith.constant 8 : i64
                  %v987 = arith.addi %v986, %v42 : i64
                  %v988 = arith.muli %v987, %v2 : i64
                  %v989 = llvm.getelementptr %in_theta[%v988] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v990 = llvm.load %v989 : !llvm.ptr -> f32
                  %v991 = arith.mulf %v952, %v990 fastmath<contract> : f32
                  %v992 = arith.mulf %v991, %v197 fastmath<contract> : f32
                  %v993 = llvm.call_intrinsic "llvm.roundeven.f32"(%v992) : (f32) -> f32
                  %v994 = arith.mulf %v993, %v200 fastmath<contract> : f32
                  %v995 = arith.subf %v991, %v994 fastmath<contract> : f32
                  %v996 = arith.mulf %v993, %v201 fastmath<contract> : f32
                  %v997 = arith.subf %v995, %v996 fastmath<contract> : f32
                  %v998 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v997) : (f32) -> f32
                  %v999 = arith.constant 8 : i64
                  %v1000 = arith.addi %v999, %v42 : i64
                  %v1001 = arith.muli %v1000, %v134 : i64
                  %v1002 = arith.subi %v951, %v104 : i64
                  %v1003 = arith.addi %v1001, %v1002 : i64
                  %v1004 = llvm.getelementptr %v76[%v1003] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1005 = llvm.load %v1004 : !llvm.ptr -> f32
                  %v1006 = arith.mulf %v998, %v1005 fastmath<contract> : f32
                  %v1007 = arith.mulf %v1006, %v978 fastmath<contract> : f32
                  %v1008 = llvm.load %v63 : !llvm.ptr -> f32
                  %v1009 = llvm.load %v68 : !llvm.ptr -> f32
                  %v1010 = arith.mulf %v1009, %v1008 fastmath<contract> : f32
                  %v1011 = arith.addf %v1007, %v1010 fastmath<contract> : f32
                  llvm.store %v1011, %v63 : f32, !llvm.ptr
                  %v1012 = llvm.load %v82 : !llvm.ptr -> f32
                  %v1013 = arith.mulf %v1012, %v1009 fastmath<contract> : f32
                  llvm.store %v1013, %v82 : f32, !llvm.ptr
                  %v1014 = arith.mulf %v956, %v197 fastmath<contract> : f32
                  %v1015 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1014) : (f32) -> f32
                  %v1016 = arith.mulf %v1015, %v200 fastmath<contract> : f32
                  %v1017 = arith.subf %v956, %v1016 fastmath<contract> : f32
                  %v1018 = arith.mulf %v1015, %v201 fastmath<contract> : f32
                  %v1019 = arith.subf %v1017, %v1018 fastmath<contract> : f32
                  %v1020 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v1019) : (f32) -> f32
                  %v1021 = arith.mulf %v1020, %v968 fastmath<contract> : f32
                  %v1022 = arith.negf %v978 : f32
                  %v1023 = arith.mulf %v1021, %v1022 fastmath<contract> : f32
                  %v1024 = llvm.load %v64 : !llvm.ptr -> f32
                  %v1025 = llvm.load %v69 : !llvm.ptr -> f32
                  %v1026 = arith.mulf %v1025, %v1024 fastmath<contract> : f32
                  %v1027 = arith.addf %v1023, %v1026 fastmath<contract> : f32
                  llvm.store %v1027, %v64 : f32, !llvm.ptr
                  %v1028 = llvm.load %v83 : !llvm.ptr -> f32
                  %v1029 = arith.mulf %v1028, %v1025 fastmath<contract> : f32
                  llvm.store %v1029, %v83 : f32, !llvm.ptr
                  %v1030 = arith.mulf %v991, %v197 fastmath<contract> : f32
                  %v1031 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1030) : (f32) -> f32
                  %v1032 = arith.mulf %v1031, %v200 fastmath<contract> : f32
                  %v1033 = arith.subf %v991, %v1032 fastmath<contract> : f32
                  %v1034 = arith.mulf %v1031, %v201 fastmath<contract> : f32
                  %v1035 = arith.subf %v1033, %v1034 fastmath<contract> : f32
                  %v1036 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v1035) : (f32) -> f32
                  %v1037 = arith.mulf %v1036, %v1005 fastmath<contract> : f32
                  %v1038 = arith.mulf %v1037, %v1022 fastmath<contract> : f32
                  %v1039 = llvm.load %v65 : !llvm.ptr -> f32
                  %v1040 = llvm.load %v70 : !llvm.ptr -> f32
                  %v1041 = arith.mulf %v1040, %v1039 fastmath<contract> : f32
                  %v1042 = arith.addf %v1038, %v1041 fastmath<contract> : f32
                  llvm.store %v1042, %v65 : f32, !llvm.ptr
                  %v1043 = llvm.load %v84 : !llvm.ptr -> f32
                  %v1044 = arith.mulf %v1043, %v1040 fastmath<contract> : f32
                  llvm.store %v1044, %v84 : f32, !llvm.ptr
                  %v1045 = llvm.load %v66 : !llvm.ptr -> f32
                  %v1046 = llvm.load %v71 : !llvm.ptr -> f32
                  %v1047 = arith.mulf %v1046, %v1045 fastmath<contract> : f32
                  %v1048 = arith.addf %v79, %v1047 fastmath<contract> : f32
                  llvm.store %v1048, %v66 : f32, !llvm.ptr
                  %v1049 = llvm.load %v85 : !llvm.ptr -> f32
                  %v1050 = arith.mulf %v1049, %v1046 fastmath<contract> : f32
                  llvm.store %v1050, %v85 : f32, !llvm.ptr
                  scf.if %v950 {
                  }
                  %v1051 = arith.muli %v54, %v2 : i64
                  %v1052 = llvm.getelementptr %in_gamma[%v1051] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1053 = llvm.load %v1052 : !llvm.ptr -> f32
                  llvm.store %v1053, %v67 : f32, !llvm.ptr
                  llvm.store %v1053, %v68 : f32, !llvm.ptr
                  llvm.store %v1053, %v69 : f32, !llvm.ptr
                  llvm.store %v1053, %v70 : f32, !llvm.ptr
                  llvm.store %v80, %v71 : f32, !llvm.ptr
                }
              }
            }
          }
        }
      }
      scf.if %v46 {
        %v1054 = llvm.load %v62 : !llvm.ptr -> f32
        %v1055 = arith.addi %v86, %v42 : i64
        %v1056 = arith.muli %v86, %v9 : i64
        %v1057 = arith.addi %v1056, %v37 : i64
        %v1058 = arith.muli %v1057, %v1 : i64
        %v1059 = arith.addi %v1058, %v1055 : i64
        %v1060 = arith.muli %v1059, %v5 : i64
        %v1061 = arith.subi %v5, %v2 : i64
        %v1062 = arith.minsi %v48, %v1061 : i64
        %v1063 = arith.addi %v1060, %v1062 : i64
        %v1064 = llvm.getelementptr %segsum_S_re[%v1063] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1054, %v1064 : f32, !llvm.ptr
        %v1065 = llvm.load %v81 : !llvm.ptr -> f32
        %v1066 = arith.addi %v86, %v42 : i64
        %v1067 = arith.muli %v2, %v9 : i64
        %v1068 = arith.addi %v1067, %v37 : i64
        %v1069 = arith.muli %v1068, %v1 : i64
        %v1070 = arith.addi %v1069, %v1066 : i64
        %v1071 = arith.muli %v1070, %v5 : i64
        %v1072 = arith.subi %v5, %v2 : i64
        %v1073 = arith.minsi %v48, %v1072 : i64
        %v1074 = arith.addi %v1071, %v1073 : i64
        %v1075 = llvm.getelementptr %segsum_S_re[%v1074] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1065, %v1075 : f32, !llvm.ptr
        %v1076 = llvm.load %v67 : !llvm.ptr -> f32
        %v1077 = arith.addi %v86, %v42 : i64
        %v1078 = arith.muli %v300, %v9 : i64
        %v1079 = arith.addi %v1078, %v37 : i64
        %v1080 = arith.muli %v1079, %v1 : i64
        %v1081 = arith.addi %v1080, %v1077 : i64
        %v1082 = arith.muli %v1081, %v5 : i64
        %v1083 = arith.subi %v5, %v2 : i64
        %v1084 = arith.minsi %v48, %v1083 : i64
        %v1085 = arith.addi %v1082, %v1084 : i64
        %v1086 = llvm.getelementptr %segsum_S_re[%v1085] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1076, %v1086 : f32, !llvm.ptr
        %v1087 = llvm.load %v63 : !llvm.ptr -> f32
        %v1088 = arith.addi %v41, %v42 : i64
        %v1089 = arith.muli %v86, %v9 : i64
        %v1090 = arith.addi %v1089, %v37 : i64
        %v1091 = arith.muli %v1090, %v1 : i64
        %v1092 = arith.addi %v1091, %v1088 : i64
        %v1093 = arith.muli %v1092, %v5 : i64
        %v1094 = arith.subi %v5, %v2 : i64
        %v1095 = arith.minsi %v48, %v1094 : i64
        %v1096 = arith.addi %v1093, %v1095 : i64
        %v1097 = llvm.getelementptr %segsum_S_re[%v1096] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1087, %v1097 : f32, !llvm.ptr
        %v1098 = llvm.load %v82 : !llvm.ptr -> f32
        %v1099 = arith.addi %v41, %v42 : i64
        %v1100 = arith.muli %v2, %v9 : i64
        %v1101 = arith.addi %v1100, %v37 : i64
        %v1102 = arith.muli %v1101, %v1 : i64
        %v1103 = arith.addi %v1102, %v1099 : i64
        %v1104 = arith.muli %v1103, %v5 : i64
        %v1105 = arith.subi %v5, %v2 : i64
        %v1106 = arith.minsi %v48, %v1105 : i64
        %v1107 = arith.addi %v1104, %v1106 : i64
        %v1108 = llvm.getelementptr %segsum_S_re[%v1107] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1098, %v1108 : f32, !llvm.ptr
        %v1109 = llvm.load %v68 : !llvm.ptr -> f32
        %v1110 = arith.addi %v41, %v42 : i64
        %v1111 = arith.muli %v300, %v9 : i64
        %v1112 = arith.addi %v1111, %v37 : i64
        %v1113 = arith.muli %v1112, %v1 : i64
        %v1114 = arith.addi %v1113, %v1110 : i64
        %v1115 = arith.muli %v1114, %v5 : i64
        %v1116 = arith.subi %v5, %v2 : i64
        %v1117 = arith.minsi %v48, %v1116 : i64
        %v1118 = arith.addi %v1115, %v1117 : i64
        %v1119 = llvm.getelementptr %segsum_S_re[%v1118] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1109, %v1119 : f32, !llvm.ptr
        %v1120 = llvm.load %v64 : !llvm.ptr -> f32
        %v1121 = arith.addi %v86, %v42 : i64
        %v1122 = arith.muli %v86, %v9 : i64
        %v1123 = arith.addi %v1122, %v37 : i64
        %v1124 = arith.muli %v1123, %v1 : i64
        %v1125 = arith.addi %v1124, %v1121 : i64
        %v1126 = arith.muli %v1125, %v5 : i64
        %v1127 = arith.subi %v5, %v2 : i64
        %v1128 = arith.minsi %v48, %v1127 : i64
        %v1129 = arith.addi %v1126, %v1128 : i64
        %v1130 = llvm.getelementptr %segsum_S_im[%v1129] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1120, %v1130 : f32, !llvm.ptr
        %v1131 = llvm.load %v83 : !llvm.ptr -> f32
        %v1132 = arith.addi %v86, %v42 : i64
        %v1133 = arith.muli %v2, %v9 : i64
        %v1134 = arith.addi %v1133, %v37 : i64
        %v1135 = arith.muli %v1134, %v1 : i64
        %v1136 = arith.addi %v1135, %v1132 : i64
        %v1137 = arith.muli %v1136, %v5 : i64
        %v1138 = arith.subi %v5, %v2 : i64
        %v1139 = arith.minsi %v48, %v1138 : i64
        %v1140 = arith.addi %v1137, %v1139 : i64
        %v1141 = llvm.getelementptr %segsum_S_im[%v1140] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1131, %v1141 : f32, !llvm.ptr
        %v1142 = llvm.load %v69 : !llvm.ptr -> f32
        %v1143 = arith.addi %v86, %v42 : i64
        %v1144 = arith.muli %v300, %v9 : i64
        %v1145 = arith.addi %v1144, %v37 : i64
        %v1146 = arith.muli %v1145, %v1 : i64
        %v1147 = arith.addi %v1146, %v1143 : i64
        %v1148 = arith.muli %v1147, %v5 : i64
        %v1149 = arith.subi %v5, %v2 : i64
        %v1150 = arith.minsi %v48, %v1149 : i64
        %v1151 = arith.addi %v1148, %v1150 : i64
        %v1152 = llvm.getelementptr %segsum_S_im[%v1151] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1142, %v1152 : f32, !llvm.ptr
        %v1153 = llvm.load %v65 : !llvm.ptr -> f32
        %v1154 = arith.addi %v41, %v42 : i64
        %v1155 = arith.muli %v86, %v9 : i64
        %v1156 = arith.addi %v1155, %v37 : i64
        %v1157 = arith.muli %v1156, %v1 : i64
        %v1158 = arith.addi %v1157, %v1154 : i64
        %v1159 = arith.muli %v1158, %v5 : i64
        %v1160 = arith.subi %v5, %v2 : i64
        %v1161 = arith.minsi %v48, %v1160 : i64
        %v1162 = arith.addi %v1159, %v1161 : i64
        %v1163 = llvm.getelementptr %segsum_S_im[%v1162] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1153, %v1163 : f32, !llvm.ptr
        %v1164 = llvm.load %v84 : !llvm.ptr -> f32
        %v1165 = arith.addi %v41, %v42 : i64
        %v1166 = arith.muli %v2, %v9 : i64
        %v1167 = arith.addi %v1166, %v37 : i64
        %v1168 = arith.muli %v1167, %v1 : i64
        %v1169 = arith.addi %v1168, %v1165 : i64
        %v1170 = arith.muli %v1169, %v5 : i64
        %v1171 = arith.subi %v5, %v2 : i64
        %v1172 = arith.minsi %v48, %v1171 : i64
        %v1173 = arith.addi %v1170, %v1172 : i64
        %v1174 = llvm.getelementptr %segsum_S_im[%v1173] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1164, %v1174 : f32, !llvm.ptr
        %v1175 = llvm.load %v70 : !llvm.ptr -> f32
        %v1176 = arith.addi %v41, %v42 : i64
        %v1177 = arith.muli %v300, %v9 : i64
        %v1178 = arith.addi %v1177, %v37 : i64
        %v1179 = arith.muli %v1178, %v1 : i64
        %v1180 = arith.addi %v1179, %v1176 : i64
        %v1181 = arith.muli %v1180, %v5 : i64
        %v1182 = arith.subi %v5, %v2 : i64
        %v1183 = arith.minsi %v48, %v1182 : i64
        %v1184 = arith.addi %v1181, %v1183 : i64
        %v1185 = llvm.getelementptr %segsum_S_im[%v1184] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1175, %v1185 : f32, !llvm.ptr
        %v1186 = llvm.load %v66 : !llvm.ptr -> f32
        %v1187 = arith.muli %v86, %v9 : i64
        %v1188 = arith.addi %v1187, %v37 : i64
        %v1189 = arith.muli %v1188, %v2 : i64
        %v1190 = arith.addi %v1189, %v86 : i64
        %v1191 = arith.muli %v1190, %v5 : i64
        %v1192 = arith.subi %v5, %v2 : i64
        %v1193 = arith.minsi %v48, %v1192 : i64
        %v1194 = arith.addi %v1191, %v1193 : i64
        %v1195 = llvm.getelementptr %segsum_t_pos[%v1194] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1186, %v1195 : f32, !llvm.ptr
        %v1196 = llvm.load %v85 : !llvm.ptr -> f32
        %v1197 = arith.muli %v2, %v9 : i64
        %v1198 = arith.addi %v1197, %v37 : i64
        %v1199 = arith.muli %v1198, %v2 : i64
        %v1200 = arith.addi %v1199, %v86 : i64
        %v1201 = arith.muli %v1200, %v5 : i64
        %v1202 = arith.subi %v5, %v2 : i64
        %v1203 = arith.minsi %v48, %v1202 : i64
        %v1204 = arith.addi %v1201, %v1203 : i64
        %v1205 = llvm.getelementptr %segsum_t_pos[%v1204] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1196, %v1205 : f32, !llvm.ptr
        %v1206 = llvm.load %v71 : !llvm.ptr -> f32
        %v1207 = arith.muli %v300, %v9 : i64
        %v1208 = arith.addi %v1207, %v37 : i64
        %v1209 = arith.muli %v1208, %v2 : i64
        %v1210 = arith.addi %v1209, %v86 : i64
        %v1211 = arith.muli %v1210, %v5 : i64
        %v1212 = arith.subi %v5, %v2 : i64
        %v1213 = arith.minsi %v48, %v1212 : i64
        %v1214 = arith.addi %v1211, %v1213 : i64
        %v1215 = llvm.getelementptr %segsum_t_pos[%v1214] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1206, %v1215 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
