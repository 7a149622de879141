module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @stabiliser_seg_reduce_m0(%part_m0: !llvm.ptr, %dx_m0: !llvm.ptr, %size_B: i64, %size_L: i64, %size_H: i64) kernel {
      %v1 = arith.constant 1 : i64
      %v2 = arith.muli %size_B, %size_H : i64
      %v3 = arith.muli %size_B, %size_H : i64
      %v8 = arith.constant 256 : i64
      %v18 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
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
      %v34 = arith.constant 0x00000000 : f32
      %v39 = arith.constant 0 : i64
      %v40 = arith.constant 255 : i64
      %v43 = arith.constant 16 : i64
      %v71 = arith.constant 2 : i64
      %v80 = arith.constant 3 : i64
      %v89 = arith.constant 4 : i64
      %v98 = arith.constant 5 : i64
      %v107 = arith.constant 6 : i64
      %v116 = arith.constant 7 : i64
      %v125 = arith.constant 8 : i64
      %v134 = arith.constant 9 : i64
      %v143 = arith.constant 10 : i64
      %v152 = arith.constant 11 : i64
      %v161 = arith.constant 12 : i64
      %v170 = arith.constant 13 : i64
      %v179 = arith.constant 14 : i64
      %v188 = arith.constant 15 : i64
      %v4 = gpu.block_id x
      %v5 = gpu.thread_id x
      %v6 = arith.index_cast %v5 : index to i64
      %v7 = arith.index_cast %v4 : index to i64
      %v9 = arith.muli %v7, %v8 : i64
      %v10 = arith.addi %v9, %v6 : i64
      %v11 = arith.cmpi slt, %v10, %v3 : i64
      %v12 = arith.subi %v3, %v1 : i64
      %v13 = arith.minsi %v10, %v12 : i64
      %v14 = arith.remui %v13, %size_H : i64
      %v15 = arith.divui %v13, %size_H : i64
      %v16 = arith.remui %v15, %size_B : i64
      %v17 = arith.divui %v15, %size_B : i64
      scf.if %v11 {
        llvm.store %v34, %v18 : f32, !llvm.ptr
        llvm.store %v34, %v19 : f32, !llvm.ptr
        llvm.store %v34, %v20 : f32, !llvm.ptr
        llvm.store %v34, %v21 : f32, !llvm.ptr
        llvm.store %v34, %v22 : f32, !llvm.ptr
        llvm.store %v34, %v23 : f32, !llvm.ptr
        llvm.store %v34, %v24 : f32, !llvm.ptr
        llvm.store %v34, %v25 : f32, !llvm.ptr
        llvm.store %v34, %v26 : f32, !llvm.ptr
        llvm.store %v34, %v27 : f32, !llvm.ptr
        llvm.store %v34, %v28 : f32, !llvm.ptr
        llvm.store %v34, %v29 : f32, !llvm.ptr
        llvm.store %v34, %v30 : f32, !llvm.ptr
        llvm.store %v34, %v31 : f32, !llvm.ptr
        llvm.store %v34, %v32 : f32, !llvm.ptr
        llvm.store %v34, %v33 : f32, !llvm.ptr
        %v35 = arith.remui %v10, %size_H : i64
        %v36 = arith.divui %v10, %size_H : i64
        %v37 = arith.remui %v36, %size_B : i64
        %v38 = arith.divui %v36, %size_B : i64
        %v41 = arith.addi %size_L, %v40 : i64
        %v42 = arith.divui %v41, %v8 : i64
        %v44 = arith.index_cast %v39 : i64 to index
        %v45 = arith.index_cast %v1 : i64 to index
        %v46 = arith.index_cast %v1 : i64 to index
        scf.for %v47 = %v44 to %v45 step %v46 {
          %v48 = arith.index_cast %v47 : index to i64
          %v49 = arith.muli %v37, %size_H : i64
          %v50 = arith.addi %v49, %v35 : i64
          %v51 = arith.index_cast %v39 : i64 to index
          %v52 = arith.index_cast %v42 : i64 to index
          %v53 = arith.index_cast %v43 : i64 to index
          scf.for %v54 = %v51 to %v52 step %v53 {
            %v55 = arith.index_cast %v54 : index to i64
            %v56 = arith.cmpi slt, %v55, %v42 : i64
            scf.if %v56 {
              %v57 = arith.muli %v55, %v2 : i64
              %v58 = arith.addi %v50, %v57 : i64
              %v59 = llvm.getelementptr %part_m0[%v58] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v60 = llvm.load %v59 : !llvm.ptr -> f32
              %v61 = llvm.load %v18 : !llvm.ptr -> f32
              %v62 = arith.addf %v61, %v60 fastmath<contract> : f32
              llvm.store %v62, %v18 : f32, !llvm.ptr
            }
            %v63 = arith.addi %v55, %v1 : i64
            %v64 = arith.cmpi slt, %v63, %v42 : i64
            scf.if %v64 {
              %v65 = arith.muli %v63, %v2 : i64
              %v66 = arith.addi %v50, %v65 : i64
              %v67 = llvm.getelementptr %part_m0[%v66] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v68 = llvm.load %v67 : !llvm.ptr -> f32
              %v69 = llvm.load %v19 : !llvm.ptr -> f32
              %v70 = arith.addf %v69, %v68 fastmath<contract> : f32
              llvm.store %v70, %v19 : f32, !llvm.ptr
            }
            %v72 = arith.addi %v55, %v71 : i64
            %v73 = arith.cmpi slt, %v72, %v42 : i64
            scf.if %v73 {
              %v74 = arith.muli %v72, %v2 : i64
              %v75 = arith.addi %v50, %v74 : i64
              %v76 = llvm.getelementptr %part_m0[%v75] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v77 = llvm.load %v76 : !llvm.ptr -> f32
              %v78 = llvm.load %v20 : !llvm.ptr -> f32
              %v79 = arith.addf %v78, %v77 fastmath<contract> : f32
              llvm.store %v79, %v20 : f32, !llvm.ptr
            }
            %v81 = arith.addi %v55, %v80 : i64
            %v82 = arith.cmpi slt, %v81, %v42 : i64
            scf.if %v82 {
              %v83 = arith.muli %v81, %v2 : i64
              %v84 = arith.addi %v50, %v83 : i64
              %v85 = llvm.getelementptr %part_m0[%v84] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v86 = llvm.load %v85 : !llvm.ptr -> f32
              %v87 = llvm.load %v21 : !llvm.ptr -> f32
              %v88 = arith.addf %v87, %v86 fastmath<contract> : f32
              llvm.store %v88, %v21 : f32, !llvm.ptr
            }
            %v90 = arith.addi %v55, %v89 : i64
            %v91 = arith.cmpi slt, %v90, %v42 : i64
            scf.if %v91 {
              %v92 = arith.muli %v90, %v2 : i64
              %v93 = arith.addi %v50, %v92 : i64
              %v94 = llvm.getelementptr %part_m0[%v93] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v95 = llvm.load %v94 : !llvm.ptr -> f32
              %v96 = llvm.load %v22 : !llvm.ptr -> f32
              %v97 = arith.addf %v96, %v95 fastmath<contract> : f32
              llvm.store %v97, %v22 : f32, !llvm.ptr
            }
            %v99 = arith.addi %v55, %v98 : i64
            %v100 = arith.cmpi slt, %v99, %v42 : i64
            scf.if %v100 {
              %v101 = arith.muli %v99, %v2 : i64
              %v102 = arith.addi %v50, %v101 : i64
              %v103 = llvm.getelementptr %part_m0[%v102] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v104 = llvm.load %v103 : !llvm.ptr -> f32
              %v105 = llvm.load %v23 : !llvm.ptr -> f32
              %v106 = arith.addf %v105, %v104 fastmath<contract> : f32
              llvm.store %v106, %v23 : f32, !llvm.ptr
            }
            %v108 = arith.addi %v55, %v107 : i64
            %v109 = arith.cmpi slt, %v108, %v42 : i64
            scf.if %v109 {
              %v110 = arith.muli %v108, %v2 : i64
              %v111 = arith.addi %v50, %v110 : i64
              %v112 = llvm.getelementptr %part_m0[%v111] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v113 = llvm.load %v112 : !llvm.ptr -> f32
              %v114 = llvm.load %v24 : !llvm.ptr -> f32
              %v115 = arith.addf %v114, %v113 fastmath<contract> : f32
              llvm.store %v115, %v24 : f32, !llvm.ptr
            }
            %v117 = arith.addi %v55, %v116 : i64
            %v118 = arith.cmpi slt, %v117, %v42 : i64
            scf.if %v118 {
              %v119 = arith.muli %v117, %v2 : i64
              %v120 = arith.addi %v50, %v119 : i64
              %v121 = llvm.getelementptr %part_m0[%v120] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v122 = llvm.load %v121 : !llvm.ptr -> f32
              %v123 = llvm.load %v25 : !llvm.ptr -> f32
              %v124 = arith.addf %v123, %v122 fastmath<contract> : f32
              llvm.store %v124, %v25 : f32, !llvm.ptr
            }
            %v126 = arith.addi %v55, %v125 : i64
            %v127 = arith.cmpi slt, %v126, %v42 : i64
            scf.if %v127 {
              %v128 = arith.muli %v126, %v2 : i64
              %v129 = arith.addi %v50, %v128 : i64
              %v130 = llvm.getelementptr %part_m0[%v129] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v131 = llvm.load %v130 : !llvm.ptr -> f32
              %v132 = llvm.load %v26 : !llvm.ptr -> f32
              %v133 = arith.addf %v132, %v131 fastmath<contract> : f32
              llvm.store %v133, %v26 : f32, !llvm.ptr
            }
            %v135 = arith.addi %v55, %v134 : i64
            %v136 = arith.cmpi slt, %v135, %v42 : i64
            scf.if %v136 {
              %v137 = arith.muli %v135, %v2 : i64
              %v138 = arith.addi %v50, %v137 : i64
              %v139 = llvm.getelementptr %part_m0[%v138] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v140 = llvm.load %v139 : !llvm.ptr -> f32
              %v141 = llvm.load %v27 : !llvm.ptr -> f32
              %v142 = arith.addf %v141, %v140 fastmath<contract> : f32
              llvm.store %v142, %v27 : f32, !llvm.ptr
            }
            %v144 = arith.addi %v55, %v143 : i64
            %v145 = arith.cmpi slt, %v144, %v42 : i64
            scf.if %v145 {
              %v146 = arith.muli %v144, %v2 : i64
              %v147 = arith.addi %v50, %v146 : i64
              %v148 = llvm.getelementptr %part_m0[%v147] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v149 = llvm.load %v148 : !llvm.ptr -> f32
              %v150 = llvm.load %v28 : !llvm.ptr -> f32
              %v151 = arith.addf %v150, %v149 fastmath<contract> : f32
              llvm.store %v151, %v28 : f32, !llvm.ptr
            }
            %v153 = arith.addi %v55, %v152 : i64
            %v154 = arith.cmpi slt, %v153, %v42 : i64
            scf.if %v154 {
              %v155 = arith.muli %v153, %v2 : i64
              %v156 = arith.addi %v50, %v155 : i64
              %v157 = llvm.getelementptr %part_m0[%v156] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v158 = llvm.load %v157 : !llvm.ptr -> f32
              %v159 = llvm.load %v29 : !llvm.ptr -> f32
              %v160 = arith.addf %v159, %v158 fastmath<contract> : f32
              llvm.store %v160, %v29 : f32, !llvm.ptr
            }
            %v162 = arith.addi %v55, %v161 : i64
            %v163 = arith.cmpi slt, %v162, %v42 : i64
            scf.if %v163 {
              %v164 = arith.muli %v162, %v2 : i64
              %v165 = arith.addi %v50, %v164 : i64
              %v166 = llvm.getelementptr %part_m0[%v165] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v167 = llvm.load %v166 : !llvm.ptr -> f32
              %v168 = llvm.load %v30 : !llvm.ptr -> f32
              %v169 = arith.addf %v168, %v167 fastmath<contract> : f32
              llvm.store %v169, %v30 : f32, !llvm.ptr
            }
            %v171 = arith.addi %v55, %v170 : i64
            %v172 = arith.cmpi slt, %v171, %v42 : i64
            scf.if %v172 {
              %v173 = arith.muli %v171, %v2 : i64
              %v174 = arith.addi %v50, %v173 : i64
              %v175 = llvm.getelementptr %part_m0[%v174] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v176 = llvm.load %v175 : !llvm.ptr -> f32
              %v177 = llvm.load %v31 : !llvm.ptr -> f32
              %v178 = arith.addf %v177, %v176 fastmath<contract> : f32
              llvm.store %v178, %v31 : f32, !llvm.ptr
            }
            %v180 = arith.addi %v55, %v179 : i64
            %v181 = arith.cmpi slt, %v180, %v42 : i64
            scf.if %v181 {
              %v182 = arith.muli %v180, %v2 : i64
              %v183 = arith.addi %v50, %v182 : i64
              %v184 = llvm.getelementptr %part_m0[%v183] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v185 = llvm.load %v184 : !llvm.ptr -> f32
              %v186 = llvm.load %v32 : !llvm.ptr -> f32
              %v187 = arith.addf %v186, %v185 fastmath<contract> : f32
              llvm.store %v187, %v32 : f32, !llvm.ptr
            }
            %v189 = arith.addi %v55, %v188 : i64
            %v190 = arith.cmpi slt, %v189, %v42 : i64
            scf.if %v190 {
              %v191 = arith.muli %v189, %v2 : i64
              %v192 = arith.addi %v50, %v191 : i64
              %v193 = llvm.getelementptr %part_m0[%v192] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v194 = llvm.load %v193 : !llvm.ptr -> f32
              %v195 = llvm.load %v33 : !llvm.ptr -> f32
              %v196 = arith.addf %v195, %v194 fastmath<contract> : f32
              llvm.store %v196, %v33 : f32, !llvm.ptr
            }
          }
        }
        %v197 = llvm.load %v18 : !llvm.ptr -> f32
        %v198 = llvm.load %v19 : !llvm.ptr -> f32
        %v199 = arith.addf %v197, %v198 fastmath<contract> : f32
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
        %v228 = llvm.getelementptr %dx_m0[%v10] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v227, %v228 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
