module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @lru_post_reduce_C_im(%part_C_im: !llvm.ptr, %dx_C_im: !llvm.ptr, %size_B: i64, %size_L: i64, %size_M: i64, %size_N: i64) kernel {
      %v1 = arith.constant 16 : i64
      %v2 = arith.constant 1 : i64
      %v3 = arith.muli %size_B, %size_M : i64
      %v4 = arith.muli %size_M, %v1 : i64
      %v9 = arith.constant 256 : i64
      %v19 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v20 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
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
      %v35 = arith.constant 0x00000000 : f32
      %v40 = arith.constant 0 : i64
      %v73 = arith.constant 2 : i64
      %v82 = arith.constant 3 : i64
      %v91 = arith.constant 4 : i64
      %v100 = arith.constant 5 : i64
      %v109 = arith.constant 6 : i64
      %v118 = arith.constant 7 : i64
      %v127 = arith.constant 8 : i64
      %v136 = arith.constant 9 : i64
      %v145 = arith.constant 10 : i64
      %v154 = arith.constant 11 : i64
      %v163 = arith.constant 12 : i64
      %v172 = arith.constant 13 : i64
      %v181 = arith.constant 14 : i64
      %v190 = arith.constant 15 : i64
      %v5 = gpu.block_id x
      %v6 = gpu.thread_id x
      %v7 = arith.index_cast %v6 : index to i64
      %v8 = arith.index_cast %v5 : index to i64
      %v10 = arith.muli %v8, %v9 : i64
      %v11 = arith.addi %v10, %v7 : i64
      %v12 = arith.cmpi slt, %v11, %v4 : i64
      %v13 = arith.subi %v4, %v2 : i64
      %v14 = arith.minsi %v11, %v13 : i64
      %v15 = arith.remui %v14, %size_M : i64
      %v16 = arith.divui %v14, %size_M : i64
      %v17 = arith.remui %v16, %size_B : i64
      %v18 = arith.divui %v16, %size_B : i64
      scf.if %v12 {
        llvm.store %v35, %v19 : f32, !llvm.ptr
        llvm.store %v35, %v20 : f32, !llvm.ptr
        llvm.store %v35, %v21 : f32, !llvm.ptr
        llvm.store %v35, %v22 : f32, !llvm.ptr
        llvm.store %v35, %v23 : f32, !llvm.ptr
        llvm.store %v35, %v24 : f32, !llvm.ptr
        llvm.store %v35, %v25 : f32, !llvm.ptr
        llvm.store %v35, %v26 : f32, !llvm.ptr
        llvm.store %v35, %v27 : f32, !llvm.ptr
        llvm.store %v35, %v28 : f32, !llvm.ptr
        llvm.store %v35, %v29 : f32, !llvm.ptr
        llvm.store %v35, %v30 : f32, !llvm.ptr
        llvm.store %v35, %v31 : f32, !llvm.ptr
        llvm.store %v35, %v32 : f32, !llvm.ptr
        llvm.store %v35, %v33 : f32, !llvm.ptr
        llvm.store %v35, %v34 : f32, !llvm.ptr
        %v36 = arith.remui %v11, %v1 : i64
        %v37 = arith.divui %v11, %v1 : i64
        %v38 = arith.remui %v37, %size_M : i64
        %v39 = arith.divui %v37, %size_M : i64
        %v41 = arith.muli %v3, %v1 : i64
        %v42 = arith.index_cast %v40 : i64 to index
        %v43 = arith.index_cast %size_B : i64 to index
        %v44 = arith.index_cast %v2 : i64 to index
        scf.for %v45 = %v42 to %v43 step %v44 {
          %v46 = arith.index_cast %v45 : index to i64
          %v47 = arith.remui %v46, %size_B : i64
          %v48 = arith.divui %v46, %size_B : i64
          %v49 = arith.muli %v47, %size_M : i64
          %v50 = arith.addi %v49, %v38 : i64
          %v51 = arith.muli %v50, %v1 : i64
          %v52 = arith.addi %v51, %v36 : i64
          %v53 = arith.index_cast %v40 : i64 to index
          %v54 = arith.index_cast %v2 : i64 to index
          %v55 = arith.index_cast %v1 : i64 to index
          scf.for %v56 = %v53 to %v54 step %v55 {
            %v57 = arith.index_cast %v56 : index to i64
            %v58 = arith.cmpi slt, %v57, %v2 : i64
            scf.if %v58 {
              %v59 = arith.muli %v57, %v41 : i64
              %v60 = arith.addi %v52, %v59 : i64
              %v61 = llvm.getelementptr %part_C_im[%v60] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v62 = llvm.load %v61 : !llvm.ptr -> f32
              %v63 = llvm.load %v19 : !llvm.ptr -> f32
              %v64 = arith.addf %v63, %v62 fastmath<contract> : f32
              llvm.store %v64, %v19 : f32, !llvm.ptr
            }
            %v65 = arith.addi %v57, %v2 : i64
            %v66 = arith.cmpi slt, %v65, %v2 : i64
            scf.if %v66 {
              %v67 = arith.muli %v65, %v41 : i64
              %v68 = arith.addi %v52, %v67 : i64
              %v69 = llvm.getelementptr %part_C_im[%v68] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v70 = llvm.load %v69 : !llvm.ptr -> f32
              %v71 = llvm.load %v20 : !llvm.ptr -> f32
              %v72 = arith.addf %v71, %v70 fastmath<contract> : f32
              llvm.store %v72, %v20 : f32, !llvm.ptr
            }
            %v74 = arith.addi %v57, %v73 : i64
            %v75 = arith.cmpi slt, %v74, %v2 : i64
            scf.if %v75 {
              %v76 = arith.muli %v74, %v41 : i64
              %v77 = arith.addi %v52, %v76 : i64
              %v78 = llvm.getelementptr %part_C_im[%v77] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v79 = llvm.load %v78 : !llvm.ptr -> f32
              %v80 = llvm.load %v21 : !llvm.ptr -> f32
              %v81 = arith.addf %v80, %v79 fastmath<contract> : f32
              llvm.store %v81, %v21 : f32, !llvm.ptr
            }
            %v83 = arith.addi %v57, %v82 : i64
            %v84 = arith.cmpi slt, %v83, %v2 : i64
            scf.if %v84 {
              %v85 = arith.muli %v83, %v41 : i64
              %v86 = arith.addi %v52, %v85 : i64
              %v87 = llvm.getelementptr %part_C_im[%v86] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v88 = llvm.load %v87 : !llvm.ptr -> f32
              %v89 = llvm.load %v22 : !llvm.ptr -> f32
              %v90 = arith.addf %v89, %v88 fastmath<contract> : f32
              llvm.store %v90, %v22 : f32, !llvm.ptr
            }
            %v92 = arith.addi %v57, %v91 : i64
            %v93 = arith.cmpi slt, %v92, %v2 : i64
            scf.if %v93 {
              %v94 = arith.muli %v92, %v41 : i64
              %v95 = arith.addi %v52, %v94 : i64
              %v96 = llvm.getelementptr %part_C_im[%v95] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v97 = llvm.load %v96 : !llvm.ptr -> f32
              %v98 = llvm.load %v23 : !llvm.ptr -> f32
              %v99 = arith.addf %v98, %v97 fastmath<contract> : f32
              llvm.store %v99, %v23 : f32, !llvm.ptr
            }
            %v101 = arith.addi %v57, %v100 : i64
            %v102 = arith.cmpi slt, %v101, %v2 : i64
            scf.if %v102 {
              %v103 = arith.muli %v101, %v41 : i64
              %v104 = arith.addi %v52, %v103 : i64
              %v105 = llvm.getelementptr %part_C_im[%v104] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v106 = llvm.load %v105 : !llvm.ptr -> f32
              %v107 = llvm.load %v24 : !llvm.ptr -> f32
              %v108 = arith.addf %v107, %v106 fastmath<contract> : f32
              llvm.store %v108, %v24 : f32, !llvm.ptr
            }
            %v110 = arith.addi %v57, %v109 : i64
            %v111 = arith.cmpi slt, %v110, %v2 : i64
            scf.if %v111 {
              %v112 = arith.muli %v110, %v41 : i64
              %v113 = arith.addi %v52, %v112 : i64
              %v114 = llvm.getelementptr %part_C_im[%v113] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v115 = llvm.load %v114 : !llvm.ptr -> f32
              %v116 = llvm.load %v25 : !llvm.ptr -> f32
              %v117 = arith.addf %v116, %v115 fastmath<contract> : f32
              llvm.store %v117, %v25 : f32, !llvm.ptr
            }
            %v119 = arith.addi %v57, %v118 : i64
            %v120 = arith.cmpi slt, %v119, %v2 : i64
            scf.if %v120 {
              %v121 = arith.muli %v119, %v41 : i64
              %v122 = arith.addi %v52, %v121 : i64
              %v123 = llvm.getelementptr %part_C_im[%v122] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v124 = llvm.load %v123 : !llvm.ptr -> f32
              %v125 = llvm.load %v26 : !llvm.ptr -> f32
              %v126 = arith.addf %v125, %v124 fastmath<contract> : f32
              llvm.store %v126, %v26 : f32, !llvm.ptr
            }
            %v128 = arith.addi %v57, %v127 : i64
            %v129 = arith.cmpi slt, %v128, %v2 : i64
            scf.if %v129 {
              %v130 = arith.muli %v128, %v41 : i64
              %v131 = arith.addi %v52, %v130 : i64
              %v132 = llvm.getelementptr %part_C_im[%v131] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v133 = llvm.load %v132 : !llvm.ptr -> f32
              %v134 = llvm.load %v27 : !llvm.ptr -> f32
              %v135 = arith.addf %v134, %v133 fastmath<contract> : f32
              llvm.store %v135, %v27 : f32, !llvm.ptr
            }
            %v137 = arith.addi %v57, %v136 : i64
            %v138 = arith.cmpi slt, %v137, %v2 : i64
            scf.if %v138 {
              %v139 = arith.muli %v137, %v41 : i64
              %v140 = arith.addi %v52, %v139 : i64
              %v141 = llvm.getelementptr %part_C_im[%v140] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v142 = llvm.load %v141 : !llvm.ptr -> f32
              %v143 = llvm.load %v28 : !llvm.ptr -> f32
              %v144 = arith.addf %v143, %v142 fastmath<contract> : f32
              llvm.store %v144, %v28 : f32, !llvm.ptr
            }
            %v146 = arith.addi %v57, %v145 : i64
            %v147 = arith.cmpi slt, %v146, %v2 : i64
            scf.if %v147 {
              %v148 = arith.muli %v146, %v41 : i64
              %v149 = arith.addi %v52, %v148 : i64
              %v150 = llvm.getelementptr %part_C_im[%v149] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v151 = llvm.load %v150 : !llvm.ptr -> f32
              %v152 = llvm.load %v29 : !llvm.ptr -> f32
              %v153 = arith.addf %v152, %v151 fastmath<contract> : f32
              llvm.store %v153, %v29 : f32, !llvm.ptr
            }
            %v155 = arith.addi %v57, %v154 : i64
            %v156 = arith.cmpi slt, %v155, %v2 : i64
            scf.if %v156 {
              %v157 = arith.muli %v155, %v41 : i64
              %v158 = arith.addi %v52, %v157 : i64
              %v159 = llvm.getelementptr %part_C_im[%v158] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v160 = llvm.load %v159 : !llvm.ptr -> f32
              %v161 = llvm.load %v30 : !llvm.ptr -> f32
              %v162 = arith.addf %v161, %v160 fastmath<contract> : f32
              llvm.store %v162, %v30 : f32, !llvm.ptr
            }
            %v164 = arith.addi %v57, %v163 : i64
            %v165 = arith.cmpi slt, %v164, %v2 : i64
            scf.if %v165 {
              %v166 = arith.muli %v164, %v41 : i64
              %v167 = arith.addi %v52, %v166 : i64
              %v168 = llvm.getelementptr %part_C_im[%v167] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v169 = llvm.load %v168 : !llvm.ptr -> f32
              %v170 = llvm.load %v31 : !llvm.ptr -> f32
              %v171 = arith.addf %v170, %v169 fastmath<contract> : f32
              llvm.store %v171, %v31 : f32, !llvm.ptr
            }
            %v173 = arith.addi %v57, %v172 : i64
            %v174 = arith.cmpi slt, %v173, %v2 : i64
            scf.if %v174 {
              %v175 = arith.muli %v173, %v41 : i64
              %v176 = arith.addi %v52, %v175 : i64
              %v177 = llvm.getelementptr %part_C_im[%v176] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v178 = llvm.load %v177 : !llvm.ptr -> f32
              %v179 = llvm.load %v32 : !llvm.ptr -> f32
              %v180 = arith.addf %v179, %v178 fastmath<contract> : f32
              llvm.store %v180, %v32 : f32, !llvm.ptr
            }
            %v182 = arith.addi %v57, %v181 : i64
            %v183 = arith.cmpi slt, %v182, %v2 : i64
            scf.if %v183 {
              %v184 = arith.muli %v182, %v41 : i64
              %v185 = arith.addi %v52, %v184 : i64
              %v186 = llvm.getelementptr %part_C_im[%v185] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v187 = llvm.load %v186 : !llvm.ptr -> f32
              %v188 = llvm.load %v33 : !llvm.ptr -> f32
              %v189 = arith.addf %v188, %v187 fastmath<contract> : f32
              llvm.store %v189, %v33 : f32, !llvm.ptr
            }
            %v191 = arith.addi %v57, %v190 : i64
            %v192 = arith.cmpi slt, %v191, %v2 : i64
            scf.if %v192 {
              %v193 = arith.muli %v191, %v41 : i64
              %v194 = arith.addi %v52, %v193 : i64
              %v195 = llvm.getelementptr %part_C_im[%v194] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v196 = llvm.load %v195 : !llvm.ptr -> f32
              %v197 = llvm.load %v34 : !llvm.ptr -> f32
              %v198 = arith.addf %v197, %v196 fastmath<contract> : f32
              llvm.store %v198, %v34 : f32, !llvm.ptr
            }
          }
        }
        %v199 = llvm.load %v19 : !llvm.ptr -> f32
        %v200 = llvm.load %v20 : !llvm.ptr -> f32
        %v201 = arith.addf %v199, %v200 fastmath<contract> : f32
        %v202 = llvm.load %v21 : !llvm.ptr -> f32
        %v203 = arith.addf %v201, %v202 fastmath<contract> : f32
        %v204 = llvm.load %v22 : !llvm.ptr -> f32
        %v205 = arith.addf %v203, %v204 fastmath<contract> : f32
        %v206 = llvm.load %v23 : !llvm.ptr -> f32
        %v207 = arith.addf %v205, %v206 fastmath<contract> : f32
        %v208 = llvm.load %v24 : !llvm.ptr -> f32
        %v209 = arith.addf %v207, %v208 fastmath<contract> : f32
        %v210 = llvm.load %v25 : !llvm.ptr -> f32
        %v211 = arith.addf %v209, %v210 fastmath<contract> : f32
        %v212 = llvm.load %v26 : !llvm.ptr -> f32
        %v213 = arith.addf %v211, %v212 fastmath<contract> : f32
        %v214 = llvm.load %v27 : !llvm.ptr -> f32
        %v215 = arith.addf %v213, %v214 fastmath<contract> : f32
        %v216 = llvm.load %v28 : !llvm.ptr -> f32
        %v217 = arith.addf %v215, %v216 fastmath<contract> : f32
        %v218 = llvm.load %v29 : !llvm.ptr -> f32
        %v219 = arith.addf %v217, %v218 fastmath<contract> : f32
        %v220 = llvm.load %v30 : !llvm.ptr -> f32
        %v221 = arith.addf %v219, %v220 fastmath<contract> : f32
        %v222 = llvm.load %v31 : !llvm.ptr -> f32
        %v223 = arith.addf %v221, %v222 fastmath<contract> : f32
        %v224 = llvm.load %v32 : !llvm.ptr -> f32
        %v225 = arith.addf %v223, %v224 fastmath<contract> : f32
        %v226 = llvm.load %v33 : !llvm.ptr -> f32
        %v227 = arith.addf %v225, %v226 fastmath<contract> : f32
        %v228 = llvm.load %v34 : !llvm.ptr -> f32
        %v229 = arith.addf %v227, %v228 fastmath<contract> : f32
        %v230 = llvm.getelementptr %dx_C_im[%v11] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v229, %v230 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
