module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @lru_reduce_B_re(%part_B_re: !llvm.ptr, %dx_B_re: !llvm.ptr, %size_B: i64, %size_L: i64, %size_M: i64, %size_N: i64) kernel {
      %v1 = arith.constant 4 : i64
      %v2 = arith.constant 16 : i64
      %v3 = arith.constant 1 : i64
      %v4 = arith.muli %v3, %size_B : i64
      %v5 = arith.muli %v3, %v2 : i64
      %v6 = arith.muli %v5, %v1 : i64
      %v11 = arith.constant 256 : i64
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
      %v34 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v35 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v36 = arith.constant 0x00000000 : f32
      %v41 = arith.constant 0 : i64
      %v47 = arith.constant 64 : i64
      %v83 = arith.constant 2 : i64
      %v92 = arith.constant 3 : i64
      %v109 = arith.constant 5 : i64
      %v118 = arith.constant 6 : i64
      %v127 = arith.constant 7 : i64
      %v136 = arith.constant 8 : i64
      %v145 = arith.constant 9 : i64
      %v154 = arith.constant 10 : i64
      %v163 = arith.constant 11 : i64
      %v172 = arith.constant 12 : i64
      %v181 = arith.constant 13 : i64
      %v190 = arith.constant 14 : i64
      %v199 = arith.constant 15 : i64
      %v7 = gpu.block_id x
      %v8 = gpu.thread_id x
      %v9 = arith.index_cast %v8 : index to i64
      %v10 = arith.index_cast %v7 : index to i64
      %v12 = arith.muli %v10, %v11 : i64
      %v13 = arith.addi %v12, %v9 : i64
      %v14 = arith.cmpi slt, %v13, %v6 : i64
      %v15 = arith.subi %v6, %v3 : i64
      %v16 = arith.minsi %v13, %v15 : i64
      %v17 = arith.remui %v16, %size_B : i64
      %v18 = arith.divui %v16, %size_B : i64
      scf.if %v14 {
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
          %v37 = arith.remui %v13, %v1 : i64
          %v38 = arith.divui %v13, %v1 : i64
          %v39 = arith.remui %v38, %v2 : i64
          %v40 = arith.divui %v38, %v2 : i64
          %v42 = arith.muli %v41, %v2 : i64
          %v43 = arith.addi %v42, %v39 : i64
          %v44 = arith.muli %v43, %v1 : i64
          %v45 = arith.addi %v44, %v37 : i64
          %v46 = arith.muli %v3, %size_B : i64
          %v48 = arith.muli %v4, %v47 : i64
          %v49 = arith.index_cast %v41 : i64 to index
          %v50 = arith.index_cast %v46 : i64 to index
          %v51 = arith.index_cast %v3 : i64 to index
          scf.for %v52 = %v49 to %v50 step %v51 {
            %v53 = arith.index_cast %v52 : index to i64
            %v54 = arith.remui %v53, %size_B : i64
            %v55 = arith.divui %v53, %size_B : i64
            %v56 = arith.muli %v41, %size_B : i64
            %v57 = arith.addi %v56, %v54 : i64
            %v58 = arith.muli %v41, %v4 : i64
            %v59 = arith.addi %v58, %v57 : i64
            %v60 = arith.muli %v59, %v47 : i64
            %v61 = arith.addi %v60, %v45 : i64
            %v62 = arith.index_cast %v41 : i64 to index
            %v63 = arith.index_cast %v3 : i64 to index
            %v64 = arith.index_cast %v2 : i64 to index
            scf.for %v65 = %v62 to %v63 step %v64 {
              %v66 = arith.index_cast %v65 : index to i64
              %v67 = arith.addi %v66, %v41 : i64
              %v68 = arith.cmpi slt, %v67, %v3 : i64
              scf.if %v68 {
                %v69 = arith.muli %v67, %v48 : i64
                %v70 = arith.addi %v61, %v69 : i64
                %v71 = llvm.getelementptr %part_B_re[%v70] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v72 = llvm.load %v71 : !llvm.ptr -> f32
                %v73 = llvm.load %v20 : !llvm.ptr -> f32
                %v74 = arith.addf %v73, %v72 fastmath<contract> : f32
                llvm.store %v74, %v20 : f32, !llvm.ptr
              }
              %v75 = arith.addi %v66, %v3 : i64
              %v76 = arith.cmpi slt, %v75, %v3 : i64
              scf.if %v76 {
                %v77 = arith.muli %v75, %v48 : i64
                %v78 = arith.addi %v61, %v77 : i64
                %v79 = llvm.getelementptr %part_B_re[%v78] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v80 = llvm.load %v79 : !llvm.ptr -> f32
                %v81 = llvm.load %v21 : !llvm.ptr -> f32
                %v82 = arith.addf %v81, %v80 fastmath<contract> : f32
                llvm.store %v82, %v21 : f32, !llvm.ptr
              }
              %v84 = arith.addi %v66, %v83 : i64
              %v85 = arith.cmpi slt, %v84, %v3 : i64
              scf.if %v85 {
                %v86 = arith.muli %v84, %v48 : i64
                %v87 = arith.addi %v61, %v86 : i64
                %v88 = llvm.getelementptr %part_B_re[%v87] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v89 = llvm.load %v88 : !llvm.ptr -> f32
                %v90 = llvm.load %v22 : !llvm.ptr -> f32
                %v91 = arith.addf %v90, %v89 fastmath<contract> : f32
                llvm.store %v91, %v22 : f32, !llvm.ptr
              }
              %v93 = arith.addi %v66, %v92 : i64
              %v94 = arith.cmpi slt, %v93, %v3 : i64
              scf.if %v94 {
                %v95 = arith.muli %v93, %v48 : i64
                %v96 = arith.addi %v61, %v95 : i64
                %v97 = llvm.getelementptr %part_B_re[%v96] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v98 = llvm.load %v97 : !llvm.ptr -> f32
                %v99 = llvm.load %v23 : !llvm.ptr -> f32
                %v100 = arith.addf %v99, %v98 fastmath<contract> : f32
                llvm.store %v100, %v23 : f32, !llvm.ptr
              }
              %v101 = arith.addi %v66, %v1 : i64
              %v102 = arith.cmpi slt, %v101, %v3 : i64
              scf.if %v102 {
                %v103 = arith.muli %v101, %v48 : i64
                %v104 = arith.addi %v61, %v103 : i64
                %v105 = llvm.getelementptr %part_B_re[%v104] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v106 = llvm.load %v105 : !llvm.ptr -> f32
                %v107 = llvm.load %v24 : !llvm.ptr -> f32
                %v108 = arith.addf %v107, %v106 fastmath<contract> : f32
                llvm.store %v108, %v24 : f32, !llvm.ptr
              }
              %v110 = arith.addi %v66, %v109 : i64
              %v111 = arith.cmpi slt, %v110, %v3 : i64
              scf.if %v111 {
                %v112 = arith.muli %v110, %v48 : i64
                %v113 = arith.addi %v61, %v112 : i64
                %v114 = llvm.getelementptr %part_B_re[%v113] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v115 = llvm.load %v114 : !llvm.ptr -> f32
                %v116 = llvm.load %v25 : !llvm.ptr -> f32
                %v117 = arith.addf %v116, %v115 fastmath<contract> : f32
                llvm.store %v117, %v25 : f32, !llvm.ptr
              }
              %v119 = arith.addi %v66, %v118 : i64
              %v120 = arith.cmpi slt, %v119, %v3 : i64
              scf.if %v120 {
                %v121 = arith.muli %v119, %v48 : i64
                %v122 = arith.addi %v61, %v121 : i64
                %v123 = llvm.getelementptr %part_B_re[%v122] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v124 = llvm.load %v123 : !llvm.ptr -> f32
                %v125 = llvm.load %v26 : !llvm.ptr -> f32
                %v126 = arith.addf %v125, %v124 fastmath<contract> : f32
                llvm.store %v126, %v26 : f32, !llvm.ptr
              }
              %v128 = arith.addi %v66, %v127 : i64
              %v129 = arith.cmpi slt, %v128, %v3 : i64
              scf.if %v129 {
                %v130 = arith.muli %v128, %v48 : i64
                %v131 = arith.addi %v61, %v130 : i64
                %v132 = llvm.getelementptr %part_B_re[%v131] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v133 = llvm.load %v132 : !llvm.ptr -> f32
                %v134 = llvm.load %v27 : !llvm.ptr -> f32
                %v135 = arith.addf %v134, %v133 fastmath<contract> : f32
                llvm.store %v135, %v27 : f32, !llvm.ptr
              }
              %v137 = arith.addi %v66, %v136 : i64
              %v138 = arith.cmpi slt, %v137, %v3 : i64
              scf.if %v138 {
                %v139 = arith.muli %v137, %v48 : i64
                %v140 = arith.addi %v61, %v139 : i64
                %v141 = llvm.getelementptr %part_B_re[%v140] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v142 = llvm.load %v141 : !llvm.ptr -> f32
                %v143 = llvm.load %v28 : !llvm.ptr -> f32
                %v144 = arith.addf %v143, %v142 fastmath<contract> : f32
                llvm.store %v144, %v28 : f32, !llvm.ptr
              }
              %v146 = arith.addi %v66, %v145 : i64
              %v147 = arith.cmpi slt, %v146, %v3 : i64
              scf.if %v147 {
                %v148 = arith.muli %v146, %v48 : i64
                %v149 = arith.addi %v61, %v148 : i64
                %v150 = llvm.getelementptr %part_B_re[%v149] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v151 = llvm.load %v150 : !llvm.ptr -> f32
                %v152 = llvm.load %v29 : !llvm.ptr -> f32
                %v153 = arith.addf %v152, %v151 fastmath<contract> : f32
                llvm.store %v153, %v29 : f32, !llvm.ptr
              }
              %v155 = arith.addi %v66, %v154 : i64
              %v156 = arith.cmpi slt, %v155, %v3 : i64
              scf.if %v156 {
                %v157 = arith.muli %v155, %v48 : i64
                %v158 = arith.addi %v61, %v157 : i64
                %v159 = llvm.getelementptr %part_B_re[%v158] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v160 = llvm.load %v159 : !llvm.ptr -> f32
                %v161 = llvm.load %v30 : !llvm.ptr -> f32
                %v162 = arith.addf %v161, %v160 fastmath<contract> : f32
                llvm.store %v162, %v30 : f32, !llvm.ptr
              }
              %v164 = arith.addi %v66, %v163 : i64
              %v165 = arith.cmpi slt, %v164, %v3 : i64
              scf.if %v165 {
                %v166 = arith.muli %v164, %v48 : i64
                %v167 = arith.addi %v61, %v166 : i64
                %v168 = llvm.getelementptr %part_B_re[%v167] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v169 = llvm.load %v168 : !llvm.ptr -> f32
                %v170 = llvm.load %v31 : !llvm.ptr -> f32
                %v171 = arith.addf %v170, %v169 fastmath<contract> : f32
                llvm.store %v171, %v31 : f32, !llvm.ptr
              }
              %v173 = arith.addi %v66, %v172 : i64
              %v174 = arith.cmpi slt, %v173, %v3 : i64
              scf.if %v174 {
                %v175 = arith.muli %v173, %v48 : i64
                %v176 = arith.addi %v61, %v175 : i64
                %v177 = llvm.getelementptr %part_B_re[%v176] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v178 = llvm.load %v177 : !llvm.ptr -> f32
                %v179 = llvm.load %v32 : !llvm.ptr -> f32
                %v180 = arith.addf %v179, %v178 fastmath<contract> : f32
                llvm.store %v180, %v32 : f32, !llvm.ptr
              }
              %v182 = arith.addi %v66, %v181 : i64
              %v183 = arith.cmpi slt, %v182, %v3 : i64
              scf.if %v183 {
                %v184 = arith.muli %v182, %v48 : i64
                %v185 = arith.addi %v61, %v184 : i64
                %v186 = llvm.getelementptr %part_B_re[%v185] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v187 = llvm.load %v186 : !llvm.ptr -> f32
                %v188 = llvm.load %v33 : !llvm.ptr -> f32
                %v189 = arith.addf %v188, %v187 fastmath<contract> : f32
                llvm.store %v189, %v33 : f32, !llvm.ptr
              }
              %v191 = arith.addi %v66, %v190 : i64
              %v192 = arith.cmpi slt, %v191, %v3 : i64
              scf.if %v192 {
                %v193 = arith.muli %v191, %v48 : i64
                %v194 = arith.addi %v61, %v193 : i64
                %v195 = llvm.getelementptr %part_B_re[%v194] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v196 = llvm.load %v195 : !llvm.ptr -> f32
                %v197 = llvm.load %v34 : !llvm.ptr -> f32
                %v198 = arith.addf %v197, %v196 fastmath<contract> : f32
                llvm.store %v198, %v34 : f32, !llvm.ptr
              }
              %v200 = arith.addi %v66, %v199 : i64
              %v201 = arith.cmpi slt, %v200, %v3 : i64
              scf.if %v201 {
                %v202 = arith.muli %v200, %v48 : i64
                %v203 = arith.addi %v61, %v202 : i64
                %v204 = llvm.getelementptr %part_B_re[%v203] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v205 = llvm.load %v204 : !llvm.ptr -> f32
                %v206 = llvm.load %v35 : !llvm.ptr -> f32
                %v207 = arith.addf %v206, %v205 fastmath<contract> : f32
                llvm.store %v207, %v35 : f32, !llvm.ptr
              }
            }
          }
          %v208 = llvm.load %v20 : !llvm.ptr -> f32
          %v209 = llvm.load %v21 : !llvm.ptr -> f32
          %v210 = arith.addf %v208, %v209 fastmath<contract> : f32
          %v211 = llvm.load %v22 : !llvm.ptr -> f32
          %v212 = arith.addf %v210, %v211 fastmath<contract> : f32
          %v213 = llvm.load %v23 : !llvm.ptr -> f32
          %v214 = arith.addf %v212, %v213 fastmath<contract> : f32
          %v215 = llvm.load %v24 : !llvm.ptr -> f32
          %v216 = arith.addf %v214, %v215 fastmath<contract> : f32
          %v217 = llvm.load %v25 : !llvm.ptr -> f32
          %v218 = arith.addf %v216, %v217 fastmath<contract> : f32
          %v219 = llvm.load %v26 : !llvm.ptr -> f32
          %v220 = arith.addf %v218, %v219 fastmath<contract> : f32
          %v221 = llvm.load %v27 : !llvm.ptr -> f32
          %v222 = arith.addf %v220, %v221 fastmath<contract> : f32
          %v223 = llvm.load %v28 : !llvm.ptr -> f32
          %v224 = arith.addf %v222, %v223 fastmath<contract> : f32
          %v225 = llvm.load %v29 : !llvm.ptr -> f32
          %v226 = arith.addf %v224, %v225 fastmath<contract> : f32
          %v227 = llvm.load %v30 : !llvm.ptr -> f32
          %v228 = arith.addf %v226, %v227 fastmath<contract> : f32
          %v229 = llvm.load %v31 : !llvm.ptr -> f32
          %v230 = arith.addf %v228, %v229 fastmath<contract> : f32
          %v231 = llvm.load %v32 : !llvm.ptr -> f32
          %v232 = arith.addf %v230, %v231 fastmath<contract> : f32
          %v233 = llvm.load %v33 : !llvm.ptr -> f32
          %v234 = arith.addf %v232, %v233 fastmath<contract> : f32
          %v235 = llvm.load %v34 : !llvm.ptr -> f32
          %v236 = arith.addf %v234, %v235 fastmath<contract> : f32
          %v237 = llvm.load %v35 : !llvm.ptr -> f32
          %v238 = arith.addf %v236, %v237 fastmath<contract> : f32
          %v239 = llvm.getelementptr %dx_B_re[%v13] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v238, %v239 : f32, !llvm.ptr
        }
      }
      gpu.return
    }
  }
}
