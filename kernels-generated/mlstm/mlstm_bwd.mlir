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
      %v538 = arith.constant 2 : i64
      %v658 = arith.constant 2147483647 : i64
      %v662 = arith.constant 3 : i32
      %v691 = arith.constant 1 : i32
      %v692 = arith.constant 32 : i32
      %v696 = arith.constant 2 : i32
      %v700 = arith.constant 4 : i32
      %v737 = arith.constant 0xBF800000 : f32
      %v879 = arith.constant 8 : i32
      %v883 = arith.constant 16 : i32
      %v893 = arith.constant 33 : i64
      %v1586 = arith.constant 0 : i32
      %v1891 = arith.muli %v2, %size_B : i64
      %v1892 = arith.muli %v1891, %size_L : i64
      %v1893 = arith.muli %v1892, %size_H : i64
      %v1894 = arith.muli %v1893, %v1 : i64
      %v1895 = arith.constant 512 : i64
      %v1950 = arith.constant 5 : i64
      %v1958 = arith.constant 6 : i64
      %v1985 = arith.muli %v2, %size_B : i64
      %v1986 = arith.muli %v1985, %size_L : i64
      %v1987 = arith.muli %v1986, %size_H : i64
      %v1988 = arith.muli %v1987, %v1 : i64
      %v2076 = arith.muli %v2, %size_B : i64
      %v2077 = arith.muli %v2076, %size_L : i64
      %v2078 = arith.muli %v2077, %size_H : i64
      %v2162 = arith.muli %v2, %size_B : i64
      %v2163 = arith.muli %v2162, %size_L : i64
      %v2164 = arith.muli %v2163, %size_H : i64
      %v18 = gpu.block_id x
      %v19 = gpu.thread_id x
      %v20 = arith.index_cast %v19 : index to i64
      %v21 = arith.index_cast %v18 : index to i64
      %v23 = arith.subi %v22, %v2 : i64
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
      %v449 = arith.sitofp %v1 : i64 to f32
      %v506 = arith.sitofp %v1 : i64 to f32
      %v564 = arith.sitofp %v1 : i64 to f32
      %v621 = arith.sitofp %v1 : i64 to f32
      %v780 = arith.sitofp %v1 : i64 to f32
      %v1088 = arith.sitofp %v1 : i64 to f32
      %v1393 = arith.sitofp %v1 : i64 to f32
      %v1699 = arith.sitofp %v1 : i64 to f32
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
              %v387 = arith.subi %v91, %v2 : i64
              %v388 = arith.muli %v383, %v5 : i64
              %v389 = arith.subi %v5, %v2 : i64
              %v390 = arith.minsi %v36, %v389 : i64
              %v391 = arith.addi %v388, %v390 : i64
              %v392 = arith.muli %v391, %v1 : i64
              %v393 = arith.addi %v392, %v72 : i64
              %v394 = arith.addi %v393, %v30 : i64
              %v395 = llvm.getelementptr %scratch_C[%v394] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v396 = llvm.load %v395 : !llvm.ptr -> f32
              %v397 = arith.muli %v383, %v5 : i64
              %v398 = arith.subi %v5, %v2 : i64
              %v399 = arith.minsi %v36, %v398 : i64
              %v400 = arith.addi %v397, %v399 : i64
              %v401 = arith.muli %v400, %v1 : i64
              %v402 = arith.addi %v401, %v29 : i64
              %v403 = arith.addi %v402, %v30 : i64
              %v404 = llvm.getelementptr %scratch_C[%v403] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v405 = llvm.load %v404 : !llvm.ptr -> f32
              %v406 = arith.muli %v383, %v5 : i64
              %v407 = arith.subi %v5, %v2 : i64
              %v408 = arith.minsi %v36, %v407 : i64
              %v409 = arith.addi %v406, %v408 : i64
              %v410 = arith.muli %v409, %v1 : i64
              %v411 = arith.addi %v410, %v72 : i64
              %v412 = arith.addi %v411, %v30 : i64
              %v413 = llvm.getelementptr %scratch_n[%v412] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v414 = llvm.load %v413 : !llvm.ptr -> f32
              %v415 = arith.muli %v383, %v5 : i64
              %v416 = arith.subi %v5, %v2 : i64
              %v417 = arith.minsi %v36, %v416 : i64
              %v418 = arith.addi %v415, %v417 : i64
              %v419 = arith.muli %v418, %v1 : i64
              %v420 = arith.addi %v419, %v29 : i64
              %v421 = arith.addi %v420, %v30 : i64
              %v422 = llvm.getelementptr %scratch_n[%v421] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v423 = llvm.load %v422 : !llvm.ptr -> f32
              // the group's states, recomputed into registers
              %v424 = arith.addi %v384, %v72 : i64
              %v425 = arith.minsi %v424, %v387 : i64
              %v426 = arith.addi %v89, %v425 : i64
              %v427 = arith.muli %v72, %v120 : i64
              %v428 = arith.subi %v426, %v89 : i64
              %v429 = arith.addi %v427, %v428 : i64
              %v430 = llvm.getelementptr %v69[%v429] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v431 = llvm.load %v430 : !llvm.ptr -> f32
              %v432 = arith.negf %v431 : f32
              %v433 = arith.mulf %v432, %v310 fastmath<contract> : f32
              %v434 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v433) : (f32) -> f32
              %v435 = arith.addf %v71, %v434 fastmath<contract> : f32
              %v436 = arith.divf %v71, %v435 : f32
              %v437 = arith.muli %v72, %v120 : i64
              %v438 = arith.subi %v426, %v89 : i64
              %v439 = arith.addi %v437, %v438 : i64
              %v440 = llvm.getelementptr %v67[%v439] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v441 = llvm.load %v440 : !llvm.ptr -> f32
              %v442 = arith.mulf %v441, %v310 fastmath<contract> : f32
              %v443 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v442) : (f32) -> f32
              %v444 = arith.muli %v30, %v120 : i64
              %v445 = arith.subi %v426, %v89 : i64
              %v446 = arith.addi %v444, %v445 : i64
              %v447 = llvm.getelementptr %v65[%v446] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v448 = llvm.load %v447 : !llvm.ptr -> f32
              %v450 = llvm.call_intrinsic "llvm.sqrt.f32"(%v449) : (f32) -> f32
              %v451 = arith.divf %v448, %v450 : f32
              %v452 = arith.mulf %v443, %v451 fastmath<contract> : f32
              %v453 = arith.muli %v44, %v333 : i64
              %v454 = arith.muli %v426, %v332 : i64
              %v455 = arith.addi %v453, %v454 : i64
              %v456 = arith.muli %v42, %v331 : i64
              %v457 = arith.addi %v455, %v456 : i64
              %v458 = arith.muli %v40, %v2 : i64
              %v459 = arith.addi %v457, %v458 : i64
              %v460 = llvm.getelementptr %in_v[%v459] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v461 = llvm.load %v460 : !llvm.ptr -> f32
              %v462 = arith.mulf %v452, %v461 fastmath<contract> : f32
              %v463 = arith.mulf %v436, %v396 fastmath<contract> : f32
              %v464 = arith.addf %v463, %v462 fastmath<contract> : f32
              %v465 = arith.constant 8 : i64
              %v466 = arith.addi %v465, %v30 : i64
              %v467 = arith.muli %v466, %v120 : i64
              %v468 = arith.subi %v426, %v89 : i64
              %v469 = arith.addi %v467, %v468 : i64
              %v470 = llvm.getelementptr %v65[%v469] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v471 = llvm.load %v470 : !llvm.ptr -> f32
              %v472 = arith.divf %v471, %v450 : f32
              %v473 = arith.mulf %v443, %v472 fastmath<contract> : f32
              %v474 = arith.mulf %v473, %v461 fastmath<contract> : f32
              %v475 = arith.mulf %v436, %v405 fastmath<contract> : f32
              %v476 = arith.addf %v475, %v474 fastmath<contract> : f32
              %v477 = arith.mulf %v436, %v414 fastmath<contract> : f32
              %v478 = arith.addf %v477, %v452 fastmath<contract> : f32
              %v479 = arith.mulf %v436, %v423 fastmath<contract> : f32
              %v480 = arith.addf %v479, %v473 fastmath<contract> : f32
              %v481 = arith.addi %v384, %v2 : i64
              %v482 = arith.minsi %v481, %v387 : i64
              %v483 = arith.addi %v89, %v482 : i64
              %v484 = arith.muli %v72, %v120 : i64
              %v485 = arith.subi %v483, %v89 : i64
              %v486 = arith.addi %v484, %v485 : i64
              %v487 = llvm.getelementptr %v69[%v486] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v488 = llvm.load %v487 : !llvm.ptr -> f32
              %v489 = arith.negf %v488 : f32
              %v490 = arith.mulf %v489, %v310 fastmath<contract> : f32
              %v491 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v490) : (f32) -> f32
              %v492 = arith.addf %v71, %v491 fastmath<contract> : f32
              %v493 = arith.divf %v71, %v492 : f32
              %v494 = arith.muli %v72, %v120 : i64
              %v495 = arith.subi %v483, %v89 : i64
              %v496 = arith.addi %v494, %v495 : i64
              %v497 = llvm.getelementptr %v67[%v496] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v498 = llvm.load %v497 : !llvm.ptr -> f32
              %v499 = arith.mulf %v498, %v310 fastmath<contract> : f32
              %v500 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v499) : (f32) -> f32
              %v501 = arith.muli %v30, %v120 : i64
              %v502 = arith.subi %v483, %v89 : i64
              %v503 = arith.addi %v501, %v502 : i64
              %v504 = llvm.getelementptr %v65[%v503] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v505 = llvm.load %v504 : !llvm.ptr -> f32
              %v507 = llvm.call_intrinsic "llvm.sqrt.f32"(%v506) : (f32) -> f32
              %v508 = arith.divf %v505, %v507 : f32
              %v509 = arith.mulf %v500, %v508 fastmath<contract> : f32
              %v510 = arith.muli %v44, %v333 : i64
              %v511 = arith.muli %v483, %v332 : i64
              %v512 = arith.addi %v510, %v511 : i64
              %v513 = arith.muli %v42, %v331 : i64
              %v514 = arith.addi %v512, %v513 : i64
              %v515 = arith.muli %v40, %v2 : i64
              %v516 = arith.addi %v514, %v515 : i64
              %v517 = llvm.getelementptr %in_v[%v516] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v518 = llvm.load %v517 : !llvm.ptr -> f32
              %v519 = arith.mulf %v509, %v518 fastmath<contract> : f32
              %v520 = arith.mulf %v493, %v464 fastmath<contract> : f32
              %v521 = arith.addf %v520, %v519 fastmath<contract> : f32
              %v522 = arith.constant 8 : i64
              %v523 = arith.addi %v522, %v30 : i64
              %v524 = arith.muli %v523, %v120 : i64
              %v525 = arith.subi %v483, %v89 : i64
              %v526 = arith.addi %v524, %v525 : i64
              %v527 = llvm.getelementptr %v65[%v526] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v528 = llvm.load %v527 : !llvm.ptr -> f32
              %v529 = arith.divf %v528, %v507 : f32
              %v530 = arith.mulf %v500, %v529 fastmath<contract> : f32
              %v531 = arith.mulf %v530, %v518 fastmath<contract> : f32
              %v532 = arith.mulf %v493, %v476 fastmath<contract> : f32
              %v533 = arith.addf %v532, %v531 fastmath<contract> : f32
              %v534 = arith.mulf %v493, %v478 fastmath<contract> : f32
              %v535 = arith.addf %v534, %v509 fastmath<contract> : f32
              %v536 = arith.mulf %v493, %v480 fastmath<contract> : f32
              %v537 = arith.addf %v536, %v530 fastmath<contract> : f32
              %v539 = arith.addi %v384, %v538 : i64
              %v540 = arith.minsi %v539, %v387 : i64
              %v541 = arith.addi %v89, %v540 : i64
              %v542 = arith.muli %v72, %v120 : i64
              %v543 = arith.subi %v541, %v89 : i64
              %v544 = arith.addi %v542, %v543 : i64
              %v545 = llvm.getelementptr %v69[%v544] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v546 = llvm.load %v545 : !llvm.ptr -> f32
              %v547 = arith.negf %v546 : f32
              %v548 = arith.mulf %v547, %v310 fastmath<contract> : f32
              %v549 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v548) : (f32) -> f32
              %v550 = arith.addf %v71, %v549 fastmath<contract> : f32
              %v551 = arith.divf %v71, %v550 : f32
              %v552 = arith.muli %v72, %v120 : i64
              %v553 = arith.subi %v541, %v89 : i64
              %v554 = arith.addi %v552, %v553 : i64
              %v555 = llvm.getelementptr %v67[%v554] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v556 = llvm.load %v555 : !llvm.ptr -> f32
              %v557 = arith.mulf %v556, %v310 fastmath<contract> : f32
              %v558 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v557) : (f32) -> f32
              %v559 = arith.muli %v30, %v120 : i64
              %v560 = arith.subi %v541, %v89 : i64
              %v561 = arith.addi %v559, %v560 : i64
              %v562 = llvm.getelementptr %v65[%v561] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v563 = llvm.load %v562 : !llvm.ptr -> f32
              %v565 = llvm.call_intrinsic "llvm.sqrt.f32"(%v564) : (f32) -> f32
              %v566 = arith.divf %v563, %v565 : f32
              %v567 = arith.mulf %v558, %v566 fastmath<contract> : f32
              %v568 = arith.muli %v44, %v333 : i64
              %v569 = arith.muli %v541, %v332 : i64
              %v570 = arith.addi %v568, %v569 : i64
              %v571 = arith.muli %v42, %v331 : i64
              %v572 = arith.addi %v570, %v571 : i64
              %v573 = arith.muli %v40, %v2 : i64
              %v574 = arith.addi %v572, %v573 : i64
              %v575 = llvm.getelementptr %in_v[%v574] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v576 = llvm.load %v575 : !llvm.ptr -> f32
              %v577 = arith.mulf %v567, %v576 fastmath<contract> : f32
              %v578 = arith.mulf %v551, %v521 fastmath<contract> : f32
              %v579 = arith.addf %v578, %v577 fastmath<contract> : f32
              %v580 = arith.constant 8 : i64
              %v581 = arith.addi %v580, %v30 : i64
              %v582 = arith.muli %v581, %v120 : i64
              %v583 = arith.subi %v541, %v89 : i64
              %v584 = arith.addi %v582, %v583 : i64
              %v585 = llvm.getelementptr %v65[%v584] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v586 = llvm.load %v585 : !llvm.ptr -> f32
              %v587 = arith.divf %v586, %v565 : f32
              %v588 = arith.mulf %v558, %v587 fastmath<contract> : f32
              %v589 = arith.mulf %v588, %v576 fastmath<contract> : f32
              %v590 = arith.mulf %v551, %v533 fastmath<contract> : f32
              %v591 = arith.addf %v590, %v589 fastmath<contract> : f32
              %v592 = arith.mulf %v551, %v535 fastmath<contract> : f32
              %v593 = arith.addf %v592, %v567 fastmath<contract> : f32
              %v594 = arith.mulf %v551, %v537 fastmath<contract> : f32
              %v595 = arith.addf %v594, %v588 fastmath<contract> : f32
              %v596 = arith.addi %v384, %v76 : i64
              %v597 = arith.minsi %v596, %v387 : i64
              %v598 = arith.addi %v89, %v597 : i64
              %v599 = arith.muli %v72, %v120 : i64
              %v600 = arith.subi %v598, %v89 : i64
              %v601 = arith.addi %v599, %v600 : i64
              %v602 = llvm.getelementptr %v69[%v601] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v603 = llvm.load %v602 : !llvm.ptr -> f32
              %v604 = arith.negf %v603 : f32
              %v605 = arith.mulf %v604, %v310 fastmath<contract> : f32
              %v606 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v605) : (f32) -> f32
              %v607 = arith.addf %v71, %v606 fastmath<contract> : f32
              %v608 = arith.divf %v71, %v607 : f32
              %v609 = arith.muli %v72, %v120 : i64
              %v610 = arith.subi %v598, %v89 : i64
              %v611 = arith.addi %v609, %v610 : i64
              %v612 = llvm.getelementptr %v67[%v611] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v613 = llvm.load %v612 : !llvm.ptr -> f32
              %v614 = arith.mulf %v613, %v310 fastmath<contract> : f32
              %v615 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v614) : (f32) -> f32
              %v616 = arith.muli %v30, %v120 : i64
              %v617 = arith.subi %v598, %v89 : i64
              %v618 = arith.addi %v616, %v617 : i64
              %v619 = llvm.getelementptr %v65[%v618] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v620 = llvm.load %v619 : !llvm.ptr -> f32
              %v622 = llvm.call_intrinsic "llvm.sqrt.f32"(%v621) : (f32) -> f32
              %v623 = arith.divf %v620, %v622 : f32
              %v624 = arith.mulf %v615, %v623 fastmath<contract> : f32
              %v625 = arith.muli %v44, %v333 : i64
              %v626 = arith.muli %v598, %v332 : i64
              %v627 = arith.addi %v625, %v626 : i64
              %v628 = arith.muli %v42, %v331 : i64
              %v629 = arith.addi %v627, %v628 : i64
              %v630 = arith.muli %v40, %v2 : i64
              %v631 = arith.addi %v629, %v630 : i64
              %v632 = llvm.getelementptr %in_v[%v631] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v633 = llvm.load %v632 : !llvm.ptr -> f32
              %v634 = arith.mulf %v624, %v633 fastmath<contract> : f32
              %v635 = arith.mulf %v608, %v579 fastmath<contract> : f32
              %v636 = arith.addf %v635, %v634 fastmath<contract> : f32
              %v637 = arith.constant 8 : i64
              %v638 = arith.addi %v637, %v30 : i64
              %v639 = arith.muli %v638, %v120 : i64
              %v640 = arith.subi %v598, %v89 : i64
              %v641 = arith.addi %v639, %v640 : i64
              %v642 = llvm.getelementptr %v65[%v641] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v643 = llvm.load %v642 : !llvm.ptr -> f32
              %v644 = arith.divf %v643, %v622 : f32
              %v645 = arith.mulf %v615, %v644 fastmath<contract> : f32
              %v646 = arith.mulf %v645, %v633 fastmath<contract> : f32
              %v647 = arith.mulf %v608, %v591 fastmath<contract> : f32
              %v648 = arith.addf %v647, %v646 fastmath<contract> : f32
              %v649 = arith.mulf %v608, %v593 fastmath<contract> : f32
              %v650 = arith.addf %v649, %v624 fastmath<contract> : f32
              %v651 = arith.mulf %v608, %v595 fastmath<contract> : f32
              %v652 = arith.addf %v651, %v645 fastmath<contract> : f32
              %v653 = arith.subi %v91, %v384 : i64
              %v654 = arith.trunci %v653 : i64 to i32
              %v655 = arith.subi %size_L, %v2 : i64
              %v656 = arith.addi %v89, %v384 : i64
              %v657 = arith.subi %v655, %v656 : i64
              %v659 = arith.minsi %v657, %v658 : i64
              %v660 = arith.trunci %v659 : i64 to i32
              %v661 = arith.addi %v384, %v76 : i64
              %v663 = arith.cmpi slt, %v662, %v654 : i32
              %v664 = arith.cmpi eq, %v662, %v660 : i32
              %v665 = arith.addi %v386, %v72 : i64
              scf.if %v663 {
                %v666 = arith.addi %v89, %v661 : i64
                %v667 = arith.muli %v30, %v120 : i64
                %v668 = arith.subi %v666, %v89 : i64
                %v669 = arith.addi %v667, %v668 : i64
                %v670 = llvm.getelementptr %v63[%v669] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v671 = llvm.load %v670 : !llvm.ptr -> f32
                %v672 = arith.muli %v44, %v333 : i64
                %v673 = arith.muli %v666, %v332 : i64
                %v674 = arith.addi %v672, %v673 : i64
                %v675 = arith.muli %v42, %v331 : i64
                %v676 = arith.addi %v674, %v675 : i64
                %v677 = arith.muli %v40, %v2 : i64
                %v678 = arith.addi %v676, %v677 : i64
                %v679 = llvm.getelementptr %dy_o[%v678] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v680 = llvm.load %v679 : !llvm.ptr -> f32
                %v681 = arith.mulf %v671, %v650 fastmath<contract> : f32
                %v682 = arith.constant 8 : i64
                %v683 = arith.addi %v682, %v30 : i64
                %v684 = arith.muli %v683, %v120 : i64
                %v685 = arith.subi %v666, %v89 : i64
                %v686 = arith.addi %v684, %v685 : i64
                %v687 = llvm.getelementptr %v63[%v686] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v688 = llvm.load %v687 : !llvm.ptr -> f32
                %v689 = arith.mulf %v688, %v652 fastmath<contract> : f32
                %v690 = arith.addf %v681, %v689 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v693, %v694 = gpu.shuffle xor %v690, %v691, %v692 : f32
                %v695 = arith.addf %v690, %v693 fastmath<contract> : f32
                %v697, %v698 = gpu.shuffle xor %v695, %v696, %v692 : f32
                %v699 = arith.addf %v695, %v697 fastmath<contract> : f32
                %v701, %v702 = gpu.shuffle xor %v699, %v700, %v692 : f32
                %v703 = arith.addf %v699, %v701 fastmath<contract> : f32
                // end sum over the lanes
                %v704 = llvm.call_intrinsic "llvm.fabs.f32"(%v703) : (f32) -> f32
                %v705 = arith.maximumf %v71, %v704 : f32
                %v706 = arith.divf %v680, %v705 : f32
                %v707 = arith.mulf %v671, %v706 fastmath<contract> : f32
                %v708 = llvm.load %v46 : !llvm.ptr -> f32
                %v709 = llvm.load %v50 : !llvm.ptr -> f32
                %v710 = arith.mulf %v709, %v708 fastmath<contract> : f32
                %v711 = arith.addf %v707, %v710 fastmath<contract> : f32
                llvm.store %v711, %v46 : f32, !llvm.ptr
                %v712 = arith.mulf %v688, %v706 fastmath<contract> : f32
                %v713 = llvm.load %v47 : !llvm.ptr -> f32
                %v714 = llvm.load %v51 : !llvm.ptr -> f32
                %v715 = arith.mulf %v714, %v713 fastmath<contract> : f32
                %v716 = arith.addf %v712, %v715 fastmath<contract> : f32
                llvm.store %v716, %v47 : f32, !llvm.ptr
                %v717 = arith.mulf %v671, %v636 fastmath<contract> : f32
                %v718 = arith.mulf %v688, %v648 fastmath<contract> : f32
                %v719 = arith.addf %v717, %v718 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v720, %v721 = gpu.shuffle xor %v719, %v691, %v692 : f32
                %v722 = arith.addf %v719, %v720 fastmath<contract> : f32
                %v723, %v724 = gpu.shuffle xor %v722, %v696, %v692 : f32
                %v725 = arith.addf %v722, %v723 fastmath<contract> : f32
                %v726, %v727 = gpu.shuffle xor %v725, %v700, %v692 : f32
                %v728 = arith.addf %v725, %v726 fastmath<contract> : f32
                // end sum over the lanes
                %v729 = arith.divf %v728, %v705 : f32
                %v730 = arith.divf %v729, %v705 : f32
                %v731 = arith.mulf %v680, %v730 fastmath<contract> : f32
                %v732 = arith.negf %v731 : f32
                %v733 = arith.cmpf oge, %v71, %v704 : f32
                %v734 = arith.select %v733, %v71, %v70 : f32
                %v735 = arith.subf %v71, %v734 fastmath<contract> : f32
                %v736 = arith.mulf %v732, %v735 fastmath<contract> : f32
                %v738 = arith.cmpf olt, %v703, %v70 : f32
                %v739 = arith.select %v738, %v737, %v70 : f32
                %v740 = arith.cmpf ogt, %v703, %v70 : f32
                %v741 = arith.select %v740, %v71, %v739 : f32
                %v742 = arith.mulf %v736, %v741 fastmath<contract> : f32
                %v743 = arith.mulf %v671, %v742 fastmath<contract> : f32
                %v744 = llvm.load %v48 : !llvm.ptr -> f32
                %v745 = llvm.load %v52 : !llvm.ptr -> f32
                %v746 = arith.mulf %v745, %v744 fastmath<contract> : f32
                %v747 = arith.addf %v743, %v746 fastmath<contract> : f32
                llvm.store %v747, %v48 : f32, !llvm.ptr
                %v748 = arith.mulf %v688, %v742 fastmath<contract> : f32
                %v749 = llvm.load %v49 : !llvm.ptr -> f32
                %v750 = llvm.load %v53 : !llvm.ptr -> f32
                %v751 = arith.mulf %v750, %v749 fastmath<contract> : f32
                %v752 = arith.addf %v748, %v751 fastmath<contract> : f32
                llvm.store %v752, %v49 : f32, !llvm.ptr
                %v753 = arith.mulf %v650, %v742 fastmath<contract> : f32
                %v754 = arith.mulf %v636, %v706 fastmath<contract> : f32
                %v755 = arith.addf %v753, %v754 fastmath<contract> : f32
                %v756 = arith.mulf %v652, %v742 fastmath<contract> : f32
                %v757 = arith.mulf %v648, %v706 fastmath<contract> : f32
                %v758 = arith.addf %v756, %v757 fastmath<contract> : f32
                %v759 = arith.muli %v72, %v120 : i64
                %v760 = arith.subi %v666, %v89 : i64
                %v761 = arith.addi %v759, %v760 : i64
                %v762 = llvm.getelementptr %v67[%v761] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v763 = llvm.load %v762 : !llvm.ptr -> f32
                %v764 = arith.mulf %v763, %v310 fastmath<contract> : f32
                %v765 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v764) : (f32) -> f32
                %v766 = llvm.load %v48 : !llvm.ptr -> f32
                %v767 = arith.muli %v44, %v333 : i64
                %v768 = arith.muli %v666, %v332 : i64
                %v769 = arith.addi %v767, %v768 : i64
                %v770 = arith.muli %v42, %v331 : i64
                %v771 = arith.addi %v769, %v770 : i64
                %v772 = arith.muli %v40, %v2 : i64
                %v773 = arith.addi %v771, %v772 : i64
                %v774 = llvm.getelementptr %in_v[%v773] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v775 = llvm.load %v774 : !llvm.ptr -> f32
                %v776 = llvm.load %v46 : !llvm.ptr -> f32
                %v777 = arith.mulf %v775, %v776 fastmath<contract> : f32
                %v778 = arith.addf %v766, %v777 fastmath<contract> : f32
                %v779 = arith.mulf %v765, %v778 fastmath<contract> : f32
                %v781 = llvm.call_intrinsic "llvm.sqrt.f32"(%v780) : (f32) -> f32
                %v782 = arith.divf %v779, %v781 : f32
                %v783 = llvm.load %v49 : !llvm.ptr -> f32
                %v784 = llvm.load %v47 : !llvm.ptr -> f32
                %v785 = arith.mulf %v775, %v784 fastmath<contract> : f32
                %v786 = arith.addf %v783, %v785 fastmath<contract> : f32
                %v787 = arith.mulf %v765, %v786 fastmath<contract> : f32
                %v788 = arith.divf %v787, %v781 : f32
                %v789 = arith.muli %v30, %v120 : i64
                %v790 = arith.subi %v666, %v89 : i64
                %v791 = arith.addi %v789, %v790 : i64
                %v792 = llvm.getelementptr %v65[%v791] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v793 = llvm.load %v792 : !llvm.ptr -> f32
                %v794 = arith.divf %v793, %v781 : f32
                %v795 = arith.mulf %v765, %v794 fastmath<contract> : f32
                %v796 = arith.mulf %v795, %v776 fastmath<contract> : f32
                %v797 = arith.constant 8 : i64
                %v798 = arith.addi %v797, %v30 : i64
                %v799 = arith.muli %v798, %v120 : i64
                %v800 = arith.subi %v666, %v89 : i64
                %v801 = arith.addi %v799, %v800 : i64
                %v802 = llvm.getelementptr %v65[%v801] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v803 = llvm.load %v802 : !llvm.ptr -> f32
                %v804 = arith.divf %v803, %v781 : f32
                %v805 = arith.mulf %v765, %v804 fastmath<contract> : f32
                %v806 = arith.mulf %v805, %v784 fastmath<contract> : f32
                %v807 = arith.addf %v796, %v806 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v808, %v809 = gpu.shuffle xor %v807, %v691, %v692 : f32
                %v810 = arith.addf %v807, %v808 fastmath<contract> : f32
                %v811, %v812 = gpu.shuffle xor %v810, %v696, %v692 : f32
                %v813 = arith.addf %v810, %v811 fastmath<contract> : f32
                %v814, %v815 = gpu.shuffle xor %v813, %v700, %v692 : f32
                %v816 = arith.addf %v813, %v814 fastmath<contract> : f32
                // end sum over the lanes
                %v817 = arith.cmpi eq, %v30, %v72 : i64
                %v818 = arith.andi %v34, %v817 : i1
                scf.if %v818 {
                  %v819 = arith.muli %v44, %v333 : i64
                  %v820 = arith.muli %v666, %v332 : i64
                  %v821 = arith.addi %v819, %v820 : i64
                  %v822 = arith.muli %v42, %v331 : i64
                  %v823 = arith.addi %v821, %v822 : i64
                  %v824 = arith.muli %v40, %v2 : i64
                  %v825 = arith.addi %v823, %v824 : i64
                  %v826 = llvm.getelementptr %dx_v[%v825] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v816, %v826 : f32, !llvm.ptr
                }
                %v827 = arith.mulf %v794, %v778 fastmath<contract> : f32
                %v828 = arith.mulf %v804, %v786 fastmath<contract> : f32
                %v829 = arith.addf %v827, %v828 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v830, %v831 = gpu.shuffle xor %v829, %v691, %v692 : f32
                %v832 = arith.addf %v829, %v830 fastmath<contract> : f32
                %v833, %v834 = gpu.shuffle xor %v832, %v696, %v692 : f32
                %v835 = arith.addf %v832, %v833 fastmath<contract> : f32
                %v836, %v837 = gpu.shuffle xor %v835, %v700, %v692 : f32
                %v838 = arith.addf %v835, %v836 fastmath<contract> : f32
                // end sum over the lanes
                %v839 = arith.mulf %v765, %v838 fastmath<contract> : f32
                %v840 = arith.mulf %v579, %v776 fastmath<contract> : f32
                %v841 = arith.mulf %v591, %v784 fastmath<contract> : f32
                %v842 = arith.addf %v840, %v841 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v843, %v844 = gpu.shuffle xor %v842, %v691, %v692 : f32
                %v845 = arith.addf %v842, %v843 fastmath<contract> : f32
                %v846, %v847 = gpu.shuffle xor %v845, %v696, %v692 : f32
                %v848 = arith.addf %v845, %v846 fastmath<contract> : f32
                %v849, %v850 = gpu.shuffle xor %v848, %v700, %v692 : f32
                %v851 = arith.addf %v848, %v849 fastmath<contract> : f32
                // end sum over the lanes
                %v852 = arith.mulf %v593, %v766 fastmath<contract> : f32
                %v853 = arith.mulf %v595, %v783 fastmath<contract> : f32
                %v854 = arith.addf %v852, %v853 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v855, %v856 = gpu.shuffle xor %v854, %v691, %v692 : f32
                %v857 = arith.addf %v854, %v855 fastmath<contract> : f32
                %v858, %v859 = gpu.shuffle xor %v857, %v696, %v692 : f32
                %v860 = arith.addf %v857, %v858 fastmath<contract> : f32
                %v861, %v862 = gpu.shuffle xor %v860, %v700, %v692 : f32
                %v863 = arith.addf %v860, %v861 fastmath<contract> : f32
                // end sum over the lanes
                %v864 = arith.addf %v851, %v863 fastmath<contract> : f32
                %v865 = arith.muli %v72, %v120 : i64
                %v866 = arith.subi %v666, %v89 : i64
                %v867 = arith.addi %v865, %v866 : i64
                %v868 = llvm.getelementptr %v69[%v867] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v869 = llvm.load %v868 : !llvm.ptr -> f32
                %v870 = arith.negf %v869 : f32
                %v871 = arith.mulf %v870, %v310 fastmath<contract> : f32
                %v872 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v871) : (f32) -> f32
                %v873 = arith.addf %v71, %v872 fastmath<contract> : f32
                %v874 = arith.divf %v71, %v873 : f32
                %v875 = arith.subf %v71, %v874 fastmath<contract> : f32
                %v876 = arith.mulf %v874, %v875 fastmath<contract> : f32
                %v877 = arith.mulf %v864, %v876 fastmath<contract> : f32
                %v878 = arith.select %v34, %v755, %v70 : f32
                // sum over the warp's outer points: shuffles
                %v880, %v881 = gpu.shuffle xor %v878, %v879, %v692 : f32
                %v882 = arith.addf %v878, %v880 fastmath<contract> : f32
                %v884, %v885 = gpu.shuffle xor %v882, %v883, %v692 : f32
                %v886 = arith.addf %v882, %v884 fastmath<contract> : f32
                %v887 = arith.divui %v20, %v22 : i64
                %v888 = arith.remui %v20, %v22 : i64
                %v889 = arith.cmpi ult, %v888, %v29 : i64
                %v890 = arith.addi %v72, %v30 : i64
                %v891 = arith.muli %v887, %v1 : i64
                %v892 = arith.addi %v891, %v890 : i64
                %v894 = arith.muli %v892, %v893 : i64
                %v895 = arith.addi %v894, %v665 : i64
                scf.if %v889 {
                  %v896 = llvm.getelementptr %v55[%v895] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v886, %v896 : f32, !llvm.ptr
                }
                %v897 = arith.select %v34, %v758, %v70 : f32
                // sum over the warp's outer points: shuffles
                %v898, %v899 = gpu.shuffle xor %v897, %v879, %v692 : f32
                %v900 = arith.addf %v897, %v898 fastmath<contract> : f32
                %v901, %v902 = gpu.shuffle xor %v900, %v883, %v692 : f32
                %v903 = arith.addf %v900, %v901 fastmath<contract> : f32
                %v904 = arith.divui %v20, %v22 : i64
                %v905 = arith.remui %v20, %v22 : i64
                %v906 = arith.cmpi ult, %v905, %v29 : i64
                %v907 = arith.addi %v29, %v30 : i64
                %v908 = arith.muli %v904, %v1 : i64
                %v909 = arith.addi %v908, %v907 : i64
                %v910 = arith.muli %v909, %v893 : i64
                %v911 = arith.addi %v910, %v665 : i64
                scf.if %v906 {
                  %v912 = llvm.getelementptr %v55[%v911] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v903, %v912 : f32, !llvm.ptr
                }
                %v913 = arith.select %v34, %v782, %v70 : f32
                // sum over the warp's outer points: shuffles
                %v914, %v915 = gpu.shuffle xor %v913, %v879, %v692 : f32
                %v916 = arith.addf %v913, %v914 fastmath<contract> : f32
                %v917, %v918 = gpu.shuffle xor %v916, %v883, %v692 : f32
                %v919 = arith.addf %v916, %v917 fastmath<contract> : f32
                %v920 = arith.divui %v20, %v22 : i64
                %v921 = arith.remui %v20, %v22 : i64
                %v922 = arith.cmpi ult, %v921, %v29 : i64
                %v923 = arith.addi %v72, %v30 : i64
                %v924 = arith.muli %v920, %v1 : i64
                %v925 = arith.addi %v924, %v923 : i64
                %v926 = arith.muli %v925, %v893 : i64
                %v927 = arith.addi %v926, %v665 : i64
                scf.if %v922 {
                  %v928 = llvm.getelementptr %v57[%v927] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v919, %v928 : f32, !llvm.ptr
                }
                %v929 = arith.select %v34, %v788, %v70 : f32
                // sum over the warp's outer points: shuffles
                %v930, %v931 = gpu.shuffle xor %v929, %v879, %v692 : f32
                %v932 = arith.addf %v929, %v930 fastmath<contract> : f32
                %v933, %v934 = gpu.shuffle xor %v932, %v883, %v692 : f32
                %v935 = arith.addf %v932, %v933 fastmath<contract> : f32
                %v936 = arith.divui %v20, %v22 : i64
                %v937 = arith.remui %v20, %v22 : i64
                %v938 = arith.cmpi ult, %v937, %v29 : i64
                %v939 = arith.addi %v29, %v30 : i64
                %v940 = arith.muli %v936, %v1 : i64
                %v941 = arith.addi %v940, %v939 : i64
                %v942 = arith.muli %v941, %v893 : i64
                %v943 = arith.addi %v942, %v665 : i64
                scf.if %v938 {
                  %v944 = llvm.getelementptr %v57[%v943] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v935, %v944 : f32, !llvm.ptr
                }
                %v945 = arith.select %v34, %v839, %v70 : f32
                // sum over the warp's outer points: shuffles
                %v946, %v947 = gpu.shuffle xor %v945, %v879, %v692 : f32
                %v948 = arith.addf %v945, %v946 fastmath<contract> : f32
                %v949, %v950 = gpu.shuffle xor %v948, %v883, %v692 : f32
                %v951 = arith.addf %v948, %v949 fastmath<contract> : f32
                %v952 = arith.divui %v20, %v22 : i64
                %v953 = arith.remui %v20, %v22 : i64
                %v954 = arith.cmpi ult, %v953, %v2 : i64
                %v955 = arith.muli %v952, %v2 : i64
                %v956 = arith.addi %v955, %v72 : i64
                %v957 = arith.muli %v956, %v893 : i64
                %v958 = arith.addi %v957, %v665 : i64
                scf.if %v954 {
                  %v959 = llvm.getelementptr %v59[%v958] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v951, %v959 : f32, !llvm.ptr
                }
                %v960 = arith.select %v34, %v877, %v70 : f32
                // sum over the warp's outer points: shuffles
                %v961, %v962 = gpu.shuffle xor %v960, %v879, %v692 : f32
                %v963 = arith.addf %v960, %v961 fastmath<contract> : f32
                %v964, %v965 = gpu.shuffle xor %v963, %v883, %v692 : f32
                %v966 = arith.addf %v963, %v964 fastmath<contract> : f32
                %v967 = arith.divui %v20, %v22 : i64
                %v968 = arith.remui %v20, %v22 : i64
                %v969 = arith.cmpi ult, %v968, %v2 : i64
                %v970 = arith.muli %v967, %v2 : i64
                %v971 = arith.addi %v970, %v72 : i64
                %v972 = arith.muli %v971, %v893 : i64
                %v973 = arith.addi %v972, %v665 : i64
                scf.if %v969 {
                  %v974 = llvm.getelementptr %v61[%v973] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v966, %v974 : f32, !llvm.ptr
                }
                llvm.store %v874, %v50 : f32, !llvm.ptr
                llvm.store %v874, %v51 : f32, !llvm.ptr
                llvm.store %v874, %v52 : f32, !llvm.ptr
                llvm.store %v874, %v53 : f32, !llvm.ptr
              }
              %v975 = arith.addi %v384, %v538 : i64
              %v976 = arith.cmpi slt, %v696, %v654 : i32
              %v977 = arith.cmpi eq, %v696, %v660 : i32
              %v978 = arith.addi %v386, %v2 : i64
              scf.if %v976 {
                %v979 = arith.addi %v89, %v975 : i64
                %v980 = arith.muli %v30, %v120 : i64
                %v981 = arith.subi %v979, %v89 : i64
                %v982 = arith.addi %v980, %v981 : i64
                %v983 = llvm.getelementptr %v63[%v982] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v984 = llvm.load %v983 : !llvm.ptr -> f32
                %v985 = arith.muli %v44, %v333 : i64
                %v986 = arith.muli %v979, %v332 : i64
                %v987 = arith.addi %v985, %v986 : i64
                %v988 = arith.muli %v42, %v331 : i64
                %v989 = arith.addi %v987, %v988 : i64
                %v990 = arith.muli %v40, %v2 : i64
                %v991 = arith.addi %v989, %v990 : i64
                %v992 = llvm.getelementptr %dy_o[%v991] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v993 = llvm.load %v992 : !llvm.ptr -> f32
                %v994 = arith.mulf %v984, %v593 fastmath<contract> : f32
                %v995 = arith.constant 8 : i64
                %v996 = arith.addi %v995, %v30 : i64
                %v997 = arith.muli %v996, %v120 : i64
                %v998 = arith.subi %v979, %v89 : i64
                %v999 = arith.addi %v997, %v998 : i64
                %v1000 = llvm.getelementptr %v63[%v999] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1001 = llvm.load %v1000 : !llvm.ptr -> f32
                %v1002 = arith.mulf %v1001, %v595 fastmath<contract> : f32
                %v1003 = arith.addf %v994, %v1002 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1004, %v1005 = gpu.shuffle xor %v1003, %v691, %v692 : f32
                %v1006 = arith.addf %v1003, %v1004 fastmath<contract> : f32
                %v1007, %v1008 = gpu.shuffle xor %v1006, %v696, %v692 : f32
                %v1009 = arith.addf %v1006, %v1007 fastmath<contract> : f32
                %v1010, %v1011 = gpu.shuffle xor %v1009, %v700, %v692 : f32
                %v1012 = arith.addf %v1009, %v1010 fastmath<contract> : f32
                // end sum over the lanes
                %v1013 = llvm.call_intrinsic "llvm.fabs.f32"(%v1012) : (f32) -> f32
                %v1014 = arith.maximumf %v71, %v1013 : f32
                %v1015 = arith.divf %v993, %v1014 : f32
                %v1016 = arith.mulf %v984, %v1015 fastmath<contract> : f32
                %v1017 = llvm.load %v46 : !llvm.ptr -> f32
                %v1018 = llvm.load %v50 : !llvm.ptr -> f32
                %v1019 = arith.mulf %v1018, %v1017 fastmath<contract> : f32
                %v1020 = arith.addf %v1016, %v1019 fastmath<contract> : f32
                llvm.store %v1020, %v46 : f32, !llvm.ptr
                %v1021 = arith.mulf %v1001, %v1015 fastmath<contract> : f32
                %v1022 = llvm.load %v47 : !llvm.ptr -> f32
                %v1023 = llvm.load %v51 : !llvm.ptr -> f32
                %v1024 = arith.mulf %v1023, %v1022 fastmath<contract> : f32
                %v1025 = arith.addf %v1021, %v1024 fastmath<contract> : f32
                llvm.store %v1025, %v47 : f32, !llvm.ptr
                %v1026 = arith.mulf %v984, %v579 fastmath<contract> : f32
                %v1027 = arith.mulf %v1001, %v591 fastmath<contract> : f32
                %v1028 = arith.addf %v1026, %v1027 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1029, %v1030 = gpu.shuffle xor %v1028, %v691, %v692 : f32
                %v1031 = arith.addf %v1028, %v1029 fastmath<contract> : f32
                %v1032, %v1033 = gpu.shuffle xor %v1031, %v696, %v692 : f32
                %v1034 = arith.addf %v1031, %v1032 fastmath<contract> : f32
                %v1035, %v1036 = gpu.shuffle xor %v1034, %v700, %v692 : f32
                %v1037 = arith.addf %v1034, %v1035 fastmath<contract> : f32
                // end sum over the lanes
                %v1038 = arith.divf %v1037, %v1014 : f32
                %v1039 = arith.divf %v1038, %v1014 : f32
                %v1040 = arith.mulf %v993, %v1039 fastmath<contract> : f32
                %v1041 = arith.negf %v1040 : f32
                %v1042 = arith.cmpf oge, %v71, %v1013 : f32
                %v1043 = arith.select %v1042, %v71, %v70 : f32
                %v1044 = arith.subf %v71, %v1043 fastmath<contract> : f32
                %v1045 = arith.mulf %v1041, %v1044 fastmath<contract> : f32
                %v1046 = arith.cmpf olt, %v1012, %v70 : f32
                %v1047 = arith.select %v1046, %v737, %v70 : f32
                %v1048 = arith.cmpf ogt, %v1012, %v70 : f32
                %v1049 = arith.select %v1048, %v71, %v1047 : f32
                %v1050 = arith.mulf %v1045, %v1049 fastmath<contract> : f32
                %v1051 = arith.mulf %v984, %v1050 fastmath<contract> : f32
                %v1052 = llvm.load %v48 : !llvm.ptr -> f32
                %v1053 = llvm.load %v52 : !llvm.ptr -> f32
                %v1054 = arith.mulf %v1053, %v1052 fastmath<contract> : f32
                %v1055 = arith.addf %v1051, %v1054 fastmath<contract> : f32
                llvm.store %v1055, %v48 : f32, !llvm.ptr
                %v1056 = arith.mulf %v1001, %v1050 fastmath<contract> : f32
                %v1057 = llvm.load %v49 : !llvm.ptr -> f32
                %v1058 = llvm.load %v53 : !llvm.ptr -> f32
                %v1059 = arith.mulf %v1058, %v1057 fastmath<contract> : f32
                %v1060 = arith.addf %v1056, %v1059 fastmath<contract> : f32
                llvm.store %v1060, %v49 : f32, !llvm.ptr
                %v1061 = arith.mulf %v593, %v1050 fastmath<contract> : f32
                %v1062 = arith.mulf %v579, %v1015 fastmath<contract> : f32
                %v1063 = arith.addf %v1061, %v1062 fastmath<contract> : f32
                %v1064 = arith.mulf %v595, %v1050 fastmath<contract> : f32
                %v1065 = arith.mulf %v591, %v1015 fastmath<contract> : f32
                %v1066 = arith.addf %v1064, %v1065 fastmath<contract> : f32
                %v1067 = arith.muli %v72, %v120 : i64
                %v1068 = arith.subi %v979, %v89 : i64
                %v1069 = arith.addi %v1067, %v1068 : i64
                %v1070 = llvm.getelementptr %v67[%v1069] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1071 = llvm.load %v1070 : !llvm.ptr -> f32
                %v1072 = arith.mulf %v1071, %v310 fastmath<contract> : f32
                %v1073 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1072) : (f32) -> f32
                %v1074 = llvm.load %v48 : !llvm.ptr -> f32
                %v1075 = arith.muli %v44, %v333 : i64
                %v1076 = arith.muli %v979, %v332 : i64
                %v1077 = arith.addi %v1075, %v1076 : i64
                %v1078 = arith.muli %v42, %v331 : i64
                %v1079 = arith.addi %v1077, %v1078 : i64
                %v1080 = arith.muli %v40, %v2 : i64
                %v1081 = arith.addi %v1079, %v1080 : i64
                %v1082 = llvm.getelementptr %in_v[%v1081] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1083 = llvm.load %v1082 : !llvm.ptr -> f32
                %v1084 = llvm.load %v46 : !llvm.ptr -> f32
                %v1085 = arith.mulf %v1083, %v1084 fastmath<contract> : f32
                %v1086 = arith.addf %v1074, %v1085 fastmath<contract> : f32
                %v1087 = arith.mulf %v1073, %v1086 fastmath<contract> : f32
                %v1089 = llvm.call_intrinsic "llvm.sqrt.f32"(%v1088) : (f32) -> f32
                %v1090 = arith.divf %v1087, %v1089 : f32
                %v1091 = llvm.load %v49 : !llvm.ptr -> f32
                %v1092 = llvm.load %v47 : !llvm.ptr -> f32
                %v1093 = arith.mulf %v1083, %v1092 fastmath<contract> : f32
                %v1094 = arith.addf %v1091, %v1093 fastmath<contract> : f32
                %v1095 = arith.mulf %v1073, %v1094 fastmath<contract> : f32
                %v1096 = arith.divf %v1095, %v1089 : f32
                %v1097 = arith.muli %v30, %v120 : i64
                %v1098 = arith.subi %v979, %v89 : i64
                %v1099 = arith.addi %v1097, %v1098 : i64
                %v1100 = llvm.getelementptr %v65[%v1099] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1101 = llvm.load %v1100 : !llvm.ptr -> f32
                %v1102 = arith.divf %v1101, %v1089 : f32
                %v1103 = arith.mulf %v1073, %v1102 fastmath<contract> : f32
                %v1104 = arith.mulf %v1103, %v1084 fastmath<contract> : f32
                %v1105 = arith.constant 8 : i64
                %v1106 = arith.addi %v1105, %v30 : i64
                %v1107 = arith.muli %v1106, %v120 : i64
                %v1108 = arith.subi %v979, %v89 : i64
                %v1109 = arith.addi %v1107, %v1108 : i64
                %v1110 = llvm.getelementptr %v65[%v1109] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1111 = llvm.load %v1110 : !llvm.ptr -> f32
                %v1112 = arith.divf %v1111, %v1089 : f32
                %v1113 = arith.mulf %v1073, %v1112 fastmath<contract> : f32
                %v1114 = arith.mulf %v1113, %v1092 fastmath<contract> : f32
                %v1115 = arith.addf %v1104, %v1114 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1116, %v1117 = gpu.shuffle xor %v1115, %v691, %v692 : f32
                %v1118 = arith.addf %v1115, %v1116 fastmath<contract> : f32
                %v1119, %v1120 = gpu.shuffle xor %v1118, %v696, %v692 : f32
                %v1121 = arith.addf %v1118, %v1119 fastmath<contract> : f32
                %v1122, %v1123 = gpu.shuffle xor %v1121, %v700, %v692 : f32
                %v1124 = arith.addf %v1121, %v1122 fastmath<contract> : f32
                // end sum over the lanes
                %v1125 = arith.cmpi eq, %v30, %v72 : i64
                %v1126 = arith.andi %v34, %v1125 : i1
                scf.if %v1126 {
                  %v1127 = arith.muli %v44, %v333 : i64
                  %v1128 = arith.muli %v979, %v332 : i64
                  %v1129 = arith.addi %v1127, %v1128 : i64
                  %v1130 = arith.muli %v42, %v331 : i64
                  %v1131 = arith.addi %v1129, %v1130 : i64
                  %v1132 = arith.muli %v40, %v2 : i64
                  %v1133 = arith.addi %v1131, %v1132 : i64
                  %v1134 = llvm.getelementptr %dx_v[%v1133] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1124, %v1134 : f32, !llvm.ptr
                }
                %v1135 = arith.mulf %v1102, %v1086 fastmath<contract> : f32
                %v1136 = arith.mulf %v1112, %v1094 fastmath<contract> : f32
                %v1137 = arith.addf %v1135, %v1136 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1138, %v1139 = gpu.shuffle xor %v1137, %v691, %v692 : f32
                %v1140 = arith.addf %v1137, %v1138 fastmath<contract> : f32
                %v1141, %v1142 = gpu.shuffle xor %v1140, %v696, %v692 : f32
                %v1143 = arith.addf %v1140, %v1141 fastmath<contract> : f32
                %v1144, %v1145 = gpu.shuffle xor %v1143, %v700, %v692 : f32
                %v1146 = arith.addf %v1143, %v1144 fastmath<contract> : f32
                // end sum over the lanes
                %v1147 = arith.mulf %v1073, %v1146 fastmath<contract> : f32
                %v1148 = arith.mulf %v521, %v1084 fastmath<contract> : f32
                %v1149 = arith.mulf %v533, %v1092 fastmath<contract> : f32
                %v1150 = arith.addf %v1148, %v1149 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1151, %v1152 = gpu.shuffle xor %v1150, %v691, %v692 : f32
                %v1153 = arith.addf %v1150, %v1151 fastmath<contract> : f32
                %v1154, %v1155 = gpu.shuffle xor %v1153, %v696, %v692 : f32
                %v1156 = arith.addf %v1153, %v1154 fastmath<contract> : f32
                %v1157, %v1158 = gpu.shuffle xor %v1156, %v700, %v692 : f32
                %v1159 = arith.addf %v1156, %v1157 fastmath<contract> : f32
                // end sum over the lanes
                %v1160 = arith.mulf %v535, %v1074 fastmath<contract> : f32
                %v1161 = arith.mulf %v537, %v1091 fastmath<contract> : f32
                %v1162 = arith.addf %v1160, %v1161 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1163, %v1164 = gpu.shuffle xor %v1162, %v691, %v692 : f32
                %v1165 = arith.addf %v1162, %v1163 fastmath<contract> : f32
                %v1166, %v1167 = gpu.shuffle xor %v1165, %v696, %v692 : f32
                %v1168 = arith.addf %v1165, %v1166 fastmath<contract> : f32
                %v1169, %v1170 = gpu.shuffle xor %v1168, %v700, %v692 : f32
                %v1171 = arith.addf %v1168, %v1169 fastmath<contract> : f32
                // end sum over the lanes
                %v1172 = arith.addf %v1159, %v1171 fastmath<contract> : f32
                %v1173 = arith.muli %v72, %v120 : i64
                %v1174 = arith.subi %v979, %v89 : i64
                %v1175 = arith.addi %v1173, %v1174 : i64
                %v1176 = llvm.getelementptr %v69[%v1175] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1177 = llvm.load %v1176 : !llvm.ptr -> f32
                %v1178 = arith.negf %v1177 : f32
                %v1179 = arith.mulf %v1178, %v310 fastmath<contract> : f32
                %v1180 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1179) : (f32) -> f32
                %v1181 = arith.addf %v71, %v1180 fastmath<contract> : f32
                %v1182 = arith.divf %v71, %v1181 : f32
                %v1183 = arith.subf %v71, %v1182 fastmath<contract> : f32
                %v1184 = arith.mulf %v1182, %v1183 fastmath<contract> : f32
                %v1185 = arith.mulf %v1172, %v1184 fastmath<contract> : f32
                %v1186 = arith.select %v34, %v1063, %v70 : f32
                // sum over the warp's outer points: shuffles
                %v1187, %v1188 = gpu.shuffle xor %v1186, %v879, %v692 : f32
                %v1189 = arith.addf %v1186, %v1187 fastmath<contract> : f32
                %v1190, %v1191 = gpu.shuffle xor %v1189, %v883, %v692 : f32
                %v1192 = arith.addf %v1189, %v1190 fastmath<contract> : f32
                %v1193 = arith.divui %v20, %v22 : i64
                %v1194 = arith.remui %v20, %v22 : i64
                %v1195 = arith.cmpi ult, %v1194, %v29 : i64
                %v1196 = arith.addi %v72, %v30 : i64
                %v1197 = arith.muli %v1193, %v1 : i64
                %v1198 = arith.addi %v1197, %v1196 : i64
                %v1199 = arith.muli %v1198, %v893 : i64
                %v1200 = arith.addi %v1199, %v978 : i64
                scf.if %v1195 {
                  %v1201 = llvm.getelementptr %v55[%v1200] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1192, %v1201 : f32, !llvm.ptr
                }
                %v1202 = arith.select %v34, %v1066, %v70 : f32
                // sum over the warp's outer points: shuffles
                %v1203, %v1204 = gpu.shuffle xor %v1202, %v879, %v692 : f32
                %v1205 = arith.addf %v1202, %v1203 fastmath<contract> : f32
                %v1206, %v1207 = gpu.shuffle xor %v1205, %v883, %v692 : f32
                %v1208 = arith.addf %v1205, %v1206 fastmath<contract> : f32
                %v1209 = arith.divui %v20, %v22 : i64
                %v1210 = arith.remui %v20, %v22 : i64
                %v1211 = arith.cmpi ult, %v1210, %v29 : i64
                %v1212 = arith.addi %v29, %v30 : i64
                %v1213 = arith.muli %v1209, %v1 : i64
                %v1214 = arith.addi %v1213, %v1212 : i64
                %v1215 = arith.muli %v1214, %v893 : i64
                %v1216 = arith.addi %v1215, %v978 : i64
                scf.if %v1211 {
                  %v1217 = llvm.getelementptr %v55[%v1216] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1208, %v1217 : f32, !llvm.ptr
                }
                %v1218 = arith.select %v34, %v1090, %v70 : f32
                // sum over the warp's outer points: shuffles
                %v1219, %v1220 = gpu.shuffle xor %v1218, %v879, %v692 : f32
                %v1221 = arith.addf %v1218, %v1219 fastmath<contract> : f32
                %v1222, %v1223 = gpu.shuffle xor %v1221, %v883, %v692 : f32
                %v1224 = arith.addf %v1221, %v1222 fastmath<contract> : f32
                %v1225 = arith.divui %v20, %v22 : i64
                %v1226 = arith.remui %v20, %v22 : i64
                %v1227 = arith.cmpi ult, %v1226, %v29 : i64
                %v1228 = arith.addi %v72, %v30 : i64
                %v1229 = arith.muli %v1225, %v1 : i64
                %v1230 = arith.addi %v1229, %v1228 : i64
                %v1231 = arith.muli %v1230, %v893 : i64
                %v1232 = arith.addi %v1231, %v978 : i64
                scf.if %v1227 {
                  %v1233 = llvm.getelementptr %v57[%v1232] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1224, %v1233 : f32, !llvm.ptr
                }
                %v1234 = arith.select %v34, %v1096, %v70 : f32
                // sum over the warp's outer points: shuffles
                %v1235, %v1236 = gpu.shuffle xor %v1234, %v879, %v692 : f32
                %v1237 = arith.addf %v1234, %v1235 fastmath<contract> : f32
                %v1238, %v1239 = gpu.shuffle xor %v1237, %v883, %v692 : f32
                %v1240 = arith.addf %v1237, %v1238 fastmath<contract> : f32
                %v1241 = arith.divui %v20, %v22 : i64
                %v1242 = arith.remui %v20, %v22 : i64
                %v1243 = arith.cmpi ult, %v1242, %v29 : i64
                %v1244 = arith.addi %v29, %v30 : i64
                %v1245 = arith.muli %v1241, %v1 : i64
                %v1246 = arith.addi %v1245, %v1244 : i64
                %v1247 = arith.muli %v1246, %v893 : i64
                %v1248 = arith.addi %v1247, %v978 : i64
                scf.if %v1243 {
                  %v1249 = llvm.getelementptr %v57[%v1248] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1240, %v1249 : f32, !llvm.ptr
                }
                %v1250 = arith.select %v34, %v1147, %v70 : f32
                // sum over the warp's outer points: shuffles
                %v1251, %v1252 = gpu.shuffle xor %v1250, %v879, %v692 : f32
                %v1253 = arith.addf %v1250, %v1251 fastmath<contract> : f32
                %v1254, %v1255 = gpu.shuffle xor %v1253, %v883, %v692 : f32
                %v1256 = arith.addf %v1253, %v1254 fastmath<contract> : f32
                %v1257 = arith.divui %v20, %v22 : i64
                %v1258 = arith.remui %v20, %v22 : i64
                %v1259 = arith.cmpi ult, %v1258, %v2 : i64
                %v1260 = arith.muli %v1257, %v2 : i64
                %v1261 = arith.addi %v1260, %v72 : i64
                %v1262 = arith.muli %v1261, %v893 : i64
                %v1263 = arith.addi %v1262, %v978 : i64
                scf.if %v1259 {
                  %v1264 = llvm.getelementptr %v59[%v1263] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1256, %v1264 : f32, !llvm.ptr
                }
                %v1265 = arith.select %v34, %v1185, %v70 : f32
                // sum over the warp's outer points: shuffles
                %v1266, %v1267 = gpu.shuffle xor %v1265, %v879, %v692 : f32
                %v1268 = arith.addf %v1265, %v1266 fastmath<contract> : f32
                %v1269, %v1270 = gpu.shuffle xor %v1268, %v883, %v692 : f32
                %v1271 = arith.addf %v1268, %v1269 fastmath<contract> : f32
                %v1272 = arith.divui %v20, %v22 : i64
                %v1273 = arith.remui %v20, %v22 : i64
                %v1274 = arith.cmpi ult, %v1273, %v2 : i64
                %v1275 = arith.muli %v1272, %v2 : i64
                %v1276 = arith.addi %v1275, %v72 : i64
                %v1277 = arith.muli %v1276, %v893 : i64
                %v1278 = arith.addi %v1277, %v978 : i64
                scf.if %v1274 {
                  %v1279 = llvm.getelementptr %v61[%v1278] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1271, %v1279 : f32, !llvm.ptr
                }
                llvm.store %v1182, %v50 : f32, !llvm.ptr
                llvm.store %v1182, %v51 : f32, !llvm.ptr
                llvm.store %v1182, %v52 : f32, !llvm.ptr
                llvm.store %v1182, %v53 : f32, !llvm.ptr
              }
              %v1280 = arith.addi %v384, %v2 : i64
              %v1281 = arith.cmpi slt, %v691, %v654 : i32
              %v1282 = arith.cmpi eq, %v691, %v660 : i32
              %v1283 = arith.addi %v386, %v538 : i64
              scf.if %v1281 {
                %v1284 = arith.addi %v89, %v1280 : i64
                %v1285 = arith.muli %v30, %v120 : i64
                %v1286 = arith.subi %v1284, %v89 : i64
                %v1287 = arith.addi %v1285, %v1286 : i64
                %v1288 = llvm.getelementptr %v63[%v1287] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1289 = llvm.load %v1288 : !llvm.ptr -> f32
                %v1290 = arith.muli %v44, %v333 : i64
                %v1291 = arith.muli %v1284, %v332 : i64
                %v1292 = arith.addi %v1290, %v1291 : i64
                %v1293 = arith.muli %v42, %v331 : i64
                %v1294 = arith.addi %v1292, %v1293 : i64
                %v1295 = arith.muli %v40, %v2 : i64
                %v1296 = arith.addi %v1294, %v1295 : i64
                %v1297 = llvm.getelementptr %dy_o[%v1296] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1298 = llvm.load %v1297 : !llvm.ptr -> f32
                %v1299 = arith.mulf %v1289, %v535 fastmath<contract> : f32
                %v1300 = arith.constant 8 : i64
                %v1301 = arith.addi %v1300, %v30 : i64
                %v1302 = arith.muli %v1301, %v120 : i64
                %v1303 = arith.subi %v1284, %v89 : i64
                %v1304 = arith.addi %v1302, %v1303 : i64
                %v1305 = llvm.getelementptr %v63[%v1304] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1306 = llvm.load %v1305 : !llvm.ptr -> f32
                %v1307 = arith.mulf %v1306, %v537 fastmath<contract> : f32
                %v1308 = arith.addf %v1299, %v1307 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1309, %v1310 = gpu.shuffle xor %v1308, %v691, %v692 : f32
                %v1311 = arith.addf %v1308, %v1309 fastmath<contract> : f32
                %v1312, %v1313 = gpu.shuffle xor %v1311, %v696, %v692 : f32
                %v1314 = arith.addf %v1311, %v1312 fastmath<contract> : f32
                %v1315, %v1316 = gpu.shuffle xor %v1314, %v700, %v692 : f32
                %v1317 = arith.addf %v1314, %v1315 fastmath<contract> : f32
                // end sum over the lanes
                %v1318 = llvm.call_intrinsic "llvm.fabs.f32"(%v1317) : (f32) -> f32
                %v1319 = arith.maximumf %v71, %v1318 : f32
                %v1320 = arith.divf %v1298, %v1319 : f32
                %v1321 = arith.mulf %v1289, %v1320 fastmath<contract> : f32
                %v1322 = llvm.load %v46 : !llvm.ptr -> f32
                %v1323 = llvm.load %v50 : !llvm.ptr -> f32
                %v1324 = arith.mulf %v1323, %v1322 fastmath<contract> : f32
                %v1325 = arith.addf %v1321, %v1324 fastmath<contract> : f32
                llvm.store %v1325, %v46 : f32, !llvm.ptr
                %v1326 = arith.mulf %v1306, %v1320 fastmath<contract> : f32
                %v1327 = llvm.load %v47 : !llvm.ptr -> f32
                %v1328 = llvm.load %v51 : !llvm.ptr -> f32
                %v1329 = arith.mulf %v1328, %v1327 fastmath<contract> : f32
                %v1330 = arith.addf %v1326, %v1329 fastmath<contract> : f32
                llvm.store %v1330, %v47 : f32, !llvm.ptr
                %v1331 = arith.mulf %v1289, %v521 fastmath<contract> : f32
                %v1332 = arith.mulf %v1306, %v533 fastmath<contract> : f32
                %v1333 = arith.addf %v1331, %v1332 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1334, %v1335 = gpu.shuffle xor %v1333, %v691, %v692 : f32
                %v1336 = arith.addf %v1333, %v1334 fastmath<contract> : f32
                %v1337, %v1338 = gpu.shuffle xor %v1336, %v696, %v692 : f32
                %v1339 = arith.addf %v1336, %v1337 fastmath<contract> : f32
                %v1340, %v1341 = gpu.shuffle xor %v1339, %v700, %v692 : f32
                %v1342 = arith.addf %v1339, %v1340 fastmath<contract> : f32
                // end sum over the lanes
                %v1343 = arith.divf %v1342, %v1319 : f32
                %v1344 = arith.divf %v1343, %v1319 : f32
                %v1345 = arith.mulf %v1298, %v1344 fastmath<contract> : f32
                %v1346 = arith.negf %v1345 : f32
                %v1347 = arith.cmpf oge, %v71, %v1318 : f32
                %v1348 = arith.select %v1347, %v71, %v70 : f32
                %v1349 = arith.subf %v71, %v1348 fastmath<contract> : f32
                %v1350 = arith.mulf %v1346, %v1349 fastmath<contract> : f32
                %v1351 = arith.cmpf olt, %v1317, %v70 : f32
                %v1352 = arith.select %v1351, %v737, %v70 : f32
                %v1353 = arith.cmpf ogt, %v1317, %v70 : f32
                %v1354 = arith.select %v1353, %v71, %v1352 : f32
                %v1355 = arith.mulf %v1350, %v1354 fastmath<contract> : f32
                %v1356 = arith.mulf %v1289, %v1355 fastmath<contract> : f32
                %v1357 = llvm.load %v48 : !llvm.ptr -> f32
                %v1358 = llvm.load %v52 : !llvm.ptr -> f32
                %v1359 = arith.mulf %v1358, %v1357 fastmath<contract> : f32
                %v1360 = arith.addf %v1356, %v1359 fastmath<contract> : f32
                llvm.store %v1360, %v48 : f32, !llvm.ptr
                %v1361 = arith.mulf %v1306, %v1355 fastmath<contract> : f32
                %v1362 = llvm.load %v49 : !llvm.ptr -> f32
                %v1363 = llvm.load %v53 : !llvm.ptr -> f32
                %v1364 = arith.mulf %v1363, %v1362 fastmath<contract> : f32
                %v1365 = arith.addf %v1361, %v1364 fastmath<contract> : f32
                llvm.store %v1365, %v49 : f32, !llvm.ptr
                %v1366 = arith.mulf %v535, %v1355 fastmath<contract> : f32
                %v1367 = arith.mulf %v521, %v1320 fastmath<contract> : f32
                %v1368 = arith.addf %v1366, %v1367 fastmath<contract> : f32
                %v1369 = arith.mulf %v537, %v1355 fastmath<contract> : f32
                %v1370 = arith.mulf %v533, %v1320 fastmath<contract> : f32
                %v1371 = arith.addf %v1369, %v1370 fastmath<contract> : f32
                %v1372 = arith.muli %v72, %v120 : i64
                %v1373 = arith.subi %v1284, %v89 : i64
                %v1374 = arith.addi %v1372, %v1373 : i64
                %v1375 = llvm.getelementptr %v67[%v1374] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1376 = llvm.load %v1375 : !llvm.ptr -> f32
                %v1377 = arith.mulf %v1376, %v310 fastmath<contract> : f32
                %v1378 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1377) : (f32) -> f32
                %v1379 = llvm.load %v48 : !llvm.ptr -> f32
                %v1380 = arith.muli %v44, %v333 : i64
                %v1381 = arith.muli %v1284, %v332 : i64
                %v1382 = arith.addi %v1380, %v1381 : i64
                %v1383 = arith.muli %v42, %v331 : i64
                %v1384 = arith.addi %v1382, %v1383 : i64
                %v1385 = arith.muli %v40, %v2 : i64
                %v1386 = arith.addi %v1384, %v1385 : i64
                %v1387 = llvm.getelementptr %in_v[%v1386] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1388 = llvm.load %v1387 : !llvm.ptr -> f32
                %v1389 = llvm.load %v46 : !llvm.ptr -> f32
                %v1390 = arith.mulf %v1388, %v1389 fastmath<contract> : f32
                %v1391 = arith.addf %v1379, %v1390 fastmath<contract> : f32
                %v1392 = arith.mulf %v1378, %v1391 fastmath<contract> : f32
                %v1394 = llvm.call_intrinsic "llvm.sqrt.f32"(%v1393) : (f32) -> f32
                %v1395 = arith.divf %v1392, %v1394 : f32
                %v1396 = llvm.load %v49 : !llvm.ptr -> f32
                %v1397 = llvm.load %v47 : !llvm.ptr -> f32
                %v1398 = arith.mulf %v1388, %v1397 fastmath<contract> : f32
                %v1399 = arith.addf %v1396, %v1398 fastmath<contract> : f32
                %v1400 = arith.mulf %v1378, %v1399 fastmath<contract> : f32
                %v1401 = arith.divf %v1400, %v1394 : f32
                %v1402 = arith.muli %v30, %v120 : i64
                %v1403 = arith.subi %v1284, %v89 : i64
                %v1404 = arith.addi %v1402, %v1403 : i64
                %v1405 = llvm.getelementptr %v65[%v1404] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1406 = llvm.load %v1405 : !llvm.ptr -> f32
                %v1407 = arith.divf %v1406, %v1394 : f32
                %v1408 = arith.mulf %v1378, %v1407 fastmath<contract> : f32
                %v1409 = arith.mulf %v1408, %v1389 fastmath<contract> : f32
                %v1410 = arith.constant 8 : i64
                %v1411 = arith.addi %v1410, %v30 : i64
                %v1412 = arith.muli %v1411, %v120 : i64
                %v1413 = arith.subi %v1284, %v89 : i64
                %v1414 = arith.addi %v1412, %v1413 : i64
                %v1415 = llvm.getelementptr %v65[%v1414] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1416 = llvm.load %v1415 : !llvm.ptr -> f32
                %v1417 = arith.divf %v1416, %v1394 : f32
                %v1418 = arith.mulf %v1378, %v1417 fastmath<contract> : f32
                %v1419 = arith.mulf %v1418, %v1397 fastmath<contract> : f32
                %v1420 = arith.addf %v1409, %v1419 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1421, %v1422 = gpu.shuffle xor %v1420, %v691, %v692 : f32
                %v1423 = arith.addf %v1420, %v1421 fastmath<contract> : f32
                %v1424, %v1425 = gpu.shuffle xor %v1423, %v696, %v692 : f32
                %v1426 = arith.addf %v1423, %v1424 fastmath<contract> : f32
                %v1427, %v1428 = gpu.shuffle xor %v1426, %v700, %v692 : f32
                %v1429 = arith.addf %v1426, %v1427 fastmath<contract> : f32
                // end sum over the lanes
                %v1430 = arith.cmpi eq, %v30, %v72 : i64
                %v1431 = arith.andi %v34, %v1430 : i1
                scf.if %v1431 {
                  %v1432 = arith.muli %v44, %v333 : i64
                  %v1433 = arith.muli %v1284, %v332 : i64
                  %v1434 = arith.addi %v1432, %v1433 : i64
                  %v1435 = arith.muli %v42, %v331 : i64
                  %v1436 = arith.addi %v1434, %v1435 : i64
                  %v1437 = arith.muli %v40, %v2 : i64
                  %v1438 = arith.addi %v1436, %v1437 : i64
                  %v1439 = llvm.getelementptr %dx_v[%v1438] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1429, %v1439 : f32, !llvm.ptr
                }
                %v1440 = arith.mulf %v1407, %v1391 fastmath<contract> : f32
                %v1441 = arith.mulf %v1417, %v1399 fastmath<contract> : f32
                %v1442 = arith.addf %v1440, %v1441 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1443, %v1444 = gpu.shuffle xor %v1442, %v691, %v692 : f32
                %v1445 = arith.addf %v1442, %v1443 fastmath<contract> : f32
                %v1446, %v1447 = gpu.shuffle xor %v1445, %v696, %v692 : f32
                %v1448 = arith.addf %v1445, %v1446 fastmath<contract> : f32
                %v1449, %v1450 = gpu.shuffle xor %v1448, %v700, %v692 : f32
                %v1451 = arith.addf %v1448, %v1449 fastmath<contract> : f32
                // end sum over the lanes
                %v1452 = arith.mulf %v1378, %v1451 fastmath<contract> : f32
                %v1453 = arith.mulf %v464, %v1389 fastmath<contract> : f32
                %v1454 = arith.mulf %v476, %v1397 fastmath<contract> : f32
                %v1455 = arith.addf %v1453, %v1454 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1456, %v1457 = gpu.shuffle xor %v1455, %v691, %v692 : f32
                %v1458 = arith.addf %v1455, %v1456 fastmath<contract> : f32
                %v1459, %v1460 = gpu.shuffle xor %v1458, %v696, %v692 : f32
                %v1461 = arith.addf %v1458, %v1459 fastmath<contract> : f32
                %v1462, %v1463 = gpu.shuffle xor %v1461, %v700, %v692 : f32
                %v1464 = arith.addf %v1461, %v1462 fastmath<contract> : f32
                // end sum over the lanes
                %v1465 = arith.mulf %v478, %v1379 fastmath<contract> : f32
                %v1466 = arith.mulf %v480, %v1396 fastmath<contract> : f32
                %v1467 = arith.addf %v1465, %v1466 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1468, %v1469 = gpu.shuffle xor %v1467, %v691, %v692 : f32
                %v1470 = arith.addf %v1467, %v1468 fastmath<contract> : f32
                %v1471, %v1472 = gpu.shuffle xor %v1470, %v696, %v692 : f32
                %v1473 = arith.addf %v1470, %v1471 fastmath<contract> : f32
                %v1474, %v1475 = gpu.shuffle xor %v1473, %v700, %v692 : f32
                %v1476 = arith.addf %v1473, %v1474 fastmath<contract> : f32
                // end sum over the lanes
                %v1477 = arith.addf %v1464, %v1476 fastmath<contract> : f32
                %v1478 = arith.muli %v72, %v120 : i64
                %v1479 = arith.subi %v1284, %v89 : i64
                %v1480 = arith.addi %v1478, %v1479 : i64
                %v1481 = llvm.getelementptr %v69[%v1480] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1482 = llvm.load %v1481 : !llvm.ptr -> f32
                %v1483 = arith.negf %v1482 : f32
                %v1484 = arith.mulf %v1483, %v310 fastmath<contract> : f32
                %v1485 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1484) : (f32) -> f32
                %v1486 = arith.addf %v71, %v1485 fastmath<contract> : f32
                %v1487 = arith.divf %v71, %v1486 : f32
                %v1488 = arith.subf %v71, %v1487 fastmath<contract> : f32
                %v1489 = arith.mulf %v1487, %v1488 fastmath<contract> : f32
                %v1490 = arith.mulf %v1477, %v1489 fastmath<contract> : f32
                %v1491 = arith.select %v34, %v1368, %v70 : f32
                // sum over the warp's outer points: shuffles
                %v1492, %v1493 = gpu.shuffle xor %v1491, %v879, %v692 : f32
                %v1494 = arith.addf %v1491, %v1492 fastmath<contract> : f32
                %v1495, %v1496 = gpu.shuffle xor %v1494, %v883, %v692 : f32
                %v1497 = arith.addf %v1494, %v1495 fastmath<contract> : f32
                %v1498 = arith.divui %v20, %v22 : i64
                %v1499 = arith.remui %v20, %v22 : i64
                %v1500 = arith.cmpi ult, %v1499, %v29 : i64
                %v1501 = arith.addi %v72, %v30 : i64
                %v1502 = arith.muli %v1498, %v1 : i64
                %v1503 = arith.addi %v1502, %v1501 : i64
                %v1504 = arith.muli %v1503, %v893 : i64
                %v1505 = arith.addi %v1504, %v1283 : i64
                scf.if %v1500 {
                  %v1506 = llvm.getelementptr %v55[%v1505] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1497, %v1506 : f32, !llvm.ptr
                }
                %v1507 = arith.select %v34, %v1371, %v70 : f32
                // sum over the warp's outer points: shuffles
                %v1508, %v1509 = gpu.shuffle xor %v1507, %v879, %v692 : f32
                %v1510 = arith.addf %v1507, %v1508 fastmath<contract> : f32
                %v1511, %v1512 = gpu.shuffle xor %v1510, %v883, %v692 : f32
                %v1513 = arith.addf %v1510, %v1511 fastmath<contract> : f32
                %v1514 = arith.divui %v20, %v22 : i64
                %v1515 = arith.remui %v20, %v22 : i64
                %v1516 = arith.cmpi ult, %v1515, %v29 : i64
                %v1517 = arith.addi %v29, %v30 : i64
                %v1518 = arith.muli %v1514, %v1 : i64
                %v1519 = arith.addi %v1518, %v1517 : i64
                %v1520 = arith.muli %v1519, %v893 : i64
                %v1521 = arith.addi %v1520, %v1283 : i64
                scf.if %v1516 {
                  %v1522 = llvm.getelementptr %v55[%v1521] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1513, %v1522 : f32, !llvm.ptr
                }
                %v1523 = arith.select %v34, %v1395, %v70 : f32
                // sum over the warp's outer points: shuffles
                %v1524, %v1525 = gpu.shuffle xor %v1523, %v879, %v692 : f32
                %v1526 = arith.addf %v1523, %v1524 fastmath<contract> : f32
                %v1527, %v1528 = gpu.shuffle xor %v1526, %v883, %v692 : f32
                %v1529 = arith.addf %v1526, %v1527 fastmath<contract> : f32
                %v1530 = arith.divui %v20, %v22 : i64
                %v1531 = arith.remui %v20, %v22 : i64
                %v1532 = arith.cmpi ult, %v1531, %v29 : i64
                %v1533 = arith.addi %v72, %v30 : i64
                %v1534 = arith.muli %v1530, %v1 : i64
                %v1535 = arith.addi %v1534, %v1533 : i64
                %v1536 = arith.muli %v1535, %v893 : i64
                %v1537 = arith.addi %v1536, %v1283 : i64
                scf.if %v1532 {
                  %v1538 = llvm.getelementptr %v57[%v1537] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1529, %v1538 : f32, !llvm.ptr
                }
                %v1539 = arith.select %v34, %v1401, %v70 : f32
                // sum over the warp's outer points: shuffles
                %v1540, %v1541 = gpu.shuffle xor %v1539, %v879, %v692 : f32
                %v1542 = arith.addf %v1539, %v1540 fastmath<contract> : f32
                %v1543, %v1544 = gpu.shuffle xor %v1542, %v883, %v692 : f32
                %v1545 = arith.addf %v1542, %v1543 fastmath<contract> : f32
                %v1546 = arith.divui %v20, %v22 : i64
                %v1547 = arith.remui %v20, %v22 : i64
                %v1548 = arith.cmpi ult, %v1547, %v29 : i64
                %v1549 = arith.addi %v29, %v30 : i64
                %v1550 = arith.muli %v1546, %v1 : i64
                %v1551 = arith.addi %v1550, %v1549 : i64
                %v1552 = arith.muli %v1551, %v893 : i64
                %v1553 = arith.addi %v1552, %v1283 : i64
                scf.if %v1548 {
                  %v1554 = llvm.getelementptr %v57[%v1553] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1545, %v1554 : f32, !llvm.ptr
                }
                %v1555 = arith.select %v34, %v1452, %v70 : f32
                // sum over the warp's outer points: shuffles
                %v1556, %v1557 = gpu.shuffle xor %v1555, %v879, %v692 : f32
                %v1558 = arith.addf %v1555, %v1556 fastmath<contract> : f32
                %v1559, %v1560 = gpu.shuffle xor %v1558, %v883, %v692 : f32
                %v1561 = arith.addf %v1558, %v1559 fastmath<contract> : f32
                %v1562 = arith.divui %v20, %v22 : i64
                %v1563 = arith.remui %v20, %v22 : i64
                %v1564 = arith.cmpi ult, %v1563, %v2 : i64
                %v1565 = arith.muli %v1562, %v2 : i64
                %v1566 = arith.addi %v1565, %v72 : i64
                %v1567 = arith.muli %v1566, %v893 : i64
                %v1568 = arith.addi %v1567, %v1283 : i64
                scf.if %v1564 {
                  %v1569 = llvm.getelementptr %v59[%v1568] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1561, %v1569 : f32, !llvm.ptr
                }
                %v1570 = arith.select %v34, %v1490, %v70 : f32
                // sum over the warp's outer points: shuffles
                %v1571, %v1572 = gpu.shuffle xor %v1570, %v879, %v692 : f32
                %v1573 = arith.addf %v1570, %v1571 fastmath<contract> : f32
                %v1574, %v1575 = gpu.shuffle xor %v1573, %v883, %v692 : f32
                %v1576 = arith.addf %v1573, %v1574 fastmath<contract> : f32
                %v1577 = arith.divui %v20, %v22 : i64
                %v1578 = arith.remui %v20, %v22 : i64
                %v1579 = arith.cmpi ult, %v1578, %v2 : i64
                %v1580 = arith.muli %v1577, %v2 : i64
                %v1581 = arith.addi %v1580, %v72 : i64
                %v1582 = arith.muli %v1581, %v893 : i64
                %v1583 = arith.addi %v1582, %v1283 : i64
                scf.if %v1579 {
                  %v1584 = llvm.getelementptr %v61[%v1583] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1576, %v1584 : f32, !llvm.ptr
                }
                llvm.store %v1487, %v50 : f32, !llvm.ptr
                llvm.store %v1487, %v51 : f32, !llvm.ptr
                llvm.store %v1487, %v52 : f32, !llvm.ptr
                llvm.store %v1487, %v53 : f32, !llvm.ptr
              }
              %v1585 = arith.addi %v384, %v72 : i64
              %v1587 = arith.cmpi slt, %v1586, %v654 : i32
              %v1588 = arith.cmpi eq, %v1586, %v660 : i32
              %v1589 = arith.addi %v386, %v76 : i64
              scf.if %v1587 {
                %v1590 = arith.addi %v89, %v1585 : i64
                %v1591 = arith.muli %v30, %v120 : i64
                %v1592 = arith.subi %v1590, %v89 : i64
                %v1593 = arith.addi %v1591, %v1592 : i64
                %v1594 = llvm.getelementptr %v63[%v1593] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1595 = llvm.load %v1594 : !llvm.ptr -> f32
                %v1596 = arith.muli %v44, %v333 : i64
                %v1597 = arith.muli %v1590, %v332 : i64
                %v1598 = arith.addi %v1596, %v1597 : i64
                %v1599 = arith.muli %v42, %v331 : i64
                %v1600 = arith.addi %v1598, %v1599 : i64
                %v1601 = arith.muli %v40, %v2 : i64
                %v1602 = arith.addi %v1600, %v1601 : i64
                %v1603 = llvm.getelementptr %dy_o[%v1602] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1604 = llvm.load %v1603 : !llvm.ptr -> f32
                %v1605 = arith.mulf %v1595, %v478 fastmath<contract> : f32
                %v1606 = arith.constant 8 : i64
                %v1607 = arith.addi %v1606, %v30 : i64
                %v1608 = arith.muli %v1607, %v120 : i64
                %v1609 = arith.subi %v1590, %v89 : i64
                %v1610 = arith.addi %v1608, %v1609 : i64
                %v1611 = llvm.getelementptr %v63[%v1610] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1612 = llvm.load %v1611 : !llvm.ptr -> f32
                %v1613 = arith.mulf %v1612, %v480 fastmath<contract> : f32
                %v1614 = arith.addf %v1605, %v1613 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1615, %v1616 = gpu.shuffle xor %v1614, %v691, %v692 : f32
                %v1617 = arith.addf %v1614, %v1615 fastmath<contract> : f32
                %v1618, %v1619 = gpu.shuffle xor %v1617, %v696, %v692 : f32
                %v1620 = arith.addf %v1617, %v1618 fastmath<contract> : f32
                %v1621, %v1622 = gpu.shuffle xor %v1620, %v700, %v692 : f32
                %v1623 = arith.addf %v1620, %v1621 fastmath<contract> : f32
                // end sum over the lanes
                %v1624 = llvm.call_intrinsic "llvm.fabs.f32"(%v1623) : (f32) -> f32
                %v1625 = arith.maximumf %v71, %v1624 : f32
                %v1626 = arith.divf %v1604, %v1625 : f32
                %v1627 = arith.mulf %v1595, %v1626 fastmath<contract> : f32
                %v1628 = llvm.load %v46 : !llvm.ptr -> f32
                %v1629 = llvm.load %v50 : !llvm.ptr -> f32
                %v1630 = arith.mulf %v1629, %v1628 fastmath<contract> : f32
                %v1631 = arith.addf %v1627, %v1630 fastmath<contract> : f32
                llvm.store %v1631, %v46 : f32, !llvm.ptr
                %v1632 = arith.mulf %v1612, %v1626 fastmath<contract> : f32
                %v1633 = llvm.load %v47 : !llvm.ptr -> f32
                %v1634 = llvm.load %v51 : !llvm.ptr -> f32
                %v1635 = arith.mulf %v1634, %v1633 fastmath<contract> : f32
                %v1636 = arith.addf %v1632, %v1635 fastmath<contract> : f32
                llvm.store %v1636, %v47 : f32, !llvm.ptr
                %v1637 = arith.mulf %v1595, %v464 fastmath<contract> : f32
                %v1638 = arith.mulf %v1612, %v476 fastmath<contract> : f32
                %v1639 = arith.addf %v1637, %v1638 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1640, %v1641 = gpu.shuffle xor %v1639, %v691, %v692 : f32
                %v1642 = arith.addf %v1639, %v1640 fastmath<contract> : f32
                %v1643, %v1644 = gpu.shuffle xor %v1642, %v696, %v692 : f32
                %v1645 = arith.addf %v1642, %v1643 fastmath<contract> : f32
                %v1646, %v1647 = gpu.shuffle xor %v1645, %v700, %v692 : f32
                %v1648 = arith.addf %v1645, %v1646 fastmath<contract> : f32
                // end sum over the lanes
                %v1649 = arith.divf %v1648, %v1625 : f32
                %v1650 = arith.divf %v1649, %v1625 : f32
                %v1651 = arith.mulf %v1604, %v1650 fastmath<contract> : f32
                %v1652 = arith.negf %v1651 : f32
                %v1653 = arith.cmpf oge, %v71, %v1624 : f32
                %v1654 = arith.select %v1653, %v71, %v70 : f32
                %v1655 = arith.subf %v71, %v1654 fastmath<contract> : f32
                %v1656 = arith.mulf %v1652, %v1655 fastmath<contract> : f32
                %v1657 = arith.cmpf olt, %v1623, %v70 : f32
                %v1658 = arith.select %v1657, %v737, %v70 : f32
                %v1659 = arith.cmpf ogt, %v1623, %v70 : f32
                %v1660 = arith.select %v1659, %v71, %v1658 : f32
                %v1661 = arith.mulf %v1656, %v1660 fastmath<contract> : f32
                %v1662 = arith.mulf %v1595, %v1661 fastmath<contract> : f32
                %v1663 = llvm.load %v48 : !llvm.ptr -> f32
                %v1664 = llvm.load %v52 : !llvm.ptr -> f32
                %v1665 = arith.mulf %v1664, %v1663 fastmath<contract> : f32
                %v1666 = arith.addf %v1662, %v1665 fastmath<contract> : f32
                llvm.store %v1666, %v48 : f32, !llvm.ptr
                %v1667 = arith.mulf %v1612, %v1661 fastmath<contract> : f32
                %v1668 = llvm.load %v49 : !llvm.ptr -> f32
                %v1669 = llvm.load %v53 : !llvm.ptr -> f32
                %v1670 = arith.mulf %v1669, %v1668 fastmath<contract> : f32
                %v1671 = arith.addf %v1667, %v1670 fastmath<contract> : f32
                llvm.store %v1671, %v49 : f32, !llvm.ptr
                %v1672 = arith.mulf %v478, %v1661 fastmath<contract> : f32
                %v1673 = arith.mulf %v464, %v1626 fastmath<contract> : f32
                %v1674 = arith.addf %v1672, %v1673 fastmath<contract> : f32
                %v1675 = arith.mulf %v480, %v1661 fastmath<contract> : f32
                %v1676 = arith.mulf %v476, %v1626 fastmath<contract> : f32
                %v1677 = arith.addf %v1675, %v1676 fastmath<contract> : f32
                %v1678 = arith.muli %v72, %v120 : i64
                %v1679 = arith.subi %v1590, %v89 : i64
                %v1680 = arith.addi %v1678, %v1679 : i64
                %v1681 = llvm.getelementptr %v67[%v1680] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1682 = llvm.load %v1681 : !llvm.ptr -> f32
                %v1683 = arith.mulf %v1682, %v310 fastmath<contract> : f32
                %v1684 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1683) : (f32) -> f32
                %v1685 = llvm.load %v48 : !llvm.ptr -> f32
                %v1686 = arith.muli %v44, %v333 : i64
                %v1687 = arith.muli %v1590, %v332 : i64
                %v1688 = arith.addi %v1686, %v1687 : i64
                %v1689 = arith.muli %v42, %v331 : i64
                %v1690 = arith.addi %v1688, %v1689 : i64
                %v1691 = arith.muli %v40, %v2 : i64
                %v1692 = arith.addi %v1690, %v1691 : i64
                %v1693 = llvm.getelementptr %in_v[%v1692] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1694 = llvm.load %v1693 : !llvm.ptr -> f32
                %v1695 = llvm.load %v46 : !llvm.ptr -> f32
                %v1696 = arith.mulf %v1694, %v1695 fastmath<contract> : f32
                %v1697 = arith.addf %v1685, %v1696 fastmath<contract> : f32
                %v1698 = arith.mulf %v1684, %v1697 fastmath<contract> : f32
                %v1700 = llvm.call_intrinsic "llvm.sqrt.f32"(%v1699) : (f32) -> f32
                %v1701 = arith.divf %v1698, %v1700 : f32
                %v1702 = llvm.load %v49 : !llvm.ptr -> f32
                %v1703 = llvm.load %v47 : !llvm.ptr -> f32
                %v1704 = arith.mulf %v1694, %v1703 fastmath<contract> : f32
                %v1705 = arith.addf %v1702, %v1704 fastmath<contract> : f32
                %v1706 = arith.mulf %v1684, %v1705 fastmath<contract> : f32
                %v1707 = arith.divf %v1706, %v1700 : f32
                %v1708 = arith.muli %v30, %v120 : i64
                %v1709 = arith.subi %v1590, %v89 : i64
                %v1710 = arith.addi %v1708, %v1709 : i64
                %v1711 = llvm.getelementptr %v65[%v1710] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1712 = llvm.load %v1711 : !llvm.ptr -> f32
                %v1713 = arith.divf %v1712, %v1700 : f32
                %v1714 = arith.mulf %v1684, %v1713 fastmath<contract> : f32
                %v1715 = arith.mulf %v1714, %v1695 fastmath<contract> : f32
                %v1716 = arith.constant 8 : i64
                %v1717 = arith.addi %v1716, %v30 : i64
                %v1718 = arith.muli %v1717, %v120 : i64
                %v1719 = arith.subi %v1590, %v89 : i64
                %v1720 = arith.addi %v1718, %v1719 : i64
                %v1721 = llvm.getelementptr %v65[%v1720] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1722 = llvm.load %v1721 : !llvm.ptr -> f32
                %v1723 = arith.divf %v1722, %v1700 : f32
                %v1724 = arith.mulf %v1684, %v1723 fastmath<contract> : f32
                %v1725 = arith.mulf %v1724, %v1703 fastmath<contract> : f32
                %v1726 = arith.addf %v1715, %v1725 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1727, %v1728 = gpu.shuffle xor %v1726, %v691, %v692 : f32
                %v1729 = arith.addf %v1726, %v1727 fastmath<contract> : f32
                %v1730, %v1731 = gpu.shuffle xor %v1729, %v696, %v692 : f32
                %v1732 = arith.addf %v1729, %v1730 fastmath<contract> : f32
                %v1733, %v1734 = gpu.shuffle xor %v1732, %v700, %v692 : f32
                %v1735 = arith.addf %v1732, %v1733 fastmath<contract> : f32
                // end sum over the lanes
                %v1736 = arith.cmpi eq, %v30, %v72 : i64
                %v1737 = arith.andi %v34, %v1736 : i1
                scf.if %v1737 {
                  %v1738 = arith.muli %v44, %v333 : i64
                  %v1739 = arith.muli %v1590, %v332 : i64
                  %v1740 = arith.addi %v1738, %v1739 : i64
                  %v1741 = arith.muli %v42, %v331 : i64
                  %v1742 = arith.addi %v1740, %v1741 : i64
                  %v1743 = arith.muli %v40, %v2 : i64
                  %v1744 = arith.addi %v1742, %v1743 : i64
                  %v1745 = llvm.getelementptr %dx_v[%v1744] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1735, %v1745 : f32, !llvm.ptr
                }
                %v1746 = arith.mulf %v1713, %v1697 fastmath<contract> : f32
                %v1747 = arith.mulf %v1723, %v1705 fastmath<contract> : f32
                %v1748 = arith.addf %v1746, %v1747 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1749, %v1750 = gpu.shuffle xor %v1748, %v691, %v692 : f32
                %v1751 = arith.addf %v1748, %v1749 fastmath<contract> : f32
                %v1752, %v1753 = gpu.shuffle xor %v1751, %v696, %v692 : f32
                %v1754 = arith.addf %v1751, %v1752 fastmath<contract> : f32
                %v1755, %v1756 = gpu.shuffle xor %v1754, %v700, %v692 : f32
                %v1757 = arith.addf %v1754, %v1755 fastmath<contract> : f32
                // end sum over the lanes
                %v1758 = arith.mulf %v1684, %v1757 fastmath<contract> : f32
                %v1759 = arith.mulf %v396, %v1695 fastmath<contract> : f32
                %v1760 = arith.mulf %v405, %v1703 fastmath<contract> : f32
                %v1761 = arith.addf %v1759, %v1760 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1762, %v1763 = gpu.shuffle xor %v1761, %v691, %v692 : f32
                %v1764 = arith.addf %v1761, %v1762 fastmath<contract> : f32
                %v1765, %v1766 = gpu.shuffle xor %v1764, %v696, %v692 : f32
                %v1767 = arith.addf %v1764, %v1765 fastmath<contract> : f32
                %v1768, %v1769 = gpu.shuffle xor %v1767, %v700, %v692 : f32
                %v1770 = arith.addf %v1767, %v1768 fastmath<contract> : f32
                // end sum over the lanes
                %v1771 = arith.mulf %v414, %v1685 fastmath<contract> : f32
                %v1772 = arith.mulf %v423, %v1702 fastmath<contract> : f32
                %v1773 = arith.addf %v1771, %v1772 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1774, %v1775 = gpu.shuffle xor %v1773, %v691, %v692 : f32
                %v1776 = arith.addf %v1773, %v1774 fastmath<contract> : f32
                %v1777, %v1778 = gpu.shuffle xor %v1776, %v696, %v692 : f32
                %v1779 = arith.addf %v1776, %v1777 fastmath<contract> : f32
                %v1780, %v1781 = gpu.shuffle xor %v1779, %v700, %v692 : f32
                %v1782 = arith.addf %v1779, %v1780 fastmath<contract> : f32
                // end sum over the lanes
                %v1783 = arith.addf %v1770, %v1782 fastmath<contract> : f32
                %v1784 = arith.muli %v72, %v120 : i64
                %v1785 = arith.subi %v1590, %v89 : i64
                %v1786 = arith.addi %v1784, %v1785 : i64
                %v1787 = llvm.getelementptr %v69[%v1786] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1788 = llvm.load %v1787 : !llvm.ptr -> f32
                %v1789 = arith.negf %v1788 : f32
                %v1790 = arith.mulf %v1789, %v310 fastmath<contract> : f32
                %v1791 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1790) : (f32) -> f32
                %v1792 = arith.addf %v71, %v1791 fastmath<contract> : f32
                %v1793 = arith.divf %v71, %v1792 : f32
                %v1794 = arith.subf %v71, %v1793 fastmath<contract> : f32
                %v1795 = arith.mulf %v1793, %v1794 fastmath<contract> : f32
                %v1796 = arith.mulf %v1783, %v1795 fastmath<contract> : f32
                %v1797 = arith.select %v34, %v1674, %v70 : f32
                // sum over the warp's outer points: shuffles
                %v1798, %v1799 = gpu.shuffle xor %v1797, %v879, %v692 : f32
                %v1800 = arith.addf %v1797, %v1798 fastmath<contract> : f32
                %v1801, %v1802 = gpu.shuffle xor %v1800, %v883, %v692 : f32
                %v1803 = arith.addf %v1800, %v1801 fastmath<contract> : f32
                %v1804 = arith.divui %v20, %v22 : i64
                %v1805 = arith.remui %v20, %v22 : i64
                %v1806 = arith.cmpi ult, %v1805, %v29 : i64
                %v1807 = arith.addi %v72, %v30 : i64
                %v1808 = arith.muli %v1804, %v1 : i64
                %v1809 = arith.addi %v1808, %v1807 : i64
                %v1810 = arith.muli %v1809, %v893 : i64
                %v1811 = arith.addi %v1810, %v1589 : i64
                scf.if %v1806 {
                  %v1812 = llvm.getelementptr %v55[%v1811] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1803, %v1812 : f32, !llvm.ptr
                }
                %v1813 = arith.select %v34, %v1677, %v70 : f32
                // sum over the warp's outer points: shuffles
                %v1814, %v1815 = gpu.shuffle xor %v1813, %v879, %v692 : f32
                %v1816 = arith.addf %v1813, %v1814 fastmath<contract> : f32
                %v1817, %v1818 = gpu.shuffle xor %v1816, %v883, %v692 : f32
                %v1819 = arith.addf %v1816, %v1817 fastmath<contract> : f32
                %v1820 = arith.divui %v20, %v22 : i64
                %v1821 = arith.remui %v20, %v22 : i64
                %v1822 = arith.cmpi ult, %v1821, %v29 : i64
                %v1823 = arith.addi %v29, %v30 : i64
                %v1824 = arith.muli %v1820, %v1 : i64
                %v1825 = arith.addi %v1824, %v1823 : i64
                %v1826 = arith.muli %v1825, %v893 : i64
                %v1827 = arith.addi %v1826, %v1589 : i64
                scf.if %v1822 {
                  %v1828 = llvm.getelementptr %v55[%v1827] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1819, %v1828 : f32, !llvm.ptr
                }
                %v1829 = arith.select %v34, %v1701, %v70 : f32
                // sum over the warp's outer points: shuffles
                %v1830, %v1831 = gpu.shuffle xor %v1829, %v879, %v692 : f32
                %v1832 = arith.addf %v1829, %v1830 fastmath<contract> : f32
                %v1833, %v1834 = gpu.shuffle xor %v1832, %v883, %v692 : f32
                %v1835 = arith.addf %v1832, %v1833 fastmath<contract> : f32
                %v1836 = arith.divui %v20, %v22 : i64
                %v1837 = arith.remui %v20, %v22 : i64
                %v1838 = arith.cmpi ult, %v1837, %v29 : i64
                %v1839 = arith.addi %v72, %v30 : i64
                %v1840 = arith.muli %v1836, %v1 : i64
                %v1841 = arith.addi %v1840, %v1839 : i64
                %v1842 = arith.muli %v1841, %v893 : i64
                %v1843 = arith.addi %v1842, %v1589 : i64
                scf.if %v1838 {
                  %v1844 = llvm.getelementptr %v57[%v1843] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1835, %v1844 : f32, !llvm.ptr
                }
                %v1845 = arith.select %v34, %v1707, %v70 : f32
                // sum over the warp's outer points: shuffles
                %v1846, %v1847 = gpu.shuffle xor %v1845, %v879, %v692 : f32
                %v1848 = arith.addf %v1845, %v1846 fastmath<contract> : f32
                %v1849, %v1850 = gpu.shuffle xor %v1848, %v883, %v692 : f32
                %v1851 = arith.addf %v1848, %v1849 fastmath<contract> : f32
                %v1852 = arith.divui %v20, %v22 : i64
                %v1853 = arith.remui %v20, %v22 : i64
                %v1854 = arith.cmpi ult, %v1853, %v29 : i64
                %v1855 = arith.addi %v29, %v30 : i64
                %v1856 = arith.muli %v1852, %v1 : i64
                %v1857 = arith.addi %v1856, %v1855 : i64
                %v1858 = arith.muli %v1857, %v893 : i64
                %v1859 = arith.addi %v1858, %v1589 : i64
                scf.if %v1854 {
                  %v1860 = llvm.getelementptr %v57[%v1859] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1851, %v1860 : f32, !llvm.ptr
                }
                %v1861 = arith.select %v34, %v1758, %v70 : f32
                // sum over the warp's outer points: shuffles
                %v1862, %v1863 = gpu.shuffle xor %v1861, %v879, %v692 : f32
                %v1864 = arith.addf %v1861, %v1862 fastmath<contract> : f32
                %v1865, %v1866 = gpu.shuffle xor %v1864, %v883, %v692 : f32
                %v1867 = arith.addf %v1864, %v1865 fastmath<contract> : f32
                %v1868 = arith.divui %v20, %v22 : i64
                %v1869 = arith.remui %v20, %v22 : i64
                %v1870 = arith.cmpi ult, %v1869, %v2 : i64
                %v1871 = arith.muli %v1868, %v2 : i64
                %v1872 = arith.addi %v1871, %v72 : i64
                %v1873 = arith.muli %v1872, %v893 : i64
                %v1874 = arith.addi %v1873, %v1589 : i64
                scf.if %v1870 {
                  %v1875 = llvm.getelementptr %v59[%v1874] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1867, %v1875 : f32, !llvm.ptr
                }
                %v1876 = arith.select %v34, %v1796, %v70 : f32
                // sum over the warp's outer points: shuffles
                %v1877, %v1878 = gpu.shuffle xor %v1876, %v879, %v692 : f32
                %v1879 = arith.addf %v1876, %v1877 fastmath<contract> : f32
                %v1880, %v1881 = gpu.shuffle xor %v1879, %v883, %v692 : f32
                %v1882 = arith.addf %v1879, %v1880 fastmath<contract> : f32
                %v1883 = arith.divui %v20, %v22 : i64
                %v1884 = arith.remui %v20, %v22 : i64
                %v1885 = arith.cmpi ult, %v1884, %v2 : i64
                %v1886 = arith.muli %v1883, %v2 : i64
                %v1887 = arith.addi %v1886, %v72 : i64
                %v1888 = arith.muli %v1887, %v893 : i64
                %v1889 = arith.addi %v1888, %v1589 : i64
                scf.if %v1885 {
                  %v1890 = llvm.getelementptr %v61[%v1889] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1882, %v1890 : f32, !llvm.ptr
                }
                llvm.store %v1793, %v50 : f32, !llvm.ptr
                llvm.store %v1793, %v51 : f32, !llvm.ptr
                llvm.store %v1793, %v52 : f32, !llvm.ptr
                llvm.store %v1793, %v53 : f32, !llvm.ptr
              }
            }
          }
          gpu.barrier
          %v1896 = arith.index_cast %v20 : i64 to index
          %v1897 = arith.index_cast %v1895 : i64 to index
          %v1898 = arith.index_cast %v96 : i64 to index
          scf.for %v1899 = %v1896 to %v1897 step %v1898 {
            %v1900 = arith.index_cast %v1899 : index to i64
            %v1901 = arith.remui %v1900, %v22 : i64
            %v1902 = arith.divui %v1900, %v22 : i64
            %v1903 = arith.muli %v373, %v29 : i64
            %v1904 = arith.divui %v1901, %v75 : i64
            %v1905 = arith.addi %v1903, %v1904 : i64
            %v1906 = arith.cmpi slt, %v1905, %v93 : i64
            %v1907 = arith.subi %v93, %v2 : i64
            %v1908 = arith.subi %v1907, %v1905 : i64
            %v1909 = arith.remui %v1901, %v75 : i64
            %v1910 = arith.subi %v76, %v1909 : i64
            %v1911 = arith.muli %v1908, %v75 : i64
            %v1912 = arith.addi %v1911, %v1910 : i64
            %v1913 = arith.cmpi slt, %v1912, %v91 : i64
            %v1914 = arith.andi %v1906, %v1913 : i1
            scf.if %v1914 {
              %v1915 = arith.addi %v89, %v1912 : i64
              %v1916 = arith.muli %v72, %v1 : i64
              %v1917 = arith.addi %v1916, %v1902 : i64
              %v1918 = arith.muli %v1917, %v893 : i64
              %v1919 = arith.addi %v1918, %v1901 : i64
              %v1920 = llvm.getelementptr %v55[%v1919] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1921 = llvm.load %v1920 : !llvm.ptr -> f32
              %v1922 = arith.muli %v2, %v1 : i64
              %v1923 = arith.addi %v1922, %v1902 : i64
              %v1924 = arith.muli %v1923, %v893 : i64
              %v1925 = arith.addi %v1924, %v1901 : i64
              %v1926 = llvm.getelementptr %v55[%v1925] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1927 = llvm.load %v1926 : !llvm.ptr -> f32
              %v1928 = arith.addf %v1921, %v1927 fastmath<contract> : f32
              %v1929 = arith.muli %v538, %v1 : i64
              %v1930 = arith.addi %v1929, %v1902 : i64
              %v1931 = arith.muli %v1930, %v893 : i64
              %v1932 = arith.addi %v1931, %v1901 : i64
              %v1933 = llvm.getelementptr %v55[%v1932] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1934 = llvm.load %v1933 : !llvm.ptr -> f32
              %v1935 = arith.addf %v1928, %v1934 fastmath<contract> : f32
              %v1936 = arith.muli %v76, %v1 : i64
              %v1937 = arith.addi %v1936, %v1902 : i64
              %v1938 = arith.muli %v1937, %v893 : i64
              %v1939 = arith.addi %v1938, %v1901 : i64
              %v1940 = llvm.getelementptr %v55[%v1939] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1941 = llvm.load %v1940 : !llvm.ptr -> f32
              %v1942 = arith.addf %v1935, %v1941 fastmath<contract> : f32
              %v1943 = arith.muli %v75, %v1 : i64
              %v1944 = arith.addi %v1943, %v1902 : i64
              %v1945 = arith.muli %v1944, %v893 : i64
              %v1946 = arith.addi %v1945, %v1901 : i64
              %v1947 = llvm.getelementptr %v55[%v1946] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1948 = llvm.load %v1947 : !llvm.ptr -> f32
              %v1949 = arith.addf %v1942, %v1948 fastmath<contract> : f32
              %v1951 = arith.muli %v1950, %v1 : i64
              %v1952 = arith.addi %v1951, %v1902 : i64
              %v1953 = arith.muli %v1952, %v893 : i64
              %v1954 = arith.addi %v1953, %v1901 : i64
              %v1955 = llvm.getelementptr %v55[%v1954] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1956 = llvm.load %v1955 : !llvm.ptr -> f32
              %v1957 = arith.addf %v1949, %v1956 fastmath<contract> : f32
              %v1959 = arith.muli %v1958, %v1 : i64
              %v1960 = arith.addi %v1959, %v1902 : i64
              %v1961 = arith.muli %v1960, %v893 : i64
              %v1962 = arith.addi %v1961, %v1901 : i64
              %v1963 = llvm.getelementptr %v55[%v1962] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1964 = llvm.load %v1963 : !llvm.ptr -> f32
              %v1965 = arith.addf %v1957, %v1964 fastmath<contract> : f32
              %v1966 = arith.muli %v366, %v1 : i64
              %v1967 = arith.addi %v1966, %v1902 : i64
              %v1968 = arith.muli %v1967, %v893 : i64
              %v1969 = arith.addi %v1968, %v1901 : i64
              %v1970 = llvm.getelementptr %v55[%v1969] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1971 = llvm.load %v1970 : !llvm.ptr -> f32
              %v1972 = arith.addf %v1965, %v1971 fastmath<contract> : f32
              %v1973 = arith.remui %v1902, %v1 : i64
              %v1974 = arith.divui %v1902, %v1 : i64
              %v1975 = arith.muli %v44, %v110 : i64
              %v1976 = arith.muli %v1915, %v109 : i64
              %v1977 = arith.addi %v1975, %v1976 : i64
              %v1978 = arith.muli %v42, %v108 : i64
              %v1979 = arith.addi %v1977, %v1978 : i64
              %v1980 = arith.muli %v1973, %v2 : i64
              %v1981 = arith.addi %v1979, %v1980 : i64
              %v1982 = arith.muli %v28, %v1894 : i64
              %v1983 = arith.addi %v1982, %v1981 : i64
              %v1984 = llvm.getelementptr %part_q[%v1983] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1972, %v1984 : f32, !llvm.ptr
            }
          }
          %v1989 = arith.index_cast %v20 : i64 to index
          %v1990 = arith.index_cast %v1895 : i64 to index
          %v1991 = arith.index_cast %v96 : i64 to index
          scf.for %v1992 = %v1989 to %v1990 step %v1991 {
            %v1993 = arith.index_cast %v1992 : index to i64
            %v1994 = arith.remui %v1993, %v22 : i64
            %v1995 = arith.divui %v1993, %v22 : i64
            %v1996 = arith.muli %v373, %v29 : i64
            %v1997 = arith.divui %v1994, %v75 : i64
            %v1998 = arith.addi %v1996, %v1997 : i64
            %v1999 = arith.cmpi slt, %v1998, %v93 : i64
            %v2000 = arith.subi %v93, %v2 : i64
            %v2001 = arith.subi %v2000, %v1998 : i64
            %v2002 = arith.remui %v1994, %v75 : i64
            %v2003 = arith.subi %v76, %v2002 : i64
            %v2004 = arith.muli %v2001, %v75 : i64
            %v2005 = arith.addi %v2004, %v2003 : i64
            %v2006 = arith.cmpi slt, %v2005, %v91 : i64
            %v2007 = arith.andi %v1999, %v2006 : i1
            scf.if %v2007 {
              %v2008 = arith.addi %v89, %v2005 : i64
              %v2009 = arith.muli %v72, %v1 : i64
              %v2010 = arith.addi %v2009, %v1995 : i64
              %v2011 = arith.muli %v2010, %v893 : i64
              %v2012 = arith.addi %v2011, %v1994 : i64
              %v2013 = llvm.getelementptr %v57[%v2012] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2014 = llvm.load %v2013 : !llvm.ptr -> f32
              %v2015 = arith.muli %v2, %v1 : i64
              %v2016 = arith.addi %v2015, %v1995 : i64
              %v2017 = arith.muli %v2016, %v893 : i64
              %v2018 = arith.addi %v2017, %v1994 : i64
              %v2019 = llvm.getelementptr %v57[%v2018] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2020 = llvm.load %v2019 : !llvm.ptr -> f32
              %v2021 = arith.addf %v2014, %v2020 fastmath<contract> : f32
              %v2022 = arith.muli %v538, %v1 : i64
              %v2023 = arith.addi %v2022, %v1995 : i64
              %v2024 = arith.muli %v2023, %v893 : i64
              %v2025 = arith.addi %v2024, %v1994 : i64
              %v2026 = llvm.getelementptr %v57[%v2025] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2027 = llvm.load %v2026 : !llvm.ptr -> f32
              %v2028 = arith.addf %v2021, %v2027 fastmath<contract> : f32
              %v2029 = arith.muli %v76, %v1 : i64
              %v2030 = arith.addi %v2029, %v1995 : i64
              %v2031 = arith.muli %v2030, %v893 : i64
              %v2032 = arith.addi %v2031, %v1994 : i64
              %v2033 = llvm.getelementptr %v57[%v2032] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2034 = llvm.load %v2033 : !llvm.ptr -> f32
              %v2035 = arith.addf %v2028, %v2034 fastmath<contract> : f32
              %v2036 = arith.muli %v75, %v1 : i64
              %v2037 = arith.addi %v2036, %v1995 : i64
              %v2038 = arith.muli %v2037, %v893 : i64
              %v2039 = arith.addi %v2038, %v1994 : i64
              %v2040 = llvm.getelementptr %v57[%v2039] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2041 = llvm.load %v2040 : !llvm.ptr -> f32
              %v2042 = arith.addf %v2035, %v2041 fastmath<contract> : f32
              %v2043 = arith.muli %v1950, %v1 : i64
              %v2044 = arith.addi %v2043, %v1995 : i64
              %v2045 = arith.muli %v2044, %v893 : i64
              %v2046 = arith.addi %v2045, %v1994 : i64
              %v2047 = llvm.getelementptr %v57[%v2046] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2048 = llvm.load %v2047 : !llvm.ptr -> f32
              %v2049 = arith.addf %v2042, %v2048 fastmath<contract> : f32
              %v2050 = arith.muli %v1958, %v1 : i64
              %v2051 = arith.addi %v2050, %v1995 : i64
              %v2052 = arith.muli %v2051, %v893 : i64
              %v2053 = arith.addi %v2052, %v1994 : i64
              %v2054 = llvm.getelementptr %v57[%v2053] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2055 = llvm.load %v2054 : !llvm.ptr -> f32
              %v2056 = arith.addf %v2049, %v2055 fastmath<contract> : f32
              %v2057 = arith.muli %v366, %v1 : i64
              %v2058 = arith.addi %v2057, %v1995 : i64
              %v2059 = arith.muli %v2058, %v893 : i64
              %v2060 = arith.addi %v2059, %v1994 : i64
              %v2061 = llvm.getelementptr %v57[%v2060] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2062 = llvm.load %v2061 : !llvm.ptr -> f32
              %v2063 = arith.addf %v2056, %v2062 fastmath<contract> : f32
              %v2064 = arith.remui %v1995, %v1 : i64
              %v2065 = arith.divui %v1995, %v1 : i64
              %v2066 = arith.muli %v44, %v110 : i64
              %v2067 = arith.muli %v2008, %v109 : i64
              %v2068 = arith.addi %v2066, %v2067 : i64
              %v2069 = arith.muli %v42, %v108 : i64
              %v2070 = arith.addi %v2068, %v2069 : i64
              %v2071 = arith.muli %v2064, %v2 : i64
              %v2072 = arith.addi %v2070, %v2071 : i64
              %v2073 = arith.muli %v28, %v1988 : i64
              %v2074 = arith.addi %v2073, %v2072 : i64
              %v2075 = llvm.getelementptr %part_k[%v2074] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v2063, %v2075 : f32, !llvm.ptr
            }
          }
          %v2079 = arith.index_cast %v20 : i64 to index
          %v2080 = arith.index_cast %v22 : i64 to index
          %v2081 = arith.index_cast %v96 : i64 to index
          scf.for %v2082 = %v2079 to %v2080 step %v2081 {
            %v2083 = arith.index_cast %v2082 : index to i64
            %v2084 = arith.remui %v2083, %v22 : i64
            %v2085 = arith.divui %v2083, %v22 : i64
            %v2086 = arith.muli %v373, %v29 : i64
            %v2087 = arith.divui %v2084, %v75 : i64
            %v2088 = arith.addi %v2086, %v2087 : i64
            %v2089 = arith.cmpi slt, %v2088, %v93 : i64
            %v2090 = arith.subi %v93, %v2 : i64
            %v2091 = arith.subi %v2090, %v2088 : i64
            %v2092 = arith.remui %v2084, %v75 : i64
            %v2093 = arith.subi %v76, %v2092 : i64
            %v2094 = arith.muli %v2091, %v75 : i64
            %v2095 = arith.addi %v2094, %v2093 : i64
            %v2096 = arith.cmpi slt, %v2095, %v91 : i64
            %v2097 = arith.andi %v2089, %v2096 : i1
            scf.if %v2097 {
              %v2098 = arith.addi %v89, %v2095 : i64
              %v2099 = arith.muli %v72, %v2 : i64
              %v2100 = arith.addi %v2099, %v2085 : i64
              %v2101 = arith.muli %v2100, %v893 : i64
              %v2102 = arith.addi %v2101, %v2084 : i64
              %v2103 = llvm.getelementptr %v59[%v2102] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2104 = llvm.load %v2103 : !llvm.ptr -> f32
              %v2105 = arith.muli %v2, %v2 : i64
              %v2106 = arith.addi %v2105, %v2085 : i64
              %v2107 = arith.muli %v2106, %v893 : i64
              %v2108 = arith.addi %v2107, %v2084 : i64
              %v2109 = llvm.getelementptr %v59[%v2108] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2110 = llvm.load %v2109 : !llvm.ptr -> f32
              %v2111 = arith.addf %v2104, %v2110 fastmath<contract> : f32
              %v2112 = arith.muli %v538, %v2 : i64
              %v2113 = arith.addi %v2112, %v2085 : i64
              %v2114 = arith.muli %v2113, %v893 : i64
              %v2115 = arith.addi %v2114, %v2084 : i64
              %v2116 = llvm.getelementptr %v59[%v2115] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2117 = llvm.load %v2116 : !llvm.ptr -> f32
              %v2118 = arith.addf %v2111, %v2117 fastmath<contract> : f32
              %v2119 = arith.muli %v76, %v2 : i64
              %v2120 = arith.addi %v2119, %v2085 : i64
              %v2121 = arith.muli %v2120, %v893 : i64
              %v2122 = arith.addi %v2121, %v2084 : i64
              %v2123 = llvm.getelementptr %v59[%v2122] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2124 = llvm.load %v2123 : !llvm.ptr -> f32
              %v2125 = arith.addf %v2118, %v2124 fastmath<contract> : f32
              %v2126 = arith.muli %v75, %v2 : i64
              %v2127 = arith.addi %v2126, %v2085 : i64
              %v2128 = arith.muli %v2127, %v893 : i64
              %v2129 = arith.addi %v2128, %v2084 : i64
              %v2130 = llvm.getelementptr %v59[%v2129] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2131 = llvm.load %v2130 : !llvm.ptr -> f32
              %v2132 = arith.addf %v2125, %v2131 fastmath<contract> : f32
              %v2133 = arith.muli %v1950, %v2 : i64
              %v2134 = arith.addi %v2133, %v2085 : i64
              %v2135 = arith.muli %v2134, %v893 : i64
              %v2136 = arith.addi %v2135, %v2084 : i64
              %v2137 = llvm.getelementptr %v59[%v2136] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2138 = llvm.load %v2137 : !llvm.ptr -> f32
              %v2139 = arith.addf %v2132, %v2138 fastmath<contract> : f32
              %v2140 = arith.muli %v1958, %v2 : i64
              %v2141 = arith.addi %v2140, %v2085 : i64
              %v2142 = arith.muli %v2141, %v893 : i64
              %v2143 = arith.addi %v2142, %v2084 : i64
              %v2144 = llvm.getelementptr %v59[%v2143] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2145 = llvm.load %v2144 : !llvm.ptr -> f32
              %v2146 = arith.addf %v2139, %v2145 fastmath<contract> : f32
              %v2147 = arith.muli %v366, %v2 : i64
              %v2148 = arith.addi %v2147, %v2085 : i64
              %v2149 = arith.muli %v2148, %v893 : i64
              %v2150 = arith.addi %v2149, %v2084 : i64
              %v2151 = llvm.getelementptr %v59[%v2150] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2152 = llvm.load %v2151 : !llvm.ptr -> f32
              %v2153 = arith.addf %v2146, %v2152 fastmath<contract> : f32
              %v2154 = arith.muli %v44, %v157 : i64
              %v2155 = arith.muli %v2098, %v156 : i64
              %v2156 = arith.addi %v2154, %v2155 : i64
              %v2157 = arith.muli %v42, %v2 : i64
              %v2158 = arith.addi %v2156, %v2157 : i64
              %v2159 = arith.muli %v28, %v2078 : i64
              %v2160 = arith.addi %v2159, %v2158 : i64
              %v2161 = llvm.getelementptr %part_ig[%v2160] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v2153, %v2161 : f32, !llvm.ptr
            }
          }
          %v2165 = arith.index_cast %v20 : i64 to index
          %v2166 = arith.index_cast %v22 : i64 to index
          %v2167 = arith.index_cast %v96 : i64 to index
          scf.for %v2168 = %v2165 to %v2166 step %v2167 {
            %v2169 = arith.index_cast %v2168 : index to i64
            %v2170 = arith.remui %v2169, %v22 : i64
            %v2171 = arith.divui %v2169, %v22 : i64
            %v2172 = arith.muli %v373, %v29 : i64
            %v2173 = arith.divui %v2170, %v75 : i64
            %v2174 = arith.addi %v2172, %v2173 : i64
            %v2175 = arith.cmpi slt, %v2174, %v93 : i64
            %v2176 = arith.subi %v93, %v2 : i64
            %v2177 = arith.subi %v2176, %v2174 : i64
            %v2178 = arith.remui %v2170, %v75 : i64
            %v2179 = arith.subi %v76, %v2178 : i64
            %v2180 = arith.muli %v2177, %v75 : i64
            %v2181 = arith.addi %v2180, %v2179 : i64
            %v2182 = arith.cmpi slt, %v2181, %v91 : i64
            %v2183 = arith.andi %v2175, %v2182 : i1
            scf.if %v2183 {
              %v2184 = arith.addi %v89, %v2181 : i64
              %v2185 = arith.muli %v72, %v2 : i64
              %v2186 = arith.addi %v2185, %v2171 : i64
              %v2187 = arith.muli %v2186, %v893 : i64
              %v2188 = arith.addi %v2187, %v2170 : i64
              %v2189 = llvm.getelementptr %v61[%v2188] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2190 = llvm.load %v2189 : !llvm.ptr -> f32
              %v2191 = arith.muli %v2, %v2 : i64
              %v2192 = arith.addi %v2191, %v2171 : i64
              %v2193 = arith.muli %v2192, %v893 : i64
              %v2194 = arith.addi %v2193, %v2170 : i64
              %v2195 = llvm.getelementptr %v61[%v2194] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2196 = llvm.load %v2195 : !llvm.ptr -> f32
              %v2197 = arith.addf %v2190, %v2196 fastmath<contract> : f32
              %v2198 = arith.muli %v538, %v2 : i64
              %v2199 = arith.addi %v2198, %v2171 : i64
              %v2200 = arith.muli %v2199, %v893 : i64
              %v2201 = arith.addi %v2200, %v2170 : i64
              %v2202 = llvm.getelementptr %v61[%v2201] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2203 = llvm.load %v2202 : !llvm.ptr -> f32
              %v2204 = arith.addf %v2197, %v2203 fastmath<contract> : f32
              %v2205 = arith.muli %v76, %v2 : i64
              %v2206 = arith.addi %v2205, %v2171 : i64
              %v2207 = arith.muli %v2206, %v893 : i64
              %v2208 = arith.addi %v2207, %v2170 : i64
              %v2209 = llvm.getelementptr %v61[%v2208] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2210 = llvm.load %v2209 : !llvm.ptr -> f32
              %v2211 = arith.addf %v2204, %v2210 fastmath<contract> : f32
              %v2212 = arith.muli %v75, %v2 : i64
              %v2213 = arith.addi %v2212, %v2171 : i64
              %v2214 = arith.muli %v2213, %v893 : i64
              %v2215 = arith.addi %v2214, %v2170 : i64
              %v2216 = llvm.getelementptr %v61[%v2215] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2217 = llvm.load %v2216 : !llvm.ptr -> f32
              %v2218 = arith.addf %v2211, %v2217 fastmath<contract> : f32
              %v2219 = arith.muli %v1950, %v2 : i64
              %v2220 = arith.addi %v2219, %v2171 : i64
              %v2221 = arith.muli %v2220, %v893 : i64
              %v2222 = arith.addi %v2221, %v2170 : i64
              %v2223 = llvm.getelementptr %v61[%v2222] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2224 = llvm.load %v2223 : !llvm.ptr -> f32
              %v2225 = arith.addf %v2218, %v2224 fastmath<contract> : f32
              %v2226 = arith.muli %v1958, %v2 : i64
              %v2227 = arith.addi %v2226, %v2171 : i64
              %v2228 = arith.muli %v2227, %v893 : i64
              %v2229 = arith.addi %v2228, %v2170 : i64
              %v2230 = llvm.getelementptr %v61[%v2229] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2231 = llvm.load %v2230 : !llvm.ptr -> f32
              %v2232 = arith.addf %v2225, %v2231 fastmath<contract> : f32
              %v2233 = arith.muli %v366, %v2 : i64
              %v2234 = arith.addi %v2233, %v2171 : i64
              %v2235 = arith.muli %v2234, %v893 : i64
              %v2236 = arith.addi %v2235, %v2170 : i64
              %v2237 = llvm.getelementptr %v61[%v2236] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2238 = llvm.load %v2237 : !llvm.ptr -> f32
              %v2239 = arith.addf %v2232, %v2238 fastmath<contract> : f32
              %v2240 = arith.muli %v44, %v157 : i64
              %v2241 = arith.muli %v2184, %v156 : i64
              %v2242 = arith.addi %v2240, %v2241 : i64
              %v2243 = arith.muli %v42, %v2 : i64
              %v2244 = arith.addi %v2242, %v2243 : i64
              %v2245 = arith.muli %v28, %v2164 : i64
              %v2246 = arith.addi %v2245, %v2244 : i64
              %v2247 = llvm.getelementptr %part_fg[%v2246] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v2239, %v2247 : f32, !llvm.ptr
            }
          }
          gpu.barrier
        }
      }
      %v2248 = arith.constant true
      scf.if %v2248 {
      }
      gpu.return
    }
  }
}
