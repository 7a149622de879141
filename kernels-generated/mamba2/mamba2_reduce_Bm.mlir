module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @mamba2_reduce_Bm(%part_Bm: !llvm.ptr, %dx_Bm: !llvm.ptr, %size_B: i64, %size_L: i64, %size_H: i64, %size_P: i64, %size_N: i64, %slice_first: i64, %slice_steps: i64) kernel {
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
      %v61 = arith.constant 8 : i64
      %v104 = arith.constant 2 : i64
      %v113 = arith.constant 3 : i64
      %v122 = arith.constant 4 : i64
      %v131 = arith.constant 5 : i64
      %v140 = arith.constant 6 : i64
      %v149 = arith.constant 7 : i64
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
          %v59 = arith.muli %v5, %v1 : i64
          %v60 = arith.muli %v59, %slice_steps : i64
          %v62 = arith.index_cast %v33 : i64 to index
          %v63 = arith.index_cast %v58 : i64 to index
          %v64 = arith.index_cast %v2 : i64 to index
          scf.for %v65 = %v62 to %v63 step %v64 {
            %v66 = arith.index_cast %v65 : index to i64
            %v67 = arith.remui %v66, %size_P : i64
            %v68 = arith.divui %v66, %size_P : i64
            %v69 = arith.remui %v68, %size_H : i64
            %v70 = arith.divui %v68, %size_H : i64
            %v71 = arith.muli %v33, %size_B : i64
            %v72 = arith.addi %v71, %v53 : i64
            %v73 = arith.muli %v72, %size_H : i64
            %v74 = arith.addi %v73, %v69 : i64
            %v75 = arith.muli %v74, %size_P : i64
            %v76 = arith.addi %v75, %v67 : i64
            %v77 = arith.muli %v33, %v5 : i64
            %v78 = arith.addi %v77, %v76 : i64
            %v79 = arith.muli %v78, %v1 : i64
            %v80 = arith.addi %v79, %v56 : i64
            %v81 = arith.muli %v80, %slice_steps : i64
            %v82 = arith.addi %v81, %v51 : i64
            %v83 = arith.index_cast %v33 : i64 to index
            %v84 = arith.index_cast %v2 : i64 to index
            %v85 = arith.index_cast %v61 : i64 to index
            scf.for %v86 = %v83 to %v84 step %v85 {
              %v87 = arith.index_cast %v86 : index to i64
              %v88 = arith.addi %v87, %v33 : i64
              %v89 = arith.cmpi slt, %v88, %v2 : i64
              scf.if %v89 {
                %v90 = arith.muli %v88, %v60 : i64
                %v91 = arith.addi %v82, %v90 : i64
                %v92 = llvm.getelementptr %part_Bm[%v91] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v93 = llvm.load %v92 : !llvm.ptr -> f32
                %v94 = llvm.load %v40 : !llvm.ptr -> f32
                %v95 = arith.addf %v94, %v93 fastmath<contract> : f32
                llvm.store %v95, %v40 : f32, !llvm.ptr
              }
              %v96 = arith.addi %v87, %v2 : i64
              %v97 = arith.cmpi slt, %v96, %v2 : i64
              scf.if %v97 {
                %v98 = arith.muli %v96, %v60 : i64
                %v99 = arith.addi %v82, %v98 : i64
                %v100 = llvm.getelementptr %part_Bm[%v99] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v101 = llvm.load %v100 : !llvm.ptr -> f32
                %v102 = llvm.load %v41 : !llvm.ptr -> f32
                %v103 = arith.addf %v102, %v101 fastmath<contract> : f32
                llvm.store %v103, %v41 : f32, !llvm.ptr
              }
              %v105 = arith.addi %v87, %v104 : i64
              %v106 = arith.cmpi slt, %v105, %v2 : i64
              scf.if %v106 {
                %v107 = arith.muli %v105, %v60 : i64
                %v108 = arith.addi %v82, %v107 : i64
                %v109 = llvm.getelementptr %part_Bm[%v108] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v110 = llvm.load %v109 : !llvm.ptr -> f32
                %v111 = llvm.load %v42 : !llvm.ptr -> f32
                %v112 = arith.addf %v111, %v110 fastmath<contract> : f32
                llvm.store %v112, %v42 : f32, !llvm.ptr
              }
              %v114 = arith.addi %v87, %v113 : i64
              %v115 = arith.cmpi slt, %v114, %v2 : i64
              scf.if %v115 {
                %v116 = arith.muli %v114, %v60 : i64
                %v117 = arith.addi %v82, %v116 : i64
                %v118 = llvm.getelementptr %part_Bm[%v117] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v119 = llvm.load %v118 : !llvm.ptr -> f32
                %v120 = llvm.load %v43 : !llvm.ptr -> f32
                %v121 = arith.addf %v120, %v119 fastmath<contract> : f32
                llvm.store %v121, %v43 : f32, !llvm.ptr
              }
              %v123 = arith.addi %v87, %v122 : i64
              %v124 = arith.cmpi slt, %v123, %v2 : i64
              scf.if %v124 {
                %v125 = arith.muli %v123, %v60 : i64
                %v126 = arith.addi %v82, %v125 : i64
                %v127 = llvm.getelementptr %part_Bm[%v126] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v128 = llvm.load %v127 : !llvm.ptr -> f32
                %v129 = llvm.load %v44 : !llvm.ptr -> f32
                %v130 = arith.addf %v129, %v128 fastmath<contract> : f32
                llvm.store %v130, %v44 : f32, !llvm.ptr
              }
              %v132 = arith.addi %v87, %v131 : i64
              %v133 = arith.cmpi slt, %v132, %v2 : i64
              scf.if %v133 {
                %v134 = arith.muli %v132, %v60 : i64
                %v135 = arith.addi %v82, %v134 : i64
                %v136 = llvm.getelementptr %part_Bm[%v135] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v137 = llvm.load %v136 : !llvm.ptr -> f32
                %v138 = llvm.load %v45 : !llvm.ptr -> f32
                %v139 = arith.addf %v138, %v137 fastmath<contract> : f32
                llvm.store %v139, %v45 : f32, !llvm.ptr
              }
              %v141 = arith.addi %v87, %v140 : i64
              %v142 = arith.cmpi slt, %v141, %v2 : i64
              scf.if %v142 {
                %v143 = arith.muli %v141, %v60 : i64
                %v144 = arith.addi %v82, %v143 : i64
                %v145 = llvm.getelementptr %part_Bm[%v144] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v146 = llvm.load %v145 : !llvm.ptr -> f32
                %v147 = llvm.load %v46 : !llvm.ptr -> f32
                %v148 = arith.addf %v147, %v146 fastmath<contract> : f32
                llvm.store %v148, %v46 : f32, !llvm.ptr
              }
              %v150 = arith.addi %v87, %v149 : i64
              %v151 = arith.cmpi slt, %v150, %v2 : i64
              scf.if %v151 {
                %v152 = arith.muli %v150, %v60 : i64
                %v153 = arith.addi %v82, %v152 : i64
                %v154 = llvm.getelementptr %part_Bm[%v153] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v155 = llvm.load %v154 : !llvm.ptr -> f32
                %v156 = llvm.load %v47 : !llvm.ptr -> f32
                %v157 = arith.addf %v156, %v155 fastmath<contract> : f32
                llvm.store %v157, %v47 : f32, !llvm.ptr
              }
            }
          }
          %v158 = llvm.load %v40 : !llvm.ptr -> f32
          %v159 = llvm.load %v41 : !llvm.ptr -> f32
          %v160 = arith.addf %v158, %v159 fastmath<contract> : f32
          %v161 = llvm.load %v42 : !llvm.ptr -> f32
          %v162 = arith.addf %v160, %v161 fastmath<contract> : f32
          %v163 = llvm.load %v43 : !llvm.ptr -> f32
          %v164 = arith.addf %v162, %v163 fastmath<contract> : f32
          %v165 = llvm.load %v44 : !llvm.ptr -> f32
          %v166 = arith.addf %v164, %v165 fastmath<contract> : f32
          %v167 = llvm.load %v45 : !llvm.ptr -> f32
          %v168 = arith.addf %v166, %v167 fastmath<contract> : f32
          %v169 = llvm.load %v46 : !llvm.ptr -> f32
          %v170 = arith.addf %v168, %v169 fastmath<contract> : f32
          %v171 = llvm.load %v47 : !llvm.ptr -> f32
          %v172 = arith.addf %v170, %v171 fastmath<contract> : f32
          %v173 = llvm.getelementptr %dx_Bm[%v39] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v172, %v173 : f32, !llvm.ptr
        }
      }
      gpu.return
    }
  }
}
