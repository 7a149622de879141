module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @gla_reduce_q(%part_q: !llvm.ptr, %dx_q: !llvm.ptr, %size_B: i64, %size_L: i64, %size_H: i64, %size_DK: i64, %size_DV: i64, %slice_first: i64, %slice_steps: i64) kernel {
      %v1 = arith.constant 16 : i64
      %v2 = arith.constant 1 : i64
      %v3 = arith.muli %v2, %size_B : i64
      %v4 = arith.muli %v3, %size_H : i64
      %v5 = arith.muli %v4, %size_DV : i64
      %v6 = arith.muli %v2, %size_B : i64
      %v7 = arith.muli %v6, %slice_steps : i64
      %v8 = arith.muli %v7, %size_H : i64
      %v9 = arith.muli %v8, %v1 : i64
      %v14 = arith.constant 256 : i64
      %v36 = arith.constant 0 : i64
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
      %v57 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v58 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v59 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v60 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v61 = arith.constant 0x00000000 : f32
      %v62 = arith.constant 31 : i64
      %v64 = arith.constant 32 : i64
      %v92 = arith.constant 2 : i64
      %v101 = arith.constant 3 : i64
      %v110 = arith.constant 4 : i64
      %v119 = arith.constant 5 : i64
      %v128 = arith.constant 6 : i64
      %v137 = arith.constant 7 : i64
      %v146 = arith.constant 8 : i64
      %v155 = arith.constant 9 : i64
      %v164 = arith.constant 10 : i64
      %v173 = arith.constant 11 : i64
      %v182 = arith.constant 12 : i64
      %v191 = arith.constant 13 : i64
      %v200 = arith.constant 14 : i64
      %v209 = arith.constant 15 : i64
      %v10 = gpu.block_id x
      %v11 = gpu.thread_id x
      %v12 = arith.index_cast %v11 : index to i64
      %v13 = arith.index_cast %v10 : index to i64
      %v15 = arith.muli %v13, %v14 : i64
      %v16 = arith.addi %v15, %v12 : i64
      %v17 = arith.cmpi slt, %v16, %v9 : i64
      %v18 = arith.subi %v9, %v2 : i64
      %v19 = arith.minsi %v16, %v18 : i64
      %v20 = arith.remui %v19, %size_DV : i64
      %v21 = arith.divui %v19, %size_DV : i64
      %v22 = arith.remui %v21, %size_H : i64
      %v23 = arith.divui %v21, %size_H : i64
      %v24 = arith.remui %v23, %size_B : i64
      %v25 = arith.divui %v23, %size_B : i64
      scf.if %v17 {
        %v26 = arith.remui %v16, %v1 : i64
        %v27 = arith.divui %v16, %v1 : i64
        %v28 = arith.remui %v27, %size_H : i64
        %v29 = arith.divui %v27, %size_H : i64
        %v30 = arith.remui %v29, %slice_steps : i64
        %v31 = arith.divui %v29, %slice_steps : i64
        %v32 = arith.remui %v31, %size_B : i64
        %v33 = arith.divui %v31, %size_B : i64
        %v34 = arith.addi %slice_first, %v30 : i64
        %v35 = arith.cmpi slt, %v34, %size_L : i64
        %v37 = arith.muli %v36, %size_B : i64
        %v38 = arith.addi %v37, %v32 : i64
        %v39 = arith.muli %v38, %size_L : i64
        %v40 = arith.addi %v39, %v34 : i64
        %v41 = arith.muli %v40, %size_H : i64
        %v42 = arith.addi %v41, %v28 : i64
        %v43 = arith.muli %v42, %v1 : i64
        %v44 = arith.addi %v43, %v26 : i64
        scf.if %v35 {
          llvm.store %v61, %v45 : f32, !llvm.ptr
          llvm.store %v61, %v46 : f32, !llvm.ptr
          llvm.store %v61, %v47 : f32, !llvm.ptr
          llvm.store %v61, %v48 : f32, !llvm.ptr
          llvm.store %v61, %v49 : f32, !llvm.ptr
          llvm.store %v61, %v50 : f32, !llvm.ptr
          llvm.store %v61, %v51 : f32, !llvm.ptr
          llvm.store %v61, %v52 : f32, !llvm.ptr
          llvm.store %v61, %v53 : f32, !llvm.ptr
          llvm.store %v61, %v54 : f32, !llvm.ptr
          llvm.store %v61, %v55 : f32, !llvm.ptr
          llvm.store %v61, %v56 : f32, !llvm.ptr
          llvm.store %v61, %v57 : f32, !llvm.ptr
          llvm.store %v61, %v58 : f32, !llvm.ptr
          llvm.store %v61, %v59 : f32, !llvm.ptr
          llvm.store %v61, %v60 : f32, !llvm.ptr
          %v63 = arith.addi %size_DV, %v62 : i64
          %v65 = arith.divui %v63, %v64 : i64
          %v66 = arith.index_cast %v36 : i64 to index
          %v67 = arith.index_cast %v2 : i64 to index
          %v68 = arith.index_cast %v2 : i64 to index
          scf.for %v69 = %v66 to %v67 step %v68 {
            %v70 = arith.index_cast %v69 : index to i64
            %v71 = arith.index_cast %v36 : i64 to index
            %v72 = arith.index_cast %v65 : i64 to index
            %v73 = arith.index_cast %v1 : i64 to index
            scf.for %v74 = %v71 to %v72 step %v73 {
              %v75 = arith.index_cast %v74 : index to i64
              %v76 = arith.addi %v75, %v36 : i64
              %v77 = arith.cmpi slt, %v76, %v65 : i64
              scf.if %v77 {
                %v78 = arith.muli %v76, %v9 : i64
                %v79 = arith.addi %v16, %v78 : i64
                %v80 = llvm.getelementptr %part_q[%v79] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v81 = llvm.load %v80 : !llvm.ptr -> f32
                %v82 = llvm.load %v45 : !llvm.ptr -> f32
                %v83 = arith.addf %v82, %v81 fastmath<contract> : f32
                llvm.store %v83, %v45 : f32, !llvm.ptr
              }
              %v84 = arith.addi %v75, %v2 : i64
              %v85 = arith.cmpi slt, %v84, %v65 : i64
              scf.if %v85 {
                %v86 = arith.muli %v84, %v9 : i64
                %v87 = arith.addi %v16, %v86 : i64
                %v88 = llvm.getelementptr %part_q[%v87] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v89 = llvm.load %v88 : !llvm.ptr -> f32
                %v90 = llvm.load %v46 : !llvm.ptr -> f32
                %v91 = arith.addf %v90, %v89 fastmath<contract> : f32
                llvm.store %v91, %v46 : f32, !llvm.ptr
              }
              %v93 = arith.addi %v75, %v92 : i64
              %v94 = arith.cmpi slt, %v93, %v65 : i64
              scf.if %v94 {
                %v95 = arith.muli %v93, %v9 : i64
                %v96 = arith.addi %v16, %v95 : i64
                %v97 = llvm.getelementptr %part_q[%v96] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v98 = llvm.load %v97 : !llvm.ptr -> f32
                %v99 = llvm.load %v47 : !llvm.ptr -> f32
                %v100 = arith.addf %v99, %v98 fastmath<contract> : f32
                llvm.store %v100, %v47 : f32, !llvm.ptr
              }
              %v102 = arith.addi %v75, %v101 : i64
              %v103 = arith.cmpi slt, %v102, %v65 : i64
              scf.if %v103 {
                %v104 = arith.muli %v102, %v9 : i64
                %v105 = arith.addi %v16, %v104 : i64
                %v106 = llvm.getelementptr %part_q[%v105] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v107 = llvm.load %v106 : !llvm.ptr -> f32
                %v108 = llvm.load %v48 : !llvm.ptr -> f32
                %v109 = arith.addf %v108, %v107 fastmath<contract> : f32
                llvm.store %v109, %v48 : f32, !llvm.ptr
              }
              %v111 = arith.addi %v75, %v110 : i64
              %v112 = arith.cmpi slt, %v111, %v65 : i64
              scf.if %v112 {
                %v113 = arith.muli %v111, %v9 : i64
                %v114 = arith.addi %v16, %v113 : i64
                %v115 = llvm.getelementptr %part_q[%v114] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v116 = llvm.load %v115 : !llvm.ptr -> f32
                %v117 = llvm.load %v49 : !llvm.ptr -> f32
                %v118 = arith.addf %v117, %v116 fastmath<contract> : f32
                llvm.store %v118, %v49 : f32, !llvm.ptr
              }
              %v120 = arith.addi %v75, %v119 : i64
              %v121 = arith.cmpi slt, %v120, %v65 : i64
              scf.if %v121 {
                %v122 = arith.muli %v120, %v9 : i64
                %v123 = arith.addi %v16, %v122 : i64
                %v124 = llvm.getelementptr %part_q[%v123] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v125 = llvm.load %v124 : !llvm.ptr -> f32
                %v126 = llvm.load %v50 : !llvm.ptr -> f32
                %v127 = arith.addf %v126, %v125 fastmath<contract> : f32
                llvm.store %v127, %v50 : f32, !llvm.ptr
              }
              %v129 = arith.addi %v75, %v128 : i64
              %v130 = arith.cmpi slt, %v129, %v65 : i64
              scf.if %v130 {
                %v131 = arith.muli %v129, %v9 : i64
                %v132 = arith.addi %v16, %v131 : i64
                %v133 = llvm.getelementptr %part_q[%v132] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v134 = llvm.load %v133 : !llvm.ptr -> f32
                %v135 = llvm.load %v51 : !llvm.ptr -> f32
                %v136 = arith.addf %v135, %v134 fastmath<contract> : f32
                llvm.store %v136, %v51 : f32, !llvm.ptr
              }
              %v138 = arith.addi %v75, %v137 : i64
              %v139 = arith.cmpi slt, %v138, %v65 : i64
              scf.if %v139 {
                %v140 = arith.muli %v138, %v9 : i64
                %v141 = arith.addi %v16, %v140 : i64
                %v142 = llvm.getelementptr %part_q[%v141] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v143 = llvm.load %v142 : !llvm.ptr -> f32
                %v144 = llvm.load %v52 : !llvm.ptr -> f32
                %v145 = arith.addf %v144, %v143 fastmath<contract> : f32
                llvm.store %v145, %v52 : f32, !llvm.ptr
              }
              %v147 = arith.addi %v75, %v146 : i64
              %v148 = arith.cmpi slt, %v147, %v65 : i64
              scf.if %v148 {
                %v149 = arith.muli %v147, %v9 : i64
                %v150 = arith.addi %v16, %v149 : i64
                %v151 = llvm.getelementptr %part_q[%v150] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v152 = llvm.load %v151 : !llvm.ptr -> f32
                %v153 = llvm.load %v53 : !llvm.ptr -> f32
                %v154 = arith.addf %v153, %v152 fastmath<contract> : f32
                llvm.store %v154, %v53 : f32, !llvm.ptr
              }
              %v156 = arith.addi %v75, %v155 : i64
              %v157 = arith.cmpi slt, %v156, %v65 : i64
              scf.if %v157 {
                %v158 = arith.muli %v156, %v9 : i64
                %v159 = arith.addi %v16, %v158 : i64
                %v160 = llvm.getelementptr %part_q[%v159] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v161 = llvm.load %v160 : !llvm.ptr -> f32
                %v162 = llvm.load %v54 : !llvm.ptr -> f32
                %v163 = arith.addf %v162, %v161 fastmath<contract> : f32
                llvm.store %v163, %v54 : f32, !llvm.ptr
              }
              %v165 = arith.addi %v75, %v164 : i64
              %v166 = arith.cmpi slt, %v165, %v65 : i64
              scf.if %v166 {
                %v167 = arith.muli %v165, %v9 : i64
                %v168 = arith.addi %v16, %v167 : i64
                %v169 = llvm.getelementptr %part_q[%v168] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v170 = llvm.load %v169 : !llvm.ptr -> f32
                %v171 = llvm.load %v55 : !llvm.ptr -> f32
                %v172 = arith.addf %v171, %v170 fastmath<contract> : f32
                llvm.store %v172, %v55 : f32, !llvm.ptr
              }
              %v174 = arith.addi %v75, %v173 : i64
              %v175 = arith.cmpi slt, %v174, %v65 : i64
              scf.if %v175 {
                %v176 = arith.muli %v174, %v9 : i64
                %v177 = arith.addi %v16, %v176 : i64
                %v178 = llvm.getelementptr %part_q[%v177] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v179 = llvm.load %v178 : !llvm.ptr -> f32
                %v180 = llvm.load %v56 : !llvm.ptr -> f32
                %v181 = arith.addf %v180, %v179 fastmath<contract> : f32
                llvm.store %v181, %v56 : f32, !llvm.ptr
              }
              %v183 = arith.addi %v75, %v182 : i64
              %v184 = arith.cmpi slt, %v183, %v65 : i64
              scf.if %v184 {
                %v185 = arith.muli %v183, %v9 : i64
                %v186 = arith.addi %v16, %v185 : i64
                %v187 = llvm.getelementptr %part_q[%v186] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v188 = llvm.load %v187 : !llvm.ptr -> f32
                %v189 = llvm.load %v57 : !llvm.ptr -> f32
                %v190 = arith.addf %v189, %v188 fastmath<contract> : f32
                llvm.store %v190, %v57 : f32, !llvm.ptr
              }
              %v192 = arith.addi %v75, %v191 : i64
              %v193 = arith.cmpi slt, %v192, %v65 : i64
              scf.if %v193 {
                %v194 = arith.muli %v192, %v9 : i64
                %v195 = arith.addi %v16, %v194 : i64
                %v196 = llvm.getelementptr %part_q[%v195] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v197 = llvm.load %v196 : !llvm.ptr -> f32
                %v198 = llvm.load %v58 : !llvm.ptr -> f32
                %v199 = arith.addf %v198, %v197 fastmath<contract> : f32
                llvm.store %v199, %v58 : f32, !llvm.ptr
              }
              %v201 = arith.addi %v75, %v200 : i64
              %v202 = arith.cmpi slt, %v201, %v65 : i64
              scf.if %v202 {
                %v203 = arith.muli %v201, %v9 : i64
                %v204 = arith.addi %v16, %v203 : i64
                %v205 = llvm.getelementptr %part_q[%v204] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v206 = llvm.load %v205 : !llvm.ptr -> f32
                %v207 = llvm.load %v59 : !llvm.ptr -> f32
                %v208 = arith.addf %v207, %v206 fastmath<contract> : f32
                llvm.store %v208, %v59 : f32, !llvm.ptr
              }
              %v210 = arith.addi %v75, %v209 : i64
              %v211 = arith.cmpi slt, %v210, %v65 : i64
              scf.if %v211 {
                %v212 = arith.muli %v210, %v9 : i64
                %v213 = arith.addi %v16, %v212 : i64
                %v214 = llvm.getelementptr %part_q[%v213] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v215 = llvm.load %v214 : !llvm.ptr -> f32
                %v216 = llvm.load %v60 : !llvm.ptr -> f32
                %v217 = arith.addf %v216, %v215 fastmath<contract> : f32
                llvm.store %v217, %v60 : f32, !llvm.ptr
              }
            }
          }
          %v218 = llvm.load %v45 : !llvm.ptr -> f32
          %v219 = llvm.load %v46 : !llvm.ptr -> f32
          %v220 = arith.addf %v218, %v219 fastmath<contract> : f32
          %v221 = llvm.load %v47 : !llvm.ptr -> f32
          %v222 = arith.addf %v220, %v221 fastmath<contract> : f32
          %v223 = llvm.load %v48 : !llvm.ptr -> f32
          %v224 = arith.addf %v222, %v223 fastmath<contract> : f32
          %v225 = llvm.load %v49 : !llvm.ptr -> f32
          %v226 = arith.addf %v224, %v225 fastmath<contract> : f32
          %v227 = llvm.load %v50 : !llvm.ptr -> f32
          %v228 = arith.addf %v226, %v227 fastmath<contract> : f32
          %v229 = llvm.load %v51 : !llvm.ptr -> f32
          %v230 = arith.addf %v228, %v229 fastmath<contract> : f32
          %v231 = llvm.load %v52 : !llvm.ptr -> f32
          %v232 = arith.addf %v230, %v231 fastmath<contract> : f32
          %v233 = llvm.load %v53 : !llvm.ptr -> f32
          %v234 = arith.addf %v232, %v233 fastmath<contract> : f32
          %v235 = llvm.load %v54 : !llvm.ptr -> f32
          %v236 = arith.addf %v234, %v235 fastmath<contract> : f32
          %v237 = llvm.load %v55 : !llvm.ptr -> f32
          %v238 = arith.addf %v236, %v237 fastmath<contract> : f32
          %v239 = llvm.load %v56 : !llvm.ptr -> f32
          %v240 = arith.addf %v238, %v239 fastmath<contract> : f32
          %v241 = llvm.load %v57 : !llvm.ptr -> f32
          %v242 = arith.addf %v240, %v241 fastmath<contract> : f32
          %v243 = llvm.load %v58 : !llvm.ptr -> f32
          %v244 = arith.addf %v242, %v243 fastmath<contract> : f32
          %v245 = llvm.load %v59 : !llvm.ptr -> f32
          %v246 = arith.addf %v244, %v245 fastmath<contract> : f32
          %v247 = llvm.load %v60 : !llvm.ptr -> f32
          %v248 = arith.addf %v246, %v247 fastmath<contract> : f32
          %v249 = llvm.getelementptr %dx_q[%v44] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v248, %v249 : f32, !llvm.ptr
        }
      }
      gpu.return
    }
  }
}
