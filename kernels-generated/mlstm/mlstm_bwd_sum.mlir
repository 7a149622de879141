module attributes {gpu.container_module} {
  gpu.module @linrec {
    llvm.mlir.global internal @rows_mlstm_bwd_sum_q() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<1040 x f32>
    llvm.mlir.global internal @rows_mlstm_bwd_sum_k() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<1040 x f32>
    llvm.mlir.global internal @rows_mlstm_bwd_sum_ig() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<65 x f32>
    llvm.mlir.global internal @rows_mlstm_bwd_sum_fg() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<65 x f32>
    gpu.func @mlstm_bwd_sum(%in_q: !llvm.ptr, %in_k: !llvm.ptr, %in_v: !llvm.ptr, %in_ig: !llvm.ptr, %in_fg: !llvm.ptr, %dy_o: !llvm.ptr, %ckpt_C: !llvm.ptr, %ckpt_n: !llvm.ptr, %scratch_C: !llvm.ptr, %scratch_n: !llvm.ptr, %segsum_C: !llvm.ptr, %segsum_n: !llvm.ptr, %size_B: i64, %size_L: i64, %size_H: i64, %size_DK: i64, %size_DV: i64) kernel attributes {nvvm.maxntid = array<i32: 256, 1, 1>, nvvm.minctasm = 2 : i32} {
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
      %v25 = arith.constant 32 : i64
      %v26 = arith.constant 31 : i64
      %v37 = arith.constant 8 : i64
      %v54 = arith.constant 4 : i64
      %v58 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v59 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v60 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v61 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v62 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v63 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v64 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v65 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v66 = llvm.mlir.addressof @rows_mlstm_bwd_sum_q : !llvm.ptr<3>
      %v67 = llvm.addrspacecast %v66 : !llvm.ptr<3> to !llvm.ptr
      %v68 = llvm.mlir.addressof @rows_mlstm_bwd_sum_k : !llvm.ptr<3>
      %v69 = llvm.addrspacecast %v68 : !llvm.ptr<3> to !llvm.ptr
      %v70 = llvm.mlir.addressof @rows_mlstm_bwd_sum_ig : !llvm.ptr<3>
      %v71 = llvm.addrspacecast %v70 : !llvm.ptr<3> to !llvm.ptr
      %v72 = llvm.mlir.addressof @rows_mlstm_bwd_sum_fg : !llvm.ptr<3>
      %v73 = llvm.addrspacecast %v72 : !llvm.ptr<3> to !llvm.ptr
      %v74 = arith.constant 0x00000000 : f32
      %v75 = arith.constant 0x3F800000 : f32
      %v76 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v77 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v78 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v79 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v80 = arith.constant 0 : i64
      %v82 = arith.constant 64 : i64
      %v83 = arith.constant 3 : i64
      %v84 = arith.constant 63 : i64
      %v104 = arith.constant 1024 : i64
      %v116 = arith.muli %v1, %size_H : i64
      %v117 = arith.muli %v116, %size_L : i64
      %v126 = arith.constant 65 : i64
      %v161 = arith.muli %size_H, %size_L : i64
      %v190 = arith.muli %size_B, %size_H : i64
      %v191 = arith.muli %v190, %v1 : i64
      %v192 = arith.muli %v191, %size_DV : i64
      %v194 = arith.muli %size_DV, %v1 : i64
      %v195 = arith.muli %v194, %size_H : i64
      %v205 = arith.muli %size_B, %size_H : i64
      %v206 = arith.muli %v205, %v1 : i64
      %v207 = arith.muli %v206, %size_DV : i64
      %v220 = arith.muli %size_B, %size_H : i64
      %v221 = arith.muli %v220, %v1 : i64
      %v223 = arith.muli %v1, %size_H : i64
      %v231 = arith.muli %size_B, %size_H : i64
      %v232 = arith.muli %v231, %v1 : i64
      %v299 = arith.constant 0x3FB8AA3B : f32
      %v318 = arith.muli %size_DV, %size_H : i64
      %v319 = arith.muli %v318, %size_L : i64
      %v506 = arith.constant 2 : i64
      %v616 = arith.constant 2147483647 : i64
      %v620 = arith.constant 3 : i32
      %v647 = arith.constant 1 : i32
      %v648 = arith.constant 32 : i32
      %v652 = arith.constant 2 : i32
      %v656 = arith.constant 4 : i32
      %v697 = arith.constant 0xBF800000 : f32
      %v925 = arith.constant 0 : i32
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
      %v314 = arith.sitofp %v1 : i64 to f32
      %v423 = arith.sitofp %v1 : i64 to f32
      %v475 = arith.sitofp %v1 : i64 to f32
      %v528 = arith.sitofp %v1 : i64 to f32
      %v580 = arith.sitofp %v1 : i64 to f32
      %v1080 = arith.sitofp %v1 : i64 to f32
      %v1132 = arith.sitofp %v1 : i64 to f32
      %v1184 = arith.sitofp %v1 : i64 to f32
      %v1236 = arith.sitofp %v1 : i64 to f32
      %v55 = arith.muli %v33, %v54 : i64
      %v56 = arith.addi %v55, %v54 : i64
      %v57 = arith.muli %v33, %v4 : i64
      llvm.store %v74, %v58 : f32, !llvm.ptr
      llvm.store %v74, %v59 : f32, !llvm.ptr
      llvm.store %v74, %v60 : f32, !llvm.ptr
      llvm.store %v74, %v61 : f32, !llvm.ptr
      llvm.store %v75, %v62 : f32, !llvm.ptr
      llvm.store %v75, %v63 : f32, !llvm.ptr
      llvm.store %v75, %v64 : f32, !llvm.ptr
      llvm.store %v75, %v65 : f32, !llvm.ptr
      llvm.store %v75, %v76 : f32, !llvm.ptr
      llvm.store %v75, %v77 : f32, !llvm.ptr
      llvm.store %v75, %v78 : f32, !llvm.ptr
      llvm.store %v75, %v79 : f32, !llvm.ptr
      %v81 = arith.cmpi eq, %size_L, %v80 : i64
      scf.if %v81 {
        llvm.store %v74, %v17 : f32, !llvm.ptr
        llvm.store %v74, %v18 : f32, !llvm.ptr
        llvm.store %v74, %v19 : f32, !llvm.ptr
        llvm.store %v74, %v20 : f32, !llvm.ptr
      }
      %v85 = arith.addi %size_L, %v84 : i64
      %v86 = arith.divui %v85, %v82 : i64
      %v87 = arith.minsi %v56, %v86 : i64
      %v88 = arith.muli %v33, %v1 : i64
      %v89 = arith.subi %v87, %v55 : i64
      %v90 = arith.maxsi %v89, %v80 : i64
      %v91 = arith.index_cast %v80 : i64 to index
      %v92 = arith.index_cast %v90 : i64 to index
      %v93 = arith.index_cast %v2 : i64 to index
      scf.for %v94 = %v91 to %v92 step %v93 {
        %v95 = arith.index_cast %v94 : index to i64
        %v96 = arith.subi %v87, %v2 : i64
        %v97 = arith.subi %v96, %v95 : i64
        %v98 = arith.muli %v97, %v82 : i64
        %v99 = arith.subi %size_L, %v98 : i64
        %v100 = arith.minsi %v99, %v82 : i64
        %v101 = arith.addi %v100, %v83 : i64
        %v102 = arith.divui %v101, %v54 : i64
        // the block's shared input rows for this stretch
        gpu.barrier
        %v103 = arith.subi %size_L, %v2 : i64
        %v105 = arith.index_cast %v23 : i64 to index
        %v106 = arith.index_cast %v104 : i64 to index
        %v107 = arith.index_cast %v7 : i64 to index
        scf.for %v108 = %v105 to %v106 step %v107 {
          %v109 = arith.index_cast %v108 : index to i64
          %v110 = arith.remui %v109, %v82 : i64
          %v111 = arith.divui %v109, %v82 : i64
          %v112 = arith.addi %v98, %v110 : i64
          %v113 = arith.minsi %v112, %v103 : i64
          %v114 = arith.remui %v111, %v1 : i64
          %v115 = arith.divui %v111, %v1 : i64
          %v118 = arith.muli %v52, %v117 : i64
          %v119 = arith.muli %v113, %v116 : i64
          %v120 = arith.addi %v118, %v119 : i64
          %v121 = arith.muli %v50, %v1 : i64
          %v122 = arith.addi %v120, %v121 : i64
          %v123 = arith.addi %v122, %v114 : i64
          %v124 = llvm.getelementptr %in_q[%v123] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v125 = llvm.load %v124 : !llvm.ptr -> f32
          %v127 = arith.muli %v111, %v126 : i64
          %v128 = arith.addi %v127, %v110 : i64
          %v129 = llvm.getelementptr %v67[%v128] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v125, %v129 : f32, !llvm.ptr
        }
        %v130 = arith.index_cast %v23 : i64 to index
        %v131 = arith.index_cast %v104 : i64 to index
        %v132 = arith.index_cast %v7 : i64 to index
        scf.for %v133 = %v130 to %v131 step %v132 {
          %v134 = arith.index_cast %v133 : index to i64
          %v135 = arith.remui %v134, %v82 : i64
          %v136 = arith.divui %v134, %v82 : i64
          %v137 = arith.addi %v98, %v135 : i64
          %v138 = arith.minsi %v137, %v103 : i64
          %v139 = arith.remui %v136, %v1 : i64
          %v140 = arith.divui %v136, %v1 : i64
          %v141 = arith.muli %v52, %v117 : i64
          %v142 = arith.muli %v138, %v116 : i64
          %v143 = arith.addi %v141, %v142 : i64
          %v144 = arith.muli %v50, %v1 : i64
          %v145 = arith.addi %v143, %v144 : i64
          %v146 = arith.addi %v145, %v139 : i64
          %v147 = llvm.getelementptr %in_k[%v146] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v148 = llvm.load %v147 : !llvm.ptr -> f32
          %v149 = arith.muli %v136, %v126 : i64
          %v150 = arith.addi %v149, %v135 : i64
          %v151 = llvm.getelementptr %v69[%v150] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v148, %v151 : f32, !llvm.ptr
        }
        %v152 = arith.index_cast %v23 : i64 to index
        %v153 = arith.index_cast %v82 : i64 to index
        %v154 = arith.index_cast %v7 : i64 to index
        scf.for %v155 = %v152 to %v153 step %v154 {
          %v156 = arith.index_cast %v155 : index to i64
          %v157 = arith.remui %v156, %v82 : i64
          %v158 = arith.divui %v156, %v82 : i64
          %v159 = arith.addi %v98, %v157 : i64
          %v160 = arith.minsi %v159, %v103 : i64
          %v162 = arith.muli %v52, %v161 : i64
          %v163 = arith.muli %v160, %size_H : i64
          %v164 = arith.addi %v162, %v163 : i64
          %v165 = arith.addi %v164, %v50 : i64
          %v166 = llvm.getelementptr %in_ig[%v165] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v167 = llvm.load %v166 : !llvm.ptr -> f32
          %v168 = arith.muli %v158, %v126 : i64
          %v169 = arith.addi %v168, %v157 : i64
          %v170 = llvm.getelementptr %v71[%v169] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v167, %v170 : f32, !llvm.ptr
        }
        %v171 = arith.index_cast %v23 : i64 to index
        %v172 = arith.index_cast %v82 : i64 to index
        %v173 = arith.index_cast %v7 : i64 to index
        scf.for %v174 = %v171 to %v172 step %v173 {
          %v175 = arith.index_cast %v174 : index to i64
          %v176 = arith.remui %v175, %v82 : i64
          %v177 = arith.divui %v175, %v82 : i64
          %v178 = arith.addi %v98, %v176 : i64
          %v179 = arith.minsi %v178, %v103 : i64
          %v180 = arith.muli %v52, %v161 : i64
          %v181 = arith.muli %v179, %size_H : i64
          %v182 = arith.addi %v180, %v181 : i64
          %v183 = arith.addi %v182, %v50 : i64
          %v184 = llvm.getelementptr %in_fg[%v183] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v185 = llvm.load %v184 : !llvm.ptr -> f32
          %v186 = arith.muli %v177, %v126 : i64
          %v187 = arith.addi %v186, %v176 : i64
          %v188 = llvm.getelementptr %v73[%v187] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v185, %v188 : f32, !llvm.ptr
        }
        gpu.barrier
        %v189 = arith.subi %v100, %v2 : i64
        %v193 = arith.muli %v97, %v192 : i64
        %v196 = arith.muli %v52, %v195 : i64
        %v197 = arith.muli %v50, %v194 : i64
        %v198 = arith.addi %v196, %v197 : i64
        %v199 = arith.muli %v38, %size_DV : i64
        %v200 = arith.addi %v198, %v199 : i64
        %v201 = arith.addi %v200, %v48 : i64
        %v202 = arith.addi %v193, %v201 : i64
        %v203 = llvm.getelementptr %ckpt_C[%v202] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v204 = llvm.load %v203 : !llvm.ptr -> f32
        llvm.store %v204, %v13 : f32, !llvm.ptr
        %v208 = arith.muli %v97, %v207 : i64
        %v209 = arith.muli %v52, %v195 : i64
        %v210 = arith.muli %v50, %v194 : i64
        %v211 = arith.addi %v209, %v210 : i64
        %v212 = arith.constant 8 : i64
        %v213 = arith.addi %v212, %v38 : i64
        %v214 = arith.muli %v213, %size_DV : i64
        %v215 = arith.addi %v211, %v214 : i64
        %v216 = arith.addi %v215, %v48 : i64
        %v217 = arith.addi %v208, %v216 : i64
        %v218 = llvm.getelementptr %ckpt_C[%v217] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v219 = llvm.load %v218 : !llvm.ptr -> f32
        llvm.store %v219, %v14 : f32, !llvm.ptr
        %v222 = arith.muli %v97, %v221 : i64
        %v224 = arith.muli %v52, %v223 : i64
        %v225 = arith.muli %v50, %v1 : i64
        %v226 = arith.addi %v224, %v225 : i64
        %v227 = arith.addi %v226, %v38 : i64
        %v228 = arith.addi %v222, %v227 : i64
        %v229 = llvm.getelementptr %ckpt_n[%v228] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v230 = llvm.load %v229 : !llvm.ptr -> f32
        llvm.store %v230, %v15 : f32, !llvm.ptr
        %v233 = arith.muli %v97, %v232 : i64
        %v234 = arith.muli %v52, %v223 : i64
        %v235 = arith.muli %v50, %v1 : i64
        %v236 = arith.addi %v234, %v235 : i64
        %v237 = arith.constant 8 : i64
        %v238 = arith.addi %v237, %v38 : i64
        %v239 = arith.addi %v236, %v238 : i64
        %v240 = arith.addi %v233, %v239 : i64
        %v241 = llvm.getelementptr %ckpt_n[%v240] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v242 = llvm.load %v241 : !llvm.ptr -> f32
        llvm.store %v242, %v16 : f32, !llvm.ptr
        // the state entering each group of the stretch
        %v243 = arith.index_cast %v80 : i64 to index
        %v244 = arith.index_cast %v102 : i64 to index
        %v245 = arith.index_cast %v2 : i64 to index
        scf.for %v246 = %v243 to %v244 step %v245 {
          %v247 = arith.index_cast %v246 : index to i64
          %v248 = arith.addi %v88, %v247 : i64
          scf.if %v42 {
            %v249 = llvm.load %v13 : !llvm.ptr -> f32
            %v250 = arith.muli %v248, %v4 : i64
            %v251 = arith.subi %v4, %v2 : i64
            %v252 = arith.minsi %v44, %v251 : i64
            %v253 = arith.addi %v250, %v252 : i64
            %v254 = arith.muli %v253, %v1 : i64
            %v255 = arith.addi %v254, %v38 : i64
            %v256 = llvm.getelementptr %scratch_C[%v255] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v249, %v256 : f32, !llvm.ptr
            %v257 = llvm.load %v14 : !llvm.ptr -> f32
            %v258 = arith.muli %v248, %v4 : i64
            %v259 = arith.subi %v4, %v2 : i64
            %v260 = arith.minsi %v44, %v259 : i64
            %v261 = arith.addi %v258, %v260 : i64
            %v262 = arith.muli %v261, %v1 : i64
            %v263 = arith.addi %v262, %v37 : i64
            %v264 = arith.addi %v263, %v38 : i64
            %v265 = llvm.getelementptr %scratch_C[%v264] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v257, %v265 : f32, !llvm.ptr
            %v266 = llvm.load %v15 : !llvm.ptr -> f32
            %v267 = arith.muli %v248, %v4 : i64
            %v268 = arith.subi %v4, %v2 : i64
            %v269 = arith.minsi %v44, %v268 : i64
            %v270 = arith.addi %v267, %v269 : i64
            %v271 = arith.muli %v270, %v1 : i64
            %v272 = arith.addi %v271, %v38 : i64
            %v273 = llvm.getelementptr %scratch_n[%v272] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v266, %v273 : f32, !llvm.ptr
            %v274 = llvm.load %v16 : !llvm.ptr -> f32
            %v275 = arith.muli %v248, %v4 : i64
            %v276 = arith.subi %v4, %v2 : i64
            %v277 = arith.minsi %v44, %v276 : i64
            %v278 = arith.addi %v275, %v277 : i64
            %v279 = arith.muli %v278, %v1 : i64
            %v280 = arith.addi %v279, %v37 : i64
            %v281 = arith.addi %v280, %v38 : i64
            %v282 = llvm.getelementptr %scratch_n[%v281] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v274, %v282 : f32, !llvm.ptr
          }
          %v283 = arith.muli %v247, %v54 : i64
          %v284 = arith.subi %v100, %v283 : i64
          %v285 = arith.trunci %v284 : i64 to i32
          %v286 = arith.index_cast %v80 : i64 to index
          %v287 = arith.index_cast %v54 : i64 to index
          %v288 = arith.index_cast %v2 : i64 to index
          scf.for %v289 = %v286 to %v287 step %v288 {
            %v290 = arith.index_cast %v289 : index to i64
            %v291 = arith.trunci %v290 : i64 to i32
            %v292 = arith.addi %v283, %v290 : i64
            %v293 = arith.cmpi slt, %v291, %v285 : i32
            scf.if %v293 {
              %v294 = arith.addi %v98, %v292 : i64
              %v295 = arith.subi %v294, %v98 : i64
              %v296 = llvm.getelementptr %v73[%v295] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v297 = llvm.load %v296 : !llvm.ptr -> f32
              %v298 = arith.negf %v297 : f32
              %v300 = arith.mulf %v298, %v299 fastmath<contract> : f32
              %v301 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v300) : (f32) -> f32
              %v302 = arith.addf %v75, %v301 fastmath<contract> : f32
              %v303 = arith.divf %v75, %v302 : f32
              %v304 = arith.subi %v294, %v98 : i64
              %v305 = llvm.getelementptr %v71[%v304] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v306 = llvm.load %v305 : !llvm.ptr -> f32
              %v307 = arith.mulf %v306, %v299 fastmath<contract> : f32
              %v308 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v307) : (f32) -> f32
              %v309 = arith.muli %v38, %v126 : i64
              %v310 = arith.subi %v294, %v98 : i64
              %v311 = arith.addi %v309, %v310 : i64
              %v312 = llvm.getelementptr %v69[%v311] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v313 = llvm.load %v312 : !llvm.ptr -> f32
              %v315 = llvm.call_intrinsic "llvm.sqrt.f32"(%v314) : (f32) -> f32
              %v316 = arith.divf %v313, %v315 : f32
              %v317 = arith.mulf %v308, %v316 fastmath<contract> : f32
              %v320 = arith.muli %v52, %v319 : i64
              %v321 = arith.muli %v294, %v318 : i64
              %v322 = arith.addi %v320, %v321 : i64
              %v323 = arith.muli %v50, %size_DV : i64
              %v324 = arith.addi %v322, %v323 : i64
              %v325 = arith.addi %v324, %v48 : i64
              %v326 = llvm.getelementptr %in_v[%v325] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v327 = llvm.load %v326 : !llvm.ptr -> f32
              %v328 = arith.mulf %v317, %v327 fastmath<contract> : f32
              %v329 = llvm.load %v13 : !llvm.ptr -> f32
              %v330 = arith.mulf %v303, %v329 fastmath<contract> : f32
              %v331 = arith.addf %v330, %v328 fastmath<contract> : f32
              llvm.store %v331, %v13 : f32, !llvm.ptr
              %v332 = arith.constant 8 : i64
              %v333 = arith.addi %v332, %v38 : i64
              %v334 = arith.muli %v333, %v126 : i64
              %v335 = arith.subi %v294, %v98 : i64
              %v336 = arith.addi %v334, %v335 : i64
              %v337 = llvm.getelementptr %v69[%v336] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v338 = llvm.load %v337 : !llvm.ptr -> f32
              %v339 = arith.divf %v338, %v315 : f32
              %v340 = arith.mulf %v308, %v339 fastmath<contract> : f32
              %v341 = arith.mulf %v340, %v327 fastmath<contract> : f32
              %v342 = llvm.load %v14 : !llvm.ptr -> f32
              %v343 = arith.mulf %v303, %v342 fastmath<contract> : f32
              %v344 = arith.addf %v343, %v341 fastmath<contract> : f32
              llvm.store %v344, %v14 : f32, !llvm.ptr
              %v345 = llvm.load %v15 : !llvm.ptr -> f32
              %v346 = arith.mulf %v303, %v345 fastmath<contract> : f32
              %v347 = arith.addf %v346, %v317 fastmath<contract> : f32
              llvm.store %v347, %v15 : f32, !llvm.ptr
              %v348 = llvm.load %v16 : !llvm.ptr -> f32
              %v349 = arith.mulf %v303, %v348 fastmath<contract> : f32
              %v350 = arith.addf %v349, %v340 fastmath<contract> : f32
              llvm.store %v350, %v16 : f32, !llvm.ptr
            }
          }
        }
        %v351 = arith.index_cast %v80 : i64 to index
        %v352 = arith.index_cast %v2 : i64 to index
        %v353 = arith.index_cast %v2 : i64 to index
        scf.for %v354 = %v351 to %v352 step %v353 {
          %v355 = arith.index_cast %v354 : index to i64
          %v356 = arith.index_cast %v80 : i64 to index
          %v357 = arith.index_cast %v102 : i64 to index
          %v358 = arith.index_cast %v2 : i64 to index
          scf.for %v359 = %v356 to %v357 step %v358 {
            %v360 = arith.index_cast %v359 : index to i64
            %v361 = arith.cmpi slt, %v360, %v102 : i64
            scf.if %v361 {
              %v362 = arith.subi %v102, %v2 : i64
              %v363 = arith.subi %v362, %v360 : i64
              %v364 = arith.muli %v363, %v54 : i64
              %v365 = arith.addi %v88, %v363 : i64
              %v366 = arith.addi %v364, %v54 : i64
              %v367 = arith.cmpi sle, %v366, %v100 : i64
              scf.if %v367 {
                %v368 = arith.subi %v100, %v2 : i64
                %v369 = arith.muli %v365, %v4 : i64
                %v370 = arith.subi %v4, %v2 : i64
                %v371 = arith.minsi %v44, %v370 : i64
                %v372 = arith.addi %v369, %v371 : i64
                %v373 = arith.muli %v372, %v1 : i64
                %v374 = arith.addi %v373, %v38 : i64
                %v375 = llvm.getelementptr %scratch_C[%v374] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v376 = llvm.load %v375 : !llvm.ptr -> f32
                %v377 = arith.muli %v365, %v4 : i64
                %v378 = arith.subi %v4, %v2 : i64
                %v379 = arith.minsi %v44, %v378 : i64
                %v380 = arith.addi %v377, %v379 : i64
                %v381 = arith.muli %v380, %v1 : i64
                %v382 = arith.addi %v381, %v37 : i64
                %v383 = arith.addi %v382, %v38 : i64
                %v384 = llvm.getelementptr %scratch_C[%v383] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v385 = llvm.load %v384 : !llvm.ptr -> f32
                %v386 = arith.muli %v365, %v4 : i64
                %v387 = arith.subi %v4, %v2 : i64
                %v388 = arith.minsi %v44, %v387 : i64
                %v389 = arith.addi %v386, %v388 : i64
                %v390 = arith.muli %v389, %v1 : i64
                %v391 = arith.addi %v390, %v38 : i64
                %v392 = llvm.getelementptr %scratch_n[%v391] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v393 = llvm.load %v392 : !llvm.ptr -> f32
                %v394 = arith.muli %v365, %v4 : i64
                %v395 = arith.subi %v4, %v2 : i64
                %v396 = arith.minsi %v44, %v395 : i64
                %v397 = arith.addi %v394, %v396 : i64
                %v398 = arith.muli %v397, %v1 : i64
                %v399 = arith.addi %v398, %v37 : i64
                %v400 = arith.addi %v399, %v38 : i64
                %v401 = llvm.getelementptr %scratch_n[%v400] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v402 = llvm.load %v401 : !llvm.ptr -> f32
                // the group's states, recomputed into registers
                %v403 = arith.minsi %v364, %v368 : i64
                %v404 = arith.addi %v98, %v403 : i64
                %v405 = arith.subi %v404, %v98 : i64
                %v406 = llvm.getelementptr %v73[%v405] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v407 = llvm.load %v406 : !llvm.ptr -> f32
                %v408 = arith.negf %v407 : f32
                %v409 = arith.mulf %v408, %v299 fastmath<contract> : f32
                %v410 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v409) : (f32) -> f32
                %v411 = arith.addf %v75, %v410 fastmath<contract> : f32
                %v412 = arith.divf %v75, %v411 : f32
                %v413 = arith.subi %v404, %v98 : i64
                %v414 = llvm.getelementptr %v71[%v413] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v415 = llvm.load %v414 : !llvm.ptr -> f32
                %v416 = arith.mulf %v415, %v299 fastmath<contract> : f32
                %v417 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v416) : (f32) -> f32
                %v418 = arith.muli %v38, %v126 : i64
                %v419 = arith.subi %v404, %v98 : i64
                %v420 = arith.addi %v418, %v419 : i64
                %v421 = llvm.getelementptr %v69[%v420] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v422 = llvm.load %v421 : !llvm.ptr -> f32
                %v424 = llvm.call_intrinsic "llvm.sqrt.f32"(%v423) : (f32) -> f32
                %v425 = arith.divf %v422, %v424 : f32
                %v426 = arith.mulf %v417, %v425 fastmath<contract> : f32
                %v427 = arith.muli %v52, %v319 : i64
                %v428 = arith.muli %v404, %v318 : i64
                %v429 = arith.addi %v427, %v428 : i64
                %v430 = arith.muli %v50, %size_DV : i64
                %v431 = arith.addi %v429, %v430 : i64
                %v432 = arith.addi %v431, %v48 : i64
                %v433 = llvm.getelementptr %in_v[%v432] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v434 = llvm.load %v433 : !llvm.ptr -> f32
                %v435 = arith.mulf %v426, %v434 fastmath<contract> : f32
                %v436 = arith.mulf %v412, %v376 fastmath<contract> : f32
                %v437 = arith.addf %v436, %v435 fastmath<contract> : f32
                %v438 = arith.constant 8 : i64
                %v439 = arith.addi %v438, %v38 : i64
                %v440 = arith.muli %v439, %v126 : i64
                %v441 = arith.subi %v404, %v98 : i64
                %v442 = arith.addi %v440, %v441 : i64
                %v443 = llvm.getelementptr %v69[%v442] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v444 = llvm.load %v443 : !llvm.ptr -> f32
                %v445 = arith.divf %v444, %v424 : f32
                %v446 = arith.mulf %v417, %v445 fastmath<contract> : f32
                %v447 = arith.mulf %v446, %v434 fastmath<contract> : f32
                %v448 = arith.mulf %v412, %v385 fastmath<contract> : f32
                %v449 = arith.addf %v448, %v447 fastmath<contract> : f32
                %v450 = arith.mulf %v412, %v393 fastmath<contract> : f32
                %v451 = arith.addf %v450, %v426 fastmath<contract> : f32
                %v452 = arith.mulf %v412, %v402 fastmath<contract> : f32
                %v453 = arith.addf %v452, %v446 fastmath<contract> : f32
                %v454 = arith.addi %v364, %v2 : i64
                %v455 = arith.minsi %v454, %v368 : i64
                %v456 = arith.addi %v98, %v455 : i64
                %v457 = arith.subi %v456, %v98 : i64
                %v458 = llvm.getelementptr %v73[%v457] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v459 = llvm.load %v458 : !llvm.ptr -> f32
                %v460 = arith.negf %v459 : f32
                %v461 = arith.mulf %v460, %v299 fastmath<contract> : f32
                %v462 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v461) : (f32) -> f32
                %v463 = arith.addf %v75, %v462 fastmath<contract> : f32
                %v464 = arith.divf %v75, %v463 : f32
                %v465 = arith.subi %v456, %v98 : i64
                %v466 = llvm.getelementptr %v71[%v465] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v467 = llvm.load %v466 : !llvm.ptr -> f32
                %v468 = arith.mulf %v467, %v299 fastmath<contract> : f32
                %v469 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v468) : (f32) -> f32
                %v470 = arith.muli %v38, %v126 : i64
                %v471 = arith.subi %v456, %v98 : i64
                %v472 = arith.addi %v470, %v471 : i64
                %v473 = llvm.getelementptr %v69[%v472] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v474 = llvm.load %v473 : !llvm.ptr -> f32
                %v476 = llvm.call_intrinsic "llvm.sqrt.f32"(%v475) : (f32) -> f32
                %v477 = arith.divf %v474, %v476 : f32
                %v478 = arith.mulf %v469, %v477 fastmath<contract> : f32
                %v479 = arith.muli %v52, %v319 : i64
                %v480 = arith.muli %v456, %v318 : i64
                %v481 = arith.addi %v479, %v480 : i64
                %v482 = arith.muli %v50, %size_DV : i64
                %v483 = arith.addi %v481, %v482 : i64
                %v484 = arith.addi %v483, %v48 : i64
                %v485 = llvm.getelementptr %in_v[%v484] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v486 = llvm.load %v485 : !llvm.ptr -> f32
                %v487 = arith.mulf %v478, %v486 fastmath<contract> : f32
                %v488 = arith.mulf %v464, %v437 fastmath<contract> : f32
                %v489 = arith.addf %v488, %v487 fastmath<contract> : f32
                %v490 = arith.constant 8 : i64
                %v491 = arith.addi %v490, %v38 : i64
                %v492 = arith.muli %v491, %v126 : i64
                %v493 = arith.subi %v456, %v98 : i64
                %v494 = arith.addi %v492, %v493 : i64
                %v495 = llvm.getelementptr %v69[%v494] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v496 = llvm.load %v495 : !llvm.ptr -> f32
                %v497 = arith.divf %v496, %v476 : f32
                %v498 = arith.mulf %v469, %v497 fastmath<contract> : f32
                %v499 = arith.mulf %v498, %v486 fastmath<contract> : f32
                %v500 = arith.mulf %v464, %v449 fastmath<contract> : f32
                %v501 = arith.addf %v500, %v499 fastmath<contract> : f32
                %v502 = arith.mulf %v464, %v451 fastmath<contract> : f32
                %v503 = arith.addf %v502, %v478 fastmath<contract> : f32
                %v504 = arith.mulf %v464, %v453 fastmath<contract> : f32
                %v505 = arith.addf %v504, %v498 fastmath<contract> : f32
                %v507 = arith.addi %v364, %v506 : i64
                %v508 = arith.minsi %v507, %v368 : i64
                %v509 = arith.addi %v98, %v508 : i64
                %v510 = arith.subi %v509, %v98 : i64
                %v511 = llvm.getelementptr %v73[%v510] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v512 = llvm.load %v511 : !llvm.ptr -> f32
                %v513 = arith.negf %v512 : f32
                %v514 = arith.mulf %v513, %v299 fastmath<contract> : f32
                %v515 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v514) : (f32) -> f32
                %v516 = arith.addf %v75, %v515 fastmath<contract> : f32
                %v517 = arith.divf %v75, %v516 : f32
                %v518 = arith.subi %v509, %v98 : i64
                %v519 = llvm.getelementptr %v71[%v518] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v520 = llvm.load %v519 : !llvm.ptr -> f32
                %v521 = arith.mulf %v520, %v299 fastmath<contract> : f32
                %v522 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v521) : (f32) -> f32
                %v523 = arith.muli %v38, %v126 : i64
                %v524 = arith.subi %v509, %v98 : i64
                %v525 = arith.addi %v523, %v524 : i64
                %v526 = llvm.getelementptr %v69[%v525] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v527 = llvm.load %v526 : !llvm.ptr -> f32
                %v529 = llvm.call_intrinsic "llvm.sqrt.f32"(%v528) : (f32) -> f32
                %v530 = arith.divf %v527, %v529 : f32
                %v531 = arith.mulf %v522, %v530 fastmath<contract> : f32
                %v532 = arith.muli %v52, %v319 : i64
                %v533 = arith.muli %v509, %v318 : i64
                %v534 = arith.addi %v532, %v533 : i64
                %v535 = arith.muli %v50, %size_DV : i64
                %v536 = arith.addi %v534, %v535 : i64
                %v537 = arith.addi %v536, %v48 : i64
                %v538 = llvm.getelementptr %in_v[%v537] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v539 = llvm.load %v538 : !llvm.ptr -> f32
                %v540 = arith.mulf %v531, %v539 fastmath<contract> : f32
                %v541 = arith.mulf %v517, %v489 fastmath<contract> : f32
                %v542 = arith.addf %v541, %v540 fastmath<contract> : f32
                %v543 = arith.constant 8 : i64
                %v544 = arith.addi %v543, %v38 : i64
                %v545 = arith.muli %v544, %v126 : i64
                %v546 = arith.subi %v509, %v98 : i64
                %v547 = arith.addi %v545, %v546 : i64
                %v548 = llvm.getelementptr %v69[%v547] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v549 = llvm.load %v548 : !llvm.ptr -> f32
                %v550 = arith.divf %v549, %v529 : f32
                %v551 = arith.mulf %v522, %v550 fastmath<contract> : f32
                %v552 = arith.mulf %v551, %v539 fastmath<contract> : f32
                %v553 = arith.mulf %v517, %v501 fastmath<contract> : f32
                %v554 = arith.addf %v553, %v552 fastmath<contract> : f32
                %v555 = arith.mulf %v517, %v503 fastmath<contract> : f32
                %v556 = arith.addf %v555, %v531 fastmath<contract> : f32
                %v557 = arith.mulf %v517, %v505 fastmath<contract> : f32
                %v558 = arith.addf %v557, %v551 fastmath<contract> : f32
                %v559 = arith.addi %v364, %v83 : i64
                %v560 = arith.minsi %v559, %v368 : i64
                %v561 = arith.addi %v98, %v560 : i64
                %v562 = arith.subi %v561, %v98 : i64
                %v563 = llvm.getelementptr %v73[%v562] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v564 = llvm.load %v563 : !llvm.ptr -> f32
                %v565 = arith.negf %v564 : f32
                %v566 = arith.mulf %v565, %v299 fastmath<contract> : f32
                %v567 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v566) : (f32) -> f32
                %v568 = arith.addf %v75, %v567 fastmath<contract> : f32
                %v569 = arith.divf %v75, %v568 : f32
                %v570 = arith.subi %v561, %v98 : i64
                %v571 = llvm.getelementptr %v71[%v570] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v572 = llvm.load %v571 : !llvm.ptr -> f32
                %v573 = arith.mulf %v572, %v299 fastmath<contract> : f32
                %v574 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v573) : (f32) -> f32
                %v575 = arith.muli %v38, %v126 : i64
                %v576 = arith.subi %v561, %v98 : i64
                %v577 = arith.addi %v575, %v576 : i64
                %v578 = llvm.getelementptr %v69[%v577] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v579 = llvm.load %v578 : !llvm.ptr -> f32
                %v581 = llvm.call_intrinsic "llvm.sqrt.f32"(%v580) : (f32) -> f32
                %v582 = arith.divf %v579, %v581 : f32
                %v583 = arith.mulf %v574, %v582 fastmath<contract> : f32
                %v584 = arith.muli %v52, %v319 : i64
                %v585 = arith.muli %v561, %v318 : i64
                %v586 = arith.addi %v584, %v585 : i64
                %v587 = arith.muli %v50, %size_DV : i64
                %v588 = arith.addi %v586, %v587 : i64
                %v589 = arith.addi %v588, %v48 : i64
                %v590 = llvm.getelementptr %in_v[%v589] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v591 = llvm.load %v590 : !llvm.ptr -> f32
                %v592 = arith.mulf %v583, %v591 fastmath<contract> : f32
                %v593 = arith.mulf %v569, %v542 fastmath<contract> : f32
                %v594 = arith.addf %v593, %v592 fastmath<contract> : f32
                %v595 = arith.constant 8 : i64
                %v596 = arith.addi %v595, %v38 : i64
                %v597 = arith.muli %v596, %v126 : i64
                %v598 = arith.subi %v561, %v98 : i64
                %v599 = arith.addi %v597, %v598 : i64
                %v600 = llvm.getelementptr %v69[%v599] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v601 = llvm.load %v600 : !llvm.ptr -> f32
                %v602 = arith.divf %v601, %v581 : f32
                %v603 = arith.mulf %v574, %v602 fastmath<contract> : f32
                %v604 = arith.mulf %v603, %v591 fastmath<contract> : f32
                %v605 = arith.mulf %v569, %v554 fastmath<contract> : f32
                %v606 = arith.addf %v605, %v604 fastmath<contract> : f32
                %v607 = arith.mulf %v569, %v556 fastmath<contract> : f32
                %v608 = arith.addf %v607, %v583 fastmath<contract> : f32
                %v609 = arith.mulf %v569, %v558 fastmath<contract> : f32
                %v610 = arith.addf %v609, %v603 fastmath<contract> : f32
                %v611 = arith.subi %v100, %v364 : i64
                %v612 = arith.trunci %v611 : i64 to i32
                %v613 = arith.subi %size_L, %v2 : i64
                %v614 = arith.addi %v98, %v364 : i64
                %v615 = arith.subi %v613, %v614 : i64
                %v617 = arith.minsi %v615, %v616 : i64
                %v618 = arith.trunci %v617 : i64 to i32
                %v619 = arith.addi %v364, %v83 : i64
                %v621 = arith.cmpi slt, %v620, %v612 : i32
                %v622 = arith.cmpi eq, %v620, %v618 : i32
                %v623 = arith.addi %v98, %v619 : i64
                %v624 = arith.muli %v38, %v126 : i64
                %v625 = arith.subi %v623, %v98 : i64
                %v626 = arith.addi %v624, %v625 : i64
                %v627 = llvm.getelementptr %v67[%v626] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v628 = llvm.load %v627 : !llvm.ptr -> f32
                %v629 = arith.muli %v52, %v319 : i64
                %v630 = arith.muli %v623, %v318 : i64
                %v631 = arith.addi %v629, %v630 : i64
                %v632 = arith.muli %v50, %size_DV : i64
                %v633 = arith.addi %v631, %v632 : i64
                %v634 = arith.addi %v633, %v48 : i64
                %v635 = llvm.getelementptr %dy_o[%v634] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v636 = llvm.load %v635 : !llvm.ptr -> f32
                %v637 = arith.mulf %v628, %v608 fastmath<contract> : f32
                %v638 = arith.constant 8 : i64
                %v639 = arith.addi %v638, %v38 : i64
                %v640 = arith.muli %v639, %v126 : i64
                %v641 = arith.subi %v623, %v98 : i64
                %v642 = arith.addi %v640, %v641 : i64
                %v643 = llvm.getelementptr %v67[%v642] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v644 = llvm.load %v643 : !llvm.ptr -> f32
                %v645 = arith.mulf %v644, %v610 fastmath<contract> : f32
                %v646 = arith.addf %v637, %v645 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v649, %v650 = gpu.shuffle xor %v646, %v647, %v648 : f32
                %v651 = arith.addf %v646, %v649 fastmath<contract> : f32
                %v653, %v654 = gpu.shuffle xor %v651, %v652, %v648 : f32
                %v655 = arith.addf %v651, %v653 fastmath<contract> : f32
                %v657, %v658 = gpu.shuffle xor %v655, %v656, %v648 : f32
                %v659 = arith.addf %v655, %v657 fastmath<contract> : f32
                // end sum over the lanes
                %v660 = llvm.call_intrinsic "llvm.fabs.f32"(%v659) : (f32) -> f32
                %v661 = arith.maximumf %v75, %v660 : f32
                %v662 = arith.divf %v636, %v661 : f32
                %v663 = arith.mulf %v628, %v662 fastmath<contract> : f32
                %v664 = llvm.load %v58 : !llvm.ptr -> f32
                %v665 = llvm.load %v62 : !llvm.ptr -> f32
                %v666 = arith.mulf %v665, %v664 fastmath<contract> : f32
                %v667 = arith.addf %v663, %v666 fastmath<contract> : f32
                llvm.store %v667, %v58 : f32, !llvm.ptr
                %v668 = llvm.load %v76 : !llvm.ptr -> f32
                %v669 = arith.mulf %v668, %v665 fastmath<contract> : f32
                llvm.store %v669, %v76 : f32, !llvm.ptr
                %v670 = arith.mulf %v644, %v662 fastmath<contract> : f32
                %v671 = llvm.load %v59 : !llvm.ptr -> f32
                %v672 = llvm.load %v63 : !llvm.ptr -> f32
                %v673 = arith.mulf %v672, %v671 fastmath<contract> : f32
                %v674 = arith.addf %v670, %v673 fastmath<contract> : f32
                llvm.store %v674, %v59 : f32, !llvm.ptr
                %v675 = llvm.load %v77 : !llvm.ptr -> f32
                %v676 = arith.mulf %v675, %v672 fastmath<contract> : f32
                llvm.store %v676, %v77 : f32, !llvm.ptr
                %v677 = arith.mulf %v628, %v594 fastmath<contract> : f32
                %v678 = arith.mulf %v644, %v606 fastmath<contract> : f32
                %v679 = arith.addf %v677, %v678 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v680, %v681 = gpu.shuffle xor %v679, %v647, %v648 : f32
                %v682 = arith.addf %v679, %v680 fastmath<contract> : f32
                %v683, %v684 = gpu.shuffle xor %v682, %v652, %v648 : f32
                %v685 = arith.addf %v682, %v683 fastmath<contract> : f32
                %v686, %v687 = gpu.shuffle xor %v685, %v656, %v648 : f32
                %v688 = arith.addf %v685, %v686 fastmath<contract> : f32
                // end sum over the lanes
                %v689 = arith.divf %v688, %v661 : f32
                %v690 = arith.divf %v689, %v661 : f32
                %v691 = arith.mulf %v636, %v690 fastmath<contract> : f32
                %v692 = arith.negf %v691 : f32
                %v693 = arith.cmpf oge, %v75, %v660 : f32
                %v694 = arith.select %v693, %v75, %v74 : f32
                %v695 = arith.subf %v75, %v694 fastmath<contract> : f32
                %v696 = arith.mulf %v692, %v695 fastmath<contract> : f32
                %v698 = arith.cmpf olt, %v659, %v74 : f32
                %v699 = arith.select %v698, %v697, %v74 : f32
                %v700 = arith.cmpf ogt, %v659, %v74 : f32
                %v701 = arith.select %v700, %v75, %v699 : f32
                %v702 = arith.mulf %v696, %v701 fastmath<contract> : f32
                %v703 = arith.mulf %v628, %v702 fastmath<contract> : f32
                %v704 = llvm.load %v60 : !llvm.ptr -> f32
                %v705 = llvm.load %v64 : !llvm.ptr -> f32
                %v706 = arith.mulf %v705, %v704 fastmath<contract> : f32
                %v707 = arith.addf %v703, %v706 fastmath<contract> : f32
                llvm.store %v707, %v60 : f32, !llvm.ptr
                %v708 = llvm.load %v78 : !llvm.ptr -> f32
                %v709 = arith.mulf %v708, %v705 fastmath<contract> : f32
                llvm.store %v709, %v78 : f32, !llvm.ptr
                %v710 = arith.mulf %v644, %v702 fastmath<contract> : f32
                %v711 = llvm.load %v61 : !llvm.ptr -> f32
                %v712 = llvm.load %v65 : !llvm.ptr -> f32
                %v713 = arith.mulf %v712, %v711 fastmath<contract> : f32
                %v714 = arith.addf %v710, %v713 fastmath<contract> : f32
                llvm.store %v714, %v61 : f32, !llvm.ptr
                %v715 = llvm.load %v79 : !llvm.ptr -> f32
                %v716 = arith.mulf %v715, %v712 fastmath<contract> : f32
                llvm.store %v716, %v79 : f32, !llvm.ptr
                scf.if %v622 {
                }
                %v717 = arith.subi %v623, %v98 : i64
                %v718 = llvm.getelementptr %v73[%v717] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v719 = llvm.load %v718 : !llvm.ptr -> f32
                %v720 = arith.negf %v719 : f32
                %v721 = arith.mulf %v720, %v299 fastmath<contract> : f32
                %v722 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v721) : (f32) -> f32
                %v723 = arith.addf %v75, %v722 fastmath<contract> : f32
                %v724 = arith.divf %v75, %v723 : f32
                llvm.store %v724, %v62 : f32, !llvm.ptr
                llvm.store %v724, %v63 : f32, !llvm.ptr
                llvm.store %v724, %v64 : f32, !llvm.ptr
                llvm.store %v724, %v65 : f32, !llvm.ptr
                %v725 = arith.addi %v364, %v506 : i64
                %v726 = arith.cmpi slt, %v652, %v612 : i32
                %v727 = arith.cmpi eq, %v652, %v618 : i32
                %v728 = arith.addi %v98, %v725 : i64
                %v729 = arith.muli %v38, %v126 : i64
                %v730 = arith.subi %v728, %v98 : i64
                %v731 = arith.addi %v729, %v730 : i64
                %v732 = llvm.getelementptr %v67[%v731] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v733 = llvm.load %v732 : !llvm.ptr -> f32
                %v734 = arith.muli %v52, %v319 : i64
                %v735 = arith.muli %v728, %v318 : i64
                %v736 = arith.addi %v734, %v735 : i64
                %v737 = arith.muli %v50, %size_DV : i64
                %v738 = arith.addi %v736, %v737 : i64
                %v739 = arith.addi %v738, %v48 : i64
                %v740 = llvm.getelementptr %dy_o[%v739] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v741 = llvm.load %v740 : !llvm.ptr -> f32
                %v742 = arith.mulf %v733, %v556 fastmath<contract> : f32
                %v743 = arith.constant 8 : i64
                %v744 = arith.addi %v743, %v38 : i64
                %v745 = arith.muli %v744, %v126 : i64
                %v746 = arith.subi %v728, %v98 : i64
                %v747 = arith.addi %v745, %v746 : i64
                %v748 = llvm.getelementptr %v67[%v747] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v749 = llvm.load %v748 : !llvm.ptr -> f32
                %v750 = arith.mulf %v749, %v558 fastmath<contract> : f32
                %v751 = arith.addf %v742, %v750 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v752, %v753 = gpu.shuffle xor %v751, %v647, %v648 : f32
                %v754 = arith.addf %v751, %v752 fastmath<contract> : f32
                %v755, %v756 = gpu.shuffle xor %v754, %v652, %v648 : f32
                %v757 = arith.addf %v754, %v755 fastmath<contract> : f32
                %v758, %v759 = gpu.shuffle xor %v757, %v656, %v648 : f32
                %v760 = arith.addf %v757, %v758 fastmath<contract> : f32
                // end sum over the lanes
                %v761 = llvm.call_intrinsic "llvm.fabs.f32"(%v760) : (f32) -> f32
                %v762 = arith.maximumf %v75, %v761 : f32
                %v763 = arith.divf %v741, %v762 : f32
                %v764 = arith.mulf %v733, %v763 fastmath<contract> : f32
                %v765 = llvm.load %v58 : !llvm.ptr -> f32
                %v766 = llvm.load %v62 : !llvm.ptr -> f32
                %v767 = arith.mulf %v766, %v765 fastmath<contract> : f32
                %v768 = arith.addf %v764, %v767 fastmath<contract> : f32
                llvm.store %v768, %v58 : f32, !llvm.ptr
                %v769 = llvm.load %v76 : !llvm.ptr -> f32
                %v770 = arith.mulf %v769, %v766 fastmath<contract> : f32
                llvm.store %v770, %v76 : f32, !llvm.ptr
                %v771 = arith.mulf %v749, %v763 fastmath<contract> : f32
                %v772 = llvm.load %v59 : !llvm.ptr -> f32
                %v773 = llvm.load %v63 : !llvm.ptr -> f32
                %v774 = arith.mulf %v773, %v772 fastmath<contract> : f32
                %v775 = arith.addf %v771, %v774 fastmath<contract> : f32
                llvm.store %v775, %v59 : f32, !llvm.ptr
                %v776 = llvm.load %v77 : !llvm.ptr -> f32
                %v777 = arith.mulf %v776, %v773 fastmath<contract> : f32
                llvm.store %v777, %v77 : f32, !llvm.ptr
                %v778 = arith.mulf %v733, %v542 fastmath<contract> : f32
                %v779 = arith.mulf %v749, %v554 fastmath<contract> : f32
                %v780 = arith.addf %v778, %v779 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v781, %v782 = gpu.shuffle xor %v780, %v647, %v648 : f32
                %v783 = arith.addf %v780, %v781 fastmath<contract> : f32
                %v784, %v785 = gpu.shuffle xor %v783, %v652, %v648 : f32
                %v786 = arith.addf %v783, %v784 fastmath<contract> : f32
                %v787, %v788 = gpu.shuffle xor %v786, %v656, %v648 : f32
                %v789 = arith.addf %v786, %v787 fastmath<contract> : f32
                // end sum over the lanes
                %v790 = arith.divf %v789, %v762 : f32
                %v791 = arith.divf %v790, %v762 : f32
                %v792 = arith.mulf %v741, %v791 fastmath<contract> : f32
                %v793 = arith.negf %v792 : f32
                %v794 = arith.cmpf oge, %v75, %v761 : f32
                %v795 = arith.select %v794, %v75, %v74 : f32
                %v796 = arith.subf %v75, %v795 fastmath<contract> : f32
                %v797 = arith.mulf %v793, %v796 fastmath<contract> : f32
                %v798 = arith.cmpf olt, %v760, %v74 : f32
                %v799 = arith.select %v798, %v697, %v74 : f32
                %v800 = arith.cmpf ogt, %v760, %v74 : f32
                %v801 = arith.select %v800, %v75, %v799 : f32
                %v802 = arith.mulf %v797, %v801 fastmath<contract> : f32
                %v803 = arith.mulf %v733, %v802 fastmath<contract> : f32
                %v804 = llvm.load %v60 : !llvm.ptr -> f32
                %v805 = llvm.load %v64 : !llvm.ptr -> f32
                %v806 = arith.mulf %v805, %v804 fastmath<contract> : f32
                %v807 = arith.addf %v803, %v806 fastmath<contract> : f32
                llvm.store %v807, %v60 : f32, !llvm.ptr
                %v808 = llvm.load %v78 : !llvm.ptr -> f32
                %v809 = arith.mulf %v808, %v805 fastmath<contract> : f32
                llvm.store %v809, %v78 : f32, !llvm.ptr
                %v810 = arith.mulf %v749, %v802 fastmath<contract> : f32
                %v811 = llvm.load %v61 : !llvm.ptr -> f32
                %v812 = llvm.load %v65 : !llvm.ptr -> f32
                %v813 = arith.mulf %v812, %v811 fastmath<contract> : f32
                %v814 = arith.addf %v810, %v813 fastmath<contract> : f32
                llvm.store %v814, %v61 : f32, !llvm.ptr
                %v815 = llvm.load %v79 : !llvm.ptr -> f32
                %v816 = arith.mulf %v815, %v812 fastmath<contract> : f32
                llvm.store %v816, %v79 : f32, !llvm.ptr
                scf.if %v727 {
                }
                %v817 = arith.subi %v728, %v98 : i64
                %v818 = llvm.getelementptr %v73[%v817] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v819 = llvm.load %v818 : !llvm.ptr -> f32
                %v820 = arith.negf %v819 : f32
                %v821 = arith.mulf %v820, %v299 fastmath<contract> : f32
                %v822 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v821) : (f32) -> f32
                %v823 = arith.addf %v75, %v822 fastmath<contract> : f32
                %v824 = arith.divf %v75, %v823 : f32
                llvm.store %v824, %v62 : f32, !llvm.ptr
                llvm.store %v824, %v63 : f32, !llvm.ptr
                llvm.store %v824, %v64 : f32, !llvm.ptr
                llvm.store %v824, %v65 : f32, !llvm.ptr
                %v825 = arith.addi %v364, %v2 : i64
                %v826 = arith.cmpi slt, %v647, %v612 : i32
                %v827 = arith.cmpi eq, %v647, %v618 : i32
                %v828 = arith.addi %v98, %v825 : i64
                %v829 = arith.muli %v38, %v126 : i64
                %v830 = arith.subi %v828, %v98 : i64
                %v831 = arith.addi %v829, %v830 : i64
                %v832 = llvm.getelementptr %v67[%v831] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v833 = llvm.load %v832 : !llvm.ptr -> f32
                %v834 = arith.muli %v52, %v319 : i64
                %v835 = arith.muli %v828, %v318 : i64
                %v836 = arith.addi %v834, %v835 : i64
                %v837 = arith.muli %v50, %size_DV : i64
                %v838 = arith.addi %v836, %v837 : i64
                %v839 = arith.addi %v838, %v48 : i64
                %v840 = llvm.getelementptr %dy_o[%v839] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v841 = llvm.load %v840 : !llvm.ptr -> f32
                %v842 = arith.mulf %v833, %v503 fastmath<contract> : f32
                %v843 = arith.constant 8 : i64
                %v844 = arith.addi %v843, %v38 : i64
                %v845 = arith.muli %v844, %v126 : i64
                %v846 = arith.subi %v828, %v98 : i64
                %v847 = arith.addi %v845, %v846 : i64
                %v848 = llvm.getelementptr %v67[%v847] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v849 = llvm.load %v848 : !llvm.ptr -> f32
                %v850 = arith.mulf %v849, %v505 fastmath<contract> : f32
                %v851 = arith.addf %v842, %v850 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v852, %v853 = gpu.shuffle xor %v851, %v647, %v648 : f32
                %v854 = arith.addf %v851, %v852 fastmath<contract> : f32
                %v855, %v856 = gpu.shuffle xor %v854, %v652, %v648 : f32
                %v857 = arith.addf %v854, %v855 fastmath<contract> : f32
                %v858, %v859 = gpu.shuffle xor %v857, %v656, %v648 : f32
                %v860 = arith.addf %v857, %v858 fastmath<contract> : f32
                // end sum over the lanes
                %v861 = llvm.call_intrinsic "llvm.fabs.f32"(%v860) : (f32) -> f32
                %v862 = arith.maximumf %v75, %v861 : f32
                %v863 = arith.divf %v841, %v862 : f32
                %v864 = arith.mulf %v833, %v863 fastmath<contract> : f32
                %v865 = llvm.load %v58 : !llvm.ptr -> f32
                %v866 = llvm.load %v62 : !llvm.ptr -> f32
                %v867 = arith.mulf %v866, %v865 fastmath<contract> : f32
                %v868 = arith.addf %v864, %v867 fastmath<contract> : f32
                llvm.store %v868, %v58 : f32, !llvm.ptr
                %v869 = llvm.load %v76 : !llvm.ptr -> f32
                %v870 = arith.mulf %v869, %v866 fastmath<contract> : f32
                llvm.store %v870, %v76 : f32, !llvm.ptr
                %v871 = arith.mulf %v849, %v863 fastmath<contract> : f32
                %v872 = llvm.load %v59 : !llvm.ptr -> f32
                %v873 = llvm.load %v63 : !llvm.ptr -> f32
                %v874 = arith.mulf %v873, %v872 fastmath<contract> : f32
                %v875 = arith.addf %v871, %v874 fastmath<contract> : f32
                llvm.store %v875, %v59 : f32, !llvm.ptr
                %v876 = llvm.load %v77 : !llvm.ptr -> f32
                %v877 = arith.mulf %v876, %v873 fastmath<contract> : f32
                llvm.store %v877, %v77 : f32, !llvm.ptr
                %v878 = arith.mulf %v833, %v489 fastmath<contract> : f32
                %v879 = arith.mulf %v849, %v501 fastmath<contract> : f32
                %v880 = arith.addf %v878, %v879 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v881, %v882 = gpu.shuffle xor %v880, %v647, %v648 : f32
                %v883 = arith.addf %v880, %v881 fastmath<contract> : f32
                %v884, %v885 = gpu.shuffle xor %v883, %v652, %v648 : f32
                %v886 = arith.addf %v883, %v884 fastmath<contract> : f32
                %v887, %v888 = gpu.shuffle xor %v886, %v656, %v648 : f32
                %v889 = arith.addf %v886, %v887 fastmath<contract> : f32
                // end sum over the lanes
                %v890 = arith.divf %v889, %v862 : f32
                %v891 = arith.divf %v890, %v862 : f32
                %v892 = arith.mulf %v841, %v891 fastmath<contract> : f32
                %v893 = arith.negf %v892 : f32
                %v894 = arith.cmpf oge, %v75, %v861 : f32
                %v895 = arith.select %v894, %v75, %v74 : f32
                %v896 = arith.subf %v75, %v895 fastmath<contract> : f32
                %v897 = arith.mulf %v893, %v896 fastmath<contract> : f32
                %v898 = arith.cmpf olt, %v860, %v74 : f32
                %v899 = arith.select %v898, %v697, %v74 : f32
                %v900 = arith.cmpf ogt, %v860, %v74 : f32
                %v901 = arith.select %v900, %v75, %v899 : f32
                %v902 = arith.mulf %v897, %v901 fastmath<contract> : f32
                %v903 = arith.mulf %v833, %v902 fastmath<contract> : f32
                %v904 = llvm.load %v60 : !llvm.ptr -> f32
                %v905 = llvm.load %v64 : !llvm.ptr -> f32
                %v906 = arith.mulf %v905, %v904 fastmath<contract> : f32
                %v907 = arith.addf %v903, %v906 fastmath<contract> : f32
                llvm.store %v907, %v60 : f32, !llvm.ptr
                %v908 = llvm.load %v78 : !llvm.ptr -> f32
                %v909 = arith.mulf %v908, %v905 fastmath<contract> : f32
                llvm.store %v909, %v78 : f32, !llvm.ptr
                %v910 = arith.mulf %v849, %v902 fastmath<contract> : f32
                %v911 = llvm.load %v61 : !llvm.ptr -> f32
                %v912 = llvm.load %v65 : !llvm.ptr -> f32
                %v913 = arith.mulf %v912, %v911 fastmath<contract> : f32
                %v914 = arith.addf %v910, %v913 fastmath<contract> : f32
                llvm.store %v914, %v61 : f32, !llvm.ptr
                %v915 = llvm.load %v79 : !llvm.ptr -> f32
                %v916 = arith.mulf %v915, %v912 fastmath<contract> : f32
                llvm.store %v916, %v79 : f32, !llvm.ptr
                scf.if %v827 {
                }
                %v917 = arith.subi %v828, %v98 : i64
                %v918 = llvm.getelementptr %v73[%v917] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v919 = llvm.load %v918 : !llvm.ptr -> f32
                %v920 = arith.negf %v919 : f32
                %v921 = arith.mulf %v920, %v299 fastmath<contract> : f32
                %v922 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v921) : (f32) -> f32
                %v923 = arith.addf %v75, %v922 fastmath<contract> : f32
                %v924 = arith.divf %v75, %v923 : f32
                llvm.store %v924, %v62 : f32, !llvm.ptr
                llvm.store %v924, %v63 : f32, !llvm.ptr
                llvm.store %v924, %v64 : f32, !llvm.ptr
                llvm.store %v924, %v65 : f32, !llvm.ptr
                %v926 = arith.cmpi slt, %v925, %v612 : i32
                %v927 = arith.cmpi eq, %v925, %v618 : i32
                %v928 = arith.addi %v98, %v364 : i64
                %v929 = arith.muli %v38, %v126 : i64
                %v930 = arith.subi %v928, %v98 : i64
                %v931 = arith.addi %v929, %v930 : i64
                %v932 = llvm.getelementptr %v67[%v931] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v933 = llvm.load %v932 : !llvm.ptr -> f32
                %v934 = arith.muli %v52, %v319 : i64
                %v935 = arith.muli %v928, %v318 : i64
                %v936 = arith.addi %v934, %v935 : i64
                %v937 = arith.muli %v50, %size_DV : i64
                %v938 = arith.addi %v936, %v937 : i64
                %v939 = arith.addi %v938, %v48 : i64
                %v940 = llvm.getelementptr %dy_o[%v939] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v941 = llvm.load %v940 : !llvm.ptr -> f32
                %v942 = arith.mulf %v933, %v451 fastmath<contract> : f32
                %v943 = arith.constant 8 : i64
                %v944 = arith.addi %v943, %v38 : i64
                %v945 = arith.muli %v944, %v126 : i64
                %v946 = arith.subi %v928, %v98 : i64
                %v947 = arith.addi %v945, %v946 : i64
                %v948 = llvm.getelementptr %v67[%v947] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v949 = llvm.load %v948 : !llvm.ptr -> f32
                %v950 = arith.mulf %v949, %v453 fastmath<contract> : f32
                %v951 = arith.addf %v942, %v950 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v952, %v953 = gpu.shuffle xor %v951, %v647, %v648 : f32
                %v954 = arith.addf %v951, %v952 fastmath<contract> : f32
                %v955, %v956 = gpu.shuffle xor %v954, %v652, %v648 : f32
                %v957 = arith.addf %v954, %v955 fastmath<contract> : f32
                %v958, %v959 = gpu.shuffle xor %v957, %v656, %v648 : f32
                %v960 = arith.addf %v957, %v958 fastmath<contract> : f32
                // end sum over the lanes
                %v961 = llvm.call_intrinsic "llvm.fabs.f32"(%v960) : (f32) -> f32
                %v962 = arith.maximumf %v75, %v961 : f32
                %v963 = arith.divf %v941, %v962 : f32
                %v964 = arith.mulf %v933, %v963 fastmath<contract> : f32
                %v965 = llvm.load %v58 : !llvm.ptr -> f32
                %v966 = llvm.load %v62 : !llvm.ptr -> f32
                %v967 = arith.mulf %v966, %v965 fastmath<contract> : f32
                %v968 = arith.addf %v964, %v967 fastmath<contract> : f32
                llvm.store %v968, %v58 : f32, !llvm.ptr
                %v969 = llvm.load %v76 : !llvm.ptr -> f32
                %v970 = arith.mulf %v969, %v966 fastmath<contract> : f32
                llvm.store %v970, %v76 : f32, !llvm.ptr
                %v971 = arith.mulf %v949, %v963 fastmath<contract> : f32
                %v972 = llvm.load %v59 : !llvm.ptr -> f32
                %v973 = llvm.load %v63 : !llvm.ptr -> f32
                %v974 = arith.mulf %v973, %v972 fastmath<contract> : f32
                %v975 = arith.addf %v971, %v974 fastmath<contract> : f32
                llvm.store %v975, %v59 : f32, !llvm.ptr
                %v976 = llvm.load %v77 : !llvm.ptr -> f32
                %v977 = arith.mulf %v976, %v973 fastmath<contract> : f32
                llvm.store %v977, %v77 : f32, !llvm.ptr
                %v978 = arith.mulf %v933, %v437 fastmath<contract> : f32
                %v979 = arith.mulf %v949, %v449 fastmath<contract> : f32
                %v980 = arith.addf %v978, %v979 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v981, %v982 = gpu.shuffle xor %v980, %v647, %v648 : f32
                %v983 = arith.addf %v980, %v981 fastmath<contract> : f32
                %v984, %v985 = gpu.shuffle xor %v983, %v652, %v648 : f32
                %v986 = arith.addf %v983, %v984 fastmath<contract> : f32
                %v987, %v988 = gpu.shuffle xor %v986, %v656, %v648 : f32
                %v989 = arith.addf %v986, %v987 fastmath<contract> : f32
                // end sum over the lanes
                %v990 = arith.divf %v989, %v962 : f32
                %v991 = arith.divf %v990, %v962 : f32
                %v992 = arith.mulf %v941, %v991 fastmath<contract> : f32
                %v993 = arith.negf %v992 : f32
                %v994 = arith.cmpf oge, %v75, %v961 : f32
                %v995 = arith.select %v994, %v75, %v74 : f32
                %v996 = arith.subf %v75, %v995 fastmath<contract> : f32
                %v997 = arith.mulf %v993, %v996 fastmath<contract> : f32
                %v998 = arith.cmpf olt, %v960, %v74 : f32
                %v999 = arith.select %v998, %v697, %v74 : f32
                %v1000 = arith.cmpf ogt, %v960, %v74 : f32
                %v1001 = arith.select %v1000, %v75, %v999 : f32
                %v1002 = arith.mulf %v997, %v1001 fastmath<contract> : f32
                %v1003 = arith.mulf %v933, %v1002 fastmath<contract> : f32
                %v1004 = llvm.load %v60 : !llvm.ptr -> f32
                %v1005 = llvm.load %v64 : !llvm.ptr -> f32
                %v1006 = arith.mulf %v1005, %v1004 fastmath<contract> : f32
                %v1007 = arith.addf %v1003, %v1006 fastmath<contract> : f32
                llvm.store %v1007, %v60 : f32, !llvm.ptr
                %v1008 = llvm.load %v78 : !llvm.ptr -> f32
                %v1009 = arith.mulf %v1008, %v1005 fastmath<contract> : f32
                llvm.store %v1009, %v78 : f32, !llvm.ptr
                %v1010 = arith.mulf %v949, %v1002 fastmath<contract> : f32
                %v1011 = llvm.load %v61 : !llvm.ptr -> f32
                %v1012 = llvm.load %v65 : !llvm.ptr -> f32
                %v1013 = arith.mulf %v1012, %v1011 fastmath<contract> : f32
                %v1014 = arith.addf %v1010, %v1013 fastmath<contract> : f32
                llvm.store %v1014, %v61 : f32, !llvm.ptr
                %v1015 = llvm.load %v79 : !llvm.ptr -> f32
                %v1016 = arith.mulf %v1015, %v1012 fastmath<contract> : f32
                llvm.store %v1016, %v79 : f32, !llvm.ptr
                scf.if %v927 {
                }
                %v1017 = arith.subi %v928, %v98 : i64
                %v1018 = llvm.getelementptr %v73[%v1017] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1019 = llvm.load %v1018 : !llvm.ptr -> f32
                %v1020 = arith.negf %v1019 : f32
                %v1021 = arith.mulf %v1020, %v299 fastmath<contract> : f32
                %v1022 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1021) : (f32) -> f32
                %v1023 = arith.addf %v75, %v1022 fastmath<contract> : f32
                %v1024 = arith.divf %v75, %v1023 : f32
                llvm.store %v1024, %v62 : f32, !llvm.ptr
                llvm.store %v1024, %v63 : f32, !llvm.ptr
                llvm.store %v1024, %v64 : f32, !llvm.ptr
                llvm.store %v1024, %v65 : f32, !llvm.ptr
              } else {
                %v1025 = arith.subi %v100, %v2 : i64
                %v1026 = arith.muli %v365, %v4 : i64
                %v1027 = arith.subi %v4, %v2 : i64
                %v1028 = arith.minsi %v44, %v1027 : i64
                %v1029 = arith.addi %v1026, %v1028 : i64
                %v1030 = arith.muli %v1029, %v1 : i64
                %v1031 = arith.addi %v1030, %v38 : i64
                %v1032 = llvm.getelementptr %scratch_C[%v1031] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1033 = llvm.load %v1032 : !llvm.ptr -> f32
                %v1034 = arith.muli %v365, %v4 : i64
                %v1035 = arith.subi %v4, %v2 : i64
                %v1036 = arith.minsi %v44, %v1035 : i64
                %v1037 = arith.addi %v1034, %v1036 : i64
                %v1038 = arith.muli %v1037, %v1 : i64
                %v1039 = arith.addi %v1038, %v37 : i64
                %v1040 = arith.addi %v1039, %v38 : i64
                %v1041 = llvm.getelementptr %scratch_C[%v1040] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1042 = llvm.load %v1041 : !llvm.ptr -> f32
                %v1043 = arith.muli %v365, %v4 : i64
                %v1044 = arith.subi %v4, %v2 : i64
                %v1045 = arith.minsi %v44, %v1044 : i64
                %v1046 = arith.addi %v1043, %v1045 : i64
                %v1047 = arith.muli %v1046, %v1 : i64
                %v1048 = arith.addi %v1047, %v38 : i64
                %v1049 = llvm.getelementptr %scratch_n[%v1048] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1050 = llvm.load %v1049 : !llvm.ptr -> f32
                %v1051 = arith.muli %v365, %v4 : i64
                %v1052 = arith.subi %v4, %v2 : i64
                %v1053 = arith.minsi %v44, %v1052 : i64
                %v1054 = arith.addi %v1051, %v1053 : i64
                %v1055 = arith.muli %v1054, %v1 : i64
                %v1056 = arith.addi %v1055, %v37 : i64
                %v1057 = arith.addi %v1056, %v38 : i64
                %v1058 = llvm.getelementptr %scratch_n[%v1057] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1059 = llvm.load %v1058 : !llvm.ptr -> f32
                // the group's states, recomputed into registers
                %v1060 = arith.minsi %v364, %v1025 : i64
                %v1061 = arith.addi %v98, %v1060 : i64
                %v1062 = arith.subi %v1061, %v98 : i64
                %v1063 = llvm.getelementptr %v73[%v1062] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1064 = llvm.load %v1063 : !llvm.ptr -> f32
                %v1065 = arith.negf %v1064 : f32
                %v1066 = arith.mulf %v1065, %v299 fastmath<contract> : f32
                %v1067 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1066) : (f32) -> f32
                %v1068 = arith.addf %v75, %v1067 fastmath<contract> : f32
                %v1069 = arith.divf %v75, %v1068 : f32
                %v1070 = arith.subi %v1061, %v98 : i64
                %v1071 = llvm.getelementptr %v71[%v1070] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1072 = llvm.load %v1071 : !llvm.ptr -> f32
                %v1073 = arith.mulf %v1072, %v299 fastmath<contract> : f32
                %v1074 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1073) : (f32) -> f32
                %v1075 = arith.muli %v38, %v126 : i64
                %v1076 = arith.subi %v1061, %v98 : i64
                %v1077 = arith.addi %v1075, %v1076 : i64
                %v1078 = llvm.getelementptr %v69[%v1077] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1079 = llvm.load %v1078 : !llvm.ptr -> f32
                %v1081 = llvm.call_intrinsic "llvm.sqrt.f32"(%v1080) : (f32) -> f32
                %v1082 = arith.divf %v1079, %v1081 : f32
                %v1083 = arith.mulf %v1074, %v1082 fastmath<contract> : f32
                %v1084 = arith.muli %v52, %v319 : i64
                %v1085 = arith.muli %v1061, %v318 : i64
                %v1086 = arith.addi %v1084, %v1085 : i64
                %v1087 = arith.muli %v50, %size_DV : i64
                %v1088 = arith.addi %v1086, %v1087 : i64
                %v1089 = arith.addi %v1088, %v48 : i64
                %v1090 = llvm.getelementptr %in_v[%v1089] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1091 = llvm.load %v1090 : !llvm.ptr -> f32
                %v1092 = arith.mulf %v1083, %v1091 fastmath<contract> : f32
                %v1093 = arith.mulf %v1069, %v1033 fastmath<contract> : f32
                %v1094 = arith.addf %v1093, %v1092 fastmath<contract> : f32
                %v1095 = arith.constant 8 : i64
                %v1096 = arith.addi %v1095, %v38 : i64
                %v1097 = arith.muli %v1096, %v126 : i64
                %v1098 = arith.subi %v1061, %v98 : i64
                %v1099 = arith.addi %v1097, %v1098 : i64
                %v1100 = llvm.getelementptr %v69[%v1099] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1101 = llvm.load %v1100 : !llvm.ptr -> f32
                %v1102 = arith.divf %v1101, %v1081 : f32
                %v1103 = arith.mulf %v1074, %v1102 fastmath<contract> : f32
                %v1104 = arith.mulf %v1103, %v1091 fastmath<contract> : f32
                %v1105 = arith.mulf %v1069, %v1042 fastmath<contract> : f32
                %v1106 = arith.addf %v1105, %v1104 fastmath<contract> : f32
                %v1107 = arith.mulf %v1069, %v1050 fastmath<contract> : f32
                %v1108 = arith.addf %v1107, %v1083 fastmath<contract> : f32
                %v1109 = arith.mulf %v1069, %v1059 fastmath<contract> : f32
                %v1110 = arith.addf %v1109, %v1103 fastmath<contract> : f32
                %v1111 = arith.addi %v364, %v2 : i64
                %v1112 = arith.minsi %v1111, %v1025 : i64
                %v1113 = arith.addi %v98, %v1112 : i64
                %v1114 = arith.subi %v1113, %v98 : i64
                %v1115 = llvm.getelementptr %v73[%v1114] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1116 = llvm.load %v1115 : !llvm.ptr -> f32
                %v1117 = arith.negf %v1116 : f32
                %v1118 = arith.mulf %v1117, %v299 fastmath<contract> : f32
                %v1119 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1118) : (f32) -> f32
                %v1120 = arith.addf %v75, %v1119 fastmath<contract> : f32
                %v1121 = arith.divf %v75, %v1120 : f32
                %v1122 = arith.subi %v1113, %v98 : i64
                %v1123 = llvm.getelementptr %v71[%v1122] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1124 = llvm.load %v1123 : !llvm.ptr -> f32
                %v1125 = arith.mulf %v1124, %v299 fastmath<contract> : f32
                %v1126 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1125) : (f32) -> f32
                %v1127 = arith.muli %v38, %v126 : i64
                %v1128 = arith.subi %v1113, %v98 : i64
                %v1129 = arith.addi %v1127, %v1128 : i64
                %v1130 = llvm.getelementptr %v69[%v1129] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1131 = llvm.load %v1130 : !llvm.ptr -> f32
                %v1133 = llvm.call_intrinsic "llvm.sqrt.f32"(%v1132) : (f32) -> f32
                %v1134 = arith.divf %v1131, %v1133 : f32
                %v1135 = arith.mulf %v1126, %v1134 fastmath<contract> : f32
                %v1136 = arith.muli %v52, %v319 : i64
                %v1137 = arith.muli %v1113, %v318 : i64
                %v1138 = arith.addi %v1136, %v1137 : i64
                %v1139 = arith.muli %v50, %size_DV : i64
                %v1140 = arith.addi %v1138, %v1139 : i64
                %v1141 = arith.addi %v1140, %v48 : i64
                %v1142 = llvm.getelementptr %in_v[%v1141] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1143 = llvm.load %v1142 : !llvm.ptr -> f32
                %v1144 = arith.mulf %v1135, %v1143 fastmath<contract> : f32
                %v1145 = arith.mulf %v1121, %v1094 fastmath<contract> : f32
                %v1146 = arith.addf %v1145, %v1144 fastmath<contract> : f32
                %v1147 = arith.constant 8 : i64
                %v1148 = arith.addi %v1147, %v38 : i64
                %v1149 = arith.muli %v1148, %v126 : i64
                %v1150 = arith.subi %v1113, %v98 : i64
                %v1151 = arith.addi %v1149, %v1150 : i64
                %v1152 = llvm.getelementptr %v69[%v1151] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1153 = llvm.load %v1152 : !llvm.ptr -> f32
                %v1154 = arith.divf %v1153, %v1133 : f32
                %v1155 = arith.mulf %v1126, %v1154 fastmath<contract> : f32
                %v1156 = arith.mulf %v1155, %v1143 fastmath<contract> : f32
                %v1157 = arith.mulf %v1121, %v1106 fastmath<contract> : f32
                %v1158 = arith.addf %v1157, %v1156 fastmath<contract> : f32
                %v1159 = arith.mulf %v1121, %v1108 fastmath<contract> : f32
                %v1160 = arith.addf %v1159, %v1135 fastmath<contract> : f32
                %v1161 = arith.mulf %v1121, %v1110 fastmath<contract> : f32
                %v1162 = arith.addf %v1161, %v1155 fastmath<contract> : f32
                %v1163 = arith.addi %v364, %v506 : i64
                %v1164 = arith.minsi %v1163, %v1025 : i64
                %v1165 = arith.addi %v98, %v1164 : i64
                %v1166 = arith.subi %v1165, %v98 : i64
                %v1167 = llvm.getelementptr %v73[%v1166] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1168 = llvm.load %v1167 : !llvm.ptr -> f32
                %v1169 = arith.negf %v1168 : f32
                %v1170 = arith.mulf %v1169, %v299 fastmath<contract> : f32
                %v1171 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1170) : (f32) -> f32
                %v1172 = arith.addf %v75, %v1171 fastmath<contract> : f32
                %v1173 = arith.divf %v75, %v1172 : f32
                %v1174 = arith.subi %v1165, %v98 : i64
                %v1175 = llvm.getelementptr %v71[%v1174] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1176 = llvm.load %v1175 : !llvm.ptr -> f32
                %v1177 = arith.mulf %v1176, %v299 fastmath<contract> : f32
                %v1178 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1177) : (f32) -> f32
                %v1179 = arith.muli %v38, %v126 : i64
                %v1180 = arith.subi %v1165, %v98 : i64
                %v1181 = arith.addi %v1179, %v1180 : i64
                %v1182 = llvm.getelementptr %v69[%v1181] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1183 = llvm.load %v1182 : !llvm.ptr -> f32
                %v1185 = llvm.call_intrinsic "llvm.sqrt.f32"(%v1184) : (f32) -> f32
                %v1186 = arith.divf %v1183, %v1185 : f32
                %v1187 = arith.mulf %v1178, %v1186 fastmath<contract> : f32
                %v1188 = arith.muli %v52, %v319 : i64
                %v1189 = arith.muli %v1165, %v318 : i64
                %v1190 = arith.addi %v1188, %v1189 : i64
                %v1191 = arith.muli %v50, %size_DV : i64
                %v1192 = arith.addi %v1190, %v1191 : i64
                %v1193 = arith.addi %v1192, %v48 : i64
                %v1194 = llvm.getelementptr %in_v[%v1193] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1195 = llvm.load %v1194 : !llvm.ptr -> f32
                %v1196 = arith.mulf %v1187, %v1195 fastmath<contract> : f32
                %v1197 = arith.mulf %v1173, %v1146 fastmath<contract> : f32
                %v1198 = arith.addf %v1197, %v1196 fastmath<contract> : f32
                %v1199 = arith.constant 8 : i64
                %v1200 = arith.addi %v1199, %v38 : i64
                %v1201 = arith.muli %v1200, %v126 : i64
                %v1202 = arith.subi %v1165, %v98 : i64
                %v1203 = arith.addi %v1201, %v1202 : i64
                %v1204 = llvm.getelementptr %v69[%v1203] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1205 = llvm.load %v1204 : !llvm.ptr -> f32
                %v1206 = arith.divf %v1205, %v1185 : f32
                %v1207 = arith.mulf %v1178, %v1206 fastmath<contract> : f32
                %v1208 = arith.mulf %v1207, %v1195 fastmath<contract> : f32
                %v1209 = arith.mulf %v1173, %v1158 fastmath<contract> : f32
                %v1210 = arith.addf %v1209, %v1208 fastmath<contract> : f32
                %v1211 = arith.mulf %v1173, %v1160 fastmath<contract> : f32
                %v1212 = arith.addf %v1211, %v1187 fastmath<contract> : f32
                %v1213 = arith.mulf %v1173, %v1162 fastmath<contract> : f32
                %v1214 = arith.addf %v1213, %v1207 fastmath<contract> : f32
                %v1215 = arith.addi %v364, %v83 : i64
                %v1216 = arith.minsi %v1215, %v1025 : i64
                %v1217 = arith.addi %v98, %v1216 : i64
                %v1218 = arith.subi %v1217, %v98 : i64
                %v1219 = llvm.getelementptr %v73[%v1218] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1220 = llvm.load %v1219 : !llvm.ptr -> f32
                %v1221 = arith.negf %v1220 : f32
                %v1222 = arith.mulf %v1221, %v299 fastmath<contract> : f32
                %v1223 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1222) : (f32) -> f32
                %v1224 = arith.addf %v75, %v1223 fastmath<contract> : f32
                %v1225 = arith.divf %v75, %v1224 : f32
                %v1226 = arith.subi %v1217, %v98 : i64
                %v1227 = llvm.getelementptr %v71[%v1226] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1228 = llvm.load %v1227 : !llvm.ptr -> f32
                %v1229 = arith.mulf %v1228, %v299 fastmath<contract> : f32
                %v1230 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1229) : (f32) -> f32
                %v1231 = arith.muli %v38, %v126 : i64
                %v1232 = arith.subi %v1217, %v98 : i64
                %v1233 = arith.addi %v1231, %v1232 : i64
                %v1234 = llvm.getelementptr %v69[%v1233] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1235 = llvm.load %v1234 : !llvm.ptr -> f32
                %v1237 = llvm.call_intrinsic "llvm.sqrt.f32"(%v1236) : (f32) -> f32
                %v1238 = arith.divf %v1235, %v1237 : f32
                %v1239 = arith.mulf %v1230, %v1238 fastmath<contract> : f32
                %v1240 = arith.muli %v52, %v319 : i64
                %v1241 = arith.muli %v1217, %v318 : i64
                %v1242 = arith.addi %v1240, %v1241 : i64
                %v1243 = arith.muli %v50, %size_DV : i64
                %v1244 = arith.addi %v1242, %v1243 : i64
                %v1245 = arith.addi %v1244, %v48 : i64
                %v1246 = llvm.getelementptr %in_v[%v1245] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1247 = llvm.load %v1246 : !llvm.ptr -> f32
                %v1248 = arith.mulf %v1239, %v1247 fastmath<contract> : f32
                %v1249 = arith.mulf %v1225, %v1198 fastmath<contract> : f32
                %v1250 = arith.addf %v1249, %v1248 fastmath<contract> : f32
                %v1251 = arith.constant 8 : i64
                %v1252 = arith.addi %v1251, %v38 : i64
                %v1253 = arith.muli %v1252, %v126 : i64
                %v1254 = arith.subi %v1217, %v98 : i64
                %v1255 = arith.addi %v1253, %v1254 : i64
                %v1256 = llvm.getelementptr %v69[%v1255] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1257 = llvm.load %v1256 : !llvm.ptr -> f32
                %v1258 = arith.divf %v1257, %v1237 : f32
                %v1259 = arith.mulf %v1230, %v1258 fastmath<contract> : f32
                %v1260 = arith.mulf %v1259, %v1247 fastmath<contract> : f32
                %v1261 = arith.mulf %v1225, %v1210 fastmath<contract> : f32
                %v1262 = arith.addf %v1261, %v1260 fastmath<contract> : f32
                %v1263 = arith.mulf %v1225, %v1212 fastmath<contract> : f32
                %v1264 = arith.addf %v1263, %v1239 fastmath<contract> : f32
                %v1265 = arith.mulf %v1225, %v1214 fastmath<contract> : f32
                %v1266 = arith.addf %v1265, %v1259 fastmath<contract> : f32
                %v1267 = arith.subi %v100, %v364 : i64
                %v1268 = arith.trunci %v1267 : i64 to i32
                %v1269 = arith.subi %size_L, %v2 : i64
                %v1270 = arith.addi %v98, %v364 : i64
                %v1271 = arith.subi %v1269, %v1270 : i64
                %v1272 = arith.minsi %v1271, %v616 : i64
                %v1273 = arith.trunci %v1272 : i64 to i32
                %v1274 = arith.addi %v364, %v83 : i64
                %v1275 = arith.cmpi slt, %v620, %v1268 : i32
                %v1276 = arith.cmpi eq, %v620, %v1273 : i32
                scf.if %v1275 {
                  %v1277 = arith.addi %v98, %v1274 : i64
                  %v1278 = arith.muli %v38, %v126 : i64
                  %v1279 = arith.subi %v1277, %v98 : i64
                  %v1280 = arith.addi %v1278, %v1279 : i64
                  %v1281 = llvm.getelementptr %v67[%v1280] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1282 = llvm.load %v1281 : !llvm.ptr -> f32
                  %v1283 = arith.muli %v52, %v319 : i64
                  %v1284 = arith.muli %v1277, %v318 : i64
                  %v1285 = arith.addi %v1283, %v1284 : i64
                  %v1286 = arith.muli %v50, %size_DV : i64
                  %v1287 = arith.addi %v1285, %v1286 : i64
                  %v1288 = arith.addi %v1287, %v48 : i64
                  %v1289 = llvm.getelementptr %dy_o[%v1288] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1290 = llvm.load %v1289 : !llvm.ptr -> f32
                  %v1291 = arith.mulf %v1282, %v1264 fastmath<contract> : f32
                  %v1292 = arith.constant 8 : i64
                  %v1293 = arith.addi %v1292, %v38 : i64
                  %v1294 = arith.muli %v1293, %v126 : i64
                  %v1295 = arith.subi %v1277, %v98 : i64
                  %v1296 = arith.addi %v1294, %v1295 : i64
                  %v1297 = llvm.getelementptr %v67[%v1296] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1298 = llvm.load %v1297 : !llvm.ptr -> f32
                  %v1299 = arith.mulf %v1298, %v1266 fastmath<contract> : f32
                  %v1300 = arith.addf %v1291, %v1299 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v1301, %v1302 = gpu.shuffle xor %v1300, %v647, %v648 : f32
                  %v1303 = arith.addf %v1300, %v1301 fastmath<contract> : f32
                  %v1304, %v1305 = gpu.shuffle xor %v1303, %v652, %v648 : f32
                  %v1306 = arith.addf %v1303, %v1304 fastmath<contract> : f32
                  %v1307, %v1308 = gpu.shuffle xor %v1306, %v656, %v648 : f32
                  %v1309 = arith.addf %v1306, %v1307 fastmath<contract> : f32
                  // end sum over the lanes
                  %v1310 = llvm.call_intrinsic "llvm.fabs.f32"(%v1309) : (f32) -> f32
                  %v1311 = arith.maximumf %v75, %v1310 : f32
                  %v1312 = arith.divf %v1290, %v1311 : f32
                  %v1313 = arith.mulf %v1282, %v1312 fastmath<contract> : f32
                  %v1314 = llvm.load %v58 : !llvm.ptr -> f32
                  %v1315 = llvm.load %v62 : !llvm.ptr -> f32
                  %v1316 = arith.mulf %v1315, %v1314 fastmath<contract> : f32
                  %v1317 = arith.addf %v1313, %v1316 fastmath<contract> : f32
                  llvm.store %v1317, %v58 : f32, !llvm.ptr
                  %v1318 = llvm.load %v76 : !llvm.ptr -> f32
                  %v1319 = arith.mulf %v1318, %v1315 fastmath<contract> : f32
                  llvm.store %v1319, %v76 : f32, !llvm.ptr
                  %v1320 = arith.mulf %v1298, %v1312 fastmath<contract> : f32
                  %v1321 = llvm.load %v59 : !llvm.ptr -> f32
                  %v1322 = llvm.load %v63 : !llvm.ptr -> f32
                  %v1323 = arith.mulf %v1322, %v1321 fastmath<contract> : f32
                  %v1324 = arith.addf %v1320, %v1323 fastmath<contract> : f32
                  llvm.store %v1324, %v59 : f32, !llvm.ptr
                  %v1325 = llvm.load %v77 : !llvm.ptr -> f32
                  %v1326 = arith.mulf %v1325, %v1322 fastmath<contract> : f32
                  llvm.store %v1326, %v77 : f32, !llvm.ptr
                  %v1327 = arith.mulf %v1282, %v1250 fastmath<contract> : f32
                  %v1328 = arith.mulf %v1298, %v1262 fastmath<contract> : f32
                  %v1329 = arith.addf %v1327, %v1328 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v1330, %v1331 = gpu.shuffle xor %v1329, %v647, %v648 : f32
                  %v1332 = arith.addf %v1329, %v1330 fastmath<contract> : f32
                  %v1333, %v1334 = gpu.shuffle xor %v1332, %v652, %v648 : f32
                  %v1335 = arith.addf %v1332, %v1333 fastmath<contract> : f32
                  %v1336, %v1337 = gpu.shuffle xor %v1335, %v656, %v648 : f32
                  %v1338 = arith.addf %v1335, %v1336 fastmath<contract> : f32
                  // end sum over the lanes
                  %v1339 = arith.divf %v1338, %v1311 : f32
                  %v1340 = arith.divf %v1339, %v1311 : f32
                  %v1341 = arith.mulf %v1290, %v1340 fastmath<contract> : f32
                  %v1342 = arith.negf %v1341 : f32
                  %v1343 = arith.cmpf oge, %v75, %v1310 : f32
                  %v1344 = arith.select %v1343, %v75, %v74 : f32
                  %v1345 = arith.subf %v75, %v1344 fastmath<contract> : f32
                  %v1346 = arith.mulf %v1342, %v1345 fastmath<contract> : f32
                  %v1347 = arith.cmpf olt, %v1309, %v74 : f32
                  %v1348 = arith.select %v1347, %v697, %v74 : f32
                  %v1349 = arith.cmpf ogt, %v1309, %v74 : f32
                  %v1350 = arith.select %v1349, %v75, %v1348 : f32
                  %v1351 = arith.mulf %v1346, %v1350 fastmath<contract> : f32
                  %v1352 = arith.mulf %v1282, %v1351 fastmath<contract> : f32
                  %v1353 = llvm.load %v60 : !llvm.ptr -> f32
                  %v1354 = llvm.load %v64 : !llvm.ptr -> f32
                  %v1355 = arith.mulf %v1354, %v1353 fastmath<contract> : f32
                  %v1356 = arith.addf %v1352, %v1355 fastmath<contract> : f32
                  llvm.store %v1356, %v60 : f32, !llvm.ptr
                  %v1357 = llvm.load %v78 : !llvm.ptr -> f32
                  %v1358 = arith.mulf %v1357, %v1354 fastmath<contract> : f32
                  llvm.store %v1358, %v78 : f32, !llvm.ptr
                  %v1359 = arith.mulf %v1298, %v1351 fastmath<contract> : f32
                  %v1360 = llvm.load %v61 : !llvm.ptr -> f32
                  %v1361 = llvm.load %v65 : !llvm.ptr -> f32
                  %v1362 = arith.mulf %v1361, %v1360 fastmath<contract> : f32
                  %v1363 = arith.addf %v1359, %v1362 fastmath<contract> : f32
                  llvm.store %v1363, %v61 : f32, !llvm.ptr
                  %v1364 = llvm.load %v79 : !llvm.ptr -> f32
                  %v1365 = arith.mulf %v1364, %v1361 fastmath<contract> : f32
                  llvm.store %v1365, %v79 : f32, !llvm.ptr
                  scf.if %v1276 {
                  }
                  %v1366 = arith.subi %v1277, %v98 : i64
                  %v1367 = llvm.getelementptr %v73[%v1366] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1368 = llvm.load %v1367 : !llvm.ptr -> f32
                  %v1369 = arith.negf %v1368 : f32
                  %v1370 = arith.mulf %v1369, %v299 fastmath<contract> : f32
                  %v1371 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1370) : (f32) -> f32
                  %v1372 = arith.addf %v75, %v1371 fastmath<contract> : f32
                  %v1373 = arith.divf %v75, %v1372 : f32
                  llvm.store %v1373, %v62 : f32, !llvm.ptr
                  llvm.store %v1373, %v63 : f32, !llvm.ptr
                  llvm.store %v1373, %v64 : f32, !llvm.ptr
                  llvm.store %v1373, %v65 : f32, !llvm.ptr
                }
                %v1374 = arith.addi %v364, %v506 : i64
                %v1375 = arith.cmpi slt, %v652, %v1268 : i32
                %v1376 = arith.cmpi eq, %v652, %v1273 : i32
                scf.if %v1375 {
                  %v1377 = arith.addi %v98, %v1374 : i64
                  %v1378 = arith.muli %v38, %v126 : i64
                  %v1379 = arith.subi %v1377, %v98 : i64
                  %v1380 = arith.addi %v1378, %v1379 : i64
                  %v1381 = llvm.getelementptr %v67[%v1380] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1382 = llvm.load %v1381 : !llvm.ptr -> f32
                  %v1383 = arith.muli %v52, %v319 : i64
                  %v1384 = arith.muli %v1377, %v318 : i64
                  %v1385 = arith.addi %v1383, %v1384 : i64
                  %v1386 = arith.muli %v50, %size_DV : i64
                  %v1387 = arith.addi %v1385, %v1386 : i64
                  %v1388 = arith.addi %v1387, %v48 : i64
                  %v1389 = llvm.getelementptr %dy_o[%v1388] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1390 = llvm.load %v1389 : !llvm.ptr -> f32
                  %v1391 = arith.mulf %v1382, %v1212 fastmath<contract> : f32
                  %v1392 = arith.constant 8 : i64
                  %v1393 = arith.addi %v1392, %v38 : i64
                  %v1394 = arith.muli %v1393, %v126 : i64
                  %v1395 = arith.subi %v1377, %v98 : i64
                  %v1396 = arith.addi %v1394, %v1395 : i64
                  %v1397 = llvm.getelementptr %v67[%v1396] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1398 = llvm.load %v1397 : !llvm.ptr -> f32
                  %v1399 = arith.mulf %v1398, %v1214 fastmath<contract> : f32
                  %v1400 = arith.addf %v1391, %v1399 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v1401, %v1402 = gpu.shuffle xor %v1400, %v647, %v648 : f32
                  %v1403 = arith.addf %v1400, %v1401 fastmath<contract> : f32
                  %v1404, %v1405 = gpu.shuffle xor %v1403, %v652, %v648 : f32
                  %v1406 = arith.addf %v1403, %v1404 fastmath<contract> : f32
                  %v1407, %v1408 = gpu.shuffle xor %v1406, %v656, %v648 : f32
                  %v1409 = arith.addf %v1406, %v1407 fastmath<contract> : f32
                  // end sum over the lanes
                  %v1410 = llvm.call_intrinsic "llvm.fabs.f32"(%v1409) : (f32) -> f32
                  %v1411 = arith.maximumf %v75, %v1410 : f32
                  %v1412 = arith.divf %v1390, %v1411 : f32
                  %v1413 = arith.mulf %v1382, %v1412 fastmath<contract> : f32
                  %v1414 = llvm.load %v58 : !llvm.ptr -> f32
                  %v1415 = llvm.load %v62 : !llvm.ptr -> f32
                  %v1416 = arith.mulf %v1415, %v1414 fastmath<contract> : f32
                  %v1417 = arith.addf %v1413, %v1416 fastmath<contract> : f32
                  llvm.store %v1417, %v58 : f32, !llvm.ptr
                  %v1418 = llvm.load %v76 : !llvm.ptr -> f32
                  %v1419 = arith.mulf %v1418, %v1415 fastmath<contract> : f32
                  llvm.store %v1419, %v76 : f32, !llvm.ptr
                  %v1420 = arith.mulf %v1398, %v1412 fastmath<contract> : f32
                  %v1421 = llvm.load %v59 : !llvm.ptr -> f32
                  %v1422 = llvm.load %v63 : !llvm.ptr -> f32
                  %v1423 = arith.mulf %v1422, %v1421 fastmath<contract> : f32
                  %v1424 = arith.addf %v1420, %v1423 fastmath<contract> : f32
                  llvm.store %v1424, %v59 : f32, !llvm.ptr
                  %v1425 = llvm.load %v77 : !llvm.ptr -> f32
                  %v1426 = arith.mulf %v1425, %v1422 fastmath<contract> : f32
                  llvm.store %v1426, %v77 : f32, !llvm.ptr
                  %v1427 = arith.mulf %v1382, %v1198 fastmath<contract> : f32
                  %v1428 = arith.mulf %v1398, %v1210 fastmath<contract> : f32
                  %v1429 = arith.addf %v1427, %v1428 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v1430, %v1431 = gpu.shuffle xor %v1429, %v647, %v648 : f32
                  %v1432 = arith.addf %v1429, %v1430 fastmath<contract> : f32
                  %v1433, %v1434 = gpu.shuffle xor %v1432, %v652, %v648 : f32
                  %v1435 = arith.addf %v1432, %v1433 fastmath<contract> : f32
                  %v1436, %v1437 = gpu.shuffle xor %v1435, %v656, %v648 : f32
                  %v1438 = arith.addf %v1435, %v1436 fastmath<contract> : f32
                  // end sum over the lanes
                  %v1439 = arith.divf %v1438, %v1411 : f32
                  %v1440 = arith.divf %v1439, %v1411 : f32
                  %v1441 = arith.mulf %v1390, %v1440 fastmath<contract> : f32
                  %v1442 = arith.negf %v1441 : f32
                  %v1443 = arith.cmpf oge, %v75, %v1410 : f32
                  %v1444 = arith.select %v1443, %v75, %v74 : f32
                  %v1445 = arith.subf %v75, %v1444 fastmath<contract> : f32
                  %v1446 = arith.mulf %v1442, %v1445 fastmath<contract> : f32
                  %v1447 = arith.cmpf olt, %v1409, %v74 : f32
                  %v1448 = arith.select %v1447, %v697, %v74 : f32
                  %v1449 = arith.cmpf ogt, %v1409, %v74 : f32
                  %v1450 = arith.select %v1449, %v75, %v1448 : f32
                  %v1451 = arith.mulf %v1446, %v1450 fastmath<contract> : f32
                  %v1452 = arith.mulf %v1382, %v1451 fastmath<contract> : f32
                  %v1453 = llvm.load %v60 : !llvm.ptr -> f32
                  %v1454 = llvm.load %v64 : !llvm.ptr -> f32
                  %v1455 = arith.mulf %v1454, %v1453 fastmath<contract> : f32
                  %v1456 = arith.addf %v1452, %v1455 fastmath<contract> : f32
                  llvm.store %v1456, %v60 : f32, !llvm.ptr
                  %v1457 = llvm.load %v78 : !llvm.ptr -> f32
                  %v1458 = arith.mulf %v1457, %v1454 fastmath<contract> : f32
                  llvm.store %v1458, %v78 : f32, !llvm.ptr
                  %v1459 = arith.mulf %v1398, %v1451 fastmath<contract> : f32
                  %v1460 = llvm.load %v61 : !llvm.ptr -> f32
                  %v1461 = llvm.load %v65 : !llvm.ptr -> f32
                  %v1462 = arith.mulf %v1461, %v1460 fastmath<contract> : f32
                  %v1463 = arith.addf %v1459, %v1462 fastmath<contract> : f32
                  llvm.store %v1463, %v61 : f32, !llvm.ptr
                  %v1464 = llvm.load %v79 : !llvm.ptr -> f32
                  %v1465 = arith.mulf %v1464, %v1461 fastmath<contract> : f32
                  llvm.store %v1465, %v79 : f32, !llvm.ptr
                  scf.if %v1376 {
                  }
                  %v1466 = arith.subi %v1377, %v98 : i64
                  %v1467 = llvm.getelementptr %v73[%v1466] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1468 = llvm.load %v1467 : !llvm.ptr -> f32
                  %v1469 = arith.negf %v1468 : f32
                  %v1470 = arith.mulf %v1469, %v299 fastmath<contract> : f32
                  %v1471 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1470) : (f32) -> f32
                  %v1472 = arith.addf %v75, %v1471 fastmath<contract> : f32
                  %v1473 = arith.divf %v75, %v1472 : f32
                  llvm.store %v1473, %v62 : f32, !llvm.ptr
                  llvm.store %v1473, %v63 : f32, !llvm.ptr
                  llvm.store %v1473, %v64 : f32, !llvm.ptr
                  llvm.store %v1473, %v65 : f32, !llvm.ptr
                }
                %v1474 = arith.addi %v364, %v2 : i64
                %v1475 = arith.cmpi slt, %v647, %v1268 : i32
                %v1476 = arith.cmpi eq, %v647, %v1273 : i32
                scf.if %v1475 {
                  %v1477 = arith.addi %v98, %v1474 : i64
                  %v1478 = arith.muli %v38, %v126 : i64
                  %v1479 = arith.subi %v1477, %v98 : i64
                  %v1480 = arith.addi %v1478, %v1479 : i64
                  %v1481 = llvm.getelementptr %v67[%v1480] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1482 = llvm.load %v1481 : !llvm.ptr -> f32
                  %v1483 = arith.muli %v52, %v319 : i64
                  %v1484 = arith.muli %v1477, %v318 : i64
                  %v1485 = arith.addi %v1483, %v1484 : i64
                  %v1486 = arith.muli %v50, %size_DV : i64
                  %v1487 = arith.addi %v1485, %v1486 : i64
                  %v1488 = arith.addi %v1487, %v48 : i64
                  %v1489 = llvm.getelementptr %dy_o[%v1488] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1490 = llvm.load %v1489 : !llvm.ptr -> f32
                  %v1491 = arith.mulf %v1482, %v1160 fastmath<contract> : f32
                  %v1492 = arith.constant 8 : i64
                  %v1493 = arith.addi %v1492, %v38 : i64
                  %v1494 = arith.muli %v1493, %v126 : i64
                  %v1495 = arith.subi %v1477, %v98 : i64
                  %v1496 = arith.addi %v1494, %v1495 : i64
                  %v1497 = llvm.getelementptr %v67[%v1496] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1498 = llvm.load %v1497 : !llvm.ptr -> f32
                  %v1499 = arith.mulf %v1498, %v1162 fastmath<contract> : f32
                  %v1500 = arith.addf %v1491, %v1499 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v1501, %v1502 = gpu.shuffle xor %v1500, %v647, %v648 : f32
                  %v1503 = arith.addf %v1500, %v1501 fastmath<contract> : f32
                  %v1504, %v1505 = gpu.shuffle xor %v1503, %v652, %v648 : f32
                  %v1506 = arith.addf %v1503, %v1504 fastmath<contract> : f32
                  %v1507, %v1508 = gpu.shuffle xor %v1506, %v656, %v648 : f32
                  %v1509 = arith.addf %v1506, %v1507 fastmath<contract> : f32
                  // end sum over the lanes
                  %v1510 = llvm.call_intrinsic "llvm.fabs.f32"(%v1509) : (f32) -> f32
                  %v1511 = arith.maximumf %v75, %v1510 : f32
                  %v1512 = arith.divf %v1490, %v1511 : f32
                  %v1513 = arith.mulf %v1482, %v1512 fastmath<contract> : f32
                  %v1514 = llvm.load %v58 : !llvm.ptr -> f32
                  %v1515 = llvm.load %v62 : !llvm.ptr -> f32
                  %v1516 = arith.mulf %v1515, %v1514 fastmath<contract> : f32
                  %v1517 = arith.addf %v1513, %v1516 fastmath<contract> : f32
                  llvm.store %v1517, %v58 : f32, !llvm.ptr
                  %v1518 = llvm.load %v76 : !llvm.ptr -> f32
                  %v1519 = arith.mulf %v1518, %v1515 fastmath<contract> : f32
                  llvm.store %v1519, %v76 : f32, !llvm.ptr
                  %v1520 = arith.mulf %v1498, %v1512 fastmath<contract> : f32
                  %v1521 = llvm.load %v59 : !llvm.ptr -> f32
                  %v1522 = llvm.load %v63 : !llvm.ptr -> f32
                  %v1523 = arith.mulf %v1522, %v1521 fastmath<contract> : f32
                  %v1524 = arith.addf %v1520, %v1523 fastmath<contract> : f32
                  llvm.store %v1524, %v59 : f32, !llvm.ptr
                  %v1525 = llvm.load %v77 : !llvm.ptr -> f32
                  %v1526 = arith.mulf %v1525, %v1522 fastmath<contract> : f32
                  llvm.store %v1526, %v77 : f32, !llvm.ptr
                  %v1527 = arith.mulf %v1482, %v1146 fastmath<contract> : f32
                  %v1528 = arith.mulf %v1498, %v1158 fastmath<contract> : f32
                  %v1529 = arith.addf %v1527, %v1528 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v1530, %v1531 = gpu.shuffle xor %v1529, %v647, %v648 : f32
                  %v1532 = arith.addf %v1529, %v1530 fastmath<contract> : f32
                  %v1533, %v1534 = gpu.shuffle xor %v1532, %v652, %v648 : f32
                  %v1535 = arith.addf %v1532, %v1533 fastmath<contract> : f32
                  %v1536, %v1537 = gpu.shuffle xor %v1535, %v656, %v648 : f32
                  %v1538 = arith.addf %v1535, %v1536 fastmath<contract> : f32
                  // end sum over the lanes
                  %v1539 = arith.divf %v1538, %v1511 : f32
                  %v1540 = arith.divf %v1539, %v1511 : f32
                  %v1541 = arith.mulf %v1490, %v1540 fastmath<contract> : f32
                  %v1542 = arith.negf %v1541 : f32
                  %v1543 = arith.cmpf oge, %v75, %v1510 : f32
                  %v1544 = arith.select %v1543, %v75, %v74 : f32
                  %v1545 = arith.subf %v75, %v1544 fastmath<contract> : f32
                  %v1546 = arith.mulf %v1542, %v1545 fastmath<contract> : f32
                  %v1547 = arith.cmpf olt, %v1509, %v74 : f32
                  %v1548 = arith.select %v1547, %v697, %v74 : f32
                  %v1549 = arith.cmpf ogt, %v1509, %v74 : f32
                  %v1550 = arith.select %v1549, %v75, %v1548 : f32
                  %v1551 = arith.mulf %v1546, %v1550 fastmath<contract> : f32
                  %v1552 = arith.mulf %v1482, %v1551 fastmath<contract> : f32
                  %v1553 = llvm.load %v60 : !llvm.ptr -> f32
                  %v1554 = llvm.load %v64 : !llvm.ptr -> f32
                  %v1555 = arith.mulf %v1554, %v1553 fastmath<contract> : f32
                  %v1556 = arith.addf %v1552, %v1555 fastmath<contract> : f32
                  llvm.store %v1556, %v60 : f32, !llvm.ptr
                  %v1557 = llvm.load %v78 : !llvm.ptr -> f32
                  %v1558 = arith.mulf %v1557, %v1554 fastmath<contract> : f32
                  llvm.store %v1558, %v78 : f32, !llvm.ptr
                  %v1559 = arith.mulf %v1498, %v1551 fastmath<contract> : f32
                  %v1560 = llvm.load %v61 : !llvm.ptr -> f32
                  %v1561 = llvm.load %v65 : !llvm.ptr -> f32
                  %v1562 = arith.mulf %v1561, %v1560 fastmath<contract> : f32
                  %v1563 = arith.addf %v1559, %v1562 fastmath<contract> : f32
                  llvm.store %v1563, %v61 : f32, !llvm.ptr
                  %v1564 = llvm.load %v79 : !llvm.ptr -> f32
                  %v1565 = arith.mulf %v1564, %v1561 fastmath<contract> : f32
                  llvm.store %v1565, %v79 : f32, !llvm.ptr
                  scf.if %v1476 {
                  }
                  %v1566 = arith.subi %v1477, %v98 : i64
                  %v1567 = llvm.getelementptr %v73[%v1566] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1568 = llvm.load %v1567 : !llvm.ptr -> f32
                  %v1569 = arith.negf %v1568 : f32
                  %v1570 = arith.mulf %v1569, %v299 fastmath<contract> : f32
                  %v1571 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1570) : (f32) -> f32
                  %v1572 = arith.addf %v75, %v1571 fastmath<contract> : f32
                  %v1573 = arith.divf %v75, %v1572 : f32
                  llvm.store %v1573, %v62 : f32, !llvm.ptr
                  llvm.store %v1573, %v63 : f32, !llvm.ptr
                  llvm.store %v1573, %v64 : f32, !llvm.ptr
                  llvm.store %v1573, %v65 : f32, !llvm.ptr
                }
                %v1574 = arith.cmpi slt, %v925, %v1268 : i32
                %v1575 = arith.cmpi eq, %v925, %v1273 : i32
                scf.if %v1574 {
                  %v1576 = arith.addi %v98, %v364 : i64
                  %v1577 = arith.muli %v38, %v126 : i64
                  %v1578 = arith.subi %v1576, %v98 : i64
                  %v1579 = arith.addi %v1577, %v1578 : i64
                  %v1580 = llvm.getelementptr %v67[%v1579] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1581 = llvm.load %v1580 : !llvm.ptr -> f32
                  %v1582 = arith.muli %v52, %v319 : i64
                  %v1583 = arith.muli %v1576, %v318 : i64
                  %v1584 = arith.addi %v1582, %v1583 : i64
                  %v1585 = arith.muli %v50, %size_DV : i64
                  %v1586 = arith.addi %v1584, %v1585 : i64
                  %v1587 = arith.addi %v1586, %v48 : i64
                  %v1588 = llvm.getelementptr %dy_o[%v1587] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1589 = llvm.load %v1588 : !llvm.ptr -> f32
                  %v1590 = arith.mulf %v1581, %v1108 fastmath<contract> : f32
                  %v1591 = arith.constant 8 : i64
                  %v1592 = arith.addi %v1591, %v38 : i64
                  %v1593 = arith.muli %v1592, %v126 : i64
                  %v1594 = arith.subi %v1576, %v98 : i64
                  %v1595 = arith.addi %v1593, %v1594 : i64
                  %v1596 = llvm.getelementptr %v67[%v1595] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1597 = llvm.load %v1596 : !llvm.ptr -> f32
                  %v1598 = arith.mulf %v1597, %v1110 fastmath<contract> : f32
                  %v1599 = arith.addf %v1590, %v1598 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v1600, %v1601 = gpu.shuffle xor %v1599, %v647, %v648 : f32
                  %v1602 = arith.addf %v1599, %v1600 fastmath<contract> : f32
                  %v1603, %v1604 = gpu.shuffle xor %v1602, %v652, %v648 : f32
                  %v1605 = arith.addf %v1602, %v1603 fastmath<contract> : f32
                  %v1606, %v1607 = gpu.shuffle xor %v1605, %v656, %v648 : f32
                  %v1608 = arith.addf %v1605, %v1606 fastmath<contract> : f32
                  // end sum over the lanes
                  %v1609 = llvm.call_intrinsic "llvm.fabs.f32"(%v1608) : (f32) -> f32
                  %v1610 = arith.maximumf %v75, %v1609 : f32
                  %v1611 = arith.divf %v1589, %v1610 : f32
                  %v1612 = arith.mulf %v1581, %v1611 fastmath<contract> : f32
                  %v1613 = llvm.load %v58 : !llvm.ptr -> f32
                  %v1614 = llvm.load %v62 : !llvm.ptr -> f32
                  %v1615 = arith.mulf %v1614, %v1613 fastmath<contract> : f32
                  %v1616 = arith.addf %v1612, %v1615 fastmath<contract> : f32
                  llvm.store %v1616, %v58 : f32, !llvm.ptr
                  %v1617 = llvm.load %v76 : !llvm.ptr -> f32
                  %v1618 = arith.mulf %v1617, %v1614 fastmath<contract> : f32
                  llvm.store %v1618, %v76 : f32, !llvm.ptr
                  %v1619 = arith.mulf %v1597, %v1611 fastmath<contract> : f32
                  %v1620 = llvm.load %v59 : !llvm.ptr -> f32
                  %v1621 = llvm.load %v63 : !llvm.ptr -> f32
                  %v1622 = arith.mulf %v1621, %v1620 fastmath<contract> : f32
                  %v1623 = arith.addf %v1619, %v1622 fastmath<contract> : f32
                  llvm.store %v1623, %v59 : f32, !llvm.ptr
                  %v1624 = llvm.load %v77 : !llvm.ptr -> f32
                  %v1625 = arith.mulf %v1624, %v1621 fastmath<contract> : f32
                  llvm.store %v1625, %v77 : f32, !llvm.ptr
                  %v1626 = arith.mulf %v1581, %v1094 fastmath<contract> : f32
                  %v1627 = arith.mulf %v1597, %v1106 fastmath<contract> : f32
                  %v1628 = arith.addf %v1626, %v1627 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v1629, %v1630 = gpu.shuffle xor %v1628, %v647, %v648 : f32
                  %v1631 = arith.addf %v1628, %v1629 fastmath<contract> : f32
                  %v1632, %v1633 = gpu.shuffle xor %v1631, %v652, %v648 : f32
                  %v1634 = arith.addf %v1631, %v1632 fastmath<contract> : f32
                  %v1635, %v1636 = gpu.shuffle xor %v1634, %v656, %v648 : f32
                  %v1637 = arith.addf %v1634, %v1635 fastmath<contract> : f32
                  // end sum over the lanes
                  %v1638 = arith.divf %v1637, %v1610 : f32
                  %v1639 = arith.divf %v1638, %v1610 : f32
                  %v1640 = arith.mulf %v1589, %v1639 fastmath<contract> : f32
                  %v1641 = arith.negf %v1640 : f32
                  %v1642 = arith.cmpf oge, %v75, %v1609 : f32
                  %v1643 = arith.select %v1642, %v75, %v74 : f32
                  %v1644 = arith.subf %v75, %v1643 fastmath<contract> : f32
                  %v1645 = arith.mulf %v1641, %v1644 fastmath<contract> : f32
                  %v1646 = arith.cmpf olt, %v1608, %v74 : f32
                  %v1647 = arith.select %v1646, %v697, %v74 : f32
                  %v1648 = arith.cmpf ogt, %v1608, %v74 : f32
                  %v1649 = arith.select %v1648, %v75, %v1647 : f32
                  %v1650 = arith.mulf %v1645, %v1649 fastmath<contract> : f32
                  %v1651 = arith.mulf %v1581, %v1650 fastmath<contract> : f32
                  %v1652 = llvm.load %v60 : !llvm.ptr -> f32
                  %v1653 = llvm.load %v64 : !llvm.ptr -> f32
                  %v1654 = arith.mulf %v1653, %v1652 fastmath<contract> : f32
                  %v1655 = arith.addf %v1651, %v1654 fastmath<contract> : f32
                  llvm.store %v1655, %v60 : f32, !llvm.ptr
                  %v1656 = llvm.load %v78 : !llvm.ptr -> f32
                  %v1657 = arith.mulf %v1656, %v1653 fastmath<contract> : f32
                  llvm.store %v1657, %v78 : f32, !llvm.ptr
                  %v1658 = arith.mulf %v1597, %v1650 fastmath<contract> : f32
                  %v1659 = llvm.load %v61 : !llvm.ptr -> f32
                  %v1660 = llvm.load %v65 : !llvm.ptr -> f32
                  %v1661 = arith.mulf %v1660, %v1659 fastmath<contract> : f32
                  %v1662 = arith.addf %v1658, %v1661 fastmath<contract> : f32
                  llvm.store %v1662, %v61 : f32, !llvm.ptr
                  %v1663 = llvm.load %v79 : !llvm.ptr -> f32
                  %v1664 = arith.mulf %v1663, %v1660 fastmath<contract> : f32
                  llvm.store %v1664, %v79 : f32, !llvm.ptr
                  scf.if %v1575 {
                  }
                  %v1665 = arith.subi %v1576, %v98 : i64
                  %v1666 = llvm.getelementptr %v73[%v1665] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1667 = llvm.load %v1666 : !llvm.ptr -> f32
                  %v1668 = arith.negf %v1667 : f32
                  %v1669 = arith.mulf %v1668, %v299 fastmath<contract> : f32
                  %v1670 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1669) : (f32) -> f32
                  %v1671 = arith.addf %v75, %v1670 fastmath<contract> : f32
                  %v1672 = arith.divf %v75, %v1671 : f32
                  llvm.store %v1672, %v62 : f32, !llvm.ptr
                  llvm.store %v1672, %v63 : f32, !llvm.ptr
                  llvm.store %v1672, %v64 : f32, !llvm.ptr
                  llvm.store %v1672, %v65 : f32, !llvm.ptr
                }
              }
            }
          }
        }
      }
      scf.if %v42 {
        %v1673 = llvm.load %v58 : !llvm.ptr -> f32
        %v1674 = arith.muli %v33, %v1 : i64
        %v1675 = arith.addi %v1674, %v38 : i64
        %v1676 = arith.muli %v1675, %v4 : i64
        %v1677 = arith.subi %v4, %v2 : i64
        %v1678 = arith.minsi %v44, %v1677 : i64
        %v1679 = arith.addi %v1676, %v1678 : i64
        %v1680 = llvm.getelementptr %segsum_C[%v1679] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1673, %v1680 : f32, !llvm.ptr
        %v1681 = llvm.load %v76 : !llvm.ptr -> f32
        %v1682 = arith.addi %v8, %v33 : i64
        %v1683 = arith.muli %v1682, %v1 : i64
        %v1684 = arith.addi %v1683, %v38 : i64
        %v1685 = arith.muli %v1684, %v4 : i64
        %v1686 = arith.subi %v4, %v2 : i64
        %v1687 = arith.minsi %v44, %v1686 : i64
        %v1688 = arith.addi %v1685, %v1687 : i64
        %v1689 = llvm.getelementptr %segsum_C[%v1688] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1681, %v1689 : f32, !llvm.ptr
        %v1690 = llvm.load %v62 : !llvm.ptr -> f32
        %v1691 = arith.muli %v506, %v8 : i64
        %v1692 = arith.addi %v1691, %v33 : i64
        %v1693 = arith.muli %v1692, %v1 : i64
        %v1694 = arith.addi %v1693, %v38 : i64
        %v1695 = arith.muli %v1694, %v4 : i64
        %v1696 = arith.subi %v4, %v2 : i64
        %v1697 = arith.minsi %v44, %v1696 : i64
        %v1698 = arith.addi %v1695, %v1697 : i64
        %v1699 = llvm.getelementptr %segsum_C[%v1698] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1690, %v1699 : f32, !llvm.ptr
        %v1700 = llvm.load %v59 : !llvm.ptr -> f32
        %v1701 = arith.addi %v37, %v38 : i64
        %v1702 = arith.muli %v33, %v1 : i64
        %v1703 = arith.addi %v1702, %v1701 : i64
        %v1704 = arith.muli %v1703, %v4 : i64
        %v1705 = arith.subi %v4, %v2 : i64
        %v1706 = arith.minsi %v44, %v1705 : i64
        %v1707 = arith.addi %v1704, %v1706 : i64
        %v1708 = llvm.getelementptr %segsum_C[%v1707] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1700, %v1708 : f32, !llvm.ptr
        %v1709 = llvm.load %v77 : !llvm.ptr -> f32
        %v1710 = arith.addi %v37, %v38 : i64
        %v1711 = arith.addi %v8, %v33 : i64
        %v1712 = arith.muli %v1711, %v1 : i64
        %v1713 = arith.addi %v1712, %v1710 : i64
        %v1714 = arith.muli %v1713, %v4 : i64
        %v1715 = arith.subi %v4, %v2 : i64
        %v1716 = arith.minsi %v44, %v1715 : i64
        %v1717 = arith.addi %v1714, %v1716 : i64
        %v1718 = llvm.getelementptr %segsum_C[%v1717] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1709, %v1718 : f32, !llvm.ptr
        %v1719 = llvm.load %v63 : !llvm.ptr -> f32
        %v1720 = arith.addi %v37, %v38 : i64
        %v1721 = arith.muli %v506, %v8 : i64
        %v1722 = arith.addi %v1721, %v33 : i64
        %v1723 = arith.muli %v1722, %v1 : i64
        %v1724 = arith.addi %v1723, %v1720 : i64
        %v1725 = arith.muli %v1724, %v4 : i64
        %v1726 = arith.subi %v4, %v2 : i64
        %v1727 = arith.minsi %v44, %v1726 : i64
        %v1728 = arith.addi %v1725, %v1727 : i64
        %v1729 = llvm.getelementptr %segsum_C[%v1728] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1719, %v1729 : f32, !llvm.ptr
        %v1730 = llvm.load %v60 : !llvm.ptr -> f32
        %v1731 = arith.muli %v33, %v1 : i64
        %v1732 = arith.addi %v1731, %v38 : i64
        %v1733 = arith.muli %v1732, %v4 : i64
        %v1734 = arith.subi %v4, %v2 : i64
        %v1735 = arith.minsi %v44, %v1734 : i64
        %v1736 = arith.addi %v1733, %v1735 : i64
        %v1737 = llvm.getelementptr %segsum_n[%v1736] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1730, %v1737 : f32, !llvm.ptr
        %v1738 = llvm.load %v78 : !llvm.ptr -> f32
        %v1739 = arith.addi %v8, %v33 : i64
        %v1740 = arith.muli %v1739, %v1 : i64
        %v1741 = arith.addi %v1740, %v38 : i64
        %v1742 = arith.muli %v1741, %v4 : i64
        %v1743 = arith.subi %v4, %v2 : i64
        %v1744 = arith.minsi %v44, %v1743 : i64
        %v1745 = arith.addi %v1742, %v1744 : i64
        %v1746 = llvm.getelementptr %segsum_n[%v1745] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1738, %v1746 : f32, !llvm.ptr
        %v1747 = llvm.load %v64 : !llvm.ptr -> f32
        %v1748 = arith.muli %v506, %v8 : i64
        %v1749 = arith.addi %v1748, %v33 : i64
        %v1750 = arith.muli %v1749, %v1 : i64
        %v1751 = arith.addi %v1750, %v38 : i64
        %v1752 = arith.muli %v1751, %v4 : i64
        %v1753 = arith.subi %v4, %v2 : i64
        %v1754 = arith.minsi %v44, %v1753 : i64
        %v1755 = arith.addi %v1752, %v1754 : i64
        %v1756 = llvm.getelementptr %segsum_n[%v1755] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1747, %v1756 : f32, !llvm.ptr
        %v1757 = llvm.load %v61 : !llvm.ptr -> f32
        %v1758 = arith.addi %v37, %v38 : i64
        %v1759 = arith.muli %v33, %v1 : i64
        %v1760 = arith.addi %v1759, %v1758 : i64
        %v1761 = arith.muli %v1760, %v4 : i64
        %v1762 = arith.subi %v4, %v2 : i64
        %v1763 = arith.minsi %v44, %v1762 : i64
        %v1764 = arith.addi %v1761, %v1763 : i64
        %v1765 = llvm.getelementptr %segsum_n[%v1764] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1757, %v1765 : f32, !llvm.ptr
        %v1766 = llvm.load %v79 : !llvm.ptr -> f32
        %v1767 = arith.addi %v37, %v38 : i64
        %v1768 = arith.addi %v8, %v33 : i64
        %v1769 = arith.muli %v1768, %v1 : i64
        %v1770 = arith.addi %v1769, %v1767 : i64
        %v1771 = arith.muli %v1770, %v4 : i64
        %v1772 = arith.subi %v4, %v2 : i64
        %v1773 = arith.minsi %v44, %v1772 : i64
        %v1774 = arith.addi %v1771, %v1773 : i64
        %v1775 = llvm.getelementptr %segsum_n[%v1774] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1766, %v1775 : f32, !llvm.ptr
        %v1776 = llvm.load %v65 : !llvm.ptr -> f32
        %v1777 = arith.addi %v37, %v38 : i64
        %v1778 = arith.muli %v506, %v8 : i64
        %v1779 = arith.addi %v1778, %v33 : i64
        %v1780 = arith.muli %v1779, %v1 : i64
        %v1781 = arith.addi %v1780, %v1777 : i64
        %v1782 = arith.muli %v1781, %v4 : i64
        %v1783 = arith.subi %v4, %v2 : i64
        %v1784 = arith.minsi %v44, %v1783 : i64
        %v1785 = arith.addi %v1782, %v1784 : i64
        %v1786 = llvm.getelementptr %segsum_n[%v1785] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1776, %v1786 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
