module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @selective_scan_reduce_Cm(%part_Cm: !llvm.ptr, %dx_Cm: !llvm.ptr, %size_B: i64, %size_D: i64, %size_L: i64, %size_N: i64, %slice_first: i64, %slice_steps: i64) kernel {
      %v1 = arith.constant 16 : i64
      %v2 = arith.constant 1 : i64
      %v3 = arith.muli %v2, %size_B : i64
      %v4 = arith.muli %v3, %size_D : i64
      %v5 = arith.muli %v2, %size_B : i64
      %v6 = arith.muli %v5, %v1 : i64
      %v7 = arith.muli %v6, %slice_steps : i64
      %v12 = arith.constant 256 : i64
      %v30 = arith.constant 0 : i64
      %v37 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v38 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v39 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v40 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v41 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v42 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v43 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v44 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v45 = arith.constant 0x00000000 : f32
      %v46 = arith.constant 31 : i64
      %v48 = arith.constant 32 : i64
      %v50 = arith.constant 8 : i64
      %v77 = arith.constant 2 : i64
      %v86 = arith.constant 3 : i64
      %v95 = arith.constant 4 : i64
      %v104 = arith.constant 5 : i64
      %v113 = arith.constant 6 : i64
      %v122 = arith.constant 7 : i64
      %v8 = gpu.block_id x
      %v9 = gpu.thread_id x
      %v10 = arith.index_cast %v9 : index to i64
      %v11 = arith.index_cast %v8 : index to i64
      %v13 = arith.muli %v11, %v12 : i64
      %v14 = arith.addi %v13, %v10 : i64
      %v15 = arith.cmpi slt, %v14, %v7 : i64
      %v16 = arith.subi %v7, %v2 : i64
      %v17 = arith.minsi %v14, %v16 : i64
      %v18 = arith.remui %v17, %size_D : i64
      %v19 = arith.divui %v17, %size_D : i64
      %v20 = arith.remui %v19, %size_B : i64
      %v21 = arith.divui %v19, %size_B : i64
      scf.if %v15 {
        %v22 = arith.remui %v14, %slice_steps : i64
        %v23 = arith.divui %v14, %slice_steps : i64
        %v24 = arith.remui %v23, %v1 : i64
        %v25 = arith.divui %v23, %v1 : i64
        %v26 = arith.remui %v25, %size_B : i64
        %v27 = arith.divui %v25, %size_B : i64
        %v28 = arith.addi %slice_first, %v22 : i64
        %v29 = arith.cmpi slt, %v28, %size_L : i64
        %v31 = arith.muli %v30, %size_B : i64
        %v32 = arith.addi %v31, %v26 : i64
        %v33 = arith.muli %v32, %v1 : i64
        %v34 = arith.addi %v33, %v24 : i64
        %v35 = arith.muli %v34, %size_L : i64
        %v36 = arith.addi %v35, %v28 : i64
        scf.if %v29 {
          llvm.store %v45, %v37 : f32, !llvm.ptr
          llvm.store %v45, %v38 : f32, !llvm.ptr
          llvm.store %v45, %v39 : f32, !llvm.ptr
          llvm.store %v45, %v40 : f32, !llvm.ptr
          llvm.store %v45, %v41 : f32, !llvm.ptr
          llvm.store %v45, %v42 : f32, !llvm.ptr
          llvm.store %v45, %v43 : f32, !llvm.ptr
          llvm.store %v45, %v44 : f32, !llvm.ptr
          %v47 = arith.addi %size_D, %v46 : i64
          %v49 = arith.divui %v47, %v48 : i64
          %v51 = arith.index_cast %v30 : i64 to index
          %v52 = arith.index_cast %v2 : i64 to index
          %v53 = arith.index_cast %v2 : i64 to index
          scf.for %v54 = %v51 to %v52 step %v53 {
            %v55 = arith.index_cast %v54 : index to i64
            %v56 = arith.index_cast %v30 : i64 to index
            %v57 = arith.index_cast %v49 : i64 to index
            %v58 = arith.index_cast %v50 : i64 to index
            scf.for %v59 = %v56 to %v57 step %v58 {
              %v60 = arith.index_cast %v59 : index to i64
              %v61 = arith.addi %v60, %v30 : i64
              %v62 = arith.cmpi slt, %v61, %v49 : i64
              scf.if %v62 {
                %v63 = arith.muli %v61, %v7 : i64
                %v64 = arith.addi %v14, %v63 : i64
                %v65 = llvm.getelementptr %part_Cm[%v64] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v66 = llvm.load %v65 : !llvm.ptr -> f32
                %v67 = llvm.load %v37 : !llvm.ptr -> f32
                %v68 = arith.addf %v67, %v66 fastmath<contract> : f32
                llvm.store %v68, %v37 : f32, !llvm.ptr
              }
              %v69 = arith.addi %v60, %v2 : i64
              %v70 = arith.cmpi slt, %v69, %v49 : i64
              scf.if %v70 {
                %v71 = arith.muli %v69, %v7 : i64
                %v72 = arith.addi %v14, %v71 : i64
                %v73 = llvm.getelementptr %part_Cm[%v72] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v74 = llvm.load %v73 : !llvm.ptr -> f32
                %v75 = llvm.load %v38 : !llvm.ptr -> f32
                %v76 = arith.addf %v75, %v74 fastmath<contract> : f32
                llvm.store %v76, %v38 : f32, !llvm.ptr
              }
              %v78 = arith.addi %v60, %v77 : i64
              %v79 = arith.cmpi slt, %v78, %v49 : i64
              scf.if %v79 {
                %v80 = arith.muli %v78, %v7 : i64
                %v81 = arith.addi %v14, %v80 : i64
                %v82 = llvm.getelementptr %part_Cm[%v81] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v83 = llvm.load %v82 : !llvm.ptr -> f32
                %v84 = llvm.load %v39 : !llvm.ptr -> f32
                %v85 = arith.addf %v84, %v83 fastmath<contract> : f32
                llvm.store %v85, %v39 : f32, !llvm.ptr
              }
              %v87 = arith.addi %v60, %v86 : i64
              %v88 = arith.cmpi slt, %v87, %v49 : i64
              scf.if %v88 {
                %v89 = arith.muli %v87, %v7 : i64
                %v90 = arith.addi %v14, %v89 : i64
                %v91 = llvm.getelementptr %part_Cm[%v90] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v92 = llvm.load %v91 : !llvm.ptr -> f32
                %v93 = llvm.load %v40 : !llvm.ptr -> f32
                %v94 = arith.addf %v93, %v92 fastmath<contract> : f32
                llvm.store %v94, %v40 : f32, !llvm.ptr
              }
              %v96 = arith.addi %v60, %v95 : i64
              %v97 = arith.cmpi slt, %v96, %v49 : i64
              scf.if %v97 {
                %v98 = arith.muli %v96, %v7 : i64
                %v99 = arith.addi %v14, %v98 : i64
                %v100 = llvm.getelementptr %part_Cm[%v99] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v101 = llvm.load %v100 : !llvm.ptr -> f32
                %v102 = llvm.load %v41 : !llvm.ptr -> f32
                %v103 = arith.addf %v102, %v101 fastmath<contract> : f32
                llvm.store %v103, %v41 : f32, !llvm.ptr
              }
              %v105 = arith.addi %v60, %v104 : i64
              %v106 = arith.cmpi slt, %v105, %v49 : i64
              scf.if %v106 {
                %v107 = arith.muli %v105, %v7 : i64
                %v108 = arith.addi %v14, %v107 : i64
                %v109 = llvm.getelementptr %part_Cm[%v108] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v110 = llvm.load %v109 : !llvm.ptr -> f32
                %v111 = llvm.load %v42 : !llvm.ptr -> f32
                %v112 = arith.addf %v111, %v110 fastmath<contract> : f32
                llvm.store %v112, %v42 : f32, !llvm.ptr
              }
              %v114 = arith.addi %v60, %v113 : i64
              %v115 = arith.cmpi slt, %v114, %v49 : i64
              scf.if %v115 {
                %v116 = arith.muli %v114, %v7 : i64
                %v117 = arith.addi %v14, %v116 : i64
                %v118 = llvm.getelementptr %part_Cm[%v117] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v119 = llvm.load %v118 : !llvm.ptr -> f32
                %v120 = llvm.load %v43 : !llvm.ptr -> f32
                %v121 = arith.addf %v120, %v119 fastmath<contract> : f32
                llvm.store %v121, %v43 : f32, !llvm.ptr
              }
              %v123 = arith.addi %v60, %v122 : i64
              %v124 = arith.cmpi slt, %v123, %v49 : i64
              scf.if %v124 {
                %v125 = arith.muli %v123, %v7 : i64
                %v126 = arith.addi %v14, %v125 : i64
                %v127 = llvm.getelementptr %part_Cm[%v126] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v128 = llvm.load %v127 : !llvm.ptr -> f32
                %v129 = llvm.load %v44 : !llvm.ptr -> f32
                %v130 = arith.addf %v129, %v128 fastmath<contract> : f32
                llvm.store %v130, %v44 : f32, !llvm.ptr
              }
            }
          }
          %v131 = llvm.load %v37 : !llvm.ptr -> f32
          %v132 = llvm.load %v38 : !llvm.ptr -> f32
          %v133 = arith.addf %v131, %v132 fastmath<contract> : f32
          %v134 = llvm.load %v39 : !llvm.ptr -> f32
          %v135 = arith.addf %v133, %v134 fastmath<contract> : f32
          %v136 = llvm.load %v40 : !llvm.ptr -> f32
          %v137 = arith.addf %v135, %v136 fastmath<contract> : f32
          %v138 = llvm.load %v41 : !llvm.ptr -> f32
          %v139 = arith.addf %v137, %v138 fastmath<contract> : f32
          %v140 = llvm.load %v42 : !llvm.ptr -> f32
          %v141 = arith.addf %v139, %v140 fastmath<contract> : f32
          %v142 = llvm.load %v43 : !llvm.ptr -> f32
          %v143 = arith.addf %v141, %v142 fastmath<contract> : f32
          %v144 = llvm.load %v44 : !llvm.ptr -> f32
          %v145 = arith.addf %v143, %v144 fastmath<contract> : f32
          %v146 = llvm.getelementptr %dx_Cm[%v36] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v145, %v146 : f32, !llvm.ptr
        }
      }
      gpu.return
    }
  }
}
