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
    gpu.func @mlstm_bwd(%in_q: !llvm.ptr, %in_k: !llvm.ptr, %in_v: !llvm.ptr, %in_ig: !llvm.ptr, %in_fg: !llvm.ptr, %dy_o: !llvm.ptr, %ckpt_C: !llvm.ptr, %ckpt_n: !llvm.ptr, %scratch_C: !llvm.ptr, %scratch_n: !llvm.ptr, %part_q: !llvm.ptr, %part_k: !llvm.ptr, %dx_v: !llvm.ptr, %part_ig: !llvm.ptr, %part_fg: !llvm.ptr, %size_B: i64, %size_L: i64, %size_H: i64, %size_DK: i64, %size_DV: i64, %slice_first: i64, %slice_steps: i64, %slice_carry: !llvm.ptr) kernel attributes {nvvm.maxntid = array<i32: 256, 1, 1>, nvvm.minctasm = 2 : i32} {
      %v1 = arith.constant 16 : i64
      %v2 = arith.constant 1 : i64
      %v3 = arith.muli %v2, %size_B : i64
      %v4 = arith.muli %v3, %size_H : i64
      %v5 = arith.muli %v4, %size_DV : i64
      %v6 = arith.constant 64 : i64
      %v7 = arith.divui %slice_first, %v6 : i64
      %v8 = arith.addi %slice_first, %slice_steps : i64
      %v9 = arith.constant 63 : i64
      %v10 = arith.addi %v8, %v9 : i64
      %v11 = arith.divui %v10, %v6 : i64
      %v12 = arith.constant 0 : i64
      %v13 = arith.cmpi eq, %slice_first, %v12 : i64
      %v14 = arith.cmpi sge, %v8, %size_L : i64
      %v15 = arith.cmpi slt, %v8, %size_L : i64
      %v16 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v17 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v18 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v19 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v20 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v21 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v22 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v23 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v24 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v25 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v26 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v27 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v32 = arith.constant 32 : i64
      %v33 = arith.constant 31 : i64
      %v39 = arith.constant 8 : i64
      %v56 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v57 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v58 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v59 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v60 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v61 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v62 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v63 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v64 = llvm.mlir.addressof @tile_mlstm_bwd_q : !llvm.ptr<3>
      %v65 = llvm.addrspacecast %v64 : !llvm.ptr<3> to !llvm.ptr
      %v66 = llvm.mlir.addressof @tile_mlstm_bwd_k : !llvm.ptr<3>
      %v67 = llvm.addrspacecast %v66 : !llvm.ptr<3> to !llvm.ptr
      %v68 = llvm.mlir.addressof @tile_mlstm_bwd_ig : !llvm.ptr<3>
      %v69 = llvm.addrspacecast %v68 : !llvm.ptr<3> to !llvm.ptr
      %v70 = llvm.mlir.addressof @tile_mlstm_bwd_fg : !llvm.ptr<3>
      %v71 = llvm.addrspacecast %v70 : !llvm.ptr<3> to !llvm.ptr
      %v72 = llvm.mlir.addressof @rows_mlstm_bwd_q : !llvm.ptr<3>
      %v73 = llvm.addrspacecast %v72 : !llvm.ptr<3> to !llvm.ptr
      %v74 = llvm.mlir.addressof @rows_mlstm_bwd_k : !llvm.ptr<3>
      %v75 = llvm.addrspacecast %v74 : !llvm.ptr<3> to !llvm.ptr
      %v76 = llvm.mlir.addressof @rows_mlstm_bwd_ig : !llvm.ptr<3>
      %v77 = llvm.addrspacecast %v76 : !llvm.ptr<3> to !llvm.ptr
      %v78 = llvm.mlir.addressof @rows_mlstm_bwd_fg : !llvm.ptr<3>
      %v79 = llvm.addrspacecast %v78 : !llvm.ptr<3> to !llvm.ptr
      %v80 = arith.constant 0x00000000 : f32
      %v81 = arith.constant 0x3F800000 : f32
      %v93 = arith.constant 2 : i64
      %v98 = arith.constant 3 : i64
      %v103 = arith.constant 4 : i64
      %v108 = arith.constant 5 : i64
      %v113 = arith.constant 6 : i64
      %v118 = arith.constant 7 : i64
      %v143 = arith.constant 1024 : i64
      %v144 = arith.constant 256 : i64
      %v156 = arith.muli %v2, %v1 : i64
      %v157 = arith.muli %v156, %size_H : i64
      %v158 = arith.muli %v157, %size_L : i64
      %v168 = arith.constant 65 : i64
      %v204 = arith.muli %v2, %size_H : i64
      %v205 = arith.muli %v204, %size_L : i64
      %v236 = arith.muli %v2, %size_B : i64
      %v237 = arith.muli %v236, %size_H : i64
      %v238 = arith.muli %v237, %v1 : i64
      %v239 = arith.muli %v238, %size_DV : i64
      %v241 = arith.muli %v2, %size_DV : i64
      %v242 = arith.muli %v241, %v1 : i64
      %v243 = arith.muli %v242, %size_H : i64
      %v254 = arith.muli %v2, %size_B : i64
      %v255 = arith.muli %v254, %size_H : i64
      %v256 = arith.muli %v255, %v1 : i64
      %v257 = arith.muli %v256, %size_DV : i64
      %v271 = arith.muli %v2, %size_B : i64
      %v272 = arith.muli %v271, %size_H : i64
      %v273 = arith.muli %v272, %v1 : i64
      %v275 = arith.muli %v2, %v1 : i64
      %v276 = arith.muli %v275, %size_H : i64
      %v285 = arith.muli %v2, %size_B : i64
      %v286 = arith.muli %v285, %size_H : i64
      %v287 = arith.muli %v286, %v1 : i64
      %v358 = arith.constant 0x3FB8AA3B : f32
      %v379 = arith.muli %v2, %size_DV : i64
      %v380 = arith.muli %v379, %size_H : i64
      %v381 = arith.muli %v380, %size_L : i64
      %v706 = arith.constant 2147483647 : i64
      %v710 = arith.constant 3 : i32
      %v739 = arith.constant 1 : i32
      %v740 = arith.constant 32 : i32
      %v744 = arith.constant 2 : i32
      %v748 = arith.constant 4 : i32
      %v785 = arith.constant 0xBF800000 : f32
      %v927 = arith.constant 8 : i32
      %v931 = arith.constant 16 : i32
      %v941 = arith.constant 33 : i64
      %v1634 = arith.constant 0 : i32
      %v3431 = arith.constant 512 : i64
      %v3437 = arith.muli %v2, %size_B : i64
      %v3438 = arith.muli %v3437, %slice_steps : i64
      %v3439 = arith.muli %v3438, %size_H : i64
      %v3440 = arith.muli %v3439, %v1 : i64
      %v3516 = arith.muli %v2, %v1 : i64
      %v3517 = arith.muli %v3516, %size_H : i64
      %v3518 = arith.muli %v3517, %slice_steps : i64
      %v3534 = arith.muli %v2, %size_B : i64
      %v3535 = arith.muli %v3534, %slice_steps : i64
      %v3536 = arith.muli %v3535, %size_H : i64
      %v3537 = arith.muli %v3536, %v1 : i64
      %v3628 = arith.muli %v2, %size_B : i64
      %v3629 = arith.muli %v3628, %slice_steps : i64
      %v3630 = arith.muli %v3629, %size_H : i64
      %v3704 = arith.muli %v2, %size_H : i64
      %v3705 = arith.muli %v3704, %slice_steps : i64
      %v3719 = arith.muli %v2, %size_B : i64
      %v3720 = arith.muli %v3719, %slice_steps : i64
      %v3721 = arith.muli %v3720, %size_H : i64
      %v28 = gpu.block_id x
      %v29 = gpu.thread_id x
      %v30 = arith.index_cast %v29 : index to i64
      %v31 = arith.index_cast %v28 : index to i64
      %v34 = arith.addi %size_DV, %v33 : i64
      %v35 = arith.divui %v34, %v32 : i64
      %v36 = arith.maxsi %v35, %v2 : i64
      %v37 = arith.divui %v31, %v36 : i64
      %v38 = arith.remui %v31, %v36 : i64
      %v40 = arith.remui %v30, %v39 : i64
      %v41 = arith.divui %v30, %v39 : i64
      %v42 = arith.muli %v38, %v32 : i64
      %v43 = arith.addi %v42, %v41 : i64
      %v44 = arith.cmpi slt, %v43, %size_DV : i64
      %v45 = arith.muli %v37, %size_DV : i64
      %v46 = arith.addi %v45, %v43 : i64
      %v47 = arith.subi %size_DV, %v2 : i64
      %v48 = arith.minsi %v43, %v47 : i64
      %v49 = arith.addi %v45, %v48 : i64
      %v50 = arith.remui %v49, %size_DV : i64
      %v51 = arith.divui %v49, %size_DV : i64
      %v52 = arith.remui %v51, %size_H : i64
      %v53 = arith.divui %v51, %size_H : i64
      %v54 = arith.remui %v53, %size_B : i64
      %v55 = arith.divui %v53, %size_B : i64
      %v375 = arith.sitofp %v1 : i64 to f32
      %v498 = arith.sitofp %v1 : i64 to f32
      %v555 = arith.sitofp %v1 : i64 to f32
      %v612 = arith.sitofp %v1 : i64 to f32
      %v669 = arith.sitofp %v1 : i64 to f32
      %v828 = arith.sitofp %v1 : i64 to f32
      %v1136 = arith.sitofp %v1 : i64 to f32
      %v1441 = arith.sitofp %v1 : i64 to f32
      %v1747 = arith.sitofp %v1 : i64 to f32
      %v2001 = arith.sitofp %v1 : i64 to f32
      %v2058 = arith.sitofp %v1 : i64 to f32
      %v2115 = arith.sitofp %v1 : i64 to f32
      %v2172 = arith.sitofp %v1 : i64 to f32
      %v2324 = arith.sitofp %v1 : i64 to f32
      %v2629 = arith.sitofp %v1 : i64 to f32
      %v2934 = arith.sitofp %v1 : i64 to f32
      %v3239 = arith.sitofp %v1 : i64 to f32
      llvm.store %v80, %v56 : f32, !llvm.ptr
      llvm.store %v80, %v57 : f32, !llvm.ptr
      llvm.store %v80, %v58 : f32, !llvm.ptr
      llvm.store %v80, %v59 : f32, !llvm.ptr
      llvm.store %v81, %v60 : f32, !llvm.ptr
      llvm.store %v81, %v61 : f32, !llvm.ptr
      llvm.store %v81, %v62 : f32, !llvm.ptr
      llvm.store %v81, %v63 : f32, !llvm.ptr
      scf.if %v15 {
        scf.if %v44 {
          %v82 = arith.muli %v46, %v39 : i64
          %v83 = arith.addi %v82, %v40 : i64
          %v84 = arith.muli %v5, %v39 : i64
          %v85 = arith.muli %v12, %v84 : i64
          %v86 = arith.addi %v85, %v83 : i64
          %v87 = llvm.getelementptr %slice_carry[%v86] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v88 = llvm.load %v87 : !llvm.ptr -> f32
          llvm.store %v88, %v56 : f32, !llvm.ptr
          %v89 = arith.muli %v2, %v84 : i64
          %v90 = arith.addi %v89, %v83 : i64
          %v91 = llvm.getelementptr %slice_carry[%v90] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v92 = llvm.load %v91 : !llvm.ptr -> f32
          llvm.store %v92, %v57 : f32, !llvm.ptr
          %v94 = arith.muli %v93, %v84 : i64
          %v95 = arith.addi %v94, %v83 : i64
          %v96 = llvm.getelementptr %slice_carry[%v95] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v97 = llvm.load %v96 : !llvm.ptr -> f32
          llvm.store %v97, %v58 : f32, !llvm.ptr
          %v99 = arith.muli %v98, %v84 : i64
          %v100 = arith.addi %v99, %v83 : i64
          %v101 = llvm.getelementptr %slice_carry[%v100] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v102 = llvm.load %v101 : !llvm.ptr -> f32
          llvm.store %v102, %v59 : f32, !llvm.ptr
          %v104 = arith.muli %v103, %v84 : i64
          %v105 = arith.addi %v104, %v83 : i64
          %v106 = llvm.getelementptr %slice_carry[%v105] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v107 = llvm.load %v106 : !llvm.ptr -> f32
          llvm.store %v107, %v60 : f32, !llvm.ptr
          %v109 = arith.muli %v108, %v84 : i64
          %v110 = arith.addi %v109, %v83 : i64
          %v111 = llvm.getelementptr %slice_carry[%v110] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v112 = llvm.load %v111 : !llvm.ptr -> f32
          llvm.store %v112, %v61 : f32, !llvm.ptr
          %v114 = arith.muli %v113, %v84 : i64
          %v115 = arith.addi %v114, %v83 : i64
          %v116 = llvm.getelementptr %slice_carry[%v115] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v117 = llvm.load %v116 : !llvm.ptr -> f32
          llvm.store %v117, %v62 : f32, !llvm.ptr
          %v119 = arith.muli %v118, %v84 : i64
          %v120 = arith.addi %v119, %v83 : i64
          %v121 = llvm.getelementptr %slice_carry[%v120] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v122 = llvm.load %v121 : !llvm.ptr -> f32
          llvm.store %v122, %v63 : f32, !llvm.ptr
        }
      }
      scf.if %v14 {
      }
      %v123 = arith.cmpi eq, %size_L, %v12 : i64
      scf.if %v123 {
        llvm.store %v80, %v24 : f32, !llvm.ptr
        llvm.store %v80, %v25 : f32, !llvm.ptr
        llvm.store %v80, %v26 : f32, !llvm.ptr
        llvm.store %v80, %v27 : f32, !llvm.ptr
      }
      %v124 = arith.subi %v6, %v2 : i64
      %v125 = arith.addi %size_L, %v124 : i64
      %v126 = arith.divui %v125, %v6 : i64
      %v127 = arith.minsi %v11, %v126 : i64
      %v128 = arith.subi %v127, %v7 : i64
      %v129 = arith.maxsi %v128, %v12 : i64
      %v130 = arith.index_cast %v12 : i64 to index
      %v131 = arith.index_cast %v129 : i64 to index
      %v132 = arith.index_cast %v2 : i64 to index
      scf.for %v133 = %v130 to %v131 step %v132 {
        %v134 = arith.index_cast %v133 : index to i64
        %v135 = arith.subi %v127, %v2 : i64
        %v136 = arith.subi %v135, %v134 : i64
        %v137 = arith.muli %v136, %v6 : i64
        %v138 = arith.subi %size_L, %v137 : i64
        %v139 = arith.minsi %v138, %v6 : i64
        %v140 = arith.addi %v139, %v98 : i64
        %v141 = arith.divui %v140, %v103 : i64
        // the block's shared input rows for this stretch
        gpu.barrier
        %v142 = arith.subi %size_L, %v2 : i64
        %v145 = arith.index_cast %v30 : i64 to index
        %v146 = arith.index_cast %v143 : i64 to index
        %v147 = arith.index_cast %v144 : i64 to index
        scf.for %v148 = %v145 to %v146 step %v147 {
          %v149 = arith.index_cast %v148 : index to i64
          %v150 = arith.remui %v149, %v6 : i64
          %v151 = arith.divui %v149, %v6 : i64
          %v152 = arith.addi %v137, %v150 : i64
          %v153 = arith.minsi %v152, %v142 : i64
          %v154 = arith.remui %v151, %v1 : i64
          %v155 = arith.divui %v151, %v1 : i64
          %v159 = arith.muli %v54, %v158 : i64
          %v160 = arith.muli %v153, %v157 : i64
          %v161 = arith.addi %v159, %v160 : i64
          %v162 = arith.muli %v52, %v156 : i64
          %v163 = arith.addi %v161, %v162 : i64
          %v164 = arith.muli %v154, %v2 : i64
          %v165 = arith.addi %v163, %v164 : i64
          %v166 = llvm.getelementptr %in_q[%v165] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v167 = llvm.load %v166 : !llvm.ptr -> f32
          %v169 = arith.muli %v151, %v168 : i64
          %v170 = arith.addi %v169, %v150 : i64
          %v171 = llvm.getelementptr %v73[%v170] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v167, %v171 : f32, !llvm.ptr
        }
        %v172 = arith.index_cast %v30 : i64 to index
        %v173 = arith.index_cast %v143 : i64 to index
        %v174 = arith.index_cast %v144 : i64 to index
        scf.for %v175 = %v172 to %v173 step %v174 {
          %v176 = arith.index_cast %v175 : index to i64
          %v177 = arith.remui %v176, %v6 : i64
          %v178 = arith.divui %v176, %v6 : i64
          %v179 = arith.addi %v137, %v177 : i64
          %v180 = arith.minsi %v179, %v142 : i64
          %v181 = arith.remui %v178, %v1 : i64
          %v182 = arith.divui %v178, %v1 : i64
          %v183 = arith.muli %v54, %v158 : i64
          %v184 = arith.muli %v180, %v157 : i64
          %v185 = arith.addi %v183, %v184 : i64
          %v186 = arith.muli %v52, %v156 : i64
          %v187 = arith.addi %v185, %v186 : i64
          %v188 = arith.muli %v181, %v2 : i64
          %v189 = arith.addi %v187, %v188 : i64
          %v190 = llvm.getelementptr %in_k[%v189] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v191 = llvm.load %v190 : !llvm.ptr -> f32
          %v192 = arith.muli %v178, %v168 : i64
          %v193 = arith.addi %v192, %v177 : i64
          %v194 = llvm.getelementptr %v75[%v193] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v191, %v194 : f32, !llvm.ptr
        }
        %v195 = arith.index_cast %v30 : i64 to index
        %v196 = arith.index_cast %v6 : i64 to index
        %v197 = arith.index_cast %v144 : i64 to index
        scf.for %v198 = %v195 to %v196 step %v197 {
          %v199 = arith.index_cast %v198 : index to i64
          %v200 = arith.remui %v199, %v6 : i64
          %v201 = arith.divui %v199, %v6 : i64
          %v202 = arith.addi %v137, %v200 : i64
          %v203 = arith.minsi %v202, %v142 : i64
          %v206 = arith.muli %v54, %v205 : i64
          %v207 = arith.muli %v203, %v204 : i64
          %v208 = arith.addi %v206, %v207 : i64
          %v209 = arith.muli %v52, %v2 : i64
          %v210 = arith.addi %v208, %v209 : i64
          %v211 = llvm.getelementptr %in_ig[%v210] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v212 = llvm.load %v211 : !llvm.ptr -> f32
          %v213 = arith.muli %v201, %v168 : i64
          %v214 = arith.addi %v213, %v200 : i64
          %v215 = llvm.getelementptr %v77[%v214] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v212, %v215 : f32, !llvm.ptr
        }
        %v216 = arith.index_cast %v30 : i64 to index
        %v217 = arith.index_cast %v6 : i64 to index
        %v218 = arith.index_cast %v144 : i64 to index
        scf.for %v219 = %v216 to %v217 step %v218 {
          %v220 = arith.index_cast %v219 : index to i64
          %v221 = arith.remui %v220, %v6 : i64
          %v222 = arith.divui %v220, %v6 : i64
          %v223 = arith.addi %v137, %v221 : i64
          %v224 = arith.minsi %v223, %v142 : i64
          %v225 = arith.muli %v54, %v205 : i64
          %v226 = arith.muli %v224, %v204 : i64
          %v227 = arith.addi %v225, %v226 : i64
          %v228 = arith.muli %v52, %v2 : i64
          %v229 = arith.addi %v227, %v228 : i64
          %v230 = llvm.getelementptr %in_fg[%v229] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v231 = llvm.load %v230 : !llvm.ptr -> f32
          %v232 = arith.muli %v222, %v168 : i64
          %v233 = arith.addi %v232, %v221 : i64
          %v234 = llvm.getelementptr %v79[%v233] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v231, %v234 : f32, !llvm.ptr
        }
        gpu.barrier
        %v235 = arith.subi %v139, %v2 : i64
        %v240 = arith.muli %v136, %v239 : i64
        %v244 = arith.muli %v54, %v243 : i64
        %v245 = arith.muli %v52, %v242 : i64
        %v246 = arith.addi %v244, %v245 : i64
        %v247 = arith.muli %v40, %v241 : i64
        %v248 = arith.addi %v246, %v247 : i64
        %v249 = arith.muli %v50, %v2 : i64
        %v250 = arith.addi %v248, %v249 : i64
        %v251 = arith.addi %v240, %v250 : i64
        %v252 = llvm.getelementptr %ckpt_C[%v251] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v253 = llvm.load %v252 : !llvm.ptr -> f32
        llvm.store %v253, %v20 : f32, !llvm.ptr
        %v258 = arith.muli %v136, %v257 : i64
        %v259 = arith.muli %v54, %v243 : i64
        %v260 = arith.muli %v52, %v242 : i64
        %v261 = arith.addi %v259, %v260 : i64
        %v262 = arith.constant 8 : i64
        %v263 = arith.addi %v262, %v40 : i64
        %v264 = arith.muli %v263, %v241 : i64
        %v265 = arith.addi %v261, %v264 : i64
        %v266 = arith.muli %v50, %v2 : i64
        %v267 = arith.addi %v265, %v266 : i64
        %v268 = arith.addi %v258, %v267 : i64
        %v269 = llvm.getelementptr %ckpt_C[%v268] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v270 = llvm.load %v269 : !llvm.ptr -> f32
        llvm.store %v270, %v21 : f32, !llvm.ptr
        %v274 = arith.muli %v136, %v273 : i64
        %v277 = arith.muli %v54, %v276 : i64
        %v278 = arith.muli %v52, %v275 : i64
        %v279 = arith.addi %v277, %v278 : i64
        %v280 = arith.muli %v40, %v2 : i64
        %v281 = arith.addi %v279, %v280 : i64
        %v282 = arith.addi %v274, %v281 : i64
        %v283 = llvm.getelementptr %ckpt_n[%v282] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v284 = llvm.load %v283 : !llvm.ptr -> f32
        llvm.store %v284, %v22 : f32, !llvm.ptr
        %v288 = arith.muli %v136, %v287 : i64
        %v289 = arith.muli %v54, %v276 : i64
        %v290 = arith.muli %v52, %v275 : i64
        %v291 = arith.addi %v289, %v290 : i64
        %v292 = arith.constant 8 : i64
        %v293 = arith.addi %v292, %v40 : i64
        %v294 = arith.muli %v293, %v2 : i64
        %v295 = arith.addi %v291, %v294 : i64
        %v296 = arith.addi %v288, %v295 : i64
        %v297 = llvm.getelementptr %ckpt_n[%v296] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v298 = llvm.load %v297 : !llvm.ptr -> f32
        llvm.store %v298, %v23 : f32, !llvm.ptr
        // the state entering each group of the stretch
        %v299 = arith.index_cast %v12 : i64 to index
        %v300 = arith.index_cast %v141 : i64 to index
        %v301 = arith.index_cast %v2 : i64 to index
        scf.for %v302 = %v299 to %v300 step %v301 {
          %v303 = arith.index_cast %v302 : index to i64
          scf.if %v44 {
            %v304 = llvm.load %v20 : !llvm.ptr -> f32
            %v305 = arith.muli %v303, %v5 : i64
            %v306 = arith.subi %v5, %v2 : i64
            %v307 = arith.minsi %v46, %v306 : i64
            %v308 = arith.addi %v305, %v307 : i64
            %v309 = arith.muli %v308, %v1 : i64
            %v310 = arith.addi %v309, %v12 : i64
            %v311 = arith.addi %v310, %v40 : i64
            %v312 = llvm.getelementptr %scratch_C[%v311] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v304, %v312 : f32, !llvm.ptr
            %v313 = llvm.load %v21 : !llvm.ptr -> f32
            %v314 = arith.muli %v303, %v5 : i64
            %v315 = arith.subi %v5, %v2 : i64
            %v316 = arith.minsi %v46, %v315 : i64
            %v317 = arith.addi %v314, %v316 : i64
            %v318 = arith.muli %v317, %v1 : i64
            %v319 = arith.addi %v318, %v39 : i64
            %v320 = arith.addi %v319, %v40 : i64
            %v321 = llvm.getelementptr %scratch_C[%v320] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v313, %v321 : f32, !llvm.ptr
            %v322 = llvm.load %v22 : !llvm.ptr -> f32
            %v323 = arith.muli %v303, %v5 : i64
            %v324 = arith.subi %v5, %v2 : i64
            %v325 = arith.minsi %v46, %v324 : i64
            %v326 = arith.addi %v323, %v325 : i64
            %v327 = arith.muli %v326, %v1 : i64
            %v328 = arith.addi %v327, %v12 : i64
            %v329 = arith.addi %v328, %v40 : i64
            %v330 = llvm.getelementptr %scratch_n[%v329] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v322, %v330 : f32, !llvm.ptr
            %v331 = llvm.load %v23 : !llvm.ptr -> f32
            %v332 = arith.muli %v303, %v5 : i64
            %v333 = arith.subi %v5, %v2 : i64
            %v334 = arith.minsi %v46, %v333 : i64
            %v335 = arith.addi %v332, %v334 : i64
            %v336 = arith.muli %v335, %v1 : i64
            %v337 = arith.addi %v336, %v39 : i64
            %v338 = arith.addi %v337, %v40 : i64
            %v339 = llvm.getelementptr %scratch_n[%v338] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v331, %v339 : f32, !llvm.ptr
          }
          %v340 = arith.muli %v303, %v103 : i64
          %v341 = arith.subi %v139, %v340 : i64
          %v342 = arith.trunci %v341 : i64 to i32
          %v343 = arith.index_cast %v12 : i64 to index
          %v344 = arith.index_cast %v103 : i64 to index
          %v345 = arith.index_cast %v2 : i64 to index
          scf.for %v346 = %v343 to %v344 step %v345 {
            %v347 = arith.index_cast %v346 : index to i64
            %v348 = arith.trunci %v347 : i64 to i32
            %v349 = arith.addi %v340, %v347 : i64
            %v350 = arith.cmpi slt, %v348, %v342 : i32
            scf.if %v350 {
              %v351 = arith.addi %v137, %v349 : i64
              %v352 = arith.muli %v12, %v168 : i64
              %v353 = arith.subi %v351, %v137 : i64
              %v354 = arith.addi %v352, %v353 : i64
              %v355 = llvm.getelementptr %v79[%v354] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v356 = llvm.load %v355 : !llvm.ptr -> f32
              %v357 = arith.negf %v356 : f32
              %v359 = arith.mulf %v357, %v358 fastmath<contract> : f32
              %v360 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v359) : (f32) -> f32
              %v361 = arith.addf %v81, %v360 fastmath<contract> : f32
              %v362 = arith.divf %v81, %v361 : f32
              %v363 = arith.muli %v12, %v168 : i64
              %v364 = arith.subi %v351, %v137 : i64
              %v365 = arith.addi %v363, %v364 : i64
              %v366 = llvm.getelementptr %v77[%v365] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v367 = llvm.load %v366 : !llvm.ptr -> f32
              %v368 = arith.mulf %v367, %v358 fastmath<contract> : f32
              %v369 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v368) : (f32) -> f32
              %v370 = arith.muli %v40, %v168 : i64
              %v371 = arith.subi %v351, %v137 : i64
              %v372 = arith.addi %v370, %v371 : i64
              %v373 = llvm.getelementptr %v75[%v372] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v374 = llvm.load %v373 : !llvm.ptr -> f32
              %v376 = llvm.call_intrinsic "llvm.sqrt.f32"(%v375) : (f32) -> f32
              %v377 = arith.divf %v374, %v376 : f32
              %v378 = arith.mulf %v369, %v377 fastmath<contract> : f32
              %v382 = arith.muli %v54, %v381 : i64
              %v383 = arith.muli %v351, %v380 : i64
              %v384 = arith.addi %v382, %v383 : i64
              %v385 = arith.muli %v52, %v379 : i64
              %v386 = arith.addi %v384, %v385 : i64
              %v387 = arith.muli %v50, %v2 : i64
              %v388 = arith.addi %v386, %v387 : i64
              %v389 = llvm.getelementptr %in_v[%v388] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v390 = llvm.load %v389 : !llvm.ptr -> f32
              %v391 = arith.mulf %v378, %v390 fastmath<contract> : f32
              %v392 = llvm.load %v20 : !llvm.ptr -> f32
              %v393 = arith.mulf %v362, %v392 fastmath<contract> : f32
              %v394 = arith.addf %v393, %v391 fastmath<contract> : f32
              llvm.store %v394, %v20 : f32, !llvm.ptr
              %v395 = arith.constant 8 : i64
              %v396 = arith.addi %v395, %v40 : i64
              %v397 = arith.muli %v396, %v168 : i64
              %v398 = arith.subi %v351, %v137 : i64
              %v399 = arith.addi %v397, %v398 : i64
              %v400 = llvm.getelementptr %v75[%v399] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v401 = llvm.load %v400 : !llvm.ptr -> f32
              %v402 = arith.divf %v401, %v376 : f32
              %v403 = arith.mulf %v369, %v402 fastmath<contract> : f32
              %v404 = arith.mulf %v403, %v390 fastmath<contract> : f32
              %v405 = llvm.load %v21 : !llvm.ptr -> f32
              %v406 = arith.mulf %v362, %v405 fastmath<contract> : f32
              %v407 = arith.addf %v406, %v404 fastmath<contract> : f32
              llvm.store %v407, %v21 : f32, !llvm.ptr
              %v408 = llvm.load %v22 : !llvm.ptr -> f32
              %v409 = arith.mulf %v362, %v408 fastmath<contract> : f32
              %v410 = arith.addf %v409, %v378 fastmath<contract> : f32
              llvm.store %v410, %v22 : f32, !llvm.ptr
              %v411 = llvm.load %v23 : !llvm.ptr -> f32
              %v412 = arith.mulf %v362, %v411 fastmath<contract> : f32
              %v413 = arith.addf %v412, %v403 fastmath<contract> : f32
              llvm.store %v413, %v23 : f32, !llvm.ptr
            }
          }
        }
        %v414 = arith.addi %v141, %v118 : i64
        %v415 = arith.divui %v414, %v39 : i64
        %v416 = arith.index_cast %v12 : i64 to index
        %v417 = arith.index_cast %v415 : i64 to index
        %v418 = arith.index_cast %v2 : i64 to index
        scf.for %v419 = %v416 to %v417 step %v418 {
          %v420 = arith.index_cast %v419 : index to i64
          %v421 = arith.muli %v420, %v39 : i64
          %v422 = arith.addi %v421, %v39 : i64
          %v423 = arith.index_cast %v421 : i64 to index
          %v424 = arith.index_cast %v422 : i64 to index
          %v425 = arith.index_cast %v2 : i64 to index
          scf.for %v426 = %v423 to %v424 step %v425 {
            %v427 = arith.index_cast %v426 : index to i64
            %v428 = arith.cmpi slt, %v427, %v141 : i64
            scf.if %v428 {
              %v429 = arith.subi %v141, %v2 : i64
              %v430 = arith.subi %v429, %v427 : i64
              %v431 = arith.muli %v430, %v103 : i64
              %v432 = arith.remui %v427, %v39 : i64
              %v433 = arith.muli %v432, %v103 : i64
              %v434 = arith.addi %v431, %v103 : i64
              %v435 = arith.cmpi sle, %v434, %v139 : i64
              scf.if %v435 {
                %v436 = arith.subi %v139, %v2 : i64
                %v437 = arith.muli %v430, %v5 : i64
                %v438 = arith.subi %v5, %v2 : i64
                %v439 = arith.minsi %v46, %v438 : i64
                %v440 = arith.addi %v437, %v439 : i64
                %v441 = arith.muli %v440, %v1 : i64
                %v442 = arith.addi %v441, %v12 : i64
                %v443 = arith.addi %v442, %v40 : i64
                %v444 = llvm.getelementptr %scratch_C[%v443] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v445 = llvm.load %v444 : !llvm.ptr -> f32
                %v446 = arith.muli %v430, %v5 : i64
                %v447 = arith.subi %v5, %v2 : i64
                %v448 = arith.minsi %v46, %v447 : i64
                %v449 = arith.addi %v446, %v448 : i64
                %v450 = arith.muli %v449, %v1 : i64
                %v451 = arith.addi %v450, %v39 : i64
                %v452 = arith.addi %v451, %v40 : i64
                %v453 = llvm.getelementptr %scratch_C[%v452] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v454 = llvm.load %v453 : !llvm.ptr -> f32
                %v455 = arith.muli %v430, %v5 : i64
                %v456 = arith.subi %v5, %v2 : i64
                %v457 = arith.minsi %v46, %v456 : i64
                %v458 = arith.addi %v455, %v457 : i64
                %v459 = arith.muli %v458, %v1 : i64
                %v460 = arith.addi %v459, %v12 : i64
                %v461 = arith.addi %v460, %v40 : i64
                %v462 = llvm.getelementptr %scratch_n[%v461] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v463 = llvm.load %v462 : !llvm.ptr -> f32
                %v464 = arith.muli %v430, %v5 : i64
                %v465 = arith.subi %v5, %v2 : i64
                %v466 = arith.minsi %v46, %v465 : i64
                %v467 = arith.addi %v464, %v466 : i64
                %v468 = arith.muli %v467, %v1 : i64
                %v469 = arith.addi %v468, %v39 : i64
                %v470 = arith.addi %v469, %v40 : i64
                %v471 = llvm.getelementptr %scratch_n[%v470] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v472 = llvm.load %v471 : !llvm.ptr -> f32
                // the group's states, recomputed into registers
                %v473 = arith.addi %v431, %v12 : i64
                %v474 = arith.minsi %v473, %v436 : i64
                %v475 = arith.addi %v137, %v474 : i64
                %v476 = arith.muli %v12, %v168 : i64
                %v477 = arith.subi %v475, %v137 : i64
                %v478 = arith.addi %v476, %v477 : i64
                %v479 = llvm.getelementptr %v79[%v478] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v480 = llvm.load %v479 : !llvm.ptr -> f32
                %v481 = arith.negf %v480 : f32
                %v482 = arith.mulf %v481, %v358 fastmath<contract> : f32
                %v483 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v482) : (f32) -> f32
                %v484 = arith.addf %v81, %v483 fastmath<contract> : f32
                %v485 = arith.divf %v81, %v484 : f32
                %v486 = arith.muli %v12, %v168 : i64
                %v487 = arith.subi %v475, %v137 : i64
                %v488 = arith.addi %v486, %v487 : i64
                %v489 = llvm.getelementptr %v77[%v488] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v490 = llvm.load %v489 : !llvm.ptr -> f32
                %v491 = arith.mulf %v490, %v358 fastmath<contract> : f32
                %v492 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v491) : (f32) -> f32
                %v493 = arith.muli %v40, %v168 : i64
                %v494 = arith.subi %v475, %v137 : i64
                %v495 = arith.addi %v493, %v494 : i64
                %v496 = llvm.getelementptr %v75[%v495] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v497 = llvm.load %v496 : !llvm.ptr -> f32
                %v499 = llvm.call_intrinsic "llvm.sqrt.f32"(%v498) : (f32) -> f32
                %v500 = arith.divf %v497, %v499 : f32
                %v501 = arith.mulf %v492, %v500 fastmath<contract> : f32
                %v502 = arith.muli %v54, %v381 : i64
                %v503 = arith.muli %v475, %v380 : i64
                %v504 = arith.addi %v502, %v503 : i64
                %v505 = arith.muli %v52, %v379 : i64
                %v506 = arith.addi %v504, %v505 : i64
                %v507 = arith.muli %v50, %v2 : i64
                %v508 = arith.addi %v506, %v507 : i64
                %v509 = llvm.getelementptr %in_v[%v508] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v510 = llvm.load %v509 : !llvm.ptr -> f32
                %v511 = arith.mulf %v501, %v510 fastmath<contract> : f32
                %v512 = arith.mulf %v485, %v445 fastmath<contract> : f32
                %v513 = arith.addf %v512, %v511 fastmath<contract> : f32
                %v514 = arith.constant 8 : i64
                %v515 = arith.addi %v514, %v40 : i64
                %v516 = arith.muli %v515, %v168 : i64
                %v517 = arith.subi %v475, %v137 : i64
                %v518 = arith.addi %v516, %v517 : i64
                %v519 = llvm.getelementptr %v75[%v518] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v520 = llvm.load %v519 : !llvm.ptr -> f32
                %v521 = arith.divf %v520, %v499 : f32
                %v522 = arith.mulf %v492, %v521 fastmath<contract> : f32
                %v523 = arith.mulf %v522, %v510 fastmath<contract> : f32
                %v524 = arith.mulf %v485, %v454 fastmath<contract> : f32
                %v525 = arith.addf %v524, %v523 fastmath<contract> : f32
                %v526 = arith.mulf %v485, %v463 fastmath<contract> : f32
                %v527 = arith.addf %v526, %v501 fastmath<contract> : f32
                %v528 = arith.mulf %v485, %v472 fastmath<contract> : f32
                %v529 = arith.addf %v528, %v522 fastmath<contract> : f32
                %v530 = arith.addi %v431, %v2 : i64
                %v531 = arith.minsi %v530, %v436 : i64
                %v532 = arith.addi %v137, %v531 : i64
                %v533 = arith.muli %v12, %v168 : i64
                %v534 = arith.subi %v532, %v137 : i64
                %v535 = arith.addi %v533, %v534 : i64
                %v536 = llvm.getelementptr %v79[%v535] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v537 = llvm.load %v536 : !llvm.ptr -> f32
                %v538 = arith.negf %v537 : f32
                %v539 = arith.mulf %v538, %v358 fastmath<contract> : f32
                %v540 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v539) : (f32) -> f32
                %v541 = arith.addf %v81, %v540 fastmath<contract> : f32
                %v542 = arith.divf %v81, %v541 : f32
                %v543 = arith.muli %v12, %v168 : i64
                %v544 = arith.subi %v532, %v137 : i64
                %v545 = arith.addi %v543, %v544 : i64
                %v546 = llvm.getelementptr %v77[%v545] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v547 = llvm.load %v546 : !llvm.ptr -> f32
                %v548 = arith.mulf %v547, %v358 fastmath<contract> : f32
                %v549 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v548) : (f32) -> f32
                %v550 = arith.muli %v40, %v168 : i64
                %v551 = arith.subi %v532, %v137 : i64
                %v552 = arith.addi %v550, %v551 : i64
                %v553 = llvm.getelementptr %v75[%v552] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v554 = llvm.load %v553 : !llvm.ptr -> f32
                %v556 = llvm.call_intrinsic "llvm.sqrt.f32"(%v555) : (f32) -> f32
                %v557 = arith.divf %v554, %v556 : f32
                %v558 = arith.mulf %v549, %v557 fastmath<contract> : f32
                %v559 = arith.muli %v54, %v381 : i64
                %v560 = arith.muli %v532, %v380 : i64
                %v561 = arith.addi %v559, %v560 : i64
                %v562 = arith.muli %v52, %v379 : i64
                %v563 = arith.addi %v561, %v562 : i64
                %v564 = arith.muli %v50, %v2 : i64
                %v565 = arith.addi %v563, %v564 : i64
                %v566 = llvm.getelementptr %in_v[%v565] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v567 = llvm.load %v566 : !llvm.ptr -> f32
                %v568 = arith.mulf %v558, %v567 fastmath<contract> : f32
                %v569 = arith.mulf %v542, %v513 fastmath<contract> : f32
                %v570 = arith.addf %v569, %v568 fastmath<contract> : f32
                %v571 = arith.constant 8 : i64
                %v572 = arith.addi %v571, %v40 : i64
                %v573 = arith.muli %v572, %v168 : i64
                %v574 = arith.subi %v532, %v137 : i64
                %v575 = arith.addi %v573, %v574 : i64
                %v576 = llvm.getelementptr %v75[%v575] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v577 = llvm.load %v576 : !llvm.ptr -> f32
                %v578 = arith.divf %v577, %v556 : f32
                %v579 = arith.mulf %v549, %v578 fastmath<contract> : f32
                %v580 = arith.mulf %v579, %v567 fastmath<contract> : f32
                %v581 = arith.mulf %v542, %v525 fastmath<contract> : f32
                %v582 = arith.addf %v581, %v580 fastmath<contract> : f32
                %v583 = arith.mulf %v542, %v527 fastmath<contract> : f32
                %v584 = arith.addf %v583, %v558 fastmath<contract> : f32
                %v585 = arith.mulf %v542, %v529 fastmath<contract> : f32
                %v586 = arith.addf %v585, %v579 fastmath<contract> : f32
                %v587 = arith.addi %v431, %v93 : i64
                %v588 = arith.minsi %v587, %v436 : i64
                %v589 = arith.addi %v137, %v588 : i64
                %v590 = arith.muli %v12, %v168 : i64
                %v591 = arith.subi %v589, %v137 : i64
                %v592 = arith.addi %v590, %v591 : i64
                %v593 = llvm.getelementptr %v79[%v592] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v594 = llvm.load %v593 : !llvm.ptr -> f32
                %v595 = arith.negf %v594 : f32
                %v596 = arith.mulf %v595, %v358 fastmath<contract> : f32
                %v597 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v596) : (f32) -> f32
                %v598 = arith.addf %v81, %v597 fastmath<contract> : f32
                %v599 = arith.divf %v81, %v598 : f32
                %v600 = arith.muli %v12, %v168 : i64
                %v601 = arith.subi %v589, %v137 : i64
                %v602 = arith.addi %v600, %v601 : i64
                %v603 = llvm.getelementptr %v77[%v602] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v604 = llvm.load %v603 : !llvm.ptr -> f32
                %v605 = arith.mulf %v604, %v358 fastmath<contract> : f32
                %v606 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v605) : (f32) -> f32
                %v607 = arith.muli %v40, %v168 : i64
                %v608 = arith.subi %v589, %v137 : i64
                %v609 = arith.addi %v607, %v608 : i64
                %v610 = llvm.getelementptr %v75[%v609] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v611 = llvm.load %v610 : !llvm.ptr -> f32
                %v613 = llvm.call_intrinsic "llvm.sqrt.f32"(%v612) : (f32) -> f32
                %v614 = arith.divf %v611, %v613 : f32
                %v615 = arith.mulf %v606, %v614 fastmath<contract> : f32
                %v616 = arith.muli %v54, %v381 : i64
                %v617 = arith.muli %v589, %v380 : i64
                %v618 = arith.addi %v616, %v617 : i64
                %v619 = arith.muli %v52, %v379 : i64
                %v620 = arith.addi %v618, %v619 : i64
                %v621 = arith.muli %v50, %v2 : i64
                %v622 = arith.addi %v620, %v621 : i64
                %v623 = llvm.getelementptr %in_v[%v622] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v624 = llvm.load %v623 : !llvm.ptr -> f32
                %v625 = arith.mulf %v615, %v624 fastmath<contract> : f32
                %v626 = arith.mulf %v599, %v570 fastmath<contract> : f32
                %v627 = arith.addf %v626, %v625 fastmath<contract> : f32
                %v628 = arith.constant 8 : i64
                %v629 = arith.addi %v628, %v40 : i64
                %v630 = arith.muli %v629, %v168 : i64
                %v631 = arith.subi %v589, %v137 : i64
                %v632 = arith.addi %v630, %v631 : i64
                %v633 = llvm.getelementptr %v75[%v632] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v634 = llvm.load %v633 : !llvm.ptr -> f32
                %v635 = arith.divf %v634, %v613 : f32
                %v636 = arith.mulf %v606, %v635 fastmath<contract> : f32
                %v637 = arith.mulf %v636, %v624 fastmath<contract> : f32
                %v638 = arith.mulf %v599, %v582 fastmath<contract> : f32
                %v639 = arith.addf %v638, %v637 fastmath<contract> : f32
                %v640 = arith.mulf %v599, %v584 fastmath<contract> : f32
                %v641 = arith.addf %v640, %v615 fastmath<contract> : f32
                %v642 = arith.mulf %v599, %v586 fastmath<contract> : f32
                %v643 = arith.addf %v642, %v636 fastmath<contract> : f32
                %v644 = arith.addi %v431, %v98 : i64
                %v645 = arith.minsi %v644, %v436 : i64
                %v646 = arith.addi %v137, %v645 : i64
                %v647 = arith.muli %v12, %v168 : i64
                %v648 = arith.subi %v646, %v137 : i64
                %v649 = arith.addi %v647, %v648 : i64
                %v650 = llvm.getelementptr %v79[%v649] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v651 = llvm.load %v650 : !llvm.ptr -> f32
                %v652 = arith.negf %v651 : f32
                %v653 = arith.mulf %v652, %v358 fastmath<contract> : f32
                %v654 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v653) : (f32) -> f32
                %v655 = arith.addf %v81, %v654 fastmath<contract> : f32
                %v656 = arith.divf %v81, %v655 : f32
                %v657 = arith.muli %v12, %v168 : i64
                %v658 = arith.subi %v646, %v137 : i64
                %v659 = arith.addi %v657, %v658 : i64
                %v660 = llvm.getelementptr %v77[%v659] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v661 = llvm.load %v660 : !llvm.ptr -> f32
                %v662 = arith.mulf %v661, %v358 fastmath<contract> : f32
                %v663 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v662) : (f32) -> f32
                %v664 = arith.muli %v40, %v168 : i64
                %v665 = arith.subi %v646, %v137 : i64
                %v666 = arith.addi %v664, %v665 : i64
                %v667 = llvm.getelementptr %v75[%v666] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v668 = llvm.load %v667 : !llvm.ptr -> f32
                %v670 = llvm.call_intrinsic "llvm.sqrt.f32"(%v669) : (f32) -> f32
                %v671 = arith.divf %v668, %v670 : f32
                %v672 = arith.mulf %v663, %v671 fastmath<contract> : f32
                %v673 = arith.muli %v54, %v381 : i64
                %v674 = arith.muli %v646, %v380 : i64
                %v675 = arith.addi %v673, %v674 : i64
                %v676 = arith.muli %v52, %v379 : i64
                %v677 = arith.addi %v675, %v676 : i64
                %v678 = arith.muli %v50, %v2 : i64
                %v679 = arith.addi %v677, %v678 : i64
                %v680 = llvm.getelementptr %in_v[%v679] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v681 = llvm.load %v680 : !llvm.ptr -> f32
                %v682 = arith.mulf %v672, %v681 fastmath<contract> : f32
                %v683 = arith.mulf %v656, %v627 fastmath<contract> : f32
                %v684 = arith.addf %v683, %v682 fastmath<contract> : f32
                %v685 = arith.constant 8 : i64
                %v686 = arith.addi %v685, %v40 : i64
                %v687 = arith.muli %v686, %v168 : i64
                %v688 = arith.subi %v646, %v137 : i64
                %v689 = arith.addi %v687, %v688 : i64
                %v690 = llvm.getelementptr %v75[%v689] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v691 = llvm.load %v690 : !llvm.ptr -> f32
                %v692 = arith.divf %v691, %v670 : f32
                %v693 = arith.mulf %v663, %v692 fastmath<contract> : f32
                %v694 = arith.mulf %v693, %v681 fastmath<contract> : f32
                %v695 = arith.mulf %v656, %v639 fastmath<contract> : f32
                %v696 = arith.addf %v695, %v694 fastmath<contract> : f32
                %v697 = arith.mulf %v656, %v641 fastmath<contract> : f32
                %v698 = arith.addf %v697, %v672 fastmath<contract> : f32
                %v699 = arith.mulf %v656, %v643 fastmath<contract> : f32
                %v700 = arith.addf %v699, %v693 fastmath<contract> : f32
                %v701 = arith.subi %v139, %v431 : i64
                %v702 = arith.trunci %v701 : i64 to i32
                %v703 = arith.subi %size_L, %v2 : i64
                %v704 = arith.addi %v137, %v431 : i64
                %v705 = arith.subi %v703, %v704 : i64
                %v707 = arith.minsi %v705, %v706 : i64
                %v708 = arith.trunci %v707 : i64 to i32
                %v709 = arith.addi %v431, %v98 : i64
                %v711 = arith.cmpi slt, %v710, %v702 : i32
                %v712 = arith.cmpi eq, %v710, %v708 : i32
                %v713 = arith.addi %v433, %v12 : i64
                %v714 = arith.addi %v137, %v709 : i64
                %v715 = arith.muli %v40, %v168 : i64
                %v716 = arith.subi %v714, %v137 : i64
                %v717 = arith.addi %v715, %v716 : i64
                %v718 = llvm.getelementptr %v73[%v717] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v719 = llvm.load %v718 : !llvm.ptr -> f32
                %v720 = arith.muli %v54, %v381 : i64
                %v721 = arith.muli %v714, %v380 : i64
                %v722 = arith.addi %v720, %v721 : i64
                %v723 = arith.muli %v52, %v379 : i64
                %v724 = arith.addi %v722, %v723 : i64
                %v725 = arith.muli %v50, %v2 : i64
                %v726 = arith.addi %v724, %v725 : i64
                %v727 = llvm.getelementptr %dy_o[%v726] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v728 = llvm.load %v727 : !llvm.ptr -> f32
                %v729 = arith.mulf %v719, %v698 fastmath<contract> : f32
                %v730 = arith.constant 8 : i64
                %v731 = arith.addi %v730, %v40 : i64
                %v732 = arith.muli %v731, %v168 : i64
                %v733 = arith.subi %v714, %v137 : i64
                %v734 = arith.addi %v732, %v733 : i64
                %v735 = llvm.getelementptr %v73[%v734] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v736 = llvm.load %v735 : !llvm.ptr -> f32
                %v737 = arith.mulf %v736, %v700 fastmath<contract> : f32
                %v738 = arith.addf %v729, %v737 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v741, %v742 = gpu.shuffle xor %v738, %v739, %v740 : f32
                %v743 = arith.addf %v738, %v741 fastmath<contract> : f32
                %v745, %v746 = gpu.shuffle xor %v743, %v744, %v740 : f32
                %v747 = arith.addf %v743, %v745 fastmath<contract> : f32
                %v749, %v750 = gpu.shuffle xor %v747, %v748, %v740 : f32
                %v751 = arith.addf %v747, %v749 fastmath<contract> : f32
                // end sum over the lanes
                %v752 = llvm.call_intrinsic "llvm.fabs.f32"(%v751) : (f32) -> f32
                %v753 = arith.maximumf %v81, %v752 : f32
                %v754 = arith.divf %v728, %v753 : f32
                %v755 = arith.mulf %v719, %v754 fastmath<contract> : f32
                %v756 = llvm.load %v56 : !llvm.ptr -> f32
                %v757 = llvm.load %v60 : !llvm.ptr -> f32
                %v758 = arith.mulf %v757, %v756 fastmath<contract> : f32
                %v759 = arith.addf %v755, %v758 fastmath<contract> : f32
                llvm.store %v759, %v56 : f32, !llvm.ptr
                %v760 = arith.mulf %v736, %v754 fastmath<contract> : f32
                %v761 = llvm.load %v57 : !llvm.ptr -> f32
                %v762 = llvm.load %v61 : !llvm.ptr -> f32
                %v763 = arith.mulf %v762, %v761 fastmath<contract> : f32
                %v764 = arith.addf %v760, %v763 fastmath<contract> : f32
                llvm.store %v764, %v57 : f32, !llvm.ptr
                %v765 = arith.mulf %v719, %v684 fastmath<contract> : f32
                %v766 = arith.mulf %v736, %v696 fastmath<contract> : f32
                %v767 = arith.addf %v765, %v766 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v768, %v769 = gpu.shuffle xor %v767, %v739, %v740 : f32
                %v770 = arith.addf %v767, %v768 fastmath<contract> : f32
                %v771, %v772 = gpu.shuffle xor %v770, %v744, %v740 : f32
                %v773 = arith.addf %v770, %v771 fastmath<contract> : f32
                %v774, %v775 = gpu.shuffle xor %v773, %v748, %v740 : f32
                %v776 = arith.addf %v773, %v774 fastmath<contract> : f32
                // end sum over the lanes
                %v777 = arith.divf %v776, %v753 : f32
                %v778 = arith.divf %v777, %v753 : f32
                %v779 = arith.mulf %v728, %v778 fastmath<contract> : f32
                %v780 = arith.negf %v779 : f32
                %v781 = arith.cmpf oge, %v81, %v752 : f32
                %v782 = arith.select %v781, %v81, %v80 : f32
                %v783 = arith.subf %v81, %v782 fastmath<contract> : f32
                %v784 = arith.mulf %v780, %v783 fastmath<contract> : f32
                %v786 = arith.cmpf olt, %v751, %v80 : f32
                %v787 = arith.select %v786, %v785, %v80 : f32
                %v788 = arith.cmpf ogt, %v751, %v80 : f32
                %v789 = arith.select %v788, %v81, %v787 : f32
                %v790 = arith.mulf %v784, %v789 fastmath<contract> : f32
                %v791 = arith.mulf %v719, %v790 fastmath<contract> : f32
                %v792 = llvm.load %v58 : !llvm.ptr -> f32
                %v793 = llvm.load %v62 : !llvm.ptr -> f32
                %v794 = arith.mulf %v793, %v792 fastmath<contract> : f32
                %v795 = arith.addf %v791, %v794 fastmath<contract> : f32
                llvm.store %v795, %v58 : f32, !llvm.ptr
                %v796 = arith.mulf %v736, %v790 fastmath<contract> : f32
                %v797 = llvm.load %v59 : !llvm.ptr -> f32
                %v798 = llvm.load %v63 : !llvm.ptr -> f32
                %v799 = arith.mulf %v798, %v797 fastmath<contract> : f32
                %v800 = arith.addf %v796, %v799 fastmath<contract> : f32
                llvm.store %v800, %v59 : f32, !llvm.ptr
                %v801 = arith.mulf %v698, %v790 fastmath<contract> : f32
                %v802 = arith.mulf %v684, %v754 fastmath<contract> : f32
                %v803 = arith.addf %v801, %v802 fastmath<contract> : f32
                %v804 = arith.mulf %v700, %v790 fastmath<contract> : f32
                %v805 = arith.mulf %v696, %v754 fastmath<contract> : f32
                %v806 = arith.addf %v804, %v805 fastmath<contract> : f32
                %v807 = arith.muli %v12, %v168 : i64
                %v808 = arith.subi %v714, %v137 : i64
                %v809 = arith.addi %v807, %v808 : i64
                %v810 = llvm.getelementptr %v77[%v809] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v811 = llvm.load %v810 : !llvm.ptr -> f32
                %v812 = arith.mulf %v811, %v358 fastmath<contract> : f32
                %v813 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v812) : (f32) -> f32
                %v814 = llvm.load %v58 : !llvm.ptr -> f32
                %v815 = arith.muli %v54, %v381 : i64
                %v816 = arith.muli %v714, %v380 : i64
                %v817 = arith.addi %v815, %v816 : i64
                %v818 = arith.muli %v52, %v379 : i64
                %v819 = arith.addi %v817, %v818 : i64
                %v820 = arith.muli %v50, %v2 : i64
                %v821 = arith.addi %v819, %v820 : i64
                %v822 = llvm.getelementptr %in_v[%v821] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v823 = llvm.load %v822 : !llvm.ptr -> f32
                %v824 = llvm.load %v56 : !llvm.ptr -> f32
                %v825 = arith.mulf %v823, %v824 fastmath<contract> : f32
                %v826 = arith.addf %v814, %v825 fastmath<contract> : f32
                %v827 = arith.mulf %v813, %v826 fastmath<contract> : f32
                %v829 = llvm.call_intrinsic "llvm.sqrt.f32"(%v828) : (f32) -> f32
                %v830 = arith.divf %v827, %v829 : f32
                %v831 = llvm.load %v59 : !llvm.ptr -> f32
                %v832 = llvm.load %v57 : !llvm.ptr -> f32
                %v833 = arith.mulf %v823, %v832 fastmath<contract> : f32
                %v834 = arith.addf %v831, %v833 fastmath<contract> : f32
                %v835 = arith.mulf %v813, %v834 fastmath<contract> : f32
                %v836 = arith.divf %v835, %v829 : f32
                %v837 = arith.muli %v40, %v168 : i64
                %v838 = arith.subi %v714, %v137 : i64
                %v839 = arith.addi %v837, %v838 : i64
                %v840 = llvm.getelementptr %v75[%v839] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v841 = llvm.load %v840 : !llvm.ptr -> f32
                %v842 = arith.divf %v841, %v829 : f32
                %v843 = arith.mulf %v813, %v842 fastmath<contract> : f32
                %v844 = arith.mulf %v843, %v824 fastmath<contract> : f32
                %v845 = arith.constant 8 : i64
                %v846 = arith.addi %v845, %v40 : i64
                %v847 = arith.muli %v846, %v168 : i64
                %v848 = arith.subi %v714, %v137 : i64
                %v849 = arith.addi %v847, %v848 : i64
                %v850 = llvm.getelementptr %v75[%v849] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v851 = llvm.load %v850 : !llvm.ptr -> f32
                %v852 = arith.divf %v851, %v829 : f32
                %v853 = arith.mulf %v813, %v852 fastmath<contract> : f32
                %v854 = arith.mulf %v853, %v832 fastmath<contract> : f32
                %v855 = arith.addf %v844, %v854 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v856, %v857 = gpu.shuffle xor %v855, %v739, %v740 : f32
                %v858 = arith.addf %v855, %v856 fastmath<contract> : f32
                %v859, %v860 = gpu.shuffle xor %v858, %v744, %v740 : f32
                %v861 = arith.addf %v858, %v859 fastmath<contract> : f32
                %v862, %v863 = gpu.shuffle xor %v861, %v748, %v740 : f32
                %v864 = arith.addf %v861, %v862 fastmath<contract> : f32
                // end sum over the lanes
                %v865 = arith.cmpi eq, %v40, %v12 : i64
                %v866 = arith.andi %v44, %v865 : i1
                scf.if %v866 {
                  %v867 = arith.muli %v54, %v381 : i64
                  %v868 = arith.muli %v714, %v380 : i64
                  %v869 = arith.addi %v867, %v868 : i64
                  %v870 = arith.muli %v52, %v379 : i64
                  %v871 = arith.addi %v869, %v870 : i64
                  %v872 = arith.muli %v50, %v2 : i64
                  %v873 = arith.addi %v871, %v872 : i64
                  %v874 = llvm.getelementptr %dx_v[%v873] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v864, %v874 : f32, !llvm.ptr
                }
                %v875 = arith.mulf %v842, %v826 fastmath<contract> : f32
                %v876 = arith.mulf %v852, %v834 fastmath<contract> : f32
                %v877 = arith.addf %v875, %v876 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v878, %v879 = gpu.shuffle xor %v877, %v739, %v740 : f32
                %v880 = arith.addf %v877, %v878 fastmath<contract> : f32
                %v881, %v882 = gpu.shuffle xor %v880, %v744, %v740 : f32
                %v883 = arith.addf %v880, %v881 fastmath<contract> : f32
                %v884, %v885 = gpu.shuffle xor %v883, %v748, %v740 : f32
                %v886 = arith.addf %v883, %v884 fastmath<contract> : f32
                // end sum over the lanes
                %v887 = arith.mulf %v813, %v886 fastmath<contract> : f32
                %v888 = arith.mulf %v627, %v824 fastmath<contract> : f32
                %v889 = arith.mulf %v639, %v832 fastmath<contract> : f32
                %v890 = arith.addf %v888, %v889 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v891, %v892 = gpu.shuffle xor %v890, %v739, %v740 : f32
                %v893 = arith.addf %v890, %v891 fastmath<contract> : f32
                %v894, %v895 = gpu.shuffle xor %v893, %v744, %v740 : f32
                %v896 = arith.addf %v893, %v894 fastmath<contract> : f32
                %v897, %v898 = gpu.shuffle xor %v896, %v748, %v740 : f32
                %v899 = arith.addf %v896, %v897 fastmath<contract> : f32
                // end sum over the lanes
                %v900 = arith.mulf %v641, %v814 fastmath<contract> : f32
                %v901 = arith.mulf %v643, %v831 fastmath<contract> : f32
                %v902 = arith.addf %v900, %v901 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v903, %v904 = gpu.shuffle xor %v902, %v739, %v740 : f32
                %v905 = arith.addf %v902, %v903 fastmath<contract> : f32
                %v906, %v907 = gpu.shuffle xor %v905, %v744, %v740 : f32
                %v908 = arith.addf %v905, %v906 fastmath<contract> : f32
                %v909, %v910 = gpu.shuffle xor %v908, %v748, %v740 : f32
                %v911 = arith.addf %v908, %v909 fastmath<contract> : f32
                // end sum over the lanes
                %v912 = arith.addf %v899, %v911 fastmath<contract> : f32
                %v913 = arith.muli %v12, %v168 : i64
                %v914 = arith.subi %v714, %v137 : i64
                %v915 = arith.addi %v913, %v914 : i64
                %v916 = llvm.getelementptr %v79[%v915] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v917 = llvm.load %v916 : !llvm.ptr -> f32
                %v918 = arith.negf %v917 : f32
                %v919 = arith.mulf %v918, %v358 fastmath<contract> : f32
                %v920 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v919) : (f32) -> f32
                %v921 = arith.addf %v81, %v920 fastmath<contract> : f32
                %v922 = arith.divf %v81, %v921 : f32
                %v923 = arith.subf %v81, %v922 fastmath<contract> : f32
                %v924 = arith.mulf %v922, %v923 fastmath<contract> : f32
                %v925 = arith.mulf %v912, %v924 fastmath<contract> : f32
                %v926 = arith.select %v44, %v803, %v80 : f32
                // sum over the warp's outer points: shuffles
                %v928, %v929 = gpu.shuffle xor %v926, %v927, %v740 : f32
                %v930 = arith.addf %v926, %v928 fastmath<contract> : f32
                %v932, %v933 = gpu.shuffle xor %v930, %v931, %v740 : f32
                %v934 = arith.addf %v930, %v932 fastmath<contract> : f32
                %v935 = arith.divui %v30, %v32 : i64
                %v936 = arith.remui %v30, %v32 : i64
                %v937 = arith.cmpi ult, %v936, %v39 : i64
                %v938 = arith.addi %v12, %v40 : i64
                %v939 = arith.muli %v935, %v1 : i64
                %v940 = arith.addi %v939, %v938 : i64
                %v942 = arith.muli %v940, %v941 : i64
                %v943 = arith.addi %v942, %v713 : i64
                scf.if %v937 {
                  %v944 = llvm.getelementptr %v65[%v943] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v934, %v944 : f32, !llvm.ptr
                }
                %v945 = arith.select %v44, %v806, %v80 : f32
                // sum over the warp's outer points: shuffles
                %v946, %v947 = gpu.shuffle xor %v945, %v927, %v740 : f32
                %v948 = arith.addf %v945, %v946 fastmath<contract> : f32
                %v949, %v950 = gpu.shuffle xor %v948, %v931, %v740 : f32
                %v951 = arith.addf %v948, %v949 fastmath<contract> : f32
                %v952 = arith.divui %v30, %v32 : i64
                %v953 = arith.remui %v30, %v32 : i64
                %v954 = arith.cmpi ult, %v953, %v39 : i64
                %v955 = arith.addi %v39, %v40 : i64
                %v956 = arith.muli %v952, %v1 : i64
                %v957 = arith.addi %v956, %v955 : i64
                %v958 = arith.muli %v957, %v941 : i64
                %v959 = arith.addi %v958, %v713 : i64
                scf.if %v954 {
                  %v960 = llvm.getelementptr %v65[%v959] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v951, %v960 : f32, !llvm.ptr
                }
                %v961 = arith.select %v44, %v830, %v80 : f32
                // sum over the warp's outer points: shuffles
                %v962, %v963 = gpu.shuffle xor %v961, %v927, %v740 : f32
                %v964 = arith.addf %v961, %v962 fastmath<contract> : f32
                %v965, %v966 = gpu.shuffle xor %v964, %v931, %v740 : f32
                %v967 = arith.addf %v964, %v965 fastmath<contract> : f32
                %v968 = arith.divui %v30, %v32 : i64
                %v969 = arith.remui %v30, %v32 : i64
                %v970 = arith.cmpi ult, %v969, %v39 : i64
                %v971 = arith.addi %v12, %v40 : i64
                %v972 = arith.muli %v968, %v1 : i64
                %v973 = arith.addi %v972, %v971 : i64
                %v974 = arith.muli %v973, %v941 : i64
                %v975 = arith.addi %v974, %v713 : i64
                scf.if %v970 {
                  %v976 = llvm.getelementptr %v67[%v975] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v967, %v976 : f32, !llvm.ptr
                }
                %v977 = arith.select %v44, %v836, %v80 : f32
                // sum over the warp's outer points: shuffles
                %v978, %v979 = gpu.shuffle xor %v977, %v927, %v740 : f32
                %v980 = arith.addf %v977, %v978 fastmath<contract> : f32
                %v981, %v982 = gpu.shuffle xor %v980, %v931, %v740 : f32
                %v983 = arith.addf %v980, %v981 fastmath<contract> : f32
                %v984 = arith.divui %v30, %v32 : i64
                %v985 = arith.remui %v30, %v32 : i64
                %v986 = arith.cmpi ult, %v985, %v39 : i64
                %v987 = arith.addi %v39, %v40 : i64
                %v988 = arith.muli %v984, %v1 : i64
                %v989 = arith.addi %v988, %v987 : i64
                %v990 = arith.muli %v989, %v941 : i64
                %v991 = arith.addi %v990, %v713 : i64
                scf.if %v986 {
                  %v992 = llvm.getelementptr %v67[%v991] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v983, %v992 : f32, !llvm.ptr
                }
                %v993 = arith.select %v44, %v887, %v80 : f32
                // sum over the warp's outer points: shuffles
                %v994, %v995 = gpu.shuffle xor %v993, %v927, %v740 : f32
                %v996 = arith.addf %v993, %v994 fastmath<contract> : f32
                %v997, %v998 = gpu.shuffle xor %v996, %v931, %v740 : f32
                %v999 = arith.addf %v996, %v997 fastmath<contract> : f32
                %v1000 = arith.divui %v30, %v32 : i64
                %v1001 = arith.remui %v30, %v32 : i64
                %v1002 = arith.cmpi ult, %v1001, %v2 : i64
                %v1003 = arith.muli %v1000, %v2 : i64
                %v1004 = arith.addi %v1003, %v12 : i64
                %v1005 = arith.muli %v1004, %v941 : i64
                %v1006 = arith.addi %v1005, %v713 : i64
                scf.if %v1002 {
                  %v1007 = llvm.getelementptr %v69[%v1006] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v999, %v1007 : f32, !llvm.ptr
                }
                %v1008 = arith.select %v44, %v925, %v80 : f32
                // sum over the warp's outer points: shuffles
                %v1009, %v1010 = gpu.shuffle xor %v1008, %v927, %v740 : f32
                %v1011 = arith.addf %v1008, %v1009 fastmath<contract> : f32
                %v1012, %v1013 = gpu.shuffle xor %v1011, %v931, %v740 : f32
                %v1014 = arith.addf %v1011, %v1012 fastmath<contract> : f32
                %v1015 = arith.divui %v30, %v32 : i64
                %v1016 = arith.remui %v30, %v32 : i64
                %v1017 = arith.cmpi ult, %v1016, %v2 : i64
                %v1018 = arith.muli %v1015, %v2 : i64
                %v1019 = arith.addi %v1018, %v12 : i64
                %v1020 = arith.muli %v1019, %v941 : i64
                %v1021 = arith.addi %v1020, %v713 : i64
                scf.if %v1017 {
                  %v1022 = llvm.getelementptr %v71[%v1021] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1014, %v1022 : f32, !llvm.ptr
                }
                llvm.store %v922, %v60 : f32, !llvm.ptr
                llvm.store %v922, %v61 : f32, !llvm.ptr
                llvm.store %v922, %v62 : f32, !llvm.ptr
                llvm.store %v922, %v63 : f32, !llvm.ptr
                %v1023 = arith.addi %v431, %v93 : i64
                %v1024 = arith.cmpi slt, %v744, %v702 : i32
                %v1025 = arith.cmpi eq, %v744, %v708 : i32
                %v1026 = arith.addi %v433, %v2 : i64
                %v1027 = arith.addi %v137, %v1023 : i64
                %v1028 = arith.muli %v40, %v168 : i64
                %v1029 = arith.subi %v1027, %v137 : i64
                %v1030 = arith.addi %v1028, %v1029 : i64
                %v1031 = llvm.getelementptr %v73[%v1030] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1032 = llvm.load %v1031 : !llvm.ptr -> f32
                %v1033 = arith.muli %v54, %v381 : i64
                %v1034 = arith.muli %v1027, %v380 : i64
                %v1035 = arith.addi %v1033, %v1034 : i64
                %v1036 = arith.muli %v52, %v379 : i64
                %v1037 = arith.addi %v1035, %v1036 : i64
                %v1038 = arith.muli %v50, %v2 : i64
                %v1039 = arith.addi %v1037, %v1038 : i64
                %v1040 = llvm.getelementptr %dy_o[%v1039] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1041 = llvm.load %v1040 : !llvm.ptr -> f32
                %v1042 = arith.mulf %v1032, %v641 fastmath<contract> : f32
                %v1043 = arith.constant 8 : i64
                %v1044 = arith.addi %v1043, %v40 : i64
                %v1045 = arith.muli %v1044, %v168 : i64
                %v1046 = arith.subi %v1027, %v137 : i64
                %v1047 = arith.addi %v1045, %v1046 : i64
                %v1048 = llvm.getelementptr %v73[%v1047] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1049 = llvm.load %v1048 : !llvm.ptr -> f32
                %v1050 = arith.mulf %v1049, %v643 fastmath<contract> : f32
                %v1051 = arith.addf %v1042, %v1050 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1052, %v1053 = gpu.shuffle xor %v1051, %v739, %v740 : f32
                %v1054 = arith.addf %v1051, %v1052 fastmath<contract> : f32
                %v1055, %v1056 = gpu.shuffle xor %v1054, %v744, %v740 : f32
                %v1057 = arith.addf %v1054, %v1055 fastmath<contract> : f32
                %v1058, %v1059 = gpu.shuffle xor %v1057, %v748, %v740 : f32
                %v1060 = arith.addf %v1057, %v1058 fastmath<contract> : f32
                // end sum over the lanes
                %v1061 = llvm.call_intrinsic "llvm.fabs.f32"(%v1060) : (f32) -> f32
                %v1062 = arith.maximumf %v81, %v1061 : f32
                %v1063 = arith.divf %v1041, %v1062 : f32
                %v1064 = arith.mulf %v1032, %v1063 fastmath<contract> : f32
                %v1065 = llvm.load %v56 : !llvm.ptr -> f32
                %v1066 = llvm.load %v60 : !llvm.ptr -> f32
                %v1067 = arith.mulf %v1066, %v1065 fastmath<contract> : f32
                %v1068 = arith.addf %v1064, %v1067 fastmath<contract> : f32
                llvm.store %v1068, %v56 : f32, !llvm.ptr
                %v1069 = arith.mulf %v1049, %v1063 fastmath<contract> : f32
                %v1070 = llvm.load %v57 : !llvm.ptr -> f32
                %v1071 = llvm.load %v61 : !llvm.ptr -> f32
                %v1072 = arith.mulf %v1071, %v1070 fastmath<contract> : f32
                %v1073 = arith.addf %v1069, %v1072 fastmath<contract> : f32
                llvm.store %v1073, %v57 : f32, !llvm.ptr
                %v1074 = arith.mulf %v1032, %v627 fastmath<contract> : f32
                %v1075 = arith.mulf %v1049, %v639 fastmath<contract> : f32
                %v1076 = arith.addf %v1074, %v1075 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1077, %v1078 = gpu.shuffle xor %v1076, %v739, %v740 : f32
                %v1079 = arith.addf %v1076, %v1077 fastmath<contract> : f32
                %v1080, %v1081 = gpu.shuffle xor %v1079, %v744, %v740 : f32
                %v1082 = arith.addf %v1079, %v1080 fastmath<contract> : f32
                %v1083, %v1084 = gpu.shuffle xor %v1082, %v748, %v740 : f32
                %v1085 = arith.addf %v1082, %v1083 fastmath<contract> : f32
                // end sum over the lanes
                %v1086 = arith.divf %v1085, %v1062 : f32
                %v1087 = arith.divf %v1086, %v1062 : f32
                %v1088 = arith.mulf %v1041, %v1087 fastmath<contract> : f32
                %v1089 = arith.negf %v1088 : f32
                %v1090 = arith.cmpf oge, %v81, %v1061 : f32
                %v1091 = arith.select %v1090, %v81, %v80 : f32
                %v1092 = arith.subf %v81, %v1091 fastmath<contract> : f32
                %v1093 = arith.mulf %v1089, %v1092 fastmath<contract> : f32
                %v1094 = arith.cmpf olt, %v1060, %v80 : f32
                %v1095 = arith.select %v1094, %v785, %v80 : f32
                %v1096 = arith.cmpf ogt, %v1060, %v80 : f32
                %v1097 = arith.select %v1096, %v81, %v1095 : f32
                %v1098 = arith.mulf %v1093, %v1097 fastmath<contract> : f32
                %v1099 = arith.mulf %v1032, %v1098 fastmath<contract> : f32
                %v1100 = llvm.load %v58 : !llvm.ptr -> f32
                %v1101 = llvm.load %v62 : !llvm.ptr -> f32
                %v1102 = arith.mulf %v1101, %v1100 fastmath<contract> : f32
                %v1103 = arith.addf %v1099, %v1102 fastmath<contract> : f32
                llvm.store %v1103, %v58 : f32, !llvm.ptr
                %v1104 = arith.mulf %v1049, %v1098 fastmath<contract> : f32
                %v1105 = llvm.load %v59 : !llvm.ptr -> f32
                %v1106 = llvm.load %v63 : !llvm.ptr -> f32
                %v1107 = arith.mulf %v1106, %v1105 fastmath<contract> : f32
                %v1108 = arith.addf %v1104, %v1107 fastmath<contract> : f32
                llvm.store %v1108, %v59 : f32, !llvm.ptr
                %v1109 = arith.mulf %v641, %v1098 fastmath<contract> : f32
                %v1110 = arith.mulf %v627, %v1063 fastmath<contract> : f32
                %v1111 = arith.addf %v1109, %v1110 fastmath<contract> : f32
                %v1112 = arith.mulf %v643, %v1098 fastmath<contract> : f32
                %v1113 = arith.mulf %v639, %v1063 fastmath<contract> : f32
                %v1114 = arith.addf %v1112, %v1113 fastmath<contract> : f32
                %v1115 = arith.muli %v12, %v168 : i64
                %v1116 = arith.subi %v1027, %v137 : i64
                %v1117 = arith.addi %v1115, %v1116 : i64
                %v1118 = llvm.getelementptr %v77[%v1117] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1119 = llvm.load %v1118 : !llvm.ptr -> f32
                %v1120 = arith.mulf %v1119, %v358 fastmath<contract> : f32
                %v1121 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1120) : (f32) -> f32
                %v1122 = llvm.load %v58 : !llvm.ptr -> f32
                %v1123 = arith.muli %v54, %v381 : i64
                %v1124 = arith.muli %v1027, %v380 : i64
                %v1125 = arith.addi %v1123, %v1124 : i64
                %v1126 = arith.muli %v52, %v379 : i64
                %v1127 = arith.addi %v1125, %v1126 : i64
                %v1128 = arith.muli %v50, %v2 : i64
                %v1129 = arith.addi %v1127, %v1128 : i64
                %v1130 = llvm.getelementptr %in_v[%v1129] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1131 = llvm.load %v1130 : !llvm.ptr -> f32
                %v1132 = llvm.load %v56 : !llvm.ptr -> f32
                %v1133 = arith.mulf %v1131, %v1132 fastmath<contract> : f32
                %v1134 = arith.addf %v1122, %v1133 fastmath<contract> : f32
                %v1135 = arith.mulf %v1121, %v1134 fastmath<contract> : f32
                %v1137 = llvm.call_intrinsic "llvm.sqrt.f32"(%v1136) : (f32) -> f32
                %v1138 = arith.divf %v1135, %v1137 : f32
                %v1139 = llvm.load %v59 : !llvm.ptr -> f32
                %v1140 = llvm.load %v57 : !llvm.ptr -> f32
                %v1141 = arith.mulf %v1131, %v1140 fastmath<contract> : f32
                %v1142 = arith.addf %v1139, %v1141 fastmath<contract> : f32
                %v1143 = arith.mulf %v1121, %v1142 fastmath<contract> : f32
                %v1144 = arith.divf %v1143, %v1137 : f32
                %v1145 = arith.muli %v40, %v168 : i64
                %v1146 = arith.subi %v1027, %v137 : i64
                %v1147 = arith.addi %v1145, %v1146 : i64
                %v1148 = llvm.getelementptr %v75[%v1147] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1149 = llvm.load %v1148 : !llvm.ptr -> f32
                %v1150 = arith.divf %v1149, %v1137 : f32
                %v1151 = arith.mulf %v1121, %v1150 fastmath<contract> : f32
                %v1152 = arith.mulf %v1151, %v1132 fastmath<contract> : f32
                %v1153 = arith.constant 8 : i64
                %v1154 = arith.addi %v1153, %v40 : i64
                %v1155 = arith.muli %v1154, %v168 : i64
                %v1156 = arith.subi %v1027, %v137 : i64
                %v1157 = arith.addi %v1155, %v1156 : i64
                %v1158 = llvm.getelementptr %v75[%v1157] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1159 = llvm.load %v1158 : !llvm.ptr -> f32
                %v1160 = arith.divf %v1159, %v1137 : f32
                %v1161 = arith.mulf %v1121, %v1160 fastmath<contract> : f32
                %v1162 = arith.mulf %v1161, %v1140 fastmath<contract> : f32
                %v1163 = arith.addf %v1152, %v1162 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1164, %v1165 = gpu.shuffle xor %v1163, %v739, %v740 : f32
                %v1166 = arith.addf %v1163, %v1164 fastmath<contract> : f32
                %v1167, %v1168 = gpu.shuffle xor %v1166, %v744, %v740 : f32
                %v1169 = arith.addf %v1166, %v1167 fastmath<contract> : f32
                %v1170, %v1171 = gpu.shuffle xor %v1169, %v748, %v740 : f32
                %v1172 = arith.addf %v1169, %v1170 fastmath<contract> : f32
                // end sum over the lanes
                %v1173 = arith.cmpi eq, %v40, %v12 : i64
                %v1174 = arith.andi %v44, %v1173 : i1
                scf.if %v1174 {
                  %v1175 = arith.muli %v54, %v381 : i64
                  %v1176 = arith.muli %v1027, %v380 : i64
                  %v1177 = arith.addi %v1175, %v1176 : i64
                  %v1178 = arith.muli %v52, %v379 : i64
                  %v1179 = arith.addi %v1177, %v1178 : i64
                  %v1180 = arith.muli %v50, %v2 : i64
                  %v1181 = arith.addi %v1179, %v1180 : i64
                  %v1182 = llvm.getelementptr %dx_v[%v1181] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1172, %v1182 : f32, !llvm.ptr
                }
                %v1183 = arith.mulf %v1150, %v1134 fastmath<contract> : f32
                %v1184 = arith.mulf %v1160, %v1142 fastmath<contract> : f32
                %v1185 = arith.addf %v1183, %v1184 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1186, %v1187 = gpu.shuffle xor %v1185, %v739, %v740 : f32
                %v1188 = arith.addf %v1185, %v1186 fastmath<contract> : f32
                %v1189, %v1190 = gpu.shuffle xor %v1188, %v744, %v740 : f32
                %v1191 = arith.addf %v1188, %v1189 fastmath<contract> : f32
                %v1192, %v1193 = gpu.shuffle xor %v1191, %v748, %v740 : f32
                %v1194 = arith.addf %v1191, %v1192 fastmath<contract> : f32
                // end sum over the lanes
                %v1195 = arith.mulf %v1121, %v1194 fastmath<contract> : f32
                %v1196 = arith.mulf %v570, %v1132 fastmath<contract> : f32
                %v1197 = arith.mulf %v582, %v1140 fastmath<contract> : f32
                %v1198 = arith.addf %v1196, %v1197 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1199, %v1200 = gpu.shuffle xor %v1198, %v739, %v740 : f32
                %v1201 = arith.addf %v1198, %v1199 fastmath<contract> : f32
                %v1202, %v1203 = gpu.shuffle xor %v1201, %v744, %v740 : f32
                %v1204 = arith.addf %v1201, %v1202 fastmath<contract> : f32
                %v1205, %v1206 = gpu.shuffle xor %v1204, %v748, %v740 : f32
                %v1207 = arith.addf %v1204, %v1205 fastmath<contract> : f32
                // end sum over the lanes
                %v1208 = arith.mulf %v584, %v1122 fastmath<contract> : f32
                %v1209 = arith.mulf %v586, %v1139 fastmath<contract> : f32
                %v1210 = arith.addf %v1208, %v1209 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1211, %v1212 = gpu.shuffle xor %v1210, %v739, %v740 : f32
                %v1213 = arith.addf %v1210, %v1211 fastmath<contract> : f32
                %v1214, %v1215 = gpu.shuffle xor %v1213, %v744, %v740 : f32
                %v1216 = arith.addf %v1213, %v1214 fastmath<contract> : f32
                %v1217, %v1218 = gpu.shuffle xor %v1216, %v748, %v740 : f32
                %v1219 = arith.addf %v1216, %v1217 fastmath<contract> : f32
                // end sum over the lanes
                %v1220 = arith.addf %v1207, %v1219 fastmath<contract> : f32
                %v1221 = arith.muli %v12, %v168 : i64
                %v1222 = arith.subi %v1027, %v137 : i64
                %v1223 = arith.addi %v1221, %v1222 : i64
                %v1224 = llvm.getelementptr %v79[%v1223] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1225 = llvm.load %v1224 : !llvm.ptr -> f32
                %v1226 = arith.negf %v1225 : f32
                %v1227 = arith.mulf %v1226, %v358 fastmath<contract> : f32
                %v1228 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1227) : (f32) -> f32
                %v1229 = arith.addf %v81, %v1228 fastmath<contract> : f32
                %v1230 = arith.divf %v81, %v1229 : f32
                %v1231 = arith.subf %v81, %v1230 fastmath<contract> : f32
                %v1232 = arith.mulf %v1230, %v1231 fastmath<contract> : f32
                %v1233 = arith.mulf %v1220, %v1232 fastmath<contract> : f32
                %v1234 = arith.select %v44, %v1111, %v80 : f32
                // sum over the warp's outer points: shuffles
                %v1235, %v1236 = gpu.shuffle xor %v1234, %v927, %v740 : f32
                %v1237 = arith.addf %v1234, %v1235 fastmath<contract> : f32
                %v1238, %v1239 = gpu.shuffle xor %v1237, %v931, %v740 : f32
                %v1240 = arith.addf %v1237, %v1238 fastmath<contract> : f32
                %v1241 = arith.divui %v30, %v32 : i64
                %v1242 = arith.remui %v30, %v32 : i64
                %v1243 = arith.cmpi ult, %v1242, %v39 : i64
                %v1244 = arith.addi %v12, %v40 : i64
                %v1245 = arith.muli %v1241, %v1 : i64
                %v1246 = arith.addi %v1245, %v1244 : i64
                %v1247 = arith.muli %v1246, %v941 : i64
                %v1248 = arith.addi %v1247, %v1026 : i64
                scf.if %v1243 {
                  %v1249 = llvm.getelementptr %v65[%v1248] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1240, %v1249 : f32, !llvm.ptr
                }
                %v1250 = arith.select %v44, %v1114, %v80 : f32
                // sum over the warp's outer points: shuffles
                %v1251, %v1252 = gpu.shuffle xor %v1250, %v927, %v740 : f32
                %v1253 = arith.addf %v1250, %v1251 fastmath<contract> : f32
                %v1254, %v1255 = gpu.shuffle xor %v1253, %v931, %v740 : f32
                %v1256 = arith.addf %v1253, %v1254 fastmath<contract> : f32
                %v1257 = arith.divui %v30, %v32 : i64
                %v1258 = arith.remui %v30, %v32 : i64
                %v1259 = arith.cmpi ult, %v1258, %v39 : i64
                %v1260 = arith.addi %v39, %v40 : i64
                %v1261 = arith.muli %v1257, %v1 : i64
                %v1262 = arith.addi %v1261, %v1260 : i64
                %v1263 = arith.muli %v1262, %v941 : i64
                %v1264 = arith.addi %v1263, %v1026 : i64
                scf.if %v1259 {
                  %v1265 = llvm.getelementptr %v65[%v1264] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1256, %v1265 : f32, !llvm.ptr
                }
                %v1266 = arith.select %v44, %v1138, %v80 : f32
                // sum over the warp's outer points: shuffles
                %v1267, %v1268 = gpu.shuffle xor %v1266, %v927, %v740 : f32
                %v1269 = arith.addf %v1266, %v1267 fastmath<contract> : f32
                %v1270, %v1271 = gpu.shuffle xor %v1269, %v931, %v740 : f32
                %v1272 = arith.addf %v1269, %v1270 fastmath<contract> : f32
                %v1273 = arith.divui %v30, %v32 : i64
                %v1274 = arith.remui %v30, %v32 : i64
                %v1275 = arith.cmpi ult, %v1274, %v39 : i64
                %v1276 = arith.addi %v12, %v40 : i64
                %v1277 = arith.muli %v1273, %v1 : i64
                %v1278 = arith.addi %v1277, %v1276 : i64
                %v1279 = arith.muli %v1278, %v941 : i64
                %v1280 = arith.addi %v1279, %v1026 : i64
                scf.if %v1275 {
                  %v1281 = llvm.getelementptr %v67[%v1280] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1272, %v1281 : f32, !llvm.ptr
                }
                %v1282 = arith.select %v44, %v1144, %v80 : f32
                // sum over the warp's outer points: shuffles
                %v1283, %v1284 = gpu.shuffle xor %v1282, %v927, %v740 : f32
                %v1285 = arith.addf %v1282, %v1283 fastmath<contract> : f32
                %v1286, %v1287 = gpu.shuffle xor %v1285, %v931, %v740 : f32
                %v1288 = arith.addf %v1285, %v1286 fastmath<contract> : f32
                %v1289 = arith.divui %v30, %v32 : i64
                %v1290 = arith.remui %v30, %v32 : i64
                %v1291 = arith.cmpi ult, %v1290, %v39 : i64
                %v1292 = arith.addi %v39, %v40 : i64
                %v1293 = arith.muli %v1289, %v1 : i64
                %v1294 = arith.addi %v1293, %v1292 : i64
                %v1295 = arith.muli %v1294, %v941 : i64
                %v1296 = arith.addi %v1295, %v1026 : i64
                scf.if %v1291 {
                  %v1297 = llvm.getelementptr %v67[%v1296] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1288, %v1297 : f32, !llvm.ptr
                }
                %v1298 = arith.select %v44, %v1195, %v80 : f32
                // sum over the warp's outer points: shuffles
                %v1299, %v1300 = gpu.shuffle xor %v1298, %v927, %v740 : f32
                %v1301 = arith.addf %v1298, %v1299 fastmath<contract> : f32
                %v1302, %v1303 = gpu.shuffle xor %v1301, %v931, %v740 : f32
                %v1304 = arith.addf %v1301, %v1302 fastmath<contract> : f32
                %v1305 = arith.divui %v30, %v32 : i64
                %v1306 = arith.remui %v30, %v32 : i64
                %v1307 = arith.cmpi ult, %v1306, %v2 : i64
                %v1308 = arith.muli %v1305, %v2 : i64
                %v1309 = arith.addi %v1308, %v12 : i64
                %v1310 = arith.muli %v1309, %v941 : i64
                %v1311 = arith.addi %v1310, %v1026 : i64
                scf.if %v1307 {
                  %v1312 = llvm.getelementptr %v69[%v1311] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1304, %v1312 : f32, !llvm.ptr
                }
                %v1313 = arith.select %v44, %v1233, %v80 : f32
                // sum over the warp's outer points: shuffles
                %v1314, %v1315 = gpu.shuffle xor %v1313, %v927, %v740 : f32
                %v1316 = arith.addf %v1313, %v1314 fastmath<contract> : f32
                %v1317, %v1318 = gpu.shuffle xor %v1316, %v931, %v740 : f32
                %v1319 = arith.addf %v1316, %v1317 fastmath<contract> : f32
                %v1320 = arith.divui %v30, %v32 : i64
                %v1321 = arith.remui %v30, %v32 : i64
                %v1322 = arith.cmpi ult, %v1321, %v2 : i64
                %v1323 = arith.muli %v1320, %v2 : i64
                %v1324 = arith.addi %v1323, %v12 : i64
                %v1325 = arith.muli %v1324, %v941 : i64
                %v1326 = arith.addi %v1325, %v1026 : i64
                scf.if %v1322 {
                  %v1327 = llvm.getelementptr %v71[%v1326] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1319, %v1327 : f32, !llvm.ptr
                }
                llvm.store %v1230, %v60 : f32, !llvm.ptr
                llvm.store %v1230, %v61 : f32, !llvm.ptr
                llvm.store %v1230, %v62 : f32, !llvm.ptr
                llvm.store %v1230, %v63 : f32, !llvm.ptr
                %v1328 = arith.addi %v431, %v2 : i64
                %v1329 = arith.cmpi slt, %v739, %v702 : i32
                %v1330 = arith.cmpi eq, %v739, %v708 : i32
                %v1331 = arith.addi %v433, %v93 : i64
                %v1332 = arith.addi %v137, %v1328 : i64
                %v1333 = arith.muli %v40, %v168 : i64
                %v1334 = arith.subi %v1332, %v137 : i64
                %v1335 = arith.addi %v1333, %v1334 : i64
                %v1336 = llvm.getelementptr %v73[%v1335] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1337 = llvm.load %v1336 : !llvm.ptr -> f32
                %v1338 = arith.muli %v54, %v381 : i64
                %v1339 = arith.muli %v1332, %v380 : i64
                %v1340 = arith.addi %v1338, %v1339 : i64
                %v1341 = arith.muli %v52, %v379 : i64
                %v1342 = arith.addi %v1340, %v1341 : i64
                %v1343 = arith.muli %v50, %v2 : i64
                %v1344 = arith.addi %v1342, %v1343 : i64
                %v1345 = llvm.getelementptr %dy_o[%v1344] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1346 = llvm.load %v1345 : !llvm.ptr -> f32
                %v1347 = arith.mulf %v1337, %v584 fastmath<contract> : f32
                %v1348 = arith.constant 8 : i64
                %v1349 = arith.addi %v1348, %v40 : i64
                %v1350 = arith.muli %v1349, %v168 : i64
                %v1351 = arith.subi %v1332, %v137 : i64
                %v1352 = arith.addi %v1350, %v1351 : i64
                %v1353 = llvm.getelementptr %v73[%v1352] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1354 = llvm.load %v1353 : !llvm.ptr -> f32
                %v1355 = arith.mulf %v1354, %v586 fastmath<contract> : f32
                %v1356 = arith.addf %v1347, %v1355 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1357, %v1358 = gpu.shuffle xor %v1356, %v739, %v740 : f32
                %v1359 = arith.addf %v1356, %v1357 fastmath<contract> : f32
                %v1360, %v1361 = gpu.shuffle xor %v1359, %v744, %v740 : f32
                %v1362 = arith.addf %v1359, %v1360 fastmath<contract> : f32
                %v1363, %v1364 = gpu.shuffle xor %v1362, %v748, %v740 : f32
                %v1365 = arith.addf %v1362, %v1363 fastmath<contract> : f32
                // end sum over the lanes
                %v1366 = llvm.call_intrinsic "llvm.fabs.f32"(%v1365) : (f32) -> f32
                %v1367 = arith.maximumf %v81, %v1366 : f32
                %v1368 = arith.divf %v1346, %v1367 : f32
                %v1369 = arith.mulf %v1337, %v1368 fastmath<contract> : f32
                %v1370 = llvm.load %v56 : !llvm.ptr -> f32
                %v1371 = llvm.load %v60 : !llvm.ptr -> f32
                %v1372 = arith.mulf %v1371, %v1370 fastmath<contract> : f32
                %v1373 = arith.addf %v1369, %v1372 fastmath<contract> : f32
                llvm.store %v1373, %v56 : f32, !llvm.ptr
                %v1374 = arith.mulf %v1354, %v1368 fastmath<contract> : f32
                %v1375 = llvm.load %v57 : !llvm.ptr -> f32
                %v1376 = llvm.load %v61 : !llvm.ptr -> f32
                %v1377 = arith.mulf %v1376, %v1375 fastmath<contract> : f32
                %v1378 = arith.addf %v1374, %v1377 fastmath<contract> : f32
                llvm.store %v1378, %v57 : f32, !llvm.ptr
                %v1379 = arith.mulf %v1337, %v570 fastmath<contract> : f32
                %v1380 = arith.mulf %v1354, %v582 fastmath<contract> : f32
                %v1381 = arith.addf %v1379, %v1380 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1382, %v1383 = gpu.shuffle xor %v1381, %v739, %v740 : f32
                %v1384 = arith.addf %v1381, %v1382 fastmath<contract> : f32
                %v1385, %v1386 = gpu.shuffle xor %v1384, %v744, %v740 : f32
                %v1387 = arith.addf %v1384, %v1385 fastmath<contract> : f32
                %v1388, %v1389 = gpu.shuffle xor %v1387, %v748, %v740 : f32
                %v1390 = arith.addf %v1387, %v1388 fastmath<contract> : f32
                // end sum over the lanes
                %v1391 = arith.divf %v1390, %v1367 : f32
                %v1392 = arith.divf %v1391, %v1367 : f32
                %v1393 = arith.mulf %v1346, %v1392 fastmath<contract> : f32
                %v1394 = arith.negf %v1393 : f32
                %v1395 = arith.cmpf oge, %v81, %v1366 : f32
                %v1396 = arith.select %v1395, %v81, %v80 : f32
                %v1397 = arith.subf %v81, %v1396 fastmath<contract> : f32
                %v1398 = arith.mulf %v1394, %v1397 fastmath<contract> : f32
                %v1399 = arith.cmpf olt, %v1365, %v80 : f32
                %v1400 = arith.select %v1399, %v785, %v80 : f32
                %v1401 = arith.cmpf ogt, %v1365, %v80 : f32
                %v1402 = arith.select %v1401, %v81, %v1400 : f32
                %v1403 = arith.mulf %v1398, %v1402 fastmath<contract> : f32
                %v1404 = arith.mulf %v1337, %v1403 fastmath<contract> : f32
                %v1405 = llvm.load %v58 : !llvm.ptr -> f32
                %v1406 = llvm.load %v62 : !llvm.ptr -> f32
                %v1407 = arith.mulf %v1406, %v1405 fastmath<contract> : f32
                %v1408 = arith.addf %v1404, %v1407 fastmath<contract> : f32
                llvm.store %v1408, %v58 : f32, !llvm.ptr
                %v1409 = arith.mulf %v1354, %v1403 fastmath<contract> : f32
                %v1410 = llvm.load %v59 : !llvm.ptr -> f32
                %v1411 = llvm.load %v63 : !llvm.ptr -> f32
                %v1412 = arith.mulf %v1411, %v1410 fastmath<contract> : f32
                %v1413 = arith.addf %v1409, %v1412 fastmath<contract> : f32
                llvm.store %v1413, %v59 : f32, !llvm.ptr
                %v1414 = arith.mulf %v584, %v1403 fastmath<contract> : f32
                %v1415 = arith.mulf %v570, %v1368 fastmath<contract> : f32
                %v1416 = arith.addf %v1414, %v1415 fastmath<contract> : f32
                %v1417 = arith.mulf %v586, %v1403 fastmath<contract> : f32
                %v1418 = arith.mulf %v582, %v1368 fastmath<contract> : f32
                %v1419 = arith.addf %v1417, %v1418 fastmath<contract> : f32
                %v1420 = arith.muli %v12, %v168 : i64
                %v1421 = arith.subi %v1332, %v137 : i64
                %v1422 = arith.addi %v1420, %v1421 : i64
                %v1423 = llvm.getelementptr %v77[%v1422] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1424 = llvm.load %v1423 : !llvm.ptr -> f32
                %v1425 = arith.mulf %v1424, %v358 fastmath<contract> : f32
                %v1426 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1425) : (f32) -> f32
                %v1427 = llvm.load %v58 : !llvm.ptr -> f32
                %v1428 = arith.muli %v54, %v381 : i64
                %v1429 = arith.muli %v1332, %v380 : i64
                %v1430 = arith.addi %v1428, %v1429 : i64
                %v1431 = arith.muli %v52, %v379 : i64
                %v1432 = arith.addi %v1430, %v1431 : i64
                %v1433 = arith.muli %v50, %v2 : i64
                %v1434 = arith.addi %v1432, %v1433 : i64
                %v1435 = llvm.getelementptr %in_v[%v1434] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1436 = llvm.load %v1435 : !llvm.ptr -> f32
                %v1437 = llvm.load %v56 : !llvm.ptr -> f32
                %v1438 = arith.mulf %v1436, %v1437 fastmath<contract> : f32
                %v1439 = arith.addf %v1427, %v1438 fastmath<contract> : f32
                %v1440 = arith.mulf %v1426, %v1439 fastmath<contract> : f32
                %v1442 = llvm.call_intrinsic "llvm.sqrt.f32"(%v1441) : (f32) -> f32
                %v1443 = arith.divf %v1440, %v1442 : f32
                %v1444 = llvm.load %v59 : !llvm.ptr -> f32
                %v1445 = llvm.load %v57 : !llvm.ptr -> f32
                %v1446 = arith.mulf %v1436, %v1445 fastmath<contract> : f32
                %v1447 = arith.addf %v1444, %v1446 fastmath<contract> : f32
                %v1448 = arith.mulf %v1426, %v1447 fastmath<contract> : f32
                %v1449 = arith.divf %v1448, %v1442 : f32
                %v1450 = arith.muli %v40, %v168 : i64
                %v1451 = arith.subi %v1332, %v137 : i64
                %v1452 = arith.addi %v1450, %v1451 : i64
                %v1453 = llvm.getelementptr %v75[%v1452] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1454 = llvm.load %v1453 : !llvm.ptr -> f32
                %v1455 = arith.divf %v1454, %v1442 : f32
                %v1456 = arith.mulf %v1426, %v1455 fastmath<contract> : f32
                %v1457 = arith.mulf %v1456, %v1437 fastmath<contract> : f32
                %v1458 = arith.constant 8 : i64
                %v1459 = arith.addi %v1458, %v40 : i64
                %v1460 = arith.muli %v1459, %v168 : i64
                %v1461 = arith.subi %v1332, %v137 : i64
                %v1462 = arith.addi %v1460, %v1461 : i64
                %v1463 = llvm.getelementptr %v75[%v1462] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1464 = llvm.load %v1463 : !llvm.ptr -> f32
                %v1465 = arith.divf %v1464, %v1442 : f32
                %v1466 = arith.mulf %v1426, %v1465 fastmath<contract> : f32
                %v1467 = arith.mulf %v1466, %v1445 fastmath<contract> : f32
                %v1468 = arith.addf %v1457, %v1467 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1469, %v1470 = gpu.shuffle xor %v1468, %v739, %v740 : f32
                %v1471 = arith.addf %v1468, %v1469 fastmath<contract> : f32
                %v1472, %v1473 = gpu.shuffle xor %v1471, %v744, %v740 : f32
                %v1474 = arith.addf %v1471, %v1472 fastmath<contract> : f32
                %v1475, %v1476 = gpu.shuffle xor %v1474, %v748, %v740 : f32
                %v1477 = arith.addf %v1474, %v1475 fastmath<contract> : f32
                // end sum over the lanes
                %v1478 = arith.cmpi eq, %v40, %v12 : i64
                %v1479 = arith.andi %v44, %v1478 : i1
                scf.if %v1479 {
                  %v1480 = arith.muli %v54, %v381 : i64
                  %v1481 = arith.muli %v1332, %v380 : i64
                  %v1482 = arith.addi %v1480, %v1481 : i64
                  %v1483 = arith.muli %v52, %v379 : i64
                  %v1484 = arith.addi %v1482, %v1483 : i64
                  %v1485 = arith.muli %v50, %v2 : i64
                  %v1486 = arith.addi %v1484, %v1485 : i64
                  %v1487 = llvm.getelementptr %dx_v[%v1486] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1477, %v1487 : f32, !llvm.ptr
                }
                %v1488 = arith.mulf %v1455, %v1439 fastmath<contract> : f32
                %v1489 = arith.mulf %v1465, %v1447 fastmath<contract> : f32
                %v1490 = arith.addf %v1488, %v1489 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1491, %v1492 = gpu.shuffle xor %v1490, %v739, %v740 : f32
                %v1493 = arith.addf %v1490, %v1491 fastmath<contract> : f32
                %v1494, %v1495 = gpu.shuffle xor %v1493, %v744, %v740 : f32
                %v1496 = arith.addf %v1493, %v1494 fastmath<contract> : f32
                %v1497, %v1498 = gpu.shuffle xor %v1496, %v748, %v740 : f32
                %v1499 = arith.addf %v1496, %v1497 fastmath<contract> : f32
                // end sum over the lanes
                %v1500 = arith.mulf %v1426, %v1499 fastmath<contract> : f32
                %v1501 = arith.mulf %v513, %v1437 fastmath<contract> : f32
                %v1502 = arith.mulf %v525, %v1445 fastmath<contract> : f32
                %v1503 = arith.addf %v1501, %v1502 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1504, %v1505 = gpu.shuffle xor %v1503, %v739, %v740 : f32
                %v1506 = arith.addf %v1503, %v1504 fastmath<contract> : f32
                %v1507, %v1508 = gpu.shuffle xor %v1506, %v744, %v740 : f32
                %v1509 = arith.addf %v1506, %v1507 fastmath<contract> : f32
                %v1510, %v1511 = gpu.shuffle xor %v1509, %v748, %v740 : f32
                %v1512 = arith.addf %v1509, %v1510 fastmath<contract> : f32
                // end sum over the lanes
                %v1513 = arith.mulf %v527, %v1427 fastmath<contract> : f32
                %v1514 = arith.mulf %v529, %v1444 fastmath<contract> : f32
                %v1515 = arith.addf %v1513, %v1514 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1516, %v1517 = gpu.shuffle xor %v1515, %v739, %v740 : f32
                %v1518 = arith.addf %v1515, %v1516 fastmath<contract> : f32
                %v1519, %v1520 = gpu.shuffle xor %v1518, %v744, %v740 : f32
                %v1521 = arith.addf %v1518, %v1519 fastmath<contract> : f32
                %v1522, %v1523 = gpu.shuffle xor %v1521, %v748, %v740 : f32
                %v1524 = arith.addf %v1521, %v1522 fastmath<contract> : f32
                // end sum over the lanes
                %v1525 = arith.addf %v1512, %v1524 fastmath<contract> : f32
                %v1526 = arith.muli %v12, %v168 : i64
                %v1527 = arith.subi %v1332, %v137 : i64
                %v1528 = arith.addi %v1526, %v1527 : i64
                %v1529 = llvm.getelementptr %v79[%v1528] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1530 = llvm.load %v1529 : !llvm.ptr -> f32
                %v1531 = arith.negf %v1530 : f32
                %v1532 = arith.mulf %v1531, %v358 fastmath<contract> : f32
                %v1533 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1532) : (f32) -> f32
                %v1534 = arith.addf %v81, %v1533 fastmath<contract> : f32
                %v1535 = arith.divf %v81, %v1534 : f32
                %v1536 = arith.subf %v81, %v1535 fastmath<contract> : f32
                %v1537 = arith.mulf %v1535, %v1536 fastmath<contract> : f32
                %v1538 = arith.mulf %v1525, %v1537 fastmath<contract> : f32
                %v1539 = arith.select %v44, %v1416, %v80 : f32
                // sum over the warp's outer points: shuffles
                %v1540, %v1541 = gpu.shuffle xor %v1539, %v927, %v740 : f32
                %v1542 = arith.addf %v1539, %v1540 fastmath<contract> : f32
                %v1543, %v1544 = gpu.shuffle xor %v1542, %v931, %v740 : f32
                %v1545 = arith.addf %v1542, %v1543 fastmath<contract> : f32
                %v1546 = arith.divui %v30, %v32 : i64
                %v1547 = arith.remui %v30, %v32 : i64
                %v1548 = arith.cmpi ult, %v1547, %v39 : i64
                %v1549 = arith.addi %v12, %v40 : i64
                %v1550 = arith.muli %v1546, %v1 : i64
                %v1551 = arith.addi %v1550, %v1549 : i64
                %v1552 = arith.muli %v1551, %v941 : i64
                %v1553 = arith.addi %v1552, %v1331 : i64
                scf.if %v1548 {
                  %v1554 = llvm.getelementptr %v65[%v1553] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1545, %v1554 : f32, !llvm.ptr
                }
                %v1555 = arith.select %v44, %v1419, %v80 : f32
                // sum over the warp's outer points: shuffles
                %v1556, %v1557 = gpu.shuffle xor %v1555, %v927, %v740 : f32
                %v1558 = arith.addf %v1555, %v1556 fastmath<contract> : f32
                %v1559, %v1560 = gpu.shuffle xor %v1558, %v931, %v740 : f32
                %v1561 = arith.addf %v1558, %v1559 fastmath<contract> : f32
                %v1562 = arith.divui %v30, %v32 : i64
                %v1563 = arith.remui %v30, %v32 : i64
                %v1564 = arith.cmpi ult, %v1563, %v39 : i64
                %v1565 = arith.addi %v39, %v40 : i64
                %v1566 = arith.muli %v1562, %v1 : i64
                %v1567 = arith.addi %v1566, %v1565 : i64
                %v1568 = arith.muli %v1567, %v941 : i64
                %v1569 = arith.addi %v1568, %v1331 : i64
                scf.if %v1564 {
                  %v1570 = llvm.getelementptr %v65[%v1569] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1561, %v1570 : f32, !llvm.ptr
                }
                %v1571 = arith.select %v44, %v1443, %v80 : f32
                // sum over the warp's outer points: shuffles
                %v1572, %v1573 = gpu.shuffle xor %v1571, %v927, %v740 : f32
                %v1574 = arith.addf %v1571, %v1572 fastmath<contract> : f32
                %v1575, %v1576 = gpu.shuffle xor %v1574, %v931, %v740 : f32
                %v1577 = arith.addf %v1574, %v1575 fastmath<contract> : f32
                %v1578 = arith.divui %v30, %v32 : i64
                %v1579 = arith.remui %v30, %v32 : i64
                %v1580 = arith.cmpi ult, %v1579, %v39 : i64
                %v1581 = arith.addi %v12, %v40 : i64
                %v1582 = arith.muli %v1578, %v1 : i64
                %v1583 = arith.addi %v1582, %v1581 : i64
                %v1584 = arith.muli %v1583, %v941 : i64
                %v1585 = arith.addi %v1584, %v1331 : i64
                scf.if %v1580 {
                  %v1586 = llvm.getelementptr %v67[%v1585] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1577, %v1586 : f32, !llvm.ptr
                }
                %v1587 = arith.select %v44, %v1449, %v80 : f32
                // sum over the warp's outer points: shuffles
                %v1588, %v1589 = gpu.shuffle xor %v1587, %v927, %v740 : f32
                %v1590 = arith.addf %v1587, %v1588 fastmath<contract> : f32
                %v1591, %v1592 = gpu.shuffle xor %v1590, %v931, %v740 : f32
                %v1593 = arith.addf %v1590, %v1591 fastmath<contract> : f32
                %v1594 = arith.divui %v30, %v32 : i64
                %v1595 = arith.remui %v30, %v32 : i64
                %v1596 = arith.cmpi ult, %v1595, %v39 : i64
                %v1597 = arith.addi %v39, %v40 : i64
                %v1598 = arith.muli %v1594, %v1 : i64
                %v1599 = arith.addi %v1598, %v1597 : i64
                %v1600 = arith.muli %v1599, %v941 : i64
                %v1601 = arith.addi %v1600, %v1331 : i64
                scf.if %v1596 {
                  %v1602 = llvm.getelementptr %v67[%v1601] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1593, %v1602 : f32, !llvm.ptr
                }
                %v1603 = arith.select %v44, %v1500, %v80 : f32
                // sum over the warp's outer points: shuffles
                %v1604, %v1605 = gpu.shuffle xor %v1603, %v927, %v740 : f32
                %v1606 = arith.addf %v1603, %v1604 fastmath<contract> : f32
                %v1607, %v1608 = gpu.shuffle xor %v1606, %v931, %v740 : f32
                %v1609 = arith.addf %v1606, %v1607 fastmath<contract> : f32
                %v1610 = arith.divui %v30, %v32 : i64
                %v1611 = arith.remui %v30, %v32 : i64
                %v1612 = arith.cmpi ult, %v1611, %v2 : i64
                %v1613 = arith.muli %v1610, %v2 : i64
                %v1614 = arith.addi %v1613, %v12 : i64
                %v1615 = arith.muli %v1614, %v941 : i64
                %v1616 = arith.addi %v1615, %v1331 : i64
                scf.if %v1612 {
                  %v1617 = llvm.getelementptr %v69[%v1616] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1609, %v1617 : f32, !llvm.ptr
                }
                %v1618 = arith.select %v44, %v1538, %v80 : f32
                // sum over the warp's outer points: shuffles
                %v1619, %v1620 = gpu.shuffle xor %v1618, %v927, %v740 : f32
                %v1621 = arith.addf %v1618, %v1619 fastmath<contract> : f32
                %v1622, %v1623 = gpu.shuffle xor %v1621, %v931, %v740 : f32
                %v1624 = arith.addf %v1621, %v1622 fastmath<contract> : f32
                %v1625 = arith.divui %v30, %v32 : i64
                %v1626 = arith.remui %v30, %v32 : i64
                %v1627 = arith.cmpi ult, %v1626, %v2 : i64
                %v1628 = arith.muli %v1625, %v2 : i64
                %v1629 = arith.addi %v1628, %v12 : i64
                %v1630 = arith.muli %v1629, %v941 : i64
                %v1631 = arith.addi %v1630, %v1331 : i64
                scf.if %v1627 {
                  %v1632 = llvm.getelementptr %v71[%v1631] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1624, %v1632 : f32, !llvm.ptr
                }
                llvm.store %v1535, %v60 : f32, !llvm.ptr
                llvm.store %v1535, %v61 : f32, !llvm.ptr
                llvm.store %v1535, %v62 : f32, !llvm.ptr
                llvm.store %v1535, %v63 : f32, !llvm.ptr
                %v1633 = arith.addi %v431, %v12 : i64
                %v1635 = arith.cmpi slt, %v1634, %v702 : i32
                %v1636 = arith.cmpi eq, %v1634, %v708 : i32
                %v1637 = arith.addi %v433, %v98 : i64
                %v1638 = arith.addi %v137, %v1633 : i64
                %v1639 = arith.muli %v40, %v168 : i64
                %v1640 = arith.subi %v1638, %v137 : i64
                %v1641 = arith.addi %v1639, %v1640 : i64
                %v1642 = llvm.getelementptr %v73[%v1641] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1643 = llvm.load %v1642 : !llvm.ptr -> f32
                %v1644 = arith.muli %v54, %v381 : i64
                %v1645 = arith.muli %v1638, %v380 : i64
                %v1646 = arith.addi %v1644, %v1645 : i64
                %v1647 = arith.muli %v52, %v379 : i64
                %v1648 = arith.addi %v1646, %v1647 : i64
                %v1649 = arith.muli %v50, %v2 : i64
                %v1650 = arith.addi %v1648, %v1649 : i64
                %v1651 = llvm.getelementptr %dy_o[%v1650] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1652 = llvm.load %v1651 : !llvm.ptr -> f32
                %v1653 = arith.mulf %v1643, %v527 fastmath<contract> : f32
                %v1654 = arith.constant 8 : i64
                %v1655 = arith.addi %v1654, %v40 : i64
                %v1656 = arith.muli %v1655, %v168 : i64
                %v1657 = arith.subi %v1638, %v137 : i64
                %v1658 = arith.addi %v1656, %v1657 : i64
                %v1659 = llvm.getelementptr %v73[%v1658] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1660 = llvm.load %v1659 : !llvm.ptr -> f32
                %v1661 = arith.mulf %v1660, %v529 fastmath<contract> : f32
                %v1662 = arith.addf %v1653, %v1661 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1663, %v1664 = gpu.shuffle xor %v1662, %v739, %v740 : f32
                %v1665 = arith.addf %v1662, %v1663 fastmath<contract> : f32
                %v1666, %v1667 = gpu.shuffle xor %v1665, %v744, %v740 : f32
                %v1668 = arith.addf %v1665, %v1666 fastmath<contract> : f32
                %v1669, %v1670 = gpu.shuffle xor %v1668, %v748, %v740 : f32
                %v1671 = arith.addf %v1668, %v1669 fastmath<contract> : f32
                // end sum over the lanes
                %v1672 = llvm.call_intrinsic "llvm.fabs.f32"(%v1671) : (f32) -> f32
                %v1673 = arith.maximumf %v81, %v1672 : f32
                %v1674 = arith.divf %v1652, %v1673 : f32
                %v1675 = arith.mulf %v1643, %v1674 fastmath<contract> : f32
                %v1676 = llvm.load %v56 : !llvm.ptr -> f32
                %v1677 = llvm.load %v60 : !llvm.ptr -> f32
                %v1678 = arith.mulf %v1677, %v1676 fastmath<contract> : f32
                %v1679 = arith.addf %v1675, %v1678 fastmath<contract> : f32
                llvm.store %v1679, %v56 : f32, !llvm.ptr
                %v1680 = arith.mulf %v1660, %v1674 fastmath<contract> : f32
                %v1681 = llvm.load %v57 : !llvm.ptr -> f32
                %v1682 = llvm.load %v61 : !llvm.ptr -> f32
                %v1683 = arith.mulf %v1682, %v1681 fastmath<contract> : f32
                %v1684 = arith.addf %v1680, %v1683 fastmath<contract> : f32
                llvm.store %v1684, %v57 : f32, !llvm.ptr
                %v1685 = arith.mulf %v1643, %v513 fastmath<contract> : f32
                %v1686 = arith.mulf %v1660, %v525 fastmath<contract> : f32
                %v1687 = arith.addf %v1685, %v1686 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1688, %v1689 = gpu.shuffle xor %v1687, %v739, %v740 : f32
                %v1690 = arith.addf %v1687, %v1688 fastmath<contract> : f32
                %v1691, %v1692 = gpu.shuffle xor %v1690, %v744, %v740 : f32
                %v1693 = arith.addf %v1690, %v1691 fastmath<contract> : f32
                %v1694, %v1695 = gpu.shuffle xor %v1693, %v748, %v740 : f32
                %v1696 = arith.addf %v1693, %v1694 fastmath<contract> : f32
                // end sum over the lanes
                %v1697 = arith.divf %v1696, %v1673 : f32
                %v1698 = arith.divf %v1697, %v1673 : f32
                %v1699 = arith.mulf %v1652, %v1698 fastmath<contract> : f32
                %v1700 = arith.negf %v1699 : f32
                %v1701 = arith.cmpf oge, %v81, %v1672 : f32
                %v1702 = arith.select %v1701, %v81, %v80 : f32
                %v1703 = arith.subf %v81, %v1702 fastmath<contract> : f32
                %v1704 = arith.mulf %v1700, %v1703 fastmath<contract> : f32
                %v1705 = arith.cmpf olt, %v1671, %v80 : f32
                %v1706 = arith.select %v1705, %v785, %v80 : f32
                %v1707 = arith.cmpf ogt, %v1671, %v80 : f32
                %v1708 = arith.select %v1707, %v81, %v1706 : f32
                %v1709 = arith.mulf %v1704, %v1708 fastmath<contract> : f32
                %v1710 = arith.mulf %v1643, %v1709 fastmath<contract> : f32
                %v1711 = llvm.load %v58 : !llvm.ptr -> f32
                %v1712 = llvm.load %v62 : !llvm.ptr -> f32
                %v1713 = arith.mulf %v1712, %v1711 fastmath<contract> : f32
                %v1714 = arith.addf %v1710, %v1713 fastmath<contract> : f32
                llvm.store %v1714, %v58 : f32, !llvm.ptr
                %v1715 = arith.mulf %v1660, %v1709 fastmath<contract> : f32
                %v1716 = llvm.load %v59 : !llvm.ptr -> f32
                %v1717 = llvm.load %v63 : !llvm.ptr -> f32
                %v1718 = arith.mulf %v1717, %v1716 fastmath<contract> : f32
                %v1719 = arith.addf %v1715, %v1718 fastmath<contract> : f32
                llvm.store %v1719, %v59 : f32, !llvm.ptr
                %v1720 = arith.mulf %v527, %v1709 fastmath<contract> : f32
                %v1721 = arith.mulf %v513, %v1674 fastmath<contract> : f32
                %v1722 = arith.addf %v1720, %v1721 fastmath<contract> : f32
                %v1723 = arith.mulf %v529, %v1709 fastmath<contract> : f32
                %v1724 = arith.mulf %v525, %v1674 fastmath<contract> : f32
                %v1725 = arith.addf %v1723, %v1724 fastmath<contract> : f32
                %v1726 = arith.muli %v12, %v168 : i64
                %v1727 = arith.subi %v1638, %v137 : i64
                %v1728 = arith.addi %v1726, %v1727 : i64
                %v1729 = llvm.getelementptr %v77[%v1728] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1730 = llvm.load %v1729 : !llvm.ptr -> f32
                %v1731 = arith.mulf %v1730, %v358 fastmath<contract> : f32
                %v1732 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1731) : (f32) -> f32
                %v1733 = llvm.load %v58 : !llvm.ptr -> f32
                %v1734 = arith.muli %v54, %v381 : i64
                %v1735 = arith.muli %v1638, %v380 : i64
                %v1736 = arith.addi %v1734, %v1735 : i64
                %v1737 = arith.muli %v52, %v379 : i64
                %v1738 = arith.addi %v1736, %v1737 : i64
                %v1739 = arith.muli %v50, %v2 : i64
                %v1740 = arith.addi %v1738, %v1739 : i64
                %v1741 = llvm.getelementptr %in_v[%v1740] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1742 = llvm.load %v1741 : !llvm.ptr -> f32
                %v1743 = llvm.load %v56 : !llvm.ptr -> f32
                %v1744 = arith.mulf %v1742, %v1743 fastmath<contract> : f32
                %v1745 = arith.addf %v1733, %v1744 fastmath<contract> : f32
                %v1746 = arith.mulf %v1732, %v1745 fastmath<contract> : f32
                %v1748 = llvm.call_intrinsic "llvm.sqrt.f32"(%v1747) : (f32) -> f32
                %v1749 = arith.divf %v1746, %v1748 : f32
                %v1750 = llvm.load %v59 : !llvm.ptr -> f32
                %v1751 = llvm.load %v57 : !llvm.ptr -> f32
                %v1752 = arith.mulf %v1742, %v1751 fastmath<contract> : f32
                %v1753 = arith.addf %v1750, %v1752 fastmath<contract> : f32
                %v1754 = arith.mulf %v1732, %v1753 fastmath<contract> : f32
                %v1755 = arith.divf %v1754, %v1748 : f32
                %v1756 = arith.muli %v40, %v168 : i64
                %v1757 = arith.subi %v1638, %v137 : i64
                %v1758 = arith.addi %v1756, %v1757 : i64
                %v1759 = llvm.getelementptr %v75[%v1758] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1760 = llvm.load %v1759 : !llvm.ptr -> f32
                %v1761 = arith.divf %v1760, %v1748 : f32
                %v1762 = arith.mulf %v1732, %v1761 fastmath<contract> : f32
                %v1763 = arith.mulf %v1762, %v1743 fastmath<contract> : f32
                %v1764 = arith.constant 8 : i64
                %v1765 = arith.addi %v1764, %v40 : i64
                %v1766 = arith.muli %v1765, %v168 : i64
                %v1767 = arith.subi %v1638, %v137 : i64
                %v1768 = arith.addi %v1766, %v1767 : i64
                %v1769 = llvm.getelementptr %v75[%v1768] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1770 = llvm.load %v1769 : !llvm.ptr -> f32
                %v1771 = arith.divf %v1770, %v1748 : f32
                %v1772 = arith.mulf %v1732, %v1771 fastmath<contract> : f32
                %v1773 = arith.mulf %v1772, %v1751 fastmath<contract> : f32
                %v1774 = arith.addf %v1763, %v1773 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1775, %v1776 = gpu.shuffle xor %v1774, %v739, %v740 : f32
                %v1777 = arith.addf %v1774, %v1775 fastmath<contract> : f32
                %v1778, %v1779 = gpu.shuffle xor %v1777, %v744, %v740 : f32
                %v1780 = arith.addf %v1777, %v1778 fastmath<contract> : f32
                %v1781, %v1782 = gpu.shuffle xor %v1780, %v748, %v740 : f32
                %v1783 = arith.addf %v1780, %v1781 fastmath<contract> : f32
                // end sum over the lanes
                %v1784 = arith.cmpi eq, %v40, %v12 : i64
                %v1785 = arith.andi %v44, %v1784 : i1
                scf.if %v1785 {
                  %v1786 = arith.muli %v54, %v381 : i64
                  %v1787 = arith.muli %v1638, %v380 : i64
                  %v1788 = arith.addi %v1786, %v1787 : i64
                  %v1789 = arith.muli %v52, %v379 : i64
                  %v1790 = arith.addi %v1788, %v1789 : i64
                  %v1791 = arith.muli %v50, %v2 : i64
                  %v1792 = arith.addi %v1790, %v1791 : i64
                  %v1793 = llvm.getelementptr %dx_v[%v1792] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1783, %v1793 : f32, !llvm.ptr
                }
                %v1794 = arith.mulf %v1761, %v1745 fastmath<contract> : f32
                %v1795 = arith.mulf %v1771, %v1753 fastmath<contract> : f32
                %v1796 = arith.addf %v1794, %v1795 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1797, %v1798 = gpu.shuffle xor %v1796, %v739, %v740 : f32
                %v1799 = arith.addf %v1796, %v1797 fastmath<contract> : f32
                %v1800, %v1801 = gpu.shuffle xor %v1799, %v744, %v740 : f32
                %v1802 = arith.addf %v1799, %v1800 fastmath<contract> : f32
                %v1803, %v1804 = gpu.shuffle xor %v1802, %v748, %v740 : f32
                %v1805 = arith.addf %v1802, %v1803 fastmath<contract> : f32
                // end sum over the lanes
                %v1806 = arith.mulf %v1732, %v1805 fastmath<contract> : f32
                %v1807 = arith.mulf %v445, %v1743 fastmath<contract> : f32
                %v1808 = arith.mulf %v454, %v1751 fastmath<contract> : f32
                %v1809 = arith.addf %v1807, %v1808 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1810, %v1811 = gpu.shuffle xor %v1809, %v739, %v740 : f32
                %v1812 = arith.addf %v1809, %v1810 fastmath<contract> : f32
                %v1813, %v1814 = gpu.shuffle xor %v1812, %v744, %v740 : f32
                %v1815 = arith.addf %v1812, %v1813 fastmath<contract> : f32
                %v1816, %v1817 = gpu.shuffle xor %v1815, %v748, %v740 : f32
                %v1818 = arith.addf %v1815, %v1816 fastmath<contract> : f32
                // end sum over the lanes
                %v1819 = arith.mulf %v463, %v1733 fastmath<contract> : f32
                %v1820 = arith.mulf %v472, %v1750 fastmath<contract> : f32
                %v1821 = arith.addf %v1819, %v1820 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1822, %v1823 = gpu.shuffle xor %v1821, %v739, %v740 : f32
                %v1824 = arith.addf %v1821, %v1822 fastmath<contract> : f32
                %v1825, %v1826 = gpu.shuffle xor %v1824, %v744, %v740 : f32
                %v1827 = arith.addf %v1824, %v1825 fastmath<contract> : f32
                %v1828, %v1829 = gpu.shuffle xor %v1827, %v748, %v740 : f32
                %v1830 = arith.addf %v1827, %v1828 fastmath<contract> : f32
                // end sum over the lanes
                %v1831 = arith.addf %v1818, %v1830 fastmath<contract> : f32
                %v1832 = arith.muli %v12, %v168 : i64
                %v1833 = arith.subi %v1638, %v137 : i64
                %v1834 = arith.addi %v1832, %v1833 : i64
                %v1835 = llvm.getelementptr %v79[%v1834] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1836 = llvm.load %v1835 : !llvm.ptr -> f32
                %v1837 = arith.negf %v1836 : f32
                %v1838 = arith.mulf %v1837, %v358 fastmath<contract> : f32
                %v1839 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1838) : (f32) -> f32
                %v1840 = arith.addf %v81, %v1839 fastmath<contract> : f32
                %v1841 = arith.divf %v81, %v1840 : f32
                %v1842 = arith.subf %v81, %v1841 fastmath<contract> : f32
                %v1843 = arith.mulf %v1841, %v1842 fastmath<contract> : f32
                %v1844 = arith.mulf %v1831, %v1843 fastmath<contract> : f32
                %v1845 = arith.select %v44, %v1722, %v80 : f32
                // sum over the warp's outer points: shuffles
                %v1846, %v1847 = gpu.shuffle xor %v1845, %v927, %v740 : f32
                %v1848 = arith.addf %v1845, %v1846 fastmath<contract> : f32
                %v1849, %v1850 = gpu.shuffle xor %v1848, %v931, %v740 : f32
                %v1851 = arith.addf %v1848, %v1849 fastmath<contract> : f32
                %v1852 = arith.divui %v30, %v32 : i64
                %v1853 = arith.remui %v30, %v32 : i64
                %v1854 = arith.cmpi ult, %v1853, %v39 : i64
                %v1855 = arith.addi %v12, %v40 : i64
                %v1856 = arith.muli %v1852, %v1 : i64
                %v1857 = arith.addi %v1856, %v1855 : i64
                %v1858 = arith.muli %v1857, %v941 : i64
                %v1859 = arith.addi %v1858, %v1637 : i64
                scf.if %v1854 {
                  %v1860 = llvm.getelementptr %v65[%v1859] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1851, %v1860 : f32, !llvm.ptr
                }
                %v1861 = arith.select %v44, %v1725, %v80 : f32
                // sum over the warp's outer points: shuffles
                %v1862, %v1863 = gpu.shuffle xor %v1861, %v927, %v740 : f32
                %v1864 = arith.addf %v1861, %v1862 fastmath<contract> : f32
                %v1865, %v1866 = gpu.shuffle xor %v1864, %v931, %v740 : f32
                %v1867 = arith.addf %v1864, %v1865 fastmath<contract> : f32
                %v1868 = arith.divui %v30, %v32 : i64
                %v1869 = arith.remui %v30, %v32 : i64
                %v1870 = arith.cmpi ult, %v1869, %v39 : i64
                %v1871 = arith.addi %v39, %v40 : i64
                %v1872 = arith.muli %v1868, %v1 : i64
                %v1873 = arith.addi %v1872, %v1871 : i64
                %v1874 = arith.muli %v1873, %v941 : i64
                %v1875 = arith.addi %v1874, %v1637 : i64
                scf.if %v1870 {
                  %v1876 = llvm.getelementptr %v65[%v1875] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1867, %v1876 : f32, !llvm.ptr
                }
                %v1877 = arith.select %v44, %v1749, %v80 : f32
                // sum over the warp's outer points: shuffles
                %v1878, %v1879 = gpu.shuffle xor %v1877, %v927, %v740 : f32
                %v1880 = arith.addf %v1877, %v1878 fastmath<contract> : f32
                %v1881, %v1882 = gpu.shuffle xor %v1880, %v931, %v740 : f32
                %v1883 = arith.addf %v1880, %v1881 fastmath<contract> : f32
                %v1884 = arith.divui %v30, %v32 : i64
                %v1885 = arith.remui %v30, %v32 : i64
                %v1886 = arith.cmpi ult, %v1885, %v39 : i64
                %v1887 = arith.addi %v12, %v40 : i64
                %v1888 = arith.muli %v1884, %v1 : i64
                %v1889 = arith.addi %v1888, %v1887 : i64
                %v1890 = arith.muli %v1889, %v941 : i64
                %v1891 = arith.addi %v1890, %v1637 : i64
                scf.if %v1886 {
                  %v1892 = llvm.getelementptr %v67[%v1891] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1883, %v1892 : f32, !llvm.ptr
                }
                %v1893 = arith.select %v44, %v1755, %v80 : f32
                // sum over the warp's outer points: shuffles
                %v1894, %v1895 = gpu.shuffle xor %v1893, %v927, %v740 : f32
                %v1896 = arith.addf %v1893, %v1894 fastmath<contract> : f32
                %v1897, %v1898 = gpu.shuffle xor %v1896, %v931, %v740 : f32
                %v1899 = arith.addf %v1896, %v1897 fastmath<contract> : f32
                %v1900 = arith.divui %v30, %v32 : i64
                %v1901 = arith.remui %v30, %v32 : i64
                %v1902 = arith.cmpi ult, %v1901, %v39 : i64
                %v1903 = arith.addi %v39, %v40 : i64
                %v1904 = arith.muli %v1900, %v1 : i64
                %v1905 = arith.addi %v1904, %v1903 : i64
                %v1906 = arith.muli %v1905, %v941 : i64
                %v1907 = arith.addi %v1906, %v1637 : i64
                scf.if %v1902 {
                  %v1908 = llvm.getelementptr %v67[%v1907] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1899, %v1908 : f32, !llvm.ptr
                }
                %v1909 = arith.select %v44, %v1806, %v80 : f32
                // sum over the warp's outer points: shuffles
                %v1910, %v1911 = gpu.shuffle xor %v1909, %v927, %v740 : f32
                %v1912 = arith.addf %v1909, %v1910 fastmath<contract> : f32
                %v1913, %v1914 = gpu.shuffle xor %v1912, %v931, %v740 : f32
                %v1915 = arith.addf %v1912, %v1913 fastmath<contract> : f32
                %v1916 = arith.divui %v30, %v32 : i64
                %v1917 = arith.remui %v30, %v32 : i64
                %v1918 = arith.cmpi ult, %v1917, %v2 : i64
                %v1919 = arith.muli %v1916, %v2 : i64
                %v1920 = arith.addi %v1919, %v12 : i64
                %v1921 = arith.muli %v1920, %v941 : i64
                %v1922 = arith.addi %v1921, %v1637 : i64
                scf.if %v1918 {
                  %v1923 = llvm.getelementptr %v69[%v1922] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1915, %v1923 : f32, !llvm.ptr
                }
                %v1924 = arith.select %v44, %v1844, %v80 : f32
                // sum over the warp's outer points: shuffles
                %v1925, %v1926 = gpu.shuffle xor %v1924, %v927, %v740 : f32
                %v1927 = arith.addf %v1924, %v1925 fastmath<contract> : f32
                %v1928, %v1929 = gpu.shuffle xor %v1927, %v931, %v740 : f32
                %v1930 = arith.addf %v1927, %v1928 fastmath<contract> : f32
                %v1931 = arith.divui %v30, %v32 : i64
                %v1932 = arith.remui %v30, %v32 : i64
                %v1933 = arith.cmpi ult, %v1932, %v2 : i64
                %v1934 = arith.muli %v1931, %v2 : i64
                %v1935 = arith.addi %v1934, %v12 : i64
                %v1936 = arith.muli %v1935, %v941 : i64
                %v1937 = arith.addi %v1936, %v1637 : i64
                scf.if %v1933 {
                  %v1938 = llvm.getelementptr %v71[%v1937] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1930, %v1938 : f32, !llvm.ptr
                }
                llvm.store %v1841, %v60 : f32, !llvm.ptr
                llvm.store %v1841, %v61 : f32, !llvm.ptr
                llvm.store %v1841, %v62 : f32, !llvm.ptr
                llvm.store %v1841, %v63 : f32, !llvm.ptr
              } else {
                %v1939 = arith.subi %v139, %v2 : i64
                %v1940 = arith.muli %v430, %v5 : i64
                %v1941 = arith.subi %v5, %v2 : i64
                %v1942 = arith.minsi %v46, %v1941 : i64
                %v1943 = arith.addi %v1940, %v1942 : i64
                %v1944 = arith.muli %v1943, %v1 : i64
                %v1945 = arith.addi %v1944, %v12 : i64
                %v1946 = arith.addi %v1945, %v40 : i64
                %v1947 = llvm.getelementptr %scratch_C[%v1946] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1948 = llvm.load %v1947 : !llvm.ptr -> f32
                %v1949 = arith.muli %v430, %v5 : i64
                %v1950 = arith.subi %v5, %v2 : i64
                %v1951 = arith.minsi %v46, %v1950 : i64
                %v1952 = arith.addi %v1949, %v1951 : i64
                %v1953 = arith.muli %v1952, %v1 : i64
                %v1954 = arith.addi %v1953, %v39 : i64
                %v1955 = arith.addi %v1954, %v40 : i64
                %v1956 = llvm.getelementptr %scratch_C[%v1955] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1957 = llvm.load %v1956 : !llvm.ptr -> f32
                %v1958 = arith.muli %v430, %v5 : i64
                %v1959 = arith.subi %v5, %v2 : i64
                %v1960 = arith.minsi %v46, %v1959 : i64
                %v1961 = arith.addi %v1958, %v1960 : i64
                %v1962 = arith.muli %v1961, %v1 : i64
                %v1963 = arith.addi %v1962, %v12 : i64
                %v1964 = arith.addi %v1963, %v40 : i64
                %v1965 = llvm.getelementptr %scratch_n[%v1964] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1966 = llvm.load %v1965 : !llvm.ptr -> f32
                %v1967 = arith.muli %v430, %v5 : i64
                %v1968 = arith.subi %v5, %v2 : i64
                %v1969 = arith.minsi %v46, %v1968 : i64
                %v1970 = arith.addi %v1967, %v1969 : i64
                %v1971 = arith.muli %v1970, %v1 : i64
                %v1972 = arith.addi %v1971, %v39 : i64
                %v1973 = arith.addi %v1972, %v40 : i64
                %v1974 = llvm.getelementptr %scratch_n[%v1973] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1975 = llvm.load %v1974 : !llvm.ptr -> f32
                // the group's states, recomputed into registers
                %v1976 = arith.addi %v431, %v12 : i64
                %v1977 = arith.minsi %v1976, %v1939 : i64
                %v1978 = arith.addi %v137, %v1977 : i64
                %v1979 = arith.muli %v12, %v168 : i64
                %v1980 = arith.subi %v1978, %v137 : i64
                %v1981 = arith.addi %v1979, %v1980 : i64
                %v1982 = llvm.getelementptr %v79[%v1981] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1983 = llvm.load %v1982 : !llvm.ptr -> f32
                %v1984 = arith.negf %v1983 : f32
                %v1985 = arith.mulf %v1984, %v358 fastmath<contract> : f32
                %v1986 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1985) : (f32) -> f32
                %v1987 = arith.addf %v81, %v1986 fastmath<contract> : f32
                %v1988 = arith.divf %v81, %v1987 : f32
                %v1989 = arith.muli %v12, %v168 : i64
                %v1990 = arith.subi %v1978, %v137 : i64
                %v1991 = arith.addi %v1989, %v1990 : i64
                %v1992 = llvm.getelementptr %v77[%v1991] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1993 = llvm.load %v1992 : !llvm.ptr -> f32
                %v1994 = arith.mulf %v1993, %v358 fastmath<contract> : f32
                %v1995 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1994) : (f32) -> f32
                %v1996 = arith.muli %v40, %v168 : i64
                %v1997 = arith.subi %v1978, %v137 : i64
                %v1998 = arith.addi %v1996, %v1997 : i64
                %v1999 = llvm.getelementptr %v75[%v1998] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2000 = llvm.load %v1999 : !llvm.ptr -> f32
                %v2002 = llvm.call_intrinsic "llvm.sqrt.f32"(%v2001) : (f32) -> f32
                %v2003 = arith.divf %v2000, %v2002 : f32
                %v2004 = arith.mulf %v1995, %v2003 fastmath<contract> : f32
                %v2005 = arith.muli %v54, %v381 : i64
                %v2006 = arith.muli %v1978, %v380 : i64
                %v2007 = arith.addi %v2005, %v2006 : i64
                %v2008 = arith.muli %v52, %v379 : i64
                %v2009 = arith.addi %v2007, %v2008 : i64
                %v2010 = arith.muli %v50, %v2 : i64
                %v2011 = arith.addi %v2009, %v2010 : i64
                %v2012 = llvm.getelementptr %in_v[%v2011] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2013 = llvm.load %v2012 : !llvm.ptr -> f32
                %v2014 = arith.mulf %v2004, %v2013 fastmath<contract> : f32
                %v2015 = arith.mulf %v1988, %v1948 fastmath<contract> : f32
                %v2016 = arith.addf %v2015, %v2014 fastmath<contract> : f32
                %v2017 = arith.constant 8 : i64
                %v2018 = arith.addi %v2017, %v40 : i64
                %v2019 = arith.muli %v2018, %v168 : i64
                %v2020 = arith.subi %v1978, %v137 : i64
                %v2021 = arith.addi %v2019, %v2020 : i64
                %v2022 = llvm.getelementptr %v75[%v2021] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2023 = llvm.load %v2022 : !llvm.ptr -> f32
                %v2024 = arith.divf %v2023, %v2002 : f32
                %v2025 = arith.mulf %v1995, %v2024 fastmath<contract> : f32
                %v2026 = arith.mulf %v2025, %v2013 fastmath<contract> : f32
                %v2027 = arith.mulf %v1988, %v1957 fastmath<contract> : f32
                %v2028 = arith.addf %v2027, %v2026 fastmath<contract> : f32
                %v2029 = arith.mulf %v1988, %v1966 fastmath<contract> : f32
                %v2030 = arith.addf %v2029, %v2004 fastmath<contract> : f32
                %v2031 = arith.mulf %v1988, %v1975 fastmath<contract> : f32
                %v2032 = arith.addf %v2031, %v2025 fastmath<contract> : f32
                %v2033 = arith.addi %v431, %v2 : i64
                %v2034 = arith.minsi %v2033, %v1939 : i64
                %v2035 = arith.addi %v137, %v2034 : i64
                %v2036 = arith.muli %v12, %v168 : i64
                %v2037 = arith.subi %v2035, %v137 : i64
                %v2038 = arith.addi %v2036, %v2037 : i64
                %v2039 = llvm.getelementptr %v79[%v2038] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2040 = llvm.load %v2039 : !llvm.ptr -> f32
                %v2041 = arith.negf %v2040 : f32
                %v2042 = arith.mulf %v2041, %v358 fastmath<contract> : f32
                %v2043 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2042) : (f32) -> f32
                %v2044 = arith.addf %v81, %v2043 fastmath<contract> : f32
                %v2045 = arith.divf %v81, %v2044 : f32
                %v2046 = arith.muli %v12, %v168 : i64
                %v2047 = arith.subi %v2035, %v137 : i64
                %v2048 = arith.addi %v2046, %v2047 : i64
                %v2049 = llvm.getelementptr %v77[%v2048] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2050 = llvm.load %v2049 : !llvm.ptr -> f32
                %v2051 = arith.mulf %v2050, %v358 fastmath<contract> : f32
                %v2052 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2051) : (f32) -> f32
                %v2053 = arith.muli %v40, %v168 : i64
                %v2054 = arith.subi %v2035, %v137 : i64
                %v2055 = arith.addi %v2053, %v2054 : i64
                %v2056 = llvm.getelementptr %v75[%v2055] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2057 = llvm.load %v2056 : !llvm.ptr -> f32
                %v2059 = llvm.call_intrinsic "llvm.sqrt.f32"(%v2058) : (f32) -> f32
                %v2060 = arith.divf %v2057, %v2059 : f32
                %v2061 = arith.mulf %v2052, %v2060 fastmath<contract> : f32
                %v2062 = arith.muli %v54, %v381 : i64
                %v2063 = arith.muli %v2035, %v380 : i64
                %v2064 = arith.addi %v2062, %v2063 : i64
                %v2065 = arith.muli %v52, %v379 : i64
                %v2066 = arith.addi %v2064, %v2065 : i64
                %v2067 = arith.muli %v50, %v2 : i64
                %v2068 = arith.addi %v2066, %v2067 : i64
                %v2069 = llvm.getelementptr %in_v[%v2068] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2070 = llvm.load %v2069 : !llvm.ptr -> f32
                %v2071 = arith.mulf %v2061, %v2070 fastmath<contract> : f32
                %v2072 = arith.mulf %v2045, %v2016 fastmath<contract> : f32
                %v2073 = arith.addf %v2072, %v2071 fastmath<contract> : f32
                %v2074 = arith.constant 8 : i64
                %v2075 = arith.addi %v2074, %v40 : i64
                %v2076 = arith.muli %v2075, %v168 : i64
                %v2077 = arith.subi %v2035, %v137 : i64
                %v2078 = arith.addi %v2076, %v2077 : i64
                %v2079 = llvm.getelementptr %v75[%v2078] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2080 = llvm.load %v2079 : !llvm.ptr -> f32
                %v2081 = arith.divf %v2080, %v2059 : f32
                %v2082 = arith.mulf %v2052, %v2081 fastmath<contract> : f32
                %v2083 = arith.mulf %v2082, %v2070 fastmath<contract> : f32
                %v2084 = arith.mulf %v2045, %v2028 fastmath<contract> : f32
                %v2085 = arith.addf %v2084, %v2083 fastmath<contract> : f32
                %v2086 = arith.mulf %v2045, %v2030 fastmath<contract> : f32
                %v2087 = arith.addf %v2086, %v2061 fastmath<contract> : f32
                %v2088 = arith.mulf %v2045, %v2032 fastmath<contract> : f32
                %v2089 = arith.addf %v2088, %v2082 fastmath<contract> : f32
                %v2090 = arith.addi %v431, %v93 : i64
                %v2091 = arith.minsi %v2090, %v1939 : i64
                %v2092 = arith.addi %v137, %v2091 : i64
                %v2093 = arith.muli %v12, %v168 : i64
                %v2094 = arith.subi %v2092, %v137 : i64
                %v2095 = arith.addi %v2093, %v2094 : i64
                %v2096 = llvm.getelementptr %v79[%v2095] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2097 = llvm.load %v2096 : !llvm.ptr -> f32
                %v2098 = arith.negf %v2097 : f32
                %v2099 = arith.mulf %v2098, %v358 fastmath<contract> : f32
                %v2100 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2099) : (f32) -> f32
                %v2101 = arith.addf %v81, %v2100 fastmath<contract> : f32
                %v2102 = arith.divf %v81, %v2101 : f32
                %v2103 = arith.muli %v12, %v168 : i64
                %v2104 = arith.subi %v2092, %v137 : i64
                %v2105 = arith.addi %v2103, %v2104 : i64
                %v2106 = llvm.getelementptr %v77[%v2105] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2107 = llvm.load %v2106 : !llvm.ptr -> f32
                %v2108 = arith.mulf %v2107, %v358 fastmath<contract> : f32
                %v2109 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2108) : (f32) -> f32
                %v2110 = arith.muli %v40, %v168 : i64
                %v2111 = arith.subi %v2092, %v137 : i64
                %v2112 = arith.addi %v2110, %v2111 : i64
                %v2113 = llvm.getelementptr %v75[%v2112] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2114 = llvm.load %v2113 : !llvm.ptr -> f32
                %v2116 = llvm.call_intrinsic "llvm.sqrt.f32"(%v2115) : (f32) -> f32
                %v2117 = arith.divf %v2114, %v2116 : f32
                %v2118 = arith.mulf %v2109, %v2117 fastmath<contract> : f32
                %v2119 = arith.muli %v54, %v381 : i64
                %v2120 = arith.muli %v2092, %v380 : i64
                %v2121 = arith.addi %v2119, %v2120 : i64
                %v2122 = arith.muli %v52, %v379 : i64
                %v2123 = arith.addi %v2121, %v2122 : i64
                %v2124 = arith.muli %v50, %v2 : i64
                %v2125 = arith.addi %v2123, %v2124 : i64
                %v2126 = llvm.getelementptr %in_v[%v2125] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2127 = llvm.load %v2126 : !llvm.ptr -> f32
                %v2128 = arith.mulf %v2118, %v2127 fastmath<contract> : f32
                %v2129 = arith.mulf %v2102, %v2073 fastmath<contract> : f32
                %v2130 = arith.addf %v2129, %v2128 fastmath<contract> : f32
                %v2131 = arith.constant 8 : i64
                %v2132 = arith.addi %v2131, %v40 : i64
                %v2133 = arith.muli %v2132, %v168 : i64
                %v2134 = arith.subi %v2092, %v137 : i64
                %v2135 = arith.addi %v2133, %v2134 : i64
                %v2136 = llvm.getelementptr %v75[%v2135] : (!llvm.ptr, i64) -> !llvm.ptr, f32
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
                %v2147 = arith.addi %v431, %v98 : i64
                %v2148 = arith.minsi %v2147, %v1939 : i64
                %v2149 = arith.addi %v137, %v2148 : i64
                %v2150 = arith.muli %v12, %v168 : i64
                %v2151 = arith.subi %v2149, %v137 : i64
                %v2152 = arith.addi %v2150, %v2151 : i64
                %v2153 = llvm.getelementptr %v79[%v2152] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2154 = llvm.load %v2153 : !llvm.ptr -> f32
                %v2155 = arith.negf %v2154 : f32
                %v2156 = arith.mulf %v2155, %v358 fastmath<contract> : f32
                %v2157 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2156) : (f32) -> f32
                %v2158 = arith.addf %v81, %v2157 fastmath<contract> : f32
                %v2159 = arith.divf %v81, %v2158 : f32
                %v2160 = arith.muli %v12, %v168 : i64
                %v2161 = arith.subi %v2149, %v137 : i64
                %v2162 = arith.addi %v2160, %v2161 : i64
                %v2163 = llvm.getelementptr %v77[%v2162] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2164 = llvm.load %v2163 : !llvm.ptr -> f32
                %v2165 = arith.mulf %v2164, %v358 fastmath<contract> : f32
                %v2166 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2165) : (f32) -> f32
                %v2167 = arith.muli %v40, %v168 : i64
                %v2168 = arith.subi %v2149, %v137 : i64
                %v2169 = arith.addi %v2167, %v2168 : i64
                %v2170 = llvm.getelementptr %v75[%v2169] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2171 = llvm.load %v2170 : !llvm.ptr -> f32
                %v2173 = llvm.call_intrinsic "llvm.sqrt.f32"(%v2172) : (f32) -> f32
                %v2174 = arith.divf %v2171, %v2173 : f32
                %v2175 = arith.mulf %v2166, %v2174 fastmath<contract> : f32
                %v2176 = arith.muli %v54, %v381 : i64
                %v2177 = arith.muli %v2149, %v380 : i64
                %v2178 = arith.addi %v2176, %v2177 : i64
                %v2179 = arith.muli %v52, %v379 : i64
                %v2180 = arith.addi %v2178, %v2179 : i64
                %v2181 = arith.muli %v50, %v2 : i64
                %v2182 = arith.addi %v2180, %v2181 : i64
                %v2183 = llvm.getelementptr %in_v[%v2182] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2184 = llvm.load %v2183 : !llvm.ptr -> f32
                %v2185 = arith.mulf %v2175, %v2184 fastmath<contract> : f32
                %v2186 = arith.mulf %v2159, %v2130 fastmath<contract> : f32
                %v2187 = arith.addf %v2186, %v2185 fastmath<contract> : f32
                %v2188 = arith.constant 8 : i64
                %v2189 = arith.addi %v2188, %v40 : i64
                %v2190 = arith.muli %v2189, %v168 : i64
                %v2191 = arith.subi %v2149, %v137 : i64
                %v2192 = arith.addi %v2190, %v2191 : i64
                %v2193 = llvm.getelementptr %v75[%v2192] : (!llvm.ptr, i64) -> !llvm.ptr, f32
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
                %v2204 = arith.subi %v139, %v431 : i64
                %v2205 = arith.trunci %v2204 : i64 to i32
                %v2206 = arith.subi %size_L, %v2 : i64
                %v2207 = arith.addi %v137, %v431 : i64
                %v2208 = arith.subi %v2206, %v2207 : i64
                %v2209 = arith.minsi %v2208, %v706 : i64
                %v2210 = arith.trunci %v2209 : i64 to i32
                %v2211 = arith.addi %v431, %v98 : i64
                %v2212 = arith.cmpi slt, %v710, %v2205 : i32
                %v2213 = arith.cmpi eq, %v710, %v2210 : i32
                %v2214 = arith.addi %v433, %v12 : i64
                scf.if %v2212 {
                  %v2215 = arith.addi %v137, %v2211 : i64
                  %v2216 = arith.muli %v40, %v168 : i64
                  %v2217 = arith.subi %v2215, %v137 : i64
                  %v2218 = arith.addi %v2216, %v2217 : i64
                  %v2219 = llvm.getelementptr %v73[%v2218] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2220 = llvm.load %v2219 : !llvm.ptr -> f32
                  %v2221 = arith.muli %v54, %v381 : i64
                  %v2222 = arith.muli %v2215, %v380 : i64
                  %v2223 = arith.addi %v2221, %v2222 : i64
                  %v2224 = arith.muli %v52, %v379 : i64
                  %v2225 = arith.addi %v2223, %v2224 : i64
                  %v2226 = arith.muli %v50, %v2 : i64
                  %v2227 = arith.addi %v2225, %v2226 : i64
                  %v2228 = llvm.getelementptr %dy_o[%v2227] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2229 = llvm.load %v2228 : !llvm.ptr -> f32
                  %v2230 = arith.mulf %v2220, %v2201 fastmath<contract> : f32
                  %v2231 = arith.constant 8 : i64
                  %v2232 = arith.addi %v2231, %v40 : i64
                  %v2233 = arith.muli %v2232, %v168 : i64
                  %v2234 = arith.subi %v2215, %v137 : i64
                  %v2235 = arith.addi %v2233, %v2234 : i64
                  %v2236 = llvm.getelementptr %v73[%v2235] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2237 = llvm.load %v2236 : !llvm.ptr -> f32
                  %v2238 = arith.mulf %v2237, %v2203 fastmath<contract> : f32
                  %v2239 = arith.addf %v2230, %v2238 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v2240, %v2241 = gpu.shuffle xor %v2239, %v739, %v740 : f32
                  %v2242 = arith.addf %v2239, %v2240 fastmath<contract> : f32
                  %v2243, %v2244 = gpu.shuffle xor %v2242, %v744, %v740 : f32
                  %v2245 = arith.addf %v2242, %v2243 fastmath<contract> : f32
                  %v2246, %v2247 = gpu.shuffle xor %v2245, %v748, %v740 : f32
                  %v2248 = arith.addf %v2245, %v2246 fastmath<contract> : f32
                  // end sum over the lanes
                  %v2249 = llvm.call_intrinsic "llvm.fabs.f32"(%v2248) : (f32) -> f32
                  %v2250 = arith.maximumf %v81, %v2249 : f32
                  %v2251 = arith.divf %v2229, %v2250 : f32
                  %v2252 = arith.mulf %v2220, %v2251 fastmath<contract> : f32
                  %v2253 = llvm.load %v56 : !llvm.ptr -> f32
                  %v2254 = llvm.load %v60 : !llvm.ptr -> f32
                  %v2255 = arith.mulf %v2254, %v2253 fastmath<contract> : f32
                  %v2256 = arith.addf %v2252, %v2255 fastmath<contract> : f32
                  llvm.store %v2256, %v56 : f32, !llvm.ptr
                  %v2257 = arith.mulf %v2237, %v2251 fastmath<contract> : f32
                  %v2258 = llvm.load %v57 : !llvm.ptr -> f32
                  %v2259 = llvm.load %v61 : !llvm.ptr -> f32
                  %v2260 = arith.mulf %v2259, %v2258 fastmath<contract> : f32
                  %v2261 = arith.addf %v2257, %v2260 fastmath<contract> : f32
                  llvm.store %v2261, %v57 : f32, !llvm.ptr
                  %v2262 = arith.mulf %v2220, %v2187 fastmath<contract> : f32
                  %v2263 = arith.mulf %v2237, %v2199 fastmath<contract> : f32
                  %v2264 = arith.addf %v2262, %v2263 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v2265, %v2266 = gpu.shuffle xor %v2264, %v739, %v740 : f32
                  %v2267 = arith.addf %v2264, %v2265 fastmath<contract> : f32
                  %v2268, %v2269 = gpu.shuffle xor %v2267, %v744, %v740 : f32
                  %v2270 = arith.addf %v2267, %v2268 fastmath<contract> : f32
                  %v2271, %v2272 = gpu.shuffle xor %v2270, %v748, %v740 : f32
                  %v2273 = arith.addf %v2270, %v2271 fastmath<contract> : f32
                  // end sum over the lanes
                  %v2274 = arith.divf %v2273, %v2250 : f32
                  %v2275 = arith.divf %v2274, %v2250 : f32
                  %v2276 = arith.mulf %v2229, %v2275 fastmath<contract> : f32
                  %v2277 = arith.negf %v2276 : f32
                  %v2278 = arith.cmpf oge, %v81, %v2249 : f32
                  %v2279 = arith.select %v2278, %v81, %v80 : f32
                  %v2280 = arith.subf %v81, %v2279 fastmath<contract> : f32
                  %v2281 = arith.mulf %v2277, %v2280 fastmath<contract> : f32
                  %v2282 = arith.cmpf olt, %v2248, %v80 : f32
                  %v2283 = arith.select %v2282, %v785, %v80 : f32
                  %v2284 = arith.cmpf ogt, %v2248, %v80 : f32
                  %v2285 = arith.select %v2284, %v81, %v2283 : f32
                  %v2286 = arith.mulf %v2281, %v2285 fastmath<contract> : f32
                  %v2287 = arith.mulf %v2220, %v2286 fastmath<contract> : f32
                  %v2288 = llvm.load %v58 : !llvm.ptr -> f32
                  %v2289 = llvm.load %v62 : !llvm.ptr -> f32
                  %v2290 = arith.mulf %v2289, %v2288 fastmath<contract> : f32
                  %v2291 = arith.addf %v2287, %v2290 fastmath<contract> : f32
                  llvm.store %v2291, %v58 : f32, !llvm.ptr
                  %v2292 = arith.mulf %v2237, %v2286 fastmath<contract> : f32
                  %v2293 = llvm.load %v59 : !llvm.ptr -> f32
                  %v2294 = llvm.load %v63 : !llvm.ptr -> f32
                  %v2295 = arith.mulf %v2294, %v2293 fastmath<contract> : f32
                  %v2296 = arith.addf %v2292, %v2295 fastmath<contract> : f32
                  llvm.store %v2296, %v59 : f32, !llvm.ptr
                  %v2297 = arith.mulf %v2201, %v2286 fastmath<contract> : f32
                  %v2298 = arith.mulf %v2187, %v2251 fastmath<contract> : f32
                  %v2299 = arith.addf %v2297, %v2298 fastmath<contract> : f32
                  %v2300 = arith.mulf %v2203, %v2286 fastmath<contract> : f32
                  %v2301 = arith.mulf %v2199, %v2251 fastmath<contract> : f32
                  %v2302 = arith.addf %v2300, %v2301 fastmath<contract> : f32
                  %v2303 = arith.muli %v12, %v168 : i64
                  %v2304 = arith.subi %v2215, %v137 : i64
                  %v2305 = arith.addi %v2303, %v2304 : i64
                  %v2306 = llvm.getelementptr %v77[%v2305] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2307 = llvm.load %v2306 : !llvm.ptr -> f32
                  %v2308 = arith.mulf %v2307, %v358 fastmath<contract> : f32
                  %v2309 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2308) : (f32) -> f32
                  %v2310 = llvm.load %v58 : !llvm.ptr -> f32
                  %v2311 = arith.muli %v54, %v381 : i64
                  %v2312 = arith.muli %v2215, %v380 : i64
                  %v2313 = arith.addi %v2311, %v2312 : i64
                  %v2314 = arith.muli %v52, %v379 : i64
                  %v2315 = arith.addi %v2313, %v2314 : i64
                  %v2316 = arith.muli %v50, %v2 : i64
                  %v2317 = arith.addi %v2315, %v2316 : i64
                  %v2318 = llvm.getelementptr %in_v[%v2317] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2319 = llvm.load %v2318 : !llvm.ptr -> f32
                  %v2320 = llvm.load %v56 : !llvm.ptr -> f32
                  %v2321 = arith.mulf %v2319, %v2320 fastmath<contract> : f32
                  %v2322 = arith.addf %v2310, %v2321 fastmath<contract> : f32
                  %v2323 = arith.mulf %v2309, %v2322 fastmath<contract> : f32
                  %v2325 = llvm.call_intrinsic "llvm.sqrt.f32"(%v2324) : (f32) -> f32
                  %v2326 = arith.divf %v2323, %v2325 : f32
                  %v2327 = llvm.load %v59 : !llvm.ptr -> f32
                  %v2328 = llvm.load %v57 : !llvm.ptr -> f32
                  %v2329 = arith.mulf %v2319, %v2328 fastmath<contract> : f32
                  %v2330 = arith.addf %v2327, %v2329 fastmath<contract> : f32
                  %v2331 = arith.mulf %v2309, %v2330 fastmath<contract> : f32
                  %v2332 = arith.divf %v2331, %v2325 : f32
                  %v2333 = arith.muli %v40, %v168 : i64
                  %v2334 = arith.subi %v2215, %v137 : i64
                  %v2335 = arith.addi %v2333, %v2334 : i64
                  %v2336 = llvm.getelementptr %v75[%v2335] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2337 = llvm.load %v2336 : !llvm.ptr -> f32
                  %v2338 = arith.divf %v2337, %v2325 : f32
                  %v2339 = arith.mulf %v2309, %v2338 fastmath<contract> : f32
                  %v2340 = arith.mulf %v2339, %v2320 fastmath<contract> : f32
                  %v2341 = arith.constant 8 : i64
                  %v2342 = arith.addi %v2341, %v40 : i64
                  %v2343 = arith.muli %v2342, %v168 : i64
                  %v2344 = arith.subi %v2215, %v137 : i64
                  %v2345 = arith.addi %v2343, %v2344 : i64
                  %v2346 = llvm.getelementptr %v75[%v2345] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2347 = llvm.load %v2346 : !llvm.ptr -> f32
                  %v2348 = arith.divf %v2347, %v2325 : f32
                  %v2349 = arith.mulf %v2309, %v2348 fastmath<contract> : f32
                  %v2350 = arith.mulf %v2349, %v2328 fastmath<contract> : f32
                  %v2351 = arith.addf %v2340, %v2350 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v2352, %v2353 = gpu.shuffle xor %v2351, %v739, %v740 : f32
                  %v2354 = arith.addf %v2351, %v2352 fastmath<contract> : f32
                  %v2355, %v2356 = gpu.shuffle xor %v2354, %v744, %v740 : f32
                  %v2357 = arith.addf %v2354, %v2355 fastmath<contract> : f32
                  %v2358, %v2359 = gpu.shuffle xor %v2357, %v748, %v740 : f32
                  %v2360 = arith.addf %v2357, %v2358 fastmath<contract> : f32
                  // end sum over the lanes
                  %v2361 = arith.cmpi eq, %v40, %v12 : i64
                  %v2362 = arith.andi %v44, %v2361 : i1
                  scf.if %v2362 {
                    %v2363 = arith.muli %v54, %v381 : i64
                    %v2364 = arith.muli %v2215, %v380 : i64
                    %v2365 = arith.addi %v2363, %v2364 : i64
                    %v2366 = arith.muli %v52, %v379 : i64
                    %v2367 = arith.addi %v2365, %v2366 : i64
                    %v2368 = arith.muli %v50, %v2 : i64
                    %v2369 = arith.addi %v2367, %v2368 : i64
                    %v2370 = llvm.getelementptr %dx_v[%v2369] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2360, %v2370 : f32, !llvm.ptr
                  }
                  %v2371 = arith.mulf %v2338, %v2322 fastmath<contract> : f32
                  %v2372 = arith.mulf %v2348, %v2330 fastmath<contract> : f32
                  %v2373 = arith.addf %v2371, %v2372 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v2374, %v2375 = gpu.shuffle xor %v2373, %v739, %v740 : f32
                  %v2376 = arith.addf %v2373, %v2374 fastmath<contract> : f32
                  %v2377, %v2378 = gpu.shuffle xor %v2376, %v744, %v740 : f32
                  %v2379 = arith.addf %v2376, %v2377 fastmath<contract> : f32
                  %v2380, %v2381 = gpu.shuffle xor %v2379, %v748, %v740 : f32
                  %v2382 = arith.addf %v2379, %v2380 fastmath<contract> : f32
                  // end sum over the lanes
                  %v2383 = arith.mulf %v2309, %v2382 fastmath<contract> : f32
                  %v2384 = arith.mulf %v2130, %v2320 fastmath<contract> : f32
                  %v2385 = arith.mulf %v2142, %v2328 fastmath<contract> : f32
                  %v2386 = arith.addf %v2384, %v2385 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v2387, %v2388 = gpu.shuffle xor %v2386, %v739, %v740 : f32
                  %v2389 = arith.addf %v2386, %v2387 fastmath<contract> : f32
                  %v2390, %v2391 = gpu.shuffle xor %v2389, %v744, %v740 : f32
                  %v2392 = arith.addf %v2389, %v2390 fastmath<contract> : f32
                  %v2393, %v2394 = gpu.shuffle xor %v2392, %v748, %v740 : f32
                  %v2395 = arith.addf %v2392, %v2393 fastmath<contract> : f32
                  // end sum over the lanes
                  %v2396 = arith.mulf %v2144, %v2310 fastmath<contract> : f32
                  %v2397 = arith.mulf %v2146, %v2327 fastmath<contract> : f32
                  %v2398 = arith.addf %v2396, %v2397 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v2399, %v2400 = gpu.shuffle xor %v2398, %v739, %v740 : f32
                  %v2401 = arith.addf %v2398, %v2399 fastmath<contract> : f32
                  %v2402, %v2403 = gpu.shuffle xor %v2401, %v744, %v740 : f32
                  %v2404 = arith.addf %v2401, %v2402 fastmath<contract> : f32
                  %v2405, %v2406 = gpu.shuffle xor %v2404, %v748, %v740 : f32
                  %v2407 = arith.addf %v2404, %v2405 fastmath<contract> : f32
                  // end sum over the lanes
                  %v2408 = arith.addf %v2395, %v2407 fastmath<contract> : f32
                  %v2409 = arith.muli %v12, %v168 : i64
                  %v2410 = arith.subi %v2215, %v137 : i64
                  %v2411 = arith.addi %v2409, %v2410 : i64
                  %v2412 = llvm.getelementptr %v79[%v2411] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2413 = llvm.load %v2412 : !llvm.ptr -> f32
                  %v2414 = arith.negf %v2413 : f32
                  %v2415 = arith.mulf %v2414, %v358 fastmath<contract> : f32
                  %v2416 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2415) : (f32) -> f32
                  %v2417 = arith.addf %v81, %v2416 fastmath<contract> : f32
                  %v2418 = arith.divf %v81, %v2417 : f32
                  %v2419 = arith.subf %v81, %v2418 fastmath<contract> : f32
                  %v2420 = arith.mulf %v2418, %v2419 fastmath<contract> : f32
                  %v2421 = arith.mulf %v2408, %v2420 fastmath<contract> : f32
                  %v2422 = arith.select %v44, %v2299, %v80 : f32
                  // sum over the warp's outer points: shuffles
                  %v2423, %v2424 = gpu.shuffle xor %v2422, %v927, %v740 : f32
                  %v2425 = arith.addf %v2422, %v2423 fastmath<contract> : f32
                  %v2426, %v2427 = gpu.shuffle xor %v2425, %v931, %v740 : f32
                  %v2428 = arith.addf %v2425, %v2426 fastmath<contract> : f32
                  %v2429 = arith.divui %v30, %v32 : i64
                  %v2430 = arith.remui %v30, %v32 : i64
                  %v2431 = arith.cmpi ult, %v2430, %v39 : i64
                  %v2432 = arith.addi %v12, %v40 : i64
                  %v2433 = arith.muli %v2429, %v1 : i64
                  %v2434 = arith.addi %v2433, %v2432 : i64
                  %v2435 = arith.muli %v2434, %v941 : i64
                  %v2436 = arith.addi %v2435, %v2214 : i64
                  scf.if %v2431 {
                    %v2437 = llvm.getelementptr %v65[%v2436] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2428, %v2437 : f32, !llvm.ptr
                  }
                  %v2438 = arith.select %v44, %v2302, %v80 : f32
                  // sum over the warp's outer points: shuffles
                  %v2439, %v2440 = gpu.shuffle xor %v2438, %v927, %v740 : f32
                  %v2441 = arith.addf %v2438, %v2439 fastmath<contract> : f32
                  %v2442, %v2443 = gpu.shuffle xor %v2441, %v931, %v740 : f32
                  %v2444 = arith.addf %v2441, %v2442 fastmath<contract> : f32
                  %v2445 = arith.divui %v30, %v32 : i64
                  %v2446 = arith.remui %v30, %v32 : i64
                  %v2447 = arith.cmpi ult, %v2446, %v39 : i64
                  %v2448 = arith.addi %v39, %v40 : i64
                  %v2449 = arith.muli %v2445, %v1 : i64
                  %v2450 = arith.addi %v2449, %v2448 : i64
                  %v2451 = arith.muli %v2450, %v941 : i64
                  %v2452 = arith.addi %v2451, %v2214 : i64
                  scf.if %v2447 {
                    %v2453 = llvm.getelementptr %v65[%v2452] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2444, %v2453 : f32, !llvm.ptr
                  }
                  %v2454 = arith.select %v44, %v2326, %v80 : f32
                  // sum over the warp's outer points: shuffles
                  %v2455, %v2456 = gpu.shuffle xor %v2454, %v927, %v740 : f32
                  %v2457 = arith.addf %v2454, %v2455 fastmath<contract> : f32
                  %v2458, %v2459 = gpu.shuffle xor %v2457, %v931, %v740 : f32
                  %v2460 = arith.addf %v2457, %v2458 fastmath<contract> : f32
                  %v2461 = arith.divui %v30, %v32 : i64
                  %v2462 = arith.remui %v30, %v32 : i64
                  %v2463 = arith.cmpi ult, %v2462, %v39 : i64
                  %v2464 = arith.addi %v12, %v40 : i64
                  %v2465 = arith.muli %v2461, %v1 : i64
                  %v2466 = arith.addi %v2465, %v2464 : i64
                  %v2467 = arith.muli %v2466, %v941 : i64
                  %v2468 = arith.addi %v2467, %v2214 : i64
                  scf.if %v2463 {
                    %v2469 = llvm.getelementptr %v67[%v2468] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2460, %v2469 : f32, !llvm.ptr
                  }
                  %v2470 = arith.select %v44, %v2332, %v80 : f32
                  // sum over the warp's outer points: shuffles
                  %v2471, %v2472 = gpu.shuffle xor %v2470, %v927, %v740 : f32
                  %v2473 = arith.addf %v2470, %v2471 fastmath<contract> : f32
                  %v2474, %v2475 = gpu.shuffle xor %v2473, %v931, %v740 : f32
                  %v2476 = arith.addf %v2473, %v2474 fastmath<contract> : f32
                  %v2477 = arith.divui %v30, %v32 : i64
                  %v2478 = arith.remui %v30, %v32 : i64
                  %v2479 = arith.cmpi ult, %v2478, %v39 : i64
                  %v2480 = arith.addi %v39, %v40 : i64
                  %v2481 = arith.muli %v2477, %v1 : i64
                  %v2482 = arith.addi %v2481, %v2480 : i64
                  %v2483 = arith.muli %v2482, %v941 : i64
                  %v2484 = arith.addi %v2483, %v2214 : i64
                  scf.if %v2479 {
                    %v2485 = llvm.getelementptr %v67[%v2484] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2476, %v2485 : f32, !llvm.ptr
                  }
                  %v2486 = arith.select %v44, %v2383, %v80 : f32
                  // sum over the warp's outer points: shuffles
                  %v2487, %v2488 = gpu.shuffle xor %v2486, %v927, %v740 : f32
                  %v2489 = arith.addf %v2486, %v2487 fastmath<contract> : f32
                  %v2490, %v2491 = gpu.shuffle xor %v2489, %v931, %v740 : f32
                  %v2492 = arith.addf %v2489, %v2490 fastmath<contract> : f32
                  %v2493 = arith.divui %v30, %v32 : i64
                  %v2494 = arith.remui %v30, %v32 : i64
                  %v2495 = arith.cmpi ult, %v2494, %v2 : i64
                  %v2496 = arith.muli %v2493, %v2 : i64
                  %v2497 = arith.addi %v2496, %v12 : i64
                  %v2498 = arith.muli %v2497, %v941 : i64
                  %v2499 = arith.addi %v2498, %v2214 : i64
                  scf.if %v2495 {
                    %v2500 = llvm.getelementptr %v69[%v2499] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2492, %v2500 : f32, !llvm.ptr
                  }
                  %v2501 = arith.select %v44, %v2421, %v80 : f32
                  // sum over the warp's outer points: shuffles
                  %v2502, %v2503 = gpu.shuffle xor %v2501, %v927, %v740 : f32
                  %v2504 = arith.addf %v2501, %v2502 fastmath<contract> : f32
                  %v2505, %v2506 = gpu.shuffle xor %v2504, %v931, %v740 : f32
                  %v2507 = arith.addf %v2504, %v2505 fastmath<contract> : f32
                  %v2508 = arith.divui %v30, %v32 : i64
                  %v2509 = arith.remui %v30, %v32 : i64
                  %v2510 = arith.cmpi ult, %v2509, %v2 : i64
                  %v2511 = arith.muli %v2508, %v2 : i64
                  %v2512 = arith.addi %v2511, %v12 : i64
                  %v2513 = arith.muli %v2512, %v941 : i64
                  %v2514 = arith.addi %v2513, %v2214 : i64
                  scf.if %v2510 {
                    %v2515 = llvm.getelementptr %v71[%v2514] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2507, %v2515 : f32, !llvm.ptr
                  }
                  llvm.store %v2418, %v60 : f32, !llvm.ptr
                  llvm.store %v2418, %v61 : f32, !llvm.ptr
                  llvm.store %v2418, %v62 : f32, !llvm.ptr
                  llvm.store %v2418, %v63 : f32, !llvm.ptr
                }
                %v2516 = arith.addi %v431, %v93 : i64
                %v2517 = arith.cmpi slt, %v744, %v2205 : i32
                %v2518 = arith.cmpi eq, %v744, %v2210 : i32
                %v2519 = arith.addi %v433, %v2 : i64
                scf.if %v2517 {
                  %v2520 = arith.addi %v137, %v2516 : i64
                  %v2521 = arith.muli %v40, %v168 : i64
                  %v2522 = arith.subi %v2520, %v137 : i64
                  %v2523 = arith.addi %v2521, %v2522 : i64
                  %v2524 = llvm.getelementptr %v73[%v2523] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2525 = llvm.load %v2524 : !llvm.ptr -> f32
                  %v2526 = arith.muli %v54, %v381 : i64
                  %v2527 = arith.muli %v2520, %v380 : i64
                  %v2528 = arith.addi %v2526, %v2527 : i64
                  %v2529 = arith.muli %v52, %v379 : i64
                  %v2530 = arith.addi %v2528, %v2529 : i64
                  %v2531 = arith.muli %v50, %v2 : i64
                  %v2532 = arith.addi %v2530, %v2531 : i64
                  %v2533 = llvm.getelementptr %dy_o[%v2532] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2534 = llvm.load %v2533 : !llvm.ptr -> f32
                  %v2535 = arith.mulf %v2525, %v2144 fastmath<contract> : f32
                  %v2536 = arith.constant 8 : i64
                  %v2537 = arith.addi %v2536, %v40 : i64
                  %v2538 = arith.muli %v2537, %v168 : i64
                  %v2539 = arith.subi %v2520, %v137 : i64
                  %v2540 = arith.addi %v2538, %v2539 : i64
                  %v2541 = llvm.getelementptr %v73[%v2540] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2542 = llvm.load %v2541 : !llvm.ptr -> f32
                  %v2543 = arith.mulf %v2542, %v2146 fastmath<contract> : f32
                  %v2544 = arith.addf %v2535, %v2543 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v2545, %v2546 = gpu.shuffle xor %v2544, %v739, %v740 : f32
                  %v2547 = arith.addf %v2544, %v2545 fastmath<contract> : f32
                  %v2548, %v2549 = gpu.shuffle xor %v2547, %v744, %v740 : f32
                  %v2550 = arith.addf %v2547, %v2548 fastmath<contract> : f32
                  %v2551, %v2552 = gpu.shuffle xor %v2550, %v748, %v740 : f32
                  %v2553 = arith.addf %v2550, %v2551 fastmath<contract> : f32
                  // end sum over the lanes
                  %v2554 = llvm.call_intrinsic "llvm.fabs.f32"(%v2553) : (f32) -> f32
                  %v2555 = arith.maximumf %v81, %v2554 : f32
                  %v2556 = arith.divf %v2534, %v2555 : f32
                  %v2557 = arith.mulf %v2525, %v2556 fastmath<contract> : f32
                  %v2558 = llvm.load %v56 : !llvm.ptr -> f32
                  %v2559 = llvm.load %v60 : !llvm.ptr -> f32
                  %v2560 = arith.mulf %v2559, %v2558 fastmath<contract> : f32
                  %v2561 = arith.addf %v2557, %v2560 fastmath<contract> : f32
                  llvm.store %v2561, %v56 : f32, !llvm.ptr
                  %v2562 = arith.mulf %v2542, %v2556 fastmath<contract> : f32
                  %v2563 = llvm.load %v57 : !llvm.ptr -> f32
                  %v2564 = llvm.load %v61 : !llvm.ptr -> f32
                  %v2565 = arith.mulf %v2564, %v2563 fastmath<contract> : f32
                  %v2566 = arith.addf %v2562, %v2565 fastmath<contract> : f32
                  llvm.store %v2566, %v57 : f32, !llvm.ptr
                  %v2567 = arith.mulf %v2525, %v2130 fastmath<contract> : f32
                  %v2568 = arith.mulf %v2542, %v2142 fastmath<contract> : f32
                  %v2569 = arith.addf %v2567, %v2568 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v2570, %v2571 = gpu.shuffle xor %v2569, %v739, %v740 : f32
                  %v2572 = arith.addf %v2569, %v2570 fastmath<contract> : f32
                  %v2573, %v2574 = gpu.shuffle xor %v2572, %v744, %v740 : f32
                  %v2575 = arith.addf %v2572, %v2573 fastmath<contract> : f32
                  %v2576, %v2577 = gpu.shuffle xor %v2575, %v748, %v740 : f32
                  %v2578 = arith.addf %v2575, %v2576 fastmath<contract> : f32
                  // end sum over the lanes
                  %v2579 = arith.divf %v2578, %v2555 : f32
                  %v2580 = arith.divf %v2579, %v2555 : f32
                  %v2581 = arith.mulf %v2534, %v2580 fastmath<contract> : f32
                  %v2582 = arith.negf %v2581 : f32
                  %v2583 = arith.cmpf oge, %v81, %v2554 : f32
                  %v2584 = arith.select %v2583, %v81, %v80 : f32
                  %v2585 = arith.subf %v81, %v2584 fastmath<contract> : f32
                  %v2586 = arith.mulf %v2582, %v2585 fastmath<contract> : f32
                  %v2587 = arith.cmpf olt, %v2553, %v80 : f32
                  %v2588 = arith.select %v2587, %v785, %v80 : f32
                  %v2589 = arith.cmpf ogt, %v2553, %v80 : f32
                  %v2590 = arith.select %v2589, %v81, %v2588 : f32
                  %v2591 = arith.mulf %v2586, %v2590 fastmath<contract> : f32
                  %v2592 = arith.mulf %v2525, %v2591 fastmath<contract> : f32
                  %v2593 = llvm.load %v58 : !llvm.ptr -> f32
                  %v2594 = llvm.load %v62 : !llvm.ptr -> f32
                  %v2595 = arith.mulf %v2594, %v2593 fastmath<contract> : f32
                  %v2596 = arith.addf %v2592, %v2595 fastmath<contract> : f32
                  llvm.store %v2596, %v58 : f32, !llvm.ptr
                  %v2597 = arith.mulf %v2542, %v2591 fastmath<contract> : f32
                  %v2598 = llvm.load %v59 : !llvm.ptr -> f32
                  %v2599 = llvm.load %v63 : !llvm.ptr -> f32
                  %v2600 = arith.mulf %v2599, %v2598 fastmath<contract> : f32
                  %v2601 = arith.addf %v2597, %v2600 fastmath<contract> : f32
                  llvm.store %v2601, %v59 : f32, !llvm.ptr
                  %v2602 = arith.mulf %v2144, %v2591 fastmath<contract> : f32
                  %v2603 = arith.mulf %v2130, %v2556 fastmath<contract> : f32
                  %v2604 = arith.addf %v2602, %v2603 fastmath<contract> : f32
                  %v2605 = arith.mulf %v2146, %v2591 fastmath<contract> : f32
                  %v2606 = arith.mulf %v2142, %v2556 fastmath<contract> : f32
                  %v2607 = arith.addf %v2605, %v2606 fastmath<contract> : f32
                  %v2608 = arith.muli %v12, %v168 : i64
                  %v2609 = arith.subi %v2520, %v137 : i64
                  %v2610 = arith.addi %v2608, %v2609 : i64
                  %v2611 = llvm.getelementptr %v77[%v2610] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2612 = llvm.load %v2611 : !llvm.ptr -> f32
                  %v2613 = arith.mulf %v2612, %v358 fastmath<contract> : f32
                  %v2614 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2613) : (f32) -> f32
                  %v2615 = llvm.load %v58 : !llvm.ptr -> f32
                  %v2616 = arith.muli %v54, %v381 : i64
                  %v2617 = arith.muli %v2520, %v380 : i64
                  %v2618 = arith.addi %v2616, %v2617 : i64
                  %v2619 = arith.muli %v52, %v379 : i64
                  %v2620 = arith.addi %v2618, %v2619 : i64
                  %v2621 = arith.muli %v50, %v2 : i64
                  %v2622 = arith.addi %v2620, %v2621 : i64
                  %v2623 = llvm.getelementptr %in_v[%v2622] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2624 = llvm.load %v2623 : !llvm.ptr -> f32
                  %v2625 = llvm.load %v56 : !llvm.ptr -> f32
                  %v2626 = arith.mulf %v2624, %v2625 fastmath<contract> : f32
                  %v2627 = arith.addf %v2615, %v2626 fastmath<contract> : f32
                  %v2628 = arith.mulf %v2614, %v2627 fastmath<contract> : f32
                  %v2630 = llvm.call_intrinsic "llvm.sqrt.f32"(%v2629) : (f32) -> f32
                  %v2631 = arith.divf %v2628, %v2630 : f32
                  %v2632 = llvm.load %v59 : !llvm.ptr -> f32
                  %v2633 = llvm.load %v57 : !llvm.ptr -> f32
                  %v2634 = arith.mulf %v2624, %v2633 fastmath<contract> : f32
                  %v2635 = arith.addf %v2632, %v2634 fastmath<contract> : f32
                  %v2636 = arith.mulf %v2614, %v2635 fastmath<contract> : f32
                  %v2637 = arith.divf %v2636, %v2630 : f32
                  %v2638 = arith.muli %v40, %v168 : i64
                  %v2639 = arith.subi %v2520, %v137 : i64
                  %v2640 = arith.addi %v2638, %v2639 : i64
                  %v2641 = llvm.getelementptr %v75[%v2640] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2642 = llvm.load %v2641 : !llvm.ptr -> f32
                  %v2643 = arith.divf %v2642, %v2630 : f32
                  %v2644 = arith.mulf %v2614, %v2643 fastmath<contract> : f32
                  %v2645 = arith.mulf %v2644, %v2625 fastmath<contract> : f32
                  %v2646 = arith.constant 8 : i64
                  %v2647 = arith.addi %v2646, %v40 : i64
                  %v2648 = arith.muli %v2647, %v168 : i64
                  %v2649 = arith.subi %v2520, %v137 : i64
                  %v2650 = arith.addi %v2648, %v2649 : i64
                  %v2651 = llvm.getelementptr %v75[%v2650] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2652 = llvm.load %v2651 : !llvm.ptr -> f32
                  %v2653 = arith.divf %v2652, %v2630 : f32
                  %v2654 = arith.mulf %v2614, %v2653 fastmath<contract> : f32
                  %v2655 = arith.mulf %v2654, %v2633 fastmath<contract> : f32
                  %v2656 = arith.addf %v2645, %v2655 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v2657, %v2658 = gpu.shuffle xor %v2656, %v739, %v740 : f32
                  %v2659 = arith.addf %v2656, %v2657 fastmath<contract> : f32
                  %v2660, %v2661 = gpu.shuffle xor %v2659, %v744, %v740 : f32
                  %v2662 = arith.addf %v2659, %v2660 fastmath<contract> : f32
                  %v2663, %v2664 = gpu.shuffle xor %v2662, %v748, %v740 : f32
                  %v2665 = arith.addf %v2662, %v2663 fastmath<contract> : f32
                  // end sum over the lanes
                  %v2666 = arith.cmpi eq, %v40, %v12 : i64
                  %v2667 = arith.andi %v44, %v2666 : i1
                  scf.if %v2667 {
                    %v2668 = arith.muli %v54, %v381 : i64
                    %v2669 = arith.muli %v2520, %v380 : i64
                    %v2670 = arith.addi %v2668, %v2669 : i64
                    %v2671 = arith.muli %v52, %v379 : i64
                    %v2672 = arith.addi %v2670, %v2671 : i64
                    %v2673 = arith.muli %v50, %v2 : i64
                    %v2674 = arith.addi %v2672, %v2673 : i64
                    %v2675 = llvm.getelementptr %dx_v[%v2674] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2665, %v2675 : f32, !llvm.ptr
                  }
                  %v2676 = arith.mulf %v2643, %v2627 fastmath<contract> : f32
                  %v2677 = arith.mulf %v2653, %v2635 fastmath<contract> : f32
                  %v2678 = arith.addf %v2676, %v2677 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v2679, %v2680 = gpu.shuffle xor %v2678, %v739, %v740 : f32
                  %v2681 = arith.addf %v2678, %v2679 fastmath<contract> : f32
                  %v2682, %v2683 = gpu.shuffle xor %v2681, %v744, %v740 : f32
                  %v2684 = arith.addf %v2681, %v2682 fastmath<contract> : f32
                  %v2685, %v2686 = gpu.shuffle xor %v2684, %v748, %v740 : f32
                  %v2687 = arith.addf %v2684, %v2685 fastmath<contract> : f32
                  // end sum over the lanes
                  %v2688 = arith.mulf %v2614, %v2687 fastmath<contract> : f32
                  %v2689 = arith.mulf %v2073, %v2625 fastmath<contract> : f32
                  %v2690 = arith.mulf %v2085, %v2633 fastmath<contract> : f32
                  %v2691 = arith.addf %v2689, %v2690 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v2692, %v2693 = gpu.shuffle xor %v2691, %v739, %v740 : f32
                  %v2694 = arith.addf %v2691, %v2692 fastmath<contract> : f32
                  %v2695, %v2696 = gpu.shuffle xor %v2694, %v744, %v740 : f32
                  %v2697 = arith.addf %v2694, %v2695 fastmath<contract> : f32
                  %v2698, %v2699 = gpu.shuffle xor %v2697, %v748, %v740 : f32
                  %v2700 = arith.addf %v2697, %v2698 fastmath<contract> : f32
                  // end sum over the lanes
                  %v2701 = arith.mulf %v2087, %v2615 fastmath<contract> : f32
                  %v2702 = arith.mulf %v2089, %v2632 fastmath<contract> : f32
                  %v2703 = arith.addf %v2701, %v2702 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v2704, %v2705 = gpu.shuffle xor %v2703, %v739, %v740 : f32
                  %v2706 = arith.addf %v2703, %v2704 fastmath<contract> : f32
                  %v2707, %v2708 = gpu.shuffle xor %v2706, %v744, %v740 : f32
                  %v2709 = arith.addf %v2706, %v2707 fastmath<contract> : f32
                  %v2710, %v2711 = gpu.shuffle xor %v2709, %v748, %v740 : f32
                  %v2712 = arith.addf %v2709, %v2710 fastmath<contract> : f32
                  // end sum over the lanes
                  %v2713 = arith.addf %v2700, %v2712 fastmath<contract> : f32
                  %v2714 = arith.muli %v12, %v168 : i64
                  %v2715 = arith.subi %v2520, %v137 : i64
                  %v2716 = arith.addi %v2714, %v2715 : i64
                  %v2717 = llvm.getelementptr %v79[%v2716] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2718 = llvm.load %v2717 : !llvm.ptr -> f32
                  %v2719 = arith.negf %v2718 : f32
                  %v2720 = arith.mulf %v2719, %v358 fastmath<contract> : f32
                  %v2721 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2720) : (f32) -> f32
                  %v2722 = arith.addf %v81, %v2721 fastmath<contract> : f32
                  %v2723 = arith.divf %v81, %v2722 : f32
                  %v2724 = arith.subf %v81, %v2723 fastmath<contract> : f32
                  %v2725 = arith.mulf %v2723, %v2724 fastmath<contract> : f32
                  %v2726 = arith.mulf %v2713, %v2725 fastmath<contract> : f32
                  %v2727 = arith.select %v44, %v2604, %v80 : f32
                  // sum over the warp's outer points: shuffles
                  %v2728, %v2729 = gpu.shuffle xor %v2727, %v927, %v740 : f32
                  %v2730 = arith.addf %v2727, %v2728 fastmath<contract> : f32
                  %v2731, %v2732 = gpu.shuffle xor %v2730, %v931, %v740 : f32
                  %v2733 = arith.addf %v2730, %v2731 fastmath<contract> : f32
                  %v2734 = arith.divui %v30, %v32 : i64
                  %v2735 = arith.remui %v30, %v32 : i64
                  %v2736 = arith.cmpi ult, %v2735, %v39 : i64
                  %v2737 = arith.addi %v12, %v40 : i64
                  %v2738 = arith.muli %v2734, %v1 : i64
                  %v2739 = arith.addi %v2738, %v2737 : i64
                  %v2740 = arith.muli %v2739, %v941 : i64
                  %v2741 = arith.addi %v2740, %v2519 : i64
                  scf.if %v2736 {
                    %v2742 = llvm.getelementptr %v65[%v2741] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2733, %v2742 : f32, !llvm.ptr
                  }
                  %v2743 = arith.select %v44, %v2607, %v80 : f32
                  // sum over the warp's outer points: shuffles
                  %v2744, %v2745 = gpu.shuffle xor %v2743, %v927, %v740 : f32
                  %v2746 = arith.addf %v2743, %v2744 fastmath<contract> : f32
                  %v2747, %v2748 = gpu.shuffle xor %v2746, %v931, %v740 : f32
                  %v2749 = arith.addf %v2746, %v2747 fastmath<contract> : f32
                  %v2750 = arith.divui %v30, %v32 : i64
                  %v2751 = arith.remui %v30, %v32 : i64
                  %v2752 = arith.cmpi ult, %v2751, %v39 : i64
                  %v2753 = arith.addi %v39, %v40 : i64
                  %v2754 = arith.muli %v2750, %v1 : i64
                  %v2755 = arith.addi %v2754, %v2753 : i64
                  %v2756 = arith.muli %v2755, %v941 : i64
                  %v2757 = arith.addi %v2756, %v2519 : i64
                  scf.if %v2752 {
                    %v2758 = llvm.getelementptr %v65[%v2757] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2749, %v2758 : f32, !llvm.ptr
                  }
                  %v2759 = arith.select %v44, %v2631, %v80 : f32
                  // sum over the warp's outer points: shuffles
                  %v2760, %v2761 = gpu.shuffle xor %v2759, %v927, %v740 : f32
                  %v2762 = arith.addf %v2759, %v2760 fastmath<contract> : f32
                  %v2763, %v2764 = gpu.shuffle xor %v2762, %v931, %v740 : f32
                  %v2765 = arith.addf %v2762, %v2763 fastmath<contract> : f32
                  %v2766 = arith.divui %v30, %v32 : i64
                  %v2767 = arith.remui %v30, %v32 : i64
                  %v2768 = arith.cmpi ult, %v2767, %v39 : i64
                  %v2769 = arith.addi %v12, %v40 : i64
                  %v2770 = arith.muli %v2766, %v1 : i64
                  %v2771 = arith.addi %v2770, %v2769 : i64
                  %v2772 = arith.muli %v2771, %v941 : i64
                  %v2773 = arith.addi %v2772, %v2519 : i64
                  scf.if %v2768 {
                    %v2774 = llvm.getelementptr %v67[%v2773] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2765, %v2774 : f32, !llvm.ptr
                  }
                  %v2775 = arith.select %v44, %v2637, %v80 : f32
                  // sum over the warp's outer points: shuffles
                  %v2776, %v2777 = gpu.shuffle xor %v2775, %v927, %v740 : f32
                  %v2778 = arith.addf %v2775, %v2776 fastmath<contract> : f32
                  %v2779, %v2780 = gpu.shuffle xor %v2778, %v931, %v740 : f32
                  %v2781 = arith.addf %v2778, %v2779 fastmath<contract> : f32
                  %v2782 = arith.divui %v30, %v32 : i64
                  %v2783 = arith.remui %v30, %v32 : i64
                  %v2784 = arith.cmpi ult, %v2783, %v39 : i64
                  %v2785 = arith.addi %v39, %v40 : i64
                  %v2786 = arith.muli %v2782, %v1 : i64
                  %v2787 = arith.addi %v2786, %v2785 : i64
                  %v2788 = arith.muli %v2787, %v941 : i64
                  %v2789 = arith.addi %v2788, %v2519 : i64
                  scf.if %v2784 {
                    %v2790 = llvm.getelementptr %v67[%v2789] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2781, %v2790 : f32, !llvm.ptr
                  }
                  %v2791 = arith.select %v44, %v2688, %v80 : f32
                  // sum over the warp's outer points: shuffles
                  %v2792, %v2793 = gpu.shuffle xor %v2791, %v927, %v740 : f32
                  %v2794 = arith.addf %v2791, %v2792 fastmath<contract> : f32
                  %v2795, %v2796 = gpu.shuffle xor %v2794, %v931, %v740 : f32
                  %v2797 = arith.addf %v2794, %v2795 fastmath<contract> : f32
                  %v2798 = arith.divui %v30, %v32 : i64
                  %v2799 = arith.remui %v30, %v32 : i64
                  %v2800 = arith.cmpi ult, %v2799, %v2 : i64
                  %v2801 = arith.muli %v2798, %v2 : i64
                  %v2802 = arith.addi %v2801, %v12 : i64
                  %v2803 = arith.muli %v2802, %v941 : i64
                  %v2804 = arith.addi %v2803, %v2519 : i64
                  scf.if %v2800 {
                    %v2805 = llvm.getelementptr %v69[%v2804] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2797, %v2805 : f32, !llvm.ptr
                  }
                  %v2806 = arith.select %v44, %v2726, %v80 : f32
                  // sum over the warp's outer points: shuffles
                  %v2807, %v2808 = gpu.shuffle xor %v2806, %v927, %v740 : f32
                  %v2809 = arith.addf %v2806, %v2807 fastmath<contract> : f32
                  %v2810, %v2811 = gpu.shuffle xor %v2809, %v931, %v740 : f32
                  %v2812 = arith.addf %v2809, %v2810 fastmath<contract> : f32
                  %v2813 = arith.divui %v30, %v32 : i64
                  %v2814 = arith.remui %v30, %v32 : i64
                  %v2815 = arith.cmpi ult, %v2814, %v2 : i64
                  %v2816 = arith.muli %v2813, %v2 : i64
                  %v2817 = arith.addi %v2816, %v12 : i64
                  %v2818 = arith.muli %v2817, %v941 : i64
                  %v2819 = arith.addi %v2818, %v2519 : i64
                  scf.if %v2815 {
                    %v2820 = llvm.getelementptr %v71[%v2819] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2812, %v2820 : f32, !llvm.ptr
                  }
                  llvm.store %v2723, %v60 : f32, !llvm.ptr
                  llvm.store %v2723, %v61 : f32, !llvm.ptr
                  llvm.store %v2723, %v62 : f32, !llvm.ptr
                  llvm.store %v2723, %v63 : f32, !llvm.ptr
                }
                %v2821 = arith.addi %v431, %v2 : i64
                %v2822 = arith.cmpi slt, %v739, %v2205 : i32
                %v2823 = arith.cmpi eq, %v739, %v2210 : i32
                %v2824 = arith.addi %v433, %v93 : i64
                scf.if %v2822 {
                  %v2825 = arith.addi %v137, %v2821 : i64
                  %v2826 = arith.muli %v40, %v168 : i64
                  %v2827 = arith.subi %v2825, %v137 : i64
                  %v2828 = arith.addi %v2826, %v2827 : i64
                  %v2829 = llvm.getelementptr %v73[%v2828] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2830 = llvm.load %v2829 : !llvm.ptr -> f32
                  %v2831 = arith.muli %v54, %v381 : i64
                  %v2832 = arith.muli %v2825, %v380 : i64
                  %v2833 = arith.addi %v2831, %v2832 : i64
                  %v2834 = arith.muli %v52, %v379 : i64
                  %v2835 = arith.addi %v2833, %v2834 : i64
                  %v2836 = arith.muli %v50, %v2 : i64
                  %v2837 = arith.addi %v2835, %v2836 : i64
                  %v2838 = llvm.getelementptr %dy_o[%v2837] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2839 = llvm.load %v2838 : !llvm.ptr -> f32
                  %v2840 = arith.mulf %v2830, %v2087 fastmath<contract> : f32
                  %v2841 = arith.constant 8 : i64
                  %v2842 = arith.addi %v2841, %v40 : i64
                  %v2843 = arith.muli %v2842, %v168 : i64
                  %v2844 = arith.subi %v2825, %v137 : i64
                  %v2845 = arith.addi %v2843, %v2844 : i64
                  %v2846 = llvm.getelementptr %v73[%v2845] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2847 = llvm.load %v2846 : !llvm.ptr -> f32
                  %v2848 = arith.mulf %v2847, %v2089 fastmath<contract> : f32
                  %v2849 = arith.addf %v2840, %v2848 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v2850, %v2851 = gpu.shuffle xor %v2849, %v739, %v740 : f32
                  %v2852 = arith.addf %v2849, %v2850 fastmath<contract> : f32
                  %v2853, %v2854 = gpu.shuffle xor %v2852, %v744, %v740 : f32
                  %v2855 = arith.addf %v2852, %v2853 fastmath<contract> : f32
                  %v2856, %v2857 = gpu.shuffle xor %v2855, %v748, %v740 : f32
                  %v2858 = arith.addf %v2855, %v2856 fastmath<contract> : f32
                  // end sum over the lanes
                  %v2859 = llvm.call_intrinsic "llvm.fabs.f32"(%v2858) : (f32) -> f32
                  %v2860 = arith.maximumf %v81, %v2859 : f32
                  %v2861 = arith.divf %v2839, %v2860 : f32
                  %v2862 = arith.mulf %v2830, %v2861 fastmath<contract> : f32
                  %v2863 = llvm.load %v56 : !llvm.ptr -> f32
                  %v2864 = llvm.load %v60 : !llvm.ptr -> f32
                  %v2865 = arith.mulf %v2864, %v2863 fastmath<contract> : f32
                  %v2866 = arith.addf %v2862, %v2865 fastmath<contract> : f32
                  llvm.store %v2866, %v56 : f32, !llvm.ptr
                  %v2867 = arith.mulf %v2847, %v2861 fastmath<contract> : f32
                  %v2868 = llvm.load %v57 : !llvm.ptr -> f32
                  %v2869 = llvm.load %v61 : !llvm.ptr -> f32
                  %v2870 = arith.mulf %v2869, %v2868 fastmath<contract> : f32
                  %v2871 = arith.addf %v2867, %v2870 fastmath<contract> : f32
                  llvm.store %v2871, %v57 : f32, !llvm.ptr
                  %v2872 = arith.mulf %v2830, %v2073 fastmath<contract> : f32
                  %v2873 = arith.mulf %v2847, %v2085 fastmath<contract> : f32
                  %v2874 = arith.addf %v2872, %v2873 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v2875, %v2876 = gpu.shuffle xor %v2874, %v739, %v740 : f32
                  %v2877 = arith.addf %v2874, %v2875 fastmath<contract> : f32
                  %v2878, %v2879 = gpu.shuffle xor %v2877, %v744, %v740 : f32
                  %v2880 = arith.addf %v2877, %v2878 fastmath<contract> : f32
                  %v2881, %v2882 = gpu.shuffle xor %v2880, %v748, %v740 : f32
                  %v2883 = arith.addf %v2880, %v2881 fastmath<contract> : f32
                  // end sum over the lanes
                  %v2884 = arith.divf %v2883, %v2860 : f32
                  %v2885 = arith.divf %v2884, %v2860 : f32
                  %v2886 = arith.mulf %v2839, %v2885 fastmath<contract> : f32
                  %v2887 = arith.negf %v2886 : f32
                  %v2888 = arith.cmpf oge, %v81, %v2859 : f32
                  %v2889 = arith.select %v2888, %v81, %v80 : f32
                  %v2890 = arith.subf %v81, %v2889 fastmath<contract> : f32
                  %v2891 = arith.mulf %v2887, %v2890 fastmath<contract> : f32
                  %v2892 = arith.cmpf olt, %v2858, %v80 : f32
                  %v2893 = arith.select %v2892, %v785, %v80 : f32
                  %v2894 = arith.cmpf ogt, %v2858, %v80 : f32
                  %v2895 = arith.select %v2894, %v81, %v2893 : f32
                  %v2896 = arith.mulf %v2891, %v2895 fastmath<contract> : f32
                  %v2897 = arith.mulf %v2830, %v2896 fastmath<contract> : f32
                  %v2898 = llvm.load %v58 : !llvm.ptr -> f32
                  %v2899 = llvm.load %v62 : !llvm.ptr -> f32
                  %v2900 = arith.mulf %v2899, %v2898 fastmath<contract> : f32
                  %v2901 = arith.addf %v2897, %v2900 fastmath<contract> : f32
                  llvm.store %v2901, %v58 : f32, !llvm.ptr
                  %v2902 = arith.mulf %v2847, %v2896 fastmath<contract> : f32
                  %v2903 = llvm.load %v59 : !llvm.ptr -> f32
                  %v2904 = llvm.load %v63 : !llvm.ptr -> f32
                  %v2905 = arith.mulf %v2904, %v2903 fastmath<contract> : f32
                  %v2906 = arith.addf %v2902, %v2905 fastmath<contract> : f32
                  llvm.store %v2906, %v59 : f32, !llvm.ptr
                  %v2907 = arith.mulf %v2087, %v2896 fastmath<contract> : f32
                  %v2908 = arith.mulf %v2073, %v2861 fastmath<contract> : f32
                  %v2909 = arith.addf %v2907, %v2908 fastmath<contract> : f32
                  %v2910 = arith.mulf %v2089, %v2896 fastmath<contract> : f32
                  %v2911 = arith.mulf %v2085, %v2861 fastmath<contract> : f32
                  %v2912 = arith.addf %v2910, %v2911 fastmath<contract> : f32
                  %v2913 = arith.muli %v12, %v168 : i64
                  %v2914 = arith.subi %v2825, %v137 : i64
                  %v2915 = arith.addi %v2913, %v2914 : i64
                  %v2916 = llvm.getelementptr %v77[%v2915] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2917 = llvm.load %v2916 : !llvm.ptr -> f32
                  %v2918 = arith.mulf %v2917, %v358 fastmath<contract> : f32
                  %v2919 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2918) : (f32) -> f32
                  %v2920 = llvm.load %v58 : !llvm.ptr -> f32
                  %v2921 = arith.muli %v54, %v381 : i64
                  %v2922 = arith.muli %v2825, %v380 : i64
                  %v2923 = arith.addi %v2921, %v2922 : i64
                  %v2924 = arith.muli %v52, %v379 : i64
                  %v2925 = arith.addi %v2923, %v2924 : i64
                  %v2926 = arith.muli %v50, %v2 : i64
                  %v2927 = arith.addi %v2925, %v2926 : i64
                  %v2928 = llvm.getelementptr %in_v[%v2927] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2929 = llvm.load %v2928 : !llvm.ptr -> f32
                  %v2930 = llvm.load %v56 : !llvm.ptr -> f32
                  %v2931 = arith.mulf %v2929, %v2930 fastmath<contract> : f32
                  %v2932 = arith.addf %v2920, %v2931 fastmath<contract> : f32
                  %v2933 = arith.mulf %v2919, %v2932 fastmath<contract> : f32
                  %v2935 = llvm.call_intrinsic "llvm.sqrt.f32"(%v2934) : (f32) -> f32
                  %v2936 = arith.divf %v2933, %v2935 : f32
                  %v2937 = llvm.load %v59 : !llvm.ptr -> f32
                  %v2938 = llvm.load %v57 : !llvm.ptr -> f32
                  %v2939 = arith.mulf %v2929, %v2938 fastmath<contract> : f32
                  %v2940 = arith.addf %v2937, %v2939 fastmath<contract> : f32
                  %v2941 = arith.mulf %v2919, %v2940 fastmath<contract> : f32
                  %v2942 = arith.divf %v2941, %v2935 : f32
                  %v2943 = arith.muli %v40, %v168 : i64
                  %v2944 = arith.subi %v2825, %v137 : i64
                  %v2945 = arith.addi %v2943, %v2944 : i64
                  %v2946 = llvm.getelementptr %v75[%v2945] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2947 = llvm.load %v2946 : !llvm.ptr -> f32
                  %v2948 = arith.divf %v2947, %v2935 : f32
                  %v2949 = arith.mulf %v2919, %v2948 fastmath<contract> : f32
                  %v2950 = arith.mulf %v2949, %v2930 fastmath<contract> : f32
                  %v2951 = arith.constant 8 : i64
                  %v2952 = arith.addi %v2951, %v40 : i64
                  %v2953 = arith.muli %v2952, %v168 : i64
                  %v2954 = arith.subi %v2825, %v137 : i64
                  %v2955 = arith.addi %v2953, %v2954 : i64
                  %v2956 = llvm.getelementptr %v75[%v2955] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2957 = llvm.load %v2956 : !llvm.ptr -> f32
                  %v2958 = arith.divf %v2957, %v2935 : f32
                  %v2959 = arith.mulf %v2919, %v2958 fastmath<contract> : f32
                  %v2960 = arith.mulf %v2959, %v2938 fastmath<contract> : f32
                  %v2961 = arith.addf %v2950, %v2960 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v2962, %v2963 = gpu.shuffle xor %v2961, %v739, %v740 : f32
                  %v2964 = arith.addf %v2961, %v2962 fastmath<contract> : f32
                  %v2965, %v2966 = gpu.shuffle xor %v2964, %v744, %v740 : f32
                  %v2967 = arith.addf %v2964, %v2965 fastmath<contract> : f32
                  %v2968, %v2969 = gpu.shuffle xor %v2967, %v748, %v740 : f32
                  %v2970 = arith.addf %v2967, %v2968 fastmath<contract> : f32
                  // end sum over the lanes
                  %v2971 = arith.cmpi eq, %v40, %v12 : i64
                  %v2972 = arith.andi %v44, %v2971 : i1
                  scf.if %v2972 {
                    %v2973 = arith.muli %v54, %v381 : i64
                    %v2974 = arith.muli %v2825, %v380 : i64
                    %v2975 = arith.addi %v2973, %v2974 : i64
                    %v2976 = arith.muli %v52, %v379 : i64
                    %v2977 = arith.addi %v2975, %v2976 : i64
                    %v2978 = arith.muli %v50, %v2 : i64
                    %v2979 = arith.addi %v2977, %v2978 : i64
                    %v2980 = llvm.getelementptr %dx_v[%v2979] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2970, %v2980 : f32, !llvm.ptr
                  }
                  %v2981 = arith.mulf %v2948, %v2932 fastmath<contract> : f32
                  %v2982 = arith.mulf %v2958, %v2940 fastmath<contract> : f32
                  %v2983 = arith.addf %v2981, %v2982 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v2984, %v2985 = gpu.shuffle xor %v2983, %v739, %v740 : f32
                  %v2986 = arith.addf %v2983, %v2984 fastmath<contract> : f32
                  %v2987, %v2988 = gpu.shuffle xor %v2986, %v744, %v740 : f32
                  %v2989 = arith.addf %v2986, %v2987 fastmath<contract> : f32
                  %v2990, %v2991 = gpu.shuffle xor %v2989, %v748, %v740 : f32
                  %v2992 = arith.addf %v2989, %v2990 fastmath<contract> : f32
                  // end sum over the lanes
                  %v2993 = arith.mulf %v2919, %v2992 fastmath<contract> : f32
                  %v2994 = arith.mulf %v2016, %v2930 fastmath<contract> : f32
                  %v2995 = arith.mulf %v2028, %v2938 fastmath<contract> : f32
                  %v2996 = arith.addf %v2994, %v2995 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v2997, %v2998 = gpu.shuffle xor %v2996, %v739, %v740 : f32
                  %v2999 = arith.addf %v2996, %v2997 fastmath<contract> : f32
                  %v3000, %v3001 = gpu.shuffle xor %v2999, %v744, %v740 : f32
                  %v3002 = arith.addf %v2999, %v3000 fastmath<contract> : f32
                  %v3003, %v3004 = gpu.shuffle xor %v3002, %v748, %v740 : f32
                  %v3005 = arith.addf %v3002, %v3003 fastmath<contract> : f32
                  // end sum over the lanes
                  %v3006 = arith.mulf %v2030, %v2920 fastmath<contract> : f32
                  %v3007 = arith.mulf %v2032, %v2937 fastmath<contract> : f32
                  %v3008 = arith.addf %v3006, %v3007 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v3009, %v3010 = gpu.shuffle xor %v3008, %v739, %v740 : f32
                  %v3011 = arith.addf %v3008, %v3009 fastmath<contract> : f32
                  %v3012, %v3013 = gpu.shuffle xor %v3011, %v744, %v740 : f32
                  %v3014 = arith.addf %v3011, %v3012 fastmath<contract> : f32
                  %v3015, %v3016 = gpu.shuffle xor %v3014, %v748, %v740 : f32
                  %v3017 = arith.addf %v3014, %v3015 fastmath<contract> : f32
                  // end sum over the lanes
                  %v3018 = arith.addf %v3005, %v3017 fastmath<contract> : f32
                  %v3019 = arith.muli %v12, %v168 : i64
                  %v3020 = arith.subi %v2825, %v137 : i64
                  %v3021 = arith.addi %v3019, %v3020 : i64
                  %v3022 = llvm.getelementptr %v79[%v3021] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3023 = llvm.load %v3022 : !llvm.ptr -> f32
                  %v3024 = arith.negf %v3023 : f32
                  %v3025 = arith.mulf %v3024, %v358 fastmath<contract> : f32
                  %v3026 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3025) : (f32) -> f32
                  %v3027 = arith.addf %v81, %v3026 fastmath<contract> : f32
                  %v3028 = arith.divf %v81, %v3027 : f32
                  %v3029 = arith.subf %v81, %v3028 fastmath<contract> : f32
                  %v3030 = arith.mulf %v3028, %v3029 fastmath<contract> : f32
                  %v3031 = arith.mulf %v3018, %v3030 fastmath<contract> : f32
                  %v3032 = arith.select %v44, %v2909, %v80 : f32
                  // sum over the warp's outer points: shuffles
                  %v3033, %v3034 = gpu.shuffle xor %v3032, %v927, %v740 : f32
                  %v3035 = arith.addf %v3032, %v3033 fastmath<contract> : f32
                  %v3036, %v3037 = gpu.shuffle xor %v3035, %v931, %v740 : f32
                  %v3038 = arith.addf %v3035, %v3036 fastmath<contract> : f32
                  %v3039 = arith.divui %v30, %v32 : i64
                  %v3040 = arith.remui %v30, %v32 : i64
                  %v3041 = arith.cmpi ult, %v3040, %v39 : i64
                  %v3042 = arith.addi %v12, %v40 : i64
                  %v3043 = arith.muli %v3039, %v1 : i64
                  %v3044 = arith.addi %v3043, %v3042 : i64
                  %v3045 = arith.muli %v3044, %v941 : i64
                  %v3046 = arith.addi %v3045, %v2824 : i64
                  scf.if %v3041 {
                    %v3047 = llvm.getelementptr %v65[%v3046] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3038, %v3047 : f32, !llvm.ptr
                  }
                  %v3048 = arith.select %v44, %v2912, %v80 : f32
                  // sum over the warp's outer points: shuffles
                  %v3049, %v3050 = gpu.shuffle xor %v3048, %v927, %v740 : f32
                  %v3051 = arith.addf %v3048, %v3049 fastmath<contract> : f32
                  %v3052, %v3053 = gpu.shuffle xor %v3051, %v931, %v740 : f32
                  %v3054 = arith.addf %v3051, %v3052 fastmath<contract> : f32
                  %v3055 = arith.divui %v30, %v32 : i64
                  %v3056 = arith.remui %v30, %v32 : i64
                  %v3057 = arith.cmpi ult, %v3056, %v39 : i64
                  %v3058 = arith.addi %v39, %v40 : i64
                  %v3059 = arith.muli %v3055, %v1 : i64
                  %v3060 = arith.addi %v3059, %v3058 : i64
                  %v3061 = arith.muli %v3060, %v941 : i64
                  %v3062 = arith.addi %v3061, %v2824 : i64
                  scf.if %v3057 {
                    %v3063 = llvm.getelementptr %v65[%v3062] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3054, %v3063 : f32, !llvm.ptr
                  }
                  %v3064 = arith.select %v44, %v2936, %v80 : f32
                  // sum over the warp's outer points: shuffles
                  %v3065, %v3066 = gpu.shuffle xor %v3064, %v927, %v740 : f32
                  %v3067 = arith.addf %v3064, %v3065 fastmath<contract> : f32
                  %v3068, %v3069 = gpu.shuffle xor %v3067, %v931, %v740 : f32
                  %v3070 = arith.addf %v3067, %v3068 fastmath<contract> : f32
                  %v3071 = arith.divui %v30, %v32 : i64
                  %v3072 = arith.remui %v30, %v32 : i64
                  %v3073 = arith.cmpi ult, %v3072, %v39 : i64
                  %v3074 = arith.addi %v12, %v40 : i64
                  %v3075 = arith.muli %v3071, %v1 : i64
                  %v3076 = arith.addi %v3075, %v3074 : i64
                  %v3077 = arith.muli %v3076, %v941 : i64
                  %v3078 = arith.addi %v3077, %v2824 : i64
                  scf.if %v3073 {
                    %v3079 = llvm.getelementptr %v67[%v3078] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3070, %v3079 : f32, !llvm.ptr
                  }
                  %v3080 = arith.select %v44, %v2942, %v80 : f32
                  // sum over the warp's outer points: shuffles
                  %v3081, %v3082 = gpu.shuffle xor %v3080, %v927, %v740 : f32
                  %v3083 = arith.addf %v3080, %v3081 fastmath<contract> : f32
                  %v3084, %v3085 = gpu.shuffle xor %v3083, %v931, %v740 : f32
                  %v3086 = arith.addf %v3083, %v3084 fastmath<contract> : f32
                  %v3087 = arith.divui %v30, %v32 : i64
                  %v3088 = arith.remui %v30, %v32 : i64
                  %v3089 = arith.cmpi ult, %v3088, %v39 : i64
                  %v3090 = arith.addi %v39, %v40 : i64
                  %v3091 = arith.muli %v3087, %v1 : i64
                  %v3092 = arith.addi %v3091, %v3090 : i64
                  %v3093 = arith.muli %v3092, %v941 : i64
                  %v3094 = arith.addi %v3093, %v2824 : i64
                  scf.if %v3089 {
                    %v3095 = llvm.getelementptr %v67[%v3094] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3086, %v3095 : f32, !llvm.ptr
                  }
                  %v3096 = arith.select %v44, %v2993, %v80 : f32
                  // sum over the warp's outer points: shuffles
                  %v3097, %v3098 = gpu.shuffle xor %v3096, %v927, %v740 : f32
                  %v3099 = arith.addf %v3096, %v3097 fastmath<contract> : f32
                  %v3100, %v3101 = gpu.shuffle xor %v3099, %v931, %v740 : f32
                  %v3102 = arith.addf %v3099, %v3100 fastmath<contract> : f32
                  %v3103 = arith.divui %v30, %v32 : i64
                  %v3104 = arith.remui %v30, %v32 : i64
                  %v3105 = arith.cmpi ult, %v3104, %v2 : i64
                  %v3106 = arith.muli %v3103, %v2 : i64
                  %v3107 = arith.addi %v3106, %v12 : i64
                  %v3108 = arith.muli %v3107, %v941 : i64
                  %v3109 = arith.addi %v3108, %v2824 : i64
                  scf.if %v3105 {
                    %v3110 = llvm.getelementptr %v69[%v3109] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3102, %v3110 : f32, !llvm.ptr
                  }
                  %v3111 = arith.select %v44, %v3031, %v80 : f32
                  // sum over the warp's outer points: shuffles
                  %v3112, %v3113 = gpu.shuffle xor %v3111, %v927, %v740 : f32
                  %v3114 = arith.addf %v3111, %v3112 fastmath<contract> : f32
                  %v3115, %v3116 = gpu.shuffle xor %v3114, %v931, %v740 : f32
                  %v3117 = arith.addf %v3114, %v3115 fastmath<contract> : f32
                  %v3118 = arith.divui %v30, %v32 : i64
                  %v3119 = arith.remui %v30, %v32 : i64
                  %v3120 = arith.cmpi ult, %v3119, %v2 : i64
                  %v3121 = arith.muli %v3118, %v2 : i64
                  %v3122 = arith.addi %v3121, %v12 : i64
                  %v3123 = arith.muli %v3122, %v941 : i64
                  %v3124 = arith.addi %v3123, %v2824 : i64
                  scf.if %v3120 {
                    %v3125 = llvm.getelementptr %v71[%v3124] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3117, %v3125 : f32, !llvm.ptr
                  }
                  llvm.store %v3028, %v60 : f32, !llvm.ptr
                  llvm.store %v3028, %v61 : f32, !llvm.ptr
                  llvm.store %v3028, %v62 : f32, !llvm.ptr
                  llvm.store %v3028, %v63 : f32, !llvm.ptr
                }
                %v3126 = arith.addi %v431, %v12 : i64
                %v3127 = arith.cmpi slt, %v1634, %v2205 : i32
                %v3128 = arith.cmpi eq, %v1634, %v2210 : i32
                %v3129 = arith.addi %v433, %v98 : i64
                scf.if %v3127 {
                  %v3130 = arith.addi %v137, %v3126 : i64
                  %v3131 = arith.muli %v40, %v168 : i64
                  %v3132 = arith.subi %v3130, %v137 : i64
                  %v3133 = arith.addi %v3131, %v3132 : i64
                  %v3134 = llvm.getelementptr %v73[%v3133] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3135 = llvm.load %v3134 : !llvm.ptr -> f32
                  %v3136 = arith.muli %v54, %v381 : i64
                  %v3137 = arith.muli %v3130, %v380 : i64
                  %v3138 = arith.addi %v3136, %v3137 : i64
                  %v3139 = arith.muli %v52, %v379 : i64
                  %v3140 = arith.addi %v3138, %v3139 : i64
                  %v3141 = arith.muli %v50, %v2 : i64
                  %v3142 = arith.addi %v3140, %v3141 : i64
                  %v3143 = llvm.getelementptr %dy_o[%v3142] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3144 = llvm.load %v3143 : !llvm.ptr -> f32
                  %v3145 = arith.mulf %v3135, %v2030 fastmath<contract> : f32
                  %v3146 = arith.constant 8 : i64
                  %v3147 = arith.addi %v3146, %v40 : i64
                  %v3148 = arith.muli %v3147, %v168 : i64
                  %v3149 = arith.subi %v3130, %v137 : i64
                  %v3150 = arith.addi %v3148, %v3149 : i64
                  %v3151 = llvm.getelementptr %v73[%v3150] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3152 = llvm.load %v3151 : !llvm.ptr -> f32
                  %v3153 = arith.mulf %v3152, %v2032 fastmath<contract> : f32
                  %v3154 = arith.addf %v3145, %v3153 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v3155, %v3156 = gpu.shuffle xor %v3154, %v739, %v740 : f32
                  %v3157 = arith.addf %v3154, %v3155 fastmath<contract> : f32
                  %v3158, %v3159 = gpu.shuffle xor %v3157, %v744, %v740 : f32
                  %v3160 = arith.addf %v3157, %v3158 fastmath<contract> : f32
                  %v3161, %v3162 = gpu.shuffle xor %v3160, %v748, %v740 : f32
                  %v3163 = arith.addf %v3160, %v3161 fastmath<contract> : f32
                  // end sum over the lanes
                  %v3164 = llvm.call_intrinsic "llvm.fabs.f32"(%v3163) : (f32) -> f32
                  %v3165 = arith.maximumf %v81, %v3164 : f32
                  %v3166 = arith.divf %v3144, %v3165 : f32
                  %v3167 = arith.mulf %v3135, %v3166 fastmath<contract> : f32
                  %v3168 = llvm.load %v56 : !llvm.ptr -> f32
                  %v3169 = llvm.load %v60 : !llvm.ptr -> f32
                  %v3170 = arith.mulf %v3169, %v3168 fastmath<contract> : f32
                  %v3171 = arith.addf %v3167, %v3170 fastmath<contract> : f32
                  llvm.store %v3171, %v56 : f32, !llvm.ptr
                  %v3172 = arith.mulf %v3152, %v3166 fastmath<contract> : f32
                  %v3173 = llvm.load %v57 : !llvm.ptr -> f32
                  %v3174 = llvm.load %v61 : !llvm.ptr -> f32
                  %v3175 = arith.mulf %v3174, %v3173 fastmath<contract> : f32
                  %v3176 = arith.addf %v3172, %v3175 fastmath<contract> : f32
                  llvm.store %v3176, %v57 : f32, !llvm.ptr
                  %v3177 = arith.mulf %v3135, %v2016 fastmath<contract> : f32
                  %v3178 = arith.mulf %v3152, %v2028 fastmath<contract> : f32
                  %v3179 = arith.addf %v3177, %v3178 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v3180, %v3181 = gpu.shuffle xor %v3179, %v739, %v740 : f32
                  %v3182 = arith.addf %v3179, %v3180 fastmath<contract> : f32
                  %v3183, %v3184 = gpu.shuffle xor %v3182, %v744, %v740 : f32
                  %v3185 = arith.addf %v3182, %v3183 fastmath<contract> : f32
                  %v3186, %v3187 = gpu.shuffle xor %v3185, %v748, %v740 : f32
                  %v3188 = arith.addf %v3185, %v3186 fastmath<contract> : f32
                  // end sum over the lanes
                  %v3189 = arith.divf %v3188, %v3165 : f32
                  %v3190 = arith.divf %v3189, %v3165 : f32
                  %v3191 = arith.mulf %v3144, %v3190 fastmath<contract> : f32
                  %v3192 = arith.negf %v3191 : f32
                  %v3193 = arith.cmpf oge, %v81, %v3164 : f32
                  %v3194 = arith.select %v3193, %v81, %v80 : f32
                  %v3195 = arith.subf %v81, %v3194 fastmath<contract> : f32
                  %v3196 = arith.mulf %v3192, %v3195 fastmath<contract> : f32
                  %v3197 = arith.cmpf olt, %v3163, %v80 : f32
                  %v3198 = arith.select %v3197, %v785, %v80 : f32
                  %v3199 = arith.cmpf ogt, %v3163, %v80 : f32
                  %v3200 = arith.select %v3199, %v81, %v3198 : f32
                  %v3201 = arith.mulf %v3196, %v3200 fastmath<contract> : f32
                  %v3202 = arith.mulf %v3135, %v3201 fastmath<contract> : f32
                  %v3203 = llvm.load %v58 : !llvm.ptr -> f32
                  %v3204 = llvm.load %v62 : !llvm.ptr -> f32
                  %v3205 = arith.mulf %v3204, %v3203 fastmath<contract> : f32
                  %v3206 = arith.addf %v3202, %v3205 fastmath<contract> : f32
                  llvm.store %v3206, %v58 : f32, !llvm.ptr
                  %v3207 = arith.mulf %v3152, %v3201 fastmath<contract> : f32
                  %v3208 = llvm.load %v59 : !llvm.ptr -> f32
                  %v3209 = llvm.load %v63 : !llvm.ptr -> f32
                  %v3210 = arith.mulf %v3209, %v3208 fastmath<contract> : f32
                  %v3211 = arith.addf %v3207, %v3210 fastmath<contract> : f32
                  llvm.store %v3211, %v59 : f32, !llvm.ptr
                  %v3212 = arith.mulf %v2030, %v3201 fastmath<contract> : f32
                  %v3213 = arith.mulf %v2016, %v3166 fastmath<contract> : f32
                  %v3214 = arith.addf %v3212, %v3213 fastmath<contract> : f32
                  %v3215 = arith.mulf %v2032, %v3201 fastmath<contract> : f32
                  %v3216 = arith.mulf %v2028, %v3166 fastmath<contract> : f32
                  %v3217 = arith.addf %v3215, %v3216 fastmath<contract> : f32
                  %v3218 = arith.muli %v12, %v168 : i64
                  %v3219 = arith.subi %v3130, %v137 : i64
                  %v3220 = arith.addi %v3218, %v3219 : i64
                  %v3221 = llvm.getelementptr %v77[%v3220] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3222 = llvm.load %v3221 : !llvm.ptr -> f32
                  %v3223 = arith.mulf %v3222, %v358 fastmath<contract> : f32
                  %v3224 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3223) : (f32) -> f32
                  %v3225 = llvm.load %v58 : !llvm.ptr -> f32
                  %v3226 = arith.muli %v54, %v381 : i64
                  %v3227 = arith.muli %v3130, %v380 : i64
                  %v3228 = arith.addi %v3226, %v3227 : i64
                  %v3229 = arith.muli %v52, %v379 : i64
                  %v3230 = arith.addi %v3228, %v3229 : i64
                  %v3231 = arith.muli %v50, %v2 : i64
                  %v3232 = arith.addi %v3230, %v3231 : i64
                  %v3233 = llvm.getelementptr %in_v[%v3232] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3234 = llvm.load %v3233 : !llvm.ptr -> f32
                  %v3235 = llvm.load %v56 : !llvm.ptr -> f32
                  %v3236 = arith.mulf %v3234, %v3235 fastmath<contract> : f32
                  %v3237 = arith.addf %v3225, %v3236 fastmath<contract> : f32
                  %v3238 = arith.mulf %v3224, %v3237 fastmath<contract> : f32
                  %v3240 = llvm.call_intrinsic "llvm.sqrt.f32"(%v3239) : (f32) -> f32
                  %v3241 = arith.divf %v3238, %v3240 : f32
                  %v3242 = llvm.load %v59 : !llvm.ptr -> f32
                  %v3243 = llvm.load %v57 : !llvm.ptr -> f32
                  %v3244 = arith.mulf %v3234, %v3243 fastmath<contract> : f32
                  %v3245 = arith.addf %v3242, %v3244 fastmath<contract> : f32
                  %v3246 = arith.mulf %v3224, %v3245 fastmath<contract> : f32
                  %v3247 = arith.divf %v3246, %v3240 : f32
                  %v3248 = arith.muli %v40, %v168 : i64
                  %v3249 = arith.subi %v3130, %v137 : i64
                  %v3250 = arith.addi %v3248, %v3249 : i64
                  %v3251 = llvm.getelementptr %v75[%v3250] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3252 = llvm.load %v3251 : !llvm.ptr -> f32
                  %v3253 = arith.divf %v3252, %v3240 : f32
                  %v3254 = arith.mulf %v3224, %v3253 fastmath<contract> : f32
                  %v3255 = arith.mulf %v3254, %v3235 fastmath<contract> : f32
                  %v3256 = arith.constant 8 : i64
                  %v3257 = arith.addi %v3256, %v40 : i64
                  %v3258 = arith.muli %v3257, %v168 : i64
                  %v3259 = arith.subi %v3130, %v137 : i64
                  %v3260 = arith.addi %v3258, %v3259 : i64
                  %v3261 = llvm.getelementptr %v75[%v3260] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3262 = llvm.load %v3261 : !llvm.ptr -> f32
                  %v3263 = arith.divf %v3262, %v3240 : f32
                  %v3264 = arith.mulf %v3224, %v3263 fastmath<contract> : f32
                  %v3265 = arith.mulf %v3264, %v3243 fastmath<contract> : f32
                  %v3266 = arith.addf %v3255, %v3265 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v3267, %v3268 = gpu.shuffle xor %v3266, %v739, %v740 : f32
                  %v3269 = arith.addf %v3266, %v3267 fastmath<contract> : f32
                  %v3270, %v3271 = gpu.shuffle xor %v3269, %v744, %v740 : f32
                  %v3272 = arith.addf %v3269, %v3270 fastmath<contract> : f32
                  %v3273, %v3274 = gpu.shuffle xor %v3272, %v748, %v740 : f32
                  %v3275 = arith.addf %v3272, %v3273 fastmath<contract> : f32
                  // end sum over the lanes
                  %v3276 = arith.cmpi eq, %v40, %v12 : i64
                  %v3277 = arith.andi %v44, %v3276 : i1
                  scf.if %v3277 {
                    %v3278 = arith.muli %v54, %v381 : i64
                    %v3279 = arith.muli %v3130, %v380 : i64
                    %v3280 = arith.addi %v3278, %v3279 : i64
                    %v3281 = arith.muli %v52, %v379 : i64
                    %v3282 = arith.addi %v3280, %v3281 : i64
                    %v3283 = arith.muli %v50, %v2 : i64
                    %v3284 = arith.addi %v3282, %v3283 : i64
                    %v3285 = llvm.getelementptr %dx_v[%v3284] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3275, %v3285 : f32, !llvm.ptr
                  }
                  %v3286 = arith.mulf %v3253, %v3237 fastmath<contract> : f32
                  %v3287 = arith.mulf %v3263, %v3245 fastmath<contract> : f32
                  %v3288 = arith.addf %v3286, %v3287 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v3289, %v3290 = gpu.shuffle xor %v3288, %v739, %v740 : f32
                  %v3291 = arith.addf %v3288, %v3289 fastmath<contract> : f32
                  %v3292, %v3293 = gpu.shuffle xor %v3291, %v744, %v740 : f32
                  %v3294 = arith.addf %v3291, %v3292 fastmath<contract> : f32
                  %v3295, %v3296 = gpu.shuffle xor %v3294, %v748, %v740 : f32
                  %v3297 = arith.addf %v3294, %v3295 fastmath<contract> : f32
                  // end sum over the lanes
                  %v3298 = arith.mulf %v3224, %v3297 fastmath<contract> : f32
                  %v3299 = arith.mulf %v1948, %v3235 fastmath<contract> : f32
                  %v3300 = arith.mulf %v1957, %v3243 fastmath<contract> : f32
                  %v3301 = arith.addf %v3299, %v3300 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v3302, %v3303 = gpu.shuffle xor %v3301, %v739, %v740 : f32
                  %v3304 = arith.addf %v3301, %v3302 fastmath<contract> : f32
                  %v3305, %v3306 = gpu.shuffle xor %v3304, %v744, %v740 : f32
                  %v3307 = arith.addf %v3304, %v3305 fastmath<contract> : f32
                  %v3308, %v3309 = gpu.shuffle xor %v3307, %v748, %v740 : f32
                  %v3310 = arith.addf %v3307, %v3308 fastmath<contract> : f32
                  // end sum over the lanes
                  %v3311 = arith.mulf %v1966, %v3225 fastmath<contract> : f32
                  %v3312 = arith.mulf %v1975, %v3242 fastmath<contract> : f32
                  %v3313 = arith.addf %v3311, %v3312 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v3314, %v3315 = gpu.shuffle xor %v3313, %v739, %v740 : f32
                  %v3316 = arith.addf %v3313, %v3314 fastmath<contract> : f32
                  %v3317, %v3318 = gpu.shuffle xor %v3316, %v744, %v740 : f32
                  %v3319 = arith.addf %v3316, %v3317 fastmath<contract> : f32
                  %v3320, %v3321 = gpu.shuffle xor %v3319, %v748, %v740 : f32
                  %v3322 = arith.addf %v3319, %v3320 fastmath<contract> : f32
                  // end sum over the lanes
                  %v3323 = arith.addf %v3310, %v3322 fastmath<contract> : f32
                  %v3324 = arith.muli %v12, %v168 : i64
                  %v3325 = arith.subi %v3130, %v137 : i64
                  %v3326 = arith.addi %v3324, %v3325 : i64
                  %v3327 = llvm.getelementptr %v79[%v3326] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3328 = llvm.load %v3327 : !llvm.ptr -> f32
                  %v3329 = arith.negf %v3328 : f32
                  %v3330 = arith.mulf %v3329, %v358 fastmath<contract> : f32
                  %v3331 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3330) : (f32) -> f32
                  %v3332 = arith.addf %v81, %v3331 fastmath<contract> : f32
                  %v3333 = arith.divf %v81, %v3332 : f32
                  %v3334 = arith.subf %v81, %v3333 fastmath<contract> : f32
                  %v3335 = arith.mulf %v3333, %v3334 fastmath<contract> : f32
                  %v3336 = arith.mulf %v3323, %v3335 fastmath<contract> : f32
                  %v3337 = arith.select %v44, %v3214, %v80 : f32
                  // sum over the warp's outer points: shuffles
                  %v3338, %v3339 = gpu.shuffle xor %v3337, %v927, %v740 : f32
                  %v3340 = arith.addf %v3337, %v3338 fastmath<contract> : f32
                  %v3341, %v3342 = gpu.shuffle xor %v3340, %v931, %v740 : f32
                  %v3343 = arith.addf %v3340, %v3341 fastmath<contract> : f32
                  %v3344 = arith.divui %v30, %v32 : i64
                  %v3345 = arith.remui %v30, %v32 : i64
                  %v3346 = arith.cmpi ult, %v3345, %v39 : i64
                  %v3347 = arith.addi %v12, %v40 : i64
                  %v3348 = arith.muli %v3344, %v1 : i64
                  %v3349 = arith.addi %v3348, %v3347 : i64
                  %v3350 = arith.muli %v3349, %v941 : i64
                  %v3351 = arith.addi %v3350, %v3129 : i64
                  scf.if %v3346 {
                    %v3352 = llvm.getelementptr %v65[%v3351] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3343, %v3352 : f32, !llvm.ptr
                  }
                  %v3353 = arith.select %v44, %v3217, %v80 : f32
                  // sum over the warp's outer points: shuffles
                  %v3354, %v3355 = gpu.shuffle xor %v3353, %v927, %v740 : f32
                  %v3356 = arith.addf %v3353, %v3354 fastmath<contract> : f32
                  %v3357, %v3358 = gpu.shuffle xor %v3356, %v931, %v740 : f32
                  %v3359 = arith.addf %v3356, %v3357 fastmath<contract> : f32
                  %v3360 = arith.divui %v30, %v32 : i64
                  %v3361 = arith.remui %v30, %v32 : i64
                  %v3362 = arith.cmpi ult, %v3361, %v39 : i64
                  %v3363 = arith.addi %v39, %v40 : i64
                  %v3364 = arith.muli %v3360, %v1 : i64
                  %v3365 = arith.addi %v3364, %v3363 : i64
                  %v3366 = arith.muli %v3365, %v941 : i64
                  %v3367 = arith.addi %v3366, %v3129 : i64
                  scf.if %v3362 {
                    %v3368 = llvm.getelementptr %v65[%v3367] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3359, %v3368 : f32, !llvm.ptr
                  }
                  %v3369 = arith.select %v44, %v3241, %v80 : f32
                  // sum over the warp's outer points: shuffles
                  %v3370, %v3371 = gpu.shuffle xor %v3369, %v927, %v740 : f32
                  %v3372 = arith.addf %v3369, %v3370 fastmath<contract> : f32
                  %v3373, %v3374 = gpu.shuffle xor %v3372, %v931, %v740 : f32
                  %v3375 = arith.addf %v3372, %v3373 fastmath<contract> : f32
                  %v3376 = arith.divui %v30, %v32 : i64
                  %v3377 = arith.remui %v30, %v32 : i64
                  %v3378 = arith.cmpi ult, %v3377, %v39 : i64
                  %v3379 = arith.addi %v12, %v40 : i64
                  %v3380 = arith.muli %v3376, %v1 : i64
                  %v3381 = arith.addi %v3380, %v3379 : i64
                  %v3382 = arith.muli %v3381, %v941 : i64
                  %v3383 = arith.addi %v3382, %v3129 : i64
                  scf.if %v3378 {
                    %v3384 = llvm.getelementptr %v67[%v3383] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3375, %v3384 : f32, !llvm.ptr
                  }
                  %v3385 = arith.select %v44, %v3247, %v80 : f32
                  // sum over the warp's outer points: shuffles
                  %v3386, %v3387 = gpu.shuffle xor %v3385, %v927, %v740 : f32
                  %v3388 = arith.addf %v3385, %v3386 fastmath<contract> : f32
                  %v3389, %v3390 = gpu.shuffle xor %v3388, %v931, %v740 : f32
                  %v3391 = arith.addf %v3388, %v3389 fastmath<contract> : f32
                  %v3392 = arith.divui %v30, %v32 : i64
                  %v3393 = arith.remui %v30, %v32 : i64
                  %v3394 = arith.cmpi ult, %v3393, %v39 : i64
                  %v3395 = arith.addi %v39, %v40 : i64
                  %v3396 = arith.muli %v3392, %v1 : i64
                  %v3397 = arith.addi %v3396, %v3395 : i64
                  %v3398 = arith.muli %v3397, %v941 : i64
                  %v3399 = arith.addi %v3398, %v3129 : i64
                  scf.if %v3394 {
                    %v3400 = llvm.getelementptr %v67[%v3399] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3391, %v3400 : f32, !llvm.ptr
                  }
                  %v3401 = arith.select %v44, %v3298, %v80 : f32
                  // sum over the warp's outer points: shuffles
                  %v3402, %v3403 = gpu.shuffle xor %v3401, %v927, %v740 : f32
                  %v3404 = arith.addf %v3401, %v3402 fastmath<contract> : f32
                  %v3405, %v3406 = gpu.shuffle xor %v3404, %v931, %v740 : f32
                  %v3407 = arith.addf %v3404, %v3405 fastmath<contract> : f32
                  %v3408 = arith.divui %v30, %v32 : i64
                  %v3409 = arith.remui %v30, %v32 : i64
                  %v3410 = arith.cmpi ult, %v3409, %v2 : i64
                  %v3411 = arith.muli %v3408, %v2 : i64
                  %v3412 = arith.addi %v3411, %v12 : i64
                  %v3413 = arith.muli %v3412, %v941 : i64
                  %v3414 = arith.addi %v3413, %v3129 : i64
                  scf.if %v3410 {
                    %v3415 = llvm.getelementptr %v69[%v3414] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3407, %v3415 : f32, !llvm.ptr
                  }
                  %v3416 = arith.select %v44, %v3336, %v80 : f32
                  // sum over the warp's outer points: shuffles
                  %v3417, %v3418 = gpu.shuffle xor %v3416, %v927, %v740 : f32
                  %v3419 = arith.addf %v3416, %v3417 fastmath<contract> : f32
                  %v3420, %v3421 = gpu.shuffle xor %v3419, %v931, %v740 : f32
                  %v3422 = arith.addf %v3419, %v3420 fastmath<contract> : f32
                  %v3423 = arith.divui %v30, %v32 : i64
                  %v3424 = arith.remui %v30, %v32 : i64
                  %v3425 = arith.cmpi ult, %v3424, %v2 : i64
                  %v3426 = arith.muli %v3423, %v2 : i64
                  %v3427 = arith.addi %v3426, %v12 : i64
                  %v3428 = arith.muli %v3427, %v941 : i64
                  %v3429 = arith.addi %v3428, %v3129 : i64
                  scf.if %v3425 {
                    %v3430 = llvm.getelementptr %v71[%v3429] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3422, %v3430 : f32, !llvm.ptr
                  }
                  llvm.store %v3333, %v60 : f32, !llvm.ptr
                  llvm.store %v3333, %v61 : f32, !llvm.ptr
                  llvm.store %v3333, %v62 : f32, !llvm.ptr
                  llvm.store %v3333, %v63 : f32, !llvm.ptr
                }
              }
            }
          }
          gpu.barrier
          %v3432 = arith.index_cast %v30 : i64 to index
          %v3433 = arith.index_cast %v3431 : i64 to index
          %v3434 = arith.index_cast %v144 : i64 to index
          scf.for %v3435 = %v3432 to %v3433 step %v3434 {
            %v3436 = arith.index_cast %v3435 : index to i64
            %v3441 = arith.remui %v3436, %v32 : i64
            %v3442 = arith.divui %v3436, %v32 : i64
            %v3443 = arith.muli %v420, %v39 : i64
            %v3444 = arith.divui %v3441, %v103 : i64
            %v3445 = arith.addi %v3443, %v3444 : i64
            %v3446 = arith.cmpi slt, %v3445, %v141 : i64
            %v3447 = arith.subi %v141, %v2 : i64
            %v3448 = arith.subi %v3447, %v3445 : i64
            %v3449 = arith.remui %v3441, %v103 : i64
            %v3450 = arith.subi %v98, %v3449 : i64
            %v3451 = arith.muli %v3448, %v103 : i64
            %v3452 = arith.addi %v3451, %v3450 : i64
            %v3453 = arith.cmpi slt, %v3452, %v139 : i64
            %v3454 = arith.andi %v3446, %v3453 : i1
            scf.if %v3454 {
              %v3455 = arith.addi %v137, %v3452 : i64
              %v3456 = arith.remui %v3436, %v32 : i64
              %v3457 = arith.divui %v3436, %v32 : i64
              %v3458 = arith.muli %v12, %v1 : i64
              %v3459 = arith.addi %v3458, %v3457 : i64
              %v3460 = arith.muli %v3459, %v941 : i64
              %v3461 = arith.addi %v3460, %v3456 : i64
              %v3462 = llvm.getelementptr %v65[%v3461] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3463 = llvm.load %v3462 : !llvm.ptr -> f32
              %v3464 = arith.muli %v2, %v1 : i64
              %v3465 = arith.addi %v3464, %v3457 : i64
              %v3466 = arith.muli %v3465, %v941 : i64
              %v3467 = arith.addi %v3466, %v3456 : i64
              %v3468 = llvm.getelementptr %v65[%v3467] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3469 = llvm.load %v3468 : !llvm.ptr -> f32
              %v3470 = arith.addf %v3463, %v3469 fastmath<contract> : f32
              %v3471 = arith.muli %v93, %v1 : i64
              %v3472 = arith.addi %v3471, %v3457 : i64
              %v3473 = arith.muli %v3472, %v941 : i64
              %v3474 = arith.addi %v3473, %v3456 : i64
              %v3475 = llvm.getelementptr %v65[%v3474] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3476 = llvm.load %v3475 : !llvm.ptr -> f32
              %v3477 = arith.addf %v3470, %v3476 fastmath<contract> : f32
              %v3478 = arith.muli %v98, %v1 : i64
              %v3479 = arith.addi %v3478, %v3457 : i64
              %v3480 = arith.muli %v3479, %v941 : i64
              %v3481 = arith.addi %v3480, %v3456 : i64
              %v3482 = llvm.getelementptr %v65[%v3481] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3483 = llvm.load %v3482 : !llvm.ptr -> f32
              %v3484 = arith.addf %v3477, %v3483 fastmath<contract> : f32
              %v3485 = arith.muli %v103, %v1 : i64
              %v3486 = arith.addi %v3485, %v3457 : i64
              %v3487 = arith.muli %v3486, %v941 : i64
              %v3488 = arith.addi %v3487, %v3456 : i64
              %v3489 = llvm.getelementptr %v65[%v3488] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3490 = llvm.load %v3489 : !llvm.ptr -> f32
              %v3491 = arith.addf %v3484, %v3490 fastmath<contract> : f32
              %v3492 = arith.muli %v108, %v1 : i64
              %v3493 = arith.addi %v3492, %v3457 : i64
              %v3494 = arith.muli %v3493, %v941 : i64
              %v3495 = arith.addi %v3494, %v3456 : i64
              %v3496 = llvm.getelementptr %v65[%v3495] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3497 = llvm.load %v3496 : !llvm.ptr -> f32
              %v3498 = arith.addf %v3491, %v3497 fastmath<contract> : f32
              %v3499 = arith.muli %v113, %v1 : i64
              %v3500 = arith.addi %v3499, %v3457 : i64
              %v3501 = arith.muli %v3500, %v941 : i64
              %v3502 = arith.addi %v3501, %v3456 : i64
              %v3503 = llvm.getelementptr %v65[%v3502] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3504 = llvm.load %v3503 : !llvm.ptr -> f32
              %v3505 = arith.addf %v3498, %v3504 fastmath<contract> : f32
              %v3506 = arith.muli %v118, %v1 : i64
              %v3507 = arith.addi %v3506, %v3457 : i64
              %v3508 = arith.muli %v3507, %v941 : i64
              %v3509 = arith.addi %v3508, %v3456 : i64
              %v3510 = llvm.getelementptr %v65[%v3509] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3511 = llvm.load %v3510 : !llvm.ptr -> f32
              %v3512 = arith.addf %v3505, %v3511 fastmath<contract> : f32
              %v3513 = arith.subi %v3455, %slice_first : i64
              %v3514 = arith.remui %v3442, %v1 : i64
              %v3515 = arith.divui %v3442, %v1 : i64
              %v3519 = arith.muli %v54, %v3518 : i64
              %v3520 = arith.muli %v3513, %v3517 : i64
              %v3521 = arith.addi %v3519, %v3520 : i64
              %v3522 = arith.muli %v52, %v3516 : i64
              %v3523 = arith.addi %v3521, %v3522 : i64
              %v3524 = arith.muli %v3514, %v2 : i64
              %v3525 = arith.addi %v3523, %v3524 : i64
              %v3526 = arith.muli %v38, %v3440 : i64
              %v3527 = arith.addi %v3526, %v3525 : i64
              %v3528 = llvm.getelementptr %part_q[%v3527] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v3512, %v3528 : f32, !llvm.ptr
            }
          }
          %v3529 = arith.index_cast %v30 : i64 to index
          %v3530 = arith.index_cast %v3431 : i64 to index
          %v3531 = arith.index_cast %v144 : i64 to index
          scf.for %v3532 = %v3529 to %v3530 step %v3531 {
            %v3533 = arith.index_cast %v3532 : index to i64
            %v3538 = arith.remui %v3533, %v32 : i64
            %v3539 = arith.divui %v3533, %v32 : i64
            %v3540 = arith.muli %v420, %v39 : i64
            %v3541 = arith.divui %v3538, %v103 : i64
            %v3542 = arith.addi %v3540, %v3541 : i64
            %v3543 = arith.cmpi slt, %v3542, %v141 : i64
            %v3544 = arith.subi %v141, %v2 : i64
            %v3545 = arith.subi %v3544, %v3542 : i64
            %v3546 = arith.remui %v3538, %v103 : i64
            %v3547 = arith.subi %v98, %v3546 : i64
            %v3548 = arith.muli %v3545, %v103 : i64
            %v3549 = arith.addi %v3548, %v3547 : i64
            %v3550 = arith.cmpi slt, %v3549, %v139 : i64
            %v3551 = arith.andi %v3543, %v3550 : i1
            scf.if %v3551 {
              %v3552 = arith.addi %v137, %v3549 : i64
              %v3553 = arith.remui %v3533, %v32 : i64
              %v3554 = arith.divui %v3533, %v32 : i64
              %v3555 = arith.muli %v12, %v1 : i64
              %v3556 = arith.addi %v3555, %v3554 : i64
              %v3557 = arith.muli %v3556, %v941 : i64
              %v3558 = arith.addi %v3557, %v3553 : i64
              %v3559 = llvm.getelementptr %v67[%v3558] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3560 = llvm.load %v3559 : !llvm.ptr -> f32
              %v3561 = arith.muli %v2, %v1 : i64
              %v3562 = arith.addi %v3561, %v3554 : i64
              %v3563 = arith.muli %v3562, %v941 : i64
              %v3564 = arith.addi %v3563, %v3553 : i64
              %v3565 = llvm.getelementptr %v67[%v3564] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3566 = llvm.load %v3565 : !llvm.ptr -> f32
              %v3567 = arith.addf %v3560, %v3566 fastmath<contract> : f32
              %v3568 = arith.muli %v93, %v1 : i64
              %v3569 = arith.addi %v3568, %v3554 : i64
              %v3570 = arith.muli %v3569, %v941 : i64
              %v3571 = arith.addi %v3570, %v3553 : i64
              %v3572 = llvm.getelementptr %v67[%v3571] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3573 = llvm.load %v3572 : !llvm.ptr -> f32
              %v3574 = arith.addf %v3567, %v3573 fastmath<contract> : f32
              %v3575 = arith.muli %v98, %v1 : i64
              %v3576 = arith.addi %v3575, %v3554 : i64
              %v3577 = arith.muli %v3576, %v941 : i64
              %v3578 = arith.addi %v3577, %v3553 : i64
              %v3579 = llvm.getelementptr %v67[%v3578] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3580 = llvm.load %v3579 : !llvm.ptr -> f32
              %v3581 = arith.addf %v3574, %v3580 fastmath<contract> : f32
              %v3582 = arith.muli %v103, %v1 : i64
              %v3583 = arith.addi %v3582, %v3554 : i64
              %v3584 = arith.muli %v3583, %v941 : i64
              %v3585 = arith.addi %v3584, %v3553 : i64
              %v3586 = llvm.getelementptr %v67[%v3585] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3587 = llvm.load %v3586 : !llvm.ptr -> f32
              %v3588 = arith.addf %v3581, %v3587 fastmath<contract> : f32
              %v3589 = arith.muli %v108, %v1 : i64
              %v3590 = arith.addi %v3589, %v3554 : i64
              %v3591 = arith.muli %v3590, %v941 : i64
              %v3592 = arith.addi %v3591, %v3553 : i64
              %v3593 = llvm.getelementptr %v67[%v3592] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3594 = llvm.load %v3593 : !llvm.ptr -> f32
              %v3595 = arith.addf %v3588, %v3594 fastmath<contract> : f32
              %v3596 = arith.muli %v113, %v1 : i64
              %v3597 = arith.addi %v3596, %v3554 : i64
              %v3598 = arith.muli %v3597, %v941 : i64
              %v3599 = arith.addi %v3598, %v3553 : i64
              %v3600 = llvm.getelementptr %v67[%v3599] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3601 = llvm.load %v3600 : !llvm.ptr -> f32
              %v3602 = arith.addf %v3595, %v3601 fastmath<contract> : f32
              %v3603 = arith.muli %v118, %v1 : i64
              %v3604 = arith.addi %v3603, %v3554 : i64
              %v3605 = arith.muli %v3604, %v941 : i64
              %v3606 = arith.addi %v3605, %v3553 : i64
              %v3607 = llvm.getelementptr %v67[%v3606] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3608 = llvm.load %v3607 : !llvm.ptr -> f32
              %v3609 = arith.addf %v3602, %v3608 fastmath<contract> : f32
              %v3610 = arith.subi %v3552, %slice_first : i64
              %v3611 = arith.remui %v3539, %v1 : i64
              %v3612 = arith.divui %v3539, %v1 : i64
              %v3613 = arith.muli %v54, %v3518 : i64
              %v3614 = arith.muli %v3610, %v3517 : i64
              %v3615 = arith.addi %v3613, %v3614 : i64
              %v3616 = arith.muli %v52, %v3516 : i64
              %v3617 = arith.addi %v3615, %v3616 : i64
              %v3618 = arith.muli %v3611, %v2 : i64
              %v3619 = arith.addi %v3617, %v3618 : i64
              %v3620 = arith.muli %v38, %v3537 : i64
              %v3621 = arith.addi %v3620, %v3619 : i64
              %v3622 = llvm.getelementptr %part_k[%v3621] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v3609, %v3622 : f32, !llvm.ptr
            }
          }
          %v3623 = arith.index_cast %v30 : i64 to index
          %v3624 = arith.index_cast %v32 : i64 to index
          %v3625 = arith.index_cast %v144 : i64 to index
          scf.for %v3626 = %v3623 to %v3624 step %v3625 {
            %v3627 = arith.index_cast %v3626 : index to i64
            %v3631 = arith.remui %v3627, %v32 : i64
            %v3632 = arith.divui %v3627, %v32 : i64
            %v3633 = arith.muli %v420, %v39 : i64
            %v3634 = arith.divui %v3631, %v103 : i64
            %v3635 = arith.addi %v3633, %v3634 : i64
            %v3636 = arith.cmpi slt, %v3635, %v141 : i64
            %v3637 = arith.subi %v141, %v2 : i64
            %v3638 = arith.subi %v3637, %v3635 : i64
            %v3639 = arith.remui %v3631, %v103 : i64
            %v3640 = arith.subi %v98, %v3639 : i64
            %v3641 = arith.muli %v3638, %v103 : i64
            %v3642 = arith.addi %v3641, %v3640 : i64
            %v3643 = arith.cmpi slt, %v3642, %v139 : i64
            %v3644 = arith.andi %v3636, %v3643 : i1
            scf.if %v3644 {
              %v3645 = arith.addi %v137, %v3642 : i64
              %v3646 = arith.remui %v3627, %v32 : i64
              %v3647 = arith.divui %v3627, %v32 : i64
              %v3648 = arith.muli %v12, %v2 : i64
              %v3649 = arith.addi %v3648, %v3647 : i64
              %v3650 = arith.muli %v3649, %v941 : i64
              %v3651 = arith.addi %v3650, %v3646 : i64
              %v3652 = llvm.getelementptr %v69[%v3651] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3653 = llvm.load %v3652 : !llvm.ptr -> f32
              %v3654 = arith.muli %v2, %v2 : i64
              %v3655 = arith.addi %v3654, %v3647 : i64
              %v3656 = arith.muli %v3655, %v941 : i64
              %v3657 = arith.addi %v3656, %v3646 : i64
              %v3658 = llvm.getelementptr %v69[%v3657] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3659 = llvm.load %v3658 : !llvm.ptr -> f32
              %v3660 = arith.addf %v3653, %v3659 fastmath<contract> : f32
              %v3661 = arith.muli %v93, %v2 : i64
              %v3662 = arith.addi %v3661, %v3647 : i64
              %v3663 = arith.muli %v3662, %v941 : i64
              %v3664 = arith.addi %v3663, %v3646 : i64
              %v3665 = llvm.getelementptr %v69[%v3664] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3666 = llvm.load %v3665 : !llvm.ptr -> f32
              %v3667 = arith.addf %v3660, %v3666 fastmath<contract> : f32
              %v3668 = arith.muli %v98, %v2 : i64
              %v3669 = arith.addi %v3668, %v3647 : i64
              %v3670 = arith.muli %v3669, %v941 : i64
              %v3671 = arith.addi %v3670, %v3646 : i64
              %v3672 = llvm.getelementptr %v69[%v3671] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3673 = llvm.load %v3672 : !llvm.ptr -> f32
              %v3674 = arith.addf %v3667, %v3673 fastmath<contract> : f32
              %v3675 = arith.muli %v103, %v2 : i64
              %v3676 = arith.addi %v3675, %v3647 : i64
              %v3677 = arith.muli %v3676, %v941 : i64
              %v3678 = arith.addi %v3677, %v3646 : i64
              %v3679 = llvm.getelementptr %v69[%v3678] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3680 = llvm.load %v3679 : !llvm.ptr -> f32
              %v3681 = arith.addf %v3674, %v3680 fastmath<contract> : f32
              %v3682 = arith.muli %v108, %v2 : i64
              %v3683 = arith.addi %v3682, %v3647 : i64
              %v3684 = arith.muli %v3683, %v941 : i64
              %v3685 = arith.addi %v3684, %v3646 : i64
              %v3686 = llvm.getelementptr %v69[%v3685] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3687 = llvm.load %v3686 : !llvm.ptr -> f32
              %v3688 = arith.addf %v3681, %v3687 fastmath<contract> : f32
              %v3689 = arith.muli %v113, %v2 : i64
              %v3690 = arith.addi %v3689, %v3647 : i64
              %v3691 = arith.muli %v3690, %v941 : i64
              %v3692 = arith.addi %v3691, %v3646 : i64
              %v3693 = llvm.getelementptr %v69[%v3692] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3694 = llvm.load %v3693 : !llvm.ptr -> f32
              %v3695 = arith.addf %v3688, %v3694 fastmath<contract> : f32
              %v3696 = arith.muli %v118, %v2 : i64
              %v3697 = arith.addi %v3696, %v3647 : i64
              %v3698 = arith.muli %v3697, %v941 : i64
              %v3699 = arith.addi %v3698, %v3646 : i64
              %v3700 = llvm.getelementptr %v69[%v3699] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3701 = llvm.load %v3700 : !llvm.ptr -> f32
              %v3702 = arith.addf %v3695, %v3701 fastmath<contract> : f32
              %v3703 = arith.subi %v3645, %slice_first : i64
              %v3706 = arith.muli %v54, %v3705 : i64
              %v3707 = arith.muli %v3703, %v3704 : i64
              %v3708 = arith.addi %v3706, %v3707 : i64
              %v3709 = arith.muli %v52, %v2 : i64
              %v3710 = arith.addi %v3708, %v3709 : i64
              %v3711 = arith.muli %v38, %v3630 : i64
              %v3712 = arith.addi %v3711, %v3710 : i64
              %v3713 = llvm.getelementptr %part_ig[%v3712] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v3702, %v3713 : f32, !llvm.ptr
            }
          }
          %v3714 = arith.index_cast %v30 : i64 to index
          %v3715 = arith.index_cast %v32 : i64 to index
          %v3716 = arith.index_cast %v144 : i64 to index
          scf.for %v3717 = %v3714 to %v3715 step %v3716 {
            %v3718 = arith.index_cast %v3717 : index to i64
            %v3722 = arith.remui %v3718, %v32 : i64
            %v3723 = arith.divui %v3718, %v32 : i64
            %v3724 = arith.muli %v420, %v39 : i64
            %v3725 = arith.divui %v3722, %v103 : i64
            %v3726 = arith.addi %v3724, %v3725 : i64
            %v3727 = arith.cmpi slt, %v3726, %v141 : i64
            %v3728 = arith.subi %v141, %v2 : i64
            %v3729 = arith.subi %v3728, %v3726 : i64
            %v3730 = arith.remui %v3722, %v103 : i64
            %v3731 = arith.subi %v98, %v3730 : i64
            %v3732 = arith.muli %v3729, %v103 : i64
            %v3733 = arith.addi %v3732, %v3731 : i64
            %v3734 = arith.cmpi slt, %v3733, %v139 : i64
            %v3735 = arith.andi %v3727, %v3734 : i1
            scf.if %v3735 {
              %v3736 = arith.addi %v137, %v3733 : i64
              %v3737 = arith.remui %v3718, %v32 : i64
              %v3738 = arith.divui %v3718, %v32 : i64
              %v3739 = arith.muli %v12, %v2 : i64
              %v3740 = arith.addi %v3739, %v3738 : i64
              %v3741 = arith.muli %v3740, %v941 : i64
              %v3742 = arith.addi %v3741, %v3737 : i64
              %v3743 = llvm.getelementptr %v71[%v3742] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3744 = llvm.load %v3743 : !llvm.ptr -> f32
              %v3745 = arith.muli %v2, %v2 : i64
              %v3746 = arith.addi %v3745, %v3738 : i64
              %v3747 = arith.muli %v3746, %v941 : i64
              %v3748 = arith.addi %v3747, %v3737 : i64
              %v3749 = llvm.getelementptr %v71[%v3748] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3750 = llvm.load %v3749 : !llvm.ptr -> f32
              %v3751 = arith.addf %v3744, %v3750 fastmath<contract> : f32
              %v3752 = arith.muli %v93, %v2 : i64
              %v3753 = arith.addi %v3752, %v3738 : i64
              %v3754 = arith.muli %v3753, %v941 : i64
              %v3755 = arith.addi %v3754, %v3737 : i64
              %v3756 = llvm.getelementptr %v71[%v3755] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3757 = llvm.load %v3756 : !llvm.ptr -> f32
              %v3758 = arith.addf %v3751, %v3757 fastmath<contract> : f32
              %v3759 = arith.muli %v98, %v2 : i64
              %v3760 = arith.addi %v3759, %v3738 : i64
              %v3761 = arith.muli %v3760, %v941 : i64
              %v3762 = arith.addi %v3761, %v3737 : i64
              %v3763 = llvm.getelementptr %v71[%v3762] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3764 = llvm.load %v3763 : !llvm.ptr -> f32
              %v3765 = arith.addf %v3758, %v3764 fastmath<contract> : f32
              %v3766 = arith.muli %v103, %v2 : i64
              %v3767 = arith.addi %v3766, %v3738 : i64
              %v3768 = arith.muli %v3767, %v941 : i64
              %v3769 = arith.addi %v3768, %v3737 : i64
              %v3770 = llvm.getelementptr %v71[%v3769] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3771 = llvm.load %v3770 : !llvm.ptr -> f32
              %v3772 = arith.addf %v3765, %v3771 fastmath<contract> : f32
              %v3773 = arith.muli %v108, %v2 : i64
              %v3774 = arith.addi %v3773, %v3738 : i64
              %v3775 = arith.muli %v3774, %v941 : i64
              %v3776 = arith.addi %v3775, %v3737 : i64
              %v3777 = llvm.getelementptr %v71[%v3776] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3778 = llvm.load %v3777 : !llvm.ptr -> f32
              %v3779 = arith.addf %v3772, %v3778 fastmath<contract> : f32
              %v3780 = arith.muli %v113, %v2 : i64
              %v3781 = arith.addi %v3780, %v3738 : i64
              %v3782 = arith.muli %v3781, %v941 : i64
              %v3783 = arith.addi %v3782, %v3737 : i64
              %v3784 = llvm.getelementptr %v71[%v3783] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3785 = llvm.load %v3784 : !llvm.ptr -> f32
              %v3786 = arith.addf %v3779, %v3785 fastmath<contract> : f32
              %v3787 = arith.muli %v118, %v2 : i64
              %v3788 = arith.addi %v3787, %v3738 : i64
              %v3789 = arith.muli %v3788, %v941 : i64
              %v3790 = arith.addi %v3789, %v3737 : i64
              %v3791 = llvm.getelementptr %v71[%v3790] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3792 = llvm.load %v3791 : !llvm.ptr -> f32
              %v3793 = arith.addf %v3786, %v3792 fastmath<contract> : f32
              %v3794 = arith.subi %v3736, %slice_first : i64
              %v3795 = arith.muli %v54, %v3705 : i64
              %v3796 = arith.muli %v3794, %v3704 : i64
              %v3797 = arith.addi %v3795, %v3796 : i64
              %v3798 = arith.muli %v52, %v2 : i64
              %v3799 = arith.addi %v3797, %v3798 : i64
              %v3800 = arith.muli %v38, %v3721 : i64
              %v3801 = arith.addi %v3800, %v3799 : i64
              %v3802 = llvm.getelementptr %part_fg[%v3801] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v3793, %v3802 : f32, !llvm.ptr
            }
          }
          gpu.barrier
        }
      }
      scf.if %v13 {
      }
      scf.if %v13 {
      } else {
        scf.if %v44 {
          %v3803 = arith.muli %v46, %v39 : i64
          %v3804 = arith.addi %v3803, %v40 : i64
          %v3805 = arith.muli %v5, %v39 : i64
          %v3806 = arith.muli %v12, %v3805 : i64
          %v3807 = arith.addi %v3806, %v3804 : i64
          %v3808 = llvm.load %v56 : !llvm.ptr -> f32
          %v3809 = llvm.getelementptr %slice_carry[%v3807] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3808, %v3809 : f32, !llvm.ptr
          %v3810 = arith.muli %v2, %v3805 : i64
          %v3811 = arith.addi %v3810, %v3804 : i64
          %v3812 = llvm.load %v57 : !llvm.ptr -> f32
          %v3813 = llvm.getelementptr %slice_carry[%v3811] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3812, %v3813 : f32, !llvm.ptr
          %v3814 = arith.muli %v93, %v3805 : i64
          %v3815 = arith.addi %v3814, %v3804 : i64
          %v3816 = llvm.load %v58 : !llvm.ptr -> f32
          %v3817 = llvm.getelementptr %slice_carry[%v3815] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3816, %v3817 : f32, !llvm.ptr
          %v3818 = arith.muli %v98, %v3805 : i64
          %v3819 = arith.addi %v3818, %v3804 : i64
          %v3820 = llvm.load %v59 : !llvm.ptr -> f32
          %v3821 = llvm.getelementptr %slice_carry[%v3819] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3820, %v3821 : f32, !llvm.ptr
          %v3822 = arith.muli %v103, %v3805 : i64
          %v3823 = arith.addi %v3822, %v3804 : i64
          %v3824 = llvm.load %v60 : !llvm.ptr -> f32
          %v3825 = llvm.getelementptr %slice_carry[%v3823] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3824, %v3825 : f32, !llvm.ptr
          %v3826 = arith.muli %v108, %v3805 : i64
          %v3827 = arith.addi %v3826, %v3804 : i64
          %v3828 = llvm.load %v61 : !llvm.ptr -> f32
          %v3829 = llvm.getelementptr %slice_carry[%v3827] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3828, %v3829 : f32, !llvm.ptr
          %v3830 = arith.muli %v113, %v3805 : i64
          %v3831 = arith.addi %v3830, %v3804 : i64
          %v3832 = llvm.load %v62 : !llvm.ptr -> f32
          %v3833 = llvm.getelementptr %slice_carry[%v3831] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3832, %v3833 : f32, !llvm.ptr
          %v3834 = arith.muli %v118, %v3805 : i64
          %v3835 = arith.addi %v3834, %v3804 : i64
          %v3836 = llvm.load %v63 : !llvm.ptr -> f32
          %v3837 = llvm.getelementptr %slice_carry[%v3835] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3836, %v3837 : f32, !llvm.ptr
        }
      }
      gpu.return
    }
  }
}
