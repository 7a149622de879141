module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @retention_seg_reduce_theta(%part_theta: !llvm.ptr, %dx_theta: !llvm.ptr, %size_B: i64, %size_L: i64, %size_H: i64, %size_DK: i64, %size_DV: i64) kernel {
      %v1 = arith.constant 16 : i64
      %v2 = arith.constant 1 : i64
      %v3 = arith.muli %v2, %size_B : i64
      %v4 = arith.muli %v3, %size_H : i64
      %v5 = arith.muli %v4, %size_DV : i64
      %v6 = arith.muli %v2, %v1 : i64
      %v11 = arith.constant 256 : i64
      %v23 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v24 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v25 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v26 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v27 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v28 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v29 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v30 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v31 = arith.constant 0x00000000 : f32
      %v34 = arith.constant 0 : i64
      %v40 = arith.constant 255 : i64
      %v44 = arith.constant 8 : i64
      %v87 = arith.constant 2 : i64
      %v96 = arith.constant 3 : i64
      %v105 = arith.constant 4 : i64
      %v114 = arith.constant 5 : i64
      %v123 = arith.constant 6 : i64
      %v132 = arith.constant 7 : i64
      %v7 = gpu.block_id x
      %v8 = gpu.thread_id x
      %v9 = arith.index_cast %v8 : index to i64
      %v10 = arith.index_cast %v7 : index to i64
      %v12 = arith.muli %v10, %v11 : i64
      %v13 = arith.addi %v12, %v9 : i64
      %v14 = arith.cmpi slt, %v13, %v6 : i64
      %v15 = arith.subi %v6, %v2 : i64
      %v16 = arith.minsi %v13, %v15 : i64
      %v17 = arith.remui %v16, %size_DV : i64
      %v18 = arith.divui %v16, %size_DV : i64
      %v19 = arith.remui %v18, %size_H : i64
      %v20 = arith.divui %v18, %size_H : i64
      %v21 = arith.remui %v20, %size_B : i64
      %v22 = arith.divui %v20, %size_B : i64
      scf.if %v14 {
        llvm.store %v31, %v23 : f32, !llvm.ptr
        llvm.store %v31, %v24 : f32, !llvm.ptr
        llvm.store %v31, %v25 : f32, !llvm.ptr
        llvm.store %v31, %v26 : f32, !llvm.ptr
        llvm.store %v31, %v27 : f32, !llvm.ptr
        llvm.store %v31, %v28 : f32, !llvm.ptr
        llvm.store %v31, %v29 : f32, !llvm.ptr
        llvm.store %v31, %v30 : f32, !llvm.ptr
        %v32 = arith.remui %v13, %v1 : i64
        %v33 = arith.divui %v13, %v1 : i64
        %v35 = arith.muli %v34, %v1 : i64
        %v36 = arith.addi %v35, %v32 : i64
        %v37 = arith.muli %v2, %size_B : i64
        %v38 = arith.muli %v37, %size_H : i64
        %v39 = arith.muli %v38, %size_DV : i64
        %v41 = arith.addi %size_L, %v40 : i64
        %v42 = arith.divui %v41, %v11 : i64
        %v43 = arith.muli %v5, %v1 : i64
        %v45 = arith.index_cast %v34 : i64 to index
        %v46 = arith.index_cast %v39 : i64 to index
        %v47 = arith.index_cast %v2 : i64 to index
        scf.for %v48 = %v45 to %v46 step %v47 {
          %v49 = arith.index_cast %v48 : index to i64
          %v50 = arith.remui %v49, %size_DV : i64
          %v51 = arith.divui %v49, %size_DV : i64
          %v52 = arith.remui %v51, %size_H : i64
          %v53 = arith.divui %v51, %size_H : i64
          %v54 = arith.remui %v53, %size_B : i64
          %v55 = arith.divui %v53, %size_B : i64
          %v56 = arith.muli %v34, %size_B : i64
          %v57 = arith.addi %v56, %v54 : i64
          %v58 = arith.muli %v57, %size_H : i64
          %v59 = arith.addi %v58, %v52 : i64
          %v60 = arith.muli %v59, %size_DV : i64
          %v61 = arith.addi %v60, %v50 : i64
          %v62 = arith.muli %v34, %v5 : i64
          %v63 = arith.addi %v62, %v61 : i64
          %v64 = arith.muli %v63, %v1 : i64
          %v65 = arith.addi %v64, %v36 : i64
          %v66 = arith.index_cast %v34 : i64 to index
          %v67 = arith.index_cast %v42 : i64 to index
          %v68 = arith.index_cast %v44 : i64 to index
          scf.for %v69 = %v66 to %v67 step %v68 {
            %v70 = arith.index_cast %v69 : index to i64
            %v71 = arith.addi %v70, %v34 : i64
            %v72 = arith.cmpi slt, %v71, %v42 : i64
            scf.if %v72 {
              %v73 = arith.muli %v71, %v43 : i64
              %v74 = arith.addi %v65, %v73 : i64
              %v75 = llvm.getelementptr %part_theta[%v74] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v76 = llvm.load %v75 : !llvm.ptr -> f32
              %v77 = llvm.load %v23 : !llvm.ptr -> f32
              %v78 = arith.addf %v77, %v76 fastmath<contract> : f32
              llvm.store %v78, %v23 : f32, !llvm.ptr
            }
            %v79 = arith.addi %v70, %v2 : i64
            %v80 = arith.cmpi slt, %v79, %v42 : i64
            scf.if %v80 {
              %v81 = arith.muli %v79, %v43 : i64
              %v82 = arith.addi %v65, %v81 : i64
              %v83 = llvm.getelementptr %part_theta[%v82] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v84 = llvm.load %v83 : !llvm.ptr -> f32
              %v85 = llvm.load %v24 : !llvm.ptr -> f32
              %v86 = arith.addf %v85, %v84 fastmath<contract> : f32
              llvm.store %v86, %v24 : f32, !llvm.ptr
            }
            %v88 = arith.addi %v70, %v87 : i64
            %v89 = arith.cmpi slt, %v88, %v42 : i64
            scf.if %v89 {
              %v90 = arith.muli %v88, %v43 : i64
              %v91 = arith.addi %v65, %v90 : i64
              %v92 = llvm.getelementptr %part_theta[%v91] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v93 = llvm.load %v92 : !llvm.ptr -> f32
              %v94 = llvm.load %v25 : !llvm.ptr -> f32
              %v95 = arith.addf %v94, %v93 fastmath<contract> : f32
              llvm.store %v95, %v25 : f32, !llvm.ptr
            }
            %v97 = arith.addi %v70, %v96 : i64
            %v98 = arith.cmpi slt, %v97, %v42 : i64
            scf.if %v98 {
              %v99 = arith.muli %v97, %v43 : i64
              %v100 = arith.addi %v65, %v99 : i64
              %v101 = llvm.getelementptr %part_theta[%v100] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v102 = llvm.load %v101 : !llvm.ptr -> f32
              %v103 = llvm.load %v26 : !llvm.ptr -> f32
              %v104 = arith.addf %v103, %v102 fastmath<contract> : f32
              llvm.store %v104, %v26 : f32, !llvm.ptr
            }
            %v106 = arith.addi %v70, %v105 : i64
            %v107 = arith.cmpi slt, %v106, %v42 : i64
            scf.if %v107 {
              %v108 = arith.muli %v106, %v43 : i64
              %v109 = arith.addi %v65, %v108 : i64
              %v110 = llvm.getelementptr %part_theta[%v109] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v111 = llvm.load %v110 : !llvm.ptr -> f32
              %v112 = llvm.load %v27 : !llvm.ptr -> f32
              %v113 = arith.addf %v112, %v111 fastmath<contract> : f32
              llvm.store %v113, %v27 : f32, !llvm.ptr
            }
            %v115 = arith.addi %v70, %v114 : i64
            %v116 = arith.cmpi slt, %v115, %v42 : i64
            scf.if %v116 {
              %v117 = arith.muli %v115, %v43 : i64
              %v118 = arith.addi %v65, %v117 : i64
              %v119 = llvm.getelementptr %part_theta[%v118] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v120 = llvm.load %v119 : !llvm.ptr -> f32
              %v121 = llvm.load %v28 : !llvm.ptr -> f32
              %v122 = arith.addf %v121, %v120 fastmath<contract> : f32
              llvm.store %v122, %v28 : f32, !llvm.ptr
            }
            %v124 = arith.addi %v70, %v123 : i64
            %v125 = arith.cmpi slt, %v124, %v42 : i64
            scf.if %v125 {
              %v126 = arith.muli %v124, %v43 : i64
              %v127 = arith.addi %v65, %v126 : i64
              %v128 = llvm.getelementptr %part_theta[%v127] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v129 = llvm.load %v128 : !llvm.ptr -> f32
              %v130 = llvm.load %v29 : !llvm.ptr -> f32
              %v131 = arith.addf %v130, %v129 fastmath<contract> : f32
              llvm.store %v131, %v29 : f32, !llvm.ptr
            }
            %v133 = arith.addi %v70, %v132 : i64
            %v134 = arith.cmpi slt, %v133, %v42 : i64
            scf.if %v134 {
              %v135 = arith.muli %v133, %v43 : i64
              %v136 = arith.addi %v65, %v135 : i64
              %v137 = llvm.getelementptr %part_theta[%v136] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v138 = llvm.load %v137 : !llvm.ptr -> f32
              %v139 = llvm.load %v30 : !llvm.ptr -> f32
              %v140 = arith.addf %v139, %v138 fastmath<contract> : f32
              llvm.store %v140, %v30 : f32, !llvm.ptr
            }
          }
        }
        %v141 = llvm.load %v23 : !llvm.ptr -> f32
        %v142 = llvm.load %v24 : !llvm.ptr -> f32
        %v143 = arith.addf %v141, %v142 fastmath<contract> : f32
        %v144 = llvm.load %v25 : !llvm.ptr -> f32
        %v145 = arith.addf %v143, %v144 fastmath<contract> : f32
        %v146 = llvm.load %v26 : !llvm.ptr -> f32
        %v147 = arith.addf %v145, %v146 fastmath<contract> : f32
        %v148 = llvm.load %v27 : !llvm.ptr -> f32
        %v149 = arith.addf %v147, %v148 fastmath<contract> : f32
        %v150 = llvm.load %v28 : !llvm.ptr -> f32
        %v151 = arith.addf %v149, %v150 fastmath<contract> : f32
        %v152 = llvm.load %v29 : !llvm.ptr -> f32
        %v153 = arith.addf %v151, %v152 fastmath<contract> : f32
        %v154 = llvm.load %v30 : !llvm.ptr -> f32
        %v155 = arith.addf %v153, %v154 fastmath<contract> : f32
        %v156 = llvm.getelementptr %dx_theta[%v13] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v155, %v156 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
