module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @lru_seg_reduce_B_re(%part_B_re: !llvm.ptr, %dx_B_re: !llvm.ptr, %size_B: i64, %size_L: i64, %size_M: i64, %size_N: i64) kernel {
      %v1 = arith.constant 4 : i64
      %v2 = arith.constant 16 : i64
      %v3 = arith.constant 1 : i64
      %v4 = arith.constant 64 : i64
      %v9 = arith.constant 256 : i64
      %v13 = arith.constant 63 : i64
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
      %v33 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v34 = arith.constant 0x00000000 : f32
      %v39 = arith.constant 0 : i64
      %v42 = arith.constant 255 : i64
      %v75 = arith.constant 2 : i64
      %v84 = arith.constant 3 : i64
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
      %v14 = arith.minsi %v11, %v13 : i64
      %v15 = arith.remui %v14, %size_B : i64
      %v16 = arith.divui %v14, %size_B : i64
      scf.if %v12 {
        %v17 = arith.constant true
        scf.if %v17 {
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
          %v35 = arith.remui %v11, %v1 : i64
          %v36 = arith.divui %v11, %v1 : i64
          %v37 = arith.remui %v36, %v2 : i64
          %v38 = arith.divui %v36, %v2 : i64
          %v40 = arith.muli %v37, %v1 : i64
          %v41 = arith.addi %v40, %v35 : i64
          %v43 = arith.addi %size_L, %v42 : i64
          %v44 = arith.divui %v43, %v9 : i64
          %v45 = arith.muli %size_B, %v4 : i64
          %v46 = arith.index_cast %v39 : i64 to index
          %v47 = arith.index_cast %size_B : i64 to index
          %v48 = arith.index_cast %v3 : i64 to index
          scf.for %v49 = %v46 to %v47 step %v48 {
            %v50 = arith.index_cast %v49 : index to i64
            %v51 = arith.remui %v50, %size_B : i64
            %v52 = arith.divui %v50, %size_B : i64
            %v53 = arith.muli %v51, %v4 : i64
            %v54 = arith.addi %v53, %v41 : i64
            %v55 = arith.index_cast %v39 : i64 to index
            %v56 = arith.index_cast %v44 : i64 to index
            %v57 = arith.index_cast %v2 : i64 to index
            scf.for %v58 = %v55 to %v56 step %v57 {
              %v59 = arith.index_cast %v58 : index to i64
              %v60 = arith.cmpi slt, %v59, %v44 : i64
              scf.if %v60 {
                %v61 = arith.muli %v59, %v45 : i64
                %v62 = arith.addi %v54, %v61 : i64
                %v63 = llvm.getelementptr %part_B_re[%v62] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v64 = llvm.load %v63 : !llvm.ptr -> f32
                %v65 = llvm.load %v18 : !llvm.ptr -> f32
                %v66 = arith.addf %v65, %v64 fastmath<contract> : f32
                llvm.store %v66, %v18 : f32, !llvm.ptr
              }
              %v67 = arith.addi %v59, %v3 : i64
              %v68 = arith.cmpi slt, %v67, %v44 : i64
              scf.if %v68 {
                %v69 = arith.muli %v67, %v45 : i64
                %v70 = arith.addi %v54, %v69 : i64
                %v71 = llvm.getelementptr %part_B_re[%v70] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v72 = llvm.load %v71 : !llvm.ptr -> f32
                %v73 = llvm.load %v19 : !llvm.ptr -> f32
                %v74 = arith.addf %v73, %v72 fastmath<contract> : f32
                llvm.store %v74, %v19 : f32, !llvm.ptr
              }
              %v76 = arith.addi %v59, %v75 : i64
              %v77 = arith.cmpi slt, %v76, %v44 : i64
              scf.if %v77 {
                %v78 = arith.muli %v76, %v45 : i64
                %v79 = arith.addi %v54, %v78 : i64
                %v80 = llvm.getelementptr %part_B_re[%v79] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v81 = llvm.load %v80 : !llvm.ptr -> f32
                %v82 = llvm.load %v20 : !llvm.ptr -> f32
                %v83 = arith.addf %v82, %v81 fastmath<contract> : f32
                llvm.store %v83, %v20 : f32, !llvm.ptr
              }
              %v85 = arith.addi %v59, %v84 : i64
              %v86 = arith.cmpi slt, %v85, %v44 : i64
              scf.if %v86 {
                %v87 = arith.muli %v85, %v45 : i64
                %v88 = arith.addi %v54, %v87 : i64
                %v89 = llvm.getelementptr %part_B_re[%v88] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v90 = llvm.load %v89 : !llvm.ptr -> f32
                %v91 = llvm.load %v21 : !llvm.ptr -> f32
                %v92 = arith.addf %v91, %v90 fastmath<contract> : f32
                llvm.store %v92, %v21 : f32, !llvm.ptr
              }
              %v93 = arith.addi %v59, %v1 : i64
              %v94 = arith.cmpi slt, %v93, %v44 : i64
              scf.if %v94 {
                %v95 = arith.muli %v93, %v45 : i64
                %v96 = arith.addi %v54, %v95 : i64
                %v97 = llvm.getelementptr %part_B_re[%v96] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v98 = llvm.load %v97 : !llvm.ptr -> f32
                %v99 = llvm.load %v22 : !llvm.ptr -> f32
                %v100 = arith.addf %v99, %v98 fastmath<contract> : f32
                llvm.store %v100, %v22 : f32, !llvm.ptr
              }
              %v102 = arith.addi %v59, %v101 : i64
              %v103 = arith.cmpi slt, %v102, %v44 : i64
              scf.if %v103 {
                %v104 = arith.muli %v102, %v45 : i64
                %v105 = arith.addi %v54, %v104 : i64
                %v106 = llvm.getelementptr %part_B_re[%v105] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v107 = llvm.load %v106 : !llvm.ptr -> f32
                %v108 = llvm.load %v23 : !llvm.ptr -> f32
                %v109 = arith.addf %v108, %v107 fastmath<contract> : f32
                llvm.store %v109, %v23 : f32, !llvm.ptr
              }
              %v111 = arith.addi %v59, %v110 : i64
              %v112 = arith.cmpi slt, %v111, %v44 : i64
              scf.if %v112 {
                %v113 = arith.muli %v111, %v45 : i64
                %v114 = arith.addi %v54, %v113 : i64
                %v115 = llvm.getelementptr %part_B_re[%v114] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v116 = llvm.load %v115 : !llvm.ptr -> f32
                %v117 = llvm.load %v24 : !llvm.ptr -> f32
                %v118 = arith.addf %v117, %v116 fastmath<contract> : f32
                llvm.store %v118, %v24 : f32, !llvm.ptr
              }
              %v120 = arith.addi %v59, %v119 : i64
              %v121 = arith.cmpi slt, %v120, %v44 : i64
              scf.if %v121 {
                %v122 = arith.muli %v120, %v45 : i64
                %v123 = arith.addi %v54, %v122 : i64
                %v124 = llvm.getelementptr %part_B_re[%v123] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v125 = llvm.load %v124 : !llvm.ptr -> f32
                %v126 = llvm.load %v25 : !llvm.ptr -> f32
                %v127 = arith.addf %v126, %v125 fastmath<contract> : f32
                llvm.store %v127, %v25 : f32, !llvm.ptr
              }
              %v129 = arith.addi %v59, %v128 : i64
              %v130 = arith.cmpi slt, %v129, %v44 : i64
              scf.if %v130 {
                %v131 = arith.muli %v129, %v45 : i64
                %v132 = arith.addi %v54, %v131 : i64
                %v133 = llvm.getelementptr %part_B_re[%v132] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v134 = llvm.load %v133 : !llvm.ptr -> f32
                %v135 = llvm.load %v26 : !llvm.ptr -> f32
                %v136 = arith.addf %v135, %v134 fastmath<contract> : f32
                llvm.store %v136, %v26 : f32, !llvm.ptr
              }
              %v138 = arith.addi %v59, %v137 : i64
              %v139 = arith.cmpi slt, %v138, %v44 : i64
              scf.if %v139 {
                %v140 = arith.muli %v138, %v45 : i64
                %v141 = arith.addi %v54, %v140 : i64
                %v142 = llvm.getelementptr %part_B_re[%v141] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v143 = llvm.load %v142 : !llvm.ptr -> f32
                %v144 = llvm.load %v27 : !llvm.ptr -> f32
                %v145 = arith.addf %v144, %v143 fastmath<contract> : f32
                llvm.store %v145, %v27 : f32, !llvm.ptr
              }
              %v147 = arith.addi %v59, %v146 : i64
              %v148 = arith.cmpi slt, %v147, %v44 : i64
              scf.if %v148 {
                %v149 = arith.muli %v147, %v45 : i64
                %v150 = arith.addi %v54, %v149 : i64
                %v151 = llvm.getelementptr %part_B_re[%v150] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v152 = llvm.load %v151 : !llvm.ptr -> f32
                %v153 = llvm.load %v28 : !llvm.ptr -> f32
                %v154 = arith.addf %v153, %v152 fastmath<contract> : f32
                llvm.store %v154, %v28 : f32, !llvm.ptr
              }
              %v156 = arith.addi %v59, %v155 : i64
              %v157 = arith.cmpi slt, %v156, %v44 : i64
              scf.if %v157 {
                %v158 = arith.muli %v156, %v45 : i64
                %v159 = arith.addi %v54, %v158 : i64
                %v160 = llvm.getelementptr %part_B_re[%v159] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v161 = llvm.load %v160 : !llvm.ptr -> f32
                %v162 = llvm.load %v29 : !llvm.ptr -> f32
                %v163 = arith.addf %v162, %v161 fastmath<contract> : f32
                llvm.store %v163, %v29 : f32, !llvm.ptr
              }
              %v165 = arith.addi %v59, %v164 : i64
              %v166 = arith.cmpi slt, %v165, %v44 : i64
              scf.if %v166 {
                %v167 = arith.muli %v165, %v45 : i64
                %v168 = arith.addi %v54, %v167 : i64
                %v169 = llvm.getelementptr %part_B_re[%v168] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v170 = llvm.load %v169 : !llvm.ptr -> f32
                %v171 = llvm.load %v30 : !llvm.ptr -> f32
                %v172 = arith.addf %v171, %v170 fastmath<contract> : f32
                llvm.store %v172, %v30 : f32, !llvm.ptr
              }
              %v174 = arith.addi %v59, %v173 : i64
              %v175 = arith.cmpi slt, %v174, %v44 : i64
              scf.if %v175 {
                %v176 = arith.muli %v174, %v45 : i64
                %v177 = arith.addi %v54, %v176 : i64
                %v178 = llvm.getelementptr %part_B_re[%v177] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v179 = llvm.load %v178 : !llvm.ptr -> f32
                %v180 = llvm.load %v31 : !llvm.ptr -> f32
                %v181 = arith.addf %v180, %v179 fastmath<contract> : f32
                llvm.store %v181, %v31 : f32, !llvm.ptr
              }
              %v183 = arith.addi %v59, %v182 : i64
              %v184 = arith.cmpi slt, %v183, %v44 : i64
              scf.if %v184 {
                %v185 = arith.muli %v183, %v45 : i64
                %v186 = arith.addi %v54, %v185 : i64
                %v187 = llvm.getelementptr %part_B_re[%v186] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v188 = llvm.load %v187 : !llvm.ptr -> f32
                %v189 = llvm.load %v32 : !llvm.ptr -> f32
                %v190 = arith.addf %v189, %v188 fastmath<contract> : f32
                llvm.store %v190, %v32 : f32, !llvm.ptr
              }
              %v192 = arith.addi %v59, %v191 : i64
              %v193 = arith.cmpi slt, %v192, %v44 : i64
              scf.if %v193 {
                %v194 = arith.muli %v192, %v45 : i64
                %v195 = arith.addi %v54, %v194 : i64
                %v196 = llvm.getelementptr %part_B_re[%v195] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v197 = llvm.load %v196 : !llvm.ptr -> f32
                %v198 = llvm.load %v33 : !llvm.ptr -> f32
                %v199 = arith.addf %v198, %v197 fastmath<contract> : f32
                llvm.store %v199, %v33 : f32, !llvm.ptr
              }
            }
          }
          %v200 = llvm.load %v18 : !llvm.ptr -> f32
          %v201 = llvm.load %v19 : !llvm.ptr -> f32
          %v202 = arith.addf %v200, %v201 fastmath<contract> : f32
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
          %v231 = llvm.getelementptr %dx_B_re[%v11] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v230, %v231 : f32, !llvm.ptr
        }
      }
      gpu.return
    }
  }
}
