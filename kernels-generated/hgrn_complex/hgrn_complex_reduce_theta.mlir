module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @hgrn_complex_reduce_theta(%part_theta: !llvm.ptr, %dx_theta: !llvm.ptr, %size_B: i64, %size_D: i64, %size_L: i64) kernel {
      %v1 = arith.constant 1 : i64
      %v2 = arith.muli %v1, %size_B : i64
      %v3 = arith.muli %v2, %size_D : i64
      %v4 = arith.muli %v1, %size_D : i64
      %v9 = arith.constant 256 : i64
      %v19 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v20 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v21 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v22 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v23 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v24 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v25 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v26 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v27 = arith.constant 0x00000000 : f32
      %v30 = arith.constant 0 : i64
      %v33 = arith.constant 8 : i64
      %v70 = arith.constant 2 : i64
      %v79 = arith.constant 3 : i64
      %v88 = arith.constant 4 : i64
      %v97 = arith.constant 5 : i64
      %v106 = arith.constant 6 : i64
      %v115 = arith.constant 7 : i64
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
        llvm.store %v27, %v19 : f32, !llvm.ptr
        llvm.store %v27, %v20 : f32, !llvm.ptr
        llvm.store %v27, %v21 : f32, !llvm.ptr
        llvm.store %v27, %v22 : f32, !llvm.ptr
        llvm.store %v27, %v23 : f32, !llvm.ptr
        llvm.store %v27, %v24 : f32, !llvm.ptr
        llvm.store %v27, %v25 : f32, !llvm.ptr
        llvm.store %v27, %v26 : f32, !llvm.ptr
        %v28 = arith.remui %v11, %size_D : i64
        %v29 = arith.divui %v11, %size_D : i64
        %v31 = arith.muli %v1, %size_B : i64
        %v32 = arith.muli %v3, %v1 : i64
        %v34 = arith.index_cast %v30 : i64 to index
        %v35 = arith.index_cast %v31 : i64 to index
        %v36 = arith.index_cast %v1 : i64 to index
        scf.for %v37 = %v34 to %v35 step %v36 {
          %v38 = arith.index_cast %v37 : index to i64
          %v39 = arith.remui %v38, %size_B : i64
          %v40 = arith.divui %v38, %size_B : i64
          %v41 = arith.muli %v30, %size_B : i64
          %v42 = arith.addi %v41, %v39 : i64
          %v43 = arith.muli %v42, %size_D : i64
          %v44 = arith.addi %v43, %v28 : i64
          %v45 = arith.muli %v30, %v3 : i64
          %v46 = arith.addi %v45, %v44 : i64
          %v47 = arith.muli %v46, %v1 : i64
          %v48 = arith.addi %v47, %v30 : i64
          %v49 = arith.index_cast %v30 : i64 to index
          %v50 = arith.index_cast %v1 : i64 to index
          %v51 = arith.index_cast %v33 : i64 to index
          scf.for %v52 = %v49 to %v50 step %v51 {
            %v53 = arith.index_cast %v52 : index to i64
            %v54 = arith.addi %v53, %v30 : i64
            %v55 = arith.cmpi slt, %v54, %v1 : i64
            scf.if %v55 {
              %v56 = arith.muli %v54, %v32 : i64
              %v57 = arith.addi %v48, %v56 : i64
              %v58 = llvm.getelementptr %part_theta[%v57] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v59 = llvm.load %v58 : !llvm.ptr -> f32
              %v60 = llvm.load %v19 : !llvm.ptr -> f32
              %v61 = arith.addf %v60, %v59 fastmath<contract> : f32
              llvm.store %v61, %v19 : f32, !llvm.ptr
            }
            %v62 = arith.addi %v53, %v1 : i64
            %v63 = arith.cmpi slt, %v62, %v1 : i64
            scf.if %v63 {
              %v64 = arith.muli %v62, %v32 : i64
              %v65 = arith.addi %v48, %v64 : i64
              %v66 = llvm.getelementptr %part_theta[%v65] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v67 = llvm.load %v66 : !llvm.ptr -> f32
              %v68 = llvm.load %v20 : !llvm.ptr -> f32
              %v69 = arith.addf %v68, %v67 fastmath<contract> : f32
              llvm.store %v69, %v20 : f32, !llvm.ptr
            }
            %v71 = arith.addi %v53, %v70 : i64
            %v72 = arith.cmpi slt, %v71, %v1 : i64
            scf.if %v72 {
              %v73 = arith.muli %v71, %v32 : i64
              %v74 = arith.addi %v48, %v73 : i64
              %v75 = llvm.getelementptr %part_theta[%v74] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v76 = llvm.load %v75 : !llvm.ptr -> f32
              %v77 = llvm.load %v21 : !llvm.ptr -> f32
              %v78 = arith.addf %v77, %v76 fastmath<contract> : f32
              llvm.store %v78, %v21 : f32, !llvm.ptr
            }
            %v80 = arith.addi %v53, %v79 : i64
            %v81 = arith.cmpi slt, %v80, %v1 : i64
            scf.if %v81 {
              %v82 = arith.muli %v80, %v32 : i64
              %v83 = arith.addi %v48, %v82 : i64
              %v84 = llvm.getelementptr %part_theta[%v83] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v85 = llvm.load %v84 : !llvm.ptr -> f32
              %v86 = llvm.load %v22 : !llvm.ptr -> f32
              %v87 = arith.addf %v86, %v85 fastmath<contract> : f32
              llvm.store %v87, %v22 : f32, !llvm.ptr
            }
            %v89 = arith.addi %v53, %v88 : i64
            %v90 = arith.cmpi slt, %v89, %v1 : i64
            scf.if %v90 {
              %v91 = arith.muli %v89, %v32 : i64
              %v92 = arith.addi %v48, %v91 : i64
              %v93 = llvm.getelementptr %part_theta[%v92] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v94 = llvm.load %v93 : !llvm.ptr -> f32
              %v95 = llvm.load %v23 : !llvm.ptr -> f32
              %v96 = arith.addf %v95, %v94 fastmath<contract> : f32
              llvm.store %v96, %v23 : f32, !llvm.ptr
            }
            %v98 = arith.addi %v53, %v97 : i64
            %v99 = arith.cmpi slt, %v98, %v1 : i64
            scf.if %v99 {
              %v100 = arith.muli %v98, %v32 : i64
              %v101 = arith.addi %v48, %v100 : i64
              %v102 = llvm.getelementptr %part_theta[%v101] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v103 = llvm.load %v102 : !llvm.ptr -> f32
              %v104 = llvm.load %v24 : !llvm.ptr -> f32
              %v105 = arith.addf %v104, %v103 fastmath<contract> : f32
              llvm.store %v105, %v24 : f32, !llvm.ptr
            }
            %v107 = arith.addi %v53, %v106 : i64
            %v108 = arith.cmpi slt, %v107, %v1 : i64
            scf.if %v108 {
              %v109 = arith.muli %v107, %v32 : i64
              %v110 = arith.addi %v48, %v109 : i64
              %v111 = llvm.getelementptr %part_theta[%v110] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v112 = llvm.load %v111 : !llvm.ptr -> f32
              %v113 = llvm.load %v25 : !llvm.ptr -> f32
              %v114 = arith.addf %v113, %v112 fastmath<contract> : f32
              llvm.store %v114, %v25 : f32, !llvm.ptr
            }
            %v116 = arith.addi %v53, %v115 : i64
            %v117 = arith.cmpi slt, %v116, %v1 : i64
            scf.if %v117 {
              %v118 = arith.muli %v116, %v32 : i64
              %v119 = arith.addi %v48, %v118 : i64
              %v120 = llvm.getelementptr %part_theta[%v119] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v121 = llvm.load %v120 : !llvm.ptr -> f32
              %v122 = llvm.load %v26 : !llvm.ptr -> f32
              %v123 = arith.addf %v122, %v121 fastmath<contract> : f32
              llvm.store %v123, %v26 : f32, !llvm.ptr
            }
          }
        }
        %v124 = llvm.load %v19 : !llvm.ptr -> f32
        %v125 = llvm.load %v20 : !llvm.ptr -> f32
        %v126 = arith.addf %v124, %v125 fastmath<contract> : f32
        %v127 = llvm.load %v21 : !llvm.ptr -> f32
        %v128 = arith.addf %v126, %v127 fastmath<contract> : f32
        %v129 = llvm.load %v22 : !llvm.ptr -> f32
        %v130 = arith.addf %v128, %v129 fastmath<contract> : f32
        %v131 = llvm.load %v23 : !llvm.ptr -> f32
        %v132 = arith.addf %v130, %v131 fastmath<contract> : f32
        %v133 = llvm.load %v24 : !llvm.ptr -> f32
        %v134 = arith.addf %v132, %v133 fastmath<contract> : f32
        %v135 = llvm.load %v25 : !llvm.ptr -> f32
        %v136 = arith.addf %v134, %v135 fastmath<contract> : f32
        %v137 = llvm.load %v26 : !llvm.ptr -> f32
        %v138 = arith.addf %v136, %v137 fastmath<contract> : f32
        %v139 = llvm.getelementptr %dx_theta[%v11] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v138, %v139 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
