module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @retention_seg_reduce_gamma(%part_gamma: !llvm.ptr, %dx_gamma: !llvm.ptr, %size_B: i64, %size_L: i64, %size_H: i64, %size_DK: i64, %size_DV: i64) kernel {
      %v1 = arith.constant 16 : i64
      %v2 = arith.constant 1 : i64
      %v3 = arith.muli %v2, %size_B : i64
      %v4 = arith.muli %v3, %size_H : i64
      %v5 = arith.muli %v4, %size_DV : i64
      %v6 = arith.muli %v2, %size_H : i64
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
      %v37 = arith.constant 255 : i64
      %v41 = arith.constant 8 : i64
      %v82 = arith.constant 2 : i64
      %v91 = arith.constant 3 : i64
      %v100 = arith.constant 4 : i64
      %v109 = arith.constant 5 : i64
      %v118 = arith.constant 6 : i64
      %v127 = arith.constant 7 : i64
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
        %v32 = arith.remui %v13, %size_H : i64
        %v33 = arith.divui %v13, %size_H : i64
        %v35 = arith.muli %v2, %size_B : i64
        %v36 = arith.muli %v35, %size_DV : i64
        %v38 = arith.addi %size_L, %v37 : i64
        %v39 = arith.divui %v38, %v11 : i64
        %v40 = arith.muli %v5, %v2 : i64
        %v42 = arith.index_cast %v34 : i64 to index
        %v43 = arith.index_cast %v36 : i64 to index
        %v44 = arith.index_cast %v2 : i64 to index
        scf.for %v45 = %v42 to %v43 step %v44 {
          %v46 = arith.index_cast %v45 : index to i64
          %v47 = arith.remui %v46, %size_DV : i64
          %v48 = arith.divui %v46, %size_DV : i64
          %v49 = arith.remui %v48, %size_B : i64
          %v50 = arith.divui %v48, %size_B : i64
          %v51 = arith.muli %v34, %size_B : i64
          %v52 = arith.addi %v51, %v49 : i64
          %v53 = arith.muli %v52, %size_H : i64
          %v54 = arith.addi %v53, %v32 : i64
          %v55 = arith.muli %v54, %size_DV : i64
          %v56 = arith.addi %v55, %v47 : i64
          %v57 = arith.muli %v34, %v5 : i64
          %v58 = arith.addi %v57, %v56 : i64
          %v59 = arith.muli %v58, %v2 : i64
          %v60 = arith.addi %v59, %v34 : i64
          %v61 = arith.index_cast %v34 : i64 to index
          %v62 = arith.index_cast %v39 : i64 to index
          %v63 = arith.index_cast %v41 : i64 to index
          scf.for %v64 = %v61 to %v62 step %v63 {
            %v65 = arith.index_cast %v64 : index to i64
            %v66 = arith.addi %v65, %v34 : i64
            %v67 = arith.cmpi slt, %v66, %v39 : i64
            scf.if %v67 {
              %v68 = arith.muli %v66, %v40 : i64
              %v69 = arith.addi %v60, %v68 : i64
              %v70 = llvm.getelementptr %part_gamma[%v69] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v71 = llvm.load %v70 : !llvm.ptr -> f32
              %v72 = llvm.load %v23 : !llvm.ptr -> f32
              %v73 = arith.addf %v72, %v71 fastmath<contract> : f32
              llvm.store %v73, %v23 : f32, !llvm.ptr
            }
            %v74 = arith.addi %v65, %v2 : i64
            %v75 = arith.cmpi slt, %v74, %v39 : i64
            scf.if %v75 {
              %v76 = arith.muli %v74, %v40 : i64
              %v77 = arith.addi %v60, %v76 : i64
              %v78 = llvm.getelementptr %part_gamma[%v77] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v79 = llvm.load %v78 : !llvm.ptr -> f32
              %v80 = llvm.load %v24 : !llvm.ptr -> f32
              %v81 = arith.addf %v80, %v79 fastmath<contract> : f32
              llvm.store %v81, %v24 : f32, !llvm.ptr
            }
            %v83 = arith.addi %v65, %v82 : i64
            %v84 = arith.cmpi slt, %v83, %v39 : i64
            scf.if %v84 {
              %v85 = arith.muli %v83, %v40 : i64
              %v86 = arith.addi %v60, %v85 : i64
              %v87 = llvm.getelementptr %part_gamma[%v86] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v88 = llvm.load %v87 : !llvm.ptr -> f32
              %v89 = llvm.load %v25 : !llvm.ptr -> f32
              %v90 = arith.addf %v89, %v88 fastmath<contract> : f32
              llvm.store %v90, %v25 : f32, !llvm.ptr
            }
            %v92 = arith.addi %v65, %v91 : i64
            %v93 = arith.cmpi slt, %v92, %v39 : i64
            scf.if %v93 {
              %v94 = arith.muli %v92, %v40 : i64
              %v95 = arith.addi %v60, %v94 : i64
              %v96 = llvm.getelementptr %part_gamma[%v95] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v97 = llvm.load %v96 : !llvm.ptr -> f32
              %v98 = llvm.load %v26 : !llvm.ptr -> f32
              %v99 = arith.addf %v98, %v97 fastmath<contract> : f32
              llvm.store %v99, %v26 : f32, !llvm.ptr
            }
            %v101 = arith.addi %v65, %v100 : i64
            %v102 = arith.cmpi slt, %v101, %v39 : i64
            scf.if %v102 {
              %v103 = arith.muli %v101, %v40 : i64
              %v104 = arith.addi %v60, %v103 : i64
              %v105 = llvm.getelementptr %part_gamma[%v104] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v106 = llvm.load %v105 : !llvm.ptr -> f32
              %v107 = llvm.load %v27 : !llvm.ptr -> f32
              %v108 = arith.addf %v107, %v106 fastmath<contract> : f32
              llvm.store %v108, %v27 : f32, !llvm.ptr
            }
            %v110 = arith.addi %v65, %v109 : i64
            %v111 = arith.cmpi slt, %v110, %v39 : i64
            scf.if %v111 {
              %v112 = arith.muli %v110, %v40 : i64
              %v113 = arith.addi %v60, %v112 : i64
              %v114 = llvm.getelementptr %part_gamma[%v113] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v115 = llvm.load %v114 : !llvm.ptr -> f32
              %v116 = llvm.load %v28 : !llvm.ptr -> f32
              %v117 = arith.addf %v116, %v115 fastmath<contract> : f32
              llvm.store %v117, %v28 : f32, !llvm.ptr
            }
            %v119 = arith.addi %v65, %v118 : i64
            %v120 = arith.cmpi slt, %v119, %v39 : i64
            scf.if %v120 {
              %v121 = arith.muli %v119, %v40 : i64
              %v122 = arith.addi %v60, %v121 : i64
              %v123 = llvm.getelementptr %part_gamma[%v122] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v124 = llvm.load %v123 : !llvm.ptr -> f32
              %v125 = llvm.load %v29 : !llvm.ptr -> f32
              %v126 = arith.addf %v125, %v124 fastmath<contract> : f32
              llvm.store %v126, %v29 : f32, !llvm.ptr
            }
            %v128 = arith.addi %v65, %v127 : i64
            %v129 = arith.cmpi slt, %v128, %v39 : i64
            scf.if %v129 {
              %v130 = arith.muli %v128, %v40 : i64
              %v131 = arith.addi %v60, %v130 : i64
              %v132 = llvm.getelementptr %part_gamma[%v131] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v133 = llvm.load %v132 : !llvm.ptr -> f32
              %v134 = llvm.load %v30 : !llvm.ptr -> f32
              %v135 = arith.addf %v134, %v133 fastmath<contract> : f32
              llvm.store %v135, %v30 : f32, !llvm.ptr
            }
          }
        }
        %v136 = llvm.load %v23 : !llvm.ptr -> f32
        %v137 = llvm.load %v24 : !llvm.ptr -> f32
        %v138 = arith.addf %v136, %v137 fastmath<contract> : f32
        %v139 = llvm.load %v25 : !llvm.ptr -> f32
        %v140 = arith.addf %v138, %v139 fastmath<contract> : f32
        %v141 = llvm.load %v26 : !llvm.ptr -> f32
        %v142 = arith.addf %v140, %v141 fastmath<contract> : f32
        %v143 = llvm.load %v27 : !llvm.ptr -> f32
        %v144 = arith.addf %v142, %v143 fastmath<contract> : f32
        %v145 = llvm.load %v28 : !llvm.ptr -> f32
        %v146 = arith.addf %v144, %v145 fastmath<contract> : f32
        %v147 = llvm.load %v29 : !llvm.ptr -> f32
        %v148 = arith.addf %v146, %v147 fastmath<contract> : f32
        %v149 = llvm.load %v30 : !llvm.ptr -> f32
        %v150 = arith.addf %v148, %v149 fastmath<contract> : f32
        %v151 = llvm.getelementptr %dx_gamma[%v13] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v150, %v151 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
