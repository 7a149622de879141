module attributes {gpu.container_module} {
  gpu.module @linrec {
    llvm.mlir.global internal @slots_ema_bwd() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<192 x f32>
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
      %v14 = arith.constant 64 : i64
      %v18 = arith.constant 1 : i64
      %v25 = llvm.mlir.addressof @slots_ema_bwd : !llvm.ptr<3>
      %v26 = arith.constant 0 : i64
      %v30 = arith.constant 64 : i64
      %v34 = arith.constant 128 : i64
      %v38 = arith.constant 0x00000000 : f32
      %v39 = arith.constant 0x3F800000 : f32
      %v40 = arith.constant 64 : i64
      %v41 = arith.constant 1 : i64
      %v42 = arith.constant 0 : i64
      %v58 = arith.constant 1 : i64
      %v59 = arith.muli %v58, %size_B : i64
      %v60 = arith.muli %v59, %size_D : i64
      %v62 = arith.constant 1 : i64
      %v63 = arith.muli %v62, %size_D : i64
      %v76 = arith.constant 1 : i64
      %v81 = arith.constant 0x3FB8AA3B : f32
      %v87 = arith.constant 1 : i64
      %v88 = arith.muli %v87, %size_L : i64
      %v89 = arith.muli %v88, %size_D : i64
      %v102 = arith.constant 1 : i64
      %v106 = arith.constant 1 : i64
      %v108 = arith.constant 0 : i64
      %v152 = arith.constant 1 : i64
      %v156 = arith.constant 1 : i64
      %v158 = arith.constant 0 : i64
      %v162 = arith.constant 1 : i64
      %v163 = arith.muli %v162, %size_B : i64
      %v164 = arith.muli %v163, %size_D : i64
      %v189 = arith.constant 1 : i64
      %v190 = arith.constant 0 : i64
      %v10 = gpu.block_id x
      %v11 = gpu.thread_id x
      %v12 = arith.index_cast %v11 : index to i64
      %v13 = arith.index_cast %v10 : index to i64
      %v15 = arith.muli %v13, %v14 : i64
      %v16 = arith.addi %v15, %v12 : i64
      %v17 = arith.cmpi slt, %v16, %v3 : i64
      %v19 = arith.subi %v3, %v18 : i64
      %v20 = arith.minsi %v16, %v19 : i64
      %v21 = arith.remui %v20, %size_D : i64
      %v22 = arith.divui %v20, %size_D : i64
      %v23 = arith.remui %v22, %size_B : i64
      %v24 = arith.divui %v22, %size_B : i64
      %v27 = arith.addi %v26, %v12 : i64
      %v28 = llvm.getelementptr %v25[%v27] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
      %v29 = llvm.addrspacecast %v28 : !llvm.ptr<3> to !llvm.ptr
      %v31 = arith.addi %v30, %v12 : i64
      %v32 = llvm.getelementptr %v25[%v31] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
      %v33 = llvm.addrspacecast %v32 : !llvm.ptr<3> to !llvm.ptr
      %v35 = arith.addi %v34, %v12 : i64
      %v36 = llvm.getelementptr %v25[%v35] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
      %v37 = llvm.addrspacecast %v36 : !llvm.ptr<3> to !llvm.ptr
      llvm.store %v38, %v29 : f32, !llvm.ptr
      llvm.store %v39, %v33 : f32, !llvm.ptr
      llvm.store %v38, %v37 : f32, !llvm.ptr
      %v43 = arith.subi %v40, %v41 : i64
      %v44 = arith.addi %size_L, %v43 : i64
      %v45 = arith.divui %v44, %v40 : i64
      %v46 = arith.subi %size_L, %v41 : i64
      %v47 = arith.cmpi eq, %size_L, %v42 : i64
      scf.if %v47 {
        llvm.store %v38, %v9 : f32, !llvm.ptr
      }
      %v48 = arith.index_cast %v42 : i64 to index
      %v49 = arith.index_cast %v45 : i64 to index
      %v50 = arith.index_cast %v41 : i64 to index
      scf.for %v51 = %v48 to %v49 step %v50 {
        %v52 = arith.index_cast %v51 : index to i64
        %v53 = arith.subi %v45, %v41 : i64
        %v54 = arith.subi %v53, %v52 : i64
        %v55 = arith.muli %v54, %v40 : i64
        %v56 = arith.subi %size_L, %v55 : i64
        %v57 = arith.minsi %v56, %v40 : i64
        %v61 = arith.muli %v54, %v60 : i64
        %v64 = arith.muli %v23, %v63 : i64
        %v65 = arith.muli %v21, %v62 : i64
        %v66 = arith.addi %v64, %v65 : i64
        %v67 = arith.addi %v61, %v66 : i64
        %v68 = llvm.getelementptr %ckpt_h[%v67] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v69 = llvm.load %v68 : !llvm.ptr -> f32
        llvm.store %v69, %v7 : f32, !llvm.ptr
        %v70 = arith.index_cast %v42 : i64 to index
        %v71 = arith.index_cast %v57 : i64 to index
        %v72 = arith.index_cast %v41 : i64 to index
        scf.for %v73 = %v70 to %v71 step %v72 {
          %v74 = arith.index_cast %v73 : index to i64
          %v75 = arith.addi %v55, %v74 : i64
          %v77 = arith.muli %v21, %v76 : i64
          %v78 = llvm.getelementptr %in_w[%v77] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v79 = llvm.load %v78 : !llvm.ptr -> f32
          %v80 = arith.negf %v79 : f32
          %v82 = arith.mulf %v80, %v81 : f32
          %v83 = llvm.call_intrinsic "llvm.exp2.f32"(%v82) : (f32) -> f32
          %v84 = arith.addf %v39, %v83 : f32
          %v85 = arith.divf %v39, %v84 : f32
          %v86 = arith.subf %v39, %v85 : f32
          %v90 = arith.muli %v23, %v89 : i64
          %v91 = arith.muli %v21, %v88 : i64
          %v92 = arith.addi %v90, %v91 : i64
          %v93 = arith.muli %v75, %v87 : i64
          %v94 = arith.addi %v92, %v93 : i64
          %v95 = llvm.getelementptr %in_x[%v94] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v96 = llvm.load %v95 : !llvm.ptr -> f32
          %v97 = arith.mulf %v86, %v96 : f32
          %v98 = llvm.load %v7 : !llvm.ptr -> f32
          %v99 = arith.mulf %v85, %v98 : f32
          %v100 = arith.addf %v99, %v97 : f32
          scf.if %v17 {
            %v101 = arith.muli %v74, %v3 : i64
            %v103 = arith.subi %v3, %v102 : i64
            %v104 = arith.minsi %v16, %v103 : i64
            %v105 = arith.addi %v101, %v104 : i64
            %v107 = arith.muli %v105, %v106 : i64
            %v109 = arith.addi %v107, %v108 : i64
            %v110 = llvm.getelementptr %scratch_h[%v109] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v100, %v110 : f32, !llvm.ptr
          }
          llvm.store %v100, %v7 : f32, !llvm.ptr
        }
        %v111 = arith.index_cast %v42 : i64 to index
        %v112 = arith.index_cast %v57 : i64 to index
        %v113 = arith.index_cast %v41 : i64 to index
        scf.for %v114 = %v111 to %v112 step %v113 {
          %v115 = arith.index_cast %v114 : index to i64
          %v116 = arith.subi %v57, %v41 : i64
          %v117 = arith.subi %v116, %v115 : i64
          %v118 = arith.addi %v55, %v117 : i64
          %v119 = arith.cmpi eq, %v117, %v42 : i64
          %v120 = arith.subi %v117, %v41 : i64
          %v121 = arith.maxsi %v120, %v42 : i64
          %v122 = arith.muli %v23, %v89 : i64
          %v123 = arith.muli %v21, %v88 : i64
          %v124 = arith.addi %v122, %v123 : i64
          %v125 = arith.muli %v118, %v87 : i64
          %v126 = arith.addi %v124, %v125 : i64
          %v127 = llvm.getelementptr %dy_y[%v126] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v128 = llvm.load %v127 : !llvm.ptr -> f32
          %v129 = llvm.load %v29 : !llvm.ptr -> f32
          %v130 = llvm.load %v33 : !llvm.ptr -> f32
          %v131 = arith.mulf %v130, %v129 : f32
          %v132 = arith.addf %v128, %v131 : f32
          llvm.store %v132, %v29 : f32, !llvm.ptr
          %v133 = arith.cmpi eq, %v118, %v46 : i64
          scf.if %v133 {
          }
          %v134 = arith.muli %v21, %v76 : i64
          %v135 = llvm.getelementptr %in_w[%v134] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v136 = llvm.load %v135 : !llvm.ptr -> f32
          %v137 = arith.negf %v136 : f32
          %v138 = arith.mulf %v137, %v81 : f32
          %v139 = llvm.call_intrinsic "llvm.exp2.f32"(%v138) : (f32) -> f32
          %v140 = arith.addf %v39, %v139 : f32
          %v141 = arith.divf %v39, %v140 : f32
          %v142 = arith.subf %v39, %v141 : f32
          %v143 = llvm.load %v29 : !llvm.ptr -> f32
          %v144 = arith.mulf %v142, %v143 : f32
          scf.if %v17 {
            %v145 = arith.muli %v23, %v89 : i64
            %v146 = arith.muli %v21, %v88 : i64
            %v147 = arith.addi %v145, %v146 : i64
            %v148 = arith.muli %v118, %v87 : i64
            %v149 = arith.addi %v147, %v148 : i64
            %v150 = llvm.getelementptr %dx_x[%v149] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v144, %v150 : f32, !llvm.ptr
          }
          %v151 = arith.muli %v121, %v3 : i64
          %v153 = arith.subi %v3, %v152 : i64
          %v154 = arith.minsi %v16, %v153 : i64
          %v155 = arith.addi %v151, %v154 : i64
          %v157 = arith.muli %v155, %v156 : i64
          %v159 = arith.addi %v157, %v158 : i64
          %v160 = llvm.getelementptr %scratch_h[%v159] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v161 = llvm.load %v160 : !llvm.ptr -> f32
          %v165 = arith.muli %v54, %v164 : i64
          %v166 = arith.muli %v23, %v63 : i64
          %v167 = arith.muli %v21, %v62 : i64
          %v168 = arith.addi %v166, %v167 : i64
          %v169 = arith.addi %v165, %v168 : i64
          %v170 = llvm.getelementptr %ckpt_h[%v169] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v171 = llvm.load %v170 : !llvm.ptr -> f32
          %v172 = arith.select %v119, %v171, %v161 : f32
          %v173 = arith.mulf %v172, %v143 : f32
          %v174 = arith.muli %v23, %v89 : i64
          %v175 = arith.muli %v21, %v88 : i64
          %v176 = arith.addi %v174, %v175 : i64
          %v177 = arith.muli %v118, %v87 : i64
          %v178 = arith.addi %v176, %v177 : i64
          %v179 = llvm.getelementptr %in_x[%v178] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v180 = llvm.load %v179 : !llvm.ptr -> f32
          %v181 = arith.mulf %v180, %v143 : f32
          %v182 = arith.negf %v181 : f32
          %v183 = arith.addf %v173, %v182 : f32
          %v184 = arith.mulf %v141, %v142 : f32
          %v185 = arith.mulf %v183, %v184 : f32
          %v186 = llvm.load %v37 : !llvm.ptr -> f32
          %v187 = arith.addf %v186, %v185 : f32
          llvm.store %v187, %v37 : f32, !llvm.ptr
          llvm.store %v141, %v33 : f32, !llvm.ptr
        }
      }
      scf.if %v17 {
        %v188 = llvm.load %v37 : !llvm.ptr -> f32
        %v191 = arith.muli %v16, %v189 : i64
        %v192 = arith.addi %v191, %v190 : i64
        %v193 = llvm.getelementptr %part_w[%v192] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v188, %v193 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
