module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @bimamba_reverse_reduce_dt_bias(%part_dt_bias: !llvm.ptr, %dx_dt_bias: !llvm.ptr, %size_B: i64, %size_D: i64, %size_L: i64, %size_N: i64) kernel {
      %v1 = arith.constant 16 : i64
      %v2 = arith.constant 1 : i64
      %v3 = arith.muli %v2, %size_B : i64
      %v4 = arith.muli %v3, %size_D : i64
      %v5 = arith.muli %v2, %size_D : i64
      %v10 = arith.constant 256 : i64
      %v21 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v22 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v23 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v24 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v25 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v26 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v27 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v28 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v29 = arith.constant 0x00000000 : f32
      %v32 = arith.constant 0 : i64
      %v35 = arith.constant 8 : i64
      %v72 = arith.constant 2 : i64
      %v81 = arith.constant 3 : i64
      %v90 = arith.constant 4 : i64
      %v99 = arith.constant 5 : i64
      %v108 = arith.constant 6 : i64
      %v117 = arith.constant 7 : i64
      %v6 = gpu.block_id x
      %v7 = gpu.thread_id x
      %v8 = arith.index_cast %v7 : index to i64
      %v9 = arith.index_cast %v6 : index to i64
      %v11 = arith.muli %v9, %v10 : i64
      %v12 = arith.addi %v11, %v8 : i64
      %v13 = arith.cmpi slt, %v12, %v5 : i64
      %v14 = arith.subi %v5, %v2 : i64
      %v15 = arith.minsi %v12, %v14 : i64
      %v16 = arith.remui %v15, %size_D : i64
      %v17 = arith.divui %v15, %size_D : i64
      %v18 = arith.remui %v17, %size_B : i64
      %v19 = arith.divui %v17, %size_B : i64
      scf.if %v13 {
        %v20 = arith.constant true
        scf.if %v20 {
          llvm.store %v29, %v21 : f32, !llvm.ptr
          llvm.store %v29, %v22 : f32, !llvm.ptr
          llvm.store %v29, %v23 : f32, !llvm.ptr
          llvm.store %v29, %v24 : f32, !llvm.ptr
          llvm.store %v29, %v25 : f32, !llvm.ptr
          llvm.store %v29, %v26 : f32, !llvm.ptr
          llvm.store %v29, %v27 : f32, !llvm.ptr
          llvm.store %v29, %v28 : f32, !llvm.ptr
          %v30 = arith.remui %v12, %size_D : i64
          %v31 = arith.divui %v12, %size_D : i64
          %v33 = arith.muli %v2, %size_B : i64
          %v34 = arith.muli %v4, %v2 : i64
          %v36 = arith.index_cast %v32 : i64 to index
          %v37 = arith.index_cast %v33 : i64 to index
          %v38 = arith.index_cast %v2 : i64 to index
          scf.for %v39 = %v36 to %v37 step %v38 {
            %v40 = arith.index_cast %v39 : index to i64
            %v41 = arith.remui %v40, %size_B : i64
            %v42 = arith.divui %v40, %size_B : i64
            %v43 = arith.muli %v32, %size_B : i64
            %v44 = arith.addi %v43, %v41 : i64
            %v45 = arith.muli %v44, %size_D : i64
            %v46 = arith.addi %v45, %v30 : i64
            %v47 = arith.muli %v32, %v4 : i64
            %v48 = arith.addi %v47, %v46 : i64
            %v49 = arith.muli %v48, %v2 : i64
            %v50 = arith.addi %v49, %v32 : i64
            %v51 = arith.index_cast %v32 : i64 to index
            %v52 = arith.index_cast %v2 : i64 to index
            %v53 = arith.index_cast %v35 : i64 to index
            scf.for %v54 = %v51 to %v52 step %v53 {
              %v55 = arith.index_cast %v54 : index to i64
              %v56 = arith.addi %v55, %v32 : i64
              %v57 = arith.cmpi slt, %v56, %v2 : i64
              scf.if %v57 {
                %v58 = arith.muli %v56, %v34 : i64
                %v59 = arith.addi %v50, %v58 : i64
                %v60 = llvm.getelementptr %part_dt_bias[%v59] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v61 = llvm.load %v60 : !llvm.ptr -> f32
                %v62 = llvm.load %v21 : !llvm.ptr -> f32
                %v63 = arith.addf %v62, %v61 fastmath<contract> : f32
                llvm.store %v63, %v21 : f32, !llvm.ptr
              }
              %v64 = arith.addi %v55, %v2 : i64
              %v65 = arith.cmpi slt, %v64, %v2 : i64
              scf.if %v65 {
                %v66 = arith.muli %v64, %v34 : i64
                %v67 = arith.addi %v50, %v66 : i64
                %v68 = llvm.getelementptr %part_dt_bias[%v67] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v69 = llvm.load %v68 : !llvm.ptr -> f32
                %v70 = llvm.load %v22 : !llvm.ptr -> f32
                %v71 = arith.addf %v70, %v69 fastmath<contract> : f32
                llvm.store %v71, %v22 : f32, !llvm.ptr
              }
              %v73 = arith.addi %v55, %v72 : i64
              %v74 = arith.cmpi slt, %v73, %v2 : i64
              scf.if %v74 {
                %v75 = arith.muli %v73, %v34 : i64
                %v76 = arith.addi %v50, %v75 : i64
                %v77 = llvm.getelementptr %part_dt_bias[%v76] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v78 = llvm.load %v77 : !llvm.ptr -> f32
                %v79 = llvm.load %v23 : !llvm.ptr -> f32
                %v80 = arith.addf %v79, %v78 fastmath<contract> : f32
                llvm.store %v80, %v23 : f32, !llvm.ptr
              }
              %v82 = arith.addi %v55, %v81 : i64
              %v83 = arith.cmpi slt, %v82, %v2 : i64
              scf.if %v83 {
                %v84 = arith.muli %v82, %v34 : i64
                %v85 = arith.addi %v50, %v84 : i64
                %v86 = llvm.getelementptr %part_dt_bias[%v85] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v87 = llvm.load %v86 : !llvm.ptr -> f32
                %v88 = llvm.load %v24 : !llvm.ptr -> f32
                %v89 = arith.addf %v88, %v87 fastmath<contract> : f32
                llvm.store %v89, %v24 : f32, !llvm.ptr
              }
              %v91 = arith.addi %v55, %v90 : i64
              %v92 = arith.cmpi slt, %v91, %v2 : i64
              scf.if %v92 {
                %v93 = arith.muli %v91, %v34 : i64
                %v94 = arith.addi %v50, %v93 : i64
                %v95 = llvm.getelementptr %part_dt_bias[%v94] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v96 = llvm.load %v95 : !llvm.ptr -> f32
                %v97 = llvm.load %v25 : !llvm.ptr -> f32
                %v98 = arith.addf %v97, %v96 fastmath<contract> : f32
                llvm.store %v98, %v25 : f32, !llvm.ptr
              }
              %v100 = arith.addi %v55, %v99 : i64
              %v101 = arith.cmpi slt, %v100, %v2 : i64
              scf.if %v101 {
                %v102 = arith.muli %v100, %v34 : i64
                %v103 = arith.addi %v50, %v102 : i64
                %v104 = llvm.getelementptr %part_dt_bias[%v103] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v105 = llvm.load %v104 : !llvm.ptr -> f32
                %v106 = llvm.load %v26 : !llvm.ptr -> f32
                %v107 = arith.addf %v106, %v105 fastmath<contract> : f32
                llvm.store %v107, %v26 : f32, !llvm.ptr
              }
              %v109 = arith.addi %v55, %v108 : i64
              %v110 = arith.cmpi slt, %v109, %v2 : i64
              scf.if %v110 {
                %v111 = arith.muli %v109, %v34 : i64
                %v112 = arith.addi %v50, %v111 : i64
                %v113 = llvm.getelementptr %part_dt_bias[%v112] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v114 = llvm.load %v113 : !llvm.ptr -> f32
                %v115 = llvm.load %v27 : !llvm.ptr -> f32
                %v116 = arith.addf %v115, %v114 fastmath<contract> : f32
                llvm.store %v116, %v27 : f32, !llvm.ptr
              }
              %v118 = arith.addi %v55, %v117 : i64
              %v119 = arith.cmpi slt, %v118, %v2 : i64
              scf.if %v119 {
                %v120 = arith.muli %v118, %v34 : i64
                %v121 = arith.addi %v50, %v120 : i64
                %v122 = llvm.getelementptr %part_dt_bias[%v121] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v123 = llvm.load %v122 : !llvm.ptr -> f32
                %v124 = llvm.load %v28 : !llvm.ptr -> f32
                %v125 = arith.addf %v124, %v123 fastmath<contract> : f32
                llvm.store %v125, %v28 : f32, !llvm.ptr
              }
            }
          }
          %v126 = llvm.load %v21 : !llvm.ptr -> f32
          %v127 = llvm.load %v22 : !llvm.ptr -> f32
          %v128 = arith.addf %v126, %v127 fastmath<contract> : f32
          %v129 = llvm.load %v23 : !llvm.ptr -> f32
          %v130 = arith.addf %v128, %v129 fastmath<contract> : f32
          %v131 = llvm.load %v24 : !llvm.ptr -> f32
          %v132 = arith.addf %v130, %v131 fastmath<contract> : f32
          %v133 = llvm.load %v25 : !llvm.ptr -> f32
          %v134 = arith.addf %v132, %v133 fastmath<contract> : f32
          %v135 = llvm.load %v26 : !llvm.ptr -> f32
          %v136 = arith.addf %v134, %v135 fastmath<contract> : f32
          %v137 = llvm.load %v27 : !llvm.ptr -> f32
          %v138 = arith.addf %v136, %v137 fastmath<contract> : f32
          %v139 = llvm.load %v28 : !llvm.ptr -> f32
          %v140 = arith.addf %v138, %v139 fastmath<contract> : f32
          %v141 = llvm.getelementptr %dx_dt_bias[%v12] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v140, %v141 : f32, !llvm.ptr
        }
      }
      gpu.return
    }
  }
}
