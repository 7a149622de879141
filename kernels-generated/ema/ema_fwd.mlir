module attributes {gpu.container_module} {
  gpu.module @linrec {
    llvm.mlir.global internal @smem_ema_fwd() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<4224 x f32>
    gpu.func @ema_fwd(%in_x: !llvm.ptr, %in_w: !llvm.ptr, %out_y: !llvm.ptr, %size_B: i64, %size_D: i64, %size_L: i64) kernel {
      %v1 = arith.constant 1 : i64
      %v2 = arith.muli %v1, %size_B : i64
      %v3 = arith.muli %v2, %size_D : i64
      %v4 = arith.constant 1 : i64
      %v5 = llvm.alloca %v4 x f32 : (i64) -> !llvm.ptr
      %v6 = llvm.mlir.addressof @smem_ema_fwd : !llvm.ptr<3>
      %v11 = arith.constant 64 : i64
      %v15 = arith.constant 1 : i64
      %v22 = arith.constant 0x00000000 : f32
      %v23 = arith.constant 0 : i64
      %v24 = arith.constant 32 : i64
      %v31 = arith.constant 32 : i64
      %v33 = arith.constant 2048 : i64
      %v34 = arith.constant 64 : i64
      %v40 = arith.constant 32 : i64
      %v43 = arith.constant 64 : i64
      %v52 = arith.constant 1 : i64
      %v61 = arith.constant 1 : i64
      %v62 = arith.muli %v61, %size_L : i64
      %v63 = arith.muli %v62, %size_D : i64
      %v69 = arith.constant 0 : i64
      %v71 = arith.constant 64 : i64
      %v72 = arith.constant 33 : i64
      %v80 = arith.constant 0 : i64
      %v81 = arith.constant 1 : i64
      %v88 = arith.constant 1 : i64
      %v92 = arith.constant 0x3F800000 : f32
      %v94 = arith.constant 0x3FB8AA3B : f32
      %v100 = arith.constant 0 : i64
      %v101 = arith.constant 64 : i64
      %v102 = arith.constant 33 : i64
      %v114 = arith.constant 1 : i64
      %v115 = arith.constant 64 : i64
      %v116 = arith.constant 33 : i64
      %v122 = arith.constant 2048 : i64
      %v123 = arith.constant 64 : i64
      %v129 = arith.constant 32 : i64
      %v132 = arith.constant 64 : i64
      %v141 = arith.constant 1 : i64
      %v155 = arith.constant 1 : i64
      %v157 = arith.constant 64 : i64
      %v158 = arith.constant 33 : i64
      %v7 = gpu.block_id x
      %v8 = gpu.thread_id x
      %v9 = arith.index_cast %v8 : index to i64
      %v10 = arith.index_cast %v7 : index to i64
      %v12 = arith.muli %v10, %v11 : i64
      %v13 = arith.addi %v12, %v9 : i64
      %v14 = arith.cmpi slt, %v13, %v3 : i64
      %v16 = arith.subi %v3, %v15 : i64
      %v17 = arith.minsi %v13, %v16 : i64
      %v18 = arith.remui %v17, %size_D : i64
      %v19 = arith.divui %v17, %size_D : i64
      %v20 = arith.remui %v19, %size_B : i64
      %v21 = arith.divui %v19, %size_B : i64
      %v89 = arith.muli %v18, %v88 : i64
      %v90 = llvm.getelementptr %in_w[%v89] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v91 = llvm.load %v90 : !llvm.ptr -> f32
      %v93 = arith.negf %v91 : f32
      %v95 = arith.mulf %v93, %v94 : f32
      %v96 = llvm.call_intrinsic "llvm.exp2.f32"(%v95) : (f32) -> f32
      %v97 = arith.addf %v92, %v96 : f32
      %v98 = arith.divf %v92, %v97 : f32
      %v99 = arith.subf %v92, %v98 : f32
      llvm.store %v22, %v5 : f32, !llvm.ptr
      %v25 = arith.index_cast %v23 : i64 to index
      %v26 = arith.index_cast %size_L : i64 to index
      %v27 = arith.index_cast %v24 : i64 to index
      scf.for %v28 = %v25 to %v26 step %v27 {
        %v29 = arith.index_cast %v28 : index to i64
        %v30 = arith.subi %size_L, %v29 : i64
        %v32 = arith.minsi %v30, %v31 : i64
        %v35 = arith.index_cast %v9 : i64 to index
        %v36 = arith.index_cast %v33 : i64 to index
        %v37 = arith.index_cast %v34 : i64 to index
        scf.for %v38 = %v35 to %v36 step %v37 {
          %v39 = arith.index_cast %v38 : index to i64
          %v41 = arith.divui %v39, %v40 : i64
          %v42 = arith.remui %v39, %v40 : i64
          %v44 = arith.remui %v41, %v43 : i64
          %v45 = arith.divui %v41, %v43 : i64
          %v46 = arith.subi %v13, %v9 : i64
          %v47 = arith.addi %v46, %v44 : i64
          %v48 = arith.addi %v29, %v42 : i64
          %v49 = arith.cmpi slt, %v47, %v3 : i64
          %v50 = arith.cmpi slt, %v48, %size_L : i64
          %v51 = arith.andi %v49, %v50 : i1
          %v53 = arith.subi %v3, %v52 : i64
          %v54 = arith.subi %size_L, %v52 : i64
          %v55 = arith.minsi %v47, %v53 : i64
          %v56 = arith.minsi %v48, %v54 : i64
          %v57 = arith.remui %v55, %size_D : i64
          %v58 = arith.divui %v55, %size_D : i64
          %v59 = arith.remui %v58, %size_B : i64
          %v60 = arith.divui %v58, %size_B : i64
          %v64 = arith.muli %v59, %v63 : i64
          %v65 = arith.muli %v57, %v62 : i64
          %v66 = arith.addi %v64, %v65 : i64
          %v67 = arith.muli %v56, %v61 : i64
          %v68 = arith.addi %v66, %v67 : i64
          %v70 = arith.addi %v69, %v45 : i64
          %v73 = arith.muli %v70, %v71 : i64
          %v74 = arith.addi %v73, %v44 : i64
          %v75 = arith.muli %v74, %v72 : i64
          %v76 = arith.addi %v75, %v42 : i64
          %v77 = llvm.getelementptr %in_x[%v68] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v78 = llvm.load %v77 : !llvm.ptr -> f32
          %v79 = llvm.getelementptr %v6[%v76] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v78, %v79 : f32, !llvm.ptr<3>
        }
        gpu.barrier
        %v82 = arith.index_cast %v80 : i64 to index
        %v83 = arith.index_cast %v32 : i64 to index
        %v84 = arith.index_cast %v81 : i64 to index
        scf.for %v85 = %v82 to %v83 step %v84 {
          %v86 = arith.index_cast %v85 : index to i64
          %v87 = arith.addi %v29, %v86 : i64
          %v103 = arith.muli %v100, %v101 : i64
          %v104 = arith.addi %v103, %v9 : i64
          %v105 = arith.muli %v104, %v102 : i64
          %v106 = arith.addi %v105, %v86 : i64
          %v107 = llvm.getelementptr %v6[%v106] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          %v108 = llvm.load %v107 : !llvm.ptr<3> -> f32
          %v109 = arith.mulf %v99, %v108 : f32
          %v110 = llvm.load %v5 : !llvm.ptr -> f32
          %v111 = arith.mulf %v98, %v110 : f32
          %v112 = arith.addf %v111, %v109 : f32
          llvm.store %v112, %v5 : f32, !llvm.ptr
          %v113 = llvm.load %v5 : !llvm.ptr -> f32
          %v117 = arith.muli %v114, %v115 : i64
          %v118 = arith.addi %v117, %v9 : i64
          %v119 = arith.muli %v118, %v116 : i64
          %v120 = arith.addi %v119, %v86 : i64
          %v121 = llvm.getelementptr %v6[%v120] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v113, %v121 : f32, !llvm.ptr<3>
        }
        gpu.barrier
        %v124 = arith.index_cast %v9 : i64 to index
        %v125 = arith.index_cast %v122 : i64 to index
        %v126 = arith.index_cast %v123 : i64 to index
        scf.for %v127 = %v124 to %v125 step %v126 {
          %v128 = arith.index_cast %v127 : index to i64
          %v130 = arith.divui %v128, %v129 : i64
          %v131 = arith.remui %v128, %v129 : i64
          %v133 = arith.remui %v130, %v132 : i64
          %v134 = arith.divui %v130, %v132 : i64
          %v135 = arith.subi %v13, %v9 : i64
          %v136 = arith.addi %v135, %v133 : i64
          %v137 = arith.addi %v29, %v131 : i64
          %v138 = arith.cmpi slt, %v136, %v3 : i64
          %v139 = arith.cmpi slt, %v137, %size_L : i64
          %v140 = arith.andi %v138, %v139 : i1
          %v142 = arith.subi %v3, %v141 : i64
          %v143 = arith.subi %size_L, %v141 : i64
          %v144 = arith.minsi %v136, %v142 : i64
          %v145 = arith.minsi %v137, %v143 : i64
          %v146 = arith.remui %v144, %size_D : i64
          %v147 = arith.divui %v144, %size_D : i64
          %v148 = arith.remui %v147, %size_B : i64
          %v149 = arith.divui %v147, %size_B : i64
          %v150 = arith.muli %v148, %v63 : i64
          %v151 = arith.muli %v146, %v62 : i64
          %v152 = arith.addi %v150, %v151 : i64
          %v153 = arith.muli %v145, %v61 : i64
          %v154 = arith.addi %v152, %v153 : i64
          %v156 = arith.addi %v155, %v134 : i64
          %v159 = arith.muli %v156, %v157 : i64
          %v160 = arith.addi %v159, %v133 : i64
          %v161 = arith.muli %v160, %v158 : i64
          %v162 = arith.addi %v161, %v131 : i64
          scf.if %v140 {
            %v163 = llvm.getelementptr %v6[%v162] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
            %v164 = llvm.load %v163 : !llvm.ptr<3> -> f32
            %v165 = llvm.getelementptr %out_y[%v154] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v164, %v165 : f32, !llvm.ptr
          }
        }
        gpu.barrier
      }
      gpu.return
    }
  }
}
