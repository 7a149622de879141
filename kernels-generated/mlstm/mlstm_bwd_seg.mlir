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
      %v643 = arith.constant 2 : i64
      %v763 = arith.constant 2147483647 : i64
      %v767 = arith.constant 3 : i32
      %v796 = arith.constant 1 : i32
      %v797 = arith.constant 32 : i32
      %v801 = arith.constant 2 : i32
      %v805 = arith.constant 4 : i32
      %v842 = arith.constant 0xBF800000 : f32
      %v984 = arith.constant 8 : i32
      %v988 = arith.constant 16 : i32
      %v998 = arith.constant 33 : i64
      %v1691 = arith.constant 0 : i32
      %v3488 = arith.constant 512 : i64
      %v3494 = arith.muli %v2, %size_B : i64
      %v3495 = arith.muli %v3494, %size_L : i64
      %v3496 = arith.muli %v3495, %size_H : i64
      %v3497 = arith.muli %v3496, %v1 : i64
      %v3549 = arith.constant 5 : i64
      %v3557 = arith.constant 6 : i64
      %v3589 = arith.muli %v2, %size_B : i64
      %v3590 = arith.muli %v3589, %size_L : i64
      %v3591 = arith.muli %v3590, %size_H : i64
      %v3592 = arith.muli %v3591, %v1 : i64
      %v3682 = arith.muli %v2, %size_B : i64
      %v3683 = arith.muli %v3682, %size_L : i64
      %v3684 = arith.muli %v3683, %size_H : i64
      %v3770 = arith.muli %v2, %size_B : i64
      %v3771 = arith.muli %v3770, %size_L : i64
      %v3772 = arith.muli %v3771, %size_H : i64
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
      %v429 = arith.sitofp %v1 : i64 to f32
      %v554 = arith.sitofp %v1 : i64 to f32
      %v611 = arith.sitofp %v1 : i64 to f32
      %v669 = arith.sitofp %v1 : i64 to f32
      %v726 = arith.sitofp %v1 : i64 to f32
      %v885 = arith.sitofp %v1 : i64 to f32
      %v1193 = arith.sitofp %v1 : i64 to f32
      %v1498 = arith.sitofp %v1 : i64 to f32
      %v1804 = arith.sitofp %v1 : i64 to f32
      %v2058 = arith.sitofp %v1 : i64 to f32
      %v2115 = arith.sitofp %v1 : i64 to f32
      %v2172 = arith.sitofp %v1 : i64 to f32
      %v2229 = arith.sitofp %v1 : i64 to f32
      %v2381 = arith.sitofp %v1 : i64 to f32
      %v2686 = arith.sitofp %v1 : i64 to f32
      %v2991 = arith.sitofp %v1 : i64 to f32
      %v3296 = arith.sitofp %v1 : i64 to f32
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
              %v490 = arith.addi %v486, %v55 : i64
              %v491 = arith.cmpi sle, %v490, %v193 : i64
              scf.if %v491 {
                %v492 = arith.subi %v193, %v2 : i64
                %v493 = arith.muli %v489, %v5 : i64
                %v494 = arith.subi %v5, %v2 : i64
                %v495 = arith.minsi %v45, %v494 : i64
                %v496 = arith.addi %v493, %v495 : i64
                %v497 = arith.muli %v496, %v1 : i64
                %v498 = arith.addi %v497, %v85 : i64
                %v499 = arith.addi %v498, %v39 : i64
                %v500 = llvm.getelementptr %scratch_C[%v499] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v501 = llvm.load %v500 : !llvm.ptr -> f32
                %v502 = arith.muli %v489, %v5 : i64
                %v503 = arith.subi %v5, %v2 : i64
                %v504 = arith.minsi %v45, %v503 : i64
                %v505 = arith.addi %v502, %v504 : i64
                %v506 = arith.muli %v505, %v1 : i64
                %v507 = arith.addi %v506, %v38 : i64
                %v508 = arith.addi %v507, %v39 : i64
                %v509 = llvm.getelementptr %scratch_C[%v508] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v510 = llvm.load %v509 : !llvm.ptr -> f32
                %v511 = arith.muli %v489, %v5 : i64
                %v512 = arith.subi %v5, %v2 : i64
                %v513 = arith.minsi %v45, %v512 : i64
                %v514 = arith.addi %v511, %v513 : i64
                %v515 = arith.muli %v514, %v1 : i64
                %v516 = arith.addi %v515, %v85 : i64
                %v517 = arith.addi %v516, %v39 : i64
                %v518 = llvm.getelementptr %scratch_n[%v517] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v519 = llvm.load %v518 : !llvm.ptr -> f32
                %v520 = arith.muli %v489, %v5 : i64
                %v521 = arith.subi %v5, %v2 : i64
                %v522 = arith.minsi %v45, %v521 : i64
                %v523 = arith.addi %v520, %v522 : i64
                %v524 = arith.muli %v523, %v1 : i64
                %v525 = arith.addi %v524, %v38 : i64
                %v526 = arith.addi %v525, %v39 : i64
                %v527 = llvm.getelementptr %scratch_n[%v526] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v528 = llvm.load %v527 : !llvm.ptr -> f32
                // the group's states, recomputed into registers
                %v529 = arith.addi %v486, %v85 : i64
                %v530 = arith.minsi %v529, %v492 : i64
                %v531 = arith.addi %v191, %v530 : i64
                %v532 = arith.muli %v85, %v221 : i64
                %v533 = arith.subi %v531, %v191 : i64
                %v534 = arith.addi %v532, %v533 : i64
                %v535 = llvm.getelementptr %v82[%v534] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v536 = llvm.load %v535 : !llvm.ptr -> f32
                %v537 = arith.negf %v536 : f32
                %v538 = arith.mulf %v537, %v412 fastmath<contract> : f32
                %v539 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v538) : (f32) -> f32
                %v540 = arith.addf %v84, %v539 fastmath<contract> : f32
                %v541 = arith.divf %v84, %v540 : f32
                %v542 = arith.muli %v85, %v221 : i64
                %v543 = arith.subi %v531, %v191 : i64
                %v544 = arith.addi %v542, %v543 : i64
                %v545 = llvm.getelementptr %v80[%v544] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v546 = llvm.load %v545 : !llvm.ptr -> f32
                %v547 = arith.mulf %v546, %v412 fastmath<contract> : f32
                %v548 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v547) : (f32) -> f32
                %v549 = arith.muli %v39, %v221 : i64
                %v550 = arith.subi %v531, %v191 : i64
                %v551 = arith.addi %v549, %v550 : i64
                %v552 = llvm.getelementptr %v78[%v551] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v553 = llvm.load %v552 : !llvm.ptr -> f32
                %v555 = llvm.call_intrinsic "llvm.sqrt.f32"(%v554) : (f32) -> f32
                %v556 = arith.divf %v553, %v555 : f32
                %v557 = arith.mulf %v548, %v556 fastmath<contract> : f32
                %v558 = arith.muli %v53, %v435 : i64
                %v559 = arith.muli %v531, %v434 : i64
                %v560 = arith.addi %v558, %v559 : i64
                %v561 = arith.muli %v51, %v433 : i64
                %v562 = arith.addi %v560, %v561 : i64
                %v563 = arith.muli %v49, %v2 : i64
                %v564 = arith.addi %v562, %v563 : i64
                %v565 = llvm.getelementptr %in_v[%v564] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v566 = llvm.load %v565 : !llvm.ptr -> f32
                %v567 = arith.mulf %v557, %v566 fastmath<contract> : f32
                %v568 = arith.mulf %v541, %v501 fastmath<contract> : f32
                %v569 = arith.addf %v568, %v567 fastmath<contract> : f32
                %v570 = arith.constant 8 : i64
                %v571 = arith.addi %v570, %v39 : i64
                %v572 = arith.muli %v571, %v221 : i64
                %v573 = arith.subi %v531, %v191 : i64
                %v574 = arith.addi %v572, %v573 : i64
                %v575 = llvm.getelementptr %v78[%v574] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v576 = llvm.load %v575 : !llvm.ptr -> f32
                %v577 = arith.divf %v576, %v555 : f32
                %v578 = arith.mulf %v548, %v577 fastmath<contract> : f32
                %v579 = arith.mulf %v578, %v566 fastmath<contract> : f32
                %v580 = arith.mulf %v541, %v510 fastmath<contract> : f32
                %v581 = arith.addf %v580, %v579 fastmath<contract> : f32
                %v582 = arith.mulf %v541, %v519 fastmath<contract> : f32
                %v583 = arith.addf %v582, %v557 fastmath<contract> : f32
                %v584 = arith.mulf %v541, %v528 fastmath<contract> : f32
                %v585 = arith.addf %v584, %v578 fastmath<contract> : f32
                %v586 = arith.addi %v486, %v2 : i64
                %v587 = arith.minsi %v586, %v492 : i64
                %v588 = arith.addi %v191, %v587 : i64
                %v589 = arith.muli %v85, %v221 : i64
                %v590 = arith.subi %v588, %v191 : i64
                %v591 = arith.addi %v589, %v590 : i64
                %v592 = llvm.getelementptr %v82[%v591] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v593 = llvm.load %v592 : !llvm.ptr -> f32
                %v594 = arith.negf %v593 : f32
                %v595 = arith.mulf %v594, %v412 fastmath<contract> : f32
                %v596 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v595) : (f32) -> f32
                %v597 = arith.addf %v84, %v596 fastmath<contract> : f32
                %v598 = arith.divf %v84, %v597 : f32
                %v599 = arith.muli %v85, %v221 : i64
                %v600 = arith.subi %v588, %v191 : i64
                %v601 = arith.addi %v599, %v600 : i64
                %v602 = llvm.getelementptr %v80[%v601] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v603 = llvm.load %v602 : !llvm.ptr -> f32
                %v604 = arith.mulf %v603, %v412 fastmath<contract> : f32
                %v605 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v604) : (f32) -> f32
                %v606 = arith.muli %v39, %v221 : i64
                %v607 = arith.subi %v588, %v191 : i64
                %v608 = arith.addi %v606, %v607 : i64
                %v609 = llvm.getelementptr %v78[%v608] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v610 = llvm.load %v609 : !llvm.ptr -> f32
                %v612 = llvm.call_intrinsic "llvm.sqrt.f32"(%v611) : (f32) -> f32
                %v613 = arith.divf %v610, %v612 : f32
                %v614 = arith.mulf %v605, %v613 fastmath<contract> : f32
                %v615 = arith.muli %v53, %v435 : i64
                %v616 = arith.muli %v588, %v434 : i64
                %v617 = arith.addi %v615, %v616 : i64
                %v618 = arith.muli %v51, %v433 : i64
                %v619 = arith.addi %v617, %v618 : i64
                %v620 = arith.muli %v49, %v2 : i64
                %v621 = arith.addi %v619, %v620 : i64
                %v622 = llvm.getelementptr %in_v[%v621] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v623 = llvm.load %v622 : !llvm.ptr -> f32
                %v624 = arith.mulf %v614, %v623 fastmath<contract> : f32
                %v625 = arith.mulf %v598, %v569 fastmath<contract> : f32
                %v626 = arith.addf %v625, %v624 fastmath<contract> : f32
                %v627 = arith.constant 8 : i64
                %v628 = arith.addi %v627, %v39 : i64
                %v629 = arith.muli %v628, %v221 : i64
                %v630 = arith.subi %v588, %v191 : i64
                %v631 = arith.addi %v629, %v630 : i64
                %v632 = llvm.getelementptr %v78[%v631] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v633 = llvm.load %v632 : !llvm.ptr -> f32
                %v634 = arith.divf %v633, %v612 : f32
                %v635 = arith.mulf %v605, %v634 fastmath<contract> : f32
                %v636 = arith.mulf %v635, %v623 fastmath<contract> : f32
                %v637 = arith.mulf %v598, %v581 fastmath<contract> : f32
                %v638 = arith.addf %v637, %v636 fastmath<contract> : f32
                %v639 = arith.mulf %v598, %v583 fastmath<contract> : f32
                %v640 = arith.addf %v639, %v614 fastmath<contract> : f32
                %v641 = arith.mulf %v598, %v585 fastmath<contract> : f32
                %v642 = arith.addf %v641, %v635 fastmath<contract> : f32
                %v644 = arith.addi %v486, %v643 : i64
                %v645 = arith.minsi %v644, %v492 : i64
                %v646 = arith.addi %v191, %v645 : i64
                %v647 = arith.muli %v85, %v221 : i64
                %v648 = arith.subi %v646, %v191 : i64
                %v649 = arith.addi %v647, %v648 : i64
                %v650 = llvm.getelementptr %v82[%v649] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v651 = llvm.load %v650 : !llvm.ptr -> f32
                %v652 = arith.negf %v651 : f32
                %v653 = arith.mulf %v652, %v412 fastmath<contract> : f32
                %v654 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v653) : (f32) -> f32
                %v655 = arith.addf %v84, %v654 fastmath<contract> : f32
                %v656 = arith.divf %v84, %v655 : f32
                %v657 = arith.muli %v85, %v221 : i64
                %v658 = arith.subi %v646, %v191 : i64
                %v659 = arith.addi %v657, %v658 : i64
                %v660 = llvm.getelementptr %v80[%v659] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v661 = llvm.load %v660 : !llvm.ptr -> f32
                %v662 = arith.mulf %v661, %v412 fastmath<contract> : f32
                %v663 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v662) : (f32) -> f32
                %v664 = arith.muli %v39, %v221 : i64
                %v665 = arith.subi %v646, %v191 : i64
                %v666 = arith.addi %v664, %v665 : i64
                %v667 = llvm.getelementptr %v78[%v666] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v668 = llvm.load %v667 : !llvm.ptr -> f32
                %v670 = llvm.call_intrinsic "llvm.sqrt.f32"(%v669) : (f32) -> f32
                %v671 = arith.divf %v668, %v670 : f32
                %v672 = arith.mulf %v663, %v671 fastmath<contract> : f32
                %v673 = arith.muli %v53, %v435 : i64
                %v674 = arith.muli %v646, %v434 : i64
                %v675 = arith.addi %v673, %v674 : i64
                %v676 = arith.muli %v51, %v433 : i64
                %v677 = arith.addi %v675, %v676 : i64
                %v678 = arith.muli %v49, %v2 : i64
                %v679 = arith.addi %v677, %v678 : i64
                %v680 = llvm.getelementptr %in_v[%v679] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v681 = llvm.load %v680 : !llvm.ptr -> f32
                %v682 = arith.mulf %v672, %v681 fastmath<contract> : f32
                %v683 = arith.mulf %v656, %v626 fastmath<contract> : f32
                %v684 = arith.addf %v683, %v682 fastmath<contract> : f32
                %v685 = arith.constant 8 : i64
                %v686 = arith.addi %v685, %v39 : i64
                %v687 = arith.muli %v686, %v221 : i64
                %v688 = arith.subi %v646, %v191 : i64
                %v689 = arith.addi %v687, %v688 : i64
                %v690 = llvm.getelementptr %v78[%v689] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v691 = llvm.load %v690 : !llvm.ptr -> f32
                %v692 = arith.divf %v691, %v670 : f32
                %v693 = arith.mulf %v663, %v692 fastmath<contract> : f32
                %v694 = arith.mulf %v693, %v681 fastmath<contract> : f32
                %v695 = arith.mulf %v656, %v638 fastmath<contract> : f32
                %v696 = arith.addf %v695, %v694 fastmath<contract> : f32
                %v697 = arith.mulf %v656, %v640 fastmath<contract> : f32
                %v698 = arith.addf %v697, %v672 fastmath<contract> : f32
                %v699 = arith.mulf %v656, %v642 fastmath<contract> : f32
                %v700 = arith.addf %v699, %v693 fastmath<contract> : f32
                %v701 = arith.addi %v486, %v176 : i64
                %v702 = arith.minsi %v701, %v492 : i64
                %v703 = arith.addi %v191, %v702 : i64
                %v704 = arith.muli %v85, %v221 : i64
                %v705 = arith.subi %v703, %v191 : i64
                %v706 = arith.addi %v704, %v705 : i64
                %v707 = llvm.getelementptr %v82[%v706] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v708 = llvm.load %v707 : !llvm.ptr -> f32
                %v709 = arith.negf %v708 : f32
                %v710 = arith.mulf %v709, %v412 fastmath<contract> : f32
                %v711 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v710) : (f32) -> f32
                %v712 = arith.addf %v84, %v711 fastmath<contract> : f32
                %v713 = arith.divf %v84, %v712 : f32
                %v714 = arith.muli %v85, %v221 : i64
                %v715 = arith.subi %v703, %v191 : i64
                %v716 = arith.addi %v714, %v715 : i64
                %v717 = llvm.getelementptr %v80[%v716] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v718 = llvm.load %v717 : !llvm.ptr -> f32
                %v719 = arith.mulf %v718, %v412 fastmath<contract> : f32
                %v720 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v719) : (f32) -> f32
                %v721 = arith.muli %v39, %v221 : i64
                %v722 = arith.subi %v703, %v191 : i64
                %v723 = arith.addi %v721, %v722 : i64
                %v724 = llvm.getelementptr %v78[%v723] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v725 = llvm.load %v724 : !llvm.ptr -> f32
                %v727 = llvm.call_intrinsic "llvm.sqrt.f32"(%v726) : (f32) -> f32
                %v728 = arith.divf %v725, %v727 : f32
                %v729 = arith.mulf %v720, %v728 fastmath<contract> : f32
                %v730 = arith.muli %v53, %v435 : i64
                %v731 = arith.muli %v703, %v434 : i64
                %v732 = arith.addi %v730, %v731 : i64
                %v733 = arith.muli %v51, %v433 : i64
                %v734 = arith.addi %v732, %v733 : i64
                %v735 = arith.muli %v49, %v2 : i64
                %v736 = arith.addi %v734, %v735 : i64
                %v737 = llvm.getelementptr %in_v[%v736] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v738 = llvm.load %v737 : !llvm.ptr -> f32
                %v739 = arith.mulf %v729, %v738 fastmath<contract> : f32
                %v740 = arith.mulf %v713, %v684 fastmath<contract> : f32
                %v741 = arith.addf %v740, %v739 fastmath<contract> : f32
                %v742 = arith.constant 8 : i64
                %v743 = arith.addi %v742, %v39 : i64
                %v744 = arith.muli %v743, %v221 : i64
                %v745 = arith.subi %v703, %v191 : i64
                %v746 = arith.addi %v744, %v745 : i64
                %v747 = llvm.getelementptr %v78[%v746] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v748 = llvm.load %v747 : !llvm.ptr -> f32
                %v749 = arith.divf %v748, %v727 : f32
                %v750 = arith.mulf %v720, %v749 fastmath<contract> : f32
                %v751 = arith.mulf %v750, %v738 fastmath<contract> : f32
                %v752 = arith.mulf %v713, %v696 fastmath<contract> : f32
                %v753 = arith.addf %v752, %v751 fastmath<contract> : f32
                %v754 = arith.mulf %v713, %v698 fastmath<contract> : f32
                %v755 = arith.addf %v754, %v729 fastmath<contract> : f32
                %v756 = arith.mulf %v713, %v700 fastmath<contract> : f32
                %v757 = arith.addf %v756, %v750 fastmath<contract> : f32
                %v758 = arith.subi %v193, %v486 : i64
                %v759 = arith.trunci %v758 : i64 to i32
                %v760 = arith.subi %size_L, %v2 : i64
                %v761 = arith.addi %v191, %v486 : i64
                %v762 = arith.subi %v760, %v761 : i64
                %v764 = arith.minsi %v762, %v763 : i64
                %v765 = arith.trunci %v764 : i64 to i32
                %v766 = arith.addi %v486, %v176 : i64
                %v768 = arith.cmpi slt, %v767, %v759 : i32
                %v769 = arith.cmpi eq, %v767, %v765 : i32
                %v770 = arith.addi %v488, %v85 : i64
                %v771 = arith.addi %v191, %v766 : i64
                %v772 = arith.muli %v39, %v221 : i64
                %v773 = arith.subi %v771, %v191 : i64
                %v774 = arith.addi %v772, %v773 : i64
                %v775 = llvm.getelementptr %v76[%v774] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v776 = llvm.load %v775 : !llvm.ptr -> f32
                %v777 = arith.muli %v53, %v435 : i64
                %v778 = arith.muli %v771, %v434 : i64
                %v779 = arith.addi %v777, %v778 : i64
                %v780 = arith.muli %v51, %v433 : i64
                %v781 = arith.addi %v779, %v780 : i64
                %v782 = arith.muli %v49, %v2 : i64
                %v783 = arith.addi %v781, %v782 : i64
                %v784 = llvm.getelementptr %dy_o[%v783] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v785 = llvm.load %v784 : !llvm.ptr -> f32
                %v786 = arith.mulf %v776, %v755 fastmath<contract> : f32
                %v787 = arith.constant 8 : i64
                %v788 = arith.addi %v787, %v39 : i64
                %v789 = arith.muli %v788, %v221 : i64
                %v790 = arith.subi %v771, %v191 : i64
                %v791 = arith.addi %v789, %v790 : i64
                %v792 = llvm.getelementptr %v76[%v791] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v793 = llvm.load %v792 : !llvm.ptr -> f32
                %v794 = arith.mulf %v793, %v757 fastmath<contract> : f32
                %v795 = arith.addf %v786, %v794 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v798, %v799 = gpu.shuffle xor %v795, %v796, %v797 : f32
                %v800 = arith.addf %v795, %v798 fastmath<contract> : f32
                %v802, %v803 = gpu.shuffle xor %v800, %v801, %v797 : f32
                %v804 = arith.addf %v800, %v802 fastmath<contract> : f32
                %v806, %v807 = gpu.shuffle xor %v804, %v805, %v797 : f32
                %v808 = arith.addf %v804, %v806 fastmath<contract> : f32
                // end sum over the lanes
                %v809 = llvm.call_intrinsic "llvm.fabs.f32"(%v808) : (f32) -> f32
                %v810 = arith.maximumf %v84, %v809 : f32
                %v811 = arith.divf %v785, %v810 : f32
                %v812 = arith.mulf %v776, %v811 fastmath<contract> : f32
                %v813 = llvm.load %v59 : !llvm.ptr -> f32
                %v814 = llvm.load %v63 : !llvm.ptr -> f32
                %v815 = arith.mulf %v814, %v813 fastmath<contract> : f32
                %v816 = arith.addf %v812, %v815 fastmath<contract> : f32
                llvm.store %v816, %v59 : f32, !llvm.ptr
                %v817 = arith.mulf %v793, %v811 fastmath<contract> : f32
                %v818 = llvm.load %v60 : !llvm.ptr -> f32
                %v819 = llvm.load %v64 : !llvm.ptr -> f32
                %v820 = arith.mulf %v819, %v818 fastmath<contract> : f32
                %v821 = arith.addf %v817, %v820 fastmath<contract> : f32
                llvm.store %v821, %v60 : f32, !llvm.ptr
                %v822 = arith.mulf %v776, %v741 fastmath<contract> : f32
                %v823 = arith.mulf %v793, %v753 fastmath<contract> : f32
                %v824 = arith.addf %v822, %v823 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v825, %v826 = gpu.shuffle xor %v824, %v796, %v797 : f32
                %v827 = arith.addf %v824, %v825 fastmath<contract> : f32
                %v828, %v829 = gpu.shuffle xor %v827, %v801, %v797 : f32
                %v830 = arith.addf %v827, %v828 fastmath<contract> : f32
                %v831, %v832 = gpu.shuffle xor %v830, %v805, %v797 : f32
                %v833 = arith.addf %v830, %v831 fastmath<contract> : f32
                // end sum over the lanes
                %v834 = arith.divf %v833, %v810 : f32
                %v835 = arith.divf %v834, %v810 : f32
                %v836 = arith.mulf %v785, %v835 fastmath<contract> : f32
                %v837 = arith.negf %v836 : f32
                %v838 = arith.cmpf oge, %v84, %v809 : f32
                %v839 = arith.select %v838, %v84, %v83 : f32
                %v840 = arith.subf %v84, %v839 fastmath<contract> : f32
                %v841 = arith.mulf %v837, %v840 fastmath<contract> : f32
                %v843 = arith.cmpf olt, %v808, %v83 : f32
                %v844 = arith.select %v843, %v842, %v83 : f32
                %v845 = arith.cmpf ogt, %v808, %v83 : f32
                %v846 = arith.select %v845, %v84, %v844 : f32
                %v847 = arith.mulf %v841, %v846 fastmath<contract> : f32
                %v848 = arith.mulf %v776, %v847 fastmath<contract> : f32
                %v849 = llvm.load %v61 : !llvm.ptr -> f32
                %v850 = llvm.load %v65 : !llvm.ptr -> f32
                %v851 = arith.mulf %v850, %v849 fastmath<contract> : f32
                %v852 = arith.addf %v848, %v851 fastmath<contract> : f32
                llvm.store %v852, %v61 : f32, !llvm.ptr
                %v853 = arith.mulf %v793, %v847 fastmath<contract> : f32
                %v854 = llvm.load %v62 : !llvm.ptr -> f32
                %v855 = llvm.load %v66 : !llvm.ptr -> f32
                %v856 = arith.mulf %v855, %v854 fastmath<contract> : f32
                %v857 = arith.addf %v853, %v856 fastmath<contract> : f32
                llvm.store %v857, %v62 : f32, !llvm.ptr
                scf.if %v769 {
                }
                %v858 = arith.mulf %v755, %v847 fastmath<contract> : f32
                %v859 = arith.mulf %v741, %v811 fastmath<contract> : f32
                %v860 = arith.addf %v858, %v859 fastmath<contract> : f32
                %v861 = arith.mulf %v757, %v847 fastmath<contract> : f32
                %v862 = arith.mulf %v753, %v811 fastmath<contract> : f32
                %v863 = arith.addf %v861, %v862 fastmath<contract> : f32
                %v864 = arith.muli %v85, %v221 : i64
                %v865 = arith.subi %v771, %v191 : i64
                %v866 = arith.addi %v864, %v865 : i64
                %v867 = llvm.getelementptr %v80[%v866] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v868 = llvm.load %v867 : !llvm.ptr -> f32
                %v869 = arith.mulf %v868, %v412 fastmath<contract> : f32
                %v870 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v869) : (f32) -> f32
                %v871 = llvm.load %v61 : !llvm.ptr -> f32
                %v872 = arith.muli %v53, %v435 : i64
                %v873 = arith.muli %v771, %v434 : i64
                %v874 = arith.addi %v872, %v873 : i64
                %v875 = arith.muli %v51, %v433 : i64
                %v876 = arith.addi %v874, %v875 : i64
                %v877 = arith.muli %v49, %v2 : i64
                %v878 = arith.addi %v876, %v877 : i64
                %v879 = llvm.getelementptr %in_v[%v878] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v880 = llvm.load %v879 : !llvm.ptr -> f32
                %v881 = llvm.load %v59 : !llvm.ptr -> f32
                %v882 = arith.mulf %v880, %v881 fastmath<contract> : f32
                %v883 = arith.addf %v871, %v882 fastmath<contract> : f32
                %v884 = arith.mulf %v870, %v883 fastmath<contract> : f32
                %v886 = llvm.call_intrinsic "llvm.sqrt.f32"(%v885) : (f32) -> f32
                %v887 = arith.divf %v884, %v886 : f32
                %v888 = llvm.load %v62 : !llvm.ptr -> f32
                %v889 = llvm.load %v60 : !llvm.ptr -> f32
                %v890 = arith.mulf %v880, %v889 fastmath<contract> : f32
                %v891 = arith.addf %v888, %v890 fastmath<contract> : f32
                %v892 = arith.mulf %v870, %v891 fastmath<contract> : f32
                %v893 = arith.divf %v892, %v886 : f32
                %v894 = arith.muli %v39, %v221 : i64
                %v895 = arith.subi %v771, %v191 : i64
                %v896 = arith.addi %v894, %v895 : i64
                %v897 = llvm.getelementptr %v78[%v896] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v898 = llvm.load %v897 : !llvm.ptr -> f32
                %v899 = arith.divf %v898, %v886 : f32
                %v900 = arith.mulf %v870, %v899 fastmath<contract> : f32
                %v901 = arith.mulf %v900, %v881 fastmath<contract> : f32
                %v902 = arith.constant 8 : i64
                %v903 = arith.addi %v902, %v39 : i64
                %v904 = arith.muli %v903, %v221 : i64
                %v905 = arith.subi %v771, %v191 : i64
                %v906 = arith.addi %v904, %v905 : i64
                %v907 = llvm.getelementptr %v78[%v906] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v908 = llvm.load %v907 : !llvm.ptr -> f32
                %v909 = arith.divf %v908, %v886 : f32
                %v910 = arith.mulf %v870, %v909 fastmath<contract> : f32
                %v911 = arith.mulf %v910, %v889 fastmath<contract> : f32
                %v912 = arith.addf %v901, %v911 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v913, %v914 = gpu.shuffle xor %v912, %v796, %v797 : f32
                %v915 = arith.addf %v912, %v913 fastmath<contract> : f32
                %v916, %v917 = gpu.shuffle xor %v915, %v801, %v797 : f32
                %v918 = arith.addf %v915, %v916 fastmath<contract> : f32
                %v919, %v920 = gpu.shuffle xor %v918, %v805, %v797 : f32
                %v921 = arith.addf %v918, %v919 fastmath<contract> : f32
                // end sum over the lanes
                %v922 = arith.cmpi eq, %v39, %v85 : i64
                %v923 = arith.andi %v43, %v922 : i1
                scf.if %v923 {
                  %v924 = arith.muli %v53, %v435 : i64
                  %v925 = arith.muli %v771, %v434 : i64
                  %v926 = arith.addi %v924, %v925 : i64
                  %v927 = arith.muli %v51, %v433 : i64
                  %v928 = arith.addi %v926, %v927 : i64
                  %v929 = arith.muli %v49, %v2 : i64
                  %v930 = arith.addi %v928, %v929 : i64
                  %v931 = llvm.getelementptr %dx_v[%v930] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v921, %v931 : f32, !llvm.ptr
                }
                %v932 = arith.mulf %v899, %v883 fastmath<contract> : f32
                %v933 = arith.mulf %v909, %v891 fastmath<contract> : f32
                %v934 = arith.addf %v932, %v933 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v935, %v936 = gpu.shuffle xor %v934, %v796, %v797 : f32
                %v937 = arith.addf %v934, %v935 fastmath<contract> : f32
                %v938, %v939 = gpu.shuffle xor %v937, %v801, %v797 : f32
                %v940 = arith.addf %v937, %v938 fastmath<contract> : f32
                %v941, %v942 = gpu.shuffle xor %v940, %v805, %v797 : f32
                %v943 = arith.addf %v940, %v941 fastmath<contract> : f32
                // end sum over the lanes
                %v944 = arith.mulf %v870, %v943 fastmath<contract> : f32
                %v945 = arith.mulf %v684, %v881 fastmath<contract> : f32
                %v946 = arith.mulf %v696, %v889 fastmath<contract> : f32
                %v947 = arith.addf %v945, %v946 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v948, %v949 = gpu.shuffle xor %v947, %v796, %v797 : f32
                %v950 = arith.addf %v947, %v948 fastmath<contract> : f32
                %v951, %v952 = gpu.shuffle xor %v950, %v801, %v797 : f32
                %v953 = arith.addf %v950, %v951 fastmath<contract> : f32
                %v954, %v955 = gpu.shuffle xor %v953, %v805, %v797 : f32
                %v956 = arith.addf %v953, %v954 fastmath<contract> : f32
                // end sum over the lanes
                %v957 = arith.mulf %v698, %v871 fastmath<contract> : f32
                %v958 = arith.mulf %v700, %v888 fastmath<contract> : f32
                %v959 = arith.addf %v957, %v958 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v960, %v961 = gpu.shuffle xor %v959, %v796, %v797 : f32
                %v962 = arith.addf %v959, %v960 fastmath<contract> : f32
                %v963, %v964 = gpu.shuffle xor %v962, %v801, %v797 : f32
                %v965 = arith.addf %v962, %v963 fastmath<contract> : f32
                %v966, %v967 = gpu.shuffle xor %v965, %v805, %v797 : f32
                %v968 = arith.addf %v965, %v966 fastmath<contract> : f32
                // end sum over the lanes
                %v969 = arith.addf %v956, %v968 fastmath<contract> : f32
                %v970 = arith.muli %v85, %v221 : i64
                %v971 = arith.subi %v771, %v191 : i64
                %v972 = arith.addi %v970, %v971 : i64
                %v973 = llvm.getelementptr %v82[%v972] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v974 = llvm.load %v973 : !llvm.ptr -> f32
                %v975 = arith.negf %v974 : f32
                %v976 = arith.mulf %v975, %v412 fastmath<contract> : f32
                %v977 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v976) : (f32) -> f32
                %v978 = arith.addf %v84, %v977 fastmath<contract> : f32
                %v979 = arith.divf %v84, %v978 : f32
                %v980 = arith.subf %v84, %v979 fastmath<contract> : f32
                %v981 = arith.mulf %v979, %v980 fastmath<contract> : f32
                %v982 = arith.mulf %v969, %v981 fastmath<contract> : f32
                %v983 = arith.select %v43, %v860, %v83 : f32
                // sum over the warp's outer points: shuffles
                %v985, %v986 = gpu.shuffle xor %v983, %v984, %v797 : f32
                %v987 = arith.addf %v983, %v985 fastmath<contract> : f32
                %v989, %v990 = gpu.shuffle xor %v987, %v988, %v797 : f32
                %v991 = arith.addf %v987, %v989 fastmath<contract> : f32
                %v992 = arith.divui %v24, %v26 : i64
                %v993 = arith.remui %v24, %v26 : i64
                %v994 = arith.cmpi ult, %v993, %v38 : i64
                %v995 = arith.addi %v85, %v39 : i64
                %v996 = arith.muli %v992, %v1 : i64
                %v997 = arith.addi %v996, %v995 : i64
                %v999 = arith.muli %v997, %v998 : i64
                %v1000 = arith.addi %v999, %v770 : i64
                scf.if %v994 {
                  %v1001 = llvm.getelementptr %v68[%v1000] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v991, %v1001 : f32, !llvm.ptr
                }
                %v1002 = arith.select %v43, %v863, %v83 : f32
                // sum over the warp's outer points: shuffles
                %v1003, %v1004 = gpu.shuffle xor %v1002, %v984, %v797 : f32
                %v1005 = arith.addf %v1002, %v1003 fastmath<contract> : f32
                %v1006, %v1007 = gpu.shuffle xor %v1005, %v988, %v797 : f32
                %v1008 = arith.addf %v1005, %v1006 fastmath<contract> : f32
                %v1009 = arith.divui %v24, %v26 : i64
                %v1010 = arith.remui %v24, %v26 : i64
                %v1011 = arith.cmpi ult, %v1010, %v38 : i64
                %v1012 = arith.addi %v38, %v39 : i64
                %v1013 = arith.muli %v1009, %v1 : i64
                %v1014 = arith.addi %v1013, %v1012 : i64
                %v1015 = arith.muli %v1014, %v998 : i64
                %v1016 = arith.addi %v1015, %v770 : i64
                scf.if %v1011 {
                  %v1017 = llvm.getelementptr %v68[%v1016] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1008, %v1017 : f32, !llvm.ptr
                }
                %v1018 = arith.select %v43, %v887, %v83 : f32
                // sum over the warp's outer points: shuffles
                %v1019, %v1020 = gpu.shuffle xor %v1018, %v984, %v797 : f32
                %v1021 = arith.addf %v1018, %v1019 fastmath<contract> : f32
                %v1022, %v1023 = gpu.shuffle xor %v1021, %v988, %v797 : f32
                %v1024 = arith.addf %v1021, %v1022 fastmath<contract> : f32
                %v1025 = arith.divui %v24, %v26 : i64
                %v1026 = arith.remui %v24, %v26 : i64
                %v1027 = arith.cmpi ult, %v1026, %v38 : i64
                %v1028 = arith.addi %v85, %v39 : i64
                %v1029 = arith.muli %v1025, %v1 : i64
                %v1030 = arith.addi %v1029, %v1028 : i64
                %v1031 = arith.muli %v1030, %v998 : i64
                %v1032 = arith.addi %v1031, %v770 : i64
                scf.if %v1027 {
                  %v1033 = llvm.getelementptr %v70[%v1032] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1024, %v1033 : f32, !llvm.ptr
                }
                %v1034 = arith.select %v43, %v893, %v83 : f32
                // sum over the warp's outer points: shuffles
                %v1035, %v1036 = gpu.shuffle xor %v1034, %v984, %v797 : f32
                %v1037 = arith.addf %v1034, %v1035 fastmath<contract> : f32
                %v1038, %v1039 = gpu.shuffle xor %v1037, %v988, %v797 : f32
                %v1040 = arith.addf %v1037, %v1038 fastmath<contract> : f32
                %v1041 = arith.divui %v24, %v26 : i64
                %v1042 = arith.remui %v24, %v26 : i64
                %v1043 = arith.cmpi ult, %v1042, %v38 : i64
                %v1044 = arith.addi %v38, %v39 : i64
                %v1045 = arith.muli %v1041, %v1 : i64
                %v1046 = arith.addi %v1045, %v1044 : i64
                %v1047 = arith.muli %v1046, %v998 : i64
                %v1048 = arith.addi %v1047, %v770 : i64
                scf.if %v1043 {
                  %v1049 = llvm.getelementptr %v70[%v1048] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1040, %v1049 : f32, !llvm.ptr
                }
                %v1050 = arith.select %v43, %v944, %v83 : f32
                // sum over the warp's outer points: shuffles
                %v1051, %v1052 = gpu.shuffle xor %v1050, %v984, %v797 : f32
                %v1053 = arith.addf %v1050, %v1051 fastmath<contract> : f32
                %v1054, %v1055 = gpu.shuffle xor %v1053, %v988, %v797 : f32
                %v1056 = arith.addf %v1053, %v1054 fastmath<contract> : f32
                %v1057 = arith.divui %v24, %v26 : i64
                %v1058 = arith.remui %v24, %v26 : i64
                %v1059 = arith.cmpi ult, %v1058, %v2 : i64
                %v1060 = arith.muli %v1057, %v2 : i64
                %v1061 = arith.addi %v1060, %v85 : i64
                %v1062 = arith.muli %v1061, %v998 : i64
                %v1063 = arith.addi %v1062, %v770 : i64
                scf.if %v1059 {
                  %v1064 = llvm.getelementptr %v72[%v1063] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1056, %v1064 : f32, !llvm.ptr
                }
                %v1065 = arith.select %v43, %v982, %v83 : f32
                // sum over the warp's outer points: shuffles
                %v1066, %v1067 = gpu.shuffle xor %v1065, %v984, %v797 : f32
                %v1068 = arith.addf %v1065, %v1066 fastmath<contract> : f32
                %v1069, %v1070 = gpu.shuffle xor %v1068, %v988, %v797 : f32
                %v1071 = arith.addf %v1068, %v1069 fastmath<contract> : f32
                %v1072 = arith.divui %v24, %v26 : i64
                %v1073 = arith.remui %v24, %v26 : i64
                %v1074 = arith.cmpi ult, %v1073, %v2 : i64
                %v1075 = arith.muli %v1072, %v2 : i64
                %v1076 = arith.addi %v1075, %v85 : i64
                %v1077 = arith.muli %v1076, %v998 : i64
                %v1078 = arith.addi %v1077, %v770 : i64
                scf.if %v1074 {
                  %v1079 = llvm.getelementptr %v74[%v1078] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1071, %v1079 : f32, !llvm.ptr
                }
                llvm.store %v979, %v63 : f32, !llvm.ptr
                llvm.store %v979, %v64 : f32, !llvm.ptr
                llvm.store %v979, %v65 : f32, !llvm.ptr
                llvm.store %v979, %v66 : f32, !llvm.ptr
                %v1080 = arith.addi %v486, %v643 : i64
                %v1081 = arith.cmpi slt, %v801, %v759 : i32
                %v1082 = arith.cmpi eq, %v801, %v765 : i32
                %v1083 = arith.addi %v488, %v2 : i64
                %v1084 = arith.addi %v191, %v1080 : i64
                %v1085 = arith.muli %v39, %v221 : i64
                %v1086 = arith.subi %v1084, %v191 : i64
                %v1087 = arith.addi %v1085, %v1086 : i64
                %v1088 = llvm.getelementptr %v76[%v1087] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1089 = llvm.load %v1088 : !llvm.ptr -> f32
                %v1090 = arith.muli %v53, %v435 : i64
                %v1091 = arith.muli %v1084, %v434 : i64
                %v1092 = arith.addi %v1090, %v1091 : i64
                %v1093 = arith.muli %v51, %v433 : i64
                %v1094 = arith.addi %v1092, %v1093 : i64
                %v1095 = arith.muli %v49, %v2 : i64
                %v1096 = arith.addi %v1094, %v1095 : i64
                %v1097 = llvm.getelementptr %dy_o[%v1096] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1098 = llvm.load %v1097 : !llvm.ptr -> f32
                %v1099 = arith.mulf %v1089, %v698 fastmath<contract> : f32
                %v1100 = arith.constant 8 : i64
                %v1101 = arith.addi %v1100, %v39 : i64
                %v1102 = arith.muli %v1101, %v221 : i64
                %v1103 = arith.subi %v1084, %v191 : i64
                %v1104 = arith.addi %v1102, %v1103 : i64
                %v1105 = llvm.getelementptr %v76[%v1104] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1106 = llvm.load %v1105 : !llvm.ptr -> f32
                %v1107 = arith.mulf %v1106, %v700 fastmath<contract> : f32
                %v1108 = arith.addf %v1099, %v1107 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1109, %v1110 = gpu.shuffle xor %v1108, %v796, %v797 : f32
                %v1111 = arith.addf %v1108, %v1109 fastmath<contract> : f32
                %v1112, %v1113 = gpu.shuffle xor %v1111, %v801, %v797 : f32
                %v1114 = arith.addf %v1111, %v1112 fastmath<contract> : f32
                %v1115, %v1116 = gpu.shuffle xor %v1114, %v805, %v797 : f32
                %v1117 = arith.addf %v1114, %v1115 fastmath<contract> : f32
                // end sum over the lanes
                %v1118 = llvm.call_intrinsic "llvm.fabs.f32"(%v1117) : (f32) -> f32
                %v1119 = arith.maximumf %v84, %v1118 : f32
                %v1120 = arith.divf %v1098, %v1119 : f32
                %v1121 = arith.mulf %v1089, %v1120 fastmath<contract> : f32
                %v1122 = llvm.load %v59 : !llvm.ptr -> f32
                %v1123 = llvm.load %v63 : !llvm.ptr -> f32
                %v1124 = arith.mulf %v1123, %v1122 fastmath<contract> : f32
                %v1125 = arith.addf %v1121, %v1124 fastmath<contract> : f32
                llvm.store %v1125, %v59 : f32, !llvm.ptr
                %v1126 = arith.mulf %v1106, %v1120 fastmath<contract> : f32
                %v1127 = llvm.load %v60 : !llvm.ptr -> f32
                %v1128 = llvm.load %v64 : !llvm.ptr -> f32
                %v1129 = arith.mulf %v1128, %v1127 fastmath<contract> : f32
                %v1130 = arith.addf %v1126, %v1129 fastmath<contract> : f32
                llvm.store %v1130, %v60 : f32, !llvm.ptr
                %v1131 = arith.mulf %v1089, %v684 fastmath<contract> : f32
                %v1132 = arith.mulf %v1106, %v696 fastmath<contract> : f32
                %v1133 = arith.addf %v1131, %v1132 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1134, %v1135 = gpu.shuffle xor %v1133, %v796, %v797 : f32
                %v1136 = arith.addf %v1133, %v1134 fastmath<contract> : f32
                %v1137, %v1138 = gpu.shuffle xor %v1136, %v801, %v797 : f32
                %v1139 = arith.addf %v1136, %v1137 fastmath<contract> : f32
                %v1140, %v1141 = gpu.shuffle xor %v1139, %v805, %v797 : f32
                %v1142 = arith.addf %v1139, %v1140 fastmath<contract> : f32
                // end sum over the lanes
                %v1143 = arith.divf %v1142, %v1119 : f32
                %v1144 = arith.divf %v1143, %v1119 : f32
                %v1145 = arith.mulf %v1098, %v1144 fastmath<contract> : f32
                %v1146 = arith.negf %v1145 : f32
                %v1147 = arith.cmpf oge, %v84, %v1118 : f32
                %v1148 = arith.select %v1147, %v84, %v83 : f32
                %v1149 = arith.subf %v84, %v1148 fastmath<contract> : f32
                %v1150 = arith.mulf %v1146, %v1149 fastmath<contract> : f32
                %v1151 = arith.cmpf olt, %v1117, %v83 : f32
                %v1152 = arith.select %v1151, %v842, %v83 : f32
                %v1153 = arith.cmpf ogt, %v1117, %v83 : f32
                %v1154 = arith.select %v1153, %v84, %v1152 : f32
                %v1155 = arith.mulf %v1150, %v1154 fastmath<contract> : f32
                %v1156 = arith.mulf %v1089, %v1155 fastmath<contract> : f32
                %v1157 = llvm.load %v61 : !llvm.ptr -> f32
                %v1158 = llvm.load %v65 : !llvm.ptr -> f32
                %v1159 = arith.mulf %v1158, %v1157 fastmath<contract> : f32
                %v1160 = arith.addf %v1156, %v1159 fastmath<contract> : f32
                llvm.store %v1160, %v61 : f32, !llvm.ptr
                %v1161 = arith.mulf %v1106, %v1155 fastmath<contract> : f32
                %v1162 = llvm.load %v62 : !llvm.ptr -> f32
                %v1163 = llvm.load %v66 : !llvm.ptr -> f32
                %v1164 = arith.mulf %v1163, %v1162 fastmath<contract> : f32
                %v1165 = arith.addf %v1161, %v1164 fastmath<contract> : f32
                llvm.store %v1165, %v62 : f32, !llvm.ptr
                scf.if %v1082 {
                }
                %v1166 = arith.mulf %v698, %v1155 fastmath<contract> : f32
                %v1167 = arith.mulf %v684, %v1120 fastmath<contract> : f32
                %v1168 = arith.addf %v1166, %v1167 fastmath<contract> : f32
                %v1169 = arith.mulf %v700, %v1155 fastmath<contract> : f32
                %v1170 = arith.mulf %v696, %v1120 fastmath<contract> : f32
                %v1171 = arith.addf %v1169, %v1170 fastmath<contract> : f32
                %v1172 = arith.muli %v85, %v221 : i64
                %v1173 = arith.subi %v1084, %v191 : i64
                %v1174 = arith.addi %v1172, %v1173 : i64
                %v1175 = llvm.getelementptr %v80[%v1174] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1176 = llvm.load %v1175 : !llvm.ptr -> f32
                %v1177 = arith.mulf %v1176, %v412 fastmath<contract> : f32
                %v1178 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1177) : (f32) -> f32
                %v1179 = llvm.load %v61 : !llvm.ptr -> f32
                %v1180 = arith.muli %v53, %v435 : i64
                %v1181 = arith.muli %v1084, %v434 : i64
                %v1182 = arith.addi %v1180, %v1181 : i64
                %v1183 = arith.muli %v51, %v433 : i64
                %v1184 = arith.addi %v1182, %v1183 : i64
                %v1185 = arith.muli %v49, %v2 : i64
                %v1186 = arith.addi %v1184, %v1185 : i64
                %v1187 = llvm.getelementptr %in_v[%v1186] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1188 = llvm.load %v1187 : !llvm.ptr -> f32
                %v1189 = llvm.load %v59 : !llvm.ptr -> f32
                %v1190 = arith.mulf %v1188, %v1189 fastmath<contract> : f32
                %v1191 = arith.addf %v1179, %v1190 fastmath<contract> : f32
                %v1192 = arith.mulf %v1178, %v1191 fastmath<contract> : f32
                %v1194 = llvm.call_intrinsic "llvm.sqrt.f32"(%v1193) : (f32) -> f32
                %v1195 = arith.divf %v1192, %v1194 : f32
                %v1196 = llvm.load %v62 : !llvm.ptr -> f32
                %v1197 = llvm.load %v60 : !llvm.ptr -> f32
                %v1198 = arith.mulf %v1188, %v1197 fastmath<contract> : f32
                %v1199 = arith.addf %v1196, %v1198 fastmath<contract> : f32
                %v1200 = arith.mulf %v1178, %v1199 fastmath<contract> : f32
                %v1201 = arith.divf %v1200, %v1194 : f32
                %v1202 = arith.muli %v39, %v221 : i64
                %v1203 = arith.subi %v1084, %v191 : i64
                %v1204 = arith.addi %v1202, %v1203 : i64
                %v1205 = llvm.getelementptr %v78[%v1204] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1206 = llvm.load %v1205 : !llvm.ptr -> f32
                %v1207 = arith.divf %v1206, %v1194 : f32
                %v1208 = arith.mulf %v1178, %v1207 fastmath<contract> : f32
                %v1209 = arith.mulf %v1208, %v1189 fastmath<contract> : f32
                %v1210 = arith.constant 8 : i64
                %v1211 = arith.addi %v1210, %v39 : i64
                %v1212 = arith.muli %v1211, %v221 : i64
                %v1213 = arith.subi %v1084, %v191 : i64
                %v1214 = arith.addi %v1212, %v1213 : i64
                %v1215 = llvm.getelementptr %v78[%v1214] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1216 = llvm.load %v1215 : !llvm.ptr -> f32
                %v1217 = arith.divf %v1216, %v1194 : f32
                %v1218 = arith.mulf %v1178, %v1217 fastmath<contract> : f32
                %v1219 = arith.mulf %v1218, %v1197 fastmath<contract> : f32
                %v1220 = arith.addf %v1209, %v1219 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1221, %v1222 = gpu.shuffle xor %v1220, %v796, %v797 : f32
                %v1223 = arith.addf %v1220, %v1221 fastmath<contract> : f32
                %v1224, %v1225 = gpu.shuffle xor %v1223, %v801, %v797 : f32
                %v1226 = arith.addf %v1223, %v1224 fastmath<contract> : f32
                %v1227, %v1228 = gpu.shuffle xor %v1226, %v805, %v797 : f32
                %v1229 = arith.addf %v1226, %v1227 fastmath<contract> : f32
                // end sum over the lanes
                %v1230 = arith.cmpi eq, %v39, %v85 : i64
                %v1231 = arith.andi %v43, %v1230 : i1
                scf.if %v1231 {
                  %v1232 = arith.muli %v53, %v435 : i64
                  %v1233 = arith.muli %v1084, %v434 : i64
                  %v1234 = arith.addi %v1232, %v1233 : i64
                  %v1235 = arith.muli %v51, %v433 : i64
                  %v1236 = arith.addi %v1234, %v1235 : i64
                  %v1237 = arith.muli %v49, %v2 : i64
                  %v1238 = arith.addi %v1236, %v1237 : i64
                  %v1239 = llvm.getelementptr %dx_v[%v1238] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1229, %v1239 : f32, !llvm.ptr
                }
                %v1240 = arith.mulf %v1207, %v1191 fastmath<contract> : f32
                %v1241 = arith.mulf %v1217, %v1199 fastmath<contract> : f32
                %v1242 = arith.addf %v1240, %v1241 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1243, %v1244 = gpu.shuffle xor %v1242, %v796, %v797 : f32
                %v1245 = arith.addf %v1242, %v1243 fastmath<contract> : f32
                %v1246, %v1247 = gpu.shuffle xor %v1245, %v801, %v797 : f32
                %v1248 = arith.addf %v1245, %v1246 fastmath<contract> : f32
                %v1249, %v1250 = gpu.shuffle xor %v1248, %v805, %v797 : f32
                %v1251 = arith.addf %v1248, %v1249 fastmath<contract> : f32
                // end sum over the lanes
                %v1252 = arith.mulf %v1178, %v1251 fastmath<contract> : f32
                %v1253 = arith.mulf %v626, %v1189 fastmath<contract> : f32
                %v1254 = arith.mulf %v638, %v1197 fastmath<contract> : f32
                %v1255 = arith.addf %v1253, %v1254 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1256, %v1257 = gpu.shuffle xor %v1255, %v796, %v797 : f32
                %v1258 = arith.addf %v1255, %v1256 fastmath<contract> : f32
                %v1259, %v1260 = gpu.shuffle xor %v1258, %v801, %v797 : f32
                %v1261 = arith.addf %v1258, %v1259 fastmath<contract> : f32
                %v1262, %v1263 = gpu.shuffle xor %v1261, %v805, %v797 : f32
                %v1264 = arith.addf %v1261, %v1262 fastmath<contract> : f32
                // end sum over the lanes
                %v1265 = arith.mulf %v640, %v1179 fastmath<contract> : f32
                %v1266 = arith.mulf %v642, %v1196 fastmath<contract> : f32
                %v1267 = arith.addf %v1265, %v1266 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1268, %v1269 = gpu.shuffle xor %v1267, %v796, %v797 : f32
                %v1270 = arith.addf %v1267, %v1268 fastmath<contract> : f32
                %v1271, %v1272 = gpu.shuffle xor %v1270, %v801, %v797 : f32
                %v1273 = arith.addf %v1270, %v1271 fastmath<contract> : f32
                %v1274, %v1275 = gpu.shuffle xor %v1273, %v805, %v797 : f32
                %v1276 = arith.addf %v1273, %v1274 fastmath<contract> : f32
                // end sum over the lanes
                %v1277 = arith.addf %v1264, %v1276 fastmath<contract> : f32
                %v1278 = arith.muli %v85, %v221 : i64
                %v1279 = arith.subi %v1084, %v191 : i64
                %v1280 = arith.addi %v1278, %v1279 : i64
                %v1281 = llvm.getelementptr %v82[%v1280] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1282 = llvm.load %v1281 : !llvm.ptr -> f32
                %v1283 = arith.negf %v1282 : f32
                %v1284 = arith.mulf %v1283, %v412 fastmath<contract> : f32
                %v1285 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1284) : (f32) -> f32
                %v1286 = arith.addf %v84, %v1285 fastmath<contract> : f32
                %v1287 = arith.divf %v84, %v1286 : f32
                %v1288 = arith.subf %v84, %v1287 fastmath<contract> : f32
                %v1289 = arith.mulf %v1287, %v1288 fastmath<contract> : f32
                %v1290 = arith.mulf %v1277, %v1289 fastmath<contract> : f32
                %v1291 = arith.select %v43, %v1168, %v83 : f32
                // sum over the warp's outer points: shuffles
                %v1292, %v1293 = gpu.shuffle xor %v1291, %v984, %v797 : f32
                %v1294 = arith.addf %v1291, %v1292 fastmath<contract> : f32
                %v1295, %v1296 = gpu.shuffle xor %v1294, %v988, %v797 : f32
                %v1297 = arith.addf %v1294, %v1295 fastmath<contract> : f32
                %v1298 = arith.divui %v24, %v26 : i64
                %v1299 = arith.remui %v24, %v26 : i64
                %v1300 = arith.cmpi ult, %v1299, %v38 : i64
                %v1301 = arith.addi %v85, %v39 : i64
                %v1302 = arith.muli %v1298, %v1 : i64
                %v1303 = arith.addi %v1302, %v1301 : i64
                %v1304 = arith.muli %v1303, %v998 : i64
                %v1305 = arith.addi %v1304, %v1083 : i64
                scf.if %v1300 {
                  %v1306 = llvm.getelementptr %v68[%v1305] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1297, %v1306 : f32, !llvm.ptr
                }
                %v1307 = arith.select %v43, %v1171, %v83 : f32
                // sum over the warp's outer points: shuffles
                %v1308, %v1309 = gpu.shuffle xor %v1307, %v984, %v797 : f32
                %v1310 = arith.addf %v1307, %v1308 fastmath<contract> : f32
                %v1311, %v1312 = gpu.shuffle xor %v1310, %v988, %v797 : f32
                %v1313 = arith.addf %v1310, %v1311 fastmath<contract> : f32
                %v1314 = arith.divui %v24, %v26 : i64
                %v1315 = arith.remui %v24, %v26 : i64
                %v1316 = arith.cmpi ult, %v1315, %v38 : i64
                %v1317 = arith.addi %v38, %v39 : i64
                %v1318 = arith.muli %v1314, %v1 : i64
                %v1319 = arith.addi %v1318, %v1317 : i64
                %v1320 = arith.muli %v1319, %v998 : i64
                %v1321 = arith.addi %v1320, %v1083 : i64
                scf.if %v1316 {
                  %v1322 = llvm.getelementptr %v68[%v1321] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1313, %v1322 : f32, !llvm.ptr
                }
                %v1323 = arith.select %v43, %v1195, %v83 : f32
                // sum over the warp's outer points: shuffles
                %v1324, %v1325 = gpu.shuffle xor %v1323, %v984, %v797 : f32
                %v1326 = arith.addf %v1323, %v1324 fastmath<contract> : f32
                %v1327, %v1328 = gpu.shuffle xor %v1326, %v988, %v797 : f32
                %v1329 = arith.addf %v1326, %v1327 fastmath<contract> : f32
                %v1330 = arith.divui %v24, %v26 : i64
                %v1331 = arith.remui %v24, %v26 : i64
                %v1332 = arith.cmpi ult, %v1331, %v38 : i64
                %v1333 = arith.addi %v85, %v39 : i64
                %v1334 = arith.muli %v1330, %v1 : i64
                %v1335 = arith.addi %v1334, %v1333 : i64
                %v1336 = arith.muli %v1335, %v998 : i64
                %v1337 = arith.addi %v1336, %v1083 : i64
                scf.if %v1332 {
                  %v1338 = llvm.getelementptr %v70[%v1337] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1329, %v1338 : f32, !llvm.ptr
                }
                %v1339 = arith.select %v43, %v1201, %v83 : f32
                // sum over the warp's outer points: shuffles
                %v1340, %v1341 = gpu.shuffle xor %v1339, %v984, %v797 : f32
                %v1342 = arith.addf %v1339, %v1340 fastmath<contract> : f32
                %v1343, %v1344 = gpu.shuffle xor %v1342, %v988, %v797 : f32
                %v1345 = arith.addf %v1342, %v1343 fastmath<contract> : f32
                %v1346 = arith.divui %v24, %v26 : i64
                %v1347 = arith.remui %v24, %v26 : i64
                %v1348 = arith.cmpi ult, %v1347, %v38 : i64
                %v1349 = arith.addi %v38, %v39 : i64
                %v1350 = arith.muli %v1346, %v1 : i64
                %v1351 = arith.addi %v1350, %v1349 : i64
                %v1352 = arith.muli %v1351, %v998 : i64
                %v1353 = arith.addi %v1352, %v1083 : i64
                scf.if %v1348 {
                  %v1354 = llvm.getelementptr %v70[%v1353] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1345, %v1354 : f32, !llvm.ptr
                }
                %v1355 = arith.select %v43, %v1252, %v83 : f32
                // sum over the warp's outer points: shuffles
                %v1356, %v1357 = gpu.shuffle xor %v1355, %v984, %v797 : f32
                %v1358 = arith.addf %v1355, %v1356 fastmath<contract> : f32
                %v1359, %v1360 = gpu.shuffle xor %v1358, %v988, %v797 : f32
                %v1361 = arith.addf %v1358, %v1359 fastmath<contract> : f32
                %v1362 = arith.divui %v24, %v26 : i64
                %v1363 = arith.remui %v24, %v26 : i64
                %v1364 = arith.cmpi ult, %v1363, %v2 : i64
                %v1365 = arith.muli %v1362, %v2 : i64
                %v1366 = arith.addi %v1365, %v85 : i64
                %v1367 = arith.muli %v1366, %v998 : i64
                %v1368 = arith.addi %v1367, %v1083 : i64
                scf.if %v1364 {
                  %v1369 = llvm.getelementptr %v72[%v1368] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1361, %v1369 : f32, !llvm.ptr
                }
                %v1370 = arith.select %v43, %v1290, %v83 : f32
                // sum over the warp's outer points: shuffles
                %v1371, %v1372 = gpu.shuffle xor %v1370, %v984, %v797 : f32
                %v1373 = arith.addf %v1370, %v1371 fastmath<contract> : f32
                %v1374, %v1375 = gpu.shuffle xor %v1373, %v988, %v797 : f32
                %v1376 = arith.addf %v1373, %v1374 fastmath<contract> : f32
                %v1377 = arith.divui %v24, %v26 : i64
                %v1378 = arith.remui %v24, %v26 : i64
                %v1379 = arith.cmpi ult, %v1378, %v2 : i64
                %v1380 = arith.muli %v1377, %v2 : i64
                %v1381 = arith.addi %v1380, %v85 : i64
                %v1382 = arith.muli %v1381, %v998 : i64
                %v1383 = arith.addi %v1382, %v1083 : i64
                scf.if %v1379 {
                  %v1384 = llvm.getelementptr %v74[%v1383] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1376, %v1384 : f32, !llvm.ptr
                }
                llvm.store %v1287, %v63 : f32, !llvm.ptr
                llvm.store %v1287, %v64 : f32, !llvm.ptr
                llvm.store %v1287, %v65 : f32, !llvm.ptr
                llvm.store %v1287, %v66 : f32, !llvm.ptr
                %v1385 = arith.addi %v486, %v2 : i64
                %v1386 = arith.cmpi slt, %v796, %v759 : i32
                %v1387 = arith.cmpi eq, %v796, %v765 : i32
                %v1388 = arith.addi %v488, %v643 : i64
                %v1389 = arith.addi %v191, %v1385 : i64
                %v1390 = arith.muli %v39, %v221 : i64
                %v1391 = arith.subi %v1389, %v191 : i64
                %v1392 = arith.addi %v1390, %v1391 : i64
                %v1393 = llvm.getelementptr %v76[%v1392] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1394 = llvm.load %v1393 : !llvm.ptr -> f32
                %v1395 = arith.muli %v53, %v435 : i64
                %v1396 = arith.muli %v1389, %v434 : i64
                %v1397 = arith.addi %v1395, %v1396 : i64
                %v1398 = arith.muli %v51, %v433 : i64
                %v1399 = arith.addi %v1397, %v1398 : i64
                %v1400 = arith.muli %v49, %v2 : i64
                %v1401 = arith.addi %v1399, %v1400 : i64
                %v1402 = llvm.getelementptr %dy_o[%v1401] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1403 = llvm.load %v1402 : !llvm.ptr -> f32
                %v1404 = arith.mulf %v1394, %v640 fastmath<contract> : f32
                %v1405 = arith.constant 8 : i64
                %v1406 = arith.addi %v1405, %v39 : i64
                %v1407 = arith.muli %v1406, %v221 : i64
                %v1408 = arith.subi %v1389, %v191 : i64
                %v1409 = arith.addi %v1407, %v1408 : i64
                %v1410 = llvm.getelementptr %v76[%v1409] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1411 = llvm.load %v1410 : !llvm.ptr -> f32
                %v1412 = arith.mulf %v1411, %v642 fastmath<contract> : f32
                %v1413 = arith.addf %v1404, %v1412 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1414, %v1415 = gpu.shuffle xor %v1413, %v796, %v797 : f32
                %v1416 = arith.addf %v1413, %v1414 fastmath<contract> : f32
                %v1417, %v1418 = gpu.shuffle xor %v1416, %v801, %v797 : f32
                %v1419 = arith.addf %v1416, %v1417 fastmath<contract> : f32
                %v1420, %v1421 = gpu.shuffle xor %v1419, %v805, %v797 : f32
                %v1422 = arith.addf %v1419, %v1420 fastmath<contract> : f32
                // end sum over the lanes
                %v1423 = llvm.call_intrinsic "llvm.fabs.f32"(%v1422) : (f32) -> f32
                %v1424 = arith.maximumf %v84, %v1423 : f32
                %v1425 = arith.divf %v1403, %v1424 : f32
                %v1426 = arith.mulf %v1394, %v1425 fastmath<contract> : f32
                %v1427 = llvm.load %v59 : !llvm.ptr -> f32
                %v1428 = llvm.load %v63 : !llvm.ptr -> f32
                %v1429 = arith.mulf %v1428, %v1427 fastmath<contract> : f32
                %v1430 = arith.addf %v1426, %v1429 fastmath<contract> : f32
                llvm.store %v1430, %v59 : f32, !llvm.ptr
                %v1431 = arith.mulf %v1411, %v1425 fastmath<contract> : f32
                %v1432 = llvm.load %v60 : !llvm.ptr -> f32
                %v1433 = llvm.load %v64 : !llvm.ptr -> f32
                %v1434 = arith.mulf %v1433, %v1432 fastmath<contract> : f32
                %v1435 = arith.addf %v1431, %v1434 fastmath<contract> : f32
                llvm.store %v1435, %v60 : f32, !llvm.ptr
                %v1436 = arith.mulf %v1394, %v626 fastmath<contract> : f32
                %v1437 = arith.mulf %v1411, %v638 fastmath<contract> : f32
                %v1438 = arith.addf %v1436, %v1437 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1439, %v1440 = gpu.shuffle xor %v1438, %v796, %v797 : f32
                %v1441 = arith.addf %v1438, %v1439 fastmath<contract> : f32
                %v1442, %v1443 = gpu.shuffle xor %v1441, %v801, %v797 : f32
                %v1444 = arith.addf %v1441, %v1442 fastmath<contract> : f32
                %v1445, %v1446 = gpu.shuffle xor %v1444, %v805, %v797 : f32
                %v1447 = arith.addf %v1444, %v1445 fastmath<contract> : f32
                // end sum over the lanes
                %v1448 = arith.divf %v1447, %v1424 : f32
                %v1449 = arith.divf %v1448, %v1424 : f32
                %v1450 = arith.mulf %v1403, %v1449 fastmath<contract> : f32
                %v1451 = arith.negf %v1450 : f32
                %v1452 = arith.cmpf oge, %v84, %v1423 : f32
                %v1453 = arith.select %v1452, %v84, %v83 : f32
                %v1454 = arith.subf %v84, %v1453 fastmath<contract> : f32
                %v1455 = arith.mulf %v1451, %v1454 fastmath<contract> : f32
                %v1456 = arith.cmpf olt, %v1422, %v83 : f32
                %v1457 = arith.select %v1456, %v842, %v83 : f32
                %v1458 = arith.cmpf ogt, %v1422, %v83 : f32
                %v1459 = arith.select %v1458, %v84, %v1457 : f32
                %v1460 = arith.mulf %v1455, %v1459 fastmath<contract> : f32
                %v1461 = arith.mulf %v1394, %v1460 fastmath<contract> : f32
                %v1462 = llvm.load %v61 : !llvm.ptr -> f32
                %v1463 = llvm.load %v65 : !llvm.ptr -> f32
                %v1464 = arith.mulf %v1463, %v1462 fastmath<contract> : f32
                %v1465 = arith.addf %v1461, %v1464 fastmath<contract> : f32
                llvm.store %v1465, %v61 : f32, !llvm.ptr
                %v1466 = arith.mulf %v1411, %v1460 fastmath<contract> : f32
                %v1467 = llvm.load %v62 : !llvm.ptr -> f32
                %v1468 = llvm.load %v66 : !llvm.ptr -> f32
                %v1469 = arith.mulf %v1468, %v1467 fastmath<contract> : f32
                %v1470 = arith.addf %v1466, %v1469 fastmath<contract> : f32
                llvm.store %v1470, %v62 : f32, !llvm.ptr
                scf.if %v1387 {
                }
                %v1471 = arith.mulf %v640, %v1460 fastmath<contract> : f32
                %v1472 = arith.mulf %v626, %v1425 fastmath<contract> : f32
                %v1473 = arith.addf %v1471, %v1472 fastmath<contract> : f32
                %v1474 = arith.mulf %v642, %v1460 fastmath<contract> : f32
                %v1475 = arith.mulf %v638, %v1425 fastmath<contract> : f32
                %v1476 = arith.addf %v1474, %v1475 fastmath<contract> : f32
                %v1477 = arith.muli %v85, %v221 : i64
                %v1478 = arith.subi %v1389, %v191 : i64
                %v1479 = arith.addi %v1477, %v1478 : i64
                %v1480 = llvm.getelementptr %v80[%v1479] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1481 = llvm.load %v1480 : !llvm.ptr -> f32
                %v1482 = arith.mulf %v1481, %v412 fastmath<contract> : f32
                %v1483 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1482) : (f32) -> f32
                %v1484 = llvm.load %v61 : !llvm.ptr -> f32
                %v1485 = arith.muli %v53, %v435 : i64
                %v1486 = arith.muli %v1389, %v434 : i64
                %v1487 = arith.addi %v1485, %v1486 : i64
                %v1488 = arith.muli %v51, %v433 : i64
                %v1489 = arith.addi %v1487, %v1488 : i64
                %v1490 = arith.muli %v49, %v2 : i64
                %v1491 = arith.addi %v1489, %v1490 : i64
                %v1492 = llvm.getelementptr %in_v[%v1491] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1493 = llvm.load %v1492 : !llvm.ptr -> f32
                %v1494 = llvm.load %v59 : !llvm.ptr -> f32
                %v1495 = arith.mulf %v1493, %v1494 fastmath<contract> : f32
                %v1496 = arith.addf %v1484, %v1495 fastmath<contract> : f32
                %v1497 = arith.mulf %v1483, %v1496 fastmath<contract> : f32
                %v1499 = llvm.call_intrinsic "llvm.sqrt.f32"(%v1498) : (f32) -> f32
                %v1500 = arith.divf %v1497, %v1499 : f32
                %v1501 = llvm.load %v62 : !llvm.ptr -> f32
                %v1502 = llvm.load %v60 : !llvm.ptr -> f32
                %v1503 = arith.mulf %v1493, %v1502 fastmath<contract> : f32
                %v1504 = arith.addf %v1501, %v1503 fastmath<contract> : f32
                %v1505 = arith.mulf %v1483, %v1504 fastmath<contract> : f32
                %v1506 = arith.divf %v1505, %v1499 : f32
                %v1507 = arith.muli %v39, %v221 : i64
                %v1508 = arith.subi %v1389, %v191 : i64
                %v1509 = arith.addi %v1507, %v1508 : i64
                %v1510 = llvm.getelementptr %v78[%v1509] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1511 = llvm.load %v1510 : !llvm.ptr -> f32
                %v1512 = arith.divf %v1511, %v1499 : f32
                %v1513 = arith.mulf %v1483, %v1512 fastmath<contract> : f32
                %v1514 = arith.mulf %v1513, %v1494 fastmath<contract> : f32
                %v1515 = arith.constant 8 : i64
                %v1516 = arith.addi %v1515, %v39 : i64
                %v1517 = arith.muli %v1516, %v221 : i64
                %v1518 = arith.subi %v1389, %v191 : i64
                %v1519 = arith.addi %v1517, %v1518 : i64
                %v1520 = llvm.getelementptr %v78[%v1519] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1521 = llvm.load %v1520 : !llvm.ptr -> f32
                %v1522 = arith.divf %v1521, %v1499 : f32
                %v1523 = arith.mulf %v1483, %v1522 fastmath<contract> : f32
                %v1524 = arith.mulf %v1523, %v1502 fastmath<contract> : f32
                %v1525 = arith.addf %v1514, %v1524 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1526, %v1527 = gpu.shuffle xor %v1525, %v796, %v797 : f32
                %v1528 = arith.addf %v1525, %v1526 fastmath<contract> : f32
                %v1529, %v1530 = gpu.shuffle xor %v1528, %v801, %v797 : f32
                %v1531 = arith.addf %v1528, %v1529 fastmath<contract> : f32
                %v1532, %v1533 = gpu.shuffle xor %v1531, %v805, %v797 : f32
                %v1534 = arith.addf %v1531, %v1532 fastmath<contract> : f32
                // end sum over the lanes
                %v1535 = arith.cmpi eq, %v39, %v85 : i64
                %v1536 = arith.andi %v43, %v1535 : i1
                scf.if %v1536 {
                  %v1537 = arith.muli %v53, %v435 : i64
                  %v1538 = arith.muli %v1389, %v434 : i64
                  %v1539 = arith.addi %v1537, %v1538 : i64
                  %v1540 = arith.muli %v51, %v433 : i64
                  %v1541 = arith.addi %v1539, %v1540 : i64
                  %v1542 = arith.muli %v49, %v2 : i64
                  %v1543 = arith.addi %v1541, %v1542 : i64
                  %v1544 = llvm.getelementptr %dx_v[%v1543] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1534, %v1544 : f32, !llvm.ptr
                }
                %v1545 = arith.mulf %v1512, %v1496 fastmath<contract> : f32
                %v1546 = arith.mulf %v1522, %v1504 fastmath<contract> : f32
                %v1547 = arith.addf %v1545, %v1546 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1548, %v1549 = gpu.shuffle xor %v1547, %v796, %v797 : f32
                %v1550 = arith.addf %v1547, %v1548 fastmath<contract> : f32
                %v1551, %v1552 = gpu.shuffle xor %v1550, %v801, %v797 : f32
                %v1553 = arith.addf %v1550, %v1551 fastmath<contract> : f32
                %v1554, %v1555 = gpu.shuffle xor %v1553, %v805, %v797 : f32
                %v1556 = arith.addf %v1553, %v1554 fastmath<contract> : f32
                // end sum over the lanes
                %v1557 = arith.mulf %v1483, %v1556 fastmath<contract> : f32
                %v1558 = arith.mulf %v569, %v1494 fastmath<contract> : f32
                %v1559 = arith.mulf %v581, %v1502 fastmath<contract> : f32
                %v1560 = arith.addf %v1558, %v1559 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1561, %v1562 = gpu.shuffle xor %v1560, %v796, %v797 : f32
                %v1563 = arith.addf %v1560, %v1561 fastmath<contract> : f32
                %v1564, %v1565 = gpu.shuffle xor %v1563, %v801, %v797 : f32
                %v1566 = arith.addf %v1563, %v1564 fastmath<contract> : f32
                %v1567, %v1568 = gpu.shuffle xor %v1566, %v805, %v797 : f32
                %v1569 = arith.addf %v1566, %v1567 fastmath<contract> : f32
                // end sum over the lanes
                %v1570 = arith.mulf %v583, %v1484 fastmath<contract> : f32
                %v1571 = arith.mulf %v585, %v1501 fastmath<contract> : f32
                %v1572 = arith.addf %v1570, %v1571 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1573, %v1574 = gpu.shuffle xor %v1572, %v796, %v797 : f32
                %v1575 = arith.addf %v1572, %v1573 fastmath<contract> : f32
                %v1576, %v1577 = gpu.shuffle xor %v1575, %v801, %v797 : f32
                %v1578 = arith.addf %v1575, %v1576 fastmath<contract> : f32
                %v1579, %v1580 = gpu.shuffle xor %v1578, %v805, %v797 : f32
                %v1581 = arith.addf %v1578, %v1579 fastmath<contract> : f32
                // end sum over the lanes
                %v1582 = arith.addf %v1569, %v1581 fastmath<contract> : f32
                %v1583 = arith.muli %v85, %v221 : i64
                %v1584 = arith.subi %v1389, %v191 : i64
                %v1585 = arith.addi %v1583, %v1584 : i64
                %v1586 = llvm.getelementptr %v82[%v1585] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1587 = llvm.load %v1586 : !llvm.ptr -> f32
                %v1588 = arith.negf %v1587 : f32
                %v1589 = arith.mulf %v1588, %v412 fastmath<contract> : f32
                %v1590 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1589) : (f32) -> f32
                %v1591 = arith.addf %v84, %v1590 fastmath<contract> : f32
                %v1592 = arith.divf %v84, %v1591 : f32
                %v1593 = arith.subf %v84, %v1592 fastmath<contract> : f32
                %v1594 = arith.mulf %v1592, %v1593 fastmath<contract> : f32
                %v1595 = arith.mulf %v1582, %v1594 fastmath<contract> : f32
                %v1596 = arith.select %v43, %v1473, %v83 : f32
                // sum over the warp's outer points: shuffles
                %v1597, %v1598 = gpu.shuffle xor %v1596, %v984, %v797 : f32
                %v1599 = arith.addf %v1596, %v1597 fastmath<contract> : f32
                %v1600, %v1601 = gpu.shuffle xor %v1599, %v988, %v797 : f32
                %v1602 = arith.addf %v1599, %v1600 fastmath<contract> : f32
                %v1603 = arith.divui %v24, %v26 : i64
                %v1604 = arith.remui %v24, %v26 : i64
                %v1605 = arith.cmpi ult, %v1604, %v38 : i64
                %v1606 = arith.addi %v85, %v39 : i64
                %v1607 = arith.muli %v1603, %v1 : i64
                %v1608 = arith.addi %v1607, %v1606 : i64
                %v1609 = arith.muli %v1608, %v998 : i64
                %v1610 = arith.addi %v1609, %v1388 : i64
                scf.if %v1605 {
                  %v1611 = llvm.getelementptr %v68[%v1610] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1602, %v1611 : f32, !llvm.ptr
                }
                %v1612 = arith.select %v43, %v1476, %v83 : f32
                // sum over the warp's outer points: shuffles
                %v1613, %v1614 = gpu.shuffle xor %v1612, %v984, %v797 : f32
                %v1615 = arith.addf %v1612, %v1613 fastmath<contract> : f32
                %v1616, %v1617 = gpu.shuffle xor %v1615, %v988, %v797 : f32
                %v1618 = arith.addf %v1615, %v1616 fastmath<contract> : f32
                %v1619 = arith.divui %v24, %v26 : i64
                %v1620 = arith.remui %v24, %v26 : i64
                %v1621 = arith.cmpi ult, %v1620, %v38 : i64
                %v1622 = arith.addi %v38, %v39 : i64
                %v1623 = arith.muli %v1619, %v1 : i64
                %v1624 = arith.addi %v1623, %v1622 : i64
                %v1625 = arith.muli %v1624, %v998 : i64
                %v1626 = arith.addi %v1625, %v1388 : i64
                scf.if %v1621 {
                  %v1627 = llvm.getelementptr %v68[%v1626] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1618, %v1627 : f32, !llvm.ptr
                }
                %v1628 = arith.select %v43, %v1500, %v83 : f32
                // sum over the warp's outer points: shuffles
                %v1629, %v1630 = gpu.shuffle xor %v1628, %v984, %v797 : f32
                %v1631 = arith.addf %v1628, %v1629 fastmath<contract> : f32
                %v1632, %v1633 = gpu.shuffle xor %v1631, %v988, %v797 : f32
                %v1634 = arith.addf %v1631, %v1632 fastmath<contract> : f32
                %v1635 = arith.divui %v24, %v26 : i64
                %v1636 = arith.remui %v24, %v26 : i64
                %v1637 = arith.cmpi ult, %v1636, %v38 : i64
                %v1638 = arith.addi %v85, %v39 : i64
                %v1639 = arith.muli %v1635, %v1 : i64
                %v1640 = arith.addi %v1639, %v1638 : i64
                %v1641 = arith.muli %v1640, %v998 : i64
                %v1642 = arith.addi %v1641, %v1388 : i64
                scf.if %v1637 {
                  %v1643 = llvm.getelementptr %v70[%v1642] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1634, %v1643 : f32, !llvm.ptr
                }
                %v1644 = arith.select %v43, %v1506, %v83 : f32
                // sum over the warp's outer points: shuffles
                %v1645, %v1646 = gpu.shuffle xor %v1644, %v984, %v797 : f32
                %v1647 = arith.addf %v1644, %v1645 fastmath<contract> : f32
                %v1648, %v1649 = gpu.shuffle xor %v1647, %v988, %v797 : f32
                %v1650 = arith.addf %v1647, %v1648 fastmath<contract> : f32
                %v1651 = arith.divui %v24, %v26 : i64
                %v1652 = arith.remui %v24, %v26 : i64
                %v1653 = arith.cmpi ult, %v1652, %v38 : i64
                %v1654 = arith.addi %v38, %v39 : i64
                %v1655 = arith.muli %v1651, %v1 : i64
                %v1656 = arith.addi %v1655, %v1654 : i64
                %v1657 = arith.muli %v1656, %v998 : i64
                %v1658 = arith.addi %v1657, %v1388 : i64
                scf.if %v1653 {
                  %v1659 = llvm.getelementptr %v70[%v1658] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1650, %v1659 : f32, !llvm.ptr
                }
                %v1660 = arith.select %v43, %v1557, %v83 : f32
                // sum over the warp's outer points: shuffles
                %v1661, %v1662 = gpu.shuffle xor %v1660, %v984, %v797 : f32
                %v1663 = arith.addf %v1660, %v1661 fastmath<contract> : f32
                %v1664, %v1665 = gpu.shuffle xor %v1663, %v988, %v797 : f32
                %v1666 = arith.addf %v1663, %v1664 fastmath<contract> : f32
                %v1667 = arith.divui %v24, %v26 : i64
                %v1668 = arith.remui %v24, %v26 : i64
                %v1669 = arith.cmpi ult, %v1668, %v2 : i64
                %v1670 = arith.muli %v1667, %v2 : i64
                %v1671 = arith.addi %v1670, %v85 : i64
                %v1672 = arith.muli %v1671, %v998 : i64
                %v1673 = arith.addi %v1672, %v1388 : i64
                scf.if %v1669 {
                  %v1674 = llvm.getelementptr %v72[%v1673] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1666, %v1674 : f32, !llvm.ptr
                }
                %v1675 = arith.select %v43, %v1595, %v83 : f32
                // sum over the warp's outer points: shuffles
                %v1676, %v1677 = gpu.shuffle xor %v1675, %v984, %v797 : f32
                %v1678 = arith.addf %v1675, %v1676 fastmath<contract> : f32
                %v1679, %v1680 = gpu.shuffle xor %v1678, %v988, %v797 : f32
                %v1681 = arith.addf %v1678, %v1679 fastmath<contract> : f32
                %v1682 = arith.divui %v24, %v26 : i64
                %v1683 = arith.remui %v24, %v26 : i64
                %v1684 = arith.cmpi ult, %v1683, %v2 : i64
                %v1685 = arith.muli %v1682, %v2 : i64
                %v1686 = arith.addi %v1685, %v85 : i64
                %v1687 = arith.muli %v1686, %v998 : i64
                %v1688 = arith.addi %v1687, %v1388 : i64
                scf.if %v1684 {
                  %v1689 = llvm.getelementptr %v74[%v1688] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1681, %v1689 : f32, !llvm.ptr
                }
                llvm.store %v1592, %v63 : f32, !llvm.ptr
                llvm.store %v1592, %v64 : f32, !llvm.ptr
                llvm.store %v1592, %v65 : f32, !llvm.ptr
                llvm.store %v1592, %v66 : f32, !llvm.ptr
                %v1690 = arith.addi %v486, %v85 : i64
                %v1692 = arith.cmpi slt, %v1691, %v759 : i32
                %v1693 = arith.cmpi eq, %v1691, %v765 : i32
                %v1694 = arith.addi %v488, %v176 : i64
                %v1695 = arith.addi %v191, %v1690 : i64
                %v1696 = arith.muli %v39, %v221 : i64
                %v1697 = arith.subi %v1695, %v191 : i64
                %v1698 = arith.addi %v1696, %v1697 : i64
                %v1699 = llvm.getelementptr %v76[%v1698] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1700 = llvm.load %v1699 : !llvm.ptr -> f32
                %v1701 = arith.muli %v53, %v435 : i64
                %v1702 = arith.muli %v1695, %v434 : i64
                %v1703 = arith.addi %v1701, %v1702 : i64
                %v1704 = arith.muli %v51, %v433 : i64
                %v1705 = arith.addi %v1703, %v1704 : i64
                %v1706 = arith.muli %v49, %v2 : i64
                %v1707 = arith.addi %v1705, %v1706 : i64
                %v1708 = llvm.getelementptr %dy_o[%v1707] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1709 = llvm.load %v1708 : !llvm.ptr -> f32
                %v1710 = arith.mulf %v1700, %v583 fastmath<contract> : f32
                %v1711 = arith.constant 8 : i64
                %v1712 = arith.addi %v1711, %v39 : i64
                %v1713 = arith.muli %v1712, %v221 : i64
                %v1714 = arith.subi %v1695, %v191 : i64
                %v1715 = arith.addi %v1713, %v1714 : i64
                %v1716 = llvm.getelementptr %v76[%v1715] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1717 = llvm.load %v1716 : !llvm.ptr -> f32
                %v1718 = arith.mulf %v1717, %v585 fastmath<contract> : f32
                %v1719 = arith.addf %v1710, %v1718 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1720, %v1721 = gpu.shuffle xor %v1719, %v796, %v797 : f32
                %v1722 = arith.addf %v1719, %v1720 fastmath<contract> : f32
                %v1723, %v1724 = gpu.shuffle xor %v1722, %v801, %v797 : f32
                %v1725 = arith.addf %v1722, %v1723 fastmath<contract> : f32
                %v1726, %v1727 = gpu.shuffle xor %v1725, %v805, %v797 : f32
                %v1728 = arith.addf %v1725, %v1726 fastmath<contract> : f32
                // end sum over the lanes
                %v1729 = llvm.call_intrinsic "llvm.fabs.f32"(%v1728) : (f32) -> f32
                %v1730 = arith.maximumf %v84, %v1729 : f32
                %v1731 = arith.divf %v1709, %v1730 : f32
                %v1732 = arith.mulf %v1700, %v1731 fastmath<contract> : f32
                %v1733 = llvm.load %v59 : !llvm.ptr -> f32
                %v1734 = llvm.load %v63 : !llvm.ptr -> f32
                %v1735 = arith.mulf %v1734, %v1733 fastmath<contract> : f32
                %v1736 = arith.addf %v1732, %v1735 fastmath<contract> : f32
                llvm.store %v1736, %v59 : f32, !llvm.ptr
                %v1737 = arith.mulf %v1717, %v1731 fastmath<contract> : f32
                %v1738 = llvm.load %v60 : !llvm.ptr -> f32
                %v1739 = llvm.load %v64 : !llvm.ptr -> f32
                %v1740 = arith.mulf %v1739, %v1738 fastmath<contract> : f32
                %v1741 = arith.addf %v1737, %v1740 fastmath<contract> : f32
                llvm.store %v1741, %v60 : f32, !llvm.ptr
                %v1742 = arith.mulf %v1700, %v569 fastmath<contract> : f32
                %v1743 = arith.mulf %v1717, %v581 fastmath<contract> : f32
                %v1744 = arith.addf %v1742, %v1743 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1745, %v1746 = gpu.shuffle xor %v1744, %v796, %v797 : f32
                %v1747 = arith.addf %v1744, %v1745 fastmath<contract> : f32
                %v1748, %v1749 = gpu.shuffle xor %v1747, %v801, %v797 : f32
                %v1750 = arith.addf %v1747, %v1748 fastmath<contract> : f32
                %v1751, %v1752 = gpu.shuffle xor %v1750, %v805, %v797 : f32
                %v1753 = arith.addf %v1750, %v1751 fastmath<contract> : f32
                // end sum over the lanes
                %v1754 = arith.divf %v1753, %v1730 : f32
                %v1755 = arith.divf %v1754, %v1730 : f32
                %v1756 = arith.mulf %v1709, %v1755 fastmath<contract> : f32
                %v1757 = arith.negf %v1756 : f32
                %v1758 = arith.cmpf oge, %v84, %v1729 : f32
                %v1759 = arith.select %v1758, %v84, %v83 : f32
                %v1760 = arith.subf %v84, %v1759 fastmath<contract> : f32
                %v1761 = arith.mulf %v1757, %v1760 fastmath<contract> : f32
                %v1762 = arith.cmpf olt, %v1728, %v83 : f32
                %v1763 = arith.select %v1762, %v842, %v83 : f32
                %v1764 = arith.cmpf ogt, %v1728, %v83 : f32
                %v1765 = arith.select %v1764, %v84, %v1763 : f32
                %v1766 = arith.mulf %v1761, %v1765 fastmath<contract> : f32
                %v1767 = arith.mulf %v1700, %v1766 fastmath<contract> : f32
                %v1768 = llvm.load %v61 : !llvm.ptr -> f32
                %v1769 = llvm.load %v65 : !llvm.ptr -> f32
                %v1770 = arith.mulf %v1769, %v1768 fastmath<contract> : f32
                %v1771 = arith.addf %v1767, %v1770 fastmath<contract> : f32
                llvm.store %v1771, %v61 : f32, !llvm.ptr
                %v1772 = arith.mulf %v1717, %v1766 fastmath<contract> : f32
                %v1773 = llvm.load %v62 : !llvm.ptr -> f32
                %v1774 = llvm.load %v66 : !llvm.ptr -> f32
                %v1775 = arith.mulf %v1774, %v1773 fastmath<contract> : f32
                %v1776 = arith.addf %v1772, %v1775 fastmath<contract> : f32
                llvm.store %v1776, %v62 : f32, !llvm.ptr
                scf.if %v1693 {
                }
                %v1777 = arith.mulf %v583, %v1766 fastmath<contract> : f32
                %v1778 = arith.mulf %v569, %v1731 fastmath<contract> : f32
                %v1779 = arith.addf %v1777, %v1778 fastmath<contract> : f32
                %v1780 = arith.mulf %v585, %v1766 fastmath<contract> : f32
                %v1781 = arith.mulf %v581, %v1731 fastmath<contract> : f32
                %v1782 = arith.addf %v1780, %v1781 fastmath<contract> : f32
                %v1783 = arith.muli %v85, %v221 : i64
                %v1784 = arith.subi %v1695, %v191 : i64
                %v1785 = arith.addi %v1783, %v1784 : i64
                %v1786 = llvm.getelementptr %v80[%v1785] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1787 = llvm.load %v1786 : !llvm.ptr -> f32
                %v1788 = arith.mulf %v1787, %v412 fastmath<contract> : f32
                %v1789 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1788) : (f32) -> f32
                %v1790 = llvm.load %v61 : !llvm.ptr -> f32
                %v1791 = arith.muli %v53, %v435 : i64
                %v1792 = arith.muli %v1695, %v434 : i64
                %v1793 = arith.addi %v1791, %v1792 : i64
                %v1794 = arith.muli %v51, %v433 : i64
                %v1795 = arith.addi %v1793, %v1794 : i64
                %v1796 = arith.muli %v49, %v2 : i64
                %v1797 = arith.addi %v1795, %v1796 : i64
                %v1798 = llvm.getelementptr %in_v[%v1797] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1799 = llvm.load %v1798 : !llvm.ptr -> f32
                %v1800 = llvm.load %v59 : !llvm.ptr -> f32
                %v1801 = arith.mulf %v1799, %v1800 fastmath<contract> : f32
                %v1802 = arith.addf %v1790, %v1801 fastmath<contract> : f32
                %v1803 = arith.mulf %v1789, %v1802 fastmath<contract> : f32
                %v1805 = llvm.call_intrinsic "llvm.sqrt.f32"(%v1804) : (f32) -> f32
                %v1806 = arith.divf %v1803, %v1805 : f32
                %v1807 = llvm.load %v62 : !llvm.ptr -> f32
                %v1808 = llvm.load %v60 : !llvm.ptr -> f32
                %v1809 = arith.mulf %v1799, %v1808 fastmath<contract> : f32
                %v1810 = arith.addf %v1807, %v1809 fastmath<contract> : f32
                %v1811 = arith.mulf %v1789, %v1810 fastmath<contract> : f32
                %v1812 = arith.divf %v1811, %v1805 : f32
                %v1813 = arith.muli %v39, %v221 : i64
                %v1814 = arith.subi %v1695, %v191 : i64
                %v1815 = arith.addi %v1813, %v1814 : i64
                %v1816 = llvm.getelementptr %v78[%v1815] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1817 = llvm.load %v1816 : !llvm.ptr -> f32
                %v1818 = arith.divf %v1817, %v1805 : f32
                %v1819 = arith.mulf %v1789, %v1818 fastmath<contract> : f32
                %v1820 = arith.mulf %v1819, %v1800 fastmath<contract> : f32
                %v1821 = arith.constant 8 : i64
                %v1822 = arith.addi %v1821, %v39 : i64
                %v1823 = arith.muli %v1822, %v221 : i64
                %v1824 = arith.subi %v1695, %v191 : i64
                %v1825 = arith.addi %v1823, %v1824 : i64
                %v1826 = llvm.getelementptr %v78[%v1825] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1827 = llvm.load %v1826 : !llvm.ptr -> f32
                %v1828 = arith.divf %v1827, %v1805 : f32
                %v1829 = arith.mulf %v1789, %v1828 fastmath<contract> : f32
                %v1830 = arith.mulf %v1829, %v1808 fastmath<contract> : f32
                %v1831 = arith.addf %v1820, %v1830 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1832, %v1833 = gpu.shuffle xor %v1831, %v796, %v797 : f32
                %v1834 = arith.addf %v1831, %v1832 fastmath<contract> : f32
                %v1835, %v1836 = gpu.shuffle xor %v1834, %v801, %v797 : f32
                %v1837 = arith.addf %v1834, %v1835 fastmath<contract> : f32
                %v1838, %v1839 = gpu.shuffle xor %v1837, %v805, %v797 : f32
                %v1840 = arith.addf %v1837, %v1838 fastmath<contract> : f32
                // end sum over the lanes
                %v1841 = arith.cmpi eq, %v39, %v85 : i64
                %v1842 = arith.andi %v43, %v1841 : i1
                scf.if %v1842 {
                  %v1843 = arith.muli %v53, %v435 : i64
                  %v1844 = arith.muli %v1695, %v434 : i64
                  %v1845 = arith.addi %v1843, %v1844 : i64
                  %v1846 = arith.muli %v51, %v433 : i64
                  %v1847 = arith.addi %v1845, %v1846 : i64
                  %v1848 = arith.muli %v49, %v2 : i64
                  %v1849 = arith.addi %v1847, %v1848 : i64
                  %v1850 = llvm.getelementptr %dx_v[%v1849] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1840, %v1850 : f32, !llvm.ptr
                }
                %v1851 = arith.mulf %v1818, %v1802 fastmath<contract> : f32
                %v1852 = arith.mulf %v1828, %v1810 fastmath<contract> : f32
                %v1853 = arith.addf %v1851, %v1852 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1854, %v1855 = gpu.shuffle xor %v1853, %v796, %v797 : f32
                %v1856 = arith.addf %v1853, %v1854 fastmath<contract> : f32
                %v1857, %v1858 = gpu.shuffle xor %v1856, %v801, %v797 : f32
                %v1859 = arith.addf %v1856, %v1857 fastmath<contract> : f32
                %v1860, %v1861 = gpu.shuffle xor %v1859, %v805, %v797 : f32
                %v1862 = arith.addf %v1859, %v1860 fastmath<contract> : f32
                // end sum over the lanes
                %v1863 = arith.mulf %v1789, %v1862 fastmath<contract> : f32
                %v1864 = arith.mulf %v501, %v1800 fastmath<contract> : f32
                %v1865 = arith.mulf %v510, %v1808 fastmath<contract> : f32
                %v1866 = arith.addf %v1864, %v1865 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1867, %v1868 = gpu.shuffle xor %v1866, %v796, %v797 : f32
                %v1869 = arith.addf %v1866, %v1867 fastmath<contract> : f32
                %v1870, %v1871 = gpu.shuffle xor %v1869, %v801, %v797 : f32
                %v1872 = arith.addf %v1869, %v1870 fastmath<contract> : f32
                %v1873, %v1874 = gpu.shuffle xor %v1872, %v805, %v797 : f32
                %v1875 = arith.addf %v1872, %v1873 fastmath<contract> : f32
                // end sum over the lanes
                %v1876 = arith.mulf %v519, %v1790 fastmath<contract> : f32
                %v1877 = arith.mulf %v528, %v1807 fastmath<contract> : f32
                %v1878 = arith.addf %v1876, %v1877 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1879, %v1880 = gpu.shuffle xor %v1878, %v796, %v797 : f32
                %v1881 = arith.addf %v1878, %v1879 fastmath<contract> : f32
                %v1882, %v1883 = gpu.shuffle xor %v1881, %v801, %v797 : f32
                %v1884 = arith.addf %v1881, %v1882 fastmath<contract> : f32
                %v1885, %v1886 = gpu.shuffle xor %v1884, %v805, %v797 : f32
                %v1887 = arith.addf %v1884, %v1885 fastmath<contract> : f32
                // end sum over the lanes
                %v1888 = arith.addf %v1875, %v1887 fastmath<contract> : f32
                %v1889 = arith.muli %v85, %v221 : i64
                %v1890 = arith.subi %v1695, %v191 : i64
                %v1891 = arith.addi %v1889, %v1890 : i64
                %v1892 = llvm.getelementptr %v82[%v1891] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1893 = llvm.load %v1892 : !llvm.ptr -> f32
                %v1894 = arith.negf %v1893 : f32
                %v1895 = arith.mulf %v1894, %v412 fastmath<contract> : f32
                %v1896 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1895) : (f32) -> f32
                %v1897 = arith.addf %v84, %v1896 fastmath<contract> : f32
                %v1898 = arith.divf %v84, %v1897 : f32
                %v1899 = arith.subf %v84, %v1898 fastmath<contract> : f32
                %v1900 = arith.mulf %v1898, %v1899 fastmath<contract> : f32
                %v1901 = arith.mulf %v1888, %v1900 fastmath<contract> : f32
                %v1902 = arith.select %v43, %v1779, %v83 : f32
                // sum over the warp's outer points: shuffles
                %v1903, %v1904 = gpu.shuffle xor %v1902, %v984, %v797 : f32
                %v1905 = arith.addf %v1902, %v1903 fastmath<contract> : f32
                %v1906, %v1907 = gpu.shuffle xor %v1905, %v988, %v797 : f32
                %v1908 = arith.addf %v1905, %v1906 fastmath<contract> : f32
                %v1909 = arith.divui %v24, %v26 : i64
                %v1910 = arith.remui %v24, %v26 : i64
                %v1911 = arith.cmpi ult, %v1910, %v38 : i64
                %v1912 = arith.addi %v85, %v39 : i64
                %v1913 = arith.muli %v1909, %v1 : i64
                %v1914 = arith.addi %v1913, %v1912 : i64
                %v1915 = arith.muli %v1914, %v998 : i64
                %v1916 = arith.addi %v1915, %v1694 : i64
                scf.if %v1911 {
                  %v1917 = llvm.getelementptr %v68[%v1916] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1908, %v1917 : f32, !llvm.ptr
                }
                %v1918 = arith.select %v43, %v1782, %v83 : f32
                // sum over the warp's outer points: shuffles
                %v1919, %v1920 = gpu.shuffle xor %v1918, %v984, %v797 : f32
                %v1921 = arith.addf %v1918, %v1919 fastmath<contract> : f32
                %v1922, %v1923 = gpu.shuffle xor %v1921, %v988, %v797 : f32
                %v1924 = arith.addf %v1921, %v1922 fastmath<contract> : f32
                %v1925 = arith.divui %v24, %v26 : i64
                %v1926 = arith.remui %v24, %v26 : i64
                %v1927 = arith.cmpi ult, %v1926, %v38 : i64
                %v1928 = arith.addi %v38, %v39 : i64
                %v1929 = arith.muli %v1925, %v1 : i64
                %v1930 = arith.addi %v1929, %v1928 : i64
                %v1931 = arith.muli %v1930, %v998 : i64
                %v1932 = arith.addi %v1931, %v1694 : i64
                scf.if %v1927 {
                  %v1933 = llvm.getelementptr %v68[%v1932] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1924, %v1933 : f32, !llvm.ptr
                }
                %v1934 = arith.select %v43, %v1806, %v83 : f32
                // sum over the warp's outer points: shuffles
                %v1935, %v1936 = gpu.shuffle xor %v1934, %v984, %v797 : f32
                %v1937 = arith.addf %v1934, %v1935 fastmath<contract> : f32
                %v1938, %v1939 = gpu.shuffle xor %v1937, %v988, %v797 : f32
                %v1940 = arith.addf %v1937, %v1938 fastmath<contract> : f32
                %v1941 = arith.divui %v24, %v26 : i64
                %v1942 = arith.remui %v24, %v26 : i64
                %v1943 = arith.cmpi ult, %v1942, %v38 : i64
                %v1944 = arith.addi %v85, %v39 : i64
                %v1945 = arith.muli %v1941, %v1 : i64
                %v1946 = arith.addi %v1945, %v1944 : i64
                %v1947 = arith.muli %v1946, %v998 : i64
                %v1948 = arith.addi %v1947, %v1694 : i64
                scf.if %v1943 {
                  %v1949 = llvm.getelementptr %v70[%v1948] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1940, %v1949 : f32, !llvm.ptr
                }
                %v1950 = arith.select %v43, %v1812, %v83 : f32
                // sum over the warp's outer points: shuffles
                %v1951, %v1952 = gpu.shuffle xor %v1950, %v984, %v797 : f32
                %v1953 = arith.addf %v1950, %v1951 fastmath<contract> : f32
                %v1954, %v1955 = gpu.shuffle xor %v1953, %v988, %v797 : f32
                %v1956 = arith.addf %v1953, %v1954 fastmath<contract> : f32
                %v1957 = arith.divui %v24, %v26 : i64
                %v1958 = arith.remui %v24, %v26 : i64
                %v1959 = arith.cmpi ult, %v1958, %v38 : i64
                %v1960 = arith.addi %v38, %v39 : i64
                %v1961 = arith.muli %v1957, %v1 : i64
                %v1962 = arith.addi %v1961, %v1960 : i64
                %v1963 = arith.muli %v1962, %v998 : i64
                %v1964 = arith.addi %v1963, %v1694 : i64
                scf.if %v1959 {
                  %v1965 = llvm.getelementptr %v70[%v1964] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1956, %v1965 : f32, !llvm.ptr
                }
                %v1966 = arith.select %v43, %v1863, %v83 : f32
                // sum over the warp's outer points: shuffles
                %v1967, %v1968 = gpu.shuffle xor %v1966, %v984, %v797 : f32
                %v1969 = arith.addf %v1966, %v1967 fastmath<contract> : f32
                %v1970, %v1971 = gpu.shuffle xor %v1969, %v988, %v797 : f32
                %v1972 = arith.addf %v1969, %v1970 fastmath<contract> : f32
                %v1973 = arith.divui %v24, %v26 : i64
                %v1974 = arith.remui %v24, %v26 : i64
                %v1975 = arith.cmpi ult, %v1974, %v2 : i64
                %v1976 = arith.muli %v1973, %v2 : i64
                %v1977 = arith.addi %v1976, %v85 : i64
                %v1978 = arith.muli %v1977, %v998 : i64
                %v1979 = arith.addi %v1978, %v1694 : i64
                scf.if %v1975 {
                  %v1980 = llvm.getelementptr %v72[%v1979] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1972, %v1980 : f32, !llvm.ptr
                }
                %v1981 = arith.select %v43, %v1901, %v83 : f32
                // sum over the warp's outer points: shuffles
                %v1982, %v1983 = gpu.shuffle xor %v1981, %v984, %v797 : f32
                %v1984 = arith.addf %v1981, %v1982 fastmath<contract> : f32
                %v1985, %v1986 = gpu.shuffle xor %v1984, %v988, %v797 : f32
                %v1987 = arith.addf %v1984, %v1985 fastmath<contract> : f32
                %v1988 = arith.divui %v24, %v26 : i64
                %v1989 = arith.remui %v24, %v26 : i64
                %v1990 = arith.cmpi ult, %v1989, %v2 : i64
                %v1991 = arith.muli %v1988, %v2 : i64
                %v1992 = arith.addi %v1991, %v85 : i64
                %v1993 = arith.muli %v1992, %v998 : i64
                %v1994 = arith.addi %v1993, %v1694 : i64
                scf.if %v1990 {
                  %v1995 = llvm.getelementptr %v74[%v1994] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1987, %v1995 : f32, !llvm.ptr
                }
                llvm.store %v1898, %v63 : f32, !llvm.ptr
                llvm.store %v1898, %v64 : f32, !llvm.ptr
                llvm.store %v1898, %v65 : f32, !llvm.ptr
                llvm.store %v1898, %v66 : f32, !llvm.ptr
              } else {
                %v1996 = arith.subi %v193, %v2 : i64
                %v1997 = arith.muli %v489, %v5 : i64
                %v1998 = arith.subi %v5, %v2 : i64
                %v1999 = arith.minsi %v45, %v1998 : i64
                %v2000 = arith.addi %v1997, %v1999 : i64
                %v2001 = arith.muli %v2000, %v1 : i64
                %v2002 = arith.addi %v2001, %v85 : i64
                %v2003 = arith.addi %v2002, %v39 : i64
                %v2004 = llvm.getelementptr %scratch_C[%v2003] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2005 = llvm.load %v2004 : !llvm.ptr -> f32
                %v2006 = arith.muli %v489, %v5 : i64
                %v2007 = arith.subi %v5, %v2 : i64
                %v2008 = arith.minsi %v45, %v2007 : i64
                %v2009 = arith.addi %v2006, %v2008 : i64
                %v2010 = arith.muli %v2009, %v1 : i64
                %v2011 = arith.addi %v2010, %v38 : i64
                %v2012 = arith.addi %v2011, %v39 : i64
                %v2013 = llvm.getelementptr %scratch_C[%v2012] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2014 = llvm.load %v2013 : !llvm.ptr -> f32
                %v2015 = arith.muli %v489, %v5 : i64
                %v2016 = arith.subi %v5, %v2 : i64
                %v2017 = arith.minsi %v45, %v2016 : i64
                %v2018 = arith.addi %v2015, %v2017 : i64
                %v2019 = arith.muli %v2018, %v1 : i64
                %v2020 = arith.addi %v2019, %v85 : i64
                %v2021 = arith.addi %v2020, %v39 : i64
                %v2022 = llvm.getelementptr %scratch_n[%v2021] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2023 = llvm.load %v2022 : !llvm.ptr -> f32
                %v2024 = arith.muli %v489, %v5 : i64
                %v2025 = arith.subi %v5, %v2 : i64
                %v2026 = arith.minsi %v45, %v2025 : i64
                %v2027 = arith.addi %v2024, %v2026 : i64
                %v2028 = arith.muli %v2027, %v1 : i64
                %v2029 = arith.addi %v2028, %v38 : i64
                %v2030 = arith.addi %v2029, %v39 : i64
                %v2031 = llvm.getelementptr %scratch_n[%v2030] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2032 = llvm.load %v2031 : !llvm.ptr -> f32
                // the group's states, recomputed into registers
                %v2033 = arith.addi %v486, %v85 : i64
                %v2034 = arith.minsi %v2033, %v1996 : i64
                %v2035 = arith.addi %v191, %v2034 : i64
                %v2036 = arith.muli %v85, %v221 : i64
                %v2037 = arith.subi %v2035, %v191 : i64
                %v2038 = arith.addi %v2036, %v2037 : i64
                %v2039 = llvm.getelementptr %v82[%v2038] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2040 = llvm.load %v2039 : !llvm.ptr -> f32
                %v2041 = arith.negf %v2040 : f32
                %v2042 = arith.mulf %v2041, %v412 fastmath<contract> : f32
                %v2043 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2042) : (f32) -> f32
                %v2044 = arith.addf %v84, %v2043 fastmath<contract> : f32
                %v2045 = arith.divf %v84, %v2044 : f32
                %v2046 = arith.muli %v85, %v221 : i64
                %v2047 = arith.subi %v2035, %v191 : i64
                %v2048 = arith.addi %v2046, %v2047 : i64
                %v2049 = llvm.getelementptr %v80[%v2048] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2050 = llvm.load %v2049 : !llvm.ptr -> f32
                %v2051 = arith.mulf %v2050, %v412 fastmath<contract> : f32
                %v2052 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2051) : (f32) -> f32
                %v2053 = arith.muli %v39, %v221 : i64
                %v2054 = arith.subi %v2035, %v191 : i64
                %v2055 = arith.addi %v2053, %v2054 : i64
                %v2056 = llvm.getelementptr %v78[%v2055] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2057 = llvm.load %v2056 : !llvm.ptr -> f32
                %v2059 = llvm.call_intrinsic "llvm.sqrt.f32"(%v2058) : (f32) -> f32
                %v2060 = arith.divf %v2057, %v2059 : f32
                %v2061 = arith.mulf %v2052, %v2060 fastmath<contract> : f32
                %v2062 = arith.muli %v53, %v435 : i64
                %v2063 = arith.muli %v2035, %v434 : i64
                %v2064 = arith.addi %v2062, %v2063 : i64
                %v2065 = arith.muli %v51, %v433 : i64
                %v2066 = arith.addi %v2064, %v2065 : i64
                %v2067 = arith.muli %v49, %v2 : i64
                %v2068 = arith.addi %v2066, %v2067 : i64
                %v2069 = llvm.getelementptr %in_v[%v2068] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2070 = llvm.load %v2069 : !llvm.ptr -> f32
                %v2071 = arith.mulf %v2061, %v2070 fastmath<contract> : f32
                %v2072 = arith.mulf %v2045, %v2005 fastmath<contract> : f32
                %v2073 = arith.addf %v2072, %v2071 fastmath<contract> : f32
                %v2074 = arith.constant 8 : i64
                %v2075 = arith.addi %v2074, %v39 : i64
                %v2076 = arith.muli %v2075, %v221 : i64
                %v2077 = arith.subi %v2035, %v191 : i64
                %v2078 = arith.addi %v2076, %v2077 : i64
                %v2079 = llvm.getelementptr %v78[%v2078] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2080 = llvm.load %v2079 : !llvm.ptr -> f32
                %v2081 = arith.divf %v2080, %v2059 : f32
                %v2082 = arith.mulf %v2052, %v2081 fastmath<contract> : f32
                %v2083 = arith.mulf %v2082, %v2070 fastmath<contract> : f32
                %v2084 = arith.mulf %v2045, %v2014 fastmath<contract> : f32
                %v2085 = arith.addf %v2084, %v2083 fastmath<contract> : f32
                %v2086 = arith.mulf %v2045, %v2023 fastmath<contract> : f32
                %v2087 = arith.addf %v2086, %v2061 fastmath<contract> : f32
                %v2088 = arith.mulf %v2045, %v2032 fastmath<contract> : f32
                %v2089 = arith.addf %v2088, %v2082 fastmath<contract> : f32
                %v2090 = arith.addi %v486, %v2 : i64
                %v2091 = arith.minsi %v2090, %v1996 : i64
                %v2092 = arith.addi %v191, %v2091 : i64
                %v2093 = arith.muli %v85, %v221 : i64
                %v2094 = arith.subi %v2092, %v191 : i64
                %v2095 = arith.addi %v2093, %v2094 : i64
                %v2096 = llvm.getelementptr %v82[%v2095] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2097 = llvm.load %v2096 : !llvm.ptr -> f32
                %v2098 = arith.negf %v2097 : f32
                %v2099 = arith.mulf %v2098, %v412 fastmath<contract> : f32
                %v2100 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2099) : (f32) -> f32
                %v2101 = arith.addf %v84, %v2100 fastmath<contract> : f32
                %v2102 = arith.divf %v84, %v2101 : f32
                %v2103 = arith.muli %v85, %v221 : i64
                %v2104 = arith.subi %v2092, %v191 : i64
                %v2105 = arith.addi %v2103, %v2104 : i64
                %v2106 = llvm.getelementptr %v80[%v2105] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2107 = llvm.load %v2106 : !llvm.ptr -> f32
                %v2108 = arith.mulf %v2107, %v412 fastmath<contract> : f32
                %v2109 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2108) : (f32) -> f32
                %v2110 = arith.muli %v39, %v221 : i64
                %v2111 = arith.subi %v2092, %v191 : i64
                %v2112 = arith.addi %v2110, %v2111 : i64
                %v2113 = llvm.getelementptr %v78[%v2112] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2114 = llvm.load %v2113 : !llvm.ptr -> f32
                %v2116 = llvm.call_intrinsic "llvm.sqrt.f32"(%v2115) : (f32) -> f32
                %v2117 = arith.divf %v2114, %v2116 : f32
                %v2118 = arith.mulf %v2109, %v2117 fastmath<contract> : f32
                %v2119 = arith.muli %v53, %v435 : i64
                %v2120 = arith.muli %v2092, %v434 : i64
                %v2121 = arith.addi %v2119, %v2120 : i64
                %v2122 = arith.muli %v51, %v433 : i64
                %v2123 = arith.addi %v2121, %v2122 : i64
                %v2124 = arith.muli %v49, %v2 : i64
                %v2125 = arith.addi %v2123, %v2124 : i64
                %v2126 = llvm.getelementptr %in_v[%v2125] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2127 = llvm.load %v2126 : !llvm.ptr -> f32
                %v2128 = arith.mulf %v2118, %v2127 fastmath<contract> : f32
                %v2129 = arith.mulf %v2102, %v2073 fastmath<contract> : f32
                %v2130 = arith.addf %v2129, %v2128 fastmath<contract> : f32
                %v2131 = arith.constant 8 : i64
                %v2132 = arith.addi %v2131, %v39 : i64
                %v2133 = arith.muli %v2132, %v221 : i64
                %v2134 = arith.subi %v2092, %v191 : i64
                %v2135 = arith.addi %v2133, %v2134 : i64
                %v2136 = llvm.getelementptr %v78[%v2135] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2137 = llvm.load %v2136 : !llvm.ptr -> f32
                %v2138 = arith.divf %v2137, %v2116 : f32
                %v2139 = arith.mulf %v2109, %v2138 fastmath<contract> : f32
                %v2140 = arith.mulf %v2139, %v2127 fastmath<contract> : f32
                %v2141 = arith.mulf %v2102, %v2085 fastmath<contract> : f32
                %v2142 = arith.addf %v2141, %v2140 fastmath<contract> : f32
                %v2143 = arith.mulf %v2102, %v2087 fastmath<contract> : f32
                %v2144 = arith.addf %v2143, %v2118 fastmath<contract> : f32
                %v2145 = arith.mulf %v2102, %v2089 fastmath<contract> : f32
                %v2146 = arith.addf %v2145, %v2139 fastmath<contract> : f32
                %v2147 = arith.addi %v486, %v643 : i64
                %v2148 = arith.minsi %v2147, %v1996 : i64
                %v2149 = arith.addi %v191, %v2148 : i64
                %v2150 = arith.muli %v85, %v221 : i64
                %v2151 = arith.subi %v2149, %v191 : i64
                %v2152 = arith.addi %v2150, %v2151 : i64
                %v2153 = llvm.getelementptr %v82[%v2152] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2154 = llvm.load %v2153 : !llvm.ptr -> f32
                %v2155 = arith.negf %v2154 : f32
                %v2156 = arith.mulf %v2155, %v412 fastmath<contract> : f32
                %v2157 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2156) : (f32) -> f32
                %v2158 = arith.addf %v84, %v2157 fastmath<contract> : f32
                %v2159 = arith.divf %v84, %v2158 : f32
                %v2160 = arith.muli %v85, %v221 : i64
                %v2161 = arith.subi %v2149, %v191 : i64
                %v2162 = arith.addi %v2160, %v2161 : i64
                %v2163 = llvm.getelementptr %v80[%v2162] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2164 = llvm.load %v2163 : !llvm.ptr -> f32
                %v2165 = arith.mulf %v2164, %v412 fastmath<contract> : f32
                %v2166 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2165) : (f32) -> f32
                %v2167 = arith.muli %v39, %v221 : i64
                %v2168 = arith.subi %v2149, %v191 : i64
                %v2169 = arith.addi %v2167, %v2168 : i64
                %v2170 = llvm.getelementptr %v78[%v2169] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2171 = llvm.load %v2170 : !llvm.ptr -> f32
                %v2173 = llvm.call_intrinsic "llvm.sqrt.f32"(%v2172) : (f32) -> f32
                %v2174 = arith.divf %v2171, %v2173 : f32
                %v2175 = arith.mulf %v2166, %v2174 fastmath<contract> : f32
                %v2176 = arith.muli %v53, %v435 : i64
                %v2177 = arith.muli %v2149, %v434 : i64
                %v2178 = arith.addi %v2176, %v2177 : i64
                %v2179 = arith.muli %v51, %v433 : i64
                %v2180 = arith.addi %v2178, %v2179 : i64
                %v2181 = arith.muli %v49, %v2 : i64
                %v2182 = arith.addi %v2180, %v2181 : i64
                %v2183 = llvm.getelementptr %in_v[%v2182] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2184 = llvm.load %v2183 : !llvm.ptr -> f32
                %v2185 = arith.mulf %v2175, %v2184 fastmath<contract> : f32
                %v2186 = arith.mulf %v2159, %v2130 fastmath<contract> : f32
                %v2187 = arith.addf %v2186, %v2185 fastmath<contract> : f32
                %v2188 = arith.constant 8 : i64
                %v2189 = arith.addi %v2188, %v39 : i64
                %v2190 = arith.muli %v2189, %v221 : i64
                %v2191 = arith.subi %v2149, %v191 : i64
                %v2192 = arith.addi %v2190, %v2191 : i64
                %v2193 = llvm.getelementptr %v78[%v2192] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2194 = llvm.load %v2193 : !llvm.ptr -> f32
                %v2195 = arith.divf %v2194, %v2173 : f32
                %v2196 = arith.mulf %v2166, %v2195 fastmath<contract> : f32
                %v2197 = arith.mulf %v2196, %v2184 fastmath<contract> : f32
                %v2198 = arith.mulf %v2159, %v2142 fastmath<contract> : f32
                %v2199 = arith.addf %v2198, %v2197 fastmath<contract> : f32
                %v2200 = arith.mulf %v2159, %v2144 fastmath<contract> : f32
                %v2201 = arith.addf %v2200, %v2175 fastmath<contract> : f32
                %v2202 = arith.mulf %v2159, %v2146 fastmath<contract> : f32
                %v2203 = arith.addf %v2202, %v2196 fastmath<contract> : f32
                %v2204 = arith.addi %v486, %v176 : i64
                %v2205 = arith.minsi %v2204, %v1996 : i64
                %v2206 = arith.addi %v191, %v2205 : i64
                %v2207 = arith.muli %v85, %v221 : i64
                %v2208 = arith.subi %v2206, %v191 : i64
                %v2209 = arith.addi %v2207, %v2208 : i64
                %v2210 = llvm.getelementptr %v82[%v2209] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2211 = llvm.load %v2210 : !llvm.ptr -> f32
                %v2212 = arith.negf %v2211 : f32
                %v2213 = arith.mulf %v2212, %v412 fastmath<contract> : f32
                %v2214 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2213) : (f32) -> f32
                %v2215 = arith.addf %v84, %v2214 fastmath<contract> : f32
                %v2216 = arith.divf %v84, %v2215 : f32
                %v2217 = arith.muli %v85, %v221 : i64
                %v2218 = arith.subi %v2206, %v191 : i64
                %v2219 = arith.addi %v2217, %v2218 : i64
                %v2220 = llvm.getelementptr %v80[%v2219] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2221 = llvm.load %v2220 : !llvm.ptr -> f32
                %v2222 = arith.mulf %v2221, %v412 fastmath<contract> : f32
                %v2223 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2222) : (f32) -> f32
                %v2224 = arith.muli %v39, %v221 : i64
                %v2225 = arith.subi %v2206, %v191 : i64
                %v2226 = arith.addi %v2224, %v2225 : i64
                %v2227 = llvm.getelementptr %v78[%v2226] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2228 = llvm.load %v2227 : !llvm.ptr -> f32
                %v2230 = llvm.call_intrinsic "llvm.sqrt.f32"(%v2229) : (f32) -> f32
                %v2231 = arith.divf %v2228, %v2230 : f32
                %v2232 = arith.mulf %v2223, %v2231 fastmath<contract> : f32
                %v2233 = arith.muli %v53, %v435 : i64
                %v2234 = arith.muli %v2206, %v434 : i64
                %v2235 = arith.addi %v2233, %v2234 : i64
                %v2236 = arith.muli %v51, %v433 : i64
                %v2237 = arith.addi %v2235, %v2236 : i64
                %v2238 = arith.muli %v49, %v2 : i64
                %v2239 = arith.addi %v2237, %v2238 : i64
                %v2240 = llvm.getelementptr %in_v[%v2239] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2241 = llvm.load %v2240 : !llvm.ptr -> f32
                %v2242 = arith.mulf %v2232, %v2241 fastmath<contract> : f32
                %v2243 = arith.mulf %v2216, %v2187 fastmath<contract> : f32
                %v2244 = arith.addf %v2243, %v2242 fastmath<contract> : f32
                %v2245 = arith.constant 8 : i64
                %v2246 = arith.addi %v2245, %v39 : i64
                %v2247 = arith.muli %v2246, %v221 : i64
                %v2248 = arith.subi %v2206, %v191 : i64
                %v2249 = arith.addi %v2247, %v2248 : i64
                %v2250 = llvm.getelementptr %v78[%v2249] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2251 = llvm.load %v2250 : !llvm.ptr -> f32
                %v2252 = arith.divf %v2251, %v2230 : f32
                %v2253 = arith.mulf %v2223, %v2252 fastmath<contract> : f32
                %v2254 = arith.mulf %v2253, %v2241 fastmath<contract> : f32
                %v2255 = arith.mulf %v2216, %v2199 fastmath<contract> : f32
                %v2256 = arith.addf %v2255, %v2254 fastmath<contract> : f32
                %v2257 = arith.mulf %v2216, %v2201 fastmath<contract> : f32
                %v2258 = arith.addf %v2257, %v2232 fastmath<contract> : f32
                %v2259 = arith.mulf %v2216, %v2203 fastmath<contract> : f32
                %v2260 = arith.addf %v2259, %v2253 fastmath<contract> : f32
                %v2261 = arith.subi %v193, %v486 : i64
                %v2262 = arith.trunci %v2261 : i64 to i32
                %v2263 = arith.subi %size_L, %v2 : i64
                %v2264 = arith.addi %v191, %v486 : i64
                %v2265 = arith.subi %v2263, %v2264 : i64
                %v2266 = arith.minsi %v2265, %v763 : i64
                %v2267 = arith.trunci %v2266 : i64 to i32
                %v2268 = arith.addi %v486, %v176 : i64
                %v2269 = arith.cmpi slt, %v767, %v2262 : i32
                %v2270 = arith.cmpi eq, %v767, %v2267 : i32
                %v2271 = arith.addi %v488, %v85 : i64
                scf.if %v2269 {
                  %v2272 = arith.addi %v191, %v2268 : i64
                  %v2273 = arith.muli %v39, %v221 : i64
                  %v2274 = arith.subi %v2272, %v191 : i64
                  %v2275 = arith.addi %v2273, %v2274 : i64
                  %v2276 = llvm.getelementptr %v76[%v2275] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2277 = llvm.load %v2276 : !llvm.ptr -> f32
                  %v2278 = arith.muli %v53, %v435 : i64
                  %v2279 = arith.muli %v2272, %v434 : i64
                  %v2280 = arith.addi %v2278, %v2279 : i64
                  %v2281 = arith.muli %v51, %v433 : i64
                  %v2282 = arith.addi %v2280, %v2281 : i64
                  %v2283 = arith.muli %v49, %v2 : i64
                  %v2284 = arith.addi %v2282, %v2283 : i64
                  %v2285 = llvm.getelementptr %dy_o[%v2284] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2286 = llvm.load %v2285 : !llvm.ptr -> f32
                  %v2287 = arith.mulf %v2277, %v2258 fastmath<contract> : f32
                  %v2288 = arith.constant 8 : i64
                  %v2289 = arith.addi %v2288, %v39 : i64
                  %v2290 = arith.muli %v2289, %v221 : i64
                  %v2291 = arith.subi %v2272, %v191 : i64
                  %v2292 = arith.addi %v2290, %v2291 : i64
                  %v2293 = llvm.getelementptr %v76[%v2292] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2294 = llvm.load %v2293 : !llvm.ptr -> f32
                  %v2295 = arith.mulf %v2294, %v2260 fastmath<contract> : f32
                  %v2296 = arith.addf %v2287, %v2295 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v2297, %v2298 = gpu.shuffle xor %v2296, %v796, %v797 : f32
                  %v2299 = arith.addf %v2296, %v2297 fastmath<contract> : f32
                  %v2300, %v2301 = gpu.shuffle xor %v2299, %v801, %v797 : f32
                  %v2302 = arith.addf %v2299, %v2300 fastmath<contract> : f32
                  %v2303, %v2304 = gpu.shuffle xor %v2302, %v805, %v797 : f32
                  %v2305 = arith.addf %v2302, %v2303 fastmath<contract> : f32
                  // end sum over the lanes
                  %v2306 = llvm.call_intrinsic "llvm.fabs.f32"(%v2305) : (f32) -> f32
                  %v2307 = arith.maximumf %v84, %v2306 : f32
                  %v2308 = arith.divf %v2286, %v2307 : f32
                  %v2309 = arith.mulf %v2277, %v2308 fastmath<contract> : f32
                  %v2310 = llvm.load %v59 : !llvm.ptr -> f32
                  %v2311 = llvm.load %v63 : !llvm.ptr -> f32
                  %v2312 = arith.mulf %v2311, %v2310 fastmath<contract> : f32
                  %v2313 = arith.addf %v2309, %v2312 fastmath<contract> : f32
                  llvm.store %v2313, %v59 : f32, !llvm.ptr
                  %v2314 = arith.mulf %v2294, %v2308 fastmath<contract> : f32
                  %v2315 = llvm.load %v60 : !llvm.ptr -> f32
                  %v2316 = llvm.load %v64 : !llvm.ptr -> f32
                  %v2317 = arith.mulf %v2316, %v2315 fastmath<contract> : f32
                  %v2318 = arith.addf %v2314, %v2317 fastmath<contract> : f32
                  llvm.store %v2318, %v60 : f32, !llvm.ptr
                  %v2319 = arith.mulf %v2277, %v2244 fastmath<contract> : f32
                  %v2320 = arith.mulf %v2294, %v2256 fastmath<contract> : f32
                  %v2321 = arith.addf %v2319, %v2320 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v2322, %v2323 = gpu.shuffle xor %v2321, %v796, %v797 : f32
                  %v2324 = arith.addf %v2321, %v2322 fastmath<contract> : f32
                  %v2325, %v2326 = gpu.shuffle xor %v2324, %v801, %v797 : f32
                  %v2327 = arith.addf %v2324, %v2325 fastmath<contract> : f32
                  %v2328, %v2329 = gpu.shuffle xor %v2327, %v805, %v797 : f32
                  %v2330 = arith.addf %v2327, %v2328 fastmath<contract> : f32
                  // end sum over the lanes
                  %v2331 = arith.divf %v2330, %v2307 : f32
                  %v2332 = arith.divf %v2331, %v2307 : f32
                  %v2333 = arith.mulf %v2286, %v2332 fastmath<contract> : f32
                  %v2334 = arith.negf %v2333 : f32
                  %v2335 = arith.cmpf oge, %v84, %v2306 : f32
                  %v2336 = arith.select %v2335, %v84, %v83 : f32
                  %v2337 = arith.subf %v84, %v2336 fastmath<contract> : f32
                  %v2338 = arith.mulf %v2334, %v2337 fastmath<contract> : f32
                  %v2339 = arith.cmpf olt, %v2305, %v83 : f32
                  %v2340 = arith.select %v2339, %v842, %v83 : f32
                  %v2341 = arith.cmpf ogt, %v2305, %v83 : f32
                  %v2342 = arith.select %v2341, %v84, %v2340 : f32
                  %v2343 = arith.mulf %v2338, %v2342 fastmath<contract> : f32
                  %v2344 = arith.mulf %v2277, %v2343 fastmath<contract> : f32
                  %v2345 = llvm.load %v61 : !llvm.ptr -> f32
                  %v2346 = llvm.load %v65 : !llvm.ptr -> f32
                  %v2347 = arith.mulf %v2346, %v2345 fastmath<contract> : f32
                  %v2348 = arith.addf %v2344, %v2347 fastmath<contract> : f32
                  llvm.store %v2348, %v61 : f32, !llvm.ptr
                  %v2349 = arith.mulf %v2294, %v2343 fastmath<contract> : f32
                  %v2350 = llvm.load %v62 : !llvm.ptr -> f32
                  %v2351 = llvm.load %v66 : !llvm.ptr -> f32
                  %v2352 = arith.mulf %v2351, %v2350 fastmath<contract> : f32
                  %v2353 = arith.addf %v2349, %v2352 fastmath<contract> : f32
                  llvm.store %v2353, %v62 : f32, !llvm.ptr
                  scf.if %v2270 {
                  }
                  %v2354 = arith.mulf %v2258, %v2343 fastmath<contract> : f32
                  %v2355 = arith.mulf %v2244, %v2308 fastmath<contract> : f32
                  %v2356 = arith.addf %v2354, %v2355 fastmath<contract> : f32
                  %v2357 = arith.mulf %v2260, %v2343 fastmath<contract> : f32
                  %v2358 = arith.mulf %v2256, %v2308 fastmath<contract> : f32
                  %v2359 = arith.addf %v2357, %v2358 fastmath<contract> : f32
                  %v2360 = arith.muli %v85, %v221 : i64
                  %v2361 = arith.subi %v2272, %v191 : i64
                  %v2362 = arith.addi %v2360, %v2361 : i64
                  %v2363 = llvm.getelementptr %v80[%v2362] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2364 = llvm.load %v2363 : !llvm.ptr -> f32
                  %v2365 = arith.mulf %v2364, %v412 fastmath<contract> : f32
                  %v2366 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2365) : (f32) -> f32
                  %v2367 = llvm.load %v61 : !llvm.ptr -> f32
                  %v2368 = arith.muli %v53, %v435 : i64
                  %v2369 = arith.muli %v2272, %v434 : i64
                  %v2370 = arith.addi %v2368, %v2369 : i64
                  %v2371 = arith.muli %v51, %v433 : i64
                  %v2372 = arith.addi %v2370, %v2371 : i64
                  %v2373 = arith.muli %v49, %v2 : i64
                  %v2374 = arith.addi %v2372, %v2373 : i64
                  %v2375 = llvm.getelementptr %in_v[%v2374] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2376 = llvm.load %v2375 : !llvm.ptr -> f32
                  %v2377 = llvm.load %v59 : !llvm.ptr -> f32
                  %v2378 = arith.mulf %v2376, %v2377 fastmath<contract> : f32
                  %v2379 = arith.addf %v2367, %v2378 fastmath<contract> : f32
                  %v2380 = arith.mulf %v2366, %v2379 fastmath<contract> : f32
                  %v2382 = llvm.call_intrinsic "llvm.sqrt.f32"(%v2381) : (f32) -> f32
                  %v2383 = arith.divf %v2380, %v2382 : f32
                  %v2384 = llvm.load %v62 : !llvm.ptr -> f32
                  %v2385 = llvm.load %v60 : !llvm.ptr -> f32
                  %v2386 = arith.mulf %v2376, %v2385 fastmath<contract> : f32
                  %v2387 = arith.addf %v2384, %v2386 fastmath<contract> : f32
                  %v2388 = arith.mulf %v2366, %v2387 fastmath<contract> : f32
                  %v2389 = arith.divf %v2388, %v2382 : f32
                  %v2390 = arith.muli %v39, %v221 : i64
                  %v2391 = arith.subi %v2272, %v191 : i64
                  %v2392 = arith.addi %v2390, %v2391 : i64
                  %v2393 = llvm.getelementptr %v78[%v2392] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2394 = llvm.load %v2393 : !llvm.ptr -> f32
                  %v2395 = arith.divf %v2394, %v2382 : f32
                  %v2396 = arith.mulf %v2366, %v2395 fastmath<contract> : f32
                  %v2397 = arith.mulf %v2396, %v2377 fastmath<contract> : f32
                  %v2398 = arith.constant 8 : i64
                  %v2399 = arith.addi %v2398, %v39 : i64
                  %v2400 = arith.muli %v2399, %v221 : i64
                  %v2401 = arith.subi %v2272, %v191 : i64
                  %v2402 = arith.addi %v2400, %v2401 : i64
                  %v2403 = llvm.getelementptr %v78[%v2402] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2404 = llvm.load %v2403 : !llvm.ptr -> f32
                  %v2405 = arith.divf %v2404, %v2382 : f32
                  %v2406 = arith.mulf %v2366, %v2405 fastmath<contract> : f32
                  %v2407 = arith.mulf %v2406, %v2385 fastmath<contract> : f32
                  %v2408 = arith.addf %v2397, %v2407 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v2409, %v2410 = gpu.shuffle xor %v2408, %v796, %v797 : f32
                  %v2411 = arith.addf %v2408, %v2409 fastmath<contract> : f32
                  %v2412, %v2413 = gpu.shuffle xor %v2411, %v801, %v797 : f32
                  %v2414 = arith.addf %v2411, %v2412 fastmath<contract> : f32
                  %v2415, %v2416 = gpu.shuffle xor %v2414, %v805, %v797 : f32
                  %v2417 = arith.addf %v2414, %v2415 fastmath<contract> : f32
                  // end sum over the lanes
                  %v2418 = arith.cmpi eq, %v39, %v85 : i64
                  %v2419 = arith.andi %v43, %v2418 : i1
                  scf.if %v2419 {
                    %v2420 = arith.muli %v53, %v435 : i64
                    %v2421 = arith.muli %v2272, %v434 : i64
                    %v2422 = arith.addi %v2420, %v2421 : i64
                    %v2423 = arith.muli %v51, %v433 : i64
                    %v2424 = arith.addi %v2422, %v2423 : i64
                    %v2425 = arith.muli %v49, %v2 : i64
                    %v2426 = arith.addi %v2424, %v2425 : i64
                    %v2427 = llvm.getelementptr %dx_v[%v2426] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2417, %v2427 : f32, !llvm.ptr
                  }
                  %v2428 = arith.mulf %v2395, %v2379 fastmath<contract> : f32
                  %v2429 = arith.mulf %v2405, %v2387 fastmath<contract> : f32
                  %v2430 = arith.addf %v2428, %v2429 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v2431, %v2432 = gpu.shuffle xor %v2430, %v796, %v797 : f32
                  %v2433 = arith.addf %v2430, %v2431 fastmath<contract> : f32
                  %v2434, %v2435 = gpu.shuffle xor %v2433, %v801, %v797 : f32
                  %v2436 = arith.addf %v2433, %v2434 fastmath<contract> : f32
                  %v2437, %v2438 = gpu.shuffle xor %v2436, %v805, %v797 : f32
                  %v2439 = arith.addf %v2436, %v2437 fastmath<contract> : f32
                  // end sum over the lanes
                  %v2440 = arith.mulf %v2366, %v2439 fastmath<contract> : f32
                  %v2441 = arith.mulf %v2187, %v2377 fastmath<contract> : f32
                  %v2442 = arith.mulf %v2199, %v2385 fastmath<contract> : f32
                  %v2443 = arith.addf %v2441, %v2442 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v2444, %v2445 = gpu.shuffle xor %v2443, %v796, %v797 : f32
                  %v2446 = arith.addf %v2443, %v2444 fastmath<contract> : f32
                  %v2447, %v2448 = gpu.shuffle xor %v2446, %v801, %v797 : f32
                  %v2449 = arith.addf %v2446, %v2447 fastmath<contract> : f32
                  %v2450, %v2451 = gpu.shuffle xor %v2449, %v805, %v797 : f32
                  %v2452 = arith.addf %v2449, %v2450 fastmath<contract> : f32
                  // end sum over the lanes
                  %v2453 = arith.mulf %v2201, %v2367 fastmath<contract> : f32
                  %v2454 = arith.mulf %v2203, %v2384 fastmath<contract> : f32
                  %v2455 = arith.addf %v2453, %v2454 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v2456, %v2457 = gpu.shuffle xor %v2455, %v796, %v797 : f32
                  %v2458 = arith.addf %v2455, %v2456 fastmath<contract> : f32
                  %v2459, %v2460 = gpu.shuffle xor %v2458, %v801, %v797 : f32
                  %v2461 = arith.addf %v2458, %v2459 fastmath<contract> : f32
                  %v2462, %v2463 = gpu.shuffle xor %v2461, %v805, %v797 : f32
                  %v2464 = arith.addf %v2461, %v2462 fastmath<contract> : f32
                  // end sum over the lanes
                  %v2465 = arith.addf %v2452, %v2464 fastmath<contract> : f32
                  %v2466 = arith.muli %v85, %v221 : i64
                  %v2467 = arith.subi %v2272, %v191 : i64
                  %v2468 = arith.addi %v2466, %v2467 : i64
                  %v2469 = llvm.getelementptr %v82[%v2468] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2470 = llvm.load %v2469 : !llvm.ptr -> f32
                  %v2471 = arith.negf %v2470 : f32
                  %v2472 = arith.mulf %v2471, %v412 fastmath<contract> : f32
                  %v2473 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2472) : (f32) -> f32
                  %v2474 = arith.addf %v84, %v2473 fastmath<contract> : f32
                  %v2475 = arith.divf %v84, %v2474 : f32
                  %v2476 = arith.subf %v84, %v2475 fastmath<contract> : f32
                  %v2477 = arith.mulf %v2475, %v2476 fastmath<contract> : f32
                  %v2478 = arith.mulf %v2465, %v2477 fastmath<contract> : f32
                  %v2479 = arith.select %v43, %v2356, %v83 : f32
                  // sum over the warp's outer points: shuffles
                  %v2480, %v2481 = gpu.shuffle xor %v2479, %v984, %v797 : f32
                  %v2482 = arith.addf %v2479, %v2480 fastmath<contract> : f32
                  %v2483, %v2484 = gpu.shuffle xor %v2482, %v988, %v797 : f32
                  %v2485 = arith.addf %v2482, %v2483 fastmath<contract> : f32
                  %v2486 = arith.divui %v24, %v26 : i64
                  %v2487 = arith.remui %v24, %v26 : i64
                  %v2488 = arith.cmpi ult, %v2487, %v38 : i64
                  %v2489 = arith.addi %v85, %v39 : i64
                  %v2490 = arith.muli %v2486, %v1 : i64
                  %v2491 = arith.addi %v2490, %v2489 : i64
                  %v2492 = arith.muli %v2491, %v998 : i64
                  %v2493 = arith.addi %v2492, %v2271 : i64
                  scf.if %v2488 {
                    %v2494 = llvm.getelementptr %v68[%v2493] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2485, %v2494 : f32, !llvm.ptr
                  }
                  %v2495 = arith.select %v43, %v2359, %v83 : f32
                  // sum over the warp's outer points: shuffles
                  %v2496, %v2497 = gpu.shuffle xor %v2495, %v984, %v797 : f32
                  %v2498 = arith.addf %v2495, %v2496 fastmath<contract> : f32
                  %v2499, %v2500 = gpu.shuffle xor %v2498, %v988, %v797 : f32
                  %v2501 = arith.addf %v2498, %v2499 fastmath<contract> : f32
                  %v2502 = arith.divui %v24, %v26 : i64
                  %v2503 = arith.remui %v24, %v26 : i64
                  %v2504 = arith.cmpi ult, %v2503, %v38 : i64
                  %v2505 = arith.addi %v38, %v39 : i64
                  %v2506 = arith.muli %v2502, %v1 : i64
                  %v2507 = arith.addi %v2506, %v2505 : i64
                  %v2508 = arith.muli %v2507, %v998 : i64
                  %v2509 = arith.addi %v2508, %v2271 : i64
                  scf.if %v2504 {
                    %v2510 = llvm.getelementptr %v68[%v2509] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2501, %v2510 : f32, !llvm.ptr
                  }
                  %v2511 = arith.select %v43, %v2383, %v83 : f32
                  // sum over the warp's outer points: shuffles
                  %v2512, %v2513 = gpu.shuffle xor %v2511, %v984, %v797 : f32
                  %v2514 = arith.addf %v2511, %v2512 fastmath<contract> : f32
                  %v2515, %v2516 = gpu.shuffle xor %v2514, %v988, %v797 : f32
                  %v2517 = arith.addf %v2514, %v2515 fastmath<contract> : f32
                  %v2518 = arith.divui %v24, %v26 : i64
                  %v2519 = arith.remui %v24, %v26 : i64
                  %v2520 = arith.cmpi ult, %v2519, %v38 : i64
                  %v2521 = arith.addi %v85, %v39 : i64
                  %v2522 = arith.muli %v2518, %v1 : i64
                  %v2523 = arith.addi %v2522, %v2521 : i64
                  %v2524 = arith.muli %v2523, %v998 : i64
                  %v2525 = arith.addi %v2524, %v2271 : i64
                  scf.if %v2520 {
                    %v2526 = llvm.getelementptr %v70[%v2525] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2517, %v2526 : f32, !llvm.ptr
                  }
                  %v2527 = arith.select %v43, %v2389, %v83 : f32
                  // sum over the warp's outer points: shuffles
                  %v2528, %v2529 = gpu.shuffle xor %v2527, %v984, %v797 : f32
                  %v2530 = arith.addf %v2527, %v2528 fastmath<contract> : f32
                  %v2531, %v2532 = gpu.shuffle xor %v2530, %v988, %v797 : f32
                  %v2533 = arith.addf %v2530, %v2531 fastmath<contract> : f32
                  %v2534 = arith.divui %v24, %v26 : i64
                  %v2535 = arith.remui %v24, %v26 : i64
                  %v2536 = arith.cmpi ult, %v2535, %v38 : i64
                  %v2537 = arith.addi %v38, %v39 : i64
                  %v2538 = arith.muli %v2534, %v1 : i64
                  %v2539 = arith.addi %v2538, %v2537 : i64
                  %v2540 = arith.muli %v2539, %v998 : i64
                  %v2541 = arith.addi %v2540, %v2271 : i64
                  scf.if %v2536 {
                    %v2542 = llvm.getelementptr %v70[%v2541] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2533, %v2542 : f32, !llvm.ptr
                  }
                  %v2543 = arith.select %v43, %v2440, %v83 : f32
                  // sum over the warp's outer points: shuffles
                  %v2544, %v2545 = gpu.shuffle xor %v2543, %v984, %v797 : f32
                  %v2546 = arith.addf %v2543, %v2544 fastmath<contract> : f32
                  %v2547, %v2548 = gpu.shuffle xor %v2546, %v988, %v797 : f32
                  %v2549 = arith.addf %v2546, %v2547 fastmath<contract> : f32
                  %v2550 = arith.divui %v24, %v26 : i64
                  %v2551 = arith.remui %v24, %v26 : i64
                  %v2552 = arith.cmpi ult, %v2551, %v2 : i64
                  %v2553 = arith.muli %v2550, %v2 : i64
                  %v2554 = arith.addi %v2553, %v85 : i64
                  %v2555 = arith.muli %v2554, %v998 : i64
                  %v2556 = arith.addi %v2555, %v2271 : i64
                  scf.if %v2552 {
                    %v2557 = llvm.getelementptr %v72[%v2556] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2549, %v2557 : f32, !llvm.ptr
                  }
                  %v2558 = arith.select %v43, %v2478, %v83 : f32
                  // sum over the warp's outer points: shuffles
                  %v2559, %v2560 = gpu.shuffle xor %v2558, %v984, %v797 : f32
                  %v2561 = arith.addf %v2558, %v2559 fastmath<contract> : f32
                  %v2562, %v2563 = gpu.shuffle xor %v2561, %v988, %v797 : f32
                  %v2564 = arith.addf %v2561, %v2562 fastmath<contract> : f32
                  %v2565 = arith.divui %v24, %v26 : i64
                  %v2566 = arith.remui %v24, %v26 : i64
                  %v2567 = arith.cmpi ult, %v2566, %v2 : i64
                  %v2568 = arith.muli %v2565, %v2 : i64
                  %v2569 = arith.addi %v2568, %v85 : i64
                  %v2570 = arith.muli %v2569, %v998 : i64
                  %v2571 = arith.addi %v2570, %v2271 : i64
                  scf.if %v2567 {
                    %v2572 = llvm.getelementptr %v74[%v2571] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2564, %v2572 : f32, !llvm.ptr
                  }
                  llvm.store %v2475, %v63 : f32, !llvm.ptr
                  llvm.store %v2475, %v64 : f32, !llvm.ptr
                  llvm.store %v2475, %v65 : f32, !llvm.ptr
                  llvm.store %v2475, %v66 : f32, !llvm.ptr
                }
                %v2573 = arith.addi %v486, %v643 : i64
                %v2574 = arith.cmpi slt, %v801, %v2262 : i32
                %v2575 = arith.cmpi eq, %v801, %v2267 : i32
                %v2576 = arith.addi %v488, %v2 : i64
                scf.if %v2574 {
                  %v2577 = arith.addi %v191, %v2573 : i64
                  %v2578 = arith.muli %v39, %v221 : i64
                  %v2579 = arith.subi %v2577, %v191 : i64
                  %v2580 = arith.addi %v2578, %v2579 : i64
                  %v2581 = llvm.getelementptr %v76[%v2580] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2582 = llvm.load %v2581 : !llvm.ptr -> f32
                  %v2583 = arith.muli %v53, %v435 : i64
                  %v2584 = arith.muli %v2577, %v434 : i64
                  %v2585 = arith.addi %v2583, %v2584 : i64
                  %v2586 = arith.muli %v51, %v433 : i64
                  %v2587 = arith.addi %v2585, %v2586 : i64
                  %v2588 = arith.muli %v49, %v2 : i64
                  %v2589 = arith.addi %v2587, %v2588 : i64
                  %v2590 = llvm.getelementptr %dy_o[%v2589] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2591 = llvm.load %v2590 : !llvm.ptr -> f32
                  %v2592 = arith.mulf %v2582, %v2201 fastmath<contract> : f32
                  %v2593 = arith.constant 8 : i64
                  %v2594 = arith.addi %v2593, %v39 : i64
                  %v2595 = arith.muli %v2594, %v221 : i64
                  %v2596 = arith.subi %v2577, %v191 : i64
                  %v2597 = arith.addi %v2595, %v2596 : i64
                  %v2598 = llvm.getelementptr %v76[%v2597] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2599 = llvm.load %v2598 : !llvm.ptr -> f32
                  %v2600 = arith.mulf %v2599, %v2203 fastmath<contract> : f32
                  %v2601 = arith.addf %v2592, %v2600 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v2602, %v2603 = gpu.shuffle xor %v2601, %v796, %v797 : f32
                  %v2604 = arith.addf %v2601, %v2602 fastmath<contract> : f32
                  %v2605, %v2606 = gpu.shuffle xor %v2604, %v801, %v797 : f32
                  %v2607 = arith.addf %v2604, %v2605 fastmath<contract> : f32
                  %v2608, %v2609 = gpu.shuffle xor %v2607, %v805, %v797 : f32
                  %v2610 = arith.addf %v2607, %v2608 fastmath<contract> : f32
                  // end sum over the lanes
                  %v2611 = llvm.call_intrinsic "llvm.fabs.f32"(%v2610) : (f32) -> f32
                  %v2612 = arith.maximumf %v84, %v2611 : f32
                  %v2613 = arith.divf %v2591, %v2612 : f32
                  %v2614 = arith.mulf %v2582, %v2613 fastmath<contract> : f32
                  %v2615 = llvm.load %v59 : !llvm.ptr -> f32
                  %v2616 = llvm.load %v63 : !llvm.ptr -> f32
                  %v2617 = arith.mulf %v2616, %v2615 fastmath<contract> : f32
                  %v2618 = arith.addf %v2614, %v2617 fastmath<contract> : f32
                  llvm.store %v2618, %v59 : f32, !llvm.ptr
                  %v2619 = arith.mulf %v2599, %v2613 fastmath<contract> : f32
                  %v2620 = llvm.load %v60 : !llvm.ptr -> f32
                  %v2621 = llvm.load %v64 : !llvm.ptr -> f32
                  %v2622 = arith.mulf %v2621, %v2620 fastmath<contract> : f32
                  %v2623 = arith.addf %v2619, %v2622 fastmath<contract> : f32
                  llvm.store %v2623, %v60 : f32, !llvm.ptr
                  %v2624 = arith.mulf %v2582, %v2187 fastmath<contract> : f32
                  %v2625 = arith.mulf %v2599, %v2199 fastmath<contract> : f32
                  %v2626 = arith.addf %v2624, %v2625 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v2627, %v2628 = gpu.shuffle xor %v2626, %v796, %v797 : f32
                  %v2629 = arith.addf %v2626, %v2627 fastmath<contract> : f32
                  %v2630, %v2631 = gpu.shuffle xor %v2629, %v801, %v797 : f32
                  %v2632 = arith.addf %v2629, %v2630 fastmath<contract> : f32
                  %v2633, %v2634 = gpu.shuffle xor %v2632, %v805, %v797 : f32
                  %v2635 = arith.addf %v2632, %v2633 fastmath<contract> : f32
                  // end sum over the lanes
                  %v2636 = arith.divf %v2635, %v2612 : f32
                  %v2637 = arith.divf %v2636, %v2612 : f32
                  %v2638 = arith.mulf %v2591, %v2637 fastmath<contract> : f32
                  %v2639 = arith.negf %v2638 : f32
                  %v2640 = arith.cmpf oge, %v84, %v2611 : f32
                  %v2641 = arith.select %v2640, %v84, %v83 : f32
                  %v2642 = arith.subf %v84, %v2641 fastmath<contract> : f32
                  %v2643 = arith.mulf %v2639, %v2642 fastmath<contract> : f32
                  %v2644 = arith.cmpf olt, %v2610, %v83 : f32
                  %v2645 = arith.select %v2644, %v842, %v83 : f32
                  %v2646 = arith.cmpf ogt, %v2610, %v83 : f32
                  %v2647 = arith.select %v2646, %v84, %v2645 : f32
                  %v2648 = arith.mulf %v2643, %v2647 fastmath<contract> : f32
                  %v2649 = arith.mulf %v2582, %v2648 fastmath<contract> : f32
                  %v2650 = llvm.load %v61 : !llvm.ptr -> f32
                  %v2651 = llvm.load %v65 : !llvm.ptr -> f32
                  %v2652 = arith.mulf %v2651, %v2650 fastmath<contract> : f32
                  %v2653 = arith.addf %v2649, %v2652 fastmath<contract> : f32
                  llvm.store %v2653, %v61 : f32, !llvm.ptr
                  %v2654 = arith.mulf %v2599, %v2648 fastmath<contract> : f32
                  %v2655 = llvm.load %v62 : !llvm.ptr -> f32
                  %v2656 = llvm.load %v66 : !llvm.ptr -> f32
                  %v2657 = arith.mulf %v2656, %v2655 fastmath<contract> : f32
                  %v2658 = arith.addf %v2654, %v2657 fastmath<contract> : f32
                  llvm.store %v2658, %v62 : f32, !llvm.ptr
                  scf.if %v2575 {
                  }
                  %v2659 = arith.mulf %v2201, %v2648 fastmath<contract> : f32
                  %v2660 = arith.mulf %v2187, %v2613 fastmath<contract> : f32
                  %v2661 = arith.addf %v2659, %v2660 fastmath<contract> : f32
                  %v2662 = arith.mulf %v2203, %v2648 fastmath<contract> : f32
                  %v2663 = arith.mulf %v2199, %v2613 fastmath<contract> : f32
                  %v2664 = arith.addf %v2662, %v2663 fastmath<contract> : f32
                  %v2665 = arith.muli %v85, %v221 : i64
                  %v2666 = arith.subi %v2577, %v191 : i64
                  %v2667 = arith.addi %v2665, %v2666 : i64
                  %v2668 = llvm.getelementptr %v80[%v2667] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2669 = llvm.load %v2668 : !llvm.ptr -> f32
                  %v2670 = arith.mulf %v2669, %v412 fastmath<contract> : f32
                  %v2671 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2670) : (f32) -> f32
                  %v2672 = llvm.load %v61 : !llvm.ptr -> f32
                  %v2673 = arith.muli %v53, %v435 : i64
                  %v2674 = arith.muli %v2577, %v434 : i64
                  %v2675 = arith.addi %v2673, %v2674 : i64
                  %v2676 = arith.muli %v51, %v433 : i64
                  %v2677 = arith.addi %v2675, %v2676 : i64
                  %v2678 = arith.muli %v49, %v2 : i64
                  %v2679 = arith.addi %v2677, %v2678 : i64
                  %v2680 = llvm.getelementptr %in_v[%v2679] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2681 = llvm.load %v2680 : !llvm.ptr -> f32
                  %v2682 = llvm.load %v59 : !llvm.ptr -> f32
                  %v2683 = arith.mulf %v2681, %v2682 fastmath<contract> : f32
                  %v2684 = arith.addf %v2672, %v2683 fastmath<contract> : f32
                  %v2685 = arith.mulf %v2671, %v2684 fastmath<contract> : f32
                  %v2687 = llvm.call_intrinsic "llvm.sqrt.f32"(%v2686) : (f32) -> f32
                  %v2688 = arith.divf %v2685, %v2687 : f32
                  %v2689 = llvm.load %v62 : !llvm.ptr -> f32
                  %v2690 = llvm.load %v60 : !llvm.ptr -> f32
                  %v2691 = arith.mulf %v2681, %v2690 fastmath<contract> : f32
                  %v2692 = arith.addf %v2689, %v2691 fastmath<contract> : f32
                  %v2693 = arith.mulf %v2671, %v2692 fastmath<contract> : f32
                  %v2694 = arith.divf %v2693, %v2687 : f32
                  %v2695 = arith.muli %v39, %v221 : i64
                  %v2696 = arith.subi %v2577, %v191 : i64
                  %v2697 = arith.addi %v2695, %v2696 : i64
                  %v2698 = llvm.getelementptr %v78[%v2697] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2699 = llvm.load %v2698 : !llvm.ptr -> f32
                  %v2700 = arith.divf %v2699, %v2687 : f32
                  %v2701 = arith.mulf %v2671, %v2700 fastmath<contract> : f32
                  %v2702 = arith.mulf %v2701, %v2682 fastmath<contract> : f32
                  %v2703 = arith.constant 8 : i64
                  %v2704 = arith.addi %v2703, %v39 : i64
                  %v2705 = arith.muli %v2704, %v221 : i64
                  %v2706 = arith.subi %v2577, %v191 : i64
                  %v2707 = arith.addi %v2705, %v2706 : i64
                  %v2708 = llvm.getelementptr %v78[%v2707] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2709 = llvm.load %v2708 : !llvm.ptr -> f32
                  %v2710 = arith.divf %v2709, %v2687 : f32
                  %v2711 = arith.mulf %v2671, %v2710 fastmath<contract> : f32
                  %v2712 = arith.mulf %v2711, %v2690 fastmath<contract> : f32
                  %v2713 = arith.addf %v2702, %v2712 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v2714, %v2715 = gpu.shuffle xor %v2713, %v796, %v797 : f32
                  %v2716 = arith.addf %v2713, %v2714 fastmath<contract> : f32
                  %v2717, %v2718 = gpu.shuffle xor %v2716, %v801, %v797 : f32
                  %v2719 = arith.addf %v2716, %v2717 fastmath<contract> : f32
                  %v2720, %v2721 = gpu.shuffle xor %v2719, %v805, %v797 : f32
                  %v2722 = arith.addf %v2719, %v2720 fastmath<contract> : f32
                  // end sum over the lanes
                  %v2723 = arith.cmpi eq, %v39, %v85 : i64
                  %v2724 = arith.andi %v43, %v2723 : i1
                  scf.if %v2724 {
                    %v2725 = arith.muli %v53, %v435 : i64
                    %v2726 = arith.muli %v2577, %v434 : i64
                    %v2727 = arith.addi %v2725, %v2726 : i64
                    %v2728 = arith.muli %v51, %v433 : i64
                    %v2729 = arith.addi %v2727, %v2728 : i64
                    %v2730 = arith.muli %v49, %v2 : i64
                    %v2731 = arith.addi %v2729, %v2730 : i64
                    %v2732 = llvm.getelementptr %dx_v[%v2731] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2722, %v2732 : f32, !llvm.ptr
                  }
                  %v2733 = arith.mulf %v2700, %v2684 fastmath<contract> : f32
                  %v2734 = arith.mulf %v2710, %v2692 fastmath<contract> : f32
                  %v2735 = arith.addf %v2733, %v2734 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v2736, %v2737 = gpu.shuffle xor %v2735, %v796, %v797 : f32
                  %v2738 = arith.addf %v2735, %v2736 fastmath<contract> : f32
                  %v2739, %v2740 = gpu.shuffle xor %v2738, %v801, %v797 : f32
                  %v2741 = arith.addf %v2738, %v2739 fastmath<contract> : f32
                  %v2742, %v2743 = gpu.shuffle xor %v2741, %v805, %v797 : f32
                  %v2744 = arith.addf %v2741, %v2742 fastmath<contract> : f32
                  // end sum over the lanes
                  %v2745 = arith.mulf %v2671, %v2744 fastmath<contract> : f32
                  %v2746 = arith.mulf %v2130, %v2682 fastmath<contract> : f32
                  %v2747 = arith.mulf %v2142, %v2690 fastmath<contract> : f32
                  %v2748 = arith.addf %v2746, %v2747 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v2749, %v2750 = gpu.shuffle xor %v2748, %v796, %v797 : f32
                  %v2751 = arith.addf %v2748, %v2749 fastmath<contract> : f32
                  %v2752, %v2753 = gpu.shuffle xor %v2751, %v801, %v797 : f32
                  %v2754 = arith.addf %v2751, %v2752 fastmath<contract> : f32
                  %v2755, %v2756 = gpu.shuffle xor %v2754, %v805, %v797 : f32
                  %v2757 = arith.addf %v2754, %v2755 fastmath<contract> : f32
                  // end sum over the lanes
                  %v2758 = arith.mulf %v2144, %v2672 fastmath<contract> : f32
                  %v2759 = arith.mulf %v2146, %v2689 fastmath<contract> : f32
                  %v2760 = arith.addf %v2758, %v2759 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v2761, %v2762 = gpu.shuffle xor %v2760, %v796, %v797 : f32
                  %v2763 = arith.addf %v2760, %v2761 fastmath<contract> : f32
                  %v2764, %v2765 = gpu.shuffle xor %v2763, %v801, %v797 : f32
                  %v2766 = arith.addf %v2763, %v2764 fastmath<contract> : f32
                  %v2767, %v2768 = gpu.shuffle xor %v2766, %v805, %v797 : f32
                  %v2769 = arith.addf %v2766, %v2767 fastmath<contract> : f32
                  // end sum over the lanes
                  %v2770 = arith.addf %v2757, %v2769 fastmath<contract> : f32
                  %v2771 = arith.muli %v85, %v221 : i64
                  %v2772 = arith.subi %v2577, %v191 : i64
                  %v2773 = arith.addi %v2771, %v2772 : i64
                  %v2774 = llvm.getelementptr %v82[%v2773] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2775 = llvm.load %v2774 : !llvm.ptr -> f32
                  %v2776 = arith.negf %v2775 : f32
                  %v2777 = arith.mulf %v2776, %v412 fastmath<contract> : f32
                  %v2778 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2777) : (f32) -> f32
                  %v2779 = arith.addf %v84, %v2778 fastmath<contract> : f32
                  %v2780 = arith.divf %v84, %v2779 : f32
                  %v2781 = arith.subf %v84, %v2780 fastmath<contract> : f32
                  %v2782 = arith.mulf %v2780, %v2781 fastmath<contract> : f32
                  %v2783 = arith.mulf %v2770, %v2782 fastmath<contract> : f32
                  %v2784 = arith.select %v43, %v2661, %v83 : f32
                  // sum over the warp's outer points: shuffles
                  %v2785, %v2786 = gpu.shuffle xor %v2784, %v984, %v797 : f32
                  %v2787 = arith.addf %v2784, %v2785 fastmath<contract> : f32
                  %v2788, %v2789 = gpu.shuffle xor %v2787, %v988, %v797 : f32
                  %v2790 = arith.addf %v2787, %v2788 fastmath<contract> : f32
                  %v2791 = arith.divui %v24, %v26 : i64
                  %v2792 = arith.remui %v24, %v26 : i64
                  %v2793 = arith.cmpi ult, %v2792, %v38 : i64
                  %v2794 = arith.addi %v85, %v39 : i64
                  %v2795 = arith.muli %v2791, %v1 : i64
                  %v2796 = arith.addi %v2795, %v2794 : i64
                  %v2797 = arith.muli %v2796, %v998 : i64
                  %v2798 = arith.addi %v2797, %v2576 : i64
                  scf.if %v2793 {
                    %v2799 = llvm.getelementptr %v68[%v2798] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2790, %v2799 : f32, !llvm.ptr
                  }
                  %v2800 = arith.select %v43, %v2664, %v83 : f32
                  // sum over the warp's outer points: shuffles
                  %v2801, %v2802 = gpu.shuffle xor %v2800, %v984, %v797 : f32
                  %v2803 = arith.addf %v2800, %v2801 fastmath<contract> : f32
                  %v2804, %v2805 = gpu.shuffle xor %v2803, %v988, %v797 : f32
                  %v2806 = arith.addf %v2803, %v2804 fastmath<contract> : f32
                  %v2807 = arith.divui %v24, %v26 : i64
                  %v2808 = arith.remui %v24, %v26 : i64
                  %v2809 = arith.cmpi ult, %v2808, %v38 : i64
                  %v2810 = arith.addi %v38, %v39 : i64
                  %v2811 = arith.muli %v2807, %v1 : i64
                  %v2812 = arith.addi %v2811, %v2810 : i64
                  %v2813 = arith.muli %v2812, %v998 : i64
                  %v2814 = arith.addi %v2813, %v2576 : i64
                  scf.if %v2809 {
                    %v2815 = llvm.getelementptr %v68[%v2814] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2806, %v2815 : f32, !llvm.ptr
                  }
                  %v2816 = arith.select %v43, %v2688, %v83 : f32
                  // sum over the warp's outer points: shuffles
                  %v2817, %v2818 = gpu.shuffle xor %v2816, %v984, %v797 : f32
                  %v2819 = arith.addf %v2816, %v2817 fastmath<contract> : f32
                  %v2820, %v2821 = gpu.shuffle xor %v2819, %v988, %v797 : f32
                  %v2822 = arith.addf %v2819, %v2820 fastmath<contract> : f32
                  %v2823 = arith.divui %v24, %v26 : i64
                  %v2824 = arith.remui %v24, %v26 : i64
                  %v2825 = arith.cmpi ult, %v2824, %v38 : i64
                  %v2826 = arith.addi %v85, %v39 : i64
                  %v2827 = arith.muli %v2823, %v1 : i64
                  %v2828 = arith.addi %v2827, %v2826 : i64
                  %v2829 = arith.muli %v2828, %v998 : i64
                  %v2830 = arith.addi %v2829, %v2576 : i64
                  scf.if %v2825 {
                    %v2831 = llvm.getelementptr %v70[%v2830] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2822, %v2831 : f32, !llvm.ptr
                  }
                  %v2832 = arith.select %v43, %v2694, %v83 : f32
                  // sum over the warp's outer points: shuffles
                  %v2833, %v2834 = gpu.shuffle xor %v2832, %v984, %v797 : f32
                  %v2835 = arith.addf %v2832, %v2833 fastmath<contract> : f32
                  %v2836, %v2837 = gpu.shuffle xor %v2835, %v988, %v797 : f32
                  %v2838 = arith.addf %v2835, %v2836 fastmath<contract> : f32
                  %v2839 = arith.divui %v24, %v26 : i64
                  %v2840 = arith.remui %v24, %v26 : i64
                  %v2841 = arith.cmpi ult, %v2840, %v38 : i64
                  %v2842 = arith.addi %v38, %v39 : i64
                  %v2843 = arith.muli %v2839, %v1 : i64
                  %v2844 = arith.addi %v2843, %v2842 : i64
                  %v2845 = arith.muli %v2844, %v998 : i64
                  %v2846 = arith.addi %v2845, %v2576 : i64
                  scf.if %v2841 {
                    %v2847 = llvm.getelementptr %v70[%v2846] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2838, %v2847 : f32, !llvm.ptr
                  }
                  %v2848 = arith.select %v43, %v2745, %v83 : f32
                  // sum over the warp's outer points: shuffles
                  %v2849, %v2850 = gpu.shuffle xor %v2848, %v984, %v797 : f32
                  %v2851 = arith.addf %v2848, %v2849 fastmath<contract> : f32
                  %v2852, %v2853 = gpu.shuffle xor %v2851, %v988, %v797 : f32
                  %v2854 = arith.addf %v2851, %v2852 fastmath<contract> : f32
                  %v2855 = arith.divui %v24, %v26 : i64
                  %v2856 = arith.remui %v24, %v26 : i64
                  %v2857 = arith.cmpi ult, %v2856, %v2 : i64
                  %v2858 = arith.muli %v2855, %v2 : i64
                  %v2859 = arith.addi %v2858, %v85 : i64
                  %v2860 = arith.muli %v2859, %v998 : i64
                  %v2861 = arith.addi %v2860, %v2576 : i64
                  scf.if %v2857 {
                    %v2862 = llvm.getelementptr %v72[%v2861] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2854, %v2862 : f32, !llvm.ptr
                  }
                  %v2863 = arith.select %v43, %v2783, %v83 : f32
                  // sum over the warp's outer points: shuffles
                  %v2864, %v2865 = gpu.shuffle xor %v2863, %v984, %v797 : f32
                  %v2866 = arith.addf %v2863, %v2864 fastmath<contract> : f32
                  %v2867, %v2868 = gpu.shuffle xor %v2866, %v988, %v797 : f32
                  %v2869 = arith.addf %v2866, %v2867 fastmath<contract> : f32
                  %v2870 = arith.divui %v24, %v26 : i64
                  %v2871 = arith.remui %v24, %v26 : i64
                  %v2872 = arith.cmpi ult, %v2871, %v2 : i64
                  %v2873 = arith.muli %v2870, %v2 : i64
                  %v2874 = arith.addi %v2873, %v85 : i64
                  %v2875 = arith.muli %v2874, %v998 : i64
                  %v2876 = arith.addi %v2875, %v2576 : i64
                  scf.if %v2872 {
                    %v2877 = llvm.getelementptr %v74[%v2876] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2869, %v2877 : f32, !llvm.ptr
                  }
                  llvm.store %v2780, %v63 : f32, !llvm.ptr
                  llvm.store %v2780, %v64 : f32, !llvm.ptr
                  llvm.store %v2780, %v65 : f32, !llvm.ptr
                  llvm.store %v2780, %v66 : f32, !llvm.ptr
                }
                %v2878 = arith.addi %v486, %v2 : i64
                %v2879 = arith.cmpi slt, %v796, %v2262 : i32
                %v2880 = arith.cmpi eq, %v796, %v2267 : i32
                %v2881 = arith.addi %v488, %v643 : i64
                scf.if %v2879 {
                  %v2882 = arith.addi %v191, %v2878 : i64
                  %v2883 = arith.muli %v39, %v221 : i64
                  %v2884 = arith.subi %v2882, %v191 : i64
                  %v2885 = arith.addi %v2883, %v2884 : i64
                  %v2886 = llvm.getelementptr %v76[%v2885] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2887 = llvm.load %v2886 : !llvm.ptr -> f32
                  %v2888 = arith.muli %v53, %v435 : i64
                  %v2889 = arith.muli %v2882, %v434 : i64
                  %v2890 = arith.addi %v2888, %v2889 : i64
                  %v2891 = arith.muli %v51, %v433 : i64
                  %v2892 = arith.addi %v2890, %v2891 : i64
                  %v2893 = arith.muli %v49, %v2 : i64
                  %v2894 = arith.addi %v2892, %v2893 : i64
                  %v2895 = llvm.getelementptr %dy_o[%v2894] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2896 = llvm.load %v2895 : !llvm.ptr -> f32
                  %v2897 = arith.mulf %v2887, %v2144 fastmath<contract> : f32
                  %v2898 = arith.constant 8 : i64
                  %v2899 = arith.addi %v2898, %v39 : i64
                  %v2900 = arith.muli %v2899, %v221 : i64
                  %v2901 = arith.subi %v2882, %v191 : i64
                  %v2902 = arith.addi %v2900, %v2901 : i64
                  %v2903 = llvm.getelementptr %v76[%v2902] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2904 = llvm.load %v2903 : !llvm.ptr -> f32
                  %v2905 = arith.mulf %v2904, %v2146 fastmath<contract> : f32
                  %v2906 = arith.addf %v2897, %v2905 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v2907, %v2908 = gpu.shuffle xor %v2906, %v796, %v797 : f32
                  %v2909 = arith.addf %v2906, %v2907 fastmath<contract> : f32
                  %v2910, %v2911 = gpu.shuffle xor %v2909, %v801, %v797 : f32
                  %v2912 = arith.addf %v2909, %v2910 fastmath<contract> : f32
                  %v2913, %v2914 = gpu.shuffle xor %v2912, %v805, %v797 : f32
                  %v2915 = arith.addf %v2912, %v2913 fastmath<contract> : f32
                  // end sum over the lanes
                  %v2916 = llvm.call_intrinsic "llvm.fabs.f32"(%v2915) : (f32) -> f32
                  %v2917 = arith.maximumf %v84, %v2916 : f32
                  %v2918 = arith.divf %v2896, %v2917 : f32
                  %v2919 = arith.mulf %v2887, %v2918 fastmath<contract> : f32
                  %v2920 = llvm.load %v59 : !llvm.ptr -> f32
                  %v2921 = llvm.load %v63 : !llvm.ptr -> f32
                  %v2922 = arith.mulf %v2921, %v2920 fastmath<contract> : f32
                  %v2923 = arith.addf %v2919, %v2922 fastmath<contract> : f32
                  llvm.store %v2923, %v59 : f32, !llvm.ptr
                  %v2924 = arith.mulf %v2904, %v2918 fastmath<contract> : f32
                  %v2925 = llvm.load %v60 : !llvm.ptr -> f32
                  %v2926 = llvm.load %v64 : !llvm.ptr -> f32
                  %v2927 = arith.mulf %v2926, %v2925 fastmath<contract> : f32
                  %v2928 = arith.addf %v2924, %v2927 fastmath<contract> : f32
                  llvm.store %v2928, %v60 : f32, !llvm.ptr
                  %v2929 = arith.mulf %v2887, %v2130 fastmath<contract> : f32
                  %v2930 = arith.mulf %v2904, %v2142 fastmath<contract> : f32
                  %v2931 = arith.addf %v2929, %v2930 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v2932, %v2933 = gpu.shuffle xor %v2931, %v796, %v797 : f32
                  %v2934 = arith.addf %v2931, %v2932 fastmath<contract> : f32
                  %v2935, %v2936 = gpu.shuffle xor %v2934, %v801, %v797 : f32
                  %v2937 = arith.addf %v2934, %v2935 fastmath<contract> : f32
                  %v2938, %v2939 = gpu.shuffle xor %v2937, %v805, %v797 : f32
                  %v2940 = arith.addf %v2937, %v2938 fastmath<contract> : f32
                  // end sum over the lanes
                  %v2941 = arith.divf %v2940, %v2917 : f32
                  %v2942 = arith.divf %v2941, %v2917 : f32
                  %v2943 = arith.mulf %v2896, %v2942 fastmath<contract> : f32
                  %v2944 = arith.negf %v2943 : f32
                  %v2945 = arith.cmpf oge, %v84, %v2916 : f32
                  %v2946 = arith.select %v2945, %v84, %v83 : f32
                  %v2947 = arith.subf %v84, %v2946 fastmath<contract> : f32
                  %v2948 = arith.mulf %v2944, %v2947 fastmath<contract> : f32
                  %v2949 = arith.cmpf olt, %v2915, %v83 : f32
                  %v2950 = arith.select %v2949, %v842, %v83 : f32
                  %v2951 = arith.cmpf ogt, %v2915, %v83 : f32
                  %v2952 = arith.select %v2951, %v84, %v2950 : f32
                  %v2953 = arith.mulf %v2948, %v2952 fastmath<contract> : f32
                  %v2954 = arith.mulf %v2887, %v2953 fastmath<contract> : f32
                  %v2955 = llvm.load %v61 : !llvm.ptr -> f32
                  %v2956 = llvm.load %v65 : !llvm.ptr -> f32
                  %v2957 = arith.mulf %v2956, %v2955 fastmath<contract> : f32
                  %v2958 = arith.addf %v2954, %v2957 fastmath<contract> : f32
                  llvm.store %v2958, %v61 : f32, !llvm.ptr
                  %v2959 = arith.mulf %v2904, %v2953 fastmath<contract> : f32
                  %v2960 = llvm.load %v62 : !llvm.ptr -> f32
                  %v2961 = llvm.load %v66 : !llvm.ptr -> f32
                  %v2962 = arith.mulf %v2961, %v2960 fastmath<contract> : f32
                  %v2963 = arith.addf %v2959, %v2962 fastmath<contract> : f32
                  llvm.store %v2963, %v62 : f32, !llvm.ptr
                  scf.if %v2880 {
                  }
                  %v2964 = arith.mulf %v2144, %v2953 fastmath<contract> : f32
                  %v2965 = arith.mulf %v2130, %v2918 fastmath<contract> : f32
                  %v2966 = arith.addf %v2964, %v2965 fastmath<contract> : f32
                  %v2967 = arith.mulf %v2146, %v2953 fastmath<contract> : f32
                  %v2968 = arith.mulf %v2142, %v2918 fastmath<contract> : f32
                  %v2969 = arith.addf %v2967, %v2968 fastmath<contract> : f32
                  %v2970 = arith.muli %v85, %v221 : i64
                  %v2971 = arith.subi %v2882, %v191 : i64
                  %v2972 = arith.addi %v2970, %v2971 : i64
                  %v2973 = llvm.getelementptr %v80[%v2972] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2974 = llvm.load %v2973 : !llvm.ptr -> f32
                  %v2975 = arith.mulf %v2974, %v412 fastmath<contract> : f32
                  %v2976 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2975) : (f32) -> f32
                  %v2977 = llvm.load %v61 : !llvm.ptr -> f32
                  %v2978 = arith.muli %v53, %v435 : i64
                  %v2979 = arith.muli %v2882, %v434 : i64
                  %v2980 = arith.addi %v2978, %v2979 : i64
                  %v2981 = arith.muli %v51, %v433 : i64
                  %v2982 = arith.addi %v2980, %v2981 : i64
                  %v2983 = arith.muli %v49, %v2 : i64
                  %v2984 = arith.addi %v2982, %v2983 : i64
                  %v2985 = llvm.getelementptr %in_v[%v2984] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2986 = llvm.load %v2985 : !llvm.ptr -> f32
                  %v2987 = llvm.load %v59 : !llvm.ptr -> f32
                  %v2988 = arith.mulf %v2986, %v2987 fastmath<contract> : f32
                  %v2989 = arith.addf %v2977, %v2988 fastmath<contract> : f32
                  %v2990 = arith.mulf %v2976, %v2989 fastmath<contract> : f32
                  %v2992 = llvm.call_intrinsic "llvm.sqrt.f32"(%v2991) : (f32) -> f32
                  %v2993 = arith.divf %v2990, %v2992 : f32
                  %v2994 = llvm.load %v62 : !llvm.ptr -> f32
                  %v2995 = llvm.load %v60 : !llvm.ptr -> f32
                  %v2996 = arith.mulf %v2986, %v2995 fastmath<contract> : f32
                  %v2997 = arith.addf %v2994, %v2996 fastmath<contract> : f32
                  %v2998 = arith.mulf %v2976, %v2997 fastmath<contract> : f32
                  %v2999 = arith.divf %v2998, %v2992 : f32
                  %v3000 = arith.muli %v39, %v221 : i64
                  %v3001 = arith.subi %v2882, %v191 : i64
                  %v3002 = arith.addi %v3000, %v3001 : i64
                  %v3003 = llvm.getelementptr %v78[%v3002] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3004 = llvm.load %v3003 : !llvm.ptr -> f32
                  %v3005 = arith.divf %v3004, %v2992 : f32
                  %v3006 = arith.mulf %v2976, %v3005 fastmath<contract> : f32
                  %v3007 = arith.mulf %v3006, %v2987 fastmath<contract> : f32
                  %v3008 = arith.constant 8 : i64
                  %v3009 = arith.addi %v3008, %v39 : i64
                  %v3010 = arith.muli %v3009, %v221 : i64
                  %v3011 = arith.subi %v2882, %v191 : i64
                  %v3012 = arith.addi %v3010, %v3011 : i64
                  %v3013 = llvm.getelementptr %v78[%v3012] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3014 = llvm.load %v3013 : !llvm.ptr -> f32
                  %v3015 = arith.divf %v3014, %v2992 : f32
                  %v3016 = arith.mulf %v2976, %v3015 fastmath<contract> : f32
                  %v3017 = arith.mulf %v3016, %v2995 fastmath<contract> : f32
                  %v3018 = arith.addf %v3007, %v3017 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v3019, %v3020 = gpu.shuffle xor %v3018, %v796, %v797 : f32
                  %v3021 = arith.addf %v3018, %v3019 fastmath<contract> : f32
                  %v3022, %v3023 = gpu.shuffle xor %v3021, %v801, %v797 : f32
                  %v3024 = arith.addf %v3021, %v3022 fastmath<contract> : f32
                  %v3025, %v3026 = gpu.shuffle xor %v3024, %v805, %v797 : f32
                  %v3027 = arith.addf %v3024, %v3025 fastmath<contract> : f32
                  // end sum over the lanes
                  %v3028 = arith.cmpi eq, %v39, %v85 : i64
                  %v3029 = arith.andi %v43, %v3028 : i1
                  scf.if %v3029 {
                    %v3030 = arith.muli %v53, %v435 : i64
                    %v3031 = arith.muli %v2882, %v434 : i64
                    %v3032 = arith.addi %v3030, %v3031 : i64
                    %v3033 = arith.muli %v51, %v433 : i64
                    %v3034 = arith.addi %v3032, %v3033 : i64
                    %v3035 = arith.muli %v49, %v2 : i64
                    %v3036 = arith.addi %v3034, %v3035 : i64
                    %v3037 = llvm.getelementptr %dx_v[%v3036] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3027, %v3037 : f32, !llvm.ptr
                  }
                  %v3038 = arith.mulf %v3005, %v2989 fastmath<contract> : f32
                  %v3039 = arith.mulf %v3015, %v2997 fastmath<contract> : f32
                  %v3040 = arith.addf %v3038, %v3039 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v3041, %v3042 = gpu.shuffle xor %v3040, %v796, %v797 : f32
                  %v3043 = arith.addf %v3040, %v3041 fastmath<contract> : f32
                  %v3044, %v3045 = gpu.shuffle xor %v3043, %v801, %v797 : f32
                  %v3046 = arith.addf %v3043, %v3044 fastmath<contract> : f32
                  %v3047, %v3048 = gpu.shuffle xor %v3046, %v805, %v797 : f32
                  %v3049 = arith.addf %v3046, %v3047 fastmath<contract> : f32
                  // end sum over the lanes
                  %v3050 = arith.mulf %v2976, %v3049 fastmath<contract> : f32
                  %v3051 = arith.mulf %v2073, %v2987 fastmath<contract> : f32
                  %v3052 = arith.mulf %v2085, %v2995 fastmath<contract> : f32
                  %v3053 = arith.addf %v3051, %v3052 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v3054, %v3055 = gpu.shuffle xor %v3053, %v796, %v797 : f32
                  %v3056 = arith.addf %v3053, %v3054 fastmath<contract> : f32
                  %v3057, %v3058 = gpu.shuffle xor %v3056, %v801, %v797 : f32
                  %v3059 = arith.addf %v3056, %v3057 fastmath<contract> : f32
                  %v3060, %v3061 = gpu.shuffle xor %v3059, %v805, %v797 : f32
                  %v3062 = arith.addf %v3059, %v3060 fastmath<contract> : f32
                  // end sum over the lanes
                  %v3063 = arith.mulf %v2087, %v2977 fastmath<contract> : f32
                  %v3064 = arith.mulf %v2089, %v2994 fastmath<contract> : f32
                  %v3065 = arith.addf %v3063, %v3064 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v3066, %v3067 = gpu.shuffle xor %v3065, %v796, %v797 : f32
                  %v3068 = arith.addf %v3065, %v3066 fastmath<contract> : f32
                  %v3069, %v3070 = gpu.shuffle xor %v3068, %v801, %v797 : f32
                  %v3071 = arith.addf %v3068, %v3069 fastmath<contract> : f32
                  %v3072, %v3073 = gpu.shuffle xor %v3071, %v805, %v797 : f32
                  %v3074 = arith.addf %v3071, %v3072 fastmath<contract> : f32
                  // end sum over the lanes
                  %v3075 = arith.addf %v3062, %v3074 fastmath<contract> : f32
                  %v3076 = arith.muli %v85, %v221 : i64
                  %v3077 = arith.subi %v2882, %v191 : i64
                  %v3078 = arith.addi %v3076, %v3077 : i64
                  %v3079 = llvm.getelementptr %v82[%v3078] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3080 = llvm.load %v3079 : !llvm.ptr -> f32
                  %v3081 = arith.negf %v3080 : f32
                  %v3082 = arith.mulf %v3081, %v412 fastmath<contract> : f32
                  %v3083 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3082) : (f32) -> f32
                  %v3084 = arith.addf %v84, %v3083 fastmath<contract> : f32
                  %v3085 = arith.divf %v84, %v3084 : f32
                  %v3086 = arith.subf %v84, %v3085 fastmath<contract> : f32
                  %v3087 = arith.mulf %v3085, %v3086 fastmath<contract> : f32
                  %v3088 = arith.mulf %v3075, %v3087 fastmath<contract> : f32
                  %v3089 = arith.select %v43, %v2966, %v83 : f32
                  // sum over the warp's outer points: shuffles
                  %v3090, %v3091 = gpu.shuffle xor %v3089, %v984, %v797 : f32
                  %v3092 = arith.addf %v3089, %v3090 fastmath<contract> : f32
                  %v3093, %v3094 = gpu.shuffle xor %v3092, %v988, %v797 : f32
                  %v3095 = arith.addf %v3092, %v3093 fastmath<contract> : f32
                  %v3096 = arith.divui %v24, %v26 : i64
                  %v3097 = arith.remui %v24, %v26 : i64
                  %v3098 = arith.cmpi ult, %v3097, %v38 : i64
                  %v3099 = arith.addi %v85, %v39 : i64
                  %v3100 = arith.muli %v3096, %v1 : i64
                  %v3101 = arith.addi %v3100, %v3099 : i64
                  %v3102 = arith.muli %v3101, %v998 : i64
                  %v3103 = arith.addi %v3102, %v2881 : i64
                  scf.if %v3098 {
                    %v3104 = llvm.getelementptr %v68[%v3103] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3095, %v3104 : f32, !llvm.ptr
                  }
                  %v3105 = arith.select %v43, %v2969, %v83 : f32
                  // sum over the warp's outer points: shuffles
                  %v3106, %v3107 = gpu.shuffle xor %v3105, %v984, %v797 : f32
                  %v3108 = arith.addf %v3105, %v3106 fastmath<contract> : f32
                  %v3109, %v3110 = gpu.shuffle xor %v3108, %v988, %v797 : f32
                  %v3111 = arith.addf %v3108, %v3109 fastmath<contract> : f32
                  %v3112 = arith.divui %v24, %v26 : i64
                  %v3113 = arith.remui %v24, %v26 : i64
                  %v3114 = arith.cmpi ult, %v3113, %v38 : i64
                  %v3115 = arith.addi %v38, %v39 : i64
                  %v3116 = arith.muli %v3112, %v1 : i64
                  %v3117 = arith.addi %v3116, %v3115 : i64
                  %v3118 = arith.muli %v3117, %v998 : i64
                  %v3119 = arith.addi %v3118, %v2881 : i64
                  scf.if %v3114 {
                    %v3120 = llvm.getelementptr %v68[%v3119] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3111, %v3120 : f32, !llvm.ptr
                  }
                  %v3121 = arith.select %v43, %v2993, %v83 : f32
                  // sum over the warp's outer points: shuffles
                  %v3122, %v3123 = gpu.shuffle xor %v3121, %v984, %v797 : f32
                  %v3124 = arith.addf %v3121, %v3122 fastmath<contract> : f32
                  %v3125, %v3126 = gpu.shuffle xor %v3124, %v988, %v797 : f32
                  %v3127 = arith.addf %v3124, %v3125 fastmath<contract> : f32
                  %v3128 = arith.divui %v24, %v26 : i64
                  %v3129 = arith.remui %v24, %v26 : i64
                  %v3130 = arith.cmpi ult, %v3129, %v38 : i64
                  %v3131 = arith.addi %v85, %v39 : i64
                  %v3132 = arith.muli %v3128, %v1 : i64
                  %v3133 = arith.addi %v3132, %v3131 : i64
                  %v3134 = arith.muli %v3133, %v998 : i64
                  %v3135 = arith.addi %v3134, %v2881 : i64
                  scf.if %v3130 {
                    %v3136 = llvm.getelementptr %v70[%v3135] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3127, %v3136 : f32, !llvm.ptr
                  }
                  %v3137 = arith.select %v43, %v2999, %v83 : f32
                  // sum over the warp's outer points: shuffles
                  %v3138, %v3139 = gpu.shuffle xor %v3137, %v984, %v797 : f32
                  %v3140 = arith.addf %v3137, %v3138 fastmath<contract> : f32
                  %v3141, %v3142 = gpu.shuffle xor %v3140, %v988, %v797 : f32
                  %v3143 = arith.addf %v3140, %v3141 fastmath<contract> : f32
                  %v3144 = arith.divui %v24, %v26 : i64
                  %v3145 = arith.remui %v24, %v26 : i64
                  %v3146 = arith.cmpi ult, %v3145, %v38 : i64
                  %v3147 = arith.addi %v38, %v39 : i64
                  %v3148 = arith.muli %v3144, %v1 : i64
                  %v3149 = arith.addi %v3148, %v3147 : i64
                  %v3150 = arith.muli %v3149, %v998 : i64
                  %v3151 = arith.addi %v3150, %v2881 : i64
                  scf.if %v3146 {
                    %v3152 = llvm.getelementptr %v70[%v3151] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3143, %v3152 : f32, !llvm.ptr
                  }
                  %v3153 = arith.select %v43, %v3050, %v83 : f32
                  // sum over the warp's outer points: shuffles
                  %v3154, %v3155 = gpu.shuffle xor %v3153, %v984, %v797 : f32
                  %v3156 = arith.addf %v3153, %v3154 fastmath<contract> : f32
                  %v3157, %v3158 = gpu.shuffle xor %v3156, %v988, %v797 : f32
                  %v3159 = arith.addf %v3156, %v3157 fastmath<contract> : f32
                  %v3160 = arith.divui %v24, %v26 : i64
                  %v3161 = arith.remui %v24, %v26 : i64
                  %v3162 = arith.cmpi ult, %v3161, %v2 : i64
                  %v3163 = arith.muli %v3160, %v2 : i64
                  %v3164 = arith.addi %v3163, %v85 : i64
                  %v3165 = arith.muli %v3164, %v998 : i64
                  %v3166 = arith.addi %v3165, %v2881 : i64
                  scf.if %v3162 {
                    %v3167 = llvm.getelementptr %v72[%v3166] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3159, %v3167 : f32, !llvm.ptr
                  }
                  %v3168 = arith.select %v43, %v3088, %v83 : f32
                  // sum over the warp's outer points: shuffles
                  %v3169, %v3170 = gpu.shuffle xor %v3168, %v984, %v797 : f32
                  %v3171 = arith.addf %v3168, %v3169 fastmath<contract> : f32
                  %v3172, %v3173 = gpu.shuffle xor %v3171, %v988, %v797 : f32
                  %v3174 = arith.addf %v3171, %v3172 fastmath<contract> : f32
                  %v3175 = arith.divui %v24, %v26 : i64
                  %v3176 = arith.remui %v24, %v26 : i64
                  %v3177 = arith.cmpi ult, %v3176, %v2 : i64
                  %v3178 = arith.muli %v3175, %v2 : i64
                  %v3179 = arith.addi %v3178, %v85 : i64
                  %v3180 = arith.muli %v3179, %v998 : i64
                  %v3181 = arith.addi %v3180, %v2881 : i64
                  scf.if %v3177 {
                    %v3182 = llvm.getelementptr %v74[%v3181] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3174, %v3182 : f32, !llvm.ptr
                  }
                  llvm.store %v3085, %v63 : f32, !llvm.ptr
                  llvm.store %v3085, %v64 : f32, !llvm.ptr
                  llvm.store %v3085, %v65 : f32, !llvm.ptr
                  llvm.store %v3085, %v66 : f32, !llvm.ptr
                }
                %v3183 = arith.addi %v486, %v85 : i64
                %v3184 = arith.cmpi slt, %v1691, %v2262 : i32
                %v3185 = arith.cmpi eq, %v1691, %v2267 : i32
                %v3186 = arith.addi %v488, %v176 : i64
                scf.if %v3184 {
                  %v3187 = arith.addi %v191, %v3183 : i64
                  %v3188 = arith.muli %v39, %v221 : i64
                  %v3189 = arith.subi %v3187, %v191 : i64
                  %v3190 = arith.addi %v3188, %v3189 : i64
                  %v3191 = llvm.getelementptr %v76[%v3190] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3192 = llvm.load %v3191 : !llvm.ptr -> f32
                  %v3193 = arith.muli %v53, %v435 : i64
                  %v3194 = arith.muli %v3187, %v434 : i64
                  %v3195 = arith.addi %v3193, %v3194 : i64
                  %v3196 = arith.muli %v51, %v433 : i64
                  %v3197 = arith.addi %v3195, %v3196 : i64
                  %v3198 = arith.muli %v49, %v2 : i64
                  %v3199 = arith.addi %v3197, %v3198 : i64
                  %v3200 = llvm.getelementptr %dy_o[%v3199] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3201 = llvm.load %v3200 : !llvm.ptr -> f32
                  %v3202 = arith.mulf %v3192, %v2087 fastmath<contract> : f32
                  %v3203 = arith.constant 8 : i64
                  %v3204 = arith.addi %v3203, %v39 : i64
                  %v3205 = arith.muli %v3204, %v221 : i64
                  %v3206 = arith.subi %v3187, %v191 : i64
                  %v3207 = arith.addi %v3205, %v3206 : i64
                  %v3208 = llvm.getelementptr %v76[%v3207] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3209 = llvm.load %v3208 : !llvm.ptr -> f32
                  %v3210 = arith.mulf %v3209, %v2089 fastmath<contract> : f32
                  %v3211 = arith.addf %v3202, %v3210 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v3212, %v3213 = gpu.shuffle xor %v3211, %v796, %v797 : f32
                  %v3214 = arith.addf %v3211, %v3212 fastmath<contract> : f32
                  %v3215, %v3216 = gpu.shuffle xor %v3214, %v801, %v797 : f32
                  %v3217 = arith.addf %v3214, %v3215 fastmath<contract> : f32
                  %v3218, %v3219 = gpu.shuffle xor %v3217, %v805, %v797 : f32
                  %v3220 = arith.addf %v3217, %v3218 fastmath<contract> : f32
                  // end sum over the lanes
                  %v3221 = llvm.call_intrinsic "llvm.fabs.f32"(%v3220) : (f32) -> f32
                  %v3222 = arith.maximumf %v84, %v3221 : f32
                  %v3223 = arith.divf %v3201, %v3222 : f32
                  %v3224 = arith.mulf %v3192, %v3223 fastmath<contract> : f32
                  %v3225 = llvm.load %v59 : !llvm.ptr -> f32
                  %v3226 = llvm.load %v63 : !llvm.ptr -> f32
                  %v3227 = arith.mulf %v3226, %v3225 fastmath<contract> : f32
                  %v3228 = arith.addf %v3224, %v3227 fastmath<contract> : f32
                  llvm.store %v3228, %v59 : f32, !llvm.ptr
                  %v3229 = arith.mulf %v3209, %v3223 fastmath<contract> : f32
                  %v3230 = llvm.load %v60 : !llvm.ptr -> f32
                  %v3231 = llvm.load %v64 : !llvm.ptr -> f32
                  %v3232 = arith.mulf %v3231, %v3230 fastmath<contract> : f32
                  %v3233 = arith.addf %v3229, %v3232 fastmath<contract> : f32
                  llvm.store %v3233, %v60 : f32, !llvm.ptr
                  %v3234 = arith.mulf %v3192, %v2073 fastmath<contract> : f32
                  %v3235 = arith.mulf %v3209, %v2085 fastmath<contract> : f32
                  %v3236 = arith.addf %v3234, %v3235 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v3237, %v3238 = gpu.shuffle xor %v3236, %v796, %v797 : f32
                  %v3239 = arith.addf %v3236, %v3237 fastmath<contract> : f32
                  %v3240, %v3241 = gpu.shuffle xor %v3239, %v801, %v797 : f32
                  %v3242 = arith.addf %v3239, %v3240 fastmath<contract> : f32
                  %v3243, %v3244 = gpu.shuffle xor %v3242, %v805, %v797 : f32
                  %v3245 = arith.addf %v3242, %v3243 fastmath<contract> : f32
                  // end sum over the lanes
                  %v3246 = arith.divf %v3245, %v3222 : f32
                  %v3247 = arith.divf %v3246, %v3222 : f32
                  %v3248 = arith.mulf %v3201, %v3247 fastmath<contract> : f32
                  %v3249 = arith.negf %v3248 : f32
                  %v3250 = arith.cmpf oge, %v84, %v3221 : f32
                  %v3251 = arith.select %v3250, %v84, %v83 : f32
                  %v3252 = arith.subf %v84, %v3251 fastmath<contract> : f32
                  %v3253 = arith.mulf %v3249, %v3252 fastmath<contract> : f32
                  %v3254 = arith.cmpf olt, %v3220, %v83 : f32
                  %v3255 = arith.select %v3254, %v842, %v83 : f32
                  %v3256 = arith.cmpf ogt, %v3220, %v83 : f32
                  %v3257 = arith.select %v3256, %v84, %v3255 : f32
                  %v3258 = arith.mulf %v3253, %v3257 fastmath<contract> : f32
                  %v3259 = arith.mulf %v3192, %v3258 fastmath<contract> : f32
                  %v3260 = llvm.load %v61 : !llvm.ptr -> f32
                  %v3261 = llvm.load %v65 : !llvm.ptr -> f32
                  %v3262 = arith.mulf %v3261, %v3260 fastmath<contract> : f32
                  %v3263 = arith.addf %v3259, %v3262 fastmath<contract> : f32
                  llvm.store %v3263, %v61 : f32, !llvm.ptr
                  %v3264 = arith.mulf %v3209, %v3258 fastmath<contract> : f32
                  %v3265 = llvm.load %v62 : !llvm.ptr -> f32
                  %v3266 = llvm.load %v66 : !llvm.ptr -> f32
                  %v3267 = arith.mulf %v3266, %v3265 fastmath<contract> : f32
                  %v3268 = arith.addf %v3264, %v3267 fastmath<contract> : f32
                  llvm.store %v3268, %v62 : f32, !llvm.ptr
                  scf.if %v3185 {
                  }
                  %v3269 = arith.mulf %v2087, %v3258 fastmath<contract> : f32
                  %v3270 = arith.mulf %v2073, %v3223 fastmath<contract> : f32
                  %v3271 = arith.addf %v3269, %v3270 fastmath<contract> : f32
                  %v3272 = arith.mulf %v2089, %v3258 fastmath<contract> : f32
                  %v3273 = arith.mulf %v2085, %v3223 fastmath<contract> : f32
                  %v3274 = arith.addf %v3272, %v3273 fastmath<contract> : f32
                  %v3275 = arith.muli %v85, %v221 : i64
                  %v3276 = arith.subi %v3187, %v191 : i64
                  %v3277 = arith.addi %v3275, %v3276 : i64
                  %v3278 = llvm.getelementptr %v80[%v3277] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3279 = llvm.load %v3278 : !llvm.ptr -> f32
                  %v3280 = arith.mulf %v3279, %v412 fastmath<contract> : f32
                  %v3281 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3280) : (f32) -> f32
                  %v3282 = llvm.load %v61 : !llvm.ptr -> f32
                  %v3283 = arith.muli %v53, %v435 : i64
                  %v3284 = arith.muli %v3187, %v434 : i64
                  %v3285 = arith.addi %v3283, %v3284 : i64
                  %v3286 = arith.muli %v51, %v433 : i64
                  %v3287 = arith.addi %v3285, %v3286 : i64
                  %v3288 = arith.muli %v49, %v2 : i64
                  %v3289 = arith.addi %v3287, %v3288 : i64
                  %v3290 = llvm.getelementptr %in_v[%v3289] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3291 = llvm.load %v3290 : !llvm.ptr -> f32
                  %v3292 = llvm.load %v59 : !llvm.ptr -> f32
                  %v3293 = arith.mulf %v3291, %v3292 fastmath<contract> : f32
                  %v3294 = arith.addf %v3282, %v3293 fastmath<contract> : f32
                  %v3295 = arith.mulf %v3281, %v3294 fastmath<contract> : f32
                  %v3297 = llvm.call_intrinsic "llvm.sqrt.f32"(%v3296) : (f32) -> f32
                  %v3298 = arith.divf %v3295, %v3297 : f32
                  %v3299 = llvm.load %v62 : !llvm.ptr -> f32
                  %v3300 = llvm.load %v60 : !llvm.ptr -> f32
                  %v3301 = arith.mulf %v3291, %v3300 fastmath<contract> : f32
                  %v3302 = arith.addf %v3299, %v3301 fastmath<contract> : f32
                  %v3303 = arith.mulf %v3281, %v3302 fastmath<contract> : f32
                  %v3304 = arith.divf %v3303, %v3297 : f32
                  %v3305 = arith.muli %v39, %v221 : i64
                  %v3306 = arith.subi %v3187, %v191 : i64
                  %v3307 = arith.addi %v3305, %v3306 : i64
                  %v3308 = llvm.getelementptr %v78[%v3307] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3309 = llvm.load %v3308 : !llvm.ptr -> f32
                  %v3310 = arith.divf %v3309, %v3297 : f32
                  %v3311 = arith.mulf %v3281, %v3310 fastmath<contract> : f32
                  %v3312 = arith.mulf %v3311, %v3292 fastmath<contract> : f32
                  %v3313 = arith.constant 8 : i64
                  %v3314 = arith.addi %v3313, %v39 : i64
                  %v3315 = arith.muli %v3314, %v221 : i64
                  %v3316 = arith.subi %v3187, %v191 : i64
                  %v3317 = arith.addi %v3315, %v3316 : i64
                  %v3318 = llvm.getelementptr %v78[%v3317] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3319 = llvm.load %v3318 : !llvm.ptr -> f32
                  %v3320 = arith.divf %v3319, %v3297 : f32
                  %v3321 = arith.mulf %v3281, %v3320 fastmath<contract> : f32
                  %v3322 = arith.mulf %v3321, %v3300 fastmath<contract> : f32
                  %v3323 = arith.addf %v3312, %v3322 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v3324, %v3325 = gpu.shuffle xor %v3323, %v796, %v797 : f32
                  %v3326 = arith.addf %v3323, %v3324 fastmath<contract> : f32
                  %v3327, %v3328 = gpu.shuffle xor %v3326, %v801, %v797 : f32
                  %v3329 = arith.addf %v3326, %v3327 fastmath<contract> : f32
                  %v3330, %v3331 = gpu.shuffle xor %v3329, %v805, %v797 : f32
                  %v3332 = arith.addf %v3329, %v3330 fastmath<contract> : f32
                  // end sum over the lanes
                  %v3333 = arith.cmpi eq, %v39, %v85 : i64
                  %v3334 = arith.andi %v43, %v3333 : i1
                  scf.if %v3334 {
                    %v3335 = arith.muli %v53, %v435 : i64
                    %v3336 = arith.muli %v3187, %v434 : i64
                    %v3337 = arith.addi %v3335, %v3336 : i64
                    %v3338 = arith.muli %v51, %v433 : i64
                    %v3339 = arith.addi %v3337, %v3338 : i64
                    %v3340 = arith.muli %v49, %v2 : i64
                    %v3341 = arith.addi %v3339, %v3340 : i64
                    %v3342 = llvm.getelementptr %dx_v[%v3341] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3332, %v3342 : f32, !llvm.ptr
                  }
                  %v3343 = arith.mulf %v3310, %v3294 fastmath<contract> : f32
                  %v3344 = arith.mulf %v3320, %v3302 fastmath<contract> : f32
                  %v3345 = arith.addf %v3343, %v3344 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v3346, %v3347 = gpu.shuffle xor %v3345, %v796, %v797 : f32
                  %v3348 = arith.addf %v3345, %v3346 fastmath<contract> : f32
                  %v3349, %v3350 = gpu.shuffle xor %v3348, %v801, %v797 : f32
                  %v3351 = arith.addf %v3348, %v3349 fastmath<contract> : f32
                  %v3352, %v3353 = gpu.shuffle xor %v3351, %v805, %v797 : f32
                  %v3354 = arith.addf %v3351, %v3352 fastmath<contract> : f32
                  // end sum over the lanes
                  %v3355 = arith.mulf %v3281, %v3354 fastmath<contract> : f32
                  %v3356 = arith.mulf %v2005, %v3292 fastmath<contract> : f32
                  %v3357 = arith.mulf %v2014, %v3300 fastmath<contract> : f32
                  %v3358 = arith.addf %v3356, %v3357 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v3359, %v3360 = gpu.shuffle xor %v3358, %v796, %v797 : f32
                  %v3361 = arith.addf %v3358, %v3359 fastmath<contract> : f32
                  %v3362, %v3363 = gpu.shuffle xor %v3361, %v801, %v797 : f32
                  %v3364 = arith.addf %v3361, %v3362 fastmath<contract> : f32
                  %v3365, %v3366 = gpu.shuffle xor %v3364, %v805, %v797 : f32
                  %v3367 = arith.addf %v3364, %v3365 fastmath<contract> : f32
                  // end sum over the lanes
                  %v3368 = arith.mulf %v2023, %v3282 fastmath<contract> : f32
                  %v3369 = arith.mulf %v2032, %v3299 fastmath<contract> : f32
                  %v3370 = arith.addf %v3368, %v3369 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v3371, %v3372 = gpu.shuffle xor %v3370, %v796, %v797 : f32
                  %v3373 = arith.addf %v3370, %v3371 fastmath<contract> : f32
                  %v3374, %v3375 = gpu.shuffle xor %v3373, %v801, %v797 : f32
                  %v3376 = arith.addf %v3373, %v3374 fastmath<contract> : f32
                  %v3377, %v3378 = gpu.shuffle xor %v3376, %v805, %v797 : f32
                  %v3379 = arith.addf %v3376, %v3377 fastmath<contract> : f32
                  // end sum over the lanes
                  %v3380 = arith.addf %v3367, %v3379 fastmath<contract> : f32
                  %v3381 = arith.muli %v85, %v221 : i64
                  %v3382 = arith.subi %v3187, %v191 : i64
                  %v3383 = arith.addi %v3381, %v3382 : i64
                  %v3384 = llvm.getelementptr %v82[%v3383] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3385 = llvm.load %v3384 : !llvm.ptr -> f32
                  %v3386 = arith.negf %v3385 : f32
                  %v3387 = arith.mulf %v3386, %v412 fastmath<contract> : f32
                  %v3388 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3387) : (f32) -> f32
                  %v3389 = arith.addf %v84, %v3388 fastmath<contract> : f32
                  %v3390 = arith.divf %v84, %v3389 : f32
                  %v3391 = arith.subf %v84, %v3390 fastmath<contract> : f32
                  %v3392 = arith.mulf %v3390, %v3391 fastmath<contract> : f32
                  %v3393 = arith.mulf %v3380, %v3392 fastmath<contract> : f32
                  %v3394 = arith.select %v43, %v3271, %v83 : f32
                  // sum over the warp's outer points: shuffles
                  %v3395, %v3396 = gpu.shuffle xor %v3394, %v984, %v797 : f32
                  %v3397 = arith.addf %v3394, %v3395 fastmath<contract> : f32
                  %v3398, %v3399 = gpu.shuffle xor %v3397, %v988, %v797 : f32
                  %v3400 = arith.addf %v3397, %v3398 fastmath<contract> : f32
                  %v3401 = arith.divui %v24, %v26 : i64
                  %v3402 = arith.remui %v24, %v26 : i64
                  %v3403 = arith.cmpi ult, %v3402, %v38 : i64
                  %v3404 = arith.addi %v85, %v39 : i64
                  %v3405 = arith.muli %v3401, %v1 : i64
                  %v3406 = arith.addi %v3405, %v3404 : i64
                  %v3407 = arith.muli %v3406, %v998 : i64
                  %v3408 = arith.addi %v3407, %v3186 : i64
                  scf.if %v3403 {
                    %v3409 = llvm.getelementptr %v68[%v3408] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3400, %v3409 : f32, !llvm.ptr
                  }
                  %v3410 = arith.select %v43, %v3274, %v83 : f32
                  // sum over the warp's outer points: shuffles
                  %v3411, %v3412 = gpu.shuffle xor %v3410, %v984, %v797 : f32
                  %v3413 = arith.addf %v3410, %v3411 fastmath<contract> : f32
                  %v3414, %v3415 = gpu.shuffle xor %v3413, %v988, %v797 : f32
                  %v3416 = arith.addf %v3413, %v3414 fastmath<contract> : f32
                  %v3417 = arith.divui %v24, %v26 : i64
                  %v3418 = arith.remui %v24, %v26 : i64
                  %v3419 = arith.cmpi ult, %v3418, %v38 : i64
                  %v3420 = arith.addi %v38, %v39 : i64
                  %v3421 = arith.muli %v3417, %v1 : i64
                  %v3422 = arith.addi %v3421, %v3420 : i64
                  %v3423 = arith.muli %v3422, %v998 : i64
                  %v3424 = arith.addi %v3423, %v3186 : i64
                  scf.if %v3419 {
                    %v3425 = llvm.getelementptr %v68[%v3424] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3416, %v3425 : f32, !llvm.ptr
                  }
                  %v3426 = arith.select %v43, %v3298, %v83 : f32
                  // sum over the warp's outer points: shuffles
                  %v3427, %v3428 = gpu.shuffle xor %v3426, %v984, %v797 : f32
                  %v3429 = arith.addf %v3426, %v3427 fastmath<contract> : f32
                  %v3430, %v3431 = gpu.shuffle xor %v3429, %v988, %v797 : f32
                  %v3432 = arith.addf %v3429, %v3430 fastmath<contract> : f32
                  %v3433 = arith.divui %v24, %v26 : i64
                  %v3434 = arith.remui %v24, %v26 : i64
                  %v3435 = arith.cmpi ult, %v3434, %v38 : i64
                  %v3436 = arith.addi %v85, %v39 : i64
                  %v3437 = arith.muli %v3433, %v1 : i64
                  %v3438 = arith.addi %v3437, %v3436 : i64
                  %v3439 = arith.muli %v3438, %v998 : i64
                  %v3440 = arith.addi %v3439, %v3186 : i64
                  scf.if %v3435 {
                    %v3441 = llvm.getelementptr %v70[%v3440] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3432, %v3441 : f32, !llvm.ptr
                  }
                  %v3442 = arith.select %v43, %v3304, %v83 : f32
                  // sum over the warp's outer points: shuffles
                  %v3443, %v3444 = gpu.shuffle xor %v3442, %v984, %v797 : f32
                  %v3445 = arith.addf %v3442, %v3443 fastmath<contract> : f32
                  %v3446, %v3447 = gpu.shuffle xor %v3445, %v988, %v797 : f32
                  %v3448 = arith.addf %v3445, %v3446 fastmath<contract> : f32
                  %v3449 = arith.divui %v24, %v26 : i64
                  %v3450 = arith.remui %v24, %v26 : i64
                  %v3451 = arith.cmpi ult, %v3450, %v38 : i64
                  %v3452 = arith.addi %v38, %v39 : i64
                  %v3453 = arith.muli %v3449, %v1 : i64
                  %v3454 = arith.addi %v3453, %v3452 : i64
                  %v3455 = arith.muli %v3454, %v998 : i64
                  %v3456 = arith.addi %v3455, %v3186 : i64
                  scf.if %v3451 {
                    %v3457 = llvm.getelementptr %v70[%v3456] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3448, %v3457 : f32, !llvm.ptr
                  }
                  %v3458 = arith.select %v43, %v3355, %v83 : f32
                  // sum over the warp's outer points: shuffles
                  %v3459, %v3460 = gpu.shuffle xor %v3458, %v984, %v797 : f32
                  %v3461 = arith.addf %v3458, %v3459 fastmath<contract> : f32
                  %v3462, %v3463 = gpu.shuffle xor %v3461, %v988, %v797 : f32
                  %v3464 = arith.addf %v3461, %v3462 fastmath<contract> : f32
                  %v3465 = arith.divui %v24, %v26 : i64
                  %v3466 = arith.remui %v24, %v26 : i64
                  %v3467 = arith.cmpi ult, %v3466, %v2 : i64
                  %v3468 = arith.muli %v3465, %v2 : i64
                  %v3469 = arith.addi %v3468, %v85 : i64
                  %v3470 = arith.muli %v3469, %v998 : i64
                  %v3471 = arith.addi %v3470, %v3186 : i64
                  scf.if %v3467 {
                    %v3472 = llvm.getelementptr %v72[%v3471] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3464, %v3472 : f32, !llvm.ptr
                  }
                  %v3473 = arith.select %v43, %v3393, %v83 : f32
                  // sum over the warp's outer points: shuffles
                  %v3474, %v3475 = gpu.shuffle xor %v3473, %v984, %v797 : f32
                  %v3476 = arith.addf %v3473, %v3474 fastmath<contract> : f32
                  %v3477, %v3478 = gpu.shuffle xor %v3476, %v988, %v797 : f32
                  %v3479 = arith.addf %v3476, %v3477 fastmath<contract> : f32
                  %v3480 = arith.divui %v24, %v26 : i64
                  %v3481 = arith.remui %v24, %v26 : i64
                  %v3482 = arith.cmpi ult, %v3481, %v2 : i64
                  %v3483 = arith.muli %v3480, %v2 : i64
                  %v3484 = arith.addi %v3483, %v85 : i64
                  %v3485 = arith.muli %v3484, %v998 : i64
                  %v3486 = arith.addi %v3485, %v3186 : i64
                  scf.if %v3482 {
                    %v3487 = llvm.getelementptr %v74[%v3486] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3479, %v3487 : f32, !llvm.ptr
                  }
                  llvm.store %v3390, %v63 : f32, !llvm.ptr
                  llvm.store %v3390, %v64 : f32, !llvm.ptr
                  llvm.store %v3390, %v65 : f32, !llvm.ptr
                  llvm.store %v3390, %v66 : f32, !llvm.ptr
                }
              }
            }
          }
          gpu.barrier
          %v3489 = arith.index_cast %v24 : i64 to index
          %v3490 = arith.index_cast %v3488 : i64 to index
          %v3491 = arith.index_cast %v8 : i64 to index
          scf.for %v3492 = %v3489 to %v3490 step %v3491 {
            %v3493 = arith.index_cast %v3492 : index to i64
            %v3498 = arith.remui %v3493, %v26 : i64
            %v3499 = arith.divui %v3493, %v26 : i64
            %v3500 = arith.muli %v475, %v38 : i64
            %v3501 = arith.divui %v3498, %v55 : i64
            %v3502 = arith.addi %v3500, %v3501 : i64
            %v3503 = arith.cmpi slt, %v3502, %v195 : i64
            %v3504 = arith.subi %v195, %v2 : i64
            %v3505 = arith.subi %v3504, %v3502 : i64
            %v3506 = arith.remui %v3498, %v55 : i64
            %v3507 = arith.subi %v176, %v3506 : i64
            %v3508 = arith.muli %v3505, %v55 : i64
            %v3509 = arith.addi %v3508, %v3507 : i64
            %v3510 = arith.cmpi slt, %v3509, %v193 : i64
            %v3511 = arith.andi %v3503, %v3510 : i1
            scf.if %v3511 {
              %v3512 = arith.addi %v191, %v3509 : i64
              %v3513 = arith.remui %v3493, %v26 : i64
              %v3514 = arith.divui %v3493, %v26 : i64
              %v3515 = arith.muli %v85, %v1 : i64
              %v3516 = arith.addi %v3515, %v3514 : i64
              %v3517 = arith.muli %v3516, %v998 : i64
              %v3518 = arith.addi %v3517, %v3513 : i64
              %v3519 = llvm.getelementptr %v68[%v3518] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3520 = llvm.load %v3519 : !llvm.ptr -> f32
              %v3521 = arith.muli %v2, %v1 : i64
              %v3522 = arith.addi %v3521, %v3514 : i64
              %v3523 = arith.muli %v3522, %v998 : i64
              %v3524 = arith.addi %v3523, %v3513 : i64
              %v3525 = llvm.getelementptr %v68[%v3524] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3526 = llvm.load %v3525 : !llvm.ptr -> f32
              %v3527 = arith.addf %v3520, %v3526 fastmath<contract> : f32
              %v3528 = arith.muli %v643, %v1 : i64
              %v3529 = arith.addi %v3528, %v3514 : i64
              %v3530 = arith.muli %v3529, %v998 : i64
              %v3531 = arith.addi %v3530, %v3513 : i64
              %v3532 = llvm.getelementptr %v68[%v3531] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3533 = llvm.load %v3532 : !llvm.ptr -> f32
              %v3534 = arith.addf %v3527, %v3533 fastmath<contract> : f32
              %v3535 = arith.muli %v176, %v1 : i64
              %v3536 = arith.addi %v3535, %v3514 : i64
              %v3537 = arith.muli %v3536, %v998 : i64
              %v3538 = arith.addi %v3537, %v3513 : i64
              %v3539 = llvm.getelementptr %v68[%v3538] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3540 = llvm.load %v3539 : !llvm.ptr -> f32
              %v3541 = arith.addf %v3534, %v3540 fastmath<contract> : f32
              %v3542 = arith.muli %v55, %v1 : i64
              %v3543 = arith.addi %v3542, %v3514 : i64
              %v3544 = arith.muli %v3543, %v998 : i64
              %v3545 = arith.addi %v3544, %v3513 : i64
              %v3546 = llvm.getelementptr %v68[%v3545] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3547 = llvm.load %v3546 : !llvm.ptr -> f32
              %v3548 = arith.addf %v3541, %v3547 fastmath<contract> : f32
              %v3550 = arith.muli %v3549, %v1 : i64
              %v3551 = arith.addi %v3550, %v3514 : i64
              %v3552 = arith.muli %v3551, %v998 : i64
              %v3553 = arith.addi %v3552, %v3513 : i64
              %v3554 = llvm.getelementptr %v68[%v3553] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3555 = llvm.load %v3554 : !llvm.ptr -> f32
              %v3556 = arith.addf %v3548, %v3555 fastmath<contract> : f32
              %v3558 = arith.muli %v3557, %v1 : i64
              %v3559 = arith.addi %v3558, %v3514 : i64
              %v3560 = arith.muli %v3559, %v998 : i64
              %v3561 = arith.addi %v3560, %v3513 : i64
              %v3562 = llvm.getelementptr %v68[%v3561] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3563 = llvm.load %v3562 : !llvm.ptr -> f32
              %v3564 = arith.addf %v3556, %v3563 fastmath<contract> : f32
              %v3565 = arith.muli %v468, %v1 : i64
              %v3566 = arith.addi %v3565, %v3514 : i64
              %v3567 = arith.muli %v3566, %v998 : i64
              %v3568 = arith.addi %v3567, %v3513 : i64
              %v3569 = llvm.getelementptr %v68[%v3568] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3570 = llvm.load %v3569 : !llvm.ptr -> f32
              %v3571 = arith.addf %v3564, %v3570 fastmath<contract> : f32
              %v3572 = arith.remui %v3499, %v1 : i64
              %v3573 = arith.divui %v3499, %v1 : i64
              %v3574 = arith.muli %v53, %v211 : i64
              %v3575 = arith.muli %v3512, %v210 : i64
              %v3576 = arith.addi %v3574, %v3575 : i64
              %v3577 = arith.muli %v51, %v209 : i64
              %v3578 = arith.addi %v3576, %v3577 : i64
              %v3579 = arith.muli %v3572, %v2 : i64
              %v3580 = arith.addi %v3578, %v3579 : i64
              %v3581 = arith.muli %v37, %v3497 : i64
              %v3582 = arith.addi %v3581, %v3580 : i64
              %v3583 = llvm.getelementptr %part_q[%v3582] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v3571, %v3583 : f32, !llvm.ptr
            }
          }
          %v3584 = arith.index_cast %v24 : i64 to index
          %v3585 = arith.index_cast %v3488 : i64 to index
          %v3586 = arith.index_cast %v8 : i64 to index
          scf.for %v3587 = %v3584 to %v3585 step %v3586 {
            %v3588 = arith.index_cast %v3587 : index to i64
            %v3593 = arith.remui %v3588, %v26 : i64
            %v3594 = arith.divui %v3588, %v26 : i64
            %v3595 = arith.muli %v475, %v38 : i64
            %v3596 = arith.divui %v3593, %v55 : i64
            %v3597 = arith.addi %v3595, %v3596 : i64
            %v3598 = arith.cmpi slt, %v3597, %v195 : i64
            %v3599 = arith.subi %v195, %v2 : i64
            %v3600 = arith.subi %v3599, %v3597 : i64
            %v3601 = arith.remui %v3593, %v55 : i64
            %v3602 = arith.subi %v176, %v3601 : i64
            %v3603 = arith.muli %v3600, %v55 : i64
            %v3604 = arith.addi %v3603, %v3602 : i64
            %v3605 = arith.cmpi slt, %v3604, %v193 : i64
            %v3606 = arith.andi %v3598, %v3605 : i1
            scf.if %v3606 {
              %v3607 = arith.addi %v191, %v3604 : i64
              %v3608 = arith.remui %v3588, %v26 : i64
              %v3609 = arith.divui %v3588, %v26 : i64
              %v3610 = arith.muli %v85, %v1 : i64
              %v3611 = arith.addi %v3610, %v3609 : i64
              %v3612 = arith.muli %v3611, %v998 : i64
              %v3613 = arith.addi %v3612, %v3608 : i64
              %v3614 = llvm.getelementptr %v70[%v3613] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3615 = llvm.load %v3614 : !llvm.ptr -> f32
              %v3616 = arith.muli %v2, %v1 : i64
              %v3617 = arith.addi %v3616, %v3609 : i64
              %v3618 = arith.muli %v3617, %v998 : i64
              %v3619 = arith.addi %v3618, %v3608 : i64
              %v3620 = llvm.getelementptr %v70[%v3619] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3621 = llvm.load %v3620 : !llvm.ptr -> f32
              %v3622 = arith.addf %v3615, %v3621 fastmath<contract> : f32
              %v3623 = arith.muli %v643, %v1 : i64
              %v3624 = arith.addi %v3623, %v3609 : i64
              %v3625 = arith.muli %v3624, %v998 : i64
              %v3626 = arith.addi %v3625, %v3608 : i64
              %v3627 = llvm.getelementptr %v70[%v3626] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3628 = llvm.load %v3627 : !llvm.ptr -> f32
              %v3629 = arith.addf %v3622, %v3628 fastmath<contract> : f32
              %v3630 = arith.muli %v176, %v1 : i64
              %v3631 = arith.addi %v3630, %v3609 : i64
              %v3632 = arith.muli %v3631, %v998 : i64
              %v3633 = arith.addi %v3632, %v3608 : i64
              %v3634 = llvm.getelementptr %v70[%v3633] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3635 = llvm.load %v3634 : !llvm.ptr -> f32
              %v3636 = arith.addf %v3629, %v3635 fastmath<contract> : f32
              %v3637 = arith.muli %v55, %v1 : i64
              %v3638 = arith.addi %v3637, %v3609 : i64
              %v3639 = arith.muli %v3638, %v998 : i64
              %v3640 = arith.addi %v3639, %v3608 : i64
              %v3641 = llvm.getelementptr %v70[%v3640] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3642 = llvm.load %v3641 : !llvm.ptr -> f32
              %v3643 = arith.addf %v3636, %v3642 fastmath<contract> : f32
              %v3644 = arith.muli %v3549, %v1 : i64
              %v3645 = arith.addi %v3644, %v3609 : i64
              %v3646 = arith.muli %v3645, %v998 : i64
              %v3647 = arith.addi %v3646, %v3608 : i64
              %v3648 = llvm.getelementptr %v70[%v3647] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3649 = llvm.load %v3648 : !llvm.ptr -> f32
              %v3650 = arith.addf %v3643, %v3649 fastmath<contract> : f32
              %v3651 = arith.muli %v3557, %v1 : i64
              %v3652 = arith.addi %v3651, %v3609 : i64
              %v3653 = arith.muli %v3652, %v998 : i64
              %v3654 = arith.addi %v3653, %v3608 : i64
              %v3655 = llvm.getelementptr %v70[%v3654] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3656 = llvm.load %v3655 : !llvm.ptr -> f32
              %v3657 = arith.addf %v3650, %v3656 fastmath<contract> : f32
              %v3658 = arith.muli %v468, %v1 : i64
              %v3659 = arith.addi %v3658, %v3609 : i64
              %v3660 = arith.muli %v3659, %v998 : i64
              %v3661 = arith.addi %v3660, %v3608 : i64
              %v3662 = llvm.getelementptr %v70[%v3661] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3663 = llvm.load %v3662 : !llvm.ptr -> f32
              %v3664 = arith.addf %v3657, %v3663 fastmath<contract> : f32
              %v3665 = arith.remui %v3594, %v1 : i64
              %v3666 = arith.divui %v3594, %v1 : i64
              %v3667 = arith.muli %v53, %v211 : i64
              %v3668 = arith.muli %v3607, %v210 : i64
              %v3669 = arith.addi %v3667, %v3668 : i64
              %v3670 = arith.muli %v51, %v209 : i64
              %v3671 = arith.addi %v3669, %v3670 : i64
              %v3672 = arith.muli %v3665, %v2 : i64
              %v3673 = arith.addi %v3671, %v3672 : i64
              %v3674 = arith.muli %v37, %v3592 : i64
              %v3675 = arith.addi %v3674, %v3673 : i64
              %v3676 = llvm.getelementptr %part_k[%v3675] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v3664, %v3676 : f32, !llvm.ptr
            }
          }
          %v3677 = arith.index_cast %v24 : i64 to index
          %v3678 = arith.index_cast %v26 : i64 to index
          %v3679 = arith.index_cast %v8 : i64 to index
          scf.for %v3680 = %v3677 to %v3678 step %v3679 {
            %v3681 = arith.index_cast %v3680 : index to i64
            %v3685 = arith.remui %v3681, %v26 : i64
            %v3686 = arith.divui %v3681, %v26 : i64
            %v3687 = arith.muli %v475, %v38 : i64
            %v3688 = arith.divui %v3685, %v55 : i64
            %v3689 = arith.addi %v3687, %v3688 : i64
            %v3690 = arith.cmpi slt, %v3689, %v195 : i64
            %v3691 = arith.subi %v195, %v2 : i64
            %v3692 = arith.subi %v3691, %v3689 : i64
            %v3693 = arith.remui %v3685, %v55 : i64
            %v3694 = arith.subi %v176, %v3693 : i64
            %v3695 = arith.muli %v3692, %v55 : i64
            %v3696 = arith.addi %v3695, %v3694 : i64
            %v3697 = arith.cmpi slt, %v3696, %v193 : i64
            %v3698 = arith.andi %v3690, %v3697 : i1
            scf.if %v3698 {
              %v3699 = arith.addi %v191, %v3696 : i64
              %v3700 = arith.remui %v3681, %v26 : i64
              %v3701 = arith.divui %v3681, %v26 : i64
              %v3702 = arith.muli %v85, %v2 : i64
              %v3703 = arith.addi %v3702, %v3701 : i64
              %v3704 = arith.muli %v3703, %v998 : i64
              %v3705 = arith.addi %v3704, %v3700 : i64
              %v3706 = llvm.getelementptr %v72[%v3705] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3707 = llvm.load %v3706 : !llvm.ptr -> f32
              %v3708 = arith.muli %v2, %v2 : i64
              %v3709 = arith.addi %v3708, %v3701 : i64
              %v3710 = arith.muli %v3709, %v998 : i64
              %v3711 = arith.addi %v3710, %v3700 : i64
              %v3712 = llvm.getelementptr %v72[%v3711] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3713 = llvm.load %v3712 : !llvm.ptr -> f32
              %v3714 = arith.addf %v3707, %v3713 fastmath<contract> : f32
              %v3715 = arith.muli %v643, %v2 : i64
              %v3716 = arith.addi %v3715, %v3701 : i64
              %v3717 = arith.muli %v3716, %v998 : i64
              %v3718 = arith.addi %v3717, %v3700 : i64
              %v3719 = llvm.getelementptr %v72[%v3718] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3720 = llvm.load %v3719 : !llvm.ptr -> f32
              %v3721 = arith.addf %v3714, %v3720 fastmath<contract> : f32
              %v3722 = arith.muli %v176, %v2 : i64
              %v3723 = arith.addi %v3722, %v3701 : i64
              %v3724 = arith.muli %v3723, %v998 : i64
              %v3725 = arith.addi %v3724, %v3700 : i64
              %v3726 = llvm.getelementptr %v72[%v3725] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3727 = llvm.load %v3726 : !llvm.ptr -> f32
              %v3728 = arith.addf %v3721, %v3727 fastmath<contract> : f32
              %v3729 = arith.muli %v55, %v2 : i64
              %v3730 = arith.addi %v3729, %v3701 : i64
              %v3731 = arith.muli %v3730, %v998 : i64
              %v3732 = arith.addi %v3731, %v3700 : i64
              %v3733 = llvm.getelementptr %v72[%v3732] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3734 = llvm.load %v3733 : !llvm.ptr -> f32
              %v3735 = arith.addf %v3728, %v3734 fastmath<contract> : f32
              %v3736 = arith.muli %v3549, %v2 : i64
              %v3737 = arith.addi %v3736, %v3701 : i64
              %v3738 = arith.muli %v3737, %v998 : i64
              %v3739 = arith.addi %v3738, %v3700 : i64
              %v3740 = llvm.getelementptr %v72[%v3739] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3741 = llvm.load %v3740 : !llvm.ptr -> f32
              %v3742 = arith.addf %v3735, %v3741 fastmath<contract> : f32
              %v3743 = arith.muli %v3557, %v2 : i64
              %v3744 = arith.addi %v3743, %v3701 : i64
              %v3745 = arith.muli %v3744, %v998 : i64
              %v3746 = arith.addi %v3745, %v3700 : i64
              %v3747 = llvm.getelementptr %v72[%v3746] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3748 = llvm.load %v3747 : !llvm.ptr -> f32
              %v3749 = arith.addf %v3742, %v3748 fastmath<contract> : f32
              %v3750 = arith.muli %v468, %v2 : i64
              %v3751 = arith.addi %v3750, %v3701 : i64
              %v3752 = arith.muli %v3751, %v998 : i64
              %v3753 = arith.addi %v3752, %v3700 : i64
              %v3754 = llvm.getelementptr %v72[%v3753] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3755 = llvm.load %v3754 : !llvm.ptr -> f32
              %v3756 = arith.addf %v3749, %v3755 fastmath<contract> : f32
              %v3757 = arith.muli %v53, %v258 : i64
              %v3758 = arith.muli %v3699, %v257 : i64
              %v3759 = arith.addi %v3757, %v3758 : i64
              %v3760 = arith.muli %v51, %v2 : i64
              %v3761 = arith.addi %v3759, %v3760 : i64
              %v3762 = arith.muli %v37, %v3684 : i64
              %v3763 = arith.addi %v3762, %v3761 : i64
              %v3764 = llvm.getelementptr %part_ig[%v3763] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v3756, %v3764 : f32, !llvm.ptr
            }
          }
          %v3765 = arith.index_cast %v24 : i64 to index
          %v3766 = arith.index_cast %v26 : i64 to index
          %v3767 = arith.index_cast %v8 : i64 to index
          scf.for %v3768 = %v3765 to %v3766 step %v3767 {
            %v3769 = arith.index_cast %v3768 : index to i64
            %v3773 = arith.remui %v3769, %v26 : i64
            %v3774 = arith.divui %v3769, %v26 : i64
            %v3775 = arith.muli %v475, %v38 : i64
            %v3776 = arith.divui %v3773, %v55 : i64
            %v3777 = arith.addi %v3775, %v3776 : i64
            %v3778 = arith.cmpi slt, %v3777, %v195 : i64
            %v3779 = arith.subi %v195, %v2 : i64
            %v3780 = arith.subi %v3779, %v3777 : i64
            %v3781 = arith.remui %v3773, %v55 : i64
            %v3782 = arith.subi %v176, %v3781 : i64
            %v3783 = arith.muli %v3780, %v55 : i64
            %v3784 = arith.addi %v3783, %v3782 : i64
            %v3785 = arith.cmpi slt, %v3784, %v193 : i64
            %v3786 = arith.andi %v3778, %v3785 : i1
            scf.if %v3786 {
              %v3787 = arith.addi %v191, %v3784 : i64
              %v3788 = arith.remui %v3769, %v26 : i64
              %v3789 = arith.divui %v3769, %v26 : i64
              %v3790 = arith.muli %v85, %v2 : i64
              %v3791 = arith.addi %v3790, %v3789 : i64
              %v3792 = arith.muli %v3791, %v998 : i64
              %v3793 = arith.addi %v3792, %v3788 : i64
              %v3794 = llvm.getelementptr %v74[%v3793] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3795 = llvm.load %v3794 : !llvm.ptr -> f32
              %v3796 = arith.muli %v2, %v2 : i64
              %v3797 = arith.addi %v3796, %v3789 : i64
              %v3798 = arith.muli %v3797, %v998 : i64
              %v3799 = arith.addi %v3798, %v3788 : i64
              %v3800 = llvm.getelementptr %v74[%v3799] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3801 = llvm.load %v3800 : !llvm.ptr -> f32
              %v3802 = arith.addf %v3795, %v3801 fastmath<contract> : f32
              %v3803 = arith.muli %v643, %v2 : i64
              %v3804 = arith.addi %v3803, %v3789 : i64
              %v3805 = arith.muli %v3804, %v998 : i64
              %v3806 = arith.addi %v3805, %v3788 : i64
              %v3807 = llvm.getelementptr %v74[%v3806] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3808 = llvm.load %v3807 : !llvm.ptr -> f32
              %v3809 = arith.addf %v3802, %v3808 fastmath<contract> : f32
              %v3810 = arith.muli %v176, %v2 : i64
              %v3811 = arith.addi %v3810, %v3789 : i64
              %v3812 = arith.muli %v3811, %v998 : i64
              %v3813 = arith.addi %v3812, %v3788 : i64
              %v3814 = llvm.getelementptr %v74[%v3813] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3815 = llvm.load %v3814 : !llvm.ptr -> f32
              %v3816 = arith.addf %v3809, %v3815 fastmath<contract> : f32
              %v3817 = arith.muli %v55, %v2 : i64
              %v3818 = arith.addi %v3817, %v3789 : i64
              %v3819 = arith.muli %v3818, %v998 : i64
              %v3820 = arith.addi %v3819, %v3788 : i64
              %v3821 = llvm.getelementptr %v74[%v3820] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3822 = llvm.load %v3821 : !llvm.ptr -> f32
              %v3823 = arith.addf %v3816, %v3822 fastmath<contract> : f32
              %v3824 = arith.muli %v3549, %v2 : i64
              %v3825 = arith.addi %v3824, %v3789 : i64
              %v3826 = arith.muli %v3825, %v998 : i64
              %v3827 = arith.addi %v3826, %v3788 : i64
              %v3828 = llvm.getelementptr %v74[%v3827] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3829 = llvm.load %v3828 : !llvm.ptr -> f32
              %v3830 = arith.addf %v3823, %v3829 fastmath<contract> : f32
              %v3831 = arith.muli %v3557, %v2 : i64
              %v3832 = arith.addi %v3831, %v3789 : i64
              %v3833 = arith.muli %v3832, %v998 : i64
              %v3834 = arith.addi %v3833, %v3788 : i64
              %v3835 = llvm.getelementptr %v74[%v3834] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3836 = llvm.load %v3835 : !llvm.ptr -> f32
              %v3837 = arith.addf %v3830, %v3836 fastmath<contract> : f32
              %v3838 = arith.muli %v468, %v2 : i64
              %v3839 = arith.addi %v3838, %v3789 : i64
              %v3840 = arith.muli %v3839, %v998 : i64
              %v3841 = arith.addi %v3840, %v3788 : i64
              %v3842 = llvm.getelementptr %v74[%v3841] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3843 = llvm.load %v3842 : !llvm.ptr -> f32
              %v3844 = arith.addf %v3837, %v3843 fastmath<contract> : f32
              %v3845 = arith.muli %v53, %v258 : i64
              %v3846 = arith.muli %v3787, %v257 : i64
              %v3847 = arith.addi %v3845, %v3846 : i64
              %v3848 = arith.muli %v51, %v2 : i64
              %v3849 = arith.addi %v3847, %v3848 : i64
              %v3850 = arith.muli %v37, %v3772 : i64
              %v3851 = arith.addi %v3850, %v3849 : i64
              %v3852 = llvm.getelementptr %part_fg[%v3851] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v3844, %v3852 : f32, !llvm.ptr
            }
          }
          gpu.barrier
        }
      }
      %v3853 = arith.cmpi eq, %v34, %v85 : i64
      scf.if %v3853 {
      }
      gpu.return
    }
  }
}
