module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @gla_reduce_q(%part_q: !llvm.ptr, %dx_q: !llvm.ptr, %size_B: i64, %size_L: i64, %size_H: i64, %size_DK: i64, %size_DV: i64, %slice_first: i64, %slice_steps: i64) kernel {
      %v1 = arith.constant 16 : i64
      %v2 = arith.constant 1 : i64
      %v3 = arith.muli %v2, %size_B : i64
      %v4 = arith.muli %v3, %size_H : i64
      %v5 = arith.muli %v4, %size_DV : i64
      %v6 = arith.muli %v2, %size_B : i64
      %v7 = arith.muli %v6, %slice_steps : i64
      %v8 = arith.muli %v7, %size_H : i64
      %v9 = arith.muli %v8, %v1 : i64
      %v14 = arith.constant 256 : i64
      %v36 = arith.constant 0 : i64
      %v45 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v46 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v47 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v48 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v49 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v50 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v51 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v52 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v53 = arith.constant 0x00000000 : f32
      %v54 = arith.constant 31 : i64
      %v56 = arith.constant 32 : i64
      %v58 = arith.constant 8 : i64
      %v85 = arith.constant 2 : i64
      %v94 = arith.constant 3 : i64
      %v103 = arith.constant 4 : i64
      %v112 = arith.constant 5 : i64
      %v121 = arith.constant 6 : i64
      %v130 = arith.constant 7 : i64
      %v10 = gpu.block_id x
      %v11 = gpu.thread_id x
      %v12 = arith.index_cast %v11 : index to i64
      %v13 = arith.index_cast %v10 : index to i64
      %v15 = arith.muli %v13, %v14 : i64
      %v16 = arith.addi %v15, %v12 : i64
      %v17 = arith.cmpi slt, %v16, %v9 : i64
      %v18 = arith.subi %v9, %v2 : i64
      %v19 = arith.minsi %v16, %v18 : i64
      %v20 = arith.remui %v19, %size_DV : i64
      %v21 = arith.divui %v19, %size_DV : i64
      %v22 = arith.remui %v21, %size_H : i64
      %v23 = arith.divui %v21, %size_H : i64
      %v24 = arith.remui %v23, %size_B : i64
      %v25 = arith.divui %v23, %size_B : i64
      scf.if %v17 {
        %v26 = arith.remui %v16, %v1 : i64
        %v27 = arith.divui %v16, %v1 : i64
        %v28 = arith.remui %v27, %size_H : i64
        %v29 = arith.divui %v27, %size_H : i64
        %v30 = arith.remui %v29, %slice_steps : i64
        %v31 = arith.divui %v29, %slice_steps : i64
        %v32 = arith.remui %v31, %size_B : i64
        %v33 = arith.divui %v31, %size_B : i64
        %v34 = arith.addi %slice_first, %v30 : i64
        %v35 = arith.cmpi slt, %v34, %size_L : i64
        %v37 = arith.muli %v36, %size_B : i64
        %v38 = arith.addi %v37, %v32 : i64
        %v39 = arith.muli %v38, %size_L : i64
        %v40 = arith.addi %v39, %v34 : i64
        %v41 = arith.muli %v40, %size_H : i64
        %v42 = arith.addi %v41, %v28 : i64
        %v43 = arith.muli %v42, %v1 : i64
        %v44 = arith.addi %v43, %v26 : i64
        scf.if %v35 {
          llvm.store %v53, %v45 : f32, !llvm.ptr
          llvm.store %v53, %v46 : f32, !llvm.ptr
          llvm.store %v53, %v47 : f32, !llvm.ptr
          llvm.store %v53, %v48 : f32, !llvm.ptr
          llvm.store %v53, %v49 : f32, !llvm.ptr
          llvm.store %v53, %v50 : f32, !llvm.ptr
          llvm.store %v53, %v51 : f32, !llvm.ptr
          llvm.store %v53, %v52 : f32, !llvm.ptr
          %v55 = arith.addi %size_DV, %v54 : i64
          %v57 = arith.divui %v55, %v56 : i64
          %v59 = arith.index_cast %v36 : i64 to index
          %v60 = arith.index_cast %v2 : i64 to index
          %v61 = arith.index_cast %v2 : i64 to index
          scf.for %v62 = %v59 to %v60 step %v61 {
            %v63 = arith.index_cast %v62 : index to i64
            %v64 = arith.index_cast %v36 : i64 to index
            %v65 = arith.index_cast %v57 : i64 to index
            %v66 = arith.index_cast %v58 : i64 to index
            scf.for %v67 = %v64 to %v65 step %v66 {
              %v68 = arith.index_cast %v67 : index to i64
              %v69 = arith.addi %v68, %v36 : i64
              %v70 = arith.cmpi slt, %v69, %v57 : i64
              scf.if %v70 {
                %v71 = arith.muli %v69, %v9 : i64
                %v72 = arith.addi %v16, %v71 : i64
                %v73 = llvm.getelementptr %part_q[%v72] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v74 = llvm.load %v73 : !llvm.ptr -> f32
                %v75 = llvm.load %v45 : !llvm.ptr -> f32
                %v76 = arith.addf %v75, %v74 fastmath<contract> : f32
                llvm.store %v76, %v45 : f32, !llvm.ptr
              }
              %v77 = arith.addi %v68, %v2 : i64
              %v78 = arith.cmpi slt, %v77, %v57 : i64
              scf.if %v78 {
                %v79 = arith.muli %v77, %v9 : i64
                %v80 = arith.addi %v16, %v79 : i64
                %v81 = llvm.getelementptr %part_q[%v80] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v82 = llvm.load %v81 : !llvm.ptr -> f32
                %v83 = llvm.load %v46 : !llvm.ptr -> f32
                %v84 = arith.addf %v83, %v82 fastmath<contract> : f32
                llvm.store %v84, %v46 : f32, !llvm.ptr
              }
              %v86 = arith.addi %v68, %v85 : i64
              %v87 = arith.cmpi slt, %v86, %v57 : i64
              scf.if %v87 {
                %v88 = arith.muli %v86, %v9 : i64
                %v89 = arith.addi %v16, %v88 : i64
                %v90 = llvm.getelementptr %part_q[%v89] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v91 = llvm.load %v90 : !llvm.ptr -> f32
                %v92 = llvm.load %v47 : !llvm.ptr -> f32
                %v93 = arith.addf %v92, %v91 fastmath<contract> : f32
                llvm.store %v93, %v47 : f32, !llvm.ptr
              }
              %v95 = arith.addi %v68, %v94 : i64
              %v96 = arith.cmpi slt, %v95, %v57 : i64
              scf.if %v96 {
                %v97 = arith.muli %v95, %v9 : i64
                %v98 = arith.addi %v16, %v97 : i64
                %v99 = llvm.getelementptr %part_q[%v98] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v100 = llvm.load %v99 : !llvm.ptr -> f32
                %v101 = llvm.load %v48 : !llvm.ptr -> f32
                %v102 = arith.addf %v101, %v100 fastmath<contract> : f32
                llvm.store %v102, %v48 : f32, !llvm.ptr
              }
              %v104 = arith.addi %v68, %v103 : i64
              %v105 = arith.cmpi slt, %v104, %v57 : i64
              scf.if %v105 {
                %v106 = arith.muli %v104, %v9 : i64
                %v107 = arith.addi %v16, %v106 : i64
                %v108 = llvm.getelementptr %part_q[%v107] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v109 = llvm.load %v108 : !llvm.ptr -> f32
                %v110 = llvm.load %v49 : !llvm.ptr -> f32
                %v111 = arith.addf %v110, %v109 fastmath<contract> : f32
                llvm.store %v111, %v49 : f32, !llvm.ptr
              }
              %v113 = arith.addi %v68, %v112 : i64
              %v114 = arith.cmpi slt, %v113, %v57 : i64
              scf.if %v114 {
                %v115 = arith.muli %v113, %v9 : i64
                %v116 = arith.addi %v16, %v115 : i64
                %v117 = llvm.getelementptr %part_q[%v116] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v118 = llvm.load %v117 : !llvm.ptr -> f32
                %v119 = llvm.load %v50 : !llvm.ptr -> f32
                %v120 = arith.addf %v119, %v118 fastmath<contract> : f32
                llvm.store %v120, %v50 : f32, !llvm.ptr
              }
              %v122 = arith.addi %v68, %v121 : i64
              %v123 = arith.cmpi slt, %v122, %v57 : i64
              scf.if %v123 {
                %v124 = arith.muli %v122, %v9 : i64
                %v125 = arith.addi %v16, %v124 : i64
                %v126 = llvm.getelementptr %part_q[%v125] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v127 = llvm.load %v126 : !llvm.ptr -> f32
                %v128 = llvm.load %v51 : !llvm.ptr -> f32
                %v129 = arith.addf %v128, %v127 fastmath<contract> : f32
                llvm.store %v129, %v51 : f32, !llvm.ptr
              }
              %v131 = arith.addi %v68, %v130 : i64
              %v132 = arith.cmpi slt, %v131, %v57 : i64
              scf.if %v132 {
                %v133 = arith.muli %v131, %v9 : i64
                %v134 = arith.addi %v16, %v133 : i64
                %v135 = llvm.getelementptr %part_q[%v134] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v136 = llvm.load %v135 : !llvm.ptr -> f32
                %v137 = llvm.load %v52 : !llvm.ptr -> f32
                %v138 = arith.addf %v137, %v136 fastmath<contract> : f32
                llvm.store %v138, %v52 : f32, !llvm.ptr
              }
            }
          }
          %v139 = llvm.load %v45 : !llvm.ptr -> f32
          %v140 = llvm.load %v46 : !llvm.ptr -> f32
          %v141 = arith.addf %v139, %v140 fastmath<contract> : f32
          %v142 = llvm.load %v47 : !llvm.ptr -> f32
          %v143 = arith.addf %v141, %v142 fastmath<contract> : f32
          %v144 = llvm.load %v48 : !llvm.ptr -> f32
          %v145 = arith.addf %v143, %v144 fastmath<contract> : f32
          %v146 = llvm.load %v49 : !llvm.ptr -> f32
          %v147 = arith.addf %v145, %v146 fastmath<contract> : f32
          %v148 = llvm.load %v50 : !llvm.ptr -> f32
          %v149 = arith.addf %v147, %v148 fastmath<contract> : f32
          %v150 = llvm.load %v51 : !llvm.ptr -> f32
          %v151 = arith.addf %v149, %v150 fastmath<contract> : f32
          %v152 = llvm.load %v52 : !llvm.ptr -> f32
          %v153 = arith.addf %v151, %v152 fastmath<contract> : f32
          %v154 = llvm.getelementptr %dx_q[%v44] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v153, %v154 : f32, !llvm.ptr
        }
      }
      gpu.return
    }
  }
}
