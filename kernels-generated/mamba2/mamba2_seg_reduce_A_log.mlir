module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @mamba2_seg_reduce_A_log(%part_A_log: !llvm.ptr, %dx_A_log: !llvm.ptr, %size_B: i64, %size_L: i64, %size_H: i64, %size_P: i64, %size_N: i64) kernel {
      %v1 = arith.constant 16 : i64
      %v2 = arith.constant 1 : i64
      %v3 = arith.muli %size_B, %size_H : i64
      %v4 = arith.muli %v3, %size_P : i64
      %v9 = arith.constant 256 : i64
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
      %v35 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v36 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v37 = arith.constant 0x00000000 : f32
      %v40 = arith.constant 0 : i64
      %v42 = arith.constant 255 : i64
      %v78 = arith.constant 2 : i64
      %v87 = arith.constant 3 : i64
      %v96 = arith.constant 4 : i64
      %v105 = arith.constant 5 : i64
      %v114 = arith.constant 6 : i64
      %v123 = arith.constant 7 : i64
      %v132 = arith.constant 8 : i64
      %v141 = arith.constant 9 : i64
      %v150 = arith.constant 10 : i64
      %v159 = arith.constant 11 : i64
      %v168 = arith.constant 12 : i64
      %v177 = arith.constant 13 : i64
      %v186 = arith.constant 14 : i64
      %v195 = arith.constant 15 : i64
      %v5 = gpu.block_id x
      %v6 = gpu.thread_id x
      %v7 = arith.index_cast %v6 : index to i64
      %v8 = arith.index_cast %v5 : index to i64
      %v10 = arith.muli %v8, %v9 : i64
      %v11 = arith.addi %v10, %v7 : i64
      %v12 = arith.cmpi slt, %v11, %size_H : i64
      %v13 = arith.subi %size_H, %v2 : i64
      %v14 = arith.minsi %v11, %v13 : i64
      %v15 = arith.remui %v14, %size_P : i64
      %v16 = arith.divui %v14, %size_P : i64
      %v17 = arith.remui %v16, %size_H : i64
      %v18 = arith.divui %v16, %size_H : i64
      %v19 = arith.remui %v18, %size_B : i64
      %v20 = arith.divui %v18, %size_B : i64
      scf.if %v12 {
        llvm.store %v37, %v21 : f32, !llvm.ptr
        llvm.store %v37, %v22 : f32, !llvm.ptr
        llvm.store %v37, %v23 : f32, !llvm.ptr
        llvm.store %v37, %v24 : f32, !llvm.ptr
        llvm.store %v37, %v25 : f32, !llvm.ptr
        llvm.store %v37, %v26 : f32, !llvm.ptr
        llvm.store %v37, %v27 : f32, !llvm.ptr
        llvm.store %v37, %v28 : f32, !llvm.ptr
        llvm.store %v37, %v29 : f32, !llvm.ptr
        llvm.store %v37, %v30 : f32, !llvm.ptr
        llvm.store %v37, %v31 : f32, !llvm.ptr
        llvm.store %v37, %v32 : f32, !llvm.ptr
        llvm.store %v37, %v33 : f32, !llvm.ptr
        llvm.store %v37, %v34 : f32, !llvm.ptr
        llvm.store %v37, %v35 : f32, !llvm.ptr
        llvm.store %v37, %v36 : f32, !llvm.ptr
        %v38 = arith.remui %v11, %size_H : i64
        %v39 = arith.divui %v11, %size_H : i64
        %v41 = arith.muli %size_B, %size_P : i64
        %v43 = arith.addi %size_L, %v42 : i64
        %v44 = arith.divui %v43, %v9 : i64
        %v45 = arith.index_cast %v40 : i64 to index
        %v46 = arith.index_cast %v41 : i64 to index
        %v47 = arith.index_cast %v2 : i64 to index
        scf.for %v48 = %v45 to %v46 step %v47 {
          %v49 = arith.index_cast %v48 : index to i64
          %v50 = arith.remui %v49, %size_P : i64
          %v51 = arith.divui %v49, %size_P : i64
          %v52 = arith.remui %v51, %size_B : i64
          %v53 = arith.divui %v51, %size_B : i64
          %v54 = arith.muli %v52, %size_H : i64
          %v55 = arith.addi %v54, %v38 : i64
          %v56 = arith.muli %v55, %size_P : i64
          %v57 = arith.addi %v56, %v50 : i64
          %v58 = arith.index_cast %v40 : i64 to index
          %v59 = arith.index_cast %v44 : i64 to index
          %v60 = arith.index_cast %v1 : i64 to index
          scf.for %v61 = %v58 to %v59 step %v60 {
            %v62 = arith.index_cast %v61 : index to i64
            %v63 = arith.cmpi slt, %v62, %v44 : i64
            scf.if %v63 {
              %v64 = arith.muli %v62, %v4 : i64
              %v65 = arith.addi %v57, %v64 : i64
              %v66 = llvm.getelementptr %part_A_log[%v65] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v67 = llvm.load %v66 : !llvm.ptr -> f32
              %v68 = llvm.load %v21 : !llvm.ptr -> f32
              %v69 = arith.addf %v68, %v67 fastmath<contract> : f32
              llvm.store %v69, %v21 : f32, !llvm.ptr
            }
            %v70 = arith.addi %v62, %v2 : i64
            %v71 = arith.cmpi slt, %v70, %v44 : i64
            scf.if %v71 {
              %v72 = arith.muli %v70, %v4 : i64
              %v73 = arith.addi %v57, %v72 : i64
              %v74 = llvm.getelementptr %part_A_log[%v73] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v75 = llvm.load %v74 : !llvm.ptr -> f32
              %v76 = llvm.load %v22 : !llvm.ptr -> f32
              %v77 = arith.addf %v76, %v75 fastmath<contract> : f32
              llvm.store %v77, %v22 : f32, !llvm.ptr
            }
            %v79 = arith.addi %v62, %v78 : i64
            %v80 = arith.cmpi slt, %v79, %v44 : i64
            scf.if %v80 {
              %v81 = arith.muli %v79, %v4 : i64
              %v82 = arith.addi %v57, %v81 : i64
              %v83 = llvm.getelementptr %part_A_log[%v82] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v84 = llvm.load %v83 : !llvm.ptr -> f32
              %v85 = llvm.load %v23 : !llvm.ptr -> f32
              %v86 = arith.addf %v85, %v84 fastmath<contract> : f32
              llvm.store %v86, %v23 : f32, !llvm.ptr
            }
            %v88 = arith.addi %v62, %v87 : i64
            %v89 = arith.cmpi slt, %v88, %v44 : i64
            scf.if %v89 {
              %v90 = arith.muli %v88, %v4 : i64
              %v91 = arith.addi %v57, %v90 : i64
              %v92 = llvm.getelementptr %part_A_log[%v91] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v93 = llvm.load %v92 : !llvm.ptr -> f32
              %v94 = llvm.load %v24 : !llvm.ptr -> f32
              %v95 = arith.addf %v94, %v93 fastmath<contract> : f32
              llvm.store %v95, %v24 : f32, !llvm.ptr
            }
            %v97 = arith.addi %v62, %v96 : i64
            %v98 = arith.cmpi slt, %v97, %v44 : i64
            scf.if %v98 {
              %v99 = arith.muli %v97, %v4 : i64
              %v100 = arith.addi %v57, %v99 : i64
              %v101 = llvm.getelementptr %part_A_log[%v100] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v102 = llvm.load %v101 : !llvm.ptr -> f32
              %v103 = llvm.load %v25 : !llvm.ptr -> f32
              %v104 = arith.addf %v103, %v102 fastmath<contract> : f32
              llvm.store %v104, %v25 : f32, !llvm.ptr
            }
            %v106 = arith.addi %v62, %v105 : i64
            %v107 = arith.cmpi slt, %v106, %v44 : i64
            scf.if %v107 {
              %v108 = arith.muli %v106, %v4 : i64
              %v109 = arith.addi %v57, %v108 : i64
              %v110 = llvm.getelementptr %part_A_log[%v109] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v111 = llvm.load %v110 : !llvm.ptr -> f32
              %v112 = llvm.load %v26 : !llvm.ptr -> f32
              %v113 = arith.addf %v112, %v111 fastmath<contract> : f32
              llvm.store %v113, %v26 : f32, !llvm.ptr
            }
            %v115 = arith.addi %v62, %v114 : i64
            %v116 = arith.cmpi slt, %v115, %v44 : i64
            scf.if %v116 {
              %v117 = arith.muli %v115, %v4 : i64
              %v118 = arith.addi %v57, %v117 : i64
              %v119 = llvm.getelementptr %part_A_log[%v118] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v120 = llvm.load %v119 : !llvm.ptr -> f32
              %v121 = llvm.load %v27 : !llvm.ptr -> f32
              %v122 = arith.addf %v121, %v120 fastmath<contract> : f32
              llvm.store %v122, %v27 : f32, !llvm.ptr
            }
            %v124 = arith.addi %v62, %v123 : i64
            %v125 = arith.cmpi slt, %v124, %v44 : i64
            scf.if %v125 {
              %v126 = arith.muli %v124, %v4 : i64
              %v127 = arith.addi %v57, %v126 : i64
              %v128 = llvm.getelementptr %part_A_log[%v127] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v129 = llvm.load %v128 : !llvm.ptr -> f32
              %v130 = llvm.load %v28 : !llvm.ptr -> f32
              %v131 = arith.addf %v130, %v129 fastmath<contract> : f32
              llvm.store %v131, %v28 : f32, !llvm.ptr
            }
            %v133 = arith.addi %v62, %v132 : i64
            %v134 = arith.cmpi slt, %v133, %v44 : i64
            scf.if %v134 {
              %v135 = arith.muli %v133, %v4 : i64
              %v136 = arith.addi %v57, %v135 : i64
              %v137 = llvm.getelementptr %part_A_log[%v136] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v138 = llvm.load %v137 : !llvm.ptr -> f32
              %v139 = llvm.load %v29 : !llvm.ptr -> f32
              %v140 = arith.addf %v139, %v138 fastmath<contract> : f32
              llvm.store %v140, %v29 : f32, !llvm.ptr
            }
            %v142 = arith.addi %v62, %v141 : i64
            %v143 = arith.cmpi slt, %v142, %v44 : i64
            scf.if %v143 {
              %v144 = arith.muli %v142, %v4 : i64
              %v145 = arith.addi %v57, %v144 : i64
              %v146 = llvm.getelementptr %part_A_log[%v145] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v147 = llvm.load %v146 : !llvm.ptr -> f32
              %v148 = llvm.load %v30 : !llvm.ptr -> f32
              %v149 = arith.addf %v148, %v147 fastmath<contract> : f32
              llvm.store %v149, %v30 : f32, !llvm.ptr
            }
            %v151 = arith.addi %v62, %v150 : i64
            %v152 = arith.cmpi slt, %v151, %v44 : i64
            scf.if %v152 {
              %v153 = arith.muli %v151, %v4 : i64
              %v154 = arith.addi %v57, %v153 : i64
              %v155 = llvm.getelementptr %part_A_log[%v154] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v156 = llvm.load %v155 : !llvm.ptr -> f32
              %v157 = llvm.load %v31 : !llvm.ptr -> f32
              %v158 = arith.addf %v157, %v156 fastmath<contract> : f32
              llvm.store %v158, %v31 : f32, !llvm.ptr
            }
            %v160 = arith.addi %v62, %v159 : i64
            %v161 = arith.cmpi slt, %v160, %v44 : i64
            scf.if %v161 {
              %v162 = arith.muli %v160, %v4 : i64
              %v163 = arith.addi %v57, %v162 : i64
              %v164 = llvm.getelementptr %part_A_log[%v163] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v165 = llvm.load %v164 : !llvm.ptr -> f32
              %v166 = llvm.load %v32 : !llvm.ptr -> f32
              %v167 = arith.addf %v166, %v165 fastmath<contract> : f32
              llvm.store %v167, %v32 : f32, !llvm.ptr
            }
            %v169 = arith.addi %v62, %v168 : i64
            %v170 = arith.cmpi slt, %v169, %v44 : i64
            scf.if %v170 {
              %v171 = arith.muli %v169, %v4 : i64
              %v172 = arith.addi %v57, %v171 : i64
              %v173 = llvm.getelementptr %part_A_log[%v172] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v174 = llvm.load %v173 : !llvm.ptr -> f32
              %v175 = llvm.load %v33 : !llvm.ptr -> f32
              %v176 = arith.addf %v175, %v174 fastmath<contract> : f32
              llvm.store %v176, %v33 : f32, !llvm.ptr
            }
            %v178 = arith.addi %v62, %v177 : i64
            %v179 = arith.cmpi slt, %v178, %v44 : i64
            scf.if %v179 {
              %v180 = arith.muli %v178, %v4 : i64
              %v181 = arith.addi %v57, %v180 : i64
              %v182 = llvm.getelementptr %part_A_log[%v181] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v183 = llvm.load %v182 : !llvm.ptr -> f32
              %v184 = llvm.load %v34 : !llvm.ptr -> f32
              %v185 = arith.addf %v184, %v183 fastmath<contract> : f32
              llvm.store %v185, %v34 : f32, !llvm.ptr
            }
            %v187 = arith.addi %v62, %v186 : i64
            %v188 = arith.cmpi slt, %v187, %v44 : i64
            scf.if %v188 {
              %v189 = arith.muli %v187, %v4 : i64
              %v190 = arith.addi %v57, %v189 : i64
              %v191 = llvm.getelementptr %part_A_log[%v190] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v192 = llvm.load %v191 : !llvm.ptr -> f32
              %v193 = llvm.load %v35 : !llvm.ptr -> f32
              %v194 = arith.addf %v193, %v192 fastmath<contract> : f32
              llvm.store %v194, %v35 : f32, !llvm.ptr
            }
            %v196 = arith.addi %v62, %v195 : i64
            %v197 = arith.cmpi slt, %v196, %v44 : i64
            scf.if %v197 {
              %v198 = arith.muli %v196, %v4 : i64
              %v199 = arith.addi %v57, %v198 : i64
              %v200 = llvm.getelementptr %part_A_log[%v199] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v201 = llvm.load %v200 : !llvm.ptr -> f32
              %v202 = llvm.load %v36 : !llvm.ptr -> f32
              %v203 = arith.addf %v202, %v201 fastmath<contract> : f32
              llvm.store %v203, %v36 : f32, !llvm.ptr
            }
          }
        }
        %v204 = llvm.load %v21 : !llvm.ptr -> f32
        %v205 = llvm.load %v22 : !llvm.ptr -> f32
        %v206 = arith.addf %v204, %v205 fastmath<contract> : f32
        %v207 = llvm.load %v23 : !llvm.ptr -> f32
        %v208 = arith.addf %v206, %v207 fastmath<contract> : f32
        %v209 = llvm.load %v24 : !llvm.ptr -> f32
        %v210 = arith.addf %v208, %v209 fastmath<contract> : f32
        %v211 = llvm.load %v25 : !llvm.ptr -> f32
        %v212 = arith.addf %v210, %v211 fastmath<contract> : f32
        %v213 = llvm.load %v26 : !llvm.ptr -> f32
        %v214 = arith.addf %v212, %v213 fastmath<contract> : f32
        %v215 = llvm.load %v27 : !llvm.ptr -> f32
        %v216 = arith.addf %v214, %v215 fastmath<contract> : f32
        %v217 = llvm.load %v28 : !llvm.ptr -> f32
        %v218 = arith.addf %v216, %v217 fastmath<contract> : f32
        %v219 = llvm.load %v29 : !llvm.ptr -> f32
        %v220 = arith.addf %v218, %v219 fastmath<contract> : f32
        %v221 = llvm.load %v30 : !llvm.ptr -> f32
        %v222 = arith.addf %v220, %v221 fastmath<contract> : f32
        %v223 = llvm.load %v31 : !llvm.ptr -> f32
        %v224 = arith.addf %v222, %v223 fastmath<contract> : f32
        %v225 = llvm.load %v32 : !llvm.ptr -> f32
        %v226 = arith.addf %v224, %v225 fastmath<contract> : f32
        %v227 = llvm.load %v33 : !llvm.ptr -> f32
        %v228 = arith.addf %v226, %v227 fastmath<contract> : f32
        %v229 = llvm.load %v34 : !llvm.ptr -> f32
        %v230 = arith.addf %v228, %v229 fastmath<contract> : f32
        %v231 = llvm.load %v35 : !llvm.ptr -> f32
        %v232 = arith.addf %v230, %v231 fastmath<contract> : f32
        %v233 = llvm.load %v36 : !llvm.ptr -> f32
        %v234 = arith.addf %v232, %v233 fastmath<contract> : f32
        %v235 = llvm.getelementptr %dx_A_log[%v11] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v234, %v235 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
