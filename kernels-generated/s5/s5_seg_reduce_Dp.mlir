module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @s5_seg_reduce_Dp(%part_Dp: !llvm.ptr, %dx_Dp: !llvm.ptr, %size_B: i64, %size_L: i64, %size_M: i64, %size_N: i64) kernel {
      %v1 = arith.constant 4 : i64
      %v2 = arith.constant 16 : i64
      %v3 = arith.constant 1 : i64
      %v4 = arith.muli %v3, %size_B : i64
      %v5 = arith.muli %v3, %v1 : i64
      %v10 = arith.constant 256 : i64
      %v19 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v20 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v21 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v22 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v23 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v24 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v25 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v26 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v27 = arith.constant 0x00000000 : f32
      %v30 = arith.constant 0 : i64
      %v34 = arith.constant 255 : i64
      %v38 = arith.constant 8 : i64
      %v73 = arith.constant 2 : i64
      %v82 = arith.constant 3 : i64
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
      %v14 = arith.subi %v5, %v3 : i64
      %v15 = arith.minsi %v12, %v14 : i64
      %v16 = arith.remui %v15, %size_B : i64
      %v17 = arith.divui %v15, %size_B : i64
      scf.if %v13 {
        %v18 = arith.constant true
        scf.if %v18 {
          llvm.store %v27, %v19 : f32, !llvm.ptr
          llvm.store %v27, %v20 : f32, !llvm.ptr
          llvm.store %v27, %v21 : f32, !llvm.ptr
          llvm.store %v27, %v22 : f32, !llvm.ptr
          llvm.store %v27, %v23 : f32, !llvm.ptr
          llvm.store %v27, %v24 : f32, !llvm.ptr
          llvm.store %v27, %v25 : f32, !llvm.ptr
          llvm.store %v27, %v26 : f32, !llvm.ptr
          %v28 = arith.remui %v12, %v1 : i64
          %v29 = arith.divui %v12, %v1 : i64
          %v31 = arith.muli %v30, %v1 : i64
          %v32 = arith.addi %v31, %v28 : i64
          %v33 = arith.muli %v3, %size_B : i64
          %v35 = arith.addi %size_L, %v34 : i64
          %v36 = arith.divui %v35, %v10 : i64
          %v37 = arith.muli %v4, %v1 : i64
          %v39 = arith.index_cast %v30 : i64 to index
          %v40 = arith.index_cast %v33 : i64 to index
          %v41 = arith.index_cast %v3 : i64 to index
          scf.for %v42 = %v39 to %v40 step %v41 {
            %v43 = arith.index_cast %v42 : index to i64
            %v44 = arith.remui %v43, %size_B : i64
            %v45 = arith.divui %v43, %size_B : i64
            %v46 = arith.muli %v30, %size_B : i64
            %v47 = arith.addi %v46, %v44 : i64
            %v48 = arith.muli %v30, %v4 : i64
            %v49 = arith.addi %v48, %v47 : i64
            %v50 = arith.muli %v49, %v1 : i64
            %v51 = arith.addi %v50, %v32 : i64
            %v52 = arith.index_cast %v30 : i64 to index
            %v53 = arith.index_cast %v36 : i64 to index
            %v54 = arith.index_cast %v38 : i64 to index
            scf.for %v55 = %v52 to %v53 step %v54 {
              %v56 = arith.index_cast %v55 : index to i64
              %v57 = arith.addi %v56, %v30 : i64
              %v58 = arith.cmpi slt, %v57, %v36 : i64
              scf.if %v58 {
                %v59 = arith.muli %v57, %v37 : i64
                %v60 = arith.addi %v51, %v59 : i64
                %v61 = llvm.getelementptr %part_Dp[%v60] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v62 = llvm.load %v61 : !llvm.ptr -> f32
                %v63 = llvm.load %v19 : !llvm.ptr -> f32
                %v64 = arith.addf %v63, %v62 fastmath<contract> : f32
                llvm.store %v64, %v19 : f32, !llvm.ptr
              }
              %v65 = arith.addi %v56, %v3 : i64
              %v66 = arith.cmpi slt, %v65, %v36 : i64
              scf.if %v66 {
                %v67 = arith.muli %v65, %v37 : i64
                %v68 = arith.addi %v51, %v67 : i64
                %v69 = llvm.getelementptr %part_Dp[%v68] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v70 = llvm.load %v69 : !llvm.ptr -> f32
                %v71 = llvm.load %v20 : !llvm.ptr -> f32
                %v72 = arith.addf %v71, %v70 fastmath<contract> : f32
                llvm.store %v72, %v20 : f32, !llvm.ptr
              }
              %v74 = arith.addi %v56, %v73 : i64
              %v75 = arith.cmpi slt, %v74, %v36 : i64
              scf.if %v75 {
                %v76 = arith.muli %v74, %v37 : i64
                %v77 = arith.addi %v51, %v76 : i64
                %v78 = llvm.getelementptr %part_Dp[%v77] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v79 = llvm.load %v78 : !llvm.ptr -> f32
                %v80 = llvm.load %v21 : !llvm.ptr -> f32
                %v81 = arith.addf %v80, %v79 fastmath<contract> : f32
                llvm.store %v81, %v21 : f32, !llvm.ptr
              }
              %v83 = arith.addi %v56, %v82 : i64
              %v84 = arith.cmpi slt, %v83, %v36 : i64
              scf.if %v84 {
                %v85 = arith.muli %v83, %v37 : i64
                %v86 = arith.addi %v51, %v85 : i64
                %v87 = llvm.getelementptr %part_Dp[%v86] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v88 = llvm.load %v87 : !llvm.ptr -> f32
                %v89 = llvm.load %v22 : !llvm.ptr -> f32
                %v90 = arith.addf %v89, %v88 fastmath<contract> : f32
                llvm.store %v90, %v22 : f32, !llvm.ptr
              }
              %v91 = arith.addi %v56, %v1 : i64
              %v92 = arith.cmpi slt, %v91, %v36 : i64
              scf.if %v92 {
                %v93 = arith.muli %v91, %v37 : i64
                %v94 = arith.addi %v51, %v93 : i64
                %v95 = llvm.getelementptr %part_Dp[%v94] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v96 = llvm.load %v95 : !llvm.ptr -> f32
                %v97 = llvm.load %v23 : !llvm.ptr -> f32
                %v98 = arith.addf %v97, %v96 fastmath<contract> : f32
                llvm.store %v98, %v23 : f32, !llvm.ptr
              }
              %v100 = arith.addi %v56, %v99 : i64
              %v101 = arith.cmpi slt, %v100, %v36 : i64
              scf.if %v101 {
                %v102 = arith.muli %v100, %v37 : i64
                %v103 = arith.addi %v51, %v102 : i64
                %v104 = llvm.getelementptr %part_Dp[%v103] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v105 = llvm.load %v104 : !llvm.ptr -> f32
                %v106 = llvm.load %v24 : !llvm.ptr -> f32
                %v107 = arith.addf %v106, %v105 fastmath<contract> : f32
                llvm.store %v107, %v24 : f32, !llvm.ptr
              }
              %v109 = arith.addi %v56, %v108 : i64
              %v110 = arith.cmpi slt, %v109, %v36 : i64
              scf.if %v110 {
                %v111 = arith.muli %v109, %v37 : i64
                %v112 = arith.addi %v51, %v111 : i64
                %v113 = llvm.getelementptr %part_Dp[%v112] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v114 = llvm.load %v113 : !llvm.ptr -> f32
                %v115 = llvm.load %v25 : !llvm.ptr -> f32
                %v116 = arith.addf %v115, %v114 fastmath<contract> : f32
                llvm.store %v116, %v25 : f32, !llvm.ptr
              }
              %v118 = arith.addi %v56, %v117 : i64
              %v119 = arith.cmpi slt, %v118, %v36 : i64
              scf.if %v119 {
                %v120 = arith.muli %v118, %v37 : i64
                %v121 = arith.addi %v51, %v120 : i64
                %v122 = llvm.getelementptr %part_Dp[%v121] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v123 = llvm.load %v122 : !llvm.ptr -> f32
                %v124 = llvm.load %v26 : !llvm.ptr -> f32
                %v125 = arith.addf %v124, %v123 fastmath<contract> : f32
                llvm.store %v125, %v26 : f32, !llvm.ptr
              }
            }
          }
          %v126 = llvm.load %v19 : !llvm.ptr -> f32
          %v127 = llvm.load %v20 : !llvm.ptr -> f32
          %v128 = arith.addf %v126, %v127 fastmath<contract> : f32
          %v129 = llvm.load %v21 : !llvm.ptr -> f32
          %v130 = arith.addf %v128, %v129 fastmath<contract> : f32
          %v131 = llvm.load %v22 : !llvm.ptr -> f32
          %v132 = arith.addf %v130, %v131 fastmath<contract> : f32
          %v133 = llvm.load %v23 : !llvm.ptr -> f32
          %v134 = arith.addf %v132, %v133 fastmath<contract> : f32
          %v135 = llvm.load %v24 : !llvm.ptr -> f32
          %v136 = arith.addf %v134, %v135 fastmath<contract> : f32
          %v137 = llvm.load %v25 : !llvm.ptr -> f32
          %v138 = arith.addf %v136, %v137 fastmath<contract> : f32
          %v139 = llvm.load %v26 : !llvm.ptr -> f32
          %v140 = arith.addf %v138, %v139 fastmath<contract> : f32
          %v141 = llvm.getelementptr %dx_Dp[%v12] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v140, %v141 : f32, !llvm.ptr
        }
      }
      gpu.return
    }
  }
}
