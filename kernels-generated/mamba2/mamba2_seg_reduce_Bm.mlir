module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @mamba2_seg_reduce_Bm(%part_Bm: !llvm.ptr, %dx_Bm: !llvm.ptr, %size_B: i64, %size_L: i64, %size_H: i64, %size_P: i64, %size_N: i64, %slice_first: i64, %slice_steps: i64) kernel {
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
      %v112 = arith.constant 2 : i64
      %v121 = arith.constant 3 : i64
      %v130 = arith.constant 4 : i64
      %v139 = arith.constant 5 : i64
      %v148 = arith.constant 6 : i64
      %v157 = arith.constant 7 : i64
      %v166 = arith.constant 8 : i64
      %v175 = arith.constant 9 : i64
      %v184 = arith.constant 10 : i64
      %v193 = arith.constant 11 : i64
      %v202 = arith.constant 12 : i64
      %v211 = arith.constant 13 : i64
      %v220 = arith.constant 14 : i64
      %v229 = arith.constant 15 : i64
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
          %v67 = arith.divui %v59, %v13 : i64
          %v68 = arith.muli %v5, %v1 : i64
          %v69 = arith.muli %v68, %slice_steps : i64
          %v70 = arith.index_cast %v33 : i64 to index
          %v71 = arith.index_cast %v66 : i64 to index
          %v72 = arith.index_cast %v2 : i64 to index
          scf.for %v73 = %v70 to %v71 step %v72 {
            %v74 = arith.index_cast %v73 : index to i64
            %v75 = arith.remui %v74, %size_P : i64
            %v76 = arith.divui %v74, %size_P : i64
            %v77 = arith.remui %v76, %size_H : i64
            %v78 = arith.divui %v76, %size_H : i64
            %v79 = arith.muli %v33, %size_B : i64
            %v80 = arith.addi %v79, %v61 : i64
            %v81 = arith.muli %v80, %size_H : i64
            %v82 = arith.addi %v81, %v77 : i64
            %v83 = arith.muli %v82, %size_P : i64
            %v84 = arith.addi %v83, %v75 : i64
            %v85 = arith.muli %v67, %v5 : i64
            %v86 = arith.addi %v85, %v84 : i64
            %v87 = arith.muli %v86, %v1 : i64
            %v88 = arith.addi %v87, %v64 : i64
            %v89 = arith.muli %v88, %slice_steps : i64
            %v90 = arith.addi %v89, %v59 : i64
            %v91 = arith.index_cast %v33 : i64 to index
            %v92 = arith.index_cast %v2 : i64 to index
            %v93 = arith.index_cast %v1 : i64 to index
            scf.for %v94 = %v91 to %v92 step %v93 {
              %v95 = arith.index_cast %v94 : index to i64
              %v96 = arith.addi %v95, %v33 : i64
              %v97 = arith.cmpi slt, %v96, %v2 : i64
              scf.if %v97 {
                %v98 = arith.muli %v96, %v69 : i64
                %v99 = arith.addi %v90, %v98 : i64
                %v100 = llvm.getelementptr %part_Bm[%v99] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v101 = llvm.load %v100 : !llvm.ptr -> f32
                %v102 = llvm.load %v40 : !llvm.ptr -> f32
                %v103 = arith.addf %v102, %v101 fastmath<contract> : f32
                llvm.store %v103, %v40 : f32, !llvm.ptr
              }
              %v104 = arith.addi %v95, %v2 : i64
              %v105 = arith.cmpi slt, %v104, %v2 : i64
              scf.if %v105 {
                %v106 = arith.muli %v104, %v69 : i64
                %v107 = arith.addi %v90, %v106 : i64
                %v108 = llvm.getelementptr %part_Bm[%v107] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v109 = llvm.load %v108 : !llvm.ptr -> f32
                %v110 = llvm.load %v41 : !llvm.ptr -> f32
                %v111 = arith.addf %v110, %v109 fastmath<contract> : f32
                llvm.store %v111, %v41 : f32, !llvm.ptr
              }
              %v113 = arith.addi %v95, %v112 : i64
              %v114 = arith.cmpi slt, %v113, %v2 : i64
              scf.if %v114 {
                %v115 = arith.muli %v113, %v69 : i64
                %v116 = arith.addi %v90, %v115 : i64
                %v117 = llvm.getelementptr %part_Bm[%v116] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v118 = llvm.load %v117 : !llvm.ptr -> f32
                %v119 = llvm.load %v42 : !llvm.ptr -> f32
                %v120 = arith.addf %v119, %v118 fastmath<contract> : f32
                llvm.store %v120, %v42 : f32, !llvm.ptr
              }
              %v122 = arith.addi %v95, %v121 : i64
              %v123 = arith.cmpi slt, %v122, %v2 : i64
              scf.if %v123 {
                %v124 = arith.muli %v122, %v69 : i64
                %v125 = arith.addi %v90, %v124 : i64
                %v126 = llvm.getelementptr %part_Bm[%v125] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v127 = llvm.load %v126 : !llvm.ptr -> f32
                %v128 = llvm.load %v43 : !llvm.ptr -> f32
                %v129 = arith.addf %v128, %v127 fastmath<contract> : f32
                llvm.store %v129, %v43 : f32, !llvm.ptr
              }
              %v131 = arith.addi %v95, %v130 : i64
              %v132 = arith.cmpi slt, %v131, %v2 : i64
              scf.if %v132 {
                %v133 = arith.muli %v131, %v69 : i64
                %v134 = arith.addi %v90, %v133 : i64
                %v135 = llvm.getelementptr %part_Bm[%v134] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v136 = llvm.load %v135 : !llvm.ptr -> f32
                %v137 = llvm.load %v44 : !llvm.ptr -> f32
                %v138 = arith.addf %v137, %v136 fastmath<contract> : f32
                llvm.store %v138, %v44 : f32, !llvm.ptr
              }
              %v140 = arith.addi %v95, %v139 : i64
              %v141 = arith.cmpi slt, %v140, %v2 : i64
              scf.if %v141 {
                %v142 = arith.muli %v140, %v69 : i64
                %v143 = arith.addi %v90, %v142 : i64
                %v144 = llvm.getelementptr %part_Bm[%v143] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v145 = llvm.load %v144 : !llvm.ptr -> f32
                %v146 = llvm.load %v45 : !llvm.ptr -> f32
                %v147 = arith.addf %v146, %v145 fastmath<contract> : f32
                llvm.store %v147, %v45 : f32, !llvm.ptr
              }
              %v149 = arith.addi %v95, %v148 : i64
              %v150 = arith.cmpi slt, %v149, %v2 : i64
              scf.if %v150 {
                %v151 = arith.muli %v149, %v69 : i64
                %v152 = arith.addi %v90, %v151 : i64
                %v153 = llvm.getelementptr %part_Bm[%v152] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v154 = llvm.load %v153 : !llvm.ptr -> f32
                %v155 = llvm.load %v46 : !llvm.ptr -> f32
                %v156 = arith.addf %v155, %v154 fastmath<contract> : f32
                llvm.store %v156, %v46 : f32, !llvm.ptr
              }
              %v158 = arith.addi %v95, %v157 : i64
              %v159 = arith.cmpi slt, %v158, %v2 : i64
              scf.if %v159 {
                %v160 = arith.muli %v158, %v69 : i64
                %v161 = arith.addi %v90, %v160 : i64
                %v162 = llvm.getelementptr %part_Bm[%v161] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v163 = llvm.load %v162 : !llvm.ptr -> f32
                %v164 = llvm.load %v47 : !llvm.ptr -> f32
                %v165 = arith.addf %v164, %v163 fastmath<contract> : f32
                llvm.store %v165, %v47 : f32, !llvm.ptr
              }
              %v167 = arith.addi %v95, %v166 : i64
              %v168 = arith.cmpi slt, %v167, %v2 : i64
              scf.if %v168 {
                %v169 = arith.muli %v167, %v69 : i64
                %v170 = arith.addi %v90, %v169 : i64
                %v171 = llvm.getelementptr %part_Bm[%v170] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v172 = llvm.load %v171 : !llvm.ptr -> f32
                %v173 = llvm.load %v48 : !llvm.ptr -> f32
                %v174 = arith.addf %v173, %v172 fastmath<contract> : f32
                llvm.store %v174, %v48 : f32, !llvm.ptr
              }
              %v176 = arith.addi %v95, %v175 : i64
              %v177 = arith.cmpi slt, %v176, %v2 : i64
              scf.if %v177 {
                %v178 = arith.muli %v176, %v69 : i64
                %v179 = arith.addi %v90, %v178 : i64
                %v180 = llvm.getelementptr %part_Bm[%v179] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v181 = llvm.load %v180 : !llvm.ptr -> f32
                %v182 = llvm.load %v49 : !llvm.ptr -> f32
                %v183 = arith.addf %v182, %v181 fastmath<contract> : f32
                llvm.store %v183, %v49 : f32, !llvm.ptr
              }
              %v185 = arith.addi %v95, %v184 : i64
              %v186 = arith.cmpi slt, %v185, %v2 : i64
              scf.if %v186 {
                %v187 = arith.muli %v185, %v69 : i64
                %v188 = arith.addi %v90, %v187 : i64
                %v189 = llvm.getelementptr %part_Bm[%v188] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v190 = llvm.load %v189 : !llvm.ptr -> f32
                %v191 = llvm.load %v50 : !llvm.ptr -> f32
                %v192 = arith.addf %v191, %v190 fastmath<contract> : f32
                llvm.store %v192, %v50 : f32, !llvm.ptr
              }
              %v194 = arith.addi %v95, %v193 : i64
              %v195 = arith.cmpi slt, %v194, %v2 : i64
              scf.if %v195 {
                %v196 = arith.muli %v194, %v69 : i64
                %v197 = arith.addi %v90, %v196 : i64
                %v198 = llvm.getelementptr %part_Bm[%v197] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v199 = llvm.load %v198 : !llvm.ptr -> f32
                %v200 = llvm.load %v51 : !llvm.ptr -> f32
                %v201 = arith.addf %v200, %v199 fastmath<contract> : f32
                llvm.store %v201, %v51 : f32, !llvm.ptr
              }
              %v203 = arith.addi %v95, %v202 : i64
              %v204 = arith.cmpi slt, %v203, %v2 : i64
              scf.if %v204 {
                %v205 = arith.muli %v203, %v69 : i64
                %v206 = arith.addi %v90, %v205 : i64
                %v207 = llvm.getelementptr %part_Bm[%v206] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v208 = llvm.load %v207 : !llvm.ptr -> f32
                %v209 = llvm.load %v52 : !llvm.ptr -> f32
                %v210 = arith.addf %v209, %v208 fastmath<contract> : f32
                llvm.store %v210, %v52 : f32, !llvm.ptr
              }
              %v212 = arith.addi %v95, %v211 : i64
              %v213 = arith.cmpi slt, %v212, %v2 : i64
              scf.if %v213 {
                %v214 = arith.muli %v212, %v69 : i64
                %v215 = arith.addi %v90, %v214 : i64
                %v216 = llvm.getelementptr %part_Bm[%v215] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v217 = llvm.load %v216 : !llvm.ptr -> f32
                %v218 = llvm.load %v53 : !llvm.ptr -> f32
                %v219 = arith.addf %v218, %v217 fastmath<contract> : f32
                llvm.store %v219, %v53 : f32, !llvm.ptr
              }
              %v221 = arith.addi %v95, %v220 : i64
              %v222 = arith.cmpi slt, %v221, %v2 : i64
              scf.if %v222 {
                %v223 = arith.muli %v221, %v69 : i64
                %v224 = arith.addi %v90, %v223 : i64
                %v225 = llvm.getelementptr %part_Bm[%v224] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v226 = llvm.load %v225 : !llvm.ptr -> f32
                %v227 = llvm.load %v54 : !llvm.ptr -> f32
                %v228 = arith.addf %v227, %v226 fastmath<contract> : f32
                llvm.store %v228, %v54 : f32, !llvm.ptr
              }
              %v230 = arith.addi %v95, %v229 : i64
              %v231 = arith.cmpi slt, %v230, %v2 : i64
              scf.if %v231 {
                %v232 = arith.muli %v230, %v69 : i64
                %v233 = arith.addi %v90, %v232 : i64
                %v234 = llvm.getelementptr %part_Bm[%v233] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v235 = llvm.load %v234 : !llvm.ptr -> f32
                %v236 = llvm.load %v55 : !llvm.ptr -> f32
                %v237 = arith.addf %v236, %v235 fastmath<contract> : f32
                llvm.store %v237, %v55 : f32, !llvm.ptr
              }
            }
          }
          %v238 = llvm.load %v40 : !llvm.ptr -> f32
          %v239 = llvm.load %v41 : !llvm.ptr -> f32
          %v240 = arith.addf %v238, %v239 fastmath<contract> : f32
          %v241 = llvm.load %v42 : !llvm.ptr -> f32
          %v242 = arith.addf %v240, %v241 fastmath<contract> : f32
          %v243 = llvm.load %v43 : !llvm.ptr -> f32
          %v244 = arith.addf %v242, %v243 fastmath<contract> : f32
          %v245 = llvm.load %v44 : !llvm.ptr -> f32
          %v246 = arith.addf %v244, %v245 fastmath<contract> : f32
          %v247 = llvm.load %v45 : !llvm.ptr -> f32
          %v248 = arith.addf %v246, %v247 fastmath<contract> : f32
          %v249 = llvm.load %v46 : !llvm.ptr -> f32
          %v250 = arith.addf %v248, %v249 fastmath<contract> : f32
          %v251 = llvm.load %v47 : !llvm.ptr -> f32
          %v252 = arith.addf %v250, %v251 fastmath<contract> : f32
          %v253 = llvm.load %v48 : !llvm.ptr -> f32
          %v254 = arith.addf %v252, %v253 fastmath<contract> : f32
          %v255 = llvm.load %v49 : !llvm.ptr -> f32
          %v256 = arith.addf %v254, %v255 fastmath<contract> : f32
          %v257 = llvm.load %v50 : !llvm.ptr -> f32
          %v258 = arith.addf %v256, %v257 fastmath<contract> : f32
          %v259 = llvm.load %v51 : !llvm.ptr -> f32
          %v260 = arith.addf %v258, %v259 fastmath<contract> : f32
          %v261 = llvm.load %v52 : !llvm.ptr -> f32
          %v262 = arith.addf %v260, %v261 fastmath<contract> : f32
          %v263 = llvm.load %v53 : !llvm.ptr -> f32
          %v264 = arith.addf %v262, %v263 fastmath<contract> : f32
          %v265 = llvm.load %v54 : !llvm.ptr -> f32
          %v266 = arith.addf %v264, %v265 fastmath<contract> : f32
          %v267 = llvm.load %v55 : !llvm.ptr -> f32
          %v268 = arith.addf %v266, %v267 fastmath<contract> : f32
          %v269 = llvm.getelementptr %dx_Bm[%v39] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v268, %v269 : f32, !llvm.ptr
        }
      }
      gpu.return
    }
  }
}
