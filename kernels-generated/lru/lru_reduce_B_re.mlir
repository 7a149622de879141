module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @lru_reduce_B_re(%part_B_re: !llvm.ptr, %dx_B_re: !llvm.ptr, %size_B: i64, %size_L: i64, %size_M: i64, %size_N: i64) kernel {
      %v1 = arith.constant 4 : i64
      %v2 = arith.constant 16 : i64
      %v3 = arith.constant 1 : i64
      %v4 = arith.muli %v3, %size_B : i64
      %v5 = arith.muli %v3, %v2 : i64
      %v6 = arith.muli %v5, %v1 : i64
      %v11 = arith.constant 256 : i64
      %v20 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v21 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v22 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v23 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v24 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v25 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v26 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v27 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v28 = arith.constant 0x00000000 : f32
      %v33 = arith.constant 0 : i64
      %v39 = arith.constant 64 : i64
      %v41 = arith.constant 8 : i64
      %v76 = arith.constant 2 : i64
      %v85 = arith.constant 3 : i64
      %v102 = arith.constant 5 : i64
      %v111 = arith.constant 6 : i64
      %v120 = arith.constant 7 : i64
      %v7 = gpu.block_id x
      %v8 = gpu.thread_id x
      %v9 = arith.index_cast %v8 : index to i64
      %v10 = arith.index_cast %v7 : index to i64
      %v12 = arith.muli %v10, %v11 : i64
      %v13 = arith.addi %v12, %v9 : i64
      %v14 = arith.cmpi slt, %v13, %v6 : i64
      %v15 = arith.subi %v6, %v3 : i64
      %v16 = arith.minsi %v13, %v15 : i64
      %v17 = arith.remui %v16, %size_B : i64
      %v18 = arith.divui %v16, %size_B : i64
      scf.if %v14 {
        %v19 = arith.constant true
        scf.if %v19 {
          llvm.store %v28, %v20 : f32, !llvm.ptr
          llvm.store %v28, %v21 : f32, !llvm.ptr
          llvm.store %v28, %v22 : f32, !llvm.ptr
          llvm.store %v28, %v23 : f32, !llvm.ptr
          llvm.store %v28, %v24 : f32, !llvm.ptr
          llvm.store %v28, %v25 : f32, !llvm.ptr
          llvm.store %v28, %v26 : f32, !llvm.ptr
          llvm.store %v28, %v27 : f32, !llvm.ptr
          %v29 = arith.remui %v13, %v1 : i64
          %v30 = arith.divui %v13, %v1 : i64
          %v31 = arith.remui %v30, %v2 : i64
          %v32 = arith.divui %v30, %v2 : i64
          %v34 = arith.muli %v33, %v2 : i64
          %v35 = arith.addi %v34, %v31 : i64
          %v36 = arith.muli %v35, %v1 : i64
          %v37 = arith.addi %v36, %v29 : i64
          %v38 = arith.muli %v3, %size_B : i64
          %v40 = arith.muli %v4, %v39 : i64
          %v42 = arith.index_cast %v33 : i64 to index
          %v43 = arith.index_cast %v38 : i64 to index
          %v44 = arith.index_cast %v3 : i64 to index
          scf.for %v45 = %v42 to %v43 step %v44 {
            %v46 = arith.index_cast %v45 : index to i64
            %v47 = arith.remui %v46, %size_B : i64
            %v48 = arith.divui %v46, %size_B : i64
            %v49 = arith.muli %v33, %size_B : i64
            %v50 = arith.addi %v49, %v47 : i64
            %v51 = arith.muli %v33, %v4 : i64
            %v52 = arith.addi %v51, %v50 : i64
            %v53 = arith.muli %v52, %v39 : i64
            %v54 = arith.addi %v53, %v37 : i64
            %v55 = arith.index_cast %v33 : i64 to index
            %v56 = arith.index_cast %v3 : i64 to index
            %v57 = arith.index_cast %v41 : i64 to index
            scf.for %v58 = %v55 to %v56 step %v57 {
              %v59 = arith.index_cast %v58 : index to i64
              %v60 = arith.addi %v59, %v33 : i64
              %v61 = arith.cmpi slt, %v60, %v3 : i64
              scf.if %v61 {
                %v62 = arith.muli %v60, %v40 : i64
                %v63 = arith.addi %v54, %v62 : i64
                %v64 = llvm.getelementptr %part_B_re[%v63] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v65 = llvm.load %v64 : !llvm.ptr -> f32
                %v66 = llvm.load %v20 : !llvm.ptr -> f32
                %v67 = arith.addf %v66, %v65 fastmath<contract> : f32
                llvm.store %v67, %v20 : f32, !llvm.ptr
              }
              %v68 = arith.addi %v59, %v3 : i64
              %v69 = arith.cmpi slt, %v68, %v3 : i64
              scf.if %v69 {
                %v70 = arith.muli %v68, %v40 : i64
                %v71 = arith.addi %v54, %v70 : i64
                %v72 = llvm.getelementptr %part_B_re[%v71] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v73 = llvm.load %v72 : !llvm.ptr -> f32
                %v74 = llvm.load %v21 : !llvm.ptr -> f32
                %v75 = arith.addf %v74, %v73 fastmath<contract> : f32
                llvm.store %v75, %v21 : f32, !llvm.ptr
              }
              %v77 = arith.addi %v59, %v76 : i64
              %v78 = arith.cmpi slt, %v77, %v3 : i64
              scf.if %v78 {
                %v79 = arith.muli %v77, %v40 : i64
                %v80 = arith.addi %v54, %v79 : i64
                %v81 = llvm.getelementptr %part_B_re[%v80] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v82 = llvm.load %v81 : !llvm.ptr -> f32
                %v83 = llvm.load %v22 : !llvm.ptr -> f32
                %v84 = arith.addf %v83, %v82 fastmath<contract> : f32
                llvm.store %v84, %v22 : f32, !llvm.ptr
              }
              %v86 = arith.addi %v59, %v85 : i64
              %v87 = arith.cmpi slt, %v86, %v3 : i64
              scf.if %v87 {
                %v88 = arith.muli %v86, %v40 : i64
                %v89 = arith.addi %v54, %v88 : i64
                %v90 = llvm.getelementptr %part_B_re[%v89] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v91 = llvm.load %v90 : !llvm.ptr -> f32
                %v92 = llvm.load %v23 : !llvm.ptr -> f32
                %v93 = arith.addf %v92, %v91 fastmath<contract> : f32
                llvm.store %v93, %v23 : f32, !llvm.ptr
              }
              %v94 = arith.addi %v59, %v1 : i64
              %v95 = arith.cmpi slt, %v94, %v3 : i64
              scf.if %v95 {
                %v96 = arith.muli %v94, %v40 : i64
                %v97 = arith.addi %v54, %v96 : i64
                %v98 = llvm.getelementptr %part_B_re[%v97] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v99 = llvm.load %v98 : !llvm.ptr -> f32
                %v100 = llvm.load %v24 : !llvm.ptr -> f32
                %v101 = arith.addf %v100, %v99 fastmath<contract> : f32
                llvm.store %v101, %v24 : f32, !llvm.ptr
              }
              %v103 = arith.addi %v59, %v102 : i64
              %v104 = arith.cmpi slt, %v103, %v3 : i64
              scf.if %v104 {
                %v105 = arith.muli %v103, %v40 : i64
                %v106 = arith.addi %v54, %v105 : i64
                %v107 = llvm.getelementptr %part_B_re[%v106] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v108 = llvm.load %v107 : !llvm.ptr -> f32
                %v109 = llvm.load %v25 : !llvm.ptr -> f32
                %v110 = arith.addf %v109, %v108 fastmath<contract> : f32
                llvm.store %v110, %v25 : f32, !llvm.ptr
              }
              %v112 = arith.addi %v59, %v111 : i64
              %v113 = arith.cmpi slt, %v112, %v3 : i64
              scf.if %v113 {
                %v114 = arith.muli %v112, %v40 : i64
                %v115 = arith.addi %v54, %v114 : i64
                %v116 = llvm.getelementptr %part_B_re[%v115] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v117 = llvm.load %v116 : !llvm.ptr -> f32
                %v118 = llvm.load %v26 : !llvm.ptr -> f32
                %v119 = arith.addf %v118, %v117 fastmath<contract> : f32
                llvm.store %v119, %v26 : f32, !llvm.ptr
              }
              %v121 = arith.addi %v59, %v120 : i64
              %v122 = arith.cmpi slt, %v121, %v3 : i64
              scf.if %v122 {
                %v123 = arith.muli %v121, %v40 : i64
                %v124 = arith.addi %v54, %v123 : i64
                %v125 = llvm.getelementptr %part_B_re[%v124] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v126 = llvm.load %v125 : !llvm.ptr -> f32
                %v127 = llvm.load %v27 : !llvm.ptr -> f32
                %v128 = arith.addf %v127, %v126 fastmath<contract> : f32
                llvm.store %v128, %v27 : f32, !llvm.ptr
              }
            }
          }
          %v129 = llvm.load %v20 : !llvm.ptr -> f32
          %v130 = llvm.load %v21 : !llvm.ptr -> f32
          %v131 = arith.addf %v129, %v130 fastmath<contract> : f32
          %v132 = llvm.load %v22 : !llvm.ptr -> f32
          %v133 = arith.addf %v131, %v132 fastmath<contract> : f32
          %v134 = llvm.load %v23 : !llvm.ptr -> f32
          %v135 = arith.addf %v133, %v134 fastmath<contract> : f32
          %v136 = llvm.load %v24 : !llvm.ptr -> f32
          %v137 = arith.addf %v135, %v136 fastmath<contract> : f32
          %v138 = llvm.load %v25 : !llvm.ptr -> f32
          %v139 = arith.addf %v137, %v138 fastmath<contract> : f32
          %v140 = llvm.load %v26 : !llvm.ptr -> f32
          %v141 = arith.addf %v139, %v140 fastmath<contract> : f32
          %v142 = llvm.load %v27 : !llvm.ptr -> f32
          %v143 = arith.addf %v141, %v142 fastmath<contract> : f32
          %v144 = llvm.getelementptr %dx_B_re[%v13] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v143, %v144 : f32, !llvm.ptr
        }
      }
      gpu.return
    }
  }
}
