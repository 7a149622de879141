module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @mamba2_reduce_dt(%part_dt: !llvm.ptr, %dx_dt: !llvm.ptr, %size_B: i64, %size_L: i64, %size_H: i64, %size_P: i64, %size_N: i64) kernel {
      %v1 = arith.constant 16 : i64
      %v2 = arith.constant 1 : i64
      %v3 = arith.muli %v2, %size_B : i64
      %v4 = arith.muli %v3, %size_H : i64
      %v5 = arith.muli %v4, %size_P : i64
      %v6 = arith.muli %v2, %size_B : i64
      %v7 = arith.muli %v6, %size_L : i64
      %v8 = arith.muli %v7, %size_H : i64
      %v13 = arith.constant 256 : i64
      %v25 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v26 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v27 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v28 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v29 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v30 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v31 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v32 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v33 = arith.constant 0x00000000 : f32
      %v34 = arith.constant 32 : i64
      %v38 = arith.constant 0 : i64
      %v39 = arith.constant 8 : i64
      %v61 = arith.constant 2 : i64
      %v70 = arith.constant 3 : i64
      %v79 = arith.constant 4 : i64
      %v88 = arith.constant 5 : i64
      %v97 = arith.constant 6 : i64
      %v106 = arith.constant 7 : i64
      %v9 = gpu.block_id x
      %v10 = gpu.thread_id x
      %v11 = arith.index_cast %v10 : index to i64
      %v12 = arith.index_cast %v9 : index to i64
      %v14 = arith.muli %v12, %v13 : i64
      %v15 = arith.addi %v14, %v11 : i64
      %v16 = arith.cmpi slt, %v15, %v8 : i64
      %v17 = arith.subi %v8, %v2 : i64
      %v18 = arith.minsi %v15, %v17 : i64
      %v19 = arith.remui %v18, %size_P : i64
      %v20 = arith.divui %v18, %size_P : i64
      %v21 = arith.remui %v20, %size_H : i64
      %v22 = arith.divui %v20, %size_H : i64
      %v23 = arith.remui %v22, %size_B : i64
      %v24 = arith.divui %v22, %size_B : i64
      scf.if %v16 {
        llvm.store %v33, %v25 : f32, !llvm.ptr
        llvm.store %v33, %v26 : f32, !llvm.ptr
        llvm.store %v33, %v27 : f32, !llvm.ptr
        llvm.store %v33, %v28 : f32, !llvm.ptr
        llvm.store %v33, %v29 : f32, !llvm.ptr
        llvm.store %v33, %v30 : f32, !llvm.ptr
        llvm.store %v33, %v31 : f32, !llvm.ptr
        llvm.store %v33, %v32 : f32, !llvm.ptr
        %v35 = arith.subi %v34, %v2 : i64
        %v36 = arith.addi %size_P, %v35 : i64
        %v37 = arith.divui %v36, %v34 : i64
        %v40 = arith.index_cast %v38 : i64 to index
        %v41 = arith.index_cast %v37 : i64 to index
        %v42 = arith.index_cast %v39 : i64 to index
        scf.for %v43 = %v40 to %v41 step %v42 {
          %v44 = arith.index_cast %v43 : index to i64
          %v45 = arith.addi %v44, %v38 : i64
          %v46 = arith.cmpi slt, %v45, %v37 : i64
          scf.if %v46 {
            %v47 = arith.muli %v45, %v8 : i64
            %v48 = arith.addi %v47, %v15 : i64
            %v49 = llvm.getelementptr %part_dt[%v48] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v50 = llvm.load %v49 : !llvm.ptr -> f32
            %v51 = llvm.load %v25 : !llvm.ptr -> f32
            %v52 = arith.addf %v51, %v50 fastmath<contract> : f32
            llvm.store %v52, %v25 : f32, !llvm.ptr
          }
          %v53 = arith.addi %v44, %v2 : i64
          %v54 = arith.cmpi slt, %v53, %v37 : i64
          scf.if %v54 {
            %v55 = arith.muli %v53, %v8 : i64
            %v56 = arith.addi %v55, %v15 : i64
            %v57 = llvm.getelementptr %part_dt[%v56] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v58 = llvm.load %v57 : !llvm.ptr -> f32
            %v59 = llvm.load %v26 : !llvm.ptr -> f32
            %v60 = arith.addf %v59, %v58 fastmath<contract> : f32
            llvm.store %v60, %v26 : f32, !llvm.ptr
          }
          %v62 = arith.addi %v44, %v61 : i64
          %v63 = arith.cmpi slt, %v62, %v37 : i64
          scf.if %v63 {
            %v64 = arith.muli %v62, %v8 : i64
            %v65 = arith.addi %v64, %v15 : i64
            %v66 = llvm.getelementptr %part_dt[%v65] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v67 = llvm.load %v66 : !llvm.ptr -> f32
            %v68 = llvm.load %v27 : !llvm.ptr -> f32
            %v69 = arith.addf %v68, %v67 fastmath<contract> : f32
            llvm.store %v69, %v27 : f32, !llvm.ptr
          }
          %v71 = arith.addi %v44, %v70 : i64
          %v72 = arith.cmpi slt, %v71, %v37 : i64
          scf.if %v72 {
            %v73 = arith.muli %v71, %v8 : i64
            %v74 = arith.addi %v73, %v15 : i64
            %v75 = llvm.getelementptr %part_dt[%v74] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v76 = llvm.load %v75 : !llvm.ptr -> f32
            %v77 = llvm.load %v28 : !llvm.ptr -> f32
            %v78 = arith.addf %v77, %v76 fastmath<contract> : f32
            llvm.store %v78, %v28 : f32, !llvm.ptr
          }
          %v80 = arith.addi %v44, %v79 : i64
          %v81 = arith.cmpi slt, %v80, %v37 : i64
          scf.if %v81 {
            %v82 = arith.muli %v80, %v8 : i64
            %v83 = arith.addi %v82, %v15 : i64
            %v84 = llvm.getelementptr %part_dt[%v83] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v85 = llvm.load %v84 : !llvm.ptr -> f32
            %v86 = llvm.load %v29 : !llvm.ptr -> f32
            %v87 = arith.addf %v86, %v85 fastmath<contract> : f32
            llvm.store %v87, %v29 : f32, !llvm.ptr
          }
          %v89 = arith.addi %v44, %v88 : i64
          %v90 = arith.cmpi slt, %v89, %v37 : i64
          scf.if %v90 {
            %v91 = arith.muli %v89, %v8 : i64
            %v92 = arith.addi %v91, %v15 : i64
            %v93 = llvm.getelementptr %part_dt[%v92] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v94 = llvm.load %v93 : !llvm.ptr -> f32
            %v95 = llvm.load %v30 : !llvm.ptr -> f32
            %v96 = arith.addf %v95, %v94 fastmath<contract> : f32
            llvm.store %v96, %v30 : f32, !llvm.ptr
          }
          %v98 = arith.addi %v44, %v97 : i64
          %v99 = arith.cmpi slt, %v98, %v37 : i64
          scf.if %v99 {
            %v100 = arith.muli %v98, %v8 : i64
            %v101 = arith.addi %v100, %v15 : i64
            %v102 = llvm.getelementptr %part_dt[%v101] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v103 = llvm.load %v102 : !llvm.ptr -> f32
            %v104 = llvm.load %v31 : !llvm.ptr -> f32
            %v105 = arith.addf %v104, %v103 fastmath<contract> : f32
            llvm.store %v105, %v31 : f32, !llvm.ptr
          }
          %v107 = arith.addi %v44, %v106 : i64
          %v108 = arith.cmpi slt, %v107, %v37 : i64
          scf.if %v108 {
            %v109 = arith.muli %v107, %v8 : i64
            %v110 = arith.addi %v109, %v15 : i64
            %v111 = llvm.getelementptr %part_dt[%v110] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v112 = llvm.load %v111 : !llvm.ptr -> f32
            %v113 = llvm.load %v32 : !llvm.ptr -> f32
            %v114 = arith.addf %v113, %v112 fastmath<contract> : f32
            llvm.store %v114, %v32 : f32, !llvm.ptr
          }
        }
        %v115 = llvm.load %v25 : !llvm.ptr -> f32
        %v116 = llvm.load %v26 : !llvm.ptr -> f32
        %v117 = arith.addf %v115, %v116 fastmath<contract> : f32
        %v118 = llvm.load %v27 : !llvm.ptr -> f32
        %v119 = arith.addf %v117, %v118 fastmath<contract> : f32
        %v120 = llvm.load %v28 : !llvm.ptr -> f32
        %v121 = arith.addf %v119, %v120 fastmath<contract> : f32
        %v122 = llvm.load %v29 : !llvm.ptr -> f32
        %v123 = arith.addf %v121, %v122 fastmath<contract> : f32
        %v124 = llvm.load %v30 : !llvm.ptr -> f32
        %v125 = arith.addf %v123, %v124 fastmath<contract> : f32
        %v126 = llvm.load %v31 : !llvm.ptr -> f32
        %v127 = arith.addf %v125, %v126 fastmath<contract> : f32
        %v128 = llvm.load %v32 : !llvm.ptr -> f32
        %v129 = arith.addf %v127, %v128 fastmath<contract> : f32
        %v130 = llvm.getelementptr %dx_dt[%v15] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v129, %v130 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
