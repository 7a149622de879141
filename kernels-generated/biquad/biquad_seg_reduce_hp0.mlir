module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @biquad_seg_reduce_hp0(%part_hp0: !llvm.ptr, %dx_hp0: !llvm.ptr, %size_B: i64, %size_D: i64, %size_L: i64) kernel {
      %v1 = arith.constant 1 : i64
      %v2 = arith.muli %size_B, %size_D : i64
      %v3 = arith.muli %size_B, %size_D : i64
      %v8 = arith.constant 256 : i64
      %v19 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v20 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v21 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v22 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v23 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v24 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v25 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v26 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v27 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v28 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v29 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v30 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v31 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v32 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v33 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v34 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v35 = arith.constant 0x00000000 : f32
      %v40 = arith.constant 0 : i64
      %v41 = arith.constant 255 : i64
      %v44 = arith.constant 16 : i64
      %v72 = arith.constant 2 : i64
      %v81 = arith.constant 3 : i64
      %v90 = arith.constant 4 : i64
      %v99 = arith.constant 5 : i64
      %v108 = arith.constant 6 : i64
      %v117 = arith.constant 7 : i64
      %v126 = arith.constant 8 : i64
      %v135 = arith.constant 9 : i64
      %v144 = arith.constant 10 : i64
      %v153 = arith.constant 11 : i64
      %v162 = arith.constant 12 : i64
      %v171 = arith.constant 13 : i64
      %v180 = arith.constant 14 : i64
      %v189 = arith.constant 15 : i64
      %v4 = gpu.block_id x
      %v5 = gpu.thread_id x
      %v6 = arith.index_cast %v5 : index to i64
      %v7 = arith.index_cast %v4 : index to i64
      %v9 = arith.muli %v7, %v8 : i64
      %v10 = arith.addi %v9, %v6 : i64
      %v11 = arith.cmpi slt, %v10, %v3 : i64
      %v12 = arith.subi %v3, %v1 : i64
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
          %v38 = arith.remui %v37, %size_B : i64
          %v39 = arith.divui %v37, %size_B : i64
          %v42 = arith.addi %size_L, %v41 : i64
          %v43 = arith.divui %v42, %v8 : i64
          %v45 = arith.index_cast %v40 : i64 to index
          %v46 = arith.index_cast %v1 : i64 to index
          %v47 = arith.index_cast %v1 : i64 to index
          scf.for %v48 = %v45 to %v46 step %v47 {
            %v49 = arith.index_cast %v48 : index to i64
            %v50 = arith.muli %v38, %size_D : i64
            %v51 = arith.addi %v50, %v36 : i64
            %v52 = arith.index_cast %v40 : i64 to index
            %v53 = arith.index_cast %v43 : i64 to index
            %v54 = arith.index_cast %v44 : i64 to index
            scf.for %v55 = %v52 to %v53 step %v54 {
              %v56 = arith.index_cast %v55 : index to i64
              %v57 = arith.cmpi slt, %v56, %v43 : i64
              scf.if %v57 {
                %v58 = arith.muli %v56, %v2 : i64
                %v59 = arith.addi %v51, %v58 : i64
                %v60 = llvm.getelementptr %part_hp0[%v59] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v61 = llvm.load %v60 : !llvm.ptr -> f32
                %v62 = llvm.load %v19 : !llvm.ptr -> f32
                %v63 = arith.addf %v62, %v61 fastmath<contract> : f32
                llvm.store %v63, %v19 : f32, !llvm.ptr
              }
              %v64 = arith.addi %v56, %v1 : i64
              %v65 = arith.cmpi slt, %v64, %v43 : i64
              scf.if %v65 {
                %v66 = arith.muli %v64, %v2 : i64
                %v67 = arith.addi %v51, %v66 : i64
                %v68 = llvm.getelementptr %part_hp0[%v67] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v69 = llvm.load %v68 : !llvm.ptr -> f32
                %v70 = llvm.load %v20 : !llvm.ptr -> f32
                %v71 = arith.addf %v70, %v69 fastmath<contract> : f32
                llvm.store %v71, %v20 : f32, !llvm.ptr
              }
              %v73 = arith.addi %v56, %v72 : i64
              %v74 = arith.cmpi slt, %v73, %v43 : i64
              scf.if %v74 {
                %v75 = arith.muli %v73, %v2 : i64
                %v76 = arith.addi %v51, %v75 : i64
                %v77 = llvm.getelementptr %part_hp0[%v76] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v78 = llvm.load %v77 : !llvm.ptr -> f32
                %v79 = llvm.load %v21 : !llvm.ptr -> f32
                %v80 = arith.addf %v79, %v78 fastmath<contract> : f32
                llvm.store %v80, %v21 : f32, !llvm.ptr
              }
              %v82 = arith.addi %v56, %v81 : i64
              %v83 = arith.cmpi slt, %v82, %v43 : i64
              scf.if %v83 {
                %v84 = arith.muli %v82, %v2 : i64
                %v85 = arith.addi %v51, %v84 : i64
                %v86 = llvm.getelementptr %part_hp0[%v85] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v87 = llvm.load %v86 : !llvm.ptr -> f32
                %v88 = llvm.load %v22 : !llvm.ptr -> f32
                %v89 = arith.addf %v88, %v87 fastmath<contract> : f32
                llvm.store %v89, %v22 : f32, !llvm.ptr
              }
              %v91 = arith.addi %v56, %v90 : i64
              %v92 = arith.cmpi slt, %v91, %v43 : i64
              scf.if %v92 {
                %v93 = arith.muli %v91, %v2 : i64
                %v94 = arith.addi %v51, %v93 : i64
                %v95 = llvm.getelementptr %part_hp0[%v94] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v96 = llvm.load %v95 : !llvm.ptr -> f32
                %v97 = llvm.load %v23 : !llvm.ptr -> f32
                %v98 = arith.addf %v97, %v96 fastmath<contract> : f32
                llvm.store %v98, %v23 : f32, !llvm.ptr
              }
              %v100 = arith.addi %v56, %v99 : i64
              %v101 = arith.cmpi slt, %v100, %v43 : i64
              scf.if %v101 {
                %v102 = arith.muli %v100, %v2 : i64
                %v103 = arith.addi %v51, %v102 : i64
                %v104 = llvm.getelementptr %part_hp0[%v103] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v105 = llvm.load %v104 : !llvm.ptr -> f32
                %v106 = llvm.load %v24 : !llvm.ptr -> f32
                %v107 = arith.addf %v106, %v105 fastmath<contract> : f32
                llvm.store %v107, %v24 : f32, !llvm.ptr
              }
              %v109 = arith.addi %v56, %v108 : i64
              %v110 = arith.cmpi slt, %v109, %v43 : i64
              scf.if %v110 {
                %v111 = arith.muli %v109, %v2 : i64
                %v112 = arith.addi %v51, %v111 : i64
                %v113 = llvm.getelementptr %part_hp0[%v112] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v114 = llvm.load %v113 : !llvm.ptr -> f32
                %v115 = llvm.load %v25 : !llvm.ptr -> f32
                %v116 = arith.addf %v115, %v114 fastmath<contract> : f32
                llvm.store %v116, %v25 : f32, !llvm.ptr
              }
              %v118 = arith.addi %v56, %v117 : i64
              %v119 = arith.cmpi slt, %v118, %v43 : i64
              scf.if %v119 {
                %v120 = arith.muli %v118, %v2 : i64
                %v121 = arith.addi %v51, %v120 : i64
                %v122 = llvm.getelementptr %part_hp0[%v121] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v123 = llvm.load %v122 : !llvm.ptr -> f32
                %v124 = llvm.load %v26 : !llvm.ptr -> f32
                %v125 = arith.addf %v124, %v123 fastmath<contract> : f32
                llvm.store %v125, %v26 : f32, !llvm.ptr
              }
              %v127 = arith.addi %v56, %v126 : i64
              %v128 = arith.cmpi slt, %v127, %v43 : i64
              scf.if %v128 {
                %v129 = arith.muli %v127, %v2 : i64
                %v130 = arith.addi %v51, %v129 : i64
                %v131 = llvm.getelementptr %part_hp0[%v130] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v132 = llvm.load %v131 : !llvm.ptr -> f32
                %v133 = llvm.load %v27 : !llvm.ptr -> f32
                %v134 = arith.addf %v133, %v132 fastmath<contract> : f32
                llvm.store %v134, %v27 : f32, !llvm.ptr
              }
              %v136 = arith.addi %v56, %v135 : i64
              %v137 = arith.cmpi slt, %v136, %v43 : i64
              scf.if %v137 {
                %v138 = arith.muli %v136, %v2 : i64
                %v139 = arith.addi %v51, %v138 : i64
                %v140 = llvm.getelementptr %part_hp0[%v139] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v141 = llvm.load %v140 : !llvm.ptr -> f32
                %v142 = llvm.load %v28 : !llvm.ptr -> f32
                %v143 = arith.addf %v142, %v141 fastmath<contract> : f32
                llvm.store %v143, %v28 : f32, !llvm.ptr
              }
              %v145 = arith.addi %v56, %v144 : i64
              %v146 = arith.cmpi slt, %v145, %v43 : i64
              scf.if %v146 {
                %v147 = arith.muli %v145, %v2 : i64
                %v148 = arith.addi %v51, %v147 : i64
                %v149 = llvm.getelementptr %part_hp0[%v148] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v150 = llvm.load %v149 : !llvm.ptr -> f32
                %v151 = llvm.load %v29 : !llvm.ptr -> f32
                %v152 = arith.addf %v151, %v150 fastmath<contract> : f32
                llvm.store %v152, %v29 : f32, !llvm.ptr
              }
              %v154 = arith.addi %v56, %v153 : i64
              %v155 = arith.cmpi slt, %v154, %v43 : i64
              scf.if %v155 {
                %v156 = arith.muli %v154, %v2 : i64
                %v157 = arith.addi %v51, %v156 : i64
                %v158 = llvm.getelementptr %part_hp0[%v157] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v159 = llvm.load %v158 : !llvm.ptr -> f32
                %v160 = llvm.load %v30 : !llvm.ptr -> f32
                %v161 = arith.addf %v160, %v159 fastmath<contract> : f32
                llvm.store %v161, %v30 : f32, !llvm.ptr
              }
              %v163 = arith.addi %v56, %v162 : i64
              %v164 = arith.cmpi slt, %v163, %v43 : i64
              scf.if %v164 {
                %v165 = arith.muli %v163, %v2 : i64
                %v166 = arith.addi %v51, %v165 : i64
                %v167 = llvm.getelementptr %part_hp0[%v166] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v168 = llvm.load %v167 : !llvm.ptr -> f32
                %v169 = llvm.load %v31 : !llvm.ptr -> f32
                %v170 = arith.addf %v169, %v168 fastmath<contract> : f32
                llvm.store %v170, %v31 : f32, !llvm.ptr
              }
              %v172 = arith.addi %v56, %v171 : i64
              %v173 = arith.cmpi slt, %v172, %v43 : i64
              scf.if %v173 {
                %v174 = arith.muli %v172, %v2 : i64
                %v175 = arith.addi %v51, %v174 : i64
                %v176 = llvm.getelementptr %part_hp0[%v175] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v177 = llvm.load %v176 : !llvm.ptr -> f32
                %v178 = llvm.load %v32 : !llvm.ptr -> f32
                %v179 = arith.addf %v178, %v177 fastmath<contract> : f32
                llvm.store %v179, %v32 : f32, !llvm.ptr
              }
              %v181 = arith.addi %v56, %v180 : i64
              %v182 = arith.cmpi slt, %v181, %v43 : i64
              scf.if %v182 {
                %v183 = arith.muli %v181, %v2 : i64
                %v184 = arith.addi %v51, %v183 : i64
                %v185 = llvm.getelementptr %part_hp0[%v184] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v186 = llvm.load %v185 : !llvm.ptr -> f32
                %v187 = llvm.load %v33 : !llvm.ptr -> f32
                %v188 = arith.addf %v187, %v186 fastmath<contract> : f32
                llvm.store %v188, %v33 : f32, !llvm.ptr
              }
              %v190 = arith.addi %v56, %v189 : i64
              %v191 = arith.cmpi slt, %v190, %v43 : i64
              scf.if %v191 {
                %v192 = arith.muli %v190, %v2 : i64
                %v193 = arith.addi %v51, %v192 : i64
                %v194 = llvm.getelementptr %part_hp0[%v193] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v195 = llvm.load %v194 : !llvm.ptr -> f32
                %v196 = llvm.load %v34 : !llvm.ptr -> f32
                %v197 = arith.addf %v196, %v195 fastmath<contract> : f32
                llvm.store %v197, %v34 : f32, !llvm.ptr
              }
            }
          }
          %v198 = llvm.load %v19 : !llvm.ptr -> f32
          %v199 = llvm.load %v20 : !llvm.ptr -> f32
          %v200 = arith.addf %v198, %v199 fastmath<contract> : f32
          %v201 = llvm.load %v21 : !llvm.ptr -> f32
          %v202 = arith.addf %v200, %v201 fastmath<contract> : f32
          %v203 = llvm.load %v22 : !llvm.ptr -> f32
          %v204 = arith.addf %v202, %v203 fastmath<contract> : f32
          %v205 = llvm.load %v23 : !llvm.ptr -> f32
          %v206 = arith.addf %v204, %v205 fastmath<contract> : f32
          %v207 = llvm.load %v24 : !llvm.ptr -> f32
          %v208 = arith.addf %v206, %v207 fastmath<contract> : f32
          %v209 = llvm.load %v25 : !llvm.ptr -> f32
          %v210 = arith.addf %v208, %v209 fastmath<contract> : f32
          %v211 = llvm.load %v26 : !llvm.ptr -> f32
          %v212 = arith.addf %v210, %v211 fastmath<contract> : f32
          %v213 = llvm.load %v27 : !llvm.ptr -> f32
          %v214 = arith.addf %v212, %v213 fastmath<contract> : f32
          %v215 = llvm.load %v28 : !llvm.ptr -> f32
          %v216 = arith.addf %v214, %v215 fastmath<contract> : f32
          %v217 = llvm.load %v29 : !llvm.ptr -> f32
          %v218 = arith.addf %v216, %v217 fastmath<contract> : f32
          %v219 = llvm.load %v30 : !llvm.ptr -> f32
          %v220 = arith.addf %v218, %v219 fastmath<contract> : f32
          %v221 = llvm.load %v31 : !llvm.ptr -> f32
          %v222 = arith.addf %v220, %v221 fastmath<contract> : f32
          %v223 = llvm.load %v32 : !llvm.ptr -> f32
          %v224 = arith.addf %v222, %v223 fastmath<contract> : f32
          %v225 = llvm.load %v33 : !llvm.ptr -> f32
          %v226 = arith.addf %v224, %v225 fastmath<contract> : f32
          %v227 = llvm.load %v34 : !llvm.ptr -> f32
          %v228 = arith.addf %v226, %v227 fastmath<contract> : f32
          %v229 = llvm.getelementptr %dx_hp0[%v10] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v228, %v229 : f32, !llvm.ptr
        }
      }
      gpu.return
    }
  }
}
