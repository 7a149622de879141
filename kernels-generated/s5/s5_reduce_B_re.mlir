module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @s5_reduce_B_re(%part_B_re: !llvm.ptr, %dx_B_re: !llvm.ptr, %size_B: i64, %size_L: i64, %size_M: i64, %size_N: i64) kernel {
      %v1 = arith.constant 4 : i64
      %v2 = arith.constant 16 : i64
      %v3 = arith.constant 1 : i64
      %v4 = arith.constant 64 : i64
      %v9 = arith.constant 256 : i64
      %v13 = arith.constant 63 : i64
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
      %v38 = arith.constant 0 : i64
      %v71 = arith.constant 2 : i64
      %v80 = arith.constant 3 : i64
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
      %v5 = gpu.block_id x
      %v6 = gpu.thread_id x
      %v7 = arith.index_cast %v6 : index to i64
      %v8 = arith.index_cast %v5 : index to i64
      %v10 = arith.muli %v8, %v9 : i64
      %v11 = arith.addi %v10, %v7 : i64
      %v12 = arith.cmpi slt, %v11, %v4 : i64
      %v14 = arith.minsi %v11, %v13 : i64
      %v15 = arith.remui %v14, %size_B : i64
      %v16 = arith.divui %v14, %size_B : i64
      scf.if %v12 {
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
        %v34 = arith.remui %v11, %v1 : i64
        %v35 = arith.divui %v11, %v1 : i64
        %v36 = arith.remui %v35, %v2 : i64
        %v37 = arith.divui %v35, %v2 : i64
        %v39 = arith.muli %v36, %v1 : i64
        %v40 = arith.addi %v39, %v34 : i64
        %v41 = arith.muli %size_B, %v4 : i64
        %v42 = arith.index_cast %v38 : i64 to index
        %v43 = arith.index_cast %size_B : i64 to index
        %v44 = arith.index_cast %v3 : i64 to index
        scf.for %v45 = %v42 to %v43 step %v44 {
          %v46 = arith.index_cast %v45 : index to i64
          %v47 = arith.remui %v46, %size_B : i64
          %v48 = arith.divui %v46, %size_B : i64
          %v49 = arith.muli %v47, %v4 : i64
          %v50 = arith.addi %v49, %v40 : i64
          %v51 = arith.index_cast %v38 : i64 to index
          %v52 = arith.index_cast %v3 : i64 to index
          %v53 = arith.index_cast %v2 : i64 to index
          scf.for %v54 = %v51 to %v52 step %v53 {
            %v55 = arith.index_cast %v54 : index to i64
            %v56 = arith.cmpi slt, %v55, %v3 : i64
            scf.if %v56 {
              %v57 = arith.muli %v55, %v41 : i64
              %v58 = arith.addi %v50, %v57 : i64
              %v59 = llvm.getelementptr %part_B_re[%v58] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v60 = llvm.load %v59 : !llvm.ptr -> f32
              %v61 = llvm.load %v17 : !llvm.ptr -> f32
              %v62 = arith.addf %v61, %v60 fastmath<contract> : f32
              llvm.store %v62, %v17 : f32, !llvm.ptr
            }
            %v63 = arith.addi %v55, %v3 : i64
            %v64 = arith.cmpi slt, %v63, %v3 : i64
            scf.if %v64 {
              %v65 = arith.muli %v63, %v41 : i64
              %v66 = arith.addi %v50, %v65 : i64
              %v67 = llvm.getelementptr %part_B_re[%v66] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v68 = llvm.load %v67 : !llvm.ptr -> f32
              %v69 = llvm.load %v18 : !llvm.ptr -> f32
              %v70 = arith.addf %v69, %v68 fastmath<contract> : f32
              llvm.store %v70, %v18 : f32, !llvm.ptr
            }
            %v72 = arith.addi %v55, %v71 : i64
            %v73 = arith.cmpi slt, %v72, %v3 : i64
            scf.if %v73 {
              %v74 = arith.muli %v72, %v41 : i64
              %v75 = arith.addi %v50, %v74 : i64
              %v76 = llvm.getelementptr %part_B_re[%v75] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v77 = llvm.load %v76 : !llvm.ptr -> f32
              %v78 = llvm.load %v19 : !llvm.ptr -> f32
              %v79 = arith.addf %v78, %v77 fastmath<contract> : f32
              llvm.store %v79, %v19 : f32, !llvm.ptr
            }
            %v81 = arith.addi %v55, %v80 : i64
            %v82 = arith.cmpi slt, %v81, %v3 : i64
            scf.if %v82 {
              %v83 = arith.muli %v81, %v41 : i64
              %v84 = arith.addi %v50, %v83 : i64
              %v85 = llvm.getelementptr %part_B_re[%v84] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v86 = llvm.load %v85 : !llvm.ptr -> f32
              %v87 = llvm.load %v20 : !llvm.ptr -> f32
              %v88 = arith.addf %v87, %v86 fastmath<contract> : f32
              llvm.store %v88, %v20 : f32, !llvm.ptr
            }
            %v89 = arith.addi %v55, %v1 : i64
            %v90 = arith.cmpi slt, %v89, %v3 : i64
            scf.if %v90 {
              %v91 = arith.muli %v89, %v41 : i64
              %v92 = arith.addi %v50, %v91 : i64
              %v93 = llvm.getelementptr %part_B_re[%v92] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v94 = llvm.load %v93 : !llvm.ptr -> f32
              %v95 = llvm.load %v21 : !llvm.ptr -> f32
              %v96 = arith.addf %v95, %v94 fastmath<contract> : f32
              llvm.store %v96, %v21 : f32, !llvm.ptr
            }
            %v98 = arith.addi %v55, %v97 : i64
            %v99 = arith.cmpi slt, %v98, %v3 : i64
            scf.if %v99 {
              %v100 = arith.muli %v98, %v41 : i64
              %v101 = arith.addi %v50, %v100 : i64
              %v102 = llvm.getelementptr %part_B_re[%v101] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v103 = llvm.load %v102 : !llvm.ptr -> f32
              %v104 = llvm.load %v22 : !llvm.ptr -> f32
              %v105 = arith.addf %v104, %v103 fastmath<contract> : f32
              llvm.store %v105, %v22 : f32, !llvm.ptr
            }
            %v107 = arith.addi %v55, %v106 : i64
            %v108 = arith.cmpi slt, %v107, %v3 : i64
            scf.if %v108 {
              %v109 = arith.muli %v107, %v41 : i64
              %v110 = arith.addi %v50, %v109 : i64
              %v111 = llvm.getelementptr %part_B_re[%v110] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v112 = llvm.load %v111 : !llvm.ptr -> f32
              %v113 = llvm.load %v23 : !llvm.ptr -> f32
              %v114 = arith.addf %v113, %v112 fastmath<contract> : f32
              llvm.store %v114, %v23 : f32, !llvm.ptr
            }
            %v116 = arith.addi %v55, %v115 : i64
            %v117 = arith.cmpi slt, %v116, %v3 : i64
            scf.if %v117 {
              %v118 = arith.muli %v116, %v41 : i64
              %v119 = arith.addi %v50, %v118 : i64
              %v120 = llvm.getelementptr %part_B_re[%v119] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v121 = llvm.load %v120 : !llvm.ptr -> f32
              %v122 = llvm.load %v24 : !llvm.ptr -> f32
              %v123 = arith.addf %v122, %v121 fastmath<contract> : f32
              llvm.store %v123, %v24 : f32, !llvm.ptr
            }
            %v125 = arith.addi %v55, %v124 : i64
            %v126 = arith.cmpi slt, %v125, %v3 : i64
            scf.if %v126 {
              %v127 = arith.muli %v125, %v41 : i64
              %v128 = arith.addi %v50, %v127 : i64
              %v129 = llvm.getelementptr %part_B_re[%v128] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v130 = llvm.load %v129 : !llvm.ptr -> f32
              %v131 = llvm.load %v25 : !llvm.ptr -> f32
              %v132 = arith.addf %v131, %v130 fastmath<contract> : f32
              llvm.store %v132, %v25 : f32, !llvm.ptr
            }
            %v134 = arith.addi %v55, %v133 : i64
            %v135 = arith.cmpi slt, %v134, %v3 : i64
            scf.if %v135 {
              %v136 = arith.muli %v134, %v41 : i64
              %v137 = arith.addi %v50, %v136 : i64
              %v138 = llvm.getelementptr %part_B_re[%v137] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v139 = llvm.load %v138 : !llvm.ptr -> f32
              %v140 = llvm.load %v26 : !llvm.ptr -> f32
              %v141 = arith.addf %v140, %v139 fastmath<contract> : f32
              llvm.store %v141, %v26 : f32, !llvm.ptr
            }
            %v143 = arith.addi %v55, %v142 : i64
            %v144 = arith.cmpi slt, %v143, %v3 : i64
            scf.if %v144 {
              %v145 = arith.muli %v143, %v41 : i64
              %v146 = arith.addi %v50, %v145 : i64
              %v147 = llvm.getelementptr %part_B_re[%v146] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v148 = llvm.load %v147 : !llvm.ptr -> f32
              %v149 = llvm.load %v27 : !llvm.ptr -> f32
              %v150 = arith.addf %v149, %v148 fastmath<contract> : f32
              llvm.store %v150, %v27 : f32, !llvm.ptr
            }
            %v152 = arith.addi %v55, %v151 : i64
            %v153 = arith.cmpi slt, %v152, %v3 : i64
            scf.if %v153 {
              %v154 = arith.muli %v152, %v41 : i64
              %v155 = arith.addi %v50, %v154 : i64
              %v156 = llvm.getelementptr %part_B_re[%v155] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v157 = llvm.load %v156 : !llvm.ptr -> f32
              %v158 = llvm.load %v28 : !llvm.ptr -> f32
              %v159 = arith.addf %v158, %v157 fastmath<contract> : f32
              llvm.store %v159, %v28 : f32, !llvm.ptr
            }
            %v161 = arith.addi %v55, %v160 : i64
            %v162 = arith.cmpi slt, %v161, %v3 : i64
            scf.if %v162 {
              %v163 = arith.muli %v161, %v41 : i64
              %v164 = arith.addi %v50, %v163 : i64
              %v165 = llvm.getelementptr %part_B_re[%v164] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v166 = llvm.load %v165 : !llvm.ptr -> f32
              %v167 = llvm.load %v29 : !llvm.ptr -> f32
              %v168 = arith.addf %v167, %v166 fastmath<contract> : f32
              llvm.store %v168, %v29 : f32, !llvm.ptr
            }
            %v170 = arith.addi %v55, %v169 : i64
            %v171 = arith.cmpi slt, %v170, %v3 : i64
            scf.if %v171 {
              %v172 = arith.muli %v170, %v41 : i64
              %v173 = arith.addi %v50, %v172 : i64
              %v174 = llvm.getelementptr %part_B_re[%v173] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v175 = llvm.load %v174 : !llvm.ptr -> f32
              %v176 = llvm.load %v30 : !llvm.ptr -> f32
              %v177 = arith.addf %v176, %v175 fastmath<contract> : f32
              llvm.store %v177, %v30 : f32, !llvm.ptr
            }
            %v179 = arith.addi %v55, %v178 : i64
            %v180 = arith.cmpi slt, %v179, %v3 : i64
            scf.if %v180 {
              %v181 = arith.muli %v179, %v41 : i64
              %v182 = arith.addi %v50, %v181 : i64
              %v183 = llvm.getelementptr %part_B_re[%v182] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v184 = llvm.load %v183 : !llvm.ptr -> f32
              %v185 = llvm.load %v31 : !llvm.ptr -> f32
              %v186 = arith.addf %v185, %v184 fastmath<contract> : f32
              llvm.store %v186, %v31 : f32, !llvm.ptr
            }
            %v188 = arith.addi %v55, %v187 : i64
            %v189 = arith.cmpi slt, %v188, %v3 : i64
            scf.if %v189 {
              %v190 = arith.muli %v188, %v41 : i64
              %v191 = arith.addi %v50, %v190 : i64
              %v192 = llvm.getelementptr %part_B_re[%v191] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v193 = llvm.load %v192 : !llvm.ptr -> f32
              %v194 = llvm.load %v32 : !llvm.ptr -> f32
              %v195 = arith.addf %v194, %v193 fastmath<contract> : f32
              llvm.store %v195, %v32 : f32, !llvm.ptr
            }
          }
        }
        %v196 = llvm.load %v17 : !llvm.ptr -> f32
        %v197 = llvm.load %v18 : !llvm.ptr -> f32
        %v198 = arith.addf %v196, %v197 fastmath<contract> : f32
        %v199 = llvm.load %v19 : !llvm.ptr -> f32
        %v200 = arith.addf %v198, %v199 fastmath<contract> : f32
        %v201 = llvm.load %v20 : !llvm.ptr -> f32
        %v202 = arith.addf %v200, %v201 fastmath<contract> : f32
        %v203 = llvm.load %v21 : !llvm.ptr -> f32
        %v204 = arith.addf %v202, %v203 fastmath<contract> : f32
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
        %v227 = llvm.getelementptr %dx_B_re[%v11] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v226, %v227 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
