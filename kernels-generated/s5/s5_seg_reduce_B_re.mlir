module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @s5_seg_reduce_B_re(%part_B_re: !llvm.ptr, %dx_B_re: !llvm.ptr, %size_B: i64, %size_L: i64, %size_M: i64, %size_N: i64) kernel {
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
      %v38 = arith.constant 255 : i64
      %v41 = arith.constant 64 : i64
      %v43 = arith.constant 8 : i64
      %v78 = arith.constant 2 : i64
      %v87 = arith.constant 3 : i64
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
        %v39 = arith.addi %size_L, %v38 : i64
        %v40 = arith.divui %v39, %v11 : i64
        %v42 = arith.muli %v4, %v41 : i64
        %v44 = arith.index_cast %v32 : i64 to index
        %v45 = arith.index_cast %v37 : i64 to index
        %v46 = arith.index_cast %v3 : i64 to index
        scf.for %v47 = %v44 to %v45 step %v46 {
          %v48 = arith.index_cast %v47 : index to i64
          %v49 = arith.remui %v48, %size_B : i64
          %v50 = arith.divui %v48, %size_B : i64
          %v51 = arith.muli %v32, %size_B : i64
          %v52 = arith.addi %v51, %v49 : i64
          %v53 = arith.muli %v32, %v4 : i64
          %v54 = arith.addi %v53, %v52 : i64
          %v55 = arith.muli %v54, %v41 : i64
          %v56 = arith.addi %v55, %v36 : i64
          %v57 = arith.index_cast %v32 : i64 to index
          %v58 = arith.index_cast %v40 : i64 to index
          %v59 = arith.index_cast %v43 : i64 to index
          scf.for %v60 = %v57 to %v58 step %v59 {
            %v61 = arith.index_cast %v60 : index to i64
            %v62 = arith.addi %v61, %v32 : i64
            %v63 = arith.cmpi slt, %v62, %v40 : i64
            scf.if %v63 {
              %v64 = arith.muli %v62, %v42 : i64
              %v65 = arith.addi %v56, %v64 : i64
              %v66 = llvm.getelementptr %part_B_re[%v65] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v67 = llvm.load %v66 : !llvm.ptr -> f32
              %v68 = llvm.load %v19 : !llvm.ptr -> f32
              %v69 = arith.addf %v68, %v67 fastmath<contract> : f32
              llvm.store %v69, %v19 : f32, !llvm.ptr
            }
            %v70 = arith.addi %v61, %v3 : i64
            %v71 = arith.cmpi slt, %v70, %v40 : i64
            scf.if %v71 {
              %v72 = arith.muli %v70, %v42 : i64
              %v73 = arith.addi %v56, %v72 : i64
              %v74 = llvm.getelementptr %part_B_re[%v73] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v75 = llvm.load %v74 : !llvm.ptr -> f32
              %v76 = llvm.load %v20 : !llvm.ptr -> f32
              %v77 = arith.addf %v76, %v75 fastmath<contract> : f32
              llvm.store %v77, %v20 : f32, !llvm.ptr
            }
            %v79 = arith.addi %v61, %v78 : i64
            %v80 = arith.cmpi slt, %v79, %v40 : i64
            scf.if %v80 {
              %v81 = arith.muli %v79, %v42 : i64
              %v82 = arith.addi %v56, %v81 : i64
              %v83 = llvm.getelementptr %part_B_re[%v82] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v84 = llvm.load %v83 : !llvm.ptr -> f32
              %v85 = llvm.load %v21 : !llvm.ptr -> f32
              %v86 = arith.addf %v85, %v84 fastmath<contract> : f32
              llvm.store %v86, %v21 : f32, !llvm.ptr
            }
            %v88 = arith.addi %v61, %v87 : i64
            %v89 = arith.cmpi slt, %v88, %v40 : i64
            scf.if %v89 {
              %v90 = arith.muli %v88, %v42 : i64
              %v91 = arith.addi %v56, %v90 : i64
              %v92 = llvm.getelementptr %part_B_re[%v91] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v93 = llvm.load %v92 : !llvm.ptr -> f32
              %v94 = llvm.load %v22 : !llvm.ptr -> f32
              %v95 = arith.addf %v94, %v93 fastmath<contract> : f32
              llvm.store %v95, %v22 : f32, !llvm.ptr
            }
            %v96 = arith.addi %v61, %v1 : i64
            %v97 = arith.cmpi slt, %v96, %v40 : i64
            scf.if %v97 {
              %v98 = arith.muli %v96, %v42 : i64
              %v99 = arith.addi %v56, %v98 : i64
              %v100 = llvm.getelementptr %part_B_re[%v99] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v101 = llvm.load %v100 : !llvm.ptr -> f32
              %v102 = llvm.load %v23 : !llvm.ptr -> f32
              %v103 = arith.addf %v102, %v101 fastmath<contract> : f32
              llvm.store %v103, %v23 : f32, !llvm.ptr
            }
            %v105 = arith.addi %v61, %v104 : i64
            %v106 = arith.cmpi slt, %v105, %v40 : i64
            scf.if %v106 {
              %v107 = arith.muli %v105, %v42 : i64
              %v108 = arith.addi %v56, %v107 : i64
              %v109 = llvm.getelementptr %part_B_re[%v108] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v110 = llvm.load %v109 : !llvm.ptr -> f32
              %v111 = llvm.load %v24 : !llvm.ptr -> f32
              %v112 = arith.addf %v111, %v110 fastmath<contract> : f32
              llvm.store %v112, %v24 : f32, !llvm.ptr
            }
            %v114 = arith.addi %v61, %v113 : i64
            %v115 = arith.cmpi slt, %v114, %v40 : i64
            scf.if %v115 {
              %v116 = arith.muli %v114, %v42 : i64
              %v117 = arith.addi %v56, %v116 : i64
              %v118 = llvm.getelementptr %part_B_re[%v117] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v119 = llvm.load %v118 : !llvm.ptr -> f32
              %v120 = llvm.load %v25 : !llvm.ptr -> f32
              %v121 = arith.addf %v120, %v119 fastmath<contract> : f32
              llvm.store %v121, %v25 : f32, !llvm.ptr
            }
            %v123 = arith.addi %v61, %v122 : i64
            %v124 = arith.cmpi slt, %v123, %v40 : i64
            scf.if %v124 {
              %v125 = arith.muli %v123, %v42 : i64
              %v126 = arith.addi %v56, %v125 : i64
              %v127 = llvm.getelementptr %part_B_re[%v126] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v128 = llvm.load %v127 : !llvm.ptr -> f32
              %v129 = llvm.load %v26 : !llvm.ptr -> f32
              %v130 = arith.addf %v129, %v128 fastmath<contract> : f32
              llvm.store %v130, %v26 : f32, !llvm.ptr
            }
          }
        }
        %v131 = llvm.load %v19 : !llvm.ptr -> f32
        %v132 = llvm.load %v20 : !llvm.ptr -> f32
        %v133 = arith.addf %v131, %v132 fastmath<contract> : f32
        %v134 = llvm.load %v21 : !llvm.ptr -> f32
        %v135 = arith.addf %v133, %v134 fastmath<contract> : f32
        %v136 = llvm.load %v22 : !llvm.ptr -> f32
        %v137 = arith.addf %v135, %v136 fastmath<contract> : f32
        %v138 = llvm.load %v23 : !llvm.ptr -> f32
        %v139 = arith.addf %v137, %v138 fastmath<contract> : f32
        %v140 = llvm.load %v24 : !llvm.ptr -> f32
        %v141 = arith.addf %v139, %v140 fastmath<contract> : f32
        %v142 = llvm.load %v25 : !llvm.ptr -> f32
        %v143 = arith.addf %v141, %v142 fastmath<contract> : f32
        %v144 = llvm.load %v26 : !llvm.ptr -> f32
        %v145 = arith.addf %v143, %v144 fastmath<contract> : f32
        %v146 = llvm.getelementptr %dx_B_re[%v13] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v145, %v146 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
