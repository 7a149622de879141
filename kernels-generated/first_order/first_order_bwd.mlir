module attributes {gpu.container_module} {
  gpu.module @linrec {
    llvm.mlir.global internal @slots_first_order_bwd() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<128 x f32>
    gpu.func @first_order_bwd(%in_a: !llvm.ptr, %in_x: !llvm.ptr, %dy_y: !llvm.ptr, %ckpt_h: !llvm.ptr, %scratch_h: !llvm.ptr, %dx_a: !llvm.ptr, %dx_x: !llvm.ptr, %size_B: i64, %size_C: i64, %size_T: i64) kernel {
      %v1 = arith.constant 1 : i64
      %v2 = arith.muli %v1, %size_B : i64
      %v3 = arith.muli %v2, %size_C : i64
      %v4 = arith.constant 1 : i64
      %v5 = llvm.alloca %v4 x f32 : (i64) -> !llvm.ptr
      %v6 = arith.constant 1 : i64
      %v7 = llvm.alloca %v6 x f32 : (i64) -> !llvm.ptr
      %v8 = arith.constant 1 : i64
      %v9 = llvm.alloca %v8 x f32 : (i64) -> !llvm.ptr
      %v14 = arith.constant 64 : i64
      %v18 = arith.constant 1 : i64
      %v25 = llvm.mlir.addressof @slots_first_order_bwd : !llvm.ptr<3>
      %v26 = arith.constant 0 : i64
      %v30 = arith.constant 64 : i64
      %v34 = arith.constant 0x00000000 : f32
      %v35 = arith.constant 0x3F800000 : f32
      %v36 = arith.constant 64 : i64
      %v37 = arith.constant 1 : i64
      %v38 = arith.constant 0 : i64
      %v54 = arith.constant 1 : i64
      %v55 = arith.muli %v54, %size_B : i64
      %v56 = arith.muli %v55, %size_C : i64
      %v58 = arith.constant 1 : i64
      %v59 = arith.muli %v58, %size_C : i64
      %v72 = arith.constant 1 : i64
      %v73 = arith.muli %v72, %size_T : i64
      %v74 = arith.muli %v73, %size_C : i64
      %v93 = arith.constant 1 : i64
      %v97 = arith.constant 1 : i64
      %v99 = arith.constant 0 : i64
      %v126 = arith.constant 1 : i64
      %v130 = arith.constant 1 : i64
      %v132 = arith.constant 0 : i64
      %v136 = arith.constant 1 : i64
      %v137 = arith.muli %v136, %size_B : i64
      %v138 = arith.muli %v137, %size_C : i64
      %v10 = gpu.block_id x
      %v11 = gpu.thread_id x
      %v12 = arith.index_cast %v11 : index to i64
      %v13 = arith.index_cast %v10 : index to i64
      %v15 = arith.muli %v13, %v14 : i64
      %v16 = arith.addi %v15, %v12 : i64
      %v17 = arith.cmpi slt, %v16, %v3 : i64
      %v19 = arith.subi %v3, %v18 : i64
      %v20 = arith.minsi %v16, %v19 : i64
      %v21 = arith.remui %v20, %size_C : i64
      %v22 = arith.divui %v20, %size_C : i64
      %v23 = arith.remui %v22, %size_B : i64
      %v24 = arith.divui %v22, %size_B : i64
      %v27 = arith.addi %v26, %v12 : i64
      %v28 = llvm.getelementptr %v25[%v27] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
      %v29 = llvm.addrspacecast %v28 : !llvm.ptr<3> to !llvm.ptr
      %v31 = arith.addi %v30, %v12 : i64
      %v32 = llvm.getelementptr %v25[%v31] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
      %v33 = llvm.addrspacecast %v32 : !llvm.ptr<3> to !llvm.ptr
      llvm.store %v34, %v29 : f32, !llvm.ptr
      llvm.store %v35, %v33 : f32, !llvm.ptr
      %v39 = arith.subi %v36, %v37 : i64
      %v40 = arith.addi %size_T, %v39 : i64
      %v41 = arith.divui %v40, %v36 : i64
      %v42 = arith.subi %size_T, %v37 : i64
      %v43 = arith.cmpi eq, %size_T, %v38 : i64
      scf.if %v43 {
        llvm.store %v34, %v9 : f32, !llvm.ptr
      }
      %v44 = arith.index_cast %v38 : i64 to index
      %v45 = arith.index_cast %v41 : i64 to index
      %v46 = arith.index_cast %v37 : i64 to index
      scf.for %v47 = %v44 to %v45 step %v46 {
        %v48 = arith.index_cast %v47 : index to i64
        %v49 = arith.subi %v41, %v37 : i64
        %v50 = arith.subi %v49, %v48 : i64
        %v51 = arith.muli %v50, %v36 : i64
        %v52 = arith.subi %size_T, %v51 : i64
        %v53 = arith.minsi %v52, %v36 : i64
        %v57 = arith.muli %v50, %v56 : i64
        %v60 = arith.muli %v23, %v59 : i64
        %v61 = arith.muli %v21, %v58 : i64
        %v62 = arith.addi %v60, %v61 : i64
        %v63 = arith.addi %v57, %v62 : i64
        %v64 = llvm.getelementptr %ckpt_h[%v63] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v65 = llvm.load %v64 : !llvm.ptr -> f32
        llvm.store %v65, %v7 : f32, !llvm.ptr
        %v66 = arith.index_cast %v38 : i64 to index
        %v67 = arith.index_cast %v53 : i64 to index
        %v68 = arith.index_cast %v37 : i64 to index
        scf.for %v69 = %v66 to %v67 step %v68 {
          %v70 = arith.index_cast %v69 : index to i64
          %v71 = arith.addi %v51, %v70 : i64
          %v75 = arith.muli %v23, %v74 : i64
          %v76 = arith.muli %v21, %v73 : i64
          %v77 = arith.addi %v75, %v76 : i64
          %v78 = arith.muli %v71, %v72 : i64
          %v79 = arith.addi %v77, %v78 : i64
          %v80 = llvm.getelementptr %in_a[%v79] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v81 = llvm.load %v80 : !llvm.ptr -> f32
          %v82 = arith.muli %v23, %v74 : i64
          %v83 = arith.muli %v21, %v73 : i64
          %v84 = arith.addi %v82, %v83 : i64
          %v85 = arith.muli %v71, %v72 : i64
          %v86 = arith.addi %v84, %v85 : i64
          %v87 = llvm.getelementptr %in_x[%v86] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v88 = llvm.load %v87 : !llvm.ptr -> f32
          %v89 = llvm.load %v7 : !llvm.ptr -> f32
          %v90 = arith.mulf %v81, %v89 : f32
          %v91 = arith.addf %v90, %v88 : f32
          scf.if %v17 {
            %v92 = arith.muli %v70, %v3 : i64
            %v94 = arith.subi %v3, %v93 : i64
            %v95 = arith.minsi %v16, %v94 : i64
            %v96 = arith.addi %v92, %v95 : i64
            %v98 = arith.muli %v96, %v97 : i64
            %v100 = arith.addi %v98, %v99 : i64
            %v101 = llvm.getelementptr %scratch_h[%v100] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v91, %v101 : f32, !llvm.ptr
          }
          llvm.store %v91, %v7 : f32, !llvm.ptr
        }
        %v102 = arith.index_cast %v38 : i64 to index
        %v103 = arith.index_cast %v53 : i64 to index
        %v104 = arith.index_cast %v37 : i64 to index
        scf.for %v105 = %v102 to %v103 step %v104 {
          %v106 = arith.index_cast %v105 : index to i64
          %v107 = arith.subi %v53, %v37 : i64
          %v108 = arith.subi %v107, %v106 : i64
          %v109 = arith.addi %v51, %v108 : i64
          %v110 = arith.cmpi eq, %v108, %v38 : i64
          %v111 = arith.subi %v108, %v37 : i64
          %v112 = arith.maxsi %v111, %v38 : i64
          %v113 = arith.muli %v23, %v74 : i64
          %v114 = arith.muli %v21, %v73 : i64
          %v115 = arith.addi %v113, %v114 : i64
          %v116 = arith.muli %v109, %v72 : i64
          %v117 = arith.addi %v115, %v116 : i64
          %v118 = llvm.getelementptr %dy_y[%v117] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v119 = llvm.load %v118 : !llvm.ptr -> f32
          %v120 = llvm.load %v29 : !llvm.ptr -> f32
          %v121 = llvm.load %v33 : !llvm.ptr -> f32
          %v122 = arith.mulf %v121, %v120 : f32
          %v123 = arith.addf %v119, %v122 : f32
          llvm.store %v123, %v29 : f32, !llvm.ptr
          %v124 = arith.cmpi eq, %v109, %v42 : i64
          scf.if %v124 {
          }
          %v125 = arith.muli %v112, %v3 : i64
          %v127 = arith.subi %v3, %v126 : i64
          %v128 = arith.minsi %v16, %v127 : i64
          %v129 = arith.addi %v125, %v128 : i64
          %v131 = arith.muli %v129, %v130 : i64
          %v133 = arith.addi %v131, %v132 : i64
          %v134 = llvm.getelementptr %scratch_h[%v133] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v135 = llvm.load %v134 : !llvm.ptr -> f32
          %v139 = arith.muli %v50, %v138 : i64
          %v140 = arith.muli %v23, %v59 : i64
          %v141 = arith.muli %v21, %v58 : i64
          %v142 = arith.addi %v140, %v141 : i64
          %v143 = arith.addi %v139, %v142 : i64
          %v144 = llvm.getelementptr %ckpt_h[%v143] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v145 = llvm.load %v144 : !llvm.ptr -> f32
          %v146 = arith.select %v110, %v145, %v135 : f32
          %v147 = llvm.load %v29 : !llvm.ptr -> f32
          %v148 = arith.mulf %v146, %v147 : f32
          scf.if %v17 {
            %v149 = arith.muli %v23, %v74 : i64
            %v150 = arith.muli %v21, %v73 : i64
            %v151 = arith.addi %v149, %v150 : i64
            %v152 = arith.muli %v109, %v72 : i64
            %v153 = arith.addi %v151, %v152 : i64
            %v154 = llvm.getelementptr %dx_a[%v153] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v148, %v154 : f32, !llvm.ptr
          }
          scf.if %v17 {
            %v155 = arith.muli %v23, %v74 : i64
            %v156 = arith.muli %v21, %v73 : i64
            %v157 = arith.addi %v155, %v156 : i64
            %v158 = arith.muli %v109, %v72 : i64
            %v159 = arith.addi %v157, %v158 : i64
            %v160 = llvm.getelementptr %dx_x[%v159] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v147, %v160 : f32, !llvm.ptr
          }
          %v161 = arith.muli %v23, %v74 : i64
          %v162 = arith.muli %v21, %v73 : i64
          %v163 = arith.addi %v161, %v162 : i64
          %v164 = arith.muli %v109, %v72 : i64
          %v165 = arith.addi %v163, %v164 : i64
          %v166 = llvm.getelementptr %in_a[%v165] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v167 = llvm.load %v166 : !llvm.ptr -> f32
          llvm.store %v167, %v33 : f32, !llvm.ptr
        }
      }
      scf.if %v17 {
      }
      gpu.return
    }
  }
}
