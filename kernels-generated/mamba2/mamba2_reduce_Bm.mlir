module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @mamba2_reduce_Bm(%part_Bm: !llvm.ptr, %dx_Bm: !llvm.ptr, %size_B: i64, %size_L: i64, %size_H: i64, %size_P: i64, %size_N: i64, %slice_first: i64, %slice_steps: i64) kernel {
      %v1 = arith.constant 16 : i64
      %v2 = arith.constant 1 : i64
      %v3 = arith.muli %size_B, %size_H : i64
      %v4 = arith.muli %v3, %size_P : i64
      %v5 = arith.muli %size_B, %slice_steps : i64
      %v6 = arith.muli %v5, %v1 : i64
      %v11 = arith.constant 256 : i64
      %v31 = arith.constant 0 : i64
      %v36 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v37 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v38 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v39 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v40 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
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
      %v52 = arith.constant 0x00000000 : f32
      %v99 = arith.constant 2 : i64
      %v108 = arith.constant 3 : i64
      %v117 = arith.constant 4 : i64
      %v126 = arith.constant 5 : i64
      %v135 = arith.constant 6 : i64
      %v144 = arith.constant 7 : i64
      %v153 = arith.constant 8 : i64
      %v162 = arith.constant 9 : i64
      %v171 = arith.constant 10 : i64
      %v180 = arith.constant 11 : i64
      %v189 = arith.constant 12 : i64
      %v198 = arith.constant 13 : i64
      %v207 = arith.constant 14 : i64
      %v216 = arith.constant 15 : i64
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
        %v23 = arith.remui %v13, %v1 : i64
        %v24 = arith.divui %v13, %v1 : i64
        %v25 = arith.remui %v24, %slice_steps : i64
        %v26 = arith.divui %v24, %slice_steps : i64
        %v27 = arith.remui %v26, %size_B : i64
        %v28 = arith.divui %v26, %size_B : i64
        %v29 = arith.addi %slice_first, %v25 : i64
        %v30 = arith.cmpi slt, %v29, %size_L : i64
        %v32 = arith.muli %v27, %size_L : i64
        %v33 = arith.addi %v32, %v29 : i64
        %v34 = arith.muli %v33, %v1 : i64
        %v35 = arith.addi %v34, %v23 : i64
        scf.if %v30 {
          llvm.store %v52, %v36 : f32, !llvm.ptr
          llvm.store %v52, %v37 : f32, !llvm.ptr
          llvm.store %v52, %v38 : f32, !llvm.ptr
          llvm.store %v52, %v39 : f32, !llvm.ptr
          llvm.store %v52, %v40 : f32, !llvm.ptr
          llvm.store %v52, %v41 : f32, !llvm.ptr
          llvm.store %v52, %v42 : f32, !llvm.ptr
          llvm.store %v52, %v43 : f32, !llvm.ptr
          llvm.store %v52, %v44 : f32, !llvm.ptr
          llvm.store %v52, %v45 : f32, !llvm.ptr
          llvm.store %v52, %v46 : f32, !llvm.ptr
          llvm.store %v52, %v47 : f32, !llvm.ptr
          llvm.store %v52, %v48 : f32, !llvm.ptr
          llvm.store %v52, %v49 : f32, !llvm.ptr
          llvm.store %v52, %v50 : f32, !llvm.ptr
          llvm.store %v52, %v51 : f32, !llvm.ptr
          %v53 = arith.remui %v13, %v1 : i64
          %v54 = arith.divui %v13, %v1 : i64
          %v55 = arith.remui %v54, %slice_steps : i64
          %v56 = arith.divui %v54, %slice_steps : i64
          %v57 = arith.remui %v56, %size_B : i64
          %v58 = arith.divui %v56, %size_B : i64
          %v59 = arith.muli %size_H, %size_P : i64
          %v60 = arith.muli %v4, %v1 : i64
          %v61 = arith.muli %v60, %slice_steps : i64
          %v62 = arith.index_cast %v31 : i64 to index
          %v63 = arith.index_cast %v59 : i64 to index
          %v64 = arith.index_cast %v2 : i64 to index
          scf.for %v65 = %v62 to %v63 step %v64 {
            %v66 = arith.index_cast %v65 : index to i64
            %v67 = arith.remui %v66, %size_P : i64
            %v68 = arith.divui %v66, %size_P : i64
            %v69 = arith.remui %v68, %size_H : i64
            %v70 = arith.divui %v68, %size_H : i64
            %v71 = arith.muli %v57, %size_H : i64
            %v72 = arith.addi %v71, %v69 : i64
            %v73 = arith.muli %v72, %size_P : i64
            %v74 = arith.addi %v73, %v67 : i64
            %v75 = arith.muli %v74, %v1 : i64
            %v76 = arith.addi %v75, %v53 : i64
            %v77 = arith.muli %v76, %slice_steps : i64
            %v78 = arith.addi %v77, %v55 : i64
            %v79 = arith.index_cast %v31 : i64 to index
            %v80 = arith.index_cast %v2 : i64 to index
            %v81 = arith.index_cast %v1 : i64 to index
            scf.for %v82 = %v79 to %v80 step %v81 {
              %v83 = arith.index_cast %v82 : index to i64
              %v84 = arith.cmpi slt, %v83, %v2 : i64
              scf.if %v84 {
                %v85 = arith.muli %v83, %v61 : i64
                %v86 = arith.addi %v78, %v85 : i64
                %v87 = llvm.getelementptr %part_Bm[%v86] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v88 = llvm.load %v87 : !llvm.ptr -> f32
                %v89 = llvm.load %v36 : !llvm.ptr -> f32
                %v90 = arith.addf %v89, %v88 fastmath<contract> : f32
                llvm.store %v90, %v36 : f32, !llvm.ptr
              }
              %v91 = arith.addi %v83, %v2 : i64
              %v92 = arith.cmpi slt, %v91, %v2 : i64
              scf.if %v92 {
                %v93 = arith.muli %v91, %v61 : i64
                %v94 = arith.addi %v78, %v93 : i64
                %v95 = llvm.getelementptr %part_Bm[%v94] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v96 = llvm.load %v95 : !llvm.ptr -> f32
                %v97 = llvm.load %v37 : !llvm.ptr -> f32
                %v98 = arith.addf %v97, %v96 fastmath<contract> : f32
                llvm.store %v98, %v37 : f32, !llvm.ptr
              }
              %v100 = arith.addi %v83, %v99 : i64
              %v101 = arith.cmpi slt, %v100, %v2 : i64
              scf.if %v101 {
                %v102 = arith.muli %v100, %v61 : i64
                %v103 = arith.addi %v78, %v102 : i64
                %v104 = llvm.getelementptr %part_Bm[%v103] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v105 = llvm.load %v104 : !llvm.ptr -> f32
                %v106 = llvm.load %v38 : !llvm.ptr -> f32
                %v107 = arith.addf %v106, %v105 fastmath<contract> : f32
                llvm.store %v107, %v38 : f32, !llvm.ptr
              }
              %v109 = arith.addi %v83, %v108 : i64
              %v110 = arith.cmpi slt, %v109, %v2 : i64
              scf.if %v110 {
                %v111 = arith.muli %v109, %v61 : i64
                %v112 = arith.addi %v78, %v111 : i64
                %v113 = llvm.getelementptr %part_Bm[%v112] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v114 = llvm.load %v113 : !llvm.ptr -> f32
                %v115 = llvm.load %v39 : !llvm.ptr -> f32
                %v116 = arith.addf %v115, %v114 fastmath<contract> : f32
                llvm.store %v116, %v39 : f32, !llvm.ptr
              }
              %v118 = arith.addi %v83, %v117 : i64
              %v119 = arith.cmpi slt, %v118, %v2 : i64
              scf.if %v119 {
                %v120 = arith.muli %v118, %v61 : i64
                %v121 = arith.addi %v78, %v120 : i64
                %v122 = llvm.getelementptr %part_Bm[%v121] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v123 = llvm.load %v122 : !llvm.ptr -> f32
                %v124 = llvm.load %v40 : !llvm.ptr -> f32
                %v125 = arith.addf %v124, %v123 fastmath<contract> : f32
                llvm.store %v125, %v40 : f32, !llvm.ptr
              }
              %v127 = arith.addi %v83, %v126 : i64
              %v128 = arith.cmpi slt, %v127, %v2 : i64
              scf.if %v128 {
                %v129 = arith.muli %v127, %v61 : i64
                %v130 = arith.addi %v78, %v129 : i64
                %v131 = llvm.getelementptr %part_Bm[%v130] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v132 = llvm.load %v131 : !llvm.ptr -> f32
                %v133 = llvm.load %v41 : !llvm.ptr -> f32
                %v134 = arith.addf %v133, %v132 fastmath<contract> : f32
                llvm.store %v134, %v41 : f32, !llvm.ptr
              }
              %v136 = arith.addi %v83, %v135 : i64
              %v137 = arith.cmpi slt, %v136, %v2 : i64
              scf.if %v137 {
                %v138 = arith.muli %v136, %v61 : i64
                %v139 = arith.addi %v78, %v138 : i64
                %v140 = llvm.getelementptr %part_Bm[%v139] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v141 = llvm.load %v140 : !llvm.ptr -> f32
                %v142 = llvm.load %v42 : !llvm.ptr -> f32
                %v143 = arith.addf %v142, %v141 fastmath<contract> : f32
                llvm.store %v143, %v42 : f32, !llvm.ptr
              }
              %v145 = arith.addi %v83, %v144 : i64
              %v146 = arith.cmpi slt, %v145, %v2 : i64
              scf.if %v146 {
                %v147 = arith.muli %v145, %v61 : i64
                %v148 = arith.addi %v78, %v147 : i64
                %v149 = llvm.getelementptr %part_Bm[%v148] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v150 = llvm.load %v149 : !llvm.ptr -> f32
                %v151 = llvm.load %v43 : !llvm.ptr -> f32
                %v152 = arith.addf %v151, %v150 fastmath<contract> : f32
                llvm.store %v152, %v43 : f32, !llvm.ptr
              }
              %v154 = arith.addi %v83, %v153 : i64
              %v155 = arith.cmpi slt, %v154, %v2 : i64
              scf.if %v155 {
                %v156 = arith.muli %v154, %v61 : i64
                %v157 = arith.addi %v78, %v156 : i64
                %v158 = llvm.getelementptr %part_Bm[%v157] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v159 = llvm.load %v158 : !llvm.ptr -> f32
                %v160 = llvm.load %v44 : !llvm.ptr -> f32
                %v161 = arith.addf %v160, %v159 fastmath<contract> : f32
                llvm.store %v161, %v44 : f32, !llvm.ptr
              }
              %v163 = arith.addi %v83, %v162 : i64
              %v164 = arith.cmpi slt, %v163, %v2 : i64
              scf.if %v164 {
                %v165 = arith.muli %v163, %v61 : i64
                %v166 = arith.addi %v78, %v165 : i64
                %v167 = llvm.getelementptr %part_Bm[%v166] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v168 = llvm.load %v167 : !llvm.ptr -> f32
                %v169 = llvm.load %v45 : !llvm.ptr -> f32
                %v170 = arith.addf %v169, %v168 fastmath<contract> : f32
                llvm.store %v170, %v45 : f32, !llvm.ptr
              }
              %v172 = arith.addi %v83, %v171 : i64
              %v173 = arith.cmpi slt, %v172, %v2 : i64
              scf.if %v173 {
                %v174 = arith.muli %v172, %v61 : i64
                %v175 = arith.addi %v78, %v174 : i64
                %v176 = llvm.getelementptr %part_Bm[%v175] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v177 = llvm.load %v176 : !llvm.ptr -> f32
                %v178 = llvm.load %v46 : !llvm.ptr -> f32
                %v179 = arith.addf %v178, %v177 fastmath<contract> : f32
                llvm.store %v179, %v46 : f32, !llvm.ptr
              }
              %v181 = arith.addi %v83, %v180 : i64
              %v182 = arith.cmpi slt, %v181, %v2 : i64
              scf.if %v182 {
                %v183 = arith.muli %v181, %v61 : i64
                %v184 = arith.addi %v78, %v183 : i64
                %v185 = llvm.getelementptr %part_Bm[%v184] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v186 = llvm.load %v185 : !llvm.ptr -> f32
                %v187 = llvm.load %v47 : !llvm.ptr -> f32
                %v188 = arith.addf %v187, %v186 fastmath<contract> : f32
                llvm.store %v188, %v47 : f32, !llvm.ptr
              }
              %v190 = arith.addi %v83, %v189 : i64
              %v191 = arith.cmpi slt, %v190, %v2 : i64
              scf.if %v191 {
                %v192 = arith.muli %v190, %v61 : i64
                %v193 = arith.addi %v78, %v192 : i64
                %v194 = llvm.getelementptr %part_Bm[%v193] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v195 = llvm.load %v194 : !llvm.ptr -> f32
                %v196 = llvm.load %v48 : !llvm.ptr -> f32
                %v197 = arith.addf %v196, %v195 fastmath<contract> : f32
                llvm.store %v197, %v48 : f32, !llvm.ptr
              }
              %v199 = arith.addi %v83, %v198 : i64
              %v200 = arith.cmpi slt, %v199, %v2 : i64
              scf.if %v200 {
                %v201 = arith.muli %v199, %v61 : i64
                %v202 = arith.addi %v78, %v201 : i64
                %v203 = llvm.getelementptr %part_Bm[%v202] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v204 = llvm.load %v203 : !llvm.ptr -> f32
                %v205 = llvm.load %v49 : !llvm.ptr -> f32
                %v206 = arith.addf %v205, %v204 fastmath<contract> : f32
                llvm.store %v206, %v49 : f32, !llvm.ptr
              }
              %v208 = arith.addi %v83, %v207 : i64
              %v209 = arith.cmpi slt, %v208, %v2 : i64
              scf.if %v209 {
                %v210 = arith.muli %v208, %v61 : i64
                %v211 = arith.addi %v78, %v210 : i64
                %v212 = llvm.getelementptr %part_Bm[%v211] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v213 = llvm.load %v212 : !llvm.ptr -> f32
                %v214 = llvm.load %v50 : !llvm.ptr -> f32
                %v215 = arith.addf %v214, %v213 fastmath<contract> : f32
                llvm.store %v215, %v50 : f32, !llvm.ptr
              }
              %v217 = arith.addi %v83, %v216 : i64
              %v218 = arith.cmpi slt, %v217, %v2 : i64
              scf.if %v218 {
                %v219 = arith.muli %v217, %v61 : i64
                %v220 = arith.addi %v78, %v219 : i64
                %v221 = llvm.getelementptr %part_Bm[%v220] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v222 = llvm.load %v221 : !llvm.ptr -> f32
                %v223 = llvm.load %v51 : !llvm.ptr -> f32
                %v224 = arith.addf %v223, %v222 fastmath<contract> : f32
                llvm.store %v224, %v51 : f32, !llvm.ptr
              }
            }
          }
          %v225 = llvm.load %v36 : !llvm.ptr -> f32
          %v226 = llvm.load %v37 : !llvm.ptr -> f32
          %v227 = arith.addf %v225, %v226 fastmath<contract> : f32
          %v228 = llvm.load %v38 : !llvm.ptr -> f32
          %v229 = arith.addf %v227, %v228 fastmath<contract> : f32
          %v230 = llvm.load %v39 : !llvm.ptr -> f32
          %v231 = arith.addf %v229, %v230 fastmath<contract> : f32
          %v232 = llvm.load %v40 : !llvm.ptr -> f32
          %v233 = arith.addf %v231, %v232 fastmath<contract> : f32
          %v234 = llvm.load %v41 : !llvm.ptr -> f32
          %v235 = arith.addf %v233, %v234 fastmath<contract> : f32
          %v236 = llvm.load %v42 : !llvm.ptr -> f32
          %v237 = arith.addf %v235, %v236 fastmath<contract> : f32
          %v238 = llvm.load %v43 : !llvm.ptr -> f32
          %v239 = arith.addf %v237, %v238 fastmath<contract> : f32
          %v240 = llvm.load %v44 : !llvm.ptr -> f32
          %v241 = arith.addf %v239, %v240 fastmath<contract> : f32
          %v242 = llvm.load %v45 : !llvm.ptr -> f32
          %v243 = arith.addf %v241, %v242 fastmath<contract> : f32
          %v244 = llvm.load %v46 : !llvm.ptr -> f32
          %v245 = arith.addf %v243, %v244 fastmath<contract> : f32
          %v246 = llvm.load %v47 : !llvm.ptr -> f32
          %v247 = arith.addf %v245, %v246 fastmath<contract> : f32
          %v248 = llvm.load %v48 : !llvm.ptr -> f32
          %v249 = arith.addf %v247, %v248 fastmath<contract> : f32
          %v250 = llvm.load %v49 : !llvm.ptr -> f32
          %v251 = arith.addf %v249, %v250 fastmath<contract> : f32
          %v252 = llvm.load %v50 : !llvm.ptr -> f32
          %v253 = arith.addf %v251, %v252 fastmath<contract> : f32
          %v254 = llvm.load %v51 : !llvm.ptr -> f32
          %v255 = arith.addf %v253, %v254 fastmath<contract> : f32
          %v256 = llvm.getelementptr %dx_Bm[%v35] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v255, %v256 : f32, !llvm.ptr
        }
      }
      gpu.return
    }
  }
}
