module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @s5_seg_reduce_lam_re(%part_lam_re: !llvm.ptr, %dx_lam_re: !llvm.ptr, %size_B: i64, %size_L: i64, %size_M: i64, %size_N: i64) kernel {
      %v1 = arith.constant 4 : i64
      %v2 = arith.constant 16 : i64
      %v3 = arith.constant 1 : i64
      %v8 = arith.constant 256 : i64
      %v12 = arith.constant 15 : i64
      %v17 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v18 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v19 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v20 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v21 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v22 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v23 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v24 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v25 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v26 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v27 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v28 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v29 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v30 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v31 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v32 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v33 = arith.constant 0x00000000 : f32
      %v36 = arith.constant 0 : i64
      %v37 = arith.constant 255 : i64
      %v70 = arith.constant 2 : i64
      %v79 = arith.constant 3 : i64
      %v96 = arith.constant 5 : i64
      %v105 = arith.constant 6 : i64
      %v114 = arith.constant 7 : i64
      %v123 = arith.constant 8 : i64
      %v132 = arith.constant 9 : i64
      %v141 = arith.constant 10 : i64
      %v150 = arith.constant 11 : i64
      %v159 = arith.constant 12 : i64
      %v168 = arith.constant 13 : i64
      %v177 = arith.constant 14 : i64
      %v4 = gpu.block_id x
      %v5 = gpu.thread_id x
      %v6 = arith.index_cast %v5 : index to i64
      %v7 = arith.index_cast %v4 : index to i64
      %v9 = arith.muli %v7, %v8 : i64
      %v10 = arith.addi %v9, %v6 : i64
      %v11 = arith.cmpi slt, %v10, %v2 : i64
      %v13 = arith.minsi %v10, %v12 : i64
      %v14 = arith.remui %v13, %size_B : i64
      %v15 = arith.divui %v13, %size_B : i64
      scf.if %v11 {
        %v16 = arith.constant true
        scf.if %v16 {
          llvm.store %v33, %v17 : f32, !llvm.ptr
          llvm.store %v33, %v18 : f32, !llvm.ptr
          llvm.store %v33, %v19 : f32, !llvm.ptr
          llvm.store %v33, %v20 : f32, !llvm.ptr
          llvm.store %v33, %v21 : f32, !llvm.ptr
          llvm.store %v33, %v22 : f32, !llvm.ptr
          llvm.store %v33, %v23 : f32, !llvm.ptr
          llvm.store %v33, %v24 : f32, !llvm.ptr
          llvm.store %v33, %v25 : f32, !llvm.ptr
          llvm.store %v33, %v26 : f32, !llvm.ptr
          llvm.store %v33, %v27 : f32, !llvm.ptr
          llvm.store %v33, %v28 : f32, !llvm.ptr
          llvm.store %v33, %v29 : f32, !llvm.ptr
          llvm.store %v33, %v30 : f32, !llvm.ptr
          llvm.store %v33, %v31 : f32, !llvm.ptr
          llvm.store %v33, %v32 : f32, !llvm.ptr
          %v34 = arith.remui %v10, %v2 : i64
          %v35 = arith.divui %v10, %v2 : i64
          %v38 = arith.addi %size_L, %v37 : i64
          %v39 = arith.divui %v38, %v8 : i64
          %v40 = arith.muli %size_B, %v2 : i64
          %v41 = arith.index_cast %v36 : i64 to index
          %v42 = arith.index_cast %size_B : i64 to index
          %v43 = arith.index_cast %v3 : i64 to index
          scf.for %v44 = %v41 to %v42 step %v43 {
            %v45 = arith.index_cast %v44 : index to i64
            %v46 = arith.remui %v45, %size_B : i64
            %v47 = arith.divui %v45, %size_B : i64
            %v48 = arith.muli %v46, %v2 : i64
            %v49 = arith.addi %v48, %v34 : i64
            %v50 = arith.index_cast %v36 : i64 to index
            %v51 = arith.index_cast %v39 : i64 to index
            %v52 = arith.index_cast %v2 : i64 to index
            scf.for %v53 = %v50 to %v51 step %v52 {
              %v54 = arith.index_cast %v53 : index to i64
              %v55 = arith.cmpi slt, %v54, %v39 : i64
              scf.if %v55 {
                %v56 = arith.muli %v54, %v40 : i64
                %v57 = arith.addi %v49, %v56 : i64
                %v58 = llvm.getelementptr %part_lam_re[%v57] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v59 = llvm.load %v58 : !llvm.ptr -> f32
                %v60 = llvm.load %v17 : !llvm.ptr -> f32
                %v61 = arith.addf %v60, %v59 fastmath<contract> : f32
                llvm.store %v61, %v17 : f32, !llvm.ptr
              }
              %v62 = arith.addi %v54, %v3 : i64
              %v63 = arith.cmpi slt, %v62, %v39 : i64
              scf.if %v63 {
                %v64 = arith.muli %v62, %v40 : i64
                %v65 = arith.addi %v49, %v64 : i64
                %v66 = llvm.getelementptr %part_lam_re[%v65] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v67 = llvm.load %v66 : !llvm.ptr -> f32
                %v68 = llvm.load %v18 : !llvm.ptr -> f32
                %v69 = arith.addf %v68, %v67 fastmath<contract> : f32
                llvm.store %v69, %v18 : f32, !llvm.ptr
              }
              %v71 = arith.addi %v54, %v70 : i64
              %v72 = arith.cmpi slt, %v71, %v39 : i64
              scf.if %v72 {
                %v73 = arith.muli %v71, %v40 : i64
                %v74 = arith.addi %v49, %v73 : i64
                %v75 = llvm.getelementptr %part_lam_re[%v74] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v76 = llvm.load %v75 : !llvm.ptr -> f32
                %v77 = llvm.load %v19 : !llvm.ptr -> f32
                %v78 = arith.addf %v77, %v76 fastmath<contract> : f32
                llvm.store %v78, %v19 : f32, !llvm.ptr
              }
              %v80 = arith.addi %v54, %v79 : i64
              %v81 = arith.cmpi slt, %v80, %v39 : i64
              scf.if %v81 {
                %v82 = arith.muli %v80, %v40 : i64
                %v83 = arith.addi %v49, %v82 : i64
                %v84 = llvm.getelementptr %part_lam_re[%v83] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v85 = llvm.load %v84 : !llvm.ptr -> f32
                %v86 = llvm.load %v20 : !llvm.ptr -> f32
                %v87 = arith.addf %v86, %v85 fastmath<contract> : f32
                llvm.store %v87, %v20 : f32, !llvm.ptr
              }
              %v88 = arith.addi %v54, %v1 : i64
              %v89 = arith.cmpi slt, %v88, %v39 : i64
              scf.if %v89 {
                %v90 = arith.muli %v88, %v40 : i64
                %v91 = arith.addi %v49, %v90 : i64
                %v92 = llvm.getelementptr %part_lam_re[%v91] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v93 = llvm.load %v92 : !llvm.ptr -> f32
                %v94 = llvm.load %v21 : !llvm.ptr -> f32
                %v95 = arith.addf %v94, %v93 fastmath<contract> : f32
                llvm.store %v95, %v21 : f32, !llvm.ptr
              }
              %v97 = arith.addi %v54, %v96 : i64
              %v98 = arith.cmpi slt, %v97, %v39 : i64
              scf.if %v98 {
                %v99 = arith.muli %v97, %v40 : i64
                %v100 = arith.addi %v49, %v99 : i64
                %v101 = llvm.getelementptr %part_lam_re[%v100] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v102 = llvm.load %v101 : !llvm.ptr -> f32
                %v103 = llvm.load %v22 : !llvm.ptr -> f32
                %v104 = arith.addf %v103, %v102 fastmath<contract> : f32
                llvm.store %v104, %v22 : f32, !llvm.ptr
              }
              %v106 = arith.addi %v54, %v105 : i64
              %v107 = arith.cmpi slt, %v106, %v39 : i64
              scf.if %v107 {
                %v108 = arith.muli %v106, %v40 : i64
                %v109 = arith.addi %v49, %v108 : i64
                %v110 = llvm.getelementptr %part_lam_re[%v109] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v111 = llvm.load %v110 : !llvm.ptr -> f32
                %v112 = llvm.load %v23 : !llvm.ptr -> f32
                %v113 = arith.addf %v112, %v111 fastmath<contract> : f32
                llvm.store %v113, %v23 : f32, !llvm.ptr
              }
              %v115 = arith.addi %v54, %v114 : i64
              %v116 = arith.cmpi slt, %v115, %v39 : i64
              scf.if %v116 {
                %v117 = arith.muli %v115, %v40 : i64
                %v118 = arith.addi %v49, %v117 : i64
                %v119 = llvm.getelementptr %part_lam_re[%v118] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v120 = llvm.load %v119 : !llvm.ptr -> f32
                %v121 = llvm.load %v24 : !llvm.ptr -> f32
                %v122 = arith.addf %v121, %v120 fastmath<contract> : f32
                llvm.store %v122, %v24 : f32, !llvm.ptr
              }
              %v124 = arith.addi %v54, %v123 : i64
              %v125 = arith.cmpi slt, %v124, %v39 : i64
              scf.if %v125 {
                %v126 = arith.muli %v124, %v40 : i64
                %v127 = arith.addi %v49, %v126 : i64
                %v128 = llvm.getelementptr %part_lam_re[%v127] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v129 = llvm.load %v128 : !llvm.ptr -> f32
                %v130 = llvm.load %v25 : !llvm.ptr -> f32
                %v131 = arith.addf %v130, %v129 fastmath<contract> : f32
                llvm.store %v131, %v25 : f32, !llvm.ptr
              }
              %v133 = arith.addi %v54, %v132 : i64
              %v134 = arith.cmpi slt, %v133, %v39 : i64
              scf.if %v134 {
                %v135 = arith.muli %v133, %v40 : i64
                %v136 = arith.addi %v49, %v135 : i64
                %v137 = llvm.getelementptr %part_lam_re[%v136] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v138 = llvm.load %v137 : !llvm.ptr -> f32
                %v139 = llvm.load %v26 : !llvm.ptr -> f32
                %v140 = arith.addf %v139, %v138 fastmath<contract> : f32
                llvm.store %v140, %v26 : f32, !llvm.ptr
              }
              %v142 = arith.addi %v54, %v141 : i64
              %v143 = arith.cmpi slt, %v142, %v39 : i64
              scf.if %v143 {
                %v144 = arith.muli %v142, %v40 : i64
                %v145 = arith.addi %v49, %v144 : i64
                %v146 = llvm.getelementptr %part_lam_re[%v145] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v147 = llvm.load %v146 : !llvm.ptr -> f32
                %v148 = llvm.load %v27 : !llvm.ptr -> f32
                %v149 = arith.addf %v148, %v147 fastmath<contract> : f32
                llvm.store %v149, %v27 : f32, !llvm.ptr
              }
              %v151 = arith.addi %v54, %v150 : i64
              %v152 = arith.cmpi slt, %v151, %v39 : i64
              scf.if %v152 {
                %v153 = arith.muli %v151, %v40 : i64
                %v154 = arith.addi %v49, %v153 : i64
                %v155 = llvm.getelementptr %part_lam_re[%v154] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v156 = llvm.load %v155 : !llvm.ptr -> f32
                %v157 = llvm.load %v28 : !llvm.ptr -> f32
                %v158 = arith.addf %v157, %v156 fastmath<contract> : f32
                llvm.store %v158, %v28 : f32, !llvm.ptr
              }
              %v160 = arith.addi %v54, %v159 : i64
              %v161 = arith.cmpi slt, %v160, %v39 : i64
              scf.if %v161 {
                %v162 = arith.muli %v160, %v40 : i64
                %v163 = arith.addi %v49, %v162 : i64
                %v164 = llvm.getelementptr %part_lam_re[%v163] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v165 = llvm.load %v164 : !llvm.ptr -> f32
                %v166 = llvm.load %v29 : !llvm.ptr -> f32
                %v167 = arith.addf %v166, %v165 fastmath<contract> : f32
                llvm.store %v167, %v29 : f32, !llvm.ptr
              }
              %v169 = arith.addi %v54, %v168 : i64
              %v170 = arith.cmpi slt, %v169, %v39 : i64
              scf.if %v170 {
                %v171 = arith.muli %v169, %v40 : i64
                %v172 = arith.addi %v49, %v171 : i64
                %v173 = llvm.getelementptr %part_lam_re[%v172] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v174 = llvm.load %v173 : !llvm.ptr -> f32
                %v175 = llvm.load %v30 : !llvm.ptr -> f32
                %v176 = arith.addf %v175, %v174 fastmath<contract> : f32
                llvm.store %v176, %v30 : f32, !llvm.ptr
              }
              %v178 = arith.addi %v54, %v177 : i64
              %v179 = arith.cmpi slt, %v178, %v39 : i64
              scf.if %v179 {
                %v180 = arith.muli %v178, %v40 : i64
                %v181 = arith.addi %v49, %v180 : i64
                %v182 = llvm.getelementptr %part_lam_re[%v181] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v183 = llvm.load %v182 : !llvm.ptr -> f32
                %v184 = llvm.load %v31 : !llvm.ptr -> f32
                %v185 = arith.addf %v184, %v183 fastmath<contract> : f32
                llvm.store %v185, %v31 : f32, !llvm.ptr
              }
              %v186 = arith.addi %v54, %v12 : i64
              %v187 = arith.cmpi slt, %v186, %v39 : i64
              scf.if %v187 {
                %v188 = arith.muli %v186, %v40 : i64
                %v189 = arith.addi %v49, %v188 : i64
                %v190 = llvm.getelementptr %part_lam_re[%v189] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v191 = llvm.load %v190 : !llvm.ptr -> f32
                %v192 = llvm.load %v32 : !llvm.ptr -> f32
                %v193 = arith.addf %v192, %v191 fastmath<contract> : f32
                llvm.store %v193, %v32 : f32, !llvm.ptr
              }
            }
          }
          %v194 = llvm.load %v17 : !llvm.ptr -> f32
          %v195 = llvm.load %v18 : !llvm.ptr -> f32
          %v196 = arith.addf %v194, %v195 fastmath<contract> : f32
          %v197 = llvm.load %v19 : !llvm.ptr -> f32
          %v198 = arith.addf %v196, %v197 fastmath<contract> : f32
          %v199 = llvm.load %v20 : !llvm.ptr -> f32
          %v200 = arith.addf %v198, %v199 fastmath<contract> : f32
          %v201 = llvm.load %v21 : !llvm.ptr -> f32
          %v202 = arith.addf %v200, %v201 fastmath<contract> : f32
          %v203 = llvm.load %v22 : !llvm.ptr -> f32
          %v204 = arith.addf %v202, %v203 fastmath<contract> : f32
          %v205 = llvm.load %v23 : !llvm.ptr -> f32
          %v206 = arith.addf %v204, %v205 fastmath<contract> : f32
          %v207 = llvm.load %v24 : !llvm.ptr -> f32
          %v208 = arith.addf %v206, %v207 fastmath<contract> : f32
          %v209 = llvm.load %v25 : !llvm.ptr -> f32
          %v210 = arith.addf %v208, %v209 fastmath<contract> : f32
          %v211 = llvm.load %v26 : !llvm.ptr -> f32
          %v212 = arith.addf %v210, %v211 fastmath<contract> : f32
          %v213 = llvm.load %v27 : !llvm.ptr -> f32
          %v214 = arith.addf %v212, %v213 fastmath<contract> : f32
          %v215 = llvm.load %v28 : !llvm.ptr -> f32
          %v216 = arith.addf %v214, %v215 fastmath<contract> : f32
          %v217 = llvm.load %v29 : !llvm.ptr -> f32
          %v218 = arith.addf %v216, %v217 fastmath<contract> : f32
          %v219 = llvm.load %v30 : !llvm.ptr -> f32
          %v220 = arith.addf %v218, %v219 fastmath<contract> : f32
          %v221 = llvm.load %v31 : !llvm.ptr -> f32
          %v222 = arith.addf %v220, %v221 fastmath<contract> : f32
          %v223 = llvm.load %v32 : !llvm.ptr -> f32
          %v224 = arith.addf %v222, %v223 fastmath<contract> : f32
          %v225 = llvm.getelementptr %dx_lam_re[%v10] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v224, %v225 : f32, !llvm.ptr
        }
      }
      gpu.return
    }
  }
}
