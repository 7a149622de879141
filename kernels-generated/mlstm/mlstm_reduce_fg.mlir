module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @mlstm_reduce_fg(%part_fg: !llvm.ptr, %dx_fg: !llvm.ptr, %size_B: i64, %size_L: i64, %size_H: i64, %size_DK: i64, %size_DV: i64) kernel {
      %v1 = arith.constant 16 : i64
      %v2 = arith.constant 1 : i64
      %v3 = arith.muli %v2, %size_B : i64
      %v4 = arith.muli %v3, %size_H : i64
      %v5 = arith.muli %v4, %size_DV : i64
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
      %v34 = arith.constant 31 : i64
      %v36 = arith.constant 32 : i64
      %v38 = arith.constant 0 : i64
      %v39 = arith.constant 8 : i64
      %v66 = arith.constant 2 : i64
      %v75 = arith.constant 3 : i64
      %v84 = arith.constant 4 : i64
      %v93 = arith.constant 5 : i64
      %v102 = arith.constant 6 : i64
      %v111 = arith.constant 7 : i64
      %v9 = gpu.block_id x
      %v10 = gpu.thread_id x
      %v11 = arith.index_cast %v10 : index to i64
      %v12 = arith.index_cast %v9 : index to i64
      %v14 = arith.muli %v12, %v13 : i64
      %v15 = arith.addi %v14, %v11 : i64
      %v16 = arith.cmpi slt, %v15, %v8 : i64
      %v17 = arith.subi %v8, %v2 : i64
      %v18 = arith.minsi %v15, %v17 : i64
      %v19 = arith.remui %v18, %size_DV : i64
      %v20 = arith.divui %v18, %size_DV : i64
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
        %v35 = arith.addi %size_DV, %v34 : i64
        %v37 = arith.divui %v35, %v36 : i64
        %v40 = arith.index_cast %v38 : i64 to index
        %v41 = arith.index_cast %v2 : i64 to index
        %v42 = arith.index_cast %v2 : i64 to index
        scf.for %v43 = %v40 to %v41 step %v42 {
          %v44 = arith.index_cast %v43 : index to i64
          %v45 = arith.index_cast %v38 : i64 to index
          %v46 = arith.index_cast %v37 : i64 to index
          %v47 = arith.index_cast %v39 : i64 to index
          scf.for %v48 = %v45 to %v46 step %v47 {
            %v49 = arith.index_cast %v48 : index to i64
            %v50 = arith.addi %v49, %v38 : i64
            %v51 = arith.cmpi slt, %v50, %v37 : i64
            scf.if %v51 {
              %v52 = arith.muli %v50, %v8 : i64
              %v53 = arith.addi %v15, %v52 : i64
              %v54 = llvm.getelementptr %part_fg[%v53] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v55 = llvm.load %v54 : !llvm.ptr -> f32
              %v56 = llvm.load %v25 : !llvm.ptr -> f32
              %v57 = arith.addf %v56, %v55 fastmath<contract> : f32
              llvm.store %v57, %v25 : f32, !llvm.ptr
            }
            %v58 = arith.addi %v49, %v2 : i64
            %v59 = arith.cmpi slt, %v58, %v37 : i64
            scf.if %v59 {
              %v60 = arith.muli %v58, %v8 : i64
              %v61 = arith.addi %v15, %v60 : i64
              %v62 = llvm.getelementptr %part_fg[%v61] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v63 = llvm.load %v62 : !llvm.ptr -> f32
              %v64 = llvm.load %v26 : !llvm.ptr -> f32
              %v65 = arith.addf %v64, %v63 fastmath<contract> : f32
              llvm.store %v65, %v26 : f32, !llvm.ptr
            }
            %v67 = arith.addi %v49, %v66 : i64
            %v68 = arith.cmpi slt, %v67, %v37 : i64
            scf.if %v68 {
              %v69 = arith.muli %v67, %v8 : i64
              %v70 = arith.addi %v15, %v69 : i64
              %v71 = llvm.getelementptr %part_fg[%v70] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v72 = llvm.load %v71 : !llvm.ptr -> f32
              %v73 = llvm.load %v27 : !llvm.ptr -> f32
              %v74 = arith.addf %v73, %v72 fastmath<contract> : f32
              llvm.store %v74, %v27 : f32, !llvm.ptr
            }
            %v76 = arith.addi %v49, %v75 : i64
            %v77 = arith.cmpi slt, %v76, %v37 : i64
            scf.if %v77 {
              %v78 = arith.muli %v76, %v8 : i64
              %v79 = arith.addi %v15, %v78 : i64
              %v80 = llvm.getelementptr %part_fg[%v79] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v81 = llvm.load %v80 : !llvm.ptr -> f32
              %v82 = llvm.load %v28 : !llvm.ptr -> f32
              %v83 = arith.addf %v82, %v81 fastmath<contract> : f32
              llvm.store %v83, %v28 : f32, !llvm.ptr
            }
            %v85 = arith.addi %v49, %v84 : i64
            %v86 = arith.cmpi slt, %v85, %v37 : i64
            scf.if %v86 {
              %v87 = arith.muli %v85, %v8 : i64
              %v88 = arith.addi %v15, %v87 : i64
              %v89 = llvm.getelementptr %part_fg[%v88] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v90 = llvm.load %v89 : !llvm.ptr -> f32
              %v91 = llvm.load %v29 : !llvm.ptr -> f32
              %v92 = arith.addf %v91, %v90 fastmath<contract> : f32
              llvm.store %v92, %v29 : f32, !llvm.ptr
            }
            %v94 = arith.addi %v49, %v93 : i64
            %v95 = arith.cmpi slt, %v94, %v37 : i64
            scf.if %v95 {
              %v96 = arith.muli %v94, %v8 : i64
              %v97 = arith.addi %v15, %v96 : i64
              %v98 = llvm.getelementptr %part_fg[%v97] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v99 = llvm.load %v98 : !llvm.ptr -> f32
              %v100 = llvm.load %v30 : !llvm.ptr -> f32
              %v101 = arith.addf %v100, %v99 fastmath<contract> : f32
              llvm.store %v101, %v30 : f32, !llvm.ptr
            }
            %v103 = arith.addi %v49, %v102 : i64
            %v104 = arith.cmpi slt, %v103, %v37 : i64
            scf.if %v104 {
              %v105 = arith.muli %v103, %v8 : i64
              %v106 = arith.addi %v15, %v105 : i64
              %v107 = llvm.getelementptr %part_fg[%v106] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v108 = llvm.load %v107 : !llvm.ptr -> f32
              %v109 = llvm.load %v31 : !llvm.ptr -> f32
              %v110 = arith.addf %v109, %v108 fastmath<contract> : f32
              llvm.store %v110, %v31 : f32, !llvm.ptr
            }
            %v112 = arith.addi %v49, %v111 : i64
            %v113 = arith.cmpi slt, %v112, %v37 : i64
            scf.if %v113 {
              %v114 = arith.muli %v112, %v8 : i64
              %v115 = arith.addi %v15, %v114 : i64
              %v116 = llvm.getelementptr %part_fg[%v115] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v117 = llvm.load %v116 : !llvm.ptr -> f32
              %v118 = llvm.load %v32 : !llvm.ptr -> f32
              %v119 = arith.addf %v118, %v117 fastmath<contract> : f32
              llvm.store %v119, %v32 : f32, !llvm.ptr
            }
          }
        }
        %v120 = llvm.load %v25 : !llvm.ptr -> f32
        %v121 = llvm.load %v26 : !llvm.ptr -> f32
        %v122 = arith.addf %v120, %v121 fastmath<contract> : f32
        %v123 = llvm.load %v27 : !llvm.ptr -> f32
        %v124 = arith.addf %v122, %v123 fastmath<contract> : f32
        %v125 = llvm.load %v28 : !llvm.ptr -> f32
        %v126 = arith.addf %v124, %v125 fastmath<contract> : f32
        %v127 = llvm.load %v29 : !llvm.ptr -> f32
        %v128 = arith.addf %v126, %v127 fastmath<contract> : f32
        %v129 = llvm.load %v30 : !llvm.ptr -> f32
        %v130 = arith.addf %v128, %v129 fastmath<contract> : f32
        %v131 = llvm.load %v31 : !llvm.ptr -> f32
        %v132 = arith.addf %v130, %v131 fastmath<contract> : f32
        %v133 = llvm.load %v32 : !llvm.ptr -> f32
        %v134 = arith.addf %v132, %v133 fastmath<contract> : f32
        %v135 = llvm.getelementptr %dx_fg[%v15] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v134, %v135 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
