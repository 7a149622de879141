module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @first_order_bwd(%in_a: !llvm.ptr, %in_x: !llvm.ptr, %dy_y: !llvm.ptr, %ckpt_h: !llvm.ptr, %scratch_h: !llvm.ptr, %dx_a: !llvm.ptr, %dx_x: !llvm.ptr, %size_B: i64, %size_C: i64, %size_T: i64) kernel attributes {nvvm.maxntid = array<i32: 256, 1, 1>, nvvm.minctasm = 3 : i32} {
      %v1 = arith.constant 1 : i64
      %v2 = arith.muli %v1, %size_B : i64
      %v3 = arith.muli %v2, %size_C : i64
      %v4 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v5 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v6 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v11 = arith.constant 256 : i64
      %v21 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v22 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v23 = arith.constant 0x00000000 : f32
      %v24 = arith.constant 0x3F800000 : f32
      %v25 = arith.constant 64 : i64
      %v26 = arith.constant 0 : i64
      %v42 = arith.muli %v1, %size_B : i64
      %v43 = arith.muli %v42, %size_C : i64
      %v45 = arith.muli %v1, %size_C : i64
      %v58 = arith.muli %v1, %size_T : i64
      %v59 = arith.muli %v58, %size_C : i64
      %v115 = arith.muli %v1, %size_B : i64
      %v116 = arith.muli %v115, %size_C : i64
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
      llvm.store %v23, %v21 : f32, !llvm.ptr
      llvm.store %v24, %v22 : f32, !llvm.ptr
      %v27 = arith.subi %v25, %v1 : i64
      %v28 = arith.addi %size_T, %v27 : i64
      %v29 = arith.divui %v28, %v25 : i64
      %v30 = arith.subi %size_T, %v1 : i64
      %v31 = arith.cmpi eq, %size_T, %v26 : i64
      scf.if %v31 {
        llvm.store %v23, %v6 : f32, !llvm.ptr
      }
      %v32 = arith.index_cast %v26 : i64 to index
      %v33 = arith.index_cast %v29 : i64 to index
      %v34 = arith.index_cast %v1 : i64 to index
      scf.for %v35 = %v32 to %v33 step %v34 {
        %v36 = arith.index_cast %v35 : index to i64
        %v37 = arith.subi %v29, %v1 : i64
        %v38 = arith.subi %v37, %v36 : i64
        %v39 = arith.muli %v38, %v25 : i64
        %v40 = arith.subi %size_T, %v39 : i64
        %v41 = arith.minsi %v40, %v25 : i64
        %v44 = arith.muli %v38, %v43 : i64
        %v46 = arith.muli %v19, %v45 : i64
        %v47 = arith.muli %v17, %v1 : i64
        %v48 = arith.addi %v46, %v47 : i64
        %v49 = arith.addi %v44, %v48 : i64
        %v50 = llvm.getelementptr %ckpt_h[%v49] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v51 = llvm.load %v50 : !llvm.ptr -> f32
        llvm.store %v51, %v5 : f32, !llvm.ptr
        %v52 = arith.index_cast %v26 : i64 to index
        %v53 = arith.index_cast %v41 : i64 to index
        %v54 = arith.index_cast %v1 : i64 to index
        scf.for %v55 = %v52 to %v53 step %v54 {
          %v56 = arith.index_cast %v55 : index to i64
          %v57 = arith.addi %v39, %v56 : i64
          %v60 = arith.muli %v19, %v59 : i64
          %v61 = arith.muli %v17, %v58 : i64
          %v62 = arith.addi %v60, %v61 : i64
          %v63 = arith.muli %v57, %v1 : i64
          %v64 = arith.addi %v62, %v63 : i64
          %v65 = llvm.getelementptr %in_a[%v64] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v66 = llvm.load %v65 : !llvm.ptr -> f32
          %v67 = arith.muli %v19, %v59 : i64
          %v68 = arith.muli %v17, %v58 : i64
          %v69 = arith.addi %v67, %v68 : i64
          %v70 = arith.muli %v57, %v1 : i64
          %v71 = arith.addi %v69, %v70 : i64
          %v72 = llvm.getelementptr %in_x[%v71] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v73 = llvm.load %v72 : !llvm.ptr -> f32
          %v74 = llvm.load %v5 : !llvm.ptr -> f32
          %v75 = arith.mulf %v66, %v74 : f32
          %v76 = arith.addf %v75, %v73 : f32
          scf.if %v14 {
            %v77 = arith.muli %v56, %v3 : i64
            %v78 = arith.subi %v3, %v1 : i64
            %v79 = arith.minsi %v13, %v78 : i64
            %v80 = arith.addi %v77, %v79 : i64
            %v81 = arith.muli %v80, %v1 : i64
            %v82 = arith.addi %v81, %v26 : i64
            %v83 = llvm.getelementptr %scratch_h[%v82] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v76, %v83 : f32, !llvm.ptr
          }
          llvm.store %v76, %v5 : f32, !llvm.ptr
        }
        %v84 = arith.index_cast %v26 : i64 to index
        %v85 = arith.index_cast %v41 : i64 to index
        %v86 = arith.index_cast %v1 : i64 to index
        scf.for %v87 = %v84 to %v85 step %v86 {
          %v88 = arith.index_cast %v87 : index to i64
          %v89 = arith.subi %v41, %v1 : i64
          %v90 = arith.subi %v89, %v88 : i64
          %v91 = arith.addi %v39, %v90 : i64
          %v92 = arith.cmpi eq, %v90, %v26 : i64
          %v93 = arith.subi %v90, %v1 : i64
          %v94 = arith.maxsi %v93, %v26 : i64
          %v95 = arith.muli %v19, %v59 : i64
          %v96 = arith.muli %v17, %v58 : i64
          %v97 = arith.addi %v95, %v96 : i64
          %v98 = arith.muli %v91, %v1 : i64
          %v99 = arith.addi %v97, %v98 : i64
          %v100 = llvm.getelementptr %dy_y[%v99] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v101 = llvm.load %v100 : !llvm.ptr -> f32
          %v102 = llvm.load %v21 : !llvm.ptr -> f32
          %v103 = llvm.load %v22 : !llvm.ptr -> f32
          %v104 = arith.mulf %v103, %v102 : f32
          %v105 = arith.addf %v101, %v104 : f32
          llvm.store %v105, %v21 : f32, !llvm.ptr
          %v106 = arith.cmpi eq, %v91, %v30 : i64
          scf.if %v106 {
          }
          %v107 = arith.muli %v94, %v3 : i64
          %v108 = arith.subi %v3, %v1 : i64
          %v109 = arith.minsi %v13, %v108 : i64
          %v110 = arith.addi %v107, %v109 : i64
          %v111 = arith.muli %v110, %v1 : i64
          %v112 = arith.addi %v111, %v26 : i64
          %v113 = llvm.getelementptr %scratch_h[%v112] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v114 = llvm.load %v113 : !llvm.ptr -> f32
          %v117 = arith.muli %v38, %v116 : i64
          %v118 = arith.muli %v19, %v45 : i64
          %v119 = arith.muli %v17, %v1 : i64
          %v120 = arith.addi %v118, %v119 : i64
          %v121 = arith.addi %v117, %v120 : i64
          %v122 = llvm.getelementptr %ckpt_h[%v121] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v123 = llvm.load %v122 : !llvm.ptr -> f32
          %v124 = arith.select %v92, %v123, %v114 : f32
          %v125 = llvm.load %v21 : !llvm.ptr -> f32
          %v126 = arith.mulf %v124, %v125 : f32
          scf.if %v14 {
            %v127 = arith.muli %v19, %v59 : i64
            %v128 = arith.muli %v17, %v58 : i64
            %v129 = arith.addi %v127, %v128 : i64
            %v130 = arith.muli %v91, %v1 : i64
            %v131 = arith.addi %v129, %v130 : i64
            %v132 = llvm.getelementptr %dx_a[%v131] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v126, %v132 : f32, !llvm.ptr
          }
          scf.if %v14 {
            %v133 = arith.muli %v19, %v59 : i64
            %v134 = arith.muli %v17, %v58 : i64
            %v135 = arith.addi %v133, %v134 : i64
            %v136 = arith.muli %v91, %v1 : i64
            %v137 = arith.addi %v135, %v136 : i64
            %v138 = llvm.getelementptr %dx_x[%v137] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v125, %v138 : f32, !llvm.ptr
          }
          %v139 = arith.muli %v19, %v59 : i64
          %v140 = arith.muli %v17, %v58 : i64
          %v141 = arith.addi %v139, %v140 : i64
          %v142 = arith.muli %v91, %v1 : i64
          %v143 = arith.addi %v141, %v142 : i64
          %v144 = llvm.getelementptr %in_a[%v143] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v145 = llvm.load %v144 : !llvm.ptr -> f32
          llvm.store %v145, %v22 : f32, !llvm.ptr
        }
      }
      gpu.return
    }
  }
}
