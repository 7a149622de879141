module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @s4d_reduce_Cp(%part_Cp: !llvm.ptr, %dx_Cp: !llvm.ptr, %size_B: i64, %size_D: i64, %size_L: i64, %size_N: i64) kernel {
      %v1 = arith.constant 16 : i64
      %v2 = arith.constant 1 : i64
      %v3 = arith.muli %v2, %size_B : i64
      %v4 = arith.muli %v3, %size_D : i64
      %v5 = arith.muli %v2, %size_D : i64
      %v6 = arith.muli %v5, %v1 : i64
      %v11 = arith.constant 256 : i64
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
      %v37 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v38 = arith.constant 0x00000000 : f32
      %v43 = arith.constant 0 : i64
      %v84 = arith.constant 2 : i64
      %v93 = arith.constant 3 : i64
      %v102 = arith.constant 4 : i64
      %v111 = arith.constant 5 : i64
      %v120 = arith.constant 6 : i64
      %v129 = arith.constant 7 : i64
      %v138 = arith.constant 8 : i64
      %v147 = arith.constant 9 : i64
      %v156 = arith.constant 10 : i64
      %v165 = arith.constant 11 : i64
      %v174 = arith.constant 12 : i64
      %v183 = arith.constant 13 : i64
      %v192 = arith.constant 14 : i64
      %v201 = arith.constant 15 : i64
      %v7 = gpu.block_id x
      %v8 = gpu.thread_id x
      %v9 = arith.index_cast %v8 : index to i64
      %v10 = arith.index_cast %v7 : index to i64
      %v12 = arith.muli %v10, %v11 : i64
      %v13 = arith.addi %v12, %v9 : i64
      %v14 = arith.cmpi slt, %v13, %v6 : i64
      %v15 = arith.subi %v6, %v2 : i64
      %v16 = arith.minsi %v13, %v15 : i64
      %v17 = arith.remui %v16, %size_D : i64
      %v18 = arith.divui %v16, %size_D : i64
      %v19 = arith.remui %v18, %size_B : i64
      %v20 = arith.divui %v18, %size_B : i64
      scf.if %v14 {
        %v21 = arith.constant true
        scf.if %v21 {
          llvm.store %v38, %v22 : f32, !llvm.ptr
          llvm.store %v38, %v23 : f32, !llvm.ptr
          llvm.store %v38, %v24 : f32, !llvm.ptr
          llvm.store %v38, %v25 : f32, !llvm.ptr
          llvm.store %v38, %v26 : f32, !llvm.ptr
          llvm.store %v38, %v27 : f32, !llvm.ptr
          llvm.store %v38, %v28 : f32, !llvm.ptr
          llvm.store %v38, %v29 : f32, !llvm.ptr
          llvm.store %v38, %v30 : f32, !llvm.ptr
          llvm.store %v38, %v31 : f32, !llvm.ptr
          llvm.store %v38, %v32 : f32, !llvm.ptr
          llvm.store %v38, %v33 : f32, !llvm.ptr
          llvm.store %v38, %v34 : f32, !llvm.ptr
          llvm.store %v38, %v35 : f32, !llvm.ptr
          llvm.store %v38, %v36 : f32, !llvm.ptr
          llvm.store %v38, %v37 : f32, !llvm.ptr
          %v39 = arith.remui %v13, %v1 : i64
          %v40 = arith.divui %v13, %v1 : i64
          %v41 = arith.remui %v40, %size_D : i64
          %v42 = arith.divui %v40, %size_D : i64
          %v44 = arith.muli %v43, %v1 : i64
          %v45 = arith.addi %v44, %v39 : i64
          %v46 = arith.muli %v2, %size_B : i64
          %v47 = arith.muli %v4, %v1 : i64
          %v48 = arith.index_cast %v43 : i64 to index
          %v49 = arith.index_cast %v46 : i64 to index
          %v50 = arith.index_cast %v2 : i64 to index
          scf.for %v51 = %v48 to %v49 step %v50 {
            %v52 = arith.index_cast %v51 : index to i64
            %v53 = arith.remui %v52, %size_B : i64
            %v54 = arith.divui %v52, %size_B : i64
            %v55 = arith.muli %v43, %size_B : i64
            %v56 = arith.addi %v55, %v53 : i64
            %v57 = arith.muli %v56, %size_D : i64
            %v58 = arith.addi %v57, %v41 : i64
            %v59 = arith.muli %v43, %v4 : i64
            %v60 = arith.addi %v59, %v58 : i64
            %v61 = arith.muli %v60, %v1 : i64
            %v62 = arith.addi %v61, %v45 : i64
            %v63 = arith.index_cast %v43 : i64 to index
            %v64 = arith.index_cast %v2 : i64 to index
            %v65 = arith.index_cast %v1 : i64 to index
            scf.for %v66 = %v63 to %v64 step %v65 {
              %v67 = arith.index_cast %v66 : index to i64
              %v68 = arith.addi %v67, %v43 : i64
              %v69 = arith.cmpi slt, %v68, %v2 : i64
              scf.if %v69 {
                %v70 = arith.muli %v68, %v47 : i64
                %v71 = arith.addi %v62, %v70 : i64
                %v72 = llvm.getelementptr %part_Cp[%v71] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v73 = llvm.load %v72 : !llvm.ptr -> f32
                %v74 = llvm.load %v22 : !llvm.ptr -> f32
                %v75 = arith.addf %v74, %v73 fastmath<contract> : f32
                llvm.store %v75, %v22 : f32, !llvm.ptr
              }
              %v76 = arith.addi %v67, %v2 : i64
              %v77 = arith.cmpi slt, %v76, %v2 : i64
              scf.if %v77 {
                %v78 = arith.muli %v76, %v47 : i64
                %v79 = arith.addi %v62, %v78 : i64
                %v80 = llvm.getelementptr %part_Cp[%v79] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v81 = llvm.load %v80 : !llvm.ptr -> f32
                %v82 = llvm.load %v23 : !llvm.ptr -> f32
                %v83 = arith.addf %v82, %v81 fastmath<contract> : f32
                llvm.store %v83, %v23 : f32, !llvm.ptr
              }
              %v85 = arith.addi %v67, %v84 : i64
              %v86 = arith.cmpi slt, %v85, %v2 : i64
              scf.if %v86 {
                %v87 = arith.muli %v85, %v47 : i64
                %v88 = arith.addi %v62, %v87 : i64
                %v89 = llvm.getelementptr %part_Cp[%v88] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v90 = llvm.load %v89 : !llvm.ptr -> f32
                %v91 = llvm.load %v24 : !llvm.ptr -> f32
                %v92 = arith.addf %v91, %v90 fastmath<contract> : f32
                llvm.store %v92, %v24 : f32, !llvm.ptr
              }
              %v94 = arith.addi %v67, %v93 : i64
              %v95 = arith.cmpi slt, %v94, %v2 : i64
              scf.if %v95 {
                %v96 = arith.muli %v94, %v47 : i64
                %v97 = arith.addi %v62, %v96 : i64
                %v98 = llvm.getelementptr %part_Cp[%v97] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v99 = llvm.load %v98 : !llvm.ptr -> f32
                %v100 = llvm.load %v25 : !llvm.ptr -> f32
                %v101 = arith.addf %v100, %v99 fastmath<contract> : f32
                llvm.store %v101, %v25 : f32, !llvm.ptr
              }
              %v103 = arith.addi %v67, %v102 : i64
              %v104 = arith.cmpi slt, %v103, %v2 : i64
              scf.if %v104 {
                %v105 = arith.muli %v103, %v47 : i64
                %v106 = arith.addi %v62, %v105 : i64
                %v107 = llvm.getelementptr %part_Cp[%v106] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v108 = llvm.load %v107 : !llvm.ptr -> f32
                %v109 = llvm.load %v26 : !llvm.ptr -> f32
                %v110 = arith.addf %v109, %v108 fastmath<contract> : f32
                llvm.store %v110, %v26 : f32, !llvm.ptr
              }
              %v112 = arith.addi %v67, %v111 : i64
              %v113 = arith.cmpi slt, %v112, %v2 : i64
              scf.if %v113 {
                %v114 = arith.muli %v112, %v47 : i64
                %v115 = arith.addi %v62, %v114 : i64
                %v116 = llvm.getelementptr %part_Cp[%v115] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v117 = llvm.load %v116 : !llvm.ptr -> f32
                %v118 = llvm.load %v27 : !llvm.ptr -> f32
                %v119 = arith.addf %v118, %v117 fastmath<contract> : f32
                llvm.store %v119, %v27 : f32, !llvm.ptr
              }
              %v121 = arith.addi %v67, %v120 : i64
              %v122 = arith.cmpi slt, %v121, %v2 : i64
              scf.if %v122 {
                %v123 = arith.muli %v121, %v47 : i64
                %v124 = arith.addi %v62, %v123 : i64
                %v125 = llvm.getelementptr %part_Cp[%v124] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v126 = llvm.load %v125 : !llvm.ptr -> f32
                %v127 = llvm.load %v28 : !llvm.ptr -> f32
                %v128 = arith.addf %v127, %v126 fastmath<contract> : f32
                llvm.store %v128, %v28 : f32, !llvm.ptr
              }
              %v130 = arith.addi %v67, %v129 : i64
              %v131 = arith.cmpi slt, %v130, %v2 : i64
              scf.if %v131 {
                %v132 = arith.muli %v130, %v47 : i64
                %v133 = arith.addi %v62, %v132 : i64
                %v134 = llvm.getelementptr %part_Cp[%v133] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v135 = llvm.load %v134 : !llvm.ptr -> f32
                %v136 = llvm.load %v29 : !llvm.ptr -> f32
                %v137 = arith.addf %v136, %v135 fastmath<contract> : f32
                llvm.store %v137, %v29 : f32, !llvm.ptr
              }
              %v139 = arith.addi %v67, %v138 : i64
              %v140 = arith.cmpi slt, %v139, %v2 : i64
              scf.if %v140 {
                %v141 = arith.muli %v139, %v47 : i64
                %v142 = arith.addi %v62, %v141 : i64
                %v143 = llvm.getelementptr %part_Cp[%v142] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v144 = llvm.load %v143 : !llvm.ptr -> f32
                %v145 = llvm.load %v30 : !llvm.ptr -> f32
                %v146 = arith.addf %v145, %v144 fastmath<contract> : f32
                llvm.store %v146, %v30 : f32, !llvm.ptr
              }
              %v148 = arith.addi %v67, %v147 : i64
              %v149 = arith.cmpi slt, %v148, %v2 : i64
              scf.if %v149 {
                %v150 = arith.muli %v148, %v47 : i64
                %v151 = arith.addi %v62, %v150 : i64
                %v152 = llvm.getelementptr %part_Cp[%v151] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v153 = llvm.load %v152 : !llvm.ptr -> f32
                %v154 = llvm.load %v31 : !llvm.ptr -> f32
                %v155 = arith.addf %v154, %v153 fastmath<contract> : f32
                llvm.store %v155, %v31 : f32, !llvm.ptr
              }
              %v157 = arith.addi %v67, %v156 : i64
              %v158 = arith.cmpi slt, %v157, %v2 : i64
              scf.if %v158 {
                %v159 = arith.muli %v157, %v47 : i64
                %v160 = arith.addi %v62, %v159 : i64
                %v161 = llvm.getelementptr %part_Cp[%v160] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v162 = llvm.load %v161 : !llvm.ptr -> f32
                %v163 = llvm.load %v32 : !llvm.ptr -> f32
                %v164 = arith.addf %v163, %v162 fastmath<contract> : f32
                llvm.store %v164, %v32 : f32, !llvm.ptr
              }
              %v166 = arith.addi %v67, %v165 : i64
              %v167 = arith.cmpi slt, %v166, %v2 : i64
              scf.if %v167 {
                %v168 = arith.muli %v166, %v47 : i64
                %v169 = arith.addi %v62, %v168 : i64
                %v170 = llvm.getelementptr %part_Cp[%v169] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v171 = llvm.load %v170 : !llvm.ptr -> f32
                %v172 = llvm.load %v33 : !llvm.ptr -> f32
                %v173 = arith.addf %v172, %v171 fastmath<contract> : f32
                llvm.store %v173, %v33 : f32, !llvm.ptr
              }
              %v175 = arith.addi %v67, %v174 : i64
              %v176 = arith.cmpi slt, %v175, %v2 : i64
              scf.if %v176 {
                %v177 = arith.muli %v175, %v47 : i64
                %v178 = arith.addi %v62, %v177 : i64
                %v179 = llvm.getelementptr %part_Cp[%v178] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v180 = llvm.load %v179 : !llvm.ptr -> f32
                %v181 = llvm.load %v34 : !llvm.ptr -> f32
                %v182 = arith.addf %v181, %v180 fastmath<contract> : f32
                llvm.store %v182, %v34 : f32, !llvm.ptr
              }
              %v184 = arith.addi %v67, %v183 : i64
              %v185 = arith.cmpi slt, %v184, %v2 : i64
              scf.if %v185 {
                %v186 = arith.muli %v184, %v47 : i64
                %v187 = arith.addi %v62, %v186 : i64
                %v188 = llvm.getelementptr %part_Cp[%v187] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v189 = llvm.load %v188 : !llvm.ptr -> f32
                %v190 = llvm.load %v35 : !llvm.ptr -> f32
                %v191 = arith.addf %v190, %v189 fastmath<contract> : f32
                llvm.store %v191, %v35 : f32, !llvm.ptr
              }
              %v193 = arith.addi %v67, %v192 : i64
              %v194 = arith.cmpi slt, %v193, %v2 : i64
              scf.if %v194 {
                %v195 = arith.muli %v193, %v47 : i64
                %v196 = arith.addi %v62, %v195 : i64
                %v197 = llvm.getelementptr %part_Cp[%v196] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v198 = llvm.load %v197 : !llvm.ptr -> f32
                %v199 = llvm.load %v36 : !llvm.ptr -> f32
                %v200 = arith.addf %v199, %v198 fastmath<contract> : f32
                llvm.store %v200, %v36 : f32, !llvm.ptr
              }
              %v202 = arith.addi %v67, %v201 : i64
              %v203 = arith.cmpi slt, %v202, %v2 : i64
              scf.if %v203 {
                %v204 = arith.muli %v202, %v47 : i64
                %v205 = arith.addi %v62, %v204 : i64
                %v206 = llvm.getelementptr %part_Cp[%v205] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v207 = llvm.load %v206 : !llvm.ptr -> f32
                %v208 = llvm.load %v37 : !llvm.ptr -> f32
                %v209 = arith.addf %v208, %v207 fastmath<contract> : f32
                llvm.store %v209, %v37 : f32, !llvm.ptr
              }
            }
          }
          %v210 = llvm.load %v22 : !llvm.ptr -> f32
          %v211 = llvm.load %v23 : !llvm.ptr -> f32
          %v212 = arith.addf %v210, %v211 fastmath<contract> : f32
          %v213 = llvm.load %v24 : !llvm.ptr -> f32
          %v214 = arith.addf %v212, %v213 fastmath<contract> : f32
          %v215 = llvm.load %v25 : !llvm.ptr -> f32
          %v216 = arith.addf %v214, %v215 fastmath<contract> : f32
          %v217 = llvm.load %v26 : !llvm.ptr -> f32
          %v218 = arith.addf %v216, %v217 fastmath<contract> : f32
          %v219 = llvm.load %v27 : !llvm.ptr -> f32
          %v220 = arith.addf %v218, %v219 fastmath<contract> : f32
          %v221 = llvm.load %v28 : !llvm.ptr -> f32
          %v222 = arith.addf %v220, %v221 fastmath<contract> : f32
          %v223 = llvm.load %v29 : !llvm.ptr -> f32
          %v224 = arith.addf %v222, %v223 fastmath<contract> : f32
          %v225 = llvm.load %v30 : !llvm.ptr -> f32
          %v226 = arith.addf %v224, %v225 fastmath<contract> : f32
          %v227 = llvm.load %v31 : !llvm.ptr -> f32
          %v228 = arith.addf %v226, %v227 fastmath<contract> : f32
          %v229 = llvm.load %v32 : !llvm.ptr -> f32
          %v230 = arith.addf %v228, %v229 fastmath<contract> : f32
          %v231 = llvm.load %v33 : !llvm.ptr -> f32
          %v232 = arith.addf %v230, %v231 fastmath<contract> : f32
          %v233 = llvm.load %v34 : !llvm.ptr -> f32
          %v234 = arith.addf %v232, %v233 fastmath<contract> : f32
          %v235 = llvm.load %v35 : !llvm.ptr -> f32
          %v236 = arith.addf %v234, %v235 fastmath<contract> : f32
          %v237 = llvm.load %v36 : !llvm.ptr -> f32
          %v238 = arith.addf %v236, %v237 fastmath<contract> : f32
          %v239 = llvm.load %v37 : !llvm.ptr -> f32
          %v240 = arith.addf %v238, %v239 fastmath<contract> : f32
          %v241 = llvm.getelementptr %dx_Cp[%v13] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v240, %v241 : f32, !llvm.ptr
        }
      }
      gpu.return
    }
  }
}
