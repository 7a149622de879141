module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @s5_reduce_lam_im(%part_lam_im: !llvm.ptr, %dx_lam_im: !llvm.ptr, %size_B: i64, %size_L: i64, %size_M: i64, %size_N: i64) kernel {
      %v1 = arith.constant 4 : i64
      %v2 = arith.constant 16 : i64
      %v3 = arith.constant 1 : i64
      %v4 = arith.muli %v3, %size_B : i64
      %v5 = arith.muli %v3, %v2 : i64
      %v10 = arith.constant 256 : i64
      %v19 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v20 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v21 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v22 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v23 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v24 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v25 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v26 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v27 = arith.constant 0x00000000 : f32
      %v30 = arith.constant 0 : i64
      %v35 = arith.constant 8 : i64
      %v70 = arith.constant 2 : i64
      %v79 = arith.constant 3 : i64
      %v96 = arith.constant 5 : i64
      %v105 = arith.constant 6 : i64
      %v114 = arith.constant 7 : i64
      %v6 = gpu.block_id x
      %v7 = gpu.thread_id x
      %v8 = arith.index_cast %v7 : index to i64
      %v9 = arith.index_cast %v6 : index to i64
      %v11 = arith.muli %v9, %v10 : i64
      %v12 = arith.addi %v11, %v8 : i64
      %v13 = arith.cmpi slt, %v12, %v5 : i64
      %v14 = arith.subi %v5, %v3 : i64
      %v15 = arith.minsi %v12, %v14 : i64
      %v16 = arith.remui %v15, %size_B : i64
      %v17 = arith.divui %v15, %size_B : i64
      scf.if %v13 {
        %v18 = arith.constant true
        scf.if %v18 {
          llvm.store %v27, %v19 : f32, !llvm.ptr
          llvm.store %v27, %v20 : f32, !llvm.ptr
          llvm.store %v27, %v21 : f32, !llvm.ptr
          llvm.store %v27, %v22 : f32, !llvm.ptr
          llvm.store %v27, %v23 : f32, !llvm.ptr
          llvm.store %v27, %v24 : f32, !llvm.ptr
          llvm.store %v27, %v25 : f32, !llvm.ptr
          llvm.store %v27, %v26 : f32, !llvm.ptr
          %v28 = arith.remui %v12, %v2 : i64
          %v29 = arith.divui %v12, %v2 : i64
          %v31 = arith.muli %v30, %v2 : i64
          %v32 = arith.addi %v31, %v28 : i64
          %v33 = arith.muli %v3, %size_B : i64
          %v34 = arith.muli %v4, %v2 : i64
          %v36 = arith.index_cast %v30 : i64 to index
          %v37 = arith.index_cast %v33 : i64 to index
          %v38 = arith.index_cast %v3 : i64 to index
          scf.for %v39 = %v36 to %v37 step %v38 {
            %v40 = arith.index_cast %v39 : index to i64
            %v41 = arith.remui %v40, %size_B : i64
            %v42 = arith.divui %v40, %size_B : i64
            %v43 = arith.muli %v30, %size_B : i64
            %v44 = arith.addi %v43, %v41 : i64
            %v45 = arith.muli %v30, %v4 : i64
            %v46 = arith.addi %v45, %v44 : i64
            %v47 = arith.muli %v46, %v2 : i64
            %v48 = arith.addi %v47, %v32 : i64
            %v49 = arith.index_cast %v30 : i64 to index
            %v50 = arith.index_cast %v3 : i64 to index
            %v51 = arith.index_cast %v35 : i64 to index
            scf.for %v52 = %v49 to %v50 step %v51 {
              %v53 = arith.index_cast %v52 : index to i64
              %v54 = arith.addi %v53, %v30 : i64
              %v55 = arith.cmpi slt, %v54, %v3 : i64
              scf.if %v55 {
                %v56 = arith.muli %v54, %v34 : i64
                %v57 = arith.addi %v48, %v56 : i64
                %v58 = llvm.getelementptr %part_lam_im[%v57] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v59 = llvm.load %v58 : !llvm.ptr -> f32
                %v60 = llvm.load %v19 : !llvm.ptr -> f32
                %v61 = arith.addf %v60, %v59 fastmath<contract> : f32
                llvm.store %v61, %v19 : f32, !llvm.ptr
              }
              %v62 = arith.addi %v53, %v3 : i64
              %v63 = arith.cmpi slt, %v62, %v3 : i64
              scf.if %v63 {
                %v64 = arith.muli %v62, %v34 : i64
                %v65 = arith.addi %v48, %v64 : i64
                %v66 = llvm.getelementptr %part_lam_im[%v65] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v67 = llvm.load %v66 : !llvm.ptr -> f32
                %v68 = llvm.load %v20 : !llvm.ptr -> f32
                %v69 = arith.addf %v68, %v67 fastmath<contract> : f32
                llvm.store %v69, %v20 : f32, !llvm.ptr
              }
              %v71 = arith.addi %v53, %v70 : i64
              %v72 = arith.cmpi slt, %v71, %v3 : i64
              scf.if %v72 {
                %v73 = arith.muli %v71, %v34 : i64
                %v74 = arith.addi %v48, %v73 : i64
                %v75 = llvm.getelementptr %part_lam_im[%v74] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v76 = llvm.load %v75 : !llvm.ptr -> f32
                %v77 = llvm.load %v21 : !llvm.ptr -> f32
                %v78 = arith.addf %v77, %v76 fastmath<contract> : f32
                llvm.store %v78, %v21 : f32, !llvm.ptr
              }
              %v80 = arith.addi %v53, %v79 : i64
              %v81 = arith.cmpi slt, %v80, %v3 : i64
              scf.if %v81 {
                %v82 = arith.muli %v80, %v34 : i64
                %v83 = arith.addi %v48, %v82 : i64
                %v84 = llvm.getelementptr %part_lam_im[%v83] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v85 = llvm.load %v84 : !llvm.ptr -> f32
                %v86 = llvm.load %v22 : !llvm.ptr -> f32
                %v87 = arith.addf %v86, %v85 fastmath<contract> : f32
                llvm.store %v87, %v22 : f32, !llvm.ptr
              }
              %v88 = arith.addi %v53, %v1 : i64
              %v89 = arith.cmpi slt, %v88, %v3 : i64
              scf.if %v89 {
                %v90 = arith.muli %v88, %v34 : i64
                %v91 = arith.addi %v48, %v90 : i64
                %v92 = llvm.getelementptr %part_lam_im[%v91] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v93 = llvm.load %v92 : !llvm.ptr -> f32
                %v94 = llvm.load %v23 : !llvm.ptr -> f32
                %v95 = arith.addf %v94, %v93 fastmath<contract> : f32
                llvm.store %v95, %v23 : f32, !llvm.ptr
              }
              %v97 = arith.addi %v53, %v96 : i64
              %v98 = arith.cmpi slt, %v97, %v3 : i64
              scf.if %v98 {
                %v99 = arith.muli %v97, %v34 : i64
                %v100 = arith.addi %v48, %v99 : i64
                %v101 = llvm.getelementptr %part_lam_im[%v100] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v102 = llvm.load %v101 : !llvm.ptr -> f32
                %v103 = llvm.load %v24 : !llvm.ptr -> f32
                %v104 = arith.addf %v103, %v102 fastmath<contract> : f32
                llvm.store %v104, %v24 : f32, !llvm.ptr
              }
              %v106 = arith.addi %v53, %v105 : i64
              %v107 = arith.cmpi slt, %v106, %v3 : i64
              scf.if %v107 {
                %v108 = arith.muli %v106, %v34 : i64
                %v109 = arith.addi %v48, %v108 : i64
                %v110 = llvm.getelementptr %part_lam_im[%v109] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v111 = llvm.load %v110 : !llvm.ptr -> f32
                %v112 = llvm.load %v25 : !llvm.ptr -> f32
                %v113 = arith.addf %v112, %v111 fastmath<contract> : f32
                llvm.store %v113, %v25 : f32, !llvm.ptr
              }
              %v115 = arith.addi %v53, %v114 : i64
              %v116 = arith.cmpi slt, %v115, %v3 : i64
              scf.if %v116 {
                %v117 = arith.muli %v115, %v34 : i64
                %v118 = arith.addi %v48, %v117 : i64
                %v119 = llvm.getelementptr %part_lam_im[%v118] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v120 = llvm.load %v119 : !llvm.ptr -> f32
                %v121 = llvm.load %v26 : !llvm.ptr -> f32
                %v122 = arith.addf %v121, %v120 fastmath<contract> : f32
                llvm.store %v122, %v26 : f32, !llvm.ptr
              }
            }
          }
          %v123 = llvm.load %v19 : !llvm.ptr -> f32
          %v124 = llvm.load %v20 : !llvm.ptr -> f32
          %v125 = arith.addf %v123, %v124 fastmath<contract> : f32
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
          %v138 = llvm.getelementptr %dx_lam_im[%v12] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v137, %v138 : f32, !llvm.ptr
        }
      }
      gpu.return
    }
  }
}
