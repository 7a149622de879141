module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @lru_seg_reduce_C_im(%part_C_im: !llvm.ptr, %dx_C_im: !llvm.ptr, %size_B: i64, %size_L: i64, %size_M: i64, %size_N: i64) kernel {
      %v1 = arith.constant 4 : i64
      %v2 = arith.constant 16 : i64
      %v3 = arith.constant 1 : i64
      %v4 = arith.muli %v3, %size_B : i64
      %v5 = arith.muli %v3, %v1 : i64
      %v6 = arith.muli %v5, %v2 : i64
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
      %v39 = arith.constant 255 : i64
      %v42 = arith.constant 64 : i64
      %v44 = arith.constant 8 : i64
      %v79 = arith.constant 2 : i64
      %v88 = arith.constant 3 : i64
      %v105 = arith.constant 5 : i64
      %v114 = arith.constant 6 : i64
      %v123 = arith.constant 7 : i64
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
          %v29 = arith.remui %v13, %v2 : i64
          %v30 = arith.divui %v13, %v2 : i64
          %v31 = arith.remui %v30, %v1 : i64
          %v32 = arith.divui %v30, %v1 : i64
          %v34 = arith.muli %v33, %v1 : i64
          %v35 = arith.addi %v34, %v31 : i64
          %v36 = arith.muli %v35, %v2 : i64
          %v37 = arith.addi %v36, %v29 : i64
          %v38 = arith.muli %v3, %size_B : i64
          %v40 = arith.addi %size_L, %v39 : i64
          %v41 = arith.divui %v40, %v11 : i64
          %v43 = arith.muli %v4, %v42 : i64
          %v45 = arith.index_cast %v33 : i64 to index
          %v46 = arith.index_cast %v38 : i64 to index
          %v47 = arith.index_cast %v3 : i64 to index
          scf.for %v48 = %v45 to %v46 step %v47 {
            %v49 = arith.index_cast %v48 : index to i64
            %v50 = arith.remui %v49, %size_B : i64
            %v51 = arith.divui %v49, %size_B : i64
            %v52 = arith.muli %v33, %size_B : i64
            %v53 = arith.addi %v52, %v50 : i64
            %v54 = arith.muli %v33, %v4 : i64
            %v55 = arith.addi %v54, %v53 : i64
            %v56 = arith.muli %v55, %v42 : i64
            %v57 = arith.addi %v56, %v37 : i64
            %v58 = arith.index_cast %v33 : i64 to index
            %v59 = arith.index_cast %v41 : i64 to index
            %v60 = arith.index_cast %v44 : i64 to index
            scf.for %v61 = %v58 to %v59 step %v60 {
              %v62 = arith.index_cast %v61 : index to i64
              %v63 = arith.addi %v62, %v33 : i64
              %v64 = arith.cmpi slt, %v63, %v41 : i64
              scf.if %v64 {
                %v65 = arith.muli %v63, %v43 : i64
                %v66 = arith.addi %v57, %v65 : i64
                %v67 = llvm.getelementptr %part_C_im[%v66] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v68 = llvm.load %v67 : !llvm.ptr -> f32
                %v69 = llvm.load %v20 : !llvm.ptr -> f32
                %v70 = arith.addf %v69, %v68 fastmath<contract> : f32
                llvm.store %v70, %v20 : f32, !llvm.ptr
              }
              %v71 = arith.addi %v62, %v3 : i64
              %v72 = arith.cmpi slt, %v71, %v41 : i64
              scf.if %v72 {
                %v73 = arith.muli %v71, %v43 : i64
                %v74 = arith.addi %v57, %v73 : i64
                %v75 = llvm.getelementptr %part_C_im[%v74] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v76 = llvm.load %v75 : !llvm.ptr -> f32
                %v77 = llvm.load %v21 : !llvm.ptr -> f32
                %v78 = arith.addf %v77, %v76 fastmath<contract> : f32
                llvm.store %v78, %v21 : f32, !llvm.ptr
              }
              %v80 = arith.addi %v62, %v79 : i64
              %v81 = arith.cmpi slt, %v80, %v41 : i64
              scf.if %v81 {
                %v82 = arith.muli %v80, %v43 : i64
                %v83 = arith.addi %v57, %v82 : i64
                %v84 = llvm.getelementptr %part_C_im[%v83] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v85 = llvm.load %v84 : !llvm.ptr -> f32
                %v86 = llvm.load %v22 : !llvm.ptr -> f32
                %v87 = arith.addf %v86, %v85 fastmath<contract> : f32
                llvm.store %v87, %v22 : f32, !llvm.ptr
              }
              %v89 = arith.addi %v62, %v88 : i64
              %v90 = arith.cmpi slt, %v89, %v41 : i64
              scf.if %v90 {
                %v91 = arith.muli %v89, %v43 : i64
                %v92 = arith.addi %v57, %v91 : i64
                %v93 = llvm.getelementptr %part_C_im[%v92] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v94 = llvm.load %v93 : !llvm.ptr -> f32
                %v95 = llvm.load %v23 : !llvm.ptr -> f32
                %v96 = arith.addf %v95, %v94 fastmath<contract> : f32
                llvm.store %v96, %v23 : f32, !llvm.ptr
              }
              %v97 = arith.addi %v62, %v1 : i64
              %v98 = arith.cmpi slt, %v97, %v41 : i64
              scf.if %v98 {
                %v99 = arith.muli %v97, %v43 : i64
                %v100 = arith.addi %v57, %v99 : i64
                %v101 = llvm.getelementptr %part_C_im[%v100] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v102 = llvm.load %v101 : !llvm.ptr -> f32
                %v103 = llvm.load %v24 : !llvm.ptr -> f32
                %v104 = arith.addf %v103, %v102 fastmath<contract> : f32
                llvm.store %v104, %v24 : f32, !llvm.ptr
              }
              %v106 = arith.addi %v62, %v105 : i64
              %v107 = arith.cmpi slt, %v106, %v41 : i64
              scf.if %v107 {
                %v108 = arith.muli %v106, %v43 : i64
                %v109 = arith.addi %v57, %v108 : i64
                %v110 = llvm.getelementptr %part_C_im[%v109] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v111 = llvm.load %v110 : !llvm.ptr -> f32
                %v112 = llvm.load %v25 : !llvm.ptr -> f32
                %v113 = arith.addf %v112, %v111 fastmath<contract> : f32
                llvm.store %v113, %v25 : f32, !llvm.ptr
              }
              %v115 = arith.addi %v62, %v114 : i64
              %v116 = arith.cmpi slt, %v115, %v41 : i64
              scf.if %v116 {
                %v117 = arith.muli %v115, %v43 : i64
                %v118 = arith.addi %v57, %v117 : i64
                %v119 = llvm.getelementptr %part_C_im[%v118] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v120 = llvm.load %v119 : !llvm.ptr -> f32
                %v121 = llvm.load %v26 : !llvm.ptr -> f32
                %v122 = arith.addf %v121, %v120 fastmath<contract> : f32
                llvm.store %v122, %v26 : f32, !llvm.ptr
              }
              %v124 = arith.addi %v62, %v123 : i64
              %v125 = arith.cmpi slt, %v124, %v41 : i64
              scf.if %v125 {
                %v126 = arith.muli %v124, %v43 : i64
                %v127 = arith.addi %v57, %v126 : i64
                %v128 = llvm.getelementptr %part_C_im[%v127] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v129 = llvm.load %v128 : !llvm.ptr -> f32
                %v130 = llvm.load %v27 : !llvm.ptr -> f32
                %v131 = arith.addf %v130, %v129 fastmath<contract> : f32
                llvm.store %v131, %v27 : f32, !llvm.ptr
              }
            }
          }
          %v132 = llvm.load %v20 : !llvm.ptr -> f32
          %v133 = llvm.load %v21 : !llvm.ptr -> f32
          %v134 = arith.addf %v132, %v133 fastmath<contract> : f32
          %v135 = llvm.load %v22 : !llvm.ptr -> f32
          %v136 = arith.addf %v134, %v135 fastmath<contract> : f32
          %v137 = llvm.load %v23 : !llvm.ptr -> f32
          %v138 = arith.addf %v136, %v137 fastmath<contract> : f32
          %v139 = llvm.load %v24 : !llvm.ptr -> f32
          %v140 = arith.addf %v138, %v139 fastmath<contract> : f32
          %v141 = llvm.load %v25 : !llvm.ptr -> f32
          %v142 = arith.addf %v140, %v141 fastmath<contract> : f32
          %v143 = llvm.load %v26 : !llvm.ptr -> f32
          %v144 = arith.addf %v142, %v143 fastmath<contract> : f32
          %v145 = llvm.load %v27 : !llvm.ptr -> f32
          %v146 = arith.addf %v144, %v145 fastmath<contract> : f32
          %v147 = llvm.getelementptr %dx_C_im[%v13] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v146, %v147 : f32, !llvm.ptr
        }
      }
      gpu.return
    }
  }
}
