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
    gpu.func @mlstm_bwd(%in_q: !llvm.ptr, %in_k: !llvm.ptr, %in_v: !llvm.ptr, %in_ig: !llvm.ptr, %in_fg: !llvm.ptr, %dy_o: !llvm.ptr, %ckpt_m: !llvm.ptr, %ckpt_C: !llvm.ptr, %ckpt_n: !llvm.ptr, %scratch_m: !llvm.ptr, %scratch_C: !llvm.ptr, %scratch_n: !llvm.ptr, %part_q: !llvm.ptr, %part_k: !llvm.ptr, %dx_v: !llvm.ptr, %part_ig: !llvm.ptr, %part_fg: !llvm.ptr, %size_B: i64, %size_L: i64, %size_H: i64, %size_DK: i64, %size_DV: i64, %slice_first: i64, %slice_steps: i64, %slice_carry: !llvm.ptr) kernel attributes {nvvm.maxntid = array<i32: 256, 1, 1>, nvvm.minctasm = 2 : i32} {
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
      %v27 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v28 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v29 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v34 = arith.constant 32 : i64
      %v35 = arith.constant 31 : i64
      %v41 = arith.constant 8 : i64
      %v58 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v59 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v60 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v61 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v62 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v63 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v64 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v65 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v66 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v67 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v68 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v69 = llvm.mlir.addressof @tile_mlstm_bwd_q : !llvm.ptr<3>
      %v70 = llvm.addrspacecast %v69 : !llvm.ptr<3> to !llvm.ptr
      %v71 = llvm.mlir.addressof @tile_mlstm_bwd_k : !llvm.ptr<3>
      %v72 = llvm.addrspacecast %v71 : !llvm.ptr<3> to !llvm.ptr
      %v73 = llvm.mlir.addressof @tile_mlstm_bwd_ig : !llvm.ptr<3>
      %v74 = llvm.addrspacecast %v73 : !llvm.ptr<3> to !llvm.ptr
      %v75 = llvm.mlir.addressof @tile_mlstm_bwd_fg : !llvm.ptr<3>
      %v76 = llvm.addrspacecast %v75 : !llvm.ptr<3> to !llvm.ptr
      %v77 = llvm.mlir.addressof @rows_mlstm_bwd_q : !llvm.ptr<3>
      %v78 = llvm.addrspacecast %v77 : !llvm.ptr<3> to !llvm.ptr
      %v79 = llvm.mlir.addressof @rows_mlstm_bwd_k : !llvm.ptr<3>
      %v80 = llvm.addrspacecast %v79 : !llvm.ptr<3> to !llvm.ptr
      %v81 = llvm.mlir.addressof @rows_mlstm_bwd_ig : !llvm.ptr<3>
      %v82 = llvm.addrspacecast %v81 : !llvm.ptr<3> to !llvm.ptr
      %v83 = llvm.mlir.addressof @rows_mlstm_bwd_fg : !llvm.ptr<3>
      %v84 = llvm.addrspacecast %v83 : !llvm.ptr<3> to !llvm.ptr
      %v85 = arith.constant 0x00000000 : f32
      %v86 = arith.constant 0x3F800000 : f32
      %v95 = arith.constant 2 : i64
      %v100 = arith.constant 3 : i64
      %v105 = arith.constant 4 : i64
      %v110 = arith.constant 5 : i64
      %v115 = arith.constant 6 : i64
      %v120 = arith.constant 7 : i64
      %v129 = arith.constant 9 : i64
      %v134 = arith.constant 10 : i64
      %v158 = arith.constant 1024 : i64
      %v159 = arith.constant 256 : i64
      %v171 = arith.muli %v1, %size_H : i64
      %v172 = arith.muli %v171, %size_L : i64
      %v181 = arith.constant 65 : i64
      %v216 = arith.muli %size_H, %size_L : i64
      %v245 = arith.muli %size_B, %size_H : i64
      %v252 = arith.muli %size_B, %size_H : i64
      %v253 = arith.muli %v252, %v1 : i64
      %v254 = arith.muli %v253, %size_DV : i64
      %v256 = arith.muli %size_DV, %v1 : i64
      %v257 = arith.muli %v256, %size_H : i64
      %v267 = arith.muli %size_B, %size_H : i64
      %v268 = arith.muli %v267, %v1 : i64
      %v269 = arith.muli %v268, %size_DV : i64
      %v282 = arith.muli %size_B, %size_H : i64
      %v283 = arith.muli %v282, %v1 : i64
      %v285 = arith.muli %v1, %size_H : i64
      %v293 = arith.muli %size_B, %size_H : i64
      %v294 = arith.muli %v293, %v1 : i64
      %v368 = arith.constant 0x3FB8AA3B : f32
      %v373 = arith.constant 0x3F317218 : f32
      %v375 = arith.constant 0x3E124925 : f32
      %v377 = arith.constant 0xBE2AAAAB : f32
      %v380 = arith.constant 0x3E4CCCCD : f32
      %v383 = arith.constant 0xBE800000 : f32
      %v386 = arith.constant 0x3EAAAAAB : f32
      %v389 = arith.constant 0xBF000000 : f32
      %v395 = arith.constant 0x3D800000 : f32
      %v423 = arith.muli %size_DV, %size_H : i64
      %v424 = arith.muli %v423, %size_L : i64
      %v843 = arith.constant 2147483647 : i64
      %v847 = arith.constant 3 : i32
      %v877 = arith.constant 1 : i32
      %v878 = arith.constant 32 : i32
      %v882 = arith.constant 2 : i32
      %v886 = arith.constant 4 : i32
      %v932 = arith.constant 0xBF800000 : f32
      %v1114 = arith.constant 8 : i32
      %v1118 = arith.constant 16 : i32
      %v1127 = arith.constant 33 : i64
      %v1904 = arith.constant 0 : i32
      %v4019 = arith.constant 512 : i64
      %v4025 = arith.muli %size_B, %slice_steps : i64
      %v4026 = arith.muli %v4025, %size_H : i64
      %v4027 = arith.muli %v4026, %v1 : i64
      %v4061 = arith.constant 48 : i64
      %v4074 = arith.constant 80 : i64
      %v4081 = arith.constant 96 : i64
      %v4088 = arith.constant 112 : i64
      %v4098 = arith.muli %v1, %size_H : i64
      %v4099 = arith.muli %v4098, %slice_steps : i64
      %v4114 = arith.muli %size_B, %slice_steps : i64
      %v4115 = arith.muli %v4114, %size_H : i64
      %v4116 = arith.muli %v4115, %v1 : i64
      %v4197 = arith.muli %size_B, %slice_steps : i64
      %v4198 = arith.muli %v4197, %size_H : i64
      %v4263 = arith.muli %size_H, %slice_steps : i64
      %v4276 = arith.muli %size_B, %slice_steps : i64
      %v4277 = arith.muli %v4276, %size_H : i64
      %v30 = gpu.block_id x
      %v31 = gpu.thread_id x
      %v32 = arith.index_cast %v31 : index to i64
      %v33 = arith.index_cast %v30 : index to i64
      %v36 = arith.addi %size_DV, %v35 : i64
      %v37 = arith.divui %v36, %v34 : i64
      %v38 = arith.maxsi %v37, %v2 : i64
      %v39 = arith.divui %v33, %v38 : i64
      %v40 = arith.remui %v33, %v38 : i64
      %v42 = arith.remui %v32, %v41 : i64
      %v43 = arith.divui %v32, %v41 : i64
      %v44 = arith.muli %v40, %v34 : i64
      %v45 = arith.addi %v44, %v43 : i64
      %v46 = arith.cmpi slt, %v45, %size_DV : i64
      %v47 = arith.muli %v39, %size_DV : i64
      %v48 = arith.addi %v47, %v45 : i64
      %v49 = arith.subi %size_DV, %v2 : i64
      %v50 = arith.minsi %v45, %v49 : i64
      %v51 = arith.addi %v47, %v50 : i64
      %v52 = arith.remui %v51, %size_DV : i64
      %v53 = arith.divui %v51, %size_DV : i64
      %v54 = arith.remui %v53, %size_H : i64
      %v55 = arith.divui %v53, %size_H : i64
      %v56 = arith.remui %v55, %size_B : i64
      %v57 = arith.divui %v55, %size_B : i64
      %v419 = arith.sitofp %v1 : i64 to f32
      %v567 = arith.sitofp %v1 : i64 to f32
      %v647 = arith.sitofp %v1 : i64 to f32
      %v727 = arith.sitofp %v1 : i64 to f32
      %v807 = arith.sitofp %v1 : i64 to f32
      %v1003 = arith.sitofp %v1 : i64 to f32
      %v1356 = arith.sitofp %v1 : i64 to f32
      %v1706 = arith.sitofp %v1 : i64 to f32
      %v2056 = arith.sitofp %v1 : i64 to f32
      %v2343 = arith.sitofp %v1 : i64 to f32
      %v2423 = arith.sitofp %v1 : i64 to f32
      %v2503 = arith.sitofp %v1 : i64 to f32
      %v2583 = arith.sitofp %v1 : i64 to f32
      %v2772 = arith.sitofp %v1 : i64 to f32
      %v3122 = arith.sitofp %v1 : i64 to f32
      %v3472 = arith.sitofp %v1 : i64 to f32
      %v3821 = arith.sitofp %v1 : i64 to f32
      llvm.store %v85, %v58 : f32, !llvm.ptr
      llvm.store %v85, %v59 : f32, !llvm.ptr
      llvm.store %v85, %v60 : f32, !llvm.ptr
      llvm.store %v85, %v61 : f32, !llvm.ptr
      llvm.store %v85, %v62 : f32, !llvm.ptr
      llvm.store %v86, %v63 : f32, !llvm.ptr
      llvm.store %v86, %v64 : f32, !llvm.ptr
      llvm.store %v86, %v65 : f32, !llvm.ptr
      llvm.store %v86, %v66 : f32, !llvm.ptr
      llvm.store %v86, %v67 : f32, !llvm.ptr
      llvm.store %v85, %v68 : f32, !llvm.ptr
      scf.if %v14 {
        scf.if %v46 {
          %v87 = arith.muli %v48, %v41 : i64
          %v88 = arith.addi %v87, %v42 : i64
          %v89 = arith.muli %v4, %v41 : i64
          %v90 = llvm.getelementptr %slice_carry[%v88] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v91 = llvm.load %v90 : !llvm.ptr -> f32
          llvm.store %v91, %v58 : f32, !llvm.ptr
          %v92 = arith.addi %v89, %v88 : i64
          %v93 = llvm.getelementptr %slice_carry[%v92] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v94 = llvm.load %v93 : !llvm.ptr -> f32
          llvm.store %v94, %v59 : f32, !llvm.ptr
          %v96 = arith.muli %v95, %v89 : i64
          %v97 = arith.addi %v96, %v88 : i64
          %v98 = llvm.getelementptr %slice_carry[%v97] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v99 = llvm.load %v98 : !llvm.ptr -> f32
          llvm.store %v99, %v60 : f32, !llvm.ptr
          %v101 = arith.muli %v100, %v89 : i64
          %v102 = arith.addi %v101, %v88 : i64
          %v103 = llvm.getelementptr %slice_carry[%v102] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v104 = llvm.load %v103 : !llvm.ptr -> f32
          llvm.store %v104, %v61 : f32, !llvm.ptr
          %v106 = arith.muli %v105, %v89 : i64
          %v107 = arith.addi %v106, %v88 : i64
          %v108 = llvm.getelementptr %slice_carry[%v107] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v109 = llvm.load %v108 : !llvm.ptr -> f32
          llvm.store %v109, %v62 : f32, !llvm.ptr
          %v111 = arith.muli %v110, %v89 : i64
          %v112 = arith.addi %v111, %v88 : i64
          %v113 = llvm.getelementptr %slice_carry[%v112] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v114 = llvm.load %v113 : !llvm.ptr -> f32
          llvm.store %v114, %v63 : f32, !llvm.ptr
          %v116 = arith.muli %v115, %v89 : i64
          %v117 = arith.addi %v116, %v88 : i64
          %v118 = llvm.getelementptr %slice_carry[%v117] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v119 = llvm.load %v118 : !llvm.ptr -> f32
          llvm.store %v119, %v64 : f32, !llvm.ptr
          %v121 = arith.muli %v120, %v89 : i64
          %v122 = arith.addi %v121, %v88 : i64
          %v123 = llvm.getelementptr %slice_carry[%v122] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v124 = llvm.load %v123 : !llvm.ptr -> f32
          llvm.store %v124, %v65 : f32, !llvm.ptr
          %v125 = arith.muli %v41, %v89 : i64
          %v126 = arith.addi %v125, %v88 : i64
          %v127 = llvm.getelementptr %slice_carry[%v126] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v128 = llvm.load %v127 : !llvm.ptr -> f32
          llvm.store %v128, %v66 : f32, !llvm.ptr
          %v130 = arith.muli %v129, %v89 : i64
          %v131 = arith.addi %v130, %v88 : i64
          %v132 = llvm.getelementptr %slice_carry[%v131] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v133 = llvm.load %v132 : !llvm.ptr -> f32
          llvm.store %v133, %v67 : f32, !llvm.ptr
          %v135 = arith.muli %v134, %v89 : i64
          %v136 = arith.addi %v135, %v88 : i64
          %v137 = llvm.getelementptr %slice_carry[%v136] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v138 = llvm.load %v137 : !llvm.ptr -> f32
          llvm.store %v138, %v68 : f32, !llvm.ptr
        }
      }
      scf.if %v13 {
      }
      %v139 = arith.cmpi eq, %size_L, %v11 : i64
      scf.if %v139 {
        llvm.store %v85, %v25 : f32, !llvm.ptr
        llvm.store %v85, %v26 : f32, !llvm.ptr
        llvm.store %v85, %v27 : f32, !llvm.ptr
        llvm.store %v85, %v28 : f32, !llvm.ptr
        llvm.store %v85, %v29 : f32, !llvm.ptr
      }
      %v140 = arith.addi %size_L, %v8 : i64
      %v141 = arith.divui %v140, %v5 : i64
      %v142 = arith.minsi %v10, %v141 : i64
      %v143 = arith.subi %v142, %v6 : i64
      %v144 = arith.maxsi %v143, %v11 : i64
      %v145 = arith.index_cast %v11 : i64 to index
      %v146 = arith.index_cast %v144 : i64 to index
      %v147 = arith.index_cast %v2 : i64 to index
      scf.for %v148 = %v145 to %v146 step %v147 {
        %v149 = arith.index_cast %v148 : index to i64
        %v150 = arith.subi %v142, %v2 : i64
        %v151 = arith.subi %v150, %v149 : i64
        %v152 = arith.muli %v151, %v5 : i64
        %v153 = arith.subi %size_L, %v152 : i64
        %v154 = arith.minsi %v153, %v5 : i64
        %v155 = arith.addi %v154, %v100 : i64
        %v156 = arith.divui %v155, %v105 : i64
        // the block's shared input rows for this stretch
        gpu.barrier
        %v157 = arith.subi %size_L, %v2 : i64
        %v160 = arith.index_cast %v32 : i64 to index
        %v161 = arith.index_cast %v158 : i64 to index
        %v162 = arith.index_cast %v159 : i64 to index
        scf.for %v163 = %v160 to %v161 step %v162 {
          %v164 = arith.index_cast %v163 : index to i64
          %v165 = arith.remui %v164, %v5 : i64
          %v166 = arith.divui %v164, %v5 : i64
          %v167 = arith.addi %v152, %v165 : i64
          %v168 = arith.minsi %v167, %v157 : i64
          %v169 = arith.remui %v166, %v1 : i64
          %v170 = arith.divui %v166, %v1 : i64
          %v173 = arith.muli %v56, %v172 : i64
          %v174 = arith.muli %v168, %v171 : i64
          %v175 = arith.addi %v173, %v174 : i64
          %v176 = arith.muli %v54, %v1 : i64
          %v177 = arith.addi %v175, %v176 : i64
          %v178 = arith.addi %v177, %v169 : i64
          %v179 = llvm.getelementptr %in_q[%v178] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v180 = llvm.load %v179 : !llvm.ptr -> f32
          %v182 = arith.muli %v166, %v181 : i64
          %v183 = arith.addi %v182, %v165 : i64
          %v184 = llvm.getelementptr %v78[%v183] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v180, %v184 : f32, !llvm.ptr
        }
        %v185 = arith.index_cast %v32 : i64 to index
        %v186 = arith.index_cast %v158 : i64 to index
        %v187 = arith.index_cast %v159 : i64 to index
        scf.for %v188 = %v185 to %v186 step %v187 {
          %v189 = arith.index_cast %v188 : index to i64
          %v190 = arith.remui %v189, %v5 : i64
          %v191 = arith.divui %v189, %v5 : i64
          %v192 = arith.addi %v152, %v190 : i64
          %v193 = arith.minsi %v192, %v157 : i64
          %v194 = arith.remui %v191, %v1 : i64
          %v195 = arith.divui %v191, %v1 : i64
          %v196 = arith.muli %v56, %v172 : i64
          %v197 = arith.muli %v193, %v171 : i64
          %v198 = arith.addi %v196, %v197 : i64
          %v199 = arith.muli %v54, %v1 : i64
          %v200 = arith.addi %v198, %v199 : i64
          %v201 = arith.addi %v200, %v194 : i64
          %v202 = llvm.getelementptr %in_k[%v201] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v203 = llvm.load %v202 : !llvm.ptr -> f32
          %v204 = arith.muli %v191, %v181 : i64
          %v205 = arith.addi %v204, %v190 : i64
          %v206 = llvm.getelementptr %v80[%v205] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v203, %v206 : f32, !llvm.ptr
        }
        %v207 = arith.index_cast %v32 : i64 to index
        %v208 = arith.index_cast %v5 : i64 to index
        %v209 = arith.index_cast %v159 : i64 to index
        scf.for %v210 = %v207 to %v208 step %v209 {
          %v211 = arith.index_cast %v210 : index to i64
          %v212 = arith.remui %v211, %v5 : i64
          %v213 = arith.divui %v211, %v5 : i64
          %v214 = arith.addi %v152, %v212 : i64
          %v215 = arith.minsi %v214, %v157 : i64
          %v217 = arith.muli %v56, %v216 : i64
          %v218 = arith.muli %v215, %size_H : i64
          %v219 = arith.addi %v217, %v218 : i64
          %v220 = arith.addi %v219, %v54 : i64
          %v221 = llvm.getelementptr %in_ig[%v220] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v222 = llvm.load %v221 : !llvm.ptr -> f32
          %v223 = arith.muli %v213, %v181 : i64
          %v224 = arith.addi %v223, %v212 : i64
          %v225 = llvm.getelementptr %v82[%v224] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v222, %v225 : f32, !llvm.ptr
        }
        %v226 = arith.index_cast %v32 : i64 to index
        %v227 = arith.index_cast %v5 : i64 to index
        %v228 = arith.index_cast %v159 : i64 to index
        scf.for %v229 = %v226 to %v227 step %v228 {
          %v230 = arith.index_cast %v229 : index to i64
          %v231 = arith.remui %v230, %v5 : i64
          %v232 = arith.divui %v230, %v5 : i64
          %v233 = arith.addi %v152, %v231 : i64
          %v234 = arith.minsi %v233, %v157 : i64
          %v235 = arith.muli %v56, %v216 : i64
          %v236 = arith.muli %v234, %size_H : i64
          %v237 = arith.addi %v235, %v236 : i64
          %v238 = arith.addi %v237, %v54 : i64
          %v239 = llvm.getelementptr %in_fg[%v238] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v240 = llvm.load %v239 : !llvm.ptr -> f32
          %v241 = arith.muli %v232, %v181 : i64
          %v242 = arith.addi %v241, %v231 : i64
          %v243 = llvm.getelementptr %v84[%v242] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v240, %v243 : f32, !llvm.ptr
        }
        gpu.barrier
        %v244 = arith.subi %v154, %v2 : i64
        %v246 = arith.muli %v151, %v245 : i64
        %v247 = arith.muli %v56, %size_H : i64
        %v248 = arith.addi %v247, %v54 : i64
        %v249 = arith.addi %v246, %v248 : i64
        %v250 = llvm.getelementptr %ckpt_m[%v249] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v251 = llvm.load %v250 : !llvm.ptr -> f32
        llvm.store %v251, %v20 : f32, !llvm.ptr
        %v255 = arith.muli %v151, %v254 : i64
        %v258 = arith.muli %v56, %v257 : i64
        %v259 = arith.muli %v54, %v256 : i64
        %v260 = arith.addi %v258, %v259 : i64
        %v261 = arith.muli %v42, %size_DV : i64
        %v262 = arith.addi %v260, %v261 : i64
        %v263 = arith.addi %v262, %v52 : i64
        %v264 = arith.addi %v255, %v263 : i64
        %v265 = llvm.getelementptr %ckpt_C[%v264] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v266 = llvm.load %v265 : !llvm.ptr -> f32
        llvm.store %v266, %v21 : f32, !llvm.ptr
        %v270 = arith.muli %v151, %v269 : i64
        %v271 = arith.muli %v56, %v257 : i64
        %v272 = arith.muli %v54, %v256 : i64
        %v273 = arith.addi %v271, %v272 : i64
        %v274 = arith.constant 8 : i64
        %v275 = arith.addi %v274, %v42 : i64
        %v276 = arith.muli %v275, %size_DV : i64
        %v277 = arith.addi %v273, %v276 : i64
        %v278 = arith.addi %v277, %v52 : i64
        %v279 = arith.addi %v270, %v278 : i64
        %v280 = llvm.getelementptr %ckpt_C[%v279] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v281 = llvm.load %v280 : !llvm.ptr -> f32
        llvm.store %v281, %v22 : f32, !llvm.ptr
        %v284 = arith.muli %v151, %v283 : i64
        %v286 = arith.muli %v56, %v285 : i64
        %v287 = arith.muli %v54, %v1 : i64
        %v288 = arith.addi %v286, %v287 : i64
        %v289 = arith.addi %v288, %v42 : i64
        %v290 = arith.addi %v284, %v289 : i64
        %v291 = llvm.getelementptr %ckpt_n[%v290] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v292 = llvm.load %v291 : !llvm.ptr -> f32
        llvm.store %v292, %v23 : f32, !llvm.ptr
        %v295 = arith.muli %v151, %v294 : i64
        %v296 = arith.muli %v56, %v285 : i64
        %v297 = arith.muli %v54, %v1 : i64
        %v298 = arith.addi %v296, %v297 : i64
        %v299 = arith.constant 8 : i64
        %v300 = arith.addi %v299, %v42 : i64
        %v301 = arith.addi %v298, %v300 : i64
        %v302 = arith.addi %v295, %v301 : i64
        %v303 = llvm.getelementptr %ckpt_n[%v302] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v304 = llvm.load %v303 : !llvm.ptr -> f32
        llvm.store %v304, %v24 : f32, !llvm.ptr
        // the state entering each group of the stretch
        %v305 = arith.index_cast %v11 : i64 to index
        %v306 = arith.index_cast %v156 : i64 to index
        %v307 = arith.index_cast %v2 : i64 to index
        scf.for %v308 = %v305 to %v306 step %v307 {
          %v309 = arith.index_cast %v308 : index to i64
          scf.if %v46 {
            %v310 = llvm.load %v20 : !llvm.ptr -> f32
            %v311 = arith.muli %v309, %v4 : i64
            %v312 = arith.subi %v4, %v2 : i64
            %v313 = arith.minsi %v48, %v312 : i64
            %v314 = arith.addi %v311, %v313 : i64
            %v315 = llvm.getelementptr %scratch_m[%v314] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v310, %v315 : f32, !llvm.ptr
            %v316 = llvm.load %v21 : !llvm.ptr -> f32
            %v317 = arith.muli %v309, %v4 : i64
            %v318 = arith.subi %v4, %v2 : i64
            %v319 = arith.minsi %v48, %v318 : i64
            %v320 = arith.addi %v317, %v319 : i64
            %v321 = arith.muli %v320, %v1 : i64
            %v322 = arith.addi %v321, %v42 : i64
            %v323 = llvm.getelementptr %scratch_C[%v322] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v316, %v323 : f32, !llvm.ptr
            %v324 = llvm.load %v22 : !llvm.ptr -> f32
            %v325 = arith.muli %v309, %v4 : i64
            %v326 = arith.subi %v4, %v2 : i64
            %v327 = arith.minsi %v48, %v326 : i64
            %v328 = arith.addi %v325, %v327 : i64
            %v329 = arith.muli %v328, %v1 : i64
            %v330 = arith.addi %v329, %v41 : i64
            %v331 = arith.addi %v330, %v42 : i64
            %v332 = llvm.getelementptr %scratch_C[%v331] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v324, %v332 : f32, !llvm.ptr
            %v333 = llvm.load %v23 : !llvm.ptr -> f32
            %v334 = arith.muli %v309, %v4 : i64
            %v335 = arith.subi %v4, %v2 : i64
            %v336 = arith.minsi %v48, %v335 : i64
            %v337 = arith.addi %v334, %v336 : i64
            %v338 = arith.muli %v337, %v1 : i64
            %v339 = arith.addi %v338, %v42 : i64
            %v340 = llvm.getelementptr %scratch_n[%v339] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v333, %v340 : f32, !llvm.ptr
            %v341 = llvm.load %v24 : !llvm.ptr -> f32
            %v342 = arith.muli %v309, %v4 : i64
            %v343 = arith.subi %v4, %v2 : i64
            %v344 = arith.minsi %v48, %v343 : i64
            %v345 = arith.addi %v342, %v344 : i64
            %v346 = arith.muli %v345, %v1 : i64
            %v347 = arith.addi %v346, %v41 : i64
            %v348 = arith.addi %v347, %v42 : i64
            %v349 = llvm.getelementptr %scratch_n[%v348] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v341, %v349 : f32, !llvm.ptr
          }
          %v350 = arith.muli %v309, %v105 : i64
          %v351 = arith.subi %v154, %v350 : i64
          %v352 = arith.trunci %v351 : i64 to i32
          %v353 = arith.index_cast %v11 : i64 to index
          %v354 = arith.index_cast %v105 : i64 to index
          %v355 = arith.index_cast %v2 : i64 to index
          scf.for %v356 = %v353 to %v354 step %v355 {
            %v357 = arith.index_cast %v356 : index to i64
            %v358 = arith.trunci %v357 : i64 to i32
            %v359 = arith.addi %v350, %v357 : i64
            %v360 = arith.cmpi slt, %v358, %v352 : i32
            scf.if %v360 {
              %v361 = arith.addi %v152, %v359 : i64
              %v362 = arith.subi %v361, %v152 : i64
              %v363 = llvm.getelementptr %v84[%v362] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v364 = llvm.load %v363 : !llvm.ptr -> f32
              %v365 = arith.minimumf %v364, %v85 : f32
              %v366 = llvm.call_intrinsic "llvm.fabs.f32"(%v364) : (f32) -> f32
              %v367 = arith.negf %v366 : f32
              %v369 = arith.mulf %v367, %v368 fastmath<contract> : f32
              %v370 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v369) : (f32) -> f32
              %v371 = arith.addf %v86, %v370 fastmath<contract> : f32
              %v372 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v371) : (f32) -> f32
              %v374 = arith.mulf %v372, %v373 fastmath<contract> : f32
              %v376 = arith.mulf %v375, %v370 fastmath<contract> : f32
              %v378 = arith.addf %v376, %v377 fastmath<contract> : f32
              %v379 = arith.mulf %v378, %v370 fastmath<contract> : f32
              %v381 = arith.addf %v379, %v380 fastmath<contract> : f32
              %v382 = arith.mulf %v381, %v370 fastmath<contract> : f32
              %v384 = arith.addf %v382, %v383 fastmath<contract> : f32
              %v385 = arith.mulf %v384, %v370 fastmath<contract> : f32
              %v387 = arith.addf %v385, %v386 fastmath<contract> : f32
              %v388 = arith.mulf %v387, %v370 fastmath<contract> : f32
              %v390 = arith.addf %v388, %v389 fastmath<contract> : f32
              %v391 = arith.mulf %v390, %v370 fastmath<contract> : f32
              %v392 = arith.addf %v391, %v86 fastmath<contract> : f32
              %v393 = arith.mulf %v392, %v370 fastmath<contract> : f32
              %v394 = llvm.call_intrinsic "llvm.fabs.f32"(%v370) : (f32) -> f32
              %v396 = arith.cmpf olt, %v394, %v395 : f32
              %v397 = arith.select %v396, %v393, %v374 : f32
              %v398 = arith.subf %v365, %v397 fastmath<contract> : f32
              %v399 = arith.subi %v361, %v152 : i64
              %v400 = llvm.getelementptr %v82[%v399] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v401 = llvm.load %v400 : !llvm.ptr -> f32
              %v402 = llvm.load %v20 : !llvm.ptr -> f32
              %v403 = arith.addf %v398, %v402 fastmath<contract> : f32
              %v404 = arith.maximumf %v403, %v401 : f32
              %v405 = llvm.load %v20 : !llvm.ptr -> f32
              %v406 = arith.addf %v398, %v405 fastmath<contract> : f32
              %v407 = arith.maximumf %v406, %v401 : f32
              %v408 = arith.subf %v406, %v407 fastmath<contract> : f32
              %v409 = arith.mulf %v408, %v368 fastmath<contract> : f32
              %v410 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v409) : (f32) -> f32
              %v411 = arith.subf %v401, %v407 fastmath<contract> : f32
              %v412 = arith.mulf %v411, %v368 fastmath<contract> : f32
              %v413 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v412) : (f32) -> f32
              %v414 = arith.muli %v42, %v181 : i64
              %v415 = arith.subi %v361, %v152 : i64
              %v416 = arith.addi %v414, %v415 : i64
              %v417 = llvm.getelementptr %v80[%v416] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v418 = llvm.load %v417 : !llvm.ptr -> f32
              %v420 = llvm.call_intrinsic "llvm.sqrt.f32"(%v419) : (f32) -> f32
              %v421 = arith.divf %v418, %v420 : f32
              %v422 = arith.mulf %v413, %v421 fastmath<contract> : f32
              %v425 = arith.muli %v56, %v424 : i64
              %v426 = arith.muli %v361, %v423 : i64
              %v427 = arith.addi %v425, %v426 : i64
              %v428 = arith.muli %v54, %size_DV : i64
              %v429 = arith.addi %v427, %v428 : i64
              %v430 = arith.addi %v429, %v52 : i64
              %v431 = llvm.getelementptr %in_v[%v430] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v432 = llvm.load %v431 : !llvm.ptr -> f32
              %v433 = arith.mulf %v422, %v432 fastmath<contract> : f32
              %v434 = llvm.load %v21 : !llvm.ptr -> f32
              %v435 = arith.mulf %v410, %v434 fastmath<contract> : f32
              %v436 = arith.addf %v435, %v433 fastmath<contract> : f32
              %v437 = arith.constant 8 : i64
              %v438 = arith.addi %v437, %v42 : i64
              %v439 = arith.muli %v438, %v181 : i64
              %v440 = arith.subi %v361, %v152 : i64
              %v441 = arith.addi %v439, %v440 : i64
              %v442 = llvm.getelementptr %v80[%v441] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v443 = llvm.load %v442 : !llvm.ptr -> f32
              %v444 = arith.divf %v443, %v420 : f32
              %v445 = arith.mulf %v413, %v444 fastmath<contract> : f32
              %v446 = arith.mulf %v445, %v432 fastmath<contract> : f32
              %v447 = llvm.load %v22 : !llvm.ptr -> f32
              %v448 = arith.mulf %v410, %v447 fastmath<contract> : f32
              %v449 = arith.addf %v448, %v446 fastmath<contract> : f32
              %v450 = llvm.load %v23 : !llvm.ptr -> f32
              %v451 = arith.mulf %v410, %v450 fastmath<contract> : f32
              %v452 = arith.addf %v451, %v422 fastmath<contract> : f32
              %v453 = llvm.load %v24 : !llvm.ptr -> f32
              %v454 = arith.mulf %v410, %v453 fastmath<contract> : f32
              %v455 = arith.addf %v454, %v445 fastmath<contract> : f32
              llvm.store %v404, %v20 : f32, !llvm.ptr
              llvm.store %v436, %v21 : f32, !llvm.ptr
              llvm.store %v449, %v22 : f32, !llvm.ptr
              llvm.store %v452, %v23 : f32, !llvm.ptr
              llvm.store %v455, %v24 : f32, !llvm.ptr
            }
          }
        }
        %v456 = arith.addi %v156, %v120 : i64
        %v457 = arith.divui %v456, %v41 : i64
        %v458 = arith.index_cast %v11 : i64 to index
        %v459 = arith.index_cast %v457 : i64 to index
        %v460 = arith.index_cast %v2 : i64 to index
        scf.for %v461 = %v458 to %v459 step %v460 {
          %v462 = arith.index_cast %v461 : index to i64
          %v463 = arith.muli %v462, %v41 : i64
          %v464 = arith.addi %v463, %v41 : i64
          %v465 = arith.index_cast %v463 : i64 to index
          %v466 = arith.index_cast %v464 : i64 to index
          %v467 = arith.index_cast %v2 : i64 to index
          scf.for %v468 = %v465 to %v466 step %v467 {
            %v469 = arith.index_cast %v468 : index to i64
            %v470 = arith.cmpi slt, %v469, %v156 : i64
            scf.if %v470 {
              %v471 = arith.subi %v156, %v2 : i64
              %v472 = arith.subi %v471, %v469 : i64
              %v473 = arith.muli %v472, %v105 : i64
              %v474 = arith.remui %v469, %v41 : i64
              %v475 = arith.muli %v474, %v105 : i64
              %v476 = arith.addi %v473, %v105 : i64
              %v477 = arith.cmpi sle, %v476, %v154 : i64
              scf.if %v477 {
                %v478 = arith.subi %v154, %v2 : i64
                %v479 = arith.muli %v472, %v4 : i64
                %v480 = arith.subi %v4, %v2 : i64
                %v481 = arith.minsi %v48, %v480 : i64
                %v482 = arith.addi %v479, %v481 : i64
                %v483 = llvm.getelementptr %scratch_m[%v482] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v484 = llvm.load %v483 : !llvm.ptr -> f32
                %v485 = arith.muli %v472, %v4 : i64
                %v486 = arith.subi %v4, %v2 : i64
                %v487 = arith.minsi %v48, %v486 : i64
                %v488 = arith.addi %v485, %v487 : i64
                %v489 = arith.muli %v488, %v1 : i64
                %v490 = arith.addi %v489, %v42 : i64
                %v491 = llvm.getelementptr %scratch_C[%v490] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v492 = llvm.load %v491 : !llvm.ptr -> f32
                %v493 = arith.muli %v472, %v4 : i64
                %v494 = arith.subi %v4, %v2 : i64
                %v495 = arith.minsi %v48, %v494 : i64
                %v496 = arith.addi %v493, %v495 : i64
                %v497 = arith.muli %v496, %v1 : i64
                %v498 = arith.addi %v497, %v41 : i64
                %v499 = arith.addi %v498, %v42 : i64
                %v500 = llvm.getelementptr %scratch_C[%v499] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v501 = llvm.load %v500 : !llvm.ptr -> f32
                %v502 = arith.muli %v472, %v4 : i64
                %v503 = arith.subi %v4, %v2 : i64
                %v504 = arith.minsi %v48, %v503 : i64
                %v505 = arith.addi %v502, %v504 : i64
                %v506 = arith.muli %v505, %v1 : i64
                %v507 = arith.addi %v506, %v42 : i64
                %v508 = llvm.getelementptr %scratch_n[%v507] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v509 = llvm.load %v508 : !llvm.ptr -> f32
                %v510 = arith.muli %v472, %v4 : i64
                %v511 = arith.subi %v4, %v2 : i64
                %v512 = arith.minsi %v48, %v511 : i64
                %v513 = arith.addi %v510, %v512 : i64
                %v514 = arith.muli %v513, %v1 : i64
                %v515 = arith.addi %v514, %v41 : i64
                %v516 = arith.addi %v515, %v42 : i64
                %v517 = llvm.getelementptr %scratch_n[%v516] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v518 = llvm.load %v517 : !llvm.ptr -> f32
                // the group's states, recomputed into registers
                %v519 = arith.minsi %v473, %v478 : i64
                %v520 = arith.addi %v152, %v519 : i64
                %v521 = arith.subi %v520, %v152 : i64
                %v522 = llvm.getelementptr %v84[%v521] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v523 = llvm.load %v522 : !llvm.ptr -> f32
                %v524 = arith.minimumf %v523, %v85 : f32
                %v525 = llvm.call_intrinsic "llvm.fabs.f32"(%v523) : (f32) -> f32
                %v526 = arith.negf %v525 : f32
                %v527 = arith.mulf %v526, %v368 fastmath<contract> : f32
                %v528 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v527) : (f32) -> f32
                %v529 = arith.addf %v86, %v528 fastmath<contract> : f32
                %v530 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v529) : (f32) -> f32
                %v531 = arith.mulf %v530, %v373 fastmath<contract> : f32
                %v532 = arith.mulf %v375, %v528 fastmath<contract> : f32
                %v533 = arith.addf %v532, %v377 fastmath<contract> : f32
                %v534 = arith.mulf %v533, %v528 fastmath<contract> : f32
                %v535 = arith.addf %v534, %v380 fastmath<contract> : f32
                %v536 = arith.mulf %v535, %v528 fastmath<contract> : f32
                %v537 = arith.addf %v536, %v383 fastmath<contract> : f32
                %v538 = arith.mulf %v537, %v528 fastmath<contract> : f32
                %v539 = arith.addf %v538, %v386 fastmath<contract> : f32
                %v540 = arith.mulf %v539, %v528 fastmath<contract> : f32
                %v541 = arith.addf %v540, %v389 fastmath<contract> : f32
                %v542 = arith.mulf %v541, %v528 fastmath<contract> : f32
                %v543 = arith.addf %v542, %v86 fastmath<contract> : f32
                %v544 = arith.mulf %v543, %v528 fastmath<contract> : f32
                %v545 = llvm.call_intrinsic "llvm.fabs.f32"(%v528) : (f32) -> f32
                %v546 = arith.cmpf olt, %v545, %v395 : f32
                %v547 = arith.select %v546, %v544, %v531 : f32
                %v548 = arith.subf %v524, %v547 fastmath<contract> : f32
                %v549 = arith.subi %v520, %v152 : i64
                %v550 = llvm.getelementptr %v82[%v549] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v551 = llvm.load %v550 : !llvm.ptr -> f32
                %v552 = arith.addf %v548, %v484 fastmath<contract> : f32
                %v553 = arith.maximumf %v552, %v551 : f32
                %v554 = arith.addf %v548, %v484 fastmath<contract> : f32
                %v555 = arith.maximumf %v554, %v551 : f32
                %v556 = arith.subf %v554, %v555 fastmath<contract> : f32
                %v557 = arith.mulf %v556, %v368 fastmath<contract> : f32
                %v558 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v557) : (f32) -> f32
                %v559 = arith.subf %v551, %v555 fastmath<contract> : f32
                %v560 = arith.mulf %v559, %v368 fastmath<contract> : f32
                %v561 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v560) : (f32) -> f32
                %v562 = arith.muli %v42, %v181 : i64
                %v563 = arith.subi %v520, %v152 : i64
                %v564 = arith.addi %v562, %v563 : i64
                %v565 = llvm.getelementptr %v80[%v564] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v566 = llvm.load %v565 : !llvm.ptr -> f32
                %v568 = llvm.call_intrinsic "llvm.sqrt.f32"(%v567) : (f32) -> f32
                %v569 = arith.divf %v566, %v568 : f32
                %v570 = arith.mulf %v561, %v569 fastmath<contract> : f32
                %v571 = arith.muli %v56, %v424 : i64
                %v572 = arith.muli %v520, %v423 : i64
                %v573 = arith.addi %v571, %v572 : i64
                %v574 = arith.muli %v54, %size_DV : i64
                %v575 = arith.addi %v573, %v574 : i64
                %v576 = arith.addi %v575, %v52 : i64
                %v577 = llvm.getelementptr %in_v[%v576] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v578 = llvm.load %v577 : !llvm.ptr -> f32
                %v579 = arith.mulf %v570, %v578 fastmath<contract> : f32
                %v580 = arith.mulf %v558, %v492 fastmath<contract> : f32
                %v581 = arith.addf %v580, %v579 fastmath<contract> : f32
                %v582 = arith.constant 8 : i64
                %v583 = arith.addi %v582, %v42 : i64
                %v584 = arith.muli %v583, %v181 : i64
                %v585 = arith.subi %v520, %v152 : i64
                %v586 = arith.addi %v584, %v585 : i64
                %v587 = llvm.getelementptr %v80[%v586] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v588 = llvm.load %v587 : !llvm.ptr -> f32
                %v589 = arith.divf %v588, %v568 : f32
                %v590 = arith.mulf %v561, %v589 fastmath<contract> : f32
                %v591 = arith.mulf %v590, %v578 fastmath<contract> : f32
                %v592 = arith.mulf %v558, %v501 fastmath<contract> : f32
                %v593 = arith.addf %v592, %v591 fastmath<contract> : f32
                %v594 = arith.mulf %v558, %v509 fastmath<contract> : f32
                %v595 = arith.addf %v594, %v570 fastmath<contract> : f32
                %v596 = arith.mulf %v558, %v518 fastmath<contract> : f32
                %v597 = arith.addf %v596, %v590 fastmath<contract> : f32
                %v598 = arith.addi %v473, %v2 : i64
                %v599 = arith.minsi %v598, %v478 : i64
                %v600 = arith.addi %v152, %v599 : i64
                %v601 = arith.subi %v600, %v152 : i64
                %v602 = llvm.getelementptr %v84[%v601] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v603 = llvm.load %v602 : !llvm.ptr -> f32
                %v604 = arith.minimumf %v603, %v85 : f32
                %v605 = llvm.call_intrinsic "llvm.fabs.f32"(%v603) : (f32) -> f32
                %v606 = arith.negf %v605 : f32
                %v607 = arith.mulf %v606, %v368 fastmath<contract> : f32
                %v608 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v607) : (f32) -> f32
                %v609 = arith.addf %v86, %v608 fastmath<contract> : f32
                %v610 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v609) : (f32) -> f32
                %v611 = arith.mulf %v610, %v373 fastmath<contract> : f32
                %v612 = arith.mulf %v375, %v608 fastmath<contract> : f32
                %v613 = arith.addf %v612, %v377 fastmath<contract> : f32
                %v614 = arith.mulf %v613, %v608 fastmath<contract> : f32
                %v615 = arith.addf %v614, %v380 fastmath<contract> : f32
                %v616 = arith.mulf %v615, %v608 fastmath<contract> : f32
                %v617 = arith.addf %v616, %v383 fastmath<contract> : f32
                %v618 = arith.mulf %v617, %v608 fastmath<contract> : f32
                %v619 = arith.addf %v618, %v386 fastmath<contract> : f32
                %v620 = arith.mulf %v619, %v608 fastmath<contract> : f32
                %v621 = arith.addf %v620, %v389 fastmath<contract> : f32
                %v622 = arith.mulf %v621, %v608 fastmath<contract> : f32
                %v623 = arith.addf %v622, %v86 fastmath<contract> : f32
                %v624 = arith.mulf %v623, %v608 fastmath<contract> : f32
                %v625 = llvm.call_intrinsic "llvm.fabs.f32"(%v608) : (f32) -> f32
                %v626 = arith.cmpf olt, %v625, %v395 : f32
                %v627 = arith.select %v626, %v624, %v611 : f32
                %v628 = arith.subf %v604, %v627 fastmath<contract> : f32
                %v629 = arith.subi %v600, %v152 : i64
                %v630 = llvm.getelementptr %v82[%v629] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v631 = llvm.load %v630 : !llvm.ptr -> f32
                %v632 = arith.addf %v628, %v553 fastmath<contract> : f32
                %v633 = arith.maximumf %v632, %v631 : f32
                %v634 = arith.addf %v628, %v553 fastmath<contract> : f32
                %v635 = arith.maximumf %v634, %v631 : f32
                %v636 = arith.subf %v634, %v635 fastmath<contract> : f32
                %v637 = arith.mulf %v636, %v368 fastmath<contract> : f32
                %v638 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v637) : (f32) -> f32
                %v639 = arith.subf %v631, %v635 fastmath<contract> : f32
                %v640 = arith.mulf %v639, %v368 fastmath<contract> : f32
                %v641 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v640) : (f32) -> f32
                %v642 = arith.muli %v42, %v181 : i64
                %v643 = arith.subi %v600, %v152 : i64
                %v644 = arith.addi %v642, %v643 : i64
                %v645 = llvm.getelementptr %v80[%v644] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v646 = llvm.load %v645 : !llvm.ptr -> f32
                %v648 = llvm.call_intrinsic "llvm.sqrt.f32"(%v647) : (f32) -> f32
                %v649 = arith.divf %v646, %v648 : f32
                %v650 = arith.mulf %v641, %v649 fastmath<contract> : f32
                %v651 = arith.muli %v56, %v424 : i64
                %v652 = arith.muli %v600, %v423 : i64
                %v653 = arith.addi %v651, %v652 : i64
                %v654 = arith.muli %v54, %size_DV : i64
                %v655 = arith.addi %v653, %v654 : i64
                %v656 = arith.addi %v655, %v52 : i64
                %v657 = llvm.getelementptr %in_v[%v656] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v658 = llvm.load %v657 : !llvm.ptr -> f32
                %v659 = arith.mulf %v650, %v658 fastmath<contract> : f32
                %v660 = arith.mulf %v638, %v581 fastmath<contract> : f32
                %v661 = arith.addf %v660, %v659 fastmath<contract> : f32
                %v662 = arith.constant 8 : i64
                %v663 = arith.addi %v662, %v42 : i64
                %v664 = arith.muli %v663, %v181 : i64
                %v665 = arith.subi %v600, %v152 : i64
                %v666 = arith.addi %v664, %v665 : i64
                %v667 = llvm.getelementptr %v80[%v666] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v668 = llvm.load %v667 : !llvm.ptr -> f32
                %v669 = arith.divf %v668, %v648 : f32
                %v670 = arith.mulf %v641, %v669 fastmath<contract> : f32
                %v671 = arith.mulf %v670, %v658 fastmath<contract> : f32
                %v672 = arith.mulf %v638, %v593 fastmath<contract> : f32
                %v673 = arith.addf %v672, %v671 fastmath<contract> : f32
                %v674 = arith.mulf %v638, %v595 fastmath<contract> : f32
                %v675 = arith.addf %v674, %v650 fastmath<contract> : f32
                %v676 = arith.mulf %v638, %v597 fastmath<contract> : f32
                %v677 = arith.addf %v676, %v670 fastmath<contract> : f32
                %v678 = arith.addi %v473, %v95 : i64
                %v679 = arith.minsi %v678, %v478 : i64
                %v680 = arith.addi %v152, %v679 : i64
                %v681 = arith.subi %v680, %v152 : i64
                %v682 = llvm.getelementptr %v84[%v681] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v683 = llvm.load %v682 : !llvm.ptr -> f32
                %v684 = arith.minimumf %v683, %v85 : f32
                %v685 = llvm.call_intrinsic "llvm.fabs.f32"(%v683) : (f32) -> f32
                %v686 = arith.negf %v685 : f32
                %v687 = arith.mulf %v686, %v368 fastmath<contract> : f32
                %v688 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v687) : (f32) -> f32
                %v689 = arith.addf %v86, %v688 fastmath<contract> : f32
                %v690 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v689) : (f32) -> f32
                %v691 = arith.mulf %v690, %v373 fastmath<contract> : f32
                %v692 = arith.mulf %v375, %v688 fastmath<contract> : f32
                %v693 = arith.addf %v692, %v377 fastmath<contract> : f32
                %v694 = arith.mulf %v693, %v688 fastmath<contract> : f32
                %v695 = arith.addf %v694, %v380 fastmath<contract> : f32
                %v696 = arith.mulf %v695, %v688 fastmath<contract> : f32
                %v697 = arith.addf %v696, %v383 fastmath<contract> : f32
                %v698 = arith.mulf %v697, %v688 fastmath<contract> : f32
                %v699 = arith.addf %v698, %v386 fastmath<contract> : f32
                %v700 = arith.mulf %v699, %v688 fastmath<contract> : f32
                %v701 = arith.addf %v700, %v389 fastmath<contract> : f32
                %v702 = arith.mulf %v701, %v688 fastmath<contract> : f32
                %v703 = arith.addf %v702, %v86 fastmath<contract> : f32
                %v704 = arith.mulf %v703, %v688 fastmath<contract> : f32
                %v705 = llvm.call_intrinsic "llvm.fabs.f32"(%v688) : (f32) -> f32
                %v706 = arith.cmpf olt, %v705, %v395 : f32
                %v707 = arith.select %v706, %v704, %v691 : f32
                %v708 = arith.subf %v684, %v707 fastmath<contract> : f32
                %v709 = arith.subi %v680, %v152 : i64
                %v710 = llvm.getelementptr %v82[%v709] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v711 = llvm.load %v710 : !llvm.ptr -> f32
                %v712 = arith.addf %v708, %v633 fastmath<contract> : f32
                %v713 = arith.maximumf %v712, %v711 : f32
                %v714 = arith.addf %v708, %v633 fastmath<contract> : f32
                %v715 = arith.maximumf %v714, %v711 : f32
                %v716 = arith.subf %v714, %v715 fastmath<contract> : f32
                %v717 = arith.mulf %v716, %v368 fastmath<contract> : f32
                %v718 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v717) : (f32) -> f32
                %v719 = arith.subf %v711, %v715 fastmath<contract> : f32
                %v720 = arith.mulf %v719, %v368 fastmath<contract> : f32
                %v721 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v720) : (f32) -> f32
                %v722 = arith.muli %v42, %v181 : i64
                %v723 = arith.subi %v680, %v152 : i64
                %v724 = arith.addi %v722, %v723 : i64
                %v725 = llvm.getelementptr %v80[%v724] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v726 = llvm.load %v725 : !llvm.ptr -> f32
                %v728 = llvm.call_intrinsic "llvm.sqrt.f32"(%v727) : (f32) -> f32
                %v729 = arith.divf %v726, %v728 : f32
                %v730 = arith.mulf %v721, %v729 fastmath<contract> : f32
                %v731 = arith.muli %v56, %v424 : i64
                %v732 = arith.muli %v680, %v423 : i64
                %v733 = arith.addi %v731, %v732 : i64
                %v734 = arith.muli %v54, %size_DV : i64
                %v735 = arith.addi %v733, %v734 : i64
                %v736 = arith.addi %v735, %v52 : i64
                %v737 = llvm.getelementptr %in_v[%v736] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v738 = llvm.load %v737 : !llvm.ptr -> f32
                %v739 = arith.mulf %v730, %v738 fastmath<contract> : f32
                %v740 = arith.mulf %v718, %v661 fastmath<contract> : f32
                %v741 = arith.addf %v740, %v739 fastmath<contract> : f32
                %v742 = arith.constant 8 : i64
                %v743 = arith.addi %v742, %v42 : i64
                %v744 = arith.muli %v743, %v181 : i64
                %v745 = arith.subi %v680, %v152 : i64
                %v746 = arith.addi %v744, %v745 : i64
                %v747 = llvm.getelementptr %v80[%v746] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v748 = llvm.load %v747 : !llvm.ptr -> f32
                %v749 = arith.divf %v748, %v728 : f32
                %v750 = arith.mulf %v721, %v749 fastmath<contract> : f32
                %v751 = arith.mulf %v750, %v738 fastmath<contract> : f32
                %v752 = arith.mulf %v718, %v673 fastmath<contract> : f32
                %v753 = arith.addf %v752, %v751 fastmath<contract> : f32
                %v754 = arith.mulf %v718, %v675 fastmath<contract> : f32
                %v755 = arith.addf %v754, %v730 fastmath<contract> : f32
                %v756 = arith.mulf %v718, %v677 fastmath<contract> : f32
                %v757 = arith.addf %v756, %v750 fastmath<contract> : f32
                %v758 = arith.addi %v473, %v100 : i64
                %v759 = arith.minsi %v758, %v478 : i64
                %v760 = arith.addi %v152, %v759 : i64
                %v761 = arith.subi %v760, %v152 : i64
                %v762 = llvm.getelementptr %v84[%v761] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v763 = llvm.load %v762 : !llvm.ptr -> f32
                %v764 = arith.minimumf %v763, %v85 : f32
                %v765 = llvm.call_intrinsic "llvm.fabs.f32"(%v763) : (f32) -> f32
                %v766 = arith.negf %v765 : f32
                %v767 = arith.mulf %v766, %v368 fastmath<contract> : f32
                %v768 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v767) : (f32) -> f32
                %v769 = arith.addf %v86, %v768 fastmath<contract> : f32
                %v770 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v769) : (f32) -> f32
                %v771 = arith.mulf %v770, %v373 fastmath<contract> : f32
                %v772 = arith.mulf %v375, %v768 fastmath<contract> : f32
                %v773 = arith.addf %v772, %v377 fastmath<contract> : f32
                %v774 = arith.mulf %v773, %v768 fastmath<contract> : f32
                %v775 = arith.addf %v774, %v380 fastmath<contract> : f32
                %v776 = arith.mulf %v775, %v768 fastmath<contract> : f32
                %v777 = arith.addf %v776, %v383 fastmath<contract> : f32
                %v778 = arith.mulf %v777, %v768 fastmath<contract> : f32
                %v779 = arith.addf %v778, %v386 fastmath<contract> : f32
                %v780 = arith.mulf %v779, %v768 fastmath<contract> : f32
                %v781 = arith.addf %v780, %v389 fastmath<contract> : f32
                %v782 = arith.mulf %v781, %v768 fastmath<contract> : f32
                %v783 = arith.addf %v782, %v86 fastmath<contract> : f32
                %v784 = arith.mulf %v783, %v768 fastmath<contract> : f32
                %v785 = llvm.call_intrinsic "llvm.fabs.f32"(%v768) : (f32) -> f32
                %v786 = arith.cmpf olt, %v785, %v395 : f32
                %v787 = arith.select %v786, %v784, %v771 : f32
                %v788 = arith.subf %v764, %v787 fastmath<contract> : f32
                %v789 = arith.subi %v760, %v152 : i64
                %v790 = llvm.getelementptr %v82[%v789] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v791 = llvm.load %v790 : !llvm.ptr -> f32
                %v792 = arith.addf %v788, %v713 fastmath<contract> : f32
                %v793 = arith.maximumf %v792, %v791 : f32
                %v794 = arith.addf %v788, %v713 fastmath<contract> : f32
                %v795 = arith.maximumf %v794, %v791 : f32
                %v796 = arith.subf %v794, %v795 fastmath<contract> : f32
                %v797 = arith.mulf %v796, %v368 fastmath<contract> : f32
                %v798 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v797) : (f32) -> f32
                %v799 = arith.subf %v791, %v795 fastmath<contract> : f32
                %v800 = arith.mulf %v799, %v368 fastmath<contract> : f32
                %v801 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v800) : (f32) -> f32
                %v802 = arith.muli %v42, %v181 : i64
                %v803 = arith.subi %v760, %v152 : i64
                %v804 = arith.addi %v802, %v803 : i64
                %v805 = llvm.getelementptr %v80[%v804] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v806 = llvm.load %v805 : !llvm.ptr -> f32
                %v808 = llvm.call_intrinsic "llvm.sqrt.f32"(%v807) : (f32) -> f32
                %v809 = arith.divf %v806, %v808 : f32
                %v810 = arith.mulf %v801, %v809 fastmath<contract> : f32
                %v811 = arith.muli %v56, %v424 : i64
                %v812 = arith.muli %v760, %v423 : i64
                %v813 = arith.addi %v811, %v812 : i64
                %v814 = arith.muli %v54, %size_DV : i64
                %v815 = arith.addi %v813, %v814 : i64
                %v816 = arith.addi %v815, %v52 : i64
                %v817 = llvm.getelementptr %in_v[%v816] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v818 = llvm.load %v817 : !llvm.ptr -> f32
                %v819 = arith.mulf %v810, %v818 fastmath<contract> : f32
                %v820 = arith.mulf %v798, %v741 fastmath<contract> : f32
                %v821 = arith.addf %v820, %v819 fastmath<contract> : f32
                %v822 = arith.constant 8 : i64
                %v823 = arith.addi %v822, %v42 : i64
                %v824 = arith.muli %v823, %v181 : i64
                %v825 = arith.subi %v760, %v152 : i64
                %v826 = arith.addi %v824, %v825 : i64
                %v827 = llvm.getelementptr %v80[%v826] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v828 = llvm.load %v827 : !llvm.ptr -> f32
                %v829 = arith.divf %v828, %v808 : f32
                %v830 = arith.mulf %v801, %v829 fastmath<contract> : f32
                %v831 = arith.mulf %v830, %v818 fastmath<contract> : f32
                %v832 = arith.mulf %v798, %v753 fastmath<contract> : f32
                %v833 = arith.addf %v832, %v831 fastmath<contract> : f32
                %v834 = arith.mulf %v798, %v755 fastmath<contract> : f32
                %v835 = arith.addf %v834, %v810 fastmath<contract> : f32
                %v836 = arith.mulf %v798, %v757 fastmath<contract> : f32
                %v837 = arith.addf %v836, %v830 fastmath<contract> : f32
                %v838 = arith.subi %v154, %v473 : i64
                %v839 = arith.trunci %v838 : i64 to i32
                %v840 = arith.subi %size_L, %v2 : i64
                %v841 = arith.addi %v152, %v473 : i64
                %v842 = arith.subi %v840, %v841 : i64
                %v844 = arith.minsi %v842, %v843 : i64
                %v845 = arith.trunci %v844 : i64 to i32
                %v846 = arith.addi %v473, %v100 : i64
                %v848 = arith.cmpi slt, %v847, %v839 : i32
                %v849 = arith.cmpi eq, %v847, %v845 : i32
                %v850 = arith.addi %v152, %v846 : i64
                %v851 = arith.negf %v793 : f32
                %v852 = arith.mulf %v851, %v368 fastmath<contract> : f32
                %v853 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v852) : (f32) -> f32
                %v854 = arith.muli %v56, %v424 : i64
                %v855 = arith.muli %v850, %v423 : i64
                %v856 = arith.addi %v854, %v855 : i64
                %v857 = arith.muli %v54, %size_DV : i64
                %v858 = arith.addi %v856, %v857 : i64
                %v859 = arith.addi %v858, %v52 : i64
                %v860 = llvm.getelementptr %dy_o[%v859] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v861 = llvm.load %v860 : !llvm.ptr -> f32
                %v862 = arith.muli %v42, %v181 : i64
                %v863 = arith.subi %v850, %v152 : i64
                %v864 = arith.addi %v862, %v863 : i64
                %v865 = llvm.getelementptr %v78[%v864] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v866 = llvm.load %v865 : !llvm.ptr -> f32
                %v867 = arith.mulf %v866, %v821 fastmath<contract> : f32
                %v868 = arith.constant 8 : i64
                %v869 = arith.addi %v868, %v42 : i64
                %v870 = arith.muli %v869, %v181 : i64
                %v871 = arith.subi %v850, %v152 : i64
                %v872 = arith.addi %v870, %v871 : i64
                %v873 = llvm.getelementptr %v78[%v872] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v874 = llvm.load %v873 : !llvm.ptr -> f32
                %v875 = arith.mulf %v874, %v833 fastmath<contract> : f32
                %v876 = arith.addf %v867, %v875 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v879, %v880 = gpu.shuffle xor %v876, %v877, %v878 : f32
                %v881 = arith.addf %v876, %v879 fastmath<contract> : f32
                %v883, %v884 = gpu.shuffle xor %v881, %v882, %v878 : f32
                %v885 = arith.addf %v881, %v883 fastmath<contract> : f32
                %v887, %v888 = gpu.shuffle xor %v885, %v886, %v878 : f32
                %v889 = arith.addf %v885, %v887 fastmath<contract> : f32
                // end sum over the lanes
                %v890 = arith.mulf %v866, %v835 fastmath<contract> : f32
                %v891 = arith.mulf %v874, %v837 fastmath<contract> : f32
                %v892 = arith.addf %v890, %v891 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v893, %v894 = gpu.shuffle xor %v892, %v877, %v878 : f32
                %v895 = arith.addf %v892, %v893 fastmath<contract> : f32
                %v896, %v897 = gpu.shuffle xor %v895, %v882, %v878 : f32
                %v898 = arith.addf %v895, %v896 fastmath<contract> : f32
                %v899, %v900 = gpu.shuffle xor %v898, %v886, %v878 : f32
                %v901 = arith.addf %v898, %v899 fastmath<contract> : f32
                // end sum over the lanes
                %v902 = llvm.call_intrinsic "llvm.fabs.f32"(%v901) : (f32) -> f32
                %v903 = arith.maximumf %v902, %v853 : f32
                %v904 = arith.divf %v889, %v903 : f32
                %v905 = arith.divf %v904, %v903 : f32
                %v906 = arith.mulf %v861, %v905 fastmath<contract> : f32
                %v907 = arith.negf %v906 : f32
                %v908 = arith.cmpf oge, %v902, %v853 : f32
                %v909 = arith.select %v908, %v86, %v85 : f32
                %v910 = arith.subf %v86, %v909 fastmath<contract> : f32
                %v911 = arith.mulf %v907, %v910 fastmath<contract> : f32
                %v912 = arith.mulf %v853, %v911 fastmath<contract> : f32
                %v913 = arith.negf %v912 : f32
                %v914 = llvm.load %v58 : !llvm.ptr -> f32
                %v915 = llvm.load %v63 : !llvm.ptr -> f32
                %v916 = arith.mulf %v915, %v914 fastmath<contract> : f32
                %v917 = arith.addf %v913, %v916 fastmath<contract> : f32
                %v918 = llvm.load %v68 : !llvm.ptr -> f32
                %v919 = arith.addf %v917, %v918 fastmath<contract> : f32
                llvm.store %v919, %v58 : f32, !llvm.ptr
                %v920 = arith.divf %v861, %v903 : f32
                %v921 = arith.mulf %v866, %v920 fastmath<contract> : f32
                %v922 = llvm.load %v59 : !llvm.ptr -> f32
                %v923 = llvm.load %v64 : !llvm.ptr -> f32
                %v924 = arith.mulf %v923, %v922 fastmath<contract> : f32
                %v925 = arith.addf %v921, %v924 fastmath<contract> : f32
                llvm.store %v925, %v59 : f32, !llvm.ptr
                %v926 = arith.mulf %v874, %v920 fastmath<contract> : f32
                %v927 = llvm.load %v60 : !llvm.ptr -> f32
                %v928 = llvm.load %v65 : !llvm.ptr -> f32
                %v929 = arith.mulf %v928, %v927 fastmath<contract> : f32
                %v930 = arith.addf %v926, %v929 fastmath<contract> : f32
                llvm.store %v930, %v60 : f32, !llvm.ptr
                %v931 = arith.mulf %v907, %v909 fastmath<contract> : f32
                %v933 = arith.cmpf olt, %v901, %v85 : f32
                %v934 = arith.select %v933, %v932, %v85 : f32
                %v935 = arith.cmpf ogt, %v901, %v85 : f32
                %v936 = arith.select %v935, %v86, %v934 : f32
                %v937 = arith.mulf %v931, %v936 fastmath<contract> : f32
                %v938 = arith.mulf %v866, %v937 fastmath<contract> : f32
                %v939 = llvm.load %v61 : !llvm.ptr -> f32
                %v940 = llvm.load %v66 : !llvm.ptr -> f32
                %v941 = arith.mulf %v940, %v939 fastmath<contract> : f32
                %v942 = arith.addf %v938, %v941 fastmath<contract> : f32
                llvm.store %v942, %v61 : f32, !llvm.ptr
                %v943 = arith.mulf %v874, %v937 fastmath<contract> : f32
                %v944 = llvm.load %v62 : !llvm.ptr -> f32
                %v945 = llvm.load %v67 : !llvm.ptr -> f32
                %v946 = arith.mulf %v945, %v944 fastmath<contract> : f32
                %v947 = arith.addf %v943, %v946 fastmath<contract> : f32
                llvm.store %v947, %v62 : f32, !llvm.ptr
                %v948 = arith.mulf %v835, %v937 fastmath<contract> : f32
                %v949 = arith.mulf %v821, %v920 fastmath<contract> : f32
                %v950 = arith.addf %v948, %v949 fastmath<contract> : f32
                %v951 = arith.mulf %v837, %v937 fastmath<contract> : f32
                %v952 = arith.mulf %v833, %v920 fastmath<contract> : f32
                %v953 = arith.addf %v951, %v952 fastmath<contract> : f32
                %v954 = arith.subi %v850, %v152 : i64
                %v955 = llvm.getelementptr %v82[%v954] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v956 = llvm.load %v955 : !llvm.ptr -> f32
                %v957 = arith.subi %v850, %v152 : i64
                %v958 = llvm.getelementptr %v84[%v957] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v959 = llvm.load %v958 : !llvm.ptr -> f32
                %v960 = arith.minimumf %v959, %v85 : f32
                %v961 = llvm.call_intrinsic "llvm.fabs.f32"(%v959) : (f32) -> f32
                %v962 = arith.negf %v961 : f32
                %v963 = arith.mulf %v962, %v368 fastmath<contract> : f32
                %v964 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v963) : (f32) -> f32
                %v965 = arith.addf %v86, %v964 fastmath<contract> : f32
                %v966 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v965) : (f32) -> f32
                %v967 = arith.mulf %v966, %v373 fastmath<contract> : f32
                %v968 = arith.mulf %v375, %v964 fastmath<contract> : f32
                %v969 = arith.addf %v968, %v377 fastmath<contract> : f32
                %v970 = arith.mulf %v969, %v964 fastmath<contract> : f32
                %v971 = arith.addf %v970, %v380 fastmath<contract> : f32
                %v972 = arith.mulf %v971, %v964 fastmath<contract> : f32
                %v973 = arith.addf %v972, %v383 fastmath<contract> : f32
                %v974 = arith.mulf %v973, %v964 fastmath<contract> : f32
                %v975 = arith.addf %v974, %v386 fastmath<contract> : f32
                %v976 = arith.mulf %v975, %v964 fastmath<contract> : f32
                %v977 = arith.addf %v976, %v389 fastmath<contract> : f32
                %v978 = arith.mulf %v977, %v964 fastmath<contract> : f32
                %v979 = arith.addf %v978, %v86 fastmath<contract> : f32
                %v980 = arith.mulf %v979, %v964 fastmath<contract> : f32
                %v981 = llvm.call_intrinsic "llvm.fabs.f32"(%v964) : (f32) -> f32
                %v982 = arith.cmpf olt, %v981, %v395 : f32
                %v983 = arith.select %v982, %v980, %v967 : f32
                %v984 = arith.subf %v960, %v983 fastmath<contract> : f32
                %v985 = arith.addf %v984, %v713 fastmath<contract> : f32
                %v986 = arith.maximumf %v985, %v956 : f32
                %v987 = arith.subf %v956, %v986 fastmath<contract> : f32
                %v988 = arith.mulf %v987, %v368 fastmath<contract> : f32
                %v989 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v988) : (f32) -> f32
                %v990 = llvm.load %v61 : !llvm.ptr -> f32
                %v991 = arith.muli %v56, %v424 : i64
                %v992 = arith.muli %v850, %v423 : i64
                %v993 = arith.addi %v991, %v992 : i64
                %v994 = arith.muli %v54, %size_DV : i64
                %v995 = arith.addi %v993, %v994 : i64
                %v996 = arith.addi %v995, %v52 : i64
                %v997 = llvm.getelementptr %in_v[%v996] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v998 = llvm.load %v997 : !llvm.ptr -> f32
                %v999 = llvm.load %v59 : !llvm.ptr -> f32
                %v1000 = arith.mulf %v998, %v999 fastmath<contract> : f32
                %v1001 = arith.addf %v990, %v1000 fastmath<contract> : f32
                %v1002 = arith.mulf %v989, %v1001 fastmath<contract> : f32
                %v1004 = llvm.call_intrinsic "llvm.sqrt.f32"(%v1003) : (f32) -> f32
                %v1005 = arith.divf %v1002, %v1004 : f32
                %v1006 = llvm.load %v62 : !llvm.ptr -> f32
                %v1007 = llvm.load %v60 : !llvm.ptr -> f32
                %v1008 = arith.mulf %v998, %v1007 fastmath<contract> : f32
                %v1009 = arith.addf %v1006, %v1008 fastmath<contract> : f32
                %v1010 = arith.mulf %v989, %v1009 fastmath<contract> : f32
                %v1011 = arith.divf %v1010, %v1004 : f32
                %v1012 = arith.muli %v42, %v181 : i64
                %v1013 = arith.subi %v850, %v152 : i64
                %v1014 = arith.addi %v1012, %v1013 : i64
                %v1015 = llvm.getelementptr %v80[%v1014] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1016 = llvm.load %v1015 : !llvm.ptr -> f32
                %v1017 = arith.divf %v1016, %v1004 : f32
                %v1018 = arith.mulf %v989, %v1017 fastmath<contract> : f32
                %v1019 = arith.mulf %v1018, %v999 fastmath<contract> : f32
                %v1020 = arith.constant 8 : i64
                %v1021 = arith.addi %v1020, %v42 : i64
                %v1022 = arith.muli %v1021, %v181 : i64
                %v1023 = arith.subi %v850, %v152 : i64
                %v1024 = arith.addi %v1022, %v1023 : i64
                %v1025 = llvm.getelementptr %v80[%v1024] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1026 = llvm.load %v1025 : !llvm.ptr -> f32
                %v1027 = arith.divf %v1026, %v1004 : f32
                %v1028 = arith.mulf %v989, %v1027 fastmath<contract> : f32
                %v1029 = arith.mulf %v1028, %v1007 fastmath<contract> : f32
                %v1030 = arith.addf %v1019, %v1029 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1031, %v1032 = gpu.shuffle xor %v1030, %v877, %v878 : f32
                %v1033 = arith.addf %v1030, %v1031 fastmath<contract> : f32
                %v1034, %v1035 = gpu.shuffle xor %v1033, %v882, %v878 : f32
                %v1036 = arith.addf %v1033, %v1034 fastmath<contract> : f32
                %v1037, %v1038 = gpu.shuffle xor %v1036, %v886, %v878 : f32
                %v1039 = arith.addf %v1036, %v1037 fastmath<contract> : f32
                // end sum over the lanes
                %v1040 = arith.cmpi eq, %v42, %v11 : i64
                %v1041 = arith.andi %v46, %v1040 : i1
                scf.if %v1041 {
                  %v1042 = arith.muli %v56, %v424 : i64
                  %v1043 = arith.muli %v850, %v423 : i64
                  %v1044 = arith.addi %v1042, %v1043 : i64
                  %v1045 = arith.muli %v54, %size_DV : i64
                  %v1046 = arith.addi %v1044, %v1045 : i64
                  %v1047 = arith.addi %v1046, %v52 : i64
                  %v1048 = llvm.getelementptr %dx_v[%v1047] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1039, %v1048 : f32, !llvm.ptr
                }
                %v1049 = llvm.load %v58 : !llvm.ptr -> f32
                %v1050 = arith.cmpf oge, %v985, %v956 : f32
                %v1051 = arith.select %v1050, %v86, %v85 : f32
                %v1052 = arith.subf %v86, %v1051 fastmath<contract> : f32
                %v1053 = arith.mulf %v1049, %v1052 fastmath<contract> : f32
                %v1054 = arith.mulf %v1017, %v1001 fastmath<contract> : f32
                %v1055 = arith.mulf %v1027, %v1009 fastmath<contract> : f32
                %v1056 = arith.addf %v1054, %v1055 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1057, %v1058 = gpu.shuffle xor %v1056, %v877, %v878 : f32
                %v1059 = arith.addf %v1056, %v1057 fastmath<contract> : f32
                %v1060, %v1061 = gpu.shuffle xor %v1059, %v882, %v878 : f32
                %v1062 = arith.addf %v1059, %v1060 fastmath<contract> : f32
                %v1063, %v1064 = gpu.shuffle xor %v1062, %v886, %v878 : f32
                %v1065 = arith.addf %v1062, %v1063 fastmath<contract> : f32
                // end sum over the lanes
                %v1066 = arith.mulf %v989, %v1065 fastmath<contract> : f32
                %v1067 = arith.addf %v1053, %v1066 fastmath<contract> : f32
                %v1068 = arith.negf %v1066 : f32
                %v1069 = arith.subf %v985, %v986 fastmath<contract> : f32
                %v1070 = arith.mulf %v1069, %v368 fastmath<contract> : f32
                %v1071 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1070) : (f32) -> f32
                %v1072 = arith.mulf %v741, %v999 fastmath<contract> : f32
                %v1073 = arith.mulf %v753, %v1007 fastmath<contract> : f32
                %v1074 = arith.addf %v1072, %v1073 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1075, %v1076 = gpu.shuffle xor %v1074, %v877, %v878 : f32
                %v1077 = arith.addf %v1074, %v1075 fastmath<contract> : f32
                %v1078, %v1079 = gpu.shuffle xor %v1077, %v882, %v878 : f32
                %v1080 = arith.addf %v1077, %v1078 fastmath<contract> : f32
                %v1081, %v1082 = gpu.shuffle xor %v1080, %v886, %v878 : f32
                %v1083 = arith.addf %v1080, %v1081 fastmath<contract> : f32
                // end sum over the lanes
                %v1084 = arith.mulf %v755, %v990 fastmath<contract> : f32
                %v1085 = arith.mulf %v757, %v1006 fastmath<contract> : f32
                %v1086 = arith.addf %v1084, %v1085 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1087, %v1088 = gpu.shuffle xor %v1086, %v877, %v878 : f32
                %v1089 = arith.addf %v1086, %v1087 fastmath<contract> : f32
                %v1090, %v1091 = gpu.shuffle xor %v1089, %v882, %v878 : f32
                %v1092 = arith.addf %v1089, %v1090 fastmath<contract> : f32
                %v1093, %v1094 = gpu.shuffle xor %v1092, %v886, %v878 : f32
                %v1095 = arith.addf %v1092, %v1093 fastmath<contract> : f32
                // end sum over the lanes
                %v1096 = arith.addf %v1083, %v1095 fastmath<contract> : f32
                %v1097 = arith.mulf %v1071, %v1096 fastmath<contract> : f32
                %v1098 = arith.negf %v1097 : f32
                %v1099 = arith.addf %v1068, %v1098 fastmath<contract> : f32
                %v1100 = arith.mulf %v1052, %v1099 fastmath<contract> : f32
                %v1101 = arith.addf %v1067, %v1100 fastmath<contract> : f32
                %v1102 = arith.mulf %v1049, %v1051 fastmath<contract> : f32
                %v1103 = arith.mulf %v1051, %v1099 fastmath<contract> : f32
                %v1104 = arith.addf %v1097, %v1103 fastmath<contract> : f32
                %v1105 = arith.addf %v1102, %v1104 fastmath<contract> : f32
                %v1106 = arith.negf %v959 : f32
                %v1107 = arith.negf %v1106 : f32
                %v1108 = arith.mulf %v1107, %v368 fastmath<contract> : f32
                %v1109 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1108) : (f32) -> f32
                %v1110 = arith.addf %v86, %v1109 fastmath<contract> : f32
                %v1111 = arith.divf %v86, %v1110 : f32
                %v1112 = arith.mulf %v1105, %v1111 fastmath<contract> : f32
                %v1113 = arith.select %v46, %v950, %v85 : f32
                // sum over the warp's outer points: shuffles
                %v1115, %v1116 = gpu.shuffle xor %v1113, %v1114, %v878 : f32
                %v1117 = arith.addf %v1113, %v1115 fastmath<contract> : f32
                %v1119, %v1120 = gpu.shuffle xor %v1117, %v1118, %v878 : f32
                %v1121 = arith.addf %v1117, %v1119 fastmath<contract> : f32
                %v1122 = arith.divui %v32, %v34 : i64
                %v1123 = arith.remui %v32, %v34 : i64
                %v1124 = arith.cmpi ult, %v1123, %v41 : i64
                %v1125 = arith.muli %v1122, %v1 : i64
                %v1126 = arith.addi %v1125, %v42 : i64
                %v1128 = arith.muli %v1126, %v1127 : i64
                %v1129 = arith.addi %v1128, %v475 : i64
                scf.if %v1124 {
                  %v1130 = llvm.getelementptr %v70[%v1129] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1121, %v1130 : f32, !llvm.ptr
                }
                %v1131 = arith.select %v46, %v953, %v85 : f32
                // sum over the warp's outer points: shuffles
                %v1132, %v1133 = gpu.shuffle xor %v1131, %v1114, %v878 : f32
                %v1134 = arith.addf %v1131, %v1132 fastmath<contract> : f32
                %v1135, %v1136 = gpu.shuffle xor %v1134, %v1118, %v878 : f32
                %v1137 = arith.addf %v1134, %v1135 fastmath<contract> : f32
                %v1138 = arith.divui %v32, %v34 : i64
                %v1139 = arith.remui %v32, %v34 : i64
                %v1140 = arith.cmpi ult, %v1139, %v41 : i64
                %v1141 = arith.addi %v41, %v42 : i64
                %v1142 = arith.muli %v1138, %v1 : i64
                %v1143 = arith.addi %v1142, %v1141 : i64
                %v1144 = arith.muli %v1143, %v1127 : i64
                %v1145 = arith.addi %v1144, %v475 : i64
                scf.if %v1140 {
                  %v1146 = llvm.getelementptr %v70[%v1145] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1137, %v1146 : f32, !llvm.ptr
                }
                %v1147 = arith.select %v46, %v1005, %v85 : f32
                // sum over the warp's outer points: shuffles
                %v1148, %v1149 = gpu.shuffle xor %v1147, %v1114, %v878 : f32
                %v1150 = arith.addf %v1147, %v1148 fastmath<contract> : f32
                %v1151, %v1152 = gpu.shuffle xor %v1150, %v1118, %v878 : f32
                %v1153 = arith.addf %v1150, %v1151 fastmath<contract> : f32
                %v1154 = arith.divui %v32, %v34 : i64
                %v1155 = arith.remui %v32, %v34 : i64
                %v1156 = arith.cmpi ult, %v1155, %v41 : i64
                %v1157 = arith.muli %v1154, %v1 : i64
                %v1158 = arith.addi %v1157, %v42 : i64
                %v1159 = arith.muli %v1158, %v1127 : i64
                %v1160 = arith.addi %v1159, %v475 : i64
                scf.if %v1156 {
                  %v1161 = llvm.getelementptr %v72[%v1160] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1153, %v1161 : f32, !llvm.ptr
                }
                %v1162 = arith.select %v46, %v1011, %v85 : f32
                // sum over the warp's outer points: shuffles
                %v1163, %v1164 = gpu.shuffle xor %v1162, %v1114, %v878 : f32
                %v1165 = arith.addf %v1162, %v1163 fastmath<contract> : f32
                %v1166, %v1167 = gpu.shuffle xor %v1165, %v1118, %v878 : f32
                %v1168 = arith.addf %v1165, %v1166 fastmath<contract> : f32
                %v1169 = arith.divui %v32, %v34 : i64
                %v1170 = arith.remui %v32, %v34 : i64
                %v1171 = arith.cmpi ult, %v1170, %v41 : i64
                %v1172 = arith.addi %v41, %v42 : i64
                %v1173 = arith.muli %v1169, %v1 : i64
                %v1174 = arith.addi %v1173, %v1172 : i64
                %v1175 = arith.muli %v1174, %v1127 : i64
                %v1176 = arith.addi %v1175, %v475 : i64
                scf.if %v1171 {
                  %v1177 = llvm.getelementptr %v72[%v1176] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1168, %v1177 : f32, !llvm.ptr
                }
                %v1178 = arith.select %v46, %v1101, %v85 : f32
                // sum over the warp's outer points: shuffles
                %v1179, %v1180 = gpu.shuffle xor %v1178, %v1114, %v878 : f32
                %v1181 = arith.addf %v1178, %v1179 fastmath<contract> : f32
                %v1182, %v1183 = gpu.shuffle xor %v1181, %v1118, %v878 : f32
                %v1184 = arith.addf %v1181, %v1182 fastmath<contract> : f32
                %v1185 = arith.divui %v32, %v34 : i64
                %v1186 = arith.remui %v32, %v34 : i64
                %v1187 = arith.cmpi ult, %v1186, %v2 : i64
                %v1188 = arith.muli %v1185, %v1127 : i64
                %v1189 = arith.addi %v1188, %v475 : i64
                scf.if %v1187 {
                  %v1190 = llvm.getelementptr %v74[%v1189] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1184, %v1190 : f32, !llvm.ptr
                }
                %v1191 = arith.select %v46, %v1112, %v85 : f32
                // sum over the warp's outer points: shuffles
                %v1192, %v1193 = gpu.shuffle xor %v1191, %v1114, %v878 : f32
                %v1194 = arith.addf %v1191, %v1192 fastmath<contract> : f32
                %v1195, %v1196 = gpu.shuffle xor %v1194, %v1118, %v878 : f32
                %v1197 = arith.addf %v1194, %v1195 fastmath<contract> : f32
                %v1198 = arith.divui %v32, %v34 : i64
                %v1199 = arith.remui %v32, %v34 : i64
                %v1200 = arith.cmpi ult, %v1199, %v2 : i64
                %v1201 = arith.muli %v1198, %v1127 : i64
                %v1202 = arith.addi %v1201, %v475 : i64
                scf.if %v1200 {
                  %v1203 = llvm.getelementptr %v76[%v1202] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1197, %v1203 : f32, !llvm.ptr
                }
                llvm.store %v1051, %v63 : f32, !llvm.ptr
                llvm.store %v1104, %v68 : f32, !llvm.ptr
                llvm.store %v1071, %v64 : f32, !llvm.ptr
                llvm.store %v1071, %v65 : f32, !llvm.ptr
                llvm.store %v1071, %v66 : f32, !llvm.ptr
                llvm.store %v1071, %v67 : f32, !llvm.ptr
                %v1204 = arith.addi %v473, %v95 : i64
                %v1205 = arith.cmpi slt, %v882, %v839 : i32
                %v1206 = arith.cmpi eq, %v882, %v845 : i32
                %v1207 = arith.addi %v475, %v2 : i64
                %v1208 = arith.addi %v152, %v1204 : i64
                %v1209 = arith.negf %v713 : f32
                %v1210 = arith.mulf %v1209, %v368 fastmath<contract> : f32
                %v1211 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1210) : (f32) -> f32
                %v1212 = arith.muli %v56, %v424 : i64
                %v1213 = arith.muli %v1208, %v423 : i64
                %v1214 = arith.addi %v1212, %v1213 : i64
                %v1215 = arith.muli %v54, %size_DV : i64
                %v1216 = arith.addi %v1214, %v1215 : i64
                %v1217 = arith.addi %v1216, %v52 : i64
                %v1218 = llvm.getelementptr %dy_o[%v1217] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1219 = llvm.load %v1218 : !llvm.ptr -> f32
                %v1220 = arith.muli %v42, %v181 : i64
                %v1221 = arith.subi %v1208, %v152 : i64
                %v1222 = arith.addi %v1220, %v1221 : i64
                %v1223 = llvm.getelementptr %v78[%v1222] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1224 = llvm.load %v1223 : !llvm.ptr -> f32
                %v1225 = arith.mulf %v1224, %v741 fastmath<contract> : f32
                %v1226 = arith.constant 8 : i64
                %v1227 = arith.addi %v1226, %v42 : i64
                %v1228 = arith.muli %v1227, %v181 : i64
                %v1229 = arith.subi %v1208, %v152 : i64
                %v1230 = arith.addi %v1228, %v1229 : i64
                %v1231 = llvm.getelementptr %v78[%v1230] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1232 = llvm.load %v1231 : !llvm.ptr -> f32
                %v1233 = arith.mulf %v1232, %v753 fastmath<contract> : f32
                %v1234 = arith.addf %v1225, %v1233 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1235, %v1236 = gpu.shuffle xor %v1234, %v877, %v878 : f32
                %v1237 = arith.addf %v1234, %v1235 fastmath<contract> : f32
                %v1238, %v1239 = gpu.shuffle xor %v1237, %v882, %v878 : f32
                %v1240 = arith.addf %v1237, %v1238 fastmath<contract> : f32
                %v1241, %v1242 = gpu.shuffle xor %v1240, %v886, %v878 : f32
                %v1243 = arith.addf %v1240, %v1241 fastmath<contract> : f32
                // end sum over the lanes
                %v1244 = arith.mulf %v1224, %v755 fastmath<contract> : f32
                %v1245 = arith.mulf %v1232, %v757 fastmath<contract> : f32
                %v1246 = arith.addf %v1244, %v1245 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1247, %v1248 = gpu.shuffle xor %v1246, %v877, %v878 : f32
                %v1249 = arith.addf %v1246, %v1247 fastmath<contract> : f32
                %v1250, %v1251 = gpu.shuffle xor %v1249, %v882, %v878 : f32
                %v1252 = arith.addf %v1249, %v1250 fastmath<contract> : f32
                %v1253, %v1254 = gpu.shuffle xor %v1252, %v886, %v878 : f32
                %v1255 = arith.addf %v1252, %v1253 fastmath<contract> : f32
                // end sum over the lanes
                %v1256 = llvm.call_intrinsic "llvm.fabs.f32"(%v1255) : (f32) -> f32
                %v1257 = arith.maximumf %v1256, %v1211 : f32
                %v1258 = arith.divf %v1243, %v1257 : f32
                %v1259 = arith.divf %v1258, %v1257 : f32
                %v1260 = arith.mulf %v1219, %v1259 fastmath<contract> : f32
                %v1261 = arith.negf %v1260 : f32
                %v1262 = arith.cmpf oge, %v1256, %v1211 : f32
                %v1263 = arith.select %v1262, %v86, %v85 : f32
                %v1264 = arith.subf %v86, %v1263 fastmath<contract> : f32
                %v1265 = arith.mulf %v1261, %v1264 fastmath<contract> : f32
                %v1266 = arith.mulf %v1211, %v1265 fastmath<contract> : f32
                %v1267 = arith.negf %v1266 : f32
                %v1268 = llvm.load %v58 : !llvm.ptr -> f32
                %v1269 = llvm.load %v63 : !llvm.ptr -> f32
                %v1270 = arith.mulf %v1269, %v1268 fastmath<contract> : f32
                %v1271 = arith.addf %v1267, %v1270 fastmath<contract> : f32
                %v1272 = llvm.load %v68 : !llvm.ptr -> f32
                %v1273 = arith.addf %v1271, %v1272 fastmath<contract> : f32
                llvm.store %v1273, %v58 : f32, !llvm.ptr
                %v1274 = arith.divf %v1219, %v1257 : f32
                %v1275 = arith.mulf %v1224, %v1274 fastmath<contract> : f32
                %v1276 = llvm.load %v59 : !llvm.ptr -> f32
                %v1277 = llvm.load %v64 : !llvm.ptr -> f32
                %v1278 = arith.mulf %v1277, %v1276 fastmath<contract> : f32
                %v1279 = arith.addf %v1275, %v1278 fastmath<contract> : f32
                llvm.store %v1279, %v59 : f32, !llvm.ptr
                %v1280 = arith.mulf %v1232, %v1274 fastmath<contract> : f32
                %v1281 = llvm.load %v60 : !llvm.ptr -> f32
                %v1282 = llvm.load %v65 : !llvm.ptr -> f32
                %v1283 = arith.mulf %v1282, %v1281 fastmath<contract> : f32
                %v1284 = arith.addf %v1280, %v1283 fastmath<contract> : f32
                llvm.store %v1284, %v60 : f32, !llvm.ptr
                %v1285 = arith.mulf %v1261, %v1263 fastmath<contract> : f32
                %v1286 = arith.cmpf olt, %v1255, %v85 : f32
                %v1287 = arith.select %v1286, %v932, %v85 : f32
                %v1288 = arith.cmpf ogt, %v1255, %v85 : f32
                %v1289 = arith.select %v1288, %v86, %v1287 : f32
                %v1290 = arith.mulf %v1285, %v1289 fastmath<contract> : f32
                %v1291 = arith.mulf %v1224, %v1290 fastmath<contract> : f32
                %v1292 = llvm.load %v61 : !llvm.ptr -> f32
                %v1293 = llvm.load %v66 : !llvm.ptr -> f32
                %v1294 = arith.mulf %v1293, %v1292 fastmath<contract> : f32
                %v1295 = arith.addf %v1291, %v1294 fastmath<contract> : f32
                llvm.store %v1295, %v61 : f32, !llvm.ptr
                %v1296 = arith.mulf %v1232, %v1290 fastmath<contract> : f32
                %v1297 = llvm.load %v62 : !llvm.ptr -> f32
                %v1298 = llvm.load %v67 : !llvm.ptr -> f32
                %v1299 = arith.mulf %v1298, %v1297 fastmath<contract> : f32
                %v1300 = arith.addf %v1296, %v1299 fastmath<contract> : f32
                llvm.store %v1300, %v62 : f32, !llvm.ptr
                %v1301 = arith.mulf %v755, %v1290 fastmath<contract> : f32
                %v1302 = arith.mulf %v741, %v1274 fastmath<contract> : f32
                %v1303 = arith.addf %v1301, %v1302 fastmath<contract> : f32
                %v1304 = arith.mulf %v757, %v1290 fastmath<contract> : f32
                %v1305 = arith.mulf %v753, %v1274 fastmath<contract> : f32
                %v1306 = arith.addf %v1304, %v1305 fastmath<contract> : f32
                %v1307 = arith.subi %v1208, %v152 : i64
                %v1308 = llvm.getelementptr %v82[%v1307] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1309 = llvm.load %v1308 : !llvm.ptr -> f32
                %v1310 = arith.subi %v1208, %v152 : i64
                %v1311 = llvm.getelementptr %v84[%v1310] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1312 = llvm.load %v1311 : !llvm.ptr -> f32
                %v1313 = arith.minimumf %v1312, %v85 : f32
                %v1314 = llvm.call_intrinsic "llvm.fabs.f32"(%v1312) : (f32) -> f32
                %v1315 = arith.negf %v1314 : f32
                %v1316 = arith.mulf %v1315, %v368 fastmath<contract> : f32
                %v1317 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1316) : (f32) -> f32
                %v1318 = arith.addf %v86, %v1317 fastmath<contract> : f32
                %v1319 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v1318) : (f32) -> f32
                %v1320 = arith.mulf %v1319, %v373 fastmath<contract> : f32
                %v1321 = arith.mulf %v375, %v1317 fastmath<contract> : f32
                %v1322 = arith.addf %v1321, %v377 fastmath<contract> : f32
                %v1323 = arith.mulf %v1322, %v1317 fastmath<contract> : f32
                %v1324 = arith.addf %v1323, %v380 fastmath<contract> : f32
                %v1325 = arith.mulf %v1324, %v1317 fastmath<contract> : f32
                %v1326 = arith.addf %v1325, %v383 fastmath<contract> : f32
                %v1327 = arith.mulf %v1326, %v1317 fastmath<contract> : f32
                %v1328 = arith.addf %v1327, %v386 fastmath<contract> : f32
                %v1329 = arith.mulf %v1328, %v1317 fastmath<contract> : f32
                %v1330 = arith.addf %v1329, %v389 fastmath<contract> : f32
                %v1331 = arith.mulf %v1330, %v1317 fastmath<contract> : f32
                %v1332 = arith.addf %v1331, %v86 fastmath<contract> : f32
                %v1333 = arith.mulf %v1332, %v1317 fastmath<contract> : f32
                %v1334 = llvm.call_intrinsic "llvm.fabs.f32"(%v1317) : (f32) -> f32
                %v1335 = arith.cmpf olt, %v1334, %v395 : f32
                %v1336 = arith.select %v1335, %v1333, %v1320 : f32
                %v1337 = arith.subf %v1313, %v1336 fastmath<contract> : f32
                %v1338 = arith.addf %v1337, %v633 fastmath<contract> : f32
                %v1339 = arith.maximumf %v1338, %v1309 : f32
                %v1340 = arith.subf %v1309, %v1339 fastmath<contract> : f32
                %v1341 = arith.mulf %v1340, %v368 fastmath<contract> : f32
                %v1342 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1341) : (f32) -> f32
                %v1343 = llvm.load %v61 : !llvm.ptr -> f32
                %v1344 = arith.muli %v56, %v424 : i64
                %v1345 = arith.muli %v1208, %v423 : i64
                %v1346 = arith.addi %v1344, %v1345 : i64
                %v1347 = arith.muli %v54, %size_DV : i64
                %v1348 = arith.addi %v1346, %v1347 : i64
                %v1349 = arith.addi %v1348, %v52 : i64
                %v1350 = llvm.getelementptr %in_v[%v1349] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1351 = llvm.load %v1350 : !llvm.ptr -> f32
                %v1352 = llvm.load %v59 : !llvm.ptr -> f32
                %v1353 = arith.mulf %v1351, %v1352 fastmath<contract> : f32
                %v1354 = arith.addf %v1343, %v1353 fastmath<contract> : f32
                %v1355 = arith.mulf %v1342, %v1354 fastmath<contract> : f32
                %v1357 = llvm.call_intrinsic "llvm.sqrt.f32"(%v1356) : (f32) -> f32
                %v1358 = arith.divf %v1355, %v1357 : f32
                %v1359 = llvm.load %v62 : !llvm.ptr -> f32
                %v1360 = llvm.load %v60 : !llvm.ptr -> f32
                %v1361 = arith.mulf %v1351, %v1360 fastmath<contract> : f32
                %v1362 = arith.addf %v1359, %v1361 fastmath<contract> : f32
                %v1363 = arith.mulf %v1342, %v1362 fastmath<contract> : f32
                %v1364 = arith.divf %v1363, %v1357 : f32
                %v1365 = arith.muli %v42, %v181 : i64
                %v1366 = arith.subi %v1208, %v152 : i64
                %v1367 = arith.addi %v1365, %v1366 : i64
                %v1368 = llvm.getelementptr %v80[%v1367] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1369 = llvm.load %v1368 : !llvm.ptr -> f32
                %v1370 = arith.divf %v1369, %v1357 : f32
                %v1371 = arith.mulf %v1342, %v1370 fastmath<contract> : f32
                %v1372 = arith.mulf %v1371, %v1352 fastmath<contract> : f32
                %v1373 = arith.constant 8 : i64
                %v1374 = arith.addi %v1373, %v42 : i64
                %v1375 = arith.muli %v1374, %v181 : i64
                %v1376 = arith.subi %v1208, %v152 : i64
                %v1377 = arith.addi %v1375, %v1376 : i64
                %v1378 = llvm.getelementptr %v80[%v1377] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1379 = llvm.load %v1378 : !llvm.ptr -> f32
                %v1380 = arith.divf %v1379, %v1357 : f32
                %v1381 = arith.mulf %v1342, %v1380 fastmath<contract> : f32
                %v1382 = arith.mulf %v1381, %v1360 fastmath<contract> : f32
                %v1383 = arith.addf %v1372, %v1382 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1384, %v1385 = gpu.shuffle xor %v1383, %v877, %v878 : f32
                %v1386 = arith.addf %v1383, %v1384 fastmath<contract> : f32
                %v1387, %v1388 = gpu.shuffle xor %v1386, %v882, %v878 : f32
                %v1389 = arith.addf %v1386, %v1387 fastmath<contract> : f32
                %v1390, %v1391 = gpu.shuffle xor %v1389, %v886, %v878 : f32
                %v1392 = arith.addf %v1389, %v1390 fastmath<contract> : f32
                // end sum over the lanes
                %v1393 = arith.cmpi eq, %v42, %v11 : i64
                %v1394 = arith.andi %v46, %v1393 : i1
                scf.if %v1394 {
                  %v1395 = arith.muli %v56, %v424 : i64
                  %v1396 = arith.muli %v1208, %v423 : i64
                  %v1397 = arith.addi %v1395, %v1396 : i64
                  %v1398 = arith.muli %v54, %size_DV : i64
                  %v1399 = arith.addi %v1397, %v1398 : i64
                  %v1400 = arith.addi %v1399, %v52 : i64
                  %v1401 = llvm.getelementptr %dx_v[%v1400] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1392, %v1401 : f32, !llvm.ptr
                }
                %v1402 = llvm.load %v58 : !llvm.ptr -> f32
                %v1403 = arith.cmpf oge, %v1338, %v1309 : f32
                %v1404 = arith.select %v1403, %v86, %v85 : f32
                %v1405 = arith.subf %v86, %v1404 fastmath<contract> : f32
                %v1406 = arith.mulf %v1402, %v1405 fastmath<contract> : f32
                %v1407 = arith.mulf %v1370, %v1354 fastmath<contract> : f32
                %v1408 = arith.mulf %v1380, %v1362 fastmath<contract> : f32
                %v1409 = arith.addf %v1407, %v1408 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1410, %v1411 = gpu.shuffle xor %v1409, %v877, %v878 : f32
                %v1412 = arith.addf %v1409, %v1410 fastmath<contract> : f32
                %v1413, %v1414 = gpu.shuffle xor %v1412, %v882, %v878 : f32
                %v1415 = arith.addf %v1412, %v1413 fastmath<contract> : f32
                %v1416, %v1417 = gpu.shuffle xor %v1415, %v886, %v878 : f32
                %v1418 = arith.addf %v1415, %v1416 fastmath<contract> : f32
                // end sum over the lanes
                %v1419 = arith.mulf %v1342, %v1418 fastmath<contract> : f32
                %v1420 = arith.addf %v1406, %v1419 fastmath<contract> : f32
                %v1421 = arith.negf %v1419 : f32
                %v1422 = arith.subf %v1338, %v1339 fastmath<contract> : f32
                %v1423 = arith.mulf %v1422, %v368 fastmath<contract> : f32
                %v1424 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1423) : (f32) -> f32
                %v1425 = arith.mulf %v661, %v1352 fastmath<contract> : f32
                %v1426 = arith.mulf %v673, %v1360 fastmath<contract> : f32
                %v1427 = arith.addf %v1425, %v1426 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1428, %v1429 = gpu.shuffle xor %v1427, %v877, %v878 : f32
                %v1430 = arith.addf %v1427, %v1428 fastmath<contract> : f32
                %v1431, %v1432 = gpu.shuffle xor %v1430, %v882, %v878 : f32
                %v1433 = arith.addf %v1430, %v1431 fastmath<contract> : f32
                %v1434, %v1435 = gpu.shuffle xor %v1433, %v886, %v878 : f32
                %v1436 = arith.addf %v1433, %v1434 fastmath<contract> : f32
                // end sum over the lanes
                %v1437 = arith.mulf %v675, %v1343 fastmath<contract> : f32
                %v1438 = arith.mulf %v677, %v1359 fastmath<contract> : f32
                %v1439 = arith.addf %v1437, %v1438 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1440, %v1441 = gpu.shuffle xor %v1439, %v877, %v878 : f32
                %v1442 = arith.addf %v1439, %v1440 fastmath<contract> : f32
                %v1443, %v1444 = gpu.shuffle xor %v1442, %v882, %v878 : f32
                %v1445 = arith.addf %v1442, %v1443 fastmath<contract> : f32
                %v1446, %v1447 = gpu.shuffle xor %v1445, %v886, %v878 : f32
                %v1448 = arith.addf %v1445, %v1446 fastmath<contract> : f32
                // end sum over the lanes
                %v1449 = arith.addf %v1436, %v1448 fastmath<contract> : f32
                %v1450 = arith.mulf %v1424, %v1449 fastmath<contract> : f32
                %v1451 = arith.negf %v1450 : f32
                %v1452 = arith.addf %v1421, %v1451 fastmath<contract> : f32
                %v1453 = arith.mulf %v1405, %v1452 fastmath<contract> : f32
                %v1454 = arith.addf %v1420, %v1453 fastmath<contract> : f32
                %v1455 = arith.mulf %v1402, %v1404 fastmath<contract> : f32
                %v1456 = arith.mulf %v1404, %v1452 fastmath<contract> : f32
                %v1457 = arith.addf %v1450, %v1456 fastmath<contract> : f32
                %v1458 = arith.addf %v1455, %v1457 fastmath<contract> : f32
                %v1459 = arith.negf %v1312 : f32
                %v1460 = arith.negf %v1459 : f32
                %v1461 = arith.mulf %v1460, %v368 fastmath<contract> : f32
                %v1462 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1461) : (f32) -> f32
                %v1463 = arith.addf %v86, %v1462 fastmath<contract> : f32
                %v1464 = arith.divf %v86, %v1463 : f32
                %v1465 = arith.mulf %v1458, %v1464 fastmath<contract> : f32
                %v1466 = arith.select %v46, %v1303, %v85 : f32
                // sum over the warp's outer points: shuffles
                %v1467, %v1468 = gpu.shuffle xor %v1466, %v1114, %v878 : f32
                %v1469 = arith.addf %v1466, %v1467 fastmath<contract> : f32
                %v1470, %v1471 = gpu.shuffle xor %v1469, %v1118, %v878 : f32
                %v1472 = arith.addf %v1469, %v1470 fastmath<contract> : f32
                %v1473 = arith.divui %v32, %v34 : i64
                %v1474 = arith.remui %v32, %v34 : i64
                %v1475 = arith.cmpi ult, %v1474, %v41 : i64
                %v1476 = arith.muli %v1473, %v1 : i64
                %v1477 = arith.addi %v1476, %v42 : i64
                %v1478 = arith.muli %v1477, %v1127 : i64
                %v1479 = arith.addi %v1478, %v1207 : i64
                scf.if %v1475 {
                  %v1480 = llvm.getelementptr %v70[%v1479] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1472, %v1480 : f32, !llvm.ptr
                }
                %v1481 = arith.select %v46, %v1306, %v85 : f32
                // sum over the warp's outer points: shuffles
                %v1482, %v1483 = gpu.shuffle xor %v1481, %v1114, %v878 : f32
                %v1484 = arith.addf %v1481, %v1482 fastmath<contract> : f32
                %v1485, %v1486 = gpu.shuffle xor %v1484, %v1118, %v878 : f32
                %v1487 = arith.addf %v1484, %v1485 fastmath<contract> : f32
                %v1488 = arith.divui %v32, %v34 : i64
                %v1489 = arith.remui %v32, %v34 : i64
                %v1490 = arith.cmpi ult, %v1489, %v41 : i64
                %v1491 = arith.addi %v41, %v42 : i64
                %v1492 = arith.muli %v1488, %v1 : i64
                %v1493 = arith.addi %v1492, %v1491 : i64
                %v1494 = arith.muli %v1493, %v1127 : i64
                %v1495 = arith.addi %v1494, %v1207 : i64
                scf.if %v1490 {
                  %v1496 = llvm.getelementptr %v70[%v1495] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1487, %v1496 : f32, !llvm.ptr
                }
                %v1497 = arith.select %v46, %v1358, %v85 : f32
                // sum over the warp's outer points: shuffles
                %v1498, %v1499 = gpu.shuffle xor %v1497, %v1114, %v878 : f32
                %v1500 = arith.addf %v1497, %v1498 fastmath<contract> : f32
                %v1501, %v1502 = gpu.shuffle xor %v1500, %v1118, %v878 : f32
                %v1503 = arith.addf %v1500, %v1501 fastmath<contract> : f32
                %v1504 = arith.divui %v32, %v34 : i64
                %v1505 = arith.remui %v32, %v34 : i64
                %v1506 = arith.cmpi ult, %v1505, %v41 : i64
                %v1507 = arith.muli %v1504, %v1 : i64
                %v1508 = arith.addi %v1507, %v42 : i64
                %v1509 = arith.muli %v1508, %v1127 : i64
                %v1510 = arith.addi %v1509, %v1207 : i64
                scf.if %v1506 {
                  %v1511 = llvm.getelementptr %v72[%v1510] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1503, %v1511 : f32, !llvm.ptr
                }
                %v1512 = arith.select %v46, %v1364, %v85 : f32
                // sum over the warp's outer points: shuffles
                %v1513, %v1514 = gpu.shuffle xor %v1512, %v1114, %v878 : f32
                %v1515 = arith.addf %v1512, %v1513 fastmath<contract> : f32
                %v1516, %v1517 = gpu.shuffle xor %v1515, %v1118, %v878 : f32
                %v1518 = arith.addf %v1515, %v1516 fastmath<contract> : f32
                %v1519 = arith.divui %v32, %v34 : i64
                %v1520 = arith.remui %v32, %v34 : i64
                %v1521 = arith.cmpi ult, %v1520, %v41 : i64
                %v1522 = arith.addi %v41, %v42 : i64
                %v1523 = arith.muli %v1519, %v1 : i64
                %v1524 = arith.addi %v1523, %v1522 : i64
                %v1525 = arith.muli %v1524, %v1127 : i64
                %v1526 = arith.addi %v1525, %v1207 : i64
                scf.if %v1521 {
                  %v1527 = llvm.getelementptr %v72[%v1526] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1518, %v1527 : f32, !llvm.ptr
                }
                %v1528 = arith.select %v46, %v1454, %v85 : f32
                // sum over the warp's outer points: shuffles
                %v1529, %v1530 = gpu.shuffle xor %v1528, %v1114, %v878 : f32
                %v1531 = arith.addf %v1528, %v1529 fastmath<contract> : f32
                %v1532, %v1533 = gpu.shuffle xor %v1531, %v1118, %v878 : f32
                %v1534 = arith.addf %v1531, %v1532 fastmath<contract> : f32
                %v1535 = arith.divui %v32, %v34 : i64
                %v1536 = arith.remui %v32, %v34 : i64
                %v1537 = arith.cmpi ult, %v1536, %v2 : i64
                %v1538 = arith.muli %v1535, %v1127 : i64
                %v1539 = arith.addi %v1538, %v1207 : i64
                scf.if %v1537 {
                  %v1540 = llvm.getelementptr %v74[%v1539] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1534, %v1540 : f32, !llvm.ptr
                }
                %v1541 = arith.select %v46, %v1465, %v85 : f32
                // sum over the warp's outer points: shuffles
                %v1542, %v1543 = gpu.shuffle xor %v1541, %v1114, %v878 : f32
                %v1544 = arith.addf %v1541, %v1542 fastmath<contract> : f32
                %v1545, %v1546 = gpu.shuffle xor %v1544, %v1118, %v878 : f32
                %v1547 = arith.addf %v1544, %v1545 fastmath<contract> : f32
                %v1548 = arith.divui %v32, %v34 : i64
                %v1549 = arith.remui %v32, %v34 : i64
                %v1550 = arith.cmpi ult, %v1549, %v2 : i64
                %v1551 = arith.muli %v1548, %v1127 : i64
                %v1552 = arith.addi %v1551, %v1207 : i64
                scf.if %v1550 {
                  %v1553 = llvm.getelementptr %v76[%v1552] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1547, %v1553 : f32, !llvm.ptr
                }
                llvm.store %v1404, %v63 : f32, !llvm.ptr
                llvm.store %v1457, %v68 : f32, !llvm.ptr
                llvm.store %v1424, %v64 : f32, !llvm.ptr
                llvm.store %v1424, %v65 : f32, !llvm.ptr
                llvm.store %v1424, %v66 : f32, !llvm.ptr
                llvm.store %v1424, %v67 : f32, !llvm.ptr
                %v1554 = arith.addi %v473, %v2 : i64
                %v1555 = arith.cmpi slt, %v877, %v839 : i32
                %v1556 = arith.cmpi eq, %v877, %v845 : i32
                %v1557 = arith.addi %v475, %v95 : i64
                %v1558 = arith.addi %v152, %v1554 : i64
                %v1559 = arith.negf %v633 : f32
                %v1560 = arith.mulf %v1559, %v368 fastmath<contract> : f32
                %v1561 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1560) : (f32) -> f32
                %v1562 = arith.muli %v56, %v424 : i64
                %v1563 = arith.muli %v1558, %v423 : i64
                %v1564 = arith.addi %v1562, %v1563 : i64
                %v1565 = arith.muli %v54, %size_DV : i64
                %v1566 = arith.addi %v1564, %v1565 : i64
                %v1567 = arith.addi %v1566, %v52 : i64
                %v1568 = llvm.getelementptr %dy_o[%v1567] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1569 = llvm.load %v1568 : !llvm.ptr -> f32
                %v1570 = arith.muli %v42, %v181 : i64
                %v1571 = arith.subi %v1558, %v152 : i64
                %v1572 = arith.addi %v1570, %v1571 : i64
                %v1573 = llvm.getelementptr %v78[%v1572] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1574 = llvm.load %v1573 : !llvm.ptr -> f32
                %v1575 = arith.mulf %v1574, %v661 fastmath<contract> : f32
                %v1576 = arith.constant 8 : i64
                %v1577 = arith.addi %v1576, %v42 : i64
                %v1578 = arith.muli %v1577, %v181 : i64
                %v1579 = arith.subi %v1558, %v152 : i64
                %v1580 = arith.addi %v1578, %v1579 : i64
                %v1581 = llvm.getelementptr %v78[%v1580] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1582 = llvm.load %v1581 : !llvm.ptr -> f32
                %v1583 = arith.mulf %v1582, %v673 fastmath<contract> : f32
                %v1584 = arith.addf %v1575, %v1583 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1585, %v1586 = gpu.shuffle xor %v1584, %v877, %v878 : f32
                %v1587 = arith.addf %v1584, %v1585 fastmath<contract> : f32
                %v1588, %v1589 = gpu.shuffle xor %v1587, %v882, %v878 : f32
                %v1590 = arith.addf %v1587, %v1588 fastmath<contract> : f32
                %v1591, %v1592 = gpu.shuffle xor %v1590, %v886, %v878 : f32
                %v1593 = arith.addf %v1590, %v1591 fastmath<contract> : f32
                // end sum over the lanes
                %v1594 = arith.mulf %v1574, %v675 fastmath<contract> : f32
                %v1595 = arith.mulf %v1582, %v677 fastmath<contract> : f32
                %v1596 = arith.addf %v1594, %v1595 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1597, %v1598 = gpu.shuffle xor %v1596, %v877, %v878 : f32
                %v1599 = arith.addf %v1596, %v1597 fastmath<contract> : f32
                %v1600, %v1601 = gpu.shuffle xor %v1599, %v882, %v878 : f32
                %v1602 = arith.addf %v1599, %v1600 fastmath<contract> : f32
                %v1603, %v1604 = gpu.shuffle xor %v1602, %v886, %v878 : f32
                %v1605 = arith.addf %v1602, %v1603 fastmath<contract> : f32
                // end sum over the lanes
                %v1606 = llvm.call_intrinsic "llvm.fabs.f32"(%v1605) : (f32) -> f32
                %v1607 = arith.maximumf %v1606, %v1561 : f32
                %v1608 = arith.divf %v1593, %v1607 : f32
                %v1609 = arith.divf %v1608, %v1607 : f32
                %v1610 = arith.mulf %v1569, %v1609 fastmath<contract> : f32
                %v1611 = arith.negf %v1610 : f32
                %v1612 = arith.cmpf oge, %v1606, %v1561 : f32
                %v1613 = arith.select %v1612, %v86, %v85 : f32
                %v1614 = arith.subf %v86, %v1613 fastmath<contract> : f32
                %v1615 = arith.mulf %v1611, %v1614 fastmath<contract> : f32
                %v1616 = arith.mulf %v1561, %v1615 fastmath<contract> : f32
                %v1617 = arith.negf %v1616 : f32
                %v1618 = llvm.load %v58 : !llvm.ptr -> f32
                %v1619 = llvm.load %v63 : !llvm.ptr -> f32
                %v1620 = arith.mulf %v1619, %v1618 fastmath<contract> : f32
                %v1621 = arith.addf %v1617, %v1620 fastmath<contract> : f32
                %v1622 = llvm.load %v68 : !llvm.ptr -> f32
                %v1623 = arith.addf %v1621, %v1622 fastmath<contract> : f32
                llvm.store %v1623, %v58 : f32, !llvm.ptr
                %v1624 = arith.divf %v1569, %v1607 : f32
                %v1625 = arith.mulf %v1574, %v1624 fastmath<contract> : f32
                %v1626 = llvm.load %v59 : !llvm.ptr -> f32
                %v1627 = llvm.load %v64 : !llvm.ptr -> f32
                %v1628 = arith.mulf %v1627, %v1626 fastmath<contract> : f32
                %v1629 = arith.addf %v1625, %v1628 fastmath<contract> : f32
                llvm.store %v1629, %v59 : f32, !llvm.ptr
                %v1630 = arith.mulf %v1582, %v1624 fastmath<contract> : f32
                %v1631 = llvm.load %v60 : !llvm.ptr -> f32
                %v1632 = llvm.load %v65 : !llvm.ptr -> f32
                %v1633 = arith.mulf %v1632, %v1631 fastmath<contract> : f32
                %v1634 = arith.addf %v1630, %v1633 fastmath<contract> : f32
                llvm.store %v1634, %v60 : f32, !llvm.ptr
                %v1635 = arith.mulf %v1611, %v1613 fastmath<contract> : f32
                %v1636 = arith.cmpf olt, %v1605, %v85 : f32
                %v1637 = arith.select %v1636, %v932, %v85 : f32
                %v1638 = arith.cmpf ogt, %v1605, %v85 : f32
                %v1639 = arith.select %v1638, %v86, %v1637 : f32
                %v1640 = arith.mulf %v1635, %v1639 fastmath<contract> : f32
                %v1641 = arith.mulf %v1574, %v1640 fastmath<contract> : f32
                %v1642 = llvm.load %v61 : !llvm.ptr -> f32
                %v1643 = llvm.load %v66 : !llvm.ptr -> f32
                %v1644 = arith.mulf %v1643, %v1642 fastmath<contract> : f32
                %v1645 = arith.addf %v1641, %v1644 fastmath<contract> : f32
                llvm.store %v1645, %v61 : f32, !llvm.ptr
                %v1646 = arith.mulf %v1582, %v1640 fastmath<contract> : f32
                %v1647 = llvm.load %v62 : !llvm.ptr -> f32
                %v1648 = llvm.load %v67 : !llvm.ptr -> f32
                %v1649 = arith.mulf %v1648, %v1647 fastmath<contract> : f32
                %v1650 = arith.addf %v1646, %v1649 fastmath<contract> : f32
                llvm.store %v1650, %v62 : f32, !llvm.ptr
                %v1651 = arith.mulf %v675, %v1640 fastmath<contract> : f32
                %v1652 = arith.mulf %v661, %v1624 fastmath<contract> : f32
                %v1653 = arith.addf %v1651, %v1652 fastmath<contract> : f32
                %v1654 = arith.mulf %v677, %v1640 fastmath<contract> : f32
                %v1655 = arith.mulf %v673, %v1624 fastmath<contract> : f32
                %v1656 = arith.addf %v1654, %v1655 fastmath<contract> : f32
                %v1657 = arith.subi %v1558, %v152 : i64
                %v1658 = llvm.getelementptr %v82[%v1657] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1659 = llvm.load %v1658 : !llvm.ptr -> f32
                %v1660 = arith.subi %v1558, %v152 : i64
                %v1661 = llvm.getelementptr %v84[%v1660] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1662 = llvm.load %v1661 : !llvm.ptr -> f32
                %v1663 = arith.minimumf %v1662, %v85 : f32
                %v1664 = llvm.call_intrinsic "llvm.fabs.f32"(%v1662) : (f32) -> f32
                %v1665 = arith.negf %v1664 : f32
                %v1666 = arith.mulf %v1665, %v368 fastmath<contract> : f32
                %v1667 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1666) : (f32) -> f32
                %v1668 = arith.addf %v86, %v1667 fastmath<contract> : f32
                %v1669 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v1668) : (f32) -> f32
                %v1670 = arith.mulf %v1669, %v373 fastmath<contract> : f32
                %v1671 = arith.mulf %v375, %v1667 fastmath<contract> : f32
                %v1672 = arith.addf %v1671, %v377 fastmath<contract> : f32
                %v1673 = arith.mulf %v1672, %v1667 fastmath<contract> : f32
                %v1674 = arith.addf %v1673, %v380 fastmath<contract> : f32
                %v1675 = arith.mulf %v1674, %v1667 fastmath<contract> : f32
                %v1676 = arith.addf %v1675, %v383 fastmath<contract> : f32
                %v1677 = arith.mulf %v1676, %v1667 fastmath<contract> : f32
                %v1678 = arith.addf %v1677, %v386 fastmath<contract> : f32
                %v1679 = arith.mulf %v1678, %v1667 fastmath<contract> : f32
                %v1680 = arith.addf %v1679, %v389 fastmath<contract> : f32
                %v1681 = arith.mulf %v1680, %v1667 fastmath<contract> : f32
                %v1682 = arith.addf %v1681, %v86 fastmath<contract> : f32
                %v1683 = arith.mulf %v1682, %v1667 fastmath<contract> : f32
                %v1684 = llvm.call_intrinsic "llvm.fabs.f32"(%v1667) : (f32) -> f32
                %v1685 = arith.cmpf olt, %v1684, %v395 : f32
                %v1686 = arith.select %v1685, %v1683, %v1670 : f32
                %v1687 = arith.subf %v1663, %v1686 fastmath<contract> : f32
                %v1688 = arith.addf %v1687, %v553 fastmath<contract> : f32
                %v1689 = arith.maximumf %v1688, %v1659 : f32
                %v1690 = arith.subf %v1659, %v1689 fastmath<contract> : f32
                %v1691 = arith.mulf %v1690, %v368 fastmath<contract> : f32
                %v1692 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1691) : (f32) -> f32
                %v1693 = llvm.load %v61 : !llvm.ptr -> f32
                %v1694 = arith.muli %v56, %v424 : i64
                %v1695 = arith.muli %v1558, %v423 : i64
                %v1696 = arith.addi %v1694, %v1695 : i64
                %v1697 = arith.muli %v54, %size_DV : i64
                %v1698 = arith.addi %v1696, %v1697 : i64
                %v1699 = arith.addi %v1698, %v52 : i64
                %v1700 = llvm.getelementptr %in_v[%v1699] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1701 = llvm.load %v1700 : !llvm.ptr -> f32
                %v1702 = llvm.load %v59 : !llvm.ptr -> f32
                %v1703 = arith.mulf %v1701, %v1702 fastmath<contract> : f32
                %v1704 = arith.addf %v1693, %v1703 fastmath<contract> : f32
                %v1705 = arith.mulf %v1692, %v1704 fastmath<contract> : f32
                %v1707 = llvm.call_intrinsic "llvm.sqrt.f32"(%v1706) : (f32) -> f32
                %v1708 = arith.divf %v1705, %v1707 : f32
                %v1709 = llvm.load %v62 : !llvm.ptr -> f32
                %v1710 = llvm.load %v60 : !llvm.ptr -> f32
                %v1711 = arith.mulf %v1701, %v1710 fastmath<contract> : f32
                %v1712 = arith.addf %v1709, %v1711 fastmath<contract> : f32
                %v1713 = arith.mulf %v1692, %v1712 fastmath<contract> : f32
                %v1714 = arith.divf %v1713, %v1707 : f32
                %v1715 = arith.muli %v42, %v181 : i64
                %v1716 = arith.subi %v1558, %v152 : i64
                %v1717 = arith.addi %v1715, %v1716 : i64
                %v1718 = llvm.getelementptr %v80[%v1717] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1719 = llvm.load %v1718 : !llvm.ptr -> f32
                %v1720 = arith.divf %v1719, %v1707 : f32
                %v1721 = arith.mulf %v1692, %v1720 fastmath<contract> : f32
                %v1722 = arith.mulf %v1721, %v1702 fastmath<contract> : f32
                %v1723 = arith.constant 8 : i64
                %v1724 = arith.addi %v1723, %v42 : i64
                %v1725 = arith.muli %v1724, %v181 : i64
                %v1726 = arith.subi %v1558, %v152 : i64
                %v1727 = arith.addi %v1725, %v1726 : i64
                %v1728 = llvm.getelementptr %v80[%v1727] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1729 = llvm.load %v1728 : !llvm.ptr -> f32
                %v1730 = arith.divf %v1729, %v1707 : f32
                %v1731 = arith.mulf %v1692, %v1730 fastmath<contract> : f32
                %v1732 = arith.mulf %v1731, %v1710 fastmath<contract> : f32
                %v1733 = arith.addf %v1722, %v1732 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1734, %v1735 = gpu.shuffle xor %v1733, %v877, %v878 : f32
                %v1736 = arith.addf %v1733, %v1734 fastmath<contract> : f32
                %v1737, %v1738 = gpu.shuffle xor %v1736, %v882, %v878 : f32
                %v1739 = arith.addf %v1736, %v1737 fastmath<contract> : f32
                %v1740, %v1741 = gpu.shuffle xor %v1739, %v886, %v878 : f32
                %v1742 = arith.addf %v1739, %v1740 fastmath<contract> : f32
                // end sum over the lanes
                %v1743 = arith.cmpi eq, %v42, %v11 : i64
                %v1744 = arith.andi %v46, %v1743 : i1
                scf.if %v1744 {
                  %v1745 = arith.muli %v56, %v424 : i64
                  %v1746 = arith.muli %v1558, %v423 : i64
                  %v1747 = arith.addi %v1745, %v1746 : i64
                  %v1748 = arith.muli %v54, %size_DV : i64
                  %v1749 = arith.addi %v1747, %v1748 : i64
                  %v1750 = arith.addi %v1749, %v52 : i64
                  %v1751 = llvm.getelementptr %dx_v[%v1750] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1742, %v1751 : f32, !llvm.ptr
                }
                %v1752 = llvm.load %v58 : !llvm.ptr -> f32
                %v1753 = arith.cmpf oge, %v1688, %v1659 : f32
                %v1754 = arith.select %v1753, %v86, %v85 : f32
                %v1755 = arith.subf %v86, %v1754 fastmath<contract> : f32
                %v1756 = arith.mulf %v1752, %v1755 fastmath<contract> : f32
                %v1757 = arith.mulf %v1720, %v1704 fastmath<contract> : f32
                %v1758 = arith.mulf %v1730, %v1712 fastmath<contract> : f32
                %v1759 = arith.addf %v1757, %v1758 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1760, %v1761 = gpu.shuffle xor %v1759, %v877, %v878 : f32
                %v1762 = arith.addf %v1759, %v1760 fastmath<contract> : f32
                %v1763, %v1764 = gpu.shuffle xor %v1762, %v882, %v878 : f32
                %v1765 = arith.addf %v1762, %v1763 fastmath<contract> : f32
                %v1766, %v1767 = gpu.shuffle xor %v1765, %v886, %v878 : f32
                %v1768 = arith.addf %v1765, %v1766 fastmath<contract> : f32
                // end sum over the lanes
                %v1769 = arith.mulf %v1692, %v1768 fastmath<contract> : f32
                %v1770 = arith.addf %v1756, %v1769 fastmath<contract> : f32
                %v1771 = arith.negf %v1769 : f32
                %v1772 = arith.subf %v1688, %v1689 fastmath<contract> : f32
                %v1773 = arith.mulf %v1772, %v368 fastmath<contract> : f32
                %v1774 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1773) : (f32) -> f32
                %v1775 = arith.mulf %v581, %v1702 fastmath<contract> : f32
                %v1776 = arith.mulf %v593, %v1710 fastmath<contract> : f32
                %v1777 = arith.addf %v1775, %v1776 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1778, %v1779 = gpu.shuffle xor %v1777, %v877, %v878 : f32
                %v1780 = arith.addf %v1777, %v1778 fastmath<contract> : f32
                %v1781, %v1782 = gpu.shuffle xor %v1780, %v882, %v878 : f32
                %v1783 = arith.addf %v1780, %v1781 fastmath<contract> : f32
                %v1784, %v1785 = gpu.shuffle xor %v1783, %v886, %v878 : f32
                %v1786 = arith.addf %v1783, %v1784 fastmath<contract> : f32
                // end sum over the lanes
                %v1787 = arith.mulf %v595, %v1693 fastmath<contract> : f32
                %v1788 = arith.mulf %v597, %v1709 fastmath<contract> : f32
                %v1789 = arith.addf %v1787, %v1788 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1790, %v1791 = gpu.shuffle xor %v1789, %v877, %v878 : f32
                %v1792 = arith.addf %v1789, %v1790 fastmath<contract> : f32
                %v1793, %v1794 = gpu.shuffle xor %v1792, %v882, %v878 : f32
                %v1795 = arith.addf %v1792, %v1793 fastmath<contract> : f32
                %v1796, %v1797 = gpu.shuffle xor %v1795, %v886, %v878 : f32
                %v1798 = arith.addf %v1795, %v1796 fastmath<contract> : f32
                // end sum over the lanes
                %v1799 = arith.addf %v1786, %v1798 fastmath<contract> : f32
                %v1800 = arith.mulf %v1774, %v1799 fastmath<contract> : f32
                %v1801 = arith.negf %v1800 : f32
                %v1802 = arith.addf %v1771, %v1801 fastmath<contract> : f32
                %v1803 = arith.mulf %v1755, %v1802 fastmath<contract> : f32
                %v1804 = arith.addf %v1770, %v1803 fastmath<contract> : f32
                %v1805 = arith.mulf %v1752, %v1754 fastmath<contract> : f32
                %v1806 = arith.mulf %v1754, %v1802 fastmath<contract> : f32
                %v1807 = arith.addf %v1800, %v1806 fastmath<contract> : f32
                %v1808 = arith.addf %v1805, %v1807 fastmath<contract> : f32
                %v1809 = arith.negf %v1662 : f32
                %v1810 = arith.negf %v1809 : f32
                %v1811 = arith.mulf %v1810, %v368 fastmath<contract> : f32
                %v1812 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1811) : (f32) -> f32
                %v1813 = arith.addf %v86, %v1812 fastmath<contract> : f32
                %v1814 = arith.divf %v86, %v1813 : f32
                %v1815 = arith.mulf %v1808, %v1814 fastmath<contract> : f32
                %v1816 = arith.select %v46, %v1653, %v85 : f32
                // sum over the warp's outer points: shuffles
                %v1817, %v1818 = gpu.shuffle xor %v1816, %v1114, %v878 : f32
                %v1819 = arith.addf %v1816, %v1817 fastmath<contract> : f32
                %v1820, %v1821 = gpu.shuffle xor %v1819, %v1118, %v878 : f32
                %v1822 = arith.addf %v1819, %v1820 fastmath<contract> : f32
                %v1823 = arith.divui %v32, %v34 : i64
                %v1824 = arith.remui %v32, %v34 : i64
                %v1825 = arith.cmpi ult, %v1824, %v41 : i64
                %v1826 = arith.muli %v1823, %v1 : i64
                %v1827 = arith.addi %v1826, %v42 : i64
                %v1828 = arith.muli %v1827, %v1127 : i64
                %v1829 = arith.addi %v1828, %v1557 : i64
                scf.if %v1825 {
                  %v1830 = llvm.getelementptr %v70[%v1829] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1822, %v1830 : f32, !llvm.ptr
                }
                %v1831 = arith.select %v46, %v1656, %v85 : f32
                // sum over the warp's outer points: shuffles
                %v1832, %v1833 = gpu.shuffle xor %v1831, %v1114, %v878 : f32
                %v1834 = arith.addf %v1831, %v1832 fastmath<contract> : f32
                %v1835, %v1836 = gpu.shuffle xor %v1834, %v1118, %v878 : f32
                %v1837 = arith.addf %v1834, %v1835 fastmath<contract> : f32
                %v1838 = arith.divui %v32, %v34 : i64
                %v1839 = arith.remui %v32, %v34 : i64
                %v1840 = arith.cmpi ult, %v1839, %v41 : i64
                %v1841 = arith.addi %v41, %v42 : i64
                %v1842 = arith.muli %v1838, %v1 : i64
                %v1843 = arith.addi %v1842, %v1841 : i64
                %v1844 = arith.muli %v1843, %v1127 : i64
                %v1845 = arith.addi %v1844, %v1557 : i64
                scf.if %v1840 {
                  %v1846 = llvm.getelementptr %v70[%v1845] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1837, %v1846 : f32, !llvm.ptr
                }
                %v1847 = arith.select %v46, %v1708, %v85 : f32
                // sum over the warp's outer points: shuffles
                %v1848, %v1849 = gpu.shuffle xor %v1847, %v1114, %v878 : f32
                %v1850 = arith.addf %v1847, %v1848 fastmath<contract> : f32
                %v1851, %v1852 = gpu.shuffle xor %v1850, %v1118, %v878 : f32
                %v1853 = arith.addf %v1850, %v1851 fastmath<contract> : f32
                %v1854 = arith.divui %v32, %v34 : i64
                %v1855 = arith.remui %v32, %v34 : i64
                %v1856 = arith.cmpi ult, %v1855, %v41 : i64
                %v1857 = arith.muli %v1854, %v1 : i64
                %v1858 = arith.addi %v1857, %v42 : i64
                %v1859 = arith.muli %v1858, %v1127 : i64
                %v1860 = arith.addi %v1859, %v1557 : i64
                scf.if %v1856 {
                  %v1861 = llvm.getelementptr %v72[%v1860] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1853, %v1861 : f32, !llvm.ptr
                }
                %v1862 = arith.select %v46, %v1714, %v85 : f32
                // sum over the warp's outer points: shuffles
                %v1863, %v1864 = gpu.shuffle xor %v1862, %v1114, %v878 : f32
                %v1865 = arith.addf %v1862, %v1863 fastmath<contract> : f32
                %v1866, %v1867 = gpu.shuffle xor %v1865, %v1118, %v878 : f32
                %v1868 = arith.addf %v1865, %v1866 fastmath<contract> : f32
                %v1869 = arith.divui %v32, %v34 : i64
                %v1870 = arith.remui %v32, %v34 : i64
                %v1871 = arith.cmpi ult, %v1870, %v41 : i64
                %v1872 = arith.addi %v41, %v42 : i64
                %v1873 = arith.muli %v1869, %v1 : i64
                %v1874 = arith.addi %v1873, %v1872 : i64
                %v1875 = arith.muli %v1874, %v1127 : i64
                %v1876 = arith.addi %v1875, %v1557 : i64
                scf.if %v1871 {
                  %v1877 = llvm.getelementptr %v72[%v1876] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1868, %v1877 : f32, !llvm.ptr
                }
                %v1878 = arith.select %v46, %v1804, %v85 : f32
                // sum over the warp's outer points: shuffles
                %v1879, %v1880 = gpu.shuffle xor %v1878, %v1114, %v878 : f32
                %v1881 = arith.addf %v1878, %v1879 fastmath<contract> : f32
                %v1882, %v1883 = gpu.shuffle xor %v1881, %v1118, %v878 : f32
                %v1884 = arith.addf %v1881, %v1882 fastmath<contract> : f32
                %v1885 = arith.divui %v32, %v34 : i64
                %v1886 = arith.remui %v32, %v34 : i64
                %v1887 = arith.cmpi ult, %v1886, %v2 : i64
                %v1888 = arith.muli %v1885, %v1127 : i64
                %v1889 = arith.addi %v1888, %v1557 : i64
                scf.if %v1887 {
                  %v1890 = llvm.getelementptr %v74[%v1889] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1884, %v1890 : f32, !llvm.ptr
                }
                %v1891 = arith.select %v46, %v1815, %v85 : f32
                // sum over the warp's outer points: shuffles
                %v1892, %v1893 = gpu.shuffle xor %v1891, %v1114, %v878 : f32
                %v1894 = arith.addf %v1891, %v1892 fastmath<contract> : f32
                %v1895, %v1896 = gpu.shuffle xor %v1894, %v1118, %v878 : f32
                %v1897 = arith.addf %v1894, %v1895 fastmath<contract> : f32
                %v1898 = arith.divui %v32, %v34 : i64
                %v1899 = arith.remui %v32, %v34 : i64
                %v1900 = arith.cmpi ult, %v1899, %v2 : i64
                %v1901 = arith.muli %v1898, %v1127 : i64
                %v1902 = arith.addi %v1901, %v1557 : i64
                scf.if %v1900 {
                  %v1903 = llvm.getelementptr %v76[%v1902] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1897, %v1903 : f32, !llvm.ptr
                }
                llvm.store %v1754, %v63 : f32, !llvm.ptr
                llvm.store %v1807, %v68 : f32, !llvm.ptr
                llvm.store %v1774, %v64 : f32, !llvm.ptr
                llvm.store %v1774, %v65 : f32, !llvm.ptr
                llvm.store %v1774, %v66 : f32, !llvm.ptr
                llvm.store %v1774, %v67 : f32, !llvm.ptr
                %v1905 = arith.cmpi slt, %v1904, %v839 : i32
                %v1906 = arith.cmpi eq, %v1904, %v845 : i32
                %v1907 = arith.addi %v475, %v100 : i64
                %v1908 = arith.addi %v152, %v473 : i64
                %v1909 = arith.negf %v553 : f32
                %v1910 = arith.mulf %v1909, %v368 fastmath<contract> : f32
                %v1911 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1910) : (f32) -> f32
                %v1912 = arith.muli %v56, %v424 : i64
                %v1913 = arith.muli %v1908, %v423 : i64
                %v1914 = arith.addi %v1912, %v1913 : i64
                %v1915 = arith.muli %v54, %size_DV : i64
                %v1916 = arith.addi %v1914, %v1915 : i64
                %v1917 = arith.addi %v1916, %v52 : i64
                %v1918 = llvm.getelementptr %dy_o[%v1917] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1919 = llvm.load %v1918 : !llvm.ptr -> f32
                %v1920 = arith.muli %v42, %v181 : i64
                %v1921 = arith.subi %v1908, %v152 : i64
                %v1922 = arith.addi %v1920, %v1921 : i64
                %v1923 = llvm.getelementptr %v78[%v1922] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1924 = llvm.load %v1923 : !llvm.ptr -> f32
                %v1925 = arith.mulf %v1924, %v581 fastmath<contract> : f32
                %v1926 = arith.constant 8 : i64
                %v1927 = arith.addi %v1926, %v42 : i64
                %v1928 = arith.muli %v1927, %v181 : i64
                %v1929 = arith.subi %v1908, %v152 : i64
                %v1930 = arith.addi %v1928, %v1929 : i64
                %v1931 = llvm.getelementptr %v78[%v1930] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1932 = llvm.load %v1931 : !llvm.ptr -> f32
                %v1933 = arith.mulf %v1932, %v593 fastmath<contract> : f32
                %v1934 = arith.addf %v1925, %v1933 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1935, %v1936 = gpu.shuffle xor %v1934, %v877, %v878 : f32
                %v1937 = arith.addf %v1934, %v1935 fastmath<contract> : f32
                %v1938, %v1939 = gpu.shuffle xor %v1937, %v882, %v878 : f32
                %v1940 = arith.addf %v1937, %v1938 fastmath<contract> : f32
                %v1941, %v1942 = gpu.shuffle xor %v1940, %v886, %v878 : f32
                %v1943 = arith.addf %v1940, %v1941 fastmath<contract> : f32
                // end sum over the lanes
                %v1944 = arith.mulf %v1924, %v595 fastmath<contract> : f32
                %v1945 = arith.mulf %v1932, %v597 fastmath<contract> : f32
                %v1946 = arith.addf %v1944, %v1945 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1947, %v1948 = gpu.shuffle xor %v1946, %v877, %v878 : f32
                %v1949 = arith.addf %v1946, %v1947 fastmath<contract> : f32
                %v1950, %v1951 = gpu.shuffle xor %v1949, %v882, %v878 : f32
                %v1952 = arith.addf %v1949, %v1950 fastmath<contract> : f32
                %v1953, %v1954 = gpu.shuffle xor %v1952, %v886, %v878 : f32
                %v1955 = arith.addf %v1952, %v1953 fastmath<contract> : f32
                // end sum over the lanes
                %v1956 = llvm.call_intrinsic "llvm.fabs.f32"(%v1955) : (f32) -> f32
                %v1957 = arith.maximumf %v1956, %v1911 : f32
                %v1958 = arith.divf %v1943, %v1957 : f32
                %v1959 = arith.divf %v1958, %v1957 : f32
                %v1960 = arith.mulf %v1919, %v1959 fastmath<contract> : f32
                %v1961 = arith.negf %v1960 : f32
                %v1962 = arith.cmpf oge, %v1956, %v1911 : f32
                %v1963 = arith.select %v1962, %v86, %v85 : f32
                %v1964 = arith.subf %v86, %v1963 fastmath<contract> : f32
                %v1965 = arith.mulf %v1961, %v1964 fastmath<contract> : f32
                %v1966 = arith.mulf %v1911, %v1965 fastmath<contract> : f32
                %v1967 = arith.negf %v1966 : f32
                %v1968 = llvm.load %v58 : !llvm.ptr -> f32
                %v1969 = llvm.load %v63 : !llvm.ptr -> f32
                %v1970 = arith.mulf %v1969, %v1968 fastmath<contract> : f32
                %v1971 = arith.addf %v1967, %v1970 fastmath<contract> : f32
                %v1972 = llvm.load %v68 : !llvm.ptr -> f32
                %v1973 = arith.addf %v1971, %v1972 fastmath<contract> : f32
                llvm.store %v1973, %v58 : f32, !llvm.ptr
                %v1974 = arith.divf %v1919, %v1957 : f32
                %v1975 = arith.mulf %v1924, %v1974 fastmath<contract> : f32
                %v1976 = llvm.load %v59 : !llvm.ptr -> f32
                %v1977 = llvm.load %v64 : !llvm.ptr -> f32
                %v1978 = arith.mulf %v1977, %v1976 fastmath<contract> : f32
                %v1979 = arith.addf %v1975, %v1978 fastmath<contract> : f32
                llvm.store %v1979, %v59 : f32, !llvm.ptr
                %v1980 = arith.mulf %v1932, %v1974 fastmath<contract> : f32
                %v1981 = llvm.load %v60 : !llvm.ptr -> f32
                %v1982 = llvm.load %v65 : !llvm.ptr -> f32
                %v1983 = arith.mulf %v1982, %v1981 fastmath<contract> : f32
                %v1984 = arith.addf %v1980, %v1983 fastmath<contract> : f32
                llvm.store %v1984, %v60 : f32, !llvm.ptr
                %v1985 = arith.mulf %v1961, %v1963 fastmath<contract> : f32
                %v1986 = arith.cmpf olt, %v1955, %v85 : f32
                %v1987 = arith.select %v1986, %v932, %v85 : f32
                %v1988 = arith.cmpf ogt, %v1955, %v85 : f32
                %v1989 = arith.select %v1988, %v86, %v1987 : f32
                %v1990 = arith.mulf %v1985, %v1989 fastmath<contract> : f32
                %v1991 = arith.mulf %v1924, %v1990 fastmath<contract> : f32
                %v1992 = llvm.load %v61 : !llvm.ptr -> f32
                %v1993 = llvm.load %v66 : !llvm.ptr -> f32
                %v1994 = arith.mulf %v1993, %v1992 fastmath<contract> : f32
                %v1995 = arith.addf %v1991, %v1994 fastmath<contract> : f32
                llvm.store %v1995, %v61 : f32, !llvm.ptr
                %v1996 = arith.mulf %v1932, %v1990 fastmath<contract> : f32
                %v1997 = llvm.load %v62 : !llvm.ptr -> f32
                %v1998 = llvm.load %v67 : !llvm.ptr -> f32
                %v1999 = arith.mulf %v1998, %v1997 fastmath<contract> : f32
                %v2000 = arith.addf %v1996, %v1999 fastmath<contract> : f32
                llvm.store %v2000, %v62 : f32, !llvm.ptr
                %v2001 = arith.mulf %v595, %v1990 fastmath<contract> : f32
                %v2002 = arith.mulf %v581, %v1974 fastmath<contract> : f32
                %v2003 = arith.addf %v2001, %v2002 fastmath<contract> : f32
                %v2004 = arith.mulf %v597, %v1990 fastmath<contract> : f32
                %v2005 = arith.mulf %v593, %v1974 fastmath<contract> : f32
                %v2006 = arith.addf %v2004, %v2005 fastmath<contract> : f32
                %v2007 = arith.subi %v1908, %v152 : i64
                %v2008 = llvm.getelementptr %v82[%v2007] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2009 = llvm.load %v2008 : !llvm.ptr -> f32
                %v2010 = arith.subi %v1908, %v152 : i64
                %v2011 = llvm.getelementptr %v84[%v2010] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2012 = llvm.load %v2011 : !llvm.ptr -> f32
                %v2013 = arith.minimumf %v2012, %v85 : f32
                %v2014 = llvm.call_intrinsic "llvm.fabs.f32"(%v2012) : (f32) -> f32
                %v2015 = arith.negf %v2014 : f32
                %v2016 = arith.mulf %v2015, %v368 fastmath<contract> : f32
                %v2017 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2016) : (f32) -> f32
                %v2018 = arith.addf %v86, %v2017 fastmath<contract> : f32
                %v2019 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v2018) : (f32) -> f32
                %v2020 = arith.mulf %v2019, %v373 fastmath<contract> : f32
                %v2021 = arith.mulf %v375, %v2017 fastmath<contract> : f32
                %v2022 = arith.addf %v2021, %v377 fastmath<contract> : f32
                %v2023 = arith.mulf %v2022, %v2017 fastmath<contract> : f32
                %v2024 = arith.addf %v2023, %v380 fastmath<contract> : f32
                %v2025 = arith.mulf %v2024, %v2017 fastmath<contract> : f32
                %v2026 = arith.addf %v2025, %v383 fastmath<contract> : f32
                %v2027 = arith.mulf %v2026, %v2017 fastmath<contract> : f32
                %v2028 = arith.addf %v2027, %v386 fastmath<contract> : f32
                %v2029 = arith.mulf %v2028, %v2017 fastmath<contract> : f32
                %v2030 = arith.addf %v2029, %v389 fastmath<contract> : f32
                %v2031 = arith.mulf %v2030, %v2017 fastmath<contract> : f32
                %v2032 = arith.addf %v2031, %v86 fastmath<contract> : f32
                %v2033 = arith.mulf %v2032, %v2017 fastmath<contract> : f32
                %v2034 = llvm.call_intrinsic "llvm.fabs.f32"(%v2017) : (f32) -> f32
                %v2035 = arith.cmpf olt, %v2034, %v395 : f32
                %v2036 = arith.select %v2035, %v2033, %v2020 : f32
                %v2037 = arith.subf %v2013, %v2036 fastmath<contract> : f32
                %v2038 = arith.addf %v2037, %v484 fastmath<contract> : f32
                %v2039 = arith.maximumf %v2038, %v2009 : f32
                %v2040 = arith.subf %v2009, %v2039 fastmath<contract> : f32
                %v2041 = arith.mulf %v2040, %v368 fastmath<contract> : f32
                %v2042 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2041) : (f32) -> f32
                %v2043 = llvm.load %v61 : !llvm.ptr -> f32
                %v2044 = arith.muli %v56, %v424 : i64
                %v2045 = arith.muli %v1908, %v423 : i64
                %v2046 = arith.addi %v2044, %v2045 : i64
                %v2047 = arith.muli %v54, %size_DV : i64
                %v2048 = arith.addi %v2046, %v2047 : i64
                %v2049 = arith.addi %v2048, %v52 : i64
                %v2050 = llvm.getelementptr %in_v[%v2049] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2051 = llvm.load %v2050 : !llvm.ptr -> f32
                %v2052 = llvm.load %v59 : !llvm.ptr -> f32
                %v2053 = arith.mulf %v2051, %v2052 fastmath<contract> : f32
                %v2054 = arith.addf %v2043, %v2053 fastmath<contract> : f32
                %v2055 = arith.mulf %v2042, %v2054 fastmath<contract> : f32
                %v2057 = llvm.call_intrinsic "llvm.sqrt.f32"(%v2056) : (f32) -> f32
                %v2058 = arith.divf %v2055, %v2057 : f32
                %v2059 = llvm.load %v62 : !llvm.ptr -> f32
                %v2060 = llvm.load %v60 : !llvm.ptr -> f32
                %v2061 = arith.mulf %v2051, %v2060 fastmath<contract> : f32
                %v2062 = arith.addf %v2059, %v2061 fastmath<contract> : f32
                %v2063 = arith.mulf %v2042, %v2062 fastmath<contract> : f32
                %v2064 = arith.divf %v2063, %v2057 : f32
                %v2065 = arith.muli %v42, %v181 : i64
                %v2066 = arith.subi %v1908, %v152 : i64
                %v2067 = arith.addi %v2065, %v2066 : i64
                %v2068 = llvm.getelementptr %v80[%v2067] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2069 = llvm.load %v2068 : !llvm.ptr -> f32
                %v2070 = arith.divf %v2069, %v2057 : f32
                %v2071 = arith.mulf %v2042, %v2070 fastmath<contract> : f32
                %v2072 = arith.mulf %v2071, %v2052 fastmath<contract> : f32
                %v2073 = arith.constant 8 : i64
                %v2074 = arith.addi %v2073, %v42 : i64
                %v2075 = arith.muli %v2074, %v181 : i64
                %v2076 = arith.subi %v1908, %v152 : i64
                %v2077 = arith.addi %v2075, %v2076 : i64
                %v2078 = llvm.getelementptr %v80[%v2077] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2079 = llvm.load %v2078 : !llvm.ptr -> f32
                %v2080 = arith.divf %v2079, %v2057 : f32
                %v2081 = arith.mulf %v2042, %v2080 fastmath<contract> : f32
                %v2082 = arith.mulf %v2081, %v2060 fastmath<contract> : f32
                %v2083 = arith.addf %v2072, %v2082 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v2084, %v2085 = gpu.shuffle xor %v2083, %v877, %v878 : f32
                %v2086 = arith.addf %v2083, %v2084 fastmath<contract> : f32
                %v2087, %v2088 = gpu.shuffle xor %v2086, %v882, %v878 : f32
                %v2089 = arith.addf %v2086, %v2087 fastmath<contract> : f32
                %v2090, %v2091 = gpu.shuffle xor %v2089, %v886, %v878 : f32
                %v2092 = arith.addf %v2089, %v2090 fastmath<contract> : f32
                // end sum over the lanes
                %v2093 = arith.cmpi eq, %v42, %v11 : i64
                %v2094 = arith.andi %v46, %v2093 : i1
                scf.if %v2094 {
                  %v2095 = arith.muli %v56, %v424 : i64
                  %v2096 = arith.muli %v1908, %v423 : i64
                  %v2097 = arith.addi %v2095, %v2096 : i64
                  %v2098 = arith.muli %v54, %size_DV : i64
                  %v2099 = arith.addi %v2097, %v2098 : i64
                  %v2100 = arith.addi %v2099, %v52 : i64
                  %v2101 = llvm.getelementptr %dx_v[%v2100] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2092, %v2101 : f32, !llvm.ptr
                }
                %v2102 = llvm.load %v58 : !llvm.ptr -> f32
                %v2103 = arith.cmpf oge, %v2038, %v2009 : f32
                %v2104 = arith.select %v2103, %v86, %v85 : f32
                %v2105 = arith.subf %v86, %v2104 fastmath<contract> : f32
                %v2106 = arith.mulf %v2102, %v2105 fastmath<contract> : f32
                %v2107 = arith.mulf %v2070, %v2054 fastmath<contract> : f32
                %v2108 = arith.mulf %v2080, %v2062 fastmath<contract> : f32
                %v2109 = arith.addf %v2107, %v2108 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v2110, %v2111 = gpu.shuffle xor %v2109, %v877, %v878 : f32
                %v2112 = arith.addf %v2109, %v2110 fastmath<contract> : f32
                %v2113, %v2114 = gpu.shuffle xor %v2112, %v882, %v878 : f32
                %v2115 = arith.addf %v2112, %v2113 fastmath<contract> : f32
                %v2116, %v2117 = gpu.shuffle xor %v2115, %v886, %v878 : f32
                %v2118 = arith.addf %v2115, %v2116 fastmath<contract> : f32
                // end sum over the lanes
                %v2119 = arith.mulf %v2042, %v2118 fastmath<contract> : f32
                %v2120 = arith.addf %v2106, %v2119 fastmath<contract> : f32
                %v2121 = arith.negf %v2119 : f32
                %v2122 = arith.subf %v2038, %v2039 fastmath<contract> : f32
                %v2123 = arith.mulf %v2122, %v368 fastmath<contract> : f32
                %v2124 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2123) : (f32) -> f32
                %v2125 = arith.mulf %v492, %v2052 fastmath<contract> : f32
                %v2126 = arith.mulf %v501, %v2060 fastmath<contract> : f32
                %v2127 = arith.addf %v2125, %v2126 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v2128, %v2129 = gpu.shuffle xor %v2127, %v877, %v878 : f32
                %v2130 = arith.addf %v2127, %v2128 fastmath<contract> : f32
                %v2131, %v2132 = gpu.shuffle xor %v2130, %v882, %v878 : f32
                %v2133 = arith.addf %v2130, %v2131 fastmath<contract> : f32
                %v2134, %v2135 = gpu.shuffle xor %v2133, %v886, %v878 : f32
                %v2136 = arith.addf %v2133, %v2134 fastmath<contract> : f32
                // end sum over the lanes
                %v2137 = arith.mulf %v509, %v2043 fastmath<contract> : f32
                %v2138 = arith.mulf %v518, %v2059 fastmath<contract> : f32
                %v2139 = arith.addf %v2137, %v2138 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v2140, %v2141 = gpu.shuffle xor %v2139, %v877, %v878 : f32
                %v2142 = arith.addf %v2139, %v2140 fastmath<contract> : f32
                %v2143, %v2144 = gpu.shuffle xor %v2142, %v882, %v878 : f32
                %v2145 = arith.addf %v2142, %v2143 fastmath<contract> : f32
                %v2146, %v2147 = gpu.shuffle xor %v2145, %v886, %v878 : f32
                %v2148 = arith.addf %v2145, %v2146 fastmath<contract> : f32
                // end sum over the lanes
                %v2149 = arith.addf %v2136, %v2148 fastmath<contract> : f32
                %v2150 = arith.mulf %v2124, %v2149 fastmath<contract> : f32
                %v2151 = arith.negf %v2150 : f32
                %v2152 = arith.addf %v2121, %v2151 fastmath<contract> : f32
                %v2153 = arith.mulf %v2105, %v2152 fastmath<contract> : f32
                %v2154 = arith.addf %v2120, %v2153 fastmath<contract> : f32
                %v2155 = arith.mulf %v2102, %v2104 fastmath<contract> : f32
                %v2156 = arith.mulf %v2104, %v2152 fastmath<contract> : f32
                %v2157 = arith.addf %v2150, %v2156 fastmath<contract> : f32
                %v2158 = arith.addf %v2155, %v2157 fastmath<contract> : f32
                %v2159 = arith.negf %v2012 : f32
                %v2160 = arith.negf %v2159 : f32
                %v2161 = arith.mulf %v2160, %v368 fastmath<contract> : f32
                %v2162 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2161) : (f32) -> f32
                %v2163 = arith.addf %v86, %v2162 fastmath<contract> : f32
                %v2164 = arith.divf %v86, %v2163 : f32
                %v2165 = arith.mulf %v2158, %v2164 fastmath<contract> : f32
                %v2166 = arith.select %v46, %v2003, %v85 : f32
                // sum over the warp's outer points: shuffles
                %v2167, %v2168 = gpu.shuffle xor %v2166, %v1114, %v878 : f32
                %v2169 = arith.addf %v2166, %v2167 fastmath<contract> : f32
                %v2170, %v2171 = gpu.shuffle xor %v2169, %v1118, %v878 : f32
                %v2172 = arith.addf %v2169, %v2170 fastmath<contract> : f32
                %v2173 = arith.divui %v32, %v34 : i64
                %v2174 = arith.remui %v32, %v34 : i64
                %v2175 = arith.cmpi ult, %v2174, %v41 : i64
                %v2176 = arith.muli %v2173, %v1 : i64
                %v2177 = arith.addi %v2176, %v42 : i64
                %v2178 = arith.muli %v2177, %v1127 : i64
                %v2179 = arith.addi %v2178, %v1907 : i64
                scf.if %v2175 {
                  %v2180 = llvm.getelementptr %v70[%v2179] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2172, %v2180 : f32, !llvm.ptr
                }
                %v2181 = arith.select %v46, %v2006, %v85 : f32
                // sum over the warp's outer points: shuffles
                %v2182, %v2183 = gpu.shuffle xor %v2181, %v1114, %v878 : f32
                %v2184 = arith.addf %v2181, %v2182 fastmath<contract> : f32
                %v2185, %v2186 = gpu.shuffle xor %v2184, %v1118, %v878 : f32
                %v2187 = arith.addf %v2184, %v2185 fastmath<contract> : f32
                %v2188 = arith.divui %v32, %v34 : i64
                %v2189 = arith.remui %v32, %v34 : i64
                %v2190 = arith.cmpi ult, %v2189, %v41 : i64
                %v2191 = arith.addi %v41, %v42 : i64
                %v2192 = arith.muli %v2188, %v1 : i64
                %v2193 = arith.addi %v2192, %v2191 : i64
                %v2194 = arith.muli %v2193, %v1127 : i64
                %v2195 = arith.addi %v2194, %v1907 : i64
                scf.if %v2190 {
                  %v2196 = llvm.getelementptr %v70[%v2195] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2187, %v2196 : f32, !llvm.ptr
                }
                %v2197 = arith.select %v46, %v2058, %v85 : f32
                // sum over the warp's outer points: shuffles
                %v2198, %v2199 = gpu.shuffle xor %v2197, %v1114, %v878 : f32
                %v2200 = arith.addf %v2197, %v2198 fastmath<contract> : f32
                %v2201, %v2202 = gpu.shuffle xor %v2200, %v1118, %v878 : f32
                %v2203 = arith.addf %v2200, %v2201 fastmath<contract> : f32
                %v2204 = arith.divui %v32, %v34 : i64
                %v2205 = arith.remui %v32, %v34 : i64
                %v2206 = arith.cmpi ult, %v2205, %v41 : i64
                %v2207 = arith.muli %v2204, %v1 : i64
                %v2208 = arith.addi %v2207, %v42 : i64
                %v2209 = arith.muli %v2208, %v1127 : i64
                %v2210 = arith.addi %v2209, %v1907 : i64
                scf.if %v2206 {
                  %v2211 = llvm.getelementptr %v72[%v2210] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2203, %v2211 : f32, !llvm.ptr
                }
                %v2212 = arith.select %v46, %v2064, %v85 : f32
                // sum over the warp's outer points: shuffles
                %v2213, %v2214 = gpu.shuffle xor %v2212, %v1114, %v878 : f32
                %v2215 = arith.addf %v2212, %v2213 fastmath<contract> : f32
                %v2216, %v2217 = gpu.shuffle xor %v2215, %v1118, %v878 : f32
                %v2218 = arith.addf %v2215, %v2216 fastmath<contract> : f32
                %v2219 = arith.divui %v32, %v34 : i64
                %v2220 = arith.remui %v32, %v34 : i64
                %v2221 = arith.cmpi ult, %v2220, %v41 : i64
                %v2222 = arith.addi %v41, %v42 : i64
                %v2223 = arith.muli %v2219, %v1 : i64
                %v2224 = arith.addi %v2223, %v2222 : i64
                %v2225 = arith.muli %v2224, %v1127 : i64
                %v2226 = arith.addi %v2225, %v1907 : i64
                scf.if %v2221 {
                  %v2227 = llvm.getelementptr %v72[%v2226] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2218, %v2227 : f32, !llvm.ptr
                }
                %v2228 = arith.select %v46, %v2154, %v85 : f32
                // sum over the warp's outer points: shuffles
                %v2229, %v2230 = gpu.shuffle xor %v2228, %v1114, %v878 : f32
                %v2231 = arith.addf %v2228, %v2229 fastmath<contract> : f32
                %v2232, %v2233 = gpu.shuffle xor %v2231, %v1118, %v878 : f32
                %v2234 = arith.addf %v2231, %v2232 fastmath<contract> : f32
                %v2235 = arith.divui %v32, %v34 : i64
                %v2236 = arith.remui %v32, %v34 : i64
                %v2237 = arith.cmpi ult, %v2236, %v2 : i64
                %v2238 = arith.muli %v2235, %v1127 : i64
                %v2239 = arith.addi %v2238, %v1907 : i64
                scf.if %v2237 {
                  %v2240 = llvm.getelementptr %v74[%v2239] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2234, %v2240 : f32, !llvm.ptr
                }
                %v2241 = arith.select %v46, %v2165, %v85 : f32
                // sum over the warp's outer points: shuffles
                %v2242, %v2243 = gpu.shuffle xor %v2241, %v1114, %v878 : f32
                %v2244 = arith.addf %v2241, %v2242 fastmath<contract> : f32
                %v2245, %v2246 = gpu.shuffle xor %v2244, %v1118, %v878 : f32
                %v2247 = arith.addf %v2244, %v2245 fastmath<contract> : f32
                %v2248 = arith.divui %v32, %v34 : i64
                %v2249 = arith.remui %v32, %v34 : i64
                %v2250 = arith.cmpi ult, %v2249, %v2 : i64
                %v2251 = arith.muli %v2248, %v1127 : i64
                %v2252 = arith.addi %v2251, %v1907 : i64
                scf.if %v2250 {
                  %v2253 = llvm.getelementptr %v76[%v2252] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2247, %v2253 : f32, !llvm.ptr
                }
                llvm.store %v2104, %v63 : f32, !llvm.ptr
                llvm.store %v2157, %v68 : f32, !llvm.ptr
                llvm.store %v2124, %v64 : f32, !llvm.ptr
                llvm.store %v2124, %v65 : f32, !llvm.ptr
                llvm.store %v2124, %v66 : f32, !llvm.ptr
                llvm.store %v2124, %v67 : f32, !llvm.ptr
              } else {
                %v2254 = arith.subi %v154, %v2 : i64
                %v2255 = arith.muli %v472, %v4 : i64
                %v2256 = arith.subi %v4, %v2 : i64
                %v2257 = arith.minsi %v48, %v2256 : i64
                %v2258 = arith.addi %v2255, %v2257 : i64
                %v2259 = llvm.getelementptr %scratch_m[%v2258] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2260 = llvm.load %v2259 : !llvm.ptr -> f32
                %v2261 = arith.muli %v472, %v4 : i64
                %v2262 = arith.subi %v4, %v2 : i64
                %v2263 = arith.minsi %v48, %v2262 : i64
                %v2264 = arith.addi %v2261, %v2263 : i64
                %v2265 = arith.muli %v2264, %v1 : i64
                %v2266 = arith.addi %v2265, %v42 : i64
                %v2267 = llvm.getelementptr %scratch_C[%v2266] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2268 = llvm.load %v2267 : !llvm.ptr -> f32
                %v2269 = arith.muli %v472, %v4 : i64
                %v2270 = arith.subi %v4, %v2 : i64
                %v2271 = arith.minsi %v48, %v2270 : i64
                %v2272 = arith.addi %v2269, %v2271 : i64
                %v2273 = arith.muli %v2272, %v1 : i64
                %v2274 = arith.addi %v2273, %v41 : i64
                %v2275 = arith.addi %v2274, %v42 : i64
                %v2276 = llvm.getelementptr %scratch_C[%v2275] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2277 = llvm.load %v2276 : !llvm.ptr -> f32
                %v2278 = arith.muli %v472, %v4 : i64
                %v2279 = arith.subi %v4, %v2 : i64
                %v2280 = arith.minsi %v48, %v2279 : i64
                %v2281 = arith.addi %v2278, %v2280 : i64
                %v2282 = arith.muli %v2281, %v1 : i64
                %v2283 = arith.addi %v2282, %v42 : i64
                %v2284 = llvm.getelementptr %scratch_n[%v2283] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2285 = llvm.load %v2284 : !llvm.ptr -> f32
                %v2286 = arith.muli %v472, %v4 : i64
                %v2287 = arith.subi %v4, %v2 : i64
                %v2288 = arith.minsi %v48, %v2287 : i64
                %v2289 = arith.addi %v2286, %v2288 : i64
                %v2290 = arith.muli %v2289, %v1 : i64
                %v2291 = arith.addi %v2290, %v41 : i64
                %v2292 = arith.addi %v2291, %v42 : i64
                %v2293 = llvm.getelementptr %scratch_n[%v2292] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2294 = llvm.load %v2293 : !llvm.ptr -> f32
                // the group's states, recomputed into registers
                %v2295 = arith.minsi %v473, %v2254 : i64
                %v2296 = arith.addi %v152, %v2295 : i64
                %v2297 = arith.subi %v2296, %v152 : i64
                %v2298 = llvm.getelementptr %v84[%v2297] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2299 = llvm.load %v2298 : !llvm.ptr -> f32
                %v2300 = arith.minimumf %v2299, %v85 : f32
                %v2301 = llvm.call_intrinsic "llvm.fabs.f32"(%v2299) : (f32) -> f32
                %v2302 = arith.negf %v2301 : f32
                %v2303 = arith.mulf %v2302, %v368 fastmath<contract> : f32
                %v2304 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2303) : (f32) -> f32
                %v2305 = arith.addf %v86, %v2304 fastmath<contract> : f32
                %v2306 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v2305) : (f32) -> f32
                %v2307 = arith.mulf %v2306, %v373 fastmath<contract> : f32
                %v2308 = arith.mulf %v375, %v2304 fastmath<contract> : f32
                %v2309 = arith.addf %v2308, %v377 fastmath<contract> : f32
                %v2310 = arith.mulf %v2309, %v2304 fastmath<contract> : f32
                %v2311 = arith.addf %v2310, %v380 fastmath<contract> : f32
                %v2312 = arith.mulf %v2311, %v2304 fastmath<contract> : f32
                %v2313 = arith.addf %v2312, %v383 fastmath<contract> : f32
                %v2314 = arith.mulf %v2313, %v2304 fastmath<contract> : f32
                %v2315 = arith.addf %v2314, %v386 fastmath<contract> : f32
                %v2316 = arith.mulf %v2315, %v2304 fastmath<contract> : f32
                %v2317 = arith.addf %v2316, %v389 fastmath<contract> : f32
                %v2318 = arith.mulf %v2317, %v2304 fastmath<contract> : f32
                %v2319 = arith.addf %v2318, %v86 fastmath<contract> : f32
                %v2320 = arith.mulf %v2319, %v2304 fastmath<contract> : f32
                %v2321 = llvm.call_intrinsic "llvm.fabs.f32"(%v2304) : (f32) -> f32
                %v2322 = arith.cmpf olt, %v2321, %v395 : f32
                %v2323 = arith.select %v2322, %v2320, %v2307 : f32
                %v2324 = arith.subf %v2300, %v2323 fastmath<contract> : f32
                %v2325 = arith.subi %v2296, %v152 : i64
                %v2326 = llvm.getelementptr %v82[%v2325] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2327 = llvm.load %v2326 : !llvm.ptr -> f32
                %v2328 = arith.addf %v2324, %v2260 fastmath<contract> : f32
                %v2329 = arith.maximumf %v2328, %v2327 : f32
                %v2330 = arith.addf %v2324, %v2260 fastmath<contract> : f32
                %v2331 = arith.maximumf %v2330, %v2327 : f32
                %v2332 = arith.subf %v2330, %v2331 fastmath<contract> : f32
                %v2333 = arith.mulf %v2332, %v368 fastmath<contract> : f32
                %v2334 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2333) : (f32) -> f32
                %v2335 = arith.subf %v2327, %v2331 fastmath<contract> : f32
                %v2336 = arith.mulf %v2335, %v368 fastmath<contract> : f32
                %v2337 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2336) : (f32) -> f32
                %v2338 = arith.muli %v42, %v181 : i64
                %v2339 = arith.subi %v2296, %v152 : i64
                %v2340 = arith.addi %v2338, %v2339 : i64
                %v2341 = llvm.getelementptr %v80[%v2340] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2342 = llvm.load %v2341 : !llvm.ptr -> f32
                %v2344 = llvm.call_intrinsic "llvm.sqrt.f32"(%v2343) : (f32) -> f32
                %v2345 = arith.divf %v2342, %v2344 : f32
                %v2346 = arith.mulf %v2337, %v2345 fastmath<contract> : f32
                %v2347 = arith.muli %v56, %v424 : i64
                %v2348 = arith.muli %v2296, %v423 : i64
                %v2349 = arith.addi %v2347, %v2348 : i64
                %v2350 = arith.muli %v54, %size_DV : i64
                %v2351 = arith.addi %v2349, %v2350 : i64
                %v2352 = arith.addi %v2351, %v52 : i64
                %v2353 = llvm.getelementptr %in_v[%v2352] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2354 = llvm.load %v2353 : !llvm.ptr -> f32
                %v2355 = arith.mulf %v2346, %v2354 fastmath<contract> : f32
                %v2356 = arith.mulf %v2334, %v2268 fastmath<contract> : f32
                %v2357 = arith.addf %v2356, %v2355 fastmath<contract> : f32
                %v2358 = arith.constant 8 : i64
                %v2359 = arith.addi %v2358, %v42 : i64
                %v2360 = arith.muli %v2359, %v181 : i64
                %v2361 = arith.subi %v2296, %v152 : i64
                %v2362 = arith.addi %v2360, %v2361 : i64
                %v2363 = llvm.getelementptr %v80[%v2362] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2364 = llvm.load %v2363 : !llvm.ptr -> f32
                %v2365 = arith.divf %v2364, %v2344 : f32
                %v2366 = arith.mulf %v2337, %v2365 fastmath<contract> : f32
                %v2367 = arith.mulf %v2366, %v2354 fastmath<contract> : f32
                %v2368 = arith.mulf %v2334, %v2277 fastmath<contract> : f32
                %v2369 = arith.addf %v2368, %v2367 fastmath<contract> : f32
                %v2370 = arith.mulf %v2334, %v2285 fastmath<contract> : f32
                %v2371 = arith.addf %v2370, %v2346 fastmath<contract> : f32
                %v2372 = arith.mulf %v2334, %v2294 fastmath<contract> : f32
                %v2373 = arith.addf %v2372, %v2366 fastmath<contract> : f32
                %v2374 = arith.addi %v473, %v2 : i64
                %v2375 = arith.minsi %v2374, %v2254 : i64
                %v2376 = arith.addi %v152, %v2375 : i64
                %v2377 = arith.subi %v2376, %v152 : i64
                %v2378 = llvm.getelementptr %v84[%v2377] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2379 = llvm.load %v2378 : !llvm.ptr -> f32
                %v2380 = arith.minimumf %v2379, %v85 : f32
                %v2381 = llvm.call_intrinsic "llvm.fabs.f32"(%v2379) : (f32) -> f32
                %v2382 = arith.negf %v2381 : f32
                %v2383 = arith.mulf %v2382, %v368 fastmath<contract> : f32
                %v2384 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2383) : (f32) -> f32
                %v2385 = arith.addf %v86, %v2384 fastmath<contract> : f32
                %v2386 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v2385) : (f32) -> f32
                %v2387 = arith.mulf %v2386, %v373 fastmath<contract> : f32
                %v2388 = arith.mulf %v375, %v2384 fastmath<contract> : f32
                %v2389 = arith.addf %v2388, %v377 fastmath<contract> : f32
                %v2390 = arith.mulf %v2389, %v2384 fastmath<contract> : f32
                %v2391 = arith.addf %v2390, %v380 fastmath<contract> : f32
                %v2392 = arith.mulf %v2391, %v2384 fastmath<contract> : f32
                %v2393 = arith.addf %v2392, %v383 fastmath<contract> : f32
                %v2394 = arith.mulf %v2393, %v2384 fastmath<contract> : f32
                %v2395 = arith.addf %v2394, %v386 fastmath<contract> : f32
                %v2396 = arith.mulf %v2395, %v2384 fastmath<contract> : f32
                %v2397 = arith.addf %v2396, %v389 fastmath<contract> : f32
                %v2398 = arith.mulf %v2397, %v2384 fastmath<contract> : f32
                %v2399 = arith.addf %v2398, %v86 fastmath<contract> : f32
                %v2400 = arith.mulf %v2399, %v2384 fastmath<contract> : f32
                %v2401 = llvm.call_intrinsic "llvm.fabs.f32"(%v2384) : (f32) -> f32
                %v2402 = arith.cmpf olt, %v2401, %v395 : f32
                %v2403 = arith.select %v2402, %v2400, %v2387 : f32
                %v2404 = arith.subf %v2380, %v2403 fastmath<contract> : f32
                %v2405 = arith.subi %v2376, %v152 : i64
                %v2406 = llvm.getelementptr %v82[%v2405] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2407 = llvm.load %v2406 : !llvm.ptr -> f32
                %v2408 = arith.addf %v2404, %v2329 fastmath<contract> : f32
                %v2409 = arith.maximumf %v2408, %v2407 : f32
                %v2410 = arith.addf %v2404, %v2329 fastmath<contract> : f32
                %v2411 = arith.maximumf %v2410, %v2407 : f32
                %v2412 = arith.subf %v2410, %v2411 fastmath<contract> : f32
                %v2413 = arith.mulf %v2412, %v368 fastmath<contract> : f32
                %v2414 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2413) : (f32) -> f32
                %v2415 = arith.subf %v2407, %v2411 fastmath<contract> : f32
                %v2416 = arith.mulf %v2415, %v368 fastmath<contract> : f32
                %v2417 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2416) : (f32) -> f32
                %v2418 = arith.muli %v42, %v181 : i64
                %v2419 = arith.subi %v2376, %v152 : i64
                %v2420 = arith.addi %v2418, %v2419 : i64
                %v2421 = llvm.getelementptr %v80[%v2420] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2422 = llvm.load %v2421 : !llvm.ptr -> f32
                %v2424 = llvm.call_intrinsic "llvm.sqrt.f32"(%v2423) : (f32) -> f32
                %v2425 = arith.divf %v2422, %v2424 : f32
                %v2426 = arith.mulf %v2417, %v2425 fastmath<contract> : f32
                %v2427 = arith.muli %v56, %v424 : i64
                %v2428 = arith.muli %v2376, %v423 : i64
                %v2429 = arith.addi %v2427, %v2428 : i64
                %v2430 = arith.muli %v54, %size_DV : i64
                %v2431 = arith.addi %v2429, %v2430 : i64
                %v2432 = arith.addi %v2431, %v52 : i64
                %v2433 = llvm.getelementptr %in_v[%v2432] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2434 = llvm.load %v2433 : !llvm.ptr -> f32
                %v2435 = arith.mulf %v2426, %v2434 fastmath<contract> : f32
                %v2436 = arith.mulf %v2414, %v2357 fastmath<contract> : f32
                %v2437 = arith.addf %v2436, %v2435 fastmath<contract> : f32
                %v2438 = arith.constant 8 : i64
                %v2439 = arith.addi %v2438, %v42 : i64
                %v2440 = arith.muli %v2439, %v181 : i64
                %v2441 = arith.subi %v2376, %v152 : i64
                %v2442 = arith.addi %v2440, %v2441 : i64
                %v2443 = llvm.getelementptr %v80[%v2442] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2444 = llvm.load %v2443 : !llvm.ptr -> f32
                %v2445 = arith.divf %v2444, %v2424 : f32
                %v2446 = arith.mulf %v2417, %v2445 fastmath<contract> : f32
                %v2447 = arith.mulf %v2446, %v2434 fastmath<contract> : f32
                %v2448 = arith.mulf %v2414, %v2369 fastmath<contract> : f32
                %v2449 = arith.addf %v2448, %v2447 fastmath<contract> : f32
                %v2450 = arith.mulf %v2414, %v2371 fastmath<contract> : f32
                %v2451 = arith.addf %v2450, %v2426 fastmath<contract> : f32
                %v2452 = arith.mulf %v2414, %v2373 fastmath<contract> : f32
                %v2453 = arith.addf %v2452, %v2446 fastmath<contract> : f32
                %v2454 = arith.addi %v473, %v95 : i64
                %v2455 = arith.minsi %v2454, %v2254 : i64
                %v2456 = arith.addi %v152, %v2455 : i64
                %v2457 = arith.subi %v2456, %v152 : i64
                %v2458 = llvm.getelementptr %v84[%v2457] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2459 = llvm.load %v2458 : !llvm.ptr -> f32
                %v2460 = arith.minimumf %v2459, %v85 : f32
                %v2461 = llvm.call_intrinsic "llvm.fabs.f32"(%v2459) : (f32) -> f32
                %v2462 = arith.negf %v2461 : f32
                %v2463 = arith.mulf %v2462, %v368 fastmath<contract> : f32
                %v2464 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2463) : (f32) -> f32
                %v2465 = arith.addf %v86, %v2464 fastmath<contract> : f32
                %v2466 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v2465) : (f32) -> f32
                %v2467 = arith.mulf %v2466, %v373 fastmath<contract> : f32
                %v2468 = arith.mulf %v375, %v2464 fastmath<contract> : f32
                %v2469 = arith.addf %v2468, %v377 fastmath<contract> : f32
                %v2470 = arith.mulf %v2469, %v2464 fastmath<contract> : f32
                %v2471 = arith.addf %v2470, %v380 fastmath<contract> : f32
                %v2472 = arith.mulf %v2471, %v2464 fastmath<contract> : f32
                %v2473 = arith.addf %v2472, %v383 fastmath<contract> : f32
                %v2474 = arith.mulf %v2473, %v2464 fastmath<contract> : f32
                %v2475 = arith.addf %v2474, %v386 fastmath<contract> : f32
                %v2476 = arith.mulf %v2475, %v2464 fastmath<contract> : f32
                %v2477 = arith.addf %v2476, %v389 fastmath<contract> : f32
                %v2478 = arith.mulf %v2477, %v2464 fastmath<contract> : f32
                %v2479 = arith.addf %v2478, %v86 fastmath<contract> : f32
                %v2480 = arith.mulf %v2479, %v2464 fastmath<contract> : f32
                %v2481 = llvm.call_intrinsic "llvm.fabs.f32"(%v2464) : (f32) -> f32
                %v2482 = arith.cmpf olt, %v2481, %v395 : f32
                %v2483 = arith.select %v2482, %v2480, %v2467 : f32
                %v2484 = arith.subf %v2460, %v2483 fastmath<contract> : f32
                %v2485 = arith.subi %v2456, %v152 : i64
                %v2486 = llvm.getelementptr %v82[%v2485] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2487 = llvm.load %v2486 : !llvm.ptr -> f32
                %v2488 = arith.addf %v2484, %v2409 fastmath<contract> : f32
                %v2489 = arith.maximumf %v2488, %v2487 : f32
                %v2490 = arith.addf %v2484, %v2409 fastmath<contract> : f32
                %v2491 = arith.maximumf %v2490, %v2487 : f32
                %v2492 = arith.subf %v2490, %v2491 fastmath<contract> : f32
                %v2493 = arith.mulf %v2492, %v368 fastmath<contract> : f32
                %v2494 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2493) : (f32) -> f32
                %v2495 = arith.subf %v2487, %v2491 fastmath<contract> : f32
                %v2496 = arith.mulf %v2495, %v368 fastmath<contract> : f32
                %v2497 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2496) : (f32) -> f32
                %v2498 = arith.muli %v42, %v181 : i64
                %v2499 = arith.subi %v2456, %v152 : i64
                %v2500 = arith.addi %v2498, %v2499 : i64
                %v2501 = llvm.getelementptr %v80[%v2500] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2502 = llvm.load %v2501 : !llvm.ptr -> f32
                %v2504 = llvm.call_intrinsic "llvm.sqrt.f32"(%v2503) : (f32) -> f32
                %v2505 = arith.divf %v2502, %v2504 : f32
                %v2506 = arith.mulf %v2497, %v2505 fastmath<contract> : f32
                %v2507 = arith.muli %v56, %v424 : i64
                %v2508 = arith.muli %v2456, %v423 : i64
                %v2509 = arith.addi %v2507, %v2508 : i64
                %v2510 = arith.muli %v54, %size_DV : i64
                %v2511 = arith.addi %v2509, %v2510 : i64
                %v2512 = arith.addi %v2511, %v52 : i64
                %v2513 = llvm.getelementptr %in_v[%v2512] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2514 = llvm.load %v2513 : !llvm.ptr -> f32
                %v2515 = arith.mulf %v2506, %v2514 fastmath<contract> : f32
                %v2516 = arith.mulf %v2494, %v2437 fastmath<contract> : f32
                %v2517 = arith.addf %v2516, %v2515 fastmath<contract> : f32
                %v2518 = arith.constant 8 : i64
                %v2519 = arith.addi %v2518, %v42 : i64
                %v2520 = arith.muli %v2519, %v181 : i64
                %v2521 = arith.subi %v2456, %v152 : i64
                %v2522 = arith.addi %v2520, %v2521 : i64
                %v2523 = llvm.getelementptr %v80[%v2522] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2524 = llvm.load %v2523 : !llvm.ptr -> f32
                %v2525 = arith.divf %v2524, %v2504 : f32
                %v2526 = arith.mulf %v2497, %v2525 fastmath<contract> : f32
                %v2527 = arith.mulf %v2526, %v2514 fastmath<contract> : f32
                %v2528 = arith.mulf %v2494, %v2449 fastmath<contract> : f32
                %v2529 = arith.addf %v2528, %v2527 fastmath<contract> : f32
                %v2530 = arith.mulf %v2494, %v2451 fastmath<contract> : f32
                %v2531 = arith.addf %v2530, %v2506 fastmath<contract> : f32
                %v2532 = arith.mulf %v2494, %v2453 fastmath<contract> : f32
                %v2533 = arith.addf %v2532, %v2526 fastmath<contract> : f32
                %v2534 = arith.addi %v473, %v100 : i64
                %v2535 = arith.minsi %v2534, %v2254 : i64
                %v2536 = arith.addi %v152, %v2535 : i64
                %v2537 = arith.subi %v2536, %v152 : i64
                %v2538 = llvm.getelementptr %v84[%v2537] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2539 = llvm.load %v2538 : !llvm.ptr -> f32
                %v2540 = arith.minimumf %v2539, %v85 : f32
                %v2541 = llvm.call_intrinsic "llvm.fabs.f32"(%v2539) : (f32) -> f32
                %v2542 = arith.negf %v2541 : f32
                %v2543 = arith.mulf %v2542, %v368 fastmath<contract> : f32
                %v2544 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2543) : (f32) -> f32
                %v2545 = arith.addf %v86, %v2544 fastmath<contract> : f32
                %v2546 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v2545) : (f32) -> f32
                %v2547 = arith.mulf %v2546, %v373 fastmath<contract> : f32
                %v2548 = arith.mulf %v375, %v2544 fastmath<contract> : f32
                %v2549 = arith.addf %v2548, %v377 fastmath<contract> : f32
                %v2550 = arith.mulf %v2549, %v2544 fastmath<contract> : f32
                %v2551 = arith.addf %v2550, %v380 fastmath<contract> : f32
                %v2552 = arith.mulf %v2551, %v2544 fastmath<contract> : f32
                %v2553 = arith.addf %v2552, %v383 fastmath<contract> : f32
                %v2554 = arith.mulf %v2553, %v2544 fastmath<contract> : f32
                %v2555 = arith.addf %v2554, %v386 fastmath<contract> : f32
                %v2556 = arith.mulf %v2555, %v2544 fastmath<contract> : f32
                %v2557 = arith.addf %v2556, %v389 fastmath<contract> : f32
                %v2558 = arith.mulf %v2557, %v2544 fastmath<contract> : f32
                %v2559 = arith.addf %v2558, %v86 fastmath<contract> : f32
                %v2560 = arith.mulf %v2559, %v2544 fastmath<contract> : f32
                %v2561 = llvm.call_intrinsic "llvm.fabs.f32"(%v2544) : (f32) -> f32
                %v2562 = arith.cmpf olt, %v2561, %v395 : f32
                %v2563 = arith.select %v2562, %v2560, %v2547 : f32
                %v2564 = arith.subf %v2540, %v2563 fastmath<contract> : f32
                %v2565 = arith.subi %v2536, %v152 : i64
                %v2566 = llvm.getelementptr %v82[%v2565] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2567 = llvm.load %v2566 : !llvm.ptr -> f32
                %v2568 = arith.addf %v2564, %v2489 fastmath<contract> : f32
                %v2569 = arith.maximumf %v2568, %v2567 : f32
                %v2570 = arith.addf %v2564, %v2489 fastmath<contract> : f32
                %v2571 = arith.maximumf %v2570, %v2567 : f32
                %v2572 = arith.subf %v2570, %v2571 fastmath<contract> : f32
                %v2573 = arith.mulf %v2572, %v368 fastmath<contract> : f32
                %v2574 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2573) : (f32) -> f32
                %v2575 = arith.subf %v2567, %v2571 fastmath<contract> : f32
                %v2576 = arith.mulf %v2575, %v368 fastmath<contract> : f32
                %v2577 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2576) : (f32) -> f32
                %v2578 = arith.muli %v42, %v181 : i64
                %v2579 = arith.subi %v2536, %v152 : i64
                %v2580 = arith.addi %v2578, %v2579 : i64
                %v2581 = llvm.getelementptr %v80[%v2580] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2582 = llvm.load %v2581 : !llvm.ptr -> f32
                %v2584 = llvm.call_intrinsic "llvm.sqrt.f32"(%v2583) : (f32) -> f32
                %v2585 = arith.divf %v2582, %v2584 : f32
                %v2586 = arith.mulf %v2577, %v2585 fastmath<contract> : f32
                %v2587 = arith.muli %v56, %v424 : i64
                %v2588 = arith.muli %v2536, %v423 : i64
                %v2589 = arith.addi %v2587, %v2588 : i64
                %v2590 = arith.muli %v54, %size_DV : i64
                %v2591 = arith.addi %v2589, %v2590 : i64
                %v2592 = arith.addi %v2591, %v52 : i64
                %v2593 = llvm.getelementptr %in_v[%v2592] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2594 = llvm.load %v2593 : !llvm.ptr -> f32
                %v2595 = arith.mulf %v2586, %v2594 fastmath<contract> : f32
                %v2596 = arith.mulf %v2574, %v2517 fastmath<contract> : f32
                %v2597 = arith.addf %v2596, %v2595 fastmath<contract> : f32
                %v2598 = arith.constant 8 : i64
                %v2599 = arith.addi %v2598, %v42 : i64
                %v2600 = arith.muli %v2599, %v181 : i64
                %v2601 = arith.subi %v2536, %v152 : i64
                %v2602 = arith.addi %v2600, %v2601 : i64
                %v2603 = llvm.getelementptr %v80[%v2602] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2604 = llvm.load %v2603 : !llvm.ptr -> f32
                %v2605 = arith.divf %v2604, %v2584 : f32
                %v2606 = arith.mulf %v2577, %v2605 fastmath<contract> : f32
                %v2607 = arith.mulf %v2606, %v2594 fastmath<contract> : f32
                %v2608 = arith.mulf %v2574, %v2529 fastmath<contract> : f32
                %v2609 = arith.addf %v2608, %v2607 fastmath<contract> : f32
                %v2610 = arith.mulf %v2574, %v2531 fastmath<contract> : f32
                %v2611 = arith.addf %v2610, %v2586 fastmath<contract> : f32
                %v2612 = arith.mulf %v2574, %v2533 fastmath<contract> : f32
                %v2613 = arith.addf %v2612, %v2606 fastmath<contract> : f32
                %v2614 = arith.subi %v154, %v473 : i64
                %v2615 = arith.trunci %v2614 : i64 to i32
                %v2616 = arith.subi %size_L, %v2 : i64
                %v2617 = arith.addi %v152, %v473 : i64
                %v2618 = arith.subi %v2616, %v2617 : i64
                %v2619 = arith.minsi %v2618, %v843 : i64
                %v2620 = arith.trunci %v2619 : i64 to i32
                %v2621 = arith.addi %v473, %v100 : i64
                %v2622 = arith.cmpi slt, %v847, %v2615 : i32
                %v2623 = arith.cmpi eq, %v847, %v2620 : i32
                scf.if %v2622 {
                  %v2624 = arith.addi %v152, %v2621 : i64
                  %v2625 = arith.negf %v2569 : f32
                  %v2626 = arith.mulf %v2625, %v368 fastmath<contract> : f32
                  %v2627 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2626) : (f32) -> f32
                  %v2628 = arith.muli %v56, %v424 : i64
                  %v2629 = arith.muli %v2624, %v423 : i64
                  %v2630 = arith.addi %v2628, %v2629 : i64
                  %v2631 = arith.muli %v54, %size_DV : i64
                  %v2632 = arith.addi %v2630, %v2631 : i64
                  %v2633 = arith.addi %v2632, %v52 : i64
                  %v2634 = llvm.getelementptr %dy_o[%v2633] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2635 = llvm.load %v2634 : !llvm.ptr -> f32
                  %v2636 = arith.muli %v42, %v181 : i64
                  %v2637 = arith.subi %v2624, %v152 : i64
                  %v2638 = arith.addi %v2636, %v2637 : i64
                  %v2639 = llvm.getelementptr %v78[%v2638] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2640 = llvm.load %v2639 : !llvm.ptr -> f32
                  %v2641 = arith.mulf %v2640, %v2597 fastmath<contract> : f32
                  %v2642 = arith.constant 8 : i64
                  %v2643 = arith.addi %v2642, %v42 : i64
                  %v2644 = arith.muli %v2643, %v181 : i64
                  %v2645 = arith.subi %v2624, %v152 : i64
                  %v2646 = arith.addi %v2644, %v2645 : i64
                  %v2647 = llvm.getelementptr %v78[%v2646] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2648 = llvm.load %v2647 : !llvm.ptr -> f32
                  %v2649 = arith.mulf %v2648, %v2609 fastmath<contract> : f32
                  %v2650 = arith.addf %v2641, %v2649 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v2651, %v2652 = gpu.shuffle xor %v2650, %v877, %v878 : f32
                  %v2653 = arith.addf %v2650, %v2651 fastmath<contract> : f32
                  %v2654, %v2655 = gpu.shuffle xor %v2653, %v882, %v878 : f32
                  %v2656 = arith.addf %v2653, %v2654 fastmath<contract> : f32
                  %v2657, %v2658 = gpu.shuffle xor %v2656, %v886, %v878 : f32
                  %v2659 = arith.addf %v2656, %v2657 fastmath<contract> : f32
                  // end sum over the lanes
                  %v2660 = arith.mulf %v2640, %v2611 fastmath<contract> : f32
                  %v2661 = arith.mulf %v2648, %v2613 fastmath<contract> : f32
                  %v2662 = arith.addf %v2660, %v2661 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v2663, %v2664 = gpu.shuffle xor %v2662, %v877, %v878 : f32
                  %v2665 = arith.addf %v2662, %v2663 fastmath<contract> : f32
                  %v2666, %v2667 = gpu.shuffle xor %v2665, %v882, %v878 : f32
                  %v2668 = arith.addf %v2665, %v2666 fastmath<contract> : f32
                  %v2669, %v2670 = gpu.shuffle xor %v2668, %v886, %v878 : f32
                  %v2671 = arith.addf %v2668, %v2669 fastmath<contract> : f32
                  // end sum over the lanes
                  %v2672 = llvm.call_intrinsic "llvm.fabs.f32"(%v2671) : (f32) -> f32
                  %v2673 = arith.maximumf %v2672, %v2627 : f32
                  %v2674 = arith.divf %v2659, %v2673 : f32
                  %v2675 = arith.divf %v2674, %v2673 : f32
                  %v2676 = arith.mulf %v2635, %v2675 fastmath<contract> : f32
                  %v2677 = arith.negf %v2676 : f32
                  %v2678 = arith.cmpf oge, %v2672, %v2627 : f32
                  %v2679 = arith.select %v2678, %v86, %v85 : f32
                  %v2680 = arith.subf %v86, %v2679 fastmath<contract> : f32
                  %v2681 = arith.mulf %v2677, %v2680 fastmath<contract> : f32
                  %v2682 = arith.mulf %v2627, %v2681 fastmath<contract> : f32
                  %v2683 = arith.negf %v2682 : f32
                  %v2684 = llvm.load %v58 : !llvm.ptr -> f32
                  %v2685 = llvm.load %v63 : !llvm.ptr -> f32
                  %v2686 = arith.mulf %v2685, %v2684 fastmath<contract> : f32
                  %v2687 = arith.addf %v2683, %v2686 fastmath<contract> : f32
                  %v2688 = llvm.load %v68 : !llvm.ptr -> f32
                  %v2689 = arith.addf %v2687, %v2688 fastmath<contract> : f32
                  llvm.store %v2689, %v58 : f32, !llvm.ptr
                  %v2690 = arith.divf %v2635, %v2673 : f32
                  %v2691 = arith.mulf %v2640, %v2690 fastmath<contract> : f32
                  %v2692 = llvm.load %v59 : !llvm.ptr -> f32
                  %v2693 = llvm.load %v64 : !llvm.ptr -> f32
                  %v2694 = arith.mulf %v2693, %v2692 fastmath<contract> : f32
                  %v2695 = arith.addf %v2691, %v2694 fastmath<contract> : f32
                  llvm.store %v2695, %v59 : f32, !llvm.ptr
                  %v2696 = arith.mulf %v2648, %v2690 fastmath<contract> : f32
                  %v2697 = llvm.load %v60 : !llvm.ptr -> f32
                  %v2698 = llvm.load %v65 : !llvm.ptr -> f32
                  %v2699 = arith.mulf %v2698, %v2697 fastmath<contract> : f32
                  %v2700 = arith.addf %v2696, %v2699 fastmath<contract> : f32
                  llvm.store %v2700, %v60 : f32, !llvm.ptr
                  %v2701 = arith.mulf %v2677, %v2679 fastmath<contract> : f32
                  %v2702 = arith.cmpf olt, %v2671, %v85 : f32
                  %v2703 = arith.select %v2702, %v932, %v85 : f32
                  %v2704 = arith.cmpf ogt, %v2671, %v85 : f32
                  %v2705 = arith.select %v2704, %v86, %v2703 : f32
                  %v2706 = arith.mulf %v2701, %v2705 fastmath<contract> : f32
                  %v2707 = arith.mulf %v2640, %v2706 fastmath<contract> : f32
                  %v2708 = llvm.load %v61 : !llvm.ptr -> f32
                  %v2709 = llvm.load %v66 : !llvm.ptr -> f32
                  %v2710 = arith.mulf %v2709, %v2708 fastmath<contract> : f32
                  %v2711 = arith.addf %v2707, %v2710 fastmath<contract> : f32
                  llvm.store %v2711, %v61 : f32, !llvm.ptr
                  %v2712 = arith.mulf %v2648, %v2706 fastmath<contract> : f32
                  %v2713 = llvm.load %v62 : !llvm.ptr -> f32
                  %v2714 = llvm.load %v67 : !llvm.ptr -> f32
                  %v2715 = arith.mulf %v2714, %v2713 fastmath<contract> : f32
                  %v2716 = arith.addf %v2712, %v2715 fastmath<contract> : f32
                  llvm.store %v2716, %v62 : f32, !llvm.ptr
                  %v2717 = arith.mulf %v2611, %v2706 fastmath<contract> : f32
                  %v2718 = arith.mulf %v2597, %v2690 fastmath<contract> : f32
                  %v2719 = arith.addf %v2717, %v2718 fastmath<contract> : f32
                  %v2720 = arith.mulf %v2613, %v2706 fastmath<contract> : f32
                  %v2721 = arith.mulf %v2609, %v2690 fastmath<contract> : f32
                  %v2722 = arith.addf %v2720, %v2721 fastmath<contract> : f32
                  %v2723 = arith.subi %v2624, %v152 : i64
                  %v2724 = llvm.getelementptr %v82[%v2723] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2725 = llvm.load %v2724 : !llvm.ptr -> f32
                  %v2726 = arith.subi %v2624, %v152 : i64
                  %v2727 = llvm.getelementptr %v84[%v2726] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2728 = llvm.load %v2727 : !llvm.ptr -> f32
                  %v2729 = arith.minimumf %v2728, %v85 : f32
                  %v2730 = llvm.call_intrinsic "llvm.fabs.f32"(%v2728) : (f32) -> f32
                  %v2731 = arith.negf %v2730 : f32
                  %v2732 = arith.mulf %v2731, %v368 fastmath<contract> : f32
                  %v2733 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2732) : (f32) -> f32
                  %v2734 = arith.addf %v86, %v2733 fastmath<contract> : f32
                  %v2735 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v2734) : (f32) -> f32
                  %v2736 = arith.mulf %v2735, %v373 fastmath<contract> : f32
                  %v2737 = arith.mulf %v375, %v2733 fastmath<contract> : f32
                  %v2738 = arith.addf %v2737, %v377 fastmath<contract> : f32
                  %v2739 = arith.mulf %v2738, %v2733 fastmath<contract> : f32
                  %v2740 = arith.addf %v2739, %v380 fastmath<contract> : f32
                  %v2741 = arith.mulf %v2740, %v2733 fastmath<contract> : f32
                  %v2742 = arith.addf %v2741, %v383 fastmath<contract> : f32
                  %v2743 = arith.mulf %v2742, %v2733 fastmath<contract> : f32
                  %v2744 = arith.addf %v2743, %v386 fastmath<contract> : f32
                  %v2745 = arith.mulf %v2744, %v2733 fastmath<contract> : f32
                  %v2746 = arith.addf %v2745, %v389 fastmath<contract> : f32
                  %v2747 = arith.mulf %v2746, %v2733 fastmath<contract> : f32
                  %v2748 = arith.addf %v2747, %v86 fastmath<contract> : f32
                  %v2749 = arith.mulf %v2748, %v2733 fastmath<contract> : f32
                  %v2750 = llvm.call_intrinsic "llvm.fabs.f32"(%v2733) : (f32) -> f32
                  %v2751 = arith.cmpf olt, %v2750, %v395 : f32
                  %v2752 = arith.select %v2751, %v2749, %v2736 : f32
                  %v2753 = arith.subf %v2729, %v2752 fastmath<contract> : f32
                  %v2754 = arith.addf %v2753, %v2489 fastmath<contract> : f32
                  %v2755 = arith.maximumf %v2754, %v2725 : f32
                  %v2756 = arith.subf %v2725, %v2755 fastmath<contract> : f32
                  %v2757 = arith.mulf %v2756, %v368 fastmath<contract> : f32
                  %v2758 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2757) : (f32) -> f32
                  %v2759 = llvm.load %v61 : !llvm.ptr -> f32
                  %v2760 = arith.muli %v56, %v424 : i64
                  %v2761 = arith.muli %v2624, %v423 : i64
                  %v2762 = arith.addi %v2760, %v2761 : i64
                  %v2763 = arith.muli %v54, %size_DV : i64
                  %v2764 = arith.addi %v2762, %v2763 : i64
                  %v2765 = arith.addi %v2764, %v52 : i64
                  %v2766 = llvm.getelementptr %in_v[%v2765] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2767 = llvm.load %v2766 : !llvm.ptr -> f32
                  %v2768 = llvm.load %v59 : !llvm.ptr -> f32
                  %v2769 = arith.mulf %v2767, %v2768 fastmath<contract> : f32
                  %v2770 = arith.addf %v2759, %v2769 fastmath<contract> : f32
                  %v2771 = arith.mulf %v2758, %v2770 fastmath<contract> : f32
                  %v2773 = llvm.call_intrinsic "llvm.sqrt.f32"(%v2772) : (f32) -> f32
                  %v2774 = arith.divf %v2771, %v2773 : f32
                  %v2775 = llvm.load %v62 : !llvm.ptr -> f32
                  %v2776 = llvm.load %v60 : !llvm.ptr -> f32
                  %v2777 = arith.mulf %v2767, %v2776 fastmath<contract> : f32
                  %v2778 = arith.addf %v2775, %v2777 fastmath<contract> : f32
                  %v2779 = arith.mulf %v2758, %v2778 fastmath<contract> : f32
                  %v2780 = arith.divf %v2779, %v2773 : f32
                  %v2781 = arith.muli %v42, %v181 : i64
                  %v2782 = arith.subi %v2624, %v152 : i64
                  %v2783 = arith.addi %v2781, %v2782 : i64
                  %v2784 = llvm.getelementptr %v80[%v2783] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2785 = llvm.load %v2784 : !llvm.ptr -> f32
                  %v2786 = arith.divf %v2785, %v2773 : f32
                  %v2787 = arith.mulf %v2758, %v2786 fastmath<contract> : f32
                  %v2788 = arith.mulf %v2787, %v2768 fastmath<contract> : f32
                  %v2789 = arith.constant 8 : i64
                  %v2790 = arith.addi %v2789, %v42 : i64
                  %v2791 = arith.muli %v2790, %v181 : i64
                  %v2792 = arith.subi %v2624, %v152 : i64
                  %v2793 = arith.addi %v2791, %v2792 : i64
                  %v2794 = llvm.getelementptr %v80[%v2793] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2795 = llvm.load %v2794 : !llvm.ptr -> f32
                  %v2796 = arith.divf %v2795, %v2773 : f32
                  %v2797 = arith.mulf %v2758, %v2796 fastmath<contract> : f32
                  %v2798 = arith.mulf %v2797, %v2776 fastmath<contract> : f32
                  %v2799 = arith.addf %v2788, %v2798 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v2800, %v2801 = gpu.shuffle xor %v2799, %v877, %v878 : f32
                  %v2802 = arith.addf %v2799, %v2800 fastmath<contract> : f32
                  %v2803, %v2804 = gpu.shuffle xor %v2802, %v882, %v878 : f32
                  %v2805 = arith.addf %v2802, %v2803 fastmath<contract> : f32
                  %v2806, %v2807 = gpu.shuffle xor %v2805, %v886, %v878 : f32
                  %v2808 = arith.addf %v2805, %v2806 fastmath<contract> : f32
                  // end sum over the lanes
                  %v2809 = arith.cmpi eq, %v42, %v11 : i64
                  %v2810 = arith.andi %v46, %v2809 : i1
                  scf.if %v2810 {
                    %v2811 = arith.muli %v56, %v424 : i64
                    %v2812 = arith.muli %v2624, %v423 : i64
                    %v2813 = arith.addi %v2811, %v2812 : i64
                    %v2814 = arith.muli %v54, %size_DV : i64
                    %v2815 = arith.addi %v2813, %v2814 : i64
                    %v2816 = arith.addi %v2815, %v52 : i64
                    %v2817 = llvm.getelementptr %dx_v[%v2816] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2808, %v2817 : f32, !llvm.ptr
                  }
                  %v2818 = llvm.load %v58 : !llvm.ptr -> f32
                  %v2819 = arith.cmpf oge, %v2754, %v2725 : f32
                  %v2820 = arith.select %v2819, %v86, %v85 : f32
                  %v2821 = arith.subf %v86, %v2820 fastmath<contract> : f32
                  %v2822 = arith.mulf %v2818, %v2821 fastmath<contract> : f32
                  %v2823 = arith.mulf %v2786, %v2770 fastmath<contract> : f32
                  %v2824 = arith.mulf %v2796, %v2778 fastmath<contract> : f32
                  %v2825 = arith.addf %v2823, %v2824 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v2826, %v2827 = gpu.shuffle xor %v2825, %v877, %v878 : f32
                  %v2828 = arith.addf %v2825, %v2826 fastmath<contract> : f32
                  %v2829, %v2830 = gpu.shuffle xor %v2828, %v882, %v878 : f32
                  %v2831 = arith.addf %v2828, %v2829 fastmath<contract> : f32
                  %v2832, %v2833 = gpu.shuffle xor %v2831, %v886, %v878 : f32
                  %v2834 = arith.addf %v2831, %v2832 fastmath<contract> : f32
                  // end sum over the lanes
                  %v2835 = arith.mulf %v2758, %v2834 fastmath<contract> : f32
                  %v2836 = arith.addf %v2822, %v2835 fastmath<contract> : f32
                  %v2837 = arith.negf %v2835 : f32
                  %v2838 = arith.subf %v2754, %v2755 fastmath<contract> : f32
                  %v2839 = arith.mulf %v2838, %v368 fastmath<contract> : f32
                  %v2840 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2839) : (f32) -> f32
                  %v2841 = arith.mulf %v2517, %v2768 fastmath<contract> : f32
                  %v2842 = arith.mulf %v2529, %v2776 fastmath<contract> : f32
                  %v2843 = arith.addf %v2841, %v2842 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v2844, %v2845 = gpu.shuffle xor %v2843, %v877, %v878 : f32
                  %v2846 = arith.addf %v2843, %v2844 fastmath<contract> : f32
                  %v2847, %v2848 = gpu.shuffle xor %v2846, %v882, %v878 : f32
                  %v2849 = arith.addf %v2846, %v2847 fastmath<contract> : f32
                  %v2850, %v2851 = gpu.shuffle xor %v2849, %v886, %v878 : f32
                  %v2852 = arith.addf %v2849, %v2850 fastmath<contract> : f32
                  // end sum over the lanes
                  %v2853 = arith.mulf %v2531, %v2759 fastmath<contract> : f32
                  %v2854 = arith.mulf %v2533, %v2775 fastmath<contract> : f32
                  %v2855 = arith.addf %v2853, %v2854 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v2856, %v2857 = gpu.shuffle xor %v2855, %v877, %v878 : f32
                  %v2858 = arith.addf %v2855, %v2856 fastmath<contract> : f32
                  %v2859, %v2860 = gpu.shuffle xor %v2858, %v882, %v878 : f32
                  %v2861 = arith.addf %v2858, %v2859 fastmath<contract> : f32
                  %v2862, %v2863 = gpu.shuffle xor %v2861, %v886, %v878 : f32
                  %v2864 = arith.addf %v2861, %v2862 fastmath<contract> : f32
                  // end sum over the lanes
                  %v2865 = arith.addf %v2852, %v2864 fastmath<contract> : f32
                  %v2866 = arith.mulf %v2840, %v2865 fastmath<contract> : f32
                  %v2867 = arith.negf %v2866 : f32
                  %v2868 = arith.addf %v2837, %v2867 fastmath<contract> : f32
                  %v2869 = arith.mulf %v2821, %v2868 fastmath<contract> : f32
                  %v2870 = arith.addf %v2836, %v2869 fastmath<contract> : f32
                  %v2871 = arith.mulf %v2818, %v2820 fastmath<contract> : f32
                  %v2872 = arith.mulf %v2820, %v2868 fastmath<contract> : f32
                  %v2873 = arith.addf %v2866, %v2872 fastmath<contract> : f32
                  %v2874 = arith.addf %v2871, %v2873 fastmath<contract> : f32
                  %v2875 = arith.negf %v2728 : f32
                  %v2876 = arith.negf %v2875 : f32
                  %v2877 = arith.mulf %v2876, %v368 fastmath<contract> : f32
                  %v2878 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2877) : (f32) -> f32
                  %v2879 = arith.addf %v86, %v2878 fastmath<contract> : f32
                  %v2880 = arith.divf %v86, %v2879 : f32
                  %v2881 = arith.mulf %v2874, %v2880 fastmath<contract> : f32
                  %v2882 = arith.select %v46, %v2719, %v85 : f32
                  // sum over the warp's outer points: shuffles
                  %v2883, %v2884 = gpu.shuffle xor %v2882, %v1114, %v878 : f32
                  %v2885 = arith.addf %v2882, %v2883 fastmath<contract> : f32
                  %v2886, %v2887 = gpu.shuffle xor %v2885, %v1118, %v878 : f32
                  %v2888 = arith.addf %v2885, %v2886 fastmath<contract> : f32
                  %v2889 = arith.divui %v32, %v34 : i64
                  %v2890 = arith.remui %v32, %v34 : i64
                  %v2891 = arith.cmpi ult, %v2890, %v41 : i64
                  %v2892 = arith.muli %v2889, %v1 : i64
                  %v2893 = arith.addi %v2892, %v42 : i64
                  %v2894 = arith.muli %v2893, %v1127 : i64
                  %v2895 = arith.addi %v2894, %v475 : i64
                  scf.if %v2891 {
                    %v2896 = llvm.getelementptr %v70[%v2895] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2888, %v2896 : f32, !llvm.ptr
                  }
                  %v2897 = arith.select %v46, %v2722, %v85 : f32
                  // sum over the warp's outer points: shuffles
                  %v2898, %v2899 = gpu.shuffle xor %v2897, %v1114, %v878 : f32
                  %v2900 = arith.addf %v2897, %v2898 fastmath<contract> : f32
                  %v2901, %v2902 = gpu.shuffle xor %v2900, %v1118, %v878 : f32
                  %v2903 = arith.addf %v2900, %v2901 fastmath<contract> : f32
                  %v2904 = arith.divui %v32, %v34 : i64
                  %v2905 = arith.remui %v32, %v34 : i64
                  %v2906 = arith.cmpi ult, %v2905, %v41 : i64
                  %v2907 = arith.addi %v41, %v42 : i64
                  %v2908 = arith.muli %v2904, %v1 : i64
                  %v2909 = arith.addi %v2908, %v2907 : i64
                  %v2910 = arith.muli %v2909, %v1127 : i64
                  %v2911 = arith.addi %v2910, %v475 : i64
                  scf.if %v2906 {
                    %v2912 = llvm.getelementptr %v70[%v2911] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2903, %v2912 : f32, !llvm.ptr
                  }
                  %v2913 = arith.select %v46, %v2774, %v85 : f32
                  // sum over the warp's outer points: shuffles
                  %v2914, %v2915 = gpu.shuffle xor %v2913, %v1114, %v878 : f32
                  %v2916 = arith.addf %v2913, %v2914 fastmath<contract> : f32
                  %v2917, %v2918 = gpu.shuffle xor %v2916, %v1118, %v878 : f32
                  %v2919 = arith.addf %v2916, %v2917 fastmath<contract> : f32
                  %v2920 = arith.divui %v32, %v34 : i64
                  %v2921 = arith.remui %v32, %v34 : i64
                  %v2922 = arith.cmpi ult, %v2921, %v41 : i64
                  %v2923 = arith.muli %v2920, %v1 : i64
                  %v2924 = arith.addi %v2923, %v42 : i64
                  %v2925 = arith.muli %v2924, %v1127 : i64
                  %v2926 = arith.addi %v2925, %v475 : i64
                  scf.if %v2922 {
                    %v2927 = llvm.getelementptr %v72[%v2926] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2919, %v2927 : f32, !llvm.ptr
                  }
                  %v2928 = arith.select %v46, %v2780, %v85 : f32
                  // sum over the warp's outer points: shuffles
                  %v2929, %v2930 = gpu.shuffle xor %v2928, %v1114, %v878 : f32
                  %v2931 = arith.addf %v2928, %v2929 fastmath<contract> : f32
                  %v2932, %v2933 = gpu.shuffle xor %v2931, %v1118, %v878 : f32
                  %v2934 = arith.addf %v2931, %v2932 fastmath<contract> : f32
                  %v2935 = arith.divui %v32, %v34 : i64
                  %v2936 = arith.remui %v32, %v34 : i64
                  %v2937 = arith.cmpi ult, %v2936, %v41 : i64
                  %v2938 = arith.addi %v41, %v42 : i64
                  %v2939 = arith.muli %v2935, %v1 : i64
                  %v2940 = arith.addi %v2939, %v2938 : i64
                  %v2941 = arith.muli %v2940, %v1127 : i64
                  %v2942 = arith.addi %v2941, %v475 : i64
                  scf.if %v2937 {
                    %v2943 = llvm.getelementptr %v72[%v2942] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2934, %v2943 : f32, !llvm.ptr
                  }
                  %v2944 = arith.select %v46, %v2870, %v85 : f32
                  // sum over the warp's outer points: shuffles
                  %v2945, %v2946 = gpu.shuffle xor %v2944, %v1114, %v878 : f32
                  %v2947 = arith.addf %v2944, %v2945 fastmath<contract> : f32
                  %v2948, %v2949 = gpu.shuffle xor %v2947, %v1118, %v878 : f32
                  %v2950 = arith.addf %v2947, %v2948 fastmath<contract> : f32
                  %v2951 = arith.divui %v32, %v34 : i64
                  %v2952 = arith.remui %v32, %v34 : i64
                  %v2953 = arith.cmpi ult, %v2952, %v2 : i64
                  %v2954 = arith.muli %v2951, %v1127 : i64
                  %v2955 = arith.addi %v2954, %v475 : i64
                  scf.if %v2953 {
                    %v2956 = llvm.getelementptr %v74[%v2955] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2950, %v2956 : f32, !llvm.ptr
                  }
                  %v2957 = arith.select %v46, %v2881, %v85 : f32
                  // sum over the warp's outer points: shuffles
                  %v2958, %v2959 = gpu.shuffle xor %v2957, %v1114, %v878 : f32
                  %v2960 = arith.addf %v2957, %v2958 fastmath<contract> : f32
                  %v2961, %v2962 = gpu.shuffle xor %v2960, %v1118, %v878 : f32
                  %v2963 = arith.addf %v2960, %v2961 fastmath<contract> : f32
                  %v2964 = arith.divui %v32, %v34 : i64
                  %v2965 = arith.remui %v32, %v34 : i64
                  %v2966 = arith.cmpi ult, %v2965, %v2 : i64
                  %v2967 = arith.muli %v2964, %v1127 : i64
                  %v2968 = arith.addi %v2967, %v475 : i64
                  scf.if %v2966 {
                    %v2969 = llvm.getelementptr %v76[%v2968] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2963, %v2969 : f32, !llvm.ptr
                  }
                  llvm.store %v2820, %v63 : f32, !llvm.ptr
                  llvm.store %v2873, %v68 : f32, !llvm.ptr
                  llvm.store %v2840, %v64 : f32, !llvm.ptr
                  llvm.store %v2840, %v65 : f32, !llvm.ptr
                  llvm.store %v2840, %v66 : f32, !llvm.ptr
                  llvm.store %v2840, %v67 : f32, !llvm.ptr
                }
                %v2970 = arith.addi %v473, %v95 : i64
                %v2971 = arith.cmpi slt, %v882, %v2615 : i32
                %v2972 = arith.cmpi eq, %v882, %v2620 : i32
                %v2973 = arith.addi %v475, %v2 : i64
                scf.if %v2971 {
                  %v2974 = arith.addi %v152, %v2970 : i64
                  %v2975 = arith.negf %v2489 : f32
                  %v2976 = arith.mulf %v2975, %v368 fastmath<contract> : f32
                  %v2977 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2976) : (f32) -> f32
                  %v2978 = arith.muli %v56, %v424 : i64
                  %v2979 = arith.muli %v2974, %v423 : i64
                  %v2980 = arith.addi %v2978, %v2979 : i64
                  %v2981 = arith.muli %v54, %size_DV : i64
                  %v2982 = arith.addi %v2980, %v2981 : i64
                  %v2983 = arith.addi %v2982, %v52 : i64
                  %v2984 = llvm.getelementptr %dy_o[%v2983] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2985 = llvm.load %v2984 : !llvm.ptr -> f32
                  %v2986 = arith.muli %v42, %v181 : i64
                  %v2987 = arith.subi %v2974, %v152 : i64
                  %v2988 = arith.addi %v2986, %v2987 : i64
                  %v2989 = llvm.getelementptr %v78[%v2988] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2990 = llvm.load %v2989 : !llvm.ptr -> f32
                  %v2991 = arith.mulf %v2990, %v2517 fastmath<contract> : f32
                  %v2992 = arith.constant 8 : i64
                  %v2993 = arith.addi %v2992, %v42 : i64
                  %v2994 = arith.muli %v2993, %v181 : i64
                  %v2995 = arith.subi %v2974, %v152 : i64
                  %v2996 = arith.addi %v2994, %v2995 : i64
                  %v2997 = llvm.getelementptr %v78[%v2996] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2998 = llvm.load %v2997 : !llvm.ptr -> f32
                  %v2999 = arith.mulf %v2998, %v2529 fastmath<contract> : f32
                  %v3000 = arith.addf %v2991, %v2999 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v3001, %v3002 = gpu.shuffle xor %v3000, %v877, %v878 : f32
                  %v3003 = arith.addf %v3000, %v3001 fastmath<contract> : f32
                  %v3004, %v3005 = gpu.shuffle xor %v3003, %v882, %v878 : f32
                  %v3006 = arith.addf %v3003, %v3004 fastmath<contract> : f32
                  %v3007, %v3008 = gpu.shuffle xor %v3006, %v886, %v878 : f32
                  %v3009 = arith.addf %v3006, %v3007 fastmath<contract> : f32
                  // end sum over the lanes
                  %v3010 = arith.mulf %v2990, %v2531 fastmath<contract> : f32
                  %v3011 = arith.mulf %v2998, %v2533 fastmath<contract> : f32
                  %v3012 = arith.addf %v3010, %v3011 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v3013, %v3014 = gpu.shuffle xor %v3012, %v877, %v878 : f32
                  %v3015 = arith.addf %v3012, %v3013 fastmath<contract> : f32
                  %v3016, %v3017 = gpu.shuffle xor %v3015, %v882, %v878 : f32
                  %v3018 = arith.addf %v3015, %v3016 fastmath<contract> : f32
                  %v3019, %v3020 = gpu.shuffle xor %v3018, %v886, %v878 : f32
                  %v3021 = arith.addf %v3018, %v3019 fastmath<contract> : f32
                  // end sum over the lanes
                  %v3022 = llvm.call_intrinsic "llvm.fabs.f32"(%v3021) : (f32) -> f32
                  %v3023 = arith.maximumf %v3022, %v2977 : f32
                  %v3024 = arith.divf %v3009, %v3023 : f32
                  %v3025 = arith.divf %v3024, %v3023 : f32
                  %v3026 = arith.mulf %v2985, %v3025 fastmath<contract> : f32
                  %v3027 = arith.negf %v3026 : f32
                  %v3028 = arith.cmpf oge, %v3022, %v2977 : f32
                  %v3029 = arith.select %v3028, %v86, %v85 : f32
                  %v3030 = arith.subf %v86, %v3029 fastmath<contract> : f32
                  %v3031 = arith.mulf %v3027, %v3030 fastmath<contract> : f32
                  %v3032 = arith.mulf %v2977, %v3031 fastmath<contract> : f32
                  %v3033 = arith.negf %v3032 : f32
                  %v3034 = llvm.load %v58 : !llvm.ptr -> f32
                  %v3035 = llvm.load %v63 : !llvm.ptr -> f32
                  %v3036 = arith.mulf %v3035, %v3034 fastmath<contract> : f32
                  %v3037 = arith.addf %v3033, %v3036 fastmath<contract> : f32
                  %v3038 = llvm.load %v68 : !llvm.ptr -> f32
                  %v3039 = arith.addf %v3037, %v3038 fastmath<contract> : f32
                  llvm.store %v3039, %v58 : f32, !llvm.ptr
                  %v3040 = arith.divf %v2985, %v3023 : f32
                  %v3041 = arith.mulf %v2990, %v3040 fastmath<contract> : f32
                  %v3042 = llvm.load %v59 : !llvm.ptr -> f32
                  %v3043 = llvm.load %v64 : !llvm.ptr -> f32
                  %v3044 = arith.mulf %v3043, %v3042 fastmath<contract> : f32
                  %v3045 = arith.addf %v3041, %v3044 fastmath<contract> : f32
                  llvm.store %v3045, %v59 : f32, !llvm.ptr
                  %v3046 = arith.mulf %v2998, %v3040 fastmath<contract> : f32
                  %v3047 = llvm.load %v60 : !llvm.ptr -> f32
                  %v3048 = llvm.load %v65 : !llvm.ptr -> f32
                  %v3049 = arith.mulf %v3048, %v3047 fastmath<contract> : f32
                  %v3050 = arith.addf %v3046, %v3049 fastmath<contract> : f32
                  llvm.store %v3050, %v60 : f32, !llvm.ptr
                  %v3051 = arith.mulf %v3027, %v3029 fastmath<contract> : f32
                  %v3052 = arith.cmpf olt, %v3021, %v85 : f32
                  %v3053 = arith.select %v3052, %v932, %v85 : f32
                  %v3054 = arith.cmpf ogt, %v3021, %v85 : f32
                  %v3055 = arith.select %v3054, %v86, %v3053 : f32
                  %v3056 = arith.mulf %v3051, %v3055 fastmath<contract> : f32
                  %v3057 = arith.mulf %v2990, %v3056 fastmath<contract> : f32
                  %v3058 = llvm.load %v61 : !llvm.ptr -> f32
                  %v3059 = llvm.load %v66 : !llvm.ptr -> f32
                  %v3060 = arith.mulf %v3059, %v3058 fastmath<contract> : f32
                  %v3061 = arith.addf %v3057, %v3060 fastmath<contract> : f32
                  llvm.store %v3061, %v61 : f32, !llvm.ptr
                  %v3062 = arith.mulf %v2998, %v3056 fastmath<contract> : f32
                  %v3063 = llvm.load %v62 : !llvm.ptr -> f32
                  %v3064 = llvm.load %v67 : !llvm.ptr -> f32
                  %v3065 = arith.mulf %v3064, %v3063 fastmath<contract> : f32
                  %v3066 = arith.addf %v3062, %v3065 fastmath<contract> : f32
                  llvm.store %v3066, %v62 : f32, !llvm.ptr
                  %v3067 = arith.mulf %v2531, %v3056 fastmath<contract> : f32
                  %v3068 = arith.mulf %v2517, %v3040 fastmath<contract> : f32
                  %v3069 = arith.addf %v3067, %v3068 fastmath<contract> : f32
                  %v3070 = arith.mulf %v2533, %v3056 fastmath<contract> : f32
                  %v3071 = arith.mulf %v2529, %v3040 fastmath<contract> : f32
                  %v3072 = arith.addf %v3070, %v3071 fastmath<contract> : f32
                  %v3073 = arith.subi %v2974, %v152 : i64
                  %v3074 = llvm.getelementptr %v82[%v3073] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3075 = llvm.load %v3074 : !llvm.ptr -> f32
                  %v3076 = arith.subi %v2974, %v152 : i64
                  %v3077 = llvm.getelementptr %v84[%v3076] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3078 = llvm.load %v3077 : !llvm.ptr -> f32
                  %v3079 = arith.minimumf %v3078, %v85 : f32
                  %v3080 = llvm.call_intrinsic "llvm.fabs.f32"(%v3078) : (f32) -> f32
                  %v3081 = arith.negf %v3080 : f32
                  %v3082 = arith.mulf %v3081, %v368 fastmath<contract> : f32
                  %v3083 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3082) : (f32) -> f32
                  %v3084 = arith.addf %v86, %v3083 fastmath<contract> : f32
                  %v3085 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v3084) : (f32) -> f32
                  %v3086 = arith.mulf %v3085, %v373 fastmath<contract> : f32
                  %v3087 = arith.mulf %v375, %v3083 fastmath<contract> : f32
                  %v3088 = arith.addf %v3087, %v377 fastmath<contract> : f32
                  %v3089 = arith.mulf %v3088, %v3083 fastmath<contract> : f32
                  %v3090 = arith.addf %v3089, %v380 fastmath<contract> : f32
                  %v3091 = arith.mulf %v3090, %v3083 fastmath<contract> : f32
                  %v3092 = arith.addf %v3091, %v383 fastmath<contract> : f32
                  %v3093 = arith.mulf %v3092, %v3083 fastmath<contract> : f32
                  %v3094 = arith.addf %v3093, %v386 fastmath<contract> : f32
                  %v3095 = arith.mulf %v3094, %v3083 fastmath<contract> : f32
                  %v3096 = arith.addf %v3095, %v389 fastmath<contract> : f32
                  %v3097 = arith.mulf %v3096, %v3083 fastmath<contract> : f32
                  %v3098 = arith.addf %v3097, %v86 fastmath<contract> : f32
                  %v3099 = arith.mulf %v3098, %v3083 fastmath<contract> : f32
                  %v3100 = llvm.call_intrinsic "llvm.fabs.f32"(%v3083) : (f32) -> f32
                  %v3101 = arith.cmpf olt, %v3100, %v395 : f32
                  %v3102 = arith.select %v3101, %v3099, %v3086 : f32
                  %v3103 = arith.subf %v3079, %v3102 fastmath<contract> : f32
                  %v3104 = arith.addf %v3103, %v2409 fastmath<contract> : f32
                  %v3105 = arith.maximumf %v3104, %v3075 : f32
                  %v3106 = arith.subf %v3075, %v3105 fastmath<contract> : f32
                  %v3107 = arith.mulf %v3106, %v368 fastmath<contract> : f32
                  %v3108 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3107) : (f32) -> f32
                  %v3109 = llvm.load %v61 : !llvm.ptr -> f32
                  %v3110 = arith.muli %v56, %v424 : i64
                  %v3111 = arith.muli %v2974, %v423 : i64
                  %v3112 = arith.addi %v3110, %v3111 : i64
                  %v3113 = arith.muli %v54, %size_DV : i64
                  %v3114 = arith.addi %v3112, %v3113 : i64
                  %v3115 = arith.addi %v3114, %v52 : i64
                  %v3116 = llvm.getelementptr %in_v[%v3115] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3117 = llvm.load %v3116 : !llvm.ptr -> f32
                  %v3118 = llvm.load %v59 : !llvm.ptr -> f32
                  %v3119 = arith.mulf %v3117, %v3118 fastmath<contract> : f32
                  %v3120 = arith.addf %v3109, %v3119 fastmath<contract> : f32
                  %v3121 = arith.mulf %v3108, %v3120 fastmath<contract> : f32
                  %v3123 = llvm.call_intrinsic "llvm.sqrt.f32"(%v3122) : (f32) -> f32
                  %v3124 = arith.divf %v3121, %v3123 : f32
                  %v3125 = llvm.load %v62 : !llvm.ptr -> f32
                  %v3126 = llvm.load %v60 : !llvm.ptr -> f32
                  %v3127 = arith.mulf %v3117, %v3126 fastmath<contract> : f32
                  %v3128 = arith.addf %v3125, %v3127 fastmath<contract> : f32
                  %v3129 = arith.mulf %v3108, %v3128 fastmath<contract> : f32
                  %v3130 = arith.divf %v3129, %v3123 : f32
                  %v3131 = arith.muli %v42, %v181 : i64
                  %v3132 = arith.subi %v2974, %v152 : i64
                  %v3133 = arith.addi %v3131, %v3132 : i64
                  %v3134 = llvm.getelementptr %v80[%v3133] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3135 = llvm.load %v3134 : !llvm.ptr -> f32
                  %v3136 = arith.divf %v3135, %v3123 : f32
                  %v3137 = arith.mulf %v3108, %v3136 fastmath<contract> : f32
                  %v3138 = arith.mulf %v3137, %v3118 fastmath<contract> : f32
                  %v3139 = arith.constant 8 : i64
                  %v3140 = arith.addi %v3139, %v42 : i64
                  %v3141 = arith.muli %v3140, %v181 : i64
                  %v3142 = arith.subi %v2974, %v152 : i64
                  %v3143 = arith.addi %v3141, %v3142 : i64
                  %v3144 = llvm.getelementptr %v80[%v3143] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3145 = llvm.load %v3144 : !llvm.ptr -> f32
                  %v3146 = arith.divf %v3145, %v3123 : f32
                  %v3147 = arith.mulf %v3108, %v3146 fastmath<contract> : f32
                  %v3148 = arith.mulf %v3147, %v3126 fastmath<contract> : f32
                  %v3149 = arith.addf %v3138, %v3148 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v3150, %v3151 = gpu.shuffle xor %v3149, %v877, %v878 : f32
                  %v3152 = arith.addf %v3149, %v3150 fastmath<contract> : f32
                  %v3153, %v3154 = gpu.shuffle xor %v3152, %v882, %v878 : f32
                  %v3155 = arith.addf %v3152, %v3153 fastmath<contract> : f32
                  %v3156, %v3157 = gpu.shuffle xor %v3155, %v886, %v878 : f32
                  %v3158 = arith.addf %v3155, %v3156 fastmath<contract> : f32
                  // end sum over the lanes
                  %v3159 = arith.cmpi eq, %v42, %v11 : i64
                  %v3160 = arith.andi %v46, %v3159 : i1
                  scf.if %v3160 {
                    %v3161 = arith.muli %v56, %v424 : i64
                    %v3162 = arith.muli %v2974, %v423 : i64
                    %v3163 = arith.addi %v3161, %v3162 : i64
                    %v3164 = arith.muli %v54, %size_DV : i64
                    %v3165 = arith.addi %v3163, %v3164 : i64
                    %v3166 = arith.addi %v3165, %v52 : i64
                    %v3167 = llvm.getelementptr %dx_v[%v3166] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3158, %v3167 : f32, !llvm.ptr
                  }
                  %v3168 = llvm.load %v58 : !llvm.ptr -> f32
                  %v3169 = arith.cmpf oge, %v3104, %v3075 : f32
                  %v3170 = arith.select %v3169, %v86, %v85 : f32
                  %v3171 = arith.subf %v86, %v3170 fastmath<contract> : f32
                  %v3172 = arith.mulf %v3168, %v3171 fastmath<contract> : f32
                  %v3173 = arith.mulf %v3136, %v3120 fastmath<contract> : f32
                  %v3174 = arith.mulf %v3146, %v3128 fastmath<contract> : f32
                  %v3175 = arith.addf %v3173, %v3174 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v3176, %v3177 = gpu.shuffle xor %v3175, %v877, %v878 : f32
                  %v3178 = arith.addf %v3175, %v3176 fastmath<contract> : f32
                  %v3179, %v3180 = gpu.shuffle xor %v3178, %v882, %v878 : f32
                  %v3181 = arith.addf %v3178, %v3179 fastmath<contract> : f32
                  %v3182, %v3183 = gpu.shuffle xor %v3181, %v886, %v878 : f32
                  %v3184 = arith.addf %v3181, %v3182 fastmath<contract> : f32
                  // end sum over the lanes
                  %v3185 = arith.mulf %v3108, %v3184 fastmath<contract> : f32
                  %v3186 = arith.addf %v3172, %v3185 fastmath<contract> : f32
                  %v3187 = arith.negf %v3185 : f32
                  %v3188 = arith.subf %v3104, %v3105 fastmath<contract> : f32
                  %v3189 = arith.mulf %v3188, %v368 fastmath<contract> : f32
                  %v3190 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3189) : (f32) -> f32
                  %v3191 = arith.mulf %v2437, %v3118 fastmath<contract> : f32
                  %v3192 = arith.mulf %v2449, %v3126 fastmath<contract> : f32
                  %v3193 = arith.addf %v3191, %v3192 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v3194, %v3195 = gpu.shuffle xor %v3193, %v877, %v878 : f32
                  %v3196 = arith.addf %v3193, %v3194 fastmath<contract> : f32
                  %v3197, %v3198 = gpu.shuffle xor %v3196, %v882, %v878 : f32
                  %v3199 = arith.addf %v3196, %v3197 fastmath<contract> : f32
                  %v3200, %v3201 = gpu.shuffle xor %v3199, %v886, %v878 : f32
                  %v3202 = arith.addf %v3199, %v3200 fastmath<contract> : f32
                  // end sum over the lanes
                  %v3203 = arith.mulf %v2451, %v3109 fastmath<contract> : f32
                  %v3204 = arith.mulf %v2453, %v3125 fastmath<contract> : f32
                  %v3205 = arith.addf %v3203, %v3204 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v3206, %v3207 = gpu.shuffle xor %v3205, %v877, %v878 : f32
                  %v3208 = arith.addf %v3205, %v3206 fastmath<contract> : f32
                  %v3209, %v3210 = gpu.shuffle xor %v3208, %v882, %v878 : f32
                  %v3211 = arith.addf %v3208, %v3209 fastmath<contract> : f32
                  %v3212, %v3213 = gpu.shuffle xor %v3211, %v886, %v878 : f32
                  %v3214 = arith.addf %v3211, %v3212 fastmath<contract> : f32
                  // end sum over the lanes
                  %v3215 = arith.addf %v3202, %v3214 fastmath<contract> : f32
                  %v3216 = arith.mulf %v3190, %v3215 fastmath<contract> : f32
                  %v3217 = arith.negf %v3216 : f32
                  %v3218 = arith.addf %v3187, %v3217 fastmath<contract> : f32
                  %v3219 = arith.mulf %v3171, %v3218 fastmath<contract> : f32
                  %v3220 = arith.addf %v3186, %v3219 fastmath<contract> : f32
                  %v3221 = arith.mulf %v3168, %v3170 fastmath<contract> : f32
                  %v3222 = arith.mulf %v3170, %v3218 fastmath<contract> : f32
                  %v3223 = arith.addf %v3216, %v3222 fastmath<contract> : f32
                  %v3224 = arith.addf %v3221, %v3223 fastmath<contract> : f32
                  %v3225 = arith.negf %v3078 : f32
                  %v3226 = arith.negf %v3225 : f32
                  %v3227 = arith.mulf %v3226, %v368 fastmath<contract> : f32
                  %v3228 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3227) : (f32) -> f32
                  %v3229 = arith.addf %v86, %v3228 fastmath<contract> : f32
                  %v3230 = arith.divf %v86, %v3229 : f32
                  %v3231 = arith.mulf %v3224, %v3230 fastmath<contract> : f32
                  %v3232 = arith.select %v46, %v3069, %v85 : f32
                  // sum over the warp's outer points: shuffles
                  %v3233, %v3234 = gpu.shuffle xor %v3232, %v1114, %v878 : f32
                  %v3235 = arith.addf %v3232, %v3233 fastmath<contract> : f32
                  %v3236, %v3237 = gpu.shuffle xor %v3235, %v1118, %v878 : f32
                  %v3238 = arith.addf %v3235, %v3236 fastmath<contract> : f32
                  %v3239 = arith.divui %v32, %v34 : i64
                  %v3240 = arith.remui %v32, %v34 : i64
                  %v3241 = arith.cmpi ult, %v3240, %v41 : i64
                  %v3242 = arith.muli %v3239, %v1 : i64
                  %v3243 = arith.addi %v3242, %v42 : i64
                  %v3244 = arith.muli %v3243, %v1127 : i64
                  %v3245 = arith.addi %v3244, %v2973 : i64
                  scf.if %v3241 {
                    %v3246 = llvm.getelementptr %v70[%v3245] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3238, %v3246 : f32, !llvm.ptr
                  }
                  %v3247 = arith.select %v46, %v3072, %v85 : f32
                  // sum over the warp's outer points: shuffles
                  %v3248, %v3249 = gpu.shuffle xor %v3247, %v1114, %v878 : f32
                  %v3250 = arith.addf %v3247, %v3248 fastmath<contract> : f32
                  %v3251, %v3252 = gpu.shuffle xor %v3250, %v1118, %v878 : f32
                  %v3253 = arith.addf %v3250, %v3251 fastmath<contract> : f32
                  %v3254 = arith.divui %v32, %v34 : i64
                  %v3255 = arith.remui %v32, %v34 : i64
                  %v3256 = arith.cmpi ult, %v3255, %v41 : i64
                  %v3257 = arith.addi %v41, %v42 : i64
                  %v3258 = arith.muli %v3254, %v1 : i64
                  %v3259 = arith.addi %v3258, %v3257 : i64
                  %v3260 = arith.muli %v3259, %v1127 : i64
                  %v3261 = arith.addi %v3260, %v2973 : i64
                  scf.if %v3256 {
                    %v3262 = llvm.getelementptr %v70[%v3261] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3253, %v3262 : f32, !llvm.ptr
                  }
                  %v3263 = arith.select %v46, %v3124, %v85 : f32
                  // sum over the warp's outer points: shuffles
                  %v3264, %v3265 = gpu.shuffle xor %v3263, %v1114, %v878 : f32
                  %v3266 = arith.addf %v3263, %v3264 fastmath<contract> : f32
                  %v3267, %v3268 = gpu.shuffle xor %v3266, %v1118, %v878 : f32
                  %v3269 = arith.addf %v3266, %v3267 fastmath<contract> : f32
                  %v3270 = arith.divui %v32, %v34 : i64
                  %v3271 = arith.remui %v32, %v34 : i64
                  %v3272 = arith.cmpi ult, %v3271, %v41 : i64
                  %v3273 = arith.muli %v3270, %v1 : i64
                  %v3274 = arith.addi %v3273, %v42 : i64
                  %v3275 = arith.muli %v3274, %v1127 : i64
                  %v3276 = arith.addi %v3275, %v2973 : i64
                  scf.if %v3272 {
                    %v3277 = llvm.getelementptr %v72[%v3276] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3269, %v3277 : f32, !llvm.ptr
                  }
                  %v3278 = arith.select %v46, %v3130, %v85 : f32
                  // sum over the warp's outer points: shuffles
                  %v3279, %v3280 = gpu.shuffle xor %v3278, %v1114, %v878 : f32
                  %v3281 = arith.addf %v3278, %v3279 fastmath<contract> : f32
                  %v3282, %v3283 = gpu.shuffle xor %v3281, %v1118, %v878 : f32
                  %v3284 = arith.addf %v3281, %v3282 fastmath<contract> : f32
                  %v3285 = arith.divui %v32, %v34 : i64
                  %v3286 = arith.remui %v32, %v34 : i64
                  %v3287 = arith.cmpi ult, %v3286, %v41 : i64
                  %v3288 = arith.addi %v41, %v42 : i64
                  %v3289 = arith.muli %v3285, %v1 : i64
                  %v3290 = arith.addi %v3289, %v3288 : i64
                  %v3291 = arith.muli %v3290, %v1127 : i64
                  %v3292 = arith.addi %v3291, %v2973 : i64
                  scf.if %v3287 {
                    %v3293 = llvm.getelementptr %v72[%v3292] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3284, %v3293 : f32, !llvm.ptr
                  }
                  %v3294 = arith.select %v46, %v3220, %v85 : f32
                  // sum over the warp's outer points: shuffles
                  %v3295, %v3296 = gpu.shuffle xor %v3294, %v1114, %v878 : f32
                  %v3297 = arith.addf %v3294, %v3295 fastmath<contract> : f32
                  %v3298, %v3299 = gpu.shuffle xor %v3297, %v1118, %v878 : f32
                  %v3300 = arith.addf %v3297, %v3298 fastmath<contract> : f32
                  %v3301 = arith.divui %v32, %v34 : i64
                  %v3302 = arith.remui %v32, %v34 : i64
                  %v3303 = arith.cmpi ult, %v3302, %v2 : i64
                  %v3304 = arith.muli %v3301, %v1127 : i64
                  %v3305 = arith.addi %v3304, %v2973 : i64
                  scf.if %v3303 {
                    %v3306 = llvm.getelementptr %v74[%v3305] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3300, %v3306 : f32, !llvm.ptr
                  }
                  %v3307 = arith.select %v46, %v3231, %v85 : f32
                  // sum over the warp's outer points: shuffles
                  %v3308, %v3309 = gpu.shuffle xor %v3307, %v1114, %v878 : f32
                  %v3310 = arith.addf %v3307, %v3308 fastmath<contract> : f32
                  %v3311, %v3312 = gpu.shuffle xor %v3310, %v1118, %v878 : f32
                  %v3313 = arith.addf %v3310, %v3311 fastmath<contract> : f32
                  %v3314 = arith.divui %v32, %v34 : i64
                  %v3315 = arith.remui %v32, %v34 : i64
                  %v3316 = arith.cmpi ult, %v3315, %v2 : i64
                  %v3317 = arith.muli %v3314, %v1127 : i64
                  %v3318 = arith.addi %v3317, %v2973 : i64
                  scf.if %v3316 {
                    %v3319 = llvm.getelementptr %v76[%v3318] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3313, %v3319 : f32, !llvm.ptr
                  }
                  llvm.store %v3170, %v63 : f32, !llvm.ptr
                  llvm.store %v3223, %v68 : f32, !llvm.ptr
                  llvm.store %v3190, %v64 : f32, !llvm.ptr
                  llvm.store %v3190, %v65 : f32, !llvm.ptr
                  llvm.store %v3190, %v66 : f32, !llvm.ptr
                  llvm.store %v3190, %v67 : f32, !llvm.ptr
                }
                %v3320 = arith.addi %v473, %v2 : i64
                %v3321 = arith.cmpi slt, %v877, %v2615 : i32
                %v3322 = arith.cmpi eq, %v877, %v2620 : i32
                %v3323 = arith.addi %v475, %v95 : i64
                scf.if %v3321 {
                  %v3324 = arith.addi %v152, %v3320 : i64
                  %v3325 = arith.negf %v2409 : f32
                  %v3326 = arith.mulf %v3325, %v368 fastmath<contract> : f32
                  %v3327 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3326) : (f32) -> f32
                  %v3328 = arith.muli %v56, %v424 : i64
                  %v3329 = arith.muli %v3324, %v423 : i64
                  %v3330 = arith.addi %v3328, %v3329 : i64
                  %v3331 = arith.muli %v54, %size_DV : i64
                  %v3332 = arith.addi %v3330, %v3331 : i64
                  %v3333 = arith.addi %v3332, %v52 : i64
                  %v3334 = llvm.getelementptr %dy_o[%v3333] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3335 = llvm.load %v3334 : !llvm.ptr -> f32
                  %v3336 = arith.muli %v42, %v181 : i64
                  %v3337 = arith.subi %v3324, %v152 : i64
                  %v3338 = arith.addi %v3336, %v3337 : i64
                  %v3339 = llvm.getelementptr %v78[%v3338] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3340 = llvm.load %v3339 : !llvm.ptr -> f32
                  %v3341 = arith.mulf %v3340, %v2437 fastmath<contract> : f32
                  %v3342 = arith.constant 8 : i64
                  %v3343 = arith.addi %v3342, %v42 : i64
                  %v3344 = arith.muli %v3343, %v181 : i64
                  %v3345 = arith.subi %v3324, %v152 : i64
                  %v3346 = arith.addi %v3344, %v3345 : i64
                  %v3347 = llvm.getelementptr %v78[%v3346] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3348 = llvm.load %v3347 : !llvm.ptr -> f32
                  %v3349 = arith.mulf %v3348, %v2449 fastmath<contract> : f32
                  %v3350 = arith.addf %v3341, %v3349 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v3351, %v3352 = gpu.shuffle xor %v3350, %v877, %v878 : f32
                  %v3353 = arith.addf %v3350, %v3351 fastmath<contract> : f32
                  %v3354, %v3355 = gpu.shuffle xor %v3353, %v882, %v878 : f32
                  %v3356 = arith.addf %v3353, %v3354 fastmath<contract> : f32
                  %v3357, %v3358 = gpu.shuffle xor %v3356, %v886, %v878 : f32
                  %v3359 = arith.addf %v3356, %v3357 fastmath<contract> : f32
                  // end sum over the lanes
                  %v3360 = arith.mulf %v3340, %v2451 fastmath<contract> : f32
                  %v3361 = arith.mulf %v3348, %v2453 fastmath<contract> : f32
                  %v3362 = arith.addf %v3360, %v3361 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v3363, %v3364 = gpu.shuffle xor %v3362, %v877, %v878 : f32
                  %v3365 = arith.addf %v3362, %v3363 fastmath<contract> : f32
                  %v3366, %v3367 = gpu.shuffle xor %v3365, %v882, %v878 : f32
                  %v3368 = arith.addf %v3365, %v3366 fastmath<contract> : f32
                  %v3369, %v3370 = gpu.shuffle xor %v3368, %v886, %v878 : f32
                  %v3371 = arith.addf %v3368, %v3369 fastmath<contract> : f32
                  // end sum over the lanes
                  %v3372 = llvm.call_intrinsic "llvm.fabs.f32"(%v3371) : (f32) -> f32
                  %v3373 = arith.maximumf %v3372, %v3327 : f32
                  %v3374 = arith.divf %v3359, %v3373 : f32
                  %v3375 = arith.divf %v3374, %v3373 : f32
                  %v3376 = arith.mulf %v3335, %v3375 fastmath<contract> : f32
                  %v3377 = arith.negf %v3376 : f32
                  %v3378 = arith.cmpf oge, %v3372, %v3327 : f32
                  %v3379 = arith.select %v3378, %v86, %v85 : f32
                  %v3380 = arith.subf %v86, %v3379 fastmath<contract> : f32
                  %v3381 = arith.mulf %v3377, %v3380 fastmath<contract> : f32
                  %v3382 = arith.mulf %v3327, %v3381 fastmath<contract> : f32
                  %v3383 = arith.negf %v3382 : f32
                  %v3384 = llvm.load %v58 : !llvm.ptr -> f32
                  %v3385 = llvm.load %v63 : !llvm.ptr -> f32
                  %v3386 = arith.mulf %v3385, %v3384 fastmath<contract> : f32
                  %v3387 = arith.addf %v3383, %v3386 fastmath<contract> : f32
                  %v3388 = llvm.load %v68 : !llvm.ptr -> f32
                  %v3389 = arith.addf %v3387, %v3388 fastmath<contract> : f32
                  llvm.store %v3389, %v58 : f32, !llvm.ptr
                  %v3390 = arith.divf %v3335, %v3373 : f32
                  %v3391 = arith.mulf %v3340, %v3390 fastmath<contract> : f32
                  %v3392 = llvm.load %v59 : !llvm.ptr -> f32
                  %v3393 = llvm.load %v64 : !llvm.ptr -> f32
                  %v3394 = arith.mulf %v3393, %v3392 fastmath<contract> : f32
                  %v3395 = arith.addf %v3391, %v3394 fastmath<contract> : f32
                  llvm.store %v3395, %v59 : f32, !llvm.ptr
                  %v3396 = arith.mulf %v3348, %v3390 fastmath<contract> : f32
                  %v3397 = llvm.load %v60 : !llvm.ptr -> f32
                  %v3398 = llvm.load %v65 : !llvm.ptr -> f32
                  %v3399 = arith.mulf %v3398, %v3397 fastmath<contract> : f32
                  %v3400 = arith.addf %v3396, %v3399 fastmath<contract> : f32
                  llvm.store %v3400, %v60 : f32, !llvm.ptr
                  %v3401 = arith.mulf %v3377, %v3379 fastmath<contract> : f32
                  %v3402 = arith.cmpf olt, %v3371, %v85 : f32
                  %v3403 = arith.select %v3402, %v932, %v85 : f32
                  %v3404 = arith.cmpf ogt, %v3371, %v85 : f32
                  %v3405 = arith.select %v3404, %v86, %v3403 : f32
                  %v3406 = arith.mulf %v3401, %v3405 fastmath<contract> : f32
                  %v3407 = arith.mulf %v3340, %v3406 fastmath<contract> : f32
                  %v3408 = llvm.load %v61 : !llvm.ptr -> f32
                  %v3409 = llvm.load %v66 : !llvm.ptr -> f32
                  %v3410 = arith.mulf %v3409, %v3408 fastmath<contract> : f32
                  %v3411 = arith.addf %v3407, %v3410 fastmath<contract> : f32
                  llvm.store %v3411, %v61 : f32, !llvm.ptr
                  %v3412 = arith.mulf %v3348, %v3406 fastmath<contract> : f32
                  %v3413 = llvm.load %v62 : !llvm.ptr -> f32
                  %v3414 = llvm.load %v67 : !llvm.ptr -> f32
                  %v3415 = arith.mulf %v3414, %v3413 fastmath<contract> : f32
                  %v3416 = arith.addf %v3412, %v3415 fastmath<contract> : f32
                  llvm.store %v3416, %v62 : f32, !llvm.ptr
                  %v3417 = arith.mulf %v2451, %v3406 fastmath<contract> : f32
                  %v3418 = arith.mulf %v2437, %v3390 fastmath<contract> : f32
                  %v3419 = arith.addf %v3417, %v3418 fastmath<contract> : f32
                  %v3420 = arith.mulf %v2453, %v3406 fastmath<contract> : f32
                  %v3421 = arith.mulf %v2449, %v3390 fastmath<contract> : f32
                  %v3422 = arith.addf %v3420, %v3421 fastmath<contract> : f32
                  %v3423 = arith.subi %v3324, %v152 : i64
                  %v3424 = llvm.getelementptr %v82[%v3423] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3425 = llvm.load %v3424 : !llvm.ptr -> f32
                  %v3426 = arith.subi %v3324, %v152 : i64
                  %v3427 = llvm.getelementptr %v84[%v3426] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3428 = llvm.load %v3427 : !llvm.ptr -> f32
                  %v3429 = arith.minimumf %v3428, %v85 : f32
                  %v3430 = llvm.call_intrinsic "llvm.fabs.f32"(%v3428) : (f32) -> f32
                  %v3431 = arith.negf %v3430 : f32
                  %v3432 = arith.mulf %v3431, %v368 fastmath<contract> : f32
                  %v3433 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3432) : (f32) -> f32
                  %v3434 = arith.addf %v86, %v3433 fastmath<contract> : f32
                  %v3435 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v3434) : (f32) -> f32
                  %v3436 = arith.mulf %v3435, %v373 fastmath<contract> : f32
                  %v3437 = arith.mulf %v375, %v3433 fastmath<contract> : f32
                  %v3438 = arith.addf %v3437, %v377 fastmath<contract> : f32
                  %v3439 = arith.mulf %v3438, %v3433 fastmath<contract> : f32
                  %v3440 = arith.addf %v3439, %v380 fastmath<contract> : f32
                  %v3441 = arith.mulf %v3440, %v3433 fastmath<contract> : f32
                  %v3442 = arith.addf %v3441, %v383 fastmath<contract> : f32
                  %v3443 = arith.mulf %v3442, %v3433 fastmath<contract> : f32
                  %v3444 = arith.addf %v3443, %v386 fastmath<contract> : f32
                  %v3445 = arith.mulf %v3444, %v3433 fastmath<contract> : f32
                  %v3446 = arith.addf %v3445, %v389 fastmath<contract> : f32
                  %v3447 = arith.mulf %v3446, %v3433 fastmath<contract> : f32
                  %v3448 = arith.addf %v3447, %v86 fastmath<contract> : f32
                  %v3449 = arith.mulf %v3448, %v3433 fastmath<contract> : f32
                  %v3450 = llvm.call_intrinsic "llvm.fabs.f32"(%v3433) : (f32) -> f32
                  %v3451 = arith.cmpf olt, %v3450, %v395 : f32
                  %v3452 = arith.select %v3451, %v3449, %v3436 : f32
                  %v3453 = arith.subf %v3429, %v3452 fastmath<contract> : f32
                  %v3454 = arith.addf %v3453, %v2329 fastmath<contract> : f32
                  %v3455 = arith.maximumf %v3454, %v3425 : f32
                  %v3456 = arith.subf %v3425, %v3455 fastmath<contract> : f32
                  %v3457 = arith.mulf %v3456, %v368 fastmath<contract> : f32
                  %v3458 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3457) : (f32) -> f32
                  %v3459 = llvm.load %v61 : !llvm.ptr -> f32
                  %v3460 = arith.muli %v56, %v424 : i64
                  %v3461 = arith.muli %v3324, %v423 : i64
                  %v3462 = arith.addi %v3460, %v3461 : i64
                  %v3463 = arith.muli %v54, %size_DV : i64
                  %v3464 = arith.addi %v3462, %v3463 : i64
                  %v3465 = arith.addi %v3464, %v52 : i64
                  %v3466 = llvm.getelementptr %in_v[%v3465] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3467 = llvm.load %v3466 : !llvm.ptr -> f32
                  %v3468 = llvm.load %v59 : !llvm.ptr -> f32
                  %v3469 = arith.mulf %v3467, %v3468 fastmath<contract> : f32
                  %v3470 = arith.addf %v3459, %v3469 fastmath<contract> : f32
                  %v3471 = arith.mulf %v3458, %v3470 fastmath<contract> : f32
                  %v3473 = llvm.call_intrinsic "llvm.sqrt.f32"(%v3472) : (f32) -> f32
                  %v3474 = arith.divf %v3471, %v3473 : f32
                  %v3475 = llvm.load %v62 : !llvm.ptr -> f32
                  %v3476 = llvm.load %v60 : !llvm.ptr -> f32
                  %v3477 = arith.mulf %v3467, %v3476 fastmath<contract> : f32
                  %v3478 = arith.addf %v3475, %v3477 fastmath<contract> : f32
                  %v3479 = arith.mulf %v3458, %v3478 fastmath<contract> : f32
                  %v3480 = arith.divf %v3479, %v3473 : f32
                  %v3481 = arith.muli %v42, %v181 : i64
                  %v3482 = arith.subi %v3324, %v152 : i64
                  %v3483 = arith.addi %v3481, %v3482 : i64
                  %v3484 = llvm.getelementptr %v80[%v3483] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3485 = llvm.load %v3484 : !llvm.ptr -> f32
                  %v3486 = arith.divf %v3485, %v3473 : f32
                  %v3487 = arith.mulf %v3458, %v3486 fastmath<contract> : f32
                  %v3488 = arith.mulf %v3487, %v3468 fastmath<contract> : f32
                  %v3489 = arith.constant 8 : i64
                  %v3490 = arith.addi %v3489, %v42 : i64
                  %v3491 = arith.muli %v3490, %v181 : i64
                  %v3492 = arith.subi %v3324, %v152 : i64
                  %v3493 = arith.addi %v3491, %v3492 : i64
                  %v3494 = llvm.getelementptr %v80[%v3493] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3495 = llvm.load %v3494 : !llvm.ptr -> f32
                  %v3496 = arith.divf %v3495, %v3473 : f32
                  %v3497 = arith.mulf %v3458, %v3496 fastmath<contract> : f32
                  %v3498 = arith.mulf %v3497, %v3476 fastmath<contract> : f32
                  %v3499 = arith.addf %v3488, %v3498 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v3500, %v3501 = gpu.shuffle xor %v3499, %v877, %v878 : f32
                  %v3502 = arith.addf %v3499, %v3500 fastmath<contract> : f32
                  %v3503, %v3504 = gpu.shuffle xor %v3502, %v882, %v878 : f32
                  %v3505 = arith.addf %v3502, %v3503 fastmath<contract> : f32
                  %v3506, %v3507 = gpu.shuffle xor %v3505, %v886, %v878 : f32
                  %v3508 = arith.addf %v3505, %v3506 fastmath<contract> : f32
                  // end sum over the lanes
                  %v3509 = arith.cmpi eq, %v42, %v11 : i64
                  %v3510 = arith.andi %v46, %v3509 : i1
                  scf.if %v3510 {
                    %v3511 = arith.muli %v56, %v424 : i64
                    %v3512 = arith.muli %v3324, %v423 : i64
                    %v3513 = arith.addi %v3511, %v3512 : i64
                    %v3514 = arith.muli %v54, %size_DV : i64
                    %v3515 = arith.addi %v3513, %v3514 : i64
                    %v3516 = arith.addi %v3515, %v52 : i64
                    %v3517 = llvm.getelementptr %dx_v[%v3516] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3508, %v3517 : f32, !llvm.ptr
                  }
                  %v3518 = llvm.load %v58 : !llvm.ptr -> f32
                  %v3519 = arith.cmpf oge, %v3454, %v3425 : f32
                  %v3520 = arith.select %v3519, %v86, %v85 : f32
                  %v3521 = arith.subf %v86, %v3520 fastmath<contract> : f32
                  %v3522 = arith.mulf %v3518, %v3521 fastmath<contract> : f32
                  %v3523 = arith.mulf %v3486, %v3470 fastmath<contract> : f32
                  %v3524 = arith.mulf %v3496, %v3478 fastmath<contract> : f32
                  %v3525 = arith.addf %v3523, %v3524 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v3526, %v3527 = gpu.shuffle xor %v3525, %v877, %v878 : f32
                  %v3528 = arith.addf %v3525, %v3526 fastmath<contract> : f32
                  %v3529, %v3530 = gpu.shuffle xor %v3528, %v882, %v878 : f32
                  %v3531 = arith.addf %v3528, %v3529 fastmath<contract> : f32
                  %v3532, %v3533 = gpu.shuffle xor %v3531, %v886, %v878 : f32
                  %v3534 = arith.addf %v3531, %v3532 fastmath<contract> : f32
                  // end sum over the lanes
                  %v3535 = arith.mulf %v3458, %v3534 fastmath<contract> : f32
                  %v3536 = arith.addf %v3522, %v3535 fastmath<contract> : f32
                  %v3537 = arith.negf %v3535 : f32
                  %v3538 = arith.subf %v3454, %v3455 fastmath<contract> : f32
                  %v3539 = arith.mulf %v3538, %v368 fastmath<contract> : f32
                  %v3540 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3539) : (f32) -> f32
                  %v3541 = arith.mulf %v2357, %v3468 fastmath<contract> : f32
                  %v3542 = arith.mulf %v2369, %v3476 fastmath<contract> : f32
                  %v3543 = arith.addf %v3541, %v3542 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v3544, %v3545 = gpu.shuffle xor %v3543, %v877, %v878 : f32
                  %v3546 = arith.addf %v3543, %v3544 fastmath<contract> : f32
                  %v3547, %v3548 = gpu.shuffle xor %v3546, %v882, %v878 : f32
                  %v3549 = arith.addf %v3546, %v3547 fastmath<contract> : f32
                  %v3550, %v3551 = gpu.shuffle xor %v3549, %v886, %v878 : f32
                  %v3552 = arith.addf %v3549, %v3550 fastmath<contract> : f32
                  // end sum over the lanes
                  %v3553 = arith.mulf %v2371, %v3459 fastmath<contract> : f32
                  %v3554 = arith.mulf %v2373, %v3475 fastmath<contract> : f32
                  %v3555 = arith.addf %v3553, %v3554 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v3556, %v3557 = gpu.shuffle xor %v3555, %v877, %v878 : f32
                  %v3558 = arith.addf %v3555, %v3556 fastmath<contract> : f32
                  %v3559, %v3560 = gpu.shuffle xor %v3558, %v882, %v878 : f32
                  %v3561 = arith.addf %v3558, %v3559 fastmath<contract> : f32
                  %v3562, %v3563 = gpu.shuffle xor %v3561, %v886, %v878 : f32
                  %v3564 = arith.addf %v3561, %v3562 fastmath<contract> : f32
                  // end sum over the lanes
                  %v3565 = arith.addf %v3552, %v3564 fastmath<contract> : f32
                  %v3566 = arith.mulf %v3540, %v3565 fastmath<contract> : f32
                  %v3567 = arith.negf %v3566 : f32
                  %v3568 = arith.addf %v3537, %v3567 fastmath<contract> : f32
                  %v3569 = arith.mulf %v3521, %v3568 fastmath<contract> : f32
                  %v3570 = arith.addf %v3536, %v3569 fastmath<contract> : f32
                  %v3571 = arith.mulf %v3518, %v3520 fastmath<contract> : f32
                  %v3572 = arith.mulf %v3520, %v3568 fastmath<contract> : f32
                  %v3573 = arith.addf %v3566, %v3572 fastmath<contract> : f32
                  %v3574 = arith.addf %v3571, %v3573 fastmath<contract> : f32
                  %v3575 = arith.negf %v3428 : f32
                  %v3576 = arith.negf %v3575 : f32
                  %v3577 = arith.mulf %v3576, %v368 fastmath<contract> : f32
                  %v3578 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3577) : (f32) -> f32
                  %v3579 = arith.addf %v86, %v3578 fastmath<contract> : f32
                  %v3580 = arith.divf %v86, %v3579 : f32
                  %v3581 = arith.mulf %v3574, %v3580 fastmath<contract> : f32
                  %v3582 = arith.select %v46, %v3419, %v85 : f32
                  // sum over the warp's outer points: shuffles
                  %v3583, %v3584 = gpu.shuffle xor %v3582, %v1114, %v878 : f32
                  %v3585 = arith.addf %v3582, %v3583 fastmath<contract> : f32
                  %v3586, %v3587 = gpu.shuffle xor %v3585, %v1118, %v878 : f32
                  %v3588 = arith.addf %v3585, %v3586 fastmath<contract> : f32
                  %v3589 = arith.divui %v32, %v34 : i64
                  %v3590 = arith.remui %v32, %v34 : i64
                  %v3591 = arith.cmpi ult, %v3590, %v41 : i64
                  %v3592 = arith.muli %v3589, %v1 : i64
                  %v3593 = arith.addi %v3592, %v42 : i64
                  %v3594 = arith.muli %v3593, %v1127 : i64
                  %v3595 = arith.addi %v3594, %v3323 : i64
                  scf.if %v3591 {
                    %v3596 = llvm.getelementptr %v70[%v3595] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3588, %v3596 : f32, !llvm.ptr
                  }
                  %v3597 = arith.select %v46, %v3422, %v85 : f32
                  // sum over the warp's outer points: shuffles
                  %v3598, %v3599 = gpu.shuffle xor %v3597, %v1114, %v878 : f32
                  %v3600 = arith.addf %v3597, %v3598 fastmath<contract> : f32
                  %v3601, %v3602 = gpu.shuffle xor %v3600, %v1118, %v878 : f32
                  %v3603 = arith.addf %v3600, %v3601 fastmath<contract> : f32
                  %v3604 = arith.divui %v32, %v34 : i64
                  %v3605 = arith.remui %v32, %v34 : i64
                  %v3606 = arith.cmpi ult, %v3605, %v41 : i64
                  %v3607 = arith.addi %v41, %v42 : i64
                  %v3608 = arith.muli %v3604, %v1 : i64
                  %v3609 = arith.addi %v3608, %v3607 : i64
                  %v3610 = arith.muli %v3609, %v1127 : i64
                  %v3611 = arith.addi %v3610, %v3323 : i64
                  scf.if %v3606 {
                    %v3612 = llvm.getelementptr %v70[%v3611] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3603, %v3612 : f32, !llvm.ptr
                  }
                  %v3613 = arith.select %v46, %v3474, %v85 : f32
                  // sum over the warp's outer points: shuffles
                  %v3614, %v3615 = gpu.shuffle xor %v3613, %v1114, %v878 : f32
                  %v3616 = arith.addf %v3613, %v3614 fastmath<contract> : f32
                  %v3617, %v3618 = gpu.shuffle xor %v3616, %v1118, %v878 : f32
                  %v3619 = arith.addf %v3616, %v3617 fastmath<contract> : f32
                  %v3620 = arith.divui %v32, %v34 : i64
                  %v3621 = arith.remui %v32, %v34 : i64
                  %v3622 = arith.cmpi ult, %v3621, %v41 : i64
                  %v3623 = arith.muli %v3620, %v1 : i64
                  %v3624 = arith.addi %v3623, %v42 : i64
                  %v3625 = arith.muli %v3624, %v1127 : i64
                  %v3626 = arith.addi %v3625, %v3323 : i64
                  scf.if %v3622 {
                    %v3627 = llvm.getelementptr %v72[%v3626] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3619, %v3627 : f32, !llvm.ptr
                  }
                  %v3628 = arith.select %v46, %v3480, %v85 : f32
                  // sum over the warp's outer points: shuffles
                  %v3629, %v3630 = gpu.shuffle xor %v3628, %v1114, %v878 : f32
                  %v3631 = arith.addf %v3628, %v3629 fastmath<contract> : f32
                  %v3632, %v3633 = gpu.shuffle xor %v3631, %v1118, %v878 : f32
                  %v3634 = arith.addf %v3631, %v3632 fastmath<contract> : f32
                  %v3635 = arith.divui %v32, %v34 : i64
                  %v3636 = arith.remui %v32, %v34 : i64
                  %v3637 = arith.cmpi ult, %v3636, %v41 : i64
                  %v3638 = arith.addi %v41, %v42 : i64
                  %v3639 = arith.muli %v3635, %v1 : i64
                  %v3640 = arith.addi %v3639, %v3638 : i64
                  %v3641 = arith.muli %v3640, %v1127 : i64
                  %v3642 = arith.addi %v3641, %v3323 : i64
                  scf.if %v3637 {
                    %v3643 = llvm.getelementptr %v72[%v3642] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3634, %v3643 : f32, !llvm.ptr
                  }
                  %v3644 = arith.select %v46, %v3570, %v85 : f32
                  // sum over the warp's outer points: shuffles
                  %v3645, %v3646 = gpu.shuffle xor %v3644, %v1114, %v878 : f32
                  %v3647 = arith.addf %v3644, %v3645 fastmath<contract> : f32
                  %v3648, %v3649 = gpu.shuffle xor %v3647, %v1118, %v878 : f32
                  %v3650 = arith.addf %v3647, %v3648 fastmath<contract> : f32
                  %v3651 = arith.divui %v32, %v34 : i64
                  %v3652 = arith.remui %v32, %v34 : i64
                  %v3653 = arith.cmpi ult, %v3652, %v2 : i64
                  %v3654 = arith.muli %v3651, %v1127 : i64
                  %v3655 = arith.addi %v3654, %v3323 : i64
                  scf.if %v3653 {
                    %v3656 = llvm.getelementptr %v74[%v3655] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3650, %v3656 : f32, !llvm.ptr
                  }
                  %v3657 = arith.select %v46, %v3581, %v85 : f32
                  // sum over the warp's outer points: shuffles
                  %v3658, %v3659 = gpu.shuffle xor %v3657, %v1114, %v878 : f32
                  %v3660 = arith.addf %v3657, %v3658 fastmath<contract> : f32
                  %v3661, %v3662 = gpu.shuffle xor %v3660, %v1118, %v878 : f32
                  %v3663 = arith.addf %v3660, %v3661 fastmath<contract> : f32
                  %v3664 = arith.divui %v32, %v34 : i64
                  %v3665 = arith.remui %v32, %v34 : i64
                  %v3666 = arith.cmpi ult, %v3665, %v2 : i64
                  %v3667 = arith.muli %v3664, %v1127 : i64
                  %v3668 = arith.addi %v3667, %v3323 : i64
                  scf.if %v3666 {
                    %v3669 = llvm.getelementptr %v76[%v3668] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3663, %v3669 : f32, !llvm.ptr
                  }
                  llvm.store %v3520, %v63 : f32, !llvm.ptr
                  llvm.store %v3573, %v68 : f32, !llvm.ptr
                  llvm.store %v3540, %v64 : f32, !llvm.ptr
                  llvm.store %v3540, %v65 : f32, !llvm.ptr
                  llvm.store %v3540, %v66 : f32, !llvm.ptr
                  llvm.store %v3540, %v67 : f32, !llvm.ptr
                }
                %v3670 = arith.cmpi slt, %v1904, %v2615 : i32
                %v3671 = arith.cmpi eq, %v1904, %v2620 : i32
                %v3672 = arith.addi %v475, %v100 : i64
                scf.if %v3670 {
                  %v3673 = arith.addi %v152, %v473 : i64
                  %v3674 = arith.negf %v2329 : f32
                  %v3675 = arith.mulf %v3674, %v368 fastmath<contract> : f32
                  %v3676 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3675) : (f32) -> f32
                  %v3677 = arith.muli %v56, %v424 : i64
                  %v3678 = arith.muli %v3673, %v423 : i64
                  %v3679 = arith.addi %v3677, %v3678 : i64
                  %v3680 = arith.muli %v54, %size_DV : i64
                  %v3681 = arith.addi %v3679, %v3680 : i64
                  %v3682 = arith.addi %v3681, %v52 : i64
                  %v3683 = llvm.getelementptr %dy_o[%v3682] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3684 = llvm.load %v3683 : !llvm.ptr -> f32
                  %v3685 = arith.muli %v42, %v181 : i64
                  %v3686 = arith.subi %v3673, %v152 : i64
                  %v3687 = arith.addi %v3685, %v3686 : i64
                  %v3688 = llvm.getelementptr %v78[%v3687] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3689 = llvm.load %v3688 : !llvm.ptr -> f32
                  %v3690 = arith.mulf %v3689, %v2357 fastmath<contract> : f32
                  %v3691 = arith.constant 8 : i64
                  %v3692 = arith.addi %v3691, %v42 : i64
                  %v3693 = arith.muli %v3692, %v181 : i64
                  %v3694 = arith.subi %v3673, %v152 : i64
                  %v3695 = arith.addi %v3693, %v3694 : i64
                  %v3696 = llvm.getelementptr %v78[%v3695] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3697 = llvm.load %v3696 : !llvm.ptr -> f32
                  %v3698 = arith.mulf %v3697, %v2369 fastmath<contract> : f32
                  %v3699 = arith.addf %v3690, %v3698 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v3700, %v3701 = gpu.shuffle xor %v3699, %v877, %v878 : f32
                  %v3702 = arith.addf %v3699, %v3700 fastmath<contract> : f32
                  %v3703, %v3704 = gpu.shuffle xor %v3702, %v882, %v878 : f32
                  %v3705 = arith.addf %v3702, %v3703 fastmath<contract> : f32
                  %v3706, %v3707 = gpu.shuffle xor %v3705, %v886, %v878 : f32
                  %v3708 = arith.addf %v3705, %v3706 fastmath<contract> : f32
                  // end sum over the lanes
                  %v3709 = arith.mulf %v3689, %v2371 fastmath<contract> : f32
                  %v3710 = arith.mulf %v3697, %v2373 fastmath<contract> : f32
                  %v3711 = arith.addf %v3709, %v3710 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v3712, %v3713 = gpu.shuffle xor %v3711, %v877, %v878 : f32
                  %v3714 = arith.addf %v3711, %v3712 fastmath<contract> : f32
                  %v3715, %v3716 = gpu.shuffle xor %v3714, %v882, %v878 : f32
                  %v3717 = arith.addf %v3714, %v3715 fastmath<contract> : f32
                  %v3718, %v3719 = gpu.shuffle xor %v3717, %v886, %v878 : f32
                  %v3720 = arith.addf %v3717, %v3718 fastmath<contract> : f32
                  // end sum over the lanes
                  %v3721 = llvm.call_intrinsic "llvm.fabs.f32"(%v3720) : (f32) -> f32
                  %v3722 = arith.maximumf %v3721, %v3676 : f32
                  %v3723 = arith.divf %v3708, %v3722 : f32
                  %v3724 = arith.divf %v3723, %v3722 : f32
                  %v3725 = arith.mulf %v3684, %v3724 fastmath<contract> : f32
                  %v3726 = arith.negf %v3725 : f32
                  %v3727 = arith.cmpf oge, %v3721, %v3676 : f32
                  %v3728 = arith.select %v3727, %v86, %v85 : f32
                  %v3729 = arith.subf %v86, %v3728 fastmath<contract> : f32
                  %v3730 = arith.mulf %v3726, %v3729 fastmath<contract> : f32
                  %v3731 = arith.mulf %v3676, %v3730 fastmath<contract> : f32
                  %v3732 = arith.negf %v3731 : f32
                  %v3733 = llvm.load %v58 : !llvm.ptr -> f32
                  %v3734 = llvm.load %v63 : !llvm.ptr -> f32
                  %v3735 = arith.mulf %v3734, %v3733 fastmath<contract> : f32
                  %v3736 = arith.addf %v3732, %v3735 fastmath<contract> : f32
                  %v3737 = llvm.load %v68 : !llvm.ptr -> f32
                  %v3738 = arith.addf %v3736, %v3737 fastmath<contract> : f32
                  llvm.store %v3738, %v58 : f32, !llvm.ptr
                  %v3739 = arith.divf %v3684, %v3722 : f32
                  %v3740 = arith.mulf %v3689, %v3739 fastmath<contract> : f32
                  %v3741 = llvm.load %v59 : !llvm.ptr -> f32
                  %v3742 = llvm.load %v64 : !llvm.ptr -> f32
                  %v3743 = arith.mulf %v3742, %v3741 fastmath<contract> : f32
                  %v3744 = arith.addf %v3740, %v3743 fastmath<contract> : f32
                  llvm.store %v3744, %v59 : f32, !llvm.ptr
                  %v3745 = arith.mulf %v3697, %v3739 fastmath<contract> : f32
                  %v3746 = llvm.load %v60 : !llvm.ptr -> f32
                  %v3747 = llvm.load %v65 : !llvm.ptr -> f32
                  %v3748 = arith.mulf %v3747, %v3746 fastmath<contract> : f32
                  %v3749 = arith.addf %v3745, %v3748 fastmath<contract> : f32
                  llvm.store %v3749, %v60 : f32, !llvm.ptr
                  %v3750 = arith.mulf %v3726, %v3728 fastmath<contract> : f32
                  %v3751 = arith.cmpf olt, %v3720, %v85 : f32
                  %v3752 = arith.select %v3751, %v932, %v85 : f32
                  %v3753 = arith.cmpf ogt, %v3720, %v85 : f32
                  %v3754 = arith.select %v3753, %v86, %v3752 : f32
                  %v3755 = arith.mulf %v3750, %v3754 fastmath<contract> : f32
                  %v3756 = arith.mulf %v3689, %v3755 fastmath<contract> : f32
                  %v3757 = llvm.load %v61 : !llvm.ptr -> f32
                  %v3758 = llvm.load %v66 : !llvm.ptr -> f32
                  %v3759 = arith.mulf %v3758, %v3757 fastmath<contract> : f32
                  %v3760 = arith.addf %v3756, %v3759 fastmath<contract> : f32
                  llvm.store %v3760, %v61 : f32, !llvm.ptr
                  %v3761 = arith.mulf %v3697, %v3755 fastmath<contract> : f32
                  %v3762 = llvm.load %v62 : !llvm.ptr -> f32
                  %v3763 = llvm.load %v67 : !llvm.ptr -> f32
                  %v3764 = arith.mulf %v3763, %v3762 fastmath<contract> : f32
                  %v3765 = arith.addf %v3761, %v3764 fastmath<contract> : f32
                  llvm.store %v3765, %v62 : f32, !llvm.ptr
                  %v3766 = arith.mulf %v2371, %v3755 fastmath<contract> : f32
                  %v3767 = arith.mulf %v2357, %v3739 fastmath<contract> : f32
                  %v3768 = arith.addf %v3766, %v3767 fastmath<contract> : f32
                  %v3769 = arith.mulf %v2373, %v3755 fastmath<contract> : f32
                  %v3770 = arith.mulf %v2369, %v3739 fastmath<contract> : f32
                  %v3771 = arith.addf %v3769, %v3770 fastmath<contract> : f32
                  %v3772 = arith.subi %v3673, %v152 : i64
                  %v3773 = llvm.getelementptr %v82[%v3772] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3774 = llvm.load %v3773 : !llvm.ptr -> f32
                  %v3775 = arith.subi %v3673, %v152 : i64
                  %v3776 = llvm.getelementptr %v84[%v3775] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3777 = llvm.load %v3776 : !llvm.ptr -> f32
                  %v3778 = arith.minimumf %v3777, %v85 : f32
                  %v3779 = llvm.call_intrinsic "llvm.fabs.f32"(%v3777) : (f32) -> f32
                  %v3780 = arith.negf %v3779 : f32
                  %v3781 = arith.mulf %v3780, %v368 fastmath<contract> : f32
                  %v3782 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3781) : (f32) -> f32
                  %v3783 = arith.addf %v86, %v3782 fastmath<contract> : f32
                  %v3784 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v3783) : (f32) -> f32
                  %v3785 = arith.mulf %v3784, %v373 fastmath<contract> : f32
                  %v3786 = arith.mulf %v375, %v3782 fastmath<contract> : f32
                  %v3787 = arith.addf %v3786, %v377 fastmath<contract> : f32
                  %v3788 = arith.mulf %v3787, %v3782 fastmath<contract> : f32
                  %v3789 = arith.addf %v3788, %v380 fastmath<contract> : f32
                  %v3790 = arith.mulf %v3789, %v3782 fastmath<contract> : f32
                  %v3791 = arith.addf %v3790, %v383 fastmath<contract> : f32
                  %v3792 = arith.mulf %v3791, %v3782 fastmath<contract> : f32
                  %v3793 = arith.addf %v3792, %v386 fastmath<contract> : f32
                  %v3794 = arith.mulf %v3793, %v3782 fastmath<contract> : f32
                  %v3795 = arith.addf %v3794, %v389 fastmath<contract> : f32
                  %v3796 = arith.mulf %v3795, %v3782 fastmath<contract> : f32
                  %v3797 = arith.addf %v3796, %v86 fastmath<contract> : f32
                  %v3798 = arith.mulf %v3797, %v3782 fastmath<contract> : f32
                  %v3799 = llvm.call_intrinsic "llvm.fabs.f32"(%v3782) : (f32) -> f32
                  %v3800 = arith.cmpf olt, %v3799, %v395 : f32
                  %v3801 = arith.select %v3800, %v3798, %v3785 : f32
                  %v3802 = arith.subf %v3778, %v3801 fastmath<contract> : f32
                  %v3803 = arith.addf %v3802, %v2260 fastmath<contract> : f32
                  %v3804 = arith.maximumf %v3803, %v3774 : f32
                  %v3805 = arith.subf %v3774, %v3804 fastmath<contract> : f32
                  %v3806 = arith.mulf %v3805, %v368 fastmath<contract> : f32
                  %v3807 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3806) : (f32) -> f32
                  %v3808 = llvm.load %v61 : !llvm.ptr -> f32
                  %v3809 = arith.muli %v56, %v424 : i64
                  %v3810 = arith.muli %v3673, %v423 : i64
                  %v3811 = arith.addi %v3809, %v3810 : i64
                  %v3812 = arith.muli %v54, %size_DV : i64
                  %v3813 = arith.addi %v3811, %v3812 : i64
                  %v3814 = arith.addi %v3813, %v52 : i64
                  %v3815 = llvm.getelementptr %in_v[%v3814] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3816 = llvm.load %v3815 : !llvm.ptr -> f32
                  %v3817 = llvm.load %v59 : !llvm.ptr -> f32
                  %v3818 = arith.mulf %v3816, %v3817 fastmath<contract> : f32
                  %v3819 = arith.addf %v3808, %v3818 fastmath<contract> : f32
                  %v3820 = arith.mulf %v3807, %v3819 fastmath<contract> : f32
                  %v3822 = llvm.call_intrinsic "llvm.sqrt.f32"(%v3821) : (f32) -> f32
                  %v3823 = arith.divf %v3820, %v3822 : f32
                  %v3824 = llvm.load %v62 : !llvm.ptr -> f32
                  %v3825 = llvm.load %v60 : !llvm.ptr -> f32
                  %v3826 = arith.mulf %v3816, %v3825 fastmath<contract> : f32
                  %v3827 = arith.addf %v3824, %v3826 fastmath<contract> : f32
                  %v3828 = arith.mulf %v3807, %v3827 fastmath<contract> : f32
                  %v3829 = arith.divf %v3828, %v3822 : f32
                  %v3830 = arith.muli %v42, %v181 : i64
                  %v3831 = arith.subi %v3673, %v152 : i64
                  %v3832 = arith.addi %v3830, %v3831 : i64
                  %v3833 = llvm.getelementptr %v80[%v3832] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3834 = llvm.load %v3833 : !llvm.ptr -> f32
                  %v3835 = arith.divf %v3834, %v3822 : f32
                  %v3836 = arith.mulf %v3807, %v3835 fastmath<contract> : f32
                  %v3837 = arith.mulf %v3836, %v3817 fastmath<contract> : f32
                  %v3838 = arith.constant 8 : i64
                  %v3839 = arith.addi %v3838, %v42 : i64
                  %v3840 = arith.muli %v3839, %v181 : i64
                  %v3841 = arith.subi %v3673, %v152 : i64
                  %v3842 = arith.addi %v3840, %v3841 : i64
                  %v3843 = llvm.getelementptr %v80[%v3842] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3844 = llvm.load %v3843 : !llvm.ptr -> f32
                  %v3845 = arith.divf %v3844, %v3822 : f32
                  %v3846 = arith.mulf %v3807, %v3845 fastmath<contract> : f32
                  %v3847 = arith.mulf %v3846, %v3825 fastmath<contract> : f32
                  %v3848 = arith.addf %v3837, %v3847 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v3849, %v3850 = gpu.shuffle xor %v3848, %v877, %v878 : f32
                  %v3851 = arith.addf %v3848, %v3849 fastmath<contract> : f32
                  %v3852, %v3853 = gpu.shuffle xor %v3851, %v882, %v878 : f32
                  %v3854 = arith.addf %v3851, %v3852 fastmath<contract> : f32
                  %v3855, %v3856 = gpu.shuffle xor %v3854, %v886, %v878 : f32
                  %v3857 = arith.addf %v3854, %v3855 fastmath<contract> : f32
                  // end sum over the lanes
                  %v3858 = arith.cmpi eq, %v42, %v11 : i64
                  %v3859 = arith.andi %v46, %v3858 : i1
                  scf.if %v3859 {
                    %v3860 = arith.muli %v56, %v424 : i64
                    %v3861 = arith.muli %v3673, %v423 : i64
                    %v3862 = arith.addi %v3860, %v3861 : i64
                    %v3863 = arith.muli %v54, %size_DV : i64
                    %v3864 = arith.addi %v3862, %v3863 : i64
                    %v3865 = arith.addi %v3864, %v52 : i64
                    %v3866 = llvm.getelementptr %dx_v[%v3865] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3857, %v3866 : f32, !llvm.ptr
                  }
                  %v3867 = llvm.load %v58 : !llvm.ptr -> f32
                  %v3868 = arith.cmpf oge, %v3803, %v3774 : f32
                  %v3869 = arith.select %v3868, %v86, %v85 : f32
                  %v3870 = arith.subf %v86, %v3869 fastmath<contract> : f32
                  %v3871 = arith.mulf %v3867, %v3870 fastmath<contract> : f32
                  %v3872 = arith.mulf %v3835, %v3819 fastmath<contract> : f32
                  %v3873 = arith.mulf %v3845, %v3827 fastmath<contract> : f32
                  %v3874 = arith.addf %v3872, %v3873 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v3875, %v3876 = gpu.shuffle xor %v3874, %v877, %v878 : f32
                  %v3877 = arith.addf %v3874, %v3875 fastmath<contract> : f32
                  %v3878, %v3879 = gpu.shuffle xor %v3877, %v882, %v878 : f32
                  %v3880 = arith.addf %v3877, %v3878 fastmath<contract> : f32
                  %v3881, %v3882 = gpu.shuffle xor %v3880, %v886, %v878 : f32
                  %v3883 = arith.addf %v3880, %v3881 fastmath<contract> : f32
                  // end sum over the lanes
                  %v3884 = arith.mulf %v3807, %v3883 fastmath<contract> : f32
                  %v3885 = arith.addf %v3871, %v3884 fastmath<contract> : f32
                  %v3886 = arith.negf %v3884 : f32
                  %v3887 = arith.subf %v3803, %v3804 fastmath<contract> : f32
                  %v3888 = arith.mulf %v3887, %v368 fastmath<contract> : f32
                  %v3889 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3888) : (f32) -> f32
                  %v3890 = arith.mulf %v2268, %v3817 fastmath<contract> : f32
                  %v3891 = arith.mulf %v2277, %v3825 fastmath<contract> : f32
                  %v3892 = arith.addf %v3890, %v3891 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v3893, %v3894 = gpu.shuffle xor %v3892, %v877, %v878 : f32
                  %v3895 = arith.addf %v3892, %v3893 fastmath<contract> : f32
                  %v3896, %v3897 = gpu.shuffle xor %v3895, %v882, %v878 : f32
                  %v3898 = arith.addf %v3895, %v3896 fastmath<contract> : f32
                  %v3899, %v3900 = gpu.shuffle xor %v3898, %v886, %v878 : f32
                  %v3901 = arith.addf %v3898, %v3899 fastmath<contract> : f32
                  // end sum over the lanes
                  %v3902 = arith.mulf %v2285, %v3808 fastmath<contract> : f32
                  %v3903 = arith.mulf %v2294, %v3824 fastmath<contract> : f32
                  %v3904 = arith.addf %v3902, %v3903 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v3905, %v3906 = gpu.shuffle xor %v3904, %v877, %v878 : f32
                  %v3907 = arith.addf %v3904, %v3905 fastmath<contract> : f32
                  %v3908, %v3909 = gpu.shuffle xor %v3907, %v882, %v878 : f32
                  %v3910 = arith.addf %v3907, %v3908 fastmath<contract> : f32
                  %v3911, %v3912 = gpu.shuffle xor %v3910, %v886, %v878 : f32
                  %v3913 = arith.addf %v3910, %v3911 fastmath<contract> : f32
                  // end sum over the lanes
                  %v3914 = arith.addf %v3901, %v3913 fastmath<contract> : f32
                  %v3915 = arith.mulf %v3889, %v3914 fastmath<contract> : f32
                  %v3916 = arith.negf %v3915 : f32
                  %v3917 = arith.addf %v3886, %v3916 fastmath<contract> : f32
                  %v3918 = arith.mulf %v3870, %v3917 fastmath<contract> : f32
                  %v3919 = arith.addf %v3885, %v3918 fastmath<contract> : f32
                  %v3920 = arith.mulf %v3867, %v3869 fastmath<contract> : f32
                  %v3921 = arith.mulf %v3869, %v3917 fastmath<contract> : f32
                  %v3922 = arith.addf %v3915, %v3921 fastmath<contract> : f32
                  %v3923 = arith.addf %v3920, %v3922 fastmath<contract> : f32
                  %v3924 = arith.negf %v3777 : f32
                  %v3925 = arith.negf %v3924 : f32
                  %v3926 = arith.mulf %v3925, %v368 fastmath<contract> : f32
                  %v3927 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3926) : (f32) -> f32
                  %v3928 = arith.addf %v86, %v3927 fastmath<contract> : f32
                  %v3929 = arith.divf %v86, %v3928 : f32
                  %v3930 = arith.mulf %v3923, %v3929 fastmath<contract> : f32
                  %v3931 = arith.select %v46, %v3768, %v85 : f32
                  // sum over the warp's outer points: shuffles
                  %v3932, %v3933 = gpu.shuffle xor %v3931, %v1114, %v878 : f32
                  %v3934 = arith.addf %v3931, %v3932 fastmath<contract> : f32
                  %v3935, %v3936 = gpu.shuffle xor %v3934, %v1118, %v878 : f32
                  %v3937 = arith.addf %v3934, %v3935 fastmath<contract> : f32
                  %v3938 = arith.divui %v32, %v34 : i64
                  %v3939 = arith.remui %v32, %v34 : i64
                  %v3940 = arith.cmpi ult, %v3939, %v41 : i64
                  %v3941 = arith.muli %v3938, %v1 : i64
                  %v3942 = arith.addi %v3941, %v42 : i64
                  %v3943 = arith.muli %v3942, %v1127 : i64
                  %v3944 = arith.addi %v3943, %v3672 : i64
                  scf.if %v3940 {
                    %v3945 = llvm.getelementptr %v70[%v3944] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3937, %v3945 : f32, !llvm.ptr
                  }
                  %v3946 = arith.select %v46, %v3771, %v85 : f32
                  // sum over the warp's outer points: shuffles
                  %v3947, %v3948 = gpu.shuffle xor %v3946, %v1114, %v878 : f32
                  %v3949 = arith.addf %v3946, %v3947 fastmath<contract> : f32
                  %v3950, %v3951 = gpu.shuffle xor %v3949, %v1118, %v878 : f32
                  %v3952 = arith.addf %v3949, %v3950 fastmath<contract> : f32
                  %v3953 = arith.divui %v32, %v34 : i64
                  %v3954 = arith.remui %v32, %v34 : i64
                  %v3955 = arith.cmpi ult, %v3954, %v41 : i64
                  %v3956 = arith.addi %v41, %v42 : i64
                  %v3957 = arith.muli %v3953, %v1 : i64
                  %v3958 = arith.addi %v3957, %v3956 : i64
                  %v3959 = arith.muli %v3958, %v1127 : i64
                  %v3960 = arith.addi %v3959, %v3672 : i64
                  scf.if %v3955 {
                    %v3961 = llvm.getelementptr %v70[%v3960] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3952, %v3961 : f32, !llvm.ptr
                  }
                  %v3962 = arith.select %v46, %v3823, %v85 : f32
                  // sum over the warp's outer points: shuffles
                  %v3963, %v3964 = gpu.shuffle xor %v3962, %v1114, %v878 : f32
                  %v3965 = arith.addf %v3962, %v3963 fastmath<contract> : f32
                  %v3966, %v3967 = gpu.shuffle xor %v3965, %v1118, %v878 : f32
                  %v3968 = arith.addf %v3965, %v3966 fastmath<contract> : f32
                  %v3969 = arith.divui %v32, %v34 : i64
                  %v3970 = arith.remui %v32, %v34 : i64
                  %v3971 = arith.cmpi ult, %v3970, %v41 : i64
                  %v3972 = arith.muli %v3969, %v1 : i64
                  %v3973 = arith.addi %v3972, %v42 : i64
                  %v3974 = arith.muli %v3973, %v1127 : i64
                  %v3975 = arith.addi %v3974, %v3672 : i64
                  scf.if %v3971 {
                    %v3976 = llvm.getelementptr %v72[%v3975] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3968, %v3976 : f32, !llvm.ptr
                  }
                  %v3977 = arith.select %v46, %v3829, %v85 : f32
                  // sum over the warp's outer points: shuffles
                  %v3978, %v3979 = gpu.shuffle xor %v3977, %v1114, %v878 : f32
                  %v3980 = arith.addf %v3977, %v3978 fastmath<contract> : f32
                  %v3981, %v3982 = gpu.shuffle xor %v3980, %v1118, %v878 : f32
                  %v3983 = arith.addf %v3980, %v3981 fastmath<contract> : f32
                  %v3984 = arith.divui %v32, %v34 : i64
                  %v3985 = arith.remui %v32, %v34 : i64
                  %v3986 = arith.cmpi ult, %v3985, %v41 : i64
                  %v3987 = arith.addi %v41, %v42 : i64
                  %v3988 = arith.muli %v3984, %v1 : i64
                  %v3989 = arith.addi %v3988, %v3987 : i64
                  %v3990 = arith.muli %v3989, %v1127 : i64
                  %v3991 = arith.addi %v3990, %v3672 : i64
                  scf.if %v3986 {
                    %v3992 = llvm.getelementptr %v72[%v3991] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3983, %v3992 : f32, !llvm.ptr
                  }
                  %v3993 = arith.select %v46, %v3919, %v85 : f32
                  // sum over the warp's outer points: shuffles
                  %v3994, %v3995 = gpu.shuffle xor %v3993, %v1114, %v878 : f32
                  %v3996 = arith.addf %v3993, %v3994 fastmath<contract> : f32
                  %v3997, %v3998 = gpu.shuffle xor %v3996, %v1118, %v878 : f32
                  %v3999 = arith.addf %v3996, %v3997 fastmath<contract> : f32
                  %v4000 = arith.divui %v32, %v34 : i64
                  %v4001 = arith.remui %v32, %v34 : i64
                  %v4002 = arith.cmpi ult, %v4001, %v2 : i64
                  %v4003 = arith.muli %v4000, %v1127 : i64
                  %v4004 = arith.addi %v4003, %v3672 : i64
                  scf.if %v4002 {
                    %v4005 = llvm.getelementptr %v74[%v4004] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3999, %v4005 : f32, !llvm.ptr
                  }
                  %v4006 = arith.select %v46, %v3930, %v85 : f32
                  // sum over the warp's outer points: shuffles
                  %v4007, %v4008 = gpu.shuffle xor %v4006, %v1114, %v878 : f32
                  %v4009 = arith.addf %v4006, %v4007 fastmath<contract> : f32
                  %v4010, %v4011 = gpu.shuffle xor %v4009, %v1118, %v878 : f32
                  %v4012 = arith.addf %v4009, %v4010 fastmath<contract> : f32
                  %v4013 = arith.divui %v32, %v34 : i64
                  %v4014 = arith.remui %v32, %v34 : i64
                  %v4015 = arith.cmpi ult, %v4014, %v2 : i64
                  %v4016 = arith.muli %v4013, %v1127 : i64
                  %v4017 = arith.addi %v4016, %v3672 : i64
                  scf.if %v4015 {
                    %v4018 = llvm.getelementptr %v76[%v4017] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v4012, %v4018 : f32, !llvm.ptr
                  }
                  llvm.store %v3869, %v63 : f32, !llvm.ptr
                  llvm.store %v3922, %v68 : f32, !llvm.ptr
                  llvm.store %v3889, %v64 : f32, !llvm.ptr
                  llvm.store %v3889, %v65 : f32, !llvm.ptr
                  llvm.store %v3889, %v66 : f32, !llvm.ptr
                  llvm.store %v3889, %v67 : f32, !llvm.ptr
                }
              }
            }
          }
          gpu.barrier
          %v4020 = arith.index_cast %v32 : i64 to index
          %v4021 = arith.index_cast %v4019 : i64 to index
          %v4022 = arith.index_cast %v159 : i64 to index
          scf.for %v4023 = %v4020 to %v4021 step %v4022 {
            %v4024 = arith.index_cast %v4023 : index to i64
            %v4028 = arith.remui %v4024, %v34 : i64
            %v4029 = arith.divui %v4024, %v34 : i64
            %v4030 = arith.muli %v462, %v41 : i64
            %v4031 = arith.divui %v4028, %v105 : i64
            %v4032 = arith.addi %v4030, %v4031 : i64
            %v4033 = arith.cmpi slt, %v4032, %v156 : i64
            %v4034 = arith.subi %v156, %v2 : i64
            %v4035 = arith.subi %v4034, %v4032 : i64
            %v4036 = arith.remui %v4028, %v105 : i64
            %v4037 = arith.subi %v100, %v4036 : i64
            %v4038 = arith.muli %v4035, %v105 : i64
            %v4039 = arith.addi %v4038, %v4037 : i64
            %v4040 = arith.cmpi slt, %v4039, %v154 : i64
            %v4041 = arith.andi %v4033, %v4040 : i1
            scf.if %v4041 {
              %v4042 = arith.addi %v152, %v4039 : i64
              %v4043 = arith.remui %v4024, %v34 : i64
              %v4044 = arith.divui %v4024, %v34 : i64
              %v4045 = arith.muli %v4044, %v1127 : i64
              %v4046 = arith.addi %v4045, %v4043 : i64
              %v4047 = llvm.getelementptr %v70[%v4046] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v4048 = llvm.load %v4047 : !llvm.ptr -> f32
              %v4049 = arith.addi %v1, %v4044 : i64
              %v4050 = arith.muli %v4049, %v1127 : i64
              %v4051 = arith.addi %v4050, %v4043 : i64
              %v4052 = llvm.getelementptr %v70[%v4051] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v4053 = llvm.load %v4052 : !llvm.ptr -> f32
              %v4054 = arith.addf %v4048, %v4053 fastmath<contract> : f32
              %v4055 = arith.addi %v34, %v4044 : i64
              %v4056 = arith.muli %v4055, %v1127 : i64
              %v4057 = arith.addi %v4056, %v4043 : i64
              %v4058 = llvm.getelementptr %v70[%v4057] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v4059 = llvm.load %v4058 : !llvm.ptr -> f32
              %v4060 = arith.addf %v4054, %v4059 fastmath<contract> : f32
              %v4062 = arith.addi %v4061, %v4044 : i64
              %v4063 = arith.muli %v4062, %v1127 : i64
              %v4064 = arith.addi %v4063, %v4043 : i64
              %v4065 = llvm.getelementptr %v70[%v4064] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v4066 = llvm.load %v4065 : !llvm.ptr -> f32
              %v4067 = arith.addf %v4060, %v4066 fastmath<contract> : f32
              %v4068 = arith.addi %v5, %v4044 : i64
              %v4069 = arith.muli %v4068, %v1127 : i64
              %v4070 = arith.addi %v4069, %v4043 : i64
              %v4071 = llvm.getelementptr %v70[%v4070] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v4072 = llvm.load %v4071 : !llvm.ptr -> f32
              %v4073 = arith.addf %v4067, %v4072 fastmath<contract> : f32
              %v4075 = arith.addi %v4074, %v4044 : i64
              %v4076 = arith.muli %v4075, %v1127 : i64
              %v4077 = arith.addi %v4076, %v4043 : i64
              %v4078 = llvm.getelementptr %v70[%v4077] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v4079 = llvm.load %v4078 : !llvm.ptr -> f32
              %v4080 = arith.addf %v4073, %v4079 fastmath<contract> : f32
              %v4082 = arith.addi %v4081, %v4044 : i64
              %v4083 = arith.muli %v4082, %v1127 : i64
              %v4084 = arith.addi %v4083, %v4043 : i64
              %v4085 = llvm.getelementptr %v70[%v4084] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v4086 = llvm.load %v4085 : !llvm.ptr -> f32
              %v4087 = arith.addf %v4080, %v4086 fastmath<contract> : f32
              %v4089 = arith.addi %v4088, %v4044 : i64
              %v4090 = arith.muli %v4089, %v1127 : i64
              %v4091 = arith.addi %v4090, %v4043 : i64
              %v4092 = llvm.getelementptr %v70[%v4091] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v4093 = llvm.load %v4092 : !llvm.ptr -> f32
              %v4094 = arith.addf %v4087, %v4093 fastmath<contract> : f32
              %v4095 = arith.subi %v4042, %slice_first : i64
              %v4096 = arith.remui %v4029, %v1 : i64
              %v4097 = arith.divui %v4029, %v1 : i64
              %v4100 = arith.muli %v56, %v4099 : i64
              %v4101 = arith.muli %v4095, %v4098 : i64
              %v4102 = arith.addi %v4100, %v4101 : i64
              %v4103 = arith.muli %v54, %v1 : i64
              %v4104 = arith.addi %v4102, %v4103 : i64
              %v4105 = arith.addi %v4104, %v4096 : i64
              %v4106 = arith.muli %v40, %v4027 : i64
              %v4107 = arith.addi %v4106, %v4105 : i64
              %v4108 = llvm.getelementptr %part_q[%v4107] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v4094, %v4108 : f32, !llvm.ptr
            }
          }
          %v4109 = arith.index_cast %v32 : i64 to index
          %v4110 = arith.index_cast %v4019 : i64 to index
          %v4111 = arith.index_cast %v159 : i64 to index
          scf.for %v4112 = %v4109 to %v4110 step %v4111 {
            %v4113 = arith.index_cast %v4112 : index to i64
            %v4117 = arith.remui %v4113, %v34 : i64
            %v4118 = arith.divui %v4113, %v34 : i64
            %v4119 = arith.muli %v462, %v41 : i64
            %v4120 = arith.divui %v4117, %v105 : i64
            %v4121 = arith.addi %v4119, %v4120 : i64
            %v4122 = arith.cmpi slt, %v4121, %v156 : i64
            %v4123 = arith.subi %v156, %v2 : i64
            %v4124 = arith.subi %v4123, %v4121 : i64
            %v4125 = arith.remui %v4117, %v105 : i64
            %v4126 = arith.subi %v100, %v4125 : i64
            %v4127 = arith.muli %v4124, %v105 : i64
            %v4128 = arith.addi %v4127, %v4126 : i64
            %v4129 = arith.cmpi slt, %v4128, %v154 : i64
            %v4130 = arith.andi %v4122, %v4129 : i1
            scf.if %v4130 {
              %v4131 = arith.addi %v152, %v4128 : i64
              %v4132 = arith.remui %v4113, %v34 : i64
              %v4133 = arith.divui %v4113, %v34 : i64
              %v4134 = arith.muli %v4133, %v1127 : i64
              %v4135 = arith.addi %v4134, %v4132 : i64
              %v4136 = llvm.getelementptr %v72[%v4135] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v4137 = llvm.load %v4136 : !llvm.ptr -> f32
              %v4138 = arith.addi %v1, %v4133 : i64
              %v4139 = arith.muli %v4138, %v1127 : i64
              %v4140 = arith.addi %v4139, %v4132 : i64
              %v4141 = llvm.getelementptr %v72[%v4140] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v4142 = llvm.load %v4141 : !llvm.ptr -> f32
              %v4143 = arith.addf %v4137, %v4142 fastmath<contract> : f32
              %v4144 = arith.addi %v34, %v4133 : i64
              %v4145 = arith.muli %v4144, %v1127 : i64
              %v4146 = arith.addi %v4145, %v4132 : i64
              %v4147 = llvm.getelementptr %v72[%v4146] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v4148 = llvm.load %v4147 : !llvm.ptr -> f32
              %v4149 = arith.addf %v4143, %v4148 fastmath<contract> : f32
              %v4150 = arith.addi %v4061, %v4133 : i64
              %v4151 = arith.muli %v4150, %v1127 : i64
              %v4152 = arith.addi %v4151, %v4132 : i64
              %v4153 = llvm.getelementptr %v72[%v4152] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v4154 = llvm.load %v4153 : !llvm.ptr -> f32
              %v4155 = arith.addf %v4149, %v4154 fastmath<contract> : f32
              %v4156 = arith.addi %v5, %v4133 : i64
              %v4157 = arith.muli %v4156, %v1127 : i64
              %v4158 = arith.addi %v4157, %v4132 : i64
              %v4159 = llvm.getelementptr %v72[%v4158] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v4160 = llvm.load %v4159 : !llvm.ptr -> f32
              %v4161 = arith.addf %v4155, %v4160 fastmath<contract> : f32
              %v4162 = arith.addi %v4074, %v4133 : i64
              %v4163 = arith.muli %v4162, %v1127 : i64
              %v4164 = arith.addi %v4163, %v4132 : i64
              %v4165 = llvm.getelementptr %v72[%v4164] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v4166 = llvm.load %v4165 : !llvm.ptr -> f32
              %v4167 = arith.addf %v4161, %v4166 fastmath<contract> : f32
              %v4168 = arith.addi %v4081, %v4133 : i64
              %v4169 = arith.muli %v4168, %v1127 : i64
              %v4170 = arith.addi %v4169, %v4132 : i64
              %v4171 = llvm.getelementptr %v72[%v4170] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v4172 = llvm.load %v4171 : !llvm.ptr -> f32
              %v4173 = arith.addf %v4167, %v4172 fastmath<contract> : f32
              %v4174 = arith.addi %v4088, %v4133 : i64
              %v4175 = arith.muli %v4174, %v1127 : i64
              %v4176 = arith.addi %v4175, %v4132 : i64
              %v4177 = llvm.getelementptr %v72[%v4176] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v4178 = llvm.load %v4177 : !llvm.ptr -> f32
              %v4179 = arith.addf %v4173, %v4178 fastmath<contract> : f32
              %v4180 = arith.subi %v4131, %slice_first : i64
              %v4181 = arith.remui %v4118, %v1 : i64
              %v4182 = arith.divui %v4118, %v1 : i64
              %v4183 = arith.muli %v56, %v4099 : i64
              %v4184 = arith.muli %v4180, %v4098 : i64
              %v4185 = arith.addi %v4183, %v4184 : i64
              %v4186 = arith.muli %v54, %v1 : i64
              %v4187 = arith.addi %v4185, %v4186 : i64
              %v4188 = arith.addi %v4187, %v4181 : i64
              %v4189 = arith.muli %v40, %v4116 : i64
              %v4190 = arith.addi %v4189, %v4188 : i64
              %v4191 = llvm.getelementptr %part_k[%v4190] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v4179, %v4191 : f32, !llvm.ptr
            }
          }
          %v4192 = arith.index_cast %v32 : i64 to index
          %v4193 = arith.index_cast %v34 : i64 to index
          %v4194 = arith.index_cast %v159 : i64 to index
          scf.for %v4195 = %v4192 to %v4193 step %v4194 {
            %v4196 = arith.index_cast %v4195 : index to i64
            %v4199 = arith.remui %v4196, %v34 : i64
            %v4200 = arith.divui %v4196, %v34 : i64
            %v4201 = arith.muli %v462, %v41 : i64
            %v4202 = arith.divui %v4199, %v105 : i64
            %v4203 = arith.addi %v4201, %v4202 : i64
            %v4204 = arith.cmpi slt, %v4203, %v156 : i64
            %v4205 = arith.subi %v156, %v2 : i64
            %v4206 = arith.subi %v4205, %v4203 : i64
            %v4207 = arith.remui %v4199, %v105 : i64
            %v4208 = arith.subi %v100, %v4207 : i64
            %v4209 = arith.muli %v4206, %v105 : i64
            %v4210 = arith.addi %v4209, %v4208 : i64
            %v4211 = arith.cmpi slt, %v4210, %v154 : i64
            %v4212 = arith.andi %v4204, %v4211 : i1
            scf.if %v4212 {
              %v4213 = arith.addi %v152, %v4210 : i64
              %v4214 = arith.remui %v4196, %v34 : i64
              %v4215 = arith.divui %v4196, %v34 : i64
              %v4216 = arith.muli %v4215, %v1127 : i64
              %v4217 = arith.addi %v4216, %v4214 : i64
              %v4218 = llvm.getelementptr %v74[%v4217] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v4219 = llvm.load %v4218 : !llvm.ptr -> f32
              %v4220 = arith.addi %v2, %v4215 : i64
              %v4221 = arith.muli %v4220, %v1127 : i64
              %v4222 = arith.addi %v4221, %v4214 : i64
              %v4223 = llvm.getelementptr %v74[%v4222] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v4224 = llvm.load %v4223 : !llvm.ptr -> f32
              %v4225 = arith.addf %v4219, %v4224 fastmath<contract> : f32
              %v4226 = arith.addi %v95, %v4215 : i64
              %v4227 = arith.muli %v4226, %v1127 : i64
              %v4228 = arith.addi %v4227, %v4214 : i64
              %v4229 = llvm.getelementptr %v74[%v4228] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v4230 = llvm.load %v4229 : !llvm.ptr -> f32
              %v4231 = arith.addf %v4225, %v4230 fastmath<contract> : f32
              %v4232 = arith.addi %v100, %v4215 : i64
              %v4233 = arith.muli %v4232, %v1127 : i64
              %v4234 = arith.addi %v4233, %v4214 : i64
              %v4235 = llvm.getelementptr %v74[%v4234] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v4236 = llvm.load %v4235 : !llvm.ptr -> f32
              %v4237 = arith.addf %v4231, %v4236 fastmath<contract> : f32
              %v4238 = arith.addi %v105, %v4215 : i64
              %v4239 = arith.muli %v4238, %v1127 : i64
              %v4240 = arith.addi %v4239, %v4214 : i64
              %v4241 = llvm.getelementptr %v74[%v4240] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v4242 = llvm.load %v4241 : !llvm.ptr -> f32
              %v4243 = arith.addf %v4237, %v4242 fastmath<contract> : f32
              %v4244 = arith.addi %v110, %v4215 : i64
              %v4245 = arith.muli %v4244, %v1127 : i64
              %v4246 = arith.addi %v4245, %v4214 : i64
              %v4247 = llvm.getelementptr %v74[%v4246] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v4248 = llvm.load %v4247 : !llvm.ptr -> f32
              %v4249 = arith.addf %v4243, %v4248 fastmath<contract> : f32
              %v4250 = arith.addi %v115, %v4215 : i64
              %v4251 = arith.muli %v4250, %v1127 : i64
              %v4252 = arith.addi %v4251, %v4214 : i64
              %v4253 = llvm.getelementptr %v74[%v4252] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v4254 = llvm.load %v4253 : !llvm.ptr -> f32
              %v4255 = arith.addf %v4249, %v4254 fastmath<contract> : f32
              %v4256 = arith.addi %v120, %v4215 : i64
              %v4257 = arith.muli %v4256, %v1127 : i64
              %v4258 = arith.addi %v4257, %v4214 : i64
              %v4259 = llvm.getelementptr %v74[%v4258] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v4260 = llvm.load %v4259 : !llvm.ptr -> f32
              %v4261 = arith.addf %v4255, %v4260 fastmath<contract> : f32
              %v4262 = arith.subi %v4213, %slice_first : i64
              %v4264 = arith.muli %v56, %v4263 : i64
              %v4265 = arith.muli %v4262, %size_H : i64
              %v4266 = arith.addi %v4264, %v4265 : i64
              %v4267 = arith.addi %v4266, %v54 : i64
              %v4268 = arith.muli %v40, %v4198 : i64
              %v4269 = arith.addi %v4268, %v4267 : i64
              %v4270 = llvm.getelementptr %part_ig[%v4269] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v4261, %v4270 : f32, !llvm.ptr
            }
          }
          %v4271 = arith.index_cast %v32 : i64 to index
          %v4272 = arith.index_cast %v34 : i64 to index
          %v4273 = arith.index_cast %v159 : i64 to index
          scf.for %v4274 = %v4271 to %v4272 step %v4273 {
            %v4275 = arith.index_cast %v4274 : index to i64
            %v4278 = arith.remui %v4275, %v34 : i64
            %v4279 = arith.divui %v4275, %v34 : i64
            %v4280 = arith.muli %v462, %v41 : i64
            %v4281 = arith.divui %v4278, %v105 : i64
            %v4282 = arith.addi %v4280, %v4281 : i64
            %v4283 = arith.cmpi slt, %v4282, %v156 : i64
            %v4284 = arith.subi %v156, %v2 : i64
            %v4285 = arith.subi %v4284, %v4282 : i64
            %v4286 = arith.remui %v4278, %v105 : i64
            %v4287 = arith.subi %v100, %v4286 : i64
            %v4288 = arith.muli %v4285, %v105 : i64
            %v4289 = arith.addi %v4288, %v4287 : i64
            %v4290 = arith.cmpi slt, %v4289, %v154 : i64
            %v4291 = arith.andi %v4283, %v4290 : i1
            scf.if %v4291 {
              %v4292 = arith.addi %v152, %v4289 : i64
              %v4293 = arith.remui %v4275, %v34 : i64
              %v4294 = arith.divui %v4275, %v34 : i64
              %v4295 = arith.muli %v4294, %v1127 : i64
              %v4296 = arith.addi %v4295, %v4293 : i64
              %v4297 = llvm.getelementptr %v76[%v4296] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v4298 = llvm.load %v4297 : !llvm.ptr -> f32
              %v4299 = arith.addi %v2, %v4294 : i64
              %v4300 = arith.muli %v4299, %v1127 : i64
              %v4301 = arith.addi %v4300, %v4293 : i64
              %v4302 = llvm.getelementptr %v76[%v4301] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v4303 = llvm.load %v4302 : !llvm.ptr -> f32
              %v4304 = arith.addf %v4298, %v4303 fastmath<contract> : f32
              %v4305 = arith.addi %v95, %v4294 : i64
              %v4306 = arith.muli %v4305, %v1127 : i64
              %v4307 = arith.addi %v4306, %v4293 : i64
              %v4308 = llvm.getelementptr %v76[%v4307] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v4309 = llvm.load %v4308 : !llvm.ptr -> f32
              %v4310 = arith.addf %v4304, %v4309 fastmath<contract> : f32
              %v4311 = arith.addi %v100, %v4294 : i64
              %v4312 = arith.muli %v4311, %v1127 : i64
              %v4313 = arith.addi %v4312, %v4293 : i64
              %v4314 = llvm.getelementptr %v76[%v4313] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v4315 = llvm.load %v4314 : !llvm.ptr -> f32
              %v4316 = arith.addf %v4310, %v4315 fastmath<contract> : f32
              %v4317 = arith.addi %v105, %v4294 : i64
              %v4318 = arith.muli %v4317, %v1127 : i64
              %v4319 = arith.addi %v4318, %v4293 : i64
              %v4320 = llvm.getelementptr %v76[%v4319] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v4321 = llvm.load %v4320 : !llvm.ptr -> f32
              %v4322 = arith.addf %v4316, %v4321 fastmath<contract> : f32
              %v4323 = arith.addi %v110, %v4294 : i64
              %v4324 = arith.muli %v4323, %v1127 : i64
              %v4325 = arith.addi %v4324, %v4293 : i64
              %v4326 = llvm.getelementptr %v76[%v4325] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v4327 = llvm.load %v4326 : !llvm.ptr -> f32
              %v4328 = arith.addf %v4322, %v4327 fastmath<contract> : f32
              %v4329 = arith.addi %v115, %v4294 : i64
              %v4330 = arith.muli %v4329, %v1127 : i64
              %v4331 = arith.addi %v4330, %v4293 : i64
              %v4332 = llvm.getelementptr %v76[%v4331] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v4333 = llvm.load %v4332 : !llvm.ptr -> f32
              %v4334 = arith.addf %v4328, %v4333 fastmath<contract> : f32
              %v4335 = arith.addi %v120, %v4294 : i64
              %v4336 = arith.muli %v4335, %v1127 : i64
              %v4337 = arith.addi %v4336, %v4293 : i64
              %v4338 = llvm.getelementptr %v76[%v4337] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v4339 = llvm.load %v4338 : !llvm.ptr -> f32
              %v4340 = arith.addf %v4334, %v4339 fastmath<contract> : f32
              %v4341 = arith.subi %v4292, %slice_first : i64
              %v4342 = arith.muli %v56, %v4263 : i64
              %v4343 = arith.muli %v4341, %size_H : i64
              %v4344 = arith.addi %v4342, %v4343 : i64
              %v4345 = arith.addi %v4344, %v54 : i64
              %v4346 = arith.muli %v40, %v4277 : i64
              %v4347 = arith.addi %v4346, %v4345 : i64
              %v4348 = llvm.getelementptr %part_fg[%v4347] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v4340, %v4348 : f32, !llvm.ptr
            }
          }
          gpu.barrier
        }
      }
      scf.if %v12 {
      }
      scf.if %v12 {
      } else {
        scf.if %v46 {
          %v4349 = arith.muli %v48, %v41 : i64
          %v4350 = arith.addi %v4349, %v42 : i64
          %v4351 = arith.muli %v4, %v41 : i64
          %v4352 = llvm.load %v58 : !llvm.ptr -> f32
          %v4353 = llvm.getelementptr %slice_carry[%v4350] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4352, %v4353 : f32, !llvm.ptr
          %v4354 = arith.addi %v4351, %v4350 : i64
          %v4355 = llvm.load %v59 : !llvm.ptr -> f32
          %v4356 = llvm.getelementptr %slice_carry[%v4354] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4355, %v4356 : f32, !llvm.ptr
          %v4357 = arith.muli %v95, %v4351 : i64
          %v4358 = arith.addi %v4357, %v4350 : i64
          %v4359 = llvm.load %v60 : !llvm.ptr -> f32
          %v4360 = llvm.getelementptr %slice_carry[%v4358] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4359, %v4360 : f32, !llvm.ptr
          %v4361 = arith.muli %v100, %v4351 : i64
          %v4362 = arith.addi %v4361, %v4350 : i64
          %v4363 = llvm.load %v61 : !llvm.ptr -> f32
          %v4364 = llvm.getelementptr %slice_carry[%v4362] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4363, %v4364 : f32, !llvm.ptr
          %v4365 = arith.muli %v105, %v4351 : i64
          %v4366 = arith.addi %v4365, %v4350 : i64
          %v4367 = llvm.load %v62 : !llvm.ptr -> f32
          %v4368 = llvm.getelementptr %slice_carry[%v4366] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4367, %v4368 : f32, !llvm.ptr
          %v4369 = arith.muli %v110, %v4351 : i64
          %v4370 = arith.addi %v4369, %v4350 : i64
          %v4371 = llvm.load %v63 : !llvm.ptr -> f32
          %v4372 = llvm.getelementptr %slice_carry[%v4370] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4371, %v4372 : f32, !llvm.ptr
          %v4373 = arith.muli %v115, %v4351 : i64
          %v4374 = arith.addi %v4373, %v4350 : i64
          %v4375 = llvm.load %v64 : !llvm.ptr -> f32
          %v4376 = llvm.getelementptr %slice_carry[%v4374] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4375, %v4376 : f32, !llvm.ptr
          %v4377 = arith.muli %v120, %v4351 : i64
          %v4378 = arith.addi %v4377, %v4350 : i64
          %v4379 = llvm.load %v65 : !llvm.ptr -> f32
          %v4380 = llvm.getelementptr %slice_carry[%v4378] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4379, %v4380 : f32, !llvm.ptr
          %v4381 = arith.muli %v41, %v4351 : i64
          %v4382 = arith.addi %v4381, %v4350 : i64
          %v4383 = llvm.load %v66 : !llvm.ptr -> f32
          %v4384 = llvm.getelementptr %slice_carry[%v4382] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4383, %v4384 : f32, !llvm.ptr
          %v4385 = arith.muli %v129, %v4351 : i64
          %v4386 = arith.addi %v4385, %v4350 : i64
          %v4387 = llvm.load %v67 : !llvm.ptr -> f32
          %v4388 = llvm.getelementptr %slice_carry[%v4386] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4387, %v4388 : f32, !llvm.ptr
          %v4389 = arith.muli %v134, %v4351 : i64
          %v4390 = arith.addi %v4389, %v4350 : i64
          %v4391 = llvm.load %v68 : !llvm.ptr -> f32
          %v4392 = llvm.getelementptr %slice_carry[%v4390] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4391, %v4392 : f32, !llvm.ptr
        }
      }
      gpu.return
    }
  }
}
