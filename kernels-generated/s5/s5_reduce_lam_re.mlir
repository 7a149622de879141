module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @s5_reduce_lam_re(%part_lam_re: !llvm.ptr, %dx_lam_re: !llvm.ptr, %size_B: i64, %size_L: i64, %size_M: i64, %size_N: i64) kernel {
      %v1 = arith.constant 4 : i64
      %v2 = arith.constant 16 : i64
      %v3 = arith.constant 1 : i64
      %v4 = arith.muli %v3, %size_B : i64
      %v5 = arith.muli %v3, %v2 : i64
      %v10 = arith.constant 256 : i64
      %v18 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v19 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v20 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v21 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v22 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v23 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v24 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v25 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v26 = arith.constant 0x00000000 : f32
      %v29 = arith.constant 0 : i64
      %v34 = arith.constant 8 : i64
      %v69 = arith.constant 2 : i64
      %v78 = arith.constant 3 : i64
      %v95 = arith.constant 5 : i64
      %v104 = arith.constant 6 : i64
      %v113 = arith.constant 7 : i64
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
        llvm.store %v26, %v18 : f32, !llvm.ptr
        llvm.store %v26, %v19 : f32, !llvm.ptr
        llvm.store %v26, %v20 : f32, !llvm.ptr
        llvm.store %v26, %v21 : f32, !llvm.ptr
        llvm.store %v26, %v22 : f32, !llvm.ptr
        llvm.store %v26, %v23 : f32, !llvm.ptr
        llvm.store %v26, %v24 : f32, !llvm.ptr
        llvm.store %v26, %v25 : f32, !llvm.ptr
        %v27 = arith.remui %v12, %v2 : i64
        %v28 = arith.divui %v12, %v2 : i64
        %v30 = arith.muli %v29, %v2 : i64
        %v31 = arith.addi %v30, %v27 : i64
        %v32 = arith.muli %v3, %size_B : i64
        %v33 = arith.muli %v4, %v2 : i64
        %v35 = arith.index_cast %v29 : i64 to index
        %v36 = arith.index_cast %v32 : i64 to index
        %v37 = arith.index_cast %v3 : i64 to index
        scf.for %v38 = %v35 to %v36 step %v37 {
          %v39 = arith.index_cast %v38 : index to i64
          %v40 = arith.remui %v39, %size_B : i64
          %v41 = arith.divui %v39, %size_B : i64
          %v42 = arith.muli %v29, %size_B : i64
          %v43 = arith.addi %v42, %v40 : i64
          %v44 = arith.muli %v29, %v4 : i64
          %v45 = arith.addi %v44, %v43 : i64
          %v46 = arith.muli %v45, %v2 : i64
          %v47 = arith.addi %v46, %v31 : i64
          %v48 = arith.index_cast %v29 : i64 to index
          %v49 = arith.index_cast %v3 : i64 to index
          %v50 = arith.index_cast %v34 : i64 to index
          scf.for %v51 = %v48 to %v49 step %v50 {
            %v52 = arith.index_cast %v51 : index to i64
            %v53 = arith.addi %v52, %v29 : i64
            %v54 = arith.cmpi slt, %v53, %v3 : i64
            scf.if %v54 {
              %v55 = arith.muli %v53, %v33 : i64
              %v56 = arith.addi %v47, %v55 : i64
              %v57 = llvm.getelementptr %part_lam_re[%v56] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v58 = llvm.load %v57 : !llvm.ptr -> f32
              %v59 = llvm.load %v18 : !llvm.ptr -> f32
              %v60 = arith.addf %v59, %v58 fastmath<contract> : f32
              llvm.store %v60, %v18 : f32, !llvm.ptr
            }
            %v61 = arith.addi %v52, %v3 : i64
            %v62 = arith.cmpi slt, %v61, %v3 : i64
            scf.if %v62 {
              %v63 = arith.muli %v61, %v33 : i64
              %v64 = arith.addi %v47, %v63 : i64
              %v65 = llvm.getelementptr %part_lam_re[%v64] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v66 = llvm.load %v65 : !llvm.ptr -> f32
              %v67 = llvm.load %v19 : !llvm.ptr -> f32
              %v68 = arith.addf %v67, %v66 fastmath<contract> : f32
              llvm.store %v68, %v19 : f32, !llvm.ptr
            }
            %v70 = arith.addi %v52, %v69 : i64
            %v71 = arith.cmpi slt, %v70, %v3 : i64
            scf.if %v71 {
              %v72 = arith.muli %v70, %v33 : i64
              %v73 = arith.addi %v47, %v72 : i64
              %v74 = llvm.getelementptr %part_lam_re[%v73] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v75 = llvm.load %v74 : !llvm.ptr -> f32
              %v76 = llvm.load %v20 : !llvm.ptr -> f32
              %v77 = arith.addf %v76, %v75 fastmath<contract> : f32
              llvm.store %v77, %v20 : f32, !llvm.ptr
            }
            %v79 = arith.addi %v52, %v78 : i64
            %v80 = arith.cmpi slt, %v79, %v3 : i64
            scf.if %v80 {
              %v81 = arith.muli %v79, %v33 : i64
              %v82 = arith.addi %v47, %v81 : i64
              %v83 = llvm.getelementptr %part_lam_re[%v82] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v84 = llvm.load %v83 : !llvm.ptr -> f32
              %v85 = llvm.load %v21 : !llvm.ptr -> f32
              %v86 = arith.addf %v85, %v84 fastmath<contract> : f32
              llvm.store %v86, %v21 : f32, !llvm.ptr
            }
            %v87 = arith.addi %v52, %v1 : i64
            %v88 = arith.cmpi slt, %v87, %v3 : i64
            scf.if %v88 {
              %v89 = arith.muli %v87, %v33 : i64
              %v90 = arith.addi %v47, %v89 : i64
              %v91 = llvm.getelementptr %part_lam_re[%v90] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v92 = llvm.load %v91 : !llvm.ptr -> f32
              %v93 = llvm.load %v22 : !llvm.ptr -> f32
              %v94 = arith.addf %v93, %v92 fastmath<contract> : f32
              llvm.store %v94, %v22 : f32, !llvm.ptr
            }
            %v96 = arith.addi %v52, %v95 : i64
            %v97 = arith.cmpi slt, %v96, %v3 : i64
            scf.if %v97 {
              %v98 = arith.muli %v96, %v33 : i64
              %v99 = arith.addi %v47, %v98 : i64
              %v100 = llvm.getelementptr %part_lam_re[%v99] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v101 = llvm.load %v100 : !llvm.ptr -> f32
              %v102 = llvm.load %v23 : !llvm.ptr -> f32
              %v103 = arith.addf %v102, %v101 fastmath<contract> : f32
              llvm.store %v103, %v23 : f32, !llvm.ptr
            }
            %v105 = arith.addi %v52, %v104 : i64
            %v106 = arith.cmpi slt, %v105, %v3 : i64
            scf.if %v106 {
              %v107 = arith.muli %v105, %v33 : i64
              %v108 = arith.addi %v47, %v107 : i64
              %v109 = llvm.getelementptr %part_lam_re[%v108] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v110 = llvm.load %v109 : !llvm.ptr -> f32
              %v111 = llvm.load %v24 : !llvm.ptr -> f32
              %v112 = arith.addf %v111, %v110 fastmath<contract> : f32
              llvm.store %v112, %v24 : f32, !llvm.ptr
            }
            %v114 = arith.addi %v52, %v113 : i64
            %v115 = arith.cmpi slt, %v114, %v3 : i64
            scf.if %v115 {
              %v116 = arith.muli %v114, %v33 : i64
              %v117 = arith.addi %v47, %v116 : i64
              %v118 = llvm.getelementptr %part_lam_re[%v117] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v119 = llvm.load %v118 : !llvm.ptr -> f32
              %v120 = llvm.load %v25 : !llvm.ptr -> f32
              %v121 = arith.addf %v120, %v119 fastmath<contract> : f32
              llvm.store %v121, %v25 : f32, !llvm.ptr
            }
          }
        }
        %v122 = llvm.load %v18 : !llvm.ptr -> f32
        %v123 = llvm.load %v19 : !llvm.ptr -> f32
        %v124 = arith.addf %v122, %v123 fastmath<contract> : f32
        %v125 = llvm.load %v20 : !llvm.ptr -> f32
        %v126 = arith.addf %v124, %v125 fastmath<contract> : f32
        %v127 = llvm.load %v21 : !llvm.ptr -> f32
        %v128 = arith.addf %v126, %v127 fastmath<contract> : f32
        %v129 = llvm.load %v22 : !llvm.ptr -> f32
        %v130 = arith.addf %v128, %v129 fastmath<contract> : f32
        %v131 = llvm.load %v23 : !llvm.ptr -> f32
        %v132 = arith.addf %v130, %v131 fastmath<contract> : f32
        %v133 = llvm.load %v24 : !llvm.ptr -> f32
        %v134 = arith.addf %v132, %v133 fastmath<contract> : f32
        %v135 = llvm.load %v25 : !llvm.ptr -> f32
        %v136 = arith.addf %v134, %v135 fastmath<contract> : f32
        %v137 = llvm.getelementptr %dx_lam_re[%v12] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v136, %v137 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
