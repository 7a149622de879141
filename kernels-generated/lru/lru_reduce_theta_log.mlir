module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @lru_reduce_theta_log(%part_theta_log: !llvm.ptr, %dx_theta_log: !llvm.ptr, %size_B: i64, %size_L: i64, %size_N: i64) kernel {
      %v1 = arith.constant 1 : i64
      %v2 = arith.muli %size_B, %size_N : i64
      %v7 = arith.constant 256 : i64
      %v17 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v18 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v19 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v20 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v21 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v22 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v23 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v24 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v25 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v26 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v27 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v28 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v29 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v30 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v31 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v32 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v33 = arith.constant 0x00000000 : f32
      %v36 = arith.constant 0 : i64
      %v37 = arith.constant 16 : i64
      %v67 = arith.constant 2 : i64
      %v76 = arith.constant 3 : i64
      %v85 = arith.constant 4 : i64
      %v94 = arith.constant 5 : i64
      %v103 = arith.constant 6 : i64
      %v112 = arith.constant 7 : i64
      %v121 = arith.constant 8 : i64
      %v130 = arith.constant 9 : i64
      %v139 = arith.constant 10 : i64
      %v148 = arith.constant 11 : i64
      %v157 = arith.constant 12 : i64
      %v166 = arith.constant 13 : i64
      %v175 = arith.constant 14 : i64
      %v184 = arith.constant 15 : i64
      %v3 = gpu.block_id x
      %v4 = gpu.thread_id x
      %v5 = arith.index_cast %v4 : index to i64
      %v6 = arith.index_cast %v3 : index to i64
      %v8 = arith.muli %v6, %v7 : i64
      %v9 = arith.addi %v8, %v5 : i64
      %v10 = arith.cmpi slt, %v9, %size_N : i64
      %v11 = arith.subi %size_N, %v1 : i64
      %v12 = arith.minsi %v9, %v11 : i64
      %v13 = arith.remui %v12, %size_N : i64
      %v14 = arith.divui %v12, %size_N : i64
      %v15 = arith.remui %v14, %size_B : i64
      %v16 = arith.divui %v14, %size_B : i64
      scf.if %v10 {
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
        %v34 = arith.remui %v9, %size_N : i64
        %v35 = arith.divui %v9, %size_N : i64
        %v38 = arith.index_cast %v36 : i64 to index
        %v39 = arith.index_cast %size_B : i64 to index
        %v40 = arith.index_cast %v1 : i64 to index
        scf.for %v41 = %v38 to %v39 step %v40 {
          %v42 = arith.index_cast %v41 : index to i64
          %v43 = arith.remui %v42, %size_B : i64
          %v44 = arith.divui %v42, %size_B : i64
          %v45 = arith.muli %v43, %size_N : i64
          %v46 = arith.addi %v45, %v34 : i64
          %v47 = arith.index_cast %v36 : i64 to index
          %v48 = arith.index_cast %v1 : i64 to index
          %v49 = arith.index_cast %v37 : i64 to index
          scf.for %v50 = %v47 to %v48 step %v49 {
            %v51 = arith.index_cast %v50 : index to i64
            %v52 = arith.cmpi slt, %v51, %v1 : i64
            scf.if %v52 {
              %v53 = arith.muli %v51, %v2 : i64
              %v54 = arith.addi %v46, %v53 : i64
              %v55 = llvm.getelementptr %part_theta_log[%v54] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v56 = llvm.load %v55 : !llvm.ptr -> f32
              %v57 = llvm.load %v17 : !llvm.ptr -> f32
              %v58 = arith.addf %v57, %v56 fastmath<contract> : f32
              llvm.store %v58, %v17 : f32, !llvm.ptr
            }
            %v59 = arith.addi %v51, %v1 : i64
            %v60 = arith.cmpi slt, %v59, %v1 : i64
            scf.if %v60 {
              %v61 = arith.muli %v59, %v2 : i64
              %v62 = arith.addi %v46, %v61 : i64
              %v63 = llvm.getelementptr %part_theta_log[%v62] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v64 = llvm.load %v63 : !llvm.ptr -> f32
              %v65 = llvm.load %v18 : !llvm.ptr -> f32
              %v66 = arith.addf %v65, %v64 fastmath<contract> : f32
              llvm.store %v66, %v18 : f32, !llvm.ptr
            }
            %v68 = arith.addi %v51, %v67 : i64
            %v69 = arith.cmpi slt, %v68, %v1 : i64
            scf.if %v69 {
              %v70 = arith.muli %v68, %v2 : i64
              %v71 = arith.addi %v46, %v70 : i64
              %v72 = llvm.getelementptr %part_theta_log[%v71] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v73 = llvm.load %v72 : !llvm.ptr -> f32
              %v74 = llvm.load %v19 : !llvm.ptr -> f32
              %v75 = arith.addf %v74, %v73 fastmath<contract> : f32
              llvm.store %v75, %v19 : f32, !llvm.ptr
            }
            %v77 = arith.addi %v51, %v76 : i64
            %v78 = arith.cmpi slt, %v77, %v1 : i64
            scf.if %v78 {
              %v79 = arith.muli %v77, %v2 : i64
              %v80 = arith.addi %v46, %v79 : i64
              %v81 = llvm.getelementptr %part_theta_log[%v80] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v82 = llvm.load %v81 : !llvm.ptr -> f32
              %v83 = llvm.load %v20 : !llvm.ptr -> f32
              %v84 = arith.addf %v83, %v82 fastmath<contract> : f32
              llvm.store %v84, %v20 : f32, !llvm.ptr
            }
            %v86 = arith.addi %v51, %v85 : i64
            %v87 = arith.cmpi slt, %v86, %v1 : i64
            scf.if %v87 {
              %v88 = arith.muli %v86, %v2 : i64
              %v89 = arith.addi %v46, %v88 : i64
              %v90 = llvm.getelementptr %part_theta_log[%v89] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v91 = llvm.load %v90 : !llvm.ptr -> f32
              %v92 = llvm.load %v21 : !llvm.ptr -> f32
              %v93 = arith.addf %v92, %v91 fastmath<contract> : f32
              llvm.store %v93, %v21 : f32, !llvm.ptr
            }
            %v95 = arith.addi %v51, %v94 : i64
            %v96 = arith.cmpi slt, %v95, %v1 : i64
            scf.if %v96 {
              %v97 = arith.muli %v95, %v2 : i64
              %v98 = arith.addi %v46, %v97 : i64
              %v99 = llvm.getelementptr %part_theta_log[%v98] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v100 = llvm.load %v99 : !llvm.ptr -> f32
              %v101 = llvm.load %v22 : !llvm.ptr -> f32
              %v102 = arith.addf %v101, %v100 fastmath<contract> : f32
              llvm.store %v102, %v22 : f32, !llvm.ptr
            }
            %v104 = arith.addi %v51, %v103 : i64
            %v105 = arith.cmpi slt, %v104, %v1 : i64
            scf.if %v105 {
              %v106 = arith.muli %v104, %v2 : i64
              %v107 = arith.addi %v46, %v106 : i64
              %v108 = llvm.getelementptr %part_theta_log[%v107] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v109 = llvm.load %v108 : !llvm.ptr -> f32
              %v110 = llvm.load %v23 : !llvm.ptr -> f32
              %v111 = arith.addf %v110, %v109 fastmath<contract> : f32
              llvm.store %v111, %v23 : f32, !llvm.ptr
            }
            %v113 = arith.addi %v51, %v112 : i64
            %v114 = arith.cmpi slt, %v113, %v1 : i64
            scf.if %v114 {
              %v115 = arith.muli %v113, %v2 : i64
              %v116 = arith.addi %v46, %v115 : i64
              %v117 = llvm.getelementptr %part_theta_log[%v116] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v118 = llvm.load %v117 : !llvm.ptr -> f32
              %v119 = llvm.load %v24 : !llvm.ptr -> f32
              %v120 = arith.addf %v119, %v118 fastmath<contract> : f32
              llvm.store %v120, %v24 : f32, !llvm.ptr
            }
            %v122 = arith.addi %v51, %v121 : i64
            %v123 = arith.cmpi slt, %v122, %v1 : i64
            scf.if %v123 {
              %v124 = arith.muli %v122, %v2 : i64
              %v125 = arith.addi %v46, %v124 : i64
              %v126 = llvm.getelementptr %part_theta_log[%v125] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v127 = llvm.load %v126 : !llvm.ptr -> f32
              %v128 = llvm.load %v25 : !llvm.ptr -> f32
              %v129 = arith.addf %v128, %v127 fastmath<contract> : f32
              llvm.store %v129, %v25 : f32, !llvm.ptr
            }
            %v131 = arith.addi %v51, %v130 : i64
            %v132 = arith.cmpi slt, %v131, %v1 : i64
            scf.if %v132 {
              %v133 = arith.muli %v131, %v2 : i64
              %v134 = arith.addi %v46, %v133 : i64
              %v135 = llvm.getelementptr %part_theta_log[%v134] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v136 = llvm.load %v135 : !llvm.ptr -> f32
              %v137 = llvm.load %v26 : !llvm.ptr -> f32
              %v138 = arith.addf %v137, %v136 fastmath<contract> : f32
              llvm.store %v138, %v26 : f32, !llvm.ptr
            }
            %v140 = arith.addi %v51, %v139 : i64
            %v141 = arith.cmpi slt, %v140, %v1 : i64
            scf.if %v141 {
              %v142 = arith.muli %v140, %v2 : i64
              %v143 = arith.addi %v46, %v142 : i64
              %v144 = llvm.getelementptr %part_theta_log[%v143] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v145 = llvm.load %v144 : !llvm.ptr -> f32
              %v146 = llvm.load %v27 : !llvm.ptr -> f32
              %v147 = arith.addf %v146, %v145 fastmath<contract> : f32
              llvm.store %v147, %v27 : f32, !llvm.ptr
            }
            %v149 = arith.addi %v51, %v148 : i64
            %v150 = arith.cmpi slt, %v149, %v1 : i64
            scf.if %v150 {
              %v151 = arith.muli %v149, %v2 : i64
              %v152 = arith.addi %v46, %v151 : i64
              %v153 = llvm.getelementptr %part_theta_log[%v152] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v154 = llvm.load %v153 : !llvm.ptr -> f32
              %v155 = llvm.load %v28 : !llvm.ptr -> f32
              %v156 = arith.addf %v155, %v154 fastmath<contract> : f32
              llvm.store %v156, %v28 : f32, !llvm.ptr
            }
            %v158 = arith.addi %v51, %v157 : i64
            %v159 = arith.cmpi slt, %v158, %v1 : i64
            scf.if %v159 {
              %v160 = arith.muli %v158, %v2 : i64
              %v161 = arith.addi %v46, %v160 : i64
              %v162 = llvm.getelementptr %part_theta_log[%v161] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v163 = llvm.load %v162 : !llvm.ptr -> f32
              %v164 = llvm.load %v29 : !llvm.ptr -> f32
              %v165 = arith.addf %v164, %v163 fastmath<contract> : f32
              llvm.store %v165, %v29 : f32, !llvm.ptr
            }
            %v167 = arith.addi %v51, %v166 : i64
            %v168 = arith.cmpi slt, %v167, %v1 : i64
            scf.if %v168 {
              %v169 = arith.muli %v167, %v2 : i64
              %v170 = arith.addi %v46, %v169 : i64
              %v171 = llvm.getelementptr %part_theta_log[%v170] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v172 = llvm.load %v171 : !llvm.ptr -> f32
              %v173 = llvm.load %v30 : !llvm.ptr -> f32
              %v174 = arith.addf %v173, %v172 fastmath<contract> : f32
              llvm.store %v174, %v30 : f32, !llvm.ptr
            }
            %v176 = arith.addi %v51, %v175 : i64
            %v177 = arith.cmpi slt, %v176, %v1 : i64
            scf.if %v177 {
              %v178 = arith.muli %v176, %v2 : i64
              %v179 = arith.addi %v46, %v178 : i64
              %v180 = llvm.getelementptr %part_theta_log[%v179] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v181 = llvm.load %v180 : !llvm.ptr -> f32
              %v182 = llvm.load %v31 : !llvm.ptr -> f32
              %v183 = arith.addf %v182, %v181 fastmath<contract> : f32
              llvm.store %v183, %v31 : f32, !llvm.ptr
            }
            %v185 = arith.addi %v51, %v184 : i64
            %v186 = arith.cmpi slt, %v185, %v1 : i64
            scf.if %v186 {
              %v187 = arith.muli %v185, %v2 : i64
              %v188 = arith.addi %v46, %v187 : i64
              %v189 = llvm.getelementptr %part_theta_log[%v188] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v190 = llvm.load %v189 : !llvm.ptr -> f32
              %v191 = llvm.load %v32 : !llvm.ptr -> f32
              %v192 = arith.addf %v191, %v190 fastmath<contract> : f32
              llvm.store %v192, %v32 : f32, !llvm.ptr
            }
          }
        }
        %v193 = llvm.load %v17 : !llvm.ptr -> f32
        %v194 = llvm.load %v18 : !llvm.ptr -> f32
        %v195 = arith.addf %v193, %v194 fastmath<contract> : f32
        %v196 = llvm.load %v19 : !llvm.ptr -> f32
        %v197 = arith.addf %v195, %v196 fastmath<contract> : f32
        %v198 = llvm.load %v20 : !llvm.ptr -> f32
        %v199 = arith.addf %v197, %v198 fastmath<contract> : f32
        %v200 = llvm.load %v21 : !llvm.ptr -> f32
        %v201 = arith.addf %v199, %v200 fastmath<contract> : f32
        %v202 = llvm.load %v22 : !llvm.ptr -> f32
        %v203 = arith.addf %v201, %v202 fastmath<contract> : f32
        %v204 = llvm.load %v23 : !llvm.ptr -> f32
        %v205 = arith.addf %v203, %v204 fastmath<contract> : f32
        %v206 = llvm.load %v24 : !llvm.ptr -> f32
        %v207 = arith.addf %v205, %v206 fastmath<contract> : f32
        %v208 = llvm.load %v25 : !llvm.ptr -> f32
        %v209 = arith.addf %v207, %v208 fastmath<contract> : f32
        %v210 = llvm.load %v26 : !llvm.ptr -> f32
        %v211 = arith.addf %v209, %v210 fastmath<contract> : f32
        %v212 = llvm.load %v27 : !llvm.ptr -> f32
        %v213 = arith.addf %v211, %v212 fastmath<contract> : f32
        %v214 = llvm.load %v28 : !llvm.ptr -> f32
        %v215 = arith.addf %v213, %v214 fastmath<contract> : f32
        %v216 = llvm.load %v29 : !llvm.ptr -> f32
        %v217 = arith.addf %v215, %v216 fastmath<contract> : f32
        %v218 = llvm.load %v30 : !llvm.ptr -> f32
        %v219 = arith.addf %v217, %v218 fastmath<contract> : f32
        %v220 = llvm.load %v31 : !llvm.ptr -> f32
        %v221 = arith.addf %v219, %v220 fastmath<contract> : f32
        %v222 = llvm.load %v32 : !llvm.ptr -> f32
        %v223 = arith.addf %v221, %v222 fastmath<contract> : f32
        %v224 = llvm.getelementptr %dx_theta_log[%v9] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v223, %v224 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
