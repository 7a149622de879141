module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @hgrn_complex_reduce_gamma(%part_gamma: !llvm.ptr, %dx_gamma: !llvm.ptr, %size_B: i64, %size_D: i64, %size_L: i64) kernel {
      %v1 = arith.constant 1 : i64
      %v2 = arith.muli %v1, %size_B : i64
      %v3 = arith.muli %v2, %size_D : i64
      %v4 = arith.muli %v1, %size_D : i64
      %v9 = arith.constant 256 : i64
      %v20 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v21 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v22 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v23 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v24 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v25 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v26 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v27 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v28 = arith.constant 0x00000000 : f32
      %v31 = arith.constant 0 : i64
      %v34 = arith.constant 8 : i64
      %v71 = arith.constant 2 : i64
      %v80 = arith.constant 3 : i64
      %v89 = arith.constant 4 : i64
      %v98 = arith.constant 5 : i64
      %v107 = arith.constant 6 : i64
      %v116 = arith.constant 7 : i64
      %v5 = gpu.block_id x
      %v6 = gpu.thread_id x
      %v7 = arith.index_cast %v6 : index to i64
      %v8 = arith.index_cast %v5 : index to i64
      %v10 = arith.muli %v8, %v9 : i64
      %v11 = arith.addi %v10, %v7 : i64
      %v12 = arith.cmpi slt, %v11, %v4 : i64
      %v13 = arith.subi %v4, %v1 : i64
      %v14 = arith.minsi %v11, %v13 : i64
      %v15 = arith.remui %v14, %size_D : i64
      %v16 = arith.divui %v14, %size_D : i64
      %v17 = arith.remui %v16, %size_B : i64
      %v18 = arith.divui %v16, %size_B : i64
      scf.if %v12 {
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
          %v29 = arith.remui %v11, %size_D : i64
          %v30 = arith.divui %v11, %size_D : i64
          %v32 = arith.muli %v1, %size_B : i64
          %v33 = arith.muli %v3, %v1 : i64
          %v35 = arith.index_cast %v31 : i64 to index
          %v36 = arith.index_cast %v32 : i64 to index
          %v37 = arith.index_cast %v1 : i64 to index
          scf.for %v38 = %v35 to %v36 step %v37 {
            %v39 = arith.index_cast %v38 : index to i64
            %v40 = arith.remui %v39, %size_B : i64
            %v41 = arith.divui %v39, %size_B : i64
            %v42 = arith.muli %v31, %size_B : i64
            %v43 = arith.addi %v42, %v40 : i64
            %v44 = arith.muli %v43, %size_D : i64
            %v45 = arith.addi %v44, %v29 : i64
            %v46 = arith.muli %v31, %v3 : i64
            %v47 = arith.addi %v46, %v45 : i64
            %v48 = arith.muli %v47, %v1 : i64
            %v49 = arith.addi %v48, %v31 : i64
            %v50 = arith.index_cast %v31 : i64 to index
            %v51 = arith.index_cast %v1 : i64 to index
            %v52 = arith.index_cast %v34 : i64 to index
            scf.for %v53 = %v50 to %v51 step %v52 {
              %v54 = arith.index_cast %v53 : index to i64
              %v55 = arith.addi %v54, %v31 : i64
              %v56 = arith.cmpi slt, %v55, %v1 : i64
              scf.if %v56 {
                %v57 = arith.muli %v55, %v33 : i64
                %v58 = arith.addi %v49, %v57 : i64
                %v59 = llvm.getelementptr %part_gamma[%v58] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v60 = llvm.load %v59 : !llvm.ptr -> f32
                %v61 = llvm.load %v20 : !llvm.ptr -> f32
                %v62 = arith.addf %v61, %v60 fastmath<contract> : f32
                llvm.store %v62, %v20 : f32, !llvm.ptr
              }
              %v63 = arith.addi %v54, %v1 : i64
              %v64 = arith.cmpi slt, %v63, %v1 : i64
              scf.if %v64 {
                %v65 = arith.muli %v63, %v33 : i64
                %v66 = arith.addi %v49, %v65 : i64
                %v67 = llvm.getelementptr %part_gamma[%v66] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v68 = llvm.load %v67 : !llvm.ptr -> f32
                %v69 = llvm.load %v21 : !llvm.ptr -> f32
                %v70 = arith.addf %v69, %v68 fastmath<contract> : f32
                llvm.store %v70, %v21 : f32, !llvm.ptr
              }
              %v72 = arith.addi %v54, %v71 : i64
              %v73 = arith.cmpi slt, %v72, %v1 : i64
              scf.if %v73 {
                %v74 = arith.muli %v72, %v33 : i64
                %v75 = arith.addi %v49, %v74 : i64
                %v76 = llvm.getelementptr %part_gamma[%v75] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v77 = llvm.load %v76 : !llvm.ptr -> f32
                %v78 = llvm.load %v22 : !llvm.ptr -> f32
                %v79 = arith.addf %v78, %v77 fastmath<contract> : f32
                llvm.store %v79, %v22 : f32, !llvm.ptr
              }
              %v81 = arith.addi %v54, %v80 : i64
              %v82 = arith.cmpi slt, %v81, %v1 : i64
              scf.if %v82 {
                %v83 = arith.muli %v81, %v33 : i64
                %v84 = arith.addi %v49, %v83 : i64
                %v85 = llvm.getelementptr %part_gamma[%v84] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v86 = llvm.load %v85 : !llvm.ptr -> f32
                %v87 = llvm.load %v23 : !llvm.ptr -> f32
                %v88 = arith.addf %v87, %v86 fastmath<contract> : f32
                llvm.store %v88, %v23 : f32, !llvm.ptr
              }
              %v90 = arith.addi %v54, %v89 : i64
              %v91 = arith.cmpi slt, %v90, %v1 : i64
              scf.if %v91 {
                %v92 = arith.muli %v90, %v33 : i64
                %v93 = arith.addi %v49, %v92 : i64
                %v94 = llvm.getelementptr %part_gamma[%v93] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v95 = llvm.load %v94 : !llvm.ptr -> f32
                %v96 = llvm.load %v24 : !llvm.ptr -> f32
                %v97 = arith.addf %v96, %v95 fastmath<contract> : f32
                llvm.store %v97, %v24 : f32, !llvm.ptr
              }
              %v99 = arith.addi %v54, %v98 : i64
              %v100 = arith.cmpi slt, %v99, %v1 : i64
              scf.if %v100 {
                %v101 = arith.muli %v99, %v33 : i64
                %v102 = arith.addi %v49, %v101 : i64
                %v103 = llvm.getelementptr %part_gamma[%v102] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v104 = llvm.load %v103 : !llvm.ptr -> f32
                %v105 = llvm.load %v25 : !llvm.ptr -> f32
                %v106 = arith.addf %v105, %v104 fastmath<contract> : f32
                llvm.store %v106, %v25 : f32, !llvm.ptr
              }
              %v108 = arith.addi %v54, %v107 : i64
              %v109 = arith.cmpi slt, %v108, %v1 : i64
              scf.if %v109 {
                %v110 = arith.muli %v108, %v33 : i64
                %v111 = arith.addi %v49, %v110 : i64
                %v112 = llvm.getelementptr %part_gamma[%v111] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v113 = llvm.load %v112 : !llvm.ptr -> f32
                %v114 = llvm.load %v26 : !llvm.ptr -> f32
                %v115 = arith.addf %v114, %v113 fastmath<contract> : f32
                llvm.store %v115, %v26 : f32, !llvm.ptr
              }
              %v117 = arith.addi %v54, %v116 : i64
              %v118 = arith.cmpi slt, %v117, %v1 : i64
              scf.if %v118 {
                %v119 = arith.muli %v117, %v33 : i64
                %v120 = arith.addi %v49, %v119 : i64
                %v121 = llvm.getelementptr %part_gamma[%v120] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v122 = llvm.load %v121 : !llvm.ptr -> f32
                %v123 = llvm.load %v27 : !llvm.ptr -> f32
                %v124 = arith.addf %v123, %v122 fastmath<contract> : f32
                llvm.store %v124, %v27 : f32, !llvm.ptr
              }
            }
          }
          %v125 = llvm.load %v20 : !llvm.ptr -> f32
          %v126 = llvm.load %v21 : !llvm.ptr -> f32
          %v127 = arith.addf %v125, %v126 fastmath<contract> : f32
          %v128 = llvm.load %v22 : !llvm.ptr -> f32
          %v129 = arith.addf %v127, %v128 fastmath<contract> : f32
          %v130 = llvm.load %v23 : !llvm.ptr -> f32
          %v131 = arith.addf %v129, %v130 fastmath<contract> : f32
          %v132 = llvm.load %v24 : !llvm.ptr -> f32
          %v133 = arith.addf %v131, %v132 fastmath<contract> : f32
          %v134 = llvm.load %v25 : !llvm.ptr -> f32
          %v135 = arith.addf %v133, %v134 fastmath<contract> : f32
          %v136 = llvm.load %v26 : !llvm.ptr -> f32
          %v137 = arith.addf %v135, %v136 fastmath<contract> : f32
          %v138 = llvm.load %v27 : !llvm.ptr -> f32
          %v139 = arith.addf %v137, %v138 fastmath<contract> : f32
          %v140 = llvm.getelementptr %dx_gamma[%v11] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v139, %v140 : f32, !llvm.ptr
        }
      }
      gpu.return
    }
  }
}
