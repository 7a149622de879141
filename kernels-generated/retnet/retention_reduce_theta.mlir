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
      %v24 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v25 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v26 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v27 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v28 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v29 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v30 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v31 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v32 = arith.constant 0x00000000 : f32
      %v35 = arith.constant 0 : i64
      %v42 = arith.constant 8 : i64
      %v85 = arith.constant 2 : i64
      %v94 = arith.constant 3 : i64
      %v103 = arith.constant 4 : i64
      %v112 = arith.constant 5 : i64
      %v121 = arith.constant 6 : i64
      %v130 = arith.constant 7 : i64
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
        %v23 = arith.constant true
        scf.if %v23 {
          llvm.store %v32, %v24 : f32, !llvm.ptr
          llvm.store %v32, %v25 : f32, !llvm.ptr
          llvm.store %v32, %v26 : f32, !llvm.ptr
          llvm.store %v32, %v27 : f32, !llvm.ptr
          llvm.store %v32, %v28 : f32, !llvm.ptr
          llvm.store %v32, %v29 : f32, !llvm.ptr
          llvm.store %v32, %v30 : f32, !llvm.ptr
          llvm.store %v32, %v31 : f32, !llvm.ptr
          %v33 = arith.remui %v13, %v1 : i64
          %v34 = arith.divui %v13, %v1 : i64
          %v36 = arith.muli %v35, %v1 : i64
          %v37 = arith.addi %v36, %v33 : i64
          %v38 = arith.muli %v2, %size_B : i64
          %v39 = arith.muli %v38, %size_H : i64
          %v40 = arith.muli %v39, %size_DV : i64
          %v41 = arith.muli %v5, %v1 : i64
          %v43 = arith.index_cast %v35 : i64 to index
          %v44 = arith.index_cast %v40 : i64 to index
          %v45 = arith.index_cast %v2 : i64 to index
          scf.for %v46 = %v43 to %v44 step %v45 {
            %v47 = arith.index_cast %v46 : index to i64
            %v48 = arith.remui %v47, %size_DV : i64
            %v49 = arith.divui %v47, %size_DV : i64
            %v50 = arith.remui %v49, %size_H : i64
            %v51 = arith.divui %v49, %size_H : i64
            %v52 = arith.remui %v51, %size_B : i64
            %v53 = arith.divui %v51, %size_B : i64
            %v54 = arith.muli %v35, %size_B : i64
            %v55 = arith.addi %v54, %v52 : i64
            %v56 = arith.muli %v55, %size_H : i64
            %v57 = arith.addi %v56, %v50 : i64
            %v58 = arith.muli %v57, %size_DV : i64
            %v59 = arith.addi %v58, %v48 : i64
            %v60 = arith.muli %v35, %v5 : i64
            %v61 = arith.addi %v60, %v59 : i64
            %v62 = arith.muli %v61, %v1 : i64
            %v63 = arith.addi %v62, %v37 : i64
            %v64 = arith.index_cast %v35 : i64 to index
            %v65 = arith.index_cast %v2 : i64 to index
            %v66 = arith.index_cast %v42 : i64 to index
            scf.for %v67 = %v64 to %v65 step %v66 {
              %v68 = arith.index_cast %v67 : index to i64
              %v69 = arith.addi %v68, %v35 : i64
              %v70 = arith.cmpi slt, %v69, %v2 : i64
              scf.if %v70 {
                %v71 = arith.muli %v69, %v41 : i64
                %v72 = arith.addi %v63, %v71 : i64
                %v73 = llvm.getelementptr %part_theta[%v72] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v74 = llvm.load %v73 : !llvm.ptr -> f32
                %v75 = llvm.load %v24 : !llvm.ptr -> f32
                %v76 = arith.addf %v75, %v74 fastmath<contract> : f32
                llvm.store %v76, %v24 : f32, !llvm.ptr
              }
              %v77 = arith.addi %v68, %v2 : i64
              %v78 = arith.cmpi slt, %v77, %v2 : i64
              scf.if %v78 {
                %v79 = arith.muli %v77, %v41 : i64
                %v80 = arith.addi %v63, %v79 : i64
                %v81 = llvm.getelementptr %part_theta[%v80] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v82 = llvm.load %v81 : !llvm.ptr -> f32
                %v83 = llvm.load %v25 : !llvm.ptr -> f32
                %v84 = arith.addf %v83, %v82 fastmath<contract> : f32
                llvm.store %v84, %v25 : f32, !llvm.ptr
              }
              %v86 = arith.addi %v68, %v85 : i64
              %v87 = arith.cmpi slt, %v86, %v2 : i64
              scf.if %v87 {
                %v88 = arith.muli %v86, %v41 : i64
                %v89 = arith.addi %v63, %v88 : i64
                %v90 = llvm.getelementptr %part_theta[%v89] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v91 = llvm.load %v90 : !llvm.ptr -> f32
                %v92 = llvm.load %v26 : !llvm.ptr -> f32
                %v93 = arith.addf %v92, %v91 fastmath<contract> : f32
                llvm.store %v93, %v26 : f32, !llvm.ptr
              }
              %v95 = arith.addi %v68, %v94 : i64
              %v96 = arith.cmpi slt, %v95, %v2 : i64
              scf.if %v96 {
                %v97 = arith.muli %v95, %v41 : i64
                %v98 = arith.addi %v63, %v97 : i64
                %v99 = llvm.getelementptr %part_theta[%v98] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v100 = llvm.load %v99 : !llvm.ptr -> f32
                %v101 = llvm.load %v27 : !llvm.ptr -> f32
                %v102 = arith.addf %v101, %v100 fastmath<contract> : f32
                llvm.store %v102, %v27 : f32, !llvm.ptr
              }
              %v104 = arith.addi %v68, %v103 : i64
              %v105 = arith.cmpi slt, %v104, %v2 : i64
              scf.if %v105 {
                %v106 = arith.muli %v104, %v41 : i64
                %v107 = arith.addi %v63, %v106 : i64
                %v108 = llvm.getelementptr %part_theta[%v107] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v109 = llvm.load %v108 : !llvm.ptr -> f32
                %v110 = llvm.load %v28 : !llvm.ptr -> f32
                %v111 = arith.addf %v110, %v109 fastmath<contract> : f32
                llvm.store %v111, %v28 : f32, !llvm.ptr
              }
              %v113 = arith.addi %v68, %v112 : i64
              %v114 = arith.cmpi slt, %v113, %v2 : i64
              scf.if %v114 {
                %v115 = arith.muli %v113, %v41 : i64
                %v116 = arith.addi %v63, %v115 : i64
                %v117 = llvm.getelementptr %part_theta[%v116] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v118 = llvm.load %v117 : !llvm.ptr -> f32
                %v119 = llvm.load %v29 : !llvm.ptr -> f32
                %v120 = arith.addf %v119, %v118 fastmath<contract> : f32
                llvm.store %v120, %v29 : f32, !llvm.ptr
              }
              %v122 = arith.addi %v68, %v121 : i64
              %v123 = arith.cmpi slt, %v122, %v2 : i64
              scf.if %v123 {
                %v124 = arith.muli %v122, %v41 : i64
                %v125 = arith.addi %v63, %v124 : i64
                %v126 = llvm.getelementptr %part_theta[%v125] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v127 = llvm.load %v126 : !llvm.ptr -> f32
                %v128 = llvm.load %v30 : !llvm.ptr -> f32
                %v129 = arith.addf %v128, %v127 fastmath<contract> : f32
                llvm.store %v129, %v30 : f32, !llvm.ptr
              }
              %v131 = arith.addi %v68, %v130 : i64
              %v132 = arith.cmpi slt, %v131, %v2 : i64
              scf.if %v132 {
                %v133 = arith.muli %v131, %v41 : i64
                %v134 = arith.addi %v63, %v133 : i64
                %v135 = llvm.getelementptr %part_theta[%v134] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v136 = llvm.load %v135 : !llvm.ptr -> f32
                %v137 = llvm.load %v31 : !llvm.ptr -> f32
                %v138 = arith.addf %v137, %v136 fastmath<contract> : f32
                llvm.store %v138, %v31 : f32, !llvm.ptr
              }
            }
          }
          %v139 = llvm.load %v24 : !llvm.ptr -> f32
          %v140 = llvm.load %v25 : !llvm.ptr -> f32
          %v141 = arith.addf %v139, %v140 fastmath<contract> : f32
          %v142 = llvm.load %v26 : !llvm.ptr -> f32
          %v143 = arith.addf %v141, %v142 fastmath<contract> : f32
          %v144 = llvm.load %v27 : !llvm.ptr -> f32
          %v145 = arith.addf %v143, %v144 fastmath<contract> : f32
          %v146 = llvm.load %v28 : !llvm.ptr -> f32
          %v147 = arith.addf %v145, %v146 fastmath<contract> : f32
          %v148 = llvm.load %v29 : !llvm.ptr -> f32
          %v149 = arith.addf %v147, %v148 fastmath<contract> : f32
          %v150 = llvm.load %v30 : !llvm.ptr -> f32
          %v151 = arith.addf %v149, %v150 fastmath<contract> : f32
          %v152 = llvm.load %v31 : !llvm.ptr -> f32
          %v153 = arith.addf %v151, %v152 fastmath<contract> : f32
          %v154 = llvm.getelementptr %dx_theta[%v13] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v153, %v154 : f32, !llvm.ptr
        }
      }
      gpu.return
    }
  }
}
