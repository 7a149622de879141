module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @selective_scan_reduce_Bm(%part_Bm: !llvm.ptr, %dx_Bm: !llvm.ptr, %size_B: i64, %size_L: i64, %size_D: i64, %size_N: i64) kernel {
      %v1 = arith.constant 16 : i64
      %v2 = arith.constant 1 : i64
      %v3 = arith.muli %v2, %size_B : i64
      %v4 = arith.muli %v3, %size_D : i64
      %v5 = arith.muli %v2, %size_B : i64
      %v6 = arith.muli %v5, %size_L : i64
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
      %v31 = arith.constant 32 : i64
      %v35 = arith.constant 0 : i64
      %v36 = arith.constant 8 : i64
      %v58 = arith.constant 2 : i64
      %v67 = arith.constant 3 : i64
      %v76 = arith.constant 4 : i64
      %v85 = arith.constant 5 : i64
      %v94 = arith.constant 6 : i64
      %v103 = arith.constant 7 : i64
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
        %v32 = arith.subi %v31, %v2 : i64
        %v33 = arith.addi %size_D, %v32 : i64
        %v34 = arith.divui %v33, %v31 : i64
        %v37 = arith.index_cast %v35 : i64 to index
        %v38 = arith.index_cast %v34 : i64 to index
        %v39 = arith.index_cast %v36 : i64 to index
        scf.for %v40 = %v37 to %v38 step %v39 {
          %v41 = arith.index_cast %v40 : index to i64
          %v42 = arith.addi %v41, %v35 : i64
          %v43 = arith.cmpi slt, %v42, %v34 : i64
          scf.if %v43 {
            %v44 = arith.muli %v42, %v7 : i64
            %v45 = arith.addi %v44, %v14 : i64
            %v46 = llvm.getelementptr %part_Bm[%v45] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v47 = llvm.load %v46 : !llvm.ptr -> f32
            %v48 = llvm.load %v22 : !llvm.ptr -> f32
            %v49 = arith.addf %v48, %v47 fastmath<contract> : f32
            llvm.store %v49, %v22 : f32, !llvm.ptr
          }
          %v50 = arith.addi %v41, %v2 : i64
          %v51 = arith.cmpi slt, %v50, %v34 : i64
          scf.if %v51 {
            %v52 = arith.muli %v50, %v7 : i64
            %v53 = arith.addi %v52, %v14 : i64
            %v54 = llvm.getelementptr %part_Bm[%v53] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v55 = llvm.load %v54 : !llvm.ptr -> f32
            %v56 = llvm.load %v23 : !llvm.ptr -> f32
            %v57 = arith.addf %v56, %v55 fastmath<contract> : f32
            llvm.store %v57, %v23 : f32, !llvm.ptr
          }
          %v59 = arith.addi %v41, %v58 : i64
          %v60 = arith.cmpi slt, %v59, %v34 : i64
          scf.if %v60 {
            %v61 = arith.muli %v59, %v7 : i64
            %v62 = arith.addi %v61, %v14 : i64
            %v63 = llvm.getelementptr %part_Bm[%v62] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v64 = llvm.load %v63 : !llvm.ptr -> f32
            %v65 = llvm.load %v24 : !llvm.ptr -> f32
            %v66 = arith.addf %v65, %v64 fastmath<contract> : f32
            llvm.store %v66, %v24 : f32, !llvm.ptr
          }
          %v68 = arith.addi %v41, %v67 : i64
          %v69 = arith.cmpi slt, %v68, %v34 : i64
          scf.if %v69 {
            %v70 = arith.muli %v68, %v7 : i64
            %v71 = arith.addi %v70, %v14 : i64
            %v72 = llvm.getelementptr %part_Bm[%v71] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v73 = llvm.load %v72 : !llvm.ptr -> f32
            %v74 = llvm.load %v25 : !llvm.ptr -> f32
            %v75 = arith.addf %v74, %v73 fastmath<contract> : f32
            llvm.store %v75, %v25 : f32, !llvm.ptr
          }
          %v77 = arith.addi %v41, %v76 : i64
          %v78 = arith.cmpi slt, %v77, %v34 : i64
          scf.if %v78 {
            %v79 = arith.muli %v77, %v7 : i64
            %v80 = arith.addi %v79, %v14 : i64
            %v81 = llvm.getelementptr %part_Bm[%v80] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v82 = llvm.load %v81 : !llvm.ptr -> f32
            %v83 = llvm.load %v26 : !llvm.ptr -> f32
            %v84 = arith.addf %v83, %v82 fastmath<contract> : f32
            llvm.store %v84, %v26 : f32, !llvm.ptr
          }
          %v86 = arith.addi %v41, %v85 : i64
          %v87 = arith.cmpi slt, %v86, %v34 : i64
          scf.if %v87 {
            %v88 = arith.muli %v86, %v7 : i64
            %v89 = arith.addi %v88, %v14 : i64
            %v90 = llvm.getelementptr %part_Bm[%v89] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v91 = llvm.load %v90 : !llvm.ptr -> f32
            %v92 = llvm.load %v27 : !llvm.ptr -> f32
            %v93 = arith.addf %v92, %v91 fastmath<contract> : f32
            llvm.store %v93, %v27 : f32, !llvm.ptr
          }
          %v95 = arith.addi %v41, %v94 : i64
          %v96 = arith.cmpi slt, %v95, %v34 : i64
          scf.if %v96 {
            %v97 = arith.muli %v95, %v7 : i64
            %v98 = arith.addi %v97, %v14 : i64
            %v99 = llvm.getelementptr %part_Bm[%v98] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v100 = llvm.load %v99 : !llvm.ptr -> f32
            %v101 = llvm.load %v28 : !llvm.ptr -> f32
            %v102 = arith.addf %v101, %v100 fastmath<contract> : f32
            llvm.store %v102, %v28 : f32, !llvm.ptr
          }
          %v104 = arith.addi %v41, %v103 : i64
          %v105 = arith.cmpi slt, %v104, %v34 : i64
          scf.if %v105 {
            %v106 = arith.muli %v104, %v7 : i64
            %v107 = arith.addi %v106, %v14 : i64
            %v108 = llvm.getelementptr %part_Bm[%v107] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v109 = llvm.load %v108 : !llvm.ptr -> f32
            %v110 = llvm.load %v29 : !llvm.ptr -> f32
            %v111 = arith.addf %v110, %v109 fastmath<contract> : f32
            llvm.store %v111, %v29 : f32, !llvm.ptr
          }
        }
        %v112 = llvm.load %v22 : !llvm.ptr -> f32
        %v113 = llvm.load %v23 : !llvm.ptr -> f32
        %v114 = arith.addf %v112, %v113 fastmath<contract> : f32
        %v115 = llvm.load %v24 : !llvm.ptr -> f32
        %v116 = arith.addf %v114, %v115 fastmath<contract> : f32
        %v117 = llvm.load %v25 : !llvm.ptr -> f32
        %v118 = arith.addf %v116, %v117 fastmath<contract> : f32
        %v119 = llvm.load %v26 : !llvm.ptr -> f32
        %v120 = arith.addf %v118, %v119 fastmath<contract> : f32
        %v121 = llvm.load %v27 : !llvm.ptr -> f32
        %v122 = arith.addf %v120, %v121 fastmath<contract> : f32
        %v123 = llvm.load %v28 : !llvm.ptr -> f32
        %v124 = arith.addf %v122, %v123 fastmath<contract> : f32
        %v125 = llvm.load %v29 : !llvm.ptr -> f32
        %v126 = arith.addf %v124, %v125 fastmath<contract> : f32
        %v127 = llvm.getelementptr %dx_Bm[%v14] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v126, %v127 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
