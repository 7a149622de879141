module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @s5_reduce_Dp(%part_Dp: !llvm.ptr, %dx_Dp: !llvm.ptr, %size_B: i64, %size_L: i64, %size_M: i64, %size_N: i64) kernel {
      %v1 = arith.constant 4 : i64
      %v2 = arith.constant 16 : i64
      %v3 = arith.constant 1 : i64
      %v8 = arith.constant 256 : i64
      %v12 = arith.constant 3 : i64
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
      %v67 = arith.constant 2 : i64
      %v92 = arith.constant 5 : i64
      %v101 = arith.constant 6 : i64
      %v110 = arith.constant 7 : i64
      %v119 = arith.constant 8 : i64
      %v128 = arith.constant 9 : i64
      %v137 = arith.constant 10 : i64
      %v146 = arith.constant 11 : i64
      %v155 = arith.constant 12 : i64
      %v164 = arith.constant 13 : i64
      %v173 = arith.constant 14 : i64
      %v182 = arith.constant 15 : i64
      %v4 = gpu.block_id x
      %v5 = gpu.thread_id x
      %v6 = arith.index_cast %v5 : index to i64
      %v7 = arith.index_cast %v4 : index to i64
      %v9 = arith.muli %v7, %v8 : i64
      %v10 = arith.addi %v9, %v6 : i64
      %v11 = arith.cmpi slt, %v10, %v1 : i64
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
          %v34 = arith.remui %v10, %v1 : i64
          %v35 = arith.divui %v10, %v1 : i64
          %v37 = arith.muli %size_B, %v1 : i64
          %v38 = arith.index_cast %v36 : i64 to index
          %v39 = arith.index_cast %size_B : i64 to index
          %v40 = arith.index_cast %v3 : i64 to index
          scf.for %v41 = %v38 to %v39 step %v40 {
            %v42 = arith.index_cast %v41 : index to i64
            %v43 = arith.remui %v42, %size_B : i64
            %v44 = arith.divui %v42, %size_B : i64
            %v45 = arith.muli %v43, %v1 : i64
            %v46 = arith.addi %v45, %v34 : i64
            %v47 = arith.index_cast %v36 : i64 to index
            %v48 = arith.index_cast %v3 : i64 to index
            %v49 = arith.index_cast %v2 : i64 to index
            scf.for %v50 = %v47 to %v48 step %v49 {
              %v51 = arith.index_cast %v50 : index to i64
              %v52 = arith.cmpi slt, %v51, %v3 : i64
              scf.if %v52 {
                %v53 = arith.muli %v51, %v37 : i64
                %v54 = arith.addi %v46, %v53 : i64
                %v55 = llvm.getelementptr %part_Dp[%v54] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v56 = llvm.load %v55 : !llvm.ptr -> f32
                %v57 = llvm.load %v17 : !llvm.ptr -> f32
                %v58 = arith.addf %v57, %v56 fastmath<contract> : f32
                llvm.store %v58, %v17 : f32, !llvm.ptr
              }
              %v59 = arith.addi %v51, %v3 : i64
              %v60 = arith.cmpi slt, %v59, %v3 : i64
              scf.if %v60 {
                %v61 = arith.muli %v59, %v37 : i64
                %v62 = arith.addi %v46, %v61 : i64
                %v63 = llvm.getelementptr %part_Dp[%v62] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v64 = llvm.load %v63 : !llvm.ptr -> f32
                %v65 = llvm.load %v18 : !llvm.ptr -> f32
                %v66 = arith.addf %v65, %v64 fastmath<contract> : f32
                llvm.store %v66, %v18 : f32, !llvm.ptr
              }
              %v68 = arith.addi %v51, %v67 : i64
              %v69 = arith.cmpi slt, %v68, %v3 : i64
              scf.if %v69 {
                %v70 = arith.muli %v68, %v37 : i64
                %v71 = arith.addi %v46, %v70 : i64
                %v72 = llvm.getelementptr %part_Dp[%v71] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v73 = llvm.load %v72 : !llvm.ptr -> f32
                %v74 = llvm.load %v19 : !llvm.ptr -> f32
                %v75 = arith.addf %v74, %v73 fastmath<contract> : f32
                llvm.store %v75, %v19 : f32, !llvm.ptr
              }
              %v76 = arith.addi %v51, %v12 : i64
              %v77 = arith.cmpi slt, %v76, %v3 : i64
              scf.if %v77 {
                %v78 = arith.muli %v76, %v37 : i64
                %v79 = arith.addi %v46, %v78 : i64
                %v80 = llvm.getelementptr %part_Dp[%v79] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v81 = llvm.load %v80 : !llvm.ptr -> f32
                %v82 = llvm.load %v20 : !llvm.ptr -> f32
                %v83 = arith.addf %v82, %v81 fastmath<contract> : f32
                llvm.store %v83, %v20 : f32, !llvm.ptr
              }
              %v84 = arith.addi %v51, %v1 : i64
              %v85 = arith.cmpi slt, %v84, %v3 : i64
              scf.if %v85 {
                %v86 = arith.muli %v84, %v37 : i64
                %v87 = arith.addi %v46, %v86 : i64
                %v88 = llvm.getelementptr %part_Dp[%v87] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v89 = llvm.load %v88 : !llvm.ptr -> f32
                %v90 = llvm.load %v21 : !llvm.ptr -> f32
                %v91 = arith.addf %v90, %v89 fastmath<contract> : f32
                llvm.store %v91, %v21 : f32, !llvm.ptr
              }
              %v93 = arith.addi %v51, %v92 : i64
              %v94 = arith.cmpi slt, %v93, %v3 : i64
              scf.if %v94 {
                %v95 = arith.muli %v93, %v37 : i64
                %v96 = arith.addi %v46, %v95 : i64
                %v97 = llvm.getelementptr %part_Dp[%v96] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v98 = llvm.load %v97 : !llvm.ptr -> f32
                %v99 = llvm.load %v22 : !llvm.ptr -> f32
                %v100 = arith.addf %v99, %v98 fastmath<contract> : f32
                llvm.store %v100, %v22 : f32, !llvm.ptr
              }
              %v102 = arith.addi %v51, %v101 : i64
              %v103 = arith.cmpi slt, %v102, %v3 : i64
              scf.if %v103 {
                %v104 = arith.muli %v102, %v37 : i64
                %v105 = arith.addi %v46, %v104 : i64
                %v106 = llvm.getelementptr %part_Dp[%v105] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v107 = llvm.load %v106 : !llvm.ptr -> f32
                %v108 = llvm.load %v23 : !llvm.ptr -> f32
                %v109 = arith.addf %v108, %v107 fastmath<contract> : f32
                llvm.store %v109, %v23 : f32, !llvm.ptr
              }
              %v111 = arith.addi %v51, %v110 : i64
              %v112 = arith.cmpi slt, %v111, %v3 : i64
              scf.if %v112 {
                %v113 = arith.muli %v111, %v37 : i64
                %v114 = arith.addi %v46, %v113 : i64
                %v115 = llvm.getelementptr %part_Dp[%v114] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v116 = llvm.load %v115 : !llvm.ptr -> f32
                %v117 = llvm.load %v24 : !llvm.ptr -> f32
                %v118 = arith.addf %v117, %v116 fastmath<contract> : f32
                llvm.store %v118, %v24 : f32, !llvm.ptr
              }
              %v120 = arith.addi %v51, %v119 : i64
              %v121 = arith.cmpi slt, %v120, %v3 : i64
              scf.if %v121 {
                %v122 = arith.muli %v120, %v37 : i64
                %v123 = arith.addi %v46, %v122 : i64
                %v124 = llvm.getelementptr %part_Dp[%v123] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v125 = llvm.load %v124 : !llvm.ptr -> f32
                %v126 = llvm.load %v25 : !llvm.ptr -> f32
                %v127 = arith.addf %v126, %v125 fastmath<contract> : f32
                llvm.store %v127, %v25 : f32, !llvm.ptr
              }
              %v129 = arith.addi %v51, %v128 : i64
              %v130 = arith.cmpi slt, %v129, %v3 : i64
              scf.if %v130 {
                %v131 = arith.muli %v129, %v37 : i64
                %v132 = arith.addi %v46, %v131 : i64
                %v133 = llvm.getelementptr %part_Dp[%v132] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v134 = llvm.load %v133 : !llvm.ptr -> f32
                %v135 = llvm.load %v26 : !llvm.ptr -> f32
                %v136 = arith.addf %v135, %v134 fastmath<contract> : f32
                llvm.store %v136, %v26 : f32, !llvm.ptr
              }
              %v138 = arith.addi %v51, %v137 : i64
              %v139 = arith.cmpi slt, %v138, %v3 : i64
              scf.if %v139 {
                %v140 = arith.muli %v138, %v37 : i64
                %v141 = arith.addi %v46, %v140 : i64
                %v142 = llvm.getelementptr %part_Dp[%v141] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v143 = llvm.load %v142 : !llvm.ptr -> f32
                %v144 = llvm.load %v27 : !llvm.ptr -> f32
                %v145 = arith.addf %v144, %v143 fastmath<contract> : f32
                llvm.store %v145, %v27 : f32, !llvm.ptr
              }
              %v147 = arith.addi %v51, %v146 : i64
              %v148 = arith.cmpi slt, %v147, %v3 : i64
              scf.if %v148 {
                %v149 = arith.muli %v147, %v37 : i64
                %v150 = arith.addi %v46, %v149 : i64
                %v151 = llvm.getelementptr %part_Dp[%v150] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v152 = llvm.load %v151 : !llvm.ptr -> f32
                %v153 = llvm.load %v28 : !llvm.ptr -> f32
                %v154 = arith.addf %v153, %v152 fastmath<contract> : f32
                llvm.store %v154, %v28 : f32, !llvm.ptr
              }
              %v156 = arith.addi %v51, %v155 : i64
              %v157 = arith.cmpi slt, %v156, %v3 : i64
              scf.if %v157 {
                %v158 = arith.muli %v156, %v37 : i64
                %v159 = arith.addi %v46, %v158 : i64
                %v160 = llvm.getelementptr %part_Dp[%v159] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v161 = llvm.load %v160 : !llvm.ptr -> f32
                %v162 = llvm.load %v29 : !llvm.ptr -> f32
                %v163 = arith.addf %v162, %v161 fastmath<contract> : f32
                llvm.store %v163, %v29 : f32, !llvm.ptr
              }
              %v165 = arith.addi %v51, %v164 : i64
              %v166 = arith.cmpi slt, %v165, %v3 : i64
              scf.if %v166 {
                %v167 = arith.muli %v165, %v37 : i64
                %v168 = arith.addi %v46, %v167 : i64
                %v169 = llvm.getelementptr %part_Dp[%v168] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v170 = llvm.load %v169 : !llvm.ptr -> f32
                %v171 = llvm.load %v30 : !llvm.ptr -> f32
                %v172 = arith.addf %v171, %v170 fastmath<contract> : f32
                llvm.store %v172, %v30 : f32, !llvm.ptr
              }
              %v174 = arith.addi %v51, %v173 : i64
              %v175 = arith.cmpi slt, %v174, %v3 : i64
              scf.if %v175 {
                %v176 = arith.muli %v174, %v37 : i64
                %v177 = arith.addi %v46, %v176 : i64
                %v178 = llvm.getelementptr %part_Dp[%v177] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v179 = llvm.load %v178 : !llvm.ptr -> f32
                %v180 = llvm.load %v31 : !llvm.ptr -> f32
                %v181 = arith.addf %v180, %v179 fastmath<contract> : f32
                llvm.store %v181, %v31 : f32, !llvm.ptr
              }
              %v183 = arith.addi %v51, %v182 : i64
              %v184 = arith.cmpi slt, %v183, %v3 : i64
              scf.if %v184 {
                %v185 = arith.muli %v183, %v37 : i64
                %v186 = arith.addi %v46, %v185 : i64
                %v187 = llvm.getelementptr %part_Dp[%v186] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v188 = llvm.load %v187 : !llvm.ptr -> f32
                %v189 = llvm.load %v32 : !llvm.ptr -> f32
                %v190 = arith.addf %v189, %v188 fastmath<contract> : f32
                llvm.store %v190, %v32 : f32, !llvm.ptr
              }
            }
          }
          %v191 = llvm.load %v17 : !llvm.ptr -> f32
          %v192 = llvm.load %v18 : !llvm.ptr -> f32
          %v193 = arith.addf %v191, %v192 fastmath<contract> : f32
          %v194 = llvm.load %v19 : !llvm.ptr -> f32
          %v195 = arith.addf %v193, %v194 fastmath<contract> : f32
          %v196 = llvm.load %v20 : !llvm.ptr -> f32
          %v197 = arith.addf %v195, %v196 fastmath<contract> : f32
          %v198 = llvm.load %v21 : !llvm.ptr -> f32
          %v199 = arith.addf %v197, %v198 fastmath<contract> : f32
          %v200 = llvm.load %v22 : !llvm.ptr -> f32
          %v201 = arith.addf %v199, %v200 fastmath<contract> : f32
          %v202 = llvm.load %v23 : !llvm.ptr -> f32
          %v203 = arith.addf %v201, %v202 fastmath<contract> : f32
          %v204 = llvm.load %v24 : !llvm.ptr -> f32
          %v205 = arith.addf %v203, %v204 fastmath<contract> : f32
          %v206 = llvm.load %v25 : !llvm.ptr -> f32
          %v207 = arith.addf %v205, %v206 fastmath<contract> : f32
          %v208 = llvm.load %v26 : !llvm.ptr -> f32
          %v209 = arith.addf %v207, %v208 fastmath<contract> : f32
          %v210 = llvm.load %v27 : !llvm.ptr -> f32
          %v211 = arith.addf %v209, %v210 fastmath<contract> : f32
          %v212 = llvm.load %v28 : !llvm.ptr -> f32
          %v213 = arith.addf %v211, %v212 fastmath<contract> : f32
          %v214 = llvm.load %v29 : !llvm.ptr -> f32
          %v215 = arith.addf %v213, %v214 fastmath<contract> : f32
          %v216 = llvm.load %v30 : !llvm.ptr -> f32
          %v217 = arith.addf %v215, %v216 fastmath<contract> : f32
          %v218 = llvm.load %v31 : !llvm.ptr -> f32
          %v219 = arith.addf %v217, %v218 fastmath<contract> : f32
          %v220 = llvm.load %v32 : !llvm.ptr -> f32
          %v221 = arith.addf %v219, %v220 fastmath<contract> : f32
          %v222 = llvm.getelementptr %dx_Dp[%v10] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v221, %v222 : f32, !llvm.ptr
        }
      }
      gpu.return
    }
  }
}
