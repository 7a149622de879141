module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @bimamba_reverse_reduce_Bm(%part_Bm: !llvm.ptr, %dx_Bm: !llvm.ptr, %size_B: i64, %size_D: i64, %size_L: i64, %size_N: i64, %slice_first: i64, %slice_steps: i64) kernel {
      %v1 = arith.constant 16 : i64
      %v2 = arith.constant 1 : i64
      %v3 = arith.muli %v2, %size_B : i64
      %v4 = arith.muli %v3, %size_D : i64
      %v5 = arith.muli %v2, %size_B : i64
      %v6 = arith.muli %v5, %v1 : i64
      %v7 = arith.muli %v6, %slice_steps : i64
      %v12 = arith.constant 256 : i64
      %v28 = arith.subi %slice_steps, %v2 : i64
      %v32 = arith.subi %size_L, %v2 : i64
      %v34 = arith.constant 0 : i64
      %v41 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v42 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v43 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v44 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v45 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v46 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v47 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v48 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v49 = arith.constant 0x00000000 : f32
      %v50 = arith.constant 31 : i64
      %v52 = arith.constant 32 : i64
      %v54 = arith.constant 8 : i64
      %v81 = arith.constant 2 : i64
      %v90 = arith.constant 3 : i64
      %v99 = arith.constant 4 : i64
      %v108 = arith.constant 5 : i64
      %v117 = arith.constant 6 : i64
      %v126 = arith.constant 7 : i64
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
        %v22 = arith.remui %v14, %slice_steps : i64
        %v23 = arith.divui %v14, %slice_steps : i64
        %v24 = arith.remui %v23, %v1 : i64
        %v25 = arith.divui %v23, %v1 : i64
        %v26 = arith.remui %v25, %size_B : i64
        %v27 = arith.divui %v25, %size_B : i64
        %v29 = arith.subi %v28, %v22 : i64
        %v30 = arith.addi %slice_first, %v29 : i64
        %v31 = arith.cmpi slt, %v30, %size_L : i64
        %v33 = arith.subi %v32, %v30 : i64
        %v35 = arith.muli %v34, %size_B : i64
        %v36 = arith.addi %v35, %v26 : i64
        %v37 = arith.muli %v36, %v1 : i64
        %v38 = arith.addi %v37, %v24 : i64
        %v39 = arith.muli %v38, %size_L : i64
        %v40 = arith.addi %v39, %v33 : i64
        scf.if %v31 {
          llvm.store %v49, %v41 : f32, !llvm.ptr
          llvm.store %v49, %v42 : f32, !llvm.ptr
          llvm.store %v49, %v43 : f32, !llvm.ptr
          llvm.store %v49, %v44 : f32, !llvm.ptr
          llvm.store %v49, %v45 : f32, !llvm.ptr
          llvm.store %v49, %v46 : f32, !llvm.ptr
          llvm.store %v49, %v47 : f32, !llvm.ptr
          llvm.store %v49, %v48 : f32, !llvm.ptr
          %v51 = arith.addi %size_D, %v50 : i64
          %v53 = arith.divui %v51, %v52 : i64
          %v55 = arith.index_cast %v34 : i64 to index
          %v56 = arith.index_cast %v2 : i64 to index
          %v57 = arith.index_cast %v2 : i64 to index
          scf.for %v58 = %v55 to %v56 step %v57 {
            %v59 = arith.index_cast %v58 : index to i64
            %v60 = arith.index_cast %v34 : i64 to index
            %v61 = arith.index_cast %v53 : i64 to index
            %v62 = arith.index_cast %v54 : i64 to index
            scf.for %v63 = %v60 to %v61 step %v62 {
              %v64 = arith.index_cast %v63 : index to i64
              %v65 = arith.addi %v64, %v34 : i64
              %v66 = arith.cmpi slt, %v65, %v53 : i64
              scf.if %v66 {
                %v67 = arith.muli %v65, %v7 : i64
                %v68 = arith.addi %v14, %v67 : i64
                %v69 = llvm.getelementptr %part_Bm[%v68] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v70 = llvm.load %v69 : !llvm.ptr -> f32
                %v71 = llvm.load %v41 : !llvm.ptr -> f32
                %v72 = arith.addf %v71, %v70 fastmath<contract> : f32
                llvm.store %v72, %v41 : f32, !llvm.ptr
              }
              %v73 = arith.addi %v64, %v2 : i64
              %v74 = arith.cmpi slt, %v73, %v53 : i64
              scf.if %v74 {
                %v75 = arith.muli %v73, %v7 : i64
                %v76 = arith.addi %v14, %v75 : i64
                %v77 = llvm.getelementptr %part_Bm[%v76] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v78 = llvm.load %v77 : !llvm.ptr -> f32
                %v79 = llvm.load %v42 : !llvm.ptr -> f32
                %v80 = arith.addf %v79, %v78 fastmath<contract> : f32
                llvm.store %v80, %v42 : f32, !llvm.ptr
              }
              %v82 = arith.addi %v64, %v81 : i64
              %v83 = arith.cmpi slt, %v82, %v53 : i64
              scf.if %v83 {
                %v84 = arith.muli %v82, %v7 : i64
                %v85 = arith.addi %v14, %v84 : i64
                %v86 = llvm.getelementptr %part_Bm[%v85] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v87 = llvm.load %v86 : !llvm.ptr -> f32
                %v88 = llvm.load %v43 : !llvm.ptr -> f32
                %v89 = arith.addf %v88, %v87 fastmath<contract> : f32
                llvm.store %v89, %v43 : f32, !llvm.ptr
              }
              %v91 = arith.addi %v64, %v90 : i64
              %v92 = arith.cmpi slt, %v91, %v53 : i64
              scf.if %v92 {
                %v93 = arith.muli %v91, %v7 : i64
                %v94 = arith.addi %v14, %v93 : i64
                %v95 = llvm.getelementptr %part_Bm[%v94] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v96 = llvm.load %v95 : !llvm.ptr -> f32
                %v97 = llvm.load %v44 : !llvm.ptr -> f32
                %v98 = arith.addf %v97, %v96 fastmath<contract> : f32
                llvm.store %v98, %v44 : f32, !llvm.ptr
              }
              %v100 = arith.addi %v64, %v99 : i64
              %v101 = arith.cmpi slt, %v100, %v53 : i64
              scf.if %v101 {
                %v102 = arith.muli %v100, %v7 : i64
                %v103 = arith.addi %v14, %v102 : i64
                %v104 = llvm.getelementptr %part_Bm[%v103] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v105 = llvm.load %v104 : !llvm.ptr -> f32
                %v106 = llvm.load %v45 : !llvm.ptr -> f32
                %v107 = arith.addf %v106, %v105 fastmath<contract> : f32
                llvm.store %v107, %v45 : f32, !llvm.ptr
              }
              %v109 = arith.addi %v64, %v108 : i64
              %v110 = arith.cmpi slt, %v109, %v53 : i64
              scf.if %v110 {
                %v111 = arith.muli %v109, %v7 : i64
                %v112 = arith.addi %v14, %v111 : i64
                %v113 = llvm.getelementptr %part_Bm[%v112] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v114 = llvm.load %v113 : !llvm.ptr -> f32
                %v115 = llvm.load %v46 : !llvm.ptr -> f32
                %v116 = arith.addf %v115, %v114 fastmath<contract> : f32
                llvm.store %v116, %v46 : f32, !llvm.ptr
              }
              %v118 = arith.addi %v64, %v117 : i64
              %v119 = arith.cmpi slt, %v118, %v53 : i64
              scf.if %v119 {
                %v120 = arith.muli %v118, %v7 : i64
                %v121 = arith.addi %v14, %v120 : i64
                %v122 = llvm.getelementptr %part_Bm[%v121] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v123 = llvm.load %v122 : !llvm.ptr -> f32
                %v124 = llvm.load %v47 : !llvm.ptr -> f32
                %v125 = arith.addf %v124, %v123 fastmath<contract> : f32
                llvm.store %v125, %v47 : f32, !llvm.ptr
              }
              %v127 = arith.addi %v64, %v126 : i64
              %v128 = arith.cmpi slt, %v127, %v53 : i64
              scf.if %v128 {
                %v129 = arith.muli %v127, %v7 : i64
                %v130 = arith.addi %v14, %v129 : i64
                %v131 = llvm.getelementptr %part_Bm[%v130] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v132 = llvm.load %v131 : !llvm.ptr -> f32
                %v133 = llvm.load %v48 : !llvm.ptr -> f32
                %v134 = arith.addf %v133, %v132 fastmath<contract> : f32
                llvm.store %v134, %v48 : f32, !llvm.ptr
              }
            }
          }
          %v135 = llvm.load %v41 : !llvm.ptr -> f32
          %v136 = llvm.load %v42 : !llvm.ptr -> f32
          %v137 = arith.addf %v135, %v136 fastmath<contract> : f32
          %v138 = llvm.load %v43 : !llvm.ptr -> f32
          %v139 = arith.addf %v137, %v138 fastmath<contract> : f32
          %v140 = llvm.load %v44 : !llvm.ptr -> f32
          %v141 = arith.addf %v139, %v140 fastmath<contract> : f32
          %v142 = llvm.load %v45 : !llvm.ptr -> f32
          %v143 = arith.addf %v141, %v142 fastmath<contract> : f32
          %v144 = llvm.load %v46 : !llvm.ptr -> f32
          %v145 = arith.addf %v143, %v144 fastmath<contract> : f32
          %v146 = llvm.load %v47 : !llvm.ptr -> f32
          %v147 = arith.addf %v145, %v146 fastmath<contract> : f32
          %v148 = llvm.load %v48 : !llvm.ptr -> f32
          %v149 = arith.addf %v147, %v148 fastmath<contract> : f32
          %v150 = llvm.getelementptr %dx_Bm[%v40] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v149, %v150 : f32, !llvm.ptr
        }
      }
      gpu.return
    }
  }
}
