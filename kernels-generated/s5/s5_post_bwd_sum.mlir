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
      %v12 = arith.constant 32 : i64
      %v13 = arith.constant 31 : i64
      %v24 = arith.constant 8 : i64
      %v39 = arith.constant 4 : i64
      %v43 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v44 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v45 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v46 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v47 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v48 = llvm.mlir.addressof @rows_s5_post_bwd_sum_x_re_seq : !llvm.ptr<3>
      %v49 = llvm.addrspacecast %v48 : !llvm.ptr<3> to !llvm.ptr
      %v50 = llvm.mlir.addressof @rows_s5_post_bwd_sum_x_im_seq : !llvm.ptr<3>
      %v51 = llvm.addrspacecast %v50 : !llvm.ptr<3> to !llvm.ptr
      %v52 = arith.constant 0x00000000 : f32
      %v53 = arith.constant 0 : i64
      %v55 = arith.constant 64 : i64
      %v56 = arith.constant 7 : i64
      %v57 = arith.constant 63 : i64
      %v112 = arith.constant 1024 : i64
      %v124 = arith.muli %v1, %size_L : i64
      %v131 = arith.constant 65 : i64
      %v181 = arith.constant 2147483647 : i64
      %v185 = arith.constant 7 : i32
      %v188 = arith.constant 32 : i32
      %v190 = arith.constant 6 : i64
      %v192 = arith.constant 6 : i32
      %v196 = arith.constant 5 : i64
      %v198 = arith.constant 5 : i32
      %v203 = arith.constant 4 : i32
      %v207 = arith.constant 3 : i64
      %v209 = arith.constant 3 : i32
      %v213 = arith.constant 2 : i64
      %v215 = arith.constant 2 : i32
      %v220 = arith.constant 1 : i32
      %v224 = arith.constant 0 : i32
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
      %v60 = arith.trunci %v10 : i64 to i32
      %v61 = arith.constant 24 : i32
      %v62 = arith.andi %v60, %v61 : i32
      %v63 = arith.constant 0 : i32
      %v64 = arith.ori %v62, %v63 : i32
      %v65 = arith.constant 0 : i64
      %v66 = arith.cmpi eq, %v25, %v65 : i64
      %v67 = arith.constant 1 : i32
      %v68 = arith.ori %v62, %v67 : i32
      %v69 = arith.constant 1 : i64
      %v70 = arith.cmpi eq, %v25, %v69 : i64
      %v71 = arith.constant 2 : i32
      %v72 = arith.ori %v62, %v71 : i32
      %v73 = arith.constant 2 : i64
      %v74 = arith.cmpi eq, %v25, %v73 : i64
      %v75 = arith.constant 3 : i32
      %v76 = arith.ori %v62, %v75 : i32
      %v77 = arith.constant 3 : i64
      %v78 = arith.cmpi eq, %v25, %v77 : i64
      %v79 = arith.constant 4 : i32
      %v80 = arith.ori %v62, %v79 : i32
      %v81 = arith.constant 4 : i64
      %v82 = arith.cmpi eq, %v25, %v81 : i64
      %v83 = arith.constant 5 : i32
      %v84 = arith.ori %v62, %v83 : i32
      %v85 = arith.constant 5 : i64
      %v86 = arith.cmpi eq, %v25, %v85 : i64
      %v87 = arith.constant 6 : i32
      %v88 = arith.ori %v62, %v87 : i32
      %v89 = arith.constant 6 : i64
      %v90 = arith.cmpi eq, %v25, %v89 : i64
      %v91 = arith.constant 7 : i32
      %v92 = arith.ori %v62, %v91 : i32
      %v93 = arith.constant 7 : i64
      %v94 = arith.cmpi eq, %v25, %v93 : i64
      %v40 = arith.muli %v20, %v39 : i64
      %v41 = arith.addi %v40, %v39 : i64
      %v42 = arith.muli %v20, %v3 : i64
      llvm.store %v52, %v43 : f32, !llvm.ptr
      llvm.store %v52, %v44 : f32, !llvm.ptr
      llvm.store %v52, %v45 : f32, !llvm.ptr
      llvm.store %v52, %v46 : f32, !llvm.ptr
      llvm.store %v52, %v47 : f32, !llvm.ptr
      %v54 = arith.cmpi eq, %size_L, %v53 : i64
      scf.if %v54 {
      }
      %v58 = arith.addi %size_L, %v57 : i64
      %v59 = arith.divui %v58, %v55 : i64
      %v95 = arith.minsi %v41, %v59 : i64
      %v96 = arith.muli %v20, %v24 : i64
      %v97 = arith.subi %v95, %v40 : i64
      %v98 = arith.maxsi %v97, %v53 : i64
      %v99 = arith.index_cast %v53 : i64 to index
      %v100 = arith.index_cast %v98 : i64 to index
      %v101 = arith.index_cast %v2 : i64 to index
      scf.for %v102 = %v99 to %v100 step %v101 {
        %v103 = arith.index_cast %v102 : index to i64
        %v104 = arith.subi %v95, %v2 : i64
        %v105 = arith.subi %v104, %v103 : i64
        %v106 = arith.muli %v105, %v55 : i64
        %v107 = arith.subi %size_L, %v106 : i64
        %v108 = arith.minsi %v107, %v55 : i64
        %v109 = arith.addi %v108, %v56 : i64
        %v110 = arith.divui %v109, %v24 : i64
        // the block's shared input rows for this stretch
        gpu.barrier
        %v111 = arith.subi %size_L, %v2 : i64
        %v113 = arith.index_cast %v10 : i64 to index
        %v114 = arith.index_cast %v112 : i64 to index
        %v115 = arith.index_cast %v6 : i64 to index
        scf.for %v116 = %v113 to %v114 step %v115 {
          %v117 = arith.index_cast %v116 : index to i64
          %v118 = arith.remui %v117, %v55 : i64
          %v119 = arith.divui %v117, %v55 : i64
          %v120 = arith.addi %v106, %v118 : i64
          %v121 = arith.minsi %v120, %v111 : i64
          %v122 = arith.remui %v119, %v1 : i64
          %v123 = arith.divui %v119, %v1 : i64
          %v125 = arith.muli %v37, %v124 : i64
          %v126 = arith.muli %v121, %v1 : i64
          %v127 = arith.addi %v125, %v126 : i64
          %v128 = arith.addi %v127, %v122 : i64
          %v129 = llvm.getelementptr %in_x_re_seq[%v128] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v130 = llvm.load %v129 : !llvm.ptr -> f32
          %v132 = arith.muli %v119, %v131 : i64
          %v133 = arith.addi %v132, %v118 : i64
          %v134 = llvm.getelementptr %v49[%v133] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v130, %v134 : f32, !llvm.ptr
        }
        %v135 = arith.index_cast %v10 : i64 to index
        %v136 = arith.index_cast %v112 : i64 to index
        %v137 = arith.index_cast %v6 : i64 to index
        scf.for %v138 = %v135 to %v136 step %v137 {
          %v139 = arith.index_cast %v138 : index to i64
          %v140 = arith.remui %v139, %v55 : i64
          %v141 = arith.divui %v139, %v55 : i64
          %v142 = arith.addi %v106, %v140 : i64
          %v143 = arith.minsi %v142, %v111 : i64
          %v144 = arith.remui %v141, %v1 : i64
          %v145 = arith.divui %v141, %v1 : i64
          %v146 = arith.muli %v37, %v124 : i64
          %v147 = arith.muli %v143, %v1 : i64
          %v148 = arith.addi %v146, %v147 : i64
          %v149 = arith.addi %v148, %v144 : i64
          %v150 = llvm.getelementptr %in_x_im_seq[%v149] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v151 = llvm.load %v150 : !llvm.ptr -> f32
          %v152 = arith.muli %v141, %v131 : i64
          %v153 = arith.addi %v152, %v140 : i64
          %v154 = llvm.getelementptr %v51[%v153] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v151, %v154 : f32, !llvm.ptr
        }
        gpu.barrier
        %v155 = arith.index_cast %v53 : i64 to index
        %v156 = arith.index_cast %v2 : i64 to index
        %v157 = arith.index_cast %v2 : i64 to index
        scf.for %v158 = %v155 to %v156 step %v157 {
          %v159 = arith.index_cast %v158 : index to i64
          %v160 = arith.index_cast %v53 : i64 to index
          %v161 = arith.index_cast %v110 : i64 to index
          %v162 = arith.index_cast %v2 : i64 to index
          scf.for %v163 = %v160 to %v161 step %v162 {
            %v164 = arith.index_cast %v163 : index to i64
            %v165 = arith.cmpi slt, %v164, %v110 : i64
            scf.if %v165 {
              %v166 = arith.subi %v110, %v2 : i64
              %v167 = arith.subi %v166, %v164 : i64
              %v168 = arith.muli %v167, %v24 : i64
              %v169 = arith.addi %v96, %v167 : i64
              %v170 = arith.addi %v168, %v24 : i64
              %v171 = arith.cmpi sle, %v170, %v108 : i64
              scf.if %v171 {
                %v172 = arith.subi %v108, %v2 : i64
                %v173 = arith.addi %v168, %v25 : i64
                %v174 = arith.minsi %v173, %v172 : i64
                %v175 = arith.addi %v106, %v174 : i64
                // the group's states, recomputed into registers
                %v176 = arith.subi %v108, %v168 : i64
                %v177 = arith.trunci %v176 : i64 to i32
                %v178 = arith.subi %size_L, %v2 : i64
                %v179 = arith.addi %v106, %v168 : i64
                %v180 = arith.subi %v178, %v179 : i64
                %v182 = arith.minsi %v180, %v181 : i64
                %v183 = arith.trunci %v182 : i64 to i32
                %v184 = arith.addi %v168, %v56 : i64
                %v186 = arith.cmpi slt, %v185, %v177 : i32
                %v187 = arith.cmpi eq, %v185, %v183 : i32
                %v189 = arith.addi %v106, %v184 : i64
                scf.if %v187 {
                }
                %v191 = arith.addi %v168, %v190 : i64
                %v193 = arith.cmpi slt, %v192, %v177 : i32
                %v194 = arith.cmpi eq, %v192, %v183 : i32
                %v195 = arith.addi %v106, %v191 : i64
                scf.if %v194 {
                }
                %v197 = arith.addi %v168, %v196 : i64
                %v199 = arith.cmpi slt, %v198, %v177 : i32
                %v200 = arith.cmpi eq, %v198, %v183 : i32
                %v201 = arith.addi %v106, %v197 : i64
                scf.if %v200 {
                }
                %v202 = arith.addi %v168, %v39 : i64
                %v204 = arith.cmpi slt, %v203, %v177 : i32
                %v205 = arith.cmpi eq, %v203, %v183 : i32
                %v206 = arith.addi %v106, %v202 : i64
                scf.if %v205 {
                }
                %v208 = arith.addi %v168, %v207 : i64
                %v210 = arith.cmpi slt, %v209, %v177 : i32
                %v211 = arith.cmpi eq, %v209, %v183 : i32
                %v212 = arith.addi %v106, %v208 : i64
                scf.if %v211 {
                }
                %v214 = arith.addi %v168, %v213 : i64
                %v216 = arith.cmpi slt, %v215, %v177 : i32
                %v217 = arith.cmpi eq, %v215, %v183 : i32
                %v218 = arith.addi %v106, %v214 : i64
                scf.if %v217 {
                }
                %v219 = arith.addi %v168, %v2 : i64
                %v221 = arith.cmpi slt, %v220, %v177 : i32
                %v222 = arith.cmpi eq, %v220, %v183 : i32
                %v223 = arith.addi %v106, %v219 : i64
                scf.if %v222 {
                }
                %v225 = arith.cmpi slt, %v224, %v177 : i32
                %v226 = arith.cmpi eq, %v224, %v183 : i32
                %v227 = arith.addi %v106, %v168 : i64
                scf.if %v226 {
                }
              } else {
                %v228 = arith.subi %v108, %v2 : i64
                %v229 = arith.addi %v168, %v25 : i64
                %v230 = arith.minsi %v229, %v228 : i64
                %v231 = arith.addi %v106, %v230 : i64
                // the group's states, recomputed into registers
                %v232 = arith.subi %v108, %v168 : i64
                %v233 = arith.trunci %v232 : i64 to i32
                %v234 = arith.subi %size_L, %v2 : i64
                %v235 = arith.addi %v106, %v168 : i64
                %v236 = arith.subi %v234, %v235 : i64
                %v237 = arith.minsi %v236, %v181 : i64
                %v238 = arith.trunci %v237 : i64 to i32
                %v239 = arith.addi %v168, %v56 : i64
                %v240 = arith.cmpi slt, %v185, %v233 : i32
                %v241 = arith.cmpi eq, %v185, %v238 : i32
                scf.if %v240 {
                  %v242 = arith.addi %v106, %v239 : i64
                  scf.if %v241 {
                  }
                }
                %v243 = arith.addi %v168, %v190 : i64
                %v244 = arith.cmpi slt, %v192, %v233 : i32
                %v245 = arith.cmpi eq, %v192, %v238 : i32
                scf.if %v244 {
                  %v246 = arith.addi %v106, %v243 : i64
                  scf.if %v245 {
                  }
                }
                %v247 = arith.addi %v168, %v196 : i64
                %v248 = arith.cmpi slt, %v198, %v233 : i32
                %v249 = arith.cmpi eq, %v198, %v238 : i32
                scf.if %v248 {
                  %v250 = arith.addi %v106, %v247 : i64
                  scf.if %v249 {
                  }
                }
                %v251 = arith.addi %v168, %v39 : i64
                %v252 = arith.cmpi slt, %v203, %v233 : i32
                %v253 = arith.cmpi eq, %v203, %v238 : i32
                scf.if %v252 {
                  %v254 = arith.addi %v106, %v251 : i64
                  scf.if %v253 {
                  }
                }
                %v255 = arith.addi %v168, %v207 : i64
                %v256 = arith.cmpi slt, %v209, %v233 : i32
                %v257 = arith.cmpi eq, %v209, %v238 : i32
                scf.if %v256 {
                  %v258 = arith.addi %v106, %v255 : i64
                  scf.if %v257 {
                  }
                }
                %v259 = arith.addi %v168, %v213 : i64
                %v260 = arith.cmpi slt, %v215, %v233 : i32
                %v261 = arith.cmpi eq, %v215, %v238 : i32
                scf.if %v260 {
                  %v262 = arith.addi %v106, %v259 : i64
                  scf.if %v261 {
                  }
                }
                %v263 = arith.addi %v168, %v2 : i64
                %v264 = arith.cmpi slt, %v220, %v233 : i32
                %v265 = arith.cmpi eq, %v220, %v238 : i32
                scf.if %v264 {
                  %v266 = arith.addi %v106, %v263 : i64
                  scf.if %v265 {
                  }
                }
                %v267 = arith.cmpi slt, %v224, %v233 : i32
                %v268 = arith.cmpi eq, %v224, %v238 : i32
                scf.if %v267 {
                  %v269 = arith.addi %v106, %v168 : i64
                  scf.if %v268 {
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
