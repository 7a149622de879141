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
      %v66 = llvm.mlir.addressof @tile_mlstm_bwd_seg_q : !llvm.ptr<3>
      %v67 = llvm.addrspacecast %v66 : !llvm.ptr<3> to !llvm.ptr
      %v68 = llvm.mlir.addressof @tile_mlstm_bwd_seg_k : !llvm.ptr<3>
      %v69 = llvm.addrspacecast %v68 : !llvm.ptr<3> to !llvm.ptr
      %v70 = llvm.mlir.addressof @tile_mlstm_bwd_seg_ig : !llvm.ptr<3>
      %v71 = llvm.addrspacecast %v70 : !llvm.ptr<3> to !llvm.ptr
      %v72 = llvm.mlir.addressof @tile_mlstm_bwd_seg_fg : !llvm.ptr<3>
      %v73 = llvm.addrspacecast %v72 : !llvm.ptr<3> to !llvm.ptr
      %v74 = llvm.mlir.addressof @rows_mlstm_bwd_seg_q : !llvm.ptr<3>
      %v75 = llvm.addrspacecast %v74 : !llvm.ptr<3> to !llvm.ptr
      %v76 = llvm.mlir.addressof @rows_mlstm_bwd_seg_k : !llvm.ptr<3>
      %v77 = llvm.addrspacecast %v76 : !llvm.ptr<3> to !llvm.ptr
      %v78 = llvm.mlir.addressof @rows_mlstm_bwd_seg_ig : !llvm.ptr<3>
      %v79 = llvm.addrspacecast %v78 : !llvm.ptr<3> to !llvm.ptr
      %v80 = llvm.mlir.addressof @rows_mlstm_bwd_seg_fg : !llvm.ptr<3>
      %v81 = llvm.addrspacecast %v80 : !llvm.ptr<3> to !llvm.ptr
      %v82 = arith.constant 0x00000000 : f32
      %v83 = arith.constant 0x3F800000 : f32
      %v84 = arith.constant 0 : i64
      %v158 = arith.constant 64 : i64
      %v159 = arith.constant 3 : i64
      %v160 = arith.constant 63 : i64
      %v180 = arith.constant 1024 : i64
      %v192 = arith.muli %v1, %size_H : i64
      %v193 = arith.muli %v192, %size_L : i64
      %v202 = arith.constant 65 : i64
      %v237 = arith.muli %size_H, %size_L : i64
      %v266 = arith.muli %size_B, %size_H : i64
      %v267 = arith.muli %v266, %v1 : i64
      %v268 = arith.muli %v267, %size_DV : i64
      %v270 = arith.muli %size_DV, %v1 : i64
      %v271 = arith.muli %v270, %size_H : i64
      %v281 = arith.muli %size_B, %size_H : i64
      %v282 = arith.muli %v281, %v1 : i64
      %v283 = arith.muli %v282, %size_DV : i64
      %v296 = arith.muli %size_B, %size_H : i64
      %v297 = arith.muli %v296, %v1 : i64
      %v299 = arith.muli %v1, %size_H : i64
      %v307 = arith.muli %size_B, %size_H : i64
      %v308 = arith.muli %v307, %v1 : i64
      %v375 = arith.constant 0x3FB8AA3B : f32
      %v394 = arith.muli %size_DV, %size_H : i64
      %v395 = arith.muli %v394, %size_L : i64
      %v427 = arith.constant 7 : i64
      %v589 = arith.constant 2 : i64
      %v699 = arith.constant 2147483647 : i64
      %v703 = arith.constant 3 : i32
      %v730 = arith.constant 1 : i32
      %v731 = arith.constant 32 : i32
      %v735 = arith.constant 2 : i32
      %v739 = arith.constant 4 : i32
      %v776 = arith.constant 0xBF800000 : f32
      %v912 = arith.constant 8 : i32
      %v916 = arith.constant 16 : i32
      %v925 = arith.constant 33 : i64
      %v1586 = arith.constant 0 : i32
      %v3293 = arith.constant 512 : i64
      %v3299 = arith.muli %size_B, %size_L : i64
      %v3300 = arith.muli %v3299, %size_H : i64
      %v3301 = arith.muli %v3300, %v1 : i64
      %v3335 = arith.constant 48 : i64
      %v3348 = arith.constant 5 : i64
      %v3349 = arith.constant 80 : i64
      %v3356 = arith.constant 6 : i64
      %v3357 = arith.constant 96 : i64
      %v3364 = arith.constant 112 : i64
      %v3387 = arith.muli %size_B, %size_L : i64
      %v3388 = arith.muli %v3387, %size_H : i64
      %v3389 = arith.muli %v3388, %v1 : i64
      %v3469 = arith.muli %size_B, %size_L : i64
      %v3470 = arith.muli %v3469, %size_H : i64
      %v3546 = arith.muli %size_B, %size_L : i64
      %v3547 = arith.muli %v3546, %size_H : i64
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
      %v390 = arith.sitofp %v1 : i64 to f32
      %v506 = arith.sitofp %v1 : i64 to f32
      %v558 = arith.sitofp %v1 : i64 to f32
      %v611 = arith.sitofp %v1 : i64 to f32
      %v663 = arith.sitofp %v1 : i64 to f32
      %v816 = arith.sitofp %v1 : i64 to f32
      %v1111 = arith.sitofp %v1 : i64 to f32
      %v1403 = arith.sitofp %v1 : i64 to f32
      %v1695 = arith.sitofp %v1 : i64 to f32
      %v1933 = arith.sitofp %v1 : i64 to f32
      %v1985 = arith.sitofp %v1 : i64 to f32
      %v2037 = arith.sitofp %v1 : i64 to f32
      %v2089 = arith.sitofp %v1 : i64 to f32
      %v2235 = arith.sitofp %v1 : i64 to f32
      %v2527 = arith.sitofp %v1 : i64 to f32
      %v2819 = arith.sitofp %v1 : i64 to f32
      %v3110 = arith.sitofp %v1 : i64 to f32
      %v55 = arith.muli %v33, %v54 : i64
      %v56 = arith.addi %v55, %v54 : i64
      %v57 = arith.muli %v33, %v4 : i64
      llvm.store %v82, %v58 : f32, !llvm.ptr
      llvm.store %v82, %v59 : f32, !llvm.ptr
      llvm.store %v82, %v60 : f32, !llvm.ptr
      llvm.store %v82, %v61 : f32, !llvm.ptr
      llvm.store %v83, %v62 : f32, !llvm.ptr
      llvm.store %v83, %v63 : f32, !llvm.ptr
      llvm.store %v83, %v64 : f32, !llvm.ptr
      llvm.store %v83, %v65 : f32, !llvm.ptr
      %v85 = arith.muli %v33, %v1 : i64
      %v86 = arith.addi %v85, %v38 : i64
      %v87 = arith.muli %v86, %v4 : i64
      %v88 = arith.subi %v4, %v2 : i64
      %v89 = arith.minsi %v44, %v88 : i64
      %v90 = arith.addi %v87, %v89 : i64
      %v91 = llvm.getelementptr %segcarry_C[%v90] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v92 = llvm.load %v91 : !llvm.ptr -> f32
      llvm.store %v92, %v58 : f32, !llvm.ptr
      %v93 = arith.addi %v8, %v33 : i64
      %v94 = arith.muli %v93, %v1 : i64
      %v95 = arith.addi %v94, %v38 : i64
      %v96 = arith.muli %v95, %v4 : i64
      %v97 = arith.subi %v4, %v2 : i64
      %v98 = arith.minsi %v44, %v97 : i64
      %v99 = arith.addi %v96, %v98 : i64
      %v100 = llvm.getelementptr %segcarry_C[%v99] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v101 = llvm.load %v100 : !llvm.ptr -> f32
      llvm.store %v101, %v62 : f32, !llvm.ptr
      %v102 = arith.addi %v37, %v38 : i64
      %v103 = arith.muli %v33, %v1 : i64
      %v104 = arith.addi %v103, %v102 : i64
      %v105 = arith.muli %v104, %v4 : i64
      %v106 = arith.subi %v4, %v2 : i64
      %v107 = arith.minsi %v44, %v106 : i64
      %v108 = arith.addi %v105, %v107 : i64
      %v109 = llvm.getelementptr %segcarry_C[%v108] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v110 = llvm.load %v109 : !llvm.ptr -> f32
      llvm.store %v110, %v59 : f32, !llvm.ptr
      %v111 = arith.addi %v37, %v38 : i64
      %v112 = arith.addi %v8, %v33 : i64
      %v113 = arith.muli %v112, %v1 : i64
      %v114 = arith.addi %v113, %v111 : i64
      %v115 = arith.muli %v114, %v4 : i64
      %v116 = arith.subi %v4, %v2 : i64
      %v117 = arith.minsi %v44, %v116 : i64
      %v118 = arith.addi %v115, %v117 : i64
      %v119 = llvm.getelementptr %segcarry_C[%v118] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v120 = llvm.load %v119 : !llvm.ptr -> f32
      llvm.store %v120, %v63 : f32, !llvm.ptr
      %v121 = arith.muli %v33, %v1 : i64
      %v122 = arith.addi %v121, %v38 : i64
      %v123 = arith.muli %v122, %v4 : i64
      %v124 = arith.subi %v4, %v2 : i64
      %v125 = arith.minsi %v44, %v124 : i64
      %v126 = arith.addi %v123, %v125 : i64
      %v127 = llvm.getelementptr %segcarry_n[%v126] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v128 = llvm.load %v127 : !llvm.ptr -> f32
      llvm.store %v128, %v60 : f32, !llvm.ptr
      %v129 = arith.addi %v8, %v33 : i64
      %v130 = arith.muli %v129, %v1 : i64
      %v131 = arith.addi %v130, %v38 : i64
      %v132 = arith.muli %v131, %v4 : i64
      %v133 = arith.subi %v4, %v2 : i64
      %v134 = arith.minsi %v44, %v133 : i64
      %v135 = arith.addi %v132, %v134 : i64
      %v136 = llvm.getelementptr %segcarry_n[%v135] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v137 = llvm.load %v136 : !llvm.ptr -> f32
      llvm.store %v137, %v64 : f32, !llvm.ptr
      %v138 = arith.addi %v37, %v38 : i64
      %v139 = arith.muli %v33, %v1 : i64
      %v140 = arith.addi %v139, %v138 : i64
      %v141 = arith.muli %v140, %v4 : i64
      %v142 = arith.subi %v4, %v2 : i64
      %v143 = arith.minsi %v44, %v142 : i64
      %v144 = arith.addi %v141, %v143 : i64
      %v145 = llvm.getelementptr %segcarry_n[%v144] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v146 = llvm.load %v145 : !llvm.ptr -> f32
      llvm.store %v146, %v61 : f32, !llvm.ptr
      %v147 = arith.addi %v37, %v38 : i64
      %v148 = arith.addi %v8, %v33 : i64
      %v149 = arith.muli %v148, %v1 : i64
      %v150 = arith.addi %v149, %v147 : i64
      %v151 = arith.muli %v150, %v4 : i64
      %v152 = arith.subi %v4, %v2 : i64
      %v153 = arith.minsi %v44, %v152 : i64
      %v154 = arith.addi %v151, %v153 : i64
      %v155 = llvm.getelementptr %segcarry_n[%v154] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v156 = llvm.load %v155 : !llvm.ptr -> f32
      llvm.store %v156, %v65 : f32, !llvm.ptr
      %v157 = arith.cmpi eq, %size_L, %v84 : i64
      scf.if %v157 {
        llvm.store %v82, %v17 : f32, !llvm.ptr
        llvm.store %v82, %v18 : f32, !llvm.ptr
        llvm.store %v82, %v19 : f32, !llvm.ptr
        llvm.store %v82, %v20 : f32, !llvm.ptr
      }
      %v161 = arith.addi %size_L, %v160 : i64
      %v162 = arith.divui %v161, %v158 : i64
      %v163 = arith.minsi %v56, %v162 : i64
      %v164 = arith.muli %v33, %v1 : i64
      %v165 = arith.subi %v163, %v55 : i64
      %v166 = arith.maxsi %v165, %v84 : i64
      %v167 = arith.index_cast %v84 : i64 to index
      %v168 = arith.index_cast %v166 : i64 to index
      %v169 = arith.index_cast %v2 : i64 to index
      scf.for %v170 = %v167 to %v168 step %v169 {
        %v171 = arith.index_cast %v170 : index to i64
        %v172 = arith.subi %v163, %v2 : i64
        %v173 = arith.subi %v172, %v171 : i64
        %v174 = arith.muli %v173, %v158 : i64
        %v175 = arith.subi %size_L, %v174 : i64
        %v176 = arith.minsi %v175, %v158 : i64
        %v177 = arith.addi %v176, %v159 : i64
        %v178 = arith.divui %v177, %v54 : i64
        // the block's shared input rows for this stretch
        gpu.barrier
        %v179 = arith.subi %size_L, %v2 : i64
        %v181 = arith.index_cast %v23 : i64 to index
        %v182 = arith.index_cast %v180 : i64 to index
        %v183 = arith.index_cast %v7 : i64 to index
        scf.for %v184 = %v181 to %v182 step %v183 {
          %v185 = arith.index_cast %v184 : index to i64
          %v186 = arith.remui %v185, %v158 : i64
          %v187 = arith.divui %v185, %v158 : i64
          %v188 = arith.addi %v174, %v186 : i64
          %v189 = arith.minsi %v188, %v179 : i64
          %v190 = arith.remui %v187, %v1 : i64
          %v191 = arith.divui %v187, %v1 : i64
          %v194 = arith.muli %v52, %v193 : i64
          %v195 = arith.muli %v189, %v192 : i64
          %v196 = arith.addi %v194, %v195 : i64
          %v197 = arith.muli %v50, %v1 : i64
          %v198 = arith.addi %v196, %v197 : i64
          %v199 = arith.addi %v198, %v190 : i64
          %v200 = llvm.getelementptr %in_q[%v199] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v201 = llvm.load %v200 : !llvm.ptr -> f32
          %v203 = arith.muli %v187, %v202 : i64
          %v204 = arith.addi %v203, %v186 : i64
          %v205 = llvm.getelementptr %v75[%v204] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v201, %v205 : f32, !llvm.ptr
        }
        %v206 = arith.index_cast %v23 : i64 to index
        %v207 = arith.index_cast %v180 : i64 to index
        %v208 = arith.index_cast %v7 : i64 to index
        scf.for %v209 = %v206 to %v207 step %v208 {
          %v210 = arith.index_cast %v209 : index to i64
          %v211 = arith.remui %v210, %v158 : i64
          %v212 = arith.divui %v210, %v158 : i64
          %v213 = arith.addi %v174, %v211 : i64
          %v214 = arith.minsi %v213, %v179 : i64
          %v215 = arith.remui %v212, %v1 : i64
          %v216 = arith.divui %v212, %v1 : i64
          %v217 = arith.muli %v52, %v193 : i64
          %v218 = arith.muli %v214, %v192 : i64
          %v219 = arith.addi %v217, %v218 : i64
          %v220 = arith.muli %v50, %v1 : i64
          %v221 = arith.addi %v219, %v220 : i64
          %v222 = arith.addi %v221, %v215 : i64
          %v223 = llvm.getelementptr %in_k[%v222] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v224 = llvm.load %v223 : !llvm.ptr -> f32
          %v225 = arith.muli %v212, %v202 : i64
          %v226 = arith.addi %v225, %v211 : i64
          %v227 = llvm.getelementptr %v77[%v226] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v224, %v227 : f32, !llvm.ptr
        }
        %v228 = arith.index_cast %v23 : i64 to index
        %v229 = arith.index_cast %v158 : i64 to index
        %v230 = arith.index_cast %v7 : i64 to index
        scf.for %v231 = %v228 to %v229 step %v230 {
          %v232 = arith.index_cast %v231 : index to i64
          %v233 = arith.remui %v232, %v158 : i64
          %v234 = arith.divui %v232, %v158 : i64
          %v235 = arith.addi %v174, %v233 : i64
          %v236 = arith.minsi %v235, %v179 : i64
          %v238 = arith.muli %v52, %v237 : i64
          %v239 = arith.muli %v236, %size_H : i64
          %v240 = arith.addi %v238, %v239 : i64
          %v241 = arith.addi %v240, %v50 : i64
          %v242 = llvm.getelementptr %in_ig[%v241] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v243 = llvm.load %v242 : !llvm.ptr -> f32
          %v244 = arith.muli %v234, %v202 : i64
          %v245 = arith.addi %v244, %v233 : i64
          %v246 = llvm.getelementptr %v79[%v245] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v243, %v246 : f32, !llvm.ptr
        }
        %v247 = arith.index_cast %v23 : i64 to index
        %v248 = arith.index_cast %v158 : i64 to index
        %v249 = arith.index_cast %v7 : i64 to index
        scf.for %v250 = %v247 to %v248 step %v249 {
          %v251 = arith.index_cast %v250 : index to i64
          %v252 = arith.remui %v251, %v158 : i64
          %v253 = arith.divui %v251, %v158 : i64
          %v254 = arith.addi %v174, %v252 : i64
          %v255 = arith.minsi %v254, %v179 : i64
          %v256 = arith.muli %v52, %v237 : i64
          %v257 = arith.muli %v255, %size_H : i64
          %v258 = arith.addi %v256, %v257 : i64
          %v259 = arith.addi %v258, %v50 : i64
          %v260 = llvm.getelementptr %in_fg[%v259] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v261 = llvm.load %v260 : !llvm.ptr -> f32
          %v262 = arith.muli %v253, %v202 : i64
          %v263 = arith.addi %v262, %v252 : i64
          %v264 = llvm.getelementptr %v81[%v263] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v261, %v264 : f32, !llvm.ptr
        }
        gpu.barrier
        %v265 = arith.subi %v176, %v2 : i64
        %v269 = arith.muli %v173, %v268 : i64
        %v272 = arith.muli %v52, %v271 : i64
        %v273 = arith.muli %v50, %v270 : i64
        %v274 = arith.addi %v272, %v273 : i64
        %v275 = arith.muli %v38, %size_DV : i64
        %v276 = arith.addi %v274, %v275 : i64
        %v277 = arith.addi %v276, %v48 : i64
        %v278 = arith.addi %v269, %v277 : i64
        %v279 = llvm.getelementptr %ckpt_C[%v278] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v280 = llvm.load %v279 : !llvm.ptr -> f32
        llvm.store %v280, %v13 : f32, !llvm.ptr
        %v284 = arith.muli %v173, %v283 : i64
        %v285 = arith.muli %v52, %v271 : i64
        %v286 = arith.muli %v50, %v270 : i64
        %v287 = arith.addi %v285, %v286 : i64
        %v288 = arith.constant 8 : i64
        %v289 = arith.addi %v288, %v38 : i64
        %v290 = arith.muli %v289, %size_DV : i64
        %v291 = arith.addi %v287, %v290 : i64
        %v292 = arith.addi %v291, %v48 : i64
        %v293 = arith.addi %v284, %v292 : i64
        %v294 = llvm.getelementptr %ckpt_C[%v293] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v295 = llvm.load %v294 : !llvm.ptr -> f32
        llvm.store %v295, %v14 : f32, !llvm.ptr
        %v298 = arith.muli %v173, %v297 : i64
        %v300 = arith.muli %v52, %v299 : i64
        %v301 = arith.muli %v50, %v1 : i64
        %v302 = arith.addi %v300, %v301 : i64
        %v303 = arith.addi %v302, %v38 : i64
        %v304 = arith.addi %v298, %v303 : i64
        %v305 = llvm.getelementptr %ckpt_n[%v304] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v306 = llvm.load %v305 : !llvm.ptr -> f32
        llvm.store %v306, %v15 : f32, !llvm.ptr
        %v309 = arith.muli %v173, %v308 : i64
        %v310 = arith.muli %v52, %v299 : i64
        %v311 = arith.muli %v50, %v1 : i64
        %v312 = arith.addi %v310, %v311 : i64
        %v313 = arith.constant 8 : i64
        %v314 = arith.addi %v313, %v38 : i64
        %v315 = arith.addi %v312, %v314 : i64
        %v316 = arith.addi %v309, %v315 : i64
        %v317 = llvm.getelementptr %ckpt_n[%v316] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v318 = llvm.load %v317 : !llvm.ptr -> f32
        llvm.store %v318, %v16 : f32, !llvm.ptr
        // the state entering each group of the stretch
        %v319 = arith.index_cast %v84 : i64 to index
        %v320 = arith.index_cast %v178 : i64 to index
        %v321 = arith.index_cast %v2 : i64 to index
        scf.for %v322 = %v319 to %v320 step %v321 {
          %v323 = arith.index_cast %v322 : index to i64
          %v324 = arith.addi %v164, %v323 : i64
          scf.if %v42 {
            %v325 = llvm.load %v13 : !llvm.ptr -> f32
            %v326 = arith.muli %v324, %v4 : i64
            %v327 = arith.subi %v4, %v2 : i64
            %v328 = arith.minsi %v44, %v327 : i64
            %v329 = arith.addi %v326, %v328 : i64
            %v330 = arith.muli %v329, %v1 : i64
            %v331 = arith.addi %v330, %v38 : i64
            %v332 = llvm.getelementptr %scratch_C[%v331] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v325, %v332 : f32, !llvm.ptr
            %v333 = llvm.load %v14 : !llvm.ptr -> f32
            %v334 = arith.muli %v324, %v4 : i64
            %v335 = arith.subi %v4, %v2 : i64
            %v336 = arith.minsi %v44, %v335 : i64
            %v337 = arith.addi %v334, %v336 : i64
            %v338 = arith.muli %v337, %v1 : i64
            %v339 = arith.addi %v338, %v37 : i64
            %v340 = arith.addi %v339, %v38 : i64
            %v341 = llvm.getelementptr %scratch_C[%v340] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v333, %v341 : f32, !llvm.ptr
            %v342 = llvm.load %v15 : !llvm.ptr -> f32
            %v343 = arith.muli %v324, %v4 : i64
            %v344 = arith.subi %v4, %v2 : i64
            %v345 = arith.minsi %v44, %v344 : i64
            %v346 = arith.addi %v343, %v345 : i64
            %v347 = arith.muli %v346, %v1 : i64
            %v348 = arith.addi %v347, %v38 : i64
            %v349 = llvm.getelementptr %scratch_n[%v348] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v342, %v349 : f32, !llvm.ptr
            %v350 = llvm.load %v16 : !llvm.ptr -> f32
            %v351 = arith.muli %v324, %v4 : i64
            %v352 = arith.subi %v4, %v2 : i64
            %v353 = arith.minsi %v44, %v352 : i64
            %v354 = arith.addi %v351, %v353 : i64
            %v355 = arith.muli %v354, %v1 : i64
            %v356 = arith.addi %v355, %v37 : i64
            %v357 = arith.addi %v356, %v38 : i64
            %v358 = llvm.getelementptr %scratch_n[%v357] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v350, %v358 : f32, !llvm.ptr
          }
          %v359 = arith.muli %v323, %v54 : i64
          %v360 = arith.subi %v176, %v359 : i64
          %v361 = arith.trunci %v360 : i64 to i32
          %v362 = arith.index_cast %v84 : i64 to index
          %v363 = arith.index_cast %v54 : i64 to index
          %v364 = arith.index_cast %v2 : i64 to index
          scf.for %v365 = %v362 to %v363 step %v364 {
            %v366 = arith.index_cast %v365 : index to i64
            %v367 = arith.trunci %v366 : i64 to i32
            %v368 = arith.addi %v359, %v366 : i64
            %v369 = arith.cmpi slt, %v367, %v361 : i32
            scf.if %v369 {
              %v370 = arith.addi %v174, %v368 : i64
              %v371 = arith.subi %v370, %v174 : i64
              %v372 = llvm.getelementptr %v81[%v371] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v373 = llvm.load %v372 : !llvm.ptr -> f32
              %v374 = arith.negf %v373 : f32
              %v376 = arith.mulf %v374, %v375 fastmath<contract> : f32
              %v377 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v376) : (f32) -> f32
              %v378 = arith.addf %v83, %v377 fastmath<contract> : f32
              %v379 = arith.divf %v83, %v378 : f32
              %v380 = arith.subi %v370, %v174 : i64
              %v381 = llvm.getelementptr %v79[%v380] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v382 = llvm.load %v381 : !llvm.ptr -> f32
              %v383 = arith.mulf %v382, %v375 fastmath<contract> : f32
              %v384 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v383) : (f32) -> f32
              %v385 = arith.muli %v38, %v202 : i64
              %v386 = arith.subi %v370, %v174 : i64
              %v387 = arith.addi %v385, %v386 : i64
              %v388 = llvm.getelementptr %v77[%v387] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v389 = llvm.load %v388 : !llvm.ptr -> f32
              %v391 = llvm.call_intrinsic "llvm.sqrt.f32"(%v390) : (f32) -> f32
              %v392 = arith.divf %v389, %v391 : f32
              %v393 = arith.mulf %v384, %v392 fastmath<contract> : f32
              %v396 = arith.muli %v52, %v395 : i64
              %v397 = arith.muli %v370, %v394 : i64
              %v398 = arith.addi %v396, %v397 : i64
              %v399 = arith.muli %v50, %size_DV : i64
              %v400 = arith.addi %v398, %v399 : i64
              %v401 = arith.addi %v400, %v48 : i64
              %v402 = llvm.getelementptr %in_v[%v401] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v403 = llvm.load %v402 : !llvm.ptr -> f32
              %v404 = arith.mulf %v393, %v403 fastmath<contract> : f32
              %v405 = llvm.load %v13 : !llvm.ptr -> f32
              %v406 = arith.mulf %v379, %v405 fastmath<contract> : f32
              %v407 = arith.addf %v406, %v404 fastmath<contract> : f32
              llvm.store %v407, %v13 : f32, !llvm.ptr
              %v408 = arith.constant 8 : i64
              %v409 = arith.addi %v408, %v38 : i64
              %v410 = arith.muli %v409, %v202 : i64
              %v411 = arith.subi %v370, %v174 : i64
              %v412 = arith.addi %v410, %v411 : i64
              %v413 = llvm.getelementptr %v77[%v412] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v414 = llvm.load %v413 : !llvm.ptr -> f32
              %v415 = arith.divf %v414, %v391 : f32
              %v416 = arith.mulf %v384, %v415 fastmath<contract> : f32
              %v417 = arith.mulf %v416, %v403 fastmath<contract> : f32
              %v418 = llvm.load %v14 : !llvm.ptr -> f32
              %v419 = arith.mulf %v379, %v418 fastmath<contract> : f32
              %v420 = arith.addf %v419, %v417 fastmath<contract> : f32
              llvm.store %v420, %v14 : f32, !llvm.ptr
              %v421 = llvm.load %v15 : !llvm.ptr -> f32
              %v422 = arith.mulf %v379, %v421 fastmath<contract> : f32
              %v423 = arith.addf %v422, %v393 fastmath<contract> : f32
              llvm.store %v423, %v15 : f32, !llvm.ptr
              %v424 = llvm.load %v16 : !llvm.ptr -> f32
              %v425 = arith.mulf %v379, %v424 fastmath<contract> : f32
              %v426 = arith.addf %v425, %v416 fastmath<contract> : f32
              llvm.store %v426, %v16 : f32, !llvm.ptr
            }
          }
        }
        %v428 = arith.addi %v178, %v427 : i64
        %v429 = arith.divui %v428, %v37 : i64
        %v430 = arith.index_cast %v84 : i64 to index
        %v431 = arith.index_cast %v429 : i64 to index
        %v432 = arith.index_cast %v2 : i64 to index
        scf.for %v433 = %v430 to %v431 step %v432 {
          %v434 = arith.index_cast %v433 : index to i64
          %v435 = arith.muli %v434, %v37 : i64
          %v436 = arith.addi %v435, %v37 : i64
          %v437 = arith.index_cast %v435 : i64 to index
          %v438 = arith.index_cast %v436 : i64 to index
          %v439 = arith.index_cast %v2 : i64 to index
          scf.for %v440 = %v437 to %v438 step %v439 {
            %v441 = arith.index_cast %v440 : index to i64
            %v442 = arith.cmpi slt, %v441, %v178 : i64
            scf.if %v442 {
              %v443 = arith.subi %v178, %v2 : i64
              %v444 = arith.subi %v443, %v441 : i64
              %v445 = arith.muli %v444, %v54 : i64
              %v446 = arith.remui %v441, %v37 : i64
              %v447 = arith.muli %v446, %v54 : i64
              %v448 = arith.addi %v164, %v444 : i64
              %v449 = arith.addi %v445, %v54 : i64
              %v450 = arith.cmpi sle, %v449, %v176 : i64
              scf.if %v450 {
                %v451 = arith.subi %v176, %v2 : i64
                %v452 = arith.muli %v448, %v4 : i64
                %v453 = arith.subi %v4, %v2 : i64
                %v454 = arith.minsi %v44, %v453 : i64
                %v455 = arith.addi %v452, %v454 : i64
                %v456 = arith.muli %v455, %v1 : i64
                %v457 = arith.addi %v456, %v38 : i64
                %v458 = llvm.getelementptr %scratch_C[%v457] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v459 = llvm.load %v458 : !llvm.ptr -> f32
                %v460 = arith.muli %v448, %v4 : i64
                %v461 = arith.subi %v4, %v2 : i64
                %v462 = arith.minsi %v44, %v461 : i64
                %v463 = arith.addi %v460, %v462 : i64
                %v464 = arith.muli %v463, %v1 : i64
                %v465 = arith.addi %v464, %v37 : i64
                %v466 = arith.addi %v465, %v38 : i64
                %v467 = llvm.getelementptr %scratch_C[%v466] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v468 = llvm.load %v467 : !llvm.ptr -> f32
                %v469 = arith.muli %v448, %v4 : i64
                %v470 = arith.subi %v4, %v2 : i64
                %v471 = arith.minsi %v44, %v470 : i64
                %v472 = arith.addi %v469, %v471 : i64
                %v473 = arith.muli %v472, %v1 : i64
                %v474 = arith.addi %v473, %v38 : i64
                %v475 = llvm.getelementptr %scratch_n[%v474] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v476 = llvm.load %v475 : !llvm.ptr -> f32
                %v477 = arith.muli %v448, %v4 : i64
                %v478 = arith.subi %v4, %v2 : i64
                %v479 = arith.minsi %v44, %v478 : i64
                %v480 = arith.addi %v477, %v479 : i64
                %v481 = arith.muli %v480, %v1 : i64
                %v482 = arith.addi %v481, %v37 : i64
                %v483 = arith.addi %v482, %v38 : i64
                %v484 = llvm.getelementptr %scratch_n[%v483] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v485 = llvm.load %v484 : !llvm.ptr -> f32
                // the group's states, recomputed into registers
                %v486 = arith.minsi %v445, %v451 : i64
                %v487 = arith.addi %v174, %v486 : i64
                %v488 = arith.subi %v487, %v174 : i64
                %v489 = llvm.getelementptr %v81[%v488] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v490 = llvm.load %v489 : !llvm.ptr -> f32
                %v491 = arith.negf %v490 : f32
                %v492 = arith.mulf %v491, %v375 fastmath<contract> : f32
                %v493 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v492) : (f32) -> f32
                %v494 = arith.addf %v83, %v493 fastmath<contract> : f32
                %v495 = arith.divf %v83, %v494 : f32
                %v496 = arith.subi %v487, %v174 : i64
                %v497 = llvm.getelementptr %v79[%v496] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v498 = llvm.load %v497 : !llvm.ptr -> f32
                %v499 = arith.mulf %v498, %v375 fastmath<contract> : f32
                %v500 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v499) : (f32) -> f32
                %v501 = arith.muli %v38, %v202 : i64
                %v502 = arith.subi %v487, %v174 : i64
                %v503 = arith.addi %v501, %v502 : i64
                %v504 = llvm.getelementptr %v77[%v503] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v505 = llvm.load %v504 : !llvm.ptr -> f32
                %v507 = llvm.call_intrinsic "llvm.sqrt.f32"(%v506) : (f32) -> f32
                %v508 = arith.divf %v505, %v507 : f32
                %v509 = arith.mulf %v500, %v508 fastmath<contract> : f32
                %v510 = arith.muli %v52, %v395 : i64
                %v511 = arith.muli %v487, %v394 : i64
                %v512 = arith.addi %v510, %v511 : i64
                %v513 = arith.muli %v50, %size_DV : i64
                %v514 = arith.addi %v512, %v513 : i64
                %v515 = arith.addi %v514, %v48 : i64
                %v516 = llvm.getelementptr %in_v[%v515] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v517 = llvm.load %v516 : !llvm.ptr -> f32
                %v518 = arith.mulf %v509, %v517 fastmath<contract> : f32
                %v519 = arith.mulf %v495, %v459 fastmath<contract> : f32
                %v520 = arith.addf %v519, %v518 fastmath<contract> : f32
                %v521 = arith.constant 8 : i64
                %v522 = arith.addi %v521, %v38 : i64
                %v523 = arith.muli %v522, %v202 : i64
                %v524 = arith.subi %v487, %v174 : i64
                %v525 = arith.addi %v523, %v524 : i64
                %v526 = llvm.getelementptr %v77[%v525] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v527 = llvm.load %v526 : !llvm.ptr -> f32
                %v528 = arith.divf %v527, %v507 : f32
                %v529 = arith.mulf %v500, %v528 fastmath<contract> : f32
                %v530 = arith.mulf %v529, %v517 fastmath<contract> : f32
                %v531 = arith.mulf %v495, %v468 fastmath<contract> : f32
                %v532 = arith.addf %v531, %v530 fastmath<contract> : f32
                %v533 = arith.mulf %v495, %v476 fastmath<contract> : f32
                %v534 = arith.addf %v533, %v509 fastmath<contract> : f32
                %v535 = arith.mulf %v495, %v485 fastmath<contract> : f32
                %v536 = arith.addf %v535, %v529 fastmath<contract> : f32
                %v537 = arith.addi %v445, %v2 : i64
                %v538 = arith.minsi %v537, %v451 : i64
                %v539 = arith.addi %v174, %v538 : i64
                %v540 = arith.subi %v539, %v174 : i64
                %v541 = llvm.getelementptr %v81[%v540] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v542 = llvm.load %v541 : !llvm.ptr -> f32
                %v543 = arith.negf %v542 : f32
                %v544 = arith.mulf %v543, %v375 fastmath<contract> : f32
                %v545 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v544) : (f32) -> f32
                %v546 = arith.addf %v83, %v545 fastmath<contract> : f32
                %v547 = arith.divf %v83, %v546 : f32
                %v548 = arith.subi %v539, %v174 : i64
                %v549 = llvm.getelementptr %v79[%v548] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v550 = llvm.load %v549 : !llvm.ptr -> f32
                %v551 = arith.mulf %v550, %v375 fastmath<contract> : f32
                %v552 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v551) : (f32) -> f32
                %v553 = arith.muli %v38, %v202 : i64
                %v554 = arith.subi %v539, %v174 : i64
                %v555 = arith.addi %v553, %v554 : i64
                %v556 = llvm.getelementptr %v77[%v555] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v557 = llvm.load %v556 : !llvm.ptr -> f32
                %v559 = llvm.call_intrinsic "llvm.sqrt.f32"(%v558) : (f32) -> f32
                %v560 = arith.divf %v557, %v559 : f32
                %v561 = arith.mulf %v552, %v560 fastmath<contract> : f32
                %v562 = arith.muli %v52, %v395 : i64
                %v563 = arith.muli %v539, %v394 : i64
                %v564 = arith.addi %v562, %v563 : i64
                %v565 = arith.muli %v50, %size_DV : i64
                %v566 = arith.addi %v564, %v565 : i64
                %v567 = arith.addi %v566, %v48 : i64
                %v568 = llvm.getelementptr %in_v[%v567] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v569 = llvm.load %v568 : !llvm.ptr -> f32
                %v570 = arith.mulf %v561, %v569 fastmath<contract> : f32
                %v571 = arith.mulf %v547, %v520 fastmath<contract> : f32
                %v572 = arith.addf %v571, %v570 fastmath<contract> : f32
                %v573 = arith.constant 8 : i64
                %v574 = arith.addi %v573, %v38 : i64
                %v575 = arith.muli %v574, %v202 : i64
                %v576 = arith.subi %v539, %v174 : i64
                %v577 = arith.addi %v575, %v576 : i64
                %v578 = llvm.getelementptr %v77[%v577] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v579 = llvm.load %v578 : !llvm.ptr -> f32
                %v580 = arith.divf %v579, %v559 : f32
                %v581 = arith.mulf %v552, %v580 fastmath<contract> : f32
                %v582 = arith.mulf %v581, %v569 fastmath<contract> : f32
                %v583 = arith.mulf %v547, %v532 fastmath<contract> : f32
                %v584 = arith.addf %v583, %v582 fastmath<contract> : f32
                %v585 = arith.mulf %v547, %v534 fastmath<contract> : f32
                %v586 = arith.addf %v585, %v561 fastmath<contract> : f32
                %v587 = arith.mulf %v547, %v536 fastmath<contract> : f32
                %v588 = arith.addf %v587, %v581 fastmath<contract> : f32
                %v590 = arith.addi %v445, %v589 : i64
                %v591 = arith.minsi %v590, %v451 : i64
                %v592 = arith.addi %v174, %v591 : i64
                %v593 = arith.subi %v592, %v174 : i64
                %v594 = llvm.getelementptr %v81[%v593] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v595 = llvm.load %v594 : !llvm.ptr -> f32
                %v596 = arith.negf %v595 : f32
                %v597 = arith.mulf %v596, %v375 fastmath<contract> : f32
                %v598 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v597) : (f32) -> f32
                %v599 = arith.addf %v83, %v598 fastmath<contract> : f32
                %v600 = arith.divf %v83, %v599 : f32
                %v601 = arith.subi %v592, %v174 : i64
                %v602 = llvm.getelementptr %v79[%v601] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v603 = llvm.load %v602 : !llvm.ptr -> f32
                %v604 = arith.mulf %v603, %v375 fastmath<contract> : f32
                %v605 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v604) : (f32) -> f32
                %v606 = arith.muli %v38, %v202 : i64
                %v607 = arith.subi %v592, %v174 : i64
                %v608 = arith.addi %v606, %v607 : i64
                %v609 = llvm.getelementptr %v77[%v608] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v610 = llvm.load %v609 : !llvm.ptr -> f32
                %v612 = llvm.call_intrinsic "llvm.sqrt.f32"(%v611) : (f32) -> f32
                %v613 = arith.divf %v610, %v612 : f32
                %v614 = arith.mulf %v605, %v613 fastmath<contract> : f32
                %v615 = arith.muli %v52, %v395 : i64
                %v616 = arith.muli %v592, %v394 : i64
                %v617 = arith.addi %v615, %v616 : i64
                %v618 = arith.muli %v50, %size_DV : i64
                %v619 = arith.addi %v617, %v618 : i64
                %v620 = arith.addi %v619, %v48 : i64
                %v621 = llvm.getelementptr %in_v[%v620] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v622 = llvm.load %v621 : !llvm.ptr -> f32
                %v623 = arith.mulf %v614, %v622 fastmath<contract> : f32
                %v624 = arith.mulf %v600, %v572 fastmath<contract> : f32
                %v625 = arith.addf %v624, %v623 fastmath<contract> : f32
                %v626 = arith.constant 8 : i64
                %v627 = arith.addi %v626, %v38 : i64
                %v628 = arith.muli %v627, %v202 : i64
                %v629 = arith.subi %v592, %v174 : i64
                %v630 = arith.addi %v628, %v629 : i64
                %v631 = llvm.getelementptr %v77[%v630] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v632 = llvm.load %v631 : !llvm.ptr -> f32
                %v633 = arith.divf %v632, %v612 : f32
                %v634 = arith.mulf %v605, %v633 fastmath<contract> : f32
                %v635 = arith.mulf %v634, %v622 fastmath<contract> : f32
                %v636 = arith.mulf %v600, %v584 fastmath<contract> : f32
                %v637 = arith.addf %v636, %v635 fastmath<contract> : f32
                %v638 = arith.mulf %v600, %v586 fastmath<contract> : f32
                %v639 = arith.addf %v638, %v614 fastmath<contract> : f32
                %v640 = arith.mulf %v600, %v588 fastmath<contract> : f32
                %v641 = arith.addf %v640, %v634 fastmath<contract> : f32
                %v642 = arith.addi %v445, %v159 : i64
                %v643 = arith.minsi %v642, %v451 : i64
                %v644 = arith.addi %v174, %v643 : i64
                %v645 = arith.subi %v644, %v174 : i64
                %v646 = llvm.getelementptr %v81[%v645] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v647 = llvm.load %v646 : !llvm.ptr -> f32
                %v648 = arith.negf %v647 : f32
                %v649 = arith.mulf %v648, %v375 fastmath<contract> : f32
                %v650 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v649) : (f32) -> f32
                %v651 = arith.addf %v83, %v650 fastmath<contract> : f32
                %v652 = arith.divf %v83, %v651 : f32
                %v653 = arith.subi %v644, %v174 : i64
                %v654 = llvm.getelementptr %v79[%v653] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v655 = llvm.load %v654 : !llvm.ptr -> f32
                %v656 = arith.mulf %v655, %v375 fastmath<contract> : f32
                %v657 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v656) : (f32) -> f32
                %v658 = arith.muli %v38, %v202 : i64
                %v659 = arith.subi %v644, %v174 : i64
                %v660 = arith.addi %v658, %v659 : i64
                %v661 = llvm.getelementptr %v77[%v660] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v662 = llvm.load %v661 : !llvm.ptr -> f32
                %v664 = llvm.call_intrinsic "llvm.sqrt.f32"(%v663) : (f32) -> f32
                %v665 = arith.divf %v662, %v664 : f32
                %v666 = arith.mulf %v657, %v665 fastmath<contract> : f32
                %v667 = arith.muli %v52, %v395 : i64
                %v668 = arith.muli %v644, %v394 : i64
                %v669 = arith.addi %v667, %v668 : i64
                %v670 = arith.muli %v50, %size_DV : i64
                %v671 = arith.addi %v669, %v670 : i64
                %v672 = arith.addi %v671, %v48 : i64
                %v673 = llvm.getelementptr %in_v[%v672] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v674 = llvm.load %v673 : !llvm.ptr -> f32
                %v675 = arith.mulf %v666, %v674 fastmath<contract> : f32
                %v676 = arith.mulf %v652, %v625 fastmath<contract> : f32
                %v677 = arith.addf %v676, %v675 fastmath<contract> : f32
                %v678 = arith.constant 8 : i64
                %v679 = arith.addi %v678, %v38 : i64
                %v680 = arith.muli %v679, %v202 : i64
                %v681 = arith.subi %v644, %v174 : i64
                %v682 = arith.addi %v680, %v681 : i64
                %v683 = llvm.getelementptr %v77[%v682] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v684 = llvm.load %v683 : !llvm.ptr -> f32
                %v685 = arith.divf %v684, %v664 : f32
                %v686 = arith.mulf %v657, %v685 fastmath<contract> : f32
                %v687 = arith.mulf %v686, %v674 fastmath<contract> : f32
                %v688 = arith.mulf %v652, %v637 fastmath<contract> : f32
                %v689 = arith.addf %v688, %v687 fastmath<contract> : f32
                %v690 = arith.mulf %v652, %v639 fastmath<contract> : f32
                %v691 = arith.addf %v690, %v666 fastmath<contract> : f32
                %v692 = arith.mulf %v652, %v641 fastmath<contract> : f32
                %v693 = arith.addf %v692, %v686 fastmath<contract> : f32
                %v694 = arith.subi %v176, %v445 : i64
                %v695 = arith.trunci %v694 : i64 to i32
                %v696 = arith.subi %size_L, %v2 : i64
                %v697 = arith.addi %v174, %v445 : i64
                %v698 = arith.subi %v696, %v697 : i64
                %v700 = arith.minsi %v698, %v699 : i64
                %v701 = arith.trunci %v700 : i64 to i32
                %v702 = arith.addi %v445, %v159 : i64
                %v704 = arith.cmpi slt, %v703, %v695 : i32
                %v705 = arith.cmpi eq, %v703, %v701 : i32
                %v706 = arith.addi %v174, %v702 : i64
                %v707 = arith.muli %v38, %v202 : i64
                %v708 = arith.subi %v706, %v174 : i64
                %v709 = arith.addi %v707, %v708 : i64
                %v710 = llvm.getelementptr %v75[%v709] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v711 = llvm.load %v710 : !llvm.ptr -> f32
                %v712 = arith.muli %v52, %v395 : i64
                %v713 = arith.muli %v706, %v394 : i64
                %v714 = arith.addi %v712, %v713 : i64
                %v715 = arith.muli %v50, %size_DV : i64
                %v716 = arith.addi %v714, %v715 : i64
                %v717 = arith.addi %v716, %v48 : i64
                %v718 = llvm.getelementptr %dy_o[%v717] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v719 = llvm.load %v718 : !llvm.ptr -> f32
                %v720 = arith.mulf %v711, %v691 fastmath<contract> : f32
                %v721 = arith.constant 8 : i64
                %v722 = arith.addi %v721, %v38 : i64
                %v723 = arith.muli %v722, %v202 : i64
                %v724 = arith.subi %v706, %v174 : i64
                %v725 = arith.addi %v723, %v724 : i64
                %v726 = llvm.getelementptr %v75[%v725] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v727 = llvm.load %v726 : !llvm.ptr -> f32
                %v728 = arith.mulf %v727, %v693 fastmath<contract> : f32
                %v729 = arith.addf %v720, %v728 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v732, %v733 = gpu.shuffle xor %v729, %v730, %v731 : f32
                %v734 = arith.addf %v729, %v732 fastmath<contract> : f32
                %v736, %v737 = gpu.shuffle xor %v734, %v735, %v731 : f32
                %v738 = arith.addf %v734, %v736 fastmath<contract> : f32
                %v740, %v741 = gpu.shuffle xor %v738, %v739, %v731 : f32
                %v742 = arith.addf %v738, %v740 fastmath<contract> : f32
                // end sum over the lanes
                %v743 = llvm.call_intrinsic "llvm.fabs.f32"(%v742) : (f32) -> f32
                %v744 = arith.maximumf %v83, %v743 : f32
                %v745 = arith.divf %v719, %v744 : f32
                %v746 = arith.mulf %v711, %v745 fastmath<contract> : f32
                %v747 = llvm.load %v58 : !llvm.ptr -> f32
                %v748 = llvm.load %v62 : !llvm.ptr -> f32
                %v749 = arith.mulf %v748, %v747 fastmath<contract> : f32
                %v750 = arith.addf %v746, %v749 fastmath<contract> : f32
                llvm.store %v750, %v58 : f32, !llvm.ptr
                %v751 = arith.mulf %v727, %v745 fastmath<contract> : f32
                %v752 = llvm.load %v59 : !llvm.ptr -> f32
                %v753 = llvm.load %v63 : !llvm.ptr -> f32
                %v754 = arith.mulf %v753, %v752 fastmath<contract> : f32
                %v755 = arith.addf %v751, %v754 fastmath<contract> : f32
                llvm.store %v755, %v59 : f32, !llvm.ptr
                %v756 = arith.mulf %v711, %v677 fastmath<contract> : f32
                %v757 = arith.mulf %v727, %v689 fastmath<contract> : f32
                %v758 = arith.addf %v756, %v757 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v759, %v760 = gpu.shuffle xor %v758, %v730, %v731 : f32
                %v761 = arith.addf %v758, %v759 fastmath<contract> : f32
                %v762, %v763 = gpu.shuffle xor %v761, %v735, %v731 : f32
                %v764 = arith.addf %v761, %v762 fastmath<contract> : f32
                %v765, %v766 = gpu.shuffle xor %v764, %v739, %v731 : f32
                %v767 = arith.addf %v764, %v765 fastmath<contract> : f32
                // end sum over the lanes
                %v768 = arith.divf %v767, %v744 : f32
                %v769 = arith.divf %v768, %v744 : f32
                %v770 = arith.mulf %v719, %v769 fastmath<contract> : f32
                %v771 = arith.negf %v770 : f32
                %v772 = arith.cmpf oge, %v83, %v743 : f32
                %v773 = arith.select %v772, %v83, %v82 : f32
                %v774 = arith.subf %v83, %v773 fastmath<contract> : f32
                %v775 = arith.mulf %v771, %v774 fastmath<contract> : f32
                %v777 = arith.cmpf olt, %v742, %v82 : f32
                %v778 = arith.select %v777, %v776, %v82 : f32
                %v779 = arith.cmpf ogt, %v742, %v82 : f32
                %v780 = arith.select %v779, %v83, %v778 : f32
                %v781 = arith.mulf %v775, %v780 fastmath<contract> : f32
                %v782 = arith.mulf %v711, %v781 fastmath<contract> : f32
                %v783 = llvm.load %v60 : !llvm.ptr -> f32
                %v784 = llvm.load %v64 : !llvm.ptr -> f32
                %v785 = arith.mulf %v784, %v783 fastmath<contract> : f32
                %v786 = arith.addf %v782, %v785 fastmath<contract> : f32
                llvm.store %v786, %v60 : f32, !llvm.ptr
                %v787 = arith.mulf %v727, %v781 fastmath<contract> : f32
                %v788 = llvm.load %v61 : !llvm.ptr -> f32
                %v789 = llvm.load %v65 : !llvm.ptr -> f32
                %v790 = arith.mulf %v789, %v788 fastmath<contract> : f32
                %v791 = arith.addf %v787, %v790 fastmath<contract> : f32
                llvm.store %v791, %v61 : f32, !llvm.ptr
                scf.if %v705 {
                }
                %v792 = arith.mulf %v691, %v781 fastmath<contract> : f32
                %v793 = arith.mulf %v677, %v745 fastmath<contract> : f32
                %v794 = arith.addf %v792, %v793 fastmath<contract> : f32
                %v795 = arith.mulf %v693, %v781 fastmath<contract> : f32
                %v796 = arith.mulf %v689, %v745 fastmath<contract> : f32
                %v797 = arith.addf %v795, %v796 fastmath<contract> : f32
                %v798 = arith.subi %v706, %v174 : i64
                %v799 = llvm.getelementptr %v79[%v798] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v800 = llvm.load %v799 : !llvm.ptr -> f32
                %v801 = arith.mulf %v800, %v375 fastmath<contract> : f32
                %v802 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v801) : (f32) -> f32
                %v803 = llvm.load %v60 : !llvm.ptr -> f32
                %v804 = arith.muli %v52, %v395 : i64
                %v805 = arith.muli %v706, %v394 : i64
                %v806 = arith.addi %v804, %v805 : i64
                %v807 = arith.muli %v50, %size_DV : i64
                %v808 = arith.addi %v806, %v807 : i64
                %v809 = arith.addi %v808, %v48 : i64
                %v810 = llvm.getelementptr %in_v[%v809] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v811 = llvm.load %v810 : !llvm.ptr -> f32
                %v812 = llvm.load %v58 : !llvm.ptr -> f32
                %v813 = arith.mulf %v811, %v812 fastmath<contract> : f32
                %v814 = arith.addf %v803, %v813 fastmath<contract> : f32
                %v815 = arith.mulf %v802, %v814 fastmath<contract> : f32
                %v817 = llvm.call_intrinsic "llvm.sqrt.f32"(%v816) : (f32) -> f32
                %v818 = arith.divf %v815, %v817 : f32
                %v819 = llvm.load %v61 : !llvm.ptr -> f32
                %v820 = llvm.load %v59 : !llvm.ptr -> f32
                %v821 = arith.mulf %v811, %v820 fastmath<contract> : f32
                %v822 = arith.addf %v819, %v821 fastmath<contract> : f32
                %v823 = arith.mulf %v802, %v822 fastmath<contract> : f32
                %v824 = arith.divf %v823, %v817 : f32
                %v825 = arith.muli %v38, %v202 : i64
                %v826 = arith.subi %v706, %v174 : i64
                %v827 = arith.addi %v825, %v826 : i64
                %v828 = llvm.getelementptr %v77[%v827] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v829 = llvm.load %v828 : !llvm.ptr -> f32
                %v830 = arith.divf %v829, %v817 : f32
                %v831 = arith.mulf %v802, %v830 fastmath<contract> : f32
                %v832 = arith.mulf %v831, %v812 fastmath<contract> : f32
                %v833 = arith.constant 8 : i64
                %v834 = arith.addi %v833, %v38 : i64
                %v835 = arith.muli %v834, %v202 : i64
                %v836 = arith.subi %v706, %v174 : i64
                %v837 = arith.addi %v835, %v836 : i64
                %v838 = llvm.getelementptr %v77[%v837] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v839 = llvm.load %v838 : !llvm.ptr -> f32
                %v840 = arith.divf %v839, %v817 : f32
                %v841 = arith.mulf %v802, %v840 fastmath<contract> : f32
                %v842 = arith.mulf %v841, %v820 fastmath<contract> : f32
                %v843 = arith.addf %v832, %v842 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v844, %v845 = gpu.shuffle xor %v843, %v730, %v731 : f32
                %v846 = arith.addf %v843, %v844 fastmath<contract> : f32
                %v847, %v848 = gpu.shuffle xor %v846, %v735, %v731 : f32
                %v849 = arith.addf %v846, %v847 fastmath<contract> : f32
                %v850, %v851 = gpu.shuffle xor %v849, %v739, %v731 : f32
                %v852 = arith.addf %v849, %v850 fastmath<contract> : f32
                // end sum over the lanes
                %v853 = arith.cmpi eq, %v38, %v84 : i64
                %v854 = arith.andi %v42, %v853 : i1
                scf.if %v854 {
                  %v855 = arith.muli %v52, %v395 : i64
                  %v856 = arith.muli %v706, %v394 : i64
                  %v857 = arith.addi %v855, %v856 : i64
                  %v858 = arith.muli %v50, %size_DV : i64
                  %v859 = arith.addi %v857, %v858 : i64
                  %v860 = arith.addi %v859, %v48 : i64
                  %v861 = llvm.getelementptr %dx_v[%v860] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v852, %v861 : f32, !llvm.ptr
                }
                %v862 = arith.mulf %v830, %v814 fastmath<contract> : f32
                %v863 = arith.mulf %v840, %v822 fastmath<contract> : f32
                %v864 = arith.addf %v862, %v863 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v865, %v866 = gpu.shuffle xor %v864, %v730, %v731 : f32
                %v867 = arith.addf %v864, %v865 fastmath<contract> : f32
                %v868, %v869 = gpu.shuffle xor %v867, %v735, %v731 : f32
                %v870 = arith.addf %v867, %v868 fastmath<contract> : f32
                %v871, %v872 = gpu.shuffle xor %v870, %v739, %v731 : f32
                %v873 = arith.addf %v870, %v871 fastmath<contract> : f32
                // end sum over the lanes
                %v874 = arith.mulf %v802, %v873 fastmath<contract> : f32
                %v875 = arith.mulf %v625, %v812 fastmath<contract> : f32
                %v876 = arith.mulf %v637, %v820 fastmath<contract> : f32
                %v877 = arith.addf %v875, %v876 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v878, %v879 = gpu.shuffle xor %v877, %v730, %v731 : f32
                %v880 = arith.addf %v877, %v878 fastmath<contract> : f32
                %v881, %v882 = gpu.shuffle xor %v880, %v735, %v731 : f32
                %v883 = arith.addf %v880, %v881 fastmath<contract> : f32
                %v884, %v885 = gpu.shuffle xor %v883, %v739, %v731 : f32
                %v886 = arith.addf %v883, %v884 fastmath<contract> : f32
                // end sum over the lanes
                %v887 = arith.mulf %v639, %v803 fastmath<contract> : f32
                %v888 = arith.mulf %v641, %v819 fastmath<contract> : f32
                %v889 = arith.addf %v887, %v888 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v890, %v891 = gpu.shuffle xor %v889, %v730, %v731 : f32
                %v892 = arith.addf %v889, %v890 fastmath<contract> : f32
                %v893, %v894 = gpu.shuffle xor %v892, %v735, %v731 : f32
                %v895 = arith.addf %v892, %v893 fastmath<contract> : f32
                %v896, %v897 = gpu.shuffle xor %v895, %v739, %v731 : f32
                %v898 = arith.addf %v895, %v896 fastmath<contract> : f32
                // end sum over the lanes
                %v899 = arith.addf %v886, %v898 fastmath<contract> : f32
                %v900 = arith.subi %v706, %v174 : i64
                %v901 = llvm.getelementptr %v81[%v900] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v902 = llvm.load %v901 : !llvm.ptr -> f32
                %v903 = arith.negf %v902 : f32
                %v904 = arith.mulf %v903, %v375 fastmath<contract> : f32
                %v905 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v904) : (f32) -> f32
                %v906 = arith.addf %v83, %v905 fastmath<contract> : f32
                %v907 = arith.divf %v83, %v906 : f32
                %v908 = arith.subf %v83, %v907 fastmath<contract> : f32
                %v909 = arith.mulf %v907, %v908 fastmath<contract> : f32
                %v910 = arith.mulf %v899, %v909 fastmath<contract> : f32
                %v911 = arith.select %v42, %v794, %v82 : f32
                // sum over the warp's outer points: shuffles
                %v913, %v914 = gpu.shuffle xor %v911, %v912, %v731 : f32
                %v915 = arith.addf %v911, %v913 fastmath<contract> : f32
                %v917, %v918 = gpu.shuffle xor %v915, %v916, %v731 : f32
                %v919 = arith.addf %v915, %v917 fastmath<contract> : f32
                %v920 = arith.divui %v23, %v25 : i64
                %v921 = arith.remui %v23, %v25 : i64
                %v922 = arith.cmpi ult, %v921, %v37 : i64
                %v923 = arith.muli %v920, %v1 : i64
                %v924 = arith.addi %v923, %v38 : i64
                %v926 = arith.muli %v924, %v925 : i64
                %v927 = arith.addi %v926, %v447 : i64
                scf.if %v922 {
                  %v928 = llvm.getelementptr %v67[%v927] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v919, %v928 : f32, !llvm.ptr
                }
                %v929 = arith.select %v42, %v797, %v82 : f32
                // sum over the warp's outer points: shuffles
                %v930, %v931 = gpu.shuffle xor %v929, %v912, %v731 : f32
                %v932 = arith.addf %v929, %v930 fastmath<contract> : f32
                %v933, %v934 = gpu.shuffle xor %v932, %v916, %v731 : f32
                %v935 = arith.addf %v932, %v933 fastmath<contract> : f32
                %v936 = arith.divui %v23, %v25 : i64
                %v937 = arith.remui %v23, %v25 : i64
                %v938 = arith.cmpi ult, %v937, %v37 : i64
                %v939 = arith.addi %v37, %v38 : i64
                %v940 = arith.muli %v936, %v1 : i64
                %v941 = arith.addi %v940, %v939 : i64
                %v942 = arith.muli %v941, %v925 : i64
                %v943 = arith.addi %v942, %v447 : i64
                scf.if %v938 {
                  %v944 = llvm.getelementptr %v67[%v943] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v935, %v944 : f32, !llvm.ptr
                }
                %v945 = arith.select %v42, %v818, %v82 : f32
                // sum over the warp's outer points: shuffles
                %v946, %v947 = gpu.shuffle xor %v945, %v912, %v731 : f32
                %v948 = arith.addf %v945, %v946 fastmath<contract> : f32
                %v949, %v950 = gpu.shuffle xor %v948, %v916, %v731 : f32
                %v951 = arith.addf %v948, %v949 fastmath<contract> : f32
                %v952 = arith.divui %v23, %v25 : i64
                %v953 = arith.remui %v23, %v25 : i64
                %v954 = arith.cmpi ult, %v953, %v37 : i64
                %v955 = arith.muli %v952, %v1 : i64
                %v956 = arith.addi %v955, %v38 : i64
                %v957 = arith.muli %v956, %v925 : i64
                %v958 = arith.addi %v957, %v447 : i64
                scf.if %v954 {
                  %v959 = llvm.getelementptr %v69[%v958] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v951, %v959 : f32, !llvm.ptr
                }
                %v960 = arith.select %v42, %v824, %v82 : f32
                // sum over the warp's outer points: shuffles
                %v961, %v962 = gpu.shuffle xor %v960, %v912, %v731 : f32
                %v963 = arith.addf %v960, %v961 fastmath<contract> : f32
                %v964, %v965 = gpu.shuffle xor %v963, %v916, %v731 : f32
                %v966 = arith.addf %v963, %v964 fastmath<contract> : f32
                %v967 = arith.divui %v23, %v25 : i64
                %v968 = arith.remui %v23, %v25 : i64
                %v969 = arith.cmpi ult, %v968, %v37 : i64
                %v970 = arith.addi %v37, %v38 : i64
                %v971 = arith.muli %v967, %v1 : i64
                %v972 = arith.addi %v971, %v970 : i64
                %v973 = arith.muli %v972, %v925 : i64
                %v974 = arith.addi %v973, %v447 : i64
                scf.if %v969 {
                  %v975 = llvm.getelementptr %v69[%v974] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v966, %v975 : f32, !llvm.ptr
                }
                %v976 = arith.select %v42, %v874, %v82 : f32
                // sum over the warp's outer points: shuffles
                %v977, %v978 = gpu.shuffle xor %v976, %v912, %v731 : f32
                %v979 = arith.addf %v976, %v977 fastmath<contract> : f32
                %v980, %v981 = gpu.shuffle xor %v979, %v916, %v731 : f32
                %v982 = arith.addf %v979, %v980 fastmath<contract> : f32
                %v983 = arith.divui %v23, %v25 : i64
                %v984 = arith.remui %v23, %v25 : i64
                %v985 = arith.cmpi ult, %v984, %v2 : i64
                %v986 = arith.muli %v983, %v925 : i64
                %v987 = arith.addi %v986, %v447 : i64
                scf.if %v985 {
                  %v988 = llvm.getelementptr %v71[%v987] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v982, %v988 : f32, !llvm.ptr
                }
                %v989 = arith.select %v42, %v910, %v82 : f32
                // sum over the warp's outer points: shuffles
                %v990, %v991 = gpu.shuffle xor %v989, %v912, %v731 : f32
                %v992 = arith.addf %v989, %v990 fastmath<contract> : f32
                %v993, %v994 = gpu.shuffle xor %v992, %v916, %v731 : f32
                %v995 = arith.addf %v992, %v993 fastmath<contract> : f32
                %v996 = arith.divui %v23, %v25 : i64
                %v997 = arith.remui %v23, %v25 : i64
                %v998 = arith.cmpi ult, %v997, %v2 : i64
                %v999 = arith.muli %v996, %v925 : i64
                %v1000 = arith.addi %v999, %v447 : i64
                scf.if %v998 {
                  %v1001 = llvm.getelementptr %v73[%v1000] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v995, %v1001 : f32, !llvm.ptr
                }
                llvm.store %v907, %v62 : f32, !llvm.ptr
                llvm.store %v907, %v63 : f32, !llvm.ptr
                llvm.store %v907, %v64 : f32, !llvm.ptr
                llvm.store %v907, %v65 : f32, !llvm.ptr
                %v1002 = arith.addi %v445, %v589 : i64
                %v1003 = arith.cmpi slt, %v735, %v695 : i32
                %v1004 = arith.cmpi eq, %v735, %v701 : i32
                %v1005 = arith.addi %v447, %v2 : i64
                %v1006 = arith.addi %v174, %v1002 : i64
                %v1007 = arith.muli %v38, %v202 : i64
                %v1008 = arith.subi %v1006, %v174 : i64
                %v1009 = arith.addi %v1007, %v1008 : i64
                %v1010 = llvm.getelementptr %v75[%v1009] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1011 = llvm.load %v1010 : !llvm.ptr -> f32
                %v1012 = arith.muli %v52, %v395 : i64
                %v1013 = arith.muli %v1006, %v394 : i64
                %v1014 = arith.addi %v1012, %v1013 : i64
                %v1015 = arith.muli %v50, %size_DV : i64
                %v1016 = arith.addi %v1014, %v1015 : i64
                %v1017 = arith.addi %v1016, %v48 : i64
                %v1018 = llvm.getelementptr %dy_o[%v1017] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1019 = llvm.load %v1018 : !llvm.ptr -> f32
                %v1020 = arith.mulf %v1011, %v639 fastmath<contract> : f32
                %v1021 = arith.constant 8 : i64
                %v1022 = arith.addi %v1021, %v38 : i64
                %v1023 = arith.muli %v1022, %v202 : i64
                %v1024 = arith.subi %v1006, %v174 : i64
                %v1025 = arith.addi %v1023, %v1024 : i64
                %v1026 = llvm.getelementptr %v75[%v1025] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1027 = llvm.load %v1026 : !llvm.ptr -> f32
                %v1028 = arith.mulf %v1027, %v641 fastmath<contract> : f32
                %v1029 = arith.addf %v1020, %v1028 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1030, %v1031 = gpu.shuffle xor %v1029, %v730, %v731 : f32
                %v1032 = arith.addf %v1029, %v1030 fastmath<contract> : f32
                %v1033, %v1034 = gpu.shuffle xor %v1032, %v735, %v731 : f32
                %v1035 = arith.addf %v1032, %v1033 fastmath<contract> : f32
                %v1036, %v1037 = gpu.shuffle xor %v1035, %v739, %v731 : f32
                %v1038 = arith.addf %v1035, %v1036 fastmath<contract> : f32
                // end sum over the lanes
                %v1039 = llvm.call_intrinsic "llvm.fabs.f32"(%v1038) : (f32) -> f32
                %v1040 = arith.maximumf %v83, %v1039 : f32
                %v1041 = arith.divf %v1019, %v1040 : f32
                %v1042 = arith.mulf %v1011, %v1041 fastmath<contract> : f32
                %v1043 = llvm.load %v58 : !llvm.ptr -> f32
                %v1044 = llvm.load %v62 : !llvm.ptr -> f32
                %v1045 = arith.mulf %v1044, %v1043 fastmath<contract> : f32
                %v1046 = arith.addf %v1042, %v1045 fastmath<contract> : f32
                llvm.store %v1046, %v58 : f32, !llvm.ptr
                %v1047 = arith.mulf %v1027, %v1041 fastmath<contract> : f32
                %v1048 = llvm.load %v59 : !llvm.ptr -> f32
                %v1049 = llvm.load %v63 : !llvm.ptr -> f32
                %v1050 = arith.mulf %v1049, %v1048 fastmath<contract> : f32
                %v1051 = arith.addf %v1047, %v1050 fastmath<contract> : f32
                llvm.store %v1051, %v59 : f32, !llvm.ptr
                %v1052 = arith.mulf %v1011, %v625 fastmath<contract> : f32
                %v1053 = arith.mulf %v1027, %v637 fastmath<contract> : f32
                %v1054 = arith.addf %v1052, %v1053 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1055, %v1056 = gpu.shuffle xor %v1054, %v730, %v731 : f32
                %v1057 = arith.addf %v1054, %v1055 fastmath<contract> : f32
                %v1058, %v1059 = gpu.shuffle xor %v1057, %v735, %v731 : f32
                %v1060 = arith.addf %v1057, %v1058 fastmath<contract> : f32
                %v1061, %v1062 = gpu.shuffle xor %v1060, %v739, %v731 : f32
                %v1063 = arith.addf %v1060, %v1061 fastmath<contract> : f32
                // end sum over the lanes
                %v1064 = arith.divf %v1063, %v1040 : f32
                %v1065 = arith.divf %v1064, %v1040 : f32
                %v1066 = arith.mulf %v1019, %v1065 fastmath<contract> : f32
                %v1067 = arith.negf %v1066 : f32
                %v1068 = arith.cmpf oge, %v83, %v1039 : f32
                %v1069 = arith.select %v1068, %v83, %v82 : f32
                %v1070 = arith.subf %v83, %v1069 fastmath<contract> : f32
                %v1071 = arith.mulf %v1067, %v1070 fastmath<contract> : f32
                %v1072 = arith.cmpf olt, %v1038, %v82 : f32
                %v1073 = arith.select %v1072, %v776, %v82 : f32
                %v1074 = arith.cmpf ogt, %v1038, %v82 : f32
                %v1075 = arith.select %v1074, %v83, %v1073 : f32
                %v1076 = arith.mulf %v1071, %v1075 fastmath<contract> : f32
                %v1077 = arith.mulf %v1011, %v1076 fastmath<contract> : f32
                %v1078 = llvm.load %v60 : !llvm.ptr -> f32
                %v1079 = llvm.load %v64 : !llvm.ptr -> f32
                %v1080 = arith.mulf %v1079, %v1078 fastmath<contract> : f32
                %v1081 = arith.addf %v1077, %v1080 fastmath<contract> : f32
                llvm.store %v1081, %v60 : f32, !llvm.ptr
                %v1082 = arith.mulf %v1027, %v1076 fastmath<contract> : f32
                %v1083 = llvm.load %v61 : !llvm.ptr -> f32
                %v1084 = llvm.load %v65 : !llvm.ptr -> f32
                %v1085 = arith.mulf %v1084, %v1083 fastmath<contract> : f32
                %v1086 = arith.addf %v1082, %v1085 fastmath<contract> : f32
                llvm.store %v1086, %v61 : f32, !llvm.ptr
                scf.if %v1004 {
                }
                %v1087 = arith.mulf %v639, %v1076 fastmath<contract> : f32
                %v1088 = arith.mulf %v625, %v1041 fastmath<contract> : f32
                %v1089 = arith.addf %v1087, %v1088 fastmath<contract> : f32
                %v1090 = arith.mulf %v641, %v1076 fastmath<contract> : f32
                %v1091 = arith.mulf %v637, %v1041 fastmath<contract> : f32
                %v1092 = arith.addf %v1090, %v1091 fastmath<contract> : f32
                %v1093 = arith.subi %v1006, %v174 : i64
                %v1094 = llvm.getelementptr %v79[%v1093] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1095 = llvm.load %v1094 : !llvm.ptr -> f32
                %v1096 = arith.mulf %v1095, %v375 fastmath<contract> : f32
                %v1097 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1096) : (f32) -> f32
                %v1098 = llvm.load %v60 : !llvm.ptr -> f32
                %v1099 = arith.muli %v52, %v395 : i64
                %v1100 = arith.muli %v1006, %v394 : i64
                %v1101 = arith.addi %v1099, %v1100 : i64
                %v1102 = arith.muli %v50, %size_DV : i64
                %v1103 = arith.addi %v1101, %v1102 : i64
                %v1104 = arith.addi %v1103, %v48 : i64
                %v1105 = llvm.getelementptr %in_v[%v1104] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1106 = llvm.load %v1105 : !llvm.ptr -> f32
                %v1107 = llvm.load %v58 : !llvm.ptr -> f32
                %v1108 = arith.mulf %v1106, %v1107 fastmath<contract> : f32
                %v1109 = arith.addf %v1098, %v1108 fastmath<contract> : f32
                %v1110 = arith.mulf %v1097, %v1109 fastmath<contract> : f32
                %v1112 = llvm.call_intrinsic "llvm.sqrt.f32"(%v1111) : (f32) -> f32
                %v1113 = arith.divf %v1110, %v1112 : f32
                %v1114 = llvm.load %v61 : !llvm.ptr -> f32
                %v1115 = llvm.load %v59 : !llvm.ptr -> f32
                %v1116 = arith.mulf %v1106, %v1115 fastmath<contract> : f32
                %v1117 = arith.addf %v1114, %v1116 fastmath<contract> : f32
                %v1118 = arith.mulf %v1097, %v1117 fastmath<contract> : f32
                %v1119 = arith.divf %v1118, %v1112 : f32
                %v1120 = arith.muli %v38, %v202 : i64
                %v1121 = arith.subi %v1006, %v174 : i64
                %v1122 = arith.addi %v1120, %v1121 : i64
                %v1123 = llvm.getelementptr %v77[%v1122] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1124 = llvm.load %v1123 : !llvm.ptr -> f32
                %v1125 = arith.divf %v1124, %v1112 : f32
                %v1126 = arith.mulf %v1097, %v1125 fastmath<contract> : f32
                %v1127 = arith.mulf %v1126, %v1107 fastmath<contract> : f32
                %v1128 = arith.constant 8 : i64
                %v1129 = arith.addi %v1128, %v38 : i64
                %v1130 = arith.muli %v1129, %v202 : i64
                %v1131 = arith.subi %v1006, %v174 : i64
                %v1132 = arith.addi %v1130, %v1131 : i64
                %v1133 = llvm.getelementptr %v77[%v1132] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1134 = llvm.load %v1133 : !llvm.ptr -> f32
                %v1135 = arith.divf %v1134, %v1112 : f32
                %v1136 = arith.mulf %v1097, %v1135 fastmath<contract> : f32
                %v1137 = arith.mulf %v1136, %v1115 fastmath<contract> : f32
                %v1138 = arith.addf %v1127, %v1137 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1139, %v1140 = gpu.shuffle xor %v1138, %v730, %v731 : f32
                %v1141 = arith.addf %v1138, %v1139 fastmath<contract> : f32
                %v1142, %v1143 = gpu.shuffle xor %v1141, %v735, %v731 : f32
                %v1144 = arith.addf %v1141, %v1142 fastmath<contract> : f32
                %v1145, %v1146 = gpu.shuffle xor %v1144, %v739, %v731 : f32
                %v1147 = arith.addf %v1144, %v1145 fastmath<contract> : f32
                // end sum over the lanes
                %v1148 = arith.cmpi eq, %v38, %v84 : i64
                %v1149 = arith.andi %v42, %v1148 : i1
                scf.if %v1149 {
                  %v1150 = arith.muli %v52, %v395 : i64
                  %v1151 = arith.muli %v1006, %v394 : i64
                  %v1152 = arith.addi %v1150, %v1151 : i64
                  %v1153 = arith.muli %v50, %size_DV : i64
                  %v1154 = arith.addi %v1152, %v1153 : i64
                  %v1155 = arith.addi %v1154, %v48 : i64
                  %v1156 = llvm.getelementptr %dx_v[%v1155] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1147, %v1156 : f32, !llvm.ptr
                }
                %v1157 = arith.mulf %v1125, %v1109 fastmath<contract> : f32
                %v1158 = arith.mulf %v1135, %v1117 fastmath<contract> : f32
                %v1159 = arith.addf %v1157, %v1158 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1160, %v1161 = gpu.shuffle xor %v1159, %v730, %v731 : f32
                %v1162 = arith.addf %v1159, %v1160 fastmath<contract> : f32
                %v1163, %v1164 = gpu.shuffle xor %v1162, %v735, %v731 : f32
                %v1165 = arith.addf %v1162, %v1163 fastmath<contract> : f32
                %v1166, %v1167 = gpu.shuffle xor %v1165, %v739, %v731 : f32
                %v1168 = arith.addf %v1165, %v1166 fastmath<contract> : f32
                // end sum over the lanes
                %v1169 = arith.mulf %v1097, %v1168 fastmath<contract> : f32
                %v1170 = arith.mulf %v572, %v1107 fastmath<contract> : f32
                %v1171 = arith.mulf %v584, %v1115 fastmath<contract> : f32
                %v1172 = arith.addf %v1170, %v1171 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1173, %v1174 = gpu.shuffle xor %v1172, %v730, %v731 : f32
                %v1175 = arith.addf %v1172, %v1173 fastmath<contract> : f32
                %v1176, %v1177 = gpu.shuffle xor %v1175, %v735, %v731 : f32
                %v1178 = arith.addf %v1175, %v1176 fastmath<contract> : f32
                %v1179, %v1180 = gpu.shuffle xor %v1178, %v739, %v731 : f32
                %v1181 = arith.addf %v1178, %v1179 fastmath<contract> : f32
                // end sum over the lanes
                %v1182 = arith.mulf %v586, %v1098 fastmath<contract> : f32
                %v1183 = arith.mulf %v588, %v1114 fastmath<contract> : f32
                %v1184 = arith.addf %v1182, %v1183 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1185, %v1186 = gpu.shuffle xor %v1184, %v730, %v731 : f32
                %v1187 = arith.addf %v1184, %v1185 fastmath<contract> : f32
                %v1188, %v1189 = gpu.shuffle xor %v1187, %v735, %v731 : f32
                %v1190 = arith.addf %v1187, %v1188 fastmath<contract> : f32
                %v1191, %v1192 = gpu.shuffle xor %v1190, %v739, %v731 : f32
                %v1193 = arith.addf %v1190, %v1191 fastmath<contract> : f32
                // end sum over the lanes
                %v1194 = arith.addf %v1181, %v1193 fastmath<contract> : f32
                %v1195 = arith.subi %v1006, %v174 : i64
                %v1196 = llvm.getelementptr %v81[%v1195] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1197 = llvm.load %v1196 : !llvm.ptr -> f32
                %v1198 = arith.negf %v1197 : f32
                %v1199 = arith.mulf %v1198, %v375 fastmath<contract> : f32
                %v1200 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1199) : (f32) -> f32
                %v1201 = arith.addf %v83, %v1200 fastmath<contract> : f32
                %v1202 = arith.divf %v83, %v1201 : f32
                %v1203 = arith.subf %v83, %v1202 fastmath<contract> : f32
                %v1204 = arith.mulf %v1202, %v1203 fastmath<contract> : f32
                %v1205 = arith.mulf %v1194, %v1204 fastmath<contract> : f32
                %v1206 = arith.select %v42, %v1089, %v82 : f32
                // sum over the warp's outer points: shuffles
                %v1207, %v1208 = gpu.shuffle xor %v1206, %v912, %v731 : f32
                %v1209 = arith.addf %v1206, %v1207 fastmath<contract> : f32
                %v1210, %v1211 = gpu.shuffle xor %v1209, %v916, %v731 : f32
                %v1212 = arith.addf %v1209, %v1210 fastmath<contract> : f32
                %v1213 = arith.divui %v23, %v25 : i64
                %v1214 = arith.remui %v23, %v25 : i64
                %v1215 = arith.cmpi ult, %v1214, %v37 : i64
                %v1216 = arith.muli %v1213, %v1 : i64
                %v1217 = arith.addi %v1216, %v38 : i64
                %v1218 = arith.muli %v1217, %v925 : i64
                %v1219 = arith.addi %v1218, %v1005 : i64
                scf.if %v1215 {
                  %v1220 = llvm.getelementptr %v67[%v1219] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1212, %v1220 : f32, !llvm.ptr
                }
                %v1221 = arith.select %v42, %v1092, %v82 : f32
                // sum over the warp's outer points: shuffles
                %v1222, %v1223 = gpu.shuffle xor %v1221, %v912, %v731 : f32
                %v1224 = arith.addf %v1221, %v1222 fastmath<contract> : f32
                %v1225, %v1226 = gpu.shuffle xor %v1224, %v916, %v731 : f32
                %v1227 = arith.addf %v1224, %v1225 fastmath<contract> : f32
                %v1228 = arith.divui %v23, %v25 : i64
                %v1229 = arith.remui %v23, %v25 : i64
                %v1230 = arith.cmpi ult, %v1229, %v37 : i64
                %v1231 = arith.addi %v37, %v38 : i64
                %v1232 = arith.muli %v1228, %v1 : i64
                %v1233 = arith.addi %v1232, %v1231 : i64
                %v1234 = arith.muli %v1233, %v925 : i64
                %v1235 = arith.addi %v1234, %v1005 : i64
                scf.if %v1230 {
                  %v1236 = llvm.getelementptr %v67[%v1235] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1227, %v1236 : f32, !llvm.ptr
                }
                %v1237 = arith.select %v42, %v1113, %v82 : f32
                // sum over the warp's outer points: shuffles
                %v1238, %v1239 = gpu.shuffle xor %v1237, %v912, %v731 : f32
                %v1240 = arith.addf %v1237, %v1238 fastmath<contract> : f32
                %v1241, %v1242 = gpu.shuffle xor %v1240, %v916, %v731 : f32
                %v1243 = arith.addf %v1240, %v1241 fastmath<contract> : f32
                %v1244 = arith.divui %v23, %v25 : i64
                %v1245 = arith.remui %v23, %v25 : i64
                %v1246 = arith.cmpi ult, %v1245, %v37 : i64
                %v1247 = arith.muli %v1244, %v1 : i64
                %v1248 = arith.addi %v1247, %v38 : i64
                %v1249 = arith.muli %v1248, %v925 : i64
                %v1250 = arith.addi %v1249, %v1005 : i64
                scf.if %v1246 {
                  %v1251 = llvm.getelementptr %v69[%v1250] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1243, %v1251 : f32, !llvm.ptr
                }
                %v1252 = arith.select %v42, %v1119, %v82 : f32
                // sum over the warp's outer points: shuffles
                %v1253, %v1254 = gpu.shuffle xor %v1252, %v912, %v731 : f32
                %v1255 = arith.addf %v1252, %v1253 fastmath<contract> : f32
                %v1256, %v1257 = gpu.shuffle xor %v1255, %v916, %v731 : f32
                %v1258 = arith.addf %v1255, %v1256 fastmath<contract> : f32
                %v1259 = arith.divui %v23, %v25 : i64
                %v1260 = arith.remui %v23, %v25 : i64
                %v1261 = arith.cmpi ult, %v1260, %v37 : i64
                %v1262 = arith.addi %v37, %v38 : i64
                %v1263 = arith.muli %v1259, %v1 : i64
                %v1264 = arith.addi %v1263, %v1262 : i64
                %v1265 = arith.muli %v1264, %v925 : i64
                %v1266 = arith.addi %v1265, %v1005 : i64
                scf.if %v1261 {
                  %v1267 = llvm.getelementptr %v69[%v1266] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1258, %v1267 : f32, !llvm.ptr
                }
                %v1268 = arith.select %v42, %v1169, %v82 : f32
                // sum over the warp's outer points: shuffles
                %v1269, %v1270 = gpu.shuffle xor %v1268, %v912, %v731 : f32
                %v1271 = arith.addf %v1268, %v1269 fastmath<contract> : f32
                %v1272, %v1273 = gpu.shuffle xor %v1271, %v916, %v731 : f32
                %v1274 = arith.addf %v1271, %v1272 fastmath<contract> : f32
                %v1275 = arith.divui %v23, %v25 : i64
                %v1276 = arith.remui %v23, %v25 : i64
                %v1277 = arith.cmpi ult, %v1276, %v2 : i64
                %v1278 = arith.muli %v1275, %v925 : i64
                %v1279 = arith.addi %v1278, %v1005 : i64
                scf.if %v1277 {
                  %v1280 = llvm.getelementptr %v71[%v1279] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1274, %v1280 : f32, !llvm.ptr
                }
                %v1281 = arith.select %v42, %v1205, %v82 : f32
                // sum over the warp's outer points: shuffles
                %v1282, %v1283 = gpu.shuffle xor %v1281, %v912, %v731 : f32
                %v1284 = arith.addf %v1281, %v1282 fastmath<contract> : f32
                %v1285, %v1286 = gpu.shuffle xor %v1284, %v916, %v731 : f32
                %v1287 = arith.addf %v1284, %v1285 fastmath<contract> : f32
                %v1288 = arith.divui %v23, %v25 : i64
                %v1289 = arith.remui %v23, %v25 : i64
                %v1290 = arith.cmpi ult, %v1289, %v2 : i64
                %v1291 = arith.muli %v1288, %v925 : i64
                %v1292 = arith.addi %v1291, %v1005 : i64
                scf.if %v1290 {
                  %v1293 = llvm.getelementptr %v73[%v1292] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1287, %v1293 : f32, !llvm.ptr
                }
                llvm.store %v1202, %v62 : f32, !llvm.ptr
                llvm.store %v1202, %v63 : f32, !llvm.ptr
                llvm.store %v1202, %v64 : f32, !llvm.ptr
                llvm.store %v1202, %v65 : f32, !llvm.ptr
                %v1294 = arith.addi %v445, %v2 : i64
                %v1295 = arith.cmpi slt, %v730, %v695 : i32
                %v1296 = arith.cmpi eq, %v730, %v701 : i32
                %v1297 = arith.addi %v447, %v589 : i64
                %v1298 = arith.addi %v174, %v1294 : i64
                %v1299 = arith.muli %v38, %v202 : i64
                %v1300 = arith.subi %v1298, %v174 : i64
                %v1301 = arith.addi %v1299, %v1300 : i64
                %v1302 = llvm.getelementptr %v75[%v1301] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1303 = llvm.load %v1302 : !llvm.ptr -> f32
                %v1304 = arith.muli %v52, %v395 : i64
                %v1305 = arith.muli %v1298, %v394 : i64
                %v1306 = arith.addi %v1304, %v1305 : i64
                %v1307 = arith.muli %v50, %size_DV : i64
                %v1308 = arith.addi %v1306, %v1307 : i64
                %v1309 = arith.addi %v1308, %v48 : i64
                %v1310 = llvm.getelementptr %dy_o[%v1309] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1311 = llvm.load %v1310 : !llvm.ptr -> f32
                %v1312 = arith.mulf %v1303, %v586 fastmath<contract> : f32
                %v1313 = arith.constant 8 : i64
                %v1314 = arith.addi %v1313, %v38 : i64
                %v1315 = arith.muli %v1314, %v202 : i64
                %v1316 = arith.subi %v1298, %v174 : i64
                %v1317 = arith.addi %v1315, %v1316 : i64
                %v1318 = llvm.getelementptr %v75[%v1317] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1319 = llvm.load %v1318 : !llvm.ptr -> f32
                %v1320 = arith.mulf %v1319, %v588 fastmath<contract> : f32
                %v1321 = arith.addf %v1312, %v1320 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1322, %v1323 = gpu.shuffle xor %v1321, %v730, %v731 : f32
                %v1324 = arith.addf %v1321, %v1322 fastmath<contract> : f32
                %v1325, %v1326 = gpu.shuffle xor %v1324, %v735, %v731 : f32
                %v1327 = arith.addf %v1324, %v1325 fastmath<contract> : f32
                %v1328, %v1329 = gpu.shuffle xor %v1327, %v739, %v731 : f32
                %v1330 = arith.addf %v1327, %v1328 fastmath<contract> : f32
                // end sum over the lanes
                %v1331 = llvm.call_intrinsic "llvm.fabs.f32"(%v1330) : (f32) -> f32
                %v1332 = arith.maximumf %v83, %v1331 : f32
                %v1333 = arith.divf %v1311, %v1332 : f32
                %v1334 = arith.mulf %v1303, %v1333 fastmath<contract> : f32
                %v1335 = llvm.load %v58 : !llvm.ptr -> f32
                %v1336 = llvm.load %v62 : !llvm.ptr -> f32
                %v1337 = arith.mulf %v1336, %v1335 fastmath<contract> : f32
                %v1338 = arith.addf %v1334, %v1337 fastmath<contract> : f32
                llvm.store %v1338, %v58 : f32, !llvm.ptr
                %v1339 = arith.mulf %v1319, %v1333 fastmath<contract> : f32
                %v1340 = llvm.load %v59 : !llvm.ptr -> f32
                %v1341 = llvm.load %v63 : !llvm.ptr -> f32
                %v1342 = arith.mulf %v1341, %v1340 fastmath<contract> : f32
                %v1343 = arith.addf %v1339, %v1342 fastmath<contract> : f32
                llvm.store %v1343, %v59 : f32, !llvm.ptr
                %v1344 = arith.mulf %v1303, %v572 fastmath<contract> : f32
                %v1345 = arith.mulf %v1319, %v584 fastmath<contract> : f32
                %v1346 = arith.addf %v1344, %v1345 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1347, %v1348 = gpu.shuffle xor %v1346, %v730, %v731 : f32
                %v1349 = arith.addf %v1346, %v1347 fastmath<contract> : f32
                %v1350, %v1351 = gpu.shuffle xor %v1349, %v735, %v731 : f32
                %v1352 = arith.addf %v1349, %v1350 fastmath<contract> : f32
                %v1353, %v1354 = gpu.shuffle xor %v1352, %v739, %v731 : f32
                %v1355 = arith.addf %v1352, %v1353 fastmath<contract> : f32
                // end sum over the lanes
                %v1356 = arith.divf %v1355, %v1332 : f32
                %v1357 = arith.divf %v1356, %v1332 : f32
                %v1358 = arith.mulf %v1311, %v1357 fastmath<contract> : f32
                %v1359 = arith.negf %v1358 : f32
                %v1360 = arith.cmpf oge, %v83, %v1331 : f32
                %v1361 = arith.select %v1360, %v83, %v82 : f32
                %v1362 = arith.subf %v83, %v1361 fastmath<contract> : f32
                %v1363 = arith.mulf %v1359, %v1362 fastmath<contract> : f32
                %v1364 = arith.cmpf olt, %v1330, %v82 : f32
                %v1365 = arith.select %v1364, %v776, %v82 : f32
                %v1366 = arith.cmpf ogt, %v1330, %v82 : f32
                %v1367 = arith.select %v1366, %v83, %v1365 : f32
                %v1368 = arith.mulf %v1363, %v1367 fastmath<contract> : f32
                %v1369 = arith.mulf %v1303, %v1368 fastmath<contract> : f32
                %v1370 = llvm.load %v60 : !llvm.ptr -> f32
                %v1371 = llvm.load %v64 : !llvm.ptr -> f32
                %v1372 = arith.mulf %v1371, %v1370 fastmath<contract> : f32
                %v1373 = arith.addf %v1369, %v1372 fastmath<contract> : f32
                llvm.store %v1373, %v60 : f32, !llvm.ptr
                %v1374 = arith.mulf %v1319, %v1368 fastmath<contract> : f32
                %v1375 = llvm.load %v61 : !llvm.ptr -> f32
                %v1376 = llvm.load %v65 : !llvm.ptr -> f32
                %v1377 = arith.mulf %v1376, %v1375 fastmath<contract> : f32
                %v1378 = arith.addf %v1374, %v1377 fastmath<contract> : f32
                llvm.store %v1378, %v61 : f32, !llvm.ptr
                scf.if %v1296 {
                }
                %v1379 = arith.mulf %v586, %v1368 fastmath<contract> : f32
                %v1380 = arith.mulf %v572, %v1333 fastmath<contract> : f32
                %v1381 = arith.addf %v1379, %v1380 fastmath<contract> : f32
                %v1382 = arith.mulf %v588, %v1368 fastmath<contract> : f32
                %v1383 = arith.mulf %v584, %v1333 fastmath<contract> : f32
                %v1384 = arith.addf %v1382, %v1383 fastmath<contract> : f32
                %v1385 = arith.subi %v1298, %v174 : i64
                %v1386 = llvm.getelementptr %v79[%v1385] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1387 = llvm.load %v1386 : !llvm.ptr -> f32
                %v1388 = arith.mulf %v1387, %v375 fastmath<contract> : f32
                %v1389 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1388) : (f32) -> f32
                %v1390 = llvm.load %v60 : !llvm.ptr -> f32
                %v1391 = arith.muli %v52, %v395 : i64
                %v1392 = arith.muli %v1298, %v394 : i64
                %v1393 = arith.addi %v1391, %v1392 : i64
                %v1394 = arith.muli %v50, %size_DV : i64
                %v1395 = arith.addi %v1393, %v1394 : i64
                %v1396 = arith.addi %v1395, %v48 : i64
                %v1397 = llvm.getelementptr %in_v[%v1396] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1398 = llvm.load %v1397 : !llvm.ptr -> f32
                %v1399 = llvm.load %v58 : !llvm.ptr -> f32
                %v1400 = arith.mulf %v1398, %v1399 fastmath<contract> : f32
                %v1401 = arith.addf %v1390, %v1400 fastmath<contract> : f32
                %v1402 = arith.mulf %v1389, %v1401 fastmath<contract> : f32
                %v1404 = llvm.call_intrinsic "llvm.sqrt.f32"(%v1403) : (f32) -> f32
                %v1405 = arith.divf %v1402, %v1404 : f32
                %v1406 = llvm.load %v61 : !llvm.ptr -> f32
                %v1407 = llvm.load %v59 : !llvm.ptr -> f32
                %v1408 = arith.mulf %v1398, %v1407 fastmath<contract> : f32
                %v1409 = arith.addf %v1406, %v1408 fastmath<contract> : f32
                %v1410 = arith.mulf %v1389, %v1409 fastmath<contract> : f32
                %v1411 = arith.divf %v1410, %v1404 : f32
                %v1412 = arith.muli %v38, %v202 : i64
                %v1413 = arith.subi %v1298, %v174 : i64
                %v1414 = arith.addi %v1412, %v1413 : i64
                %v1415 = llvm.getelementptr %v77[%v1414] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1416 = llvm.load %v1415 : !llvm.ptr -> f32
                %v1417 = arith.divf %v1416, %v1404 : f32
                %v1418 = arith.mulf %v1389, %v1417 fastmath<contract> : f32
                %v1419 = arith.mulf %v1418, %v1399 fastmath<contract> : f32
                %v1420 = arith.constant 8 : i64
                %v1421 = arith.addi %v1420, %v38 : i64
                %v1422 = arith.muli %v1421, %v202 : i64
                %v1423 = arith.subi %v1298, %v174 : i64
                %v1424 = arith.addi %v1422, %v1423 : i64
                %v1425 = llvm.getelementptr %v77[%v1424] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1426 = llvm.load %v1425 : !llvm.ptr -> f32
                %v1427 = arith.divf %v1426, %v1404 : f32
                %v1428 = arith.mulf %v1389, %v1427 fastmath<contract> : f32
                %v1429 = arith.mulf %v1428, %v1407 fastmath<contract> : f32
                %v1430 = arith.addf %v1419, %v1429 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1431, %v1432 = gpu.shuffle xor %v1430, %v730, %v731 : f32
                %v1433 = arith.addf %v1430, %v1431 fastmath<contract> : f32
                %v1434, %v1435 = gpu.shuffle xor %v1433, %v735, %v731 : f32
                %v1436 = arith.addf %v1433, %v1434 fastmath<contract> : f32
                %v1437, %v1438 = gpu.shuffle xor %v1436, %v739, %v731 : f32
                %v1439 = arith.addf %v1436, %v1437 fastmath<contract> : f32
                // end sum over the lanes
                %v1440 = arith.cmpi eq, %v38, %v84 : i64
                %v1441 = arith.andi %v42, %v1440 : i1
                scf.if %v1441 {
                  %v1442 = arith.muli %v52, %v395 : i64
                  %v1443 = arith.muli %v1298, %v394 : i64
                  %v1444 = arith.addi %v1442, %v1443 : i64
                  %v1445 = arith.muli %v50, %size_DV : i64
                  %v1446 = arith.addi %v1444, %v1445 : i64
                  %v1447 = arith.addi %v1446, %v48 : i64
                  %v1448 = llvm.getelementptr %dx_v[%v1447] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1439, %v1448 : f32, !llvm.ptr
                }
                %v1449 = arith.mulf %v1417, %v1401 fastmath<contract> : f32
                %v1450 = arith.mulf %v1427, %v1409 fastmath<contract> : f32
                %v1451 = arith.addf %v1449, %v1450 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1452, %v1453 = gpu.shuffle xor %v1451, %v730, %v731 : f32
                %v1454 = arith.addf %v1451, %v1452 fastmath<contract> : f32
                %v1455, %v1456 = gpu.shuffle xor %v1454, %v735, %v731 : f32
                %v1457 = arith.addf %v1454, %v1455 fastmath<contract> : f32
                %v1458, %v1459 = gpu.shuffle xor %v1457, %v739, %v731 : f32
                %v1460 = arith.addf %v1457, %v1458 fastmath<contract> : f32
                // end sum over the lanes
                %v1461 = arith.mulf %v1389, %v1460 fastmath<contract> : f32
                %v1462 = arith.mulf %v520, %v1399 fastmath<contract> : f32
                %v1463 = arith.mulf %v532, %v1407 fastmath<contract> : f32
                %v1464 = arith.addf %v1462, %v1463 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1465, %v1466 = gpu.shuffle xor %v1464, %v730, %v731 : f32
                %v1467 = arith.addf %v1464, %v1465 fastmath<contract> : f32
                %v1468, %v1469 = gpu.shuffle xor %v1467, %v735, %v731 : f32
                %v1470 = arith.addf %v1467, %v1468 fastmath<contract> : f32
                %v1471, %v1472 = gpu.shuffle xor %v1470, %v739, %v731 : f32
                %v1473 = arith.addf %v1470, %v1471 fastmath<contract> : f32
                // end sum over the lanes
                %v1474 = arith.mulf %v534, %v1390 fastmath<contract> : f32
                %v1475 = arith.mulf %v536, %v1406 fastmath<contract> : f32
                %v1476 = arith.addf %v1474, %v1475 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1477, %v1478 = gpu.shuffle xor %v1476, %v730, %v731 : f32
                %v1479 = arith.addf %v1476, %v1477 fastmath<contract> : f32
                %v1480, %v1481 = gpu.shuffle xor %v1479, %v735, %v731 : f32
                %v1482 = arith.addf %v1479, %v1480 fastmath<contract> : f32
                %v1483, %v1484 = gpu.shuffle xor %v1482, %v739, %v731 : f32
                %v1485 = arith.addf %v1482, %v1483 fastmath<contract> : f32
                // end sum over the lanes
                %v1486 = arith.addf %v1473, %v1485 fastmath<contract> : f32
                %v1487 = arith.subi %v1298, %v174 : i64
                %v1488 = llvm.getelementptr %v81[%v1487] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1489 = llvm.load %v1488 : !llvm.ptr -> f32
                %v1490 = arith.negf %v1489 : f32
                %v1491 = arith.mulf %v1490, %v375 fastmath<contract> : f32
                %v1492 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1491) : (f32) -> f32
                %v1493 = arith.addf %v83, %v1492 fastmath<contract> : f32
                %v1494 = arith.divf %v83, %v1493 : f32
                %v1495 = arith.subf %v83, %v1494 fastmath<contract> : f32
                %v1496 = arith.mulf %v1494, %v1495 fastmath<contract> : f32
                %v1497 = arith.mulf %v1486, %v1496 fastmath<contract> : f32
                %v1498 = arith.select %v42, %v1381, %v82 : f32
                // sum over the warp's outer points: shuffles
                %v1499, %v1500 = gpu.shuffle xor %v1498, %v912, %v731 : f32
                %v1501 = arith.addf %v1498, %v1499 fastmath<contract> : f32
                %v1502, %v1503 = gpu.shuffle xor %v1501, %v916, %v731 : f32
                %v1504 = arith.addf %v1501, %v1502 fastmath<contract> : f32
                %v1505 = arith.divui %v23, %v25 : i64
                %v1506 = arith.remui %v23, %v25 : i64
                %v1507 = arith.cmpi ult, %v1506, %v37 : i64
                %v1508 = arith.muli %v1505, %v1 : i64
                %v1509 = arith.addi %v1508, %v38 : i64
                %v1510 = arith.muli %v1509, %v925 : i64
                %v1511 = arith.addi %v1510, %v1297 : i64
                scf.if %v1507 {
                  %v1512 = llvm.getelementptr %v67[%v1511] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1504, %v1512 : f32, !llvm.ptr
                }
                %v1513 = arith.select %v42, %v1384, %v82 : f32
                // sum over the warp's outer points: shuffles
                %v1514, %v1515 = gpu.shuffle xor %v1513, %v912, %v731 : f32
                %v1516 = arith.addf %v1513, %v1514 fastmath<contract> : f32
                %v1517, %v1518 = gpu.shuffle xor %v1516, %v916, %v731 : f32
                %v1519 = arith.addf %v1516, %v1517 fastmath<contract> : f32
                %v1520 = arith.divui %v23, %v25 : i64
                %v1521 = arith.remui %v23, %v25 : i64
                %v1522 = arith.cmpi ult, %v1521, %v37 : i64
                %v1523 = arith.addi %v37, %v38 : i64
                %v1524 = arith.muli %v1520, %v1 : i64
                %v1525 = arith.addi %v1524, %v1523 : i64
                %v1526 = arith.muli %v1525, %v925 : i64
                %v1527 = arith.addi %v1526, %v1297 : i64
                scf.if %v1522 {
                  %v1528 = llvm.getelementptr %v67[%v1527] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1519, %v1528 : f32, !llvm.ptr
                }
                %v1529 = arith.select %v42, %v1405, %v82 : f32
                // sum over the warp's outer points: shuffles
                %v1530, %v1531 = gpu.shuffle xor %v1529, %v912, %v731 : f32
                %v1532 = arith.addf %v1529, %v1530 fastmath<contract> : f32
                %v1533, %v1534 = gpu.shuffle xor %v1532, %v916, %v731 : f32
                %v1535 = arith.addf %v1532, %v1533 fastmath<contract> : f32
                %v1536 = arith.divui %v23, %v25 : i64
                %v1537 = arith.remui %v23, %v25 : i64
                %v1538 = arith.cmpi ult, %v1537, %v37 : i64
                %v1539 = arith.muli %v1536, %v1 : i64
                %v1540 = arith.addi %v1539, %v38 : i64
                %v1541 = arith.muli %v1540, %v925 : i64
                %v1542 = arith.addi %v1541, %v1297 : i64
                scf.if %v1538 {
                  %v1543 = llvm.getelementptr %v69[%v1542] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1535, %v1543 : f32, !llvm.ptr
                }
                %v1544 = arith.select %v42, %v1411, %v82 : f32
                // sum over the warp's outer points: shuffles
                %v1545, %v1546 = gpu.shuffle xor %v1544, %v912, %v731 : f32
                %v1547 = arith.addf %v1544, %v1545 fastmath<contract> : f32
                %v1548, %v1549 = gpu.shuffle xor %v1547, %v916, %v731 : f32
                %v1550 = arith.addf %v1547, %v1548 fastmath<contract> : f32
                %v1551 = arith.divui %v23, %v25 : i64
                %v1552 = arith.remui %v23, %v25 : i64
                %v1553 = arith.cmpi ult, %v1552, %v37 : i64
                %v1554 = arith.addi %v37, %v38 : i64
                %v1555 = arith.muli %v1551, %v1 : i64
                %v1556 = arith.addi %v1555, %v1554 : i64
                %v1557 = arith.muli %v1556, %v925 : i64
                %v1558 = arith.addi %v1557, %v1297 : i64
                scf.if %v1553 {
                  %v1559 = llvm.getelementptr %v69[%v1558] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1550, %v1559 : f32, !llvm.ptr
                }
                %v1560 = arith.select %v42, %v1461, %v82 : f32
                // sum over the warp's outer points: shuffles
                %v1561, %v1562 = gpu.shuffle xor %v1560, %v912, %v731 : f32
                %v1563 = arith.addf %v1560, %v1561 fastmath<contract> : f32
                %v1564, %v1565 = gpu.shuffle xor %v1563, %v916, %v731 : f32
                %v1566 = arith.addf %v1563, %v1564 fastmath<contract> : f32
                %v1567 = arith.divui %v23, %v25 : i64
                %v1568 = arith.remui %v23, %v25 : i64
                %v1569 = arith.cmpi ult, %v1568, %v2 : i64
                %v1570 = arith.muli %v1567, %v925 : i64
                %v1571 = arith.addi %v1570, %v1297 : i64
                scf.if %v1569 {
                  %v1572 = llvm.getelementptr %v71[%v1571] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1566, %v1572 : f32, !llvm.ptr
                }
                %v1573 = arith.select %v42, %v1497, %v82 : f32
                // sum over the warp's outer points: shuffles
                %v1574, %v1575 = gpu.shuffle xor %v1573, %v912, %v731 : f32
                %v1576 = arith.addf %v1573, %v1574 fastmath<contract> : f32
                %v1577, %v1578 = gpu.shuffle xor %v1576, %v916, %v731 : f32
                %v1579 = arith.addf %v1576, %v1577 fastmath<contract> : f32
                %v1580 = arith.divui %v23, %v25 : i64
                %v1581 = arith.remui %v23, %v25 : i64
                %v1582 = arith.cmpi ult, %v1581, %v2 : i64
                %v1583 = arith.muli %v1580, %v925 : i64
                %v1584 = arith.addi %v1583, %v1297 : i64
                scf.if %v1582 {
                  %v1585 = llvm.getelementptr %v73[%v1584] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1579, %v1585 : f32, !llvm.ptr
                }
                llvm.store %v1494, %v62 : f32, !llvm.ptr
                llvm.store %v1494, %v63 : f32, !llvm.ptr
                llvm.store %v1494, %v64 : f32, !llvm.ptr
                llvm.store %v1494, %v65 : f32, !llvm.ptr
                %v1587 = arith.cmpi slt, %v1586, %v695 : i32
                %v1588 = arith.cmpi eq, %v1586, %v701 : i32
                %v1589 = arith.addi %v447, %v159 : i64
                %v1590 = arith.addi %v174, %v445 : i64
                %v1591 = arith.muli %v38, %v202 : i64
                %v1592 = arith.subi %v1590, %v174 : i64
                %v1593 = arith.addi %v1591, %v1592 : i64
                %v1594 = llvm.getelementptr %v75[%v1593] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1595 = llvm.load %v1594 : !llvm.ptr -> f32
                %v1596 = arith.muli %v52, %v395 : i64
                %v1597 = arith.muli %v1590, %v394 : i64
                %v1598 = arith.addi %v1596, %v1597 : i64
                %v1599 = arith.muli %v50, %size_DV : i64
                %v1600 = arith.addi %v1598, %v1599 : i64
                %v1601 = arith.addi %v1600, %v48 : i64
                %v1602 = llvm.getelementptr %dy_o[%v1601] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1603 = llvm.load %v1602 : !llvm.ptr -> f32
                %v1604 = arith.mulf %v1595, %v534 fastmath<contract> : f32
                %v1605 = arith.constant 8 : i64
                %v1606 = arith.addi %v1605, %v38 : i64
                %v1607 = arith.muli %v1606, %v202 : i64
                %v1608 = arith.subi %v1590, %v174 : i64
                %v1609 = arith.addi %v1607, %v1608 : i64
                %v1610 = llvm.getelementptr %v75[%v1609] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1611 = llvm.load %v1610 : !llvm.ptr -> f32
                %v1612 = arith.mulf %v1611, %v536 fastmath<contract> : f32
                %v1613 = arith.addf %v1604, %v1612 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1614, %v1615 = gpu.shuffle xor %v1613, %v730, %v731 : f32
                %v1616 = arith.addf %v1613, %v1614 fastmath<contract> : f32
                %v1617, %v1618 = gpu.shuffle xor %v1616, %v735, %v731 : f32
                %v1619 = arith.addf %v1616, %v1617 fastmath<contract> : f32
                %v1620, %v1621 = gpu.shuffle xor %v1619, %v739, %v731 : f32
                %v1622 = arith.addf %v1619, %v1620 fastmath<contract> : f32
                // end sum over the lanes
                %v1623 = llvm.call_intrinsic "llvm.fabs.f32"(%v1622) : (f32) -> f32
                %v1624 = arith.maximumf %v83, %v1623 : f32
                %v1625 = arith.divf %v1603, %v1624 : f32
                %v1626 = arith.mulf %v1595, %v1625 fastmath<contract> : f32
                %v1627 = llvm.load %v58 : !llvm.ptr -> f32
                %v1628 = llvm.load %v62 : !llvm.ptr -> f32
                %v1629 = arith.mulf %v1628, %v1627 fastmath<contract> : f32
                %v1630 = arith.addf %v1626, %v1629 fastmath<contract> : f32
                llvm.store %v1630, %v58 : f32, !llvm.ptr
                %v1631 = arith.mulf %v1611, %v1625 fastmath<contract> : f32
                %v1632 = llvm.load %v59 : !llvm.ptr -> f32
                %v1633 = llvm.load %v63 : !llvm.ptr -> f32
                %v1634 = arith.mulf %v1633, %v1632 fastmath<contract> : f32
                %v1635 = arith.addf %v1631, %v1634 fastmath<contract> : f32
                llvm.store %v1635, %v59 : f32, !llvm.ptr
                %v1636 = arith.mulf %v1595, %v520 fastmath<contract> : f32
                %v1637 = arith.mulf %v1611, %v532 fastmath<contract> : f32
                %v1638 = arith.addf %v1636, %v1637 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1639, %v1640 = gpu.shuffle xor %v1638, %v730, %v731 : f32
                %v1641 = arith.addf %v1638, %v1639 fastmath<contract> : f32
                %v1642, %v1643 = gpu.shuffle xor %v1641, %v735, %v731 : f32
                %v1644 = arith.addf %v1641, %v1642 fastmath<contract> : f32
                %v1645, %v1646 = gpu.shuffle xor %v1644, %v739, %v731 : f32
                %v1647 = arith.addf %v1644, %v1645 fastmath<contract> : f32
                // end sum over the lanes
                %v1648 = arith.divf %v1647, %v1624 : f32
                %v1649 = arith.divf %v1648, %v1624 : f32
                %v1650 = arith.mulf %v1603, %v1649 fastmath<contract> : f32
                %v1651 = arith.negf %v1650 : f32
                %v1652 = arith.cmpf oge, %v83, %v1623 : f32
                %v1653 = arith.select %v1652, %v83, %v82 : f32
                %v1654 = arith.subf %v83, %v1653 fastmath<contract> : f32
                %v1655 = arith.mulf %v1651, %v1654 fastmath<contract> : f32
                %v1656 = arith.cmpf olt, %v1622, %v82 : f32
                %v1657 = arith.select %v1656, %v776, %v82 : f32
                %v1658 = arith.cmpf ogt, %v1622, %v82 : f32
                %v1659 = arith.select %v1658, %v83, %v1657 : f32
                %v1660 = arith.mulf %v1655, %v1659 fastmath<contract> : f32
                %v1661 = arith.mulf %v1595, %v1660 fastmath<contract> : f32
                %v1662 = llvm.load %v60 : !llvm.ptr -> f32
                %v1663 = llvm.load %v64 : !llvm.ptr -> f32
                %v1664 = arith.mulf %v1663, %v1662 fastmath<contract> : f32
                %v1665 = arith.addf %v1661, %v1664 fastmath<contract> : f32
                llvm.store %v1665, %v60 : f32, !llvm.ptr
                %v1666 = arith.mulf %v1611, %v1660 fastmath<contract> : f32
                %v1667 = llvm.load %v61 : !llvm.ptr -> f32
                %v1668 = llvm.load %v65 : !llvm.ptr -> f32
                %v1669 = arith.mulf %v1668, %v1667 fastmath<contract> : f32
                %v1670 = arith.addf %v1666, %v1669 fastmath<contract> : f32
                llvm.store %v1670, %v61 : f32, !llvm.ptr
                scf.if %v1588 {
                }
                %v1671 = arith.mulf %v534, %v1660 fastmath<contract> : f32
                %v1672 = arith.mulf %v520, %v1625 fastmath<contract> : f32
                %v1673 = arith.addf %v1671, %v1672 fastmath<contract> : f32
                %v1674 = arith.mulf %v536, %v1660 fastmath<contract> : f32
                %v1675 = arith.mulf %v532, %v1625 fastmath<contract> : f32
                %v1676 = arith.addf %v1674, %v1675 fastmath<contract> : f32
                %v1677 = arith.subi %v1590, %v174 : i64
                %v1678 = llvm.getelementptr %v79[%v1677] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1679 = llvm.load %v1678 : !llvm.ptr -> f32
                %v1680 = arith.mulf %v1679, %v375 fastmath<contract> : f32
                %v1681 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1680) : (f32) -> f32
                %v1682 = llvm.load %v60 : !llvm.ptr -> f32
                %v1683 = arith.muli %v52, %v395 : i64
                %v1684 = arith.muli %v1590, %v394 : i64
                %v1685 = arith.addi %v1683, %v1684 : i64
                %v1686 = arith.muli %v50, %size_DV : i64
                %v1687 = arith.addi %v1685, %v1686 : i64
                %v1688 = arith.addi %v1687, %v48 : i64
                %v1689 = llvm.getelementptr %in_v[%v1688] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1690 = llvm.load %v1689 : !llvm.ptr -> f32
                %v1691 = llvm.load %v58 : !llvm.ptr -> f32
                %v1692 = arith.mulf %v1690, %v1691 fastmath<contract> : f32
                %v1693 = arith.addf %v1682, %v1692 fastmath<contract> : f32
                %v1694 = arith.mulf %v1681, %v1693 fastmath<contract> : f32
                %v1696 = llvm.call_intrinsic "llvm.sqrt.f32"(%v1695) : (f32) -> f32
                %v1697 = arith.divf %v1694, %v1696 : f32
                %v1698 = llvm.load %v61 : !llvm.ptr -> f32
                %v1699 = llvm.load %v59 : !llvm.ptr -> f32
                %v1700 = arith.mulf %v1690, %v1699 fastmath<contract> : f32
                %v1701 = arith.addf %v1698, %v1700 fastmath<contract> : f32
                %v1702 = arith.mulf %v1681, %v1701 fastmath<contract> : f32
                %v1703 = arith.divf %v1702, %v1696 : f32
                %v1704 = arith.muli %v38, %v202 : i64
                %v1705 = arith.subi %v1590, %v174 : i64
                %v1706 = arith.addi %v1704, %v1705 : i64
                %v1707 = llvm.getelementptr %v77[%v1706] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1708 = llvm.load %v1707 : !llvm.ptr -> f32
                %v1709 = arith.divf %v1708, %v1696 : f32
                %v1710 = arith.mulf %v1681, %v1709 fastmath<contract> : f32
                %v1711 = arith.mulf %v1710, %v1691 fastmath<contract> : f32
                %v1712 = arith.constant 8 : i64
                %v1713 = arith.addi %v1712, %v38 : i64
                %v1714 = arith.muli %v1713, %v202 : i64
                %v1715 = arith.subi %v1590, %v174 : i64
                %v1716 = arith.addi %v1714, %v1715 : i64
                %v1717 = llvm.getelementptr %v77[%v1716] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1718 = llvm.load %v1717 : !llvm.ptr -> f32
                %v1719 = arith.divf %v1718, %v1696 : f32
                %v1720 = arith.mulf %v1681, %v1719 fastmath<contract> : f32
                %v1721 = arith.mulf %v1720, %v1699 fastmath<contract> : f32
                %v1722 = arith.addf %v1711, %v1721 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1723, %v1724 = gpu.shuffle xor %v1722, %v730, %v731 : f32
                %v1725 = arith.addf %v1722, %v1723 fastmath<contract> : f32
                %v1726, %v1727 = gpu.shuffle xor %v1725, %v735, %v731 : f32
                %v1728 = arith.addf %v1725, %v1726 fastmath<contract> : f32
                %v1729, %v1730 = gpu.shuffle xor %v1728, %v739, %v731 : f32
                %v1731 = arith.addf %v1728, %v1729 fastmath<contract> : f32
                // end sum over the lanes
                %v1732 = arith.cmpi eq, %v38, %v84 : i64
                %v1733 = arith.andi %v42, %v1732 : i1
                scf.if %v1733 {
                  %v1734 = arith.muli %v52, %v395 : i64
                  %v1735 = arith.muli %v1590, %v394 : i64
                  %v1736 = arith.addi %v1734, %v1735 : i64
                  %v1737 = arith.muli %v50, %size_DV : i64
                  %v1738 = arith.addi %v1736, %v1737 : i64
                  %v1739 = arith.addi %v1738, %v48 : i64
                  %v1740 = llvm.getelementptr %dx_v[%v1739] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1731, %v1740 : f32, !llvm.ptr
                }
                %v1741 = arith.mulf %v1709, %v1693 fastmath<contract> : f32
                %v1742 = arith.mulf %v1719, %v1701 fastmath<contract> : f32
                %v1743 = arith.addf %v1741, %v1742 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1744, %v1745 = gpu.shuffle xor %v1743, %v730, %v731 : f32
                %v1746 = arith.addf %v1743, %v1744 fastmath<contract> : f32
                %v1747, %v1748 = gpu.shuffle xor %v1746, %v735, %v731 : f32
                %v1749 = arith.addf %v1746, %v1747 fastmath<contract> : f32
                %v1750, %v1751 = gpu.shuffle xor %v1749, %v739, %v731 : f32
                %v1752 = arith.addf %v1749, %v1750 fastmath<contract> : f32
                // end sum over the lanes
                %v1753 = arith.mulf %v1681, %v1752 fastmath<contract> : f32
                %v1754 = arith.mulf %v459, %v1691 fastmath<contract> : f32
                %v1755 = arith.mulf %v468, %v1699 fastmath<contract> : f32
                %v1756 = arith.addf %v1754, %v1755 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1757, %v1758 = gpu.shuffle xor %v1756, %v730, %v731 : f32
                %v1759 = arith.addf %v1756, %v1757 fastmath<contract> : f32
                %v1760, %v1761 = gpu.shuffle xor %v1759, %v735, %v731 : f32
                %v1762 = arith.addf %v1759, %v1760 fastmath<contract> : f32
                %v1763, %v1764 = gpu.shuffle xor %v1762, %v739, %v731 : f32
                %v1765 = arith.addf %v1762, %v1763 fastmath<contract> : f32
                // end sum over the lanes
                %v1766 = arith.mulf %v476, %v1682 fastmath<contract> : f32
                %v1767 = arith.mulf %v485, %v1698 fastmath<contract> : f32
                %v1768 = arith.addf %v1766, %v1767 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1769, %v1770 = gpu.shuffle xor %v1768, %v730, %v731 : f32
                %v1771 = arith.addf %v1768, %v1769 fastmath<contract> : f32
                %v1772, %v1773 = gpu.shuffle xor %v1771, %v735, %v731 : f32
                %v1774 = arith.addf %v1771, %v1772 fastmath<contract> : f32
                %v1775, %v1776 = gpu.shuffle xor %v1774, %v739, %v731 : f32
                %v1777 = arith.addf %v1774, %v1775 fastmath<contract> : f32
                // end sum over the lanes
                %v1778 = arith.addf %v1765, %v1777 fastmath<contract> : f32
                %v1779 = arith.subi %v1590, %v174 : i64
                %v1780 = llvm.getelementptr %v81[%v1779] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1781 = llvm.load %v1780 : !llvm.ptr -> f32
                %v1782 = arith.negf %v1781 : f32
                %v1783 = arith.mulf %v1782, %v375 fastmath<contract> : f32
                %v1784 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1783) : (f32) -> f32
                %v1785 = arith.addf %v83, %v1784 fastmath<contract> : f32
                %v1786 = arith.divf %v83, %v1785 : f32
                %v1787 = arith.subf %v83, %v1786 fastmath<contract> : f32
                %v1788 = arith.mulf %v1786, %v1787 fastmath<contract> : f32
                %v1789 = arith.mulf %v1778, %v1788 fastmath<contract> : f32
                %v1790 = arith.select %v42, %v1673, %v82 : f32
                // sum over the warp's outer points: shuffles
                %v1791, %v1792 = gpu.shuffle xor %v1790, %v912, %v731 : f32
                %v1793 = arith.addf %v1790, %v1791 fastmath<contract> : f32
                %v1794, %v1795 = gpu.shuffle xor %v1793, %v916, %v731 : f32
                %v1796 = arith.addf %v1793, %v1794 fastmath<contract> : f32
                %v1797 = arith.divui %v23, %v25 : i64
                %v1798 = arith.remui %v23, %v25 : i64
                %v1799 = arith.cmpi ult, %v1798, %v37 : i64
                %v1800 = arith.muli %v1797, %v1 : i64
                %v1801 = arith.addi %v1800, %v38 : i64
                %v1802 = arith.muli %v1801, %v925 : i64
                %v1803 = arith.addi %v1802, %v1589 : i64
                scf.if %v1799 {
                  %v1804 = llvm.getelementptr %v67[%v1803] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1796, %v1804 : f32, !llvm.ptr
                }
                %v1805 = arith.select %v42, %v1676, %v82 : f32
                // sum over the warp's outer points: shuffles
                %v1806, %v1807 = gpu.shuffle xor %v1805, %v912, %v731 : f32
                %v1808 = arith.addf %v1805, %v1806 fastmath<contract> : f32
                %v1809, %v1810 = gpu.shuffle xor %v1808, %v916, %v731 : f32
                %v1811 = arith.addf %v1808, %v1809 fastmath<contract> : f32
                %v1812 = arith.divui %v23, %v25 : i64
                %v1813 = arith.remui %v23, %v25 : i64
                %v1814 = arith.cmpi ult, %v1813, %v37 : i64
                %v1815 = arith.addi %v37, %v38 : i64
                %v1816 = arith.muli %v1812, %v1 : i64
                %v1817 = arith.addi %v1816, %v1815 : i64
                %v1818 = arith.muli %v1817, %v925 : i64
                %v1819 = arith.addi %v1818, %v1589 : i64
                scf.if %v1814 {
                  %v1820 = llvm.getelementptr %v67[%v1819] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1811, %v1820 : f32, !llvm.ptr
                }
                %v1821 = arith.select %v42, %v1697, %v82 : f32
                // sum over the warp's outer points: shuffles
                %v1822, %v1823 = gpu.shuffle xor %v1821, %v912, %v731 : f32
                %v1824 = arith.addf %v1821, %v1822 fastmath<contract> : f32
                %v1825, %v1826 = gpu.shuffle xor %v1824, %v916, %v731 : f32
                %v1827 = arith.addf %v1824, %v1825 fastmath<contract> : f32
                %v1828 = arith.divui %v23, %v25 : i64
                %v1829 = arith.remui %v23, %v25 : i64
                %v1830 = arith.cmpi ult, %v1829, %v37 : i64
                %v1831 = arith.muli %v1828, %v1 : i64
                %v1832 = arith.addi %v1831, %v38 : i64
                %v1833 = arith.muli %v1832, %v925 : i64
                %v1834 = arith.addi %v1833, %v1589 : i64
                scf.if %v1830 {
                  %v1835 = llvm.getelementptr %v69[%v1834] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1827, %v1835 : f32, !llvm.ptr
                }
                %v1836 = arith.select %v42, %v1703, %v82 : f32
                // sum over the warp's outer points: shuffles
                %v1837, %v1838 = gpu.shuffle xor %v1836, %v912, %v731 : f32
                %v1839 = arith.addf %v1836, %v1837 fastmath<contract> : f32
                %v1840, %v1841 = gpu.shuffle xor %v1839, %v916, %v731 : f32
                %v1842 = arith.addf %v1839, %v1840 fastmath<contract> : f32
                %v1843 = arith.divui %v23, %v25 : i64
                %v1844 = arith.remui %v23, %v25 : i64
                %v1845 = arith.cmpi ult, %v1844, %v37 : i64
                %v1846 = arith.addi %v37, %v38 : i64
                %v1847 = arith.muli %v1843, %v1 : i64
                %v1848 = arith.addi %v1847, %v1846 : i64
                %v1849 = arith.muli %v1848, %v925 : i64
                %v1850 = arith.addi %v1849, %v1589 : i64
                scf.if %v1845 {
                  %v1851 = llvm.getelementptr %v69[%v1850] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1842, %v1851 : f32, !llvm.ptr
                }
                %v1852 = arith.select %v42, %v1753, %v82 : f32
                // sum over the warp's outer points: shuffles
                %v1853, %v1854 = gpu.shuffle xor %v1852, %v912, %v731 : f32
                %v1855 = arith.addf %v1852, %v1853 fastmath<contract> : f32
                %v1856, %v1857 = gpu.shuffle xor %v1855, %v916, %v731 : f32
                %v1858 = arith.addf %v1855, %v1856 fastmath<contract> : f32
                %v1859 = arith.divui %v23, %v25 : i64
                %v1860 = arith.remui %v23, %v25 : i64
                %v1861 = arith.cmpi ult, %v1860, %v2 : i64
                %v1862 = arith.muli %v1859, %v925 : i64
                %v1863 = arith.addi %v1862, %v1589 : i64
                scf.if %v1861 {
                  %v1864 = llvm.getelementptr %v71[%v1863] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1858, %v1864 : f32, !llvm.ptr
                }
                %v1865 = arith.select %v42, %v1789, %v82 : f32
                // sum over the warp's outer points: shuffles
                %v1866, %v1867 = gpu.shuffle xor %v1865, %v912, %v731 : f32
                %v1868 = arith.addf %v1865, %v1866 fastmath<contract> : f32
                %v1869, %v1870 = gpu.shuffle xor %v1868, %v916, %v731 : f32
                %v1871 = arith.addf %v1868, %v1869 fastmath<contract> : f32
                %v1872 = arith.divui %v23, %v25 : i64
                %v1873 = arith.remui %v23, %v25 : i64
                %v1874 = arith.cmpi ult, %v1873, %v2 : i64
                %v1875 = arith.muli %v1872, %v925 : i64
                %v1876 = arith.addi %v1875, %v1589 : i64
                scf.if %v1874 {
                  %v1877 = llvm.getelementptr %v73[%v1876] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1871, %v1877 : f32, !llvm.ptr
                }
                llvm.store %v1786, %v62 : f32, !llvm.ptr
                llvm.store %v1786, %v63 : f32, !llvm.ptr
                llvm.store %v1786, %v64 : f32, !llvm.ptr
                llvm.store %v1786, %v65 : f32, !llvm.ptr
              } else {
                %v1878 = arith.subi %v176, %v2 : i64
                %v1879 = arith.muli %v448, %v4 : i64
                %v1880 = arith.subi %v4, %v2 : i64
                %v1881 = arith.minsi %v44, %v1880 : i64
                %v1882 = arith.addi %v1879, %v1881 : i64
                %v1883 = arith.muli %v1882, %v1 : i64
                %v1884 = arith.addi %v1883, %v38 : i64
                %v1885 = llvm.getelementptr %scratch_C[%v1884] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1886 = llvm.load %v1885 : !llvm.ptr -> f32
                %v1887 = arith.muli %v448, %v4 : i64
                %v1888 = arith.subi %v4, %v2 : i64
                %v1889 = arith.minsi %v44, %v1888 : i64
                %v1890 = arith.addi %v1887, %v1889 : i64
                %v1891 = arith.muli %v1890, %v1 : i64
                %v1892 = arith.addi %v1891, %v37 : i64
                %v1893 = arith.addi %v1892, %v38 : i64
                %v1894 = llvm.getelementptr %scratch_C[%v1893] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1895 = llvm.load %v1894 : !llvm.ptr -> f32
                %v1896 = arith.muli %v448, %v4 : i64
                %v1897 = arith.subi %v4, %v2 : i64
                %v1898 = arith.minsi %v44, %v1897 : i64
                %v1899 = arith.addi %v1896, %v1898 : i64
                %v1900 = arith.muli %v1899, %v1 : i64
                %v1901 = arith.addi %v1900, %v38 : i64
                %v1902 = llvm.getelementptr %scratch_n[%v1901] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1903 = llvm.load %v1902 : !llvm.ptr -> f32
                %v1904 = arith.muli %v448, %v4 : i64
                %v1905 = arith.subi %v4, %v2 : i64
                %v1906 = arith.minsi %v44, %v1905 : i64
                %v1907 = arith.addi %v1904, %v1906 : i64
                %v1908 = arith.muli %v1907, %v1 : i64
                %v1909 = arith.addi %v1908, %v37 : i64
                %v1910 = arith.addi %v1909, %v38 : i64
                %v1911 = llvm.getelementptr %scratch_n[%v1910] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1912 = llvm.load %v1911 : !llvm.ptr -> f32
                // the group's states, recomputed into registers
                %v1913 = arith.minsi %v445, %v1878 : i64
                %v1914 = arith.addi %v174, %v1913 : i64
                %v1915 = arith.subi %v1914, %v174 : i64
                %v1916 = llvm.getelementptr %v81[%v1915] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1917 = llvm.load %v1916 : !llvm.ptr -> f32
                %v1918 = arith.negf %v1917 : f32
                %v1919 = arith.mulf %v1918, %v375 fastmath<contract> : f32
                %v1920 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1919) : (f32) -> f32
                %v1921 = arith.addf %v83, %v1920 fastmath<contract> : f32
                %v1922 = arith.divf %v83, %v1921 : f32
                %v1923 = arith.subi %v1914, %v174 : i64
                %v1924 = llvm.getelementptr %v79[%v1923] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1925 = llvm.load %v1924 : !llvm.ptr -> f32
                %v1926 = arith.mulf %v1925, %v375 fastmath<contract> : f32
                %v1927 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1926) : (f32) -> f32
                %v1928 = arith.muli %v38, %v202 : i64
                %v1929 = arith.subi %v1914, %v174 : i64
                %v1930 = arith.addi %v1928, %v1929 : i64
                %v1931 = llvm.getelementptr %v77[%v1930] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1932 = llvm.load %v1931 : !llvm.ptr -> f32
                %v1934 = llvm.call_intrinsic "llvm.sqrt.f32"(%v1933) : (f32) -> f32
                %v1935 = arith.divf %v1932, %v1934 : f32
                %v1936 = arith.mulf %v1927, %v1935 fastmath<contract> : f32
                %v1937 = arith.muli %v52, %v395 : i64
                %v1938 = arith.muli %v1914, %v394 : i64
                %v1939 = arith.addi %v1937, %v1938 : i64
                %v1940 = arith.muli %v50, %size_DV : i64
                %v1941 = arith.addi %v1939, %v1940 : i64
                %v1942 = arith.addi %v1941, %v48 : i64
                %v1943 = llvm.getelementptr %in_v[%v1942] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1944 = llvm.load %v1943 : !llvm.ptr -> f32
                %v1945 = arith.mulf %v1936, %v1944 fastmath<contract> : f32
                %v1946 = arith.mulf %v1922, %v1886 fastmath<contract> : f32
                %v1947 = arith.addf %v1946, %v1945 fastmath<contract> : f32
                %v1948 = arith.constant 8 : i64
                %v1949 = arith.addi %v1948, %v38 : i64
                %v1950 = arith.muli %v1949, %v202 : i64
                %v1951 = arith.subi %v1914, %v174 : i64
                %v1952 = arith.addi %v1950, %v1951 : i64
                %v1953 = llvm.getelementptr %v77[%v1952] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1954 = llvm.load %v1953 : !llvm.ptr -> f32
                %v1955 = arith.divf %v1954, %v1934 : f32
                %v1956 = arith.mulf %v1927, %v1955 fastmath<contract> : f32
                %v1957 = arith.mulf %v1956, %v1944 fastmath<contract> : f32
                %v1958 = arith.mulf %v1922, %v1895 fastmath<contract> : f32
                %v1959 = arith.addf %v1958, %v1957 fastmath<contract> : f32
                %v1960 = arith.mulf %v1922, %v1903 fastmath<contract> : f32
                %v1961 = arith.addf %v1960, %v1936 fastmath<contract> : f32
                %v1962 = arith.mulf %v1922, %v1912 fastmath<contract> : f32
                %v1963 = arith.addf %v1962, %v1956 fastmath<contract> : f32
                %v1964 = arith.addi %v445, %v2 : i64
                %v1965 = arith.minsi %v1964, %v1878 : i64
                %v1966 = arith.addi %v174, %v1965 : i64
                %v1967 = arith.subi %v1966, %v174 : i64
                %v1968 = llvm.getelementptr %v81[%v1967] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1969 = llvm.load %v1968 : !llvm.ptr -> f32
                %v1970 = arith.negf %v1969 : f32
                %v1971 = arith.mulf %v1970, %v375 fastmath<contract> : f32
                %v1972 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1971) : (f32) -> f32
                %v1973 = arith.addf %v83, %v1972 fastmath<contract> : f32
                %v1974 = arith.divf %v83, %v1973 : f32
                %v1975 = arith.subi %v1966, %v174 : i64
                %v1976 = llvm.getelementptr %v79[%v1975] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1977 = llvm.load %v1976 : !llvm.ptr -> f32
                %v1978 = arith.mulf %v1977, %v375 fastmath<contract> : f32
                %v1979 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1978) : (f32) -> f32
                %v1980 = arith.muli %v38, %v202 : i64
                %v1981 = arith.subi %v1966, %v174 : i64
                %v1982 = arith.addi %v1980, %v1981 : i64
                %v1983 = llvm.getelementptr %v77[%v1982] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1984 = llvm.load %v1983 : !llvm.ptr -> f32
                %v1986 = llvm.call_intrinsic "llvm.sqrt.f32"(%v1985) : (f32) -> f32
                %v1987 = arith.divf %v1984, %v1986 : f32
                %v1988 = arith.mulf %v1979, %v1987 fastmath<contract> : f32
                %v1989 = arith.muli %v52, %v395 : i64
                %v1990 = arith.muli %v1966, %v394 : i64
                %v1991 = arith.addi %v1989, %v1990 : i64
                %v1992 = arith.muli %v50, %size_DV : i64
                %v1993 = arith.addi %v1991, %v1992 : i64
                %v1994 = arith.addi %v1993, %v48 : i64
                %v1995 = llvm.getelementptr %in_v[%v1994] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1996 = llvm.load %v1995 : !llvm.ptr -> f32
                %v1997 = arith.mulf %v1988, %v1996 fastmath<contract> : f32
                %v1998 = arith.mulf %v1974, %v1947 fastmath<contract> : f32
                %v1999 = arith.addf %v1998, %v1997 fastmath<contract> : f32
                %v2000 = arith.constant 8 : i64
                %v2001 = arith.addi %v2000, %v38 : i64
                %v2002 = arith.muli %v2001, %v202 : i64
                %v2003 = arith.subi %v1966, %v174 : i64
                %v2004 = arith.addi %v2002, %v2003 : i64
                %v2005 = llvm.getelementptr %v77[%v2004] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2006 = llvm.load %v2005 : !llvm.ptr -> f32
                %v2007 = arith.divf %v2006, %v1986 : f32
                %v2008 = arith.mulf %v1979, %v2007 fastmath<contract> : f32
                %v2009 = arith.mulf %v2008, %v1996 fastmath<contract> : f32
                %v2010 = arith.mulf %v1974, %v1959 fastmath<contract> : f32
                %v2011 = arith.addf %v2010, %v2009 fastmath<contract> : f32
                %v2012 = arith.mulf %v1974, %v1961 fastmath<contract> : f32
                %v2013 = arith.addf %v2012, %v1988 fastmath<contract> : f32
                %v2014 = arith.mulf %v1974, %v1963 fastmath<contract> : f32
                %v2015 = arith.addf %v2014, %v2008 fastmath<contract> : f32
                %v2016 = arith.addi %v445, %v589 : i64
                %v2017 = arith.minsi %v2016, %v1878 : i64
                %v2018 = arith.addi %v174, %v2017 : i64
                %v2019 = arith.subi %v2018, %v174 : i64
                %v2020 = llvm.getelementptr %v81[%v2019] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2021 = llvm.load %v2020 : !llvm.ptr -> f32
                %v2022 = arith.negf %v2021 : f32
                %v2023 = arith.mulf %v2022, %v375 fastmath<contract> : f32
                %v2024 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2023) : (f32) -> f32
                %v2025 = arith.addf %v83, %v2024 fastmath<contract> : f32
                %v2026 = arith.divf %v83, %v2025 : f32
                %v2027 = arith.subi %v2018, %v174 : i64
                %v2028 = llvm.getelementptr %v79[%v2027] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2029 = llvm.load %v2028 : !llvm.ptr -> f32
                %v2030 = arith.mulf %v2029, %v375 fastmath<contract> : f32
                %v2031 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2030) : (f32) -> f32
                %v2032 = arith.muli %v38, %v202 : i64
                %v2033 = arith.subi %v2018, %v174 : i64
                %v2034 = arith.addi %v2032, %v2033 : i64
                %v2035 = llvm.getelementptr %v77[%v2034] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2036 = llvm.load %v2035 : !llvm.ptr -> f32
                %v2038 = llvm.call_intrinsic "llvm.sqrt.f32"(%v2037) : (f32) -> f32
                %v2039 = arith.divf %v2036, %v2038 : f32
                %v2040 = arith.mulf %v2031, %v2039 fastmath<contract> : f32
                %v2041 = arith.muli %v52, %v395 : i64
                %v2042 = arith.muli %v2018, %v394 : i64
                %v2043 = arith.addi %v2041, %v2042 : i64
                %v2044 = arith.muli %v50, %size_DV : i64
                %v2045 = arith.addi %v2043, %v2044 : i64
                %v2046 = arith.addi %v2045, %v48 : i64
                %v2047 = llvm.getelementptr %in_v[%v2046] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2048 = llvm.load %v2047 : !llvm.ptr -> f32
                %v2049 = arith.mulf %v2040, %v2048 fastmath<contract> : f32
                %v2050 = arith.mulf %v2026, %v1999 fastmath<contract> : f32
                %v2051 = arith.addf %v2050, %v2049 fastmath<contract> : f32
                %v2052 = arith.constant 8 : i64
                %v2053 = arith.addi %v2052, %v38 : i64
                %v2054 = arith.muli %v2053, %v202 : i64
                %v2055 = arith.subi %v2018, %v174 : i64
                %v2056 = arith.addi %v2054, %v2055 : i64
                %v2057 = llvm.getelementptr %v77[%v2056] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2058 = llvm.load %v2057 : !llvm.ptr -> f32
                %v2059 = arith.divf %v2058, %v2038 : f32
                %v2060 = arith.mulf %v2031, %v2059 fastmath<contract> : f32
                %v2061 = arith.mulf %v2060, %v2048 fastmath<contract> : f32
                %v2062 = arith.mulf %v2026, %v2011 fastmath<contract> : f32
                %v2063 = arith.addf %v2062, %v2061 fastmath<contract> : f32
                %v2064 = arith.mulf %v2026, %v2013 fastmath<contract> : f32
                %v2065 = arith.addf %v2064, %v2040 fastmath<contract> : f32
                %v2066 = arith.mulf %v2026, %v2015 fastmath<contract> : f32
                %v2067 = arith.addf %v2066, %v2060 fastmath<contract> : f32
                %v2068 = arith.addi %v445, %v159 : i64
                %v2069 = arith.minsi %v2068, %v1878 : i64
                %v2070 = arith.addi %v174, %v2069 : i64
                %v2071 = arith.subi %v2070, %v174 : i64
                %v2072 = llvm.getelementptr %v81[%v2071] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2073 = llvm.load %v2072 : !llvm.ptr -> f32
                %v2074 = arith.negf %v2073 : f32
                %v2075 = arith.mulf %v2074, %v375 fastmath<contract> : f32
                %v2076 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2075) : (f32) -> f32
                %v2077 = arith.addf %v83, %v2076 fastmath<contract> : f32
                %v2078 = arith.divf %v83, %v2077 : f32
                %v2079 = arith.subi %v2070, %v174 : i64
                %v2080 = llvm.getelementptr %v79[%v2079] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2081 = llvm.load %v2080 : !llvm.ptr -> f32
                %v2082 = arith.mulf %v2081, %v375 fastmath<contract> : f32
                %v2083 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2082) : (f32) -> f32
                %v2084 = arith.muli %v38, %v202 : i64
                %v2085 = arith.subi %v2070, %v174 : i64
                %v2086 = arith.addi %v2084, %v2085 : i64
                %v2087 = llvm.getelementptr %v77[%v2086] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2088 = llvm.load %v2087 : !llvm.ptr -> f32
                %v2090 = llvm.call_intrinsic "llvm.sqrt.f32"(%v2089) : (f32) -> f32
                %v2091 = arith.divf %v2088, %v2090 : f32
                %v2092 = arith.mulf %v2083, %v2091 fastmath<contract> : f32
                %v2093 = arith.muli %v52, %v395 : i64
                %v2094 = arith.muli %v2070, %v394 : i64
                %v2095 = arith.addi %v2093, %v2094 : i64
                %v2096 = arith.muli %v50, %size_DV : i64
                %v2097 = arith.addi %v2095, %v2096 : i64
                %v2098 = arith.addi %v2097, %v48 : i64
                %v2099 = llvm.getelementptr %in_v[%v2098] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2100 = llvm.load %v2099 : !llvm.ptr -> f32
                %v2101 = arith.mulf %v2092, %v2100 fastmath<contract> : f32
                %v2102 = arith.mulf %v2078, %v2051 fastmath<contract> : f32
                %v2103 = arith.addf %v2102, %v2101 fastmath<contract> : f32
                %v2104 = arith.constant 8 : i64
                %v2105 = arith.addi %v2104, %v38 : i64
                %v2106 = arith.muli %v2105, %v202 : i64
                %v2107 = arith.subi %v2070, %v174 : i64
                %v2108 = arith.addi %v2106, %v2107 : i64
                %v2109 = llvm.getelementptr %v77[%v2108] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2110 = llvm.load %v2109 : !llvm.ptr -> f32
                %v2111 = arith.divf %v2110, %v2090 : f32
                %v2112 = arith.mulf %v2083, %v2111 fastmath<contract> : f32
                %v2113 = arith.mulf %v2112, %v2100 fastmath<contract> : f32
                %v2114 = arith.mulf %v2078, %v2063 fastmath<contract> : f32
                %v2115 = arith.addf %v2114, %v2113 fastmath<contract> : f32
                %v2116 = arith.mulf %v2078, %v2065 fastmath<contract> : f32
                %v2117 = arith.addf %v2116, %v2092 fastmath<contract> : f32
                %v2118 = arith.mulf %v2078, %v2067 fastmath<contract> : f32
                %v2119 = arith.addf %v2118, %v2112 fastmath<contract> : f32
                %v2120 = arith.subi %v176, %v445 : i64
                %v2121 = arith.trunci %v2120 : i64 to i32
                %v2122 = arith.subi %size_L, %v2 : i64
                %v2123 = arith.addi %v174, %v445 : i64
                %v2124 = arith.subi %v2122, %v2123 : i64
                %v2125 = arith.minsi %v2124, %v699 : i64
                %v2126 = arith.trunci %v2125 : i64 to i32
                %v2127 = arith.addi %v445, %v159 : i64
                %v2128 = arith.cmpi slt, %v703, %v2121 : i32
                %v2129 = arith.cmpi eq, %v703, %v2126 : i32
                scf.if %v2128 {
                  %v2130 = arith.addi %v174, %v2127 : i64
                  %v2131 = arith.muli %v38, %v202 : i64
                  %v2132 = arith.subi %v2130, %v174 : i64
                  %v2133 = arith.addi %v2131, %v2132 : i64
                  %v2134 = llvm.getelementptr %v75[%v2133] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2135 = llvm.load %v2134 : !llvm.ptr -> f32
                  %v2136 = arith.muli %v52, %v395 : i64
                  %v2137 = arith.muli %v2130, %v394 : i64
                  %v2138 = arith.addi %v2136, %v2137 : i64
                  %v2139 = arith.muli %v50, %size_DV : i64
                  %v2140 = arith.addi %v2138, %v2139 : i64
                  %v2141 = arith.addi %v2140, %v48 : i64
                  %v2142 = llvm.getelementptr %dy_o[%v2141] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2143 = llvm.load %v2142 : !llvm.ptr -> f32
                  %v2144 = arith.mulf %v2135, %v2117 fastmath<contract> : f32
                  %v2145 = arith.constant 8 : i64
                  %v2146 = arith.addi %v2145, %v38 : i64
                  %v2147 = arith.muli %v2146, %v202 : i64
                  %v2148 = arith.subi %v2130, %v174 : i64
                  %v2149 = arith.addi %v2147, %v2148 : i64
                  %v2150 = llvm.getelementptr %v75[%v2149] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2151 = llvm.load %v2150 : !llvm.ptr -> f32
                  %v2152 = arith.mulf %v2151, %v2119 fastmath<contract> : f32
                  %v2153 = arith.addf %v2144, %v2152 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v2154, %v2155 = gpu.shuffle xor %v2153, %v730, %v731 : f32
                  %v2156 = arith.addf %v2153, %v2154 fastmath<contract> : f32
                  %v2157, %v2158 = gpu.shuffle xor %v2156, %v735, %v731 : f32
                  %v2159 = arith.addf %v2156, %v2157 fastmath<contract> : f32
                  %v2160, %v2161 = gpu.shuffle xor %v2159, %v739, %v731 : f32
                  %v2162 = arith.addf %v2159, %v2160 fastmath<contract> : f32
                  // end sum over the lanes
                  %v2163 = llvm.call_intrinsic "llvm.fabs.f32"(%v2162) : (f32) -> f32
                  %v2164 = arith.maximumf %v83, %v2163 : f32
                  %v2165 = arith.divf %v2143, %v2164 : f32
                  %v2166 = arith.mulf %v2135, %v2165 fastmath<contract> : f32
                  %v2167 = llvm.load %v58 : !llvm.ptr -> f32
                  %v2168 = llvm.load %v62 : !llvm.ptr -> f32
                  %v2169 = arith.mulf %v2168, %v2167 fastmath<contract> : f32
                  %v2170 = arith.addf %v2166, %v2169 fastmath<contract> : f32
                  llvm.store %v2170, %v58 : f32, !llvm.ptr
                  %v2171 = arith.mulf %v2151, %v2165 fastmath<contract> : f32
                  %v2172 = llvm.load %v59 : !llvm.ptr -> f32
                  %v2173 = llvm.load %v63 : !llvm.ptr -> f32
                  %v2174 = arith.mulf %v2173, %v2172 fastmath<contract> : f32
                  %v2175 = arith.addf %v2171, %v2174 fastmath<contract> : f32
                  llvm.store %v2175, %v59 : f32, !llvm.ptr
                  %v2176 = arith.mulf %v2135, %v2103 fastmath<contract> : f32
                  %v2177 = arith.mulf %v2151, %v2115 fastmath<contract> : f32
                  %v2178 = arith.addf %v2176, %v2177 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v2179, %v2180 = gpu.shuffle xor %v2178, %v730, %v731 : f32
                  %v2181 = arith.addf %v2178, %v2179 fastmath<contract> : f32
                  %v2182, %v2183 = gpu.shuffle xor %v2181, %v735, %v731 : f32
                  %v2184 = arith.addf %v2181, %v2182 fastmath<contract> : f32
                  %v2185, %v2186 = gpu.shuffle xor %v2184, %v739, %v731 : f32
                  %v2187 = arith.addf %v2184, %v2185 fastmath<contract> : f32
                  // end sum over the lanes
                  %v2188 = arith.divf %v2187, %v2164 : f32
                  %v2189 = arith.divf %v2188, %v2164 : f32
                  %v2190 = arith.mulf %v2143, %v2189 fastmath<contract> : f32
                  %v2191 = arith.negf %v2190 : f32
                  %v2192 = arith.cmpf oge, %v83, %v2163 : f32
                  %v2193 = arith.select %v2192, %v83, %v82 : f32
                  %v2194 = arith.subf %v83, %v2193 fastmath<contract> : f32
                  %v2195 = arith.mulf %v2191, %v2194 fastmath<contract> : f32
                  %v2196 = arith.cmpf olt, %v2162, %v82 : f32
                  %v2197 = arith.select %v2196, %v776, %v82 : f32
                  %v2198 = arith.cmpf ogt, %v2162, %v82 : f32
                  %v2199 = arith.select %v2198, %v83, %v2197 : f32
                  %v2200 = arith.mulf %v2195, %v2199 fastmath<contract> : f32
                  %v2201 = arith.mulf %v2135, %v2200 fastmath<contract> : f32
                  %v2202 = llvm.load %v60 : !llvm.ptr -> f32
                  %v2203 = llvm.load %v64 : !llvm.ptr -> f32
                  %v2204 = arith.mulf %v2203, %v2202 fastmath<contract> : f32
                  %v2205 = arith.addf %v2201, %v2204 fastmath<contract> : f32
                  llvm.store %v2205, %v60 : f32, !llvm.ptr
                  %v2206 = arith.mulf %v2151, %v2200 fastmath<contract> : f32
                  %v2207 = llvm.load %v61 : !llvm.ptr -> f32
                  %v2208 = llvm.load %v65 : !llvm.ptr -> f32
                  %v2209 = arith.mulf %v2208, %v2207 fastmath<contract> : f32
                  %v2210 = arith.addf %v2206, %v2209 fastmath<contract> : f32
                  llvm.store %v2210, %v61 : f32, !llvm.ptr
                  scf.if %v2129 {
                  }
                  %v2211 = arith.mulf %v2117, %v2200 fastmath<contract> : f32
                  %v2212 = arith.mulf %v2103, %v2165 fastmath<contract> : f32
                  %v2213 = arith.addf %v2211, %v2212 fastmath<contract> : f32
                  %v2214 = arith.mulf %v2119, %v2200 fastmath<contract> : f32
                  %v2215 = arith.mulf %v2115, %v2165 fastmath<contract> : f32
                  %v2216 = arith.addf %v2214, %v2215 fastmath<contract> : f32
                  %v2217 = arith.subi %v2130, %v174 : i64
                  %v2218 = llvm.getelementptr %v79[%v2217] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2219 = llvm.load %v2218 : !llvm.ptr -> f32
                  %v2220 = arith.mulf %v2219, %v375 fastmath<contract> : f32
                  %v2221 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2220) : (f32) -> f32
                  %v2222 = llvm.load %v60 : !llvm.ptr -> f32
                  %v2223 = arith.muli %v52, %v395 : i64
                  %v2224 = arith.muli %v2130, %v394 : i64
                  %v2225 = arith.addi %v2223, %v2224 : i64
                  %v2226 = arith.muli %v50, %size_DV : i64
                  %v2227 = arith.addi %v2225, %v2226 : i64
                  %v2228 = arith.addi %v2227, %v48 : i64
                  %v2229 = llvm.getelementptr %in_v[%v2228] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2230 = llvm.load %v2229 : !llvm.ptr -> f32
                  %v2231 = llvm.load %v58 : !llvm.ptr -> f32
                  %v2232 = arith.mulf %v2230, %v2231 fastmath<contract> : f32
                  %v2233 = arith.addf %v2222, %v2232 fastmath<contract> : f32
                  %v2234 = arith.mulf %v2221, %v2233 fastmath<contract> : f32
                  %v2236 = llvm.call_intrinsic "llvm.sqrt.f32"(%v2235) : (f32) -> f32
                  %v2237 = arith.divf %v2234, %v2236 : f32
                  %v2238 = llvm.load %v61 : !llvm.ptr -> f32
                  %v2239 = llvm.load %v59 : !llvm.ptr -> f32
                  %v2240 = arith.mulf %v2230, %v2239 fastmath<contract> : f32
                  %v2241 = arith.addf %v2238, %v2240 fastmath<contract> : f32
                  %v2242 = arith.mulf %v2221, %v2241 fastmath<contract> : f32
                  %v2243 = arith.divf %v2242, %v2236 : f32
                  %v2244 = arith.muli %v38, %v202 : i64
                  %v2245 = arith.subi %v2130, %v174 : i64
                  %v2246 = arith.addi %v2244, %v2245 : i64
                  %v2247 = llvm.getelementptr %v77[%v2246] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2248 = llvm.load %v2247 : !llvm.ptr -> f32
                  %v2249 = arith.divf %v2248, %v2236 : f32
                  %v2250 = arith.mulf %v2221, %v2249 fastmath<contract> : f32
                  %v2251 = arith.mulf %v2250, %v2231 fastmath<contract> : f32
                  %v2252 = arith.constant 8 : i64
                  %v2253 = arith.addi %v2252, %v38 : i64
                  %v2254 = arith.muli %v2253, %v202 : i64
                  %v2255 = arith.subi %v2130, %v174 : i64
                  %v2256 = arith.addi %v2254, %v2255 : i64
                  %v2257 = llvm.getelementptr %v77[%v2256] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2258 = llvm.load %v2257 : !llvm.ptr -> f32
                  %v2259 = arith.divf %v2258, %v2236 : f32
                  %v2260 = arith.mulf %v2221, %v2259 fastmath<contract> : f32
                  %v2261 = arith.mulf %v2260, %v2239 fastmath<contract> : f32
                  %v2262 = arith.addf %v2251, %v2261 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v2263, %v2264 = gpu.shuffle xor %v2262, %v730, %v731 : f32
                  %v2265 = arith.addf %v2262, %v2263 fastmath<contract> : f32
                  %v2266, %v2267 = gpu.shuffle xor %v2265, %v735, %v731 : f32
                  %v2268 = arith.addf %v2265, %v2266 fastmath<contract> : f32
                  %v2269, %v2270 = gpu.shuffle xor %v2268, %v739, %v731 : f32
                  %v2271 = arith.addf %v2268, %v2269 fastmath<contract> : f32
                  // end sum over the lanes
                  %v2272 = arith.cmpi eq, %v38, %v84 : i64
                  %v2273 = arith.andi %v42, %v2272 : i1
                  scf.if %v2273 {
                    %v2274 = arith.muli %v52, %v395 : i64
                    %v2275 = arith.muli %v2130, %v394 : i64
                    %v2276 = arith.addi %v2274, %v2275 : i64
                    %v2277 = arith.muli %v50, %size_DV : i64
                    %v2278 = arith.addi %v2276, %v2277 : i64
                    %v2279 = arith.addi %v2278, %v48 : i64
                    %v2280 = llvm.getelementptr %dx_v[%v2279] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2271, %v2280 : f32, !llvm.ptr
                  }
                  %v2281 = arith.mulf %v2249, %v2233 fastmath<contract> : f32
                  %v2282 = arith.mulf %v2259, %v2241 fastmath<contract> : f32
                  %v2283 = arith.addf %v2281, %v2282 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v2284, %v2285 = gpu.shuffle xor %v2283, %v730, %v731 : f32
                  %v2286 = arith.addf %v2283, %v2284 fastmath<contract> : f32
                  %v2287, %v2288 = gpu.shuffle xor %v2286, %v735, %v731 : f32
                  %v2289 = arith.addf %v2286, %v2287 fastmath<contract> : f32
                  %v2290, %v2291 = gpu.shuffle xor %v2289, %v739, %v731 : f32
                  %v2292 = arith.addf %v2289, %v2290 fastmath<contract> : f32
                  // end sum over the lanes
                  %v2293 = arith.mulf %v2221, %v2292 fastmath<contract> : f32
                  %v2294 = arith.mulf %v2051, %v2231 fastmath<contract> : f32
                  %v2295 = arith.mulf %v2063, %v2239 fastmath<contract> : f32
                  %v2296 = arith.addf %v2294, %v2295 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v2297, %v2298 = gpu.shuffle xor %v2296, %v730, %v731 : f32
                  %v2299 = arith.addf %v2296, %v2297 fastmath<contract> : f32
                  %v2300, %v2301 = gpu.shuffle xor %v2299, %v735, %v731 : f32
                  %v2302 = arith.addf %v2299, %v2300 fastmath<contract> : f32
                  %v2303, %v2304 = gpu.shuffle xor %v2302, %v739, %v731 : f32
                  %v2305 = arith.addf %v2302, %v2303 fastmath<contract> : f32
                  // end sum over the lanes
                  %v2306 = arith.mulf %v2065, %v2222 fastmath<contract> : f32
                  %v2307 = arith.mulf %v2067, %v2238 fastmath<contract> : f32
                  %v2308 = arith.addf %v2306, %v2307 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v2309, %v2310 = gpu.shuffle xor %v2308, %v730, %v731 : f32
                  %v2311 = arith.addf %v2308, %v2309 fastmath<contract> : f32
                  %v2312, %v2313 = gpu.shuffle xor %v2311, %v735, %v731 : f32
                  %v2314 = arith.addf %v2311, %v2312 fastmath<contract> : f32
                  %v2315, %v2316 = gpu.shuffle xor %v2314, %v739, %v731 : f32
                  %v2317 = arith.addf %v2314, %v2315 fastmath<contract> : f32
                  // end sum over the lanes
                  %v2318 = arith.addf %v2305, %v2317 fastmath<contract> : f32
                  %v2319 = arith.subi %v2130, %v174 : i64
                  %v2320 = llvm.getelementptr %v81[%v2319] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2321 = llvm.load %v2320 : !llvm.ptr -> f32
                  %v2322 = arith.negf %v2321 : f32
                  %v2323 = arith.mulf %v2322, %v375 fastmath<contract> : f32
                  %v2324 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2323) : (f32) -> f32
                  %v2325 = arith.addf %v83, %v2324 fastmath<contract> : f32
                  %v2326 = arith.divf %v83, %v2325 : f32
                  %v2327 = arith.subf %v83, %v2326 fastmath<contract> : f32
                  %v2328 = arith.mulf %v2326, %v2327 fastmath<contract> : f32
                  %v2329 = arith.mulf %v2318, %v2328 fastmath<contract> : f32
                  %v2330 = arith.select %v42, %v2213, %v82 : f32
                  // sum over the warp's outer points: shuffles
                  %v2331, %v2332 = gpu.shuffle xor %v2330, %v912, %v731 : f32
                  %v2333 = arith.addf %v2330, %v2331 fastmath<contract> : f32
                  %v2334, %v2335 = gpu.shuffle xor %v2333, %v916, %v731 : f32
                  %v2336 = arith.addf %v2333, %v2334 fastmath<contract> : f32
                  %v2337 = arith.divui %v23, %v25 : i64
                  %v2338 = arith.remui %v23, %v25 : i64
                  %v2339 = arith.cmpi ult, %v2338, %v37 : i64
                  %v2340 = arith.muli %v2337, %v1 : i64
                  %v2341 = arith.addi %v2340, %v38 : i64
                  %v2342 = arith.muli %v2341, %v925 : i64
                  %v2343 = arith.addi %v2342, %v447 : i64
                  scf.if %v2339 {
                    %v2344 = llvm.getelementptr %v67[%v2343] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2336, %v2344 : f32, !llvm.ptr
                  }
                  %v2345 = arith.select %v42, %v2216, %v82 : f32
                  // sum over the warp's outer points: shuffles
                  %v2346, %v2347 = gpu.shuffle xor %v2345, %v912, %v731 : f32
                  %v2348 = arith.addf %v2345, %v2346 fastmath<contract> : f32
                  %v2349, %v2350 = gpu.shuffle xor %v2348, %v916, %v731 : f32
                  %v2351 = arith.addf %v2348, %v2349 fastmath<contract> : f32
                  %v2352 = arith.divui %v23, %v25 : i64
                  %v2353 = arith.remui %v23, %v25 : i64
                  %v2354 = arith.cmpi ult, %v2353, %v37 : i64
                  %v2355 = arith.addi %v37, %v38 : i64
                  %v2356 = arith.muli %v2352, %v1 : i64
                  %v2357 = arith.addi %v2356, %v2355 : i64
                  %v2358 = arith.muli %v2357, %v925 : i64
                  %v2359 = arith.addi %v2358, %v447 : i64
                  scf.if %v2354 {
                    %v2360 = llvm.getelementptr %v67[%v2359] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2351, %v2360 : f32, !llvm.ptr
                  }
                  %v2361 = arith.select %v42, %v2237, %v82 : f32
                  // sum over the warp's outer points: shuffles
                  %v2362, %v2363 = gpu.shuffle xor %v2361, %v912, %v731 : f32
                  %v2364 = arith.addf %v2361, %v2362 fastmath<contract> : f32
                  %v2365, %v2366 = gpu.shuffle xor %v2364, %v916, %v731 : f32
                  %v2367 = arith.addf %v2364, %v2365 fastmath<contract> : f32
                  %v2368 = arith.divui %v23, %v25 : i64
                  %v2369 = arith.remui %v23, %v25 : i64
                  %v2370 = arith.cmpi ult, %v2369, %v37 : i64
                  %v2371 = arith.muli %v2368, %v1 : i64
                  %v2372 = arith.addi %v2371, %v38 : i64
                  %v2373 = arith.muli %v2372, %v925 : i64
                  %v2374 = arith.addi %v2373, %v447 : i64
                  scf.if %v2370 {
                    %v2375 = llvm.getelementptr %v69[%v2374] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2367, %v2375 : f32, !llvm.ptr
                  }
                  %v2376 = arith.select %v42, %v2243, %v82 : f32
                  // sum over the warp's outer points: shuffles
                  %v2377, %v2378 = gpu.shuffle xor %v2376, %v912, %v731 : f32
                  %v2379 = arith.addf %v2376, %v2377 fastmath<contract> : f32
                  %v2380, %v2381 = gpu.shuffle xor %v2379, %v916, %v731 : f32
                  %v2382 = arith.addf %v2379, %v2380 fastmath<contract> : f32
                  %v2383 = arith.divui %v23, %v25 : i64
                  %v2384 = arith.remui %v23, %v25 : i64
                  %v2385 = arith.cmpi ult, %v2384, %v37 : i64
                  %v2386 = arith.addi %v37, %v38 : i64
                  %v2387 = arith.muli %v2383, %v1 : i64
                  %v2388 = arith.addi %v2387, %v2386 : i64
                  %v2389 = arith.muli %v2388, %v925 : i64
                  %v2390 = arith.addi %v2389, %v447 : i64
                  scf.if %v2385 {
                    %v2391 = llvm.getelementptr %v69[%v2390] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2382, %v2391 : f32, !llvm.ptr
                  }
                  %v2392 = arith.select %v42, %v2293, %v82 : f32
                  // sum over the warp's outer points: shuffles
                  %v2393, %v2394 = gpu.shuffle xor %v2392, %v912, %v731 : f32
                  %v2395 = arith.addf %v2392, %v2393 fastmath<contract> : f32
                  %v2396, %v2397 = gpu.shuffle xor %v2395, %v916, %v731 : f32
                  %v2398 = arith.addf %v2395, %v2396 fastmath<contract> : f32
                  %v2399 = arith.divui %v23, %v25 : i64
                  %v2400 = arith.remui %v23, %v25 : i64
                  %v2401 = arith.cmpi ult, %v2400, %v2 : i64
                  %v2402 = arith.muli %v2399, %v925 : i64
                  %v2403 = arith.addi %v2402, %v447 : i64
                  scf.if %v2401 {
                    %v2404 = llvm.getelementptr %v71[%v2403] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2398, %v2404 : f32, !llvm.ptr
                  }
                  %v2405 = arith.select %v42, %v2329, %v82 : f32
                  // sum over the warp's outer points: shuffles
                  %v2406, %v2407 = gpu.shuffle xor %v2405, %v912, %v731 : f32
                  %v2408 = arith.addf %v2405, %v2406 fastmath<contract> : f32
                  %v2409, %v2410 = gpu.shuffle xor %v2408, %v916, %v731 : f32
                  %v2411 = arith.addf %v2408, %v2409 fastmath<contract> : f32
                  %v2412 = arith.divui %v23, %v25 : i64
                  %v2413 = arith.remui %v23, %v25 : i64
                  %v2414 = arith.cmpi ult, %v2413, %v2 : i64
                  %v2415 = arith.muli %v2412, %v925 : i64
                  %v2416 = arith.addi %v2415, %v447 : i64
                  scf.if %v2414 {
                    %v2417 = llvm.getelementptr %v73[%v2416] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2411, %v2417 : f32, !llvm.ptr
                  }
                  llvm.store %v2326, %v62 : f32, !llvm.ptr
                  llvm.store %v2326, %v63 : f32, !llvm.ptr
                  llvm.store %v2326, %v64 : f32, !llvm.ptr
                  llvm.store %v2326, %v65 : f32, !llvm.ptr
                }
                %v2418 = arith.addi %v445, %v589 : i64
                %v2419 = arith.cmpi slt, %v735, %v2121 : i32
                %v2420 = arith.cmpi eq, %v735, %v2126 : i32
                %v2421 = arith.addi %v447, %v2 : i64
                scf.if %v2419 {
                  %v2422 = arith.addi %v174, %v2418 : i64
                  %v2423 = arith.muli %v38, %v202 : i64
                  %v2424 = arith.subi %v2422, %v174 : i64
                  %v2425 = arith.addi %v2423, %v2424 : i64
                  %v2426 = llvm.getelementptr %v75[%v2425] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2427 = llvm.load %v2426 : !llvm.ptr -> f32
                  %v2428 = arith.muli %v52, %v395 : i64
                  %v2429 = arith.muli %v2422, %v394 : i64
                  %v2430 = arith.addi %v2428, %v2429 : i64
                  %v2431 = arith.muli %v50, %size_DV : i64
                  %v2432 = arith.addi %v2430, %v2431 : i64
                  %v2433 = arith.addi %v2432, %v48 : i64
                  %v2434 = llvm.getelementptr %dy_o[%v2433] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2435 = llvm.load %v2434 : !llvm.ptr -> f32
                  %v2436 = arith.mulf %v2427, %v2065 fastmath<contract> : f32
                  %v2437 = arith.constant 8 : i64
                  %v2438 = arith.addi %v2437, %v38 : i64
                  %v2439 = arith.muli %v2438, %v202 : i64
                  %v2440 = arith.subi %v2422, %v174 : i64
                  %v2441 = arith.addi %v2439, %v2440 : i64
                  %v2442 = llvm.getelementptr %v75[%v2441] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2443 = llvm.load %v2442 : !llvm.ptr -> f32
                  %v2444 = arith.mulf %v2443, %v2067 fastmath<contract> : f32
                  %v2445 = arith.addf %v2436, %v2444 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v2446, %v2447 = gpu.shuffle xor %v2445, %v730, %v731 : f32
                  %v2448 = arith.addf %v2445, %v2446 fastmath<contract> : f32
                  %v2449, %v2450 = gpu.shuffle xor %v2448, %v735, %v731 : f32
                  %v2451 = arith.addf %v2448, %v2449 fastmath<contract> : f32
                  %v2452, %v2453 = gpu.shuffle xor %v2451, %v739, %v731 : f32
                  %v2454 = arith.addf %v2451, %v2452 fastmath<contract> : f32
                  // end sum over the lanes
                  %v2455 = llvm.call_intrinsic "llvm.fabs.f32"(%v2454) : (f32) -> f32
                  %v2456 = arith.maximumf %v83, %v2455 : f32
                  %v2457 = arith.divf %v2435, %v2456 : f32
                  %v2458 = arith.mulf %v2427, %v2457 fastmath<contract> : f32
                  %v2459 = llvm.load %v58 : !llvm.ptr -> f32
                  %v2460 = llvm.load %v62 : !llvm.ptr -> f32
                  %v2461 = arith.mulf %v2460, %v2459 fastmath<contract> : f32
                  %v2462 = arith.addf %v2458, %v2461 fastmath<contract> : f32
                  llvm.store %v2462, %v58 : f32, !llvm.ptr
                  %v2463 = arith.mulf %v2443, %v2457 fastmath<contract> : f32
                  %v2464 = llvm.load %v59 : !llvm.ptr -> f32
                  %v2465 = llvm.load %v63 : !llvm.ptr -> f32
                  %v2466 = arith.mulf %v2465, %v2464 fastmath<contract> : f32
                  %v2467 = arith.addf %v2463, %v2466 fastmath<contract> : f32
                  llvm.store %v2467, %v59 : f32, !llvm.ptr
                  %v2468 = arith.mulf %v2427, %v2051 fastmath<contract> : f32
                  %v2469 = arith.mulf %v2443, %v2063 fastmath<contract> : f32
                  %v2470 = arith.addf %v2468, %v2469 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v2471, %v2472 = gpu.shuffle xor %v2470, %v730, %v731 : f32
                  %v2473 = arith.addf %v2470, %v2471 fastmath<contract> : f32
                  %v2474, %v2475 = gpu.shuffle xor %v2473, %v735, %v731 : f32
                  %v2476 = arith.addf %v2473, %v2474 fastmath<contract> : f32
                  %v2477, %v2478 = gpu.shuffle xor %v2476, %v739, %v731 : f32
                  %v2479 = arith.addf %v2476, %v2477 fastmath<contract> : f32
                  // end sum over the lanes
                  %v2480 = arith.divf %v2479, %v2456 : f32
                  %v2481 = arith.divf %v2480, %v2456 : f32
                  %v2482 = arith.mulf %v2435, %v2481 fastmath<contract> : f32
                  %v2483 = arith.negf %v2482 : f32
                  %v2484 = arith.cmpf oge, %v83, %v2455 : f32
                  %v2485 = arith.select %v2484, %v83, %v82 : f32
                  %v2486 = arith.subf %v83, %v2485 fastmath<contract> : f32
                  %v2487 = arith.mulf %v2483, %v2486 fastmath<contract> : f32
                  %v2488 = arith.cmpf olt, %v2454, %v82 : f32
                  %v2489 = arith.select %v2488, %v776, %v82 : f32
                  %v2490 = arith.cmpf ogt, %v2454, %v82 : f32
                  %v2491 = arith.select %v2490, %v83, %v2489 : f32
                  %v2492 = arith.mulf %v2487, %v2491 fastmath<contract> : f32
                  %v2493 = arith.mulf %v2427, %v2492 fastmath<contract> : f32
                  %v2494 = llvm.load %v60 : !llvm.ptr -> f32
                  %v2495 = llvm.load %v64 : !llvm.ptr -> f32
                  %v2496 = arith.mulf %v2495, %v2494 fastmath<contract> : f32
                  %v2497 = arith.addf %v2493, %v2496 fastmath<contract> : f32
                  llvm.store %v2497, %v60 : f32, !llvm.ptr
                  %v2498 = arith.mulf %v2443, %v2492 fastmath<contract> : f32
                  %v2499 = llvm.load %v61 : !llvm.ptr -> f32
                  %v2500 = llvm.load %v65 : !llvm.ptr -> f32
                  %v2501 = arith.mulf %v2500, %v2499 fastmath<contract> : f32
                  %v2502 = arith.addf %v2498, %v2501 fastmath<contract> : f32
                  llvm.store %v2502, %v61 : f32, !llvm.ptr
                  scf.if %v2420 {
                  }
                  %v2503 = arith.mulf %v2065, %v2492 fastmath<contract> : f32
                  %v2504 = arith.mulf %v2051, %v2457 fastmath<contract> : f32
                  %v2505 = arith.addf %v2503, %v2504 fastmath<contract> : f32
                  %v2506 = arith.mulf %v2067, %v2492 fastmath<contract> : f32
                  %v2507 = arith.mulf %v2063, %v2457 fastmath<contract> : f32
                  %v2508 = arith.addf %v2506, %v2507 fastmath<contract> : f32
                  %v2509 = arith.subi %v2422, %v174 : i64
                  %v2510 = llvm.getelementptr %v79[%v2509] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2511 = llvm.load %v2510 : !llvm.ptr -> f32
                  %v2512 = arith.mulf %v2511, %v375 fastmath<contract> : f32
                  %v2513 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2512) : (f32) -> f32
                  %v2514 = llvm.load %v60 : !llvm.ptr -> f32
                  %v2515 = arith.muli %v52, %v395 : i64
                  %v2516 = arith.muli %v2422, %v394 : i64
                  %v2517 = arith.addi %v2515, %v2516 : i64
                  %v2518 = arith.muli %v50, %size_DV : i64
                  %v2519 = arith.addi %v2517, %v2518 : i64
                  %v2520 = arith.addi %v2519, %v48 : i64
                  %v2521 = llvm.getelementptr %in_v[%v2520] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2522 = llvm.load %v2521 : !llvm.ptr -> f32
                  %v2523 = llvm.load %v58 : !llvm.ptr -> f32
                  %v2524 = arith.mulf %v2522, %v2523 fastmath<contract> : f32
                  %v2525 = arith.addf %v2514, %v2524 fastmath<contract> : f32
                  %v2526 = arith.mulf %v2513, %v2525 fastmath<contract> : f32
                  %v2528 = llvm.call_intrinsic "llvm.sqrt.f32"(%v2527) : (f32) -> f32
                  %v2529 = arith.divf %v2526, %v2528 : f32
                  %v2530 = llvm.load %v61 : !llvm.ptr -> f32
                  %v2531 = llvm.load %v59 : !llvm.ptr -> f32
                  %v2532 = arith.mulf %v2522, %v2531 fastmath<contract> : f32
                  %v2533 = arith.addf %v2530, %v2532 fastmath<contract> : f32
                  %v2534 = arith.mulf %v2513, %v2533 fastmath<contract> : f32
                  %v2535 = arith.divf %v2534, %v2528 : f32
                  %v2536 = arith.muli %v38, %v202 : i64
                  %v2537 = arith.subi %v2422, %v174 : i64
                  %v2538 = arith.addi %v2536, %v2537 : i64
                  %v2539 = llvm.getelementptr %v77[%v2538] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2540 = llvm.load %v2539 : !llvm.ptr -> f32
                  %v2541 = arith.divf %v2540, %v2528 : f32
                  %v2542 = arith.mulf %v2513, %v2541 fastmath<contract> : f32
                  %v2543 = arith.mulf %v2542, %v2523 fastmath<contract> : f32
                  %v2544 = arith.constant 8 : i64
                  %v2545 = arith.addi %v2544, %v38 : i64
                  %v2546 = arith.muli %v2545, %v202 : i64
                  %v2547 = arith.subi %v2422, %v174 : i64
                  %v2548 = arith.addi %v2546, %v2547 : i64
                  %v2549 = llvm.getelementptr %v77[%v2548] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2550 = llvm.load %v2549 : !llvm.ptr -> f32
                  %v2551 = arith.divf %v2550, %v2528 : f32
                  %v2552 = arith.mulf %v2513, %v2551 fastmath<contract> : f32
                  %v2553 = arith.mulf %v2552, %v2531 fastmath<contract> : f32
                  %v2554 = arith.addf %v2543, %v2553 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v2555, %v2556 = gpu.shuffle xor %v2554, %v730, %v731 : f32
                  %v2557 = arith.addf %v2554, %v2555 fastmath<contract> : f32
                  %v2558, %v2559 = gpu.shuffle xor %v2557, %v735, %v731 : f32
                  %v2560 = arith.addf %v2557, %v2558 fastmath<contract> : f32
                  %v2561, %v2562 = gpu.shuffle xor %v2560, %v739, %v731 : f32
                  %v2563 = arith.addf %v2560, %v2561 fastmath<contract> : f32
                  // end sum over the lanes
                  %v2564 = arith.cmpi eq, %v38, %v84 : i64
                  %v2565 = arith.andi %v42, %v2564 : i1
                  scf.if %v2565 {
                    %v2566 = arith.muli %v52, %v395 : i64
                    %v2567 = arith.muli %v2422, %v394 : i64
                    %v2568 = arith.addi %v2566, %v2567 : i64
                    %v2569 = arith.muli %v50, %size_DV : i64
                    %v2570 = arith.addi %v2568, %v2569 : i64
                    %v2571 = arith.addi %v2570, %v48 : i64
                    %v2572 = llvm.getelementptr %dx_v[%v2571] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2563, %v2572 : f32, !llvm.ptr
                  }
                  %v2573 = arith.mulf %v2541, %v2525 fastmath<contract> : f32
                  %v2574 = arith.mulf %v2551, %v2533 fastmath<contract> : f32
                  %v2575 = arith.addf %v2573, %v2574 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v2576, %v2577 = gpu.shuffle xor %v2575, %v730, %v731 : f32
                  %v2578 = arith.addf %v2575, %v2576 fastmath<contract> : f32
                  %v2579, %v2580 = gpu.shuffle xor %v2578, %v735, %v731 : f32
                  %v2581 = arith.addf %v2578, %v2579 fastmath<contract> : f32
                  %v2582, %v2583 = gpu.shuffle xor %v2581, %v739, %v731 : f32
                  %v2584 = arith.addf %v2581, %v2582 fastmath<contract> : f32
                  // end sum over the lanes
                  %v2585 = arith.mulf %v2513, %v2584 fastmath<contract> : f32
                  %v2586 = arith.mulf %v1999, %v2523 fastmath<contract> : f32
                  %v2587 = arith.mulf %v2011, %v2531 fastmath<contract> : f32
                  %v2588 = arith.addf %v2586, %v2587 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v2589, %v2590 = gpu.shuffle xor %v2588, %v730, %v731 : f32
                  %v2591 = arith.addf %v2588, %v2589 fastmath<contract> : f32
                  %v2592, %v2593 = gpu.shuffle xor %v2591, %v735, %v731 : f32
                  %v2594 = arith.addf %v2591, %v2592 fastmath<contract> : f32
                  %v2595, %v2596 = gpu.shuffle xor %v2594, %v739, %v731 : f32
                  %v2597 = arith.addf %v2594, %v2595 fastmath<contract> : f32
                  // end sum over the lanes
                  %v2598 = arith.mulf %v2013, %v2514 fastmath<contract> : f32
                  %v2599 = arith.mulf %v2015, %v2530 fastmath<contract> : f32
                  %v2600 = arith.addf %v2598, %v2599 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v2601, %v2602 = gpu.shuffle xor %v2600, %v730, %v731 : f32
                  %v2603 = arith.addf %v2600, %v2601 fastmath<contract> : f32
                  %v2604, %v2605 = gpu.shuffle xor %v2603, %v735, %v731 : f32
                  %v2606 = arith.addf %v2603, %v2604 fastmath<contract> : f32
                  %v2607, %v2608 = gpu.shuffle xor %v2606, %v739, %v731 : f32
                  %v2609 = arith.addf %v2606, %v2607 fastmath<contract> : f32
                  // end sum over the lanes
                  %v2610 = arith.addf %v2597, %v2609 fastmath<contract> : f32
                  %v2611 = arith.subi %v2422, %v174 : i64
                  %v2612 = llvm.getelementptr %v81[%v2611] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2613 = llvm.load %v2612 : !llvm.ptr -> f32
                  %v2614 = arith.negf %v2613 : f32
                  %v2615 = arith.mulf %v2614, %v375 fastmath<contract> : f32
                  %v2616 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2615) : (f32) -> f32
                  %v2617 = arith.addf %v83, %v2616 fastmath<contract> : f32
                  %v2618 = arith.divf %v83, %v2617 : f32
                  %v2619 = arith.subf %v83, %v2618 fastmath<contract> : f32
                  %v2620 = arith.mulf %v2618, %v2619 fastmath<contract> : f32
                  %v2621 = arith.mulf %v2610, %v2620 fastmath<contract> : f32
                  %v2622 = arith.select %v42, %v2505, %v82 : f32
                  // sum over the warp's outer points: shuffles
                  %v2623, %v2624 = gpu.shuffle xor %v2622, %v912, %v731 : f32
                  %v2625 = arith.addf %v2622, %v2623 fastmath<contract> : f32
                  %v2626, %v2627 = gpu.shuffle xor %v2625, %v916, %v731 : f32
                  %v2628 = arith.addf %v2625, %v2626 fastmath<contract> : f32
                  %v2629 = arith.divui %v23, %v25 : i64
                  %v2630 = arith.remui %v23, %v25 : i64
                  %v2631 = arith.cmpi ult, %v2630, %v37 : i64
                  %v2632 = arith.muli %v2629, %v1 : i64
                  %v2633 = arith.addi %v2632, %v38 : i64
                  %v2634 = arith.muli %v2633, %v925 : i64
                  %v2635 = arith.addi %v2634, %v2421 : i64
                  scf.if %v2631 {
                    %v2636 = llvm.getelementptr %v67[%v2635] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2628, %v2636 : f32, !llvm.ptr
                  }
                  %v2637 = arith.select %v42, %v2508, %v82 : f32
                  // sum over the warp's outer points: shuffles
                  %v2638, %v2639 = gpu.shuffle xor %v2637, %v912, %v731 : f32
                  %v2640 = arith.addf %v2637, %v2638 fastmath<contract> : f32
                  %v2641, %v2642 = gpu.shuffle xor %v2640, %v916, %v731 : f32
                  %v2643 = arith.addf %v2640, %v2641 fastmath<contract> : f32
                  %v2644 = arith.divui %v23, %v25 : i64
                  %v2645 = arith.remui %v23, %v25 : i64
                  %v2646 = arith.cmpi ult, %v2645, %v37 : i64
                  %v2647 = arith.addi %v37, %v38 : i64
                  %v2648 = arith.muli %v2644, %v1 : i64
                  %v2649 = arith.addi %v2648, %v2647 : i64
                  %v2650 = arith.muli %v2649, %v925 : i64
                  %v2651 = arith.addi %v2650, %v2421 : i64
                  scf.if %v2646 {
                    %v2652 = llvm.getelementptr %v67[%v2651] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2643, %v2652 : f32, !llvm.ptr
                  }
                  %v2653 = arith.select %v42, %v2529, %v82 : f32
                  // sum over the warp's outer points: shuffles
                  %v2654, %v2655 = gpu.shuffle xor %v2653, %v912, %v731 : f32
                  %v2656 = arith.addf %v2653, %v2654 fastmath<contract> : f32
                  %v2657, %v2658 = gpu.shuffle xor %v2656, %v916, %v731 : f32
                  %v2659 = arith.addf %v2656, %v2657 fastmath<contract> : f32
                  %v2660 = arith.divui %v23, %v25 : i64
                  %v2661 = arith.remui %v23, %v25 : i64
                  %v2662 = arith.cmpi ult, %v2661, %v37 : i64
                  %v2663 = arith.muli %v2660, %v1 : i64
                  %v2664 = arith.addi %v2663, %v38 : i64
                  %v2665 = arith.muli %v2664, %v925 : i64
                  %v2666 = arith.addi %v2665, %v2421 : i64
                  scf.if %v2662 {
                    %v2667 = llvm.getelementptr %v69[%v2666] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2659, %v2667 : f32, !llvm.ptr
                  }
                  %v2668 = arith.select %v42, %v2535, %v82 : f32
                  // sum over the warp's outer points: shuffles
                  %v2669, %v2670 = gpu.shuffle xor %v2668, %v912, %v731 : f32
                  %v2671 = arith.addf %v2668, %v2669 fastmath<contract> : f32
                  %v2672, %v2673 = gpu.shuffle xor %v2671, %v916, %v731 : f32
                  %v2674 = arith.addf %v2671, %v2672 fastmath<contract> : f32
                  %v2675 = arith.divui %v23, %v25 : i64
                  %v2676 = arith.remui %v23, %v25 : i64
                  %v2677 = arith.cmpi ult, %v2676, %v37 : i64
                  %v2678 = arith.addi %v37, %v38 : i64
                  %v2679 = arith.muli %v2675, %v1 : i64
                  %v2680 = arith.addi %v2679, %v2678 : i64
                  %v2681 = arith.muli %v2680, %v925 : i64
                  %v2682 = arith.addi %v2681, %v2421 : i64
                  scf.if %v2677 {
                    %v2683 = llvm.getelementptr %v69[%v2682] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2674, %v2683 : f32, !llvm.ptr
                  }
                  %v2684 = arith.select %v42, %v2585, %v82 : f32
                  // sum over the warp's outer points: shuffles
                  %v2685, %v2686 = gpu.shuffle xor %v2684, %v912, %v731 : f32
                  %v2687 = arith.addf %v2684, %v2685 fastmath<contract> : f32
                  %v2688, %v2689 = gpu.shuffle xor %v2687, %v916, %v731 : f32
                  %v2690 = arith.addf %v2687, %v2688 fastmath<contract> : f32
                  %v2691 = arith.divui %v23, %v25 : i64
                  %v2692 = arith.remui %v23, %v25 : i64
                  %v2693 = arith.cmpi ult, %v2692, %v2 : i64
                  %v2694 = arith.muli %v2691, %v925 : i64
                  %v2695 = arith.addi %v2694, %v2421 : i64
                  scf.if %v2693 {
                    %v2696 = llvm.getelementptr %v71[%v2695] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2690, %v2696 : f32, !llvm.ptr
                  }
                  %v2697 = arith.select %v42, %v2621, %v82 : f32
                  // sum over the warp's outer points: shuffles
                  %v2698, %v2699 = gpu.shuffle xor %v2697, %v912, %v731 : f32
                  %v2700 = arith.addf %v2697, %v2698 fastmath<contract> : f32
                  %v2701, %v2702 = gpu.shuffle xor %v2700, %v916, %v731 : f32
                  %v2703 = arith.addf %v2700, %v2701 fastmath<contract> : f32
                  %v2704 = arith.divui %v23, %v25 : i64
                  %v2705 = arith.remui %v23, %v25 : i64
                  %v2706 = arith.cmpi ult, %v2705, %v2 : i64
                  %v2707 = arith.muli %v2704, %v925 : i64
                  %v2708 = arith.addi %v2707, %v2421 : i64
                  scf.if %v2706 {
                    %v2709 = llvm.getelementptr %v73[%v2708] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2703, %v2709 : f32, !llvm.ptr
                  }
                  llvm.store %v2618, %v62 : f32, !llvm.ptr
                  llvm.store %v2618, %v63 : f32, !llvm.ptr
                  llvm.store %v2618, %v64 : f32, !llvm.ptr
                  llvm.store %v2618, %v65 : f32, !llvm.ptr
                }
                %v2710 = arith.addi %v445, %v2 : i64
                %v2711 = arith.cmpi slt, %v730, %v2121 : i32
                %v2712 = arith.cmpi eq, %v730, %v2126 : i32
                %v2713 = arith.addi %v447, %v589 : i64
                scf.if %v2711 {
                  %v2714 = arith.addi %v174, %v2710 : i64
                  %v2715 = arith.muli %v38, %v202 : i64
                  %v2716 = arith.subi %v2714, %v174 : i64
                  %v2717 = arith.addi %v2715, %v2716 : i64
                  %v2718 = llvm.getelementptr %v75[%v2717] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2719 = llvm.load %v2718 : !llvm.ptr -> f32
                  %v2720 = arith.muli %v52, %v395 : i64
                  %v2721 = arith.muli %v2714, %v394 : i64
                  %v2722 = arith.addi %v2720, %v2721 : i64
                  %v2723 = arith.muli %v50, %size_DV : i64
                  %v2724 = arith.addi %v2722, %v2723 : i64
                  %v2725 = arith.addi %v2724, %v48 : i64
                  %v2726 = llvm.getelementptr %dy_o[%v2725] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2727 = llvm.load %v2726 : !llvm.ptr -> f32
                  %v2728 = arith.mulf %v2719, %v2013 fastmath<contract> : f32
                  %v2729 = arith.constant 8 : i64
                  %v2730 = arith.addi %v2729, %v38 : i64
                  %v2731 = arith.muli %v2730, %v202 : i64
                  %v2732 = arith.subi %v2714, %v174 : i64
                  %v2733 = arith.addi %v2731, %v2732 : i64
                  %v2734 = llvm.getelementptr %v75[%v2733] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2735 = llvm.load %v2734 : !llvm.ptr -> f32
                  %v2736 = arith.mulf %v2735, %v2015 fastmath<contract> : f32
                  %v2737 = arith.addf %v2728, %v2736 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v2738, %v2739 = gpu.shuffle xor %v2737, %v730, %v731 : f32
                  %v2740 = arith.addf %v2737, %v2738 fastmath<contract> : f32
                  %v2741, %v2742 = gpu.shuffle xor %v2740, %v735, %v731 : f32
                  %v2743 = arith.addf %v2740, %v2741 fastmath<contract> : f32
                  %v2744, %v2745 = gpu.shuffle xor %v2743, %v739, %v731 : f32
                  %v2746 = arith.addf %v2743, %v2744 fastmath<contract> : f32
                  // end sum over the lanes
                  %v2747 = llvm.call_intrinsic "llvm.fabs.f32"(%v2746) : (f32) -> f32
                  %v2748 = arith.maximumf %v83, %v2747 : f32
                  %v2749 = arith.divf %v2727, %v2748 : f32
                  %v2750 = arith.mulf %v2719, %v2749 fastmath<contract> : f32
                  %v2751 = llvm.load %v58 : !llvm.ptr -> f32
                  %v2752 = llvm.load %v62 : !llvm.ptr -> f32
                  %v2753 = arith.mulf %v2752, %v2751 fastmath<contract> : f32
                  %v2754 = arith.addf %v2750, %v2753 fastmath<contract> : f32
                  llvm.store %v2754, %v58 : f32, !llvm.ptr
                  %v2755 = arith.mulf %v2735, %v2749 fastmath<contract> : f32
                  %v2756 = llvm.load %v59 : !llvm.ptr -> f32
                  %v2757 = llvm.load %v63 : !llvm.ptr -> f32
                  %v2758 = arith.mulf %v2757, %v2756 fastmath<contract> : f32
                  %v2759 = arith.addf %v2755, %v2758 fastmath<contract> : f32
                  llvm.store %v2759, %v59 : f32, !llvm.ptr
                  %v2760 = arith.mulf %v2719, %v1999 fastmath<contract> : f32
                  %v2761 = arith.mulf %v2735, %v2011 fastmath<contract> : f32
                  %v2762 = arith.addf %v2760, %v2761 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v2763, %v2764 = gpu.shuffle xor %v2762, %v730, %v731 : f32
                  %v2765 = arith.addf %v2762, %v2763 fastmath<contract> : f32
                  %v2766, %v2767 = gpu.shuffle xor %v2765, %v735, %v731 : f32
                  %v2768 = arith.addf %v2765, %v2766 fastmath<contract> : f32
                  %v2769, %v2770 = gpu.shuffle xor %v2768, %v739, %v731 : f32
                  %v2771 = arith.addf %v2768, %v2769 fastmath<contract> : f32
                  // end sum over the lanes
                  %v2772 = arith.divf %v2771, %v2748 : f32
                  %v2773 = arith.divf %v2772, %v2748 : f32
                  %v2774 = arith.mulf %v2727, %v2773 fastmath<contract> : f32
                  %v2775 = arith.negf %v2774 : f32
                  %v2776 = arith.cmpf oge, %v83, %v2747 : f32
                  %v2777 = arith.select %v2776, %v83, %v82 : f32
                  %v2778 = arith.subf %v83, %v2777 fastmath<contract> : f32
                  %v2779 = arith.mulf %v2775, %v2778 fastmath<contract> : f32
                  %v2780 = arith.cmpf olt, %v2746, %v82 : f32
                  %v2781 = arith.select %v2780, %v776, %v82 : f32
                  %v2782 = arith.cmpf ogt, %v2746, %v82 : f32
                  %v2783 = arith.select %v2782, %v83, %v2781 : f32
                  %v2784 = arith.mulf %v2779, %v2783 fastmath<contract> : f32
                  %v2785 = arith.mulf %v2719, %v2784 fastmath<contract> : f32
                  %v2786 = llvm.load %v60 : !llvm.ptr -> f32
                  %v2787 = llvm.load %v64 : !llvm.ptr -> f32
                  %v2788 = arith.mulf %v2787, %v2786 fastmath<contract> : f32
                  %v2789 = arith.addf %v2785, %v2788 fastmath<contract> : f32
                  llvm.store %v2789, %v60 : f32, !llvm.ptr
                  %v2790 = arith.mulf %v2735, %v2784 fastmath<contract> : f32
                  %v2791 = llvm.load %v61 : !llvm.ptr -> f32
                  %v2792 = llvm.load %v65 : !llvm.ptr -> f32
                  %v2793 = arith.mulf %v2792, %v2791 fastmath<contract> : f32
                  %v2794 = arith.addf %v2790, %v2793 fastmath<contract> : f32
                  llvm.store %v2794, %v61 : f32, !llvm.ptr
                  scf.if %v2712 {
                  }
                  %v2795 = arith.mulf %v2013, %v2784 fastmath<contract> : f32
                  %v2796 = arith.mulf %v1999, %v2749 fastmath<contract> : f32
                  %v2797 = arith.addf %v2795, %v2796 fastmath<contract> : f32
                  %v2798 = arith.mulf %v2015, %v2784 fastmath<contract> : f32
                  %v2799 = arith.mulf %v2011, %v2749 fastmath<contract> : f32
                  %v2800 = arith.addf %v2798, %v2799 fastmath<contract> : f32
                  %v2801 = arith.subi %v2714, %v174 : i64
                  %v2802 = llvm.getelementptr %v79[%v2801] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2803 = llvm.load %v2802 : !llvm.ptr -> f32
                  %v2804 = arith.mulf %v2803, %v375 fastmath<contract> : f32
                  %v2805 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2804) : (f32) -> f32
                  %v2806 = llvm.load %v60 : !llvm.ptr -> f32
                  %v2807 = arith.muli %v52, %v395 : i64
                  %v2808 = arith.muli %v2714, %v394 : i64
                  %v2809 = arith.addi %v2807, %v2808 : i64
                  %v2810 = arith.muli %v50, %size_DV : i64
                  %v2811 = arith.addi %v2809, %v2810 : i64
                  %v2812 = arith.addi %v2811, %v48 : i64
                  %v2813 = llvm.getelementptr %in_v[%v2812] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2814 = llvm.load %v2813 : !llvm.ptr -> f32
                  %v2815 = llvm.load %v58 : !llvm.ptr -> f32
                  %v2816 = arith.mulf %v2814, %v2815 fastmath<contract> : f32
                  %v2817 = arith.addf %v2806, %v2816 fastmath<contract> : f32
                  %v2818 = arith.mulf %v2805, %v2817 fastmath<contract> : f32
                  %v2820 = llvm.call_intrinsic "llvm.sqrt.f32"(%v2819) : (f32) -> f32
                  %v2821 = arith.divf %v2818, %v2820 : f32
                  %v2822 = llvm.load %v61 : !llvm.ptr -> f32
                  %v2823 = llvm.load %v59 : !llvm.ptr -> f32
                  %v2824 = arith.mulf %v2814, %v2823 fastmath<contract> : f32
                  %v2825 = arith.addf %v2822, %v2824 fastmath<contract> : f32
                  %v2826 = arith.mulf %v2805, %v2825 fastmath<contract> : f32
                  %v2827 = arith.divf %v2826, %v2820 : f32
                  %v2828 = arith.muli %v38, %v202 : i64
                  %v2829 = arith.subi %v2714, %v174 : i64
                  %v2830 = arith.addi %v2828, %v2829 : i64
                  %v2831 = llvm.getelementptr %v77[%v2830] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2832 = llvm.load %v2831 : !llvm.ptr -> f32
                  %v2833 = arith.divf %v2832, %v2820 : f32
                  %v2834 = arith.mulf %v2805, %v2833 fastmath<contract> : f32
                  %v2835 = arith.mulf %v2834, %v2815 fastmath<contract> : f32
                  %v2836 = arith.constant 8 : i64
                  %v2837 = arith.addi %v2836, %v38 : i64
                  %v2838 = arith.muli %v2837, %v202 : i64
                  %v2839 = arith.subi %v2714, %v174 : i64
                  %v2840 = arith.addi %v2838, %v2839 : i64
                  %v2841 = llvm.getelementptr %v77[%v2840] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2842 = llvm.load %v2841 : !llvm.ptr -> f32
                  %v2843 = arith.divf %v2842, %v2820 : f32
                  %v2844 = arith.mulf %v2805, %v2843 fastmath<contract> : f32
                  %v2845 = arith.mulf %v2844, %v2823 fastmath<contract> : f32
                  %v2846 = arith.addf %v2835, %v2845 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v2847, %v2848 = gpu.shuffle xor %v2846, %v730, %v731 : f32
                  %v2849 = arith.addf %v2846, %v2847 fastmath<contract> : f32
                  %v2850, %v2851 = gpu.shuffle xor %v2849, %v735, %v731 : f32
                  %v2852 = arith.addf %v2849, %v2850 fastmath<contract> : f32
                  %v2853, %v2854 = gpu.shuffle xor %v2852, %v739, %v731 : f32
                  %v2855 = arith.addf %v2852, %v2853 fastmath<contract> : f32
                  // end sum over the lanes
                  %v2856 = arith.cmpi eq, %v38, %v84 : i64
                  %v2857 = arith.andi %v42, %v2856 : i1
                  scf.if %v2857 {
                    %v2858 = arith.muli %v52, %v395 : i64
                    %v2859 = arith.muli %v2714, %v394 : i64
                    %v2860 = arith.addi %v2858, %v2859 : i64
                    %v2861 = arith.muli %v50, %size_DV : i64
                    %v2862 = arith.addi %v2860, %v2861 : i64
                    %v2863 = arith.addi %v2862, %v48 : i64
                    %v2864 = llvm.getelementptr %dx_v[%v2863] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2855, %v2864 : f32, !llvm.ptr
                  }
                  %v2865 = arith.mulf %v2833, %v2817 fastmath<contract> : f32
                  %v2866 = arith.mulf %v2843, %v2825 fastmath<contract> : f32
                  %v2867 = arith.addf %v2865, %v2866 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v2868, %v2869 = gpu.shuffle xor %v2867, %v730, %v731 : f32
                  %v2870 = arith.addf %v2867, %v2868 fastmath<contract> : f32
                  %v2871, %v2872 = gpu.shuffle xor %v2870, %v735, %v731 : f32
                  %v2873 = arith.addf %v2870, %v2871 fastmath<contract> : f32
                  %v2874, %v2875 = gpu.shuffle xor %v2873, %v739, %v731 : f32
                  %v2876 = arith.addf %v2873, %v2874 fastmath<contract> : f32
                  // end sum over the lanes
                  %v2877 = arith.mulf %v2805, %v2876 fastmath<contract> : f32
                  %v2878 = arith.mulf %v1947, %v2815 fastmath<contract> : f32
                  %v2879 = arith.mulf %v1959, %v2823 fastmath<contract> : f32
                  %v2880 = arith.addf %v2878, %v2879 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v2881, %v2882 = gpu.shuffle xor %v2880, %v730, %v731 : f32
                  %v2883 = arith.addf %v2880, %v2881 fastmath<contract> : f32
                  %v2884, %v2885 = gpu.shuffle xor %v2883, %v735, %v731 : f32
                  %v2886 = arith.addf %v2883, %v2884 fastmath<contract> : f32
                  %v2887, %v2888 = gpu.shuffle xor %v2886, %v739, %v731 : f32
                  %v2889 = arith.addf %v2886, %v2887 fastmath<contract> : f32
                  // end sum over the lanes
                  %v2890 = arith.mulf %v1961, %v2806 fastmath<contract> : f32
                  %v2891 = arith.mulf %v1963, %v2822 fastmath<contract> : f32
                  %v2892 = arith.addf %v2890, %v2891 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v2893, %v2894 = gpu.shuffle xor %v2892, %v730, %v731 : f32
                  %v2895 = arith.addf %v2892, %v2893 fastmath<contract> : f32
                  %v2896, %v2897 = gpu.shuffle xor %v2895, %v735, %v731 : f32
                  %v2898 = arith.addf %v2895, %v2896 fastmath<contract> : f32
                  %v2899, %v2900 = gpu.shuffle xor %v2898, %v739, %v731 : f32
                  %v2901 = arith.addf %v2898, %v2899 fastmath<contract> : f32
                  // end sum over the lanes
                  %v2902 = arith.addf %v2889, %v2901 fastmath<contract> : f32
                  %v2903 = arith.subi %v2714, %v174 : i64
                  %v2904 = llvm.getelementptr %v81[%v2903] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2905 = llvm.load %v2904 : !llvm.ptr -> f32
                  %v2906 = arith.negf %v2905 : f32
                  %v2907 = arith.mulf %v2906, %v375 fastmath<contract> : f32
                  %v2908 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2907) : (f32) -> f32
                  %v2909 = arith.addf %v83, %v2908 fastmath<contract> : f32
                  %v2910 = arith.divf %v83, %v2909 : f32
                  %v2911 = arith.subf %v83, %v2910 fastmath<contract> : f32
                  %v2912 = arith.mulf %v2910, %v2911 fastmath<contract> : f32
                  %v2913 = arith.mulf %v2902, %v2912 fastmath<contract> : f32
                  %v2914 = arith.select %v42, %v2797, %v82 : f32
                  // sum over the warp's outer points: shuffles
                  %v2915, %v2916 = gpu.shuffle xor %v2914, %v912, %v731 : f32
                  %v2917 = arith.addf %v2914, %v2915 fastmath<contract> : f32
                  %v2918, %v2919 = gpu.shuffle xor %v2917, %v916, %v731 : f32
                  %v2920 = arith.addf %v2917, %v2918 fastmath<contract> : f32
                  %v2921 = arith.divui %v23, %v25 : i64
                  %v2922 = arith.remui %v23, %v25 : i64
                  %v2923 = arith.cmpi ult, %v2922, %v37 : i64
                  %v2924 = arith.muli %v2921, %v1 : i64
                  %v2925 = arith.addi %v2924, %v38 : i64
                  %v2926 = arith.muli %v2925, %v925 : i64
                  %v2927 = arith.addi %v2926, %v2713 : i64
                  scf.if %v2923 {
                    %v2928 = llvm.getelementptr %v67[%v2927] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2920, %v2928 : f32, !llvm.ptr
                  }
                  %v2929 = arith.select %v42, %v2800, %v82 : f32
                  // sum over the warp's outer points: shuffles
                  %v2930, %v2931 = gpu.shuffle xor %v2929, %v912, %v731 : f32
                  %v2932 = arith.addf %v2929, %v2930 fastmath<contract> : f32
                  %v2933, %v2934 = gpu.shuffle xor %v2932, %v916, %v731 : f32
                  %v2935 = arith.addf %v2932, %v2933 fastmath<contract> : f32
                  %v2936 = arith.divui %v23, %v25 : i64
                  %v2937 = arith.remui %v23, %v25 : i64
                  %v2938 = arith.cmpi ult, %v2937, %v37 : i64
                  %v2939 = arith.addi %v37, %v38 : i64
                  %v2940 = arith.muli %v2936, %v1 : i64
                  %v2941 = arith.addi %v2940, %v2939 : i64
                  %v2942 = arith.muli %v2941, %v925 : i64
                  %v2943 = arith.addi %v2942, %v2713 : i64
                  scf.if %v2938 {
                    %v2944 = llvm.getelementptr %v67[%v2943] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2935, %v2944 : f32, !llvm.ptr
                  }
                  %v2945 = arith.select %v42, %v2821, %v82 : f32
                  // sum over the warp's outer points: shuffles
                  %v2946, %v2947 = gpu.shuffle xor %v2945, %v912, %v731 : f32
                  %v2948 = arith.addf %v2945, %v2946 fastmath<contract> : f32
                  %v2949, %v2950 = gpu.shuffle xor %v2948, %v916, %v731 : f32
                  %v2951 = arith.addf %v2948, %v2949 fastmath<contract> : f32
                  %v2952 = arith.divui %v23, %v25 : i64
                  %v2953 = arith.remui %v23, %v25 : i64
                  %v2954 = arith.cmpi ult, %v2953, %v37 : i64
                  %v2955 = arith.muli %v2952, %v1 : i64
                  %v2956 = arith.addi %v2955, %v38 : i64
                  %v2957 = arith.muli %v2956, %v925 : i64
                  %v2958 = arith.addi %v2957, %v2713 : i64
                  scf.if %v2954 {
                    %v2959 = llvm.getelementptr %v69[%v2958] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2951, %v2959 : f32, !llvm.ptr
                  }
                  %v2960 = arith.select %v42, %v2827, %v82 : f32
                  // sum over the warp's outer points: shuffles
                  %v2961, %v2962 = gpu.shuffle xor %v2960, %v912, %v731 : f32
                  %v2963 = arith.addf %v2960, %v2961 fastmath<contract> : f32
                  %v2964, %v2965 = gpu.shuffle xor %v2963, %v916, %v731 : f32
                  %v2966 = arith.addf %v2963, %v2964 fastmath<contract> : f32
                  %v2967 = arith.divui %v23, %v25 : i64
                  %v2968 = arith.remui %v23, %v25 : i64
                  %v2969 = arith.cmpi ult, %v2968, %v37 : i64
                  %v2970 = arith.addi %v37, %v38 : i64
                  %v2971 = arith.muli %v2967, %v1 : i64
                  %v2972 = arith.addi %v2971, %v2970 : i64
                  %v2973 = arith.muli %v2972, %v925 : i64
                  %v2974 = arith.addi %v2973, %v2713 : i64
                  scf.if %v2969 {
                    %v2975 = llvm.getelementptr %v69[%v2974] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2966, %v2975 : f32, !llvm.ptr
                  }
                  %v2976 = arith.select %v42, %v2877, %v82 : f32
                  // sum over the warp's outer points: shuffles
                  %v2977, %v2978 = gpu.shuffle xor %v2976, %v912, %v731 : f32
                  %v2979 = arith.addf %v2976, %v2977 fastmath<contract> : f32
                  %v2980, %v2981 = gpu.shuffle xor %v2979, %v916, %v731 : f32
                  %v2982 = arith.addf %v2979, %v2980 fastmath<contract> : f32
                  %v2983 = arith.divui %v23, %v25 : i64
                  %v2984 = arith.remui %v23, %v25 : i64
                  %v2985 = arith.cmpi ult, %v2984, %v2 : i64
                  %v2986 = arith.muli %v2983, %v925 : i64
                  %v2987 = arith.addi %v2986, %v2713 : i64
                  scf.if %v2985 {
                    %v2988 = llvm.getelementptr %v71[%v2987] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2982, %v2988 : f32, !llvm.ptr
                  }
                  %v2989 = arith.select %v42, %v2913, %v82 : f32
                  // sum over the warp's outer points: shuffles
                  %v2990, %v2991 = gpu.shuffle xor %v2989, %v912, %v731 : f32
                  %v2992 = arith.addf %v2989, %v2990 fastmath<contract> : f32
                  %v2993, %v2994 = gpu.shuffle xor %v2992, %v916, %v731 : f32
                  %v2995 = arith.addf %v2992, %v2993 fastmath<contract> : f32
                  %v2996 = arith.divui %v23, %v25 : i64
                  %v2997 = arith.remui %v23, %v25 : i64
                  %v2998 = arith.cmpi ult, %v2997, %v2 : i64
                  %v2999 = arith.muli %v2996, %v925 : i64
                  %v3000 = arith.addi %v2999, %v2713 : i64
                  scf.if %v2998 {
                    %v3001 = llvm.getelementptr %v73[%v3000] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2995, %v3001 : f32, !llvm.ptr
                  }
                  llvm.store %v2910, %v62 : f32, !llvm.ptr
                  llvm.store %v2910, %v63 : f32, !llvm.ptr
                  llvm.store %v2910, %v64 : f32, !llvm.ptr
                  llvm.store %v2910, %v65 : f32, !llvm.ptr
                }
                %v3002 = arith.cmpi slt, %v1586, %v2121 : i32
                %v3003 = arith.cmpi eq, %v1586, %v2126 : i32
                %v3004 = arith.addi %v447, %v159 : i64
                scf.if %v3002 {
                  %v3005 = arith.addi %v174, %v445 : i64
                  %v3006 = arith.muli %v38, %v202 : i64
                  %v3007 = arith.subi %v3005, %v174 : i64
                  %v3008 = arith.addi %v3006, %v3007 : i64
                  %v3009 = llvm.getelementptr %v75[%v3008] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3010 = llvm.load %v3009 : !llvm.ptr -> f32
                  %v3011 = arith.muli %v52, %v395 : i64
                  %v3012 = arith.muli %v3005, %v394 : i64
                  %v3013 = arith.addi %v3011, %v3012 : i64
                  %v3014 = arith.muli %v50, %size_DV : i64
                  %v3015 = arith.addi %v3013, %v3014 : i64
                  %v3016 = arith.addi %v3015, %v48 : i64
                  %v3017 = llvm.getelementptr %dy_o[%v3016] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3018 = llvm.load %v3017 : !llvm.ptr -> f32
                  %v3019 = arith.mulf %v3010, %v1961 fastmath<contract> : f32
                  %v3020 = arith.constant 8 : i64
                  %v3021 = arith.addi %v3020, %v38 : i64
                  %v3022 = arith.muli %v3021, %v202 : i64
                  %v3023 = arith.subi %v3005, %v174 : i64
                  %v3024 = arith.addi %v3022, %v3023 : i64
                  %v3025 = llvm.getelementptr %v75[%v3024] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3026 = llvm.load %v3025 : !llvm.ptr -> f32
                  %v3027 = arith.mulf %v3026, %v1963 fastmath<contract> : f32
                  %v3028 = arith.addf %v3019, %v3027 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v3029, %v3030 = gpu.shuffle xor %v3028, %v730, %v731 : f32
                  %v3031 = arith.addf %v3028, %v3029 fastmath<contract> : f32
                  %v3032, %v3033 = gpu.shuffle xor %v3031, %v735, %v731 : f32
                  %v3034 = arith.addf %v3031, %v3032 fastmath<contract> : f32
                  %v3035, %v3036 = gpu.shuffle xor %v3034, %v739, %v731 : f32
                  %v3037 = arith.addf %v3034, %v3035 fastmath<contract> : f32
                  // end sum over the lanes
                  %v3038 = llvm.call_intrinsic "llvm.fabs.f32"(%v3037) : (f32) -> f32
                  %v3039 = arith.maximumf %v83, %v3038 : f32
                  %v3040 = arith.divf %v3018, %v3039 : f32
                  %v3041 = arith.mulf %v3010, %v3040 fastmath<contract> : f32
                  %v3042 = llvm.load %v58 : !llvm.ptr -> f32
                  %v3043 = llvm.load %v62 : !llvm.ptr -> f32
                  %v3044 = arith.mulf %v3043, %v3042 fastmath<contract> : f32
                  %v3045 = arith.addf %v3041, %v3044 fastmath<contract> : f32
                  llvm.store %v3045, %v58 : f32, !llvm.ptr
                  %v3046 = arith.mulf %v3026, %v3040 fastmath<contract> : f32
                  %v3047 = llvm.load %v59 : !llvm.ptr -> f32
                  %v3048 = llvm.load %v63 : !llvm.ptr -> f32
                  %v3049 = arith.mulf %v3048, %v3047 fastmath<contract> : f32
                  %v3050 = arith.addf %v3046, %v3049 fastmath<contract> : f32
                  llvm.store %v3050, %v59 : f32, !llvm.ptr
                  %v3051 = arith.mulf %v3010, %v1947 fastmath<contract> : f32
                  %v3052 = arith.mulf %v3026, %v1959 fastmath<contract> : f32
                  %v3053 = arith.addf %v3051, %v3052 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v3054, %v3055 = gpu.shuffle xor %v3053, %v730, %v731 : f32
                  %v3056 = arith.addf %v3053, %v3054 fastmath<contract> : f32
                  %v3057, %v3058 = gpu.shuffle xor %v3056, %v735, %v731 : f32
                  %v3059 = arith.addf %v3056, %v3057 fastmath<contract> : f32
                  %v3060, %v3061 = gpu.shuffle xor %v3059, %v739, %v731 : f32
                  %v3062 = arith.addf %v3059, %v3060 fastmath<contract> : f32
                  // end sum over the lanes
                  %v3063 = arith.divf %v3062, %v3039 : f32
                  %v3064 = arith.divf %v3063, %v3039 : f32
                  %v3065 = arith.mulf %v3018, %v3064 fastmath<contract> : f32
                  %v3066 = arith.negf %v3065 : f32
                  %v3067 = arith.cmpf oge, %v83, %v3038 : f32
                  %v3068 = arith.select %v3067, %v83, %v82 : f32
                  %v3069 = arith.subf %v83, %v3068 fastmath<contract> : f32
                  %v3070 = arith.mulf %v3066, %v3069 fastmath<contract> : f32
                  %v3071 = arith.cmpf olt, %v3037, %v82 : f32
                  %v3072 = arith.select %v3071, %v776, %v82 : f32
                  %v3073 = arith.cmpf ogt, %v3037, %v82 : f32
                  %v3074 = arith.select %v3073, %v83, %v3072 : f32
                  %v3075 = arith.mulf %v3070, %v3074 fastmath<contract> : f32
                  %v3076 = arith.mulf %v3010, %v3075 fastmath<contract> : f32
                  %v3077 = llvm.load %v60 : !llvm.ptr -> f32
                  %v3078 = llvm.load %v64 : !llvm.ptr -> f32
                  %v3079 = arith.mulf %v3078, %v3077 fastmath<contract> : f32
                  %v3080 = arith.addf %v3076, %v3079 fastmath<contract> : f32
                  llvm.store %v3080, %v60 : f32, !llvm.ptr
                  %v3081 = arith.mulf %v3026, %v3075 fastmath<contract> : f32
                  %v3082 = llvm.load %v61 : !llvm.ptr -> f32
                  %v3083 = llvm.load %v65 : !llvm.ptr -> f32
                  %v3084 = arith.mulf %v3083, %v3082 fastmath<contract> : f32
                  %v3085 = arith.addf %v3081, %v3084 fastmath<contract> : f32
                  llvm.store %v3085, %v61 : f32, !llvm.ptr
                  scf.if %v3003 {
                  }
                  %v3086 = arith.mulf %v1961, %v3075 fastmath<contract> : f32
                  %v3087 = arith.mulf %v1947, %v3040 fastmath<contract> : f32
                  %v3088 = arith.addf %v3086, %v3087 fastmath<contract> : f32
                  %v3089 = arith.mulf %v1963, %v3075 fastmath<contract> : f32
                  %v3090 = arith.mulf %v1959, %v3040 fastmath<contract> : f32
                  %v3091 = arith.addf %v3089, %v3090 fastmath<contract> : f32
                  %v3092 = arith.subi %v3005, %v174 : i64
                  %v3093 = llvm.getelementptr %v79[%v3092] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3094 = llvm.load %v3093 : !llvm.ptr -> f32
                  %v3095 = arith.mulf %v3094, %v375 fastmath<contract> : f32
                  %v3096 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3095) : (f32) -> f32
                  %v3097 = llvm.load %v60 : !llvm.ptr -> f32
                  %v3098 = arith.muli %v52, %v395 : i64
                  %v3099 = arith.muli %v3005, %v394 : i64
                  %v3100 = arith.addi %v3098, %v3099 : i64
                  %v3101 = arith.muli %v50, %size_DV : i64
                  %v3102 = arith.addi %v3100, %v3101 : i64
                  %v3103 = arith.addi %v3102, %v48 : i64
                  %v3104 = llvm.getelementptr %in_v[%v3103] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3105 = llvm.load %v3104 : !llvm.ptr -> f32
                  %v3106 = llvm.load %v58 : !llvm.ptr -> f32
                  %v3107 = arith.mulf %v3105, %v3106 fastmath<contract> : f32
                  %v3108 = arith.addf %v3097, %v3107 fastmath<contract> : f32
                  %v3109 = arith.mulf %v3096, %v3108 fastmath<contract> : f32
                  %v3111 = llvm.call_intrinsic "llvm.sqrt.f32"(%v3110) : (f32) -> f32
                  %v3112 = arith.divf %v3109, %v3111 : f32
                  %v3113 = llvm.load %v61 : !llvm.ptr -> f32
                  %v3114 = llvm.load %v59 : !llvm.ptr -> f32
                  %v3115 = arith.mulf %v3105, %v3114 fastmath<contract> : f32
                  %v3116 = arith.addf %v3113, %v3115 fastmath<contract> : f32
                  %v3117 = arith.mulf %v3096, %v3116 fastmath<contract> : f32
                  %v3118 = arith.divf %v3117, %v3111 : f32
                  %v3119 = arith.muli %v38, %v202 : i64
                  %v3120 = arith.subi %v3005, %v174 : i64
                  %v3121 = arith.addi %v3119, %v3120 : i64
                  %v3122 = llvm.getelementptr %v77[%v3121] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3123 = llvm.load %v3122 : !llvm.ptr -> f32
                  %v3124 = arith.divf %v3123, %v3111 : f32
                  %v3125 = arith.mulf %v3096, %v3124 fastmath<contract> : f32
                  %v3126 = arith.mulf %v3125, %v3106 fastmath<contract> : f32
                  %v3127 = arith.constant 8 : i64
                  %v3128 = arith.addi %v3127, %v38 : i64
                  %v3129 = arith.muli %v3128, %v202 : i64
                  %v3130 = arith.subi %v3005, %v174 : i64
                  %v3131 = arith.addi %v3129, %v3130 : i64
                  %v3132 = llvm.getelementptr %v77[%v3131] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3133 = llvm.load %v3132 : !llvm.ptr -> f32
                  %v3134 = arith.divf %v3133, %v3111 : f32
                  %v3135 = arith.mulf %v3096, %v3134 fastmath<contract> : f32
                  %v3136 = arith.mulf %v3135, %v3114 fastmath<contract> : f32
                  %v3137 = arith.addf %v3126, %v3136 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v3138, %v3139 = gpu.shuffle xor %v3137, %v730, %v731 : f32
                  %v3140 = arith.addf %v3137, %v3138 fastmath<contract> : f32
                  %v3141, %v3142 = gpu.shuffle xor %v3140, %v735, %v731 : f32
                  %v3143 = arith.addf %v3140, %v3141 fastmath<contract> : f32
                  %v3144, %v3145 = gpu.shuffle xor %v3143, %v739, %v731 : f32
                  %v3146 = arith.addf %v3143, %v3144 fastmath<contract> : f32
                  // end sum over the lanes
                  %v3147 = arith.cmpi eq, %v38, %v84 : i64
                  %v3148 = arith.andi %v42, %v3147 : i1
                  scf.if %v3148 {
                    %v3149 = arith.muli %v52, %v395 : i64
                    %v3150 = arith.muli %v3005, %v394 : i64
                    %v3151 = arith.addi %v3149, %v3150 : i64
                    %v3152 = arith.muli %v50, %size_DV : i64
                    %v3153 = arith.addi %v3151, %v3152 : i64
                    %v3154 = arith.addi %v3153, %v48 : i64
                    %v3155 = llvm.getelementptr %dx_v[%v3154] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3146, %v3155 : f32, !llvm.ptr
                  }
                  %v3156 = arith.mulf %v3124, %v3108 fastmath<contract> : f32
                  %v3157 = arith.mulf %v3134, %v3116 fastmath<contract> : f32
                  %v3158 = arith.addf %v3156, %v3157 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v3159, %v3160 = gpu.shuffle xor %v3158, %v730, %v731 : f32
                  %v3161 = arith.addf %v3158, %v3159 fastmath<contract> : f32
                  %v3162, %v3163 = gpu.shuffle xor %v3161, %v735, %v731 : f32
                  %v3164 = arith.addf %v3161, %v3162 fastmath<contract> : f32
                  %v3165, %v3166 = gpu.shuffle xor %v3164, %v739, %v731 : f32
                  %v3167 = arith.addf %v3164, %v3165 fastmath<contract> : f32
                  // end sum over the lanes
                  %v3168 = arith.mulf %v3096, %v3167 fastmath<contract> : f32
                  %v3169 = arith.mulf %v1886, %v3106 fastmath<contract> : f32
                  %v3170 = arith.mulf %v1895, %v3114 fastmath<contract> : f32
                  %v3171 = arith.addf %v3169, %v3170 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v3172, %v3173 = gpu.shuffle xor %v3171, %v730, %v731 : f32
                  %v3174 = arith.addf %v3171, %v3172 fastmath<contract> : f32
                  %v3175, %v3176 = gpu.shuffle xor %v3174, %v735, %v731 : f32
                  %v3177 = arith.addf %v3174, %v3175 fastmath<contract> : f32
                  %v3178, %v3179 = gpu.shuffle xor %v3177, %v739, %v731 : f32
                  %v3180 = arith.addf %v3177, %v3178 fastmath<contract> : f32
                  // end sum over the lanes
                  %v3181 = arith.mulf %v1903, %v3097 fastmath<contract> : f32
                  %v3182 = arith.mulf %v1912, %v3113 fastmath<contract> : f32
                  %v3183 = arith.addf %v3181, %v3182 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v3184, %v3185 = gpu.shuffle xor %v3183, %v730, %v731 : f32
                  %v3186 = arith.addf %v3183, %v3184 fastmath<contract> : f32
                  %v3187, %v3188 = gpu.shuffle xor %v3186, %v735, %v731 : f32
                  %v3189 = arith.addf %v3186, %v3187 fastmath<contract> : f32
                  %v3190, %v3191 = gpu.shuffle xor %v3189, %v739, %v731 : f32
                  %v3192 = arith.addf %v3189, %v3190 fastmath<contract> : f32
                  // end sum over the lanes
                  %v3193 = arith.addf %v3180, %v3192 fastmath<contract> : f32
                  %v3194 = arith.subi %v3005, %v174 : i64
                  %v3195 = llvm.getelementptr %v81[%v3194] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3196 = llvm.load %v3195 : !llvm.ptr -> f32
                  %v3197 = arith.negf %v3196 : f32
                  %v3198 = arith.mulf %v3197, %v375 fastmath<contract> : f32
                  %v3199 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3198) : (f32) -> f32
                  %v3200 = arith.addf %v83, %v3199 fastmath<contract> : f32
                  %v3201 = arith.divf %v83, %v3200 : f32
                  %v3202 = arith.subf %v83, %v3201 fastmath<contract> : f32
                  %v3203 = arith.mulf %v3201, %v3202 fastmath<contract> : f32
                  %v3204 = arith.mulf %v3193, %v3203 fastmath<contract> : f32
                  %v3205 = arith.select %v42, %v3088, %v82 : f32
                  // sum over the warp's outer points: shuffles
                  %v3206, %v3207 = gpu.shuffle xor %v3205, %v912, %v731 : f32
                  %v3208 = arith.addf %v3205, %v3206 fastmath<contract> : f32
                  %v3209, %v3210 = gpu.shuffle xor %v3208, %v916, %v731 : f32
                  %v3211 = arith.addf %v3208, %v3209 fastmath<contract> : f32
                  %v3212 = arith.divui %v23, %v25 : i64
                  %v3213 = arith.remui %v23, %v25 : i64
                  %v3214 = arith.cmpi ult, %v3213, %v37 : i64
                  %v3215 = arith.muli %v3212, %v1 : i64
                  %v3216 = arith.addi %v3215, %v38 : i64
                  %v3217 = arith.muli %v3216, %v925 : i64
                  %v3218 = arith.addi %v3217, %v3004 : i64
                  scf.if %v3214 {
                    %v3219 = llvm.getelementptr %v67[%v3218] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3211, %v3219 : f32, !llvm.ptr
                  }
                  %v3220 = arith.select %v42, %v3091, %v82 : f32
                  // sum over the warp's outer points: shuffles
                  %v3221, %v3222 = gpu.shuffle xor %v3220, %v912, %v731 : f32
                  %v3223 = arith.addf %v3220, %v3221 fastmath<contract> : f32
                  %v3224, %v3225 = gpu.shuffle xor %v3223, %v916, %v731 : f32
                  %v3226 = arith.addf %v3223, %v3224 fastmath<contract> : f32
                  %v3227 = arith.divui %v23, %v25 : i64
                  %v3228 = arith.remui %v23, %v25 : i64
                  %v3229 = arith.cmpi ult, %v3228, %v37 : i64
                  %v3230 = arith.addi %v37, %v38 : i64
                  %v3231 = arith.muli %v3227, %v1 : i64
                  %v3232 = arith.addi %v3231, %v3230 : i64
                  %v3233 = arith.muli %v3232, %v925 : i64
                  %v3234 = arith.addi %v3233, %v3004 : i64
                  scf.if %v3229 {
                    %v3235 = llvm.getelementptr %v67[%v3234] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3226, %v3235 : f32, !llvm.ptr
                  }
                  %v3236 = arith.select %v42, %v3112, %v82 : f32
                  // sum over the warp's outer points: shuffles
                  %v3237, %v3238 = gpu.shuffle xor %v3236, %v912, %v731 : f32
                  %v3239 = arith.addf %v3236, %v3237 fastmath<contract> : f32
                  %v3240, %v3241 = gpu.shuffle xor %v3239, %v916, %v731 : f32
                  %v3242 = arith.addf %v3239, %v3240 fastmath<contract> : f32
                  %v3243 = arith.divui %v23, %v25 : i64
                  %v3244 = arith.remui %v23, %v25 : i64
                  %v3245 = arith.cmpi ult, %v3244, %v37 : i64
                  %v3246 = arith.muli %v3243, %v1 : i64
                  %v3247 = arith.addi %v3246, %v38 : i64
                  %v3248 = arith.muli %v3247, %v925 : i64
                  %v3249 = arith.addi %v3248, %v3004 : i64
                  scf.if %v3245 {
                    %v3250 = llvm.getelementptr %v69[%v3249] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3242, %v3250 : f32, !llvm.ptr
                  }
                  %v3251 = arith.select %v42, %v3118, %v82 : f32
                  // sum over the warp's outer points: shuffles
                  %v3252, %v3253 = gpu.shuffle xor %v3251, %v912, %v731 : f32
                  %v3254 = arith.addf %v3251, %v3252 fastmath<contract> : f32
                  %v3255, %v3256 = gpu.shuffle xor %v3254, %v916, %v731 : f32
                  %v3257 = arith.addf %v3254, %v3255 fastmath<contract> : f32
                  %v3258 = arith.divui %v23, %v25 : i64
                  %v3259 = arith.remui %v23, %v25 : i64
                  %v3260 = arith.cmpi ult, %v3259, %v37 : i64
                  %v3261 = arith.addi %v37, %v38 : i64
                  %v3262 = arith.muli %v3258, %v1 : i64
                  %v3263 = arith.addi %v3262, %v3261 : i64
                  %v3264 = arith.muli %v3263, %v925 : i64
                  %v3265 = arith.addi %v3264, %v3004 : i64
                  scf.if %v3260 {
                    %v3266 = llvm.getelementptr %v69[%v3265] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3257, %v3266 : f32, !llvm.ptr
                  }
                  %v3267 = arith.select %v42, %v3168, %v82 : f32
                  // sum over the warp's outer points: shuffles
                  %v3268, %v3269 = gpu.shuffle xor %v3267, %v912, %v731 : f32
                  %v3270 = arith.addf %v3267, %v3268 fastmath<contract> : f32
                  %v3271, %v3272 = gpu.shuffle xor %v3270, %v916, %v731 : f32
                  %v3273 = arith.addf %v3270, %v3271 fastmath<contract> : f32
                  %v3274 = arith.divui %v23, %v25 : i64
                  %v3275 = arith.remui %v23, %v25 : i64
                  %v3276 = arith.cmpi ult, %v3275, %v2 : i64
                  %v3277 = arith.muli %v3274, %v925 : i64
                  %v3278 = arith.addi %v3277, %v3004 : i64
                  scf.if %v3276 {
                    %v3279 = llvm.getelementptr %v71[%v3278] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3273, %v3279 : f32, !llvm.ptr
                  }
                  %v3280 = arith.select %v42, %v3204, %v82 : f32
                  // sum over the warp's outer points: shuffles
                  %v3281, %v3282 = gpu.shuffle xor %v3280, %v912, %v731 : f32
                  %v3283 = arith.addf %v3280, %v3281 fastmath<contract> : f32
                  %v3284, %v3285 = gpu.shuffle xor %v3283, %v916, %v731 : f32
                  %v3286 = arith.addf %v3283, %v3284 fastmath<contract> : f32
                  %v3287 = arith.divui %v23, %v25 : i64
                  %v3288 = arith.remui %v23, %v25 : i64
                  %v3289 = arith.cmpi ult, %v3288, %v2 : i64
                  %v3290 = arith.muli %v3287, %v925 : i64
                  %v3291 = arith.addi %v3290, %v3004 : i64
                  scf.if %v3289 {
                    %v3292 = llvm.getelementptr %v73[%v3291] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3286, %v3292 : f32, !llvm.ptr
                  }
                  llvm.store %v3201, %v62 : f32, !llvm.ptr
                  llvm.store %v3201, %v63 : f32, !llvm.ptr
                  llvm.store %v3201, %v64 : f32, !llvm.ptr
                  llvm.store %v3201, %v65 : f32, !llvm.ptr
                }
              }
            }
          }
          gpu.barrier
          %v3294 = arith.index_cast %v23 : i64 to index
          %v3295 = arith.index_cast %v3293 : i64 to index
          %v3296 = arith.index_cast %v7 : i64 to index
          scf.for %v3297 = %v3294 to %v3295 step %v3296 {
            %v3298 = arith.index_cast %v3297 : index to i64
            %v3302 = arith.remui %v3298, %v25 : i64
            %v3303 = arith.divui %v3298, %v25 : i64
            %v3304 = arith.muli %v434, %v37 : i64
            %v3305 = arith.divui %v3302, %v54 : i64
            %v3306 = arith.addi %v3304, %v3305 : i64
            %v3307 = arith.cmpi slt, %v3306, %v178 : i64
            %v3308 = arith.subi %v178, %v2 : i64
            %v3309 = arith.subi %v3308, %v3306 : i64
            %v3310 = arith.remui %v3302, %v54 : i64
            %v3311 = arith.subi %v159, %v3310 : i64
            %v3312 = arith.muli %v3309, %v54 : i64
            %v3313 = arith.addi %v3312, %v3311 : i64
            %v3314 = arith.cmpi slt, %v3313, %v176 : i64
            %v3315 = arith.andi %v3307, %v3314 : i1
            scf.if %v3315 {
              %v3316 = arith.addi %v174, %v3313 : i64
              %v3317 = arith.remui %v3298, %v25 : i64
              %v3318 = arith.divui %v3298, %v25 : i64
              %v3319 = arith.muli %v3318, %v925 : i64
              %v3320 = arith.addi %v3319, %v3317 : i64
              %v3321 = llvm.getelementptr %v67[%v3320] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3322 = llvm.load %v3321 : !llvm.ptr -> f32
              %v3323 = arith.addi %v1, %v3318 : i64
              %v3324 = arith.muli %v3323, %v925 : i64
              %v3325 = arith.addi %v3324, %v3317 : i64
              %v3326 = llvm.getelementptr %v67[%v3325] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3327 = llvm.load %v3326 : !llvm.ptr -> f32
              %v3328 = arith.addf %v3322, %v3327 fastmath<contract> : f32
              %v3329 = arith.addi %v25, %v3318 : i64
              %v3330 = arith.muli %v3329, %v925 : i64
              %v3331 = arith.addi %v3330, %v3317 : i64
              %v3332 = llvm.getelementptr %v67[%v3331] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3333 = llvm.load %v3332 : !llvm.ptr -> f32
              %v3334 = arith.addf %v3328, %v3333 fastmath<contract> : f32
              %v3336 = arith.addi %v3335, %v3318 : i64
              %v3337 = arith.muli %v3336, %v925 : i64
              %v3338 = arith.addi %v3337, %v3317 : i64
              %v3339 = llvm.getelementptr %v67[%v3338] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3340 = llvm.load %v3339 : !llvm.ptr -> f32
              %v3341 = arith.addf %v3334, %v3340 fastmath<contract> : f32
              %v3342 = arith.addi %v158, %v3318 : i64
              %v3343 = arith.muli %v3342, %v925 : i64
              %v3344 = arith.addi %v3343, %v3317 : i64
              %v3345 = llvm.getelementptr %v67[%v3344] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3346 = llvm.load %v3345 : !llvm.ptr -> f32
              %v3347 = arith.addf %v3341, %v3346 fastmath<contract> : f32
              %v3350 = arith.addi %v3349, %v3318 : i64
              %v3351 = arith.muli %v3350, %v925 : i64
              %v3352 = arith.addi %v3351, %v3317 : i64
              %v3353 = llvm.getelementptr %v67[%v3352] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3354 = llvm.load %v3353 : !llvm.ptr -> f32
              %v3355 = arith.addf %v3347, %v3354 fastmath<contract> : f32
              %v3358 = arith.addi %v3357, %v3318 : i64
              %v3359 = arith.muli %v3358, %v925 : i64
              %v3360 = arith.addi %v3359, %v3317 : i64
              %v3361 = llvm.getelementptr %v67[%v3360] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3362 = llvm.load %v3361 : !llvm.ptr -> f32
              %v3363 = arith.addf %v3355, %v3362 fastmath<contract> : f32
              %v3365 = arith.addi %v3364, %v3318 : i64
              %v3366 = arith.muli %v3365, %v925 : i64
              %v3367 = arith.addi %v3366, %v3317 : i64
              %v3368 = llvm.getelementptr %v67[%v3367] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3369 = llvm.load %v3368 : !llvm.ptr -> f32
              %v3370 = arith.addf %v3363, %v3369 fastmath<contract> : f32
              %v3371 = arith.remui %v3303, %v1 : i64
              %v3372 = arith.divui %v3303, %v1 : i64
              %v3373 = arith.muli %v52, %v193 : i64
              %v3374 = arith.muli %v3316, %v192 : i64
              %v3375 = arith.addi %v3373, %v3374 : i64
              %v3376 = arith.muli %v50, %v1 : i64
              %v3377 = arith.addi %v3375, %v3376 : i64
              %v3378 = arith.addi %v3377, %v3371 : i64
              %v3379 = arith.muli %v36, %v3301 : i64
              %v3380 = arith.addi %v3379, %v3378 : i64
              %v3381 = llvm.getelementptr %part_q[%v3380] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v3370, %v3381 : f32, !llvm.ptr
            }
          }
          %v3382 = arith.index_cast %v23 : i64 to index
          %v3383 = arith.index_cast %v3293 : i64 to index
          %v3384 = arith.index_cast %v7 : i64 to index
          scf.for %v3385 = %v3382 to %v3383 step %v3384 {
            %v3386 = arith.index_cast %v3385 : index to i64
            %v3390 = arith.remui %v3386, %v25 : i64
            %v3391 = arith.divui %v3386, %v25 : i64
            %v3392 = arith.muli %v434, %v37 : i64
            %v3393 = arith.divui %v3390, %v54 : i64
            %v3394 = arith.addi %v3392, %v3393 : i64
            %v3395 = arith.cmpi slt, %v3394, %v178 : i64
            %v3396 = arith.subi %v178, %v2 : i64
            %v3397 = arith.subi %v3396, %v3394 : i64
            %v3398 = arith.remui %v3390, %v54 : i64
            %v3399 = arith.subi %v159, %v3398 : i64
            %v3400 = arith.muli %v3397, %v54 : i64
            %v3401 = arith.addi %v3400, %v3399 : i64
            %v3402 = arith.cmpi slt, %v3401, %v176 : i64
            %v3403 = arith.andi %v3395, %v3402 : i1
            scf.if %v3403 {
              %v3404 = arith.addi %v174, %v3401 : i64
              %v3405 = arith.remui %v3386, %v25 : i64
              %v3406 = arith.divui %v3386, %v25 : i64
              %v3407 = arith.muli %v3406, %v925 : i64
              %v3408 = arith.addi %v3407, %v3405 : i64
              %v3409 = llvm.getelementptr %v69[%v3408] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3410 = llvm.load %v3409 : !llvm.ptr -> f32
              %v3411 = arith.addi %v1, %v3406 : i64
              %v3412 = arith.muli %v3411, %v925 : i64
              %v3413 = arith.addi %v3412, %v3405 : i64
              %v3414 = llvm.getelementptr %v69[%v3413] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3415 = llvm.load %v3414 : !llvm.ptr -> f32
              %v3416 = arith.addf %v3410, %v3415 fastmath<contract> : f32
              %v3417 = arith.addi %v25, %v3406 : i64
              %v3418 = arith.muli %v3417, %v925 : i64
              %v3419 = arith.addi %v3418, %v3405 : i64
              %v3420 = llvm.getelementptr %v69[%v3419] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3421 = llvm.load %v3420 : !llvm.ptr -> f32
              %v3422 = arith.addf %v3416, %v3421 fastmath<contract> : f32
              %v3423 = arith.addi %v3335, %v3406 : i64
              %v3424 = arith.muli %v3423, %v925 : i64
              %v3425 = arith.addi %v3424, %v3405 : i64
              %v3426 = llvm.getelementptr %v69[%v3425] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3427 = llvm.load %v3426 : !llvm.ptr -> f32
              %v3428 = arith.addf %v3422, %v3427 fastmath<contract> : f32
              %v3429 = arith.addi %v158, %v3406 : i64
              %v3430 = arith.muli %v3429, %v925 : i64
              %v3431 = arith.addi %v3430, %v3405 : i64
              %v3432 = llvm.getelementptr %v69[%v3431] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3433 = llvm.load %v3432 : !llvm.ptr -> f32
              %v3434 = arith.addf %v3428, %v3433 fastmath<contract> : f32
              %v3435 = arith.addi %v3349, %v3406 : i64
              %v3436 = arith.muli %v3435, %v925 : i64
              %v3437 = arith.addi %v3436, %v3405 : i64
              %v3438 = llvm.getelementptr %v69[%v3437] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3439 = llvm.load %v3438 : !llvm.ptr -> f32
              %v3440 = arith.addf %v3434, %v3439 fastmath<contract> : f32
              %v3441 = arith.addi %v3357, %v3406 : i64
              %v3442 = arith.muli %v3441, %v925 : i64
              %v3443 = arith.addi %v3442, %v3405 : i64
              %v3444 = llvm.getelementptr %v69[%v3443] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3445 = llvm.load %v3444 : !llvm.ptr -> f32
              %v3446 = arith.addf %v3440, %v3445 fastmath<contract> : f32
              %v3447 = arith.addi %v3364, %v3406 : i64
              %v3448 = arith.muli %v3447, %v925 : i64
              %v3449 = arith.addi %v3448, %v3405 : i64
              %v3450 = llvm.getelementptr %v69[%v3449] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3451 = llvm.load %v3450 : !llvm.ptr -> f32
              %v3452 = arith.addf %v3446, %v3451 fastmath<contract> : f32
              %v3453 = arith.remui %v3391, %v1 : i64
              %v3454 = arith.divui %v3391, %v1 : i64
              %v3455 = arith.muli %v52, %v193 : i64
              %v3456 = arith.muli %v3404, %v192 : i64
              %v3457 = arith.addi %v3455, %v3456 : i64
              %v3458 = arith.muli %v50, %v1 : i64
              %v3459 = arith.addi %v3457, %v3458 : i64
              %v3460 = arith.addi %v3459, %v3453 : i64
              %v3461 = arith.muli %v36, %v3389 : i64
              %v3462 = arith.addi %v3461, %v3460 : i64
              %v3463 = llvm.getelementptr %part_k[%v3462] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v3452, %v3463 : f32, !llvm.ptr
            }
          }
          %v3464 = arith.index_cast %v23 : i64 to index
          %v3465 = arith.index_cast %v25 : i64 to index
          %v3466 = arith.index_cast %v7 : i64 to index
          scf.for %v3467 = %v3464 to %v3465 step %v3466 {
            %v3468 = arith.index_cast %v3467 : index to i64
            %v3471 = arith.remui %v3468, %v25 : i64
            %v3472 = arith.divui %v3468, %v25 : i64
            %v3473 = arith.muli %v434, %v37 : i64
            %v3474 = arith.divui %v3471, %v54 : i64
            %v3475 = arith.addi %v3473, %v3474 : i64
            %v3476 = arith.cmpi slt, %v3475, %v178 : i64
            %v3477 = arith.subi %v178, %v2 : i64
            %v3478 = arith.subi %v3477, %v3475 : i64
            %v3479 = arith.remui %v3471, %v54 : i64
            %v3480 = arith.subi %v159, %v3479 : i64
            %v3481 = arith.muli %v3478, %v54 : i64
            %v3482 = arith.addi %v3481, %v3480 : i64
            %v3483 = arith.cmpi slt, %v3482, %v176 : i64
            %v3484 = arith.andi %v3476, %v3483 : i1
            scf.if %v3484 {
              %v3485 = arith.addi %v174, %v3482 : i64
              %v3486 = arith.remui %v3468, %v25 : i64
              %v3487 = arith.divui %v3468, %v25 : i64
              %v3488 = arith.muli %v3487, %v925 : i64
              %v3489 = arith.addi %v3488, %v3486 : i64
              %v3490 = llvm.getelementptr %v71[%v3489] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3491 = llvm.load %v3490 : !llvm.ptr -> f32
              %v3492 = arith.addi %v2, %v3487 : i64
              %v3493 = arith.muli %v3492, %v925 : i64
              %v3494 = arith.addi %v3493, %v3486 : i64
              %v3495 = llvm.getelementptr %v71[%v3494] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3496 = llvm.load %v3495 : !llvm.ptr -> f32
              %v3497 = arith.addf %v3491, %v3496 fastmath<contract> : f32
              %v3498 = arith.addi %v589, %v3487 : i64
              %v3499 = arith.muli %v3498, %v925 : i64
              %v3500 = arith.addi %v3499, %v3486 : i64
              %v3501 = llvm.getelementptr %v71[%v3500] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3502 = llvm.load %v3501 : !llvm.ptr -> f32
              %v3503 = arith.addf %v3497, %v3502 fastmath<contract> : f32
              %v3504 = arith.addi %v159, %v3487 : i64
              %v3505 = arith.muli %v3504, %v925 : i64
              %v3506 = arith.addi %v3505, %v3486 : i64
              %v3507 = llvm.getelementptr %v71[%v3506] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3508 = llvm.load %v3507 : !llvm.ptr -> f32
              %v3509 = arith.addf %v3503, %v3508 fastmath<contract> : f32
              %v3510 = arith.addi %v54, %v3487 : i64
              %v3511 = arith.muli %v3510, %v925 : i64
              %v3512 = arith.addi %v3511, %v3486 : i64
              %v3513 = llvm.getelementptr %v71[%v3512] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3514 = llvm.load %v3513 : !llvm.ptr -> f32
              %v3515 = arith.addf %v3509, %v3514 fastmath<contract> : f32
              %v3516 = arith.addi %v3348, %v3487 : i64
              %v3517 = arith.muli %v3516, %v925 : i64
              %v3518 = arith.addi %v3517, %v3486 : i64
              %v3519 = llvm.getelementptr %v71[%v3518] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3520 = llvm.load %v3519 : !llvm.ptr -> f32
              %v3521 = arith.addf %v3515, %v3520 fastmath<contract> : f32
              %v3522 = arith.addi %v3356, %v3487 : i64
              %v3523 = arith.muli %v3522, %v925 : i64
              %v3524 = arith.addi %v3523, %v3486 : i64
              %v3525 = llvm.getelementptr %v71[%v3524] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3526 = llvm.load %v3525 : !llvm.ptr -> f32
              %v3527 = arith.addf %v3521, %v3526 fastmath<contract> : f32
              %v3528 = arith.addi %v427, %v3487 : i64
              %v3529 = arith.muli %v3528, %v925 : i64
              %v3530 = arith.addi %v3529, %v3486 : i64
              %v3531 = llvm.getelementptr %v71[%v3530] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3532 = llvm.load %v3531 : !llvm.ptr -> f32
              %v3533 = arith.addf %v3527, %v3532 fastmath<contract> : f32
              %v3534 = arith.muli %v52, %v237 : i64
              %v3535 = arith.muli %v3485, %size_H : i64
              %v3536 = arith.addi %v3534, %v3535 : i64
              %v3537 = arith.addi %v3536, %v50 : i64
              %v3538 = arith.muli %v36, %v3470 : i64
              %v3539 = arith.addi %v3538, %v3537 : i64
              %v3540 = llvm.getelementptr %part_ig[%v3539] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v3533, %v3540 : f32, !llvm.ptr
            }
          }
          %v3541 = arith.index_cast %v23 : i64 to index
          %v3542 = arith.index_cast %v25 : i64 to index
          %v3543 = arith.index_cast %v7 : i64 to index
          scf.for %v3544 = %v3541 to %v3542 step %v3543 {
            %v3545 = arith.index_cast %v3544 : index to i64
            %v3548 = arith.remui %v3545, %v25 : i64
            %v3549 = arith.divui %v3545, %v25 : i64
            %v3550 = arith.muli %v434, %v37 : i64
            %v3551 = arith.divui %v3548, %v54 : i64
            %v3552 = arith.addi %v3550, %v3551 : i64
            %v3553 = arith.cmpi slt, %v3552, %v178 : i64
            %v3554 = arith.subi %v178, %v2 : i64
            %v3555 = arith.subi %v3554, %v3552 : i64
            %v3556 = arith.remui %v3548, %v54 : i64
            %v3557 = arith.subi %v159, %v3556 : i64
            %v3558 = arith.muli %v3555, %v54 : i64
            %v3559 = arith.addi %v3558, %v3557 : i64
            %v3560 = arith.cmpi slt, %v3559, %v176 : i64
            %v3561 = arith.andi %v3553, %v3560 : i1
            scf.if %v3561 {
              %v3562 = arith.addi %v174, %v3559 : i64
              %v3563 = arith.remui %v3545, %v25 : i64
              %v3564 = arith.divui %v3545, %v25 : i64
              %v3565 = arith.muli %v3564, %v925 : i64
              %v3566 = arith.addi %v3565, %v3563 : i64
              %v3567 = llvm.getelementptr %v73[%v3566] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3568 = llvm.load %v3567 : !llvm.ptr -> f32
              %v3569 = arith.addi %v2, %v3564 : i64
              %v3570 = arith.muli %v3569, %v925 : i64
              %v3571 = arith.addi %v3570, %v3563 : i64
              %v3572 = llvm.getelementptr %v73[%v3571] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3573 = llvm.load %v3572 : !llvm.ptr -> f32
              %v3574 = arith.addf %v3568, %v3573 fastmath<contract> : f32
              %v3575 = arith.addi %v589, %v3564 : i64
              %v3576 = arith.muli %v3575, %v925 : i64
              %v3577 = arith.addi %v3576, %v3563 : i64
              %v3578 = llvm.getelementptr %v73[%v3577] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3579 = llvm.load %v3578 : !llvm.ptr -> f32
              %v3580 = arith.addf %v3574, %v3579 fastmath<contract> : f32
              %v3581 = arith.addi %v159, %v3564 : i64
              %v3582 = arith.muli %v3581, %v925 : i64
              %v3583 = arith.addi %v3582, %v3563 : i64
              %v3584 = llvm.getelementptr %v73[%v3583] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3585 = llvm.load %v3584 : !llvm.ptr -> f32
              %v3586 = arith.addf %v3580, %v3585 fastmath<contract> : f32
              %v3587 = arith.addi %v54, %v3564 : i64
              %v3588 = arith.muli %v3587, %v925 : i64
              %v3589 = arith.addi %v3588, %v3563 : i64
              %v3590 = llvm.getelementptr %v73[%v3589] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3591 = llvm.load %v3590 : !llvm.ptr -> f32
              %v3592 = arith.addf %v3586, %v3591 fastmath<contract> : f32
              %v3593 = arith.addi %v3348, %v3564 : i64
              %v3594 = arith.muli %v3593, %v925 : i64
              %v3595 = arith.addi %v3594, %v3563 : i64
              %v3596 = llvm.getelementptr %v73[%v3595] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3597 = llvm.load %v3596 : !llvm.ptr -> f32
              %v3598 = arith.addf %v3592, %v3597 fastmath<contract> : f32
              %v3599 = arith.addi %v3356, %v3564 : i64
              %v3600 = arith.muli %v3599, %v925 : i64
              %v3601 = arith.addi %v3600, %v3563 : i64
              %v3602 = llvm.getelementptr %v73[%v3601] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3603 = llvm.load %v3602 : !llvm.ptr -> f32
              %v3604 = arith.addf %v3598, %v3603 fastmath<contract> : f32
              %v3605 = arith.addi %v427, %v3564 : i64
              %v3606 = arith.muli %v3605, %v925 : i64
              %v3607 = arith.addi %v3606, %v3563 : i64
              %v3608 = llvm.getelementptr %v73[%v3607] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3609 = llvm.load %v3608 : !llvm.ptr -> f32
              %v3610 = arith.addf %v3604, %v3609 fastmath<contract> : f32
              %v3611 = arith.muli %v52, %v237 : i64
              %v3612 = arith.muli %v3562, %size_H : i64
              %v3613 = arith.addi %v3611, %v3612 : i64
              %v3614 = arith.addi %v3613, %v50 : i64
              %v3615 = arith.muli %v36, %v3547 : i64
              %v3616 = arith.addi %v3615, %v3614 : i64
              %v3617 = llvm.getelementptr %part_fg[%v3616] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v3610, %v3617 : f32, !llvm.ptr
            }
          }
          gpu.barrier
        }
      }
      %v3618 = arith.cmpi eq, %v33, %v84 : i64
      scf.if %v3618 {
      }
      gpu.return
    }
  }
}
