module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @hgrn_complex_bwd_carry(%segsum_h_re: !llvm.ptr, %segcarry_h_re: !llvm.ptr, %segsum_h_im: !llvm.ptr, %segcarry_h_im: !llvm.ptr, %size_B: i64, %size_D: i64, %size_L: i64) kernel {
      %v1 = arith.constant 1 : i64
      %v2 = arith.muli %v1, %size_B : i64
      %v3 = arith.muli %v2, %size_D : i64
      %v4 = arith.constant 255 : i64
      %v5 = arith.addi %size_L, %v4 : i64
      %v6 = arith.constant 256 : i64
      %v7 = arith.divui %v5, %v6 : i64
      %v26 = arith.constant 0 : i64
      %v32 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v33 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v34 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v35 = arith.constant 0x00000000 : f32
      %v36 = arith.constant 0x3F800000 : f32
      %v37 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v38 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v39 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v68 = arith.constant 2 : i64
      %v108 = arith.constant 3 : i64
      %v119 = arith.constant 4 : i64
      %v8 = gpu.block_id x
      %v9 = gpu.thread_id x
      %v10 = arith.index_cast %v9 : index to i64
      %v11 = arith.index_cast %v8 : index to i64
      %v12 = arith.subi %v6, %v1 : i64
      %v13 = arith.addi %v3, %v12 : i64
      %v14 = arith.divui %v13, %v6 : i64
      %v15 = arith.divui %v11, %v14 : i64
      %v16 = arith.remui %v11, %v14 : i64
      %v17 = arith.muli %v16, %v6 : i64
      %v18 = arith.addi %v17, %v10 : i64
      %v19 = arith.cmpi slt, %v18, %v3 : i64
      %v20 = arith.subi %v3, %v1 : i64
      %v21 = arith.minsi %v18, %v20 : i64
      %v22 = arith.remui %v21, %size_D : i64
      %v23 = arith.divui %v21, %size_D : i64
      %v24 = arith.remui %v23, %size_B : i64
      %v25 = arith.divui %v23, %size_B : i64
      // carry scan of one state point: g ← G + P·a'·g, a' ← a_first, from the last segment
      %v27 = arith.cmpi sge, %v15, %v26 : i64
      %v28 = arith.cmpi slt, %v15, %v1 : i64
      %v29 = arith.andi %v27, %v28 : i1
      %v30 = arith.andi %v29, %v19 : i1
      scf.if %v30 {
        %v31 = arith.subi %v15, %v26 : i64
        llvm.store %v35, %v32 : f32, !llvm.ptr
        llvm.store %v36, %v33 : f32, !llvm.ptr
        llvm.store %v35, %v34 : f32, !llvm.ptr
        llvm.store %v35, %v37 : f32, !llvm.ptr
        llvm.store %v35, %v38 : f32, !llvm.ptr
        llvm.store %v36, %v39 : f32, !llvm.ptr
        %v40 = arith.index_cast %v26 : i64 to index
        %v41 = arith.index_cast %v7 : i64 to index
        %v42 = arith.index_cast %v1 : i64 to index
        scf.for %v43 = %v40 to %v41 step %v42 {
          %v44 = arith.index_cast %v43 : index to i64
          %v45 = arith.subi %v7, %v1 : i64
          %v46 = arith.subi %v45, %v44 : i64
          %v47 = llvm.load %v32 : !llvm.ptr -> f32
          %v48 = llvm.load %v33 : !llvm.ptr -> f32
          %v49 = llvm.load %v34 : !llvm.ptr -> f32
          %v50 = arith.muli %v26, %v7 : i64
          %v51 = arith.addi %v50, %v46 : i64
          %v52 = arith.muli %v51, %v1 : i64
          %v53 = arith.addi %v52, %v31 : i64
          %v54 = arith.muli %v53, %v3 : i64
          %v55 = arith.subi %v3, %v1 : i64
          %v56 = arith.minsi %v18, %v55 : i64
          %v57 = arith.addi %v54, %v56 : i64
          %v58 = llvm.getelementptr %segcarry_h_re[%v57] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v47, %v58 : f32, !llvm.ptr
          %v59 = arith.muli %v1, %v7 : i64
          %v60 = arith.addi %v59, %v46 : i64
          %v61 = arith.muli %v60, %v1 : i64
          %v62 = arith.addi %v61, %v31 : i64
          %v63 = arith.muli %v62, %v3 : i64
          %v64 = arith.subi %v3, %v1 : i64
          %v65 = arith.minsi %v18, %v64 : i64
          %v66 = arith.addi %v63, %v65 : i64
          %v67 = llvm.getelementptr %segcarry_h_re[%v66] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v48, %v67 : f32, !llvm.ptr
          %v69 = arith.muli %v68, %v7 : i64
          %v70 = arith.addi %v69, %v46 : i64
          %v71 = arith.muli %v70, %v1 : i64
          %v72 = arith.addi %v71, %v31 : i64
          %v73 = arith.muli %v72, %v3 : i64
          %v74 = arith.subi %v3, %v1 : i64
          %v75 = arith.minsi %v18, %v74 : i64
          %v76 = arith.addi %v73, %v75 : i64
          %v77 = llvm.getelementptr %segcarry_h_re[%v76] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v49, %v77 : f32, !llvm.ptr
          %v78 = arith.muli %v26, %v7 : i64
          %v79 = arith.addi %v78, %v46 : i64
          %v80 = arith.muli %v79, %v1 : i64
          %v81 = arith.addi %v80, %v31 : i64
          %v82 = arith.muli %v81, %v3 : i64
          %v83 = arith.subi %v3, %v1 : i64
          %v84 = arith.minsi %v18, %v83 : i64
          %v85 = arith.addi %v82, %v84 : i64
          %v86 = llvm.getelementptr %segsum_h_re[%v85] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v87 = llvm.load %v86 : !llvm.ptr -> f32
          %v88 = arith.muli %v1, %v7 : i64
          %v89 = arith.addi %v88, %v46 : i64
          %v90 = arith.muli %v89, %v1 : i64
          %v91 = arith.addi %v90, %v31 : i64
          %v92 = arith.muli %v91, %v3 : i64
          %v93 = arith.subi %v3, %v1 : i64
          %v94 = arith.minsi %v18, %v93 : i64
          %v95 = arith.addi %v92, %v94 : i64
          %v96 = llvm.getelementptr %segsum_h_re[%v95] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v97 = llvm.load %v96 : !llvm.ptr -> f32
          %v98 = arith.muli %v68, %v7 : i64
          %v99 = arith.addi %v98, %v46 : i64
          %v100 = arith.muli %v99, %v1 : i64
          %v101 = arith.addi %v100, %v31 : i64
          %v102 = arith.muli %v101, %v3 : i64
          %v103 = arith.subi %v3, %v1 : i64
          %v104 = arith.minsi %v18, %v103 : i64
          %v105 = arith.addi %v102, %v104 : i64
          %v106 = llvm.getelementptr %segsum_h_re[%v105] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v107 = llvm.load %v106 : !llvm.ptr -> f32
          %v109 = arith.muli %v108, %v7 : i64
          %v110 = arith.addi %v109, %v46 : i64
          %v111 = arith.muli %v110, %v1 : i64
          %v112 = arith.addi %v111, %v31 : i64
          %v113 = arith.muli %v112, %v3 : i64
          %v114 = arith.subi %v3, %v1 : i64
          %v115 = arith.minsi %v18, %v114 : i64
          %v116 = arith.addi %v113, %v115 : i64
          %v117 = llvm.getelementptr %segsum_h_re[%v116] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v118 = llvm.load %v117 : !llvm.ptr -> f32
          %v120 = arith.muli %v119, %v7 : i64
          %v121 = arith.addi %v120, %v46 : i64
          %v122 = arith.muli %v121, %v1 : i64
          %v123 = arith.addi %v122, %v31 : i64
          %v124 = arith.muli %v123, %v3 : i64
          %v125 = arith.subi %v3, %v1 : i64
          %v126 = arith.minsi %v18, %v125 : i64
          %v127 = arith.addi %v124, %v126 : i64
          %v128 = llvm.getelementptr %segsum_h_re[%v127] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v129 = llvm.load %v128 : !llvm.ptr -> f32
          %v130 = llvm.load %v37 : !llvm.ptr -> f32
          %v131 = llvm.load %v38 : !llvm.ptr -> f32
          %v132 = llvm.load %v39 : !llvm.ptr -> f32
          %v133 = arith.muli %v26, %v7 : i64
          %v134 = arith.addi %v133, %v46 : i64
          %v135 = arith.muli %v134, %v1 : i64
          %v136 = arith.addi %v135, %v31 : i64
          %v137 = arith.muli %v136, %v3 : i64
          %v138 = arith.subi %v3, %v1 : i64
          %v139 = arith.minsi %v18, %v138 : i64
          %v140 = arith.addi %v137, %v139 : i64
          %v141 = llvm.getelementptr %segcarry_h_im[%v140] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v130, %v141 : f32, !llvm.ptr
          %v142 = arith.muli %v1, %v7 : i64
          %v143 = arith.addi %v142, %v46 : i64
          %v144 = arith.muli %v143, %v1 : i64
          %v145 = arith.addi %v144, %v31 : i64
          %v146 = arith.muli %v145, %v3 : i64
          %v147 = arith.subi %v3, %v1 : i64
          %v148 = arith.minsi %v18, %v147 : i64
          %v149 = arith.addi %v146, %v148 : i64
          %v150 = llvm.getelementptr %segcarry_h_im[%v149] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v131, %v150 : f32, !llvm.ptr
          %v151 = arith.muli %v68, %v7 : i64
          %v152 = arith.addi %v151, %v46 : i64
          %v153 = arith.muli %v152, %v1 : i64
          %v154 = arith.addi %v153, %v31 : i64
          %v155 = arith.muli %v154, %v3 : i64
          %v156 = arith.subi %v3, %v1 : i64
          %v157 = arith.minsi %v18, %v156 : i64
          %v158 = arith.addi %v155, %v157 : i64
          %v159 = llvm.getelementptr %segcarry_h_im[%v158] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v132, %v159 : f32, !llvm.ptr
          %v160 = arith.muli %v26, %v7 : i64
          %v161 = arith.addi %v160, %v46 : i64
          %v162 = arith.muli %v161, %v1 : i64
          %v163 = arith.addi %v162, %v31 : i64
          %v164 = arith.muli %v163, %v3 : i64
          %v165 = arith.subi %v3, %v1 : i64
          %v166 = arith.minsi %v18, %v165 : i64
          %v167 = arith.addi %v164, %v166 : i64
          %v168 = llvm.getelementptr %segsum_h_im[%v167] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v169 = llvm.load %v168 : !llvm.ptr -> f32
          %v170 = arith.muli %v1, %v7 : i64
          %v171 = arith.addi %v170, %v46 : i64
          %v172 = arith.muli %v171, %v1 : i64
          %v173 = arith.addi %v172, %v31 : i64
          %v174 = arith.muli %v173, %v3 : i64
          %v175 = arith.subi %v3, %v1 : i64
          %v176 = arith.minsi %v18, %v175 : i64
          %v177 = arith.addi %v174, %v176 : i64
          %v178 = llvm.getelementptr %segsum_h_im[%v177] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v179 = llvm.load %v178 : !llvm.ptr -> f32
          %v180 = arith.muli %v68, %v7 : i64
          %v181 = arith.addi %v180, %v46 : i64
          %v182 = arith.muli %v181, %v1 : i64
          %v183 = arith.addi %v182, %v31 : i64
          %v184 = arith.muli %v183, %v3 : i64
          %v185 = arith.subi %v3, %v1 : i64
          %v186 = arith.minsi %v18, %v185 : i64
          %v187 = arith.addi %v184, %v186 : i64
          %v188 = llvm.getelementptr %segsum_h_im[%v187] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v189 = llvm.load %v188 : !llvm.ptr -> f32
          %v190 = arith.muli %v108, %v7 : i64
          %v191 = arith.addi %v190, %v46 : i64
          %v192 = arith.muli %v191, %v1 : i64
          %v193 = arith.addi %v192, %v31 : i64
          %v194 = arith.muli %v193, %v3 : i64
          %v195 = arith.subi %v3, %v1 : i64
          %v196 = arith.minsi %v18, %v195 : i64
          %v197 = arith.addi %v194, %v196 : i64
          %v198 = llvm.getelementptr %segsum_h_im[%v197] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v199 = llvm.load %v198 : !llvm.ptr -> f32
          %v200 = arith.muli %v119, %v7 : i64
          %v201 = arith.addi %v200, %v46 : i64
          %v202 = arith.muli %v201, %v1 : i64
          %v203 = arith.addi %v202, %v31 : i64
          %v204 = arith.muli %v203, %v3 : i64
          %v205 = arith.subi %v3, %v1 : i64
          %v206 = arith.minsi %v18, %v205 : i64
          %v207 = arith.addi %v204, %v206 : i64
          %v208 = llvm.getelementptr %segsum_h_im[%v207] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v209 = llvm.load %v208 : !llvm.ptr -> f32
          %v210 = arith.mulf %v48, %v47 fastmath<contract> : f32
          %v211 = arith.mulf %v49, %v130 fastmath<contract> : f32
          %v212 = arith.addf %v211, %v210 fastmath<contract> : f32
          %v213 = arith.mulf %v131, %v47 fastmath<contract> : f32
          %v214 = arith.mulf %v132, %v130 fastmath<contract> : f32
          %v215 = arith.addf %v214, %v213 fastmath<contract> : f32
          %v216 = arith.mulf %v97, %v212 fastmath<contract> : f32
          %v217 = arith.addf %v216, %v87 fastmath<contract> : f32
          %v218 = arith.mulf %v107, %v215 fastmath<contract> : f32
          %v219 = arith.addf %v218, %v217 fastmath<contract> : f32
          llvm.store %v219, %v32 : f32, !llvm.ptr
          llvm.store %v118, %v33 : f32, !llvm.ptr
          llvm.store %v129, %v34 : f32, !llvm.ptr
          %v220 = arith.mulf %v179, %v212 fastmath<contract> : f32
          %v221 = arith.addf %v220, %v169 fastmath<contract> : f32
          %v222 = arith.mulf %v189, %v215 fastmath<contract> : f32
          %v223 = arith.addf %v222, %v221 fastmath<contract> : f32
          llvm.store %v223, %v37 : f32, !llvm.ptr
          llvm.store %v199, %v38 : f32, !llvm.ptr
          llvm.store %v209, %v39 : f32, !llvm.ptr
        }
      }
      // end carry scan
      gpu.return
    }
  }
}
