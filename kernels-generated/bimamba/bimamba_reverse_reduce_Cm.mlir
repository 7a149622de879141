module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @bimamba_reverse_reduce_Cm(%part_Cm: !llvm.ptr, %dx_Cm: !llvm.ptr, %size_B: i64, %size_D: i64, %size_L: i64, %size_N: i64, %slice_first: i64, %slice_steps: i64) kernel {
      %v1 = arith.constant 16 : i64
      %v2 = arith.constant 1 : i64
      %v3 = arith.muli %v2, %size_B : i64
      %v4 = arith.muli %v3, %size_D : i64
      %v5 = arith.muli %v2, %size_B : i64
      %v6 = arith.muli %v5, %v1 : i64
      %v7 = arith.muli %v6, %slice_steps : i64
      %v12 = arith.constant 256 : i64
      %v28 = arith.subi %slice_steps, %v2 : i64
      %v32 = arith.subi %size_L, %v2 : i64
      %v34 = arith.constant 0 : i64
      %v41 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v42 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v43 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v44 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v45 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v46 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v47 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v48 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v49 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v50 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v51 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v52 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v53 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v54 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v55 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v56 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v57 = arith.constant 0x00000000 : f32
      %v58 = arith.constant 31 : i64
      %v60 = arith.constant 32 : i64
      %v88 = arith.constant 2 : i64
      %v97 = arith.constant 3 : i64
      %v106 = arith.constant 4 : i64
      %v115 = arith.constant 5 : i64
      %v124 = arith.constant 6 : i64
      %v133 = arith.constant 7 : i64
      %v142 = arith.constant 8 : i64
      %v151 = arith.constant 9 : i64
      %v160 = arith.constant 10 : i64
      %v169 = arith.constant 11 : i64
      %v178 = arith.constant 12 : i64
      %v187 = arith.constant 13 : i64
      %v196 = arith.constant 14 : i64
      %v205 = arith.constant 15 : i64
      %v8 = gpu.block_id x
      %v9 = gpu.thread_id x
      %v10 = arith.index_cast %v9 : index to i64
      %v11 = arith.index_cast %v8 : index to i64
      %v13 = arith.muli %v11, %v12 : i64
      %v14 = arith.addi %v13, %v10 : i64
      %v15 = arith.cmpi slt, %v14, %v7 : i64
      %v16 = arith.subi %v7, %v2 : i64
      %v17 = arith.minsi %v14, %v16 : i64
      %v18 = arith.remui %v17, %size_D : i64
      %v19 = arith.divui %v17, %size_D : i64
      %v20 = arith.remui %v19, %size_B : i64
      %v21 = arith.divui %v19, %size_B : i64
      scf.if %v15 {
        %v22 = arith.remui %v14, %slice_steps : i64
        %v23 = arith.divui %v14, %slice_steps : i64
        %v24 = arith.remui %v23, %v1 : i64
        %v25 = arith.divui %v23, %v1 : i64
        %v26 = arith.remui %v25, %size_B : i64
        %v27 = arith.divui %v25, %size_B : i64
        %v29 = arith.subi %v28, %v22 : i64
        %v30 = arith.addi %slice_first, %v29 : i64
        %v31 = arith.cmpi slt, %v30, %size_L : i64
        %v33 = arith.subi %v32, %v30 : i64
        %v35 = arith.muli %v34, %size_B : i64
        %v36 = arith.addi %v35, %v26 : i64
        %v37 = arith.muli %v36, %v1 : i64
        %v38 = arith.addi %v37, %v24 : i64
        %v39 = arith.muli %v38, %size_L : i64
        %v40 = arith.addi %v39, %v33 : i64
        scf.if %v31 {
          llvm.store %v57, %v41 : f32, !llvm.ptr
          llvm.store %v57, %v42 : f32, !llvm.ptr
          llvm.store %v57, %v43 : f32, !llvm.ptr
          llvm.store %v57, %v44 : f32, !llvm.ptr
          llvm.store %v57, %v45 : f32, !llvm.ptr
          llvm.store %v57, %v46 : f32, !llvm.ptr
          llvm.store %v57, %v47 : f32, !llvm.ptr
          llvm.store %v57, %v48 : f32, !llvm.ptr
          llvm.store %v57, %v49 : f32, !llvm.ptr
          llvm.store %v57, %v50 : f32, !llvm.ptr
          llvm.store %v57, %v51 : f32, !llvm.ptr
          llvm.store %v57, %v52 : f32, !llvm.ptr
          llvm.store %v57, %v53 : f32, !llvm.ptr
          llvm.store %v57, %v54 : f32, !llvm.ptr
          llvm.store %v57, %v55 : f32, !llvm.ptr
          llvm.store %v57, %v56 : f32, !llvm.ptr
          %v59 = arith.addi %size_D, %v58 : i64
          %v61 = arith.divui %v59, %v60 : i64
          %v62 = arith.index_cast %v34 : i64 to index
          %v63 = arith.index_cast %v2 : i64 to index
          %v64 = arith.index_cast %v2 : i64 to index
          scf.for %v65 = %v62 to %v63 step %v64 {
            %v66 = arith.index_cast %v65 : index to i64
            %v67 = arith.index_cast %v34 : i64 to index
            %v68 = arith.index_cast %v61 : i64 to index
            %v69 = arith.index_cast %v1 : i64 to index
            scf.for %v70 = %v67 to %v68 step %v69 {
              %v71 = arith.index_cast %v70 : index to i64
              %v72 = arith.addi %v71, %v34 : i64
              %v73 = arith.cmpi slt, %v72, %v61 : i64
              scf.if %v73 {
                %v74 = arith.muli %v72, %v7 : i64
                %v75 = arith.addi %v14, %v74 : i64
                %v76 = llvm.getelementptr %part_Cm[%v75] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v77 = llvm.load %v76 : !llvm.ptr -> f32
                %v78 = llvm.load %v41 : !llvm.ptr -> f32
                %v79 = arith.addf %v78, %v77 fastmath<contract> : f32
                llvm.store %v79, %v41 : f32, !llvm.ptr
              }
              %v80 = arith.addi %v71, %v2 : i64
              %v81 = arith.cmpi slt, %v80, %v61 : i64
              scf.if %v81 {
                %v82 = arith.muli %v80, %v7 : i64
                %v83 = arith.addi %v14, %v82 : i64
                %v84 = llvm.getelementptr %part_Cm[%v83] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v85 = llvm.load %v84 : !llvm.ptr -> f32
                %v86 = llvm.load %v42 : !llvm.ptr -> f32
                %v87 = arith.addf %v86, %v85 fastmath<contract> : f32
                llvm.store %v87, %v42 : f32, !llvm.ptr
              }
              %v89 = arith.addi %v71, %v88 : i64
              %v90 = arith.cmpi slt, %v89, %v61 : i64
              scf.if %v90 {
                %v91 = arith.muli %v89, %v7 : i64
                %v92 = arith.addi %v14, %v91 : i64
                %v93 = llvm.getelementptr %part_Cm[%v92] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v94 = llvm.load %v93 : !llvm.ptr -> f32
                %v95 = llvm.load %v43 : !llvm.ptr -> f32
                %v96 = arith.addf %v95, %v94 fastmath<contract> : f32
                llvm.store %v96, %v43 : f32, !llvm.ptr
              }
              %v98 = arith.addi %v71, %v97 : i64
              %v99 = arith.cmpi slt, %v98, %v61 : i64
              scf.if %v99 {
                %v100 = arith.muli %v98, %v7 : i64
                %v101 = arith.addi %v14, %v100 : i64
                %v102 = llvm.getelementptr %part_Cm[%v101] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v103 = llvm.load %v102 : !llvm.ptr -> f32
                %v104 = llvm.load %v44 : !llvm.ptr -> f32
                %v105 = arith.addf %v104, %v103 fastmath<contract> : f32
                llvm.store %v105, %v44 : f32, !llvm.ptr
              }
              %v107 = arith.addi %v71, %v106 : i64
              %v108 = arith.cmpi slt, %v107, %v61 : i64
              scf.if %v108 {
                %v109 = arith.muli %v107, %v7 : i64
                %v110 = arith.addi %v14, %v109 : i64
                %v111 = llvm.getelementptr %part_Cm[%v110] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v112 = llvm.load %v111 : !llvm.ptr -> f32
                %v113 = llvm.load %v45 : !llvm.ptr -> f32
                %v114 = arith.addf %v113, %v112 fastmath<contract> : f32
                llvm.store %v114, %v45 : f32, !llvm.ptr
              }
              %v116 = arith.addi %v71, %v115 : i64
              %v117 = arith.cmpi slt, %v116, %v61 : i64
              scf.if %v117 {
                %v118 = arith.muli %v116, %v7 : i64
                %v119 = arith.addi %v14, %v118 : i64
                %v120 = llvm.getelementptr %part_Cm[%v119] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v121 = llvm.load %v120 : !llvm.ptr -> f32
                %v122 = llvm.load %v46 : !llvm.ptr -> f32
                %v123 = arith.addf %v122, %v121 fastmath<contract> : f32
                llvm.store %v123, %v46 : f32, !llvm.ptr
              }
              %v125 = arith.addi %v71, %v124 : i64
              %v126 = arith.cmpi slt, %v125, %v61 : i64
              scf.if %v126 {
                %v127 = arith.muli %v125, %v7 : i64
                %v128 = arith.addi %v14, %v127 : i64
                %v129 = llvm.getelementptr %part_Cm[%v128] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v130 = llvm.load %v129 : !llvm.ptr -> f32
                %v131 = llvm.load %v47 : !llvm.ptr -> f32
                %v132 = arith.addf %v131, %v130 fastmath<contract> : f32
                llvm.store %v132, %v47 : f32, !llvm.ptr
              }
              %v134 = arith.addi %v71, %v133 : i64
              %v135 = arith.cmpi slt, %v134, %v61 : i64
              scf.if %v135 {
                %v136 = arith.muli %v134, %v7 : i64
                %v137 = arith.addi %v14, %v136 : i64
                %v138 = llvm.getelementptr %part_Cm[%v137] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v139 = llvm.load %v138 : !llvm.ptr -> f32
                %v140 = llvm.load %v48 : !llvm.ptr -> f32
                %v141 = arith.addf %v140, %v139 fastmath<contract> : f32
                llvm.store %v141, %v48 : f32, !llvm.ptr
              }
              %v143 = arith.addi %v71, %v142 : i64
              %v144 = arith.cmpi slt, %v143, %v61 : i64
              scf.if %v144 {
                %v145 = arith.muli %v143, %v7 : i64
                %v146 = arith.addi %v14, %v145 : i64
                %v147 = llvm.getelementptr %part_Cm[%v146] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v148 = llvm.load %v147 : !llvm.ptr -> f32
                %v149 = llvm.load %v49 : !llvm.ptr -> f32
                %v150 = arith.addf %v149, %v148 fastmath<contract> : f32
                llvm.store %v150, %v49 : f32, !llvm.ptr
              }
              %v152 = arith.addi %v71, %v151 : i64
              %v153 = arith.cmpi slt, %v152, %v61 : i64
              scf.if %v153 {
                %v154 = arith.muli %v152, %v7 : i64
                %v155 = arith.addi %v14, %v154 : i64
                %v156 = llvm.getelementptr %part_Cm[%v155] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v157 = llvm.load %v156 : !llvm.ptr -> f32
                %v158 = llvm.load %v50 : !llvm.ptr -> f32
                %v159 = arith.addf %v158, %v157 fastmath<contract> : f32
                llvm.store %v159, %v50 : f32, !llvm.ptr
              }
              %v161 = arith.addi %v71, %v160 : i64
              %v162 = arith.cmpi slt, %v161, %v61 : i64
              scf.if %v162 {
                %v163 = arith.muli %v161, %v7 : i64
                %v164 = arith.addi %v14, %v163 : i64
                %v165 = llvm.getelementptr %part_Cm[%v164] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v166 = llvm.load %v165 : !llvm.ptr -> f32
                %v167 = llvm.load %v51 : !llvm.ptr -> f32
                %v168 = arith.addf %v167, %v166 fastmath<contract> : f32
                llvm.store %v168, %v51 : f32, !llvm.ptr
              }
              %v170 = arith.addi %v71, %v169 : i64
              %v171 = arith.cmpi slt, %v170, %v61 : i64
              scf.if %v171 {
                %v172 = arith.muli %v170, %v7 : i64
                %v173 = arith.addi %v14, %v172 : i64
                %v174 = llvm.getelementptr %part_Cm[%v173] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v175 = llvm.load %v174 : !llvm.ptr -> f32
                %v176 = llvm.load %v52 : !llvm.ptr -> f32
                %v177 = arith.addf %v176, %v175 fastmath<contract> : f32
                llvm.store %v177, %v52 : f32, !llvm.ptr
              }
              %v179 = arith.addi %v71, %v178 : i64
              %v180 = arith.cmpi slt, %v179, %v61 : i64
              scf.if %v180 {
                %v181 = arith.muli %v179, %v7 : i64
                %v182 = arith.addi %v14, %v181 : i64
                %v183 = llvm.getelementptr %part_Cm[%v182] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v184 = llvm.load %v183 : !llvm.ptr -> f32
                %v185 = llvm.load %v53 : !llvm.ptr -> f32
                %v186 = arith.addf %v185, %v184 fastmath<contract> : f32
                llvm.store %v186, %v53 : f32, !llvm.ptr
              }
              %v188 = arith.addi %v71, %v187 : i64
              %v189 = arith.cmpi slt, %v188, %v61 : i64
              scf.if %v189 {
                %v190 = arith.muli %v188, %v7 : i64
                %v191 = arith.addi %v14, %v190 : i64
                %v192 = llvm.getelementptr %part_Cm[%v191] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v193 = llvm.load %v192 : !llvm.ptr -> f32
                %v194 = llvm.load %v54 : !llvm.ptr -> f32
                %v195 = arith.addf %v194, %v193 fastmath<contract> : f32
                llvm.store %v195, %v54 : f32, !llvm.ptr
              }
              %v197 = arith.addi %v71, %v196 : i64
              %v198 = arith.cmpi slt, %v197, %v61 : i64
              scf.if %v198 {
                %v199 = arith.muli %v197, %v7 : i64
                %v200 = arith.addi %v14, %v199 : i64
                %v201 = llvm.getelementptr %part_Cm[%v200] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v202 = llvm.load %v201 : !llvm.ptr -> f32
                %v203 = llvm.load %v55 : !llvm.ptr -> f32
                %v204 = arith.addf %v203, %v202 fastmath<contract> : f32
                llvm.store %v204, %v55 : f32, !llvm.ptr
              }
              %v206 = arith.addi %v71, %v205 : i64
              %v207 = arith.cmpi slt, %v206, %v61 : i64
              scf.if %v207 {
                %v208 = arith.muli %v206, %v7 : i64
                %v209 = arith.addi %v14, %v208 : i64
                %v210 = llvm.getelementptr %part_Cm[%v209] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v211 = llvm.load %v210 : !llvm.ptr -> f32
                %v212 = llvm.load %v56 : !llvm.ptr -> f32
                %v213 = arith.addf %v212, %v211 fastmath<contract> : f32
                llvm.store %v213, %v56 : f32, !llvm.ptr
              }
            }
          }
          %v214 = llvm.load %v41 : !llvm.ptr -> f32
          %v215 = llvm.load %v42 : !llvm.ptr -> f32
          %v216 = arith.addf %v214, %v215 fastmath<contract> : f32
          %v217 = llvm.load %v43 : !llvm.ptr -> f32
          %v218 = arith.addf %v216, %v217 fastmath<contract> : f32
          %v219 = llvm.load %v44 : !llvm.ptr -> f32
          %v220 = arith.addf %v218, %v219 fastmath<contract> : f32
          %v221 = llvm.load %v45 : !llvm.ptr -> f32
          %v222 = arith.addf %v220, %v221 fastmath<contract> : f32
          %v223 = llvm.load %v46 : !llvm.ptr -> f32
          %v224 = arith.addf %v222, %v223 fastmath<contract> : f32
          %v225 = llvm.load %v47 : !llvm.ptr -> f32
          %v226 = arith.addf %v224, %v225 fastmath<contract> : f32
          %v227 = llvm.load %v48 : !llvm.ptr -> f32
          %v228 = arith.addf %v226, %v227 fastmath<contract> : f32
          %v229 = llvm.load %v49 : !llvm.ptr -> f32
          %v230 = arith.addf %v228, %v229 fastmath<contract> : f32
          %v231 = llvm.load %v50 : !llvm.ptr -> f32
          %v232 = arith.addf %v230, %v231 fastmath<contract> : f32
          %v233 = llvm.load %v51 : !llvm.ptr -> f32
          %v234 = arith.addf %v232, %v233 fastmath<contract> : f32
          %v235 = llvm.load %v52 : !llvm.ptr -> f32
          %v236 = arith.addf %v234, %v235 fastmath<contract> : f32
          %v237 = llvm.load %v53 : !llvm.ptr -> f32
          %v238 = arith.addf %v236, %v237 fastmath<contract> : f32
          %v239 = llvm.load %v54 : !llvm.ptr -> f32
          %v240 = arith.addf %v238, %v239 fastmath<contract> : f32
          %v241 = llvm.load %v55 : !llvm.ptr -> f32
          %v242 = arith.addf %v240, %v241 fastmath<contract> : f32
          %v243 = llvm.load %v56 : !llvm.ptr -> f32
          %v244 = arith.addf %v242, %v243 fastmath<contract> : f32
          %v245 = llvm.getelementptr %dx_Cm[%v40] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v244, %v245 : f32, !llvm.ptr
        }
      }
      gpu.return
    }
  }
}
