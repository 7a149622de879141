module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @mamba2_seg_reduce_Dskip(%part_Dskip: !llvm.ptr, %dx_Dskip: !llvm.ptr, %size_B: i64, %size_L: i64, %size_H: i64, %size_P: i64, %size_N: i64) kernel {
      %v1 = arith.constant 16 : i64
      %v2 = arith.constant 1 : i64
      %v3 = arith.muli %v2, %size_B : i64
      %v4 = arith.muli %v3, %size_H : i64
      %v5 = arith.muli %v4, %size_P : i64
      %v6 = arith.muli %v2, %size_H : i64
      %v11 = arith.constant 256 : i64
      %v24 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v25 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v26 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v27 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v28 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v29 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v30 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v31 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v32 = arith.constant 0x00000000 : f32
      %v35 = arith.constant 0 : i64
      %v38 = arith.constant 255 : i64
      %v42 = arith.constant 8 : i64
      %v83 = arith.constant 2 : i64
      %v92 = arith.constant 3 : i64
      %v101 = arith.constant 4 : i64
      %v110 = arith.constant 5 : i64
      %v119 = arith.constant 6 : i64
      %v128 = arith.constant 7 : i64
      %v7 = gpu.block_id x
      %v8 = gpu.thread_id x
      %v9 = arith.index_cast %v8 : index to i64
      %v10 = arith.index_cast %v7 : index to i64
      %v12 = arith.muli %v10, %v11 : i64
      %v13 = arith.addi %v12, %v9 : i64
      %v14 = arith.cmpi slt, %v13, %v6 : i64
      %v15 = arith.subi %v6, %v2 : i64
      %v16 = arith.minsi %v13, %v15 : i64
      %v17 = arith.remui %v16, %size_P : i64
      %v18 = arith.divui %v16, %size_P : i64
      %v19 = arith.remui %v18, %size_H : i64
      %v20 = arith.divui %v18, %size_H : i64
      %v21 = arith.remui %v20, %size_B : i64
      %v22 = arith.divui %v20, %size_B : i64
      scf.if %v14 {
        %v23 = arith.constant true
        scf.if %v23 {
          llvm.store %v32, %v24 : f32, !llvm.ptr
          llvm.store %v32, %v25 : f32, !llvm.ptr
          llvm.store %v32, %v26 : f32, !llvm.ptr
          llvm.store %v32, %v27 : f32, !llvm.ptr
          llvm.store %v32, %v28 : f32, !llvm.ptr
          llvm.store %v32, %v29 : f32, !llvm.ptr
          llvm.store %v32, %v30 : f32, !llvm.ptr
          llvm.store %v32, %v31 : f32, !llvm.ptr
          %v33 = arith.remui %v13, %size_H : i64
          %v34 = arith.divui %v13, %size_H : i64
          %v36 = arith.muli %v2, %size_B : i64
          %v37 = arith.muli %v36, %size_P : i64
          %v39 = arith.addi %size_L, %v38 : i64
          %v40 = arith.divui %v39, %v11 : i64
          %v41 = arith.muli %v5, %v2 : i64
          %v43 = arith.index_cast %v35 : i64 to index
          %v44 = arith.index_cast %v37 : i64 to index
          %v45 = arith.index_cast %v2 : i64 to index
          scf.for %v46 = %v43 to %v44 step %v45 {
            %v47 = arith.index_cast %v46 : index to i64
            %v48 = arith.remui %v47, %size_P : i64
            %v49 = arith.divui %v47, %size_P : i64
            %v50 = arith.remui %v49, %size_B : i64
            %v51 = arith.divui %v49, %size_B : i64
            %v52 = arith.muli %v35, %size_B : i64
            %v53 = arith.addi %v52, %v50 : i64
            %v54 = arith.muli %v53, %size_H : i64
            %v55 = arith.addi %v54, %v33 : i64
            %v56 = arith.muli %v55, %size_P : i64
            %v57 = arith.addi %v56, %v48 : i64
            %v58 = arith.muli %v35, %v5 : i64
            %v59 = arith.addi %v58, %v57 : i64
            %v60 = arith.muli %v59, %v2 : i64
            %v61 = arith.addi %v60, %v35 : i64
            %v62 = arith.index_cast %v35 : i64 to index
            %v63 = arith.index_cast %v40 : i64 to index
            %v64 = arith.index_cast %v42 : i64 to index
            scf.for %v65 = %v62 to %v63 step %v64 {
              %v66 = arith.index_cast %v65 : index to i64
              %v67 = arith.addi %v66, %v35 : i64
              %v68 = arith.cmpi slt, %v67, %v40 : i64
              scf.if %v68 {
                %v69 = arith.muli %v67, %v41 : i64
                %v70 = arith.addi %v61, %v69 : i64
                %v71 = llvm.getelementptr %part_Dskip[%v70] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v72 = llvm.load %v71 : !llvm.ptr -> f32
                %v73 = llvm.load %v24 : !llvm.ptr -> f32
                %v74 = arith.addf %v73, %v72 fastmath<contract> : f32
                llvm.store %v74, %v24 : f32, !llvm.ptr
              }
              %v75 = arith.addi %v66, %v2 : i64
              %v76 = arith.cmpi slt, %v75, %v40 : i64
              scf.if %v76 {
                %v77 = arith.muli %v75, %v41 : i64
                %v78 = arith.addi %v61, %v77 : i64
                %v79 = llvm.getelementptr %part_Dskip[%v78] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v80 = llvm.load %v79 : !llvm.ptr -> f32
                %v81 = llvm.load %v25 : !llvm.ptr -> f32
                %v82 = arith.addf %v81, %v80 fastmath<contract> : f32
                llvm.store %v82, %v25 : f32, !llvm.ptr
              }
              %v84 = arith.addi %v66, %v83 : i64
              %v85 = arith.cmpi slt, %v84, %v40 : i64
              scf.if %v85 {
                %v86 = arith.muli %v84, %v41 : i64
                %v87 = arith.addi %v61, %v86 : i64
                %v88 = llvm.getelementptr %part_Dskip[%v87] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v89 = llvm.load %v88 : !llvm.ptr -> f32
                %v90 = llvm.load %v26 : !llvm.ptr -> f32
                %v91 = arith.addf %v90, %v89 fastmath<contract> : f32
                llvm.store %v91, %v26 : f32, !llvm.ptr
              }
              %v93 = arith.addi %v66, %v92 : i64
              %v94 = arith.cmpi slt, %v93, %v40 : i64
              scf.if %v94 {
                %v95 = arith.muli %v93, %v41 : i64
                %v96 = arith.addi %v61, %v95 : i64
                %v97 = llvm.getelementptr %part_Dskip[%v96] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v98 = llvm.load %v97 : !llvm.ptr -> f32
                %v99 = llvm.load %v27 : !llvm.ptr -> f32
                %v100 = arith.addf %v99, %v98 fastmath<contract> : f32
                llvm.store %v100, %v27 : f32, !llvm.ptr
              }
              %v102 = arith.addi %v66, %v101 : i64
              %v103 = arith.cmpi slt, %v102, %v40 : i64
              scf.if %v103 {
                %v104 = arith.muli %v102, %v41 : i64
                %v105 = arith.addi %v61, %v104 : i64
                %v106 = llvm.getelementptr %part_Dskip[%v105] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v107 = llvm.load %v106 : !llvm.ptr -> f32
                %v108 = llvm.load %v28 : !llvm.ptr -> f32
                %v109 = arith.addf %v108, %v107 fastmath<contract> : f32
                llvm.store %v109, %v28 : f32, !llvm.ptr
              }
              %v111 = arith.addi %v66, %v110 : i64
              %v112 = arith.cmpi slt, %v111, %v40 : i64
              scf.if %v112 {
                %v113 = arith.muli %v111, %v41 : i64
                %v114 = arith.addi %v61, %v113 : i64
                %v115 = llvm.getelementptr %part_Dskip[%v114] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v116 = llvm.load %v115 : !llvm.ptr -> f32
                %v117 = llvm.load %v29 : !llvm.ptr -> f32
                %v118 = arith.addf %v117, %v116 fastmath<contract> : f32
                llvm.store %v118, %v29 : f32, !llvm.ptr
              }
              %v120 = arith.addi %v66, %v119 : i64
              %v121 = arith.cmpi slt, %v120, %v40 : i64
              scf.if %v121 {
                %v122 = arith.muli %v120, %v41 : i64
                %v123 = arith.addi %v61, %v122 : i64
                %v124 = llvm.getelementptr %part_Dskip[%v123] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v125 = llvm.load %v124 : !llvm.ptr -> f32
                %v126 = llvm.load %v30 : !llvm.ptr -> f32
                %v127 = arith.addf %v126, %v125 fastmath<contract> : f32
                llvm.store %v127, %v30 : f32, !llvm.ptr
              }
              %v129 = arith.addi %v66, %v128 : i64
              %v130 = arith.cmpi slt, %v129, %v40 : i64
              scf.if %v130 {
                %v131 = arith.muli %v129, %v41 : i64
                %v132 = arith.addi %v61, %v131 : i64
                %v133 = llvm.getelementptr %part_Dskip[%v132] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v134 = llvm.load %v133 : !llvm.ptr -> f32
                %v135 = llvm.load %v31 : !llvm.ptr -> f32
                %v136 = arith.addf %v135, %v134 fastmath<contract> : f32
                llvm.store %v136, %v31 : f32, !llvm.ptr
              }
            }
          }
          %v137 = llvm.load %v24 : !llvm.ptr -> f32
          %v138 = llvm.load %v25 : !llvm.ptr -> f32
          %v139 = arith.addf %v137, %v138 fastmath<contract> : f32
          %v140 = llvm.load %v26 : !llvm.ptr -> f32
          %v141 = arith.addf %v139, %v140 fastmath<contract> : f32
          %v142 = llvm.load %v27 : !llvm.ptr -> f32
          %v143 = arith.addf %v141, %v142 fastmath<contract> : f32
          %v144 = llvm.load %v28 : !llvm.ptr -> f32
          %v145 = arith.addf %v143, %v144 fastmath<contract> : f32
          %v146 = llvm.load %v29 : !llvm.ptr -> f32
          %v147 = arith.addf %v145, %v146 fastmath<contract> : f32
          %v148 = llvm.load %v30 : !llvm.ptr -> f32
          %v149 = arith.addf %v147, %v148 fastmath<contract> : f32
          %v150 = llvm.load %v31 : !llvm.ptr -> f32
          %v151 = arith.addf %v149, %v150 fastmath<contract> : f32
          %v152 = llvm.getelementptr %dx_Dskip[%v13] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v151, %v152 : f32, !llvm.ptr
        }
      }
      gpu.return
    }
  }
}
