module attributes {gpu.container_module} {
  gpu.module @linrec {
    llvm.mlir.global internal @smem_first_order_fwd() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<6336 x f32>
    gpu.func @first_order_fwd(%in_a: !llvm.ptr, %in_x: !llvm.ptr, %out_y: !llvm.ptr, %ckpt_h: !llvm.ptr, %size_B: i64, %size_C: i64, %size_T: i64) kernel {
      %v1 = arith.constant 1 : i64
      %v2 = arith.muli %v1, %size_B : i64
      %v3 = arith.muli %v2, %size_C : i64
      %v4 = arith.constant 1 : i64
      %v5 = llvm.alloca %v4 x f32 : (i64) -> !llvm.ptr
      %v6 = llvm.mlir.addressof @smem_first_order_fwd : !llvm.ptr<3>
      %v11 = arith.constant 64 : i64
      %v15 = arith.constant 1 : i64
      %v22 = arith.constant 0x00000000 : f32
      %v23 = arith.constant 0 : i64
      %v24 = arith.constant 32 : i64
      %v31 = arith.constant 32 : i64
      %v33 = arith.constant 2048 : i64
      %v34 = arith.constant 64 : i64
      %v40 = arith.constant 32 : i64
      %v43 = arith.constant 64 : i64
      %v52 = arith.constant 1 : i64
      %v61 = arith.constant 1 : i64
      %v62 = arith.muli %v61, %size_T : i64
      %v63 = arith.muli %v62, %size_C : i64
      %v69 = arith.constant 0 : i64
      %v71 = arith.constant 64 : i64
      %v72 = arith.constant 33 : i64
      %v80 = arith.constant 2048 : i64
      %v81 = arith.constant 64 : i64
      %v87 = arith.constant 32 : i64
      %v90 = arith.constant 64 : i64
      %v99 = arith.constant 1 : i64
      %v113 = arith.constant 1 : i64
      %v115 = arith.constant 64 : i64
      %v116 = arith.constant 33 : i64
      %v124 = arith.constant 0 : i64
      %v125 = arith.constant 1 : i64
      %v132 = arith.constant 64 : i64
      %v134 = arith.constant 0 : i64
      %v140 = arith.constant 1 : i64
      %v141 = arith.muli %v140, %size_B : i64
      %v142 = arith.muli %v141, %size_C : i64
      %v145 = arith.constant 1 : i64
      %v146 = arith.muli %v145, %size_C : i64
      %v152 = arith.constant 0 : i64
      %v153 = arith.constant 64 : i64
      %v154 = arith.constant 33 : i64
      %v161 = arith.constant 1 : i64
      %v162 = arith.constant 64 : i64
      %v163 = arith.constant 33 : i64
      %v174 = arith.constant 2 : i64
      %v175 = arith.constant 64 : i64
      %v176 = arith.constant 33 : i64
      %v182 = arith.constant 2048 : i64
      %v183 = arith.constant 64 : i64
      %v189 = arith.constant 32 : i64
      %v192 = arith.constant 64 : i64
      %v201 = arith.constant 1 : i64
      %v215 = arith.constant 2 : i64
      %v217 = arith.constant 64 : i64
      %v218 = arith.constant 33 : i64
      %v7 = gpu.block_id x
      %v8 = gpu.thread_id x
      %v9 = arith.index_cast %v8 : index to i64
      %v10 = arith.index_cast %v7 : index to i64
      %v12 = arith.muli %v10, %v11 : i64
      %v13 = arith.addi %v12, %v9 : i64
      %v14 = arith.cmpi slt, %v13, %v3 : i64
      %v16 = arith.subi %v3, %v15 : i64
      %v17 = arith.minsi %v13, %v16 : i64
      %v18 = arith.remui %v17, %size_C : i64
      %v19 = arith.divui %v17, %size_C : i64
      %v20 = arith.remui %v19, %size_B : i64
      %v21 = arith.divui %v19, %size_B : i64
      llvm.store %v22, %v5 : f32, !llvm.ptr
      %v25 = arith.index_cast %v23 : i64 to index
      %v26 = arith.index_cast %size_T : i64 to index
      %v27 = arith.index_cast %v24 : i64 to index
      scf.for %v28 = %v25 to %v26 step %v27 {
        %v29 = arith.index_cast %v28 : index to i64
        %v30 = arith.subi %size_T, %v29 : i64
        %v32 = arith.minsi %v30, %v31 : i64
        %v35 = arith.index_cast %v9 : i64 to index
        %v36 = arith.index_cast %v33 : i64 to index
        %v37 = arith.index_cast %v34 : i64 to index
        scf.for %v38 = %v35 to %v36 step %v37 {
          %v39 = arith.index_cast %v38 : index to i64
          %v41 = arith.divui %v39, %v40 : i64
          %v42 = arith.remui %v39, %v40 : i64
          %v44 = arith.remui %v41, %v43 : i64
          %v45 = arith.divui %v41, %v43 : i64
          %v46 = arith.subi %v13, %v9 : i64
          %v47 = arith.addi %v46, %v44 : i64
          %v48 = arith.addi %v29, %v42 : i64
          %v49 = arith.cmpi slt, %v47, %v3 : i64
          %v50 = arith.cmpi slt, %v48, %size_T : i64
          %v51 = arith.andi %v49, %v50 : i1
          %v53 = arith.subi %v3, %v52 : i64
          %v54 = arith.subi %size_T, %v52 : i64
          %v55 = arith.minsi %v47, %v53 : i64
          %v56 = arith.minsi %v48, %v54 : i64
          %v57 = arith.remui %v55, %size_C : i64
          %v58 = arith.divui %v55, %size_C : i64
          %v59 = arith.remui %v58, %size_B : i64
          %v60 = arith.divui %v58, %size_B : i64
          %v64 = arith.muli %v59, %v63 : i64
          %v65 = arith.muli %v57, %v62 : i64
          %v66 = arith.addi %v64, %v65 : i64
          %v67 = arith.muli %v56, %v61 : i64
          %v68 = arith.addi %v66, %v67 : i64
          %v70 = arith.addi %v69, %v45 : i64
          %v73 = arith.muli %v70, %v71 : i64
          %v74 = arith.addi %v73, %v44 : i64
          %v75 = arith.muli %v74, %v72 : i64
          %v76 = arith.addi %v75, %v42 : i64
          %v77 = llvm.getelementptr %in_a[%v68] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v78 = llvm.load %v77 : !llvm.ptr -> f32
          %v79 = llvm.getelementptr %v6[%v76] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v78, %v79 : f32, !llvm.ptr<3>
        }
        %v82 = arith.index_cast %v9 : i64 to index
        %v83 = arith.index_cast %v80 : i64 to index
        %v84 = arith.index_cast %v81 : i64 to index
        scf.for %v85 = %v82 to %v83 step %v84 {
          %v86 = arith.index_cast %v85 : index to i64
          %v88 = arith.divui %v86, %v87 : i64
          %v89 = arith.remui %v86, %v87 : i64
          %v91 = arith.remui %v88, %v90 : i64
          %v92 = arith.divui %v88, %v90 : i64
          %v93 = arith.subi %v13, %v9 : i64
          %v94 = arith.addi %v93, %v91 : i64
          %v95 = arith.addi %v29, %v89 : i64
          %v96 = arith.cmpi slt, %v94, %v3 : i64
          %v97 = arith.cmpi slt, %v95, %size_T : i64
          %v98 = arith.andi %v96, %v97 : i1
          %v100 = arith.subi %v3, %v99 : i64
          %v101 = arith.subi %size_T, %v99 : i64
          %v102 = arith.minsi %v94, %v100 : i64
          %v103 = arith.minsi %v95, %v101 : i64
          %v104 = arith.remui %v102, %size_C : i64
          %v105 = arith.divui %v102, %size_C : i64
          %v106 = arith.remui %v105, %size_B : i64
          %v107 = arith.divui %v105, %size_B : i64
          %v108 = arith.muli %v106, %v63 : i64
          %v109 = arith.muli %v104, %v62 : i64
          %v110 = arith.addi %v108, %v109 : i64
          %v111 = arith.muli %v103, %v61 : i64
          %v112 = arith.addi %v110, %v111 : i64
          %v114 = arith.addi %v113, %v92 : i64
          %v117 = arith.muli %v114, %v115 : i64
          %v118 = arith.addi %v117, %v91 : i64
          %v119 = arith.muli %v118, %v116 : i64
          %v120 = arith.addi %v119, %v89 : i64
          %v121 = llvm.getelementptr %in_x[%v112] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v122 = llvm.load %v121 : !llvm.ptr -> f32
          %v123 = llvm.getelementptr %v6[%v120] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v122, %v123 : f32, !llvm.ptr<3>
        }
        gpu.barrier
        %v126 = arith.index_cast %v124 : i64 to index
        %v127 = arith.index_cast %v32 : i64 to index
        %v128 = arith.index_cast %v125 : i64 to index
        scf.for %v129 = %v126 to %v127 step %v128 {
          %v130 = arith.index_cast %v129 : index to i64
          %v131 = arith.addi %v29, %v130 : i64
          %v133 = arith.remui %v131, %v132 : i64
          %v135 = arith.cmpi eq, %v133, %v134 : i64
          %v136 = arith.andi %v135, %v14 : i1
          scf.if %v136 {
            %v137 = arith.divui %v131, %v132 : i64
            %v138 = llvm.mlir.zero : !llvm.ptr
            %v139 = llvm.icmp "ne" %ckpt_h, %v138 : !llvm.ptr
            scf.if %v139 {
              %v143 = arith.muli %v137, %v142 : i64
              %v144 = llvm.load %v5 : !llvm.ptr -> f32
              %v147 = arith.muli %v20, %v146 : i64
              %v148 = arith.muli %v18, %v145 : i64
              %v149 = arith.addi %v147, %v148 : i64
              %v150 = arith.addi %v143, %v149 : i64
              %v151 = llvm.getelementptr %ckpt_h[%v150] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v144, %v151 : f32, !llvm.ptr
            }
          }
          %v155 = arith.muli %v152, %v153 : i64
          %v156 = arith.addi %v155, %v9 : i64
          %v157 = arith.muli %v156, %v154 : i64
          %v158 = arith.addi %v157, %v130 : i64
          %v159 = llvm.getelementptr %v6[%v158] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          %v160 = llvm.load %v159 : !llvm.ptr<3> -> f32
          %v164 = arith.muli %v161, %v162 : i64
          %v165 = arith.addi %v164, %v9 : i64
          %v166 = arith.muli %v165, %v163 : i64
          %v167 = arith.addi %v166, %v130 : i64
          %v168 = llvm.getelementptr %v6[%v167] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          %v169 = llvm.load %v168 : !llvm.ptr<3> -> f32
          %v170 = llvm.load %v5 : !llvm.ptr -> f32
          %v171 = arith.mulf %v160, %v170 : f32
          %v172 = arith.addf %v171, %v169 : f32
          llvm.store %v172, %v5 : f32, !llvm.ptr
          %v173 = llvm.load %v5 : !llvm.ptr -> f32
          %v177 = arith.muli %v174, %v175 : i64
          %v178 = arith.addi %v177, %v9 : i64
          %v179 = arith.muli %v178, %v176 : i64
          %v180 = arith.addi %v179, %v130 : i64
          %v181 = llvm.getelementptr %v6[%v180] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v173, %v181 : f32, !llvm.ptr<3>
        }
        gpu.barrier
        %v184 = arith.index_cast %v9 : i64 to index
        %v185 = arith.index_cast %v182 : i64 to index
        %v186 = arith.index_cast %v183 : i64 to index
        scf.for %v187 = %v184 to %v185 step %v186 {
          %v188 = arith.index_cast %v187 : index to i64
          %v190 = arith.divui %v188, %v189 : i64
          %v191 = arith.remui %v188, %v189 : i64
          %v193 = arith.remui %v190, %v192 : i64
          %v194 = arith.divui %v190, %v192 : i64
          %v195 = arith.subi %v13, %v9 : i64
          %v196 = arith.addi %v195, %v193 : i64
          %v197 = arith.addi %v29, %v191 : i64
          %v198 = arith.cmpi slt, %v196, %v3 : i64
          %v199 = arith.cmpi slt, %v197, %size_T : i64
          %v200 = arith.andi %v198, %v199 : i1
          %v202 = arith.subi %v3, %v201 : i64
          %v203 = arith.subi %size_T, %v201 : i64
          %v204 = arith.minsi %v196, %v202 : i64
          %v205 = arith.minsi %v197, %v203 : i64
          %v206 = arith.remui %v204, %size_C : i64
          %v207 = arith.divui %v204, %size_C : i64
          %v208 = arith.remui %v207, %size_B : i64
          %v209 = arith.divui %v207, %size_B : i64
          %v210 = arith.muli %v208, %v63 : i64
          %v211 = arith.muli %v206, %v62 : i64
          %v212 = arith.addi %v210, %v211 : i64
          %v213 = arith.muli %v205, %v61 : i64
          %v214 = arith.addi %v212, %v213 : i64
          %v216 = arith.addi %v215, %v194 : i64
          %v219 = arith.muli %v216, %v217 : i64
          %v220 = arith.addi %v219, %v193 : i64
          %v221 = arith.muli %v220, %v218 : i64
          %v222 = arith.addi %v221, %v191 : i64
          scf.if %v200 {
            %v223 = llvm.getelementptr %v6[%v222] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
            %v224 = llvm.load %v223 : !llvm.ptr<3> -> f32
            %v225 = llvm.getelementptr %out_y[%v214] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v224, %v225 : f32, !llvm.ptr
          }
        }
        gpu.barrier
      }
      gpu.return
    }
  }
}
