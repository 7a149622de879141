module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @ema_bwd(%in_x: !llvm.ptr, %in_w: !llvm.ptr, %dy_y: !llvm.ptr, %ckpt_h: !llvm.ptr, %scratch_h: !llvm.ptr, %dx_x: !llvm.ptr, %part_w: !llvm.ptr, %size_B: i64, %size_D: i64, %size_L: i64) kernel {
      %v1 = arith.constant 1 : i64
      %v2 = arith.muli %v1, %size_B : i64
      %v3 = arith.muli %v2, %size_D : i64
      %v4 = arith.constant 1 : i64
      %v5 = llvm.alloca %v4 x f32 : (i64) -> !llvm.ptr
      %v6 = arith.constant 1 : i64
      %v7 = llvm.alloca %v6 x f32 : (i64) -> !llvm.ptr
      %v8 = arith.constant 1 : i64
      %v9 = llvm.alloca %v8 x f32 : (i64) -> !llvm.ptr
      %v10 = arith.constant 1 : i64
      %v11 = llvm.alloca %v10 x f32 : (i64) -> !llvm.ptr
      %v12 = arith.constant 1 : i64
      %v13 = llvm.alloca %v12 x f32 : (i64) -> !llvm.ptr
      %v14 = arith.constant 1 : i64
      %v15 = llvm.alloca %v14 x f32 : (i64) -> !llvm.ptr
      %v20 = arith.constant 64 : i64
      %v24 = arith.constant 1 : i64
      %v31 = arith.constant 0x00000000 : f32
      %v32 = arith.constant 0x3F800000 : f32
      %v33 = arith.constant 64 : i64
      %v34 = arith.constant 1 : i64
      %v35 = arith.constant 0 : i64
      %v51 = arith.constant 1 : i64
      %v52 = arith.muli %v51, %size_B : i64
      %v53 = arith.muli %v52, %size_D : i64
      %v55 = arith.constant 1 : i64
      %v56 = arith.muli %v55, %size_D : i64
      %v69 = arith.constant 1 : i64
      %v74 = arith.constant 0x3FB8AA3B : f32
      %v80 = arith.constant 1 : i64
      %v81 = arith.muli %v80, %size_L : i64
      %v82 = arith.muli %v81, %size_D : i64
      %v94 = arith.constant 1 : i64
      %v95 = arith.constant 0 : i64
      %v99 = arith.constant 1 : i64
      %v144 = arith.constant 1 : i64
      %v145 = arith.constant 0 : i64
      %v149 = arith.constant 1 : i64
      %v155 = arith.constant 1 : i64
      %v156 = arith.muli %v155, %size_B : i64
      %v157 = arith.muli %v156, %size_D : i64
      %v182 = arith.constant 1 : i64
      %v183 = arith.constant 0 : i64
      %v16 = gpu.block_id x
      %v17 = gpu.thread_id x
      %v18 = arith.index_cast %v17 : index to i64
      %v19 = arith.index_cast %v16 : index to i64
      %v21 = arith.muli %v19, %v20 : i64
      %v22 = arith.addi %v21, %v18 : i64
      %v23 = arith.cmpi slt, %v22, %v3 : i64
      %v25 = arith.subi %v3, %v24 : i64
      %v26 = arith.minsi %v22, %v25 : i64
      %v27 = arith.remui %v26, %size_D : i64
      %v28 = arith.divui %v26, %size_D : i64
      %v29 = arith.remui %v28, %size_B : i64
      %v30 = arith.divui %v28, %size_B : i64
      llvm.store %v31, %v11 : f32, !llvm.ptr
      llvm.store %v32, %v13 : f32, !llvm.ptr
      llvm.store %v31, %v15 : f32, !llvm.ptr
      %v36 = arith.subi %v33, %v34 : i64
      %v37 = arith.addi %size_L, %v36 : i64
      %v38 = arith.divui %v37, %v33 : i64
      %v39 = arith.subi %size_L, %v34 : i64
      %v40 = arith.cmpi eq, %size_L, %v35 : i64
      scf.if %v40 {
        llvm.store %v31, %v9 : f32, !llvm.ptr
      }
      %v41 = arith.index_cast %v35 : i64 to index
      %v42 = arith.index_cast %v38 : i64 to index
      %v43 = arith.index_cast %v34 : i64 to index
      scf.for %v44 = %v41 to %v42 step %v43 {
        %v45 = arith.index_cast %v44 : index to i64
        %v46 = arith.subi %v38, %v34 : i64
        %v47 = arith.subi %v46, %v45 : i64
        %v48 = arith.muli %v47, %v33 : i64
        %v49 = arith.subi %size_L, %v48 : i64
        %v50 = arith.minsi %v49, %v33 : i64
        %v54 = arith.muli %v47, %v53 : i64
        %v57 = arith.muli %v29, %v56 : i64
        %v58 = arith.muli %v27, %v55 : i64
        %v59 = arith.addi %v57, %v58 : i64
        %v60 = arith.addi %v54, %v59 : i64
        %v61 = llvm.getelementptr %ckpt_h[%v60] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v62 = llvm.load %v61 : !llvm.ptr -> f32
        llvm.store %v62, %v7 : f32, !llvm.ptr
        %v63 = arith.index_cast %v35 : i64 to index
        %v64 = arith.index_cast %v50 : i64 to index
        %v65 = arith.index_cast %v34 : i64 to index
        scf.for %v66 = %v63 to %v64 step %v65 {
          %v67 = arith.index_cast %v66 : index to i64
          %v68 = arith.addi %v48, %v67 : i64
          %v70 = arith.muli %v27, %v69 : i64
          %v71 = llvm.getelementptr %in_w[%v70] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v72 = llvm.load %v71 : !llvm.ptr -> f32
          %v73 = arith.negf %v72 : f32
          %v75 = arith.mulf %v73, %v74 : f32
          %v76 = llvm.call_intrinsic "llvm.exp2.f32"(%v75) : (f32) -> f32
          %v77 = arith.addf %v32, %v76 : f32
          %v78 = arith.divf %v32, %v77 : f32
          %v79 = arith.subf %v32, %v78 : f32
          %v83 = arith.muli %v29, %v82 : i64
          %v84 = arith.muli %v27, %v81 : i64
          %v85 = arith.addi %v83, %v84 : i64
          %v86 = arith.muli %v68, %v80 : i64
          %v87 = arith.addi %v85, %v86 : i64
          %v88 = llvm.getelementptr %in_x[%v87] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v89 = llvm.load %v88 : !llvm.ptr -> f32
          %v90 = arith.mulf %v79, %v89 : f32
          %v91 = llvm.load %v7 : !llvm.ptr -> f32
          %v92 = arith.mulf %v78, %v91 : f32
          %v93 = arith.addf %v92, %v90 : f32
          scf.if %v23 {
            %v96 = arith.muli %v67, %v94 : i64
            %v97 = arith.addi %v96, %v95 : i64
            %v98 = arith.muli %v97, %v3 : i64
            %v100 = arith.subi %v3, %v99 : i64
            %v101 = arith.minsi %v22, %v100 : i64
            %v102 = arith.addi %v98, %v101 : i64
            %v103 = llvm.getelementptr %scratch_h[%v102] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v93, %v103 : f32, !llvm.ptr
          }
          llvm.store %v93, %v7 : f32, !llvm.ptr
        }
        %v104 = arith.index_cast %v35 : i64 to index
        %v105 = arith.index_cast %v50 : i64 to index
        %v106 = arith.index_cast %v34 : i64 to index
        scf.for %v107 = %v104 to %v105 step %v106 {
          %v108 = arith.index_cast %v107 : index to i64
          %v109 = arith.subi %v50, %v34 : i64
          %v110 = arith.subi %v109, %v108 : i64
          %v111 = arith.addi %v48, %v110 : i64
          %v112 = arith.cmpi eq, %v110, %v35 : i64
          %v113 = arith.subi %v110, %v34 : i64
          %v114 = arith.maxsi %v113, %v35 : i64
          %v115 = arith.muli %v29, %v82 : i64
          %v116 = arith.muli %v27, %v81 : i64
          %v117 = arith.addi %v115, %v116 : i64
          %v118 = arith.muli %v111, %v80 : i64
          %v119 = arith.addi %v117, %v118 : i64
          %v120 = llvm.getelementptr %dy_y[%v119] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v121 = llvm.load %v120 : !llvm.ptr -> f32
          %v122 = llvm.load %v11 : !llvm.ptr -> f32
          %v123 = llvm.load %v13 : !llvm.ptr -> f32
          %v124 = arith.mulf %v123, %v122 : f32
          %v125 = arith.addf %v121, %v124 : f32
          llvm.store %v125, %v11 : f32, !llvm.ptr
          %v126 = arith.cmpi eq, %v111, %v39 : i64
          scf.if %v126 {
          }
          %v127 = arith.muli %v27, %v69 : i64
          %v128 = llvm.getelementptr %in_w[%v127] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v129 = llvm.load %v128 : !llvm.ptr -> f32
          %v130 = arith.negf %v129 : f32
          %v131 = arith.mulf %v130, %v74 : f32
          %v132 = llvm.call_intrinsic "llvm.exp2.f32"(%v131) : (f32) -> f32
          %v133 = arith.addf %v32, %v132 : f32
          %v134 = arith.divf %v32, %v133 : f32
          %v135 = arith.subf %v32, %v134 : f32
          %v136 = llvm.load %v11 : !llvm.ptr -> f32
          %v137 = arith.mulf %v135, %v136 : f32
          scf.if %v23 {
            %v138 = arith.muli %v29, %v82 : i64
            %v139 = arith.muli %v27, %v81 : i64
            %v140 = arith.addi %v138, %v139 : i64
            %v141 = arith.muli %v111, %v80 : i64
            %v142 = arith.addi %v140, %v141 : i64
            %v143 = llvm.getelementptr %dx_x[%v142] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v137, %v143 : f32, !llvm.ptr
          }
          %v146 = arith.muli %v114, %v144 : i64
          %v147 = arith.addi %v146, %v145 : i64
          %v148 = arith.muli %v147, %v3 : i64
          %v150 = arith.subi %v3, %v149 : i64
          %v151 = arith.minsi %v22, %v150 : i64
          %v152 = arith.addi %v148, %v151 : i64
          %v153 = llvm.getelementptr %scratch_h[%v152] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v154 = llvm.load %v153 : !llvm.ptr -> f32
          %v158 = arith.muli %v47, %v157 : i64
          %v159 = arith.muli %v29, %v56 : i64
          %v160 = arith.muli %v27, %v55 : i64
          %v161 = arith.addi %v159, %v160 : i64
          %v162 = arith.addi %v158, %v161 : i64
          %v163 = llvm.getelementptr %ckpt_h[%v162] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v164 = llvm.load %v163 : !llvm.ptr -> f32
          %v165 = arith.select %v112, %v164, %v154 : f32
          %v166 = arith.mulf %v165, %v136 : f32
          %v167 = arith.muli %v29, %v82 : i64
          %v168 = arith.muli %v27, %v81 : i64
          %v169 = arith.addi %v167, %v168 : i64
          %v170 = arith.muli %v111, %v80 : i64
          %v171 = arith.addi %v169, %v170 : i64
          %v172 = llvm.getelementptr %in_x[%v171] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v173 = llvm.load %v172 : !llvm.ptr -> f32
          %v174 = arith.mulf %v173, %v136 : f32
          %v175 = arith.negf %v174 : f32
          %v176 = arith.addf %v166, %v175 : f32
          %v177 = arith.mulf %v134, %v135 : f32
          %v178 = arith.mulf %v176, %v177 : f32
          %v179 = llvm.load %v15 : !llvm.ptr -> f32
          %v180 = arith.addf %v179, %v178 : f32
          llvm.store %v180, %v15 : f32, !llvm.ptr
          llvm.store %v134, %v13 : f32, !llvm.ptr
        }
      }
      scf.if %v23 {
        %v181 = llvm.load %v15 : !llvm.ptr -> f32
        %v184 = arith.muli %v22, %v182 : i64
        %v185 = arith.addi %v184, %v183 : i64
        %v186 = llvm.getelementptr %part_w[%v185] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v181, %v186 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
