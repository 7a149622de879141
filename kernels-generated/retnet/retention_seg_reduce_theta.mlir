module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @retention_seg_reduce_theta(%part_theta: !llvm.ptr, %dx_theta: !llvm.ptr, %size_B: i64, %size_L: i64, %size_H: i64, %size_DK: i64, %size_DV: i64) kernel {
      %v1 = arith.constant 16 : i64
      %v2 = arith.constant 1 : i64
      %v3 = arith.muli %v2, %size_B : i64
      %v4 = arith.muli %v3, %size_H : i64
      %v5 = arith.muli %v4, %size_DV : i64
      %v6 = arith.muli %v2, %v1 : i64
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
      %v41 = arith.constant 255 : i64
      %v45 = arith.constant 8 : i64
      %v88 = arith.constant 2 : i64
      %v97 = arith.constant 3 : i64
      %v106 = arith.constant 4 : i64
      %v115 = arith.constant 5 : i64
      %v124 = arith.constant 6 : i64
      %v133 = arith.constant 7 : i64
      %v7 = gpu.block_id x
      %v8 = gpu.thread_id x
      %v9 = arith.index_cast %v8 : index to i64
      %v10 = arith.index_cast %v7 : index to i64
      %v12 = arith.muli %v10, %v11 : i64
      %v13 = arith.addi %v12, %v9 : i64
      %v14 = arith.cmpi slt, %v13, %v6 : i64
      %v15 = arith.subi %v6, %v2 : i64
      %v16 = arith.minsi %v13, %v15 : i64
      %v17 = arith.remui %v16, %size_DV : i64
      %v18 = arith.divui %v16, %size_DV : i64
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
          %v33 = arith.remui %v13, %v1 : i64
          %v34 = arith.divui %v13, %v1 : i64
          %v36 = arith.muli %v35, %v1 : i64
          %v37 = arith.addi %v36, %v33 : i64
          %v38 = arith.muli %v2, %size_B : i64
          %v39 = arith.muli %v38, %size_H : i64
          %v40 = arith.muli %v39, %size_DV : i64
          %v42 = arith.addi %size_L, %v41 : i64
          %v43 = arith.divui %v42, %v11 : i64
          %v44 = arith.muli %v5, %v1 : i64
          %v46 = arith.index_cast %v35 : i64 to index
          %v47 = arith.index_cast %v40 : i64 to index
          %v48 = arith.index_cast %v2 : i64 to index
          scf.for %v49 = %v46 to %v47 step %v48 {
            %v50 = arith.index_cast %v49 : index to i64
            %v51 = arith.remui %v50, %size_DV : i64
            %v52 = arith.divui %v50, %size_DV : i64
            %v53 = arith.remui %v52, %size_H : i64
            %v54 = arith.divui %v52, %size_H : i64
            %v55 = arith.remui %v54, %size_B : i64
            %v56 = arith.divui %v54, %size_B : i64
            %v57 = arith.muli %v35, %size_B : i64
            %v58 = arith.addi %v57, %v55 : i64
            %v59 = arith.muli %v58, %size_H : i64
            %v60 = arith.addi %v59, %v53 : i64
            %v61 = arith.muli %v60, %size_DV : i64
            %v62 = arith.addi %v61, %v51 : i64
            %v63 = arith.muli %v35, %v5 : i64
            %v64 = arith.addi %v63, %v62 : i64
            %v65 = arith.muli %v64, %v1 : i64
            %v66 = arith.addi %v65, %v37 : i64
            %v67 = arith.index_cast %v35 : i64 to index
            %v68 = arith.index_cast %v43 : i64 to index
            %v69 = arith.index_cast %v45 : i64 to index
            scf.for %v70 = %v67 to %v68 step %v69 {
              %v71 = arith.index_cast %v70 : index to i64
              %v72 = arith.addi %v71, %v35 : i64
              %v73 = arith.cmpi slt, %v72, %v43 : i64
              scf.if %v73 {
                %v74 = arith.muli %v72, %v44 : i64
                %v75 = arith.addi %v66, %v74 : i64
                %v76 = llvm.getelementptr %part_theta[%v75] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v77 = llvm.load %v76 : !llvm.ptr -> f32
                %v78 = llvm.load %v24 : !llvm.ptr -> f32
                %v79 = arith.addf %v78, %v77 fastmath<contract> : f32
                llvm.store %v79, %v24 : f32, !llvm.ptr
              }
              %v80 = arith.addi %v71, %v2 : i64
              %v81 = arith.cmpi slt, %v80, %v43 : i64
              scf.if %v81 {
                %v82 = arith.muli %v80, %v44 : i64
                %v83 = arith.addi %v66, %v82 : i64
                %v84 = llvm.getelementptr %part_theta[%v83] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v85 = llvm.load %v84 : !llvm.ptr -> f32
                %v86 = llvm.load %v25 : !llvm.ptr -> f32
                %v87 = arith.addf %v86, %v85 fastmath<contract> : f32
                llvm.store %v87, %v25 : f32, !llvm.ptr
              }
              %v89 = arith.addi %v71, %v88 : i64
              %v90 = arith.cmpi slt, %v89, %v43 : i64
              scf.if %v90 {
                %v91 = arith.muli %v89, %v44 : i64
                %v92 = arith.addi %v66, %v91 : i64
                %v93 = llvm.getelementptr %part_theta[%v92] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v94 = llvm.load %v93 : !llvm.ptr -> f32
                %v95 = llvm.load %v26 : !llvm.ptr -> f32
                %v96 = arith.addf %v95, %v94 fastmath<contract> : f32
                llvm.store %v96, %v26 : f32, !llvm.ptr
              }
              %v98 = arith.addi %v71, %v97 : i64
              %v99 = arith.cmpi slt, %v98, %v43 : i64
              scf.if %v99 {
                %v100 = arith.muli %v98, %v44 : i64
                %v101 = arith.addi %v66, %v100 : i64
                %v102 = llvm.getelementptr %part_theta[%v101] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v103 = llvm.load %v102 : !llvm.ptr -> f32
                %v104 = llvm.load %v27 : !llvm.ptr -> f32
                %v105 = arith.addf %v104, %v103 fastmath<contract> : f32
                llvm.store %v105, %v27 : f32, !llvm.ptr
              }
              %v107 = arith.addi %v71, %v106 : i64
              %v108 = arith.cmpi slt, %v107, %v43 : i64
              scf.if %v108 {
                %v109 = arith.muli %v107, %v44 : i64
                %v110 = arith.addi %v66, %v109 : i64
                %v111 = llvm.getelementptr %part_theta[%v110] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v112 = llvm.load %v111 : !llvm.ptr -> f32
                %v113 = llvm.load %v28 : !llvm.ptr -> f32
                %v114 = arith.addf %v113, %v112 fastmath<contract> : f32
                llvm.store %v114, %v28 : f32, !llvm.ptr
              }
              %v116 = arith.addi %v71, %v115 : i64
              %v117 = arith.cmpi slt, %v116, %v43 : i64
              scf.if %v117 {
                %v118 = arith.muli %v116, %v44 : i64
                %v119 = arith.addi %v66, %v118 : i64
                %v120 = llvm.getelementptr %part_theta[%v119] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v121 = llvm.load %v120 : !llvm.ptr -> f32
                %v122 = llvm.load %v29 : !llvm.ptr -> f32
                %v123 = arith.addf %v122, %v121 fastmath<contract> : f32
                llvm.store %v123, %v29 : f32, !llvm.ptr
              }
              %v125 = arith.addi %v71, %v124 : i64
              %v126 = arith.cmpi slt, %v125, %v43 : i64
              scf.if %v126 {
                %v127 = arith.muli %v125, %v44 : i64
                %v128 = arith.addi %v66, %v127 : i64
                %v129 = llvm.getelementptr %part_theta[%v128] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v130 = llvm.load %v129 : !llvm.ptr -> f32
                %v131 = llvm.load %v30 : !llvm.ptr -> f32
                %v132 = arith.addf %v131, %v130 fastmath<contract> : f32
                llvm.store %v132, %v30 : f32, !llvm.ptr
              }
              %v134 = arith.addi %v71, %v133 : i64
              %v135 = arith.cmpi slt, %v134, %v43 : i64
              scf.if %v135 {
                %v136 = arith.muli %v134, %v44 : i64
                %v137 = arith.addi %v66, %v136 : i64
                %v138 = llvm.getelementptr %part_theta[%v137] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v139 = llvm.load %v138 : !llvm.ptr -> f32
                %v140 = llvm.load %v31 : !llvm.ptr -> f32
                %v141 = arith.addf %v140, %v139 fastmath<contract> : f32
                llvm.store %v141, %v31 : f32, !llvm.ptr
              }
            }
          }
          %v142 = llvm.load %v24 : !llvm.ptr -> f32
          %v143 = llvm.load %v25 : !llvm.ptr -> f32
          %v144 = arith.addf %v142, %v143 fastmath<contract> : f32
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
          %v157 = llvm.getelementptr %dx_theta[%v13] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v156, %v157 : f32, !llvm.ptr
        }
      }
      gpu.return
    }
  }
}
