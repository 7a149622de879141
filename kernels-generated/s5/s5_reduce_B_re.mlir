module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @s5_reduce_B_re(%part_B_re: !llvm.ptr, %dx_B_re: !llvm.ptr, %size_B: i64, %size_L: i64, %size_M: i64, %size_N: i64) kernel {
      %v1 = arith.constant 4 : i64
      %v2 = arith.constant 16 : i64
      %v3 = arith.constant 1 : i64
      %v4 = arith.muli %v3, %size_B : i64
      %v5 = arith.muli %v3, %v2 : i64
      %v6 = arith.muli %v5, %v1 : i64
      %v11 = arith.constant 256 : i64
      %v19 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v20 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v21 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v22 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v23 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v24 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v25 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v26 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v27 = arith.constant 0x00000000 : f32
      %v32 = arith.constant 0 : i64
      %v38 = arith.constant 64 : i64
      %v40 = arith.constant 8 : i64
      %v75 = arith.constant 2 : i64
      %v84 = arith.constant 3 : i64
      %v101 = arith.constant 5 : i64
      %v110 = arith.constant 6 : i64
      %v119 = arith.constant 7 : i64
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
        llvm.store %v27, %v19 : f32, !llvm.ptr
        llvm.store %v27, %v20 : f32, !llvm.ptr
        llvm.store %v27, %v21 : f32, !llvm.ptr
        llvm.store %v27, %v22 : f32, !llvm.ptr
        llvm.store %v27, %v23 : f32, !llvm.ptr
        llvm.store %v27, %v24 : f32, !llvm.ptr
        llvm.store %v27, %v25 : f32, !llvm.ptr
        llvm.store %v27, %v26 : f32, !llvm.ptr
        %v28 = arith.remui %v13, %v1 : i64
        %v29 = arith.divui %v13, %v1 : i64
        %v30 = arith.remui %v29, %v2 : i64
        %v31 = arith.divui %v29, %v2 : i64
        %v33 = arith.muli %v32, %v2 : i64
        %v34 = arith.addi %v33, %v30 : i64
        %v35 = arith.muli %v34, %v1 : i64
        %v36 = arith.addi %v35, %v28 : i64
        %v37 = arith.muli %v3, %size_B : i64
        %v39 = arith.muli %v4, %v38 : i64
        %v41 = arith.index_cast %v32 : i64 to index
        %v42 = arith.index_cast %v37 : i64 to index
        %v43 = arith.index_cast %v3 : i64 to index
        scf.for %v44 = %v41 to %v42 step %v43 {
          %v45 = arith.index_cast %v44 : index to i64
          %v46 = arith.remui %v45, %size_B : i64
          %v47 = arith.divui %v45, %size_B : i64
          %v48 = arith.muli %v32, %size_B : i64
          %v49 = arith.addi %v48, %v46 : i64
          %v50 = arith.muli %v32, %v4 : i64
          %v51 = arith.addi %v50, %v49 : i64
          %v52 = arith.muli %v51, %v38 : i64
          %v53 = arith.addi %v52, %v36 : i64
          %v54 = arith.index_cast %v32 : i64 to index
          %v55 = arith.index_cast %v3 : i64 to index
          %v56 = arith.index_cast %v40 : i64 to index
          scf.for %v57 = %v54 to %v55 step %v56 {
            %v58 = arith.index_cast %v57 : index to i64
            %v59 = arith.addi %v58, %v32 : i64
            %v60 = arith.cmpi slt, %v59, %v3 : i64
            scf.if %v60 {
              %v61 = arith.muli %v59, %v39 : i64
              %v62 = arith.addi %v53, %v61 : i64
              %v63 = llvm.getelementptr %part_B_re[%v62] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v64 = llvm.load %v63 : !llvm.ptr -> f32
              %v65 = llvm.load %v19 : !llvm.ptr -> f32
              %v66 = arith.addf %v65, %v64 fastmath<contract> : f32
              llvm.store %v66, %v19 : f32, !llvm.ptr
            }
            %v67 = arith.addi %v58, %v3 : i64
            %v68 = arith.cmpi slt, %v67, %v3 : i64
            scf.if %v68 {
              %v69 = arith.muli %v67, %v39 : i64
              %v70 = arith.addi %v53, %v69 : i64
              %v71 = llvm.getelementptr %part_B_re[%v70] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v72 = llvm.load %v71 : !llvm.ptr -> f32
              %v73 = llvm.load %v20 : !llvm.ptr -> f32
              %v74 = arith.addf %v73, %v72 fastmath<contract> : f32
              llvm.store %v74, %v20 : f32, !llvm.ptr
            }
            %v76 = arith.addi %v58, %v75 : i64
            %v77 = arith.cmpi slt, %v76, %v3 : i64
            scf.if %v77 {
              %v78 = arith.muli %v76, %v39 : i64
              %v79 = arith.addi %v53, %v78 : i64
              %v80 = llvm.getelementptr %part_B_re[%v79] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v81 = llvm.load %v80 : !llvm.ptr -> f32
              %v82 = llvm.load %v21 : !llvm.ptr -> f32
              %v83 = arith.addf %v82, %v81 fastmath<contract> : f32
              llvm.store %v83, %v21 : f32, !llvm.ptr
            }
            %v85 = arith.addi %v58, %v84 : i64
            %v86 = arith.cmpi slt, %v85, %v3 : i64
            scf.if %v86 {
              %v87 = arith.muli %v85, %v39 : i64
              %v88 = arith.addi %v53, %v87 : i64
              %v89 = llvm.getelementptr %part_B_re[%v88] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v90 = llvm.load %v89 : !llvm.ptr -> f32
              %v91 = llvm.load %v22 : !llvm.ptr -> f32
              %v92 = arith.addf %v91, %v90 fastmath<contract> : f32
              llvm.store %v92, %v22 : f32, !llvm.ptr
            }
            %v93 = arith.addi %v58, %v1 : i64
            %v94 = arith.cmpi slt, %v93, %v3 : i64
            scf.if %v94 {
              %v95 = arith.muli %v93, %v39 : i64
              %v96 = arith.addi %v53, %v95 : i64
              %v97 = llvm.getelementptr %part_B_re[%v96] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v98 = llvm.load %v97 : !llvm.ptr -> f32
              %v99 = llvm.load %v23 : !llvm.ptr -> f32
              %v100 = arith.addf %v99, %v98 fastmath<contract> : f32
              llvm.store %v100, %v23 : f32, !llvm.ptr
            }
            %v102 = arith.addi %v58, %v101 : i64
            %v103 = arith.cmpi slt, %v102, %v3 : i64
            scf.if %v103 {
              %v104 = arith.muli %v102, %v39 : i64
              %v105 = arith.addi %v53, %v104 : i64
              %v106 = llvm.getelementptr %part_B_re[%v105] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v107 = llvm.load %v106 : !llvm.ptr -> f32
              %v108 = llvm.load %v24 : !llvm.ptr -> f32
              %v109 = arith.addf %v108, %v107 fastmath<contract> : f32
              llvm.store %v109, %v24 : f32, !llvm.ptr
            }
            %v111 = arith.addi %v58, %v110 : i64
            %v112 = arith.cmpi slt, %v111, %v3 : i64
            scf.if %v112 {
              %v113 = arith.muli %v111, %v39 : i64
              %v114 = arith.addi %v53, %v113 : i64
              %v115 = llvm.getelementptr %part_B_re[%v114] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v116 = llvm.load %v115 : !llvm.ptr -> f32
              %v117 = llvm.load %v25 : !llvm.ptr -> f32
              %v118 = arith.addf %v117, %v116 fastmath<contract> : f32
              llvm.store %v118, %v25 : f32, !llvm.ptr
            }
            %v120 = arith.addi %v58, %v119 : i64
            %v121 = arith.cmpi slt, %v120, %v3 : i64
            scf.if %v121 {
              %v122 = arith.muli %v120, %v39 : i64
              %v123 = arith.addi %v53, %v122 : i64
              %v124 = llvm.getelementptr %part_B_re[%v123] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v125 = llvm.load %v124 : !llvm.ptr -> f32
              %v126 = llvm.load %v26 : !llvm.ptr -> f32
              %v127 = arith.addf %v126, %v125 fastmath<contract> : f32
              llvm.store %v127, %v26 : f32, !llvm.ptr
            }
          }
        }
        %v128 = llvm.load %v19 : !llvm.ptr -> f32
        %v129 = llvm.load %v20 : !llvm.ptr -> f32
        %v130 = arith.addf %v128, %v129 fastmath<contract> : f32
        %v131 = llvm.load %v21 : !llvm.ptr -> f32
        %v132 = arith.addf %v130, %v131 fastmath<contract> : f32
        %v133 = llvm.load %v22 : !llvm.ptr -> f32
        %v134 = arith.addf %v132, %v133 fastmath<contract> : f32
        %v135 = llvm.load %v23 : !llvm.ptr -> f32
        %v136 = arith.addf %v134, %v135 fastmath<contract> : f32
        %v137 = llvm.load %v24 : !llvm.ptr -> f32
        %v138 = arith.addf %v136, %v137 fastmath<contract> : f32
        %v139 = llvm.load %v25 : !llvm.ptr -> f32
        %v140 = arith.addf %v138, %v139 fastmath<contract> : f32
        %v141 = llvm.load %v26 : !llvm.ptr -> f32
        %v142 = arith.addf %v140, %v141 fastmath<contract> : f32
        %v143 = llvm.getelementptr %dx_B_re[%v13] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v142, %v143 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
