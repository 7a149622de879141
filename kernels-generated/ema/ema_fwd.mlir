module attributes {gpu.container_module} {
  gpu.module @linrec {
    llvm.mlir.global internal @smem_ema_fwd() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<4224 x f32>
    gpu.func @ema_fwd(%in_x: !llvm.ptr, %in_w: !llvm.ptr, %out_y: !llvm.ptr, %ckpt_h: !llvm.ptr, %size_B: i64, %size_D: i64, %size_L: i64) kernel {
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
      %v88 = arith.constant 64 : i64
      %v90 = arith.constant 0 : i64
      %v96 = arith.constant 1 : i64
      %v97 = arith.muli %v96, %size_B : i64
      %v98 = arith.muli %v97, %size_D : i64
      %v101 = arith.constant 1 : i64
      %v102 = arith.muli %v101, %size_D : i64
      %v108 = arith.constant 1 : i64
      %v112 = arith.constant 0x3F800000 : f32
      %v114 = arith.constant 0x3FB8AA3B : f32
      %v120 = arith.constant 0 : i64
      %v121 = arith.constant 64 : i64
      %v122 = arith.constant 33 : i64
      %v134 = arith.constant 1 : i64
      %v135 = arith.constant 64 : i64
      %v136 = arith.constant 33 : i64
      %v142 = arith.constant 2048 : i64
      %v143 = arith.constant 64 : i64
      %v149 = arith.constant 32 : i64
      %v152 = arith.constant 64 : i64
      %v161 = arith.constant 1 : i64
      %v175 = arith.constant 1 : i64
      %v177 = arith.constant 64 : i64
      %v178 = arith.constant 33 : i64
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
      %v109 = arith.muli %v18, %v108 : i64
      %v110 = llvm.getelementptr %in_w[%v109] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v111 = llvm.load %v110 : !llvm.ptr -> f32
      %v113 = arith.negf %v111 : f32
      %v115 = arith.mulf %v113, %v114 : f32
      %v116 = llvm.call_intrinsic "llvm.exp2.f32"(%v115) : (f32) -> f32
      %v117 = arith.addf %v112, %v116 : f32
      %v118 = arith.divf %v112, %v117 : f32
      %v119 = arith.subf %v112, %v118 : f32
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
          %v89 = arith.remui %v87, %v88 : i64
          %v91 = arith.cmpi eq, %v89, %v90 : i64
          %v92 = arith.andi %v91, %v14 : i1
          scf.if %v92 {
            %v93 = arith.divui %v87, %v88 : i64
            %v94 = llvm.mlir.zero : !llvm.ptr
            %v95 = llvm.icmp "ne" %ckpt_h, %v94 : !llvm.ptr
            scf.if %v95 {
              %v99 = arith.muli %v93, %v98 : i64
              %v100 = llvm.load %v5 : !llvm.ptr -> f32
              %v103 = arith.muli %v20, %v102 : i64
              %v104 = arith.muli %v18, %v101 : i64
              %v105 = arith.addi %v103, %v104 : i64
              %v106 = arith.addi %v99, %v105 : i64
              %v107 = llvm.getelementptr %ckpt_h[%v106] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v100, %v107 : f32, !llvm.ptr
            }
          }
          %v123 = arith.muli %v120, %v121 : i64
          %v124 = arith.addi %v123, %v9 : i64
          %v125 = arith.muli %v124, %v122 : i64
          %v126 = arith.addi %v125, %v86 : i64
          %v127 = llvm.getelementptr %v6[%v126] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          %v128 = llvm.load %v127 : !llvm.ptr<3> -> f32
          %v129 = arith.mulf %v119, %v128 : f32
          %v130 = llvm.load %v5 : !llvm.ptr -> f32
          %v131 = arith.mulf %v118, %v130 : f32
          %v132 = arith.addf %v131, %v129 : f32
          llvm.store %v132, %v5 : f32, !llvm.ptr
          %v133 = llvm.load %v5 : !llvm.ptr -> f32
          %v137 = arith.muli %v134, %v135 : i64
          %v138 = arith.addi %v137, %v9 : i64
          %v139 = arith.muli %v138, %v136 : i64
          %v140 = arith.addi %v139, %v86 : i64
          %v141 = llvm.getelementptr %v6[%v140] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v133, %v141 : f32, !llvm.ptr<3>
        }
        gpu.barrier
        %v144 = arith.index_cast %v9 : i64 to index
        %v145 = arith.index_cast %v142 : i64 to index
        %v146 = arith.index_cast %v143 : i64 to index
        scf.for %v147 = %v144 to %v145 step %v146 {
          %v148 = arith.index_cast %v147 : index to i64
          %v150 = arith.divui %v148, %v149 : i64
          %v151 = arith.remui %v148, %v149 : i64
          %v153 = arith.remui %v150, %v152 : i64
          %v154 = arith.divui %v150, %v152 : i64
          %v155 = arith.subi %v13, %v9 : i64
          %v156 = arith.addi %v155, %v153 : i64
          %v157 = arith.addi %v29, %v151 : i64
          %v158 = arith.cmpi slt, %v156, %v3 : i64
          %v159 = arith.cmpi slt, %v157, %size_L : i64
          %v160 = arith.andi %v158, %v159 : i1
          %v162 = arith.subi %v3, %v161 : i64
          %v163 = arith.subi %size_L, %v161 : i64
          %v164 = arith.minsi %v156, %v162 : i64
          %v165 = arith.minsi %v157, %v163 : i64
          %v166 = arith.remui %v164, %size_D : i64
          %v167 = arith.divui %v164, %size_D : i64
          %v168 = arith.remui %v167, %size_B : i64
          %v169 = arith.divui %v167, %size_B : i64
          %v170 = arith.muli %v168, %v63 : i64
          %v171 = arith.muli %v166, %v62 : i64
          %v172 = arith.addi %v170, %v171 : i64
          %v173 = arith.muli %v165, %v61 : i64
          %v174 = arith.addi %v172, %v173 : i64
          %v176 = arith.addi %v175, %v154 : i64
          %v179 = arith.muli %v176, %v177 : i64
          %v180 = arith.addi %v179, %v153 : i64
          %v181 = arith.muli %v180, %v178 : i64
          %v182 = arith.addi %v181, %v151 : i64
          scf.if %v160 {
            %v183 = llvm.getelementptr %v6[%v182] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
            %v184 = llvm.load %v183 : !llvm.ptr<3> -> f32
            %v185 = llvm.getelementptr %out_y[%v174] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v184, %v185 : f32, !llvm.ptr
          }
        }
        gpu.barrier
      }
      gpu.return
    }
  }
}
