module attributes {gpu.container_module} {
  gpu.module @linrec {
    llvm.mlir.global internal @slots_first_order_bwd() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<128 x f32>
    gpu.func @first_order_bwd(%in_a: !llvm.ptr, %in_x: !llvm.ptr, %dy_y: !llvm.ptr, %ckpt_h: !llvm.ptr, %scratch_h: !llvm.ptr, %dx_a: !llvm.ptr, %dx_x: !llvm.ptr, %size_B: i64, %size_C: i64, %size_T: i64) kernel {
      %v1 = arith.constant 1 : i64
      %v2 = arith.muli %v1, %size_B : i64
      %v3 = arith.muli %v2, %size_C : i64
      %v4 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v5 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v6 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v11 = arith.constant 64 : i64
      %v21 = llvm.mlir.addressof @slots_first_order_bwd : !llvm.ptr<3>
      %v22 = arith.constant 0 : i64
      %v29 = arith.constant 0x00000000 : f32
      %v30 = arith.constant 0x3F800000 : f32
      %v46 = arith.muli %v1, %size_B : i64
      %v47 = arith.muli %v46, %size_C : i64
      %v49 = arith.muli %v1, %size_C : i64
      %v62 = arith.muli %v1, %size_T : i64
      %v63 = arith.muli %v62, %size_C : i64
      %v119 = arith.muli %v1, %size_B : i64
      %v120 = arith.muli %v119, %size_C : i64
      %v7 = gpu.block_id x
      %v8 = gpu.thread_id x
      %v9 = arith.index_cast %v8 : index to i64
      %v10 = arith.index_cast %v7 : index to i64
      %v12 = arith.muli %v10, %v11 : i64
      %v13 = arith.addi %v12, %v9 : i64
      %v14 = arith.cmpi slt, %v13, %v3 : i64
      %v15 = arith.subi %v3, %v1 : i64
      %v16 = arith.minsi %v13, %v15 : i64
      %v17 = arith.remui %v16, %size_C : i64
      %v18 = arith.divui %v16, %size_C : i64
      %v19 = arith.remui %v18, %size_B : i64
      %v20 = arith.divui %v18, %size_B : i64
      %v23 = arith.addi %v22, %v9 : i64
      %v24 = llvm.getelementptr %v21[%v23] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
      %v25 = llvm.addrspacecast %v24 : !llvm.ptr<3> to !llvm.ptr
      %v26 = arith.addi %v11, %v9 : i64
      %v27 = llvm.getelementptr %v21[%v26] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
      %v28 = llvm.addrspacecast %v27 : !llvm.ptr<3> to !llvm.ptr
      llvm.store %v29, %v25 : f32, !llvm.ptr
      llvm.store %v30, %v28 : f32, !llvm.ptr
      %v31 = arith.subi %v11, %v1 : i64
      %v32 = arith.addi %size_T, %v31 : i64
      %v33 = arith.divui %v32, %v11 : i64
      %v34 = arith.subi %size_T, %v1 : i64
      %v35 = arith.cmpi eq, %size_T, %v22 : i64
      scf.if %v35 {
        llvm.store %v29, %v6 : f32, !llvm.ptr
      }
      %v36 = arith.index_cast %v22 : i64 to index
      %v37 = arith.index_cast %v33 : i64 to index
      %v38 = arith.index_cast %v1 : i64 to index
      scf.for %v39 = %v36 to %v37 step %v38 {
        %v40 = arith.index_cast %v39 : index to i64
        %v41 = arith.subi %v33, %v1 : i64
        %v42 = arith.subi %v41, %v40 : i64
        %v43 = arith.muli %v42, %v11 : i64
        %v44 = arith.subi %size_T, %v43 : i64
        %v45 = arith.minsi %v44, %v11 : i64
        %v48 = arith.muli %v42, %v47 : i64
        %v50 = arith.muli %v19, %v49 : i64
        %v51 = arith.muli %v17, %v1 : i64
        %v52 = arith.addi %v50, %v51 : i64
        %v53 = arith.addi %v48, %v52 : i64
        %v54 = llvm.getelementptr %ckpt_h[%v53] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v55 = llvm.load %v54 : !llvm.ptr -> f32
        llvm.store %v55, %v5 : f32, !llvm.ptr
        %v56 = arith.index_cast %v22 : i64 to index
        %v57 = arith.index_cast %v45 : i64 to index
        %v58 = arith.index_cast %v1 : i64 to index
        scf.for %v59 = %v56 to %v57 step %v58 {
          %v60 = arith.index_cast %v59 : index to i64
          %v61 = arith.addi %v43, %v60 : i64
          %v64 = arith.muli %v19, %v63 : i64
          %v65 = arith.muli %v17, %v62 : i64
          %v66 = arith.addi %v64, %v65 : i64
          %v67 = arith.muli %v61, %v1 : i64
          %v68 = arith.addi %v66, %v67 : i64
          %v69 = llvm.getelementptr %in_a[%v68] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v70 = llvm.load %v69 : !llvm.ptr -> f32
          %v71 = arith.muli %v19, %v63 : i64
          %v72 = arith.muli %v17, %v62 : i64
          %v73 = arith.addi %v71, %v72 : i64
          %v74 = arith.muli %v61, %v1 : i64
          %v75 = arith.addi %v73, %v74 : i64
          %v76 = llvm.getelementptr %in_x[%v75] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v77 = llvm.load %v76 : !llvm.ptr -> f32
          %v78 = llvm.load %v5 : !llvm.ptr -> f32
          %v79 = arith.mulf %v70, %v78 : f32
          %v80 = arith.addf %v79, %v77 : f32
          scf.if %v14 {
            %v81 = arith.muli %v60, %v3 : i64
            %v82 = arith.subi %v3, %v1 : i64
            %v83 = arith.minsi %v13, %v82 : i64
            %v84 = arith.addi %v81, %v83 : i64
            %v85 = arith.muli %v84, %v1 : i64
            %v86 = arith.addi %v85, %v22 : i64
            %v87 = llvm.getelementptr %scratch_h[%v86] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v80, %v87 : f32, !llvm.ptr
          }
          llvm.store %v80, %v5 : f32, !llvm.ptr
        }
        %v88 = arith.index_cast %v22 : i64 to index
        %v89 = arith.index_cast %v45 : i64 to index
        %v90 = arith.index_cast %v1 : i64 to index
        scf.for %v91 = %v88 to %v89 step %v90 {
          %v92 = arith.index_cast %v91 : index to i64
          %v93 = arith.subi %v45, %v1 : i64
          %v94 = arith.subi %v93, %v92 : i64
          %v95 = arith.addi %v43, %v94 : i64
          %v96 = arith.cmpi eq, %v94, %v22 : i64
          %v97 = arith.subi %v94, %v1 : i64
          %v98 = arith.maxsi %v97, %v22 : i64
          %v99 = arith.muli %v19, %v63 : i64
          %v100 = arith.muli %v17, %v62 : i64
          %v101 = arith.addi %v99, %v100 : i64
          %v102 = arith.muli %v95, %v1 : i64
          %v103 = arith.addi %v101, %v102 : i64
          %v104 = llvm.getelementptr %dy_y[%v103] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v105 = llvm.load %v104 : !llvm.ptr -> f32
          %v106 = llvm.load %v25 : !llvm.ptr -> f32
          %v107 = llvm.load %v28 : !llvm.ptr -> f32
          %v108 = arith.mulf %v107, %v106 : f32
          %v109 = arith.addf %v105, %v108 : f32
          llvm.store %v109, %v25 : f32, !llvm.ptr
          %v110 = arith.cmpi eq, %v95, %v34 : i64
          scf.if %v110 {
          }
          %v111 = arith.muli %v98, %v3 : i64
          %v112 = arith.subi %v3, %v1 : i64
          %v113 = arith.minsi %v13, %v112 : i64
          %v114 = arith.addi %v111, %v113 : i64
          %v115 = arith.muli %v114, %v1 : i64
          %v116 = arith.addi %v115, %v22 : i64
          %v117 = llvm.getelementptr %scratch_h[%v116] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v118 = llvm.load %v117 : !llvm.ptr -> f32
          %v121 = arith.muli %v42, %v120 : i64
          %v122 = arith.muli %v19, %v49 : i64
          %v123 = arith.muli %v17, %v1 : i64
          %v124 = arith.addi %v122, %v123 : i64
          %v125 = arith.addi %v121, %v124 : i64
          %v126 = llvm.getelementptr %ckpt_h[%v125] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v127 = llvm.load %v126 : !llvm.ptr -> f32
          %v128 = arith.select %v96, %v127, %v118 : f32
          %v129 = llvm.load %v25 : !llvm.ptr -> f32
          %v130 = arith.mulf %v128, %v129 : f32
          scf.if %v14 {
            %v131 = arith.muli %v19, %v63 : i64
            %v132 = arith.muli %v17, %v62 : i64
            %v133 = arith.addi %v131, %v132 : i64
            %v134 = arith.muli %v95, %v1 : i64
            %v135 = arith.addi %v133, %v134 : i64
            %v136 = llvm.getelementptr %dx_a[%v135] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v130, %v136 : f32, !llvm.ptr
          }
          scf.if %v14 {
            %v137 = arith.muli %v19, %v63 : i64
            %v138 = arith.muli %v17, %v62 : i64
            %v139 = arith.addi %v137, %v138 : i64
            %v140 = arith.muli %v95, %v1 : i64
            %v141 = arith.addi %v139, %v140 : i64
            %v142 = llvm.getelementptr %dx_x[%v141] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v129, %v142 : f32, !llvm.ptr
          }
          %v143 = arith.muli %v19, %v63 : i64
          %v144 = arith.muli %v17, %v62 : i64
          %v145 = arith.addi %v143, %v144 : i64
          %v146 = arith.muli %v95, %v1 : i64
          %v147 = arith.addi %v145, %v146 : i64
          %v148 = llvm.getelementptr %in_a[%v147] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v149 = llvm.load %v148 : !llvm.ptr -> f32
          llvm.store %v149, %v28 : f32, !llvm.ptr
        }
      }
      scf.if %v14 {
      }
      gpu.return
    }
  }
}
