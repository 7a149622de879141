module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @mamba2_seg_reduce_Bm(%part_Bm: !llvm.ptr, %dx_Bm: !llvm.ptr, %size_B: i64, %size_L: i64, %size_H: i64, %size_P: i64, %size_N: i64, %slice_first: i64, %slice_steps: i64) kernel {
      %v1 = arith.constant 16 : i64
      %v2 = arith.constant 1 : i64
      %v3 = arith.muli %v2, %size_B : i64
      %v4 = arith.muli %v3, %size_H : i64
      %v5 = arith.muli %v4, %size_P : i64
      %v6 = arith.muli %v2, %size_B : i64
      %v7 = arith.muli %v6, %slice_steps : i64
      %v8 = arith.muli %v7, %v1 : i64
      %v13 = arith.constant 256 : i64
      %v33 = arith.constant 0 : i64
      %v40 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v41 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v42 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v43 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v44 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v45 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v46 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v47 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v48 = arith.constant 0x00000000 : f32
      %v62 = arith.constant 8 : i64
      %v105 = arith.constant 2 : i64
      %v114 = arith.constant 3 : i64
      %v123 = arith.constant 4 : i64
      %v132 = arith.constant 5 : i64
      %v141 = arith.constant 6 : i64
      %v150 = arith.constant 7 : i64
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
        %v25 = arith.remui %v15, %v1 : i64
        %v26 = arith.divui %v15, %v1 : i64
        %v27 = arith.remui %v26, %slice_steps : i64
        %v28 = arith.divui %v26, %slice_steps : i64
        %v29 = arith.remui %v28, %size_B : i64
        %v30 = arith.divui %v28, %size_B : i64
        %v31 = arith.addi %slice_first, %v27 : i64
        %v32 = arith.cmpi slt, %v31, %size_L : i64
        %v34 = arith.muli %v33, %size_B : i64
        %v35 = arith.addi %v34, %v29 : i64
        %v36 = arith.muli %v35, %size_L : i64
        %v37 = arith.addi %v36, %v31 : i64
        %v38 = arith.muli %v37, %v1 : i64
        %v39 = arith.addi %v38, %v25 : i64
        scf.if %v32 {
          llvm.store %v48, %v40 : f32, !llvm.ptr
          llvm.store %v48, %v41 : f32, !llvm.ptr
          llvm.store %v48, %v42 : f32, !llvm.ptr
          llvm.store %v48, %v43 : f32, !llvm.ptr
          llvm.store %v48, %v44 : f32, !llvm.ptr
          llvm.store %v48, %v45 : f32, !llvm.ptr
          llvm.store %v48, %v46 : f32, !llvm.ptr
          llvm.store %v48, %v47 : f32, !llvm.ptr
          %v49 = arith.remui %v15, %v1 : i64
          %v50 = arith.divui %v15, %v1 : i64
          %v51 = arith.remui %v50, %slice_steps : i64
          %v52 = arith.divui %v50, %slice_steps : i64
          %v53 = arith.remui %v52, %size_B : i64
          %v54 = arith.divui %v52, %size_B : i64
          %v55 = arith.muli %v33, %v1 : i64
          %v56 = arith.addi %v55, %v49 : i64
          %v57 = arith.muli %v2, %size_H : i64
          %v58 = arith.muli %v57, %size_P : i64
          %v59 = arith.divui %v51, %v13 : i64
          %v60 = arith.muli %v5, %v1 : i64
          %v61 = arith.muli %v60, %slice_steps : i64
          %v63 = arith.index_cast %v33 : i64 to index
          %v64 = arith.index_cast %v58 : i64 to index
          %v65 = arith.index_cast %v2 : i64 to index
          scf.for %v66 = %v63 to %v64 step %v65 {
            %v67 = arith.index_cast %v66 : index to i64
            %v68 = arith.remui %v67, %size_P : i64
            %v69 = arith.divui %v67, %size_P : i64
            %v70 = arith.remui %v69, %size_H : i64
            %v71 = arith.divui %v69, %size_H : i64
            %v72 = arith.muli %v33, %size_B : i64
            %v73 = arith.addi %v72, %v53 : i64
            %v74 = arith.muli %v73, %size_H : i64
            %v75 = arith.addi %v74, %v70 : i64
            %v76 = arith.muli %v75, %size_P : i64
            %v77 = arith.addi %v76, %v68 : i64
            %v78 = arith.muli %v59, %v5 : i64
            %v79 = arith.addi %v78, %v77 : i64
            %v80 = arith.muli %v79, %v1 : i64
            %v81 = arith.addi %v80, %v56 : i64
            %v82 = arith.muli %v81, %slice_steps : i64
            %v83 = arith.addi %v82, %v51 : i64
            %v84 = arith.index_cast %v33 : i64 to index
            %v85 = arith.index_cast %v2 : i64 to index
            %v86 = arith.index_cast %v62 : i64 to index
            scf.for %v87 = %v84 to %v85 step %v86 {
              %v88 = arith.index_cast %v87 : index to i64
              %v89 = arith.addi %v88, %v33 : i64
              %v90 = arith.cmpi slt, %v89, %v2 : i64
              scf.if %v90 {
                %v91 = arith.muli %v89, %v61 : i64
                %v92 = arith.addi %v83, %v91 : i64
                %v93 = llvm.getelementptr %part_Bm[%v92] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v94 = llvm.load %v93 : !llvm.ptr -> f32
                %v95 = llvm.load %v40 : !llvm.ptr -> f32
                %v96 = arith.addf %v95, %v94 fastmath<contract> : f32
                llvm.store %v96, %v40 : f32, !llvm.ptr
              }
              %v97 = arith.addi %v88, %v2 : i64
              %v98 = arith.cmpi slt, %v97, %v2 : i64
              scf.if %v98 {
                %v99 = arith.muli %v97, %v61 : i64
                %v100 = arith.addi %v83, %v99 : i64
                %v101 = llvm.getelementptr %part_Bm[%v100] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v102 = llvm.load %v101 : !llvm.ptr -> f32
                %v103 = llvm.load %v41 : !llvm.ptr -> f32
                %v104 = arith.addf %v103, %v102 fastmath<contract> : f32
                llvm.store %v104, %v41 : f32, !llvm.ptr
              }
              %v106 = arith.addi %v88, %v105 : i64
              %v107 = arith.cmpi slt, %v106, %v2 : i64
              scf.if %v107 {
                %v108 = arith.muli %v106, %v61 : i64
                %v109 = arith.addi %v83, %v108 : i64
                %v110 = llvm.getelementptr %part_Bm[%v109] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v111 = llvm.load %v110 : !llvm.ptr -> f32
                %v112 = llvm.load %v42 : !llvm.ptr -> f32
                %v113 = arith.addf %v112, %v111 fastmath<contract> : f32
                llvm.store %v113, %v42 : f32, !llvm.ptr
              }
              %v115 = arith.addi %v88, %v114 : i64
              %v116 = arith.cmpi slt, %v115, %v2 : i64
              scf.if %v116 {
                %v117 = arith.muli %v115, %v61 : i64
                %v118 = arith.addi %v83, %v117 : i64
                %v119 = llvm.getelementptr %part_Bm[%v118] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v120 = llvm.load %v119 : !llvm.ptr -> f32
                %v121 = llvm.load %v43 : !llvm.ptr -> f32
                %v122 = arith.addf %v121, %v120 fastmath<contract> : f32
                llvm.store %v122, %v43 : f32, !llvm.ptr
              }
              %v124 = arith.addi %v88, %v123 : i64
              %v125 = arith.cmpi slt, %v124, %v2 : i64
              scf.if %v125 {
                %v126 = arith.muli %v124, %v61 : i64
                %v127 = arith.addi %v83, %v126 : i64
                %v128 = llvm.getelementptr %part_Bm[%v127] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v129 = llvm.load %v128 : !llvm.ptr -> f32
                %v130 = llvm.load %v44 : !llvm.ptr -> f32
                %v131 = arith.addf %v130, %v129 fastmath<contract> : f32
                llvm.store %v131, %v44 : f32, !llvm.ptr
              }
              %v133 = arith.addi %v88, %v132 : i64
              %v134 = arith.cmpi slt, %v133, %v2 : i64
              scf.if %v134 {
                %v135 = arith.muli %v133, %v61 : i64
                %v136 = arith.addi %v83, %v135 : i64
                %v137 = llvm.getelementptr %part_Bm[%v136] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v138 = llvm.load %v137 : !llvm.ptr -> f32
                %v139 = llvm.load %v45 : !llvm.ptr -> f32
                %v140 = arith.addf %v139, %v138 fastmath<contract> : f32
                llvm.store %v140, %v45 : f32, !llvm.ptr
              }
              %v142 = arith.addi %v88, %v141 : i64
              %v143 = arith.cmpi slt, %v142, %v2 : i64
              scf.if %v143 {
                %v144 = arith.muli %v142, %v61 : i64
                %v145 = arith.addi %v83, %v144 : i64
                %v146 = llvm.getelementptr %part_Bm[%v145] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v147 = llvm.load %v146 : !llvm.ptr -> f32
                %v148 = llvm.load %v46 : !llvm.ptr -> f32
                %v149 = arith.addf %v148, %v147 fastmath<contract> : f32
                llvm.store %v149, %v46 : f32, !llvm.ptr
              }
              %v151 = arith.addi %v88, %v150 : i64
              %v152 = arith.cmpi slt, %v151, %v2 : i64
              scf.if %v152 {
                %v153 = arith.muli %v151, %v61 : i64
                %v154 = arith.addi %v83, %v153 : i64
                %v155 = llvm.getelementptr %part_Bm[%v154] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v156 = llvm.load %v155 : !llvm.ptr -> f32
                %v157 = llvm.load %v47 : !llvm.ptr -> f32
                %v158 = arith.addf %v157, %v156 fastmath<contract> : f32
                llvm.store %v158, %v47 : f32, !llvm.ptr
              }
            }
          }
          %v159 = llvm.load %v40 : !llvm.ptr -> f32
          %v160 = llvm.load %v41 : !llvm.ptr -> f32
          %v161 = arith.addf %v159, %v160 fastmath<contract> : f32
          %v162 = llvm.load %v42 : !llvm.ptr -> f32
          %v163 = arith.addf %v161, %v162 fastmath<contract> : f32
          %v164 = llvm.load %v43 : !llvm.ptr -> f32
          %v165 = arith.addf %v163, %v164 fastmath<contract> : f32
          %v166 = llvm.load %v44 : !llvm.ptr -> f32
          %v167 = arith.addf %v165, %v166 fastmath<contract> : f32
          %v168 = llvm.load %v45 : !llvm.ptr -> f32
          %v169 = arith.addf %v167, %v168 fastmath<contract> : f32
          %v170 = llvm.load %v46 : !llvm.ptr -> f32
          %v171 = arith.addf %v169, %v170 fastmath<contract> : f32
          %v172 = llvm.load %v47 : !llvm.ptr -> f32
          %v173 = arith.addf %v171, %v172 fastmath<contract> : f32
          %v174 = llvm.getelementptr %dx_Bm[%v39] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v173, %v174 : f32, !llvm.ptr
        }
      }
      gpu.return
    }
  }
}
