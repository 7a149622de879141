module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @biquad_seg_reduce_hp0(%part_hp0: !llvm.ptr, %dx_hp0: !llvm.ptr, %size_B: i64, %size_D: i64, %size_L: i64) kernel {
      %v1 = arith.constant 1 : i64
      %v2 = arith.muli %v1, %size_B : i64
      %v3 = arith.muli %v2, %size_D : i64
      %v4 = arith.muli %v1, %size_B : i64
      %v5 = arith.muli %v4, %size_D : i64
      %v10 = arith.constant 256 : i64
      %v21 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v22 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v23 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v24 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v25 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v26 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v27 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v28 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v29 = arith.constant 0x00000000 : f32
      %v34 = arith.constant 0 : i64
      %v35 = arith.constant 255 : i64
      %v39 = arith.constant 8 : i64
      %v74 = arith.constant 2 : i64
      %v83 = arith.constant 3 : i64
      %v92 = arith.constant 4 : i64
      %v101 = arith.constant 5 : i64
      %v110 = arith.constant 6 : i64
      %v119 = arith.constant 7 : i64
      %v6 = gpu.block_id x
      %v7 = gpu.thread_id x
      %v8 = arith.index_cast %v7 : index to i64
      %v9 = arith.index_cast %v6 : index to i64
      %v11 = arith.muli %v9, %v10 : i64
      %v12 = arith.addi %v11, %v8 : i64
      %v13 = arith.cmpi slt, %v12, %v5 : i64
      %v14 = arith.subi %v5, %v1 : i64
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
          %v32 = arith.remui %v31, %size_B : i64
          %v33 = arith.divui %v31, %size_B : i64
          %v36 = arith.addi %size_L, %v35 : i64
          %v37 = arith.divui %v36, %v10 : i64
          %v38 = arith.muli %v3, %v1 : i64
          %v40 = arith.index_cast %v34 : i64 to index
          %v41 = arith.index_cast %v1 : i64 to index
          %v42 = arith.index_cast %v1 : i64 to index
          scf.for %v43 = %v40 to %v41 step %v42 {
            %v44 = arith.index_cast %v43 : index to i64
            %v45 = arith.muli %v34, %size_B : i64
            %v46 = arith.addi %v45, %v32 : i64
            %v47 = arith.muli %v46, %size_D : i64
            %v48 = arith.addi %v47, %v30 : i64
            %v49 = arith.muli %v34, %v3 : i64
            %v50 = arith.addi %v49, %v48 : i64
            %v51 = arith.muli %v50, %v1 : i64
            %v52 = arith.addi %v51, %v34 : i64
            %v53 = arith.index_cast %v34 : i64 to index
            %v54 = arith.index_cast %v37 : i64 to index
            %v55 = arith.index_cast %v39 : i64 to index
            scf.for %v56 = %v53 to %v54 step %v55 {
              %v57 = arith.index_cast %v56 : index to i64
              %v58 = arith.addi %v57, %v34 : i64
              %v59 = arith.cmpi slt, %v58, %v37 : i64
              scf.if %v59 {
                %v60 = arith.muli %v58, %v38 : i64
                %v61 = arith.addi %v52, %v60 : i64
                %v62 = llvm.getelementptr %part_hp0[%v61] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v63 = llvm.load %v62 : !llvm.ptr -> f32
                %v64 = llvm.load %v21 : !llvm.ptr -> f32
                %v65 = arith.addf %v64, %v63 fastmath<contract> : f32
                llvm.store %v65, %v21 : f32, !llvm.ptr
              }
              %v66 = arith.addi %v57, %v1 : i64
              %v67 = arith.cmpi slt, %v66, %v37 : i64
              scf.if %v67 {
                %v68 = arith.muli %v66, %v38 : i64
                %v69 = arith.addi %v52, %v68 : i64
                %v70 = llvm.getelementptr %part_hp0[%v69] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v71 = llvm.load %v70 : !llvm.ptr -> f32
                %v72 = llvm.load %v22 : !llvm.ptr -> f32
                %v73 = arith.addf %v72, %v71 fastmath<contract> : f32
                llvm.store %v73, %v22 : f32, !llvm.ptr
              }
              %v75 = arith.addi %v57, %v74 : i64
              %v76 = arith.cmpi slt, %v75, %v37 : i64
              scf.if %v76 {
                %v77 = arith.muli %v75, %v38 : i64
                %v78 = arith.addi %v52, %v77 : i64
                %v79 = llvm.getelementptr %part_hp0[%v78] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v80 = llvm.load %v79 : !llvm.ptr -> f32
                %v81 = llvm.load %v23 : !llvm.ptr -> f32
                %v82 = arith.addf %v81, %v80 fastmath<contract> : f32
                llvm.store %v82, %v23 : f32, !llvm.ptr
              }
              %v84 = arith.addi %v57, %v83 : i64
              %v85 = arith.cmpi slt, %v84, %v37 : i64
              scf.if %v85 {
                %v86 = arith.muli %v84, %v38 : i64
                %v87 = arith.addi %v52, %v86 : i64
                %v88 = llvm.getelementptr %part_hp0[%v87] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v89 = llvm.load %v88 : !llvm.ptr -> f32
                %v90 = llvm.load %v24 : !llvm.ptr -> f32
                %v91 = arith.addf %v90, %v89 fastmath<contract> : f32
                llvm.store %v91, %v24 : f32, !llvm.ptr
              }
              %v93 = arith.addi %v57, %v92 : i64
              %v94 = arith.cmpi slt, %v93, %v37 : i64
              scf.if %v94 {
                %v95 = arith.muli %v93, %v38 : i64
                %v96 = arith.addi %v52, %v95 : i64
                %v97 = llvm.getelementptr %part_hp0[%v96] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v98 = llvm.load %v97 : !llvm.ptr -> f32
                %v99 = llvm.load %v25 : !llvm.ptr -> f32
                %v100 = arith.addf %v99, %v98 fastmath<contract> : f32
                llvm.store %v100, %v25 : f32, !llvm.ptr
              }
              %v102 = arith.addi %v57, %v101 : i64
              %v103 = arith.cmpi slt, %v102, %v37 : i64
              scf.if %v103 {
                %v104 = arith.muli %v102, %v38 : i64
                %v105 = arith.addi %v52, %v104 : i64
                %v106 = llvm.getelementptr %part_hp0[%v105] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v107 = llvm.load %v106 : !llvm.ptr -> f32
                %v108 = llvm.load %v26 : !llvm.ptr -> f32
                %v109 = arith.addf %v108, %v107 fastmath<contract> : f32
                llvm.store %v109, %v26 : f32, !llvm.ptr
              }
              %v111 = arith.addi %v57, %v110 : i64
              %v112 = arith.cmpi slt, %v111, %v37 : i64
              scf.if %v112 {
                %v113 = arith.muli %v111, %v38 : i64
                %v114 = arith.addi %v52, %v113 : i64
                %v115 = llvm.getelementptr %part_hp0[%v114] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v116 = llvm.load %v115 : !llvm.ptr -> f32
                %v117 = llvm.load %v27 : !llvm.ptr -> f32
                %v118 = arith.addf %v117, %v116 fastmath<contract> : f32
                llvm.store %v118, %v27 : f32, !llvm.ptr
              }
              %v120 = arith.addi %v57, %v119 : i64
              %v121 = arith.cmpi slt, %v120, %v37 : i64
              scf.if %v121 {
                %v122 = arith.muli %v120, %v38 : i64
                %v123 = arith.addi %v52, %v122 : i64
                %v124 = llvm.getelementptr %part_hp0[%v123] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v125 = llvm.load %v124 : !llvm.ptr -> f32
                %v126 = llvm.load %v28 : !llvm.ptr -> f32
                %v127 = arith.addf %v126, %v125 fastmath<contract> : f32
                llvm.store %v127, %v28 : f32, !llvm.ptr
              }
            }
          }
          %v128 = llvm.load %v21 : !llvm.ptr -> f32
          %v129 = llvm.load %v22 : !llvm.ptr -> f32
          %v130 = arith.addf %v128, %v129 fastmath<contract> : f32
          %v131 = llvm.load %v23 : !llvm.ptr -> f32
          %v132 = arith.addf %v130, %v131 fastmath<contract> : f32
          %v133 = llvm.load %v24 : !llvm.ptr -> f32
          %v134 = arith.addf %v132, %v133 fastmath<contract> : f32
          %v135 = llvm.load %v25 : !llvm.ptr -> f32
          %v136 = arith.addf %v134, %v135 fastmath<contract> : f32
          %v137 = llvm.load %v26 : !llvm.ptr -> f32
          %v138 = arith.addf %v136, %v137 fastmath<contract> : f32
          %v139 = llvm.load %v27 : !llvm.ptr -> f32
          %v140 = arith.addf %v138, %v139 fastmath<contract> : f32
          %v141 = llvm.load %v28 : !llvm.ptr -> f32
          %v142 = arith.addf %v140, %v141 fastmath<contract> : f32
          %v143 = llvm.getelementptr %dx_hp0[%v12] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v142, %v143 : f32, !llvm.ptr
        }
      }
      gpu.return
    }
  }
}
