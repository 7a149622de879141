module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @bimamba_reverse_reduce_A(%part_A: !llvm.ptr, %dx_A: !llvm.ptr, %size_B: i64, %size_D: i64, %size_L: i64, %size_N: i64) kernel {
      %v1 = arith.constant 16 : i64
      %v2 = arith.constant 1 : i64
      %v3 = arith.muli %v2, %size_B : i64
      %v4 = arith.muli %v3, %size_D : i64
      %v5 = arith.muli %v2, %size_D : i64
      %v6 = arith.muli %v5, %v1 : i64
      %v11 = arith.constant 256 : i64
      %v21 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v22 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v23 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v24 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v25 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v26 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v27 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v28 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v29 = arith.constant 0x00000000 : f32
      %v34 = arith.constant 0 : i64
      %v39 = arith.constant 8 : i64
      %v76 = arith.constant 2 : i64
      %v85 = arith.constant 3 : i64
      %v94 = arith.constant 4 : i64
      %v103 = arith.constant 5 : i64
      %v112 = arith.constant 6 : i64
      %v121 = arith.constant 7 : i64
      %v7 = gpu.block_id x
      %v8 = gpu.thread_id x
      %v9 = arith.index_cast %v8 : index to i64
      %v10 = arith.index_cast %v7 : index to i64
      %v12 = arith.muli %v10, %v11 : i64
      %v13 = arith.addi %v12, %v9 : i64
      %v14 = arith.cmpi slt, %v13, %v6 : i64
      %v15 = arith.subi %v6, %v2 : i64
      %v16 = arith.minsi %v13, %v15 : i64
      %v17 = arith.remui %v16, %size_D : i64
      %v18 = arith.divui %v16, %size_D : i64
      %v19 = arith.remui %v18, %size_B : i64
      %v20 = arith.divui %v18, %size_B : i64
      scf.if %v14 {
        llvm.store %v29, %v21 : f32, !llvm.ptr
        llvm.store %v29, %v22 : f32, !llvm.ptr
        llvm.store %v29, %v23 : f32, !llvm.ptr
        llvm.store %v29, %v24 : f32, !llvm.ptr
        llvm.store %v29, %v25 : f32, !llvm.ptr
        llvm.store %v29, %v26 : f32, !llvm.ptr
        llvm.store %v29, %v27 : f32, !llvm.ptr
        llvm.store %v29, %v28 : f32, !llvm.ptr
        %v30 = arith.remui %v13, %v1 : i64
        %v31 = arith.divui %v13, %v1 : i64
        %v32 = arith.remui %v31, %size_D : i64
        %v33 = arith.divui %v31, %size_D : i64
        %v35 = arith.muli %v34, %v1 : i64
        %v36 = arith.addi %v35, %v30 : i64
        %v37 = arith.muli %v2, %size_B : i64
        %v38 = arith.muli %v4, %v1 : i64
        %v40 = arith.index_cast %v34 : i64 to index
        %v41 = arith.index_cast %v37 : i64 to index
        %v42 = arith.index_cast %v2 : i64 to index
        scf.for %v43 = %v40 to %v41 step %v42 {
          %v44 = arith.index_cast %v43 : index to i64
          %v45 = arith.remui %v44, %size_B : i64
          %v46 = arith.divui %v44, %size_B : i64
          %v47 = arith.muli %v34, %size_B : i64
          %v48 = arith.addi %v47, %v45 : i64
          %v49 = arith.muli %v48, %size_D : i64
          %v50 = arith.addi %v49, %v32 : i64
          %v51 = arith.muli %v34, %v4 : i64
          %v52 = arith.addi %v51, %v50 : i64
          %v53 = arith.muli %v52, %v1 : i64
          %v54 = arith.addi %v53, %v36 : i64
          %v55 = arith.index_cast %v34 : i64 to index
          %v56 = arith.index_cast %v2 : i64 to index
          %v57 = arith.index_cast %v39 : i64 to index
          scf.for %v58 = %v55 to %v56 step %v57 {
            %v59 = arith.index_cast %v58 : index to i64
            %v60 = arith.addi %v59, %v34 : i64
            %v61 = arith.cmpi slt, %v60, %v2 : i64
            scf.if %v61 {
              %v62 = arith.muli %v60, %v38 : i64
              %v63 = arith.addi %v54, %v62 : i64
              %v64 = llvm.getelementptr %part_A[%v63] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v65 = llvm.load %v64 : !llvm.ptr -> f32
              %v66 = llvm.load %v21 : !llvm.ptr -> f32
              %v67 = arith.addf %v66, %v65 fastmath<contract> : f32
              llvm.store %v67, %v21 : f32, !llvm.ptr
            }
            %v68 = arith.addi %v59, %v2 : i64
            %v69 = arith.cmpi slt, %v68, %v2 : i64
            scf.if %v69 {
              %v70 = arith.muli %v68, %v38 : i64
              %v71 = arith.addi %v54, %v70 : i64
              %v72 = llvm.getelementptr %part_A[%v71] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v73 = llvm.load %v72 : !llvm.ptr -> f32
              %v74 = llvm.load %v22 : !llvm.ptr -> f32
              %v75 = arith.addf %v74, %v73 fastmath<contract> : f32
              llvm.store %v75, %v22 : f32, !llvm.ptr
            }
            %v77 = arith.addi %v59, %v76 : i64
            %v78 = arith.cmpi slt, %v77, %v2 : i64
            scf.if %v78 {
              %v79 = arith.muli %v77, %v38 : i64
              %v80 = arith.addi %v54, %v79 : i64
              %v81 = llvm.getelementptr %part_A[%v80] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v82 = llvm.load %v81 : !llvm.ptr -> f32
              %v83 = llvm.load %v23 : !llvm.ptr -> f32
              %v84 = arith.addf %v83, %v82 fastmath<contract> : f32
              llvm.store %v84, %v23 : f32, !llvm.ptr
            }
            %v86 = arith.addi %v59, %v85 : i64
            %v87 = arith.cmpi slt, %v86, %v2 : i64
            scf.if %v87 {
              %v88 = arith.muli %v86, %v38 : i64
              %v89 = arith.addi %v54, %v88 : i64
              %v90 = llvm.getelementptr %part_A[%v89] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v91 = llvm.load %v90 : !llvm.ptr -> f32
              %v92 = llvm.load %v24 : !llvm.ptr -> f32
              %v93 = arith.addf %v92, %v91 fastmath<contract> : f32
              llvm.store %v93, %v24 : f32, !llvm.ptr
            }
            %v95 = arith.addi %v59, %v94 : i64
            %v96 = arith.cmpi slt, %v95, %v2 : i64
            scf.if %v96 {
              %v97 = arith.muli %v95, %v38 : i64
              %v98 = arith.addi %v54, %v97 : i64
              %v99 = llvm.getelementptr %part_A[%v98] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v100 = llvm.load %v99 : !llvm.ptr -> f32
              %v101 = llvm.load %v25 : !llvm.ptr -> f32
              %v102 = arith.addf %v101, %v100 fastmath<contract> : f32
              llvm.store %v102, %v25 : f32, !llvm.ptr
            }
            %v104 = arith.addi %v59, %v103 : i64
            %v105 = arith.cmpi slt, %v104, %v2 : i64
            scf.if %v105 {
              %v106 = arith.muli %v104, %v38 : i64
              %v107 = arith.addi %v54, %v106 : i64
              %v108 = llvm.getelementptr %part_A[%v107] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v109 = llvm.load %v108 : !llvm.ptr -> f32
              %v110 = llvm.load %v26 : !llvm.ptr -> f32
              %v111 = arith.addf %v110, %v109 fastmath<contract> : f32
              llvm.store %v111, %v26 : f32, !llvm.ptr
            }
            %v113 = arith.addi %v59, %v112 : i64
            %v114 = arith.cmpi slt, %v113, %v2 : i64
            scf.if %v114 {
              %v115 = arith.muli %v113, %v38 : i64
              %v116 = arith.addi %v54, %v115 : i64
              %v117 = llvm.getelementptr %part_A[%v116] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v118 = llvm.load %v117 : !llvm.ptr -> f32
              %v119 = llvm.load %v27 : !llvm.ptr -> f32
              %v120 = arith.addf %v119, %v118 fastmath<contract> : f32
              llvm.store %v120, %v27 : f32, !llvm.ptr
            }
            %v122 = arith.addi %v59, %v121 : i64
            %v123 = arith.cmpi slt, %v122, %v2 : i64
            scf.if %v123 {
              %v124 = arith.muli %v122, %v38 : i64
              %v125 = arith.addi %v54, %v124 : i64
              %v126 = llvm.getelementptr %part_A[%v125] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v127 = llvm.load %v126 : !llvm.ptr -> f32
              %v128 = llvm.load %v28 : !llvm.ptr -> f32
              %v129 = arith.addf %v128, %v127 fastmath<contract> : f32
              llvm.store %v129, %v28 : f32, !llvm.ptr
            }
          }
        }
        %v130 = llvm.load %v21 : !llvm.ptr -> f32
        %v131 = llvm.load %v22 : !llvm.ptr -> f32
        %v132 = arith.addf %v130, %v131 fastmath<contract> : f32
        %v133 = llvm.load %v23 : !llvm.ptr -> f32
        %v134 = arith.addf %v132, %v133 fastmath<contract> : f32
        %v135 = llvm.load %v24 : !llvm.ptr -> f32
        %v136 = arith.addf %v134, %v135 fastmath<contract> : f32
        %v137 = llvm.load %v25 : !llvm.ptr -> f32
        %v138 = arith.addf %v136, %v137 fastmath<contract> : f32
        %v139 = llvm.load %v26 : !llvm.ptr -> f32
        %v140 = arith.addf %v138, %v139 fastmath<contract> : f32
        %v141 = llvm.load %v27 : !llvm.ptr -> f32
        %v142 = arith.addf %v140, %v141 fastmath<contract> : f32
        %v143 = llvm.load %v28 : !llvm.ptr -> f32
        %v144 = arith.addf %v142, %v143 fastmath<contract> : f32
        %v145 = llvm.getelementptr %dx_A[%v13] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v144, %v145 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
