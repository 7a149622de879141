module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @mamba2_seg_reduce_Cm(%part_Cm: !llvm.ptr, %dx_Cm: !llvm.ptr, %size_B: i64, %size_L: i64, %size_H: i64, %size_P: i64, %size_N: i64, %slice_first: i64, %slice_steps: i64) kernel {
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
      %v102 = arith.constant 2 : i64
      %v111 = arith.constant 3 : i64
      %v120 = arith.constant 4 : i64
      %v129 = arith.constant 5 : i64
      %v138 = arith.constant 6 : i64
      %v147 = arith.constant 7 : i64
      %v156 = arith.constant 8 : i64
      %v165 = arith.constant 9 : i64
      %v174 = arith.constant 10 : i64
      %v183 = arith.constant 11 : i64
      %v192 = arith.constant 12 : i64
      %v201 = arith.constant 13 : i64
      %v210 = arith.constant 14 : i64
      %v219 = arith.constant 15 : i64
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
          %v60 = arith.divui %v55, %v11 : i64
          %v61 = arith.muli %v4, %v1 : i64
          %v62 = arith.muli %v61, %slice_steps : i64
          %v63 = arith.index_cast %v31 : i64 to index
          %v64 = arith.index_cast %v59 : i64 to index
          %v65 = arith.index_cast %v2 : i64 to index
          scf.for %v66 = %v63 to %v64 step %v65 {
            %v67 = arith.index_cast %v66 : index to i64
            %v68 = arith.remui %v67, %size_P : i64
            %v69 = arith.divui %v67, %size_P : i64
            %v70 = arith.remui %v69, %size_H : i64
            %v71 = arith.divui %v69, %size_H : i64
            %v72 = arith.muli %v57, %size_H : i64
            %v73 = arith.addi %v72, %v70 : i64
            %v74 = arith.muli %v73, %size_P : i64
            %v75 = arith.addi %v74, %v68 : i64
            %v76 = arith.muli %v60, %v4 : i64
            %v77 = arith.addi %v76, %v75 : i64
            %v78 = arith.muli %v77, %v1 : i64
            %v79 = arith.addi %v78, %v53 : i64
            %v80 = arith.muli %v79, %slice_steps : i64
            %v81 = arith.addi %v80, %v55 : i64
            %v82 = arith.index_cast %v31 : i64 to index
            %v83 = arith.index_cast %v2 : i64 to index
            %v84 = arith.index_cast %v1 : i64 to index
            scf.for %v85 = %v82 to %v83 step %v84 {
              %v86 = arith.index_cast %v85 : index to i64
              %v87 = arith.cmpi slt, %v86, %v2 : i64
              scf.if %v87 {
                %v88 = arith.muli %v86, %v62 : i64
                %v89 = arith.addi %v81, %v88 : i64
                %v90 = llvm.getelementptr %part_Cm[%v89] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v91 = llvm.load %v90 : !llvm.ptr -> f32
                %v92 = llvm.load %v36 : !llvm.ptr -> f32
                %v93 = arith.addf %v92, %v91 fastmath<contract> : f32
                llvm.store %v93, %v36 : f32, !llvm.ptr
              }
              %v94 = arith.addi %v86, %v2 : i64
              %v95 = arith.cmpi slt, %v94, %v2 : i64
              scf.if %v95 {
                %v96 = arith.muli %v94, %v62 : i64
                %v97 = arith.addi %v81, %v96 : i64
                %v98 = llvm.getelementptr %part_Cm[%v97] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v99 = llvm.load %v98 : !llvm.ptr -> f32
                %v100 = llvm.load %v37 : !llvm.ptr -> f32
                %v101 = arith.addf %v100, %v99 fastmath<contract> : f32
                llvm.store %v101, %v37 : f32, !llvm.ptr
              }
              %v103 = arith.addi %v86, %v102 : i64
              %v104 = arith.cmpi slt, %v103, %v2 : i64
              scf.if %v104 {
                %v105 = arith.muli %v103, %v62 : i64
                %v106 = arith.addi %v81, %v105 : i64
                %v107 = llvm.getelementptr %part_Cm[%v106] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v108 = llvm.load %v107 : !llvm.ptr -> f32
                %v109 = llvm.load %v38 : !llvm.ptr -> f32
                %v110 = arith.addf %v109, %v108 fastmath<contract> : f32
                llvm.store %v110, %v38 : f32, !llvm.ptr
              }
              %v112 = arith.addi %v86, %v111 : i64
              %v113 = arith.cmpi slt, %v112, %v2 : i64
              scf.if %v113 {
                %v114 = arith.muli %v112, %v62 : i64
                %v115 = arith.addi %v81, %v114 : i64
                %v116 = llvm.getelementptr %part_Cm[%v115] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v117 = llvm.load %v116 : !llvm.ptr -> f32
                %v118 = llvm.load %v39 : !llvm.ptr -> f32
                %v119 = arith.addf %v118, %v117 fastmath<contract> : f32
                llvm.store %v119, %v39 : f32, !llvm.ptr
              }
              %v121 = arith.addi %v86, %v120 : i64
              %v122 = arith.cmpi slt, %v121, %v2 : i64
              scf.if %v122 {
                %v123 = arith.muli %v121, %v62 : i64
                %v124 = arith.addi %v81, %v123 : i64
                %v125 = llvm.getelementptr %part_Cm[%v124] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v126 = llvm.load %v125 : !llvm.ptr -> f32
                %v127 = llvm.load %v40 : !llvm.ptr -> f32
                %v128 = arith.addf %v127, %v126 fastmath<contract> : f32
                llvm.store %v128, %v40 : f32, !llvm.ptr
              }
              %v130 = arith.addi %v86, %v129 : i64
              %v131 = arith.cmpi slt, %v130, %v2 : i64
              scf.if %v131 {
                %v132 = arith.muli %v130, %v62 : i64
                %v133 = arith.addi %v81, %v132 : i64
                %v134 = llvm.getelementptr %part_Cm[%v133] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v135 = llvm.load %v134 : !llvm.ptr -> f32
                %v136 = llvm.load %v41 : !llvm.ptr -> f32
                %v137 = arith.addf %v136, %v135 fastmath<contract> : f32
                llvm.store %v137, %v41 : f32, !llvm.ptr
              }
              %v139 = arith.addi %v86, %v138 : i64
              %v140 = arith.cmpi slt, %v139, %v2 : i64
              scf.if %v140 {
                %v141 = arith.muli %v139, %v62 : i64
                %v142 = arith.addi %v81, %v141 : i64
                %v143 = llvm.getelementptr %part_Cm[%v142] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v144 = llvm.load %v143 : !llvm.ptr -> f32
                %v145 = llvm.load %v42 : !llvm.ptr -> f32
                %v146 = arith.addf %v145, %v144 fastmath<contract> : f32
                llvm.store %v146, %v42 : f32, !llvm.ptr
              }
              %v148 = arith.addi %v86, %v147 : i64
              %v149 = arith.cmpi slt, %v148, %v2 : i64
              scf.if %v149 {
                %v150 = arith.muli %v148, %v62 : i64
                %v151 = arith.addi %v81, %v150 : i64
                %v152 = llvm.getelementptr %part_Cm[%v151] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v153 = llvm.load %v152 : !llvm.ptr -> f32
                %v154 = llvm.load %v43 : !llvm.ptr -> f32
                %v155 = arith.addf %v154, %v153 fastmath<contract> : f32
                llvm.store %v155, %v43 : f32, !llvm.ptr
              }
              %v157 = arith.addi %v86, %v156 : i64
              %v158 = arith.cmpi slt, %v157, %v2 : i64
              scf.if %v158 {
                %v159 = arith.muli %v157, %v62 : i64
                %v160 = arith.addi %v81, %v159 : i64
                %v161 = llvm.getelementptr %part_Cm[%v160] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v162 = llvm.load %v161 : !llvm.ptr -> f32
                %v163 = llvm.load %v44 : !llvm.ptr -> f32
                %v164 = arith.addf %v163, %v162 fastmath<contract> : f32
                llvm.store %v164, %v44 : f32, !llvm.ptr
              }
              %v166 = arith.addi %v86, %v165 : i64
              %v167 = arith.cmpi slt, %v166, %v2 : i64
              scf.if %v167 {
                %v168 = arith.muli %v166, %v62 : i64
                %v169 = arith.addi %v81, %v168 : i64
                %v170 = llvm.getelementptr %part_Cm[%v169] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v171 = llvm.load %v170 : !llvm.ptr -> f32
                %v172 = llvm.load %v45 : !llvm.ptr -> f32
                %v173 = arith.addf %v172, %v171 fastmath<contract> : f32
                llvm.store %v173, %v45 : f32, !llvm.ptr
              }
              %v175 = arith.addi %v86, %v174 : i64
              %v176 = arith.cmpi slt, %v175, %v2 : i64
              scf.if %v176 {
                %v177 = arith.muli %v175, %v62 : i64
                %v178 = arith.addi %v81, %v177 : i64
                %v179 = llvm.getelementptr %part_Cm[%v178] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v180 = llvm.load %v179 : !llvm.ptr -> f32
                %v181 = llvm.load %v46 : !llvm.ptr -> f32
                %v182 = arith.addf %v181, %v180 fastmath<contract> : f32
                llvm.store %v182, %v46 : f32, !llvm.ptr
              }
              %v184 = arith.addi %v86, %v183 : i64
              %v185 = arith.cmpi slt, %v184, %v2 : i64
              scf.if %v185 {
                %v186 = arith.muli %v184, %v62 : i64
                %v187 = arith.addi %v81, %v186 : i64
                %v188 = llvm.getelementptr %part_Cm[%v187] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v189 = llvm.load %v188 : !llvm.ptr -> f32
                %v190 = llvm.load %v47 : !llvm.ptr -> f32
                %v191 = arith.addf %v190, %v189 fastmath<contract> : f32
                llvm.store %v191, %v47 : f32, !llvm.ptr
              }
              %v193 = arith.addi %v86, %v192 : i64
              %v194 = arith.cmpi slt, %v193, %v2 : i64
              scf.if %v194 {
                %v195 = arith.muli %v193, %v62 : i64
                %v196 = arith.addi %v81, %v195 : i64
                %v197 = llvm.getelementptr %part_Cm[%v196] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v198 = llvm.load %v197 : !llvm.ptr -> f32
                %v199 = llvm.load %v48 : !llvm.ptr -> f32
                %v200 = arith.addf %v199, %v198 fastmath<contract> : f32
                llvm.store %v200, %v48 : f32, !llvm.ptr
              }
              %v202 = arith.addi %v86, %v201 : i64
              %v203 = arith.cmpi slt, %v202, %v2 : i64
              scf.if %v203 {
                %v204 = arith.muli %v202, %v62 : i64
                %v205 = arith.addi %v81, %v204 : i64
                %v206 = llvm.getelementptr %part_Cm[%v205] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v207 = llvm.load %v206 : !llvm.ptr -> f32
                %v208 = llvm.load %v49 : !llvm.ptr -> f32
                %v209 = arith.addf %v208, %v207 fastmath<contract> : f32
                llvm.store %v209, %v49 : f32, !llvm.ptr
              }
              %v211 = arith.addi %v86, %v210 : i64
              %v212 = arith.cmpi slt, %v211, %v2 : i64
              scf.if %v212 {
                %v213 = arith.muli %v211, %v62 : i64
                %v214 = arith.addi %v81, %v213 : i64
                %v215 = llvm.getelementptr %part_Cm[%v214] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v216 = llvm.load %v215 : !llvm.ptr -> f32
                %v217 = llvm.load %v50 : !llvm.ptr -> f32
                %v218 = arith.addf %v217, %v216 fastmath<contract> : f32
                llvm.store %v218, %v50 : f32, !llvm.ptr
              }
              %v220 = arith.addi %v86, %v219 : i64
              %v221 = arith.cmpi slt, %v220, %v2 : i64
              scf.if %v221 {
                %v222 = arith.muli %v220, %v62 : i64
                %v223 = arith.addi %v81, %v222 : i64
                %v224 = llvm.getelementptr %part_Cm[%v223] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v225 = llvm.load %v224 : !llvm.ptr -> f32
                %v226 = llvm.load %v51 : !llvm.ptr -> f32
                %v227 = arith.addf %v226, %v225 fastmath<contract> : f32
                llvm.store %v227, %v51 : f32, !llvm.ptr
              }
            }
          }
          %v228 = llvm.load %v36 : !llvm.ptr -> f32
          %v229 = llvm.load %v37 : !llvm.ptr -> f32
          %v230 = arith.addf %v228, %v229 fastmath<contract> : f32
          %v231 = llvm.load %v38 : !llvm.ptr -> f32
          %v232 = arith.addf %v230, %v231 fastmath<contract> : f32
          %v233 = llvm.load %v39 : !llvm.ptr -> f32
          %v234 = arith.addf %v232, %v233 fastmath<contract> : f32
          %v235 = llvm.load %v40 : !llvm.ptr -> f32
          %v236 = arith.addf %v234, %v235 fastmath<contract> : f32
          %v237 = llvm.load %v41 : !llvm.ptr -> f32
          %v238 = arith.addf %v236, %v237 fastmath<contract> : f32
          %v239 = llvm.load %v42 : !llvm.ptr -> f32
          %v240 = arith.addf %v238, %v239 fastmath<contract> : f32
          %v241 = llvm.load %v43 : !llvm.ptr -> f32
          %v242 = arith.addf %v240, %v241 fastmath<contract> : f32
          %v243 = llvm.load %v44 : !llvm.ptr -> f32
          %v244 = arith.addf %v242, %v243 fastmath<contract> : f32
          %v245 = llvm.load %v45 : !llvm.ptr -> f32
          %v246 = arith.addf %v244, %v245 fastmath<contract> : f32
          %v247 = llvm.load %v46 : !llvm.ptr -> f32
          %v248 = arith.addf %v246, %v247 fastmath<contract> : f32
          %v249 = llvm.load %v47 : !llvm.ptr -> f32
          %v250 = arith.addf %v248, %v249 fastmath<contract> : f32
          %v251 = llvm.load %v48 : !llvm.ptr -> f32
          %v252 = arith.addf %v250, %v251 fastmath<contract> : f32
          %v253 = llvm.load %v49 : !llvm.ptr -> f32
          %v254 = arith.addf %v252, %v253 fastmath<contract> : f32
          %v255 = llvm.load %v50 : !llvm.ptr -> f32
          %v256 = arith.addf %v254, %v255 fastmath<contract> : f32
          %v257 = llvm.load %v51 : !llvm.ptr -> f32
          %v258 = arith.addf %v256, %v257 fastmath<contract> : f32
          %v259 = llvm.getelementptr %dx_Cm[%v35] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v258, %v259 : f32, !llvm.ptr
        }
      }
      gpu.return
    }
  }
}
