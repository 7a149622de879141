module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @lru_post_seg_reduce_C_re(%part_C_re: !llvm.ptr, %dx_C_re: !llvm.ptr, %size_B: i64, %size_L: i64, %size_M: i64, %size_N: i64) kernel {
      %v1 = arith.constant 16 : i64
      %v2 = arith.constant 1 : i64
      %v3 = arith.muli %size_B, %size_M : i64
      %v4 = arith.muli %size_M, %v1 : i64
      %v9 = arith.constant 256 : i64
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
      %v34 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v35 = arith.constant 0x00000000 : f32
      %v40 = arith.constant 0 : i64
      %v41 = arith.constant 255 : i64
      %v76 = arith.constant 2 : i64
      %v85 = arith.constant 3 : i64
      %v94 = arith.constant 4 : i64
      %v103 = arith.constant 5 : i64
      %v112 = arith.constant 6 : i64
      %v121 = arith.constant 7 : i64
      %v130 = arith.constant 8 : i64
      %v139 = arith.constant 9 : i64
      %v148 = arith.constant 10 : i64
      %v157 = arith.constant 11 : i64
      %v166 = arith.constant 12 : i64
      %v175 = arith.constant 13 : i64
      %v184 = arith.constant 14 : i64
      %v193 = arith.constant 15 : i64
      %v5 = gpu.block_id x
      %v6 = gpu.thread_id x
      %v7 = arith.index_cast %v6 : index to i64
      %v8 = arith.index_cast %v5 : index to i64
      %v10 = arith.muli %v8, %v9 : i64
      %v11 = arith.addi %v10, %v7 : i64
      %v12 = arith.cmpi slt, %v11, %v4 : i64
      %v13 = arith.subi %v4, %v2 : i64
      %v14 = arith.minsi %v11, %v13 : i64
      %v15 = arith.remui %v14, %size_M : i64
      %v16 = arith.divui %v14, %size_M : i64
      %v17 = arith.remui %v16, %size_B : i64
      %v18 = arith.divui %v16, %size_B : i64
      scf.if %v12 {
        llvm.store %v35, %v19 : f32, !llvm.ptr
        llvm.store %v35, %v20 : f32, !llvm.ptr
        llvm.store %v35, %v21 : f32, !llvm.ptr
        llvm.store %v35, %v22 : f32, !llvm.ptr
        llvm.store %v35, %v23 : f32, !llvm.ptr
        llvm.store %v35, %v24 : f32, !llvm.ptr
        llvm.store %v35, %v25 : f32, !llvm.ptr
        llvm.store %v35, %v26 : f32, !llvm.ptr
        llvm.store %v35, %v27 : f32, !llvm.ptr
        llvm.store %v35, %v28 : f32, !llvm.ptr
        llvm.store %v35, %v29 : f32, !llvm.ptr
        llvm.store %v35, %v30 : f32, !llvm.ptr
        llvm.store %v35, %v31 : f32, !llvm.ptr
        llvm.store %v35, %v32 : f32, !llvm.ptr
        llvm.store %v35, %v33 : f32, !llvm.ptr
        llvm.store %v35, %v34 : f32, !llvm.ptr
        %v36 = arith.remui %v11, %v1 : i64
        %v37 = arith.divui %v11, %v1 : i64
        %v38 = arith.remui %v37, %size_M : i64
        %v39 = arith.divui %v37, %size_M : i64
        %v42 = arith.addi %size_L, %v41 : i64
        %v43 = arith.divui %v42, %v9 : i64
        %v44 = arith.muli %v3, %v1 : i64
        %v45 = arith.index_cast %v40 : i64 to index
        %v46 = arith.index_cast %size_B : i64 to index
        %v47 = arith.index_cast %v2 : i64 to index
        scf.for %v48 = %v45 to %v46 step %v47 {
          %v49 = arith.index_cast %v48 : index to i64
          %v50 = arith.remui %v49, %size_B : i64
          %v51 = arith.divui %v49, %size_B : i64
          %v52 = arith.muli %v50, %size_M : i64
          %v53 = arith.addi %v52, %v38 : i64
          %v54 = arith.muli %v53, %v1 : i64
          %v55 = arith.addi %v54, %v36 : i64
          %v56 = arith.index_cast %v40 : i64 to index
          %v57 = arith.index_cast %v43 : i64 to index
          %v58 = arith.index_cast %v1 : i64 to index
          scf.for %v59 = %v56 to %v57 step %v58 {
            %v60 = arith.index_cast %v59 : index to i64
            %v61 = arith.cmpi slt, %v60, %v43 : i64
            scf.if %v61 {
              %v62 = arith.muli %v60, %v44 : i64
              %v63 = arith.addi %v55, %v62 : i64
              %v64 = llvm.getelementptr %part_C_re[%v63] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v65 = llvm.load %v64 : !llvm.ptr -> f32
              %v66 = llvm.load %v19 : !llvm.ptr -> f32
              %v67 = arith.addf %v66, %v65 fastmath<contract> : f32
              llvm.store %v67, %v19 : f32, !llvm.ptr
            }
            %v68 = arith.addi %v60, %v2 : i64
            %v69 = arith.cmpi slt, %v68, %v43 : i64
            scf.if %v69 {
              %v70 = arith.muli %v68, %v44 : i64
              %v71 = arith.addi %v55, %v70 : i64
              %v72 = llvm.getelementptr %part_C_re[%v71] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v73 = llvm.load %v72 : !llvm.ptr -> f32
              %v74 = llvm.load %v20 : !llvm.ptr -> f32
              %v75 = arith.addf %v74, %v73 fastmath<contract> : f32
              llvm.store %v75, %v20 : f32, !llvm.ptr
            }
            %v77 = arith.addi %v60, %v76 : i64
            %v78 = arith.cmpi slt, %v77, %v43 : i64
            scf.if %v78 {
              %v79 = arith.muli %v77, %v44 : i64
              %v80 = arith.addi %v55, %v79 : i64
              %v81 = llvm.getelementptr %part_C_re[%v80] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v82 = llvm.load %v81 : !llvm.ptr -> f32
              %v83 = llvm.load %v21 : !llvm.ptr -> f32
              %v84 = arith.addf %v83, %v82 fastmath<contract> : f32
              llvm.store %v84, %v21 : f32, !llvm.ptr
            }
            %v86 = arith.addi %v60, %v85 : i64
            %v87 = arith.cmpi slt, %v86, %v43 : i64
            scf.if %v87 {
              %v88 = arith.muli %v86, %v44 : i64
              %v89 = arith.addi %v55, %v88 : i64
              %v90 = llvm.getelementptr %part_C_re[%v89] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v91 = llvm.load %v90 : !llvm.ptr -> f32
              %v92 = llvm.load %v22 : !llvm.ptr -> f32
              %v93 = arith.addf %v92, %v91 fastmath<contract> : f32
              llvm.store %v93, %v22 : f32, !llvm.ptr
            }
            %v95 = arith.addi %v60, %v94 : i64
            %v96 = arith.cmpi slt, %v95, %v43 : i64
            scf.if %v96 {
              %v97 = arith.muli %v95, %v44 : i64
              %v98 = arith.addi %v55, %v97 : i64
              %v99 = llvm.getelementptr %part_C_re[%v98] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v100 = llvm.load %v99 : !llvm.ptr -> f32
              %v101 = llvm.load %v23 : !llvm.ptr -> f32
              %v102 = arith.addf %v101, %v100 fastmath<contract> : f32
              llvm.store %v102, %v23 : f32, !llvm.ptr
            }
            %v104 = arith.addi %v60, %v103 : i64
            %v105 = arith.cmpi slt, %v104, %v43 : i64
            scf.if %v105 {
              %v106 = arith.muli %v104, %v44 : i64
              %v107 = arith.addi %v55, %v106 : i64
              %v108 = llvm.getelementptr %part_C_re[%v107] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v109 = llvm.load %v108 : !llvm.ptr -> f32
              %v110 = llvm.load %v24 : !llvm.ptr -> f32
              %v111 = arith.addf %v110, %v109 fastmath<contract> : f32
              llvm.store %v111, %v24 : f32, !llvm.ptr
            }
            %v113 = arith.addi %v60, %v112 : i64
            %v114 = arith.cmpi slt, %v113, %v43 : i64
            scf.if %v114 {
              %v115 = arith.muli %v113, %v44 : i64
              %v116 = arith.addi %v55, %v115 : i64
              %v117 = llvm.getelementptr %part_C_re[%v116] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v118 = llvm.load %v117 : !llvm.ptr -> f32
              %v119 = llvm.load %v25 : !llvm.ptr -> f32
              %v120 = arith.addf %v119, %v118 fastmath<contract> : f32
              llvm.store %v120, %v25 : f32, !llvm.ptr
            }
            %v122 = arith.addi %v60, %v121 : i64
            %v123 = arith.cmpi slt, %v122, %v43 : i64
            scf.if %v123 {
              %v124 = arith.muli %v122, %v44 : i64
              %v125 = arith.addi %v55, %v124 : i64
              %v126 = llvm.getelementptr %part_C_re[%v125] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v127 = llvm.load %v126 : !llvm.ptr -> f32
              %v128 = llvm.load %v26 : !llvm.ptr -> f32
              %v129 = arith.addf %v128, %v127 fastmath<contract> : f32
              llvm.store %v129, %v26 : f32, !llvm.ptr
            }
            %v131 = arith.addi %v60, %v130 : i64
            %v132 = arith.cmpi slt, %v131, %v43 : i64
            scf.if %v132 {
              %v133 = arith.muli %v131, %v44 : i64
              %v134 = arith.addi %v55, %v133 : i64
              %v135 = llvm.getelementptr %part_C_re[%v134] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v136 = llvm.load %v135 : !llvm.ptr -> f32
              %v137 = llvm.load %v27 : !llvm.ptr -> f32
              %v138 = arith.addf %v137, %v136 fastmath<contract> : f32
              llvm.store %v138, %v27 : f32, !llvm.ptr
            }
            %v140 = arith.addi %v60, %v139 : i64
            %v141 = arith.cmpi slt, %v140, %v43 : i64
            scf.if %v141 {
              %v142 = arith.muli %v140, %v44 : i64
              %v143 = arith.addi %v55, %v142 : i64
              %v144 = llvm.getelementptr %part_C_re[%v143] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v145 = llvm.load %v144 : !llvm.ptr -> f32
              %v146 = llvm.load %v28 : !llvm.ptr -> f32
              %v147 = arith.addf %v146, %v145 fastmath<contract> : f32
              llvm.store %v147, %v28 : f32, !llvm.ptr
            }
            %v149 = arith.addi %v60, %v148 : i64
            %v150 = arith.cmpi slt, %v149, %v43 : i64
            scf.if %v150 {
              %v151 = arith.muli %v149, %v44 : i64
              %v152 = arith.addi %v55, %v151 : i64
              %v153 = llvm.getelementptr %part_C_re[%v152] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v154 = llvm.load %v153 : !llvm.ptr -> f32
              %v155 = llvm.load %v29 : !llvm.ptr -> f32
              %v156 = arith.addf %v155, %v154 fastmath<contract> : f32
              llvm.store %v156, %v29 : f32, !llvm.ptr
            }
            %v158 = arith.addi %v60, %v157 : i64
            %v159 = arith.cmpi slt, %v158, %v43 : i64
            scf.if %v159 {
              %v160 = arith.muli %v158, %v44 : i64
              %v161 = arith.addi %v55, %v160 : i64
              %v162 = llvm.getelementptr %part_C_re[%v161] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v163 = llvm.load %v162 : !llvm.ptr -> f32
              %v164 = llvm.load %v30 : !llvm.ptr -> f32
              %v165 = arith.addf %v164, %v163 fastmath<contract> : f32
              llvm.store %v165, %v30 : f32, !llvm.ptr
            }
            %v167 = arith.addi %v60, %v166 : i64
            %v168 = arith.cmpi slt, %v167, %v43 : i64
            scf.if %v168 {
              %v169 = arith.muli %v167, %v44 : i64
              %v170 = arith.addi %v55, %v169 : i64
              %v171 = llvm.getelementptr %part_C_re[%v170] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v172 = llvm.load %v171 : !llvm.ptr -> f32
              %v173 = llvm.load %v31 : !llvm.ptr -> f32
              %v174 = arith.addf %v173, %v172 fastmath<contract> : f32
              llvm.store %v174, %v31 : f32, !llvm.ptr
            }
            %v176 = arith.addi %v60, %v175 : i64
            %v177 = arith.cmpi slt, %v176, %v43 : i64
            scf.if %v177 {
              %v178 = arith.muli %v176, %v44 : i64
              %v179 = arith.addi %v55, %v178 : i64
              %v180 = llvm.getelementptr %part_C_re[%v179] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v181 = llvm.load %v180 : !llvm.ptr -> f32
              %v182 = llvm.load %v32 : !llvm.ptr -> f32
              %v183 = arith.addf %v182, %v181 fastmath<contract> : f32
              llvm.store %v183, %v32 : f32, !llvm.ptr
            }
            %v185 = arith.addi %v60, %v184 : i64
            %v186 = arith.cmpi slt, %v185, %v43 : i64
            scf.if %v186 {
              %v187 = arith.muli %v185, %v44 : i64
              %v188 = arith.addi %v55, %v187 : i64
              %v189 = llvm.getelementptr %part_C_re[%v188] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v190 = llvm.load %v189 : !llvm.ptr -> f32
              %v191 = llvm.load %v33 : !llvm.ptr -> f32
              %v192 = arith.addf %v191, %v190 fastmath<contract> : f32
              llvm.store %v192, %v33 : f32, !llvm.ptr
            }
            %v194 = arith.addi %v60, %v193 : i64
            %v195 = arith.cmpi slt, %v194, %v43 : i64
            scf.if %v195 {
              %v196 = arith.muli %v194, %v44 : i64
              %v197 = arith.addi %v55, %v196 : i64
              %v198 = llvm.getelementptr %part_C_re[%v197] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v199 = llvm.load %v198 : !llvm.ptr -> f32
              %v200 = llvm.load %v34 : !llvm.ptr -> f32
              %v201 = arith.addf %v200, %v199 fastmath<contract> : f32
              llvm.store %v201, %v34 : f32, !llvm.ptr
            }
          }
        }
        %v202 = llvm.load %v19 : !llvm.ptr -> f32
        %v203 = llvm.load %v20 : !llvm.ptr -> f32
        %v204 = arith.addf %v202, %v203 fastmath<contract> : f32
        %v205 = llvm.load %v21 : !llvm.ptr -> f32
        %v206 = arith.addf %v204, %v205 fastmath<contract> : f32
        %v207 = llvm.load %v22 : !llvm.ptr -> f32
        %v208 = arith.addf %v206, %v207 fastmath<contract> : f32
        %v209 = llvm.load %v23 : !llvm.ptr -> f32
        %v210 = arith.addf %v208, %v209 fastmath<contract> : f32
        %v211 = llvm.load %v24 : !llvm.ptr -> f32
        %v212 = arith.addf %v210, %v211 fastmath<contract> : f32
        %v213 = llvm.load %v25 : !llvm.ptr -> f32
        %v214 = arith.addf %v212, %v213 fastmath<contract> : f32
        %v215 = llvm.load %v26 : !llvm.ptr -> f32
        %v216 = arith.addf %v214, %v215 fastmath<contract> : f32
        %v217 = llvm.load %v27 : !llvm.ptr -> f32
        %v218 = arith.addf %v216, %v217 fastmath<contract> : f32
        %v219 = llvm.load %v28 : !llvm.ptr -> f32
        %v220 = arith.addf %v218, %v219 fastmath<contract> : f32
        %v221 = llvm.load %v29 : !llvm.ptr -> f32
        %v222 = arith.addf %v220, %v221 fastmath<contract> : f32
        %v223 = llvm.load %v30 : !llvm.ptr -> f32
        %v224 = arith.addf %v222, %v223 fastmath<contract> : f32
        %v225 = llvm.load %v31 : !llvm.ptr -> f32
        %v226 = arith.addf %v224, %v225 fastmath<contract> : f32
        %v227 = llvm.load %v32 : !llvm.ptr -> f32
        %v228 = arith.addf %v226, %v227 fastmath<contract> : f32
        %v229 = llvm.load %v33 : !llvm.ptr -> f32
        %v230 = arith.addf %v228, %v229 fastmath<contract> : f32
        %v231 = llvm.load %v34 : !llvm.ptr -> f32
        %v232 = arith.addf %v230, %v231 fastmath<contract> : f32
        %v233 = llvm.getelementptr %dx_C_re[%v11] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v232, %v233 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
