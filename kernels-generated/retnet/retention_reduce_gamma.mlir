module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @retention_reduce_gamma(%part_gamma: !llvm.ptr, %dx_gamma: !llvm.ptr, %size_B: i64, %size_L: i64, %size_H: i64, %size_DK: i64, %size_DV: i64) kernel {
      %v1 = arith.constant 16 : i64
      %v2 = arith.constant 1 : i64
      %v3 = arith.muli %size_B, %size_H : i64
      %v4 = arith.muli %v3, %size_DV : i64
      %v9 = arith.constant 256 : i64
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
      %v75 = arith.constant 2 : i64
      %v84 = arith.constant 3 : i64
      %v93 = arith.constant 4 : i64
      %v102 = arith.constant 5 : i64
      %v111 = arith.constant 6 : i64
      %v120 = arith.constant 7 : i64
      %v129 = arith.constant 8 : i64
      %v138 = arith.constant 9 : i64
      %v147 = arith.constant 10 : i64
      %v156 = arith.constant 11 : i64
      %v165 = arith.constant 12 : i64
      %v174 = arith.constant 13 : i64
      %v183 = arith.constant 14 : i64
      %v192 = arith.constant 15 : i64
      %v5 = gpu.block_id x
      %v6 = gpu.thread_id x
      %v7 = arith.index_cast %v6 : index to i64
      %v8 = arith.index_cast %v5 : index to i64
      %v10 = arith.muli %v8, %v9 : i64
      %v11 = arith.addi %v10, %v7 : i64
      %v12 = arith.cmpi slt, %v11, %size_H : i64
      %v13 = arith.subi %size_H, %v2 : i64
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
        %v38 = arith.remui %v11, %size_H : i64
        %v39 = arith.divui %v11, %size_H : i64
        %v41 = arith.muli %size_B, %size_DV : i64
        %v42 = arith.index_cast %v40 : i64 to index
        %v43 = arith.index_cast %v41 : i64 to index
        %v44 = arith.index_cast %v2 : i64 to index
        scf.for %v45 = %v42 to %v43 step %v44 {
          %v46 = arith.index_cast %v45 : index to i64
          %v47 = arith.remui %v46, %size_DV : i64
          %v48 = arith.divui %v46, %size_DV : i64
          %v49 = arith.remui %v48, %size_B : i64
          %v50 = arith.divui %v48, %size_B : i64
          %v51 = arith.muli %v49, %size_H : i64
          %v52 = arith.addi %v51, %v38 : i64
          %v53 = arith.muli %v52, %size_DV : i64
          %v54 = arith.addi %v53, %v47 : i64
          %v55 = arith.index_cast %v40 : i64 to index
          %v56 = arith.index_cast %v2 : i64 to index
          %v57 = arith.index_cast %v1 : i64 to index
          scf.for %v58 = %v55 to %v56 step %v57 {
            %v59 = arith.index_cast %v58 : index to i64
            %v60 = arith.cmpi slt, %v59, %v2 : i64
            scf.if %v60 {
              %v61 = arith.muli %v59, %v4 : i64
              %v62 = arith.addi %v54, %v61 : i64
              %v63 = llvm.getelementptr %part_gamma[%v62] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v64 = llvm.load %v63 : !llvm.ptr -> f32
              %v65 = llvm.load %v21 : !llvm.ptr -> f32
              %v66 = arith.addf %v65, %v64 fastmath<contract> : f32
              llvm.store %v66, %v21 : f32, !llvm.ptr
            }
            %v67 = arith.addi %v59, %v2 : i64
            %v68 = arith.cmpi slt, %v67, %v2 : i64
            scf.if %v68 {
              %v69 = arith.muli %v67, %v4 : i64
              %v70 = arith.addi %v54, %v69 : i64
              %v71 = llvm.getelementptr %part_gamma[%v70] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v72 = llvm.load %v71 : !llvm.ptr -> f32
              %v73 = llvm.load %v22 : !llvm.ptr -> f32
              %v74 = arith.addf %v73, %v72 fastmath<contract> : f32
              llvm.store %v74, %v22 : f32, !llvm.ptr
            }
            %v76 = arith.addi %v59, %v75 : i64
            %v77 = arith.cmpi slt, %v76, %v2 : i64
            scf.if %v77 {
              %v78 = arith.muli %v76, %v4 : i64
              %v79 = arith.addi %v54, %v78 : i64
              %v80 = llvm.getelementptr %part_gamma[%v79] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v81 = llvm.load %v80 : !llvm.ptr -> f32
              %v82 = llvm.load %v23 : !llvm.ptr -> f32
              %v83 = arith.addf %v82, %v81 fastmath<contract> : f32
              llvm.store %v83, %v23 : f32, !llvm.ptr
            }
            %v85 = arith.addi %v59, %v84 : i64
            %v86 = arith.cmpi slt, %v85, %v2 : i64
            scf.if %v86 {
              %v87 = arith.muli %v85, %v4 : i64
              %v88 = arith.addi %v54, %v87 : i64
              %v89 = llvm.getelementptr %part_gamma[%v88] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v90 = llvm.load %v89 : !llvm.ptr -> f32
              %v91 = llvm.load %v24 : !llvm.ptr -> f32
              %v92 = arith.addf %v91, %v90 fastmath<contract> : f32
              llvm.store %v92, %v24 : f32, !llvm.ptr
            }
            %v94 = arith.addi %v59, %v93 : i64
            %v95 = arith.cmpi slt, %v94, %v2 : i64
            scf.if %v95 {
              %v96 = arith.muli %v94, %v4 : i64
              %v97 = arith.addi %v54, %v96 : i64
              %v98 = llvm.getelementptr %part_gamma[%v97] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v99 = llvm.load %v98 : !llvm.ptr -> f32
              %v100 = llvm.load %v25 : !llvm.ptr -> f32
              %v101 = arith.addf %v100, %v99 fastmath<contract> : f32
              llvm.store %v101, %v25 : f32, !llvm.ptr
            }
            %v103 = arith.addi %v59, %v102 : i64
            %v104 = arith.cmpi slt, %v103, %v2 : i64
            scf.if %v104 {
              %v105 = arith.muli %v103, %v4 : i64
              %v106 = arith.addi %v54, %v105 : i64
              %v107 = llvm.getelementptr %part_gamma[%v106] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v108 = llvm.load %v107 : !llvm.ptr -> f32
              %v109 = llvm.load %v26 : !llvm.ptr -> f32
              %v110 = arith.addf %v109, %v108 fastmath<contract> : f32
              llvm.store %v110, %v26 : f32, !llvm.ptr
            }
            %v112 = arith.addi %v59, %v111 : i64
            %v113 = arith.cmpi slt, %v112, %v2 : i64
            scf.if %v113 {
              %v114 = arith.muli %v112, %v4 : i64
              %v115 = arith.addi %v54, %v114 : i64
              %v116 = llvm.getelementptr %part_gamma[%v115] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v117 = llvm.load %v116 : !llvm.ptr -> f32
              %v118 = llvm.load %v27 : !llvm.ptr -> f32
              %v119 = arith.addf %v118, %v117 fastmath<contract> : f32
              llvm.store %v119, %v27 : f32, !llvm.ptr
            }
            %v121 = arith.addi %v59, %v120 : i64
            %v122 = arith.cmpi slt, %v121, %v2 : i64
            scf.if %v122 {
              %v123 = arith.muli %v121, %v4 : i64
              %v124 = arith.addi %v54, %v123 : i64
              %v125 = llvm.getelementptr %part_gamma[%v124] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v126 = llvm.load %v125 : !llvm.ptr -> f32
              %v127 = llvm.load %v28 : !llvm.ptr -> f32
              %v128 = arith.addf %v127, %v126 fastmath<contract> : f32
              llvm.store %v128, %v28 : f32, !llvm.ptr
            }
            %v130 = arith.addi %v59, %v129 : i64
            %v131 = arith.cmpi slt, %v130, %v2 : i64
            scf.if %v131 {
              %v132 = arith.muli %v130, %v4 : i64
              %v133 = arith.addi %v54, %v132 : i64
              %v134 = llvm.getelementptr %part_gamma[%v133] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v135 = llvm.load %v134 : !llvm.ptr -> f32
              %v136 = llvm.load %v29 : !llvm.ptr -> f32
              %v137 = arith.addf %v136, %v135 fastmath<contract> : f32
              llvm.store %v137, %v29 : f32, !llvm.ptr
            }
            %v139 = arith.addi %v59, %v138 : i64
            %v140 = arith.cmpi slt, %v139, %v2 : i64
            scf.if %v140 {
              %v141 = arith.muli %v139, %v4 : i64
              %v142 = arith.addi %v54, %v141 : i64
              %v143 = llvm.getelementptr %part_gamma[%v142] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v144 = llvm.load %v143 : !llvm.ptr -> f32
              %v145 = llvm.load %v30 : !llvm.ptr -> f32
              %v146 = arith.addf %v145, %v144 fastmath<contract> : f32
              llvm.store %v146, %v30 : f32, !llvm.ptr
            }
            %v148 = arith.addi %v59, %v147 : i64
            %v149 = arith.cmpi slt, %v148, %v2 : i64
            scf.if %v149 {
              %v150 = arith.muli %v148, %v4 : i64
              %v151 = arith.addi %v54, %v150 : i64
              %v152 = llvm.getelementptr %part_gamma[%v151] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v153 = llvm.load %v152 : !llvm.ptr -> f32
              %v154 = llvm.load %v31 : !llvm.ptr -> f32
              %v155 = arith.addf %v154, %v153 fastmath<contract> : f32
              llvm.store %v155, %v31 : f32, !llvm.ptr
            }
            %v157 = arith.addi %v59, %v156 : i64
            %v158 = arith.cmpi slt, %v157, %v2 : i64
            scf.if %v158 {
              %v159 = arith.muli %v157, %v4 : i64
              %v160 = arith.addi %v54, %v159 : i64
              %v161 = llvm.getelementptr %part_gamma[%v160] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v162 = llvm.load %v161 : !llvm.ptr -> f32
              %v163 = llvm.load %v32 : !llvm.ptr -> f32
              %v164 = arith.addf %v163, %v162 fastmath<contract> : f32
              llvm.store %v164, %v32 : f32, !llvm.ptr
            }
            %v166 = arith.addi %v59, %v165 : i64
            %v167 = arith.cmpi slt, %v166, %v2 : i64
            scf.if %v167 {
              %v168 = arith.muli %v166, %v4 : i64
              %v169 = arith.addi %v54, %v168 : i64
              %v170 = llvm.getelementptr %part_gamma[%v169] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v171 = llvm.load %v170 : !llvm.ptr -> f32
              %v172 = llvm.load %v33 : !llvm.ptr -> f32
              %v173 = arith.addf %v172, %v171 fastmath<contract> : f32
              llvm.store %v173, %v33 : f32, !llvm.ptr
            }
            %v175 = arith.addi %v59, %v174 : i64
            %v176 = arith.cmpi slt, %v175, %v2 : i64
            scf.if %v176 {
              %v177 = arith.muli %v175, %v4 : i64
              %v178 = arith.addi %v54, %v177 : i64
              %v179 = llvm.getelementptr %part_gamma[%v178] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v180 = llvm.load %v179 : !llvm.ptr -> f32
              %v181 = llvm.load %v34 : !llvm.ptr -> f32
              %v182 = arith.addf %v181, %v180 fastmath<contract> : f32
              llvm.store %v182, %v34 : f32, !llvm.ptr
            }
            %v184 = arith.addi %v59, %v183 : i64
            %v185 = arith.cmpi slt, %v184, %v2 : i64
            scf.if %v185 {
              %v186 = arith.muli %v184, %v4 : i64
              %v187 = arith.addi %v54, %v186 : i64
              %v188 = llvm.getelementptr %part_gamma[%v187] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v189 = llvm.load %v188 : !llvm.ptr -> f32
              %v190 = llvm.load %v35 : !llvm.ptr -> f32
              %v191 = arith.addf %v190, %v189 fastmath<contract> : f32
              llvm.store %v191, %v35 : f32, !llvm.ptr
            }
            %v193 = arith.addi %v59, %v192 : i64
            %v194 = arith.cmpi slt, %v193, %v2 : i64
            scf.if %v194 {
              %v195 = arith.muli %v193, %v4 : i64
              %v196 = arith.addi %v54, %v195 : i64
              %v197 = llvm.getelementptr %part_gamma[%v196] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v198 = llvm.load %v197 : !llvm.ptr -> f32
              %v199 = llvm.load %v36 : !llvm.ptr -> f32
              %v200 = arith.addf %v199, %v198 fastmath<contract> : f32
              llvm.store %v200, %v36 : f32, !llvm.ptr
            }
          }
        }
        %v201 = llvm.load %v21 : !llvm.ptr -> f32
        %v202 = llvm.load %v22 : !llvm.ptr -> f32
        %v203 = arith.addf %v201, %v202 fastmath<contract> : f32
        %v204 = llvm.load %v23 : !llvm.ptr -> f32
        %v205 = arith.addf %v203, %v204 fastmath<contract> : f32
        %v206 = llvm.load %v24 : !llvm.ptr -> f32
        %v207 = arith.addf %v205, %v206 fastmath<contract> : f32
        %v208 = llvm.load %v25 : !llvm.ptr -> f32
        %v209 = arith.addf %v207, %v208 fastmath<contract> : f32
        %v210 = llvm.load %v26 : !llvm.ptr -> f32
        %v211 = arith.addf %v209, %v210 fastmath<contract> : f32
        %v212 = llvm.load %v27 : !llvm.ptr -> f32
        %v213 = arith.addf %v211, %v212 fastmath<contract> : f32
        %v214 = llvm.load %v28 : !llvm.ptr -> f32
        %v215 = arith.addf %v213, %v214 fastmath<contract> : f32
        %v216 = llvm.load %v29 : !llvm.ptr -> f32
        %v217 = arith.addf %v215, %v216 fastmath<contract> : f32
        %v218 = llvm.load %v30 : !llvm.ptr -> f32
        %v219 = arith.addf %v217, %v218 fastmath<contract> : f32
        %v220 = llvm.load %v31 : !llvm.ptr -> f32
        %v221 = arith.addf %v219, %v220 fastmath<contract> : f32
        %v222 = llvm.load %v32 : !llvm.ptr -> f32
        %v223 = arith.addf %v221, %v222 fastmath<contract> : f32
        %v224 = llvm.load %v33 : !llvm.ptr -> f32
        %v225 = arith.addf %v223, %v224 fastmath<contract> : f32
        %v226 = llvm.load %v34 : !llvm.ptr -> f32
        %v227 = arith.addf %v225, %v226 fastmath<contract> : f32
        %v228 = llvm.load %v35 : !llvm.ptr -> f32
        %v229 = arith.addf %v227, %v228 fastmath<contract> : f32
        %v230 = llvm.load %v36 : !llvm.ptr -> f32
        %v231 = arith.addf %v229, %v230 fastmath<contract> : f32
        %v232 = llvm.getelementptr %dx_gamma[%v11] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v231, %v232 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
