module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @hgrn_complex_seg_reduce_gamma(%part_gamma: !llvm.ptr, %dx_gamma: !llvm.ptr, %size_B: i64, %size_D: i64, %size_L: i64) kernel {
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
      %v32 = arith.constant 255 : i64
      %v36 = arith.constant 8 : i64
      %v73 = arith.constant 2 : i64
      %v82 = arith.constant 3 : i64
      %v91 = arith.constant 4 : i64
      %v100 = arith.constant 5 : i64
      %v109 = arith.constant 6 : i64
      %v118 = arith.constant 7 : i64
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
        %v33 = arith.addi %size_L, %v32 : i64
        %v34 = arith.divui %v33, %v9 : i64
        %v35 = arith.muli %v3, %v1 : i64
        %v37 = arith.index_cast %v30 : i64 to index
        %v38 = arith.index_cast %v31 : i64 to index
        %v39 = arith.index_cast %v1 : i64 to index
        scf.for %v40 = %v37 to %v38 step %v39 {
          %v41 = arith.index_cast %v40 : index to i64
          %v42 = arith.remui %v41, %size_B : i64
          %v43 = arith.divui %v41, %size_B : i64
          %v44 = arith.muli %v30, %size_B : i64
          %v45 = arith.addi %v44, %v42 : i64
          %v46 = arith.muli %v45, %size_D : i64
          %v47 = arith.addi %v46, %v28 : i64
          %v48 = arith.muli %v30, %v3 : i64
          %v49 = arith.addi %v48, %v47 : i64
          %v50 = arith.muli %v49, %v1 : i64
          %v51 = arith.addi %v50, %v30 : i64
          %v52 = arith.index_cast %v30 : i64 to index
          %v53 = arith.index_cast %v34 : i64 to index
          %v54 = arith.index_cast %v36 : i64 to index
          scf.for %v55 = %v52 to %v53 step %v54 {
            %v56 = arith.index_cast %v55 : index to i64
            %v57 = arith.addi %v56, %v30 : i64
            %v58 = arith.cmpi slt, %v57, %v34 : i64
            scf.if %v58 {
              %v59 = arith.muli %v57, %v35 : i64
              %v60 = arith.addi %v51, %v59 : i64
              %v61 = llvm.getelementptr %part_gamma[%v60] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v62 = llvm.load %v61 : !llvm.ptr -> f32
              %v63 = llvm.load %v19 : !llvm.ptr -> f32
              %v64 = arith.addf %v63, %v62 fastmath<contract> : f32
              llvm.store %v64, %v19 : f32, !llvm.ptr
            }
            %v65 = arith.addi %v56, %v1 : i64
            %v66 = arith.cmpi slt, %v65, %v34 : i64
            scf.if %v66 {
              %v67 = arith.muli %v65, %v35 : i64
              %v68 = arith.addi %v51, %v67 : i64
              %v69 = llvm.getelementptr %part_gamma[%v68] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v70 = llvm.load %v69 : !llvm.ptr -> f32
              %v71 = llvm.load %v20 : !llvm.ptr -> f32
              %v72 = arith.addf %v71, %v70 fastmath<contract> : f32
              llvm.store %v72, %v20 : f32, !llvm.ptr
            }
            %v74 = arith.addi %v56, %v73 : i64
            %v75 = arith.cmpi slt, %v74, %v34 : i64
            scf.if %v75 {
              %v76 = arith.muli %v74, %v35 : i64
              %v77 = arith.addi %v51, %v76 : i64
              %v78 = llvm.getelementptr %part_gamma[%v77] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v79 = llvm.load %v78 : !llvm.ptr -> f32
              %v80 = llvm.load %v21 : !llvm.ptr -> f32
              %v81 = arith.addf %v80, %v79 fastmath<contract> : f32
              llvm.store %v81, %v21 : f32, !llvm.ptr
            }
            %v83 = arith.addi %v56, %v82 : i64
            %v84 = arith.cmpi slt, %v83, %v34 : i64
            scf.if %v84 {
              %v85 = arith.muli %v83, %v35 : i64
              %v86 = arith.addi %v51, %v85 : i64
              %v87 = llvm.getelementptr %part_gamma[%v86] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v88 = llvm.load %v87 : !llvm.ptr -> f32
              %v89 = llvm.load %v22 : !llvm.ptr -> f32
              %v90 = arith.addf %v89, %v88 fastmath<contract> : f32
              llvm.store %v90, %v22 : f32, !llvm.ptr
            }
            %v92 = arith.addi %v56, %v91 : i64
            %v93 = arith.cmpi slt, %v92, %v34 : i64
            scf.if %v93 {
              %v94 = arith.muli %v92, %v35 : i64
              %v95 = arith.addi %v51, %v94 : i64
              %v96 = llvm.getelementptr %part_gamma[%v95] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v97 = llvm.load %v96 : !llvm.ptr -> f32
              %v98 = llvm.load %v23 : !llvm.ptr -> f32
              %v99 = arith.addf %v98, %v97 fastmath<contract> : f32
              llvm.store %v99, %v23 : f32, !llvm.ptr
            }
            %v101 = arith.addi %v56, %v100 : i64
            %v102 = arith.cmpi slt, %v101, %v34 : i64
            scf.if %v102 {
              %v103 = arith.muli %v101, %v35 : i64
              %v104 = arith.addi %v51, %v103 : i64
              %v105 = llvm.getelementptr %part_gamma[%v104] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v106 = llvm.load %v105 : !llvm.ptr -> f32
              %v107 = llvm.load %v24 : !llvm.ptr -> f32
              %v108 = arith.addf %v107, %v106 fastmath<contract> : f32
              llvm.store %v108, %v24 : f32, !llvm.ptr
            }
            %v110 = arith.addi %v56, %v109 : i64
            %v111 = arith.cmpi slt, %v110, %v34 : i64
            scf.if %v111 {
              %v112 = arith.muli %v110, %v35 : i64
              %v113 = arith.addi %v51, %v112 : i64
              %v114 = llvm.getelementptr %part_gamma[%v113] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v115 = llvm.load %v114 : !llvm.ptr -> f32
              %v116 = llvm.load %v25 : !llvm.ptr -> f32
              %v117 = arith.addf %v116, %v115 fastmath<contract> : f32
              llvm.store %v117, %v25 : f32, !llvm.ptr
            }
            %v119 = arith.addi %v56, %v118 : i64
            %v120 = arith.cmpi slt, %v119, %v34 : i64
            scf.if %v120 {
              %v121 = arith.muli %v119, %v35 : i64
              %v122 = arith.addi %v51, %v121 : i64
              %v123 = llvm.getelementptr %part_gamma[%v122] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v124 = llvm.load %v123 : !llvm.ptr -> f32
              %v125 = llvm.load %v26 : !llvm.ptr -> f32
              %v126 = arith.addf %v125, %v124 fastmath<contract> : f32
              llvm.store %v126, %v26 : f32, !llvm.ptr
            }
          }
        }
        %v127 = llvm.load %v19 : !llvm.ptr -> f32
        %v128 = llvm.load %v20 : !llvm.ptr -> f32
        %v129 = arith.addf %v127, %v128 fastmath<contract> : f32
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
        %v142 = llvm.getelementptr %dx_gamma[%v11] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v141, %v142 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
