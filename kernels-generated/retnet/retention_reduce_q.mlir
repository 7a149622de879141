module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @retention_reduce_q(%part_q: !llvm.ptr, %dx_q: !llvm.ptr, %size_B: i64, %size_L: i64, %size_H: i64, %size_DK: i64, %size_DV: i64) kernel {
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
      %v35 = arith.constant 31 : i64
      %v37 = arith.constant 32 : i64
      %v39 = arith.constant 0 : i64
      %v40 = arith.constant 8 : i64
      %v67 = arith.constant 2 : i64
      %v76 = arith.constant 3 : i64
      %v85 = arith.constant 4 : i64
      %v94 = arith.constant 5 : i64
      %v103 = arith.constant 6 : i64
      %v112 = arith.constant 7 : i64
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
        %v36 = arith.addi %size_DV, %v35 : i64
        %v38 = arith.divui %v36, %v37 : i64
        %v41 = arith.index_cast %v39 : i64 to index
        %v42 = arith.index_cast %v2 : i64 to index
        %v43 = arith.index_cast %v2 : i64 to index
        scf.for %v44 = %v41 to %v42 step %v43 {
          %v45 = arith.index_cast %v44 : index to i64
          %v46 = arith.index_cast %v39 : i64 to index
          %v47 = arith.index_cast %v38 : i64 to index
          %v48 = arith.index_cast %v40 : i64 to index
          scf.for %v49 = %v46 to %v47 step %v48 {
            %v50 = arith.index_cast %v49 : index to i64
            %v51 = arith.addi %v50, %v39 : i64
            %v52 = arith.cmpi slt, %v51, %v38 : i64
            scf.if %v52 {
              %v53 = arith.muli %v51, %v9 : i64
              %v54 = arith.addi %v16, %v53 : i64
              %v55 = llvm.getelementptr %part_q[%v54] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v56 = llvm.load %v55 : !llvm.ptr -> f32
              %v57 = llvm.load %v26 : !llvm.ptr -> f32
              %v58 = arith.addf %v57, %v56 fastmath<contract> : f32
              llvm.store %v58, %v26 : f32, !llvm.ptr
            }
            %v59 = arith.addi %v50, %v2 : i64
            %v60 = arith.cmpi slt, %v59, %v38 : i64
            scf.if %v60 {
              %v61 = arith.muli %v59, %v9 : i64
              %v62 = arith.addi %v16, %v61 : i64
              %v63 = llvm.getelementptr %part_q[%v62] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v64 = llvm.load %v63 : !llvm.ptr -> f32
              %v65 = llvm.load %v27 : !llvm.ptr -> f32
              %v66 = arith.addf %v65, %v64 fastmath<contract> : f32
              llvm.store %v66, %v27 : f32, !llvm.ptr
            }
            %v68 = arith.addi %v50, %v67 : i64
            %v69 = arith.cmpi slt, %v68, %v38 : i64
            scf.if %v69 {
              %v70 = arith.muli %v68, %v9 : i64
              %v71 = arith.addi %v16, %v70 : i64
              %v72 = llvm.getelementptr %part_q[%v71] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v73 = llvm.load %v72 : !llvm.ptr -> f32
              %v74 = llvm.load %v28 : !llvm.ptr -> f32
              %v75 = arith.addf %v74, %v73 fastmath<contract> : f32
              llvm.store %v75, %v28 : f32, !llvm.ptr
            }
            %v77 = arith.addi %v50, %v76 : i64
            %v78 = arith.cmpi slt, %v77, %v38 : i64
            scf.if %v78 {
              %v79 = arith.muli %v77, %v9 : i64
              %v80 = arith.addi %v16, %v79 : i64
              %v81 = llvm.getelementptr %part_q[%v80] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v82 = llvm.load %v81 : !llvm.ptr -> f32
              %v83 = llvm.load %v29 : !llvm.ptr -> f32
              %v84 = arith.addf %v83, %v82 fastmath<contract> : f32
              llvm.store %v84, %v29 : f32, !llvm.ptr
            }
            %v86 = arith.addi %v50, %v85 : i64
            %v87 = arith.cmpi slt, %v86, %v38 : i64
            scf.if %v87 {
              %v88 = arith.muli %v86, %v9 : i64
              %v89 = arith.addi %v16, %v88 : i64
              %v90 = llvm.getelementptr %part_q[%v89] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v91 = llvm.load %v90 : !llvm.ptr -> f32
              %v92 = llvm.load %v30 : !llvm.ptr -> f32
              %v93 = arith.addf %v92, %v91 fastmath<contract> : f32
              llvm.store %v93, %v30 : f32, !llvm.ptr
            }
            %v95 = arith.addi %v50, %v94 : i64
            %v96 = arith.cmpi slt, %v95, %v38 : i64
            scf.if %v96 {
              %v97 = arith.muli %v95, %v9 : i64
              %v98 = arith.addi %v16, %v97 : i64
              %v99 = llvm.getelementptr %part_q[%v98] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v100 = llvm.load %v99 : !llvm.ptr -> f32
              %v101 = llvm.load %v31 : !llvm.ptr -> f32
              %v102 = arith.addf %v101, %v100 fastmath<contract> : f32
              llvm.store %v102, %v31 : f32, !llvm.ptr
            }
            %v104 = arith.addi %v50, %v103 : i64
            %v105 = arith.cmpi slt, %v104, %v38 : i64
            scf.if %v105 {
              %v106 = arith.muli %v104, %v9 : i64
              %v107 = arith.addi %v16, %v106 : i64
              %v108 = llvm.getelementptr %part_q[%v107] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v109 = llvm.load %v108 : !llvm.ptr -> f32
              %v110 = llvm.load %v32 : !llvm.ptr -> f32
              %v111 = arith.addf %v110, %v109 fastmath<contract> : f32
              llvm.store %v111, %v32 : f32, !llvm.ptr
            }
            %v113 = arith.addi %v50, %v112 : i64
            %v114 = arith.cmpi slt, %v113, %v38 : i64
            scf.if %v114 {
              %v115 = arith.muli %v113, %v9 : i64
              %v116 = arith.addi %v16, %v115 : i64
              %v117 = llvm.getelementptr %part_q[%v116] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v118 = llvm.load %v117 : !llvm.ptr -> f32
              %v119 = llvm.load %v33 : !llvm.ptr -> f32
              %v120 = arith.addf %v119, %v118 fastmath<contract> : f32
              llvm.store %v120, %v33 : f32, !llvm.ptr
            }
          }
        }
        %v121 = llvm.load %v26 : !llvm.ptr -> f32
        %v122 = llvm.load %v27 : !llvm.ptr -> f32
        %v123 = arith.addf %v121, %v122 fastmath<contract> : f32
        %v124 = llvm.load %v28 : !llvm.ptr -> f32
        %v125 = arith.addf %v123, %v124 fastmath<contract> : f32
        %v126 = llvm.load %v29 : !llvm.ptr -> f32
        %v127 = arith.addf %v125, %v126 fastmath<contract> : f32
        %v128 = llvm.load %v30 : !llvm.ptr -> f32
        %v129 = arith.addf %v127, %v128 fastmath<contract> : f32
        %v130 = llvm.load %v31 : !llvm.ptr -> f32
        %v131 = arith.addf %v129, %v130 fastmath<contract> : f32
        %v132 = llvm.load %v32 : !llvm.ptr -> f32
        %v133 = arith.addf %v131, %v132 fastmath<contract> : f32
        %v134 = llvm.load %v33 : !llvm.ptr -> f32
        %v135 = arith.addf %v133, %v134 fastmath<contract> : f32
        %v136 = llvm.getelementptr %dx_q[%v16] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v135, %v136 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
