module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @retention_reduce_gamma(%part_gamma: !llvm.ptr, %dx_gamma: !llvm.ptr, %size_B: i64, %size_L: i64, %size_H: i64, %size_DK: i64, %size_DV: i64) kernel {
      %v1 = arith.constant 16 : i64
      %v2 = arith.constant 1 : i64
      %v3 = arith.muli %v2, %size_B : i64
      %v4 = arith.muli %v3, %size_H : i64
      %v5 = arith.muli %v4, %size_DV : i64
      %v6 = arith.muli %v2, %size_H : i64
      %v11 = arith.constant 256 : i64
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
      %v37 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v38 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v39 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v40 = arith.constant 0x00000000 : f32
      %v43 = arith.constant 0 : i64
      %v87 = arith.constant 2 : i64
      %v96 = arith.constant 3 : i64
      %v105 = arith.constant 4 : i64
      %v114 = arith.constant 5 : i64
      %v123 = arith.constant 6 : i64
      %v132 = arith.constant 7 : i64
      %v141 = arith.constant 8 : i64
      %v150 = arith.constant 9 : i64
      %v159 = arith.constant 10 : i64
      %v168 = arith.constant 11 : i64
      %v177 = arith.constant 12 : i64
      %v186 = arith.constant 13 : i64
      %v195 = arith.constant 14 : i64
      %v204 = arith.constant 15 : i64
      %v7 = gpu.block_id x
      %v8 = gpu.thread_id x
      %v9 = arith.index_cast %v8 : index to i64
      %v10 = arith.index_cast %v7 : index to i64
      %v12 = arith.muli %v10, %v11 : i64
      %v13 = arith.addi %v12, %v9 : i64
      %v14 = arith.cmpi slt, %v13, %v6 : i64
      %v15 = arith.subi %v6, %v2 : i64
      %v16 = arith.minsi %v13, %v15 : i64
      %v17 = arith.remui %v16, %size_DV : i64
      %v18 = arith.divui %v16, %size_DV : i64
      %v19 = arith.remui %v18, %size_H : i64
      %v20 = arith.divui %v18, %size_H : i64
      %v21 = arith.remui %v20, %size_B : i64
      %v22 = arith.divui %v20, %size_B : i64
      scf.if %v14 {
        %v23 = arith.constant true
        scf.if %v23 {
          llvm.store %v40, %v24 : f32, !llvm.ptr
          llvm.store %v40, %v25 : f32, !llvm.ptr
          llvm.store %v40, %v26 : f32, !llvm.ptr
          llvm.store %v40, %v27 : f32, !llvm.ptr
          llvm.store %v40, %v28 : f32, !llvm.ptr
          llvm.store %v40, %v29 : f32, !llvm.ptr
          llvm.store %v40, %v30 : f32, !llvm.ptr
          llvm.store %v40, %v31 : f32, !llvm.ptr
          llvm.store %v40, %v32 : f32, !llvm.ptr
          llvm.store %v40, %v33 : f32, !llvm.ptr
          llvm.store %v40, %v34 : f32, !llvm.ptr
          llvm.store %v40, %v35 : f32, !llvm.ptr
          llvm.store %v40, %v36 : f32, !llvm.ptr
          llvm.store %v40, %v37 : f32, !llvm.ptr
          llvm.store %v40, %v38 : f32, !llvm.ptr
          llvm.store %v40, %v39 : f32, !llvm.ptr
          %v41 = arith.remui %v13, %size_H : i64
          %v42 = arith.divui %v13, %size_H : i64
          %v44 = arith.muli %v2, %size_B : i64
          %v45 = arith.muli %v44, %size_DV : i64
          %v46 = arith.muli %v5, %v2 : i64
          %v47 = arith.index_cast %v43 : i64 to index
          %v48 = arith.index_cast %v45 : i64 to index
          %v49 = arith.index_cast %v2 : i64 to index
          scf.for %v50 = %v47 to %v48 step %v49 {
            %v51 = arith.index_cast %v50 : index to i64
            %v52 = arith.remui %v51, %size_DV : i64
            %v53 = arith.divui %v51, %size_DV : i64
            %v54 = arith.remui %v53, %size_B : i64
            %v55 = arith.divui %v53, %size_B : i64
            %v56 = arith.muli %v43, %size_B : i64
            %v57 = arith.addi %v56, %v54 : i64
            %v58 = arith.muli %v57, %size_H : i64
            %v59 = arith.addi %v58, %v41 : i64
            %v60 = arith.muli %v59, %size_DV : i64
            %v61 = arith.addi %v60, %v52 : i64
            %v62 = arith.muli %v43, %v5 : i64
            %v63 = arith.addi %v62, %v61 : i64
            %v64 = arith.muli %v63, %v2 : i64
            %v65 = arith.addi %v64, %v43 : i64
            %v66 = arith.index_cast %v43 : i64 to index
            %v67 = arith.index_cast %v2 : i64 to index
            %v68 = arith.index_cast %v1 : i64 to index
            scf.for %v69 = %v66 to %v67 step %v68 {
              %v70 = arith.index_cast %v69 : index to i64
              %v71 = arith.addi %v70, %v43 : i64
              %v72 = arith.cmpi slt, %v71, %v2 : i64
              scf.if %v72 {
                %v73 = arith.muli %v71, %v46 : i64
                %v74 = arith.addi %v65, %v73 : i64
                %v75 = llvm.getelementptr %part_gamma[%v74] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v76 = llvm.load %v75 : !llvm.ptr -> f32
                %v77 = llvm.load %v24 : !llvm.ptr -> f32
                %v78 = arith.addf %v77, %v76 fastmath<contract> : f32
                llvm.store %v78, %v24 : f32, !llvm.ptr
              }
              %v79 = arith.addi %v70, %v2 : i64
              %v80 = arith.cmpi slt, %v79, %v2 : i64
              scf.if %v80 {
                %v81 = arith.muli %v79, %v46 : i64
                %v82 = arith.addi %v65, %v81 : i64
                %v83 = llvm.getelementptr %part_gamma[%v82] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v84 = llvm.load %v83 : !llvm.ptr -> f32
                %v85 = llvm.load %v25 : !llvm.ptr -> f32
                %v86 = arith.addf %v85, %v84 fastmath<contract> : f32
                llvm.store %v86, %v25 : f32, !llvm.ptr
              }
              %v88 = arith.addi %v70, %v87 : i64
              %v89 = arith.cmpi slt, %v88, %v2 : i64
              scf.if %v89 {
                %v90 = arith.muli %v88, %v46 : i64
                %v91 = arith.addi %v65, %v90 : i64
                %v92 = llvm.getelementptr %part_gamma[%v91] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v93 = llvm.load %v92 : !llvm.ptr -> f32
                %v94 = llvm.load %v26 : !llvm.ptr -> f32
                %v95 = arith.addf %v94, %v93 fastmath<contract> : f32
                llvm.store %v95, %v26 : f32, !llvm.ptr
              }
              %v97 = arith.addi %v70, %v96 : i64
              %v98 = arith.cmpi slt, %v97, %v2 : i64
              scf.if %v98 {
                %v99 = arith.muli %v97, %v46 : i64
                %v100 = arith.addi %v65, %v99 : i64
                %v101 = llvm.getelementptr %part_gamma[%v100] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v102 = llvm.load %v101 : !llvm.ptr -> f32
                %v103 = llvm.load %v27 : !llvm.ptr -> f32
                %v104 = arith.addf %v103, %v102 fastmath<contract> : f32
                llvm.store %v104, %v27 : f32, !llvm.ptr
              }
              %v106 = arith.addi %v70, %v105 : i64
              %v107 = arith.cmpi slt, %v106, %v2 : i64
              scf.if %v107 {
                %v108 = arith.muli %v106, %v46 : i64
                %v109 = arith.addi %v65, %v108 : i64
                %v110 = llvm.getelementptr %part_gamma[%v109] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v111 = llvm.load %v110 : !llvm.ptr -> f32
                %v112 = llvm.load %v28 : !llvm.ptr -> f32
                %v113 = arith.addf %v112, %v111 fastmath<contract> : f32
                llvm.store %v113, %v28 : f32, !llvm.ptr
              }
              %v115 = arith.addi %v70, %v114 : i64
              %v116 = arith.cmpi slt, %v115, %v2 : i64
              scf.if %v116 {
                %v117 = arith.muli %v115, %v46 : i64
                %v118 = arith.addi %v65, %v117 : i64
                %v119 = llvm.getelementptr %part_gamma[%v118] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v120 = llvm.load %v119 : !llvm.ptr -> f32
                %v121 = llvm.load %v29 : !llvm.ptr -> f32
                %v122 = arith.addf %v121, %v120 fastmath<contract> : f32
                llvm.store %v122, %v29 : f32, !llvm.ptr
              }
              %v124 = arith.addi %v70, %v123 : i64
              %v125 = arith.cmpi slt, %v124, %v2 : i64
              scf.if %v125 {
                %v126 = arith.muli %v124, %v46 : i64
                %v127 = arith.addi %v65, %v126 : i64
                %v128 = llvm.getelementptr %part_gamma[%v127] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v129 = llvm.load %v128 : !llvm.ptr -> f32
                %v130 = llvm.load %v30 : !llvm.ptr -> f32
                %v131 = arith.addf %v130, %v129 fastmath<contract> : f32
                llvm.store %v131, %v30 : f32, !llvm.ptr
              }
              %v133 = arith.addi %v70, %v132 : i64
              %v134 = arith.cmpi slt, %v133, %v2 : i64
              scf.if %v134 {
                %v135 = arith.muli %v133, %v46 : i64
                %v136 = arith.addi %v65, %v135 : i64
                %v137 = llvm.getelementptr %part_gamma[%v136] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v138 = llvm.load %v137 : !llvm.ptr -> f32
                %v139 = llvm.load %v31 : !llvm.ptr -> f32
                %v140 = arith.addf %v139, %v138 fastmath<contract> : f32
                llvm.store %v140, %v31 : f32, !llvm.ptr
              }
              %v142 = arith.addi %v70, %v141 : i64
              %v143 = arith.cmpi slt, %v142, %v2 : i64
              scf.if %v143 {
                %v144 = arith.muli %v142, %v46 : i64
                %v145 = arith.addi %v65, %v144 : i64
                %v146 = llvm.getelementptr %part_gamma[%v145] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v147 = llvm.load %v146 : !llvm.ptr -> f32
                %v148 = llvm.load %v32 : !llvm.ptr -> f32
                %v149 = arith.addf %v148, %v147 fastmath<contract> : f32
                llvm.store %v149, %v32 : f32, !llvm.ptr
              }
              %v151 = arith.addi %v70, %v150 : i64
              %v152 = arith.cmpi slt, %v151, %v2 : i64
              scf.if %v152 {
                %v153 = arith.muli %v151, %v46 : i64
                %v154 = arith.addi %v65, %v153 : i64
                %v155 = llvm.getelementptr %part_gamma[%v154] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v156 = llvm.load %v155 : !llvm.ptr -> f32
                %v157 = llvm.load %v33 : !llvm.ptr -> f32
                %v158 = arith.addf %v157, %v156 fastmath<contract> : f32
                llvm.store %v158, %v33 : f32, !llvm.ptr
              }
              %v160 = arith.addi %v70, %v159 : i64
              %v161 = arith.cmpi slt, %v160, %v2 : i64
              scf.if %v161 {
                %v162 = arith.muli %v160, %v46 : i64
                %v163 = arith.addi %v65, %v162 : i64
                %v164 = llvm.getelementptr %part_gamma[%v163] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v165 = llvm.load %v164 : !llvm.ptr -> f32
                %v166 = llvm.load %v34 : !llvm.ptr -> f32
                %v167 = arith.addf %v166, %v165 fastmath<contract> : f32
                llvm.store %v167, %v34 : f32, !llvm.ptr
              }
              %v169 = arith.addi %v70, %v168 : i64
              %v170 = arith.cmpi slt, %v169, %v2 : i64
              scf.if %v170 {
                %v171 = arith.muli %v169, %v46 : i64
                %v172 = arith.addi %v65, %v171 : i64
                %v173 = llvm.getelementptr %part_gamma[%v172] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v174 = llvm.load %v173 : !llvm.ptr -> f32
                %v175 = llvm.load %v35 : !llvm.ptr -> f32
                %v176 = arith.addf %v175, %v174 fastmath<contract> : f32
                llvm.store %v176, %v35 : f32, !llvm.ptr
              }
              %v178 = arith.addi %v70, %v177 : i64
              %v179 = arith.cmpi slt, %v178, %v2 : i64
              scf.if %v179 {
                %v180 = arith.muli %v178, %v46 : i64
                %v181 = arith.addi %v65, %v180 : i64
                %v182 = llvm.getelementptr %part_gamma[%v181] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v183 = llvm.load %v182 : !llvm.ptr -> f32
                %v184 = llvm.load %v36 : !llvm.ptr -> f32
                %v185 = arith.addf %v184, %v183 fastmath<contract> : f32
                llvm.store %v185, %v36 : f32, !llvm.ptr
              }
              %v187 = arith.addi %v70, %v186 : i64
              %v188 = arith.cmpi slt, %v187, %v2 : i64
              scf.if %v188 {
                %v189 = arith.muli %v187, %v46 : i64
                %v190 = arith.addi %v65, %v189 : i64
                %v191 = llvm.getelementptr %part_gamma[%v190] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v192 = llvm.load %v191 : !llvm.ptr -> f32
                %v193 = llvm.load %v37 : !llvm.ptr -> f32
                %v194 = arith.addf %v193, %v192 fastmath<contract> : f32
                llvm.store %v194, %v37 : f32, !llvm.ptr
              }
              %v196 = arith.addi %v70, %v195 : i64
              %v197 = arith.cmpi slt, %v196, %v2 : i64
              scf.if %v197 {
                %v198 = arith.muli %v196, %v46 : i64
                %v199 = arith.addi %v65, %v198 : i64
                %v200 = llvm.getelementptr %part_gamma[%v199] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v201 = llvm.load %v200 : !llvm.ptr -> f32
                %v202 = llvm.load %v38 : !llvm.ptr -> f32
                %v203 = arith.addf %v202, %v201 fastmath<contract> : f32
                llvm.store %v203, %v38 : f32, !llvm.ptr
              }
              %v205 = arith.addi %v70, %v204 : i64
              %v206 = arith.cmpi slt, %v205, %v2 : i64
              scf.if %v206 {
                %v207 = arith.muli %v205, %v46 : i64
                %v208 = arith.addi %v65, %v207 : i64
                %v209 = llvm.getelementptr %part_gamma[%v208] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v210 = llvm.load %v209 : !llvm.ptr -> f32
                %v211 = llvm.load %v39 : !llvm.ptr -> f32
                %v212 = arith.addf %v211, %v210 fastmath<contract> : f32
                llvm.store %v212, %v39 : f32, !llvm.ptr
              }
            }
          }
          %v213 = llvm.load %v24 : !llvm.ptr -> f32
          %v214 = llvm.load %v25 : !llvm.ptr -> f32
          %v215 = arith.addf %v213, %v214 fastmath<contract> : f32
          %v216 = llvm.load %v26 : !llvm.ptr -> f32
          %v217 = arith.addf %v215, %v216 fastmath<contract> : f32
          %v218 = llvm.load %v27 : !llvm.ptr -> f32
          %v219 = arith.addf %v217, %v218 fastmath<contract> : f32
          %v220 = llvm.load %v28 : !llvm.ptr -> f32
          %v221 = arith.addf %v219, %v220 fastmath<contract> : f32
          %v222 = llvm.load %v29 : !llvm.ptr -> f32
          %v223 = arith.addf %v221, %v222 fastmath<contract> : f32
          %v224 = llvm.load %v30 : !llvm.ptr -> f32
          %v225 = arith.addf %v223, %v224 fastmath<contract> : f32
          %v226 = llvm.load %v31 : !llvm.ptr -> f32
          %v227 = arith.addf %v225, %v226 fastmath<contract> : f32
          %v228 = llvm.load %v32 : !llvm.ptr -> f32
          %v229 = arith.addf %v227, %v228 fastmath<contract> : f32
          %v230 = llvm.load %v33 : !llvm.ptr -> f32
          %v231 = arith.addf %v229, %v230 fastmath<contract> : f32
          %v232 = llvm.load %v34 : !llvm.ptr -> f32
          %v233 = arith.addf %v231, %v232 fastmath<contract> : f32
          %v234 = llvm.load %v35 : !llvm.ptr -> f32
          %v235 = arith.addf %v233, %v234 fastmath<contract> : f32
          %v236 = llvm.load %v36 : !llvm.ptr -> f32
          %v237 = arith.addf %v235, %v236 fastmath<contract> : f32
          %v238 = llvm.load %v37 : !llvm.ptr -> f32
          %v239 = arith.addf %v237, %v238 fastmath<contract> : f32
          %v240 = llvm.load %v38 : !llvm.ptr -> f32
          %v241 = arith.addf %v239, %v240 fastmath<contract> : f32
          %v242 = llvm.load %v39 : !llvm.ptr -> f32
          %v243 = arith.addf %v241, %v242 fastmath<contract> : f32
          %v244 = llvm.getelementptr %dx_gamma[%v13] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v243, %v244 : f32, !llvm.ptr
        }
      }
      gpu.return
    }
  }
}
