module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @bimamba_reverse_seg_reduce_Cm(%part_Cm: !llvm.ptr, %dx_Cm: !llvm.ptr, %size_B: i64, %size_D: i64, %size_L: i64, %size_N: i64, %slice_first: i64, %slice_steps: i64) kernel {
      %v1 = arith.constant 16 : i64
      %v2 = arith.constant 1 : i64
      %v3 = arith.muli %size_B, %size_D : i64
      %v4 = arith.muli %size_B, %v1 : i64
      %v5 = arith.muli %v4, %slice_steps : i64
      %v10 = arith.constant 256 : i64
      %v26 = arith.subi %slice_steps, %v2 : i64
      %v30 = arith.subi %size_L, %v2 : i64
      %v32 = arith.constant 0 : i64
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
      %v52 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v53 = arith.constant 0x00000000 : f32
      %v54 = arith.constant 63 : i64
      %v56 = arith.constant 64 : i64
      %v83 = arith.constant 2 : i64
      %v92 = arith.constant 3 : i64
      %v101 = arith.constant 4 : i64
      %v110 = arith.constant 5 : i64
      %v119 = arith.constant 6 : i64
      %v128 = arith.constant 7 : i64
      %v137 = arith.constant 8 : i64
      %v146 = arith.constant 9 : i64
      %v155 = arith.constant 10 : i64
      %v164 = arith.constant 11 : i64
      %v173 = arith.constant 12 : i64
      %v182 = arith.constant 13 : i64
      %v191 = arith.constant 14 : i64
      %v200 = arith.constant 15 : i64
      %v6 = gpu.block_id x
      %v7 = gpu.thread_id x
      %v8 = arith.index_cast %v7 : index to i64
      %v9 = arith.index_cast %v6 : index to i64
      %v11 = arith.muli %v9, %v10 : i64
      %v12 = arith.addi %v11, %v8 : i64
      %v13 = arith.cmpi slt, %v12, %v5 : i64
      %v14 = arith.subi %v5, %v2 : i64
      %v15 = arith.minsi %v12, %v14 : i64
      %v16 = arith.remui %v15, %size_D : i64
      %v17 = arith.divui %v15, %size_D : i64
      %v18 = arith.remui %v17, %size_B : i64
      %v19 = arith.divui %v17, %size_B : i64
      scf.if %v13 {
        %v20 = arith.remui %v12, %slice_steps : i64
        %v21 = arith.divui %v12, %slice_steps : i64
        %v22 = arith.remui %v21, %v1 : i64
        %v23 = arith.divui %v21, %v1 : i64
        %v24 = arith.remui %v23, %size_B : i64
        %v25 = arith.divui %v23, %size_B : i64
        %v27 = arith.subi %v26, %v20 : i64
        %v28 = arith.addi %slice_first, %v27 : i64
        %v29 = arith.cmpi slt, %v28, %size_L : i64
        %v31 = arith.subi %v30, %v28 : i64
        %v33 = arith.muli %v24, %v1 : i64
        %v34 = arith.addi %v33, %v22 : i64
        %v35 = arith.muli %v34, %size_L : i64
        %v36 = arith.addi %v35, %v31 : i64
        scf.if %v29 {
          llvm.store %v53, %v37 : f32, !llvm.ptr
          llvm.store %v53, %v38 : f32, !llvm.ptr
          llvm.store %v53, %v39 : f32, !llvm.ptr
          llvm.store %v53, %v40 : f32, !llvm.ptr
          llvm.store %v53, %v41 : f32, !llvm.ptr
          llvm.store %v53, %v42 : f32, !llvm.ptr
          llvm.store %v53, %v43 : f32, !llvm.ptr
          llvm.store %v53, %v44 : f32, !llvm.ptr
          llvm.store %v53, %v45 : f32, !llvm.ptr
          llvm.store %v53, %v46 : f32, !llvm.ptr
          llvm.store %v53, %v47 : f32, !llvm.ptr
          llvm.store %v53, %v48 : f32, !llvm.ptr
          llvm.store %v53, %v49 : f32, !llvm.ptr
          llvm.store %v53, %v50 : f32, !llvm.ptr
          llvm.store %v53, %v51 : f32, !llvm.ptr
          llvm.store %v53, %v52 : f32, !llvm.ptr
          %v55 = arith.addi %size_D, %v54 : i64
          %v57 = arith.divui %v55, %v56 : i64
          %v58 = arith.index_cast %v32 : i64 to index
          %v59 = arith.index_cast %v2 : i64 to index
          %v60 = arith.index_cast %v2 : i64 to index
          scf.for %v61 = %v58 to %v59 step %v60 {
            %v62 = arith.index_cast %v61 : index to i64
            %v63 = arith.index_cast %v32 : i64 to index
            %v64 = arith.index_cast %v57 : i64 to index
            %v65 = arith.index_cast %v1 : i64 to index
            scf.for %v66 = %v63 to %v64 step %v65 {
              %v67 = arith.index_cast %v66 : index to i64
              %v68 = arith.cmpi slt, %v67, %v57 : i64
              scf.if %v68 {
                %v69 = arith.muli %v67, %v5 : i64
                %v70 = arith.addi %v12, %v69 : i64
                %v71 = llvm.getelementptr %part_Cm[%v70] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v72 = llvm.load %v71 : !llvm.ptr -> f32
                %v73 = llvm.load %v37 : !llvm.ptr -> f32
                %v74 = arith.addf %v73, %v72 fastmath<contract> : f32
                llvm.store %v74, %v37 : f32, !llvm.ptr
              }
              %v75 = arith.addi %v67, %v2 : i64
              %v76 = arith.cmpi slt, %v75, %v57 : i64
              scf.if %v76 {
                %v77 = arith.muli %v75, %v5 : i64
                %v78 = arith.addi %v12, %v77 : i64
                %v79 = llvm.getelementptr %part_Cm[%v78] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v80 = llvm.load %v79 : !llvm.ptr -> f32
                %v81 = llvm.load %v38 : !llvm.ptr -> f32
                %v82 = arith.addf %v81, %v80 fastmath<contract> : f32
                llvm.store %v82, %v38 : f32, !llvm.ptr
              }
              %v84 = arith.addi %v67, %v83 : i64
              %v85 = arith.cmpi slt, %v84, %v57 : i64
              scf.if %v85 {
                %v86 = arith.muli %v84, %v5 : i64
                %v87 = arith.addi %v12, %v86 : i64
                %v88 = llvm.getelementptr %part_Cm[%v87] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v89 = llvm.load %v88 : !llvm.ptr -> f32
                %v90 = llvm.load %v39 : !llvm.ptr -> f32
                %v91 = arith.addf %v90, %v89 fastmath<contract> : f32
                llvm.store %v91, %v39 : f32, !llvm.ptr
              }
              %v93 = arith.addi %v67, %v92 : i64
              %v94 = arith.cmpi slt, %v93, %v57 : i64
              scf.if %v94 {
                %v95 = arith.muli %v93, %v5 : i64
                %v96 = arith.addi %v12, %v95 : i64
                %v97 = llvm.getelementptr %part_Cm[%v96] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v98 = llvm.load %v97 : !llvm.ptr -> f32
                %v99 = llvm.load %v40 : !llvm.ptr -> f32
                %v100 = arith.addf %v99, %v98 fastmath<contract> : f32
                llvm.store %v100, %v40 : f32, !llvm.ptr
              }
              %v102 = arith.addi %v67, %v101 : i64
              %v103 = arith.cmpi slt, %v102, %v57 : i64
              scf.if %v103 {
                %v104 = arith.muli %v102, %v5 : i64
                %v105 = arith.addi %v12, %v104 : i64
                %v106 = llvm.getelementptr %part_Cm[%v105] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v107 = llvm.load %v106 : !llvm.ptr -> f32
                %v108 = llvm.load %v41 : !llvm.ptr -> f32
                %v109 = arith.addf %v108, %v107 fastmath<contract> : f32
                llvm.store %v109, %v41 : f32, !llvm.ptr
              }
              %v111 = arith.addi %v67, %v110 : i64
              %v112 = arith.cmpi slt, %v111, %v57 : i64
              scf.if %v112 {
                %v113 = arith.muli %v111, %v5 : i64
                %v114 = arith.addi %v12, %v113 : i64
                %v115 = llvm.getelementptr %part_Cm[%v114] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v116 = llvm.load %v115 : !llvm.ptr -> f32
                %v117 = llvm.load %v42 : !llvm.ptr -> f32
                %v118 = arith.addf %v117, %v116 fastmath<contract> : f32
                llvm.store %v118, %v42 : f32, !llvm.ptr
              }
              %v120 = arith.addi %v67, %v119 : i64
              %v121 = arith.cmpi slt, %v120, %v57 : i64
              scf.if %v121 {
                %v122 = arith.muli %v120, %v5 : i64
                %v123 = arith.addi %v12, %v122 : i64
                %v124 = llvm.getelementptr %part_Cm[%v123] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v125 = llvm.load %v124 : !llvm.ptr -> f32
                %v126 = llvm.load %v43 : !llvm.ptr -> f32
                %v127 = arith.addf %v126, %v125 fastmath<contract> : f32
                llvm.store %v127, %v43 : f32, !llvm.ptr
              }
              %v129 = arith.addi %v67, %v128 : i64
              %v130 = arith.cmpi slt, %v129, %v57 : i64
              scf.if %v130 {
                %v131 = arith.muli %v129, %v5 : i64
                %v132 = arith.addi %v12, %v131 : i64
                %v133 = llvm.getelementptr %part_Cm[%v132] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v134 = llvm.load %v133 : !llvm.ptr -> f32
                %v135 = llvm.load %v44 : !llvm.ptr -> f32
                %v136 = arith.addf %v135, %v134 fastmath<contract> : f32
                llvm.store %v136, %v44 : f32, !llvm.ptr
              }
              %v138 = arith.addi %v67, %v137 : i64
              %v139 = arith.cmpi slt, %v138, %v57 : i64
              scf.if %v139 {
                %v140 = arith.muli %v138, %v5 : i64
                %v141 = arith.addi %v12, %v140 : i64
                %v142 = llvm.getelementptr %part_Cm[%v141] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v143 = llvm.load %v142 : !llvm.ptr -> f32
                %v144 = llvm.load %v45 : !llvm.ptr -> f32
                %v145 = arith.addf %v144, %v143 fastmath<contract> : f32
                llvm.store %v145, %v45 : f32, !llvm.ptr
              }
              %v147 = arith.addi %v67, %v146 : i64
              %v148 = arith.cmpi slt, %v147, %v57 : i64
              scf.if %v148 {
                %v149 = arith.muli %v147, %v5 : i64
                %v150 = arith.addi %v12, %v149 : i64
                %v151 = llvm.getelementptr %part_Cm[%v150] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v152 = llvm.load %v151 : !llvm.ptr -> f32
                %v153 = llvm.load %v46 : !llvm.ptr -> f32
                %v154 = arith.addf %v153, %v152 fastmath<contract> : f32
                llvm.store %v154, %v46 : f32, !llvm.ptr
              }
              %v156 = arith.addi %v67, %v155 : i64
              %v157 = arith.cmpi slt, %v156, %v57 : i64
              scf.if %v157 {
                %v158 = arith.muli %v156, %v5 : i64
                %v159 = arith.addi %v12, %v158 : i64
                %v160 = llvm.getelementptr %part_Cm[%v159] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v161 = llvm.load %v160 : !llvm.ptr -> f32
                %v162 = llvm.load %v47 : !llvm.ptr -> f32
                %v163 = arith.addf %v162, %v161 fastmath<contract> : f32
                llvm.store %v163, %v47 : f32, !llvm.ptr
              }
              %v165 = arith.addi %v67, %v164 : i64
              %v166 = arith.cmpi slt, %v165, %v57 : i64
              scf.if %v166 {
                %v167 = arith.muli %v165, %v5 : i64
                %v168 = arith.addi %v12, %v167 : i64
                %v169 = llvm.getelementptr %part_Cm[%v168] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v170 = llvm.load %v169 : !llvm.ptr -> f32
                %v171 = llvm.load %v48 : !llvm.ptr -> f32
                %v172 = arith.addf %v171, %v170 fastmath<contract> : f32
                llvm.store %v172, %v48 : f32, !llvm.ptr
              }
              %v174 = arith.addi %v67, %v173 : i64
              %v175 = arith.cmpi slt, %v174, %v57 : i64
              scf.if %v175 {
                %v176 = arith.muli %v174, %v5 : i64
                %v177 = arith.addi %v12, %v176 : i64
                %v178 = llvm.getelementptr %part_Cm[%v177] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v179 = llvm.load %v178 : !llvm.ptr -> f32
                %v180 = llvm.load %v49 : !llvm.ptr -> f32
                %v181 = arith.addf %v180, %v179 fastmath<contract> : f32
                llvm.store %v181, %v49 : f32, !llvm.ptr
              }
              %v183 = arith.addi %v67, %v182 : i64
              %v184 = arith.cmpi slt, %v183, %v57 : i64
              scf.if %v184 {
                %v185 = arith.muli %v183, %v5 : i64
                %v186 = arith.addi %v12, %v185 : i64
                %v187 = llvm.getelementptr %part_Cm[%v186] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v188 = llvm.load %v187 : !llvm.ptr -> f32
                %v189 = llvm.load %v50 : !llvm.ptr -> f32
                %v190 = arith.addf %v189, %v188 fastmath<contract> : f32
                llvm.store %v190, %v50 : f32, !llvm.ptr
              }
              %v192 = arith.addi %v67, %v191 : i64
              %v193 = arith.cmpi slt, %v192, %v57 : i64
              scf.if %v193 {
                %v194 = arith.muli %v192, %v5 : i64
                %v195 = arith.addi %v12, %v194 : i64
                %v196 = llvm.getelementptr %part_Cm[%v195] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v197 = llvm.load %v196 : !llvm.ptr -> f32
                %v198 = llvm.load %v51 : !llvm.ptr -> f32
                %v199 = arith.addf %v198, %v197 fastmath<contract> : f32
                llvm.store %v199, %v51 : f32, !llvm.ptr
              }
              %v201 = arith.addi %v67, %v200 : i64
              %v202 = arith.cmpi slt, %v201, %v57 : i64
              scf.if %v202 {
                %v203 = arith.muli %v201, %v5 : i64
                %v204 = arith.addi %v12, %v203 : i64
                %v205 = llvm.getelementptr %part_Cm[%v204] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v206 = llvm.load %v205 : !llvm.ptr -> f32
                %v207 = llvm.load %v52 : !llvm.ptr -> f32
                %v208 = arith.addf %v207, %v206 fastmath<contract> : f32
                llvm.store %v208, %v52 : f32, !llvm.ptr
              }
            }
          }
          %v209 = llvm.load %v37 : !llvm.ptr -> f32
          %v210 = llvm.load %v38 : !llvm.ptr -> f32
          %v211 = arith.addf %v209, %v210 fastmath<contract> : f32
          %v212 = llvm.load %v39 : !llvm.ptr -> f32
          %v213 = arith.addf %v211, %v212 fastmath<contract> : f32
          %v214 = llvm.load %v40 : !llvm.ptr -> f32
          %v215 = arith.addf %v213, %v214 fastmath<contract> : f32
          %v216 = llvm.load %v41 : !llvm.ptr -> f32
          %v217 = arith.addf %v215, %v216 fastmath<contract> : f32
          %v218 = llvm.load %v42 : !llvm.ptr -> f32
          %v219 = arith.addf %v217, %v218 fastmath<contract> : f32
          %v220 = llvm.load %v43 : !llvm.ptr -> f32
          %v221 = arith.addf %v219, %v220 fastmath<contract> : f32
          %v222 = llvm.load %v44 : !llvm.ptr -> f32
          %v223 = arith.addf %v221, %v222 fastmath<contract> : f32
          %v224 = llvm.load %v45 : !llvm.ptr -> f32
          %v225 = arith.addf %v223, %v224 fastmath<contract> : f32
          %v226 = llvm.load %v46 : !llvm.ptr -> f32
          %v227 = arith.addf %v225, %v226 fastmath<contract> : f32
          %v228 = llvm.load %v47 : !llvm.ptr -> f32
          %v229 = arith.addf %v227, %v228 fastmath<contract> : f32
          %v230 = llvm.load %v48 : !llvm.ptr -> f32
          %v231 = arith.addf %v229, %v230 fastmath<contract> : f32
          %v232 = llvm.load %v49 : !llvm.ptr -> f32
          %v233 = arith.addf %v231, %v232 fastmath<contract> : f32
          %v234 = llvm.load %v50 : !llvm.ptr -> f32
          %v235 = arith.addf %v233, %v234 fastmath<contract> : f32
          %v236 = llvm.load %v51 : !llvm.ptr -> f32
          %v237 = arith.addf %v235, %v236 fastmath<contract> : f32
          %v238 = llvm.load %v52 : !llvm.ptr -> f32
          %v239 = arith.addf %v237, %v238 fastmath<contract> : f32
          %v240 = llvm.getelementptr %dx_Cm[%v36] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v239, %v240 : f32, !llvm.ptr
        }
      }
      gpu.return
    }
  }
}
