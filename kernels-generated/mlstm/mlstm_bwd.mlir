module attributes {gpu.container_module} {
  gpu.module @linrec {
    llvm.mlir.global internal @tile_mlstm_bwd_q() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<4224 x f32>
    llvm.mlir.global internal @tile_mlstm_bwd_k() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<4224 x f32>
    llvm.mlir.global internal @tile_mlstm_bwd_ig() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<264 x f32>
    llvm.mlir.global internal @tile_mlstm_bwd_fg() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<264 x f32>
    llvm.mlir.global internal @rows_mlstm_bwd_q() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<1040 x f32>
    llvm.mlir.global internal @rows_mlstm_bwd_k() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<1040 x f32>
    llvm.mlir.global internal @rows_mlstm_bwd_ig() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<65 x f32>
    llvm.mlir.global internal @rows_mlstm_bwd_fg() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<65 x f32>
    gpu.func @mlstm_bwd(%in_q: !llvm.ptr, %in_k: !llvm.ptr, %in_v: !llvm.ptr, %in_ig: !llvm.ptr, %in_fg: !llvm.ptr, %dy_o: !llvm.ptr, %ckpt_C: !llvm.ptr, %ckpt_n: !llvm.ptr, %scratch_C: !llvm.ptr, %scratch_n: !llvm.ptr, %part_q: !llvm.ptr, %part_k: !llvm.ptr, %dx_v: !llvm.ptr, %part_ig: !llvm.ptr, %part_fg: !llvm.ptr, %size_B: i64, %size_L: i64, %size_H: i64, %size_DK: i64, %size_DV: i64) kernel attributes {nvvm.maxntid = array<i32: 256, 1, 1>, nvvm.minctasm = 2 : i32} {
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
      %v12 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v13 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v14 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v15 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v16 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v17 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v22 = arith.constant 32 : i64
      %v23 = arith.constant 31 : i64
      %v29 = arith.constant 8 : i64
      %v46 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v47 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v48 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v49 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v50 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v51 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v52 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v53 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v54 = llvm.mlir.addressof @tile_mlstm_bwd_q : !llvm.ptr<3>
      %v55 = llvm.addrspacecast %v54 : !llvm.ptr<3> to !llvm.ptr
      %v56 = llvm.mlir.addressof @tile_mlstm_bwd_k : !llvm.ptr<3>
      %v57 = llvm.addrspacecast %v56 : !llvm.ptr<3> to !llvm.ptr
      %v58 = llvm.mlir.addressof @tile_mlstm_bwd_ig : !llvm.ptr<3>
      %v59 = llvm.addrspacecast %v58 : !llvm.ptr<3> to !llvm.ptr
      %v60 = llvm.mlir.addressof @tile_mlstm_bwd_fg : !llvm.ptr<3>
      %v61 = llvm.addrspacecast %v60 : !llvm.ptr<3> to !llvm.ptr
      %v62 = llvm.mlir.addressof @rows_mlstm_bwd_q : !llvm.ptr<3>
      %v63 = llvm.addrspacecast %v62 : !llvm.ptr<3> to !llvm.ptr
      %v64 = llvm.mlir.addressof @rows_mlstm_bwd_k : !llvm.ptr<3>
      %v65 = llvm.addrspacecast %v64 : !llvm.ptr<3> to !llvm.ptr
      %v66 = llvm.mlir.addressof @rows_mlstm_bwd_ig : !llvm.ptr<3>
      %v67 = llvm.addrspacecast %v66 : !llvm.ptr<3> to !llvm.ptr
      %v68 = llvm.mlir.addressof @rows_mlstm_bwd_fg : !llvm.ptr<3>
      %v69 = llvm.addrspacecast %v68 : !llvm.ptr<3> to !llvm.ptr
      %v70 = arith.constant 0x00000000 : f32
      %v71 = arith.constant 0x3F800000 : f32
      %v72 = arith.constant 0 : i64
      %v74 = arith.constant 64 : i64
      %v75 = arith.constant 4 : i64
      %v76 = arith.constant 3 : i64
      %v95 = arith.constant 1024 : i64
      %v96 = arith.constant 256 : i64
      %v108 = arith.muli %v2, %v1 : i64
      %v109 = arith.muli %v108, %size_H : i64
      %v110 = arith.muli %v109, %size_L : i64
      %v120 = arith.constant 65 : i64
      %v156 = arith.muli %v2, %size_H : i64
      %v157 = arith.muli %v156, %size_L : i64
      %v188 = arith.muli %v2, %size_B : i64
      %v189 = arith.muli %v188, %size_H : i64
      %v190 = arith.muli %v189, %v1 : i64
      %v191 = arith.muli %v190, %size_DV : i64
      %v193 = arith.muli %v2, %size_DV : i64
      %v194 = arith.muli %v193, %v1 : i64
      %v195 = arith.muli %v194, %size_H : i64
      %v206 = arith.muli %v2, %size_B : i64
      %v207 = arith.muli %v206, %size_H : i64
      %v208 = arith.muli %v207, %v1 : i64
      %v209 = arith.muli %v208, %size_DV : i64
      %v223 = arith.muli %v2, %size_B : i64
      %v224 = arith.muli %v223, %size_H : i64
      %v225 = arith.muli %v224, %v1 : i64
      %v227 = arith.muli %v2, %v1 : i64
      %v228 = arith.muli %v227, %size_H : i64
      %v237 = arith.muli %v2, %size_B : i64
      %v238 = arith.muli %v237, %size_H : i64
      %v239 = arith.muli %v238, %v1 : i64
      %v310 = arith.constant 0x3FB8AA3B : f32
      %v331 = arith.muli %v2, %size_DV : i64
      %v332 = arith.muli %v331, %size_H : i64
      %v333 = arith.muli %v332, %size_L : i64
      %v366 = arith.constant 7 : i64
      %v540 = arith.constant 2 : i64
      %v660 = arith.constant 2147483647 : i64
      %v664 = arith.constant 3 : i32
      %v693 = arith.constant 1 : i32
      %v694 = arith.constant 32 : i32
      %v698 = arith.constant 2 : i32
      %v702 = arith.constant 4 : i32
      %v739 = arith.constant 0xBF800000 : f32
      %v881 = arith.constant 8 : i32
      %v885 = arith.constant 16 : i32
      %v895 = arith.constant 33 : i64
      %v1588 = arith.constant 0 : i32
      %v3385 = arith.constant 512 : i64
      %v3391 = arith.muli %v2, %size_B : i64
      %v3392 = arith.muli %v3391, %size_L : i64
      %v3393 = arith.muli %v3392, %size_H : i64
      %v3394 = arith.muli %v3393, %v1 : i64
      %v3446 = arith.constant 5 : i64
      %v3454 = arith.constant 6 : i64
      %v3486 = arith.muli %v2, %size_B : i64
      %v3487 = arith.muli %v3486, %size_L : i64
      %v3488 = arith.muli %v3487, %size_H : i64
      %v3489 = arith.muli %v3488, %v1 : i64
      %v3579 = arith.muli %v2, %size_B : i64
      %v3580 = arith.muli %v3579, %size_L : i64
      %v3581 = arith.muli %v3580, %size_H : i64
      %v3667 = arith.muli %v2, %size_B : i64
      %v3668 = arith.muli %v3667, %size_L : i64
      %v3669 = arith.muli %v3668, %size_H : i64
      %v18 = gpu.block_id x
      %v19 = gpu.thread_id x
      %v20 = arith.index_cast %v19 : index to i64
      %v21 = arith.index_cast %v18 : index to i64
      %v24 = arith.addi %size_DV, %v23 : i64
      %v25 = arith.divui %v24, %v22 : i64
      %v26 = arith.maxsi %v25, %v2 : i64
      %v27 = arith.divui %v21, %v26 : i64
      %v28 = arith.remui %v21, %v26 : i64
      %v30 = arith.remui %v20, %v29 : i64
      %v31 = arith.divui %v20, %v29 : i64
      %v32 = arith.muli %v28, %v22 : i64
      %v33 = arith.addi %v32, %v31 : i64
      %v34 = arith.cmpi slt, %v33, %size_DV : i64
      %v35 = arith.muli %v27, %size_DV : i64
      %v36 = arith.addi %v35, %v33 : i64
      %v37 = arith.subi %size_DV, %v2 : i64
      %v38 = arith.minsi %v33, %v37 : i64
      %v39 = arith.addi %v35, %v38 : i64
      %v40 = arith.remui %v39, %size_DV : i64
      %v41 = arith.divui %v39, %size_DV : i64
      %v42 = arith.remui %v41, %size_H : i64
      %v43 = arith.divui %v41, %size_H : i64
      %v44 = arith.remui %v43, %size_B : i64
      %v45 = arith.divui %v43, %size_B : i64
      %v327 = arith.sitofp %v1 : i64 to f32
      %v451 = arith.sitofp %v1 : i64 to f32
      %v508 = arith.sitofp %v1 : i64 to f32
      %v566 = arith.sitofp %v1 : i64 to f32
      %v623 = arith.sitofp %v1 : i64 to f32
      %v782 = arith.sitofp %v1 : i64 to f32
      %v1090 = arith.sitofp %v1 : i64 to f32
      %v1395 = arith.sitofp %v1 : i64 to f32
      %v1701 = arith.sitofp %v1 : i64 to f32
      %v1955 = arith.sitofp %v1 : i64 to f32
      %v2012 = arith.sitofp %v1 : i64 to f32
      %v2069 = arith.sitofp %v1 : i64 to f32
      %v2126 = arith.sitofp %v1 : i64 to f32
      %v2278 = arith.sitofp %v1 : i64 to f32
      %v2583 = arith.sitofp %v1 : i64 to f32
      %v2888 = arith.sitofp %v1 : i64 to f32
      %v3193 = arith.sitofp %v1 : i64 to f32
      llvm.store %v70, %v46 : f32, !llvm.ptr
      llvm.store %v70, %v47 : f32, !llvm.ptr
      llvm.store %v70, %v48 : f32, !llvm.ptr
      llvm.store %v70, %v49 : f32, !llvm.ptr
      llvm.store %v71, %v50 : f32, !llvm.ptr
      llvm.store %v71, %v51 : f32, !llvm.ptr
      llvm.store %v71, %v52 : f32, !llvm.ptr
      llvm.store %v71, %v53 : f32, !llvm.ptr
      %v73 = arith.cmpi eq, %size_L, %v72 : i64
      scf.if %v73 {
        llvm.store %v70, %v14 : f32, !llvm.ptr
        llvm.store %v70, %v15 : f32, !llvm.ptr
        llvm.store %v70, %v16 : f32, !llvm.ptr
        llvm.store %v70, %v17 : f32, !llvm.ptr
      }
      %v77 = arith.subi %v74, %v2 : i64
      %v78 = arith.addi %size_L, %v77 : i64
      %v79 = arith.divui %v78, %v74 : i64
      %v80 = arith.subi %v79, %v72 : i64
      %v81 = arith.maxsi %v80, %v72 : i64
      %v82 = arith.index_cast %v72 : i64 to index
      %v83 = arith.index_cast %v81 : i64 to index
      %v84 = arith.index_cast %v2 : i64 to index
      scf.for %v85 = %v82 to %v83 step %v84 {
        %v86 = arith.index_cast %v85 : index to i64
        %v87 = arith.subi %v79, %v2 : i64
        %v88 = arith.subi %v87, %v86 : i64
        %v89 = arith.muli %v88, %v74 : i64
        %v90 = arith.subi %size_L, %v89 : i64
        %v91 = arith.minsi %v90, %v74 : i64
        %v92 = arith.addi %v91, %v76 : i64
        %v93 = arith.divui %v92, %v75 : i64
        // the block's shared input rows for this stretch
        gpu.barrier
        %v94 = arith.subi %size_L, %v2 : i64
        %v97 = arith.index_cast %v20 : i64 to index
        %v98 = arith.index_cast %v95 : i64 to index
        %v99 = arith.index_cast %v96 : i64 to index
        scf.for %v100 = %v97 to %v98 step %v99 {
          %v101 = arith.index_cast %v100 : index to i64
          %v102 = arith.remui %v101, %v74 : i64
          %v103 = arith.divui %v101, %v74 : i64
          %v104 = arith.addi %v89, %v102 : i64
          %v105 = arith.minsi %v104, %v94 : i64
          %v106 = arith.remui %v103, %v1 : i64
          %v107 = arith.divui %v103, %v1 : i64
          %v111 = arith.muli %v44, %v110 : i64
          %v112 = arith.muli %v105, %v109 : i64
          %v113 = arith.addi %v111, %v112 : i64
          %v114 = arith.muli %v42, %v108 : i64
          %v115 = arith.addi %v113, %v114 : i64
          %v116 = arith.muli %v106, %v2 : i64
          %v117 = arith.addi %v115, %v116 : i64
          %v118 = llvm.getelementptr %in_q[%v117] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v119 = llvm.load %v118 : !llvm.ptr -> f32
          %v121 = arith.muli %v103, %v120 : i64
          %v122 = arith.addi %v121, %v102 : i64
          %v123 = llvm.getelementptr %v63[%v122] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v119, %v123 : f32, !llvm.ptr
        }
        %v124 = arith.index_cast %v20 : i64 to index
        %v125 = arith.index_cast %v95 : i64 to index
        %v126 = arith.index_cast %v96 : i64 to index
        scf.for %v127 = %v124 to %v125 step %v126 {
          %v128 = arith.index_cast %v127 : index to i64
          %v129 = arith.remui %v128, %v74 : i64
          %v130 = arith.divui %v128, %v74 : i64
          %v131 = arith.addi %v89, %v129 : i64
          %v132 = arith.minsi %v131, %v94 : i64
          %v133 = arith.remui %v130, %v1 : i64
          %v134 = arith.divui %v130, %v1 : i64
          %v135 = arith.muli %v44, %v110 : i64
          %v136 = arith.muli %v132, %v109 : i64
          %v137 = arith.addi %v135, %v136 : i64
          %v138 = arith.muli %v42, %v108 : i64
          %v139 = arith.addi %v137, %v138 : i64
          %v140 = arith.muli %v133, %v2 : i64
          %v141 = arith.addi %v139, %v140 : i64
          %v142 = llvm.getelementptr %in_k[%v141] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v143 = llvm.load %v142 : !llvm.ptr -> f32
          %v144 = arith.muli %v130, %v120 : i64
          %v145 = arith.addi %v144, %v129 : i64
          %v146 = llvm.getelementptr %v65[%v145] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v143, %v146 : f32, !llvm.ptr
        }
        %v147 = arith.index_cast %v20 : i64 to index
        %v148 = arith.index_cast %v74 : i64 to index
        %v149 = arith.index_cast %v96 : i64 to index
        scf.for %v150 = %v147 to %v148 step %v149 {
          %v151 = arith.index_cast %v150 : index to i64
          %v152 = arith.remui %v151, %v74 : i64
          %v153 = arith.divui %v151, %v74 : i64
          %v154 = arith.addi %v89, %v152 : i64
          %v155 = arith.minsi %v154, %v94 : i64
          %v158 = arith.muli %v44, %v157 : i64
          %v159 = arith.muli %v155, %v156 : i64
          %v160 = arith.addi %v158, %v159 : i64
          %v161 = arith.muli %v42, %v2 : i64
          %v162 = arith.addi %v160, %v161 : i64
          %v163 = llvm.getelementptr %in_ig[%v162] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v164 = llvm.load %v163 : !llvm.ptr -> f32
          %v165 = arith.muli %v153, %v120 : i64
          %v166 = arith.addi %v165, %v152 : i64
          %v167 = llvm.getelementptr %v67[%v166] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v164, %v167 : f32, !llvm.ptr
        }
        %v168 = arith.index_cast %v20 : i64 to index
        %v169 = arith.index_cast %v74 : i64 to index
        %v170 = arith.index_cast %v96 : i64 to index
        scf.for %v171 = %v168 to %v169 step %v170 {
          %v172 = arith.index_cast %v171 : index to i64
          %v173 = arith.remui %v172, %v74 : i64
          %v174 = arith.divui %v172, %v74 : i64
          %v175 = arith.addi %v89, %v173 : i64
          %v176 = arith.minsi %v175, %v94 : i64
          %v177 = arith.muli %v44, %v157 : i64
          %v178 = arith.muli %v176, %v156 : i64
          %v179 = arith.addi %v177, %v178 : i64
          %v180 = arith.muli %v42, %v2 : i64
          %v181 = arith.addi %v179, %v180 : i64
          %v182 = llvm.getelementptr %in_fg[%v181] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v183 = llvm.load %v182 : !llvm.ptr -> f32
          %v184 = arith.muli %v174, %v120 : i64
          %v185 = arith.addi %v184, %v173 : i64
          %v186 = llvm.getelementptr %v69[%v185] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v183, %v186 : f32, !llvm.ptr
        }
        gpu.barrier
        %v187 = arith.subi %v91, %v2 : i64
        %v192 = arith.muli %v88, %v191 : i64
        %v196 = arith.muli %v44, %v195 : i64
        %v197 = arith.muli %v42, %v194 : i64
        %v198 = arith.addi %v196, %v197 : i64
        %v199 = arith.muli %v30, %v193 : i64
        %v200 = arith.addi %v198, %v199 : i64
        %v201 = arith.muli %v40, %v2 : i64
        %v202 = arith.addi %v200, %v201 : i64
        %v203 = arith.addi %v192, %v202 : i64
        %v204 = llvm.getelementptr %ckpt_C[%v203] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v205 = llvm.load %v204 : !llvm.ptr -> f32
        llvm.store %v205, %v10 : f32, !llvm.ptr
        %v210 = arith.muli %v88, %v209 : i64
        %v211 = arith.muli %v44, %v195 : i64
        %v212 = arith.muli %v42, %v194 : i64
        %v213 = arith.addi %v211, %v212 : i64
        %v214 = arith.constant 8 : i64
        %v215 = arith.addi %v214, %v30 : i64
        %v216 = arith.muli %v215, %v193 : i64
        %v217 = arith.addi %v213, %v216 : i64
        %v218 = arith.muli %v40, %v2 : i64
        %v219 = arith.addi %v217, %v218 : i64
        %v220 = arith.addi %v210, %v219 : i64
        %v221 = llvm.getelementptr %ckpt_C[%v220] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v222 = llvm.load %v221 : !llvm.ptr -> f32
        llvm.store %v222, %v11 : f32, !llvm.ptr
        %v226 = arith.muli %v88, %v225 : i64
        %v229 = arith.muli %v44, %v228 : i64
        %v230 = arith.muli %v42, %v227 : i64
        %v231 = arith.addi %v229, %v230 : i64
        %v232 = arith.muli %v30, %v2 : i64
        %v233 = arith.addi %v231, %v232 : i64
        %v234 = arith.addi %v226, %v233 : i64
        %v235 = llvm.getelementptr %ckpt_n[%v234] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v236 = llvm.load %v235 : !llvm.ptr -> f32
        llvm.store %v236, %v12 : f32, !llvm.ptr
        %v240 = arith.muli %v88, %v239 : i64
        %v241 = arith.muli %v44, %v228 : i64
        %v242 = arith.muli %v42, %v227 : i64
        %v243 = arith.addi %v241, %v242 : i64
        %v244 = arith.constant 8 : i64
        %v245 = arith.addi %v244, %v30 : i64
        %v246 = arith.muli %v245, %v2 : i64
        %v247 = arith.addi %v243, %v246 : i64
        %v248 = arith.addi %v240, %v247 : i64
        %v249 = llvm.getelementptr %ckpt_n[%v248] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v250 = llvm.load %v249 : !llvm.ptr -> f32
        llvm.store %v250, %v13 : f32, !llvm.ptr
        // the state entering each group of the stretch
        %v251 = arith.index_cast %v72 : i64 to index
        %v252 = arith.index_cast %v93 : i64 to index
        %v253 = arith.index_cast %v2 : i64 to index
        scf.for %v254 = %v251 to %v252 step %v253 {
          %v255 = arith.index_cast %v254 : index to i64
          scf.if %v34 {
            %v256 = llvm.load %v10 : !llvm.ptr -> f32
            %v257 = arith.muli %v255, %v5 : i64
            %v258 = arith.subi %v5, %v2 : i64
            %v259 = arith.minsi %v36, %v258 : i64
            %v260 = arith.addi %v257, %v259 : i64
            %v261 = arith.muli %v260, %v1 : i64
            %v262 = arith.addi %v261, %v72 : i64
            %v263 = arith.addi %v262, %v30 : i64
            %v264 = llvm.getelementptr %scratch_C[%v263] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v256, %v264 : f32, !llvm.ptr
            %v265 = llvm.load %v11 : !llvm.ptr -> f32
            %v266 = arith.muli %v255, %v5 : i64
            %v267 = arith.subi %v5, %v2 : i64
            %v268 = arith.minsi %v36, %v267 : i64
            %v269 = arith.addi %v266, %v268 : i64
            %v270 = arith.muli %v269, %v1 : i64
            %v271 = arith.addi %v270, %v29 : i64
            %v272 = arith.addi %v271, %v30 : i64
            %v273 = llvm.getelementptr %scratch_C[%v272] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v265, %v273 : f32, !llvm.ptr
            %v274 = llvm.load %v12 : !llvm.ptr -> f32
            %v275 = arith.muli %v255, %v5 : i64
            %v276 = arith.subi %v5, %v2 : i64
            %v277 = arith.minsi %v36, %v276 : i64
            %v278 = arith.addi %v275, %v277 : i64
            %v279 = arith.muli %v278, %v1 : i64
            %v280 = arith.addi %v279, %v72 : i64
            %v281 = arith.addi %v280, %v30 : i64
            %v282 = llvm.getelementptr %scratch_n[%v281] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v274, %v282 : f32, !llvm.ptr
            %v283 = llvm.load %v13 : !llvm.ptr -> f32
            %v284 = arith.muli %v255, %v5 : i64
            %v285 = arith.subi %v5, %v2 : i64
            %v286 = arith.minsi %v36, %v285 : i64
            %v287 = arith.addi %v284, %v286 : i64
            %v288 = arith.muli %v287, %v1 : i64
            %v289 = arith.addi %v288, %v29 : i64
            %v290 = arith.addi %v289, %v30 : i64
            %v291 = llvm.getelementptr %scratch_n[%v290] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v283, %v291 : f32, !llvm.ptr
          }
          %v292 = arith.muli %v255, %v75 : i64
          %v293 = arith.subi %v91, %v292 : i64
          %v294 = arith.trunci %v293 : i64 to i32
          %v295 = arith.index_cast %v72 : i64 to index
          %v296 = arith.index_cast %v75 : i64 to index
          %v297 = arith.index_cast %v2 : i64 to index
          scf.for %v298 = %v295 to %v296 step %v297 {
            %v299 = arith.index_cast %v298 : index to i64
            %v300 = arith.trunci %v299 : i64 to i32
            %v301 = arith.addi %v292, %v299 : i64
            %v302 = arith.cmpi slt, %v300, %v294 : i32
            scf.if %v302 {
              %v303 = arith.addi %v89, %v301 : i64
              %v304 = arith.muli %v72, %v120 : i64
              %v305 = arith.subi %v303, %v89 : i64
              %v306 = arith.addi %v304, %v305 : i64
              %v307 = llvm.getelementptr %v69[%v306] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v308 = llvm.load %v307 : !llvm.ptr -> f32
              %v309 = arith.negf %v308 : f32
              %v311 = arith.mulf %v309, %v310 fastmath<contract> : f32
              %v312 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v311) : (f32) -> f32
              %v313 = arith.addf %v71, %v312 fastmath<contract> : f32
              %v314 = arith.divf %v71, %v313 : f32
              %v315 = arith.muli %v72, %v120 : i64
              %v316 = arith.subi %v303, %v89 : i64
              %v317 = arith.addi %v315, %v316 : i64
              %v318 = llvm.getelementptr %v67[%v317] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v319 = llvm.load %v318 : !llvm.ptr -> f32
              %v320 = arith.mulf %v319, %v310 fastmath<contract> : f32
              %v321 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v320) : (f32) -> f32
              %v322 = arith.muli %v30, %v120 : i64
              %v323 = arith.subi %v303, %v89 : i64
              %v324 = arith.addi %v322, %v323 : i64
              %v325 = llvm.getelementptr %v65[%v324] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v326 = llvm.load %v325 : !llvm.ptr -> f32
              %v328 = llvm.call_intrinsic "llvm.sqrt.f32"(%v327) : (f32) -> f32
              %v329 = arith.divf %v326, %v328 : f32
              %v330 = arith.mulf %v321, %v329 fastmath<contract> : f32
              %v334 = arith.muli %v44, %v333 : i64
              %v335 = arith.muli %v303, %v332 : i64
              %v336 = arith.addi %v334, %v335 : i64
              %v337 = arith.muli %v42, %v331 : i64
              %v338 = arith.addi %v336, %v337 : i64
              %v339 = arith.muli %v40, %v2 : i64
              %v340 = arith.addi %v338, %v339 : i64
              %v341 = llvm.getelementptr %in_v[%v340] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v342 = llvm.load %v341 : !llvm.ptr -> f32
              %v343 = arith.mulf %v330, %v342 fastmath<contract> : f32
              %v344 = llvm.load %v10 : !llvm.ptr -> f32
              %v345 = arith.mulf %v314, %v344 fastmath<contract> : f32
              %v346 = arith.addf %v345, %v343 fastmath<contract> : f32
              llvm.store %v346, %v10 : f32, !llvm.ptr
              %v347 = arith.constant 8 : i64
              %v348 = arith.addi %v347, %v30 : i64
              %v349 = arith.muli %v348, %v120 : i64
              %v350 = arith.subi %v303, %v89 : i64
              %v351 = arith.addi %v349, %v350 : i64
              %v352 = llvm.getelementptr %v65[%v351] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v353 = llvm.load %v352 : !llvm.ptr -> f32
              %v354 = arith.divf %v353, %v328 : f32
              %v355 = arith.mulf %v321, %v354 fastmath<contract> : f32
              %v356 = arith.mulf %v355, %v342 fastmath<contract> : f32
              %v357 = llvm.load %v11 : !llvm.ptr -> f32
              %v358 = arith.mulf %v314, %v357 fastmath<contract> : f32
              %v359 = arith.addf %v358, %v356 fastmath<contract> : f32
              llvm.store %v359, %v11 : f32, !llvm.ptr
              %v360 = llvm.load %v12 : !llvm.ptr -> f32
              %v361 = arith.mulf %v314, %v360 fastmath<contract> : f32
              %v362 = arith.addf %v361, %v330 fastmath<contract> : f32
              llvm.store %v362, %v12 : f32, !llvm.ptr
              %v363 = llvm.load %v13 : !llvm.ptr -> f32
              %v364 = arith.mulf %v314, %v363 fastmath<contract> : f32
              %v365 = arith.addf %v364, %v355 fastmath<contract> : f32
              llvm.store %v365, %v13 : f32, !llvm.ptr
            }
          }
        }
        %v367 = arith.addi %v93, %v366 : i64
        %v368 = arith.divui %v367, %v29 : i64
        %v369 = arith.index_cast %v72 : i64 to index
        %v370 = arith.index_cast %v368 : i64 to index
        %v371 = arith.index_cast %v2 : i64 to index
        scf.for %v372 = %v369 to %v370 step %v371 {
          %v373 = arith.index_cast %v372 : index to i64
          %v374 = arith.muli %v373, %v29 : i64
          %v375 = arith.addi %v374, %v29 : i64
          %v376 = arith.index_cast %v374 : i64 to index
          %v377 = arith.index_cast %v375 : i64 to index
          %v378 = arith.index_cast %v2 : i64 to index
          scf.for %v379 = %v376 to %v377 step %v378 {
            %v380 = arith.index_cast %v379 : index to i64
            %v381 = arith.cmpi slt, %v380, %v93 : i64
            scf.if %v381 {
              %v382 = arith.subi %v93, %v2 : i64
              %v383 = arith.subi %v382, %v380 : i64
              %v384 = arith.muli %v383, %v75 : i64
              %v385 = arith.remui %v380, %v29 : i64
              %v386 = arith.muli %v385, %v75 : i64
              %v387 = arith.addi %v384, %v75 : i64
              %v388 = arith.cmpi sle, %v387, %v91 : i64
              scf.if %v388 {
                %v389 = arith.subi %v91, %v2 : i64
                %v390 = arith.muli %v383, %v5 : i64
                %v391 = arith.subi %v5, %v2 : i64
                %v392 = arith.minsi %v36, %v391 : i64
                %v393 = arith.addi %v390, %v392 : i64
                %v394 = arith.muli %v393, %v1 : i64
                %v395 = arith.addi %v394, %v72 : i64
                %v396 = arith.addi %v395, %v30 : i64
                %v397 = llvm.getelementptr %scratch_C[%v396] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v398 = llvm.load %v397 : !llvm.ptr -> f32
                %v399 = arith.muli %v383, %v5 : i64
                %v400 = arith.subi %v5, %v2 : i64
                %v401 = arith.minsi %v36, %v400 : i64
                %v402 = arith.addi %v399, %v401 : i64
                %v403 = arith.muli %v402, %v1 : i64
                %v404 = arith.addi %v403, %v29 : i64
                %v405 = arith.addi %v404, %v30 : i64
                %v406 = llvm.getelementptr %scratch_C[%v405] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v407 = llvm.load %v406 : !llvm.ptr -> f32
                %v408 = arith.muli %v383, %v5 : i64
                %v409 = arith.subi %v5, %v2 : i64
                %v410 = arith.minsi %v36, %v409 : i64
                %v411 = arith.addi %v408, %v410 : i64
                %v412 = arith.muli %v411, %v1 : i64
                %v413 = arith.addi %v412, %v72 : i64
                %v414 = arith.addi %v413, %v30 : i64
                %v415 = llvm.getelementptr %scratch_n[%v414] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v416 = llvm.load %v415 : !llvm.ptr -> f32
                %v417 = arith.muli %v383, %v5 : i64
                %v418 = arith.subi %v5, %v2 : i64
                %v419 = arith.minsi %v36, %v418 : i64
                %v420 = arith.addi %v417, %v419 : i64
                %v421 = arith.muli %v420, %v1 : i64
                %v422 = arith.addi %v421, %v29 : i64
                %v423 = arith.addi %v422, %v30 : i64
                %v424 = llvm.getelementptr %scratch_n[%v423] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v425 = llvm.load %v424 : !llvm.ptr -> f32
                // the group's states, recomputed into registers
                %v426 = arith.addi %v384, %v72 : i64
                %v427 = arith.minsi %v426, %v389 : i64
                %v428 = arith.addi %v89, %v427 : i64
                %v429 = arith.muli %v72, %v120 : i64
                %v430 = arith.subi %v428, %v89 : i64
                %v431 = arith.addi %v429, %v430 : i64
                %v432 = llvm.getelementptr %v69[%v431] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v433 = llvm.load %v432 : !llvm.ptr -> f32
                %v434 = arith.negf %v433 : f32
                %v435 = arith.mulf %v434, %v310 fastmath<contract> : f32
                %v436 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v435) : (f32) -> f32
                %v437 = arith.addf %v71, %v436 fastmath<contract> : f32
                %v438 = arith.divf %v71, %v437 : f32
                %v439 = arith.muli %v72, %v120 : i64
                %v440 = arith.subi %v428, %v89 : i64
                %v441 = arith.addi %v439, %v440 : i64
                %v442 = llvm.getelementptr %v67[%v441] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v443 = llvm.load %v442 : !llvm.ptr -> f32
                %v444 = arith.mulf %v443, %v310 fastmath<contract> : f32
                %v445 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v444) : (f32) -> f32
                %v446 = arith.muli %v30, %v120 : i64
                %v447 = arith.subi %v428, %v89 : i64
                %v448 = arith.addi %v446, %v447 : i64
                %v449 = llvm.getelementptr %v65[%v448] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v450 = llvm.load %v449 : !llvm.ptr -> f32
                %v452 = llvm.call_intrinsic "llvm.sqrt.f32"(%v451) : (f32) -> f32
                %v453 = arith.divf %v450, %v452 : f32
                %v454 = arith.mulf %v445, %v453 fastmath<contract> : f32
                %v455 = arith.muli %v44, %v333 : i64
                %v456 = arith.muli %v428, %v332 : i64
                %v457 = arith.addi %v455, %v456 : i64
                %v458 = arith.muli %v42, %v331 : i64
                %v459 = arith.addi %v457, %v458 : i64
                %v460 = arith.muli %v40, %v2 : i64
                %v461 = arith.addi %v459, %v460 : i64
                %v462 = llvm.getelementptr %in_v[%v461] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v463 = llvm.load %v462 : !llvm.ptr -> f32
                %v464 = arith.mulf %v454, %v463 fastmath<contract> : f32
                %v465 = arith.mulf %v438, %v398 fastmath<contract> : f32
                %v466 = arith.addf %v465, %v464 fastmath<contract> : f32
                %v467 = arith.constant 8 : i64
                %v468 = arith.addi %v467, %v30 : i64
                %v469 = arith.muli %v468, %v120 : i64
                %v470 = arith.subi %v428, %v89 : i64
                %v471 = arith.addi %v469, %v470 : i64
                %v472 = llvm.getelementptr %v65[%v471] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v473 = llvm.load %v472 : !llvm.ptr -> f32
                %v474 = arith.divf %v473, %v452 : f32
                %v475 = arith.mulf %v445, %v474 fastmath<contract> : f32
                %v476 = arith.mulf %v475, %v463 fastmath<contract> : f32
                %v477 = arith.mulf %v438, %v407 fastmath<contract> : f32
                %v478 = arith.addf %v477, %v476 fastmath<contract> : f32
                %v479 = arith.mulf %v438, %v416 fastmath<contract> : f32
                %v480 = arith.addf %v479, %v454 fastmath<contract> : f32
                %v481 = arith.mulf %v438, %v425 fastmath<contract> : f32
                %v482 = arith.addf %v481, %v475 fastmath<contract> : f32
                %v483 = arith.addi %v384, %v2 : i64
                %v484 = arith.minsi %v483, %v389 : i64
                %v485 = arith.addi %v89, %v484 : i64
                %v486 = arith.muli %v72, %v120 : i64
                %v487 = arith.subi %v485, %v89 : i64
                %v488 = arith.addi %v486, %v487 : i64
                %v489 = llvm.getelementptr %v69[%v488] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v490 = llvm.load %v489 : !llvm.ptr -> f32
                %v491 = arith.negf %v490 : f32
                %v492 = arith.mulf %v491, %v310 fastmath<contract> : f32
                %v493 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v492) : (f32) -> f32
                %v494 = arith.addf %v71, %v493 fastmath<contract> : f32
                %v495 = arith.divf %v71, %v494 : f32
                %v496 = arith.muli %v72, %v120 : i64
                %v497 = arith.subi %v485, %v89 : i64
                %v498 = arith.addi %v496, %v497 : i64
                %v499 = llvm.getelementptr %v67[%v498] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v500 = llvm.load %v499 : !llvm.ptr -> f32
                %v501 = arith.mulf %v500, %v310 fastmath<contract> : f32
                %v502 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v501) : (f32) -> f32
                %v503 = arith.muli %v30, %v120 : i64
                %v504 = arith.subi %v485, %v89 : i64
                %v505 = arith.addi %v503, %v504 : i64
                %v506 = llvm.getelementptr %v65[%v505] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v507 = llvm.load %v506 : !llvm.ptr -> f32
                %v509 = llvm.call_intrinsic "llvm.sqrt.f32"(%v508) : (f32) -> f32
                %v510 = arith.divf %v507, %v509 : f32
                %v511 = arith.mulf %v502, %v510 fastmath<contract> : f32
                %v512 = arith.muli %v44, %v333 : i64
                %v513 = arith.muli %v485, %v332 : i64
                %v514 = arith.addi %v512, %v513 : i64
                %v515 = arith.muli %v42, %v331 : i64
                %v516 = arith.addi %v514, %v515 : i64
                %v517 = arith.muli %v40, %v2 : i64
                %v518 = arith.addi %v516, %v517 : i64
                %v519 = llvm.getelementptr %in_v[%v518] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v520 = llvm.load %v519 : !llvm.ptr -> f32
                %v521 = arith.mulf %v511, %v520 fastmath<contract> : f32
                %v522 = arith.mulf %v495, %v466 fastmath<contract> : f32
                %v523 = arith.addf %v522, %v521 fastmath<contract> : f32
                %v524 = arith.constant 8 : i64
                %v525 = arith.addi %v524, %v30 : i64
                %v526 = arith.muli %v525, %v120 : i64
                %v527 = arith.subi %v485, %v89 : i64
                %v528 = arith.addi %v526, %v527 : i64
                %v529 = llvm.getelementptr %v65[%v528] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v530 = llvm.load %v529 : !llvm.ptr -> f32
                %v531 = arith.divf %v530, %v509 : f32
                %v532 = arith.mulf %v502, %v531 fastmath<contract> : f32
                %v533 = arith.mulf %v532, %v520 fastmath<contract> : f32
                %v534 = arith.mulf %v495, %v478 fastmath<contract> : f32
                %v535 = arith.addf %v534, %v533 fastmath<contract> : f32
                %v536 = arith.mulf %v495, %v480 fastmath<contract> : f32
                %v537 = arith.addf %v536, %v511 fastmath<contract> : f32
                %v538 = arith.mulf %v495, %v482 fastmath<contract> : f32
                %v539 = arith.addf %v538, %v532 fastmath<contract> : f32
                %v541 = arith.addi %v384, %v540 : i64
                %v542 = arith.minsi %v541, %v389 : i64
                %v543 = arith.addi %v89, %v542 : i64
                %v544 = arith.muli %v72, %v120 : i64
                %v545 = arith.subi %v543, %v89 : i64
                %v546 = arith.addi %v544, %v545 : i64
                %v547 = llvm.getelementptr %v69[%v546] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v548 = llvm.load %v547 : !llvm.ptr -> f32
                %v549 = arith.negf %v548 : f32
                %v550 = arith.mulf %v549, %v310 fastmath<contract> : f32
                %v551 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v550) : (f32) -> f32
                %v552 = arith.addf %v71, %v551 fastmath<contract> : f32
                %v553 = arith.divf %v71, %v552 : f32
                %v554 = arith.muli %v72, %v120 : i64
                %v555 = arith.subi %v543, %v89 : i64
                %v556 = arith.addi %v554, %v555 : i64
                %v557 = llvm.getelementptr %v67[%v556] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v558 = llvm.load %v557 : !llvm.ptr -> f32
                %v559 = arith.mulf %v558, %v310 fastmath<contract> : f32
                %v560 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v559) : (f32) -> f32
                %v561 = arith.muli %v30, %v120 : i64
                %v562 = arith.subi %v543, %v89 : i64
                %v563 = arith.addi %v561, %v562 : i64
                %v564 = llvm.getelementptr %v65[%v563] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v565 = llvm.load %v564 : !llvm.ptr -> f32
                %v567 = llvm.call_intrinsic "llvm.sqrt.f32"(%v566) : (f32) -> f32
                %v568 = arith.divf %v565, %v567 : f32
                %v569 = arith.mulf %v560, %v568 fastmath<contract> : f32
                %v570 = arith.muli %v44, %v333 : i64
                %v571 = arith.muli %v543, %v332 : i64
                %v572 = arith.addi %v570, %v571 : i64
                %v573 = arith.muli %v42, %v331 : i64
                %v574 = arith.addi %v572, %v573 : i64
                %v575 = arith.muli %v40, %v2 : i64
                %v576 = arith.addi %v574, %v575 : i64
                %v577 = llvm.getelementptr %in_v[%v576] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v578 = llvm.load %v577 : !llvm.ptr -> f32
                %v579 = arith.mulf %v569, %v578 fastmath<contract> : f32
                %v580 = arith.mulf %v553, %v523 fastmath<contract> : f32
                %v581 = arith.addf %v580, %v579 fastmath<contract> : f32
                %v582 = arith.constant 8 : i64
                %v583 = arith.addi %v582, %v30 : i64
                %v584 = arith.muli %v583, %v120 : i64
                %v585 = arith.subi %v543, %v89 : i64
                %v586 = arith.addi %v584, %v585 : i64
                %v587 = llvm.getelementptr %v65[%v586] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v588 = llvm.load %v587 : !llvm.ptr -> f32
                %v589 = arith.divf %v588, %v567 : f32
                %v590 = arith.mulf %v560, %v589 fastmath<contract> : f32
                %v591 = arith.mulf %v590, %v578 fastmath<contract> : f32
                %v592 = arith.mulf %v553, %v535 fastmath<contract> : f32
                %v593 = arith.addf %v592, %v591 fastmath<contract> : f32
                %v594 = arith.mulf %v553, %v537 fastmath<contract> : f32
                %v595 = arith.addf %v594, %v569 fastmath<contract> : f32
                %v596 = arith.mulf %v553, %v539 fastmath<contract> : f32
                %v597 = arith.addf %v596, %v590 fastmath<contract> : f32
                %v598 = arith.addi %v384, %v76 : i64
                %v599 = arith.minsi %v598, %v389 : i64
                %v600 = arith.addi %v89, %v599 : i64
                %v601 = arith.muli %v72, %v120 : i64
                %v602 = arith.subi %v600, %v89 : i64
                %v603 = arith.addi %v601, %v602 : i64
                %v604 = llvm.getelementptr %v69[%v603] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v605 = llvm.load %v604 : !llvm.ptr -> f32
                %v606 = arith.negf %v605 : f32
                %v607 = arith.mulf %v606, %v310 fastmath<contract> : f32
                %v608 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v607) : (f32) -> f32
                %v609 = arith.addf %v71, %v608 fastmath<contract> : f32
                %v610 = arith.divf %v71, %v609 : f32
                %v611 = arith.muli %v72, %v120 : i64
                %v612 = arith.subi %v600, %v89 : i64
                %v613 = arith.addi %v611, %v612 : i64
                %v614 = llvm.getelementptr %v67[%v613] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v615 = llvm.load %v614 : !llvm.ptr -> f32
                %v616 = arith.mulf %v615, %v310 fastmath<contract> : f32
                %v617 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v616) : (f32) -> f32
                %v618 = arith.muli %v30, %v120 : i64
                %v619 = arith.subi %v600, %v89 : i64
                %v620 = arith.addi %v618, %v619 : i64
                %v621 = llvm.getelementptr %v65[%v620] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v622 = llvm.load %v621 : !llvm.ptr -> f32
                %v624 = llvm.call_intrinsic "llvm.sqrt.f32"(%v623) : (f32) -> f32
                %v625 = arith.divf %v622, %v624 : f32
                %v626 = arith.mulf %v617, %v625 fastmath<contract> : f32
                %v627 = arith.muli %v44, %v333 : i64
                %v628 = arith.muli %v600, %v332 : i64
                %v629 = arith.addi %v627, %v628 : i64
                %v630 = arith.muli %v42, %v331 : i64
                %v631 = arith.addi %v629, %v630 : i64
                %v632 = arith.muli %v40, %v2 : i64
                %v633 = arith.addi %v631, %v632 : i64
                %v634 = llvm.getelementptr %in_v[%v633] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v635 = llvm.load %v634 : !llvm.ptr -> f32
                %v636 = arith.mulf %v626, %v635 fastmath<contract> : f32
                %v637 = arith.mulf %v610, %v581 fastmath<contract> : f32
                %v638 = arith.addf %v637, %v636 fastmath<contract> : f32
                %v639 = arith.constant 8 : i64
                %v640 = arith.addi %v639, %v30 : i64
                %v641 = arith.muli %v640, %v120 : i64
                %v642 = arith.subi %v600, %v89 : i64
                %v643 = arith.addi %v641, %v642 : i64
                %v644 = llvm.getelementptr %v65[%v643] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v645 = llvm.load %v644 : !llvm.ptr -> f32
                %v646 = arith.divf %v645, %v624 : f32
                %v647 = arith.mulf %v617, %v646 fastmath<contract> : f32
                %v648 = arith.mulf %v647, %v635 fastmath<contract> : f32
                %v649 = arith.mulf %v610, %v593 fastmath<contract> : f32
                %v650 = arith.addf %v649, %v648 fastmath<contract> : f32
                %v651 = arith.mulf %v610, %v595 fastmath<contract> : f32
                %v652 = arith.addf %v651, %v626 fastmath<contract> : f32
                %v653 = arith.mulf %v610, %v597 fastmath<contract> : f32
                %v654 = arith.addf %v653, %v647 fastmath<contract> : f32
                %v655 = arith.subi %v91, %v384 : i64
                %v656 = arith.trunci %v655 : i64 to i32
                %v657 = arith.subi %size_L, %v2 : i64
                %v658 = arith.addi %v89, %v384 : i64
                %v659 = arith.subi %v657, %v658 : i64
                %v661 = arith.minsi %v659, %v660 : i64
                %v662 = arith.trunci %v661 : i64 to i32
                %v663 = arith.addi %v384, %v76 : i64
                %v665 = arith.cmpi slt, %v664, %v656 : i32
                %v666 = arith.cmpi eq, %v664, %v662 : i32
                %v667 = arith.addi %v386, %v72 : i64
                %v668 = arith.addi %v89, %v663 : i64
                %v669 = arith.muli %v30, %v120 : i64
                %v670 = arith.subi %v668, %v89 : i64
                %v671 = arith.addi %v669, %v670 : i64
                %v672 = llvm.getelementptr %v63[%v671] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v673 = llvm.load %v672 : !llvm.ptr -> f32
                %v674 = arith.muli %v44, %v333 : i64
                %v675 = arith.muli %v668, %v332 : i64
                %v676 = arith.addi %v674, %v675 : i64
                %v677 = arith.muli %v42, %v331 : i64
                %v678 = arith.addi %v676, %v677 : i64
                %v679 = arith.muli %v40, %v2 : i64
                %v680 = arith.addi %v678, %v679 : i64
                %v681 = llvm.getelementptr %dy_o[%v680] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v682 = llvm.load %v681 : !llvm.ptr -> f32
                %v683 = arith.mulf %v673, %v652 fastmath<contract> : f32
                %v684 = arith.constant 8 : i64
                %v685 = arith.addi %v684, %v30 : i64
                %v686 = arith.muli %v685, %v120 : i64
                %v687 = arith.subi %v668, %v89 : i64
                %v688 = arith.addi %v686, %v687 : i64
                %v689 = llvm.getelementptr %v63[%v688] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v690 = llvm.load %v689 : !llvm.ptr -> f32
                %v691 = arith.mulf %v690, %v654 fastmath<contract> : f32
                %v692 = arith.addf %v683, %v691 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v695, %v696 = gpu.shuffle xor %v692, %v693, %v694 : f32
                %v697 = arith.addf %v692, %v695 fastmath<contract> : f32
                %v699, %v700 = gpu.shuffle xor %v697, %v698, %v694 : f32
                %v701 = arith.addf %v697, %v699 fastmath<contract> : f32
                %v703, %v704 = gpu.shuffle xor %v701, %v702, %v694 : f32
                %v705 = arith.addf %v701, %v703 fastmath<contract> : f32
                // end sum over the lanes
                %v706 = llvm.call_intrinsic "llvm.fabs.f32"(%v705) : (f32) -> f32
                %v707 = arith.maximumf %v71, %v706 : f32
                %v708 = arith.divf %v682, %v707 : f32
                %v709 = arith.mulf %v673, %v708 fastmath<contract> : f32
                %v710 = llvm.load %v46 : !llvm.ptr -> f32
                %v711 = llvm.load %v50 : !llvm.ptr -> f32
                %v712 = arith.mulf %v711, %v710 fastmath<contract> : f32
                %v713 = arith.addf %v709, %v712 fastmath<contract> : f32
                llvm.store %v713, %v46 : f32, !llvm.ptr
                %v714 = arith.mulf %v690, %v708 fastmath<contract> : f32
                %v715 = llvm.load %v47 : !llvm.ptr -> f32
                %v716 = llvm.load %v51 : !llvm.ptr -> f32
                %v717 = arith.mulf %v716, %v715 fastmath<contract> : f32
                %v718 = arith.addf %v714, %v717 fastmath<contract> : f32
                llvm.store %v718, %v47 : f32, !llvm.ptr
                %v719 = arith.mulf %v673, %v638 fastmath<contract> : f32
                %v720 = arith.mulf %v690, %v650 fastmath<contract> : f32
                %v721 = arith.addf %v719, %v720 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v722, %v723 = gpu.shuffle xor %v721, %v693, %v694 : f32
                %v724 = arith.addf %v721, %v722 fastmath<contract> : f32
                %v725, %v726 = gpu.shuffle xor %v724, %v698, %v694 : f32
                %v727 = arith.addf %v724, %v725 fastmath<contract> : f32
                %v728, %v729 = gpu.shuffle xor %v727, %v702, %v694 : f32
                %v730 = arith.addf %v727, %v728 fastmath<contract> : f32
                // end sum over the lanes
                %v731 = arith.divf %v730, %v707 : f32
                %v732 = arith.divf %v731, %v707 : f32
                %v733 = arith.mulf %v682, %v732 fastmath<contract> : f32
                %v734 = arith.negf %v733 : f32
                %v735 = arith.cmpf oge, %v71, %v706 : f32
                %v736 = arith.select %v735, %v71, %v70 : f32
                %v737 = arith.subf %v71, %v736 fastmath<contract> : f32
                %v738 = arith.mulf %v734, %v737 fastmath<contract> : f32
                %v740 = arith.cmpf olt, %v705, %v70 : f32
                %v741 = arith.select %v740, %v739, %v70 : f32
                %v742 = arith.cmpf ogt, %v705, %v70 : f32
                %v743 = arith.select %v742, %v71, %v741 : f32
                %v744 = arith.mulf %v738, %v743 fastmath<contract> : f32
                %v745 = arith.mulf %v673, %v744 fastmath<contract> : f32
                %v746 = llvm.load %v48 : !llvm.ptr -> f32
                %v747 = llvm.load %v52 : !llvm.ptr -> f32
                %v748 = arith.mulf %v747, %v746 fastmath<contract> : f32
                %v749 = arith.addf %v745, %v748 fastmath<contract> : f32
                llvm.store %v749, %v48 : f32, !llvm.ptr
                %v750 = arith.mulf %v690, %v744 fastmath<contract> : f32
                %v751 = llvm.load %v49 : !llvm.ptr -> f32
                %v752 = llvm.load %v53 : !llvm.ptr -> f32
                %v753 = arith.mulf %v752, %v751 fastmath<contract> : f32
                %v754 = arith.addf %v750, %v753 fastmath<contract> : f32
                llvm.store %v754, %v49 : f32, !llvm.ptr
                %v755 = arith.mulf %v652, %v744 fastmath<contract> : f32
                %v756 = arith.mulf %v638, %v708 fastmath<contract> : f32
                %v757 = arith.addf %v755, %v756 fastmath<contract> : f32
                %v758 = arith.mulf %v654, %v744 fastmath<contract> : f32
                %v759 = arith.mulf %v650, %v708 fastmath<contract> : f32
                %v760 = arith.addf %v758, %v759 fastmath<contract> : f32
                %v761 = arith.muli %v72, %v120 : i64
                %v762 = arith.subi %v668, %v89 : i64
                %v763 = arith.addi %v761, %v762 : i64
                %v764 = llvm.getelementptr %v67[%v763] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v765 = llvm.load %v764 : !llvm.ptr -> f32
                %v766 = arith.mulf %v765, %v310 fastmath<contract> : f32
                %v767 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v766) : (f32) -> f32
                %v768 = llvm.load %v48 : !llvm.ptr -> f32
                %v769 = arith.muli %v44, %v333 : i64
                %v770 = arith.muli %v668, %v332 : i64
                %v771 = arith.addi %v769, %v770 : i64
                %v772 = arith.muli %v42, %v331 : i64
                %v773 = arith.addi %v771, %v772 : i64
                %v774 = arith.muli %v40, %v2 : i64
                %v775 = arith.addi %v773, %v774 : i64
                %v776 = llvm.getelementptr %in_v[%v775] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v777 = llvm.load %v776 : !llvm.ptr -> f32
                %v778 = llvm.load %v46 : !llvm.ptr -> f32
                %v779 = arith.mulf %v777, %v778 fastmath<contract> : f32
                %v780 = arith.addf %v768, %v779 fastmath<contract> : f32
                %v781 = arith.mulf %v767, %v780 fastmath<contract> : f32
                %v783 = llvm.call_intrinsic "llvm.sqrt.f32"(%v782) : (f32) -> f32
                %v784 = arith.divf %v781, %v783 : f32
                %v785 = llvm.load %v49 : !llvm.ptr -> f32
                %v786 = llvm.load %v47 : !llvm.ptr -> f32
                %v787 = arith.mulf %v777, %v786 fastmath<contract> : f32
                %v788 = arith.addf %v785, %v787 fastmath<contract> : f32
                %v789 = arith.mulf %v767, %v788 fastmath<contract> : f32
                %v790 = arith.divf %v789, %v783 : f32
                %v791 = arith.muli %v30, %v120 : i64
                %v792 = arith.subi %v668, %v89 : i64
                %v793 = arith.addi %v791, %v792 : i64
                %v794 = llvm.getelementptr %v65[%v793] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v795 = llvm.load %v794 : !llvm.ptr -> f32
                %v796 = arith.divf %v795, %v783 : f32
                %v797 = arith.mulf %v767, %v796 fastmath<contract> : f32
                %v798 = arith.mulf %v797, %v778 fastmath<contract> : f32
                %v799 = arith.constant 8 : i64
                %v800 = arith.addi %v799, %v30 : i64
                %v801 = arith.muli %v800, %v120 : i64
                %v802 = arith.subi %v668, %v89 : i64
                %v803 = arith.addi %v801, %v802 : i64
                %v804 = llvm.getelementptr %v65[%v803] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v805 = llvm.load %v804 : !llvm.ptr -> f32
                %v806 = arith.divf %v805, %v783 : f32
                %v807 = arith.mulf %v767, %v806 fastmath<contract> : f32
                %v808 = arith.mulf %v807, %v786 fastmath<contract> : f32
                %v809 = arith.addf %v798, %v808 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v810, %v811 = gpu.shuffle xor %v809, %v693, %v694 : f32
                %v812 = arith.addf %v809, %v810 fastmath<contract> : f32
                %v813, %v814 = gpu.shuffle xor %v812, %v698, %v694 : f32
                %v815 = arith.addf %v812, %v813 fastmath<contract> : f32
                %v816, %v817 = gpu.shuffle xor %v815, %v702, %v694 : f32
                %v818 = arith.addf %v815, %v816 fastmath<contract> : f32
                // end sum over the lanes
                %v819 = arith.cmpi eq, %v30, %v72 : i64
                %v820 = arith.andi %v34, %v819 : i1
                scf.if %v820 {
                  %v821 = arith.muli %v44, %v333 : i64
                  %v822 = arith.muli %v668, %v332 : i64
                  %v823 = arith.addi %v821, %v822 : i64
                  %v824 = arith.muli %v42, %v331 : i64
                  %v825 = arith.addi %v823, %v824 : i64
                  %v826 = arith.muli %v40, %v2 : i64
                  %v827 = arith.addi %v825, %v826 : i64
                  %v828 = llvm.getelementptr %dx_v[%v827] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v818, %v828 : f32, !llvm.ptr
                }
                %v829 = arith.mulf %v796, %v780 fastmath<contract> : f32
                %v830 = arith.mulf %v806, %v788 fastmath<contract> : f32
                %v831 = arith.addf %v829, %v830 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v832, %v833 = gpu.shuffle xor %v831, %v693, %v694 : f32
                %v834 = arith.addf %v831, %v832 fastmath<contract> : f32
                %v835, %v836 = gpu.shuffle xor %v834, %v698, %v694 : f32
                %v837 = arith.addf %v834, %v835 fastmath<contract> : f32
                %v838, %v839 = gpu.shuffle xor %v837, %v702, %v694 : f32
                %v840 = arith.addf %v837, %v838 fastmath<contract> : f32
                // end sum over the lanes
                %v841 = arith.mulf %v767, %v840 fastmath<contract> : f32
                %v842 = arith.mulf %v581, %v778 fastmath<contract> : f32
                %v843 = arith.mulf %v593, %v786 fastmath<contract> : f32
                %v844 = arith.addf %v842, %v843 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v845, %v846 = gpu.shuffle xor %v844, %v693, %v694 : f32
                %v847 = arith.addf %v844, %v845 fastmath<contract> : f32
                %v848, %v849 = gpu.shuffle xor %v847, %v698, %v694 : f32
                %v850 = arith.addf %v847, %v848 fastmath<contract> : f32
                %v851, %v852 = gpu.shuffle xor %v850, %v702, %v694 : f32
                %v853 = arith.addf %v850, %v851 fastmath<contract> : f32
                // end sum over the lanes
                %v854 = arith.mulf %v595, %v768 fastmath<contract> : f32
                %v855 = arith.mulf %v597, %v785 fastmath<contract> : f32
                %v856 = arith.addf %v854, %v855 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v857, %v858 = gpu.shuffle xor %v856, %v693, %v694 : f32
                %v859 = arith.addf %v856, %v857 fastmath<contract> : f32
                %v860, %v861 = gpu.shuffle xor %v859, %v698, %v694 : f32
                %v862 = arith.addf %v859, %v860 fastmath<contract> : f32
                %v863, %v864 = gpu.shuffle xor %v862, %v702, %v694 : f32
                %v865 = arith.addf %v862, %v863 fastmath<contract> : f32
                // end sum over the lanes
                %v866 = arith.addf %v853, %v865 fastmath<contract> : f32
                %v867 = arith.muli %v72, %v120 : i64
                %v868 = arith.subi %v668, %v89 : i64
                %v869 = arith.addi %v867, %v868 : i64
                %v870 = llvm.getelementptr %v69[%v869] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v871 = llvm.load %v870 : !llvm.ptr -> f32
                %v872 = arith.negf %v871 : f32
                %v873 = arith.mulf %v872, %v310 fastmath<contract> : f32
                %v874 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v873) : (f32) -> f32
                %v875 = arith.addf %v71, %v874 fastmath<contract> : f32
                %v876 = arith.divf %v71, %v875 : f32
                %v877 = arith.subf %v71, %v876 fastmath<contract> : f32
                %v878 = arith.mulf %v876, %v877 fastmath<contract> : f32
                %v879 = arith.mulf %v866, %v878 fastmath<contract> : f32
                %v880 = arith.select %v34, %v757, %v70 : f32
                // sum over the warp's outer points: shuffles
                %v882, %v883 = gpu.shuffle xor %v880, %v881, %v694 : f32
                %v884 = arith.addf %v880, %v882 fastmath<contract> : f32
                %v886, %v887 = gpu.shuffle xor %v884, %v885, %v694 : f32
                %v888 = arith.addf %v884, %v886 fastmath<contract> : f32
                %v889 = arith.divui %v20, %v22 : i64
                %v890 = arith.remui %v20, %v22 : i64
                %v891 = arith.cmpi ult, %v890, %v29 : i64
                %v892 = arith.addi %v72, %v30 : i64
                %v893 = arith.muli %v889, %v1 : i64
                %v894 = arith.addi %v893, %v892 : i64
                %v896 = arith.muli %v894, %v895 : i64
                %v897 = arith.addi %v896, %v667 : i64
                scf.if %v891 {
                  %v898 = llvm.getelementptr %v55[%v897] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v888, %v898 : f32, !llvm.ptr
                }
                %v899 = arith.select %v34, %v760, %v70 : f32
                // sum over the warp's outer points: shuffles
                %v900, %v901 = gpu.shuffle xor %v899, %v881, %v694 : f32
                %v902 = arith.addf %v899, %v900 fastmath<contract> : f32
                %v903, %v904 = gpu.shuffle xor %v902, %v885, %v694 : f32
                %v905 = arith.addf %v902, %v903 fastmath<contract> : f32
                %v906 = arith.divui %v20, %v22 : i64
                %v907 = arith.remui %v20, %v22 : i64
                %v908 = arith.cmpi ult, %v907, %v29 : i64
                %v909 = arith.addi %v29, %v30 : i64
                %v910 = arith.muli %v906, %v1 : i64
                %v911 = arith.addi %v910, %v909 : i64
                %v912 = arith.muli %v911, %v895 : i64
                %v913 = arith.addi %v912, %v667 : i64
                scf.if %v908 {
                  %v914 = llvm.getelementptr %v55[%v913] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v905, %v914 : f32, !llvm.ptr
                }
                %v915 = arith.select %v34, %v784, %v70 : f32
                // sum over the warp's outer points: shuffles
                %v916, %v917 = gpu.shuffle xor %v915, %v881, %v694 : f32
                %v918 = arith.addf %v915, %v916 fastmath<contract> : f32
                %v919, %v920 = gpu.shuffle xor %v918, %v885, %v694 : f32
                %v921 = arith.addf %v918, %v919 fastmath<contract> : f32
                %v922 = arith.divui %v20, %v22 : i64
                %v923 = arith.remui %v20, %v22 : i64
                %v924 = arith.cmpi ult, %v923, %v29 : i64
                %v925 = arith.addi %v72, %v30 : i64
                %v926 = arith.muli %v922, %v1 : i64
                %v927 = arith.addi %v926, %v925 : i64
                %v928 = arith.muli %v927, %v895 : i64
                %v929 = arith.addi %v928, %v667 : i64
                scf.if %v924 {
                  %v930 = llvm.getelementptr %v57[%v929] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v921, %v930 : f32, !llvm.ptr
                }
                %v931 = arith.select %v34, %v790, %v70 : f32
                // sum over the warp's outer points: shuffles
                %v932, %v933 = gpu.shuffle xor %v931, %v881, %v694 : f32
                %v934 = arith.addf %v931, %v932 fastmath<contract> : f32
                %v935, %v936 = gpu.shuffle xor %v934, %v885, %v694 : f32
                %v937 = arith.addf %v934, %v935 fastmath<contract> : f32
                %v938 = arith.divui %v20, %v22 : i64
                %v939 = arith.remui %v20, %v22 : i64
                %v940 = arith.cmpi ult, %v939, %v29 : i64
                %v941 = arith.addi %v29, %v30 : i64
                %v942 = arith.muli %v938, %v1 : i64
                %v943 = arith.addi %v942, %v941 : i64
                %v944 = arith.muli %v943, %v895 : i64
                %v945 = arith.addi %v944, %v667 : i64
                scf.if %v940 {
                  %v946 = llvm.getelementptr %v57[%v945] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v937, %v946 : f32, !llvm.ptr
                }
                %v947 = arith.select %v34, %v841, %v70 : f32
                // sum over the warp's outer points: shuffles
                %v948, %v949 = gpu.shuffle xor %v947, %v881, %v694 : f32
                %v950 = arith.addf %v947, %v948 fastmath<contract> : f32
                %v951, %v952 = gpu.shuffle xor %v950, %v885, %v694 : f32
                %v953 = arith.addf %v950, %v951 fastmath<contract> : f32
                %v954 = arith.divui %v20, %v22 : i64
                %v955 = arith.remui %v20, %v22 : i64
                %v956 = arith.cmpi ult, %v955, %v2 : i64
                %v957 = arith.muli %v954, %v2 : i64
                %v958 = arith.addi %v957, %v72 : i64
                %v959 = arith.muli %v958, %v895 : i64
                %v960 = arith.addi %v959, %v667 : i64
                scf.if %v956 {
                  %v961 = llvm.getelementptr %v59[%v960] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v953, %v961 : f32, !llvm.ptr
                }
                %v962 = arith.select %v34, %v879, %v70 : f32
                // sum over the warp's outer points: shuffles
                %v963, %v964 = gpu.shuffle xor %v962, %v881, %v694 : f32
                %v965 = arith.addf %v962, %v963 fastmath<contract> : f32
                %v966, %v967 = gpu.shuffle xor %v965, %v885, %v694 : f32
                %v968 = arith.addf %v965, %v966 fastmath<contract> : f32
                %v969 = arith.divui %v20, %v22 : i64
                %v970 = arith.remui %v20, %v22 : i64
                %v971 = arith.cmpi ult, %v970, %v2 : i64
                %v972 = arith.muli %v969, %v2 : i64
                %v973 = arith.addi %v972, %v72 : i64
                %v974 = arith.muli %v973, %v895 : i64
                %v975 = arith.addi %v974, %v667 : i64
                scf.if %v971 {
                  %v976 = llvm.getelementptr %v61[%v975] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v968, %v976 : f32, !llvm.ptr
                }
                llvm.store %v876, %v50 : f32, !llvm.ptr
                llvm.store %v876, %v51 : f32, !llvm.ptr
                llvm.store %v876, %v52 : f32, !llvm.ptr
                llvm.store %v876, %v53 : f32, !llvm.ptr
                %v977 = arith.addi %v384, %v540 : i64
                %v978 = arith.cmpi slt, %v698, %v656 : i32
                %v979 = arith.cmpi eq, %v698, %v662 : i32
                %v980 = arith.addi %v386, %v2 : i64
                %v981 = arith.addi %v89, %v977 : i64
                %v982 = arith.muli %v30, %v120 : i64
                %v983 = arith.subi %v981, %v89 : i64
                %v984 = arith.addi %v982, %v983 : i64
                %v985 = llvm.getelementptr %v63[%v984] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v986 = llvm.load %v985 : !llvm.ptr -> f32
                %v987 = arith.muli %v44, %v333 : i64
                %v988 = arith.muli %v981, %v332 : i64
                %v989 = arith.addi %v987, %v988 : i64
                %v990 = arith.muli %v42, %v331 : i64
                %v991 = arith.addi %v989, %v990 : i64
                %v992 = arith.muli %v40, %v2 : i64
                %v993 = arith.addi %v991, %v992 : i64
                %v994 = llvm.getelementptr %dy_o[%v993] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v995 = llvm.load %v994 : !llvm.ptr -> f32
                %v996 = arith.mulf %v986, %v595 fastmath<contract> : f32
                %v997 = arith.constant 8 : i64
                %v998 = arith.addi %v997, %v30 : i64
                %v999 = arith.muli %v998, %v120 : i64
                %v1000 = arith.subi %v981, %v89 : i64
                %v1001 = arith.addi %v999, %v1000 : i64
                %v1002 = llvm.getelementptr %v63[%v1001] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1003 = llvm.load %v1002 : !llvm.ptr -> f32
                %v1004 = arith.mulf %v1003, %v597 fastmath<contract> : f32
                %v1005 = arith.addf %v996, %v1004 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1006, %v1007 = gpu.shuffle xor %v1005, %v693, %v694 : f32
                %v1008 = arith.addf %v1005, %v1006 fastmath<contract> : f32
                %v1009, %v1010 = gpu.shuffle xor %v1008, %v698, %v694 : f32
                %v1011 = arith.addf %v1008, %v1009 fastmath<contract> : f32
                %v1012, %v1013 = gpu.shuffle xor %v1011, %v702, %v694 : f32
                %v1014 = arith.addf %v1011, %v1012 fastmath<contract> : f32
                // end sum over the lanes
                %v1015 = llvm.call_intrinsic "llvm.fabs.f32"(%v1014) : (f32) -> f32
                %v1016 = arith.maximumf %v71, %v1015 : f32
                %v1017 = arith.divf %v995, %v1016 : f32
                %v1018 = arith.mulf %v986, %v1017 fastmath<contract> : f32
                %v1019 = llvm.load %v46 : !llvm.ptr -> f32
                %v1020 = llvm.load %v50 : !llvm.ptr -> f32
                %v1021 = arith.mulf %v1020, %v1019 fastmath<contract> : f32
                %v1022 = arith.addf %v1018, %v1021 fastmath<contract> : f32
                llvm.store %v1022, %v46 : f32, !llvm.ptr
                %v1023 = arith.mulf %v1003, %v1017 fastmath<contract> : f32
                %v1024 = llvm.load %v47 : !llvm.ptr -> f32
                %v1025 = llvm.load %v51 : !llvm.ptr -> f32
                %v1026 = arith.mulf %v1025, %v1024 fastmath<contract> : f32
                %v1027 = arith.addf %v1023, %v1026 fastmath<contract> : f32
                llvm.store %v1027, %v47 : f32, !llvm.ptr
                %v1028 = arith.mulf %v986, %v581 fastmath<contract> : f32
                %v1029 = arith.mulf %v1003, %v593 fastmath<contract> : f32
                %v1030 = arith.addf %v1028, %v1029 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1031, %v1032 = gpu.shuffle xor %v1030, %v693, %v694 : f32
                %v1033 = arith.addf %v1030, %v1031 fastmath<contract> : f32
                %v1034, %v1035 = gpu.shuffle xor %v1033, %v698, %v694 : f32
                %v1036 = arith.addf %v1033, %v1034 fastmath<contract> : f32
                %v1037, %v1038 = gpu.shuffle xor %v1036, %v702, %v694 : f32
                %v1039 = arith.addf %v1036, %v1037 fastmath<contract> : f32
                // end sum over the lanes
                %v1040 = arith.divf %v1039, %v1016 : f32
                %v1041 = arith.divf %v1040, %v1016 : f32
                %v1042 = arith.mulf %v995, %v1041 fastmath<contract> : f32
                %v1043 = arith.negf %v1042 : f32
                %v1044 = arith.cmpf oge, %v71, %v1015 : f32
                %v1045 = arith.select %v1044, %v71, %v70 : f32
                %v1046 = arith.subf %v71, %v1045 fastmath<contract> : f32
                %v1047 = arith.mulf %v1043, %v1046 fastmath<contract> : f32
                %v1048 = arith.cmpf olt, %v1014, %v70 : f32
                %v1049 = arith.select %v1048, %v739, %v70 : f32
                %v1050 = arith.cmpf ogt, %v1014, %v70 : f32
                %v1051 = arith.select %v1050, %v71, %v1049 : f32
                %v1052 = arith.mulf %v1047, %v1051 fastmath<contract> : f32
                %v1053 = arith.mulf %v986, %v1052 fastmath<contract> : f32
                %v1054 = llvm.load %v48 : !llvm.ptr -> f32
                %v1055 = llvm.load %v52 : !llvm.ptr -> f32
                %v1056 = arith.mulf %v1055, %v1054 fastmath<contract> : f32
                %v1057 = arith.addf %v1053, %v1056 fastmath<contract> : f32
                llvm.store %v1057, %v48 : f32, !llvm.ptr
                %v1058 = arith.mulf %v1003, %v1052 fastmath<contract> : f32
                %v1059 = llvm.load %v49 : !llvm.ptr -> f32
                %v1060 = llvm.load %v53 : !llvm.ptr -> f32
                %v1061 = arith.mulf %v1060, %v1059 fastmath<contract> : f32
                %v1062 = arith.addf %v1058, %v1061 fastmath<contract> : f32
                llvm.store %v1062, %v49 : f32, !llvm.ptr
                %v1063 = arith.mulf %v595, %v1052 fastmath<contract> : f32
                %v1064 = arith.mulf %v581, %v1017 fastmath<contract> : f32
                %v1065 = arith.addf %v1063, %v1064 fastmath<contract> : f32
                %v1066 = arith.mulf %v597, %v1052 fastmath<contract> : f32
                %v1067 = arith.mulf %v593, %v1017 fastmath<contract> : f32
                %v1068 = arith.addf %v1066, %v1067 fastmath<contract> : f32
                %v1069 = arith.muli %v72, %v120 : i64
                %v1070 = arith.subi %v981, %v89 : i64
                %v1071 = arith.addi %v1069, %v1070 : i64
                %v1072 = llvm.getelementptr %v67[%v1071] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1073 = llvm.load %v1072 : !llvm.ptr -> f32
                %v1074 = arith.mulf %v1073, %v310 fastmath<contract> : f32
                %v1075 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1074) : (f32) -> f32
                %v1076 = llvm.load %v48 : !llvm.ptr -> f32
                %v1077 = arith.muli %v44, %v333 : i64
                %v1078 = arith.muli %v981, %v332 : i64
                %v1079 = arith.addi %v1077, %v1078 : i64
                %v1080 = arith.muli %v42, %v331 : i64
                %v1081 = arith.addi %v1079, %v1080 : i64
                %v1082 = arith.muli %v40, %v2 : i64
                %v1083 = arith.addi %v1081, %v1082 : i64
                %v1084 = llvm.getelementptr %in_v[%v1083] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1085 = llvm.load %v1084 : !llvm.ptr -> f32
                %v1086 = llvm.load %v46 : !llvm.ptr -> f32
                %v1087 = arith.mulf %v1085, %v1086 fastmath<contract> : f32
                %v1088 = arith.addf %v1076, %v1087 fastmath<contract> : f32
                %v1089 = arith.mulf %v1075, %v1088 fastmath<contract> : f32
                %v1091 = llvm.call_intrinsic "llvm.sqrt.f32"(%v1090) : (f32) -> f32
                %v1092 = arith.divf %v1089, %v1091 : f32
                %v1093 = llvm.load %v49 : !llvm.ptr -> f32
                %v1094 = llvm.load %v47 : !llvm.ptr -> f32
                %v1095 = arith.mulf %v1085, %v1094 fastmath<contract> : f32
                %v1096 = arith.addf %v1093, %v1095 fastmath<contract> : f32
                %v1097 = arith.mulf %v1075, %v1096 fastmath<contract> : f32
                %v1098 = arith.divf %v1097, %v1091 : f32
                %v1099 = arith.muli %v30, %v120 : i64
                %v1100 = arith.subi %v981, %v89 : i64
                %v1101 = arith.addi %v1099, %v1100 : i64
                %v1102 = llvm.getelementptr %v65[%v1101] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1103 = llvm.load %v1102 : !llvm.ptr -> f32
                %v1104 = arith.divf %v1103, %v1091 : f32
                %v1105 = arith.mulf %v1075, %v1104 fastmath<contract> : f32
                %v1106 = arith.mulf %v1105, %v1086 fastmath<contract> : f32
                %v1107 = arith.constant 8 : i64
                %v1108 = arith.addi %v1107, %v30 : i64
                %v1109 = arith.muli %v1108, %v120 : i64
                %v1110 = arith.subi %v981, %v89 : i64
                %v1111 = arith.addi %v1109, %v1110 : i64
                %v1112 = llvm.getelementptr %v65[%v1111] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1113 = llvm.load %v1112 : !llvm.ptr -> f32
                %v1114 = arith.divf %v1113, %v1091 : f32
                %v1115 = arith.mulf %v1075, %v1114 fastmath<contract> : f32
                %v1116 = arith.mulf %v1115, %v1094 fastmath<contract> : f32
                %v1117 = arith.addf %v1106, %v1116 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1118, %v1119 = gpu.shuffle xor %v1117, %v693, %v694 : f32
                %v1120 = arith.addf %v1117, %v1118 fastmath<contract> : f32
                %v1121, %v1122 = gpu.shuffle xor %v1120, %v698, %v694 : f32
                %v1123 = arith.addf %v1120, %v1121 fastmath<contract> : f32
                %v1124, %v1125 = gpu.shuffle xor %v1123, %v702, %v694 : f32
                %v1126 = arith.addf %v1123, %v1124 fastmath<contract> : f32
                // end sum over the lanes
                %v1127 = arith.cmpi eq, %v30, %v72 : i64
                %v1128 = arith.andi %v34, %v1127 : i1
                scf.if %v1128 {
                  %v1129 = arith.muli %v44, %v333 : i64
                  %v1130 = arith.muli %v981, %v332 : i64
                  %v1131 = arith.addi %v1129, %v1130 : i64
                  %v1132 = arith.muli %v42, %v331 : i64
                  %v1133 = arith.addi %v1131, %v1132 : i64
                  %v1134 = arith.muli %v40, %v2 : i64
                  %v1135 = arith.addi %v1133, %v1134 : i64
                  %v1136 = llvm.getelementptr %dx_v[%v1135] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1126, %v1136 : f32, !llvm.ptr
                }
                %v1137 = arith.mulf %v1104, %v1088 fastmath<contract> : f32
                %v1138 = arith.mulf %v1114, %v1096 fastmath<contract> : f32
                %v1139 = arith.addf %v1137, %v1138 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1140, %v1141 = gpu.shuffle xor %v1139, %v693, %v694 : f32
                %v1142 = arith.addf %v1139, %v1140 fastmath<contract> : f32
                %v1143, %v1144 = gpu.shuffle xor %v1142, %v698, %v694 : f32
                %v1145 = arith.addf %v1142, %v1143 fastmath<contract> : f32
                %v1146, %v1147 = gpu.shuffle xor %v1145, %v702, %v694 : f32
                %v1148 = arith.addf %v1145, %v1146 fastmath<contract> : f32
                // end sum over the lanes
                %v1149 = arith.mulf %v1075, %v1148 fastmath<contract> : f32
                %v1150 = arith.mulf %v523, %v1086 fastmath<contract> : f32
                %v1151 = arith.mulf %v535, %v1094 fastmath<contract> : f32
                %v1152 = arith.addf %v1150, %v1151 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1153, %v1154 = gpu.shuffle xor %v1152, %v693, %v694 : f32
                %v1155 = arith.addf %v1152, %v1153 fastmath<contract> : f32
                %v1156, %v1157 = gpu.shuffle xor %v1155, %v698, %v694 : f32
                %v1158 = arith.addf %v1155, %v1156 fastmath<contract> : f32
                %v1159, %v1160 = gpu.shuffle xor %v1158, %v702, %v694 : f32
                %v1161 = arith.addf %v1158, %v1159 fastmath<contract> : f32
                // end sum over the lanes
                %v1162 = arith.mulf %v537, %v1076 fastmath<contract> : f32
                %v1163 = arith.mulf %v539, %v1093 fastmath<contract> : f32
                %v1164 = arith.addf %v1162, %v1163 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1165, %v1166 = gpu.shuffle xor %v1164, %v693, %v694 : f32
                %v1167 = arith.addf %v1164, %v1165 fastmath<contract> : f32
                %v1168, %v1169 = gpu.shuffle xor %v1167, %v698, %v694 : f32
                %v1170 = arith.addf %v1167, %v1168 fastmath<contract> : f32
                %v1171, %v1172 = gpu.shuffle xor %v1170, %v702, %v694 : f32
                %v1173 = arith.addf %v1170, %v1171 fastmath<contract> : f32
                // end sum over the lanes
                %v1174 = arith.addf %v1161, %v1173 fastmath<contract> : f32
                %v1175 = arith.muli %v72, %v120 : i64
                %v1176 = arith.subi %v981, %v89 : i64
                %v1177 = arith.addi %v1175, %v1176 : i64
                %v1178 = llvm.getelementptr %v69[%v1177] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1179 = llvm.load %v1178 : !llvm.ptr -> f32
                %v1180 = arith.negf %v1179 : f32
                %v1181 = arith.mulf %v1180, %v310 fastmath<contract> : f32
                %v1182 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1181) : (f32) -> f32
                %v1183 = arith.addf %v71, %v1182 fastmath<contract> : f32
                %v1184 = arith.divf %v71, %v1183 : f32
                %v1185 = arith.subf %v71, %v1184 fastmath<contract> : f32
                %v1186 = arith.mulf %v1184, %v1185 fastmath<contract> : f32
                %v1187 = arith.mulf %v1174, %v1186 fastmath<contract> : f32
                %v1188 = arith.select %v34, %v1065, %v70 : f32
                // sum over the warp's outer points: shuffles
                %v1189, %v1190 = gpu.shuffle xor %v1188, %v881, %v694 : f32
                %v1191 = arith.addf %v1188, %v1189 fastmath<contract> : f32
                %v1192, %v1193 = gpu.shuffle xor %v1191, %v885, %v694 : f32
                %v1194 = arith.addf %v1191, %v1192 fastmath<contract> : f32
                %v1195 = arith.divui %v20, %v22 : i64
                %v1196 = arith.remui %v20, %v22 : i64
                %v1197 = arith.cmpi ult, %v1196, %v29 : i64
                %v1198 = arith.addi %v72, %v30 : i64
                %v1199 = arith.muli %v1195, %v1 : i64
                %v1200 = arith.addi %v1199, %v1198 : i64
                %v1201 = arith.muli %v1200, %v895 : i64
                %v1202 = arith.addi %v1201, %v980 : i64
                scf.if %v1197 {
                  %v1203 = llvm.getelementptr %v55[%v1202] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1194, %v1203 : f32, !llvm.ptr
                }
                %v1204 = arith.select %v34, %v1068, %v70 : f32
                // sum over the warp's outer points: shuffles
                %v1205, %v1206 = gpu.shuffle xor %v1204, %v881, %v694 : f32
                %v1207 = arith.addf %v1204, %v1205 fastmath<contract> : f32
                %v1208, %v1209 = gpu.shuffle xor %v1207, %v885, %v694 : f32
                %v1210 = arith.addf %v1207, %v1208 fastmath<contract> : f32
                %v1211 = arith.divui %v20, %v22 : i64
                %v1212 = arith.remui %v20, %v22 : i64
                %v1213 = arith.cmpi ult, %v1212, %v29 : i64
                %v1214 = arith.addi %v29, %v30 : i64
                %v1215 = arith.muli %v1211, %v1 : i64
                %v1216 = arith.addi %v1215, %v1214 : i64
                %v1217 = arith.muli %v1216, %v895 : i64
                %v1218 = arith.addi %v1217, %v980 : i64
                scf.if %v1213 {
                  %v1219 = llvm.getelementptr %v55[%v1218] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1210, %v1219 : f32, !llvm.ptr
                }
                %v1220 = arith.select %v34, %v1092, %v70 : f32
                // sum over the warp's outer points: shuffles
                %v1221, %v1222 = gpu.shuffle xor %v1220, %v881, %v694 : f32
                %v1223 = arith.addf %v1220, %v1221 fastmath<contract> : f32
                %v1224, %v1225 = gpu.shuffle xor %v1223, %v885, %v694 : f32
                %v1226 = arith.addf %v1223, %v1224 fastmath<contract> : f32
                %v1227 = arith.divui %v20, %v22 : i64
                %v1228 = arith.remui %v20, %v22 : i64
                %v1229 = arith.cmpi ult, %v1228, %v29 : i64
                %v1230 = arith.addi %v72, %v30 : i64
                %v1231 = arith.muli %v1227, %v1 : i64
                %v1232 = arith.addi %v1231, %v1230 : i64
                %v1233 = arith.muli %v1232, %v895 : i64
                %v1234 = arith.addi %v1233, %v980 : i64
                scf.if %v1229 {
                  %v1235 = llvm.getelementptr %v57[%v1234] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1226, %v1235 : f32, !llvm.ptr
                }
                %v1236 = arith.select %v34, %v1098, %v70 : f32
                // sum over the warp's outer points: shuffles
                %v1237, %v1238 = gpu.shuffle xor %v1236, %v881, %v694 : f32
                %v1239 = arith.addf %v1236, %v1237 fastmath<contract> : f32
                %v1240, %v1241 = gpu.shuffle xor %v1239, %v885, %v694 : f32
                %v1242 = arith.addf %v1239, %v1240 fastmath<contract> : f32
                %v1243 = arith.divui %v20, %v22 : i64
                %v1244 = arith.remui %v20, %v22 : i64
                %v1245 = arith.cmpi ult, %v1244, %v29 : i64
                %v1246 = arith.addi %v29, %v30 : i64
                %v1247 = arith.muli %v1243, %v1 : i64
                %v1248 = arith.addi %v1247, %v1246 : i64
                %v1249 = arith.muli %v1248, %v895 : i64
                %v1250 = arith.addi %v1249, %v980 : i64
                scf.if %v1245 {
                  %v1251 = llvm.getelementptr %v57[%v1250] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1242, %v1251 : f32, !llvm.ptr
                }
                %v1252 = arith.select %v34, %v1149, %v70 : f32
                // sum over the warp's outer points: shuffles
                %v1253, %v1254 = gpu.shuffle xor %v1252, %v881, %v694 : f32
                %v1255 = arith.addf %v1252, %v1253 fastmath<contract> : f32
                %v1256, %v1257 = gpu.shuffle xor %v1255, %v885, %v694 : f32
                %v1258 = arith.addf %v1255, %v1256 fastmath<contract> : f32
                %v1259 = arith.divui %v20, %v22 : i64
                %v1260 = arith.remui %v20, %v22 : i64
                %v1261 = arith.cmpi ult, %v1260, %v2 : i64
                %v1262 = arith.muli %v1259, %v2 : i64
                %v1263 = arith.addi %v1262, %v72 : i64
                %v1264 = arith.muli %v1263, %v895 : i64
                %v1265 = arith.addi %v1264, %v980 : i64
                scf.if %v1261 {
                  %v1266 = llvm.getelementptr %v59[%v1265] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1258, %v1266 : f32, !llvm.ptr
                }
                %v1267 = arith.select %v34, %v1187, %v70 : f32
                // sum over the warp's outer points: shuffles
                %v1268, %v1269 = gpu.shuffle xor %v1267, %v881, %v694 : f32
                %v1270 = arith.addf %v1267, %v1268 fastmath<contract> : f32
                %v1271, %v1272 = gpu.shuffle xor %v1270, %v885, %v694 : f32
                %v1273 = arith.addf %v1270, %v1271 fastmath<contract> : f32
                %v1274 = arith.divui %v20, %v22 : i64
                %v1275 = arith.remui %v20, %v22 : i64
                %v1276 = arith.cmpi ult, %v1275, %v2 : i64
                %v1277 = arith.muli %v1274, %v2 : i64
                %v1278 = arith.addi %v1277, %v72 : i64
                %v1279 = arith.muli %v1278, %v895 : i64
                %v1280 = arith.addi %v1279, %v980 : i64
                scf.if %v1276 {
                  %v1281 = llvm.getelementptr %v61[%v1280] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1273, %v1281 : f32, !llvm.ptr
                }
                llvm.store %v1184, %v50 : f32, !llvm.ptr
                llvm.store %v1184, %v51 : f32, !llvm.ptr
                llvm.store %v1184, %v52 : f32, !llvm.ptr
                llvm.store %v1184, %v53 : f32, !llvm.ptr
                %v1282 = arith.addi %v384, %v2 : i64
                %v1283 = arith.cmpi slt, %v693, %v656 : i32
                %v1284 = arith.cmpi eq, %v693, %v662 : i32
                %v1285 = arith.addi %v386, %v540 : i64
                %v1286 = arith.addi %v89, %v1282 : i64
                %v1287 = arith.muli %v30, %v120 : i64
                %v1288 = arith.subi %v1286, %v89 : i64
                %v1289 = arith.addi %v1287, %v1288 : i64
                %v1290 = llvm.getelementptr %v63[%v1289] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1291 = llvm.load %v1290 : !llvm.ptr -> f32
                %v1292 = arith.muli %v44, %v333 : i64
                %v1293 = arith.muli %v1286, %v332 : i64
                %v1294 = arith.addi %v1292, %v1293 : i64
                %v1295 = arith.muli %v42, %v331 : i64
                %v1296 = arith.addi %v1294, %v1295 : i64
                %v1297 = arith.muli %v40, %v2 : i64
                %v1298 = arith.addi %v1296, %v1297 : i64
                %v1299 = llvm.getelementptr %dy_o[%v1298] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1300 = llvm.load %v1299 : !llvm.ptr -> f32
                %v1301 = arith.mulf %v1291, %v537 fastmath<contract> : f32
                %v1302 = arith.constant 8 : i64
                %v1303 = arith.addi %v1302, %v30 : i64
                %v1304 = arith.muli %v1303, %v120 : i64
                %v1305 = arith.subi %v1286, %v89 : i64
                %v1306 = arith.addi %v1304, %v1305 : i64
                %v1307 = llvm.getelementptr %v63[%v1306] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1308 = llvm.load %v1307 : !llvm.ptr -> f32
                %v1309 = arith.mulf %v1308, %v539 fastmath<contract> : f32
                %v1310 = arith.addf %v1301, %v1309 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1311, %v1312 = gpu.shuffle xor %v1310, %v693, %v694 : f32
                %v1313 = arith.addf %v1310, %v1311 fastmath<contract> : f32
                %v1314, %v1315 = gpu.shuffle xor %v1313, %v698, %v694 : f32
                %v1316 = arith.addf %v1313, %v1314 fastmath<contract> : f32
                %v1317, %v1318 = gpu.shuffle xor %v1316, %v702, %v694 : f32
                %v1319 = arith.addf %v1316, %v1317 fastmath<contract> : f32
                // end sum over the lanes
                %v1320 = llvm.call_intrinsic "llvm.fabs.f32"(%v1319) : (f32) -> f32
                %v1321 = arith.maximumf %v71, %v1320 : f32
                %v1322 = arith.divf %v1300, %v1321 : f32
                %v1323 = arith.mulf %v1291, %v1322 fastmath<contract> : f32
                %v1324 = llvm.load %v46 : !llvm.ptr -> f32
                %v1325 = llvm.load %v50 : !llvm.ptr -> f32
                %v1326 = arith.mulf %v1325, %v1324 fastmath<contract> : f32
                %v1327 = arith.addf %v1323, %v1326 fastmath<contract> : f32
                llvm.store %v1327, %v46 : f32, !llvm.ptr
                %v1328 = arith.mulf %v1308, %v1322 fastmath<contract> : f32
                %v1329 = llvm.load %v47 : !llvm.ptr -> f32
                %v1330 = llvm.load %v51 : !llvm.ptr -> f32
                %v1331 = arith.mulf %v1330, %v1329 fastmath<contract> : f32
                %v1332 = arith.addf %v1328, %v1331 fastmath<contract> : f32
                llvm.store %v1332, %v47 : f32, !llvm.ptr
                %v1333 = arith.mulf %v1291, %v523 fastmath<contract> : f32
                %v1334 = arith.mulf %v1308, %v535 fastmath<contract> : f32
                %v1335 = arith.addf %v1333, %v1334 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1336, %v1337 = gpu.shuffle xor %v1335, %v693, %v694 : f32
                %v1338 = arith.addf %v1335, %v1336 fastmath<contract> : f32
                %v1339, %v1340 = gpu.shuffle xor %v1338, %v698, %v694 : f32
                %v1341 = arith.addf %v1338, %v1339 fastmath<contract> : f32
                %v1342, %v1343 = gpu.shuffle xor %v1341, %v702, %v694 : f32
                %v1344 = arith.addf %v1341, %v1342 fastmath<contract> : f32
                // end sum over the lanes
                %v1345 = arith.divf %v1344, %v1321 : f32
                %v1346 = arith.divf %v1345, %v1321 : f32
                %v1347 = arith.mulf %v1300, %v1346 fastmath<contract> : f32
                %v1348 = arith.negf %v1347 : f32
                %v1349 = arith.cmpf oge, %v71, %v1320 : f32
                %v1350 = arith.select %v1349, %v71, %v70 : f32
                %v1351 = arith.subf %v71, %v1350 fastmath<contract> : f32
                %v1352 = arith.mulf %v1348, %v1351 fastmath<contract> : f32
                %v1353 = arith.cmpf olt, %v1319, %v70 : f32
                %v1354 = arith.select %v1353, %v739, %v70 : f32
                %v1355 = arith.cmpf ogt, %v1319, %v70 : f32
                %v1356 = arith.select %v1355, %v71, %v1354 : f32
                %v1357 = arith.mulf %v1352, %v1356 fastmath<contract> : f32
                %v1358 = arith.mulf %v1291, %v1357 fastmath<contract> : f32
                %v1359 = llvm.load %v48 : !llvm.ptr -> f32
                %v1360 = llvm.load %v52 : !llvm.ptr -> f32
                %v1361 = arith.mulf %v1360, %v1359 fastmath<contract> : f32
                %v1362 = arith.addf %v1358, %v1361 fastmath<contract> : f32
                llvm.store %v1362, %v48 : f32, !llvm.ptr
                %v1363 = arith.mulf %v1308, %v1357 fastmath<contract> : f32
                %v1364 = llvm.load %v49 : !llvm.ptr -> f32
                %v1365 = llvm.load %v53 : !llvm.ptr -> f32
                %v1366 = arith.mulf %v1365, %v1364 fastmath<contract> : f32
                %v1367 = arith.addf %v1363, %v1366 fastmath<contract> : f32
                llvm.store %v1367, %v49 : f32, !llvm.ptr
                %v1368 = arith.mulf %v537, %v1357 fastmath<contract> : f32
                %v1369 = arith.mulf %v523, %v1322 fastmath<contract> : f32
                %v1370 = arith.addf %v1368, %v1369 fastmath<contract> : f32
                %v1371 = arith.mulf %v539, %v1357 fastmath<contract> : f32
                %v1372 = arith.mulf %v535, %v1322 fastmath<contract> : f32
                %v1373 = arith.addf %v1371, %v1372 fastmath<contract> : f32
                %v1374 = arith.muli %v72, %v120 : i64
                %v1375 = arith.subi %v1286, %v89 : i64
                %v1376 = arith.addi %v1374, %v1375 : i64
                %v1377 = llvm.getelementptr %v67[%v1376] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1378 = llvm.load %v1377 : !llvm.ptr -> f32
                %v1379 = arith.mulf %v1378, %v310 fastmath<contract> : f32
                %v1380 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1379) : (f32) -> f32
                %v1381 = llvm.load %v48 : !llvm.ptr -> f32
                %v1382 = arith.muli %v44, %v333 : i64
                %v1383 = arith.muli %v1286, %v332 : i64
                %v1384 = arith.addi %v1382, %v1383 : i64
                %v1385 = arith.muli %v42, %v331 : i64
                %v1386 = arith.addi %v1384, %v1385 : i64
                %v1387 = arith.muli %v40, %v2 : i64
                %v1388 = arith.addi %v1386, %v1387 : i64
                %v1389 = llvm.getelementptr %in_v[%v1388] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1390 = llvm.load %v1389 : !llvm.ptr -> f32
                %v1391 = llvm.load %v46 : !llvm.ptr -> f32
                %v1392 = arith.mulf %v1390, %v1391 fastmath<contract> : f32
                %v1393 = arith.addf %v1381, %v1392 fastmath<contract> : f32
                %v1394 = arith.mulf %v1380, %v1393 fastmath<contract> : f32
                %v1396 = llvm.call_intrinsic "llvm.sqrt.f32"(%v1395) : (f32) -> f32
                %v1397 = arith.divf %v1394, %v1396 : f32
                %v1398 = llvm.load %v49 : !llvm.ptr -> f32
                %v1399 = llvm.load %v47 : !llvm.ptr -> f32
                %v1400 = arith.mulf %v1390, %v1399 fastmath<contract> : f32
                %v1401 = arith.addf %v1398, %v1400 fastmath<contract> : f32
                %v1402 = arith.mulf %v1380, %v1401 fastmath<contract> : f32
                %v1403 = arith.divf %v1402, %v1396 : f32
                %v1404 = arith.muli %v30, %v120 : i64
                %v1405 = arith.subi %v1286, %v89 : i64
                %v1406 = arith.addi %v1404, %v1405 : i64
                %v1407 = llvm.getelementptr %v65[%v1406] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1408 = llvm.load %v1407 : !llvm.ptr -> f32
                %v1409 = arith.divf %v1408, %v1396 : f32
                %v1410 = arith.mulf %v1380, %v1409 fastmath<contract> : f32
                %v1411 = arith.mulf %v1410, %v1391 fastmath<contract> : f32
                %v1412 = arith.constant 8 : i64
                %v1413 = arith.addi %v1412, %v30 : i64
                %v1414 = arith.muli %v1413, %v120 : i64
                %v1415 = arith.subi %v1286, %v89 : i64
                %v1416 = arith.addi %v1414, %v1415 : i64
                %v1417 = llvm.getelementptr %v65[%v1416] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1418 = llvm.load %v1417 : !llvm.ptr -> f32
                %v1419 = arith.divf %v1418, %v1396 : f32
                %v1420 = arith.mulf %v1380, %v1419 fastmath<contract> : f32
                %v1421 = arith.mulf %v1420, %v1399 fastmath<contract> : f32
                %v1422 = arith.addf %v1411, %v1421 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1423, %v1424 = gpu.shuffle xor %v1422, %v693, %v694 : f32
                %v1425 = arith.addf %v1422, %v1423 fastmath<contract> : f32
                %v1426, %v1427 = gpu.shuffle xor %v1425, %v698, %v694 : f32
                %v1428 = arith.addf %v1425, %v1426 fastmath<contract> : f32
                %v1429, %v1430 = gpu.shuffle xor %v1428, %v702, %v694 : f32
                %v1431 = arith.addf %v1428, %v1429 fastmath<contract> : f32
                // end sum over the lanes
                %v1432 = arith.cmpi eq, %v30, %v72 : i64
                %v1433 = arith.andi %v34, %v1432 : i1
                scf.if %v1433 {
                  %v1434 = arith.muli %v44, %v333 : i64
                  %v1435 = arith.muli %v1286, %v332 : i64
                  %v1436 = arith.addi %v1434, %v1435 : i64
                  %v1437 = arith.muli %v42, %v331 : i64
                  %v1438 = arith.addi %v1436, %v1437 : i64
                  %v1439 = arith.muli %v40, %v2 : i64
                  %v1440 = arith.addi %v1438, %v1439 : i64
                  %v1441 = llvm.getelementptr %dx_v[%v1440] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1431, %v1441 : f32, !llvm.ptr
                }
                %v1442 = arith.mulf %v1409, %v1393 fastmath<contract> : f32
                %v1443 = arith.mulf %v1419, %v1401 fastmath<contract> : f32
                %v1444 = arith.addf %v1442, %v1443 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1445, %v1446 = gpu.shuffle xor %v1444, %v693, %v694 : f32
                %v1447 = arith.addf %v1444, %v1445 fastmath<contract> : f32
                %v1448, %v1449 = gpu.shuffle xor %v1447, %v698, %v694 : f32
                %v1450 = arith.addf %v1447, %v1448 fastmath<contract> : f32
                %v1451, %v1452 = gpu.shuffle xor %v1450, %v702, %v694 : f32
                %v1453 = arith.addf %v1450, %v1451 fastmath<contract> : f32
                // end sum over the lanes
                %v1454 = arith.mulf %v1380, %v1453 fastmath<contract> : f32
                %v1455 = arith.mulf %v466, %v1391 fastmath<contract> : f32
                %v1456 = arith.mulf %v478, %v1399 fastmath<contract> : f32
                %v1457 = arith.addf %v1455, %v1456 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1458, %v1459 = gpu.shuffle xor %v1457, %v693, %v694 : f32
                %v1460 = arith.addf %v1457, %v1458 fastmath<contract> : f32
                %v1461, %v1462 = gpu.shuffle xor %v1460, %v698, %v694 : f32
                %v1463 = arith.addf %v1460, %v1461 fastmath<contract> : f32
                %v1464, %v1465 = gpu.shuffle xor %v1463, %v702, %v694 : f32
                %v1466 = arith.addf %v1463, %v1464 fastmath<contract> : f32
                // end sum over the lanes
                %v1467 = arith.mulf %v480, %v1381 fastmath<contract> : f32
                %v1468 = arith.mulf %v482, %v1398 fastmath<contract> : f32
                %v1469 = arith.addf %v1467, %v1468 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1470, %v1471 = gpu.shuffle xor %v1469, %v693, %v694 : f32
                %v1472 = arith.addf %v1469, %v1470 fastmath<contract> : f32
                %v1473, %v1474 = gpu.shuffle xor %v1472, %v698, %v694 : f32
                %v1475 = arith.addf %v1472, %v1473 fastmath<contract> : f32
                %v1476, %v1477 = gpu.shuffle xor %v1475, %v702, %v694 : f32
                %v1478 = arith.addf %v1475, %v1476 fastmath<contract> : f32
                // end sum over the lanes
                %v1479 = arith.addf %v1466, %v1478 fastmath<contract> : f32
                %v1480 = arith.muli %v72, %v120 : i64
                %v1481 = arith.subi %v1286, %v89 : i64
                %v1482 = arith.addi %v1480, %v1481 : i64
                %v1483 = llvm.getelementptr %v69[%v1482] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1484 = llvm.load %v1483 : !llvm.ptr -> f32
                %v1485 = arith.negf %v1484 : f32
                %v1486 = arith.mulf %v1485, %v310 fastmath<contract> : f32
                %v1487 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1486) : (f32) -> f32
                %v1488 = arith.addf %v71, %v1487 fastmath<contract> : f32
                %v1489 = arith.divf %v71, %v1488 : f32
                %v1490 = arith.subf %v71, %v1489 fastmath<contract> : f32
                %v1491 = arith.mulf %v1489, %v1490 fastmath<contract> : f32
                %v1492 = arith.mulf %v1479, %v1491 fastmath<contract> : f32
                %v1493 = arith.select %v34, %v1370, %v70 : f32
                // sum over the warp's outer points: shuffles
                %v1494, %v1495 = gpu.shuffle xor %v1493, %v881, %v694 : f32
                %v1496 = arith.addf %v1493, %v1494 fastmath<contract> : f32
                %v1497, %v1498 = gpu.shuffle xor %v1496, %v885, %v694 : f32
                %v1499 = arith.addf %v1496, %v1497 fastmath<contract> : f32
                %v1500 = arith.divui %v20, %v22 : i64
                %v1501 = arith.remui %v20, %v22 : i64
                %v1502 = arith.cmpi ult, %v1501, %v29 : i64
                %v1503 = arith.addi %v72, %v30 : i64
                %v1504 = arith.muli %v1500, %v1 : i64
                %v1505 = arith.addi %v1504, %v1503 : i64
                %v1506 = arith.muli %v1505, %v895 : i64
                %v1507 = arith.addi %v1506, %v1285 : i64
                scf.if %v1502 {
                  %v1508 = llvm.getelementptr %v55[%v1507] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1499, %v1508 : f32, !llvm.ptr
                }
                %v1509 = arith.select %v34, %v1373, %v70 : f32
                // sum over the warp's outer points: shuffles
                %v1510, %v1511 = gpu.shuffle xor %v1509, %v881, %v694 : f32
                %v1512 = arith.addf %v1509, %v1510 fastmath<contract> : f32
                %v1513, %v1514 = gpu.shuffle xor %v1512, %v885, %v694 : f32
                %v1515 = arith.addf %v1512, %v1513 fastmath<contract> : f32
                %v1516 = arith.divui %v20, %v22 : i64
                %v1517 = arith.remui %v20, %v22 : i64
                %v1518 = arith.cmpi ult, %v1517, %v29 : i64
                %v1519 = arith.addi %v29, %v30 : i64
                %v1520 = arith.muli %v1516, %v1 : i64
                %v1521 = arith.addi %v1520, %v1519 : i64
                %v1522 = arith.muli %v1521, %v895 : i64
                %v1523 = arith.addi %v1522, %v1285 : i64
                scf.if %v1518 {
                  %v1524 = llvm.getelementptr %v55[%v1523] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1515, %v1524 : f32, !llvm.ptr
                }
                %v1525 = arith.select %v34, %v1397, %v70 : f32
                // sum over the warp's outer points: shuffles
                %v1526, %v1527 = gpu.shuffle xor %v1525, %v881, %v694 : f32
                %v1528 = arith.addf %v1525, %v1526 fastmath<contract> : f32
                %v1529, %v1530 = gpu.shuffle xor %v1528, %v885, %v694 : f32
                %v1531 = arith.addf %v1528, %v1529 fastmath<contract> : f32
                %v1532 = arith.divui %v20, %v22 : i64
                %v1533 = arith.remui %v20, %v22 : i64
                %v1534 = arith.cmpi ult, %v1533, %v29 : i64
                %v1535 = arith.addi %v72, %v30 : i64
                %v1536 = arith.muli %v1532, %v1 : i64
                %v1537 = arith.addi %v1536, %v1535 : i64
                %v1538 = arith.muli %v1537, %v895 : i64
                %v1539 = arith.addi %v1538, %v1285 : i64
                scf.if %v1534 {
                  %v1540 = llvm.getelementptr %v57[%v1539] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1531, %v1540 : f32, !llvm.ptr
                }
                %v1541 = arith.select %v34, %v1403, %v70 : f32
                // sum over the warp's outer points: shuffles
                %v1542, %v1543 = gpu.shuffle xor %v1541, %v881, %v694 : f32
                %v1544 = arith.addf %v1541, %v1542 fastmath<contract> : f32
                %v1545, %v1546 = gpu.shuffle xor %v1544, %v885, %v694 : f32
                %v1547 = arith.addf %v1544, %v1545 fastmath<contract> : f32
                %v1548 = arith.divui %v20, %v22 : i64
                %v1549 = arith.remui %v20, %v22 : i64
                %v1550 = arith.cmpi ult, %v1549, %v29 : i64
                %v1551 = arith.addi %v29, %v30 : i64
                %v1552 = arith.muli %v1548, %v1 : i64
                %v1553 = arith.addi %v1552, %v1551 : i64
                %v1554 = arith.muli %v1553, %v895 : i64
                %v1555 = arith.addi %v1554, %v1285 : i64
                scf.if %v1550 {
                  %v1556 = llvm.getelementptr %v57[%v1555] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1547, %v1556 : f32, !llvm.ptr
                }
                %v1557 = arith.select %v34, %v1454, %v70 : f32
                // sum over the warp's outer points: shuffles
                %v1558, %v1559 = gpu.shuffle xor %v1557, %v881, %v694 : f32
                %v1560 = arith.addf %v1557, %v1558 fastmath<contract> : f32
                %v1561, %v1562 = gpu.shuffle xor %v1560, %v885, %v694 : f32
                %v1563 = arith.addf %v1560, %v1561 fastmath<contract> : f32
                %v1564 = arith.divui %v20, %v22 : i64
                %v1565 = arith.remui %v20, %v22 : i64
                %v1566 = arith.cmpi ult, %v1565, %v2 : i64
                %v1567 = arith.muli %v1564, %v2 : i64
                %v1568 = arith.addi %v1567, %v72 : i64
                %v1569 = arith.muli %v1568, %v895 : i64
                %v1570 = arith.addi %v1569, %v1285 : i64
                scf.if %v1566 {
                  %v1571 = llvm.getelementptr %v59[%v1570] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1563, %v1571 : f32, !llvm.ptr
                }
                %v1572 = arith.select %v34, %v1492, %v70 : f32
                // sum over the warp's outer points: shuffles
                %v1573, %v1574 = gpu.shuffle xor %v1572, %v881, %v694 : f32
                %v1575 = arith.addf %v1572, %v1573 fastmath<contract> : f32
                %v1576, %v1577 = gpu.shuffle xor %v1575, %v885, %v694 : f32
                %v1578 = arith.addf %v1575, %v1576 fastmath<contract> : f32
                %v1579 = arith.divui %v20, %v22 : i64
                %v1580 = arith.remui %v20, %v22 : i64
                %v1581 = arith.cmpi ult, %v1580, %v2 : i64
                %v1582 = arith.muli %v1579, %v2 : i64
                %v1583 = arith.addi %v1582, %v72 : i64
                %v1584 = arith.muli %v1583, %v895 : i64
                %v1585 = arith.addi %v1584, %v1285 : i64
                scf.if %v1581 {
                  %v1586 = llvm.getelementptr %v61[%v1585] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1578, %v1586 : f32, !llvm.ptr
                }
                llvm.store %v1489, %v50 : f32, !llvm.ptr
                llvm.store %v1489, %v51 : f32, !llvm.ptr
                llvm.store %v1489, %v52 : f32, !llvm.ptr
                llvm.store %v1489, %v53 : f32, !llvm.ptr
                %v1587 = arith.addi %v384, %v72 : i64
                %v1589 = arith.cmpi slt, %v1588, %v656 : i32
                %v1590 = arith.cmpi eq, %v1588, %v662 : i32
                %v1591 = arith.addi %v386, %v76 : i64
                %v1592 = arith.addi %v89, %v1587 : i64
                %v1593 = arith.muli %v30, %v120 : i64
                %v1594 = arith.subi %v1592, %v89 : i64
                %v1595 = arith.addi %v1593, %v1594 : i64
                %v1596 = llvm.getelementptr %v63[%v1595] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1597 = llvm.load %v1596 : !llvm.ptr -> f32
                %v1598 = arith.muli %v44, %v333 : i64
                %v1599 = arith.muli %v1592, %v332 : i64
                %v1600 = arith.addi %v1598, %v1599 : i64
                %v1601 = arith.muli %v42, %v331 : i64
                %v1602 = arith.addi %v1600, %v1601 : i64
                %v1603 = arith.muli %v40, %v2 : i64
                %v1604 = arith.addi %v1602, %v1603 : i64
                %v1605 = llvm.getelementptr %dy_o[%v1604] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1606 = llvm.load %v1605 : !llvm.ptr -> f32
                %v1607 = arith.mulf %v1597, %v480 fastmath<contract> : f32
                %v1608 = arith.constant 8 : i64
                %v1609 = arith.addi %v1608, %v30 : i64
                %v1610 = arith.muli %v1609, %v120 : i64
                %v1611 = arith.subi %v1592, %v89 : i64
                %v1612 = arith.addi %v1610, %v1611 : i64
                %v1613 = llvm.getelementptr %v63[%v1612] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1614 = llvm.load %v1613 : !llvm.ptr -> f32
                %v1615 = arith.mulf %v1614, %v482 fastmath<contract> : f32
                %v1616 = arith.addf %v1607, %v1615 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1617, %v1618 = gpu.shuffle xor %v1616, %v693, %v694 : f32
                %v1619 = arith.addf %v1616, %v1617 fastmath<contract> : f32
                %v1620, %v1621 = gpu.shuffle xor %v1619, %v698, %v694 : f32
                %v1622 = arith.addf %v1619, %v1620 fastmath<contract> : f32
                %v1623, %v1624 = gpu.shuffle xor %v1622, %v702, %v694 : f32
                %v1625 = arith.addf %v1622, %v1623 fastmath<contract> : f32
                // end sum over the lanes
                %v1626 = llvm.call_intrinsic "llvm.fabs.f32"(%v1625) : (f32) -> f32
                %v1627 = arith.maximumf %v71, %v1626 : f32
                %v1628 = arith.divf %v1606, %v1627 : f32
                %v1629 = arith.mulf %v1597, %v1628 fastmath<contract> : f32
                %v1630 = llvm.load %v46 : !llvm.ptr -> f32
                %v1631 = llvm.load %v50 : !llvm.ptr -> f32
                %v1632 = arith.mulf %v1631, %v1630 fastmath<contract> : f32
                %v1633 = arith.addf %v1629, %v1632 fastmath<contract> : f32
                llvm.store %v1633, %v46 : f32, !llvm.ptr
                %v1634 = arith.mulf %v1614, %v1628 fastmath<contract> : f32
                %v1635 = llvm.load %v47 : !llvm.ptr -> f32
                %v1636 = llvm.load %v51 : !llvm.ptr -> f32
                %v1637 = arith.mulf %v1636, %v1635 fastmath<contract> : f32
                %v1638 = arith.addf %v1634, %v1637 fastmath<contract> : f32
                llvm.store %v1638, %v47 : f32, !llvm.ptr
                %v1639 = arith.mulf %v1597, %v466 fastmath<contract> : f32
                %v1640 = arith.mulf %v1614, %v478 fastmath<contract> : f32
                %v1641 = arith.addf %v1639, %v1640 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1642, %v1643 = gpu.shuffle xor %v1641, %v693, %v694 : f32
                %v1644 = arith.addf %v1641, %v1642 fastmath<contract> : f32
                %v1645, %v1646 = gpu.shuffle xor %v1644, %v698, %v694 : f32
                %v1647 = arith.addf %v1644, %v1645 fastmath<contract> : f32
                %v1648, %v1649 = gpu.shuffle xor %v1647, %v702, %v694 : f32
                %v1650 = arith.addf %v1647, %v1648 fastmath<contract> : f32
                // end sum over the lanes
                %v1651 = arith.divf %v1650, %v1627 : f32
                %v1652 = arith.divf %v1651, %v1627 : f32
                %v1653 = arith.mulf %v1606, %v1652 fastmath<contract> : f32
                %v1654 = arith.negf %v1653 : f32
                %v1655 = arith.cmpf oge, %v71, %v1626 : f32
                %v1656 = arith.select %v1655, %v71, %v70 : f32
                %v1657 = arith.subf %v71, %v1656 fastmath<contract> : f32
                %v1658 = arith.mulf %v1654, %v1657 fastmath<contract> : f32
                %v1659 = arith.cmpf olt, %v1625, %v70 : f32
                %v1660 = arith.select %v1659, %v739, %v70 : f32
                %v1661 = arith.cmpf ogt, %v1625, %v70 : f32
                %v1662 = arith.select %v1661, %v71, %v1660 : f32
                %v1663 = arith.mulf %v1658, %v1662 fastmath<contract> : f32
                %v1664 = arith.mulf %v1597, %v1663 fastmath<contract> : f32
                %v1665 = llvm.load %v48 : !llvm.ptr -> f32
                %v1666 = llvm.load %v52 : !llvm.ptr -> f32
                %v1667 = arith.mulf %v1666, %v1665 fastmath<contract> : f32
                %v1668 = arith.addf %v1664, %v1667 fastmath<contract> : f32
                llvm.store %v1668, %v48 : f32, !llvm.ptr
                %v1669 = arith.mulf %v1614, %v1663 fastmath<contract> : f32
                %v1670 = llvm.load %v49 : !llvm.ptr -> f32
                %v1671 = llvm.load %v53 : !llvm.ptr -> f32
                %v1672 = arith.mulf %v1671, %v1670 fastmath<contract> : f32
                %v1673 = arith.addf %v1669, %v1672 fastmath<contract> : f32
                llvm.store %v1673, %v49 : f32, !llvm.ptr
                %v1674 = arith.mulf %v480, %v1663 fastmath<contract> : f32
                %v1675 = arith.mulf %v466, %v1628 fastmath<contract> : f32
                %v1676 = arith.addf %v1674, %v1675 fastmath<contract> : f32
                %v1677 = arith.mulf %v482, %v1663 fastmath<contract> : f32
                %v1678 = arith.mulf %v478, %v1628 fastmath<contract> : f32
                %v1679 = arith.addf %v1677, %v1678 fastmath<contract> : f32
                %v1680 = arith.muli %v72, %v120 : i64
                %v1681 = arith.subi %v1592, %v89 : i64
                %v1682 = arith.addi %v1680, %v1681 : i64
                %v1683 = llvm.getelementptr %v67[%v1682] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1684 = llvm.load %v1683 : !llvm.ptr -> f32
                %v1685 = arith.mulf %v1684, %v310 fastmath<contract> : f32
                %v1686 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1685) : (f32) -> f32
                %v1687 = llvm.load %v48 : !llvm.ptr -> f32
                %v1688 = arith.muli %v44, %v333 : i64
                %v1689 = arith.muli %v1592, %v332 : i64
                %v1690 = arith.addi %v1688, %v1689 : i64
                %v1691 = arith.muli %v42, %v331 : i64
                %v1692 = arith.addi %v1690, %v1691 : i64
                %v1693 = arith.muli %v40, %v2 : i64
                %v1694 = arith.addi %v1692, %v1693 : i64
                %v1695 = llvm.getelementptr %in_v[%v1694] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1696 = llvm.load %v1695 : !llvm.ptr -> f32
                %v1697 = llvm.load %v46 : !llvm.ptr -> f32
                %v1698 = arith.mulf %v1696, %v1697 fastmath<contract> : f32
                %v1699 = arith.addf %v1687, %v1698 fastmath<contract> : f32
                %v1700 = arith.mulf %v1686, %v1699 fastmath<contract> : f32
                %v1702 = llvm.call_intrinsic "llvm.sqrt.f32"(%v1701) : (f32) -> f32
                %v1703 = arith.divf %v1700, %v1702 : f32
                %v1704 = llvm.load %v49 : !llvm.ptr -> f32
                %v1705 = llvm.load %v47 : !llvm.ptr -> f32
                %v1706 = arith.mulf %v1696, %v1705 fastmath<contract> : f32
                %v1707 = arith.addf %v1704, %v1706 fastmath<contract> : f32
                %v1708 = arith.mulf %v1686, %v1707 fastmath<contract> : f32
                %v1709 = arith.divf %v1708, %v1702 : f32
                %v1710 = arith.muli %v30, %v120 : i64
                %v1711 = arith.subi %v1592, %v89 : i64
                %v1712 = arith.addi %v1710, %v1711 : i64
                %v1713 = llvm.getelementptr %v65[%v1712] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1714 = llvm.load %v1713 : !llvm.ptr -> f32
                %v1715 = arith.divf %v1714, %v1702 : f32
                %v1716 = arith.mulf %v1686, %v1715 fastmath<contract> : f32
                %v1717 = arith.mulf %v1716, %v1697 fastmath<contract> : f32
                %v1718 = arith.constant 8 : i64
                %v1719 = arith.addi %v1718, %v30 : i64
                %v1720 = arith.muli %v1719, %v120 : i64
                %v1721 = arith.subi %v1592, %v89 : i64
                %v1722 = arith.addi %v1720, %v1721 : i64
                %v1723 = llvm.getelementptr %v65[%v1722] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1724 = llvm.load %v1723 : !llvm.ptr -> f32
                %v1725 = arith.divf %v1724, %v1702 : f32
                %v1726 = arith.mulf %v1686, %v1725 fastmath<contract> : f32
                %v1727 = arith.mulf %v1726, %v1705 fastmath<contract> : f32
                %v1728 = arith.addf %v1717, %v1727 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1729, %v1730 = gpu.shuffle xor %v1728, %v693, %v694 : f32
                %v1731 = arith.addf %v1728, %v1729 fastmath<contract> : f32
                %v1732, %v1733 = gpu.shuffle xor %v1731, %v698, %v694 : f32
                %v1734 = arith.addf %v1731, %v1732 fastmath<contract> : f32
                %v1735, %v1736 = gpu.shuffle xor %v1734, %v702, %v694 : f32
                %v1737 = arith.addf %v1734, %v1735 fastmath<contract> : f32
                // end sum over the lanes
                %v1738 = arith.cmpi eq, %v30, %v72 : i64
                %v1739 = arith.andi %v34, %v1738 : i1
                scf.if %v1739 {
                  %v1740 = arith.muli %v44, %v333 : i64
                  %v1741 = arith.muli %v1592, %v332 : i64
                  %v1742 = arith.addi %v1740, %v1741 : i64
                  %v1743 = arith.muli %v42, %v331 : i64
                  %v1744 = arith.addi %v1742, %v1743 : i64
                  %v1745 = arith.muli %v40, %v2 : i64
                  %v1746 = arith.addi %v1744, %v1745 : i64
                  %v1747 = llvm.getelementptr %dx_v[%v1746] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1737, %v1747 : f32, !llvm.ptr
                }
                %v1748 = arith.mulf %v1715, %v1699 fastmath<contract> : f32
                %v1749 = arith.mulf %v1725, %v1707 fastmath<contract> : f32
                %v1750 = arith.addf %v1748, %v1749 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1751, %v1752 = gpu.shuffle xor %v1750, %v693, %v694 : f32
                %v1753 = arith.addf %v1750, %v1751 fastmath<contract> : f32
                %v1754, %v1755 = gpu.shuffle xor %v1753, %v698, %v694 : f32
                %v1756 = arith.addf %v1753, %v1754 fastmath<contract> : f32
                %v1757, %v1758 = gpu.shuffle xor %v1756, %v702, %v694 : f32
                %v1759 = arith.addf %v1756, %v1757 fastmath<contract> : f32
                // end sum over the lanes
                %v1760 = arith.mulf %v1686, %v1759 fastmath<contract> : f32
                %v1761 = arith.mulf %v398, %v1697 fastmath<contract> : f32
                %v1762 = arith.mulf %v407, %v1705 fastmath<contract> : f32
                %v1763 = arith.addf %v1761, %v1762 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1764, %v1765 = gpu.shuffle xor %v1763, %v693, %v694 : f32
                %v1766 = arith.addf %v1763, %v1764 fastmath<contract> : f32
                %v1767, %v1768 = gpu.shuffle xor %v1766, %v698, %v694 : f32
                %v1769 = arith.addf %v1766, %v1767 fastmath<contract> : f32
                %v1770, %v1771 = gpu.shuffle xor %v1769, %v702, %v694 : f32
                %v1772 = arith.addf %v1769, %v1770 fastmath<contract> : f32
                // end sum over the lanes
                %v1773 = arith.mulf %v416, %v1687 fastmath<contract> : f32
                %v1774 = arith.mulf %v425, %v1704 fastmath<contract> : f32
                %v1775 = arith.addf %v1773, %v1774 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1776, %v1777 = gpu.shuffle xor %v1775, %v693, %v694 : f32
                %v1778 = arith.addf %v1775, %v1776 fastmath<contract> : f32
                %v1779, %v1780 = gpu.shuffle xor %v1778, %v698, %v694 : f32
                %v1781 = arith.addf %v1778, %v1779 fastmath<contract> : f32
                %v1782, %v1783 = gpu.shuffle xor %v1781, %v702, %v694 : f32
                %v1784 = arith.addf %v1781, %v1782 fastmath<contract> : f32
                // end sum over the lanes
                %v1785 = arith.addf %v1772, %v1784 fastmath<contract> : f32
                %v1786 = arith.muli %v72, %v120 : i64
                %v1787 = arith.subi %v1592, %v89 : i64
                %v1788 = arith.addi %v1786, %v1787 : i64
                %v1789 = llvm.getelementptr %v69[%v1788] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1790 = llvm.load %v1789 : !llvm.ptr -> f32
                %v1791 = arith.negf %v1790 : f32
                %v1792 = arith.mulf %v1791, %v310 fastmath<contract> : f32
                %v1793 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1792) : (f32) -> f32
                %v1794 = arith.addf %v71, %v1793 fastmath<contract> : f32
                %v1795 = arith.divf %v71, %v1794 : f32
                %v1796 = arith.subf %v71, %v1795 fastmath<contract> : f32
                %v1797 = arith.mulf %v1795, %v1796 fastmath<contract> : f32
                %v1798 = arith.mulf %v1785, %v1797 fastmath<contract> : f32
                %v1799 = arith.select %v34, %v1676, %v70 : f32
                // sum over the warp's outer points: shuffles
                %v1800, %v1801 = gpu.shuffle xor %v1799, %v881, %v694 : f32
                %v1802 = arith.addf %v1799, %v1800 fastmath<contract> : f32
                %v1803, %v1804 = gpu.shuffle xor %v1802, %v885, %v694 : f32
                %v1805 = arith.addf %v1802, %v1803 fastmath<contract> : f32
                %v1806 = arith.divui %v20, %v22 : i64
                %v1807 = arith.remui %v20, %v22 : i64
                %v1808 = arith.cmpi ult, %v1807, %v29 : i64
                %v1809 = arith.addi %v72, %v30 : i64
                %v1810 = arith.muli %v1806, %v1 : i64
                %v1811 = arith.addi %v1810, %v1809 : i64
                %v1812 = arith.muli %v1811, %v895 : i64
                %v1813 = arith.addi %v1812, %v1591 : i64
                scf.if %v1808 {
                  %v1814 = llvm.getelementptr %v55[%v1813] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1805, %v1814 : f32, !llvm.ptr
                }
                %v1815 = arith.select %v34, %v1679, %v70 : f32
                // sum over the warp's outer points: shuffles
                %v1816, %v1817 = gpu.shuffle xor %v1815, %v881, %v694 : f32
                %v1818 = arith.addf %v1815, %v1816 fastmath<contract> : f32
                %v1819, %v1820 = gpu.shuffle xor %v1818, %v885, %v694 : f32
                %v1821 = arith.addf %v1818, %v1819 fastmath<contract> : f32
                %v1822 = arith.divui %v20, %v22 : i64
                %v1823 = arith.remui %v20, %v22 : i64
                %v1824 = arith.cmpi ult, %v1823, %v29 : i64
                %v1825 = arith.addi %v29, %v30 : i64
                %v1826 = arith.muli %v1822, %v1 : i64
                %v1827 = arith.addi %v1826, %v1825 : i64
                %v1828 = arith.muli %v1827, %v895 : i64
                %v1829 = arith.addi %v1828, %v1591 : i64
                scf.if %v1824 {
                  %v1830 = llvm.getelementptr %v55[%v1829] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1821, %v1830 : f32, !llvm.ptr
                }
                %v1831 = arith.select %v34, %v1703, %v70 : f32
                // sum over the warp's outer points: shuffles
                %v1832, %v1833 = gpu.shuffle xor %v1831, %v881, %v694 : f32
                %v1834 = arith.addf %v1831, %v1832 fastmath<contract> : f32
                %v1835, %v1836 = gpu.shuffle xor %v1834, %v885, %v694 : f32
                %v1837 = arith.addf %v1834, %v1835 fastmath<contract> : f32
                %v1838 = arith.divui %v20, %v22 : i64
                %v1839 = arith.remui %v20, %v22 : i64
                %v1840 = arith.cmpi ult, %v1839, %v29 : i64
                %v1841 = arith.addi %v72, %v30 : i64
                %v1842 = arith.muli %v1838, %v1 : i64
                %v1843 = arith.addi %v1842, %v1841 : i64
                %v1844 = arith.muli %v1843, %v895 : i64
                %v1845 = arith.addi %v1844, %v1591 : i64
                scf.if %v1840 {
                  %v1846 = llvm.getelementptr %v57[%v1845] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1837, %v1846 : f32, !llvm.ptr
                }
                %v1847 = arith.select %v34, %v1709, %v70 : f32
                // sum over the warp's outer points: shuffles
                %v1848, %v1849 = gpu.shuffle xor %v1847, %v881, %v694 : f32
                %v1850 = arith.addf %v1847, %v1848 fastmath<contract> : f32
                %v1851, %v1852 = gpu.shuffle xor %v1850, %v885, %v694 : f32
                %v1853 = arith.addf %v1850, %v1851 fastmath<contract> : f32
                %v1854 = arith.divui %v20, %v22 : i64
                %v1855 = arith.remui %v20, %v22 : i64
                %v1856 = arith.cmpi ult, %v1855, %v29 : i64
                %v1857 = arith.addi %v29, %v30 : i64
                %v1858 = arith.muli %v1854, %v1 : i64
                %v1859 = arith.addi %v1858, %v1857 : i64
                %v1860 = arith.muli %v1859, %v895 : i64
                %v1861 = arith.addi %v1860, %v1591 : i64
                scf.if %v1856 {
                  %v1862 = llvm.getelementptr %v57[%v1861] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1853, %v1862 : f32, !llvm.ptr
                }
                %v1863 = arith.select %v34, %v1760, %v70 : f32
                // sum over the warp's outer points: shuffles
                %v1864, %v1865 = gpu.shuffle xor %v1863, %v881, %v694 : f32
                %v1866 = arith.addf %v1863, %v1864 fastmath<contract> : f32
                %v1867, %v1868 = gpu.shuffle xor %v1866, %v885, %v694 : f32
                %v1869 = arith.addf %v1866, %v1867 fastmath<contract> : f32
                %v1870 = arith.divui %v20, %v22 : i64
                %v1871 = arith.remui %v20, %v22 : i64
                %v1872 = arith.cmpi ult, %v1871, %v2 : i64
                %v1873 = arith.muli %v1870, %v2 : i64
                %v1874 = arith.addi %v1873, %v72 : i64
                %v1875 = arith.muli %v1874, %v895 : i64
                %v1876 = arith.addi %v1875, %v1591 : i64
                scf.if %v1872 {
                  %v1877 = llvm.getelementptr %v59[%v1876] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1869, %v1877 : f32, !llvm.ptr
                }
                %v1878 = arith.select %v34, %v1798, %v70 : f32
                // sum over the warp's outer points: shuffles
                %v1879, %v1880 = gpu.shuffle xor %v1878, %v881, %v694 : f32
                %v1881 = arith.addf %v1878, %v1879 fastmath<contract> : f32
                %v1882, %v1883 = gpu.shuffle xor %v1881, %v885, %v694 : f32
                %v1884 = arith.addf %v1881, %v1882 fastmath<contract> : f32
                %v1885 = arith.divui %v20, %v22 : i64
                %v1886 = arith.remui %v20, %v22 : i64
                %v1887 = arith.cmpi ult, %v1886, %v2 : i64
                %v1888 = arith.muli %v1885, %v2 : i64
                %v1889 = arith.addi %v1888, %v72 : i64
                %v1890 = arith.muli %v1889, %v895 : i64
                %v1891 = arith.addi %v1890, %v1591 : i64
                scf.if %v1887 {
                  %v1892 = llvm.getelementptr %v61[%v1891] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1884, %v1892 : f32, !llvm.ptr
                }
                llvm.store %v1795, %v50 : f32, !llvm.ptr
                llvm.store %v1795, %v51 : f32, !llvm.ptr
                llvm.store %v1795, %v52 : f32, !llvm.ptr
                llvm.store %v1795, %v53 : f32, !llvm.ptr
              } else {
                %v1893 = arith.subi %v91, %v2 : i64
                %v1894 = arith.muli %v383, %v5 : i64
                %v1895 = arith.subi %v5, %v2 : i64
                %v1896 = arith.minsi %v36, %v1895 : i64
                %v1897 = arith.addi %v1894, %v1896 : i64
                %v1898 = arith.muli %v1897, %v1 : i64
                %v1899 = arith.addi %v1898, %v72 : i64
                %v1900 = arith.addi %v1899, %v30 : i64
                %v1901 = llvm.getelementptr %scratch_C[%v1900] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1902 = llvm.load %v1901 : !llvm.ptr -> f32
                %v1903 = arith.muli %v383, %v5 : i64
                %v1904 = arith.subi %v5, %v2 : i64
                %v1905 = arith.minsi %v36, %v1904 : i64
                %v1906 = arith.addi %v1903, %v1905 : i64
                %v1907 = arith.muli %v1906, %v1 : i64
                %v1908 = arith.addi %v1907, %v29 : i64
                %v1909 = arith.addi %v1908, %v30 : i64
                %v1910 = llvm.getelementptr %scratch_C[%v1909] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1911 = llvm.load %v1910 : !llvm.ptr -> f32
                %v1912 = arith.muli %v383, %v5 : i64
                %v1913 = arith.subi %v5, %v2 : i64
                %v1914 = arith.minsi %v36, %v1913 : i64
                %v1915 = arith.addi %v1912, %v1914 : i64
                %v1916 = arith.muli %v1915, %v1 : i64
                %v1917 = arith.addi %v1916, %v72 : i64
                %v1918 = arith.addi %v1917, %v30 : i64
                %v1919 = llvm.getelementptr %scratch_n[%v1918] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1920 = llvm.load %v1919 : !llvm.ptr -> f32
                %v1921 = arith.muli %v383, %v5 : i64
                %v1922 = arith.subi %v5, %v2 : i64
                %v1923 = arith.minsi %v36, %v1922 : i64
                %v1924 = arith.addi %v1921, %v1923 : i64
                %v1925 = arith.muli %v1924, %v1 : i64
                %v1926 = arith.addi %v1925, %v29 : i64
                %v1927 = arith.addi %v1926, %v30 : i64
                %v1928 = llvm.getelementptr %scratch_n[%v1927] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1929 = llvm.load %v1928 : !llvm.ptr -> f32
                // the group's states, recomputed into registers
                %v1930 = arith.addi %v384, %v72 : i64
                %v1931 = arith.minsi %v1930, %v1893 : i64
                %v1932 = arith.addi %v89, %v1931 : i64
                %v1933 = arith.muli %v72, %v120 : i64
                %v1934 = arith.subi %v1932, %v89 : i64
                %v1935 = arith.addi %v1933, %v1934 : i64
                %v1936 = llvm.getelementptr %v69[%v1935] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1937 = llvm.load %v1936 : !llvm.ptr -> f32
                %v1938 = arith.negf %v1937 : f32
                %v1939 = arith.mulf %v1938, %v310 fastmath<contract> : f32
                %v1940 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1939) : (f32) -> f32
                %v1941 = arith.addf %v71, %v1940 fastmath<contract> : f32
                %v1942 = arith.divf %v71, %v1941 : f32
                %v1943 = arith.muli %v72, %v120 : i64
                %v1944 = arith.subi %v1932, %v89 : i64
                %v1945 = arith.addi %v1943, %v1944 : i64
                %v1946 = llvm.getelementptr %v67[%v1945] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1947 = llvm.load %v1946 : !llvm.ptr -> f32
                %v1948 = arith.mulf %v1947, %v310 fastmath<contract> : f32
                %v1949 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1948) : (f32) -> f32
                %v1950 = arith.muli %v30, %v120 : i64
                %v1951 = arith.subi %v1932, %v89 : i64
                %v1952 = arith.addi %v1950, %v1951 : i64
                %v1953 = llvm.getelementptr %v65[%v1952] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1954 = llvm.load %v1953 : !llvm.ptr -> f32
                %v1956 = llvm.call_intrinsic "llvm.sqrt.f32"(%v1955) : (f32) -> f32
                %v1957 = arith.divf %v1954, %v1956 : f32
                %v1958 = arith.mulf %v1949, %v1957 fastmath<contract> : f32
                %v1959 = arith.muli %v44, %v333 : i64
                %v1960 = arith.muli %v1932, %v332 : i64
                %v1961 = arith.addi %v1959, %v1960 : i64
                %v1962 = arith.muli %v42, %v331 : i64
                %v1963 = arith.addi %v1961, %v1962 : i64
                %v1964 = arith.muli %v40, %v2 : i64
                %v1965 = arith.addi %v1963, %v1964 : i64
                %v1966 = llvm.getelementptr %in_v[%v1965] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1967 = llvm.load %v1966 : !llvm.ptr -> f32
                %v1968 = arith.mulf %v1958, %v1967 fastmath<contract> : f32
                %v1969 = arith.mulf %v1942, %v1902 fastmath<contract> : f32
                %v1970 = arith.addf %v1969, %v1968 fastmath<contract> : f32
                %v1971 = arith.constant 8 : i64
                %v1972 = arith.addi %v1971, %v30 : i64
                %v1973 = arith.muli %v1972, %v120 : i64
                %v1974 = arith.subi %v1932, %v89 : i64
                %v1975 = arith.addi %v1973, %v1974 : i64
                %v1976 = llvm.getelementptr %v65[%v1975] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1977 = llvm.load %v1976 : !llvm.ptr -> f32
                %v1978 = arith.divf %v1977, %v1956 : f32
                %v1979 = arith.mulf %v1949, %v1978 fastmath<contract> : f32
                %v1980 = arith.mulf %v1979, %v1967 fastmath<contract> : f32
                %v1981 = arith.mulf %v1942, %v1911 fastmath<contract> : f32
                %v1982 = arith.addf %v1981, %v1980 fastmath<contract> : f32
                %v1983 = arith.mulf %v1942, %v1920 fastmath<contract> : f32
                %v1984 = arith.addf %v1983, %v1958 fastmath<contract> : f32
                %v1985 = arith.mulf %v1942, %v1929 fastmath<contract> : f32
                %v1986 = arith.addf %v1985, %v1979 fastmath<contract> : f32
                %v1987 = arith.addi %v384, %v2 : i64
                %v1988 = arith.minsi %v1987, %v1893 : i64
                %v1989 = arith.addi %v89, %v1988 : i64
                %v1990 = arith.muli %v72, %v120 : i64
                %v1991 = arith.subi %v1989, %v89 : i64
                %v1992 = arith.addi %v1990, %v1991 : i64
                %v1993 = llvm.getelementptr %v69[%v1992] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1994 = llvm.load %v1993 : !llvm.ptr -> f32
                %v1995 = arith.negf %v1994 : f32
                %v1996 = arith.mulf %v1995, %v310 fastmath<contract> : f32
                %v1997 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1996) : (f32) -> f32
                %v1998 = arith.addf %v71, %v1997 fastmath<contract> : f32
                %v1999 = arith.divf %v71, %v1998 : f32
                %v2000 = arith.muli %v72, %v120 : i64
                %v2001 = arith.subi %v1989, %v89 : i64
                %v2002 = arith.addi %v2000, %v2001 : i64
                %v2003 = llvm.getelementptr %v67[%v2002] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2004 = llvm.load %v2003 : !llvm.ptr -> f32
                %v2005 = arith.mulf %v2004, %v310 fastmath<contract> : f32
                %v2006 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2005) : (f32) -> f32
                %v2007 = arith.muli %v30, %v120 : i64
                %v2008 = arith.subi %v1989, %v89 : i64
                %v2009 = arith.addi %v2007, %v2008 : i64
                %v2010 = llvm.getelementptr %v65[%v2009] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2011 = llvm.load %v2010 : !llvm.ptr -> f32
                %v2013 = llvm.call_intrinsic "llvm.sqrt.f32"(%v2012) : (f32) -> f32
                %v2014 = arith.divf %v2011, %v2013 : f32
                %v2015 = arith.mulf %v2006, %v2014 fastmath<contract> : f32
                %v2016 = arith.muli %v44, %v333 : i64
                %v2017 = arith.muli %v1989, %v332 : i64
                %v2018 = arith.addi %v2016, %v2017 : i64
                %v2019 = arith.muli %v42, %v331 : i64
                %v2020 = arith.addi %v2018, %v2019 : i64
                %v2021 = arith.muli %v40, %v2 : i64
                %v2022 = arith.addi %v2020, %v2021 : i64
                %v2023 = llvm.getelementptr %in_v[%v2022] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2024 = llvm.load %v2023 : !llvm.ptr -> f32
                %v2025 = arith.mulf %v2015, %v2024 fastmath<contract> : f32
                %v2026 = arith.mulf %v1999, %v1970 fastmath<contract> : f32
                %v2027 = arith.addf %v2026, %v2025 fastmath<contract> : f32
                %v2028 = arith.constant 8 : i64
                %v2029 = arith.addi %v2028, %v30 : i64
                %v2030 = arith.muli %v2029, %v120 : i64
                %v2031 = arith.subi %v1989, %v89 : i64
                %v2032 = arith.addi %v2030, %v2031 : i64
                %v2033 = llvm.getelementptr %v65[%v2032] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2034 = llvm.load %v2033 : !llvm.ptr -> f32
                %v2035 = arith.divf %v2034, %v2013 : f32
                %v2036 = arith.mulf %v2006, %v2035 fastmath<contract> : f32
                %v2037 = arith.mulf %v2036, %v2024 fastmath<contract> : f32
                %v2038 = arith.mulf %v1999, %v1982 fastmath<contract> : f32
                %v2039 = arith.addf %v2038, %v2037 fastmath<contract> : f32
                %v2040 = arith.mulf %v1999, %v1984 fastmath<contract> : f32
                %v2041 = arith.addf %v2040, %v2015 fastmath<contract> : f32
                %v2042 = arith.mulf %v1999, %v1986 fastmath<contract> : f32
                %v2043 = arith.addf %v2042, %v2036 fastmath<contract> : f32
                %v2044 = arith.addi %v384, %v540 : i64
                %v2045 = arith.minsi %v2044, %v1893 : i64
                %v2046 = arith.addi %v89, %v2045 : i64
                %v2047 = arith.muli %v72, %v120 : i64
                %v2048 = arith.subi %v2046, %v89 : i64
                %v2049 = arith.addi %v2047, %v2048 : i64
                %v2050 = llvm.getelementptr %v69[%v2049] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2051 = llvm.load %v2050 : !llvm.ptr -> f32
                %v2052 = arith.negf %v2051 : f32
                %v2053 = arith.mulf %v2052, %v310 fastmath<contract> : f32
                %v2054 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2053) : (f32) -> f32
                %v2055 = arith.addf %v71, %v2054 fastmath<contract> : f32
                %v2056 = arith.divf %v71, %v2055 : f32
                %v2057 = arith.muli %v72, %v120 : i64
                %v2058 = arith.subi %v2046, %v89 : i64
                %v2059 = arith.addi %v2057, %v2058 : i64
                %v2060 = llvm.getelementptr %v67[%v2059] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2061 = llvm.load %v2060 : !llvm.ptr -> f32
                %v2062 = arith.mulf %v2061, %v310 fastmath<contract> : f32
                %v2063 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2062) : (f32) -> f32
                %v2064 = arith.muli %v30, %v120 : i64
                %v2065 = arith.subi %v2046, %v89 : i64
                %v2066 = arith.addi %v2064, %v2065 : i64
                %v2067 = llvm.getelementptr %v65[%v2066] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2068 = llvm.load %v2067 : !llvm.ptr -> f32
                %v2070 = llvm.call_intrinsic "llvm.sqrt.f32"(%v2069) : (f32) -> f32
                %v2071 = arith.divf %v2068, %v2070 : f32
                %v2072 = arith.mulf %v2063, %v2071 fastmath<contract> : f32
                %v2073 = arith.muli %v44, %v333 : i64
                %v2074 = arith.muli %v2046, %v332 : i64
                %v2075 = arith.addi %v2073, %v2074 : i64
                %v2076 = arith.muli %v42, %v331 : i64
                %v2077 = arith.addi %v2075, %v2076 : i64
                %v2078 = arith.muli %v40, %v2 : i64
                %v2079 = arith.addi %v2077, %v2078 : i64
                %v2080 = llvm.getelementptr %in_v[%v2079] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2081 = llvm.load %v2080 : !llvm.ptr -> f32
                %v2082 = arith.mulf %v2072, %v2081 fastmath<contract> : f32
                %v2083 = arith.mulf %v2056, %v2027 fastmath<contract> : f32
                %v2084 = arith.addf %v2083, %v2082 fastmath<contract> : f32
                %v2085 = arith.constant 8 : i64
                %v2086 = arith.addi %v2085, %v30 : i64
                %v2087 = arith.muli %v2086, %v120 : i64
                %v2088 = arith.subi %v2046, %v89 : i64
                %v2089 = arith.addi %v2087, %v2088 : i64
                %v2090 = llvm.getelementptr %v65[%v2089] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2091 = llvm.load %v2090 : !llvm.ptr -> f32
                %v2092 = arith.divf %v2091, %v2070 : f32
                %v2093 = arith.mulf %v2063, %v2092 fastmath<contract> : f32
                %v2094 = arith.mulf %v2093, %v2081 fastmath<contract> : f32
                %v2095 = arith.mulf %v2056, %v2039 fastmath<contract> : f32
                %v2096 = arith.addf %v2095, %v2094 fastmath<contract> : f32
                %v2097 = arith.mulf %v2056, %v2041 fastmath<contract> : f32
                %v2098 = arith.addf %v2097, %v2072 fastmath<contract> : f32
                %v2099 = arith.mulf %v2056, %v2043 fastmath<contract> : f32
                %v2100 = arith.addf %v2099, %v2093 fastmath<contract> : f32
                %v2101 = arith.addi %v384, %v76 : i64
                %v2102 = arith.minsi %v2101, %v1893 : i64
                %v2103 = arith.addi %v89, %v2102 : i64
                %v2104 = arith.muli %v72, %v120 : i64
                %v2105 = arith.subi %v2103, %v89 : i64
                %v2106 = arith.addi %v2104, %v2105 : i64
                %v2107 = llvm.getelementptr %v69[%v2106] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2108 = llvm.load %v2107 : !llvm.ptr -> f32
                %v2109 = arith.negf %v2108 : f32
                %v2110 = arith.mulf %v2109, %v310 fastmath<contract> : f32
                %v2111 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2110) : (f32) -> f32
                %v2112 = arith.addf %v71, %v2111 fastmath<contract> : f32
                %v2113 = arith.divf %v71, %v2112 : f32
                %v2114 = arith.muli %v72, %v120 : i64
                %v2115 = arith.subi %v2103, %v89 : i64
                %v2116 = arith.addi %v2114, %v2115 : i64
                %v2117 = llvm.getelementptr %v67[%v2116] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2118 = llvm.load %v2117 : !llvm.ptr -> f32
                %v2119 = arith.mulf %v2118, %v310 fastmath<contract> : f32
                %v2120 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2119) : (f32) -> f32
                %v2121 = arith.muli %v30, %v120 : i64
                %v2122 = arith.subi %v2103, %v89 : i64
                %v2123 = arith.addi %v2121, %v2122 : i64
                %v2124 = llvm.getelementptr %v65[%v2123] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2125 = llvm.load %v2124 : !llvm.ptr -> f32
                %v2127 = llvm.call_intrinsic "llvm.sqrt.f32"(%v2126) : (f32) -> f32
                %v2128 = arith.divf %v2125, %v2127 : f32
                %v2129 = arith.mulf %v2120, %v2128 fastmath<contract> : f32
                %v2130 = arith.muli %v44, %v333 : i64
                %v2131 = arith.muli %v2103, %v332 : i64
                %v2132 = arith.addi %v2130, %v2131 : i64
                %v2133 = arith.muli %v42, %v331 : i64
                %v2134 = arith.addi %v2132, %v2133 : i64
                %v2135 = arith.muli %v40, %v2 : i64
                %v2136 = arith.addi %v2134, %v2135 : i64
                %v2137 = llvm.getelementptr %in_v[%v2136] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2138 = llvm.load %v2137 : !llvm.ptr -> f32
                %v2139 = arith.mulf %v2129, %v2138 fastmath<contract> : f32
                %v2140 = arith.mulf %v2113, %v2084 fastmath<contract> : f32
                %v2141 = arith.addf %v2140, %v2139 fastmath<contract> : f32
                %v2142 = arith.constant 8 : i64
                %v2143 = arith.addi %v2142, %v30 : i64
                %v2144 = arith.muli %v2143, %v120 : i64
                %v2145 = arith.subi %v2103, %v89 : i64
                %v2146 = arith.addi %v2144, %v2145 : i64
                %v2147 = llvm.getelementptr %v65[%v2146] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2148 = llvm.load %v2147 : !llvm.ptr -> f32
                %v2149 = arith.divf %v2148, %v2127 : f32
                %v2150 = arith.mulf %v2120, %v2149 fastmath<contract> : f32
                %v2151 = arith.mulf %v2150, %v2138 fastmath<contract> : f32
                %v2152 = arith.mulf %v2113, %v2096 fastmath<contract> : f32
                %v2153 = arith.addf %v2152, %v2151 fastmath<contract> : f32
                %v2154 = arith.mulf %v2113, %v2098 fastmath<contract> : f32
                %v2155 = arith.addf %v2154, %v2129 fastmath<contract> : f32
                %v2156 = arith.mulf %v2113, %v2100 fastmath<contract> : f32
                %v2157 = arith.addf %v2156, %v2150 fastmath<contract> : f32
                %v2158 = arith.subi %v91, %v384 : i64
                %v2159 = arith.trunci %v2158 : i64 to i32
                %v2160 = arith.subi %size_L, %v2 : i64
                %v2161 = arith.addi %v89, %v384 : i64
                %v2162 = arith.subi %v2160, %v2161 : i64
                %v2163 = arith.minsi %v2162, %v660 : i64
                %v2164 = arith.trunci %v2163 : i64 to i32
                %v2165 = arith.addi %v384, %v76 : i64
                %v2166 = arith.cmpi slt, %v664, %v2159 : i32
                %v2167 = arith.cmpi eq, %v664, %v2164 : i32
                %v2168 = arith.addi %v386, %v72 : i64
                scf.if %v2166 {
                  %v2169 = arith.addi %v89, %v2165 : i64
                  %v2170 = arith.muli %v30, %v120 : i64
                  %v2171 = arith.subi %v2169, %v89 : i64
                  %v2172 = arith.addi %v2170, %v2171 : i64
                  %v2173 = llvm.getelementptr %v63[%v2172] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2174 = llvm.load %v2173 : !llvm.ptr -> f32
                  %v2175 = arith.muli %v44, %v333 : i64
                  %v2176 = arith.muli %v2169, %v332 : i64
                  %v2177 = arith.addi %v2175, %v2176 : i64
                  %v2178 = arith.muli %v42, %v331 : i64
                  %v2179 = arith.addi %v2177, %v2178 : i64
                  %v2180 = arith.muli %v40, %v2 : i64
                  %v2181 = arith.addi %v2179, %v2180 : i64
                  %v2182 = llvm.getelementptr %dy_o[%v2181] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2183 = llvm.load %v2182 : !llvm.ptr -> f32
                  %v2184 = arith.mulf %v2174, %v2155 fastmath<contract> : f32
                  %v2185 = arith.constant 8 : i64
                  %v2186 = arith.addi %v2185, %v30 : i64
                  %v2187 = arith.muli %v2186, %v120 : i64
                  %v2188 = arith.subi %v2169, %v89 : i64
                  %v2189 = arith.addi %v2187, %v2188 : i64
                  %v2190 = llvm.getelementptr %v63[%v2189] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2191 = llvm.load %v2190 : !llvm.ptr -> f32
                  %v2192 = arith.mulf %v2191, %v2157 fastmath<contract> : f32
                  %v2193 = arith.addf %v2184, %v2192 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v2194, %v2195 = gpu.shuffle xor %v2193, %v693, %v694 : f32
                  %v2196 = arith.addf %v2193, %v2194 fastmath<contract> : f32
                  %v2197, %v2198 = gpu.shuffle xor %v2196, %v698, %v694 : f32
                  %v2199 = arith.addf %v2196, %v2197 fastmath<contract> : f32
                  %v2200, %v2201 = gpu.shuffle xor %v2199, %v702, %v694 : f32
                  %v2202 = arith.addf %v2199, %v2200 fastmath<contract> : f32
                  // end sum over the lanes
                  %v2203 = llvm.call_intrinsic "llvm.fabs.f32"(%v2202) : (f32) -> f32
                  %v2204 = arith.maximumf %v71, %v2203 : f32
                  %v2205 = arith.divf %v2183, %v2204 : f32
                  %v2206 = arith.mulf %v2174, %v2205 fastmath<contract> : f32
                  %v2207 = llvm.load %v46 : !llvm.ptr -> f32
                  %v2208 = llvm.load %v50 : !llvm.ptr -> f32
                  %v2209 = arith.mulf %v2208, %v2207 fastmath<contract> : f32
                  %v2210 = arith.addf %v2206, %v2209 fastmath<contract> : f32
                  llvm.store %v2210, %v46 : f32, !llvm.ptr
                  %v2211 = arith.mulf %v2191, %v2205 fastmath<contract> : f32
                  %v2212 = llvm.load %v47 : !llvm.ptr -> f32
                  %v2213 = llvm.load %v51 : !llvm.ptr -> f32
                  %v2214 = arith.mulf %v2213, %v2212 fastmath<contract> : f32
                  %v2215 = arith.addf %v2211, %v2214 fastmath<contract> : f32
                  llvm.store %v2215, %v47 : f32, !llvm.ptr
                  %v2216 = arith.mulf %v2174, %v2141 fastmath<contract> : f32
                  %v2217 = arith.mulf %v2191, %v2153 fastmath<contract> : f32
                  %v2218 = arith.addf %v2216, %v2217 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v2219, %v2220 = gpu.shuffle xor %v2218, %v693, %v694 : f32
                  %v2221 = arith.addf %v2218, %v2219 fastmath<contract> : f32
                  %v2222, %v2223 = gpu.shuffle xor %v2221, %v698, %v694 : f32
                  %v2224 = arith.addf %v2221, %v2222 fastmath<contract> : f32
                  %v2225, %v2226 = gpu.shuffle xor %v2224, %v702, %v694 : f32
                  %v2227 = arith.addf %v2224, %v2225 fastmath<contract> : f32
                  // end sum over the lanes
                  %v2228 = arith.divf %v2227, %v2204 : f32
                  %v2229 = arith.divf %v2228, %v2204 : f32
                  %v2230 = arith.mulf %v2183, %v2229 fastmath<contract> : f32
                  %v2231 = arith.negf %v2230 : f32
                  %v2232 = arith.cmpf oge, %v71, %v2203 : f32
                  %v2233 = arith.select %v2232, %v71, %v70 : f32
                  %v2234 = arith.subf %v71, %v2233 fastmath<contract> : f32
                  %v2235 = arith.mulf %v2231, %v2234 fastmath<contract> : f32
                  %v2236 = arith.cmpf olt, %v2202, %v70 : f32
                  %v2237 = arith.select %v2236, %v739, %v70 : f32
                  %v2238 = arith.cmpf ogt, %v2202, %v70 : f32
                  %v2239 = arith.select %v2238, %v71, %v2237 : f32
                  %v2240 = arith.mulf %v2235, %v2239 fastmath<contract> : f32
                  %v2241 = arith.mulf %v2174, %v2240 fastmath<contract> : f32
                  %v2242 = llvm.load %v48 : !llvm.ptr -> f32
                  %v2243 = llvm.load %v52 : !llvm.ptr -> f32
                  %v2244 = arith.mulf %v2243, %v2242 fastmath<contract> : f32
                  %v2245 = arith.addf %v2241, %v2244 fastmath<contract> : f32
                  llvm.store %v2245, %v48 : f32, !llvm.ptr
                  %v2246 = arith.mulf %v2191, %v2240 fastmath<contract> : f32
                  %v2247 = llvm.load %v49 : !llvm.ptr -> f32
                  %v2248 = llvm.load %v53 : !llvm.ptr -> f32
                  %v2249 = arith.mulf %v2248, %v2247 fastmath<contract> : f32
                  %v2250 = arith.addf %v2246, %v2249 fastmath<contract> : f32
                  llvm.store %v2250, %v49 : f32, !llvm.ptr
                  %v2251 = arith.mulf %v2155, %v2240 fastmath<contract> : f32
                  %v2252 = arith.mulf %v2141, %v2205 fastmath<contract> : f32
                  %v2253 = arith.addf %v2251, %v2252 fastmath<contract> : f32
                  %v2254 = arith.mulf %v2157, %v2240 fastmath<contract> : f32
                  %v2255 = arith.mulf %v2153, %v2205 fastmath<contract> : f32
                  %v2256 = arith.addf %v2254, %v2255 fastmath<contract> : f32
                  %v2257 = arith.muli %v72, %v120 : i64
                  %v2258 = arith.subi %v2169, %v89 : i64
                  %v2259 = arith.addi %v2257, %v2258 : i64
                  %v2260 = llvm.getelementptr %v67[%v2259] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2261 = llvm.load %v2260 : !llvm.ptr -> f32
                  %v2262 = arith.mulf %v2261, %v310 fastmath<contract> : f32
                  %v2263 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2262) : (f32) -> f32
                  %v2264 = llvm.load %v48 : !llvm.ptr -> f32
                  %v2265 = arith.muli %v44, %v333 : i64
                  %v2266 = arith.muli %v2169, %v332 : i64
                  %v2267 = arith.addi %v2265, %v2266 : i64
                  %v2268 = arith.muli %v42, %v331 : i64
                  %v2269 = arith.addi %v2267, %v2268 : i64
                  %v2270 = arith.muli %v40, %v2 : i64
                  %v2271 = arith.addi %v2269, %v2270 : i64
                  %v2272 = llvm.getelementptr %in_v[%v2271] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2273 = llvm.load %v2272 : !llvm.ptr -> f32
                  %v2274 = llvm.load %v46 : !llvm.ptr -> f32
                  %v2275 = arith.mulf %v2273, %v2274 fastmath<contract> : f32
                  %v2276 = arith.addf %v2264, %v2275 fastmath<contract> : f32
                  %v2277 = arith.mulf %v2263, %v2276 fastmath<contract> : f32
                  %v2279 = llvm.call_intrinsic "llvm.sqrt.f32"(%v2278) : (f32) -> f32
                  %v2280 = arith.divf %v2277, %v2279 : f32
                  %v2281 = llvm.load %v49 : !llvm.ptr -> f32
                  %v2282 = llvm.load %v47 : !llvm.ptr -> f32
                  %v2283 = arith.mulf %v2273, %v2282 fastmath<contract> : f32
                  %v2284 = arith.addf %v2281, %v2283 fastmath<contract> : f32
                  %v2285 = arith.mulf %v2263, %v2284 fastmath<contract> : f32
                  %v2286 = arith.divf %v2285, %v2279 : f32
                  %v2287 = arith.muli %v30, %v120 : i64
                  %v2288 = arith.subi %v2169, %v89 : i64
                  %v2289 = arith.addi %v2287, %v2288 : i64
                  %v2290 = llvm.getelementptr %v65[%v2289] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2291 = llvm.load %v2290 : !llvm.ptr -> f32
                  %v2292 = arith.divf %v2291, %v2279 : f32
                  %v2293 = arith.mulf %v2263, %v2292 fastmath<contract> : f32
                  %v2294 = arith.mulf %v2293, %v2274 fastmath<contract> : f32
                  %v2295 = arith.constant 8 : i64
                  %v2296 = arith.addi %v2295, %v30 : i64
                  %v2297 = arith.muli %v2296, %v120 : i64
                  %v2298 = arith.subi %v2169, %v89 : i64
                  %v2299 = arith.addi %v2297, %v2298 : i64
                  %v2300 = llvm.getelementptr %v65[%v2299] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2301 = llvm.load %v2300 : !llvm.ptr -> f32
                  %v2302 = arith.divf %v2301, %v2279 : f32
                  %v2303 = arith.mulf %v2263, %v2302 fastmath<contract> : f32
                  %v2304 = arith.mulf %v2303, %v2282 fastmath<contract> : f32
                  %v2305 = arith.addf %v2294, %v2304 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v2306, %v2307 = gpu.shuffle xor %v2305, %v693, %v694 : f32
                  %v2308 = arith.addf %v2305, %v2306 fastmath<contract> : f32
                  %v2309, %v2310 = gpu.shuffle xor %v2308, %v698, %v694 : f32
                  %v2311 = arith.addf %v2308, %v2309 fastmath<contract> : f32
                  %v2312, %v2313 = gpu.shuffle xor %v2311, %v702, %v694 : f32
                  %v2314 = arith.addf %v2311, %v2312 fastmath<contract> : f32
                  // end sum over the lanes
                  %v2315 = arith.cmpi eq, %v30, %v72 : i64
                  %v2316 = arith.andi %v34, %v2315 : i1
                  scf.if %v2316 {
                    %v2317 = arith.muli %v44, %v333 : i64
                    %v2318 = arith.muli %v2169, %v332 : i64
                    %v2319 = arith.addi %v2317, %v2318 : i64
                    %v2320 = arith.muli %v42, %v331 : i64
                    %v2321 = arith.addi %v2319, %v2320 : i64
                    %v2322 = arith.muli %v40, %v2 : i64
                    %v2323 = arith.addi %v2321, %v2322 : i64
                    %v2324 = llvm.getelementptr %dx_v[%v2323] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2314, %v2324 : f32, !llvm.ptr
                  }
                  %v2325 = arith.mulf %v2292, %v2276 fastmath<contract> : f32
                  %v2326 = arith.mulf %v2302, %v2284 fastmath<contract> : f32
                  %v2327 = arith.addf %v2325, %v2326 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v2328, %v2329 = gpu.shuffle xor %v2327, %v693, %v694 : f32
                  %v2330 = arith.addf %v2327, %v2328 fastmath<contract> : f32
                  %v2331, %v2332 = gpu.shuffle xor %v2330, %v698, %v694 : f32
                  %v2333 = arith.addf %v2330, %v2331 fastmath<contract> : f32
                  %v2334, %v2335 = gpu.shuffle xor %v2333, %v702, %v694 : f32
                  %v2336 = arith.addf %v2333, %v2334 fastmath<contract> : f32
                  // end sum over the lanes
                  %v2337 = arith.mulf %v2263, %v2336 fastmath<contract> : f32
                  %v2338 = arith.mulf %v2084, %v2274 fastmath<contract> : f32
                  %v2339 = arith.mulf %v2096, %v2282 fastmath<contract> : f32
                  %v2340 = arith.addf %v2338, %v2339 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v2341, %v2342 = gpu.shuffle xor %v2340, %v693, %v694 : f32
                  %v2343 = arith.addf %v2340, %v2341 fastmath<contract> : f32
                  %v2344, %v2345 = gpu.shuffle xor %v2343, %v698, %v694 : f32
                  %v2346 = arith.addf %v2343, %v2344 fastmath<contract> : f32
                  %v2347, %v2348 = gpu.shuffle xor %v2346, %v702, %v694 : f32
                  %v2349 = arith.addf %v2346, %v2347 fastmath<contract> : f32
                  // end sum over the lanes
                  %v2350 = arith.mulf %v2098, %v2264 fastmath<contract> : f32
                  %v2351 = arith.mulf %v2100, %v2281 fastmath<contract> : f32
                  %v2352 = arith.addf %v2350, %v2351 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v2353, %v2354 = gpu.shuffle xor %v2352, %v693, %v694 : f32
                  %v2355 = arith.addf %v2352, %v2353 fastmath<contract> : f32
                  %v2356, %v2357 = gpu.shuffle xor %v2355, %v698, %v694 : f32
                  %v2358 = arith.addf %v2355, %v2356 fastmath<contract> : f32
                  %v2359, %v2360 = gpu.shuffle xor %v2358, %v702, %v694 : f32
                  %v2361 = arith.addf %v2358, %v2359 fastmath<contract> : f32
                  // end sum over the lanes
                  %v2362 = arith.addf %v2349, %v2361 fastmath<contract> : f32
                  %v2363 = arith.muli %v72, %v120 : i64
                  %v2364 = arith.subi %v2169, %v89 : i64
                  %v2365 = arith.addi %v2363, %v2364 : i64
                  %v2366 = llvm.getelementptr %v69[%v2365] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2367 = llvm.load %v2366 : !llvm.ptr -> f32
                  %v2368 = arith.negf %v2367 : f32
                  %v2369 = arith.mulf %v2368, %v310 fastmath<contract> : f32
                  %v2370 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2369) : (f32) -> f32
                  %v2371 = arith.addf %v71, %v2370 fastmath<contract> : f32
                  %v2372 = arith.divf %v71, %v2371 : f32
                  %v2373 = arith.subf %v71, %v2372 fastmath<contract> : f32
                  %v2374 = arith.mulf %v2372, %v2373 fastmath<contract> : f32
                  %v2375 = arith.mulf %v2362, %v2374 fastmath<contract> : f32
                  %v2376 = arith.select %v34, %v2253, %v70 : f32
                  // sum over the warp's outer points: shuffles
                  %v2377, %v2378 = gpu.shuffle xor %v2376, %v881, %v694 : f32
                  %v2379 = arith.addf %v2376, %v2377 fastmath<contract> : f32
                  %v2380, %v2381 = gpu.shuffle xor %v2379, %v885, %v694 : f32
                  %v2382 = arith.addf %v2379, %v2380 fastmath<contract> : f32
                  %v2383 = arith.divui %v20, %v22 : i64
                  %v2384 = arith.remui %v20, %v22 : i64
                  %v2385 = arith.cmpi ult, %v2384, %v29 : i64
                  %v2386 = arith.addi %v72, %v30 : i64
                  %v2387 = arith.muli %v2383, %v1 : i64
                  %v2388 = arith.addi %v2387, %v2386 : i64
                  %v2389 = arith.muli %v2388, %v895 : i64
                  %v2390 = arith.addi %v2389, %v2168 : i64
                  scf.if %v2385 {
                    %v2391 = llvm.getelementptr %v55[%v2390] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2382, %v2391 : f32, !llvm.ptr
                  }
                  %v2392 = arith.select %v34, %v2256, %v70 : f32
                  // sum over the warp's outer points: shuffles
                  %v2393, %v2394 = gpu.shuffle xor %v2392, %v881, %v694 : f32
                  %v2395 = arith.addf %v2392, %v2393 fastmath<contract> : f32
                  %v2396, %v2397 = gpu.shuffle xor %v2395, %v885, %v694 : f32
                  %v2398 = arith.addf %v2395, %v2396 fastmath<contract> : f32
                  %v2399 = arith.divui %v20, %v22 : i64
                  %v2400 = arith.remui %v20, %v22 : i64
                  %v2401 = arith.cmpi ult, %v2400, %v29 : i64
                  %v2402 = arith.addi %v29, %v30 : i64
                  %v2403 = arith.muli %v2399, %v1 : i64
                  %v2404 = arith.addi %v2403, %v2402 : i64
                  %v2405 = arith.muli %v2404, %v895 : i64
                  %v2406 = arith.addi %v2405, %v2168 : i64
                  scf.if %v2401 {
                    %v2407 = llvm.getelementptr %v55[%v2406] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2398, %v2407 : f32, !llvm.ptr
                  }
                  %v2408 = arith.select %v34, %v2280, %v70 : f32
                  // sum over the warp's outer points: shuffles
                  %v2409, %v2410 = gpu.shuffle xor %v2408, %v881, %v694 : f32
                  %v2411 = arith.addf %v2408, %v2409 fastmath<contract> : f32
                  %v2412, %v2413 = gpu.shuffle xor %v2411, %v885, %v694 : f32
                  %v2414 = arith.addf %v2411, %v2412 fastmath<contract> : f32
                  %v2415 = arith.divui %v20, %v22 : i64
                  %v2416 = arith.remui %v20, %v22 : i64
                  %v2417 = arith.cmpi ult, %v2416, %v29 : i64
                  %v2418 = arith.addi %v72, %v30 : i64
                  %v2419 = arith.muli %v2415, %v1 : i64
                  %v2420 = arith.addi %v2419, %v2418 : i64
                  %v2421 = arith.muli %v2420, %v895 : i64
                  %v2422 = arith.addi %v2421, %v2168 : i64
                  scf.if %v2417 {
                    %v2423 = llvm.getelementptr %v57[%v2422] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2414, %v2423 : f32, !llvm.ptr
                  }
                  %v2424 = arith.select %v34, %v2286, %v70 : f32
                  // sum over the warp's outer points: shuffles
                  %v2425, %v2426 = gpu.shuffle xor %v2424, %v881, %v694 : f32
                  %v2427 = arith.addf %v2424, %v2425 fastmath<contract> : f32
                  %v2428, %v2429 = gpu.shuffle xor %v2427, %v885, %v694 : f32
                  %v2430 = arith.addf %v2427, %v2428 fastmath<contract> : f32
                  %v2431 = arith.divui %v20, %v22 : i64
                  %v2432 = arith.remui %v20, %v22 : i64
                  %v2433 = arith.cmpi ult, %v2432, %v29 : i64
                  %v2434 = arith.addi %v29, %v30 : i64
                  %v2435 = arith.muli %v2431, %v1 : i64
                  %v2436 = arith.addi %v2435, %v2434 : i64
                  %v2437 = arith.muli %v2436, %v895 : i64
                  %v2438 = arith.addi %v2437, %v2168 : i64
                  scf.if %v2433 {
                    %v2439 = llvm.getelementptr %v57[%v2438] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2430, %v2439 : f32, !llvm.ptr
                  }
                  %v2440 = arith.select %v34, %v2337, %v70 : f32
                  // sum over the warp's outer points: shuffles
                  %v2441, %v2442 = gpu.shuffle xor %v2440, %v881, %v694 : f32
                  %v2443 = arith.addf %v2440, %v2441 fastmath<contract> : f32
                  %v2444, %v2445 = gpu.shuffle xor %v2443, %v885, %v694 : f32
                  %v2446 = arith.addf %v2443, %v2444 fastmath<contract> : f32
                  %v2447 = arith.divui %v20, %v22 : i64
                  %v2448 = arith.remui %v20, %v22 : i64
                  %v2449 = arith.cmpi ult, %v2448, %v2 : i64
                  %v2450 = arith.muli %v2447, %v2 : i64
                  %v2451 = arith.addi %v2450, %v72 : i64
                  %v2452 = arith.muli %v2451, %v895 : i64
                  %v2453 = arith.addi %v2452, %v2168 : i64
                  scf.if %v2449 {
                    %v2454 = llvm.getelementptr %v59[%v2453] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2446, %v2454 : f32, !llvm.ptr
                  }
                  %v2455 = arith.select %v34, %v2375, %v70 : f32
                  // sum over the warp's outer points: shuffles
                  %v2456, %v2457 = gpu.shuffle xor %v2455, %v881, %v694 : f32
                  %v2458 = arith.addf %v2455, %v2456 fastmath<contract> : f32
                  %v2459, %v2460 = gpu.shuffle xor %v2458, %v885, %v694 : f32
                  %v2461 = arith.addf %v2458, %v2459 fastmath<contract> : f32
                  %v2462 = arith.divui %v20, %v22 : i64
                  %v2463 = arith.remui %v20, %v22 : i64
                  %v2464 = arith.cmpi ult, %v2463, %v2 : i64
                  %v2465 = arith.muli %v2462, %v2 : i64
                  %v2466 = arith.addi %v2465, %v72 : i64
                  %v2467 = arith.muli %v2466, %v895 : i64
                  %v2468 = arith.addi %v2467, %v2168 : i64
                  scf.if %v2464 {
                    %v2469 = llvm.getelementptr %v61[%v2468] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2461, %v2469 : f32, !llvm.ptr
                  }
                  llvm.store %v2372, %v50 : f32, !llvm.ptr
                  llvm.store %v2372, %v51 : f32, !llvm.ptr
                  llvm.store %v2372, %v52 : f32, !llvm.ptr
                  llvm.store %v2372, %v53 : f32, !llvm.ptr
                }
                %v2470 = arith.addi %v384, %v540 : i64
                %v2471 = arith.cmpi slt, %v698, %v2159 : i32
                %v2472 = arith.cmpi eq, %v698, %v2164 : i32
                %v2473 = arith.addi %v386, %v2 : i64
                scf.if %v2471 {
                  %v2474 = arith.addi %v89, %v2470 : i64
                  %v2475 = arith.muli %v30, %v120 : i64
                  %v2476 = arith.subi %v2474, %v89 : i64
                  %v2477 = arith.addi %v2475, %v2476 : i64
                  %v2478 = llvm.getelementptr %v63[%v2477] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2479 = llvm.load %v2478 : !llvm.ptr -> f32
                  %v2480 = arith.muli %v44, %v333 : i64
                  %v2481 = arith.muli %v2474, %v332 : i64
                  %v2482 = arith.addi %v2480, %v2481 : i64
                  %v2483 = arith.muli %v42, %v331 : i64
                  %v2484 = arith.addi %v2482, %v2483 : i64
                  %v2485 = arith.muli %v40, %v2 : i64
                  %v2486 = arith.addi %v2484, %v2485 : i64
                  %v2487 = llvm.getelementptr %dy_o[%v2486] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2488 = llvm.load %v2487 : !llvm.ptr -> f32
                  %v2489 = arith.mulf %v2479, %v2098 fastmath<contract> : f32
                  %v2490 = arith.constant 8 : i64
                  %v2491 = arith.addi %v2490, %v30 : i64
                  %v2492 = arith.muli %v2491, %v120 : i64
                  %v2493 = arith.subi %v2474, %v89 : i64
                  %v2494 = arith.addi %v2492, %v2493 : i64
                  %v2495 = llvm.getelementptr %v63[%v2494] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2496 = llvm.load %v2495 : !llvm.ptr -> f32
                  %v2497 = arith.mulf %v2496, %v2100 fastmath<contract> : f32
                  %v2498 = arith.addf %v2489, %v2497 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v2499, %v2500 = gpu.shuffle xor %v2498, %v693, %v694 : f32
                  %v2501 = arith.addf %v2498, %v2499 fastmath<contract> : f32
                  %v2502, %v2503 = gpu.shuffle xor %v2501, %v698, %v694 : f32
                  %v2504 = arith.addf %v2501, %v2502 fastmath<contract> : f32
                  %v2505, %v2506 = gpu.shuffle xor %v2504, %v702, %v694 : f32
                  %v2507 = arith.addf %v2504, %v2505 fastmath<contract> : f32
                  // end sum over the lanes
                  %v2508 = llvm.call_intrinsic "llvm.fabs.f32"(%v2507) : (f32) -> f32
                  %v2509 = arith.maximumf %v71, %v2508 : f32
                  %v2510 = arith.divf %v2488, %v2509 : f32
                  %v2511 = arith.mulf %v2479, %v2510 fastmath<contract> : f32
                  %v2512 = llvm.load %v46 : !llvm.ptr -> f32
                  %v2513 = llvm.load %v50 : !llvm.ptr -> f32
                  %v2514 = arith.mulf %v2513, %v2512 fastmath<contract> : f32
                  %v2515 = arith.addf %v2511, %v2514 fastmath<contract> : f32
                  llvm.store %v2515, %v46 : f32, !llvm.ptr
                  %v2516 = arith.mulf %v2496, %v2510 fastmath<contract> : f32
                  %v2517 = llvm.load %v47 : !llvm.ptr -> f32
                  %v2518 = llvm.load %v51 : !llvm.ptr -> f32
                  %v2519 = arith.mulf %v2518, %v2517 fastmath<contract> : f32
                  %v2520 = arith.addf %v2516, %v2519 fastmath<contract> : f32
                  llvm.store %v2520, %v47 : f32, !llvm.ptr
                  %v2521 = arith.mulf %v2479, %v2084 fastmath<contract> : f32
                  %v2522 = arith.mulf %v2496, %v2096 fastmath<contract> : f32
                  %v2523 = arith.addf %v2521, %v2522 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v2524, %v2525 = gpu.shuffle xor %v2523, %v693, %v694 : f32
                  %v2526 = arith.addf %v2523, %v2524 fastmath<contract> : f32
                  %v2527, %v2528 = gpu.shuffle xor %v2526, %v698, %v694 : f32
                  %v2529 = arith.addf %v2526, %v2527 fastmath<contract> : f32
                  %v2530, %v2531 = gpu.shuffle xor %v2529, %v702, %v694 : f32
                  %v2532 = arith.addf %v2529, %v2530 fastmath<contract> : f32
                  // end sum over the lanes
                  %v2533 = arith.divf %v2532, %v2509 : f32
                  %v2534 = arith.divf %v2533, %v2509 : f32
                  %v2535 = arith.mulf %v2488, %v2534 fastmath<contract> : f32
                  %v2536 = arith.negf %v2535 : f32
                  %v2537 = arith.cmpf oge, %v71, %v2508 : f32
                  %v2538 = arith.select %v2537, %v71, %v70 : f32
                  %v2539 = arith.subf %v71, %v2538 fastmath<contract> : f32
                  %v2540 = arith.mulf %v2536, %v2539 fastmath<contract> : f32
                  %v2541 = arith.cmpf olt, %v2507, %v70 : f32
                  %v2542 = arith.select %v2541, %v739, %v70 : f32
                  %v2543 = arith.cmpf ogt, %v2507, %v70 : f32
                  %v2544 = arith.select %v2543, %v71, %v2542 : f32
                  %v2545 = arith.mulf %v2540, %v2544 fastmath<contract> : f32
                  %v2546 = arith.mulf %v2479, %v2545 fastmath<contract> : f32
                  %v2547 = llvm.load %v48 : !llvm.ptr -> f32
                  %v2548 = llvm.load %v52 : !llvm.ptr -> f32
                  %v2549 = arith.mulf %v2548, %v2547 fastmath<contract> : f32
                  %v2550 = arith.addf %v2546, %v2549 fastmath<contract> : f32
                  llvm.store %v2550, %v48 : f32, !llvm.ptr
                  %v2551 = arith.mulf %v2496, %v2545 fastmath<contract> : f32
                  %v2552 = llvm.load %v49 : !llvm.ptr -> f32
                  %v2553 = llvm.load %v53 : !llvm.ptr -> f32
                  %v2554 = arith.mulf %v2553, %v2552 fastmath<contract> : f32
                  %v2555 = arith.addf %v2551, %v2554 fastmath<contract> : f32
                  llvm.store %v2555, %v49 : f32, !llvm.ptr
                  %v2556 = arith.mulf %v2098, %v2545 fastmath<contract> : f32
                  %v2557 = arith.mulf %v2084, %v2510 fastmath<contract> : f32
                  %v2558 = arith.addf %v2556, %v2557 fastmath<contract> : f32
                  %v2559 = arith.mulf %v2100, %v2545 fastmath<contract> : f32
                  %v2560 = arith.mulf %v2096, %v2510 fastmath<contract> : f32
                  %v2561 = arith.addf %v2559, %v2560 fastmath<contract> : f32
                  %v2562 = arith.muli %v72, %v120 : i64
                  %v2563 = arith.subi %v2474, %v89 : i64
                  %v2564 = arith.addi %v2562, %v2563 : i64
                  %v2565 = llvm.getelementptr %v67[%v2564] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2566 = llvm.load %v2565 : !llvm.ptr -> f32
                  %v2567 = arith.mulf %v2566, %v310 fastmath<contract> : f32
                  %v2568 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2567) : (f32) -> f32
                  %v2569 = llvm.load %v48 : !llvm.ptr -> f32
                  %v2570 = arith.muli %v44, %v333 : i64
                  %v2571 = arith.muli %v2474, %v332 : i64
                  %v2572 = arith.addi %v2570, %v2571 : i64
                  %v2573 = arith.muli %v42, %v331 : i64
                  %v2574 = arith.addi %v2572, %v2573 : i64
                  %v2575 = arith.muli %v40, %v2 : i64
                  %v2576 = arith.addi %v2574, %v2575 : i64
                  %v2577 = llvm.getelementptr %in_v[%v2576] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2578 = llvm.load %v2577 : !llvm.ptr -> f32
                  %v2579 = llvm.load %v46 : !llvm.ptr -> f32
                  %v2580 = arith.mulf %v2578, %v2579 fastmath<contract> : f32
                  %v2581 = arith.addf %v2569, %v2580 fastmath<contract> : f32
                  %v2582 = arith.mulf %v2568, %v2581 fastmath<contract> : f32
                  %v2584 = llvm.call_intrinsic "llvm.sqrt.f32"(%v2583) : (f32) -> f32
                  %v2585 = arith.divf %v2582, %v2584 : f32
                  %v2586 = llvm.load %v49 : !llvm.ptr -> f32
                  %v2587 = llvm.load %v47 : !llvm.ptr -> f32
                  %v2588 = arith.mulf %v2578, %v2587 fastmath<contract> : f32
                  %v2589 = arith.addf %v2586, %v2588 fastmath<contract> : f32
                  %v2590 = arith.mulf %v2568, %v2589 fastmath<contract> : f32
                  %v2591 = arith.divf %v2590, %v2584 : f32
                  %v2592 = arith.muli %v30, %v120 : i64
                  %v2593 = arith.subi %v2474, %v89 : i64
                  %v2594 = arith.addi %v2592, %v2593 : i64
                  %v2595 = llvm.getelementptr %v65[%v2594] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2596 = llvm.load %v2595 : !llvm.ptr -> f32
                  %v2597 = arith.divf %v2596, %v2584 : f32
                  %v2598 = arith.mulf %v2568, %v2597 fastmath<contract> : f32
                  %v2599 = arith.mulf %v2598, %v2579 fastmath<contract> : f32
                  %v2600 = arith.constant 8 : i64
                  %v2601 = arith.addi %v2600, %v30 : i64
                  %v2602 = arith.muli %v2601, %v120 : i64
                  %v2603 = arith.subi %v2474, %v89 : i64
                  %v2604 = arith.addi %v2602, %v2603 : i64
                  %v2605 = llvm.getelementptr %v65[%v2604] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2606 = llvm.load %v2605 : !llvm.ptr -> f32
                  %v2607 = arith.divf %v2606, %v2584 : f32
                  %v2608 = arith.mulf %v2568, %v2607 fastmath<contract> : f32
                  %v2609 = arith.mulf %v2608, %v2587 fastmath<contract> : f32
                  %v2610 = arith.addf %v2599, %v2609 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v2611, %v2612 = gpu.shuffle xor %v2610, %v693, %v694 : f32
                  %v2613 = arith.addf %v2610, %v2611 fastmath<contract> : f32
                  %v2614, %v2615 = gpu.shuffle xor %v2613, %v698, %v694 : f32
                  %v2616 = arith.addf %v2613, %v2614 fastmath<contract> : f32
                  %v2617, %v2618 = gpu.shuffle xor %v2616, %v702, %v694 : f32
                  %v2619 = arith.addf %v2616, %v2617 fastmath<contract> : f32
                  // end sum over the lanes
                  %v2620 = arith.cmpi eq, %v30, %v72 : i64
                  %v2621 = arith.andi %v34, %v2620 : i1
                  scf.if %v2621 {
                    %v2622 = arith.muli %v44, %v333 : i64
                    %v2623 = arith.muli %v2474, %v332 : i64
                    %v2624 = arith.addi %v2622, %v2623 : i64
                    %v2625 = arith.muli %v42, %v331 : i64
                    %v2626 = arith.addi %v2624, %v2625 : i64
                    %v2627 = arith.muli %v40, %v2 : i64
                    %v2628 = arith.addi %v2626, %v2627 : i64
                    %v2629 = llvm.getelementptr %dx_v[%v2628] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2619, %v2629 : f32, !llvm.ptr
                  }
                  %v2630 = arith.mulf %v2597, %v2581 fastmath<contract> : f32
                  %v2631 = arith.mulf %v2607, %v2589 fastmath<contract> : f32
                  %v2632 = arith.addf %v2630, %v2631 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v2633, %v2634 = gpu.shuffle xor %v2632, %v693, %v694 : f32
                  %v2635 = arith.addf %v2632, %v2633 fastmath<contract> : f32
                  %v2636, %v2637 = gpu.shuffle xor %v2635, %v698, %v694 : f32
                  %v2638 = arith.addf %v2635, %v2636 fastmath<contract> : f32
                  %v2639, %v2640 = gpu.shuffle xor %v2638, %v702, %v694 : f32
                  %v2641 = arith.addf %v2638, %v2639 fastmath<contract> : f32
                  // end sum over the lanes
                  %v2642 = arith.mulf %v2568, %v2641 fastmath<contract> : f32
                  %v2643 = arith.mulf %v2027, %v2579 fastmath<contract> : f32
                  %v2644 = arith.mulf %v2039, %v2587 fastmath<contract> : f32
                  %v2645 = arith.addf %v2643, %v2644 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v2646, %v2647 = gpu.shuffle xor %v2645, %v693, %v694 : f32
                  %v2648 = arith.addf %v2645, %v2646 fastmath<contract> : f32
                  %v2649, %v2650 = gpu.shuffle xor %v2648, %v698, %v694 : f32
                  %v2651 = arith.addf %v2648, %v2649 fastmath<contract> : f32
                  %v2652, %v2653 = gpu.shuffle xor %v2651, %v702, %v694 : f32
                  %v2654 = arith.addf %v2651, %v2652 fastmath<contract> : f32
                  // end sum over the lanes
                  %v2655 = arith.mulf %v2041, %v2569 fastmath<contract> : f32
                  %v2656 = arith.mulf %v2043, %v2586 fastmath<contract> : f32
                  %v2657 = arith.addf %v2655, %v2656 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v2658, %v2659 = gpu.shuffle xor %v2657, %v693, %v694 : f32
                  %v2660 = arith.addf %v2657, %v2658 fastmath<contract> : f32
                  %v2661, %v2662 = gpu.shuffle xor %v2660, %v698, %v694 : f32
                  %v2663 = arith.addf %v2660, %v2661 fastmath<contract> : f32
                  %v2664, %v2665 = gpu.shuffle xor %v2663, %v702, %v694 : f32
                  %v2666 = arith.addf %v2663, %v2664 fastmath<contract> : f32
                  // end sum over the lanes
                  %v2667 = arith.addf %v2654, %v2666 fastmath<contract> : f32
                  %v2668 = arith.muli %v72, %v120 : i64
                  %v2669 = arith.subi %v2474, %v89 : i64
                  %v2670 = arith.addi %v2668, %v2669 : i64
                  %v2671 = llvm.getelementptr %v69[%v2670] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2672 = llvm.load %v2671 : !llvm.ptr -> f32
                  %v2673 = arith.negf %v2672 : f32
                  %v2674 = arith.mulf %v2673, %v310 fastmath<contract> : f32
                  %v2675 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2674) : (f32) -> f32
                  %v2676 = arith.addf %v71, %v2675 fastmath<contract> : f32
                  %v2677 = arith.divf %v71, %v2676 : f32
                  %v2678 = arith.subf %v71, %v2677 fastmath<contract> : f32
                  %v2679 = arith.mulf %v2677, %v2678 fastmath<contract> : f32
                  %v2680 = arith.mulf %v2667, %v2679 fastmath<contract> : f32
                  %v2681 = arith.select %v34, %v2558, %v70 : f32
                  // sum over the warp's outer points: shuffles
                  %v2682, %v2683 = gpu.shuffle xor %v2681, %v881, %v694 : f32
                  %v2684 = arith.addf %v2681, %v2682 fastmath<contract> : f32
                  %v2685, %v2686 = gpu.shuffle xor %v2684, %v885, %v694 : f32
                  %v2687 = arith.addf %v2684, %v2685 fastmath<contract> : f32
                  %v2688 = arith.divui %v20, %v22 : i64
                  %v2689 = arith.remui %v20, %v22 : i64
                  %v2690 = arith.cmpi ult, %v2689, %v29 : i64
                  %v2691 = arith.addi %v72, %v30 : i64
                  %v2692 = arith.muli %v2688, %v1 : i64
                  %v2693 = arith.addi %v2692, %v2691 : i64
                  %v2694 = arith.muli %v2693, %v895 : i64
                  %v2695 = arith.addi %v2694, %v2473 : i64
                  scf.if %v2690 {
                    %v2696 = llvm.getelementptr %v55[%v2695] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2687, %v2696 : f32, !llvm.ptr
                  }
                  %v2697 = arith.select %v34, %v2561, %v70 : f32
                  // sum over the warp's outer points: shuffles
                  %v2698, %v2699 = gpu.shuffle xor %v2697, %v881, %v694 : f32
                  %v2700 = arith.addf %v2697, %v2698 fastmath<contract> : f32
                  %v2701, %v2702 = gpu.shuffle xor %v2700, %v885, %v694 : f32
                  %v2703 = arith.addf %v2700, %v2701 fastmath<contract> : f32
                  %v2704 = arith.divui %v20, %v22 : i64
                  %v2705 = arith.remui %v20, %v22 : i64
                  %v2706 = arith.cmpi ult, %v2705, %v29 : i64
                  %v2707 = arith.addi %v29, %v30 : i64
                  %v2708 = arith.muli %v2704, %v1 : i64
                  %v2709 = arith.addi %v2708, %v2707 : i64
                  %v2710 = arith.muli %v2709, %v895 : i64
                  %v2711 = arith.addi %v2710, %v2473 : i64
                  scf.if %v2706 {
                    %v2712 = llvm.getelementptr %v55[%v2711] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2703, %v2712 : f32, !llvm.ptr
                  }
                  %v2713 = arith.select %v34, %v2585, %v70 : f32
                  // sum over the warp's outer points: shuffles
                  %v2714, %v2715 = gpu.shuffle xor %v2713, %v881, %v694 : f32
                  %v2716 = arith.addf %v2713, %v2714 fastmath<contract> : f32
                  %v2717, %v2718 = gpu.shuffle xor %v2716, %v885, %v694 : f32
                  %v2719 = arith.addf %v2716, %v2717 fastmath<contract> : f32
                  %v2720 = arith.divui %v20, %v22 : i64
                  %v2721 = arith.remui %v20, %v22 : i64
                  %v2722 = arith.cmpi ult, %v2721, %v29 : i64
                  %v2723 = arith.addi %v72, %v30 : i64
                  %v2724 = arith.muli %v2720, %v1 : i64
                  %v2725 = arith.addi %v2724, %v2723 : i64
                  %v2726 = arith.muli %v2725, %v895 : i64
                  %v2727 = arith.addi %v2726, %v2473 : i64
                  scf.if %v2722 {
                    %v2728 = llvm.getelementptr %v57[%v2727] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2719, %v2728 : f32, !llvm.ptr
                  }
                  %v2729 = arith.select %v34, %v2591, %v70 : f32
                  // sum over the warp's outer points: shuffles
                  %v2730, %v2731 = gpu.shuffle xor %v2729, %v881, %v694 : f32
                  %v2732 = arith.addf %v2729, %v2730 fastmath<contract> : f32
                  %v2733, %v2734 = gpu.shuffle xor %v2732, %v885, %v694 : f32
                  %v2735 = arith.addf %v2732, %v2733 fastmath<contract> : f32
                  %v2736 = arith.divui %v20, %v22 : i64
                  %v2737 = arith.remui %v20, %v22 : i64
                  %v2738 = arith.cmpi ult, %v2737, %v29 : i64
                  %v2739 = arith.addi %v29, %v30 : i64
                  %v2740 = arith.muli %v2736, %v1 : i64
                  %v2741 = arith.addi %v2740, %v2739 : i64
                  %v2742 = arith.muli %v2741, %v895 : i64
                  %v2743 = arith.addi %v2742, %v2473 : i64
                  scf.if %v2738 {
                    %v2744 = llvm.getelementptr %v57[%v2743] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2735, %v2744 : f32, !llvm.ptr
                  }
                  %v2745 = arith.select %v34, %v2642, %v70 : f32
                  // sum over the warp's outer points: shuffles
                  %v2746, %v2747 = gpu.shuffle xor %v2745, %v881, %v694 : f32
                  %v2748 = arith.addf %v2745, %v2746 fastmath<contract> : f32
                  %v2749, %v2750 = gpu.shuffle xor %v2748, %v885, %v694 : f32
                  %v2751 = arith.addf %v2748, %v2749 fastmath<contract> : f32
                  %v2752 = arith.divui %v20, %v22 : i64
                  %v2753 = arith.remui %v20, %v22 : i64
                  %v2754 = arith.cmpi ult, %v2753, %v2 : i64
                  %v2755 = arith.muli %v2752, %v2 : i64
                  %v2756 = arith.addi %v2755, %v72 : i64
                  %v2757 = arith.muli %v2756, %v895 : i64
                  %v2758 = arith.addi %v2757, %v2473 : i64
                  scf.if %v2754 {
                    %v2759 = llvm.getelementptr %v59[%v2758] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2751, %v2759 : f32, !llvm.ptr
                  }
                  %v2760 = arith.select %v34, %v2680, %v70 : f32
                  // sum over the warp's outer points: shuffles
                  %v2761, %v2762 = gpu.shuffle xor %v2760, %v881, %v694 : f32
                  %v2763 = arith.addf %v2760, %v2761 fastmath<contract> : f32
                  %v2764, %v2765 = gpu.shuffle xor %v2763, %v885, %v694 : f32
                  %v2766 = arith.addf %v2763, %v2764 fastmath<contract> : f32
                  %v2767 = arith.divui %v20, %v22 : i64
                  %v2768 = arith.remui %v20, %v22 : i64
                  %v2769 = arith.cmpi ult, %v2768, %v2 : i64
                  %v2770 = arith.muli %v2767, %v2 : i64
                  %v2771 = arith.addi %v2770, %v72 : i64
                  %v2772 = arith.muli %v2771, %v895 : i64
                  %v2773 = arith.addi %v2772, %v2473 : i64
                  scf.if %v2769 {
                    %v2774 = llvm.getelementptr %v61[%v2773] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2766, %v2774 : f32, !llvm.ptr
                  }
                  llvm.store %v2677, %v50 : f32, !llvm.ptr
                  llvm.store %v2677, %v51 : f32, !llvm.ptr
                  llvm.store %v2677, %v52 : f32, !llvm.ptr
                  llvm.store %v2677, %v53 : f32, !llvm.ptr
                }
                %v2775 = arith.addi %v384, %v2 : i64
                %v2776 = arith.cmpi slt, %v693, %v2159 : i32
                %v2777 = arith.cmpi eq, %v693, %v2164 : i32
                %v2778 = arith.addi %v386, %v540 : i64
                scf.if %v2776 {
                  %v2779 = arith.addi %v89, %v2775 : i64
                  %v2780 = arith.muli %v30, %v120 : i64
                  %v2781 = arith.subi %v2779, %v89 : i64
                  %v2782 = arith.addi %v2780, %v2781 : i64
                  %v2783 = llvm.getelementptr %v63[%v2782] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2784 = llvm.load %v2783 : !llvm.ptr -> f32
                  %v2785 = arith.muli %v44, %v333 : i64
                  %v2786 = arith.muli %v2779, %v332 : i64
                  %v2787 = arith.addi %v2785, %v2786 : i64
                  %v2788 = arith.muli %v42, %v331 : i64
                  %v2789 = arith.addi %v2787, %v2788 : i64
                  %v2790 = arith.muli %v40, %v2 : i64
                  %v2791 = arith.addi %v2789, %v2790 : i64
                  %v2792 = llvm.getelementptr %dy_o[%v2791] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2793 = llvm.load %v2792 : !llvm.ptr -> f32
                  %v2794 = arith.mulf %v2784, %v2041 fastmath<contract> : f32
                  %v2795 = arith.constant 8 : i64
                  %v2796 = arith.addi %v2795, %v30 : i64
                  %v2797 = arith.muli %v2796, %v120 : i64
                  %v2798 = arith.subi %v2779, %v89 : i64
                  %v2799 = arith.addi %v2797, %v2798 : i64
                  %v2800 = llvm.getelementptr %v63[%v2799] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2801 = llvm.load %v2800 : !llvm.ptr -> f32
                  %v2802 = arith.mulf %v2801, %v2043 fastmath<contract> : f32
                  %v2803 = arith.addf %v2794, %v2802 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v2804, %v2805 = gpu.shuffle xor %v2803, %v693, %v694 : f32
                  %v2806 = arith.addf %v2803, %v2804 fastmath<contract> : f32
                  %v2807, %v2808 = gpu.shuffle xor %v2806, %v698, %v694 : f32
                  %v2809 = arith.addf %v2806, %v2807 fastmath<contract> : f32
                  %v2810, %v2811 = gpu.shuffle xor %v2809, %v702, %v694 : f32
                  %v2812 = arith.addf %v2809, %v2810 fastmath<contract> : f32
                  // end sum over the lanes
                  %v2813 = llvm.call_intrinsic "llvm.fabs.f32"(%v2812) : (f32) -> f32
                  %v2814 = arith.maximumf %v71, %v2813 : f32
                  %v2815 = arith.divf %v2793, %v2814 : f32
                  %v2816 = arith.mulf %v2784, %v2815 fastmath<contract> : f32
                  %v2817 = llvm.load %v46 : !llvm.ptr -> f32
                  %v2818 = llvm.load %v50 : !llvm.ptr -> f32
                  %v2819 = arith.mulf %v2818, %v2817 fastmath<contract> : f32
                  %v2820 = arith.addf %v2816, %v2819 fastmath<contract> : f32
                  llvm.store %v2820, %v46 : f32, !llvm.ptr
                  %v2821 = arith.mulf %v2801, %v2815 fastmath<contract> : f32
                  %v2822 = llvm.load %v47 : !llvm.ptr -> f32
                  %v2823 = llvm.load %v51 : !llvm.ptr -> f32
                  %v2824 = arith.mulf %v2823, %v2822 fastmath<contract> : f32
                  %v2825 = arith.addf %v2821, %v2824 fastmath<contract> : f32
                  llvm.store %v2825, %v47 : f32, !llvm.ptr
                  %v2826 = arith.mulf %v2784, %v2027 fastmath<contract> : f32
                  %v2827 = arith.mulf %v2801, %v2039 fastmath<contract> : f32
                  %v2828 = arith.addf %v2826, %v2827 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v2829, %v2830 = gpu.shuffle xor %v2828, %v693, %v694 : f32
                  %v2831 = arith.addf %v2828, %v2829 fastmath<contract> : f32
                  %v2832, %v2833 = gpu.shuffle xor %v2831, %v698, %v694 : f32
                  %v2834 = arith.addf %v2831, %v2832 fastmath<contract> : f32
                  %v2835, %v2836 = gpu.shuffle xor %v2834, %v702, %v694 : f32
                  %v2837 = arith.addf %v2834, %v2835 fastmath<contract> : f32
                  // end sum over the lanes
                  %v2838 = arith.divf %v2837, %v2814 : f32
                  %v2839 = arith.divf %v2838, %v2814 : f32
                  %v2840 = arith.mulf %v2793, %v2839 fastmath<contract> : f32
                  %v2841 = arith.negf %v2840 : f32
                  %v2842 = arith.cmpf oge, %v71, %v2813 : f32
                  %v2843 = arith.select %v2842, %v71, %v70 : f32
                  %v2844 = arith.subf %v71, %v2843 fastmath<contract> : f32
                  %v2845 = arith.mulf %v2841, %v2844 fastmath<contract> : f32
                  %v2846 = arith.cmpf olt, %v2812, %v70 : f32
                  %v2847 = arith.select %v2846, %v739, %v70 : f32
                  %v2848 = arith.cmpf ogt, %v2812, %v70 : f32
                  %v2849 = arith.select %v2848, %v71, %v2847 : f32
                  %v2850 = arith.mulf %v2845, %v2849 fastmath<contract> : f32
                  %v2851 = arith.mulf %v2784, %v2850 fastmath<contract> : f32
                  %v2852 = llvm.load %v48 : !llvm.ptr -> f32
                  %v2853 = llvm.load %v52 : !llvm.ptr -> f32
                  %v2854 = arith.mulf %v2853, %v2852 fastmath<contract> : f32
                  %v2855 = arith.addf %v2851, %v2854 fastmath<contract> : f32
                  llvm.store %v2855, %v48 : f32, !llvm.ptr
                  %v2856 = arith.mulf %v2801, %v2850 fastmath<contract> : f32
                  %v2857 = llvm.load %v49 : !llvm.ptr -> f32
                  %v2858 = llvm.load %v53 : !llvm.ptr -> f32
                  %v2859 = arith.mulf %v2858, %v2857 fastmath<contract> : f32
                  %v2860 = arith.addf %v2856, %v2859 fastmath<contract> : f32
                  llvm.store %v2860, %v49 : f32, !llvm.ptr
                  %v2861 = arith.mulf %v2041, %v2850 fastmath<contract> : f32
                  %v2862 = arith.mulf %v2027, %v2815 fastmath<contract> : f32
                  %v2863 = arith.addf %v2861, %v2862 fastmath<contract> : f32
                  %v2864 = arith.mulf %v2043, %v2850 fastmath<contract> : f32
                  %v2865 = arith.mulf %v2039, %v2815 fastmath<contract> : f32
                  %v2866 = arith.addf %v2864, %v2865 fastmath<contract> : f32
                  %v2867 = arith.muli %v72, %v120 : i64
                  %v2868 = arith.subi %v2779, %v89 : i64
                  %v2869 = arith.addi %v2867, %v2868 : i64
                  %v2870 = llvm.getelementptr %v67[%v2869] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2871 = llvm.load %v2870 : !llvm.ptr -> f32
                  %v2872 = arith.mulf %v2871, %v310 fastmath<contract> : f32
                  %v2873 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2872) : (f32) -> f32
                  %v2874 = llvm.load %v48 : !llvm.ptr -> f32
                  %v2875 = arith.muli %v44, %v333 : i64
                  %v2876 = arith.muli %v2779, %v332 : i64
                  %v2877 = arith.addi %v2875, %v2876 : i64
                  %v2878 = arith.muli %v42, %v331 : i64
                  %v2879 = arith.addi %v2877, %v2878 : i64
                  %v2880 = arith.muli %v40, %v2 : i64
                  %v2881 = arith.addi %v2879, %v2880 : i64
                  %v2882 = llvm.getelementptr %in_v[%v2881] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2883 = llvm.load %v2882 : !llvm.ptr -> f32
                  %v2884 = llvm.load %v46 : !llvm.ptr -> f32
                  %v2885 = arith.mulf %v2883, %v2884 fastmath<contract> : f32
                  %v2886 = arith.addf %v2874, %v2885 fastmath<contract> : f32
                  %v2887 = arith.mulf %v2873, %v2886 fastmath<contract> : f32
                  %v2889 = llvm.call_intrinsic "llvm.sqrt.f32"(%v2888) : (f32) -> f32
                  %v2890 = arith.divf %v2887, %v2889 : f32
                  %v2891 = llvm.load %v49 : !llvm.ptr -> f32
                  %v2892 = llvm.load %v47 : !llvm.ptr -> f32
                  %v2893 = arith.mulf %v2883, %v2892 fastmath<contract> : f32
                  %v2894 = arith.addf %v2891, %v2893 fastmath<contract> : f32
                  %v2895 = arith.mulf %v2873, %v2894 fastmath<contract> : f32
                  %v2896 = arith.divf %v2895, %v2889 : f32
                  %v2897 = arith.muli %v30, %v120 : i64
                  %v2898 = arith.subi %v2779, %v89 : i64
                  %v2899 = arith.addi %v2897, %v2898 : i64
                  %v2900 = llvm.getelementptr %v65[%v2899] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2901 = llvm.load %v2900 : !llvm.ptr -> f32
                  %v2902 = arith.divf %v2901, %v2889 : f32
                  %v2903 = arith.mulf %v2873, %v2902 fastmath<contract> : f32
                  %v2904 = arith.mulf %v2903, %v2884 fastmath<contract> : f32
                  %v2905 = arith.constant 8 : i64
                  %v2906 = arith.addi %v2905, %v30 : i64
                  %v2907 = arith.muli %v2906, %v120 : i64
                  %v2908 = arith.subi %v2779, %v89 : i64
                  %v2909 = arith.addi %v2907, %v2908 : i64
                  %v2910 = llvm.getelementptr %v65[%v2909] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2911 = llvm.load %v2910 : !llvm.ptr -> f32
                  %v2912 = arith.divf %v2911, %v2889 : f32
                  %v2913 = arith.mulf %v2873, %v2912 fastmath<contract> : f32
                  %v2914 = arith.mulf %v2913, %v2892 fastmath<contract> : f32
                  %v2915 = arith.addf %v2904, %v2914 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v2916, %v2917 = gpu.shuffle xor %v2915, %v693, %v694 : f32
                  %v2918 = arith.addf %v2915, %v2916 fastmath<contract> : f32
                  %v2919, %v2920 = gpu.shuffle xor %v2918, %v698, %v694 : f32
                  %v2921 = arith.addf %v2918, %v2919 fastmath<contract> : f32
                  %v2922, %v2923 = gpu.shuffle xor %v2921, %v702, %v694 : f32
                  %v2924 = arith.addf %v2921, %v2922 fastmath<contract> : f32
                  // end sum over the lanes
                  %v2925 = arith.cmpi eq, %v30, %v72 : i64
                  %v2926 = arith.andi %v34, %v2925 : i1
                  scf.if %v2926 {
                    %v2927 = arith.muli %v44, %v333 : i64
                    %v2928 = arith.muli %v2779, %v332 : i64
                    %v2929 = arith.addi %v2927, %v2928 : i64
                    %v2930 = arith.muli %v42, %v331 : i64
                    %v2931 = arith.addi %v2929, %v2930 : i64
                    %v2932 = arith.muli %v40, %v2 : i64
                    %v2933 = arith.addi %v2931, %v2932 : i64
                    %v2934 = llvm.getelementptr %dx_v[%v2933] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2924, %v2934 : f32, !llvm.ptr
                  }
                  %v2935 = arith.mulf %v2902, %v2886 fastmath<contract> : f32
                  %v2936 = arith.mulf %v2912, %v2894 fastmath<contract> : f32
                  %v2937 = arith.addf %v2935, %v2936 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v2938, %v2939 = gpu.shuffle xor %v2937, %v693, %v694 : f32
                  %v2940 = arith.addf %v2937, %v2938 fastmath<contract> : f32
                  %v2941, %v2942 = gpu.shuffle xor %v2940, %v698, %v694 : f32
                  %v2943 = arith.addf %v2940, %v2941 fastmath<contract> : f32
                  %v2944, %v2945 = gpu.shuffle xor %v2943, %v702, %v694 : f32
                  %v2946 = arith.addf %v2943, %v2944 fastmath<contract> : f32
                  // end sum over the lanes
                  %v2947 = arith.mulf %v2873, %v2946 fastmath<contract> : f32
                  %v2948 = arith.mulf %v1970, %v2884 fastmath<contract> : f32
                  %v2949 = arith.mulf %v1982, %v2892 fastmath<contract> : f32
                  %v2950 = arith.addf %v2948, %v2949 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v2951, %v2952 = gpu.shuffle xor %v2950, %v693, %v694 : f32
                  %v2953 = arith.addf %v2950, %v2951 fastmath<contract> : f32
                  %v2954, %v2955 = gpu.shuffle xor %v2953, %v698, %v694 : f32
                  %v2956 = arith.addf %v2953, %v2954 fastmath<contract> : f32
                  %v2957, %v2958 = gpu.shuffle xor %v2956, %v702, %v694 : f32
                  %v2959 = arith.addf %v2956, %v2957 fastmath<contract> : f32
                  // end sum over the lanes
                  %v2960 = arith.mulf %v1984, %v2874 fastmath<contract> : f32
                  %v2961 = arith.mulf %v1986, %v2891 fastmath<contract> : f32
                  %v2962 = arith.addf %v2960, %v2961 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v2963, %v2964 = gpu.shuffle xor %v2962, %v693, %v694 : f32
                  %v2965 = arith.addf %v2962, %v2963 fastmath<contract> : f32
                  %v2966, %v2967 = gpu.shuffle xor %v2965, %v698, %v694 : f32
                  %v2968 = arith.addf %v2965, %v2966 fastmath<contract> : f32
                  %v2969, %v2970 = gpu.shuffle xor %v2968, %v702, %v694 : f32
                  %v2971 = arith.addf %v2968, %v2969 fastmath<contract> : f32
                  // end sum over the lanes
                  %v2972 = arith.addf %v2959, %v2971 fastmath<contract> : f32
                  %v2973 = arith.muli %v72, %v120 : i64
                  %v2974 = arith.subi %v2779, %v89 : i64
                  %v2975 = arith.addi %v2973, %v2974 : i64
                  %v2976 = llvm.getelementptr %v69[%v2975] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2977 = llvm.load %v2976 : !llvm.ptr -> f32
                  %v2978 = arith.negf %v2977 : f32
                  %v2979 = arith.mulf %v2978, %v310 fastmath<contract> : f32
                  %v2980 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2979) : (f32) -> f32
                  %v2981 = arith.addf %v71, %v2980 fastmath<contract> : f32
                  %v2982 = arith.divf %v71, %v2981 : f32
                  %v2983 = arith.subf %v71, %v2982 fastmath<contract> : f32
                  %v2984 = arith.mulf %v2982, %v2983 fastmath<contract> : f32
                  %v2985 = arith.mulf %v2972, %v2984 fastmath<contract> : f32
                  %v2986 = arith.select %v34, %v2863, %v70 : f32
                  // sum over the warp's outer points: shuffles
                  %v2987, %v2988 = gpu.shuffle xor %v2986, %v881, %v694 : f32
                  %v2989 = arith.addf %v2986, %v2987 fastmath<contract> : f32
                  %v2990, %v2991 = gpu.shuffle xor %v2989, %v885, %v694 : f32
                  %v2992 = arith.addf %v2989, %v2990 fastmath<contract> : f32
                  %v2993 = arith.divui %v20, %v22 : i64
                  %v2994 = arith.remui %v20, %v22 : i64
                  %v2995 = arith.cmpi ult, %v2994, %v29 : i64
                  %v2996 = arith.addi %v72, %v30 : i64
                  %v2997 = arith.muli %v2993, %v1 : i64
                  %v2998 = arith.addi %v2997, %v2996 : i64
                  %v2999 = arith.muli %v2998, %v895 : i64
                  %v3000 = arith.addi %v2999, %v2778 : i64
                  scf.if %v2995 {
                    %v3001 = llvm.getelementptr %v55[%v3000] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2992, %v3001 : f32, !llvm.ptr
                  }
                  %v3002 = arith.select %v34, %v2866, %v70 : f32
                  // sum over the warp's outer points: shuffles
                  %v3003, %v3004 = gpu.shuffle xor %v3002, %v881, %v694 : f32
                  %v3005 = arith.addf %v3002, %v3003 fastmath<contract> : f32
                  %v3006, %v3007 = gpu.shuffle xor %v3005, %v885, %v694 : f32
                  %v3008 = arith.addf %v3005, %v3006 fastmath<contract> : f32
                  %v3009 = arith.divui %v20, %v22 : i64
                  %v3010 = arith.remui %v20, %v22 : i64
                  %v3011 = arith.cmpi ult, %v3010, %v29 : i64
                  %v3012 = arith.addi %v29, %v30 : i64
                  %v3013 = arith.muli %v3009, %v1 : i64
                  %v3014 = arith.addi %v3013, %v3012 : i64
                  %v3015 = arith.muli %v3014, %v895 : i64
                  %v3016 = arith.addi %v3015, %v2778 : i64
                  scf.if %v3011 {
                    %v3017 = llvm.getelementptr %v55[%v3016] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3008, %v3017 : f32, !llvm.ptr
                  }
                  %v3018 = arith.select %v34, %v2890, %v70 : f32
                  // sum over the warp's outer points: shuffles
                  %v3019, %v3020 = gpu.shuffle xor %v3018, %v881, %v694 : f32
                  %v3021 = arith.addf %v3018, %v3019 fastmath<contract> : f32
                  %v3022, %v3023 = gpu.shuffle xor %v3021, %v885, %v694 : f32
                  %v3024 = arith.addf %v3021, %v3022 fastmath<contract> : f32
                  %v3025 = arith.divui %v20, %v22 : i64
                  %v3026 = arith.remui %v20, %v22 : i64
                  %v3027 = arith.cmpi ult, %v3026, %v29 : i64
                  %v3028 = arith.addi %v72, %v30 : i64
                  %v3029 = arith.muli %v3025, %v1 : i64
                  %v3030 = arith.addi %v3029, %v3028 : i64
                  %v3031 = arith.muli %v3030, %v895 : i64
                  %v3032 = arith.addi %v3031, %v2778 : i64
                  scf.if %v3027 {
                    %v3033 = llvm.getelementptr %v57[%v3032] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3024, %v3033 : f32, !llvm.ptr
                  }
                  %v3034 = arith.select %v34, %v2896, %v70 : f32
                  // sum over the warp's outer points: shuffles
                  %v3035, %v3036 = gpu.shuffle xor %v3034, %v881, %v694 : f32
                  %v3037 = arith.addf %v3034, %v3035 fastmath<contract> : f32
                  %v3038, %v3039 = gpu.shuffle xor %v3037, %v885, %v694 : f32
                  %v3040 = arith.addf %v3037, %v3038 fastmath<contract> : f32
                  %v3041 = arith.divui %v20, %v22 : i64
                  %v3042 = arith.remui %v20, %v22 : i64
                  %v3043 = arith.cmpi ult, %v3042, %v29 : i64
                  %v3044 = arith.addi %v29, %v30 : i64
                  %v3045 = arith.muli %v3041, %v1 : i64
                  %v3046 = arith.addi %v3045, %v3044 : i64
                  %v3047 = arith.muli %v3046, %v895 : i64
                  %v3048 = arith.addi %v3047, %v2778 : i64
                  scf.if %v3043 {
                    %v3049 = llvm.getelementptr %v57[%v3048] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3040, %v3049 : f32, !llvm.ptr
                  }
                  %v3050 = arith.select %v34, %v2947, %v70 : f32
                  // sum over the warp's outer points: shuffles
                  %v3051, %v3052 = gpu.shuffle xor %v3050, %v881, %v694 : f32
                  %v3053 = arith.addf %v3050, %v3051 fastmath<contract> : f32
                  %v3054, %v3055 = gpu.shuffle xor %v3053, %v885, %v694 : f32
                  %v3056 = arith.addf %v3053, %v3054 fastmath<contract> : f32
                  %v3057 = arith.divui %v20, %v22 : i64
                  %v3058 = arith.remui %v20, %v22 : i64
                  %v3059 = arith.cmpi ult, %v3058, %v2 : i64
                  %v3060 = arith.muli %v3057, %v2 : i64
                  %v3061 = arith.addi %v3060, %v72 : i64
                  %v3062 = arith.muli %v3061, %v895 : i64
                  %v3063 = arith.addi %v3062, %v2778 : i64
                  scf.if %v3059 {
                    %v3064 = llvm.getelementptr %v59[%v3063] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3056, %v3064 : f32, !llvm.ptr
                  }
                  %v3065 = arith.select %v34, %v2985, %v70 : f32
                  // sum over the warp's outer points: shuffles
                  %v3066, %v3067 = gpu.shuffle xor %v3065, %v881, %v694 : f32
                  %v3068 = arith.addf %v3065, %v3066 fastmath<contract> : f32
                  %v3069, %v3070 = gpu.shuffle xor %v3068, %v885, %v694 : f32
                  %v3071 = arith.addf %v3068, %v3069 fastmath<contract> : f32
                  %v3072 = arith.divui %v20, %v22 : i64
                  %v3073 = arith.remui %v20, %v22 : i64
                  %v3074 = arith.cmpi ult, %v3073, %v2 : i64
                  %v3075 = arith.muli %v3072, %v2 : i64
                  %v3076 = arith.addi %v3075, %v72 : i64
                  %v3077 = arith.muli %v3076, %v895 : i64
                  %v3078 = arith.addi %v3077, %v2778 : i64
                  scf.if %v3074 {
                    %v3079 = llvm.getelementptr %v61[%v3078] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3071, %v3079 : f32, !llvm.ptr
                  }
                  llvm.store %v2982, %v50 : f32, !llvm.ptr
                  llvm.store %v2982, %v51 : f32, !llvm.ptr
                  llvm.store %v2982, %v52 : f32, !llvm.ptr
                  llvm.store %v2982, %v53 : f32, !llvm.ptr
                }
                %v3080 = arith.addi %v384, %v72 : i64
                %v3081 = arith.cmpi slt, %v1588, %v2159 : i32
                %v3082 = arith.cmpi eq, %v1588, %v2164 : i32
                %v3083 = arith.addi %v386, %v76 : i64
                scf.if %v3081 {
                  %v3084 = arith.addi %v89, %v3080 : i64
                  %v3085 = arith.muli %v30, %v120 : i64
                  %v3086 = arith.subi %v3084, %v89 : i64
                  %v3087 = arith.addi %v3085, %v3086 : i64
                  %v3088 = llvm.getelementptr %v63[%v3087] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3089 = llvm.load %v3088 : !llvm.ptr -> f32
                  %v3090 = arith.muli %v44, %v333 : i64
                  %v3091 = arith.muli %v3084, %v332 : i64
                  %v3092 = arith.addi %v3090, %v3091 : i64
                  %v3093 = arith.muli %v42, %v331 : i64
                  %v3094 = arith.addi %v3092, %v3093 : i64
                  %v3095 = arith.muli %v40, %v2 : i64
                  %v3096 = arith.addi %v3094, %v3095 : i64
                  %v3097 = llvm.getelementptr %dy_o[%v3096] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3098 = llvm.load %v3097 : !llvm.ptr -> f32
                  %v3099 = arith.mulf %v3089, %v1984 fastmath<contract> : f32
                  %v3100 = arith.constant 8 : i64
                  %v3101 = arith.addi %v3100, %v30 : i64
                  %v3102 = arith.muli %v3101, %v120 : i64
                  %v3103 = arith.subi %v3084, %v89 : i64
                  %v3104 = arith.addi %v3102, %v3103 : i64
                  %v3105 = llvm.getelementptr %v63[%v3104] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3106 = llvm.load %v3105 : !llvm.ptr -> f32
                  %v3107 = arith.mulf %v3106, %v1986 fastmath<contract> : f32
                  %v3108 = arith.addf %v3099, %v3107 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v3109, %v3110 = gpu.shuffle xor %v3108, %v693, %v694 : f32
                  %v3111 = arith.addf %v3108, %v3109 fastmath<contract> : f32
                  %v3112, %v3113 = gpu.shuffle xor %v3111, %v698, %v694 : f32
                  %v3114 = arith.addf %v3111, %v3112 fastmath<contract> : f32
                  %v3115, %v3116 = gpu.shuffle xor %v3114, %v702, %v694 : f32
                  %v3117 = arith.addf %v3114, %v3115 fastmath<contract> : f32
                  // end sum over the lanes
                  %v3118 = llvm.call_intrinsic "llvm.fabs.f32"(%v3117) : (f32) -> f32
                  %v3119 = arith.maximumf %v71, %v3118 : f32
                  %v3120 = arith.divf %v3098, %v3119 : f32
                  %v3121 = arith.mulf %v3089, %v3120 fastmath<contract> : f32
                  %v3122 = llvm.load %v46 : !llvm.ptr -> f32
                  %v3123 = llvm.load %v50 : !llvm.ptr -> f32
                  %v3124 = arith.mulf %v3123, %v3122 fastmath<contract> : f32
                  %v3125 = arith.addf %v3121, %v3124 fastmath<contract> : f32
                  llvm.store %v3125, %v46 : f32, !llvm.ptr
                  %v3126 = arith.mulf %v3106, %v3120 fastmath<contract> : f32
                  %v3127 = llvm.load %v47 : !llvm.ptr -> f32
                  %v3128 = llvm.load %v51 : !llvm.ptr -> f32
                  %v3129 = arith.mulf %v3128, %v3127 fastmath<contract> : f32
                  %v3130 = arith.addf %v3126, %v3129 fastmath<contract> : f32
                  llvm.store %v3130, %v47 : f32, !llvm.ptr
                  %v3131 = arith.mulf %v3089, %v1970 fastmath<contract> : f32
                  %v3132 = arith.mulf %v3106, %v1982 fastmath<contract> : f32
                  %v3133 = arith.addf %v3131, %v3132 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v3134, %v3135 = gpu.shuffle xor %v3133, %v693, %v694 : f32
                  %v3136 = arith.addf %v3133, %v3134 fastmath<contract> : f32
                  %v3137, %v3138 = gpu.shuffle xor %v3136, %v698, %v694 : f32
                  %v3139 = arith.addf %v3136, %v3137 fastmath<contract> : f32
                  %v3140, %v3141 = gpu.shuffle xor %v3139, %v702, %v694 : f32
                  %v3142 = arith.addf %v3139, %v3140 fastmath<contract> : f32
                  // end sum over the lanes
                  %v3143 = arith.divf %v3142, %v3119 : f32
                  %v3144 = arith.divf %v3143, %v3119 : f32
                  %v3145 = arith.mulf %v3098, %v3144 fastmath<contract> : f32
                  %v3146 = arith.negf %v3145 : f32
                  %v3147 = arith.cmpf oge, %v71, %v3118 : f32
                  %v3148 = arith.select %v3147, %v71, %v70 : f32
                  %v3149 = arith.subf %v71, %v3148 fastmath<contract> : f32
                  %v3150 = arith.mulf %v3146, %v3149 fastmath<contract> : f32
                  %v3151 = arith.cmpf olt, %v3117, %v70 : f32
                  %v3152 = arith.select %v3151, %v739, %v70 : f32
                  %v3153 = arith.cmpf ogt, %v3117, %v70 : f32
                  %v3154 = arith.select %v3153, %v71, %v3152 : f32
                  %v3155 = arith.mulf %v3150, %v3154 fastmath<contract> : f32
                  %v3156 = arith.mulf %v3089, %v3155 fastmath<contract> : f32
                  %v3157 = llvm.load %v48 : !llvm.ptr -> f32
                  %v3158 = llvm.load %v52 : !llvm.ptr -> f32
                  %v3159 = arith.mulf %v3158, %v3157 fastmath<contract> : f32
                  %v3160 = arith.addf %v3156, %v3159 fastmath<contract> : f32
                  llvm.store %v3160, %v48 : f32, !llvm.ptr
                  %v3161 = arith.mulf %v3106, %v3155 fastmath<contract> : f32
                  %v3162 = llvm.load %v49 : !llvm.ptr -> f32
                  %v3163 = llvm.load %v53 : !llvm.ptr -> f32
                  %v3164 = arith.mulf %v3163, %v3162 fastmath<contract> : f32
                  %v3165 = arith.addf %v3161, %v3164 fastmath<contract> : f32
                  llvm.store %v3165, %v49 : f32, !llvm.ptr
                  %v3166 = arith.mulf %v1984, %v3155 fastmath<contract> : f32
                  %v3167 = arith.mulf %v1970, %v3120 fastmath<contract> : f32
                  %v3168 = arith.addf %v3166, %v3167 fastmath<contract> : f32
                  %v3169 = arith.mulf %v1986, %v3155 fastmath<contract> : f32
                  %v3170 = arith.mulf %v1982, %v3120 fastmath<contract> : f32
                  %v3171 = arith.addf %v3169, %v3170 fastmath<contract> : f32
                  %v3172 = arith.muli %v72, %v120 : i64
                  %v3173 = arith.subi %v3084, %v89 : i64
                  %v3174 = arith.addi %v3172, %v3173 : i64
                  %v3175 = llvm.getelementptr %v67[%v3174] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3176 = llvm.load %v3175 : !llvm.ptr -> f32
                  %v3177 = arith.mulf %v3176, %v310 fastmath<contract> : f32
                  %v3178 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3177) : (f32) -> f32
                  %v3179 = llvm.load %v48 : !llvm.ptr -> f32
                  %v3180 = arith.muli %v44, %v333 : i64
                  %v3181 = arith.muli %v3084, %v332 : i64
                  %v3182 = arith.addi %v3180, %v3181 : i64
                  %v3183 = arith.muli %v42, %v331 : i64
                  %v3184 = arith.addi %v3182, %v3183 : i64
                  %v3185 = arith.muli %v40, %v2 : i64
                  %v3186 = arith.addi %v3184, %v3185 : i64
                  %v3187 = llvm.getelementptr %in_v[%v3186] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3188 = llvm.load %v3187 : !llvm.ptr -> f32
                  %v3189 = llvm.load %v46 : !llvm.ptr -> f32
                  %v3190 = arith.mulf %v3188, %v3189 fastmath<contract> : f32
                  %v3191 = arith.addf %v3179, %v3190 fastmath<contract> : f32
                  %v3192 = arith.mulf %v3178, %v3191 fastmath<contract> : f32
                  %v3194 = llvm.call_intrinsic "llvm.sqrt.f32"(%v3193) : (f32) -> f32
                  %v3195 = arith.divf %v3192, %v3194 : f32
                  %v3196 = llvm.load %v49 : !llvm.ptr -> f32
                  %v3197 = llvm.load %v47 : !llvm.ptr -> f32
                  %v3198 = arith.mulf %v3188, %v3197 fastmath<contract> : f32
                  %v3199 = arith.addf %v3196, %v3198 fastmath<contract> : f32
                  %v3200 = arith.mulf %v3178, %v3199 fastmath<contract> : f32
                  %v3201 = arith.divf %v3200, %v3194 : f32
                  %v3202 = arith.muli %v30, %v120 : i64
                  %v3203 = arith.subi %v3084, %v89 : i64
                  %v3204 = arith.addi %v3202, %v3203 : i64
                  %v3205 = llvm.getelementptr %v65[%v3204] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3206 = llvm.load %v3205 : !llvm.ptr -> f32
                  %v3207 = arith.divf %v3206, %v3194 : f32
                  %v3208 = arith.mulf %v3178, %v3207 fastmath<contract> : f32
                  %v3209 = arith.mulf %v3208, %v3189 fastmath<contract> : f32
                  %v3210 = arith.constant 8 : i64
                  %v3211 = arith.addi %v3210, %v30 : i64
                  %v3212 = arith.muli %v3211, %v120 : i64
                  %v3213 = arith.subi %v3084, %v89 : i64
                  %v3214 = arith.addi %v3212, %v3213 : i64
                  %v3215 = llvm.getelementptr %v65[%v3214] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3216 = llvm.load %v3215 : !llvm.ptr -> f32
                  %v3217 = arith.divf %v3216, %v3194 : f32
                  %v3218 = arith.mulf %v3178, %v3217 fastmath<contract> : f32
                  %v3219 = arith.mulf %v3218, %v3197 fastmath<contract> : f32
                  %v3220 = arith.addf %v3209, %v3219 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v3221, %v3222 = gpu.shuffle xor %v3220, %v693, %v694 : f32
                  %v3223 = arith.addf %v3220, %v3221 fastmath<contract> : f32
                  %v3224, %v3225 = gpu.shuffle xor %v3223, %v698, %v694 : f32
                  %v3226 = arith.addf %v3223, %v3224 fastmath<contract> : f32
                  %v3227, %v3228 = gpu.shuffle xor %v3226, %v702, %v694 : f32
                  %v3229 = arith.addf %v3226, %v3227 fastmath<contract> : f32
                  // end sum over the lanes
                  %v3230 = arith.cmpi eq, %v30, %v72 : i64
                  %v3231 = arith.andi %v34, %v3230 : i1
                  scf.if %v3231 {
                    %v3232 = arith.muli %v44, %v333 : i64
                    %v3233 = arith.muli %v3084, %v332 : i64
                    %v3234 = arith.addi %v3232, %v3233 : i64
                    %v3235 = arith.muli %v42, %v331 : i64
                    %v3236 = arith.addi %v3234, %v3235 : i64
                    %v3237 = arith.muli %v40, %v2 : i64
                    %v3238 = arith.addi %v3236, %v3237 : i64
                    %v3239 = llvm.getelementptr %dx_v[%v3238] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3229, %v3239 : f32, !llvm.ptr
                  }
                  %v3240 = arith.mulf %v3207, %v3191 fastmath<contract> : f32
                  %v3241 = arith.mulf %v3217, %v3199 fastmath<contract> : f32
                  %v3242 = arith.addf %v3240, %v3241 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v3243, %v3244 = gpu.shuffle xor %v3242, %v693, %v694 : f32
                  %v3245 = arith.addf %v3242, %v3243 fastmath<contract> : f32
                  %v3246, %v3247 = gpu.shuffle xor %v3245, %v698, %v694 : f32
                  %v3248 = arith.addf %v3245, %v3246 fastmath<contract> : f32
                  %v3249, %v3250 = gpu.shuffle xor %v3248, %v702, %v694 : f32
                  %v3251 = arith.addf %v3248, %v3249 fastmath<contract> : f32
                  // end sum over the lanes
                  %v3252 = arith.mulf %v3178, %v3251 fastmath<contract> : f32
                  %v3253 = arith.mulf %v1902, %v3189 fastmath<contract> : f32
                  %v3254 = arith.mulf %v1911, %v3197 fastmath<contract> : f32
                  %v3255 = arith.addf %v3253, %v3254 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v3256, %v3257 = gpu.shuffle xor %v3255, %v693, %v694 : f32
                  %v3258 = arith.addf %v3255, %v3256 fastmath<contract> : f32
                  %v3259, %v3260 = gpu.shuffle xor %v3258, %v698, %v694 : f32
                  %v3261 = arith.addf %v3258, %v3259 fastmath<contract> : f32
                  %v3262, %v3263 = gpu.shuffle xor %v3261, %v702, %v694 : f32
                  %v3264 = arith.addf %v3261, %v3262 fastmath<contract> : f32
                  // end sum over the lanes
                  %v3265 = arith.mulf %v1920, %v3179 fastmath<contract> : f32
                  %v3266 = arith.mulf %v1929, %v3196 fastmath<contract> : f32
                  %v3267 = arith.addf %v3265, %v3266 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v3268, %v3269 = gpu.shuffle xor %v3267, %v693, %v694 : f32
                  %v3270 = arith.addf %v3267, %v3268 fastmath<contract> : f32
                  %v3271, %v3272 = gpu.shuffle xor %v3270, %v698, %v694 : f32
                  %v3273 = arith.addf %v3270, %v3271 fastmath<contract> : f32
                  %v3274, %v3275 = gpu.shuffle xor %v3273, %v702, %v694 : f32
                  %v3276 = arith.addf %v3273, %v3274 fastmath<contract> : f32
                  // end sum over the lanes
                  %v3277 = arith.addf %v3264, %v3276 fastmath<contract> : f32
                  %v3278 = arith.muli %v72, %v120 : i64
                  %v3279 = arith.subi %v3084, %v89 : i64
                  %v3280 = arith.addi %v3278, %v3279 : i64
                  %v3281 = llvm.getelementptr %v69[%v3280] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3282 = llvm.load %v3281 : !llvm.ptr -> f32
                  %v3283 = arith.negf %v3282 : f32
                  %v3284 = arith.mulf %v3283, %v310 fastmath<contract> : f32
                  %v3285 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3284) : (f32) -> f32
                  %v3286 = arith.addf %v71, %v3285 fastmath<contract> : f32
                  %v3287 = arith.divf %v71, %v3286 : f32
                  %v3288 = arith.subf %v71, %v3287 fastmath<contract> : f32
                  %v3289 = arith.mulf %v3287, %v3288 fastmath<contract> : f32
                  %v3290 = arith.mulf %v3277, %v3289 fastmath<contract> : f32
                  %v3291 = arith.select %v34, %v3168, %v70 : f32
                  // sum over the warp's outer points: shuffles
                  %v3292, %v3293 = gpu.shuffle xor %v3291, %v881, %v694 : f32
                  %v3294 = arith.addf %v3291, %v3292 fastmath<contract> : f32
                  %v3295, %v3296 = gpu.shuffle xor %v3294, %v885, %v694 : f32
                  %v3297 = arith.addf %v3294, %v3295 fastmath<contract> : f32
                  %v3298 = arith.divui %v20, %v22 : i64
                  %v3299 = arith.remui %v20, %v22 : i64
                  %v3300 = arith.cmpi ult, %v3299, %v29 : i64
                  %v3301 = arith.addi %v72, %v30 : i64
                  %v3302 = arith.muli %v3298, %v1 : i64
                  %v3303 = arith.addi %v3302, %v3301 : i64
                  %v3304 = arith.muli %v3303, %v895 : i64
                  %v3305 = arith.addi %v3304, %v3083 : i64
                  scf.if %v3300 {
                    %v3306 = llvm.getelementptr %v55[%v3305] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3297, %v3306 : f32, !llvm.ptr
                  }
                  %v3307 = arith.select %v34, %v3171, %v70 : f32
                  // sum over the warp's outer points: shuffles
                  %v3308, %v3309 = gpu.shuffle xor %v3307, %v881, %v694 : f32
                  %v3310 = arith.addf %v3307, %v3308 fastmath<contract> : f32
                  %v3311, %v3312 = gpu.shuffle xor %v3310, %v885, %v694 : f32
                  %v3313 = arith.addf %v3310, %v3311 fastmath<contract> : f32
                  %v3314 = arith.divui %v20, %v22 : i64
                  %v3315 = arith.remui %v20, %v22 : i64
                  %v3316 = arith.cmpi ult, %v3315, %v29 : i64
                  %v3317 = arith.addi %v29, %v30 : i64
                  %v3318 = arith.muli %v3314, %v1 : i64
                  %v3319 = arith.addi %v3318, %v3317 : i64
                  %v3320 = arith.muli %v3319, %v895 : i64
                  %v3321 = arith.addi %v3320, %v3083 : i64
                  scf.if %v3316 {
                    %v3322 = llvm.getelementptr %v55[%v3321] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3313, %v3322 : f32, !llvm.ptr
                  }
                  %v3323 = arith.select %v34, %v3195, %v70 : f32
                  // sum over the warp's outer points: shuffles
                  %v3324, %v3325 = gpu.shuffle xor %v3323, %v881, %v694 : f32
                  %v3326 = arith.addf %v3323, %v3324 fastmath<contract> : f32
                  %v3327, %v3328 = gpu.shuffle xor %v3326, %v885, %v694 : f32
                  %v3329 = arith.addf %v3326, %v3327 fastmath<contract> : f32
                  %v3330 = arith.divui %v20, %v22 : i64
                  %v3331 = arith.remui %v20, %v22 : i64
                  %v3332 = arith.cmpi ult, %v3331, %v29 : i64
                  %v3333 = arith.addi %v72, %v30 : i64
                  %v3334 = arith.muli %v3330, %v1 : i64
                  %v3335 = arith.addi %v3334, %v3333 : i64
                  %v3336 = arith.muli %v3335, %v895 : i64
                  %v3337 = arith.addi %v3336, %v3083 : i64
                  scf.if %v3332 {
                    %v3338 = llvm.getelementptr %v57[%v3337] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3329, %v3338 : f32, !llvm.ptr
                  }
                  %v3339 = arith.select %v34, %v3201, %v70 : f32
                  // sum over the warp's outer points: shuffles
                  %v3340, %v3341 = gpu.shuffle xor %v3339, %v881, %v694 : f32
                  %v3342 = arith.addf %v3339, %v3340 fastmath<contract> : f32
                  %v3343, %v3344 = gpu.shuffle xor %v3342, %v885, %v694 : f32
                  %v3345 = arith.addf %v3342, %v3343 fastmath<contract> : f32
                  %v3346 = arith.divui %v20, %v22 : i64
                  %v3347 = arith.remui %v20, %v22 : i64
                  %v3348 = arith.cmpi ult, %v3347, %v29 : i64
                  %v3349 = arith.addi %v29, %v30 : i64
                  %v3350 = arith.muli %v3346, %v1 : i64
                  %v3351 = arith.addi %v3350, %v3349 : i64
                  %v3352 = arith.muli %v3351, %v895 : i64
                  %v3353 = arith.addi %v3352, %v3083 : i64
                  scf.if %v3348 {
                    %v3354 = llvm.getelementptr %v57[%v3353] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3345, %v3354 : f32, !llvm.ptr
                  }
                  %v3355 = arith.select %v34, %v3252, %v70 : f32
                  // sum over the warp's outer points: shuffles
                  %v3356, %v3357 = gpu.shuffle xor %v3355, %v881, %v694 : f32
                  %v3358 = arith.addf %v3355, %v3356 fastmath<contract> : f32
                  %v3359, %v3360 = gpu.shuffle xor %v3358, %v885, %v694 : f32
                  %v3361 = arith.addf %v3358, %v3359 fastmath<contract> : f32
                  %v3362 = arith.divui %v20, %v22 : i64
                  %v3363 = arith.remui %v20, %v22 : i64
                  %v3364 = arith.cmpi ult, %v3363, %v2 : i64
                  %v3365 = arith.muli %v3362, %v2 : i64
                  %v3366 = arith.addi %v3365, %v72 : i64
                  %v3367 = arith.muli %v3366, %v895 : i64
                  %v3368 = arith.addi %v3367, %v3083 : i64
                  scf.if %v3364 {
                    %v3369 = llvm.getelementptr %v59[%v3368] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3361, %v3369 : f32, !llvm.ptr
                  }
                  %v3370 = arith.select %v34, %v3290, %v70 : f32
                  // sum over the warp's outer points: shuffles
                  %v3371, %v3372 = gpu.shuffle xor %v3370, %v881, %v694 : f32
                  %v3373 = arith.addf %v3370, %v3371 fastmath<contract> : f32
                  %v3374, %v3375 = gpu.shuffle xor %v3373, %v885, %v694 : f32
                  %v3376 = arith.addf %v3373, %v3374 fastmath<contract> : f32
                  %v3377 = arith.divui %v20, %v22 : i64
                  %v3378 = arith.remui %v20, %v22 : i64
                  %v3379 = arith.cmpi ult, %v3378, %v2 : i64
                  %v3380 = arith.muli %v3377, %v2 : i64
                  %v3381 = arith.addi %v3380, %v72 : i64
                  %v3382 = arith.muli %v3381, %v895 : i64
                  %v3383 = arith.addi %v3382, %v3083 : i64
                  scf.if %v3379 {
                    %v3384 = llvm.getelementptr %v61[%v3383] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3376, %v3384 : f32, !llvm.ptr
                  }
                  llvm.store %v3287, %v50 : f32, !llvm.ptr
                  llvm.store %v3287, %v51 : f32, !llvm.ptr
                  llvm.store %v3287, %v52 : f32, !llvm.ptr
                  llvm.store %v3287, %v53 : f32, !llvm.ptr
                }
              }
            }
          }
          gpu.barrier
          %v3386 = arith.index_cast %v20 : i64 to index
          %v3387 = arith.index_cast %v3385 : i64 to index
          %v3388 = arith.index_cast %v96 : i64 to index
          scf.for %v3389 = %v3386 to %v3387 step %v3388 {
            %v3390 = arith.index_cast %v3389 : index to i64
            %v3395 = arith.remui %v3390, %v22 : i64
            %v3396 = arith.divui %v3390, %v22 : i64
            %v3397 = arith.muli %v373, %v29 : i64
            %v3398 = arith.divui %v3395, %v75 : i64
            %v3399 = arith.addi %v3397, %v3398 : i64
            %v3400 = arith.cmpi slt, %v3399, %v93 : i64
            %v3401 = arith.subi %v93, %v2 : i64
            %v3402 = arith.subi %v3401, %v3399 : i64
            %v3403 = arith.remui %v3395, %v75 : i64
            %v3404 = arith.subi %v76, %v3403 : i64
            %v3405 = arith.muli %v3402, %v75 : i64
            %v3406 = arith.addi %v3405, %v3404 : i64
            %v3407 = arith.cmpi slt, %v3406, %v91 : i64
            %v3408 = arith.andi %v3400, %v3407 : i1
            scf.if %v3408 {
              %v3409 = arith.addi %v89, %v3406 : i64
              %v3410 = arith.remui %v3390, %v22 : i64
              %v3411 = arith.divui %v3390, %v22 : i64
              %v3412 = arith.muli %v72, %v1 : i64
              %v3413 = arith.addi %v3412, %v3411 : i64
              %v3414 = arith.muli %v3413, %v895 : i64
              %v3415 = arith.addi %v3414, %v3410 : i64
              %v3416 = llvm.getelementptr %v55[%v3415] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3417 = llvm.load %v3416 : !llvm.ptr -> f32
              %v3418 = arith.muli %v2, %v1 : i64
              %v3419 = arith.addi %v3418, %v3411 : i64
              %v3420 = arith.muli %v3419, %v895 : i64
              %v3421 = arith.addi %v3420, %v3410 : i64
              %v3422 = llvm.getelementptr %v55[%v3421] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3423 = llvm.load %v3422 : !llvm.ptr -> f32
              %v3424 = arith.addf %v3417, %v3423 fastmath<contract> : f32
              %v3425 = arith.muli %v540, %v1 : i64
              %v3426 = arith.addi %v3425, %v3411 : i64
              %v3427 = arith.muli %v3426, %v895 : i64
              %v3428 = arith.addi %v3427, %v3410 : i64
              %v3429 = llvm.getelementptr %v55[%v3428] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3430 = llvm.load %v3429 : !llvm.ptr -> f32
              %v3431 = arith.addf %v3424, %v3430 fastmath<contract> : f32
              %v3432 = arith.muli %v76, %v1 : i64
              %v3433 = arith.addi %v3432, %v3411 : i64
              %v3434 = arith.muli %v3433, %v895 : i64
              %v3435 = arith.addi %v3434, %v3410 : i64
              %v3436 = llvm.getelementptr %v55[%v3435] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3437 = llvm.load %v3436 : !llvm.ptr -> f32
              %v3438 = arith.addf %v3431, %v3437 fastmath<contract> : f32
              %v3439 = arith.muli %v75, %v1 : i64
              %v3440 = arith.addi %v3439, %v3411 : i64
              %v3441 = arith.muli %v3440, %v895 : i64
              %v3442 = arith.addi %v3441, %v3410 : i64
              %v3443 = llvm.getelementptr %v55[%v3442] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3444 = llvm.load %v3443 : !llvm.ptr -> f32
              %v3445 = arith.addf %v3438, %v3444 fastmath<contract> : f32
              %v3447 = arith.muli %v3446, %v1 : i64
              %v3448 = arith.addi %v3447, %v3411 : i64
              %v3449 = arith.muli %v3448, %v895 : i64
              %v3450 = arith.addi %v3449, %v3410 : i64
              %v3451 = llvm.getelementptr %v55[%v3450] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3452 = llvm.load %v3451 : !llvm.ptr -> f32
              %v3453 = arith.addf %v3445, %v3452 fastmath<contract> : f32
              %v3455 = arith.muli %v3454, %v1 : i64
              %v3456 = arith.addi %v3455, %v3411 : i64
              %v3457 = arith.muli %v3456, %v895 : i64
              %v3458 = arith.addi %v3457, %v3410 : i64
              %v3459 = llvm.getelementptr %v55[%v3458] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3460 = llvm.load %v3459 : !llvm.ptr -> f32
              %v3461 = arith.addf %v3453, %v3460 fastmath<contract> : f32
              %v3462 = arith.muli %v366, %v1 : i64
              %v3463 = arith.addi %v3462, %v3411 : i64
              %v3464 = arith.muli %v3463, %v895 : i64
              %v3465 = arith.addi %v3464, %v3410 : i64
              %v3466 = llvm.getelementptr %v55[%v3465] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3467 = llvm.load %v3466 : !llvm.ptr -> f32
              %v3468 = arith.addf %v3461, %v3467 fastmath<contract> : f32
              %v3469 = arith.remui %v3396, %v1 : i64
              %v3470 = arith.divui %v3396, %v1 : i64
              %v3471 = arith.muli %v44, %v110 : i64
              %v3472 = arith.muli %v3409, %v109 : i64
              %v3473 = arith.addi %v3471, %v3472 : i64
              %v3474 = arith.muli %v42, %v108 : i64
              %v3475 = arith.addi %v3473, %v3474 : i64
              %v3476 = arith.muli %v3469, %v2 : i64
              %v3477 = arith.addi %v3475, %v3476 : i64
              %v3478 = arith.muli %v28, %v3394 : i64
              %v3479 = arith.addi %v3478, %v3477 : i64
              %v3480 = llvm.getelementptr %part_q[%v3479] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v3468, %v3480 : f32, !llvm.ptr
            }
          }
          %v3481 = arith.index_cast %v20 : i64 to index
          %v3482 = arith.index_cast %v3385 : i64 to index
          %v3483 = arith.index_cast %v96 : i64 to index
          scf.for %v3484 = %v3481 to %v3482 step %v3483 {
            %v3485 = arith.index_cast %v3484 : index to i64
            %v3490 = arith.remui %v3485, %v22 : i64
            %v3491 = arith.divui %v3485, %v22 : i64
            %v3492 = arith.muli %v373, %v29 : i64
            %v3493 = arith.divui %v3490, %v75 : i64
            %v3494 = arith.addi %v3492, %v3493 : i64
            %v3495 = arith.cmpi slt, %v3494, %v93 : i64
            %v3496 = arith.subi %v93, %v2 : i64
            %v3497 = arith.subi %v3496, %v3494 : i64
            %v3498 = arith.remui %v3490, %v75 : i64
            %v3499 = arith.subi %v76, %v3498 : i64
            %v3500 = arith.muli %v3497, %v75 : i64
            %v3501 = arith.addi %v3500, %v3499 : i64
            %v3502 = arith.cmpi slt, %v3501, %v91 : i64
            %v3503 = arith.andi %v3495, %v3502 : i1
            scf.if %v3503 {
              %v3504 = arith.addi %v89, %v3501 : i64
              %v3505 = arith.remui %v3485, %v22 : i64
              %v3506 = arith.divui %v3485, %v22 : i64
              %v3507 = arith.muli %v72, %v1 : i64
              %v3508 = arith.addi %v3507, %v3506 : i64
              %v3509 = arith.muli %v3508, %v895 : i64
              %v3510 = arith.addi %v3509, %v3505 : i64
              %v3511 = llvm.getelementptr %v57[%v3510] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3512 = llvm.load %v3511 : !llvm.ptr -> f32
              %v3513 = arith.muli %v2, %v1 : i64
              %v3514 = arith.addi %v3513, %v3506 : i64
              %v3515 = arith.muli %v3514, %v895 : i64
              %v3516 = arith.addi %v3515, %v3505 : i64
              %v3517 = llvm.getelementptr %v57[%v3516] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3518 = llvm.load %v3517 : !llvm.ptr -> f32
              %v3519 = arith.addf %v3512, %v3518 fastmath<contract> : f32
              %v3520 = arith.muli %v540, %v1 : i64
              %v3521 = arith.addi %v3520, %v3506 : i64
              %v3522 = arith.muli %v3521, %v895 : i64
              %v3523 = arith.addi %v3522, %v3505 : i64
              %v3524 = llvm.getelementptr %v57[%v3523] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3525 = llvm.load %v3524 : !llvm.ptr -> f32
              %v3526 = arith.addf %v3519, %v3525 fastmath<contract> : f32
              %v3527 = arith.muli %v76, %v1 : i64
              %v3528 = arith.addi %v3527, %v3506 : i64
              %v3529 = arith.muli %v3528, %v895 : i64
              %v3530 = arith.addi %v3529, %v3505 : i64
              %v3531 = llvm.getelementptr %v57[%v3530] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3532 = llvm.load %v3531 : !llvm.ptr -> f32
              %v3533 = arith.addf %v3526, %v3532 fastmath<contract> : f32
              %v3534 = arith.muli %v75, %v1 : i64
              %v3535 = arith.addi %v3534, %v3506 : i64
              %v3536 = arith.muli %v3535, %v895 : i64
              %v3537 = arith.addi %v3536, %v3505 : i64
              %v3538 = llvm.getelementptr %v57[%v3537] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3539 = llvm.load %v3538 : !llvm.ptr -> f32
              %v3540 = arith.addf %v3533, %v3539 fastmath<contract> : f32
              %v3541 = arith.muli %v3446, %v1 : i64
              %v3542 = arith.addi %v3541, %v3506 : i64
              %v3543 = arith.muli %v3542, %v895 : i64
              %v3544 = arith.addi %v3543, %v3505 : i64
              %v3545 = llvm.getelementptr %v57[%v3544] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3546 = llvm.load %v3545 : !llvm.ptr -> f32
              %v3547 = arith.addf %v3540, %v3546 fastmath<contract> : f32
              %v3548 = arith.muli %v3454, %v1 : i64
              %v3549 = arith.addi %v3548, %v3506 : i64
              %v3550 = arith.muli %v3549, %v895 : i64
              %v3551 = arith.addi %v3550, %v3505 : i64
              %v3552 = llvm.getelementptr %v57[%v3551] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3553 = llvm.load %v3552 : !llvm.ptr -> f32
              %v3554 = arith.addf %v3547, %v3553 fastmath<contract> : f32
              %v3555 = arith.muli %v366, %v1 : i64
              %v3556 = arith.addi %v3555, %v3506 : i64
              %v3557 = arith.muli %v3556, %v895 : i64
              %v3558 = arith.addi %v3557, %v3505 : i64
              %v3559 = llvm.getelementptr %v57[%v3558] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3560 = llvm.load %v3559 : !llvm.ptr -> f32
              %v3561 = arith.addf %v3554, %v3560 fastmath<contract> : f32
              %v3562 = arith.remui %v3491, %v1 : i64
              %v3563 = arith.divui %v3491, %v1 : i64
              %v3564 = arith.muli %v44, %v110 : i64
              %v3565 = arith.muli %v3504, %v109 : i64
              %v3566 = arith.addi %v3564, %v3565 : i64
              %v3567 = arith.muli %v42, %v108 : i64
              %v3568 = arith.addi %v3566, %v3567 : i64
              %v3569 = arith.muli %v3562, %v2 : i64
              %v3570 = arith.addi %v3568, %v3569 : i64
              %v3571 = arith.muli %v28, %v3489 : i64
              %v3572 = arith.addi %v3571, %v3570 : i64
              %v3573 = llvm.getelementptr %part_k[%v3572] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v3561, %v3573 : f32, !llvm.ptr
            }
          }
          %v3574 = arith.index_cast %v20 : i64 to index
          %v3575 = arith.index_cast %v22 : i64 to index
          %v3576 = arith.index_cast %v96 : i64 to index
          scf.for %v3577 = %v3574 to %v3575 step %v3576 {
            %v3578 = arith.index_cast %v3577 : index to i64
            %v3582 = arith.remui %v3578, %v22 : i64
            %v3583 = arith.divui %v3578, %v22 : i64
            %v3584 = arith.muli %v373, %v29 : i64
            %v3585 = arith.divui %v3582, %v75 : i64
            %v3586 = arith.addi %v3584, %v3585 : i64
            %v3587 = arith.cmpi slt, %v3586, %v93 : i64
            %v3588 = arith.subi %v93, %v2 : i64
            %v3589 = arith.subi %v3588, %v3586 : i64
            %v3590 = arith.remui %v3582, %v75 : i64
            %v3591 = arith.subi %v76, %v3590 : i64
            %v3592 = arith.muli %v3589, %v75 : i64
            %v3593 = arith.addi %v3592, %v3591 : i64
            %v3594 = arith.cmpi slt, %v3593, %v91 : i64
            %v3595 = arith.andi %v3587, %v3594 : i1
            scf.if %v3595 {
              %v3596 = arith.addi %v89, %v3593 : i64
              %v3597 = arith.remui %v3578, %v22 : i64
              %v3598 = arith.divui %v3578, %v22 : i64
              %v3599 = arith.muli %v72, %v2 : i64
              %v3600 = arith.addi %v3599, %v3598 : i64
              %v3601 = arith.muli %v3600, %v895 : i64
              %v3602 = arith.addi %v3601, %v3597 : i64
              %v3603 = llvm.getelementptr %v59[%v3602] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3604 = llvm.load %v3603 : !llvm.ptr -> f32
              %v3605 = arith.muli %v2, %v2 : i64
              %v3606 = arith.addi %v3605, %v3598 : i64
              %v3607 = arith.muli %v3606, %v895 : i64
              %v3608 = arith.addi %v3607, %v3597 : i64
              %v3609 = llvm.getelementptr %v59[%v3608] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3610 = llvm.load %v3609 : !llvm.ptr -> f32
              %v3611 = arith.addf %v3604, %v3610 fastmath<contract> : f32
              %v3612 = arith.muli %v540, %v2 : i64
              %v3613 = arith.addi %v3612, %v3598 : i64
              %v3614 = arith.muli %v3613, %v895 : i64
              %v3615 = arith.addi %v3614, %v3597 : i64
              %v3616 = llvm.getelementptr %v59[%v3615] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3617 = llvm.load %v3616 : !llvm.ptr -> f32
              %v3618 = arith.addf %v3611, %v3617 fastmath<contract> : f32
              %v3619 = arith.muli %v76, %v2 : i64
              %v3620 = arith.addi %v3619, %v3598 : i64
              %v3621 = arith.muli %v3620, %v895 : i64
              %v3622 = arith.addi %v3621, %v3597 : i64
              %v3623 = llvm.getelementptr %v59[%v3622] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3624 = llvm.load %v3623 : !llvm.ptr -> f32
              %v3625 = arith.addf %v3618, %v3624 fastmath<contract> : f32
              %v3626 = arith.muli %v75, %v2 : i64
              %v3627 = arith.addi %v3626, %v3598 : i64
              %v3628 = arith.muli %v3627, %v895 : i64
              %v3629 = arith.addi %v3628, %v3597 : i64
              %v3630 = llvm.getelementptr %v59[%v3629] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3631 = llvm.load %v3630 : !llvm.ptr -> f32
              %v3632 = arith.addf %v3625, %v3631 fastmath<contract> : f32
              %v3633 = arith.muli %v3446, %v2 : i64
              %v3634 = arith.addi %v3633, %v3598 : i64
              %v3635 = arith.muli %v3634, %v895 : i64
              %v3636 = arith.addi %v3635, %v3597 : i64
              %v3637 = llvm.getelementptr %v59[%v3636] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3638 = llvm.load %v3637 : !llvm.ptr -> f32
              %v3639 = arith.addf %v3632, %v3638 fastmath<contract> : f32
              %v3640 = arith.muli %v3454, %v2 : i64
              %v3641 = arith.addi %v3640, %v3598 : i64
              %v3642 = arith.muli %v3641, %v895 : i64
              %v3643 = arith.addi %v3642, %v3597 : i64
              %v3644 = llvm.getelementptr %v59[%v3643] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3645 = llvm.load %v3644 : !llvm.ptr -> f32
              %v3646 = arith.addf %v3639, %v3645 fastmath<contract> : f32
              %v3647 = arith.muli %v366, %v2 : i64
              %v3648 = arith.addi %v3647, %v3598 : i64
              %v3649 = arith.muli %v3648, %v895 : i64
              %v3650 = arith.addi %v3649, %v3597 : i64
              %v3651 = llvm.getelementptr %v59[%v3650] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3652 = llvm.load %v3651 : !llvm.ptr -> f32
              %v3653 = arith.addf %v3646, %v3652 fastmath<contract> : f32
              %v3654 = arith.muli %v44, %v157 : i64
              %v3655 = arith.muli %v3596, %v156 : i64
              %v3656 = arith.addi %v3654, %v3655 : i64
              %v3657 = arith.muli %v42, %v2 : i64
              %v3658 = arith.addi %v3656, %v3657 : i64
              %v3659 = arith.muli %v28, %v3581 : i64
              %v3660 = arith.addi %v3659, %v3658 : i64
              %v3661 = llvm.getelementptr %part_ig[%v3660] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v3653, %v3661 : f32, !llvm.ptr
            }
          }
          %v3662 = arith.index_cast %v20 : i64 to index
          %v3663 = arith.index_cast %v22 : i64 to index
          %v3664 = arith.index_cast %v96 : i64 to index
          scf.for %v3665 = %v3662 to %v3663 step %v3664 {
            %v3666 = arith.index_cast %v3665 : index to i64
            %v3670 = arith.remui %v3666, %v22 : i64
            %v3671 = arith.divui %v3666, %v22 : i64
            %v3672 = arith.muli %v373, %v29 : i64
            %v3673 = arith.divui %v3670, %v75 : i64
            %v3674 = arith.addi %v3672, %v3673 : i64
            %v3675 = arith.cmpi slt, %v3674, %v93 : i64
            %v3676 = arith.subi %v93, %v2 : i64
            %v3677 = arith.subi %v3676, %v3674 : i64
            %v3678 = arith.remui %v3670, %v75 : i64
            %v3679 = arith.subi %v76, %v3678 : i64
            %v3680 = arith.muli %v3677, %v75 : i64
            %v3681 = arith.addi %v3680, %v3679 : i64
            %v3682 = arith.cmpi slt, %v3681, %v91 : i64
            %v3683 = arith.andi %v3675, %v3682 : i1
            scf.if %v3683 {
              %v3684 = arith.addi %v89, %v3681 : i64
              %v3685 = arith.remui %v3666, %v22 : i64
              %v3686 = arith.divui %v3666, %v22 : i64
              %v3687 = arith.muli %v72, %v2 : i64
              %v3688 = arith.addi %v3687, %v3686 : i64
              %v3689 = arith.muli %v3688, %v895 : i64
              %v3690 = arith.addi %v3689, %v3685 : i64
              %v3691 = llvm.getelementptr %v61[%v3690] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3692 = llvm.load %v3691 : !llvm.ptr -> f32
              %v3693 = arith.muli %v2, %v2 : i64
              %v3694 = arith.addi %v3693, %v3686 : i64
              %v3695 = arith.muli %v3694, %v895 : i64
              %v3696 = arith.addi %v3695, %v3685 : i64
              %v3697 = llvm.getelementptr %v61[%v3696] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3698 = llvm.load %v3697 : !llvm.ptr -> f32
              %v3699 = arith.addf %v3692, %v3698 fastmath<contract> : f32
              %v3700 = arith.muli %v540, %v2 : i64
              %v3701 = arith.addi %v3700, %v3686 : i64
              %v3702 = arith.muli %v3701, %v895 : i64
              %v3703 = arith.addi %v3702, %v3685 : i64
              %v3704 = llvm.getelementptr %v61[%v3703] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3705 = llvm.load %v3704 : !llvm.ptr -> f32
              %v3706 = arith.addf %v3699, %v3705 fastmath<contract> : f32
              %v3707 = arith.muli %v76, %v2 : i64
              %v3708 = arith.addi %v3707, %v3686 : i64
              %v3709 = arith.muli %v3708, %v895 : i64
              %v3710 = arith.addi %v3709, %v3685 : i64
              %v3711 = llvm.getelementptr %v61[%v3710] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3712 = llvm.load %v3711 : !llvm.ptr -> f32
              %v3713 = arith.addf %v3706, %v3712 fastmath<contract> : f32
              %v3714 = arith.muli %v75, %v2 : i64
              %v3715 = arith.addi %v3714, %v3686 : i64
              %v3716 = arith.muli %v3715, %v895 : i64
              %v3717 = arith.addi %v3716, %v3685 : i64
              %v3718 = llvm.getelementptr %v61[%v3717] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3719 = llvm.load %v3718 : !llvm.ptr -> f32
              %v3720 = arith.addf %v3713, %v3719 fastmath<contract> : f32
              %v3721 = arith.muli %v3446, %v2 : i64
              %v3722 = arith.addi %v3721, %v3686 : i64
              %v3723 = arith.muli %v3722, %v895 : i64
              %v3724 = arith.addi %v3723, %v3685 : i64
              %v3725 = llvm.getelementptr %v61[%v3724] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3726 = llvm.load %v3725 : !llvm.ptr -> f32
              %v3727 = arith.addf %v3720, %v3726 fastmath<contract> : f32
              %v3728 = arith.muli %v3454, %v2 : i64
              %v3729 = arith.addi %v3728, %v3686 : i64
              %v3730 = arith.muli %v3729, %v895 : i64
              %v3731 = arith.addi %v3730, %v3685 : i64
              %v3732 = llvm.getelementptr %v61[%v3731] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3733 = llvm.load %v3732 : !llvm.ptr -> f32
              %v3734 = arith.addf %v3727, %v3733 fastmath<contract> : f32
              %v3735 = arith.muli %v366, %v2 : i64
              %v3736 = arith.addi %v3735, %v3686 : i64
              %v3737 = arith.muli %v3736, %v895 : i64
              %v3738 = arith.addi %v3737, %v3685 : i64
              %v3739 = llvm.getelementptr %v61[%v3738] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3740 = llvm.load %v3739 : !llvm.ptr -> f32
              %v3741 = arith.addf %v3734, %v3740 fastmath<contract> : f32
              %v3742 = arith.muli %v44, %v157 : i64
              %v3743 = arith.muli %v3684, %v156 : i64
              %v3744 = arith.addi %v3742, %v3743 : i64
              %v3745 = arith.muli %v42, %v2 : i64
              %v3746 = arith.addi %v3744, %v3745 : i64
              %v3747 = arith.muli %v28, %v3669 : i64
              %v3748 = arith.addi %v3747, %v3746 : i64
              %v3749 = llvm.getelementptr %part_fg[%v3748] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v3741, %v3749 : f32, !llvm.ptr
            }
          }
          gpu.barrier
        }
      }
      %v3750 = arith.constant true
      scf.if %v3750 {
      }
      gpu.return
    }
  }
}
