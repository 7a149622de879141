module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @s5_seg_reduce_log_dt(%part_log_dt: !llvm.ptr, %dx_log_dt: !llvm.ptr, %size_B: i64, %size_L: i64, %size_M: i64, %size_N: i64) kernel {
      %v1 = arith.constant 4 : i64
      %v2 = arith.constant 16 : i64
      %v3 = arith.constant 1 : i64
      %v4 = arith.muli %v3, %size_B : i64
      %v5 = arith.muli %v3, %v2 : i64
      %v10 = arith.constant 256 : i64
      %v18 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v19 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v20 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v21 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v22 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v23 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v24 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v25 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v26 = arith.constant 0x00000000 : f32
      %v29 = arith.constant 0 : i64
      %v33 = arith.constant 255 : i64
      %v37 = arith.constant 8 : i64
      %v72 = arith.constant 2 : i64
      %v81 = arith.constant 3 : i64
      %v98 = arith.constant 5 : i64
      %v107 = arith.constant 6 : i64
      %v116 = arith.constant 7 : i64
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
        llvm.store %v26, %v18 : f32, !llvm.ptr
        llvm.store %v26, %v19 : f32, !llvm.ptr
        llvm.store %v26, %v20 : f32, !llvm.ptr
        llvm.store %v26, %v21 : f32, !llvm.ptr
        llvm.store %v26, %v22 : f32, !llvm.ptr
        llvm.store %v26, %v23 : f32, !llvm.ptr
        llvm.store %v26, %v24 : f32, !llvm.ptr
        llvm.store %v26, %v25 : f32, !llvm.ptr
        %v27 = arith.remui %v12, %v2 : i64
        %v28 = arith.divui %v12, %v2 : i64
        %v30 = arith.muli %v29, %v2 : i64
        %v31 = arith.addi %v30, %v27 : i64
        %v32 = arith.muli %v3, %size_B : i64
        %v34 = arith.addi %size_L, %v33 : i64
        %v35 = arith.divui %v34, %v10 : i64
        %v36 = arith.muli %v4, %v2 : i64
        %v38 = arith.index_cast %v29 : i64 to index
        %v39 = arith.index_cast %v32 : i64 to index
        %v40 = arith.index_cast %v3 : i64 to index
        scf.for %v41 = %v38 to %v39 step %v40 {
          %v42 = arith.index_cast %v41 : index to i64
          %v43 = arith.remui %v42, %size_B : i64
          %v44 = arith.divui %v42, %size_B : i64
          %v45 = arith.muli %v29, %size_B : i64
          %v46 = arith.addi %v45, %v43 : i64
          %v47 = arith.muli %v29, %v4 : i64
          %v48 = arith.addi %v47, %v46 : i64
          %v49 = arith.muli %v48, %v2 : i64
          %v50 = arith.addi %v49, %v31 : i64
          %v51 = arith.index_cast %v29 : i64 to index
          %v52 = arith.index_cast %v35 : i64 to index
          %v53 = arith.index_cast %v37 : i64 to index
          scf.for %v54 = %v51 to %v52 step %v53 {
            %v55 = arith.index_cast %v54 : index to i64
            %v56 = arith.addi %v55, %v29 : i64
            %v57 = arith.cmpi slt, %v56, %v35 : i64
            scf.if %v57 {
              %v58 = arith.muli %v56, %v36 : i64
              %v59 = arith.addi %v50, %v58 : i64
              %v60 = llvm.getelementptr %part_log_dt[%v59] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v61 = llvm.load %v60 : !llvm.ptr -> f32
              %v62 = llvm.load %v18 : !llvm.ptr -> f32
              %v63 = arith.addf %v62, %v61 fastmath<contract> : f32
              llvm.store %v63, %v18 : f32, !llvm.ptr
            }
            %v64 = arith.addi %v55, %v3 : i64
            %v65 = arith.cmpi slt, %v64, %v35 : i64
            scf.if %v65 {
              %v66 = arith.muli %v64, %v36 : i64
              %v67 = arith.addi %v50, %v66 : i64
              %v68 = llvm.getelementptr %part_log_dt[%v67] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v69 = llvm.load %v68 : !llvm.ptr -> f32
              %v70 = llvm.load %v19 : !llvm.ptr -> f32
              %v71 = arith.addf %v70, %v69 fastmath<contract> : f32
              llvm.store %v71, %v19 : f32, !llvm.ptr
            }
            %v73 = arith.addi %v55, %v72 : i64
            %v74 = arith.cmpi slt, %v73, %v35 : i64
            scf.if %v74 {
              %v75 = arith.muli %v73, %v36 : i64
              %v76 = arith.addi %v50, %v75 : i64
              %v77 = llvm.getelementptr %part_log_dt[%v76] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v78 = llvm.load %v77 : !llvm.ptr -> f32
              %v79 = llvm.load %v20 : !llvm.ptr -> f32
              %v80 = arith.addf %v79, %v78 fastmath<contract> : f32
              llvm.store %v80, %v20 : f32, !llvm.ptr
            }
            %v82 = arith.addi %v55, %v81 : i64
            %v83 = arith.cmpi slt, %v82, %v35 : i64
            scf.if %v83 {
              %v84 = arith.muli %v82, %v36 : i64
              %v85 = arith.addi %v50, %v84 : i64
              %v86 = llvm.getelementptr %part_log_dt[%v85] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v87 = llvm.load %v86 : !llvm.ptr -> f32
              %v88 = llvm.load %v21 : !llvm.ptr -> f32
              %v89 = arith.addf %v88, %v87 fastmath<contract> : f32
              llvm.store %v89, %v21 : f32, !llvm.ptr
            }
            %v90 = arith.addi %v55, %v1 : i64
            %v91 = arith.cmpi slt, %v90, %v35 : i64
            scf.if %v91 {
              %v92 = arith.muli %v90, %v36 : i64
              %v93 = arith.addi %v50, %v92 : i64
              %v94 = llvm.getelementptr %part_log_dt[%v93] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v95 = llvm.load %v94 : !llvm.ptr -> f32
              %v96 = llvm.load %v22 : !llvm.ptr -> f32
              %v97 = arith.addf %v96, %v95 fastmath<contract> : f32
              llvm.store %v97, %v22 : f32, !llvm.ptr
            }
            %v99 = arith.addi %v55, %v98 : i64
            %v100 = arith.cmpi slt, %v99, %v35 : i64
            scf.if %v100 {
              %v101 = arith.muli %v99, %v36 : i64
              %v102 = arith.addi %v50, %v101 : i64
              %v103 = llvm.getelementptr %part_log_dt[%v102] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v104 = llvm.load %v103 : !llvm.ptr -> f32
              %v105 = llvm.load %v23 : !llvm.ptr -> f32
              %v106 = arith.addf %v105, %v104 fastmath<contract> : f32
              llvm.store %v106, %v23 : f32, !llvm.ptr
            }
            %v108 = arith.addi %v55, %v107 : i64
            %v109 = arith.cmpi slt, %v108, %v35 : i64
            scf.if %v109 {
              %v110 = arith.muli %v108, %v36 : i64
              %v111 = arith.addi %v50, %v110 : i64
              %v112 = llvm.getelementptr %part_log_dt[%v111] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v113 = llvm.load %v112 : !llvm.ptr -> f32
              %v114 = llvm.load %v24 : !llvm.ptr -> f32
              %v115 = arith.addf %v114, %v113 fastmath<contract> : f32
              llvm.store %v115, %v24 : f32, !llvm.ptr
            }
            %v117 = arith.addi %v55, %v116 : i64
            %v118 = arith.cmpi slt, %v117, %v35 : i64
            scf.if %v118 {
              %v119 = arith.muli %v117, %v36 : i64
              %v120 = arith.addi %v50, %v119 : i64
              %v121 = llvm.getelementptr %part_log_dt[%v120] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v122 = llvm.load %v121 : !llvm.ptr -> f32
              %v123 = llvm.load %v25 : !llvm.ptr -> f32
              %v124 = arith.addf %v123, %v122 fastmath<contract> : f32
              llvm.store %v124, %v25 : f32, !llvm.ptr
            }
          }
        }
        %v125 = llvm.load %v18 : !llvm.ptr -> f32
        %v126 = llvm.load %v19 : !llvm.ptr -> f32
        %v127 = arith.addf %v125, %v126 fastmath<contract> : f32
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
        %v140 = llvm.getelementptr %dx_log_dt[%v12] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v139, %v140 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
