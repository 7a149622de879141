module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @selective_scan_seg_reduce_h0(%part_h0: !llvm.ptr, %dx_h0: !llvm.ptr, %size_B: i64, %size_D: i64, %size_L: i64, %size_N: i64) kernel {
      %v1 = arith.constant 16 : i64
      %v2 = arith.constant 1 : i64
      %v3 = arith.muli %v2, %size_B : i64
      %v4 = arith.muli %v3, %size_D : i64
      %v5 = arith.muli %v2, %size_B : i64
      %v6 = arith.muli %v5, %size_D : i64
      %v7 = arith.muli %v6, %v1 : i64
      %v12 = arith.constant 256 : i64
      %v22 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v23 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v24 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v25 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v26 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v27 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v28 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v29 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v30 = arith.constant 0x00000000 : f32
      %v37 = arith.constant 0 : i64
      %v40 = arith.constant 255 : i64
      %v44 = arith.constant 8 : i64
      %v79 = arith.constant 2 : i64
      %v88 = arith.constant 3 : i64
      %v97 = arith.constant 4 : i64
      %v106 = arith.constant 5 : i64
      %v115 = arith.constant 6 : i64
      %v124 = arith.constant 7 : i64
      %v8 = gpu.block_id x
      %v9 = gpu.thread_id x
      %v10 = arith.index_cast %v9 : index to i64
      %v11 = arith.index_cast %v8 : index to i64
      %v13 = arith.muli %v11, %v12 : i64
      %v14 = arith.addi %v13, %v10 : i64
      %v15 = arith.cmpi slt, %v14, %v7 : i64
      %v16 = arith.subi %v7, %v2 : i64
      %v17 = arith.minsi %v14, %v16 : i64
      %v18 = arith.remui %v17, %size_D : i64
      %v19 = arith.divui %v17, %size_D : i64
      %v20 = arith.remui %v19, %size_B : i64
      %v21 = arith.divui %v19, %size_B : i64
      scf.if %v15 {
        llvm.store %v30, %v22 : f32, !llvm.ptr
        llvm.store %v30, %v23 : f32, !llvm.ptr
        llvm.store %v30, %v24 : f32, !llvm.ptr
        llvm.store %v30, %v25 : f32, !llvm.ptr
        llvm.store %v30, %v26 : f32, !llvm.ptr
        llvm.store %v30, %v27 : f32, !llvm.ptr
        llvm.store %v30, %v28 : f32, !llvm.ptr
        llvm.store %v30, %v29 : f32, !llvm.ptr
        %v31 = arith.remui %v14, %v1 : i64
        %v32 = arith.divui %v14, %v1 : i64
        %v33 = arith.remui %v32, %size_D : i64
        %v34 = arith.divui %v32, %size_D : i64
        %v35 = arith.remui %v34, %size_B : i64
        %v36 = arith.divui %v34, %size_B : i64
        %v38 = arith.muli %v37, %v1 : i64
        %v39 = arith.addi %v38, %v31 : i64
        %v41 = arith.addi %size_L, %v40 : i64
        %v42 = arith.divui %v41, %v12 : i64
        %v43 = arith.muli %v4, %v1 : i64
        %v45 = arith.index_cast %v37 : i64 to index
        %v46 = arith.index_cast %v2 : i64 to index
        %v47 = arith.index_cast %v2 : i64 to index
        scf.for %v48 = %v45 to %v46 step %v47 {
          %v49 = arith.index_cast %v48 : index to i64
          %v50 = arith.muli %v37, %size_B : i64
          %v51 = arith.addi %v50, %v35 : i64
          %v52 = arith.muli %v51, %size_D : i64
          %v53 = arith.addi %v52, %v33 : i64
          %v54 = arith.muli %v37, %v4 : i64
          %v55 = arith.addi %v54, %v53 : i64
          %v56 = arith.muli %v55, %v1 : i64
          %v57 = arith.addi %v56, %v39 : i64
          %v58 = arith.index_cast %v37 : i64 to index
          %v59 = arith.index_cast %v42 : i64 to index
          %v60 = arith.index_cast %v44 : i64 to index
          scf.for %v61 = %v58 to %v59 step %v60 {
            %v62 = arith.index_cast %v61 : index to i64
            %v63 = arith.addi %v62, %v37 : i64
            %v64 = arith.cmpi slt, %v63, %v42 : i64
            scf.if %v64 {
              %v65 = arith.muli %v63, %v43 : i64
              %v66 = arith.addi %v57, %v65 : i64
              %v67 = llvm.getelementptr %part_h0[%v66] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v68 = llvm.load %v67 : !llvm.ptr -> f32
              %v69 = llvm.load %v22 : !llvm.ptr -> f32
              %v70 = arith.addf %v69, %v68 fastmath<contract> : f32
              llvm.store %v70, %v22 : f32, !llvm.ptr
            }
            %v71 = arith.addi %v62, %v2 : i64
            %v72 = arith.cmpi slt, %v71, %v42 : i64
            scf.if %v72 {
              %v73 = arith.muli %v71, %v43 : i64
              %v74 = arith.addi %v57, %v73 : i64
              %v75 = llvm.getelementptr %part_h0[%v74] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v76 = llvm.load %v75 : !llvm.ptr -> f32
              %v77 = llvm.load %v23 : !llvm.ptr -> f32
              %v78 = arith.addf %v77, %v76 fastmath<contract> : f32
              llvm.store %v78, %v23 : f32, !llvm.ptr
            }
            %v80 = arith.addi %v62, %v79 : i64
            %v81 = arith.cmpi slt, %v80, %v42 : i64
            scf.if %v81 {
              %v82 = arith.muli %v80, %v43 : i64
              %v83 = arith.addi %v57, %v82 : i64
              %v84 = llvm.getelementptr %part_h0[%v83] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v85 = llvm.load %v84 : !llvm.ptr -> f32
              %v86 = llvm.load %v24 : !llvm.ptr -> f32
              %v87 = arith.addf %v86, %v85 fastmath<contract> : f32
              llvm.store %v87, %v24 : f32, !llvm.ptr
            }
            %v89 = arith.addi %v62, %v88 : i64
            %v90 = arith.cmpi slt, %v89, %v42 : i64
            scf.if %v90 {
              %v91 = arith.muli %v89, %v43 : i64
              %v92 = arith.addi %v57, %v91 : i64
              %v93 = llvm.getelementptr %part_h0[%v92] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v94 = llvm.load %v93 : !llvm.ptr -> f32
              %v95 = llvm.load %v25 : !llvm.ptr -> f32
              %v96 = arith.addf %v95, %v94 fastmath<contract> : f32
              llvm.store %v96, %v25 : f32, !llvm.ptr
            }
            %v98 = arith.addi %v62, %v97 : i64
            %v99 = arith.cmpi slt, %v98, %v42 : i64
            scf.if %v99 {
              %v100 = arith.muli %v98, %v43 : i64
              %v101 = arith.addi %v57, %v100 : i64
              %v102 = llvm.getelementptr %part_h0[%v101] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v103 = llvm.load %v102 : !llvm.ptr -> f32
              %v104 = llvm.load %v26 : !llvm.ptr -> f32
              %v105 = arith.addf %v104, %v103 fastmath<contract> : f32
              llvm.store %v105, %v26 : f32, !llvm.ptr
            }
            %v107 = arith.addi %v62, %v106 : i64
            %v108 = arith.cmpi slt, %v107, %v42 : i64
            scf.if %v108 {
              %v109 = arith.muli %v107, %v43 : i64
              %v110 = arith.addi %v57, %v109 : i64
              %v111 = llvm.getelementptr %part_h0[%v110] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v112 = llvm.load %v111 : !llvm.ptr -> f32
              %v113 = llvm.load %v27 : !llvm.ptr -> f32
              %v114 = arith.addf %v113, %v112 fastmath<contract> : f32
              llvm.store %v114, %v27 : f32, !llvm.ptr
            }
            %v116 = arith.addi %v62, %v115 : i64
            %v117 = arith.cmpi slt, %v116, %v42 : i64
            scf.if %v117 {
              %v118 = arith.muli %v116, %v43 : i64
              %v119 = arith.addi %v57, %v118 : i64
              %v120 = llvm.getelementptr %part_h0[%v119] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v121 = llvm.load %v120 : !llvm.ptr -> f32
              %v122 = llvm.load %v28 : !llvm.ptr -> f32
              %v123 = arith.addf %v122, %v121 fastmath<contract> : f32
              llvm.store %v123, %v28 : f32, !llvm.ptr
            }
            %v125 = arith.addi %v62, %v124 : i64
            %v126 = arith.cmpi slt, %v125, %v42 : i64
            scf.if %v126 {
              %v127 = arith.muli %v125, %v43 : i64
              %v128 = arith.addi %v57, %v127 : i64
              %v129 = llvm.getelementptr %part_h0[%v128] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v130 = llvm.load %v129 : !llvm.ptr -> f32
              %v131 = llvm.load %v29 : !llvm.ptr -> f32
              %v132 = arith.addf %v131, %v130 fastmath<contract> : f32
              llvm.store %v132, %v29 : f32, !llvm.ptr
            }
          }
        }
        %v133 = llvm.load %v22 : !llvm.ptr -> f32
        %v134 = llvm.load %v23 : !llvm.ptr -> f32
        %v135 = arith.addf %v133, %v134 fastmath<contract> : f32
        %v136 = llvm.load %v24 : !llvm.ptr -> f32
        %v137 = arith.addf %v135, %v136 fastmath<contract> : f32
        %v138 = llvm.load %v25 : !llvm.ptr -> f32
        %v139 = arith.addf %v137, %v138 fastmath<contract> : f32
        %v140 = llvm.load %v26 : !llvm.ptr -> f32
        %v141 = arith.addf %v139, %v140 fastmath<contract> : f32
        %v142 = llvm.load %v27 : !llvm.ptr -> f32
        %v143 = arith.addf %v141, %v142 fastmath<contract> : f32
        %v144 = llvm.load %v28 : !llvm.ptr -> f32
        %v145 = arith.addf %v143, %v144 fastmath<contract> : f32
        %v146 = llvm.load %v29 : !llvm.ptr -> f32
        %v147 = arith.addf %v145, %v146 fastmath<contract> : f32
        %v148 = llvm.getelementptr %dx_h0[%v14] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v147, %v148 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
