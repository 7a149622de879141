module attributes {gpu.container_module} {
  gpu.module @linrec {
    llvm.mlir.global internal @rows_s5_pre_bwd_sum_u() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<260 x f32>
    gpu.func @s5_pre_bwd_sum(%in_u: !llvm.ptr, %in_B_re: !llvm.ptr, %in_B_im: !llvm.ptr, %dy_bu_re: !llvm.ptr, %dy_bu_im: !llvm.ptr, %dy_u_post: !llvm.ptr, %size_B: i64, %size_L: i64, %size_M: i64, %size_N: i64) kernel attributes {nvvm.maxntid = array<i32: 256, 1, 1>, nvvm.minctasm = 3 : i32} {
      %v1 = arith.constant 4 : i64
      %v2 = arith.constant 1 : i64
      %v3 = arith.muli %size_B, %size_N : i64
      %v4 = arith.constant 255 : i64
      %v5 = arith.addi %size_L, %v4 : i64
      %v6 = arith.constant 256 : i64
      %v7 = arith.divui %v5, %v6 : i64
      %v12 = arith.constant 64 : i64
      %v13 = arith.constant 63 : i64
      %v41 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v42 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v43 = llvm.mlir.addressof @rows_s5_pre_bwd_sum_u : !llvm.ptr<3>
      %v44 = llvm.addrspacecast %v43 : !llvm.ptr<3> to !llvm.ptr
      %v45 = arith.constant 0 : i64
      %v49 = arith.constant 0x00000000 : f32
      %v51 = arith.constant 3 : i64
      %v74 = arith.constant 16 : i64
      %v102 = arith.muli %v1, %size_L : i64
      %v109 = arith.constant 65 : i64
      %v139 = arith.constant 2147483647 : i64
      %v143 = arith.constant 3 : i32
      %v146 = arith.constant 32 : i32
      %v148 = arith.constant 2 : i64
      %v150 = arith.constant 2 : i32
      %v155 = arith.constant 1 : i32
      %v159 = arith.constant 0 : i32
      %v8 = gpu.block_id x
      %v9 = gpu.thread_id x
      %v10 = arith.index_cast %v9 : index to i64
      %v11 = arith.index_cast %v8 : index to i64
      %v14 = arith.addi %size_N, %v13 : i64
      %v15 = arith.divui %v14, %v12 : i64
      %v16 = arith.maxsi %v15, %v2 : i64
      %v17 = arith.maxsi %size_N, %v2 : i64
      %v18 = arith.divui %v3, %v17 : i64
      %v19 = arith.muli %v18, %v16 : i64
      %v20 = arith.divui %v11, %v19 : i64
      %v21 = arith.remui %v11, %v19 : i64
      %v22 = arith.divui %v21, %v16 : i64
      %v23 = arith.remui %v21, %v16 : i64
      %v24 = arith.remui %v10, %v1 : i64
      %v25 = arith.divui %v10, %v1 : i64
      %v26 = arith.muli %v23, %v12 : i64
      %v27 = arith.addi %v26, %v25 : i64
      %v28 = arith.cmpi slt, %v27, %size_N : i64
      %v29 = arith.muli %v22, %size_N : i64
      %v30 = arith.addi %v29, %v27 : i64
      %v31 = arith.subi %size_N, %v2 : i64
      %v32 = arith.minsi %v27, %v31 : i64
      %v33 = arith.addi %v29, %v32 : i64
      %v34 = arith.remui %v33, %size_N : i64
      %v35 = arith.divui %v33, %size_N : i64
      %v36 = arith.remui %v35, %size_B : i64
      %v37 = arith.divui %v35, %size_B : i64
      %v54 = arith.trunci %v10 : i64 to i32
      %v55 = arith.constant 28 : i32
      %v56 = arith.andi %v54, %v55 : i32
      %v57 = arith.constant 0 : i32
      %v58 = arith.ori %v56, %v57 : i32
      %v59 = arith.constant 0 : i64
      %v60 = arith.cmpi eq, %v24, %v59 : i64
      %v61 = arith.constant 1 : i32
      %v62 = arith.ori %v56, %v61 : i32
      %v63 = arith.constant 1 : i64
      %v64 = arith.cmpi eq, %v24, %v63 : i64
      %v65 = arith.constant 2 : i32
      %v66 = arith.ori %v56, %v65 : i32
      %v67 = arith.constant 2 : i64
      %v68 = arith.cmpi eq, %v24, %v67 : i64
      %v69 = arith.constant 3 : i32
      %v70 = arith.ori %v56, %v69 : i32
      %v71 = arith.constant 3 : i64
      %v72 = arith.cmpi eq, %v24, %v71 : i64
      %v38 = arith.muli %v20, %v1 : i64
      %v39 = arith.addi %v38, %v1 : i64
      %v40 = arith.muli %v20, %v3 : i64
      %v46 = arith.constant true
      %v47 = arith.cmpi eq, %v34, %v45 : i64
      %v48 = arith.andi %v46, %v47 : i1
      llvm.store %v49, %v41 : f32, !llvm.ptr
      llvm.store %v49, %v42 : f32, !llvm.ptr
      %v50 = arith.cmpi eq, %size_L, %v45 : i64
      scf.if %v50 {
      }
      %v52 = arith.addi %size_L, %v13 : i64
      %v53 = arith.divui %v52, %v12 : i64
      %v73 = arith.minsi %v39, %v53 : i64
      %v75 = arith.muli %v20, %v74 : i64
      %v76 = arith.subi %v73, %v38 : i64
      %v77 = arith.maxsi %v76, %v45 : i64
      %v78 = arith.index_cast %v45 : i64 to index
      %v79 = arith.index_cast %v77 : i64 to index
      %v80 = arith.index_cast %v2 : i64 to index
      scf.for %v81 = %v78 to %v79 step %v80 {
        %v82 = arith.index_cast %v81 : index to i64
        %v83 = arith.subi %v73, %v2 : i64
        %v84 = arith.subi %v83, %v82 : i64
        %v85 = arith.muli %v84, %v12 : i64
        %v86 = arith.subi %size_L, %v85 : i64
        %v87 = arith.minsi %v86, %v12 : i64
        %v88 = arith.addi %v87, %v51 : i64
        %v89 = arith.divui %v88, %v1 : i64
        // the block's shared input rows for this stretch
        gpu.barrier
        %v90 = arith.subi %size_L, %v2 : i64
        %v91 = arith.index_cast %v10 : i64 to index
        %v92 = arith.index_cast %v6 : i64 to index
        %v93 = arith.index_cast %v6 : i64 to index
        scf.for %v94 = %v91 to %v92 step %v93 {
          %v95 = arith.index_cast %v94 : index to i64
          %v96 = arith.remui %v95, %v12 : i64
          %v97 = arith.divui %v95, %v12 : i64
          %v98 = arith.addi %v85, %v96 : i64
          %v99 = arith.minsi %v98, %v90 : i64
          %v100 = arith.remui %v97, %v1 : i64
          %v101 = arith.divui %v97, %v1 : i64
          %v103 = arith.muli %v36, %v102 : i64
          %v104 = arith.muli %v99, %v1 : i64
          %v105 = arith.addi %v103, %v104 : i64
          %v106 = arith.addi %v105, %v100 : i64
          %v107 = llvm.getelementptr %in_u[%v106] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v108 = llvm.load %v107 : !llvm.ptr -> f32
          %v110 = arith.muli %v97, %v109 : i64
          %v111 = arith.addi %v110, %v96 : i64
          %v112 = llvm.getelementptr %v44[%v111] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v108, %v112 : f32, !llvm.ptr
        }
        gpu.barrier
        %v113 = arith.index_cast %v45 : i64 to index
        %v114 = arith.index_cast %v2 : i64 to index
        %v115 = arith.index_cast %v2 : i64 to index
        scf.for %v116 = %v113 to %v114 step %v115 {
          %v117 = arith.index_cast %v116 : index to i64
          %v118 = arith.index_cast %v45 : i64 to index
          %v119 = arith.index_cast %v89 : i64 to index
          %v120 = arith.index_cast %v2 : i64 to index
          scf.for %v121 = %v118 to %v119 step %v120 {
            %v122 = arith.index_cast %v121 : index to i64
            %v123 = arith.cmpi slt, %v122, %v89 : i64
            scf.if %v123 {
              %v124 = arith.subi %v89, %v2 : i64
              %v125 = arith.subi %v124, %v122 : i64
              %v126 = arith.muli %v125, %v1 : i64
              %v127 = arith.addi %v75, %v125 : i64
              %v128 = arith.addi %v126, %v1 : i64
              %v129 = arith.cmpi sle, %v128, %v87 : i64
              scf.if %v129 {
                %v130 = arith.subi %v87, %v2 : i64
                %v131 = arith.addi %v126, %v24 : i64
                %v132 = arith.minsi %v131, %v130 : i64
                %v133 = arith.addi %v85, %v132 : i64
                // the group's states, recomputed into registers
                %v134 = arith.subi %v87, %v126 : i64
                %v135 = arith.trunci %v134 : i64 to i32
                %v136 = arith.subi %size_L, %v2 : i64
                %v137 = arith.addi %v85, %v126 : i64
                %v138 = arith.subi %v136, %v137 : i64
                %v140 = arith.minsi %v138, %v139 : i64
                %v141 = arith.trunci %v140 : i64 to i32
                %v142 = arith.addi %v126, %v51 : i64
                %v144 = arith.cmpi slt, %v143, %v135 : i32
                %v145 = arith.cmpi eq, %v143, %v141 : i32
                %v147 = arith.addi %v85, %v142 : i64
                scf.if %v145 {
                }
                %v149 = arith.addi %v126, %v148 : i64
                %v151 = arith.cmpi slt, %v150, %v135 : i32
                %v152 = arith.cmpi eq, %v150, %v141 : i32
                %v153 = arith.addi %v85, %v149 : i64
                scf.if %v152 {
                }
                %v154 = arith.addi %v126, %v2 : i64
                %v156 = arith.cmpi slt, %v155, %v135 : i32
                %v157 = arith.cmpi eq, %v155, %v141 : i32
                %v158 = arith.addi %v85, %v154 : i64
                scf.if %v157 {
                }
                %v160 = arith.cmpi slt, %v159, %v135 : i32
                %v161 = arith.cmpi eq, %v159, %v141 : i32
                %v162 = arith.addi %v85, %v126 : i64
                scf.if %v161 {
                }
              } else {
                %v163 = arith.subi %v87, %v2 : i64
                %v164 = arith.addi %v126, %v24 : i64
                %v165 = arith.minsi %v164, %v163 : i64
                %v166 = arith.addi %v85, %v165 : i64
                // the group's states, recomputed into registers
                %v167 = arith.subi %v87, %v126 : i64
                %v168 = arith.trunci %v167 : i64 to i32
                %v169 = arith.subi %size_L, %v2 : i64
                %v170 = arith.addi %v85, %v126 : i64
                %v171 = arith.subi %v169, %v170 : i64
                %v172 = arith.minsi %v171, %v139 : i64
                %v173 = arith.trunci %v172 : i64 to i32
                %v174 = arith.addi %v126, %v51 : i64
                %v175 = arith.cmpi slt, %v143, %v168 : i32
                %v176 = arith.cmpi eq, %v143, %v173 : i32
                scf.if %v175 {
                  %v177 = arith.addi %v85, %v174 : i64
                  scf.if %v176 {
                  }
                }
                %v178 = arith.addi %v126, %v148 : i64
                %v179 = arith.cmpi slt, %v150, %v168 : i32
                %v180 = arith.cmpi eq, %v150, %v173 : i32
                scf.if %v179 {
                  %v181 = arith.addi %v85, %v178 : i64
                  scf.if %v180 {
                  }
                }
                %v182 = arith.addi %v126, %v2 : i64
                %v183 = arith.cmpi slt, %v155, %v168 : i32
                %v184 = arith.cmpi eq, %v155, %v173 : i32
                scf.if %v183 {
                  %v185 = arith.addi %v85, %v182 : i64
                  scf.if %v184 {
                  }
                }
                %v186 = arith.cmpi slt, %v159, %v168 : i32
                %v187 = arith.cmpi eq, %v159, %v173 : i32
                scf.if %v186 {
                  %v188 = arith.addi %v85, %v126 : i64
                  scf.if %v187 {
                  }
                }
              }
            }
          }
        }
      }
      scf.if %v28 {
      }
      gpu.return
    }
  }
}
