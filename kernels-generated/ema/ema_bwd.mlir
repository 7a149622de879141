module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @ema_bwd(%in_x: !llvm.ptr, %in_w: !llvm.ptr, %dy_y: !llvm.ptr, %ckpt_h: !llvm.ptr, %scratch_h: !llvm.ptr, %dx_x: !llvm.ptr, %part_w: !llvm.ptr, %size_B: i64, %size_D: i64, %size_L: i64) kernel attributes {nvvm.maxntid = array<i32: 256, 1, 1>, nvvm.minctasm = 3 : i32} {
      %v1 = arith.constant 1 : i64
      %v2 = arith.muli %v1, %size_B : i64
      %v3 = arith.muli %v2, %size_D : i64
      %v4 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v5 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v6 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v11 = arith.constant 256 : i64
      %v21 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v22 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v23 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v24 = arith.constant 0x00000000 : f32
      %v25 = arith.constant 0x3F800000 : f32
      %v26 = arith.constant 64 : i64
      %v27 = arith.constant 0 : i64
      %v43 = arith.muli %v1, %size_B : i64
      %v44 = arith.muli %v43, %size_D : i64
      %v46 = arith.muli %v1, %size_D : i64
      %v63 = arith.constant 0x3FB8AA3B : f32
      %v69 = arith.muli %v1, %size_L : i64
      %v70 = arith.muli %v69, %size_D : i64
      %v137 = arith.muli %v1, %size_B : i64
      %v138 = arith.muli %v137, %size_D : i64
      %v7 = gpu.block_id x
      %v8 = gpu.thread_id x
      %v9 = arith.index_cast %v8 : index to i64
      %v10 = arith.index_cast %v7 : index to i64
      %v12 = arith.muli %v10, %v11 : i64
      %v13 = arith.addi %v12, %v9 : i64
      %v14 = arith.cmpi slt, %v13, %v3 : i64
      %v15 = arith.subi %v3, %v1 : i64
      %v16 = arith.minsi %v13, %v15 : i64
      %v17 = arith.remui %v16, %size_D : i64
      %v18 = arith.divui %v16, %size_D : i64
      %v19 = arith.remui %v18, %size_B : i64
      %v20 = arith.divui %v18, %size_B : i64
      llvm.store %v24, %v21 : f32, !llvm.ptr
      llvm.store %v25, %v22 : f32, !llvm.ptr
      llvm.store %v24, %v23 : f32, !llvm.ptr
      %v28 = arith.subi %v26, %v1 : i64
      %v29 = arith.addi %size_L, %v28 : i64
      %v30 = arith.divui %v29, %v26 : i64
      %v31 = arith.subi %size_L, %v1 : i64
      %v32 = arith.cmpi eq, %size_L, %v27 : i64
      scf.if %v32 {
        llvm.store %v24, %v6 : f32, !llvm.ptr
      }
      %v33 = arith.index_cast %v27 : i64 to index
      %v34 = arith.index_cast %v30 : i64 to index
      %v35 = arith.index_cast %v1 : i64 to index
      scf.for %v36 = %v33 to %v34 step %v35 {
        %v37 = arith.index_cast %v36 : index to i64
        %v38 = arith.subi %v30, %v1 : i64
        %v39 = arith.subi %v38, %v37 : i64
        %v40 = arith.muli %v39, %v26 : i64
        %v41 = arith.subi %size_L, %v40 : i64
        %v42 = arith.minsi %v41, %v26 : i64
        %v45 = arith.muli %v39, %v44 : i64
        %v47 = arith.muli %v19, %v46 : i64
        %v48 = arith.muli %v17, %v1 : i64
        %v49 = arith.addi %v47, %v48 : i64
        %v50 = arith.addi %v45, %v49 : i64
        %v51 = llvm.getelementptr %ckpt_h[%v50] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v52 = llvm.load %v51 : !llvm.ptr -> f32
        llvm.store %v52, %v5 : f32, !llvm.ptr
        %v53 = arith.index_cast %v27 : i64 to index
        %v54 = arith.index_cast %v42 : i64 to index
        %v55 = arith.index_cast %v1 : i64 to index
        scf.for %v56 = %v53 to %v54 step %v55 {
          %v57 = arith.index_cast %v56 : index to i64
          %v58 = arith.addi %v40, %v57 : i64
          %v59 = arith.muli %v17, %v1 : i64
          %v60 = llvm.getelementptr %in_w[%v59] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v61 = llvm.load %v60 : !llvm.ptr -> f32
          %v62 = arith.negf %v61 : f32
          %v64 = arith.mulf %v62, %v63 : f32
          %v65 = llvm.call_intrinsic "llvm.exp2.f32"(%v64) : (f32) -> f32
          %v66 = arith.addf %v25, %v65 : f32
          %v67 = arith.divf %v25, %v66 : f32
          %v68 = arith.subf %v25, %v67 : f32
          %v71 = arith.muli %v19, %v70 : i64
          %v72 = arith.muli %v17, %v69 : i64
          %v73 = arith.addi %v71, %v72 : i64
          %v74 = arith.muli %v58, %v1 : i64
          %v75 = arith.addi %v73, %v74 : i64
          %v76 = llvm.getelementptr %in_x[%v75] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v77 = llvm.load %v76 : !llvm.ptr -> f32
          %v78 = arith.mulf %v68, %v77 : f32
          %v79 = llvm.load %v5 : !llvm.ptr -> f32
          %v80 = arith.mulf %v67, %v79 : f32
          %v81 = arith.addf %v80, %v78 : f32
          scf.if %v14 {
            %v82 = arith.muli %v57, %v3 : i64
            %v83 = arith.subi %v3, %v1 : i64
            %v84 = arith.minsi %v13, %v83 : i64
            %v85 = arith.addi %v82, %v84 : i64
            %v86 = arith.muli %v85, %v1 : i64
            %v87 = arith.addi %v86, %v27 : i64
            %v88 = llvm.getelementptr %scratch_h[%v87] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v81, %v88 : f32, !llvm.ptr
          }
          llvm.store %v81, %v5 : f32, !llvm.ptr
        }
        %v89 = arith.index_cast %v27 : i64 to index
        %v90 = arith.index_cast %v42 : i64 to index
        %v91 = arith.index_cast %v1 : i64 to index
        scf.for %v92 = %v89 to %v90 step %v91 {
          %v93 = arith.index_cast %v92 : index to i64
          %v94 = arith.subi %v42, %v1 : i64
          %v95 = arith.subi %v94, %v93 : i64
          %v96 = arith.addi %v40, %v95 : i64
          %v97 = arith.cmpi eq, %v95, %v27 : i64
          %v98 = arith.subi %v95, %v1 : i64
          %v99 = arith.maxsi %v98, %v27 : i64
          %v100 = arith.muli %v19, %v70 : i64
          %v101 = arith.muli %v17, %v69 : i64
          %v102 = arith.addi %v100, %v101 : i64
          %v103 = arith.muli %v96, %v1 : i64
          %v104 = arith.addi %v102, %v103 : i64
          %v105 = llvm.getelementptr %dy_y[%v104] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v106 = llvm.load %v105 : !llvm.ptr -> f32
          %v107 = llvm.load %v21 : !llvm.ptr -> f32
          %v108 = llvm.load %v22 : !llvm.ptr -> f32
          %v109 = arith.mulf %v108, %v107 : f32
          %v110 = arith.addf %v106, %v109 : f32
          llvm.store %v110, %v21 : f32, !llvm.ptr
          %v111 = arith.cmpi eq, %v96, %v31 : i64
          scf.if %v111 {
          }
          %v112 = arith.muli %v17, %v1 : i64
          %v113 = llvm.getelementptr %in_w[%v112] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v114 = llvm.load %v113 : !llvm.ptr -> f32
          %v115 = arith.negf %v114 : f32
          %v116 = arith.mulf %v115, %v63 : f32
          %v117 = llvm.call_intrinsic "llvm.exp2.f32"(%v116) : (f32) -> f32
          %v118 = arith.addf %v25, %v117 : f32
          %v119 = arith.divf %v25, %v118 : f32
          %v120 = arith.subf %v25, %v119 : f32
          %v121 = llvm.load %v21 : !llvm.ptr -> f32
          %v122 = arith.mulf %v120, %v121 : f32
          scf.if %v14 {
            %v123 = arith.muli %v19, %v70 : i64
            %v124 = arith.muli %v17, %v69 : i64
            %v125 = arith.addi %v123, %v124 : i64
            %v126 = arith.muli %v96, %v1 : i64
            %v127 = arith.addi %v125, %v126 : i64
            %v128 = llvm.getelementptr %dx_x[%v127] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v122, %v128 : f32, !llvm.ptr
          }
          %v129 = arith.muli %v99, %v3 : i64
          %v130 = arith.subi %v3, %v1 : i64
          %v131 = arith.minsi %v13, %v130 : i64
          %v132 = arith.addi %v129, %v131 : i64
          %v133 = arith.muli %v132, %v1 : i64
          %v134 = arith.addi %v133, %v27 : i64
          %v135 = llvm.getelementptr %scratch_h[%v134] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v136 = llvm.load %v135 : !llvm.ptr -> f32
          %v139 = arith.muli %v39, %v138 : i64
          %v140 = arith.muli %v19, %v46 : i64
          %v141 = arith.muli %v17, %v1 : i64
          %v142 = arith.addi %v140, %v141 : i64
          %v143 = arith.addi %v139, %v142 : i64
          %v144 = llvm.getelementptr %ckpt_h[%v143] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v145 = llvm.load %v144 : !llvm.ptr -> f32
          %v146 = arith.select %v97, %v145, %v136 : f32
          %v147 = arith.mulf %v146, %v121 : f32
          %v148 = arith.muli %v19, %v70 : i64
          %v149 = arith.muli %v17, %v69 : i64
          %v150 = arith.addi %v148, %v149 : i64
          %v151 = arith.muli %v96, %v1 : i64
          %v152 = arith.addi %v150, %v151 : i64
          %v153 = llvm.getelementptr %in_x[%v152] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v154 = llvm.load %v153 : !llvm.ptr -> f32
          %v155 = arith.mulf %v154, %v121 : f32
          %v156 = arith.negf %v155 : f32
          %v157 = arith.addf %v147, %v156 : f32
          %v158 = arith.mulf %v119, %v120 : f32
          %v159 = arith.mulf %v157, %v158 : f32
          %v160 = llvm.load %v23 : !llvm.ptr -> f32
          %v161 = arith.addf %v160, %v159 : f32
          llvm.store %v161, %v23 : f32, !llvm.ptr
          llvm.store %v119, %v22 : f32, !llvm.ptr
        }
      }
      scf.if %v14 {
        %v162 = llvm.load %v23 : !llvm.ptr -> f32
        %v163 = arith.muli %v13, %v1 : i64
        %v164 = arith.addi %v163, %v27 : i64
        %v165 = llvm.getelementptr %part_w[%v164] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v162, %v165 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
