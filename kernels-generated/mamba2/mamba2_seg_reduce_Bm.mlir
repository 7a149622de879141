module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @mamba2_seg_reduce_Bm(%part_Bm: !llvm.ptr, %dx_Bm: !llvm.ptr, %size_B: i64, %size_L: i64, %size_H: i64, %size_P: i64, %size_N: i64) kernel {
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
      %v48 = arith.constant 8 : i64
      %v91 = arith.constant 2 : i64
      %v100 = arith.constant 3 : i64
      %v109 = arith.constant 4 : i64
      %v118 = arith.constant 5 : i64
      %v127 = arith.constant 6 : i64
      %v136 = arith.constant 7 : i64
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
        %v45 = arith.divui %v36, %v13 : i64
        %v46 = arith.muli %v5, %v1 : i64
        %v47 = arith.muli %v46, %size_L : i64
        %v49 = arith.index_cast %v40 : i64 to index
        %v50 = arith.index_cast %v44 : i64 to index
        %v51 = arith.index_cast %v2 : i64 to index
        scf.for %v52 = %v49 to %v50 step %v51 {
          %v53 = arith.index_cast %v52 : index to i64
          %v54 = arith.remui %v53, %size_P : i64
          %v55 = arith.divui %v53, %size_P : i64
          %v56 = arith.remui %v55, %size_H : i64
          %v57 = arith.divui %v55, %size_H : i64
          %v58 = arith.muli %v40, %size_B : i64
          %v59 = arith.addi %v58, %v38 : i64
          %v60 = arith.muli %v59, %size_H : i64
          %v61 = arith.addi %v60, %v56 : i64
          %v62 = arith.muli %v61, %size_P : i64
          %v63 = arith.addi %v62, %v54 : i64
          %v64 = arith.muli %v45, %v5 : i64
          %v65 = arith.addi %v64, %v63 : i64
          %v66 = arith.muli %v65, %v1 : i64
          %v67 = arith.addi %v66, %v42 : i64
          %v68 = arith.muli %v67, %size_L : i64
          %v69 = arith.addi %v68, %v36 : i64
          %v70 = arith.index_cast %v40 : i64 to index
          %v71 = arith.index_cast %v2 : i64 to index
          %v72 = arith.index_cast %v48 : i64 to index
          scf.for %v73 = %v70 to %v71 step %v72 {
            %v74 = arith.index_cast %v73 : index to i64
            %v75 = arith.addi %v74, %v40 : i64
            %v76 = arith.cmpi slt, %v75, %v2 : i64
            scf.if %v76 {
              %v77 = arith.muli %v75, %v47 : i64
              %v78 = arith.addi %v69, %v77 : i64
              %v79 = llvm.getelementptr %part_Bm[%v78] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v80 = llvm.load %v79 : !llvm.ptr -> f32
              %v81 = llvm.load %v25 : !llvm.ptr -> f32
              %v82 = arith.addf %v81, %v80 fastmath<contract> : f32
              llvm.store %v82, %v25 : f32, !llvm.ptr
            }
            %v83 = arith.addi %v74, %v2 : i64
            %v84 = arith.cmpi slt, %v83, %v2 : i64
            scf.if %v84 {
              %v85 = arith.muli %v83, %v47 : i64
              %v86 = arith.addi %v69, %v85 : i64
              %v87 = llvm.getelementptr %part_Bm[%v86] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v88 = llvm.load %v87 : !llvm.ptr -> f32
              %v89 = llvm.load %v26 : !llvm.ptr -> f32
              %v90 = arith.addf %v89, %v88 fastmath<contract> : f32
              llvm.store %v90, %v26 : f32, !llvm.ptr
            }
            %v92 = arith.addi %v74, %v91 : i64
            %v93 = arith.cmpi slt, %v92, %v2 : i64
            scf.if %v93 {
              %v94 = arith.muli %v92, %v47 : i64
              %v95 = arith.addi %v69, %v94 : i64
              %v96 = llvm.getelementptr %part_Bm[%v95] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v97 = llvm.load %v96 : !llvm.ptr -> f32
              %v98 = llvm.load %v27 : !llvm.ptr -> f32
              %v99 = arith.addf %v98, %v97 fastmath<contract> : f32
              llvm.store %v99, %v27 : f32, !llvm.ptr
            }
            %v101 = arith.addi %v74, %v100 : i64
            %v102 = arith.cmpi slt, %v101, %v2 : i64
            scf.if %v102 {
              %v103 = arith.muli %v101, %v47 : i64
              %v104 = arith.addi %v69, %v103 : i64
              %v105 = llvm.getelementptr %part_Bm[%v104] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v106 = llvm.load %v105 : !llvm.ptr -> f32
              %v107 = llvm.load %v28 : !llvm.ptr -> f32
              %v108 = arith.addf %v107, %v106 fastmath<contract> : f32
              llvm.store %v108, %v28 : f32, !llvm.ptr
            }
            %v110 = arith.addi %v74, %v109 : i64
            %v111 = arith.cmpi slt, %v110, %v2 : i64
            scf.if %v111 {
              %v112 = arith.muli %v110, %v47 : i64
              %v113 = arith.addi %v69, %v112 : i64
              %v114 = llvm.getelementptr %part_Bm[%v113] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v115 = llvm.load %v114 : !llvm.ptr -> f32
              %v116 = llvm.load %v29 : !llvm.ptr -> f32
              %v117 = arith.addf %v116, %v115 fastmath<contract> : f32
              llvm.store %v117, %v29 : f32, !llvm.ptr
            }
            %v119 = arith.addi %v74, %v118 : i64
            %v120 = arith.cmpi slt, %v119, %v2 : i64
            scf.if %v120 {
              %v121 = arith.muli %v119, %v47 : i64
              %v122 = arith.addi %v69, %v121 : i64
              %v123 = llvm.getelementptr %part_Bm[%v122] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v124 = llvm.load %v123 : !llvm.ptr -> f32
              %v125 = llvm.load %v30 : !llvm.ptr -> f32
              %v126 = arith.addf %v125, %v124 fastmath<contract> : f32
              llvm.store %v126, %v30 : f32, !llvm.ptr
            }
            %v128 = arith.addi %v74, %v127 : i64
            %v129 = arith.cmpi slt, %v128, %v2 : i64
            scf.if %v129 {
              %v130 = arith.muli %v128, %v47 : i64
              %v131 = arith.addi %v69, %v130 : i64
              %v132 = llvm.getelementptr %part_Bm[%v131] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v133 = llvm.load %v132 : !llvm.ptr -> f32
              %v134 = llvm.load %v31 : !llvm.ptr -> f32
              %v135 = arith.addf %v134, %v133 fastmath<contract> : f32
              llvm.store %v135, %v31 : f32, !llvm.ptr
            }
            %v137 = arith.addi %v74, %v136 : i64
            %v138 = arith.cmpi slt, %v137, %v2 : i64
            scf.if %v138 {
              %v139 = arith.muli %v137, %v47 : i64
              %v140 = arith.addi %v69, %v139 : i64
              %v141 = llvm.getelementptr %part_Bm[%v140] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v142 = llvm.load %v141 : !llvm.ptr -> f32
              %v143 = llvm.load %v32 : !llvm.ptr -> f32
              %v144 = arith.addf %v143, %v142 fastmath<contract> : f32
              llvm.store %v144, %v32 : f32, !llvm.ptr
            }
          }
        }
        %v145 = llvm.load %v25 : !llvm.ptr -> f32
        %v146 = llvm.load %v26 : !llvm.ptr -> f32
        %v147 = arith.addf %v145, %v146 fastmath<contract> : f32
        %v148 = llvm.load %v27 : !llvm.ptr -> f32
        %v149 = arith.addf %v147, %v148 fastmath<contract> : f32
        %v150 = llvm.load %v28 : !llvm.ptr -> f32
        %v151 = arith.addf %v149, %v150 fastmath<contract> : f32
        %v152 = llvm.load %v29 : !llvm.ptr -> f32
        %v153 = arith.addf %v151, %v152 fastmath<contract> : f32
        %v154 = llvm.load %v30 : !llvm.ptr -> f32
        %v155 = arith.addf %v153, %v154 fastmath<contract> : f32
        %v156 = llvm.load %v31 : !llvm.ptr -> f32
        %v157 = arith.addf %v155, %v156 fastmath<contract> : f32
        %v158 = llvm.load %v32 : !llvm.ptr -> f32
        %v159 = arith.addf %v157, %v158 fastmath<contract> : f32
        %v160 = llvm.getelementptr %dx_Bm[%v15] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v159, %v160 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
