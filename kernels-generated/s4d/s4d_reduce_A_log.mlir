module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @s4d_reduce_A_log(%part_A_log: !llvm.ptr, %dx_A_log: !llvm.ptr, %size_B: i64, %size_D: i64, %size_L: i64, %size_N: i64) kernel {
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
      %v40 = arith.constant 8 : i64
      %v77 = arith.constant 2 : i64
      %v86 = arith.constant 3 : i64
      %v95 = arith.constant 4 : i64
      %v104 = arith.constant 5 : i64
      %v113 = arith.constant 6 : i64
      %v122 = arith.constant 7 : i64
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
          %v39 = arith.muli %v4, %v1 : i64
          %v41 = arith.index_cast %v35 : i64 to index
          %v42 = arith.index_cast %v38 : i64 to index
          %v43 = arith.index_cast %v2 : i64 to index
          scf.for %v44 = %v41 to %v42 step %v43 {
            %v45 = arith.index_cast %v44 : index to i64
            %v46 = arith.remui %v45, %size_B : i64
            %v47 = arith.divui %v45, %size_B : i64
            %v48 = arith.muli %v35, %size_B : i64
            %v49 = arith.addi %v48, %v46 : i64
            %v50 = arith.muli %v49, %size_D : i64
            %v51 = arith.addi %v50, %v33 : i64
            %v52 = arith.muli %v35, %v4 : i64
            %v53 = arith.addi %v52, %v51 : i64
            %v54 = arith.muli %v53, %v1 : i64
            %v55 = arith.addi %v54, %v37 : i64
            %v56 = arith.index_cast %v35 : i64 to index
            %v57 = arith.index_cast %v2 : i64 to index
            %v58 = arith.index_cast %v40 : i64 to index
            scf.for %v59 = %v56 to %v57 step %v58 {
              %v60 = arith.index_cast %v59 : index to i64
              %v61 = arith.addi %v60, %v35 : i64
              %v62 = arith.cmpi slt, %v61, %v2 : i64
              scf.if %v62 {
                %v63 = arith.muli %v61, %v39 : i64
                %v64 = arith.addi %v55, %v63 : i64
                %v65 = llvm.getelementptr %part_A_log[%v64] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v66 = llvm.load %v65 : !llvm.ptr -> f32
                %v67 = llvm.load %v22 : !llvm.ptr -> f32
                %v68 = arith.addf %v67, %v66 fastmath<contract> : f32
                llvm.store %v68, %v22 : f32, !llvm.ptr
              }
              %v69 = arith.addi %v60, %v2 : i64
              %v70 = arith.cmpi slt, %v69, %v2 : i64
              scf.if %v70 {
                %v71 = arith.muli %v69, %v39 : i64
                %v72 = arith.addi %v55, %v71 : i64
                %v73 = llvm.getelementptr %part_A_log[%v72] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v74 = llvm.load %v73 : !llvm.ptr -> f32
                %v75 = llvm.load %v23 : !llvm.ptr -> f32
                %v76 = arith.addf %v75, %v74 fastmath<contract> : f32
                llvm.store %v76, %v23 : f32, !llvm.ptr
              }
              %v78 = arith.addi %v60, %v77 : i64
              %v79 = arith.cmpi slt, %v78, %v2 : i64
              scf.if %v79 {
                %v80 = arith.muli %v78, %v39 : i64
                %v81 = arith.addi %v55, %v80 : i64
                %v82 = llvm.getelementptr %part_A_log[%v81] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v83 = llvm.load %v82 : !llvm.ptr -> f32
                %v84 = llvm.load %v24 : !llvm.ptr -> f32
                %v85 = arith.addf %v84, %v83 fastmath<contract> : f32
                llvm.store %v85, %v24 : f32, !llvm.ptr
              }
              %v87 = arith.addi %v60, %v86 : i64
              %v88 = arith.cmpi slt, %v87, %v2 : i64
              scf.if %v88 {
                %v89 = arith.muli %v87, %v39 : i64
                %v90 = arith.addi %v55, %v89 : i64
                %v91 = llvm.getelementptr %part_A_log[%v90] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v92 = llvm.load %v91 : !llvm.ptr -> f32
                %v93 = llvm.load %v25 : !llvm.ptr -> f32
                %v94 = arith.addf %v93, %v92 fastmath<contract> : f32
                llvm.store %v94, %v25 : f32, !llvm.ptr
              }
              %v96 = arith.addi %v60, %v95 : i64
              %v97 = arith.cmpi slt, %v96, %v2 : i64
              scf.if %v97 {
                %v98 = arith.muli %v96, %v39 : i64
                %v99 = arith.addi %v55, %v98 : i64
                %v100 = llvm.getelementptr %part_A_log[%v99] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v101 = llvm.load %v100 : !llvm.ptr -> f32
                %v102 = llvm.load %v26 : !llvm.ptr -> f32
                %v103 = arith.addf %v102, %v101 fastmath<contract> : f32
                llvm.store %v103, %v26 : f32, !llvm.ptr
              }
              %v105 = arith.addi %v60, %v104 : i64
              %v106 = arith.cmpi slt, %v105, %v2 : i64
              scf.if %v106 {
                %v107 = arith.muli %v105, %v39 : i64
                %v108 = arith.addi %v55, %v107 : i64
                %v109 = llvm.getelementptr %part_A_log[%v108] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v110 = llvm.load %v109 : !llvm.ptr -> f32
                %v111 = llvm.load %v27 : !llvm.ptr -> f32
                %v112 = arith.addf %v111, %v110 fastmath<contract> : f32
                llvm.store %v112, %v27 : f32, !llvm.ptr
              }
              %v114 = arith.addi %v60, %v113 : i64
              %v115 = arith.cmpi slt, %v114, %v2 : i64
              scf.if %v115 {
                %v116 = arith.muli %v114, %v39 : i64
                %v117 = arith.addi %v55, %v116 : i64
                %v118 = llvm.getelementptr %part_A_log[%v117] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v119 = llvm.load %v118 : !llvm.ptr -> f32
                %v120 = llvm.load %v28 : !llvm.ptr -> f32
                %v121 = arith.addf %v120, %v119 fastmath<contract> : f32
                llvm.store %v121, %v28 : f32, !llvm.ptr
              }
              %v123 = arith.addi %v60, %v122 : i64
              %v124 = arith.cmpi slt, %v123, %v2 : i64
              scf.if %v124 {
                %v125 = arith.muli %v123, %v39 : i64
                %v126 = arith.addi %v55, %v125 : i64
                %v127 = llvm.getelementptr %part_A_log[%v126] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v128 = llvm.load %v127 : !llvm.ptr -> f32
                %v129 = llvm.load %v29 : !llvm.ptr -> f32
                %v130 = arith.addf %v129, %v128 fastmath<contract> : f32
                llvm.store %v130, %v29 : f32, !llvm.ptr
              }
            }
          }
          %v131 = llvm.load %v22 : !llvm.ptr -> f32
          %v132 = llvm.load %v23 : !llvm.ptr -> f32
          %v133 = arith.addf %v131, %v132 fastmath<contract> : f32
          %v134 = llvm.load %v24 : !llvm.ptr -> f32
          %v135 = arith.addf %v133, %v134 fastmath<contract> : f32
          %v136 = llvm.load %v25 : !llvm.ptr -> f32
          %v137 = arith.addf %v135, %v136 fastmath<contract> : f32
          %v138 = llvm.load %v26 : !llvm.ptr -> f32
          %v139 = arith.addf %v137, %v138 fastmath<contract> : f32
          %v140 = llvm.load %v27 : !llvm.ptr -> f32
          %v141 = arith.addf %v139, %v140 fastmath<contract> : f32
          %v142 = llvm.load %v28 : !llvm.ptr -> f32
          %v143 = arith.addf %v141, %v142 fastmath<contract> : f32
          %v144 = llvm.load %v29 : !llvm.ptr -> f32
          %v145 = arith.addf %v143, %v144 fastmath<contract> : f32
          %v146 = llvm.getelementptr %dx_A_log[%v13] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v145, %v146 : f32, !llvm.ptr
        }
      }
      gpu.return
    }
  }
}
