module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @bimamba_reverse_reduce_Cm(%part_Cm: !llvm.ptr, %dx_Cm: !llvm.ptr, %size_B: i64, %size_D: i64, %size_L: i64, %size_N: i64) kernel {
      %v1 = arith.constant 16 : i64
      %v2 = arith.constant 1 : i64
      %v3 = arith.muli %v2, %size_B : i64
      %v4 = arith.muli %v3, %size_D : i64
      %v5 = arith.muli %v2, %size_B : i64
      %v6 = arith.muli %v5, %v1 : i64
      %v7 = arith.muli %v6, %size_L : i64
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
      %v31 = arith.constant 31 : i64
      %v33 = arith.constant 32 : i64
      %v35 = arith.constant 0 : i64
      %v36 = arith.constant 8 : i64
      %v63 = arith.constant 2 : i64
      %v72 = arith.constant 3 : i64
      %v81 = arith.constant 4 : i64
      %v90 = arith.constant 5 : i64
      %v99 = arith.constant 6 : i64
      %v108 = arith.constant 7 : i64
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
        %v32 = arith.addi %size_D, %v31 : i64
        %v34 = arith.divui %v32, %v33 : i64
        %v37 = arith.index_cast %v35 : i64 to index
        %v38 = arith.index_cast %v2 : i64 to index
        %v39 = arith.index_cast %v2 : i64 to index
        scf.for %v40 = %v37 to %v38 step %v39 {
          %v41 = arith.index_cast %v40 : index to i64
          %v42 = arith.index_cast %v35 : i64 to index
          %v43 = arith.index_cast %v34 : i64 to index
          %v44 = arith.index_cast %v36 : i64 to index
          scf.for %v45 = %v42 to %v43 step %v44 {
            %v46 = arith.index_cast %v45 : index to i64
            %v47 = arith.addi %v46, %v35 : i64
            %v48 = arith.cmpi slt, %v47, %v34 : i64
            scf.if %v48 {
              %v49 = arith.muli %v47, %v7 : i64
              %v50 = arith.addi %v14, %v49 : i64
              %v51 = llvm.getelementptr %part_Cm[%v50] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v52 = llvm.load %v51 : !llvm.ptr -> f32
              %v53 = llvm.load %v22 : !llvm.ptr -> f32
              %v54 = arith.addf %v53, %v52 fastmath<contract> : f32
              llvm.store %v54, %v22 : f32, !llvm.ptr
            }
            %v55 = arith.addi %v46, %v2 : i64
            %v56 = arith.cmpi slt, %v55, %v34 : i64
            scf.if %v56 {
              %v57 = arith.muli %v55, %v7 : i64
              %v58 = arith.addi %v14, %v57 : i64
              %v59 = llvm.getelementptr %part_Cm[%v58] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v60 = llvm.load %v59 : !llvm.ptr -> f32
              %v61 = llvm.load %v23 : !llvm.ptr -> f32
              %v62 = arith.addf %v61, %v60 fastmath<contract> : f32
              llvm.store %v62, %v23 : f32, !llvm.ptr
            }
            %v64 = arith.addi %v46, %v63 : i64
            %v65 = arith.cmpi slt, %v64, %v34 : i64
            scf.if %v65 {
              %v66 = arith.muli %v64, %v7 : i64
              %v67 = arith.addi %v14, %v66 : i64
              %v68 = llvm.getelementptr %part_Cm[%v67] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v69 = llvm.load %v68 : !llvm.ptr -> f32
              %v70 = llvm.load %v24 : !llvm.ptr -> f32
              %v71 = arith.addf %v70, %v69 fastmath<contract> : f32
              llvm.store %v71, %v24 : f32, !llvm.ptr
            }
            %v73 = arith.addi %v46, %v72 : i64
            %v74 = arith.cmpi slt, %v73, %v34 : i64
            scf.if %v74 {
              %v75 = arith.muli %v73, %v7 : i64
              %v76 = arith.addi %v14, %v75 : i64
              %v77 = llvm.getelementptr %part_Cm[%v76] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v78 = llvm.load %v77 : !llvm.ptr -> f32
              %v79 = llvm.load %v25 : !llvm.ptr -> f32
              %v80 = arith.addf %v79, %v78 fastmath<contract> : f32
              llvm.store %v80, %v25 : f32, !llvm.ptr
            }
            %v82 = arith.addi %v46, %v81 : i64
            %v83 = arith.cmpi slt, %v82, %v34 : i64
            scf.if %v83 {
              %v84 = arith.muli %v82, %v7 : i64
              %v85 = arith.addi %v14, %v84 : i64
              %v86 = llvm.getelementptr %part_Cm[%v85] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v87 = llvm.load %v86 : !llvm.ptr -> f32
              %v88 = llvm.load %v26 : !llvm.ptr -> f32
              %v89 = arith.addf %v88, %v87 fastmath<contract> : f32
              llvm.store %v89, %v26 : f32, !llvm.ptr
            }
            %v91 = arith.addi %v46, %v90 : i64
            %v92 = arith.cmpi slt, %v91, %v34 : i64
            scf.if %v92 {
              %v93 = arith.muli %v91, %v7 : i64
              %v94 = arith.addi %v14, %v93 : i64
              %v95 = llvm.getelementptr %part_Cm[%v94] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v96 = llvm.load %v95 : !llvm.ptr -> f32
              %v97 = llvm.load %v27 : !llvm.ptr -> f32
              %v98 = arith.addf %v97, %v96 fastmath<contract> : f32
              llvm.store %v98, %v27 : f32, !llvm.ptr
            }
            %v100 = arith.addi %v46, %v99 : i64
            %v101 = arith.cmpi slt, %v100, %v34 : i64
            scf.if %v101 {
              %v102 = arith.muli %v100, %v7 : i64
              %v103 = arith.addi %v14, %v102 : i64
              %v104 = llvm.getelementptr %part_Cm[%v103] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v105 = llvm.load %v104 : !llvm.ptr -> f32
              %v106 = llvm.load %v28 : !llvm.ptr -> f32
              %v107 = arith.addf %v106, %v105 fastmath<contract> : f32
              llvm.store %v107, %v28 : f32, !llvm.ptr
            }
            %v109 = arith.addi %v46, %v108 : i64
            %v110 = arith.cmpi slt, %v109, %v34 : i64
            scf.if %v110 {
              %v111 = arith.muli %v109, %v7 : i64
              %v112 = arith.addi %v14, %v111 : i64
              %v113 = llvm.getelementptr %part_Cm[%v112] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v114 = llvm.load %v113 : !llvm.ptr -> f32
              %v115 = llvm.load %v29 : !llvm.ptr -> f32
              %v116 = arith.addf %v115, %v114 fastmath<contract> : f32
              llvm.store %v116, %v29 : f32, !llvm.ptr
            }
          }
        }
        %v117 = llvm.load %v22 : !llvm.ptr -> f32
        %v118 = llvm.load %v23 : !llvm.ptr -> f32
        %v119 = arith.addf %v117, %v118 fastmath<contract> : f32
        %v120 = llvm.load %v24 : !llvm.ptr -> f32
        %v121 = arith.addf %v119, %v120 fastmath<contract> : f32
        %v122 = llvm.load %v25 : !llvm.ptr -> f32
        %v123 = arith.addf %v121, %v122 fastmath<contract> : f32
        %v124 = llvm.load %v26 : !llvm.ptr -> f32
        %v125 = arith.addf %v123, %v124 fastmath<contract> : f32
        %v126 = llvm.load %v27 : !llvm.ptr -> f32
        %v127 = arith.addf %v125, %v126 fastmath<contract> : f32
        %v128 = llvm.load %v28 : !llvm.ptr -> f32
        %v129 = arith.addf %v127, %v128 fastmath<contract> : f32
        %v130 = llvm.load %v29 : !llvm.ptr -> f32
        %v131 = arith.addf %v129, %v130 fastmath<contract> : f32
        %v132 = llvm.getelementptr %dx_Cm[%v14] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v131, %v132 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
