module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @ema_seg_reduce_w(%part_w: !llvm.ptr, %dx_w: !llvm.ptr, %size_B: i64, %size_D: i64, %size_L: i64) kernel {
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
      %v33 = arith.constant 255 : i64
      %v37 = arith.constant 8 : i64
      %v74 = arith.constant 2 : i64
      %v83 = arith.constant 3 : i64
      %v92 = arith.constant 4 : i64
      %v101 = arith.constant 5 : i64
      %v110 = arith.constant 6 : i64
      %v119 = arith.constant 7 : i64
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
          %v34 = arith.addi %size_L, %v33 : i64
          %v35 = arith.divui %v34, %v9 : i64
          %v36 = arith.muli %v3, %v1 : i64
          %v38 = arith.index_cast %v31 : i64 to index
          %v39 = arith.index_cast %v32 : i64 to index
          %v40 = arith.index_cast %v1 : i64 to index
          scf.for %v41 = %v38 to %v39 step %v40 {
            %v42 = arith.index_cast %v41 : index to i64
            %v43 = arith.remui %v42, %size_B : i64
            %v44 = arith.divui %v42, %size_B : i64
            %v45 = arith.muli %v31, %size_B : i64
            %v46 = arith.addi %v45, %v43 : i64
            %v47 = arith.muli %v46, %size_D : i64
            %v48 = arith.addi %v47, %v29 : i64
            %v49 = arith.muli %v31, %v3 : i64
            %v50 = arith.addi %v49, %v48 : i64
            %v51 = arith.muli %v50, %v1 : i64
            %v52 = arith.addi %v51, %v31 : i64
            %v53 = arith.index_cast %v31 : i64 to index
            %v54 = arith.index_cast %v35 : i64 to index
            %v55 = arith.index_cast %v37 : i64 to index
            scf.for %v56 = %v53 to %v54 step %v55 {
              %v57 = arith.index_cast %v56 : index to i64
              %v58 = arith.addi %v57, %v31 : i64
              %v59 = arith.cmpi slt, %v58, %v35 : i64
              scf.if %v59 {
                %v60 = arith.muli %v58, %v36 : i64
                %v61 = arith.addi %v52, %v60 : i64
                %v62 = llvm.getelementptr %part_w[%v61] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v63 = llvm.load %v62 : !llvm.ptr -> f32
                %v64 = llvm.load %v20 : !llvm.ptr -> f32
                %v65 = arith.addf %v64, %v63 fastmath<contract> : f32
                llvm.store %v65, %v20 : f32, !llvm.ptr
              }
              %v66 = arith.addi %v57, %v1 : i64
              %v67 = arith.cmpi slt, %v66, %v35 : i64
              scf.if %v67 {
                %v68 = arith.muli %v66, %v36 : i64
                %v69 = arith.addi %v52, %v68 : i64
                %v70 = llvm.getelementptr %part_w[%v69] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v71 = llvm.load %v70 : !llvm.ptr -> f32
                %v72 = llvm.load %v21 : !llvm.ptr -> f32
                %v73 = arith.addf %v72, %v71 fastmath<contract> : f32
                llvm.store %v73, %v21 : f32, !llvm.ptr
              }
              %v75 = arith.addi %v57, %v74 : i64
              %v76 = arith.cmpi slt, %v75, %v35 : i64
              scf.if %v76 {
                %v77 = arith.muli %v75, %v36 : i64
                %v78 = arith.addi %v52, %v77 : i64
                %v79 = llvm.getelementptr %part_w[%v78] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v80 = llvm.load %v79 : !llvm.ptr -> f32
                %v81 = llvm.load %v22 : !llvm.ptr -> f32
                %v82 = arith.addf %v81, %v80 fastmath<contract> : f32
                llvm.store %v82, %v22 : f32, !llvm.ptr
              }
              %v84 = arith.addi %v57, %v83 : i64
              %v85 = arith.cmpi slt, %v84, %v35 : i64
              scf.if %v85 {
                %v86 = arith.muli %v84, %v36 : i64
                %v87 = arith.addi %v52, %v86 : i64
                %v88 = llvm.getelementptr %part_w[%v87] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v89 = llvm.load %v88 : !llvm.ptr -> f32
                %v90 = llvm.load %v23 : !llvm.ptr -> f32
                %v91 = arith.addf %v90, %v89 fastmath<contract> : f32
                llvm.store %v91, %v23 : f32, !llvm.ptr
              }
              %v93 = arith.addi %v57, %v92 : i64
              %v94 = arith.cmpi slt, %v93, %v35 : i64
              scf.if %v94 {
                %v95 = arith.muli %v93, %v36 : i64
                %v96 = arith.addi %v52, %v95 : i64
                %v97 = llvm.getelementptr %part_w[%v96] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v98 = llvm.load %v97 : !llvm.ptr -> f32
                %v99 = llvm.load %v24 : !llvm.ptr -> f32
                %v100 = arith.addf %v99, %v98 fastmath<contract> : f32
                llvm.store %v100, %v24 : f32, !llvm.ptr
              }
              %v102 = arith.addi %v57, %v101 : i64
              %v103 = arith.cmpi slt, %v102, %v35 : i64
              scf.if %v103 {
                %v104 = arith.muli %v102, %v36 : i64
                %v105 = arith.addi %v52, %v104 : i64
                %v106 = llvm.getelementptr %part_w[%v105] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v107 = llvm.load %v106 : !llvm.ptr -> f32
                %v108 = llvm.load %v25 : !llvm.ptr -> f32
                %v109 = arith.addf %v108, %v107 fastmath<contract> : f32
                llvm.store %v109, %v25 : f32, !llvm.ptr
              }
              %v111 = arith.addi %v57, %v110 : i64
              %v112 = arith.cmpi slt, %v111, %v35 : i64
              scf.if %v112 {
                %v113 = arith.muli %v111, %v36 : i64
                %v114 = arith.addi %v52, %v113 : i64
                %v115 = llvm.getelementptr %part_w[%v114] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v116 = llvm.load %v115 : !llvm.ptr -> f32
                %v117 = llvm.load %v26 : !llvm.ptr -> f32
                %v118 = arith.addf %v117, %v116 fastmath<contract> : f32
                llvm.store %v118, %v26 : f32, !llvm.ptr
              }
              %v120 = arith.addi %v57, %v119 : i64
              %v121 = arith.cmpi slt, %v120, %v35 : i64
              scf.if %v121 {
                %v122 = arith.muli %v120, %v36 : i64
                %v123 = arith.addi %v52, %v122 : i64
                %v124 = llvm.getelementptr %part_w[%v123] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v125 = llvm.load %v124 : !llvm.ptr -> f32
                %v126 = llvm.load %v27 : !llvm.ptr -> f32
                %v127 = arith.addf %v126, %v125 fastmath<contract> : f32
                llvm.store %v127, %v27 : f32, !llvm.ptr
              }
            }
          }
          %v128 = llvm.load %v20 : !llvm.ptr -> f32
          %v129 = llvm.load %v21 : !llvm.ptr -> f32
          %v130 = arith.addf %v128, %v129 fastmath<contract> : f32
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
          %v143 = llvm.getelementptr %dx_w[%v11] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v142, %v143 : f32, !llvm.ptr
        }
      }
      gpu.return
    }
  }
}
