module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @lru_seg_reduce_nu_log(%part_nu_log: !llvm.ptr, %dx_nu_log: !llvm.ptr, %size_B: i64, %size_L: i64, %size_M: i64, %size_N: i64) kernel {
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
      %v36 = arith.constant 255 : i64
      %v69 = arith.constant 2 : i64
      %v78 = arith.constant 3 : i64
      %v95 = arith.constant 5 : i64
      %v104 = arith.constant 6 : i64
      %v113 = arith.constant 7 : i64
      %v122 = arith.constant 8 : i64
      %v131 = arith.constant 9 : i64
      %v140 = arith.constant 10 : i64
      %v149 = arith.constant 11 : i64
      %v158 = arith.constant 12 : i64
      %v167 = arith.constant 13 : i64
      %v176 = arith.constant 14 : i64
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
        %v37 = arith.addi %size_L, %v36 : i64
        %v38 = arith.divui %v37, %v8 : i64
        %v39 = arith.muli %size_B, %v2 : i64
        %v40 = arith.index_cast %v35 : i64 to index
        %v41 = arith.index_cast %size_B : i64 to index
        %v42 = arith.index_cast %v3 : i64 to index
        scf.for %v43 = %v40 to %v41 step %v42 {
          %v44 = arith.index_cast %v43 : index to i64
          %v45 = arith.remui %v44, %size_B : i64
          %v46 = arith.divui %v44, %size_B : i64
          %v47 = arith.muli %v45, %v2 : i64
          %v48 = arith.addi %v47, %v33 : i64
          %v49 = arith.index_cast %v35 : i64 to index
          %v50 = arith.index_cast %v38 : i64 to index
          %v51 = arith.index_cast %v2 : i64 to index
          scf.for %v52 = %v49 to %v50 step %v51 {
            %v53 = arith.index_cast %v52 : index to i64
            %v54 = arith.cmpi slt, %v53, %v38 : i64
            scf.if %v54 {
              %v55 = arith.muli %v53, %v39 : i64
              %v56 = arith.addi %v48, %v55 : i64
              %v57 = llvm.getelementptr %part_nu_log[%v56] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v58 = llvm.load %v57 : !llvm.ptr -> f32
              %v59 = llvm.load %v16 : !llvm.ptr -> f32
              %v60 = arith.addf %v59, %v58 fastmath<contract> : f32
              llvm.store %v60, %v16 : f32, !llvm.ptr
            }
            %v61 = arith.addi %v53, %v3 : i64
            %v62 = arith.cmpi slt, %v61, %v38 : i64
            scf.if %v62 {
              %v63 = arith.muli %v61, %v39 : i64
              %v64 = arith.addi %v48, %v63 : i64
              %v65 = llvm.getelementptr %part_nu_log[%v64] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v66 = llvm.load %v65 : !llvm.ptr -> f32
              %v67 = llvm.load %v17 : !llvm.ptr -> f32
              %v68 = arith.addf %v67, %v66 fastmath<contract> : f32
              llvm.store %v68, %v17 : f32, !llvm.ptr
            }
            %v70 = arith.addi %v53, %v69 : i64
            %v71 = arith.cmpi slt, %v70, %v38 : i64
            scf.if %v71 {
              %v72 = arith.muli %v70, %v39 : i64
              %v73 = arith.addi %v48, %v72 : i64
              %v74 = llvm.getelementptr %part_nu_log[%v73] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v75 = llvm.load %v74 : !llvm.ptr -> f32
              %v76 = llvm.load %v18 : !llvm.ptr -> f32
              %v77 = arith.addf %v76, %v75 fastmath<contract> : f32
              llvm.store %v77, %v18 : f32, !llvm.ptr
            }
            %v79 = arith.addi %v53, %v78 : i64
            %v80 = arith.cmpi slt, %v79, %v38 : i64
            scf.if %v80 {
              %v81 = arith.muli %v79, %v39 : i64
              %v82 = arith.addi %v48, %v81 : i64
              %v83 = llvm.getelementptr %part_nu_log[%v82] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v84 = llvm.load %v83 : !llvm.ptr -> f32
              %v85 = llvm.load %v19 : !llvm.ptr -> f32
              %v86 = arith.addf %v85, %v84 fastmath<contract> : f32
              llvm.store %v86, %v19 : f32, !llvm.ptr
            }
            %v87 = arith.addi %v53, %v1 : i64
            %v88 = arith.cmpi slt, %v87, %v38 : i64
            scf.if %v88 {
              %v89 = arith.muli %v87, %v39 : i64
              %v90 = arith.addi %v48, %v89 : i64
              %v91 = llvm.getelementptr %part_nu_log[%v90] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v92 = llvm.load %v91 : !llvm.ptr -> f32
              %v93 = llvm.load %v20 : !llvm.ptr -> f32
              %v94 = arith.addf %v93, %v92 fastmath<contract> : f32
              llvm.store %v94, %v20 : f32, !llvm.ptr
            }
            %v96 = arith.addi %v53, %v95 : i64
            %v97 = arith.cmpi slt, %v96, %v38 : i64
            scf.if %v97 {
              %v98 = arith.muli %v96, %v39 : i64
              %v99 = arith.addi %v48, %v98 : i64
              %v100 = llvm.getelementptr %part_nu_log[%v99] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v101 = llvm.load %v100 : !llvm.ptr -> f32
              %v102 = llvm.load %v21 : !llvm.ptr -> f32
              %v103 = arith.addf %v102, %v101 fastmath<contract> : f32
              llvm.store %v103, %v21 : f32, !llvm.ptr
            }
            %v105 = arith.addi %v53, %v104 : i64
            %v106 = arith.cmpi slt, %v105, %v38 : i64
            scf.if %v106 {
              %v107 = arith.muli %v105, %v39 : i64
              %v108 = arith.addi %v48, %v107 : i64
              %v109 = llvm.getelementptr %part_nu_log[%v108] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v110 = llvm.load %v109 : !llvm.ptr -> f32
              %v111 = llvm.load %v22 : !llvm.ptr -> f32
              %v112 = arith.addf %v111, %v110 fastmath<contract> : f32
              llvm.store %v112, %v22 : f32, !llvm.ptr
            }
            %v114 = arith.addi %v53, %v113 : i64
            %v115 = arith.cmpi slt, %v114, %v38 : i64
            scf.if %v115 {
              %v116 = arith.muli %v114, %v39 : i64
              %v117 = arith.addi %v48, %v116 : i64
              %v118 = llvm.getelementptr %part_nu_log[%v117] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v119 = llvm.load %v118 : !llvm.ptr -> f32
              %v120 = llvm.load %v23 : !llvm.ptr -> f32
              %v121 = arith.addf %v120, %v119 fastmath<contract> : f32
              llvm.store %v121, %v23 : f32, !llvm.ptr
            }
            %v123 = arith.addi %v53, %v122 : i64
            %v124 = arith.cmpi slt, %v123, %v38 : i64
            scf.if %v124 {
              %v125 = arith.muli %v123, %v39 : i64
              %v126 = arith.addi %v48, %v125 : i64
              %v127 = llvm.getelementptr %part_nu_log[%v126] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v128 = llvm.load %v127 : !llvm.ptr -> f32
              %v129 = llvm.load %v24 : !llvm.ptr -> f32
              %v130 = arith.addf %v129, %v128 fastmath<contract> : f32
              llvm.store %v130, %v24 : f32, !llvm.ptr
            }
            %v132 = arith.addi %v53, %v131 : i64
            %v133 = arith.cmpi slt, %v132, %v38 : i64
            scf.if %v133 {
              %v134 = arith.muli %v132, %v39 : i64
              %v135 = arith.addi %v48, %v134 : i64
              %v136 = llvm.getelementptr %part_nu_log[%v135] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v137 = llvm.load %v136 : !llvm.ptr -> f32
              %v138 = llvm.load %v25 : !llvm.ptr -> f32
              %v139 = arith.addf %v138, %v137 fastmath<contract> : f32
              llvm.store %v139, %v25 : f32, !llvm.ptr
            }
            %v141 = arith.addi %v53, %v140 : i64
            %v142 = arith.cmpi slt, %v141, %v38 : i64
            scf.if %v142 {
              %v143 = arith.muli %v141, %v39 : i64
              %v144 = arith.addi %v48, %v143 : i64
              %v145 = llvm.getelementptr %part_nu_log[%v144] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v146 = llvm.load %v145 : !llvm.ptr -> f32
              %v147 = llvm.load %v26 : !llvm.ptr -> f32
              %v148 = arith.addf %v147, %v146 fastmath<contract> : f32
              llvm.store %v148, %v26 : f32, !llvm.ptr
            }
            %v150 = arith.addi %v53, %v149 : i64
            %v151 = arith.cmpi slt, %v150, %v38 : i64
            scf.if %v151 {
              %v152 = arith.muli %v150, %v39 : i64
              %v153 = arith.addi %v48, %v152 : i64
              %v154 = llvm.getelementptr %part_nu_log[%v153] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v155 = llvm.load %v154 : !llvm.ptr -> f32
              %v156 = llvm.load %v27 : !llvm.ptr -> f32
              %v157 = arith.addf %v156, %v155 fastmath<contract> : f32
              llvm.store %v157, %v27 : f32, !llvm.ptr
            }
            %v159 = arith.addi %v53, %v158 : i64
            %v160 = arith.cmpi slt, %v159, %v38 : i64
            scf.if %v160 {
              %v161 = arith.muli %v159, %v39 : i64
              %v162 = arith.addi %v48, %v161 : i64
              %v163 = llvm.getelementptr %part_nu_log[%v162] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v164 = llvm.load %v163 : !llvm.ptr -> f32
              %v165 = llvm.load %v28 : !llvm.ptr -> f32
              %v166 = arith.addf %v165, %v164 fastmath<contract> : f32
              llvm.store %v166, %v28 : f32, !llvm.ptr
            }
            %v168 = arith.addi %v53, %v167 : i64
            %v169 = arith.cmpi slt, %v168, %v38 : i64
            scf.if %v169 {
              %v170 = arith.muli %v168, %v39 : i64
              %v171 = arith.addi %v48, %v170 : i64
              %v172 = llvm.getelementptr %part_nu_log[%v171] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v173 = llvm.load %v172 : !llvm.ptr -> f32
              %v174 = llvm.load %v29 : !llvm.ptr -> f32
              %v175 = arith.addf %v174, %v173 fastmath<contract> : f32
              llvm.store %v175, %v29 : f32, !llvm.ptr
            }
            %v177 = arith.addi %v53, %v176 : i64
            %v178 = arith.cmpi slt, %v177, %v38 : i64
            scf.if %v178 {
              %v179 = arith.muli %v177, %v39 : i64
              %v180 = arith.addi %v48, %v179 : i64
              %v181 = llvm.getelementptr %part_nu_log[%v180] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v182 = llvm.load %v181 : !llvm.ptr -> f32
              %v183 = llvm.load %v30 : !llvm.ptr -> f32
              %v184 = arith.addf %v183, %v182 fastmath<contract> : f32
              llvm.store %v184, %v30 : f32, !llvm.ptr
            }
            %v185 = arith.addi %v53, %v12 : i64
            %v186 = arith.cmpi slt, %v185, %v38 : i64
            scf.if %v186 {
              %v187 = arith.muli %v185, %v39 : i64
              %v188 = arith.addi %v48, %v187 : i64
              %v189 = llvm.getelementptr %part_nu_log[%v188] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v190 = llvm.load %v189 : !llvm.ptr -> f32
              %v191 = llvm.load %v31 : !llvm.ptr -> f32
              %v192 = arith.addf %v191, %v190 fastmath<contract> : f32
              llvm.store %v192, %v31 : f32, !llvm.ptr
            }
          }
        }
        %v193 = llvm.load %v16 : !llvm.ptr -> f32
        %v194 = llvm.load %v17 : !llvm.ptr -> f32
        %v195 = arith.addf %v193, %v194 fastmath<contract> : f32
        %v196 = llvm.load %v18 : !llvm.ptr -> f32
        %v197 = arith.addf %v195, %v196 fastmath<contract> : f32
        %v198 = llvm.load %v19 : !llvm.ptr -> f32
        %v199 = arith.addf %v197, %v198 fastmath<contract> : f32
        %v200 = llvm.load %v20 : !llvm.ptr -> f32
        %v201 = arith.addf %v199, %v200 fastmath<contract> : f32
        %v202 = llvm.load %v21 : !llvm.ptr -> f32
        %v203 = arith.addf %v201, %v202 fastmath<contract> : f32
        %v204 = llvm.load %v22 : !llvm.ptr -> f32
        %v205 = arith.addf %v203, %v204 fastmath<contract> : f32
        %v206 = llvm.load %v23 : !llvm.ptr -> f32
        %v207 = arith.addf %v205, %v206 fastmath<contract> : f32
        %v208 = llvm.load %v24 : !llvm.ptr -> f32
        %v209 = arith.addf %v207, %v208 fastmath<contract> : f32
        %v210 = llvm.load %v25 : !llvm.ptr -> f32
        %v211 = arith.addf %v209, %v210 fastmath<contract> : f32
        %v212 = llvm.load %v26 : !llvm.ptr -> f32
        %v213 = arith.addf %v211, %v212 fastmath<contract> : f32
        %v214 = llvm.load %v27 : !llvm.ptr -> f32
        %v215 = arith.addf %v213, %v214 fastmath<contract> : f32
        %v216 = llvm.load %v28 : !llvm.ptr -> f32
        %v217 = arith.addf %v215, %v216 fastmath<contract> : f32
        %v218 = llvm.load %v29 : !llvm.ptr -> f32
        %v219 = arith.addf %v217, %v218 fastmath<contract> : f32
        %v220 = llvm.load %v30 : !llvm.ptr -> f32
        %v221 = arith.addf %v219, %v220 fastmath<contract> : f32
        %v222 = llvm.load %v31 : !llvm.ptr -> f32
        %v223 = arith.addf %v221, %v222 fastmath<contract> : f32
        %v224 = llvm.getelementptr %dx_nu_log[%v10] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v223, %v224 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
