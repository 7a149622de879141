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
      %v91 = arith.constant 2 : i64
      %v95 = arith.constant 3 : i64
      %v99 = arith.constant 4 : i64
      %v103 = arith.constant 5 : i64
      %v107 = arith.constant 6 : i64
      %v111 = arith.constant 7 : i64
      %v135 = arith.constant 1024 : i64
      %v136 = arith.constant 256 : i64
      %v148 = arith.muli %v2, %v1 : i64
      %v149 = arith.muli %v148, %size_H : i64
      %v150 = arith.muli %v149, %size_L : i64
      %v160 = arith.constant 65 : i64
      %v196 = arith.muli %v2, %size_H : i64
      %v197 = arith.muli %v196, %size_L : i64
      %v228 = arith.muli %v2, %size_B : i64
      %v229 = arith.muli %v228, %size_H : i64
      %v230 = arith.muli %v229, %v1 : i64
      %v231 = arith.muli %v230, %size_DV : i64
      %v233 = arith.muli %v2, %size_DV : i64
      %v234 = arith.muli %v233, %v1 : i64
      %v235 = arith.muli %v234, %size_H : i64
      %v246 = arith.muli %v2, %size_B : i64
      %v247 = arith.muli %v246, %size_H : i64
      %v248 = arith.muli %v247, %v1 : i64
      %v249 = arith.muli %v248, %size_DV : i64
      %v263 = arith.muli %v2, %size_B : i64
      %v264 = arith.muli %v263, %size_H : i64
      %v265 = arith.muli %v264, %v1 : i64
      %v267 = arith.muli %v2, %v1 : i64
      %v268 = arith.muli %v267, %size_H : i64
      %v277 = arith.muli %v2, %size_B : i64
      %v278 = arith.muli %v277, %size_H : i64
      %v279 = arith.muli %v278, %v1 : i64
      %v350 = arith.constant 0x3FB8AA3B : f32
      %v371 = arith.muli %v2, %size_DV : i64
      %v372 = arith.muli %v371, %size_H : i64
      %v373 = arith.muli %v372, %size_L : i64
      %v698 = arith.constant 2147483647 : i64
      %v702 = arith.constant 3 : i32
      %v731 = arith.constant 1 : i32
      %v732 = arith.constant 32 : i32
      %v736 = arith.constant 2 : i32
      %v740 = arith.constant 4 : i32
      %v777 = arith.constant 0xBF800000 : f32
      %v919 = arith.constant 8 : i32
      %v923 = arith.constant 16 : i32
      %v933 = arith.constant 33 : i64
      %v1626 = arith.constant 0 : i32
      %v3423 = arith.constant 512 : i64
      %v3429 = arith.muli %v2, %size_B : i64
      %v3430 = arith.muli %v3429, %slice_steps : i64
      %v3431 = arith.muli %v3430, %size_H : i64
      %v3432 = arith.muli %v3431, %v1 : i64
      %v3508 = arith.muli %v2, %v1 : i64
      %v3509 = arith.muli %v3508, %size_H : i64
      %v3510 = arith.muli %v3509, %slice_steps : i64
      %v3526 = arith.muli %v2, %size_B : i64
      %v3527 = arith.muli %v3526, %slice_steps : i64
      %v3528 = arith.muli %v3527, %size_H : i64
      %v3529 = arith.muli %v3528, %v1 : i64
      %v3620 = arith.muli %v2, %size_B : i64
      %v3621 = arith.muli %v3620, %slice_steps : i64
      %v3622 = arith.muli %v3621, %size_H : i64
      %v3696 = arith.muli %v2, %size_H : i64
      %v3697 = arith.muli %v3696, %slice_steps : i64
      %v3711 = arith.muli %v2, %size_B : i64
      %v3712 = arith.muli %v3711, %slice_steps : i64
      %v3713 = arith.muli %v3712, %size_H : i64
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
      %v367 = arith.sitofp %v1 : i64 to f32
      %v490 = arith.sitofp %v1 : i64 to f32
      %v547 = arith.sitofp %v1 : i64 to f32
      %v604 = arith.sitofp %v1 : i64 to f32
      %v661 = arith.sitofp %v1 : i64 to f32
      %v820 = arith.sitofp %v1 : i64 to f32
      %v1128 = arith.sitofp %v1 : i64 to f32
      %v1433 = arith.sitofp %v1 : i64 to f32
      %v1739 = arith.sitofp %v1 : i64 to f32
      %v1993 = arith.sitofp %v1 : i64 to f32
      %v2050 = arith.sitofp %v1 : i64 to f32
      %v2107 = arith.sitofp %v1 : i64 to f32
      %v2164 = arith.sitofp %v1 : i64 to f32
      %v2316 = arith.sitofp %v1 : i64 to f32
      %v2621 = arith.sitofp %v1 : i64 to f32
      %v2926 = arith.sitofp %v1 : i64 to f32
      %v3231 = arith.sitofp %v1 : i64 to f32
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
          %v84 = arith.muli %v83, %v39 : i64
          %v85 = arith.addi %v84, %v12 : i64
          %v86 = llvm.getelementptr %slice_carry[%v85] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v87 = llvm.load %v86 : !llvm.ptr -> f32
          llvm.store %v87, %v56 : f32, !llvm.ptr
          %v88 = arith.addi %v84, %v2 : i64
          %v89 = llvm.getelementptr %slice_carry[%v88] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v90 = llvm.load %v89 : !llvm.ptr -> f32
          llvm.store %v90, %v57 : f32, !llvm.ptr
          %v92 = arith.addi %v84, %v91 : i64
          %v93 = llvm.getelementptr %slice_carry[%v92] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v94 = llvm.load %v93 : !llvm.ptr -> f32
          llvm.store %v94, %v58 : f32, !llvm.ptr
          %v96 = arith.addi %v84, %v95 : i64
          %v97 = llvm.getelementptr %slice_carry[%v96] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v98 = llvm.load %v97 : !llvm.ptr -> f32
          llvm.store %v98, %v59 : f32, !llvm.ptr
          %v100 = arith.addi %v84, %v99 : i64
          %v101 = llvm.getelementptr %slice_carry[%v100] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v102 = llvm.load %v101 : !llvm.ptr -> f32
          llvm.store %v102, %v60 : f32, !llvm.ptr
          %v104 = arith.addi %v84, %v103 : i64
          %v105 = llvm.getelementptr %slice_carry[%v104] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v106 = llvm.load %v105 : !llvm.ptr -> f32
          llvm.store %v106, %v61 : f32, !llvm.ptr
          %v108 = arith.addi %v84, %v107 : i64
          %v109 = llvm.getelementptr %slice_carry[%v108] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v110 = llvm.load %v109 : !llvm.ptr -> f32
          llvm.store %v110, %v62 : f32, !llvm.ptr
          %v112 = arith.addi %v84, %v111 : i64
          %v113 = llvm.getelementptr %slice_carry[%v112] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v114 = llvm.load %v113 : !llvm.ptr -> f32
          llvm.store %v114, %v63 : f32, !llvm.ptr
        }
      }
      scf.if %v14 {
      }
      %v115 = arith.cmpi eq, %size_L, %v12 : i64
      scf.if %v115 {
        llvm.store %v80, %v24 : f32, !llvm.ptr
        llvm.store %v80, %v25 : f32, !llvm.ptr
        llvm.store %v80, %v26 : f32, !llvm.ptr
        llvm.store %v80, %v27 : f32, !llvm.ptr
      }
      %v116 = arith.subi %v6, %v2 : i64
      %v117 = arith.addi %size_L, %v116 : i64
      %v118 = arith.divui %v117, %v6 : i64
      %v119 = arith.minsi %v11, %v118 : i64
      %v120 = arith.subi %v119, %v7 : i64
      %v121 = arith.maxsi %v120, %v12 : i64
      %v122 = arith.index_cast %v12 : i64 to index
      %v123 = arith.index_cast %v121 : i64 to index
      %v124 = arith.index_cast %v2 : i64 to index
      scf.for %v125 = %v122 to %v123 step %v124 {
        %v126 = arith.index_cast %v125 : index to i64
        %v127 = arith.subi %v119, %v2 : i64
        %v128 = arith.subi %v127, %v126 : i64
        %v129 = arith.muli %v128, %v6 : i64
        %v130 = arith.subi %size_L, %v129 : i64
        %v131 = arith.minsi %v130, %v6 : i64
        %v132 = arith.addi %v131, %v95 : i64
        %v133 = arith.divui %v132, %v99 : i64
        // the block's shared input rows for this stretch
        gpu.barrier
        %v134 = arith.subi %size_L, %v2 : i64
        %v137 = arith.index_cast %v30 : i64 to index
        %v138 = arith.index_cast %v135 : i64 to index
        %v139 = arith.index_cast %v136 : i64 to index
        scf.for %v140 = %v137 to %v138 step %v139 {
          %v141 = arith.index_cast %v140 : index to i64
          %v142 = arith.remui %v141, %v6 : i64
          %v143 = arith.divui %v141, %v6 : i64
          %v144 = arith.addi %v129, %v142 : i64
          %v145 = arith.minsi %v144, %v134 : i64
          %v146 = arith.remui %v143, %v1 : i64
          %v147 = arith.divui %v143, %v1 : i64
          %v151 = arith.muli %v54, %v150 : i64
          %v152 = arith.muli %v145, %v149 : i64
          %v153 = arith.addi %v151, %v152 : i64
          %v154 = arith.muli %v52, %v148 : i64
          %v155 = arith.addi %v153, %v154 : i64
          %v156 = arith.muli %v146, %v2 : i64
          %v157 = arith.addi %v155, %v156 : i64
          %v158 = llvm.getelementptr %in_q[%v157] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v159 = llvm.load %v158 : !llvm.ptr -> f32
          %v161 = arith.muli %v143, %v160 : i64
          %v162 = arith.addi %v161, %v142 : i64
          %v163 = llvm.getelementptr %v73[%v162] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v159, %v163 : f32, !llvm.ptr
        }
        %v164 = arith.index_cast %v30 : i64 to index
        %v165 = arith.index_cast %v135 : i64 to index
        %v166 = arith.index_cast %v136 : i64 to index
        scf.for %v167 = %v164 to %v165 step %v166 {
          %v168 = arith.index_cast %v167 : index to i64
          %v169 = arith.remui %v168, %v6 : i64
          %v170 = arith.divui %v168, %v6 : i64
          %v171 = arith.addi %v129, %v169 : i64
          %v172 = arith.minsi %v171, %v134 : i64
          %v173 = arith.remui %v170, %v1 : i64
          %v174 = arith.divui %v170, %v1 : i64
          %v175 = arith.muli %v54, %v150 : i64
          %v176 = arith.muli %v172, %v149 : i64
          %v177 = arith.addi %v175, %v176 : i64
          %v178 = arith.muli %v52, %v148 : i64
          %v179 = arith.addi %v177, %v178 : i64
          %v180 = arith.muli %v173, %v2 : i64
          %v181 = arith.addi %v179, %v180 : i64
          %v182 = llvm.getelementptr %in_k[%v181] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v183 = llvm.load %v182 : !llvm.ptr -> f32
          %v184 = arith.muli %v170, %v160 : i64
          %v185 = arith.addi %v184, %v169 : i64
          %v186 = llvm.getelementptr %v75[%v185] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v183, %v186 : f32, !llvm.ptr
        }
        %v187 = arith.index_cast %v30 : i64 to index
        %v188 = arith.index_cast %v6 : i64 to index
        %v189 = arith.index_cast %v136 : i64 to index
        scf.for %v190 = %v187 to %v188 step %v189 {
          %v191 = arith.index_cast %v190 : index to i64
          %v192 = arith.remui %v191, %v6 : i64
          %v193 = arith.divui %v191, %v6 : i64
          %v194 = arith.addi %v129, %v192 : i64
          %v195 = arith.minsi %v194, %v134 : i64
          %v198 = arith.muli %v54, %v197 : i64
          %v199 = arith.muli %v195, %v196 : i64
          %v200 = arith.addi %v198, %v199 : i64
          %v201 = arith.muli %v52, %v2 : i64
          %v202 = arith.addi %v200, %v201 : i64
          %v203 = llvm.getelementptr %in_ig[%v202] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v204 = llvm.load %v203 : !llvm.ptr -> f32
          %v205 = arith.muli %v193, %v160 : i64
          %v206 = arith.addi %v205, %v192 : i64
          %v207 = llvm.getelementptr %v77[%v206] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v204, %v207 : f32, !llvm.ptr
        }
        %v208 = arith.index_cast %v30 : i64 to index
        %v209 = arith.index_cast %v6 : i64 to index
        %v210 = arith.index_cast %v136 : i64 to index
        scf.for %v211 = %v208 to %v209 step %v210 {
          %v212 = arith.index_cast %v211 : index to i64
          %v213 = arith.remui %v212, %v6 : i64
          %v214 = arith.divui %v212, %v6 : i64
          %v215 = arith.addi %v129, %v213 : i64
          %v216 = arith.minsi %v215, %v134 : i64
          %v217 = arith.muli %v54, %v197 : i64
          %v218 = arith.muli %v216, %v196 : i64
          %v219 = arith.addi %v217, %v218 : i64
          %v220 = arith.muli %v52, %v2 : i64
          %v221 = arith.addi %v219, %v220 : i64
          %v222 = llvm.getelementptr %in_fg[%v221] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v223 = llvm.load %v222 : !llvm.ptr -> f32
          %v224 = arith.muli %v214, %v160 : i64
          %v225 = arith.addi %v224, %v213 : i64
          %v226 = llvm.getelementptr %v79[%v225] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v223, %v226 : f32, !llvm.ptr
        }
        gpu.barrier
        %v227 = arith.subi %v131, %v2 : i64
        %v232 = arith.muli %v128, %v231 : i64
        %v236 = arith.muli %v54, %v235 : i64
        %v237 = arith.muli %v52, %v234 : i64
        %v238 = arith.addi %v236, %v237 : i64
        %v239 = arith.muli %v40, %v233 : i64
        %v240 = arith.addi %v238, %v239 : i64
        %v241 = arith.muli %v50, %v2 : i64
        %v242 = arith.addi %v240, %v241 : i64
        %v243 = arith.addi %v232, %v242 : i64
        %v244 = llvm.getelementptr %ckpt_C[%v243] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v245 = llvm.load %v244 : !llvm.ptr -> f32
        llvm.store %v245, %v20 : f32, !llvm.ptr
        %v250 = arith.muli %v128, %v249 : i64
        %v251 = arith.muli %v54, %v235 : i64
        %v252 = arith.muli %v52, %v234 : i64
        %v253 = arith.addi %v251, %v252 : i64
        %v254 = arith.constant 8 : i64
        %v255 = arith.addi %v254, %v40 : i64
        %v256 = arith.muli %v255, %v233 : i64
        %v257 = arith.addi %v253, %v256 : i64
        %v258 = arith.muli %v50, %v2 : i64
        %v259 = arith.addi %v257, %v258 : i64
        %v260 = arith.addi %v250, %v259 : i64
        %v261 = llvm.getelementptr %ckpt_C[%v260] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v262 = llvm.load %v261 : !llvm.ptr -> f32
        llvm.store %v262, %v21 : f32, !llvm.ptr
        %v266 = arith.muli %v128, %v265 : i64
        %v269 = arith.muli %v54, %v268 : i64
        %v270 = arith.muli %v52, %v267 : i64
        %v271 = arith.addi %v269, %v270 : i64
        %v272 = arith.muli %v40, %v2 : i64
        %v273 = arith.addi %v271, %v272 : i64
        %v274 = arith.addi %v266, %v273 : i64
        %v275 = llvm.getelementptr %ckpt_n[%v274] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v276 = llvm.load %v275 : !llvm.ptr -> f32
        llvm.store %v276, %v22 : f32, !llvm.ptr
        %v280 = arith.muli %v128, %v279 : i64
        %v281 = arith.muli %v54, %v268 : i64
        %v282 = arith.muli %v52, %v267 : i64
        %v283 = arith.addi %v281, %v282 : i64
        %v284 = arith.constant 8 : i64
        %v285 = arith.addi %v284, %v40 : i64
        %v286 = arith.muli %v285, %v2 : i64
        %v287 = arith.addi %v283, %v286 : i64
        %v288 = arith.addi %v280, %v287 : i64
        %v289 = llvm.getelementptr %ckpt_n[%v288] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v290 = llvm.load %v289 : !llvm.ptr -> f32
        llvm.store %v290, %v23 : f32, !llvm.ptr
        // the state entering each group of the stretch
        %v291 = arith.index_cast %v12 : i64 to index
        %v292 = arith.index_cast %v133 : i64 to index
        %v293 = arith.index_cast %v2 : i64 to index
        scf.for %v294 = %v291 to %v292 step %v293 {
          %v295 = arith.index_cast %v294 : index to i64
          scf.if %v44 {
            %v296 = llvm.load %v20 : !llvm.ptr -> f32
            %v297 = arith.muli %v295, %v5 : i64
            %v298 = arith.subi %v5, %v2 : i64
            %v299 = arith.minsi %v46, %v298 : i64
            %v300 = arith.addi %v297, %v299 : i64
            %v301 = arith.muli %v300, %v1 : i64
            %v302 = arith.addi %v301, %v12 : i64
            %v303 = arith.addi %v302, %v40 : i64
            %v304 = llvm.getelementptr %scratch_C[%v303] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v296, %v304 : f32, !llvm.ptr
            %v305 = llvm.load %v21 : !llvm.ptr -> f32
            %v306 = arith.muli %v295, %v5 : i64
            %v307 = arith.subi %v5, %v2 : i64
            %v308 = arith.minsi %v46, %v307 : i64
            %v309 = arith.addi %v306, %v308 : i64
            %v310 = arith.muli %v309, %v1 : i64
            %v311 = arith.addi %v310, %v39 : i64
            %v312 = arith.addi %v311, %v40 : i64
            %v313 = llvm.getelementptr %scratch_C[%v312] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v305, %v313 : f32, !llvm.ptr
            %v314 = llvm.load %v22 : !llvm.ptr -> f32
            %v315 = arith.muli %v295, %v5 : i64
            %v316 = arith.subi %v5, %v2 : i64
            %v317 = arith.minsi %v46, %v316 : i64
            %v318 = arith.addi %v315, %v317 : i64
            %v319 = arith.muli %v318, %v1 : i64
            %v320 = arith.addi %v319, %v12 : i64
            %v321 = arith.addi %v320, %v40 : i64
            %v322 = llvm.getelementptr %scratch_n[%v321] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v314, %v322 : f32, !llvm.ptr
            %v323 = llvm.load %v23 : !llvm.ptr -> f32
            %v324 = arith.muli %v295, %v5 : i64
            %v325 = arith.subi %v5, %v2 : i64
            %v326 = arith.minsi %v46, %v325 : i64
            %v327 = arith.addi %v324, %v326 : i64
            %v328 = arith.muli %v327, %v1 : i64
            %v329 = arith.addi %v328, %v39 : i64
            %v330 = arith.addi %v329, %v40 : i64
            %v331 = llvm.getelementptr %scratch_n[%v330] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v323, %v331 : f32, !llvm.ptr
          }
          %v332 = arith.muli %v295, %v99 : i64
          %v333 = arith.subi %v131, %v332 : i64
          %v334 = arith.trunci %v333 : i64 to i32
          %v335 = arith.index_cast %v12 : i64 to index
          %v336 = arith.index_cast %v99 : i64 to index
          %v337 = arith.index_cast %v2 : i64 to index
          scf.for %v338 = %v335 to %v336 step %v337 {
            %v339 = arith.index_cast %v338 : index to i64
            %v340 = arith.trunci %v339 : i64 to i32
            %v341 = arith.addi %v332, %v339 : i64
            %v342 = arith.cmpi slt, %v340, %v334 : i32
            scf.if %v342 {
              %v343 = arith.addi %v129, %v341 : i64
              %v344 = arith.muli %v12, %v160 : i64
              %v345 = arith.subi %v343, %v129 : i64
              %v346 = arith.addi %v344, %v345 : i64
              %v347 = llvm.getelementptr %v79[%v346] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v348 = llvm.load %v347 : !llvm.ptr -> f32
              %v349 = arith.negf %v348 : f32
              %v351 = arith.mulf %v349, %v350 fastmath<contract> : f32
              %v352 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v351) : (f32) -> f32
              %v353 = arith.addf %v81, %v352 fastmath<contract> : f32
              %v354 = arith.divf %v81, %v353 : f32
              %v355 = arith.muli %v12, %v160 : i64
              %v356 = arith.subi %v343, %v129 : i64
              %v357 = arith.addi %v355, %v356 : i64
              %v358 = llvm.getelementptr %v77[%v357] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v359 = llvm.load %v358 : !llvm.ptr -> f32
              %v360 = arith.mulf %v359, %v350 fastmath<contract> : f32
              %v361 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v360) : (f32) -> f32
              %v362 = arith.muli %v40, %v160 : i64
              %v363 = arith.subi %v343, %v129 : i64
              %v364 = arith.addi %v362, %v363 : i64
              %v365 = llvm.getelementptr %v75[%v364] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v366 = llvm.load %v365 : !llvm.ptr -> f32
              %v368 = llvm.call_intrinsic "llvm.sqrt.f32"(%v367) : (f32) -> f32
              %v369 = arith.divf %v366, %v368 : f32
              %v370 = arith.mulf %v361, %v369 fastmath<contract> : f32
              %v374 = arith.muli %v54, %v373 : i64
              %v375 = arith.muli %v343, %v372 : i64
              %v376 = arith.addi %v374, %v375 : i64
              %v377 = arith.muli %v52, %v371 : i64
              %v378 = arith.addi %v376, %v377 : i64
              %v379 = arith.muli %v50, %v2 : i64
              %v380 = arith.addi %v378, %v379 : i64
              %v381 = llvm.getelementptr %in_v[%v380] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v382 = llvm.load %v381 : !llvm.ptr -> f32
              %v383 = arith.mulf %v370, %v382 fastmath<contract> : f32
              %v384 = llvm.load %v20 : !llvm.ptr -> f32
              %v385 = arith.mulf %v354, %v384 fastmath<contract> : f32
              %v386 = arith.addf %v385, %v383 fastmath<contract> : f32
              llvm.store %v386, %v20 : f32, !llvm.ptr
              %v387 = arith.constant 8 : i64
              %v388 = arith.addi %v387, %v40 : i64
              %v389 = arith.muli %v388, %v160 : i64
              %v390 = arith.subi %v343, %v129 : i64
              %v391 = arith.addi %v389, %v390 : i64
              %v392 = llvm.getelementptr %v75[%v391] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v393 = llvm.load %v392 : !llvm.ptr -> f32
              %v394 = arith.divf %v393, %v368 : f32
              %v395 = arith.mulf %v361, %v394 fastmath<contract> : f32
              %v396 = arith.mulf %v395, %v382 fastmath<contract> : f32
              %v397 = llvm.load %v21 : !llvm.ptr -> f32
              %v398 = arith.mulf %v354, %v397 fastmath<contract> : f32
              %v399 = arith.addf %v398, %v396 fastmath<contract> : f32
              llvm.store %v399, %v21 : f32, !llvm.ptr
              %v400 = llvm.load %v22 : !llvm.ptr -> f32
              %v401 = arith.mulf %v354, %v400 fastmath<contract> : f32
              %v402 = arith.addf %v401, %v370 fastmath<contract> : f32
              llvm.store %v402, %v22 : f32, !llvm.ptr
              %v403 = llvm.load %v23 : !llvm.ptr -> f32
              %v404 = arith.mulf %v354, %v403 fastmath<contract> : f32
              %v405 = arith.addf %v404, %v395 fastmath<contract> : f32
              llvm.store %v405, %v23 : f32, !llvm.ptr
            }
          }
        }
        %v406 = arith.addi %v133, %v111 : i64
        %v407 = arith.divui %v406, %v39 : i64
        %v408 = arith.index_cast %v12 : i64 to index
        %v409 = arith.index_cast %v407 : i64 to index
        %v410 = arith.index_cast %v2 : i64 to index
        scf.for %v411 = %v408 to %v409 step %v410 {
          %v412 = arith.index_cast %v411 : index to i64
          %v413 = arith.muli %v412, %v39 : i64
          %v414 = arith.addi %v413, %v39 : i64
          %v415 = arith.index_cast %v413 : i64 to index
          %v416 = arith.index_cast %v414 : i64 to index
          %v417 = arith.index_cast %v2 : i64 to index
          scf.for %v418 = %v415 to %v416 step %v417 {
            %v419 = arith.index_cast %v418 : index to i64
            %v420 = arith.cmpi slt, %v419, %v133 : i64
            scf.if %v420 {
              %v421 = arith.subi %v133, %v2 : i64
              %v422 = arith.subi %v421, %v419 : i64
              %v423 = arith.muli %v422, %v99 : i64
              %v424 = arith.remui %v419, %v39 : i64
              %v425 = arith.muli %v424, %v99 : i64
              %v426 = arith.addi %v423, %v99 : i64
              %v427 = arith.cmpi sle, %v426, %v131 : i64
              scf.if %v427 {
                %v428 = arith.subi %v131, %v2 : i64
                %v429 = arith.muli %v422, %v5 : i64
                %v430 = arith.subi %v5, %v2 : i64
                %v431 = arith.minsi %v46, %v430 : i64
                %v432 = arith.addi %v429, %v431 : i64
                %v433 = arith.muli %v432, %v1 : i64
                %v434 = arith.addi %v433, %v12 : i64
                %v435 = arith.addi %v434, %v40 : i64
                %v436 = llvm.getelementptr %scratch_C[%v435] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v437 = llvm.load %v436 : !llvm.ptr -> f32
                %v438 = arith.muli %v422, %v5 : i64
                %v439 = arith.subi %v5, %v2 : i64
                %v440 = arith.minsi %v46, %v439 : i64
                %v441 = arith.addi %v438, %v440 : i64
                %v442 = arith.muli %v441, %v1 : i64
                %v443 = arith.addi %v442, %v39 : i64
                %v444 = arith.addi %v443, %v40 : i64
                %v445 = llvm.getelementptr %scratch_C[%v444] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v446 = llvm.load %v445 : !llvm.ptr -> f32
                %v447 = arith.muli %v422, %v5 : i64
                %v448 = arith.subi %v5, %v2 : i64
                %v449 = arith.minsi %v46, %v448 : i64
                %v450 = arith.addi %v447, %v449 : i64
                %v451 = arith.muli %v450, %v1 : i64
                %v452 = arith.addi %v451, %v12 : i64
                %v453 = arith.addi %v452, %v40 : i64
                %v454 = llvm.getelementptr %scratch_n[%v453] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v455 = llvm.load %v454 : !llvm.ptr -> f32
                %v456 = arith.muli %v422, %v5 : i64
                %v457 = arith.subi %v5, %v2 : i64
                %v458 = arith.minsi %v46, %v457 : i64
                %v459 = arith.addi %v456, %v458 : i64
                %v460 = arith.muli %v459, %v1 : i64
                %v461 = arith.addi %v460, %v39 : i64
                %v462 = arith.addi %v461, %v40 : i64
                %v463 = llvm.getelementptr %scratch_n[%v462] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v464 = llvm.load %v463 : !llvm.ptr -> f32
                // the group's states, recomputed into registers
                %v465 = arith.addi %v423, %v12 : i64
                %v466 = arith.minsi %v465, %v428 : i64
                %v467 = arith.addi %v129, %v466 : i64
                %v468 = arith.muli %v12, %v160 : i64
                %v469 = arith.subi %v467, %v129 : i64
                %v470 = arith.addi %v468, %v469 : i64
                %v471 = llvm.getelementptr %v79[%v470] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v472 = llvm.load %v471 : !llvm.ptr -> f32
                %v473 = arith.negf %v472 : f32
                %v474 = arith.mulf %v473, %v350 fastmath<contract> : f32
                %v475 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v474) : (f32) -> f32
                %v476 = arith.addf %v81, %v475 fastmath<contract> : f32
                %v477 = arith.divf %v81, %v476 : f32
                %v478 = arith.muli %v12, %v160 : i64
                %v479 = arith.subi %v467, %v129 : i64
                %v480 = arith.addi %v478, %v479 : i64
                %v481 = llvm.getelementptr %v77[%v480] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v482 = llvm.load %v481 : !llvm.ptr -> f32
                %v483 = arith.mulf %v482, %v350 fastmath<contract> : f32
                %v484 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v483) : (f32) -> f32
                %v485 = arith.muli %v40, %v160 : i64
                %v486 = arith.subi %v467, %v129 : i64
                %v487 = arith.addi %v485, %v486 : i64
                %v488 = llvm.getelementptr %v75[%v487] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v489 = llvm.load %v488 : !llvm.ptr -> f32
                %v491 = llvm.call_intrinsic "llvm.sqrt.f32"(%v490) : (f32) -> f32
                %v492 = arith.divf %v489, %v491 : f32
                %v493 = arith.mulf %v484, %v492 fastmath<contract> : f32
                %v494 = arith.muli %v54, %v373 : i64
                %v495 = arith.muli %v467, %v372 : i64
                %v496 = arith.addi %v494, %v495 : i64
                %v497 = arith.muli %v52, %v371 : i64
                %v498 = arith.addi %v496, %v497 : i64
                %v499 = arith.muli %v50, %v2 : i64
                %v500 = arith.addi %v498, %v499 : i64
                %v501 = llvm.getelementptr %in_v[%v500] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v502 = llvm.load %v501 : !llvm.ptr -> f32
                %v503 = arith.mulf %v493, %v502 fastmath<contract> : f32
                %v504 = arith.mulf %v477, %v437 fastmath<contract> : f32
                %v505 = arith.addf %v504, %v503 fastmath<contract> : f32
                %v506 = arith.constant 8 : i64
                %v507 = arith.addi %v506, %v40 : i64
                %v508 = arith.muli %v507, %v160 : i64
                %v509 = arith.subi %v467, %v129 : i64
                %v510 = arith.addi %v508, %v509 : i64
                %v511 = llvm.getelementptr %v75[%v510] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v512 = llvm.load %v511 : !llvm.ptr -> f32
                %v513 = arith.divf %v512, %v491 : f32
                %v514 = arith.mulf %v484, %v513 fastmath<contract> : f32
                %v515 = arith.mulf %v514, %v502 fastmath<contract> : f32
                %v516 = arith.mulf %v477, %v446 fastmath<contract> : f32
                %v517 = arith.addf %v516, %v515 fastmath<contract> : f32
                %v518 = arith.mulf %v477, %v455 fastmath<contract> : f32
                %v519 = arith.addf %v518, %v493 fastmath<contract> : f32
                %v520 = arith.mulf %v477, %v464 fastmath<contract> : f32
                %v521 = arith.addf %v520, %v514 fastmath<contract> : f32
                %v522 = arith.addi %v423, %v2 : i64
                %v523 = arith.minsi %v522, %v428 : i64
                %v524 = arith.addi %v129, %v523 : i64
                %v525 = arith.muli %v12, %v160 : i64
                %v526 = arith.subi %v524, %v129 : i64
                %v527 = arith.addi %v525, %v526 : i64
                %v528 = llvm.getelementptr %v79[%v527] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v529 = llvm.load %v528 : !llvm.ptr -> f32
                %v530 = arith.negf %v529 : f32
                %v531 = arith.mulf %v530, %v350 fastmath<contract> : f32
                %v532 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v531) : (f32) -> f32
                %v533 = arith.addf %v81, %v532 fastmath<contract> : f32
                %v534 = arith.divf %v81, %v533 : f32
                %v535 = arith.muli %v12, %v160 : i64
                %v536 = arith.subi %v524, %v129 : i64
                %v537 = arith.addi %v535, %v536 : i64
                %v538 = llvm.getelementptr %v77[%v537] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v539 = llvm.load %v538 : !llvm.ptr -> f32
                %v540 = arith.mulf %v539, %v350 fastmath<contract> : f32
                %v541 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v540) : (f32) -> f32
                %v542 = arith.muli %v40, %v160 : i64
                %v543 = arith.subi %v524, %v129 : i64
                %v544 = arith.addi %v542, %v543 : i64
                %v545 = llvm.getelementptr %v75[%v544] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v546 = llvm.load %v545 : !llvm.ptr -> f32
                %v548 = llvm.call_intrinsic "llvm.sqrt.f32"(%v547) : (f32) -> f32
                %v549 = arith.divf %v546, %v548 : f32
                %v550 = arith.mulf %v541, %v549 fastmath<contract> : f32
                %v551 = arith.muli %v54, %v373 : i64
                %v552 = arith.muli %v524, %v372 : i64
                %v553 = arith.addi %v551, %v552 : i64
                %v554 = arith.muli %v52, %v371 : i64
                %v555 = arith.addi %v553, %v554 : i64
                %v556 = arith.muli %v50, %v2 : i64
                %v557 = arith.addi %v555, %v556 : i64
                %v558 = llvm.getelementptr %in_v[%v557] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v559 = llvm.load %v558 : !llvm.ptr -> f32
                %v560 = arith.mulf %v550, %v559 fastmath<contract> : f32
                %v561 = arith.mulf %v534, %v505 fastmath<contract> : f32
                %v562 = arith.addf %v561, %v560 fastmath<contract> : f32
                %v563 = arith.constant 8 : i64
                %v564 = arith.addi %v563, %v40 : i64
                %v565 = arith.muli %v564, %v160 : i64
                %v566 = arith.subi %v524, %v129 : i64
                %v567 = arith.addi %v565, %v566 : i64
                %v568 = llvm.getelementptr %v75[%v567] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v569 = llvm.load %v568 : !llvm.ptr -> f32
                %v570 = arith.divf %v569, %v548 : f32
                %v571 = arith.mulf %v541, %v570 fastmath<contract> : f32
                %v572 = arith.mulf %v571, %v559 fastmath<contract> : f32
                %v573 = arith.mulf %v534, %v517 fastmath<contract> : f32
                %v574 = arith.addf %v573, %v572 fastmath<contract> : f32
                %v575 = arith.mulf %v534, %v519 fastmath<contract> : f32
                %v576 = arith.addf %v575, %v550 fastmath<contract> : f32
                %v577 = arith.mulf %v534, %v521 fastmath<contract> : f32
                %v578 = arith.addf %v577, %v571 fastmath<contract> : f32
                %v579 = arith.addi %v423, %v91 : i64
                %v580 = arith.minsi %v579, %v428 : i64
                %v581 = arith.addi %v129, %v580 : i64
                %v582 = arith.muli %v12, %v160 : i64
                %v583 = arith.subi %v581, %v129 : i64
                %v584 = arith.addi %v582, %v583 : i64
                %v585 = llvm.getelementptr %v79[%v584] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v586 = llvm.load %v585 : !llvm.ptr -> f32
                %v587 = arith.negf %v586 : f32
                %v588 = arith.mulf %v587, %v350 fastmath<contract> : f32
                %v589 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v588) : (f32) -> f32
                %v590 = arith.addf %v81, %v589 fastmath<contract> : f32
                %v591 = arith.divf %v81, %v590 : f32
                %v592 = arith.muli %v12, %v160 : i64
                %v593 = arith.subi %v581, %v129 : i64
                %v594 = arith.addi %v592, %v593 : i64
                %v595 = llvm.getelementptr %v77[%v594] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v596 = llvm.load %v595 : !llvm.ptr -> f32
                %v597 = arith.mulf %v596, %v350 fastmath<contract> : f32
                %v598 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v597) : (f32) -> f32
                %v599 = arith.muli %v40, %v160 : i64
                %v600 = arith.subi %v581, %v129 : i64
                %v601 = arith.addi %v599, %v600 : i64
                %v602 = llvm.getelementptr %v75[%v601] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v603 = llvm.load %v602 : !llvm.ptr -> f32
                %v605 = llvm.call_intrinsic "llvm.sqrt.f32"(%v604) : (f32) -> f32
                %v606 = arith.divf %v603, %v605 : f32
                %v607 = arith.mulf %v598, %v606 fastmath<contract> : f32
                %v608 = arith.muli %v54, %v373 : i64
                %v609 = arith.muli %v581, %v372 : i64
                %v610 = arith.addi %v608, %v609 : i64
                %v611 = arith.muli %v52, %v371 : i64
                %v612 = arith.addi %v610, %v611 : i64
                %v613 = arith.muli %v50, %v2 : i64
                %v614 = arith.addi %v612, %v613 : i64
                %v615 = llvm.getelementptr %in_v[%v614] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v616 = llvm.load %v615 : !llvm.ptr -> f32
                %v617 = arith.mulf %v607, %v616 fastmath<contract> : f32
                %v618 = arith.mulf %v591, %v562 fastmath<contract> : f32
                %v619 = arith.addf %v618, %v617 fastmath<contract> : f32
                %v620 = arith.constant 8 : i64
                %v621 = arith.addi %v620, %v40 : i64
                %v622 = arith.muli %v621, %v160 : i64
                %v623 = arith.subi %v581, %v129 : i64
                %v624 = arith.addi %v622, %v623 : i64
                %v625 = llvm.getelementptr %v75[%v624] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v626 = llvm.load %v625 : !llvm.ptr -> f32
                %v627 = arith.divf %v626, %v605 : f32
                %v628 = arith.mulf %v598, %v627 fastmath<contract> : f32
                %v629 = arith.mulf %v628, %v616 fastmath<contract> : f32
                %v630 = arith.mulf %v591, %v574 fastmath<contract> : f32
                %v631 = arith.addf %v630, %v629 fastmath<contract> : f32
                %v632 = arith.mulf %v591, %v576 fastmath<contract> : f32
                %v633 = arith.addf %v632, %v607 fastmath<contract> : f32
                %v634 = arith.mulf %v591, %v578 fastmath<contract> : f32
                %v635 = arith.addf %v634, %v628 fastmath<contract> : f32
                %v636 = arith.addi %v423, %v95 : i64
                %v637 = arith.minsi %v636, %v428 : i64
                %v638 = arith.addi %v129, %v637 : i64
                %v639 = arith.muli %v12, %v160 : i64
                %v640 = arith.subi %v638, %v129 : i64
                %v641 = arith.addi %v639, %v640 : i64
                %v642 = llvm.getelementptr %v79[%v641] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v643 = llvm.load %v642 : !llvm.ptr -> f32
                %v644 = arith.negf %v643 : f32
                %v645 = arith.mulf %v644, %v350 fastmath<contract> : f32
                %v646 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v645) : (f32) -> f32
                %v647 = arith.addf %v81, %v646 fastmath<contract> : f32
                %v648 = arith.divf %v81, %v647 : f32
                %v649 = arith.muli %v12, %v160 : i64
                %v650 = arith.subi %v638, %v129 : i64
                %v651 = arith.addi %v649, %v650 : i64
                %v652 = llvm.getelementptr %v77[%v651] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v653 = llvm.load %v652 : !llvm.ptr -> f32
                %v654 = arith.mulf %v653, %v350 fastmath<contract> : f32
                %v655 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v654) : (f32) -> f32
                %v656 = arith.muli %v40, %v160 : i64
                %v657 = arith.subi %v638, %v129 : i64
                %v658 = arith.addi %v656, %v657 : i64
                %v659 = llvm.getelementptr %v75[%v658] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v660 = llvm.load %v659 : !llvm.ptr -> f32
                %v662 = llvm.call_intrinsic "llvm.sqrt.f32"(%v661) : (f32) -> f32
                %v663 = arith.divf %v660, %v662 : f32
                %v664 = arith.mulf %v655, %v663 fastmath<contract> : f32
                %v665 = arith.muli %v54, %v373 : i64
                %v666 = arith.muli %v638, %v372 : i64
                %v667 = arith.addi %v665, %v666 : i64
                %v668 = arith.muli %v52, %v371 : i64
                %v669 = arith.addi %v667, %v668 : i64
                %v670 = arith.muli %v50, %v2 : i64
                %v671 = arith.addi %v669, %v670 : i64
                %v672 = llvm.getelementptr %in_v[%v671] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v673 = llvm.load %v672 : !llvm.ptr -> f32
                %v674 = arith.mulf %v664, %v673 fastmath<contract> : f32
                %v675 = arith.mulf %v648, %v619 fastmath<contract> : f32
                %v676 = arith.addf %v675, %v674 fastmath<contract> : f32
                %v677 = arith.constant 8 : i64
                %v678 = arith.addi %v677, %v40 : i64
                %v679 = arith.muli %v678, %v160 : i64
                %v680 = arith.subi %v638, %v129 : i64
                %v681 = arith.addi %v679, %v680 : i64
                %v682 = llvm.getelementptr %v75[%v681] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v683 = llvm.load %v682 : !llvm.ptr -> f32
                %v684 = arith.divf %v683, %v662 : f32
                %v685 = arith.mulf %v655, %v684 fastmath<contract> : f32
                %v686 = arith.mulf %v685, %v673 fastmath<contract> : f32
                %v687 = arith.mulf %v648, %v631 fastmath<contract> : f32
                %v688 = arith.addf %v687, %v686 fastmath<contract> : f32
                %v689 = arith.mulf %v648, %v633 fastmath<contract> : f32
                %v690 = arith.addf %v689, %v664 fastmath<contract> : f32
                %v691 = arith.mulf %v648, %v635 fastmath<contract> : f32
                %v692 = arith.addf %v691, %v685 fastmath<contract> : f32
                %v693 = arith.subi %v131, %v423 : i64
                %v694 = arith.trunci %v693 : i64 to i32
                %v695 = arith.subi %size_L, %v2 : i64
                %v696 = arith.addi %v129, %v423 : i64
                %v697 = arith.subi %v695, %v696 : i64
                %v699 = arith.minsi %v697, %v698 : i64
                %v700 = arith.trunci %v699 : i64 to i32
                %v701 = arith.addi %v423, %v95 : i64
                %v703 = arith.cmpi slt, %v702, %v694 : i32
                %v704 = arith.cmpi eq, %v702, %v700 : i32
                %v705 = arith.addi %v425, %v12 : i64
                %v706 = arith.addi %v129, %v701 : i64
                %v707 = arith.muli %v40, %v160 : i64
                %v708 = arith.subi %v706, %v129 : i64
                %v709 = arith.addi %v707, %v708 : i64
                %v710 = llvm.getelementptr %v73[%v709] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v711 = llvm.load %v710 : !llvm.ptr -> f32
                %v712 = arith.muli %v54, %v373 : i64
                %v713 = arith.muli %v706, %v372 : i64
                %v714 = arith.addi %v712, %v713 : i64
                %v715 = arith.muli %v52, %v371 : i64
                %v716 = arith.addi %v714, %v715 : i64
                %v717 = arith.muli %v50, %v2 : i64
                %v718 = arith.addi %v716, %v717 : i64
                %v719 = llvm.getelementptr %dy_o[%v718] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v720 = llvm.load %v719 : !llvm.ptr -> f32
                %v721 = arith.mulf %v711, %v690 fastmath<contract> : f32
                %v722 = arith.constant 8 : i64
                %v723 = arith.addi %v722, %v40 : i64
                %v724 = arith.muli %v723, %v160 : i64
                %v725 = arith.subi %v706, %v129 : i64
                %v726 = arith.addi %v724, %v725 : i64
                %v727 = llvm.getelementptr %v73[%v726] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v728 = llvm.load %v727 : !llvm.ptr -> f32
                %v729 = arith.mulf %v728, %v692 fastmath<contract> : f32
                %v730 = arith.addf %v721, %v729 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v733, %v734 = gpu.shuffle xor %v730, %v731, %v732 : f32
                %v735 = arith.addf %v730, %v733 fastmath<contract> : f32
                %v737, %v738 = gpu.shuffle xor %v735, %v736, %v732 : f32
                %v739 = arith.addf %v735, %v737 fastmath<contract> : f32
                %v741, %v742 = gpu.shuffle xor %v739, %v740, %v732 : f32
                %v743 = arith.addf %v739, %v741 fastmath<contract> : f32
                // end sum over the lanes
                %v744 = llvm.call_intrinsic "llvm.fabs.f32"(%v743) : (f32) -> f32
                %v745 = arith.maximumf %v81, %v744 : f32
                %v746 = arith.divf %v720, %v745 : f32
                %v747 = arith.mulf %v711, %v746 fastmath<contract> : f32
                %v748 = llvm.load %v56 : !llvm.ptr -> f32
                %v749 = llvm.load %v60 : !llvm.ptr -> f32
                %v750 = arith.mulf %v749, %v748 fastmath<contract> : f32
                %v751 = arith.addf %v747, %v750 fastmath<contract> : f32
                llvm.store %v751, %v56 : f32, !llvm.ptr
                %v752 = arith.mulf %v728, %v746 fastmath<contract> : f32
                %v753 = llvm.load %v57 : !llvm.ptr -> f32
                %v754 = llvm.load %v61 : !llvm.ptr -> f32
                %v755 = arith.mulf %v754, %v753 fastmath<contract> : f32
                %v756 = arith.addf %v752, %v755 fastmath<contract> : f32
                llvm.store %v756, %v57 : f32, !llvm.ptr
                %v757 = arith.mulf %v711, %v676 fastmath<contract> : f32
                %v758 = arith.mulf %v728, %v688 fastmath<contract> : f32
                %v759 = arith.addf %v757, %v758 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v760, %v761 = gpu.shuffle xor %v759, %v731, %v732 : f32
                %v762 = arith.addf %v759, %v760 fastmath<contract> : f32
                %v763, %v764 = gpu.shuffle xor %v762, %v736, %v732 : f32
                %v765 = arith.addf %v762, %v763 fastmath<contract> : f32
                %v766, %v767 = gpu.shuffle xor %v765, %v740, %v732 : f32
                %v768 = arith.addf %v765, %v766 fastmath<contract> : f32
                // end sum over the lanes
                %v769 = arith.divf %v768, %v745 : f32
                %v770 = arith.divf %v769, %v745 : f32
                %v771 = arith.mulf %v720, %v770 fastmath<contract> : f32
                %v772 = arith.negf %v771 : f32
                %v773 = arith.cmpf oge, %v81, %v744 : f32
                %v774 = arith.select %v773, %v81, %v80 : f32
                %v775 = arith.subf %v81, %v774 fastmath<contract> : f32
                %v776 = arith.mulf %v772, %v775 fastmath<contract> : f32
                %v778 = arith.cmpf olt, %v743, %v80 : f32
                %v779 = arith.select %v778, %v777, %v80 : f32
                %v780 = arith.cmpf ogt, %v743, %v80 : f32
                %v781 = arith.select %v780, %v81, %v779 : f32
                %v782 = arith.mulf %v776, %v781 fastmath<contract> : f32
                %v783 = arith.mulf %v711, %v782 fastmath<contract> : f32
                %v784 = llvm.load %v58 : !llvm.ptr -> f32
                %v785 = llvm.load %v62 : !llvm.ptr -> f32
                %v786 = arith.mulf %v785, %v784 fastmath<contract> : f32
                %v787 = arith.addf %v783, %v786 fastmath<contract> : f32
                llvm.store %v787, %v58 : f32, !llvm.ptr
                %v788 = arith.mulf %v728, %v782 fastmath<contract> : f32
                %v789 = llvm.load %v59 : !llvm.ptr -> f32
                %v790 = llvm.load %v63 : !llvm.ptr -> f32
                %v791 = arith.mulf %v790, %v789 fastmath<contract> : f32
                %v792 = arith.addf %v788, %v791 fastmath<contract> : f32
                llvm.store %v792, %v59 : f32, !llvm.ptr
                %v793 = arith.mulf %v690, %v782 fastmath<contract> : f32
                %v794 = arith.mulf %v676, %v746 fastmath<contract> : f32
                %v795 = arith.addf %v793, %v794 fastmath<contract> : f32
                %v796 = arith.mulf %v692, %v782 fastmath<contract> : f32
                %v797 = arith.mulf %v688, %v746 fastmath<contract> : f32
                %v798 = arith.addf %v796, %v797 fastmath<contract> : f32
                %v799 = arith.muli %v12, %v160 : i64
                %v800 = arith.subi %v706, %v129 : i64
                %v801 = arith.addi %v799, %v800 : i64
                %v802 = llvm.getelementptr %v77[%v801] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v803 = llvm.load %v802 : !llvm.ptr -> f32
                %v804 = arith.mulf %v803, %v350 fastmath<contract> : f32
                %v805 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v804) : (f32) -> f32
                %v806 = llvm.load %v58 : !llvm.ptr -> f32
                %v807 = arith.muli %v54, %v373 : i64
                %v808 = arith.muli %v706, %v372 : i64
                %v809 = arith.addi %v807, %v808 : i64
                %v810 = arith.muli %v52, %v371 : i64
                %v811 = arith.addi %v809, %v810 : i64
                %v812 = arith.muli %v50, %v2 : i64
                %v813 = arith.addi %v811, %v812 : i64
                %v814 = llvm.getelementptr %in_v[%v813] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v815 = llvm.load %v814 : !llvm.ptr -> f32
                %v816 = llvm.load %v56 : !llvm.ptr -> f32
                %v817 = arith.mulf %v815, %v816 fastmath<contract> : f32
                %v818 = arith.addf %v806, %v817 fastmath<contract> : f32
                %v819 = arith.mulf %v805, %v818 fastmath<contract> : f32
                %v821 = llvm.call_intrinsic "llvm.sqrt.f32"(%v820) : (f32) -> f32
                %v822 = arith.divf %v819, %v821 : f32
                %v823 = llvm.load %v59 : !llvm.ptr -> f32
                %v824 = llvm.load %v57 : !llvm.ptr -> f32
                %v825 = arith.mulf %v815, %v824 fastmath<contract> : f32
                %v826 = arith.addf %v823, %v825 fastmath<contract> : f32
                %v827 = arith.mulf %v805, %v826 fastmath<contract> : f32
                %v828 = arith.divf %v827, %v821 : f32
                %v829 = arith.muli %v40, %v160 : i64
                %v830 = arith.subi %v706, %v129 : i64
                %v831 = arith.addi %v829, %v830 : i64
                %v832 = llvm.getelementptr %v75[%v831] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v833 = llvm.load %v832 : !llvm.ptr -> f32
                %v834 = arith.divf %v833, %v821 : f32
                %v835 = arith.mulf %v805, %v834 fastmath<contract> : f32
                %v836 = arith.mulf %v835, %v816 fastmath<contract> : f32
                %v837 = arith.constant 8 : i64
                %v838 = arith.addi %v837, %v40 : i64
                %v839 = arith.muli %v838, %v160 : i64
                %v840 = arith.subi %v706, %v129 : i64
                %v841 = arith.addi %v839, %v840 : i64
                %v842 = llvm.getelementptr %v75[%v841] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v843 = llvm.load %v842 : !llvm.ptr -> f32
                %v844 = arith.divf %v843, %v821 : f32
                %v845 = arith.mulf %v805, %v844 fastmath<contract> : f32
                %v846 = arith.mulf %v845, %v824 fastmath<contract> : f32
                %v847 = arith.addf %v836, %v846 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v848, %v849 = gpu.shuffle xor %v847, %v731, %v732 : f32
                %v850 = arith.addf %v847, %v848 fastmath<contract> : f32
                %v851, %v852 = gpu.shuffle xor %v850, %v736, %v732 : f32
                %v853 = arith.addf %v850, %v851 fastmath<contract> : f32
                %v854, %v855 = gpu.shuffle xor %v853, %v740, %v732 : f32
                %v856 = arith.addf %v853, %v854 fastmath<contract> : f32
                // end sum over the lanes
                %v857 = arith.cmpi eq, %v40, %v12 : i64
                %v858 = arith.andi %v44, %v857 : i1
                scf.if %v858 {
                  %v859 = arith.muli %v54, %v373 : i64
                  %v860 = arith.muli %v706, %v372 : i64
                  %v861 = arith.addi %v859, %v860 : i64
                  %v862 = arith.muli %v52, %v371 : i64
                  %v863 = arith.addi %v861, %v862 : i64
                  %v864 = arith.muli %v50, %v2 : i64
                  %v865 = arith.addi %v863, %v864 : i64
                  %v866 = llvm.getelementptr %dx_v[%v865] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v856, %v866 : f32, !llvm.ptr
                }
                %v867 = arith.mulf %v834, %v818 fastmath<contract> : f32
                %v868 = arith.mulf %v844, %v826 fastmath<contract> : f32
                %v869 = arith.addf %v867, %v868 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v870, %v871 = gpu.shuffle xor %v869, %v731, %v732 : f32
                %v872 = arith.addf %v869, %v870 fastmath<contract> : f32
                %v873, %v874 = gpu.shuffle xor %v872, %v736, %v732 : f32
                %v875 = arith.addf %v872, %v873 fastmath<contract> : f32
                %v876, %v877 = gpu.shuffle xor %v875, %v740, %v732 : f32
                %v878 = arith.addf %v875, %v876 fastmath<contract> : f32
                // end sum over the lanes
                %v879 = arith.mulf %v805, %v878 fastmath<contract> : f32
                %v880 = arith.mulf %v619, %v816 fastmath<contract> : f32
                %v881 = arith.mulf %v631, %v824 fastmath<contract> : f32
                %v882 = arith.addf %v880, %v881 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v883, %v884 = gpu.shuffle xor %v882, %v731, %v732 : f32
                %v885 = arith.addf %v882, %v883 fastmath<contract> : f32
                %v886, %v887 = gpu.shuffle xor %v885, %v736, %v732 : f32
                %v888 = arith.addf %v885, %v886 fastmath<contract> : f32
                %v889, %v890 = gpu.shuffle xor %v888, %v740, %v732 : f32
                %v891 = arith.addf %v888, %v889 fastmath<contract> : f32
                // end sum over the lanes
                %v892 = arith.mulf %v633, %v806 fastmath<contract> : f32
                %v893 = arith.mulf %v635, %v823 fastmath<contract> : f32
                %v894 = arith.addf %v892, %v893 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v895, %v896 = gpu.shuffle xor %v894, %v731, %v732 : f32
                %v897 = arith.addf %v894, %v895 fastmath<contract> : f32
                %v898, %v899 = gpu.shuffle xor %v897, %v736, %v732 : f32
                %v900 = arith.addf %v897, %v898 fastmath<contract> : f32
                %v901, %v902 = gpu.shuffle xor %v900, %v740, %v732 : f32
                %v903 = arith.addf %v900, %v901 fastmath<contract> : f32
                // end sum over the lanes
                %v904 = arith.addf %v891, %v903 fastmath<contract> : f32
                %v905 = arith.muli %v12, %v160 : i64
                %v906 = arith.subi %v706, %v129 : i64
                %v907 = arith.addi %v905, %v906 : i64
                %v908 = llvm.getelementptr %v79[%v907] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v909 = llvm.load %v908 : !llvm.ptr -> f32
                %v910 = arith.negf %v909 : f32
                %v911 = arith.mulf %v910, %v350 fastmath<contract> : f32
                %v912 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v911) : (f32) -> f32
                %v913 = arith.addf %v81, %v912 fastmath<contract> : f32
                %v914 = arith.divf %v81, %v913 : f32
                %v915 = arith.subf %v81, %v914 fastmath<contract> : f32
                %v916 = arith.mulf %v914, %v915 fastmath<contract> : f32
                %v917 = arith.mulf %v904, %v916 fastmath<contract> : f32
                %v918 = arith.select %v44, %v795, %v80 : f32
                // sum over the warp's outer points: shuffles
                %v920, %v921 = gpu.shuffle xor %v918, %v919, %v732 : f32
                %v922 = arith.addf %v918, %v920 fastmath<contract> : f32
                %v924, %v925 = gpu.shuffle xor %v922, %v923, %v732 : f32
                %v926 = arith.addf %v922, %v924 fastmath<contract> : f32
                %v927 = arith.divui %v30, %v32 : i64
                %v928 = arith.remui %v30, %v32 : i64
                %v929 = arith.cmpi ult, %v928, %v39 : i64
                %v930 = arith.addi %v12, %v40 : i64
                %v931 = arith.muli %v927, %v1 : i64
                %v932 = arith.addi %v931, %v930 : i64
                %v934 = arith.muli %v932, %v933 : i64
                %v935 = arith.addi %v934, %v705 : i64
                scf.if %v929 {
                  %v936 = llvm.getelementptr %v65[%v935] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v926, %v936 : f32, !llvm.ptr
                }
                %v937 = arith.select %v44, %v798, %v80 : f32
                // sum over the warp's outer points: shuffles
                %v938, %v939 = gpu.shuffle xor %v937, %v919, %v732 : f32
                %v940 = arith.addf %v937, %v938 fastmath<contract> : f32
                %v941, %v942 = gpu.shuffle xor %v940, %v923, %v732 : f32
                %v943 = arith.addf %v940, %v941 fastmath<contract> : f32
                %v944 = arith.divui %v30, %v32 : i64
                %v945 = arith.remui %v30, %v32 : i64
                %v946 = arith.cmpi ult, %v945, %v39 : i64
                %v947 = arith.addi %v39, %v40 : i64
                %v948 = arith.muli %v944, %v1 : i64
                %v949 = arith.addi %v948, %v947 : i64
                %v950 = arith.muli %v949, %v933 : i64
                %v951 = arith.addi %v950, %v705 : i64
                scf.if %v946 {
                  %v952 = llvm.getelementptr %v65[%v951] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v943, %v952 : f32, !llvm.ptr
                }
                %v953 = arith.select %v44, %v822, %v80 : f32
                // sum over the warp's outer points: shuffles
                %v954, %v955 = gpu.shuffle xor %v953, %v919, %v732 : f32
                %v956 = arith.addf %v953, %v954 fastmath<contract> : f32
                %v957, %v958 = gpu.shuffle xor %v956, %v923, %v732 : f32
                %v959 = arith.addf %v956, %v957 fastmath<contract> : f32
                %v960 = arith.divui %v30, %v32 : i64
                %v961 = arith.remui %v30, %v32 : i64
                %v962 = arith.cmpi ult, %v961, %v39 : i64
                %v963 = arith.addi %v12, %v40 : i64
                %v964 = arith.muli %v960, %v1 : i64
                %v965 = arith.addi %v964, %v963 : i64
                %v966 = arith.muli %v965, %v933 : i64
                %v967 = arith.addi %v966, %v705 : i64
                scf.if %v962 {
                  %v968 = llvm.getelementptr %v67[%v967] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v959, %v968 : f32, !llvm.ptr
                }
                %v969 = arith.select %v44, %v828, %v80 : f32
                // sum over the warp's outer points: shuffles
                %v970, %v971 = gpu.shuffle xor %v969, %v919, %v732 : f32
                %v972 = arith.addf %v969, %v970 fastmath<contract> : f32
                %v973, %v974 = gpu.shuffle xor %v972, %v923, %v732 : f32
                %v975 = arith.addf %v972, %v973 fastmath<contract> : f32
                %v976 = arith.divui %v30, %v32 : i64
                %v977 = arith.remui %v30, %v32 : i64
                %v978 = arith.cmpi ult, %v977, %v39 : i64
                %v979 = arith.addi %v39, %v40 : i64
                %v980 = arith.muli %v976, %v1 : i64
                %v981 = arith.addi %v980, %v979 : i64
                %v982 = arith.muli %v981, %v933 : i64
                %v983 = arith.addi %v982, %v705 : i64
                scf.if %v978 {
                  %v984 = llvm.getelementptr %v67[%v983] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v975, %v984 : f32, !llvm.ptr
                }
                %v985 = arith.select %v44, %v879, %v80 : f32
                // sum over the warp's outer points: shuffles
                %v986, %v987 = gpu.shuffle xor %v985, %v919, %v732 : f32
                %v988 = arith.addf %v985, %v986 fastmath<contract> : f32
                %v989, %v990 = gpu.shuffle xor %v988, %v923, %v732 : f32
                %v991 = arith.addf %v988, %v989 fastmath<contract> : f32
                %v992 = arith.divui %v30, %v32 : i64
                %v993 = arith.remui %v30, %v32 : i64
                %v994 = arith.cmpi ult, %v993, %v2 : i64
                %v995 = arith.muli %v992, %v2 : i64
                %v996 = arith.addi %v995, %v12 : i64
                %v997 = arith.muli %v996, %v933 : i64
                %v998 = arith.addi %v997, %v705 : i64
                scf.if %v994 {
                  %v999 = llvm.getelementptr %v69[%v998] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v991, %v999 : f32, !llvm.ptr
                }
                %v1000 = arith.select %v44, %v917, %v80 : f32
                // sum over the warp's outer points: shuffles
                %v1001, %v1002 = gpu.shuffle xor %v1000, %v919, %v732 : f32
                %v1003 = arith.addf %v1000, %v1001 fastmath<contract> : f32
                %v1004, %v1005 = gpu.shuffle xor %v1003, %v923, %v732 : f32
                %v1006 = arith.addf %v1003, %v1004 fastmath<contract> : f32
                %v1007 = arith.divui %v30, %v32 : i64
                %v1008 = arith.remui %v30, %v32 : i64
                %v1009 = arith.cmpi ult, %v1008, %v2 : i64
                %v1010 = arith.muli %v1007, %v2 : i64
                %v1011 = arith.addi %v1010, %v12 : i64
                %v1012 = arith.muli %v1011, %v933 : i64
                %v1013 = arith.addi %v1012, %v705 : i64
                scf.if %v1009 {
                  %v1014 = llvm.getelementptr %v71[%v1013] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1006, %v1014 : f32, !llvm.ptr
                }
                llvm.store %v914, %v60 : f32, !llvm.ptr
                llvm.store %v914, %v61 : f32, !llvm.ptr
                llvm.store %v914, %v62 : f32, !llvm.ptr
                llvm.store %v914, %v63 : f32, !llvm.ptr
                %v1015 = arith.addi %v423, %v91 : i64
                %v1016 = arith.cmpi slt, %v736, %v694 : i32
                %v1017 = arith.cmpi eq, %v736, %v700 : i32
                %v1018 = arith.addi %v425, %v2 : i64
                %v1019 = arith.addi %v129, %v1015 : i64
                %v1020 = arith.muli %v40, %v160 : i64
                %v1021 = arith.subi %v1019, %v129 : i64
                %v1022 = arith.addi %v1020, %v1021 : i64
                %v1023 = llvm.getelementptr %v73[%v1022] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1024 = llvm.load %v1023 : !llvm.ptr -> f32
                %v1025 = arith.muli %v54, %v373 : i64
                %v1026 = arith.muli %v1019, %v372 : i64
                %v1027 = arith.addi %v1025, %v1026 : i64
                %v1028 = arith.muli %v52, %v371 : i64
                %v1029 = arith.addi %v1027, %v1028 : i64
                %v1030 = arith.muli %v50, %v2 : i64
                %v1031 = arith.addi %v1029, %v1030 : i64
                %v1032 = llvm.getelementptr %dy_o[%v1031] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1033 = llvm.load %v1032 : !llvm.ptr -> f32
                %v1034 = arith.mulf %v1024, %v633 fastmath<contract> : f32
                %v1035 = arith.constant 8 : i64
                %v1036 = arith.addi %v1035, %v40 : i64
                %v1037 = arith.muli %v1036, %v160 : i64
                %v1038 = arith.subi %v1019, %v129 : i64
                %v1039 = arith.addi %v1037, %v1038 : i64
                %v1040 = llvm.getelementptr %v73[%v1039] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1041 = llvm.load %v1040 : !llvm.ptr -> f32
                %v1042 = arith.mulf %v1041, %v635 fastmath<contract> : f32
                %v1043 = arith.addf %v1034, %v1042 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1044, %v1045 = gpu.shuffle xor %v1043, %v731, %v732 : f32
                %v1046 = arith.addf %v1043, %v1044 fastmath<contract> : f32
                %v1047, %v1048 = gpu.shuffle xor %v1046, %v736, %v732 : f32
                %v1049 = arith.addf %v1046, %v1047 fastmath<contract> : f32
                %v1050, %v1051 = gpu.shuffle xor %v1049, %v740, %v732 : f32
                %v1052 = arith.addf %v1049, %v1050 fastmath<contract> : f32
                // end sum over the lanes
                %v1053 = llvm.call_intrinsic "llvm.fabs.f32"(%v1052) : (f32) -> f32
                %v1054 = arith.maximumf %v81, %v1053 : f32
                %v1055 = arith.divf %v1033, %v1054 : f32
                %v1056 = arith.mulf %v1024, %v1055 fastmath<contract> : f32
                %v1057 = llvm.load %v56 : !llvm.ptr -> f32
                %v1058 = llvm.load %v60 : !llvm.ptr -> f32
                %v1059 = arith.mulf %v1058, %v1057 fastmath<contract> : f32
                %v1060 = arith.addf %v1056, %v1059 fastmath<contract> : f32
                llvm.store %v1060, %v56 : f32, !llvm.ptr
                %v1061 = arith.mulf %v1041, %v1055 fastmath<contract> : f32
                %v1062 = llvm.load %v57 : !llvm.ptr -> f32
                %v1063 = llvm.load %v61 : !llvm.ptr -> f32
                %v1064 = arith.mulf %v1063, %v1062 fastmath<contract> : f32
                %v1065 = arith.addf %v1061, %v1064 fastmath<contract> : f32
                llvm.store %v1065, %v57 : f32, !llvm.ptr
                %v1066 = arith.mulf %v1024, %v619 fastmath<contract> : f32
                %v1067 = arith.mulf %v1041, %v631 fastmath<contract> : f32
                %v1068 = arith.addf %v1066, %v1067 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1069, %v1070 = gpu.shuffle xor %v1068, %v731, %v732 : f32
                %v1071 = arith.addf %v1068, %v1069 fastmath<contract> : f32
                %v1072, %v1073 = gpu.shuffle xor %v1071, %v736, %v732 : f32
                %v1074 = arith.addf %v1071, %v1072 fastmath<contract> : f32
                %v1075, %v1076 = gpu.shuffle xor %v1074, %v740, %v732 : f32
                %v1077 = arith.addf %v1074, %v1075 fastmath<contract> : f32
                // end sum over the lanes
                %v1078 = arith.divf %v1077, %v1054 : f32
                %v1079 = arith.divf %v1078, %v1054 : f32
                %v1080 = arith.mulf %v1033, %v1079 fastmath<contract> : f32
                %v1081 = arith.negf %v1080 : f32
                %v1082 = arith.cmpf oge, %v81, %v1053 : f32
                %v1083 = arith.select %v1082, %v81, %v80 : f32
                %v1084 = arith.subf %v81, %v1083 fastmath<contract> : f32
                %v1085 = arith.mulf %v1081, %v1084 fastmath<contract> : f32
                %v1086 = arith.cmpf olt, %v1052, %v80 : f32
                %v1087 = arith.select %v1086, %v777, %v80 : f32
                %v1088 = arith.cmpf ogt, %v1052, %v80 : f32
                %v1089 = arith.select %v1088, %v81, %v1087 : f32
                %v1090 = arith.mulf %v1085, %v1089 fastmath<contract> : f32
                %v1091 = arith.mulf %v1024, %v1090 fastmath<contract> : f32
                %v1092 = llvm.load %v58 : !llvm.ptr -> f32
                %v1093 = llvm.load %v62 : !llvm.ptr -> f32
                %v1094 = arith.mulf %v1093, %v1092 fastmath<contract> : f32
                %v1095 = arith.addf %v1091, %v1094 fastmath<contract> : f32
                llvm.store %v1095, %v58 : f32, !llvm.ptr
                %v1096 = arith.mulf %v1041, %v1090 fastmath<contract> : f32
                %v1097 = llvm.load %v59 : !llvm.ptr -> f32
                %v1098 = llvm.load %v63 : !llvm.ptr -> f32
                %v1099 = arith.mulf %v1098, %v1097 fastmath<contract> : f32
                %v1100 = arith.addf %v1096, %v1099 fastmath<contract> : f32
                llvm.store %v1100, %v59 : f32, !llvm.ptr
                %v1101 = arith.mulf %v633, %v1090 fastmath<contract> : f32
                %v1102 = arith.mulf %v619, %v1055 fastmath<contract> : f32
                %v1103 = arith.addf %v1101, %v1102 fastmath<contract> : f32
                %v1104 = arith.mulf %v635, %v1090 fastmath<contract> : f32
                %v1105 = arith.mulf %v631, %v1055 fastmath<contract> : f32
                %v1106 = arith.addf %v1104, %v1105 fastmath<contract> : f32
                %v1107 = arith.muli %v12, %v160 : i64
                %v1108 = arith.subi %v1019, %v129 : i64
                %v1109 = arith.addi %v1107, %v1108 : i64
                %v1110 = llvm.getelementptr %v77[%v1109] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1111 = llvm.load %v1110 : !llvm.ptr -> f32
                %v1112 = arith.mulf %v1111, %v350 fastmath<contract> : f32
                %v1113 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1112) : (f32) -> f32
                %v1114 = llvm.load %v58 : !llvm.ptr -> f32
                %v1115 = arith.muli %v54, %v373 : i64
                %v1116 = arith.muli %v1019, %v372 : i64
                %v1117 = arith.addi %v1115, %v1116 : i64
                %v1118 = arith.muli %v52, %v371 : i64
                %v1119 = arith.addi %v1117, %v1118 : i64
                %v1120 = arith.muli %v50, %v2 : i64
                %v1121 = arith.addi %v1119, %v1120 : i64
                %v1122 = llvm.getelementptr %in_v[%v1121] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1123 = llvm.load %v1122 : !llvm.ptr -> f32
                %v1124 = llvm.load %v56 : !llvm.ptr -> f32
                %v1125 = arith.mulf %v1123, %v1124 fastmath<contract> : f32
                %v1126 = arith.addf %v1114, %v1125 fastmath<contract> : f32
                %v1127 = arith.mulf %v1113, %v1126 fastmath<contract> : f32
                %v1129 = llvm.call_intrinsic "llvm.sqrt.f32"(%v1128) : (f32) -> f32
                %v1130 = arith.divf %v1127, %v1129 : f32
                %v1131 = llvm.load %v59 : !llvm.ptr -> f32
                %v1132 = llvm.load %v57 : !llvm.ptr -> f32
                %v1133 = arith.mulf %v1123, %v1132 fastmath<contract> : f32
                %v1134 = arith.addf %v1131, %v1133 fastmath<contract> : f32
                %v1135 = arith.mulf %v1113, %v1134 fastmath<contract> : f32
                %v1136 = arith.divf %v1135, %v1129 : f32
                %v1137 = arith.muli %v40, %v160 : i64
                %v1138 = arith.subi %v1019, %v129 : i64
                %v1139 = arith.addi %v1137, %v1138 : i64
                %v1140 = llvm.getelementptr %v75[%v1139] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1141 = llvm.load %v1140 : !llvm.ptr -> f32
                %v1142 = arith.divf %v1141, %v1129 : f32
                %v1143 = arith.mulf %v1113, %v1142 fastmath<contract> : f32
                %v1144 = arith.mulf %v1143, %v1124 fastmath<contract> : f32
                %v1145 = arith.constant 8 : i64
                %v1146 = arith.addi %v1145, %v40 : i64
                %v1147 = arith.muli %v1146, %v160 : i64
                %v1148 = arith.subi %v1019, %v129 : i64
                %v1149 = arith.addi %v1147, %v1148 : i64
                %v1150 = llvm.getelementptr %v75[%v1149] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1151 = llvm.load %v1150 : !llvm.ptr -> f32
                %v1152 = arith.divf %v1151, %v1129 : f32
                %v1153 = arith.mulf %v1113, %v1152 fastmath<contract> : f32
                %v1154 = arith.mulf %v1153, %v1132 fastmath<contract> : f32
                %v1155 = arith.addf %v1144, %v1154 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1156, %v1157 = gpu.shuffle xor %v1155, %v731, %v732 : f32
                %v1158 = arith.addf %v1155, %v1156 fastmath<contract> : f32
                %v1159, %v1160 = gpu.shuffle xor %v1158, %v736, %v732 : f32
                %v1161 = arith.addf %v1158, %v1159 fastmath<contract> : f32
                %v1162, %v1163 = gpu.shuffle xor %v1161, %v740, %v732 : f32
                %v1164 = arith.addf %v1161, %v1162 fastmath<contract> : f32
                // end sum over the lanes
                %v1165 = arith.cmpi eq, %v40, %v12 : i64
                %v1166 = arith.andi %v44, %v1165 : i1
                scf.if %v1166 {
                  %v1167 = arith.muli %v54, %v373 : i64
                  %v1168 = arith.muli %v1019, %v372 : i64
                  %v1169 = arith.addi %v1167, %v1168 : i64
                  %v1170 = arith.muli %v52, %v371 : i64
                  %v1171 = arith.addi %v1169, %v1170 : i64
                  %v1172 = arith.muli %v50, %v2 : i64
                  %v1173 = arith.addi %v1171, %v1172 : i64
                  %v1174 = llvm.getelementptr %dx_v[%v1173] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1164, %v1174 : f32, !llvm.ptr
                }
                %v1175 = arith.mulf %v1142, %v1126 fastmath<contract> : f32
                %v1176 = arith.mulf %v1152, %v1134 fastmath<contract> : f32
                %v1177 = arith.addf %v1175, %v1176 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1178, %v1179 = gpu.shuffle xor %v1177, %v731, %v732 : f32
                %v1180 = arith.addf %v1177, %v1178 fastmath<contract> : f32
                %v1181, %v1182 = gpu.shuffle xor %v1180, %v736, %v732 : f32
                %v1183 = arith.addf %v1180, %v1181 fastmath<contract> : f32
                %v1184, %v1185 = gpu.shuffle xor %v1183, %v740, %v732 : f32
                %v1186 = arith.addf %v1183, %v1184 fastmath<contract> : f32
                // end sum over the lanes
                %v1187 = arith.mulf %v1113, %v1186 fastmath<contract> : f32
                %v1188 = arith.mulf %v562, %v1124 fastmath<contract> : f32
                %v1189 = arith.mulf %v574, %v1132 fastmath<contract> : f32
                %v1190 = arith.addf %v1188, %v1189 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1191, %v1192 = gpu.shuffle xor %v1190, %v731, %v732 : f32
                %v1193 = arith.addf %v1190, %v1191 fastmath<contract> : f32
                %v1194, %v1195 = gpu.shuffle xor %v1193, %v736, %v732 : f32
                %v1196 = arith.addf %v1193, %v1194 fastmath<contract> : f32
                %v1197, %v1198 = gpu.shuffle xor %v1196, %v740, %v732 : f32
                %v1199 = arith.addf %v1196, %v1197 fastmath<contract> : f32
                // end sum over the lanes
                %v1200 = arith.mulf %v576, %v1114 fastmath<contract> : f32
                %v1201 = arith.mulf %v578, %v1131 fastmath<contract> : f32
                %v1202 = arith.addf %v1200, %v1201 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1203, %v1204 = gpu.shuffle xor %v1202, %v731, %v732 : f32
                %v1205 = arith.addf %v1202, %v1203 fastmath<contract> : f32
                %v1206, %v1207 = gpu.shuffle xor %v1205, %v736, %v732 : f32
                %v1208 = arith.addf %v1205, %v1206 fastmath<contract> : f32
                %v1209, %v1210 = gpu.shuffle xor %v1208, %v740, %v732 : f32
                %v1211 = arith.addf %v1208, %v1209 fastmath<contract> : f32
                // end sum over the lanes
                %v1212 = arith.addf %v1199, %v1211 fastmath<contract> : f32
                %v1213 = arith.muli %v12, %v160 : i64
                %v1214 = arith.subi %v1019, %v129 : i64
                %v1215 = arith.addi %v1213, %v1214 : i64
                %v1216 = llvm.getelementptr %v79[%v1215] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1217 = llvm.load %v1216 : !llvm.ptr -> f32
                %v1218 = arith.negf %v1217 : f32
                %v1219 = arith.mulf %v1218, %v350 fastmath<contract> : f32
                %v1220 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1219) : (f32) -> f32
                %v1221 = arith.addf %v81, %v1220 fastmath<contract> : f32
                %v1222 = arith.divf %v81, %v1221 : f32
                %v1223 = arith.subf %v81, %v1222 fastmath<contract> : f32
                %v1224 = arith.mulf %v1222, %v1223 fastmath<contract> : f32
                %v1225 = arith.mulf %v1212, %v1224 fastmath<contract> : f32
                %v1226 = arith.select %v44, %v1103, %v80 : f32
                // sum over the warp's outer points: shuffles
                %v1227, %v1228 = gpu.shuffle xor %v1226, %v919, %v732 : f32
                %v1229 = arith.addf %v1226, %v1227 fastmath<contract> : f32
                %v1230, %v1231 = gpu.shuffle xor %v1229, %v923, %v732 : f32
                %v1232 = arith.addf %v1229, %v1230 fastmath<contract> : f32
                %v1233 = arith.divui %v30, %v32 : i64
                %v1234 = arith.remui %v30, %v32 : i64
                %v1235 = arith.cmpi ult, %v1234, %v39 : i64
                %v1236 = arith.addi %v12, %v40 : i64
                %v1237 = arith.muli %v1233, %v1 : i64
                %v1238 = arith.addi %v1237, %v1236 : i64
                %v1239 = arith.muli %v1238, %v933 : i64
                %v1240 = arith.addi %v1239, %v1018 : i64
                scf.if %v1235 {
                  %v1241 = llvm.getelementptr %v65[%v1240] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1232, %v1241 : f32, !llvm.ptr
                }
                %v1242 = arith.select %v44, %v1106, %v80 : f32
                // sum over the warp's outer points: shuffles
                %v1243, %v1244 = gpu.shuffle xor %v1242, %v919, %v732 : f32
                %v1245 = arith.addf %v1242, %v1243 fastmath<contract> : f32
                %v1246, %v1247 = gpu.shuffle xor %v1245, %v923, %v732 : f32
                %v1248 = arith.addf %v1245, %v1246 fastmath<contract> : f32
                %v1249 = arith.divui %v30, %v32 : i64
                %v1250 = arith.remui %v30, %v32 : i64
                %v1251 = arith.cmpi ult, %v1250, %v39 : i64
                %v1252 = arith.addi %v39, %v40 : i64
                %v1253 = arith.muli %v1249, %v1 : i64
                %v1254 = arith.addi %v1253, %v1252 : i64
                %v1255 = arith.muli %v1254, %v933 : i64
                %v1256 = arith.addi %v1255, %v1018 : i64
                scf.if %v1251 {
                  %v1257 = llvm.getelementptr %v65[%v1256] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1248, %v1257 : f32, !llvm.ptr
                }
                %v1258 = arith.select %v44, %v1130, %v80 : f32
                // sum over the warp's outer points: shuffles
                %v1259, %v1260 = gpu.shuffle xor %v1258, %v919, %v732 : f32
                %v1261 = arith.addf %v1258, %v1259 fastmath<contract> : f32
                %v1262, %v1263 = gpu.shuffle xor %v1261, %v923, %v732 : f32
                %v1264 = arith.addf %v1261, %v1262 fastmath<contract> : f32
                %v1265 = arith.divui %v30, %v32 : i64
                %v1266 = arith.remui %v30, %v32 : i64
                %v1267 = arith.cmpi ult, %v1266, %v39 : i64
                %v1268 = arith.addi %v12, %v40 : i64
                %v1269 = arith.muli %v1265, %v1 : i64
                %v1270 = arith.addi %v1269, %v1268 : i64
                %v1271 = arith.muli %v1270, %v933 : i64
                %v1272 = arith.addi %v1271, %v1018 : i64
                scf.if %v1267 {
                  %v1273 = llvm.getelementptr %v67[%v1272] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1264, %v1273 : f32, !llvm.ptr
                }
                %v1274 = arith.select %v44, %v1136, %v80 : f32
                // sum over the warp's outer points: shuffles
                %v1275, %v1276 = gpu.shuffle xor %v1274, %v919, %v732 : f32
                %v1277 = arith.addf %v1274, %v1275 fastmath<contract> : f32
                %v1278, %v1279 = gpu.shuffle xor %v1277, %v923, %v732 : f32
                %v1280 = arith.addf %v1277, %v1278 fastmath<contract> : f32
                %v1281 = arith.divui %v30, %v32 : i64
                %v1282 = arith.remui %v30, %v32 : i64
                %v1283 = arith.cmpi ult, %v1282, %v39 : i64
                %v1284 = arith.addi %v39, %v40 : i64
                %v1285 = arith.muli %v1281, %v1 : i64
                %v1286 = arith.addi %v1285, %v1284 : i64
                %v1287 = arith.muli %v1286, %v933 : i64
                %v1288 = arith.addi %v1287, %v1018 : i64
                scf.if %v1283 {
                  %v1289 = llvm.getelementptr %v67[%v1288] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1280, %v1289 : f32, !llvm.ptr
                }
                %v1290 = arith.select %v44, %v1187, %v80 : f32
                // sum over the warp's outer points: shuffles
                %v1291, %v1292 = gpu.shuffle xor %v1290, %v919, %v732 : f32
                %v1293 = arith.addf %v1290, %v1291 fastmath<contract> : f32
                %v1294, %v1295 = gpu.shuffle xor %v1293, %v923, %v732 : f32
                %v1296 = arith.addf %v1293, %v1294 fastmath<contract> : f32
                %v1297 = arith.divui %v30, %v32 : i64
                %v1298 = arith.remui %v30, %v32 : i64
                %v1299 = arith.cmpi ult, %v1298, %v2 : i64
                %v1300 = arith.muli %v1297, %v2 : i64
                %v1301 = arith.addi %v1300, %v12 : i64
                %v1302 = arith.muli %v1301, %v933 : i64
                %v1303 = arith.addi %v1302, %v1018 : i64
                scf.if %v1299 {
                  %v1304 = llvm.getelementptr %v69[%v1303] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1296, %v1304 : f32, !llvm.ptr
                }
                %v1305 = arith.select %v44, %v1225, %v80 : f32
                // sum over the warp's outer points: shuffles
                %v1306, %v1307 = gpu.shuffle xor %v1305, %v919, %v732 : f32
                %v1308 = arith.addf %v1305, %v1306 fastmath<contract> : f32
                %v1309, %v1310 = gpu.shuffle xor %v1308, %v923, %v732 : f32
                %v1311 = arith.addf %v1308, %v1309 fastmath<contract> : f32
                %v1312 = arith.divui %v30, %v32 : i64
                %v1313 = arith.remui %v30, %v32 : i64
                %v1314 = arith.cmpi ult, %v1313, %v2 : i64
                %v1315 = arith.muli %v1312, %v2 : i64
                %v1316 = arith.addi %v1315, %v12 : i64
                %v1317 = arith.muli %v1316, %v933 : i64
                %v1318 = arith.addi %v1317, %v1018 : i64
                scf.if %v1314 {
                  %v1319 = llvm.getelementptr %v71[%v1318] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1311, %v1319 : f32, !llvm.ptr
                }
                llvm.store %v1222, %v60 : f32, !llvm.ptr
                llvm.store %v1222, %v61 : f32, !llvm.ptr
                llvm.store %v1222, %v62 : f32, !llvm.ptr
                llvm.store %v1222, %v63 : f32, !llvm.ptr
                %v1320 = arith.addi %v423, %v2 : i64
                %v1321 = arith.cmpi slt, %v731, %v694 : i32
                %v1322 = arith.cmpi eq, %v731, %v700 : i32
                %v1323 = arith.addi %v425, %v91 : i64
                %v1324 = arith.addi %v129, %v1320 : i64
                %v1325 = arith.muli %v40, %v160 : i64
                %v1326 = arith.subi %v1324, %v129 : i64
                %v1327 = arith.addi %v1325, %v1326 : i64
                %v1328 = llvm.getelementptr %v73[%v1327] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1329 = llvm.load %v1328 : !llvm.ptr -> f32
                %v1330 = arith.muli %v54, %v373 : i64
                %v1331 = arith.muli %v1324, %v372 : i64
                %v1332 = arith.addi %v1330, %v1331 : i64
                %v1333 = arith.muli %v52, %v371 : i64
                %v1334 = arith.addi %v1332, %v1333 : i64
                %v1335 = arith.muli %v50, %v2 : i64
                %v1336 = arith.addi %v1334, %v1335 : i64
                %v1337 = llvm.getelementptr %dy_o[%v1336] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1338 = llvm.load %v1337 : !llvm.ptr -> f32
                %v1339 = arith.mulf %v1329, %v576 fastmath<contract> : f32
                %v1340 = arith.constant 8 : i64
                %v1341 = arith.addi %v1340, %v40 : i64
                %v1342 = arith.muli %v1341, %v160 : i64
                %v1343 = arith.subi %v1324, %v129 : i64
                %v1344 = arith.addi %v1342, %v1343 : i64
                %v1345 = llvm.getelementptr %v73[%v1344] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1346 = llvm.load %v1345 : !llvm.ptr -> f32
                %v1347 = arith.mulf %v1346, %v578 fastmath<contract> : f32
                %v1348 = arith.addf %v1339, %v1347 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1349, %v1350 = gpu.shuffle xor %v1348, %v731, %v732 : f32
                %v1351 = arith.addf %v1348, %v1349 fastmath<contract> : f32
                %v1352, %v1353 = gpu.shuffle xor %v1351, %v736, %v732 : f32
                %v1354 = arith.addf %v1351, %v1352 fastmath<contract> : f32
                %v1355, %v1356 = gpu.shuffle xor %v1354, %v740, %v732 : f32
                %v1357 = arith.addf %v1354, %v1355 fastmath<contract> : f32
                // end sum over the lanes
                %v1358 = llvm.call_intrinsic "llvm.fabs.f32"(%v1357) : (f32) -> f32
                %v1359 = arith.maximumf %v81, %v1358 : f32
                %v1360 = arith.divf %v1338, %v1359 : f32
                %v1361 = arith.mulf %v1329, %v1360 fastmath<contract> : f32
                %v1362 = llvm.load %v56 : !llvm.ptr -> f32
                %v1363 = llvm.load %v60 : !llvm.ptr -> f32
                %v1364 = arith.mulf %v1363, %v1362 fastmath<contract> : f32
                %v1365 = arith.addf %v1361, %v1364 fastmath<contract> : f32
                llvm.store %v1365, %v56 : f32, !llvm.ptr
                %v1366 = arith.mulf %v1346, %v1360 fastmath<contract> : f32
                %v1367 = llvm.load %v57 : !llvm.ptr -> f32
                %v1368 = llvm.load %v61 : !llvm.ptr -> f32
                %v1369 = arith.mulf %v1368, %v1367 fastmath<contract> : f32
                %v1370 = arith.addf %v1366, %v1369 fastmath<contract> : f32
                llvm.store %v1370, %v57 : f32, !llvm.ptr
                %v1371 = arith.mulf %v1329, %v562 fastmath<contract> : f32
                %v1372 = arith.mulf %v1346, %v574 fastmath<contract> : f32
                %v1373 = arith.addf %v1371, %v1372 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1374, %v1375 = gpu.shuffle xor %v1373, %v731, %v732 : f32
                %v1376 = arith.addf %v1373, %v1374 fastmath<contract> : f32
                %v1377, %v1378 = gpu.shuffle xor %v1376, %v736, %v732 : f32
                %v1379 = arith.addf %v1376, %v1377 fastmath<contract> : f32
                %v1380, %v1381 = gpu.shuffle xor %v1379, %v740, %v732 : f32
                %v1382 = arith.addf %v1379, %v1380 fastmath<contract> : f32
                // end sum over the lanes
                %v1383 = arith.divf %v1382, %v1359 : f32
                %v1384 = arith.divf %v1383, %v1359 : f32
                %v1385 = arith.mulf %v1338, %v1384 fastmath<contract> : f32
                %v1386 = arith.negf %v1385 : f32
                %v1387 = arith.cmpf oge, %v81, %v1358 : f32
                %v1388 = arith.select %v1387, %v81, %v80 : f32
                %v1389 = arith.subf %v81, %v1388 fastmath<contract> : f32
                %v1390 = arith.mulf %v1386, %v1389 fastmath<contract> : f32
                %v1391 = arith.cmpf olt, %v1357, %v80 : f32
                %v1392 = arith.select %v1391, %v777, %v80 : f32
                %v1393 = arith.cmpf ogt, %v1357, %v80 : f32
                %v1394 = arith.select %v1393, %v81, %v1392 : f32
                %v1395 = arith.mulf %v1390, %v1394 fastmath<contract> : f32
                %v1396 = arith.mulf %v1329, %v1395 fastmath<contract> : f32
                %v1397 = llvm.load %v58 : !llvm.ptr -> f32
                %v1398 = llvm.load %v62 : !llvm.ptr -> f32
                %v1399 = arith.mulf %v1398, %v1397 fastmath<contract> : f32
                %v1400 = arith.addf %v1396, %v1399 fastmath<contract> : f32
                llvm.store %v1400, %v58 : f32, !llvm.ptr
                %v1401 = arith.mulf %v1346, %v1395 fastmath<contract> : f32
                %v1402 = llvm.load %v59 : !llvm.ptr -> f32
                %v1403 = llvm.load %v63 : !llvm.ptr -> f32
                %v1404 = arith.mulf %v1403, %v1402 fastmath<contract> : f32
                %v1405 = arith.addf %v1401, %v1404 fastmath<contract> : f32
                llvm.store %v1405, %v59 : f32, !llvm.ptr
                %v1406 = arith.mulf %v576, %v1395 fastmath<contract> : f32
                %v1407 = arith.mulf %v562, %v1360 fastmath<contract> : f32
                %v1408 = arith.addf %v1406, %v1407 fastmath<contract> : f32
                %v1409 = arith.mulf %v578, %v1395 fastmath<contract> : f32
                %v1410 = arith.mulf %v574, %v1360 fastmath<contract> : f32
                %v1411 = arith.addf %v1409, %v1410 fastmath<contract> : f32
                %v1412 = arith.muli %v12, %v160 : i64
                %v1413 = arith.subi %v1324, %v129 : i64
                %v1414 = arith.addi %v1412, %v1413 : i64
                %v1415 = llvm.getelementptr %v77[%v1414] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1416 = llvm.load %v1415 : !llvm.ptr -> f32
                %v1417 = arith.mulf %v1416, %v350 fastmath<contract> : f32
                %v1418 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1417) : (f32) -> f32
                %v1419 = llvm.load %v58 : !llvm.ptr -> f32
                %v1420 = arith.muli %v54, %v373 : i64
                %v1421 = arith.muli %v1324, %v372 : i64
                %v1422 = arith.addi %v1420, %v1421 : i64
                %v1423 = arith.muli %v52, %v371 : i64
                %v1424 = arith.addi %v1422, %v1423 : i64
                %v1425 = arith.muli %v50, %v2 : i64
                %v1426 = arith.addi %v1424, %v1425 : i64
                %v1427 = llvm.getelementptr %in_v[%v1426] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1428 = llvm.load %v1427 : !llvm.ptr -> f32
                %v1429 = llvm.load %v56 : !llvm.ptr -> f32
                %v1430 = arith.mulf %v1428, %v1429 fastmath<contract> : f32
                %v1431 = arith.addf %v1419, %v1430 fastmath<contract> : f32
                %v1432 = arith.mulf %v1418, %v1431 fastmath<contract> : f32
                %v1434 = llvm.call_intrinsic "llvm.sqrt.f32"(%v1433) : (f32) -> f32
                %v1435 = arith.divf %v1432, %v1434 : f32
                %v1436 = llvm.load %v59 : !llvm.ptr -> f32
                %v1437 = llvm.load %v57 : !llvm.ptr -> f32
                %v1438 = arith.mulf %v1428, %v1437 fastmath<contract> : f32
                %v1439 = arith.addf %v1436, %v1438 fastmath<contract> : f32
                %v1440 = arith.mulf %v1418, %v1439 fastmath<contract> : f32
                %v1441 = arith.divf %v1440, %v1434 : f32
                %v1442 = arith.muli %v40, %v160 : i64
                %v1443 = arith.subi %v1324, %v129 : i64
                %v1444 = arith.addi %v1442, %v1443 : i64
                %v1445 = llvm.getelementptr %v75[%v1444] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1446 = llvm.load %v1445 : !llvm.ptr -> f32
                %v1447 = arith.divf %v1446, %v1434 : f32
                %v1448 = arith.mulf %v1418, %v1447 fastmath<contract> : f32
                %v1449 = arith.mulf %v1448, %v1429 fastmath<contract> : f32
                %v1450 = arith.constant 8 : i64
                %v1451 = arith.addi %v1450, %v40 : i64
                %v1452 = arith.muli %v1451, %v160 : i64
                %v1453 = arith.subi %v1324, %v129 : i64
                %v1454 = arith.addi %v1452, %v1453 : i64
                %v1455 = llvm.getelementptr %v75[%v1454] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1456 = llvm.load %v1455 : !llvm.ptr -> f32
                %v1457 = arith.divf %v1456, %v1434 : f32
                %v1458 = arith.mulf %v1418, %v1457 fastmath<contract> : f32
                %v1459 = arith.mulf %v1458, %v1437 fastmath<contract> : f32
                %v1460 = arith.addf %v1449, %v1459 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1461, %v1462 = gpu.shuffle xor %v1460, %v731, %v732 : f32
                %v1463 = arith.addf %v1460, %v1461 fastmath<contract> : f32
                %v1464, %v1465 = gpu.shuffle xor %v1463, %v736, %v732 : f32
                %v1466 = arith.addf %v1463, %v1464 fastmath<contract> : f32
                %v1467, %v1468 = gpu.shuffle xor %v1466, %v740, %v732 : f32
                %v1469 = arith.addf %v1466, %v1467 fastmath<contract> : f32
                // end sum over the lanes
                %v1470 = arith.cmpi eq, %v40, %v12 : i64
                %v1471 = arith.andi %v44, %v1470 : i1
                scf.if %v1471 {
                  %v1472 = arith.muli %v54, %v373 : i64
                  %v1473 = arith.muli %v1324, %v372 : i64
                  %v1474 = arith.addi %v1472, %v1473 : i64
                  %v1475 = arith.muli %v52, %v371 : i64
                  %v1476 = arith.addi %v1474, %v1475 : i64
                  %v1477 = arith.muli %v50, %v2 : i64
                  %v1478 = arith.addi %v1476, %v1477 : i64
                  %v1479 = llvm.getelementptr %dx_v[%v1478] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1469, %v1479 : f32, !llvm.ptr
                }
                %v1480 = arith.mulf %v1447, %v1431 fastmath<contract> : f32
                %v1481 = arith.mulf %v1457, %v1439 fastmath<contract> : f32
                %v1482 = arith.addf %v1480, %v1481 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1483, %v1484 = gpu.shuffle xor %v1482, %v731, %v732 : f32
                %v1485 = arith.addf %v1482, %v1483 fastmath<contract> : f32
                %v1486, %v1487 = gpu.shuffle xor %v1485, %v736, %v732 : f32
                %v1488 = arith.addf %v1485, %v1486 fastmath<contract> : f32
                %v1489, %v1490 = gpu.shuffle xor %v1488, %v740, %v732 : f32
                %v1491 = arith.addf %v1488, %v1489 fastmath<contract> : f32
                // end sum over the lanes
                %v1492 = arith.mulf %v1418, %v1491 fastmath<contract> : f32
                %v1493 = arith.mulf %v505, %v1429 fastmath<contract> : f32
                %v1494 = arith.mulf %v517, %v1437 fastmath<contract> : f32
                %v1495 = arith.addf %v1493, %v1494 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1496, %v1497 = gpu.shuffle xor %v1495, %v731, %v732 : f32
                %v1498 = arith.addf %v1495, %v1496 fastmath<contract> : f32
                %v1499, %v1500 = gpu.shuffle xor %v1498, %v736, %v732 : f32
                %v1501 = arith.addf %v1498, %v1499 fastmath<contract> : f32
                %v1502, %v1503 = gpu.shuffle xor %v1501, %v740, %v732 : f32
                %v1504 = arith.addf %v1501, %v1502 fastmath<contract> : f32
                // end sum over the lanes
                %v1505 = arith.mulf %v519, %v1419 fastmath<contract> : f32
                %v1506 = arith.mulf %v521, %v1436 fastmath<contract> : f32
                %v1507 = arith.addf %v1505, %v1506 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1508, %v1509 = gpu.shuffle xor %v1507, %v731, %v732 : f32
                %v1510 = arith.addf %v1507, %v1508 fastmath<contract> : f32
                %v1511, %v1512 = gpu.shuffle xor %v1510, %v736, %v732 : f32
                %v1513 = arith.addf %v1510, %v1511 fastmath<contract> : f32
                %v1514, %v1515 = gpu.shuffle xor %v1513, %v740, %v732 : f32
                %v1516 = arith.addf %v1513, %v1514 fastmath<contract> : f32
                // end sum over the lanes
                %v1517 = arith.addf %v1504, %v1516 fastmath<contract> : f32
                %v1518 = arith.muli %v12, %v160 : i64
                %v1519 = arith.subi %v1324, %v129 : i64
                %v1520 = arith.addi %v1518, %v1519 : i64
                %v1521 = llvm.getelementptr %v79[%v1520] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1522 = llvm.load %v1521 : !llvm.ptr -> f32
                %v1523 = arith.negf %v1522 : f32
                %v1524 = arith.mulf %v1523, %v350 fastmath<contract> : f32
                %v1525 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1524) : (f32) -> f32
                %v1526 = arith.addf %v81, %v1525 fastmath<contract> : f32
                %v1527 = arith.divf %v81, %v1526 : f32
                %v1528 = arith.subf %v81, %v1527 fastmath<contract> : f32
                %v1529 = arith.mulf %v1527, %v1528 fastmath<contract> : f32
                %v1530 = arith.mulf %v1517, %v1529 fastmath<contract> : f32
                %v1531 = arith.select %v44, %v1408, %v80 : f32
                // sum over the warp's outer points: shuffles
                %v1532, %v1533 = gpu.shuffle xor %v1531, %v919, %v732 : f32
                %v1534 = arith.addf %v1531, %v1532 fastmath<contract> : f32
                %v1535, %v1536 = gpu.shuffle xor %v1534, %v923, %v732 : f32
                %v1537 = arith.addf %v1534, %v1535 fastmath<contract> : f32
                %v1538 = arith.divui %v30, %v32 : i64
                %v1539 = arith.remui %v30, %v32 : i64
                %v1540 = arith.cmpi ult, %v1539, %v39 : i64
                %v1541 = arith.addi %v12, %v40 : i64
                %v1542 = arith.muli %v1538, %v1 : i64
                %v1543 = arith.addi %v1542, %v1541 : i64
                %v1544 = arith.muli %v1543, %v933 : i64
                %v1545 = arith.addi %v1544, %v1323 : i64
                scf.if %v1540 {
                  %v1546 = llvm.getelementptr %v65[%v1545] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1537, %v1546 : f32, !llvm.ptr
                }
                %v1547 = arith.select %v44, %v1411, %v80 : f32
                // sum over the warp's outer points: shuffles
                %v1548, %v1549 = gpu.shuffle xor %v1547, %v919, %v732 : f32
                %v1550 = arith.addf %v1547, %v1548 fastmath<contract> : f32
                %v1551, %v1552 = gpu.shuffle xor %v1550, %v923, %v732 : f32
                %v1553 = arith.addf %v1550, %v1551 fastmath<contract> : f32
                %v1554 = arith.divui %v30, %v32 : i64
                %v1555 = arith.remui %v30, %v32 : i64
                %v1556 = arith.cmpi ult, %v1555, %v39 : i64
                %v1557 = arith.addi %v39, %v40 : i64
                %v1558 = arith.muli %v1554, %v1 : i64
                %v1559 = arith.addi %v1558, %v1557 : i64
                %v1560 = arith.muli %v1559, %v933 : i64
                %v1561 = arith.addi %v1560, %v1323 : i64
                scf.if %v1556 {
                  %v1562 = llvm.getelementptr %v65[%v1561] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1553, %v1562 : f32, !llvm.ptr
                }
                %v1563 = arith.select %v44, %v1435, %v80 : f32
                // sum over the warp's outer points: shuffles
                %v1564, %v1565 = gpu.shuffle xor %v1563, %v919, %v732 : f32
                %v1566 = arith.addf %v1563, %v1564 fastmath<contract> : f32
                %v1567, %v1568 = gpu.shuffle xor %v1566, %v923, %v732 : f32
                %v1569 = arith.addf %v1566, %v1567 fastmath<contract> : f32
                %v1570 = arith.divui %v30, %v32 : i64
                %v1571 = arith.remui %v30, %v32 : i64
                %v1572 = arith.cmpi ult, %v1571, %v39 : i64
                %v1573 = arith.addi %v12, %v40 : i64
                %v1574 = arith.muli %v1570, %v1 : i64
                %v1575 = arith.addi %v1574, %v1573 : i64
                %v1576 = arith.muli %v1575, %v933 : i64
                %v1577 = arith.addi %v1576, %v1323 : i64
                scf.if %v1572 {
                  %v1578 = llvm.getelementptr %v67[%v1577] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1569, %v1578 : f32, !llvm.ptr
                }
                %v1579 = arith.select %v44, %v1441, %v80 : f32
                // sum over the warp's outer points: shuffles
                %v1580, %v1581 = gpu.shuffle xor %v1579, %v919, %v732 : f32
                %v1582 = arith.addf %v1579, %v1580 fastmath<contract> : f32
                %v1583, %v1584 = gpu.shuffle xor %v1582, %v923, %v732 : f32
                %v1585 = arith.addf %v1582, %v1583 fastmath<contract> : f32
                %v1586 = arith.divui %v30, %v32 : i64
                %v1587 = arith.remui %v30, %v32 : i64
                %v1588 = arith.cmpi ult, %v1587, %v39 : i64
                %v1589 = arith.addi %v39, %v40 : i64
                %v1590 = arith.muli %v1586, %v1 : i64
                %v1591 = arith.addi %v1590, %v1589 : i64
                %v1592 = arith.muli %v1591, %v933 : i64
                %v1593 = arith.addi %v1592, %v1323 : i64
                scf.if %v1588 {
                  %v1594 = llvm.getelementptr %v67[%v1593] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1585, %v1594 : f32, !llvm.ptr
                }
                %v1595 = arith.select %v44, %v1492, %v80 : f32
                // sum over the warp's outer points: shuffles
                %v1596, %v1597 = gpu.shuffle xor %v1595, %v919, %v732 : f32
                %v1598 = arith.addf %v1595, %v1596 fastmath<contract> : f32
                %v1599, %v1600 = gpu.shuffle xor %v1598, %v923, %v732 : f32
                %v1601 = arith.addf %v1598, %v1599 fastmath<contract> : f32
                %v1602 = arith.divui %v30, %v32 : i64
                %v1603 = arith.remui %v30, %v32 : i64
                %v1604 = arith.cmpi ult, %v1603, %v2 : i64
                %v1605 = arith.muli %v1602, %v2 : i64
                %v1606 = arith.addi %v1605, %v12 : i64
                %v1607 = arith.muli %v1606, %v933 : i64
                %v1608 = arith.addi %v1607, %v1323 : i64
                scf.if %v1604 {
                  %v1609 = llvm.getelementptr %v69[%v1608] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1601, %v1609 : f32, !llvm.ptr
                }
                %v1610 = arith.select %v44, %v1530, %v80 : f32
                // sum over the warp's outer points: shuffles
                %v1611, %v1612 = gpu.shuffle xor %v1610, %v919, %v732 : f32
                %v1613 = arith.addf %v1610, %v1611 fastmath<contract> : f32
                %v1614, %v1615 = gpu.shuffle xor %v1613, %v923, %v732 : f32
                %v1616 = arith.addf %v1613, %v1614 fastmath<contract> : f32
                %v1617 = arith.divui %v30, %v32 : i64
                %v1618 = arith.remui %v30, %v32 : i64
                %v1619 = arith.cmpi ult, %v1618, %v2 : i64
                %v1620 = arith.muli %v1617, %v2 : i64
                %v1621 = arith.addi %v1620, %v12 : i64
                %v1622 = arith.muli %v1621, %v933 : i64
                %v1623 = arith.addi %v1622, %v1323 : i64
                scf.if %v1619 {
                  %v1624 = llvm.getelementptr %v71[%v1623] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1616, %v1624 : f32, !llvm.ptr
                }
                llvm.store %v1527, %v60 : f32, !llvm.ptr
                llvm.store %v1527, %v61 : f32, !llvm.ptr
                llvm.store %v1527, %v62 : f32, !llvm.ptr
                llvm.store %v1527, %v63 : f32, !llvm.ptr
                %v1625 = arith.addi %v423, %v12 : i64
                %v1627 = arith.cmpi slt, %v1626, %v694 : i32
                %v1628 = arith.cmpi eq, %v1626, %v700 : i32
                %v1629 = arith.addi %v425, %v95 : i64
                %v1630 = arith.addi %v129, %v1625 : i64
                %v1631 = arith.muli %v40, %v160 : i64
                %v1632 = arith.subi %v1630, %v129 : i64
                %v1633 = arith.addi %v1631, %v1632 : i64
                %v1634 = llvm.getelementptr %v73[%v1633] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1635 = llvm.load %v1634 : !llvm.ptr -> f32
                %v1636 = arith.muli %v54, %v373 : i64
                %v1637 = arith.muli %v1630, %v372 : i64
                %v1638 = arith.addi %v1636, %v1637 : i64
                %v1639 = arith.muli %v52, %v371 : i64
                %v1640 = arith.addi %v1638, %v1639 : i64
                %v1641 = arith.muli %v50, %v2 : i64
                %v1642 = arith.addi %v1640, %v1641 : i64
                %v1643 = llvm.getelementptr %dy_o[%v1642] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1644 = llvm.load %v1643 : !llvm.ptr -> f32
                %v1645 = arith.mulf %v1635, %v519 fastmath<contract> : f32
                %v1646 = arith.constant 8 : i64
                %v1647 = arith.addi %v1646, %v40 : i64
                %v1648 = arith.muli %v1647, %v160 : i64
                %v1649 = arith.subi %v1630, %v129 : i64
                %v1650 = arith.addi %v1648, %v1649 : i64
                %v1651 = llvm.getelementptr %v73[%v1650] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1652 = llvm.load %v1651 : !llvm.ptr -> f32
                %v1653 = arith.mulf %v1652, %v521 fastmath<contract> : f32
                %v1654 = arith.addf %v1645, %v1653 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1655, %v1656 = gpu.shuffle xor %v1654, %v731, %v732 : f32
                %v1657 = arith.addf %v1654, %v1655 fastmath<contract> : f32
                %v1658, %v1659 = gpu.shuffle xor %v1657, %v736, %v732 : f32
                %v1660 = arith.addf %v1657, %v1658 fastmath<contract> : f32
                %v1661, %v1662 = gpu.shuffle xor %v1660, %v740, %v732 : f32
                %v1663 = arith.addf %v1660, %v1661 fastmath<contract> : f32
                // end sum over the lanes
                %v1664 = llvm.call_intrinsic "llvm.fabs.f32"(%v1663) : (f32) -> f32
                %v1665 = arith.maximumf %v81, %v1664 : f32
                %v1666 = arith.divf %v1644, %v1665 : f32
                %v1667 = arith.mulf %v1635, %v1666 fastmath<contract> : f32
                %v1668 = llvm.load %v56 : !llvm.ptr -> f32
                %v1669 = llvm.load %v60 : !llvm.ptr -> f32
                %v1670 = arith.mulf %v1669, %v1668 fastmath<contract> : f32
                %v1671 = arith.addf %v1667, %v1670 fastmath<contract> : f32
                llvm.store %v1671, %v56 : f32, !llvm.ptr
                %v1672 = arith.mulf %v1652, %v1666 fastmath<contract> : f32
                %v1673 = llvm.load %v57 : !llvm.ptr -> f32
                %v1674 = llvm.load %v61 : !llvm.ptr -> f32
                %v1675 = arith.mulf %v1674, %v1673 fastmath<contract> : f32
                %v1676 = arith.addf %v1672, %v1675 fastmath<contract> : f32
                llvm.store %v1676, %v57 : f32, !llvm.ptr
                %v1677 = arith.mulf %v1635, %v505 fastmath<contract> : f32
                %v1678 = arith.mulf %v1652, %v517 fastmath<contract> : f32
                %v1679 = arith.addf %v1677, %v1678 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1680, %v1681 = gpu.shuffle xor %v1679, %v731, %v732 : f32
                %v1682 = arith.addf %v1679, %v1680 fastmath<contract> : f32
                %v1683, %v1684 = gpu.shuffle xor %v1682, %v736, %v732 : f32
                %v1685 = arith.addf %v1682, %v1683 fastmath<contract> : f32
                %v1686, %v1687 = gpu.shuffle xor %v1685, %v740, %v732 : f32
                %v1688 = arith.addf %v1685, %v1686 fastmath<contract> : f32
                // end sum over the lanes
                %v1689 = arith.divf %v1688, %v1665 : f32
                %v1690 = arith.divf %v1689, %v1665 : f32
                %v1691 = arith.mulf %v1644, %v1690 fastmath<contract> : f32
                %v1692 = arith.negf %v1691 : f32
                %v1693 = arith.cmpf oge, %v81, %v1664 : f32
                %v1694 = arith.select %v1693, %v81, %v80 : f32
                %v1695 = arith.subf %v81, %v1694 fastmath<contract> : f32
                %v1696 = arith.mulf %v1692, %v1695 fastmath<contract> : f32
                %v1697 = arith.cmpf olt, %v1663, %v80 : f32
                %v1698 = arith.select %v1697, %v777, %v80 : f32
                %v1699 = arith.cmpf ogt, %v1663, %v80 : f32
                %v1700 = arith.select %v1699, %v81, %v1698 : f32
                %v1701 = arith.mulf %v1696, %v1700 fastmath<contract> : f32
                %v1702 = arith.mulf %v1635, %v1701 fastmath<contract> : f32
                %v1703 = llvm.load %v58 : !llvm.ptr -> f32
                %v1704 = llvm.load %v62 : !llvm.ptr -> f32
                %v1705 = arith.mulf %v1704, %v1703 fastmath<contract> : f32
                %v1706 = arith.addf %v1702, %v1705 fastmath<contract> : f32
                llvm.store %v1706, %v58 : f32, !llvm.ptr
                %v1707 = arith.mulf %v1652, %v1701 fastmath<contract> : f32
                %v1708 = llvm.load %v59 : !llvm.ptr -> f32
                %v1709 = llvm.load %v63 : !llvm.ptr -> f32
                %v1710 = arith.mulf %v1709, %v1708 fastmath<contract> : f32
                %v1711 = arith.addf %v1707, %v1710 fastmath<contract> : f32
                llvm.store %v1711, %v59 : f32, !llvm.ptr
                %v1712 = arith.mulf %v519, %v1701 fastmath<contract> : f32
                %v1713 = arith.mulf %v505, %v1666 fastmath<contract> : f32
                %v1714 = arith.addf %v1712, %v1713 fastmath<contract> : f32
                %v1715 = arith.mulf %v521, %v1701 fastmath<contract> : f32
                %v1716 = arith.mulf %v517, %v1666 fastmath<contract> : f32
                %v1717 = arith.addf %v1715, %v1716 fastmath<contract> : f32
                %v1718 = arith.muli %v12, %v160 : i64
                %v1719 = arith.subi %v1630, %v129 : i64
                %v1720 = arith.addi %v1718, %v1719 : i64
                %v1721 = llvm.getelementptr %v77[%v1720] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1722 = llvm.load %v1721 : !llvm.ptr -> f32
                %v1723 = arith.mulf %v1722, %v350 fastmath<contract> : f32
                %v1724 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1723) : (f32) -> f32
                %v1725 = llvm.load %v58 : !llvm.ptr -> f32
                %v1726 = arith.muli %v54, %v373 : i64
                %v1727 = arith.muli %v1630, %v372 : i64
                %v1728 = arith.addi %v1726, %v1727 : i64
                %v1729 = arith.muli %v52, %v371 : i64
                %v1730 = arith.addi %v1728, %v1729 : i64
                %v1731 = arith.muli %v50, %v2 : i64
                %v1732 = arith.addi %v1730, %v1731 : i64
                %v1733 = llvm.getelementptr %in_v[%v1732] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1734 = llvm.load %v1733 : !llvm.ptr -> f32
                %v1735 = llvm.load %v56 : !llvm.ptr -> f32
                %v1736 = arith.mulf %v1734, %v1735 fastmath<contract> : f32
                %v1737 = arith.addf %v1725, %v1736 fastmath<contract> : f32
                %v1738 = arith.mulf %v1724, %v1737 fastmath<contract> : f32
                %v1740 = llvm.call_intrinsic "llvm.sqrt.f32"(%v1739) : (f32) -> f32
                %v1741 = arith.divf %v1738, %v1740 : f32
                %v1742 = llvm.load %v59 : !llvm.ptr -> f32
                %v1743 = llvm.load %v57 : !llvm.ptr -> f32
                %v1744 = arith.mulf %v1734, %v1743 fastmath<contract> : f32
                %v1745 = arith.addf %v1742, %v1744 fastmath<contract> : f32
                %v1746 = arith.mulf %v1724, %v1745 fastmath<contract> : f32
                %v1747 = arith.divf %v1746, %v1740 : f32
                %v1748 = arith.muli %v40, %v160 : i64
                %v1749 = arith.subi %v1630, %v129 : i64
                %v1750 = arith.addi %v1748, %v1749 : i64
                %v1751 = llvm.getelementptr %v75[%v1750] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1752 = llvm.load %v1751 : !llvm.ptr -> f32
                %v1753 = arith.divf %v1752, %v1740 : f32
                %v1754 = arith.mulf %v1724, %v1753 fastmath<contract> : f32
                %v1755 = arith.mulf %v1754, %v1735 fastmath<contract> : f32
                %v1756 = arith.constant 8 : i64
                %v1757 = arith.addi %v1756, %v40 : i64
                %v1758 = arith.muli %v1757, %v160 : i64
                %v1759 = arith.subi %v1630, %v129 : i64
                %v1760 = arith.addi %v1758, %v1759 : i64
                %v1761 = llvm.getelementptr %v75[%v1760] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1762 = llvm.load %v1761 : !llvm.ptr -> f32
                %v1763 = arith.divf %v1762, %v1740 : f32
                %v1764 = arith.mulf %v1724, %v1763 fastmath<contract> : f32
                %v1765 = arith.mulf %v1764, %v1743 fastmath<contract> : f32
                %v1766 = arith.addf %v1755, %v1765 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1767, %v1768 = gpu.shuffle xor %v1766, %v731, %v732 : f32
                %v1769 = arith.addf %v1766, %v1767 fastmath<contract> : f32
                %v1770, %v1771 = gpu.shuffle xor %v1769, %v736, %v732 : f32
                %v1772 = arith.addf %v1769, %v1770 fastmath<contract> : f32
                %v1773, %v1774 = gpu.shuffle xor %v1772, %v740, %v732 : f32
                %v1775 = arith.addf %v1772, %v1773 fastmath<contract> : f32
                // end sum over the lanes
                %v1776 = arith.cmpi eq, %v40, %v12 : i64
                %v1777 = arith.andi %v44, %v1776 : i1
                scf.if %v1777 {
                  %v1778 = arith.muli %v54, %v373 : i64
                  %v1779 = arith.muli %v1630, %v372 : i64
                  %v1780 = arith.addi %v1778, %v1779 : i64
                  %v1781 = arith.muli %v52, %v371 : i64
                  %v1782 = arith.addi %v1780, %v1781 : i64
                  %v1783 = arith.muli %v50, %v2 : i64
                  %v1784 = arith.addi %v1782, %v1783 : i64
                  %v1785 = llvm.getelementptr %dx_v[%v1784] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1775, %v1785 : f32, !llvm.ptr
                }
                %v1786 = arith.mulf %v1753, %v1737 fastmath<contract> : f32
                %v1787 = arith.mulf %v1763, %v1745 fastmath<contract> : f32
                %v1788 = arith.addf %v1786, %v1787 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1789, %v1790 = gpu.shuffle xor %v1788, %v731, %v732 : f32
                %v1791 = arith.addf %v1788, %v1789 fastmath<contract> : f32
                %v1792, %v1793 = gpu.shuffle xor %v1791, %v736, %v732 : f32
                %v1794 = arith.addf %v1791, %v1792 fastmath<contract> : f32
                %v1795, %v1796 = gpu.shuffle xor %v1794, %v740, %v732 : f32
                %v1797 = arith.addf %v1794, %v1795 fastmath<contract> : f32
                // end sum over the lanes
                %v1798 = arith.mulf %v1724, %v1797 fastmath<contract> : f32
                %v1799 = arith.mulf %v437, %v1735 fastmath<contract> : f32
                %v1800 = arith.mulf %v446, %v1743 fastmath<contract> : f32
                %v1801 = arith.addf %v1799, %v1800 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1802, %v1803 = gpu.shuffle xor %v1801, %v731, %v732 : f32
                %v1804 = arith.addf %v1801, %v1802 fastmath<contract> : f32
                %v1805, %v1806 = gpu.shuffle xor %v1804, %v736, %v732 : f32
                %v1807 = arith.addf %v1804, %v1805 fastmath<contract> : f32
                %v1808, %v1809 = gpu.shuffle xor %v1807, %v740, %v732 : f32
                %v1810 = arith.addf %v1807, %v1808 fastmath<contract> : f32
                // end sum over the lanes
                %v1811 = arith.mulf %v455, %v1725 fastmath<contract> : f32
                %v1812 = arith.mulf %v464, %v1742 fastmath<contract> : f32
                %v1813 = arith.addf %v1811, %v1812 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1814, %v1815 = gpu.shuffle xor %v1813, %v731, %v732 : f32
                %v1816 = arith.addf %v1813, %v1814 fastmath<contract> : f32
                %v1817, %v1818 = gpu.shuffle xor %v1816, %v736, %v732 : f32
                %v1819 = arith.addf %v1816, %v1817 fastmath<contract> : f32
                %v1820, %v1821 = gpu.shuffle xor %v1819, %v740, %v732 : f32
                %v1822 = arith.addf %v1819, %v1820 fastmath<contract> : f32
                // end sum over the lanes
                %v1823 = arith.addf %v1810, %v1822 fastmath<contract> : f32
                %v1824 = arith.muli %v12, %v160 : i64
                %v1825 = arith.subi %v1630, %v129 : i64
                %v1826 = arith.addi %v1824, %v1825 : i64
                %v1827 = llvm.getelementptr %v79[%v1826] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1828 = llvm.load %v1827 : !llvm.ptr -> f32
                %v1829 = arith.negf %v1828 : f32
                %v1830 = arith.mulf %v1829, %v350 fastmath<contract> : f32
                %v1831 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1830) : (f32) -> f32
                %v1832 = arith.addf %v81, %v1831 fastmath<contract> : f32
                %v1833 = arith.divf %v81, %v1832 : f32
                %v1834 = arith.subf %v81, %v1833 fastmath<contract> : f32
                %v1835 = arith.mulf %v1833, %v1834 fastmath<contract> : f32
                %v1836 = arith.mulf %v1823, %v1835 fastmath<contract> : f32
                %v1837 = arith.select %v44, %v1714, %v80 : f32
                // sum over the warp's outer points: shuffles
                %v1838, %v1839 = gpu.shuffle xor %v1837, %v919, %v732 : f32
                %v1840 = arith.addf %v1837, %v1838 fastmath<contract> : f32
                %v1841, %v1842 = gpu.shuffle xor %v1840, %v923, %v732 : f32
                %v1843 = arith.addf %v1840, %v1841 fastmath<contract> : f32
                %v1844 = arith.divui %v30, %v32 : i64
                %v1845 = arith.remui %v30, %v32 : i64
                %v1846 = arith.cmpi ult, %v1845, %v39 : i64
                %v1847 = arith.addi %v12, %v40 : i64
                %v1848 = arith.muli %v1844, %v1 : i64
                %v1849 = arith.addi %v1848, %v1847 : i64
                %v1850 = arith.muli %v1849, %v933 : i64
                %v1851 = arith.addi %v1850, %v1629 : i64
                scf.if %v1846 {
                  %v1852 = llvm.getelementptr %v65[%v1851] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1843, %v1852 : f32, !llvm.ptr
                }
                %v1853 = arith.select %v44, %v1717, %v80 : f32
                // sum over the warp's outer points: shuffles
                %v1854, %v1855 = gpu.shuffle xor %v1853, %v919, %v732 : f32
                %v1856 = arith.addf %v1853, %v1854 fastmath<contract> : f32
                %v1857, %v1858 = gpu.shuffle xor %v1856, %v923, %v732 : f32
                %v1859 = arith.addf %v1856, %v1857 fastmath<contract> : f32
                %v1860 = arith.divui %v30, %v32 : i64
                %v1861 = arith.remui %v30, %v32 : i64
                %v1862 = arith.cmpi ult, %v1861, %v39 : i64
                %v1863 = arith.addi %v39, %v40 : i64
                %v1864 = arith.muli %v1860, %v1 : i64
                %v1865 = arith.addi %v1864, %v1863 : i64
                %v1866 = arith.muli %v1865, %v933 : i64
                %v1867 = arith.addi %v1866, %v1629 : i64
                scf.if %v1862 {
                  %v1868 = llvm.getelementptr %v65[%v1867] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1859, %v1868 : f32, !llvm.ptr
                }
                %v1869 = arith.select %v44, %v1741, %v80 : f32
                // sum over the warp's outer points: shuffles
                %v1870, %v1871 = gpu.shuffle xor %v1869, %v919, %v732 : f32
                %v1872 = arith.addf %v1869, %v1870 fastmath<contract> : f32
                %v1873, %v1874 = gpu.shuffle xor %v1872, %v923, %v732 : f32
                %v1875 = arith.addf %v1872, %v1873 fastmath<contract> : f32
                %v1876 = arith.divui %v30, %v32 : i64
                %v1877 = arith.remui %v30, %v32 : i64
                %v1878 = arith.cmpi ult, %v1877, %v39 : i64
                %v1879 = arith.addi %v12, %v40 : i64
                %v1880 = arith.muli %v1876, %v1 : i64
                %v1881 = arith.addi %v1880, %v1879 : i64
                %v1882 = arith.muli %v1881, %v933 : i64
                %v1883 = arith.addi %v1882, %v1629 : i64
                scf.if %v1878 {
                  %v1884 = llvm.getelementptr %v67[%v1883] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1875, %v1884 : f32, !llvm.ptr
                }
                %v1885 = arith.select %v44, %v1747, %v80 : f32
                // sum over the warp's outer points: shuffles
                %v1886, %v1887 = gpu.shuffle xor %v1885, %v919, %v732 : f32
                %v1888 = arith.addf %v1885, %v1886 fastmath<contract> : f32
                %v1889, %v1890 = gpu.shuffle xor %v1888, %v923, %v732 : f32
                %v1891 = arith.addf %v1888, %v1889 fastmath<contract> : f32
                %v1892 = arith.divui %v30, %v32 : i64
                %v1893 = arith.remui %v30, %v32 : i64
                %v1894 = arith.cmpi ult, %v1893, %v39 : i64
                %v1895 = arith.addi %v39, %v40 : i64
                %v1896 = arith.muli %v1892, %v1 : i64
                %v1897 = arith.addi %v1896, %v1895 : i64
                %v1898 = arith.muli %v1897, %v933 : i64
                %v1899 = arith.addi %v1898, %v1629 : i64
                scf.if %v1894 {
                  %v1900 = llvm.getelementptr %v67[%v1899] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1891, %v1900 : f32, !llvm.ptr
                }
                %v1901 = arith.select %v44, %v1798, %v80 : f32
                // sum over the warp's outer points: shuffles
                %v1902, %v1903 = gpu.shuffle xor %v1901, %v919, %v732 : f32
                %v1904 = arith.addf %v1901, %v1902 fastmath<contract> : f32
                %v1905, %v1906 = gpu.shuffle xor %v1904, %v923, %v732 : f32
                %v1907 = arith.addf %v1904, %v1905 fastmath<contract> : f32
                %v1908 = arith.divui %v30, %v32 : i64
                %v1909 = arith.remui %v30, %v32 : i64
                %v1910 = arith.cmpi ult, %v1909, %v2 : i64
                %v1911 = arith.muli %v1908, %v2 : i64
                %v1912 = arith.addi %v1911, %v12 : i64
                %v1913 = arith.muli %v1912, %v933 : i64
                %v1914 = arith.addi %v1913, %v1629 : i64
                scf.if %v1910 {
                  %v1915 = llvm.getelementptr %v69[%v1914] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1907, %v1915 : f32, !llvm.ptr
                }
                %v1916 = arith.select %v44, %v1836, %v80 : f32
                // sum over the warp's outer points: shuffles
                %v1917, %v1918 = gpu.shuffle xor %v1916, %v919, %v732 : f32
                %v1919 = arith.addf %v1916, %v1917 fastmath<contract> : f32
                %v1920, %v1921 = gpu.shuffle xor %v1919, %v923, %v732 : f32
                %v1922 = arith.addf %v1919, %v1920 fastmath<contract> : f32
                %v1923 = arith.divui %v30, %v32 : i64
                %v1924 = arith.remui %v30, %v32 : i64
                %v1925 = arith.cmpi ult, %v1924, %v2 : i64
                %v1926 = arith.muli %v1923, %v2 : i64
                %v1927 = arith.addi %v1926, %v12 : i64
                %v1928 = arith.muli %v1927, %v933 : i64
                %v1929 = arith.addi %v1928, %v1629 : i64
                scf.if %v1925 {
                  %v1930 = llvm.getelementptr %v71[%v1929] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1922, %v1930 : f32, !llvm.ptr
                }
                llvm.store %v1833, %v60 : f32, !llvm.ptr
                llvm.store %v1833, %v61 : f32, !llvm.ptr
                llvm.store %v1833, %v62 : f32, !llvm.ptr
                llvm.store %v1833, %v63 : f32, !llvm.ptr
              } else {
                %v1931 = arith.subi %v131, %v2 : i64
                %v1932 = arith.muli %v422, %v5 : i64
                %v1933 = arith.subi %v5, %v2 : i64
                %v1934 = arith.minsi %v46, %v1933 : i64
                %v1935 = arith.addi %v1932, %v1934 : i64
                %v1936 = arith.muli %v1935, %v1 : i64
                %v1937 = arith.addi %v1936, %v12 : i64
                %v1938 = arith.addi %v1937, %v40 : i64
                %v1939 = llvm.getelementptr %scratch_C[%v1938] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1940 = llvm.load %v1939 : !llvm.ptr -> f32
                %v1941 = arith.muli %v422, %v5 : i64
                %v1942 = arith.subi %v5, %v2 : i64
                %v1943 = arith.minsi %v46, %v1942 : i64
                %v1944 = arith.addi %v1941, %v1943 : i64
                %v1945 = arith.muli %v1944, %v1 : i64
                %v1946 = arith.addi %v1945, %v39 : i64
                %v1947 = arith.addi %v1946, %v40 : i64
                %v1948 = llvm.getelementptr %scratch_C[%v1947] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1949 = llvm.load %v1948 : !llvm.ptr -> f32
                %v1950 = arith.muli %v422, %v5 : i64
                %v1951 = arith.subi %v5, %v2 : i64
                %v1952 = arith.minsi %v46, %v1951 : i64
                %v1953 = arith.addi %v1950, %v1952 : i64
                %v1954 = arith.muli %v1953, %v1 : i64
                %v1955 = arith.addi %v1954, %v12 : i64
                %v1956 = arith.addi %v1955, %v40 : i64
                %v1957 = llvm.getelementptr %scratch_n[%v1956] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1958 = llvm.load %v1957 : !llvm.ptr -> f32
                %v1959 = arith.muli %v422, %v5 : i64
                %v1960 = arith.subi %v5, %v2 : i64
                %v1961 = arith.minsi %v46, %v1960 : i64
                %v1962 = arith.addi %v1959, %v1961 : i64
                %v1963 = arith.muli %v1962, %v1 : i64
                %v1964 = arith.addi %v1963, %v39 : i64
                %v1965 = arith.addi %v1964, %v40 : i64
                %v1966 = llvm.getelementptr %scratch_n[%v1965] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1967 = llvm.load %v1966 : !llvm.ptr -> f32
                // the group's states, recomputed into registers
                %v1968 = arith.addi %v423, %v12 : i64
                %v1969 = arith.minsi %v1968, %v1931 : i64
                %v1970 = arith.addi %v129, %v1969 : i64
                %v1971 = arith.muli %v12, %v160 : i64
                %v1972 = arith.subi %v1970, %v129 : i64
                %v1973 = arith.addi %v1971, %v1972 : i64
                %v1974 = llvm.getelementptr %v79[%v1973] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1975 = llvm.load %v1974 : !llvm.ptr -> f32
                %v1976 = arith.negf %v1975 : f32
                %v1977 = arith.mulf %v1976, %v350 fastmath<contract> : f32
                %v1978 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1977) : (f32) -> f32
                %v1979 = arith.addf %v81, %v1978 fastmath<contract> : f32
                %v1980 = arith.divf %v81, %v1979 : f32
                %v1981 = arith.muli %v12, %v160 : i64
                %v1982 = arith.subi %v1970, %v129 : i64
                %v1983 = arith.addi %v1981, %v1982 : i64
                %v1984 = llvm.getelementptr %v77[%v1983] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1985 = llvm.load %v1984 : !llvm.ptr -> f32
                %v1986 = arith.mulf %v1985, %v350 fastmath<contract> : f32
                %v1987 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1986) : (f32) -> f32
                %v1988 = arith.muli %v40, %v160 : i64
                %v1989 = arith.subi %v1970, %v129 : i64
                %v1990 = arith.addi %v1988, %v1989 : i64
                %v1991 = llvm.getelementptr %v75[%v1990] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1992 = llvm.load %v1991 : !llvm.ptr -> f32
                %v1994 = llvm.call_intrinsic "llvm.sqrt.f32"(%v1993) : (f32) -> f32
                %v1995 = arith.divf %v1992, %v1994 : f32
                %v1996 = arith.mulf %v1987, %v1995 fastmath<contract> : f32
                %v1997 = arith.muli %v54, %v373 : i64
                %v1998 = arith.muli %v1970, %v372 : i64
                %v1999 = arith.addi %v1997, %v1998 : i64
                %v2000 = arith.muli %v52, %v371 : i64
                %v2001 = arith.addi %v1999, %v2000 : i64
                %v2002 = arith.muli %v50, %v2 : i64
                %v2003 = arith.addi %v2001, %v2002 : i64
                %v2004 = llvm.getelementptr %in_v[%v2003] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2005 = llvm.load %v2004 : !llvm.ptr -> f32
                %v2006 = arith.mulf %v1996, %v2005 fastmath<contract> : f32
                %v2007 = arith.mulf %v1980, %v1940 fastmath<contract> : f32
                %v2008 = arith.addf %v2007, %v2006 fastmath<contract> : f32
                %v2009 = arith.constant 8 : i64
                %v2010 = arith.addi %v2009, %v40 : i64
                %v2011 = arith.muli %v2010, %v160 : i64
                %v2012 = arith.subi %v1970, %v129 : i64
                %v2013 = arith.addi %v2011, %v2012 : i64
                %v2014 = llvm.getelementptr %v75[%v2013] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2015 = llvm.load %v2014 : !llvm.ptr -> f32
                %v2016 = arith.divf %v2015, %v1994 : f32
                %v2017 = arith.mulf %v1987, %v2016 fastmath<contract> : f32
                %v2018 = arith.mulf %v2017, %v2005 fastmath<contract> : f32
                %v2019 = arith.mulf %v1980, %v1949 fastmath<contract> : f32
                %v2020 = arith.addf %v2019, %v2018 fastmath<contract> : f32
                %v2021 = arith.mulf %v1980, %v1958 fastmath<contract> : f32
                %v2022 = arith.addf %v2021, %v1996 fastmath<contract> : f32
                %v2023 = arith.mulf %v1980, %v1967 fastmath<contract> : f32
                %v2024 = arith.addf %v2023, %v2017 fastmath<contract> : f32
                %v2025 = arith.addi %v423, %v2 : i64
                %v2026 = arith.minsi %v2025, %v1931 : i64
                %v2027 = arith.addi %v129, %v2026 : i64
                %v2028 = arith.muli %v12, %v160 : i64
                %v2029 = arith.subi %v2027, %v129 : i64
                %v2030 = arith.addi %v2028, %v2029 : i64
                %v2031 = llvm.getelementptr %v79[%v2030] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2032 = llvm.load %v2031 : !llvm.ptr -> f32
                %v2033 = arith.negf %v2032 : f32
                %v2034 = arith.mulf %v2033, %v350 fastmath<contract> : f32
                %v2035 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2034) : (f32) -> f32
                %v2036 = arith.addf %v81, %v2035 fastmath<contract> : f32
                %v2037 = arith.divf %v81, %v2036 : f32
                %v2038 = arith.muli %v12, %v160 : i64
                %v2039 = arith.subi %v2027, %v129 : i64
                %v2040 = arith.addi %v2038, %v2039 : i64
                %v2041 = llvm.getelementptr %v77[%v2040] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2042 = llvm.load %v2041 : !llvm.ptr -> f32
                %v2043 = arith.mulf %v2042, %v350 fastmath<contract> : f32
                %v2044 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2043) : (f32) -> f32
                %v2045 = arith.muli %v40, %v160 : i64
                %v2046 = arith.subi %v2027, %v129 : i64
                %v2047 = arith.addi %v2045, %v2046 : i64
                %v2048 = llvm.getelementptr %v75[%v2047] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2049 = llvm.load %v2048 : !llvm.ptr -> f32
                %v2051 = llvm.call_intrinsic "llvm.sqrt.f32"(%v2050) : (f32) -> f32
                %v2052 = arith.divf %v2049, %v2051 : f32
                %v2053 = arith.mulf %v2044, %v2052 fastmath<contract> : f32
                %v2054 = arith.muli %v54, %v373 : i64
                %v2055 = arith.muli %v2027, %v372 : i64
                %v2056 = arith.addi %v2054, %v2055 : i64
                %v2057 = arith.muli %v52, %v371 : i64
                %v2058 = arith.addi %v2056, %v2057 : i64
                %v2059 = arith.muli %v50, %v2 : i64
                %v2060 = arith.addi %v2058, %v2059 : i64
                %v2061 = llvm.getelementptr %in_v[%v2060] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2062 = llvm.load %v2061 : !llvm.ptr -> f32
                %v2063 = arith.mulf %v2053, %v2062 fastmath<contract> : f32
                %v2064 = arith.mulf %v2037, %v2008 fastmath<contract> : f32
                %v2065 = arith.addf %v2064, %v2063 fastmath<contract> : f32
                %v2066 = arith.constant 8 : i64
                %v2067 = arith.addi %v2066, %v40 : i64
                %v2068 = arith.muli %v2067, %v160 : i64
                %v2069 = arith.subi %v2027, %v129 : i64
                %v2070 = arith.addi %v2068, %v2069 : i64
                %v2071 = llvm.getelementptr %v75[%v2070] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2072 = llvm.load %v2071 : !llvm.ptr -> f32
                %v2073 = arith.divf %v2072, %v2051 : f32
                %v2074 = arith.mulf %v2044, %v2073 fastmath<contract> : f32
                %v2075 = arith.mulf %v2074, %v2062 fastmath<contract> : f32
                %v2076 = arith.mulf %v2037, %v2020 fastmath<contract> : f32
                %v2077 = arith.addf %v2076, %v2075 fastmath<contract> : f32
                %v2078 = arith.mulf %v2037, %v2022 fastmath<contract> : f32
                %v2079 = arith.addf %v2078, %v2053 fastmath<contract> : f32
                %v2080 = arith.mulf %v2037, %v2024 fastmath<contract> : f32
                %v2081 = arith.addf %v2080, %v2074 fastmath<contract> : f32
                %v2082 = arith.addi %v423, %v91 : i64
                %v2083 = arith.minsi %v2082, %v1931 : i64
                %v2084 = arith.addi %v129, %v2083 : i64
                %v2085 = arith.muli %v12, %v160 : i64
                %v2086 = arith.subi %v2084, %v129 : i64
                %v2087 = arith.addi %v2085, %v2086 : i64
                %v2088 = llvm.getelementptr %v79[%v2087] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2089 = llvm.load %v2088 : !llvm.ptr -> f32
                %v2090 = arith.negf %v2089 : f32
                %v2091 = arith.mulf %v2090, %v350 fastmath<contract> : f32
                %v2092 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2091) : (f32) -> f32
                %v2093 = arith.addf %v81, %v2092 fastmath<contract> : f32
                %v2094 = arith.divf %v81, %v2093 : f32
                %v2095 = arith.muli %v12, %v160 : i64
                %v2096 = arith.subi %v2084, %v129 : i64
                %v2097 = arith.addi %v2095, %v2096 : i64
                %v2098 = llvm.getelementptr %v77[%v2097] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2099 = llvm.load %v2098 : !llvm.ptr -> f32
                %v2100 = arith.mulf %v2099, %v350 fastmath<contract> : f32
                %v2101 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2100) : (f32) -> f32
                %v2102 = arith.muli %v40, %v160 : i64
                %v2103 = arith.subi %v2084, %v129 : i64
                %v2104 = arith.addi %v2102, %v2103 : i64
                %v2105 = llvm.getelementptr %v75[%v2104] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2106 = llvm.load %v2105 : !llvm.ptr -> f32
                %v2108 = llvm.call_intrinsic "llvm.sqrt.f32"(%v2107) : (f32) -> f32
                %v2109 = arith.divf %v2106, %v2108 : f32
                %v2110 = arith.mulf %v2101, %v2109 fastmath<contract> : f32
                %v2111 = arith.muli %v54, %v373 : i64
                %v2112 = arith.muli %v2084, %v372 : i64
                %v2113 = arith.addi %v2111, %v2112 : i64
                %v2114 = arith.muli %v52, %v371 : i64
                %v2115 = arith.addi %v2113, %v2114 : i64
                %v2116 = arith.muli %v50, %v2 : i64
                %v2117 = arith.addi %v2115, %v2116 : i64
                %v2118 = llvm.getelementptr %in_v[%v2117] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2119 = llvm.load %v2118 : !llvm.ptr -> f32
                %v2120 = arith.mulf %v2110, %v2119 fastmath<contract> : f32
                %v2121 = arith.mulf %v2094, %v2065 fastmath<contract> : f32
                %v2122 = arith.addf %v2121, %v2120 fastmath<contract> : f32
                %v2123 = arith.constant 8 : i64
                %v2124 = arith.addi %v2123, %v40 : i64
                %v2125 = arith.muli %v2124, %v160 : i64
                %v2126 = arith.subi %v2084, %v129 : i64
                %v2127 = arith.addi %v2125, %v2126 : i64
                %v2128 = llvm.getelementptr %v75[%v2127] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2129 = llvm.load %v2128 : !llvm.ptr -> f32
                %v2130 = arith.divf %v2129, %v2108 : f32
                %v2131 = arith.mulf %v2101, %v2130 fastmath<contract> : f32
                %v2132 = arith.mulf %v2131, %v2119 fastmath<contract> : f32
                %v2133 = arith.mulf %v2094, %v2077 fastmath<contract> : f32
                %v2134 = arith.addf %v2133, %v2132 fastmath<contract> : f32
                %v2135 = arith.mulf %v2094, %v2079 fastmath<contract> : f32
                %v2136 = arith.addf %v2135, %v2110 fastmath<contract> : f32
                %v2137 = arith.mulf %v2094, %v2081 fastmath<contract> : f32
                %v2138 = arith.addf %v2137, %v2131 fastmath<contract> : f32
                %v2139 = arith.addi %v423, %v95 : i64
                %v2140 = arith.minsi %v2139, %v1931 : i64
                %v2141 = arith.addi %v129, %v2140 : i64
                %v2142 = arith.muli %v12, %v160 : i64
                %v2143 = arith.subi %v2141, %v129 : i64
                %v2144 = arith.addi %v2142, %v2143 : i64
                %v2145 = llvm.getelementptr %v79[%v2144] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2146 = llvm.load %v2145 : !llvm.ptr -> f32
                %v2147 = arith.negf %v2146 : f32
                %v2148 = arith.mulf %v2147, %v350 fastmath<contract> : f32
                %v2149 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2148) : (f32) -> f32
                %v2150 = arith.addf %v81, %v2149 fastmath<contract> : f32
                %v2151 = arith.divf %v81, %v2150 : f32
                %v2152 = arith.muli %v12, %v160 : i64
                %v2153 = arith.subi %v2141, %v129 : i64
                %v2154 = arith.addi %v2152, %v2153 : i64
                %v2155 = llvm.getelementptr %v77[%v2154] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2156 = llvm.load %v2155 : !llvm.ptr -> f32
                %v2157 = arith.mulf %v2156, %v350 fastmath<contract> : f32
                %v2158 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2157) : (f32) -> f32
                %v2159 = arith.muli %v40, %v160 : i64
                %v2160 = arith.subi %v2141, %v129 : i64
                %v2161 = arith.addi %v2159, %v2160 : i64
                %v2162 = llvm.getelementptr %v75[%v2161] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2163 = llvm.load %v2162 : !llvm.ptr -> f32
                %v2165 = llvm.call_intrinsic "llvm.sqrt.f32"(%v2164) : (f32) -> f32
                %v2166 = arith.divf %v2163, %v2165 : f32
                %v2167 = arith.mulf %v2158, %v2166 fastmath<contract> : f32
                %v2168 = arith.muli %v54, %v373 : i64
                %v2169 = arith.muli %v2141, %v372 : i64
                %v2170 = arith.addi %v2168, %v2169 : i64
                %v2171 = arith.muli %v52, %v371 : i64
                %v2172 = arith.addi %v2170, %v2171 : i64
                %v2173 = arith.muli %v50, %v2 : i64
                %v2174 = arith.addi %v2172, %v2173 : i64
                %v2175 = llvm.getelementptr %in_v[%v2174] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2176 = llvm.load %v2175 : !llvm.ptr -> f32
                %v2177 = arith.mulf %v2167, %v2176 fastmath<contract> : f32
                %v2178 = arith.mulf %v2151, %v2122 fastmath<contract> : f32
                %v2179 = arith.addf %v2178, %v2177 fastmath<contract> : f32
                %v2180 = arith.constant 8 : i64
                %v2181 = arith.addi %v2180, %v40 : i64
                %v2182 = arith.muli %v2181, %v160 : i64
                %v2183 = arith.subi %v2141, %v129 : i64
                %v2184 = arith.addi %v2182, %v2183 : i64
                %v2185 = llvm.getelementptr %v75[%v2184] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2186 = llvm.load %v2185 : !llvm.ptr -> f32
                %v2187 = arith.divf %v2186, %v2165 : f32
                %v2188 = arith.mulf %v2158, %v2187 fastmath<contract> : f32
                %v2189 = arith.mulf %v2188, %v2176 fastmath<contract> : f32
                %v2190 = arith.mulf %v2151, %v2134 fastmath<contract> : f32
                %v2191 = arith.addf %v2190, %v2189 fastmath<contract> : f32
                %v2192 = arith.mulf %v2151, %v2136 fastmath<contract> : f32
                %v2193 = arith.addf %v2192, %v2167 fastmath<contract> : f32
                %v2194 = arith.mulf %v2151, %v2138 fastmath<contract> : f32
                %v2195 = arith.addf %v2194, %v2188 fastmath<contract> : f32
                %v2196 = arith.subi %v131, %v423 : i64
                %v2197 = arith.trunci %v2196 : i64 to i32
                %v2198 = arith.subi %size_L, %v2 : i64
                %v2199 = arith.addi %v129, %v423 : i64
                %v2200 = arith.subi %v2198, %v2199 : i64
                %v2201 = arith.minsi %v2200, %v698 : i64
                %v2202 = arith.trunci %v2201 : i64 to i32
                %v2203 = arith.addi %v423, %v95 : i64
                %v2204 = arith.cmpi slt, %v702, %v2197 : i32
                %v2205 = arith.cmpi eq, %v702, %v2202 : i32
                %v2206 = arith.addi %v425, %v12 : i64
                scf.if %v2204 {
                  %v2207 = arith.addi %v129, %v2203 : i64
                  %v2208 = arith.muli %v40, %v160 : i64
                  %v2209 = arith.subi %v2207, %v129 : i64
                  %v2210 = arith.addi %v2208, %v2209 : i64
                  %v2211 = llvm.getelementptr %v73[%v2210] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2212 = llvm.load %v2211 : !llvm.ptr -> f32
                  %v2213 = arith.muli %v54, %v373 : i64
                  %v2214 = arith.muli %v2207, %v372 : i64
                  %v2215 = arith.addi %v2213, %v2214 : i64
                  %v2216 = arith.muli %v52, %v371 : i64
                  %v2217 = arith.addi %v2215, %v2216 : i64
                  %v2218 = arith.muli %v50, %v2 : i64
                  %v2219 = arith.addi %v2217, %v2218 : i64
                  %v2220 = llvm.getelementptr %dy_o[%v2219] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2221 = llvm.load %v2220 : !llvm.ptr -> f32
                  %v2222 = arith.mulf %v2212, %v2193 fastmath<contract> : f32
                  %v2223 = arith.constant 8 : i64
                  %v2224 = arith.addi %v2223, %v40 : i64
                  %v2225 = arith.muli %v2224, %v160 : i64
                  %v2226 = arith.subi %v2207, %v129 : i64
                  %v2227 = arith.addi %v2225, %v2226 : i64
                  %v2228 = llvm.getelementptr %v73[%v2227] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2229 = llvm.load %v2228 : !llvm.ptr -> f32
                  %v2230 = arith.mulf %v2229, %v2195 fastmath<contract> : f32
                  %v2231 = arith.addf %v2222, %v2230 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v2232, %v2233 = gpu.shuffle xor %v2231, %v731, %v732 : f32
                  %v2234 = arith.addf %v2231, %v2232 fastmath<contract> : f32
                  %v2235, %v2236 = gpu.shuffle xor %v2234, %v736, %v732 : f32
                  %v2237 = arith.addf %v2234, %v2235 fastmath<contract> : f32
                  %v2238, %v2239 = gpu.shuffle xor %v2237, %v740, %v732 : f32
                  %v2240 = arith.addf %v2237, %v2238 fastmath<contract> : f32
                  // end sum over the lanes
                  %v2241 = llvm.call_intrinsic "llvm.fabs.f32"(%v2240) : (f32) -> f32
                  %v2242 = arith.maximumf %v81, %v2241 : f32
                  %v2243 = arith.divf %v2221, %v2242 : f32
                  %v2244 = arith.mulf %v2212, %v2243 fastmath<contract> : f32
                  %v2245 = llvm.load %v56 : !llvm.ptr -> f32
                  %v2246 = llvm.load %v60 : !llvm.ptr -> f32
                  %v2247 = arith.mulf %v2246, %v2245 fastmath<contract> : f32
                  %v2248 = arith.addf %v2244, %v2247 fastmath<contract> : f32
                  llvm.store %v2248, %v56 : f32, !llvm.ptr
                  %v2249 = arith.mulf %v2229, %v2243 fastmath<contract> : f32
                  %v2250 = llvm.load %v57 : !llvm.ptr -> f32
                  %v2251 = llvm.load %v61 : !llvm.ptr -> f32
                  %v2252 = arith.mulf %v2251, %v2250 fastmath<contract> : f32
                  %v2253 = arith.addf %v2249, %v2252 fastmath<contract> : f32
                  llvm.store %v2253, %v57 : f32, !llvm.ptr
                  %v2254 = arith.mulf %v2212, %v2179 fastmath<contract> : f32
                  %v2255 = arith.mulf %v2229, %v2191 fastmath<contract> : f32
                  %v2256 = arith.addf %v2254, %v2255 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v2257, %v2258 = gpu.shuffle xor %v2256, %v731, %v732 : f32
                  %v2259 = arith.addf %v2256, %v2257 fastmath<contract> : f32
                  %v2260, %v2261 = gpu.shuffle xor %v2259, %v736, %v732 : f32
                  %v2262 = arith.addf %v2259, %v2260 fastmath<contract> : f32
                  %v2263, %v2264 = gpu.shuffle xor %v2262, %v740, %v732 : f32
                  %v2265 = arith.addf %v2262, %v2263 fastmath<contract> : f32
                  // end sum over the lanes
                  %v2266 = arith.divf %v2265, %v2242 : f32
                  %v2267 = arith.divf %v2266, %v2242 : f32
                  %v2268 = arith.mulf %v2221, %v2267 fastmath<contract> : f32
                  %v2269 = arith.negf %v2268 : f32
                  %v2270 = arith.cmpf oge, %v81, %v2241 : f32
                  %v2271 = arith.select %v2270, %v81, %v80 : f32
                  %v2272 = arith.subf %v81, %v2271 fastmath<contract> : f32
                  %v2273 = arith.mulf %v2269, %v2272 fastmath<contract> : f32
                  %v2274 = arith.cmpf olt, %v2240, %v80 : f32
                  %v2275 = arith.select %v2274, %v777, %v80 : f32
                  %v2276 = arith.cmpf ogt, %v2240, %v80 : f32
                  %v2277 = arith.select %v2276, %v81, %v2275 : f32
                  %v2278 = arith.mulf %v2273, %v2277 fastmath<contract> : f32
                  %v2279 = arith.mulf %v2212, %v2278 fastmath<contract> : f32
                  %v2280 = llvm.load %v58 : !llvm.ptr -> f32
                  %v2281 = llvm.load %v62 : !llvm.ptr -> f32
                  %v2282 = arith.mulf %v2281, %v2280 fastmath<contract> : f32
                  %v2283 = arith.addf %v2279, %v2282 fastmath<contract> : f32
                  llvm.store %v2283, %v58 : f32, !llvm.ptr
                  %v2284 = arith.mulf %v2229, %v2278 fastmath<contract> : f32
                  %v2285 = llvm.load %v59 : !llvm.ptr -> f32
                  %v2286 = llvm.load %v63 : !llvm.ptr -> f32
                  %v2287 = arith.mulf %v2286, %v2285 fastmath<contract> : f32
                  %v2288 = arith.addf %v2284, %v2287 fastmath<contract> : f32
                  llvm.store %v2288, %v59 : f32, !llvm.ptr
                  %v2289 = arith.mulf %v2193, %v2278 fastmath<contract> : f32
                  %v2290 = arith.mulf %v2179, %v2243 fastmath<contract> : f32
                  %v2291 = arith.addf %v2289, %v2290 fastmath<contract> : f32
                  %v2292 = arith.mulf %v2195, %v2278 fastmath<contract> : f32
                  %v2293 = arith.mulf %v2191, %v2243 fastmath<contract> : f32
                  %v2294 = arith.addf %v2292, %v2293 fastmath<contract> : f32
                  %v2295 = arith.muli %v12, %v160 : i64
                  %v2296 = arith.subi %v2207, %v129 : i64
                  %v2297 = arith.addi %v2295, %v2296 : i64
                  %v2298 = llvm.getelementptr %v77[%v2297] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2299 = llvm.load %v2298 : !llvm.ptr -> f32
                  %v2300 = arith.mulf %v2299, %v350 fastmath<contract> : f32
                  %v2301 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2300) : (f32) -> f32
                  %v2302 = llvm.load %v58 : !llvm.ptr -> f32
                  %v2303 = arith.muli %v54, %v373 : i64
                  %v2304 = arith.muli %v2207, %v372 : i64
                  %v2305 = arith.addi %v2303, %v2304 : i64
                  %v2306 = arith.muli %v52, %v371 : i64
                  %v2307 = arith.addi %v2305, %v2306 : i64
                  %v2308 = arith.muli %v50, %v2 : i64
                  %v2309 = arith.addi %v2307, %v2308 : i64
                  %v2310 = llvm.getelementptr %in_v[%v2309] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2311 = llvm.load %v2310 : !llvm.ptr -> f32
                  %v2312 = llvm.load %v56 : !llvm.ptr -> f32
                  %v2313 = arith.mulf %v2311, %v2312 fastmath<contract> : f32
                  %v2314 = arith.addf %v2302, %v2313 fastmath<contract> : f32
                  %v2315 = arith.mulf %v2301, %v2314 fastmath<contract> : f32
                  %v2317 = llvm.call_intrinsic "llvm.sqrt.f32"(%v2316) : (f32) -> f32
                  %v2318 = arith.divf %v2315, %v2317 : f32
                  %v2319 = llvm.load %v59 : !llvm.ptr -> f32
                  %v2320 = llvm.load %v57 : !llvm.ptr -> f32
                  %v2321 = arith.mulf %v2311, %v2320 fastmath<contract> : f32
                  %v2322 = arith.addf %v2319, %v2321 fastmath<contract> : f32
                  %v2323 = arith.mulf %v2301, %v2322 fastmath<contract> : f32
                  %v2324 = arith.divf %v2323, %v2317 : f32
                  %v2325 = arith.muli %v40, %v160 : i64
                  %v2326 = arith.subi %v2207, %v129 : i64
                  %v2327 = arith.addi %v2325, %v2326 : i64
                  %v2328 = llvm.getelementptr %v75[%v2327] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2329 = llvm.load %v2328 : !llvm.ptr -> f32
                  %v2330 = arith.divf %v2329, %v2317 : f32
                  %v2331 = arith.mulf %v2301, %v2330 fastmath<contract> : f32
                  %v2332 = arith.mulf %v2331, %v2312 fastmath<contract> : f32
                  %v2333 = arith.constant 8 : i64
                  %v2334 = arith.addi %v2333, %v40 : i64
                  %v2335 = arith.muli %v2334, %v160 : i64
                  %v2336 = arith.subi %v2207, %v129 : i64
                  %v2337 = arith.addi %v2335, %v2336 : i64
                  %v2338 = llvm.getelementptr %v75[%v2337] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2339 = llvm.load %v2338 : !llvm.ptr -> f32
                  %v2340 = arith.divf %v2339, %v2317 : f32
                  %v2341 = arith.mulf %v2301, %v2340 fastmath<contract> : f32
                  %v2342 = arith.mulf %v2341, %v2320 fastmath<contract> : f32
                  %v2343 = arith.addf %v2332, %v2342 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v2344, %v2345 = gpu.shuffle xor %v2343, %v731, %v732 : f32
                  %v2346 = arith.addf %v2343, %v2344 fastmath<contract> : f32
                  %v2347, %v2348 = gpu.shuffle xor %v2346, %v736, %v732 : f32
                  %v2349 = arith.addf %v2346, %v2347 fastmath<contract> : f32
                  %v2350, %v2351 = gpu.shuffle xor %v2349, %v740, %v732 : f32
                  %v2352 = arith.addf %v2349, %v2350 fastmath<contract> : f32
                  // end sum over the lanes
                  %v2353 = arith.cmpi eq, %v40, %v12 : i64
                  %v2354 = arith.andi %v44, %v2353 : i1
                  scf.if %v2354 {
                    %v2355 = arith.muli %v54, %v373 : i64
                    %v2356 = arith.muli %v2207, %v372 : i64
                    %v2357 = arith.addi %v2355, %v2356 : i64
                    %v2358 = arith.muli %v52, %v371 : i64
                    %v2359 = arith.addi %v2357, %v2358 : i64
                    %v2360 = arith.muli %v50, %v2 : i64
                    %v2361 = arith.addi %v2359, %v2360 : i64
                    %v2362 = llvm.getelementptr %dx_v[%v2361] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2352, %v2362 : f32, !llvm.ptr
                  }
                  %v2363 = arith.mulf %v2330, %v2314 fastmath<contract> : f32
                  %v2364 = arith.mulf %v2340, %v2322 fastmath<contract> : f32
                  %v2365 = arith.addf %v2363, %v2364 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v2366, %v2367 = gpu.shuffle xor %v2365, %v731, %v732 : f32
                  %v2368 = arith.addf %v2365, %v2366 fastmath<contract> : f32
                  %v2369, %v2370 = gpu.shuffle xor %v2368, %v736, %v732 : f32
                  %v2371 = arith.addf %v2368, %v2369 fastmath<contract> : f32
                  %v2372, %v2373 = gpu.shuffle xor %v2371, %v740, %v732 : f32
                  %v2374 = arith.addf %v2371, %v2372 fastmath<contract> : f32
                  // end sum over the lanes
                  %v2375 = arith.mulf %v2301, %v2374 fastmath<contract> : f32
                  %v2376 = arith.mulf %v2122, %v2312 fastmath<contract> : f32
                  %v2377 = arith.mulf %v2134, %v2320 fastmath<contract> : f32
                  %v2378 = arith.addf %v2376, %v2377 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v2379, %v2380 = gpu.shuffle xor %v2378, %v731, %v732 : f32
                  %v2381 = arith.addf %v2378, %v2379 fastmath<contract> : f32
                  %v2382, %v2383 = gpu.shuffle xor %v2381, %v736, %v732 : f32
                  %v2384 = arith.addf %v2381, %v2382 fastmath<contract> : f32
                  %v2385, %v2386 = gpu.shuffle xor %v2384, %v740, %v732 : f32
                  %v2387 = arith.addf %v2384, %v2385 fastmath<contract> : f32
                  // end sum over the lanes
                  %v2388 = arith.mulf %v2136, %v2302 fastmath<contract> : f32
                  %v2389 = arith.mulf %v2138, %v2319 fastmath<contract> : f32
                  %v2390 = arith.addf %v2388, %v2389 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v2391, %v2392 = gpu.shuffle xor %v2390, %v731, %v732 : f32
                  %v2393 = arith.addf %v2390, %v2391 fastmath<contract> : f32
                  %v2394, %v2395 = gpu.shuffle xor %v2393, %v736, %v732 : f32
                  %v2396 = arith.addf %v2393, %v2394 fastmath<contract> : f32
                  %v2397, %v2398 = gpu.shuffle xor %v2396, %v740, %v732 : f32
                  %v2399 = arith.addf %v2396, %v2397 fastmath<contract> : f32
                  // end sum over the lanes
                  %v2400 = arith.addf %v2387, %v2399 fastmath<contract> : f32
                  %v2401 = arith.muli %v12, %v160 : i64
                  %v2402 = arith.subi %v2207, %v129 : i64
                  %v2403 = arith.addi %v2401, %v2402 : i64
                  %v2404 = llvm.getelementptr %v79[%v2403] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2405 = llvm.load %v2404 : !llvm.ptr -> f32
                  %v2406 = arith.negf %v2405 : f32
                  %v2407 = arith.mulf %v2406, %v350 fastmath<contract> : f32
                  %v2408 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2407) : (f32) -> f32
                  %v2409 = arith.addf %v81, %v2408 fastmath<contract> : f32
                  %v2410 = arith.divf %v81, %v2409 : f32
                  %v2411 = arith.subf %v81, %v2410 fastmath<contract> : f32
                  %v2412 = arith.mulf %v2410, %v2411 fastmath<contract> : f32
                  %v2413 = arith.mulf %v2400, %v2412 fastmath<contract> : f32
                  %v2414 = arith.select %v44, %v2291, %v80 : f32
                  // sum over the warp's outer points: shuffles
                  %v2415, %v2416 = gpu.shuffle xor %v2414, %v919, %v732 : f32
                  %v2417 = arith.addf %v2414, %v2415 fastmath<contract> : f32
                  %v2418, %v2419 = gpu.shuffle xor %v2417, %v923, %v732 : f32
                  %v2420 = arith.addf %v2417, %v2418 fastmath<contract> : f32
                  %v2421 = arith.divui %v30, %v32 : i64
                  %v2422 = arith.remui %v30, %v32 : i64
                  %v2423 = arith.cmpi ult, %v2422, %v39 : i64
                  %v2424 = arith.addi %v12, %v40 : i64
                  %v2425 = arith.muli %v2421, %v1 : i64
                  %v2426 = arith.addi %v2425, %v2424 : i64
                  %v2427 = arith.muli %v2426, %v933 : i64
                  %v2428 = arith.addi %v2427, %v2206 : i64
                  scf.if %v2423 {
                    %v2429 = llvm.getelementptr %v65[%v2428] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2420, %v2429 : f32, !llvm.ptr
                  }
                  %v2430 = arith.select %v44, %v2294, %v80 : f32
                  // sum over the warp's outer points: shuffles
                  %v2431, %v2432 = gpu.shuffle xor %v2430, %v919, %v732 : f32
                  %v2433 = arith.addf %v2430, %v2431 fastmath<contract> : f32
                  %v2434, %v2435 = gpu.shuffle xor %v2433, %v923, %v732 : f32
                  %v2436 = arith.addf %v2433, %v2434 fastmath<contract> : f32
                  %v2437 = arith.divui %v30, %v32 : i64
                  %v2438 = arith.remui %v30, %v32 : i64
                  %v2439 = arith.cmpi ult, %v2438, %v39 : i64
                  %v2440 = arith.addi %v39, %v40 : i64
                  %v2441 = arith.muli %v2437, %v1 : i64
                  %v2442 = arith.addi %v2441, %v2440 : i64
                  %v2443 = arith.muli %v2442, %v933 : i64
                  %v2444 = arith.addi %v2443, %v2206 : i64
                  scf.if %v2439 {
                    %v2445 = llvm.getelementptr %v65[%v2444] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2436, %v2445 : f32, !llvm.ptr
                  }
                  %v2446 = arith.select %v44, %v2318, %v80 : f32
                  // sum over the warp's outer points: shuffles
                  %v2447, %v2448 = gpu.shuffle xor %v2446, %v919, %v732 : f32
                  %v2449 = arith.addf %v2446, %v2447 fastmath<contract> : f32
                  %v2450, %v2451 = gpu.shuffle xor %v2449, %v923, %v732 : f32
                  %v2452 = arith.addf %v2449, %v2450 fastmath<contract> : f32
                  %v2453 = arith.divui %v30, %v32 : i64
                  %v2454 = arith.remui %v30, %v32 : i64
                  %v2455 = arith.cmpi ult, %v2454, %v39 : i64
                  %v2456 = arith.addi %v12, %v40 : i64
                  %v2457 = arith.muli %v2453, %v1 : i64
                  %v2458 = arith.addi %v2457, %v2456 : i64
                  %v2459 = arith.muli %v2458, %v933 : i64
                  %v2460 = arith.addi %v2459, %v2206 : i64
                  scf.if %v2455 {
                    %v2461 = llvm.getelementptr %v67[%v2460] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2452, %v2461 : f32, !llvm.ptr
                  }
                  %v2462 = arith.select %v44, %v2324, %v80 : f32
                  // sum over the warp's outer points: shuffles
                  %v2463, %v2464 = gpu.shuffle xor %v2462, %v919, %v732 : f32
                  %v2465 = arith.addf %v2462, %v2463 fastmath<contract> : f32
                  %v2466, %v2467 = gpu.shuffle xor %v2465, %v923, %v732 : f32
                  %v2468 = arith.addf %v2465, %v2466 fastmath<contract> : f32
                  %v2469 = arith.divui %v30, %v32 : i64
                  %v2470 = arith.remui %v30, %v32 : i64
                  %v2471 = arith.cmpi ult, %v2470, %v39 : i64
                  %v2472 = arith.addi %v39, %v40 : i64
                  %v2473 = arith.muli %v2469, %v1 : i64
                  %v2474 = arith.addi %v2473, %v2472 : i64
                  %v2475 = arith.muli %v2474, %v933 : i64
                  %v2476 = arith.addi %v2475, %v2206 : i64
                  scf.if %v2471 {
                    %v2477 = llvm.getelementptr %v67[%v2476] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2468, %v2477 : f32, !llvm.ptr
                  }
                  %v2478 = arith.select %v44, %v2375, %v80 : f32
                  // sum over the warp's outer points: shuffles
                  %v2479, %v2480 = gpu.shuffle xor %v2478, %v919, %v732 : f32
                  %v2481 = arith.addf %v2478, %v2479 fastmath<contract> : f32
                  %v2482, %v2483 = gpu.shuffle xor %v2481, %v923, %v732 : f32
                  %v2484 = arith.addf %v2481, %v2482 fastmath<contract> : f32
                  %v2485 = arith.divui %v30, %v32 : i64
                  %v2486 = arith.remui %v30, %v32 : i64
                  %v2487 = arith.cmpi ult, %v2486, %v2 : i64
                  %v2488 = arith.muli %v2485, %v2 : i64
                  %v2489 = arith.addi %v2488, %v12 : i64
                  %v2490 = arith.muli %v2489, %v933 : i64
                  %v2491 = arith.addi %v2490, %v2206 : i64
                  scf.if %v2487 {
                    %v2492 = llvm.getelementptr %v69[%v2491] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2484, %v2492 : f32, !llvm.ptr
                  }
                  %v2493 = arith.select %v44, %v2413, %v80 : f32
                  // sum over the warp's outer points: shuffles
                  %v2494, %v2495 = gpu.shuffle xor %v2493, %v919, %v732 : f32
                  %v2496 = arith.addf %v2493, %v2494 fastmath<contract> : f32
                  %v2497, %v2498 = gpu.shuffle xor %v2496, %v923, %v732 : f32
                  %v2499 = arith.addf %v2496, %v2497 fastmath<contract> : f32
                  %v2500 = arith.divui %v30, %v32 : i64
                  %v2501 = arith.remui %v30, %v32 : i64
                  %v2502 = arith.cmpi ult, %v2501, %v2 : i64
                  %v2503 = arith.muli %v2500, %v2 : i64
                  %v2504 = arith.addi %v2503, %v12 : i64
                  %v2505 = arith.muli %v2504, %v933 : i64
                  %v2506 = arith.addi %v2505, %v2206 : i64
                  scf.if %v2502 {
                    %v2507 = llvm.getelementptr %v71[%v2506] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2499, %v2507 : f32, !llvm.ptr
                  }
                  llvm.store %v2410, %v60 : f32, !llvm.ptr
                  llvm.store %v2410, %v61 : f32, !llvm.ptr
                  llvm.store %v2410, %v62 : f32, !llvm.ptr
                  llvm.store %v2410, %v63 : f32, !llvm.ptr
                }
                %v2508 = arith.addi %v423, %v91 : i64
                %v2509 = arith.cmpi slt, %v736, %v2197 : i32
                %v2510 = arith.cmpi eq, %v736, %v2202 : i32
                %v2511 = arith.addi %v425, %v2 : i64
                scf.if %v2509 {
                  %v2512 = arith.addi %v129, %v2508 : i64
                  %v2513 = arith.muli %v40, %v160 : i64
                  %v2514 = arith.subi %v2512, %v129 : i64
                  %v2515 = arith.addi %v2513, %v2514 : i64
                  %v2516 = llvm.getelementptr %v73[%v2515] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2517 = llvm.load %v2516 : !llvm.ptr -> f32
                  %v2518 = arith.muli %v54, %v373 : i64
                  %v2519 = arith.muli %v2512, %v372 : i64
                  %v2520 = arith.addi %v2518, %v2519 : i64
                  %v2521 = arith.muli %v52, %v371 : i64
                  %v2522 = arith.addi %v2520, %v2521 : i64
                  %v2523 = arith.muli %v50, %v2 : i64
                  %v2524 = arith.addi %v2522, %v2523 : i64
                  %v2525 = llvm.getelementptr %dy_o[%v2524] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2526 = llvm.load %v2525 : !llvm.ptr -> f32
                  %v2527 = arith.mulf %v2517, %v2136 fastmath<contract> : f32
                  %v2528 = arith.constant 8 : i64
                  %v2529 = arith.addi %v2528, %v40 : i64
                  %v2530 = arith.muli %v2529, %v160 : i64
                  %v2531 = arith.subi %v2512, %v129 : i64
                  %v2532 = arith.addi %v2530, %v2531 : i64
                  %v2533 = llvm.getelementptr %v73[%v2532] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2534 = llvm.load %v2533 : !llvm.ptr -> f32
                  %v2535 = arith.mulf %v2534, %v2138 fastmath<contract> : f32
                  %v2536 = arith.addf %v2527, %v2535 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v2537, %v2538 = gpu.shuffle xor %v2536, %v731, %v732 : f32
                  %v2539 = arith.addf %v2536, %v2537 fastmath<contract> : f32
                  %v2540, %v2541 = gpu.shuffle xor %v2539, %v736, %v732 : f32
                  %v2542 = arith.addf %v2539, %v2540 fastmath<contract> : f32
                  %v2543, %v2544 = gpu.shuffle xor %v2542, %v740, %v732 : f32
                  %v2545 = arith.addf %v2542, %v2543 fastmath<contract> : f32
                  // end sum over the lanes
                  %v2546 = llvm.call_intrinsic "llvm.fabs.f32"(%v2545) : (f32) -> f32
                  %v2547 = arith.maximumf %v81, %v2546 : f32
                  %v2548 = arith.divf %v2526, %v2547 : f32
                  %v2549 = arith.mulf %v2517, %v2548 fastmath<contract> : f32
                  %v2550 = llvm.load %v56 : !llvm.ptr -> f32
                  %v2551 = llvm.load %v60 : !llvm.ptr -> f32
                  %v2552 = arith.mulf %v2551, %v2550 fastmath<contract> : f32
                  %v2553 = arith.addf %v2549, %v2552 fastmath<contract> : f32
                  llvm.store %v2553, %v56 : f32, !llvm.ptr
                  %v2554 = arith.mulf %v2534, %v2548 fastmath<contract> : f32
                  %v2555 = llvm.load %v57 : !llvm.ptr -> f32
                  %v2556 = llvm.load %v61 : !llvm.ptr -> f32
                  %v2557 = arith.mulf %v2556, %v2555 fastmath<contract> : f32
                  %v2558 = arith.addf %v2554, %v2557 fastmath<contract> : f32
                  llvm.store %v2558, %v57 : f32, !llvm.ptr
                  %v2559 = arith.mulf %v2517, %v2122 fastmath<contract> : f32
                  %v2560 = arith.mulf %v2534, %v2134 fastmath<contract> : f32
                  %v2561 = arith.addf %v2559, %v2560 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v2562, %v2563 = gpu.shuffle xor %v2561, %v731, %v732 : f32
                  %v2564 = arith.addf %v2561, %v2562 fastmath<contract> : f32
                  %v2565, %v2566 = gpu.shuffle xor %v2564, %v736, %v732 : f32
                  %v2567 = arith.addf %v2564, %v2565 fastmath<contract> : f32
                  %v2568, %v2569 = gpu.shuffle xor %v2567, %v740, %v732 : f32
                  %v2570 = arith.addf %v2567, %v2568 fastmath<contract> : f32
                  // end sum over the lanes
                  %v2571 = arith.divf %v2570, %v2547 : f32
                  %v2572 = arith.divf %v2571, %v2547 : f32
                  %v2573 = arith.mulf %v2526, %v2572 fastmath<contract> : f32
                  %v2574 = arith.negf %v2573 : f32
                  %v2575 = arith.cmpf oge, %v81, %v2546 : f32
                  %v2576 = arith.select %v2575, %v81, %v80 : f32
                  %v2577 = arith.subf %v81, %v2576 fastmath<contract> : f32
                  %v2578 = arith.mulf %v2574, %v2577 fastmath<contract> : f32
                  %v2579 = arith.cmpf olt, %v2545, %v80 : f32
                  %v2580 = arith.select %v2579, %v777, %v80 : f32
                  %v2581 = arith.cmpf ogt, %v2545, %v80 : f32
                  %v2582 = arith.select %v2581, %v81, %v2580 : f32
                  %v2583 = arith.mulf %v2578, %v2582 fastmath<contract> : f32
                  %v2584 = arith.mulf %v2517, %v2583 fastmath<contract> : f32
                  %v2585 = llvm.load %v58 : !llvm.ptr -> f32
                  %v2586 = llvm.load %v62 : !llvm.ptr -> f32
                  %v2587 = arith.mulf %v2586, %v2585 fastmath<contract> : f32
                  %v2588 = arith.addf %v2584, %v2587 fastmath<contract> : f32
                  llvm.store %v2588, %v58 : f32, !llvm.ptr
                  %v2589 = arith.mulf %v2534, %v2583 fastmath<contract> : f32
                  %v2590 = llvm.load %v59 : !llvm.ptr -> f32
                  %v2591 = llvm.load %v63 : !llvm.ptr -> f32
                  %v2592 = arith.mulf %v2591, %v2590 fastmath<contract> : f32
                  %v2593 = arith.addf %v2589, %v2592 fastmath<contract> : f32
                  llvm.store %v2593, %v59 : f32, !llvm.ptr
                  %v2594 = arith.mulf %v2136, %v2583 fastmath<contract> : f32
                  %v2595 = arith.mulf %v2122, %v2548 fastmath<contract> : f32
                  %v2596 = arith.addf %v2594, %v2595 fastmath<contract> : f32
                  %v2597 = arith.mulf %v2138, %v2583 fastmath<contract> : f32
                  %v2598 = arith.mulf %v2134, %v2548 fastmath<contract> : f32
                  %v2599 = arith.addf %v2597, %v2598 fastmath<contract> : f32
                  %v2600 = arith.muli %v12, %v160 : i64
                  %v2601 = arith.subi %v2512, %v129 : i64
                  %v2602 = arith.addi %v2600, %v2601 : i64
                  %v2603 = llvm.getelementptr %v77[%v2602] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2604 = llvm.load %v2603 : !llvm.ptr -> f32
                  %v2605 = arith.mulf %v2604, %v350 fastmath<contract> : f32
                  %v2606 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2605) : (f32) -> f32
                  %v2607 = llvm.load %v58 : !llvm.ptr -> f32
                  %v2608 = arith.muli %v54, %v373 : i64
                  %v2609 = arith.muli %v2512, %v372 : i64
                  %v2610 = arith.addi %v2608, %v2609 : i64
                  %v2611 = arith.muli %v52, %v371 : i64
                  %v2612 = arith.addi %v2610, %v2611 : i64
                  %v2613 = arith.muli %v50, %v2 : i64
                  %v2614 = arith.addi %v2612, %v2613 : i64
                  %v2615 = llvm.getelementptr %in_v[%v2614] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2616 = llvm.load %v2615 : !llvm.ptr -> f32
                  %v2617 = llvm.load %v56 : !llvm.ptr -> f32
                  %v2618 = arith.mulf %v2616, %v2617 fastmath<contract> : f32
                  %v2619 = arith.addf %v2607, %v2618 fastmath<contract> : f32
                  %v2620 = arith.mulf %v2606, %v2619 fastmath<contract> : f32
                  %v2622 = llvm.call_intrinsic "llvm.sqrt.f32"(%v2621) : (f32) -> f32
                  %v2623 = arith.divf %v2620, %v2622 : f32
                  %v2624 = llvm.load %v59 : !llvm.ptr -> f32
                  %v2625 = llvm.load %v57 : !llvm.ptr -> f32
                  %v2626 = arith.mulf %v2616, %v2625 fastmath<contract> : f32
                  %v2627 = arith.addf %v2624, %v2626 fastmath<contract> : f32
                  %v2628 = arith.mulf %v2606, %v2627 fastmath<contract> : f32
                  %v2629 = arith.divf %v2628, %v2622 : f32
                  %v2630 = arith.muli %v40, %v160 : i64
                  %v2631 = arith.subi %v2512, %v129 : i64
                  %v2632 = arith.addi %v2630, %v2631 : i64
                  %v2633 = llvm.getelementptr %v75[%v2632] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2634 = llvm.load %v2633 : !llvm.ptr -> f32
                  %v2635 = arith.divf %v2634, %v2622 : f32
                  %v2636 = arith.mulf %v2606, %v2635 fastmath<contract> : f32
                  %v2637 = arith.mulf %v2636, %v2617 fastmath<contract> : f32
                  %v2638 = arith.constant 8 : i64
                  %v2639 = arith.addi %v2638, %v40 : i64
                  %v2640 = arith.muli %v2639, %v160 : i64
                  %v2641 = arith.subi %v2512, %v129 : i64
                  %v2642 = arith.addi %v2640, %v2641 : i64
                  %v2643 = llvm.getelementptr %v75[%v2642] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2644 = llvm.load %v2643 : !llvm.ptr -> f32
                  %v2645 = arith.divf %v2644, %v2622 : f32
                  %v2646 = arith.mulf %v2606, %v2645 fastmath<contract> : f32
                  %v2647 = arith.mulf %v2646, %v2625 fastmath<contract> : f32
                  %v2648 = arith.addf %v2637, %v2647 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v2649, %v2650 = gpu.shuffle xor %v2648, %v731, %v732 : f32
                  %v2651 = arith.addf %v2648, %v2649 fastmath<contract> : f32
                  %v2652, %v2653 = gpu.shuffle xor %v2651, %v736, %v732 : f32
                  %v2654 = arith.addf %v2651, %v2652 fastmath<contract> : f32
                  %v2655, %v2656 = gpu.shuffle xor %v2654, %v740, %v732 : f32
                  %v2657 = arith.addf %v2654, %v2655 fastmath<contract> : f32
                  // end sum over the lanes
                  %v2658 = arith.cmpi eq, %v40, %v12 : i64
                  %v2659 = arith.andi %v44, %v2658 : i1
                  scf.if %v2659 {
                    %v2660 = arith.muli %v54, %v373 : i64
                    %v2661 = arith.muli %v2512, %v372 : i64
                    %v2662 = arith.addi %v2660, %v2661 : i64
                    %v2663 = arith.muli %v52, %v371 : i64
                    %v2664 = arith.addi %v2662, %v2663 : i64
                    %v2665 = arith.muli %v50, %v2 : i64
                    %v2666 = arith.addi %v2664, %v2665 : i64
                    %v2667 = llvm.getelementptr %dx_v[%v2666] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2657, %v2667 : f32, !llvm.ptr
                  }
                  %v2668 = arith.mulf %v2635, %v2619 fastmath<contract> : f32
                  %v2669 = arith.mulf %v2645, %v2627 fastmath<contract> : f32
                  %v2670 = arith.addf %v2668, %v2669 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v2671, %v2672 = gpu.shuffle xor %v2670, %v731, %v732 : f32
                  %v2673 = arith.addf %v2670, %v2671 fastmath<contract> : f32
                  %v2674, %v2675 = gpu.shuffle xor %v2673, %v736, %v732 : f32
                  %v2676 = arith.addf %v2673, %v2674 fastmath<contract> : f32
                  %v2677, %v2678 = gpu.shuffle xor %v2676, %v740, %v732 : f32
                  %v2679 = arith.addf %v2676, %v2677 fastmath<contract> : f32
                  // end sum over the lanes
                  %v2680 = arith.mulf %v2606, %v2679 fastmath<contract> : f32
                  %v2681 = arith.mulf %v2065, %v2617 fastmath<contract> : f32
                  %v2682 = arith.mulf %v2077, %v2625 fastmath<contract> : f32
                  %v2683 = arith.addf %v2681, %v2682 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v2684, %v2685 = gpu.shuffle xor %v2683, %v731, %v732 : f32
                  %v2686 = arith.addf %v2683, %v2684 fastmath<contract> : f32
                  %v2687, %v2688 = gpu.shuffle xor %v2686, %v736, %v732 : f32
                  %v2689 = arith.addf %v2686, %v2687 fastmath<contract> : f32
                  %v2690, %v2691 = gpu.shuffle xor %v2689, %v740, %v732 : f32
                  %v2692 = arith.addf %v2689, %v2690 fastmath<contract> : f32
                  // end sum over the lanes
                  %v2693 = arith.mulf %v2079, %v2607 fastmath<contract> : f32
                  %v2694 = arith.mulf %v2081, %v2624 fastmath<contract> : f32
                  %v2695 = arith.addf %v2693, %v2694 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v2696, %v2697 = gpu.shuffle xor %v2695, %v731, %v732 : f32
                  %v2698 = arith.addf %v2695, %v2696 fastmath<contract> : f32
                  %v2699, %v2700 = gpu.shuffle xor %v2698, %v736, %v732 : f32
                  %v2701 = arith.addf %v2698, %v2699 fastmath<contract> : f32
                  %v2702, %v2703 = gpu.shuffle xor %v2701, %v740, %v732 : f32
                  %v2704 = arith.addf %v2701, %v2702 fastmath<contract> : f32
                  // end sum over the lanes
                  %v2705 = arith.addf %v2692, %v2704 fastmath<contract> : f32
                  %v2706 = arith.muli %v12, %v160 : i64
                  %v2707 = arith.subi %v2512, %v129 : i64
                  %v2708 = arith.addi %v2706, %v2707 : i64
                  %v2709 = llvm.getelementptr %v79[%v2708] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2710 = llvm.load %v2709 : !llvm.ptr -> f32
                  %v2711 = arith.negf %v2710 : f32
                  %v2712 = arith.mulf %v2711, %v350 fastmath<contract> : f32
                  %v2713 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2712) : (f32) -> f32
                  %v2714 = arith.addf %v81, %v2713 fastmath<contract> : f32
                  %v2715 = arith.divf %v81, %v2714 : f32
                  %v2716 = arith.subf %v81, %v2715 fastmath<contract> : f32
                  %v2717 = arith.mulf %v2715, %v2716 fastmath<contract> : f32
                  %v2718 = arith.mulf %v2705, %v2717 fastmath<contract> : f32
                  %v2719 = arith.select %v44, %v2596, %v80 : f32
                  // sum over the warp's outer points: shuffles
                  %v2720, %v2721 = gpu.shuffle xor %v2719, %v919, %v732 : f32
                  %v2722 = arith.addf %v2719, %v2720 fastmath<contract> : f32
                  %v2723, %v2724 = gpu.shuffle xor %v2722, %v923, %v732 : f32
                  %v2725 = arith.addf %v2722, %v2723 fastmath<contract> : f32
                  %v2726 = arith.divui %v30, %v32 : i64
                  %v2727 = arith.remui %v30, %v32 : i64
                  %v2728 = arith.cmpi ult, %v2727, %v39 : i64
                  %v2729 = arith.addi %v12, %v40 : i64
                  %v2730 = arith.muli %v2726, %v1 : i64
                  %v2731 = arith.addi %v2730, %v2729 : i64
                  %v2732 = arith.muli %v2731, %v933 : i64
                  %v2733 = arith.addi %v2732, %v2511 : i64
                  scf.if %v2728 {
                    %v2734 = llvm.getelementptr %v65[%v2733] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2725, %v2734 : f32, !llvm.ptr
                  }
                  %v2735 = arith.select %v44, %v2599, %v80 : f32
                  // sum over the warp's outer points: shuffles
                  %v2736, %v2737 = gpu.shuffle xor %v2735, %v919, %v732 : f32
                  %v2738 = arith.addf %v2735, %v2736 fastmath<contract> : f32
                  %v2739, %v2740 = gpu.shuffle xor %v2738, %v923, %v732 : f32
                  %v2741 = arith.addf %v2738, %v2739 fastmath<contract> : f32
                  %v2742 = arith.divui %v30, %v32 : i64
                  %v2743 = arith.remui %v30, %v32 : i64
                  %v2744 = arith.cmpi ult, %v2743, %v39 : i64
                  %v2745 = arith.addi %v39, %v40 : i64
                  %v2746 = arith.muli %v2742, %v1 : i64
                  %v2747 = arith.addi %v2746, %v2745 : i64
                  %v2748 = arith.muli %v2747, %v933 : i64
                  %v2749 = arith.addi %v2748, %v2511 : i64
                  scf.if %v2744 {
                    %v2750 = llvm.getelementptr %v65[%v2749] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2741, %v2750 : f32, !llvm.ptr
                  }
                  %v2751 = arith.select %v44, %v2623, %v80 : f32
                  // sum over the warp's outer points: shuffles
                  %v2752, %v2753 = gpu.shuffle xor %v2751, %v919, %v732 : f32
                  %v2754 = arith.addf %v2751, %v2752 fastmath<contract> : f32
                  %v2755, %v2756 = gpu.shuffle xor %v2754, %v923, %v732 : f32
                  %v2757 = arith.addf %v2754, %v2755 fastmath<contract> : f32
                  %v2758 = arith.divui %v30, %v32 : i64
                  %v2759 = arith.remui %v30, %v32 : i64
                  %v2760 = arith.cmpi ult, %v2759, %v39 : i64
                  %v2761 = arith.addi %v12, %v40 : i64
                  %v2762 = arith.muli %v2758, %v1 : i64
                  %v2763 = arith.addi %v2762, %v2761 : i64
                  %v2764 = arith.muli %v2763, %v933 : i64
                  %v2765 = arith.addi %v2764, %v2511 : i64
                  scf.if %v2760 {
                    %v2766 = llvm.getelementptr %v67[%v2765] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2757, %v2766 : f32, !llvm.ptr
                  }
                  %v2767 = arith.select %v44, %v2629, %v80 : f32
                  // sum over the warp's outer points: shuffles
                  %v2768, %v2769 = gpu.shuffle xor %v2767, %v919, %v732 : f32
                  %v2770 = arith.addf %v2767, %v2768 fastmath<contract> : f32
                  %v2771, %v2772 = gpu.shuffle xor %v2770, %v923, %v732 : f32
                  %v2773 = arith.addf %v2770, %v2771 fastmath<contract> : f32
                  %v2774 = arith.divui %v30, %v32 : i64
                  %v2775 = arith.remui %v30, %v32 : i64
                  %v2776 = arith.cmpi ult, %v2775, %v39 : i64
                  %v2777 = arith.addi %v39, %v40 : i64
                  %v2778 = arith.muli %v2774, %v1 : i64
                  %v2779 = arith.addi %v2778, %v2777 : i64
                  %v2780 = arith.muli %v2779, %v933 : i64
                  %v2781 = arith.addi %v2780, %v2511 : i64
                  scf.if %v2776 {
                    %v2782 = llvm.getelementptr %v67[%v2781] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2773, %v2782 : f32, !llvm.ptr
                  }
                  %v2783 = arith.select %v44, %v2680, %v80 : f32
                  // sum over the warp's outer points: shuffles
                  %v2784, %v2785 = gpu.shuffle xor %v2783, %v919, %v732 : f32
                  %v2786 = arith.addf %v2783, %v2784 fastmath<contract> : f32
                  %v2787, %v2788 = gpu.shuffle xor %v2786, %v923, %v732 : f32
                  %v2789 = arith.addf %v2786, %v2787 fastmath<contract> : f32
                  %v2790 = arith.divui %v30, %v32 : i64
                  %v2791 = arith.remui %v30, %v32 : i64
                  %v2792 = arith.cmpi ult, %v2791, %v2 : i64
                  %v2793 = arith.muli %v2790, %v2 : i64
                  %v2794 = arith.addi %v2793, %v12 : i64
                  %v2795 = arith.muli %v2794, %v933 : i64
                  %v2796 = arith.addi %v2795, %v2511 : i64
                  scf.if %v2792 {
                    %v2797 = llvm.getelementptr %v69[%v2796] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2789, %v2797 : f32, !llvm.ptr
                  }
                  %v2798 = arith.select %v44, %v2718, %v80 : f32
                  // sum over the warp's outer points: shuffles
                  %v2799, %v2800 = gpu.shuffle xor %v2798, %v919, %v732 : f32
                  %v2801 = arith.addf %v2798, %v2799 fastmath<contract> : f32
                  %v2802, %v2803 = gpu.shuffle xor %v2801, %v923, %v732 : f32
                  %v2804 = arith.addf %v2801, %v2802 fastmath<contract> : f32
                  %v2805 = arith.divui %v30, %v32 : i64
                  %v2806 = arith.remui %v30, %v32 : i64
                  %v2807 = arith.cmpi ult, %v2806, %v2 : i64
                  %v2808 = arith.muli %v2805, %v2 : i64
                  %v2809 = arith.addi %v2808, %v12 : i64
                  %v2810 = arith.muli %v2809, %v933 : i64
                  %v2811 = arith.addi %v2810, %v2511 : i64
                  scf.if %v2807 {
                    %v2812 = llvm.getelementptr %v71[%v2811] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2804, %v2812 : f32, !llvm.ptr
                  }
                  llvm.store %v2715, %v60 : f32, !llvm.ptr
                  llvm.store %v2715, %v61 : f32, !llvm.ptr
                  llvm.store %v2715, %v62 : f32, !llvm.ptr
                  llvm.store %v2715, %v63 : f32, !llvm.ptr
                }
                %v2813 = arith.addi %v423, %v2 : i64
                %v2814 = arith.cmpi slt, %v731, %v2197 : i32
                %v2815 = arith.cmpi eq, %v731, %v2202 : i32
                %v2816 = arith.addi %v425, %v91 : i64
                scf.if %v2814 {
                  %v2817 = arith.addi %v129, %v2813 : i64
                  %v2818 = arith.muli %v40, %v160 : i64
                  %v2819 = arith.subi %v2817, %v129 : i64
                  %v2820 = arith.addi %v2818, %v2819 : i64
                  %v2821 = llvm.getelementptr %v73[%v2820] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2822 = llvm.load %v2821 : !llvm.ptr -> f32
                  %v2823 = arith.muli %v54, %v373 : i64
                  %v2824 = arith.muli %v2817, %v372 : i64
                  %v2825 = arith.addi %v2823, %v2824 : i64
                  %v2826 = arith.muli %v52, %v371 : i64
                  %v2827 = arith.addi %v2825, %v2826 : i64
                  %v2828 = arith.muli %v50, %v2 : i64
                  %v2829 = arith.addi %v2827, %v2828 : i64
                  %v2830 = llvm.getelementptr %dy_o[%v2829] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2831 = llvm.load %v2830 : !llvm.ptr -> f32
                  %v2832 = arith.mulf %v2822, %v2079 fastmath<contract> : f32
                  %v2833 = arith.constant 8 : i64
                  %v2834 = arith.addi %v2833, %v40 : i64
                  %v2835 = arith.muli %v2834, %v160 : i64
                  %v2836 = arith.subi %v2817, %v129 : i64
                  %v2837 = arith.addi %v2835, %v2836 : i64
                  %v2838 = llvm.getelementptr %v73[%v2837] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2839 = llvm.load %v2838 : !llvm.ptr -> f32
                  %v2840 = arith.mulf %v2839, %v2081 fastmath<contract> : f32
                  %v2841 = arith.addf %v2832, %v2840 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v2842, %v2843 = gpu.shuffle xor %v2841, %v731, %v732 : f32
                  %v2844 = arith.addf %v2841, %v2842 fastmath<contract> : f32
                  %v2845, %v2846 = gpu.shuffle xor %v2844, %v736, %v732 : f32
                  %v2847 = arith.addf %v2844, %v2845 fastmath<contract> : f32
                  %v2848, %v2849 = gpu.shuffle xor %v2847, %v740, %v732 : f32
                  %v2850 = arith.addf %v2847, %v2848 fastmath<contract> : f32
                  // end sum over the lanes
                  %v2851 = llvm.call_intrinsic "llvm.fabs.f32"(%v2850) : (f32) -> f32
                  %v2852 = arith.maximumf %v81, %v2851 : f32
                  %v2853 = arith.divf %v2831, %v2852 : f32
                  %v2854 = arith.mulf %v2822, %v2853 fastmath<contract> : f32
                  %v2855 = llvm.load %v56 : !llvm.ptr -> f32
                  %v2856 = llvm.load %v60 : !llvm.ptr -> f32
                  %v2857 = arith.mulf %v2856, %v2855 fastmath<contract> : f32
                  %v2858 = arith.addf %v2854, %v2857 fastmath<contract> : f32
                  llvm.store %v2858, %v56 : f32, !llvm.ptr
                  %v2859 = arith.mulf %v2839, %v2853 fastmath<contract> : f32
                  %v2860 = llvm.load %v57 : !llvm.ptr -> f32
                  %v2861 = llvm.load %v61 : !llvm.ptr -> f32
                  %v2862 = arith.mulf %v2861, %v2860 fastmath<contract> : f32
                  %v2863 = arith.addf %v2859, %v2862 fastmath<contract> : f32
                  llvm.store %v2863, %v57 : f32, !llvm.ptr
                  %v2864 = arith.mulf %v2822, %v2065 fastmath<contract> : f32
                  %v2865 = arith.mulf %v2839, %v2077 fastmath<contract> : f32
                  %v2866 = arith.addf %v2864, %v2865 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v2867, %v2868 = gpu.shuffle xor %v2866, %v731, %v732 : f32
                  %v2869 = arith.addf %v2866, %v2867 fastmath<contract> : f32
                  %v2870, %v2871 = gpu.shuffle xor %v2869, %v736, %v732 : f32
                  %v2872 = arith.addf %v2869, %v2870 fastmath<contract> : f32
                  %v2873, %v2874 = gpu.shuffle xor %v2872, %v740, %v732 : f32
                  %v2875 = arith.addf %v2872, %v2873 fastmath<contract> : f32
                  // end sum over the lanes
                  %v2876 = arith.divf %v2875, %v2852 : f32
                  %v2877 = arith.divf %v2876, %v2852 : f32
                  %v2878 = arith.mulf %v2831, %v2877 fastmath<contract> : f32
                  %v2879 = arith.negf %v2878 : f32
                  %v2880 = arith.cmpf oge, %v81, %v2851 : f32
                  %v2881 = arith.select %v2880, %v81, %v80 : f32
                  %v2882 = arith.subf %v81, %v2881 fastmath<contract> : f32
                  %v2883 = arith.mulf %v2879, %v2882 fastmath<contract> : f32
                  %v2884 = arith.cmpf olt, %v2850, %v80 : f32
                  %v2885 = arith.select %v2884, %v777, %v80 : f32
                  %v2886 = arith.cmpf ogt, %v2850, %v80 : f32
                  %v2887 = arith.select %v2886, %v81, %v2885 : f32
                  %v2888 = arith.mulf %v2883, %v2887 fastmath<contract> : f32
                  %v2889 = arith.mulf %v2822, %v2888 fastmath<contract> : f32
                  %v2890 = llvm.load %v58 : !llvm.ptr -> f32
                  %v2891 = llvm.load %v62 : !llvm.ptr -> f32
                  %v2892 = arith.mulf %v2891, %v2890 fastmath<contract> : f32
                  %v2893 = arith.addf %v2889, %v2892 fastmath<contract> : f32
                  llvm.store %v2893, %v58 : f32, !llvm.ptr
                  %v2894 = arith.mulf %v2839, %v2888 fastmath<contract> : f32
                  %v2895 = llvm.load %v59 : !llvm.ptr -> f32
                  %v2896 = llvm.load %v63 : !llvm.ptr -> f32
                  %v2897 = arith.mulf %v2896, %v2895 fastmath<contract> : f32
                  %v2898 = arith.addf %v2894, %v2897 fastmath<contract> : f32
                  llvm.store %v2898, %v59 : f32, !llvm.ptr
                  %v2899 = arith.mulf %v2079, %v2888 fastmath<contract> : f32
                  %v2900 = arith.mulf %v2065, %v2853 fastmath<contract> : f32
                  %v2901 = arith.addf %v2899, %v2900 fastmath<contract> : f32
                  %v2902 = arith.mulf %v2081, %v2888 fastmath<contract> : f32
                  %v2903 = arith.mulf %v2077, %v2853 fastmath<contract> : f32
                  %v2904 = arith.addf %v2902, %v2903 fastmath<contract> : f32
                  %v2905 = arith.muli %v12, %v160 : i64
                  %v2906 = arith.subi %v2817, %v129 : i64
                  %v2907 = arith.addi %v2905, %v2906 : i64
                  %v2908 = llvm.getelementptr %v77[%v2907] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2909 = llvm.load %v2908 : !llvm.ptr -> f32
                  %v2910 = arith.mulf %v2909, %v350 fastmath<contract> : f32
                  %v2911 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2910) : (f32) -> f32
                  %v2912 = llvm.load %v58 : !llvm.ptr -> f32
                  %v2913 = arith.muli %v54, %v373 : i64
                  %v2914 = arith.muli %v2817, %v372 : i64
                  %v2915 = arith.addi %v2913, %v2914 : i64
                  %v2916 = arith.muli %v52, %v371 : i64
                  %v2917 = arith.addi %v2915, %v2916 : i64
                  %v2918 = arith.muli %v50, %v2 : i64
                  %v2919 = arith.addi %v2917, %v2918 : i64
                  %v2920 = llvm.getelementptr %in_v[%v2919] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2921 = llvm.load %v2920 : !llvm.ptr -> f32
                  %v2922 = llvm.load %v56 : !llvm.ptr -> f32
                  %v2923 = arith.mulf %v2921, %v2922 fastmath<contract> : f32
                  %v2924 = arith.addf %v2912, %v2923 fastmath<contract> : f32
                  %v2925 = arith.mulf %v2911, %v2924 fastmath<contract> : f32
                  %v2927 = llvm.call_intrinsic "llvm.sqrt.f32"(%v2926) : (f32) -> f32
                  %v2928 = arith.divf %v2925, %v2927 : f32
                  %v2929 = llvm.load %v59 : !llvm.ptr -> f32
                  %v2930 = llvm.load %v57 : !llvm.ptr -> f32
                  %v2931 = arith.mulf %v2921, %v2930 fastmath<contract> : f32
                  %v2932 = arith.addf %v2929, %v2931 fastmath<contract> : f32
                  %v2933 = arith.mulf %v2911, %v2932 fastmath<contract> : f32
                  %v2934 = arith.divf %v2933, %v2927 : f32
                  %v2935 = arith.muli %v40, %v160 : i64
                  %v2936 = arith.subi %v2817, %v129 : i64
                  %v2937 = arith.addi %v2935, %v2936 : i64
                  %v2938 = llvm.getelementptr %v75[%v2937] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2939 = llvm.load %v2938 : !llvm.ptr -> f32
                  %v2940 = arith.divf %v2939, %v2927 : f32
                  %v2941 = arith.mulf %v2911, %v2940 fastmath<contract> : f32
                  %v2942 = arith.mulf %v2941, %v2922 fastmath<contract> : f32
                  %v2943 = arith.constant 8 : i64
                  %v2944 = arith.addi %v2943, %v40 : i64
                  %v2945 = arith.muli %v2944, %v160 : i64
                  %v2946 = arith.subi %v2817, %v129 : i64
                  %v2947 = arith.addi %v2945, %v2946 : i64
                  %v2948 = llvm.getelementptr %v75[%v2947] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2949 = llvm.load %v2948 : !llvm.ptr -> f32
                  %v2950 = arith.divf %v2949, %v2927 : f32
                  %v2951 = arith.mulf %v2911, %v2950 fastmath<contract> : f32
                  %v2952 = arith.mulf %v2951, %v2930 fastmath<contract> : f32
                  %v2953 = arith.addf %v2942, %v2952 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v2954, %v2955 = gpu.shuffle xor %v2953, %v731, %v732 : f32
                  %v2956 = arith.addf %v2953, %v2954 fastmath<contract> : f32
                  %v2957, %v2958 = gpu.shuffle xor %v2956, %v736, %v732 : f32
                  %v2959 = arith.addf %v2956, %v2957 fastmath<contract> : f32
                  %v2960, %v2961 = gpu.shuffle xor %v2959, %v740, %v732 : f32
                  %v2962 = arith.addf %v2959, %v2960 fastmath<contract> : f32
                  // end sum over the lanes
                  %v2963 = arith.cmpi eq, %v40, %v12 : i64
                  %v2964 = arith.andi %v44, %v2963 : i1
                  scf.if %v2964 {
                    %v2965 = arith.muli %v54, %v373 : i64
                    %v2966 = arith.muli %v2817, %v372 : i64
                    %v2967 = arith.addi %v2965, %v2966 : i64
                    %v2968 = arith.muli %v52, %v371 : i64
                    %v2969 = arith.addi %v2967, %v2968 : i64
                    %v2970 = arith.muli %v50, %v2 : i64
                    %v2971 = arith.addi %v2969, %v2970 : i64
                    %v2972 = llvm.getelementptr %dx_v[%v2971] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2962, %v2972 : f32, !llvm.ptr
                  }
                  %v2973 = arith.mulf %v2940, %v2924 fastmath<contract> : f32
                  %v2974 = arith.mulf %v2950, %v2932 fastmath<contract> : f32
                  %v2975 = arith.addf %v2973, %v2974 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v2976, %v2977 = gpu.shuffle xor %v2975, %v731, %v732 : f32
                  %v2978 = arith.addf %v2975, %v2976 fastmath<contract> : f32
                  %v2979, %v2980 = gpu.shuffle xor %v2978, %v736, %v732 : f32
                  %v2981 = arith.addf %v2978, %v2979 fastmath<contract> : f32
                  %v2982, %v2983 = gpu.shuffle xor %v2981, %v740, %v732 : f32
                  %v2984 = arith.addf %v2981, %v2982 fastmath<contract> : f32
                  // end sum over the lanes
                  %v2985 = arith.mulf %v2911, %v2984 fastmath<contract> : f32
                  %v2986 = arith.mulf %v2008, %v2922 fastmath<contract> : f32
                  %v2987 = arith.mulf %v2020, %v2930 fastmath<contract> : f32
                  %v2988 = arith.addf %v2986, %v2987 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v2989, %v2990 = gpu.shuffle xor %v2988, %v731, %v732 : f32
                  %v2991 = arith.addf %v2988, %v2989 fastmath<contract> : f32
                  %v2992, %v2993 = gpu.shuffle xor %v2991, %v736, %v732 : f32
                  %v2994 = arith.addf %v2991, %v2992 fastmath<contract> : f32
                  %v2995, %v2996 = gpu.shuffle xor %v2994, %v740, %v732 : f32
                  %v2997 = arith.addf %v2994, %v2995 fastmath<contract> : f32
                  // end sum over the lanes
                  %v2998 = arith.mulf %v2022, %v2912 fastmath<contract> : f32
                  %v2999 = arith.mulf %v2024, %v2929 fastmath<contract> : f32
                  %v3000 = arith.addf %v2998, %v2999 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v3001, %v3002 = gpu.shuffle xor %v3000, %v731, %v732 : f32
                  %v3003 = arith.addf %v3000, %v3001 fastmath<contract> : f32
                  %v3004, %v3005 = gpu.shuffle xor %v3003, %v736, %v732 : f32
                  %v3006 = arith.addf %v3003, %v3004 fastmath<contract> : f32
                  %v3007, %v3008 = gpu.shuffle xor %v3006, %v740, %v732 : f32
                  %v3009 = arith.addf %v3006, %v3007 fastmath<contract> : f32
                  // end sum over the lanes
                  %v3010 = arith.addf %v2997, %v3009 fastmath<contract> : f32
                  %v3011 = arith.muli %v12, %v160 : i64
                  %v3012 = arith.subi %v2817, %v129 : i64
                  %v3013 = arith.addi %v3011, %v3012 : i64
                  %v3014 = llvm.getelementptr %v79[%v3013] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3015 = llvm.load %v3014 : !llvm.ptr -> f32
                  %v3016 = arith.negf %v3015 : f32
                  %v3017 = arith.mulf %v3016, %v350 fastmath<contract> : f32
                  %v3018 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3017) : (f32) -> f32
                  %v3019 = arith.addf %v81, %v3018 fastmath<contract> : f32
                  %v3020 = arith.divf %v81, %v3019 : f32
                  %v3021 = arith.subf %v81, %v3020 fastmath<contract> : f32
                  %v3022 = arith.mulf %v3020, %v3021 fastmath<contract> : f32
                  %v3023 = arith.mulf %v3010, %v3022 fastmath<contract> : f32
                  %v3024 = arith.select %v44, %v2901, %v80 : f32
                  // sum over the warp's outer points: shuffles
                  %v3025, %v3026 = gpu.shuffle xor %v3024, %v919, %v732 : f32
                  %v3027 = arith.addf %v3024, %v3025 fastmath<contract> : f32
                  %v3028, %v3029 = gpu.shuffle xor %v3027, %v923, %v732 : f32
                  %v3030 = arith.addf %v3027, %v3028 fastmath<contract> : f32
                  %v3031 = arith.divui %v30, %v32 : i64
                  %v3032 = arith.remui %v30, %v32 : i64
                  %v3033 = arith.cmpi ult, %v3032, %v39 : i64
                  %v3034 = arith.addi %v12, %v40 : i64
                  %v3035 = arith.muli %v3031, %v1 : i64
                  %v3036 = arith.addi %v3035, %v3034 : i64
                  %v3037 = arith.muli %v3036, %v933 : i64
                  %v3038 = arith.addi %v3037, %v2816 : i64
                  scf.if %v3033 {
                    %v3039 = llvm.getelementptr %v65[%v3038] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3030, %v3039 : f32, !llvm.ptr
                  }
                  %v3040 = arith.select %v44, %v2904, %v80 : f32
                  // sum over the warp's outer points: shuffles
                  %v3041, %v3042 = gpu.shuffle xor %v3040, %v919, %v732 : f32
                  %v3043 = arith.addf %v3040, %v3041 fastmath<contract> : f32
                  %v3044, %v3045 = gpu.shuffle xor %v3043, %v923, %v732 : f32
                  %v3046 = arith.addf %v3043, %v3044 fastmath<contract> : f32
                  %v3047 = arith.divui %v30, %v32 : i64
                  %v3048 = arith.remui %v30, %v32 : i64
                  %v3049 = arith.cmpi ult, %v3048, %v39 : i64
                  %v3050 = arith.addi %v39, %v40 : i64
                  %v3051 = arith.muli %v3047, %v1 : i64
                  %v3052 = arith.addi %v3051, %v3050 : i64
                  %v3053 = arith.muli %v3052, %v933 : i64
                  %v3054 = arith.addi %v3053, %v2816 : i64
                  scf.if %v3049 {
                    %v3055 = llvm.getelementptr %v65[%v3054] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3046, %v3055 : f32, !llvm.ptr
                  }
                  %v3056 = arith.select %v44, %v2928, %v80 : f32
                  // sum over the warp's outer points: shuffles
                  %v3057, %v3058 = gpu.shuffle xor %v3056, %v919, %v732 : f32
                  %v3059 = arith.addf %v3056, %v3057 fastmath<contract> : f32
                  %v3060, %v3061 = gpu.shuffle xor %v3059, %v923, %v732 : f32
                  %v3062 = arith.addf %v3059, %v3060 fastmath<contract> : f32
                  %v3063 = arith.divui %v30, %v32 : i64
                  %v3064 = arith.remui %v30, %v32 : i64
                  %v3065 = arith.cmpi ult, %v3064, %v39 : i64
                  %v3066 = arith.addi %v12, %v40 : i64
                  %v3067 = arith.muli %v3063, %v1 : i64
                  %v3068 = arith.addi %v3067, %v3066 : i64
                  %v3069 = arith.muli %v3068, %v933 : i64
                  %v3070 = arith.addi %v3069, %v2816 : i64
                  scf.if %v3065 {
                    %v3071 = llvm.getelementptr %v67[%v3070] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3062, %v3071 : f32, !llvm.ptr
                  }
                  %v3072 = arith.select %v44, %v2934, %v80 : f32
                  // sum over the warp's outer points: shuffles
                  %v3073, %v3074 = gpu.shuffle xor %v3072, %v919, %v732 : f32
                  %v3075 = arith.addf %v3072, %v3073 fastmath<contract> : f32
                  %v3076, %v3077 = gpu.shuffle xor %v3075, %v923, %v732 : f32
                  %v3078 = arith.addf %v3075, %v3076 fastmath<contract> : f32
                  %v3079 = arith.divui %v30, %v32 : i64
                  %v3080 = arith.remui %v30, %v32 : i64
                  %v3081 = arith.cmpi ult, %v3080, %v39 : i64
                  %v3082 = arith.addi %v39, %v40 : i64
                  %v3083 = arith.muli %v3079, %v1 : i64
                  %v3084 = arith.addi %v3083, %v3082 : i64
                  %v3085 = arith.muli %v3084, %v933 : i64
                  %v3086 = arith.addi %v3085, %v2816 : i64
                  scf.if %v3081 {
                    %v3087 = llvm.getelementptr %v67[%v3086] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3078, %v3087 : f32, !llvm.ptr
                  }
                  %v3088 = arith.select %v44, %v2985, %v80 : f32
                  // sum over the warp's outer points: shuffles
                  %v3089, %v3090 = gpu.shuffle xor %v3088, %v919, %v732 : f32
                  %v3091 = arith.addf %v3088, %v3089 fastmath<contract> : f32
                  %v3092, %v3093 = gpu.shuffle xor %v3091, %v923, %v732 : f32
                  %v3094 = arith.addf %v3091, %v3092 fastmath<contract> : f32
                  %v3095 = arith.divui %v30, %v32 : i64
                  %v3096 = arith.remui %v30, %v32 : i64
                  %v3097 = arith.cmpi ult, %v3096, %v2 : i64
                  %v3098 = arith.muli %v3095, %v2 : i64
                  %v3099 = arith.addi %v3098, %v12 : i64
                  %v3100 = arith.muli %v3099, %v933 : i64
                  %v3101 = arith.addi %v3100, %v2816 : i64
                  scf.if %v3097 {
                    %v3102 = llvm.getelementptr %v69[%v3101] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3094, %v3102 : f32, !llvm.ptr
                  }
                  %v3103 = arith.select %v44, %v3023, %v80 : f32
                  // sum over the warp's outer points: shuffles
                  %v3104, %v3105 = gpu.shuffle xor %v3103, %v919, %v732 : f32
                  %v3106 = arith.addf %v3103, %v3104 fastmath<contract> : f32
                  %v3107, %v3108 = gpu.shuffle xor %v3106, %v923, %v732 : f32
                  %v3109 = arith.addf %v3106, %v3107 fastmath<contract> : f32
                  %v3110 = arith.divui %v30, %v32 : i64
                  %v3111 = arith.remui %v30, %v32 : i64
                  %v3112 = arith.cmpi ult, %v3111, %v2 : i64
                  %v3113 = arith.muli %v3110, %v2 : i64
                  %v3114 = arith.addi %v3113, %v12 : i64
                  %v3115 = arith.muli %v3114, %v933 : i64
                  %v3116 = arith.addi %v3115, %v2816 : i64
                  scf.if %v3112 {
                    %v3117 = llvm.getelementptr %v71[%v3116] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3109, %v3117 : f32, !llvm.ptr
                  }
                  llvm.store %v3020, %v60 : f32, !llvm.ptr
                  llvm.store %v3020, %v61 : f32, !llvm.ptr
                  llvm.store %v3020, %v62 : f32, !llvm.ptr
                  llvm.store %v3020, %v63 : f32, !llvm.ptr
                }
                %v3118 = arith.addi %v423, %v12 : i64
                %v3119 = arith.cmpi slt, %v1626, %v2197 : i32
                %v3120 = arith.cmpi eq, %v1626, %v2202 : i32
                %v3121 = arith.addi %v425, %v95 : i64
                scf.if %v3119 {
                  %v3122 = arith.addi %v129, %v3118 : i64
                  %v3123 = arith.muli %v40, %v160 : i64
                  %v3124 = arith.subi %v3122, %v129 : i64
                  %v3125 = arith.addi %v3123, %v3124 : i64
                  %v3126 = llvm.getelementptr %v73[%v3125] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3127 = llvm.load %v3126 : !llvm.ptr -> f32
                  %v3128 = arith.muli %v54, %v373 : i64
                  %v3129 = arith.muli %v3122, %v372 : i64
                  %v3130 = arith.addi %v3128, %v3129 : i64
                  %v3131 = arith.muli %v52, %v371 : i64
                  %v3132 = arith.addi %v3130, %v3131 : i64
                  %v3133 = arith.muli %v50, %v2 : i64
                  %v3134 = arith.addi %v3132, %v3133 : i64
                  %v3135 = llvm.getelementptr %dy_o[%v3134] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3136 = llvm.load %v3135 : !llvm.ptr -> f32
                  %v3137 = arith.mulf %v3127, %v2022 fastmath<contract> : f32
                  %v3138 = arith.constant 8 : i64
                  %v3139 = arith.addi %v3138, %v40 : i64
                  %v3140 = arith.muli %v3139, %v160 : i64
                  %v3141 = arith.subi %v3122, %v129 : i64
                  %v3142 = arith.addi %v3140, %v3141 : i64
                  %v3143 = llvm.getelementptr %v73[%v3142] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3144 = llvm.load %v3143 : !llvm.ptr -> f32
                  %v3145 = arith.mulf %v3144, %v2024 fastmath<contract> : f32
                  %v3146 = arith.addf %v3137, %v3145 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v3147, %v3148 = gpu.shuffle xor %v3146, %v731, %v732 : f32
                  %v3149 = arith.addf %v3146, %v3147 fastmath<contract> : f32
                  %v3150, %v3151 = gpu.shuffle xor %v3149, %v736, %v732 : f32
                  %v3152 = arith.addf %v3149, %v3150 fastmath<contract> : f32
                  %v3153, %v3154 = gpu.shuffle xor %v3152, %v740, %v732 : f32
                  %v3155 = arith.addf %v3152, %v3153 fastmath<contract> : f32
                  // end sum over the lanes
                  %v3156 = llvm.call_intrinsic "llvm.fabs.f32"(%v3155) : (f32) -> f32
                  %v3157 = arith.maximumf %v81, %v3156 : f32
                  %v3158 = arith.divf %v3136, %v3157 : f32
                  %v3159 = arith.mulf %v3127, %v3158 fastmath<contract> : f32
                  %v3160 = llvm.load %v56 : !llvm.ptr -> f32
                  %v3161 = llvm.load %v60 : !llvm.ptr -> f32
                  %v3162 = arith.mulf %v3161, %v3160 fastmath<contract> : f32
                  %v3163 = arith.addf %v3159, %v3162 fastmath<contract> : f32
                  llvm.store %v3163, %v56 : f32, !llvm.ptr
                  %v3164 = arith.mulf %v3144, %v3158 fastmath<contract> : f32
                  %v3165 = llvm.load %v57 : !llvm.ptr -> f32
                  %v3166 = llvm.load %v61 : !llvm.ptr -> f32
                  %v3167 = arith.mulf %v3166, %v3165 fastmath<contract> : f32
                  %v3168 = arith.addf %v3164, %v3167 fastmath<contract> : f32
                  llvm.store %v3168, %v57 : f32, !llvm.ptr
                  %v3169 = arith.mulf %v3127, %v2008 fastmath<contract> : f32
                  %v3170 = arith.mulf %v3144, %v2020 fastmath<contract> : f32
                  %v3171 = arith.addf %v3169, %v3170 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v3172, %v3173 = gpu.shuffle xor %v3171, %v731, %v732 : f32
                  %v3174 = arith.addf %v3171, %v3172 fastmath<contract> : f32
                  %v3175, %v3176 = gpu.shuffle xor %v3174, %v736, %v732 : f32
                  %v3177 = arith.addf %v3174, %v3175 fastmath<contract> : f32
                  %v3178, %v3179 = gpu.shuffle xor %v3177, %v740, %v732 : f32
                  %v3180 = arith.addf %v3177, %v3178 fastmath<contract> : f32
                  // end sum over the lanes
                  %v3181 = arith.divf %v3180, %v3157 : f32
                  %v3182 = arith.divf %v3181, %v3157 : f32
                  %v3183 = arith.mulf %v3136, %v3182 fastmath<contract> : f32
                  %v3184 = arith.negf %v3183 : f32
                  %v3185 = arith.cmpf oge, %v81, %v3156 : f32
                  %v3186 = arith.select %v3185, %v81, %v80 : f32
                  %v3187 = arith.subf %v81, %v3186 fastmath<contract> : f32
                  %v3188 = arith.mulf %v3184, %v3187 fastmath<contract> : f32
                  %v3189 = arith.cmpf olt, %v3155, %v80 : f32
                  %v3190 = arith.select %v3189, %v777, %v80 : f32
                  %v3191 = arith.cmpf ogt, %v3155, %v80 : f32
                  %v3192 = arith.select %v3191, %v81, %v3190 : f32
                  %v3193 = arith.mulf %v3188, %v3192 fastmath<contract> : f32
                  %v3194 = arith.mulf %v3127, %v3193 fastmath<contract> : f32
                  %v3195 = llvm.load %v58 : !llvm.ptr -> f32
                  %v3196 = llvm.load %v62 : !llvm.ptr -> f32
                  %v3197 = arith.mulf %v3196, %v3195 fastmath<contract> : f32
                  %v3198 = arith.addf %v3194, %v3197 fastmath<contract> : f32
                  llvm.store %v3198, %v58 : f32, !llvm.ptr
                  %v3199 = arith.mulf %v3144, %v3193 fastmath<contract> : f32
                  %v3200 = llvm.load %v59 : !llvm.ptr -> f32
                  %v3201 = llvm.load %v63 : !llvm.ptr -> f32
                  %v3202 = arith.mulf %v3201, %v3200 fastmath<contract> : f32
                  %v3203 = arith.addf %v3199, %v3202 fastmath<contract> : f32
                  llvm.store %v3203, %v59 : f32, !llvm.ptr
                  %v3204 = arith.mulf %v2022, %v3193 fastmath<contract> : f32
                  %v3205 = arith.mulf %v2008, %v3158 fastmath<contract> : f32
                  %v3206 = arith.addf %v3204, %v3205 fastmath<contract> : f32
                  %v3207 = arith.mulf %v2024, %v3193 fastmath<contract> : f32
                  %v3208 = arith.mulf %v2020, %v3158 fastmath<contract> : f32
                  %v3209 = arith.addf %v3207, %v3208 fastmath<contract> : f32
                  %v3210 = arith.muli %v12, %v160 : i64
                  %v3211 = arith.subi %v3122, %v129 : i64
                  %v3212 = arith.addi %v3210, %v3211 : i64
                  %v3213 = llvm.getelementptr %v77[%v3212] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3214 = llvm.load %v3213 : !llvm.ptr -> f32
                  %v3215 = arith.mulf %v3214, %v350 fastmath<contract> : f32
                  %v3216 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3215) : (f32) -> f32
                  %v3217 = llvm.load %v58 : !llvm.ptr -> f32
                  %v3218 = arith.muli %v54, %v373 : i64
                  %v3219 = arith.muli %v3122, %v372 : i64
                  %v3220 = arith.addi %v3218, %v3219 : i64
                  %v3221 = arith.muli %v52, %v371 : i64
                  %v3222 = arith.addi %v3220, %v3221 : i64
                  %v3223 = arith.muli %v50, %v2 : i64
                  %v3224 = arith.addi %v3222, %v3223 : i64
                  %v3225 = llvm.getelementptr %in_v[%v3224] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3226 = llvm.load %v3225 : !llvm.ptr -> f32
                  %v3227 = llvm.load %v56 : !llvm.ptr -> f32
                  %v3228 = arith.mulf %v3226, %v3227 fastmath<contract> : f32
                  %v3229 = arith.addf %v3217, %v3228 fastmath<contract> : f32
                  %v3230 = arith.mulf %v3216, %v3229 fastmath<contract> : f32
                  %v3232 = llvm.call_intrinsic "llvm.sqrt.f32"(%v3231) : (f32) -> f32
                  %v3233 = arith.divf %v3230, %v3232 : f32
                  %v3234 = llvm.load %v59 : !llvm.ptr -> f32
                  %v3235 = llvm.load %v57 : !llvm.ptr -> f32
                  %v3236 = arith.mulf %v3226, %v3235 fastmath<contract> : f32
                  %v3237 = arith.addf %v3234, %v3236 fastmath<contract> : f32
                  %v3238 = arith.mulf %v3216, %v3237 fastmath<contract> : f32
                  %v3239 = arith.divf %v3238, %v3232 : f32
                  %v3240 = arith.muli %v40, %v160 : i64
                  %v3241 = arith.subi %v3122, %v129 : i64
                  %v3242 = arith.addi %v3240, %v3241 : i64
                  %v3243 = llvm.getelementptr %v75[%v3242] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3244 = llvm.load %v3243 : !llvm.ptr -> f32
                  %v3245 = arith.divf %v3244, %v3232 : f32
                  %v3246 = arith.mulf %v3216, %v3245 fastmath<contract> : f32
                  %v3247 = arith.mulf %v3246, %v3227 fastmath<contract> : f32
                  %v3248 = arith.constant 8 : i64
                  %v3249 = arith.addi %v3248, %v40 : i64
                  %v3250 = arith.muli %v3249, %v160 : i64
                  %v3251 = arith.subi %v3122, %v129 : i64
                  %v3252 = arith.addi %v3250, %v3251 : i64
                  %v3253 = llvm.getelementptr %v75[%v3252] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3254 = llvm.load %v3253 : !llvm.ptr -> f32
                  %v3255 = arith.divf %v3254, %v3232 : f32
                  %v3256 = arith.mulf %v3216, %v3255 fastmath<contract> : f32
                  %v3257 = arith.mulf %v3256, %v3235 fastmath<contract> : f32
                  %v3258 = arith.addf %v3247, %v3257 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v3259, %v3260 = gpu.shuffle xor %v3258, %v731, %v732 : f32
                  %v3261 = arith.addf %v3258, %v3259 fastmath<contract> : f32
                  %v3262, %v3263 = gpu.shuffle xor %v3261, %v736, %v732 : f32
                  %v3264 = arith.addf %v3261, %v3262 fastmath<contract> : f32
                  %v3265, %v3266 = gpu.shuffle xor %v3264, %v740, %v732 : f32
                  %v3267 = arith.addf %v3264, %v3265 fastmath<contract> : f32
                  // end sum over the lanes
                  %v3268 = arith.cmpi eq, %v40, %v12 : i64
                  %v3269 = arith.andi %v44, %v3268 : i1
                  scf.if %v3269 {
                    %v3270 = arith.muli %v54, %v373 : i64
                    %v3271 = arith.muli %v3122, %v372 : i64
                    %v3272 = arith.addi %v3270, %v3271 : i64
                    %v3273 = arith.muli %v52, %v371 : i64
                    %v3274 = arith.addi %v3272, %v3273 : i64
                    %v3275 = arith.muli %v50, %v2 : i64
                    %v3276 = arith.addi %v3274, %v3275 : i64
                    %v3277 = llvm.getelementptr %dx_v[%v3276] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3267, %v3277 : f32, !llvm.ptr
                  }
                  %v3278 = arith.mulf %v3245, %v3229 fastmath<contract> : f32
                  %v3279 = arith.mulf %v3255, %v3237 fastmath<contract> : f32
                  %v3280 = arith.addf %v3278, %v3279 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v3281, %v3282 = gpu.shuffle xor %v3280, %v731, %v732 : f32
                  %v3283 = arith.addf %v3280, %v3281 fastmath<contract> : f32
                  %v3284, %v3285 = gpu.shuffle xor %v3283, %v736, %v732 : f32
                  %v3286 = arith.addf %v3283, %v3284 fastmath<contract> : f32
                  %v3287, %v3288 = gpu.shuffle xor %v3286, %v740, %v732 : f32
                  %v3289 = arith.addf %v3286, %v3287 fastmath<contract> : f32
                  // end sum over the lanes
                  %v3290 = arith.mulf %v3216, %v3289 fastmath<contract> : f32
                  %v3291 = arith.mulf %v1940, %v3227 fastmath<contract> : f32
                  %v3292 = arith.mulf %v1949, %v3235 fastmath<contract> : f32
                  %v3293 = arith.addf %v3291, %v3292 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v3294, %v3295 = gpu.shuffle xor %v3293, %v731, %v732 : f32
                  %v3296 = arith.addf %v3293, %v3294 fastmath<contract> : f32
                  %v3297, %v3298 = gpu.shuffle xor %v3296, %v736, %v732 : f32
                  %v3299 = arith.addf %v3296, %v3297 fastmath<contract> : f32
                  %v3300, %v3301 = gpu.shuffle xor %v3299, %v740, %v732 : f32
                  %v3302 = arith.addf %v3299, %v3300 fastmath<contract> : f32
                  // end sum over the lanes
                  %v3303 = arith.mulf %v1958, %v3217 fastmath<contract> : f32
                  %v3304 = arith.mulf %v1967, %v3234 fastmath<contract> : f32
                  %v3305 = arith.addf %v3303, %v3304 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v3306, %v3307 = gpu.shuffle xor %v3305, %v731, %v732 : f32
                  %v3308 = arith.addf %v3305, %v3306 fastmath<contract> : f32
                  %v3309, %v3310 = gpu.shuffle xor %v3308, %v736, %v732 : f32
                  %v3311 = arith.addf %v3308, %v3309 fastmath<contract> : f32
                  %v3312, %v3313 = gpu.shuffle xor %v3311, %v740, %v732 : f32
                  %v3314 = arith.addf %v3311, %v3312 fastmath<contract> : f32
                  // end sum over the lanes
                  %v3315 = arith.addf %v3302, %v3314 fastmath<contract> : f32
                  %v3316 = arith.muli %v12, %v160 : i64
                  %v3317 = arith.subi %v3122, %v129 : i64
                  %v3318 = arith.addi %v3316, %v3317 : i64
                  %v3319 = llvm.getelementptr %v79[%v3318] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3320 = llvm.load %v3319 : !llvm.ptr -> f32
                  %v3321 = arith.negf %v3320 : f32
                  %v3322 = arith.mulf %v3321, %v350 fastmath<contract> : f32
                  %v3323 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3322) : (f32) -> f32
                  %v3324 = arith.addf %v81, %v3323 fastmath<contract> : f32
                  %v3325 = arith.divf %v81, %v3324 : f32
                  %v3326 = arith.subf %v81, %v3325 fastmath<contract> : f32
                  %v3327 = arith.mulf %v3325, %v3326 fastmath<contract> : f32
                  %v3328 = arith.mulf %v3315, %v3327 fastmath<contract> : f32
                  %v3329 = arith.select %v44, %v3206, %v80 : f32
                  // sum over the warp's outer points: shuffles
                  %v3330, %v3331 = gpu.shuffle xor %v3329, %v919, %v732 : f32
                  %v3332 = arith.addf %v3329, %v3330 fastmath<contract> : f32
                  %v3333, %v3334 = gpu.shuffle xor %v3332, %v923, %v732 : f32
                  %v3335 = arith.addf %v3332, %v3333 fastmath<contract> : f32
                  %v3336 = arith.divui %v30, %v32 : i64
                  %v3337 = arith.remui %v30, %v32 : i64
                  %v3338 = arith.cmpi ult, %v3337, %v39 : i64
                  %v3339 = arith.addi %v12, %v40 : i64
                  %v3340 = arith.muli %v3336, %v1 : i64
                  %v3341 = arith.addi %v3340, %v3339 : i64
                  %v3342 = arith.muli %v3341, %v933 : i64
                  %v3343 = arith.addi %v3342, %v3121 : i64
                  scf.if %v3338 {
                    %v3344 = llvm.getelementptr %v65[%v3343] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3335, %v3344 : f32, !llvm.ptr
                  }
                  %v3345 = arith.select %v44, %v3209, %v80 : f32
                  // sum over the warp's outer points: shuffles
                  %v3346, %v3347 = gpu.shuffle xor %v3345, %v919, %v732 : f32
                  %v3348 = arith.addf %v3345, %v3346 fastmath<contract> : f32
                  %v3349, %v3350 = gpu.shuffle xor %v3348, %v923, %v732 : f32
                  %v3351 = arith.addf %v3348, %v3349 fastmath<contract> : f32
                  %v3352 = arith.divui %v30, %v32 : i64
                  %v3353 = arith.remui %v30, %v32 : i64
                  %v3354 = arith.cmpi ult, %v3353, %v39 : i64
                  %v3355 = arith.addi %v39, %v40 : i64
                  %v3356 = arith.muli %v3352, %v1 : i64
                  %v3357 = arith.addi %v3356, %v3355 : i64
                  %v3358 = arith.muli %v3357, %v933 : i64
                  %v3359 = arith.addi %v3358, %v3121 : i64
                  scf.if %v3354 {
                    %v3360 = llvm.getelementptr %v65[%v3359] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3351, %v3360 : f32, !llvm.ptr
                  }
                  %v3361 = arith.select %v44, %v3233, %v80 : f32
                  // sum over the warp's outer points: shuffles
                  %v3362, %v3363 = gpu.shuffle xor %v3361, %v919, %v732 : f32
                  %v3364 = arith.addf %v3361, %v3362 fastmath<contract> : f32
                  %v3365, %v3366 = gpu.shuffle xor %v3364, %v923, %v732 : f32
                  %v3367 = arith.addf %v3364, %v3365 fastmath<contract> : f32
                  %v3368 = arith.divui %v30, %v32 : i64
                  %v3369 = arith.remui %v30, %v32 : i64
                  %v3370 = arith.cmpi ult, %v3369, %v39 : i64
                  %v3371 = arith.addi %v12, %v40 : i64
                  %v3372 = arith.muli %v3368, %v1 : i64
                  %v3373 = arith.addi %v3372, %v3371 : i64
                  %v3374 = arith.muli %v3373, %v933 : i64
                  %v3375 = arith.addi %v3374, %v3121 : i64
                  scf.if %v3370 {
                    %v3376 = llvm.getelementptr %v67[%v3375] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3367, %v3376 : f32, !llvm.ptr
                  }
                  %v3377 = arith.select %v44, %v3239, %v80 : f32
                  // sum over the warp's outer points: shuffles
                  %v3378, %v3379 = gpu.shuffle xor %v3377, %v919, %v732 : f32
                  %v3380 = arith.addf %v3377, %v3378 fastmath<contract> : f32
                  %v3381, %v3382 = gpu.shuffle xor %v3380, %v923, %v732 : f32
                  %v3383 = arith.addf %v3380, %v3381 fastmath<contract> : f32
                  %v3384 = arith.divui %v30, %v32 : i64
                  %v3385 = arith.remui %v30, %v32 : i64
                  %v3386 = arith.cmpi ult, %v3385, %v39 : i64
                  %v3387 = arith.addi %v39, %v40 : i64
                  %v3388 = arith.muli %v3384, %v1 : i64
                  %v3389 = arith.addi %v3388, %v3387 : i64
                  %v3390 = arith.muli %v3389, %v933 : i64
                  %v3391 = arith.addi %v3390, %v3121 : i64
                  scf.if %v3386 {
                    %v3392 = llvm.getelementptr %v67[%v3391] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3383, %v3392 : f32, !llvm.ptr
                  }
                  %v3393 = arith.select %v44, %v3290, %v80 : f32
                  // sum over the warp's outer points: shuffles
                  %v3394, %v3395 = gpu.shuffle xor %v3393, %v919, %v732 : f32
                  %v3396 = arith.addf %v3393, %v3394 fastmath<contract> : f32
                  %v3397, %v3398 = gpu.shuffle xor %v3396, %v923, %v732 : f32
                  %v3399 = arith.addf %v3396, %v3397 fastmath<contract> : f32
                  %v3400 = arith.divui %v30, %v32 : i64
                  %v3401 = arith.remui %v30, %v32 : i64
                  %v3402 = arith.cmpi ult, %v3401, %v2 : i64
                  %v3403 = arith.muli %v3400, %v2 : i64
                  %v3404 = arith.addi %v3403, %v12 : i64
                  %v3405 = arith.muli %v3404, %v933 : i64
                  %v3406 = arith.addi %v3405, %v3121 : i64
                  scf.if %v3402 {
                    %v3407 = llvm.getelementptr %v69[%v3406] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3399, %v3407 : f32, !llvm.ptr
                  }
                  %v3408 = arith.select %v44, %v3328, %v80 : f32
                  // sum over the warp's outer points: shuffles
                  %v3409, %v3410 = gpu.shuffle xor %v3408, %v919, %v732 : f32
                  %v3411 = arith.addf %v3408, %v3409 fastmath<contract> : f32
                  %v3412, %v3413 = gpu.shuffle xor %v3411, %v923, %v732 : f32
                  %v3414 = arith.addf %v3411, %v3412 fastmath<contract> : f32
                  %v3415 = arith.divui %v30, %v32 : i64
                  %v3416 = arith.remui %v30, %v32 : i64
                  %v3417 = arith.cmpi ult, %v3416, %v2 : i64
                  %v3418 = arith.muli %v3415, %v2 : i64
                  %v3419 = arith.addi %v3418, %v12 : i64
                  %v3420 = arith.muli %v3419, %v933 : i64
                  %v3421 = arith.addi %v3420, %v3121 : i64
                  scf.if %v3417 {
                    %v3422 = llvm.getelementptr %v71[%v3421] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3414, %v3422 : f32, !llvm.ptr
                  }
                  llvm.store %v3325, %v60 : f32, !llvm.ptr
                  llvm.store %v3325, %v61 : f32, !llvm.ptr
                  llvm.store %v3325, %v62 : f32, !llvm.ptr
                  llvm.store %v3325, %v63 : f32, !llvm.ptr
                }
              }
            }
          }
          gpu.barrier
          %v3424 = arith.index_cast %v30 : i64 to index
          %v3425 = arith.index_cast %v3423 : i64 to index
          %v3426 = arith.index_cast %v136 : i64 to index
          scf.for %v3427 = %v3424 to %v3425 step %v3426 {
            %v3428 = arith.index_cast %v3427 : index to i64
            %v3433 = arith.remui %v3428, %v32 : i64
            %v3434 = arith.divui %v3428, %v32 : i64
            %v3435 = arith.muli %v412, %v39 : i64
            %v3436 = arith.divui %v3433, %v99 : i64
            %v3437 = arith.addi %v3435, %v3436 : i64
            %v3438 = arith.cmpi slt, %v3437, %v133 : i64
            %v3439 = arith.subi %v133, %v2 : i64
            %v3440 = arith.subi %v3439, %v3437 : i64
            %v3441 = arith.remui %v3433, %v99 : i64
            %v3442 = arith.subi %v95, %v3441 : i64
            %v3443 = arith.muli %v3440, %v99 : i64
            %v3444 = arith.addi %v3443, %v3442 : i64
            %v3445 = arith.cmpi slt, %v3444, %v131 : i64
            %v3446 = arith.andi %v3438, %v3445 : i1
            scf.if %v3446 {
              %v3447 = arith.addi %v129, %v3444 : i64
              %v3448 = arith.remui %v3428, %v32 : i64
              %v3449 = arith.divui %v3428, %v32 : i64
              %v3450 = arith.muli %v12, %v1 : i64
              %v3451 = arith.addi %v3450, %v3449 : i64
              %v3452 = arith.muli %v3451, %v933 : i64
              %v3453 = arith.addi %v3452, %v3448 : i64
              %v3454 = llvm.getelementptr %v65[%v3453] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3455 = llvm.load %v3454 : !llvm.ptr -> f32
              %v3456 = arith.muli %v2, %v1 : i64
              %v3457 = arith.addi %v3456, %v3449 : i64
              %v3458 = arith.muli %v3457, %v933 : i64
              %v3459 = arith.addi %v3458, %v3448 : i64
              %v3460 = llvm.getelementptr %v65[%v3459] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3461 = llvm.load %v3460 : !llvm.ptr -> f32
              %v3462 = arith.addf %v3455, %v3461 fastmath<contract> : f32
              %v3463 = arith.muli %v91, %v1 : i64
              %v3464 = arith.addi %v3463, %v3449 : i64
              %v3465 = arith.muli %v3464, %v933 : i64
              %v3466 = arith.addi %v3465, %v3448 : i64
              %v3467 = llvm.getelementptr %v65[%v3466] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3468 = llvm.load %v3467 : !llvm.ptr -> f32
              %v3469 = arith.addf %v3462, %v3468 fastmath<contract> : f32
              %v3470 = arith.muli %v95, %v1 : i64
              %v3471 = arith.addi %v3470, %v3449 : i64
              %v3472 = arith.muli %v3471, %v933 : i64
              %v3473 = arith.addi %v3472, %v3448 : i64
              %v3474 = llvm.getelementptr %v65[%v3473] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3475 = llvm.load %v3474 : !llvm.ptr -> f32
              %v3476 = arith.addf %v3469, %v3475 fastmath<contract> : f32
              %v3477 = arith.muli %v99, %v1 : i64
              %v3478 = arith.addi %v3477, %v3449 : i64
              %v3479 = arith.muli %v3478, %v933 : i64
              %v3480 = arith.addi %v3479, %v3448 : i64
              %v3481 = llvm.getelementptr %v65[%v3480] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3482 = llvm.load %v3481 : !llvm.ptr -> f32
              %v3483 = arith.addf %v3476, %v3482 fastmath<contract> : f32
              %v3484 = arith.muli %v103, %v1 : i64
              %v3485 = arith.addi %v3484, %v3449 : i64
              %v3486 = arith.muli %v3485, %v933 : i64
              %v3487 = arith.addi %v3486, %v3448 : i64
              %v3488 = llvm.getelementptr %v65[%v3487] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3489 = llvm.load %v3488 : !llvm.ptr -> f32
              %v3490 = arith.addf %v3483, %v3489 fastmath<contract> : f32
              %v3491 = arith.muli %v107, %v1 : i64
              %v3492 = arith.addi %v3491, %v3449 : i64
              %v3493 = arith.muli %v3492, %v933 : i64
              %v3494 = arith.addi %v3493, %v3448 : i64
              %v3495 = llvm.getelementptr %v65[%v3494] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3496 = llvm.load %v3495 : !llvm.ptr -> f32
              %v3497 = arith.addf %v3490, %v3496 fastmath<contract> : f32
              %v3498 = arith.muli %v111, %v1 : i64
              %v3499 = arith.addi %v3498, %v3449 : i64
              %v3500 = arith.muli %v3499, %v933 : i64
              %v3501 = arith.addi %v3500, %v3448 : i64
              %v3502 = llvm.getelementptr %v65[%v3501] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3503 = llvm.load %v3502 : !llvm.ptr -> f32
              %v3504 = arith.addf %v3497, %v3503 fastmath<contract> : f32
              %v3505 = arith.subi %v3447, %slice_first : i64
              %v3506 = arith.remui %v3434, %v1 : i64
              %v3507 = arith.divui %v3434, %v1 : i64
              %v3511 = arith.muli %v54, %v3510 : i64
              %v3512 = arith.muli %v3505, %v3509 : i64
              %v3513 = arith.addi %v3511, %v3512 : i64
              %v3514 = arith.muli %v52, %v3508 : i64
              %v3515 = arith.addi %v3513, %v3514 : i64
              %v3516 = arith.muli %v3506, %v2 : i64
              %v3517 = arith.addi %v3515, %v3516 : i64
              %v3518 = arith.muli %v38, %v3432 : i64
              %v3519 = arith.addi %v3518, %v3517 : i64
              %v3520 = llvm.getelementptr %part_q[%v3519] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v3504, %v3520 : f32, !llvm.ptr
            }
          }
          %v3521 = arith.index_cast %v30 : i64 to index
          %v3522 = arith.index_cast %v3423 : i64 to index
          %v3523 = arith.index_cast %v136 : i64 to index
          scf.for %v3524 = %v3521 to %v3522 step %v3523 {
            %v3525 = arith.index_cast %v3524 : index to i64
            %v3530 = arith.remui %v3525, %v32 : i64
            %v3531 = arith.divui %v3525, %v32 : i64
            %v3532 = arith.muli %v412, %v39 : i64
            %v3533 = arith.divui %v3530, %v99 : i64
            %v3534 = arith.addi %v3532, %v3533 : i64
            %v3535 = arith.cmpi slt, %v3534, %v133 : i64
            %v3536 = arith.subi %v133, %v2 : i64
            %v3537 = arith.subi %v3536, %v3534 : i64
            %v3538 = arith.remui %v3530, %v99 : i64
            %v3539 = arith.subi %v95, %v3538 : i64
            %v3540 = arith.muli %v3537, %v99 : i64
            %v3541 = arith.addi %v3540, %v3539 : i64
            %v3542 = arith.cmpi slt, %v3541, %v131 : i64
            %v3543 = arith.andi %v3535, %v3542 : i1
            scf.if %v3543 {
              %v3544 = arith.addi %v129, %v3541 : i64
              %v3545 = arith.remui %v3525, %v32 : i64
              %v3546 = arith.divui %v3525, %v32 : i64
              %v3547 = arith.muli %v12, %v1 : i64
              %v3548 = arith.addi %v3547, %v3546 : i64
              %v3549 = arith.muli %v3548, %v933 : i64
              %v3550 = arith.addi %v3549, %v3545 : i64
              %v3551 = llvm.getelementptr %v67[%v3550] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3552 = llvm.load %v3551 : !llvm.ptr -> f32
              %v3553 = arith.muli %v2, %v1 : i64
              %v3554 = arith.addi %v3553, %v3546 : i64
              %v3555 = arith.muli %v3554, %v933 : i64
              %v3556 = arith.addi %v3555, %v3545 : i64
              %v3557 = llvm.getelementptr %v67[%v3556] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3558 = llvm.load %v3557 : !llvm.ptr -> f32
              %v3559 = arith.addf %v3552, %v3558 fastmath<contract> : f32
              %v3560 = arith.muli %v91, %v1 : i64
              %v3561 = arith.addi %v3560, %v3546 : i64
              %v3562 = arith.muli %v3561, %v933 : i64
              %v3563 = arith.addi %v3562, %v3545 : i64
              %v3564 = llvm.getelementptr %v67[%v3563] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3565 = llvm.load %v3564 : !llvm.ptr -> f32
              %v3566 = arith.addf %v3559, %v3565 fastmath<contract> : f32
              %v3567 = arith.muli %v95, %v1 : i64
              %v3568 = arith.addi %v3567, %v3546 : i64
              %v3569 = arith.muli %v3568, %v933 : i64
              %v3570 = arith.addi %v3569, %v3545 : i64
              %v3571 = llvm.getelementptr %v67[%v3570] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3572 = llvm.load %v3571 : !llvm.ptr -> f32
              %v3573 = arith.addf %v3566, %v3572 fastmath<contract> : f32
              %v3574 = arith.muli %v99, %v1 : i64
              %v3575 = arith.addi %v3574, %v3546 : i64
              %v3576 = arith.muli %v3575, %v933 : i64
              %v3577 = arith.addi %v3576, %v3545 : i64
              %v3578 = llvm.getelementptr %v67[%v3577] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3579 = llvm.load %v3578 : !llvm.ptr -> f32
              %v3580 = arith.addf %v3573, %v3579 fastmath<contract> : f32
              %v3581 = arith.muli %v103, %v1 : i64
              %v3582 = arith.addi %v3581, %v3546 : i64
              %v3583 = arith.muli %v3582, %v933 : i64
              %v3584 = arith.addi %v3583, %v3545 : i64
              %v3585 = llvm.getelementptr %v67[%v3584] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3586 = llvm.load %v3585 : !llvm.ptr -> f32
              %v3587 = arith.addf %v3580, %v3586 fastmath<contract> : f32
              %v3588 = arith.muli %v107, %v1 : i64
              %v3589 = arith.addi %v3588, %v3546 : i64
              %v3590 = arith.muli %v3589, %v933 : i64
              %v3591 = arith.addi %v3590, %v3545 : i64
              %v3592 = llvm.getelementptr %v67[%v3591] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3593 = llvm.load %v3592 : !llvm.ptr -> f32
              %v3594 = arith.addf %v3587, %v3593 fastmath<contract> : f32
              %v3595 = arith.muli %v111, %v1 : i64
              %v3596 = arith.addi %v3595, %v3546 : i64
              %v3597 = arith.muli %v3596, %v933 : i64
              %v3598 = arith.addi %v3597, %v3545 : i64
              %v3599 = llvm.getelementptr %v67[%v3598] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3600 = llvm.load %v3599 : !llvm.ptr -> f32
              %v3601 = arith.addf %v3594, %v3600 fastmath<contract> : f32
              %v3602 = arith.subi %v3544, %slice_first : i64
              %v3603 = arith.remui %v3531, %v1 : i64
              %v3604 = arith.divui %v3531, %v1 : i64
              %v3605 = arith.muli %v54, %v3510 : i64
              %v3606 = arith.muli %v3602, %v3509 : i64
              %v3607 = arith.addi %v3605, %v3606 : i64
              %v3608 = arith.muli %v52, %v3508 : i64
              %v3609 = arith.addi %v3607, %v3608 : i64
              %v3610 = arith.muli %v3603, %v2 : i64
              %v3611 = arith.addi %v3609, %v3610 : i64
              %v3612 = arith.muli %v38, %v3529 : i64
              %v3613 = arith.addi %v3612, %v3611 : i64
              %v3614 = llvm.getelementptr %part_k[%v3613] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v3601, %v3614 : f32, !llvm.ptr
            }
          }
          %v3615 = arith.index_cast %v30 : i64 to index
          %v3616 = arith.index_cast %v32 : i64 to index
          %v3617 = arith.index_cast %v136 : i64 to index
          scf.for %v3618 = %v3615 to %v3616 step %v3617 {
            %v3619 = arith.index_cast %v3618 : index to i64
            %v3623 = arith.remui %v3619, %v32 : i64
            %v3624 = arith.divui %v3619, %v32 : i64
            %v3625 = arith.muli %v412, %v39 : i64
            %v3626 = arith.divui %v3623, %v99 : i64
            %v3627 = arith.addi %v3625, %v3626 : i64
            %v3628 = arith.cmpi slt, %v3627, %v133 : i64
            %v3629 = arith.subi %v133, %v2 : i64
            %v3630 = arith.subi %v3629, %v3627 : i64
            %v3631 = arith.remui %v3623, %v99 : i64
            %v3632 = arith.subi %v95, %v3631 : i64
            %v3633 = arith.muli %v3630, %v99 : i64
            %v3634 = arith.addi %v3633, %v3632 : i64
            %v3635 = arith.cmpi slt, %v3634, %v131 : i64
            %v3636 = arith.andi %v3628, %v3635 : i1
            scf.if %v3636 {
              %v3637 = arith.addi %v129, %v3634 : i64
              %v3638 = arith.remui %v3619, %v32 : i64
              %v3639 = arith.divui %v3619, %v32 : i64
              %v3640 = arith.muli %v12, %v2 : i64
              %v3641 = arith.addi %v3640, %v3639 : i64
              %v3642 = arith.muli %v3641, %v933 : i64
              %v3643 = arith.addi %v3642, %v3638 : i64
              %v3644 = llvm.getelementptr %v69[%v3643] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3645 = llvm.load %v3644 : !llvm.ptr -> f32
              %v3646 = arith.muli %v2, %v2 : i64
              %v3647 = arith.addi %v3646, %v3639 : i64
              %v3648 = arith.muli %v3647, %v933 : i64
              %v3649 = arith.addi %v3648, %v3638 : i64
              %v3650 = llvm.getelementptr %v69[%v3649] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3651 = llvm.load %v3650 : !llvm.ptr -> f32
              %v3652 = arith.addf %v3645, %v3651 fastmath<contract> : f32
              %v3653 = arith.muli %v91, %v2 : i64
              %v3654 = arith.addi %v3653, %v3639 : i64
              %v3655 = arith.muli %v3654, %v933 : i64
              %v3656 = arith.addi %v3655, %v3638 : i64
              %v3657 = llvm.getelementptr %v69[%v3656] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3658 = llvm.load %v3657 : !llvm.ptr -> f32
              %v3659 = arith.addf %v3652, %v3658 fastmath<contract> : f32
              %v3660 = arith.muli %v95, %v2 : i64
              %v3661 = arith.addi %v3660, %v3639 : i64
              %v3662 = arith.muli %v3661, %v933 : i64
              %v3663 = arith.addi %v3662, %v3638 : i64
              %v3664 = llvm.getelementptr %v69[%v3663] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3665 = llvm.load %v3664 : !llvm.ptr -> f32
              %v3666 = arith.addf %v3659, %v3665 fastmath<contract> : f32
              %v3667 = arith.muli %v99, %v2 : i64
              %v3668 = arith.addi %v3667, %v3639 : i64
              %v3669 = arith.muli %v3668, %v933 : i64
              %v3670 = arith.addi %v3669, %v3638 : i64
              %v3671 = llvm.getelementptr %v69[%v3670] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3672 = llvm.load %v3671 : !llvm.ptr -> f32
              %v3673 = arith.addf %v3666, %v3672 fastmath<contract> : f32
              %v3674 = arith.muli %v103, %v2 : i64
              %v3675 = arith.addi %v3674, %v3639 : i64
              %v3676 = arith.muli %v3675, %v933 : i64
              %v3677 = arith.addi %v3676, %v3638 : i64
              %v3678 = llvm.getelementptr %v69[%v3677] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3679 = llvm.load %v3678 : !llvm.ptr -> f32
              %v3680 = arith.addf %v3673, %v3679 fastmath<contract> : f32
              %v3681 = arith.muli %v107, %v2 : i64
              %v3682 = arith.addi %v3681, %v3639 : i64
              %v3683 = arith.muli %v3682, %v933 : i64
              %v3684 = arith.addi %v3683, %v3638 : i64
              %v3685 = llvm.getelementptr %v69[%v3684] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3686 = llvm.load %v3685 : !llvm.ptr -> f32
              %v3687 = arith.addf %v3680, %v3686 fastmath<contract> : f32
              %v3688 = arith.muli %v111, %v2 : i64
              %v3689 = arith.addi %v3688, %v3639 : i64
              %v3690 = arith.muli %v3689, %v933 : i64
              %v3691 = arith.addi %v3690, %v3638 : i64
              %v3692 = llvm.getelementptr %v69[%v3691] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3693 = llvm.load %v3692 : !llvm.ptr -> f32
              %v3694 = arith.addf %v3687, %v3693 fastmath<contract> : f32
              %v3695 = arith.subi %v3637, %slice_first : i64
              %v3698 = arith.muli %v54, %v3697 : i64
              %v3699 = arith.muli %v3695, %v3696 : i64
              %v3700 = arith.addi %v3698, %v3699 : i64
              %v3701 = arith.muli %v52, %v2 : i64
              %v3702 = arith.addi %v3700, %v3701 : i64
              %v3703 = arith.muli %v38, %v3622 : i64
              %v3704 = arith.addi %v3703, %v3702 : i64
              %v3705 = llvm.getelementptr %part_ig[%v3704] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v3694, %v3705 : f32, !llvm.ptr
            }
          }
          %v3706 = arith.index_cast %v30 : i64 to index
          %v3707 = arith.index_cast %v32 : i64 to index
          %v3708 = arith.index_cast %v136 : i64 to index
          scf.for %v3709 = %v3706 to %v3707 step %v3708 {
            %v3710 = arith.index_cast %v3709 : index to i64
            %v3714 = arith.remui %v3710, %v32 : i64
            %v3715 = arith.divui %v3710, %v32 : i64
            %v3716 = arith.muli %v412, %v39 : i64
            %v3717 = arith.divui %v3714, %v99 : i64
            %v3718 = arith.addi %v3716, %v3717 : i64
            %v3719 = arith.cmpi slt, %v3718, %v133 : i64
            %v3720 = arith.subi %v133, %v2 : i64
            %v3721 = arith.subi %v3720, %v3718 : i64
            %v3722 = arith.remui %v3714, %v99 : i64
            %v3723 = arith.subi %v95, %v3722 : i64
            %v3724 = arith.muli %v3721, %v99 : i64
            %v3725 = arith.addi %v3724, %v3723 : i64
            %v3726 = arith.cmpi slt, %v3725, %v131 : i64
            %v3727 = arith.andi %v3719, %v3726 : i1
            scf.if %v3727 {
              %v3728 = arith.addi %v129, %v3725 : i64
              %v3729 = arith.remui %v3710, %v32 : i64
              %v3730 = arith.divui %v3710, %v32 : i64
              %v3731 = arith.muli %v12, %v2 : i64
              %v3732 = arith.addi %v3731, %v3730 : i64
              %v3733 = arith.muli %v3732, %v933 : i64
              %v3734 = arith.addi %v3733, %v3729 : i64
              %v3735 = llvm.getelementptr %v71[%v3734] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3736 = llvm.load %v3735 : !llvm.ptr -> f32
              %v3737 = arith.muli %v2, %v2 : i64
              %v3738 = arith.addi %v3737, %v3730 : i64
              %v3739 = arith.muli %v3738, %v933 : i64
              %v3740 = arith.addi %v3739, %v3729 : i64
              %v3741 = llvm.getelementptr %v71[%v3740] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3742 = llvm.load %v3741 : !llvm.ptr -> f32
              %v3743 = arith.addf %v3736, %v3742 fastmath<contract> : f32
              %v3744 = arith.muli %v91, %v2 : i64
              %v3745 = arith.addi %v3744, %v3730 : i64
              %v3746 = arith.muli %v3745, %v933 : i64
              %v3747 = arith.addi %v3746, %v3729 : i64
              %v3748 = llvm.getelementptr %v71[%v3747] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3749 = llvm.load %v3748 : !llvm.ptr -> f32
              %v3750 = arith.addf %v3743, %v3749 fastmath<contract> : f32
              %v3751 = arith.muli %v95, %v2 : i64
              %v3752 = arith.addi %v3751, %v3730 : i64
              %v3753 = arith.muli %v3752, %v933 : i64
              %v3754 = arith.addi %v3753, %v3729 : i64
              %v3755 = llvm.getelementptr %v71[%v3754] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3756 = llvm.load %v3755 : !llvm.ptr -> f32
              %v3757 = arith.addf %v3750, %v3756 fastmath<contract> : f32
              %v3758 = arith.muli %v99, %v2 : i64
              %v3759 = arith.addi %v3758, %v3730 : i64
              %v3760 = arith.muli %v3759, %v933 : i64
              %v3761 = arith.addi %v3760, %v3729 : i64
              %v3762 = llvm.getelementptr %v71[%v3761] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3763 = llvm.load %v3762 : !llvm.ptr -> f32
              %v3764 = arith.addf %v3757, %v3763 fastmath<contract> : f32
              %v3765 = arith.muli %v103, %v2 : i64
              %v3766 = arith.addi %v3765, %v3730 : i64
              %v3767 = arith.muli %v3766, %v933 : i64
              %v3768 = arith.addi %v3767, %v3729 : i64
              %v3769 = llvm.getelementptr %v71[%v3768] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3770 = llvm.load %v3769 : !llvm.ptr -> f32
              %v3771 = arith.addf %v3764, %v3770 fastmath<contract> : f32
              %v3772 = arith.muli %v107, %v2 : i64
              %v3773 = arith.addi %v3772, %v3730 : i64
              %v3774 = arith.muli %v3773, %v933 : i64
              %v3775 = arith.addi %v3774, %v3729 : i64
              %v3776 = llvm.getelementptr %v71[%v3775] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3777 = llvm.load %v3776 : !llvm.ptr -> f32
              %v3778 = arith.addf %v3771, %v3777 fastmath<contract> : f32
              %v3779 = arith.muli %v111, %v2 : i64
              %v3780 = arith.addi %v3779, %v3730 : i64
              %v3781 = arith.muli %v3780, %v933 : i64
              %v3782 = arith.addi %v3781, %v3729 : i64
              %v3783 = llvm.getelementptr %v71[%v3782] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3784 = llvm.load %v3783 : !llvm.ptr -> f32
              %v3785 = arith.addf %v3778, %v3784 fastmath<contract> : f32
              %v3786 = arith.subi %v3728, %slice_first : i64
              %v3787 = arith.muli %v54, %v3697 : i64
              %v3788 = arith.muli %v3786, %v3696 : i64
              %v3789 = arith.addi %v3787, %v3788 : i64
              %v3790 = arith.muli %v52, %v2 : i64
              %v3791 = arith.addi %v3789, %v3790 : i64
              %v3792 = arith.muli %v38, %v3713 : i64
              %v3793 = arith.addi %v3792, %v3791 : i64
              %v3794 = llvm.getelementptr %part_fg[%v3793] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v3785, %v3794 : f32, !llvm.ptr
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
          %v3795 = arith.muli %v46, %v39 : i64
          %v3796 = arith.addi %v3795, %v40 : i64
          %v3797 = arith.muli %v3796, %v39 : i64
          %v3798 = arith.addi %v3797, %v12 : i64
          %v3799 = llvm.load %v56 : !llvm.ptr -> f32
          %v3800 = llvm.getelementptr %slice_carry[%v3798] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3799, %v3800 : f32, !llvm.ptr
          %v3801 = arith.addi %v3797, %v2 : i64
          %v3802 = llvm.load %v57 : !llvm.ptr -> f32
          %v3803 = llvm.getelementptr %slice_carry[%v3801] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3802, %v3803 : f32, !llvm.ptr
          %v3804 = arith.addi %v3797, %v91 : i64
          %v3805 = llvm.load %v58 : !llvm.ptr -> f32
          %v3806 = llvm.getelementptr %slice_carry[%v3804] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3805, %v3806 : f32, !llvm.ptr
          %v3807 = arith.addi %v3797, %v95 : i64
          %v3808 = llvm.load %v59 : !llvm.ptr -> f32
          %v3809 = llvm.getelementptr %slice_carry[%v3807] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3808, %v3809 : f32, !llvm.ptr
          %v3810 = arith.addi %v3797, %v99 : i64
          %v3811 = llvm.load %v60 : !llvm.ptr -> f32
          %v3812 = llvm.getelementptr %slice_carry[%v3810] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3811, %v3812 : f32, !llvm.ptr
          %v3813 = arith.addi %v3797, %v103 : i64
          %v3814 = llvm.load %v61 : !llvm.ptr -> f32
          %v3815 = llvm.getelementptr %slice_carry[%v3813] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3814, %v3815 : f32, !llvm.ptr
          %v3816 = arith.addi %v3797, %v107 : i64
          %v3817 = llvm.load %v62 : !llvm.ptr -> f32
          %v3818 = llvm.getelementptr %slice_carry[%v3816] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3817, %v3818 : f32, !llvm.ptr
          %v3819 = arith.addi %v3797, %v111 : i64
          %v3820 = llvm.load %v63 : !llvm.ptr -> f32
          %v3821 = llvm.getelementptr %slice_carry[%v3819] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3820, %v3821 : f32, !llvm.ptr
        }
      }
      gpu.return
    }
  }
}
