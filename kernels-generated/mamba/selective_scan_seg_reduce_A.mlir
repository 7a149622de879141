module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @selective_scan_seg_reduce_A(%part_A: !llvm.ptr, %dx_A: !llvm.ptr, %size_B: i64, %size_L: i64, %size_D: i64, %size_N: i64) kernel {
      %v1 = arith.constant 16 : i64
      %v2 = arith.constant 1 : i64
      %v3 = arith.muli %v2, %size_B : i64
      %v4 = arith.muli %v3, %size_D : i64
      %v5 = arith.muli %v2, %size_D : i64
      %v6 = arith.muli %v5, %v1 : i64
      %v11 = arith.constant 256 : i64
      %v22 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v23 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v24 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v25 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v26 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v27 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v28 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v29 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v30 = arith.constant 0x00000000 : f32
      %v35 = arith.constant 0 : i64
      %v39 = arith.constant 255 : i64
      %v43 = arith.constant 8 : i64
      %v80 = arith.constant 2 : i64
      %v89 = arith.constant 3 : i64
      %v98 = arith.constant 4 : i64
      %v107 = arith.constant 5 : i64
      %v116 = arith.constant 6 : i64
      %v125 = arith.constant 7 : i64
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
        %v21 = arith.constant true
        scf.if %v21 {
          llvm.store %v30, %v22 : f32, !llvm.ptr
          llvm.store %v30, %v23 : f32, !llvm.ptr
          llvm.store %v30, %v24 : f32, !llvm.ptr
          llvm.store %v30, %v25 : f32, !llvm.ptr
          llvm.store %v30, %v26 : f32, !llvm.ptr
          llvm.store %v30, %v27 : f32, !llvm.ptr
          llvm.store %v30, %v28 : f32, !llvm.ptr
          llvm.store %v30, %v29 : f32, !llvm.ptr
          %v31 = arith.remui %v13, %v1 : i64
          %v32 = arith.divui %v13, %v1 : i64
          %v33 = arith.remui %v32, %size_D : i64
          %v34 = arith.divui %v32, %size_D : i64
          %v36 = arith.muli %v35, %v1 : i64
          %v37 = arith.addi %v36, %v31 : i64
          %v38 = arith.muli %v2, %size_B : i64
          %v40 = arith.addi %size_L, %v39 : i64
          %v41 = arith.divui %v40, %v11 : i64
          %v42 = arith.muli %v4, %v1 : i64
          %v44 = arith.index_cast %v35 : i64 to index
          %v45 = arith.index_cast %v38 : i64 to index
          %v46 = arith.index_cast %v2 : i64 to index
          scf.for %v47 = %v44 to %v45 step %v46 {
            %v48 = arith.index_cast %v47 : index to i64
            %v49 = arith.remui %v48, %size_B : i64
            %v50 = arith.divui %v48, %size_B : i64
            %v51 = arith.muli %v35, %size_B : i64
            %v52 = arith.addi %v51, %v49 : i64
            %v53 = arith.muli %v52, %size_D : i64
            %v54 = arith.addi %v53, %v33 : i64
            %v55 = arith.muli %v35, %v4 : i64
            %v56 = arith.addi %v55, %v54 : i64
            %v57 = arith.muli %v56, %v1 : i64
            %v58 = arith.addi %v57, %v37 : i64
            %v59 = arith.index_cast %v35 : i64 to index
            %v60 = arith.index_cast %v41 : i64 to index
            %v61 = arith.index_cast %v43 : i64 to index
            scf.for %v62 = %v59 to %v60 step %v61 {
              %v63 = arith.index_cast %v62 : index to i64
              %v64 = arith.addi %v63, %v35 : i64
              %v65 = arith.cmpi slt, %v64, %v41 : i64
              scf.if %v65 {
                %v66 = arith.muli %v64, %v42 : i64
                %v67 = arith.addi %v58, %v66 : i64
                %v68 = llvm.getelementptr %part_A[%v67] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v69 = llvm.load %v68 : !llvm.ptr -> f32
                %v70 = llvm.load %v22 : !llvm.ptr -> f32
                %v71 = arith.addf %v70, %v69 fastmath<contract> : f32
                llvm.store %v71, %v22 : f32, !llvm.ptr
              }
              %v72 = arith.addi %v63, %v2 : i64
              %v73 = arith.cmpi slt, %v72, %v41 : i64
              scf.if %v73 {
                %v74 = arith.muli %v72, %v42 : i64
                %v75 = arith.addi %v58, %v74 : i64
                %v76 = llvm.getelementptr %part_A[%v75] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v77 = llvm.load %v76 : !llvm.ptr -> f32
                %v78 = llvm.load %v23 : !llvm.ptr -> f32
                %v79 = arith.addf %v78, %v77 fastmath<contract> : f32
                llvm.store %v79, %v23 : f32, !llvm.ptr
              }
              %v81 = arith.addi %v63, %v80 : i64
              %v82 = arith.cmpi slt, %v81, %v41 : i64
              scf.if %v82 {
                %v83 = arith.muli %v81, %v42 : i64
                %v84 = arith.addi %v58, %v83 : i64
                %v85 = llvm.getelementptr %part_A[%v84] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v86 = llvm.load %v85 : !llvm.ptr -> f32
                %v87 = llvm.load %v24 : !llvm.ptr -> f32
                %v88 = arith.addf %v87, %v86 fastmath<contract> : f32
                llvm.store %v88, %v24 : f32, !llvm.ptr
              }
              %v90 = arith.addi %v63, %v89 : i64
              %v91 = arith.cmpi slt, %v90, %v41 : i64
              scf.if %v91 {
                %v92 = arith.muli %v90, %v42 : i64
                %v93 = arith.addi %v58, %v92 : i64
                %v94 = llvm.getelementptr %part_A[%v93] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v95 = llvm.load %v94 : !llvm.ptr -> f32
                %v96 = llvm.load %v25 : !llvm.ptr -> f32
                %v97 = arith.addf %v96, %v95 fastmath<contract> : f32
                llvm.store %v97, %v25 : f32, !llvm.ptr
              }
              %v99 = arith.addi %v63, %v98 : i64
              %v100 = arith.cmpi slt, %v99, %v41 : i64
              scf.if %v100 {
                %v101 = arith.muli %v99, %v42 : i64
                %v102 = arith.addi %v58, %v101 : i64
                %v103 = llvm.getelementptr %part_A[%v102] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v104 = llvm.load %v103 : !llvm.ptr -> f32
                %v105 = llvm.load %v26 : !llvm.ptr -> f32
                %v106 = arith.addf %v105, %v104 fastmath<contract> : f32
                llvm.store %v106, %v26 : f32, !llvm.ptr
              }
              %v108 = arith.addi %v63, %v107 : i64
              %v109 = arith.cmpi slt, %v108, %v41 : i64
              scf.if %v109 {
                %v110 = arith.muli %v108, %v42 : i64
                %v111 = arith.addi %v58, %v110 : i64
                %v112 = llvm.getelementptr %part_A[%v111] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v113 = llvm.load %v112 : !llvm.ptr -> f32
                %v114 = llvm.load %v27 : !llvm.ptr -> f32
                %v115 = arith.addf %v114, %v113 fastmath<contract> : f32
                llvm.store %v115, %v27 : f32, !llvm.ptr
              }
              %v117 = arith.addi %v63, %v116 : i64
              %v118 = arith.cmpi slt, %v117, %v41 : i64
              scf.if %v118 {
                %v119 = arith.muli %v117, %v42 : i64
                %v120 = arith.addi %v58, %v119 : i64
                %v121 = llvm.getelementptr %part_A[%v120] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v122 = llvm.load %v121 : !llvm.ptr -> f32
                %v123 = llvm.load %v28 : !llvm.ptr -> f32
                %v124 = arith.addf %v123, %v122 fastmath<contract> : f32
                llvm.store %v124, %v28 : f32, !llvm.ptr
              }
              %v126 = arith.addi %v63, %v125 : i64
              %v127 = arith.cmpi slt, %v126, %v41 : i64
              scf.if %v127 {
                %v128 = arith.muli %v126, %v42 : i64
                %v129 = arith.addi %v58, %v128 : i64
                %v130 = llvm.getelementptr %part_A[%v129] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v131 = llvm.load %v130 : !llvm.ptr -> f32
                %v132 = llvm.load %v29 : !llvm.ptr -> f32
                %v133 = arith.addf %v132, %v131 fastmath<contract> : f32
                llvm.store %v133, %v29 : f32, !llvm.ptr
              }
            }
          }
          %v134 = llvm.load %v22 : !llvm.ptr -> f32
          %v135 = llvm.load %v23 : !llvm.ptr -> f32
          %v136 = arith.addf %v134, %v135 fastmath<contract> : f32
          %v137 = llvm.load %v24 : !llvm.ptr -> f32
          %v138 = arith.addf %v136, %v137 fastmath<contract> : f32
          %v139 = llvm.load %v25 : !llvm.ptr -> f32
          %v140 = arith.addf %v138, %v139 fastmath<contract> : f32
          %v141 = llvm.load %v26 : !llvm.ptr -> f32
          %v142 = arith.addf %v140, %v141 fastmath<contract> : f32
          %v143 = llvm.load %v27 : !llvm.ptr -> f32
          %v144 = arith.addf %v142, %v143 fastmath<contract> : f32
          %v145 = llvm.load %v28 : !llvm.ptr -> f32
          %v146 = arith.addf %v144, %v145 fastmath<contract> : f32
          %v147 = llvm.load %v29 : !llvm.ptr -> f32
          %v148 = arith.addf %v146, %v147 fastmath<contract> : f32
          %v149 = llvm.getelementptr %dx_A[%v13] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v148, %v149 : f32, !llvm.ptr
        }
      }
      gpu.return
    }
  }
}
