module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @rglru_seg_reduce_Lambda(%part_Lambda: !llvm.ptr, %dx_Lambda: !llvm.ptr, %size_B: i64, %size_D: i64, %size_L: i64) kernel {
      %v1 = arith.constant 1 : i64
      %v2 = arith.muli %v1, %size_B : i64
      %v3 = arith.muli %v2, %size_D : i64
      %v4 = arith.muli %v1, %size_D : i64
      %v9 = arith.constant 256 : i64
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
      %v33 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v34 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v35 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v36 = arith.constant 0x00000000 : f32
      %v39 = arith.constant 0 : i64
      %v41 = arith.constant 255 : i64
      %v45 = arith.constant 16 : i64
      %v82 = arith.constant 2 : i64
      %v91 = arith.constant 3 : i64
      %v100 = arith.constant 4 : i64
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
      %v5 = gpu.block_id x
      %v6 = gpu.thread_id x
      %v7 = arith.index_cast %v6 : index to i64
      %v8 = arith.index_cast %v5 : index to i64
      %v10 = arith.muli %v8, %v9 : i64
      %v11 = arith.addi %v10, %v7 : i64
      %v12 = arith.cmpi slt, %v11, %v4 : i64
      %v13 = arith.subi %v4, %v1 : i64
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
          %v37 = arith.remui %v11, %size_D : i64
          %v38 = arith.divui %v11, %size_D : i64
          %v40 = arith.muli %v1, %size_B : i64
          %v42 = arith.addi %size_L, %v41 : i64
          %v43 = arith.divui %v42, %v9 : i64
          %v44 = arith.muli %v3, %v1 : i64
          %v46 = arith.index_cast %v39 : i64 to index
          %v47 = arith.index_cast %v40 : i64 to index
          %v48 = arith.index_cast %v1 : i64 to index
          scf.for %v49 = %v46 to %v47 step %v48 {
            %v50 = arith.index_cast %v49 : index to i64
            %v51 = arith.remui %v50, %size_B : i64
            %v52 = arith.divui %v50, %size_B : i64
            %v53 = arith.muli %v39, %size_B : i64
            %v54 = arith.addi %v53, %v51 : i64
            %v55 = arith.muli %v54, %size_D : i64
            %v56 = arith.addi %v55, %v37 : i64
            %v57 = arith.muli %v39, %v3 : i64
            %v58 = arith.addi %v57, %v56 : i64
            %v59 = arith.muli %v58, %v1 : i64
            %v60 = arith.addi %v59, %v39 : i64
            %v61 = arith.index_cast %v39 : i64 to index
            %v62 = arith.index_cast %v43 : i64 to index
            %v63 = arith.index_cast %v45 : i64 to index
            scf.for %v64 = %v61 to %v62 step %v63 {
              %v65 = arith.index_cast %v64 : index to i64
              %v66 = arith.addi %v65, %v39 : i64
              %v67 = arith.cmpi slt, %v66, %v43 : i64
              scf.if %v67 {
                %v68 = arith.muli %v66, %v44 : i64
                %v69 = arith.addi %v60, %v68 : i64
                %v70 = llvm.getelementptr %part_Lambda[%v69] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v71 = llvm.load %v70 : !llvm.ptr -> f32
                %v72 = llvm.load %v20 : !llvm.ptr -> f32
                %v73 = arith.addf %v72, %v71 fastmath<contract> : f32
                llvm.store %v73, %v20 : f32, !llvm.ptr
              }
              %v74 = arith.addi %v65, %v1 : i64
              %v75 = arith.cmpi slt, %v74, %v43 : i64
              scf.if %v75 {
                %v76 = arith.muli %v74, %v44 : i64
                %v77 = arith.addi %v60, %v76 : i64
                %v78 = llvm.getelementptr %part_Lambda[%v77] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v79 = llvm.load %v78 : !llvm.ptr -> f32
                %v80 = llvm.load %v21 : !llvm.ptr -> f32
                %v81 = arith.addf %v80, %v79 fastmath<contract> : f32
                llvm.store %v81, %v21 : f32, !llvm.ptr
              }
              %v83 = arith.addi %v65, %v82 : i64
              %v84 = arith.cmpi slt, %v83, %v43 : i64
              scf.if %v84 {
                %v85 = arith.muli %v83, %v44 : i64
                %v86 = arith.addi %v60, %v85 : i64
                %v87 = llvm.getelementptr %part_Lambda[%v86] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v88 = llvm.load %v87 : !llvm.ptr -> f32
                %v89 = llvm.load %v22 : !llvm.ptr -> f32
                %v90 = arith.addf %v89, %v88 fastmath<contract> : f32
                llvm.store %v90, %v22 : f32, !llvm.ptr
              }
              %v92 = arith.addi %v65, %v91 : i64
              %v93 = arith.cmpi slt, %v92, %v43 : i64
              scf.if %v93 {
                %v94 = arith.muli %v92, %v44 : i64
                %v95 = arith.addi %v60, %v94 : i64
                %v96 = llvm.getelementptr %part_Lambda[%v95] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v97 = llvm.load %v96 : !llvm.ptr -> f32
                %v98 = llvm.load %v23 : !llvm.ptr -> f32
                %v99 = arith.addf %v98, %v97 fastmath<contract> : f32
                llvm.store %v99, %v23 : f32, !llvm.ptr
              }
              %v101 = arith.addi %v65, %v100 : i64
              %v102 = arith.cmpi slt, %v101, %v43 : i64
              scf.if %v102 {
                %v103 = arith.muli %v101, %v44 : i64
                %v104 = arith.addi %v60, %v103 : i64
                %v105 = llvm.getelementptr %part_Lambda[%v104] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v106 = llvm.load %v105 : !llvm.ptr -> f32
                %v107 = llvm.load %v24 : !llvm.ptr -> f32
                %v108 = arith.addf %v107, %v106 fastmath<contract> : f32
                llvm.store %v108, %v24 : f32, !llvm.ptr
              }
              %v110 = arith.addi %v65, %v109 : i64
              %v111 = arith.cmpi slt, %v110, %v43 : i64
              scf.if %v111 {
                %v112 = arith.muli %v110, %v44 : i64
                %v113 = arith.addi %v60, %v112 : i64
                %v114 = llvm.getelementptr %part_Lambda[%v113] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v115 = llvm.load %v114 : !llvm.ptr -> f32
                %v116 = llvm.load %v25 : !llvm.ptr -> f32
                %v117 = arith.addf %v116, %v115 fastmath<contract> : f32
                llvm.store %v117, %v25 : f32, !llvm.ptr
              }
              %v119 = arith.addi %v65, %v118 : i64
              %v120 = arith.cmpi slt, %v119, %v43 : i64
              scf.if %v120 {
                %v121 = arith.muli %v119, %v44 : i64
                %v122 = arith.addi %v60, %v121 : i64
                %v123 = llvm.getelementptr %part_Lambda[%v122] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v124 = llvm.load %v123 : !llvm.ptr -> f32
                %v125 = llvm.load %v26 : !llvm.ptr -> f32
                %v126 = arith.addf %v125, %v124 fastmath<contract> : f32
                llvm.store %v126, %v26 : f32, !llvm.ptr
              }
              %v128 = arith.addi %v65, %v127 : i64
              %v129 = arith.cmpi slt, %v128, %v43 : i64
              scf.if %v129 {
                %v130 = arith.muli %v128, %v44 : i64
                %v131 = arith.addi %v60, %v130 : i64
                %v132 = llvm.getelementptr %part_Lambda[%v131] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v133 = llvm.load %v132 : !llvm.ptr -> f32
                %v134 = llvm.load %v27 : !llvm.ptr -> f32
                %v135 = arith.addf %v134, %v133 fastmath<contract> : f32
                llvm.store %v135, %v27 : f32, !llvm.ptr
              }
              %v137 = arith.addi %v65, %v136 : i64
              %v138 = arith.cmpi slt, %v137, %v43 : i64
              scf.if %v138 {
                %v139 = arith.muli %v137, %v44 : i64
                %v140 = arith.addi %v60, %v139 : i64
                %v141 = llvm.getelementptr %part_Lambda[%v140] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v142 = llvm.load %v141 : !llvm.ptr -> f32
                %v143 = llvm.load %v28 : !llvm.ptr -> f32
                %v144 = arith.addf %v143, %v142 fastmath<contract> : f32
                llvm.store %v144, %v28 : f32, !llvm.ptr
              }
              %v146 = arith.addi %v65, %v145 : i64
              %v147 = arith.cmpi slt, %v146, %v43 : i64
              scf.if %v147 {
                %v148 = arith.muli %v146, %v44 : i64
                %v149 = arith.addi %v60, %v148 : i64
                %v150 = llvm.getelementptr %part_Lambda[%v149] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v151 = llvm.load %v150 : !llvm.ptr -> f32
                %v152 = llvm.load %v29 : !llvm.ptr -> f32
                %v153 = arith.addf %v152, %v151 fastmath<contract> : f32
                llvm.store %v153, %v29 : f32, !llvm.ptr
              }
              %v155 = arith.addi %v65, %v154 : i64
              %v156 = arith.cmpi slt, %v155, %v43 : i64
              scf.if %v156 {
                %v157 = arith.muli %v155, %v44 : i64
                %v158 = arith.addi %v60, %v157 : i64
                %v159 = llvm.getelementptr %part_Lambda[%v158] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v160 = llvm.load %v159 : !llvm.ptr -> f32
                %v161 = llvm.load %v30 : !llvm.ptr -> f32
                %v162 = arith.addf %v161, %v160 fastmath<contract> : f32
                llvm.store %v162, %v30 : f32, !llvm.ptr
              }
              %v164 = arith.addi %v65, %v163 : i64
              %v165 = arith.cmpi slt, %v164, %v43 : i64
              scf.if %v165 {
                %v166 = arith.muli %v164, %v44 : i64
                %v167 = arith.addi %v60, %v166 : i64
                %v168 = llvm.getelementptr %part_Lambda[%v167] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v169 = llvm.load %v168 : !llvm.ptr -> f32
                %v170 = llvm.load %v31 : !llvm.ptr -> f32
                %v171 = arith.addf %v170, %v169 fastmath<contract> : f32
                llvm.store %v171, %v31 : f32, !llvm.ptr
              }
              %v173 = arith.addi %v65, %v172 : i64
              %v174 = arith.cmpi slt, %v173, %v43 : i64
              scf.if %v174 {
                %v175 = arith.muli %v173, %v44 : i64
                %v176 = arith.addi %v60, %v175 : i64
                %v177 = llvm.getelementptr %part_Lambda[%v176] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v178 = llvm.load %v177 : !llvm.ptr -> f32
                %v179 = llvm.load %v32 : !llvm.ptr -> f32
                %v180 = arith.addf %v179, %v178 fastmath<contract> : f32
                llvm.store %v180, %v32 : f32, !llvm.ptr
              }
              %v182 = arith.addi %v65, %v181 : i64
              %v183 = arith.cmpi slt, %v182, %v43 : i64
              scf.if %v183 {
                %v184 = arith.muli %v182, %v44 : i64
                %v185 = arith.addi %v60, %v184 : i64
                %v186 = llvm.getelementptr %part_Lambda[%v185] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v187 = llvm.load %v186 : !llvm.ptr -> f32
                %v188 = llvm.load %v33 : !llvm.ptr -> f32
                %v189 = arith.addf %v188, %v187 fastmath<contract> : f32
                llvm.store %v189, %v33 : f32, !llvm.ptr
              }
              %v191 = arith.addi %v65, %v190 : i64
              %v192 = arith.cmpi slt, %v191, %v43 : i64
              scf.if %v192 {
                %v193 = arith.muli %v191, %v44 : i64
                %v194 = arith.addi %v60, %v193 : i64
                %v195 = llvm.getelementptr %part_Lambda[%v194] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v196 = llvm.load %v195 : !llvm.ptr -> f32
                %v197 = llvm.load %v34 : !llvm.ptr -> f32
                %v198 = arith.addf %v197, %v196 fastmath<contract> : f32
                llvm.store %v198, %v34 : f32, !llvm.ptr
              }
              %v200 = arith.addi %v65, %v199 : i64
              %v201 = arith.cmpi slt, %v200, %v43 : i64
              scf.if %v201 {
                %v202 = arith.muli %v200, %v44 : i64
                %v203 = arith.addi %v60, %v202 : i64
                %v204 = llvm.getelementptr %part_Lambda[%v203] : (!llvm.ptr, i64) -> !llvm.ptr, f32
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
          %v239 = llvm.getelementptr %dx_Lambda[%v11] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v238, %v239 : f32, !llvm.ptr
        }
      }
      gpu.return
    }
  }
}
