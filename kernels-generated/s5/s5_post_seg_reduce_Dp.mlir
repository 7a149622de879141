module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @s5_post_seg_reduce_Dp(%part_Dp: !llvm.ptr, %dx_Dp: !llvm.ptr, %size_B: i64, %size_L: i64, %size_M: i64, %size_N: i64) kernel {
      %v1 = arith.constant 16 : i64
      %v2 = arith.constant 1 : i64
      %v3 = arith.muli %size_B, %size_M : i64
      %v8 = arith.constant 256 : i64
      %v18 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v19 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v20 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v21 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v22 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v23 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v24 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v25 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v26 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v27 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v28 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v29 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v30 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v31 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v32 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v33 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v34 = arith.constant 0x00000000 : f32
      %v37 = arith.constant 0 : i64
      %v38 = arith.constant 255 : i64
      %v70 = arith.constant 2 : i64
      %v79 = arith.constant 3 : i64
      %v88 = arith.constant 4 : i64
      %v97 = arith.constant 5 : i64
      %v106 = arith.constant 6 : i64
      %v115 = arith.constant 7 : i64
      %v124 = arith.constant 8 : i64
      %v133 = arith.constant 9 : i64
      %v142 = arith.constant 10 : i64
      %v151 = arith.constant 11 : i64
      %v160 = arith.constant 12 : i64
      %v169 = arith.constant 13 : i64
      %v178 = arith.constant 14 : i64
      %v187 = arith.constant 15 : i64
      %v4 = gpu.block_id x
      %v5 = gpu.thread_id x
      %v6 = arith.index_cast %v5 : index to i64
      %v7 = arith.index_cast %v4 : index to i64
      %v9 = arith.muli %v7, %v8 : i64
      %v10 = arith.addi %v9, %v6 : i64
      %v11 = arith.cmpi slt, %v10, %size_M : i64
      %v12 = arith.subi %size_M, %v2 : i64
      %v13 = arith.minsi %v10, %v12 : i64
      %v14 = arith.remui %v13, %size_M : i64
      %v15 = arith.divui %v13, %size_M : i64
      %v16 = arith.remui %v15, %size_B : i64
      %v17 = arith.divui %v15, %size_B : i64
      scf.if %v11 {
        llvm.store %v34, %v18 : f32, !llvm.ptr
        llvm.store %v34, %v19 : f32, !llvm.ptr
        llvm.store %v34, %v20 : f32, !llvm.ptr
        llvm.store %v34, %v21 : f32, !llvm.ptr
        llvm.store %v34, %v22 : f32, !llvm.ptr
        llvm.store %v34, %v23 : f32, !llvm.ptr
        llvm.store %v34, %v24 : f32, !llvm.ptr
        llvm.store %v34, %v25 : f32, !llvm.ptr
        llvm.store %v34, %v26 : f32, !llvm.ptr
        llvm.store %v34, %v27 : f32, !llvm.ptr
        llvm.store %v34, %v28 : f32, !llvm.ptr
        llvm.store %v34, %v29 : f32, !llvm.ptr
        llvm.store %v34, %v30 : f32, !llvm.ptr
        llvm.store %v34, %v31 : f32, !llvm.ptr
        llvm.store %v34, %v32 : f32, !llvm.ptr
        llvm.store %v34, %v33 : f32, !llvm.ptr
        %v35 = arith.remui %v10, %size_M : i64
        %v36 = arith.divui %v10, %size_M : i64
        %v39 = arith.addi %size_L, %v38 : i64
        %v40 = arith.divui %v39, %v8 : i64
        %v41 = arith.index_cast %v37 : i64 to index
        %v42 = arith.index_cast %size_B : i64 to index
        %v43 = arith.index_cast %v2 : i64 to index
        scf.for %v44 = %v41 to %v42 step %v43 {
          %v45 = arith.index_cast %v44 : index to i64
          %v46 = arith.remui %v45, %size_B : i64
          %v47 = arith.divui %v45, %size_B : i64
          %v48 = arith.muli %v46, %size_M : i64
          %v49 = arith.addi %v48, %v35 : i64
          %v50 = arith.index_cast %v37 : i64 to index
          %v51 = arith.index_cast %v40 : i64 to index
          %v52 = arith.index_cast %v1 : i64 to index
          scf.for %v53 = %v50 to %v51 step %v52 {
            %v54 = arith.index_cast %v53 : index to i64
            %v55 = arith.cmpi slt, %v54, %v40 : i64
            scf.if %v55 {
              %v56 = arith.muli %v54, %v3 : i64
              %v57 = arith.addi %v49, %v56 : i64
              %v58 = llvm.getelementptr %part_Dp[%v57] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v59 = llvm.load %v58 : !llvm.ptr -> f32
              %v60 = llvm.load %v18 : !llvm.ptr -> f32
              %v61 = arith.addf %v60, %v59 fastmath<contract> : f32
              llvm.store %v61, %v18 : f32, !llvm.ptr
            }
            %v62 = arith.addi %v54, %v2 : i64
            %v63 = arith.cmpi slt, %v62, %v40 : i64
            scf.if %v63 {
              %v64 = arith.muli %v62, %v3 : i64
              %v65 = arith.addi %v49, %v64 : i64
              %v66 = llvm.getelementptr %part_Dp[%v65] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v67 = llvm.load %v66 : !llvm.ptr -> f32
              %v68 = llvm.load %v19 : !llvm.ptr -> f32
              %v69 = arith.addf %v68, %v67 fastmath<contract> : f32
              llvm.store %v69, %v19 : f32, !llvm.ptr
            }
            %v71 = arith.addi %v54, %v70 : i64
            %v72 = arith.cmpi slt, %v71, %v40 : i64
            scf.if %v72 {
              %v73 = arith.muli %v71, %v3 : i64
              %v74 = arith.addi %v49, %v73 : i64
              %v75 = llvm.getelementptr %part_Dp[%v74] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v76 = llvm.load %v75 : !llvm.ptr -> f32
              %v77 = llvm.load %v20 : !llvm.ptr -> f32
              %v78 = arith.addf %v77, %v76 fastmath<contract> : f32
              llvm.store %v78, %v20 : f32, !llvm.ptr
            }
            %v80 = arith.addi %v54, %v79 : i64
            %v81 = arith.cmpi slt, %v80, %v40 : i64
            scf.if %v81 {
              %v82 = arith.muli %v80, %v3 : i64
              %v83 = arith.addi %v49, %v82 : i64
              %v84 = llvm.getelementptr %part_Dp[%v83] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v85 = llvm.load %v84 : !llvm.ptr -> f32
              %v86 = llvm.load %v21 : !llvm.ptr -> f32
              %v87 = arith.addf %v86, %v85 fastmath<contract> : f32
              llvm.store %v87, %v21 : f32, !llvm.ptr
            }
            %v89 = arith.addi %v54, %v88 : i64
            %v90 = arith.cmpi slt, %v89, %v40 : i64
            scf.if %v90 {
              %v91 = arith.muli %v89, %v3 : i64
              %v92 = arith.addi %v49, %v91 : i64
              %v93 = llvm.getelementptr %part_Dp[%v92] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v94 = llvm.load %v93 : !llvm.ptr -> f32
              %v95 = llvm.load %v22 : !llvm.ptr -> f32
              %v96 = arith.addf %v95, %v94 fastmath<contract> : f32
              llvm.store %v96, %v22 : f32, !llvm.ptr
            }
            %v98 = arith.addi %v54, %v97 : i64
            %v99 = arith.cmpi slt, %v98, %v40 : i64
            scf.if %v99 {
              %v100 = arith.muli %v98, %v3 : i64
              %v101 = arith.addi %v49, %v100 : i64
              %v102 = llvm.getelementptr %part_Dp[%v101] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v103 = llvm.load %v102 : !llvm.ptr -> f32
              %v104 = llvm.load %v23 : !llvm.ptr -> f32
              %v105 = arith.addf %v104, %v103 fastmath<contract> : f32
              llvm.store %v105, %v23 : f32, !llvm.ptr
            }
            %v107 = arith.addi %v54, %v106 : i64
            %v108 = arith.cmpi slt, %v107, %v40 : i64
            scf.if %v108 {
              %v109 = arith.muli %v107, %v3 : i64
              %v110 = arith.addi %v49, %v109 : i64
              %v111 = llvm.getelementptr %part_Dp[%v110] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v112 = llvm.load %v111 : !llvm.ptr -> f32
              %v113 = llvm.load %v24 : !llvm.ptr -> f32
              %v114 = arith.addf %v113, %v112 fastmath<contract> : f32
              llvm.store %v114, %v24 : f32, !llvm.ptr
            }
            %v116 = arith.addi %v54, %v115 : i64
            %v117 = arith.cmpi slt, %v116, %v40 : i64
            scf.if %v117 {
              %v118 = arith.muli %v116, %v3 : i64
              %v119 = arith.addi %v49, %v118 : i64
              %v120 = llvm.getelementptr %part_Dp[%v119] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v121 = llvm.load %v120 : !llvm.ptr -> f32
              %v122 = llvm.load %v25 : !llvm.ptr -> f32
              %v123 = arith.addf %v122, %v121 fastmath<contract> : f32
              llvm.store %v123, %v25 : f32, !llvm.ptr
            }
            %v125 = arith.addi %v54, %v124 : i64
            %v126 = arith.cmpi slt, %v125, %v40 : i64
            scf.if %v126 {
              %v127 = arith.muli %v125, %v3 : i64
              %v128 = arith.addi %v49, %v127 : i64
              %v129 = llvm.getelementptr %part_Dp[%v128] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v130 = llvm.load %v129 : !llvm.ptr -> f32
              %v131 = llvm.load %v26 : !llvm.ptr -> f32
              %v132 = arith.addf %v131, %v130 fastmath<contract> : f32
              llvm.store %v132, %v26 : f32, !llvm.ptr
            }
            %v134 = arith.addi %v54, %v133 : i64
            %v135 = arith.cmpi slt, %v134, %v40 : i64
            scf.if %v135 {
              %v136 = arith.muli %v134, %v3 : i64
              %v137 = arith.addi %v49, %v136 : i64
              %v138 = llvm.getelementptr %part_Dp[%v137] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v139 = llvm.load %v138 : !llvm.ptr -> f32
              %v140 = llvm.load %v27 : !llvm.ptr -> f32
              %v141 = arith.addf %v140, %v139 fastmath<contract> : f32
              llvm.store %v141, %v27 : f32, !llvm.ptr
            }
            %v143 = arith.addi %v54, %v142 : i64
            %v144 = arith.cmpi slt, %v143, %v40 : i64
            scf.if %v144 {
              %v145 = arith.muli %v143, %v3 : i64
              %v146 = arith.addi %v49, %v145 : i64
              %v147 = llvm.getelementptr %part_Dp[%v146] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v148 = llvm.load %v147 : !llvm.ptr -> f32
              %v149 = llvm.load %v28 : !llvm.ptr -> f32
              %v150 = arith.addf %v149, %v148 fastmath<contract> : f32
              llvm.store %v150, %v28 : f32, !llvm.ptr
            }
            %v152 = arith.addi %v54, %v151 : i64
            %v153 = arith.cmpi slt, %v152, %v40 : i64
            scf.if %v153 {
              %v154 = arith.muli %v152, %v3 : i64
              %v155 = arith.addi %v49, %v154 : i64
              %v156 = llvm.getelementptr %part_Dp[%v155] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v157 = llvm.load %v156 : !llvm.ptr -> f32
              %v158 = llvm.load %v29 : !llvm.ptr -> f32
              %v159 = arith.addf %v158, %v157 fastmath<contract> : f32
              llvm.store %v159, %v29 : f32, !llvm.ptr
            }
            %v161 = arith.addi %v54, %v160 : i64
            %v162 = arith.cmpi slt, %v161, %v40 : i64
            scf.if %v162 {
              %v163 = arith.muli %v161, %v3 : i64
              %v164 = arith.addi %v49, %v163 : i64
              %v165 = llvm.getelementptr %part_Dp[%v164] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v166 = llvm.load %v165 : !llvm.ptr -> f32
              %v167 = llvm.load %v30 : !llvm.ptr -> f32
              %v168 = arith.addf %v167, %v166 fastmath<contract> : f32
              llvm.store %v168, %v30 : f32, !llvm.ptr
            }
            %v170 = arith.addi %v54, %v169 : i64
            %v171 = arith.cmpi slt, %v170, %v40 : i64
            scf.if %v171 {
              %v172 = arith.muli %v170, %v3 : i64
              %v173 = arith.addi %v49, %v172 : i64
              %v174 = llvm.getelementptr %part_Dp[%v173] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v175 = llvm.load %v174 : !llvm.ptr -> f32
              %v176 = llvm.load %v31 : !llvm.ptr -> f32
              %v177 = arith.addf %v176, %v175 fastmath<contract> : f32
              llvm.store %v177, %v31 : f32, !llvm.ptr
            }
            %v179 = arith.addi %v54, %v178 : i64
            %v180 = arith.cmpi slt, %v179, %v40 : i64
            scf.if %v180 {
              %v181 = arith.muli %v179, %v3 : i64
              %v182 = arith.addi %v49, %v181 : i64
              %v183 = llvm.getelementptr %part_Dp[%v182] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v184 = llvm.load %v183 : !llvm.ptr -> f32
              %v185 = llvm.load %v32 : !llvm.ptr -> f32
              %v186 = arith.addf %v185, %v184 fastmath<contract> : f32
              llvm.store %v186, %v32 : f32, !llvm.ptr
            }
            %v188 = arith.addi %v54, %v187 : i64
            %v189 = arith.cmpi slt, %v188, %v40 : i64
            scf.if %v189 {
              %v190 = arith.muli %v188, %v3 : i64
              %v191 = arith.addi %v49, %v190 : i64
              %v192 = llvm.getelementptr %part_Dp[%v191] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v193 = llvm.load %v192 : !llvm.ptr -> f32
              %v194 = llvm.load %v33 : !llvm.ptr -> f32
              %v195 = arith.addf %v194, %v193 fastmath<contract> : f32
              llvm.store %v195, %v33 : f32, !llvm.ptr
            }
          }
        }
        %v196 = llvm.load %v18 : !llvm.ptr -> f32
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
        %v225 = llvm.load %v33 : !llvm.ptr -> f32
        %v226 = arith.addf %v224, %v225 fastmath<contract> : f32
        %v227 = llvm.getelementptr %dx_Dp[%v10] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v226, %v227 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
