module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @gla_reduce_g(%part_g: !llvm.ptr, %dx_g: !llvm.ptr, %size_B: i64, %size_L: i64, %size_H: i64, %size_DK: i64, %size_DV: i64) kernel {
      %v1 = arith.constant 16 : i64
      %v2 = arith.constant 1 : i64
      %v3 = arith.muli %v2, %size_B : i64
      %v4 = arith.muli %v3, %size_H : i64
      %v5 = arith.muli %v4, %size_DV : i64
      %v6 = arith.muli %v2, %size_B : i64
      %v7 = arith.muli %v6, %size_L : i64
      %v8 = arith.muli %v7, %size_H : i64
      %v9 = arith.muli %v8, %v1 : i64
      %v14 = arith.constant 256 : i64
      %v26 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v27 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v28 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v29 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v30 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v31 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v32 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v33 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v34 = arith.constant 0x00000000 : f32
      %v35 = arith.constant 32 : i64
      %v39 = arith.constant 0 : i64
      %v40 = arith.constant 8 : i64
      %v62 = arith.constant 2 : i64
      %v71 = arith.constant 3 : i64
      %v80 = arith.constant 4 : i64
      %v89 = arith.constant 5 : i64
      %v98 = arith.constant 6 : i64
      %v107 = arith.constant 7 : i64
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
        llvm.store %v34, %v26 : f32, !llvm.ptr
        llvm.store %v34, %v27 : f32, !llvm.ptr
        llvm.store %v34, %v28 : f32, !llvm.ptr
        llvm.store %v34, %v29 : f32, !llvm.ptr
        llvm.store %v34, %v30 : f32, !llvm.ptr
        llvm.store %v34, %v31 : f32, !llvm.ptr
        llvm.store %v34, %v32 : f32, !llvm.ptr
        llvm.store %v34, %v33 : f32, !llvm.ptr
        %v36 = arith.subi %v35, %v2 : i64
        %v37 = arith.addi %size_DV, %v36 : i64
        %v38 = arith.divui %v37, %v35 : i64
        %v41 = arith.index_cast %v39 : i64 to index
        %v42 = arith.index_cast %v38 : i64 to index
        %v43 = arith.index_cast %v40 : i64 to index
        scf.for %v44 = %v41 to %v42 step %v43 {
          %v45 = arith.index_cast %v44 : index to i64
          %v46 = arith.addi %v45, %v39 : i64
          %v47 = arith.cmpi slt, %v46, %v38 : i64
          scf.if %v47 {
            %v48 = arith.muli %v46, %v9 : i64
            %v49 = arith.addi %v48, %v16 : i64
            %v50 = llvm.getelementptr %part_g[%v49] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v51 = llvm.load %v50 : !llvm.ptr -> f32
            %v52 = llvm.load %v26 : !llvm.ptr -> f32
            %v53 = arith.addf %v52, %v51 fastmath<contract> : f32
            llvm.store %v53, %v26 : f32, !llvm.ptr
          }
          %v54 = arith.addi %v45, %v2 : i64
          %v55 = arith.cmpi slt, %v54, %v38 : i64
          scf.if %v55 {
            %v56 = arith.muli %v54, %v9 : i64
            %v57 = arith.addi %v56, %v16 : i64
            %v58 = llvm.getelementptr %part_g[%v57] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v59 = llvm.load %v58 : !llvm.ptr -> f32
            %v60 = llvm.load %v27 : !llvm.ptr -> f32
            %v61 = arith.addf %v60, %v59 fastmath<contract> : f32
            llvm.store %v61, %v27 : f32, !llvm.ptr
          }
          %v63 = arith.addi %v45, %v62 : i64
          %v64 = arith.cmpi slt, %v63, %v38 : i64
          scf.if %v64 {
            %v65 = arith.muli %v63, %v9 : i64
            %v66 = arith.addi %v65, %v16 : i64
            %v67 = llvm.getelementptr %part_g[%v66] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v68 = llvm.load %v67 : !llvm.ptr -> f32
            %v69 = llvm.load %v28 : !llvm.ptr -> f32
            %v70 = arith.addf %v69, %v68 fastmath<contract> : f32
            llvm.store %v70, %v28 : f32, !llvm.ptr
          }
          %v72 = arith.addi %v45, %v71 : i64
          %v73 = arith.cmpi slt, %v72, %v38 : i64
          scf.if %v73 {
            %v74 = arith.muli %v72, %v9 : i64
            %v75 = arith.addi %v74, %v16 : i64
            %v76 = llvm.getelementptr %part_g[%v75] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v77 = llvm.load %v76 : !llvm.ptr -> f32
            %v78 = llvm.load %v29 : !llvm.ptr -> f32
            %v79 = arith.addf %v78, %v77 fastmath<contract> : f32
            llvm.store %v79, %v29 : f32, !llvm.ptr
          }
          %v81 = arith.addi %v45, %v80 : i64
          %v82 = arith.cmpi slt, %v81, %v38 : i64
          scf.if %v82 {
            %v83 = arith.muli %v81, %v9 : i64
            %v84 = arith.addi %v83, %v16 : i64
            %v85 = llvm.getelementptr %part_g[%v84] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v86 = llvm.load %v85 : !llvm.ptr -> f32
            %v87 = llvm.load %v30 : !llvm.ptr -> f32
            %v88 = arith.addf %v87, %v86 fastmath<contract> : f32
            llvm.store %v88, %v30 : f32, !llvm.ptr
          }
          %v90 = arith.addi %v45, %v89 : i64
          %v91 = arith.cmpi slt, %v90, %v38 : i64
          scf.if %v91 {
            %v92 = arith.muli %v90, %v9 : i64
            %v93 = arith.addi %v92, %v16 : i64
            %v94 = llvm.getelementptr %part_g[%v93] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v95 = llvm.load %v94 : !llvm.ptr -> f32
            %v96 = llvm.load %v31 : !llvm.ptr -> f32
            %v97 = arith.addf %v96, %v95 fastmath<contract> : f32
            llvm.store %v97, %v31 : f32, !llvm.ptr
          }
          %v99 = arith.addi %v45, %v98 : i64
          %v100 = arith.cmpi slt, %v99, %v38 : i64
          scf.if %v100 {
            %v101 = arith.muli %v99, %v9 : i64
            %v102 = arith.addi %v101, %v16 : i64
            %v103 = llvm.getelementptr %part_g[%v102] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v104 = llvm.load %v103 : !llvm.ptr -> f32
            %v105 = llvm.load %v32 : !llvm.ptr -> f32
            %v106 = arith.addf %v105, %v104 fastmath<contract> : f32
            llvm.store %v106, %v32 : f32, !llvm.ptr
          }
          %v108 = arith.addi %v45, %v107 : i64
          %v109 = arith.cmpi slt, %v108, %v38 : i64
          scf.if %v109 {
            %v110 = arith.muli %v108, %v9 : i64
            %v111 = arith.addi %v110, %v16 : i64
            %v112 = llvm.getelementptr %part_g[%v111] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v113 = llvm.load %v112 : !llvm.ptr -> f32
            %v114 = llvm.load %v33 : !llvm.ptr -> f32
            %v115 = arith.addf %v114, %v113 fastmath<contract> : f32
            llvm.store %v115, %v33 : f32, !llvm.ptr
          }
        }
        %v116 = llvm.load %v26 : !llvm.ptr -> f32
        %v117 = llvm.load %v27 : !llvm.ptr -> f32
        %v118 = arith.addf %v116, %v117 fastmath<contract> : f32
        %v119 = llvm.load %v28 : !llvm.ptr -> f32
        %v120 = arith.addf %v118, %v119 fastmath<contract> : f32
        %v121 = llvm.load %v29 : !llvm.ptr -> f32
        %v122 = arith.addf %v120, %v121 fastmath<contract> : f32
        %v123 = llvm.load %v30 : !llvm.ptr -> f32
        %v124 = arith.addf %v122, %v123 fastmath<contract> : f32
        %v125 = llvm.load %v31 : !llvm.ptr -> f32
        %v126 = arith.addf %v124, %v125 fastmath<contract> : f32
        %v127 = llvm.load %v32 : !llvm.ptr -> f32
        %v128 = arith.addf %v126, %v127 fastmath<contract> : f32
        %v129 = llvm.load %v33 : !llvm.ptr -> f32
        %v130 = arith.addf %v128, %v129 fastmath<contract> : f32
        %v131 = llvm.getelementptr %dx_g[%v16] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v130, %v131 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
