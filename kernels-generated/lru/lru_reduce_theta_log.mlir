module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @lru_reduce_theta_log(%part_theta_log: !llvm.ptr, %dx_theta_log: !llvm.ptr, %size_B: i64, %size_L: i64, %size_M: i64, %size_N: i64) kernel {
      %v1 = arith.constant 4 : i64
      %v2 = arith.constant 16 : i64
      %v3 = arith.constant 1 : i64
      %v8 = arith.constant 256 : i64
      %v12 = arith.constant 15 : i64
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
      %v75 = arith.constant 3 : i64
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
        %v33 = arith.remui %v10, %v2 : i64
        %v34 = arith.divui %v10, %v2 : i64
        %v36 = arith.muli %size_B, %v2 : i64
        %v37 = arith.index_cast %v35 : i64 to index
        %v38 = arith.index_cast %size_B : i64 to index
        %v39 = arith.index_cast %v3 : i64 to index
        scf.for %v40 = %v37 to %v38 step %v39 {
          %v41 = arith.index_cast %v40 : index to i64
          %v42 = arith.remui %v41, %size_B : i64
          %v43 = arith.divui %v41, %size_B : i64
          %v44 = arith.muli %v42, %v2 : i64
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
              %v54 = llvm.getelementptr %part_theta_log[%v53] : (!llvm.ptr, i64) -> !llvm.ptr, f32
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
              %v62 = llvm.getelementptr %part_theta_log[%v61] : (!llvm.ptr, i64) -> !llvm.ptr, f32
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
              %v71 = llvm.getelementptr %part_theta_log[%v70] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v72 = llvm.load %v71 : !llvm.ptr -> f32
              %v73 = llvm.load %v18 : !llvm.ptr -> f32
              %v74 = arith.addf %v73, %v72 fastmath<contract> : f32
              llvm.store %v74, %v18 : f32, !llvm.ptr
            }
            %v76 = arith.addi %v50, %v75 : i64
            %v77 = arith.cmpi slt, %v76, %v3 : i64
            scf.if %v77 {
              %v78 = arith.muli %v76, %v36 : i64
              %v79 = arith.addi %v45, %v78 : i64
              %v80 = llvm.getelementptr %part_theta_log[%v79] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v81 = llvm.load %v80 : !llvm.ptr -> f32
              %v82 = llvm.load %v19 : !llvm.ptr -> f32
              %v83 = arith.addf %v82, %v81 fastmath<contract> : f32
              llvm.store %v83, %v19 : f32, !llvm.ptr
            }
            %v84 = arith.addi %v50, %v1 : i64
            %v85 = arith.cmpi slt, %v84, %v3 : i64
            scf.if %v85 {
              %v86 = arith.muli %v84, %v36 : i64
              %v87 = arith.addi %v45, %v86 : i64
              %v88 = llvm.getelementptr %part_theta_log[%v87] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v89 = llvm.load %v88 : !llvm.ptr -> f32
              %v90 = llvm.load %v20 : !llvm.ptr -> f32
              %v91 = arith.addf %v90, %v89 fastmath<contract> : f32
              llvm.store %v91, %v20 : f32, !llvm.ptr
            }
            %v93 = arith.addi %v50, %v92 : i64
            %v94 = arith.cmpi slt, %v93, %v3 : i64
            scf.if %v94 {
              %v95 = arith.muli %v93, %v36 : i64
              %v96 = arith.addi %v45, %v95 : i64
              %v97 = llvm.getelementptr %part_theta_log[%v96] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v98 = llvm.load %v97 : !llvm.ptr -> f32
              %v99 = llvm.load %v21 : !llvm.ptr -> f32
              %v100 = arith.addf %v99, %v98 fastmath<contract> : f32
              llvm.store %v100, %v21 : f32, !llvm.ptr
            }
            %v102 = arith.addi %v50, %v101 : i64
            %v103 = arith.cmpi slt, %v102, %v3 : i64
            scf.if %v103 {
              %v104 = arith.muli %v102, %v36 : i64
              %v105 = arith.addi %v45, %v104 : i64
              %v106 = llvm.getelementptr %part_theta_log[%v105] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v107 = llvm.load %v106 : !llvm.ptr -> f32
              %v108 = llvm.load %v22 : !llvm.ptr -> f32
              %v109 = arith.addf %v108, %v107 fastmath<contract> : f32
              llvm.store %v109, %v22 : f32, !llvm.ptr
            }
            %v111 = arith.addi %v50, %v110 : i64
            %v112 = arith.cmpi slt, %v111, %v3 : i64
            scf.if %v112 {
              %v113 = arith.muli %v111, %v36 : i64
              %v114 = arith.addi %v45, %v113 : i64
              %v115 = llvm.getelementptr %part_theta_log[%v114] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v116 = llvm.load %v115 : !llvm.ptr -> f32
              %v117 = llvm.load %v23 : !llvm.ptr -> f32
              %v118 = arith.addf %v117, %v116 fastmath<contract> : f32
              llvm.store %v118, %v23 : f32, !llvm.ptr
            }
            %v120 = arith.addi %v50, %v119 : i64
            %v121 = arith.cmpi slt, %v120, %v3 : i64
            scf.if %v121 {
              %v122 = arith.muli %v120, %v36 : i64
              %v123 = arith.addi %v45, %v122 : i64
              %v124 = llvm.getelementptr %part_theta_log[%v123] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v125 = llvm.load %v124 : !llvm.ptr -> f32
              %v126 = llvm.load %v24 : !llvm.ptr -> f32
              %v127 = arith.addf %v126, %v125 fastmath<contract> : f32
              llvm.store %v127, %v24 : f32, !llvm.ptr
            }
            %v129 = arith.addi %v50, %v128 : i64
            %v130 = arith.cmpi slt, %v129, %v3 : i64
            scf.if %v130 {
              %v131 = arith.muli %v129, %v36 : i64
              %v132 = arith.addi %v45, %v131 : i64
              %v133 = llvm.getelementptr %part_theta_log[%v132] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v134 = llvm.load %v133 : !llvm.ptr -> f32
              %v135 = llvm.load %v25 : !llvm.ptr -> f32
              %v136 = arith.addf %v135, %v134 fastmath<contract> : f32
              llvm.store %v136, %v25 : f32, !llvm.ptr
            }
            %v138 = arith.addi %v50, %v137 : i64
            %v139 = arith.cmpi slt, %v138, %v3 : i64
            scf.if %v139 {
              %v140 = arith.muli %v138, %v36 : i64
              %v141 = arith.addi %v45, %v140 : i64
              %v142 = llvm.getelementptr %part_theta_log[%v141] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v143 = llvm.load %v142 : !llvm.ptr -> f32
              %v144 = llvm.load %v26 : !llvm.ptr -> f32
              %v145 = arith.addf %v144, %v143 fastmath<contract> : f32
              llvm.store %v145, %v26 : f32, !llvm.ptr
            }
            %v147 = arith.addi %v50, %v146 : i64
            %v148 = arith.cmpi slt, %v147, %v3 : i64
            scf.if %v148 {
              %v149 = arith.muli %v147, %v36 : i64
              %v150 = arith.addi %v45, %v149 : i64
              %v151 = llvm.getelementptr %part_theta_log[%v150] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v152 = llvm.load %v151 : !llvm.ptr -> f32
              %v153 = llvm.load %v27 : !llvm.ptr -> f32
              %v154 = arith.addf %v153, %v152 fastmath<contract> : f32
              llvm.store %v154, %v27 : f32, !llvm.ptr
            }
            %v156 = arith.addi %v50, %v155 : i64
            %v157 = arith.cmpi slt, %v156, %v3 : i64
            scf.if %v157 {
              %v158 = arith.muli %v156, %v36 : i64
              %v159 = arith.addi %v45, %v158 : i64
              %v160 = llvm.getelementptr %part_theta_log[%v159] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v161 = llvm.load %v160 : !llvm.ptr -> f32
              %v162 = llvm.load %v28 : !llvm.ptr -> f32
              %v163 = arith.addf %v162, %v161 fastmath<contract> : f32
              llvm.store %v163, %v28 : f32, !llvm.ptr
            }
            %v165 = arith.addi %v50, %v164 : i64
            %v166 = arith.cmpi slt, %v165, %v3 : i64
            scf.if %v166 {
              %v167 = arith.muli %v165, %v36 : i64
              %v168 = arith.addi %v45, %v167 : i64
              %v169 = llvm.getelementptr %part_theta_log[%v168] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v170 = llvm.load %v169 : !llvm.ptr -> f32
              %v171 = llvm.load %v29 : !llvm.ptr -> f32
              %v172 = arith.addf %v171, %v170 fastmath<contract> : f32
              llvm.store %v172, %v29 : f32, !llvm.ptr
            }
            %v174 = arith.addi %v50, %v173 : i64
            %v175 = arith.cmpi slt, %v174, %v3 : i64
            scf.if %v175 {
              %v176 = arith.muli %v174, %v36 : i64
              %v177 = arith.addi %v45, %v176 : i64
              %v178 = llvm.getelementptr %part_theta_log[%v177] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v179 = llvm.load %v178 : !llvm.ptr -> f32
              %v180 = llvm.load %v30 : !llvm.ptr -> f32
              %v181 = arith.addf %v180, %v179 fastmath<contract> : f32
              llvm.store %v181, %v30 : f32, !llvm.ptr
            }
            %v182 = arith.addi %v50, %v12 : i64
            %v183 = arith.cmpi slt, %v182, %v3 : i64
            scf.if %v183 {
              %v184 = arith.muli %v182, %v36 : i64
              %v185 = arith.addi %v45, %v184 : i64
              %v186 = llvm.getelementptr %part_theta_log[%v185] : (!llvm.ptr, i64) -> !llvm.ptr, f32
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
        %v221 = llvm.getelementptr %dx_theta_log[%v10] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v220, %v221 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
