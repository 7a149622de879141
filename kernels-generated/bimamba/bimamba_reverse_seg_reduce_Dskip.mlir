module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @bimamba_reverse_seg_reduce_Dskip(%part_Dskip: !llvm.ptr, %dx_Dskip: !llvm.ptr, %size_B: i64, %size_D: i64, %size_L: i64, %size_N: i64) kernel {
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
      %v34 = arith.constant 255 : i64
      %v38 = arith.constant 8 : i64
      %v75 = arith.constant 2 : i64
      %v84 = arith.constant 3 : i64
      %v93 = arith.constant 4 : i64
      %v102 = arith.constant 5 : i64
      %v111 = arith.constant 6 : i64
      %v120 = arith.constant 7 : i64
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
          %v35 = arith.addi %size_L, %v34 : i64
          %v36 = arith.divui %v35, %v10 : i64
          %v37 = arith.muli %v4, %v2 : i64
          %v39 = arith.index_cast %v32 : i64 to index
          %v40 = arith.index_cast %v33 : i64 to index
          %v41 = arith.index_cast %v2 : i64 to index
          scf.for %v42 = %v39 to %v40 step %v41 {
            %v43 = arith.index_cast %v42 : index to i64
            %v44 = arith.remui %v43, %size_B : i64
            %v45 = arith.divui %v43, %size_B : i64
            %v46 = arith.muli %v32, %size_B : i64
            %v47 = arith.addi %v46, %v44 : i64
            %v48 = arith.muli %v47, %size_D : i64
            %v49 = arith.addi %v48, %v30 : i64
            %v50 = arith.muli %v32, %v4 : i64
            %v51 = arith.addi %v50, %v49 : i64
            %v52 = arith.muli %v51, %v2 : i64
            %v53 = arith.addi %v52, %v32 : i64
            %v54 = arith.index_cast %v32 : i64 to index
            %v55 = arith.index_cast %v36 : i64 to index
            %v56 = arith.index_cast %v38 : i64 to index
            scf.for %v57 = %v54 to %v55 step %v56 {
              %v58 = arith.index_cast %v57 : index to i64
              %v59 = arith.addi %v58, %v32 : i64
              %v60 = arith.cmpi slt, %v59, %v36 : i64
              scf.if %v60 {
                %v61 = arith.muli %v59, %v37 : i64
                %v62 = arith.addi %v53, %v61 : i64
                %v63 = llvm.getelementptr %part_Dskip[%v62] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v64 = llvm.load %v63 : !llvm.ptr -> f32
                %v65 = llvm.load %v21 : !llvm.ptr -> f32
                %v66 = arith.addf %v65, %v64 fastmath<contract> : f32
                llvm.store %v66, %v21 : f32, !llvm.ptr
              }
              %v67 = arith.addi %v58, %v2 : i64
              %v68 = arith.cmpi slt, %v67, %v36 : i64
              scf.if %v68 {
                %v69 = arith.muli %v67, %v37 : i64
                %v70 = arith.addi %v53, %v69 : i64
                %v71 = llvm.getelementptr %part_Dskip[%v70] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v72 = llvm.load %v71 : !llvm.ptr -> f32
                %v73 = llvm.load %v22 : !llvm.ptr -> f32
                %v74 = arith.addf %v73, %v72 fastmath<contract> : f32
                llvm.store %v74, %v22 : f32, !llvm.ptr
              }
              %v76 = arith.addi %v58, %v75 : i64
              %v77 = arith.cmpi slt, %v76, %v36 : i64
              scf.if %v77 {
                %v78 = arith.muli %v76, %v37 : i64
                %v79 = arith.addi %v53, %v78 : i64
                %v80 = llvm.getelementptr %part_Dskip[%v79] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v81 = llvm.load %v80 : !llvm.ptr -> f32
                %v82 = llvm.load %v23 : !llvm.ptr -> f32
                %v83 = arith.addf %v82, %v81 fastmath<contract> : f32
                llvm.store %v83, %v23 : f32, !llvm.ptr
              }
              %v85 = arith.addi %v58, %v84 : i64
              %v86 = arith.cmpi slt, %v85, %v36 : i64
              scf.if %v86 {
                %v87 = arith.muli %v85, %v37 : i64
                %v88 = arith.addi %v53, %v87 : i64
                %v89 = llvm.getelementptr %part_Dskip[%v88] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v90 = llvm.load %v89 : !llvm.ptr -> f32
                %v91 = llvm.load %v24 : !llvm.ptr -> f32
                %v92 = arith.addf %v91, %v90 fastmath<contract> : f32
                llvm.store %v92, %v24 : f32, !llvm.ptr
              }
              %v94 = arith.addi %v58, %v93 : i64
              %v95 = arith.cmpi slt, %v94, %v36 : i64
              scf.if %v95 {
                %v96 = arith.muli %v94, %v37 : i64
                %v97 = arith.addi %v53, %v96 : i64
                %v98 = llvm.getelementptr %part_Dskip[%v97] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v99 = llvm.load %v98 : !llvm.ptr -> f32
                %v100 = llvm.load %v25 : !llvm.ptr -> f32
                %v101 = arith.addf %v100, %v99 fastmath<contract> : f32
                llvm.store %v101, %v25 : f32, !llvm.ptr
              }
              %v103 = arith.addi %v58, %v102 : i64
              %v104 = arith.cmpi slt, %v103, %v36 : i64
              scf.if %v104 {
                %v105 = arith.muli %v103, %v37 : i64
                %v106 = arith.addi %v53, %v105 : i64
                %v107 = llvm.getelementptr %part_Dskip[%v106] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v108 = llvm.load %v107 : !llvm.ptr -> f32
                %v109 = llvm.load %v26 : !llvm.ptr -> f32
                %v110 = arith.addf %v109, %v108 fastmath<contract> : f32
                llvm.store %v110, %v26 : f32, !llvm.ptr
              }
              %v112 = arith.addi %v58, %v111 : i64
              %v113 = arith.cmpi slt, %v112, %v36 : i64
              scf.if %v113 {
                %v114 = arith.muli %v112, %v37 : i64
                %v115 = arith.addi %v53, %v114 : i64
                %v116 = llvm.getelementptr %part_Dskip[%v115] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v117 = llvm.load %v116 : !llvm.ptr -> f32
                %v118 = llvm.load %v27 : !llvm.ptr -> f32
                %v119 = arith.addf %v118, %v117 fastmath<contract> : f32
                llvm.store %v119, %v27 : f32, !llvm.ptr
              }
              %v121 = arith.addi %v58, %v120 : i64
              %v122 = arith.cmpi slt, %v121, %v36 : i64
              scf.if %v122 {
                %v123 = arith.muli %v121, %v37 : i64
                %v124 = arith.addi %v53, %v123 : i64
                %v125 = llvm.getelementptr %part_Dskip[%v124] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v126 = llvm.load %v125 : !llvm.ptr -> f32
                %v127 = llvm.load %v28 : !llvm.ptr -> f32
                %v128 = arith.addf %v127, %v126 fastmath<contract> : f32
                llvm.store %v128, %v28 : f32, !llvm.ptr
              }
            }
          }
          %v129 = llvm.load %v21 : !llvm.ptr -> f32
          %v130 = llvm.load %v22 : !llvm.ptr -> f32
          %v131 = arith.addf %v129, %v130 fastmath<contract> : f32
          %v132 = llvm.load %v23 : !llvm.ptr -> f32
          %v133 = arith.addf %v131, %v132 fastmath<contract> : f32
          %v134 = llvm.load %v24 : !llvm.ptr -> f32
          %v135 = arith.addf %v133, %v134 fastmath<contract> : f32
          %v136 = llvm.load %v25 : !llvm.ptr -> f32
          %v137 = arith.addf %v135, %v136 fastmath<contract> : f32
          %v138 = llvm.load %v26 : !llvm.ptr -> f32
          %v139 = arith.addf %v137, %v138 fastmath<contract> : f32
          %v140 = llvm.load %v27 : !llvm.ptr -> f32
          %v141 = arith.addf %v139, %v140 fastmath<contract> : f32
          %v142 = llvm.load %v28 : !llvm.ptr -> f32
          %v143 = arith.addf %v141, %v142 fastmath<contract> : f32
          %v144 = llvm.getelementptr %dx_Dskip[%v12] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v143, %v144 : f32, !llvm.ptr
        }
      }
      gpu.return
    }
  }
}
