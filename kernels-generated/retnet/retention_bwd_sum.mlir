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
      %v24 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v25 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v26 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v27 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v28 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v29 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v30 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v31 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v32 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v33 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v34 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v35 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v40 = arith.constant 64 : i64
      %v41 = arith.constant 63 : i64
      %v52 = arith.constant 4 : i64
      %v72 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v73 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v74 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v75 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v76 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v77 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v78 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v79 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v80 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v81 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v82 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v83 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v84 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v85 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v86 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v87 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v88 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v89 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v90 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v91 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v92 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v93 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v94 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v95 = llvm.mlir.addressof @rows_retention_bwd_sum_q : !llvm.ptr<3>
      %v96 = llvm.addrspacecast %v95 : !llvm.ptr<3> to !llvm.ptr
      %v97 = llvm.mlir.addressof @rows_retention_bwd_sum_k : !llvm.ptr<3>
      %v98 = llvm.addrspacecast %v97 : !llvm.ptr<3> to !llvm.ptr
      %v99 = arith.constant 0x00000000 : f32
      %v100 = arith.constant 0x3F800000 : f32
      %v101 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v102 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v103 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v104 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v105 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v106 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v107 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v108 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v109 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v110 = arith.constant 0 : i64
      %v112 = arith.constant 2 : i64
      %v116 = arith.constant 32 : i64
      %v133 = arith.constant 1024 : i64
      %v145 = arith.muli %v1, %size_H : i64
      %v146 = arith.muli %v145, %size_L : i64
      %v155 = arith.constant 65 : i64
      %v204 = arith.constant 2147483647 : i64
      %v208 = arith.constant 1 : i32
      %v216 = arith.constant 0x3E22F983 : f32
      %v219 = arith.constant 0x40C90000 : f32
      %v220 = arith.constant 0x3AFDAA22 : f32
      %v232 = arith.muli %size_DV, %size_H : i64
      %v233 = arith.muli %v232, %size_L : i64
      %v399 = arith.constant 0 : i32
      %v974 = arith.constant 8 : i64
      %v1005 = arith.constant 12 : i64
      %v36 = gpu.block_id x
      %v37 = gpu.thread_id x
      %v38 = arith.index_cast %v37 : index to i64
      %v39 = arith.index_cast %v36 : index to i64
      %v42 = arith.addi %size_DV, %v41 : i64
      %v43 = arith.divui %v42, %v40 : i64
      %v44 = arith.maxsi %v43, %v2 : i64
      %v45 = arith.maxsi %size_DV, %v2 : i64
      %v46 = arith.divui %v4, %v45 : i64
      %v47 = arith.muli %v46, %v44 : i64
      %v48 = arith.divui %v39, %v47 : i64
      %v49 = arith.remui %v39, %v47 : i64
      %v50 = arith.divui %v49, %v44 : i64
      %v51 = arith.remui %v49, %v44 : i64
      %v53 = arith.remui %v38, %v52 : i64
      %v54 = arith.divui %v38, %v52 : i64
      %v55 = arith.muli %v51, %v40 : i64
      %v56 = arith.addi %v55, %v54 : i64
      %v57 = arith.cmpi slt, %v56, %size_DV : i64
      %v58 = arith.muli %v50, %size_DV : i64
      %v59 = arith.addi %v58, %v56 : i64
      %v60 = arith.subi %size_DV, %v2 : i64
      %v61 = arith.minsi %v56, %v60 : i64
      %v62 = arith.addi %v58, %v61 : i64
      %v63 = arith.remui %v62, %size_DV : i64
      %v64 = arith.divui %v62, %size_DV : i64
      %v65 = arith.remui %v64, %size_H : i64
      %v66 = arith.divui %v64, %size_H : i64
      %v67 = arith.remui %v66, %size_B : i64
      %v68 = arith.divui %v66, %size_B : i64
      %v213 = llvm.getelementptr %in_theta[%v53] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v214 = llvm.load %v213 : !llvm.ptr -> f32
      %v249 = arith.constant 4 : i64
      %v250 = arith.addi %v249, %v53 : i64
      %v251 = llvm.getelementptr %in_theta[%v250] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v252 = llvm.load %v251 : !llvm.ptr -> f32
      %v276 = arith.constant 8 : i64
      %v277 = arith.addi %v276, %v53 : i64
      %v278 = llvm.getelementptr %in_theta[%v277] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v279 = llvm.load %v278 : !llvm.ptr -> f32
      %v303 = arith.constant 12 : i64
      %v304 = arith.addi %v303, %v53 : i64
      %v305 = llvm.getelementptr %in_theta[%v304] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v306 = llvm.load %v305 : !llvm.ptr -> f32
      %v397 = llvm.getelementptr %in_gamma[%v65] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v398 = llvm.load %v397 : !llvm.ptr -> f32
      %v69 = arith.muli %v48, %v52 : i64
      %v70 = arith.addi %v69, %v52 : i64
      %v71 = arith.muli %v48, %v4 : i64
      llvm.store %v99, %v72 : f32, !llvm.ptr
      llvm.store %v99, %v73 : f32, !llvm.ptr
      llvm.store %v99, %v74 : f32, !llvm.ptr
      llvm.store %v99, %v75 : f32, !llvm.ptr
      llvm.store %v99, %v76 : f32, !llvm.ptr
      llvm.store %v99, %v77 : f32, !llvm.ptr
      llvm.store %v99, %v78 : f32, !llvm.ptr
      llvm.store %v99, %v79 : f32, !llvm.ptr
      llvm.store %v99, %v80 : f32, !llvm.ptr
      llvm.store %v100, %v81 : f32, !llvm.ptr
      llvm.store %v100, %v82 : f32, !llvm.ptr
      llvm.store %v100, %v83 : f32, !llvm.ptr
      llvm.store %v100, %v84 : f32, !llvm.ptr
      llvm.store %v100, %v85 : f32, !llvm.ptr
      llvm.store %v100, %v86 : f32, !llvm.ptr
      llvm.store %v100, %v87 : f32, !llvm.ptr
      llvm.store %v100, %v88 : f32, !llvm.ptr
      llvm.store %v100, %v89 : f32, !llvm.ptr
      llvm.store %v99, %v90 : f32, !llvm.ptr
      llvm.store %v99, %v91 : f32, !llvm.ptr
      llvm.store %v99, %v92 : f32, !llvm.ptr
      llvm.store %v99, %v93 : f32, !llvm.ptr
      llvm.store %v99, %v94 : f32, !llvm.ptr
      llvm.store %v100, %v101 : f32, !llvm.ptr
      llvm.store %v100, %v102 : f32, !llvm.ptr
      llvm.store %v100, %v103 : f32, !llvm.ptr
      llvm.store %v100, %v104 : f32, !llvm.ptr
      llvm.store %v100, %v105 : f32, !llvm.ptr
      llvm.store %v100, %v106 : f32, !llvm.ptr
      llvm.store %v100, %v107 : f32, !llvm.ptr
      llvm.store %v100, %v108 : f32, !llvm.ptr
      llvm.store %v100, %v109 : f32, !llvm.ptr
      %v111 = arith.cmpi eq, %size_L, %v110 : i64
      scf.if %v111 {
        llvm.store %v99, %v27 : f32, !llvm.ptr
        llvm.store %v99, %v28 : f32, !llvm.ptr
        llvm.store %v99, %v29 : f32, !llvm.ptr
        llvm.store %v99, %v30 : f32, !llvm.ptr
        llvm.store %v99, %v31 : f32, !llvm.ptr
        llvm.store %v99, %v32 : f32, !llvm.ptr
        llvm.store %v99, %v33 : f32, !llvm.ptr
        llvm.store %v99, %v34 : f32, !llvm.ptr
        llvm.store %v99, %v35 : f32, !llvm.ptr
      }
      %v113 = arith.addi %size_L, %v41 : i64
      %v114 = arith.divui %v113, %v40 : i64
      %v115 = arith.minsi %v70, %v114 : i64
      %v117 = arith.muli %v48, %v116 : i64
      %v118 = arith.subi %v115, %v69 : i64
      %v119 = arith.maxsi %v118, %v110 : i64
      %v120 = arith.index_cast %v110 : i64 to index
      %v121 = arith.index_cast %v119 : i64 to index
      %v122 = arith.index_cast %v2 : i64 to index
      scf.for %v123 = %v120 to %v121 step %v122 {
        %v124 = arith.index_cast %v123 : index to i64
        %v125 = arith.subi %v115, %v2 : i64
        %v126 = arith.subi %v125, %v124 : i64
        %v127 = arith.muli %v126, %v40 : i64
        %v128 = arith.subi %size_L, %v127 : i64
        %v129 = arith.minsi %v128, %v40 : i64
        %v130 = arith.addi %v129, %v2 : i64
        %v131 = arith.divui %v130, %v112 : i64
        // the block's shared input rows for this stretch
        gpu.barrier
        %v132 = arith.subi %size_L, %v2 : i64
        %v134 = arith.index_cast %v38 : i64 to index
        %v135 = arith.index_cast %v133 : i64 to index
        %v136 = arith.index_cast %v7 : i64 to index
        scf.for %v137 = %v134 to %v135 step %v136 {
          %v138 = arith.index_cast %v137 : index to i64
          %v139 = arith.remui %v138, %v40 : i64
          %v140 = arith.divui %v138, %v40 : i64
          %v141 = arith.addi %v127, %v139 : i64
          %v142 = arith.minsi %v141, %v132 : i64
          %v143 = arith.remui %v140, %v1 : i64
          %v144 = arith.divui %v140, %v1 : i64
          %v147 = arith.muli %v67, %v146 : i64
          %v148 = arith.muli %v142, %v145 : i64
          %v149 = arith.addi %v147, %v148 : i64
          %v150 = arith.muli %v65, %v1 : i64
          %v151 = arith.addi %v149, %v150 : i64
          %v152 = arith.addi %v151, %v143 : i64
          %v153 = llvm.getelementptr %in_q[%v152] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v154 = llvm.load %v153 : !llvm.ptr -> f32
          %v156 = arith.muli %v140, %v155 : i64
          %v157 = arith.addi %v156, %v139 : i64
          %v158 = llvm.getelementptr %v96[%v157] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v154, %v158 : f32, !llvm.ptr
        }
        %v159 = arith.index_cast %v38 : i64 to index
        %v160 = arith.index_cast %v133 : i64 to index
        %v161 = arith.index_cast %v7 : i64 to index
        scf.for %v162 = %v159 to %v160 step %v161 {
          %v163 = arith.index_cast %v162 : index to i64
          %v164 = arith.remui %v163, %v40 : i64
          %v165 = arith.divui %v163, %v40 : i64
          %v166 = arith.addi %v127, %v164 : i64
          %v167 = arith.minsi %v166, %v132 : i64
          %v168 = arith.remui %v165, %v1 : i64
          %v169 = arith.divui %v165, %v1 : i64
          %v170 = arith.muli %v67, %v146 : i64
          %v171 = arith.muli %v167, %v145 : i64
          %v172 = arith.addi %v170, %v171 : i64
          %v173 = arith.muli %v65, %v1 : i64
          %v174 = arith.addi %v172, %v173 : i64
          %v175 = arith.addi %v174, %v168 : i64
          %v176 = llvm.getelementptr %in_k[%v175] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v177 = llvm.load %v176 : !llvm.ptr -> f32
          %v178 = arith.muli %v165, %v155 : i64
          %v179 = arith.addi %v178, %v164 : i64
          %v180 = llvm.getelementptr %v98[%v179] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v177, %v180 : f32, !llvm.ptr
        }
        gpu.barrier
        %v181 = arith.index_cast %v110 : i64 to index
        %v182 = arith.index_cast %v2 : i64 to index
        %v183 = arith.index_cast %v2 : i64 to index
        scf.for %v184 = %v181 to %v182 step %v183 {
          %v185 = arith.index_cast %v184 : index to i64
          %v186 = arith.index_cast %v110 : i64 to index
          %v187 = arith.index_cast %v131 : i64 to index
          %v188 = arith.index_cast %v2 : i64 to index
          scf.for %v189 = %v186 to %v187 step %v188 {
            %v190 = arith.index_cast %v189 : index to i64
            %v191 = arith.cmpi slt, %v190, %v131 : i64
            scf.if %v191 {
              %v192 = arith.subi %v131, %v2 : i64
              %v193 = arith.subi %v192, %v190 : i64
              %v194 = arith.muli %v193, %v112 : i64
              %v195 = arith.addi %v117, %v193 : i64
              %v196 = arith.addi %v194, %v112 : i64
              %v197 = arith.cmpi sle, %v196, %v129 : i64
              scf.if %v197 {
                %v198 = arith.subi %v129, %v2 : i64
                // the group's states, recomputed into registers
                %v199 = arith.subi %v129, %v194 : i64
                %v200 = arith.trunci %v199 : i64 to i32
                %v201 = arith.subi %size_L, %v2 : i64
                %v202 = arith.addi %v127, %v194 : i64
                %v203 = arith.subi %v201, %v202 : i64
                %v205 = arith.minsi %v203, %v204 : i64
                %v206 = arith.trunci %v205 : i64 to i32
                %v207 = arith.addi %v194, %v2 : i64
                %v209 = arith.cmpi slt, %v208, %v200 : i32
                %v210 = arith.cmpi eq, %v208, %v206 : i32
                %v211 = arith.addi %v127, %v207 : i64
                %v212 = arith.sitofp %v211 : i64 to f32
                %v215 = arith.mulf %v212, %v214 fastmath<contract> : f32
                %v217 = arith.mulf %v215, %v216 fastmath<contract> : f32
                %v218 = llvm.call_intrinsic "llvm.roundeven.f32"(%v217) : (f32) -> f32
                %v221 = arith.mulf %v218, %v219 fastmath<contract> : f32
                %v222 = arith.subf %v215, %v221 fastmath<contract> : f32
                %v223 = arith.mulf %v218, %v220 fastmath<contract> : f32
                %v224 = arith.subf %v222, %v223 fastmath<contract> : f32
                %v225 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v224) : (f32) -> f32
                %v226 = arith.muli %v53, %v155 : i64
                %v227 = arith.subi %v211, %v127 : i64
                %v228 = arith.addi %v226, %v227 : i64
                %v229 = llvm.getelementptr %v96[%v228] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v230 = llvm.load %v229 : !llvm.ptr -> f32
                %v231 = arith.mulf %v225, %v230 fastmath<contract> : f32
                %v234 = arith.muli %v67, %v233 : i64
                %v235 = arith.muli %v211, %v232 : i64
                %v236 = arith.addi %v234, %v235 : i64
                %v237 = arith.muli %v65, %size_DV : i64
                %v238 = arith.addi %v236, %v237 : i64
                %v239 = arith.addi %v238, %v63 : i64
                %v240 = llvm.getelementptr %dy_o[%v239] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v241 = llvm.load %v240 : !llvm.ptr -> f32
                %v242 = arith.mulf %v231, %v241 fastmath<contract> : f32
                %v243 = llvm.load %v72 : !llvm.ptr -> f32
                %v244 = llvm.load %v81 : !llvm.ptr -> f32
                %v245 = arith.mulf %v244, %v243 fastmath<contract> : f32
                %v246 = arith.addf %v242, %v245 fastmath<contract> : f32
                llvm.store %v246, %v72 : f32, !llvm.ptr
                %v247 = llvm.load %v101 : !llvm.ptr -> f32
                %v248 = arith.mulf %v247, %v244 fastmath<contract> : f32
                llvm.store %v248, %v101 : f32, !llvm.ptr
                %v253 = arith.mulf %v212, %v252 fastmath<contract> : f32
                %v254 = arith.mulf %v253, %v216 fastmath<contract> : f32
                %v255 = llvm.call_intrinsic "llvm.roundeven.f32"(%v254) : (f32) -> f32
                %v256 = arith.mulf %v255, %v219 fastmath<contract> : f32
                %v257 = arith.subf %v253, %v256 fastmath<contract> : f32
                %v258 = arith.mulf %v255, %v220 fastmath<contract> : f32
                %v259 = arith.subf %v257, %v258 fastmath<contract> : f32
                %v260 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v259) : (f32) -> f32
                %v261 = arith.constant 4 : i64
                %v262 = arith.addi %v261, %v53 : i64
                %v263 = arith.muli %v262, %v155 : i64
                %v264 = arith.subi %v211, %v127 : i64
                %v265 = arith.addi %v263, %v264 : i64
                %v266 = llvm.getelementptr %v96[%v265] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v267 = llvm.load %v266 : !llvm.ptr -> f32
                %v268 = arith.mulf %v260, %v267 fastmath<contract> : f32
                %v269 = arith.mulf %v268, %v241 fastmath<contract> : f32
                %v270 = llvm.load %v73 : !llvm.ptr -> f32
                %v271 = llvm.load %v82 : !llvm.ptr -> f32
                %v272 = arith.mulf %v271, %v270 fastmath<contract> : f32
                %v273 = arith.addf %v269, %v272 fastmath<contract> : f32
                llvm.store %v273, %v73 : f32, !llvm.ptr
                %v274 = llvm.load %v102 : !llvm.ptr -> f32
                %v275 = arith.mulf %v274, %v271 fastmath<contract> : f32
                llvm.store %v275, %v102 : f32, !llvm.ptr
                %v280 = arith.mulf %v212, %v279 fastmath<contract> : f32
                %v281 = arith.mulf %v280, %v216 fastmath<contract> : f32
                %v282 = llvm.call_intrinsic "llvm.roundeven.f32"(%v281) : (f32) -> f32
                %v283 = arith.mulf %v282, %v219 fastmath<contract> : f32
                %v284 = arith.subf %v280, %v283 fastmath<contract> : f32
                %v285 = arith.mulf %v282, %v220 fastmath<contract> : f32
                %v286 = arith.subf %v284, %v285 fastmath<contract> : f32
                %v287 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v286) : (f32) -> f32
                %v288 = arith.constant 8 : i64
                %v289 = arith.addi %v288, %v53 : i64
                %v290 = arith.muli %v289, %v155 : i64
                %v291 = arith.subi %v211, %v127 : i64
                %v292 = arith.addi %v290, %v291 : i64
                %v293 = llvm.getelementptr %v96[%v292] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v294 = llvm.load %v293 : !llvm.ptr -> f32
                %v295 = arith.mulf %v287, %v294 fastmath<contract> : f32
                %v296 = arith.mulf %v295, %v241 fastmath<contract> : f32
                %v297 = llvm.load %v74 : !llvm.ptr -> f32
                %v298 = llvm.load %v83 : !llvm.ptr -> f32
                %v299 = arith.mulf %v298, %v297 fastmath<contract> : f32
                %v300 = arith.addf %v296, %v299 fastmath<contract> : f32
                llvm.store %v300, %v74 : f32, !llvm.ptr
                %v301 = llvm.load %v103 : !llvm.ptr -> f32
                %v302 = arith.mulf %v301, %v298 fastmath<contract> : f32
                llvm.store %v302, %v103 : f32, !llvm.ptr
                %v307 = arith.mulf %v212, %v306 fastmath<contract> : f32
                %v308 = arith.mulf %v307, %v216 fastmath<contract> : f32
                %v309 = llvm.call_intrinsic "llvm.roundeven.f32"(%v308) : (f32) -> f32
                %v310 = arith.mulf %v309, %v219 fastmath<contract> : f32
                %v311 = arith.subf %v307, %v310 fastmath<contract> : f32
                %v312 = arith.mulf %v309, %v220 fastmath<contract> : f32
                %v313 = arith.subf %v311, %v312 fastmath<contract> : f32
                %v314 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v313) : (f32) -> f32
                %v315 = arith.constant 12 : i64
                %v316 = arith.addi %v315, %v53 : i64
                %v317 = arith.muli %v316, %v155 : i64
                %v318 = arith.subi %v211, %v127 : i64
                %v319 = arith.addi %v317, %v318 : i64
                %v320 = llvm.getelementptr %v96[%v319] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v321 = llvm.load %v320 : !llvm.ptr -> f32
                %v322 = arith.mulf %v314, %v321 fastmath<contract> : f32
                %v323 = arith.mulf %v322, %v241 fastmath<contract> : f32
                %v324 = llvm.load %v75 : !llvm.ptr -> f32
                %v325 = llvm.load %v84 : !llvm.ptr -> f32
                %v326 = arith.mulf %v325, %v324 fastmath<contract> : f32
                %v327 = arith.addf %v323, %v326 fastmath<contract> : f32
                llvm.store %v327, %v75 : f32, !llvm.ptr
                %v328 = llvm.load %v104 : !llvm.ptr -> f32
                %v329 = arith.mulf %v328, %v325 fastmath<contract> : f32
                llvm.store %v329, %v104 : f32, !llvm.ptr
                %v330 = arith.mulf %v215, %v216 fastmath<contract> : f32
                %v331 = llvm.call_intrinsic "llvm.roundeven.f32"(%v330) : (f32) -> f32
                %v332 = arith.mulf %v331, %v219 fastmath<contract> : f32
                %v333 = arith.subf %v215, %v332 fastmath<contract> : f32
                %v334 = arith.mulf %v331, %v220 fastmath<contract> : f32
                %v335 = arith.subf %v333, %v334 fastmath<contract> : f32
                %v336 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v335) : (f32) -> f32
                %v337 = arith.mulf %v336, %v230 fastmath<contract> : f32
                %v338 = arith.negf %v241 : f32
                %v339 = arith.mulf %v337, %v338 fastmath<contract> : f32
                %v340 = llvm.load %v76 : !llvm.ptr -> f32
                %v341 = llvm.load %v85 : !llvm.ptr -> f32
                %v342 = arith.mulf %v341, %v340 fastmath<contract> : f32
                %v343 = arith.addf %v339, %v342 fastmath<contract> : f32
                llvm.store %v343, %v76 : f32, !llvm.ptr
                %v344 = llvm.load %v105 : !llvm.ptr -> f32
                %v345 = arith.mulf %v344, %v341 fastmath<contract> : f32
                llvm.store %v345, %v105 : f32, !llvm.ptr
                %v346 = arith.mulf %v253, %v216 fastmath<contract> : f32
                %v347 = llvm.call_intrinsic "llvm.roundeven.f32"(%v346) : (f32) -> f32
                %v348 = arith.mulf %v347, %v219 fastmath<contract> : f32
                %v349 = arith.subf %v253, %v348 fastmath<contract> : f32
                %v350 = arith.mulf %v347, %v220 fastmath<contract> : f32
                %v351 = arith.subf %v349, %v350 fastmath<contract> : f32
                %v352 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v351) : (f32) -> f32
                %v353 = arith.mulf %v352, %v267 fastmath<contract> : f32
                %v354 = arith.mulf %v353, %v338 fastmath<contract> : f32
                %v355 = llvm.load %v77 : !llvm.ptr -> f32
                %v356 = llvm.load %v86 : !llvm.ptr -> f32
                %v357 = arith.mulf %v356, %v355 fastmath<contract> : f32
                %v358 = arith.addf %v354, %v357 fastmath<contract> : f32
                llvm.store %v358, %v77 : f32, !llvm.ptr
                %v359 = llvm.load %v106 : !llvm.ptr -> f32
                %v360 = arith.mulf %v359, %v356 fastmath<contract> : f32
                llvm.store %v360, %v106 : f32, !llvm.ptr
                %v361 = arith.mulf %v280, %v216 fastmath<contract> : f32
                %v362 = llvm.call_intrinsic "llvm.roundeven.f32"(%v361) : (f32) -> f32
                %v363 = arith.mulf %v362, %v219 fastmath<contract> : f32
                %v364 = arith.subf %v280, %v363 fastmath<contract> : f32
                %v365 = arith.mulf %v362, %v220 fastmath<contract> : f32
                %v366 = arith.subf %v364, %v365 fastmath<contract> : f32
                %v367 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v366) : (f32) -> f32
                %v368 = arith.mulf %v367, %v294 fastmath<contract> : f32
                %v369 = arith.mulf %v368, %v338 fastmath<contract> : f32
                %v370 = llvm.load %v78 : !llvm.ptr -> f32
                %v371 = llvm.load %v87 : !llvm.ptr -> f32
                %v372 = arith.mulf %v371, %v370 fastmath<contract> : f32
                %v373 = arith.addf %v369, %v372 fastmath<contract> : f32
                llvm.store %v373, %v78 : f32, !llvm.ptr
                %v374 = llvm.load %v107 : !llvm.ptr -> f32
                %v375 = arith.mulf %v374, %v371 fastmath<contract> : f32
                llvm.store %v375, %v107 : f32, !llvm.ptr
                %v376 = arith.mulf %v307, %v216 fastmath<contract> : f32
                %v377 = llvm.call_intrinsic "llvm.roundeven.f32"(%v376) : (f32) -> f32
                %v378 = arith.mulf %v377, %v219 fastmath<contract> : f32
                %v379 = arith.subf %v307, %v378 fastmath<contract> : f32
                %v380 = arith.mulf %v377, %v220 fastmath<contract> : f32
                %v381 = arith.subf %v379, %v380 fastmath<contract> : f32
                %v382 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v381) : (f32) -> f32
                %v383 = arith.mulf %v382, %v321 fastmath<contract> : f32
                %v384 = arith.mulf %v383, %v338 fastmath<contract> : f32
                %v385 = llvm.load %v79 : !llvm.ptr -> f32
                %v386 = llvm.load %v88 : !llvm.ptr -> f32
                %v387 = arith.mulf %v386, %v385 fastmath<contract> : f32
                %v388 = arith.addf %v384, %v387 fastmath<contract> : f32
                llvm.store %v388, %v79 : f32, !llvm.ptr
                %v389 = llvm.load %v108 : !llvm.ptr -> f32
                %v390 = arith.mulf %v389, %v386 fastmath<contract> : f32
                llvm.store %v390, %v108 : f32, !llvm.ptr
                %v391 = llvm.load %v80 : !llvm.ptr -> f32
                %v392 = llvm.load %v89 : !llvm.ptr -> f32
                %v393 = arith.mulf %v392, %v391 fastmath<contract> : f32
                %v394 = arith.addf %v99, %v393 fastmath<contract> : f32
                llvm.store %v394, %v80 : f32, !llvm.ptr
                %v395 = llvm.load %v109 : !llvm.ptr -> f32
                %v396 = arith.mulf %v395, %v392 fastmath<contract> : f32
                llvm.store %v396, %v109 : f32, !llvm.ptr
                scf.if %v210 {
                }
                llvm.store %v398, %v81 : f32, !llvm.ptr
                llvm.store %v398, %v82 : f32, !llvm.ptr
                llvm.store %v398, %v83 : f32, !llvm.ptr
                llvm.store %v398, %v84 : f32, !llvm.ptr
                llvm.store %v398, %v85 : f32, !llvm.ptr
                llvm.store %v398, %v86 : f32, !llvm.ptr
                llvm.store %v398, %v87 : f32, !llvm.ptr
                llvm.store %v398, %v88 : f32, !llvm.ptr
                llvm.store %v100, %v89 : f32, !llvm.ptr
                %v400 = arith.cmpi slt, %v399, %v200 : i32
                %v401 = arith.cmpi eq, %v399, %v206 : i32
                %v402 = arith.addi %v127, %v194 : i64
                %v403 = arith.sitofp %v402 : i64 to f32
                %v404 = arith.mulf %v403, %v214 fastmath<contract> : f32
                %v405 = arith.mulf %v404, %v216 fastmath<contract> : f32
                %v406 = llvm.call_intrinsic "llvm.roundeven.f32"(%v405) : (f32) -> f32
                %v407 = arith.mulf %v406, %v219 fastmath<contract> : f32
                %v408 = arith.subf %v404, %v407 fastmath<contract> : f32
                %v409 = arith.mulf %v406, %v220 fastmath<contract> : f32
                %v410 = arith.subf %v408, %v409 fastmath<contract> : f32
                %v411 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v410) : (f32) -> f32
                %v412 = arith.muli %v53, %v155 : i64
                %v413 = arith.subi %v402, %v127 : i64
                %v414 = arith.addi %v412, %v413 : i64
                %v415 = llvm.getelementptr %v96[%v414] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v416 = llvm.load %v415 : !llvm.ptr -> f32
                %v417 = arith.mulf %v411, %v416 fastmath<contract> : f32
                %v418 = arith.muli %v67, %v233 : i64
                %v419 = arith.muli %v402, %v232 : i64
                %v420 = arith.addi %v418, %v419 : i64
                %v421 = arith.muli %v65, %size_DV : i64
                %v422 = arith.addi %v420, %v421 : i64
                %v423 = arith.addi %v422, %v63 : i64
                %v424 = llvm.getelementptr %dy_o[%v423] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v425 = llvm.load %v424 : !llvm.ptr -> f32
                %v426 = arith.mulf %v417, %v425 fastmath<contract> : f32
                %v427 = llvm.load %v72 : !llvm.ptr -> f32
                %v428 = llvm.load %v81 : !llvm.ptr -> f32
                %v429 = arith.mulf %v428, %v427 fastmath<contract> : f32
                %v430 = arith.addf %v426, %v429 fastmath<contract> : f32
                llvm.store %v430, %v72 : f32, !llvm.ptr
                %v431 = llvm.load %v101 : !llvm.ptr -> f32
                %v432 = arith.mulf %v431, %v428 fastmath<contract> : f32
                llvm.store %v432, %v101 : f32, !llvm.ptr
                %v433 = arith.mulf %v403, %v252 fastmath<contract> : f32
                %v434 = arith.mulf %v433, %v216 fastmath<contract> : f32
                %v435 = llvm.call_intrinsic "llvm.roundeven.f32"(%v434) : (f32) -> f32
                %v436 = arith.mulf %v435, %v219 fastmath<contract> : f32
                %v437 = arith.subf %v433, %v436 fastmath<contract> : f32
                %v438 = arith.mulf %v435, %v220 fastmath<contract> : f32
                %v439 = arith.subf %v437, %v438 fastmath<contract> : f32
                %v440 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v439) : (f32) -> f32
                %v441 = arith.constant 4 : i64
                %v442 = arith.addi %v441, %v53 : i64
                %v443 = arith.muli %v442, %v155 : i64
                %v444 = arith.subi %v402, %v127 : i64
                %v445 = arith.addi %v443, %v444 : i64
                %v446 = llvm.getelementptr %v96[%v445] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v447 = llvm.load %v446 : !llvm.ptr -> f32
                %v448 = arith.mulf %v440, %v447 fastmath<contract> : f32
                %v449 = arith.mulf %v448, %v425 fastmath<contract> : f32
                %v450 = llvm.load %v73 : !llvm.ptr -> f32
                %v451 = llvm.load %v82 : !llvm.ptr -> f32
                %v452 = arith.mulf %v451, %v450 fastmath<contract> : f32
                %v453 = arith.addf %v449, %v452 fastmath<contract> : f32
                llvm.store %v453, %v73 : f32, !llvm.ptr
                %v454 = llvm.load %v102 : !llvm.ptr -> f32
                %v455 = arith.mulf %v454, %v451 fastmath<contract> : f32
                llvm.store %v455, %v102 : f32, !llvm.ptr
                %v456 = arith.mulf %v403, %v279 fastmath<contract> : f32
                %v457 = arith.mulf %v456, %v216 fastmath<contract> : f32
                %v458 = llvm.call_intrinsic "llvm.roundeven.f32"(%v457) : (f32) -> f32
                %v459 = arith.mulf %v458, %v219 fastmath<contract> : f32
                %v460 = arith.subf %v456, %v459 fastmath<contract> : f32
                %v461 = arith.mulf %v458, %v220 fastmath<contract> : f32
                %v462 = arith.subf %v460, %v461 fastmath<contract> : f32
                %v463 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v462) : (f32) -> f32
                %v464 = arith.constant 8 : i64
                %v465 = arith.addi %v464, %v53 : i64
                %v466 = arith.muli %v465, %v155 : i64
                %v467 = arith.subi %v402, %v127 : i64
                %v468 = arith.addi %v466, %v467 : i64
                %v469 = llvm.getelementptr %v96[%v468] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v470 = llvm.load %v469 : !llvm.ptr -> f32
                %v471 = arith.mulf %v463, %v470 fastmath<contract> : f32
                %v472 = arith.mulf %v471, %v425 fastmath<contract> : f32
                %v473 = llvm.load %v74 : !llvm.ptr -> f32
                %v474 = llvm.load %v83 : !llvm.ptr -> f32
                %v475 = arith.mulf %v474, %v473 fastmath<contract> : f32
                %v476 = arith.addf %v472, %v475 fastmath<contract> : f32
                llvm.store %v476, %v74 : f32, !llvm.ptr
                %v477 = llvm.load %v103 : !llvm.ptr -> f32
                %v478 = arith.mulf %v477, %v474 fastmath<contract> : f32
                llvm.store %v478, %v103 : f32, !llvm.ptr
                %v479 = arith.mulf %v403, %v306 fastmath<contract> : f32
                %v480 = arith.mulf %v479, %v216 fastmath<contract> : f32
                %v481 = llvm.call_intrinsic "llvm.roundeven.f32"(%v480) : (f32) -> f32
                %v482 = arith.mulf %v481, %v219 fastmath<contract> : f32
                %v483 = arith.subf %v479, %v482 fastmath<contract> : f32
                %v484 = arith.mulf %v481, %v220 fastmath<contract> : f32
                %v485 = arith.subf %v483, %v484 fastmath<contract> : f32
                %v486 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v485) : (f32) -> f32
                %v487 = arith.constant 12 : i64
                %v488 = arith.addi %v487, %v53 : i64
                %v489 = arith.muli %v488, %v155 : i64
                %v490 = arith.subi %v402, %v127 : i64
                %v491 = arith.addi %v489, %v490 : i64
                %v492 = llvm.getelementptr %v96[%v491] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v493 = llvm.load %v492 : !llvm.ptr -> f32
                %v494 = arith.mulf %v486, %v493 fastmath<contract> : f32
                %v495 = arith.mulf %v494, %v425 fastmath<contract> : f32
                %v496 = llvm.load %v75 : !llvm.ptr -> f32
                %v497 = llvm.load %v84 : !llvm.ptr -> f32
                %v498 = arith.mulf %v497, %v496 fastmath<contract> : f32
                %v499 = arith.addf %v495, %v498 fastmath<contract> : f32
                llvm.store %v499, %v75 : f32, !llvm.ptr
                %v500 = llvm.load %v104 : !llvm.ptr -> f32
                %v501 = arith.mulf %v500, %v497 fastmath<contract> : f32
                llvm.store %v501, %v104 : f32, !llvm.ptr
                %v502 = arith.mulf %v404, %v216 fastmath<contract> : f32
                %v503 = llvm.call_intrinsic "llvm.roundeven.f32"(%v502) : (f32) -> f32
                %v504 = arith.mulf %v503, %v219 fastmath<contract> : f32
                %v505 = arith.subf %v404, %v504 fastmath<contract> : f32
                %v506 = arith.mulf %v503, %v220 fastmath<contract> : f32
                %v507 = arith.subf %v505, %v506 fastmath<contract> : f32
                %v508 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v507) : (f32) -> f32
                %v509 = arith.mulf %v508, %v416 fastmath<contract> : f32
                %v510 = arith.negf %v425 : f32
                %v511 = arith.mulf %v509, %v510 fastmath<contract> : f32
                %v512 = llvm.load %v76 : !llvm.ptr -> f32
                %v513 = llvm.load %v85 : !llvm.ptr -> f32
                %v514 = arith.mulf %v513, %v512 fastmath<contract> : f32
                %v515 = arith.addf %v511, %v514 fastmath<contract> : f32
                llvm.store %v515, %v76 : f32, !llvm.ptr
                %v516 = llvm.load %v105 : !llvm.ptr -> f32
                %v517 = arith.mulf %v516, %v513 fastmath<contract> : f32
                llvm.store %v517, %v105 : f32, !llvm.ptr
                %v518 = arith.mulf %v433, %v216 fastmath<contract> : f32
                %v519 = llvm.call_intrinsic "llvm.roundeven.f32"(%v518) : (f32) -> f32
                %v520 = arith.mulf %v519, %v219 fastmath<contract> : f32
                %v521 = arith.subf %v433, %v520 fastmath<contract> : f32
                %v522 = arith.mulf %v519, %v220 fastmath<contract> : f32
                %v523 = arith.subf %v521, %v522 fastmath<contract> : f32
                %v524 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v523) : (f32) -> f32
                %v525 = arith.mulf %v524, %v447 fastmath<contract> : f32
                %v526 = arith.mulf %v525, %v510 fastmath<contract> : f32
                %v527 = llvm.load %v77 : !llvm.ptr -> f32
                %v528 = llvm.load %v86 : !llvm.ptr -> f32
                %v529 = arith.mulf %v528, %v527 fastmath<contract> : f32
                %v530 = arith.addf %v526, %v529 fastmath<contract> : f32
                llvm.store %v530, %v77 : f32, !llvm.ptr
                %v531 = llvm.load %v106 : !llvm.ptr -> f32
                %v532 = arith.mulf %v531, %v528 fastmath<contract> : f32
                llvm.store %v532, %v106 : f32, !llvm.ptr
                %v533 = arith.mulf %v456, %v216 fastmath<contract> : f32
                %v534 = llvm.call_intrinsic "llvm.roundeven.f32"(%v533) : (f32) -> f32
                %v535 = arith.mulf %v534, %v219 fastmath<contract> : f32
                %v536 = arith.subf %v456, %v535 fastmath<contract> : f32
                %v537 = arith.mulf %v534, %v220 fastmath<contract> : f32
                %v538 = arith.subf %v536, %v537 fastmath<contract> : f32
                %v539 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v538) : (f32) -> f32
                %v540 = arith.mulf %v539, %v470 fastmath<contract> : f32
                %v541 = arith.mulf %v540, %v510 fastmath<contract> : f32
                %v542 = llvm.load %v78 : !llvm.ptr -> f32
                %v543 = llvm.load %v87 : !llvm.ptr -> f32
                %v544 = arith.mulf %v543, %v542 fastmath<contract> : f32
                %v545 = arith.addf %v541, %v544 fastmath<contract> : f32
                llvm.store %v545, %v78 : f32, !llvm.ptr
                %v546 = llvm.load %v107 : !llvm.ptr -> f32
                %v547 = arith.mulf %v546, %v543 fastmath<contract> : f32
                llvm.store %v547, %v107 : f32, !llvm.ptr
                %v548 = arith.mulf %v479, %v216 fastmath<contract> : f32
                %v549 = llvm.call_intrinsic "llvm.roundeven.f32"(%v548) : (f32) -> f32
                %v550 = arith.mulf %v549, %v219 fastmath<contract> : f32
                %v551 = arith.subf %v479, %v550 fastmath<contract> : f32
                %v552 = arith.mulf %v549, %v220 fastmath<contract> : f32
                %v553 = arith.subf %v551, %v552 fastmath<contract> : f32
                %v554 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v553) : (f32) -> f32
                %v555 = arith.mulf %v554, %v493 fastmath<contract> : f32
                %v556 = arith.mulf %v555, %v510 fastmath<contract> : f32
                %v557 = llvm.load %v79 : !llvm.ptr -> f32
                %v558 = llvm.load %v88 : !llvm.ptr -> f32
                %v559 = arith.mulf %v558, %v557 fastmath<contract> : f32
                %v560 = arith.addf %v556, %v559 fastmath<contract> : f32
                llvm.store %v560, %v79 : f32, !llvm.ptr
                %v561 = llvm.load %v108 : !llvm.ptr -> f32
                %v562 = arith.mulf %v561, %v558 fastmath<contract> : f32
                llvm.store %v562, %v108 : f32, !llvm.ptr
                %v563 = llvm.load %v80 : !llvm.ptr -> f32
                %v564 = llvm.load %v89 : !llvm.ptr -> f32
                %v565 = arith.mulf %v564, %v563 fastmath<contract> : f32
                %v566 = arith.addf %v99, %v565 fastmath<contract> : f32
                llvm.store %v566, %v80 : f32, !llvm.ptr
                %v567 = llvm.load %v109 : !llvm.ptr -> f32
                %v568 = arith.mulf %v567, %v564 fastmath<contract> : f32
                llvm.store %v568, %v109 : f32, !llvm.ptr
                scf.if %v401 {
                }
                llvm.store %v398, %v81 : f32, !llvm.ptr
                llvm.store %v398, %v82 : f32, !llvm.ptr
                llvm.store %v398, %v83 : f32, !llvm.ptr
                llvm.store %v398, %v84 : f32, !llvm.ptr
                llvm.store %v398, %v85 : f32, !llvm.ptr
                llvm.store %v398, %v86 : f32, !llvm.ptr
                llvm.store %v398, %v87 : f32, !llvm.ptr
                llvm.store %v398, %v88 : f32, !llvm.ptr
                llvm.store %v100, %v89 : f32, !llvm.ptr
              } else {
                %v569 = arith.subi %v129, %v2 : i64
                // the group's states, recomputed into registers
                %v570 = arith.subi %v129, %v194 : i64
                %v571 = arith.trunci %v570 : i64 to i32
                %v572 = arith.subi %size_L, %v2 : i64
                %v573 = arith.addi %v127, %v194 : i64
                %v574 = arith.subi %v572, %v573 : i64
                %v575 = arith.minsi %v574, %v204 : i64
                %v576 = arith.trunci %v575 : i64 to i32
                %v577 = arith.addi %v194, %v2 : i64
                %v578 = arith.cmpi slt, %v208, %v571 : i32
                %v579 = arith.cmpi eq, %v208, %v576 : i32
                scf.if %v578 {
                  %v580 = arith.addi %v127, %v577 : i64
                  %v581 = arith.sitofp %v580 : i64 to f32
                  %v582 = arith.mulf %v581, %v214 fastmath<contract> : f32
                  %v583 = arith.mulf %v582, %v216 fastmath<contract> : f32
                  %v584 = llvm.call_intrinsic "llvm.roundeven.f32"(%v583) : (f32) -> f32
                  %v585 = arith.mulf %v584, %v219 fastmath<contract> : f32
                  %v586 = arith.subf %v582, %v585 fastmath<contract> : f32
                  %v587 = arith.mulf %v584, %v220 fastmath<contract> : f32
                  %v588 = arith.subf %v586, %v587 fastmath<contract> : f32
                  %v589 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v588) : (f32) -> f32
                  %v590 = arith.muli %v53, %v155 : i64
                  %v591 = arith.subi %v580, %v127 : i64
                  %v592 = arith.addi %v590, %v591 : i64
                  %v593 = llvm.getelementptr %v96[%v592] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v594 = llvm.load %v593 : !llvm.ptr -> f32
                  %v595 = arith.mulf %v589, %v594 fastmath<contract> : f32
                  %v596 = arith.muli %v67, %v233 : i64
                  %v597 = arith.muli %v580, %v232 : i64
                  %v598 = arith.addi %v596, %v597 : i64
                  %v599 = arith.muli %v65, %size_DV : i64
                  %v600 = arith.addi %v598, %v599 : i64
                  %v601 = arith.addi %v600, %v63 : i64
                  %v602 = llvm.getelementptr %dy_o[%v601] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v603 = llvm.load %v602 : !llvm.ptr -> f32
                  %v604 = arith.mulf %v595, %v603 fastmath<contract> : f32
                  %v605 = llvm.load %v72 : !llvm.ptr -> f32
                  %v606 = llvm.load %v81 : !llvm.ptr -> f32
                  %v607 = arith.mulf %v606, %v605 fastmath<contract> : f32
                  %v608 = arith.addf %v604, %v607 fastmath<contract> : f32
                  llvm.store %v608, %v72 : f32, !llvm.ptr
                  %v609 = llvm.load %v101 : !llvm.ptr -> f32
                  %v610 = arith.mulf %v609, %v606 fastmath<contract> : f32
                  llvm.store %v610, %v101 : f32, !llvm.ptr
                  %v611 = arith.mulf %v581, %v252 fastmath<contract> : f32
                  %v612 = arith.mulf %v611, %v216 fastmath<contract> : f32
                  %v613 = llvm.call_intrinsic "llvm.roundeven.f32"(%v612) : (f32) -> f32
                  %v614 = arith.mulf %v613, %v219 fastmath<contract> : f32
                  %v615 = arith.subf %v611, %v614 fastmath<contract> : f32
                  %v616 = arith.mulf %v613, %v220 fastmath<contract> : f32
                  %v617 = arith.subf %v615, %v616 fastmath<contract> : f32
                  %v618 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v617) : (f32) -> f32
                  %v619 = arith.constant 4 : i64
                  %v620 = arith.addi %v619, %v53 : i64
                  %v621 = arith.muli %v620, %v155 : i64
                  %v622 = arith.subi %v580, %v127 : i64
                  %v623 = arith.addi %v621, %v622 : i64
                  %v624 = llvm.getelementptr %v96[%v623] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v625 = llvm.load %v624 : !llvm.ptr -> f32
                  %v626 = arith.mulf %v618, %v625 fastmath<contract> : f32
                  %v627 = arith.mulf %v626, %v603 fastmath<contract> : f32
                  %v628 = llvm.load %v73 : !llvm.ptr -> f32
                  %v629 = llvm.load %v82 : !llvm.ptr -> f32
                  %v630 = arith.mulf %v629, %v628 fastmath<contract> : f32
                  %v631 = arith.addf %v627, %v630 fastmath<contract> : f32
                  llvm.store %v631, %v73 : f32, !llvm.ptr
                  %v632 = llvm.load %v102 : !llvm.ptr -> f32
                  %v633 = arith.mulf %v632, %v629 fastmath<contract> : f32
                  llvm.store %v633, %v102 : f32, !llvm.ptr
                  %v634 = arith.mulf %v581, %v279 fastmath<contract> : f32
                  %v635 = arith.mulf %v634, %v216 fastmath<contract> : f32
                  %v636 = llvm.call_intrinsic "llvm.roundeven.f32"(%v635) : (f32) -> f32
                  %v637 = arith.mulf %v636, %v219 fastmath<contract> : f32
                  %v638 = arith.subf %v634, %v637 fastmath<contract> : f32
                  %v639 = arith.mulf %v636, %v220 fastmath<contract> : f32
                  %v640 = arith.subf %v638, %v639 fastmath<contract> : f32
                  %v641 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v640) : (f32) -> f32
                  %v642 = arith.constant 8 : i64
                  %v643 = arith.addi %v642, %v53 : i64
                  %v644 = arith.muli %v643, %v155 : i64
                  %v645 = arith.subi %v580, %v127 : i64
                  %v646 = arith.addi %v644, %v645 : i64
                  %v647 = llvm.getelementptr %v96[%v646] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v648 = llvm.load %v647 : !llvm.ptr -> f32
                  %v649 = arith.mulf %v641, %v648 fastmath<contract> : f32
                  %v650 = arith.mulf %v649, %v603 fastmath<contract> : f32
                  %v651 = llvm.load %v74 : !llvm.ptr -> f32
                  %v652 = llvm.load %v83 : !llvm.ptr -> f32
                  %v653 = arith.mulf %v652, %v651 fastmath<contract> : f32
                  %v654 = arith.addf %v650, %v653 fastmath<contract> : f32
                  llvm.store %v654, %v74 : f32, !llvm.ptr
                  %v655 = llvm.load %v103 : !llvm.ptr -> f32
                  %v656 = arith.mulf %v655, %v652 fastmath<contract> : f32
                  llvm.store %v656, %v103 : f32, !llvm.ptr
                  %v657 = arith.mulf %v581, %v306 fastmath<contract> : f32
                  %v658 = arith.mulf %v657, %v216 fastmath<contract> : f32
                  %v659 = llvm.call_intrinsic "llvm.roundeven.f32"(%v658) : (f32) -> f32
                  %v660 = arith.mulf %v659, %v219 fastmath<contract> : f32
                  %v661 = arith.subf %v657, %v660 fastmath<contract> : f32
                  %v662 = arith.mulf %v659, %v220 fastmath<contract> : f32
                  %v663 = arith.subf %v661, %v662 fastmath<contract> : f32
                  %v664 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v663) : (f32) -> f32
                  %v665 = arith.constant 12 : i64
                  %v666 = arith.addi %v665, %v53 : i64
                  %v667 = arith.muli %v666, %v155 : i64
                  %v668 = arith.subi %v580, %v127 : i64
                  %v669 = arith.addi %v667, %v668 : i64
                  %v670 = llvm.getelementptr %v96[%v669] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v671 = llvm.load %v670 : !llvm.ptr -> f32
                  %v672 = arith.mulf %v664, %v671 fastmath<contract> : f32
                  %v673 = arith.mulf %v672, %v603 fastmath<contract> : f32
                  %v674 = llvm.load %v75 : !llvm.ptr -> f32
                  %v675 = llvm.load %v84 : !llvm.ptr -> f32
                  %v676 = arith.mulf %v675, %v674 fastmath<contract> : f32
                  %v677 = arith.addf %v673, %v676 fastmath<contract> : f32
                  llvm.store %v677, %v75 : f32, !llvm.ptr
                  %v678 = llvm.load %v104 : !llvm.ptr -> f32
                  %v679 = arith.mulf %v678, %v675 fastmath<contract> : f32
                  llvm.store %v679, %v104 : f32, !llvm.ptr
                  %v680 = arith.mulf %v582, %v216 fastmath<contract> : f32
                  %v681 = llvm.call_intrinsic "llvm.roundeven.f32"(%v680) : (f32) -> f32
                  %v682 = arith.mulf %v681, %v219 fastmath<contract> : f32
                  %v683 = arith.subf %v582, %v682 fastmath<contract> : f32
                  %v684 = arith.mulf %v681, %v220 fastmath<contract> : f32
                  %v685 = arith.subf %v683, %v684 fastmath<contract> : f32
                  %v686 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v685) : (f32) -> f32
                  %v687 = arith.mulf %v686, %v594 fastmath<contract> : f32
                  %v688 = arith.negf %v603 : f32
                  %v689 = arith.mulf %v687, %v688 fastmath<contract> : f32
                  %v690 = llvm.load %v76 : !llvm.ptr -> f32
                  %v691 = llvm.load %v85 : !llvm.ptr -> f32
                  %v692 = arith.mulf %v691, %v690 fastmath<contract> : f32
                  %v693 = arith.addf %v689, %v692 fastmath<contract> : f32
                  llvm.store %v693, %v76 : f32, !llvm.ptr
                  %v694 = llvm.load %v105 : !llvm.ptr -> f32
                  %v695 = arith.mulf %v694, %v691 fastmath<contract> : f32
                  llvm.store %v695, %v105 : f32, !llvm.ptr
                  %v696 = arith.mulf %v611, %v216 fastmath<contract> : f32
                  %v697 = llvm.call_intrinsic "llvm.roundeven.f32"(%v696) : (f32) -> f32
                  %v698 = arith.mulf %v697, %v219 fastmath<contract> : f32
                  %v699 = arith.subf %v611, %v698 fastmath<contract> : f32
                  %v700 = arith.mulf %v697, %v220 fastmath<contract> : f32
                  %v701 = arith.subf %v699, %v700 fastmath<contract> : f32
                  %v702 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v701) : (f32) -> f32
                  %v703 = arith.mulf %v702, %v625 fastmath<contract> : f32
                  %v704 = arith.mulf %v703, %v688 fastmath<contract> : f32
                  %v705 = llvm.load %v77 : !llvm.ptr -> f32
                  %v706 = llvm.load %v86 : !llvm.ptr -> f32
                  %v707 = arith.mulf %v706, %v705 fastmath<contract> : f32
                  %v708 = arith.addf %v704, %v707 fastmath<contract> : f32
                  llvm.store %v708, %v77 : f32, !llvm.ptr
                  %v709 = llvm.load %v106 : !llvm.ptr -> f32
                  %v710 = arith.mulf %v709, %v706 fastmath<contract> : f32
                  llvm.store %v710, %v106 : f32, !llvm.ptr
                  %v711 = arith.mulf %v634, %v216 fastmath<contract> : f32
                  %v712 = llvm.call_intrinsic "llvm.roundeven.f32"(%v711) : (f32) -> f32
                  %v713 = arith.mulf %v712, %v219 fastmath<contract> : f32
                  %v714 = arith.subf %v634, %v713 fastmath<contract> : f32
                  %v715 = arith.mulf %v712, %v220 fastmath<contract> : f32
                  %v716 = arith.subf %v714, %v715 fastmath<contract> : f32
                  %v717 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v716) : (f32) -> f32
                  %v718 = arith.mulf %v717, %v648 fastmath<contract> : f32
                  %v719 = arith.mulf %v718, %v688 fastmath<contract> : f32
                  %v720 = llvm.load %v78 : !llvm.ptr -> f32
                  %v721 = llvm.load %v87 : !llvm.ptr -> f32
                  %v722 = arith.mulf %v721, %v720 fastmath<contract> : f32
                  %v723 = arith.addf %v719, %v722 fastmath<contract> : f32
                  llvm.store %v723, %v78 : f32, !llvm.ptr
                  %v724 = llvm.load %v107 : !llvm.ptr -> f32
                  %v725 = arith.mulf %v724, %v721 fastmath<contract> : f32
                  llvm.store %v725, %v107 : f32, !llvm.ptr
                  %v726 = arith.mulf %v657, %v216 fastmath<contract> : f32
                  %v727 = llvm.call_intrinsic "llvm.roundeven.f32"(%v726) : (f32) -> f32
                  %v728 = arith.mulf %v727, %v219 fastmath<contract> : f32
                  %v729 = arith.subf %v657, %v728 fastmath<contract> : f32
                  %v730 = arith.mulf %v727, %v220 fastmath<contract> : f32
                  %v731 = arith.subf %v729, %v730 fastmath<contract> : f32
                  %v732 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v731) : (f32) -> f32
                  %v733 = arith.mulf %v732, %v671 fastmath<contract> : f32
                  %v734 = arith.mulf %v733, %v688 fastmath<contract> : f32
                  %v735 = llvm.load %v79 : !llvm.ptr -> f32
                  %v736 = llvm.load %v88 : !llvm.ptr -> f32
                  %v737 = arith.mulf %v736, %v735 fastmath<contract> : f32
                  %v738 = arith.addf %v734, %v737 fastmath<contract> : f32
                  llvm.store %v738, %v79 : f32, !llvm.ptr
                  %v739 = llvm.load %v108 : !llvm.ptr -> f32
                  %v740 = arith.mulf %v739, %v736 fastmath<contract> : f32
                  llvm.store %v740, %v108 : f32, !llvm.ptr
                  %v741 = llvm.load %v80 : !llvm.ptr -> f32
                  %v742 = llvm.load %v89 : !llvm.ptr -> f32
                  %v743 = arith.mulf %v742, %v741 fastmath<contract> : f32
                  %v744 = arith.addf %v99, %v743 fastmath<contract> : f32
                  llvm.store %v744, %v80 : f32, !llvm.ptr
                  %v745 = llvm.load %v109 : !llvm.ptr -> f32
                  %v746 = arith.mulf %v745, %v742 fastmath<contract> : f32
                  llvm.store %v746, %v109 : f32, !llvm.ptr
                  scf.if %v579 {
                  }
                  llvm.store %v398, %v81 : f32, !llvm.ptr
                  llvm.store %v398, %v82 : f32, !llvm.ptr
                  llvm.store %v398, %v83 : f32, !llvm.ptr
                  llvm.store %v398, %v84 : f32, !llvm.ptr
                  llvm.store %v398, %v85 : f32, !llvm.ptr
                  llvm.store %v398, %v86 : f32, !llvm.ptr
                  llvm.store %v398, %v87 : f32, !llvm.ptr
                  llvm.store %v398, %v88 : f32, !llvm.ptr
                  llvm.store %v100, %v89 : f32, !llvm.ptr
                }
                %v747 = arith.cmpi slt, %v399, %v571 : i32
                %v748 = arith.cmpi eq, %v399, %v576 : i32
                scf.if %v747 {
                  %v749 = arith.addi %v127, %v194 : i64
                  %v750 = arith.sitofp %v749 : i64 to f32
                  %v751 = arith.mulf %v750, %v214 fastmath<contract> : f32
                  %v752 = arith.mulf %v751, %v216 fastmath<contract> : f32
                  %v753 = llvm.call_intrinsic "llvm.roundeven.f32"(%v752) : (f32) -> f32
                  %v754 = arith.mulf %v753, %v219 fastmath<contract> : f32
                  %v755 = arith.subf %v751, %v754 fastmath<contract> : f32
                  %v756 = arith.mulf %v753, %v220 fastmath<contract> : f32
                  %v757 = arith.subf %v755, %v756 fastmath<contract> : f32
                  %v758 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v757) : (f32) -> f32
                  %v759 = arith.muli %v53, %v155 : i64
                  %v760 = arith.subi %v749, %v127 : i64
                  %v761 = arith.addi %v759, %v760 : i64
                  %v762 = llvm.getelementptr %v96[%v761] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v763 = llvm.load %v762 : !llvm.ptr -> f32
                  %v764 = arith.mulf %v758, %v763 fastmath<contract> : f32
                  %v765 = arith.muli %v67, %v233 : i64
                  %v766 = arith.muli %v749, %v232 : i64
                  %v767 = arith.addi %v765, %v766 : i64
                  %v768 = arith.muli %v65, %size_DV : i64
                  %v769 = arith.addi %v767, %v768 : i64
                  %v770 = arith.addi %v769, %v63 : i64
                  %v771 = llvm.getelementptr %dy_o[%v770] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v772 = llvm.load %v771 : !llvm.ptr -> f32
                  %v773 = arith.mulf %v764, %v772 fastmath<contract> : f32
                  %v774 = llvm.load %v72 : !llvm.ptr -> f32
                  %v775 = llvm.load %v81 : !llvm.ptr -> f32
                  %v776 = arith.mulf %v775, %v774 fastmath<contract> : f32
                  %v777 = arith.addf %v773, %v776 fastmath<contract> : f32
                  llvm.store %v777, %v72 : f32, !llvm.ptr
                  %v778 = llvm.load %v101 : !llvm.ptr -> f32
                  %v779 = arith.mulf %v778, %v775 fastmath<contract> : f32
                  llvm.store %v779, %v101 : f32, !llvm.ptr
                  %v780 = arith.mulf %v750, %v252 fastmath<contract> : f32
                  %v781 = arith.mulf %v780, %v216 fastmath<contract> : f32
                  %v782 = llvm.call_intrinsic "llvm.roundeven.f32"(%v781) : (f32) -> f32
                  %v783 = arith.mulf %v782, %v219 fastmath<contract> : f32
                  %v784 = arith.subf %v780, %v783 fastmath<contract> : f32
                  %v785 = arith.mulf %v782, %v220 fastmath<contract> : f32
                  %v786 = arith.subf %v784, %v785 fastmath<contract> : f32
                  %v787 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v786) : (f32) -> f32
                  %v788 = arith.constant 4 : i64
                  %v789 = arith.addi %v788, %v53 : i64
                  %v790 = arith.muli %v789, %v155 : i64
                  %v791 = arith.subi %v749, %v127 : i64
                  %v792 = arith.addi %v790, %v791 : i64
                  %v793 = llvm.getelementptr %v96[%v792] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v794 = llvm.load %v793 : !llvm.ptr -> f32
                  %v795 = arith.mulf %v787, %v794 fastmath<contract> : f32
                  %v796 = arith.mulf %v795, %v772 fastmath<contract> : f32
                  %v797 = llvm.load %v73 : !llvm.ptr -> f32
                  %v798 = llvm.load %v82 : !llvm.ptr -> f32
                  %v799 = arith.mulf %v798, %v797 fastmath<contract> : f32
                  %v800 = arith.addf %v796, %v799 fastmath<contract> : f32
                  llvm.store %v800, %v73 : f32, !llvm.ptr
                  %v801 = llvm.load %v102 : !llvm.ptr -> f32
                  %v802 = arith.mulf %v801, %v798 fastmath<contract> : f32
                  llvm.store %v802, %v102 : f32, !llvm.ptr
                  %v803 = arith.mulf %v750, %v279 fastmath<contract> : f32
                  %v804 = arith.mulf %v803, %v216 fastmath<contract> : f32
                  %v805 = llvm.call_intrinsic "llvm.roundeven.f32"(%v804) : (f32) -> f32
                  %v806 = arith.mulf %v805, %v219 fastmath<contract> : f32
                  %v807 = arith.subf %v803, %v806 fastmath<contract> : f32
                  %v808 = arith.mulf %v805, %v220 fastmath<contract> : f32
                  %v809 = arith.subf %v807, %v808 fastmath<contract> : f32
                  %v810 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v809) : (f32) -> f32
                  %v811 = arith.constant 8 : i64
                  %v812 = arith.addi %v811, %v53 : i64
                  %v813 = arith.muli %v812, %v155 : i64
                  %v814 = arith.subi %v749, %v127 : i64
                  %v815 = arith.addi %v813, %v814 : i64
                  %v816 = llvm.getelementptr %v96[%v815] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v817 = llvm.load %v816 : !llvm.ptr -> f32
                  %v818 = arith.mulf %v810, %v817 fastmath<contract> : f32
                  %v819 = arith.mulf %v818, %v772 fastmath<contract> : f32
                  %v820 = llvm.load %v74 : !llvm.ptr -> f32
                  %v821 = llvm.load %v83 : !llvm.ptr -> f32
                  %v822 = arith.mulf %v821, %v820 fastmath<contract> : f32
                  %v823 = arith.addf %v819, %v822 fastmath<contract> : f32
                  llvm.store %v823, %v74 : f32, !llvm.ptr
                  %v824 = llvm.load %v103 : !llvm.ptr -> f32
                  %v825 = arith.mulf %v824, %v821 fastmath<contract> : f32
                  llvm.store %v825, %v103 : f32, !llvm.ptr
                  %v826 = arith.mulf %v750, %v306 fastmath<contract> : f32
                  %v827 = arith.mulf %v826, %v216 fastmath<contract> : f32
                  %v828 = llvm.call_intrinsic "llvm.roundeven.f32"(%v827) : (f32) -> f32
                  %v829 = arith.mulf %v828, %v219 fastmath<contract> : f32
                  %v830 = arith.subf %v826, %v829 fastmath<contract> : f32
                  %v831 = arith.mulf %v828, %v220 fastmath<contract> : f32
                  %v832 = arith.subf %v830, %v831 fastmath<contract> : f32
                  %v833 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v832) : (f32) -> f32
                  %v834 = arith.constant 12 : i64
                  %v835 = arith.addi %v834, %v53 : i64
                  %v836 = arith.muli %v835, %v155 : i64
                  %v837 = arith.subi %v749, %v127 : i64
                  %v838 = arith.addi %v836, %v837 : i64
                  %v839 = llvm.getelementptr %v96[%v838] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v840 = llvm.load %v839 : !llvm.ptr -> f32
                  %v841 = arith.mulf %v833, %v840 fastmath<contract> : f32
                  %v842 = arith.mulf %v841, %v772 fastmath<contract> : f32
                  %v843 = llvm.load %v75 : !llvm.ptr -> f32
                  %v844 = llvm.load %v84 : !llvm.ptr -> f32
                  %v845 = arith.mulf %v844, %v843 fastmath<contract> : f32
                  %v846 = arith.addf %v842, %v845 fastmath<contract> : f32
                  llvm.store %v846, %v75 : f32, !llvm.ptr
                  %v847 = llvm.load %v104 : !llvm.ptr -> f32
                  %v848 = arith.mulf %v847, %v844 fastmath<contract> : f32
                  llvm.store %v848, %v104 : f32, !llvm.ptr
                  %v849 = arith.mulf %v751, %v216 fastmath<contract> : f32
                  %v850 = llvm.call_intrinsic "llvm.roundeven.f32"(%v849) : (f32) -> f32
                  %v851 = arith.mulf %v850, %v219 fastmath<contract> : f32
                  %v852 = arith.subf %v751, %v851 fastmath<contract> : f32
                  %v853 = arith.mulf %v850, %v220 fastmath<contract> : f32
                  %v854 = arith.subf %v852, %v853 fastmath<contract> : f32
                  %v855 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v854) : (f32) -> f32
                  %v856 = arith.mulf %v855, %v763 fastmath<contract> : f32
                  %v857 = arith.negf %v772 : f32
                  %v858 = arith.mulf %v856, %v857 fastmath<contract> : f32
                  %v859 = llvm.load %v76 : !llvm.ptr -> f32
                  %v860 = llvm.load %v85 : !llvm.ptr -> f32
                  %v861 = arith.mulf %v860, %v859 fastmath<contract> : f32
                  %v862 = arith.addf %v858, %v861 fastmath<contract> : f32
                  llvm.store %v862, %v76 : f32, !llvm.ptr
                  %v863 = llvm.load %v105 : !llvm.ptr -> f32
                  %v864 = arith.mulf %v863, %v860 fastmath<contract> : f32
                  llvm.store %v864, %v105 : f32, !llvm.ptr
                  %v865 = arith.mulf %v780, %v216 fastmath<contract> : f32
                  %v866 = llvm.call_intrinsic "llvm.roundeven.f32"(%v865) : (f32) -> f32
                  %v867 = arith.mulf %v866, %v219 fastmath<contract> : f32
                  %v868 = arith.subf %v780, %v867 fastmath<contract> : f32
                  %v869 = arith.mulf %v866, %v220 fastmath<contract> : f32
                  %v870 = arith.subf %v868, %v869 fastmath<contract> : f32
                  %v871 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v870) : (f32) -> f32
                  %v872 = arith.mulf %v871, %v794 fastmath<contract> : f32
                  %v873 = arith.mulf %v872, %v857 fastmath<contract> : f32
                  %v874 = llvm.load %v77 : !llvm.ptr -> f32
                  %v875 = llvm.load %v86 : !llvm.ptr -> f32
                  %v876 = arith.mulf %v875, %v874 fastmath<contract> : f32
                  %v877 = arith.addf %v873, %v876 fastmath<contract> : f32
                  llvm.store %v877, %v77 : f32, !llvm.ptr
                  %v878 = llvm.load %v106 : !llvm.ptr -> f32
                  %v879 = arith.mulf %v878, %v875 fastmath<contract> : f32
                  llvm.store %v879, %v106 : f32, !llvm.ptr
                  %v880 = arith.mulf %v803, %v216 fastmath<contract> : f32
                  %v881 = llvm.call_intrinsic "llvm.roundeven.f32"(%v880) : (f32) -> f32
                  %v882 = arith.mulf %v881, %v219 fastmath<contract> : f32
                  %v883 = arith.subf %v803, %v882 fastmath<contract> : f32
                  %v884 = arith.mulf %v881, %v220 fastmath<contract> : f32
                  %v885 = arith.subf %v883, %v884 fastmath<contract> : f32
                  %v886 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v885) : (f32) -> f32
                  %v887 = arith.mulf %v886, %v817 fastmath<contract> : f32
                  %v888 = arith.mulf %v887, %v857 fastmath<contract> : f32
                  %v889 = llvm.load %v78 : !llvm.ptr -> f32
                  %v890 = llvm.load %v87 : !llvm.ptr -> f32
                  %v891 = arith.mulf %v890, %v889 fastmath<contract> : f32
                  %v892 = arith.addf %v888, %v891 fastmath<contract> : f32
                  llvm.store %v892, %v78 : f32, !llvm.ptr
                  %v893 = llvm.load %v107 : !llvm.ptr -> f32
                  %v894 = arith.mulf %v893, %v890 fastmath<contract> : f32
                  llvm.store %v894, %v107 : f32, !llvm.ptr
                  %v895 = arith.mulf %v826, %v216 fastmath<contract> : f32
                  %v896 = llvm.call_intrinsic "llvm.roundeven.f32"(%v895) : (f32) -> f32
                  %v897 = arith.mulf %v896, %v219 fastmath<contract> : f32
                  %v898 = arith.subf %v826, %v897 fastmath<contract> : f32
                  %v899 = arith.mulf %v896, %v220 fastmath<contract> : f32
                  %v900 = arith.subf %v898, %v899 fastmath<contract> : f32
                  %v901 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v900) : (f32) -> f32
                  %v902 = arith.mulf %v901, %v840 fastmath<contract> : f32
                  %v903 = arith.mulf %v902, %v857 fastmath<contract> : f32
                  %v904 = llvm.load %v79 : !llvm.ptr -> f32
                  %v905 = llvm.load %v88 : !llvm.ptr -> f32
                  %v906 = arith.mulf %v905, %v904 fastmath<contract> : f32
                  %v907 = arith.addf %v903, %v906 fastmath<contract> : f32
                  llvm.store %v907, %v79 : f32, !llvm.ptr
                  %v908 = llvm.load %v108 : !llvm.ptr -> f32
                  %v909 = arith.mulf %v908, %v905 fastmath<contract> : f32
                  llvm.store %v909, %v108 : f32, !llvm.ptr
                  %v910 = llvm.load %v80 : !llvm.ptr -> f32
                  %v911 = llvm.load %v89 : !llvm.ptr -> f32
                  %v912 = arith.mulf %v911, %v910 fastmath<contract> : f32
                  %v913 = arith.addf %v99, %v912 fastmath<contract> : f32
                  llvm.store %v913, %v80 : f32, !llvm.ptr
                  %v914 = llvm.load %v109 : !llvm.ptr -> f32
                  %v915 = arith.mulf %v914, %v911 fastmath<contract> : f32
                  llvm.store %v915, %v109 : f32, !llvm.ptr
                  scf.if %v748 {
                  }
                  llvm.store %v398, %v81 : f32, !llvm.ptr
                  llvm.store %v398, %v82 : f32, !llvm.ptr
                  llvm.store %v398, %v83 : f32, !llvm.ptr
                  llvm.store %v398, %v84 : f32, !llvm.ptr
                  llvm.store %v398, %v85 : f32, !llvm.ptr
                  llvm.store %v398, %v86 : f32, !llvm.ptr
                  llvm.store %v398, %v87 : f32, !llvm.ptr
                  llvm.store %v398, %v88 : f32, !llvm.ptr
                  llvm.store %v100, %v89 : f32, !llvm.ptr
                }
              }
            }
          }
        }
      }
      scf.if %v57 {
        %v916 = llvm.load %v72 : !llvm.ptr -> f32
        %v917 = arith.muli %v48, %v1 : i64
        %v918 = arith.addi %v917, %v53 : i64
        %v919 = arith.muli %v918, %v4 : i64
        %v920 = arith.subi %v4, %v2 : i64
        %v921 = arith.minsi %v59, %v920 : i64
        %v922 = arith.addi %v919, %v921 : i64
        %v923 = llvm.getelementptr %segsum_S_re[%v922] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v916, %v923 : f32, !llvm.ptr
        %v924 = llvm.load %v101 : !llvm.ptr -> f32
        %v925 = arith.addi %v8, %v48 : i64
        %v926 = arith.muli %v925, %v1 : i64
        %v927 = arith.addi %v926, %v53 : i64
        %v928 = arith.muli %v927, %v4 : i64
        %v929 = arith.subi %v4, %v2 : i64
        %v930 = arith.minsi %v59, %v929 : i64
        %v931 = arith.addi %v928, %v930 : i64
        %v932 = llvm.getelementptr %segsum_S_re[%v931] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v924, %v932 : f32, !llvm.ptr
        %v933 = llvm.load %v81 : !llvm.ptr -> f32
        %v934 = arith.muli %v112, %v8 : i64
        %v935 = arith.addi %v934, %v48 : i64
        %v936 = arith.muli %v935, %v1 : i64
        %v937 = arith.addi %v936, %v53 : i64
        %v938 = arith.muli %v937, %v4 : i64
        %v939 = arith.subi %v4, %v2 : i64
        %v940 = arith.minsi %v59, %v939 : i64
        %v941 = arith.addi %v938, %v940 : i64
        %v942 = llvm.getelementptr %segsum_S_re[%v941] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v933, %v942 : f32, !llvm.ptr
        %v943 = llvm.load %v73 : !llvm.ptr -> f32
        %v944 = arith.addi %v52, %v53 : i64
        %v945 = arith.muli %v48, %v1 : i64
        %v946 = arith.addi %v945, %v944 : i64
        %v947 = arith.muli %v946, %v4 : i64
        %v948 = arith.subi %v4, %v2 : i64
        %v949 = arith.minsi %v59, %v948 : i64
        %v950 = arith.addi %v947, %v949 : i64
        %v951 = llvm.getelementptr %segsum_S_re[%v950] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v943, %v951 : f32, !llvm.ptr
        %v952 = llvm.load %v102 : !llvm.ptr -> f32
        %v953 = arith.addi %v52, %v53 : i64
        %v954 = arith.addi %v8, %v48 : i64
        %v955 = arith.muli %v954, %v1 : i64
        %v956 = arith.addi %v955, %v953 : i64
        %v957 = arith.muli %v956, %v4 : i64
        %v958 = arith.subi %v4, %v2 : i64
        %v959 = arith.minsi %v59, %v958 : i64
        %v960 = arith.addi %v957, %v959 : i64
        %v961 = llvm.getelementptr %segsum_S_re[%v960] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v952, %v961 : f32, !llvm.ptr
        %v962 = llvm.load %v82 : !llvm.ptr -> f32
        %v963 = arith.addi %v52, %v53 : i64
        %v964 = arith.muli %v112, %v8 : i64
        %v965 = arith.addi %v964, %v48 : i64
        %v966 = arith.muli %v965, %v1 : i64
        %v967 = arith.addi %v966, %v963 : i64
        %v968 = arith.muli %v967, %v4 : i64
        %v969 = arith.subi %v4, %v2 : i64
        %v970 = arith.minsi %v59, %v969 : i64
        %v971 = arith.addi %v968, %v970 : i64
        %v972 = llvm.getelementptr %segsum_S_re[%v971] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v962, %v972 : f32, !llvm.ptr
        %v973 = llvm.load %v74 : !llvm.ptr -> f32
        %v975 = arith.addi %v974, %v53 : i64
        %v976 = arith.muli %v48, %v1 : i64
        %v977 = arith.addi %v976, %v975 : i64
        %v978 = arith.muli %v977, %v4 : i64
        %v979 = arith.subi %v4, %v2 : i64
        %v980 = arith.minsi %v59, %v979 : i64
        %v981 = arith.addi %v978, %v980 : i64
        %v982 = llvm.getelementptr %segsum_S_re[%v981] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v973, %v982 : f32, !llvm.ptr
        %v983 = llvm.load %v103 : !llvm.ptr -> f32
        %v984 = arith.addi %v974, %v53 : i64
        %v985 = arith.addi %v8, %v48 : i64
        %v986 = arith.muli %v985, %v1 : i64
        %v987 = arith.addi %v986, %v984 : i64
        %v988 = arith.muli %v987, %v4 : i64
        %v989 = arith.subi %v4, %v2 : i64
        %v990 = arith.minsi %v59, %v989 : i64
        %v991 = arith.addi %v988, %v990 : i64
        %v992 = llvm.getelementptr %segsum_S_re[%v991] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v983, %v992 : f32, !llvm.ptr
        %v993 = llvm.load %v83 : !llvm.ptr -> f32
        %v994 = arith.addi %v974, %v53 : i64
        %v995 = arith.muli %v112, %v8 : i64
        %v996 = arith.addi %v995, %v48 : i64
        %v997 = arith.muli %v996, %v1 : i64
        %v998 = arith.addi %v997, %v994 : i64
        %v999 = arith.muli %v998, %v4 : i64
        %v1000 = arith.subi %v4, %v2 : i64
        %v1001 = arith.minsi %v59, %v1000 : i64
        %v1002 = arith.addi %v999, %v1001 : i64
        %v1003 = llvm.getelementptr %segsum_S_re[%v1002] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v993, %v1003 : f32, !llvm.ptr
        %v1004 = llvm.load %v75 : !llvm.ptr -> f32
        %v1006 = arith.addi %v1005, %v53 : i64
        %v1007 = arith.muli %v48, %v1 : i64
        %v1008 = arith.addi %v1007, %v1006 : i64
        %v1009 = arith.muli %v1008, %v4 : i64
        %v1010 = arith.subi %v4, %v2 : i64
        %v1011 = arith.minsi %v59, %v1010 : i64
        %v1012 = arith.addi %v1009, %v1011 : i64
        %v1013 = llvm.getelementptr %segsum_S_re[%v1012] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1004, %v1013 : f32, !llvm.ptr
        %v1014 = llvm.load %v104 : !llvm.ptr -> f32
        %v1015 = arith.addi %v1005, %v53 : i64
        %v1016 = arith.addi %v8, %v48 : i64
        %v1017 = arith.muli %v1016, %v1 : i64
        %v1018 = arith.addi %v1017, %v1015 : i64
        %v1019 = arith.muli %v1018, %v4 : i64
        %v1020 = arith.subi %v4, %v2 : i64
        %v1021 = arith.minsi %v59, %v1020 : i64
        %v1022 = arith.addi %v1019, %v1021 : i64
        %v1023 = llvm.getelementptr %segsum_S_re[%v1022] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1014, %v1023 : f32, !llvm.ptr
        %v1024 = llvm.load %v84 : !llvm.ptr -> f32
        %v1025 = arith.addi %v1005, %v53 : i64
        %v1026 = arith.muli %v112, %v8 : i64
        %v1027 = arith.addi %v1026, %v48 : i64
        %v1028 = arith.muli %v1027, %v1 : i64
        %v1029 = arith.addi %v1028, %v1025 : i64
        %v1030 = arith.muli %v1029, %v4 : i64
        %v1031 = arith.subi %v4, %v2 : i64
        %v1032 = arith.minsi %v59, %v1031 : i64
        %v1033 = arith.addi %v1030, %v1032 : i64
        %v1034 = llvm.getelementptr %segsum_S_re[%v1033] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1024, %v1034 : f32, !llvm.ptr
        %v1035 = llvm.load %v76 : !llvm.ptr -> f32
        %v1036 = arith.muli %v48, %v1 : i64
        %v1037 = arith.addi %v1036, %v53 : i64
        %v1038 = arith.muli %v1037, %v4 : i64
        %v1039 = arith.subi %v4, %v2 : i64
        %v1040 = arith.minsi %v59, %v1039 : i64
        %v1041 = arith.addi %v1038, %v1040 : i64
        %v1042 = llvm.getelementptr %segsum_S_im[%v1041] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1035, %v1042 : f32, !llvm.ptr
        %v1043 = llvm.load %v105 : !llvm.ptr -> f32
        %v1044 = arith.addi %v8, %v48 : i64
        %v1045 = arith.muli %v1044, %v1 : i64
        %v1046 = arith.addi %v1045, %v53 : i64
        %v1047 = arith.muli %v1046, %v4 : i64
        %v1048 = arith.subi %v4, %v2 : i64
        %v1049 = arith.minsi %v59, %v1048 : i64
        %v1050 = arith.addi %v1047, %v1049 : i64
        %v1051 = llvm.getelementptr %segsum_S_im[%v1050] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1043, %v1051 : f32, !llvm.ptr
        %v1052 = llvm.load %v85 : !llvm.ptr -> f32
        %v1053 = arith.muli %v112, %v8 : i64
        %v1054 = arith.addi %v1053, %v48 : i64
        %v1055 = arith.muli %v1054, %v1 : i64
        %v1056 = arith.addi %v1055, %v53 : i64
        %v1057 = arith.muli %v1056, %v4 : i64
        %v1058 = arith.subi %v4, %v2 : i64
        %v1059 = arith.minsi %v59, %v1058 : i64
        %v1060 = arith.addi %v1057, %v1059 : i64
        %v1061 = llvm.getelementptr %segsum_S_im[%v1060] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1052, %v1061 : f32, !llvm.ptr
        %v1062 = llvm.load %v77 : !llvm.ptr -> f32
        %v1063 = arith.addi %v52, %v53 : i64
        %v1064 = arith.muli %v48, %v1 : i64
        %v1065 = arith.addi %v1064, %v1063 : i64
        %v1066 = arith.muli %v1065, %v4 : i64
        %v1067 = arith.subi %v4, %v2 : i64
        %v1068 = arith.minsi %v59, %v1067 : i64
        %v1069 = arith.addi %v1066, %v1068 : i64
        %v1070 = llvm.getelementptr %segsum_S_im[%v1069] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1062, %v1070 : f32, !llvm.ptr
        %v1071 = llvm.load %v106 : !llvm.ptr -> f32
        %v1072 = arith.addi %v52, %v53 : i64
        %v1073 = arith.addi %v8, %v48 : i64
        %v1074 = arith.muli %v1073, %v1 : i64
        %v1075 = arith.addi %v1074, %v1072 : i64
        %v1076 = arith.muli %v1075, %v4 : i64
        %v1077 = arith.subi %v4, %v2 : i64
        %v1078 = arith.minsi %v59, %v1077 : i64
        %v1079 = arith.addi %v1076, %v1078 : i64
        %v1080 = llvm.getelementptr %segsum_S_im[%v1079] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1071, %v1080 : f32, !llvm.ptr
        %v1081 = llvm.load %v86 : !llvm.ptr -> f32
        %v1082 = arith.addi %v52, %v53 : i64
        %v1083 = arith.muli %v112, %v8 : i64
        %v1084 = arith.addi %v1083, %v48 : i64
        %v1085 = arith.muli %v1084, %v1 : i64
        %v1086 = arith.addi %v1085, %v1082 : i64
        %v1087 = arith.muli %v1086, %v4 : i64
        %v1088 = arith.subi %v4, %v2 : i64
        %v1089 = arith.minsi %v59, %v1088 : i64
        %v1090 = arith.addi %v1087, %v1089 : i64
        %v1091 = llvm.getelementptr %segsum_S_im[%v1090] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1081, %v1091 : f32, !llvm.ptr
        %v1092 = llvm.load %v78 : !llvm.ptr -> f32
        %v1093 = arith.addi %v974, %v53 : i64
        %v1094 = arith.muli %v48, %v1 : i64
        %v1095 = arith.addi %v1094, %v1093 : i64
        %v1096 = arith.muli %v1095, %v4 : i64
        %v1097 = arith.subi %v4, %v2 : i64
        %v1098 = arith.minsi %v59, %v1097 : i64
        %v1099 = arith.addi %v1096, %v1098 : i64
        %v1100 = llvm.getelementptr %segsum_S_im[%v1099] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1092, %v1100 : f32, !llvm.ptr
        %v1101 = llvm.load %v107 : !llvm.ptr -> f32
        %v1102 = arith.addi %v974, %v53 : i64
        %v1103 = arith.addi %v8, %v48 : i64
        %v1104 = arith.muli %v1103, %v1 : i64
        %v1105 = arith.addi %v1104, %v1102 : i64
        %v1106 = arith.muli %v1105, %v4 : i64
        %v1107 = arith.subi %v4, %v2 : i64
        %v1108 = arith.minsi %v59, %v1107 : i64
        %v1109 = arith.addi %v1106, %v1108 : i64
        %v1110 = llvm.getelementptr %segsum_S_im[%v1109] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1101, %v1110 : f32, !llvm.ptr
        %v1111 = llvm.load %v87 : !llvm.ptr -> f32
        %v1112 = arith.addi %v974, %v53 : i64
        %v1113 = arith.muli %v112, %v8 : i64
        %v1114 = arith.addi %v1113, %v48 : i64
        %v1115 = arith.muli %v1114, %v1 : i64
        %v1116 = arith.addi %v1115, %v1112 : i64
        %v1117 = arith.muli %v1116, %v4 : i64
        %v1118 = arith.subi %v4, %v2 : i64
        %v1119 = arith.minsi %v59, %v1118 : i64
        %v1120 = arith.addi %v1117, %v1119 : i64
        %v1121 = llvm.getelementptr %segsum_S_im[%v1120] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1111, %v1121 : f32, !llvm.ptr
        %v1122 = llvm.load %v79 : !llvm.ptr -> f32
        %v1123 = arith.addi %v1005, %v53 : i64
        %v1124 = arith.muli %v48, %v1 : i64
        %v1125 = arith.addi %v1124, %v1123 : i64
        %v1126 = arith.muli %v1125, %v4 : i64
        %v1127 = arith.subi %v4, %v2 : i64
        %v1128 = arith.minsi %v59, %v1127 : i64
        %v1129 = arith.addi %v1126, %v1128 : i64
        %v1130 = llvm.getelementptr %segsum_S_im[%v1129] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1122, %v1130 : f32, !llvm.ptr
        %v1131 = llvm.load %v108 : !llvm.ptr -> f32
        %v1132 = arith.addi %v1005, %v53 : i64
        %v1133 = arith.addi %v8, %v48 : i64
        %v1134 = arith.muli %v1133, %v1 : i64
        %v1135 = arith.addi %v1134, %v1132 : i64
        %v1136 = arith.muli %v1135, %v4 : i64
        %v1137 = arith.subi %v4, %v2 : i64
        %v1138 = arith.minsi %v59, %v1137 : i64
        %v1139 = arith.addi %v1136, %v1138 : i64
        %v1140 = llvm.getelementptr %segsum_S_im[%v1139] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1131, %v1140 : f32, !llvm.ptr
        %v1141 = llvm.load %v88 : !llvm.ptr -> f32
        %v1142 = arith.addi %v1005, %v53 : i64
        %v1143 = arith.muli %v112, %v8 : i64
        %v1144 = arith.addi %v1143, %v48 : i64
        %v1145 = arith.muli %v1144, %v1 : i64
        %v1146 = arith.addi %v1145, %v1142 : i64
        %v1147 = arith.muli %v1146, %v4 : i64
        %v1148 = arith.subi %v4, %v2 : i64
        %v1149 = arith.minsi %v59, %v1148 : i64
        %v1150 = arith.addi %v1147, %v1149 : i64
        %v1151 = llvm.getelementptr %segsum_S_im[%v1150] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1141, %v1151 : f32, !llvm.ptr
        %v1152 = llvm.load %v80 : !llvm.ptr -> f32
        %v1153 = arith.muli %v48, %v4 : i64
        %v1154 = arith.subi %v4, %v2 : i64
        %v1155 = arith.minsi %v59, %v1154 : i64
        %v1156 = arith.addi %v1153, %v1155 : i64
        %v1157 = llvm.getelementptr %segsum_t_pos[%v1156] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1152, %v1157 : f32, !llvm.ptr
        %v1158 = llvm.load %v109 : !llvm.ptr -> f32
        %v1159 = arith.addi %v8, %v48 : i64
        %v1160 = arith.muli %v1159, %v4 : i64
        %v1161 = arith.subi %v4, %v2 : i64
        %v1162 = arith.minsi %v59, %v1161 : i64
        %v1163 = arith.addi %v1160, %v1162 : i64
        %v1164 = llvm.getelementptr %segsum_t_pos[%v1163] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1158, %v1164 : f32, !llvm.ptr
        %v1165 = llvm.load %v89 : !llvm.ptr -> f32
        %v1166 = arith.muli %v112, %v8 : i64
        %v1167 = arith.addi %v1166, %v48 : i64
        %v1168 = arith.muli %v1167, %v4 : i64
        %v1169 = arith.subi %v4, %v2 : i64
        %v1170 = arith.minsi %v59, %v1169 : i64
        %v1171 = arith.addi %v1168, %v1170 : i64
        %v1172 = llvm.getelementptr %segsum_t_pos[%v1171] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1165, %v1172 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
