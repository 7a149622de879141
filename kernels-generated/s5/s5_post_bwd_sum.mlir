module attributes {gpu.container_module} {
  gpu.module @linrec {
    llvm.mlir.global internal @rows_s5_post_bwd_sum_x_re_seq() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<1040 x f32>
    llvm.mlir.global internal @rows_s5_post_bwd_sum_x_im_seq() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<1040 x f32>
    gpu.func @s5_post_bwd_sum(%in_u_post: !llvm.ptr, %in_C_re: !llvm.ptr, %in_C_im: !llvm.ptr, %in_Dp: !llvm.ptr, %in_x_re_seq: !llvm.ptr, %in_x_im_seq: !llvm.ptr, %dy_y: !llvm.ptr, %size_B: i64, %size_L: i64, %size_M: i64, %size_N: i64) kernel attributes {nvvm.maxntid = array<i32: 256, 1, 1>, nvvm.minctasm = 3 : i32} {
      %v1 = arith.constant 16 : i64
      %v2 = arith.constant 1 : i64
      %v3 = arith.muli %size_B, %size_M : i64
      %v4 = arith.constant 255 : i64
      %v5 = arith.addi %size_L, %v4 : i64
      %v6 = arith.constant 256 : i64
      %v7 = arith.divui %v5, %v6 : i64
      %v12 = arith.constant 64 : i64
      %v13 = arith.constant 63 : i64
      %v24 = arith.constant 4 : i64
      %v42 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v43 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v44 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v45 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v46 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v47 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v48 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v49 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v50 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v51 = llvm.mlir.addressof @rows_s5_post_bwd_sum_x_re_seq : !llvm.ptr<3>
      %v52 = llvm.addrspacecast %v51 : !llvm.ptr<3> to !llvm.ptr
      %v53 = llvm.mlir.addressof @rows_s5_post_bwd_sum_x_im_seq : !llvm.ptr<3>
      %v54 = llvm.addrspacecast %v53 : !llvm.ptr<3> to !llvm.ptr
      %v55 = arith.constant 0x00000000 : f32
      %v56 = arith.constant 0 : i64
      %v58 = arith.constant 3 : i64
      %v97 = arith.constant 1024 : i64
      %v109 = arith.muli %v1, %size_L : i64
      %v116 = arith.constant 65 : i64
      %v166 = arith.constant 2147483647 : i64
      %v170 = arith.constant 3 : i32
      %v173 = arith.constant 32 : i32
      %v175 = arith.constant 2 : i64
      %v177 = arith.constant 2 : i32
      %v182 = arith.constant 1 : i32
      %v186 = arith.constant 0 : i32
      %v8 = gpu.block_id x
      %v9 = gpu.thread_id x
      %v10 = arith.index_cast %v9 : index to i64
      %v11 = arith.index_cast %v8 : index to i64
      %v14 = arith.addi %size_M, %v13 : i64
      %v15 = arith.divui %v14, %v12 : i64
      %v16 = arith.maxsi %v15, %v2 : i64
      %v17 = arith.maxsi %size_M, %v2 : i64
      %v18 = arith.divui %v3, %v17 : i64
      %v19 = arith.muli %v18, %v16 : i64
      %v20 = arith.divui %v11, %v19 : i64
      %v21 = arith.remui %v11, %v19 : i64
      %v22 = arith.divui %v21, %v16 : i64
      %v23 = arith.remui %v21, %v16 : i64
      %v25 = arith.remui %v10, %v24 : i64
      %v26 = arith.divui %v10, %v24 : i64
      %v27 = arith.muli %v23, %v12 : i64
      %v28 = arith.addi %v27, %v26 : i64
      %v29 = arith.cmpi slt, %v28, %size_M : i64
      %v30 = arith.muli %v22, %size_M : i64
      %v31 = arith.addi %v30, %v28 : i64
      %v32 = arith.subi %size_M, %v2 : i64
      %v33 = arith.minsi %v28, %v32 : i64
      %v34 = arith.addi %v30, %v33 : i64
      %v35 = arith.remui %v34, %size_M : i64
      %v36 = arith.divui %v34, %size_M : i64
      %v37 = arith.remui %v36, %size_B : i64
      %v38 = arith.divui %v36, %size_B : i64
      %v61 = arith.trunci %v10 : i64 to i32
      %v62 = arith.constant 28 : i32
      %v63 = arith.andi %v61, %v62 : i32
      %v64 = arith.constant 0 : i32
      %v65 = arith.ori %v63, %v64 : i32
      %v66 = arith.constant 0 : i64
      %v67 = arith.cmpi eq, %v25, %v66 : i64
      %v68 = arith.constant 1 : i32
      %v69 = arith.ori %v63, %v68 : i32
      %v70 = arith.constant 1 : i64
      %v71 = arith.cmpi eq, %v25, %v70 : i64
      %v72 = arith.constant 2 : i32
      %v73 = arith.ori %v63, %v72 : i32
      %v74 = arith.constant 2 : i64
      %v75 = arith.cmpi eq, %v25, %v74 : i64
      %v76 = arith.constant 3 : i32
      %v77 = arith.ori %v63, %v76 : i32
      %v78 = arith.constant 3 : i64
      %v79 = arith.cmpi eq, %v25, %v78 : i64
      %v39 = arith.muli %v20, %v24 : i64
      %v40 = arith.addi %v39, %v24 : i64
      %v41 = arith.muli %v20, %v3 : i64
      llvm.store %v55, %v42 : f32, !llvm.ptr
      llvm.store %v55, %v43 : f32, !llvm.ptr
      llvm.store %v55, %v44 : f32, !llvm.ptr
      llvm.store %v55, %v45 : f32, !llvm.ptr
      llvm.store %v55, %v46 : f32, !llvm.ptr
      llvm.store %v55, %v47 : f32, !llvm.ptr
      llvm.store %v55, %v48 : f32, !llvm.ptr
      llvm.store %v55, %v49 : f32, !llvm.ptr
      llvm.store %v55, %v50 : f32, !llvm.ptr
      %v57 = arith.cmpi eq, %size_L, %v56 : i64
      scf.if %v57 {
      }
      %v59 = arith.addi %size_L, %v13 : i64
      %v60 = arith.divui %v59, %v12 : i64
      %v80 = arith.minsi %v40, %v60 : i64
      %v81 = arith.muli %v20, %v1 : i64
      %v82 = arith.subi %v80, %v39 : i64
      %v83 = arith.maxsi %v82, %v56 : i64
      %v84 = arith.index_cast %v56 : i64 to index
      %v85 = arith.index_cast %v83 : i64 to index
      %v86 = arith.index_cast %v2 : i64 to index
      scf.for %v87 = %v84 to %v85 step %v86 {
        %v88 = arith.index_cast %v87 : index to i64
        %v89 = arith.subi %v80, %v2 : i64
        %v90 = arith.subi %v89, %v88 : i64
        %v91 = arith.muli %v90, %v12 : i64
        %v92 = arith.subi %size_L, %v91 : i64
        %v93 = arith.minsi %v92, %v12 : i64
        %v94 = arith.addi %v93, %v58 : i64
        %v95 = arith.divui %v94, %v24 : i64
        // the block's shared input rows for this stretch
        gpu.barrier
        %v96 = arith.subi %size_L, %v2 : i64
        %v98 = arith.index_cast %v10 : i64 to index
        %v99 = arith.index_cast %v97 : i64 to index
        %v100 = arith.index_cast %v6 : i64 to index
        scf.for %v101 = %v98 to %v99 step %v100 {
          %v102 = arith.index_cast %v101 : index to i64
          %v103 = arith.remui %v102, %v12 : i64
          %v104 = arith.divui %v102, %v12 : i64
          %v105 = arith.addi %v91, %v103 : i64
          %v106 = arith.minsi %v105, %v96 : i64
          %v107 = arith.remui %v104, %v1 : i64
          %v108 = arith.divui %v104, %v1 : i64
          %v110 = arith.muli %v37, %v109 : i64
          %v111 = arith.muli %v106, %v1 : i64
          %v112 = arith.addi %v110, %v111 : i64
          %v113 = arith.addi %v112, %v107 : i64
          %v114 = llvm.getelementptr %in_x_re_seq[%v113] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v115 = llvm.load %v114 : !llvm.ptr -> f32
          %v117 = arith.muli %v104, %v116 : i64
          %v118 = arith.addi %v117, %v103 : i64
          %v119 = llvm.getelementptr %v52[%v118] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v115, %v119 : f32, !llvm.ptr
        }
        %v120 = arith.index_cast %v10 : i64 to index
        %v121 = arith.index_cast %v97 : i64 to index
        %v122 = arith.index_cast %v6 : i64 to index
        scf.for %v123 = %v120 to %v121 step %v122 {
          %v124 = arith.index_cast %v123 : index to i64
          %v125 = arith.remui %v124, %v12 : i64
          %v126 = arith.divui %v124, %v12 : i64
          %v127 = arith.addi %v91, %v125 : i64
          %v128 = arith.minsi %v127, %v96 : i64
          %v129 = arith.remui %v126, %v1 : i64
          %v130 = arith.divui %v126, %v1 : i64
          %v131 = arith.muli %v37, %v109 : i64
          %v132 = arith.muli %v128, %v1 : i64
          %v133 = arith.addi %v131, %v132 : i64
          %v134 = arith.addi %v133, %v129 : i64
          %v135 = llvm.getelementptr %in_x_im_seq[%v134] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v136 = llvm.load %v135 : !llvm.ptr -> f32
          %v137 = arith.muli %v126, %v116 : i64
          %v138 = arith.addi %v137, %v125 : i64
          %v139 = llvm.getelementptr %v54[%v138] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v136, %v139 : f32, !llvm.ptr
        }
        gpu.barrier
        %v140 = arith.index_cast %v56 : i64 to index
        %v141 = arith.index_cast %v2 : i64 to index
        %v142 = arith.index_cast %v2 : i64 to index
        scf.for %v143 = %v140 to %v141 step %v142 {
          %v144 = arith.index_cast %v143 : index to i64
          %v145 = arith.index_cast %v56 : i64 to index
          %v146 = arith.index_cast %v95 : i64 to index
          %v147 = arith.index_cast %v2 : i64 to index
          scf.for %v148 = %v145 to %v146 step %v147 {
            %v149 = arith.index_cast %v148 : index to i64
            %v150 = arith.cmpi slt, %v149, %v95 : i64
            scf.if %v150 {
              %v151 = arith.subi %v95, %v2 : i64
              %v152 = arith.subi %v151, %v149 : i64
              %v153 = arith.muli %v152, %v24 : i64
              %v154 = arith.addi %v81, %v152 : i64
              %v155 = arith.addi %v153, %v24 : i64
              %v156 = arith.cmpi sle, %v155, %v93 : i64
              scf.if %v156 {
                %v157 = arith.subi %v93, %v2 : i64
                %v158 = arith.addi %v153, %v25 : i64
                %v159 = arith.minsi %v158, %v157 : i64
                %v160 = arith.addi %v91, %v159 : i64
                // the group's states, recomputed into registers
                %v161 = arith.subi %v93, %v153 : i64
                %v162 = arith.trunci %v161 : i64 to i32
                %v163 = arith.subi %size_L, %v2 : i64
                %v164 = arith.addi %v91, %v153 : i64
                %v165 = arith.subi %v163, %v164 : i64
                %v167 = arith.minsi %v165, %v166 : i64
                %v168 = arith.trunci %v167 : i64 to i32
                %v169 = arith.addi %v153, %v58 : i64
                %v171 = arith.cmpi slt, %v170, %v162 : i32
                %v172 = arith.cmpi eq, %v170, %v168 : i32
                %v174 = arith.addi %v91, %v169 : i64
                scf.if %v172 {
                }
                %v176 = arith.addi %v153, %v175 : i64
                %v178 = arith.cmpi slt, %v177, %v162 : i32
                %v179 = arith.cmpi eq, %v177, %v168 : i32
                %v180 = arith.addi %v91, %v176 : i64
                scf.if %v179 {
                }
                %v181 = arith.addi %v153, %v2 : i64
                %v183 = arith.cmpi slt, %v182, %v162 : i32
                %v184 = arith.cmpi eq, %v182, %v168 : i32
                %v185 = arith.addi %v91, %v181 : i64
                scf.if %v184 {
                }
                %v187 = arith.cmpi slt, %v186, %v162 : i32
                %v188 = arith.cmpi eq, %v186, %v168 : i32
                %v189 = arith.addi %v91, %v153 : i64
                scf.if %v188 {
                }
              } else {
                %v190 = arith.subi %v93, %v2 : i64
                %v191 = arith.addi %v153, %v25 : i64
                %v192 = arith.minsi %v191, %v190 : i64
                %v193 = arith.addi %v91, %v192 : i64
                // the group's states, recomputed into registers
                %v194 = arith.subi %v93, %v153 : i64
                %v195 = arith.trunci %v194 : i64 to i32
                %v196 = arith.subi %size_L, %v2 : i64
                %v197 = arith.addi %v91, %v153 : i64
                %v198 = arith.subi %v196, %v197 : i64
                %v199 = arith.minsi %v198, %v166 : i64
                %v200 = arith.trunci %v199 : i64 to i32
                %v201 = arith.addi %v153, %v58 : i64
                %v202 = arith.cmpi slt, %v170, %v195 : i32
                %v203 = arith.cmpi eq, %v170, %v200 : i32
                scf.if %v202 {
                  %v204 = arith.addi %v91, %v201 : i64
                  scf.if %v203 {
                  }
                }
                %v205 = arith.addi %v153, %v175 : i64
                %v206 = arith.cmpi slt, %v177, %v195 : i32
                %v207 = arith.cmpi eq, %v177, %v200 : i32
                scf.if %v206 {
                  %v208 = arith.addi %v91, %v205 : i64
                  scf.if %v207 {
                  }
                }
                %v209 = arith.addi %v153, %v2 : i64
                %v210 = arith.cmpi slt, %v182, %v195 : i32
                %v211 = arith.cmpi eq, %v182, %v200 : i32
                scf.if %v210 {
                  %v212 = arith.addi %v91, %v209 : i64
                  scf.if %v211 {
                  }
                }
                %v213 = arith.cmpi slt, %v186, %v195 : i32
                %v214 = arith.cmpi eq, %v186, %v200 : i32
                scf.if %v213 {
                  %v215 = arith.addi %v91, %v153 : i64
                  scf.if %v214 {
                  }
                }
              }
            }
          }
        }
      }
      scf.if %v29 {
      }
      gpu.return
    }
  }
}
