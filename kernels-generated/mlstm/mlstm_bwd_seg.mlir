module attributes {gpu.container_module} {
  gpu.module @linrec {
    llvm.mlir.global internal @tile_mlstm_bwd_seg_q() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<4224 x f32>
    llvm.mlir.global internal @tile_mlstm_bwd_seg_k() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<4224 x f32>
    llvm.mlir.global internal @tile_mlstm_bwd_seg_ig() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<264 x f32>
    llvm.mlir.global internal @tile_mlstm_bwd_seg_fg() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<264 x f32>
    llvm.mlir.global internal @rows_mlstm_bwd_seg_q() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<1040 x f32>
    llvm.mlir.global internal @rows_mlstm_bwd_seg_k() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<1040 x f32>
    llvm.mlir.global internal @rows_mlstm_bwd_seg_ig() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<65 x f32>
    llvm.mlir.global internal @rows_mlstm_bwd_seg_fg() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<65 x f32>
    gpu.func @mlstm_bwd_seg(%in_q: !llvm.ptr, %in_k: !llvm.ptr, %in_v: !llvm.ptr, %in_ig: !llvm.ptr, %in_fg: !llvm.ptr, %dy_o: !llvm.ptr, %ckpt_C: !llvm.ptr, %ckpt_n: !llvm.ptr, %scratch_C: !llvm.ptr, %scratch_n: !llvm.ptr, %segcarry_C: !llvm.ptr, %segcarry_n: !llvm.ptr, %part_q: !llvm.ptr, %part_k: !llvm.ptr, %dx_v: !llvm.ptr, %part_ig: !llvm.ptr, %part_fg: !llvm.ptr, %size_B: i64, %size_L: i64, %size_H: i64, %size_DK: i64, %size_DV: i64) kernel attributes {nvvm.maxntid = array<i32: 256, 1, 1>, nvvm.minctasm = 2 : i32} {
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
      %v67 = llvm.mlir.addressof @tile_mlstm_bwd_seg_q : !llvm.ptr<3>
      %v68 = llvm.addrspacecast %v67 : !llvm.ptr<3> to !llvm.ptr
      %v69 = llvm.mlir.addressof @tile_mlstm_bwd_seg_k : !llvm.ptr<3>
      %v70 = llvm.addrspacecast %v69 : !llvm.ptr<3> to !llvm.ptr
      %v71 = llvm.mlir.addressof @tile_mlstm_bwd_seg_ig : !llvm.ptr<3>
      %v72 = llvm.addrspacecast %v71 : !llvm.ptr<3> to !llvm.ptr
      %v73 = llvm.mlir.addressof @tile_mlstm_bwd_seg_fg : !llvm.ptr<3>
      %v74 = llvm.addrspacecast %v73 : !llvm.ptr<3> to !llvm.ptr
      %v75 = llvm.mlir.addressof @rows_mlstm_bwd_seg_q : !llvm.ptr<3>
      %v76 = llvm.addrspacecast %v75 : !llvm.ptr<3> to !llvm.ptr
      %v77 = llvm.mlir.addressof @rows_mlstm_bwd_seg_k : !llvm.ptr<3>
      %v78 = llvm.addrspacecast %v77 : !llvm.ptr<3> to !llvm.ptr
      %v79 = llvm.mlir.addressof @rows_mlstm_bwd_seg_ig : !llvm.ptr<3>
      %v80 = llvm.addrspacecast %v79 : !llvm.ptr<3> to !llvm.ptr
      %v81 = llvm.mlir.addressof @rows_mlstm_bwd_seg_fg : !llvm.ptr<3>
      %v82 = llvm.addrspacecast %v81 : !llvm.ptr<3> to !llvm.ptr
      %v83 = arith.constant 0x00000000 : f32
      %v84 = arith.constant 0x3F800000 : f32
      %v85 = arith.constant 0 : i64
      %v175 = arith.constant 64 : i64
      %v176 = arith.constant 3 : i64
      %v197 = arith.constant 1024 : i64
      %v209 = arith.muli %v2, %v1 : i64
      %v210 = arith.muli %v209, %size_H : i64
      %v211 = arith.muli %v210, %size_L : i64
      %v221 = arith.constant 65 : i64
      %v257 = arith.muli %v2, %size_H : i64
      %v258 = arith.muli %v257, %size_L : i64
      %v289 = arith.muli %v2, %size_B : i64
      %v290 = arith.muli %v289, %size_H : i64
      %v291 = arith.muli %v290, %v1 : i64
      %v292 = arith.muli %v291, %size_DV : i64
      %v294 = arith.muli %v2, %size_DV : i64
      %v295 = arith.muli %v294, %v1 : i64
      %v296 = arith.muli %v295, %size_H : i64
      %v307 = arith.muli %v2, %size_B : i64
      %v308 = arith.muli %v307, %size_H : i64
      %v309 = arith.muli %v308, %v1 : i64
      %v310 = arith.muli %v309, %size_DV : i64
      %v324 = arith.muli %v2, %size_B : i64
      %v325 = arith.muli %v324, %size_H : i64
      %v326 = arith.muli %v325, %v1 : i64
      %v328 = arith.muli %v2, %v1 : i64
      %v329 = arith.muli %v328, %size_H : i64
      %v338 = arith.muli %v2, %size_B : i64
      %v339 = arith.muli %v338, %size_H : i64
      %v340 = arith.muli %v339, %v1 : i64
      %v412 = arith.constant 0x3FB8AA3B : f32
      %v433 = arith.muli %v2, %size_DV : i64
      %v434 = arith.muli %v433, %size_H : i64
      %v435 = arith.muli %v434, %size_L : i64
      %v468 = arith.constant 7 : i64
      %v641 = arith.constant 2 : i64
      %v761 = arith.constant 2147483647 : i64
      %v765 = arith.constant 3 : i32
      %v794 = arith.constant 1 : i32
      %v795 = arith.constant 32 : i32
      %v799 = arith.constant 2 : i32
      %v803 = arith.constant 4 : i32
      %v840 = arith.constant 0xBF800000 : f32
      %v982 = arith.constant 8 : i32
      %v986 = arith.constant 16 : i32
      %v996 = arith.constant 33 : i64
      %v1689 = arith.constant 0 : i32
      %v1994 = arith.muli %v2, %size_B : i64
      %v1995 = arith.muli %v1994, %size_L : i64
      %v1996 = arith.muli %v1995, %size_H : i64
      %v1997 = arith.muli %v1996, %v1 : i64
      %v1998 = arith.constant 512 : i64
      %v2053 = arith.constant 5 : i64
      %v2061 = arith.constant 6 : i64
      %v2088 = arith.muli %v2, %size_B : i64
      %v2089 = arith.muli %v2088, %size_L : i64
      %v2090 = arith.muli %v2089, %size_H : i64
      %v2091 = arith.muli %v2090, %v1 : i64
      %v2179 = arith.muli %v2, %size_B : i64
      %v2180 = arith.muli %v2179, %size_L : i64
      %v2181 = arith.muli %v2180, %size_H : i64
      %v2265 = arith.muli %v2, %size_B : i64
      %v2266 = arith.muli %v2265, %size_L : i64
      %v2267 = arith.muli %v2266, %size_H : i64
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
      %v429 = arith.sitofp %v1 : i64 to f32
      %v552 = arith.sitofp %v1 : i64 to f32
      %v609 = arith.sitofp %v1 : i64 to f32
      %v667 = arith.sitofp %v1 : i64 to f32
      %v724 = arith.sitofp %v1 : i64 to f32
      %v883 = arith.sitofp %v1 : i64 to f32
      %v1191 = arith.sitofp %v1 : i64 to f32
      %v1496 = arith.sitofp %v1 : i64 to f32
      %v1802 = arith.sitofp %v1 : i64 to f32
      %v56 = arith.muli %v34, %v55 : i64
      %v57 = arith.addi %v56, %v55 : i64
      %v58 = arith.muli %v34, %v5 : i64
      llvm.store %v83, %v59 : f32, !llvm.ptr
      llvm.store %v83, %v60 : f32, !llvm.ptr
      llvm.store %v83, %v61 : f32, !llvm.ptr
      llvm.store %v83, %v62 : f32, !llvm.ptr
      llvm.store %v84, %v63 : f32, !llvm.ptr
      llvm.store %v84, %v64 : f32, !llvm.ptr
      llvm.store %v84, %v65 : f32, !llvm.ptr
      llvm.store %v84, %v66 : f32, !llvm.ptr
      %v86 = arith.addi %v85, %v39 : i64
      %v87 = arith.muli %v85, %v9 : i64
      %v88 = arith.addi %v87, %v34 : i64
      %v89 = arith.muli %v88, %v1 : i64
      %v90 = arith.addi %v89, %v86 : i64
      %v91 = arith.muli %v90, %v5 : i64
      %v92 = arith.subi %v5, %v2 : i64
      %v93 = arith.minsi %v45, %v92 : i64
      %v94 = arith.addi %v91, %v93 : i64
      %v95 = llvm.getelementptr %segcarry_C[%v94] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v96 = llvm.load %v95 : !llvm.ptr -> f32
      llvm.store %v96, %v59 : f32, !llvm.ptr
      %v97 = arith.addi %v85, %v39 : i64
      %v98 = arith.muli %v2, %v9 : i64
      %v99 = arith.addi %v98, %v34 : i64
      %v100 = arith.muli %v99, %v1 : i64
      %v101 = arith.addi %v100, %v97 : i64
      %v102 = arith.muli %v101, %v5 : i64
      %v103 = arith.subi %v5, %v2 : i64
      %v104 = arith.minsi %v45, %v103 : i64
      %v105 = arith.addi %v102, %v104 : i64
      %v106 = llvm.getelementptr %segcarry_C[%v105] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v107 = llvm.load %v106 : !llvm.ptr -> f32
      llvm.store %v107, %v63 : f32, !llvm.ptr
      %v108 = arith.addi %v38, %v39 : i64
      %v109 = arith.muli %v85, %v9 : i64
      %v110 = arith.addi %v109, %v34 : i64
      %v111 = arith.muli %v110, %v1 : i64
      %v112 = arith.addi %v111, %v108 : i64
      %v113 = arith.muli %v112, %v5 : i64
      %v114 = arith.subi %v5, %v2 : i64
      %v115 = arith.minsi %v45, %v114 : i64
      %v116 = arith.addi %v113, %v115 : i64
      %v117 = llvm.getelementptr %segcarry_C[%v116] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v118 = llvm.load %v117 : !llvm.ptr -> f32
      llvm.store %v118, %v60 : f32, !llvm.ptr
      %v119 = arith.addi %v38, %v39 : i64
      %v120 = arith.muli %v2, %v9 : i64
      %v121 = arith.addi %v120, %v34 : i64
      %v122 = arith.muli %v121, %v1 : i64
      %v123 = arith.addi %v122, %v119 : i64
      %v124 = arith.muli %v123, %v5 : i64
      %v125 = arith.subi %v5, %v2 : i64
      %v126 = arith.minsi %v45, %v125 : i64
      %v127 = arith.addi %v124, %v126 : i64
      %v128 = llvm.getelementptr %segcarry_C[%v127] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v129 = llvm.load %v128 : !llvm.ptr -> f32
      llvm.store %v129, %v64 : f32, !llvm.ptr
      %v130 = arith.addi %v85, %v39 : i64
      %v131 = arith.muli %v85, %v9 : i64
      %v132 = arith.addi %v131, %v34 : i64
      %v133 = arith.muli %v132, %v1 : i64
      %v134 = arith.addi %v133, %v130 : i64
      %v135 = arith.muli %v134, %v5 : i64
      %v136 = arith.subi %v5, %v2 : i64
      %v137 = arith.minsi %v45, %v136 : i64
      %v138 = arith.addi %v135, %v137 : i64
      %v139 = llvm.getelementptr %segcarry_n[%v138] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v140 = llvm.load %v139 : !llvm.ptr -> f32
      llvm.store %v140, %v61 : f32, !llvm.ptr
      %v141 = arith.addi %v85, %v39 : i64
      %v142 = arith.muli %v2, %v9 : i64
      %v143 = arith.addi %v142, %v34 : i64
      %v144 = arith.muli %v143, %v1 : i64
      %v145 = arith.addi %v144, %v141 : i64
      %v146 = arith.muli %v145, %v5 : i64
      %v147 = arith.subi %v5, %v2 : i64
      %v148 = arith.minsi %v45, %v147 : i64
      %v149 = arith.addi %v146, %v148 : i64
      %v150 = llvm.getelementptr %segcarry_n[%v149] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v151 = llvm.load %v150 : !llvm.ptr -> f32
      llvm.store %v151, %v65 : f32, !llvm.ptr
      %v152 = arith.addi %v38, %v39 : i64
      %v153 = arith.muli %v85, %v9 : i64
      %v154 = arith.addi %v153, %v34 : i64
      %v155 = arith.muli %v154, %v1 : i64
      %v156 = arith.addi %v155, %v152 : i64
      %v157 = arith.muli %v156, %v5 : i64
      %v158 = arith.subi %v5, %v2 : i64
      %v159 = arith.minsi %v45, %v158 : i64
      %v160 = arith.addi %v157, %v159 : i64
      %v161 = llvm.getelementptr %segcarry_n[%v160] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v162 = llvm.load %v161 : !llvm.ptr -> f32
      llvm.store %v162, %v62 : f32, !llvm.ptr
      %v163 = arith.addi %v38, %v39 : i64
      %v164 = arith.muli %v2, %v9 : i64
      %v165 = arith.addi %v164, %v34 : i64
      %v166 = arith.muli %v165, %v1 : i64
      %v167 = arith.addi %v166, %v163 : i64
      %v168 = arith.muli %v167, %v5 : i64
      %v169 = arith.subi %v5, %v2 : i64
      %v170 = arith.minsi %v45, %v169 : i64
      %v171 = arith.addi %v168, %v170 : i64
      %v172 = llvm.getelementptr %segcarry_n[%v171] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v173 = llvm.load %v172 : !llvm.ptr -> f32
      llvm.store %v173, %v66 : f32, !llvm.ptr
      %v174 = arith.cmpi eq, %size_L, %v85 : i64
      scf.if %v174 {
        llvm.store %v83, %v18 : f32, !llvm.ptr
        llvm.store %v83, %v19 : f32, !llvm.ptr
        llvm.store %v83, %v20 : f32, !llvm.ptr
        llvm.store %v83, %v21 : f32, !llvm.ptr
      }
      %v177 = arith.subi %v175, %v2 : i64
      %v178 = arith.addi %size_L, %v177 : i64
      %v179 = arith.divui %v178, %v175 : i64
      %v180 = arith.minsi %v57, %v179 : i64
      %v181 = arith.muli %v34, %v1 : i64
      %v182 = arith.subi %v180, %v56 : i64
      %v183 = arith.maxsi %v182, %v85 : i64
      %v184 = arith.index_cast %v85 : i64 to index
      %v185 = arith.index_cast %v183 : i64 to index
      %v186 = arith.index_cast %v2 : i64 to index
      scf.for %v187 = %v184 to %v185 step %v186 {
        %v188 = arith.index_cast %v187 : index to i64
        %v189 = arith.subi %v180, %v2 : i64
        %v190 = arith.subi %v189, %v188 : i64
        %v191 = arith.muli %v190, %v175 : i64
        %v192 = arith.subi %size_L, %v191 : i64
        %v193 = arith.minsi %v192, %v175 : i64
        %v194 = arith.addi %v193, %v176 : i64
        %v195 = arith.divui %v194, %v55 : i64
        // the block's shared input rows for this stretch
        gpu.barrier
        %v196 = arith.subi %size_L, %v2 : i64
        %v198 = arith.index_cast %v24 : i64 to index
        %v199 = arith.index_cast %v197 : i64 to index
        %v200 = arith.index_cast %v8 : i64 to index
        scf.for %v201 = %v198 to %v199 step %v200 {
          %v202 = arith.index_cast %v201 : index to i64
          %v203 = arith.remui %v202, %v175 : i64
          %v204 = arith.divui %v202, %v175 : i64
          %v205 = arith.addi %v191, %v203 : i64
          %v206 = arith.minsi %v205, %v196 : i64
          %v207 = arith.remui %v204, %v1 : i64
          %v208 = arith.divui %v204, %v1 : i64
          %v212 = arith.muli %v53, %v211 : i64
          %v213 = arith.muli %v206, %v210 : i64
          %v214 = arith.addi %v212, %v213 : i64
          %v215 = arith.muli %v51, %v209 : i64
          %v216 = arith.addi %v214, %v215 : i64
          %v217 = arith.muli %v207, %v2 : i64
          %v218 = arith.addi %v216, %v217 : i64
          %v219 = llvm.getelementptr %in_q[%v218] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v220 = llvm.load %v219 : !llvm.ptr -> f32
          %v222 = arith.muli %v204, %v221 : i64
          %v223 = arith.addi %v222, %v203 : i64
          %v224 = llvm.getelementptr %v76[%v223] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v220, %v224 : f32, !llvm.ptr
        }
        %v225 = arith.index_cast %v24 : i64 to index
        %v226 = arith.index_cast %v197 : i64 to index
        %v227 = arith.index_cast %v8 : i64 to index
        scf.for %v228 = %v225 to %v226 step %v227 {
          %v229 = arith.index_cast %v228 : index to i64
          %v230 = arith.remui %v229, %v175 : i64
          %v231 = arith.divui %v229, %v175 : i64
          %v232 = arith.addi %v191, %v230 : i64
          %v233 = arith.minsi %v232, %v196 : i64
          %v234 = arith.remui %v231, %v1 : i64
          %v235 = arith.divui %v231, %v1 : i64
          %v236 = arith.muli %v53, %v211 : i64
          %v237 = arith.muli %v233, %v210 : i64
          %v238 = arith.addi %v236, %v237 : i64
          %v239 = arith.muli %v51, %v209 : i64
          %v240 = arith.addi %v238, %v239 : i64
          %v241 = arith.muli %v234, %v2 : i64
          %v242 = arith.addi %v240, %v241 : i64
          %v243 = llvm.getelementptr %in_k[%v242] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v244 = llvm.load %v243 : !llvm.ptr -> f32
          %v245 = arith.muli %v231, %v221 : i64
          %v246 = arith.addi %v245, %v230 : i64
          %v247 = llvm.getelementptr %v78[%v246] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v244, %v247 : f32, !llvm.ptr
        }
        %v248 = arith.index_cast %v24 : i64 to index
        %v249 = arith.index_cast %v175 : i64 to index
        %v250 = arith.index_cast %v8 : i64 to index
        scf.for %v251 = %v248 to %v249 step %v250 {
          %v252 = arith.index_cast %v251 : index to i64
          %v253 = arith.remui %v252, %v175 : i64
          %v254 = arith.divui %v252, %v175 : i64
          %v255 = arith.addi %v191, %v253 : i64
          %v256 = arith.minsi %v255, %v196 : i64
          %v259 = arith.muli %v53, %v258 : i64
          %v260 = arith.muli %v256, %v257 : i64
          %v261 = arith.addi %v259, %v260 : i64
          %v262 = arith.muli %v51, %v2 : i64
          %v263 = arith.addi %v261, %v262 : i64
          %v264 = llvm.getelementptr %in_ig[%v263] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v265 = llvm.load %v264 : !llvm.ptr -> f32
          %v266 = arith.muli %v254, %v221 : i64
          %v267 = arith.addi %v266, %v253 : i64
          %v268 = llvm.getelementptr %v80[%v267] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v265, %v268 : f32, !llvm.ptr
        }
        %v269 = arith.index_cast %v24 : i64 to index
        %v270 = arith.index_cast %v175 : i64 to index
        %v271 = arith.index_cast %v8 : i64 to index
        scf.for %v272 = %v269 to %v270 step %v271 {
          %v273 = arith.index_cast %v272 : index to i64
          %v274 = arith.remui %v273, %v175 : i64
          %v275 = arith.divui %v273, %v175 : i64
          %v276 = arith.addi %v191, %v274 : i64
          %v277 = arith.minsi %v276, %v196 : i64
          %v278 = arith.muli %v53, %v258 : i64
          %v279 = arith.muli %v277, %v257 : i64
          %v280 = arith.addi %v278, %v279 : i64
          %v281 = arith.muli %v51, %v2 : i64
          %v282 = arith.addi %v280, %v281 : i64
          %v283 = llvm.getelementptr %in_fg[%v282] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v284 = llvm.load %v283 : !llvm.ptr -> f32
          %v285 = arith.muli %v275, %v221 : i64
          %v286 = arith.addi %v285, %v274 : i64
          %v287 = llvm.getelementptr %v82[%v286] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v284, %v287 : f32, !llvm.ptr
        }
        gpu.barrier
        %v288 = arith.subi %v193, %v2 : i64
        %v293 = arith.muli %v190, %v292 : i64
        %v297 = arith.muli %v53, %v296 : i64
        %v298 = arith.muli %v51, %v295 : i64
        %v299 = arith.addi %v297, %v298 : i64
        %v300 = arith.muli %v39, %v294 : i64
        %v301 = arith.addi %v299, %v300 : i64
        %v302 = arith.muli %v49, %v2 : i64
        %v303 = arith.addi %v301, %v302 : i64
        %v304 = arith.addi %v293, %v303 : i64
        %v305 = llvm.getelementptr %ckpt_C[%v304] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v306 = llvm.load %v305 : !llvm.ptr -> f32
        llvm.store %v306, %v14 : f32, !llvm.ptr
        %v311 = arith.muli %v190, %v310 : i64
        %v312 = arith.muli %v53, %v296 : i64
        %v313 = arith.muli %v51, %v295 : i64
        %v314 = arith.addi %v312, %v313 : i64
        %v315 = arith.constant 8 : i64
        %v316 = arith.addi %v315, %v39 : i64
        %v317 = arith.muli %v316, %v294 : i64
        %v318 = arith.addi %v314, %v317 : i64
        %v319 = arith.muli %v49, %v2 : i64
        %v320 = arith.addi %v318, %v319 : i64
        %v321 = arith.addi %v311, %v320 : i64
        %v322 = llvm.getelementptr %ckpt_C[%v321] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v323 = llvm.load %v322 : !llvm.ptr -> f32
        llvm.store %v323, %v15 : f32, !llvm.ptr
        %v327 = arith.muli %v190, %v326 : i64
        %v330 = arith.muli %v53, %v329 : i64
        %v331 = arith.muli %v51, %v328 : i64
        %v332 = arith.addi %v330, %v331 : i64
        %v333 = arith.muli %v39, %v2 : i64
        %v334 = arith.addi %v332, %v333 : i64
        %v335 = arith.addi %v327, %v334 : i64
        %v336 = llvm.getelementptr %ckpt_n[%v335] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v337 = llvm.load %v336 : !llvm.ptr -> f32
        llvm.store %v337, %v16 : f32, !llvm.ptr
        %v341 = arith.muli %v190, %v340 : i64
        %v342 = arith.muli %v53, %v329 : i64
        %v343 = arith.muli %v51, %v328 : i64
        %v344 = arith.addi %v342, %v343 : i64
        %v345 = arith.constant 8 : i64
        %v346 = arith.addi %v345, %v39 : i64
        %v347 = arith.muli %v346, %v2 : i64
        %v348 = arith.addi %v344, %v347 : i64
        %v349 = arith.addi %v341, %v348 : i64
        %v350 = llvm.getelementptr %ckpt_n[%v349] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v351 = llvm.load %v350 : !llvm.ptr -> f32
        llvm.store %v351, %v17 : f32, !llvm.ptr
        // the state entering each group of the stretch
        %v352 = arith.index_cast %v85 : i64 to index
        %v353 = arith.index_cast %v195 : i64 to index
        %v354 = arith.index_cast %v2 : i64 to index
        scf.for %v355 = %v352 to %v353 step %v354 {
          %v356 = arith.index_cast %v355 : index to i64
          %v357 = arith.addi %v181, %v356 : i64
          scf.if %v43 {
            %v358 = llvm.load %v14 : !llvm.ptr -> f32
            %v359 = arith.muli %v357, %v5 : i64
            %v360 = arith.subi %v5, %v2 : i64
            %v361 = arith.minsi %v45, %v360 : i64
            %v362 = arith.addi %v359, %v361 : i64
            %v363 = arith.muli %v362, %v1 : i64
            %v364 = arith.addi %v363, %v85 : i64
            %v365 = arith.addi %v364, %v39 : i64
            %v366 = llvm.getelementptr %scratch_C[%v365] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v358, %v366 : f32, !llvm.ptr
            %v367 = llvm.load %v15 : !llvm.ptr -> f32
            %v368 = arith.muli %v357, %v5 : i64
            %v369 = arith.subi %v5, %v2 : i64
            %v370 = arith.minsi %v45, %v369 : i64
            %v371 = arith.addi %v368, %v370 : i64
            %v372 = arith.muli %v371, %v1 : i64
            %v373 = arith.addi %v372, %v38 : i64
            %v374 = arith.addi %v373, %v39 : i64
            %v375 = llvm.getelementptr %scratch_C[%v374] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v367, %v375 : f32, !llvm.ptr
            %v376 = llvm.load %v16 : !llvm.ptr -> f32
            %v377 = arith.muli %v357, %v5 : i64
            %v378 = arith.subi %v5, %v2 : i64
            %v379 = arith.minsi %v45, %v378 : i64
            %v380 = arith.addi %v377, %v379 : i64
            %v381 = arith.muli %v380, %v1 : i64
            %v382 = arith.addi %v381, %v85 : i64
            %v383 = arith.addi %v382, %v39 : i64
            %v384 = llvm.getelementptr %scratch_n[%v383] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v376, %v384 : f32, !llvm.ptr
            %v385 = llvm.load %v17 : !llvm.ptr -> f32
            %v386 = arith.muli %v357, %v5 : i64
            %v387 = arith.subi %v5, %v2 : i64
            %v388 = arith.minsi %v45, %v387 : i64
            %v389 = arith.addi %v386, %v388 : i64
            %v390 = arith.muli %v389, %v1 : i64
            %v391 = arith.addi %v390, %v38 : i64
            %v392 = arith.addi %v391, %v39 : i64
            %v393 = llvm.getelementptr %scratch_n[%v392] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v385, %v393 : f32, !llvm.ptr
          }
          %v394 = arith.muli %v356, %v55 : i64
          %v395 = arith.subi %v193, %v394 : i64
          %v396 = arith.trunci %v395 : i64 to i32
          %v397 = arith.index_cast %v85 : i64 to index
          %v398 = arith.index_cast %v55 : i64 to index
          %v399 = arith.index_cast %v2 : i64 to index
          scf.for %v400 = %v397 to %v398 step %v399 {
            %v401 = arith.index_cast %v400 : index to i64
            %v402 = arith.trunci %v401 : i64 to i32
            %v403 = arith.addi %v394, %v401 : i64
            %v404 = arith.cmpi slt, %v402, %v396 : i32
            scf.if %v404 {
              %v405 = arith.addi %v191, %v403 : i64
              %v406 = arith.muli %v85, %v221 : i64
              %v407 = arith.subi %v405, %v191 : i64
              %v408 = arith.addi %v406, %v407 : i64
              %v409 = llvm.getelementptr %v82[%v408] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v410 = llvm.load %v409 : !llvm.ptr -> f32
              %v411 = arith.negf %v410 : f32
              %v413 = arith.mulf %v411, %v412 fastmath<contract> : f32
              %v414 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v413) : (f32) -> f32
              %v415 = arith.addf %v84, %v414 fastmath<contract> : f32
              %v416 = arith.divf %v84, %v415 : f32
              %v417 = arith.muli %v85, %v221 : i64
              %v418 = arith.subi %v405, %v191 : i64
              %v419 = arith.addi %v417, %v418 : i64
              %v420 = llvm.getelementptr %v80[%v419] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v421 = llvm.load %v420 : !llvm.ptr -> f32
              %v422 = arith.mulf %v421, %v412 fastmath<contract> : f32
              %v423 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v422) : (f32) -> f32
              %v424 = arith.muli %v39, %v221 : i64
              %v425 = arith.subi %v405, %v191 : i64
              %v426 = arith.addi %v424, %v425 : i64
              %v427 = llvm.getelementptr %v78[%v426] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v428 = llvm.load %v427 : !llvm.ptr -> f32
              %v430 = llvm.call_intrinsic "llvm.sqrt.f32"(%v429) : (f32) -> f32
              %v431 = arith.divf %v428, %v430 : f32
              %v432 = arith.mulf %v423, %v431 fastmath<contract> : f32
              %v436 = arith.muli %v53, %v435 : i64
              %v437 = arith.muli %v405, %v434 : i64
              %v438 = arith.addi %v436, %v437 : i64
              %v439 = arith.muli %v51, %v433 : i64
              %v440 = arith.addi %v438, %v439 : i64
              %v441 = arith.muli %v49, %v2 : i64
              %v442 = arith.addi %v440, %v441 : i64
              %v443 = llvm.getelementptr %in_v[%v442] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v444 = llvm.load %v443 : !llvm.ptr -> f32
              %v445 = arith.mulf %v432, %v444 fastmath<contract> : f32
              %v446 = llvm.load %v14 : !llvm.ptr -> f32
              %v447 = arith.mulf %v416, %v446 fastmath<contract> : f32
              %v448 = arith.addf %v447, %v445 fastmath<contract> : f32
              llvm.store %v448, %v14 : f32, !llvm.ptr
              %v449 = arith.constant 8 : i64
              %v450 = arith.addi %v449, %v39 : i64
              %v451 = arith.muli %v450, %v221 : i64
              %v452 = arith.subi %v405, %v191 : i64
              %v453 = arith.addi %v451, %v452 : i64
              %v454 = llvm.getelementptr %v78[%v453] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v455 = llvm.load %v454 : !llvm.ptr -> f32
              %v456 = arith.divf %v455, %v430 : f32
              %v457 = arith.mulf %v423, %v456 fastmath<contract> : f32
              %v458 = arith.mulf %v457, %v444 fastmath<contract> : f32
              %v459 = llvm.load %v15 : !llvm.ptr -> f32
              %v460 = arith.mulf %v416, %v459 fastmath<contract> : f32
              %v461 = arith.addf %v460, %v458 fastmath<contract> : f32
              llvm.store %v461, %v15 : f32, !llvm.ptr
              %v462 = llvm.load %v16 : !llvm.ptr -> f32
              %v463 = arith.mulf %v416, %v462 fastmath<contract> : f32
              %v464 = arith.addf %v463, %v432 fastmath<contract> : f32
              llvm.store %v464, %v16 : f32, !llvm.ptr
              %v465 = llvm.load %v17 : !llvm.ptr -> f32
              %v466 = arith.mulf %v416, %v465 fastmath<contract> : f32
              %v467 = arith.addf %v466, %v457 fastmath<contract> : f32
              llvm.store %v467, %v17 : f32, !llvm.ptr
            }
          }
        }
        %v469 = arith.addi %v195, %v468 : i64
        %v470 = arith.divui %v469, %v38 : i64
        %v471 = arith.index_cast %v85 : i64 to index
        %v472 = arith.index_cast %v470 : i64 to index
        %v473 = arith.index_cast %v2 : i64 to index
        scf.for %v474 = %v471 to %v472 step %v473 {
          %v475 = arith.index_cast %v474 : index to i64
          %v476 = arith.muli %v475, %v38 : i64
          %v477 = arith.addi %v476, %v38 : i64
          %v478 = arith.index_cast %v476 : i64 to index
          %v479 = arith.index_cast %v477 : i64 to index
          %v480 = arith.index_cast %v2 : i64 to index
          scf.for %v481 = %v478 to %v479 step %v480 {
            %v482 = arith.index_cast %v481 : index to i64
            %v483 = arith.cmpi slt, %v482, %v195 : i64
            scf.if %v483 {
              %v484 = arith.subi %v195, %v2 : i64
              %v485 = arith.subi %v484, %v482 : i64
              %v486 = arith.muli %v485, %v55 : i64
              %v487 = arith.remui %v482, %v38 : i64
              %v488 = arith.muli %v487, %v55 : i64
              %v489 = arith.addi %v181, %v485 : i64
              %v490 = arith.subi %v193, %v2 : i64
              %v491 = arith.muli %v489, %v5 : i64
              %v492 = arith.subi %v5, %v2 : i64
              %v493 = arith.minsi %v45, %v492 : i64
              %v494 = arith.addi %v491, %v493 : i64
              %v495 = arith.muli %v494, %v1 : i64
              %v496 = arith.addi %v495, %v85 : i64
              %v497 = arith.addi %v496, %v39 : i64
              %v498 = llvm.getelementptr %scratch_C[%v497] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v499 = llvm.load %v498 : !llvm.ptr -> f32
              %v500 = arith.muli %v489, %v5 : i64
              %v501 = arith.subi %v5, %v2 : i64
              %v502 = arith.minsi %v45, %v501 : i64
              %v503 = arith.addi %v500, %v502 : i64
              %v504 = arith.muli %v503, %v1 : i64
              %v505 = arith.addi %v504, %v38 : i64
              %v506 = arith.addi %v505, %v39 : i64
              %v507 = llvm.getelementptr %scratch_C[%v506] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v508 = llvm.load %v507 : !llvm.ptr -> f32
              %v509 = arith.muli %v489, %v5 : i64
              %v510 = arith.subi %v5, %v2 : i64
              %v511 = arith.minsi %v45, %v510 : i64
              %v512 = arith.addi %v509, %v511 : i64
              %v513 = arith.muli %v512, %v1 : i64
              %v514 = arith.addi %v513, %v85 : i64
              %v515 = arith.addi %v514, %v39 : i64
              %v516 = llvm.getelementptr %scratch_n[%v515] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v517 = llvm.load %v516 : !llvm.ptr -> f32
              %v518 = arith.muli %v489, %v5 : i64
              %v519 = arith.subi %v5, %v2 : i64
              %v520 = arith.minsi %v45, %v519 : i64
              %v521 = arith.addi %v518, %v520 : i64
              %v522 = arith.muli %v521, %v1 : i64
              %v523 = arith.addi %v522, %v38 : i64
              %v524 = arith.addi %v523, %v39 : i64
              %v525 = llvm.getelementptr %scratch_n[%v524] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v526 = llvm.load %v525 : !llvm.ptr -> f32
              // the group's states, recomputed into registers
              %v527 = arith.addi %v486, %v85 : i64
              %v528 = arith.minsi %v527, %v490 : i64
              %v529 = arith.addi %v191, %v528 : i64
              %v530 = arith.muli %v85, %v221 : i64
              %v531 = arith.subi %v529, %v191 : i64
              %v532 = arith.addi %v530, %v531 : i64
              %v533 = llvm.getelementptr %v82[%v532] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v534 = llvm.load %v533 : !llvm.ptr -> f32
              %v535 = arith.negf %v534 : f32
              %v536 = arith.mulf %v535, %v412 fastmath<contract> : f32
              %v537 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v536) : (f32) -> f32
              %v538 = arith.addf %v84, %v537 fastmath<contract> : f32
              %v539 = arith.divf %v84, %v538 : f32
              %v540 = arith.muli %v85, %v221 : i64
              %v541 = arith.subi %v529, %v191 : i64
              %v542 = arith.addi %v540, %v541 : i64
              %v543 = llvm.getelementptr %v80[%v542] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v544 = llvm.load %v543 : !llvm.ptr -> f32
              %v545 = arith.mulf %v544, %v412 fastmath<contract> : f32
              %v546 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v545) : (f32) -> f32
              %v547 = arith.muli %v39, %v221 : i64
              %v548 = arith.subi %v529, %v191 : i64
              %v549 = arith.addi %v547, %v548 : i64
              %v550 = llvm.getelementptr %v78[%v549] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v551 = llvm.load %v550 : !llvm.ptr -> f32
              %v553 = llvm.call_intrinsic "llvm.sqrt.f32"(%v552) : (f32) -> f32
              %v554 = arith.divf %v551, %v553 : f32
              %v555 = arith.mulf %v546, %v554 fastmath<contract> : f32
              %v556 = arith.muli %v53, %v435 : i64
              %v557 = arith.muli %v529, %v434 : i64
              %v558 = arith.addi %v556, %v557 : i64
              %v559 = arith.muli %v51, %v433 : i64
              %v560 = arith.addi %v558, %v559 : i64
              %v561 = arith.muli %v49, %v2 : i64
              %v562 = arith.addi %v560, %v561 : i64
              %v563 = llvm.getelementptr %in_v[%v562] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v564 = llvm.load %v563 : !llvm.ptr -> f32
              %v565 = arith.mulf %v555, %v564 fastmath<contract> : f32
              %v566 = arith.mulf %v539, %v499 fastmath<contract> : f32
              %v567 = arith.addf %v566, %v565 fastmath<contract> : f32
              %v568 = arith.constant 8 : i64
              %v569 = arith.addi %v568, %v39 : i64
              %v570 = arith.muli %v569, %v221 : i64
              %v571 = arith.subi %v529, %v191 : i64
              %v572 = arith.addi %v570, %v571 : i64
              %v573 = llvm.getelementptr %v78[%v572] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v574 = llvm.load %v573 : !llvm.ptr -> f32
              %v575 = arith.divf %v574, %v553 : f32
              %v576 = arith.mulf %v546, %v575 fastmath<contract> : f32
              %v577 = arith.mulf %v576, %v564 fastmath<contract> : f32
              %v578 = arith.mulf %v539, %v508 fastmath<contract> : f32
              %v579 = arith.addf %v578, %v577 fastmath<contract> : f32
              %v580 = arith.mulf %v539, %v517 fastmath<contract> : f32
              %v581 = arith.addf %v580, %v555 fastmath<contract> : f32
              %v582 = arith.mulf %v539, %v526 fastmath<contract> : f32
              %v583 = arith.addf %v582, %v576 fastmath<contract> : f32
              %v584 = arith.addi %v486, %v2 : i64
              %v585 = arith.minsi %v584, %v490 : i64
              %v586 = arith.addi %v191, %v585 : i64
              %v587 = arith.muli %v85, %v221 : i64
              %v588 = arith.subi %v586, %v191 : i64
              %v589 = arith.addi %v587, %v588 : i64
              %v590 = llvm.getelementptr %v82[%v589] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v591 = llvm.load %v590 : !llvm.ptr -> f32
              %v592 = arith.negf %v591 : f32
              %v593 = arith.mulf %v592, %v412 fastmath<contract> : f32
              %v594 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v593) : (f32) -> f32
              %v595 = arith.addf %v84, %v594 fastmath<contract> : f32
              %v596 = arith.divf %v84, %v595 : f32
              %v597 = arith.muli %v85, %v221 : i64
              %v598 = arith.subi %v586, %v191 : i64
              %v599 = arith.addi %v597, %v598 : i64
              %v600 = llvm.getelementptr %v80[%v599] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v601 = llvm.load %v600 : !llvm.ptr -> f32
              %v602 = arith.mulf %v601, %v412 fastmath<contract> : f32
              %v603 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v602) : (f32) -> f32
              %v604 = arith.muli %v39, %v221 : i64
              %v605 = arith.subi %v586, %v191 : i64
              %v606 = arith.addi %v604, %v605 : i64
              %v607 = llvm.getelementptr %v78[%v606] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v608 = llvm.load %v607 : !llvm.ptr -> f32
              %v610 = llvm.call_intrinsic "llvm.sqrt.f32"(%v609) : (f32) -> f32
              %v611 = arith.divf %v608, %v610 : f32
              %v612 = arith.mulf %v603, %v611 fastmath<contract> : f32
              %v613 = arith.muli %v53, %v435 : i64
              %v614 = arith.muli %v586, %v434 : i64
              %v615 = arith.addi %v613, %v614 : i64
              %v616 = arith.muli %v51, %v433 : i64
              %v617 = arith.addi %v615, %v616 : i64
              %v618 = arith.muli %v49, %v2 : i64
              %v619 = arith.addi %v617, %v618 : i64
              %v620 = llvm.getelementptr %in_v[%v619] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v621 = llvm.load %v620 : !llvm.ptr -> f32
              %v622 = arith.mulf %v612, %v621 fastmath<contract> : f32
              %v623 = arith.mulf %v596, %v567 fastmath<contract> : f32
              %v624 = arith.addf %v623, %v622 fastmath<contract> : f32
              %v625 = arith.constant 8 : i64
              %v626 = arith.addi %v625, %v39 : i64
              %v627 = arith.muli %v626, %v221 : i64
              %v628 = arith.subi %v586, %v191 : i64
              %v629 = arith.addi %v627, %v628 : i64
              %v630 = llvm.getelementptr %v78[%v629] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v631 = llvm.load %v630 : !llvm.ptr -> f32
              %v632 = arith.divf %v631, %v610 : f32
              %v633 = arith.mulf %v603, %v632 fastmath<contract> : f32
              %v634 = arith.mulf %v633, %v621 fastmath<contract> : f32
              %v635 = arith.mulf %v596, %v579 fastmath<contract> : f32
              %v636 = arith.addf %v635, %v634 fastmath<contract> : f32
              %v637 = arith.mulf %v596, %v581 fastmath<contract> : f32
              %v638 = arith.addf %v637, %v612 fastmath<contract> : f32
              %v639 = arith.mulf %v596, %v583 fastmath<contract> : f32
              %v640 = arith.addf %v639, %v633 fastmath<contract> : f32
              %v642 = arith.addi %v486, %v641 : i64
              %v643 = arith.minsi %v642, %v490 : i64
              %v644 = arith.addi %v191, %v643 : i64
              %v645 = arith.muli %v85, %v221 : i64
              %v646 = arith.subi %v644, %v191 : i64
              %v647 = arith.addi %v645, %v646 : i64
              %v648 = llvm.getelementptr %v82[%v647] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v649 = llvm.load %v648 : !llvm.ptr -> f32
              %v650 = arith.negf %v649 : f32
              %v651 = arith.mulf %v650, %v412 fastmath<contract> : f32
              %v652 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v651) : (f32) -> f32
              %v653 = arith.addf %v84, %v652 fastmath<contract> : f32
              %v654 = arith.divf %v84, %v653 : f32
              %v655 = arith.muli %v85, %v221 : i64
              %v656 = arith.subi %v644, %v191 : i64
              %v657 = arith.addi %v655, %v656 : i64
              %v658 = llvm.getelementptr %v80[%v657] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v659 = llvm.load %v658 : !llvm.ptr -> f32
              %v660 = arith.mulf %v659, %v412 fastmath<contract> : f32
              %v661 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v660) : (f32) -> f32
              %v662 = arith.muli %v39, %v221 : i64
              %v663 = arith.subi %v644, %v191 : i64
              %v664 = arith.addi %v662, %v663 : i64
              %v665 = llvm.getelementptr %v78[%v664] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v666 = llvm.load %v665 : !llvm.ptr -> f32
              %v668 = llvm.call_intrinsic "llvm.sqrt.f32"(%v667) : (f32) -> f32
              %v669 = arith.divf %v666, %v668 : f32
              %v670 = arith.mulf %v661, %v669 fastmath<contract> : f32
              %v671 = arith.muli %v53, %v435 : i64
              %v672 = arith.muli %v644, %v434 : i64
              %v673 = arith.addi %v671, %v672 : i64
              %v674 = arith.muli %v51, %v433 : i64
              %v675 = arith.addi %v673, %v674 : i64
              %v676 = arith.muli %v49, %v2 : i64
              %v677 = arith.addi %v675, %v676 : i64
              %v678 = llvm.getelementptr %in_v[%v677] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v679 = llvm.load %v678 : !llvm.ptr -> f32
              %v680 = arith.mulf %v670, %v679 fastmath<contract> : f32
              %v681 = arith.mulf %v654, %v624 fastmath<contract> : f32
              %v682 = arith.addf %v681, %v680 fastmath<contract> : f32
              %v683 = arith.constant 8 : i64
              %v684 = arith.addi %v683, %v39 : i64
              %v685 = arith.muli %v684, %v221 : i64
              %v686 = arith.subi %v644, %v191 : i64
              %v687 = arith.addi %v685, %v686 : i64
              %v688 = llvm.getelementptr %v78[%v687] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v689 = llvm.load %v688 : !llvm.ptr -> f32
              %v690 = arith.divf %v689, %v668 : f32
              %v691 = arith.mulf %v661, %v690 fastmath<contract> : f32
              %v692 = arith.mulf %v691, %v679 fastmath<contract> : f32
              %v693 = arith.mulf %v654, %v636 fastmath<contract> : f32
              %v694 = arith.addf %v693, %v692 fastmath<contract> : f32
              %v695 = arith.mulf %v654, %v638 fastmath<contract> : f32
              %v696 = arith.addf %v695, %v670 fastmath<contract> : f32
              %v697 = arith.mulf %v654, %v640 fastmath<contract> : f32
              %v698 = arith.addf %v697, %v691 fastmath<contract> : f32
              %v699 = arith.addi %v486, %v176 : i64
              %v700 = arith.minsi %v699, %v490 : i64
              %v701 = arith.addi %v191, %v700 : i64
              %v702 = arith.muli %v85, %v221 : i64
              %v703 = arith.subi %v701, %v191 : i64
              %v704 = arith.addi %v702, %v703 : i64
              %v705 = llvm.getelementptr %v82[%v704] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v706 = llvm.load %v705 : !llvm.ptr -> f32
              %v707 = arith.negf %v706 : f32
              %v708 = arith.mulf %v707, %v412 fastmath<contract> : f32
              %v709 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v708) : (f32) -> f32
              %v710 = arith.addf %v84, %v709 fastmath<contract> : f32
              %v711 = arith.divf %v84, %v710 : f32
              %v712 = arith.muli %v85, %v221 : i64
              %v713 = arith.subi %v701, %v191 : i64
              %v714 = arith.addi %v712, %v713 : i64
              %v715 = llvm.getelementptr %v80[%v714] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v716 = llvm.load %v715 : !llvm.ptr -> f32
              %v717 = arith.mulf %v716, %v412 fastmath<contract> : f32
              %v718 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v717) : (f32) -> f32
              %v719 = arith.muli %v39, %v221 : i64
              %v720 = arith.subi %v701, %v191 : i64
              %v721 = arith.addi %v719, %v720 : i64
              %v722 = llvm.getelementptr %v78[%v721] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v723 = llvm.load %v722 : !llvm.ptr -> f32
              %v725 = llvm.call_intrinsic "llvm.sqrt.f32"(%v724) : (f32) -> f32
              %v726 = arith.divf %v723, %v725 : f32
              %v727 = arith.mulf %v718, %v726 fastmath<contract> : f32
              %v728 = arith.muli %v53, %v435 : i64
              %v729 = arith.muli %v701, %v434 : i64
              %v730 = arith.addi %v728, %v729 : i64
              %v731 = arith.muli %v51, %v433 : i64
              %v732 = arith.addi %v730, %v731 : i64
              %v733 = arith.muli %v49, %v2 : i64
              %v734 = arith.addi %v732, %v733 : i64
              %v735 = llvm.getelementptr %in_v[%v734] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v736 = llvm.load %v735 : !llvm.ptr -> f32
              %v737 = arith.mulf %v727, %v736 fastmath<contract> : f32
              %v738 = arith.mulf %v711, %v682 fastmath<contract> : f32
              %v739 = arith.addf %v738, %v737 fastmath<contract> : f32
              %v740 = arith.constant 8 : i64
              %v741 = arith.addi %v740, %v39 : i64
              %v742 = arith.muli %v741, %v221 : i64
              %v743 = arith.subi %v701, %v191 : i64
              %v744 = arith.addi %v742, %v743 : i64
              %v745 = llvm.getelementptr %v78[%v744] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v746 = llvm.load %v745 : !llvm.ptr -> f32
              %v747 = arith.divf %v746, %v725 : f32
              %v748 = arith.mulf %v718, %v747 fastmath<contract> : f32
              %v749 = arith.mulf %v748, %v736 fastmath<contract> : f32
              %v750 = arith.mulf %v711, %v694 fastmath<contract> : f32
              %v751 = arith.addf %v750, %v749 fastmath<contract> : f32
              %v752 = arith.mulf %v711, %v696 fastmath<contract> : f32
              %v753 = arith.addf %v752, %v727 fastmath<contract> : f32
              %v754 = arith.mulf %v711, %v698 fastmath<contract> : f32
              %v755 = arith.addf %v754, %v748 fastmath<contract> : f32
              %v756 = arith.subi %v193, %v486 : i64
              %v757 = arith.trunci %v756 : i64 to i32
              %v758 = arith.subi %size_L, %v2 : i64
              %v759 = arith.addi %v191, %v486 : i64
              %v760 = arith.subi %v758, %v759 : i64
              %v762 = arith.minsi %v760, %v761 : i64
              %v763 = arith.trunci %v762 : i64 to i32
              %v764 = arith.addi %v486, %v176 : i64
              %v766 = arith.cmpi slt, %v765, %v757 : i32
              %v767 = arith.cmpi eq, %v765, %v763 : i32
              %v768 = arith.addi %v488, %v85 : i64
              scf.if %v766 {
                %v769 = arith.addi %v191, %v764 : i64
                %v770 = arith.muli %v39, %v221 : i64
                %v771 = arith.subi %v769, %v191 : i64
                %v772 = arith.addi %v770, %v771 : i64
                %v773 = llvm.getelementptr %v76[%v772] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v774 = llvm.load %v773 : !llvm.ptr -> f32
                %v775 = arith.muli %v53, %v435 : i64
                %v776 = arith.muli %v769, %v434 : i64
                %v777 = arith.addi %v775, %v776 : i64
                %v778 = arith.muli %v51, %v433 : i64
                %v779 = arith.addi %v777, %v778 : i64
                %v780 = arith.muli %v49, %v2 : i64
                %v781 = arith.addi %v779, %v780 : i64
                %v782 = llvm.getelementptr %dy_o[%v781] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v783 = llvm.load %v782 : !llvm.ptr -> f32
                %v784 = arith.mulf %v774, %v753 fastmath<contract> : f32
                %v785 = arith.constant 8 : i64
                %v786 = arith.addi %v785, %v39 : i64
                %v787 = arith.muli %v786, %v221 : i64
                %v788 = arith.subi %v769, %v191 : i64
                %v789 = arith.addi %v787, %v788 : i64
                %v790 = llvm.getelementptr %v76[%v789] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v791 = llvm.load %v790 : !llvm.ptr -> f32
                %v792 = arith.mulf %v791, %v755 fastmath<contract> : f32
                %v793 = arith.addf %v784, %v792 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v796, %v797 = gpu.shuffle xor %v793, %v794, %v795 : f32
                %v798 = arith.addf %v793, %v796 fastmath<contract> : f32
                %v800, %v801 = gpu.shuffle xor %v798, %v799, %v795 : f32
                %v802 = arith.addf %v798, %v800 fastmath<contract> : f32
                %v804, %v805 = gpu.shuffle xor %v802, %v803, %v795 : f32
                %v806 = arith.addf %v802, %v804 fastmath<contract> : f32
                // end sum over the lanes
                %v807 = llvm.call_intrinsic "llvm.fabs.f32"(%v806) : (f32) -> f32
                %v808 = arith.maximumf %v84, %v807 : f32
                %v809 = arith.divf %v783, %v808 : f32
                %v810 = arith.mulf %v774, %v809 fastmath<contract> : f32
                %v811 = llvm.load %v59 : !llvm.ptr -> f32
                %v812 = llvm.load %v63 : !llvm.ptr -> f32
                %v813 = arith.mulf %v812, %v811 fastmath<contract> : f32
                %v814 = arith.addf %v810, %v813 fastmath<contract> : f32
                llvm.store %v814, %v59 : f32, !llvm.ptr
                %v815 = arith.mulf %v791, %v809 fastmath<contract> : f32
                %v816 = llvm.load %v60 : !llvm.ptr -> f32
                %v817 = llvm.load %v64 : !llvm.ptr -> f32
                %v818 = arith.mulf %v817, %v816 fastmath<contract> : f32
                %v819 = arith.addf %v815, %v818 fastmath<contract> : f32
                llvm.store %v819, %v60 : f32, !llvm.ptr
                %v820 = arith.mulf %v774, %v739 fastmath<contract> : f32
                %v821 = arith.mulf %v791, %v751 fastmath<contract> : f32
                %v822 = arith.addf %v820, %v821 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v823, %v824 = gpu.shuffle xor %v822, %v794, %v795 : f32
                %v825 = arith.addf %v822, %v823 fastmath<contract> : f32
                %v826, %v827 = gpu.shuffle xor %v825, %v799, %v795 : f32
                %v828 = arith.addf %v825, %v826 fastmath<contract> : f32
                %v829, %v830 = gpu.shuffle xor %v828, %v803, %v795 : f32
                %v831 = arith.addf %v828, %v829 fastmath<contract> : f32
                // end sum over the lanes
                %v832 = arith.divf %v831, %v808 : f32
                %v833 = arith.divf %v832, %v808 : f32
                %v834 = arith.mulf %v783, %v833 fastmath<contract> : f32
                %v835 = arith.negf %v834 : f32
                %v836 = arith.cmpf oge, %v84, %v807 : f32
                %v837 = arith.select %v836, %v84, %v83 : f32
                %v838 = arith.subf %v84, %v837 fastmath<contract> : f32
                %v839 = arith.mulf %v835, %v838 fastmath<contract> : f32
                %v841 = arith.cmpf olt, %v806, %v83 : f32
                %v842 = arith.select %v841, %v840, %v83 : f32
                %v843 = arith.cmpf ogt, %v806, %v83 : f32
                %v844 = arith.select %v843, %v84, %v842 : f32
                %v845 = arith.mulf %v839, %v844 fastmath<contract> : f32
                %v846 = arith.mulf %v774, %v845 fastmath<contract> : f32
                %v847 = llvm.load %v61 : !llvm.ptr -> f32
                %v848 = llvm.load %v65 : !llvm.ptr -> f32
                %v849 = arith.mulf %v848, %v847 fastmath<contract> : f32
                %v850 = arith.addf %v846, %v849 fastmath<contract> : f32
                llvm.store %v850, %v61 : f32, !llvm.ptr
                %v851 = arith.mulf %v791, %v845 fastmath<contract> : f32
                %v852 = llvm.load %v62 : !llvm.ptr -> f32
                %v853 = llvm.load %v66 : !llvm.ptr -> f32
                %v854 = arith.mulf %v853, %v852 fastmath<contract> : f32
                %v855 = arith.addf %v851, %v854 fastmath<contract> : f32
                llvm.store %v855, %v62 : f32, !llvm.ptr
                scf.if %v767 {
                }
                %v856 = arith.mulf %v753, %v845 fastmath<contract> : f32
                %v857 = arith.mulf %v739, %v809 fastmath<contract> : f32
                %v858 = arith.addf %v856, %v857 fastmath<contract> : f32
                %v859 = arith.mulf %v755, %v845 fastmath<contract> : f32
                %v860 = arith.mulf %v751, %v809 fastmath<contract> : f32
                %v861 = arith.addf %v859, %v860 fastmath<contract> : f32
                %v862 = arith.muli %v85, %v221 : i64
                %v863 = arith.subi %v769, %v191 : i64
                %v864 = arith.addi %v862, %v863 : i64
                %v865 = llvm.getelementptr %v80[%v864] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v866 = llvm.load %v865 : !llvm.ptr -> f32
                %v867 = arith.mulf %v866, %v412 fastmath<contract> : f32
                %v868 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v867) : (f32) -> f32
                %v869 = llvm.load %v61 : !llvm.ptr -> f32
                %v870 = arith.muli %v53, %v435 : i64
                %v871 = arith.muli %v769, %v434 : i64
                %v872 = arith.addi %v870, %v871 : i64
                %v873 = arith.muli %v51, %v433 : i64
                %v874 = arith.addi %v872, %v873 : i64
                %v875 = arith.muli %v49, %v2 : i64
                %v876 = arith.addi %v874, %v875 : i64
                %v877 = llvm.getelementptr %in_v[%v876] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v878 = llvm.load %v877 : !llvm.ptr -> f32
                %v879 = llvm.load %v59 : !llvm.ptr -> f32
                %v880 = arith.mulf %v878, %v879 fastmath<contract> : f32
                %v881 = arith.addf %v869, %v880 fastmath<contract> : f32
                %v882 = arith.mulf %v868, %v881 fastmath<contract> : f32
                %v884 = llvm.call_intrinsic "llvm.sqrt.f32"(%v883) : (f32) -> f32
                %v885 = arith.divf %v882, %v884 : f32
                %v886 = llvm.load %v62 : !llvm.ptr -> f32
                %v887 = llvm.load %v60 : !llvm.ptr -> f32
                %v888 = arith.mulf %v878, %v887 fastmath<contract> : f32
                %v889 = arith.addf %v886, %v888 fastmath<contract> : f32
                %v890 = arith.mulf %v868, %v889 fastmath<contract> : f32
                %v891 = arith.divf %v890, %v884 : f32
                %v892 = arith.muli %v39, %v221 : i64
                %v893 = arith.subi %v769, %v191 : i64
                %v894 = arith.addi %v892, %v893 : i64
                %v895 = llvm.getelementptr %v78[%v894] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v896 = llvm.load %v895 : !llvm.ptr -> f32
                %v897 = arith.divf %v896, %v884 : f32
                %v898 = arith.mulf %v868, %v897 fastmath<contract> : f32
                %v899 = arith.mulf %v898, %v879 fastmath<contract> : f32
                %v900 = arith.constant 8 : i64
                %v901 = arith.addi %v900, %v39 : i64
                %v902 = arith.muli %v901, %v221 : i64
                %v903 = arith.subi %v769, %v191 : i64
                %v904 = arith.addi %v902, %v903 : i64
                %v905 = llvm.getelementptr %v78[%v904] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v906 = llvm.load %v905 : !llvm.ptr -> f32
                %v907 = arith.divf %v906, %v884 : f32
                %v908 = arith.mulf %v868, %v907 fastmath<contract> : f32
                %v909 = arith.mulf %v908, %v887 fastmath<contract> : f32
                %v910 = arith.addf %v899, %v909 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v911, %v912 = gpu.shuffle xor %v910, %v794, %v795 : f32
                %v913 = arith.addf %v910, %v911 fastmath<contract> : f32
                %v914, %v915 = gpu.shuffle xor %v913, %v799, %v795 : f32
                %v916 = arith.addf %v913, %v914 fastmath<contract> : f32
                %v917, %v918 = gpu.shuffle xor %v916, %v803, %v795 : f32
                %v919 = arith.addf %v916, %v917 fastmath<contract> : f32
                // end sum over the lanes
                %v920 = arith.cmpi eq, %v39, %v85 : i64
                %v921 = arith.andi %v43, %v920 : i1
                scf.if %v921 {
                  %v922 = arith.muli %v53, %v435 : i64
                  %v923 = arith.muli %v769, %v434 : i64
                  %v924 = arith.addi %v922, %v923 : i64
                  %v925 = arith.muli %v51, %v433 : i64
                  %v926 = arith.addi %v924, %v925 : i64
                  %v927 = arith.muli %v49, %v2 : i64
                  %v928 = arith.addi %v926, %v927 : i64
                  %v929 = llvm.getelementptr %dx_v[%v928] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v919, %v929 : f32, !llvm.ptr
                }
                %v930 = arith.mulf %v897, %v881 fastmath<contract> : f32
                %v931 = arith.mulf %v907, %v889 fastmath<contract> : f32
                %v932 = arith.addf %v930, %v931 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v933, %v934 = gpu.shuffle xor %v932, %v794, %v795 : f32
                %v935 = arith.addf %v932, %v933 fastmath<contract> : f32
                %v936, %v937 = gpu.shuffle xor %v935, %v799, %v795 : f32
                %v938 = arith.addf %v935, %v936 fastmath<contract> : f32
                %v939, %v940 = gpu.shuffle xor %v938, %v803, %v795 : f32
                %v941 = arith.addf %v938, %v939 fastmath<contract> : f32
                // end sum over the lanes
                %v942 = arith.mulf %v868, %v941 fastmath<contract> : f32
                %v943 = arith.mulf %v682, %v879 fastmath<contract> : f32
                %v944 = arith.mulf %v694, %v887 fastmath<contract> : f32
                %v945 = arith.addf %v943, %v944 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v946, %v947 = gpu.shuffle xor %v945, %v794, %v795 : f32
                %v948 = arith.addf %v945, %v946 fastmath<contract> : f32
                %v949, %v950 = gpu.shuffle xor %v948, %v799, %v795 : f32
                %v951 = arith.addf %v948, %v949 fastmath<contract> : f32
                %v952, %v953 = gpu.shuffle xor %v951, %v803, %v795 : f32
                %v954 = arith.addf %v951, %v952 fastmath<contract> : f32
                // end sum over the lanes
                %v955 = arith.mulf %v696, %v869 fastmath<contract> : f32
                %v956 = arith.mulf %v698, %v886 fastmath<contract> : f32
                %v957 = arith.addf %v955, %v956 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v958, %v959 = gpu.shuffle xor %v957, %v794, %v795 : f32
                %v960 = arith.addf %v957, %v958 fastmath<contract> : f32
                %v961, %v962 = gpu.shuffle xor %v960, %v799, %v795 : f32
                %v963 = arith.addf %v960, %v961 fastmath<contract> : f32
                %v964, %v965 = gpu.shuffle xor %v963, %v803, %v795 : f32
                %v966 = arith.addf %v963, %v964 fastmath<contract> : f32
                // end sum over the lanes
                %v967 = arith.addf %v954, %v966 fastmath<contract> : f32
                %v968 = arith.muli %v85, %v221 : i64
                %v969 = arith.subi %v769, %v191 : i64
                %v970 = arith.addi %v968, %v969 : i64
                %v971 = llvm.getelementptr %v82[%v970] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v972 = llvm.load %v971 : !llvm.ptr -> f32
                %v973 = arith.negf %v972 : f32
                %v974 = arith.mulf %v973, %v412 fastmath<contract> : f32
                %v975 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v974) : (f32) -> f32
                %v976 = arith.addf %v84, %v975 fastmath<contract> : f32
                %v977 = arith.divf %v84, %v976 : f32
                %v978 = arith.subf %v84, %v977 fastmath<contract> : f32
                %v979 = arith.mulf %v977, %v978 fastmath<contract> : f32
                %v980 = arith.mulf %v967, %v979 fastmath<contract> : f32
                %v981 = arith.select %v43, %v858, %v83 : f32
                // sum over the warp's outer points: shuffles
                %v983, %v984 = gpu.shuffle xor %v981, %v982, %v795 : f32
                %v985 = arith.addf %v981, %v983 fastmath<contract> : f32
                %v987, %v988 = gpu.shuffle xor %v985, %v986, %v795 : f32
                %v989 = arith.addf %v985, %v987 fastmath<contract> : f32
                %v990 = arith.divui %v24, %v26 : i64
                %v991 = arith.remui %v24, %v26 : i64
                %v992 = arith.cmpi ult, %v991, %v38 : i64
                %v993 = arith.addi %v85, %v39 : i64
                %v994 = arith.muli %v990, %v1 : i64
                %v995 = arith.addi %v994, %v993 : i64
                %v997 = arith.muli %v995, %v996 : i64
                %v998 = arith.addi %v997, %v768 : i64
                scf.if %v992 {
                  %v999 = llvm.getelementptr %v68[%v998] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v989, %v999 : f32, !llvm.ptr
                }
                %v1000 = arith.select %v43, %v861, %v83 : f32
                // sum over the warp's outer points: shuffles
                %v1001, %v1002 = gpu.shuffle xor %v1000, %v982, %v795 : f32
                %v1003 = arith.addf %v1000, %v1001 fastmath<contract> : f32
                %v1004, %v1005 = gpu.shuffle xor %v1003, %v986, %v795 : f32
                %v1006 = arith.addf %v1003, %v1004 fastmath<contract> : f32
                %v1007 = arith.divui %v24, %v26 : i64
                %v1008 = arith.remui %v24, %v26 : i64
                %v1009 = arith.cmpi ult, %v1008, %v38 : i64
                %v1010 = arith.addi %v38, %v39 : i64
                %v1011 = arith.muli %v1007, %v1 : i64
                %v1012 = arith.addi %v1011, %v1010 : i64
                %v1013 = arith.muli %v1012, %v996 : i64
                %v1014 = arith.addi %v1013, %v768 : i64
                scf.if %v1009 {
                  %v1015 = llvm.getelementptr %v68[%v1014] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1006, %v1015 : f32, !llvm.ptr
                }
                %v1016 = arith.select %v43, %v885, %v83 : f32
                // sum over the warp's outer points: shuffles
                %v1017, %v1018 = gpu.shuffle xor %v1016, %v982, %v795 : f32
                %v1019 = arith.addf %v1016, %v1017 fastmath<contract> : f32
                %v1020, %v1021 = gpu.shuffle xor %v1019, %v986, %v795 : f32
                %v1022 = arith.addf %v1019, %v1020 fastmath<contract> : f32
                %v1023 = arith.divui %v24, %v26 : i64
                %v1024 = arith.remui %v24, %v26 : i64
                %v1025 = arith.cmpi ult, %v1024, %v38 : i64
                %v1026 = arith.addi %v85, %v39 : i64
                %v1027 = arith.muli %v1023, %v1 : i64
                %v1028 = arith.addi %v1027, %v1026 : i64
                %v1029 = arith.muli %v1028, %v996 : i64
                %v1030 = arith.addi %v1029, %v768 : i64
                scf.if %v1025 {
                  %v1031 = llvm.getelementptr %v70[%v1030] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1022, %v1031 : f32, !llvm.ptr
                }
                %v1032 = arith.select %v43, %v891, %v83 : f32
                // sum over the warp's outer points: shuffles
                %v1033, %v1034 = gpu.shuffle xor %v1032, %v982, %v795 : f32
                %v1035 = arith.addf %v1032, %v1033 fastmath<contract> : f32
                %v1036, %v1037 = gpu.shuffle xor %v1035, %v986, %v795 : f32
                %v1038 = arith.addf %v1035, %v1036 fastmath<contract> : f32
                %v1039 = arith.divui %v24, %v26 : i64
                %v1040 = arith.remui %v24, %v26 : i64
                %v1041 = arith.cmpi ult, %v1040, %v38 : i64
                %v1042 = arith.addi %v38, %v39 : i64
                %v1043 = arith.muli %v1039, %v1 : i64
                %v1044 = arith.addi %v1043, %v1042 : i64
                %v1045 = arith.muli %v1044, %v996 : i64
                %v1046 = arith.addi %v1045, %v768 : i64
                scf.if %v1041 {
                  %v1047 = llvm.getelementptr %v70[%v1046] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1038, %v1047 : f32, !llvm.ptr
                }
                %v1048 = arith.select %v43, %v942, %v83 : f32
                // sum over the warp's outer points: shuffles
                %v1049, %v1050 = gpu.shuffle xor %v1048, %v982, %v795 : f32
                %v1051 = arith.addf %v1048, %v1049 fastmath<contract> : f32
                %v1052, %v1053 = gpu.shuffle xor %v1051, %v986, %v795 : f32
                %v1054 = arith.addf %v1051, %v1052 fastmath<contract> : f32
                %v1055 = arith.divui %v24, %v26 : i64
                %v1056 = arith.remui %v24, %v26 : i64
                %v1057 = arith.cmpi ult, %v1056, %v2 : i64
                %v1058 = arith.muli %v1055, %v2 : i64
                %v1059 = arith.addi %v1058, %v85 : i64
                %v1060 = arith.muli %v1059, %v996 : i64
                %v1061 = arith.addi %v1060, %v768 : i64
                scf.if %v1057 {
                  %v1062 = llvm.getelementptr %v72[%v1061] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1054, %v1062 : f32, !llvm.ptr
                }
                %v1063 = arith.select %v43, %v980, %v83 : f32
                // sum over the warp's outer points: shuffles
                %v1064, %v1065 = gpu.shuffle xor %v1063, %v982, %v795 : f32
                %v1066 = arith.addf %v1063, %v1064 fastmath<contract> : f32
                %v1067, %v1068 = gpu.shuffle xor %v1066, %v986, %v795 : f32
                %v1069 = arith.addf %v1066, %v1067 fastmath<contract> : f32
                %v1070 = arith.divui %v24, %v26 : i64
                %v1071 = arith.remui %v24, %v26 : i64
                %v1072 = arith.cmpi ult, %v1071, %v2 : i64
                %v1073 = arith.muli %v1070, %v2 : i64
                %v1074 = arith.addi %v1073, %v85 : i64
                %v1075 = arith.muli %v1074, %v996 : i64
                %v1076 = arith.addi %v1075, %v768 : i64
                scf.if %v1072 {
                  %v1077 = llvm.getelementptr %v74[%v1076] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1069, %v1077 : f32, !llvm.ptr
                }
                llvm.store %v977, %v63 : f32, !llvm.ptr
                llvm.store %v977, %v64 : f32, !llvm.ptr
                llvm.store %v977, %v65 : f32, !llvm.ptr
                llvm.store %v977, %v66 : f32, !llvm.ptr
              }
              %v1078 = arith.addi %v486, %v641 : i64
              %v1079 = arith.cmpi slt, %v799, %v757 : i32
              %v1080 = arith.cmpi eq, %v799, %v763 : i32
              %v1081 = arith.addi %v488, %v2 : i64
              scf.if %v1079 {
                %v1082 = arith.addi %v191, %v1078 : i64
                %v1083 = arith.muli %v39, %v221 : i64
                %v1084 = arith.subi %v1082, %v191 : i64
                %v1085 = arith.addi %v1083, %v1084 : i64
                %v1086 = llvm.getelementptr %v76[%v1085] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1087 = llvm.load %v1086 : !llvm.ptr -> f32
                %v1088 = arith.muli %v53, %v435 : i64
                %v1089 = arith.muli %v1082, %v434 : i64
                %v1090 = arith.addi %v1088, %v1089 : i64
                %v1091 = arith.muli %v51, %v433 : i64
                %v1092 = arith.addi %v1090, %v1091 : i64
                %v1093 = arith.muli %v49, %v2 : i64
                %v1094 = arith.addi %v1092, %v1093 : i64
                %v1095 = llvm.getelementptr %dy_o[%v1094] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1096 = llvm.load %v1095 : !llvm.ptr -> f32
                %v1097 = arith.mulf %v1087, %v696 fastmath<contract> : f32
                %v1098 = arith.constant 8 : i64
                %v1099 = arith.addi %v1098, %v39 : i64
                %v1100 = arith.muli %v1099, %v221 : i64
                %v1101 = arith.subi %v1082, %v191 : i64
                %v1102 = arith.addi %v1100, %v1101 : i64
                %v1103 = llvm.getelementptr %v76[%v1102] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1104 = llvm.load %v1103 : !llvm.ptr -> f32
                %v1105 = arith.mulf %v1104, %v698 fastmath<contract> : f32
                %v1106 = arith.addf %v1097, %v1105 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1107, %v1108 = gpu.shuffle xor %v1106, %v794, %v795 : f32
                %v1109 = arith.addf %v1106, %v1107 fastmath<contract> : f32
                %v1110, %v1111 = gpu.shuffle xor %v1109, %v799, %v795 : f32
                %v1112 = arith.addf %v1109, %v1110 fastmath<contract> : f32
                %v1113, %v1114 = gpu.shuffle xor %v1112, %v803, %v795 : f32
                %v1115 = arith.addf %v1112, %v1113 fastmath<contract> : f32
                // end sum over the lanes
                %v1116 = llvm.call_intrinsic "llvm.fabs.f32"(%v1115) : (f32) -> f32
                %v1117 = arith.maximumf %v84, %v1116 : f32
                %v1118 = arith.divf %v1096, %v1117 : f32
                %v1119 = arith.mulf %v1087, %v1118 fastmath<contract> : f32
                %v1120 = llvm.load %v59 : !llvm.ptr -> f32
                %v1121 = llvm.load %v63 : !llvm.ptr -> f32
                %v1122 = arith.mulf %v1121, %v1120 fastmath<contract> : f32
                %v1123 = arith.addf %v1119, %v1122 fastmath<contract> : f32
                llvm.store %v1123, %v59 : f32, !llvm.ptr
                %v1124 = arith.mulf %v1104, %v1118 fastmath<contract> : f32
                %v1125 = llvm.load %v60 : !llvm.ptr -> f32
                %v1126 = llvm.load %v64 : !llvm.ptr -> f32
                %v1127 = arith.mulf %v1126, %v1125 fastmath<contract> : f32
                %v1128 = arith.addf %v1124, %v1127 fastmath<contract> : f32
                llvm.store %v1128, %v60 : f32, !llvm.ptr
                %v1129 = arith.mulf %v1087, %v682 fastmath<contract> : f32
                %v1130 = arith.mulf %v1104, %v694 fastmath<contract> : f32
                %v1131 = arith.addf %v1129, %v1130 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1132, %v1133 = gpu.shuffle xor %v1131, %v794, %v795 : f32
                %v1134 = arith.addf %v1131, %v1132 fastmath<contract> : f32
                %v1135, %v1136 = gpu.shuffle xor %v1134, %v799, %v795 : f32
                %v1137 = arith.addf %v1134, %v1135 fastmath<contract> : f32
                %v1138, %v1139 = gpu.shuffle xor %v1137, %v803, %v795 : f32
                %v1140 = arith.addf %v1137, %v1138 fastmath<contract> : f32
                // end sum over the lanes
                %v1141 = arith.divf %v1140, %v1117 : f32
                %v1142 = arith.divf %v1141, %v1117 : f32
                %v1143 = arith.mulf %v1096, %v1142 fastmath<contract> : f32
                %v1144 = arith.negf %v1143 : f32
                %v1145 = arith.cmpf oge, %v84, %v1116 : f32
                %v1146 = arith.select %v1145, %v84, %v83 : f32
                %v1147 = arith.subf %v84, %v1146 fastmath<contract> : f32
                %v1148 = arith.mulf %v1144, %v1147 fastmath<contract> : f32
                %v1149 = arith.cmpf olt, %v1115, %v83 : f32
                %v1150 = arith.select %v1149, %v840, %v83 : f32
                %v1151 = arith.cmpf ogt, %v1115, %v83 : f32
                %v1152 = arith.select %v1151, %v84, %v1150 : f32
                %v1153 = arith.mulf %v1148, %v1152 fastmath<contract> : f32
                %v1154 = arith.mulf %v1087, %v1153 fastmath<contract> : f32
                %v1155 = llvm.load %v61 : !llvm.ptr -> f32
                %v1156 = llvm.load %v65 : !llvm.ptr -> f32
                %v1157 = arith.mulf %v1156, %v1155 fastmath<contract> : f32
                %v1158 = arith.addf %v1154, %v1157 fastmath<contract> : f32
                llvm.store %v1158, %v61 : f32, !llvm.ptr
                %v1159 = arith.mulf %v1104, %v1153 fastmath<contract> : f32
                %v1160 = llvm.load %v62 : !llvm.ptr -> f32
                %v1161 = llvm.load %v66 : !llvm.ptr -> f32
                %v1162 = arith.mulf %v1161, %v1160 fastmath<contract> : f32
                %v1163 = arith.addf %v1159, %v1162 fastmath<contract> : f32
                llvm.store %v1163, %v62 : f32, !llvm.ptr
                scf.if %v1080 {
                }
                %v1164 = arith.mulf %v696, %v1153 fastmath<contract> : f32
                %v1165 = arith.mulf %v682, %v1118 fastmath<contract> : f32
                %v1166 = arith.addf %v1164, %v1165 fastmath<contract> : f32
                %v1167 = arith.mulf %v698, %v1153 fastmath<contract> : f32
                %v1168 = arith.mulf %v694, %v1118 fastmath<contract> : f32
                %v1169 = arith.addf %v1167, %v1168 fastmath<contract> : f32
                %v1170 = arith.muli %v85, %v221 : i64
                %v1171 = arith.subi %v1082, %v191 : i64
                %v1172 = arith.addi %v1170, %v1171 : i64
                %v1173 = llvm.getelementptr %v80[%v1172] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1174 = llvm.load %v1173 : !llvm.ptr -> f32
                %v1175 = arith.mulf %v1174, %v412 fastmath<contract> : f32
                %v1176 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1175) : (f32) -> f32
                %v1177 = llvm.load %v61 : !llvm.ptr -> f32
                %v1178 = arith.muli %v53, %v435 : i64
                %v1179 = arith.muli %v1082, %v434 : i64
                %v1180 = arith.addi %v1178, %v1179 : i64
                %v1181 = arith.muli %v51, %v433 : i64
                %v1182 = arith.addi %v1180, %v1181 : i64
                %v1183 = arith.muli %v49, %v2 : i64
                %v1184 = arith.addi %v1182, %v1183 : i64
                %v1185 = llvm.getelementptr %in_v[%v1184] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1186 = llvm.load %v1185 : !llvm.ptr -> f32
                %v1187 = llvm.load %v59 : !llvm.ptr -> f32
                %v1188 = arith.mulf %v1186, %v1187 fastmath<contract> : f32
                %v1189 = arith.addf %v1177, %v1188 fastmath<contract> : f32
                %v1190 = arith.mulf %v1176, %v1189 fastmath<contract> : f32
                %v1192 = llvm.call_intrinsic "llvm.sqrt.f32"(%v1191) : (f32) -> f32
                %v1193 = arith.divf %v1190, %v1192 : f32
                %v1194 = llvm.load %v62 : !llvm.ptr -> f32
                %v1195 = llvm.load %v60 : !llvm.ptr -> f32
                %v1196 = arith.mulf %v1186, %v1195 fastmath<contract> : f32
                %v1197 = arith.addf %v1194, %v1196 fastmath<contract> : f32
                %v1198 = arith.mulf %v1176, %v1197 fastmath<contract> : f32
                %v1199 = arith.divf %v1198, %v1192 : f32
                %v1200 = arith.muli %v39, %v221 : i64
                %v1201 = arith.subi %v1082, %v191 : i64
                %v1202 = arith.addi %v1200, %v1201 : i64
                %v1203 = llvm.getelementptr %v78[%v1202] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1204 = llvm.load %v1203 : !llvm.ptr -> f32
                %v1205 = arith.divf %v1204, %v1192 : f32
                %v1206 = arith.mulf %v1176, %v1205 fastmath<contract> : f32
                %v1207 = arith.mulf %v1206, %v1187 fastmath<contract> : f32
                %v1208 = arith.constant 8 : i64
                %v1209 = arith.addi %v1208, %v39 : i64
                %v1210 = arith.muli %v1209, %v221 : i64
                %v1211 = arith.subi %v1082, %v191 : i64
                %v1212 = arith.addi %v1210, %v1211 : i64
                %v1213 = llvm.getelementptr %v78[%v1212] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1214 = llvm.load %v1213 : !llvm.ptr -> f32
                %v1215 = arith.divf %v1214, %v1192 : f32
                %v1216 = arith.mulf %v1176, %v1215 fastmath<contract> : f32
                %v1217 = arith.mulf %v1216, %v1195 fastmath<contract> : f32
                %v1218 = arith.addf %v1207, %v1217 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1219, %v1220 = gpu.shuffle xor %v1218, %v794, %v795 : f32
                %v1221 = arith.addf %v1218, %v1219 fastmath<contract> : f32
                %v1222, %v1223 = gpu.shuffle xor %v1221, %v799, %v795 : f32
                %v1224 = arith.addf %v1221, %v1222 fastmath<contract> : f32
                %v1225, %v1226 = gpu.shuffle xor %v1224, %v803, %v795 : f32
                %v1227 = arith.addf %v1224, %v1225 fastmath<contract> : f32
                // end sum over the lanes
                %v1228 = arith.cmpi eq, %v39, %v85 : i64
                %v1229 = arith.andi %v43, %v1228 : i1
                scf.if %v1229 {
                  %v1230 = arith.muli %v53, %v435 : i64
                  %v1231 = arith.muli %v1082, %v434 : i64
                  %v1232 = arith.addi %v1230, %v1231 : i64
                  %v1233 = arith.muli %v51, %v433 : i64
                  %v1234 = arith.addi %v1232, %v1233 : i64
                  %v1235 = arith.muli %v49, %v2 : i64
                  %v1236 = arith.addi %v1234, %v1235 : i64
                  %v1237 = llvm.getelementptr %dx_v[%v1236] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1227, %v1237 : f32, !llvm.ptr
                }
                %v1238 = arith.mulf %v1205, %v1189 fastmath<contract> : f32
                %v1239 = arith.mulf %v1215, %v1197 fastmath<contract> : f32
                %v1240 = arith.addf %v1238, %v1239 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1241, %v1242 = gpu.shuffle xor %v1240, %v794, %v795 : f32
                %v1243 = arith.addf %v1240, %v1241 fastmath<contract> : f32
                %v1244, %v1245 = gpu.shuffle xor %v1243, %v799, %v795 : f32
                %v1246 = arith.addf %v1243, %v1244 fastmath<contract> : f32
                %v1247, %v1248 = gpu.shuffle xor %v1246, %v803, %v795 : f32
                %v1249 = arith.addf %v1246, %v1247 fastmath<contract> : f32
                // end sum over the lanes
                %v1250 = arith.mulf %v1176, %v1249 fastmath<contract> : f32
                %v1251 = arith.mulf %v624, %v1187 fastmath<contract> : f32
                %v1252 = arith.mulf %v636, %v1195 fastmath<contract> : f32
                %v1253 = arith.addf %v1251, %v1252 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1254, %v1255 = gpu.shuffle xor %v1253, %v794, %v795 : f32
                %v1256 = arith.addf %v1253, %v1254 fastmath<contract> : f32
                %v1257, %v1258 = gpu.shuffle xor %v1256, %v799, %v795 : f32
                %v1259 = arith.addf %v1256, %v1257 fastmath<contract> : f32
                %v1260, %v1261 = gpu.shuffle xor %v1259, %v803, %v795 : f32
                %v1262 = arith.addf %v1259, %v1260 fastmath<contract> : f32
                // end sum over the lanes
                %v1263 = arith.mulf %v638, %v1177 fastmath<contract> : f32
                %v1264 = arith.mulf %v640, %v1194 fastmath<contract> : f32
                %v1265 = arith.addf %v1263, %v1264 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1266, %v1267 = gpu.shuffle xor %v1265, %v794, %v795 : f32
                %v1268 = arith.addf %v1265, %v1266 fastmath<contract> : f32
                %v1269, %v1270 = gpu.shuffle xor %v1268, %v799, %v795 : f32
                %v1271 = arith.addf %v1268, %v1269 fastmath<contract> : f32
                %v1272, %v1273 = gpu.shuffle xor %v1271, %v803, %v795 : f32
                %v1274 = arith.addf %v1271, %v1272 fastmath<contract> : f32
                // end sum over the lanes
                %v1275 = arith.addf %v1262, %v1274 fastmath<contract> : f32
                %v1276 = arith.muli %v85, %v221 : i64
                %v1277 = arith.subi %v1082, %v191 : i64
                %v1278 = arith.addi %v1276, %v1277 : i64
                %v1279 = llvm.getelementptr %v82[%v1278] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1280 = llvm.load %v1279 : !llvm.ptr -> f32
                %v1281 = arith.negf %v1280 : f32
                %v1282 = arith.mulf %v1281, %v412 fastmath<contract> : f32
                %v1283 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1282) : (f32) -> f32
                %v1284 = arith.addf %v84, %v1283 fastmath<contract> : f32
                %v1285 = arith.divf %v84, %v1284 : f32
                %v1286 = arith.subf %v84, %v1285 fastmath<contract> : f32
                %v1287 = arith.mulf %v1285, %v1286 fastmath<contract> : f32
                %v1288 = arith.mulf %v1275, %v1287 fastmath<contract> : f32
                %v1289 = arith.select %v43, %v1166, %v83 : f32
                // sum over the warp's outer points: shuffles
                %v1290, %v1291 = gpu.shuffle xor %v1289, %v982, %v795 : f32
                %v1292 = arith.addf %v1289, %v1290 fastmath<contract> : f32
                %v1293, %v1294 = gpu.shuffle xor %v1292, %v986, %v795 : f32
                %v1295 = arith.addf %v1292, %v1293 fastmath<contract> : f32
                %v1296 = arith.divui %v24, %v26 : i64
                %v1297 = arith.remui %v24, %v26 : i64
                %v1298 = arith.cmpi ult, %v1297, %v38 : i64
                %v1299 = arith.addi %v85, %v39 : i64
                %v1300 = arith.muli %v1296, %v1 : i64
                %v1301 = arith.addi %v1300, %v1299 : i64
                %v1302 = arith.muli %v1301, %v996 : i64
                %v1303 = arith.addi %v1302, %v1081 : i64
                scf.if %v1298 {
                  %v1304 = llvm.getelementptr %v68[%v1303] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1295, %v1304 : f32, !llvm.ptr
                }
                %v1305 = arith.select %v43, %v1169, %v83 : f32
                // sum over the warp's outer points: shuffles
                %v1306, %v1307 = gpu.shuffle xor %v1305, %v982, %v795 : f32
                %v1308 = arith.addf %v1305, %v1306 fastmath<contract> : f32
                %v1309, %v1310 = gpu.shuffle xor %v1308, %v986, %v795 : f32
                %v1311 = arith.addf %v1308, %v1309 fastmath<contract> : f32
                %v1312 = arith.divui %v24, %v26 : i64
                %v1313 = arith.remui %v24, %v26 : i64
                %v1314 = arith.cmpi ult, %v1313, %v38 : i64
                %v1315 = arith.addi %v38, %v39 : i64
                %v1316 = arith.muli %v1312, %v1 : i64
                %v1317 = arith.addi %v1316, %v1315 : i64
                %v1318 = arith.muli %v1317, %v996 : i64
                %v1319 = arith.addi %v1318, %v1081 : i64
                scf.if %v1314 {
                  %v1320 = llvm.getelementptr %v68[%v1319] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1311, %v1320 : f32, !llvm.ptr
                }
                %v1321 = arith.select %v43, %v1193, %v83 : f32
                // sum over the warp's outer points: shuffles
                %v1322, %v1323 = gpu.shuffle xor %v1321, %v982, %v795 : f32
                %v1324 = arith.addf %v1321, %v1322 fastmath<contract> : f32
                %v1325, %v1326 = gpu.shuffle xor %v1324, %v986, %v795 : f32
                %v1327 = arith.addf %v1324, %v1325 fastmath<contract> : f32
                %v1328 = arith.divui %v24, %v26 : i64
                %v1329 = arith.remui %v24, %v26 : i64
                %v1330 = arith.cmpi ult, %v1329, %v38 : i64
                %v1331 = arith.addi %v85, %v39 : i64
                %v1332 = arith.muli %v1328, %v1 : i64
                %v1333 = arith.addi %v1332, %v1331 : i64
                %v1334 = arith.muli %v1333, %v996 : i64
                %v1335 = arith.addi %v1334, %v1081 : i64
                scf.if %v1330 {
                  %v1336 = llvm.getelementptr %v70[%v1335] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1327, %v1336 : f32, !llvm.ptr
                }
                %v1337 = arith.select %v43, %v1199, %v83 : f32
                // sum over the warp's outer points: shuffles
                %v1338, %v1339 = gpu.shuffle xor %v1337, %v982, %v795 : f32
                %v1340 = arith.addf %v1337, %v1338 fastmath<contract> : f32
                %v1341, %v1342 = gpu.shuffle xor %v1340, %v986, %v795 : f32
                %v1343 = arith.addf %v1340, %v1341 fastmath<contract> : f32
                %v1344 = arith.divui %v24, %v26 : i64
                %v1345 = arith.remui %v24, %v26 : i64
                %v1346 = arith.cmpi ult, %v1345, %v38 : i64
                %v1347 = arith.addi %v38, %v39 : i64
                %v1348 = arith.muli %v1344, %v1 : i64
                %v1349 = arith.addi %v1348, %v1347 : i64
                %v1350 = arith.muli %v1349, %v996 : i64
                %v1351 = arith.addi %v1350, %v1081 : i64
                scf.if %v1346 {
                  %v1352 = llvm.getelementptr %v70[%v1351] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1343, %v1352 : f32, !llvm.ptr
                }
                %v1353 = arith.select %v43, %v1250, %v83 : f32
                // sum over the warp's outer points: shuffles
                %v1354, %v1355 = gpu.shuffle xor %v1353, %v982, %v795 : f32
                %v1356 = arith.addf %v1353, %v1354 fastmath<contract> : f32
                %v1357, %v1358 = gpu.shuffle xor %v1356, %v986, %v795 : f32
                %v1359 = arith.addf %v1356, %v1357 fastmath<contract> : f32
                %v1360 = arith.divui %v24, %v26 : i64
                %v1361 = arith.remui %v24, %v26 : i64
                %v1362 = arith.cmpi ult, %v1361, %v2 : i64
                %v1363 = arith.muli %v1360, %v2 : i64
                %v1364 = arith.addi %v1363, %v85 : i64
                %v1365 = arith.muli %v1364, %v996 : i64
                %v1366 = arith.addi %v1365, %v1081 : i64
                scf.if %v1362 {
                  %v1367 = llvm.getelementptr %v72[%v1366] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1359, %v1367 : f32, !llvm.ptr
                }
                %v1368 = arith.select %v43, %v1288, %v83 : f32
                // sum over the warp's outer points: shuffles
                %v1369, %v1370 = gpu.shuffle xor %v1368, %v982, %v795 : f32
                %v1371 = arith.addf %v1368, %v1369 fastmath<contract> : f32
                %v1372, %v1373 = gpu.shuffle xor %v1371, %v986, %v795 : f32
                %v1374 = arith.addf %v1371, %v1372 fastmath<contract> : f32
                %v1375 = arith.divui %v24, %v26 : i64
                %v1376 = arith.remui %v24, %v26 : i64
                %v1377 = arith.cmpi ult, %v1376, %v2 : i64
                %v1378 = arith.muli %v1375, %v2 : i64
                %v1379 = arith.addi %v1378, %v85 : i64
                %v1380 = arith.muli %v1379, %v996 : i64
                %v1381 = arith.addi %v1380, %v1081 : i64
                scf.if %v1377 {
                  %v1382 = llvm.getelementptr %v74[%v1381] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1374, %v1382 : f32, !llvm.ptr
                }
                llvm.store %v1285, %v63 : f32, !llvm.ptr
                llvm.store %v1285, %v64 : f32, !llvm.ptr
                llvm.store %v1285, %v65 : f32, !llvm.ptr
                llvm.store %v1285, %v66 : f32, !llvm.ptr
              }
              %v1383 = arith.addi %v486, %v2 : i64
              %v1384 = arith.cmpi slt, %v794, %v757 : i32
              %v1385 = arith.cmpi eq, %v794, %v763 : i32
              %v1386 = arith.addi %v488, %v641 : i64
              scf.if %v1384 {
                %v1387 = arith.addi %v191, %v1383 : i64
                %v1388 = arith.muli %v39, %v221 : i64
                %v1389 = arith.subi %v1387, %v191 : i64
                %v1390 = arith.addi %v1388, %v1389 : i64
                %v1391 = llvm.getelementptr %v76[%v1390] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1392 = llvm.load %v1391 : !llvm.ptr -> f32
                %v1393 = arith.muli %v53, %v435 : i64
                %v1394 = arith.muli %v1387, %v434 : i64
                %v1395 = arith.addi %v1393, %v1394 : i64
                %v1396 = arith.muli %v51, %v433 : i64
                %v1397 = arith.addi %v1395, %v1396 : i64
                %v1398 = arith.muli %v49, %v2 : i64
                %v1399 = arith.addi %v1397, %v1398 : i64
                %v1400 = llvm.getelementptr %dy_o[%v1399] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1401 = llvm.load %v1400 : !llvm.ptr -> f32
                %v1402 = arith.mulf %v1392, %v638 fastmath<contract> : f32
                %v1403 = arith.constant 8 : i64
                %v1404 = arith.addi %v1403, %v39 : i64
                %v1405 = arith.muli %v1404, %v221 : i64
                %v1406 = arith.subi %v1387, %v191 : i64
                %v1407 = arith.addi %v1405, %v1406 : i64
                %v1408 = llvm.getelementptr %v76[%v1407] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1409 = llvm.load %v1408 : !llvm.ptr -> f32
                %v1410 = arith.mulf %v1409, %v640 fastmath<contract> : f32
                %v1411 = arith.addf %v1402, %v1410 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1412, %v1413 = gpu.shuffle xor %v1411, %v794, %v795 : f32
                %v1414 = arith.addf %v1411, %v1412 fastmath<contract> : f32
                %v1415, %v1416 = gpu.shuffle xor %v1414, %v799, %v795 : f32
                %v1417 = arith.addf %v1414, %v1415 fastmath<contract> : f32
                %v1418, %v1419 = gpu.shuffle xor %v1417, %v803, %v795 : f32
                %v1420 = arith.addf %v1417, %v1418 fastmath<contract> : f32
                // end sum over the lanes
                %v1421 = llvm.call_intrinsic "llvm.fabs.f32"(%v1420) : (f32) -> f32
                %v1422 = arith.maximumf %v84, %v1421 : f32
                %v1423 = arith.divf %v1401, %v1422 : f32
                %v1424 = arith.mulf %v1392, %v1423 fastmath<contract> : f32
                %v1425 = llvm.load %v59 : !llvm.ptr -> f32
                %v1426 = llvm.load %v63 : !llvm.ptr -> f32
                %v1427 = arith.mulf %v1426, %v1425 fastmath<contract> : f32
                %v1428 = arith.addf %v1424, %v1427 fastmath<contract> : f32
                llvm.store %v1428, %v59 : f32, !llvm.ptr
                %v1429 = arith.mulf %v1409, %v1423 fastmath<contract> : f32
                %v1430 = llvm.load %v60 : !llvm.ptr -> f32
                %v1431 = llvm.load %v64 : !llvm.ptr -> f32
                %v1432 = arith.mulf %v1431, %v1430 fastmath<contract> : f32
                %v1433 = arith.addf %v1429, %v1432 fastmath<contract> : f32
                llvm.store %v1433, %v60 : f32, !llvm.ptr
                %v1434 = arith.mulf %v1392, %v624 fastmath<contract> : f32
                %v1435 = arith.mulf %v1409, %v636 fastmath<contract> : f32
                %v1436 = arith.addf %v1434, %v1435 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1437, %v1438 = gpu.shuffle xor %v1436, %v794, %v795 : f32
                %v1439 = arith.addf %v1436, %v1437 fastmath<contract> : f32
                %v1440, %v1441 = gpu.shuffle xor %v1439, %v799, %v795 : f32
                %v1442 = arith.addf %v1439, %v1440 fastmath<contract> : f32
                %v1443, %v1444 = gpu.shuffle xor %v1442, %v803, %v795 : f32
                %v1445 = arith.addf %v1442, %v1443 fastmath<contract> : f32
                // end sum over the lanes
                %v1446 = arith.divf %v1445, %v1422 : f32
                %v1447 = arith.divf %v1446, %v1422 : f32
                %v1448 = arith.mulf %v1401, %v1447 fastmath<contract> : f32
                %v1449 = arith.negf %v1448 : f32
                %v1450 = arith.cmpf oge, %v84, %v1421 : f32
                %v1451 = arith.select %v1450, %v84, %v83 : f32
                %v1452 = arith.subf %v84, %v1451 fastmath<contract> : f32
                %v1453 = arith.mulf %v1449, %v1452 fastmath<contract> : f32
                %v1454 = arith.cmpf olt, %v1420, %v83 : f32
                %v1455 = arith.select %v1454, %v840, %v83 : f32
                %v1456 = arith.cmpf ogt, %v1420, %v83 : f32
                %v1457 = arith.select %v1456, %v84, %v1455 : f32
                %v1458 = arith.mulf %v1453, %v1457 fastmath<contract> : f32
                %v1459 = arith.mulf %v1392, %v1458 fastmath<contract> : f32
                %v1460 = llvm.load %v61 : !llvm.ptr -> f32
                %v1461 = llvm.load %v65 : !llvm.ptr -> f32
                %v1462 = arith.mulf %v1461, %v1460 fastmath<contract> : f32
                %v1463 = arith.addf %v1459, %v1462 fastmath<contract> : f32
                llvm.store %v1463, %v61 : f32, !llvm.ptr
                %v1464 = arith.mulf %v1409, %v1458 fastmath<contract> : f32
                %v1465 = llvm.load %v62 : !llvm.ptr -> f32
                %v1466 = llvm.load %v66 : !llvm.ptr -> f32
                %v1467 = arith.mulf %v1466, %v1465 fastmath<contract> : f32
                %v1468 = arith.addf %v1464, %v1467 fastmath<contract> : f32
                llvm.store %v1468, %v62 : f32, !llvm.ptr
                scf.if %v1385 {
                }
                %v1469 = arith.mulf %v638, %v1458 fastmath<contract> : f32
                %v1470 = arith.mulf %v624, %v1423 fastmath<contract> : f32
                %v1471 = arith.addf %v1469, %v1470 fastmath<contract> : f32
                %v1472 = arith.mulf %v640, %v1458 fastmath<contract> : f32
                %v1473 = arith.mulf %v636, %v1423 fastmath<contract> : f32
                %v1474 = arith.addf %v1472, %v1473 fastmath<contract> : f32
                %v1475 = arith.muli %v85, %v221 : i64
                %v1476 = arith.subi %v1387, %v191 : i64
                %v1477 = arith.addi %v1475, %v1476 : i64
                %v1478 = llvm.getelementptr %v80[%v1477] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1479 = llvm.load %v1478 : !llvm.ptr -> f32
                %v1480 = arith.mulf %v1479, %v412 fastmath<contract> : f32
                %v1481 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1480) : (f32) -> f32
                %v1482 = llvm.load %v61 : !llvm.ptr -> f32
                %v1483 = arith.muli %v53, %v435 : i64
                %v1484 = arith.muli %v1387, %v434 : i64
                %v1485 = arith.addi %v1483, %v1484 : i64
                %v1486 = arith.muli %v51, %v433 : i64
                %v1487 = arith.addi %v1485, %v1486 : i64
                %v1488 = arith.muli %v49, %v2 : i64
                %v1489 = arith.addi %v1487, %v1488 : i64
                %v1490 = llvm.getelementptr %in_v[%v1489] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1491 = llvm.load %v1490 : !llvm.ptr -> f32
                %v1492 = llvm.load %v59 : !llvm.ptr -> f32
                %v1493 = arith.mulf %v1491, %v1492 fastmath<contract> : f32
                %v1494 = arith.addf %v1482, %v1493 fastmath<contract> : f32
                %v1495 = arith.mulf %v1481, %v1494 fastmath<contract> : f32
                %v1497 = llvm.call_intrinsic "llvm.sqrt.f32"(%v1496) : (f32) -> f32
                %v1498 = arith.divf %v1495, %v1497 : f32
                %v1499 = llvm.load %v62 : !llvm.ptr -> f32
                %v1500 = llvm.load %v60 : !llvm.ptr -> f32
                %v1501 = arith.mulf %v1491, %v1500 fastmath<contract> : f32
                %v1502 = arith.addf %v1499, %v1501 fastmath<contract> : f32
                %v1503 = arith.mulf %v1481, %v1502 fastmath<contract> : f32
                %v1504 = arith.divf %v1503, %v1497 : f32
                %v1505 = arith.muli %v39, %v221 : i64
                %v1506 = arith.subi %v1387, %v191 : i64
                %v1507 = arith.addi %v1505, %v1506 : i64
                %v1508 = llvm.getelementptr %v78[%v1507] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1509 = llvm.load %v1508 : !llvm.ptr -> f32
                %v1510 = arith.divf %v1509, %v1497 : f32
                %v1511 = arith.mulf %v1481, %v1510 fastmath<contract> : f32
                %v1512 = arith.mulf %v1511, %v1492 fastmath<contract> : f32
                %v1513 = arith.constant 8 : i64
                %v1514 = arith.addi %v1513, %v39 : i64
                %v1515 = arith.muli %v1514, %v221 : i64
                %v1516 = arith.subi %v1387, %v191 : i64
                %v1517 = arith.addi %v1515, %v1516 : i64
                %v1518 = llvm.getelementptr %v78[%v1517] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1519 = llvm.load %v1518 : !llvm.ptr -> f32
                %v1520 = arith.divf %v1519, %v1497 : f32
                %v1521 = arith.mulf %v1481, %v1520 fastmath<contract> : f32
                %v1522 = arith.mulf %v1521, %v1500 fastmath<contract> : f32
                %v1523 = arith.addf %v1512, %v1522 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1524, %v1525 = gpu.shuffle xor %v1523, %v794, %v795 : f32
                %v1526 = arith.addf %v1523, %v1524 fastmath<contract> : f32
                %v1527, %v1528 = gpu.shuffle xor %v1526, %v799, %v795 : f32
                %v1529 = arith.addf %v1526, %v1527 fastmath<contract> : f32
                %v1530, %v1531 = gpu.shuffle xor %v1529, %v803, %v795 : f32
                %v1532 = arith.addf %v1529, %v1530 fastmath<contract> : f32
                // end sum over the lanes
                %v1533 = arith.cmpi eq, %v39, %v85 : i64
                %v1534 = arith.andi %v43, %v1533 : i1
                scf.if %v1534 {
                  %v1535 = arith.muli %v53, %v435 : i64
                  %v1536 = arith.muli %v1387, %v434 : i64
                  %v1537 = arith.addi %v1535, %v1536 : i64
                  %v1538 = arith.muli %v51, %v433 : i64
                  %v1539 = arith.addi %v1537, %v1538 : i64
                  %v1540 = arith.muli %v49, %v2 : i64
                  %v1541 = arith.addi %v1539, %v1540 : i64
                  %v1542 = llvm.getelementptr %dx_v[%v1541] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1532, %v1542 : f32, !llvm.ptr
                }
                %v1543 = arith.mulf %v1510, %v1494 fastmath<contract> : f32
                %v1544 = arith.mulf %v1520, %v1502 fastmath<contract> : f32
                %v1545 = arith.addf %v1543, %v1544 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1546, %v1547 = gpu.shuffle xor %v1545, %v794, %v795 : f32
                %v1548 = arith.addf %v1545, %v1546 fastmath<contract> : f32
                %v1549, %v1550 = gpu.shuffle xor %v1548, %v799, %v795 : f32
                %v1551 = arith.addf %v1548, %v1549 fastmath<contract> : f32
                %v1552, %v1553 = gpu.shuffle xor %v1551, %v803, %v795 : f32
                %v1554 = arith.addf %v1551, %v1552 fastmath<contract> : f32
                // end sum over the lanes
                %v1555 = arith.mulf %v1481, %v1554 fastmath<contract> : f32
                %v1556 = arith.mulf %v567, %v1492 fastmath<contract> : f32
                %v1557 = arith.mulf %v579, %v1500 fastmath<contract> : f32
                %v1558 = arith.addf %v1556, %v1557 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1559, %v1560 = gpu.shuffle xor %v1558, %v794, %v795 : f32
                %v1561 = arith.addf %v1558, %v1559 fastmath<contract> : f32
                %v1562, %v1563 = gpu.shuffle xor %v1561, %v799, %v795 : f32
                %v1564 = arith.addf %v1561, %v1562 fastmath<contract> : f32
                %v1565, %v1566 = gpu.shuffle xor %v1564, %v803, %v795 : f32
                %v1567 = arith.addf %v1564, %v1565 fastmath<contract> : f32
                // end sum over the lanes
                %v1568 = arith.mulf %v581, %v1482 fastmath<contract> : f32
                %v1569 = arith.mulf %v583, %v1499 fastmath<contract> : f32
                %v1570 = arith.addf %v1568, %v1569 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1571, %v1572 = gpu.shuffle xor %v1570, %v794, %v795 : f32
                %v1573 = arith.addf %v1570, %v1571 fastmath<contract> : f32
                %v1574, %v1575 = gpu.shuffle xor %v1573, %v799, %v795 : f32
                %v1576 = arith.addf %v1573, %v1574 fastmath<contract> : f32
                %v1577, %v1578 = gpu.shuffle xor %v1576, %v803, %v795 : f32
                %v1579 = arith.addf %v1576, %v1577 fastmath<contract> : f32
                // end sum over the lanes
                %v1580 = arith.addf %v1567, %v1579 fastmath<contract> : f32
                %v1581 = arith.muli %v85, %v221 : i64
                %v1582 = arith.subi %v1387, %v191 : i64
                %v1583 = arith.addi %v1581, %v1582 : i64
                %v1584 = llvm.getelementptr %v82[%v1583] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1585 = llvm.load %v1584 : !llvm.ptr -> f32
                %v1586 = arith.negf %v1585 : f32
                %v1587 = arith.mulf %v1586, %v412 fastmath<contract> : f32
                %v1588 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1587) : (f32) -> f32
                %v1589 = arith.addf %v84, %v1588 fastmath<contract> : f32
                %v1590 = arith.divf %v84, %v1589 : f32
                %v1591 = arith.subf %v84, %v1590 fastmath<contract> : f32
                %v1592 = arith.mulf %v1590, %v1591 fastmath<contract> : f32
                %v1593 = arith.mulf %v1580, %v1592 fastmath<contract> : f32
                %v1594 = arith.select %v43, %v1471, %v83 : f32
                // sum over the warp's outer points: shuffles
                %v1595, %v1596 = gpu.shuffle xor %v1594, %v982, %v795 : f32
                %v1597 = arith.addf %v1594, %v1595 fastmath<contract> : f32
                %v1598, %v1599 = gpu.shuffle xor %v1597, %v986, %v795 : f32
                %v1600 = arith.addf %v1597, %v1598 fastmath<contract> : f32
                %v1601 = arith.divui %v24, %v26 : i64
                %v1602 = arith.remui %v24, %v26 : i64
                %v1603 = arith.cmpi ult, %v1602, %v38 : i64
                %v1604 = arith.addi %v85, %v39 : i64
                %v1605 = arith.muli %v1601, %v1 : i64
                %v1606 = arith.addi %v1605, %v1604 : i64
                %v1607 = arith.muli %v1606, %v996 : i64
                %v1608 = arith.addi %v1607, %v1386 : i64
                scf.if %v1603 {
                  %v1609 = llvm.getelementptr %v68[%v1608] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1600, %v1609 : f32, !llvm.ptr
                }
                %v1610 = arith.select %v43, %v1474, %v83 : f32
                // sum over the warp's outer points: shuffles
                %v1611, %v1612 = gpu.shuffle xor %v1610, %v982, %v795 : f32
                %v1613 = arith.addf %v1610, %v1611 fastmath<contract> : f32
                %v1614, %v1615 = gpu.shuffle xor %v1613, %v986, %v795 : f32
                %v1616 = arith.addf %v1613, %v1614 fastmath<contract> : f32
                %v1617 = arith.divui %v24, %v26 : i64
                %v1618 = arith.remui %v24, %v26 : i64
                %v1619 = arith.cmpi ult, %v1618, %v38 : i64
                %v1620 = arith.addi %v38, %v39 : i64
                %v1621 = arith.muli %v1617, %v1 : i64
                %v1622 = arith.addi %v1621, %v1620 : i64
                %v1623 = arith.muli %v1622, %v996 : i64
                %v1624 = arith.addi %v1623, %v1386 : i64
                scf.if %v1619 {
                  %v1625 = llvm.getelementptr %v68[%v1624] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1616, %v1625 : f32, !llvm.ptr
                }
                %v1626 = arith.select %v43, %v1498, %v83 : f32
                // sum over the warp's outer points: shuffles
                %v1627, %v1628 = gpu.shuffle xor %v1626, %v982, %v795 : f32
                %v1629 = arith.addf %v1626, %v1627 fastmath<contract> : f32
                %v1630, %v1631 = gpu.shuffle xor %v1629, %v986, %v795 : f32
                %v1632 = arith.addf %v1629, %v1630 fastmath<contract> : f32
                %v1633 = arith.divui %v24, %v26 : i64
                %v1634 = arith.remui %v24, %v26 : i64
                %v1635 = arith.cmpi ult, %v1634, %v38 : i64
                %v1636 = arith.addi %v85, %v39 : i64
                %v1637 = arith.muli %v1633, %v1 : i64
                %v1638 = arith.addi %v1637, %v1636 : i64
                %v1639 = arith.muli %v1638, %v996 : i64
                %v1640 = arith.addi %v1639, %v1386 : i64
                scf.if %v1635 {
                  %v1641 = llvm.getelementptr %v70[%v1640] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1632, %v1641 : f32, !llvm.ptr
                }
                %v1642 = arith.select %v43, %v1504, %v83 : f32
                // sum over the warp's outer points: shuffles
                %v1643, %v1644 = gpu.shuffle xor %v1642, %v982, %v795 : f32
                %v1645 = arith.addf %v1642, %v1643 fastmath<contract> : f32
                %v1646, %v1647 = gpu.shuffle xor %v1645, %v986, %v795 : f32
                %v1648 = arith.addf %v1645, %v1646 fastmath<contract> : f32
                %v1649 = arith.divui %v24, %v26 : i64
                %v1650 = arith.remui %v24, %v26 : i64
                %v1651 = arith.cmpi ult, %v1650, %v38 : i64
                %v1652 = arith.addi %v38, %v39 : i64
                %v1653 = arith.muli %v1649, %v1 : i64
                %v1654 = arith.addi %v1653, %v1652 : i64
                %v1655 = arith.muli %v1654, %v996 : i64
                %v1656 = arith.addi %v1655, %v1386 : i64
                scf.if %v1651 {
                  %v1657 = llvm.getelementptr %v70[%v1656] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1648, %v1657 : f32, !llvm.ptr
                }
                %v1658 = arith.select %v43, %v1555, %v83 : f32
                // sum over the warp's outer points: shuffles
                %v1659, %v1660 = gpu.shuffle xor %v1658, %v982, %v795 : f32
                %v1661 = arith.addf %v1658, %v1659 fastmath<contract> : f32
                %v1662, %v1663 = gpu.shuffle xor %v1661, %v986, %v795 : f32
                %v1664 = arith.addf %v1661, %v1662 fastmath<contract> : f32
                %v1665 = arith.divui %v24, %v26 : i64
                %v1666 = arith.remui %v24, %v26 : i64
                %v1667 = arith.cmpi ult, %v1666, %v2 : i64
                %v1668 = arith.muli %v1665, %v2 : i64
                %v1669 = arith.addi %v1668, %v85 : i64
                %v1670 = arith.muli %v1669, %v996 : i64
                %v1671 = arith.addi %v1670, %v1386 : i64
                scf.if %v1667 {
                  %v1672 = llvm.getelementptr %v72[%v1671] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1664, %v1672 : f32, !llvm.ptr
                }
                %v1673 = arith.select %v43, %v1593, %v83 : f32
                // sum over the warp's outer points: shuffles
                %v1674, %v1675 = gpu.shuffle xor %v1673, %v982, %v795 : f32
                %v1676 = arith.addf %v1673, %v1674 fastmath<contract> : f32
                %v1677, %v1678 = gpu.shuffle xor %v1676, %v986, %v795 : f32
                %v1679 = arith.addf %v1676, %v1677 fastmath<contract> : f32
                %v1680 = arith.divui %v24, %v26 : i64
                %v1681 = arith.remui %v24, %v26 : i64
                %v1682 = arith.cmpi ult, %v1681, %v2 : i64
                %v1683 = arith.muli %v1680, %v2 : i64
                %v1684 = arith.addi %v1683, %v85 : i64
                %v1685 = arith.muli %v1684, %v996 : i64
                %v1686 = arith.addi %v1685, %v1386 : i64
                scf.if %v1682 {
                  %v1687 = llvm.getelementptr %v74[%v1686] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1679, %v1687 : f32, !llvm.ptr
                }
                llvm.store %v1590, %v63 : f32, !llvm.ptr
                llvm.store %v1590, %v64 : f32, !llvm.ptr
                llvm.store %v1590, %v65 : f32, !llvm.ptr
                llvm.store %v1590, %v66 : f32, !llvm.ptr
              }
              %v1688 = arith.addi %v486, %v85 : i64
              %v1690 = arith.cmpi slt, %v1689, %v757 : i32
              %v1691 = arith.cmpi eq, %v1689, %v763 : i32
              %v1692 = arith.addi %v488, %v176 : i64
              scf.if %v1690 {
                %v1693 = arith.addi %v191, %v1688 : i64
                %v1694 = arith.muli %v39, %v221 : i64
                %v1695 = arith.subi %v1693, %v191 : i64
                %v1696 = arith.addi %v1694, %v1695 : i64
                %v1697 = llvm.getelementptr %v76[%v1696] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1698 = llvm.load %v1697 : !llvm.ptr -> f32
                %v1699 = arith.muli %v53, %v435 : i64
                %v1700 = arith.muli %v1693, %v434 : i64
                %v1701 = arith.addi %v1699, %v1700 : i64
                %v1702 = arith.muli %v51, %v433 : i64
                %v1703 = arith.addi %v1701, %v1702 : i64
                %v1704 = arith.muli %v49, %v2 : i64
                %v1705 = arith.addi %v1703, %v1704 : i64
                %v1706 = llvm.getelementptr %dy_o[%v1705] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1707 = llvm.load %v1706 : !llvm.ptr -> f32
                %v1708 = arith.mulf %v1698, %v581 fastmath<contract> : f32
                %v1709 = arith.constant 8 : i64
                %v1710 = arith.addi %v1709, %v39 : i64
                %v1711 = arith.muli %v1710, %v221 : i64
                %v1712 = arith.subi %v1693, %v191 : i64
                %v1713 = arith.addi %v1711, %v1712 : i64
                %v1714 = llvm.getelementptr %v76[%v1713] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1715 = llvm.load %v1714 : !llvm.ptr -> f32
                %v1716 = arith.mulf %v1715, %v583 fastmath<contract> : f32
                %v1717 = arith.addf %v1708, %v1716 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1718, %v1719 = gpu.shuffle xor %v1717, %v794, %v795 : f32
                %v1720 = arith.addf %v1717, %v1718 fastmath<contract> : f32
                %v1721, %v1722 = gpu.shuffle xor %v1720, %v799, %v795 : f32
                %v1723 = arith.addf %v1720, %v1721 fastmath<contract> : f32
                %v1724, %v1725 = gpu.shuffle xor %v1723, %v803, %v795 : f32
                %v1726 = arith.addf %v1723, %v1724 fastmath<contract> : f32
                // end sum over the lanes
                %v1727 = llvm.call_intrinsic "llvm.fabs.f32"(%v1726) : (f32) -> f32
                %v1728 = arith.maximumf %v84, %v1727 : f32
                %v1729 = arith.divf %v1707, %v1728 : f32
                %v1730 = arith.mulf %v1698, %v1729 fastmath<contract> : f32
                %v1731 = llvm.load %v59 : !llvm.ptr -> f32
                %v1732 = llvm.load %v63 : !llvm.ptr -> f32
                %v1733 = arith.mulf %v1732, %v1731 fastmath<contract> : f32
                %v1734 = arith.addf %v1730, %v1733 fastmath<contract> : f32
                llvm.store %v1734, %v59 : f32, !llvm.ptr
                %v1735 = arith.mulf %v1715, %v1729 fastmath<contract> : f32
                %v1736 = llvm.load %v60 : !llvm.ptr -> f32
                %v1737 = llvm.load %v64 : !llvm.ptr -> f32
                %v1738 = arith.mulf %v1737, %v1736 fastmath<contract> : f32
                %v1739 = arith.addf %v1735, %v1738 fastmath<contract> : f32
                llvm.store %v1739, %v60 : f32, !llvm.ptr
                %v1740 = arith.mulf %v1698, %v567 fastmath<contract> : f32
                %v1741 = arith.mulf %v1715, %v579 fastmath<contract> : f32
                %v1742 = arith.addf %v1740, %v1741 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1743, %v1744 = gpu.shuffle xor %v1742, %v794, %v795 : f32
                %v1745 = arith.addf %v1742, %v1743 fastmath<contract> : f32
                %v1746, %v1747 = gpu.shuffle xor %v1745, %v799, %v795 : f32
                %v1748 = arith.addf %v1745, %v1746 fastmath<contract> : f32
                %v1749, %v1750 = gpu.shuffle xor %v1748, %v803, %v795 : f32
                %v1751 = arith.addf %v1748, %v1749 fastmath<contract> : f32
                // end sum over the lanes
                %v1752 = arith.divf %v1751, %v1728 : f32
                %v1753 = arith.divf %v1752, %v1728 : f32
                %v1754 = arith.mulf %v1707, %v1753 fastmath<contract> : f32
                %v1755 = arith.negf %v1754 : f32
                %v1756 = arith.cmpf oge, %v84, %v1727 : f32
                %v1757 = arith.select %v1756, %v84, %v83 : f32
                %v1758 = arith.subf %v84, %v1757 fastmath<contract> : f32
                %v1759 = arith.mulf %v1755, %v1758 fastmath<contract> : f32
                %v1760 = arith.cmpf olt, %v1726, %v83 : f32
                %v1761 = arith.select %v1760, %v840, %v83 : f32
                %v1762 = arith.cmpf ogt, %v1726, %v83 : f32
                %v1763 = arith.select %v1762, %v84, %v1761 : f32
                %v1764 = arith.mulf %v1759, %v1763 fastmath<contract> : f32
                %v1765 = arith.mulf %v1698, %v1764 fastmath<contract> : f32
                %v1766 = llvm.load %v61 : !llvm.ptr -> f32
                %v1767 = llvm.load %v65 : !llvm.ptr -> f32
                %v1768 = arith.mulf %v1767, %v1766 fastmath<contract> : f32
                %v1769 = arith.addf %v1765, %v1768 fastmath<contract> : f32
                llvm.store %v1769, %v61 : f32, !llvm.ptr
                %v1770 = arith.mulf %v1715, %v1764 fastmath<contract> : f32
                %v1771 = llvm.load %v62 : !llvm.ptr -> f32
                %v1772 = llvm.load %v66 : !llvm.ptr -> f32
                %v1773 = arith.mulf %v1772, %v1771 fastmath<contract> : f32
                %v1774 = arith.addf %v1770, %v1773 fastmath<contract> : f32
                llvm.store %v1774, %v62 : f32, !llvm.ptr
                scf.if %v1691 {
                }
                %v1775 = arith.mulf %v581, %v1764 fastmath<contract> : f32
                %v1776 = arith.mulf %v567, %v1729 fastmath<contract> : f32
                %v1777 = arith.addf %v1775, %v1776 fastmath<contract> : f32
                %v1778 = arith.mulf %v583, %v1764 fastmath<contract> : f32
                %v1779 = arith.mulf %v579, %v1729 fastmath<contract> : f32
                %v1780 = arith.addf %v1778, %v1779 fastmath<contract> : f32
                %v1781 = arith.muli %v85, %v221 : i64
                %v1782 = arith.subi %v1693, %v191 : i64
                %v1783 = arith.addi %v1781, %v1782 : i64
                %v1784 = llvm.getelementptr %v80[%v1783] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1785 = llvm.load %v1784 : !llvm.ptr -> f32
                %v1786 = arith.mulf %v1785, %v412 fastmath<contract> : f32
                %v1787 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1786) : (f32) -> f32
                %v1788 = llvm.load %v61 : !llvm.ptr -> f32
                %v1789 = arith.muli %v53, %v435 : i64
                %v1790 = arith.muli %v1693, %v434 : i64
                %v1791 = arith.addi %v1789, %v1790 : i64
                %v1792 = arith.muli %v51, %v433 : i64
                %v1793 = arith.addi %v1791, %v1792 : i64
                %v1794 = arith.muli %v49, %v2 : i64
                %v1795 = arith.addi %v1793, %v1794 : i64
                %v1796 = llvm.getelementptr %in_v[%v1795] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1797 = llvm.load %v1796 : !llvm.ptr -> f32
                %v1798 = llvm.load %v59 : !llvm.ptr -> f32
                %v1799 = arith.mulf %v1797, %v1798 fastmath<contract> : f32
                %v1800 = arith.addf %v1788, %v1799 fastmath<contract> : f32
                %v1801 = arith.mulf %v1787, %v1800 fastmath<contract> : f32
                %v1803 = llvm.call_intrinsic "llvm.sqrt.f32"(%v1802) : (f32) -> f32
                %v1804 = arith.divf %v1801, %v1803 : f32
                %v1805 = llvm.load %v62 : !llvm.ptr -> f32
                %v1806 = llvm.load %v60 : !llvm.ptr -> f32
                %v1807 = arith.mulf %v1797, %v1806 fastmath<contract> : f32
                %v1808 = arith.addf %v1805, %v1807 fastmath<contract> : f32
                %v1809 = arith.mulf %v1787, %v1808 fastmath<contract> : f32
                %v1810 = arith.divf %v1809, %v1803 : f32
                %v1811 = arith.muli %v39, %v221 : i64
                %v1812 = arith.subi %v1693, %v191 : i64
                %v1813 = arith.addi %v1811, %v1812 : i64
                %v1814 = llvm.getelementptr %v78[%v1813] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1815 = llvm.load %v1814 : !llvm.ptr -> f32
                %v1816 = arith.divf %v1815, %v1803 : f32
                %v1817 = arith.mulf %v1787, %v1816 fastmath<contract> : f32
                %v1818 = arith.mulf %v1817, %v1798 fastmath<contract> : f32
                %v1819 = arith.constant 8 : i64
                %v1820 = arith.addi %v1819, %v39 : i64
                %v1821 = arith.muli %v1820, %v221 : i64
                %v1822 = arith.subi %v1693, %v191 : i64
                %v1823 = arith.addi %v1821, %v1822 : i64
                %v1824 = llvm.getelementptr %v78[%v1823] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1825 = llvm.load %v1824 : !llvm.ptr -> f32
                %v1826 = arith.divf %v1825, %v1803 : f32
                %v1827 = arith.mulf %v1787, %v1826 fastmath<contract> : f32
                %v1828 = arith.mulf %v1827, %v1806 fastmath<contract> : f32
                %v1829 = arith.addf %v1818, %v1828 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1830, %v1831 = gpu.shuffle xor %v1829, %v794, %v795 : f32
                %v1832 = arith.addf %v1829, %v1830 fastmath<contract> : f32
                %v1833, %v1834 = gpu.shuffle xor %v1832, %v799, %v795 : f32
                %v1835 = arith.addf %v1832, %v1833 fastmath<contract> : f32
                %v1836, %v1837 = gpu.shuffle xor %v1835, %v803, %v795 : f32
                %v1838 = arith.addf %v1835, %v1836 fastmath<contract> : f32
                // end sum over the lanes
                %v1839 = arith.cmpi eq, %v39, %v85 : i64
                %v1840 = arith.andi %v43, %v1839 : i1
                scf.if %v1840 {
                  %v1841 = arith.muli %v53, %v435 : i64
                  %v1842 = arith.muli %v1693, %v434 : i64
                  %v1843 = arith.addi %v1841, %v1842 : i64
                  %v1844 = arith.muli %v51, %v433 : i64
                  %v1845 = arith.addi %v1843, %v1844 : i64
                  %v1846 = arith.muli %v49, %v2 : i64
                  %v1847 = arith.addi %v1845, %v1846 : i64
                  %v1848 = llvm.getelementptr %dx_v[%v1847] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1838, %v1848 : f32, !llvm.ptr
                }
                %v1849 = arith.mulf %v1816, %v1800 fastmath<contract> : f32
                %v1850 = arith.mulf %v1826, %v1808 fastmath<contract> : f32
                %v1851 = arith.addf %v1849, %v1850 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1852, %v1853 = gpu.shuffle xor %v1851, %v794, %v795 : f32
                %v1854 = arith.addf %v1851, %v1852 fastmath<contract> : f32
                %v1855, %v1856 = gpu.shuffle xor %v1854, %v799, %v795 : f32
                %v1857 = arith.addf %v1854, %v1855 fastmath<contract> : f32
                %v1858, %v1859 = gpu.shuffle xor %v1857, %v803, %v795 : f32
                %v1860 = arith.addf %v1857, %v1858 fastmath<contract> : f32
                // end sum over the lanes
                %v1861 = arith.mulf %v1787, %v1860 fastmath<contract> : f32
                %v1862 = arith.mulf %v499, %v1798 fastmath<contract> : f32
                %v1863 = arith.mulf %v508, %v1806 fastmath<contract> : f32
                %v1864 = arith.addf %v1862, %v1863 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1865, %v1866 = gpu.shuffle xor %v1864, %v794, %v795 : f32
                %v1867 = arith.addf %v1864, %v1865 fastmath<contract> : f32
                %v1868, %v1869 = gpu.shuffle xor %v1867, %v799, %v795 : f32
                %v1870 = arith.addf %v1867, %v1868 fastmath<contract> : f32
                %v1871, %v1872 = gpu.shuffle xor %v1870, %v803, %v795 : f32
                %v1873 = arith.addf %v1870, %v1871 fastmath<contract> : f32
                // end sum over the lanes
                %v1874 = arith.mulf %v517, %v1788 fastmath<contract> : f32
                %v1875 = arith.mulf %v526, %v1805 fastmath<contract> : f32
                %v1876 = arith.addf %v1874, %v1875 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1877, %v1878 = gpu.shuffle xor %v1876, %v794, %v795 : f32
                %v1879 = arith.addf %v1876, %v1877 fastmath<contract> : f32
                %v1880, %v1881 = gpu.shuffle xor %v1879, %v799, %v795 : f32
                %v1882 = arith.addf %v1879, %v1880 fastmath<contract> : f32
                %v1883, %v1884 = gpu.shuffle xor %v1882, %v803, %v795 : f32
                %v1885 = arith.addf %v1882, %v1883 fastmath<contract> : f32
                // end sum over the lanes
                %v1886 = arith.addf %v1873, %v1885 fastmath<contract> : f32
                %v1887 = arith.muli %v85, %v221 : i64
                %v1888 = arith.subi %v1693, %v191 : i64
                %v1889 = arith.addi %v1887, %v1888 : i64
                %v1890 = llvm.getelementptr %v82[%v1889] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1891 = llvm.load %v1890 : !llvm.ptr -> f32
                %v1892 = arith.negf %v1891 : f32
                %v1893 = arith.mulf %v1892, %v412 fastmath<contract> : f32
                %v1894 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1893) : (f32) -> f32
                %v1895 = arith.addf %v84, %v1894 fastmath<contract> : f32
                %v1896 = arith.divf %v84, %v1895 : f32
                %v1897 = arith.subf %v84, %v1896 fastmath<contract> : f32
                %v1898 = arith.mulf %v1896, %v1897 fastmath<contract> : f32
                %v1899 = arith.mulf %v1886, %v1898 fastmath<contract> : f32
                %v1900 = arith.select %v43, %v1777, %v83 : f32
                // sum over the warp's outer points: shuffles
                %v1901, %v1902 = gpu.shuffle xor %v1900, %v982, %v795 : f32
                %v1903 = arith.addf %v1900, %v1901 fastmath<contract> : f32
                %v1904, %v1905 = gpu.shuffle xor %v1903, %v986, %v795 : f32
                %v1906 = arith.addf %v1903, %v1904 fastmath<contract> : f32
                %v1907 = arith.divui %v24, %v26 : i64
                %v1908 = arith.remui %v24, %v26 : i64
                %v1909 = arith.cmpi ult, %v1908, %v38 : i64
                %v1910 = arith.addi %v85, %v39 : i64
                %v1911 = arith.muli %v1907, %v1 : i64
                %v1912 = arith.addi %v1911, %v1910 : i64
                %v1913 = arith.muli %v1912, %v996 : i64
                %v1914 = arith.addi %v1913, %v1692 : i64
                scf.if %v1909 {
                  %v1915 = llvm.getelementptr %v68[%v1914] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1906, %v1915 : f32, !llvm.ptr
                }
                %v1916 = arith.select %v43, %v1780, %v83 : f32
                // sum over the warp's outer points: shuffles
                %v1917, %v1918 = gpu.shuffle xor %v1916, %v982, %v795 : f32
                %v1919 = arith.addf %v1916, %v1917 fastmath<contract> : f32
                %v1920, %v1921 = gpu.shuffle xor %v1919, %v986, %v795 : f32
                %v1922 = arith.addf %v1919, %v1920 fastmath<contract> : f32
                %v1923 = arith.divui %v24, %v26 : i64
                %v1924 = arith.remui %v24, %v26 : i64
                %v1925 = arith.cmpi ult, %v1924, %v38 : i64
                %v1926 = arith.addi %v38, %v39 : i64
                %v1927 = arith.muli %v1923, %v1 : i64
                %v1928 = arith.addi %v1927, %v1926 : i64
                %v1929 = arith.muli %v1928, %v996 : i64
                %v1930 = arith.addi %v1929, %v1692 : i64
                scf.if %v1925 {
                  %v1931 = llvm.getelementptr %v68[%v1930] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1922, %v1931 : f32, !llvm.ptr
                }
                %v1932 = arith.select %v43, %v1804, %v83 : f32
                // sum over the warp's outer points: shuffles
                %v1933, %v1934 = gpu.shuffle xor %v1932, %v982, %v795 : f32
                %v1935 = arith.addf %v1932, %v1933 fastmath<contract> : f32
                %v1936, %v1937 = gpu.shuffle xor %v1935, %v986, %v795 : f32
                %v1938 = arith.addf %v1935, %v1936 fastmath<contract> : f32
                %v1939 = arith.divui %v24, %v26 : i64
                %v1940 = arith.remui %v24, %v26 : i64
                %v1941 = arith.cmpi ult, %v1940, %v38 : i64
                %v1942 = arith.addi %v85, %v39 : i64
                %v1943 = arith.muli %v1939, %v1 : i64
                %v1944 = arith.addi %v1943, %v1942 : i64
                %v1945 = arith.muli %v1944, %v996 : i64
                %v1946 = arith.addi %v1945, %v1692 : i64
                scf.if %v1941 {
                  %v1947 = llvm.getelementptr %v70[%v1946] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1938, %v1947 : f32, !llvm.ptr
                }
                %v1948 = arith.select %v43, %v1810, %v83 : f32
                // sum over the warp's outer points: shuffles
                %v1949, %v1950 = gpu.shuffle xor %v1948, %v982, %v795 : f32
                %v1951 = arith.addf %v1948, %v1949 fastmath<contract> : f32
                %v1952, %v1953 = gpu.shuffle xor %v1951, %v986, %v795 : f32
                %v1954 = arith.addf %v1951, %v1952 fastmath<contract> : f32
                %v1955 = arith.divui %v24, %v26 : i64
                %v1956 = arith.remui %v24, %v26 : i64
                %v1957 = arith.cmpi ult, %v1956, %v38 : i64
                %v1958 = arith.addi %v38, %v39 : i64
                %v1959 = arith.muli %v1955, %v1 : i64
                %v1960 = arith.addi %v1959, %v1958 : i64
                %v1961 = arith.muli %v1960, %v996 : i64
                %v1962 = arith.addi %v1961, %v1692 : i64
                scf.if %v1957 {
                  %v1963 = llvm.getelementptr %v70[%v1962] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1954, %v1963 : f32, !llvm.ptr
                }
                %v1964 = arith.select %v43, %v1861, %v83 : f32
                // sum over the warp's outer points: shuffles
                %v1965, %v1966 = gpu.shuffle xor %v1964, %v982, %v795 : f32
                %v1967 = arith.addf %v1964, %v1965 fastmath<contract> : f32
                %v1968, %v1969 = gpu.shuffle xor %v1967, %v986, %v795 : f32
                %v1970 = arith.addf %v1967, %v1968 fastmath<contract> : f32
                %v1971 = arith.divui %v24, %v26 : i64
                %v1972 = arith.remui %v24, %v26 : i64
                %v1973 = arith.cmpi ult, %v1972, %v2 : i64
                %v1974 = arith.muli %v1971, %v2 : i64
                %v1975 = arith.addi %v1974, %v85 : i64
                %v1976 = arith.muli %v1975, %v996 : i64
                %v1977 = arith.addi %v1976, %v1692 : i64
                scf.if %v1973 {
                  %v1978 = llvm.getelementptr %v72[%v1977] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1970, %v1978 : f32, !llvm.ptr
                }
                %v1979 = arith.select %v43, %v1899, %v83 : f32
                // sum over the warp's outer points: shuffles
                %v1980, %v1981 = gpu.shuffle xor %v1979, %v982, %v795 : f32
                %v1982 = arith.addf %v1979, %v1980 fastmath<contract> : f32
                %v1983, %v1984 = gpu.shuffle xor %v1982, %v986, %v795 : f32
                %v1985 = arith.addf %v1982, %v1983 fastmath<contract> : f32
                %v1986 = arith.divui %v24, %v26 : i64
                %v1987 = arith.remui %v24, %v26 : i64
                %v1988 = arith.cmpi ult, %v1987, %v2 : i64
                %v1989 = arith.muli %v1986, %v2 : i64
                %v1990 = arith.addi %v1989, %v85 : i64
                %v1991 = arith.muli %v1990, %v996 : i64
                %v1992 = arith.addi %v1991, %v1692 : i64
                scf.if %v1988 {
                  %v1993 = llvm.getelementptr %v74[%v1992] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1985, %v1993 : f32, !llvm.ptr
                }
                llvm.store %v1896, %v63 : f32, !llvm.ptr
                llvm.store %v1896, %v64 : f32, !llvm.ptr
                llvm.store %v1896, %v65 : f32, !llvm.ptr
                llvm.store %v1896, %v66 : f32, !llvm.ptr
              }
            }
          }
          gpu.barrier
          %v1999 = arith.index_cast %v24 : i64 to index
          %v2000 = arith.index_cast %v1998 : i64 to index
          %v2001 = arith.index_cast %v8 : i64 to index
          scf.for %v2002 = %v1999 to %v2000 step %v2001 {
            %v2003 = arith.index_cast %v2002 : index to i64
            %v2004 = arith.remui %v2003, %v26 : i64
            %v2005 = arith.divui %v2003, %v26 : i64
            %v2006 = arith.muli %v475, %v38 : i64
            %v2007 = arith.divui %v2004, %v55 : i64
            %v2008 = arith.addi %v2006, %v2007 : i64
            %v2009 = arith.cmpi slt, %v2008, %v195 : i64
            %v2010 = arith.subi %v195, %v2 : i64
            %v2011 = arith.subi %v2010, %v2008 : i64
            %v2012 = arith.remui %v2004, %v55 : i64
            %v2013 = arith.subi %v176, %v2012 : i64
            %v2014 = arith.muli %v2011, %v55 : i64
            %v2015 = arith.addi %v2014, %v2013 : i64
            %v2016 = arith.cmpi slt, %v2015, %v193 : i64
            %v2017 = arith.andi %v2009, %v2016 : i1
            scf.if %v2017 {
              %v2018 = arith.addi %v191, %v2015 : i64
              %v2019 = arith.muli %v85, %v1 : i64
              %v2020 = arith.addi %v2019, %v2005 : i64
              %v2021 = arith.muli %v2020, %v996 : i64
              %v2022 = arith.addi %v2021, %v2004 : i64
              %v2023 = llvm.getelementptr %v68[%v2022] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2024 = llvm.load %v2023 : !llvm.ptr -> f32
              %v2025 = arith.muli %v2, %v1 : i64
              %v2026 = arith.addi %v2025, %v2005 : i64
              %v2027 = arith.muli %v2026, %v996 : i64
              %v2028 = arith.addi %v2027, %v2004 : i64
              %v2029 = llvm.getelementptr %v68[%v2028] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2030 = llvm.load %v2029 : !llvm.ptr -> f32
              %v2031 = arith.addf %v2024, %v2030 fastmath<contract> : f32
              %v2032 = arith.muli %v641, %v1 : i64
              %v2033 = arith.addi %v2032, %v2005 : i64
              %v2034 = arith.muli %v2033, %v996 : i64
              %v2035 = arith.addi %v2034, %v2004 : i64
              %v2036 = llvm.getelementptr %v68[%v2035] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2037 = llvm.load %v2036 : !llvm.ptr -> f32
              %v2038 = arith.addf %v2031, %v2037 fastmath<contract> : f32
              %v2039 = arith.muli %v176, %v1 : i64
              %v2040 = arith.addi %v2039, %v2005 : i64
              %v2041 = arith.muli %v2040, %v996 : i64
              %v2042 = arith.addi %v2041, %v2004 : i64
              %v2043 = llvm.getelementptr %v68[%v2042] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2044 = llvm.load %v2043 : !llvm.ptr -> f32
              %v2045 = arith.addf %v2038, %v2044 fastmath<contract> : f32
              %v2046 = arith.muli %v55, %v1 : i64
              %v2047 = arith.addi %v2046, %v2005 : i64
              %v2048 = arith.muli %v2047, %v996 : i64
              %v2049 = arith.addi %v2048, %v2004 : i64
              %v2050 = llvm.getelementptr %v68[%v2049] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2051 = llvm.load %v2050 : !llvm.ptr -> f32
              %v2052 = arith.addf %v2045, %v2051 fastmath<contract> : f32
              %v2054 = arith.muli %v2053, %v1 : i64
              %v2055 = arith.addi %v2054, %v2005 : i64
              %v2056 = arith.muli %v2055, %v996 : i64
              %v2057 = arith.addi %v2056, %v2004 : i64
              %v2058 = llvm.getelementptr %v68[%v2057] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2059 = llvm.load %v2058 : !llvm.ptr -> f32
              %v2060 = arith.addf %v2052, %v2059 fastmath<contract> : f32
              %v2062 = arith.muli %v2061, %v1 : i64
              %v2063 = arith.addi %v2062, %v2005 : i64
              %v2064 = arith.muli %v2063, %v996 : i64
              %v2065 = arith.addi %v2064, %v2004 : i64
              %v2066 = llvm.getelementptr %v68[%v2065] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2067 = llvm.load %v2066 : !llvm.ptr -> f32
              %v2068 = arith.addf %v2060, %v2067 fastmath<contract> : f32
              %v2069 = arith.muli %v468, %v1 : i64
              %v2070 = arith.addi %v2069, %v2005 : i64
              %v2071 = arith.muli %v2070, %v996 : i64
              %v2072 = arith.addi %v2071, %v2004 : i64
              %v2073 = llvm.getelementptr %v68[%v2072] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2074 = llvm.load %v2073 : !llvm.ptr -> f32
              %v2075 = arith.addf %v2068, %v2074 fastmath<contract> : f32
              %v2076 = arith.remui %v2005, %v1 : i64
              %v2077 = arith.divui %v2005, %v1 : i64
              %v2078 = arith.muli %v53, %v211 : i64
              %v2079 = arith.muli %v2018, %v210 : i64
              %v2080 = arith.addi %v2078, %v2079 : i64
              %v2081 = arith.muli %v51, %v209 : i64
              %v2082 = arith.addi %v2080, %v2081 : i64
              %v2083 = arith.muli %v2076, %v2 : i64
              %v2084 = arith.addi %v2082, %v2083 : i64
              %v2085 = arith.muli %v37, %v1997 : i64
              %v2086 = arith.addi %v2085, %v2084 : i64
              %v2087 = llvm.getelementptr %part_q[%v2086] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v2075, %v2087 : f32, !llvm.ptr
            }
          }
          %v2092 = arith.index_cast %v24 : i64 to index
          %v2093 = arith.index_cast %v1998 : i64 to index
          %v2094 = arith.index_cast %v8 : i64 to index
          scf.for %v2095 = %v2092 to %v2093 step %v2094 {
            %v2096 = arith.index_cast %v2095 : index to i64
            %v2097 = arith.remui %v2096, %v26 : i64
            %v2098 = arith.divui %v2096, %v26 : i64
            %v2099 = arith.muli %v475, %v38 : i64
            %v2100 = arith.divui %v2097, %v55 : i64
            %v2101 = arith.addi %v2099, %v2100 : i64
            %v2102 = arith.cmpi slt, %v2101, %v195 : i64
            %v2103 = arith.subi %v195, %v2 : i64
            %v2104 = arith.subi %v2103, %v2101 : i64
            %v2105 = arith.remui %v2097, %v55 : i64
            %v2106 = arith.subi %v176, %v2105 : i64
            %v2107 = arith.muli %v2104, %v55 : i64
            %v2108 = arith.addi %v2107, %v2106 : i64
            %v2109 = arith.cmpi slt, %v2108, %v193 : i64
            %v2110 = arith.andi %v2102, %v2109 : i1
            scf.if %v2110 {
              %v2111 = arith.addi %v191, %v2108 : i64
              %v2112 = arith.muli %v85, %v1 : i64
              %v2113 = arith.addi %v2112, %v2098 : i64
              %v2114 = arith.muli %v2113, %v996 : i64
              %v2115 = arith.addi %v2114, %v2097 : i64
              %v2116 = llvm.getelementptr %v70[%v2115] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2117 = llvm.load %v2116 : !llvm.ptr -> f32
              %v2118 = arith.muli %v2, %v1 : i64
              %v2119 = arith.addi %v2118, %v2098 : i64
              %v2120 = arith.muli %v2119, %v996 : i64
              %v2121 = arith.addi %v2120, %v2097 : i64
              %v2122 = llvm.getelementptr %v70[%v2121] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2123 = llvm.load %v2122 : !llvm.ptr -> f32
              %v2124 = arith.addf %v2117, %v2123 fastmath<contract> : f32
              %v2125 = arith.muli %v641, %v1 : i64
              %v2126 = arith.addi %v2125, %v2098 : i64
              %v2127 = arith.muli %v2126, %v996 : i64
              %v2128 = arith.addi %v2127, %v2097 : i64
              %v2129 = llvm.getelementptr %v70[%v2128] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2130 = llvm.load %v2129 : !llvm.ptr -> f32
              %v2131 = arith.addf %v2124, %v2130 fastmath<contract> : f32
              %v2132 = arith.muli %v176, %v1 : i64
              %v2133 = arith.addi %v2132, %v2098 : i64
              %v2134 = arith.muli %v2133, %v996 : i64
              %v2135 = arith.addi %v2134, %v2097 : i64
              %v2136 = llvm.getelementptr %v70[%v2135] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2137 = llvm.load %v2136 : !llvm.ptr -> f32
              %v2138 = arith.addf %v2131, %v2137 fastmath<contract> : f32
              %v2139 = arith.muli %v55, %v1 : i64
              %v2140 = arith.addi %v2139, %v2098 : i64
              %v2141 = arith.muli %v2140, %v996 : i64
              %v2142 = arith.addi %v2141, %v2097 : i64
              %v2143 = llvm.getelementptr %v70[%v2142] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2144 = llvm.load %v2143 : !llvm.ptr -> f32
              %v2145 = arith.addf %v2138, %v2144 fastmath<contract> : f32
              %v2146 = arith.muli %v2053, %v1 : i64
              %v2147 = arith.addi %v2146, %v2098 : i64
              %v2148 = arith.muli %v2147, %v996 : i64
              %v2149 = arith.addi %v2148, %v2097 : i64
              %v2150 = llvm.getelementptr %v70[%v2149] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2151 = llvm.load %v2150 : !llvm.ptr -> f32
              %v2152 = arith.addf %v2145, %v2151 fastmath<contract> : f32
              %v2153 = arith.muli %v2061, %v1 : i64
              %v2154 = arith.addi %v2153, %v2098 : i64
              %v2155 = arith.muli %v2154, %v996 : i64
              %v2156 = arith.addi %v2155, %v2097 : i64
              %v2157 = llvm.getelementptr %v70[%v2156] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2158 = llvm.load %v2157 : !llvm.ptr -> f32
              %v2159 = arith.addf %v2152, %v2158 fastmath<contract> : f32
              %v2160 = arith.muli %v468, %v1 : i64
              %v2161 = arith.addi %v2160, %v2098 : i64
              %v2162 = arith.muli %v2161, %v996 : i64
              %v2163 = arith.addi %v2162, %v2097 : i64
              %v2164 = llvm.getelementptr %v70[%v2163] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2165 = llvm.load %v2164 : !llvm.ptr -> f32
              %v2166 = arith.addf %v2159, %v2165 fastmath<contract> : f32
              %v2167 = arith.remui %v2098, %v1 : i64
              %v2168 = arith.divui %v2098, %v1 : i64
              %v2169 = arith.muli %v53, %v211 : i64
              %v2170 = arith.muli %v2111, %v210 : i64
              %v2171 = arith.addi %v2169, %v2170 : i64
              %v2172 = arith.muli %v51, %v209 : i64
              %v2173 = arith.addi %v2171, %v2172 : i64
              %v2174 = arith.muli %v2167, %v2 : i64
              %v2175 = arith.addi %v2173, %v2174 : i64
              %v2176 = arith.muli %v37, %v2091 : i64
              %v2177 = arith.addi %v2176, %v2175 : i64
              %v2178 = llvm.getelementptr %part_k[%v2177] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v2166, %v2178 : f32, !llvm.ptr
            }
          }
          %v2182 = arith.index_cast %v24 : i64 to index
          %v2183 = arith.index_cast %v26 : i64 to index
          %v2184 = arith.index_cast %v8 : i64 to index
          scf.for %v2185 = %v2182 to %v2183 step %v2184 {
            %v2186 = arith.index_cast %v2185 : index to i64
            %v2187 = arith.remui %v2186, %v26 : i64
            %v2188 = arith.divui %v2186, %v26 : i64
            %v2189 = arith.muli %v475, %v38 : i64
            %v2190 = arith.divui %v2187, %v55 : i64
            %v2191 = arith.addi %v2189, %v2190 : i64
            %v2192 = arith.cmpi slt, %v2191, %v195 : i64
            %v2193 = arith.subi %v195, %v2 : i64
            %v2194 = arith.subi %v2193, %v2191 : i64
            %v2195 = arith.remui %v2187, %v55 : i64
            %v2196 = arith.subi %v176, %v2195 : i64
            %v2197 = arith.muli %v2194, %v55 : i64
            %v2198 = arith.addi %v2197, %v2196 : i64
            %v2199 = arith.cmpi slt, %v2198, %v193 : i64
            %v2200 = arith.andi %v2192, %v2199 : i1
            scf.if %v2200 {
              %v2201 = arith.addi %v191, %v2198 : i64
              %v2202 = arith.muli %v85, %v2 : i64
              %v2203 = arith.addi %v2202, %v2188 : i64
              %v2204 = arith.muli %v2203, %v996 : i64
              %v2205 = arith.addi %v2204, %v2187 : i64
              %v2206 = llvm.getelementptr %v72[%v2205] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2207 = llvm.load %v2206 : !llvm.ptr -> f32
              %v2208 = arith.muli %v2, %v2 : i64
              %v2209 = arith.addi %v2208, %v2188 : i64
              %v2210 = arith.muli %v2209, %v996 : i64
              %v2211 = arith.addi %v2210, %v2187 : i64
              %v2212 = llvm.getelementptr %v72[%v2211] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2213 = llvm.load %v2212 : !llvm.ptr -> f32
              %v2214 = arith.addf %v2207, %v2213 fastmath<contract> : f32
              %v2215 = arith.muli %v641, %v2 : i64
              %v2216 = arith.addi %v2215, %v2188 : i64
              %v2217 = arith.muli %v2216, %v996 : i64
              %v2218 = arith.addi %v2217, %v2187 : i64
              %v2219 = llvm.getelementptr %v72[%v2218] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2220 = llvm.load %v2219 : !llvm.ptr -> f32
              %v2221 = arith.addf %v2214, %v2220 fastmath<contract> : f32
              %v2222 = arith.muli %v176, %v2 : i64
              %v2223 = arith.addi %v2222, %v2188 : i64
              %v2224 = arith.muli %v2223, %v996 : i64
              %v2225 = arith.addi %v2224, %v2187 : i64
              %v2226 = llvm.getelementptr %v72[%v2225] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2227 = llvm.load %v2226 : !llvm.ptr -> f32
              %v2228 = arith.addf %v2221, %v2227 fastmath<contract> : f32
              %v2229 = arith.muli %v55, %v2 : i64
              %v2230 = arith.addi %v2229, %v2188 : i64
              %v2231 = arith.muli %v2230, %v996 : i64
              %v2232 = arith.addi %v2231, %v2187 : i64
              %v2233 = llvm.getelementptr %v72[%v2232] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2234 = llvm.load %v2233 : !llvm.ptr -> f32
              %v2235 = arith.addf %v2228, %v2234 fastmath<contract> : f32
              %v2236 = arith.muli %v2053, %v2 : i64
              %v2237 = arith.addi %v2236, %v2188 : i64
              %v2238 = arith.muli %v2237, %v996 : i64
              %v2239 = arith.addi %v2238, %v2187 : i64
              %v2240 = llvm.getelementptr %v72[%v2239] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2241 = llvm.load %v2240 : !llvm.ptr -> f32
              %v2242 = arith.addf %v2235, %v2241 fastmath<contract> : f32
              %v2243 = arith.muli %v2061, %v2 : i64
              %v2244 = arith.addi %v2243, %v2188 : i64
              %v2245 = arith.muli %v2244, %v996 : i64
              %v2246 = arith.addi %v2245, %v2187 : i64
              %v2247 = llvm.getelementptr %v72[%v2246] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2248 = llvm.load %v2247 : !llvm.ptr -> f32
              %v2249 = arith.addf %v2242, %v2248 fastmath<contract> : f32
              %v2250 = arith.muli %v468, %v2 : i64
              %v2251 = arith.addi %v2250, %v2188 : i64
              %v2252 = arith.muli %v2251, %v996 : i64
              %v2253 = arith.addi %v2252, %v2187 : i64
              %v2254 = llvm.getelementptr %v72[%v2253] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2255 = llvm.load %v2254 : !llvm.ptr -> f32
              %v2256 = arith.addf %v2249, %v2255 fastmath<contract> : f32
              %v2257 = arith.muli %v53, %v258 : i64
              %v2258 = arith.muli %v2201, %v257 : i64
              %v2259 = arith.addi %v2257, %v2258 : i64
              %v2260 = arith.muli %v51, %v2 : i64
              %v2261 = arith.addi %v2259, %v2260 : i64
              %v2262 = arith.muli %v37, %v2181 : i64
              %v2263 = arith.addi %v2262, %v2261 : i64
              %v2264 = llvm.getelementptr %part_ig[%v2263] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v2256, %v2264 : f32, !llvm.ptr
            }
          }
          %v2268 = arith.index_cast %v24 : i64 to index
          %v2269 = arith.index_cast %v26 : i64 to index
          %v2270 = arith.index_cast %v8 : i64 to index
          scf.for %v2271 = %v2268 to %v2269 step %v2270 {
            %v2272 = arith.index_cast %v2271 : index to i64
            %v2273 = arith.remui %v2272, %v26 : i64
            %v2274 = arith.divui %v2272, %v26 : i64
            %v2275 = arith.muli %v475, %v38 : i64
            %v2276 = arith.divui %v2273, %v55 : i64
            %v2277 = arith.addi %v2275, %v2276 : i64
            %v2278 = arith.cmpi slt, %v2277, %v195 : i64
            %v2279 = arith.subi %v195, %v2 : i64
            %v2280 = arith.subi %v2279, %v2277 : i64
            %v2281 = arith.remui %v2273, %v55 : i64
            %v2282 = arith.subi %v176, %v2281 : i64
            %v2283 = arith.muli %v2280, %v55 : i64
            %v2284 = arith.addi %v2283, %v2282 : i64
            %v2285 = arith.cmpi slt, %v2284, %v193 : i64
            %v2286 = arith.andi %v2278, %v2285 : i1
            scf.if %v2286 {
              %v2287 = arith.addi %v191, %v2284 : i64
              %v2288 = arith.muli %v85, %v2 : i64
              %v2289 = arith.addi %v2288, %v2274 : i64
              %v2290 = arith.muli %v2289, %v996 : i64
              %v2291 = arith.addi %v2290, %v2273 : i64
              %v2292 = llvm.getelementptr %v74[%v2291] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2293 = llvm.load %v2292 : !llvm.ptr -> f32
              %v2294 = arith.muli %v2, %v2 : i64
              %v2295 = arith.addi %v2294, %v2274 : i64
              %v2296 = arith.muli %v2295, %v996 : i64
              %v2297 = arith.addi %v2296, %v2273 : i64
              %v2298 = llvm.getelementptr %v74[%v2297] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2299 = llvm.load %v2298 : !llvm.ptr -> f32
              %v2300 = arith.addf %v2293, %v2299 fastmath<contract> : f32
              %v2301 = arith.muli %v641, %v2 : i64
              %v2302 = arith.addi %v2301, %v2274 : i64
              %v2303 = arith.muli %v2302, %v996 : i64
              %v2304 = arith.addi %v2303, %v2273 : i64
              %v2305 = llvm.getelementptr %v74[%v2304] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2306 = llvm.load %v2305 : !llvm.ptr -> f32
              %v2307 = arith.addf %v2300, %v2306 fastmath<contract> : f32
              %v2308 = arith.muli %v176, %v2 : i64
              %v2309 = arith.addi %v2308, %v2274 : i64
              %v2310 = arith.muli %v2309, %v996 : i64
              %v2311 = arith.addi %v2310, %v2273 : i64
              %v2312 = llvm.getelementptr %v74[%v2311] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2313 = llvm.load %v2312 : !llvm.ptr -> f32
              %v2314 = arith.addf %v2307, %v2313 fastmath<contract> : f32
              %v2315 = arith.muli %v55, %v2 : i64
              %v2316 = arith.addi %v2315, %v2274 : i64
              %v2317 = arith.muli %v2316, %v996 : i64
              %v2318 = arith.addi %v2317, %v2273 : i64
              %v2319 = llvm.getelementptr %v74[%v2318] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2320 = llvm.load %v2319 : !llvm.ptr -> f32
              %v2321 = arith.addf %v2314, %v2320 fastmath<contract> : f32
              %v2322 = arith.muli %v2053, %v2 : i64
              %v2323 = arith.addi %v2322, %v2274 : i64
              %v2324 = arith.muli %v2323, %v996 : i64
              %v2325 = arith.addi %v2324, %v2273 : i64
              %v2326 = llvm.getelementptr %v74[%v2325] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2327 = llvm.load %v2326 : !llvm.ptr -> f32
              %v2328 = arith.addf %v2321, %v2327 fastmath<contract> : f32
              %v2329 = arith.muli %v2061, %v2 : i64
              %v2330 = arith.addi %v2329, %v2274 : i64
              %v2331 = arith.muli %v2330, %v996 : i64
              %v2332 = arith.addi %v2331, %v2273 : i64
              %v2333 = llvm.getelementptr %v74[%v2332] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2334 = llvm.load %v2333 : !llvm.ptr -> f32
              %v2335 = arith.addf %v2328, %v2334 fastmath<contract> : f32
              %v2336 = arith.muli %v468, %v2 : i64
              %v2337 = arith.addi %v2336, %v2274 : i64
              %v2338 = arith.muli %v2337, %v996 : i64
              %v2339 = arith.addi %v2338, %v2273 : i64
              %v2340 = llvm.getelementptr %v74[%v2339] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2341 = llvm.load %v2340 : !llvm.ptr -> f32
              %v2342 = arith.addf %v2335, %v2341 fastmath<contract> : f32
              %v2343 = arith.muli %v53, %v258 : i64
              %v2344 = arith.muli %v2287, %v257 : i64
              %v2345 = arith.addi %v2343, %v2344 : i64
              %v2346 = arith.muli %v51, %v2 : i64
              %v2347 = arith.addi %v2345, %v2346 : i64
              %v2348 = arith.muli %v37, %v2267 : i64
              %v2349 = arith.addi %v2348, %v2347 : i64
              %v2350 = llvm.getelementptr %part_fg[%v2349] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v2342, %v2350 : f32, !llvm.ptr
            }
          }
          gpu.barrier
        }
      }
      %v2351 = arith.cmpi eq, %v34, %v85 : i64
      scf.if %v2351 {
      }
      gpu.return
    }
  }
}
