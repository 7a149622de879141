module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @gla_seg_reduce_k(%part_k: !llvm.ptr, %dx_k: !llvm.ptr, %size_B: i64, %size_L: i64, %size_H: i64, %size_DK: i64, %size_DV: i64, %slice_first: i64, %slice_steps: i64) kernel {
      %v1 = arith.constant 16 : i64
      %v2 = arith.constant 1 : i64
      %v3 = arith.muli %size_B, %size_H : i64
      %v4 = arith.muli %v3, %size_DV : i64
      %v5 = arith.muli %size_B, %slice_steps : i64
      %v6 = arith.muli %v5, %size_H : i64
      %v7 = arith.muli %v6, %v1 : i64
      %v12 = arith.constant 256 : i64
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
      %v58 = arith.constant 63 : i64
      %v60 = arith.constant 64 : i64
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
      %v8 = gpu.block_id x
      %v9 = gpu.thread_id x
      %v10 = arith.index_cast %v9 : index to i64
      %v11 = arith.index_cast %v8 : index to i64
      %v13 = arith.muli %v11, %v12 : i64
      %v14 = arith.addi %v13, %v10 : i64
      %v15 = arith.cmpi slt, %v14, %v7 : i64
      %v16 = arith.subi %v7, %v2 : i64
      %v17 = arith.minsi %v14, %v16 : i64
      %v18 = arith.remui %v17, %size_DV : i64
      %v19 = arith.divui %v17, %size_DV : i64
      %v20 = arith.remui %v19, %size_H : i64
      %v21 = arith.divui %v19, %size_H : i64
      %v22 = arith.remui %v21, %size_B : i64
      %v23 = arith.divui %v21, %size_B : i64
      scf.if %v15 {
        %v24 = arith.remui %v14, %v1 : i64
        %v25 = arith.divui %v14, %v1 : i64
        %v26 = arith.remui %v25, %size_H : i64
        %v27 = arith.divui %v25, %size_H : i64
        %v28 = arith.remui %v27, %slice_steps : i64
        %v29 = arith.divui %v27, %slice_steps : i64
        %v30 = arith.remui %v29, %size_B : i64
        %v31 = arith.divui %v29, %size_B : i64
        %v32 = arith.addi %slice_first, %v28 : i64
        %v33 = arith.cmpi slt, %v32, %size_L : i64
        %v35 = arith.muli %v30, %size_L : i64
        %v36 = arith.addi %v35, %v32 : i64
        %v37 = arith.muli %v36, %size_H : i64
        %v38 = arith.addi %v37, %v26 : i64
        %v39 = arith.muli %v38, %v1 : i64
        %v40 = arith.addi %v39, %v24 : i64
        scf.if %v33 {
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
          %v59 = arith.addi %size_DV, %v58 : i64
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
              %v72 = arith.cmpi slt, %v71, %v61 : i64
              scf.if %v72 {
                %v73 = arith.muli %v71, %v7 : i64
                %v74 = arith.addi %v14, %v73 : i64
                %v75 = llvm.getelementptr %part_k[%v74] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v76 = llvm.load %v75 : !llvm.ptr -> f32
                %v77 = llvm.load %v41 : !llvm.ptr -> f32
                %v78 = arith.addf %v77, %v76 fastmath<contract> : f32
                llvm.store %v78, %v41 : f32, !llvm.ptr
              }
              %v79 = arith.addi %v71, %v2 : i64
              %v80 = arith.cmpi slt, %v79, %v61 : i64
              scf.if %v80 {
                %v81 = arith.muli %v79, %v7 : i64
                %v82 = arith.addi %v14, %v81 : i64
                %v83 = llvm.getelementptr %part_k[%v82] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v84 = llvm.load %v83 : !llvm.ptr -> f32
                %v85 = llvm.load %v42 : !llvm.ptr -> f32
                %v86 = arith.addf %v85, %v84 fastmath<contract> : f32
                llvm.store %v86, %v42 : f32, !llvm.ptr
              }
              %v88 = arith.addi %v71, %v87 : i64
              %v89 = arith.cmpi slt, %v88, %v61 : i64
              scf.if %v89 {
                %v90 = arith.muli %v88, %v7 : i64
                %v91 = arith.addi %v14, %v90 : i64
                %v92 = llvm.getelementptr %part_k[%v91] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v93 = llvm.load %v92 : !llvm.ptr -> f32
                %v94 = llvm.load %v43 : !llvm.ptr -> f32
                %v95 = arith.addf %v94, %v93 fastmath<contract> : f32
                llvm.store %v95, %v43 : f32, !llvm.ptr
              }
              %v97 = arith.addi %v71, %v96 : i64
              %v98 = arith.cmpi slt, %v97, %v61 : i64
              scf.if %v98 {
                %v99 = arith.muli %v97, %v7 : i64
                %v100 = arith.addi %v14, %v99 : i64
                %v101 = llvm.getelementptr %part_k[%v100] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v102 = llvm.load %v101 : !llvm.ptr -> f32
                %v103 = llvm.load %v44 : !llvm.ptr -> f32
                %v104 = arith.addf %v103, %v102 fastmath<contract> : f32
                llvm.store %v104, %v44 : f32, !llvm.ptr
              }
              %v106 = arith.addi %v71, %v105 : i64
              %v107 = arith.cmpi slt, %v106, %v61 : i64
              scf.if %v107 {
                %v108 = arith.muli %v106, %v7 : i64
                %v109 = arith.addi %v14, %v108 : i64
                %v110 = llvm.getelementptr %part_k[%v109] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v111 = llvm.load %v110 : !llvm.ptr -> f32
                %v112 = llvm.load %v45 : !llvm.ptr -> f32
                %v113 = arith.addf %v112, %v111 fastmath<contract> : f32
                llvm.store %v113, %v45 : f32, !llvm.ptr
              }
              %v115 = arith.addi %v71, %v114 : i64
              %v116 = arith.cmpi slt, %v115, %v61 : i64
              scf.if %v116 {
                %v117 = arith.muli %v115, %v7 : i64
                %v118 = arith.addi %v14, %v117 : i64
                %v119 = llvm.getelementptr %part_k[%v118] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v120 = llvm.load %v119 : !llvm.ptr -> f32
                %v121 = llvm.load %v46 : !llvm.ptr -> f32
                %v122 = arith.addf %v121, %v120 fastmath<contract> : f32
                llvm.store %v122, %v46 : f32, !llvm.ptr
              }
              %v124 = arith.addi %v71, %v123 : i64
              %v125 = arith.cmpi slt, %v124, %v61 : i64
              scf.if %v125 {
                %v126 = arith.muli %v124, %v7 : i64
                %v127 = arith.addi %v14, %v126 : i64
                %v128 = llvm.getelementptr %part_k[%v127] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v129 = llvm.load %v128 : !llvm.ptr -> f32
                %v130 = llvm.load %v47 : !llvm.ptr -> f32
                %v131 = arith.addf %v130, %v129 fastmath<contract> : f32
                llvm.store %v131, %v47 : f32, !llvm.ptr
              }
              %v133 = arith.addi %v71, %v132 : i64
              %v134 = arith.cmpi slt, %v133, %v61 : i64
              scf.if %v134 {
                %v135 = arith.muli %v133, %v7 : i64
                %v136 = arith.addi %v14, %v135 : i64
                %v137 = llvm.getelementptr %part_k[%v136] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v138 = llvm.load %v137 : !llvm.ptr -> f32
                %v139 = llvm.load %v48 : !llvm.ptr -> f32
                %v140 = arith.addf %v139, %v138 fastmath<contract> : f32
                llvm.store %v140, %v48 : f32, !llvm.ptr
              }
              %v142 = arith.addi %v71, %v141 : i64
              %v143 = arith.cmpi slt, %v142, %v61 : i64
              scf.if %v143 {
                %v144 = arith.muli %v142, %v7 : i64
                %v145 = arith.addi %v14, %v144 : i64
                %v146 = llvm.getelementptr %part_k[%v145] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v147 = llvm.load %v146 : !llvm.ptr -> f32
                %v148 = llvm.load %v49 : !llvm.ptr -> f32
                %v149 = arith.addf %v148, %v147 fastmath<contract> : f32
                llvm.store %v149, %v49 : f32, !llvm.ptr
              }
              %v151 = arith.addi %v71, %v150 : i64
              %v152 = arith.cmpi slt, %v151, %v61 : i64
              scf.if %v152 {
                %v153 = arith.muli %v151, %v7 : i64
                %v154 = arith.addi %v14, %v153 : i64
                %v155 = llvm.getelementptr %part_k[%v154] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v156 = llvm.load %v155 : !llvm.ptr -> f32
                %v157 = llvm.load %v50 : !llvm.ptr -> f32
                %v158 = arith.addf %v157, %v156 fastmath<contract> : f32
                llvm.store %v158, %v50 : f32, !llvm.ptr
              }
              %v160 = arith.addi %v71, %v159 : i64
              %v161 = arith.cmpi slt, %v160, %v61 : i64
              scf.if %v161 {
                %v162 = arith.muli %v160, %v7 : i64
                %v163 = arith.addi %v14, %v162 : i64
                %v164 = llvm.getelementptr %part_k[%v163] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v165 = llvm.load %v164 : !llvm.ptr -> f32
                %v166 = llvm.load %v51 : !llvm.ptr -> f32
                %v167 = arith.addf %v166, %v165 fastmath<contract> : f32
                llvm.store %v167, %v51 : f32, !llvm.ptr
              }
              %v169 = arith.addi %v71, %v168 : i64
              %v170 = arith.cmpi slt, %v169, %v61 : i64
              scf.if %v170 {
                %v171 = arith.muli %v169, %v7 : i64
                %v172 = arith.addi %v14, %v171 : i64
                %v173 = llvm.getelementptr %part_k[%v172] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v174 = llvm.load %v173 : !llvm.ptr -> f32
                %v175 = llvm.load %v52 : !llvm.ptr -> f32
                %v176 = arith.addf %v175, %v174 fastmath<contract> : f32
                llvm.store %v176, %v52 : f32, !llvm.ptr
              }
              %v178 = arith.addi %v71, %v177 : i64
              %v179 = arith.cmpi slt, %v178, %v61 : i64
              scf.if %v179 {
                %v180 = arith.muli %v178, %v7 : i64
                %v181 = arith.addi %v14, %v180 : i64
                %v182 = llvm.getelementptr %part_k[%v181] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v183 = llvm.load %v182 : !llvm.ptr -> f32
                %v184 = llvm.load %v53 : !llvm.ptr -> f32
                %v185 = arith.addf %v184, %v183 fastmath<contract> : f32
                llvm.store %v185, %v53 : f32, !llvm.ptr
              }
              %v187 = arith.addi %v71, %v186 : i64
              %v188 = arith.cmpi slt, %v187, %v61 : i64
              scf.if %v188 {
                %v189 = arith.muli %v187, %v7 : i64
                %v190 = arith.addi %v14, %v189 : i64
                %v191 = llvm.getelementptr %part_k[%v190] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v192 = llvm.load %v191 : !llvm.ptr -> f32
                %v193 = llvm.load %v54 : !llvm.ptr -> f32
                %v194 = arith.addf %v193, %v192 fastmath<contract> : f32
                llvm.store %v194, %v54 : f32, !llvm.ptr
              }
              %v196 = arith.addi %v71, %v195 : i64
              %v197 = arith.cmpi slt, %v196, %v61 : i64
              scf.if %v197 {
                %v198 = arith.muli %v196, %v7 : i64
                %v199 = arith.addi %v14, %v198 : i64
                %v200 = llvm.getelementptr %part_k[%v199] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v201 = llvm.load %v200 : !llvm.ptr -> f32
                %v202 = llvm.load %v55 : !llvm.ptr -> f32
                %v203 = arith.addf %v202, %v201 fastmath<contract> : f32
                llvm.store %v203, %v55 : f32, !llvm.ptr
              }
              %v205 = arith.addi %v71, %v204 : i64
              %v206 = arith.cmpi slt, %v205, %v61 : i64
              scf.if %v206 {
                %v207 = arith.muli %v205, %v7 : i64
                %v208 = arith.addi %v14, %v207 : i64
                %v209 = llvm.getelementptr %part_k[%v208] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v210 = llvm.load %v209 : !llvm.ptr -> f32
                %v211 = llvm.load %v56 : !llvm.ptr -> f32
                %v212 = arith.addf %v211, %v210 fastmath<contract> : f32
                llvm.store %v212, %v56 : f32, !llvm.ptr
              }
            }
          }
          %v213 = llvm.load %v41 : !llvm.ptr -> f32
          %v214 = llvm.load %v42 : !llvm.ptr -> f32
          %v215 = arith.addf %v213, %v214 fastmath<contract> : f32
          %v216 = llvm.load %v43 : !llvm.ptr -> f32
          %v217 = arith.addf %v215, %v216 fastmath<contract> : f32
          %v218 = llvm.load %v44 : !llvm.ptr -> f32
          %v219 = arith.addf %v217, %v218 fastmath<contract> : f32
          %v220 = llvm.load %v45 : !llvm.ptr -> f32
          %v221 = arith.addf %v219, %v220 fastmath<contract> : f32
          %v222 = llvm.load %v46 : !llvm.ptr -> f32
          %v223 = arith.addf %v221, %v222 fastmath<contract> : f32
          %v224 = llvm.load %v47 : !llvm.ptr -> f32
          %v225 = arith.addf %v223, %v224 fastmath<contract> : f32
          %v226 = llvm.load %v48 : !llvm.ptr -> f32
          %v227 = arith.addf %v225, %v226 fastmath<contract> : f32
          %v228 = llvm.load %v49 : !llvm.ptr -> f32
          %v229 = arith.addf %v227, %v228 fastmath<contract> : f32
          %v230 = llvm.load %v50 : !llvm.ptr -> f32
          %v231 = arith.addf %v229, %v230 fastmath<contract> : f32
          %v232 = llvm.load %v51 : !llvm.ptr -> f32
          %v233 = arith.addf %v231, %v232 fastmath<contract> : f32
          %v234 = llvm.load %v52 : !llvm.ptr -> f32
          %v235 = arith.addf %v233, %v234 fastmath<contract> : f32
          %v236 = llvm.load %v53 : !llvm.ptr -> f32
          %v237 = arith.addf %v235, %v236 fastmath<contract> : f32
          %v238 = llvm.load %v54 : !llvm.ptr -> f32
          %v239 = arith.addf %v237, %v238 fastmath<contract> : f32
          %v240 = llvm.load %v55 : !llvm.ptr -> f32
          %v241 = arith.addf %v239, %v240 fastmath<contract> : f32
          %v242 = llvm.load %v56 : !llvm.ptr -> f32
          %v243 = arith.addf %v241, %v242 fastmath<contract> : f32
          %v244 = llvm.getelementptr %dx_k[%v40] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v243, %v244 : f32, !llvm.ptr
        }
      }
      gpu.return
    }
  }
}
