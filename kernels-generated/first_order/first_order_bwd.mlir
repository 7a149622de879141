module attributes {gpu.container_module} {
  gpu.module @linrec {
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
      %v10 = arith.constant 1 : i64
      %v11 = llvm.alloca %v10 x f32 : (i64) -> !llvm.ptr
      %v12 = arith.constant 1 : i64
      %v13 = llvm.alloca %v12 x f32 : (i64) -> !llvm.ptr
      %v18 = arith.constant 64 : i64
      %v22 = arith.constant 1 : i64
      %v29 = arith.constant 0x00000000 : f32
      %v30 = arith.constant 0x3F800000 : f32
      %v31 = arith.constant 64 : i64
      %v32 = arith.constant 1 : i64
      %v33 = arith.constant 0 : i64
      %v49 = arith.constant 1 : i64
      %v50 = arith.muli %v49, %size_B : i64
      %v51 = arith.muli %v50, %size_C : i64
      %v53 = arith.constant 1 : i64
      %v54 = arith.muli %v53, %size_C : i64
      %v67 = arith.constant 1 : i64
      %v68 = arith.muli %v67, %size_T : i64
      %v69 = arith.muli %v68, %size_C : i64
      %v87 = arith.constant 1 : i64
      %v88 = arith.constant 0 : i64
      %v92 = arith.constant 1 : i64
      %v120 = arith.constant 1 : i64
      %v121 = arith.constant 0 : i64
      %v125 = arith.constant 1 : i64
      %v131 = arith.constant 1 : i64
      %v132 = arith.muli %v131, %size_B : i64
      %v133 = arith.muli %v132, %size_C : i64
      %v14 = gpu.block_id x
      %v15 = gpu.thread_id x
      %v16 = arith.index_cast %v15 : index to i64
      %v17 = arith.index_cast %v14 : index to i64
      %v19 = arith.muli %v17, %v18 : i64
      %v20 = arith.addi %v19, %v16 : i64
      %v21 = arith.cmpi slt, %v20, %v3 : i64
      %v23 = arith.subi %v3, %v22 : i64
      %v24 = arith.minsi %v20, %v23 : i64
      %v25 = arith.remui %v24, %size_C : i64
      %v26 = arith.divui %v24, %size_C : i64
      %v27 = arith.remui %v26, %size_B : i64
      %v28 = arith.divui %v26, %size_B : i64
      llvm.store %v29, %v11 : f32, !llvm.ptr
      llvm.store %v30, %v13 : f32, !llvm.ptr
      %v34 = arith.subi %v31, %v32 : i64
      %v35 = arith.addi %size_T, %v34 : i64
      %v36 = arith.divui %v35, %v31 : i64
      %v37 = arith.subi %size_T, %v32 : i64
      %v38 = arith.cmpi eq, %size_T, %v33 : i64
      scf.if %v38 {
        llvm.store %v29, %v9 : f32, !llvm.ptr
      }
      %v39 = arith.index_cast %v33 : i64 to index
      %v40 = arith.index_cast %v36 : i64 to index
      %v41 = arith.index_cast %v32 : i64 to index
      scf.for %v42 = %v39 to %v40 step %v41 {
        %v43 = arith.index_cast %v42 : index to i64
        %v44 = arith.subi %v36, %v32 : i64
        %v45 = arith.subi %v44, %v43 : i64
        %v46 = arith.muli %v45, %v31 : i64
        %v47 = arith.subi %size_T, %v46 : i64
        %v48 = arith.minsi %v47, %v31 : i64
        %v52 = arith.muli %v45, %v51 : i64
        %v55 = arith.muli %v27, %v54 : i64
        %v56 = arith.muli %v25, %v53 : i64
        %v57 = arith.addi %v55, %v56 : i64
        %v58 = arith.addi %v52, %v57 : i64
        %v59 = llvm.getelementptr %ckpt_h[%v58] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v60 = llvm.load %v59 : !llvm.ptr -> f32
        llvm.store %v60, %v7 : f32, !llvm.ptr
        %v61 = arith.index_cast %v33 : i64 to index
        %v62 = arith.index_cast %v48 : i64 to index
        %v63 = arith.index_cast %v32 : i64 to index
        scf.for %v64 = %v61 to %v62 step %v63 {
          %v65 = arith.index_cast %v64 : index to i64
          %v66 = arith.addi %v46, %v65 : i64
          %v70 = arith.muli %v27, %v69 : i64
          %v71 = arith.muli %v25, %v68 : i64
          %v72 = arith.addi %v70, %v71 : i64
          %v73 = arith.muli %v66, %v67 : i64
          %v74 = arith.addi %v72, %v73 : i64
          %v75 = llvm.getelementptr %in_a[%v74] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v76 = llvm.load %v75 : !llvm.ptr -> f32
          %v77 = arith.muli %v27, %v69 : i64
          %v78 = arith.muli %v25, %v68 : i64
          %v79 = arith.addi %v77, %v78 : i64
          %v80 = arith.muli %v66, %v67 : i64
          %v81 = arith.addi %v79, %v80 : i64
          %v82 = llvm.getelementptr %in_x[%v81] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v83 = llvm.load %v82 : !llvm.ptr -> f32
          %v84 = llvm.load %v7 : !llvm.ptr -> f32
          %v85 = arith.mulf %v76, %v84 : f32
          %v86 = arith.addf %v85, %v83 : f32
          scf.if %v21 {
            %v89 = arith.muli %v65, %v87 : i64
            %v90 = arith.addi %v89, %v88 : i64
            %v91 = arith.muli %v90, %v3 : i64
            %v93 = arith.subi %v3, %v92 : i64
            %v94 = arith.minsi %v20, %v93 : i64
            %v95 = arith.addi %v91, %v94 : i64
            %v96 = llvm.getelementptr %scratch_h[%v95] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v86, %v96 : f32, !llvm.ptr
          }
          llvm.store %v86, %v7 : f32, !llvm.ptr
        }
        %v97 = arith.index_cast %v33 : i64 to index
        %v98 = arith.index_cast %v48 : i64 to index
        %v99 = arith.index_cast %v32 : i64 to index
        scf.for %v100 = %v97 to %v98 step %v99 {
          %v101 = arith.index_cast %v100 : index to i64
          %v102 = arith.subi %v48, %v32 : i64
          %v103 = arith.subi %v102, %v101 : i64
          %v104 = arith.addi %v46, %v103 : i64
          %v105 = arith.cmpi eq, %v103, %v33 : i64
          %v106 = arith.subi %v103, %v32 : i64
          %v107 = arith.maxsi %v106, %v33 : i64
          %v108 = arith.muli %v27, %v69 : i64
          %v109 = arith.muli %v25, %v68 : i64
          %v110 = arith.addi %v108, %v109 : i64
          %v111 = arith.muli %v104, %v67 : i64
          %v112 = arith.addi %v110, %v111 : i64
          %v113 = llvm.getelementptr %dy_y[%v112] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v114 = llvm.load %v113 : !llvm.ptr -> f32
          %v115 = llvm.load %v11 : !llvm.ptr -> f32
          %v116 = llvm.load %v13 : !llvm.ptr -> f32
          %v117 = arith.mulf %v116, %v115 : f32
          %v118 = arith.addf %v114, %v117 : f32
          llvm.store %v118, %v11 : f32, !llvm.ptr
          %v119 = arith.cmpi eq, %v104, %v37 : i64
          scf.if %v119 {
          }
          %v122 = arith.muli %v107, %v120 : i64
          %v123 = arith.addi %v122, %v121 : i64
          %v124 = arith.muli %v123, %v3 : i64
          %v126 = arith.subi %v3, %v125 : i64
          %v127 = arith.minsi %v20, %v126 : i64
          %v128 = arith.addi %v124, %v127 : i64
          %v129 = llvm.getelementptr %scratch_h[%v128] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v130 = llvm.load %v129 : !llvm.ptr -> f32
          %v134 = arith.muli %v45, %v133 : i64
          %v135 = arith.muli %v27, %v54 : i64
          %v136 = arith.muli %v25, %v53 : i64
          %v137 = arith.addi %v135, %v136 : i64
          %v138 = arith.addi %v134, %v137 : i64
          %v139 = llvm.getelementptr %ckpt_h[%v138] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v140 = llvm.load %v139 : !llvm.ptr -> f32
          %v141 = arith.select %v105, %v140, %v130 : f32
          %v142 = llvm.load %v11 : !llvm.ptr -> f32
          %v143 = arith.mulf %v141, %v142 : f32
          scf.if %v21 {
            %v144 = arith.muli %v27, %v69 : i64
            %v145 = arith.muli %v25, %v68 : i64
            %v146 = arith.addi %v144, %v145 : i64
            %v147 = arith.muli %v104, %v67 : i64
            %v148 = arith.addi %v146, %v147 : i64
            %v149 = llvm.getelementptr %dx_a[%v148] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v143, %v149 : f32, !llvm.ptr
          }
          scf.if %v21 {
            %v150 = arith.muli %v27, %v69 : i64
            %v151 = arith.muli %v25, %v68 : i64
            %v152 = arith.addi %v150, %v151 : i64
            %v153 = arith.muli %v104, %v67 : i64
            %v154 = arith.addi %v152, %v153 : i64
            %v155 = llvm.getelementptr %dx_x[%v154] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v142, %v155 : f32, !llvm.ptr
          }
          %v156 = arith.muli %v27, %v69 : i64
          %v157 = arith.muli %v25, %v68 : i64
          %v158 = arith.addi %v156, %v157 : i64
          %v159 = arith.muli %v104, %v67 : i64
          %v160 = arith.addi %v158, %v159 : i64
          %v161 = llvm.getelementptr %in_a[%v160] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v162 = llvm.load %v161 : !llvm.ptr -> f32
          llvm.store %v162, %v13 : f32, !llvm.ptr
        }
      }
      scf.if %v21 {
      }
      gpu.return
    }
  }
}
