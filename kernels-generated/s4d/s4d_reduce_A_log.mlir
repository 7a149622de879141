module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @s4d_reduce_A_log(%part_A_log: !llvm.ptr, %dx_A_log: !llvm.ptr, %size_B: i64, %size_D: i64, %size_L: i64, %size_N: i64) kernel {
      %v1 = arith.constant 16 : i64
      %v2 = arith.constant 1 : i64
      %v3 = arith.muli %size_B, %size_D : i64
      %v4 = arith.muli %size_D, %v1 : i64
      %v9 = arith.constant 256 : i64
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
      %v35 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v36 = arith.constant 0x00000000 : f32
      %v41 = arith.constant 0 : i64
      %v74 = arith.constant 2 : i64
      %v83 = arith.constant 3 : i64
      %v92 = arith.constant 4 : i64
      %v101 = arith.constant 5 : i64
      %v110 = arith.constant 6 : i64
      %v119 = arith.constant 7 : i64
      %v128 = arith.constant 8 : i64
      %v137 = arith.constant 9 : i64
      %v146 = arith.constant 10 : i64
      %v155 = arith.constant 11 : i64
      %v164 = arith.constant 12 : i64
      %v173 = arith.constant 13 : i64
      %v182 = arith.constant 14 : i64
      %v191 = arith.constant 15 : i64
      %v5 = gpu.block_id x
      %v6 = gpu.thread_id x
      %v7 = arith.index_cast %v6 : index to i64
      %v8 = arith.index_cast %v5 : index to i64
      %v10 = arith.muli %v8, %v9 : i64
      %v11 = arith.addi %v10, %v7 : i64
      %v12 = arith.cmpi slt, %v11, %v4 : i64
      %v13 = arith.subi %v4, %v2 : i64
      %v14 = arith.minsi %v11, %v13 : i64
      %v15 = arith.remui %v14, %size_D : i64
      %v16 = arith.divui %v14, %size_D : i64
      %v17 = arith.remui %v16, %size_B : i64
      %v18 = arith.divui %v16, %size_B : i64
      scf.if %v12 {
        %v19 = arith.constant true
        scf.if %v19 {
          llvm.store %v36, %v20 : f32, !llvm.ptr
          llvm.store %v36, %v21 : f32, !llvm.ptr
          llvm.store %v36, %v22 : f32, !llvm.ptr
          llvm.store %v36, %v23 : f32, !llvm.ptr
          llvm.store %v36, %v24 : f32, !llvm.ptr
          llvm.store %v36, %v25 : f32, !llvm.ptr
          llvm.store %v36, %v26 : f32, !llvm.ptr
          llvm.store %v36, %v27 : f32, !llvm.ptr
          llvm.store %v36, %v28 : f32, !llvm.ptr
          llvm.store %v36, %v29 : f32, !llvm.ptr
          llvm.store %v36, %v30 : f32, !llvm.ptr
          llvm.store %v36, %v31 : f32, !llvm.ptr
          llvm.store %v36, %v32 : f32, !llvm.ptr
          llvm.store %v36, %v33 : f32, !llvm.ptr
          llvm.store %v36, %v34 : f32, !llvm.ptr
          llvm.store %v36, %v35 : f32, !llvm.ptr
          %v37 = arith.remui %v11, %v1 : i64
          %v38 = arith.divui %v11, %v1 : i64
          %v39 = arith.remui %v38, %size_D : i64
          %v40 = arith.divui %v38, %size_D : i64
          %v42 = arith.muli %v3, %v1 : i64
          %v43 = arith.index_cast %v41 : i64 to index
          %v44 = arith.index_cast %size_B : i64 to index
          %v45 = arith.index_cast %v2 : i64 to index
          scf.for %v46 = %v43 to %v44 step %v45 {
            %v47 = arith.index_cast %v46 : index to i64
            %v48 = arith.remui %v47, %size_B : i64
            %v49 = arith.divui %v47, %size_B : i64
            %v50 = arith.muli %v48, %size_D : i64
            %v51 = arith.addi %v50, %v39 : i64
            %v52 = arith.muli %v51, %v1 : i64
            %v53 = arith.addi %v52, %v37 : i64
            %v54 = arith.index_cast %v41 : i64 to index
            %v55 = arith.index_cast %v2 : i64 to index
            %v56 = arith.index_cast %v1 : i64 to index
            scf.for %v57 = %v54 to %v55 step %v56 {
              %v58 = arith.index_cast %v57 : index to i64
              %v59 = arith.cmpi slt, %v58, %v2 : i64
              scf.if %v59 {
                %v60 = arith.muli %v58, %v42 : i64
                %v61 = arith.addi %v53, %v60 : i64
                %v62 = llvm.getelementptr %part_A_log[%v61] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v63 = llvm.load %v62 : !llvm.ptr -> f32
                %v64 = llvm.load %v20 : !llvm.ptr -> f32
                %v65 = arith.addf %v64, %v63 fastmath<contract> : f32
                llvm.store %v65, %v20 : f32, !llvm.ptr
              }
              %v66 = arith.addi %v58, %v2 : i64
              %v67 = arith.cmpi slt, %v66, %v2 : i64
              scf.if %v67 {
                %v68 = arith.muli %v66, %v42 : i64
                %v69 = arith.addi %v53, %v68 : i64
                %v70 = llvm.getelementptr %part_A_log[%v69] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v71 = llvm.load %v70 : !llvm.ptr -> f32
                %v72 = llvm.load %v21 : !llvm.ptr -> f32
                %v73 = arith.addf %v72, %v71 fastmath<contract> : f32
                llvm.store %v73, %v21 : f32, !llvm.ptr
              }
              %v75 = arith.addi %v58, %v74 : i64
              %v76 = arith.cmpi slt, %v75, %v2 : i64
              scf.if %v76 {
                %v77 = arith.muli %v75, %v42 : i64
                %v78 = arith.addi %v53, %v77 : i64
                %v79 = llvm.getelementptr %part_A_log[%v78] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v80 = llvm.load %v79 : !llvm.ptr -> f32
                %v81 = llvm.load %v22 : !llvm.ptr -> f32
                %v82 = arith.addf %v81, %v80 fastmath<contract> : f32
                llvm.store %v82, %v22 : f32, !llvm.ptr
              }
              %v84 = arith.addi %v58, %v83 : i64
              %v85 = arith.cmpi slt, %v84, %v2 : i64
              scf.if %v85 {
                %v86 = arith.muli %v84, %v42 : i64
                %v87 = arith.addi %v53, %v86 : i64
                %v88 = llvm.getelementptr %part_A_log[%v87] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v89 = llvm.load %v88 : !llvm.ptr -> f32
                %v90 = llvm.load %v23 : !llvm.ptr -> f32
                %v91 = arith.addf %v90, %v89 fastmath<contract> : f32
                llvm.store %v91, %v23 : f32, !llvm.ptr
              }
              %v93 = arith.addi %v58, %v92 : i64
              %v94 = arith.cmpi slt, %v93, %v2 : i64
              scf.if %v94 {
                %v95 = arith.muli %v93, %v42 : i64
                %v96 = arith.addi %v53, %v95 : i64
                %v97 = llvm.getelementptr %part_A_log[%v96] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v98 = llvm.load %v97 : !llvm.ptr -> f32
                %v99 = llvm.load %v24 : !llvm.ptr -> f32
                %v100 = arith.addf %v99, %v98 fastmath<contract> : f32
                llvm.store %v100, %v24 : f32, !llvm.ptr
              }
              %v102 = arith.addi %v58, %v101 : i64
              %v103 = arith.cmpi slt, %v102, %v2 : i64
              scf.if %v103 {
                %v104 = arith.muli %v102, %v42 : i64
                %v105 = arith.addi %v53, %v104 : i64
                %v106 = llvm.getelementptr %part_A_log[%v105] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v107 = llvm.load %v106 : !llvm.ptr -> f32
                %v108 = llvm.load %v25 : !llvm.ptr -> f32
                %v109 = arith.addf %v108, %v107 fastmath<contract> : f32
                llvm.store %v109, %v25 : f32, !llvm.ptr
              }
              %v111 = arith.addi %v58, %v110 : i64
              %v112 = arith.cmpi slt, %v111, %v2 : i64
              scf.if %v112 {
                %v113 = arith.muli %v111, %v42 : i64
                %v114 = arith.addi %v53, %v113 : i64
                %v115 = llvm.getelementptr %part_A_log[%v114] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v116 = llvm.load %v115 : !llvm.ptr -> f32
                %v117 = llvm.load %v26 : !llvm.ptr -> f32
                %v118 = arith.addf %v117, %v116 fastmath<contract> : f32
                llvm.store %v118, %v26 : f32, !llvm.ptr
              }
              %v120 = arith.addi %v58, %v119 : i64
              %v121 = arith.cmpi slt, %v120, %v2 : i64
              scf.if %v121 {
                %v122 = arith.muli %v120, %v42 : i64
                %v123 = arith.addi %v53, %v122 : i64
                %v124 = llvm.getelementptr %part_A_log[%v123] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v125 = llvm.load %v124 : !llvm.ptr -> f32
                %v126 = llvm.load %v27 : !llvm.ptr -> f32
                %v127 = arith.addf %v126, %v125 fastmath<contract> : f32
                llvm.store %v127, %v27 : f32, !llvm.ptr
              }
              %v129 = arith.addi %v58, %v128 : i64
              %v130 = arith.cmpi slt, %v129, %v2 : i64
              scf.if %v130 {
                %v131 = arith.muli %v129, %v42 : i64
                %v132 = arith.addi %v53, %v131 : i64
                %v133 = llvm.getelementptr %part_A_log[%v132] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v134 = llvm.load %v133 : !llvm.ptr -> f32
                %v135 = llvm.load %v28 : !llvm.ptr -> f32
                %v136 = arith.addf %v135, %v134 fastmath<contract> : f32
                llvm.store %v136, %v28 : f32, !llvm.ptr
              }
              %v138 = arith.addi %v58, %v137 : i64
              %v139 = arith.cmpi slt, %v138, %v2 : i64
              scf.if %v139 {
                %v140 = arith.muli %v138, %v42 : i64
                %v141 = arith.addi %v53, %v140 : i64
                %v142 = llvm.getelementptr %part_A_log[%v141] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v143 = llvm.load %v142 : !llvm.ptr -> f32
                %v144 = llvm.load %v29 : !llvm.ptr -> f32
                %v145 = arith.addf %v144, %v143 fastmath<contract> : f32
                llvm.store %v145, %v29 : f32, !llvm.ptr
              }
              %v147 = arith.addi %v58, %v146 : i64
              %v148 = arith.cmpi slt, %v147, %v2 : i64
              scf.if %v148 {
                %v149 = arith.muli %v147, %v42 : i64
                %v150 = arith.addi %v53, %v149 : i64
                %v151 = llvm.getelementptr %part_A_log[%v150] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v152 = llvm.load %v151 : !llvm.ptr -> f32
                %v153 = llvm.load %v30 : !llvm.ptr -> f32
                %v154 = arith.addf %v153, %v152 fastmath<contract> : f32
                llvm.store %v154, %v30 : f32, !llvm.ptr
              }
              %v156 = arith.addi %v58, %v155 : i64
              %v157 = arith.cmpi slt, %v156, %v2 : i64
              scf.if %v157 {
                %v158 = arith.muli %v156, %v42 : i64
                %v159 = arith.addi %v53, %v158 : i64
                %v160 = llvm.getelementptr %part_A_log[%v159] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v161 = llvm.load %v160 : !llvm.ptr -> f32
                %v162 = llvm.load %v31 : !llvm.ptr -> f32
                %v163 = arith.addf %v162, %v161 fastmath<contract> : f32
                llvm.store %v163, %v31 : f32, !llvm.ptr
              }
              %v165 = arith.addi %v58, %v164 : i64
              %v166 = arith.cmpi slt, %v165, %v2 : i64
              scf.if %v166 {
                %v167 = arith.muli %v165, %v42 : i64
                %v168 = arith.addi %v53, %v167 : i64
                %v169 = llvm.getelementptr %part_A_log[%v168] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v170 = llvm.load %v169 : !llvm.ptr -> f32
                %v171 = llvm.load %v32 : !llvm.ptr -> f32
                %v172 = arith.addf %v171, %v170 fastmath<contract> : f32
                llvm.store %v172, %v32 : f32, !llvm.ptr
              }
              %v174 = arith.addi %v58, %v173 : i64
              %v175 = arith.cmpi slt, %v174, %v2 : i64
              scf.if %v175 {
                %v176 = arith.muli %v174, %v42 : i64
                %v177 = arith.addi %v53, %v176 : i64
                %v178 = llvm.getelementptr %part_A_log[%v177] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v179 = llvm.load %v178 : !llvm.ptr -> f32
                %v180 = llvm.load %v33 : !llvm.ptr -> f32
                %v181 = arith.addf %v180, %v179 fastmath<contract> : f32
                llvm.store %v181, %v33 : f32, !llvm.ptr
              }
              %v183 = arith.addi %v58, %v182 : i64
              %v184 = arith.cmpi slt, %v183, %v2 : i64
              scf.if %v184 {
                %v185 = arith.muli %v183, %v42 : i64
                %v186 = arith.addi %v53, %v185 : i64
                %v187 = llvm.getelementptr %part_A_log[%v186] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v188 = llvm.load %v187 : !llvm.ptr -> f32
                %v189 = llvm.load %v34 : !llvm.ptr -> f32
                %v190 = arith.addf %v189, %v188 fastmath<contract> : f32
                llvm.store %v190, %v34 : f32, !llvm.ptr
              }
              %v192 = arith.addi %v58, %v191 : i64
              %v193 = arith.cmpi slt, %v192, %v2 : i64
              scf.if %v193 {
                %v194 = arith.muli %v192, %v42 : i64
                %v195 = arith.addi %v53, %v194 : i64
                %v196 = llvm.getelementptr %part_A_log[%v195] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v197 = llvm.load %v196 : !llvm.ptr -> f32
                %v198 = llvm.load %v35 : !llvm.ptr -> f32
                %v199 = arith.addf %v198, %v197 fastmath<contract> : f32
                llvm.store %v199, %v35 : f32, !llvm.ptr
              }
            }
          }
          %v200 = llvm.load %v20 : !llvm.ptr -> f32
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
          %v227 = llvm.load %v34 : !llvm.ptr -> f32
          %v228 = arith.addf %v226, %v227 fastmath<contract> : f32
          %v229 = llvm.load %v35 : !llvm.ptr -> f32
          %v230 = arith.addf %v228, %v229 fastmath<contract> : f32
          %v231 = llvm.getelementptr %dx_A_log[%v11] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v230, %v231 : f32, !llvm.ptr
        }
      }
      gpu.return
    }
  }
}
