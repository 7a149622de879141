module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @bimamba_reverse_reduce_dt_bias(%part_dt_bias: !llvm.ptr, %dx_dt_bias: !llvm.ptr, %size_B: i64, %size_D: i64, %size_L: i64, %size_N: i64) kernel {
      %v1 = arith.constant 16 : i64
      %v2 = arith.constant 1 : i64
      %v3 = arith.muli %size_B, %size_D : i64
      %v8 = arith.constant 256 : i64
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
      %v38 = arith.constant 0 : i64
      %v68 = arith.constant 2 : i64
      %v77 = arith.constant 3 : i64
      %v86 = arith.constant 4 : i64
      %v95 = arith.constant 5 : i64
      %v104 = arith.constant 6 : i64
      %v113 = arith.constant 7 : i64
      %v122 = arith.constant 8 : i64
      %v131 = arith.constant 9 : i64
      %v140 = arith.constant 10 : i64
      %v149 = arith.constant 11 : i64
      %v158 = arith.constant 12 : i64
      %v167 = arith.constant 13 : i64
      %v176 = arith.constant 14 : i64
      %v185 = arith.constant 15 : i64
      %v4 = gpu.block_id x
      %v5 = gpu.thread_id x
      %v6 = arith.index_cast %v5 : index to i64
      %v7 = arith.index_cast %v4 : index to i64
      %v9 = arith.muli %v7, %v8 : i64
      %v10 = arith.addi %v9, %v6 : i64
      %v11 = arith.cmpi slt, %v10, %size_D : i64
      %v12 = arith.subi %size_D, %v2 : i64
      %v13 = arith.minsi %v10, %v12 : i64
      %v14 = arith.remui %v13, %size_D : i64
      %v15 = arith.divui %v13, %size_D : i64
      %v16 = arith.remui %v15, %size_B : i64
      %v17 = arith.divui %v15, %size_B : i64
      scf.if %v11 {
        %v18 = arith.constant true
        scf.if %v18 {
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
          %v36 = arith.remui %v10, %size_D : i64
          %v37 = arith.divui %v10, %size_D : i64
          %v39 = arith.index_cast %v38 : i64 to index
          %v40 = arith.index_cast %size_B : i64 to index
          %v41 = arith.index_cast %v2 : i64 to index
          scf.for %v42 = %v39 to %v40 step %v41 {
            %v43 = arith.index_cast %v42 : index to i64
            %v44 = arith.remui %v43, %size_B : i64
            %v45 = arith.divui %v43, %size_B : i64
            %v46 = arith.muli %v44, %size_D : i64
            %v47 = arith.addi %v46, %v36 : i64
            %v48 = arith.index_cast %v38 : i64 to index
            %v49 = arith.index_cast %v2 : i64 to index
            %v50 = arith.index_cast %v1 : i64 to index
            scf.for %v51 = %v48 to %v49 step %v50 {
              %v52 = arith.index_cast %v51 : index to i64
              %v53 = arith.cmpi slt, %v52, %v2 : i64
              scf.if %v53 {
                %v54 = arith.muli %v52, %v3 : i64
                %v55 = arith.addi %v47, %v54 : i64
                %v56 = llvm.getelementptr %part_dt_bias[%v55] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v57 = llvm.load %v56 : !llvm.ptr -> f32
                %v58 = llvm.load %v19 : !llvm.ptr -> f32
                %v59 = arith.addf %v58, %v57 fastmath<contract> : f32
                llvm.store %v59, %v19 : f32, !llvm.ptr
              }
              %v60 = arith.addi %v52, %v2 : i64
              %v61 = arith.cmpi slt, %v60, %v2 : i64
              scf.if %v61 {
                %v62 = arith.muli %v60, %v3 : i64
                %v63 = arith.addi %v47, %v62 : i64
                %v64 = llvm.getelementptr %part_dt_bias[%v63] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v65 = llvm.load %v64 : !llvm.ptr -> f32
                %v66 = llvm.load %v20 : !llvm.ptr -> f32
                %v67 = arith.addf %v66, %v65 fastmath<contract> : f32
                llvm.store %v67, %v20 : f32, !llvm.ptr
              }
              %v69 = arith.addi %v52, %v68 : i64
              %v70 = arith.cmpi slt, %v69, %v2 : i64
              scf.if %v70 {
                %v71 = arith.muli %v69, %v3 : i64
                %v72 = arith.addi %v47, %v71 : i64
                %v73 = llvm.getelementptr %part_dt_bias[%v72] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v74 = llvm.load %v73 : !llvm.ptr -> f32
                %v75 = llvm.load %v21 : !llvm.ptr -> f32
                %v76 = arith.addf %v75, %v74 fastmath<contract> : f32
                llvm.store %v76, %v21 : f32, !llvm.ptr
              }
              %v78 = arith.addi %v52, %v77 : i64
              %v79 = arith.cmpi slt, %v78, %v2 : i64
              scf.if %v79 {
                %v80 = arith.muli %v78, %v3 : i64
                %v81 = arith.addi %v47, %v80 : i64
                %v82 = llvm.getelementptr %part_dt_bias[%v81] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v83 = llvm.load %v82 : !llvm.ptr -> f32
                %v84 = llvm.load %v22 : !llvm.ptr -> f32
                %v85 = arith.addf %v84, %v83 fastmath<contract> : f32
                llvm.store %v85, %v22 : f32, !llvm.ptr
              }
              %v87 = arith.addi %v52, %v86 : i64
              %v88 = arith.cmpi slt, %v87, %v2 : i64
              scf.if %v88 {
                %v89 = arith.muli %v87, %v3 : i64
                %v90 = arith.addi %v47, %v89 : i64
                %v91 = llvm.getelementptr %part_dt_bias[%v90] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v92 = llvm.load %v91 : !llvm.ptr -> f32
                %v93 = llvm.load %v23 : !llvm.ptr -> f32
                %v94 = arith.addf %v93, %v92 fastmath<contract> : f32
                llvm.store %v94, %v23 : f32, !llvm.ptr
              }
              %v96 = arith.addi %v52, %v95 : i64
              %v97 = arith.cmpi slt, %v96, %v2 : i64
              scf.if %v97 {
                %v98 = arith.muli %v96, %v3 : i64
                %v99 = arith.addi %v47, %v98 : i64
                %v100 = llvm.getelementptr %part_dt_bias[%v99] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v101 = llvm.load %v100 : !llvm.ptr -> f32
                %v102 = llvm.load %v24 : !llvm.ptr -> f32
                %v103 = arith.addf %v102, %v101 fastmath<contract> : f32
                llvm.store %v103, %v24 : f32, !llvm.ptr
              }
              %v105 = arith.addi %v52, %v104 : i64
              %v106 = arith.cmpi slt, %v105, %v2 : i64
              scf.if %v106 {
                %v107 = arith.muli %v105, %v3 : i64
                %v108 = arith.addi %v47, %v107 : i64
                %v109 = llvm.getelementptr %part_dt_bias[%v108] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v110 = llvm.load %v109 : !llvm.ptr -> f32
                %v111 = llvm.load %v25 : !llvm.ptr -> f32
                %v112 = arith.addf %v111, %v110 fastmath<contract> : f32
                llvm.store %v112, %v25 : f32, !llvm.ptr
              }
              %v114 = arith.addi %v52, %v113 : i64
              %v115 = arith.cmpi slt, %v114, %v2 : i64
              scf.if %v115 {
                %v116 = arith.muli %v114, %v3 : i64
                %v117 = arith.addi %v47, %v116 : i64
                %v118 = llvm.getelementptr %part_dt_bias[%v117] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v119 = llvm.load %v118 : !llvm.ptr -> f32
                %v120 = llvm.load %v26 : !llvm.ptr -> f32
                %v121 = arith.addf %v120, %v119 fastmath<contract> : f32
                llvm.store %v121, %v26 : f32, !llvm.ptr
              }
              %v123 = arith.addi %v52, %v122 : i64
              %v124 = arith.cmpi slt, %v123, %v2 : i64
              scf.if %v124 {
                %v125 = arith.muli %v123, %v3 : i64
                %v126 = arith.addi %v47, %v125 : i64
                %v127 = llvm.getelementptr %part_dt_bias[%v126] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v128 = llvm.load %v127 : !llvm.ptr -> f32
                %v129 = llvm.load %v27 : !llvm.ptr -> f32
                %v130 = arith.addf %v129, %v128 fastmath<contract> : f32
                llvm.store %v130, %v27 : f32, !llvm.ptr
              }
              %v132 = arith.addi %v52, %v131 : i64
              %v133 = arith.cmpi slt, %v132, %v2 : i64
              scf.if %v133 {
                %v134 = arith.muli %v132, %v3 : i64
                %v135 = arith.addi %v47, %v134 : i64
                %v136 = llvm.getelementptr %part_dt_bias[%v135] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v137 = llvm.load %v136 : !llvm.ptr -> f32
                %v138 = llvm.load %v28 : !llvm.ptr -> f32
                %v139 = arith.addf %v138, %v137 fastmath<contract> : f32
                llvm.store %v139, %v28 : f32, !llvm.ptr
              }
              %v141 = arith.addi %v52, %v140 : i64
              %v142 = arith.cmpi slt, %v141, %v2 : i64
              scf.if %v142 {
                %v143 = arith.muli %v141, %v3 : i64
                %v144 = arith.addi %v47, %v143 : i64
                %v145 = llvm.getelementptr %part_dt_bias[%v144] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v146 = llvm.load %v145 : !llvm.ptr -> f32
                %v147 = llvm.load %v29 : !llvm.ptr -> f32
                %v148 = arith.addf %v147, %v146 fastmath<contract> : f32
                llvm.store %v148, %v29 : f32, !llvm.ptr
              }
              %v150 = arith.addi %v52, %v149 : i64
              %v151 = arith.cmpi slt, %v150, %v2 : i64
              scf.if %v151 {
                %v152 = arith.muli %v150, %v3 : i64
                %v153 = arith.addi %v47, %v152 : i64
                %v154 = llvm.getelementptr %part_dt_bias[%v153] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v155 = llvm.load %v154 : !llvm.ptr -> f32
                %v156 = llvm.load %v30 : !llvm.ptr -> f32
                %v157 = arith.addf %v156, %v155 fastmath<contract> : f32
                llvm.store %v157, %v30 : f32, !llvm.ptr
              }
              %v159 = arith.addi %v52, %v158 : i64
              %v160 = arith.cmpi slt, %v159, %v2 : i64
              scf.if %v160 {
                %v161 = arith.muli %v159, %v3 : i64
                %v162 = arith.addi %v47, %v161 : i64
                %v163 = llvm.getelementptr %part_dt_bias[%v162] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v164 = llvm.load %v163 : !llvm.ptr -> f32
                %v165 = llvm.load %v31 : !llvm.ptr -> f32
                %v166 = arith.addf %v165, %v164 fastmath<contract> : f32
                llvm.store %v166, %v31 : f32, !llvm.ptr
              }
              %v168 = arith.addi %v52, %v167 : i64
              %v169 = arith.cmpi slt, %v168, %v2 : i64
              scf.if %v169 {
                %v170 = arith.muli %v168, %v3 : i64
                %v171 = arith.addi %v47, %v170 : i64
                %v172 = llvm.getelementptr %part_dt_bias[%v171] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v173 = llvm.load %v172 : !llvm.ptr -> f32
                %v174 = llvm.load %v32 : !llvm.ptr -> f32
                %v175 = arith.addf %v174, %v173 fastmath<contract> : f32
                llvm.store %v175, %v32 : f32, !llvm.ptr
              }
              %v177 = arith.addi %v52, %v176 : i64
              %v178 = arith.cmpi slt, %v177, %v2 : i64
              scf.if %v178 {
                %v179 = arith.muli %v177, %v3 : i64
                %v180 = arith.addi %v47, %v179 : i64
                %v181 = llvm.getelementptr %part_dt_bias[%v180] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v182 = llvm.load %v181 : !llvm.ptr -> f32
                %v183 = llvm.load %v33 : !llvm.ptr -> f32
                %v184 = arith.addf %v183, %v182 fastmath<contract> : f32
                llvm.store %v184, %v33 : f32, !llvm.ptr
              }
              %v186 = arith.addi %v52, %v185 : i64
              %v187 = arith.cmpi slt, %v186, %v2 : i64
              scf.if %v187 {
                %v188 = arith.muli %v186, %v3 : i64
                %v189 = arith.addi %v47, %v188 : i64
                %v190 = llvm.getelementptr %part_dt_bias[%v189] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v191 = llvm.load %v190 : !llvm.ptr -> f32
                %v192 = llvm.load %v34 : !llvm.ptr -> f32
                %v193 = arith.addf %v192, %v191 fastmath<contract> : f32
                llvm.store %v193, %v34 : f32, !llvm.ptr
              }
            }
          }
          %v194 = llvm.load %v19 : !llvm.ptr -> f32
          %v195 = llvm.load %v20 : !llvm.ptr -> f32
          %v196 = arith.addf %v194, %v195 fastmath<contract> : f32
          %v197 = llvm.load %v21 : !llvm.ptr -> f32
          %v198 = arith.addf %v196, %v197 fastmath<contract> : f32
          %v199 = llvm.load %v22 : !llvm.ptr -> f32
          %v200 = arith.addf %v198, %v199 fastmath<contract> : f32
          %v201 = llvm.load %v23 : !llvm.ptr -> f32
          %v202 = arith.addf %v200, %v201 fastmath<contract> : f32
          %v203 = llvm.load %v24 : !llvm.ptr -> f32
          %v204 = arith.addf %v202, %v203 fastmath<contract> : f32
          %v205 = llvm.load %v25 : !llvm.ptr -> f32
          %v206 = arith.addf %v204, %v205 fastmath<contract> : f32
          %v207 = llvm.load %v26 : !llvm.ptr -> f32
          %v208 = arith.addf %v206, %v207 fastmath<contract> : f32
          %v209 = llvm.load %v27 : !llvm.ptr -> f32
          %v210 = arith.addf %v208, %v209 fastmath<contract> : f32
          %v211 = llvm.load %v28 : !llvm.ptr -> f32
          %v212 = arith.addf %v210, %v211 fastmath<contract> : f32
          %v213 = llvm.load %v29 : !llvm.ptr -> f32
          %v214 = arith.addf %v212, %v213 fastmath<contract> : f32
          %v215 = llvm.load %v30 : !llvm.ptr -> f32
          %v216 = arith.addf %v214, %v215 fastmath<contract> : f32
          %v217 = llvm.load %v31 : !llvm.ptr -> f32
          %v218 = arith.addf %v216, %v217 fastmath<contract> : f32
          %v219 = llvm.load %v32 : !llvm.ptr -> f32
          %v220 = arith.addf %v218, %v219 fastmath<contract> : f32
          %v221 = llvm.load %v33 : !llvm.ptr -> f32
          %v222 = arith.addf %v220, %v221 fastmath<contract> : f32
          %v223 = llvm.load %v34 : !llvm.ptr -> f32
          %v224 = arith.addf %v222, %v223 fastmath<contract> : f32
          %v225 = llvm.getelementptr %dx_dt_bias[%v10] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v224, %v225 : f32, !llvm.ptr
        }
      }
      gpu.return
    }
  }
}
