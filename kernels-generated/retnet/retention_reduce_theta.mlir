module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @retention_reduce_theta(%part_theta: !llvm.ptr, %dx_theta: !llvm.ptr, %size_B: i64, %size_L: i64, %size_H: i64, %size_DK: i64, %size_DV: i64) kernel {
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
      %v41 = arith.constant 8 : i64
      %v84 = arith.constant 2 : i64
      %v93 = arith.constant 3 : i64
      %v102 = arith.constant 4 : i64
      %v111 = arith.constant 5 : i64
      %v120 = arith.constant 6 : i64
      %v129 = arith.constant 7 : i64
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
        %v40 = arith.muli %v5, %v1 : i64
        %v42 = arith.index_cast %v34 : i64 to index
        %v43 = arith.index_cast %v39 : i64 to index
        %v44 = arith.index_cast %v2 : i64 to index
        scf.for %v45 = %v42 to %v43 step %v44 {
          %v46 = arith.index_cast %v45 : index to i64
          %v47 = arith.remui %v46, %size_DV : i64
          %v48 = arith.divui %v46, %size_DV : i64
          %v49 = arith.remui %v48, %size_H : i64
          %v50 = arith.divui %v48, %size_H : i64
          %v51 = arith.remui %v50, %size_B : i64
          %v52 = arith.divui %v50, %size_B : i64
          %v53 = arith.muli %v34, %size_B : i64
          %v54 = arith.addi %v53, %v51 : i64
          %v55 = arith.muli %v54, %size_H : i64
          %v56 = arith.addi %v55, %v49 : i64
          %v57 = arith.muli %v56, %size_DV : i64
          %v58 = arith.addi %v57, %v47 : i64
          %v59 = arith.muli %v34, %v5 : i64
          %v60 = arith.addi %v59, %v58 : i64
          %v61 = arith.muli %v60, %v1 : i64
          %v62 = arith.addi %v61, %v36 : i64
          %v63 = arith.index_cast %v34 : i64 to index
          %v64 = arith.index_cast %v2 : i64 to index
          %v65 = arith.index_cast %v41 : i64 to index
          scf.for %v66 = %v63 to %v64 step %v65 {
            %v67 = arith.index_cast %v66 : index to i64
            %v68 = arith.addi %v67, %v34 : i64
            %v69 = arith.cmpi slt, %v68, %v2 : i64
            scf.if %v69 {
              %v70 = arith.muli %v68, %v40 : i64
              %v71 = arith.addi %v62, %v70 : i64
              %v72 = llvm.getelementptr %part_theta[%v71] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v73 = llvm.load %v72 : !llvm.ptr -> f32
              %v74 = llvm.load %v23 : !llvm.ptr -> f32
              %v75 = arith.addf %v74, %v73 fastmath<contract> : f32
              llvm.store %v75, %v23 : f32, !llvm.ptr
            }
            %v76 = arith.addi %v67, %v2 : i64
            %v77 = arith.cmpi slt, %v76, %v2 : i64
            scf.if %v77 {
              %v78 = arith.muli %v76, %v40 : i64
              %v79 = arith.addi %v62, %v78 : i64
              %v80 = llvm.getelementptr %part_theta[%v79] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v81 = llvm.load %v80 : !llvm.ptr -> f32
              %v82 = llvm.load %v24 : !llvm.ptr -> f32
              %v83 = arith.addf %v82, %v81 fastmath<contract> : f32
              llvm.store %v83, %v24 : f32, !llvm.ptr
            }
            %v85 = arith.addi %v67, %v84 : i64
            %v86 = arith.cmpi slt, %v85, %v2 : i64
            scf.if %v86 {
              %v87 = arith.muli %v85, %v40 : i64
              %v88 = arith.addi %v62, %v87 : i64
              %v89 = llvm.getelementptr %part_theta[%v88] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v90 = llvm.load %v89 : !llvm.ptr -> f32
              %v91 = llvm.load %v25 : !llvm.ptr -> f32
              %v92 = arith.addf %v91, %v90 fastmath<contract> : f32
              llvm.store %v92, %v25 : f32, !llvm.ptr
            }
            %v94 = arith.addi %v67, %v93 : i64
            %v95 = arith.cmpi slt, %v94, %v2 : i64
            scf.if %v95 {
              %v96 = arith.muli %v94, %v40 : i64
              %v97 = arith.addi %v62, %v96 : i64
              %v98 = llvm.getelementptr %part_theta[%v97] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v99 = llvm.load %v98 : !llvm.ptr -> f32
              %v100 = llvm.load %v26 : !llvm.ptr -> f32
              %v101 = arith.addf %v100, %v99 fastmath<contract> : f32
              llvm.store %v101, %v26 : f32, !llvm.ptr
            }
            %v103 = arith.addi %v67, %v102 : i64
            %v104 = arith.cmpi slt, %v103, %v2 : i64
            scf.if %v104 {
              %v105 = arith.muli %v103, %v40 : i64
              %v106 = arith.addi %v62, %v105 : i64
              %v107 = llvm.getelementptr %part_theta[%v106] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v108 = llvm.load %v107 : !llvm.ptr -> f32
              %v109 = llvm.load %v27 : !llvm.ptr -> f32
              %v110 = arith.addf %v109, %v108 fastmath<contract> : f32
              llvm.store %v110, %v27 : f32, !llvm.ptr
            }
            %v112 = arith.addi %v67, %v111 : i64
            %v113 = arith.cmpi slt, %v112, %v2 : i64
            scf.if %v113 {
              %v114 = arith.muli %v112, %v40 : i64
              %v115 = arith.addi %v62, %v114 : i64
              %v116 = llvm.getelementptr %part_theta[%v115] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v117 = llvm.load %v116 : !llvm.ptr -> f32
              %v118 = llvm.load %v28 : !llvm.ptr -> f32
              %v119 = arith.addf %v118, %v117 fastmath<contract> : f32
              llvm.store %v119, %v28 : f32, !llvm.ptr
            }
            %v121 = arith.addi %v67, %v120 : i64
            %v122 = arith.cmpi slt, %v121, %v2 : i64
            scf.if %v122 {
              %v123 = arith.muli %v121, %v40 : i64
              %v124 = arith.addi %v62, %v123 : i64
              %v125 = llvm.getelementptr %part_theta[%v124] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v126 = llvm.load %v125 : !llvm.ptr -> f32
              %v127 = llvm.load %v29 : !llvm.ptr -> f32
              %v128 = arith.addf %v127, %v126 fastmath<contract> : f32
              llvm.store %v128, %v29 : f32, !llvm.ptr
            }
            %v130 = arith.addi %v67, %v129 : i64
            %v131 = arith.cmpi slt, %v130, %v2 : i64
            scf.if %v131 {
              %v132 = arith.muli %v130, %v40 : i64
              %v133 = arith.addi %v62, %v132 : i64
              %v134 = llvm.getelementptr %part_theta[%v133] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v135 = llvm.load %v134 : !llvm.ptr -> f32
              %v136 = llvm.load %v30 : !llvm.ptr -> f32
              %v137 = arith.addf %v136, %v135 fastmath<contract> : f32
              llvm.store %v137, %v30 : f32, !llvm.ptr
            }
          }
        }
        %v138 = llvm.load %v23 : !llvm.ptr -> f32
        %v139 = llvm.load %v24 : !llvm.ptr -> f32
        %v140 = arith.addf %v138, %v139 fastmath<contract> : f32
        %v141 = llvm.load %v25 : !llvm.ptr -> f32
        %v142 = arith.addf %v140, %v141 fastmath<contract> : f32
        %v143 = llvm.load %v26 : !llvm.ptr -> f32
        %v144 = arith.addf %v142, %v143 fastmath<contract> : f32
        %v145 = llvm.load %v27 : !llvm.ptr -> f32
        %v146 = arith.addf %v144, %v145 fastmath<contract> : f32
        %v147 = llvm.load %v28 : !llvm.ptr -> f32
        %v148 = arith.addf %v146, %v147 fastmath<contract> : f32
        %v149 = llvm.load %v29 : !llvm.ptr -> f32
        %v150 = arith.addf %v148, %v149 fastmath<contract> : f32
        %v151 = llvm.load %v30 : !llvm.ptr -> f32
        %v152 = arith.addf %v150, %v151 fastmath<contract> : f32
        %v153 = llvm.getelementptr %dx_theta[%v13] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v152, %v153 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
