module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @retention_seg_reduce_theta(%part_theta: !llvm.ptr, %dx_theta: !llvm.ptr, %size_B: i64, %size_L: i64, %size_H: i64, %size_DK: i64, %size_DV: i64) kernel {
      %v1 = arith.constant 16 : i64
      %v2 = arith.constant 1 : i64
      %v3 = arith.muli %v2, %size_B : i64
      %v4 = arith.muli %v3, %size_H : i64
      %v5 = arith.muli %v4, %size_DV : i64
      %v6 = arith.muli %v2, %v1 : i64
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
      %v49 = arith.constant 255 : i64
      %v95 = arith.constant 2 : i64
      %v104 = arith.constant 3 : i64
      %v113 = arith.constant 4 : i64
      %v122 = arith.constant 5 : i64
      %v131 = arith.constant 6 : i64
      %v140 = arith.constant 7 : i64
      %v149 = arith.constant 8 : i64
      %v158 = arith.constant 9 : i64
      %v167 = arith.constant 10 : i64
      %v176 = arith.constant 11 : i64
      %v185 = arith.constant 12 : i64
      %v194 = arith.constant 13 : i64
      %v203 = arith.constant 14 : i64
      %v212 = arith.constant 15 : i64
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
          %v41 = arith.remui %v13, %v1 : i64
          %v42 = arith.divui %v13, %v1 : i64
          %v44 = arith.muli %v43, %v1 : i64
          %v45 = arith.addi %v44, %v41 : i64
          %v46 = arith.muli %v2, %size_B : i64
          %v47 = arith.muli %v46, %size_H : i64
          %v48 = arith.muli %v47, %size_DV : i64
          %v50 = arith.addi %size_L, %v49 : i64
          %v51 = arith.divui %v50, %v11 : i64
          %v52 = arith.muli %v5, %v1 : i64
          %v53 = arith.index_cast %v43 : i64 to index
          %v54 = arith.index_cast %v48 : i64 to index
          %v55 = arith.index_cast %v2 : i64 to index
          scf.for %v56 = %v53 to %v54 step %v55 {
            %v57 = arith.index_cast %v56 : index to i64
            %v58 = arith.remui %v57, %size_DV : i64
            %v59 = arith.divui %v57, %size_DV : i64
            %v60 = arith.remui %v59, %size_H : i64
            %v61 = arith.divui %v59, %size_H : i64
            %v62 = arith.remui %v61, %size_B : i64
            %v63 = arith.divui %v61, %size_B : i64
            %v64 = arith.muli %v43, %size_B : i64
            %v65 = arith.addi %v64, %v62 : i64
            %v66 = arith.muli %v65, %size_H : i64
            %v67 = arith.addi %v66, %v60 : i64
            %v68 = arith.muli %v67, %size_DV : i64
            %v69 = arith.addi %v68, %v58 : i64
            %v70 = arith.muli %v43, %v5 : i64
            %v71 = arith.addi %v70, %v69 : i64
            %v72 = arith.muli %v71, %v1 : i64
            %v73 = arith.addi %v72, %v45 : i64
            %v74 = arith.index_cast %v43 : i64 to index
            %v75 = arith.index_cast %v51 : i64 to index
            %v76 = arith.index_cast %v1 : i64 to index
            scf.for %v77 = %v74 to %v75 step %v76 {
              %v78 = arith.index_cast %v77 : index to i64
              %v79 = arith.addi %v78, %v43 : i64
              %v80 = arith.cmpi slt, %v79, %v51 : i64
              scf.if %v80 {
                %v81 = arith.muli %v79, %v52 : i64
                %v82 = arith.addi %v73, %v81 : i64
                %v83 = llvm.getelementptr %part_theta[%v82] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v84 = llvm.load %v83 : !llvm.ptr -> f32
                %v85 = llvm.load %v24 : !llvm.ptr -> f32
                %v86 = arith.addf %v85, %v84 fastmath<contract> : f32
                llvm.store %v86, %v24 : f32, !llvm.ptr
              }
              %v87 = arith.addi %v78, %v2 : i64
              %v88 = arith.cmpi slt, %v87, %v51 : i64
              scf.if %v88 {
                %v89 = arith.muli %v87, %v52 : i64
                %v90 = arith.addi %v73, %v89 : i64
                %v91 = llvm.getelementptr %part_theta[%v90] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v92 = llvm.load %v91 : !llvm.ptr -> f32
                %v93 = llvm.load %v25 : !llvm.ptr -> f32
                %v94 = arith.addf %v93, %v92 fastmath<contract> : f32
                llvm.store %v94, %v25 : f32, !llvm.ptr
              }
              %v96 = arith.addi %v78, %v95 : i64
              %v97 = arith.cmpi slt, %v96, %v51 : i64
              scf.if %v97 {
                %v98 = arith.muli %v96, %v52 : i64
                %v99 = arith.addi %v73, %v98 : i64
                %v100 = llvm.getelementptr %part_theta[%v99] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v101 = llvm.load %v100 : !llvm.ptr -> f32
                %v102 = llvm.load %v26 : !llvm.ptr -> f32
                %v103 = arith.addf %v102, %v101 fastmath<contract> : f32
                llvm.store %v103, %v26 : f32, !llvm.ptr
              }
              %v105 = arith.addi %v78, %v104 : i64
              %v106 = arith.cmpi slt, %v105, %v51 : i64
              scf.if %v106 {
                %v107 = arith.muli %v105, %v52 : i64
                %v108 = arith.addi %v73, %v107 : i64
                %v109 = llvm.getelementptr %part_theta[%v108] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v110 = llvm.load %v109 : !llvm.ptr -> f32
                %v111 = llvm.load %v27 : !llvm.ptr -> f32
                %v112 = arith.addf %v111, %v110 fastmath<contract> : f32
                llvm.store %v112, %v27 : f32, !llvm.ptr
              }
              %v114 = arith.addi %v78, %v113 : i64
              %v115 = arith.cmpi slt, %v114, %v51 : i64
              scf.if %v115 {
                %v116 = arith.muli %v114, %v52 : i64
                %v117 = arith.addi %v73, %v116 : i64
                %v118 = llvm.getelementptr %part_theta[%v117] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v119 = llvm.load %v118 : !llvm.ptr -> f32
                %v120 = llvm.load %v28 : !llvm.ptr -> f32
                %v121 = arith.addf %v120, %v119 fastmath<contract> : f32
                llvm.store %v121, %v28 : f32, !llvm.ptr
              }
              %v123 = arith.addi %v78, %v122 : i64
              %v124 = arith.cmpi slt, %v123, %v51 : i64
              scf.if %v124 {
                %v125 = arith.muli %v123, %v52 : i64
                %v126 = arith.addi %v73, %v125 : i64
                %v127 = llvm.getelementptr %part_theta[%v126] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v128 = llvm.load %v127 : !llvm.ptr -> f32
                %v129 = llvm.load %v29 : !llvm.ptr -> f32
                %v130 = arith.addf %v129, %v128 fastmath<contract> : f32
                llvm.store %v130, %v29 : f32, !llvm.ptr
              }
              %v132 = arith.addi %v78, %v131 : i64
              %v133 = arith.cmpi slt, %v132, %v51 : i64
              scf.if %v133 {
                %v134 = arith.muli %v132, %v52 : i64
                %v135 = arith.addi %v73, %v134 : i64
                %v136 = llvm.getelementptr %part_theta[%v135] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v137 = llvm.load %v136 : !llvm.ptr -> f32
                %v138 = llvm.load %v30 : !llvm.ptr -> f32
                %v139 = arith.addf %v138, %v137 fastmath<contract> : f32
                llvm.store %v139, %v30 : f32, !llvm.ptr
              }
              %v141 = arith.addi %v78, %v140 : i64
              %v142 = arith.cmpi slt, %v141, %v51 : i64
              scf.if %v142 {
                %v143 = arith.muli %v141, %v52 : i64
                %v144 = arith.addi %v73, %v143 : i64
                %v145 = llvm.getelementptr %part_theta[%v144] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v146 = llvm.load %v145 : !llvm.ptr -> f32
                %v147 = llvm.load %v31 : !llvm.ptr -> f32
                %v148 = arith.addf %v147, %v146 fastmath<contract> : f32
                llvm.store %v148, %v31 : f32, !llvm.ptr
              }
              %v150 = arith.addi %v78, %v149 : i64
              %v151 = arith.cmpi slt, %v150, %v51 : i64
              scf.if %v151 {
                %v152 = arith.muli %v150, %v52 : i64
                %v153 = arith.addi %v73, %v152 : i64
                %v154 = llvm.getelementptr %part_theta[%v153] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v155 = llvm.load %v154 : !llvm.ptr -> f32
                %v156 = llvm.load %v32 : !llvm.ptr -> f32
                %v157 = arith.addf %v156, %v155 fastmath<contract> : f32
                llvm.store %v157, %v32 : f32, !llvm.ptr
              }
              %v159 = arith.addi %v78, %v158 : i64
              %v160 = arith.cmpi slt, %v159, %v51 : i64
              scf.if %v160 {
                %v161 = arith.muli %v159, %v52 : i64
                %v162 = arith.addi %v73, %v161 : i64
                %v163 = llvm.getelementptr %part_theta[%v162] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v164 = llvm.load %v163 : !llvm.ptr -> f32
                %v165 = llvm.load %v33 : !llvm.ptr -> f32
                %v166 = arith.addf %v165, %v164 fastmath<contract> : f32
                llvm.store %v166, %v33 : f32, !llvm.ptr
              }
              %v168 = arith.addi %v78, %v167 : i64
              %v169 = arith.cmpi slt, %v168, %v51 : i64
              scf.if %v169 {
                %v170 = arith.muli %v168, %v52 : i64
                %v171 = arith.addi %v73, %v170 : i64
                %v172 = llvm.getelementptr %part_theta[%v171] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v173 = llvm.load %v172 : !llvm.ptr -> f32
                %v174 = llvm.load %v34 : !llvm.ptr -> f32
                %v175 = arith.addf %v174, %v173 fastmath<contract> : f32
                llvm.store %v175, %v34 : f32, !llvm.ptr
              }
              %v177 = arith.addi %v78, %v176 : i64
              %v178 = arith.cmpi slt, %v177, %v51 : i64
              scf.if %v178 {
                %v179 = arith.muli %v177, %v52 : i64
                %v180 = arith.addi %v73, %v179 : i64
                %v181 = llvm.getelementptr %part_theta[%v180] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v182 = llvm.load %v181 : !llvm.ptr -> f32
                %v183 = llvm.load %v35 : !llvm.ptr -> f32
                %v184 = arith.addf %v183, %v182 fastmath<contract> : f32
                llvm.store %v184, %v35 : f32, !llvm.ptr
              }
              %v186 = arith.addi %v78, %v185 : i64
              %v187 = arith.cmpi slt, %v186, %v51 : i64
              scf.if %v187 {
                %v188 = arith.muli %v186, %v52 : i64
                %v189 = arith.addi %v73, %v188 : i64
                %v190 = llvm.getelementptr %part_theta[%v189] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v191 = llvm.load %v190 : !llvm.ptr -> f32
                %v192 = llvm.load %v36 : !llvm.ptr -> f32
                %v193 = arith.addf %v192, %v191 fastmath<contract> : f32
                llvm.store %v193, %v36 : f32, !llvm.ptr
              }
              %v195 = arith.addi %v78, %v194 : i64
              %v196 = arith.cmpi slt, %v195, %v51 : i64
              scf.if %v196 {
                %v197 = arith.muli %v195, %v52 : i64
                %v198 = arith.addi %v73, %v197 : i64
                %v199 = llvm.getelementptr %part_theta[%v198] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v200 = llvm.load %v199 : !llvm.ptr -> f32
                %v201 = llvm.load %v37 : !llvm.ptr -> f32
                %v202 = arith.addf %v201, %v200 fastmath<contract> : f32
                llvm.store %v202, %v37 : f32, !llvm.ptr
              }
              %v204 = arith.addi %v78, %v203 : i64
              %v205 = arith.cmpi slt, %v204, %v51 : i64
              scf.if %v205 {
                %v206 = arith.muli %v204, %v52 : i64
                %v207 = arith.addi %v73, %v206 : i64
                %v208 = llvm.getelementptr %part_theta[%v207] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v209 = llvm.load %v208 : !llvm.ptr -> f32
                %v210 = llvm.load %v38 : !llvm.ptr -> f32
                %v211 = arith.addf %v210, %v209 fastmath<contract> : f32
                llvm.store %v211, %v38 : f32, !llvm.ptr
              }
              %v213 = arith.addi %v78, %v212 : i64
              %v214 = arith.cmpi slt, %v213, %v51 : i64
              scf.if %v214 {
                %v215 = arith.muli %v213, %v52 : i64
                %v216 = arith.addi %v73, %v215 : i64
                %v217 = llvm.getelementptr %part_theta[%v216] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v218 = llvm.load %v217 : !llvm.ptr -> f32
                %v219 = llvm.load %v39 : !llvm.ptr -> f32
                %v220 = arith.addf %v219, %v218 fastmath<contract> : f32
                llvm.store %v220, %v39 : f32, !llvm.ptr
              }
            }
          }
          %v221 = llvm.load %v24 : !llvm.ptr -> f32
          %v222 = llvm.load %v25 : !llvm.ptr -> f32
          %v223 = arith.addf %v221, %v222 fastmath<contract> : f32
          %v224 = llvm.load %v26 : !llvm.ptr -> f32
          %v225 = arith.addf %v223, %v224 fastmath<contract> : f32
          %v226 = llvm.load %v27 : !llvm.ptr -> f32
          %v227 = arith.addf %v225, %v226 fastmath<contract> : f32
          %v228 = llvm.load %v28 : !llvm.ptr -> f32
          %v229 = arith.addf %v227, %v228 fastmath<contract> : f32
          %v230 = llvm.load %v29 : !llvm.ptr -> f32
          %v231 = arith.addf %v229, %v230 fastmath<contract> : f32
          %v232 = llvm.load %v30 : !llvm.ptr -> f32
          %v233 = arith.addf %v231, %v232 fastmath<contract> : f32
          %v234 = llvm.load %v31 : !llvm.ptr -> f32
          %v235 = arith.addf %v233, %v234 fastmath<contract> : f32
          %v236 = llvm.load %v32 : !llvm.ptr -> f32
          %v237 = arith.addf %v235, %v236 fastmath<contract> : f32
          %v238 = llvm.load %v33 : !llvm.ptr -> f32
          %v239 = arith.addf %v237, %v238 fastmath<contract> : f32
          %v240 = llvm.load %v34 : !llvm.ptr -> f32
          %v241 = arith.addf %v239, %v240 fastmath<contract> : f32
          %v242 = llvm.load %v35 : !llvm.ptr -> f32
          %v243 = arith.addf %v241, %v242 fastmath<contract> : f32
          %v244 = llvm.load %v36 : !llvm.ptr -> f32
          %v245 = arith.addf %v243, %v244 fastmath<contract> : f32
          %v246 = llvm.load %v37 : !llvm.ptr -> f32
          %v247 = arith.addf %v245, %v246 fastmath<contract> : f32
          %v248 = llvm.load %v38 : !llvm.ptr -> f32
          %v249 = arith.addf %v247, %v248 fastmath<contract> : f32
          %v250 = llvm.load %v39 : !llvm.ptr -> f32
          %v251 = arith.addf %v249, %v250 fastmath<contract> : f32
          %v252 = llvm.getelementptr %dx_theta[%v13] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v251, %v252 : f32, !llvm.ptr
        }
      }
      gpu.return
    }
  }
}
