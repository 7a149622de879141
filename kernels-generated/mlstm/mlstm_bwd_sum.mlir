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
      %v27 = arith.constant 31 : i64
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
      %v544 = arith.constant 2 : i64
      %v664 = arith.constant 2147483647 : i64
      %v668 = arith.constant 3 : i32
      %v696 = arith.constant 1 : i32
      %v697 = arith.constant 32 : i32
      %v701 = arith.constant 2 : i32
      %v705 = arith.constant 4 : i32
      %v746 = arith.constant 0xBF800000 : f32
      %v983 = arith.constant 0 : i32
      %v22 = gpu.block_id x
      %v23 = gpu.thread_id x
      %v24 = arith.index_cast %v23 : index to i64
      %v25 = arith.index_cast %v22 : index to i64
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
      %v455 = arith.sitofp %v1 : i64 to f32
      %v512 = arith.sitofp %v1 : i64 to f32
      %v570 = arith.sitofp %v1 : i64 to f32
      %v627 = arith.sitofp %v1 : i64 to f32
      %v1148 = arith.sitofp %v1 : i64 to f32
      %v1205 = arith.sitofp %v1 : i64 to f32
      %v1262 = arith.sitofp %v1 : i64 to f32
      %v1319 = arith.sitofp %v1 : i64 to f32
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
              %v391 = arith.addi %v389, %v55 : i64
              %v392 = arith.cmpi sle, %v391, %v101 : i64
              scf.if %v392 {
                %v393 = arith.subi %v101, %v2 : i64
                %v394 = arith.muli %v390, %v5 : i64
                %v395 = arith.subi %v5, %v2 : i64
                %v396 = arith.minsi %v45, %v395 : i64
                %v397 = arith.addi %v394, %v396 : i64
                %v398 = arith.muli %v397, %v1 : i64
                %v399 = arith.addi %v398, %v81 : i64
                %v400 = arith.addi %v399, %v39 : i64
                %v401 = llvm.getelementptr %scratch_C[%v400] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v402 = llvm.load %v401 : !llvm.ptr -> f32
                %v403 = arith.muli %v390, %v5 : i64
                %v404 = arith.subi %v5, %v2 : i64
                %v405 = arith.minsi %v45, %v404 : i64
                %v406 = arith.addi %v403, %v405 : i64
                %v407 = arith.muli %v406, %v1 : i64
                %v408 = arith.addi %v407, %v38 : i64
                %v409 = arith.addi %v408, %v39 : i64
                %v410 = llvm.getelementptr %scratch_C[%v409] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v411 = llvm.load %v410 : !llvm.ptr -> f32
                %v412 = arith.muli %v390, %v5 : i64
                %v413 = arith.subi %v5, %v2 : i64
                %v414 = arith.minsi %v45, %v413 : i64
                %v415 = arith.addi %v412, %v414 : i64
                %v416 = arith.muli %v415, %v1 : i64
                %v417 = arith.addi %v416, %v81 : i64
                %v418 = arith.addi %v417, %v39 : i64
                %v419 = llvm.getelementptr %scratch_n[%v418] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v420 = llvm.load %v419 : !llvm.ptr -> f32
                %v421 = arith.muli %v390, %v5 : i64
                %v422 = arith.subi %v5, %v2 : i64
                %v423 = arith.minsi %v45, %v422 : i64
                %v424 = arith.addi %v421, %v423 : i64
                %v425 = arith.muli %v424, %v1 : i64
                %v426 = arith.addi %v425, %v38 : i64
                %v427 = arith.addi %v426, %v39 : i64
                %v428 = llvm.getelementptr %scratch_n[%v427] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v429 = llvm.load %v428 : !llvm.ptr -> f32
                // the group's states, recomputed into registers
                %v430 = arith.addi %v389, %v81 : i64
                %v431 = arith.minsi %v430, %v393 : i64
                %v432 = arith.addi %v99, %v431 : i64
                %v433 = arith.muli %v81, %v129 : i64
                %v434 = arith.subi %v432, %v99 : i64
                %v435 = arith.addi %v433, %v434 : i64
                %v436 = llvm.getelementptr %v74[%v435] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v437 = llvm.load %v436 : !llvm.ptr -> f32
                %v438 = arith.negf %v437 : f32
                %v439 = arith.mulf %v438, %v320 fastmath<contract> : f32
                %v440 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v439) : (f32) -> f32
                %v441 = arith.addf %v76, %v440 fastmath<contract> : f32
                %v442 = arith.divf %v76, %v441 : f32
                %v443 = arith.muli %v81, %v129 : i64
                %v444 = arith.subi %v432, %v99 : i64
                %v445 = arith.addi %v443, %v444 : i64
                %v446 = llvm.getelementptr %v72[%v445] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v447 = llvm.load %v446 : !llvm.ptr -> f32
                %v448 = arith.mulf %v447, %v320 fastmath<contract> : f32
                %v449 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v448) : (f32) -> f32
                %v450 = arith.muli %v39, %v129 : i64
                %v451 = arith.subi %v432, %v99 : i64
                %v452 = arith.addi %v450, %v451 : i64
                %v453 = llvm.getelementptr %v70[%v452] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v454 = llvm.load %v453 : !llvm.ptr -> f32
                %v456 = llvm.call_intrinsic "llvm.sqrt.f32"(%v455) : (f32) -> f32
                %v457 = arith.divf %v454, %v456 : f32
                %v458 = arith.mulf %v449, %v457 fastmath<contract> : f32
                %v459 = arith.muli %v53, %v343 : i64
                %v460 = arith.muli %v432, %v342 : i64
                %v461 = arith.addi %v459, %v460 : i64
                %v462 = arith.muli %v51, %v341 : i64
                %v463 = arith.addi %v461, %v462 : i64
                %v464 = arith.muli %v49, %v2 : i64
                %v465 = arith.addi %v463, %v464 : i64
                %v466 = llvm.getelementptr %in_v[%v465] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v467 = llvm.load %v466 : !llvm.ptr -> f32
                %v468 = arith.mulf %v458, %v467 fastmath<contract> : f32
                %v469 = arith.mulf %v442, %v402 fastmath<contract> : f32
                %v470 = arith.addf %v469, %v468 fastmath<contract> : f32
                %v471 = arith.constant 8 : i64
                %v472 = arith.addi %v471, %v39 : i64
                %v473 = arith.muli %v472, %v129 : i64
                %v474 = arith.subi %v432, %v99 : i64
                %v475 = arith.addi %v473, %v474 : i64
                %v476 = llvm.getelementptr %v70[%v475] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v477 = llvm.load %v476 : !llvm.ptr -> f32
                %v478 = arith.divf %v477, %v456 : f32
                %v479 = arith.mulf %v449, %v478 fastmath<contract> : f32
                %v480 = arith.mulf %v479, %v467 fastmath<contract> : f32
                %v481 = arith.mulf %v442, %v411 fastmath<contract> : f32
                %v482 = arith.addf %v481, %v480 fastmath<contract> : f32
                %v483 = arith.mulf %v442, %v420 fastmath<contract> : f32
                %v484 = arith.addf %v483, %v458 fastmath<contract> : f32
                %v485 = arith.mulf %v442, %v429 fastmath<contract> : f32
                %v486 = arith.addf %v485, %v479 fastmath<contract> : f32
                %v487 = arith.addi %v389, %v2 : i64
                %v488 = arith.minsi %v487, %v393 : i64
                %v489 = arith.addi %v99, %v488 : i64
                %v490 = arith.muli %v81, %v129 : i64
                %v491 = arith.subi %v489, %v99 : i64
                %v492 = arith.addi %v490, %v491 : i64
                %v493 = llvm.getelementptr %v74[%v492] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v494 = llvm.load %v493 : !llvm.ptr -> f32
                %v495 = arith.negf %v494 : f32
                %v496 = arith.mulf %v495, %v320 fastmath<contract> : f32
                %v497 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v496) : (f32) -> f32
                %v498 = arith.addf %v76, %v497 fastmath<contract> : f32
                %v499 = arith.divf %v76, %v498 : f32
                %v500 = arith.muli %v81, %v129 : i64
                %v501 = arith.subi %v489, %v99 : i64
                %v502 = arith.addi %v500, %v501 : i64
                %v503 = llvm.getelementptr %v72[%v502] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v504 = llvm.load %v503 : !llvm.ptr -> f32
                %v505 = arith.mulf %v504, %v320 fastmath<contract> : f32
                %v506 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v505) : (f32) -> f32
                %v507 = arith.muli %v39, %v129 : i64
                %v508 = arith.subi %v489, %v99 : i64
                %v509 = arith.addi %v507, %v508 : i64
                %v510 = llvm.getelementptr %v70[%v509] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v511 = llvm.load %v510 : !llvm.ptr -> f32
                %v513 = llvm.call_intrinsic "llvm.sqrt.f32"(%v512) : (f32) -> f32
                %v514 = arith.divf %v511, %v513 : f32
                %v515 = arith.mulf %v506, %v514 fastmath<contract> : f32
                %v516 = arith.muli %v53, %v343 : i64
                %v517 = arith.muli %v489, %v342 : i64
                %v518 = arith.addi %v516, %v517 : i64
                %v519 = arith.muli %v51, %v341 : i64
                %v520 = arith.addi %v518, %v519 : i64
                %v521 = arith.muli %v49, %v2 : i64
                %v522 = arith.addi %v520, %v521 : i64
                %v523 = llvm.getelementptr %in_v[%v522] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v524 = llvm.load %v523 : !llvm.ptr -> f32
                %v525 = arith.mulf %v515, %v524 fastmath<contract> : f32
                %v526 = arith.mulf %v499, %v470 fastmath<contract> : f32
                %v527 = arith.addf %v526, %v525 fastmath<contract> : f32
                %v528 = arith.constant 8 : i64
                %v529 = arith.addi %v528, %v39 : i64
                %v530 = arith.muli %v529, %v129 : i64
                %v531 = arith.subi %v489, %v99 : i64
                %v532 = arith.addi %v530, %v531 : i64
                %v533 = llvm.getelementptr %v70[%v532] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v534 = llvm.load %v533 : !llvm.ptr -> f32
                %v535 = arith.divf %v534, %v513 : f32
                %v536 = arith.mulf %v506, %v535 fastmath<contract> : f32
                %v537 = arith.mulf %v536, %v524 fastmath<contract> : f32
                %v538 = arith.mulf %v499, %v482 fastmath<contract> : f32
                %v539 = arith.addf %v538, %v537 fastmath<contract> : f32
                %v540 = arith.mulf %v499, %v484 fastmath<contract> : f32
                %v541 = arith.addf %v540, %v515 fastmath<contract> : f32
                %v542 = arith.mulf %v499, %v486 fastmath<contract> : f32
                %v543 = arith.addf %v542, %v536 fastmath<contract> : f32
                %v545 = arith.addi %v389, %v544 : i64
                %v546 = arith.minsi %v545, %v393 : i64
                %v547 = arith.addi %v99, %v546 : i64
                %v548 = arith.muli %v81, %v129 : i64
                %v549 = arith.subi %v547, %v99 : i64
                %v550 = arith.addi %v548, %v549 : i64
                %v551 = llvm.getelementptr %v74[%v550] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v552 = llvm.load %v551 : !llvm.ptr -> f32
                %v553 = arith.negf %v552 : f32
                %v554 = arith.mulf %v553, %v320 fastmath<contract> : f32
                %v555 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v554) : (f32) -> f32
                %v556 = arith.addf %v76, %v555 fastmath<contract> : f32
                %v557 = arith.divf %v76, %v556 : f32
                %v558 = arith.muli %v81, %v129 : i64
                %v559 = arith.subi %v547, %v99 : i64
                %v560 = arith.addi %v558, %v559 : i64
                %v561 = llvm.getelementptr %v72[%v560] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v562 = llvm.load %v561 : !llvm.ptr -> f32
                %v563 = arith.mulf %v562, %v320 fastmath<contract> : f32
                %v564 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v563) : (f32) -> f32
                %v565 = arith.muli %v39, %v129 : i64
                %v566 = arith.subi %v547, %v99 : i64
                %v567 = arith.addi %v565, %v566 : i64
                %v568 = llvm.getelementptr %v70[%v567] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v569 = llvm.load %v568 : !llvm.ptr -> f32
                %v571 = llvm.call_intrinsic "llvm.sqrt.f32"(%v570) : (f32) -> f32
                %v572 = arith.divf %v569, %v571 : f32
                %v573 = arith.mulf %v564, %v572 fastmath<contract> : f32
                %v574 = arith.muli %v53, %v343 : i64
                %v575 = arith.muli %v547, %v342 : i64
                %v576 = arith.addi %v574, %v575 : i64
                %v577 = arith.muli %v51, %v341 : i64
                %v578 = arith.addi %v576, %v577 : i64
                %v579 = arith.muli %v49, %v2 : i64
                %v580 = arith.addi %v578, %v579 : i64
                %v581 = llvm.getelementptr %in_v[%v580] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v582 = llvm.load %v581 : !llvm.ptr -> f32
                %v583 = arith.mulf %v573, %v582 fastmath<contract> : f32
                %v584 = arith.mulf %v557, %v527 fastmath<contract> : f32
                %v585 = arith.addf %v584, %v583 fastmath<contract> : f32
                %v586 = arith.constant 8 : i64
                %v587 = arith.addi %v586, %v39 : i64
                %v588 = arith.muli %v587, %v129 : i64
                %v589 = arith.subi %v547, %v99 : i64
                %v590 = arith.addi %v588, %v589 : i64
                %v591 = llvm.getelementptr %v70[%v590] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v592 = llvm.load %v591 : !llvm.ptr -> f32
                %v593 = arith.divf %v592, %v571 : f32
                %v594 = arith.mulf %v564, %v593 fastmath<contract> : f32
                %v595 = arith.mulf %v594, %v582 fastmath<contract> : f32
                %v596 = arith.mulf %v557, %v539 fastmath<contract> : f32
                %v597 = arith.addf %v596, %v595 fastmath<contract> : f32
                %v598 = arith.mulf %v557, %v541 fastmath<contract> : f32
                %v599 = arith.addf %v598, %v573 fastmath<contract> : f32
                %v600 = arith.mulf %v557, %v543 fastmath<contract> : f32
                %v601 = arith.addf %v600, %v594 fastmath<contract> : f32
                %v602 = arith.addi %v389, %v84 : i64
                %v603 = arith.minsi %v602, %v393 : i64
                %v604 = arith.addi %v99, %v603 : i64
                %v605 = arith.muli %v81, %v129 : i64
                %v606 = arith.subi %v604, %v99 : i64
                %v607 = arith.addi %v605, %v606 : i64
                %v608 = llvm.getelementptr %v74[%v607] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v609 = llvm.load %v608 : !llvm.ptr -> f32
                %v610 = arith.negf %v609 : f32
                %v611 = arith.mulf %v610, %v320 fastmath<contract> : f32
                %v612 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v611) : (f32) -> f32
                %v613 = arith.addf %v76, %v612 fastmath<contract> : f32
                %v614 = arith.divf %v76, %v613 : f32
                %v615 = arith.muli %v81, %v129 : i64
                %v616 = arith.subi %v604, %v99 : i64
                %v617 = arith.addi %v615, %v616 : i64
                %v618 = llvm.getelementptr %v72[%v617] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v619 = llvm.load %v618 : !llvm.ptr -> f32
                %v620 = arith.mulf %v619, %v320 fastmath<contract> : f32
                %v621 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v620) : (f32) -> f32
                %v622 = arith.muli %v39, %v129 : i64
                %v623 = arith.subi %v604, %v99 : i64
                %v624 = arith.addi %v622, %v623 : i64
                %v625 = llvm.getelementptr %v70[%v624] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v626 = llvm.load %v625 : !llvm.ptr -> f32
                %v628 = llvm.call_intrinsic "llvm.sqrt.f32"(%v627) : (f32) -> f32
                %v629 = arith.divf %v626, %v628 : f32
                %v630 = arith.mulf %v621, %v629 fastmath<contract> : f32
                %v631 = arith.muli %v53, %v343 : i64
                %v632 = arith.muli %v604, %v342 : i64
                %v633 = arith.addi %v631, %v632 : i64
                %v634 = arith.muli %v51, %v341 : i64
                %v635 = arith.addi %v633, %v634 : i64
                %v636 = arith.muli %v49, %v2 : i64
                %v637 = arith.addi %v635, %v636 : i64
                %v638 = llvm.getelementptr %in_v[%v637] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v639 = llvm.load %v638 : !llvm.ptr -> f32
                %v640 = arith.mulf %v630, %v639 fastmath<contract> : f32
                %v641 = arith.mulf %v614, %v585 fastmath<contract> : f32
                %v642 = arith.addf %v641, %v640 fastmath<contract> : f32
                %v643 = arith.constant 8 : i64
                %v644 = arith.addi %v643, %v39 : i64
                %v645 = arith.muli %v644, %v129 : i64
                %v646 = arith.subi %v604, %v99 : i64
                %v647 = arith.addi %v645, %v646 : i64
                %v648 = llvm.getelementptr %v70[%v647] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v649 = llvm.load %v648 : !llvm.ptr -> f32
                %v650 = arith.divf %v649, %v628 : f32
                %v651 = arith.mulf %v621, %v650 fastmath<contract> : f32
                %v652 = arith.mulf %v651, %v639 fastmath<contract> : f32
                %v653 = arith.mulf %v614, %v597 fastmath<contract> : f32
                %v654 = arith.addf %v653, %v652 fastmath<contract> : f32
                %v655 = arith.mulf %v614, %v599 fastmath<contract> : f32
                %v656 = arith.addf %v655, %v630 fastmath<contract> : f32
                %v657 = arith.mulf %v614, %v601 fastmath<contract> : f32
                %v658 = arith.addf %v657, %v651 fastmath<contract> : f32
                %v659 = arith.subi %v101, %v389 : i64
                %v660 = arith.trunci %v659 : i64 to i32
                %v661 = arith.subi %size_L, %v2 : i64
                %v662 = arith.addi %v99, %v389 : i64
                %v663 = arith.subi %v661, %v662 : i64
                %v665 = arith.minsi %v663, %v664 : i64
                %v666 = arith.trunci %v665 : i64 to i32
                %v667 = arith.addi %v389, %v84 : i64
                %v669 = arith.cmpi slt, %v668, %v660 : i32
                %v670 = arith.cmpi eq, %v668, %v666 : i32
                %v671 = arith.addi %v99, %v667 : i64
                %v672 = arith.muli %v39, %v129 : i64
                %v673 = arith.subi %v671, %v99 : i64
                %v674 = arith.addi %v672, %v673 : i64
                %v675 = llvm.getelementptr %v68[%v674] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v676 = llvm.load %v675 : !llvm.ptr -> f32
                %v677 = arith.muli %v53, %v343 : i64
                %v678 = arith.muli %v671, %v342 : i64
                %v679 = arith.addi %v677, %v678 : i64
                %v680 = arith.muli %v51, %v341 : i64
                %v681 = arith.addi %v679, %v680 : i64
                %v682 = arith.muli %v49, %v2 : i64
                %v683 = arith.addi %v681, %v682 : i64
                %v684 = llvm.getelementptr %dy_o[%v683] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v685 = llvm.load %v684 : !llvm.ptr -> f32
                %v686 = arith.mulf %v676, %v656 fastmath<contract> : f32
                %v687 = arith.constant 8 : i64
                %v688 = arith.addi %v687, %v39 : i64
                %v689 = arith.muli %v688, %v129 : i64
                %v690 = arith.subi %v671, %v99 : i64
                %v691 = arith.addi %v689, %v690 : i64
                %v692 = llvm.getelementptr %v68[%v691] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v693 = llvm.load %v692 : !llvm.ptr -> f32
                %v694 = arith.mulf %v693, %v658 fastmath<contract> : f32
                %v695 = arith.addf %v686, %v694 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v698, %v699 = gpu.shuffle xor %v695, %v696, %v697 : f32
                %v700 = arith.addf %v695, %v698 fastmath<contract> : f32
                %v702, %v703 = gpu.shuffle xor %v700, %v701, %v697 : f32
                %v704 = arith.addf %v700, %v702 fastmath<contract> : f32
                %v706, %v707 = gpu.shuffle xor %v704, %v705, %v697 : f32
                %v708 = arith.addf %v704, %v706 fastmath<contract> : f32
                // end sum over the lanes
                %v709 = llvm.call_intrinsic "llvm.fabs.f32"(%v708) : (f32) -> f32
                %v710 = arith.maximumf %v76, %v709 : f32
                %v711 = arith.divf %v685, %v710 : f32
                %v712 = arith.mulf %v676, %v711 fastmath<contract> : f32
                %v713 = llvm.load %v59 : !llvm.ptr -> f32
                %v714 = llvm.load %v63 : !llvm.ptr -> f32
                %v715 = arith.mulf %v714, %v713 fastmath<contract> : f32
                %v716 = arith.addf %v712, %v715 fastmath<contract> : f32
                llvm.store %v716, %v59 : f32, !llvm.ptr
                %v717 = llvm.load %v77 : !llvm.ptr -> f32
                %v718 = arith.mulf %v717, %v714 fastmath<contract> : f32
                llvm.store %v718, %v77 : f32, !llvm.ptr
                %v719 = arith.mulf %v693, %v711 fastmath<contract> : f32
                %v720 = llvm.load %v60 : !llvm.ptr -> f32
                %v721 = llvm.load %v64 : !llvm.ptr -> f32
                %v722 = arith.mulf %v721, %v720 fastmath<contract> : f32
                %v723 = arith.addf %v719, %v722 fastmath<contract> : f32
                llvm.store %v723, %v60 : f32, !llvm.ptr
                %v724 = llvm.load %v78 : !llvm.ptr -> f32
                %v725 = arith.mulf %v724, %v721 fastmath<contract> : f32
                llvm.store %v725, %v78 : f32, !llvm.ptr
                %v726 = arith.mulf %v676, %v642 fastmath<contract> : f32
                %v727 = arith.mulf %v693, %v654 fastmath<contract> : f32
                %v728 = arith.addf %v726, %v727 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v729, %v730 = gpu.shuffle xor %v728, %v696, %v697 : f32
                %v731 = arith.addf %v728, %v729 fastmath<contract> : f32
                %v732, %v733 = gpu.shuffle xor %v731, %v701, %v697 : f32
                %v734 = arith.addf %v731, %v732 fastmath<contract> : f32
                %v735, %v736 = gpu.shuffle xor %v734, %v705, %v697 : f32
                %v737 = arith.addf %v734, %v735 fastmath<contract> : f32
                // end sum over the lanes
                %v738 = arith.divf %v737, %v710 : f32
                %v739 = arith.divf %v738, %v710 : f32
                %v740 = arith.mulf %v685, %v739 fastmath<contract> : f32
                %v741 = arith.negf %v740 : f32
                %v742 = arith.cmpf oge, %v76, %v709 : f32
                %v743 = arith.select %v742, %v76, %v75 : f32
                %v744 = arith.subf %v76, %v743 fastmath<contract> : f32
                %v745 = arith.mulf %v741, %v744 fastmath<contract> : f32
                %v747 = arith.cmpf olt, %v708, %v75 : f32
                %v748 = arith.select %v747, %v746, %v75 : f32
                %v749 = arith.cmpf ogt, %v708, %v75 : f32
                %v750 = arith.select %v749, %v76, %v748 : f32
                %v751 = arith.mulf %v745, %v750 fastmath<contract> : f32
                %v752 = arith.mulf %v676, %v751 fastmath<contract> : f32
                %v753 = llvm.load %v61 : !llvm.ptr -> f32
                %v754 = llvm.load %v65 : !llvm.ptr -> f32
                %v755 = arith.mulf %v754, %v753 fastmath<contract> : f32
                %v756 = arith.addf %v752, %v755 fastmath<contract> : f32
                llvm.store %v756, %v61 : f32, !llvm.ptr
                %v757 = llvm.load %v79 : !llvm.ptr -> f32
                %v758 = arith.mulf %v757, %v754 fastmath<contract> : f32
                llvm.store %v758, %v79 : f32, !llvm.ptr
                %v759 = arith.mulf %v693, %v751 fastmath<contract> : f32
                %v760 = llvm.load %v62 : !llvm.ptr -> f32
                %v761 = llvm.load %v66 : !llvm.ptr -> f32
                %v762 = arith.mulf %v761, %v760 fastmath<contract> : f32
                %v763 = arith.addf %v759, %v762 fastmath<contract> : f32
                llvm.store %v763, %v62 : f32, !llvm.ptr
                %v764 = llvm.load %v80 : !llvm.ptr -> f32
                %v765 = arith.mulf %v764, %v761 fastmath<contract> : f32
                llvm.store %v765, %v80 : f32, !llvm.ptr
                scf.if %v670 {
                }
                %v766 = arith.muli %v81, %v129 : i64
                %v767 = arith.subi %v671, %v99 : i64
                %v768 = arith.addi %v766, %v767 : i64
                %v769 = llvm.getelementptr %v74[%v768] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v770 = llvm.load %v769 : !llvm.ptr -> f32
                %v771 = arith.negf %v770 : f32
                %v772 = arith.mulf %v771, %v320 fastmath<contract> : f32
                %v773 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v772) : (f32) -> f32
                %v774 = arith.addf %v76, %v773 fastmath<contract> : f32
                %v775 = arith.divf %v76, %v774 : f32
                llvm.store %v775, %v63 : f32, !llvm.ptr
                llvm.store %v775, %v64 : f32, !llvm.ptr
                llvm.store %v775, %v65 : f32, !llvm.ptr
                llvm.store %v775, %v66 : f32, !llvm.ptr
                %v776 = arith.addi %v389, %v544 : i64
                %v777 = arith.cmpi slt, %v701, %v660 : i32
                %v778 = arith.cmpi eq, %v701, %v666 : i32
                %v779 = arith.addi %v99, %v776 : i64
                %v780 = arith.muli %v39, %v129 : i64
                %v781 = arith.subi %v779, %v99 : i64
                %v782 = arith.addi %v780, %v781 : i64
                %v783 = llvm.getelementptr %v68[%v782] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v784 = llvm.load %v783 : !llvm.ptr -> f32
                %v785 = arith.muli %v53, %v343 : i64
                %v786 = arith.muli %v779, %v342 : i64
                %v787 = arith.addi %v785, %v786 : i64
                %v788 = arith.muli %v51, %v341 : i64
                %v789 = arith.addi %v787, %v788 : i64
                %v790 = arith.muli %v49, %v2 : i64
                %v791 = arith.addi %v789, %v790 : i64
                %v792 = llvm.getelementptr %dy_o[%v791] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v793 = llvm.load %v792 : !llvm.ptr -> f32
                %v794 = arith.mulf %v784, %v599 fastmath<contract> : f32
                %v795 = arith.constant 8 : i64
                %v796 = arith.addi %v795, %v39 : i64
                %v797 = arith.muli %v796, %v129 : i64
                %v798 = arith.subi %v779, %v99 : i64
                %v799 = arith.addi %v797, %v798 : i64
                %v800 = llvm.getelementptr %v68[%v799] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v801 = llvm.load %v800 : !llvm.ptr -> f32
                %v802 = arith.mulf %v801, %v601 fastmath<contract> : f32
                %v803 = arith.addf %v794, %v802 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v804, %v805 = gpu.shuffle xor %v803, %v696, %v697 : f32
                %v806 = arith.addf %v803, %v804 fastmath<contract> : f32
                %v807, %v808 = gpu.shuffle xor %v806, %v701, %v697 : f32
                %v809 = arith.addf %v806, %v807 fastmath<contract> : f32
                %v810, %v811 = gpu.shuffle xor %v809, %v705, %v697 : f32
                %v812 = arith.addf %v809, %v810 fastmath<contract> : f32
                // end sum over the lanes
                %v813 = llvm.call_intrinsic "llvm.fabs.f32"(%v812) : (f32) -> f32
                %v814 = arith.maximumf %v76, %v813 : f32
                %v815 = arith.divf %v793, %v814 : f32
                %v816 = arith.mulf %v784, %v815 fastmath<contract> : f32
                %v817 = llvm.load %v59 : !llvm.ptr -> f32
                %v818 = llvm.load %v63 : !llvm.ptr -> f32
                %v819 = arith.mulf %v818, %v817 fastmath<contract> : f32
                %v820 = arith.addf %v816, %v819 fastmath<contract> : f32
                llvm.store %v820, %v59 : f32, !llvm.ptr
                %v821 = llvm.load %v77 : !llvm.ptr -> f32
                %v822 = arith.mulf %v821, %v818 fastmath<contract> : f32
                llvm.store %v822, %v77 : f32, !llvm.ptr
                %v823 = arith.mulf %v801, %v815 fastmath<contract> : f32
                %v824 = llvm.load %v60 : !llvm.ptr -> f32
                %v825 = llvm.load %v64 : !llvm.ptr -> f32
                %v826 = arith.mulf %v825, %v824 fastmath<contract> : f32
                %v827 = arith.addf %v823, %v826 fastmath<contract> : f32
                llvm.store %v827, %v60 : f32, !llvm.ptr
                %v828 = llvm.load %v78 : !llvm.ptr -> f32
                %v829 = arith.mulf %v828, %v825 fastmath<contract> : f32
                llvm.store %v829, %v78 : f32, !llvm.ptr
                %v830 = arith.mulf %v784, %v585 fastmath<contract> : f32
                %v831 = arith.mulf %v801, %v597 fastmath<contract> : f32
                %v832 = arith.addf %v830, %v831 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v833, %v834 = gpu.shuffle xor %v832, %v696, %v697 : f32
                %v835 = arith.addf %v832, %v833 fastmath<contract> : f32
                %v836, %v837 = gpu.shuffle xor %v835, %v701, %v697 : f32
                %v838 = arith.addf %v835, %v836 fastmath<contract> : f32
                %v839, %v840 = gpu.shuffle xor %v838, %v705, %v697 : f32
                %v841 = arith.addf %v838, %v839 fastmath<contract> : f32
                // end sum over the lanes
                %v842 = arith.divf %v841, %v814 : f32
                %v843 = arith.divf %v842, %v814 : f32
                %v844 = arith.mulf %v793, %v843 fastmath<contract> : f32
                %v845 = arith.negf %v844 : f32
                %v846 = arith.cmpf oge, %v76, %v813 : f32
                %v847 = arith.select %v846, %v76, %v75 : f32
                %v848 = arith.subf %v76, %v847 fastmath<contract> : f32
                %v849 = arith.mulf %v845, %v848 fastmath<contract> : f32
                %v850 = arith.cmpf olt, %v812, %v75 : f32
                %v851 = arith.select %v850, %v746, %v75 : f32
                %v852 = arith.cmpf ogt, %v812, %v75 : f32
                %v853 = arith.select %v852, %v76, %v851 : f32
                %v854 = arith.mulf %v849, %v853 fastmath<contract> : f32
                %v855 = arith.mulf %v784, %v854 fastmath<contract> : f32
                %v856 = llvm.load %v61 : !llvm.ptr -> f32
                %v857 = llvm.load %v65 : !llvm.ptr -> f32
                %v858 = arith.mulf %v857, %v856 fastmath<contract> : f32
                %v859 = arith.addf %v855, %v858 fastmath<contract> : f32
                llvm.store %v859, %v61 : f32, !llvm.ptr
                %v860 = llvm.load %v79 : !llvm.ptr -> f32
                %v861 = arith.mulf %v860, %v857 fastmath<contract> : f32
                llvm.store %v861, %v79 : f32, !llvm.ptr
                %v862 = arith.mulf %v801, %v854 fastmath<contract> : f32
                %v863 = llvm.load %v62 : !llvm.ptr -> f32
                %v864 = llvm.load %v66 : !llvm.ptr -> f32
                %v865 = arith.mulf %v864, %v863 fastmath<contract> : f32
                %v866 = arith.addf %v862, %v865 fastmath<contract> : f32
                llvm.store %v866, %v62 : f32, !llvm.ptr
                %v867 = llvm.load %v80 : !llvm.ptr -> f32
                %v868 = arith.mulf %v867, %v864 fastmath<contract> : f32
                llvm.store %v868, %v80 : f32, !llvm.ptr
                scf.if %v778 {
                }
                %v869 = arith.muli %v81, %v129 : i64
                %v870 = arith.subi %v779, %v99 : i64
                %v871 = arith.addi %v869, %v870 : i64
                %v872 = llvm.getelementptr %v74[%v871] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v873 = llvm.load %v872 : !llvm.ptr -> f32
                %v874 = arith.negf %v873 : f32
                %v875 = arith.mulf %v874, %v320 fastmath<contract> : f32
                %v876 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v875) : (f32) -> f32
                %v877 = arith.addf %v76, %v876 fastmath<contract> : f32
                %v878 = arith.divf %v76, %v877 : f32
                llvm.store %v878, %v63 : f32, !llvm.ptr
                llvm.store %v878, %v64 : f32, !llvm.ptr
                llvm.store %v878, %v65 : f32, !llvm.ptr
                llvm.store %v878, %v66 : f32, !llvm.ptr
                %v879 = arith.addi %v389, %v2 : i64
                %v880 = arith.cmpi slt, %v696, %v660 : i32
                %v881 = arith.cmpi eq, %v696, %v666 : i32
                %v882 = arith.addi %v99, %v879 : i64
                %v883 = arith.muli %v39, %v129 : i64
                %v884 = arith.subi %v882, %v99 : i64
                %v885 = arith.addi %v883, %v884 : i64
                %v886 = llvm.getelementptr %v68[%v885] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v887 = llvm.load %v886 : !llvm.ptr -> f32
                %v888 = arith.muli %v53, %v343 : i64
                %v889 = arith.muli %v882, %v342 : i64
                %v890 = arith.addi %v888, %v889 : i64
                %v891 = arith.muli %v51, %v341 : i64
                %v892 = arith.addi %v890, %v891 : i64
                %v893 = arith.muli %v49, %v2 : i64
                %v894 = arith.addi %v892, %v893 : i64
                %v895 = llvm.getelementptr %dy_o[%v894] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v896 = llvm.load %v895 : !llvm.ptr -> f32
                %v897 = arith.mulf %v887, %v541 fastmath<contract> : f32
                %v898 = arith.constant 8 : i64
                %v899 = arith.addi %v898, %v39 : i64
                %v900 = arith.muli %v899, %v129 : i64
                %v901 = arith.subi %v882, %v99 : i64
                %v902 = arith.addi %v900, %v901 : i64
                %v903 = llvm.getelementptr %v68[%v902] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v904 = llvm.load %v903 : !llvm.ptr -> f32
                %v905 = arith.mulf %v904, %v543 fastmath<contract> : f32
                %v906 = arith.addf %v897, %v905 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v907, %v908 = gpu.shuffle xor %v906, %v696, %v697 : f32
                %v909 = arith.addf %v906, %v907 fastmath<contract> : f32
                %v910, %v911 = gpu.shuffle xor %v909, %v701, %v697 : f32
                %v912 = arith.addf %v909, %v910 fastmath<contract> : f32
                %v913, %v914 = gpu.shuffle xor %v912, %v705, %v697 : f32
                %v915 = arith.addf %v912, %v913 fastmath<contract> : f32
                // end sum over the lanes
                %v916 = llvm.call_intrinsic "llvm.fabs.f32"(%v915) : (f32) -> f32
                %v917 = arith.maximumf %v76, %v916 : f32
                %v918 = arith.divf %v896, %v917 : f32
                %v919 = arith.mulf %v887, %v918 fastmath<contract> : f32
                %v920 = llvm.load %v59 : !llvm.ptr -> f32
                %v921 = llvm.load %v63 : !llvm.ptr -> f32
                %v922 = arith.mulf %v921, %v920 fastmath<contract> : f32
                %v923 = arith.addf %v919, %v922 fastmath<contract> : f32
                llvm.store %v923, %v59 : f32, !llvm.ptr
                %v924 = llvm.load %v77 : !llvm.ptr -> f32
                %v925 = arith.mulf %v924, %v921 fastmath<contract> : f32
                llvm.store %v925, %v77 : f32, !llvm.ptr
                %v926 = arith.mulf %v904, %v918 fastmath<contract> : f32
                %v927 = llvm.load %v60 : !llvm.ptr -> f32
                %v928 = llvm.load %v64 : !llvm.ptr -> f32
                %v929 = arith.mulf %v928, %v927 fastmath<contract> : f32
                %v930 = arith.addf %v926, %v929 fastmath<contract> : f32
                llvm.store %v930, %v60 : f32, !llvm.ptr
                %v931 = llvm.load %v78 : !llvm.ptr -> f32
                %v932 = arith.mulf %v931, %v928 fastmath<contract> : f32
                llvm.store %v932, %v78 : f32, !llvm.ptr
                %v933 = arith.mulf %v887, %v527 fastmath<contract> : f32
                %v934 = arith.mulf %v904, %v539 fastmath<contract> : f32
                %v935 = arith.addf %v933, %v934 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v936, %v937 = gpu.shuffle xor %v935, %v696, %v697 : f32
                %v938 = arith.addf %v935, %v936 fastmath<contract> : f32
                %v939, %v940 = gpu.shuffle xor %v938, %v701, %v697 : f32
                %v941 = arith.addf %v938, %v939 fastmath<contract> : f32
                %v942, %v943 = gpu.shuffle xor %v941, %v705, %v697 : f32
                %v944 = arith.addf %v941, %v942 fastmath<contract> : f32
                // end sum over the lanes
                %v945 = arith.divf %v944, %v917 : f32
                %v946 = arith.divf %v945, %v917 : f32
                %v947 = arith.mulf %v896, %v946 fastmath<contract> : f32
                %v948 = arith.negf %v947 : f32
                %v949 = arith.cmpf oge, %v76, %v916 : f32
                %v950 = arith.select %v949, %v76, %v75 : f32
                %v951 = arith.subf %v76, %v950 fastmath<contract> : f32
                %v952 = arith.mulf %v948, %v951 fastmath<contract> : f32
                %v953 = arith.cmpf olt, %v915, %v75 : f32
                %v954 = arith.select %v953, %v746, %v75 : f32
                %v955 = arith.cmpf ogt, %v915, %v75 : f32
                %v956 = arith.select %v955, %v76, %v954 : f32
                %v957 = arith.mulf %v952, %v956 fastmath<contract> : f32
                %v958 = arith.mulf %v887, %v957 fastmath<contract> : f32
                %v959 = llvm.load %v61 : !llvm.ptr -> f32
                %v960 = llvm.load %v65 : !llvm.ptr -> f32
                %v961 = arith.mulf %v960, %v959 fastmath<contract> : f32
                %v962 = arith.addf %v958, %v961 fastmath<contract> : f32
                llvm.store %v962, %v61 : f32, !llvm.ptr
                %v963 = llvm.load %v79 : !llvm.ptr -> f32
                %v964 = arith.mulf %v963, %v960 fastmath<contract> : f32
                llvm.store %v964, %v79 : f32, !llvm.ptr
                %v965 = arith.mulf %v904, %v957 fastmath<contract> : f32
                %v966 = llvm.load %v62 : !llvm.ptr -> f32
                %v967 = llvm.load %v66 : !llvm.ptr -> f32
                %v968 = arith.mulf %v967, %v966 fastmath<contract> : f32
                %v969 = arith.addf %v965, %v968 fastmath<contract> : f32
                llvm.store %v969, %v62 : f32, !llvm.ptr
                %v970 = llvm.load %v80 : !llvm.ptr -> f32
                %v971 = arith.mulf %v970, %v967 fastmath<contract> : f32
                llvm.store %v971, %v80 : f32, !llvm.ptr
                scf.if %v881 {
                }
                %v972 = arith.muli %v81, %v129 : i64
                %v973 = arith.subi %v882, %v99 : i64
                %v974 = arith.addi %v972, %v973 : i64
                %v975 = llvm.getelementptr %v74[%v974] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v976 = llvm.load %v975 : !llvm.ptr -> f32
                %v977 = arith.negf %v976 : f32
                %v978 = arith.mulf %v977, %v320 fastmath<contract> : f32
                %v979 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v978) : (f32) -> f32
                %v980 = arith.addf %v76, %v979 fastmath<contract> : f32
                %v981 = arith.divf %v76, %v980 : f32
                llvm.store %v981, %v63 : f32, !llvm.ptr
                llvm.store %v981, %v64 : f32, !llvm.ptr
                llvm.store %v981, %v65 : f32, !llvm.ptr
                llvm.store %v981, %v66 : f32, !llvm.ptr
                %v982 = arith.addi %v389, %v81 : i64
                %v984 = arith.cmpi slt, %v983, %v660 : i32
                %v985 = arith.cmpi eq, %v983, %v666 : i32
                %v986 = arith.addi %v99, %v982 : i64
                %v987 = arith.muli %v39, %v129 : i64
                %v988 = arith.subi %v986, %v99 : i64
                %v989 = arith.addi %v987, %v988 : i64
                %v990 = llvm.getelementptr %v68[%v989] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v991 = llvm.load %v990 : !llvm.ptr -> f32
                %v992 = arith.muli %v53, %v343 : i64
                %v993 = arith.muli %v986, %v342 : i64
                %v994 = arith.addi %v992, %v993 : i64
                %v995 = arith.muli %v51, %v341 : i64
                %v996 = arith.addi %v994, %v995 : i64
                %v997 = arith.muli %v49, %v2 : i64
                %v998 = arith.addi %v996, %v997 : i64
                %v999 = llvm.getelementptr %dy_o[%v998] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1000 = llvm.load %v999 : !llvm.ptr -> f32
                %v1001 = arith.mulf %v991, %v484 fastmath<contract> : f32
                %v1002 = arith.constant 8 : i64
                %v1003 = arith.addi %v1002, %v39 : i64
                %v1004 = arith.muli %v1003, %v129 : i64
                %v1005 = arith.subi %v986, %v99 : i64
                %v1006 = arith.addi %v1004, %v1005 : i64
                %v1007 = llvm.getelementptr %v68[%v1006] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1008 = llvm.load %v1007 : !llvm.ptr -> f32
                %v1009 = arith.mulf %v1008, %v486 fastmath<contract> : f32
                %v1010 = arith.addf %v1001, %v1009 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1011, %v1012 = gpu.shuffle xor %v1010, %v696, %v697 : f32
                %v1013 = arith.addf %v1010, %v1011 fastmath<contract> : f32
                %v1014, %v1015 = gpu.shuffle xor %v1013, %v701, %v697 : f32
                %v1016 = arith.addf %v1013, %v1014 fastmath<contract> : f32
                %v1017, %v1018 = gpu.shuffle xor %v1016, %v705, %v697 : f32
                %v1019 = arith.addf %v1016, %v1017 fastmath<contract> : f32
                // end sum over the lanes
                %v1020 = llvm.call_intrinsic "llvm.fabs.f32"(%v1019) : (f32) -> f32
                %v1021 = arith.maximumf %v76, %v1020 : f32
                %v1022 = arith.divf %v1000, %v1021 : f32
                %v1023 = arith.mulf %v991, %v1022 fastmath<contract> : f32
                %v1024 = llvm.load %v59 : !llvm.ptr -> f32
                %v1025 = llvm.load %v63 : !llvm.ptr -> f32
                %v1026 = arith.mulf %v1025, %v1024 fastmath<contract> : f32
                %v1027 = arith.addf %v1023, %v1026 fastmath<contract> : f32
                llvm.store %v1027, %v59 : f32, !llvm.ptr
                %v1028 = llvm.load %v77 : !llvm.ptr -> f32
                %v1029 = arith.mulf %v1028, %v1025 fastmath<contract> : f32
                llvm.store %v1029, %v77 : f32, !llvm.ptr
                %v1030 = arith.mulf %v1008, %v1022 fastmath<contract> : f32
                %v1031 = llvm.load %v60 : !llvm.ptr -> f32
                %v1032 = llvm.load %v64 : !llvm.ptr -> f32
                %v1033 = arith.mulf %v1032, %v1031 fastmath<contract> : f32
                %v1034 = arith.addf %v1030, %v1033 fastmath<contract> : f32
                llvm.store %v1034, %v60 : f32, !llvm.ptr
                %v1035 = llvm.load %v78 : !llvm.ptr -> f32
                %v1036 = arith.mulf %v1035, %v1032 fastmath<contract> : f32
                llvm.store %v1036, %v78 : f32, !llvm.ptr
                %v1037 = arith.mulf %v991, %v470 fastmath<contract> : f32
                %v1038 = arith.mulf %v1008, %v482 fastmath<contract> : f32
                %v1039 = arith.addf %v1037, %v1038 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1040, %v1041 = gpu.shuffle xor %v1039, %v696, %v697 : f32
                %v1042 = arith.addf %v1039, %v1040 fastmath<contract> : f32
                %v1043, %v1044 = gpu.shuffle xor %v1042, %v701, %v697 : f32
                %v1045 = arith.addf %v1042, %v1043 fastmath<contract> : f32
                %v1046, %v1047 = gpu.shuffle xor %v1045, %v705, %v697 : f32
                %v1048 = arith.addf %v1045, %v1046 fastmath<contract> : f32
                // end sum over the lanes
                %v1049 = arith.divf %v1048, %v1021 : f32
                %v1050 = arith.divf %v1049, %v1021 : f32
                %v1051 = arith.mulf %v1000, %v1050 fastmath<contract> : f32
                %v1052 = arith.negf %v1051 : f32
                %v1053 = arith.cmpf oge, %v76, %v1020 : f32
                %v1054 = arith.select %v1053, %v76, %v75 : f32
                %v1055 = arith.subf %v76, %v1054 fastmath<contract> : f32
                %v1056 = arith.mulf %v1052, %v1055 fastmath<contract> : f32
                %v1057 = arith.cmpf olt, %v1019, %v75 : f32
                %v1058 = arith.select %v1057, %v746, %v75 : f32
                %v1059 = arith.cmpf ogt, %v1019, %v75 : f32
                %v1060 = arith.select %v1059, %v76, %v1058 : f32
                %v1061 = arith.mulf %v1056, %v1060 fastmath<contract> : f32
                %v1062 = arith.mulf %v991, %v1061 fastmath<contract> : f32
                %v1063 = llvm.load %v61 : !llvm.ptr -> f32
                %v1064 = llvm.load %v65 : !llvm.ptr -> f32
                %v1065 = arith.mulf %v1064, %v1063 fastmath<contract> : f32
                %v1066 = arith.addf %v1062, %v1065 fastmath<contract> : f32
                llvm.store %v1066, %v61 : f32, !llvm.ptr
                %v1067 = llvm.load %v79 : !llvm.ptr -> f32
                %v1068 = arith.mulf %v1067, %v1064 fastmath<contract> : f32
                llvm.store %v1068, %v79 : f32, !llvm.ptr
                %v1069 = arith.mulf %v1008, %v1061 fastmath<contract> : f32
                %v1070 = llvm.load %v62 : !llvm.ptr -> f32
                %v1071 = llvm.load %v66 : !llvm.ptr -> f32
                %v1072 = arith.mulf %v1071, %v1070 fastmath<contract> : f32
                %v1073 = arith.addf %v1069, %v1072 fastmath<contract> : f32
                llvm.store %v1073, %v62 : f32, !llvm.ptr
                %v1074 = llvm.load %v80 : !llvm.ptr -> f32
                %v1075 = arith.mulf %v1074, %v1071 fastmath<contract> : f32
                llvm.store %v1075, %v80 : f32, !llvm.ptr
                scf.if %v985 {
                }
                %v1076 = arith.muli %v81, %v129 : i64
                %v1077 = arith.subi %v986, %v99 : i64
                %v1078 = arith.addi %v1076, %v1077 : i64
                %v1079 = llvm.getelementptr %v74[%v1078] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1080 = llvm.load %v1079 : !llvm.ptr -> f32
                %v1081 = arith.negf %v1080 : f32
                %v1082 = arith.mulf %v1081, %v320 fastmath<contract> : f32
                %v1083 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1082) : (f32) -> f32
                %v1084 = arith.addf %v76, %v1083 fastmath<contract> : f32
                %v1085 = arith.divf %v76, %v1084 : f32
                llvm.store %v1085, %v63 : f32, !llvm.ptr
                llvm.store %v1085, %v64 : f32, !llvm.ptr
                llvm.store %v1085, %v65 : f32, !llvm.ptr
                llvm.store %v1085, %v66 : f32, !llvm.ptr
              } else {
                %v1086 = arith.subi %v101, %v2 : i64
                %v1087 = arith.muli %v390, %v5 : i64
                %v1088 = arith.subi %v5, %v2 : i64
                %v1089 = arith.minsi %v45, %v1088 : i64
                %v1090 = arith.addi %v1087, %v1089 : i64
                %v1091 = arith.muli %v1090, %v1 : i64
                %v1092 = arith.addi %v1091, %v81 : i64
                %v1093 = arith.addi %v1092, %v39 : i64
                %v1094 = llvm.getelementptr %scratch_C[%v1093] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1095 = llvm.load %v1094 : !llvm.ptr -> f32
                %v1096 = arith.muli %v390, %v5 : i64
                %v1097 = arith.subi %v5, %v2 : i64
                %v1098 = arith.minsi %v45, %v1097 : i64
                %v1099 = arith.addi %v1096, %v1098 : i64
                %v1100 = arith.muli %v1099, %v1 : i64
                %v1101 = arith.addi %v1100, %v38 : i64
                %v1102 = arith.addi %v1101, %v39 : i64
                %v1103 = llvm.getelementptr %scratch_C[%v1102] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1104 = llvm.load %v1103 : !llvm.ptr -> f32
                %v1105 = arith.muli %v390, %v5 : i64
                %v1106 = arith.subi %v5, %v2 : i64
                %v1107 = arith.minsi %v45, %v1106 : i64
                %v1108 = arith.addi %v1105, %v1107 : i64
                %v1109 = arith.muli %v1108, %v1 : i64
                %v1110 = arith.addi %v1109, %v81 : i64
                %v1111 = arith.addi %v1110, %v39 : i64
                %v1112 = llvm.getelementptr %scratch_n[%v1111] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1113 = llvm.load %v1112 : !llvm.ptr -> f32
                %v1114 = arith.muli %v390, %v5 : i64
                %v1115 = arith.subi %v5, %v2 : i64
                %v1116 = arith.minsi %v45, %v1115 : i64
                %v1117 = arith.addi %v1114, %v1116 : i64
                %v1118 = arith.muli %v1117, %v1 : i64
                %v1119 = arith.addi %v1118, %v38 : i64
                %v1120 = arith.addi %v1119, %v39 : i64
                %v1121 = llvm.getelementptr %scratch_n[%v1120] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1122 = llvm.load %v1121 : !llvm.ptr -> f32
                // the group's states, recomputed into registers
                %v1123 = arith.addi %v389, %v81 : i64
                %v1124 = arith.minsi %v1123, %v1086 : i64
                %v1125 = arith.addi %v99, %v1124 : i64
                %v1126 = arith.muli %v81, %v129 : i64
                %v1127 = arith.subi %v1125, %v99 : i64
                %v1128 = arith.addi %v1126, %v1127 : i64
                %v1129 = llvm.getelementptr %v74[%v1128] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1130 = llvm.load %v1129 : !llvm.ptr -> f32
                %v1131 = arith.negf %v1130 : f32
                %v1132 = arith.mulf %v1131, %v320 fastmath<contract> : f32
                %v1133 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1132) : (f32) -> f32
                %v1134 = arith.addf %v76, %v1133 fastmath<contract> : f32
                %v1135 = arith.divf %v76, %v1134 : f32
                %v1136 = arith.muli %v81, %v129 : i64
                %v1137 = arith.subi %v1125, %v99 : i64
                %v1138 = arith.addi %v1136, %v1137 : i64
                %v1139 = llvm.getelementptr %v72[%v1138] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1140 = llvm.load %v1139 : !llvm.ptr -> f32
                %v1141 = arith.mulf %v1140, %v320 fastmath<contract> : f32
                %v1142 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1141) : (f32) -> f32
                %v1143 = arith.muli %v39, %v129 : i64
                %v1144 = arith.subi %v1125, %v99 : i64
                %v1145 = arith.addi %v1143, %v1144 : i64
                %v1146 = llvm.getelementptr %v70[%v1145] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1147 = llvm.load %v1146 : !llvm.ptr -> f32
                %v1149 = llvm.call_intrinsic "llvm.sqrt.f32"(%v1148) : (f32) -> f32
                %v1150 = arith.divf %v1147, %v1149 : f32
                %v1151 = arith.mulf %v1142, %v1150 fastmath<contract> : f32
                %v1152 = arith.muli %v53, %v343 : i64
                %v1153 = arith.muli %v1125, %v342 : i64
                %v1154 = arith.addi %v1152, %v1153 : i64
                %v1155 = arith.muli %v51, %v341 : i64
                %v1156 = arith.addi %v1154, %v1155 : i64
                %v1157 = arith.muli %v49, %v2 : i64
                %v1158 = arith.addi %v1156, %v1157 : i64
                %v1159 = llvm.getelementptr %in_v[%v1158] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1160 = llvm.load %v1159 : !llvm.ptr -> f32
                %v1161 = arith.mulf %v1151, %v1160 fastmath<contract> : f32
                %v1162 = arith.mulf %v1135, %v1095 fastmath<contract> : f32
                %v1163 = arith.addf %v1162, %v1161 fastmath<contract> : f32
                %v1164 = arith.constant 8 : i64
                %v1165 = arith.addi %v1164, %v39 : i64
                %v1166 = arith.muli %v1165, %v129 : i64
                %v1167 = arith.subi %v1125, %v99 : i64
                %v1168 = arith.addi %v1166, %v1167 : i64
                %v1169 = llvm.getelementptr %v70[%v1168] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1170 = llvm.load %v1169 : !llvm.ptr -> f32
                %v1171 = arith.divf %v1170, %v1149 : f32
                %v1172 = arith.mulf %v1142, %v1171 fastmath<contract> : f32
                %v1173 = arith.mulf %v1172, %v1160 fastmath<contract> : f32
                %v1174 = arith.mulf %v1135, %v1104 fastmath<contract> : f32
                %v1175 = arith.addf %v1174, %v1173 fastmath<contract> : f32
                %v1176 = arith.mulf %v1135, %v1113 fastmath<contract> : f32
                %v1177 = arith.addf %v1176, %v1151 fastmath<contract> : f32
                %v1178 = arith.mulf %v1135, %v1122 fastmath<contract> : f32
                %v1179 = arith.addf %v1178, %v1172 fastmath<contract> : f32
                %v1180 = arith.addi %v389, %v2 : i64
                %v1181 = arith.minsi %v1180, %v1086 : i64
                %v1182 = arith.addi %v99, %v1181 : i64
                %v1183 = arith.muli %v81, %v129 : i64
                %v1184 = arith.subi %v1182, %v99 : i64
                %v1185 = arith.addi %v1183, %v1184 : i64
                %v1186 = llvm.getelementptr %v74[%v1185] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1187 = llvm.load %v1186 : !llvm.ptr -> f32
                %v1188 = arith.negf %v1187 : f32
                %v1189 = arith.mulf %v1188, %v320 fastmath<contract> : f32
                %v1190 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1189) : (f32) -> f32
                %v1191 = arith.addf %v76, %v1190 fastmath<contract> : f32
                %v1192 = arith.divf %v76, %v1191 : f32
                %v1193 = arith.muli %v81, %v129 : i64
                %v1194 = arith.subi %v1182, %v99 : i64
                %v1195 = arith.addi %v1193, %v1194 : i64
                %v1196 = llvm.getelementptr %v72[%v1195] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1197 = llvm.load %v1196 : !llvm.ptr -> f32
                %v1198 = arith.mulf %v1197, %v320 fastmath<contract> : f32
                %v1199 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1198) : (f32) -> f32
                %v1200 = arith.muli %v39, %v129 : i64
                %v1201 = arith.subi %v1182, %v99 : i64
                %v1202 = arith.addi %v1200, %v1201 : i64
                %v1203 = llvm.getelementptr %v70[%v1202] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1204 = llvm.load %v1203 : !llvm.ptr -> f32
                %v1206 = llvm.call_intrinsic "llvm.sqrt.f32"(%v1205) : (f32) -> f32
                %v1207 = arith.divf %v1204, %v1206 : f32
                %v1208 = arith.mulf %v1199, %v1207 fastmath<contract> : f32
                %v1209 = arith.muli %v53, %v343 : i64
                %v1210 = arith.muli %v1182, %v342 : i64
                %v1211 = arith.addi %v1209, %v1210 : i64
                %v1212 = arith.muli %v51, %v341 : i64
                %v1213 = arith.addi %v1211, %v1212 : i64
                %v1214 = arith.muli %v49, %v2 : i64
                %v1215 = arith.addi %v1213, %v1214 : i64
                %v1216 = llvm.getelementptr %in_v[%v1215] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1217 = llvm.load %v1216 : !llvm.ptr -> f32
                %v1218 = arith.mulf %v1208, %v1217 fastmath<contract> : f32
                %v1219 = arith.mulf %v1192, %v1163 fastmath<contract> : f32
                %v1220 = arith.addf %v1219, %v1218 fastmath<contract> : f32
                %v1221 = arith.constant 8 : i64
                %v1222 = arith.addi %v1221, %v39 : i64
                %v1223 = arith.muli %v1222, %v129 : i64
                %v1224 = arith.subi %v1182, %v99 : i64
                %v1225 = arith.addi %v1223, %v1224 : i64
                %v1226 = llvm.getelementptr %v70[%v1225] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1227 = llvm.load %v1226 : !llvm.ptr -> f32
                %v1228 = arith.divf %v1227, %v1206 : f32
                %v1229 = arith.mulf %v1199, %v1228 fastmath<contract> : f32
                %v1230 = arith.mulf %v1229, %v1217 fastmath<contract> : f32
                %v1231 = arith.mulf %v1192, %v1175 fastmath<contract> : f32
                %v1232 = arith.addf %v1231, %v1230 fastmath<contract> : f32
                %v1233 = arith.mulf %v1192, %v1177 fastmath<contract> : f32
                %v1234 = arith.addf %v1233, %v1208 fastmath<contract> : f32
                %v1235 = arith.mulf %v1192, %v1179 fastmath<contract> : f32
                %v1236 = arith.addf %v1235, %v1229 fastmath<contract> : f32
                %v1237 = arith.addi %v389, %v544 : i64
                %v1238 = arith.minsi %v1237, %v1086 : i64
                %v1239 = arith.addi %v99, %v1238 : i64
                %v1240 = arith.muli %v81, %v129 : i64
                %v1241 = arith.subi %v1239, %v99 : i64
                %v1242 = arith.addi %v1240, %v1241 : i64
                %v1243 = llvm.getelementptr %v74[%v1242] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1244 = llvm.load %v1243 : !llvm.ptr -> f32
                %v1245 = arith.negf %v1244 : f32
                %v1246 = arith.mulf %v1245, %v320 fastmath<contract> : f32
                %v1247 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1246) : (f32) -> f32
                %v1248 = arith.addf %v76, %v1247 fastmath<contract> : f32
                %v1249 = arith.divf %v76, %v1248 : f32
                %v1250 = arith.muli %v81, %v129 : i64
                %v1251 = arith.subi %v1239, %v99 : i64
                %v1252 = arith.addi %v1250, %v1251 : i64
                %v1253 = llvm.getelementptr %v72[%v1252] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1254 = llvm.load %v1253 : !llvm.ptr -> f32
                %v1255 = arith.mulf %v1254, %v320 fastmath<contract> : f32
                %v1256 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1255) : (f32) -> f32
                %v1257 = arith.muli %v39, %v129 : i64
                %v1258 = arith.subi %v1239, %v99 : i64
                %v1259 = arith.addi %v1257, %v1258 : i64
                %v1260 = llvm.getelementptr %v70[%v1259] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1261 = llvm.load %v1260 : !llvm.ptr -> f32
                %v1263 = llvm.call_intrinsic "llvm.sqrt.f32"(%v1262) : (f32) -> f32
                %v1264 = arith.divf %v1261, %v1263 : f32
                %v1265 = arith.mulf %v1256, %v1264 fastmath<contract> : f32
                %v1266 = arith.muli %v53, %v343 : i64
                %v1267 = arith.muli %v1239, %v342 : i64
                %v1268 = arith.addi %v1266, %v1267 : i64
                %v1269 = arith.muli %v51, %v341 : i64
                %v1270 = arith.addi %v1268, %v1269 : i64
                %v1271 = arith.muli %v49, %v2 : i64
                %v1272 = arith.addi %v1270, %v1271 : i64
                %v1273 = llvm.getelementptr %in_v[%v1272] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1274 = llvm.load %v1273 : !llvm.ptr -> f32
                %v1275 = arith.mulf %v1265, %v1274 fastmath<contract> : f32
                %v1276 = arith.mulf %v1249, %v1220 fastmath<contract> : f32
                %v1277 = arith.addf %v1276, %v1275 fastmath<contract> : f32
                %v1278 = arith.constant 8 : i64
                %v1279 = arith.addi %v1278, %v39 : i64
                %v1280 = arith.muli %v1279, %v129 : i64
                %v1281 = arith.subi %v1239, %v99 : i64
                %v1282 = arith.addi %v1280, %v1281 : i64
                %v1283 = llvm.getelementptr %v70[%v1282] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1284 = llvm.load %v1283 : !llvm.ptr -> f32
                %v1285 = arith.divf %v1284, %v1263 : f32
                %v1286 = arith.mulf %v1256, %v1285 fastmath<contract> : f32
                %v1287 = arith.mulf %v1286, %v1274 fastmath<contract> : f32
                %v1288 = arith.mulf %v1249, %v1232 fastmath<contract> : f32
                %v1289 = arith.addf %v1288, %v1287 fastmath<contract> : f32
                %v1290 = arith.mulf %v1249, %v1234 fastmath<contract> : f32
                %v1291 = arith.addf %v1290, %v1265 fastmath<contract> : f32
                %v1292 = arith.mulf %v1249, %v1236 fastmath<contract> : f32
                %v1293 = arith.addf %v1292, %v1286 fastmath<contract> : f32
                %v1294 = arith.addi %v389, %v84 : i64
                %v1295 = arith.minsi %v1294, %v1086 : i64
                %v1296 = arith.addi %v99, %v1295 : i64
                %v1297 = arith.muli %v81, %v129 : i64
                %v1298 = arith.subi %v1296, %v99 : i64
                %v1299 = arith.addi %v1297, %v1298 : i64
                %v1300 = llvm.getelementptr %v74[%v1299] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1301 = llvm.load %v1300 : !llvm.ptr -> f32
                %v1302 = arith.negf %v1301 : f32
                %v1303 = arith.mulf %v1302, %v320 fastmath<contract> : f32
                %v1304 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1303) : (f32) -> f32
                %v1305 = arith.addf %v76, %v1304 fastmath<contract> : f32
                %v1306 = arith.divf %v76, %v1305 : f32
                %v1307 = arith.muli %v81, %v129 : i64
                %v1308 = arith.subi %v1296, %v99 : i64
                %v1309 = arith.addi %v1307, %v1308 : i64
                %v1310 = llvm.getelementptr %v72[%v1309] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1311 = llvm.load %v1310 : !llvm.ptr -> f32
                %v1312 = arith.mulf %v1311, %v320 fastmath<contract> : f32
                %v1313 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1312) : (f32) -> f32
                %v1314 = arith.muli %v39, %v129 : i64
                %v1315 = arith.subi %v1296, %v99 : i64
                %v1316 = arith.addi %v1314, %v1315 : i64
                %v1317 = llvm.getelementptr %v70[%v1316] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1318 = llvm.load %v1317 : !llvm.ptr -> f32
                %v1320 = llvm.call_intrinsic "llvm.sqrt.f32"(%v1319) : (f32) -> f32
                %v1321 = arith.divf %v1318, %v1320 : f32
                %v1322 = arith.mulf %v1313, %v1321 fastmath<contract> : f32
                %v1323 = arith.muli %v53, %v343 : i64
                %v1324 = arith.muli %v1296, %v342 : i64
                %v1325 = arith.addi %v1323, %v1324 : i64
                %v1326 = arith.muli %v51, %v341 : i64
                %v1327 = arith.addi %v1325, %v1326 : i64
                %v1328 = arith.muli %v49, %v2 : i64
                %v1329 = arith.addi %v1327, %v1328 : i64
                %v1330 = llvm.getelementptr %in_v[%v1329] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1331 = llvm.load %v1330 : !llvm.ptr -> f32
                %v1332 = arith.mulf %v1322, %v1331 fastmath<contract> : f32
                %v1333 = arith.mulf %v1306, %v1277 fastmath<contract> : f32
                %v1334 = arith.addf %v1333, %v1332 fastmath<contract> : f32
                %v1335 = arith.constant 8 : i64
                %v1336 = arith.addi %v1335, %v39 : i64
                %v1337 = arith.muli %v1336, %v129 : i64
                %v1338 = arith.subi %v1296, %v99 : i64
                %v1339 = arith.addi %v1337, %v1338 : i64
                %v1340 = llvm.getelementptr %v70[%v1339] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1341 = llvm.load %v1340 : !llvm.ptr -> f32
                %v1342 = arith.divf %v1341, %v1320 : f32
                %v1343 = arith.mulf %v1313, %v1342 fastmath<contract> : f32
                %v1344 = arith.mulf %v1343, %v1331 fastmath<contract> : f32
                %v1345 = arith.mulf %v1306, %v1289 fastmath<contract> : f32
                %v1346 = arith.addf %v1345, %v1344 fastmath<contract> : f32
                %v1347 = arith.mulf %v1306, %v1291 fastmath<contract> : f32
                %v1348 = arith.addf %v1347, %v1322 fastmath<contract> : f32
                %v1349 = arith.mulf %v1306, %v1293 fastmath<contract> : f32
                %v1350 = arith.addf %v1349, %v1343 fastmath<contract> : f32
                %v1351 = arith.subi %v101, %v389 : i64
                %v1352 = arith.trunci %v1351 : i64 to i32
                %v1353 = arith.subi %size_L, %v2 : i64
                %v1354 = arith.addi %v99, %v389 : i64
                %v1355 = arith.subi %v1353, %v1354 : i64
                %v1356 = arith.minsi %v1355, %v664 : i64
                %v1357 = arith.trunci %v1356 : i64 to i32
                %v1358 = arith.addi %v389, %v84 : i64
                %v1359 = arith.cmpi slt, %v668, %v1352 : i32
                %v1360 = arith.cmpi eq, %v668, %v1357 : i32
                scf.if %v1359 {
                  %v1361 = arith.addi %v99, %v1358 : i64
                  %v1362 = arith.muli %v39, %v129 : i64
                  %v1363 = arith.subi %v1361, %v99 : i64
                  %v1364 = arith.addi %v1362, %v1363 : i64
                  %v1365 = llvm.getelementptr %v68[%v1364] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1366 = llvm.load %v1365 : !llvm.ptr -> f32
                  %v1367 = arith.muli %v53, %v343 : i64
                  %v1368 = arith.muli %v1361, %v342 : i64
                  %v1369 = arith.addi %v1367, %v1368 : i64
                  %v1370 = arith.muli %v51, %v341 : i64
                  %v1371 = arith.addi %v1369, %v1370 : i64
                  %v1372 = arith.muli %v49, %v2 : i64
                  %v1373 = arith.addi %v1371, %v1372 : i64
                  %v1374 = llvm.getelementptr %dy_o[%v1373] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1375 = llvm.load %v1374 : !llvm.ptr -> f32
                  %v1376 = arith.mulf %v1366, %v1348 fastmath<contract> : f32
                  %v1377 = arith.constant 8 : i64
                  %v1378 = arith.addi %v1377, %v39 : i64
                  %v1379 = arith.muli %v1378, %v129 : i64
                  %v1380 = arith.subi %v1361, %v99 : i64
                  %v1381 = arith.addi %v1379, %v1380 : i64
                  %v1382 = llvm.getelementptr %v68[%v1381] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1383 = llvm.load %v1382 : !llvm.ptr -> f32
                  %v1384 = arith.mulf %v1383, %v1350 fastmath<contract> : f32
                  %v1385 = arith.addf %v1376, %v1384 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v1386, %v1387 = gpu.shuffle xor %v1385, %v696, %v697 : f32
                  %v1388 = arith.addf %v1385, %v1386 fastmath<contract> : f32
                  %v1389, %v1390 = gpu.shuffle xor %v1388, %v701, %v697 : f32
                  %v1391 = arith.addf %v1388, %v1389 fastmath<contract> : f32
                  %v1392, %v1393 = gpu.shuffle xor %v1391, %v705, %v697 : f32
                  %v1394 = arith.addf %v1391, %v1392 fastmath<contract> : f32
                  // end sum over the lanes
                  %v1395 = llvm.call_intrinsic "llvm.fabs.f32"(%v1394) : (f32) -> f32
                  %v1396 = arith.maximumf %v76, %v1395 : f32
                  %v1397 = arith.divf %v1375, %v1396 : f32
                  %v1398 = arith.mulf %v1366, %v1397 fastmath<contract> : f32
                  %v1399 = llvm.load %v59 : !llvm.ptr -> f32
                  %v1400 = llvm.load %v63 : !llvm.ptr -> f32
                  %v1401 = arith.mulf %v1400, %v1399 fastmath<contract> : f32
                  %v1402 = arith.addf %v1398, %v1401 fastmath<contract> : f32
                  llvm.store %v1402, %v59 : f32, !llvm.ptr
                  %v1403 = llvm.load %v77 : !llvm.ptr -> f32
                  %v1404 = arith.mulf %v1403, %v1400 fastmath<contract> : f32
                  llvm.store %v1404, %v77 : f32, !llvm.ptr
                  %v1405 = arith.mulf %v1383, %v1397 fastmath<contract> : f32
                  %v1406 = llvm.load %v60 : !llvm.ptr -> f32
                  %v1407 = llvm.load %v64 : !llvm.ptr -> f32
                  %v1408 = arith.mulf %v1407, %v1406 fastmath<contract> : f32
                  %v1409 = arith.addf %v1405, %v1408 fastmath<contract> : f32
                  llvm.store %v1409, %v60 : f32, !llvm.ptr
                  %v1410 = llvm.load %v78 : !llvm.ptr -> f32
                  %v1411 = arith.mulf %v1410, %v1407 fastmath<contract> : f32
                  llvm.store %v1411, %v78 : f32, !llvm.ptr
                  %v1412 = arith.mulf %v1366, %v1334 fastmath<contract> : f32
                  %v1413 = arith.mulf %v1383, %v1346 fastmath<contract> : f32
                  %v1414 = arith.addf %v1412, %v1413 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v1415, %v1416 = gpu.shuffle xor %v1414, %v696, %v697 : f32
                  %v1417 = arith.addf %v1414, %v1415 fastmath<contract> : f32
                  %v1418, %v1419 = gpu.shuffle xor %v1417, %v701, %v697 : f32
                  %v1420 = arith.addf %v1417, %v1418 fastmath<contract> : f32
                  %v1421, %v1422 = gpu.shuffle xor %v1420, %v705, %v697 : f32
                  %v1423 = arith.addf %v1420, %v1421 fastmath<contract> : f32
                  // end sum over the lanes
                  %v1424 = arith.divf %v1423, %v1396 : f32
                  %v1425 = arith.divf %v1424, %v1396 : f32
                  %v1426 = arith.mulf %v1375, %v1425 fastmath<contract> : f32
                  %v1427 = arith.negf %v1426 : f32
                  %v1428 = arith.cmpf oge, %v76, %v1395 : f32
                  %v1429 = arith.select %v1428, %v76, %v75 : f32
                  %v1430 = arith.subf %v76, %v1429 fastmath<contract> : f32
                  %v1431 = arith.mulf %v1427, %v1430 fastmath<contract> : f32
                  %v1432 = arith.cmpf olt, %v1394, %v75 : f32
                  %v1433 = arith.select %v1432, %v746, %v75 : f32
                  %v1434 = arith.cmpf ogt, %v1394, %v75 : f32
                  %v1435 = arith.select %v1434, %v76, %v1433 : f32
                  %v1436 = arith.mulf %v1431, %v1435 fastmath<contract> : f32
                  %v1437 = arith.mulf %v1366, %v1436 fastmath<contract> : f32
                  %v1438 = llvm.load %v61 : !llvm.ptr -> f32
                  %v1439 = llvm.load %v65 : !llvm.ptr -> f32
                  %v1440 = arith.mulf %v1439, %v1438 fastmath<contract> : f32
                  %v1441 = arith.addf %v1437, %v1440 fastmath<contract> : f32
                  llvm.store %v1441, %v61 : f32, !llvm.ptr
                  %v1442 = llvm.load %v79 : !llvm.ptr -> f32
                  %v1443 = arith.mulf %v1442, %v1439 fastmath<contract> : f32
                  llvm.store %v1443, %v79 : f32, !llvm.ptr
                  %v1444 = arith.mulf %v1383, %v1436 fastmath<contract> : f32
                  %v1445 = llvm.load %v62 : !llvm.ptr -> f32
                  %v1446 = llvm.load %v66 : !llvm.ptr -> f32
                  %v1447 = arith.mulf %v1446, %v1445 fastmath<contract> : f32
                  %v1448 = arith.addf %v1444, %v1447 fastmath<contract> : f32
                  llvm.store %v1448, %v62 : f32, !llvm.ptr
                  %v1449 = llvm.load %v80 : !llvm.ptr -> f32
                  %v1450 = arith.mulf %v1449, %v1446 fastmath<contract> : f32
                  llvm.store %v1450, %v80 : f32, !llvm.ptr
                  scf.if %v1360 {
                  }
                  %v1451 = arith.muli %v81, %v129 : i64
                  %v1452 = arith.subi %v1361, %v99 : i64
                  %v1453 = arith.addi %v1451, %v1452 : i64
                  %v1454 = llvm.getelementptr %v74[%v1453] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1455 = llvm.load %v1454 : !llvm.ptr -> f32
                  %v1456 = arith.negf %v1455 : f32
                  %v1457 = arith.mulf %v1456, %v320 fastmath<contract> : f32
                  %v1458 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1457) : (f32) -> f32
                  %v1459 = arith.addf %v76, %v1458 fastmath<contract> : f32
                  %v1460 = arith.divf %v76, %v1459 : f32
                  llvm.store %v1460, %v63 : f32, !llvm.ptr
                  llvm.store %v1460, %v64 : f32, !llvm.ptr
                  llvm.store %v1460, %v65 : f32, !llvm.ptr
                  llvm.store %v1460, %v66 : f32, !llvm.ptr
                }
                %v1461 = arith.addi %v389, %v544 : i64
                %v1462 = arith.cmpi slt, %v701, %v1352 : i32
                %v1463 = arith.cmpi eq, %v701, %v1357 : i32
                scf.if %v1462 {
                  %v1464 = arith.addi %v99, %v1461 : i64
                  %v1465 = arith.muli %v39, %v129 : i64
                  %v1466 = arith.subi %v1464, %v99 : i64
                  %v1467 = arith.addi %v1465, %v1466 : i64
                  %v1468 = llvm.getelementptr %v68[%v1467] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1469 = llvm.load %v1468 : !llvm.ptr -> f32
                  %v1470 = arith.muli %v53, %v343 : i64
                  %v1471 = arith.muli %v1464, %v342 : i64
                  %v1472 = arith.addi %v1470, %v1471 : i64
                  %v1473 = arith.muli %v51, %v341 : i64
                  %v1474 = arith.addi %v1472, %v1473 : i64
                  %v1475 = arith.muli %v49, %v2 : i64
                  %v1476 = arith.addi %v1474, %v1475 : i64
                  %v1477 = llvm.getelementptr %dy_o[%v1476] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1478 = llvm.load %v1477 : !llvm.ptr -> f32
                  %v1479 = arith.mulf %v1469, %v1291 fastmath<contract> : f32
                  %v1480 = arith.constant 8 : i64
                  %v1481 = arith.addi %v1480, %v39 : i64
                  %v1482 = arith.muli %v1481, %v129 : i64
                  %v1483 = arith.subi %v1464, %v99 : i64
                  %v1484 = arith.addi %v1482, %v1483 : i64
                  %v1485 = llvm.getelementptr %v68[%v1484] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1486 = llvm.load %v1485 : !llvm.ptr -> f32
                  %v1487 = arith.mulf %v1486, %v1293 fastmath<contract> : f32
                  %v1488 = arith.addf %v1479, %v1487 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v1489, %v1490 = gpu.shuffle xor %v1488, %v696, %v697 : f32
                  %v1491 = arith.addf %v1488, %v1489 fastmath<contract> : f32
                  %v1492, %v1493 = gpu.shuffle xor %v1491, %v701, %v697 : f32
                  %v1494 = arith.addf %v1491, %v1492 fastmath<contract> : f32
                  %v1495, %v1496 = gpu.shuffle xor %v1494, %v705, %v697 : f32
                  %v1497 = arith.addf %v1494, %v1495 fastmath<contract> : f32
                  // end sum over the lanes
                  %v1498 = llvm.call_intrinsic "llvm.fabs.f32"(%v1497) : (f32) -> f32
                  %v1499 = arith.maximumf %v76, %v1498 : f32
                  %v1500 = arith.divf %v1478, %v1499 : f32
                  %v1501 = arith.mulf %v1469, %v1500 fastmath<contract> : f32
                  %v1502 = llvm.load %v59 : !llvm.ptr -> f32
                  %v1503 = llvm.load %v63 : !llvm.ptr -> f32
                  %v1504 = arith.mulf %v1503, %v1502 fastmath<contract> : f32
                  %v1505 = arith.addf %v1501, %v1504 fastmath<contract> : f32
                  llvm.store %v1505, %v59 : f32, !llvm.ptr
                  %v1506 = llvm.load %v77 : !llvm.ptr -> f32
                  %v1507 = arith.mulf %v1506, %v1503 fastmath<contract> : f32
                  llvm.store %v1507, %v77 : f32, !llvm.ptr
                  %v1508 = arith.mulf %v1486, %v1500 fastmath<contract> : f32
                  %v1509 = llvm.load %v60 : !llvm.ptr -> f32
                  %v1510 = llvm.load %v64 : !llvm.ptr -> f32
                  %v1511 = arith.mulf %v1510, %v1509 fastmath<contract> : f32
                  %v1512 = arith.addf %v1508, %v1511 fastmath<contract> : f32
                  llvm.store %v1512, %v60 : f32, !llvm.ptr
                  %v1513 = llvm.load %v78 : !llvm.ptr -> f32
                  %v1514 = arith.mulf %v1513, %v1510 fastmath<contract> : f32
                  llvm.store %v1514, %v78 : f32, !llvm.ptr
                  %v1515 = arith.mulf %v1469, %v1277 fastmath<contract> : f32
                  %v1516 = arith.mulf %v1486, %v1289 fastmath<contract> : f32
                  %v1517 = arith.addf %v1515, %v1516 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v1518, %v1519 = gpu.shuffle xor %v1517, %v696, %v697 : f32
                  %v1520 = arith.addf %v1517, %v1518 fastmath<contract> : f32
                  %v1521, %v1522 = gpu.shuffle xor %v1520, %v701, %v697 : f32
                  %v1523 = arith.addf %v1520, %v1521 fastmath<contract> : f32
                  %v1524, %v1525 = gpu.shuffle xor %v1523, %v705, %v697 : f32
                  %v1526 = arith.addf %v1523, %v1524 fastmath<contract> : f32
                  // end sum over the lanes
                  %v1527 = arith.divf %v1526, %v1499 : f32
                  %v1528 = arith.divf %v1527, %v1499 : f32
                  %v1529 = arith.mulf %v1478, %v1528 fastmath<contract> : f32
                  %v1530 = arith.negf %v1529 : f32
                  %v1531 = arith.cmpf oge, %v76, %v1498 : f32
                  %v1532 = arith.select %v1531, %v76, %v75 : f32
                  %v1533 = arith.subf %v76, %v1532 fastmath<contract> : f32
                  %v1534 = arith.mulf %v1530, %v1533 fastmath<contract> : f32
                  %v1535 = arith.cmpf olt, %v1497, %v75 : f32
                  %v1536 = arith.select %v1535, %v746, %v75 : f32
                  %v1537 = arith.cmpf ogt, %v1497, %v75 : f32
                  %v1538 = arith.select %v1537, %v76, %v1536 : f32
                  %v1539 = arith.mulf %v1534, %v1538 fastmath<contract> : f32
                  %v1540 = arith.mulf %v1469, %v1539 fastmath<contract> : f32
                  %v1541 = llvm.load %v61 : !llvm.ptr -> f32
                  %v1542 = llvm.load %v65 : !llvm.ptr -> f32
                  %v1543 = arith.mulf %v1542, %v1541 fastmath<contract> : f32
                  %v1544 = arith.addf %v1540, %v1543 fastmath<contract> : f32
                  llvm.store %v1544, %v61 : f32, !llvm.ptr
                  %v1545 = llvm.load %v79 : !llvm.ptr -> f32
                  %v1546 = arith.mulf %v1545, %v1542 fastmath<contract> : f32
                  llvm.store %v1546, %v79 : f32, !llvm.ptr
                  %v1547 = arith.mulf %v1486, %v1539 fastmath<contract> : f32
                  %v1548 = llvm.load %v62 : !llvm.ptr -> f32
                  %v1549 = llvm.load %v66 : !llvm.ptr -> f32
                  %v1550 = arith.mulf %v1549, %v1548 fastmath<contract> : f32
                  %v1551 = arith.addf %v1547, %v1550 fastmath<contract> : f32
                  llvm.store %v1551, %v62 : f32, !llvm.ptr
                  %v1552 = llvm.load %v80 : !llvm.ptr -> f32
                  %v1553 = arith.mulf %v1552, %v1549 fastmath<contract> : f32
                  llvm.store %v1553, %v80 : f32, !llvm.ptr
                  scf.if %v1463 {
                  }
                  %v1554 = arith.muli %v81, %v129 : i64
                  %v1555 = arith.subi %v1464, %v99 : i64
                  %v1556 = arith.addi %v1554, %v1555 : i64
                  %v1557 = llvm.getelementptr %v74[%v1556] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1558 = llvm.load %v1557 : !llvm.ptr -> f32
                  %v1559 = arith.negf %v1558 : f32
                  %v1560 = arith.mulf %v1559, %v320 fastmath<contract> : f32
                  %v1561 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1560) : (f32) -> f32
                  %v1562 = arith.addf %v76, %v1561 fastmath<contract> : f32
                  %v1563 = arith.divf %v76, %v1562 : f32
                  llvm.store %v1563, %v63 : f32, !llvm.ptr
                  llvm.store %v1563, %v64 : f32, !llvm.ptr
                  llvm.store %v1563, %v65 : f32, !llvm.ptr
                  llvm.store %v1563, %v66 : f32, !llvm.ptr
                }
                %v1564 = arith.addi %v389, %v2 : i64
                %v1565 = arith.cmpi slt, %v696, %v1352 : i32
                %v1566 = arith.cmpi eq, %v696, %v1357 : i32
                scf.if %v1565 {
                  %v1567 = arith.addi %v99, %v1564 : i64
                  %v1568 = arith.muli %v39, %v129 : i64
                  %v1569 = arith.subi %v1567, %v99 : i64
                  %v1570 = arith.addi %v1568, %v1569 : i64
                  %v1571 = llvm.getelementptr %v68[%v1570] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1572 = llvm.load %v1571 : !llvm.ptr -> f32
                  %v1573 = arith.muli %v53, %v343 : i64
                  %v1574 = arith.muli %v1567, %v342 : i64
                  %v1575 = arith.addi %v1573, %v1574 : i64
                  %v1576 = arith.muli %v51, %v341 : i64
                  %v1577 = arith.addi %v1575, %v1576 : i64
                  %v1578 = arith.muli %v49, %v2 : i64
                  %v1579 = arith.addi %v1577, %v1578 : i64
                  %v1580 = llvm.getelementptr %dy_o[%v1579] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1581 = llvm.load %v1580 : !llvm.ptr -> f32
                  %v1582 = arith.mulf %v1572, %v1234 fastmath<contract> : f32
                  %v1583 = arith.constant 8 : i64
                  %v1584 = arith.addi %v1583, %v39 : i64
                  %v1585 = arith.muli %v1584, %v129 : i64
                  %v1586 = arith.subi %v1567, %v99 : i64
                  %v1587 = arith.addi %v1585, %v1586 : i64
                  %v1588 = llvm.getelementptr %v68[%v1587] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1589 = llvm.load %v1588 : !llvm.ptr -> f32
                  %v1590 = arith.mulf %v1589, %v1236 fastmath<contract> : f32
                  %v1591 = arith.addf %v1582, %v1590 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v1592, %v1593 = gpu.shuffle xor %v1591, %v696, %v697 : f32
                  %v1594 = arith.addf %v1591, %v1592 fastmath<contract> : f32
                  %v1595, %v1596 = gpu.shuffle xor %v1594, %v701, %v697 : f32
                  %v1597 = arith.addf %v1594, %v1595 fastmath<contract> : f32
                  %v1598, %v1599 = gpu.shuffle xor %v1597, %v705, %v697 : f32
                  %v1600 = arith.addf %v1597, %v1598 fastmath<contract> : f32
                  // end sum over the lanes
                  %v1601 = llvm.call_intrinsic "llvm.fabs.f32"(%v1600) : (f32) -> f32
                  %v1602 = arith.maximumf %v76, %v1601 : f32
                  %v1603 = arith.divf %v1581, %v1602 : f32
                  %v1604 = arith.mulf %v1572, %v1603 fastmath<contract> : f32
                  %v1605 = llvm.load %v59 : !llvm.ptr -> f32
                  %v1606 = llvm.load %v63 : !llvm.ptr -> f32
                  %v1607 = arith.mulf %v1606, %v1605 fastmath<contract> : f32
                  %v1608 = arith.addf %v1604, %v1607 fastmath<contract> : f32
                  llvm.store %v1608, %v59 : f32, !llvm.ptr
                  %v1609 = llvm.load %v77 : !llvm.ptr -> f32
                  %v1610 = arith.mulf %v1609, %v1606 fastmath<contract> : f32
                  llvm.store %v1610, %v77 : f32, !llvm.ptr
                  %v1611 = arith.mulf %v1589, %v1603 fastmath<contract> : f32
                  %v1612 = llvm.load %v60 : !llvm.ptr -> f32
                  %v1613 = llvm.load %v64 : !llvm.ptr -> f32
                  %v1614 = arith.mulf %v1613, %v1612 fastmath<contract> : f32
                  %v1615 = arith.addf %v1611, %v1614 fastmath<contract> : f32
                  llvm.store %v1615, %v60 : f32, !llvm.ptr
                  %v1616 = llvm.load %v78 : !llvm.ptr -> f32
                  %v1617 = arith.mulf %v1616, %v1613 fastmath<contract> : f32
                  llvm.store %v1617, %v78 : f32, !llvm.ptr
                  %v1618 = arith.mulf %v1572, %v1220 fastmath<contract> : f32
                  %v1619 = arith.mulf %v1589, %v1232 fastmath<contract> : f32
                  %v1620 = arith.addf %v1618, %v1619 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v1621, %v1622 = gpu.shuffle xor %v1620, %v696, %v697 : f32
                  %v1623 = arith.addf %v1620, %v1621 fastmath<contract> : f32
                  %v1624, %v1625 = gpu.shuffle xor %v1623, %v701, %v697 : f32
                  %v1626 = arith.addf %v1623, %v1624 fastmath<contract> : f32
                  %v1627, %v1628 = gpu.shuffle xor %v1626, %v705, %v697 : f32
                  %v1629 = arith.addf %v1626, %v1627 fastmath<contract> : f32
                  // end sum over the lanes
                  %v1630 = arith.divf %v1629, %v1602 : f32
                  %v1631 = arith.divf %v1630, %v1602 : f32
                  %v1632 = arith.mulf %v1581, %v1631 fastmath<contract> : f32
                  %v1633 = arith.negf %v1632 : f32
                  %v1634 = arith.cmpf oge, %v76, %v1601 : f32
                  %v1635 = arith.select %v1634, %v76, %v75 : f32
                  %v1636 = arith.subf %v76, %v1635 fastmath<contract> : f32
                  %v1637 = arith.mulf %v1633, %v1636 fastmath<contract> : f32
                  %v1638 = arith.cmpf olt, %v1600, %v75 : f32
                  %v1639 = arith.select %v1638, %v746, %v75 : f32
                  %v1640 = arith.cmpf ogt, %v1600, %v75 : f32
                  %v1641 = arith.select %v1640, %v76, %v1639 : f32
                  %v1642 = arith.mulf %v1637, %v1641 fastmath<contract> : f32
                  %v1643 = arith.mulf %v1572, %v1642 fastmath<contract> : f32
                  %v1644 = llvm.load %v61 : !llvm.ptr -> f32
                  %v1645 = llvm.load %v65 : !llvm.ptr -> f32
                  %v1646 = arith.mulf %v1645, %v1644 fastmath<contract> : f32
                  %v1647 = arith.addf %v1643, %v1646 fastmath<contract> : f32
                  llvm.store %v1647, %v61 : f32, !llvm.ptr
                  %v1648 = llvm.load %v79 : !llvm.ptr -> f32
                  %v1649 = arith.mulf %v1648, %v1645 fastmath<contract> : f32
                  llvm.store %v1649, %v79 : f32, !llvm.ptr
                  %v1650 = arith.mulf %v1589, %v1642 fastmath<contract> : f32
                  %v1651 = llvm.load %v62 : !llvm.ptr -> f32
                  %v1652 = llvm.load %v66 : !llvm.ptr -> f32
                  %v1653 = arith.mulf %v1652, %v1651 fastmath<contract> : f32
                  %v1654 = arith.addf %v1650, %v1653 fastmath<contract> : f32
                  llvm.store %v1654, %v62 : f32, !llvm.ptr
                  %v1655 = llvm.load %v80 : !llvm.ptr -> f32
                  %v1656 = arith.mulf %v1655, %v1652 fastmath<contract> : f32
                  llvm.store %v1656, %v80 : f32, !llvm.ptr
                  scf.if %v1566 {
                  }
                  %v1657 = arith.muli %v81, %v129 : i64
                  %v1658 = arith.subi %v1567, %v99 : i64
                  %v1659 = arith.addi %v1657, %v1658 : i64
                  %v1660 = llvm.getelementptr %v74[%v1659] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1661 = llvm.load %v1660 : !llvm.ptr -> f32
                  %v1662 = arith.negf %v1661 : f32
                  %v1663 = arith.mulf %v1662, %v320 fastmath<contract> : f32
                  %v1664 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1663) : (f32) -> f32
                  %v1665 = arith.addf %v76, %v1664 fastmath<contract> : f32
                  %v1666 = arith.divf %v76, %v1665 : f32
                  llvm.store %v1666, %v63 : f32, !llvm.ptr
                  llvm.store %v1666, %v64 : f32, !llvm.ptr
                  llvm.store %v1666, %v65 : f32, !llvm.ptr
                  llvm.store %v1666, %v66 : f32, !llvm.ptr
                }
                %v1667 = arith.addi %v389, %v81 : i64
                %v1668 = arith.cmpi slt, %v983, %v1352 : i32
                %v1669 = arith.cmpi eq, %v983, %v1357 : i32
                scf.if %v1668 {
                  %v1670 = arith.addi %v99, %v1667 : i64
                  %v1671 = arith.muli %v39, %v129 : i64
                  %v1672 = arith.subi %v1670, %v99 : i64
                  %v1673 = arith.addi %v1671, %v1672 : i64
                  %v1674 = llvm.getelementptr %v68[%v1673] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1675 = llvm.load %v1674 : !llvm.ptr -> f32
                  %v1676 = arith.muli %v53, %v343 : i64
                  %v1677 = arith.muli %v1670, %v342 : i64
                  %v1678 = arith.addi %v1676, %v1677 : i64
                  %v1679 = arith.muli %v51, %v341 : i64
                  %v1680 = arith.addi %v1678, %v1679 : i64
                  %v1681 = arith.muli %v49, %v2 : i64
                  %v1682 = arith.addi %v1680, %v1681 : i64
                  %v1683 = llvm.getelementptr %dy_o[%v1682] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1684 = llvm.load %v1683 : !llvm.ptr -> f32
                  %v1685 = arith.mulf %v1675, %v1177 fastmath<contract> : f32
                  %v1686 = arith.constant 8 : i64
                  %v1687 = arith.addi %v1686, %v39 : i64
                  %v1688 = arith.muli %v1687, %v129 : i64
                  %v1689 = arith.subi %v1670, %v99 : i64
                  %v1690 = arith.addi %v1688, %v1689 : i64
                  %v1691 = llvm.getelementptr %v68[%v1690] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1692 = llvm.load %v1691 : !llvm.ptr -> f32
                  %v1693 = arith.mulf %v1692, %v1179 fastmath<contract> : f32
                  %v1694 = arith.addf %v1685, %v1693 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v1695, %v1696 = gpu.shuffle xor %v1694, %v696, %v697 : f32
                  %v1697 = arith.addf %v1694, %v1695 fastmath<contract> : f32
                  %v1698, %v1699 = gpu.shuffle xor %v1697, %v701, %v697 : f32
                  %v1700 = arith.addf %v1697, %v1698 fastmath<contract> : f32
                  %v1701, %v1702 = gpu.shuffle xor %v1700, %v705, %v697 : f32
                  %v1703 = arith.addf %v1700, %v1701 fastmath<contract> : f32
                  // end sum over the lanes
                  %v1704 = llvm.call_intrinsic "llvm.fabs.f32"(%v1703) : (f32) -> f32
                  %v1705 = arith.maximumf %v76, %v1704 : f32
                  %v1706 = arith.divf %v1684, %v1705 : f32
                  %v1707 = arith.mulf %v1675, %v1706 fastmath<contract> : f32
                  %v1708 = llvm.load %v59 : !llvm.ptr -> f32
                  %v1709 = llvm.load %v63 : !llvm.ptr -> f32
                  %v1710 = arith.mulf %v1709, %v1708 fastmath<contract> : f32
                  %v1711 = arith.addf %v1707, %v1710 fastmath<contract> : f32
                  llvm.store %v1711, %v59 : f32, !llvm.ptr
                  %v1712 = llvm.load %v77 : !llvm.ptr -> f32
                  %v1713 = arith.mulf %v1712, %v1709 fastmath<contract> : f32
                  llvm.store %v1713, %v77 : f32, !llvm.ptr
                  %v1714 = arith.mulf %v1692, %v1706 fastmath<contract> : f32
                  %v1715 = llvm.load %v60 : !llvm.ptr -> f32
                  %v1716 = llvm.load %v64 : !llvm.ptr -> f32
                  %v1717 = arith.mulf %v1716, %v1715 fastmath<contract> : f32
                  %v1718 = arith.addf %v1714, %v1717 fastmath<contract> : f32
                  llvm.store %v1718, %v60 : f32, !llvm.ptr
                  %v1719 = llvm.load %v78 : !llvm.ptr -> f32
                  %v1720 = arith.mulf %v1719, %v1716 fastmath<contract> : f32
                  llvm.store %v1720, %v78 : f32, !llvm.ptr
                  %v1721 = arith.mulf %v1675, %v1163 fastmath<contract> : f32
                  %v1722 = arith.mulf %v1692, %v1175 fastmath<contract> : f32
                  %v1723 = arith.addf %v1721, %v1722 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v1724, %v1725 = gpu.shuffle xor %v1723, %v696, %v697 : f32
                  %v1726 = arith.addf %v1723, %v1724 fastmath<contract> : f32
                  %v1727, %v1728 = gpu.shuffle xor %v1726, %v701, %v697 : f32
                  %v1729 = arith.addf %v1726, %v1727 fastmath<contract> : f32
                  %v1730, %v1731 = gpu.shuffle xor %v1729, %v705, %v697 : f32
                  %v1732 = arith.addf %v1729, %v1730 fastmath<contract> : f32
                  // end sum over the lanes
                  %v1733 = arith.divf %v1732, %v1705 : f32
                  %v1734 = arith.divf %v1733, %v1705 : f32
                  %v1735 = arith.mulf %v1684, %v1734 fastmath<contract> : f32
                  %v1736 = arith.negf %v1735 : f32
                  %v1737 = arith.cmpf oge, %v76, %v1704 : f32
                  %v1738 = arith.select %v1737, %v76, %v75 : f32
                  %v1739 = arith.subf %v76, %v1738 fastmath<contract> : f32
                  %v1740 = arith.mulf %v1736, %v1739 fastmath<contract> : f32
                  %v1741 = arith.cmpf olt, %v1703, %v75 : f32
                  %v1742 = arith.select %v1741, %v746, %v75 : f32
                  %v1743 = arith.cmpf ogt, %v1703, %v75 : f32
                  %v1744 = arith.select %v1743, %v76, %v1742 : f32
                  %v1745 = arith.mulf %v1740, %v1744 fastmath<contract> : f32
                  %v1746 = arith.mulf %v1675, %v1745 fastmath<contract> : f32
                  %v1747 = llvm.load %v61 : !llvm.ptr -> f32
                  %v1748 = llvm.load %v65 : !llvm.ptr -> f32
                  %v1749 = arith.mulf %v1748, %v1747 fastmath<contract> : f32
                  %v1750 = arith.addf %v1746, %v1749 fastmath<contract> : f32
                  llvm.store %v1750, %v61 : f32, !llvm.ptr
                  %v1751 = llvm.load %v79 : !llvm.ptr -> f32
                  %v1752 = arith.mulf %v1751, %v1748 fastmath<contract> : f32
                  llvm.store %v1752, %v79 : f32, !llvm.ptr
                  %v1753 = arith.mulf %v1692, %v1745 fastmath<contract> : f32
                  %v1754 = llvm.load %v62 : !llvm.ptr -> f32
                  %v1755 = llvm.load %v66 : !llvm.ptr -> f32
                  %v1756 = arith.mulf %v1755, %v1754 fastmath<contract> : f32
                  %v1757 = arith.addf %v1753, %v1756 fastmath<contract> : f32
                  llvm.store %v1757, %v62 : f32, !llvm.ptr
                  %v1758 = llvm.load %v80 : !llvm.ptr -> f32
                  %v1759 = arith.mulf %v1758, %v1755 fastmath<contract> : f32
                  llvm.store %v1759, %v80 : f32, !llvm.ptr
                  scf.if %v1669 {
                  }
                  %v1760 = arith.muli %v81, %v129 : i64
                  %v1761 = arith.subi %v1670, %v99 : i64
                  %v1762 = arith.addi %v1760, %v1761 : i64
                  %v1763 = llvm.getelementptr %v74[%v1762] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1764 = llvm.load %v1763 : !llvm.ptr -> f32
                  %v1765 = arith.negf %v1764 : f32
                  %v1766 = arith.mulf %v1765, %v320 fastmath<contract> : f32
                  %v1767 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1766) : (f32) -> f32
                  %v1768 = arith.addf %v76, %v1767 fastmath<contract> : f32
                  %v1769 = arith.divf %v76, %v1768 : f32
                  llvm.store %v1769, %v63 : f32, !llvm.ptr
                  llvm.store %v1769, %v64 : f32, !llvm.ptr
                  llvm.store %v1769, %v65 : f32, !llvm.ptr
                  llvm.store %v1769, %v66 : f32, !llvm.ptr
                }
              }
            }
          }
        }
      }
      scf.if %v43 {
        %v1770 = llvm.load %v59 : !llvm.ptr -> f32
        %v1771 = arith.addi %v81, %v39 : i64
        %v1772 = arith.muli %v81, %v9 : i64
        %v1773 = arith.addi %v1772, %v34 : i64
        %v1774 = arith.muli %v1773, %v1 : i64
        %v1775 = arith.addi %v1774, %v1771 : i64
        %v1776 = arith.muli %v1775, %v5 : i64
        %v1777 = arith.subi %v5, %v2 : i64
        %v1778 = arith.minsi %v45, %v1777 : i64
        %v1779 = arith.addi %v1776, %v1778 : i64
        %v1780 = llvm.getelementptr %segsum_C[%v1779] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1770, %v1780 : f32, !llvm.ptr
        %v1781 = llvm.load %v77 : !llvm.ptr -> f32
        %v1782 = arith.addi %v81, %v39 : i64
        %v1783 = arith.muli %v2, %v9 : i64
        %v1784 = arith.addi %v1783, %v34 : i64
        %v1785 = arith.muli %v1784, %v1 : i64
        %v1786 = arith.addi %v1785, %v1782 : i64
        %v1787 = arith.muli %v1786, %v5 : i64
        %v1788 = arith.subi %v5, %v2 : i64
        %v1789 = arith.minsi %v45, %v1788 : i64
        %v1790 = arith.addi %v1787, %v1789 : i64
        %v1791 = llvm.getelementptr %segsum_C[%v1790] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1781, %v1791 : f32, !llvm.ptr
        %v1792 = llvm.load %v63 : !llvm.ptr -> f32
        %v1793 = arith.addi %v81, %v39 : i64
        %v1794 = arith.muli %v544, %v9 : i64
        %v1795 = arith.addi %v1794, %v34 : i64
        %v1796 = arith.muli %v1795, %v1 : i64
        %v1797 = arith.addi %v1796, %v1793 : i64
        %v1798 = arith.muli %v1797, %v5 : i64
        %v1799 = arith.subi %v5, %v2 : i64
        %v1800 = arith.minsi %v45, %v1799 : i64
        %v1801 = arith.addi %v1798, %v1800 : i64
        %v1802 = llvm.getelementptr %segsum_C[%v1801] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1792, %v1802 : f32, !llvm.ptr
        %v1803 = llvm.load %v60 : !llvm.ptr -> f32
        %v1804 = arith.addi %v38, %v39 : i64
        %v1805 = arith.muli %v81, %v9 : i64
        %v1806 = arith.addi %v1805, %v34 : i64
        %v1807 = arith.muli %v1806, %v1 : i64
        %v1808 = arith.addi %v1807, %v1804 : i64
        %v1809 = arith.muli %v1808, %v5 : i64
        %v1810 = arith.subi %v5, %v2 : i64
        %v1811 = arith.minsi %v45, %v1810 : i64
        %v1812 = arith.addi %v1809, %v1811 : i64
        %v1813 = llvm.getelementptr %segsum_C[%v1812] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1803, %v1813 : f32, !llvm.ptr
        %v1814 = llvm.load %v78 : !llvm.ptr -> f32
        %v1815 = arith.addi %v38, %v39 : i64
        %v1816 = arith.muli %v2, %v9 : i64
        %v1817 = arith.addi %v1816, %v34 : i64
        %v1818 = arith.muli %v1817, %v1 : i64
        %v1819 = arith.addi %v1818, %v1815 : i64
        %v1820 = arith.muli %v1819, %v5 : i64
        %v1821 = arith.subi %v5, %v2 : i64
        %v1822 = arith.minsi %v45, %v1821 : i64
        %v1823 = arith.addi %v1820, %v1822 : i64
        %v1824 = llvm.getelementptr %segsum_C[%v1823] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1814, %v1824 : f32, !llvm.ptr
        %v1825 = llvm.load %v64 : !llvm.ptr -> f32
        %v1826 = arith.addi %v38, %v39 : i64
        %v1827 = arith.muli %v544, %v9 : i64
        %v1828 = arith.addi %v1827, %v34 : i64
        %v1829 = arith.muli %v1828, %v1 : i64
        %v1830 = arith.addi %v1829, %v1826 : i64
        %v1831 = arith.muli %v1830, %v5 : i64
        %v1832 = arith.subi %v5, %v2 : i64
        %v1833 = arith.minsi %v45, %v1832 : i64
        %v1834 = arith.addi %v1831, %v1833 : i64
        %v1835 = llvm.getelementptr %segsum_C[%v1834] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1825, %v1835 : f32, !llvm.ptr
        %v1836 = llvm.load %v61 : !llvm.ptr -> f32
        %v1837 = arith.addi %v81, %v39 : i64
        %v1838 = arith.muli %v81, %v9 : i64
        %v1839 = arith.addi %v1838, %v34 : i64
        %v1840 = arith.muli %v1839, %v1 : i64
        %v1841 = arith.addi %v1840, %v1837 : i64
        %v1842 = arith.muli %v1841, %v5 : i64
        %v1843 = arith.subi %v5, %v2 : i64
        %v1844 = arith.minsi %v45, %v1843 : i64
        %v1845 = arith.addi %v1842, %v1844 : i64
        %v1846 = llvm.getelementptr %segsum_n[%v1845] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1836, %v1846 : f32, !llvm.ptr
        %v1847 = llvm.load %v79 : !llvm.ptr -> f32
        %v1848 = arith.addi %v81, %v39 : i64
        %v1849 = arith.muli %v2, %v9 : i64
        %v1850 = arith.addi %v1849, %v34 : i64
        %v1851 = arith.muli %v1850, %v1 : i64
        %v1852 = arith.addi %v1851, %v1848 : i64
        %v1853 = arith.muli %v1852, %v5 : i64
        %v1854 = arith.subi %v5, %v2 : i64
        %v1855 = arith.minsi %v45, %v1854 : i64
        %v1856 = arith.addi %v1853, %v1855 : i64
        %v1857 = llvm.getelementptr %segsum_n[%v1856] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1847, %v1857 : f32, !llvm.ptr
        %v1858 = llvm.load %v65 : !llvm.ptr -> f32
        %v1859 = arith.addi %v81, %v39 : i64
        %v1860 = arith.muli %v544, %v9 : i64
        %v1861 = arith.addi %v1860, %v34 : i64
        %v1862 = arith.muli %v1861, %v1 : i64
        %v1863 = arith.addi %v1862, %v1859 : i64
        %v1864 = arith.muli %v1863, %v5 : i64
        %v1865 = arith.subi %v5, %v2 : i64
        %v1866 = arith.minsi %v45, %v1865 : i64
        %v1867 = arith.addi %v1864, %v1866 : i64
        %v1868 = llvm.getelementptr %segsum_n[%v1867] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1858, %v1868 : f32, !llvm.ptr
        %v1869 = llvm.load %v62 : !llvm.ptr -> f32
        %v1870 = arith.addi %v38, %v39 : i64
        %v1871 = arith.muli %v81, %v9 : i64
        %v1872 = arith.addi %v1871, %v34 : i64
        %v1873 = arith.muli %v1872, %v1 : i64
        %v1874 = arith.addi %v1873, %v1870 : i64
        %v1875 = arith.muli %v1874, %v5 : i64
        %v1876 = arith.subi %v5, %v2 : i64
        %v1877 = arith.minsi %v45, %v1876 : i64
        %v1878 = arith.addi %v1875, %v1877 : i64
        %v1879 = llvm.getelementptr %segsum_n[%v1878] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1869, %v1879 : f32, !llvm.ptr
        %v1880 = llvm.load %v80 : !llvm.ptr -> f32
        %v1881 = arith.addi %v38, %v39 : i64
        %v1882 = arith.muli %v2, %v9 : i64
        %v1883 = arith.addi %v1882, %v34 : i64
        %v1884 = arith.muli %v1883, %v1 : i64
        %v1885 = arith.addi %v1884, %v1881 : i64
        %v1886 = arith.muli %v1885, %v5 : i64
        %v1887 = arith.subi %v5, %v2 : i64
        %v1888 = arith.minsi %v45, %v1887 : i64
        %v1889 = arith.addi %v1886, %v1888 : i64
        %v1890 = llvm.getelementptr %segsum_n[%v1889] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1880, %v1890 : f32, !llvm.ptr
        %v1891 = llvm.load %v66 : !llvm.ptr -> f32
        %v1892 = arith.addi %v38, %v39 : i64
        %v1893 = arith.muli %v544, %v9 : i64
        %v1894 = arith.addi %v1893, %v34 : i64
        %v1895 = arith.muli %v1894, %v1 : i64
        %v1896 = arith.addi %v1895, %v1892 : i64
        %v1897 = arith.muli %v1896, %v5 : i64
        %v1898 = arith.subi %v5, %v2 : i64
        %v1899 = arith.minsi %v45, %v1898 : i64
        %v1900 = arith.addi %v1897, %v1899 : i64
        %v1901 = llvm.getelementptr %segsum_n[%v1900] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1891, %v1901 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
