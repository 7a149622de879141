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
      %v430 = arith.muli %v2, %size_DV : i64
      %v431 = arith.muli %v430, %size_H : i64
      %v432 = arith.muli %v431, %size_L : i64
      %v464 = arith.constant 7 : i64
      %v629 = arith.constant 2 : i64
      %v741 = arith.constant 2147483647 : i64
      %v745 = arith.constant 3 : i32
      %v774 = arith.constant 1 : i32
      %v775 = arith.constant 32 : i32
      %v779 = arith.constant 2 : i32
      %v783 = arith.constant 4 : i32
      %v820 = arith.constant 0xBF800000 : f32
      %v956 = arith.constant 8 : i32
      %v960 = arith.constant 16 : i32
      %v970 = arith.constant 33 : i64
      %v1651 = arith.constant 0 : i32
      %v1950 = arith.muli %v2, %size_B : i64
      %v1951 = arith.muli %v1950, %size_L : i64
      %v1952 = arith.muli %v1951, %size_H : i64
      %v1953 = arith.muli %v1952, %v1 : i64
      %v1954 = arith.constant 512 : i64
      %v2009 = arith.constant 5 : i64
      %v2017 = arith.constant 6 : i64
      %v2044 = arith.muli %v2, %size_B : i64
      %v2045 = arith.muli %v2044, %size_L : i64
      %v2046 = arith.muli %v2045, %size_H : i64
      %v2047 = arith.muli %v2046, %v1 : i64
      %v2135 = arith.muli %v2, %size_B : i64
      %v2136 = arith.muli %v2135, %size_L : i64
      %v2137 = arith.muli %v2136, %size_H : i64
      %v2221 = arith.muli %v2, %size_B : i64
      %v2222 = arith.muli %v2221, %size_L : i64
      %v2223 = arith.muli %v2222, %size_H : i64
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
              %v429 = arith.mulf %v423, %v428 fastmath<contract> : f32
              %v433 = arith.muli %v53, %v432 : i64
              %v434 = arith.muli %v405, %v431 : i64
              %v435 = arith.addi %v433, %v434 : i64
              %v436 = arith.muli %v51, %v430 : i64
              %v437 = arith.addi %v435, %v436 : i64
              %v438 = arith.muli %v49, %v2 : i64
              %v439 = arith.addi %v437, %v438 : i64
              %v440 = llvm.getelementptr %in_v[%v439] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v441 = llvm.load %v440 : !llvm.ptr -> f32
              %v442 = arith.mulf %v429, %v441 fastmath<contract> : f32
              %v443 = llvm.load %v14 : !llvm.ptr -> f32
              %v444 = arith.mulf %v416, %v443 fastmath<contract> : f32
              %v445 = arith.addf %v444, %v442 fastmath<contract> : f32
              llvm.store %v445, %v14 : f32, !llvm.ptr
              %v446 = arith.constant 8 : i64
              %v447 = arith.addi %v446, %v39 : i64
              %v448 = arith.muli %v447, %v221 : i64
              %v449 = arith.subi %v405, %v191 : i64
              %v450 = arith.addi %v448, %v449 : i64
              %v451 = llvm.getelementptr %v78[%v450] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v452 = llvm.load %v451 : !llvm.ptr -> f32
              %v453 = arith.mulf %v423, %v452 fastmath<contract> : f32
              %v454 = arith.mulf %v453, %v441 fastmath<contract> : f32
              %v455 = llvm.load %v15 : !llvm.ptr -> f32
              %v456 = arith.mulf %v416, %v455 fastmath<contract> : f32
              %v457 = arith.addf %v456, %v454 fastmath<contract> : f32
              llvm.store %v457, %v15 : f32, !llvm.ptr
              %v458 = llvm.load %v16 : !llvm.ptr -> f32
              %v459 = arith.mulf %v416, %v458 fastmath<contract> : f32
              %v460 = arith.addf %v459, %v429 fastmath<contract> : f32
              llvm.store %v460, %v16 : f32, !llvm.ptr
              %v461 = llvm.load %v17 : !llvm.ptr -> f32
              %v462 = arith.mulf %v416, %v461 fastmath<contract> : f32
              %v463 = arith.addf %v462, %v453 fastmath<contract> : f32
              llvm.store %v463, %v17 : f32, !llvm.ptr
            }
          }
        }
        %v465 = arith.addi %v195, %v464 : i64
        %v466 = arith.divui %v465, %v38 : i64
        %v467 = arith.index_cast %v85 : i64 to index
        %v468 = arith.index_cast %v466 : i64 to index
        %v469 = arith.index_cast %v2 : i64 to index
        scf.for %v470 = %v467 to %v468 step %v469 {
          %v471 = arith.index_cast %v470 : index to i64
          %v472 = arith.muli %v471, %v38 : i64
          %v473 = arith.addi %v472, %v38 : i64
          %v474 = arith.index_cast %v472 : i64 to index
          %v475 = arith.index_cast %v473 : i64 to index
          %v476 = arith.index_cast %v2 : i64 to index
          scf.for %v477 = %v474 to %v475 step %v476 {
            %v478 = arith.index_cast %v477 : index to i64
            %v479 = arith.cmpi slt, %v478, %v195 : i64
            scf.if %v479 {
              %v480 = arith.subi %v195, %v2 : i64
              %v481 = arith.subi %v480, %v478 : i64
              %v482 = arith.muli %v481, %v55 : i64
              %v483 = arith.remui %v478, %v38 : i64
              %v484 = arith.muli %v483, %v55 : i64
              %v485 = arith.addi %v181, %v481 : i64
              %v486 = arith.subi %v193, %v2 : i64
              %v487 = arith.muli %v485, %v5 : i64
              %v488 = arith.subi %v5, %v2 : i64
              %v489 = arith.minsi %v45, %v488 : i64
              %v490 = arith.addi %v487, %v489 : i64
              %v491 = arith.muli %v490, %v1 : i64
              %v492 = arith.addi %v491, %v85 : i64
              %v493 = arith.addi %v492, %v39 : i64
              %v494 = llvm.getelementptr %scratch_C[%v493] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v495 = llvm.load %v494 : !llvm.ptr -> f32
              %v496 = arith.muli %v485, %v5 : i64
              %v497 = arith.subi %v5, %v2 : i64
              %v498 = arith.minsi %v45, %v497 : i64
              %v499 = arith.addi %v496, %v498 : i64
              %v500 = arith.muli %v499, %v1 : i64
              %v501 = arith.addi %v500, %v38 : i64
              %v502 = arith.addi %v501, %v39 : i64
              %v503 = llvm.getelementptr %scratch_C[%v502] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v504 = llvm.load %v503 : !llvm.ptr -> f32
              %v505 = arith.muli %v485, %v5 : i64
              %v506 = arith.subi %v5, %v2 : i64
              %v507 = arith.minsi %v45, %v506 : i64
              %v508 = arith.addi %v505, %v507 : i64
              %v509 = arith.muli %v508, %v1 : i64
              %v510 = arith.addi %v509, %v85 : i64
              %v511 = arith.addi %v510, %v39 : i64
              %v512 = llvm.getelementptr %scratch_n[%v511] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v513 = llvm.load %v512 : !llvm.ptr -> f32
              %v514 = arith.muli %v485, %v5 : i64
              %v515 = arith.subi %v5, %v2 : i64
              %v516 = arith.minsi %v45, %v515 : i64
              %v517 = arith.addi %v514, %v516 : i64
              %v518 = arith.muli %v517, %v1 : i64
              %v519 = arith.addi %v518, %v38 : i64
              %v520 = arith.addi %v519, %v39 : i64
              %v521 = llvm.getelementptr %scratch_n[%v520] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v522 = llvm.load %v521 : !llvm.ptr -> f32
              // the group's states, recomputed into registers
              %v523 = arith.addi %v482, %v85 : i64
              %v524 = arith.minsi %v523, %v486 : i64
              %v525 = arith.addi %v191, %v524 : i64
              %v526 = arith.muli %v85, %v221 : i64
              %v527 = arith.subi %v525, %v191 : i64
              %v528 = arith.addi %v526, %v527 : i64
              %v529 = llvm.getelementptr %v82[%v528] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v530 = llvm.load %v529 : !llvm.ptr -> f32
              %v531 = arith.negf %v530 : f32
              %v532 = arith.mulf %v531, %v412 fastmath<contract> : f32
              %v533 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v532) : (f32) -> f32
              %v534 = arith.addf %v84, %v533 fastmath<contract> : f32
              %v535 = arith.divf %v84, %v534 : f32
              %v536 = arith.muli %v85, %v221 : i64
              %v537 = arith.subi %v525, %v191 : i64
              %v538 = arith.addi %v536, %v537 : i64
              %v539 = llvm.getelementptr %v80[%v538] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v540 = llvm.load %v539 : !llvm.ptr -> f32
              %v541 = arith.mulf %v540, %v412 fastmath<contract> : f32
              %v542 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v541) : (f32) -> f32
              %v543 = arith.muli %v39, %v221 : i64
              %v544 = arith.subi %v525, %v191 : i64
              %v545 = arith.addi %v543, %v544 : i64
              %v546 = llvm.getelementptr %v78[%v545] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v547 = llvm.load %v546 : !llvm.ptr -> f32
              %v548 = arith.mulf %v542, %v547 fastmath<contract> : f32
              %v549 = arith.muli %v53, %v432 : i64
              %v550 = arith.muli %v525, %v431 : i64
              %v551 = arith.addi %v549, %v550 : i64
              %v552 = arith.muli %v51, %v430 : i64
              %v553 = arith.addi %v551, %v552 : i64
              %v554 = arith.muli %v49, %v2 : i64
              %v555 = arith.addi %v553, %v554 : i64
              %v556 = llvm.getelementptr %in_v[%v555] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v557 = llvm.load %v556 : !llvm.ptr -> f32
              %v558 = arith.mulf %v548, %v557 fastmath<contract> : f32
              %v559 = arith.mulf %v535, %v495 fastmath<contract> : f32
              %v560 = arith.addf %v559, %v558 fastmath<contract> : f32
              %v561 = arith.constant 8 : i64
              %v562 = arith.addi %v561, %v39 : i64
              %v563 = arith.muli %v562, %v221 : i64
              %v564 = arith.subi %v525, %v191 : i64
              %v565 = arith.addi %v563, %v564 : i64
              %v566 = llvm.getelementptr %v78[%v565] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v567 = llvm.load %v566 : !llvm.ptr -> f32
              %v568 = arith.mulf %v542, %v567 fastmath<contract> : f32
              %v569 = arith.mulf %v568, %v557 fastmath<contract> : f32
              %v570 = arith.mulf %v535, %v504 fastmath<contract> : f32
              %v571 = arith.addf %v570, %v569 fastmath<contract> : f32
              %v572 = arith.mulf %v535, %v513 fastmath<contract> : f32
              %v573 = arith.addf %v572, %v548 fastmath<contract> : f32
              %v574 = arith.mulf %v535, %v522 fastmath<contract> : f32
              %v575 = arith.addf %v574, %v568 fastmath<contract> : f32
              %v576 = arith.addi %v482, %v2 : i64
              %v577 = arith.minsi %v576, %v486 : i64
              %v578 = arith.addi %v191, %v577 : i64
              %v579 = arith.muli %v85, %v221 : i64
              %v580 = arith.subi %v578, %v191 : i64
              %v581 = arith.addi %v579, %v580 : i64
              %v582 = llvm.getelementptr %v82[%v581] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v583 = llvm.load %v582 : !llvm.ptr -> f32
              %v584 = arith.negf %v583 : f32
              %v585 = arith.mulf %v584, %v412 fastmath<contract> : f32
              %v586 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v585) : (f32) -> f32
              %v587 = arith.addf %v84, %v586 fastmath<contract> : f32
              %v588 = arith.divf %v84, %v587 : f32
              %v589 = arith.muli %v85, %v221 : i64
              %v590 = arith.subi %v578, %v191 : i64
              %v591 = arith.addi %v589, %v590 : i64
              %v592 = llvm.getelementptr %v80[%v591] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v593 = llvm.load %v592 : !llvm.ptr -> f32
              %v594 = arith.mulf %v593, %v412 fastmath<contract> : f32
              %v595 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v594) : (f32) -> f32
              %v596 = arith.muli %v39, %v221 : i64
              %v597 = arith.subi %v578, %v191 : i64
              %v598 = arith.addi %v596, %v597 : i64
              %v599 = llvm.getelementptr %v78[%v598] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v600 = llvm.load %v599 : !llvm.ptr -> f32
              %v601 = arith.mulf %v595, %v600 fastmath<contract> : f32
              %v602 = arith.muli %v53, %v432 : i64
              %v603 = arith.muli %v578, %v431 : i64
              %v604 = arith.addi %v602, %v603 : i64
              %v605 = arith.muli %v51, %v430 : i64
              %v606 = arith.addi %v604, %v605 : i64
              %v607 = arith.muli %v49, %v2 : i64
              %v608 = arith.addi %v606, %v607 : i64
              %v609 = llvm.getelementptr %in_v[%v608] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v610 = llvm.load %v609 : !llvm.ptr -> f32
              %v611 = arith.mulf %v601, %v610 fastmath<contract> : f32
              %v612 = arith.mulf %v588, %v560 fastmath<contract> : f32
              %v613 = arith.addf %v612, %v611 fastmath<contract> : f32
              %v614 = arith.constant 8 : i64
              %v615 = arith.addi %v614, %v39 : i64
              %v616 = arith.muli %v615, %v221 : i64
              %v617 = arith.subi %v578, %v191 : i64
              %v618 = arith.addi %v616, %v617 : i64
              %v619 = llvm.getelementptr %v78[%v618] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v620 = llvm.load %v619 : !llvm.ptr -> f32
              %v621 = arith.mulf %v595, %v620 fastmath<contract> : f32
              %v622 = arith.mulf %v621, %v610 fastmath<contract> : f32
              %v623 = arith.mulf %v588, %v571 fastmath<contract> : f32
              %v624 = arith.addf %v623, %v622 fastmath<contract> : f32
              %v625 = arith.mulf %v588, %v573 fastmath<contract> : f32
              %v626 = arith.addf %v625, %v601 fastmath<contract> : f32
              %v627 = arith.mulf %v588, %v575 fastmath<contract> : f32
              %v628 = arith.addf %v627, %v621 fastmath<contract> : f32
              %v630 = arith.addi %v482, %v629 : i64
              %v631 = arith.minsi %v630, %v486 : i64
              %v632 = arith.addi %v191, %v631 : i64
              %v633 = arith.muli %v85, %v221 : i64
              %v634 = arith.subi %v632, %v191 : i64
              %v635 = arith.addi %v633, %v634 : i64
              %v636 = llvm.getelementptr %v82[%v635] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v637 = llvm.load %v636 : !llvm.ptr -> f32
              %v638 = arith.negf %v637 : f32
              %v639 = arith.mulf %v638, %v412 fastmath<contract> : f32
              %v640 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v639) : (f32) -> f32
              %v641 = arith.addf %v84, %v640 fastmath<contract> : f32
              %v642 = arith.divf %v84, %v641 : f32
              %v643 = arith.muli %v85, %v221 : i64
              %v644 = arith.subi %v632, %v191 : i64
              %v645 = arith.addi %v643, %v644 : i64
              %v646 = llvm.getelementptr %v80[%v645] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v647 = llvm.load %v646 : !llvm.ptr -> f32
              %v648 = arith.mulf %v647, %v412 fastmath<contract> : f32
              %v649 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v648) : (f32) -> f32
              %v650 = arith.muli %v39, %v221 : i64
              %v651 = arith.subi %v632, %v191 : i64
              %v652 = arith.addi %v650, %v651 : i64
              %v653 = llvm.getelementptr %v78[%v652] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v654 = llvm.load %v653 : !llvm.ptr -> f32
              %v655 = arith.mulf %v649, %v654 fastmath<contract> : f32
              %v656 = arith.muli %v53, %v432 : i64
              %v657 = arith.muli %v632, %v431 : i64
              %v658 = arith.addi %v656, %v657 : i64
              %v659 = arith.muli %v51, %v430 : i64
              %v660 = arith.addi %v658, %v659 : i64
              %v661 = arith.muli %v49, %v2 : i64
              %v662 = arith.addi %v660, %v661 : i64
              %v663 = llvm.getelementptr %in_v[%v662] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v664 = llvm.load %v663 : !llvm.ptr -> f32
              %v665 = arith.mulf %v655, %v664 fastmath<contract> : f32
              %v666 = arith.mulf %v642, %v613 fastmath<contract> : f32
              %v667 = arith.addf %v666, %v665 fastmath<contract> : f32
              %v668 = arith.constant 8 : i64
              %v669 = arith.addi %v668, %v39 : i64
              %v670 = arith.muli %v669, %v221 : i64
              %v671 = arith.subi %v632, %v191 : i64
              %v672 = arith.addi %v670, %v671 : i64
              %v673 = llvm.getelementptr %v78[%v672] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v674 = llvm.load %v673 : !llvm.ptr -> f32
              %v675 = arith.mulf %v649, %v674 fastmath<contract> : f32
              %v676 = arith.mulf %v675, %v664 fastmath<contract> : f32
              %v677 = arith.mulf %v642, %v624 fastmath<contract> : f32
              %v678 = arith.addf %v677, %v676 fastmath<contract> : f32
              %v679 = arith.mulf %v642, %v626 fastmath<contract> : f32
              %v680 = arith.addf %v679, %v655 fastmath<contract> : f32
              %v681 = arith.mulf %v642, %v628 fastmath<contract> : f32
              %v682 = arith.addf %v681, %v675 fastmath<contract> : f32
              %v683 = arith.addi %v482, %v176 : i64
              %v684 = arith.minsi %v683, %v486 : i64
              %v685 = arith.addi %v191, %v684 : i64
              %v686 = arith.muli %v85, %v221 : i64
              %v687 = arith.subi %v685, %v191 : i64
              %v688 = arith.addi %v686, %v687 : i64
              %v689 = llvm.getelementptr %v82[%v688] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v690 = llvm.load %v689 : !llvm.ptr -> f32
              %v691 = arith.negf %v690 : f32
              %v692 = arith.mulf %v691, %v412 fastmath<contract> : f32
              %v693 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v692) : (f32) -> f32
              %v694 = arith.addf %v84, %v693 fastmath<contract> : f32
              %v695 = arith.divf %v84, %v694 : f32
              %v696 = arith.muli %v85, %v221 : i64
              %v697 = arith.subi %v685, %v191 : i64
              %v698 = arith.addi %v696, %v697 : i64
              %v699 = llvm.getelementptr %v80[%v698] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v700 = llvm.load %v699 : !llvm.ptr -> f32
              %v701 = arith.mulf %v700, %v412 fastmath<contract> : f32
              %v702 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v701) : (f32) -> f32
              %v703 = arith.muli %v39, %v221 : i64
              %v704 = arith.subi %v685, %v191 : i64
              %v705 = arith.addi %v703, %v704 : i64
              %v706 = llvm.getelementptr %v78[%v705] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v707 = llvm.load %v706 : !llvm.ptr -> f32
              %v708 = arith.mulf %v702, %v707 fastmath<contract> : f32
              %v709 = arith.muli %v53, %v432 : i64
              %v710 = arith.muli %v685, %v431 : i64
              %v711 = arith.addi %v709, %v710 : i64
              %v712 = arith.muli %v51, %v430 : i64
              %v713 = arith.addi %v711, %v712 : i64
              %v714 = arith.muli %v49, %v2 : i64
              %v715 = arith.addi %v713, %v714 : i64
              %v716 = llvm.getelementptr %in_v[%v715] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v717 = llvm.load %v716 : !llvm.ptr -> f32
              %v718 = arith.mulf %v708, %v717 fastmath<contract> : f32
              %v719 = arith.mulf %v695, %v667 fastmath<contract> : f32
              %v720 = arith.addf %v719, %v718 fastmath<contract> : f32
              %v721 = arith.constant 8 : i64
              %v722 = arith.addi %v721, %v39 : i64
              %v723 = arith.muli %v722, %v221 : i64
              %v724 = arith.subi %v685, %v191 : i64
              %v725 = arith.addi %v723, %v724 : i64
              %v726 = llvm.getelementptr %v78[%v725] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v727 = llvm.load %v726 : !llvm.ptr -> f32
              %v728 = arith.mulf %v702, %v727 fastmath<contract> : f32
              %v729 = arith.mulf %v728, %v717 fastmath<contract> : f32
              %v730 = arith.mulf %v695, %v678 fastmath<contract> : f32
              %v731 = arith.addf %v730, %v729 fastmath<contract> : f32
              %v732 = arith.mulf %v695, %v680 fastmath<contract> : f32
              %v733 = arith.addf %v732, %v708 fastmath<contract> : f32
              %v734 = arith.mulf %v695, %v682 fastmath<contract> : f32
              %v735 = arith.addf %v734, %v728 fastmath<contract> : f32
              %v736 = arith.subi %v193, %v482 : i64
              %v737 = arith.trunci %v736 : i64 to i32
              %v738 = arith.subi %size_L, %v2 : i64
              %v739 = arith.addi %v191, %v482 : i64
              %v740 = arith.subi %v738, %v739 : i64
              %v742 = arith.minsi %v740, %v741 : i64
              %v743 = arith.trunci %v742 : i64 to i32
              %v744 = arith.addi %v482, %v176 : i64
              %v746 = arith.cmpi slt, %v745, %v737 : i32
              %v747 = arith.cmpi eq, %v745, %v743 : i32
              %v748 = arith.addi %v484, %v85 : i64
              scf.if %v746 {
                %v749 = arith.addi %v191, %v744 : i64
                %v750 = arith.muli %v39, %v221 : i64
                %v751 = arith.subi %v749, %v191 : i64
                %v752 = arith.addi %v750, %v751 : i64
                %v753 = llvm.getelementptr %v76[%v752] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v754 = llvm.load %v753 : !llvm.ptr -> f32
                %v755 = arith.muli %v53, %v432 : i64
                %v756 = arith.muli %v749, %v431 : i64
                %v757 = arith.addi %v755, %v756 : i64
                %v758 = arith.muli %v51, %v430 : i64
                %v759 = arith.addi %v757, %v758 : i64
                %v760 = arith.muli %v49, %v2 : i64
                %v761 = arith.addi %v759, %v760 : i64
                %v762 = llvm.getelementptr %dy_o[%v761] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v763 = llvm.load %v762 : !llvm.ptr -> f32
                %v764 = arith.mulf %v754, %v733 fastmath<contract> : f32
                %v765 = arith.constant 8 : i64
                %v766 = arith.addi %v765, %v39 : i64
                %v767 = arith.muli %v766, %v221 : i64
                %v768 = arith.subi %v749, %v191 : i64
                %v769 = arith.addi %v767, %v768 : i64
                %v770 = llvm.getelementptr %v76[%v769] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v771 = llvm.load %v770 : !llvm.ptr -> f32
                %v772 = arith.mulf %v771, %v735 fastmath<contract> : f32
                %v773 = arith.addf %v764, %v772 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v776, %v777 = gpu.shuffle xor %v773, %v774, %v775 : f32
                %v778 = arith.addf %v773, %v776 fastmath<contract> : f32
                %v780, %v781 = gpu.shuffle xor %v778, %v779, %v775 : f32
                %v782 = arith.addf %v778, %v780 fastmath<contract> : f32
                %v784, %v785 = gpu.shuffle xor %v782, %v783, %v775 : f32
                %v786 = arith.addf %v782, %v784 fastmath<contract> : f32
                // end sum over the lanes
                %v787 = llvm.call_intrinsic "llvm.fabs.f32"(%v786) : (f32) -> f32
                %v788 = arith.maximumf %v84, %v787 : f32
                %v789 = arith.divf %v763, %v788 : f32
                %v790 = arith.mulf %v754, %v789 fastmath<contract> : f32
                %v791 = llvm.load %v59 : !llvm.ptr -> f32
                %v792 = llvm.load %v63 : !llvm.ptr -> f32
                %v793 = arith.mulf %v792, %v791 fastmath<contract> : f32
                %v794 = arith.addf %v790, %v793 fastmath<contract> : f32
                llvm.store %v794, %v59 : f32, !llvm.ptr
                %v795 = arith.mulf %v771, %v789 fastmath<contract> : f32
                %v796 = llvm.load %v60 : !llvm.ptr -> f32
                %v797 = llvm.load %v64 : !llvm.ptr -> f32
                %v798 = arith.mulf %v797, %v796 fastmath<contract> : f32
                %v799 = arith.addf %v795, %v798 fastmath<contract> : f32
                llvm.store %v799, %v60 : f32, !llvm.ptr
                %v800 = arith.mulf %v754, %v720 fastmath<contract> : f32
                %v801 = arith.mulf %v771, %v731 fastmath<contract> : f32
                %v802 = arith.addf %v800, %v801 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v803, %v804 = gpu.shuffle xor %v802, %v774, %v775 : f32
                %v805 = arith.addf %v802, %v803 fastmath<contract> : f32
                %v806, %v807 = gpu.shuffle xor %v805, %v779, %v775 : f32
                %v808 = arith.addf %v805, %v806 fastmath<contract> : f32
                %v809, %v810 = gpu.shuffle xor %v808, %v783, %v775 : f32
                %v811 = arith.addf %v808, %v809 fastmath<contract> : f32
                // end sum over the lanes
                %v812 = arith.divf %v811, %v788 : f32
                %v813 = arith.divf %v812, %v788 : f32
                %v814 = arith.mulf %v763, %v813 fastmath<contract> : f32
                %v815 = arith.negf %v814 : f32
                %v816 = arith.cmpf oge, %v84, %v787 : f32
                %v817 = arith.select %v816, %v84, %v83 : f32
                %v818 = arith.subf %v84, %v817 fastmath<contract> : f32
                %v819 = arith.mulf %v815, %v818 fastmath<contract> : f32
                %v821 = arith.cmpf olt, %v786, %v83 : f32
                %v822 = arith.select %v821, %v820, %v83 : f32
                %v823 = arith.cmpf ogt, %v786, %v83 : f32
                %v824 = arith.select %v823, %v84, %v822 : f32
                %v825 = arith.mulf %v819, %v824 fastmath<contract> : f32
                %v826 = arith.mulf %v754, %v825 fastmath<contract> : f32
                %v827 = llvm.load %v61 : !llvm.ptr -> f32
                %v828 = llvm.load %v65 : !llvm.ptr -> f32
                %v829 = arith.mulf %v828, %v827 fastmath<contract> : f32
                %v830 = arith.addf %v826, %v829 fastmath<contract> : f32
                llvm.store %v830, %v61 : f32, !llvm.ptr
                %v831 = arith.mulf %v771, %v825 fastmath<contract> : f32
                %v832 = llvm.load %v62 : !llvm.ptr -> f32
                %v833 = llvm.load %v66 : !llvm.ptr -> f32
                %v834 = arith.mulf %v833, %v832 fastmath<contract> : f32
                %v835 = arith.addf %v831, %v834 fastmath<contract> : f32
                llvm.store %v835, %v62 : f32, !llvm.ptr
                scf.if %v747 {
                }
                %v836 = arith.mulf %v733, %v825 fastmath<contract> : f32
                %v837 = arith.mulf %v720, %v789 fastmath<contract> : f32
                %v838 = arith.addf %v836, %v837 fastmath<contract> : f32
                %v839 = arith.mulf %v735, %v825 fastmath<contract> : f32
                %v840 = arith.mulf %v731, %v789 fastmath<contract> : f32
                %v841 = arith.addf %v839, %v840 fastmath<contract> : f32
                %v842 = arith.muli %v85, %v221 : i64
                %v843 = arith.subi %v749, %v191 : i64
                %v844 = arith.addi %v842, %v843 : i64
                %v845 = llvm.getelementptr %v80[%v844] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v846 = llvm.load %v845 : !llvm.ptr -> f32
                %v847 = arith.mulf %v846, %v412 fastmath<contract> : f32
                %v848 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v847) : (f32) -> f32
                %v849 = llvm.load %v61 : !llvm.ptr -> f32
                %v850 = arith.muli %v53, %v432 : i64
                %v851 = arith.muli %v749, %v431 : i64
                %v852 = arith.addi %v850, %v851 : i64
                %v853 = arith.muli %v51, %v430 : i64
                %v854 = arith.addi %v852, %v853 : i64
                %v855 = arith.muli %v49, %v2 : i64
                %v856 = arith.addi %v854, %v855 : i64
                %v857 = llvm.getelementptr %in_v[%v856] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v858 = llvm.load %v857 : !llvm.ptr -> f32
                %v859 = llvm.load %v59 : !llvm.ptr -> f32
                %v860 = arith.mulf %v858, %v859 fastmath<contract> : f32
                %v861 = arith.addf %v849, %v860 fastmath<contract> : f32
                %v862 = arith.mulf %v848, %v861 fastmath<contract> : f32
                %v863 = llvm.load %v62 : !llvm.ptr -> f32
                %v864 = llvm.load %v60 : !llvm.ptr -> f32
                %v865 = arith.mulf %v858, %v864 fastmath<contract> : f32
                %v866 = arith.addf %v863, %v865 fastmath<contract> : f32
                %v867 = arith.mulf %v848, %v866 fastmath<contract> : f32
                %v868 = arith.muli %v39, %v221 : i64
                %v869 = arith.subi %v749, %v191 : i64
                %v870 = arith.addi %v868, %v869 : i64
                %v871 = llvm.getelementptr %v78[%v870] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v872 = llvm.load %v871 : !llvm.ptr -> f32
                %v873 = arith.mulf %v848, %v872 fastmath<contract> : f32
                %v874 = arith.mulf %v873, %v859 fastmath<contract> : f32
                %v875 = arith.constant 8 : i64
                %v876 = arith.addi %v875, %v39 : i64
                %v877 = arith.muli %v876, %v221 : i64
                %v878 = arith.subi %v749, %v191 : i64
                %v879 = arith.addi %v877, %v878 : i64
                %v880 = llvm.getelementptr %v78[%v879] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v881 = llvm.load %v880 : !llvm.ptr -> f32
                %v882 = arith.mulf %v848, %v881 fastmath<contract> : f32
                %v883 = arith.mulf %v882, %v864 fastmath<contract> : f32
                %v884 = arith.addf %v874, %v883 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v885, %v886 = gpu.shuffle xor %v884, %v774, %v775 : f32
                %v887 = arith.addf %v884, %v885 fastmath<contract> : f32
                %v888, %v889 = gpu.shuffle xor %v887, %v779, %v775 : f32
                %v890 = arith.addf %v887, %v888 fastmath<contract> : f32
                %v891, %v892 = gpu.shuffle xor %v890, %v783, %v775 : f32
                %v893 = arith.addf %v890, %v891 fastmath<contract> : f32
                // end sum over the lanes
                %v894 = arith.cmpi eq, %v39, %v85 : i64
                %v895 = arith.andi %v43, %v894 : i1
                scf.if %v895 {
                  %v896 = arith.muli %v53, %v432 : i64
                  %v897 = arith.muli %v749, %v431 : i64
                  %v898 = arith.addi %v896, %v897 : i64
                  %v899 = arith.muli %v51, %v430 : i64
                  %v900 = arith.addi %v898, %v899 : i64
                  %v901 = arith.muli %v49, %v2 : i64
                  %v902 = arith.addi %v900, %v901 : i64
                  %v903 = llvm.getelementptr %dx_v[%v902] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v893, %v903 : f32, !llvm.ptr
                }
                %v904 = arith.mulf %v872, %v861 fastmath<contract> : f32
                %v905 = arith.mulf %v881, %v866 fastmath<contract> : f32
                %v906 = arith.addf %v904, %v905 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v907, %v908 = gpu.shuffle xor %v906, %v774, %v775 : f32
                %v909 = arith.addf %v906, %v907 fastmath<contract> : f32
                %v910, %v911 = gpu.shuffle xor %v909, %v779, %v775 : f32
                %v912 = arith.addf %v909, %v910 fastmath<contract> : f32
                %v913, %v914 = gpu.shuffle xor %v912, %v783, %v775 : f32
                %v915 = arith.addf %v912, %v913 fastmath<contract> : f32
                // end sum over the lanes
                %v916 = arith.mulf %v848, %v915 fastmath<contract> : f32
                %v917 = arith.mulf %v667, %v859 fastmath<contract> : f32
                %v918 = arith.mulf %v678, %v864 fastmath<contract> : f32
                %v919 = arith.addf %v917, %v918 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v920, %v921 = gpu.shuffle xor %v919, %v774, %v775 : f32
                %v922 = arith.addf %v919, %v920 fastmath<contract> : f32
                %v923, %v924 = gpu.shuffle xor %v922, %v779, %v775 : f32
                %v925 = arith.addf %v922, %v923 fastmath<contract> : f32
                %v926, %v927 = gpu.shuffle xor %v925, %v783, %v775 : f32
                %v928 = arith.addf %v925, %v926 fastmath<contract> : f32
                // end sum over the lanes
                %v929 = arith.mulf %v680, %v849 fastmath<contract> : f32
                %v930 = arith.mulf %v682, %v863 fastmath<contract> : f32
                %v931 = arith.addf %v929, %v930 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v932, %v933 = gpu.shuffle xor %v931, %v774, %v775 : f32
                %v934 = arith.addf %v931, %v932 fastmath<contract> : f32
                %v935, %v936 = gpu.shuffle xor %v934, %v779, %v775 : f32
                %v937 = arith.addf %v934, %v935 fastmath<contract> : f32
                %v938, %v939 = gpu.shuffle xor %v937, %v783, %v775 : f32
                %v940 = arith.addf %v937, %v938 fastmath<contract> : f32
                // end sum over the lanes
                %v941 = arith.addf %v928, %v940 fastmath<contract> : f32
                %v942 = arith.muli %v85, %v221 : i64
                %v943 = arith.subi %v749, %v191 : i64
                %v944 = arith.addi %v942, %v943 : i64
                %v945 = llvm.getelementptr %v82[%v944] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v946 = llvm.load %v945 : !llvm.ptr -> f32
                %v947 = arith.negf %v946 : f32
                %v948 = arith.mulf %v947, %v412 fastmath<contract> : f32
                %v949 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v948) : (f32) -> f32
                %v950 = arith.addf %v84, %v949 fastmath<contract> : f32
                %v951 = arith.divf %v84, %v950 : f32
                %v952 = arith.subf %v84, %v951 fastmath<contract> : f32
                %v953 = arith.mulf %v951, %v952 fastmath<contract> : f32
                %v954 = arith.mulf %v941, %v953 fastmath<contract> : f32
                %v955 = arith.select %v43, %v838, %v83 : f32
                // sum over the warp's outer points: shuffles
                %v957, %v958 = gpu.shuffle xor %v955, %v956, %v775 : f32
                %v959 = arith.addf %v955, %v957 fastmath<contract> : f32
                %v961, %v962 = gpu.shuffle xor %v959, %v960, %v775 : f32
                %v963 = arith.addf %v959, %v961 fastmath<contract> : f32
                %v964 = arith.divui %v24, %v26 : i64
                %v965 = arith.remui %v24, %v26 : i64
                %v966 = arith.cmpi ult, %v965, %v38 : i64
                %v967 = arith.addi %v85, %v39 : i64
                %v968 = arith.muli %v964, %v1 : i64
                %v969 = arith.addi %v968, %v967 : i64
                %v971 = arith.muli %v969, %v970 : i64
                %v972 = arith.addi %v971, %v748 : i64
                scf.if %v966 {
                  %v973 = llvm.getelementptr %v68[%v972] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v963, %v973 : f32, !llvm.ptr
                }
                %v974 = arith.select %v43, %v841, %v83 : f32
                // sum over the warp's outer points: shuffles
                %v975, %v976 = gpu.shuffle xor %v974, %v956, %v775 : f32
                %v977 = arith.addf %v974, %v975 fastmath<contract> : f32
                %v978, %v979 = gpu.shuffle xor %v977, %v960, %v775 : f32
                %v980 = arith.addf %v977, %v978 fastmath<contract> : f32
                %v981 = arith.divui %v24, %v26 : i64
                %v982 = arith.remui %v24, %v26 : i64
                %v983 = arith.cmpi ult, %v982, %v38 : i64
                %v984 = arith.addi %v38, %v39 : i64
                %v985 = arith.muli %v981, %v1 : i64
                %v986 = arith.addi %v985, %v984 : i64
                %v987 = arith.muli %v986, %v970 : i64
                %v988 = arith.addi %v987, %v748 : i64
                scf.if %v983 {
                  %v989 = llvm.getelementptr %v68[%v988] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v980, %v989 : f32, !llvm.ptr
                }
                %v990 = arith.select %v43, %v862, %v83 : f32
                // sum over the warp's outer points: shuffles
                %v991, %v992 = gpu.shuffle xor %v990, %v956, %v775 : f32
                %v993 = arith.addf %v990, %v991 fastmath<contract> : f32
                %v994, %v995 = gpu.shuffle xor %v993, %v960, %v775 : f32
                %v996 = arith.addf %v993, %v994 fastmath<contract> : f32
                %v997 = arith.divui %v24, %v26 : i64
                %v998 = arith.remui %v24, %v26 : i64
                %v999 = arith.cmpi ult, %v998, %v38 : i64
                %v1000 = arith.addi %v85, %v39 : i64
                %v1001 = arith.muli %v997, %v1 : i64
                %v1002 = arith.addi %v1001, %v1000 : i64
                %v1003 = arith.muli %v1002, %v970 : i64
                %v1004 = arith.addi %v1003, %v748 : i64
                scf.if %v999 {
                  %v1005 = llvm.getelementptr %v70[%v1004] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v996, %v1005 : f32, !llvm.ptr
                }
                %v1006 = arith.select %v43, %v867, %v83 : f32
                // sum over the warp's outer points: shuffles
                %v1007, %v1008 = gpu.shuffle xor %v1006, %v956, %v775 : f32
                %v1009 = arith.addf %v1006, %v1007 fastmath<contract> : f32
                %v1010, %v1011 = gpu.shuffle xor %v1009, %v960, %v775 : f32
                %v1012 = arith.addf %v1009, %v1010 fastmath<contract> : f32
                %v1013 = arith.divui %v24, %v26 : i64
                %v1014 = arith.remui %v24, %v26 : i64
                %v1015 = arith.cmpi ult, %v1014, %v38 : i64
                %v1016 = arith.addi %v38, %v39 : i64
                %v1017 = arith.muli %v1013, %v1 : i64
                %v1018 = arith.addi %v1017, %v1016 : i64
                %v1019 = arith.muli %v1018, %v970 : i64
                %v1020 = arith.addi %v1019, %v748 : i64
                scf.if %v1015 {
                  %v1021 = llvm.getelementptr %v70[%v1020] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1012, %v1021 : f32, !llvm.ptr
                }
                %v1022 = arith.select %v43, %v916, %v83 : f32
                // sum over the warp's outer points: shuffles
                %v1023, %v1024 = gpu.shuffle xor %v1022, %v956, %v775 : f32
                %v1025 = arith.addf %v1022, %v1023 fastmath<contract> : f32
                %v1026, %v1027 = gpu.shuffle xor %v1025, %v960, %v775 : f32
                %v1028 = arith.addf %v1025, %v1026 fastmath<contract> : f32
                %v1029 = arith.divui %v24, %v26 : i64
                %v1030 = arith.remui %v24, %v26 : i64
                %v1031 = arith.cmpi ult, %v1030, %v2 : i64
                %v1032 = arith.muli %v1029, %v2 : i64
                %v1033 = arith.addi %v1032, %v85 : i64
                %v1034 = arith.muli %v1033, %v970 : i64
                %v1035 = arith.addi %v1034, %v748 : i64
                scf.if %v1031 {
                  %v1036 = llvm.getelementptr %v72[%v1035] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1028, %v1036 : f32, !llvm.ptr
                }
                %v1037 = arith.select %v43, %v954, %v83 : f32
                // sum over the warp's outer points: shuffles
                %v1038, %v1039 = gpu.shuffle xor %v1037, %v956, %v775 : f32
                %v1040 = arith.addf %v1037, %v1038 fastmath<contract> : f32
                %v1041, %v1042 = gpu.shuffle xor %v1040, %v960, %v775 : f32
                %v1043 = arith.addf %v1040, %v1041 fastmath<contract> : f32
                %v1044 = arith.divui %v24, %v26 : i64
                %v1045 = arith.remui %v24, %v26 : i64
                %v1046 = arith.cmpi ult, %v1045, %v2 : i64
                %v1047 = arith.muli %v1044, %v2 : i64
                %v1048 = arith.addi %v1047, %v85 : i64
                %v1049 = arith.muli %v1048, %v970 : i64
                %v1050 = arith.addi %v1049, %v748 : i64
                scf.if %v1046 {
                  %v1051 = llvm.getelementptr %v74[%v1050] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1043, %v1051 : f32, !llvm.ptr
                }
                llvm.store %v951, %v63 : f32, !llvm.ptr
                llvm.store %v951, %v64 : f32, !llvm.ptr
                llvm.store %v951, %v65 : f32, !llvm.ptr
                llvm.store %v951, %v66 : f32, !llvm.ptr
              }
              %v1052 = arith.addi %v482, %v629 : i64
              %v1053 = arith.cmpi slt, %v779, %v737 : i32
              %v1054 = arith.cmpi eq, %v779, %v743 : i32
              %v1055 = arith.addi %v484, %v2 : i64
              scf.if %v1053 {
                %v1056 = arith.addi %v191, %v1052 : i64
                %v1057 = arith.muli %v39, %v221 : i64
                %v1058 = arith.subi %v1056, %v191 : i64
                %v1059 = arith.addi %v1057, %v1058 : i64
                %v1060 = llvm.getelementptr %v76[%v1059] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1061 = llvm.load %v1060 : !llvm.ptr -> f32
                %v1062 = arith.muli %v53, %v432 : i64
                %v1063 = arith.muli %v1056, %v431 : i64
                %v1064 = arith.addi %v1062, %v1063 : i64
                %v1065 = arith.muli %v51, %v430 : i64
                %v1066 = arith.addi %v1064, %v1065 : i64
                %v1067 = arith.muli %v49, %v2 : i64
                %v1068 = arith.addi %v1066, %v1067 : i64
                %v1069 = llvm.getelementptr %dy_o[%v1068] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1070 = llvm.load %v1069 : !llvm.ptr -> f32
                %v1071 = arith.mulf %v1061, %v680 fastmath<contract> : f32
                %v1072 = arith.constant 8 : i64
                %v1073 = arith.addi %v1072, %v39 : i64
                %v1074 = arith.muli %v1073, %v221 : i64
                %v1075 = arith.subi %v1056, %v191 : i64
                %v1076 = arith.addi %v1074, %v1075 : i64
                %v1077 = llvm.getelementptr %v76[%v1076] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1078 = llvm.load %v1077 : !llvm.ptr -> f32
                %v1079 = arith.mulf %v1078, %v682 fastmath<contract> : f32
                %v1080 = arith.addf %v1071, %v1079 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1081, %v1082 = gpu.shuffle xor %v1080, %v774, %v775 : f32
                %v1083 = arith.addf %v1080, %v1081 fastmath<contract> : f32
                %v1084, %v1085 = gpu.shuffle xor %v1083, %v779, %v775 : f32
                %v1086 = arith.addf %v1083, %v1084 fastmath<contract> : f32
                %v1087, %v1088 = gpu.shuffle xor %v1086, %v783, %v775 : f32
                %v1089 = arith.addf %v1086, %v1087 fastmath<contract> : f32
                // end sum over the lanes
                %v1090 = llvm.call_intrinsic "llvm.fabs.f32"(%v1089) : (f32) -> f32
                %v1091 = arith.maximumf %v84, %v1090 : f32
                %v1092 = arith.divf %v1070, %v1091 : f32
                %v1093 = arith.mulf %v1061, %v1092 fastmath<contract> : f32
                %v1094 = llvm.load %v59 : !llvm.ptr -> f32
                %v1095 = llvm.load %v63 : !llvm.ptr -> f32
                %v1096 = arith.mulf %v1095, %v1094 fastmath<contract> : f32
                %v1097 = arith.addf %v1093, %v1096 fastmath<contract> : f32
                llvm.store %v1097, %v59 : f32, !llvm.ptr
                %v1098 = arith.mulf %v1078, %v1092 fastmath<contract> : f32
                %v1099 = llvm.load %v60 : !llvm.ptr -> f32
                %v1100 = llvm.load %v64 : !llvm.ptr -> f32
                %v1101 = arith.mulf %v1100, %v1099 fastmath<contract> : f32
                %v1102 = arith.addf %v1098, %v1101 fastmath<contract> : f32
                llvm.store %v1102, %v60 : f32, !llvm.ptr
                %v1103 = arith.mulf %v1061, %v667 fastmath<contract> : f32
                %v1104 = arith.mulf %v1078, %v678 fastmath<contract> : f32
                %v1105 = arith.addf %v1103, %v1104 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1106, %v1107 = gpu.shuffle xor %v1105, %v774, %v775 : f32
                %v1108 = arith.addf %v1105, %v1106 fastmath<contract> : f32
                %v1109, %v1110 = gpu.shuffle xor %v1108, %v779, %v775 : f32
                %v1111 = arith.addf %v1108, %v1109 fastmath<contract> : f32
                %v1112, %v1113 = gpu.shuffle xor %v1111, %v783, %v775 : f32
                %v1114 = arith.addf %v1111, %v1112 fastmath<contract> : f32
                // end sum over the lanes
                %v1115 = arith.divf %v1114, %v1091 : f32
                %v1116 = arith.divf %v1115, %v1091 : f32
                %v1117 = arith.mulf %v1070, %v1116 fastmath<contract> : f32
                %v1118 = arith.negf %v1117 : f32
                %v1119 = arith.cmpf oge, %v84, %v1090 : f32
                %v1120 = arith.select %v1119, %v84, %v83 : f32
                %v1121 = arith.subf %v84, %v1120 fastmath<contract> : f32
                %v1122 = arith.mulf %v1118, %v1121 fastmath<contract> : f32
                %v1123 = arith.cmpf olt, %v1089, %v83 : f32
                %v1124 = arith.select %v1123, %v820, %v83 : f32
                %v1125 = arith.cmpf ogt, %v1089, %v83 : f32
                %v1126 = arith.select %v1125, %v84, %v1124 : f32
                %v1127 = arith.mulf %v1122, %v1126 fastmath<contract> : f32
                %v1128 = arith.mulf %v1061, %v1127 fastmath<contract> : f32
                %v1129 = llvm.load %v61 : !llvm.ptr -> f32
                %v1130 = llvm.load %v65 : !llvm.ptr -> f32
                %v1131 = arith.mulf %v1130, %v1129 fastmath<contract> : f32
                %v1132 = arith.addf %v1128, %v1131 fastmath<contract> : f32
                llvm.store %v1132, %v61 : f32, !llvm.ptr
                %v1133 = arith.mulf %v1078, %v1127 fastmath<contract> : f32
                %v1134 = llvm.load %v62 : !llvm.ptr -> f32
                %v1135 = llvm.load %v66 : !llvm.ptr -> f32
                %v1136 = arith.mulf %v1135, %v1134 fastmath<contract> : f32
                %v1137 = arith.addf %v1133, %v1136 fastmath<contract> : f32
                llvm.store %v1137, %v62 : f32, !llvm.ptr
                scf.if %v1054 {
                }
                %v1138 = arith.mulf %v680, %v1127 fastmath<contract> : f32
                %v1139 = arith.mulf %v667, %v1092 fastmath<contract> : f32
                %v1140 = arith.addf %v1138, %v1139 fastmath<contract> : f32
                %v1141 = arith.mulf %v682, %v1127 fastmath<contract> : f32
                %v1142 = arith.mulf %v678, %v1092 fastmath<contract> : f32
                %v1143 = arith.addf %v1141, %v1142 fastmath<contract> : f32
                %v1144 = arith.muli %v85, %v221 : i64
                %v1145 = arith.subi %v1056, %v191 : i64
                %v1146 = arith.addi %v1144, %v1145 : i64
                %v1147 = llvm.getelementptr %v80[%v1146] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1148 = llvm.load %v1147 : !llvm.ptr -> f32
                %v1149 = arith.mulf %v1148, %v412 fastmath<contract> : f32
                %v1150 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1149) : (f32) -> f32
                %v1151 = llvm.load %v61 : !llvm.ptr -> f32
                %v1152 = arith.muli %v53, %v432 : i64
                %v1153 = arith.muli %v1056, %v431 : i64
                %v1154 = arith.addi %v1152, %v1153 : i64
                %v1155 = arith.muli %v51, %v430 : i64
                %v1156 = arith.addi %v1154, %v1155 : i64
                %v1157 = arith.muli %v49, %v2 : i64
                %v1158 = arith.addi %v1156, %v1157 : i64
                %v1159 = llvm.getelementptr %in_v[%v1158] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1160 = llvm.load %v1159 : !llvm.ptr -> f32
                %v1161 = llvm.load %v59 : !llvm.ptr -> f32
                %v1162 = arith.mulf %v1160, %v1161 fastmath<contract> : f32
                %v1163 = arith.addf %v1151, %v1162 fastmath<contract> : f32
                %v1164 = arith.mulf %v1150, %v1163 fastmath<contract> : f32
                %v1165 = llvm.load %v62 : !llvm.ptr -> f32
                %v1166 = llvm.load %v60 : !llvm.ptr -> f32
                %v1167 = arith.mulf %v1160, %v1166 fastmath<contract> : f32
                %v1168 = arith.addf %v1165, %v1167 fastmath<contract> : f32
                %v1169 = arith.mulf %v1150, %v1168 fastmath<contract> : f32
                %v1170 = arith.muli %v39, %v221 : i64
                %v1171 = arith.subi %v1056, %v191 : i64
                %v1172 = arith.addi %v1170, %v1171 : i64
                %v1173 = llvm.getelementptr %v78[%v1172] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1174 = llvm.load %v1173 : !llvm.ptr -> f32
                %v1175 = arith.mulf %v1150, %v1174 fastmath<contract> : f32
                %v1176 = arith.mulf %v1175, %v1161 fastmath<contract> : f32
                %v1177 = arith.constant 8 : i64
                %v1178 = arith.addi %v1177, %v39 : i64
                %v1179 = arith.muli %v1178, %v221 : i64
                %v1180 = arith.subi %v1056, %v191 : i64
                %v1181 = arith.addi %v1179, %v1180 : i64
                %v1182 = llvm.getelementptr %v78[%v1181] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1183 = llvm.load %v1182 : !llvm.ptr -> f32
                %v1184 = arith.mulf %v1150, %v1183 fastmath<contract> : f32
                %v1185 = arith.mulf %v1184, %v1166 fastmath<contract> : f32
                %v1186 = arith.addf %v1176, %v1185 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1187, %v1188 = gpu.shuffle xor %v1186, %v774, %v775 : f32
                %v1189 = arith.addf %v1186, %v1187 fastmath<contract> : f32
                %v1190, %v1191 = gpu.shuffle xor %v1189, %v779, %v775 : f32
                %v1192 = arith.addf %v1189, %v1190 fastmath<contract> : f32
                %v1193, %v1194 = gpu.shuffle xor %v1192, %v783, %v775 : f32
                %v1195 = arith.addf %v1192, %v1193 fastmath<contract> : f32
                // end sum over the lanes
                %v1196 = arith.cmpi eq, %v39, %v85 : i64
                %v1197 = arith.andi %v43, %v1196 : i1
                scf.if %v1197 {
                  %v1198 = arith.muli %v53, %v432 : i64
                  %v1199 = arith.muli %v1056, %v431 : i64
                  %v1200 = arith.addi %v1198, %v1199 : i64
                  %v1201 = arith.muli %v51, %v430 : i64
                  %v1202 = arith.addi %v1200, %v1201 : i64
                  %v1203 = arith.muli %v49, %v2 : i64
                  %v1204 = arith.addi %v1202, %v1203 : i64
                  %v1205 = llvm.getelementptr %dx_v[%v1204] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1195, %v1205 : f32, !llvm.ptr
                }
                %v1206 = arith.mulf %v1174, %v1163 fastmath<contract> : f32
                %v1207 = arith.mulf %v1183, %v1168 fastmath<contract> : f32
                %v1208 = arith.addf %v1206, %v1207 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1209, %v1210 = gpu.shuffle xor %v1208, %v774, %v775 : f32
                %v1211 = arith.addf %v1208, %v1209 fastmath<contract> : f32
                %v1212, %v1213 = gpu.shuffle xor %v1211, %v779, %v775 : f32
                %v1214 = arith.addf %v1211, %v1212 fastmath<contract> : f32
                %v1215, %v1216 = gpu.shuffle xor %v1214, %v783, %v775 : f32
                %v1217 = arith.addf %v1214, %v1215 fastmath<contract> : f32
                // end sum over the lanes
                %v1218 = arith.mulf %v1150, %v1217 fastmath<contract> : f32
                %v1219 = arith.mulf %v613, %v1161 fastmath<contract> : f32
                %v1220 = arith.mulf %v624, %v1166 fastmath<contract> : f32
                %v1221 = arith.addf %v1219, %v1220 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1222, %v1223 = gpu.shuffle xor %v1221, %v774, %v775 : f32
                %v1224 = arith.addf %v1221, %v1222 fastmath<contract> : f32
                %v1225, %v1226 = gpu.shuffle xor %v1224, %v779, %v775 : f32
                %v1227 = arith.addf %v1224, %v1225 fastmath<contract> : f32
                %v1228, %v1229 = gpu.shuffle xor %v1227, %v783, %v775 : f32
                %v1230 = arith.addf %v1227, %v1228 fastmath<contract> : f32
                // end sum over the lanes
                %v1231 = arith.mulf %v626, %v1151 fastmath<contract> : f32
                %v1232 = arith.mulf %v628, %v1165 fastmath<contract> : f32
                %v1233 = arith.addf %v1231, %v1232 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1234, %v1235 = gpu.shuffle xor %v1233, %v774, %v775 : f32
                %v1236 = arith.addf %v1233, %v1234 fastmath<contract> : f32
                %v1237, %v1238 = gpu.shuffle xor %v1236, %v779, %v775 : f32
                %v1239 = arith.addf %v1236, %v1237 fastmath<contract> : f32
                %v1240, %v1241 = gpu.shuffle xor %v1239, %v783, %v775 : f32
                %v1242 = arith.addf %v1239, %v1240 fastmath<contract> : f32
                // end sum over the lanes
                %v1243 = arith.addf %v1230, %v1242 fastmath<contract> : f32
                %v1244 = arith.muli %v85, %v221 : i64
                %v1245 = arith.subi %v1056, %v191 : i64
                %v1246 = arith.addi %v1244, %v1245 : i64
                %v1247 = llvm.getelementptr %v82[%v1246] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1248 = llvm.load %v1247 : !llvm.ptr -> f32
                %v1249 = arith.negf %v1248 : f32
                %v1250 = arith.mulf %v1249, %v412 fastmath<contract> : f32
                %v1251 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1250) : (f32) -> f32
                %v1252 = arith.addf %v84, %v1251 fastmath<contract> : f32
                %v1253 = arith.divf %v84, %v1252 : f32
                %v1254 = arith.subf %v84, %v1253 fastmath<contract> : f32
                %v1255 = arith.mulf %v1253, %v1254 fastmath<contract> : f32
                %v1256 = arith.mulf %v1243, %v1255 fastmath<contract> : f32
                %v1257 = arith.select %v43, %v1140, %v83 : f32
                // sum over the warp's outer points: shuffles
                %v1258, %v1259 = gpu.shuffle xor %v1257, %v956, %v775 : f32
                %v1260 = arith.addf %v1257, %v1258 fastmath<contract> : f32
                %v1261, %v1262 = gpu.shuffle xor %v1260, %v960, %v775 : f32
                %v1263 = arith.addf %v1260, %v1261 fastmath<contract> : f32
                %v1264 = arith.divui %v24, %v26 : i64
                %v1265 = arith.remui %v24, %v26 : i64
                %v1266 = arith.cmpi ult, %v1265, %v38 : i64
                %v1267 = arith.addi %v85, %v39 : i64
                %v1268 = arith.muli %v1264, %v1 : i64
                %v1269 = arith.addi %v1268, %v1267 : i64
                %v1270 = arith.muli %v1269, %v970 : i64
                %v1271 = arith.addi %v1270, %v1055 : i64
                scf.if %v1266 {
                  %v1272 = llvm.getelementptr %v68[%v1271] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1263, %v1272 : f32, !llvm.ptr
                }
                %v1273 = arith.select %v43, %v1143, %v83 : f32
                // sum over the warp's outer points: shuffles
                %v1274, %v1275 = gpu.shuffle xor %v1273, %v956, %v775 : f32
                %v1276 = arith.addf %v1273, %v1274 fastmath<contract> : f32
                %v1277, %v1278 = gpu.shuffle xor %v1276, %v960, %v775 : f32
                %v1279 = arith.addf %v1276, %v1277 fastmath<contract> : f32
                %v1280 = arith.divui %v24, %v26 : i64
                %v1281 = arith.remui %v24, %v26 : i64
                %v1282 = arith.cmpi ult, %v1281, %v38 : i64
                %v1283 = arith.addi %v38, %v39 : i64
                %v1284 = arith.muli %v1280, %v1 : i64
                %v1285 = arith.addi %v1284, %v1283 : i64
                %v1286 = arith.muli %v1285, %v970 : i64
                %v1287 = arith.addi %v1286, %v1055 : i64
                scf.if %v1282 {
                  %v1288 = llvm.getelementptr %v68[%v1287] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1279, %v1288 : f32, !llvm.ptr
                }
                %v1289 = arith.select %v43, %v1164, %v83 : f32
                // sum over the warp's outer points: shuffles
                %v1290, %v1291 = gpu.shuffle xor %v1289, %v956, %v775 : f32
                %v1292 = arith.addf %v1289, %v1290 fastmath<contract> : f32
                %v1293, %v1294 = gpu.shuffle xor %v1292, %v960, %v775 : f32
                %v1295 = arith.addf %v1292, %v1293 fastmath<contract> : f32
                %v1296 = arith.divui %v24, %v26 : i64
                %v1297 = arith.remui %v24, %v26 : i64
                %v1298 = arith.cmpi ult, %v1297, %v38 : i64
                %v1299 = arith.addi %v85, %v39 : i64
                %v1300 = arith.muli %v1296, %v1 : i64
                %v1301 = arith.addi %v1300, %v1299 : i64
                %v1302 = arith.muli %v1301, %v970 : i64
                %v1303 = arith.addi %v1302, %v1055 : i64
                scf.if %v1298 {
                  %v1304 = llvm.getelementptr %v70[%v1303] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1295, %v1304 : f32, !llvm.ptr
                }
                %v1305 = arith.select %v43, %v1169, %v83 : f32
                // sum over the warp's outer points: shuffles
                %v1306, %v1307 = gpu.shuffle xor %v1305, %v956, %v775 : f32
                %v1308 = arith.addf %v1305, %v1306 fastmath<contract> : f32
                %v1309, %v1310 = gpu.shuffle xor %v1308, %v960, %v775 : f32
                %v1311 = arith.addf %v1308, %v1309 fastmath<contract> : f32
                %v1312 = arith.divui %v24, %v26 : i64
                %v1313 = arith.remui %v24, %v26 : i64
                %v1314 = arith.cmpi ult, %v1313, %v38 : i64
                %v1315 = arith.addi %v38, %v39 : i64
                %v1316 = arith.muli %v1312, %v1 : i64
                %v1317 = arith.addi %v1316, %v1315 : i64
                %v1318 = arith.muli %v1317, %v970 : i64
                %v1319 = arith.addi %v1318, %v1055 : i64
                scf.if %v1314 {
                  %v1320 = llvm.getelementptr %v70[%v1319] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1311, %v1320 : f32, !llvm.ptr
                }
                %v1321 = arith.select %v43, %v1218, %v83 : f32
                // sum over the warp's outer points: shuffles
                %v1322, %v1323 = gpu.shuffle xor %v1321, %v956, %v775 : f32
                %v1324 = arith.addf %v1321, %v1322 fastmath<contract> : f32
                %v1325, %v1326 = gpu.shuffle xor %v1324, %v960, %v775 : f32
                %v1327 = arith.addf %v1324, %v1325 fastmath<contract> : f32
                %v1328 = arith.divui %v24, %v26 : i64
                %v1329 = arith.remui %v24, %v26 : i64
                %v1330 = arith.cmpi ult, %v1329, %v2 : i64
                %v1331 = arith.muli %v1328, %v2 : i64
                %v1332 = arith.addi %v1331, %v85 : i64
                %v1333 = arith.muli %v1332, %v970 : i64
                %v1334 = arith.addi %v1333, %v1055 : i64
                scf.if %v1330 {
                  %v1335 = llvm.getelementptr %v72[%v1334] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1327, %v1335 : f32, !llvm.ptr
                }
                %v1336 = arith.select %v43, %v1256, %v83 : f32
                // sum over the warp's outer points: shuffles
                %v1337, %v1338 = gpu.shuffle xor %v1336, %v956, %v775 : f32
                %v1339 = arith.addf %v1336, %v1337 fastmath<contract> : f32
                %v1340, %v1341 = gpu.shuffle xor %v1339, %v960, %v775 : f32
                %v1342 = arith.addf %v1339, %v1340 fastmath<contract> : f32
                %v1343 = arith.divui %v24, %v26 : i64
                %v1344 = arith.remui %v24, %v26 : i64
                %v1345 = arith.cmpi ult, %v1344, %v2 : i64
                %v1346 = arith.muli %v1343, %v2 : i64
                %v1347 = arith.addi %v1346, %v85 : i64
                %v1348 = arith.muli %v1347, %v970 : i64
                %v1349 = arith.addi %v1348, %v1055 : i64
                scf.if %v1345 {
                  %v1350 = llvm.getelementptr %v74[%v1349] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1342, %v1350 : f32, !llvm.ptr
                }
                llvm.store %v1253, %v63 : f32, !llvm.ptr
                llvm.store %v1253, %v64 : f32, !llvm.ptr
                llvm.store %v1253, %v65 : f32, !llvm.ptr
                llvm.store %v1253, %v66 : f32, !llvm.ptr
              }
              %v1351 = arith.addi %v482, %v2 : i64
              %v1352 = arith.cmpi slt, %v774, %v737 : i32
              %v1353 = arith.cmpi eq, %v774, %v743 : i32
              %v1354 = arith.addi %v484, %v629 : i64
              scf.if %v1352 {
                %v1355 = arith.addi %v191, %v1351 : i64
                %v1356 = arith.muli %v39, %v221 : i64
                %v1357 = arith.subi %v1355, %v191 : i64
                %v1358 = arith.addi %v1356, %v1357 : i64
                %v1359 = llvm.getelementptr %v76[%v1358] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1360 = llvm.load %v1359 : !llvm.ptr -> f32
                %v1361 = arith.muli %v53, %v432 : i64
                %v1362 = arith.muli %v1355, %v431 : i64
                %v1363 = arith.addi %v1361, %v1362 : i64
                %v1364 = arith.muli %v51, %v430 : i64
                %v1365 = arith.addi %v1363, %v1364 : i64
                %v1366 = arith.muli %v49, %v2 : i64
                %v1367 = arith.addi %v1365, %v1366 : i64
                %v1368 = llvm.getelementptr %dy_o[%v1367] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1369 = llvm.load %v1368 : !llvm.ptr -> f32
                %v1370 = arith.mulf %v1360, %v626 fastmath<contract> : f32
                %v1371 = arith.constant 8 : i64
                %v1372 = arith.addi %v1371, %v39 : i64
                %v1373 = arith.muli %v1372, %v221 : i64
                %v1374 = arith.subi %v1355, %v191 : i64
                %v1375 = arith.addi %v1373, %v1374 : i64
                %v1376 = llvm.getelementptr %v76[%v1375] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1377 = llvm.load %v1376 : !llvm.ptr -> f32
                %v1378 = arith.mulf %v1377, %v628 fastmath<contract> : f32
                %v1379 = arith.addf %v1370, %v1378 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1380, %v1381 = gpu.shuffle xor %v1379, %v774, %v775 : f32
                %v1382 = arith.addf %v1379, %v1380 fastmath<contract> : f32
                %v1383, %v1384 = gpu.shuffle xor %v1382, %v779, %v775 : f32
                %v1385 = arith.addf %v1382, %v1383 fastmath<contract> : f32
                %v1386, %v1387 = gpu.shuffle xor %v1385, %v783, %v775 : f32
                %v1388 = arith.addf %v1385, %v1386 fastmath<contract> : f32
                // end sum over the lanes
                %v1389 = llvm.call_intrinsic "llvm.fabs.f32"(%v1388) : (f32) -> f32
                %v1390 = arith.maximumf %v84, %v1389 : f32
                %v1391 = arith.divf %v1369, %v1390 : f32
                %v1392 = arith.mulf %v1360, %v1391 fastmath<contract> : f32
                %v1393 = llvm.load %v59 : !llvm.ptr -> f32
                %v1394 = llvm.load %v63 : !llvm.ptr -> f32
                %v1395 = arith.mulf %v1394, %v1393 fastmath<contract> : f32
                %v1396 = arith.addf %v1392, %v1395 fastmath<contract> : f32
                llvm.store %v1396, %v59 : f32, !llvm.ptr
                %v1397 = arith.mulf %v1377, %v1391 fastmath<contract> : f32
                %v1398 = llvm.load %v60 : !llvm.ptr -> f32
                %v1399 = llvm.load %v64 : !llvm.ptr -> f32
                %v1400 = arith.mulf %v1399, %v1398 fastmath<contract> : f32
                %v1401 = arith.addf %v1397, %v1400 fastmath<contract> : f32
                llvm.store %v1401, %v60 : f32, !llvm.ptr
                %v1402 = arith.mulf %v1360, %v613 fastmath<contract> : f32
                %v1403 = arith.mulf %v1377, %v624 fastmath<contract> : f32
                %v1404 = arith.addf %v1402, %v1403 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1405, %v1406 = gpu.shuffle xor %v1404, %v774, %v775 : f32
                %v1407 = arith.addf %v1404, %v1405 fastmath<contract> : f32
                %v1408, %v1409 = gpu.shuffle xor %v1407, %v779, %v775 : f32
                %v1410 = arith.addf %v1407, %v1408 fastmath<contract> : f32
                %v1411, %v1412 = gpu.shuffle xor %v1410, %v783, %v775 : f32
                %v1413 = arith.addf %v1410, %v1411 fastmath<contract> : f32
                // end sum over the lanes
                %v1414 = arith.divf %v1413, %v1390 : f32
                %v1415 = arith.divf %v1414, %v1390 : f32
                %v1416 = arith.mulf %v1369, %v1415 fastmath<contract> : f32
                %v1417 = arith.negf %v1416 : f32
                %v1418 = arith.cmpf oge, %v84, %v1389 : f32
                %v1419 = arith.select %v1418, %v84, %v83 : f32
                %v1420 = arith.subf %v84, %v1419 fastmath<contract> : f32
                %v1421 = arith.mulf %v1417, %v1420 fastmath<contract> : f32
                %v1422 = arith.cmpf olt, %v1388, %v83 : f32
                %v1423 = arith.select %v1422, %v820, %v83 : f32
                %v1424 = arith.cmpf ogt, %v1388, %v83 : f32
                %v1425 = arith.select %v1424, %v84, %v1423 : f32
                %v1426 = arith.mulf %v1421, %v1425 fastmath<contract> : f32
                %v1427 = arith.mulf %v1360, %v1426 fastmath<contract> : f32
                %v1428 = llvm.load %v61 : !llvm.ptr -> f32
                %v1429 = llvm.load %v65 : !llvm.ptr -> f32
                %v1430 = arith.mulf %v1429, %v1428 fastmath<contract> : f32
                %v1431 = arith.addf %v1427, %v1430 fastmath<contract> : f32
                llvm.store %v1431, %v61 : f32, !llvm.ptr
                %v1432 = arith.mulf %v1377, %v1426 fastmath<contract> : f32
                %v1433 = llvm.load %v62 : !llvm.ptr -> f32
                %v1434 = llvm.load %v66 : !llvm.ptr -> f32
                %v1435 = arith.mulf %v1434, %v1433 fastmath<contract> : f32
                %v1436 = arith.addf %v1432, %v1435 fastmath<contract> : f32
                llvm.store %v1436, %v62 : f32, !llvm.ptr
                scf.if %v1353 {
                }
                %v1437 = arith.mulf %v626, %v1426 fastmath<contract> : f32
                %v1438 = arith.mulf %v613, %v1391 fastmath<contract> : f32
                %v1439 = arith.addf %v1437, %v1438 fastmath<contract> : f32
                %v1440 = arith.mulf %v628, %v1426 fastmath<contract> : f32
                %v1441 = arith.mulf %v624, %v1391 fastmath<contract> : f32
                %v1442 = arith.addf %v1440, %v1441 fastmath<contract> : f32
                %v1443 = arith.muli %v85, %v221 : i64
                %v1444 = arith.subi %v1355, %v191 : i64
                %v1445 = arith.addi %v1443, %v1444 : i64
                %v1446 = llvm.getelementptr %v80[%v1445] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1447 = llvm.load %v1446 : !llvm.ptr -> f32
                %v1448 = arith.mulf %v1447, %v412 fastmath<contract> : f32
                %v1449 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1448) : (f32) -> f32
                %v1450 = llvm.load %v61 : !llvm.ptr -> f32
                %v1451 = arith.muli %v53, %v432 : i64
                %v1452 = arith.muli %v1355, %v431 : i64
                %v1453 = arith.addi %v1451, %v1452 : i64
                %v1454 = arith.muli %v51, %v430 : i64
                %v1455 = arith.addi %v1453, %v1454 : i64
                %v1456 = arith.muli %v49, %v2 : i64
                %v1457 = arith.addi %v1455, %v1456 : i64
                %v1458 = llvm.getelementptr %in_v[%v1457] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1459 = llvm.load %v1458 : !llvm.ptr -> f32
                %v1460 = llvm.load %v59 : !llvm.ptr -> f32
                %v1461 = arith.mulf %v1459, %v1460 fastmath<contract> : f32
                %v1462 = arith.addf %v1450, %v1461 fastmath<contract> : f32
                %v1463 = arith.mulf %v1449, %v1462 fastmath<contract> : f32
                %v1464 = llvm.load %v62 : !llvm.ptr -> f32
                %v1465 = llvm.load %v60 : !llvm.ptr -> f32
                %v1466 = arith.mulf %v1459, %v1465 fastmath<contract> : f32
                %v1467 = arith.addf %v1464, %v1466 fastmath<contract> : f32
                %v1468 = arith.mulf %v1449, %v1467 fastmath<contract> : f32
                %v1469 = arith.muli %v39, %v221 : i64
                %v1470 = arith.subi %v1355, %v191 : i64
                %v1471 = arith.addi %v1469, %v1470 : i64
                %v1472 = llvm.getelementptr %v78[%v1471] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1473 = llvm.load %v1472 : !llvm.ptr -> f32
                %v1474 = arith.mulf %v1449, %v1473 fastmath<contract> : f32
                %v1475 = arith.mulf %v1474, %v1460 fastmath<contract> : f32
                %v1476 = arith.constant 8 : i64
                %v1477 = arith.addi %v1476, %v39 : i64
                %v1478 = arith.muli %v1477, %v221 : i64
                %v1479 = arith.subi %v1355, %v191 : i64
                %v1480 = arith.addi %v1478, %v1479 : i64
                %v1481 = llvm.getelementptr %v78[%v1480] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1482 = llvm.load %v1481 : !llvm.ptr -> f32
                %v1483 = arith.mulf %v1449, %v1482 fastmath<contract> : f32
                %v1484 = arith.mulf %v1483, %v1465 fastmath<contract> : f32
                %v1485 = arith.addf %v1475, %v1484 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1486, %v1487 = gpu.shuffle xor %v1485, %v774, %v775 : f32
                %v1488 = arith.addf %v1485, %v1486 fastmath<contract> : f32
                %v1489, %v1490 = gpu.shuffle xor %v1488, %v779, %v775 : f32
                %v1491 = arith.addf %v1488, %v1489 fastmath<contract> : f32
                %v1492, %v1493 = gpu.shuffle xor %v1491, %v783, %v775 : f32
                %v1494 = arith.addf %v1491, %v1492 fastmath<contract> : f32
                // end sum over the lanes
                %v1495 = arith.cmpi eq, %v39, %v85 : i64
                %v1496 = arith.andi %v43, %v1495 : i1
                scf.if %v1496 {
                  %v1497 = arith.muli %v53, %v432 : i64
                  %v1498 = arith.muli %v1355, %v431 : i64
                  %v1499 = arith.addi %v1497, %v1498 : i64
                  %v1500 = arith.muli %v51, %v430 : i64
                  %v1501 = arith.addi %v1499, %v1500 : i64
                  %v1502 = arith.muli %v49, %v2 : i64
                  %v1503 = arith.addi %v1501, %v1502 : i64
                  %v1504 = llvm.getelementptr %dx_v[%v1503] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1494, %v1504 : f32, !llvm.ptr
                }
                %v1505 = arith.mulf %v1473, %v1462 fastmath<contract> : f32
                %v1506 = arith.mulf %v1482, %v1467 fastmath<contract> : f32
                %v1507 = arith.addf %v1505, %v1506 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1508, %v1509 = gpu.shuffle xor %v1507, %v774, %v775 : f32
                %v1510 = arith.addf %v1507, %v1508 fastmath<contract> : f32
                %v1511, %v1512 = gpu.shuffle xor %v1510, %v779, %v775 : f32
                %v1513 = arith.addf %v1510, %v1511 fastmath<contract> : f32
                %v1514, %v1515 = gpu.shuffle xor %v1513, %v783, %v775 : f32
                %v1516 = arith.addf %v1513, %v1514 fastmath<contract> : f32
                // end sum over the lanes
                %v1517 = arith.mulf %v1449, %v1516 fastmath<contract> : f32
                %v1518 = arith.mulf %v560, %v1460 fastmath<contract> : f32
                %v1519 = arith.mulf %v571, %v1465 fastmath<contract> : f32
                %v1520 = arith.addf %v1518, %v1519 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1521, %v1522 = gpu.shuffle xor %v1520, %v774, %v775 : f32
                %v1523 = arith.addf %v1520, %v1521 fastmath<contract> : f32
                %v1524, %v1525 = gpu.shuffle xor %v1523, %v779, %v775 : f32
                %v1526 = arith.addf %v1523, %v1524 fastmath<contract> : f32
                %v1527, %v1528 = gpu.shuffle xor %v1526, %v783, %v775 : f32
                %v1529 = arith.addf %v1526, %v1527 fastmath<contract> : f32
                // end sum over the lanes
                %v1530 = arith.mulf %v573, %v1450 fastmath<contract> : f32
                %v1531 = arith.mulf %v575, %v1464 fastmath<contract> : f32
                %v1532 = arith.addf %v1530, %v1531 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1533, %v1534 = gpu.shuffle xor %v1532, %v774, %v775 : f32
                %v1535 = arith.addf %v1532, %v1533 fastmath<contract> : f32
                %v1536, %v1537 = gpu.shuffle xor %v1535, %v779, %v775 : f32
                %v1538 = arith.addf %v1535, %v1536 fastmath<contract> : f32
                %v1539, %v1540 = gpu.shuffle xor %v1538, %v783, %v775 : f32
                %v1541 = arith.addf %v1538, %v1539 fastmath<contract> : f32
                // end sum over the lanes
                %v1542 = arith.addf %v1529, %v1541 fastmath<contract> : f32
                %v1543 = arith.muli %v85, %v221 : i64
                %v1544 = arith.subi %v1355, %v191 : i64
                %v1545 = arith.addi %v1543, %v1544 : i64
                %v1546 = llvm.getelementptr %v82[%v1545] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1547 = llvm.load %v1546 : !llvm.ptr -> f32
                %v1548 = arith.negf %v1547 : f32
                %v1549 = arith.mulf %v1548, %v412 fastmath<contract> : f32
                %v1550 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1549) : (f32) -> f32
                %v1551 = arith.addf %v84, %v1550 fastmath<contract> : f32
                %v1552 = arith.divf %v84, %v1551 : f32
                %v1553 = arith.subf %v84, %v1552 fastmath<contract> : f32
                %v1554 = arith.mulf %v1552, %v1553 fastmath<contract> : f32
                %v1555 = arith.mulf %v1542, %v1554 fastmath<contract> : f32
                %v1556 = arith.select %v43, %v1439, %v83 : f32
                // sum over the warp's outer points: shuffles
                %v1557, %v1558 = gpu.shuffle xor %v1556, %v956, %v775 : f32
                %v1559 = arith.addf %v1556, %v1557 fastmath<contract> : f32
                %v1560, %v1561 = gpu.shuffle xor %v1559, %v960, %v775 : f32
                %v1562 = arith.addf %v1559, %v1560 fastmath<contract> : f32
                %v1563 = arith.divui %v24, %v26 : i64
                %v1564 = arith.remui %v24, %v26 : i64
                %v1565 = arith.cmpi ult, %v1564, %v38 : i64
                %v1566 = arith.addi %v85, %v39 : i64
                %v1567 = arith.muli %v1563, %v1 : i64
                %v1568 = arith.addi %v1567, %v1566 : i64
                %v1569 = arith.muli %v1568, %v970 : i64
                %v1570 = arith.addi %v1569, %v1354 : i64
                scf.if %v1565 {
                  %v1571 = llvm.getelementptr %v68[%v1570] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1562, %v1571 : f32, !llvm.ptr
                }
                %v1572 = arith.select %v43, %v1442, %v83 : f32
                // sum over the warp's outer points: shuffles
                %v1573, %v1574 = gpu.shuffle xor %v1572, %v956, %v775 : f32
                %v1575 = arith.addf %v1572, %v1573 fastmath<contract> : f32
                %v1576, %v1577 = gpu.shuffle xor %v1575, %v960, %v775 : f32
                %v1578 = arith.addf %v1575, %v1576 fastmath<contract> : f32
                %v1579 = arith.divui %v24, %v26 : i64
                %v1580 = arith.remui %v24, %v26 : i64
                %v1581 = arith.cmpi ult, %v1580, %v38 : i64
                %v1582 = arith.addi %v38, %v39 : i64
                %v1583 = arith.muli %v1579, %v1 : i64
                %v1584 = arith.addi %v1583, %v1582 : i64
                %v1585 = arith.muli %v1584, %v970 : i64
                %v1586 = arith.addi %v1585, %v1354 : i64
                scf.if %v1581 {
                  %v1587 = llvm.getelementptr %v68[%v1586] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1578, %v1587 : f32, !llvm.ptr
                }
                %v1588 = arith.select %v43, %v1463, %v83 : f32
                // sum over the warp's outer points: shuffles
                %v1589, %v1590 = gpu.shuffle xor %v1588, %v956, %v775 : f32
                %v1591 = arith.addf %v1588, %v1589 fastmath<contract> : f32
                %v1592, %v1593 = gpu.shuffle xor %v1591, %v960, %v775 : f32
                %v1594 = arith.addf %v1591, %v1592 fastmath<contract> : f32
                %v1595 = arith.divui %v24, %v26 : i64
                %v1596 = arith.remui %v24, %v26 : i64
                %v1597 = arith.cmpi ult, %v1596, %v38 : i64
                %v1598 = arith.addi %v85, %v39 : i64
                %v1599 = arith.muli %v1595, %v1 : i64
                %v1600 = arith.addi %v1599, %v1598 : i64
                %v1601 = arith.muli %v1600, %v970 : i64
                %v1602 = arith.addi %v1601, %v1354 : i64
                scf.if %v1597 {
                  %v1603 = llvm.getelementptr %v70[%v1602] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1594, %v1603 : f32, !llvm.ptr
                }
                %v1604 = arith.select %v43, %v1468, %v83 : f32
                // sum over the warp's outer points: shuffles
                %v1605, %v1606 = gpu.shuffle xor %v1604, %v956, %v775 : f32
                %v1607 = arith.addf %v1604, %v1605 fastmath<contract> : f32
                %v1608, %v1609 = gpu.shuffle xor %v1607, %v960, %v775 : f32
                %v1610 = arith.addf %v1607, %v1608 fastmath<contract> : f32
                %v1611 = arith.divui %v24, %v26 : i64
                %v1612 = arith.remui %v24, %v26 : i64
                %v1613 = arith.cmpi ult, %v1612, %v38 : i64
                %v1614 = arith.addi %v38, %v39 : i64
                %v1615 = arith.muli %v1611, %v1 : i64
                %v1616 = arith.addi %v1615, %v1614 : i64
                %v1617 = arith.muli %v1616, %v970 : i64
                %v1618 = arith.addi %v1617, %v1354 : i64
                scf.if %v1613 {
                  %v1619 = llvm.getelementptr %v70[%v1618] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1610, %v1619 : f32, !llvm.ptr
                }
                %v1620 = arith.select %v43, %v1517, %v83 : f32
                // sum over the warp's outer points: shuffles
                %v1621, %v1622 = gpu.shuffle xor %v1620, %v956, %v775 : f32
                %v1623 = arith.addf %v1620, %v1621 fastmath<contract> : f32
                %v1624, %v1625 = gpu.shuffle xor %v1623, %v960, %v775 : f32
                %v1626 = arith.addf %v1623, %v1624 fastmath<contract> : f32
                %v1627 = arith.divui %v24, %v26 : i64
                %v1628 = arith.remui %v24, %v26 : i64
                %v1629 = arith.cmpi ult, %v1628, %v2 : i64
                %v1630 = arith.muli %v1627, %v2 : i64
                %v1631 = arith.addi %v1630, %v85 : i64
                %v1632 = arith.muli %v1631, %v970 : i64
                %v1633 = arith.addi %v1632, %v1354 : i64
                scf.if %v1629 {
                  %v1634 = llvm.getelementptr %v72[%v1633] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1626, %v1634 : f32, !llvm.ptr
                }
                %v1635 = arith.select %v43, %v1555, %v83 : f32
                // sum over the warp's outer points: shuffles
                %v1636, %v1637 = gpu.shuffle xor %v1635, %v956, %v775 : f32
                %v1638 = arith.addf %v1635, %v1636 fastmath<contract> : f32
                %v1639, %v1640 = gpu.shuffle xor %v1638, %v960, %v775 : f32
                %v1641 = arith.addf %v1638, %v1639 fastmath<contract> : f32
                %v1642 = arith.divui %v24, %v26 : i64
                %v1643 = arith.remui %v24, %v26 : i64
                %v1644 = arith.cmpi ult, %v1643, %v2 : i64
                %v1645 = arith.muli %v1642, %v2 : i64
                %v1646 = arith.addi %v1645, %v85 : i64
                %v1647 = arith.muli %v1646, %v970 : i64
                %v1648 = arith.addi %v1647, %v1354 : i64
                scf.if %v1644 {
                  %v1649 = llvm.getelementptr %v74[%v1648] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1641, %v1649 : f32, !llvm.ptr
                }
                llvm.store %v1552, %v63 : f32, !llvm.ptr
                llvm.store %v1552, %v64 : f32, !llvm.ptr
                llvm.store %v1552, %v65 : f32, !llvm.ptr
                llvm.store %v1552, %v66 : f32, !llvm.ptr
              }
              %v1650 = arith.addi %v482, %v85 : i64
              %v1652 = arith.cmpi slt, %v1651, %v737 : i32
              %v1653 = arith.cmpi eq, %v1651, %v743 : i32
              %v1654 = arith.addi %v484, %v176 : i64
              scf.if %v1652 {
                %v1655 = arith.addi %v191, %v1650 : i64
                %v1656 = arith.muli %v39, %v221 : i64
                %v1657 = arith.subi %v1655, %v191 : i64
                %v1658 = arith.addi %v1656, %v1657 : i64
                %v1659 = llvm.getelementptr %v76[%v1658] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1660 = llvm.load %v1659 : !llvm.ptr -> f32
                %v1661 = arith.muli %v53, %v432 : i64
                %v1662 = arith.muli %v1655, %v431 : i64
                %v1663 = arith.addi %v1661, %v1662 : i64
                %v1664 = arith.muli %v51, %v430 : i64
                %v1665 = arith.addi %v1663, %v1664 : i64
                %v1666 = arith.muli %v49, %v2 : i64
                %v1667 = arith.addi %v1665, %v1666 : i64
                %v1668 = llvm.getelementptr %dy_o[%v1667] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1669 = llvm.load %v1668 : !llvm.ptr -> f32
                %v1670 = arith.mulf %v1660, %v573 fastmath<contract> : f32
                %v1671 = arith.constant 8 : i64
                %v1672 = arith.addi %v1671, %v39 : i64
                %v1673 = arith.muli %v1672, %v221 : i64
                %v1674 = arith.subi %v1655, %v191 : i64
                %v1675 = arith.addi %v1673, %v1674 : i64
                %v1676 = llvm.getelementptr %v76[%v1675] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1677 = llvm.load %v1676 : !llvm.ptr -> f32
                %v1678 = arith.mulf %v1677, %v575 fastmath<contract> : f32
                %v1679 = arith.addf %v1670, %v1678 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1680, %v1681 = gpu.shuffle xor %v1679, %v774, %v775 : f32
                %v1682 = arith.addf %v1679, %v1680 fastmath<contract> : f32
                %v1683, %v1684 = gpu.shuffle xor %v1682, %v779, %v775 : f32
                %v1685 = arith.addf %v1682, %v1683 fastmath<contract> : f32
                %v1686, %v1687 = gpu.shuffle xor %v1685, %v783, %v775 : f32
                %v1688 = arith.addf %v1685, %v1686 fastmath<contract> : f32
                // end sum over the lanes
                %v1689 = llvm.call_intrinsic "llvm.fabs.f32"(%v1688) : (f32) -> f32
                %v1690 = arith.maximumf %v84, %v1689 : f32
                %v1691 = arith.divf %v1669, %v1690 : f32
                %v1692 = arith.mulf %v1660, %v1691 fastmath<contract> : f32
                %v1693 = llvm.load %v59 : !llvm.ptr -> f32
                %v1694 = llvm.load %v63 : !llvm.ptr -> f32
                %v1695 = arith.mulf %v1694, %v1693 fastmath<contract> : f32
                %v1696 = arith.addf %v1692, %v1695 fastmath<contract> : f32
                llvm.store %v1696, %v59 : f32, !llvm.ptr
                %v1697 = arith.mulf %v1677, %v1691 fastmath<contract> : f32
                %v1698 = llvm.load %v60 : !llvm.ptr -> f32
                %v1699 = llvm.load %v64 : !llvm.ptr -> f32
                %v1700 = arith.mulf %v1699, %v1698 fastmath<contract> : f32
                %v1701 = arith.addf %v1697, %v1700 fastmath<contract> : f32
                llvm.store %v1701, %v60 : f32, !llvm.ptr
                %v1702 = arith.mulf %v1660, %v560 fastmath<contract> : f32
                %v1703 = arith.mulf %v1677, %v571 fastmath<contract> : f32
                %v1704 = arith.addf %v1702, %v1703 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1705, %v1706 = gpu.shuffle xor %v1704, %v774, %v775 : f32
                %v1707 = arith.addf %v1704, %v1705 fastmath<contract> : f32
                %v1708, %v1709 = gpu.shuffle xor %v1707, %v779, %v775 : f32
                %v1710 = arith.addf %v1707, %v1708 fastmath<contract> : f32
                %v1711, %v1712 = gpu.shuffle xor %v1710, %v783, %v775 : f32
                %v1713 = arith.addf %v1710, %v1711 fastmath<contract> : f32
                // end sum over the lanes
                %v1714 = arith.divf %v1713, %v1690 : f32
                %v1715 = arith.divf %v1714, %v1690 : f32
                %v1716 = arith.mulf %v1669, %v1715 fastmath<contract> : f32
                %v1717 = arith.negf %v1716 : f32
                %v1718 = arith.cmpf oge, %v84, %v1689 : f32
                %v1719 = arith.select %v1718, %v84, %v83 : f32
                %v1720 = arith.subf %v84, %v1719 fastmath<contract> : f32
                %v1721 = arith.mulf %v1717, %v1720 fastmath<contract> : f32
                %v1722 = arith.cmpf olt, %v1688, %v83 : f32
                %v1723 = arith.select %v1722, %v820, %v83 : f32
                %v1724 = arith.cmpf ogt, %v1688, %v83 : f32
                %v1725 = arith.select %v1724, %v84, %v1723 : f32
                %v1726 = arith.mulf %v1721, %v1725 fastmath<contract> : f32
                %v1727 = arith.mulf %v1660, %v1726 fastmath<contract> : f32
                %v1728 = llvm.load %v61 : !llvm.ptr -> f32
                %v1729 = llvm.load %v65 : !llvm.ptr -> f32
                %v1730 = arith.mulf %v1729, %v1728 fastmath<contract> : f32
                %v1731 = arith.addf %v1727, %v1730 fastmath<contract> : f32
                llvm.store %v1731, %v61 : f32, !llvm.ptr
                %v1732 = arith.mulf %v1677, %v1726 fastmath<contract> : f32
                %v1733 = llvm.load %v62 : !llvm.ptr -> f32
                %v1734 = llvm.load %v66 : !llvm.ptr -> f32
                %v1735 = arith.mulf %v1734, %v1733 fastmath<contract> : f32
                %v1736 = arith.addf %v1732, %v1735 fastmath<contract> : f32
                llvm.store %v1736, %v62 : f32, !llvm.ptr
                scf.if %v1653 {
                }
                %v1737 = arith.mulf %v573, %v1726 fastmath<contract> : f32
                %v1738 = arith.mulf %v560, %v1691 fastmath<contract> : f32
                %v1739 = arith.addf %v1737, %v1738 fastmath<contract> : f32
                %v1740 = arith.mulf %v575, %v1726 fastmath<contract> : f32
                %v1741 = arith.mulf %v571, %v1691 fastmath<contract> : f32
                %v1742 = arith.addf %v1740, %v1741 fastmath<contract> : f32
                %v1743 = arith.muli %v85, %v221 : i64
                %v1744 = arith.subi %v1655, %v191 : i64
                %v1745 = arith.addi %v1743, %v1744 : i64
                %v1746 = llvm.getelementptr %v80[%v1745] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1747 = llvm.load %v1746 : !llvm.ptr -> f32
                %v1748 = arith.mulf %v1747, %v412 fastmath<contract> : f32
                %v1749 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1748) : (f32) -> f32
                %v1750 = llvm.load %v61 : !llvm.ptr -> f32
                %v1751 = arith.muli %v53, %v432 : i64
                %v1752 = arith.muli %v1655, %v431 : i64
                %v1753 = arith.addi %v1751, %v1752 : i64
                %v1754 = arith.muli %v51, %v430 : i64
                %v1755 = arith.addi %v1753, %v1754 : i64
                %v1756 = arith.muli %v49, %v2 : i64
                %v1757 = arith.addi %v1755, %v1756 : i64
                %v1758 = llvm.getelementptr %in_v[%v1757] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1759 = llvm.load %v1758 : !llvm.ptr -> f32
                %v1760 = llvm.load %v59 : !llvm.ptr -> f32
                %v1761 = arith.mulf %v1759, %v1760 fastmath<contract> : f32
                %v1762 = arith.addf %v1750, %v1761 fastmath<contract> : f32
                %v1763 = arith.mulf %v1749, %v1762 fastmath<contract> : f32
                %v1764 = llvm.load %v62 : !llvm.ptr -> f32
                %v1765 = llvm.load %v60 : !llvm.ptr -> f32
                %v1766 = arith.mulf %v1759, %v1765 fastmath<contract> : f32
                %v1767 = arith.addf %v1764, %v1766 fastmath<contract> : f32
                %v1768 = arith.mulf %v1749, %v1767 fastmath<contract> : f32
                %v1769 = arith.muli %v39, %v221 : i64
                %v1770 = arith.subi %v1655, %v191 : i64
                %v1771 = arith.addi %v1769, %v1770 : i64
                %v1772 = llvm.getelementptr %v78[%v1771] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1773 = llvm.load %v1772 : !llvm.ptr -> f32
                %v1774 = arith.mulf %v1749, %v1773 fastmath<contract> : f32
                %v1775 = arith.mulf %v1774, %v1760 fastmath<contract> : f32
                %v1776 = arith.constant 8 : i64
                %v1777 = arith.addi %v1776, %v39 : i64
                %v1778 = arith.muli %v1777, %v221 : i64
                %v1779 = arith.subi %v1655, %v191 : i64
                %v1780 = arith.addi %v1778, %v1779 : i64
                %v1781 = llvm.getelementptr %v78[%v1780] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1782 = llvm.load %v1781 : !llvm.ptr -> f32
                %v1783 = arith.mulf %v1749, %v1782 fastmath<contract> : f32
                %v1784 = arith.mulf %v1783, %v1765 fastmath<contract> : f32
                %v1785 = arith.addf %v1775, %v1784 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1786, %v1787 = gpu.shuffle xor %v1785, %v774, %v775 : f32
                %v1788 = arith.addf %v1785, %v1786 fastmath<contract> : f32
                %v1789, %v1790 = gpu.shuffle xor %v1788, %v779, %v775 : f32
                %v1791 = arith.addf %v1788, %v1789 fastmath<contract> : f32
                %v1792, %v1793 = gpu.shuffle xor %v1791, %v783, %v775 : f32
                %v1794 = arith.addf %v1791, %v1792 fastmath<contract> : f32
                // end sum over the lanes
                %v1795 = arith.cmpi eq, %v39, %v85 : i64
                %v1796 = arith.andi %v43, %v1795 : i1
                scf.if %v1796 {
                  %v1797 = arith.muli %v53, %v432 : i64
                  %v1798 = arith.muli %v1655, %v431 : i64
                  %v1799 = arith.addi %v1797, %v1798 : i64
                  %v1800 = arith.muli %v51, %v430 : i64
                  %v1801 = arith.addi %v1799, %v1800 : i64
                  %v1802 = arith.muli %v49, %v2 : i64
                  %v1803 = arith.addi %v1801, %v1802 : i64
                  %v1804 = llvm.getelementptr %dx_v[%v1803] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1794, %v1804 : f32, !llvm.ptr
                }
                %v1805 = arith.mulf %v1773, %v1762 fastmath<contract> : f32
                %v1806 = arith.mulf %v1782, %v1767 fastmath<contract> : f32
                %v1807 = arith.addf %v1805, %v1806 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1808, %v1809 = gpu.shuffle xor %v1807, %v774, %v775 : f32
                %v1810 = arith.addf %v1807, %v1808 fastmath<contract> : f32
                %v1811, %v1812 = gpu.shuffle xor %v1810, %v779, %v775 : f32
                %v1813 = arith.addf %v1810, %v1811 fastmath<contract> : f32
                %v1814, %v1815 = gpu.shuffle xor %v1813, %v783, %v775 : f32
                %v1816 = arith.addf %v1813, %v1814 fastmath<contract> : f32
                // end sum over the lanes
                %v1817 = arith.mulf %v1749, %v1816 fastmath<contract> : f32
                %v1818 = arith.mulf %v495, %v1760 fastmath<contract> : f32
                %v1819 = arith.mulf %v504, %v1765 fastmath<contract> : f32
                %v1820 = arith.addf %v1818, %v1819 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1821, %v1822 = gpu.shuffle xor %v1820, %v774, %v775 : f32
                %v1823 = arith.addf %v1820, %v1821 fastmath<contract> : f32
                %v1824, %v1825 = gpu.shuffle xor %v1823, %v779, %v775 : f32
                %v1826 = arith.addf %v1823, %v1824 fastmath<contract> : f32
                %v1827, %v1828 = gpu.shuffle xor %v1826, %v783, %v775 : f32
                %v1829 = arith.addf %v1826, %v1827 fastmath<contract> : f32
                // end sum over the lanes
                %v1830 = arith.mulf %v513, %v1750 fastmath<contract> : f32
                %v1831 = arith.mulf %v522, %v1764 fastmath<contract> : f32
                %v1832 = arith.addf %v1830, %v1831 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1833, %v1834 = gpu.shuffle xor %v1832, %v774, %v775 : f32
                %v1835 = arith.addf %v1832, %v1833 fastmath<contract> : f32
                %v1836, %v1837 = gpu.shuffle xor %v1835, %v779, %v775 : f32
                %v1838 = arith.addf %v1835, %v1836 fastmath<contract> : f32
                %v1839, %v1840 = gpu.shuffle xor %v1838, %v783, %v775 : f32
                %v1841 = arith.addf %v1838, %v1839 fastmath<contract> : f32
                // end sum over the lanes
                %v1842 = arith.addf %v1829, %v1841 fastmath<contract> : f32
                %v1843 = arith.muli %v85, %v221 : i64
                %v1844 = arith.subi %v1655, %v191 : i64
                %v1845 = arith.addi %v1843, %v1844 : i64
                %v1846 = llvm.getelementptr %v82[%v1845] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1847 = llvm.load %v1846 : !llvm.ptr -> f32
                %v1848 = arith.negf %v1847 : f32
                %v1849 = arith.mulf %v1848, %v412 fastmath<contract> : f32
                %v1850 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1849) : (f32) -> f32
                %v1851 = arith.addf %v84, %v1850 fastmath<contract> : f32
                %v1852 = arith.divf %v84, %v1851 : f32
                %v1853 = arith.subf %v84, %v1852 fastmath<contract> : f32
                %v1854 = arith.mulf %v1852, %v1853 fastmath<contract> : f32
                %v1855 = arith.mulf %v1842, %v1854 fastmath<contract> : f32
                %v1856 = arith.select %v43, %v1739, %v83 : f32
                // sum over the warp's outer points: shuffles
                %v1857, %v1858 = gpu.shuffle xor %v1856, %v956, %v775 : f32
                %v1859 = arith.addf %v1856, %v1857 fastmath<contract> : f32
                %v1860, %v1861 = gpu.shuffle xor %v1859, %v960, %v775 : f32
                %v1862 = arith.addf %v1859, %v1860 fastmath<contract> : f32
                %v1863 = arith.divui %v24, %v26 : i64
                %v1864 = arith.remui %v24, %v26 : i64
                %v1865 = arith.cmpi ult, %v1864, %v38 : i64
                %v1866 = arith.addi %v85, %v39 : i64
                %v1867 = arith.muli %v1863, %v1 : i64
                %v1868 = arith.addi %v1867, %v1866 : i64
                %v1869 = arith.muli %v1868, %v970 : i64
                %v1870 = arith.addi %v1869, %v1654 : i64
                scf.if %v1865 {
                  %v1871 = llvm.getelementptr %v68[%v1870] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1862, %v1871 : f32, !llvm.ptr
                }
                %v1872 = arith.select %v43, %v1742, %v83 : f32
                // sum over the warp's outer points: shuffles
                %v1873, %v1874 = gpu.shuffle xor %v1872, %v956, %v775 : f32
                %v1875 = arith.addf %v1872, %v1873 fastmath<contract> : f32
                %v1876, %v1877 = gpu.shuffle xor %v1875, %v960, %v775 : f32
                %v1878 = arith.addf %v1875, %v1876 fastmath<contract> : f32
                %v1879 = arith.divui %v24, %v26 : i64
                %v1880 = arith.remui %v24, %v26 : i64
                %v1881 = arith.cmpi ult, %v1880, %v38 : i64
                %v1882 = arith.addi %v38, %v39 : i64
                %v1883 = arith.muli %v1879, %v1 : i64
                %v1884 = arith.addi %v1883, %v1882 : i64
                %v1885 = arith.muli %v1884, %v970 : i64
                %v1886 = arith.addi %v1885, %v1654 : i64
                scf.if %v1881 {
                  %v1887 = llvm.getelementptr %v68[%v1886] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1878, %v1887 : f32, !llvm.ptr
                }
                %v1888 = arith.select %v43, %v1763, %v83 : f32
                // sum over the warp's outer points: shuffles
                %v1889, %v1890 = gpu.shuffle xor %v1888, %v956, %v775 : f32
                %v1891 = arith.addf %v1888, %v1889 fastmath<contract> : f32
                %v1892, %v1893 = gpu.shuffle xor %v1891, %v960, %v775 : f32
                %v1894 = arith.addf %v1891, %v1892 fastmath<contract> : f32
                %v1895 = arith.divui %v24, %v26 : i64
                %v1896 = arith.remui %v24, %v26 : i64
                %v1897 = arith.cmpi ult, %v1896, %v38 : i64
                %v1898 = arith.addi %v85, %v39 : i64
                %v1899 = arith.muli %v1895, %v1 : i64
                %v1900 = arith.addi %v1899, %v1898 : i64
                %v1901 = arith.muli %v1900, %v970 : i64
                %v1902 = arith.addi %v1901, %v1654 : i64
                scf.if %v1897 {
                  %v1903 = llvm.getelementptr %v70[%v1902] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1894, %v1903 : f32, !llvm.ptr
                }
                %v1904 = arith.select %v43, %v1768, %v83 : f32
                // sum over the warp's outer points: shuffles
                %v1905, %v1906 = gpu.shuffle xor %v1904, %v956, %v775 : f32
                %v1907 = arith.addf %v1904, %v1905 fastmath<contract> : f32
                %v1908, %v1909 = gpu.shuffle xor %v1907, %v960, %v775 : f32
                %v1910 = arith.addf %v1907, %v1908 fastmath<contract> : f32
                %v1911 = arith.divui %v24, %v26 : i64
                %v1912 = arith.remui %v24, %v26 : i64
                %v1913 = arith.cmpi ult, %v1912, %v38 : i64
                %v1914 = arith.addi %v38, %v39 : i64
                %v1915 = arith.muli %v1911, %v1 : i64
                %v1916 = arith.addi %v1915, %v1914 : i64
                %v1917 = arith.muli %v1916, %v970 : i64
                %v1918 = arith.addi %v1917, %v1654 : i64
                scf.if %v1913 {
                  %v1919 = llvm.getelementptr %v70[%v1918] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1910, %v1919 : f32, !llvm.ptr
                }
                %v1920 = arith.select %v43, %v1817, %v83 : f32
                // sum over the warp's outer points: shuffles
                %v1921, %v1922 = gpu.shuffle xor %v1920, %v956, %v775 : f32
                %v1923 = arith.addf %v1920, %v1921 fastmath<contract> : f32
                %v1924, %v1925 = gpu.shuffle xor %v1923, %v960, %v775 : f32
                %v1926 = arith.addf %v1923, %v1924 fastmath<contract> : f32
                %v1927 = arith.divui %v24, %v26 : i64
                %v1928 = arith.remui %v24, %v26 : i64
                %v1929 = arith.cmpi ult, %v1928, %v2 : i64
                %v1930 = arith.muli %v1927, %v2 : i64
                %v1931 = arith.addi %v1930, %v85 : i64
                %v1932 = arith.muli %v1931, %v970 : i64
                %v1933 = arith.addi %v1932, %v1654 : i64
                scf.if %v1929 {
                  %v1934 = llvm.getelementptr %v72[%v1933] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1926, %v1934 : f32, !llvm.ptr
                }
                %v1935 = arith.select %v43, %v1855, %v83 : f32
                // sum over the warp's outer points: shuffles
                %v1936, %v1937 = gpu.shuffle xor %v1935, %v956, %v775 : f32
                %v1938 = arith.addf %v1935, %v1936 fastmath<contract> : f32
                %v1939, %v1940 = gpu.shuffle xor %v1938, %v960, %v775 : f32
                %v1941 = arith.addf %v1938, %v1939 fastmath<contract> : f32
                %v1942 = arith.divui %v24, %v26 : i64
                %v1943 = arith.remui %v24, %v26 : i64
                %v1944 = arith.cmpi ult, %v1943, %v2 : i64
                %v1945 = arith.muli %v1942, %v2 : i64
                %v1946 = arith.addi %v1945, %v85 : i64
                %v1947 = arith.muli %v1946, %v970 : i64
                %v1948 = arith.addi %v1947, %v1654 : i64
                scf.if %v1944 {
                  %v1949 = llvm.getelementptr %v74[%v1948] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1941, %v1949 : f32, !llvm.ptr
                }
                llvm.store %v1852, %v63 : f32, !llvm.ptr
                llvm.store %v1852, %v64 : f32, !llvm.ptr
                llvm.store %v1852, %v65 : f32, !llvm.ptr
                llvm.store %v1852, %v66 : f32, !llvm.ptr
              }
            }
          }
          gpu.barrier
          %v1955 = arith.index_cast %v24 : i64 to index
          %v1956 = arith.index_cast %v1954 : i64 to index
          %v1957 = arith.index_cast %v8 : i64 to index
          scf.for %v1958 = %v1955 to %v1956 step %v1957 {
            %v1959 = arith.index_cast %v1958 : index to i64
            %v1960 = arith.remui %v1959, %v26 : i64
            %v1961 = arith.divui %v1959, %v26 : i64
            %v1962 = arith.muli %v471, %v38 : i64
            %v1963 = arith.divui %v1960, %v55 : i64
            %v1964 = arith.addi %v1962, %v1963 : i64
            %v1965 = arith.cmpi slt, %v1964, %v195 : i64
            %v1966 = arith.subi %v195, %v2 : i64
            %v1967 = arith.subi %v1966, %v1964 : i64
            %v1968 = arith.remui %v1960, %v55 : i64
            %v1969 = arith.subi %v176, %v1968 : i64
            %v1970 = arith.muli %v1967, %v55 : i64
            %v1971 = arith.addi %v1970, %v1969 : i64
            %v1972 = arith.cmpi slt, %v1971, %v193 : i64
            %v1973 = arith.andi %v1965, %v1972 : i1
            scf.if %v1973 {
              %v1974 = arith.addi %v191, %v1971 : i64
              %v1975 = arith.muli %v85, %v1 : i64
              %v1976 = arith.addi %v1975, %v1961 : i64
              %v1977 = arith.muli %v1976, %v970 : i64
              %v1978 = arith.addi %v1977, %v1960 : i64
              %v1979 = llvm.getelementptr %v68[%v1978] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1980 = llvm.load %v1979 : !llvm.ptr -> f32
              %v1981 = arith.muli %v2, %v1 : i64
              %v1982 = arith.addi %v1981, %v1961 : i64
              %v1983 = arith.muli %v1982, %v970 : i64
              %v1984 = arith.addi %v1983, %v1960 : i64
              %v1985 = llvm.getelementptr %v68[%v1984] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1986 = llvm.load %v1985 : !llvm.ptr -> f32
              %v1987 = arith.addf %v1980, %v1986 fastmath<contract> : f32
              %v1988 = arith.muli %v629, %v1 : i64
              %v1989 = arith.addi %v1988, %v1961 : i64
              %v1990 = arith.muli %v1989, %v970 : i64
              %v1991 = arith.addi %v1990, %v1960 : i64
              %v1992 = llvm.getelementptr %v68[%v1991] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1993 = llvm.load %v1992 : !llvm.ptr -> f32
              %v1994 = arith.addf %v1987, %v1993 fastmath<contract> : f32
              %v1995 = arith.muli %v176, %v1 : i64
              %v1996 = arith.addi %v1995, %v1961 : i64
              %v1997 = arith.muli %v1996, %v970 : i64
              %v1998 = arith.addi %v1997, %v1960 : i64
              %v1999 = llvm.getelementptr %v68[%v1998] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2000 = llvm.load %v1999 : !llvm.ptr -> f32
              %v2001 = arith.addf %v1994, %v2000 fastmath<contract> : f32
              %v2002 = arith.muli %v55, %v1 : i64
              %v2003 = arith.addi %v2002, %v1961 : i64
              %v2004 = arith.muli %v2003, %v970 : i64
              %v2005 = arith.addi %v2004, %v1960 : i64
              %v2006 = llvm.getelementptr %v68[%v2005] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2007 = llvm.load %v2006 : !llvm.ptr -> f32
              %v2008 = arith.addf %v2001, %v2007 fastmath<contract> : f32
              %v2010 = arith.muli %v2009, %v1 : i64
              %v2011 = arith.addi %v2010, %v1961 : i64
              %v2012 = arith.muli %v2011, %v970 : i64
              %v2013 = arith.addi %v2012, %v1960 : i64
              %v2014 = llvm.getelementptr %v68[%v2013] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2015 = llvm.load %v2014 : !llvm.ptr -> f32
              %v2016 = arith.addf %v2008, %v2015 fastmath<contract> : f32
              %v2018 = arith.muli %v2017, %v1 : i64
              %v2019 = arith.addi %v2018, %v1961 : i64
              %v2020 = arith.muli %v2019, %v970 : i64
              %v2021 = arith.addi %v2020, %v1960 : i64
              %v2022 = llvm.getelementptr %v68[%v2021] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2023 = llvm.load %v2022 : !llvm.ptr -> f32
              %v2024 = arith.addf %v2016, %v2023 fastmath<contract> : f32
              %v2025 = arith.muli %v464, %v1 : i64
              %v2026 = arith.addi %v2025, %v1961 : i64
              %v2027 = arith.muli %v2026, %v970 : i64
              %v2028 = arith.addi %v2027, %v1960 : i64
              %v2029 = llvm.getelementptr %v68[%v2028] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2030 = llvm.load %v2029 : !llvm.ptr -> f32
              %v2031 = arith.addf %v2024, %v2030 fastmath<contract> : f32
              %v2032 = arith.remui %v1961, %v1 : i64
              %v2033 = arith.divui %v1961, %v1 : i64
              %v2034 = arith.muli %v53, %v211 : i64
              %v2035 = arith.muli %v1974, %v210 : i64
              %v2036 = arith.addi %v2034, %v2035 : i64
              %v2037 = arith.muli %v51, %v209 : i64
              %v2038 = arith.addi %v2036, %v2037 : i64
              %v2039 = arith.muli %v2032, %v2 : i64
              %v2040 = arith.addi %v2038, %v2039 : i64
              %v2041 = arith.muli %v37, %v1953 : i64
              %v2042 = arith.addi %v2041, %v2040 : i64
              %v2043 = llvm.getelementptr %part_q[%v2042] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v2031, %v2043 : f32, !llvm.ptr
            }
          }
          %v2048 = arith.index_cast %v24 : i64 to index
          %v2049 = arith.index_cast %v1954 : i64 to index
          %v2050 = arith.index_cast %v8 : i64 to index
          scf.for %v2051 = %v2048 to %v2049 step %v2050 {
            %v2052 = arith.index_cast %v2051 : index to i64
            %v2053 = arith.remui %v2052, %v26 : i64
            %v2054 = arith.divui %v2052, %v26 : i64
            %v2055 = arith.muli %v471, %v38 : i64
            %v2056 = arith.divui %v2053, %v55 : i64
            %v2057 = arith.addi %v2055, %v2056 : i64
            %v2058 = arith.cmpi slt, %v2057, %v195 : i64
            %v2059 = arith.subi %v195, %v2 : i64
            %v2060 = arith.subi %v2059, %v2057 : i64
            %v2061 = arith.remui %v2053, %v55 : i64
            %v2062 = arith.subi %v176, %v2061 : i64
            %v2063 = arith.muli %v2060, %v55 : i64
            %v2064 = arith.addi %v2063, %v2062 : i64
            %v2065 = arith.cmpi slt, %v2064, %v193 : i64
            %v2066 = arith.andi %v2058, %v2065 : i1
            scf.if %v2066 {
              %v2067 = arith.addi %v191, %v2064 : i64
              %v2068 = arith.muli %v85, %v1 : i64
              %v2069 = arith.addi %v2068, %v2054 : i64
              %v2070 = arith.muli %v2069, %v970 : i64
              %v2071 = arith.addi %v2070, %v2053 : i64
              %v2072 = llvm.getelementptr %v70[%v2071] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2073 = llvm.load %v2072 : !llvm.ptr -> f32
              %v2074 = arith.muli %v2, %v1 : i64
              %v2075 = arith.addi %v2074, %v2054 : i64
              %v2076 = arith.muli %v2075, %v970 : i64
              %v2077 = arith.addi %v2076, %v2053 : i64
              %v2078 = llvm.getelementptr %v70[%v2077] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2079 = llvm.load %v2078 : !llvm.ptr -> f32
              %v2080 = arith.addf %v2073, %v2079 fastmath<contract> : f32
              %v2081 = arith.muli %v629, %v1 : i64
              %v2082 = arith.addi %v2081, %v2054 : i64
              %v2083 = arith.muli %v2082, %v970 : i64
              %v2084 = arith.addi %v2083, %v2053 : i64
              %v2085 = llvm.getelementptr %v70[%v2084] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2086 = llvm.load %v2085 : !llvm.ptr -> f32
              %v2087 = arith.addf %v2080, %v2086 fastmath<contract> : f32
              %v2088 = arith.muli %v176, %v1 : i64
              %v2089 = arith.addi %v2088, %v2054 : i64
              %v2090 = arith.muli %v2089, %v970 : i64
              %v2091 = arith.addi %v2090, %v2053 : i64
              %v2092 = llvm.getelementptr %v70[%v2091] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2093 = llvm.load %v2092 : !llvm.ptr -> f32
              %v2094 = arith.addf %v2087, %v2093 fastmath<contract> : f32
              %v2095 = arith.muli %v55, %v1 : i64
              %v2096 = arith.addi %v2095, %v2054 : i64
              %v2097 = arith.muli %v2096, %v970 : i64
              %v2098 = arith.addi %v2097, %v2053 : i64
              %v2099 = llvm.getelementptr %v70[%v2098] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2100 = llvm.load %v2099 : !llvm.ptr -> f32
              %v2101 = arith.addf %v2094, %v2100 fastmath<contract> : f32
              %v2102 = arith.muli %v2009, %v1 : i64
              %v2103 = arith.addi %v2102, %v2054 : i64
              %v2104 = arith.muli %v2103, %v970 : i64
              %v2105 = arith.addi %v2104, %v2053 : i64
              %v2106 = llvm.getelementptr %v70[%v2105] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2107 = llvm.load %v2106 : !llvm.ptr -> f32
              %v2108 = arith.addf %v2101, %v2107 fastmath<contract> : f32
              %v2109 = arith.muli %v2017, %v1 : i64
              %v2110 = arith.addi %v2109, %v2054 : i64
              %v2111 = arith.muli %v2110, %v970 : i64
              %v2112 = arith.addi %v2111, %v2053 : i64
              %v2113 = llvm.getelementptr %v70[%v2112] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2114 = llvm.load %v2113 : !llvm.ptr -> f32
              %v2115 = arith.addf %v2108, %v2114 fastmath<contract> : f32
              %v2116 = arith.muli %v464, %v1 : i64
              %v2117 = arith.addi %v2116, %v2054 : i64
              %v2118 = arith.muli %v2117, %v970 : i64
              %v2119 = arith.addi %v2118, %v2053 : i64
              %v2120 = llvm.getelementptr %v70[%v2119] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2121 = llvm.load %v2120 : !llvm.ptr -> f32
              %v2122 = arith.addf %v2115, %v2121 fastmath<contract> : f32
              %v2123 = arith.remui %v2054, %v1 : i64
              %v2124 = arith.divui %v2054, %v1 : i64
              %v2125 = arith.muli %v53, %v211 : i64
              %v2126 = arith.muli %v2067, %v210 : i64
              %v2127 = arith.addi %v2125, %v2126 : i64
              %v2128 = arith.muli %v51, %v209 : i64
              %v2129 = arith.addi %v2127, %v2128 : i64
              %v2130 = arith.muli %v2123, %v2 : i64
              %v2131 = arith.addi %v2129, %v2130 : i64
              %v2132 = arith.muli %v37, %v2047 : i64
              %v2133 = arith.addi %v2132, %v2131 : i64
              %v2134 = llvm.getelementptr %part_k[%v2133] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v2122, %v2134 : f32, !llvm.ptr
            }
          }
          %v2138 = arith.index_cast %v24 : i64 to index
          %v2139 = arith.index_cast %v26 : i64 to index
          %v2140 = arith.index_cast %v8 : i64 to index
          scf.for %v2141 = %v2138 to %v2139 step %v2140 {
            %v2142 = arith.index_cast %v2141 : index to i64
            %v2143 = arith.remui %v2142, %v26 : i64
            %v2144 = arith.divui %v2142, %v26 : i64
            %v2145 = arith.muli %v471, %v38 : i64
            %v2146 = arith.divui %v2143, %v55 : i64
            %v2147 = arith.addi %v2145, %v2146 : i64
            %v2148 = arith.cmpi slt, %v2147, %v195 : i64
            %v2149 = arith.subi %v195, %v2 : i64
            %v2150 = arith.subi %v2149, %v2147 : i64
            %v2151 = arith.remui %v2143, %v55 : i64
            %v2152 = arith.subi %v176, %v2151 : i64
            %v2153 = arith.muli %v2150, %v55 : i64
            %v2154 = arith.addi %v2153, %v2152 : i64
            %v2155 = arith.cmpi slt, %v2154, %v193 : i64
            %v2156 = arith.andi %v2148, %v2155 : i1
            scf.if %v2156 {
              %v2157 = arith.addi %v191, %v2154 : i64
              %v2158 = arith.muli %v85, %v2 : i64
              %v2159 = arith.addi %v2158, %v2144 : i64
              %v2160 = arith.muli %v2159, %v970 : i64
              %v2161 = arith.addi %v2160, %v2143 : i64
              %v2162 = llvm.getelementptr %v72[%v2161] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2163 = llvm.load %v2162 : !llvm.ptr -> f32
              %v2164 = arith.muli %v2, %v2 : i64
              %v2165 = arith.addi %v2164, %v2144 : i64
              %v2166 = arith.muli %v2165, %v970 : i64
              %v2167 = arith.addi %v2166, %v2143 : i64
              %v2168 = llvm.getelementptr %v72[%v2167] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2169 = llvm.load %v2168 : !llvm.ptr -> f32
              %v2170 = arith.addf %v2163, %v2169 fastmath<contract> : f32
              %v2171 = arith.muli %v629, %v2 : i64
              %v2172 = arith.addi %v2171, %v2144 : i64
              %v2173 = arith.muli %v2172, %v970 : i64
              %v2174 = arith.addi %v2173, %v2143 : i64
              %v2175 = llvm.getelementptr %v72[%v2174] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2176 = llvm.load %v2175 : !llvm.ptr -> f32
              %v2177 = arith.addf %v2170, %v2176 fastmath<contract> : f32
              %v2178 = arith.muli %v176, %v2 : i64
              %v2179 = arith.addi %v2178, %v2144 : i64
              %v2180 = arith.muli %v2179, %v970 : i64
              %v2181 = arith.addi %v2180, %v2143 : i64
              %v2182 = llvm.getelementptr %v72[%v2181] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2183 = llvm.load %v2182 : !llvm.ptr -> f32
              %v2184 = arith.addf %v2177, %v2183 fastmath<contract> : f32
              %v2185 = arith.muli %v55, %v2 : i64
              %v2186 = arith.addi %v2185, %v2144 : i64
              %v2187 = arith.muli %v2186, %v970 : i64
              %v2188 = arith.addi %v2187, %v2143 : i64
              %v2189 = llvm.getelementptr %v72[%v2188] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2190 = llvm.load %v2189 : !llvm.ptr -> f32
              %v2191 = arith.addf %v2184, %v2190 fastmath<contract> : f32
              %v2192 = arith.muli %v2009, %v2 : i64
              %v2193 = arith.addi %v2192, %v2144 : i64
              %v2194 = arith.muli %v2193, %v970 : i64
              %v2195 = arith.addi %v2194, %v2143 : i64
              %v2196 = llvm.getelementptr %v72[%v2195] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2197 = llvm.load %v2196 : !llvm.ptr -> f32
              %v2198 = arith.addf %v2191, %v2197 fastmath<contract> : f32
              %v2199 = arith.muli %v2017, %v2 : i64
              %v2200 = arith.addi %v2199, %v2144 : i64
              %v2201 = arith.muli %v2200, %v970 : i64
              %v2202 = arith.addi %v2201, %v2143 : i64
              %v2203 = llvm.getelementptr %v72[%v2202] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2204 = llvm.load %v2203 : !llvm.ptr -> f32
              %v2205 = arith.addf %v2198, %v2204 fastmath<contract> : f32
              %v2206 = arith.muli %v464, %v2 : i64
              %v2207 = arith.addi %v2206, %v2144 : i64
              %v2208 = arith.muli %v2207, %v970 : i64
              %v2209 = arith.addi %v2208, %v2143 : i64
              %v2210 = llvm.getelementptr %v72[%v2209] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2211 = llvm.load %v2210 : !llvm.ptr -> f32
              %v2212 = arith.addf %v2205, %v2211 fastmath<contract> : f32
              %v2213 = arith.muli %v53, %v258 : i64
              %v2214 = arith.muli %v2157, %v257 : i64
              %v2215 = arith.addi %v2213, %v2214 : i64
              %v2216 = arith.muli %v51, %v2 : i64
              %v2217 = arith.addi %v2215, %v2216 : i64
              %v2218 = arith.muli %v37, %v2137 : i64
              %v2219 = arith.addi %v2218, %v2217 : i64
              %v2220 = llvm.getelementptr %part_ig[%v2219] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v2212, %v2220 : f32, !llvm.ptr
            }
          }
          %v2224 = arith.index_cast %v24 : i64 to index
          %v2225 = arith.index_cast %v26 : i64 to index
          %v2226 = arith.index_cast %v8 : i64 to index
          scf.for %v2227 = %v2224 to %v2225 step %v2226 {
            %v2228 = arith.index_cast %v2227 : index to i64
            %v2229 = arith.remui %v2228, %v26 : i64
            %v2230 = arith.divui %v2228, %v26 : i64
            %v2231 = arith.muli %v471, %v38 : i64
            %v2232 = arith.divui %v2229, %v55 : i64
            %v2233 = arith.addi %v2231, %v2232 : i64
            %v2234 = arith.cmpi slt, %v2233, %v195 : i64
            %v2235 = arith.subi %v195, %v2 : i64
            %v2236 = arith.subi %v2235, %v2233 : i64
            %v2237 = arith.remui %v2229, %v55 : i64
            %v2238 = arith.subi %v176, %v2237 : i64
            %v2239 = arith.muli %v2236, %v55 : i64
            %v2240 = arith.addi %v2239, %v2238 : i64
            %v2241 = arith.cmpi slt, %v2240, %v193 : i64
            %v2242 = arith.andi %v2234, %v2241 : i1
            scf.if %v2242 {
              %v2243 = arith.addi %v191, %v2240 : i64
              %v2244 = arith.muli %v85, %v2 : i64
              %v2245 = arith.addi %v2244, %v2230 : i64
              %v2246 = arith.muli %v2245, %v970 : i64
              %v2247 = arith.addi %v2246, %v2229 : i64
              %v2248 = llvm.getelementptr %v74[%v2247] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2249 = llvm.load %v2248 : !llvm.ptr -> f32
              %v2250 = arith.muli %v2, %v2 : i64
              %v2251 = arith.addi %v2250, %v2230 : i64
              %v2252 = arith.muli %v2251, %v970 : i64
              %v2253 = arith.addi %v2252, %v2229 : i64
              %v2254 = llvm.getelementptr %v74[%v2253] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2255 = llvm.load %v2254 : !llvm.ptr -> f32
              %v2256 = arith.addf %v2249, %v2255 fastmath<contract> : f32
              %v2257 = arith.muli %v629, %v2 : i64
              %v2258 = arith.addi %v2257, %v2230 : i64
              %v2259 = arith.muli %v2258, %v970 : i64
              %v2260 = arith.addi %v2259, %v2229 : i64
              %v2261 = llvm.getelementptr %v74[%v2260] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2262 = llvm.load %v2261 : !llvm.ptr -> f32
              %v2263 = arith.addf %v2256, %v2262 fastmath<contract> : f32
              %v2264 = arith.muli %v176, %v2 : i64
              %v2265 = arith.addi %v2264, %v2230 : i64
              %v2266 = arith.muli %v2265, %v970 : i64
              %v2267 = arith.addi %v2266, %v2229 : i64
              %v2268 = llvm.getelementptr %v74[%v2267] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2269 = llvm.load %v2268 : !llvm.ptr -> f32
              %v2270 = arith.addf %v2263, %v2269 fastmath<contract> : f32
              %v2271 = arith.muli %v55, %v2 : i64
              %v2272 = arith.addi %v2271, %v2230 : i64
              %v2273 = arith.muli %v2272, %v970 : i64
              %v2274 = arith.addi %v2273, %v2229 : i64
              %v2275 = llvm.getelementptr %v74[%v2274] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2276 = llvm.load %v2275 : !llvm.ptr -> f32
              %v2277 = arith.addf %v2270, %v2276 fastmath<contract> : f32
              %v2278 = arith.muli %v2009, %v2 : i64
              %v2279 = arith.addi %v2278, %v2230 : i64
              %v2280 = arith.muli %v2279, %v970 : i64
              %v2281 = arith.addi %v2280, %v2229 : i64
              %v2282 = llvm.getelementptr %v74[%v2281] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2283 = llvm.load %v2282 : !llvm.ptr -> f32
              %v2284 = arith.addf %v2277, %v2283 fastmath<contract> : f32
              %v2285 = arith.muli %v2017, %v2 : i64
              %v2286 = arith.addi %v2285, %v2230 : i64
              %v2287 = arith.muli %v2286, %v970 : i64
              %v2288 = arith.addi %v2287, %v2229 : i64
              %v2289 = llvm.getelementptr %v74[%v2288] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2290 = llvm.load %v2289 : !llvm.ptr -> f32
              %v2291 = arith.addf %v2284, %v2290 fastmath<contract> : f32
              %v2292 = arith.muli %v464, %v2 : i64
              %v2293 = arith.addi %v2292, %v2230 : i64
              %v2294 = arith.muli %v2293, %v970 : i64
              %v2295 = arith.addi %v2294, %v2229 : i64
              %v2296 = llvm.getelementptr %v74[%v2295] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2297 = llvm.load %v2296 : !llvm.ptr -> f32
              %v2298 = arith.addf %v2291, %v2297 fastmath<contract> : f32
              %v2299 = arith.muli %v53, %v258 : i64
              %v2300 = arith.muli %v2243, %v257 : i64
              %v2301 = arith.addi %v2299, %v2300 : i64
              %v2302 = arith.muli %v51, %v2 : i64
              %v2303 = arith.addi %v2301, %v2302 : i64
              %v2304 = arith.muli %v37, %v2223 : i64
              %v2305 = arith.addi %v2304, %v2303 : i64
              %v2306 = llvm.getelementptr %part_fg[%v2305] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v2298, %v2306 : f32, !llvm.ptr
            }
          }
          gpu.barrier
        }
      }
      %v2307 = arith.cmpi eq, %v34, %v85 : i64
      scf.if %v2307 {
      }
      gpu.return
    }
  }
}
