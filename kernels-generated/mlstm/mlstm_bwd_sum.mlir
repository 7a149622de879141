module attributes {gpu.container_module} {
  gpu.module @linrec {
    llvm.mlir.global internal @rows_mlstm_bwd_sum_q() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<1040 x f32>
    llvm.mlir.global internal @rows_mlstm_bwd_sum_k() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<1040 x f32>
    llvm.mlir.global internal @rows_mlstm_bwd_sum_ig() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<65 x f32>
    llvm.mlir.global internal @rows_mlstm_bwd_sum_fg() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<65 x f32>
    gpu.func @mlstm_bwd_sum(%in_q: !llvm.ptr, %in_k: !llvm.ptr, %in_v: !llvm.ptr, %in_ig: !llvm.ptr, %in_fg: !llvm.ptr, %dy_o: !llvm.ptr, %ckpt_C: !llvm.ptr, %ckpt_n: !llvm.ptr, %scratch_C: !llvm.ptr, %scratch_n: !llvm.ptr, %segsum_C: !llvm.ptr, %segsum_n: !llvm.ptr, %size_B: i64, %size_L: i64, %size_H: i64, %size_DK: i64, %size_DV: i64) kernel attributes {nvvm.maxntid = array<i32: 256, 1, 1>, nvvm.minctasm = 2 : i32} {
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
      %v26 = arith.constant 32 : i64
      %v38 = arith.constant 8 : i64
      %v55 = arith.constant 4 : i64
      %v59 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v60 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v61 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v62 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v63 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v64 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v65 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v66 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v67 = llvm.mlir.addressof @rows_mlstm_bwd_sum_q : !llvm.ptr<3>
      %v68 = llvm.addrspacecast %v67 : !llvm.ptr<3> to !llvm.ptr
      %v69 = llvm.mlir.addressof @rows_mlstm_bwd_sum_k : !llvm.ptr<3>
      %v70 = llvm.addrspacecast %v69 : !llvm.ptr<3> to !llvm.ptr
      %v71 = llvm.mlir.addressof @rows_mlstm_bwd_sum_ig : !llvm.ptr<3>
      %v72 = llvm.addrspacecast %v71 : !llvm.ptr<3> to !llvm.ptr
      %v73 = llvm.mlir.addressof @rows_mlstm_bwd_sum_fg : !llvm.ptr<3>
      %v74 = llvm.addrspacecast %v73 : !llvm.ptr<3> to !llvm.ptr
      %v75 = arith.constant 0x00000000 : f32
      %v76 = arith.constant 0x3F800000 : f32
      %v77 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v78 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v79 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v80 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v81 = arith.constant 0 : i64
      %v83 = arith.constant 64 : i64
      %v84 = arith.constant 3 : i64
      %v105 = arith.constant 1024 : i64
      %v117 = arith.muli %v2, %v1 : i64
      %v118 = arith.muli %v117, %size_H : i64
      %v119 = arith.muli %v118, %size_L : i64
      %v129 = arith.constant 65 : i64
      %v165 = arith.muli %v2, %size_H : i64
      %v166 = arith.muli %v165, %size_L : i64
      %v197 = arith.muli %v2, %size_B : i64
      %v198 = arith.muli %v197, %size_H : i64
      %v199 = arith.muli %v198, %v1 : i64
      %v200 = arith.muli %v199, %size_DV : i64
      %v202 = arith.muli %v2, %size_DV : i64
      %v203 = arith.muli %v202, %v1 : i64
      %v204 = arith.muli %v203, %size_H : i64
      %v215 = arith.muli %v2, %size_B : i64
      %v216 = arith.muli %v215, %size_H : i64
      %v217 = arith.muli %v216, %v1 : i64
      %v218 = arith.muli %v217, %size_DV : i64
      %v232 = arith.muli %v2, %size_B : i64
      %v233 = arith.muli %v232, %size_H : i64
      %v234 = arith.muli %v233, %v1 : i64
      %v236 = arith.muli %v2, %v1 : i64
      %v237 = arith.muli %v236, %size_H : i64
      %v246 = arith.muli %v2, %size_B : i64
      %v247 = arith.muli %v246, %size_H : i64
      %v248 = arith.muli %v247, %v1 : i64
      %v320 = arith.constant 0x3FB8AA3B : f32
      %v341 = arith.muli %v2, %size_DV : i64
      %v342 = arith.muli %v341, %size_H : i64
      %v343 = arith.muli %v342, %size_L : i64
      %v542 = arith.constant 2 : i64
      %v662 = arith.constant 2147483647 : i64
      %v666 = arith.constant 3 : i32
      %v694 = arith.constant 1 : i32
      %v695 = arith.constant 32 : i32
      %v699 = arith.constant 2 : i32
      %v703 = arith.constant 4 : i32
      %v744 = arith.constant 0xBF800000 : f32
      %v981 = arith.constant 0 : i32
      %v22 = gpu.block_id x
      %v23 = gpu.thread_id x
      %v24 = arith.index_cast %v23 : index to i64
      %v25 = arith.index_cast %v22 : index to i64
      %v27 = arith.subi %v26, %v2 : i64
      %v28 = arith.addi %size_DV, %v27 : i64
      %v29 = arith.divui %v28, %v26 : i64
      %v30 = arith.maxsi %v29, %v2 : i64
      %v31 = arith.maxsi %size_DV, %v2 : i64
      %v32 = arith.divui %v5, %v31 : i64
      %v33 = arith.muli %v32, %v30 : i64
      %v34 = arith.divui %v25, %v33 : i64
      %v35 = arith.remui %v25, %v33 : i64
      %v36 = arith.divui %v35, %v30 : i64
      %v37 = arith.remui %v35, %v30 : i64
      %v39 = arith.remui %v24, %v38 : i64
      %v40 = arith.divui %v24, %v38 : i64
      %v41 = arith.muli %v37, %v26 : i64
      %v42 = arith.addi %v41, %v40 : i64
      %v43 = arith.cmpi slt, %v42, %size_DV : i64
      %v44 = arith.muli %v36, %size_DV : i64
      %v45 = arith.addi %v44, %v42 : i64
      %v46 = arith.subi %size_DV, %v2 : i64
      %v47 = arith.minsi %v42, %v46 : i64
      %v48 = arith.addi %v44, %v47 : i64
      %v49 = arith.remui %v48, %size_DV : i64
      %v50 = arith.divui %v48, %size_DV : i64
      %v51 = arith.remui %v50, %size_H : i64
      %v52 = arith.divui %v50, %size_H : i64
      %v53 = arith.remui %v52, %size_B : i64
      %v54 = arith.divui %v52, %size_B : i64
      %v337 = arith.sitofp %v1 : i64 to f32
      %v453 = arith.sitofp %v1 : i64 to f32
      %v510 = arith.sitofp %v1 : i64 to f32
      %v568 = arith.sitofp %v1 : i64 to f32
      %v625 = arith.sitofp %v1 : i64 to f32
      %v56 = arith.muli %v34, %v55 : i64
      %v57 = arith.addi %v56, %v55 : i64
      %v58 = arith.muli %v34, %v5 : i64
      llvm.store %v75, %v59 : f32, !llvm.ptr
      llvm.store %v75, %v60 : f32, !llvm.ptr
      llvm.store %v75, %v61 : f32, !llvm.ptr
      llvm.store %v75, %v62 : f32, !llvm.ptr
      llvm.store %v76, %v63 : f32, !llvm.ptr
      llvm.store %v76, %v64 : f32, !llvm.ptr
      llvm.store %v76, %v65 : f32, !llvm.ptr
      llvm.store %v76, %v66 : f32, !llvm.ptr
      llvm.store %v76, %v77 : f32, !llvm.ptr
      llvm.store %v76, %v78 : f32, !llvm.ptr
      llvm.store %v76, %v79 : f32, !llvm.ptr
      llvm.store %v76, %v80 : f32, !llvm.ptr
      %v82 = arith.cmpi eq, %size_L, %v81 : i64
      scf.if %v82 {
        llvm.store %v75, %v18 : f32, !llvm.ptr
        llvm.store %v75, %v19 : f32, !llvm.ptr
        llvm.store %v75, %v20 : f32, !llvm.ptr
        llvm.store %v75, %v21 : f32, !llvm.ptr
      }
      %v85 = arith.subi %v83, %v2 : i64
      %v86 = arith.addi %size_L, %v85 : i64
      %v87 = arith.divui %v86, %v83 : i64
      %v88 = arith.minsi %v57, %v87 : i64
      %v89 = arith.muli %v34, %v1 : i64
      %v90 = arith.subi %v88, %v56 : i64
      %v91 = arith.maxsi %v90, %v81 : i64
      %v92 = arith.index_cast %v81 : i64 to index
      %v93 = arith.index_cast %v91 : i64 to index
      %v94 = arith.index_cast %v2 : i64 to index
      scf.for %v95 = %v92 to %v93 step %v94 {
        %v96 = arith.index_cast %v95 : index to i64
        %v97 = arith.subi %v88, %v2 : i64
        %v98 = arith.subi %v97, %v96 : i64
        %v99 = arith.muli %v98, %v83 : i64
        %v100 = arith.subi %size_L, %v99 : i64
        %v101 = arith.minsi %v100, %v83 : i64
        %v102 = arith.addi %v101, %v84 : i64
        %v103 = arith.divui %v102, %v55 : i64
        // the block's shared input rows for this stretch
        gpu.barrier
        %v104 = arith.subi %size_L, %v2 : i64
        %v106 = arith.index_cast %v24 : i64 to index
        %v107 = arith.index_cast %v105 : i64 to index
        %v108 = arith.index_cast %v8 : i64 to index
        scf.for %v109 = %v106 to %v107 step %v108 {
          %v110 = arith.index_cast %v109 : index to i64
          %v111 = arith.remui %v110, %v83 : i64
          %v112 = arith.divui %v110, %v83 : i64
          %v113 = arith.addi %v99, %v111 : i64
          %v114 = arith.minsi %v113, %v104 : i64
          %v115 = arith.remui %v112, %v1 : i64
          %v116 = arith.divui %v112, %v1 : i64
          %v120 = arith.muli %v53, %v119 : i64
          %v121 = arith.muli %v114, %v118 : i64
          %v122 = arith.addi %v120, %v121 : i64
          %v123 = arith.muli %v51, %v117 : i64
          %v124 = arith.addi %v122, %v123 : i64
          %v125 = arith.muli %v115, %v2 : i64
          %v126 = arith.addi %v124, %v125 : i64
          %v127 = llvm.getelementptr %in_q[%v126] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v128 = llvm.load %v127 : !llvm.ptr -> f32
          %v130 = arith.muli %v112, %v129 : i64
          %v131 = arith.addi %v130, %v111 : i64
          %v132 = llvm.getelementptr %v68[%v131] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v128, %v132 : f32, !llvm.ptr
        }
        %v133 = arith.index_cast %v24 : i64 to index
        %v134 = arith.index_cast %v105 : i64 to index
        %v135 = arith.index_cast %v8 : i64 to index
        scf.for %v136 = %v133 to %v134 step %v135 {
          %v137 = arith.index_cast %v136 : index to i64
          %v138 = arith.remui %v137, %v83 : i64
          %v139 = arith.divui %v137, %v83 : i64
          %v140 = arith.addi %v99, %v138 : i64
          %v141 = arith.minsi %v140, %v104 : i64
          %v142 = arith.remui %v139, %v1 : i64
          %v143 = arith.divui %v139, %v1 : i64
          %v144 = arith.muli %v53, %v119 : i64
          %v145 = arith.muli %v141, %v118 : i64
          %v146 = arith.addi %v144, %v145 : i64
          %v147 = arith.muli %v51, %v117 : i64
          %v148 = arith.addi %v146, %v147 : i64
          %v149 = arith.muli %v142, %v2 : i64
          %v150 = arith.addi %v148, %v149 : i64
          %v151 = llvm.getelementptr %in_k[%v150] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v152 = llvm.load %v151 : !llvm.ptr -> f32
          %v153 = arith.muli %v139, %v129 : i64
          %v154 = arith.addi %v153, %v138 : i64
          %v155 = llvm.getelementptr %v70[%v154] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v152, %v155 : f32, !llvm.ptr
        }
        %v156 = arith.index_cast %v24 : i64 to index
        %v157 = arith.index_cast %v83 : i64 to index
        %v158 = arith.index_cast %v8 : i64 to index
        scf.for %v159 = %v156 to %v157 step %v158 {
          %v160 = arith.index_cast %v159 : index to i64
          %v161 = arith.remui %v160, %v83 : i64
          %v162 = arith.divui %v160, %v83 : i64
          %v163 = arith.addi %v99, %v161 : i64
          %v164 = arith.minsi %v163, %v104 : i64
          %v167 = arith.muli %v53, %v166 : i64
          %v168 = arith.muli %v164, %v165 : i64
          %v169 = arith.addi %v167, %v168 : i64
          %v170 = arith.muli %v51, %v2 : i64
          %v171 = arith.addi %v169, %v170 : i64
          %v172 = llvm.getelementptr %in_ig[%v171] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v173 = llvm.load %v172 : !llvm.ptr -> f32
          %v174 = arith.muli %v162, %v129 : i64
          %v175 = arith.addi %v174, %v161 : i64
          %v176 = llvm.getelementptr %v72[%v175] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v173, %v176 : f32, !llvm.ptr
        }
        %v177 = arith.index_cast %v24 : i64 to index
        %v178 = arith.index_cast %v83 : i64 to index
        %v179 = arith.index_cast %v8 : i64 to index
        scf.for %v180 = %v177 to %v178 step %v179 {
          %v181 = arith.index_cast %v180 : index to i64
          %v182 = arith.remui %v181, %v83 : i64
          %v183 = arith.divui %v181, %v83 : i64
          %v184 = arith.addi %v99, %v182 : i64
          %v185 = arith.minsi %v184, %v104 : i64
          %v186 = arith.muli %v53, %v166 : i64
          %v187 = arith.muli %v185, %v165 : i64
          %v188 = arith.addi %v186, %v187 : i64
          %v189 = arith.muli %v51, %v2 : i64
          %v190 = arith.addi %v188, %v189 : i64
          %v191 = llvm.getelementptr %in_fg[%v190] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v192 = llvm.load %v191 : !llvm.ptr -> f32
          %v193 = arith.muli %v183, %v129 : i64
          %v194 = arith.addi %v193, %v182 : i64
          %v195 = llvm.getelementptr %v74[%v194] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v192, %v195 : f32, !llvm.ptr
        }
        gpu.barrier
        %v196 = arith.subi %v101, %v2 : i64
        %v201 = arith.muli %v98, %v200 : i64
        %v205 = arith.muli %v53, %v204 : i64
        %v206 = arith.muli %v51, %v203 : i64
        %v207 = arith.addi %v205, %v206 : i64
        %v208 = arith.muli %v39, %v202 : i64
        %v209 = arith.addi %v207, %v208 : i64
        %v210 = arith.muli %v49, %v2 : i64
        %v211 = arith.addi %v209, %v210 : i64
        %v212 = arith.addi %v201, %v211 : i64
        %v213 = llvm.getelementptr %ckpt_C[%v212] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v214 = llvm.load %v213 : !llvm.ptr -> f32
        llvm.store %v214, %v14 : f32, !llvm.ptr
        %v219 = arith.muli %v98, %v218 : i64
        %v220 = arith.muli %v53, %v204 : i64
        %v221 = arith.muli %v51, %v203 : i64
        %v222 = arith.addi %v220, %v221 : i64
        %v223 = arith.constant 8 : i64
        %v224 = arith.addi %v223, %v39 : i64
        %v225 = arith.muli %v224, %v202 : i64
        %v226 = arith.addi %v222, %v225 : i64
        %v227 = arith.muli %v49, %v2 : i64
        %v228 = arith.addi %v226, %v227 : i64
        %v229 = arith.addi %v219, %v228 : i64
        %v230 = llvm.getelementptr %ckpt_C[%v229] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v231 = llvm.load %v230 : !llvm.ptr -> f32
        llvm.store %v231, %v15 : f32, !llvm.ptr
        %v235 = arith.muli %v98, %v234 : i64
        %v238 = arith.muli %v53, %v237 : i64
        %v239 = arith.muli %v51, %v236 : i64
        %v240 = arith.addi %v238, %v239 : i64
        %v241 = arith.muli %v39, %v2 : i64
        %v242 = arith.addi %v240, %v241 : i64
        %v243 = arith.addi %v235, %v242 : i64
        %v244 = llvm.getelementptr %ckpt_n[%v243] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v245 = llvm.load %v244 : !llvm.ptr -> f32
        llvm.store %v245, %v16 : f32, !llvm.ptr
        %v249 = arith.muli %v98, %v248 : i64
        %v250 = arith.muli %v53, %v237 : i64
        %v251 = arith.muli %v51, %v236 : i64
        %v252 = arith.addi %v250, %v251 : i64
        %v253 = arith.constant 8 : i64
        %v254 = arith.addi %v253, %v39 : i64
        %v255 = arith.muli %v254, %v2 : i64
        %v256 = arith.addi %v252, %v255 : i64
        %v257 = arith.addi %v249, %v256 : i64
        %v258 = llvm.getelementptr %ckpt_n[%v257] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v259 = llvm.load %v258 : !llvm.ptr -> f32
        llvm.store %v259, %v17 : f32, !llvm.ptr
        // the state entering each group of the stretch
        %v260 = arith.index_cast %v81 : i64 to index
        %v261 = arith.index_cast %v103 : i64 to index
        %v262 = arith.index_cast %v2 : i64 to index
        scf.for %v263 = %v260 to %v261 step %v262 {
          %v264 = arith.index_cast %v263 : index to i64
          %v265 = arith.addi %v89, %v264 : i64
          scf.if %v43 {
            %v266 = llvm.load %v14 : !llvm.ptr -> f32
            %v267 = arith.muli %v265, %v5 : i64
            %v268 = arith.subi %v5, %v2 : i64
            %v269 = arith.minsi %v45, %v268 : i64
            %v270 = arith.addi %v267, %v269 : i64
            %v271 = arith.muli %v270, %v1 : i64
            %v272 = arith.addi %v271, %v81 : i64
            %v273 = arith.addi %v272, %v39 : i64
            %v274 = llvm.getelementptr %scratch_C[%v273] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v266, %v274 : f32, !llvm.ptr
            %v275 = llvm.load %v15 : !llvm.ptr -> f32
            %v276 = arith.muli %v265, %v5 : i64
            %v277 = arith.subi %v5, %v2 : i64
            %v278 = arith.minsi %v45, %v277 : i64
            %v279 = arith.addi %v276, %v278 : i64
            %v280 = arith.muli %v279, %v1 : i64
            %v281 = arith.addi %v280, %v38 : i64
            %v282 = arith.addi %v281, %v39 : i64
            %v283 = llvm.getelementptr %scratch_C[%v282] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v275, %v283 : f32, !llvm.ptr
            %v284 = llvm.load %v16 : !llvm.ptr -> f32
            %v285 = arith.muli %v265, %v5 : i64
            %v286 = arith.subi %v5, %v2 : i64
            %v287 = arith.minsi %v45, %v286 : i64
            %v288 = arith.addi %v285, %v287 : i64
            %v289 = arith.muli %v288, %v1 : i64
            %v290 = arith.addi %v289, %v81 : i64
            %v291 = arith.addi %v290, %v39 : i64
            %v292 = llvm.getelementptr %scratch_n[%v291] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v284, %v292 : f32, !llvm.ptr
            %v293 = llvm.load %v17 : !llvm.ptr -> f32
            %v294 = arith.muli %v265, %v5 : i64
            %v295 = arith.subi %v5, %v2 : i64
            %v296 = arith.minsi %v45, %v295 : i64
            %v297 = arith.addi %v294, %v296 : i64
            %v298 = arith.muli %v297, %v1 : i64
            %v299 = arith.addi %v298, %v38 : i64
            %v300 = arith.addi %v299, %v39 : i64
            %v301 = llvm.getelementptr %scratch_n[%v300] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v293, %v301 : f32, !llvm.ptr
          }
          %v302 = arith.muli %v264, %v55 : i64
          %v303 = arith.subi %v101, %v302 : i64
          %v304 = arith.trunci %v303 : i64 to i32
          %v305 = arith.index_cast %v81 : i64 to index
          %v306 = arith.index_cast %v55 : i64 to index
          %v307 = arith.index_cast %v2 : i64 to index
          scf.for %v308 = %v305 to %v306 step %v307 {
            %v309 = arith.index_cast %v308 : index to i64
            %v310 = arith.trunci %v309 : i64 to i32
            %v311 = arith.addi %v302, %v309 : i64
            %v312 = arith.cmpi slt, %v310, %v304 : i32
            scf.if %v312 {
              %v313 = arith.addi %v99, %v311 : i64
              %v314 = arith.muli %v81, %v129 : i64
              %v315 = arith.subi %v313, %v99 : i64
              %v316 = arith.addi %v314, %v315 : i64
              %v317 = llvm.getelementptr %v74[%v316] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v318 = llvm.load %v317 : !llvm.ptr -> f32
              %v319 = arith.negf %v318 : f32
              %v321 = arith.mulf %v319, %v320 fastmath<contract> : f32
              %v322 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v321) : (f32) -> f32
              %v323 = arith.addf %v76, %v322 fastmath<contract> : f32
              %v324 = arith.divf %v76, %v323 : f32
              %v325 = arith.muli %v81, %v129 : i64
              %v326 = arith.subi %v313, %v99 : i64
              %v327 = arith.addi %v325, %v326 : i64
              %v328 = llvm.getelementptr %v72[%v327] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v329 = llvm.load %v328 : !llvm.ptr -> f32
              %v330 = arith.mulf %v329, %v320 fastmath<contract> : f32
              %v331 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v330) : (f32) -> f32
              %v332 = arith.muli %v39, %v129 : i64
              %v333 = arith.subi %v313, %v99 : i64
              %v334 = arith.addi %v332, %v333 : i64
              %v335 = llvm.getelementptr %v70[%v334] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v336 = llvm.load %v335 : !llvm.ptr -> f32
              %v338 = llvm.call_intrinsic "llvm.sqrt.f32"(%v337) : (f32) -> f32
              %v339 = arith.divf %v336, %v338 : f32
              %v340 = arith.mulf %v331, %v339 fastmath<contract> : f32
              %v344 = arith.muli %v53, %v343 : i64
              %v345 = arith.muli %v313, %v342 : i64
              %v346 = arith.addi %v344, %v345 : i64
              %v347 = arith.muli %v51, %v341 : i64
              %v348 = arith.addi %v346, %v347 : i64
              %v349 = arith.muli %v49, %v2 : i64
              %v350 = arith.addi %v348, %v349 : i64
              %v351 = llvm.getelementptr %in_v[%v350] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v352 = llvm.load %v351 : !llvm.ptr -> f32
              %v353 = arith.mulf %v340, %v352 fastmath<contract> : f32
              %v354 = llvm.load %v14 : !llvm.ptr -> f32
              %v355 = arith.mulf %v324, %v354 fastmath<contract> : f32
              %v356 = arith.addf %v355, %v353 fastmath<contract> : f32
              llvm.store %v356, %v14 : f32, !llvm.ptr
              %v357 = arith.constant 8 : i64
              %v358 = arith.addi %v357, %v39 : i64
              %v359 = arith.muli %v358, %v129 : i64
              %v360 = arith.subi %v313, %v99 : i64
              %v361 = arith.addi %v359, %v360 : i64
              %v362 = llvm.getelementptr %v70[%v361] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v363 = llvm.load %v362 : !llvm.ptr -> f32
              %v364 = arith.divf %v363, %v338 : f32
              %v365 = arith.mulf %v331, %v364 fastmath<contract> : f32
              %v366 = arith.mulf %v365, %v352 fastmath<contract> : f32
              %v367 = llvm.load %v15 : !llvm.ptr -> f32
              %v368 = arith.mulf %v324, %v367 fastmath<contract> : f32
              %v369 = arith.addf %v368, %v366 fastmath<contract> : f32
              llvm.store %v369, %v15 : f32, !llvm.ptr
              %v370 = llvm.load %v16 : !llvm.ptr -> f32
              %v371 = arith.mulf %v324, %v370 fastmath<contract> : f32
              %v372 = arith.addf %v371, %v340 fastmath<contract> : f32
              llvm.store %v372, %v16 : f32, !llvm.ptr
              %v373 = llvm.load %v17 : !llvm.ptr -> f32
              %v374 = arith.mulf %v324, %v373 fastmath<contract> : f32
              %v375 = arith.addf %v374, %v365 fastmath<contract> : f32
              llvm.store %v375, %v17 : f32, !llvm.ptr
            }
          }
        }
        %v376 = arith.index_cast %v81 : i64 to index
        %v377 = arith.index_cast %v2 : i64 to index
        %v378 = arith.index_cast %v2 : i64 to index
        scf.for %v379 = %v376 to %v377 step %v378 {
          %v380 = arith.index_cast %v379 : index to i64
          %v381 = arith.index_cast %v81 : i64 to index
          %v382 = arith.index_cast %v103 : i64 to index
          %v383 = arith.index_cast %v2 : i64 to index
          scf.for %v384 = %v381 to %v382 step %v383 {
            %v385 = arith.index_cast %v384 : index to i64
            %v386 = arith.cmpi slt, %v385, %v103 : i64
            scf.if %v386 {
              %v387 = arith.subi %v103, %v2 : i64
              %v388 = arith.subi %v387, %v385 : i64
              %v389 = arith.muli %v388, %v55 : i64
              %v390 = arith.addi %v89, %v388 : i64
              %v391 = arith.subi %v101, %v2 : i64
              %v392 = arith.muli %v390, %v5 : i64
              %v393 = arith.subi %v5, %v2 : i64
              %v394 = arith.minsi %v45, %v393 : i64
              %v395 = arith.addi %v392, %v394 : i64
              %v396 = arith.muli %v395, %v1 : i64
              %v397 = arith.addi %v396, %v81 : i64
              %v398 = arith.addi %v397, %v39 : i64
              %v399 = llvm.getelementptr %scratch_C[%v398] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v400 = llvm.load %v399 : !llvm.ptr -> f32
              %v401 = arith.muli %v390, %v5 : i64
              %v402 = arith.subi %v5, %v2 : i64
              %v403 = arith.minsi %v45, %v402 : i64
              %v404 = arith.addi %v401, %v403 : i64
              %v405 = arith.muli %v404, %v1 : i64
              %v406 = arith.addi %v405, %v38 : i64
              %v407 = arith.addi %v406, %v39 : i64
              %v408 = llvm.getelementptr %scratch_C[%v407] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v409 = llvm.load %v408 : !llvm.ptr -> f32
              %v410 = arith.muli %v390, %v5 : i64
              %v411 = arith.subi %v5, %v2 : i64
              %v412 = arith.minsi %v45, %v411 : i64
              %v413 = arith.addi %v410, %v412 : i64
              %v414 = arith.muli %v413, %v1 : i64
              %v415 = arith.addi %v414, %v81 : i64
              %v416 = arith.addi %v415, %v39 : i64
              %v417 = llvm.getelementptr %scratch_n[%v416] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v418 = llvm.load %v417 : !llvm.ptr -> f32
              %v419 = arith.muli %v390, %v5 : i64
              %v420 = arith.subi %v5, %v2 : i64
              %v421 = arith.minsi %v45, %v420 : i64
              %v422 = arith.addi %v419, %v421 : i64
              %v423 = arith.muli %v422, %v1 : i64
              %v424 = arith.addi %v423, %v38 : i64
              %v425 = arith.addi %v424, %v39 : i64
              %v426 = llvm.getelementptr %scratch_n[%v425] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v427 = llvm.load %v426 : !llvm.ptr -> f32
              // the group's states, recomputed into registers
              %v428 = arith.addi %v389, %v81 : i64
              %v429 = arith.minsi %v428, %v391 : i64
              %v430 = arith.addi %v99, %v429 : i64
              %v431 = arith.muli %v81, %v129 : i64
              %v432 = arith.subi %v430, %v99 : i64
              %v433 = arith.addi %v431, %v432 : i64
              %v434 = llvm.getelementptr %v74[%v433] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v435 = llvm.load %v434 : !llvm.ptr -> f32
              %v436 = arith.negf %v435 : f32
              %v437 = arith.mulf %v436, %v320 fastmath<contract> : f32
              %v438 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v437) : (f32) -> f32
              %v439 = arith.addf %v76, %v438 fastmath<contract> : f32
              %v440 = arith.divf %v76, %v439 : f32
              %v441 = arith.muli %v81, %v129 : i64
              %v442 = arith.subi %v430, %v99 : i64
              %v443 = arith.addi %v441, %v442 : i64
              %v444 = llvm.getelementptr %v72[%v443] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v445 = llvm.load %v444 : !llvm.ptr -> f32
              %v446 = arith.mulf %v445, %v320 fastmath<contract> : f32
              %v447 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v446) : (f32) -> f32
              %v448 = arith.muli %v39, %v129 : i64
              %v449 = arith.subi %v430, %v99 : i64
              %v450 = arith.addi %v448, %v449 : i64
              %v451 = llvm.getelementptr %v70[%v450] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v452 = llvm.load %v451 : !llvm.ptr -> f32
              %v454 = llvm.call_intrinsic "llvm.sqrt.f32"(%v453) : (f32) -> f32
              %v455 = arith.divf %v452, %v454 : f32
              %v456 = arith.mulf %v447, %v455 fastmath<contract> : f32
              %v457 = arith.muli %v53, %v343 : i64
              %v458 = arith.muli %v430, %v342 : i64
              %v459 = arith.addi %v457, %v458 : i64
              %v460 = arith.muli %v51, %v341 : i64
              %v461 = arith.addi %v459, %v460 : i64
              %v462 = arith.muli %v49, %v2 : i64
              %v463 = arith.addi %v461, %v462 : i64
              %v464 = llvm.getelementptr %in_v[%v463] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v465 = llvm.load %v464 : !llvm.ptr -> f32
              %v466 = arith.mulf %v456, %v465 fastmath<contract> : f32
              %v467 = arith.mulf %v440, %v400 fastmath<contract> : f32
              %v468 = arith.addf %v467, %v466 fastmath<contract> : f32
              %v469 = arith.constant 8 : i64
              %v470 = arith.addi %v469, %v39 : i64
              %v471 = arith.muli %v470, %v129 : i64
              %v472 = arith.subi %v430, %v99 : i64
              %v473 = arith.addi %v471, %v472 : i64
              %v474 = llvm.getelementptr %v70[%v473] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v475 = llvm.load %v474 : !llvm.ptr -> f32
              %v476 = arith.divf %v475, %v454 : f32
              %v477 = arith.mulf %v447, %v476 fastmath<contract> : f32
              %v478 = arith.mulf %v477, %v465 fastmath<contract> : f32
              %v479 = arith.mulf %v440, %v409 fastmath<contract> : f32
              %v480 = arith.addf %v479, %v478 fastmath<contract> : f32
              %v481 = arith.mulf %v440, %v418 fastmath<contract> : f32
              %v482 = arith.addf %v481, %v456 fastmath<contract> : f32
              %v483 = arith.mulf %v440, %v427 fastmath<contract> : f32
              %v484 = arith.addf %v483, %v477 fastmath<contract> : f32
              %v485 = arith.addi %v389, %v2 : i64
              %v486 = arith.minsi %v485, %v391 : i64
              %v487 = arith.addi %v99, %v486 : i64
              %v488 = arith.muli %v81, %v129 : i64
              %v489 = arith.subi %v487, %v99 : i64
              %v490 = arith.addi %v488, %v489 : i64
              %v491 = llvm.getelementptr %v74[%v490] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v492 = llvm.load %v491 : !llvm.ptr -> f32
              %v493 = arith.negf %v492 : f32
              %v494 = arith.mulf %v493, %v320 fastmath<contract> : f32
              %v495 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v494) : (f32) -> f32
              %v496 = arith.addf %v76, %v495 fastmath<contract> : f32
              %v497 = arith.divf %v76, %v496 : f32
              %v498 = arith.muli %v81, %v129 : i64
              %v499 = arith.subi %v487, %v99 : i64
              %v500 = arith.addi %v498, %v499 : i64
              %v501 = llvm.getelementptr %v72[%v500] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v502 = llvm.load %v501 : !llvm.ptr -> f32
              %v503 = arith.mulf %v502, %v320 fastmath<contract> : f32
              %v504 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v503) : (f32) -> f32
              %v505 = arith.muli %v39, %v129 : i64
              %v506 = arith.subi %v487, %v99 : i64
              %v507 = arith.addi %v505, %v506 : i64
              %v508 = llvm.getelementptr %v70[%v507] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v509 = llvm.load %v508 : !llvm.ptr -> f32
              %v511 = llvm.call_intrinsic "llvm.sqrt.f32"(%v510) : (f32) -> f32
              %v512 = arith.divf %v509, %v511 : f32
              %v513 = arith.mulf %v504, %v512 fastmath<contract> : f32
              %v514 = arith.muli %v53, %v343 : i64
              %v515 = arith.muli %v487, %v342 : i64
              %v516 = arith.addi %v514, %v515 : i64
              %v517 = arith.muli %v51, %v341 : i64
              %v518 = arith.addi %v516, %v517 : i64
              %v519 = arith.muli %v49, %v2 : i64
              %v520 = arith.addi %v518, %v519 : i64
              %v521 = llvm.getelementptr %in_v[%v520] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v522 = llvm.load %v521 : !llvm.ptr -> f32
              %v523 = arith.mulf %v513, %v522 fastmath<contract> : f32
              %v524 = arith.mulf %v497, %v468 fastmath<contract> : f32
              %v525 = arith.addf %v524, %v523 fastmath<contract> : f32
              %v526 = arith.constant 8 : i64
              %v527 = arith.addi %v526, %v39 : i64
              %v528 = arith.muli %v527, %v129 : i64
              %v529 = arith.subi %v487, %v99 : i64
              %v530 = arith.addi %v528, %v529 : i64
              %v531 = llvm.getelementptr %v70[%v530] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v532 = llvm.load %v531 : !llvm.ptr -> f32
              %v533 = arith.divf %v532, %v511 : f32
              %v534 = arith.mulf %v504, %v533 fastmath<contract> : f32
              %v535 = arith.mulf %v534, %v522 fastmath<contract> : f32
              %v536 = arith.mulf %v497, %v480 fastmath<contract> : f32
              %v537 = arith.addf %v536, %v535 fastmath<contract> : f32
              %v538 = arith.mulf %v497, %v482 fastmath<contract> : f32
              %v539 = arith.addf %v538, %v513 fastmath<contract> : f32
              %v540 = arith.mulf %v497, %v484 fastmath<contract> : f32
              %v541 = arith.addf %v540, %v534 fastmath<contract> : f32
              %v543 = arith.addi %v389, %v542 : i64
              %v544 = arith.minsi %v543, %v391 : i64
              %v545 = arith.addi %v99, %v544 : i64
              %v546 = arith.muli %v81, %v129 : i64
              %v547 = arith.subi %v545, %v99 : i64
              %v548 = arith.addi %v546, %v547 : i64
              %v549 = llvm.getelementptr %v74[%v548] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v550 = llvm.load %v549 : !llvm.ptr -> f32
              %v551 = arith.negf %v550 : f32
              %v552 = arith.mulf %v551, %v320 fastmath<contract> : f32
              %v553 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v552) : (f32) -> f32
              %v554 = arith.addf %v76, %v553 fastmath<contract> : f32
              %v555 = arith.divf %v76, %v554 : f32
              %v556 = arith.muli %v81, %v129 : i64
              %v557 = arith.subi %v545, %v99 : i64
              %v558 = arith.addi %v556, %v557 : i64
              %v559 = llvm.getelementptr %v72[%v558] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v560 = llvm.load %v559 : !llvm.ptr -> f32
              %v561 = arith.mulf %v560, %v320 fastmath<contract> : f32
              %v562 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v561) : (f32) -> f32
              %v563 = arith.muli %v39, %v129 : i64
              %v564 = arith.subi %v545, %v99 : i64
              %v565 = arith.addi %v563, %v564 : i64
              %v566 = llvm.getelementptr %v70[%v565] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v567 = llvm.load %v566 : !llvm.ptr -> f32
              %v569 = llvm.call_intrinsic "llvm.sqrt.f32"(%v568) : (f32) -> f32
              %v570 = arith.divf %v567, %v569 : f32
              %v571 = arith.mulf %v562, %v570 fastmath<contract> : f32
              %v572 = arith.muli %v53, %v343 : i64
              %v573 = arith.muli %v545, %v342 : i64
              %v574 = arith.addi %v572, %v573 : i64
              %v575 = arith.muli %v51, %v341 : i64
              %v576 = arith.addi %v574, %v575 : i64
              %v577 = arith.muli %v49, %v2 : i64
              %v578 = arith.addi %v576, %v577 : i64
              %v579 = llvm.getelementptr %in_v[%v578] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v580 = llvm.load %v579 : !llvm.ptr -> f32
              %v581 = arith.mulf %v571, %v580 fastmath<contract> : f32
              %v582 = arith.mulf %v555, %v525 fastmath<contract> : f32
              %v583 = arith.addf %v582, %v581 fastmath<contract> : f32
              %v584 = arith.constant 8 : i64
              %v585 = arith.addi %v584, %v39 : i64
              %v586 = arith.muli %v585, %v129 : i64
              %v587 = arith.subi %v545, %v99 : i64
              %v588 = arith.addi %v586, %v587 : i64
              %v589 = llvm.getelementptr %v70[%v588] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v590 = llvm.load %v589 : !llvm.ptr -> f32
              %v591 = arith.divf %v590, %v569 : f32
              %v592 = arith.mulf %v562, %v591 fastmath<contract> : f32
              %v593 = arith.mulf %v592, %v580 fastmath<contract> : f32
              %v594 = arith.mulf %v555, %v537 fastmath<contract> : f32
              %v595 = arith.addf %v594, %v593 fastmath<contract> : f32
              %v596 = arith.mulf %v555, %v539 fastmath<contract> : f32
              %v597 = arith.addf %v596, %v571 fastmath<contract> : f32
              %v598 = arith.mulf %v555, %v541 fastmath<contract> : f32
              %v599 = arith.addf %v598, %v592 fastmath<contract> : f32
              %v600 = arith.addi %v389, %v84 : i64
              %v601 = arith.minsi %v600, %v391 : i64
              %v602 = arith.addi %v99, %v601 : i64
              %v603 = arith.muli %v81, %v129 : i64
              %v604 = arith.subi %v602, %v99 : i64
              %v605 = arith.addi %v603, %v604 : i64
              %v606 = llvm.getelementptr %v74[%v605] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v607 = llvm.load %v606 : !llvm.ptr -> f32
              %v608 = arith.negf %v607 : f32
              %v609 = arith.mulf %v608, %v320 fastmath<contract> : f32
              %v610 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v609) : (f32) -> f32
              %v611 = arith.addf %v76, %v610 fastmath<contract> : f32
              %v612 = arith.divf %v76, %v611 : f32
              %v613 = arith.muli %v81, %v129 : i64
              %v614 = arith.subi %v602, %v99 : i64
              %v615 = arith.addi %v613, %v614 : i64
              %v616 = llvm.getelementptr %v72[%v615] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v617 = llvm.load %v616 : !llvm.ptr -> f32
              %v618 = arith.mulf %v617, %v320 fastmath<contract> : f32
              %v619 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v618) : (f32) -> f32
              %v620 = arith.muli %v39, %v129 : i64
              %v621 = arith.subi %v602, %v99 : i64
              %v622 = arith.addi %v620, %v621 : i64
              %v623 = llvm.getelementptr %v70[%v622] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v624 = llvm.load %v623 : !llvm.ptr -> f32
              %v626 = llvm.call_intrinsic "llvm.sqrt.f32"(%v625) : (f32) -> f32
              %v627 = arith.divf %v624, %v626 : f32
              %v628 = arith.mulf %v619, %v627 fastmath<contract> : f32
              %v629 = arith.muli %v53, %v343 : i64
              %v630 = arith.muli %v602, %v342 : i64
              %v631 = arith.addi %v629, %v630 : i64
              %v632 = arith.muli %v51, %v341 : i64
              %v633 = arith.addi %v631, %v632 : i64
              %v634 = arith.muli %v49, %v2 : i64
              %v635 = arith.addi %v633, %v634 : i64
              %v636 = llvm.getelementptr %in_v[%v635] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v637 = llvm.load %v636 : !llvm.ptr -> f32
              %v638 = arith.mulf %v628, %v637 fastmath<contract> : f32
              %v639 = arith.mulf %v612, %v583 fastmath<contract> : f32
              %v640 = arith.addf %v639, %v638 fastmath<contract> : f32
              %v641 = arith.constant 8 : i64
              %v642 = arith.addi %v641, %v39 : i64
              %v643 = arith.muli %v642, %v129 : i64
              %v644 = arith.subi %v602, %v99 : i64
              %v645 = arith.addi %v643, %v644 : i64
              %v646 = llvm.getelementptr %v70[%v645] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v647 = llvm.load %v646 : !llvm.ptr -> f32
              %v648 = arith.divf %v647, %v626 : f32
              %v649 = arith.mulf %v619, %v648 fastmath<contract> : f32
              %v650 = arith.mulf %v649, %v637 fastmath<contract> : f32
              %v651 = arith.mulf %v612, %v595 fastmath<contract> : f32
              %v652 = arith.addf %v651, %v650 fastmath<contract> : f32
              %v653 = arith.mulf %v612, %v597 fastmath<contract> : f32
              %v654 = arith.addf %v653, %v628 fastmath<contract> : f32
              %v655 = arith.mulf %v612, %v599 fastmath<contract> : f32
              %v656 = arith.addf %v655, %v649 fastmath<contract> : f32
              %v657 = arith.subi %v101, %v389 : i64
              %v658 = arith.trunci %v657 : i64 to i32
              %v659 = arith.subi %size_L, %v2 : i64
              %v660 = arith.addi %v99, %v389 : i64
              %v661 = arith.subi %v659, %v660 : i64
              %v663 = arith.minsi %v661, %v662 : i64
              %v664 = arith.trunci %v663 : i64 to i32
              %v665 = arith.addi %v389, %v84 : i64
              %v667 = arith.cmpi slt, %v666, %v658 : i32
              %v668 = arith.cmpi eq, %v666, %v664 : i32
              scf.if %v667 {
                %v669 = arith.addi %v99, %v665 : i64
                %v670 = arith.muli %v39, %v129 : i64
                %v671 = arith.subi %v669, %v99 : i64
                %v672 = arith.addi %v670, %v671 : i64
                %v673 = llvm.getelementptr %v68[%v672] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v674 = llvm.load %v673 : !llvm.ptr -> f32
                %v675 = arith.muli %v53, %v343 : i64
                %v676 = arith.muli %v669, %v342 : i64
                %v677 = arith.addi %v675, %v676 : i64
                %v678 = arith.muli %v51, %v341 : i64
                %v679 = arith.addi %v677, %v678 : i64
                %v680 = arith.muli %v49, %v2 : i64
                %v681 = arith.addi %v679, %v680 : i64
                %v682 = llvm.getelementptr %dy_o[%v681] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v683 = llvm.load %v682 : !llvm.ptr -> f32
                %v684 = arith.mulf %v674, %v654 fastmath<contract> : f32
                %v685 = arith.constant 8 : i64
                %v686 = arith.addi %v685, %v39 : i64
                %v687 = arith.muli %v686, %v129 : i64
                %v688 = arith.subi %v669, %v99 : i64
                %v689 = arith.addi %v687, %v688 : i64
                %v690 = llvm.getelementptr %v68[%v689] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v691 = llvm.load %v690 : !llvm.ptr -> f32
                %v692 = arith.mulf %v691, %v656 fastmath<contract> : f32
                %v693 = arith.addf %v684, %v692 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v696, %v697 = gpu.shuffle xor %v693, %v694, %v695 : f32
                %v698 = arith.addf %v693, %v696 fastmath<contract> : f32
                %v700, %v701 = gpu.shuffle xor %v698, %v699, %v695 : f32
                %v702 = arith.addf %v698, %v700 fastmath<contract> : f32
                %v704, %v705 = gpu.shuffle xor %v702, %v703, %v695 : f32
                %v706 = arith.addf %v702, %v704 fastmath<contract> : f32
                // end sum over the lanes
                %v707 = llvm.call_intrinsic "llvm.fabs.f32"(%v706) : (f32) -> f32
                %v708 = arith.maximumf %v76, %v707 : f32
                %v709 = arith.divf %v683, %v708 : f32
                %v710 = arith.mulf %v674, %v709 fastmath<contract> : f32
                %v711 = llvm.load %v59 : !llvm.ptr -> f32
                %v712 = llvm.load %v63 : !llvm.ptr -> f32
                %v713 = arith.mulf %v712, %v711 fastmath<contract> : f32
                %v714 = arith.addf %v710, %v713 fastmath<contract> : f32
                llvm.store %v714, %v59 : f32, !llvm.ptr
                %v715 = llvm.load %v77 : !llvm.ptr -> f32
                %v716 = arith.mulf %v715, %v712 fastmath<contract> : f32
                llvm.store %v716, %v77 : f32, !llvm.ptr
                %v717 = arith.mulf %v691, %v709 fastmath<contract> : f32
                %v718 = llvm.load %v60 : !llvm.ptr -> f32
                %v719 = llvm.load %v64 : !llvm.ptr -> f32
                %v720 = arith.mulf %v719, %v718 fastmath<contract> : f32
                %v721 = arith.addf %v717, %v720 fastmath<contract> : f32
                llvm.store %v721, %v60 : f32, !llvm.ptr
                %v722 = llvm.load %v78 : !llvm.ptr -> f32
                %v723 = arith.mulf %v722, %v719 fastmath<contract> : f32
                llvm.store %v723, %v78 : f32, !llvm.ptr
                %v724 = arith.mulf %v674, %v640 fastmath<contract> : f32
                %v725 = arith.mulf %v691, %v652 fastmath<contract> : f32
                %v726 = arith.addf %v724, %v725 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v727, %v728 = gpu.shuffle xor %v726, %v694, %v695 : f32
                %v729 = arith.addf %v726, %v727 fastmath<contract> : f32
                %v730, %v731 = gpu.shuffle xor %v729, %v699, %v695 : f32
                %v732 = arith.addf %v729, %v730 fastmath<contract> : f32
                %v733, %v734 = gpu.shuffle xor %v732, %v703, %v695 : f32
                %v735 = arith.addf %v732, %v733 fastmath<contract> : f32
                // end sum over the lanes
                %v736 = arith.divf %v735, %v708 : f32
                %v737 = arith.divf %v736, %v708 : f32
                %v738 = arith.mulf %v683, %v737 fastmath<contract> : f32
                %v739 = arith.negf %v738 : f32
                %v740 = arith.cmpf oge, %v76, %v707 : f32
                %v741 = arith.select %v740, %v76, %v75 : f32
                %v742 = arith.subf %v76, %v741 fastmath<contract> : f32
                %v743 = arith.mulf %v739, %v742 fastmath<contract> : f32
                %v745 = arith.cmpf olt, %v706, %v75 : f32
                %v746 = arith.select %v745, %v744, %v75 : f32
                %v747 = arith.cmpf ogt, %v706, %v75 : f32
                %v748 = arith.select %v747, %v76, %v746 : f32
                %v749 = arith.mulf %v743, %v748 fastmath<contract> : f32
                %v750 = arith.mulf %v674, %v749 fastmath<contract> : f32
                %v751 = llvm.load %v61 : !llvm.ptr -> f32
                %v752 = llvm.load %v65 : !llvm.ptr -> f32
                %v753 = arith.mulf %v752, %v751 fastmath<contract> : f32
                %v754 = arith.addf %v750, %v753 fastmath<contract> : f32
                llvm.store %v754, %v61 : f32, !llvm.ptr
                %v755 = llvm.load %v79 : !llvm.ptr -> f32
                %v756 = arith.mulf %v755, %v752 fastmath<contract> : f32
                llvm.store %v756, %v79 : f32, !llvm.ptr
                %v757 = arith.mulf %v691, %v749 fastmath<contract> : f32
                %v758 = llvm.load %v62 : !llvm.ptr -> f32
                %v759 = llvm.load %v66 : !llvm.ptr -> f32
                %v760 = arith.mulf %v759, %v758 fastmath<contract> : f32
                %v761 = arith.addf %v757, %v760 fastmath<contract> : f32
                llvm.store %v761, %v62 : f32, !llvm.ptr
                %v762 = llvm.load %v80 : !llvm.ptr -> f32
                %v763 = arith.mulf %v762, %v759 fastmath<contract> : f32
                llvm.store %v763, %v80 : f32, !llvm.ptr
                scf.if %v668 {
                }
                %v764 = arith.muli %v81, %v129 : i64
                %v765 = arith.subi %v669, %v99 : i64
                %v766 = arith.addi %v764, %v765 : i64
                %v767 = llvm.getelementptr %v74[%v766] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v768 = llvm.load %v767 : !llvm.ptr -> f32
                %v769 = arith.negf %v768 : f32
                %v770 = arith.mulf %v769, %v320 fastmath<contract> : f32
                %v771 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v770) : (f32) -> f32
                %v772 = arith.addf %v76, %v771 fastmath<contract> : f32
                %v773 = arith.divf %v76, %v772 : f32
                llvm.store %v773, %v63 : f32, !llvm.ptr
                llvm.store %v773, %v64 : f32, !llvm.ptr
                llvm.store %v773, %v65 : f32, !llvm.ptr
                llvm.store %v773, %v66 : f32, !llvm.ptr
              }
              %v774 = arith.addi %v389, %v542 : i64
              %v775 = arith.cmpi slt, %v699, %v658 : i32
              %v776 = arith.cmpi eq, %v699, %v664 : i32
              scf.if %v775 {
                %v777 = arith.addi %v99, %v774 : i64
                %v778 = arith.muli %v39, %v129 : i64
                %v779 = arith.subi %v777, %v99 : i64
                %v780 = arith.addi %v778, %v779 : i64
                %v781 = llvm.getelementptr %v68[%v780] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v782 = llvm.load %v781 : !llvm.ptr -> f32
                %v783 = arith.muli %v53, %v343 : i64
                %v784 = arith.muli %v777, %v342 : i64
                %v785 = arith.addi %v783, %v784 : i64
                %v786 = arith.muli %v51, %v341 : i64
                %v787 = arith.addi %v785, %v786 : i64
                %v788 = arith.muli %v49, %v2 : i64
                %v789 = arith.addi %v787, %v788 : i64
                %v790 = llvm.getelementptr %dy_o[%v789] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v791 = llvm.load %v790 : !llvm.ptr -> f32
                %v792 = arith.mulf %v782, %v597 fastmath<contract> : f32
                %v793 = arith.constant 8 : i64
                %v794 = arith.addi %v793, %v39 : i64
                %v795 = arith.muli %v794, %v129 : i64
                %v796 = arith.subi %v777, %v99 : i64
                %v797 = arith.addi %v795, %v796 : i64
                %v798 = llvm.getelementptr %v68[%v797] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v799 = llvm.load %v798 : !llvm.ptr -> f32
                %v800 = arith.mulf %v799, %v599 fastmath<contract> : f32
                %v801 = arith.addf %v792, %v800 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v802, %v803 = gpu.shuffle xor %v801, %v694, %v695 : f32
                %v804 = arith.addf %v801, %v802 fastmath<contract> : f32
                %v805, %v806 = gpu.shuffle xor %v804, %v699, %v695 : f32
                %v807 = arith.addf %v804, %v805 fastmath<contract> : f32
                %v808, %v809 = gpu.shuffle xor %v807, %v703, %v695 : f32
                %v810 = arith.addf %v807, %v808 fastmath<contract> : f32
                // end sum over the lanes
                %v811 = llvm.call_intrinsic "llvm.fabs.f32"(%v810) : (f32) -> f32
                %v812 = arith.maximumf %v76, %v811 : f32
                %v813 = arith.divf %v791, %v812 : f32
                %v814 = arith.mulf %v782, %v813 fastmath<contract> : f32
                %v815 = llvm.load %v59 : !llvm.ptr -> f32
                %v816 = llvm.load %v63 : !llvm.ptr -> f32
                %v817 = arith.mulf %v816, %v815 fastmath<contract> : f32
                %v818 = arith.addf %v814, %v817 fastmath<contract> : f32
                llvm.store %v818, %v59 : f32, !llvm.ptr
                %v819 = llvm.load %v77 : !llvm.ptr -> f32
                %v820 = arith.mulf %v819, %v816 fastmath<contract> : f32
                llvm.store %v820, %v77 : f32, !llvm.ptr
                %v821 = arith.mulf %v799, %v813 fastmath<contract> : f32
                %v822 = llvm.load %v60 : !llvm.ptr -> f32
                %v823 = llvm.load %v64 : !llvm.ptr -> f32
                %v824 = arith.mulf %v823, %v822 fastmath<contract> : f32
                %v825 = arith.addf %v821, %v824 fastmath<contract> : f32
                llvm.store %v825, %v60 : f32, !llvm.ptr
                %v826 = llvm.load %v78 : !llvm.ptr -> f32
                %v827 = arith.mulf %v826, %v823 fastmath<contract> : f32
                llvm.store %v827, %v78 : f32, !llvm.ptr
                %v828 = arith.mulf %v782, %v583 fastmath<contract> : f32
                %v829 = arith.mulf %v799, %v595 fastmath<contract> : f32
                %v830 = arith.addf %v828, %v829 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v831, %v832 = gpu.shuffle xor %v830, %v694, %v695 : f32
                %v833 = arith.addf %v830, %v831 fastmath<contract> : f32
                %v834, %v835 = gpu.shuffle xor %v833, %v699, %v695 : f32
                %v836 = arith.addf %v833, %v834 fastmath<contract> : f32
                %v837, %v838 = gpu.shuffle xor %v836, %v703, %v695 : f32
                %v839 = arith.addf %v836, %v837 fastmath<contract> : f32
                // end sum over the lanes
                %v840 = arith.divf %v839, %v812 : f32
                %v841 = arith.divf %v840, %v812 : f32
                %v842 = arith.mulf %v791, %v841 fastmath<contract> : f32
                %v843 = arith.negf %v842 : f32
                %v844 = arith.cmpf oge, %v76, %v811 : f32
                %v845 = arith.select %v844, %v76, %v75 : f32
                %v846 = arith.subf %v76, %v845 fastmath<contract> : f32
                %v847 = arith.mulf %v843, %v846 fastmath<contract> : f32
                %v848 = arith.cmpf olt, %v810, %v75 : f32
                %v849 = arith.select %v848, %v744, %v75 : f32
                %v850 = arith.cmpf ogt, %v810, %v75 : f32
                %v851 = arith.select %v850, %v76, %v849 : f32
                %v852 = arith.mulf %v847, %v851 fastmath<contract> : f32
                %v853 = arith.mulf %v782, %v852 fastmath<contract> : f32
                %v854 = llvm.load %v61 : !llvm.ptr -> f32
                %v855 = llvm.load %v65 : !llvm.ptr -> f32
                %v856 = arith.mulf %v855, %v854 fastmath<contract> : f32
                %v857 = arith.addf %v853, %v856 fastmath<contract> : f32
                llvm.store %v857, %v61 : f32, !llvm.ptr
                %v858 = llvm.load %v79 : !llvm.ptr -> f32
                %v859 = arith.mulf %v858, %v855 fastmath<contract> : f32
                llvm.store %v859, %v79 : f32, !llvm.ptr
                %v860 = arith.mulf %v799, %v852 fastmath<contract> : f32
                %v861 = llvm.load %v62 : !llvm.ptr -> f32
                %v862 = llvm.load %v66 : !llvm.ptr -> f32
                %v863 = arith.mulf %v862, %v861 fastmath<contract> : f32
                %v864 = arith.addf %v860, %v863 fastmath<contract> : f32
                llvm.store %v864, %v62 : f32, !llvm.ptr
                %v865 = llvm.load %v80 : !llvm.ptr -> f32
                %v866 = arith.mulf %v865, %v862 fastmath<contract> : f32
                llvm.store %v866, %v80 : f32, !llvm.ptr
                scf.if %v776 {
                }
                %v867 = arith.muli %v81, %v129 : i64
                %v868 = arith.subi %v777, %v99 : i64
                %v869 = arith.addi %v867, %v868 : i64
                %v870 = llvm.getelementptr %v74[%v869] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v871 = llvm.load %v870 : !llvm.ptr -> f32
                %v872 = arith.negf %v871 : f32
                %v873 = arith.mulf %v872, %v320 fastmath<contract> : f32
                %v874 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v873) : (f32) -> f32
                %v875 = arith.addf %v76, %v874 fastmath<contract> : f32
                %v876 = arith.divf %v76, %v875 : f32
                llvm.store %v876, %v63 : f32, !llvm.ptr
                llvm.store %v876, %v64 : f32, !llvm.ptr
                llvm.store %v876, %v65 : f32, !llvm.ptr
                llvm.store %v876, %v66 : f32, !llvm.ptr
              }
              %v877 = arith.addi %v389, %v2 : i64
              %v878 = arith.cmpi slt, %v694, %v658 : i32
              %v879 = arith.cmpi eq, %v694, %v664 : i32
              scf.if %v878 {
                %v880 = arith.addi %v99, %v877 : i64
                %v881 = arith.muli %v39, %v129 : i64
                %v882 = arith.subi %v880, %v99 : i64
                %v883 = arith.addi %v881, %v882 : i64
                %v884 = llvm.getelementptr %v68[%v883] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v885 = llvm.load %v884 : !llvm.ptr -> f32
                %v886 = arith.muli %v53, %v343 : i64
                %v887 = arith.muli %v880, %v342 : i64
                %v888 = arith.addi %v886, %v887 : i64
                %v889 = arith.muli %v51, %v341 : i64
                %v890 = arith.addi %v888, %v889 : i64
                %v891 = arith.muli %v49, %v2 : i64
                %v892 = arith.addi %v890, %v891 : i64
                %v893 = llvm.getelementptr %dy_o[%v892] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v894 = llvm.load %v893 : !llvm.ptr -> f32
                %v895 = arith.mulf %v885, %v539 fastmath<contract> : f32
                %v896 = arith.constant 8 : i64
                %v897 = arith.addi %v896, %v39 : i64
                %v898 = arith.muli %v897, %v129 : i64
                %v899 = arith.subi %v880, %v99 : i64
                %v900 = arith.addi %v898, %v899 : i64
                %v901 = llvm.getelementptr %v68[%v900] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v902 = llvm.load %v901 : !llvm.ptr -> f32
                %v903 = arith.mulf %v902, %v541 fastmath<contract> : f32
                %v904 = arith.addf %v895, %v903 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v905, %v906 = gpu.shuffle xor %v904, %v694, %v695 : f32
                %v907 = arith.addf %v904, %v905 fastmath<contract> : f32
                %v908, %v909 = gpu.shuffle xor %v907, %v699, %v695 : f32
                %v910 = arith.addf %v907, %v908 fastmath<contract> : f32
                %v911, %v912 = gpu.shuffle xor %v910, %v703, %v695 : f32
                %v913 = arith.addf %v910, %v911 fastmath<contract> : f32
                // end sum over the lanes
                %v914 = llvm.call_intrinsic "llvm.fabs.f32"(%v913) : (f32) -> f32
                %v915 = arith.maximumf %v76, %v914 : f32
                %v916 = arith.divf %v894, %v915 : f32
                %v917 = arith.mulf %v885, %v916 fastmath<contract> : f32
                %v918 = llvm.load %v59 : !llvm.ptr -> f32
                %v919 = llvm.load %v63 : !llvm.ptr -> f32
                %v920 = arith.mulf %v919, %v918 fastmath<contract> : f32
                %v921 = arith.addf %v917, %v920 fastmath<contract> : f32
                llvm.store %v921, %v59 : f32, !llvm.ptr
                %v922 = llvm.load %v77 : !llvm.ptr -> f32
                %v923 = arith.mulf %v922, %v919 fastmath<contract> : f32
                llvm.store %v923, %v77 : f32, !llvm.ptr
                %v924 = arith.mulf %v902, %v916 fastmath<contract> : f32
                %v925 = llvm.load %v60 : !llvm.ptr -> f32
                %v926 = llvm.load %v64 : !llvm.ptr -> f32
                %v927 = arith.mulf %v926, %v925 fastmath<contract> : f32
                %v928 = arith.addf %v924, %v927 fastmath<contract> : f32
                llvm.store %v928, %v60 : f32, !llvm.ptr
                %v929 = llvm.load %v78 : !llvm.ptr -> f32
                %v930 = arith.mulf %v929, %v926 fastmath<contract> : f32
                llvm.store %v930, %v78 : f32, !llvm.ptr
                %v931 = arith.mulf %v885, %v525 fastmath<contract> : f32
                %v932 = arith.mulf %v902, %v537 fastmath<contract> : f32
                %v933 = arith.addf %v931, %v932 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v934, %v935 = gpu.shuffle xor %v933, %v694, %v695 : f32
                %v936 = arith.addf %v933, %v934 fastmath<contract> : f32
                %v937, %v938 = gpu.shuffle xor %v936, %v699, %v695 : f32
                %v939 = arith.addf %v936, %v937 fastmath<contract> : f32
                %v940, %v941 = gpu.shuffle xor %v939, %v703, %v695 : f32
                %v942 = arith.addf %v939, %v940 fastmath<contract> : f32
                // end sum over the lanes
                %v943 = arith.divf %v942, %v915 : f32
                %v944 = arith.divf %v943, %v915 : f32
                %v945 = arith.mulf %v894, %v944 fastmath<contract> : f32
                %v946 = arith.negf %v945 : f32
                %v947 = arith.cmpf oge, %v76, %v914 : f32
                %v948 = arith.select %v947, %v76, %v75 : f32
                %v949 = arith.subf %v76, %v948 fastmath<contract> : f32
                %v950 = arith.mulf %v946, %v949 fastmath<contract> : f32
                %v951 = arith.cmpf olt, %v913, %v75 : f32
                %v952 = arith.select %v951, %v744, %v75 : f32
                %v953 = arith.cmpf ogt, %v913, %v75 : f32
                %v954 = arith.select %v953, %v76, %v952 : f32
                %v955 = arith.mulf %v950, %v954 fastmath<contract> : f32
                %v956 = arith.mulf %v885, %v955 fastmath<contract> : f32
                %v957 = llvm.load %v61 : !llvm.ptr -> f32
                %v958 = llvm.load %v65 : !llvm.ptr -> f32
                %v959 = arith.mulf %v958, %v957 fastmath<contract> : f32
                %v960 = arith.addf %v956, %v959 fastmath<contract> : f32
                llvm.store %v960, %v61 : f32, !llvm.ptr
                %v961 = llvm.load %v79 : !llvm.ptr -> f32
                %v962 = arith.mulf %v961, %v958 fastmath<contract> : f32
                llvm.store %v962, %v79 : f32, !llvm.ptr
                %v963 = arith.mulf %v902, %v955 fastmath<contract> : f32
                %v964 = llvm.load %v62 : !llvm.ptr -> f32
                %v965 = llvm.load %v66 : !llvm.ptr -> f32
                %v966 = arith.mulf %v965, %v964 fastmath<contract> : f32
                %v967 = arith.addf %v963, %v966 fastmath<contract> : f32
                llvm.store %v967, %v62 : f32, !llvm.ptr
                %v968 = llvm.load %v80 : !llvm.ptr -> f32
                %v969 = arith.mulf %v968, %v965 fastmath<contract> : f32
                llvm.store %v969, %v80 : f32, !llvm.ptr
                scf.if %v879 {
                }
                %v970 = arith.muli %v81, %v129 : i64
                %v971 = arith.subi %v880, %v99 : i64
                %v972 = arith.addi %v970, %v971 : i64
                %v973 = llvm.getelementptr %v74[%v972] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v974 = llvm.load %v973 : !llvm.ptr -> f32
                %v975 = arith.negf %v974 : f32
                %v976 = arith.mulf %v975, %v320 fastmath<contract> : f32
                %v977 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v976) : (f32) -> f32
                %v978 = arith.addf %v76, %v977 fastmath<contract> : f32
                %v979 = arith.divf %v76, %v978 : f32
                llvm.store %v979, %v63 : f32, !llvm.ptr
                llvm.store %v979, %v64 : f32, !llvm.ptr
                llvm.store %v979, %v65 : f32, !llvm.ptr
                llvm.store %v979, %v66 : f32, !llvm.ptr
              }
              %v980 = arith.addi %v389, %v81 : i64
              %v982 = arith.cmpi slt, %v981, %v658 : i32
              %v983 = arith.cmpi eq, %v981, %v664 : i32
              scf.if %v982 {
                %v984 = arith.addi %v99, %v980 : i64
                %v985 = arith.muli %v39, %v129 : i64
                %v986 = arith.subi %v984, %v99 : i64
                %v987 = arith.addi %v985, %v986 : i64
                %v988 = llvm.getelementptr %v68[%v987] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v989 = llvm.load %v988 : !llvm.ptr -> f32
                %v990 = arith.muli %v53, %v343 : i64
                %v991 = arith.muli %v984, %v342 : i64
                %v992 = arith.addi %v990, %v991 : i64
                %v993 = arith.muli %v51, %v341 : i64
                %v994 = arith.addi %v992, %v993 : i64
                %v995 = arith.muli %v49, %v2 : i64
                %v996 = arith.addi %v994, %v995 : i64
                %v997 = llvm.getelementptr %dy_o[%v996] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v998 = llvm.load %v997 : !llvm.ptr -> f32
                %v999 = arith.mulf %v989, %v482 fastmath<contract> : f32
                %v1000 = arith.constant 8 : i64
                %v1001 = arith.addi %v1000, %v39 : i64
                %v1002 = arith.muli %v1001, %v129 : i64
                %v1003 = arith.subi %v984, %v99 : i64
                %v1004 = arith.addi %v1002, %v1003 : i64
                %v1005 = llvm.getelementptr %v68[%v1004] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1006 = llvm.load %v1005 : !llvm.ptr -> f32
                %v1007 = arith.mulf %v1006, %v484 fastmath<contract> : f32
                %v1008 = arith.addf %v999, %v1007 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1009, %v1010 = gpu.shuffle xor %v1008, %v694, %v695 : f32
                %v1011 = arith.addf %v1008, %v1009 fastmath<contract> : f32
                %v1012, %v1013 = gpu.shuffle xor %v1011, %v699, %v695 : f32
                %v1014 = arith.addf %v1011, %v1012 fastmath<contract> : f32
                %v1015, %v1016 = gpu.shuffle xor %v1014, %v703, %v695 : f32
                %v1017 = arith.addf %v1014, %v1015 fastmath<contract> : f32
                // end sum over the lanes
                %v1018 = llvm.call_intrinsic "llvm.fabs.f32"(%v1017) : (f32) -> f32
                %v1019 = arith.maximumf %v76, %v1018 : f32
                %v1020 = arith.divf %v998, %v1019 : f32
                %v1021 = arith.mulf %v989, %v1020 fastmath<contract> : f32
                %v1022 = llvm.load %v59 : !llvm.ptr -> f32
                %v1023 = llvm.load %v63 : !llvm.ptr -> f32
                %v1024 = arith.mulf %v1023, %v1022 fastmath<contract> : f32
                %v1025 = arith.addf %v1021, %v1024 fastmath<contract> : f32
                llvm.store %v1025, %v59 : f32, !llvm.ptr
                %v1026 = llvm.load %v77 : !llvm.ptr -> f32
                %v1027 = arith.mulf %v1026, %v1023 fastmath<contract> : f32
                llvm.store %v1027, %v77 : f32, !llvm.ptr
                %v1028 = arith.mulf %v1006, %v1020 fastmath<contract> : f32
                %v1029 = llvm.load %v60 : !llvm.ptr -> f32
                %v1030 = llvm.load %v64 : !llvm.ptr -> f32
                %v1031 = arith.mulf %v1030, %v1029 fastmath<contract> : f32
                %v1032 = arith.addf %v1028, %v1031 fastmath<contract> : f32
                llvm.store %v1032, %v60 : f32, !llvm.ptr
                %v1033 = llvm.load %v78 : !llvm.ptr -> f32
                %v1034 = arith.mulf %v1033, %v1030 fastmath<contract> : f32
                llvm.store %v1034, %v78 : f32, !llvm.ptr
                %v1035 = arith.mulf %v989, %v468 fastmath<contract> : f32
                %v1036 = arith.mulf %v1006, %v480 fastmath<contract> : f32
                %v1037 = arith.addf %v1035, %v1036 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1038, %v1039 = gpu.shuffle xor %v1037, %v694, %v695 : f32
                %v1040 = arith.addf %v1037, %v1038 fastmath<contract> : f32
                %v1041, %v1042 = gpu.shuffle xor %v1040, %v699, %v695 : f32
                %v1043 = arith.addf %v1040, %v1041 fastmath<contract> : f32
                %v1044, %v1045 = gpu.shuffle xor %v1043, %v703, %v695 : f32
                %v1046 = arith.addf %v1043, %v1044 fastmath<contract> : f32
                // end sum over the lanes
                %v1047 = arith.divf %v1046, %v1019 : f32
                %v1048 = arith.divf %v1047, %v1019 : f32
                %v1049 = arith.mulf %v998, %v1048 fastmath<contract> : f32
                %v1050 = arith.negf %v1049 : f32
                %v1051 = arith.cmpf oge, %v76, %v1018 : f32
                %v1052 = arith.select %v1051, %v76, %v75 : f32
                %v1053 = arith.subf %v76, %v1052 fastmath<contract> : f32
                %v1054 = arith.mulf %v1050, %v1053 fastmath<contract> : f32
                %v1055 = arith.cmpf olt, %v1017, %v75 : f32
                %v1056 = arith.select %v1055, %v744, %v75 : f32
                %v1057 = arith.cmpf ogt, %v1017, %v75 : f32
                %v1058 = arith.select %v1057, %v76, %v1056 : f32
                %v1059 = arith.mulf %v1054, %v1058 fastmath<contract> : f32
                %v1060 = arith.mulf %v989, %v1059 fastmath<contract> : f32
                %v1061 = llvm.load %v61 : !llvm.ptr -> f32
                %v1062 = llvm.load %v65 : !llvm.ptr -> f32
                %v1063 = arith.mulf %v1062, %v1061 fastmath<contract> : f32
                %v1064 = arith.addf %v1060, %v1063 fastmath<contract> : f32
                llvm.store %v1064, %v61 : f32, !llvm.ptr
                %v1065 = llvm.load %v79 : !llvm.ptr -> f32
                %v1066 = arith.mulf %v1065, %v1062 fastmath<contract> : f32
                llvm.store %v1066, %v79 : f32, !llvm.ptr
                %v1067 = arith.mulf %v1006, %v1059 fastmath<contract> : f32
                %v1068 = llvm.load %v62 : !llvm.ptr -> f32
                %v1069 = llvm.load %v66 : !llvm.ptr -> f32
                %v1070 = arith.mulf %v1069, %v1068 fastmath<contract> : f32
                %v1071 = arith.addf %v1067, %v1070 fastmath<contract> : f32
                llvm.store %v1071, %v62 : f32, !llvm.ptr
                %v1072 = llvm.load %v80 : !llvm.ptr -> f32
                %v1073 = arith.mulf %v1072, %v1069 fastmath<contract> : f32
                llvm.store %v1073, %v80 : f32, !llvm.ptr
                scf.if %v983 {
                }
                %v1074 = arith.muli %v81, %v129 : i64
                %v1075 = arith.subi %v984, %v99 : i64
                %v1076 = arith.addi %v1074, %v1075 : i64
                %v1077 = llvm.getelementptr %v74[%v1076] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1078 = llvm.load %v1077 : !llvm.ptr -> f32
                %v1079 = arith.negf %v1078 : f32
                %v1080 = arith.mulf %v1079, %v320 fastmath<contract> : f32
                %v1081 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1080) : (f32) -> f32
                %v1082 = arith.addf %v76, %v1081 fastmath<contract> : f32
                %v1083 = arith.divf %v76, %v1082 : f32
                llvm.store %v1083, %v63 : f32, !llvm.ptr
                llvm.store %v1083, %v64 : f32, !llvm.ptr
                llvm.store %v1083, %v65 : f32, !llvm.ptr
                llvm.store %v1083, %v66 : f32, !llvm.ptr
              }
            }
          }
        }
      }
      scf.if %v43 {
        %v1084 = llvm.load %v59 : !llvm.ptr -> f32
        %v1085 = arith.addi %v81, %v39 : i64
        %v1086 = arith.muli %v81, %v9 : i64
        %v1087 = arith.addi %v1086, %v34 : i64
        %v1088 = arith.muli %v1087, %v1 : i64
        %v1089 = arith.addi %v1088, %v1085 : i64
        %v1090 = arith.muli %v1089, %v5 : i64
        %v1091 = arith.subi %v5, %v2 : i64
        %v1092 = arith.minsi %v45, %v1091 : i64
        %v1093 = arith.addi %v1090, %v1092 : i64
        %v1094 = llvm.getelementptr %segsum_C[%v1093] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1084, %v1094 : f32, !llvm.ptr
        %v1095 = llvm.load %v77 : !llvm.ptr -> f32
        %v1096 = arith.addi %v81, %v39 : i64
        %v1097 = arith.muli %v2, %v9 : i64
        %v1098 = arith.addi %v1097, %v34 : i64
        %v1099 = arith.muli %v1098, %v1 : i64
        %v1100 = arith.addi %v1099, %v1096 : i64
        %v1101 = arith.muli %v1100, %v5 : i64
        %v1102 = arith.subi %v5, %v2 : i64
        %v1103 = arith.minsi %v45, %v1102 : i64
        %v1104 = arith.addi %v1101, %v1103 : i64
        %v1105 = llvm.getelementptr %segsum_C[%v1104] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1095, %v1105 : f32, !llvm.ptr
        %v1106 = llvm.load %v63 : !llvm.ptr -> f32
        %v1107 = arith.addi %v81, %v39 : i64
        %v1108 = arith.muli %v542, %v9 : i64
        %v1109 = arith.addi %v1108, %v34 : i64
        %v1110 = arith.muli %v1109, %v1 : i64
        %v1111 = arith.addi %v1110, %v1107 : i64
        %v1112 = arith.muli %v1111, %v5 : i64
        %v1113 = arith.subi %v5, %v2 : i64
        %v1114 = arith.minsi %v45, %v1113 : i64
        %v1115 = arith.addi %v1112, %v1114 : i64
        %v1116 = llvm.getelementptr %segsum_C[%v1115] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1106, %v1116 : f32, !llvm.ptr
        %v1117 = llvm.load %v60 : !llvm.ptr -> f32
        %v1118 = arith.addi %v38, %v39 : i64
        %v1119 = arith.muli %v81, %v9 : i64
        %v1120 = arith.addi %v1119, %v34 : i64
        %v1121 = arith.muli %v1120, %v1 : i64
        %v1122 = arith.addi %v1121, %v1118 : i64
        %v1123 = arith.muli %v1122, %v5 : i64
        %v1124 = arith.subi %v5, %v2 : i64
        %v1125 = arith.minsi %v45, %v1124 : i64
        %v1126 = arith.addi %v1123, %v1125 : i64
        %v1127 = llvm.getelementptr %segsum_C[%v1126] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1117, %v1127 : f32, !llvm.ptr
        %v1128 = llvm.load %v78 : !llvm.ptr -> f32
        %v1129 = arith.addi %v38, %v39 : i64
        %v1130 = arith.muli %v2, %v9 : i64
        %v1131 = arith.addi %v1130, %v34 : i64
        %v1132 = arith.muli %v1131, %v1 : i64
        %v1133 = arith.addi %v1132, %v1129 : i64
        %v1134 = arith.muli %v1133, %v5 : i64
        %v1135 = arith.subi %v5, %v2 : i64
        %v1136 = arith.minsi %v45, %v1135 : i64
        %v1137 = arith.addi %v1134, %v1136 : i64
        %v1138 = llvm.getelementptr %segsum_C[%v1137] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1128, %v1138 : f32, !llvm.ptr
        %v1139 = llvm.load %v64 : !llvm.ptr -> f32
        %v1140 = arith.addi %v38, %v39 : i64
        %v1141 = arith.muli %v542, %v9 : i64
        %v1142 = arith.addi %v1141, %v34 : i64
        %v1143 = arith.muli %v1142, %v1 : i64
        %v1144 = arith.addi %v1143, %v1140 : i64
        %v1145 = arith.muli %v1144, %v5 : i64
        %v1146 = arith.subi %v5, %v2 : i64
        %v1147 = arith.minsi %v45, %v1146 : i64
        %v1148 = arith.addi %v1145, %v1147 : i64
        %v1149 = llvm.getelementptr %segsum_C[%v1148] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1139, %v1149 : f32, !llvm.ptr
        %v1150 = llvm.load %v61 : !llvm.ptr -> f32
        %v1151 = arith.addi %v81, %v39 : i64
        %v1152 = arith.muli %v81, %v9 : i64
        %v1153 = arith.addi %v1152, %v34 : i64
        %v1154 = arith.muli %v1153, %v1 : i64
        %v1155 = arith.addi %v1154, %v1151 : i64
        %v1156 = arith.muli %v1155, %v5 : i64
        %v1157 = arith.subi %v5, %v2 : i64
        %v1158 = arith.minsi %v45, %v1157 : i64
        %v1159 = arith.addi %v1156, %v1158 : i64
        %v1160 = llvm.getelementptr %segsum_n[%v1159] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1150, %v1160 : f32, !llvm.ptr
        %v1161 = llvm.load %v79 : !llvm.ptr -> f32
        %v1162 = arith.addi %v81, %v39 : i64
        %v1163 = arith.muli %v2, %v9 : i64
        %v1164 = arith.addi %v1163, %v34 : i64
        %v1165 = arith.muli %v1164, %v1 : i64
        %v1166 = arith.addi %v1165, %v1162 : i64
        %v1167 = arith.muli %v1166, %v5 : i64
        %v1168 = arith.subi %v5, %v2 : i64
        %v1169 = arith.minsi %v45, %v1168 : i64
        %v1170 = arith.addi %v1167, %v1169 : i64
        %v1171 = llvm.getelementptr %segsum_n[%v1170] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1161, %v1171 : f32, !llvm.ptr
        %v1172 = llvm.load %v65 : !llvm.ptr -> f32
        %v1173 = arith.addi %v81, %v39 : i64
        %v1174 = arith.muli %v542, %v9 : i64
        %v1175 = arith.addi %v1174, %v34 : i64
        %v1176 = arith.muli %v1175, %v1 : i64
        %v1177 = arith.addi %v1176, %v1173 : i64
        %v1178 = arith.muli %v1177, %v5 : i64
        %v1179 = arith.subi %v5, %v2 : i64
        %v1180 = arith.minsi %v45, %v1179 : i64
        %v1181 = arith.addi %v1178, %v1180 : i64
        %v1182 = llvm.getelementptr %segsum_n[%v1181] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1172, %v1182 : f32, !llvm.ptr
        %v1183 = llvm.load %v62 : !llvm.ptr -> f32
        %v1184 = arith.addi %v38, %v39 : i64
        %v1185 = arith.muli %v81, %v9 : i64
        %v1186 = arith.addi %v1185, %v34 : i64
        %v1187 = arith.muli %v1186, %v1 : i64
        %v1188 = arith.addi %v1187, %v1184 : i64
        %v1189 = arith.muli %v1188, %v5 : i64
        %v1190 = arith.subi %v5, %v2 : i64
        %v1191 = arith.minsi %v45, %v1190 : i64
        %v1192 = arith.addi %v1189, %v1191 : i64
        %v1193 = llvm.getelementptr %segsum_n[%v1192] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1183, %v1193 : f32, !llvm.ptr
        %v1194 = llvm.load %v80 : !llvm.ptr -> f32
        %v1195 = arith.addi %v38, %v39 : i64
        %v1196 = arith.muli %v2, %v9 : i64
        %v1197 = arith.addi %v1196, %v34 : i64
        %v1198 = arith.muli %v1197, %v1 : i64
        %v1199 = arith.addi %v1198, %v1195 : i64
        %v1200 = arith.muli %v1199, %v5 : i64
        %v1201 = arith.subi %v5, %v2 : i64
        %v1202 = arith.minsi %v45, %v1201 : i64
        %v1203 = arith.addi %v1200, %v1202 : i64
        %v1204 = llvm.getelementptr %segsum_n[%v1203] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1194, %v1204 : f32, !llvm.ptr
        %v1205 = llvm.load %v66 : !llvm.ptr -> f32
        %v1206 = arith.addi %v38, %v39 : i64
        %v1207 = arith.muli %v542, %v9 : i64
        %v1208 = arith.addi %v1207, %v34 : i64
        %v1209 = arith.muli %v1208, %v1 : i64
        %v1210 = arith.addi %v1209, %v1206 : i64
        %v1211 = arith.muli %v1210, %v5 : i64
        %v1212 = arith.subi %v5, %v2 : i64
        %v1213 = arith.minsi %v45, %v1212 : i64
        %v1214 = arith.addi %v1211, %v1213 : i64
        %v1215 = llvm.getelementptr %segsum_n[%v1214] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1205, %v1215 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
