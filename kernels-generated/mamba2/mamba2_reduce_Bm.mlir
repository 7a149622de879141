module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @mamba2_reduce_Bm(%part_Bm: !llvm.ptr, %dx_Bm: !llvm.ptr, %size_B: i64, %size_L: i64, %size_H: i64, %size_P: i64, %size_N: i64, %slice_first: i64, %slice_steps: i64) kernel {
      %v1 = arith.constant 16 : i64
      %v2 = arith.constant 1 : i64
      %v3 = arith.muli %v2, %size_B : i64
      %v4 = arith.muli %v3, %size_H : i64
      %v5 = arith.muli %v4, %size_P : i64
      %v6 = arith.muli %v2, %size_B : i64
      %v7 = arith.muli %v6, %slice_steps : i64
      %v8 = arith.muli %v7, %v1 : i64
      %v13 = arith.constant 256 : i64
      %v33 = arith.constant 0 : i64
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
      %v52 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v53 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v54 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v55 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v56 = arith.constant 0x00000000 : f32
      %v111 = arith.constant 2 : i64
      %v120 = arith.constant 3 : i64
      %v129 = arith.constant 4 : i64
      %v138 = arith.constant 5 : i64
      %v147 = arith.constant 6 : i64
      %v156 = arith.constant 7 : i64
      %v165 = arith.constant 8 : i64
      %v174 = arith.constant 9 : i64
      %v183 = arith.constant 10 : i64
      %v192 = arith.constant 11 : i64
      %v201 = arith.constant 12 : i64
      %v210 = arith.constant 13 : i64
      %v219 = arith.constant 14 : i64
      %v228 = arith.constant 15 : i64
      %v9 = gpu.block_id x
      %v10 = gpu.thread_id x
      %v11 = arith.index_cast %v10 : index to i64
      %v12 = arith.index_cast %v9 : index to i64
      %v14 = arith.muli %v12, %v13 : i64
      %v15 = arith.addi %v14, %v11 : i64
      %v16 = arith.cmpi slt, %v15, %v8 : i64
      %v17 = arith.subi %v8, %v2 : i64
      %v18 = arith.minsi %v15, %v17 : i64
      %v19 = arith.remui %v18, %size_P : i64
      %v20 = arith.divui %v18, %size_P : i64
      %v21 = arith.remui %v20, %size_H : i64
      %v22 = arith.divui %v20, %size_H : i64
      %v23 = arith.remui %v22, %size_B : i64
      %v24 = arith.divui %v22, %size_B : i64
      scf.if %v16 {
        %v25 = arith.remui %v15, %v1 : i64
        %v26 = arith.divui %v15, %v1 : i64
        %v27 = arith.remui %v26, %slice_steps : i64
        %v28 = arith.divui %v26, %slice_steps : i64
        %v29 = arith.remui %v28, %size_B : i64
        %v30 = arith.divui %v28, %size_B : i64
        %v31 = arith.addi %slice_first, %v27 : i64
        %v32 = arith.cmpi slt, %v31, %size_L : i64
        %v34 = arith.muli %v33, %size_B : i64
        %v35 = arith.addi %v34, %v29 : i64
        %v36 = arith.muli %v35, %size_L : i64
        %v37 = arith.addi %v36, %v31 : i64
        %v38 = arith.muli %v37, %v1 : i64
        %v39 = arith.addi %v38, %v25 : i64
        scf.if %v32 {
          llvm.store %v56, %v40 : f32, !llvm.ptr
          llvm.store %v56, %v41 : f32, !llvm.ptr
          llvm.store %v56, %v42 : f32, !llvm.ptr
          llvm.store %v56, %v43 : f32, !llvm.ptr
          llvm.store %v56, %v44 : f32, !llvm.ptr
          llvm.store %v56, %v45 : f32, !llvm.ptr
          llvm.store %v56, %v46 : f32, !llvm.ptr
          llvm.store %v56, %v47 : f32, !llvm.ptr
          llvm.store %v56, %v48 : f32, !llvm.ptr
          llvm.store %v56, %v49 : f32, !llvm.ptr
          llvm.store %v56, %v50 : f32, !llvm.ptr
          llvm.store %v56, %v51 : f32, !llvm.ptr
          llvm.store %v56, %v52 : f32, !llvm.ptr
          llvm.store %v56, %v53 : f32, !llvm.ptr
          llvm.store %v56, %v54 : f32, !llvm.ptr
          llvm.store %v56, %v55 : f32, !llvm.ptr
          %v57 = arith.remui %v15, %v1 : i64
          %v58 = arith.divui %v15, %v1 : i64
          %v59 = arith.remui %v58, %slice_steps : i64
          %v60 = arith.divui %v58, %slice_steps : i64
          %v61 = arith.remui %v60, %size_B : i64
          %v62 = arith.divui %v60, %size_B : i64
          %v63 = arith.muli %v33, %v1 : i64
          %v64 = arith.addi %v63, %v57 : i64
          %v65 = arith.muli %v2, %size_H : i64
          %v66 = arith.muli %v65, %size_P : i64
          %v67 = arith.muli %v5, %v1 : i64
          %v68 = arith.muli %v67, %slice_steps : i64
          %v69 = arith.index_cast %v33 : i64 to index
          %v70 = arith.index_cast %v66 : i64 to index
          %v71 = arith.index_cast %v2 : i64 to index
          scf.for %v72 = %v69 to %v70 step %v71 {
            %v73 = arith.index_cast %v72 : index to i64
            %v74 = arith.remui %v73, %size_P : i64
            %v75 = arith.divui %v73, %size_P : i64
            %v76 = arith.remui %v75, %size_H : i64
            %v77 = arith.divui %v75, %size_H : i64
            %v78 = arith.muli %v33, %size_B : i64
            %v79 = arith.addi %v78, %v61 : i64
            %v80 = arith.muli %v79, %size_H : i64
            %v81 = arith.addi %v80, %v76 : i64
            %v82 = arith.muli %v81, %size_P : i64
            %v83 = arith.addi %v82, %v74 : i64
            %v84 = arith.muli %v33, %v5 : i64
            %v85 = arith.addi %v84, %v83 : i64
            %v86 = arith.muli %v85, %v1 : i64
            %v87 = arith.addi %v86, %v64 : i64
            %v88 = arith.muli %v87, %slice_steps : i64
            %v89 = arith.addi %v88, %v59 : i64
            %v90 = arith.index_cast %v33 : i64 to index
            %v91 = arith.index_cast %v2 : i64 to index
            %v92 = arith.index_cast %v1 : i64 to index
            scf.for %v93 = %v90 to %v91 step %v92 {
              %v94 = arith.index_cast %v93 : index to i64
              %v95 = arith.addi %v94, %v33 : i64
              %v96 = arith.cmpi slt, %v95, %v2 : i64
              scf.if %v96 {
                %v97 = arith.muli %v95, %v68 : i64
                %v98 = arith.addi %v89, %v97 : i64
                %v99 = llvm.getelementptr %part_Bm[%v98] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v100 = llvm.load %v99 : !llvm.ptr -> f32
                %v101 = llvm.load %v40 : !llvm.ptr -> f32
                %v102 = arith.addf %v101, %v100 fastmath<contract> : f32
                llvm.store %v102, %v40 : f32, !llvm.ptr
              }
              %v103 = arith.addi %v94, %v2 : i64
              %v104 = arith.cmpi slt, %v103, %v2 : i64
              scf.if %v104 {
                %v105 = arith.muli %v103, %v68 : i64
                %v106 = arith.addi %v89, %v105 : i64
                %v107 = llvm.getelementptr %part_Bm[%v106] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v108 = llvm.load %v107 : !llvm.ptr -> f32
                %v109 = llvm.load %v41 : !llvm.ptr -> f32
                %v110 = arith.addf %v109, %v108 fastmath<contract> : f32
                llvm.store %v110, %v41 : f32, !llvm.ptr
              }
              %v112 = arith.addi %v94, %v111 : i64
              %v113 = arith.cmpi slt, %v112, %v2 : i64
              scf.if %v113 {
                %v114 = arith.muli %v112, %v68 : i64
                %v115 = arith.addi %v89, %v114 : i64
                %v116 = llvm.getelementptr %part_Bm[%v115] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v117 = llvm.load %v116 : !llvm.ptr -> f32
                %v118 = llvm.load %v42 : !llvm.ptr -> f32
                %v119 = arith.addf %v118, %v117 fastmath<contract> : f32
                llvm.store %v119, %v42 : f32, !llvm.ptr
              }
              %v121 = arith.addi %v94, %v120 : i64
              %v122 = arith.cmpi slt, %v121, %v2 : i64
              scf.if %v122 {
                %v123 = arith.muli %v121, %v68 : i64
                %v124 = arith.addi %v89, %v123 : i64
                %v125 = llvm.getelementptr %part_Bm[%v124] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v126 = llvm.load %v125 : !llvm.ptr -> f32
                %v127 = llvm.load %v43 : !llvm.ptr -> f32
                %v128 = arith.addf %v127, %v126 fastmath<contract> : f32
                llvm.store %v128, %v43 : f32, !llvm.ptr
              }
              %v130 = arith.addi %v94, %v129 : i64
              %v131 = arith.cmpi slt, %v130, %v2 : i64
              scf.if %v131 {
                %v132 = arith.muli %v130, %v68 : i64
                %v133 = arith.addi %v89, %v132 : i64
                %v134 = llvm.getelementptr %part_Bm[%v133] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v135 = llvm.load %v134 : !llvm.ptr -> f32
                %v136 = llvm.load %v44 : !llvm.ptr -> f32
                %v137 = arith.addf %v136, %v135 fastmath<contract> : f32
                llvm.store %v137, %v44 : f32, !llvm.ptr
              }
              %v139 = arith.addi %v94, %v138 : i64
              %v140 = arith.cmpi slt, %v139, %v2 : i64
              scf.if %v140 {
                %v141 = arith.muli %v139, %v68 : i64
                %v142 = arith.addi %v89, %v141 : i64
                %v143 = llvm.getelementptr %part_Bm[%v142] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v144 = llvm.load %v143 : !llvm.ptr -> f32
                %v145 = llvm.load %v45 : !llvm.ptr -> f32
                %v146 = arith.addf %v145, %v144 fastmath<contract> : f32
                llvm.store %v146, %v45 : f32, !llvm.ptr
              }
              %v148 = arith.addi %v94, %v147 : i64
              %v149 = arith.cmpi slt, %v148, %v2 : i64
              scf.if %v149 {
                %v150 = arith.muli %v148, %v68 : i64
                %v151 = arith.addi %v89, %v150 : i64
                %v152 = llvm.getelementptr %part_Bm[%v151] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v153 = llvm.load %v152 : !llvm.ptr -> f32
                %v154 = llvm.load %v46 : !llvm.ptr -> f32
                %v155 = arith.addf %v154, %v153 fastmath<contract> : f32
                llvm.store %v155, %v46 : f32, !llvm.ptr
              }
              %v157 = arith.addi %v94, %v156 : i64
              %v158 = arith.cmpi slt, %v157, %v2 : i64
              scf.if %v158 {
                %v159 = arith.muli %v157, %v68 : i64
                %v160 = arith.addi %v89, %v159 : i64
                %v161 = llvm.getelementptr %part_Bm[%v160] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v162 = llvm.load %v161 : !llvm.ptr -> f32
                %v163 = llvm.load %v47 : !llvm.ptr -> f32
                %v164 = arith.addf %v163, %v162 fastmath<contract> : f32
                llvm.store %v164, %v47 : f32, !llvm.ptr
              }
              %v166 = arith.addi %v94, %v165 : i64
              %v167 = arith.cmpi slt, %v166, %v2 : i64
              scf.if %v167 {
                %v168 = arith.muli %v166, %v68 : i64
                %v169 = arith.addi %v89, %v168 : i64
                %v170 = llvm.getelementptr %part_Bm[%v169] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v171 = llvm.load %v170 : !llvm.ptr -> f32
                %v172 = llvm.load %v48 : !llvm.ptr -> f32
                %v173 = arith.addf %v172, %v171 fastmath<contract> : f32
                llvm.store %v173, %v48 : f32, !llvm.ptr
              }
              %v175 = arith.addi %v94, %v174 : i64
              %v176 = arith.cmpi slt, %v175, %v2 : i64
              scf.if %v176 {
                %v177 = arith.muli %v175, %v68 : i64
                %v178 = arith.addi %v89, %v177 : i64
                %v179 = llvm.getelementptr %part_Bm[%v178] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v180 = llvm.load %v179 : !llvm.ptr -> f32
                %v181 = llvm.load %v49 : !llvm.ptr -> f32
                %v182 = arith.addf %v181, %v180 fastmath<contract> : f32
                llvm.store %v182, %v49 : f32, !llvm.ptr
              }
              %v184 = arith.addi %v94, %v183 : i64
              %v185 = arith.cmpi slt, %v184, %v2 : i64
              scf.if %v185 {
                %v186 = arith.muli %v184, %v68 : i64
                %v187 = arith.addi %v89, %v186 : i64
                %v188 = llvm.getelementptr %part_Bm[%v187] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v189 = llvm.load %v188 : !llvm.ptr -> f32
                %v190 = llvm.load %v50 : !llvm.ptr -> f32
                %v191 = arith.addf %v190, %v189 fastmath<contract> : f32
                llvm.store %v191, %v50 : f32, !llvm.ptr
              }
              %v193 = arith.addi %v94, %v192 : i64
              %v194 = arith.cmpi slt, %v193, %v2 : i64
              scf.if %v194 {
                %v195 = arith.muli %v193, %v68 : i64
                %v196 = arith.addi %v89, %v195 : i64
                %v197 = llvm.getelementptr %part_Bm[%v196] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v198 = llvm.load %v197 : !llvm.ptr -> f32
                %v199 = llvm.load %v51 : !llvm.ptr -> f32
                %v200 = arith.addf %v199, %v198 fastmath<contract> : f32
                llvm.store %v200, %v51 : f32, !llvm.ptr
              }
              %v202 = arith.addi %v94, %v201 : i64
              %v203 = arith.cmpi slt, %v202, %v2 : i64
              scf.if %v203 {
                %v204 = arith.muli %v202, %v68 : i64
                %v205 = arith.addi %v89, %v204 : i64
                %v206 = llvm.getelementptr %part_Bm[%v205] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v207 = llvm.load %v206 : !llvm.ptr -> f32
                %v208 = llvm.load %v52 : !llvm.ptr -> f32
                %v209 = arith.addf %v208, %v207 fastmath<contract> : f32
                llvm.store %v209, %v52 : f32, !llvm.ptr
              }
              %v211 = arith.addi %v94, %v210 : i64
              %v212 = arith.cmpi slt, %v211, %v2 : i64
              scf.if %v212 {
                %v213 = arith.muli %v211, %v68 : i64
                %v214 = arith.addi %v89, %v213 : i64
                %v215 = llvm.getelementptr %part_Bm[%v214] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v216 = llvm.load %v215 : !llvm.ptr -> f32
                %v217 = llvm.load %v53 : !llvm.ptr -> f32
                %v218 = arith.addf %v217, %v216 fastmath<contract> : f32
                llvm.store %v218, %v53 : f32, !llvm.ptr
              }
              %v220 = arith.addi %v94, %v219 : i64
              %v221 = arith.cmpi slt, %v220, %v2 : i64
              scf.if %v221 {
                %v222 = arith.muli %v220, %v68 : i64
                %v223 = arith.addi %v89, %v222 : i64
                %v224 = llvm.getelementptr %part_Bm[%v223] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v225 = llvm.load %v224 : !llvm.ptr -> f32
                %v226 = llvm.load %v54 : !llvm.ptr -> f32
                %v227 = arith.addf %v226, %v225 fastmath<contract> : f32
                llvm.store %v227, %v54 : f32, !llvm.ptr
              }
              %v229 = arith.addi %v94, %v228 : i64
              %v230 = arith.cmpi slt, %v229, %v2 : i64
              scf.if %v230 {
                %v231 = arith.muli %v229, %v68 : i64
                %v232 = arith.addi %v89, %v231 : i64
                %v233 = llvm.getelementptr %part_Bm[%v232] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v234 = llvm.load %v233 : !llvm.ptr -> f32
                %v235 = llvm.load %v55 : !llvm.ptr -> f32
                %v236 = arith.addf %v235, %v234 fastmath<contract> : f32
                llvm.store %v236, %v55 : f32, !llvm.ptr
              }
            }
          }
          %v237 = llvm.load %v40 : !llvm.ptr -> f32
          %v238 = llvm.load %v41 : !llvm.ptr -> f32
          %v239 = arith.addf %v237, %v238 fastmath<contract> : f32
          %v240 = llvm.load %v42 : !llvm.ptr -> f32
          %v241 = arith.addf %v239, %v240 fastmath<contract> : f32
          %v242 = llvm.load %v43 : !llvm.ptr -> f32
          %v243 = arith.addf %v241, %v242 fastmath<contract> : f32
          %v244 = llvm.load %v44 : !llvm.ptr -> f32
          %v245 = arith.addf %v243, %v244 fastmath<contract> : f32
          %v246 = llvm.load %v45 : !llvm.ptr -> f32
          %v247 = arith.addf %v245, %v246 fastmath<contract> : f32
          %v248 = llvm.load %v46 : !llvm.ptr -> f32
          %v249 = arith.addf %v247, %v248 fastmath<contract> : f32
          %v250 = llvm.load %v47 : !llvm.ptr -> f32
          %v251 = arith.addf %v249, %v250 fastmath<contract> : f32
          %v252 = llvm.load %v48 : !llvm.ptr -> f32
          %v253 = arith.addf %v251, %v252 fastmath<contract> : f32
          %v254 = llvm.load %v49 : !llvm.ptr -> f32
          %v255 = arith.addf %v253, %v254 fastmath<contract> : f32
          %v256 = llvm.load %v50 : !llvm.ptr -> f32
          %v257 = arith.addf %v255, %v256 fastmath<contract> : f32
          %v258 = llvm.load %v51 : !llvm.ptr -> f32
          %v259 = arith.addf %v257, %v258 fastmath<contract> : f32
          %v260 = llvm.load %v52 : !llvm.ptr -> f32
          %v261 = arith.addf %v259, %v260 fastmath<contract> : f32
          %v262 = llvm.load %v53 : !llvm.ptr -> f32
          %v263 = arith.addf %v261, %v262 fastmath<contract> : f32
          %v264 = llvm.load %v54 : !llvm.ptr -> f32
          %v265 = arith.addf %v263, %v264 fastmath<contract> : f32
          %v266 = llvm.load %v55 : !llvm.ptr -> f32
          %v267 = arith.addf %v265, %v266 fastmath<contract> : f32
          %v268 = llvm.getelementptr %dx_Bm[%v39] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v267, %v268 : f32, !llvm.ptr
        }
      }
      gpu.return
    }
  }
}
