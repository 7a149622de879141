module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @retention_reduce_theta(%part_theta: !llvm.ptr, %dx_theta: !llvm.ptr, %size_B: i64, %size_L: i64, %size_H: i64, %size_DK: i64, %size_DV: i64) kernel {
      %v1 = arith.constant 16 : i64
      %v2 = arith.constant 1 : i64
      %v3 = arith.muli %size_B, %size_H : i64
      %v4 = arith.muli %v3, %size_DV : i64
      %v9 = arith.constant 256 : i64
      %v13 = arith.constant 15 : i64
      %v21 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
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
      %v37 = arith.constant 0x00000000 : f32
      %v40 = arith.constant 0 : i64
      %v81 = arith.constant 2 : i64
      %v90 = arith.constant 3 : i64
      %v99 = arith.constant 4 : i64
      %v108 = arith.constant 5 : i64
      %v117 = arith.constant 6 : i64
      %v126 = arith.constant 7 : i64
      %v135 = arith.constant 8 : i64
      %v144 = arith.constant 9 : i64
      %v153 = arith.constant 10 : i64
      %v162 = arith.constant 11 : i64
      %v171 = arith.constant 12 : i64
      %v180 = arith.constant 13 : i64
      %v189 = arith.constant 14 : i64
      %v5 = gpu.block_id x
      %v6 = gpu.thread_id x
      %v7 = arith.index_cast %v6 : index to i64
      %v8 = arith.index_cast %v5 : index to i64
      %v10 = arith.muli %v8, %v9 : i64
      %v11 = arith.addi %v10, %v7 : i64
      %v12 = arith.cmpi slt, %v11, %v1 : i64
      %v14 = arith.minsi %v11, %v13 : i64
      %v15 = arith.remui %v14, %size_DV : i64
      %v16 = arith.divui %v14, %size_DV : i64
      %v17 = arith.remui %v16, %size_H : i64
      %v18 = arith.divui %v16, %size_H : i64
      %v19 = arith.remui %v18, %size_B : i64
      %v20 = arith.divui %v18, %size_B : i64
      scf.if %v12 {
        llvm.store %v37, %v21 : f32, !llvm.ptr
        llvm.store %v37, %v22 : f32, !llvm.ptr
        llvm.store %v37, %v23 : f32, !llvm.ptr
        llvm.store %v37, %v24 : f32, !llvm.ptr
        llvm.store %v37, %v25 : f32, !llvm.ptr
        llvm.store %v37, %v26 : f32, !llvm.ptr
        llvm.store %v37, %v27 : f32, !llvm.ptr
        llvm.store %v37, %v28 : f32, !llvm.ptr
        llvm.store %v37, %v29 : f32, !llvm.ptr
        llvm.store %v37, %v30 : f32, !llvm.ptr
        llvm.store %v37, %v31 : f32, !llvm.ptr
        llvm.store %v37, %v32 : f32, !llvm.ptr
        llvm.store %v37, %v33 : f32, !llvm.ptr
        llvm.store %v37, %v34 : f32, !llvm.ptr
        llvm.store %v37, %v35 : f32, !llvm.ptr
        llvm.store %v37, %v36 : f32, !llvm.ptr
        %v38 = arith.remui %v11, %v1 : i64
        %v39 = arith.divui %v11, %v1 : i64
        %v41 = arith.muli %size_B, %size_H : i64
        %v42 = arith.muli %v41, %size_DV : i64
        %v43 = arith.muli %v4, %v1 : i64
        %v44 = arith.index_cast %v40 : i64 to index
        %v45 = arith.index_cast %v42 : i64 to index
        %v46 = arith.index_cast %v2 : i64 to index
        scf.for %v47 = %v44 to %v45 step %v46 {
          %v48 = arith.index_cast %v47 : index to i64
          %v49 = arith.remui %v48, %size_DV : i64
          %v50 = arith.divui %v48, %size_DV : i64
          %v51 = arith.remui %v50, %size_H : i64
          %v52 = arith.divui %v50, %size_H : i64
          %v53 = arith.remui %v52, %size_B : i64
          %v54 = arith.divui %v52, %size_B : i64
          %v55 = arith.muli %v53, %size_H : i64
          %v56 = arith.addi %v55, %v51 : i64
          %v57 = arith.muli %v56, %size_DV : i64
          %v58 = arith.addi %v57, %v49 : i64
          %v59 = arith.muli %v58, %v1 : i64
          %v60 = arith.addi %v59, %v38 : i64
          %v61 = arith.index_cast %v40 : i64 to index
          %v62 = arith.index_cast %v2 : i64 to index
          %v63 = arith.index_cast %v1 : i64 to index
          scf.for %v64 = %v61 to %v62 step %v63 {
            %v65 = arith.index_cast %v64 : index to i64
            %v66 = arith.cmpi slt, %v65, %v2 : i64
            scf.if %v66 {
              %v67 = arith.muli %v65, %v43 : i64
              %v68 = arith.addi %v60, %v67 : i64
              %v69 = llvm.getelementptr %part_theta[%v68] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v70 = llvm.load %v69 : !llvm.ptr -> f32
              %v71 = llvm.load %v21 : !llvm.ptr -> f32
              %v72 = arith.addf %v71, %v70 fastmath<contract> : f32
              llvm.store %v72, %v21 : f32, !llvm.ptr
            }
            %v73 = arith.addi %v65, %v2 : i64
            %v74 = arith.cmpi slt, %v73, %v2 : i64
            scf.if %v74 {
              %v75 = arith.muli %v73, %v43 : i64
              %v76 = arith.addi %v60, %v75 : i64
              %v77 = llvm.getelementptr %part_theta[%v76] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v78 = llvm.load %v77 : !llvm.ptr -> f32
              %v79 = llvm.load %v22 : !llvm.ptr -> f32
              %v80 = arith.addf %v79, %v78 fastmath<contract> : f32
              llvm.store %v80, %v22 : f32, !llvm.ptr
            }
            %v82 = arith.addi %v65, %v81 : i64
            %v83 = arith.cmpi slt, %v82, %v2 : i64
            scf.if %v83 {
              %v84 = arith.muli %v82, %v43 : i64
              %v85 = arith.addi %v60, %v84 : i64
              %v86 = llvm.getelementptr %part_theta[%v85] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v87 = llvm.load %v86 : !llvm.ptr -> f32
              %v88 = llvm.load %v23 : !llvm.ptr -> f32
              %v89 = arith.addf %v88, %v87 fastmath<contract> : f32
              llvm.store %v89, %v23 : f32, !llvm.ptr
            }
            %v91 = arith.addi %v65, %v90 : i64
            %v92 = arith.cmpi slt, %v91, %v2 : i64
            scf.if %v92 {
              %v93 = arith.muli %v91, %v43 : i64
              %v94 = arith.addi %v60, %v93 : i64
              %v95 = llvm.getelementptr %part_theta[%v94] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v96 = llvm.load %v95 : !llvm.ptr -> f32
              %v97 = llvm.load %v24 : !llvm.ptr -> f32
              %v98 = arith.addf %v97, %v96 fastmath<contract> : f32
              llvm.store %v98, %v24 : f32, !llvm.ptr
            }
            %v100 = arith.addi %v65, %v99 : i64
            %v101 = arith.cmpi slt, %v100, %v2 : i64
            scf.if %v101 {
              %v102 = arith.muli %v100, %v43 : i64
              %v103 = arith.addi %v60, %v102 : i64
              %v104 = llvm.getelementptr %part_theta[%v103] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v105 = llvm.load %v104 : !llvm.ptr -> f32
              %v106 = llvm.load %v25 : !llvm.ptr -> f32
              %v107 = arith.addf %v106, %v105 fastmath<contract> : f32
              llvm.store %v107, %v25 : f32, !llvm.ptr
            }
            %v109 = arith.addi %v65, %v108 : i64
            %v110 = arith.cmpi slt, %v109, %v2 : i64
            scf.if %v110 {
              %v111 = arith.muli %v109, %v43 : i64
              %v112 = arith.addi %v60, %v111 : i64
              %v113 = llvm.getelementptr %part_theta[%v112] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v114 = llvm.load %v113 : !llvm.ptr -> f32
              %v115 = llvm.load %v26 : !llvm.ptr -> f32
              %v116 = arith.addf %v115, %v114 fastmath<contract> : f32
              llvm.store %v116, %v26 : f32, !llvm.ptr
            }
            %v118 = arith.addi %v65, %v117 : i64
            %v119 = arith.cmpi slt, %v118, %v2 : i64
            scf.if %v119 {
              %v120 = arith.muli %v118, %v43 : i64
              %v121 = arith.addi %v60, %v120 : i64
              %v122 = llvm.getelementptr %part_theta[%v121] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v123 = llvm.load %v122 : !llvm.ptr -> f32
              %v124 = llvm.load %v27 : !llvm.ptr -> f32
              %v125 = arith.addf %v124, %v123 fastmath<contract> : f32
              llvm.store %v125, %v27 : f32, !llvm.ptr
            }
            %v127 = arith.addi %v65, %v126 : i64
            %v128 = arith.cmpi slt, %v127, %v2 : i64
            scf.if %v128 {
              %v129 = arith.muli %v127, %v43 : i64
              %v130 = arith.addi %v60, %v129 : i64
              %v131 = llvm.getelementptr %part_theta[%v130] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v132 = llvm.load %v131 : !llvm.ptr -> f32
              %v133 = llvm.load %v28 : !llvm.ptr -> f32
              %v134 = arith.addf %v133, %v132 fastmath<contract> : f32
              llvm.store %v134, %v28 : f32, !llvm.ptr
            }
            %v136 = arith.addi %v65, %v135 : i64
            %v137 = arith.cmpi slt, %v136, %v2 : i64
            scf.if %v137 {
              %v138 = arith.muli %v136, %v43 : i64
              %v139 = arith.addi %v60, %v138 : i64
              %v140 = llvm.getelementptr %part_theta[%v139] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v141 = llvm.load %v140 : !llvm.ptr -> f32
              %v142 = llvm.load %v29 : !llvm.ptr -> f32
              %v143 = arith.addf %v142, %v141 fastmath<contract> : f32
              llvm.store %v143, %v29 : f32, !llvm.ptr
            }
            %v145 = arith.addi %v65, %v144 : i64
            %v146 = arith.cmpi slt, %v145, %v2 : i64
            scf.if %v146 {
              %v147 = arith.muli %v145, %v43 : i64
              %v148 = arith.addi %v60, %v147 : i64
              %v149 = llvm.getelementptr %part_theta[%v148] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v150 = llvm.load %v149 : !llvm.ptr -> f32
              %v151 = llvm.load %v30 : !llvm.ptr -> f32
              %v152 = arith.addf %v151, %v150 fastmath<contract> : f32
              llvm.store %v152, %v30 : f32, !llvm.ptr
            }
            %v154 = arith.addi %v65, %v153 : i64
            %v155 = arith.cmpi slt, %v154, %v2 : i64
            scf.if %v155 {
              %v156 = arith.muli %v154, %v43 : i64
              %v157 = arith.addi %v60, %v156 : i64
              %v158 = llvm.getelementptr %part_theta[%v157] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v159 = llvm.load %v158 : !llvm.ptr -> f32
              %v160 = llvm.load %v31 : !llvm.ptr -> f32
              %v161 = arith.addf %v160, %v159 fastmath<contract> : f32
              llvm.store %v161, %v31 : f32, !llvm.ptr
            }
            %v163 = arith.addi %v65, %v162 : i64
            %v164 = arith.cmpi slt, %v163, %v2 : i64
            scf.if %v164 {
              %v165 = arith.muli %v163, %v43 : i64
              %v166 = arith.addi %v60, %v165 : i64
              %v167 = llvm.getelementptr %part_theta[%v166] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v168 = llvm.load %v167 : !llvm.ptr -> f32
              %v169 = llvm.load %v32 : !llvm.ptr -> f32
              %v170 = arith.addf %v169, %v168 fastmath<contract> : f32
              llvm.store %v170, %v32 : f32, !llvm.ptr
            }
            %v172 = arith.addi %v65, %v171 : i64
            %v173 = arith.cmpi slt, %v172, %v2 : i64
            scf.if %v173 {
              %v174 = arith.muli %v172, %v43 : i64
              %v175 = arith.addi %v60, %v174 : i64
              %v176 = llvm.getelementptr %part_theta[%v175] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v177 = llvm.load %v176 : !llvm.ptr -> f32
              %v178 = llvm.load %v33 : !llvm.ptr -> f32
              %v179 = arith.addf %v178, %v177 fastmath<contract> : f32
              llvm.store %v179, %v33 : f32, !llvm.ptr
            }
            %v181 = arith.addi %v65, %v180 : i64
            %v182 = arith.cmpi slt, %v181, %v2 : i64
            scf.if %v182 {
              %v183 = arith.muli %v181, %v43 : i64
              %v184 = arith.addi %v60, %v183 : i64
              %v185 = llvm.getelementptr %part_theta[%v184] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v186 = llvm.load %v185 : !llvm.ptr -> f32
              %v187 = llvm.load %v34 : !llvm.ptr -> f32
              %v188 = arith.addf %v187, %v186 fastmath<contract> : f32
              llvm.store %v188, %v34 : f32, !llvm.ptr
            }
            %v190 = arith.addi %v65, %v189 : i64
            %v191 = arith.cmpi slt, %v190, %v2 : i64
            scf.if %v191 {
              %v192 = arith.muli %v190, %v43 : i64
              %v193 = arith.addi %v60, %v192 : i64
              %v194 = llvm.getelementptr %part_theta[%v193] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v195 = llvm.load %v194 : !llvm.ptr -> f32
              %v196 = llvm.load %v35 : !llvm.ptr -> f32
              %v197 = arith.addf %v196, %v195 fastmath<contract> : f32
              llvm.store %v197, %v35 : f32, !llvm.ptr
            }
            %v198 = arith.addi %v65, %v13 : i64
            %v199 = arith.cmpi slt, %v198, %v2 : i64
            scf.if %v199 {
              %v200 = arith.muli %v198, %v43 : i64
              %v201 = arith.addi %v60, %v200 : i64
              %v202 = llvm.getelementptr %part_theta[%v201] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v203 = llvm.load %v202 : !llvm.ptr -> f32
              %v204 = llvm.load %v36 : !llvm.ptr -> f32
              %v205 = arith.addf %v204, %v203 fastmath<contract> : f32
              llvm.store %v205, %v36 : f32, !llvm.ptr
            }
          }
        }
        %v206 = llvm.load %v21 : !llvm.ptr -> f32
        %v207 = llvm.load %v22 : !llvm.ptr -> f32
        %v208 = arith.addf %v206, %v207 fastmath<contract> : f32
        %v209 = llvm.load %v23 : !llvm.ptr -> f32
        %v210 = arith.addf %v208, %v209 fastmath<contract> : f32
        %v211 = llvm.load %v24 : !llvm.ptr -> f32
        %v212 = arith.addf %v210, %v211 fastmath<contract> : f32
        %v213 = llvm.load %v25 : !llvm.ptr -> f32
        %v214 = arith.addf %v212, %v213 fastmath<contract> : f32
        %v215 = llvm.load %v26 : !llvm.ptr -> f32
        %v216 = arith.addf %v214, %v215 fastmath<contract> : f32
        %v217 = llvm.load %v27 : !llvm.ptr -> f32
        %v218 = arith.addf %v216, %v217 fastmath<contract> : f32
        %v219 = llvm.load %v28 : !llvm.ptr -> f32
        %v220 = arith.addf %v218, %v219 fastmath<contract> : f32
        %v221 = llvm.load %v29 : !llvm.ptr -> f32
        %v222 = arith.addf %v220, %v221 fastmath<contract> : f32
        %v223 = llvm.load %v30 : !llvm.ptr -> f32
        %v224 = arith.addf %v222, %v223 fastmath<contract> : f32
        %v225 = llvm.load %v31 : !llvm.ptr -> f32
        %v226 = arith.addf %v224, %v225 fastmath<contract> : f32
        %v227 = llvm.load %v32 : !llvm.ptr -> f32
        %v228 = arith.addf %v226, %v227 fastmath<contract> : f32
        %v229 = llvm.load %v33 : !llvm.ptr -> f32
        %v230 = arith.addf %v228, %v229 fastmath<contract> : f32
        %v231 = llvm.load %v34 : !llvm.ptr -> f32
        %v232 = arith.addf %v230, %v231 fastmath<contract> : f32
        %v233 = llvm.load %v35 : !llvm.ptr -> f32
        %v234 = arith.addf %v232, %v233 fastmath<contract> : f32
        %v235 = llvm.load %v36 : !llvm.ptr -> f32
        %v236 = arith.addf %v234, %v235 fastmath<contract> : f32
        %v237 = llvm.getelementptr %dx_theta[%v11] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v236, %v237 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
