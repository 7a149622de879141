module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @retention_reduce_gamma(%part_gamma: !llvm.ptr, %dx_gamma: !llvm.ptr, %size_B: i64, %size_L: i64, %size_H: i64, %size_DK: i64, %size_DV: i64) kernel {
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
      %v38 = arith.constant 8 : i64
      %v79 = arith.constant 2 : i64
      %v88 = arith.constant 3 : i64
      %v97 = arith.constant 4 : i64
      %v106 = arith.constant 5 : i64
      %v115 = arith.constant 6 : i64
      %v124 = arith.constant 7 : i64
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
        %v37 = arith.muli %v5, %v2 : i64
        %v39 = arith.index_cast %v34 : i64 to index
        %v40 = arith.index_cast %v36 : i64 to index
        %v41 = arith.index_cast %v2 : i64 to index
        scf.for %v42 = %v39 to %v40 step %v41 {
          %v43 = arith.index_cast %v42 : index to i64
          %v44 = arith.remui %v43, %size_DV : i64
          %v45 = arith.divui %v43, %size_DV : i64
          %v46 = arith.remui %v45, %size_B : i64
          %v47 = arith.divui %v45, %size_B : i64
          %v48 = arith.muli %v34, %size_B : i64
          %v49 = arith.addi %v48, %v46 : i64
          %v50 = arith.muli %v49, %size_H : i64
          %v51 = arith.addi %v50, %v32 : i64
          %v52 = arith.muli %v51, %size_DV : i64
          %v53 = arith.addi %v52, %v44 : i64
          %v54 = arith.muli %v34, %v5 : i64
          %v55 = arith.addi %v54, %v53 : i64
          %v56 = arith.muli %v55, %v2 : i64
          %v57 = arith.addi %v56, %v34 : i64
          %v58 = arith.index_cast %v34 : i64 to index
          %v59 = arith.index_cast %v2 : i64 to index
          %v60 = arith.index_cast %v38 : i64 to index
          scf.for %v61 = %v58 to %v59 step %v60 {
            %v62 = arith.index_cast %v61 : index to i64
            %v63 = arith.addi %v62, %v34 : i64
            %v64 = arith.cmpi slt, %v63, %v2 : i64
            scf.if %v64 {
              %v65 = arith.muli %v63, %v37 : i64
              %v66 = arith.addi %v57, %v65 : i64
              %v67 = llvm.getelementptr %part_gamma[%v66] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v68 = llvm.load %v67 : !llvm.ptr -> f32
              %v69 = llvm.load %v23 : !llvm.ptr -> f32
              %v70 = arith.addf %v69, %v68 fastmath<contract> : f32
              llvm.store %v70, %v23 : f32, !llvm.ptr
            }
            %v71 = arith.addi %v62, %v2 : i64
            %v72 = arith.cmpi slt, %v71, %v2 : i64
            scf.if %v72 {
              %v73 = arith.muli %v71, %v37 : i64
              %v74 = arith.addi %v57, %v73 : i64
              %v75 = llvm.getelementptr %part_gamma[%v74] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v76 = llvm.load %v75 : !llvm.ptr -> f32
              %v77 = llvm.load %v24 : !llvm.ptr -> f32
              %v78 = arith.addf %v77, %v76 fastmath<contract> : f32
              llvm.store %v78, %v24 : f32, !llvm.ptr
            }
            %v80 = arith.addi %v62, %v79 : i64
            %v81 = arith.cmpi slt, %v80, %v2 : i64
            scf.if %v81 {
              %v82 = arith.muli %v80, %v37 : i64
              %v83 = arith.addi %v57, %v82 : i64
              %v84 = llvm.getelementptr %part_gamma[%v83] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v85 = llvm.load %v84 : !llvm.ptr -> f32
              %v86 = llvm.load %v25 : !llvm.ptr -> f32
              %v87 = arith.addf %v86, %v85 fastmath<contract> : f32
              llvm.store %v87, %v25 : f32, !llvm.ptr
            }
            %v89 = arith.addi %v62, %v88 : i64
            %v90 = arith.cmpi slt, %v89, %v2 : i64
            scf.if %v90 {
              %v91 = arith.muli %v89, %v37 : i64
              %v92 = arith.addi %v57, %v91 : i64
              %v93 = llvm.getelementptr %part_gamma[%v92] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v94 = llvm.load %v93 : !llvm.ptr -> f32
              %v95 = llvm.load %v26 : !llvm.ptr -> f32
              %v96 = arith.addf %v95, %v94 fastmath<contract> : f32
              llvm.store %v96, %v26 : f32, !llvm.ptr
            }
            %v98 = arith.addi %v62, %v97 : i64
            %v99 = arith.cmpi slt, %v98, %v2 : i64
            scf.if %v99 {
              %v100 = arith.muli %v98, %v37 : i64
              %v101 = arith.addi %v57, %v100 : i64
              %v102 = llvm.getelementptr %part_gamma[%v101] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v103 = llvm.load %v102 : !llvm.ptr -> f32
              %v104 = llvm.load %v27 : !llvm.ptr -> f32
              %v105 = arith.addf %v104, %v103 fastmath<contract> : f32
              llvm.store %v105, %v27 : f32, !llvm.ptr
            }
            %v107 = arith.addi %v62, %v106 : i64
            %v108 = arith.cmpi slt, %v107, %v2 : i64
            scf.if %v108 {
              %v109 = arith.muli %v107, %v37 : i64
              %v110 = arith.addi %v57, %v109 : i64
              %v111 = llvm.getelementptr %part_gamma[%v110] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v112 = llvm.load %v111 : !llvm.ptr -> f32
              %v113 = llvm.load %v28 : !llvm.ptr -> f32
              %v114 = arith.addf %v113, %v112 fastmath<contract> : f32
              llvm.store %v114, %v28 : f32, !llvm.ptr
            }
            %v116 = arith.addi %v62, %v115 : i64
            %v117 = arith.cmpi slt, %v116, %v2 : i64
            scf.if %v117 {
              %v118 = arith.muli %v116, %v37 : i64
              %v119 = arith.addi %v57, %v118 : i64
              %v120 = llvm.getelementptr %part_gamma[%v119] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v121 = llvm.load %v120 : !llvm.ptr -> f32
              %v122 = llvm.load %v29 : !llvm.ptr -> f32
              %v123 = arith.addf %v122, %v121 fastmath<contract> : f32
              llvm.store %v123, %v29 : f32, !llvm.ptr
            }
            %v125 = arith.addi %v62, %v124 : i64
            %v126 = arith.cmpi slt, %v125, %v2 : i64
            scf.if %v126 {
              %v127 = arith.muli %v125, %v37 : i64
              %v128 = arith.addi %v57, %v127 : i64
              %v129 = llvm.getelementptr %part_gamma[%v128] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v130 = llvm.load %v129 : !llvm.ptr -> f32
              %v131 = llvm.load %v30 : !llvm.ptr -> f32
              %v132 = arith.addf %v131, %v130 fastmath<contract> : f32
              llvm.store %v132, %v30 : f32, !llvm.ptr
            }
          }
        }
        %v133 = llvm.load %v23 : !llvm.ptr -> f32
        %v134 = llvm.load %v24 : !llvm.ptr -> f32
        %v135 = arith.addf %v133, %v134 fastmath<contract> : f32
        %v136 = llvm.load %v25 : !llvm.ptr -> f32
        %v137 = arith.addf %v135, %v136 fastmath<contract> : f32
        %v138 = llvm.load %v26 : !llvm.ptr -> f32
        %v139 = arith.addf %v137, %v138 fastmath<contract> : f32
        %v140 = llvm.load %v27 : !llvm.ptr -> f32
        %v141 = arith.addf %v139, %v140 fastmath<contract> : f32
        %v142 = llvm.load %v28 : !llvm.ptr -> f32
        %v143 = arith.addf %v141, %v142 fastmath<contract> : f32
        %v144 = llvm.load %v29 : !llvm.ptr -> f32
        %v145 = arith.addf %v143, %v144 fastmath<contract> : f32
        %v146 = llvm.load %v30 : !llvm.ptr -> f32
        %v147 = arith.addf %v145, %v146 fastmath<contract> : f32
        %v148 = llvm.getelementptr %dx_gamma[%v13] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v147, %v148 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
