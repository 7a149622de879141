module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @s5_reduce_log_dt(%part_log_dt: !llvm.ptr, %dx_log_dt: !llvm.ptr, %size_B: i64, %size_L: i64, %size_M: i64, %size_N: i64) kernel {
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
      %v67 = arith.constant 2 : i64
      %v76 = arith.constant 3 : i64
      %v93 = arith.constant 5 : i64
      %v102 = arith.constant 6 : i64
      %v111 = arith.constant 7 : i64
      %v120 = arith.constant 8 : i64
      %v129 = arith.constant 9 : i64
      %v138 = arith.constant 10 : i64
      %v147 = arith.constant 11 : i64
      %v156 = arith.constant 12 : i64
      %v165 = arith.constant 13 : i64
      %v174 = arith.constant 14 : i64
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
          %v37 = arith.muli %size_B, %v2 : i64
          %v38 = arith.index_cast %v36 : i64 to index
          %v39 = arith.index_cast %size_B : i64 to index
          %v40 = arith.index_cast %v3 : i64 to index
          scf.for %v41 = %v38 to %v39 step %v40 {
            %v42 = arith.index_cast %v41 : index to i64
            %v43 = arith.remui %v42, %size_B : i64
            %v44 = arith.divui %v42, %size_B : i64
            %v45 = arith.muli %v43, %v2 : i64
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
                %v55 = llvm.getelementptr %part_log_dt[%v54] : (!llvm.ptr, i64) -> !llvm.ptr, f32
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
                %v63 = llvm.getelementptr %part_log_dt[%v62] : (!llvm.ptr, i64) -> !llvm.ptr, f32
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
                %v72 = llvm.getelementptr %part_log_dt[%v71] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v73 = llvm.load %v72 : !llvm.ptr -> f32
                %v74 = llvm.load %v19 : !llvm.ptr -> f32
                %v75 = arith.addf %v74, %v73 fastmath<contract> : f32
                llvm.store %v75, %v19 : f32, !llvm.ptr
              }
              %v77 = arith.addi %v51, %v76 : i64
              %v78 = arith.cmpi slt, %v77, %v3 : i64
              scf.if %v78 {
                %v79 = arith.muli %v77, %v37 : i64
                %v80 = arith.addi %v46, %v79 : i64
                %v81 = llvm.getelementptr %part_log_dt[%v80] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v82 = llvm.load %v81 : !llvm.ptr -> f32
                %v83 = llvm.load %v20 : !llvm.ptr -> f32
                %v84 = arith.addf %v83, %v82 fastmath<contract> : f32
                llvm.store %v84, %v20 : f32, !llvm.ptr
              }
              %v85 = arith.addi %v51, %v1 : i64
              %v86 = arith.cmpi slt, %v85, %v3 : i64
              scf.if %v86 {
                %v87 = arith.muli %v85, %v37 : i64
                %v88 = arith.addi %v46, %v87 : i64
                %v89 = llvm.getelementptr %part_log_dt[%v88] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v90 = llvm.load %v89 : !llvm.ptr -> f32
                %v91 = llvm.load %v21 : !llvm.ptr -> f32
                %v92 = arith.addf %v91, %v90 fastmath<contract> : f32
                llvm.store %v92, %v21 : f32, !llvm.ptr
              }
              %v94 = arith.addi %v51, %v93 : i64
              %v95 = arith.cmpi slt, %v94, %v3 : i64
              scf.if %v95 {
                %v96 = arith.muli %v94, %v37 : i64
                %v97 = arith.addi %v46, %v96 : i64
                %v98 = llvm.getelementptr %part_log_dt[%v97] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v99 = llvm.load %v98 : !llvm.ptr -> f32
                %v100 = llvm.load %v22 : !llvm.ptr -> f32
                %v101 = arith.addf %v100, %v99 fastmath<contract> : f32
                llvm.store %v101, %v22 : f32, !llvm.ptr
              }
              %v103 = arith.addi %v51, %v102 : i64
              %v104 = arith.cmpi slt, %v103, %v3 : i64
              scf.if %v104 {
                %v105 = arith.muli %v103, %v37 : i64
                %v106 = arith.addi %v46, %v105 : i64
                %v107 = llvm.getelementptr %part_log_dt[%v106] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v108 = llvm.load %v107 : !llvm.ptr -> f32
                %v109 = llvm.load %v23 : !llvm.ptr -> f32
                %v110 = arith.addf %v109, %v108 fastmath<contract> : f32
                llvm.store %v110, %v23 : f32, !llvm.ptr
              }
              %v112 = arith.addi %v51, %v111 : i64
              %v113 = arith.cmpi slt, %v112, %v3 : i64
              scf.if %v113 {
                %v114 = arith.muli %v112, %v37 : i64
                %v115 = arith.addi %v46, %v114 : i64
                %v116 = llvm.getelementptr %part_log_dt[%v115] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v117 = llvm.load %v116 : !llvm.ptr -> f32
                %v118 = llvm.load %v24 : !llvm.ptr -> f32
                %v119 = arith.addf %v118, %v117 fastmath<contract> : f32
                llvm.store %v119, %v24 : f32, !llvm.ptr
              }
              %v121 = arith.addi %v51, %v120 : i64
              %v122 = arith.cmpi slt, %v121, %v3 : i64
              scf.if %v122 {
                %v123 = arith.muli %v121, %v37 : i64
                %v124 = arith.addi %v46, %v123 : i64
                %v125 = llvm.getelementptr %part_log_dt[%v124] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v126 = llvm.load %v125 : !llvm.ptr -> f32
                %v127 = llvm.load %v25 : !llvm.ptr -> f32
                %v128 = arith.addf %v127, %v126 fastmath<contract> : f32
                llvm.store %v128, %v25 : f32, !llvm.ptr
              }
              %v130 = arith.addi %v51, %v129 : i64
              %v131 = arith.cmpi slt, %v130, %v3 : i64
              scf.if %v131 {
                %v132 = arith.muli %v130, %v37 : i64
                %v133 = arith.addi %v46, %v132 : i64
                %v134 = llvm.getelementptr %part_log_dt[%v133] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v135 = llvm.load %v134 : !llvm.ptr -> f32
                %v136 = llvm.load %v26 : !llvm.ptr -> f32
                %v137 = arith.addf %v136, %v135 fastmath<contract> : f32
                llvm.store %v137, %v26 : f32, !llvm.ptr
              }
              %v139 = arith.addi %v51, %v138 : i64
              %v140 = arith.cmpi slt, %v139, %v3 : i64
              scf.if %v140 {
                %v141 = arith.muli %v139, %v37 : i64
                %v142 = arith.addi %v46, %v141 : i64
                %v143 = llvm.getelementptr %part_log_dt[%v142] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v144 = llvm.load %v143 : !llvm.ptr -> f32
                %v145 = llvm.load %v27 : !llvm.ptr -> f32
                %v146 = arith.addf %v145, %v144 fastmath<contract> : f32
                llvm.store %v146, %v27 : f32, !llvm.ptr
              }
              %v148 = arith.addi %v51, %v147 : i64
              %v149 = arith.cmpi slt, %v148, %v3 : i64
              scf.if %v149 {
                %v150 = arith.muli %v148, %v37 : i64
                %v151 = arith.addi %v46, %v150 : i64
                %v152 = llvm.getelementptr %part_log_dt[%v151] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v153 = llvm.load %v152 : !llvm.ptr -> f32
                %v154 = llvm.load %v28 : !llvm.ptr -> f32
                %v155 = arith.addf %v154, %v153 fastmath<contract> : f32
                llvm.store %v155, %v28 : f32, !llvm.ptr
              }
              %v157 = arith.addi %v51, %v156 : i64
              %v158 = arith.cmpi slt, %v157, %v3 : i64
              scf.if %v158 {
                %v159 = arith.muli %v157, %v37 : i64
                %v160 = arith.addi %v46, %v159 : i64
                %v161 = llvm.getelementptr %part_log_dt[%v160] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v162 = llvm.load %v161 : !llvm.ptr -> f32
                %v163 = llvm.load %v29 : !llvm.ptr -> f32
                %v164 = arith.addf %v163, %v162 fastmath<contract> : f32
                llvm.store %v164, %v29 : f32, !llvm.ptr
              }
              %v166 = arith.addi %v51, %v165 : i64
              %v167 = arith.cmpi slt, %v166, %v3 : i64
              scf.if %v167 {
                %v168 = arith.muli %v166, %v37 : i64
                %v169 = arith.addi %v46, %v168 : i64
                %v170 = llvm.getelementptr %part_log_dt[%v169] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v171 = llvm.load %v170 : !llvm.ptr -> f32
                %v172 = llvm.load %v30 : !llvm.ptr -> f32
                %v173 = arith.addf %v172, %v171 fastmath<contract> : f32
                llvm.store %v173, %v30 : f32, !llvm.ptr
              }
              %v175 = arith.addi %v51, %v174 : i64
              %v176 = arith.cmpi slt, %v175, %v3 : i64
              scf.if %v176 {
                %v177 = arith.muli %v175, %v37 : i64
                %v178 = arith.addi %v46, %v177 : i64
                %v179 = llvm.getelementptr %part_log_dt[%v178] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v180 = llvm.load %v179 : !llvm.ptr -> f32
                %v181 = llvm.load %v31 : !llvm.ptr -> f32
                %v182 = arith.addf %v181, %v180 fastmath<contract> : f32
                llvm.store %v182, %v31 : f32, !llvm.ptr
              }
              %v183 = arith.addi %v51, %v12 : i64
              %v184 = arith.cmpi slt, %v183, %v3 : i64
              scf.if %v184 {
                %v185 = arith.muli %v183, %v37 : i64
                %v186 = arith.addi %v46, %v185 : i64
                %v187 = llvm.getelementptr %part_log_dt[%v186] : (!llvm.ptr, i64) -> !llvm.ptr, f32
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
          %v222 = llvm.getelementptr %dx_log_dt[%v10] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v221, %v222 : f32, !llvm.ptr
        }
      }
      gpu.return
    }
  }
}
