module attributes {gpu.container_module} {
  gpu.module @linrec {
    llvm.mlir.global internal @slots_ema_bwd() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<192 x f32>
    gpu.func @ema_bwd(%in_x: !llvm.ptr, %in_w: !llvm.ptr, %dy_y: !llvm.ptr, %ckpt_h: !llvm.ptr, %scratch_h: !llvm.ptr, %dx_x: !llvm.ptr, %part_w: !llvm.ptr, %size_B: i64, %size_D: i64, %size_L: i64) kernel {
      %v1 = arith.constant 1 : i64
      %v2 = arith.muli %v1, %size_B : i64
      %v3 = arith.muli %v2, %size_D : i64
      %v4 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v5 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v6 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v11 = arith.constant 64 : i64
      %v21 = llvm.mlir.addressof @slots_ema_bwd : !llvm.ptr<3>
      %v22 = arith.constant 0 : i64
      %v29 = arith.constant 128 : i64
      %v33 = arith.constant 0x00000000 : f32
      %v34 = arith.constant 0x3F800000 : f32
      %v50 = arith.muli %v1, %size_B : i64
      %v51 = arith.muli %v50, %size_D : i64
      %v53 = arith.muli %v1, %size_D : i64
      %v70 = arith.constant 0x3FB8AA3B : f32
      %v76 = arith.muli %v1, %size_L : i64
      %v77 = arith.muli %v76, %size_D : i64
      %v144 = arith.muli %v1, %size_B : i64
      %v145 = arith.muli %v144, %size_D : i64
      %v7 = gpu.block_id x
      %v8 = gpu.thread_id x
      %v9 = arith.index_cast %v8 : index to i64
      %v10 = arith.index_cast %v7 : index to i64
      %v12 = arith.muli %v10, %v11 : i64
      %v13 = arith.addi %v12, %v9 : i64
      %v14 = arith.cmpi slt, %v13, %v3 : i64
      %v15 = arith.subi %v3, %v1 : i64
      %v16 = arith.minsi %v13, %v15 : i64
      %v17 = arith.remui %v16, %size_D : i64
      %v18 = arith.divui %v16, %size_D : i64
      %v19 = arith.remui %v18, %size_B : i64
      %v20 = arith.divui %v18, %size_B : i64
      %v23 = arith.addi %v22, %v9 : i64
      %v24 = llvm.getelementptr %v21[%v23] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
      %v25 = llvm.addrspacecast %v24 : !llvm.ptr<3> to !llvm.ptr
      %v26 = arith.addi %v11, %v9 : i64
      %v27 = llvm.getelementptr %v21[%v26] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
      %v28 = llvm.addrspacecast %v27 : !llvm.ptr<3> to !llvm.ptr
      %v30 = arith.addi %v29, %v9 : i64
      %v31 = llvm.getelementptr %v21[%v30] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
      %v32 = llvm.addrspacecast %v31 : !llvm.ptr<3> to !llvm.ptr
      llvm.store %v33, %v25 : f32, !llvm.ptr
      llvm.store %v34, %v28 : f32, !llvm.ptr
      llvm.store %v33, %v32 : f32, !llvm.ptr
      %v35 = arith.subi %v11, %v1 : i64
      %v36 = arith.addi %size_L, %v35 : i64
      %v37 = arith.divui %v36, %v11 : i64
      %v38 = arith.subi %size_L, %v1 : i64
      %v39 = arith.cmpi eq, %size_L, %v22 : i64
      scf.if %v39 {
        llvm.store %v33, %v6 : f32, !llvm.ptr
      }
      %v40 = arith.index_cast %v22 : i64 to index
      %v41 = arith.index_cast %v37 : i64 to index
      %v42 = arith.index_cast %v1 : i64 to index
      scf.for %v43 = %v40 to %v41 step %v42 {
        %v44 = arith.index_cast %v43 : index to i64
        %v45 = arith.subi %v37, %v1 : i64
        %v46 = arith.subi %v45, %v44 : i64
        %v47 = arith.muli %v46, %v11 : i64
        %v48 = arith.subi %size_L, %v47 : i64
        %v49 = arith.minsi %v48, %v11 : i64
        %v52 = arith.muli %v46, %v51 : i64
        %v54 = arith.muli %v19, %v53 : i64
        %v55 = arith.muli %v17, %v1 : i64
        %v56 = arith.addi %v54, %v55 : i64
        %v57 = arith.addi %v52, %v56 : i64
        %v58 = llvm.getelementptr %ckpt_h[%v57] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v59 = llvm.load %v58 : !llvm.ptr -> f32
        llvm.store %v59, %v5 : f32, !llvm.ptr
        %v60 = arith.index_cast %v22 : i64 to index
        %v61 = arith.index_cast %v49 : i64 to index
        %v62 = arith.index_cast %v1 : i64 to index
        scf.for %v63 = %v60 to %v61 step %v62 {
          %v64 = arith.index_cast %v63 : index to i64
          %v65 = arith.addi %v47, %v64 : i64
          %v66 = arith.muli %v17, %v1 : i64
          %v67 = llvm.getelementptr %in_w[%v66] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v68 = llvm.load %v67 : !llvm.ptr -> f32
          %v69 = arith.negf %v68 : f32
          %v71 = arith.mulf %v69, %v70 : f32
          %v72 = llvm.call_intrinsic "llvm.exp2.f32"(%v71) : (f32) -> f32
          %v73 = arith.addf %v34, %v72 : f32
          %v74 = arith.divf %v34, %v73 : f32
          %v75 = arith.subf %v34, %v74 : f32
          %v78 = arith.muli %v19, %v77 : i64
          %v79 = arith.muli %v17, %v76 : i64
          %v80 = arith.addi %v78, %v79 : i64
          %v81 = arith.muli %v65, %v1 : i64
          %v82 = arith.addi %v80, %v81 : i64
          %v83 = llvm.getelementptr %in_x[%v82] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v84 = llvm.load %v83 : !llvm.ptr -> f32
          %v85 = arith.mulf %v75, %v84 : f32
          %v86 = llvm.load %v5 : !llvm.ptr -> f32
          %v87 = arith.mulf %v74, %v86 : f32
          %v88 = arith.addf %v87, %v85 : f32
          scf.if %v14 {
            %v89 = arith.muli %v64, %v3 : i64
            %v90 = arith.subi %v3, %v1 : i64
            %v91 = arith.minsi %v13, %v90 : i64
            %v92 = arith.addi %v89, %v91 : i64
            %v93 = arith.muli %v92, %v1 : i64
            %v94 = arith.addi %v93, %v22 : i64
            %v95 = llvm.getelementptr %scratch_h[%v94] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v88, %v95 : f32, !llvm.ptr
          }
          llvm.store %v88, %v5 : f32, !llvm.ptr
        }
        %v96 = arith.index_cast %v22 : i64 to index
        %v97 = arith.index_cast %v49 : i64 to index
        %v98 = arith.index_cast %v1 : i64 to index
        scf.for %v99 = %v96 to %v97 step %v98 {
          %v100 = arith.index_cast %v99 : index to i64
          %v101 = arith.subi %v49, %v1 : i64
          %v102 = arith.subi %v101, %v100 : i64
          %v103 = arith.addi %v47, %v102 : i64
          %v104 = arith.cmpi eq, %v102, %v22 : i64
          %v105 = arith.subi %v102, %v1 : i64
          %v106 = arith.maxsi %v105, %v22 : i64
          %v107 = arith.muli %v19, %v77 : i64
          %v108 = arith.muli %v17, %v76 : i64
          %v109 = arith.addi %v107, %v108 : i64
          %v110 = arith.muli %v103, %v1 : i64
          %v111 = arith.addi %v109, %v110 : i64
          %v112 = llvm.getelementptr %dy_y[%v111] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v113 = llvm.load %v112 : !llvm.ptr -> f32
          %v114 = llvm.load %v25 : !llvm.ptr -> f32
          %v115 = llvm.load %v28 : !llvm.ptr -> f32
          %v116 = arith.mulf %v115, %v114 : f32
          %v117 = arith.addf %v113, %v116 : f32
          llvm.store %v117, %v25 : f32, !llvm.ptr
          %v118 = arith.cmpi eq, %v103, %v38 : i64
          scf.if %v118 {
          }
          %v119 = arith.muli %v17, %v1 : i64
          %v120 = llvm.getelementptr %in_w[%v119] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v121 = llvm.load %v120 : !llvm.ptr -> f32
          %v122 = arith.negf %v121 : f32
          %v123 = arith.mulf %v122, %v70 : f32
          %v124 = llvm.call_intrinsic "llvm.exp2.f32"(%v123) : (f32) -> f32
          %v125 = arith.addf %v34, %v124 : f32
          %v126 = arith.divf %v34, %v125 : f32
          %v127 = arith.subf %v34, %v126 : f32
          %v128 = llvm.load %v25 : !llvm.ptr -> f32
          %v129 = arith.mulf %v127, %v128 : f32
          scf.if %v14 {
            %v130 = arith.muli %v19, %v77 : i64
            %v131 = arith.muli %v17, %v76 : i64
            %v132 = arith.addi %v130, %v131 : i64
            %v133 = arith.muli %v103, %v1 : i64
            %v134 = arith.addi %v132, %v133 : i64
            %v135 = llvm.getelementptr %dx_x[%v134] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v129, %v135 : f32, !llvm.ptr
          }
          %v136 = arith.muli %v106, %v3 : i64
          %v137 = arith.subi %v3, %v1 : i64
          %v138 = arith.minsi %v13, %v137 : i64
          %v139 = arith.addi %v136, %v138 : i64
          %v140 = arith.muli %v139, %v1 : i64
          %v141 = arith.addi %v140, %v22 : i64
          %v142 = llvm.getelementptr %scratch_h[%v141] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v143 = llvm.load %v142 : !llvm.ptr -> f32
          %v146 = arith.muli %v46, %v145 : i64
          %v147 = arith.muli %v19, %v53 : i64
          %v148 = arith.muli %v17, %v1 : i64
          %v149 = arith.addi %v147, %v148 : i64
          %v150 = arith.addi %v146, %v149 : i64
          %v151 = llvm.getelementptr %ckpt_h[%v150] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v152 = llvm.load %v151 : !llvm.ptr -> f32
          %v153 = arith.select %v104, %v152, %v143 : f32
          %v154 = arith.mulf %v153, %v128 : f32
          %v155 = arith.muli %v19, %v77 : i64
          %v156 = arith.muli %v17, %v76 : i64
          %v157 = arith.addi %v155, %v156 : i64
          %v158 = arith.muli %v103, %v1 : i64
          %v159 = arith.addi %v157, %v158 : i64
          %v160 = llvm.getelementptr %in_x[%v159] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v161 = llvm.load %v160 : !llvm.ptr -> f32
          %v162 = arith.mulf %v161, %v128 : f32
          %v163 = arith.negf %v162 : f32
          %v164 = arith.addf %v154, %v163 : f32
          %v165 = arith.mulf %v126, %v127 : f32
          %v166 = arith.mulf %v164, %v165 : f32
          %v167 = llvm.load %v32 : !llvm.ptr -> f32
          %v168 = arith.addf %v167, %v166 : f32
          llvm.store %v168, %v32 : f32, !llvm.ptr
          llvm.store %v126, %v28 : f32, !llvm.ptr
        }
      }
      scf.if %v14 {
        %v169 = llvm.load %v32 : !llvm.ptr -> f32
        %v170 = arith.muli %v13, %v1 : i64
        %v171 = arith.addi %v170, %v22 : i64
        %v172 = llvm.getelementptr %part_w[%v171] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v169, %v172 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
