module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @mamba2_reduce_Bm(%part_Bm: !llvm.ptr, %dx_Bm: !llvm.ptr, %size_B: i64, %size_L: i64, %size_H: i64, %size_P: i64, %size_N: i64) kernel {
      %v1 = arith.constant 16 : i64
      %v2 = arith.constant 1 : i64
      %v3 = arith.muli %v2, %size_B : i64
      %v4 = arith.muli %v3, %size_H : i64
      %v5 = arith.muli %v4, %size_P : i64
      %v6 = arith.muli %v2, %size_B : i64
      %v7 = arith.muli %v6, %size_L : i64
      %v8 = arith.muli %v7, %v1 : i64
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
      %v40 = arith.constant 0 : i64
      %v47 = arith.constant 8 : i64
      %v90 = arith.constant 2 : i64
      %v99 = arith.constant 3 : i64
      %v108 = arith.constant 4 : i64
      %v117 = arith.constant 5 : i64
      %v126 = arith.constant 6 : i64
      %v135 = arith.constant 7 : i64
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
        %v34 = arith.remui %v15, %v1 : i64
        %v35 = arith.divui %v15, %v1 : i64
        %v36 = arith.remui %v35, %size_L : i64
        %v37 = arith.divui %v35, %size_L : i64
        %v38 = arith.remui %v37, %size_B : i64
        %v39 = arith.divui %v37, %size_B : i64
        %v41 = arith.muli %v40, %v1 : i64
        %v42 = arith.addi %v41, %v34 : i64
        %v43 = arith.muli %v2, %size_H : i64
        %v44 = arith.muli %v43, %size_P : i64
        %v45 = arith.muli %v5, %v1 : i64
        %v46 = arith.muli %v45, %size_L : i64
        %v48 = arith.index_cast %v40 : i64 to index
        %v49 = arith.index_cast %v44 : i64 to index
        %v50 = arith.index_cast %v2 : i64 to index
        scf.for %v51 = %v48 to %v49 step %v50 {
          %v52 = arith.index_cast %v51 : index to i64
          %v53 = arith.remui %v52, %size_P : i64
          %v54 = arith.divui %v52, %size_P : i64
          %v55 = arith.remui %v54, %size_H : i64
          %v56 = arith.divui %v54, %size_H : i64
          %v57 = arith.muli %v40, %size_B : i64
          %v58 = arith.addi %v57, %v38 : i64
          %v59 = arith.muli %v58, %size_H : i64
          %v60 = arith.addi %v59, %v55 : i64
          %v61 = arith.muli %v60, %size_P : i64
          %v62 = arith.addi %v61, %v53 : i64
          %v63 = arith.muli %v40, %v5 : i64
          %v64 = arith.addi %v63, %v62 : i64
          %v65 = arith.muli %v64, %v1 : i64
          %v66 = arith.addi %v65, %v42 : i64
          %v67 = arith.muli %v66, %size_L : i64
          %v68 = arith.addi %v67, %v36 : i64
          %v69 = arith.index_cast %v40 : i64 to index
          %v70 = arith.index_cast %v2 : i64 to index
          %v71 = arith.index_cast %v47 : i64 to index
          scf.for %v72 = %v69 to %v70 step %v71 {
            %v73 = arith.index_cast %v72 : index to i64
            %v74 = arith.addi %v73, %v40 : i64
            %v75 = arith.cmpi slt, %v74, %v2 : i64
            scf.if %v75 {
              %v76 = arith.muli %v74, %v46 : i64
              %v77 = arith.addi %v68, %v76 : i64
              %v78 = llvm.getelementptr %part_Bm[%v77] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v79 = llvm.load %v78 : !llvm.ptr -> f32
              %v80 = llvm.load %v25 : !llvm.ptr -> f32
              %v81 = arith.addf %v80, %v79 fastmath<contract> : f32
              llvm.store %v81, %v25 : f32, !llvm.ptr
            }
            %v82 = arith.addi %v73, %v2 : i64
            %v83 = arith.cmpi slt, %v82, %v2 : i64
            scf.if %v83 {
              %v84 = arith.muli %v82, %v46 : i64
              %v85 = arith.addi %v68, %v84 : i64
              %v86 = llvm.getelementptr %part_Bm[%v85] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v87 = llvm.load %v86 : !llvm.ptr -> f32
              %v88 = llvm.load %v26 : !llvm.ptr -> f32
              %v89 = arith.addf %v88, %v87 fastmath<contract> : f32
              llvm.store %v89, %v26 : f32, !llvm.ptr
            }
            %v91 = arith.addi %v73, %v90 : i64
            %v92 = arith.cmpi slt, %v91, %v2 : i64
            scf.if %v92 {
              %v93 = arith.muli %v91, %v46 : i64
              %v94 = arith.addi %v68, %v93 : i64
              %v95 = llvm.getelementptr %part_Bm[%v94] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v96 = llvm.load %v95 : !llvm.ptr -> f32
              %v97 = llvm.load %v27 : !llvm.ptr -> f32
              %v98 = arith.addf %v97, %v96 fastmath<contract> : f32
              llvm.store %v98, %v27 : f32, !llvm.ptr
            }
            %v100 = arith.addi %v73, %v99 : i64
            %v101 = arith.cmpi slt, %v100, %v2 : i64
            scf.if %v101 {
              %v102 = arith.muli %v100, %v46 : i64
              %v103 = arith.addi %v68, %v102 : i64
              %v104 = llvm.getelementptr %part_Bm[%v103] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v105 = llvm.load %v104 : !llvm.ptr -> f32
              %v106 = llvm.load %v28 : !llvm.ptr -> f32
              %v107 = arith.addf %v106, %v105 fastmath<contract> : f32
              llvm.store %v107, %v28 : f32, !llvm.ptr
            }
            %v109 = arith.addi %v73, %v108 : i64
            %v110 = arith.cmpi slt, %v109, %v2 : i64
            scf.if %v110 {
              %v111 = arith.muli %v109, %v46 : i64
              %v112 = arith.addi %v68, %v111 : i64
              %v113 = llvm.getelementptr %part_Bm[%v112] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v114 = llvm.load %v113 : !llvm.ptr -> f32
              %v115 = llvm.load %v29 : !llvm.ptr -> f32
              %v116 = arith.addf %v115, %v114 fastmath<contract> : f32
              llvm.store %v116, %v29 : f32, !llvm.ptr
            }
            %v118 = arith.addi %v73, %v117 : i64
            %v119 = arith.cmpi slt, %v118, %v2 : i64
            scf.if %v119 {
              %v120 = arith.muli %v118, %v46 : i64
              %v121 = arith.addi %v68, %v120 : i64
              %v122 = llvm.getelementptr %part_Bm[%v121] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v123 = llvm.load %v122 : !llvm.ptr -> f32
              %v124 = llvm.load %v30 : !llvm.ptr -> f32
              %v125 = arith.addf %v124, %v123 fastmath<contract> : f32
              llvm.store %v125, %v30 : f32, !llvm.ptr
            }
            %v127 = arith.addi %v73, %v126 : i64
            %v128 = arith.cmpi slt, %v127, %v2 : i64
            scf.if %v128 {
              %v129 = arith.muli %v127, %v46 : i64
              %v130 = arith.addi %v68, %v129 : i64
              %v131 = llvm.getelementptr %part_Bm[%v130] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v132 = llvm.load %v131 : !llvm.ptr -> f32
              %v133 = llvm.load %v31 : !llvm.ptr -> f32
              %v134 = arith.addf %v133, %v132 fastmath<contract> : f32
              llvm.store %v134, %v31 : f32, !llvm.ptr
            }
            %v136 = arith.addi %v73, %v135 : i64
            %v137 = arith.cmpi slt, %v136, %v2 : i64
            scf.if %v137 {
              %v138 = arith.muli %v136, %v46 : i64
              %v139 = arith.addi %v68, %v138 : i64
              %v140 = llvm.getelementptr %part_Bm[%v139] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v141 = llvm.load %v140 : !llvm.ptr -> f32
              %v142 = llvm.load %v32 : !llvm.ptr -> f32
              %v143 = arith.addf %v142, %v141 fastmath<contract> : f32
              llvm.store %v143, %v32 : f32, !llvm.ptr
            }
          }
        }
        %v144 = llvm.load %v25 : !llvm.ptr -> f32
        %v145 = llvm.load %v26 : !llvm.ptr -> f32
        %v146 = arith.addf %v144, %v145 fastmath<contract> : f32
        %v147 = llvm.load %v27 : !llvm.ptr -> f32
        %v148 = arith.addf %v146, %v147 fastmath<contract> : f32
        %v149 = llvm.load %v28 : !llvm.ptr -> f32
        %v150 = arith.addf %v148, %v149 fastmath<contract> : f32
        %v151 = llvm.load %v29 : !llvm.ptr -> f32
        %v152 = arith.addf %v150, %v151 fastmath<contract> : f32
        %v153 = llvm.load %v30 : !llvm.ptr -> f32
        %v154 = arith.addf %v152, %v153 fastmath<contract> : f32
        %v155 = llvm.load %v31 : !llvm.ptr -> f32
        %v156 = arith.addf %v154, %v155 fastmath<contract> : f32
        %v157 = llvm.load %v32 : !llvm.ptr -> f32
        %v158 = arith.addf %v156, %v157 fastmath<contract> : f32
        %v159 = llvm.getelementptr %dx_Bm[%v15] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v158, %v159 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
