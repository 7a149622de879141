module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @mamba2_seg_reduce_A_log(%part_A_log: !llvm.ptr, %dx_A_log: !llvm.ptr, %size_B: i64, %size_L: i64, %size_H: i64, %size_P: i64, %size_N: i64) kernel {
      %v1 = arith.constant 16 : i64
      %v2 = arith.constant 1 : i64
      %v3 = arith.muli %v2, %size_B : i64
      %v4 = arith.muli %v3, %size_H : i64
      %v5 = arith.muli %v4, %size_P : i64
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
      %v46 = arith.constant 255 : i64
      %v90 = arith.constant 2 : i64
      %v99 = arith.constant 3 : i64
      %v108 = arith.constant 4 : i64
      %v117 = arith.constant 5 : i64
      %v126 = arith.constant 6 : i64
      %v135 = arith.constant 7 : i64
      %v144 = arith.constant 8 : i64
      %v153 = arith.constant 9 : i64
      %v162 = arith.constant 10 : i64
      %v171 = arith.constant 11 : i64
      %v180 = arith.constant 12 : i64
      %v189 = arith.constant 13 : i64
      %v198 = arith.constant 14 : i64
      %v207 = arith.constant 15 : i64
      %v7 = gpu.block_id x
      %v8 = gpu.thread_id x
      %v9 = arith.index_cast %v8 : index to i64
      %v10 = arith.index_cast %v7 : index to i64
      %v12 = arith.muli %v10, %v11 : i64
      %v13 = arith.addi %v12, %v9 : i64
      %v14 = arith.cmpi slt, %v13, %v6 : i64
      %v15 = arith.subi %v6, %v2 : i64
      %v16 = arith.minsi %v13, %v15 : i64
      %v17 = arith.remui %v16, %size_P : i64
      %v18 = arith.divui %v16, %size_P : i64
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
          %v45 = arith.muli %v44, %size_P : i64
          %v47 = arith.addi %size_L, %v46 : i64
          %v48 = arith.divui %v47, %v11 : i64
          %v49 = arith.muli %v5, %v2 : i64
          %v50 = arith.index_cast %v43 : i64 to index
          %v51 = arith.index_cast %v45 : i64 to index
          %v52 = arith.index_cast %v2 : i64 to index
          scf.for %v53 = %v50 to %v51 step %v52 {
            %v54 = arith.index_cast %v53 : index to i64
            %v55 = arith.remui %v54, %size_P : i64
            %v56 = arith.divui %v54, %size_P : i64
            %v57 = arith.remui %v56, %size_B : i64
            %v58 = arith.divui %v56, %size_B : i64
            %v59 = arith.muli %v43, %size_B : i64
            %v60 = arith.addi %v59, %v57 : i64
            %v61 = arith.muli %v60, %size_H : i64
            %v62 = arith.addi %v61, %v41 : i64
            %v63 = arith.muli %v62, %size_P : i64
            %v64 = arith.addi %v63, %v55 : i64
            %v65 = arith.muli %v43, %v5 : i64
            %v66 = arith.addi %v65, %v64 : i64
            %v67 = arith.muli %v66, %v2 : i64
            %v68 = arith.addi %v67, %v43 : i64
            %v69 = arith.index_cast %v43 : i64 to index
            %v70 = arith.index_cast %v48 : i64 to index
            %v71 = arith.index_cast %v1 : i64 to index
            scf.for %v72 = %v69 to %v70 step %v71 {
              %v73 = arith.index_cast %v72 : index to i64
              %v74 = arith.addi %v73, %v43 : i64
              %v75 = arith.cmpi slt, %v74, %v48 : i64
              scf.if %v75 {
                %v76 = arith.muli %v74, %v49 : i64
                %v77 = arith.addi %v68, %v76 : i64
                %v78 = llvm.getelementptr %part_A_log[%v77] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v79 = llvm.load %v78 : !llvm.ptr -> f32
                %v80 = llvm.load %v24 : !llvm.ptr -> f32
                %v81 = arith.addf %v80, %v79 fastmath<contract> : f32
                llvm.store %v81, %v24 : f32, !llvm.ptr
              }
              %v82 = arith.addi %v73, %v2 : i64
              %v83 = arith.cmpi slt, %v82, %v48 : i64
              scf.if %v83 {
                %v84 = arith.muli %v82, %v49 : i64
                %v85 = arith.addi %v68, %v84 : i64
                %v86 = llvm.getelementptr %part_A_log[%v85] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v87 = llvm.load %v86 : !llvm.ptr -> f32
                %v88 = llvm.load %v25 : !llvm.ptr -> f32
                %v89 = arith.addf %v88, %v87 fastmath<contract> : f32
                llvm.store %v89, %v25 : f32, !llvm.ptr
              }
              %v91 = arith.addi %v73, %v90 : i64
              %v92 = arith.cmpi slt, %v91, %v48 : i64
              scf.if %v92 {
                %v93 = arith.muli %v91, %v49 : i64
                %v94 = arith.addi %v68, %v93 : i64
                %v95 = llvm.getelementptr %part_A_log[%v94] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v96 = llvm.load %v95 : !llvm.ptr -> f32
                %v97 = llvm.load %v26 : !llvm.ptr -> f32
                %v98 = arith.addf %v97, %v96 fastmath<contract> : f32
                llvm.store %v98, %v26 : f32, !llvm.ptr
              }
              %v100 = arith.addi %v73, %v99 : i64
              %v101 = arith.cmpi slt, %v100, %v48 : i64
              scf.if %v101 {
                %v102 = arith.muli %v100, %v49 : i64
                %v103 = arith.addi %v68, %v102 : i64
                %v104 = llvm.getelementptr %part_A_log[%v103] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v105 = llvm.load %v104 : !llvm.ptr -> f32
                %v106 = llvm.load %v27 : !llvm.ptr -> f32
                %v107 = arith.addf %v106, %v105 fastmath<contract> : f32
                llvm.store %v107, %v27 : f32, !llvm.ptr
              }
              %v109 = arith.addi %v73, %v108 : i64
              %v110 = arith.cmpi slt, %v109, %v48 : i64
              scf.if %v110 {
                %v111 = arith.muli %v109, %v49 : i64
                %v112 = arith.addi %v68, %v111 : i64
                %v113 = llvm.getelementptr %part_A_log[%v112] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v114 = llvm.load %v113 : !llvm.ptr -> f32
                %v115 = llvm.load %v28 : !llvm.ptr -> f32
                %v116 = arith.addf %v115, %v114 fastmath<contract> : f32
                llvm.store %v116, %v28 : f32, !llvm.ptr
              }
              %v118 = arith.addi %v73, %v117 : i64
              %v119 = arith.cmpi slt, %v118, %v48 : i64
              scf.if %v119 {
                %v120 = arith.muli %v118, %v49 : i64
                %v121 = arith.addi %v68, %v120 : i64
                %v122 = llvm.getelementptr %part_A_log[%v121] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v123 = llvm.load %v122 : !llvm.ptr -> f32
                %v124 = llvm.load %v29 : !llvm.ptr -> f32
                %v125 = arith.addf %v124, %v123 fastmath<contract> : f32
                llvm.store %v125, %v29 : f32, !llvm.ptr
              }
              %v127 = arith.addi %v73, %v126 : i64
              %v128 = arith.cmpi slt, %v127, %v48 : i64
              scf.if %v128 {
                %v129 = arith.muli %v127, %v49 : i64
                %v130 = arith.addi %v68, %v129 : i64
                %v131 = llvm.getelementptr %part_A_log[%v130] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v132 = llvm.load %v131 : !llvm.ptr -> f32
                %v133 = llvm.load %v30 : !llvm.ptr -> f32
                %v134 = arith.addf %v133, %v132 fastmath<contract> : f32
                llvm.store %v134, %v30 : f32, !llvm.ptr
              }
              %v136 = arith.addi %v73, %v135 : i64
              %v137 = arith.cmpi slt, %v136, %v48 : i64
              scf.if %v137 {
                %v138 = arith.muli %v136, %v49 : i64
                %v139 = arith.addi %v68, %v138 : i64
                %v140 = llvm.getelementptr %part_A_log[%v139] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v141 = llvm.load %v140 : !llvm.ptr -> f32
                %v142 = llvm.load %v31 : !llvm.ptr -> f32
                %v143 = arith.addf %v142, %v141 fastmath<contract> : f32
                llvm.store %v143, %v31 : f32, !llvm.ptr
              }
              %v145 = arith.addi %v73, %v144 : i64
              %v146 = arith.cmpi slt, %v145, %v48 : i64
              scf.if %v146 {
                %v147 = arith.muli %v145, %v49 : i64
                %v148 = arith.addi %v68, %v147 : i64
                %v149 = llvm.getelementptr %part_A_log[%v148] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v150 = llvm.load %v149 : !llvm.ptr -> f32
                %v151 = llvm.load %v32 : !llvm.ptr -> f32
                %v152 = arith.addf %v151, %v150 fastmath<contract> : f32
                llvm.store %v152, %v32 : f32, !llvm.ptr
              }
              %v154 = arith.addi %v73, %v153 : i64
              %v155 = arith.cmpi slt, %v154, %v48 : i64
              scf.if %v155 {
                %v156 = arith.muli %v154, %v49 : i64
                %v157 = arith.addi %v68, %v156 : i64
                %v158 = llvm.getelementptr %part_A_log[%v157] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v159 = llvm.load %v158 : !llvm.ptr -> f32
                %v160 = llvm.load %v33 : !llvm.ptr -> f32
                %v161 = arith.addf %v160, %v159 fastmath<contract> : f32
                llvm.store %v161, %v33 : f32, !llvm.ptr
              }
              %v163 = arith.addi %v73, %v162 : i64
              %v164 = arith.cmpi slt, %v163, %v48 : i64
              scf.if %v164 {
                %v165 = arith.muli %v163, %v49 : i64
                %v166 = arith.addi %v68, %v165 : i64
                %v167 = llvm.getelementptr %part_A_log[%v166] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v168 = llvm.load %v167 : !llvm.ptr -> f32
                %v169 = llvm.load %v34 : !llvm.ptr -> f32
                %v170 = arith.addf %v169, %v168 fastmath<contract> : f32
                llvm.store %v170, %v34 : f32, !llvm.ptr
              }
              %v172 = arith.addi %v73, %v171 : i64
              %v173 = arith.cmpi slt, %v172, %v48 : i64
              scf.if %v173 {
                %v174 = arith.muli %v172, %v49 : i64
                %v175 = arith.addi %v68, %v174 : i64
                %v176 = llvm.getelementptr %part_A_log[%v175] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v177 = llvm.load %v176 : !llvm.ptr -> f32
                %v178 = llvm.load %v35 : !llvm.ptr -> f32
                %v179 = arith.addf %v178, %v177 fastmath<contract> : f32
                llvm.store %v179, %v35 : f32, !llvm.ptr
              }
              %v181 = arith.addi %v73, %v180 : i64
              %v182 = arith.cmpi slt, %v181, %v48 : i64
              scf.if %v182 {
                %v183 = arith.muli %v181, %v49 : i64
                %v184 = arith.addi %v68, %v183 : i64
                %v185 = llvm.getelementptr %part_A_log[%v184] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v186 = llvm.load %v185 : !llvm.ptr -> f32
                %v187 = llvm.load %v36 : !llvm.ptr -> f32
                %v188 = arith.addf %v187, %v186 fastmath<contract> : f32
                llvm.store %v188, %v36 : f32, !llvm.ptr
              }
              %v190 = arith.addi %v73, %v189 : i64
              %v191 = arith.cmpi slt, %v190, %v48 : i64
              scf.if %v191 {
                %v192 = arith.muli %v190, %v49 : i64
                %v193 = arith.addi %v68, %v192 : i64
                %v194 = llvm.getelementptr %part_A_log[%v193] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v195 = llvm.load %v194 : !llvm.ptr -> f32
                %v196 = llvm.load %v37 : !llvm.ptr -> f32
                %v197 = arith.addf %v196, %v195 fastmath<contract> : f32
                llvm.store %v197, %v37 : f32, !llvm.ptr
              }
              %v199 = arith.addi %v73, %v198 : i64
              %v200 = arith.cmpi slt, %v199, %v48 : i64
              scf.if %v200 {
                %v201 = arith.muli %v199, %v49 : i64
                %v202 = arith.addi %v68, %v201 : i64
                %v203 = llvm.getelementptr %part_A_log[%v202] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v204 = llvm.load %v203 : !llvm.ptr -> f32
                %v205 = llvm.load %v38 : !llvm.ptr -> f32
                %v206 = arith.addf %v205, %v204 fastmath<contract> : f32
                llvm.store %v206, %v38 : f32, !llvm.ptr
              }
              %v208 = arith.addi %v73, %v207 : i64
              %v209 = arith.cmpi slt, %v208, %v48 : i64
              scf.if %v209 {
                %v210 = arith.muli %v208, %v49 : i64
                %v211 = arith.addi %v68, %v210 : i64
                %v212 = llvm.getelementptr %part_A_log[%v211] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v213 = llvm.load %v212 : !llvm.ptr -> f32
                %v214 = llvm.load %v39 : !llvm.ptr -> f32
                %v215 = arith.addf %v214, %v213 fastmath<contract> : f32
                llvm.store %v215, %v39 : f32, !llvm.ptr
              }
            }
          }
          %v216 = llvm.load %v24 : !llvm.ptr -> f32
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
          %v239 = llvm.load %v36 : !llvm.ptr -> f32
          %v240 = arith.addf %v238, %v239 fastmath<contract> : f32
          %v241 = llvm.load %v37 : !llvm.ptr -> f32
          %v242 = arith.addf %v240, %v241 fastmath<contract> : f32
          %v243 = llvm.load %v38 : !llvm.ptr -> f32
          %v244 = arith.addf %v242, %v243 fastmath<contract> : f32
          %v245 = llvm.load %v39 : !llvm.ptr -> f32
          %v246 = arith.addf %v244, %v245 fastmath<contract> : f32
          %v247 = llvm.getelementptr %dx_A_log[%v13] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v246, %v247 : f32, !llvm.ptr
        }
      }
      gpu.return
    }
  }
}
