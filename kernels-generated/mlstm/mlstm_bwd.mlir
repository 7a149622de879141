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
      %v3 = arith.muli %size_B, %size_H : i64
      %v4 = arith.muli %v3, %size_DV : i64
      %v5 = arith.constant 64 : i64
      %v6 = arith.divui %slice_first, %v5 : i64
      %v7 = arith.addi %slice_first, %slice_steps : i64
      %v8 = arith.constant 63 : i64
      %v9 = arith.addi %v7, %v8 : i64
      %v10 = arith.divui %v9, %v5 : i64
      %v11 = arith.constant 0 : i64
      %v12 = arith.cmpi eq, %slice_first, %v11 : i64
      %v13 = arith.cmpi sge, %v7, %size_L : i64
      %v14 = arith.cmpi slt, %v7, %size_L : i64
      %v15 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
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
      %v31 = arith.constant 32 : i64
      %v32 = arith.constant 31 : i64
      %v38 = arith.constant 8 : i64
      %v55 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v56 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v57 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v58 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v59 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v60 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v61 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v62 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v63 = llvm.mlir.addressof @tile_mlstm_bwd_q : !llvm.ptr<3>
      %v64 = llvm.addrspacecast %v63 : !llvm.ptr<3> to !llvm.ptr
      %v65 = llvm.mlir.addressof @tile_mlstm_bwd_k : !llvm.ptr<3>
      %v66 = llvm.addrspacecast %v65 : !llvm.ptr<3> to !llvm.ptr
      %v67 = llvm.mlir.addressof @tile_mlstm_bwd_ig : !llvm.ptr<3>
      %v68 = llvm.addrspacecast %v67 : !llvm.ptr<3> to !llvm.ptr
      %v69 = llvm.mlir.addressof @tile_mlstm_bwd_fg : !llvm.ptr<3>
      %v70 = llvm.addrspacecast %v69 : !llvm.ptr<3> to !llvm.ptr
      %v71 = llvm.mlir.addressof @rows_mlstm_bwd_q : !llvm.ptr<3>
      %v72 = llvm.addrspacecast %v71 : !llvm.ptr<3> to !llvm.ptr
      %v73 = llvm.mlir.addressof @rows_mlstm_bwd_k : !llvm.ptr<3>
      %v74 = llvm.addrspacecast %v73 : !llvm.ptr<3> to !llvm.ptr
      %v75 = llvm.mlir.addressof @rows_mlstm_bwd_ig : !llvm.ptr<3>
      %v76 = llvm.addrspacecast %v75 : !llvm.ptr<3> to !llvm.ptr
      %v77 = llvm.mlir.addressof @rows_mlstm_bwd_fg : !llvm.ptr<3>
      %v78 = llvm.addrspacecast %v77 : !llvm.ptr<3> to !llvm.ptr
      %v79 = arith.constant 0x00000000 : f32
      %v80 = arith.constant 0x3F800000 : f32
      %v89 = arith.constant 2 : i64
      %v94 = arith.constant 3 : i64
      %v99 = arith.constant 4 : i64
      %v104 = arith.constant 5 : i64
      %v109 = arith.constant 6 : i64
      %v114 = arith.constant 7 : i64
      %v138 = arith.constant 1024 : i64
      %v139 = arith.constant 256 : i64
      %v151 = arith.muli %v1, %size_H : i64
      %v152 = arith.muli %v151, %size_L : i64
      %v161 = arith.constant 65 : i64
      %v196 = arith.muli %size_H, %size_L : i64
      %v225 = arith.muli %size_B, %size_H : i64
      %v226 = arith.muli %v225, %v1 : i64
      %v227 = arith.muli %v226, %size_DV : i64
      %v229 = arith.muli %size_DV, %v1 : i64
      %v230 = arith.muli %v229, %size_H : i64
      %v240 = arith.muli %size_B, %size_H : i64
      %v241 = arith.muli %v240, %v1 : i64
      %v242 = arith.muli %v241, %size_DV : i64
      %v255 = arith.muli %size_B, %size_H : i64
      %v256 = arith.muli %v255, %v1 : i64
      %v258 = arith.muli %v1, %size_H : i64
      %v266 = arith.muli %size_B, %size_H : i64
      %v267 = arith.muli %v266, %v1 : i64
      %v333 = arith.constant 0x3FB8AA3B : f32
      %v352 = arith.muli %size_DV, %size_H : i64
      %v353 = arith.muli %v352, %size_L : i64
      %v654 = arith.constant 2147483647 : i64
      %v658 = arith.constant 3 : i32
      %v685 = arith.constant 1 : i32
      %v686 = arith.constant 32 : i32
      %v690 = arith.constant 2 : i32
      %v694 = arith.constant 4 : i32
      %v731 = arith.constant 0xBF800000 : f32
      %v867 = arith.constant 8 : i32
      %v871 = arith.constant 16 : i32
      %v880 = arith.constant 33 : i64
      %v1541 = arith.constant 0 : i32
      %v3248 = arith.constant 512 : i64
      %v3254 = arith.muli %size_B, %slice_steps : i64
      %v3255 = arith.muli %v3254, %size_H : i64
      %v3256 = arith.muli %v3255, %v1 : i64
      %v3290 = arith.constant 48 : i64
      %v3303 = arith.constant 80 : i64
      %v3310 = arith.constant 96 : i64
      %v3317 = arith.constant 112 : i64
      %v3327 = arith.muli %v1, %size_H : i64
      %v3328 = arith.muli %v3327, %slice_steps : i64
      %v3343 = arith.muli %size_B, %slice_steps : i64
      %v3344 = arith.muli %v3343, %size_H : i64
      %v3345 = arith.muli %v3344, %v1 : i64
      %v3426 = arith.muli %size_B, %slice_steps : i64
      %v3427 = arith.muli %v3426, %size_H : i64
      %v3492 = arith.muli %size_H, %slice_steps : i64
      %v3505 = arith.muli %size_B, %slice_steps : i64
      %v3506 = arith.muli %v3505, %size_H : i64
      %v27 = gpu.block_id x
      %v28 = gpu.thread_id x
      %v29 = arith.index_cast %v28 : index to i64
      %v30 = arith.index_cast %v27 : index to i64
      %v33 = arith.addi %size_DV, %v32 : i64
      %v34 = arith.divui %v33, %v31 : i64
      %v35 = arith.maxsi %v34, %v2 : i64
      %v36 = arith.divui %v30, %v35 : i64
      %v37 = arith.remui %v30, %v35 : i64
      %v39 = arith.remui %v29, %v38 : i64
      %v40 = arith.divui %v29, %v38 : i64
      %v41 = arith.muli %v37, %v31 : i64
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
      %v348 = arith.sitofp %v1 : i64 to f32
      %v462 = arith.sitofp %v1 : i64 to f32
      %v514 = arith.sitofp %v1 : i64 to f32
      %v566 = arith.sitofp %v1 : i64 to f32
      %v618 = arith.sitofp %v1 : i64 to f32
      %v771 = arith.sitofp %v1 : i64 to f32
      %v1066 = arith.sitofp %v1 : i64 to f32
      %v1358 = arith.sitofp %v1 : i64 to f32
      %v1650 = arith.sitofp %v1 : i64 to f32
      %v1888 = arith.sitofp %v1 : i64 to f32
      %v1940 = arith.sitofp %v1 : i64 to f32
      %v1992 = arith.sitofp %v1 : i64 to f32
      %v2044 = arith.sitofp %v1 : i64 to f32
      %v2190 = arith.sitofp %v1 : i64 to f32
      %v2482 = arith.sitofp %v1 : i64 to f32
      %v2774 = arith.sitofp %v1 : i64 to f32
      %v3065 = arith.sitofp %v1 : i64 to f32
      llvm.store %v79, %v55 : f32, !llvm.ptr
      llvm.store %v79, %v56 : f32, !llvm.ptr
      llvm.store %v79, %v57 : f32, !llvm.ptr
      llvm.store %v79, %v58 : f32, !llvm.ptr
      llvm.store %v80, %v59 : f32, !llvm.ptr
      llvm.store %v80, %v60 : f32, !llvm.ptr
      llvm.store %v80, %v61 : f32, !llvm.ptr
      llvm.store %v80, %v62 : f32, !llvm.ptr
      scf.if %v14 {
        scf.if %v43 {
          %v81 = arith.muli %v45, %v38 : i64
          %v82 = arith.addi %v81, %v39 : i64
          %v83 = arith.muli %v4, %v38 : i64
          %v84 = llvm.getelementptr %slice_carry[%v82] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v85 = llvm.load %v84 : !llvm.ptr -> f32
          llvm.store %v85, %v55 : f32, !llvm.ptr
          %v86 = arith.addi %v83, %v82 : i64
          %v87 = llvm.getelementptr %slice_carry[%v86] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v88 = llvm.load %v87 : !llvm.ptr -> f32
          llvm.store %v88, %v56 : f32, !llvm.ptr
          %v90 = arith.muli %v89, %v83 : i64
          %v91 = arith.addi %v90, %v82 : i64
          %v92 = llvm.getelementptr %slice_carry[%v91] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v93 = llvm.load %v92 : !llvm.ptr -> f32
          llvm.store %v93, %v57 : f32, !llvm.ptr
          %v95 = arith.muli %v94, %v83 : i64
          %v96 = arith.addi %v95, %v82 : i64
          %v97 = llvm.getelementptr %slice_carry[%v96] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v98 = llvm.load %v97 : !llvm.ptr -> f32
          llvm.store %v98, %v58 : f32, !llvm.ptr
          %v100 = arith.muli %v99, %v83 : i64
          %v101 = arith.addi %v100, %v82 : i64
          %v102 = llvm.getelementptr %slice_carry[%v101] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v103 = llvm.load %v102 : !llvm.ptr -> f32
          llvm.store %v103, %v59 : f32, !llvm.ptr
          %v105 = arith.muli %v104, %v83 : i64
          %v106 = arith.addi %v105, %v82 : i64
          %v107 = llvm.getelementptr %slice_carry[%v106] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v108 = llvm.load %v107 : !llvm.ptr -> f32
          llvm.store %v108, %v60 : f32, !llvm.ptr
          %v110 = arith.muli %v109, %v83 : i64
          %v111 = arith.addi %v110, %v82 : i64
          %v112 = llvm.getelementptr %slice_carry[%v111] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v113 = llvm.load %v112 : !llvm.ptr -> f32
          llvm.store %v113, %v61 : f32, !llvm.ptr
          %v115 = arith.muli %v114, %v83 : i64
          %v116 = arith.addi %v115, %v82 : i64
          %v117 = llvm.getelementptr %slice_carry[%v116] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v118 = llvm.load %v117 : !llvm.ptr -> f32
          llvm.store %v118, %v62 : f32, !llvm.ptr
        }
      }
      scf.if %v13 {
      }
      %v119 = arith.cmpi eq, %size_L, %v11 : i64
      scf.if %v119 {
        llvm.store %v79, %v23 : f32, !llvm.ptr
        llvm.store %v79, %v24 : f32, !llvm.ptr
        llvm.store %v79, %v25 : f32, !llvm.ptr
        llvm.store %v79, %v26 : f32, !llvm.ptr
      }
      %v120 = arith.addi %size_L, %v8 : i64
      %v121 = arith.divui %v120, %v5 : i64
      %v122 = arith.minsi %v10, %v121 : i64
      %v123 = arith.subi %v122, %v6 : i64
      %v124 = arith.maxsi %v123, %v11 : i64
      %v125 = arith.index_cast %v11 : i64 to index
      %v126 = arith.index_cast %v124 : i64 to index
      %v127 = arith.index_cast %v2 : i64 to index
      scf.for %v128 = %v125 to %v126 step %v127 {
        %v129 = arith.index_cast %v128 : index to i64
        %v130 = arith.subi %v122, %v2 : i64
        %v131 = arith.subi %v130, %v129 : i64
        %v132 = arith.muli %v131, %v5 : i64
        %v133 = arith.subi %size_L, %v132 : i64
        %v134 = arith.minsi %v133, %v5 : i64
        %v135 = arith.addi %v134, %v94 : i64
        %v136 = arith.divui %v135, %v99 : i64
        // the block's shared input rows for this stretch
        gpu.barrier
        %v137 = arith.subi %size_L, %v2 : i64
        %v140 = arith.index_cast %v29 : i64 to index
        %v141 = arith.index_cast %v138 : i64 to index
        %v142 = arith.index_cast %v139 : i64 to index
        scf.for %v143 = %v140 to %v141 step %v142 {
          %v144 = arith.index_cast %v143 : index to i64
          %v145 = arith.remui %v144, %v5 : i64
          %v146 = arith.divui %v144, %v5 : i64
          %v147 = arith.addi %v132, %v145 : i64
          %v148 = arith.minsi %v147, %v137 : i64
          %v149 = arith.remui %v146, %v1 : i64
          %v150 = arith.divui %v146, %v1 : i64
          %v153 = arith.muli %v53, %v152 : i64
          %v154 = arith.muli %v148, %v151 : i64
          %v155 = arith.addi %v153, %v154 : i64
          %v156 = arith.muli %v51, %v1 : i64
          %v157 = arith.addi %v155, %v156 : i64
          %v158 = arith.addi %v157, %v149 : i64
          %v159 = llvm.getelementptr %in_q[%v158] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v160 = llvm.load %v159 : !llvm.ptr -> f32
          %v162 = arith.muli %v146, %v161 : i64
          %v163 = arith.addi %v162, %v145 : i64
          %v164 = llvm.getelementptr %v72[%v163] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v160, %v164 : f32, !llvm.ptr
        }
        %v165 = arith.index_cast %v29 : i64 to index
        %v166 = arith.index_cast %v138 : i64 to index
        %v167 = arith.index_cast %v139 : i64 to index
        scf.for %v168 = %v165 to %v166 step %v167 {
          %v169 = arith.index_cast %v168 : index to i64
          %v170 = arith.remui %v169, %v5 : i64
          %v171 = arith.divui %v169, %v5 : i64
          %v172 = arith.addi %v132, %v170 : i64
          %v173 = arith.minsi %v172, %v137 : i64
          %v174 = arith.remui %v171, %v1 : i64
          %v175 = arith.divui %v171, %v1 : i64
          %v176 = arith.muli %v53, %v152 : i64
          %v177 = arith.muli %v173, %v151 : i64
          %v178 = arith.addi %v176, %v177 : i64
          %v179 = arith.muli %v51, %v1 : i64
          %v180 = arith.addi %v178, %v179 : i64
          %v181 = arith.addi %v180, %v174 : i64
          %v182 = llvm.getelementptr %in_k[%v181] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v183 = llvm.load %v182 : !llvm.ptr -> f32
          %v184 = arith.muli %v171, %v161 : i64
          %v185 = arith.addi %v184, %v170 : i64
          %v186 = llvm.getelementptr %v74[%v185] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v183, %v186 : f32, !llvm.ptr
        }
        %v187 = arith.index_cast %v29 : i64 to index
        %v188 = arith.index_cast %v5 : i64 to index
        %v189 = arith.index_cast %v139 : i64 to index
        scf.for %v190 = %v187 to %v188 step %v189 {
          %v191 = arith.index_cast %v190 : index to i64
          %v192 = arith.remui %v191, %v5 : i64
          %v193 = arith.divui %v191, %v5 : i64
          %v194 = arith.addi %v132, %v192 : i64
          %v195 = arith.minsi %v194, %v137 : i64
          %v197 = arith.muli %v53, %v196 : i64
          %v198 = arith.muli %v195, %size_H : i64
          %v199 = arith.addi %v197, %v198 : i64
          %v200 = arith.addi %v199, %v51 : i64
          %v201 = llvm.getelementptr %in_ig[%v200] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v202 = llvm.load %v201 : !llvm.ptr -> f32
          %v203 = arith.muli %v193, %v161 : i64
          %v204 = arith.addi %v203, %v192 : i64
          %v205 = llvm.getelementptr %v76[%v204] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v202, %v205 : f32, !llvm.ptr
        }
        %v206 = arith.index_cast %v29 : i64 to index
        %v207 = arith.index_cast %v5 : i64 to index
        %v208 = arith.index_cast %v139 : i64 to index
        scf.for %v209 = %v206 to %v207 step %v208 {
          %v210 = arith.index_cast %v209 : index to i64
          %v211 = arith.remui %v210, %v5 : i64
          %v212 = arith.divui %v210, %v5 : i64
          %v213 = arith.addi %v132, %v211 : i64
          %v214 = arith.minsi %v213, %v137 : i64
          %v215 = arith.muli %v53, %v196 : i64
          %v216 = arith.muli %v214, %size_H : i64
          %v217 = arith.addi %v215, %v216 : i64
          %v218 = arith.addi %v217, %v51 : i64
          %v219 = llvm.getelementptr %in_fg[%v218] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v220 = llvm.load %v219 : !llvm.ptr -> f32
          %v221 = arith.muli %v212, %v161 : i64
          %v222 = arith.addi %v221, %v211 : i64
          %v223 = llvm.getelementptr %v78[%v222] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v220, %v223 : f32, !llvm.ptr
        }
        gpu.barrier
        %v224 = arith.subi %v134, %v2 : i64
        %v228 = arith.muli %v131, %v227 : i64
        %v231 = arith.muli %v53, %v230 : i64
        %v232 = arith.muli %v51, %v229 : i64
        %v233 = arith.addi %v231, %v232 : i64
        %v234 = arith.muli %v39, %size_DV : i64
        %v235 = arith.addi %v233, %v234 : i64
        %v236 = arith.addi %v235, %v49 : i64
        %v237 = arith.addi %v228, %v236 : i64
        %v238 = llvm.getelementptr %ckpt_C[%v237] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v239 = llvm.load %v238 : !llvm.ptr -> f32
        llvm.store %v239, %v19 : f32, !llvm.ptr
        %v243 = arith.muli %v131, %v242 : i64
        %v244 = arith.muli %v53, %v230 : i64
        %v245 = arith.muli %v51, %v229 : i64
        %v246 = arith.addi %v244, %v245 : i64
        %v247 = arith.constant 8 : i64
        %v248 = arith.addi %v247, %v39 : i64
        %v249 = arith.muli %v248, %size_DV : i64
        %v250 = arith.addi %v246, %v249 : i64
        %v251 = arith.addi %v250, %v49 : i64
        %v252 = arith.addi %v243, %v251 : i64
        %v253 = llvm.getelementptr %ckpt_C[%v252] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v254 = llvm.load %v253 : !llvm.ptr -> f32
        llvm.store %v254, %v20 : f32, !llvm.ptr
        %v257 = arith.muli %v131, %v256 : i64
        %v259 = arith.muli %v53, %v258 : i64
        %v260 = arith.muli %v51, %v1 : i64
        %v261 = arith.addi %v259, %v260 : i64
        %v262 = arith.addi %v261, %v39 : i64
        %v263 = arith.addi %v257, %v262 : i64
        %v264 = llvm.getelementptr %ckpt_n[%v263] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v265 = llvm.load %v264 : !llvm.ptr -> f32
        llvm.store %v265, %v21 : f32, !llvm.ptr
        %v268 = arith.muli %v131, %v267 : i64
        %v269 = arith.muli %v53, %v258 : i64
        %v270 = arith.muli %v51, %v1 : i64
        %v271 = arith.addi %v269, %v270 : i64
        %v272 = arith.constant 8 : i64
        %v273 = arith.addi %v272, %v39 : i64
        %v274 = arith.addi %v271, %v273 : i64
        %v275 = arith.addi %v268, %v274 : i64
        %v276 = llvm.getelementptr %ckpt_n[%v275] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v277 = llvm.load %v276 : !llvm.ptr -> f32
        llvm.store %v277, %v22 : f32, !llvm.ptr
        // the state entering each group of the stretch
        %v278 = arith.index_cast %v11 : i64 to index
        %v279 = arith.index_cast %v136 : i64 to index
        %v280 = arith.index_cast %v2 : i64 to index
        scf.for %v281 = %v278 to %v279 step %v280 {
          %v282 = arith.index_cast %v281 : index to i64
          scf.if %v43 {
            %v283 = llvm.load %v19 : !llvm.ptr -> f32
            %v284 = arith.muli %v282, %v4 : i64
            %v285 = arith.subi %v4, %v2 : i64
            %v286 = arith.minsi %v45, %v285 : i64
            %v287 = arith.addi %v284, %v286 : i64
            %v288 = arith.muli %v287, %v1 : i64
            %v289 = arith.addi %v288, %v39 : i64
            %v290 = llvm.getelementptr %scratch_C[%v289] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v283, %v290 : f32, !llvm.ptr
            %v291 = llvm.load %v20 : !llvm.ptr -> f32
            %v292 = arith.muli %v282, %v4 : i64
            %v293 = arith.subi %v4, %v2 : i64
            %v294 = arith.minsi %v45, %v293 : i64
            %v295 = arith.addi %v292, %v294 : i64
            %v296 = arith.muli %v295, %v1 : i64
            %v297 = arith.addi %v296, %v38 : i64
            %v298 = arith.addi %v297, %v39 : i64
            %v299 = llvm.getelementptr %scratch_C[%v298] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v291, %v299 : f32, !llvm.ptr
            %v300 = llvm.load %v21 : !llvm.ptr -> f32
            %v301 = arith.muli %v282, %v4 : i64
            %v302 = arith.subi %v4, %v2 : i64
            %v303 = arith.minsi %v45, %v302 : i64
            %v304 = arith.addi %v301, %v303 : i64
            %v305 = arith.muli %v304, %v1 : i64
            %v306 = arith.addi %v305, %v39 : i64
            %v307 = llvm.getelementptr %scratch_n[%v306] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v300, %v307 : f32, !llvm.ptr
            %v308 = llvm.load %v22 : !llvm.ptr -> f32
            %v309 = arith.muli %v282, %v4 : i64
            %v310 = arith.subi %v4, %v2 : i64
            %v311 = arith.minsi %v45, %v310 : i64
            %v312 = arith.addi %v309, %v311 : i64
            %v313 = arith.muli %v312, %v1 : i64
            %v314 = arith.addi %v313, %v38 : i64
            %v315 = arith.addi %v314, %v39 : i64
            %v316 = llvm.getelementptr %scratch_n[%v315] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v308, %v316 : f32, !llvm.ptr
          }
          %v317 = arith.muli %v282, %v99 : i64
          %v318 = arith.subi %v134, %v317 : i64
          %v319 = arith.trunci %v318 : i64 to i32
          %v320 = arith.index_cast %v11 : i64 to index
          %v321 = arith.index_cast %v99 : i64 to index
          %v322 = arith.index_cast %v2 : i64 to index
          scf.for %v323 = %v320 to %v321 step %v322 {
            %v324 = arith.index_cast %v323 : index to i64
            %v325 = arith.trunci %v324 : i64 to i32
            %v326 = arith.addi %v317, %v324 : i64
            %v327 = arith.cmpi slt, %v325, %v319 : i32
            scf.if %v327 {
              %v328 = arith.addi %v132, %v326 : i64
              %v329 = arith.subi %v328, %v132 : i64
              %v330 = llvm.getelementptr %v78[%v329] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v331 = llvm.load %v330 : !llvm.ptr -> f32
              %v332 = arith.negf %v331 : f32
              %v334 = arith.mulf %v332, %v333 fastmath<contract> : f32
              %v335 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v334) : (f32) -> f32
              %v336 = arith.addf %v80, %v335 fastmath<contract> : f32
              %v337 = arith.divf %v80, %v336 : f32
              %v338 = arith.subi %v328, %v132 : i64
              %v339 = llvm.getelementptr %v76[%v338] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v340 = llvm.load %v339 : !llvm.ptr -> f32
              %v341 = arith.mulf %v340, %v333 fastmath<contract> : f32
              %v342 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v341) : (f32) -> f32
              %v343 = arith.muli %v39, %v161 : i64
              %v344 = arith.subi %v328, %v132 : i64
              %v345 = arith.addi %v343, %v344 : i64
              %v346 = llvm.getelementptr %v74[%v345] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v347 = llvm.load %v346 : !llvm.ptr -> f32
              %v349 = llvm.call_intrinsic "llvm.sqrt.f32"(%v348) : (f32) -> f32
              %v350 = arith.divf %v347, %v349 : f32
              %v351 = arith.mulf %v342, %v350 fastmath<contract> : f32
              %v354 = arith.muli %v53, %v353 : i64
              %v355 = arith.muli %v328, %v352 : i64
              %v356 = arith.addi %v354, %v355 : i64
              %v357 = arith.muli %v51, %size_DV : i64
              %v358 = arith.addi %v356, %v357 : i64
              %v359 = arith.addi %v358, %v49 : i64
              %v360 = llvm.getelementptr %in_v[%v359] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v361 = llvm.load %v360 : !llvm.ptr -> f32
              %v362 = arith.mulf %v351, %v361 fastmath<contract> : f32
              %v363 = llvm.load %v19 : !llvm.ptr -> f32
              %v364 = arith.mulf %v337, %v363 fastmath<contract> : f32
              %v365 = arith.addf %v364, %v362 fastmath<contract> : f32
              llvm.store %v365, %v19 : f32, !llvm.ptr
              %v366 = arith.constant 8 : i64
              %v367 = arith.addi %v366, %v39 : i64
              %v368 = arith.muli %v367, %v161 : i64
              %v369 = arith.subi %v328, %v132 : i64
              %v370 = arith.addi %v368, %v369 : i64
              %v371 = llvm.getelementptr %v74[%v370] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v372 = llvm.load %v371 : !llvm.ptr -> f32
              %v373 = arith.divf %v372, %v349 : f32
              %v374 = arith.mulf %v342, %v373 fastmath<contract> : f32
              %v375 = arith.mulf %v374, %v361 fastmath<contract> : f32
              %v376 = llvm.load %v20 : !llvm.ptr -> f32
              %v377 = arith.mulf %v337, %v376 fastmath<contract> : f32
              %v378 = arith.addf %v377, %v375 fastmath<contract> : f32
              llvm.store %v378, %v20 : f32, !llvm.ptr
              %v379 = llvm.load %v21 : !llvm.ptr -> f32
              %v380 = arith.mulf %v337, %v379 fastmath<contract> : f32
              %v381 = arith.addf %v380, %v351 fastmath<contract> : f32
              llvm.store %v381, %v21 : f32, !llvm.ptr
              %v382 = llvm.load %v22 : !llvm.ptr -> f32
              %v383 = arith.mulf %v337, %v382 fastmath<contract> : f32
              %v384 = arith.addf %v383, %v374 fastmath<contract> : f32
              llvm.store %v384, %v22 : f32, !llvm.ptr
            }
          }
        }
        %v385 = arith.addi %v136, %v114 : i64
        %v386 = arith.divui %v385, %v38 : i64
        %v387 = arith.index_cast %v11 : i64 to index
        %v388 = arith.index_cast %v386 : i64 to index
        %v389 = arith.index_cast %v2 : i64 to index
        scf.for %v390 = %v387 to %v388 step %v389 {
          %v391 = arith.index_cast %v390 : index to i64
          %v392 = arith.muli %v391, %v38 : i64
          %v393 = arith.addi %v392, %v38 : i64
          %v394 = arith.index_cast %v392 : i64 to index
          %v395 = arith.index_cast %v393 : i64 to index
          %v396 = arith.index_cast %v2 : i64 to index
          scf.for %v397 = %v394 to %v395 step %v396 {
            %v398 = arith.index_cast %v397 : index to i64
            %v399 = arith.cmpi slt, %v398, %v136 : i64
            scf.if %v399 {
              %v400 = arith.subi %v136, %v2 : i64
              %v401 = arith.subi %v400, %v398 : i64
              %v402 = arith.muli %v401, %v99 : i64
              %v403 = arith.remui %v398, %v38 : i64
              %v404 = arith.muli %v403, %v99 : i64
              %v405 = arith.addi %v402, %v99 : i64
              %v406 = arith.cmpi sle, %v405, %v134 : i64
              scf.if %v406 {
                %v407 = arith.subi %v134, %v2 : i64
                %v408 = arith.muli %v401, %v4 : i64
                %v409 = arith.subi %v4, %v2 : i64
                %v410 = arith.minsi %v45, %v409 : i64
                %v411 = arith.addi %v408, %v410 : i64
                %v412 = arith.muli %v411, %v1 : i64
                %v413 = arith.addi %v412, %v39 : i64
                %v414 = llvm.getelementptr %scratch_C[%v413] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v415 = llvm.load %v414 : !llvm.ptr -> f32
                %v416 = arith.muli %v401, %v4 : i64
                %v417 = arith.subi %v4, %v2 : i64
                %v418 = arith.minsi %v45, %v417 : i64
                %v419 = arith.addi %v416, %v418 : i64
                %v420 = arith.muli %v419, %v1 : i64
                %v421 = arith.addi %v420, %v38 : i64
                %v422 = arith.addi %v421, %v39 : i64
                %v423 = llvm.getelementptr %scratch_C[%v422] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v424 = llvm.load %v423 : !llvm.ptr -> f32
                %v425 = arith.muli %v401, %v4 : i64
                %v426 = arith.subi %v4, %v2 : i64
                %v427 = arith.minsi %v45, %v426 : i64
                %v428 = arith.addi %v425, %v427 : i64
                %v429 = arith.muli %v428, %v1 : i64
                %v430 = arith.addi %v429, %v39 : i64
                %v431 = llvm.getelementptr %scratch_n[%v430] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v432 = llvm.load %v431 : !llvm.ptr -> f32
                %v433 = arith.muli %v401, %v4 : i64
                %v434 = arith.subi %v4, %v2 : i64
                %v435 = arith.minsi %v45, %v434 : i64
                %v436 = arith.addi %v433, %v435 : i64
                %v437 = arith.muli %v436, %v1 : i64
                %v438 = arith.addi %v437, %v38 : i64
                %v439 = arith.addi %v438, %v39 : i64
                %v440 = llvm.getelementptr %scratch_n[%v439] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v441 = llvm.load %v440 : !llvm.ptr -> f32
                // the group's states, recomputed into registers
                %v442 = arith.minsi %v402, %v407 : i64
                %v443 = arith.addi %v132, %v442 : i64
                %v444 = arith.subi %v443, %v132 : i64
                %v445 = llvm.getelementptr %v78[%v444] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v446 = llvm.load %v445 : !llvm.ptr -> f32
                %v447 = arith.negf %v446 : f32
                %v448 = arith.mulf %v447, %v333 fastmath<contract> : f32
                %v449 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v448) : (f32) -> f32
                %v450 = arith.addf %v80, %v449 fastmath<contract> : f32
                %v451 = arith.divf %v80, %v450 : f32
                %v452 = arith.subi %v443, %v132 : i64
                %v453 = llvm.getelementptr %v76[%v452] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v454 = llvm.load %v453 : !llvm.ptr -> f32
                %v455 = arith.mulf %v454, %v333 fastmath<contract> : f32
                %v456 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v455) : (f32) -> f32
                %v457 = arith.muli %v39, %v161 : i64
                %v458 = arith.subi %v443, %v132 : i64
                %v459 = arith.addi %v457, %v458 : i64
                %v460 = llvm.getelementptr %v74[%v459] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v461 = llvm.load %v460 : !llvm.ptr -> f32
                %v463 = llvm.call_intrinsic "llvm.sqrt.f32"(%v462) : (f32) -> f32
                %v464 = arith.divf %v461, %v463 : f32
                %v465 = arith.mulf %v456, %v464 fastmath<contract> : f32
                %v466 = arith.muli %v53, %v353 : i64
                %v467 = arith.muli %v443, %v352 : i64
                %v468 = arith.addi %v466, %v467 : i64
                %v469 = arith.muli %v51, %size_DV : i64
                %v470 = arith.addi %v468, %v469 : i64
                %v471 = arith.addi %v470, %v49 : i64
                %v472 = llvm.getelementptr %in_v[%v471] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v473 = llvm.load %v472 : !llvm.ptr -> f32
                %v474 = arith.mulf %v465, %v473 fastmath<contract> : f32
                %v475 = arith.mulf %v451, %v415 fastmath<contract> : f32
                %v476 = arith.addf %v475, %v474 fastmath<contract> : f32
                %v477 = arith.constant 8 : i64
                %v478 = arith.addi %v477, %v39 : i64
                %v479 = arith.muli %v478, %v161 : i64
                %v480 = arith.subi %v443, %v132 : i64
                %v481 = arith.addi %v479, %v480 : i64
                %v482 = llvm.getelementptr %v74[%v481] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v483 = llvm.load %v482 : !llvm.ptr -> f32
                %v484 = arith.divf %v483, %v463 : f32
                %v485 = arith.mulf %v456, %v484 fastmath<contract> : f32
                %v486 = arith.mulf %v485, %v473 fastmath<contract> : f32
                %v487 = arith.mulf %v451, %v424 fastmath<contract> : f32
                %v488 = arith.addf %v487, %v486 fastmath<contract> : f32
                %v489 = arith.mulf %v451, %v432 fastmath<contract> : f32
                %v490 = arith.addf %v489, %v465 fastmath<contract> : f32
                %v491 = arith.mulf %v451, %v441 fastmath<contract> : f32
                %v492 = arith.addf %v491, %v485 fastmath<contract> : f32
                %v493 = arith.addi %v402, %v2 : i64
                %v494 = arith.minsi %v493, %v407 : i64
                %v495 = arith.addi %v132, %v494 : i64
                %v496 = arith.subi %v495, %v132 : i64
                %v497 = llvm.getelementptr %v78[%v496] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v498 = llvm.load %v497 : !llvm.ptr -> f32
                %v499 = arith.negf %v498 : f32
                %v500 = arith.mulf %v499, %v333 fastmath<contract> : f32
                %v501 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v500) : (f32) -> f32
                %v502 = arith.addf %v80, %v501 fastmath<contract> : f32
                %v503 = arith.divf %v80, %v502 : f32
                %v504 = arith.subi %v495, %v132 : i64
                %v505 = llvm.getelementptr %v76[%v504] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v506 = llvm.load %v505 : !llvm.ptr -> f32
                %v507 = arith.mulf %v506, %v333 fastmath<contract> : f32
                %v508 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v507) : (f32) -> f32
                %v509 = arith.muli %v39, %v161 : i64
                %v510 = arith.subi %v495, %v132 : i64
                %v511 = arith.addi %v509, %v510 : i64
                %v512 = llvm.getelementptr %v74[%v511] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v513 = llvm.load %v512 : !llvm.ptr -> f32
                %v515 = llvm.call_intrinsic "llvm.sqrt.f32"(%v514) : (f32) -> f32
                %v516 = arith.divf %v513, %v515 : f32
                %v517 = arith.mulf %v508, %v516 fastmath<contract> : f32
                %v518 = arith.muli %v53, %v353 : i64
                %v519 = arith.muli %v495, %v352 : i64
                %v520 = arith.addi %v518, %v519 : i64
                %v521 = arith.muli %v51, %size_DV : i64
                %v522 = arith.addi %v520, %v521 : i64
                %v523 = arith.addi %v522, %v49 : i64
                %v524 = llvm.getelementptr %in_v[%v523] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v525 = llvm.load %v524 : !llvm.ptr -> f32
                %v526 = arith.mulf %v517, %v525 fastmath<contract> : f32
                %v527 = arith.mulf %v503, %v476 fastmath<contract> : f32
                %v528 = arith.addf %v527, %v526 fastmath<contract> : f32
                %v529 = arith.constant 8 : i64
                %v530 = arith.addi %v529, %v39 : i64
                %v531 = arith.muli %v530, %v161 : i64
                %v532 = arith.subi %v495, %v132 : i64
                %v533 = arith.addi %v531, %v532 : i64
                %v534 = llvm.getelementptr %v74[%v533] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v535 = llvm.load %v534 : !llvm.ptr -> f32
                %v536 = arith.divf %v535, %v515 : f32
                %v537 = arith.mulf %v508, %v536 fastmath<contract> : f32
                %v538 = arith.mulf %v537, %v525 fastmath<contract> : f32
                %v539 = arith.mulf %v503, %v488 fastmath<contract> : f32
                %v540 = arith.addf %v539, %v538 fastmath<contract> : f32
                %v541 = arith.mulf %v503, %v490 fastmath<contract> : f32
                %v542 = arith.addf %v541, %v517 fastmath<contract> : f32
                %v543 = arith.mulf %v503, %v492 fastmath<contract> : f32
                %v544 = arith.addf %v543, %v537 fastmath<contract> : f32
                %v545 = arith.addi %v402, %v89 : i64
                %v546 = arith.minsi %v545, %v407 : i64
                %v547 = arith.addi %v132, %v546 : i64
                %v548 = arith.subi %v547, %v132 : i64
                %v549 = llvm.getelementptr %v78[%v548] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v550 = llvm.load %v549 : !llvm.ptr -> f32
                %v551 = arith.negf %v550 : f32
                %v552 = arith.mulf %v551, %v333 fastmath<contract> : f32
                %v553 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v552) : (f32) -> f32
                %v554 = arith.addf %v80, %v553 fastmath<contract> : f32
                %v555 = arith.divf %v80, %v554 : f32
                %v556 = arith.subi %v547, %v132 : i64
                %v557 = llvm.getelementptr %v76[%v556] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v558 = llvm.load %v557 : !llvm.ptr -> f32
                %v559 = arith.mulf %v558, %v333 fastmath<contract> : f32
                %v560 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v559) : (f32) -> f32
                %v561 = arith.muli %v39, %v161 : i64
                %v562 = arith.subi %v547, %v132 : i64
                %v563 = arith.addi %v561, %v562 : i64
                %v564 = llvm.getelementptr %v74[%v563] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v565 = llvm.load %v564 : !llvm.ptr -> f32
                %v567 = llvm.call_intrinsic "llvm.sqrt.f32"(%v566) : (f32) -> f32
                %v568 = arith.divf %v565, %v567 : f32
                %v569 = arith.mulf %v560, %v568 fastmath<contract> : f32
                %v570 = arith.muli %v53, %v353 : i64
                %v571 = arith.muli %v547, %v352 : i64
                %v572 = arith.addi %v570, %v571 : i64
                %v573 = arith.muli %v51, %size_DV : i64
                %v574 = arith.addi %v572, %v573 : i64
                %v575 = arith.addi %v574, %v49 : i64
                %v576 = llvm.getelementptr %in_v[%v575] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v577 = llvm.load %v576 : !llvm.ptr -> f32
                %v578 = arith.mulf %v569, %v577 fastmath<contract> : f32
                %v579 = arith.mulf %v555, %v528 fastmath<contract> : f32
                %v580 = arith.addf %v579, %v578 fastmath<contract> : f32
                %v581 = arith.constant 8 : i64
                %v582 = arith.addi %v581, %v39 : i64
                %v583 = arith.muli %v582, %v161 : i64
                %v584 = arith.subi %v547, %v132 : i64
                %v585 = arith.addi %v583, %v584 : i64
                %v586 = llvm.getelementptr %v74[%v585] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v587 = llvm.load %v586 : !llvm.ptr -> f32
                %v588 = arith.divf %v587, %v567 : f32
                %v589 = arith.mulf %v560, %v588 fastmath<contract> : f32
                %v590 = arith.mulf %v589, %v577 fastmath<contract> : f32
                %v591 = arith.mulf %v555, %v540 fastmath<contract> : f32
                %v592 = arith.addf %v591, %v590 fastmath<contract> : f32
                %v593 = arith.mulf %v555, %v542 fastmath<contract> : f32
                %v594 = arith.addf %v593, %v569 fastmath<contract> : f32
                %v595 = arith.mulf %v555, %v544 fastmath<contract> : f32
                %v596 = arith.addf %v595, %v589 fastmath<contract> : f32
                %v597 = arith.addi %v402, %v94 : i64
                %v598 = arith.minsi %v597, %v407 : i64
                %v599 = arith.addi %v132, %v598 : i64
                %v600 = arith.subi %v599, %v132 : i64
                %v601 = llvm.getelementptr %v78[%v600] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v602 = llvm.load %v601 : !llvm.ptr -> f32
                %v603 = arith.negf %v602 : f32
                %v604 = arith.mulf %v603, %v333 fastmath<contract> : f32
                %v605 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v604) : (f32) -> f32
                %v606 = arith.addf %v80, %v605 fastmath<contract> : f32
                %v607 = arith.divf %v80, %v606 : f32
                %v608 = arith.subi %v599, %v132 : i64
                %v609 = llvm.getelementptr %v76[%v608] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v610 = llvm.load %v609 : !llvm.ptr -> f32
                %v611 = arith.mulf %v610, %v333 fastmath<contract> : f32
                %v612 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v611) : (f32) -> f32
                %v613 = arith.muli %v39, %v161 : i64
                %v614 = arith.subi %v599, %v132 : i64
                %v615 = arith.addi %v613, %v614 : i64
                %v616 = llvm.getelementptr %v74[%v615] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v617 = llvm.load %v616 : !llvm.ptr -> f32
                %v619 = llvm.call_intrinsic "llvm.sqrt.f32"(%v618) : (f32) -> f32
                %v620 = arith.divf %v617, %v619 : f32
                %v621 = arith.mulf %v612, %v620 fastmath<contract> : f32
                %v622 = arith.muli %v53, %v353 : i64
                %v623 = arith.muli %v599, %v352 : i64
                %v624 = arith.addi %v622, %v623 : i64
                %v625 = arith.muli %v51, %size_DV : i64
                %v626 = arith.addi %v624, %v625 : i64
                %v627 = arith.addi %v626, %v49 : i64
                %v628 = llvm.getelementptr %in_v[%v627] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v629 = llvm.load %v628 : !llvm.ptr -> f32
                %v630 = arith.mulf %v621, %v629 fastmath<contract> : f32
                %v631 = arith.mulf %v607, %v580 fastmath<contract> : f32
                %v632 = arith.addf %v631, %v630 fastmath<contract> : f32
                %v633 = arith.constant 8 : i64
                %v634 = arith.addi %v633, %v39 : i64
                %v635 = arith.muli %v634, %v161 : i64
                %v636 = arith.subi %v599, %v132 : i64
                %v637 = arith.addi %v635, %v636 : i64
                %v638 = llvm.getelementptr %v74[%v637] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v639 = llvm.load %v638 : !llvm.ptr -> f32
                %v640 = arith.divf %v639, %v619 : f32
                %v641 = arith.mulf %v612, %v640 fastmath<contract> : f32
                %v642 = arith.mulf %v641, %v629 fastmath<contract> : f32
                %v643 = arith.mulf %v607, %v592 fastmath<contract> : f32
                %v644 = arith.addf %v643, %v642 fastmath<contract> : f32
                %v645 = arith.mulf %v607, %v594 fastmath<contract> : f32
                %v646 = arith.addf %v645, %v621 fastmath<contract> : f32
                %v647 = arith.mulf %v607, %v596 fastmath<contract> : f32
                %v648 = arith.addf %v647, %v641 fastmath<contract> : f32
                %v649 = arith.subi %v134, %v402 : i64
                %v650 = arith.trunci %v649 : i64 to i32
                %v651 = arith.subi %size_L, %v2 : i64
                %v652 = arith.addi %v132, %v402 : i64
                %v653 = arith.subi %v651, %v652 : i64
                %v655 = arith.minsi %v653, %v654 : i64
                %v656 = arith.trunci %v655 : i64 to i32
                %v657 = arith.addi %v402, %v94 : i64
                %v659 = arith.cmpi slt, %v658, %v650 : i32
                %v660 = arith.cmpi eq, %v658, %v656 : i32
                %v661 = arith.addi %v132, %v657 : i64
                %v662 = arith.muli %v39, %v161 : i64
                %v663 = arith.subi %v661, %v132 : i64
                %v664 = arith.addi %v662, %v663 : i64
                %v665 = llvm.getelementptr %v72[%v664] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v666 = llvm.load %v665 : !llvm.ptr -> f32
                %v667 = arith.muli %v53, %v353 : i64
                %v668 = arith.muli %v661, %v352 : i64
                %v669 = arith.addi %v667, %v668 : i64
                %v670 = arith.muli %v51, %size_DV : i64
                %v671 = arith.addi %v669, %v670 : i64
                %v672 = arith.addi %v671, %v49 : i64
                %v673 = llvm.getelementptr %dy_o[%v672] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v674 = llvm.load %v673 : !llvm.ptr -> f32
                %v675 = arith.mulf %v666, %v646 fastmath<contract> : f32
                %v676 = arith.constant 8 : i64
                %v677 = arith.addi %v676, %v39 : i64
                %v678 = arith.muli %v677, %v161 : i64
                %v679 = arith.subi %v661, %v132 : i64
                %v680 = arith.addi %v678, %v679 : i64
                %v681 = llvm.getelementptr %v72[%v680] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v682 = llvm.load %v681 : !llvm.ptr -> f32
                %v683 = arith.mulf %v682, %v648 fastmath<contract> : f32
                %v684 = arith.addf %v675, %v683 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v687, %v688 = gpu.shuffle xor %v684, %v685, %v686 : f32
                %v689 = arith.addf %v684, %v687 fastmath<contract> : f32
                %v691, %v692 = gpu.shuffle xor %v689, %v690, %v686 : f32
                %v693 = arith.addf %v689, %v691 fastmath<contract> : f32
                %v695, %v696 = gpu.shuffle xor %v693, %v694, %v686 : f32
                %v697 = arith.addf %v693, %v695 fastmath<contract> : f32
                // end sum over the lanes
                %v698 = llvm.call_intrinsic "llvm.fabs.f32"(%v697) : (f32) -> f32
                %v699 = arith.maximumf %v80, %v698 : f32
                %v700 = arith.divf %v674, %v699 : f32
                %v701 = arith.mulf %v666, %v700 fastmath<contract> : f32
                %v702 = llvm.load %v55 : !llvm.ptr -> f32
                %v703 = llvm.load %v59 : !llvm.ptr -> f32
                %v704 = arith.mulf %v703, %v702 fastmath<contract> : f32
                %v705 = arith.addf %v701, %v704 fastmath<contract> : f32
                llvm.store %v705, %v55 : f32, !llvm.ptr
                %v706 = arith.mulf %v682, %v700 fastmath<contract> : f32
                %v707 = llvm.load %v56 : !llvm.ptr -> f32
                %v708 = llvm.load %v60 : !llvm.ptr -> f32
                %v709 = arith.mulf %v708, %v707 fastmath<contract> : f32
                %v710 = arith.addf %v706, %v709 fastmath<contract> : f32
                llvm.store %v710, %v56 : f32, !llvm.ptr
                %v711 = arith.mulf %v666, %v632 fastmath<contract> : f32
                %v712 = arith.mulf %v682, %v644 fastmath<contract> : f32
                %v713 = arith.addf %v711, %v712 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v714, %v715 = gpu.shuffle xor %v713, %v685, %v686 : f32
                %v716 = arith.addf %v713, %v714 fastmath<contract> : f32
                %v717, %v718 = gpu.shuffle xor %v716, %v690, %v686 : f32
                %v719 = arith.addf %v716, %v717 fastmath<contract> : f32
                %v720, %v721 = gpu.shuffle xor %v719, %v694, %v686 : f32
                %v722 = arith.addf %v719, %v720 fastmath<contract> : f32
                // end sum over the lanes
                %v723 = arith.divf %v722, %v699 : f32
                %v724 = arith.divf %v723, %v699 : f32
                %v725 = arith.mulf %v674, %v724 fastmath<contract> : f32
                %v726 = arith.negf %v725 : f32
                %v727 = arith.cmpf oge, %v80, %v698 : f32
                %v728 = arith.select %v727, %v80, %v79 : f32
                %v729 = arith.subf %v80, %v728 fastmath<contract> : f32
                %v730 = arith.mulf %v726, %v729 fastmath<contract> : f32
                %v732 = arith.cmpf olt, %v697, %v79 : f32
                %v733 = arith.select %v732, %v731, %v79 : f32
                %v734 = arith.cmpf ogt, %v697, %v79 : f32
                %v735 = arith.select %v734, %v80, %v733 : f32
                %v736 = arith.mulf %v730, %v735 fastmath<contract> : f32
                %v737 = arith.mulf %v666, %v736 fastmath<contract> : f32
                %v738 = llvm.load %v57 : !llvm.ptr -> f32
                %v739 = llvm.load %v61 : !llvm.ptr -> f32
                %v740 = arith.mulf %v739, %v738 fastmath<contract> : f32
                %v741 = arith.addf %v737, %v740 fastmath<contract> : f32
                llvm.store %v741, %v57 : f32, !llvm.ptr
                %v742 = arith.mulf %v682, %v736 fastmath<contract> : f32
                %v743 = llvm.load %v58 : !llvm.ptr -> f32
                %v744 = llvm.load %v62 : !llvm.ptr -> f32
                %v745 = arith.mulf %v744, %v743 fastmath<contract> : f32
                %v746 = arith.addf %v742, %v745 fastmath<contract> : f32
                llvm.store %v746, %v58 : f32, !llvm.ptr
                %v747 = arith.mulf %v646, %v736 fastmath<contract> : f32
                %v748 = arith.mulf %v632, %v700 fastmath<contract> : f32
                %v749 = arith.addf %v747, %v748 fastmath<contract> : f32
                %v750 = arith.mulf %v648, %v736 fastmath<contract> : f32
                %v751 = arith.mulf %v644, %v700 fastmath<contract> : f32
                %v752 = arith.addf %v750, %v751 fastmath<contract> : f32
                %v753 = arith.subi %v661, %v132 : i64
                %v754 = llvm.getelementptr %v76[%v753] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v755 = llvm.load %v754 : !llvm.ptr -> f32
                %v756 = arith.mulf %v755, %v333 fastmath<contract> : f32
                %v757 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v756) : (f32) -> f32
                %v758 = llvm.load %v57 : !llvm.ptr -> f32
                %v759 = arith.muli %v53, %v353 : i64
                %v760 = arith.muli %v661, %v352 : i64
                %v761 = arith.addi %v759, %v760 : i64
                %v762 = arith.muli %v51, %size_DV : i64
                %v763 = arith.addi %v761, %v762 : i64
                %v764 = arith.addi %v763, %v49 : i64
                %v765 = llvm.getelementptr %in_v[%v764] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v766 = llvm.load %v765 : !llvm.ptr -> f32
                %v767 = llvm.load %v55 : !llvm.ptr -> f32
                %v768 = arith.mulf %v766, %v767 fastmath<contract> : f32
                %v769 = arith.addf %v758, %v768 fastmath<contract> : f32
                %v770 = arith.mulf %v757, %v769 fastmath<contract> : f32
                %v772 = llvm.call_intrinsic "llvm.sqrt.f32"(%v771) : (f32) -> f32
                %v773 = arith.divf %v770, %v772 : f32
                %v774 = llvm.load %v58 : !llvm.ptr -> f32
                %v775 = llvm.load %v56 : !llvm.ptr -> f32
                %v776 = arith.mulf %v766, %v775 fastmath<contract> : f32
                %v777 = arith.addf %v774, %v776 fastmath<contract> : f32
                %v778 = arith.mulf %v757, %v777 fastmath<contract> : f32
                %v779 = arith.divf %v778, %v772 : f32
                %v780 = arith.muli %v39, %v161 : i64
                %v781 = arith.subi %v661, %v132 : i64
                %v782 = arith.addi %v780, %v781 : i64
                %v783 = llvm.getelementptr %v74[%v782] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v784 = llvm.load %v783 : !llvm.ptr -> f32
                %v785 = arith.divf %v784, %v772 : f32
                %v786 = arith.mulf %v757, %v785 fastmath<contract> : f32
                %v787 = arith.mulf %v786, %v767 fastmath<contract> : f32
                %v788 = arith.constant 8 : i64
                %v789 = arith.addi %v788, %v39 : i64
                %v790 = arith.muli %v789, %v161 : i64
                %v791 = arith.subi %v661, %v132 : i64
                %v792 = arith.addi %v790, %v791 : i64
                %v793 = llvm.getelementptr %v74[%v792] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v794 = llvm.load %v793 : !llvm.ptr -> f32
                %v795 = arith.divf %v794, %v772 : f32
                %v796 = arith.mulf %v757, %v795 fastmath<contract> : f32
                %v797 = arith.mulf %v796, %v775 fastmath<contract> : f32
                %v798 = arith.addf %v787, %v797 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v799, %v800 = gpu.shuffle xor %v798, %v685, %v686 : f32
                %v801 = arith.addf %v798, %v799 fastmath<contract> : f32
                %v802, %v803 = gpu.shuffle xor %v801, %v690, %v686 : f32
                %v804 = arith.addf %v801, %v802 fastmath<contract> : f32
                %v805, %v806 = gpu.shuffle xor %v804, %v694, %v686 : f32
                %v807 = arith.addf %v804, %v805 fastmath<contract> : f32
                // end sum over the lanes
                %v808 = arith.cmpi eq, %v39, %v11 : i64
                %v809 = arith.andi %v43, %v808 : i1
                scf.if %v809 {
                  %v810 = arith.muli %v53, %v353 : i64
                  %v811 = arith.muli %v661, %v352 : i64
                  %v812 = arith.addi %v810, %v811 : i64
                  %v813 = arith.muli %v51, %size_DV : i64
                  %v814 = arith.addi %v812, %v813 : i64
                  %v815 = arith.addi %v814, %v49 : i64
                  %v816 = llvm.getelementptr %dx_v[%v815] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v807, %v816 : f32, !llvm.ptr
                }
                %v817 = arith.mulf %v785, %v769 fastmath<contract> : f32
                %v818 = arith.mulf %v795, %v777 fastmath<contract> : f32
                %v819 = arith.addf %v817, %v818 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v820, %v821 = gpu.shuffle xor %v819, %v685, %v686 : f32
                %v822 = arith.addf %v819, %v820 fastmath<contract> : f32
                %v823, %v824 = gpu.shuffle xor %v822, %v690, %v686 : f32
                %v825 = arith.addf %v822, %v823 fastmath<contract> : f32
                %v826, %v827 = gpu.shuffle xor %v825, %v694, %v686 : f32
                %v828 = arith.addf %v825, %v826 fastmath<contract> : f32
                // end sum over the lanes
                %v829 = arith.mulf %v757, %v828 fastmath<contract> : f32
                %v830 = arith.mulf %v580, %v767 fastmath<contract> : f32
                %v831 = arith.mulf %v592, %v775 fastmath<contract> : f32
                %v832 = arith.addf %v830, %v831 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v833, %v834 = gpu.shuffle xor %v832, %v685, %v686 : f32
                %v835 = arith.addf %v832, %v833 fastmath<contract> : f32
                %v836, %v837 = gpu.shuffle xor %v835, %v690, %v686 : f32
                %v838 = arith.addf %v835, %v836 fastmath<contract> : f32
                %v839, %v840 = gpu.shuffle xor %v838, %v694, %v686 : f32
                %v841 = arith.addf %v838, %v839 fastmath<contract> : f32
                // end sum over the lanes
                %v842 = arith.mulf %v594, %v758 fastmath<contract> : f32
                %v843 = arith.mulf %v596, %v774 fastmath<contract> : f32
                %v844 = arith.addf %v842, %v843 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v845, %v846 = gpu.shuffle xor %v844, %v685, %v686 : f32
                %v847 = arith.addf %v844, %v845 fastmath<contract> : f32
                %v848, %v849 = gpu.shuffle xor %v847, %v690, %v686 : f32
                %v850 = arith.addf %v847, %v848 fastmath<contract> : f32
                %v851, %v852 = gpu.shuffle xor %v850, %v694, %v686 : f32
                %v853 = arith.addf %v850, %v851 fastmath<contract> : f32
                // end sum over the lanes
                %v854 = arith.addf %v841, %v853 fastmath<contract> : f32
                %v855 = arith.subi %v661, %v132 : i64
                %v856 = llvm.getelementptr %v78[%v855] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v857 = llvm.load %v856 : !llvm.ptr -> f32
                %v858 = arith.negf %v857 : f32
                %v859 = arith.mulf %v858, %v333 fastmath<contract> : f32
                %v860 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v859) : (f32) -> f32
                %v861 = arith.addf %v80, %v860 fastmath<contract> : f32
                %v862 = arith.divf %v80, %v861 : f32
                %v863 = arith.subf %v80, %v862 fastmath<contract> : f32
                %v864 = arith.mulf %v862, %v863 fastmath<contract> : f32
                %v865 = arith.mulf %v854, %v864 fastmath<contract> : f32
                %v866 = arith.select %v43, %v749, %v79 : f32
                // sum over the warp's outer points: shuffles
                %v868, %v869 = gpu.shuffle xor %v866, %v867, %v686 : f32
                %v870 = arith.addf %v866, %v868 fastmath<contract> : f32
                %v872, %v873 = gpu.shuffle xor %v870, %v871, %v686 : f32
                %v874 = arith.addf %v870, %v872 fastmath<contract> : f32
                %v875 = arith.divui %v29, %v31 : i64
                %v876 = arith.remui %v29, %v31 : i64
                %v877 = arith.cmpi ult, %v876, %v38 : i64
                %v878 = arith.muli %v875, %v1 : i64
                %v879 = arith.addi %v878, %v39 : i64
                %v881 = arith.muli %v879, %v880 : i64
                %v882 = arith.addi %v881, %v404 : i64
                scf.if %v877 {
                  %v883 = llvm.getelementptr %v64[%v882] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v874, %v883 : f32, !llvm.ptr
                }
                %v884 = arith.select %v43, %v752, %v79 : f32
                // sum over the warp's outer points: shuffles
                %v885, %v886 = gpu.shuffle xor %v884, %v867, %v686 : f32
                %v887 = arith.addf %v884, %v885 fastmath<contract> : f32
                %v888, %v889 = gpu.shuffle xor %v887, %v871, %v686 : f32
                %v890 = arith.addf %v887, %v888 fastmath<contract> : f32
                %v891 = arith.divui %v29, %v31 : i64
                %v892 = arith.remui %v29, %v31 : i64
                %v893 = arith.cmpi ult, %v892, %v38 : i64
                %v894 = arith.addi %v38, %v39 : i64
                %v895 = arith.muli %v891, %v1 : i64
                %v896 = arith.addi %v895, %v894 : i64
                %v897 = arith.muli %v896, %v880 : i64
                %v898 = arith.addi %v897, %v404 : i64
                scf.if %v893 {
                  %v899 = llvm.getelementptr %v64[%v898] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v890, %v899 : f32, !llvm.ptr
                }
                %v900 = arith.select %v43, %v773, %v79 : f32
                // sum over the warp's outer points: shuffles
                %v901, %v902 = gpu.shuffle xor %v900, %v867, %v686 : f32
                %v903 = arith.addf %v900, %v901 fastmath<contract> : f32
                %v904, %v905 = gpu.shuffle xor %v903, %v871, %v686 : f32
                %v906 = arith.addf %v903, %v904 fastmath<contract> : f32
                %v907 = arith.divui %v29, %v31 : i64
                %v908 = arith.remui %v29, %v31 : i64
                %v909 = arith.cmpi ult, %v908, %v38 : i64
                %v910 = arith.muli %v907, %v1 : i64
                %v911 = arith.addi %v910, %v39 : i64
                %v912 = arith.muli %v911, %v880 : i64
                %v913 = arith.addi %v912, %v404 : i64
                scf.if %v909 {
                  %v914 = llvm.getelementptr %v66[%v913] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v906, %v914 : f32, !llvm.ptr
                }
                %v915 = arith.select %v43, %v779, %v79 : f32
                // sum over the warp's outer points: shuffles
                %v916, %v917 = gpu.shuffle xor %v915, %v867, %v686 : f32
                %v918 = arith.addf %v915, %v916 fastmath<contract> : f32
                %v919, %v920 = gpu.shuffle xor %v918, %v871, %v686 : f32
                %v921 = arith.addf %v918, %v919 fastmath<contract> : f32
                %v922 = arith.divui %v29, %v31 : i64
                %v923 = arith.remui %v29, %v31 : i64
                %v924 = arith.cmpi ult, %v923, %v38 : i64
                %v925 = arith.addi %v38, %v39 : i64
                %v926 = arith.muli %v922, %v1 : i64
                %v927 = arith.addi %v926, %v925 : i64
                %v928 = arith.muli %v927, %v880 : i64
                %v929 = arith.addi %v928, %v404 : i64
                scf.if %v924 {
                  %v930 = llvm.getelementptr %v66[%v929] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v921, %v930 : f32, !llvm.ptr
                }
                %v931 = arith.select %v43, %v829, %v79 : f32
                // sum over the warp's outer points: shuffles
                %v932, %v933 = gpu.shuffle xor %v931, %v867, %v686 : f32
                %v934 = arith.addf %v931, %v932 fastmath<contract> : f32
                %v935, %v936 = gpu.shuffle xor %v934, %v871, %v686 : f32
                %v937 = arith.addf %v934, %v935 fastmath<contract> : f32
                %v938 = arith.divui %v29, %v31 : i64
                %v939 = arith.remui %v29, %v31 : i64
                %v940 = arith.cmpi ult, %v939, %v2 : i64
                %v941 = arith.muli %v938, %v880 : i64
                %v942 = arith.addi %v941, %v404 : i64
                scf.if %v940 {
                  %v943 = llvm.getelementptr %v68[%v942] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v937, %v943 : f32, !llvm.ptr
                }
                %v944 = arith.select %v43, %v865, %v79 : f32
                // sum over the warp's outer points: shuffles
                %v945, %v946 = gpu.shuffle xor %v944, %v867, %v686 : f32
                %v947 = arith.addf %v944, %v945 fastmath<contract> : f32
                %v948, %v949 = gpu.shuffle xor %v947, %v871, %v686 : f32
                %v950 = arith.addf %v947, %v948 fastmath<contract> : f32
                %v951 = arith.divui %v29, %v31 : i64
                %v952 = arith.remui %v29, %v31 : i64
                %v953 = arith.cmpi ult, %v952, %v2 : i64
                %v954 = arith.muli %v951, %v880 : i64
                %v955 = arith.addi %v954, %v404 : i64
                scf.if %v953 {
                  %v956 = llvm.getelementptr %v70[%v955] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v950, %v956 : f32, !llvm.ptr
                }
                llvm.store %v862, %v59 : f32, !llvm.ptr
                llvm.store %v862, %v60 : f32, !llvm.ptr
                llvm.store %v862, %v61 : f32, !llvm.ptr
                llvm.store %v862, %v62 : f32, !llvm.ptr
                %v957 = arith.addi %v402, %v89 : i64
                %v958 = arith.cmpi slt, %v690, %v650 : i32
                %v959 = arith.cmpi eq, %v690, %v656 : i32
                %v960 = arith.addi %v404, %v2 : i64
                %v961 = arith.addi %v132, %v957 : i64
                %v962 = arith.muli %v39, %v161 : i64
                %v963 = arith.subi %v961, %v132 : i64
                %v964 = arith.addi %v962, %v963 : i64
                %v965 = llvm.getelementptr %v72[%v964] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v966 = llvm.load %v965 : !llvm.ptr -> f32
                %v967 = arith.muli %v53, %v353 : i64
                %v968 = arith.muli %v961, %v352 : i64
                %v969 = arith.addi %v967, %v968 : i64
                %v970 = arith.muli %v51, %size_DV : i64
                %v971 = arith.addi %v969, %v970 : i64
                %v972 = arith.addi %v971, %v49 : i64
                %v973 = llvm.getelementptr %dy_o[%v972] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v974 = llvm.load %v973 : !llvm.ptr -> f32
                %v975 = arith.mulf %v966, %v594 fastmath<contract> : f32
                %v976 = arith.constant 8 : i64
                %v977 = arith.addi %v976, %v39 : i64
                %v978 = arith.muli %v977, %v161 : i64
                %v979 = arith.subi %v961, %v132 : i64
                %v980 = arith.addi %v978, %v979 : i64
                %v981 = llvm.getelementptr %v72[%v980] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v982 = llvm.load %v981 : !llvm.ptr -> f32
                %v983 = arith.mulf %v982, %v596 fastmath<contract> : f32
                %v984 = arith.addf %v975, %v983 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v985, %v986 = gpu.shuffle xor %v984, %v685, %v686 : f32
                %v987 = arith.addf %v984, %v985 fastmath<contract> : f32
                %v988, %v989 = gpu.shuffle xor %v987, %v690, %v686 : f32
                %v990 = arith.addf %v987, %v988 fastmath<contract> : f32
                %v991, %v992 = gpu.shuffle xor %v990, %v694, %v686 : f32
                %v993 = arith.addf %v990, %v991 fastmath<contract> : f32
                // end sum over the lanes
                %v994 = llvm.call_intrinsic "llvm.fabs.f32"(%v993) : (f32) -> f32
                %v995 = arith.maximumf %v80, %v994 : f32
                %v996 = arith.divf %v974, %v995 : f32
                %v997 = arith.mulf %v966, %v996 fastmath<contract> : f32
                %v998 = llvm.load %v55 : !llvm.ptr -> f32
                %v999 = llvm.load %v59 : !llvm.ptr -> f32
                %v1000 = arith.mulf %v999, %v998 fastmath<contract> : f32
                %v1001 = arith.addf %v997, %v1000 fastmath<contract> : f32
                llvm.store %v1001, %v55 : f32, !llvm.ptr
                %v1002 = arith.mulf %v982, %v996 fastmath<contract> : f32
                %v1003 = llvm.load %v56 : !llvm.ptr -> f32
                %v1004 = llvm.load %v60 : !llvm.ptr -> f32
                %v1005 = arith.mulf %v1004, %v1003 fastmath<contract> : f32
                %v1006 = arith.addf %v1002, %v1005 fastmath<contract> : f32
                llvm.store %v1006, %v56 : f32, !llvm.ptr
                %v1007 = arith.mulf %v966, %v580 fastmath<contract> : f32
                %v1008 = arith.mulf %v982, %v592 fastmath<contract> : f32
                %v1009 = arith.addf %v1007, %v1008 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1010, %v1011 = gpu.shuffle xor %v1009, %v685, %v686 : f32
                %v1012 = arith.addf %v1009, %v1010 fastmath<contract> : f32
                %v1013, %v1014 = gpu.shuffle xor %v1012, %v690, %v686 : f32
                %v1015 = arith.addf %v1012, %v1013 fastmath<contract> : f32
                %v1016, %v1017 = gpu.shuffle xor %v1015, %v694, %v686 : f32
                %v1018 = arith.addf %v1015, %v1016 fastmath<contract> : f32
                // end sum over the lanes
                %v1019 = arith.divf %v1018, %v995 : f32
                %v1020 = arith.divf %v1019, %v995 : f32
                %v1021 = arith.mulf %v974, %v1020 fastmath<contract> : f32
                %v1022 = arith.negf %v1021 : f32
                %v1023 = arith.cmpf oge, %v80, %v994 : f32
                %v1024 = arith.select %v1023, %v80, %v79 : f32
                %v1025 = arith.subf %v80, %v1024 fastmath<contract> : f32
                %v1026 = arith.mulf %v1022, %v1025 fastmath<contract> : f32
                %v1027 = arith.cmpf olt, %v993, %v79 : f32
                %v1028 = arith.select %v1027, %v731, %v79 : f32
                %v1029 = arith.cmpf ogt, %v993, %v79 : f32
                %v1030 = arith.select %v1029, %v80, %v1028 : f32
                %v1031 = arith.mulf %v1026, %v1030 fastmath<contract> : f32
                %v1032 = arith.mulf %v966, %v1031 fastmath<contract> : f32
                %v1033 = llvm.load %v57 : !llvm.ptr -> f32
                %v1034 = llvm.load %v61 : !llvm.ptr -> f32
                %v1035 = arith.mulf %v1034, %v1033 fastmath<contract> : f32
                %v1036 = arith.addf %v1032, %v1035 fastmath<contract> : f32
                llvm.store %v1036, %v57 : f32, !llvm.ptr
                %v1037 = arith.mulf %v982, %v1031 fastmath<contract> : f32
                %v1038 = llvm.load %v58 : !llvm.ptr -> f32
                %v1039 = llvm.load %v62 : !llvm.ptr -> f32
                %v1040 = arith.mulf %v1039, %v1038 fastmath<contract> : f32
                %v1041 = arith.addf %v1037, %v1040 fastmath<contract> : f32
                llvm.store %v1041, %v58 : f32, !llvm.ptr
                %v1042 = arith.mulf %v594, %v1031 fastmath<contract> : f32
                %v1043 = arith.mulf %v580, %v996 fastmath<contract> : f32
                %v1044 = arith.addf %v1042, %v1043 fastmath<contract> : f32
                %v1045 = arith.mulf %v596, %v1031 fastmath<contract> : f32
                %v1046 = arith.mulf %v592, %v996 fastmath<contract> : f32
                %v1047 = arith.addf %v1045, %v1046 fastmath<contract> : f32
                %v1048 = arith.subi %v961, %v132 : i64
                %v1049 = llvm.getelementptr %v76[%v1048] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1050 = llvm.load %v1049 : !llvm.ptr -> f32
                %v1051 = arith.mulf %v1050, %v333 fastmath<contract> : f32
                %v1052 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1051) : (f32) -> f32
                %v1053 = llvm.load %v57 : !llvm.ptr -> f32
                %v1054 = arith.muli %v53, %v353 : i64
                %v1055 = arith.muli %v961, %v352 : i64
                %v1056 = arith.addi %v1054, %v1055 : i64
                %v1057 = arith.muli %v51, %size_DV : i64
                %v1058 = arith.addi %v1056, %v1057 : i64
                %v1059 = arith.addi %v1058, %v49 : i64
                %v1060 = llvm.getelementptr %in_v[%v1059] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1061 = llvm.load %v1060 : !llvm.ptr -> f32
                %v1062 = llvm.load %v55 : !llvm.ptr -> f32
                %v1063 = arith.mulf %v1061, %v1062 fastmath<contract> : f32
                %v1064 = arith.addf %v1053, %v1063 fastmath<contract> : f32
                %v1065 = arith.mulf %v1052, %v1064 fastmath<contract> : f32
                %v1067 = llvm.call_intrinsic "llvm.sqrt.f32"(%v1066) : (f32) -> f32
                %v1068 = arith.divf %v1065, %v1067 : f32
                %v1069 = llvm.load %v58 : !llvm.ptr -> f32
                %v1070 = llvm.load %v56 : !llvm.ptr -> f32
                %v1071 = arith.mulf %v1061, %v1070 fastmath<contract> : f32
                %v1072 = arith.addf %v1069, %v1071 fastmath<contract> : f32
                %v1073 = arith.mulf %v1052, %v1072 fastmath<contract> : f32
                %v1074 = arith.divf %v1073, %v1067 : f32
                %v1075 = arith.muli %v39, %v161 : i64
                %v1076 = arith.subi %v961, %v132 : i64
                %v1077 = arith.addi %v1075, %v1076 : i64
                %v1078 = llvm.getelementptr %v74[%v1077] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1079 = llvm.load %v1078 : !llvm.ptr -> f32
                %v1080 = arith.divf %v1079, %v1067 : f32
                %v1081 = arith.mulf %v1052, %v1080 fastmath<contract> : f32
                %v1082 = arith.mulf %v1081, %v1062 fastmath<contract> : f32
                %v1083 = arith.constant 8 : i64
                %v1084 = arith.addi %v1083, %v39 : i64
                %v1085 = arith.muli %v1084, %v161 : i64
                %v1086 = arith.subi %v961, %v132 : i64
                %v1087 = arith.addi %v1085, %v1086 : i64
                %v1088 = llvm.getelementptr %v74[%v1087] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1089 = llvm.load %v1088 : !llvm.ptr -> f32
                %v1090 = arith.divf %v1089, %v1067 : f32
                %v1091 = arith.mulf %v1052, %v1090 fastmath<contract> : f32
                %v1092 = arith.mulf %v1091, %v1070 fastmath<contract> : f32
                %v1093 = arith.addf %v1082, %v1092 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1094, %v1095 = gpu.shuffle xor %v1093, %v685, %v686 : f32
                %v1096 = arith.addf %v1093, %v1094 fastmath<contract> : f32
                %v1097, %v1098 = gpu.shuffle xor %v1096, %v690, %v686 : f32
                %v1099 = arith.addf %v1096, %v1097 fastmath<contract> : f32
                %v1100, %v1101 = gpu.shuffle xor %v1099, %v694, %v686 : f32
                %v1102 = arith.addf %v1099, %v1100 fastmath<contract> : f32
                // end sum over the lanes
                %v1103 = arith.cmpi eq, %v39, %v11 : i64
                %v1104 = arith.andi %v43, %v1103 : i1
                scf.if %v1104 {
                  %v1105 = arith.muli %v53, %v353 : i64
                  %v1106 = arith.muli %v961, %v352 : i64
                  %v1107 = arith.addi %v1105, %v1106 : i64
                  %v1108 = arith.muli %v51, %size_DV : i64
                  %v1109 = arith.addi %v1107, %v1108 : i64
                  %v1110 = arith.addi %v1109, %v49 : i64
                  %v1111 = llvm.getelementptr %dx_v[%v1110] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1102, %v1111 : f32, !llvm.ptr
                }
                %v1112 = arith.mulf %v1080, %v1064 fastmath<contract> : f32
                %v1113 = arith.mulf %v1090, %v1072 fastmath<contract> : f32
                %v1114 = arith.addf %v1112, %v1113 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1115, %v1116 = gpu.shuffle xor %v1114, %v685, %v686 : f32
                %v1117 = arith.addf %v1114, %v1115 fastmath<contract> : f32
                %v1118, %v1119 = gpu.shuffle xor %v1117, %v690, %v686 : f32
                %v1120 = arith.addf %v1117, %v1118 fastmath<contract> : f32
                %v1121, %v1122 = gpu.shuffle xor %v1120, %v694, %v686 : f32
                %v1123 = arith.addf %v1120, %v1121 fastmath<contract> : f32
                // end sum over the lanes
                %v1124 = arith.mulf %v1052, %v1123 fastmath<contract> : f32
                %v1125 = arith.mulf %v528, %v1062 fastmath<contract> : f32
                %v1126 = arith.mulf %v540, %v1070 fastmath<contract> : f32
                %v1127 = arith.addf %v1125, %v1126 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1128, %v1129 = gpu.shuffle xor %v1127, %v685, %v686 : f32
                %v1130 = arith.addf %v1127, %v1128 fastmath<contract> : f32
                %v1131, %v1132 = gpu.shuffle xor %v1130, %v690, %v686 : f32
                %v1133 = arith.addf %v1130, %v1131 fastmath<contract> : f32
                %v1134, %v1135 = gpu.shuffle xor %v1133, %v694, %v686 : f32
                %v1136 = arith.addf %v1133, %v1134 fastmath<contract> : f32
                // end sum over the lanes
                %v1137 = arith.mulf %v542, %v1053 fastmath<contract> : f32
                %v1138 = arith.mulf %v544, %v1069 fastmath<contract> : f32
                %v1139 = arith.addf %v1137, %v1138 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1140, %v1141 = gpu.shuffle xor %v1139, %v685, %v686 : f32
                %v1142 = arith.addf %v1139, %v1140 fastmath<contract> : f32
                %v1143, %v1144 = gpu.shuffle xor %v1142, %v690, %v686 : f32
                %v1145 = arith.addf %v1142, %v1143 fastmath<contract> : f32
                %v1146, %v1147 = gpu.shuffle xor %v1145, %v694, %v686 : f32
                %v1148 = arith.addf %v1145, %v1146 fastmath<contract> : f32
                // end sum over the lanes
                %v1149 = arith.addf %v1136, %v1148 fastmath<contract> : f32
                %v1150 = arith.subi %v961, %v132 : i64
                %v1151 = llvm.getelementptr %v78[%v1150] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1152 = llvm.load %v1151 : !llvm.ptr -> f32
                %v1153 = arith.negf %v1152 : f32
                %v1154 = arith.mulf %v1153, %v333 fastmath<contract> : f32
                %v1155 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1154) : (f32) -> f32
                %v1156 = arith.addf %v80, %v1155 fastmath<contract> : f32
                %v1157 = arith.divf %v80, %v1156 : f32
                %v1158 = arith.subf %v80, %v1157 fastmath<contract> : f32
                %v1159 = arith.mulf %v1157, %v1158 fastmath<contract> : f32
                %v1160 = arith.mulf %v1149, %v1159 fastmath<contract> : f32
                %v1161 = arith.select %v43, %v1044, %v79 : f32
                // sum over the warp's outer points: shuffles
                %v1162, %v1163 = gpu.shuffle xor %v1161, %v867, %v686 : f32
                %v1164 = arith.addf %v1161, %v1162 fastmath<contract> : f32
                %v1165, %v1166 = gpu.shuffle xor %v1164, %v871, %v686 : f32
                %v1167 = arith.addf %v1164, %v1165 fastmath<contract> : f32
                %v1168 = arith.divui %v29, %v31 : i64
                %v1169 = arith.remui %v29, %v31 : i64
                %v1170 = arith.cmpi ult, %v1169, %v38 : i64
                %v1171 = arith.muli %v1168, %v1 : i64
                %v1172 = arith.addi %v1171, %v39 : i64
                %v1173 = arith.muli %v1172, %v880 : i64
                %v1174 = arith.addi %v1173, %v960 : i64
                scf.if %v1170 {
                  %v1175 = llvm.getelementptr %v64[%v1174] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1167, %v1175 : f32, !llvm.ptr
                }
                %v1176 = arith.select %v43, %v1047, %v79 : f32
                // sum over the warp's outer points: shuffles
                %v1177, %v1178 = gpu.shuffle xor %v1176, %v867, %v686 : f32
                %v1179 = arith.addf %v1176, %v1177 fastmath<contract> : f32
                %v1180, %v1181 = gpu.shuffle xor %v1179, %v871, %v686 : f32
                %v1182 = arith.addf %v1179, %v1180 fastmath<contract> : f32
                %v1183 = arith.divui %v29, %v31 : i64
                %v1184 = arith.remui %v29, %v31 : i64
                %v1185 = arith.cmpi ult, %v1184, %v38 : i64
                %v1186 = arith.addi %v38, %v39 : i64
                %v1187 = arith.muli %v1183, %v1 : i64
                %v1188 = arith.addi %v1187, %v1186 : i64
                %v1189 = arith.muli %v1188, %v880 : i64
                %v1190 = arith.addi %v1189, %v960 : i64
                scf.if %v1185 {
                  %v1191 = llvm.getelementptr %v64[%v1190] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1182, %v1191 : f32, !llvm.ptr
                }
                %v1192 = arith.select %v43, %v1068, %v79 : f32
                // sum over the warp's outer points: shuffles
                %v1193, %v1194 = gpu.shuffle xor %v1192, %v867, %v686 : f32
                %v1195 = arith.addf %v1192, %v1193 fastmath<contract> : f32
                %v1196, %v1197 = gpu.shuffle xor %v1195, %v871, %v686 : f32
                %v1198 = arith.addf %v1195, %v1196 fastmath<contract> : f32
                %v1199 = arith.divui %v29, %v31 : i64
                %v1200 = arith.remui %v29, %v31 : i64
                %v1201 = arith.cmpi ult, %v1200, %v38 : i64
                %v1202 = arith.muli %v1199, %v1 : i64
                %v1203 = arith.addi %v1202, %v39 : i64
                %v1204 = arith.muli %v1203, %v880 : i64
                %v1205 = arith.addi %v1204, %v960 : i64
                scf.if %v1201 {
                  %v1206 = llvm.getelementptr %v66[%v1205] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1198, %v1206 : f32, !llvm.ptr
                }
                %v1207 = arith.select %v43, %v1074, %v79 : f32
                // sum over the warp's outer points: shuffles
                %v1208, %v1209 = gpu.shuffle xor %v1207, %v867, %v686 : f32
                %v1210 = arith.addf %v1207, %v1208 fastmath<contract> : f32
                %v1211, %v1212 = gpu.shuffle xor %v1210, %v871, %v686 : f32
                %v1213 = arith.addf %v1210, %v1211 fastmath<contract> : f32
                %v1214 = arith.divui %v29, %v31 : i64
                %v1215 = arith.remui %v29, %v31 : i64
                %v1216 = arith.cmpi ult, %v1215, %v38 : i64
                %v1217 = arith.addi %v38, %v39 : i64
                %v1218 = arith.muli %v1214, %v1 : i64
                %v1219 = arith.addi %v1218, %v1217 : i64
                %v1220 = arith.muli %v1219, %v880 : i64
                %v1221 = arith.addi %v1220, %v960 : i64
                scf.if %v1216 {
                  %v1222 = llvm.getelementptr %v66[%v1221] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1213, %v1222 : f32, !llvm.ptr
                }
                %v1223 = arith.select %v43, %v1124, %v79 : f32
                // sum over the warp's outer points: shuffles
                %v1224, %v1225 = gpu.shuffle xor %v1223, %v867, %v686 : f32
                %v1226 = arith.addf %v1223, %v1224 fastmath<contract> : f32
                %v1227, %v1228 = gpu.shuffle xor %v1226, %v871, %v686 : f32
                %v1229 = arith.addf %v1226, %v1227 fastmath<contract> : f32
                %v1230 = arith.divui %v29, %v31 : i64
                %v1231 = arith.remui %v29, %v31 : i64
                %v1232 = arith.cmpi ult, %v1231, %v2 : i64
                %v1233 = arith.muli %v1230, %v880 : i64
                %v1234 = arith.addi %v1233, %v960 : i64
                scf.if %v1232 {
                  %v1235 = llvm.getelementptr %v68[%v1234] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1229, %v1235 : f32, !llvm.ptr
                }
                %v1236 = arith.select %v43, %v1160, %v79 : f32
                // sum over the warp's outer points: shuffles
                %v1237, %v1238 = gpu.shuffle xor %v1236, %v867, %v686 : f32
                %v1239 = arith.addf %v1236, %v1237 fastmath<contract> : f32
                %v1240, %v1241 = gpu.shuffle xor %v1239, %v871, %v686 : f32
                %v1242 = arith.addf %v1239, %v1240 fastmath<contract> : f32
                %v1243 = arith.divui %v29, %v31 : i64
                %v1244 = arith.remui %v29, %v31 : i64
                %v1245 = arith.cmpi ult, %v1244, %v2 : i64
                %v1246 = arith.muli %v1243, %v880 : i64
                %v1247 = arith.addi %v1246, %v960 : i64
                scf.if %v1245 {
                  %v1248 = llvm.getelementptr %v70[%v1247] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1242, %v1248 : f32, !llvm.ptr
                }
                llvm.store %v1157, %v59 : f32, !llvm.ptr
                llvm.store %v1157, %v60 : f32, !llvm.ptr
                llvm.store %v1157, %v61 : f32, !llvm.ptr
                llvm.store %v1157, %v62 : f32, !llvm.ptr
                %v1249 = arith.addi %v402, %v2 : i64
                %v1250 = arith.cmpi slt, %v685, %v650 : i32
                %v1251 = arith.cmpi eq, %v685, %v656 : i32
                %v1252 = arith.addi %v404, %v89 : i64
                %v1253 = arith.addi %v132, %v1249 : i64
                %v1254 = arith.muli %v39, %v161 : i64
                %v1255 = arith.subi %v1253, %v132 : i64
                %v1256 = arith.addi %v1254, %v1255 : i64
                %v1257 = llvm.getelementptr %v72[%v1256] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1258 = llvm.load %v1257 : !llvm.ptr -> f32
                %v1259 = arith.muli %v53, %v353 : i64
                %v1260 = arith.muli %v1253, %v352 : i64
                %v1261 = arith.addi %v1259, %v1260 : i64
                %v1262 = arith.muli %v51, %size_DV : i64
                %v1263 = arith.addi %v1261, %v1262 : i64
                %v1264 = arith.addi %v1263, %v49 : i64
                %v1265 = llvm.getelementptr %dy_o[%v1264] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1266 = llvm.load %v1265 : !llvm.ptr -> f32
                %v1267 = arith.mulf %v1258, %v542 fastmath<contract> : f32
                %v1268 = arith.constant 8 : i64
                %v1269 = arith.addi %v1268, %v39 : i64
                %v1270 = arith.muli %v1269, %v161 : i64
                %v1271 = arith.subi %v1253, %v132 : i64
                %v1272 = arith.addi %v1270, %v1271 : i64
                %v1273 = llvm.getelementptr %v72[%v1272] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1274 = llvm.load %v1273 : !llvm.ptr -> f32
                %v1275 = arith.mulf %v1274, %v544 fastmath<contract> : f32
                %v1276 = arith.addf %v1267, %v1275 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1277, %v1278 = gpu.shuffle xor %v1276, %v685, %v686 : f32
                %v1279 = arith.addf %v1276, %v1277 fastmath<contract> : f32
                %v1280, %v1281 = gpu.shuffle xor %v1279, %v690, %v686 : f32
                %v1282 = arith.addf %v1279, %v1280 fastmath<contract> : f32
                %v1283, %v1284 = gpu.shuffle xor %v1282, %v694, %v686 : f32
                %v1285 = arith.addf %v1282, %v1283 fastmath<contract> : f32
                // end sum over the lanes
                %v1286 = llvm.call_intrinsic "llvm.fabs.f32"(%v1285) : (f32) -> f32
                %v1287 = arith.maximumf %v80, %v1286 : f32
                %v1288 = arith.divf %v1266, %v1287 : f32
                %v1289 = arith.mulf %v1258, %v1288 fastmath<contract> : f32
                %v1290 = llvm.load %v55 : !llvm.ptr -> f32
                %v1291 = llvm.load %v59 : !llvm.ptr -> f32
                %v1292 = arith.mulf %v1291, %v1290 fastmath<contract> : f32
                %v1293 = arith.addf %v1289, %v1292 fastmath<contract> : f32
                llvm.store %v1293, %v55 : f32, !llvm.ptr
                %v1294 = arith.mulf %v1274, %v1288 fastmath<contract> : f32
                %v1295 = llvm.load %v56 : !llvm.ptr -> f32
                %v1296 = llvm.load %v60 : !llvm.ptr -> f32
                %v1297 = arith.mulf %v1296, %v1295 fastmath<contract> : f32
                %v1298 = arith.addf %v1294, %v1297 fastmath<contract> : f32
                llvm.store %v1298, %v56 : f32, !llvm.ptr
                %v1299 = arith.mulf %v1258, %v528 fastmath<contract> : f32
                %v1300 = arith.mulf %v1274, %v540 fastmath<contract> : f32
                %v1301 = arith.addf %v1299, %v1300 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1302, %v1303 = gpu.shuffle xor %v1301, %v685, %v686 : f32
                %v1304 = arith.addf %v1301, %v1302 fastmath<contract> : f32
                %v1305, %v1306 = gpu.shuffle xor %v1304, %v690, %v686 : f32
                %v1307 = arith.addf %v1304, %v1305 fastmath<contract> : f32
                %v1308, %v1309 = gpu.shuffle xor %v1307, %v694, %v686 : f32
                %v1310 = arith.addf %v1307, %v1308 fastmath<contract> : f32
                // end sum over the lanes
                %v1311 = arith.divf %v1310, %v1287 : f32
                %v1312 = arith.divf %v1311, %v1287 : f32
                %v1313 = arith.mulf %v1266, %v1312 fastmath<contract> : f32
                %v1314 = arith.negf %v1313 : f32
                %v1315 = arith.cmpf oge, %v80, %v1286 : f32
                %v1316 = arith.select %v1315, %v80, %v79 : f32
                %v1317 = arith.subf %v80, %v1316 fastmath<contract> : f32
                %v1318 = arith.mulf %v1314, %v1317 fastmath<contract> : f32
                %v1319 = arith.cmpf olt, %v1285, %v79 : f32
                %v1320 = arith.select %v1319, %v731, %v79 : f32
                %v1321 = arith.cmpf ogt, %v1285, %v79 : f32
                %v1322 = arith.select %v1321, %v80, %v1320 : f32
                %v1323 = arith.mulf %v1318, %v1322 fastmath<contract> : f32
                %v1324 = arith.mulf %v1258, %v1323 fastmath<contract> : f32
                %v1325 = llvm.load %v57 : !llvm.ptr -> f32
                %v1326 = llvm.load %v61 : !llvm.ptr -> f32
                %v1327 = arith.mulf %v1326, %v1325 fastmath<contract> : f32
                %v1328 = arith.addf %v1324, %v1327 fastmath<contract> : f32
                llvm.store %v1328, %v57 : f32, !llvm.ptr
                %v1329 = arith.mulf %v1274, %v1323 fastmath<contract> : f32
                %v1330 = llvm.load %v58 : !llvm.ptr -> f32
                %v1331 = llvm.load %v62 : !llvm.ptr -> f32
                %v1332 = arith.mulf %v1331, %v1330 fastmath<contract> : f32
                %v1333 = arith.addf %v1329, %v1332 fastmath<contract> : f32
                llvm.store %v1333, %v58 : f32, !llvm.ptr
                %v1334 = arith.mulf %v542, %v1323 fastmath<contract> : f32
                %v1335 = arith.mulf %v528, %v1288 fastmath<contract> : f32
                %v1336 = arith.addf %v1334, %v1335 fastmath<contract> : f32
                %v1337 = arith.mulf %v544, %v1323 fastmath<contract> : f32
                %v1338 = arith.mulf %v540, %v1288 fastmath<contract> : f32
                %v1339 = arith.addf %v1337, %v1338 fastmath<contract> : f32
                %v1340 = arith.subi %v1253, %v132 : i64
                %v1341 = llvm.getelementptr %v76[%v1340] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1342 = llvm.load %v1341 : !llvm.ptr -> f32
                %v1343 = arith.mulf %v1342, %v333 fastmath<contract> : f32
                %v1344 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1343) : (f32) -> f32
                %v1345 = llvm.load %v57 : !llvm.ptr -> f32
                %v1346 = arith.muli %v53, %v353 : i64
                %v1347 = arith.muli %v1253, %v352 : i64
                %v1348 = arith.addi %v1346, %v1347 : i64
                %v1349 = arith.muli %v51, %size_DV : i64
                %v1350 = arith.addi %v1348, %v1349 : i64
                %v1351 = arith.addi %v1350, %v49 : i64
                %v1352 = llvm.getelementptr %in_v[%v1351] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1353 = llvm.load %v1352 : !llvm.ptr -> f32
                %v1354 = llvm.load %v55 : !llvm.ptr -> f32
                %v1355 = arith.mulf %v1353, %v1354 fastmath<contract> : f32
                %v1356 = arith.addf %v1345, %v1355 fastmath<contract> : f32
                %v1357 = arith.mulf %v1344, %v1356 fastmath<contract> : f32
                %v1359 = llvm.call_intrinsic "llvm.sqrt.f32"(%v1358) : (f32) -> f32
                %v1360 = arith.divf %v1357, %v1359 : f32
                %v1361 = llvm.load %v58 : !llvm.ptr -> f32
                %v1362 = llvm.load %v56 : !llvm.ptr -> f32
                %v1363 = arith.mulf %v1353, %v1362 fastmath<contract> : f32
                %v1364 = arith.addf %v1361, %v1363 fastmath<contract> : f32
                %v1365 = arith.mulf %v1344, %v1364 fastmath<contract> : f32
                %v1366 = arith.divf %v1365, %v1359 : f32
                %v1367 = arith.muli %v39, %v161 : i64
                %v1368 = arith.subi %v1253, %v132 : i64
                %v1369 = arith.addi %v1367, %v1368 : i64
                %v1370 = llvm.getelementptr %v74[%v1369] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1371 = llvm.load %v1370 : !llvm.ptr -> f32
                %v1372 = arith.divf %v1371, %v1359 : f32
                %v1373 = arith.mulf %v1344, %v1372 fastmath<contract> : f32
                %v1374 = arith.mulf %v1373, %v1354 fastmath<contract> : f32
                %v1375 = arith.constant 8 : i64
                %v1376 = arith.addi %v1375, %v39 : i64
                %v1377 = arith.muli %v1376, %v161 : i64
                %v1378 = arith.subi %v1253, %v132 : i64
                %v1379 = arith.addi %v1377, %v1378 : i64
                %v1380 = llvm.getelementptr %v74[%v1379] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1381 = llvm.load %v1380 : !llvm.ptr -> f32
                %v1382 = arith.divf %v1381, %v1359 : f32
                %v1383 = arith.mulf %v1344, %v1382 fastmath<contract> : f32
                %v1384 = arith.mulf %v1383, %v1362 fastmath<contract> : f32
                %v1385 = arith.addf %v1374, %v1384 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1386, %v1387 = gpu.shuffle xor %v1385, %v685, %v686 : f32
                %v1388 = arith.addf %v1385, %v1386 fastmath<contract> : f32
                %v1389, %v1390 = gpu.shuffle xor %v1388, %v690, %v686 : f32
                %v1391 = arith.addf %v1388, %v1389 fastmath<contract> : f32
                %v1392, %v1393 = gpu.shuffle xor %v1391, %v694, %v686 : f32
                %v1394 = arith.addf %v1391, %v1392 fastmath<contract> : f32
                // end sum over the lanes
                %v1395 = arith.cmpi eq, %v39, %v11 : i64
                %v1396 = arith.andi %v43, %v1395 : i1
                scf.if %v1396 {
                  %v1397 = arith.muli %v53, %v353 : i64
                  %v1398 = arith.muli %v1253, %v352 : i64
                  %v1399 = arith.addi %v1397, %v1398 : i64
                  %v1400 = arith.muli %v51, %size_DV : i64
                  %v1401 = arith.addi %v1399, %v1400 : i64
                  %v1402 = arith.addi %v1401, %v49 : i64
                  %v1403 = llvm.getelementptr %dx_v[%v1402] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1394, %v1403 : f32, !llvm.ptr
                }
                %v1404 = arith.mulf %v1372, %v1356 fastmath<contract> : f32
                %v1405 = arith.mulf %v1382, %v1364 fastmath<contract> : f32
                %v1406 = arith.addf %v1404, %v1405 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1407, %v1408 = gpu.shuffle xor %v1406, %v685, %v686 : f32
                %v1409 = arith.addf %v1406, %v1407 fastmath<contract> : f32
                %v1410, %v1411 = gpu.shuffle xor %v1409, %v690, %v686 : f32
                %v1412 = arith.addf %v1409, %v1410 fastmath<contract> : f32
                %v1413, %v1414 = gpu.shuffle xor %v1412, %v694, %v686 : f32
                %v1415 = arith.addf %v1412, %v1413 fastmath<contract> : f32
                // end sum over the lanes
                %v1416 = arith.mulf %v1344, %v1415 fastmath<contract> : f32
                %v1417 = arith.mulf %v476, %v1354 fastmath<contract> : f32
                %v1418 = arith.mulf %v488, %v1362 fastmath<contract> : f32
                %v1419 = arith.addf %v1417, %v1418 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1420, %v1421 = gpu.shuffle xor %v1419, %v685, %v686 : f32
                %v1422 = arith.addf %v1419, %v1420 fastmath<contract> : f32
                %v1423, %v1424 = gpu.shuffle xor %v1422, %v690, %v686 : f32
                %v1425 = arith.addf %v1422, %v1423 fastmath<contract> : f32
                %v1426, %v1427 = gpu.shuffle xor %v1425, %v694, %v686 : f32
                %v1428 = arith.addf %v1425, %v1426 fastmath<contract> : f32
                // end sum over the lanes
                %v1429 = arith.mulf %v490, %v1345 fastmath<contract> : f32
                %v1430 = arith.mulf %v492, %v1361 fastmath<contract> : f32
                %v1431 = arith.addf %v1429, %v1430 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1432, %v1433 = gpu.shuffle xor %v1431, %v685, %v686 : f32
                %v1434 = arith.addf %v1431, %v1432 fastmath<contract> : f32
                %v1435, %v1436 = gpu.shuffle xor %v1434, %v690, %v686 : f32
                %v1437 = arith.addf %v1434, %v1435 fastmath<contract> : f32
                %v1438, %v1439 = gpu.shuffle xor %v1437, %v694, %v686 : f32
                %v1440 = arith.addf %v1437, %v1438 fastmath<contract> : f32
                // end sum over the lanes
                %v1441 = arith.addf %v1428, %v1440 fastmath<contract> : f32
                %v1442 = arith.subi %v1253, %v132 : i64
                %v1443 = llvm.getelementptr %v78[%v1442] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1444 = llvm.load %v1443 : !llvm.ptr -> f32
                %v1445 = arith.negf %v1444 : f32
                %v1446 = arith.mulf %v1445, %v333 fastmath<contract> : f32
                %v1447 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1446) : (f32) -> f32
                %v1448 = arith.addf %v80, %v1447 fastmath<contract> : f32
                %v1449 = arith.divf %v80, %v1448 : f32
                %v1450 = arith.subf %v80, %v1449 fastmath<contract> : f32
                %v1451 = arith.mulf %v1449, %v1450 fastmath<contract> : f32
                %v1452 = arith.mulf %v1441, %v1451 fastmath<contract> : f32
                %v1453 = arith.select %v43, %v1336, %v79 : f32
                // sum over the warp's outer points: shuffles
                %v1454, %v1455 = gpu.shuffle xor %v1453, %v867, %v686 : f32
                %v1456 = arith.addf %v1453, %v1454 fastmath<contract> : f32
                %v1457, %v1458 = gpu.shuffle xor %v1456, %v871, %v686 : f32
                %v1459 = arith.addf %v1456, %v1457 fastmath<contract> : f32
                %v1460 = arith.divui %v29, %v31 : i64
                %v1461 = arith.remui %v29, %v31 : i64
                %v1462 = arith.cmpi ult, %v1461, %v38 : i64
                %v1463 = arith.muli %v1460, %v1 : i64
                %v1464 = arith.addi %v1463, %v39 : i64
                %v1465 = arith.muli %v1464, %v880 : i64
                %v1466 = arith.addi %v1465, %v1252 : i64
                scf.if %v1462 {
                  %v1467 = llvm.getelementptr %v64[%v1466] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1459, %v1467 : f32, !llvm.ptr
                }
                %v1468 = arith.select %v43, %v1339, %v79 : f32
                // sum over the warp's outer points: shuffles
                %v1469, %v1470 = gpu.shuffle xor %v1468, %v867, %v686 : f32
                %v1471 = arith.addf %v1468, %v1469 fastmath<contract> : f32
                %v1472, %v1473 = gpu.shuffle xor %v1471, %v871, %v686 : f32
                %v1474 = arith.addf %v1471, %v1472 fastmath<contract> : f32
                %v1475 = arith.divui %v29, %v31 : i64
                %v1476 = arith.remui %v29, %v31 : i64
                %v1477 = arith.cmpi ult, %v1476, %v38 : i64
                %v1478 = arith.addi %v38, %v39 : i64
                %v1479 = arith.muli %v1475, %v1 : i64
                %v1480 = arith.addi %v1479, %v1478 : i64
                %v1481 = arith.muli %v1480, %v880 : i64
                %v1482 = arith.addi %v1481, %v1252 : i64
                scf.if %v1477 {
                  %v1483 = llvm.getelementptr %v64[%v1482] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1474, %v1483 : f32, !llvm.ptr
                }
                %v1484 = arith.select %v43, %v1360, %v79 : f32
                // sum over the warp's outer points: shuffles
                %v1485, %v1486 = gpu.shuffle xor %v1484, %v867, %v686 : f32
                %v1487 = arith.addf %v1484, %v1485 fastmath<contract> : f32
                %v1488, %v1489 = gpu.shuffle xor %v1487, %v871, %v686 : f32
                %v1490 = arith.addf %v1487, %v1488 fastmath<contract> : f32
                %v1491 = arith.divui %v29, %v31 : i64
                %v1492 = arith.remui %v29, %v31 : i64
                %v1493 = arith.cmpi ult, %v1492, %v38 : i64
                %v1494 = arith.muli %v1491, %v1 : i64
                %v1495 = arith.addi %v1494, %v39 : i64
                %v1496 = arith.muli %v1495, %v880 : i64
                %v1497 = arith.addi %v1496, %v1252 : i64
                scf.if %v1493 {
                  %v1498 = llvm.getelementptr %v66[%v1497] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1490, %v1498 : f32, !llvm.ptr
                }
                %v1499 = arith.select %v43, %v1366, %v79 : f32
                // sum over the warp's outer points: shuffles
                %v1500, %v1501 = gpu.shuffle xor %v1499, %v867, %v686 : f32
                %v1502 = arith.addf %v1499, %v1500 fastmath<contract> : f32
                %v1503, %v1504 = gpu.shuffle xor %v1502, %v871, %v686 : f32
                %v1505 = arith.addf %v1502, %v1503 fastmath<contract> : f32
                %v1506 = arith.divui %v29, %v31 : i64
                %v1507 = arith.remui %v29, %v31 : i64
                %v1508 = arith.cmpi ult, %v1507, %v38 : i64
                %v1509 = arith.addi %v38, %v39 : i64
                %v1510 = arith.muli %v1506, %v1 : i64
                %v1511 = arith.addi %v1510, %v1509 : i64
                %v1512 = arith.muli %v1511, %v880 : i64
                %v1513 = arith.addi %v1512, %v1252 : i64
                scf.if %v1508 {
                  %v1514 = llvm.getelementptr %v66[%v1513] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1505, %v1514 : f32, !llvm.ptr
                }
                %v1515 = arith.select %v43, %v1416, %v79 : f32
                // sum over the warp's outer points: shuffles
                %v1516, %v1517 = gpu.shuffle xor %v1515, %v867, %v686 : f32
                %v1518 = arith.addf %v1515, %v1516 fastmath<contract> : f32
                %v1519, %v1520 = gpu.shuffle xor %v1518, %v871, %v686 : f32
                %v1521 = arith.addf %v1518, %v1519 fastmath<contract> : f32
                %v1522 = arith.divui %v29, %v31 : i64
                %v1523 = arith.remui %v29, %v31 : i64
                %v1524 = arith.cmpi ult, %v1523, %v2 : i64
                %v1525 = arith.muli %v1522, %v880 : i64
                %v1526 = arith.addi %v1525, %v1252 : i64
                scf.if %v1524 {
                  %v1527 = llvm.getelementptr %v68[%v1526] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1521, %v1527 : f32, !llvm.ptr
                }
                %v1528 = arith.select %v43, %v1452, %v79 : f32
                // sum over the warp's outer points: shuffles
                %v1529, %v1530 = gpu.shuffle xor %v1528, %v867, %v686 : f32
                %v1531 = arith.addf %v1528, %v1529 fastmath<contract> : f32
                %v1532, %v1533 = gpu.shuffle xor %v1531, %v871, %v686 : f32
                %v1534 = arith.addf %v1531, %v1532 fastmath<contract> : f32
                %v1535 = arith.divui %v29, %v31 : i64
                %v1536 = arith.remui %v29, %v31 : i64
                %v1537 = arith.cmpi ult, %v1536, %v2 : i64
                %v1538 = arith.muli %v1535, %v880 : i64
                %v1539 = arith.addi %v1538, %v1252 : i64
                scf.if %v1537 {
                  %v1540 = llvm.getelementptr %v70[%v1539] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1534, %v1540 : f32, !llvm.ptr
                }
                llvm.store %v1449, %v59 : f32, !llvm.ptr
                llvm.store %v1449, %v60 : f32, !llvm.ptr
                llvm.store %v1449, %v61 : f32, !llvm.ptr
                llvm.store %v1449, %v62 : f32, !llvm.ptr
                %v1542 = arith.cmpi slt, %v1541, %v650 : i32
                %v1543 = arith.cmpi eq, %v1541, %v656 : i32
                %v1544 = arith.addi %v404, %v94 : i64
                %v1545 = arith.addi %v132, %v402 : i64
                %v1546 = arith.muli %v39, %v161 : i64
                %v1547 = arith.subi %v1545, %v132 : i64
                %v1548 = arith.addi %v1546, %v1547 : i64
                %v1549 = llvm.getelementptr %v72[%v1548] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1550 = llvm.load %v1549 : !llvm.ptr -> f32
                %v1551 = arith.muli %v53, %v353 : i64
                %v1552 = arith.muli %v1545, %v352 : i64
                %v1553 = arith.addi %v1551, %v1552 : i64
                %v1554 = arith.muli %v51, %size_DV : i64
                %v1555 = arith.addi %v1553, %v1554 : i64
                %v1556 = arith.addi %v1555, %v49 : i64
                %v1557 = llvm.getelementptr %dy_o[%v1556] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1558 = llvm.load %v1557 : !llvm.ptr -> f32
                %v1559 = arith.mulf %v1550, %v490 fastmath<contract> : f32
                %v1560 = arith.constant 8 : i64
                %v1561 = arith.addi %v1560, %v39 : i64
                %v1562 = arith.muli %v1561, %v161 : i64
                %v1563 = arith.subi %v1545, %v132 : i64
                %v1564 = arith.addi %v1562, %v1563 : i64
                %v1565 = llvm.getelementptr %v72[%v1564] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1566 = llvm.load %v1565 : !llvm.ptr -> f32
                %v1567 = arith.mulf %v1566, %v492 fastmath<contract> : f32
                %v1568 = arith.addf %v1559, %v1567 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1569, %v1570 = gpu.shuffle xor %v1568, %v685, %v686 : f32
                %v1571 = arith.addf %v1568, %v1569 fastmath<contract> : f32
                %v1572, %v1573 = gpu.shuffle xor %v1571, %v690, %v686 : f32
                %v1574 = arith.addf %v1571, %v1572 fastmath<contract> : f32
                %v1575, %v1576 = gpu.shuffle xor %v1574, %v694, %v686 : f32
                %v1577 = arith.addf %v1574, %v1575 fastmath<contract> : f32
                // end sum over the lanes
                %v1578 = llvm.call_intrinsic "llvm.fabs.f32"(%v1577) : (f32) -> f32
                %v1579 = arith.maximumf %v80, %v1578 : f32
                %v1580 = arith.divf %v1558, %v1579 : f32
                %v1581 = arith.mulf %v1550, %v1580 fastmath<contract> : f32
                %v1582 = llvm.load %v55 : !llvm.ptr -> f32
                %v1583 = llvm.load %v59 : !llvm.ptr -> f32
                %v1584 = arith.mulf %v1583, %v1582 fastmath<contract> : f32
                %v1585 = arith.addf %v1581, %v1584 fastmath<contract> : f32
                llvm.store %v1585, %v55 : f32, !llvm.ptr
                %v1586 = arith.mulf %v1566, %v1580 fastmath<contract> : f32
                %v1587 = llvm.load %v56 : !llvm.ptr -> f32
                %v1588 = llvm.load %v60 : !llvm.ptr -> f32
                %v1589 = arith.mulf %v1588, %v1587 fastmath<contract> : f32
                %v1590 = arith.addf %v1586, %v1589 fastmath<contract> : f32
                llvm.store %v1590, %v56 : f32, !llvm.ptr
                %v1591 = arith.mulf %v1550, %v476 fastmath<contract> : f32
                %v1592 = arith.mulf %v1566, %v488 fastmath<contract> : f32
                %v1593 = arith.addf %v1591, %v1592 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1594, %v1595 = gpu.shuffle xor %v1593, %v685, %v686 : f32
                %v1596 = arith.addf %v1593, %v1594 fastmath<contract> : f32
                %v1597, %v1598 = gpu.shuffle xor %v1596, %v690, %v686 : f32
                %v1599 = arith.addf %v1596, %v1597 fastmath<contract> : f32
                %v1600, %v1601 = gpu.shuffle xor %v1599, %v694, %v686 : f32
                %v1602 = arith.addf %v1599, %v1600 fastmath<contract> : f32
                // end sum over the lanes
                %v1603 = arith.divf %v1602, %v1579 : f32
                %v1604 = arith.divf %v1603, %v1579 : f32
                %v1605 = arith.mulf %v1558, %v1604 fastmath<contract> : f32
                %v1606 = arith.negf %v1605 : f32
                %v1607 = arith.cmpf oge, %v80, %v1578 : f32
                %v1608 = arith.select %v1607, %v80, %v79 : f32
                %v1609 = arith.subf %v80, %v1608 fastmath<contract> : f32
                %v1610 = arith.mulf %v1606, %v1609 fastmath<contract> : f32
                %v1611 = arith.cmpf olt, %v1577, %v79 : f32
                %v1612 = arith.select %v1611, %v731, %v79 : f32
                %v1613 = arith.cmpf ogt, %v1577, %v79 : f32
                %v1614 = arith.select %v1613, %v80, %v1612 : f32
                %v1615 = arith.mulf %v1610, %v1614 fastmath<contract> : f32
                %v1616 = arith.mulf %v1550, %v1615 fastmath<contract> : f32
                %v1617 = llvm.load %v57 : !llvm.ptr -> f32
                %v1618 = llvm.load %v61 : !llvm.ptr -> f32
                %v1619 = arith.mulf %v1618, %v1617 fastmath<contract> : f32
                %v1620 = arith.addf %v1616, %v1619 fastmath<contract> : f32
                llvm.store %v1620, %v57 : f32, !llvm.ptr
                %v1621 = arith.mulf %v1566, %v1615 fastmath<contract> : f32
                %v1622 = llvm.load %v58 : !llvm.ptr -> f32
                %v1623 = llvm.load %v62 : !llvm.ptr -> f32
                %v1624 = arith.mulf %v1623, %v1622 fastmath<contract> : f32
                %v1625 = arith.addf %v1621, %v1624 fastmath<contract> : f32
                llvm.store %v1625, %v58 : f32, !llvm.ptr
                %v1626 = arith.mulf %v490, %v1615 fastmath<contract> : f32
                %v1627 = arith.mulf %v476, %v1580 fastmath<contract> : f32
                %v1628 = arith.addf %v1626, %v1627 fastmath<contract> : f32
                %v1629 = arith.mulf %v492, %v1615 fastmath<contract> : f32
                %v1630 = arith.mulf %v488, %v1580 fastmath<contract> : f32
                %v1631 = arith.addf %v1629, %v1630 fastmath<contract> : f32
                %v1632 = arith.subi %v1545, %v132 : i64
                %v1633 = llvm.getelementptr %v76[%v1632] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1634 = llvm.load %v1633 : !llvm.ptr -> f32
                %v1635 = arith.mulf %v1634, %v333 fastmath<contract> : f32
                %v1636 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1635) : (f32) -> f32
                %v1637 = llvm.load %v57 : !llvm.ptr -> f32
                %v1638 = arith.muli %v53, %v353 : i64
                %v1639 = arith.muli %v1545, %v352 : i64
                %v1640 = arith.addi %v1638, %v1639 : i64
                %v1641 = arith.muli %v51, %size_DV : i64
                %v1642 = arith.addi %v1640, %v1641 : i64
                %v1643 = arith.addi %v1642, %v49 : i64
                %v1644 = llvm.getelementptr %in_v[%v1643] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1645 = llvm.load %v1644 : !llvm.ptr -> f32
                %v1646 = llvm.load %v55 : !llvm.ptr -> f32
                %v1647 = arith.mulf %v1645, %v1646 fastmath<contract> : f32
                %v1648 = arith.addf %v1637, %v1647 fastmath<contract> : f32
                %v1649 = arith.mulf %v1636, %v1648 fastmath<contract> : f32
                %v1651 = llvm.call_intrinsic "llvm.sqrt.f32"(%v1650) : (f32) -> f32
                %v1652 = arith.divf %v1649, %v1651 : f32
                %v1653 = llvm.load %v58 : !llvm.ptr -> f32
                %v1654 = llvm.load %v56 : !llvm.ptr -> f32
                %v1655 = arith.mulf %v1645, %v1654 fastmath<contract> : f32
                %v1656 = arith.addf %v1653, %v1655 fastmath<contract> : f32
                %v1657 = arith.mulf %v1636, %v1656 fastmath<contract> : f32
                %v1658 = arith.divf %v1657, %v1651 : f32
                %v1659 = arith.muli %v39, %v161 : i64
                %v1660 = arith.subi %v1545, %v132 : i64
                %v1661 = arith.addi %v1659, %v1660 : i64
                %v1662 = llvm.getelementptr %v74[%v1661] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1663 = llvm.load %v1662 : !llvm.ptr -> f32
                %v1664 = arith.divf %v1663, %v1651 : f32
                %v1665 = arith.mulf %v1636, %v1664 fastmath<contract> : f32
                %v1666 = arith.mulf %v1665, %v1646 fastmath<contract> : f32
                %v1667 = arith.constant 8 : i64
                %v1668 = arith.addi %v1667, %v39 : i64
                %v1669 = arith.muli %v1668, %v161 : i64
                %v1670 = arith.subi %v1545, %v132 : i64
                %v1671 = arith.addi %v1669, %v1670 : i64
                %v1672 = llvm.getelementptr %v74[%v1671] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1673 = llvm.load %v1672 : !llvm.ptr -> f32
                %v1674 = arith.divf %v1673, %v1651 : f32
                %v1675 = arith.mulf %v1636, %v1674 fastmath<contract> : f32
                %v1676 = arith.mulf %v1675, %v1654 fastmath<contract> : f32
                %v1677 = arith.addf %v1666, %v1676 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1678, %v1679 = gpu.shuffle xor %v1677, %v685, %v686 : f32
                %v1680 = arith.addf %v1677, %v1678 fastmath<contract> : f32
                %v1681, %v1682 = gpu.shuffle xor %v1680, %v690, %v686 : f32
                %v1683 = arith.addf %v1680, %v1681 fastmath<contract> : f32
                %v1684, %v1685 = gpu.shuffle xor %v1683, %v694, %v686 : f32
                %v1686 = arith.addf %v1683, %v1684 fastmath<contract> : f32
                // end sum over the lanes
                %v1687 = arith.cmpi eq, %v39, %v11 : i64
                %v1688 = arith.andi %v43, %v1687 : i1
                scf.if %v1688 {
                  %v1689 = arith.muli %v53, %v353 : i64
                  %v1690 = arith.muli %v1545, %v352 : i64
                  %v1691 = arith.addi %v1689, %v1690 : i64
                  %v1692 = arith.muli %v51, %size_DV : i64
                  %v1693 = arith.addi %v1691, %v1692 : i64
                  %v1694 = arith.addi %v1693, %v49 : i64
                  %v1695 = llvm.getelementptr %dx_v[%v1694] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1686, %v1695 : f32, !llvm.ptr
                }
                %v1696 = arith.mulf %v1664, %v1648 fastmath<contract> : f32
                %v1697 = arith.mulf %v1674, %v1656 fastmath<contract> : f32
                %v1698 = arith.addf %v1696, %v1697 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1699, %v1700 = gpu.shuffle xor %v1698, %v685, %v686 : f32
                %v1701 = arith.addf %v1698, %v1699 fastmath<contract> : f32
                %v1702, %v1703 = gpu.shuffle xor %v1701, %v690, %v686 : f32
                %v1704 = arith.addf %v1701, %v1702 fastmath<contract> : f32
                %v1705, %v1706 = gpu.shuffle xor %v1704, %v694, %v686 : f32
                %v1707 = arith.addf %v1704, %v1705 fastmath<contract> : f32
                // end sum over the lanes
                %v1708 = arith.mulf %v1636, %v1707 fastmath<contract> : f32
                %v1709 = arith.mulf %v415, %v1646 fastmath<contract> : f32
                %v1710 = arith.mulf %v424, %v1654 fastmath<contract> : f32
                %v1711 = arith.addf %v1709, %v1710 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1712, %v1713 = gpu.shuffle xor %v1711, %v685, %v686 : f32
                %v1714 = arith.addf %v1711, %v1712 fastmath<contract> : f32
                %v1715, %v1716 = gpu.shuffle xor %v1714, %v690, %v686 : f32
                %v1717 = arith.addf %v1714, %v1715 fastmath<contract> : f32
                %v1718, %v1719 = gpu.shuffle xor %v1717, %v694, %v686 : f32
                %v1720 = arith.addf %v1717, %v1718 fastmath<contract> : f32
                // end sum over the lanes
                %v1721 = arith.mulf %v432, %v1637 fastmath<contract> : f32
                %v1722 = arith.mulf %v441, %v1653 fastmath<contract> : f32
                %v1723 = arith.addf %v1721, %v1722 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1724, %v1725 = gpu.shuffle xor %v1723, %v685, %v686 : f32
                %v1726 = arith.addf %v1723, %v1724 fastmath<contract> : f32
                %v1727, %v1728 = gpu.shuffle xor %v1726, %v690, %v686 : f32
                %v1729 = arith.addf %v1726, %v1727 fastmath<contract> : f32
                %v1730, %v1731 = gpu.shuffle xor %v1729, %v694, %v686 : f32
                %v1732 = arith.addf %v1729, %v1730 fastmath<contract> : f32
                // end sum over the lanes
                %v1733 = arith.addf %v1720, %v1732 fastmath<contract> : f32
                %v1734 = arith.subi %v1545, %v132 : i64
                %v1735 = llvm.getelementptr %v78[%v1734] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1736 = llvm.load %v1735 : !llvm.ptr -> f32
                %v1737 = arith.negf %v1736 : f32
                %v1738 = arith.mulf %v1737, %v333 fastmath<contract> : f32
                %v1739 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1738) : (f32) -> f32
                %v1740 = arith.addf %v80, %v1739 fastmath<contract> : f32
                %v1741 = arith.divf %v80, %v1740 : f32
                %v1742 = arith.subf %v80, %v1741 fastmath<contract> : f32
                %v1743 = arith.mulf %v1741, %v1742 fastmath<contract> : f32
                %v1744 = arith.mulf %v1733, %v1743 fastmath<contract> : f32
                %v1745 = arith.select %v43, %v1628, %v79 : f32
                // sum over the warp's outer points: shuffles
                %v1746, %v1747 = gpu.shuffle xor %v1745, %v867, %v686 : f32
                %v1748 = arith.addf %v1745, %v1746 fastmath<contract> : f32
                %v1749, %v1750 = gpu.shuffle xor %v1748, %v871, %v686 : f32
                %v1751 = arith.addf %v1748, %v1749 fastmath<contract> : f32
                %v1752 = arith.divui %v29, %v31 : i64
                %v1753 = arith.remui %v29, %v31 : i64
                %v1754 = arith.cmpi ult, %v1753, %v38 : i64
                %v1755 = arith.muli %v1752, %v1 : i64
                %v1756 = arith.addi %v1755, %v39 : i64
                %v1757 = arith.muli %v1756, %v880 : i64
                %v1758 = arith.addi %v1757, %v1544 : i64
                scf.if %v1754 {
                  %v1759 = llvm.getelementptr %v64[%v1758] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1751, %v1759 : f32, !llvm.ptr
                }
                %v1760 = arith.select %v43, %v1631, %v79 : f32
                // sum over the warp's outer points: shuffles
                %v1761, %v1762 = gpu.shuffle xor %v1760, %v867, %v686 : f32
                %v1763 = arith.addf %v1760, %v1761 fastmath<contract> : f32
                %v1764, %v1765 = gpu.shuffle xor %v1763, %v871, %v686 : f32
                %v1766 = arith.addf %v1763, %v1764 fastmath<contract> : f32
                %v1767 = arith.divui %v29, %v31 : i64
                %v1768 = arith.remui %v29, %v31 : i64
                %v1769 = arith.cmpi ult, %v1768, %v38 : i64
                %v1770 = arith.addi %v38, %v39 : i64
                %v1771 = arith.muli %v1767, %v1 : i64
                %v1772 = arith.addi %v1771, %v1770 : i64
                %v1773 = arith.muli %v1772, %v880 : i64
                %v1774 = arith.addi %v1773, %v1544 : i64
                scf.if %v1769 {
                  %v1775 = llvm.getelementptr %v64[%v1774] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1766, %v1775 : f32, !llvm.ptr
                }
                %v1776 = arith.select %v43, %v1652, %v79 : f32
                // sum over the warp's outer points: shuffles
                %v1777, %v1778 = gpu.shuffle xor %v1776, %v867, %v686 : f32
                %v1779 = arith.addf %v1776, %v1777 fastmath<contract> : f32
                %v1780, %v1781 = gpu.shuffle xor %v1779, %v871, %v686 : f32
                %v1782 = arith.addf %v1779, %v1780 fastmath<contract> : f32
                %v1783 = arith.divui %v29, %v31 : i64
                %v1784 = arith.remui %v29, %v31 : i64
                %v1785 = arith.cmpi ult, %v1784, %v38 : i64
                %v1786 = arith.muli %v1783, %v1 : i64
                %v1787 = arith.addi %v1786, %v39 : i64
                %v1788 = arith.muli %v1787, %v880 : i64
                %v1789 = arith.addi %v1788, %v1544 : i64
                scf.if %v1785 {
                  %v1790 = llvm.getelementptr %v66[%v1789] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1782, %v1790 : f32, !llvm.ptr
                }
                %v1791 = arith.select %v43, %v1658, %v79 : f32
                // sum over the warp's outer points: shuffles
                %v1792, %v1793 = gpu.shuffle xor %v1791, %v867, %v686 : f32
                %v1794 = arith.addf %v1791, %v1792 fastmath<contract> : f32
                %v1795, %v1796 = gpu.shuffle xor %v1794, %v871, %v686 : f32
                %v1797 = arith.addf %v1794, %v1795 fastmath<contract> : f32
                %v1798 = arith.divui %v29, %v31 : i64
                %v1799 = arith.remui %v29, %v31 : i64
                %v1800 = arith.cmpi ult, %v1799, %v38 : i64
                %v1801 = arith.addi %v38, %v39 : i64
                %v1802 = arith.muli %v1798, %v1 : i64
                %v1803 = arith.addi %v1802, %v1801 : i64
                %v1804 = arith.muli %v1803, %v880 : i64
                %v1805 = arith.addi %v1804, %v1544 : i64
                scf.if %v1800 {
                  %v1806 = llvm.getelementptr %v66[%v1805] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1797, %v1806 : f32, !llvm.ptr
                }
                %v1807 = arith.select %v43, %v1708, %v79 : f32
                // sum over the warp's outer points: shuffles
                %v1808, %v1809 = gpu.shuffle xor %v1807, %v867, %v686 : f32
                %v1810 = arith.addf %v1807, %v1808 fastmath<contract> : f32
                %v1811, %v1812 = gpu.shuffle xor %v1810, %v871, %v686 : f32
                %v1813 = arith.addf %v1810, %v1811 fastmath<contract> : f32
                %v1814 = arith.divui %v29, %v31 : i64
                %v1815 = arith.remui %v29, %v31 : i64
                %v1816 = arith.cmpi ult, %v1815, %v2 : i64
                %v1817 = arith.muli %v1814, %v880 : i64
                %v1818 = arith.addi %v1817, %v1544 : i64
                scf.if %v1816 {
                  %v1819 = llvm.getelementptr %v68[%v1818] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1813, %v1819 : f32, !llvm.ptr
                }
                %v1820 = arith.select %v43, %v1744, %v79 : f32
                // sum over the warp's outer points: shuffles
                %v1821, %v1822 = gpu.shuffle xor %v1820, %v867, %v686 : f32
                %v1823 = arith.addf %v1820, %v1821 fastmath<contract> : f32
                %v1824, %v1825 = gpu.shuffle xor %v1823, %v871, %v686 : f32
                %v1826 = arith.addf %v1823, %v1824 fastmath<contract> : f32
                %v1827 = arith.divui %v29, %v31 : i64
                %v1828 = arith.remui %v29, %v31 : i64
                %v1829 = arith.cmpi ult, %v1828, %v2 : i64
                %v1830 = arith.muli %v1827, %v880 : i64
                %v1831 = arith.addi %v1830, %v1544 : i64
                scf.if %v1829 {
                  %v1832 = llvm.getelementptr %v70[%v1831] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1826, %v1832 : f32, !llvm.ptr
                }
                llvm.store %v1741, %v59 : f32, !llvm.ptr
                llvm.store %v1741, %v60 : f32, !llvm.ptr
                llvm.store %v1741, %v61 : f32, !llvm.ptr
                llvm.store %v1741, %v62 : f32, !llvm.ptr
              } else {
                %v1833 = arith.subi %v134, %v2 : i64
                %v1834 = arith.muli %v401, %v4 : i64
                %v1835 = arith.subi %v4, %v2 : i64
                %v1836 = arith.minsi %v45, %v1835 : i64
                %v1837 = arith.addi %v1834, %v1836 : i64
                %v1838 = arith.muli %v1837, %v1 : i64
                %v1839 = arith.addi %v1838, %v39 : i64
                %v1840 = llvm.getelementptr %scratch_C[%v1839] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1841 = llvm.load %v1840 : !llvm.ptr -> f32
                %v1842 = arith.muli %v401, %v4 : i64
                %v1843 = arith.subi %v4, %v2 : i64
                %v1844 = arith.minsi %v45, %v1843 : i64
                %v1845 = arith.addi %v1842, %v1844 : i64
                %v1846 = arith.muli %v1845, %v1 : i64
                %v1847 = arith.addi %v1846, %v38 : i64
                %v1848 = arith.addi %v1847, %v39 : i64
                %v1849 = llvm.getelementptr %scratch_C[%v1848] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1850 = llvm.load %v1849 : !llvm.ptr -> f32
                %v1851 = arith.muli %v401, %v4 : i64
                %v1852 = arith.subi %v4, %v2 : i64
                %v1853 = arith.minsi %v45, %v1852 : i64
                %v1854 = arith.addi %v1851, %v1853 : i64
                %v1855 = arith.muli %v1854, %v1 : i64
                %v1856 = arith.addi %v1855, %v39 : i64
                %v1857 = llvm.getelementptr %scratch_n[%v1856] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1858 = llvm.load %v1857 : !llvm.ptr -> f32
                %v1859 = arith.muli %v401, %v4 : i64
                %v1860 = arith.subi %v4, %v2 : i64
                %v1861 = arith.minsi %v45, %v1860 : i64
                %v1862 = arith.addi %v1859, %v1861 : i64
                %v1863 = arith.muli %v1862, %v1 : i64
                %v1864 = arith.addi %v1863, %v38 : i64
                %v1865 = arith.addi %v1864, %v39 : i64
                %v1866 = llvm.getelementptr %scratch_n[%v1865] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1867 = llvm.load %v1866 : !llvm.ptr -> f32
                // the group's states, recomputed into registers
                %v1868 = arith.minsi %v402, %v1833 : i64
                %v1869 = arith.addi %v132, %v1868 : i64
                %v1870 = arith.subi %v1869, %v132 : i64
                %v1871 = llvm.getelementptr %v78[%v1870] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1872 = llvm.load %v1871 : !llvm.ptr -> f32
                %v1873 = arith.negf %v1872 : f32
                %v1874 = arith.mulf %v1873, %v333 fastmath<contract> : f32
                %v1875 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1874) : (f32) -> f32
                %v1876 = arith.addf %v80, %v1875 fastmath<contract> : f32
                %v1877 = arith.divf %v80, %v1876 : f32
                %v1878 = arith.subi %v1869, %v132 : i64
                %v1879 = llvm.getelementptr %v76[%v1878] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1880 = llvm.load %v1879 : !llvm.ptr -> f32
                %v1881 = arith.mulf %v1880, %v333 fastmath<contract> : f32
                %v1882 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1881) : (f32) -> f32
                %v1883 = arith.muli %v39, %v161 : i64
                %v1884 = arith.subi %v1869, %v132 : i64
                %v1885 = arith.addi %v1883, %v1884 : i64
                %v1886 = llvm.getelementptr %v74[%v1885] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1887 = llvm.load %v1886 : !llvm.ptr -> f32
                %v1889 = llvm.call_intrinsic "llvm.sqrt.f32"(%v1888) : (f32) -> f32
                %v1890 = arith.divf %v1887, %v1889 : f32
                %v1891 = arith.mulf %v1882, %v1890 fastmath<contract> : f32
                %v1892 = arith.muli %v53, %v353 : i64
                %v1893 = arith.muli %v1869, %v352 : i64
                %v1894 = arith.addi %v1892, %v1893 : i64
                %v1895 = arith.muli %v51, %size_DV : i64
                %v1896 = arith.addi %v1894, %v1895 : i64
                %v1897 = arith.addi %v1896, %v49 : i64
                %v1898 = llvm.getelementptr %in_v[%v1897] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1899 = llvm.load %v1898 : !llvm.ptr -> f32
                %v1900 = arith.mulf %v1891, %v1899 fastmath<contract> : f32
                %v1901 = arith.mulf %v1877, %v1841 fastmath<contract> : f32
                %v1902 = arith.addf %v1901, %v1900 fastmath<contract> : f32
                %v1903 = arith.constant 8 : i64
                %v1904 = arith.addi %v1903, %v39 : i64
                %v1905 = arith.muli %v1904, %v161 : i64
                %v1906 = arith.subi %v1869, %v132 : i64
                %v1907 = arith.addi %v1905, %v1906 : i64
                %v1908 = llvm.getelementptr %v74[%v1907] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1909 = llvm.load %v1908 : !llvm.ptr -> f32
                %v1910 = arith.divf %v1909, %v1889 : f32
                %v1911 = arith.mulf %v1882, %v1910 fastmath<contract> : f32
                %v1912 = arith.mulf %v1911, %v1899 fastmath<contract> : f32
                %v1913 = arith.mulf %v1877, %v1850 fastmath<contract> : f32
                %v1914 = arith.addf %v1913, %v1912 fastmath<contract> : f32
                %v1915 = arith.mulf %v1877, %v1858 fastmath<contract> : f32
                %v1916 = arith.addf %v1915, %v1891 fastmath<contract> : f32
                %v1917 = arith.mulf %v1877, %v1867 fastmath<contract> : f32
                %v1918 = arith.addf %v1917, %v1911 fastmath<contract> : f32
                %v1919 = arith.addi %v402, %v2 : i64
                %v1920 = arith.minsi %v1919, %v1833 : i64
                %v1921 = arith.addi %v132, %v1920 : i64
                %v1922 = arith.subi %v1921, %v132 : i64
                %v1923 = llvm.getelementptr %v78[%v1922] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1924 = llvm.load %v1923 : !llvm.ptr -> f32
                %v1925 = arith.negf %v1924 : f32
                %v1926 = arith.mulf %v1925, %v333 fastmath<contract> : f32
                %v1927 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1926) : (f32) -> f32
                %v1928 = arith.addf %v80, %v1927 fastmath<contract> : f32
                %v1929 = arith.divf %v80, %v1928 : f32
                %v1930 = arith.subi %v1921, %v132 : i64
                %v1931 = llvm.getelementptr %v76[%v1930] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1932 = llvm.load %v1931 : !llvm.ptr -> f32
                %v1933 = arith.mulf %v1932, %v333 fastmath<contract> : f32
                %v1934 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1933) : (f32) -> f32
                %v1935 = arith.muli %v39, %v161 : i64
                %v1936 = arith.subi %v1921, %v132 : i64
                %v1937 = arith.addi %v1935, %v1936 : i64
                %v1938 = llvm.getelementptr %v74[%v1937] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1939 = llvm.load %v1938 : !llvm.ptr -> f32
                %v1941 = llvm.call_intrinsic "llvm.sqrt.f32"(%v1940) : (f32) -> f32
                %v1942 = arith.divf %v1939, %v1941 : f32
                %v1943 = arith.mulf %v1934, %v1942 fastmath<contract> : f32
                %v1944 = arith.muli %v53, %v353 : i64
                %v1945 = arith.muli %v1921, %v352 : i64
                %v1946 = arith.addi %v1944, %v1945 : i64
                %v1947 = arith.muli %v51, %size_DV : i64
                %v1948 = arith.addi %v1946, %v1947 : i64
                %v1949 = arith.addi %v1948, %v49 : i64
                %v1950 = llvm.getelementptr %in_v[%v1949] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1951 = llvm.load %v1950 : !llvm.ptr -> f32
                %v1952 = arith.mulf %v1943, %v1951 fastmath<contract> : f32
                %v1953 = arith.mulf %v1929, %v1902 fastmath<contract> : f32
                %v1954 = arith.addf %v1953, %v1952 fastmath<contract> : f32
                %v1955 = arith.constant 8 : i64
                %v1956 = arith.addi %v1955, %v39 : i64
                %v1957 = arith.muli %v1956, %v161 : i64
                %v1958 = arith.subi %v1921, %v132 : i64
                %v1959 = arith.addi %v1957, %v1958 : i64
                %v1960 = llvm.getelementptr %v74[%v1959] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1961 = llvm.load %v1960 : !llvm.ptr -> f32
                %v1962 = arith.divf %v1961, %v1941 : f32
                %v1963 = arith.mulf %v1934, %v1962 fastmath<contract> : f32
                %v1964 = arith.mulf %v1963, %v1951 fastmath<contract> : f32
                %v1965 = arith.mulf %v1929, %v1914 fastmath<contract> : f32
                %v1966 = arith.addf %v1965, %v1964 fastmath<contract> : f32
                %v1967 = arith.mulf %v1929, %v1916 fastmath<contract> : f32
                %v1968 = arith.addf %v1967, %v1943 fastmath<contract> : f32
                %v1969 = arith.mulf %v1929, %v1918 fastmath<contract> : f32
                %v1970 = arith.addf %v1969, %v1963 fastmath<contract> : f32
                %v1971 = arith.addi %v402, %v89 : i64
                %v1972 = arith.minsi %v1971, %v1833 : i64
                %v1973 = arith.addi %v132, %v1972 : i64
                %v1974 = arith.subi %v1973, %v132 : i64
                %v1975 = llvm.getelementptr %v78[%v1974] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1976 = llvm.load %v1975 : !llvm.ptr -> f32
                %v1977 = arith.negf %v1976 : f32
                %v1978 = arith.mulf %v1977, %v333 fastmath<contract> : f32
                %v1979 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1978) : (f32) -> f32
                %v1980 = arith.addf %v80, %v1979 fastmath<contract> : f32
                %v1981 = arith.divf %v80, %v1980 : f32
                %v1982 = arith.subi %v1973, %v132 : i64
                %v1983 = llvm.getelementptr %v76[%v1982] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1984 = llvm.load %v1983 : !llvm.ptr -> f32
                %v1985 = arith.mulf %v1984, %v333 fastmath<contract> : f32
                %v1986 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1985) : (f32) -> f32
                %v1987 = arith.muli %v39, %v161 : i64
                %v1988 = arith.subi %v1973, %v132 : i64
                %v1989 = arith.addi %v1987, %v1988 : i64
                %v1990 = llvm.getelementptr %v74[%v1989] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1991 = llvm.load %v1990 : !llvm.ptr -> f32
                %v1993 = llvm.call_intrinsic "llvm.sqrt.f32"(%v1992) : (f32) -> f32
                %v1994 = arith.divf %v1991, %v1993 : f32
                %v1995 = arith.mulf %v1986, %v1994 fastmath<contract> : f32
                %v1996 = arith.muli %v53, %v353 : i64
                %v1997 = arith.muli %v1973, %v352 : i64
                %v1998 = arith.addi %v1996, %v1997 : i64
                %v1999 = arith.muli %v51, %size_DV : i64
                %v2000 = arith.addi %v1998, %v1999 : i64
                %v2001 = arith.addi %v2000, %v49 : i64
                %v2002 = llvm.getelementptr %in_v[%v2001] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2003 = llvm.load %v2002 : !llvm.ptr -> f32
                %v2004 = arith.mulf %v1995, %v2003 fastmath<contract> : f32
                %v2005 = arith.mulf %v1981, %v1954 fastmath<contract> : f32
                %v2006 = arith.addf %v2005, %v2004 fastmath<contract> : f32
                %v2007 = arith.constant 8 : i64
                %v2008 = arith.addi %v2007, %v39 : i64
                %v2009 = arith.muli %v2008, %v161 : i64
                %v2010 = arith.subi %v1973, %v132 : i64
                %v2011 = arith.addi %v2009, %v2010 : i64
                %v2012 = llvm.getelementptr %v74[%v2011] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2013 = llvm.load %v2012 : !llvm.ptr -> f32
                %v2014 = arith.divf %v2013, %v1993 : f32
                %v2015 = arith.mulf %v1986, %v2014 fastmath<contract> : f32
                %v2016 = arith.mulf %v2015, %v2003 fastmath<contract> : f32
                %v2017 = arith.mulf %v1981, %v1966 fastmath<contract> : f32
                %v2018 = arith.addf %v2017, %v2016 fastmath<contract> : f32
                %v2019 = arith.mulf %v1981, %v1968 fastmath<contract> : f32
                %v2020 = arith.addf %v2019, %v1995 fastmath<contract> : f32
                %v2021 = arith.mulf %v1981, %v1970 fastmath<contract> : f32
                %v2022 = arith.addf %v2021, %v2015 fastmath<contract> : f32
                %v2023 = arith.addi %v402, %v94 : i64
                %v2024 = arith.minsi %v2023, %v1833 : i64
                %v2025 = arith.addi %v132, %v2024 : i64
                %v2026 = arith.subi %v2025, %v132 : i64
                %v2027 = llvm.getelementptr %v78[%v2026] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2028 = llvm.load %v2027 : !llvm.ptr -> f32
                %v2029 = arith.negf %v2028 : f32
                %v2030 = arith.mulf %v2029, %v333 fastmath<contract> : f32
                %v2031 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2030) : (f32) -> f32
                %v2032 = arith.addf %v80, %v2031 fastmath<contract> : f32
                %v2033 = arith.divf %v80, %v2032 : f32
                %v2034 = arith.subi %v2025, %v132 : i64
                %v2035 = llvm.getelementptr %v76[%v2034] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2036 = llvm.load %v2035 : !llvm.ptr -> f32
                %v2037 = arith.mulf %v2036, %v333 fastmath<contract> : f32
                %v2038 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2037) : (f32) -> f32
                %v2039 = arith.muli %v39, %v161 : i64
                %v2040 = arith.subi %v2025, %v132 : i64
                %v2041 = arith.addi %v2039, %v2040 : i64
                %v2042 = llvm.getelementptr %v74[%v2041] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2043 = llvm.load %v2042 : !llvm.ptr -> f32
                %v2045 = llvm.call_intrinsic "llvm.sqrt.f32"(%v2044) : (f32) -> f32
                %v2046 = arith.divf %v2043, %v2045 : f32
                %v2047 = arith.mulf %v2038, %v2046 fastmath<contract> : f32
                %v2048 = arith.muli %v53, %v353 : i64
                %v2049 = arith.muli %v2025, %v352 : i64
                %v2050 = arith.addi %v2048, %v2049 : i64
                %v2051 = arith.muli %v51, %size_DV : i64
                %v2052 = arith.addi %v2050, %v2051 : i64
                %v2053 = arith.addi %v2052, %v49 : i64
                %v2054 = llvm.getelementptr %in_v[%v2053] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2055 = llvm.load %v2054 : !llvm.ptr -> f32
                %v2056 = arith.mulf %v2047, %v2055 fastmath<contract> : f32
                %v2057 = arith.mulf %v2033, %v2006 fastmath<contract> : f32
                %v2058 = arith.addf %v2057, %v2056 fastmath<contract> : f32
                %v2059 = arith.constant 8 : i64
                %v2060 = arith.addi %v2059, %v39 : i64
                %v2061 = arith.muli %v2060, %v161 : i64
                %v2062 = arith.subi %v2025, %v132 : i64
                %v2063 = arith.addi %v2061, %v2062 : i64
                %v2064 = llvm.getelementptr %v74[%v2063] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2065 = llvm.load %v2064 : !llvm.ptr -> f32
                %v2066 = arith.divf %v2065, %v2045 : f32
                %v2067 = arith.mulf %v2038, %v2066 fastmath<contract> : f32
                %v2068 = arith.mulf %v2067, %v2055 fastmath<contract> : f32
                %v2069 = arith.mulf %v2033, %v2018 fastmath<contract> : f32
                %v2070 = arith.addf %v2069, %v2068 fastmath<contract> : f32
                %v2071 = arith.mulf %v2033, %v2020 fastmath<contract> : f32
                %v2072 = arith.addf %v2071, %v2047 fastmath<contract> : f32
                %v2073 = arith.mulf %v2033, %v2022 fastmath<contract> : f32
                %v2074 = arith.addf %v2073, %v2067 fastmath<contract> : f32
                %v2075 = arith.subi %v134, %v402 : i64
                %v2076 = arith.trunci %v2075 : i64 to i32
                %v2077 = arith.subi %size_L, %v2 : i64
                %v2078 = arith.addi %v132, %v402 : i64
                %v2079 = arith.subi %v2077, %v2078 : i64
                %v2080 = arith.minsi %v2079, %v654 : i64
                %v2081 = arith.trunci %v2080 : i64 to i32
                %v2082 = arith.addi %v402, %v94 : i64
                %v2083 = arith.cmpi slt, %v658, %v2076 : i32
                %v2084 = arith.cmpi eq, %v658, %v2081 : i32
                scf.if %v2083 {
                  %v2085 = arith.addi %v132, %v2082 : i64
                  %v2086 = arith.muli %v39, %v161 : i64
                  %v2087 = arith.subi %v2085, %v132 : i64
                  %v2088 = arith.addi %v2086, %v2087 : i64
                  %v2089 = llvm.getelementptr %v72[%v2088] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2090 = llvm.load %v2089 : !llvm.ptr -> f32
                  %v2091 = arith.muli %v53, %v353 : i64
                  %v2092 = arith.muli %v2085, %v352 : i64
                  %v2093 = arith.addi %v2091, %v2092 : i64
                  %v2094 = arith.muli %v51, %size_DV : i64
                  %v2095 = arith.addi %v2093, %v2094 : i64
                  %v2096 = arith.addi %v2095, %v49 : i64
                  %v2097 = llvm.getelementptr %dy_o[%v2096] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2098 = llvm.load %v2097 : !llvm.ptr -> f32
                  %v2099 = arith.mulf %v2090, %v2072 fastmath<contract> : f32
                  %v2100 = arith.constant 8 : i64
                  %v2101 = arith.addi %v2100, %v39 : i64
                  %v2102 = arith.muli %v2101, %v161 : i64
                  %v2103 = arith.subi %v2085, %v132 : i64
                  %v2104 = arith.addi %v2102, %v2103 : i64
                  %v2105 = llvm.getelementptr %v72[%v2104] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2106 = llvm.load %v2105 : !llvm.ptr -> f32
                  %v2107 = arith.mulf %v2106, %v2074 fastmath<contract> : f32
                  %v2108 = arith.addf %v2099, %v2107 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v2109, %v2110 = gpu.shuffle xor %v2108, %v685, %v686 : f32
                  %v2111 = arith.addf %v2108, %v2109 fastmath<contract> : f32
                  %v2112, %v2113 = gpu.shuffle xor %v2111, %v690, %v686 : f32
                  %v2114 = arith.addf %v2111, %v2112 fastmath<contract> : f32
                  %v2115, %v2116 = gpu.shuffle xor %v2114, %v694, %v686 : f32
                  %v2117 = arith.addf %v2114, %v2115 fastmath<contract> : f32
                  // end sum over the lanes
                  %v2118 = llvm.call_intrinsic "llvm.fabs.f32"(%v2117) : (f32) -> f32
                  %v2119 = arith.maximumf %v80, %v2118 : f32
                  %v2120 = arith.divf %v2098, %v2119 : f32
                  %v2121 = arith.mulf %v2090, %v2120 fastmath<contract> : f32
                  %v2122 = llvm.load %v55 : !llvm.ptr -> f32
                  %v2123 = llvm.load %v59 : !llvm.ptr -> f32
                  %v2124 = arith.mulf %v2123, %v2122 fastmath<contract> : f32
                  %v2125 = arith.addf %v2121, %v2124 fastmath<contract> : f32
                  llvm.store %v2125, %v55 : f32, !llvm.ptr
                  %v2126 = arith.mulf %v2106, %v2120 fastmath<contract> : f32
                  %v2127 = llvm.load %v56 : !llvm.ptr -> f32
                  %v2128 = llvm.load %v60 : !llvm.ptr -> f32
                  %v2129 = arith.mulf %v2128, %v2127 fastmath<contract> : f32
                  %v2130 = arith.addf %v2126, %v2129 fastmath<contract> : f32
                  llvm.store %v2130, %v56 : f32, !llvm.ptr
                  %v2131 = arith.mulf %v2090, %v2058 fastmath<contract> : f32
                  %v2132 = arith.mulf %v2106, %v2070 fastmath<contract> : f32
                  %v2133 = arith.addf %v2131, %v2132 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v2134, %v2135 = gpu.shuffle xor %v2133, %v685, %v686 : f32
                  %v2136 = arith.addf %v2133, %v2134 fastmath<contract> : f32
                  %v2137, %v2138 = gpu.shuffle xor %v2136, %v690, %v686 : f32
                  %v2139 = arith.addf %v2136, %v2137 fastmath<contract> : f32
                  %v2140, %v2141 = gpu.shuffle xor %v2139, %v694, %v686 : f32
                  %v2142 = arith.addf %v2139, %v2140 fastmath<contract> : f32
                  // end sum over the lanes
                  %v2143 = arith.divf %v2142, %v2119 : f32
                  %v2144 = arith.divf %v2143, %v2119 : f32
                  %v2145 = arith.mulf %v2098, %v2144 fastmath<contract> : f32
                  %v2146 = arith.negf %v2145 : f32
                  %v2147 = arith.cmpf oge, %v80, %v2118 : f32
                  %v2148 = arith.select %v2147, %v80, %v79 : f32
                  %v2149 = arith.subf %v80, %v2148 fastmath<contract> : f32
                  %v2150 = arith.mulf %v2146, %v2149 fastmath<contract> : f32
                  %v2151 = arith.cmpf olt, %v2117, %v79 : f32
                  %v2152 = arith.select %v2151, %v731, %v79 : f32
                  %v2153 = arith.cmpf ogt, %v2117, %v79 : f32
                  %v2154 = arith.select %v2153, %v80, %v2152 : f32
                  %v2155 = arith.mulf %v2150, %v2154 fastmath<contract> : f32
                  %v2156 = arith.mulf %v2090, %v2155 fastmath<contract> : f32
                  %v2157 = llvm.load %v57 : !llvm.ptr -> f32
                  %v2158 = llvm.load %v61 : !llvm.ptr -> f32
                  %v2159 = arith.mulf %v2158, %v2157 fastmath<contract> : f32
                  %v2160 = arith.addf %v2156, %v2159 fastmath<contract> : f32
                  llvm.store %v2160, %v57 : f32, !llvm.ptr
                  %v2161 = arith.mulf %v2106, %v2155 fastmath<contract> : f32
                  %v2162 = llvm.load %v58 : !llvm.ptr -> f32
                  %v2163 = llvm.load %v62 : !llvm.ptr -> f32
                  %v2164 = arith.mulf %v2163, %v2162 fastmath<contract> : f32
                  %v2165 = arith.addf %v2161, %v2164 fastmath<contract> : f32
                  llvm.store %v2165, %v58 : f32, !llvm.ptr
                  %v2166 = arith.mulf %v2072, %v2155 fastmath<contract> : f32
                  %v2167 = arith.mulf %v2058, %v2120 fastmath<contract> : f32
                  %v2168 = arith.addf %v2166, %v2167 fastmath<contract> : f32
                  %v2169 = arith.mulf %v2074, %v2155 fastmath<contract> : f32
                  %v2170 = arith.mulf %v2070, %v2120 fastmath<contract> : f32
                  %v2171 = arith.addf %v2169, %v2170 fastmath<contract> : f32
                  %v2172 = arith.subi %v2085, %v132 : i64
                  %v2173 = llvm.getelementptr %v76[%v2172] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2174 = llvm.load %v2173 : !llvm.ptr -> f32
                  %v2175 = arith.mulf %v2174, %v333 fastmath<contract> : f32
                  %v2176 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2175) : (f32) -> f32
                  %v2177 = llvm.load %v57 : !llvm.ptr -> f32
                  %v2178 = arith.muli %v53, %v353 : i64
                  %v2179 = arith.muli %v2085, %v352 : i64
                  %v2180 = arith.addi %v2178, %v2179 : i64
                  %v2181 = arith.muli %v51, %size_DV : i64
                  %v2182 = arith.addi %v2180, %v2181 : i64
                  %v2183 = arith.addi %v2182, %v49 : i64
                  %v2184 = llvm.getelementptr %in_v[%v2183] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2185 = llvm.load %v2184 : !llvm.ptr -> f32
                  %v2186 = llvm.load %v55 : !llvm.ptr -> f32
                  %v2187 = arith.mulf %v2185, %v2186 fastmath<contract> : f32
                  %v2188 = arith.addf %v2177, %v2187 fastmath<contract> : f32
                  %v2189 = arith.mulf %v2176, %v2188 fastmath<contract> : f32
                  %v2191 = llvm.call_intrinsic "llvm.sqrt.f32"(%v2190) : (f32) -> f32
                  %v2192 = arith.divf %v2189, %v2191 : f32
                  %v2193 = llvm.load %v58 : !llvm.ptr -> f32
                  %v2194 = llvm.load %v56 : !llvm.ptr -> f32
                  %v2195 = arith.mulf %v2185, %v2194 fastmath<contract> : f32
                  %v2196 = arith.addf %v2193, %v2195 fastmath<contract> : f32
                  %v2197 = arith.mulf %v2176, %v2196 fastmath<contract> : f32
                  %v2198 = arith.divf %v2197, %v2191 : f32
                  %v2199 = arith.muli %v39, %v161 : i64
                  %v2200 = arith.subi %v2085, %v132 : i64
                  %v2201 = arith.addi %v2199, %v2200 : i64
                  %v2202 = llvm.getelementptr %v74[%v2201] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2203 = llvm.load %v2202 : !llvm.ptr -> f32
                  %v2204 = arith.divf %v2203, %v2191 : f32
                  %v2205 = arith.mulf %v2176, %v2204 fastmath<contract> : f32
                  %v2206 = arith.mulf %v2205, %v2186 fastmath<contract> : f32
                  %v2207 = arith.constant 8 : i64
                  %v2208 = arith.addi %v2207, %v39 : i64
                  %v2209 = arith.muli %v2208, %v161 : i64
                  %v2210 = arith.subi %v2085, %v132 : i64
                  %v2211 = arith.addi %v2209, %v2210 : i64
                  %v2212 = llvm.getelementptr %v74[%v2211] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2213 = llvm.load %v2212 : !llvm.ptr -> f32
                  %v2214 = arith.divf %v2213, %v2191 : f32
                  %v2215 = arith.mulf %v2176, %v2214 fastmath<contract> : f32
                  %v2216 = arith.mulf %v2215, %v2194 fastmath<contract> : f32
                  %v2217 = arith.addf %v2206, %v2216 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v2218, %v2219 = gpu.shuffle xor %v2217, %v685, %v686 : f32
                  %v2220 = arith.addf %v2217, %v2218 fastmath<contract> : f32
                  %v2221, %v2222 = gpu.shuffle xor %v2220, %v690, %v686 : f32
                  %v2223 = arith.addf %v2220, %v2221 fastmath<contract> : f32
                  %v2224, %v2225 = gpu.shuffle xor %v2223, %v694, %v686 : f32
                  %v2226 = arith.addf %v2223, %v2224 fastmath<contract> : f32
                  // end sum over the lanes
                  %v2227 = arith.cmpi eq, %v39, %v11 : i64
                  %v2228 = arith.andi %v43, %v2227 : i1
                  scf.if %v2228 {
                    %v2229 = arith.muli %v53, %v353 : i64
                    %v2230 = arith.muli %v2085, %v352 : i64
                    %v2231 = arith.addi %v2229, %v2230 : i64
                    %v2232 = arith.muli %v51, %size_DV : i64
                    %v2233 = arith.addi %v2231, %v2232 : i64
                    %v2234 = arith.addi %v2233, %v49 : i64
                    %v2235 = llvm.getelementptr %dx_v[%v2234] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2226, %v2235 : f32, !llvm.ptr
                  }
                  %v2236 = arith.mulf %v2204, %v2188 fastmath<contract> : f32
                  %v2237 = arith.mulf %v2214, %v2196 fastmath<contract> : f32
                  %v2238 = arith.addf %v2236, %v2237 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v2239, %v2240 = gpu.shuffle xor %v2238, %v685, %v686 : f32
                  %v2241 = arith.addf %v2238, %v2239 fastmath<contract> : f32
                  %v2242, %v2243 = gpu.shuffle xor %v2241, %v690, %v686 : f32
                  %v2244 = arith.addf %v2241, %v2242 fastmath<contract> : f32
                  %v2245, %v2246 = gpu.shuffle xor %v2244, %v694, %v686 : f32
                  %v2247 = arith.addf %v2244, %v2245 fastmath<contract> : f32
                  // end sum over the lanes
                  %v2248 = arith.mulf %v2176, %v2247 fastmath<contract> : f32
                  %v2249 = arith.mulf %v2006, %v2186 fastmath<contract> : f32
                  %v2250 = arith.mulf %v2018, %v2194 fastmath<contract> : f32
                  %v2251 = arith.addf %v2249, %v2250 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v2252, %v2253 = gpu.shuffle xor %v2251, %v685, %v686 : f32
                  %v2254 = arith.addf %v2251, %v2252 fastmath<contract> : f32
                  %v2255, %v2256 = gpu.shuffle xor %v2254, %v690, %v686 : f32
                  %v2257 = arith.addf %v2254, %v2255 fastmath<contract> : f32
                  %v2258, %v2259 = gpu.shuffle xor %v2257, %v694, %v686 : f32
                  %v2260 = arith.addf %v2257, %v2258 fastmath<contract> : f32
                  // end sum over the lanes
                  %v2261 = arith.mulf %v2020, %v2177 fastmath<contract> : f32
                  %v2262 = arith.mulf %v2022, %v2193 fastmath<contract> : f32
                  %v2263 = arith.addf %v2261, %v2262 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v2264, %v2265 = gpu.shuffle xor %v2263, %v685, %v686 : f32
                  %v2266 = arith.addf %v2263, %v2264 fastmath<contract> : f32
                  %v2267, %v2268 = gpu.shuffle xor %v2266, %v690, %v686 : f32
                  %v2269 = arith.addf %v2266, %v2267 fastmath<contract> : f32
                  %v2270, %v2271 = gpu.shuffle xor %v2269, %v694, %v686 : f32
                  %v2272 = arith.addf %v2269, %v2270 fastmath<contract> : f32
                  // end sum over the lanes
                  %v2273 = arith.addf %v2260, %v2272 fastmath<contract> : f32
                  %v2274 = arith.subi %v2085, %v132 : i64
                  %v2275 = llvm.getelementptr %v78[%v2274] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2276 = llvm.load %v2275 : !llvm.ptr -> f32
                  %v2277 = arith.negf %v2276 : f32
                  %v2278 = arith.mulf %v2277, %v333 fastmath<contract> : f32
                  %v2279 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2278) : (f32) -> f32
                  %v2280 = arith.addf %v80, %v2279 fastmath<contract> : f32
                  %v2281 = arith.divf %v80, %v2280 : f32
                  %v2282 = arith.subf %v80, %v2281 fastmath<contract> : f32
                  %v2283 = arith.mulf %v2281, %v2282 fastmath<contract> : f32
                  %v2284 = arith.mulf %v2273, %v2283 fastmath<contract> : f32
                  %v2285 = arith.select %v43, %v2168, %v79 : f32
                  // sum over the warp's outer points: shuffles
                  %v2286, %v2287 = gpu.shuffle xor %v2285, %v867, %v686 : f32
                  %v2288 = arith.addf %v2285, %v2286 fastmath<contract> : f32
                  %v2289, %v2290 = gpu.shuffle xor %v2288, %v871, %v686 : f32
                  %v2291 = arith.addf %v2288, %v2289 fastmath<contract> : f32
                  %v2292 = arith.divui %v29, %v31 : i64
                  %v2293 = arith.remui %v29, %v31 : i64
                  %v2294 = arith.cmpi ult, %v2293, %v38 : i64
                  %v2295 = arith.muli %v2292, %v1 : i64
                  %v2296 = arith.addi %v2295, %v39 : i64
                  %v2297 = arith.muli %v2296, %v880 : i64
                  %v2298 = arith.addi %v2297, %v404 : i64
                  scf.if %v2294 {
                    %v2299 = llvm.getelementptr %v64[%v2298] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2291, %v2299 : f32, !llvm.ptr
                  }
                  %v2300 = arith.select %v43, %v2171, %v79 : f32
                  // sum over the warp's outer points: shuffles
                  %v2301, %v2302 = gpu.shuffle xor %v2300, %v867, %v686 : f32
                  %v2303 = arith.addf %v2300, %v2301 fastmath<contract> : f32
                  %v2304, %v2305 = gpu.shuffle xor %v2303, %v871, %v686 : f32
                  %v2306 = arith.addf %v2303, %v2304 fastmath<contract> : f32
                  %v2307 = arith.divui %v29, %v31 : i64
                  %v2308 = arith.remui %v29, %v31 : i64
                  %v2309 = arith.cmpi ult, %v2308, %v38 : i64
                  %v2310 = arith.addi %v38, %v39 : i64
                  %v2311 = arith.muli %v2307, %v1 : i64
                  %v2312 = arith.addi %v2311, %v2310 : i64
                  %v2313 = arith.muli %v2312, %v880 : i64
                  %v2314 = arith.addi %v2313, %v404 : i64
                  scf.if %v2309 {
                    %v2315 = llvm.getelementptr %v64[%v2314] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2306, %v2315 : f32, !llvm.ptr
                  }
                  %v2316 = arith.select %v43, %v2192, %v79 : f32
                  // sum over the warp's outer points: shuffles
                  %v2317, %v2318 = gpu.shuffle xor %v2316, %v867, %v686 : f32
                  %v2319 = arith.addf %v2316, %v2317 fastmath<contract> : f32
                  %v2320, %v2321 = gpu.shuffle xor %v2319, %v871, %v686 : f32
                  %v2322 = arith.addf %v2319, %v2320 fastmath<contract> : f32
                  %v2323 = arith.divui %v29, %v31 : i64
                  %v2324 = arith.remui %v29, %v31 : i64
                  %v2325 = arith.cmpi ult, %v2324, %v38 : i64
                  %v2326 = arith.muli %v2323, %v1 : i64
                  %v2327 = arith.addi %v2326, %v39 : i64
                  %v2328 = arith.muli %v2327, %v880 : i64
                  %v2329 = arith.addi %v2328, %v404 : i64
                  scf.if %v2325 {
                    %v2330 = llvm.getelementptr %v66[%v2329] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2322, %v2330 : f32, !llvm.ptr
                  }
                  %v2331 = arith.select %v43, %v2198, %v79 : f32
                  // sum over the warp's outer points: shuffles
                  %v2332, %v2333 = gpu.shuffle xor %v2331, %v867, %v686 : f32
                  %v2334 = arith.addf %v2331, %v2332 fastmath<contract> : f32
                  %v2335, %v2336 = gpu.shuffle xor %v2334, %v871, %v686 : f32
                  %v2337 = arith.addf %v2334, %v2335 fastmath<contract> : f32
                  %v2338 = arith.divui %v29, %v31 : i64
                  %v2339 = arith.remui %v29, %v31 : i64
                  %v2340 = arith.cmpi ult, %v2339, %v38 : i64
                  %v2341 = arith.addi %v38, %v39 : i64
                  %v2342 = arith.muli %v2338, %v1 : i64
                  %v2343 = arith.addi %v2342, %v2341 : i64
                  %v2344 = arith.muli %v2343, %v880 : i64
                  %v2345 = arith.addi %v2344, %v404 : i64
                  scf.if %v2340 {
                    %v2346 = llvm.getelementptr %v66[%v2345] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2337, %v2346 : f32, !llvm.ptr
                  }
                  %v2347 = arith.select %v43, %v2248, %v79 : f32
                  // sum over the warp's outer points: shuffles
                  %v2348, %v2349 = gpu.shuffle xor %v2347, %v867, %v686 : f32
                  %v2350 = arith.addf %v2347, %v2348 fastmath<contract> : f32
                  %v2351, %v2352 = gpu.shuffle xor %v2350, %v871, %v686 : f32
                  %v2353 = arith.addf %v2350, %v2351 fastmath<contract> : f32
                  %v2354 = arith.divui %v29, %v31 : i64
                  %v2355 = arith.remui %v29, %v31 : i64
                  %v2356 = arith.cmpi ult, %v2355, %v2 : i64
                  %v2357 = arith.muli %v2354, %v880 : i64
                  %v2358 = arith.addi %v2357, %v404 : i64
                  scf.if %v2356 {
                    %v2359 = llvm.getelementptr %v68[%v2358] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2353, %v2359 : f32, !llvm.ptr
                  }
                  %v2360 = arith.select %v43, %v2284, %v79 : f32
                  // sum over the warp's outer points: shuffles
                  %v2361, %v2362 = gpu.shuffle xor %v2360, %v867, %v686 : f32
                  %v2363 = arith.addf %v2360, %v2361 fastmath<contract> : f32
                  %v2364, %v2365 = gpu.shuffle xor %v2363, %v871, %v686 : f32
                  %v2366 = arith.addf %v2363, %v2364 fastmath<contract> : f32
                  %v2367 = arith.divui %v29, %v31 : i64
                  %v2368 = arith.remui %v29, %v31 : i64
                  %v2369 = arith.cmpi ult, %v2368, %v2 : i64
                  %v2370 = arith.muli %v2367, %v880 : i64
                  %v2371 = arith.addi %v2370, %v404 : i64
                  scf.if %v2369 {
                    %v2372 = llvm.getelementptr %v70[%v2371] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2366, %v2372 : f32, !llvm.ptr
                  }
                  llvm.store %v2281, %v59 : f32, !llvm.ptr
                  llvm.store %v2281, %v60 : f32, !llvm.ptr
                  llvm.store %v2281, %v61 : f32, !llvm.ptr
                  llvm.store %v2281, %v62 : f32, !llvm.ptr
                }
                %v2373 = arith.addi %v402, %v89 : i64
                %v2374 = arith.cmpi slt, %v690, %v2076 : i32
                %v2375 = arith.cmpi eq, %v690, %v2081 : i32
                %v2376 = arith.addi %v404, %v2 : i64
                scf.if %v2374 {
                  %v2377 = arith.addi %v132, %v2373 : i64
                  %v2378 = arith.muli %v39, %v161 : i64
                  %v2379 = arith.subi %v2377, %v132 : i64
                  %v2380 = arith.addi %v2378, %v2379 : i64
                  %v2381 = llvm.getelementptr %v72[%v2380] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2382 = llvm.load %v2381 : !llvm.ptr -> f32
                  %v2383 = arith.muli %v53, %v353 : i64
                  %v2384 = arith.muli %v2377, %v352 : i64
                  %v2385 = arith.addi %v2383, %v2384 : i64
                  %v2386 = arith.muli %v51, %size_DV : i64
                  %v2387 = arith.addi %v2385, %v2386 : i64
                  %v2388 = arith.addi %v2387, %v49 : i64
                  %v2389 = llvm.getelementptr %dy_o[%v2388] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2390 = llvm.load %v2389 : !llvm.ptr -> f32
                  %v2391 = arith.mulf %v2382, %v2020 fastmath<contract> : f32
                  %v2392 = arith.constant 8 : i64
                  %v2393 = arith.addi %v2392, %v39 : i64
                  %v2394 = arith.muli %v2393, %v161 : i64
                  %v2395 = arith.subi %v2377, %v132 : i64
                  %v2396 = arith.addi %v2394, %v2395 : i64
                  %v2397 = llvm.getelementptr %v72[%v2396] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2398 = llvm.load %v2397 : !llvm.ptr -> f32
                  %v2399 = arith.mulf %v2398, %v2022 fastmath<contract> : f32
                  %v2400 = arith.addf %v2391, %v2399 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v2401, %v2402 = gpu.shuffle xor %v2400, %v685, %v686 : f32
                  %v2403 = arith.addf %v2400, %v2401 fastmath<contract> : f32
                  %v2404, %v2405 = gpu.shuffle xor %v2403, %v690, %v686 : f32
                  %v2406 = arith.addf %v2403, %v2404 fastmath<contract> : f32
                  %v2407, %v2408 = gpu.shuffle xor %v2406, %v694, %v686 : f32
                  %v2409 = arith.addf %v2406, %v2407 fastmath<contract> : f32
                  // end sum over the lanes
                  %v2410 = llvm.call_intrinsic "llvm.fabs.f32"(%v2409) : (f32) -> f32
                  %v2411 = arith.maximumf %v80, %v2410 : f32
                  %v2412 = arith.divf %v2390, %v2411 : f32
                  %v2413 = arith.mulf %v2382, %v2412 fastmath<contract> : f32
                  %v2414 = llvm.load %v55 : !llvm.ptr -> f32
                  %v2415 = llvm.load %v59 : !llvm.ptr -> f32
                  %v2416 = arith.mulf %v2415, %v2414 fastmath<contract> : f32
                  %v2417 = arith.addf %v2413, %v2416 fastmath<contract> : f32
                  llvm.store %v2417, %v55 : f32, !llvm.ptr
                  %v2418 = arith.mulf %v2398, %v2412 fastmath<contract> : f32
                  %v2419 = llvm.load %v56 : !llvm.ptr -> f32
                  %v2420 = llvm.load %v60 : !llvm.ptr -> f32
                  %v2421 = arith.mulf %v2420, %v2419 fastmath<contract> : f32
                  %v2422 = arith.addf %v2418, %v2421 fastmath<contract> : f32
                  llvm.store %v2422, %v56 : f32, !llvm.ptr
                  %v2423 = arith.mulf %v2382, %v2006 fastmath<contract> : f32
                  %v2424 = arith.mulf %v2398, %v2018 fastmath<contract> : f32
                  %v2425 = arith.addf %v2423, %v2424 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v2426, %v2427 = gpu.shuffle xor %v2425, %v685, %v686 : f32
                  %v2428 = arith.addf %v2425, %v2426 fastmath<contract> : f32
                  %v2429, %v2430 = gpu.shuffle xor %v2428, %v690, %v686 : f32
                  %v2431 = arith.addf %v2428, %v2429 fastmath<contract> : f32
                  %v2432, %v2433 = gpu.shuffle xor %v2431, %v694, %v686 : f32
                  %v2434 = arith.addf %v2431, %v2432 fastmath<contract> : f32
                  // end sum over the lanes
                  %v2435 = arith.divf %v2434, %v2411 : f32
                  %v2436 = arith.divf %v2435, %v2411 : f32
                  %v2437 = arith.mulf %v2390, %v2436 fastmath<contract> : f32
                  %v2438 = arith.negf %v2437 : f32
                  %v2439 = arith.cmpf oge, %v80, %v2410 : f32
                  %v2440 = arith.select %v2439, %v80, %v79 : f32
                  %v2441 = arith.subf %v80, %v2440 fastmath<contract> : f32
                  %v2442 = arith.mulf %v2438, %v2441 fastmath<contract> : f32
                  %v2443 = arith.cmpf olt, %v2409, %v79 : f32
                  %v2444 = arith.select %v2443, %v731, %v79 : f32
                  %v2445 = arith.cmpf ogt, %v2409, %v79 : f32
                  %v2446 = arith.select %v2445, %v80, %v2444 : f32
                  %v2447 = arith.mulf %v2442, %v2446 fastmath<contract> : f32
                  %v2448 = arith.mulf %v2382, %v2447 fastmath<contract> : f32
                  %v2449 = llvm.load %v57 : !llvm.ptr -> f32
                  %v2450 = llvm.load %v61 : !llvm.ptr -> f32
                  %v2451 = arith.mulf %v2450, %v2449 fastmath<contract> : f32
                  %v2452 = arith.addf %v2448, %v2451 fastmath<contract> : f32
                  llvm.store %v2452, %v57 : f32, !llvm.ptr
                  %v2453 = arith.mulf %v2398, %v2447 fastmath<contract> : f32
                  %v2454 = llvm.load %v58 : !llvm.ptr -> f32
                  %v2455 = llvm.load %v62 : !llvm.ptr -> f32
                  %v2456 = arith.mulf %v2455, %v2454 fastmath<contract> : f32
                  %v2457 = arith.addf %v2453, %v2456 fastmath<contract> : f32
                  llvm.store %v2457, %v58 : f32, !llvm.ptr
                  %v2458 = arith.mulf %v2020, %v2447 fastmath<contract> : f32
                  %v2459 = arith.mulf %v2006, %v2412 fastmath<contract> : f32
                  %v2460 = arith.addf %v2458, %v2459 fastmath<contract> : f32
                  %v2461 = arith.mulf %v2022, %v2447 fastmath<contract> : f32
                  %v2462 = arith.mulf %v2018, %v2412 fastmath<contract> : f32
                  %v2463 = arith.addf %v2461, %v2462 fastmath<contract> : f32
                  %v2464 = arith.subi %v2377, %v132 : i64
                  %v2465 = llvm.getelementptr %v76[%v2464] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2466 = llvm.load %v2465 : !llvm.ptr -> f32
                  %v2467 = arith.mulf %v2466, %v333 fastmath<contract> : f32
                  %v2468 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2467) : (f32) -> f32
                  %v2469 = llvm.load %v57 : !llvm.ptr -> f32
                  %v2470 = arith.muli %v53, %v353 : i64
                  %v2471 = arith.muli %v2377, %v352 : i64
                  %v2472 = arith.addi %v2470, %v2471 : i64
                  %v2473 = arith.muli %v51, %size_DV : i64
                  %v2474 = arith.addi %v2472, %v2473 : i64
                  %v2475 = arith.addi %v2474, %v49 : i64
                  %v2476 = llvm.getelementptr %in_v[%v2475] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2477 = llvm.load %v2476 : !llvm.ptr -> f32
                  %v2478 = llvm.load %v55 : !llvm.ptr -> f32
                  %v2479 = arith.mulf %v2477, %v2478 fastmath<contract> : f32
                  %v2480 = arith.addf %v2469, %v2479 fastmath<contract> : f32
                  %v2481 = arith.mulf %v2468, %v2480 fastmath<contract> : f32
                  %v2483 = llvm.call_intrinsic "llvm.sqrt.f32"(%v2482) : (f32) -> f32
                  %v2484 = arith.divf %v2481, %v2483 : f32
                  %v2485 = llvm.load %v58 : !llvm.ptr -> f32
                  %v2486 = llvm.load %v56 : !llvm.ptr -> f32
                  %v2487 = arith.mulf %v2477, %v2486 fastmath<contract> : f32
                  %v2488 = arith.addf %v2485, %v2487 fastmath<contract> : f32
                  %v2489 = arith.mulf %v2468, %v2488 fastmath<contract> : f32
                  %v2490 = arith.divf %v2489, %v2483 : f32
                  %v2491 = arith.muli %v39, %v161 : i64
                  %v2492 = arith.subi %v2377, %v132 : i64
                  %v2493 = arith.addi %v2491, %v2492 : i64
                  %v2494 = llvm.getelementptr %v74[%v2493] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2495 = llvm.load %v2494 : !llvm.ptr -> f32
                  %v2496 = arith.divf %v2495, %v2483 : f32
                  %v2497 = arith.mulf %v2468, %v2496 fastmath<contract> : f32
                  %v2498 = arith.mulf %v2497, %v2478 fastmath<contract> : f32
                  %v2499 = arith.constant 8 : i64
                  %v2500 = arith.addi %v2499, %v39 : i64
                  %v2501 = arith.muli %v2500, %v161 : i64
                  %v2502 = arith.subi %v2377, %v132 : i64
                  %v2503 = arith.addi %v2501, %v2502 : i64
                  %v2504 = llvm.getelementptr %v74[%v2503] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2505 = llvm.load %v2504 : !llvm.ptr -> f32
                  %v2506 = arith.divf %v2505, %v2483 : f32
                  %v2507 = arith.mulf %v2468, %v2506 fastmath<contract> : f32
                  %v2508 = arith.mulf %v2507, %v2486 fastmath<contract> : f32
                  %v2509 = arith.addf %v2498, %v2508 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v2510, %v2511 = gpu.shuffle xor %v2509, %v685, %v686 : f32
                  %v2512 = arith.addf %v2509, %v2510 fastmath<contract> : f32
                  %v2513, %v2514 = gpu.shuffle xor %v2512, %v690, %v686 : f32
                  %v2515 = arith.addf %v2512, %v2513 fastmath<contract> : f32
                  %v2516, %v2517 = gpu.shuffle xor %v2515, %v694, %v686 : f32
                  %v2518 = arith.addf %v2515, %v2516 fastmath<contract> : f32
                  // end sum over the lanes
                  %v2519 = arith.cmpi eq, %v39, %v11 : i64
                  %v2520 = arith.andi %v43, %v2519 : i1
                  scf.if %v2520 {
                    %v2521 = arith.muli %v53, %v353 : i64
                    %v2522 = arith.muli %v2377, %v352 : i64
                    %v2523 = arith.addi %v2521, %v2522 : i64
                    %v2524 = arith.muli %v51, %size_DV : i64
                    %v2525 = arith.addi %v2523, %v2524 : i64
                    %v2526 = arith.addi %v2525, %v49 : i64
                    %v2527 = llvm.getelementptr %dx_v[%v2526] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2518, %v2527 : f32, !llvm.ptr
                  }
                  %v2528 = arith.mulf %v2496, %v2480 fastmath<contract> : f32
                  %v2529 = arith.mulf %v2506, %v2488 fastmath<contract> : f32
                  %v2530 = arith.addf %v2528, %v2529 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v2531, %v2532 = gpu.shuffle xor %v2530, %v685, %v686 : f32
                  %v2533 = arith.addf %v2530, %v2531 fastmath<contract> : f32
                  %v2534, %v2535 = gpu.shuffle xor %v2533, %v690, %v686 : f32
                  %v2536 = arith.addf %v2533, %v2534 fastmath<contract> : f32
                  %v2537, %v2538 = gpu.shuffle xor %v2536, %v694, %v686 : f32
                  %v2539 = arith.addf %v2536, %v2537 fastmath<contract> : f32
                  // end sum over the lanes
                  %v2540 = arith.mulf %v2468, %v2539 fastmath<contract> : f32
                  %v2541 = arith.mulf %v1954, %v2478 fastmath<contract> : f32
                  %v2542 = arith.mulf %v1966, %v2486 fastmath<contract> : f32
                  %v2543 = arith.addf %v2541, %v2542 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v2544, %v2545 = gpu.shuffle xor %v2543, %v685, %v686 : f32
                  %v2546 = arith.addf %v2543, %v2544 fastmath<contract> : f32
                  %v2547, %v2548 = gpu.shuffle xor %v2546, %v690, %v686 : f32
                  %v2549 = arith.addf %v2546, %v2547 fastmath<contract> : f32
                  %v2550, %v2551 = gpu.shuffle xor %v2549, %v694, %v686 : f32
                  %v2552 = arith.addf %v2549, %v2550 fastmath<contract> : f32
                  // end sum over the lanes
                  %v2553 = arith.mulf %v1968, %v2469 fastmath<contract> : f32
                  %v2554 = arith.mulf %v1970, %v2485 fastmath<contract> : f32
                  %v2555 = arith.addf %v2553, %v2554 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v2556, %v2557 = gpu.shuffle xor %v2555, %v685, %v686 : f32
                  %v2558 = arith.addf %v2555, %v2556 fastmath<contract> : f32
                  %v2559, %v2560 = gpu.shuffle xor %v2558, %v690, %v686 : f32
                  %v2561 = arith.addf %v2558, %v2559 fastmath<contract> : f32
                  %v2562, %v2563 = gpu.shuffle xor %v2561, %v694, %v686 : f32
                  %v2564 = arith.addf %v2561, %v2562 fastmath<contract> : f32
                  // end sum over the lanes
                  %v2565 = arith.addf %v2552, %v2564 fastmath<contract> : f32
                  %v2566 = arith.subi %v2377, %v132 : i64
                  %v2567 = llvm.getelementptr %v78[%v2566] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2568 = llvm.load %v2567 : !llvm.ptr -> f32
                  %v2569 = arith.negf %v2568 : f32
                  %v2570 = arith.mulf %v2569, %v333 fastmath<contract> : f32
                  %v2571 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2570) : (f32) -> f32
                  %v2572 = arith.addf %v80, %v2571 fastmath<contract> : f32
                  %v2573 = arith.divf %v80, %v2572 : f32
                  %v2574 = arith.subf %v80, %v2573 fastmath<contract> : f32
                  %v2575 = arith.mulf %v2573, %v2574 fastmath<contract> : f32
                  %v2576 = arith.mulf %v2565, %v2575 fastmath<contract> : f32
                  %v2577 = arith.select %v43, %v2460, %v79 : f32
                  // sum over the warp's outer points: shuffles
                  %v2578, %v2579 = gpu.shuffle xor %v2577, %v867, %v686 : f32
                  %v2580 = arith.addf %v2577, %v2578 fastmath<contract> : f32
                  %v2581, %v2582 = gpu.shuffle xor %v2580, %v871, %v686 : f32
                  %v2583 = arith.addf %v2580, %v2581 fastmath<contract> : f32
                  %v2584 = arith.divui %v29, %v31 : i64
                  %v2585 = arith.remui %v29, %v31 : i64
                  %v2586 = arith.cmpi ult, %v2585, %v38 : i64
                  %v2587 = arith.muli %v2584, %v1 : i64
                  %v2588 = arith.addi %v2587, %v39 : i64
                  %v2589 = arith.muli %v2588, %v880 : i64
                  %v2590 = arith.addi %v2589, %v2376 : i64
                  scf.if %v2586 {
                    %v2591 = llvm.getelementptr %v64[%v2590] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2583, %v2591 : f32, !llvm.ptr
                  }
                  %v2592 = arith.select %v43, %v2463, %v79 : f32
                  // sum over the warp's outer points: shuffles
                  %v2593, %v2594 = gpu.shuffle xor %v2592, %v867, %v686 : f32
                  %v2595 = arith.addf %v2592, %v2593 fastmath<contract> : f32
                  %v2596, %v2597 = gpu.shuffle xor %v2595, %v871, %v686 : f32
                  %v2598 = arith.addf %v2595, %v2596 fastmath<contract> : f32
                  %v2599 = arith.divui %v29, %v31 : i64
                  %v2600 = arith.remui %v29, %v31 : i64
                  %v2601 = arith.cmpi ult, %v2600, %v38 : i64
                  %v2602 = arith.addi %v38, %v39 : i64
                  %v2603 = arith.muli %v2599, %v1 : i64
                  %v2604 = arith.addi %v2603, %v2602 : i64
                  %v2605 = arith.muli %v2604, %v880 : i64
                  %v2606 = arith.addi %v2605, %v2376 : i64
                  scf.if %v2601 {
                    %v2607 = llvm.getelementptr %v64[%v2606] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2598, %v2607 : f32, !llvm.ptr
                  }
                  %v2608 = arith.select %v43, %v2484, %v79 : f32
                  // sum over the warp's outer points: shuffles
                  %v2609, %v2610 = gpu.shuffle xor %v2608, %v867, %v686 : f32
                  %v2611 = arith.addf %v2608, %v2609 fastmath<contract> : f32
                  %v2612, %v2613 = gpu.shuffle xor %v2611, %v871, %v686 : f32
                  %v2614 = arith.addf %v2611, %v2612 fastmath<contract> : f32
                  %v2615 = arith.divui %v29, %v31 : i64
                  %v2616 = arith.remui %v29, %v31 : i64
                  %v2617 = arith.cmpi ult, %v2616, %v38 : i64
                  %v2618 = arith.muli %v2615, %v1 : i64
                  %v2619 = arith.addi %v2618, %v39 : i64
                  %v2620 = arith.muli %v2619, %v880 : i64
                  %v2621 = arith.addi %v2620, %v2376 : i64
                  scf.if %v2617 {
                    %v2622 = llvm.getelementptr %v66[%v2621] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2614, %v2622 : f32, !llvm.ptr
                  }
                  %v2623 = arith.select %v43, %v2490, %v79 : f32
                  // sum over the warp's outer points: shuffles
                  %v2624, %v2625 = gpu.shuffle xor %v2623, %v867, %v686 : f32
                  %v2626 = arith.addf %v2623, %v2624 fastmath<contract> : f32
                  %v2627, %v2628 = gpu.shuffle xor %v2626, %v871, %v686 : f32
                  %v2629 = arith.addf %v2626, %v2627 fastmath<contract> : f32
                  %v2630 = arith.divui %v29, %v31 : i64
                  %v2631 = arith.remui %v29, %v31 : i64
                  %v2632 = arith.cmpi ult, %v2631, %v38 : i64
                  %v2633 = arith.addi %v38, %v39 : i64
                  %v2634 = arith.muli %v2630, %v1 : i64
                  %v2635 = arith.addi %v2634, %v2633 : i64
                  %v2636 = arith.muli %v2635, %v880 : i64
                  %v2637 = arith.addi %v2636, %v2376 : i64
                  scf.if %v2632 {
                    %v2638 = llvm.getelementptr %v66[%v2637] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2629, %v2638 : f32, !llvm.ptr
                  }
                  %v2639 = arith.select %v43, %v2540, %v79 : f32
                  // sum over the warp's outer points: shuffles
                  %v2640, %v2641 = gpu.shuffle xor %v2639, %v867, %v686 : f32
                  %v2642 = arith.addf %v2639, %v2640 fastmath<contract> : f32
                  %v2643, %v2644 = gpu.shuffle xor %v2642, %v871, %v686 : f32
                  %v2645 = arith.addf %v2642, %v2643 fastmath<contract> : f32
                  %v2646 = arith.divui %v29, %v31 : i64
                  %v2647 = arith.remui %v29, %v31 : i64
                  %v2648 = arith.cmpi ult, %v2647, %v2 : i64
                  %v2649 = arith.muli %v2646, %v880 : i64
                  %v2650 = arith.addi %v2649, %v2376 : i64
                  scf.if %v2648 {
                    %v2651 = llvm.getelementptr %v68[%v2650] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2645, %v2651 : f32, !llvm.ptr
                  }
                  %v2652 = arith.select %v43, %v2576, %v79 : f32
                  // sum over the warp's outer points: shuffles
                  %v2653, %v2654 = gpu.shuffle xor %v2652, %v867, %v686 : f32
                  %v2655 = arith.addf %v2652, %v2653 fastmath<contract> : f32
                  %v2656, %v2657 = gpu.shuffle xor %v2655, %v871, %v686 : f32
                  %v2658 = arith.addf %v2655, %v2656 fastmath<contract> : f32
                  %v2659 = arith.divui %v29, %v31 : i64
                  %v2660 = arith.remui %v29, %v31 : i64
                  %v2661 = arith.cmpi ult, %v2660, %v2 : i64
                  %v2662 = arith.muli %v2659, %v880 : i64
                  %v2663 = arith.addi %v2662, %v2376 : i64
                  scf.if %v2661 {
                    %v2664 = llvm.getelementptr %v70[%v2663] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2658, %v2664 : f32, !llvm.ptr
                  }
                  llvm.store %v2573, %v59 : f32, !llvm.ptr
                  llvm.store %v2573, %v60 : f32, !llvm.ptr
                  llvm.store %v2573, %v61 : f32, !llvm.ptr
                  llvm.store %v2573, %v62 : f32, !llvm.ptr
                }
                %v2665 = arith.addi %v402, %v2 : i64
                %v2666 = arith.cmpi slt, %v685, %v2076 : i32
                %v2667 = arith.cmpi eq, %v685, %v2081 : i32
                %v2668 = arith.addi %v404, %v89 : i64
                scf.if %v2666 {
                  %v2669 = arith.addi %v132, %v2665 : i64
                  %v2670 = arith.muli %v39, %v161 : i64
                  %v2671 = arith.subi %v2669, %v132 : i64
                  %v2672 = arith.addi %v2670, %v2671 : i64
                  %v2673 = llvm.getelementptr %v72[%v2672] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2674 = llvm.load %v2673 : !llvm.ptr -> f32
                  %v2675 = arith.muli %v53, %v353 : i64
                  %v2676 = arith.muli %v2669, %v352 : i64
                  %v2677 = arith.addi %v2675, %v2676 : i64
                  %v2678 = arith.muli %v51, %size_DV : i64
                  %v2679 = arith.addi %v2677, %v2678 : i64
                  %v2680 = arith.addi %v2679, %v49 : i64
                  %v2681 = llvm.getelementptr %dy_o[%v2680] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2682 = llvm.load %v2681 : !llvm.ptr -> f32
                  %v2683 = arith.mulf %v2674, %v1968 fastmath<contract> : f32
                  %v2684 = arith.constant 8 : i64
                  %v2685 = arith.addi %v2684, %v39 : i64
                  %v2686 = arith.muli %v2685, %v161 : i64
                  %v2687 = arith.subi %v2669, %v132 : i64
                  %v2688 = arith.addi %v2686, %v2687 : i64
                  %v2689 = llvm.getelementptr %v72[%v2688] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2690 = llvm.load %v2689 : !llvm.ptr -> f32
                  %v2691 = arith.mulf %v2690, %v1970 fastmath<contract> : f32
                  %v2692 = arith.addf %v2683, %v2691 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v2693, %v2694 = gpu.shuffle xor %v2692, %v685, %v686 : f32
                  %v2695 = arith.addf %v2692, %v2693 fastmath<contract> : f32
                  %v2696, %v2697 = gpu.shuffle xor %v2695, %v690, %v686 : f32
                  %v2698 = arith.addf %v2695, %v2696 fastmath<contract> : f32
                  %v2699, %v2700 = gpu.shuffle xor %v2698, %v694, %v686 : f32
                  %v2701 = arith.addf %v2698, %v2699 fastmath<contract> : f32
                  // end sum over the lanes
                  %v2702 = llvm.call_intrinsic "llvm.fabs.f32"(%v2701) : (f32) -> f32
                  %v2703 = arith.maximumf %v80, %v2702 : f32
                  %v2704 = arith.divf %v2682, %v2703 : f32
                  %v2705 = arith.mulf %v2674, %v2704 fastmath<contract> : f32
                  %v2706 = llvm.load %v55 : !llvm.ptr -> f32
                  %v2707 = llvm.load %v59 : !llvm.ptr -> f32
                  %v2708 = arith.mulf %v2707, %v2706 fastmath<contract> : f32
                  %v2709 = arith.addf %v2705, %v2708 fastmath<contract> : f32
                  llvm.store %v2709, %v55 : f32, !llvm.ptr
                  %v2710 = arith.mulf %v2690, %v2704 fastmath<contract> : f32
                  %v2711 = llvm.load %v56 : !llvm.ptr -> f32
                  %v2712 = llvm.load %v60 : !llvm.ptr -> f32
                  %v2713 = arith.mulf %v2712, %v2711 fastmath<contract> : f32
                  %v2714 = arith.addf %v2710, %v2713 fastmath<contract> : f32
                  llvm.store %v2714, %v56 : f32, !llvm.ptr
                  %v2715 = arith.mulf %v2674, %v1954 fastmath<contract> : f32
                  %v2716 = arith.mulf %v2690, %v1966 fastmath<contract> : f32
                  %v2717 = arith.addf %v2715, %v2716 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v2718, %v2719 = gpu.shuffle xor %v2717, %v685, %v686 : f32
                  %v2720 = arith.addf %v2717, %v2718 fastmath<contract> : f32
                  %v2721, %v2722 = gpu.shuffle xor %v2720, %v690, %v686 : f32
                  %v2723 = arith.addf %v2720, %v2721 fastmath<contract> : f32
                  %v2724, %v2725 = gpu.shuffle xor %v2723, %v694, %v686 : f32
                  %v2726 = arith.addf %v2723, %v2724 fastmath<contract> : f32
                  // end sum over the lanes
                  %v2727 = arith.divf %v2726, %v2703 : f32
                  %v2728 = arith.divf %v2727, %v2703 : f32
                  %v2729 = arith.mulf %v2682, %v2728 fastmath<contract> : f32
                  %v2730 = arith.negf %v2729 : f32
                  %v2731 = arith.cmpf oge, %v80, %v2702 : f32
                  %v2732 = arith.select %v2731, %v80, %v79 : f32
                  %v2733 = arith.subf %v80, %v2732 fastmath<contract> : f32
                  %v2734 = arith.mulf %v2730, %v2733 fastmath<contract> : f32
                  %v2735 = arith.cmpf olt, %v2701, %v79 : f32
                  %v2736 = arith.select %v2735, %v731, %v79 : f32
                  %v2737 = arith.cmpf ogt, %v2701, %v79 : f32
                  %v2738 = arith.select %v2737, %v80, %v2736 : f32
                  %v2739 = arith.mulf %v2734, %v2738 fastmath<contract> : f32
                  %v2740 = arith.mulf %v2674, %v2739 fastmath<contract> : f32
                  %v2741 = llvm.load %v57 : !llvm.ptr -> f32
                  %v2742 = llvm.load %v61 : !llvm.ptr -> f32
                  %v2743 = arith.mulf %v2742, %v2741 fastmath<contract> : f32
                  %v2744 = arith.addf %v2740, %v2743 fastmath<contract> : f32
                  llvm.store %v2744, %v57 : f32, !llvm.ptr
                  %v2745 = arith.mulf %v2690, %v2739 fastmath<contract> : f32
                  %v2746 = llvm.load %v58 : !llvm.ptr -> f32
                  %v2747 = llvm.load %v62 : !llvm.ptr -> f32
                  %v2748 = arith.mulf %v2747, %v2746 fastmath<contract> : f32
                  %v2749 = arith.addf %v2745, %v2748 fastmath<contract> : f32
                  llvm.store %v2749, %v58 : f32, !llvm.ptr
                  %v2750 = arith.mulf %v1968, %v2739 fastmath<contract> : f32
                  %v2751 = arith.mulf %v1954, %v2704 fastmath<contract> : f32
                  %v2752 = arith.addf %v2750, %v2751 fastmath<contract> : f32
                  %v2753 = arith.mulf %v1970, %v2739 fastmath<contract> : f32
                  %v2754 = arith.mulf %v1966, %v2704 fastmath<contract> : f32
                  %v2755 = arith.addf %v2753, %v2754 fastmath<contract> : f32
                  %v2756 = arith.subi %v2669, %v132 : i64
                  %v2757 = llvm.getelementptr %v76[%v2756] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2758 = llvm.load %v2757 : !llvm.ptr -> f32
                  %v2759 = arith.mulf %v2758, %v333 fastmath<contract> : f32
                  %v2760 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2759) : (f32) -> f32
                  %v2761 = llvm.load %v57 : !llvm.ptr -> f32
                  %v2762 = arith.muli %v53, %v353 : i64
                  %v2763 = arith.muli %v2669, %v352 : i64
                  %v2764 = arith.addi %v2762, %v2763 : i64
                  %v2765 = arith.muli %v51, %size_DV : i64
                  %v2766 = arith.addi %v2764, %v2765 : i64
                  %v2767 = arith.addi %v2766, %v49 : i64
                  %v2768 = llvm.getelementptr %in_v[%v2767] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2769 = llvm.load %v2768 : !llvm.ptr -> f32
                  %v2770 = llvm.load %v55 : !llvm.ptr -> f32
                  %v2771 = arith.mulf %v2769, %v2770 fastmath<contract> : f32
                  %v2772 = arith.addf %v2761, %v2771 fastmath<contract> : f32
                  %v2773 = arith.mulf %v2760, %v2772 fastmath<contract> : f32
                  %v2775 = llvm.call_intrinsic "llvm.sqrt.f32"(%v2774) : (f32) -> f32
                  %v2776 = arith.divf %v2773, %v2775 : f32
                  %v2777 = llvm.load %v58 : !llvm.ptr -> f32
                  %v2778 = llvm.load %v56 : !llvm.ptr -> f32
                  %v2779 = arith.mulf %v2769, %v2778 fastmath<contract> : f32
                  %v2780 = arith.addf %v2777, %v2779 fastmath<contract> : f32
                  %v2781 = arith.mulf %v2760, %v2780 fastmath<contract> : f32
                  %v2782 = arith.divf %v2781, %v2775 : f32
                  %v2783 = arith.muli %v39, %v161 : i64
                  %v2784 = arith.subi %v2669, %v132 : i64
                  %v2785 = arith.addi %v2783, %v2784 : i64
                  %v2786 = llvm.getelementptr %v74[%v2785] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2787 = llvm.load %v2786 : !llvm.ptr -> f32
                  %v2788 = arith.divf %v2787, %v2775 : f32
                  %v2789 = arith.mulf %v2760, %v2788 fastmath<contract> : f32
                  %v2790 = arith.mulf %v2789, %v2770 fastmath<contract> : f32
                  %v2791 = arith.constant 8 : i64
                  %v2792 = arith.addi %v2791, %v39 : i64
                  %v2793 = arith.muli %v2792, %v161 : i64
                  %v2794 = arith.subi %v2669, %v132 : i64
                  %v2795 = arith.addi %v2793, %v2794 : i64
                  %v2796 = llvm.getelementptr %v74[%v2795] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2797 = llvm.load %v2796 : !llvm.ptr -> f32
                  %v2798 = arith.divf %v2797, %v2775 : f32
                  %v2799 = arith.mulf %v2760, %v2798 fastmath<contract> : f32
                  %v2800 = arith.mulf %v2799, %v2778 fastmath<contract> : f32
                  %v2801 = arith.addf %v2790, %v2800 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v2802, %v2803 = gpu.shuffle xor %v2801, %v685, %v686 : f32
                  %v2804 = arith.addf %v2801, %v2802 fastmath<contract> : f32
                  %v2805, %v2806 = gpu.shuffle xor %v2804, %v690, %v686 : f32
                  %v2807 = arith.addf %v2804, %v2805 fastmath<contract> : f32
                  %v2808, %v2809 = gpu.shuffle xor %v2807, %v694, %v686 : f32
                  %v2810 = arith.addf %v2807, %v2808 fastmath<contract> : f32
                  // end sum over the lanes
                  %v2811 = arith.cmpi eq, %v39, %v11 : i64
                  %v2812 = arith.andi %v43, %v2811 : i1
                  scf.if %v2812 {
                    %v2813 = arith.muli %v53, %v353 : i64
                    %v2814 = arith.muli %v2669, %v352 : i64
                    %v2815 = arith.addi %v2813, %v2814 : i64
                    %v2816 = arith.muli %v51, %size_DV : i64
                    %v2817 = arith.addi %v2815, %v2816 : i64
                    %v2818 = arith.addi %v2817, %v49 : i64
                    %v2819 = llvm.getelementptr %dx_v[%v2818] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2810, %v2819 : f32, !llvm.ptr
                  }
                  %v2820 = arith.mulf %v2788, %v2772 fastmath<contract> : f32
                  %v2821 = arith.mulf %v2798, %v2780 fastmath<contract> : f32
                  %v2822 = arith.addf %v2820, %v2821 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v2823, %v2824 = gpu.shuffle xor %v2822, %v685, %v686 : f32
                  %v2825 = arith.addf %v2822, %v2823 fastmath<contract> : f32
                  %v2826, %v2827 = gpu.shuffle xor %v2825, %v690, %v686 : f32
                  %v2828 = arith.addf %v2825, %v2826 fastmath<contract> : f32
                  %v2829, %v2830 = gpu.shuffle xor %v2828, %v694, %v686 : f32
                  %v2831 = arith.addf %v2828, %v2829 fastmath<contract> : f32
                  // end sum over the lanes
                  %v2832 = arith.mulf %v2760, %v2831 fastmath<contract> : f32
                  %v2833 = arith.mulf %v1902, %v2770 fastmath<contract> : f32
                  %v2834 = arith.mulf %v1914, %v2778 fastmath<contract> : f32
                  %v2835 = arith.addf %v2833, %v2834 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v2836, %v2837 = gpu.shuffle xor %v2835, %v685, %v686 : f32
                  %v2838 = arith.addf %v2835, %v2836 fastmath<contract> : f32
                  %v2839, %v2840 = gpu.shuffle xor %v2838, %v690, %v686 : f32
                  %v2841 = arith.addf %v2838, %v2839 fastmath<contract> : f32
                  %v2842, %v2843 = gpu.shuffle xor %v2841, %v694, %v686 : f32
                  %v2844 = arith.addf %v2841, %v2842 fastmath<contract> : f32
                  // end sum over the lanes
                  %v2845 = arith.mulf %v1916, %v2761 fastmath<contract> : f32
                  %v2846 = arith.mulf %v1918, %v2777 fastmath<contract> : f32
                  %v2847 = arith.addf %v2845, %v2846 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v2848, %v2849 = gpu.shuffle xor %v2847, %v685, %v686 : f32
                  %v2850 = arith.addf %v2847, %v2848 fastmath<contract> : f32
                  %v2851, %v2852 = gpu.shuffle xor %v2850, %v690, %v686 : f32
                  %v2853 = arith.addf %v2850, %v2851 fastmath<contract> : f32
                  %v2854, %v2855 = gpu.shuffle xor %v2853, %v694, %v686 : f32
                  %v2856 = arith.addf %v2853, %v2854 fastmath<contract> : f32
                  // end sum over the lanes
                  %v2857 = arith.addf %v2844, %v2856 fastmath<contract> : f32
                  %v2858 = arith.subi %v2669, %v132 : i64
                  %v2859 = llvm.getelementptr %v78[%v2858] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2860 = llvm.load %v2859 : !llvm.ptr -> f32
                  %v2861 = arith.negf %v2860 : f32
                  %v2862 = arith.mulf %v2861, %v333 fastmath<contract> : f32
                  %v2863 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2862) : (f32) -> f32
                  %v2864 = arith.addf %v80, %v2863 fastmath<contract> : f32
                  %v2865 = arith.divf %v80, %v2864 : f32
                  %v2866 = arith.subf %v80, %v2865 fastmath<contract> : f32
                  %v2867 = arith.mulf %v2865, %v2866 fastmath<contract> : f32
                  %v2868 = arith.mulf %v2857, %v2867 fastmath<contract> : f32
                  %v2869 = arith.select %v43, %v2752, %v79 : f32
                  // sum over the warp's outer points: shuffles
                  %v2870, %v2871 = gpu.shuffle xor %v2869, %v867, %v686 : f32
                  %v2872 = arith.addf %v2869, %v2870 fastmath<contract> : f32
                  %v2873, %v2874 = gpu.shuffle xor %v2872, %v871, %v686 : f32
                  %v2875 = arith.addf %v2872, %v2873 fastmath<contract> : f32
                  %v2876 = arith.divui %v29, %v31 : i64
                  %v2877 = arith.remui %v29, %v31 : i64
                  %v2878 = arith.cmpi ult, %v2877, %v38 : i64
                  %v2879 = arith.muli %v2876, %v1 : i64
                  %v2880 = arith.addi %v2879, %v39 : i64
                  %v2881 = arith.muli %v2880, %v880 : i64
                  %v2882 = arith.addi %v2881, %v2668 : i64
                  scf.if %v2878 {
                    %v2883 = llvm.getelementptr %v64[%v2882] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2875, %v2883 : f32, !llvm.ptr
                  }
                  %v2884 = arith.select %v43, %v2755, %v79 : f32
                  // sum over the warp's outer points: shuffles
                  %v2885, %v2886 = gpu.shuffle xor %v2884, %v867, %v686 : f32
                  %v2887 = arith.addf %v2884, %v2885 fastmath<contract> : f32
                  %v2888, %v2889 = gpu.shuffle xor %v2887, %v871, %v686 : f32
                  %v2890 = arith.addf %v2887, %v2888 fastmath<contract> : f32
                  %v2891 = arith.divui %v29, %v31 : i64
                  %v2892 = arith.remui %v29, %v31 : i64
                  %v2893 = arith.cmpi ult, %v2892, %v38 : i64
                  %v2894 = arith.addi %v38, %v39 : i64
                  %v2895 = arith.muli %v2891, %v1 : i64
                  %v2896 = arith.addi %v2895, %v2894 : i64
                  %v2897 = arith.muli %v2896, %v880 : i64
                  %v2898 = arith.addi %v2897, %v2668 : i64
                  scf.if %v2893 {
                    %v2899 = llvm.getelementptr %v64[%v2898] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2890, %v2899 : f32, !llvm.ptr
                  }
                  %v2900 = arith.select %v43, %v2776, %v79 : f32
                  // sum over the warp's outer points: shuffles
                  %v2901, %v2902 = gpu.shuffle xor %v2900, %v867, %v686 : f32
                  %v2903 = arith.addf %v2900, %v2901 fastmath<contract> : f32
                  %v2904, %v2905 = gpu.shuffle xor %v2903, %v871, %v686 : f32
                  %v2906 = arith.addf %v2903, %v2904 fastmath<contract> : f32
                  %v2907 = arith.divui %v29, %v31 : i64
                  %v2908 = arith.remui %v29, %v31 : i64
                  %v2909 = arith.cmpi ult, %v2908, %v38 : i64
                  %v2910 = arith.muli %v2907, %v1 : i64
                  %v2911 = arith.addi %v2910, %v39 : i64
                  %v2912 = arith.muli %v2911, %v880 : i64
                  %v2913 = arith.addi %v2912, %v2668 : i64
                  scf.if %v2909 {
                    %v2914 = llvm.getelementptr %v66[%v2913] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2906, %v2914 : f32, !llvm.ptr
                  }
                  %v2915 = arith.select %v43, %v2782, %v79 : f32
                  // sum over the warp's outer points: shuffles
                  %v2916, %v2917 = gpu.shuffle xor %v2915, %v867, %v686 : f32
                  %v2918 = arith.addf %v2915, %v2916 fastmath<contract> : f32
                  %v2919, %v2920 = gpu.shuffle xor %v2918, %v871, %v686 : f32
                  %v2921 = arith.addf %v2918, %v2919 fastmath<contract> : f32
                  %v2922 = arith.divui %v29, %v31 : i64
                  %v2923 = arith.remui %v29, %v31 : i64
                  %v2924 = arith.cmpi ult, %v2923, %v38 : i64
                  %v2925 = arith.addi %v38, %v39 : i64
                  %v2926 = arith.muli %v2922, %v1 : i64
                  %v2927 = arith.addi %v2926, %v2925 : i64
                  %v2928 = arith.muli %v2927, %v880 : i64
                  %v2929 = arith.addi %v2928, %v2668 : i64
                  scf.if %v2924 {
                    %v2930 = llvm.getelementptr %v66[%v2929] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2921, %v2930 : f32, !llvm.ptr
                  }
                  %v2931 = arith.select %v43, %v2832, %v79 : f32
                  // sum over the warp's outer points: shuffles
                  %v2932, %v2933 = gpu.shuffle xor %v2931, %v867, %v686 : f32
                  %v2934 = arith.addf %v2931, %v2932 fastmath<contract> : f32
                  %v2935, %v2936 = gpu.shuffle xor %v2934, %v871, %v686 : f32
                  %v2937 = arith.addf %v2934, %v2935 fastmath<contract> : f32
                  %v2938 = arith.divui %v29, %v31 : i64
                  %v2939 = arith.remui %v29, %v31 : i64
                  %v2940 = arith.cmpi ult, %v2939, %v2 : i64
                  %v2941 = arith.muli %v2938, %v880 : i64
                  %v2942 = arith.addi %v2941, %v2668 : i64
                  scf.if %v2940 {
                    %v2943 = llvm.getelementptr %v68[%v2942] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2937, %v2943 : f32, !llvm.ptr
                  }
                  %v2944 = arith.select %v43, %v2868, %v79 : f32
                  // sum over the warp's outer points: shuffles
                  %v2945, %v2946 = gpu.shuffle xor %v2944, %v867, %v686 : f32
                  %v2947 = arith.addf %v2944, %v2945 fastmath<contract> : f32
                  %v2948, %v2949 = gpu.shuffle xor %v2947, %v871, %v686 : f32
                  %v2950 = arith.addf %v2947, %v2948 fastmath<contract> : f32
                  %v2951 = arith.divui %v29, %v31 : i64
                  %v2952 = arith.remui %v29, %v31 : i64
                  %v2953 = arith.cmpi ult, %v2952, %v2 : i64
                  %v2954 = arith.muli %v2951, %v880 : i64
                  %v2955 = arith.addi %v2954, %v2668 : i64
                  scf.if %v2953 {
                    %v2956 = llvm.getelementptr %v70[%v2955] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2950, %v2956 : f32, !llvm.ptr
                  }
                  llvm.store %v2865, %v59 : f32, !llvm.ptr
                  llvm.store %v2865, %v60 : f32, !llvm.ptr
                  llvm.store %v2865, %v61 : f32, !llvm.ptr
                  llvm.store %v2865, %v62 : f32, !llvm.ptr
                }
                %v2957 = arith.cmpi slt, %v1541, %v2076 : i32
                %v2958 = arith.cmpi eq, %v1541, %v2081 : i32
                %v2959 = arith.addi %v404, %v94 : i64
                scf.if %v2957 {
                  %v2960 = arith.addi %v132, %v402 : i64
                  %v2961 = arith.muli %v39, %v161 : i64
                  %v2962 = arith.subi %v2960, %v132 : i64
                  %v2963 = arith.addi %v2961, %v2962 : i64
                  %v2964 = llvm.getelementptr %v72[%v2963] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2965 = llvm.load %v2964 : !llvm.ptr -> f32
                  %v2966 = arith.muli %v53, %v353 : i64
                  %v2967 = arith.muli %v2960, %v352 : i64
                  %v2968 = arith.addi %v2966, %v2967 : i64
                  %v2969 = arith.muli %v51, %size_DV : i64
                  %v2970 = arith.addi %v2968, %v2969 : i64
                  %v2971 = arith.addi %v2970, %v49 : i64
                  %v2972 = llvm.getelementptr %dy_o[%v2971] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2973 = llvm.load %v2972 : !llvm.ptr -> f32
                  %v2974 = arith.mulf %v2965, %v1916 fastmath<contract> : f32
                  %v2975 = arith.constant 8 : i64
                  %v2976 = arith.addi %v2975, %v39 : i64
                  %v2977 = arith.muli %v2976, %v161 : i64
                  %v2978 = arith.subi %v2960, %v132 : i64
                  %v2979 = arith.addi %v2977, %v2978 : i64
                  %v2980 = llvm.getelementptr %v72[%v2979] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2981 = llvm.load %v2980 : !llvm.ptr -> f32
                  %v2982 = arith.mulf %v2981, %v1918 fastmath<contract> : f32
                  %v2983 = arith.addf %v2974, %v2982 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v2984, %v2985 = gpu.shuffle xor %v2983, %v685, %v686 : f32
                  %v2986 = arith.addf %v2983, %v2984 fastmath<contract> : f32
                  %v2987, %v2988 = gpu.shuffle xor %v2986, %v690, %v686 : f32
                  %v2989 = arith.addf %v2986, %v2987 fastmath<contract> : f32
                  %v2990, %v2991 = gpu.shuffle xor %v2989, %v694, %v686 : f32
                  %v2992 = arith.addf %v2989, %v2990 fastmath<contract> : f32
                  // end sum over the lanes
                  %v2993 = llvm.call_intrinsic "llvm.fabs.f32"(%v2992) : (f32) -> f32
                  %v2994 = arith.maximumf %v80, %v2993 : f32
                  %v2995 = arith.divf %v2973, %v2994 : f32
                  %v2996 = arith.mulf %v2965, %v2995 fastmath<contract> : f32
                  %v2997 = llvm.load %v55 : !llvm.ptr -> f32
                  %v2998 = llvm.load %v59 : !llvm.ptr -> f32
                  %v2999 = arith.mulf %v2998, %v2997 fastmath<contract> : f32
                  %v3000 = arith.addf %v2996, %v2999 fastmath<contract> : f32
                  llvm.store %v3000, %v55 : f32, !llvm.ptr
                  %v3001 = arith.mulf %v2981, %v2995 fastmath<contract> : f32
                  %v3002 = llvm.load %v56 : !llvm.ptr -> f32
                  %v3003 = llvm.load %v60 : !llvm.ptr -> f32
                  %v3004 = arith.mulf %v3003, %v3002 fastmath<contract> : f32
                  %v3005 = arith.addf %v3001, %v3004 fastmath<contract> : f32
                  llvm.store %v3005, %v56 : f32, !llvm.ptr
                  %v3006 = arith.mulf %v2965, %v1902 fastmath<contract> : f32
                  %v3007 = arith.mulf %v2981, %v1914 fastmath<contract> : f32
                  %v3008 = arith.addf %v3006, %v3007 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v3009, %v3010 = gpu.shuffle xor %v3008, %v685, %v686 : f32
                  %v3011 = arith.addf %v3008, %v3009 fastmath<contract> : f32
                  %v3012, %v3013 = gpu.shuffle xor %v3011, %v690, %v686 : f32
                  %v3014 = arith.addf %v3011, %v3012 fastmath<contract> : f32
                  %v3015, %v3016 = gpu.shuffle xor %v3014, %v694, %v686 : f32
                  %v3017 = arith.addf %v3014, %v3015 fastmath<contract> : f32
                  // end sum over the lanes
                  %v3018 = arith.divf %v3017, %v2994 : f32
                  %v3019 = arith.divf %v3018, %v2994 : f32
                  %v3020 = arith.mulf %v2973, %v3019 fastmath<contract> : f32
                  %v3021 = arith.negf %v3020 : f32
                  %v3022 = arith.cmpf oge, %v80, %v2993 : f32
                  %v3023 = arith.select %v3022, %v80, %v79 : f32
                  %v3024 = arith.subf %v80, %v3023 fastmath<contract> : f32
                  %v3025 = arith.mulf %v3021, %v3024 fastmath<contract> : f32
                  %v3026 = arith.cmpf olt, %v2992, %v79 : f32
                  %v3027 = arith.select %v3026, %v731, %v79 : f32
                  %v3028 = arith.cmpf ogt, %v2992, %v79 : f32
                  %v3029 = arith.select %v3028, %v80, %v3027 : f32
                  %v3030 = arith.mulf %v3025, %v3029 fastmath<contract> : f32
                  %v3031 = arith.mulf %v2965, %v3030 fastmath<contract> : f32
                  %v3032 = llvm.load %v57 : !llvm.ptr -> f32
                  %v3033 = llvm.load %v61 : !llvm.ptr -> f32
                  %v3034 = arith.mulf %v3033, %v3032 fastmath<contract> : f32
                  %v3035 = arith.addf %v3031, %v3034 fastmath<contract> : f32
                  llvm.store %v3035, %v57 : f32, !llvm.ptr
                  %v3036 = arith.mulf %v2981, %v3030 fastmath<contract> : f32
                  %v3037 = llvm.load %v58 : !llvm.ptr -> f32
                  %v3038 = llvm.load %v62 : !llvm.ptr -> f32
                  %v3039 = arith.mulf %v3038, %v3037 fastmath<contract> : f32
                  %v3040 = arith.addf %v3036, %v3039 fastmath<contract> : f32
                  llvm.store %v3040, %v58 : f32, !llvm.ptr
                  %v3041 = arith.mulf %v1916, %v3030 fastmath<contract> : f32
                  %v3042 = arith.mulf %v1902, %v2995 fastmath<contract> : f32
                  %v3043 = arith.addf %v3041, %v3042 fastmath<contract> : f32
                  %v3044 = arith.mulf %v1918, %v3030 fastmath<contract> : f32
                  %v3045 = arith.mulf %v1914, %v2995 fastmath<contract> : f32
                  %v3046 = arith.addf %v3044, %v3045 fastmath<contract> : f32
                  %v3047 = arith.subi %v2960, %v132 : i64
                  %v3048 = llvm.getelementptr %v76[%v3047] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3049 = llvm.load %v3048 : !llvm.ptr -> f32
                  %v3050 = arith.mulf %v3049, %v333 fastmath<contract> : f32
                  %v3051 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3050) : (f32) -> f32
                  %v3052 = llvm.load %v57 : !llvm.ptr -> f32
                  %v3053 = arith.muli %v53, %v353 : i64
                  %v3054 = arith.muli %v2960, %v352 : i64
                  %v3055 = arith.addi %v3053, %v3054 : i64
                  %v3056 = arith.muli %v51, %size_DV : i64
                  %v3057 = arith.addi %v3055, %v3056 : i64
                  %v3058 = arith.addi %v3057, %v49 : i64
                  %v3059 = llvm.getelementptr %in_v[%v3058] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3060 = llvm.load %v3059 : !llvm.ptr -> f32
                  %v3061 = llvm.load %v55 : !llvm.ptr -> f32
                  %v3062 = arith.mulf %v3060, %v3061 fastmath<contract> : f32
                  %v3063 = arith.addf %v3052, %v3062 fastmath<contract> : f32
                  %v3064 = arith.mulf %v3051, %v3063 fastmath<contract> : f32
                  %v3066 = llvm.call_intrinsic "llvm.sqrt.f32"(%v3065) : (f32) -> f32
                  %v3067 = arith.divf %v3064, %v3066 : f32
                  %v3068 = llvm.load %v58 : !llvm.ptr -> f32
                  %v3069 = llvm.load %v56 : !llvm.ptr -> f32
                  %v3070 = arith.mulf %v3060, %v3069 fastmath<contract> : f32
                  %v3071 = arith.addf %v3068, %v3070 fastmath<contract> : f32
                  %v3072 = arith.mulf %v3051, %v3071 fastmath<contract> : f32
                  %v3073 = arith.divf %v3072, %v3066 : f32
                  %v3074 = arith.muli %v39, %v161 : i64
                  %v3075 = arith.subi %v2960, %v132 : i64
                  %v3076 = arith.addi %v3074, %v3075 : i64
                  %v3077 = llvm.getelementptr %v74[%v3076] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3078 = llvm.load %v3077 : !llvm.ptr -> f32
                  %v3079 = arith.divf %v3078, %v3066 : f32
                  %v3080 = arith.mulf %v3051, %v3079 fastmath<contract> : f32
                  %v3081 = arith.mulf %v3080, %v3061 fastmath<contract> : f32
                  %v3082 = arith.constant 8 : i64
                  %v3083 = arith.addi %v3082, %v39 : i64
                  %v3084 = arith.muli %v3083, %v161 : i64
                  %v3085 = arith.subi %v2960, %v132 : i64
                  %v3086 = arith.addi %v3084, %v3085 : i64
                  %v3087 = llvm.getelementptr %v74[%v3086] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3088 = llvm.load %v3087 : !llvm.ptr -> f32
                  %v3089 = arith.divf %v3088, %v3066 : f32
                  %v3090 = arith.mulf %v3051, %v3089 fastmath<contract> : f32
                  %v3091 = arith.mulf %v3090, %v3069 fastmath<contract> : f32
                  %v3092 = arith.addf %v3081, %v3091 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v3093, %v3094 = gpu.shuffle xor %v3092, %v685, %v686 : f32
                  %v3095 = arith.addf %v3092, %v3093 fastmath<contract> : f32
                  %v3096, %v3097 = gpu.shuffle xor %v3095, %v690, %v686 : f32
                  %v3098 = arith.addf %v3095, %v3096 fastmath<contract> : f32
                  %v3099, %v3100 = gpu.shuffle xor %v3098, %v694, %v686 : f32
                  %v3101 = arith.addf %v3098, %v3099 fastmath<contract> : f32
                  // end sum over the lanes
                  %v3102 = arith.cmpi eq, %v39, %v11 : i64
                  %v3103 = arith.andi %v43, %v3102 : i1
                  scf.if %v3103 {
                    %v3104 = arith.muli %v53, %v353 : i64
                    %v3105 = arith.muli %v2960, %v352 : i64
                    %v3106 = arith.addi %v3104, %v3105 : i64
                    %v3107 = arith.muli %v51, %size_DV : i64
                    %v3108 = arith.addi %v3106, %v3107 : i64
                    %v3109 = arith.addi %v3108, %v49 : i64
                    %v3110 = llvm.getelementptr %dx_v[%v3109] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3101, %v3110 : f32, !llvm.ptr
                  }
                  %v3111 = arith.mulf %v3079, %v3063 fastmath<contract> : f32
                  %v3112 = arith.mulf %v3089, %v3071 fastmath<contract> : f32
                  %v3113 = arith.addf %v3111, %v3112 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v3114, %v3115 = gpu.shuffle xor %v3113, %v685, %v686 : f32
                  %v3116 = arith.addf %v3113, %v3114 fastmath<contract> : f32
                  %v3117, %v3118 = gpu.shuffle xor %v3116, %v690, %v686 : f32
                  %v3119 = arith.addf %v3116, %v3117 fastmath<contract> : f32
                  %v3120, %v3121 = gpu.shuffle xor %v3119, %v694, %v686 : f32
                  %v3122 = arith.addf %v3119, %v3120 fastmath<contract> : f32
                  // end sum over the lanes
                  %v3123 = arith.mulf %v3051, %v3122 fastmath<contract> : f32
                  %v3124 = arith.mulf %v1841, %v3061 fastmath<contract> : f32
                  %v3125 = arith.mulf %v1850, %v3069 fastmath<contract> : f32
                  %v3126 = arith.addf %v3124, %v3125 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v3127, %v3128 = gpu.shuffle xor %v3126, %v685, %v686 : f32
                  %v3129 = arith.addf %v3126, %v3127 fastmath<contract> : f32
                  %v3130, %v3131 = gpu.shuffle xor %v3129, %v690, %v686 : f32
                  %v3132 = arith.addf %v3129, %v3130 fastmath<contract> : f32
                  %v3133, %v3134 = gpu.shuffle xor %v3132, %v694, %v686 : f32
                  %v3135 = arith.addf %v3132, %v3133 fastmath<contract> : f32
                  // end sum over the lanes
                  %v3136 = arith.mulf %v1858, %v3052 fastmath<contract> : f32
                  %v3137 = arith.mulf %v1867, %v3068 fastmath<contract> : f32
                  %v3138 = arith.addf %v3136, %v3137 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v3139, %v3140 = gpu.shuffle xor %v3138, %v685, %v686 : f32
                  %v3141 = arith.addf %v3138, %v3139 fastmath<contract> : f32
                  %v3142, %v3143 = gpu.shuffle xor %v3141, %v690, %v686 : f32
                  %v3144 = arith.addf %v3141, %v3142 fastmath<contract> : f32
                  %v3145, %v3146 = gpu.shuffle xor %v3144, %v694, %v686 : f32
                  %v3147 = arith.addf %v3144, %v3145 fastmath<contract> : f32
                  // end sum over the lanes
                  %v3148 = arith.addf %v3135, %v3147 fastmath<contract> : f32
                  %v3149 = arith.subi %v2960, %v132 : i64
                  %v3150 = llvm.getelementptr %v78[%v3149] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3151 = llvm.load %v3150 : !llvm.ptr -> f32
                  %v3152 = arith.negf %v3151 : f32
                  %v3153 = arith.mulf %v3152, %v333 fastmath<contract> : f32
                  %v3154 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3153) : (f32) -> f32
                  %v3155 = arith.addf %v80, %v3154 fastmath<contract> : f32
                  %v3156 = arith.divf %v80, %v3155 : f32
                  %v3157 = arith.subf %v80, %v3156 fastmath<contract> : f32
                  %v3158 = arith.mulf %v3156, %v3157 fastmath<contract> : f32
                  %v3159 = arith.mulf %v3148, %v3158 fastmath<contract> : f32
                  %v3160 = arith.select %v43, %v3043, %v79 : f32
                  // sum over the warp's outer points: shuffles
                  %v3161, %v3162 = gpu.shuffle xor %v3160, %v867, %v686 : f32
                  %v3163 = arith.addf %v3160, %v3161 fastmath<contract> : f32
                  %v3164, %v3165 = gpu.shuffle xor %v3163, %v871, %v686 : f32
                  %v3166 = arith.addf %v3163, %v3164 fastmath<contract> : f32
                  %v3167 = arith.divui %v29, %v31 : i64
                  %v3168 = arith.remui %v29, %v31 : i64
                  %v3169 = arith.cmpi ult, %v3168, %v38 : i64
                  %v3170 = arith.muli %v3167, %v1 : i64
                  %v3171 = arith.addi %v3170, %v39 : i64
                  %v3172 = arith.muli %v3171, %v880 : i64
                  %v3173 = arith.addi %v3172, %v2959 : i64
                  scf.if %v3169 {
                    %v3174 = llvm.getelementptr %v64[%v3173] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3166, %v3174 : f32, !llvm.ptr
                  }
                  %v3175 = arith.select %v43, %v3046, %v79 : f32
                  // sum over the warp's outer points: shuffles
                  %v3176, %v3177 = gpu.shuffle xor %v3175, %v867, %v686 : f32
                  %v3178 = arith.addf %v3175, %v3176 fastmath<contract> : f32
                  %v3179, %v3180 = gpu.shuffle xor %v3178, %v871, %v686 : f32
                  %v3181 = arith.addf %v3178, %v3179 fastmath<contract> : f32
                  %v3182 = arith.divui %v29, %v31 : i64
                  %v3183 = arith.remui %v29, %v31 : i64
                  %v3184 = arith.cmpi ult, %v3183, %v38 : i64
                  %v3185 = arith.addi %v38, %v39 : i64
                  %v3186 = arith.muli %v3182, %v1 : i64
                  %v3187 = arith.addi %v3186, %v3185 : i64
                  %v3188 = arith.muli %v3187, %v880 : i64
                  %v3189 = arith.addi %v3188, %v2959 : i64
                  scf.if %v3184 {
                    %v3190 = llvm.getelementptr %v64[%v3189] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3181, %v3190 : f32, !llvm.ptr
                  }
                  %v3191 = arith.select %v43, %v3067, %v79 : f32
                  // sum over the warp's outer points: shuffles
                  %v3192, %v3193 = gpu.shuffle xor %v3191, %v867, %v686 : f32
                  %v3194 = arith.addf %v3191, %v3192 fastmath<contract> : f32
                  %v3195, %v3196 = gpu.shuffle xor %v3194, %v871, %v686 : f32
                  %v3197 = arith.addf %v3194, %v3195 fastmath<contract> : f32
                  %v3198 = arith.divui %v29, %v31 : i64
                  %v3199 = arith.remui %v29, %v31 : i64
                  %v3200 = arith.cmpi ult, %v3199, %v38 : i64
                  %v3201 = arith.muli %v3198, %v1 : i64
                  %v3202 = arith.addi %v3201, %v39 : i64
                  %v3203 = arith.muli %v3202, %v880 : i64
                  %v3204 = arith.addi %v3203, %v2959 : i64
                  scf.if %v3200 {
                    %v3205 = llvm.getelementptr %v66[%v3204] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3197, %v3205 : f32, !llvm.ptr
                  }
                  %v3206 = arith.select %v43, %v3073, %v79 : f32
                  // sum over the warp's outer points: shuffles
                  %v3207, %v3208 = gpu.shuffle xor %v3206, %v867, %v686 : f32
                  %v3209 = arith.addf %v3206, %v3207 fastmath<contract> : f32
                  %v3210, %v3211 = gpu.shuffle xor %v3209, %v871, %v686 : f32
                  %v3212 = arith.addf %v3209, %v3210 fastmath<contract> : f32
                  %v3213 = arith.divui %v29, %v31 : i64
                  %v3214 = arith.remui %v29, %v31 : i64
                  %v3215 = arith.cmpi ult, %v3214, %v38 : i64
                  %v3216 = arith.addi %v38, %v39 : i64
                  %v3217 = arith.muli %v3213, %v1 : i64
                  %v3218 = arith.addi %v3217, %v3216 : i64
                  %v3219 = arith.muli %v3218, %v880 : i64
                  %v3220 = arith.addi %v3219, %v2959 : i64
                  scf.if %v3215 {
                    %v3221 = llvm.getelementptr %v66[%v3220] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3212, %v3221 : f32, !llvm.ptr
                  }
                  %v3222 = arith.select %v43, %v3123, %v79 : f32
                  // sum over the warp's outer points: shuffles
                  %v3223, %v3224 = gpu.shuffle xor %v3222, %v867, %v686 : f32
                  %v3225 = arith.addf %v3222, %v3223 fastmath<contract> : f32
                  %v3226, %v3227 = gpu.shuffle xor %v3225, %v871, %v686 : f32
                  %v3228 = arith.addf %v3225, %v3226 fastmath<contract> : f32
                  %v3229 = arith.divui %v29, %v31 : i64
                  %v3230 = arith.remui %v29, %v31 : i64
                  %v3231 = arith.cmpi ult, %v3230, %v2 : i64
                  %v3232 = arith.muli %v3229, %v880 : i64
                  %v3233 = arith.addi %v3232, %v2959 : i64
                  scf.if %v3231 {
                    %v3234 = llvm.getelementptr %v68[%v3233] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3228, %v3234 : f32, !llvm.ptr
                  }
                  %v3235 = arith.select %v43, %v3159, %v79 : f32
                  // sum over the warp's outer points: shuffles
                  %v3236, %v3237 = gpu.shuffle xor %v3235, %v867, %v686 : f32
                  %v3238 = arith.addf %v3235, %v3236 fastmath<contract> : f32
                  %v3239, %v3240 = gpu.shuffle xor %v3238, %v871, %v686 : f32
                  %v3241 = arith.addf %v3238, %v3239 fastmath<contract> : f32
                  %v3242 = arith.divui %v29, %v31 : i64
                  %v3243 = arith.remui %v29, %v31 : i64
                  %v3244 = arith.cmpi ult, %v3243, %v2 : i64
                  %v3245 = arith.muli %v3242, %v880 : i64
                  %v3246 = arith.addi %v3245, %v2959 : i64
                  scf.if %v3244 {
                    %v3247 = llvm.getelementptr %v70[%v3246] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3241, %v3247 : f32, !llvm.ptr
                  }
                  llvm.store %v3156, %v59 : f32, !llvm.ptr
                  llvm.store %v3156, %v60 : f32, !llvm.ptr
                  llvm.store %v3156, %v61 : f32, !llvm.ptr
                  llvm.store %v3156, %v62 : f32, !llvm.ptr
                }
              }
            }
          }
          gpu.barrier
          %v3249 = arith.index_cast %v29 : i64 to index
          %v3250 = arith.index_cast %v3248 : i64 to index
          %v3251 = arith.index_cast %v139 : i64 to index
          scf.for %v3252 = %v3249 to %v3250 step %v3251 {
            %v3253 = arith.index_cast %v3252 : index to i64
            %v3257 = arith.remui %v3253, %v31 : i64
            %v3258 = arith.divui %v3253, %v31 : i64
            %v3259 = arith.muli %v391, %v38 : i64
            %v3260 = arith.divui %v3257, %v99 : i64
            %v3261 = arith.addi %v3259, %v3260 : i64
            %v3262 = arith.cmpi slt, %v3261, %v136 : i64
            %v3263 = arith.subi %v136, %v2 : i64
            %v3264 = arith.subi %v3263, %v3261 : i64
            %v3265 = arith.remui %v3257, %v99 : i64
            %v3266 = arith.subi %v94, %v3265 : i64
            %v3267 = arith.muli %v3264, %v99 : i64
            %v3268 = arith.addi %v3267, %v3266 : i64
            %v3269 = arith.cmpi slt, %v3268, %v134 : i64
            %v3270 = arith.andi %v3262, %v3269 : i1
            scf.if %v3270 {
              %v3271 = arith.addi %v132, %v3268 : i64
              %v3272 = arith.remui %v3253, %v31 : i64
              %v3273 = arith.divui %v3253, %v31 : i64
              %v3274 = arith.muli %v3273, %v880 : i64
              %v3275 = arith.addi %v3274, %v3272 : i64
              %v3276 = llvm.getelementptr %v64[%v3275] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3277 = llvm.load %v3276 : !llvm.ptr -> f32
              %v3278 = arith.addi %v1, %v3273 : i64
              %v3279 = arith.muli %v3278, %v880 : i64
              %v3280 = arith.addi %v3279, %v3272 : i64
              %v3281 = llvm.getelementptr %v64[%v3280] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3282 = llvm.load %v3281 : !llvm.ptr -> f32
              %v3283 = arith.addf %v3277, %v3282 fastmath<contract> : f32
              %v3284 = arith.addi %v31, %v3273 : i64
              %v3285 = arith.muli %v3284, %v880 : i64
              %v3286 = arith.addi %v3285, %v3272 : i64
              %v3287 = llvm.getelementptr %v64[%v3286] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3288 = llvm.load %v3287 : !llvm.ptr -> f32
              %v3289 = arith.addf %v3283, %v3288 fastmath<contract> : f32
              %v3291 = arith.addi %v3290, %v3273 : i64
              %v3292 = arith.muli %v3291, %v880 : i64
              %v3293 = arith.addi %v3292, %v3272 : i64
              %v3294 = llvm.getelementptr %v64[%v3293] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3295 = llvm.load %v3294 : !llvm.ptr -> f32
              %v3296 = arith.addf %v3289, %v3295 fastmath<contract> : f32
              %v3297 = arith.addi %v5, %v3273 : i64
              %v3298 = arith.muli %v3297, %v880 : i64
              %v3299 = arith.addi %v3298, %v3272 : i64
              %v3300 = llvm.getelementptr %v64[%v3299] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3301 = llvm.load %v3300 : !llvm.ptr -> f32
              %v3302 = arith.addf %v3296, %v3301 fastmath<contract> : f32
              %v3304 = arith.addi %v3303, %v3273 : i64
              %v3305 = arith.muli %v3304, %v880 : i64
              %v3306 = arith.addi %v3305, %v3272 : i64
              %v3307 = llvm.getelementptr %v64[%v3306] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3308 = llvm.load %v3307 : !llvm.ptr -> f32
              %v3309 = arith.addf %v3302, %v3308 fastmath<contract> : f32
              %v3311 = arith.addi %v3310, %v3273 : i64
              %v3312 = arith.muli %v3311, %v880 : i64
              %v3313 = arith.addi %v3312, %v3272 : i64
              %v3314 = llvm.getelementptr %v64[%v3313] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3315 = llvm.load %v3314 : !llvm.ptr -> f32
              %v3316 = arith.addf %v3309, %v3315 fastmath<contract> : f32
              %v3318 = arith.addi %v3317, %v3273 : i64
              %v3319 = arith.muli %v3318, %v880 : i64
              %v3320 = arith.addi %v3319, %v3272 : i64
              %v3321 = llvm.getelementptr %v64[%v3320] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3322 = llvm.load %v3321 : !llvm.ptr -> f32
              %v3323 = arith.addf %v3316, %v3322 fastmath<contract> : f32
              %v3324 = arith.subi %v3271, %slice_first : i64
              %v3325 = arith.remui %v3258, %v1 : i64
              %v3326 = arith.divui %v3258, %v1 : i64
              %v3329 = arith.muli %v53, %v3328 : i64
              %v3330 = arith.muli %v3324, %v3327 : i64
              %v3331 = arith.addi %v3329, %v3330 : i64
              %v3332 = arith.muli %v51, %v1 : i64
              %v3333 = arith.addi %v3331, %v3332 : i64
              %v3334 = arith.addi %v3333, %v3325 : i64
              %v3335 = arith.muli %v37, %v3256 : i64
              %v3336 = arith.addi %v3335, %v3334 : i64
              %v3337 = llvm.getelementptr %part_q[%v3336] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v3323, %v3337 : f32, !llvm.ptr
            }
          }
          %v3338 = arith.index_cast %v29 : i64 to index
          %v3339 = arith.index_cast %v3248 : i64 to index
          %v3340 = arith.index_cast %v139 : i64 to index
          scf.for %v3341 = %v3338 to %v3339 step %v3340 {
            %v3342 = arith.index_cast %v3341 : index to i64
            %v3346 = arith.remui %v3342, %v31 : i64
            %v3347 = arith.divui %v3342, %v31 : i64
            %v3348 = arith.muli %v391, %v38 : i64
            %v3349 = arith.divui %v3346, %v99 : i64
            %v3350 = arith.addi %v3348, %v3349 : i64
            %v3351 = arith.cmpi slt, %v3350, %v136 : i64
            %v3352 = arith.subi %v136, %v2 : i64
            %v3353 = arith.subi %v3352, %v3350 : i64
            %v3354 = arith.remui %v3346, %v99 : i64
            %v3355 = arith.subi %v94, %v3354 : i64
            %v3356 = arith.muli %v3353, %v99 : i64
            %v3357 = arith.addi %v3356, %v3355 : i64
            %v3358 = arith.cmpi slt, %v3357, %v134 : i64
            %v3359 = arith.andi %v3351, %v3358 : i1
            scf.if %v3359 {
              %v3360 = arith.addi %v132, %v3357 : i64
              %v3361 = arith.remui %v3342, %v31 : i64
              %v3362 = arith.divui %v3342, %v31 : i64
              %v3363 = arith.muli %v3362, %v880 : i64
              %v3364 = arith.addi %v3363, %v3361 : i64
              %v3365 = llvm.getelementptr %v66[%v3364] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3366 = llvm.load %v3365 : !llvm.ptr -> f32
              %v3367 = arith.addi %v1, %v3362 : i64
              %v3368 = arith.muli %v3367, %v880 : i64
              %v3369 = arith.addi %v3368, %v3361 : i64
              %v3370 = llvm.getelementptr %v66[%v3369] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3371 = llvm.load %v3370 : !llvm.ptr -> f32
              %v3372 = arith.addf %v3366, %v3371 fastmath<contract> : f32
              %v3373 = arith.addi %v31, %v3362 : i64
              %v3374 = arith.muli %v3373, %v880 : i64
              %v3375 = arith.addi %v3374, %v3361 : i64
              %v3376 = llvm.getelementptr %v66[%v3375] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3377 = llvm.load %v3376 : !llvm.ptr -> f32
              %v3378 = arith.addf %v3372, %v3377 fastmath<contract> : f32
              %v3379 = arith.addi %v3290, %v3362 : i64
              %v3380 = arith.muli %v3379, %v880 : i64
              %v3381 = arith.addi %v3380, %v3361 : i64
              %v3382 = llvm.getelementptr %v66[%v3381] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3383 = llvm.load %v3382 : !llvm.ptr -> f32
              %v3384 = arith.addf %v3378, %v3383 fastmath<contract> : f32
              %v3385 = arith.addi %v5, %v3362 : i64
              %v3386 = arith.muli %v3385, %v880 : i64
              %v3387 = arith.addi %v3386, %v3361 : i64
              %v3388 = llvm.getelementptr %v66[%v3387] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3389 = llvm.load %v3388 : !llvm.ptr -> f32
              %v3390 = arith.addf %v3384, %v3389 fastmath<contract> : f32
              %v3391 = arith.addi %v3303, %v3362 : i64
              %v3392 = arith.muli %v3391, %v880 : i64
              %v3393 = arith.addi %v3392, %v3361 : i64
              %v3394 = llvm.getelementptr %v66[%v3393] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3395 = llvm.load %v3394 : !llvm.ptr -> f32
              %v3396 = arith.addf %v3390, %v3395 fastmath<contract> : f32
              %v3397 = arith.addi %v3310, %v3362 : i64
              %v3398 = arith.muli %v3397, %v880 : i64
              %v3399 = arith.addi %v3398, %v3361 : i64
              %v3400 = llvm.getelementptr %v66[%v3399] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3401 = llvm.load %v3400 : !llvm.ptr -> f32
              %v3402 = arith.addf %v3396, %v3401 fastmath<contract> : f32
              %v3403 = arith.addi %v3317, %v3362 : i64
              %v3404 = arith.muli %v3403, %v880 : i64
              %v3405 = arith.addi %v3404, %v3361 : i64
              %v3406 = llvm.getelementptr %v66[%v3405] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3407 = llvm.load %v3406 : !llvm.ptr -> f32
              %v3408 = arith.addf %v3402, %v3407 fastmath<contract> : f32
              %v3409 = arith.subi %v3360, %slice_first : i64
              %v3410 = arith.remui %v3347, %v1 : i64
              %v3411 = arith.divui %v3347, %v1 : i64
              %v3412 = arith.muli %v53, %v3328 : i64
              %v3413 = arith.muli %v3409, %v3327 : i64
              %v3414 = arith.addi %v3412, %v3413 : i64
              %v3415 = arith.muli %v51, %v1 : i64
              %v3416 = arith.addi %v3414, %v3415 : i64
              %v3417 = arith.addi %v3416, %v3410 : i64
              %v3418 = arith.muli %v37, %v3345 : i64
              %v3419 = arith.addi %v3418, %v3417 : i64
              %v3420 = llvm.getelementptr %part_k[%v3419] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v3408, %v3420 : f32, !llvm.ptr
            }
          }
          %v3421 = arith.index_cast %v29 : i64 to index
          %v3422 = arith.index_cast %v31 : i64 to index
          %v3423 = arith.index_cast %v139 : i64 to index
          scf.for %v3424 = %v3421 to %v3422 step %v3423 {
            %v3425 = arith.index_cast %v3424 : index to i64
            %v3428 = arith.remui %v3425, %v31 : i64
            %v3429 = arith.divui %v3425, %v31 : i64
            %v3430 = arith.muli %v391, %v38 : i64
            %v3431 = arith.divui %v3428, %v99 : i64
            %v3432 = arith.addi %v3430, %v3431 : i64
            %v3433 = arith.cmpi slt, %v3432, %v136 : i64
            %v3434 = arith.subi %v136, %v2 : i64
            %v3435 = arith.subi %v3434, %v3432 : i64
            %v3436 = arith.remui %v3428, %v99 : i64
            %v3437 = arith.subi %v94, %v3436 : i64
            %v3438 = arith.muli %v3435, %v99 : i64
            %v3439 = arith.addi %v3438, %v3437 : i64
            %v3440 = arith.cmpi slt, %v3439, %v134 : i64
            %v3441 = arith.andi %v3433, %v3440 : i1
            scf.if %v3441 {
              %v3442 = arith.addi %v132, %v3439 : i64
              %v3443 = arith.remui %v3425, %v31 : i64
              %v3444 = arith.divui %v3425, %v31 : i64
              %v3445 = arith.muli %v3444, %v880 : i64
              %v3446 = arith.addi %v3445, %v3443 : i64
              %v3447 = llvm.getelementptr %v68[%v3446] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3448 = llvm.load %v3447 : !llvm.ptr -> f32
              %v3449 = arith.addi %v2, %v3444 : i64
              %v3450 = arith.muli %v3449, %v880 : i64
              %v3451 = arith.addi %v3450, %v3443 : i64
              %v3452 = llvm.getelementptr %v68[%v3451] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3453 = llvm.load %v3452 : !llvm.ptr -> f32
              %v3454 = arith.addf %v3448, %v3453 fastmath<contract> : f32
              %v3455 = arith.addi %v89, %v3444 : i64
              %v3456 = arith.muli %v3455, %v880 : i64
              %v3457 = arith.addi %v3456, %v3443 : i64
              %v3458 = llvm.getelementptr %v68[%v3457] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3459 = llvm.load %v3458 : !llvm.ptr -> f32
              %v3460 = arith.addf %v3454, %v3459 fastmath<contract> : f32
              %v3461 = arith.addi %v94, %v3444 : i64
              %v3462 = arith.muli %v3461, %v880 : i64
              %v3463 = arith.addi %v3462, %v3443 : i64
              %v3464 = llvm.getelementptr %v68[%v3463] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3465 = llvm.load %v3464 : !llvm.ptr -> f32
              %v3466 = arith.addf %v3460, %v3465 fastmath<contract> : f32
              %v3467 = arith.addi %v99, %v3444 : i64
              %v3468 = arith.muli %v3467, %v880 : i64
              %v3469 = arith.addi %v3468, %v3443 : i64
              %v3470 = llvm.getelementptr %v68[%v3469] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3471 = llvm.load %v3470 : !llvm.ptr -> f32
              %v3472 = arith.addf %v3466, %v3471 fastmath<contract> : f32
              %v3473 = arith.addi %v104, %v3444 : i64
              %v3474 = arith.muli %v3473, %v880 : i64
              %v3475 = arith.addi %v3474, %v3443 : i64
              %v3476 = llvm.getelementptr %v68[%v3475] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3477 = llvm.load %v3476 : !llvm.ptr -> f32
              %v3478 = arith.addf %v3472, %v3477 fastmath<contract> : f32
              %v3479 = arith.addi %v109, %v3444 : i64
              %v3480 = arith.muli %v3479, %v880 : i64
              %v3481 = arith.addi %v3480, %v3443 : i64
              %v3482 = llvm.getelementptr %v68[%v3481] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3483 = llvm.load %v3482 : !llvm.ptr -> f32
              %v3484 = arith.addf %v3478, %v3483 fastmath<contract> : f32
              %v3485 = arith.addi %v114, %v3444 : i64
              %v3486 = arith.muli %v3485, %v880 : i64
              %v3487 = arith.addi %v3486, %v3443 : i64
              %v3488 = llvm.getelementptr %v68[%v3487] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3489 = llvm.load %v3488 : !llvm.ptr -> f32
              %v3490 = arith.addf %v3484, %v3489 fastmath<contract> : f32
              %v3491 = arith.subi %v3442, %slice_first : i64
              %v3493 = arith.muli %v53, %v3492 : i64
              %v3494 = arith.muli %v3491, %size_H : i64
              %v3495 = arith.addi %v3493, %v3494 : i64
              %v3496 = arith.addi %v3495, %v51 : i64
              %v3497 = arith.muli %v37, %v3427 : i64
              %v3498 = arith.addi %v3497, %v3496 : i64
              %v3499 = llvm.getelementptr %part_ig[%v3498] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v3490, %v3499 : f32, !llvm.ptr
            }
          }
          %v3500 = arith.index_cast %v29 : i64 to index
          %v3501 = arith.index_cast %v31 : i64 to index
          %v3502 = arith.index_cast %v139 : i64 to index
          scf.for %v3503 = %v3500 to %v3501 step %v3502 {
            %v3504 = arith.index_cast %v3503 : index to i64
            %v3507 = arith.remui %v3504, %v31 : i64
            %v3508 = arith.divui %v3504, %v31 : i64
            %v3509 = arith.muli %v391, %v38 : i64
            %v3510 = arith.divui %v3507, %v99 : i64
            %v3511 = arith.addi %v3509, %v3510 : i64
            %v3512 = arith.cmpi slt, %v3511, %v136 : i64
            %v3513 = arith.subi %v136, %v2 : i64
            %v3514 = arith.subi %v3513, %v3511 : i64
            %v3515 = arith.remui %v3507, %v99 : i64
            %v3516 = arith.subi %v94, %v3515 : i64
            %v3517 = arith.muli %v3514, %v99 : i64
            %v3518 = arith.addi %v3517, %v3516 : i64
            %v3519 = arith.cmpi slt, %v3518, %v134 : i64
            %v3520 = arith.andi %v3512, %v3519 : i1
            scf.if %v3520 {
              %v3521 = arith.addi %v132, %v3518 : i64
              %v3522 = arith.remui %v3504, %v31 : i64
              %v3523 = arith.divui %v3504, %v31 : i64
              %v3524 = arith.muli %v3523, %v880 : i64
              %v3525 = arith.addi %v3524, %v3522 : i64
              %v3526 = llvm.getelementptr %v70[%v3525] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3527 = llvm.load %v3526 : !llvm.ptr -> f32
              %v3528 = arith.addi %v2, %v3523 : i64
              %v3529 = arith.muli %v3528, %v880 : i64
              %v3530 = arith.addi %v3529, %v3522 : i64
              %v3531 = llvm.getelementptr %v70[%v3530] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3532 = llvm.load %v3531 : !llvm.ptr -> f32
              %v3533 = arith.addf %v3527, %v3532 fastmath<contract> : f32
              %v3534 = arith.addi %v89, %v3523 : i64
              %v3535 = arith.muli %v3534, %v880 : i64
              %v3536 = arith.addi %v3535, %v3522 : i64
              %v3537 = llvm.getelementptr %v70[%v3536] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3538 = llvm.load %v3537 : !llvm.ptr -> f32
              %v3539 = arith.addf %v3533, %v3538 fastmath<contract> : f32
              %v3540 = arith.addi %v94, %v3523 : i64
              %v3541 = arith.muli %v3540, %v880 : i64
              %v3542 = arith.addi %v3541, %v3522 : i64
              %v3543 = llvm.getelementptr %v70[%v3542] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3544 = llvm.load %v3543 : !llvm.ptr -> f32
              %v3545 = arith.addf %v3539, %v3544 fastmath<contract> : f32
              %v3546 = arith.addi %v99, %v3523 : i64
              %v3547 = arith.muli %v3546, %v880 : i64
              %v3548 = arith.addi %v3547, %v3522 : i64
              %v3549 = llvm.getelementptr %v70[%v3548] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3550 = llvm.load %v3549 : !llvm.ptr -> f32
              %v3551 = arith.addf %v3545, %v3550 fastmath<contract> : f32
              %v3552 = arith.addi %v104, %v3523 : i64
              %v3553 = arith.muli %v3552, %v880 : i64
              %v3554 = arith.addi %v3553, %v3522 : i64
              %v3555 = llvm.getelementptr %v70[%v3554] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3556 = llvm.load %v3555 : !llvm.ptr -> f32
              %v3557 = arith.addf %v3551, %v3556 fastmath<contract> : f32
              %v3558 = arith.addi %v109, %v3523 : i64
              %v3559 = arith.muli %v3558, %v880 : i64
              %v3560 = arith.addi %v3559, %v3522 : i64
              %v3561 = llvm.getelementptr %v70[%v3560] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3562 = llvm.load %v3561 : !llvm.ptr -> f32
              %v3563 = arith.addf %v3557, %v3562 fastmath<contract> : f32
              %v3564 = arith.addi %v114, %v3523 : i64
              %v3565 = arith.muli %v3564, %v880 : i64
              %v3566 = arith.addi %v3565, %v3522 : i64
              %v3567 = llvm.getelementptr %v70[%v3566] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3568 = llvm.load %v3567 : !llvm.ptr -> f32
              %v3569 = arith.addf %v3563, %v3568 fastmath<contract> : f32
              %v3570 = arith.subi %v3521, %slice_first : i64
              %v3571 = arith.muli %v53, %v3492 : i64
              %v3572 = arith.muli %v3570, %size_H : i64
              %v3573 = arith.addi %v3571, %v3572 : i64
              %v3574 = arith.addi %v3573, %v51 : i64
              %v3575 = arith.muli %v37, %v3506 : i64
              %v3576 = arith.addi %v3575, %v3574 : i64
              %v3577 = llvm.getelementptr %part_fg[%v3576] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v3569, %v3577 : f32, !llvm.ptr
            }
          }
          gpu.barrier
        }
      }
      scf.if %v12 {
      }
      scf.if %v12 {
      } else {
        scf.if %v43 {
          %v3578 = arith.muli %v45, %v38 : i64
          %v3579 = arith.addi %v3578, %v39 : i64
          %v3580 = arith.muli %v4, %v38 : i64
          %v3581 = llvm.load %v55 : !llvm.ptr -> f32
          %v3582 = llvm.getelementptr %slice_carry[%v3579] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3581, %v3582 : f32, !llvm.ptr
          %v3583 = arith.addi %v3580, %v3579 : i64
          %v3584 = llvm.load %v56 : !llvm.ptr -> f32
          %v3585 = llvm.getelementptr %slice_carry[%v3583] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3584, %v3585 : f32, !llvm.ptr
          %v3586 = arith.muli %v89, %v3580 : i64
          %v3587 = arith.addi %v3586, %v3579 : i64
          %v3588 = llvm.load %v57 : !llvm.ptr -> f32
          %v3589 = llvm.getelementptr %slice_carry[%v3587] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3588, %v3589 : f32, !llvm.ptr
          %v3590 = arith.muli %v94, %v3580 : i64
          %v3591 = arith.addi %v3590, %v3579 : i64
          %v3592 = llvm.load %v58 : !llvm.ptr -> f32
          %v3593 = llvm.getelementptr %slice_carry[%v3591] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3592, %v3593 : f32, !llvm.ptr
          %v3594 = arith.muli %v99, %v3580 : i64
          %v3595 = arith.addi %v3594, %v3579 : i64
          %v3596 = llvm.load %v59 : !llvm.ptr -> f32
          %v3597 = llvm.getelementptr %slice_carry[%v3595] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3596, %v3597 : f32, !llvm.ptr
          %v3598 = arith.muli %v104, %v3580 : i64
          %v3599 = arith.addi %v3598, %v3579 : i64
          %v3600 = llvm.load %v60 : !llvm.ptr -> f32
          %v3601 = llvm.getelementptr %slice_carry[%v3599] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3600, %v3601 : f32, !llvm.ptr
          %v3602 = arith.muli %v109, %v3580 : i64
          %v3603 = arith.addi %v3602, %v3579 : i64
          %v3604 = llvm.load %v61 : !llvm.ptr -> f32
          %v3605 = llvm.getelementptr %slice_carry[%v3603] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3604, %v3605 : f32, !llvm.ptr
          %v3606 = arith.muli %v114, %v3580 : i64
          %v3607 = arith.addi %v3606, %v3579 : i64
          %v3608 = llvm.load %v62 : !llvm.ptr -> f32
          %v3609 = llvm.getelementptr %slice_carry[%v3607] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3608, %v3609 : f32, !llvm.ptr
        }
      }
      gpu.return
    }
  }
}
