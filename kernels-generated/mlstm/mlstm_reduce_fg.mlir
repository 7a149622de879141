module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @mlstm_reduce_fg(%part_fg: !llvm.ptr, %dx_fg: !llvm.ptr, %size_B: i64, %size_L: i64, %size_H: i64, %size_DK: i64, %size_DV: i64, %slice_first: i64, %slice_steps: i64) kernel {
      %v1 = arith.constant 16 : i64
      %v2 = arith.constant 1 : i64
      %v3 = arith.muli %v2, %size_B : i64
      %v4 = arith.muli %v3, %size_H : i64
      %v5 = arith.muli %v4, %size_DV : i64
      %v6 = arith.muli %v2, %size_B : i64
      %v7 = arith.muli %v6, %slice_steps : i64
      %v8 = arith.muli %v7, %size_H : i64
      %v13 = arith.constant 256 : i64
      %v33 = arith.constant 0 : i64
      %v40 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v41 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v42 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v43 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v44 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v45 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v46 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v47 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v48 = arith.constant 0x00000000 : f32
      %v49 = arith.constant 31 : i64
      %v51 = arith.constant 32 : i64
      %v53 = arith.constant 8 : i64
      %v80 = arith.constant 2 : i64
      %v89 = arith.constant 3 : i64
      %v98 = arith.constant 4 : i64
      %v107 = arith.constant 5 : i64
      %v116 = arith.constant 6 : i64
      %v125 = arith.constant 7 : i64
      %v9 = gpu.block_id x
      %v10 = gpu.thread_id x
      %v11 = arith.index_cast %v10 : index to i64
      %v12 = arith.index_cast %v9 : index to i64
      %v14 = arith.muli %v12, %v13 : i64
      %v15 = arith.addi %v14, %v11 : i64
      %v16 = arith.cmpi slt, %v15, %v8 : i64
      %v17 = arith.subi %v8, %v2 : i64
      %v18 = arith.minsi %v15, %v17 : i64
      %v19 = arith.remui %v18, %size_DV : i64
      %v20 = arith.divui %v18, %size_DV : i64
      %v21 = arith.remui %v20, %size_H : i64
      %v22 = arith.divui %v20, %size_H : i64
      %v23 = arith.remui %v22, %size_B : i64
      %v24 = arith.divui %v22, %size_B : i64
      scf.if %v16 {
        %v25 = arith.remui %v15, %size_H : i64
        %v26 = arith.divui %v15, %size_H : i64
        %v27 = arith.remui %v26, %slice_steps : i64
        %v28 = arith.divui %v26, %slice_steps : i64
        %v29 = arith.remui %v28, %size_B : i64
        %v30 = arith.divui %v28, %size_B : i64
        %v31 = arith.addi %slice_first, %v27 : i64
        %v32 = arith.cmpi slt, %v31, %size_L : i64
        %v34 = arith.muli %v33, %size_B : i64
        %v35 = arith.addi %v34, %v29 : i64
        %v36 = arith.muli %v35, %size_L : i64
        %v37 = arith.addi %v36, %v31 : i64
        %v38 = arith.muli %v37, %size_H : i64
        %v39 = arith.addi %v38, %v25 : i64
        scf.if %v32 {
          llvm.store %v48, %v40 : f32, !llvm.ptr
          llvm.store %v48, %v41 : f32, !llvm.ptr
          llvm.store %v48, %v42 : f32, !llvm.ptr
          llvm.store %v48, %v43 : f32, !llvm.ptr
          llvm.store %v48, %v44 : f32, !llvm.ptr
          llvm.store %v48, %v45 : f32, !llvm.ptr
          llvm.store %v48, %v46 : f32, !llvm.ptr
          llvm.store %v48, %v47 : f32, !llvm.ptr
          %v50 = arith.addi %size_DV, %v49 : i64
          %v52 = arith.divui %v50, %v51 : i64
          %v54 = arith.index_cast %v33 : i64 to index
          %v55 = arith.index_cast %v2 : i64 to index
          %v56 = arith.index_cast %v2 : i64 to index
          scf.for %v57 = %v54 to %v55 step %v56 {
            %v58 = arith.index_cast %v57 : index to i64
            %v59 = arith.index_cast %v33 : i64 to index
            %v60 = arith.index_cast %v52 : i64 to index
            %v61 = arith.index_cast %v53 : i64 to index
            scf.for %v62 = %v59 to %v60 step %v61 {
              %v63 = arith.index_cast %v62 : index to i64
              %v64 = arith.addi %v63, %v33 : i64
              %v65 = arith.cmpi slt, %v64, %v52 : i64
              scf.if %v65 {
                %v66 = arith.muli %v64, %v8 : i64
                %v67 = arith.addi %v15, %v66 : i64
                %v68 = llvm.getelementptr %part_fg[%v67] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v69 = llvm.load %v68 : !llvm.ptr -> f32
                %v70 = llvm.load %v40 : !llvm.ptr -> f32
                %v71 = arith.addf %v70, %v69 fastmath<contract> : f32
                llvm.store %v71, %v40 : f32, !llvm.ptr
              }
              %v72 = arith.addi %v63, %v2 : i64
              %v73 = arith.cmpi slt, %v72, %v52 : i64
              scf.if %v73 {
                %v74 = arith.muli %v72, %v8 : i64
                %v75 = arith.addi %v15, %v74 : i64
                %v76 = llvm.getelementptr %part_fg[%v75] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v77 = llvm.load %v76 : !llvm.ptr -> f32
                %v78 = llvm.load %v41 : !llvm.ptr -> f32
                %v79 = arith.addf %v78, %v77 fastmath<contract> : f32
                llvm.store %v79, %v41 : f32, !llvm.ptr
              }
              %v81 = arith.addi %v63, %v80 : i64
              %v82 = arith.cmpi slt, %v81, %v52 : i64
              scf.if %v82 {
                %v83 = arith.muli %v81, %v8 : i64
                %v84 = arith.addi %v15, %v83 : i64
                %v85 = llvm.getelementptr %part_fg[%v84] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v86 = llvm.load %v85 : !llvm.ptr -> f32
                %v87 = llvm.load %v42 : !llvm.ptr -> f32
                %v88 = arith.addf %v87, %v86 fastmath<contract> : f32
                llvm.store %v88, %v42 : f32, !llvm.ptr
              }
              %v90 = arith.addi %v63, %v89 : i64
              %v91 = arith.cmpi slt, %v90, %v52 : i64
              scf.if %v91 {
                %v92 = arith.muli %v90, %v8 : i64
                %v93 = arith.addi %v15, %v92 : i64
                %v94 = llvm.getelementptr %part_fg[%v93] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v95 = llvm.load %v94 : !llvm.ptr -> f32
                %v96 = llvm.load %v43 : !llvm.ptr -> f32
                %v97 = arith.addf %v96, %v95 fastmath<contract> : f32
                llvm.store %v97, %v43 : f32, !llvm.ptr
              }
              %v99 = arith.addi %v63, %v98 : i64
              %v100 = arith.cmpi slt, %v99, %v52 : i64
              scf.if %v100 {
                %v101 = arith.muli %v99, %v8 : i64
                %v102 = arith.addi %v15, %v101 : i64
                %v103 = llvm.getelementptr %part_fg[%v102] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v104 = llvm.load %v103 : !llvm.ptr -> f32
                %v105 = llvm.load %v44 : !llvm.ptr -> f32
                %v106 = arith.addf %v105, %v104 fastmath<contract> : f32
                llvm.store %v106, %v44 : f32, !llvm.ptr
              }
              %v108 = arith.addi %v63, %v107 : i64
              %v109 = arith.cmpi slt, %v108, %v52 : i64
              scf.if %v109 {
                %v110 = arith.muli %v108, %v8 : i64
                %v111 = arith.addi %v15, %v110 : i64
                %v112 = llvm.getelementptr %part_fg[%v111] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v113 = llvm.load %v112 : !llvm.ptr -> f32
                %v114 = llvm.load %v45 : !llvm.ptr -> f32
                %v115 = arith.addf %v114, %v113 fastmath<contract> : f32
                llvm.store %v115, %v45 : f32, !llvm.ptr
              }
              %v117 = arith.addi %v63, %v116 : i64
              %v118 = arith.cmpi slt, %v117, %v52 : i64
              scf.if %v118 {
                %v119 = arith.muli %v117, %v8 : i64
                %v120 = arith.addi %v15, %v119 : i64
                %v121 = llvm.getelementptr %part_fg[%v120] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v122 = llvm.load %v121 : !llvm.ptr -> f32
                %v123 = llvm.load %v46 : !llvm.ptr -> f32
                %v124 = arith.addf %v123, %v122 fastmath<contract> : f32
                llvm.store %v124, %v46 : f32, !llvm.ptr
              }
              %v126 = arith.addi %v63, %v125 : i64
              %v127 = arith.cmpi slt, %v126, %v52 : i64
              scf.if %v127 {
                %v128 = arith.muli %v126, %v8 : i64
                %v129 = arith.addi %v15, %v128 : i64
                %v130 = llvm.getelementptr %part_fg[%v129] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v131 = llvm.load %v130 : !llvm.ptr -> f32
                %v132 = llvm.load %v47 : !llvm.ptr -> f32
                %v133 = arith.addf %v132, %v131 fastmath<contract> : f32
                llvm.store %v133, %v47 : f32, !llvm.ptr
              }
            }
          }
          %v134 = llvm.load %v40 : !llvm.ptr -> f32
          %v135 = llvm.load %v41 : !llvm.ptr -> f32
          %v136 = arith.addf %v134, %v135 fastmath<contract> : f32
          %v137 = llvm.load %v42 : !llvm.ptr -> f32
          %v138 = arith.addf %v136, %v137 fastmath<contract> : f32
          %v139 = llvm.load %v43 : !llvm.ptr -> f32
          %v140 = arith.addf %v138, %v139 fastmath<contract> : f32
          %v141 = llvm.load %v44 : !llvm.ptr -> f32
          %v142 = arith.addf %v140, %v141 fastmath<contract> : f32
          %v143 = llvm.load %v45 : !llvm.ptr -> f32
          %v144 = arith.addf %v142, %v143 fastmath<contract> : f32
          %v145 = llvm.load %v46 : !llvm.ptr -> f32
          %v146 = arith.addf %v144, %v145 fastmath<contract> : f32
          %v147 = llvm.load %v47 : !llvm.ptr -> f32
          %v148 = arith.addf %v146, %v147 fastmath<contract> : f32
          %v149 = llvm.getelementptr %dx_fg[%v39] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v148, %v149 : f32, !llvm.ptr
        }
      }
      gpu.return
    }
  }
}
