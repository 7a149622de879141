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
      %v338 = arith.muli %v2, %size_DV : i64
      %v339 = arith.muli %v338, %size_H : i64
      %v340 = arith.muli %v339, %size_L : i64
      %v530 = arith.constant 2 : i64
      %v642 = arith.constant 2147483647 : i64
      %v646 = arith.constant 3 : i32
      %v674 = arith.constant 1 : i32
      %v675 = arith.constant 32 : i32
      %v679 = arith.constant 2 : i32
      %v683 = arith.constant 4 : i32
      %v724 = arith.constant 0xBF800000 : f32
      %v961 = arith.constant 0 : i32
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
              %v337 = arith.mulf %v331, %v336 fastmath<contract> : f32
              %v341 = arith.muli %v53, %v340 : i64
              %v342 = arith.muli %v313, %v339 : i64
              %v343 = arith.addi %v341, %v342 : i64
              %v344 = arith.muli %v51, %v338 : i64
              %v345 = arith.addi %v343, %v344 : i64
              %v346 = arith.muli %v49, %v2 : i64
              %v347 = arith.addi %v345, %v346 : i64
              %v348 = llvm.getelementptr %in_v[%v347] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v349 = llvm.load %v348 : !llvm.ptr -> f32
              %v350 = arith.mulf %v337, %v349 fastmath<contract> : f32
              %v351 = llvm.load %v14 : !llvm.ptr -> f32
              %v352 = arith.mulf %v324, %v351 fastmath<contract> : f32
              %v353 = arith.addf %v352, %v350 fastmath<contract> : f32
              llvm.store %v353, %v14 : f32, !llvm.ptr
              %v354 = arith.constant 8 : i64
              %v355 = arith.addi %v354, %v39 : i64
              %v356 = arith.muli %v355, %v129 : i64
              %v357 = arith.subi %v313, %v99 : i64
              %v358 = arith.addi %v356, %v357 : i64
              %v359 = llvm.getelementptr %v70[%v358] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v360 = llvm.load %v359 : !llvm.ptr -> f32
              %v361 = arith.mulf %v331, %v360 fastmath<contract> : f32
              %v362 = arith.mulf %v361, %v349 fastmath<contract> : f32
              %v363 = llvm.load %v15 : !llvm.ptr -> f32
              %v364 = arith.mulf %v324, %v363 fastmath<contract> : f32
              %v365 = arith.addf %v364, %v362 fastmath<contract> : f32
              llvm.store %v365, %v15 : f32, !llvm.ptr
              %v366 = llvm.load %v16 : !llvm.ptr -> f32
              %v367 = arith.mulf %v324, %v366 fastmath<contract> : f32
              %v368 = arith.addf %v367, %v337 fastmath<contract> : f32
              llvm.store %v368, %v16 : f32, !llvm.ptr
              %v369 = llvm.load %v17 : !llvm.ptr -> f32
              %v370 = arith.mulf %v324, %v369 fastmath<contract> : f32
              %v371 = arith.addf %v370, %v361 fastmath<contract> : f32
              llvm.store %v371, %v17 : f32, !llvm.ptr
            }
          }
        }
        %v372 = arith.index_cast %v81 : i64 to index
        %v373 = arith.index_cast %v2 : i64 to index
        %v374 = arith.index_cast %v2 : i64 to index
        scf.for %v375 = %v372 to %v373 step %v374 {
          %v376 = arith.index_cast %v375 : index to i64
          %v377 = arith.index_cast %v81 : i64 to index
          %v378 = arith.index_cast %v103 : i64 to index
          %v379 = arith.index_cast %v2 : i64 to index
          scf.for %v380 = %v377 to %v378 step %v379 {
            %v381 = arith.index_cast %v380 : index to i64
            %v382 = arith.cmpi slt, %v381, %v103 : i64
            scf.if %v382 {
              %v383 = arith.subi %v103, %v2 : i64
              %v384 = arith.subi %v383, %v381 : i64
              %v385 = arith.muli %v384, %v55 : i64
              %v386 = arith.addi %v89, %v384 : i64
              %v387 = arith.subi %v101, %v2 : i64
              %v388 = arith.muli %v386, %v5 : i64
              %v389 = arith.subi %v5, %v2 : i64
              %v390 = arith.minsi %v45, %v389 : i64
              %v391 = arith.addi %v388, %v390 : i64
              %v392 = arith.muli %v391, %v1 : i64
              %v393 = arith.addi %v392, %v81 : i64
              %v394 = arith.addi %v393, %v39 : i64
              %v395 = llvm.getelementptr %scratch_C[%v394] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v396 = llvm.load %v395 : !llvm.ptr -> f32
              %v397 = arith.muli %v386, %v5 : i64
              %v398 = arith.subi %v5, %v2 : i64
              %v399 = arith.minsi %v45, %v398 : i64
              %v400 = arith.addi %v397, %v399 : i64
              %v401 = arith.muli %v400, %v1 : i64
              %v402 = arith.addi %v401, %v38 : i64
              %v403 = arith.addi %v402, %v39 : i64
              %v404 = llvm.getelementptr %scratch_C[%v403] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v405 = llvm.load %v404 : !llvm.ptr -> f32
              %v406 = arith.muli %v386, %v5 : i64
              %v407 = arith.subi %v5, %v2 : i64
              %v408 = arith.minsi %v45, %v407 : i64
              %v409 = arith.addi %v406, %v408 : i64
              %v410 = arith.muli %v409, %v1 : i64
              %v411 = arith.addi %v410, %v81 : i64
              %v412 = arith.addi %v411, %v39 : i64
              %v413 = llvm.getelementptr %scratch_n[%v412] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v414 = llvm.load %v413 : !llvm.ptr -> f32
              %v415 = arith.muli %v386, %v5 : i64
              %v416 = arith.subi %v5, %v2 : i64
              %v417 = arith.minsi %v45, %v416 : i64
              %v418 = arith.addi %v415, %v417 : i64
              %v419 = arith.muli %v418, %v1 : i64
              %v420 = arith.addi %v419, %v38 : i64
              %v421 = arith.addi %v420, %v39 : i64
              %v422 = llvm.getelementptr %scratch_n[%v421] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v423 = llvm.load %v422 : !llvm.ptr -> f32
              // the group's states, recomputed into registers
              %v424 = arith.addi %v385, %v81 : i64
              %v425 = arith.minsi %v424, %v387 : i64
              %v426 = arith.addi %v99, %v425 : i64
              %v427 = arith.muli %v81, %v129 : i64
              %v428 = arith.subi %v426, %v99 : i64
              %v429 = arith.addi %v427, %v428 : i64
              %v430 = llvm.getelementptr %v74[%v429] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v431 = llvm.load %v430 : !llvm.ptr -> f32
              %v432 = arith.negf %v431 : f32
              %v433 = arith.mulf %v432, %v320 fastmath<contract> : f32
              %v434 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v433) : (f32) -> f32
              %v435 = arith.addf %v76, %v434 fastmath<contract> : f32
              %v436 = arith.divf %v76, %v435 : f32
              %v437 = arith.muli %v81, %v129 : i64
              %v438 = arith.subi %v426, %v99 : i64
              %v439 = arith.addi %v437, %v438 : i64
              %v440 = llvm.getelementptr %v72[%v439] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v441 = llvm.load %v440 : !llvm.ptr -> f32
              %v442 = arith.mulf %v441, %v320 fastmath<contract> : f32
              %v443 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v442) : (f32) -> f32
              %v444 = arith.muli %v39, %v129 : i64
              %v445 = arith.subi %v426, %v99 : i64
              %v446 = arith.addi %v444, %v445 : i64
              %v447 = llvm.getelementptr %v70[%v446] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v448 = llvm.load %v447 : !llvm.ptr -> f32
              %v449 = arith.mulf %v443, %v448 fastmath<contract> : f32
              %v450 = arith.muli %v53, %v340 : i64
              %v451 = arith.muli %v426, %v339 : i64
              %v452 = arith.addi %v450, %v451 : i64
              %v453 = arith.muli %v51, %v338 : i64
              %v454 = arith.addi %v452, %v453 : i64
              %v455 = arith.muli %v49, %v2 : i64
              %v456 = arith.addi %v454, %v455 : i64
              %v457 = llvm.getelementptr %in_v[%v456] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v458 = llvm.load %v457 : !llvm.ptr -> f32
              %v459 = arith.mulf %v449, %v458 fastmath<contract> : f32
              %v460 = arith.mulf %v436, %v396 fastmath<contract> : f32
              %v461 = arith.addf %v460, %v459 fastmath<contract> : f32
              %v462 = arith.constant 8 : i64
              %v463 = arith.addi %v462, %v39 : i64
              %v464 = arith.muli %v463, %v129 : i64
              %v465 = arith.subi %v426, %v99 : i64
              %v466 = arith.addi %v464, %v465 : i64
              %v467 = llvm.getelementptr %v70[%v466] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v468 = llvm.load %v467 : !llvm.ptr -> f32
              %v469 = arith.mulf %v443, %v468 fastmath<contract> : f32
              %v470 = arith.mulf %v469, %v458 fastmath<contract> : f32
              %v471 = arith.mulf %v436, %v405 fastmath<contract> : f32
              %v472 = arith.addf %v471, %v470 fastmath<contract> : f32
              %v473 = arith.mulf %v436, %v414 fastmath<contract> : f32
              %v474 = arith.addf %v473, %v449 fastmath<contract> : f32
              %v475 = arith.mulf %v436, %v423 fastmath<contract> : f32
              %v476 = arith.addf %v475, %v469 fastmath<contract> : f32
              %v477 = arith.addi %v385, %v2 : i64
              %v478 = arith.minsi %v477, %v387 : i64
              %v479 = arith.addi %v99, %v478 : i64
              %v480 = arith.muli %v81, %v129 : i64
              %v481 = arith.subi %v479, %v99 : i64
              %v482 = arith.addi %v480, %v481 : i64
              %v483 = llvm.getelementptr %v74[%v482] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v484 = llvm.load %v483 : !llvm.ptr -> f32
              %v485 = arith.negf %v484 : f32
              %v486 = arith.mulf %v485, %v320 fastmath<contract> : f32
              %v487 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v486) : (f32) -> f32
              %v488 = arith.addf %v76, %v487 fastmath<contract> : f32
              %v489 = arith.divf %v76, %v488 : f32
              %v490 = arith.muli %v81, %v129 : i64
              %v491 = arith.subi %v479, %v99 : i64
              %v492 = arith.addi %v490, %v491 : i64
              %v493 = llvm.getelementptr %v72[%v492] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v494 = llvm.load %v493 : !llvm.ptr -> f32
              %v495 = arith.mulf %v494, %v320 fastmath<contract> : f32
              %v496 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v495) : (f32) -> f32
              %v497 = arith.muli %v39, %v129 : i64
              %v498 = arith.subi %v479, %v99 : i64
              %v499 = arith.addi %v497, %v498 : i64
              %v500 = llvm.getelementptr %v70[%v499] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v501 = llvm.load %v500 : !llvm.ptr -> f32
              %v502 = arith.mulf %v496, %v501 fastmath<contract> : f32
              %v503 = arith.muli %v53, %v340 : i64
              %v504 = arith.muli %v479, %v339 : i64
              %v505 = arith.addi %v503, %v504 : i64
              %v506 = arith.muli %v51, %v338 : i64
              %v507 = arith.addi %v505, %v506 : i64
              %v508 = arith.muli %v49, %v2 : i64
              %v509 = arith.addi %v507, %v508 : i64
              %v510 = llvm.getelementptr %in_v[%v509] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v511 = llvm.load %v510 : !llvm.ptr -> f32
              %v512 = arith.mulf %v502, %v511 fastmath<contract> : f32
              %v513 = arith.mulf %v489, %v461 fastmath<contract> : f32
              %v514 = arith.addf %v513, %v512 fastmath<contract> : f32
              %v515 = arith.constant 8 : i64
              %v516 = arith.addi %v515, %v39 : i64
              %v517 = arith.muli %v516, %v129 : i64
              %v518 = arith.subi %v479, %v99 : i64
              %v519 = arith.addi %v517, %v518 : i64
              %v520 = llvm.getelementptr %v70[%v519] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v521 = llvm.load %v520 : !llvm.ptr -> f32
              %v522 = arith.mulf %v496, %v521 fastmath<contract> : f32
              %v523 = arith.mulf %v522, %v511 fastmath<contract> : f32
              %v524 = arith.mulf %v489, %v472 fastmath<contract> : f32
              %v525 = arith.addf %v524, %v523 fastmath<contract> : f32
              %v526 = arith.mulf %v489, %v474 fastmath<contract> : f32
              %v527 = arith.addf %v526, %v502 fastmath<contract> : f32
              %v528 = arith.mulf %v489, %v476 fastmath<contract> : f32
              %v529 = arith.addf %v528, %v522 fastmath<contract> : f32
              %v531 = arith.addi %v385, %v530 : i64
              %v532 = arith.minsi %v531, %v387 : i64
              %v533 = arith.addi %v99, %v532 : i64
              %v534 = arith.muli %v81, %v129 : i64
              %v535 = arith.subi %v533, %v99 : i64
              %v536 = arith.addi %v534, %v535 : i64
              %v537 = llvm.getelementptr %v74[%v536] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v538 = llvm.load %v537 : !llvm.ptr -> f32
              %v539 = arith.negf %v538 : f32
              %v540 = arith.mulf %v539, %v320 fastmath<contract> : f32
              %v541 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v540) : (f32) -> f32
              %v542 = arith.addf %v76, %v541 fastmath<contract> : f32
              %v543 = arith.divf %v76, %v542 : f32
              %v544 = arith.muli %v81, %v129 : i64
              %v545 = arith.subi %v533, %v99 : i64
              %v546 = arith.addi %v544, %v545 : i64
              %v547 = llvm.getelementptr %v72[%v546] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v548 = llvm.load %v547 : !llvm.ptr -> f32
              %v549 = arith.mulf %v548, %v320 fastmath<contract> : f32
              %v550 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v549) : (f32) -> f32
              %v551 = arith.muli %v39, %v129 : i64
              %v552 = arith.subi %v533, %v99 : i64
              %v553 = arith.addi %v551, %v552 : i64
              %v554 = llvm.getelementptr %v70[%v553] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v555 = llvm.load %v554 : !llvm.ptr -> f32
              %v556 = arith.mulf %v550, %v555 fastmath<contract> : f32
              %v557 = arith.muli %v53, %v340 : i64
              %v558 = arith.muli %v533, %v339 : i64
              %v559 = arith.addi %v557, %v558 : i64
              %v560 = arith.muli %v51, %v338 : i64
              %v561 = arith.addi %v559, %v560 : i64
              %v562 = arith.muli %v49, %v2 : i64
              %v563 = arith.addi %v561, %v562 : i64
              %v564 = llvm.getelementptr %in_v[%v563] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v565 = llvm.load %v564 : !llvm.ptr -> f32
              %v566 = arith.mulf %v556, %v565 fastmath<contract> : f32
              %v567 = arith.mulf %v543, %v514 fastmath<contract> : f32
              %v568 = arith.addf %v567, %v566 fastmath<contract> : f32
              %v569 = arith.constant 8 : i64
              %v570 = arith.addi %v569, %v39 : i64
              %v571 = arith.muli %v570, %v129 : i64
              %v572 = arith.subi %v533, %v99 : i64
              %v573 = arith.addi %v571, %v572 : i64
              %v574 = llvm.getelementptr %v70[%v573] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v575 = llvm.load %v574 : !llvm.ptr -> f32
              %v576 = arith.mulf %v550, %v575 fastmath<contract> : f32
              %v577 = arith.mulf %v576, %v565 fastmath<contract> : f32
              %v578 = arith.mulf %v543, %v525 fastmath<contract> : f32
              %v579 = arith.addf %v578, %v577 fastmath<contract> : f32
              %v580 = arith.mulf %v543, %v527 fastmath<contract> : f32
              %v581 = arith.addf %v580, %v556 fastmath<contract> : f32
              %v582 = arith.mulf %v543, %v529 fastmath<contract> : f32
              %v583 = arith.addf %v582, %v576 fastmath<contract> : f32
              %v584 = arith.addi %v385, %v84 : i64
              %v585 = arith.minsi %v584, %v387 : i64
              %v586 = arith.addi %v99, %v585 : i64
              %v587 = arith.muli %v81, %v129 : i64
              %v588 = arith.subi %v586, %v99 : i64
              %v589 = arith.addi %v587, %v588 : i64
              %v590 = llvm.getelementptr %v74[%v589] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v591 = llvm.load %v590 : !llvm.ptr -> f32
              %v592 = arith.negf %v591 : f32
              %v593 = arith.mulf %v592, %v320 fastmath<contract> : f32
              %v594 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v593) : (f32) -> f32
              %v595 = arith.addf %v76, %v594 fastmath<contract> : f32
              %v596 = arith.divf %v76, %v595 : f32
              %v597 = arith.muli %v81, %v129 : i64
              %v598 = arith.subi %v586, %v99 : i64
              %v599 = arith.addi %v597, %v598 : i64
              %v600 = llvm.getelementptr %v72[%v599] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v601 = llvm.load %v600 : !llvm.ptr -> f32
              %v602 = arith.mulf %v601, %v320 fastmath<contract> : f32
              %v603 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v602) : (f32) -> f32
              %v604 = arith.muli %v39, %v129 : i64
              %v605 = arith.subi %v586, %v99 : i64
              %v606 = arith.addi %v604, %v605 : i64
              %v607 = llvm.getelementptr %v70[%v606] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v608 = llvm.load %v607 : !llvm.ptr -> f32
              %v609 = arith.mulf %v603, %v608 fastmath<contract> : f32
              %v610 = arith.muli %v53, %v340 : i64
              %v611 = arith.muli %v586, %v339 : i64
              %v612 = arith.addi %v610, %v611 : i64
              %v613 = arith.muli %v51, %v338 : i64
              %v614 = arith.addi %v612, %v613 : i64
              %v615 = arith.muli %v49, %v2 : i64
              %v616 = arith.addi %v614, %v615 : i64
              %v617 = llvm.getelementptr %in_v[%v616] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v618 = llvm.load %v617 : !llvm.ptr -> f32
              %v619 = arith.mulf %v609, %v618 fastmath<contract> : f32
              %v620 = arith.mulf %v596, %v568 fastmath<contract> : f32
              %v621 = arith.addf %v620, %v619 fastmath<contract> : f32
              %v622 = arith.constant 8 : i64
              %v623 = arith.addi %v622, %v39 : i64
              %v624 = arith.muli %v623, %v129 : i64
              %v625 = arith.subi %v586, %v99 : i64
              %v626 = arith.addi %v624, %v625 : i64
              %v627 = llvm.getelementptr %v70[%v626] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v628 = llvm.load %v627 : !llvm.ptr -> f32
              %v629 = arith.mulf %v603, %v628 fastmath<contract> : f32
              %v630 = arith.mulf %v629, %v618 fastmath<contract> : f32
              %v631 = arith.mulf %v596, %v579 fastmath<contract> : f32
              %v632 = arith.addf %v631, %v630 fastmath<contract> : f32
              %v633 = arith.mulf %v596, %v581 fastmath<contract> : f32
              %v634 = arith.addf %v633, %v609 fastmath<contract> : f32
              %v635 = arith.mulf %v596, %v583 fastmath<contract> : f32
              %v636 = arith.addf %v635, %v629 fastmath<contract> : f32
              %v637 = arith.subi %v101, %v385 : i64
              %v638 = arith.trunci %v637 : i64 to i32
              %v639 = arith.subi %size_L, %v2 : i64
              %v640 = arith.addi %v99, %v385 : i64
              %v641 = arith.subi %v639, %v640 : i64
              %v643 = arith.minsi %v641, %v642 : i64
              %v644 = arith.trunci %v643 : i64 to i32
              %v645 = arith.addi %v385, %v84 : i64
              %v647 = arith.cmpi slt, %v646, %v638 : i32
              %v648 = arith.cmpi eq, %v646, %v644 : i32
              scf.if %v647 {
                %v649 = arith.addi %v99, %v645 : i64
                %v650 = arith.muli %v39, %v129 : i64
                %v651 = arith.subi %v649, %v99 : i64
                %v652 = arith.addi %v650, %v651 : i64
                %v653 = llvm.getelementptr %v68[%v652] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v654 = llvm.load %v653 : !llvm.ptr -> f32
                %v655 = arith.muli %v53, %v340 : i64
                %v656 = arith.muli %v649, %v339 : i64
                %v657 = arith.addi %v655, %v656 : i64
                %v658 = arith.muli %v51, %v338 : i64
                %v659 = arith.addi %v657, %v658 : i64
                %v660 = arith.muli %v49, %v2 : i64
                %v661 = arith.addi %v659, %v660 : i64
                %v662 = llvm.getelementptr %dy_o[%v661] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v663 = llvm.load %v662 : !llvm.ptr -> f32
                %v664 = arith.mulf %v654, %v634 fastmath<contract> : f32
                %v665 = arith.constant 8 : i64
                %v666 = arith.addi %v665, %v39 : i64
                %v667 = arith.muli %v666, %v129 : i64
                %v668 = arith.subi %v649, %v99 : i64
                %v669 = arith.addi %v667, %v668 : i64
                %v670 = llvm.getelementptr %v68[%v669] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v671 = llvm.load %v670 : !llvm.ptr -> f32
                %v672 = arith.mulf %v671, %v636 fastmath<contract> : f32
                %v673 = arith.addf %v664, %v672 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v676, %v677 = gpu.shuffle xor %v673, %v674, %v675 : f32
                %v678 = arith.addf %v673, %v676 fastmath<contract> : f32
                %v680, %v681 = gpu.shuffle xor %v678, %v679, %v675 : f32
                %v682 = arith.addf %v678, %v680 fastmath<contract> : f32
                %v684, %v685 = gpu.shuffle xor %v682, %v683, %v675 : f32
                %v686 = arith.addf %v682, %v684 fastmath<contract> : f32
                // end sum over the lanes
                %v687 = llvm.call_intrinsic "llvm.fabs.f32"(%v686) : (f32) -> f32
                %v688 = arith.maximumf %v76, %v687 : f32
                %v689 = arith.divf %v663, %v688 : f32
                %v690 = arith.mulf %v654, %v689 fastmath<contract> : f32
                %v691 = llvm.load %v59 : !llvm.ptr -> f32
                %v692 = llvm.load %v63 : !llvm.ptr -> f32
                %v693 = arith.mulf %v692, %v691 fastmath<contract> : f32
                %v694 = arith.addf %v690, %v693 fastmath<contract> : f32
                llvm.store %v694, %v59 : f32, !llvm.ptr
                %v695 = llvm.load %v77 : !llvm.ptr -> f32
                %v696 = arith.mulf %v695, %v692 fastmath<contract> : f32
                llvm.store %v696, %v77 : f32, !llvm.ptr
                %v697 = arith.mulf %v671, %v689 fastmath<contract> : f32
                %v698 = llvm.load %v60 : !llvm.ptr -> f32
                %v699 = llvm.load %v64 : !llvm.ptr -> f32
                %v700 = arith.mulf %v699, %v698 fastmath<contract> : f32
                %v701 = arith.addf %v697, %v700 fastmath<contract> : f32
                llvm.store %v701, %v60 : f32, !llvm.ptr
                %v702 = llvm.load %v78 : !llvm.ptr -> f32
                %v703 = arith.mulf %v702, %v699 fastmath<contract> : f32
                llvm.store %v703, %v78 : f32, !llvm.ptr
                %v704 = arith.mulf %v654, %v621 fastmath<contract> : f32
                %v705 = arith.mulf %v671, %v632 fastmath<contract> : f32
                %v706 = arith.addf %v704, %v705 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v707, %v708 = gpu.shuffle xor %v706, %v674, %v675 : f32
                %v709 = arith.addf %v706, %v707 fastmath<contract> : f32
                %v710, %v711 = gpu.shuffle xor %v709, %v679, %v675 : f32
                %v712 = arith.addf %v709, %v710 fastmath<contract> : f32
                %v713, %v714 = gpu.shuffle xor %v712, %v683, %v675 : f32
                %v715 = arith.addf %v712, %v713 fastmath<contract> : f32
                // end sum over the lanes
                %v716 = arith.divf %v715, %v688 : f32
                %v717 = arith.divf %v716, %v688 : f32
                %v718 = arith.mulf %v663, %v717 fastmath<contract> : f32
                %v719 = arith.negf %v718 : f32
                %v720 = arith.cmpf oge, %v76, %v687 : f32
                %v721 = arith.select %v720, %v76, %v75 : f32
                %v722 = arith.subf %v76, %v721 fastmath<contract> : f32
                %v723 = arith.mulf %v719, %v722 fastmath<contract> : f32
                %v725 = arith.cmpf olt, %v686, %v75 : f32
                %v726 = arith.select %v725, %v724, %v75 : f32
                %v727 = arith.cmpf ogt, %v686, %v75 : f32
                %v728 = arith.select %v727, %v76, %v726 : f32
                %v729 = arith.mulf %v723, %v728 fastmath<contract> : f32
                %v730 = arith.mulf %v654, %v729 fastmath<contract> : f32
                %v731 = llvm.load %v61 : !llvm.ptr -> f32
                %v732 = llvm.load %v65 : !llvm.ptr -> f32
                %v733 = arith.mulf %v732, %v731 fastmath<contract> : f32
                %v734 = arith.addf %v730, %v733 fastmath<contract> : f32
                llvm.store %v734, %v61 : f32, !llvm.ptr
                %v735 = llvm.load %v79 : !llvm.ptr -> f32
                %v736 = arith.mulf %v735, %v732 fastmath<contract> : f32
                llvm.store %v736, %v79 : f32, !llvm.ptr
                %v737 = arith.mulf %v671, %v729 fastmath<contract> : f32
                %v738 = llvm.load %v62 : !llvm.ptr -> f32
                %v739 = llvm.load %v66 : !llvm.ptr -> f32
                %v740 = arith.mulf %v739, %v738 fastmath<contract> : f32
                %v741 = arith.addf %v737, %v740 fastmath<contract> : f32
                llvm.store %v741, %v62 : f32, !llvm.ptr
                %v742 = llvm.load %v80 : !llvm.ptr -> f32
                %v743 = arith.mulf %v742, %v739 fastmath<contract> : f32
                llvm.store %v743, %v80 : f32, !llvm.ptr
                scf.if %v648 {
                }
                %v744 = arith.muli %v81, %v129 : i64
                %v745 = arith.subi %v649, %v99 : i64
                %v746 = arith.addi %v744, %v745 : i64
                %v747 = llvm.getelementptr %v74[%v746] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v748 = llvm.load %v747 : !llvm.ptr -> f32
                %v749 = arith.negf %v748 : f32
                %v750 = arith.mulf %v749, %v320 fastmath<contract> : f32
                %v751 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v750) : (f32) -> f32
                %v752 = arith.addf %v76, %v751 fastmath<contract> : f32
                %v753 = arith.divf %v76, %v752 : f32
                llvm.store %v753, %v63 : f32, !llvm.ptr
                llvm.store %v753, %v64 : f32, !llvm.ptr
                llvm.store %v753, %v65 : f32, !llvm.ptr
                llvm.store %v753, %v66 : f32, !llvm.ptr
              }
              %v754 = arith.addi %v385, %v530 : i64
              %v755 = arith.cmpi slt, %v679, %v638 : i32
              %v756 = arith.cmpi eq, %v679, %v644 : i32
              scf.if %v755 {
                %v757 = arith.addi %v99, %v754 : i64
                %v758 = arith.muli %v39, %v129 : i64
                %v759 = arith.subi %v757, %v99 : i64
                %v760 = arith.addi %v758, %v759 : i64
                %v761 = llvm.getelementptr %v68[%v760] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v762 = llvm.load %v761 : !llvm.ptr -> f32
                %v763 = arith.muli %v53, %v340 : i64
                %v764 = arith.muli %v757, %v339 : i64
                %v765 = arith.addi %v763, %v764 : i64
                %v766 = arith.muli %v51, %v338 : i64
                %v767 = arith.addi %v765, %v766 : i64
                %v768 = arith.muli %v49, %v2 : i64
                %v769 = arith.addi %v767, %v768 : i64
                %v770 = llvm.getelementptr %dy_o[%v769] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v771 = llvm.load %v770 : !llvm.ptr -> f32
                %v772 = arith.mulf %v762, %v581 fastmath<contract> : f32
                %v773 = arith.constant 8 : i64
                %v774 = arith.addi %v773, %v39 : i64
                %v775 = arith.muli %v774, %v129 : i64
                %v776 = arith.subi %v757, %v99 : i64
                %v777 = arith.addi %v775, %v776 : i64
                %v778 = llvm.getelementptr %v68[%v777] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v779 = llvm.load %v778 : !llvm.ptr -> f32
                %v780 = arith.mulf %v779, %v583 fastmath<contract> : f32
                %v781 = arith.addf %v772, %v780 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v782, %v783 = gpu.shuffle xor %v781, %v674, %v675 : f32
                %v784 = arith.addf %v781, %v782 fastmath<contract> : f32
                %v785, %v786 = gpu.shuffle xor %v784, %v679, %v675 : f32
                %v787 = arith.addf %v784, %v785 fastmath<contract> : f32
                %v788, %v789 = gpu.shuffle xor %v787, %v683, %v675 : f32
                %v790 = arith.addf %v787, %v788 fastmath<contract> : f32
                // end sum over the lanes
                %v791 = llvm.call_intrinsic "llvm.fabs.f32"(%v790) : (f32) -> f32
                %v792 = arith.maximumf %v76, %v791 : f32
                %v793 = arith.divf %v771, %v792 : f32
                %v794 = arith.mulf %v762, %v793 fastmath<contract> : f32
                %v795 = llvm.load %v59 : !llvm.ptr -> f32
                %v796 = llvm.load %v63 : !llvm.ptr -> f32
                %v797 = arith.mulf %v796, %v795 fastmath<contract> : f32
                %v798 = arith.addf %v794, %v797 fastmath<contract> : f32
                llvm.store %v798, %v59 : f32, !llvm.ptr
                %v799 = llvm.load %v77 : !llvm.ptr -> f32
                %v800 = arith.mulf %v799, %v796 fastmath<contract> : f32
                llvm.store %v800, %v77 : f32, !llvm.ptr
                %v801 = arith.mulf %v779, %v793 fastmath<contract> : f32
                %v802 = llvm.load %v60 : !llvm.ptr -> f32
                %v803 = llvm.load %v64 : !llvm.ptr -> f32
                %v804 = arith.mulf %v803, %v802 fastmath<contract> : f32
                %v805 = arith.addf %v801, %v804 fastmath<contract> : f32
                llvm.store %v805, %v60 : f32, !llvm.ptr
                %v806 = llvm.load %v78 : !llvm.ptr -> f32
                %v807 = arith.mulf %v806, %v803 fastmath<contract> : f32
                llvm.store %v807, %v78 : f32, !llvm.ptr
                %v808 = arith.mulf %v762, %v568 fastmath<contract> : f32
                %v809 = arith.mulf %v779, %v579 fastmath<contract> : f32
                %v810 = arith.addf %v808, %v809 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v811, %v812 = gpu.shuffle xor %v810, %v674, %v675 : f32
                %v813 = arith.addf %v810, %v811 fastmath<contract> : f32
                %v814, %v815 = gpu.shuffle xor %v813, %v679, %v675 : f32
                %v816 = arith.addf %v813, %v814 fastmath<contract> : f32
                %v817, %v818 = gpu.shuffle xor %v816, %v683, %v675 : f32
                %v819 = arith.addf %v816, %v817 fastmath<contract> : f32
                // end sum over the lanes
                %v820 = arith.divf %v819, %v792 : f32
                %v821 = arith.divf %v820, %v792 : f32
                %v822 = arith.mulf %v771, %v821 fastmath<contract> : f32
                %v823 = arith.negf %v822 : f32
                %v824 = arith.cmpf oge, %v76, %v791 : f32
                %v825 = arith.select %v824, %v76, %v75 : f32
                %v826 = arith.subf %v76, %v825 fastmath<contract> : f32
                %v827 = arith.mulf %v823, %v826 fastmath<contract> : f32
                %v828 = arith.cmpf olt, %v790, %v75 : f32
                %v829 = arith.select %v828, %v724, %v75 : f32
                %v830 = arith.cmpf ogt, %v790, %v75 : f32
                %v831 = arith.select %v830, %v76, %v829 : f32
                %v832 = arith.mulf %v827, %v831 fastmath<contract> : f32
                %v833 = arith.mulf %v762, %v832 fastmath<contract> : f32
                %v834 = llvm.load %v61 : !llvm.ptr -> f32
                %v835 = llvm.load %v65 : !llvm.ptr -> f32
                %v836 = arith.mulf %v835, %v834 fastmath<contract> : f32
                %v837 = arith.addf %v833, %v836 fastmath<contract> : f32
                llvm.store %v837, %v61 : f32, !llvm.ptr
                %v838 = llvm.load %v79 : !llvm.ptr -> f32
                %v839 = arith.mulf %v838, %v835 fastmath<contract> : f32
                llvm.store %v839, %v79 : f32, !llvm.ptr
                %v840 = arith.mulf %v779, %v832 fastmath<contract> : f32
                %v841 = llvm.load %v62 : !llvm.ptr -> f32
                %v842 = llvm.load %v66 : !llvm.ptr -> f32
                %v843 = arith.mulf %v842, %v841 fastmath<contract> : f32
                %v844 = arith.addf %v840, %v843 fastmath<contract> : f32
                llvm.store %v844, %v62 : f32, !llvm.ptr
                %v845 = llvm.load %v80 : !llvm.ptr -> f32
                %v846 = arith.mulf %v845, %v842 fastmath<contract> : f32
                llvm.store %v846, %v80 : f32, !llvm.ptr
                scf.if %v756 {
                }
                %v847 = arith.muli %v81, %v129 : i64
                %v848 = arith.subi %v757, %v99 : i64
                %v849 = arith.addi %v847, %v848 : i64
                %v850 = llvm.getelementptr %v74[%v849] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v851 = llvm.load %v850 : !llvm.ptr -> f32
                %v852 = arith.negf %v851 : f32
                %v853 = arith.mulf %v852, %v320 fastmath<contract> : f32
                %v854 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v853) : (f32) -> f32
                %v855 = arith.addf %v76, %v854 fastmath<contract> : f32
                %v856 = arith.divf %v76, %v855 : f32
                llvm.store %v856, %v63 : f32, !llvm.ptr
                llvm.store %v856, %v64 : f32, !llvm.ptr
                llvm.store %v856, %v65 : f32, !llvm.ptr
                llvm.store %v856, %v66 : f32, !llvm.ptr
              }
              %v857 = arith.addi %v385, %v2 : i64
              %v858 = arith.cmpi slt, %v674, %v638 : i32
              %v859 = arith.cmpi eq, %v674, %v644 : i32
              scf.if %v858 {
                %v860 = arith.addi %v99, %v857 : i64
                %v861 = arith.muli %v39, %v129 : i64
                %v862 = arith.subi %v860, %v99 : i64
                %v863 = arith.addi %v861, %v862 : i64
                %v864 = llvm.getelementptr %v68[%v863] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v865 = llvm.load %v864 : !llvm.ptr -> f32
                %v866 = arith.muli %v53, %v340 : i64
                %v867 = arith.muli %v860, %v339 : i64
                %v868 = arith.addi %v866, %v867 : i64
                %v869 = arith.muli %v51, %v338 : i64
                %v870 = arith.addi %v868, %v869 : i64
                %v871 = arith.muli %v49, %v2 : i64
                %v872 = arith.addi %v870, %v871 : i64
                %v873 = llvm.getelementptr %dy_o[%v872] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v874 = llvm.load %v873 : !llvm.ptr -> f32
                %v875 = arith.mulf %v865, %v527 fastmath<contract> : f32
                %v876 = arith.constant 8 : i64
                %v877 = arith.addi %v876, %v39 : i64
                %v878 = arith.muli %v877, %v129 : i64
                %v879 = arith.subi %v860, %v99 : i64
                %v880 = arith.addi %v878, %v879 : i64
                %v881 = llvm.getelementptr %v68[%v880] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v882 = llvm.load %v881 : !llvm.ptr -> f32
                %v883 = arith.mulf %v882, %v529 fastmath<contract> : f32
                %v884 = arith.addf %v875, %v883 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v885, %v886 = gpu.shuffle xor %v884, %v674, %v675 : f32
                %v887 = arith.addf %v884, %v885 fastmath<contract> : f32
                %v888, %v889 = gpu.shuffle xor %v887, %v679, %v675 : f32
                %v890 = arith.addf %v887, %v888 fastmath<contract> : f32
                %v891, %v892 = gpu.shuffle xor %v890, %v683, %v675 : f32
                %v893 = arith.addf %v890, %v891 fastmath<contract> : f32
                // end sum over the lanes
                %v894 = llvm.call_intrinsic "llvm.fabs.f32"(%v893) : (f32) -> f32
                %v895 = arith.maximumf %v76, %v894 : f32
                %v896 = arith.divf %v874, %v895 : f32
                %v897 = arith.mulf %v865, %v896 fastmath<contract> : f32
                %v898 = llvm.load %v59 : !llvm.ptr -> f32
                %v899 = llvm.load %v63 : !llvm.ptr -> f32
                %v900 = arith.mulf %v899, %v898 fastmath<contract> : f32
                %v901 = arith.addf %v897, %v900 fastmath<contract> : f32
                llvm.store %v901, %v59 : f32, !llvm.ptr
                %v902 = llvm.load %v77 : !llvm.ptr -> f32
                %v903 = arith.mulf %v902, %v899 fastmath<contract> : f32
                llvm.store %v903, %v77 : f32, !llvm.ptr
                %v904 = arith.mulf %v882, %v896 fastmath<contract> : f32
                %v905 = llvm.load %v60 : !llvm.ptr -> f32
                %v906 = llvm.load %v64 : !llvm.ptr -> f32
                %v907 = arith.mulf %v906, %v905 fastmath<contract> : f32
                %v908 = arith.addf %v904, %v907 fastmath<contract> : f32
                llvm.store %v908, %v60 : f32, !llvm.ptr
                %v909 = llvm.load %v78 : !llvm.ptr -> f32
                %v910 = arith.mulf %v909, %v906 fastmath<contract> : f32
                llvm.store %v910, %v78 : f32, !llvm.ptr
                %v911 = arith.mulf %v865, %v514 fastmath<contract> : f32
                %v912 = arith.mulf %v882, %v525 fastmath<contract> : f32
                %v913 = arith.addf %v911, %v912 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v914, %v915 = gpu.shuffle xor %v913, %v674, %v675 : f32
                %v916 = arith.addf %v913, %v914 fastmath<contract> : f32
                %v917, %v918 = gpu.shuffle xor %v916, %v679, %v675 : f32
                %v919 = arith.addf %v916, %v917 fastmath<contract> : f32
                %v920, %v921 = gpu.shuffle xor %v919, %v683, %v675 : f32
                %v922 = arith.addf %v919, %v920 fastmath<contract> : f32
                // end sum over the lanes
                %v923 = arith.divf %v922, %v895 : f32
                %v924 = arith.divf %v923, %v895 : f32
                %v925 = arith.mulf %v874, %v924 fastmath<contract> : f32
                %v926 = arith.negf %v925 : f32
                %v927 = arith.cmpf oge, %v76, %v894 : f32
                %v928 = arith.select %v927, %v76, %v75 : f32
                %v929 = arith.subf %v76, %v928 fastmath<contract> : f32
                %v930 = arith.mulf %v926, %v929 fastmath<contract> : f32
                %v931 = arith.cmpf olt, %v893, %v75 : f32
                %v932 = arith.select %v931, %v724, %v75 : f32
                %v933 = arith.cmpf ogt, %v893, %v75 : f32
                %v934 = arith.select %v933, %v76, %v932 : f32
                %v935 = arith.mulf %v930, %v934 fastmath<contract> : f32
                %v936 = arith.mulf %v865, %v935 fastmath<contract> : f32
                %v937 = llvm.load %v61 : !llvm.ptr -> f32
                %v938 = llvm.load %v65 : !llvm.ptr -> f32
                %v939 = arith.mulf %v938, %v937 fastmath<contract> : f32
                %v940 = arith.addf %v936, %v939 fastmath<contract> : f32
                llvm.store %v940, %v61 : f32, !llvm.ptr
                %v941 = llvm.load %v79 : !llvm.ptr -> f32
                %v942 = arith.mulf %v941, %v938 fastmath<contract> : f32
                llvm.store %v942, %v79 : f32, !llvm.ptr
                %v943 = arith.mulf %v882, %v935 fastmath<contract> : f32
                %v944 = llvm.load %v62 : !llvm.ptr -> f32
                %v945 = llvm.load %v66 : !llvm.ptr -> f32
                %v946 = arith.mulf %v945, %v944 fastmath<contract> : f32
                %v947 = arith.addf %v943, %v946 fastmath<contract> : f32
                llvm.store %v947, %v62 : f32, !llvm.ptr
                %v948 = llvm.load %v80 : !llvm.ptr -> f32
                %v949 = arith.mulf %v948, %v945 fastmath<contract> : f32
                llvm.store %v949, %v80 : f32, !llvm.ptr
                scf.if %v859 {
                }
                %v950 = arith.muli %v81, %v129 : i64
                %v951 = arith.subi %v860, %v99 : i64
                %v952 = arith.addi %v950, %v951 : i64
                %v953 = llvm.getelementptr %v74[%v952] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v954 = llvm.load %v953 : !llvm.ptr -> f32
                %v955 = arith.negf %v954 : f32
                %v956 = arith.mulf %v955, %v320 fastmath<contract> : f32
                %v957 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v956) : (f32) -> f32
                %v958 = arith.addf %v76, %v957 fastmath<contract> : f32
                %v959 = arith.divf %v76, %v958 : f32
                llvm.store %v959, %v63 : f32, !llvm.ptr
                llvm.store %v959, %v64 : f32, !llvm.ptr
                llvm.store %v959, %v65 : f32, !llvm.ptr
                llvm.store %v959, %v66 : f32, !llvm.ptr
              }
              %v960 = arith.addi %v385, %v81 : i64
              %v962 = arith.cmpi slt, %v961, %v638 : i32
              %v963 = arith.cmpi eq, %v961, %v644 : i32
              scf.if %v962 {
                %v964 = arith.addi %v99, %v960 : i64
                %v965 = arith.muli %v39, %v129 : i64
                %v966 = arith.subi %v964, %v99 : i64
                %v967 = arith.addi %v965, %v966 : i64
                %v968 = llvm.getelementptr %v68[%v967] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v969 = llvm.load %v968 : !llvm.ptr -> f32
                %v970 = arith.muli %v53, %v340 : i64
                %v971 = arith.muli %v964, %v339 : i64
                %v972 = arith.addi %v970, %v971 : i64
                %v973 = arith.muli %v51, %v338 : i64
                %v974 = arith.addi %v972, %v973 : i64
                %v975 = arith.muli %v49, %v2 : i64
                %v976 = arith.addi %v974, %v975 : i64
                %v977 = llvm.getelementptr %dy_o[%v976] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v978 = llvm.load %v977 : !llvm.ptr -> f32
                %v979 = arith.mulf %v969, %v474 fastmath<contract> : f32
                %v980 = arith.constant 8 : i64
                %v981 = arith.addi %v980, %v39 : i64
                %v982 = arith.muli %v981, %v129 : i64
                %v983 = arith.subi %v964, %v99 : i64
                %v984 = arith.addi %v982, %v983 : i64
                %v985 = llvm.getelementptr %v68[%v984] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v986 = llvm.load %v985 : !llvm.ptr -> f32
                %v987 = arith.mulf %v986, %v476 fastmath<contract> : f32
                %v988 = arith.addf %v979, %v987 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v989, %v990 = gpu.shuffle xor %v988, %v674, %v675 : f32
                %v991 = arith.addf %v988, %v989 fastmath<contract> : f32
                %v992, %v993 = gpu.shuffle xor %v991, %v679, %v675 : f32
                %v994 = arith.addf %v991, %v992 fastmath<contract> : f32
                %v995, %v996 = gpu.shuffle xor %v994, %v683, %v675 : f32
                %v997 = arith.addf %v994, %v995 fastmath<contract> : f32
                // end sum over the lanes
                %v998 = llvm.call_intrinsic "llvm.fabs.f32"(%v997) : (f32) -> f32
                %v999 = arith.maximumf %v76, %v998 : f32
                %v1000 = arith.divf %v978, %v999 : f32
                %v1001 = arith.mulf %v969, %v1000 fastmath<contract> : f32
                %v1002 = llvm.load %v59 : !llvm.ptr -> f32
                %v1003 = llvm.load %v63 : !llvm.ptr -> f32
                %v1004 = arith.mulf %v1003, %v1002 fastmath<contract> : f32
                %v1005 = arith.addf %v1001, %v1004 fastmath<contract> : f32
                llvm.store %v1005, %v59 : f32, !llvm.ptr
                %v1006 = llvm.load %v77 : !llvm.ptr -> f32
                %v1007 = arith.mulf %v1006, %v1003 fastmath<contract> : f32
                llvm.store %v1007, %v77 : f32, !llvm.ptr
                %v1008 = arith.mulf %v986, %v1000 fastmath<contract> : f32
                %v1009 = llvm.load %v60 : !llvm.ptr -> f32
                %v1010 = llvm.load %v64 : !llvm.ptr -> f32
                %v1011 = arith.mulf %v1010, %v1009 fastmath<contract> : f32
                %v1012 = arith.addf %v1008, %v1011 fastmath<contract> : f32
                llvm.store %v1012, %v60 : f32, !llvm.ptr
                %v1013 = llvm.load %v78 : !llvm.ptr -> f32
                %v1014 = arith.mulf %v1013, %v1010 fastmath<contract> : f32
                llvm.store %v1014, %v78 : f32, !llvm.ptr
                %v1015 = arith.mulf %v969, %v461 fastmath<contract> : f32
                %v1016 = arith.mulf %v986, %v472 fastmath<contract> : f32
                %v1017 = arith.addf %v1015, %v1016 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1018, %v1019 = gpu.shuffle xor %v1017, %v674, %v675 : f32
                %v1020 = arith.addf %v1017, %v1018 fastmath<contract> : f32
                %v1021, %v1022 = gpu.shuffle xor %v1020, %v679, %v675 : f32
                %v1023 = arith.addf %v1020, %v1021 fastmath<contract> : f32
                %v1024, %v1025 = gpu.shuffle xor %v1023, %v683, %v675 : f32
                %v1026 = arith.addf %v1023, %v1024 fastmath<contract> : f32
                // end sum over the lanes
                %v1027 = arith.divf %v1026, %v999 : f32
                %v1028 = arith.divf %v1027, %v999 : f32
                %v1029 = arith.mulf %v978, %v1028 fastmath<contract> : f32
                %v1030 = arith.negf %v1029 : f32
                %v1031 = arith.cmpf oge, %v76, %v998 : f32
                %v1032 = arith.select %v1031, %v76, %v75 : f32
                %v1033 = arith.subf %v76, %v1032 fastmath<contract> : f32
                %v1034 = arith.mulf %v1030, %v1033 fastmath<contract> : f32
                %v1035 = arith.cmpf olt, %v997, %v75 : f32
                %v1036 = arith.select %v1035, %v724, %v75 : f32
                %v1037 = arith.cmpf ogt, %v997, %v75 : f32
                %v1038 = arith.select %v1037, %v76, %v1036 : f32
                %v1039 = arith.mulf %v1034, %v1038 fastmath<contract> : f32
                %v1040 = arith.mulf %v969, %v1039 fastmath<contract> : f32
                %v1041 = llvm.load %v61 : !llvm.ptr -> f32
                %v1042 = llvm.load %v65 : !llvm.ptr -> f32
                %v1043 = arith.mulf %v1042, %v1041 fastmath<contract> : f32
                %v1044 = arith.addf %v1040, %v1043 fastmath<contract> : f32
                llvm.store %v1044, %v61 : f32, !llvm.ptr
                %v1045 = llvm.load %v79 : !llvm.ptr -> f32
                %v1046 = arith.mulf %v1045, %v1042 fastmath<contract> : f32
                llvm.store %v1046, %v79 : f32, !llvm.ptr
                %v1047 = arith.mulf %v986, %v1039 fastmath<contract> : f32
                %v1048 = llvm.load %v62 : !llvm.ptr -> f32
                %v1049 = llvm.load %v66 : !llvm.ptr -> f32
                %v1050 = arith.mulf %v1049, %v1048 fastmath<contract> : f32
                %v1051 = arith.addf %v1047, %v1050 fastmath<contract> : f32
                llvm.store %v1051, %v62 : f32, !llvm.ptr
                %v1052 = llvm.load %v80 : !llvm.ptr -> f32
                %v1053 = arith.mulf %v1052, %v1049 fastmath<contract> : f32
                llvm.store %v1053, %v80 : f32, !llvm.ptr
                scf.if %v963 {
                }
                %v1054 = arith.muli %v81, %v129 : i64
                %v1055 = arith.subi %v964, %v99 : i64
                %v1056 = arith.addi %v1054, %v1055 : i64
                %v1057 = llvm.getelementptr %v74[%v1056] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1058 = llvm.load %v1057 : !llvm.ptr -> f32
                %v1059 = arith.negf %v1058 : f32
                %v1060 = arith.mulf %v1059, %v320 fastmath<contract> : f32
                %v1061 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1060) : (f32) -> f32
                %v1062 = arith.addf %v76, %v1061 fastmath<contract> : f32
                %v1063 = arith.divf %v76, %v1062 : f32
                llvm.store %v1063, %v63 : f32, !llvm.ptr
                llvm.store %v1063, %v64 : f32, !llvm.ptr
                llvm.store %v1063, %v65 : f32, !llvm.ptr
                llvm.store %v1063, %v66 : f32, !llvm.ptr
              }
            }
          }
        }
      }
      scf.if %v43 {
        %v1064 = llvm.load %v59 : !llvm.ptr -> f32
        %v1065 = arith.addi %v81, %v39 : i64
        %v1066 = arith.muli %v81, %v9 : i64
        %v1067 = arith.addi %v1066, %v34 : i64
        %v1068 = arith.muli %v1067, %v1 : i64
        %v1069 = arith.addi %v1068, %v1065 : i64
        %v1070 = arith.muli %v1069, %v5 : i64
        %v1071 = arith.subi %v5, %v2 : i64
        %v1072 = arith.minsi %v45, %v1071 : i64
        %v1073 = arith.addi %v1070, %v1072 : i64
        %v1074 = llvm.getelementptr %segsum_C[%v1073] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1064, %v1074 : f32, !llvm.ptr
        %v1075 = llvm.load %v77 : !llvm.ptr -> f32
        %v1076 = arith.addi %v81, %v39 : i64
        %v1077 = arith.muli %v2, %v9 : i64
        %v1078 = arith.addi %v1077, %v34 : i64
        %v1079 = arith.muli %v1078, %v1 : i64
        %v1080 = arith.addi %v1079, %v1076 : i64
        %v1081 = arith.muli %v1080, %v5 : i64
        %v1082 = arith.subi %v5, %v2 : i64
        %v1083 = arith.minsi %v45, %v1082 : i64
        %v1084 = arith.addi %v1081, %v1083 : i64
        %v1085 = llvm.getelementptr %segsum_C[%v1084] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1075, %v1085 : f32, !llvm.ptr
        %v1086 = llvm.load %v63 : !llvm.ptr -> f32
        %v1087 = arith.addi %v81, %v39 : i64
        %v1088 = arith.muli %v530, %v9 : i64
        %v1089 = arith.addi %v1088, %v34 : i64
        %v1090 = arith.muli %v1089, %v1 : i64
        %v1091 = arith.addi %v1090, %v1087 : i64
        %v1092 = arith.muli %v1091, %v5 : i64
        %v1093 = arith.subi %v5, %v2 : i64
        %v1094 = arith.minsi %v45, %v1093 : i64
        %v1095 = arith.addi %v1092, %v1094 : i64
        %v1096 = llvm.getelementptr %segsum_C[%v1095] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1086, %v1096 : f32, !llvm.ptr
        %v1097 = llvm.load %v60 : !llvm.ptr -> f32
        %v1098 = arith.addi %v38, %v39 : i64
        %v1099 = arith.muli %v81, %v9 : i64
        %v1100 = arith.addi %v1099, %v34 : i64
        %v1101 = arith.muli %v1100, %v1 : i64
        %v1102 = arith.addi %v1101, %v1098 : i64
        %v1103 = arith.muli %v1102, %v5 : i64
        %v1104 = arith.subi %v5, %v2 : i64
        %v1105 = arith.minsi %v45, %v1104 : i64
        %v1106 = arith.addi %v1103, %v1105 : i64
        %v1107 = llvm.getelementptr %segsum_C[%v1106] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1097, %v1107 : f32, !llvm.ptr
        %v1108 = llvm.load %v78 : !llvm.ptr -> f32
        %v1109 = arith.addi %v38, %v39 : i64
        %v1110 = arith.muli %v2, %v9 : i64
        %v1111 = arith.addi %v1110, %v34 : i64
        %v1112 = arith.muli %v1111, %v1 : i64
        %v1113 = arith.addi %v1112, %v1109 : i64
        %v1114 = arith.muli %v1113, %v5 : i64
        %v1115 = arith.subi %v5, %v2 : i64
        %v1116 = arith.minsi %v45, %v1115 : i64
        %v1117 = arith.addi %v1114, %v1116 : i64
        %v1118 = llvm.getelementptr %segsum_C[%v1117] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1108, %v1118 : f32, !llvm.ptr
        %v1119 = llvm.load %v64 : !llvm.ptr -> f32
        %v1120 = arith.addi %v38, %v39 : i64
        %v1121 = arith.muli %v530, %v9 : i64
        %v1122 = arith.addi %v1121, %v34 : i64
        %v1123 = arith.muli %v1122, %v1 : i64
        %v1124 = arith.addi %v1123, %v1120 : i64
        %v1125 = arith.muli %v1124, %v5 : i64
        %v1126 = arith.subi %v5, %v2 : i64
        %v1127 = arith.minsi %v45, %v1126 : i64
        %v1128 = arith.addi %v1125, %v1127 : i64
        %v1129 = llvm.getelementptr %segsum_C[%v1128] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1119, %v1129 : f32, !llvm.ptr
        %v1130 = llvm.load %v61 : !llvm.ptr -> f32
        %v1131 = arith.addi %v81, %v39 : i64
        %v1132 = arith.muli %v81, %v9 : i64
        %v1133 = arith.addi %v1132, %v34 : i64
        %v1134 = arith.muli %v1133, %v1 : i64
        %v1135 = arith.addi %v1134, %v1131 : i64
        %v1136 = arith.muli %v1135, %v5 : i64
        %v1137 = arith.subi %v5, %v2 : i64
        %v1138 = arith.minsi %v45, %v1137 : i64
        %v1139 = arith.addi %v1136, %v1138 : i64
        %v1140 = llvm.getelementptr %segsum_n[%v1139] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1130, %v1140 : f32, !llvm.ptr
        %v1141 = llvm.load %v79 : !llvm.ptr -> f32
        %v1142 = arith.addi %v81, %v39 : i64
        %v1143 = arith.muli %v2, %v9 : i64
        %v1144 = arith.addi %v1143, %v34 : i64
        %v1145 = arith.muli %v1144, %v1 : i64
        %v1146 = arith.addi %v1145, %v1142 : i64
        %v1147 = arith.muli %v1146, %v5 : i64
        %v1148 = arith.subi %v5, %v2 : i64
        %v1149 = arith.minsi %v45, %v1148 : i64
        %v1150 = arith.addi %v1147, %v1149 : i64
        %v1151 = llvm.getelementptr %segsum_n[%v1150] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1141, %v1151 : f32, !llvm.ptr
        %v1152 = llvm.load %v65 : !llvm.ptr -> f32
        %v1153 = arith.addi %v81, %v39 : i64
        %v1154 = arith.muli %v530, %v9 : i64
        %v1155 = arith.addi %v1154, %v34 : i64
        %v1156 = arith.muli %v1155, %v1 : i64
        %v1157 = arith.addi %v1156, %v1153 : i64
        %v1158 = arith.muli %v1157, %v5 : i64
        %v1159 = arith.subi %v5, %v2 : i64
        %v1160 = arith.minsi %v45, %v1159 : i64
        %v1161 = arith.addi %v1158, %v1160 : i64
        %v1162 = llvm.getelementptr %segsum_n[%v1161] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1152, %v1162 : f32, !llvm.ptr
        %v1163 = llvm.load %v62 : !llvm.ptr -> f32
        %v1164 = arith.addi %v38, %v39 : i64
        %v1165 = arith.muli %v81, %v9 : i64
        %v1166 = arith.addi %v1165, %v34 : i64
        %v1167 = arith.muli %v1166, %v1 : i64
        %v1168 = arith.addi %v1167, %v1164 : i64
        %v1169 = arith.muli %v1168, %v5 : i64
        %v1170 = arith.subi %v5, %v2 : i64
        %v1171 = arith.minsi %v45, %v1170 : i64
        %v1172 = arith.addi %v1169, %v1171 : i64
        %v1173 = llvm.getelementptr %segsum_n[%v1172] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1163, %v1173 : f32, !llvm.ptr
        %v1174 = llvm.load %v80 : !llvm.ptr -> f32
        %v1175 = arith.addi %v38, %v39 : i64
        %v1176 = arith.muli %v2, %v9 : i64
        %v1177 = arith.addi %v1176, %v34 : i64
        %v1178 = arith.muli %v1177, %v1 : i64
        %v1179 = arith.addi %v1178, %v1175 : i64
        %v1180 = arith.muli %v1179, %v5 : i64
        %v1181 = arith.subi %v5, %v2 : i64
        %v1182 = arith.minsi %v45, %v1181 : i64
        %v1183 = arith.addi %v1180, %v1182 : i64
        %v1184 = llvm.getelementptr %segsum_n[%v1183] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1174, %v1184 : f32, !llvm.ptr
        %v1185 = llvm.load %v66 : !llvm.ptr -> f32
        %v1186 = arith.addi %v38, %v39 : i64
        %v1187 = arith.muli %v530, %v9 : i64
        %v1188 = arith.addi %v1187, %v34 : i64
        %v1189 = arith.muli %v1188, %v1 : i64
        %v1190 = arith.addi %v1189, %v1186 : i64
        %v1191 = arith.muli %v1190, %v5 : i64
        %v1192 = arith.subi %v5, %v2 : i64
        %v1193 = arith.minsi %v45, %v1192 : i64
        %v1194 = arith.addi %v1191, %v1193 : i64
        %v1195 = llvm.getelementptr %segsum_n[%v1194] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1185, %v1195 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
