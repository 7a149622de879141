module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @s5_reduce_Dp(%part_Dp: !llvm.ptr, %dx_Dp: !llvm.ptr, %size_B: i64, %size_L: i64, %size_M: i64, %size_N: i64) kernel {
      %v1 = arith.constant 4 : i64
      %v2 = arith.constant 16 : i64
      %v3 = arith.constant 1 : i64
      %v8 = arith.constant 256 : i64
      %v12 = arith.constant 3 : i64
      %v16 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
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
      %v32 = arith.constant 0x00000000 : f32
      %v35 = arith.constant 0 : i64
      %v66 = arith.constant 2 : i64
      %v91 = arith.constant 5 : i64
      %v100 = arith.constant 6 : i64
      %v109 = arith.constant 7 : i64
      %v118 = arith.constant 8 : i64
      %v127 = arith.constant 9 : i64
      %v136 = arith.constant 10 : i64
      %v145 = arith.constant 11 : i64
      %v154 = arith.constant 12 : i64
      %v163 = arith.constant 13 : i64
      %v172 = arith.constant 14 : i64
      %v181 = arith.constant 15 : i64
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
        llvm.store %v32, %v16 : f32, !llvm.ptr
        llvm.store %v32, %v17 : f32, !llvm.ptr
        llvm.store %v32, %v18 : f32, !llvm.ptr
        llvm.store %v32, %v19 : f32, !llvm.ptr
        llvm.store %v32, %v20 : f32, !llvm.ptr
        llvm.store %v32, %v21 : f32, !llvm.ptr
        llvm.store %v32, %v22 : f32, !llvm.ptr
        llvm.store %v32, %v23 : f32, !llvm.ptr
        llvm.store %v32, %v24 : f32, !llvm.ptr
        llvm.store %v32, %v25 : f32, !llvm.ptr
        llvm.store %v32, %v26 : f32, !llvm.ptr
        llvm.store %v32, %v27 : f32, !llvm.ptr
        llvm.store %v32, %v28 : f32, !llvm.ptr
        llvm.store %v32, %v29 : f32, !llvm.ptr
        llvm.store %v32, %v30 : f32, !llvm.ptr
        llvm.store %v32, %v31 : f32, !llvm.ptr
        %v33 = arith.remui %v10, %v1 : i64
        %v34 = arith.divui %v10, %v1 : i64
        %v36 = arith.muli %size_B, %v1 : i64
        %v37 = arith.index_cast %v35 : i64 to index
        %v38 = arith.index_cast %size_B : i64 to index
        %v39 = arith.index_cast %v3 : i64 to index
        scf.for %v40 = %v37 to %v38 step %v39 {
          %v41 = arith.index_cast %v40 : index to i64
          %v42 = arith.remui %v41, %size_B : i64
          %v43 = arith.divui %v41, %size_B : i64
          %v44 = arith.muli %v42, %v1 : i64
          %v45 = arith.addi %v44, %v33 : i64
          %v46 = arith.index_cast %v35 : i64 to index
          %v47 = arith.index_cast %v3 : i64 to index
          %v48 = arith.index_cast %v2 : i64 to index
          scf.for %v49 = %v46 to %v47 step %v48 {
            %v50 = arith.index_cast %v49 : index to i64
            %v51 = arith.cmpi slt, %v50, %v3 : i64
            scf.if %v51 {
              %v52 = arith.muli %v50, %v36 : i64
              %v53 = arith.addi %v45, %v52 : i64
              %v54 = llvm.getelementptr %part_Dp[%v53] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v55 = llvm.load %v54 : !llvm.ptr -> f32
              %v56 = llvm.load %v16 : !llvm.ptr -> f32
              %v57 = arith.addf %v56, %v55 fastmath<contract> : f32
              llvm.store %v57, %v16 : f32, !llvm.ptr
            }
            %v58 = arith.addi %v50, %v3 : i64
            %v59 = arith.cmpi slt, %v58, %v3 : i64
            scf.if %v59 {
              %v60 = arith.muli %v58, %v36 : i64
              %v61 = arith.addi %v45, %v60 : i64
              %v62 = llvm.getelementptr %part_Dp[%v61] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v63 = llvm.load %v62 : !llvm.ptr -> f32
              %v64 = llvm.load %v17 : !llvm.ptr -> f32
              %v65 = arith.addf %v64, %v63 fastmath<contract> : f32
              llvm.store %v65, %v17 : f32, !llvm.ptr
            }
            %v67 = arith.addi %v50, %v66 : i64
            %v68 = arith.cmpi slt, %v67, %v3 : i64
            scf.if %v68 {
              %v69 = arith.muli %v67, %v36 : i64
              %v70 = arith.addi %v45, %v69 : i64
              %v71 = llvm.getelementptr %part_Dp[%v70] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v72 = llvm.load %v71 : !llvm.ptr -> f32
              %v73 = llvm.load %v18 : !llvm.ptr -> f32
              %v74 = arith.addf %v73, %v72 fastmath<contract> : f32
              llvm.store %v74, %v18 : f32, !llvm.ptr
            }
            %v75 = arith.addi %v50, %v12 : i64
            %v76 = arith.cmpi slt, %v75, %v3 : i64
            scf.if %v76 {
              %v77 = arith.muli %v75, %v36 : i64
              %v78 = arith.addi %v45, %v77 : i64
              %v79 = llvm.getelementptr %part_Dp[%v78] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v80 = llvm.load %v79 : !llvm.ptr -> f32
              %v81 = llvm.load %v19 : !llvm.ptr -> f32
              %v82 = arith.addf %v81, %v80 fastmath<contract> : f32
              llvm.store %v82, %v19 : f32, !llvm.ptr
            }
            %v83 = arith.addi %v50, %v1 : i64
            %v84 = arith.cmpi slt, %v83, %v3 : i64
            scf.if %v84 {
              %v85 = arith.muli %v83, %v36 : i64
              %v86 = arith.addi %v45, %v85 : i64
              %v87 = llvm.getelementptr %part_Dp[%v86] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v88 = llvm.load %v87 : !llvm.ptr -> f32
              %v89 = llvm.load %v20 : !llvm.ptr -> f32
              %v90 = arith.addf %v89, %v88 fastmath<contract> : f32
              llvm.store %v90, %v20 : f32, !llvm.ptr
            }
            %v92 = arith.addi %v50, %v91 : i64
            %v93 = arith.cmpi slt, %v92, %v3 : i64
            scf.if %v93 {
              %v94 = arith.muli %v92, %v36 : i64
              %v95 = arith.addi %v45, %v94 : i64
              %v96 = llvm.getelementptr %part_Dp[%v95] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v97 = llvm.load %v96 : !llvm.ptr -> f32
              %v98 = llvm.load %v21 : !llvm.ptr -> f32
              %v99 = arith.addf %v98, %v97 fastmath<contract> : f32
              llvm.store %v99, %v21 : f32, !llvm.ptr
            }
            %v101 = arith.addi %v50, %v100 : i64
            %v102 = arith.cmpi slt, %v101, %v3 : i64
            scf.if %v102 {
              %v103 = arith.muli %v101, %v36 : i64
              %v104 = arith.addi %v45, %v103 : i64
              %v105 = llvm.getelementptr %part_Dp[%v104] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v106 = llvm.load %v105 : !llvm.ptr -> f32
              %v107 = llvm.load %v22 : !llvm.ptr -> f32
              %v108 = arith.addf %v107, %v106 fastmath<contract> : f32
              llvm.store %v108, %v22 : f32, !llvm.ptr
            }
            %v110 = arith.addi %v50, %v109 : i64
            %v111 = arith.cmpi slt, %v110, %v3 : i64
            scf.if %v111 {
              %v112 = arith.muli %v110, %v36 : i64
              %v113 = arith.addi %v45, %v112 : i64
              %v114 = llvm.getelementptr %part_Dp[%v113] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v115 = llvm.load %v114 : !llvm.ptr -> f32
              %v116 = llvm.load %v23 : !llvm.ptr -> f32
              %v117 = arith.addf %v116, %v115 fastmath<contract> : f32
              llvm.store %v117, %v23 : f32, !llvm.ptr
            }
            %v119 = arith.addi %v50, %v118 : i64
            %v120 = arith.cmpi slt, %v119, %v3 : i64
            scf.if %v120 {
              %v121 = arith.muli %v119, %v36 : i64
              %v122 = arith.addi %v45, %v121 : i64
              %v123 = llvm.getelementptr %part_Dp[%v122] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v124 = llvm.load %v123 : !llvm.ptr -> f32
              %v125 = llvm.load %v24 : !llvm.ptr -> f32
              %v126 = arith.addf %v125, %v124 fastmath<contract> : f32
              llvm.store %v126, %v24 : f32, !llvm.ptr
            }
            %v128 = arith.addi %v50, %v127 : i64
            %v129 = arith.cmpi slt, %v128, %v3 : i64
            scf.if %v129 {
              %v130 = arith.muli %v128, %v36 : i64
              %v131 = arith.addi %v45, %v130 : i64
              %v132 = llvm.getelementptr %part_Dp[%v131] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v133 = llvm.load %v132 : !llvm.ptr -> f32
              %v134 = llvm.load %v25 : !llvm.ptr -> f32
              %v135 = arith.addf %v134, %v133 fastmath<contract> : f32
              llvm.store %v135, %v25 : f32, !llvm.ptr
            }
            %v137 = arith.addi %v50, %v136 : i64
            %v138 = arith.cmpi slt, %v137, %v3 : i64
            scf.if %v138 {
              %v139 = arith.muli %v137, %v36 : i64
              %v140 = arith.addi %v45, %v139 : i64
              %v141 = llvm.getelementptr %part_Dp[%v140] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v142 = llvm.load %v141 : !llvm.ptr -> f32
              %v143 = llvm.load %v26 : !llvm.ptr -> f32
              %v144 = arith.addf %v143, %v142 fastmath<contract> : f32
              llvm.store %v144, %v26 : f32, !llvm.ptr
            }
            %v146 = arith.addi %v50, %v145 : i64
            %v147 = arith.cmpi slt, %v146, %v3 : i64
            scf.if %v147 {
              %v148 = arith.muli %v146, %v36 : i64
              %v149 = arith.addi %v45, %v148 : i64
              %v150 = llvm.getelementptr %part_Dp[%v149] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v151 = llvm.load %v150 : !llvm.ptr -> f32
              %v152 = llvm.load %v27 : !llvm.ptr -> f32
              %v153 = arith.addf %v152, %v151 fastmath<contract> : f32
              llvm.store %v153, %v27 : f32, !llvm.ptr
            }
            %v155 = arith.addi %v50, %v154 : i64
            %v156 = arith.cmpi slt, %v155, %v3 : i64
            scf.if %v156 {
              %v157 = arith.muli %v155, %v36 : i64
              %v158 = arith.addi %v45, %v157 : i64
              %v159 = llvm.getelementptr %part_Dp[%v158] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v160 = llvm.load %v159 : !llvm.ptr -> f32
              %v161 = llvm.load %v28 : !llvm.ptr -> f32
              %v162 = arith.addf %v161, %v160 fastmath<contract> : f32
              llvm.store %v162, %v28 : f32, !llvm.ptr
            }
            %v164 = arith.addi %v50, %v163 : i64
            %v165 = arith.cmpi slt, %v164, %v3 : i64
            scf.if %v165 {
              %v166 = arith.muli %v164, %v36 : i64
              %v167 = arith.addi %v45, %v166 : i64
              %v168 = llvm.getelementptr %part_Dp[%v167] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v169 = llvm.load %v168 : !llvm.ptr -> f32
              %v170 = llvm.load %v29 : !llvm.ptr -> f32
              %v171 = arith.addf %v170, %v169 fastmath<contract> : f32
              llvm.store %v171, %v29 : f32, !llvm.ptr
            }
            %v173 = arith.addi %v50, %v172 : i64
            %v174 = arith.cmpi slt, %v173, %v3 : i64
            scf.if %v174 {
              %v175 = arith.muli %v173, %v36 : i64
              %v176 = arith.addi %v45, %v175 : i64
              %v177 = llvm.getelementptr %part_Dp[%v176] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v178 = llvm.load %v177 : !llvm.ptr -> f32
              %v179 = llvm.load %v30 : !llvm.ptr -> f32
              %v180 = arith.addf %v179, %v178 fastmath<contract> : f32
              llvm.store %v180, %v30 : f32, !llvm.ptr
            }
            %v182 = arith.addi %v50, %v181 : i64
            %v183 = arith.cmpi slt, %v182, %v3 : i64
            scf.if %v183 {
              %v184 = arith.muli %v182, %v36 : i64
              %v185 = arith.addi %v45, %v184 : i64
              %v186 = llvm.getelementptr %part_Dp[%v185] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v187 = llvm.load %v186 : !llvm.ptr -> f32
              %v188 = llvm.load %v31 : !llvm.ptr -> f32
              %v189 = arith.addf %v188, %v187 fastmath<contract> : f32
              llvm.store %v189, %v31 : f32, !llvm.ptr
            }
          }
        }
        %v190 = llvm.load %v16 : !llvm.ptr -> f32
        %v191 = llvm.load %v17 : !llvm.ptr -> f32
        %v192 = arith.addf %v190, %v191 fastmath<contract> : f32
        %v193 = llvm.load %v18 : !llvm.ptr -> f32
        %v194 = arith.addf %v192, %v193 fastmath<contract> : f32
        %v195 = llvm.load %v19 : !llvm.ptr -> f32
        %v196 = arith.addf %v194, %v195 fastmath<contract> : f32
        %v197 = llvm.load %v20 : !llvm.ptr -> f32
        %v198 = arith.addf %v196, %v197 fastmath<contract> : f32
        %v199 = llvm.load %v21 : !llvm.ptr -> f32
        %v200 = arith.addf %v198, %v199 fastmath<contract> : f32
        %v201 = llvm.load %v22 : !llvm.ptr -> f32
        %v202 = arith.addf %v200, %v201 fastmath<contract> : f32
        %v203 = llvm.load %v23 : !llvm.ptr -> f32
        %v204 = arith.addf %v202, %v203 fastmath<contract> : f32
        %v205 = llvm.load %v24 : !llvm.ptr -> f32
        %v206 = arith.addf %v204, %v205 fastmath<contract> : f32
        %v207 = llvm.load %v25 : !llvm.ptr -> f32
        %v208 = arith.addf %v206, %v207 fastmath<contract> : f32
        %v209 = llvm.load %v26 : !llvm.ptr -> f32
        %v210 = arith.addf %v208, %v209 fastmath<contract> : f32
        %v211 = llvm.load %v27 : !llvm.ptr -> f32
        %v212 = arith.addf %v210, %v211 fastmath<contract> : f32
        %v213 = llvm.load %v28 : !llvm.ptr -> f32
        %v214 = arith.addf %v212, %v213 fastmath<contract> : f32
        %v215 = llvm.load %v29 : !llvm.ptr -> f32
        %v216 = arith.addf %v214, %v215 fastmath<contract> : f32
        %v217 = llvm.load %v30 : !llvm.ptr -> f32
        %v218 = arith.addf %v216, %v217 fastmath<contract> : f32
        %v219 = llvm.load %v31 : !llvm.ptr -> f32
        %v220 = arith.addf %v218, %v219 fastmath<contract> : f32
        %v221 = llvm.getelementptr %dx_Dp[%v10] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v220, %v221 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
