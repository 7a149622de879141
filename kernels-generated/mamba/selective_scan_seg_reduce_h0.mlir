module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @selective_scan_seg_reduce_h0(%part_h0: !llvm.ptr, %dx_h0: !llvm.ptr, %size_B: i64, %size_L: i64, %size_D: i64, %size_N: i64) kernel {
      %v1 = arith.constant 16 : i64
      %v2 = arith.constant 1 : i64
      %v3 = arith.muli %size_B, %size_D : i64
      %v4 = arith.muli %size_B, %size_D : i64
      %v5 = arith.muli %v4, %v1 : i64
      %v10 = arith.constant 256 : i64
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
      %v35 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v36 = arith.constant 0x00000000 : f32
      %v43 = arith.constant 0 : i64
      %v44 = arith.constant 255 : i64
      %v77 = arith.constant 2 : i64
      %v86 = arith.constant 3 : i64
      %v95 = arith.constant 4 : i64
      %v104 = arith.constant 5 : i64
      %v113 = arith.constant 6 : i64
      %v122 = arith.constant 7 : i64
      %v131 = arith.constant 8 : i64
      %v140 = arith.constant 9 : i64
      %v149 = arith.constant 10 : i64
      %v158 = arith.constant 11 : i64
      %v167 = arith.constant 12 : i64
      %v176 = arith.constant 13 : i64
      %v185 = arith.constant 14 : i64
      %v194 = arith.constant 15 : i64
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
        llvm.store %v36, %v20 : f32, !llvm.ptr
        llvm.store %v36, %v21 : f32, !llvm.ptr
        llvm.store %v36, %v22 : f32, !llvm.ptr
        llvm.store %v36, %v23 : f32, !llvm.ptr
        llvm.store %v36, %v24 : f32, !llvm.ptr
        llvm.store %v36, %v25 : f32, !llvm.ptr
        llvm.store %v36, %v26 : f32, !llvm.ptr
        llvm.store %v36, %v27 : f32, !llvm.ptr
        llvm.store %v36, %v28 : f32, !llvm.ptr
        llvm.store %v36, %v29 : f32, !llvm.ptr
        llvm.store %v36, %v30 : f32, !llvm.ptr
        llvm.store %v36, %v31 : f32, !llvm.ptr
        llvm.store %v36, %v32 : f32, !llvm.ptr
        llvm.store %v36, %v33 : f32, !llvm.ptr
        llvm.store %v36, %v34 : f32, !llvm.ptr
        llvm.store %v36, %v35 : f32, !llvm.ptr
        %v37 = arith.remui %v12, %v1 : i64
        %v38 = arith.divui %v12, %v1 : i64
        %v39 = arith.remui %v38, %size_D : i64
        %v40 = arith.divui %v38, %size_D : i64
        %v41 = arith.remui %v40, %size_B : i64
        %v42 = arith.divui %v40, %size_B : i64
        %v45 = arith.addi %size_L, %v44 : i64
        %v46 = arith.divui %v45, %v10 : i64
        %v47 = arith.muli %v3, %v1 : i64
        %v48 = arith.index_cast %v43 : i64 to index
        %v49 = arith.index_cast %v2 : i64 to index
        %v50 = arith.index_cast %v2 : i64 to index
        scf.for %v51 = %v48 to %v49 step %v50 {
          %v52 = arith.index_cast %v51 : index to i64
          %v53 = arith.muli %v41, %size_D : i64
          %v54 = arith.addi %v53, %v39 : i64
          %v55 = arith.muli %v54, %v1 : i64
          %v56 = arith.addi %v55, %v37 : i64
          %v57 = arith.index_cast %v43 : i64 to index
          %v58 = arith.index_cast %v46 : i64 to index
          %v59 = arith.index_cast %v1 : i64 to index
          scf.for %v60 = %v57 to %v58 step %v59 {
            %v61 = arith.index_cast %v60 : index to i64
            %v62 = arith.cmpi slt, %v61, %v46 : i64
            scf.if %v62 {
              %v63 = arith.muli %v61, %v47 : i64
              %v64 = arith.addi %v56, %v63 : i64
              %v65 = llvm.getelementptr %part_h0[%v64] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v66 = llvm.load %v65 : !llvm.ptr -> f32
              %v67 = llvm.load %v20 : !llvm.ptr -> f32
              %v68 = arith.addf %v67, %v66 fastmath<contract> : f32
              llvm.store %v68, %v20 : f32, !llvm.ptr
            }
            %v69 = arith.addi %v61, %v2 : i64
            %v70 = arith.cmpi slt, %v69, %v46 : i64
            scf.if %v70 {
              %v71 = arith.muli %v69, %v47 : i64
              %v72 = arith.addi %v56, %v71 : i64
              %v73 = llvm.getelementptr %part_h0[%v72] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v74 = llvm.load %v73 : !llvm.ptr -> f32
              %v75 = llvm.load %v21 : !llvm.ptr -> f32
              %v76 = arith.addf %v75, %v74 fastmath<contract> : f32
              llvm.store %v76, %v21 : f32, !llvm.ptr
            }
            %v78 = arith.addi %v61, %v77 : i64
            %v79 = arith.cmpi slt, %v78, %v46 : i64
            scf.if %v79 {
              %v80 = arith.muli %v78, %v47 : i64
              %v81 = arith.addi %v56, %v80 : i64
              %v82 = llvm.getelementptr %part_h0[%v81] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v83 = llvm.load %v82 : !llvm.ptr -> f32
              %v84 = llvm.load %v22 : !llvm.ptr -> f32
              %v85 = arith.addf %v84, %v83 fastmath<contract> : f32
              llvm.store %v85, %v22 : f32, !llvm.ptr
            }
            %v87 = arith.addi %v61, %v86 : i64
            %v88 = arith.cmpi slt, %v87, %v46 : i64
            scf.if %v88 {
              %v89 = arith.muli %v87, %v47 : i64
              %v90 = arith.addi %v56, %v89 : i64
              %v91 = llvm.getelementptr %part_h0[%v90] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v92 = llvm.load %v91 : !llvm.ptr -> f32
              %v93 = llvm.load %v23 : !llvm.ptr -> f32
              %v94 = arith.addf %v93, %v92 fastmath<contract> : f32
              llvm.store %v94, %v23 : f32, !llvm.ptr
            }
            %v96 = arith.addi %v61, %v95 : i64
            %v97 = arith.cmpi slt, %v96, %v46 : i64
            scf.if %v97 {
              %v98 = arith.muli %v96, %v47 : i64
              %v99 = arith.addi %v56, %v98 : i64
              %v100 = llvm.getelementptr %part_h0[%v99] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v101 = llvm.load %v100 : !llvm.ptr -> f32
              %v102 = llvm.load %v24 : !llvm.ptr -> f32
              %v103 = arith.addf %v102, %v101 fastmath<contract> : f32
              llvm.store %v103, %v24 : f32, !llvm.ptr
            }
            %v105 = arith.addi %v61, %v104 : i64
            %v106 = arith.cmpi slt, %v105, %v46 : i64
            scf.if %v106 {
              %v107 = arith.muli %v105, %v47 : i64
              %v108 = arith.addi %v56, %v107 : i64
              %v109 = llvm.getelementptr %part_h0[%v108] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v110 = llvm.load %v109 : !llvm.ptr -> f32
              %v111 = llvm.load %v25 : !llvm.ptr -> f32
              %v112 = arith.addf %v111, %v110 fastmath<contract> : f32
              llvm.store %v112, %v25 : f32, !llvm.ptr
            }
            %v114 = arith.addi %v61, %v113 : i64
            %v115 = arith.cmpi slt, %v114, %v46 : i64
            scf.if %v115 {
              %v116 = arith.muli %v114, %v47 : i64
              %v117 = arith.addi %v56, %v116 : i64
              %v118 = llvm.getelementptr %part_h0[%v117] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v119 = llvm.load %v118 : !llvm.ptr -> f32
              %v120 = llvm.load %v26 : !llvm.ptr -> f32
              %v121 = arith.addf %v120, %v119 fastmath<contract> : f32
              llvm.store %v121, %v26 : f32, !llvm.ptr
            }
            %v123 = arith.addi %v61, %v122 : i64
            %v124 = arith.cmpi slt, %v123, %v46 : i64
            scf.if %v124 {
              %v125 = arith.muli %v123, %v47 : i64
              %v126 = arith.addi %v56, %v125 : i64
              %v127 = llvm.getelementptr %part_h0[%v126] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v128 = llvm.load %v127 : !llvm.ptr -> f32
              %v129 = llvm.load %v27 : !llvm.ptr -> f32
              %v130 = arith.addf %v129, %v128 fastmath<contract> : f32
              llvm.store %v130, %v27 : f32, !llvm.ptr
            }
            %v132 = arith.addi %v61, %v131 : i64
            %v133 = arith.cmpi slt, %v132, %v46 : i64
            scf.if %v133 {
              %v134 = arith.muli %v132, %v47 : i64
              %v135 = arith.addi %v56, %v134 : i64
              %v136 = llvm.getelementptr %part_h0[%v135] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v137 = llvm.load %v136 : !llvm.ptr -> f32
              %v138 = llvm.load %v28 : !llvm.ptr -> f32
              %v139 = arith.addf %v138, %v137 fastmath<contract> : f32
              llvm.store %v139, %v28 : f32, !llvm.ptr
            }
            %v141 = arith.addi %v61, %v140 : i64
            %v142 = arith.cmpi slt, %v141, %v46 : i64
            scf.if %v142 {
              %v143 = arith.muli %v141, %v47 : i64
              %v144 = arith.addi %v56, %v143 : i64
              %v145 = llvm.getelementptr %part_h0[%v144] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v146 = llvm.load %v145 : !llvm.ptr -> f32
              %v147 = llvm.load %v29 : !llvm.ptr -> f32
              %v148 = arith.addf %v147, %v146 fastmath<contract> : f32
              llvm.store %v148, %v29 : f32, !llvm.ptr
            }
            %v150 = arith.addi %v61, %v149 : i64
            %v151 = arith.cmpi slt, %v150, %v46 : i64
            scf.if %v151 {
              %v152 = arith.muli %v150, %v47 : i64
              %v153 = arith.addi %v56, %v152 : i64
              %v154 = llvm.getelementptr %part_h0[%v153] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v155 = llvm.load %v154 : !llvm.ptr -> f32
              %v156 = llvm.load %v30 : !llvm.ptr -> f32
              %v157 = arith.addf %v156, %v155 fastmath<contract> : f32
              llvm.store %v157, %v30 : f32, !llvm.ptr
            }
            %v159 = arith.addi %v61, %v158 : i64
            %v160 = arith.cmpi slt, %v159, %v46 : i64
            scf.if %v160 {
              %v161 = arith.muli %v159, %v47 : i64
              %v162 = arith.addi %v56, %v161 : i64
              %v163 = llvm.getelementptr %part_h0[%v162] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v164 = llvm.load %v163 : !llvm.ptr -> f32
              %v165 = llvm.load %v31 : !llvm.ptr -> f32
              %v166 = arith.addf %v165, %v164 fastmath<contract> : f32
              llvm.store %v166, %v31 : f32, !llvm.ptr
            }
            %v168 = arith.addi %v61, %v167 : i64
            %v169 = arith.cmpi slt, %v168, %v46 : i64
            scf.if %v169 {
              %v170 = arith.muli %v168, %v47 : i64
              %v171 = arith.addi %v56, %v170 : i64
              %v172 = llvm.getelementptr %part_h0[%v171] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v173 = llvm.load %v172 : !llvm.ptr -> f32
              %v174 = llvm.load %v32 : !llvm.ptr -> f32
              %v175 = arith.addf %v174, %v173 fastmath<contract> : f32
              llvm.store %v175, %v32 : f32, !llvm.ptr
            }
            %v177 = arith.addi %v61, %v176 : i64
            %v178 = arith.cmpi slt, %v177, %v46 : i64
            scf.if %v178 {
              %v179 = arith.muli %v177, %v47 : i64
              %v180 = arith.addi %v56, %v179 : i64
              %v181 = llvm.getelementptr %part_h0[%v180] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v182 = llvm.load %v181 : !llvm.ptr -> f32
              %v183 = llvm.load %v33 : !llvm.ptr -> f32
              %v184 = arith.addf %v183, %v182 fastmath<contract> : f32
              llvm.store %v184, %v33 : f32, !llvm.ptr
            }
            %v186 = arith.addi %v61, %v185 : i64
            %v187 = arith.cmpi slt, %v186, %v46 : i64
            scf.if %v187 {
              %v188 = arith.muli %v186, %v47 : i64
              %v189 = arith.addi %v56, %v188 : i64
              %v190 = llvm.getelementptr %part_h0[%v189] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v191 = llvm.load %v190 : !llvm.ptr -> f32
              %v192 = llvm.load %v34 : !llvm.ptr -> f32
              %v193 = arith.addf %v192, %v191 fastmath<contract> : f32
              llvm.store %v193, %v34 : f32, !llvm.ptr
            }
            %v195 = arith.addi %v61, %v194 : i64
            %v196 = arith.cmpi slt, %v195, %v46 : i64
            scf.if %v196 {
              %v197 = arith.muli %v195, %v47 : i64
              %v198 = arith.addi %v56, %v197 : i64
              %v199 = llvm.getelementptr %part_h0[%v198] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v200 = llvm.load %v199 : !llvm.ptr -> f32
              %v201 = llvm.load %v35 : !llvm.ptr -> f32
              %v202 = arith.addf %v201, %v200 fastmath<contract> : f32
              llvm.store %v202, %v35 : f32, !llvm.ptr
            }
          }
        }
        %v203 = llvm.load %v20 : !llvm.ptr -> f32
        %v204 = llvm.load %v21 : !llvm.ptr -> f32
        %v205 = arith.addf %v203, %v204 fastmath<contract> : f32
        %v206 = llvm.load %v22 : !llvm.ptr -> f32
        %v207 = arith.addf %v205, %v206 fastmath<contract> : f32
        %v208 = llvm.load %v23 : !llvm.ptr -> f32
        %v209 = arith.addf %v207, %v208 fastmath<contract> : f32
        %v210 = llvm.load %v24 : !llvm.ptr -> f32
        %v211 = arith.addf %v209, %v210 fastmath<contract> : f32
        %v212 = llvm.load %v25 : !llvm.ptr -> f32
        %v213 = arith.addf %v211, %v212 fastmath<contract> : f32
        %v214 = llvm.load %v26 : !llvm.ptr -> f32
        %v215 = arith.addf %v213, %v214 fastmath<contract> : f32
        %v216 = llvm.load %v27 : !llvm.ptr -> f32
        %v217 = arith.addf %v215, %v216 fastmath<contract> : f32
        %v218 = llvm.load %v28 : !llvm.ptr -> f32
        %v219 = arith.addf %v217, %v218 fastmath<contract> : f32
        %v220 = llvm.load %v29 : !llvm.ptr -> f32
        %v221 = arith.addf %v219, %v220 fastmath<contract> : f32
        %v222 = llvm.load %v30 : !llvm.ptr -> f32
        %v223 = arith.addf %v221, %v222 fastmath<contract> : f32
        %v224 = llvm.load %v31 : !llvm.ptr -> f32
        %v225 = arith.addf %v223, %v224 fastmath<contract> : f32
        %v226 = llvm.load %v32 : !llvm.ptr -> f32
        %v227 = arith.addf %v225, %v226 fastmath<contract> : f32
        %v228 = llvm.load %v33 : !llvm.ptr -> f32
        %v229 = arith.addf %v227, %v228 fastmath<contract> : f32
        %v230 = llvm.load %v34 : !llvm.ptr -> f32
        %v231 = arith.addf %v229, %v230 fastmath<contract> : f32
        %v232 = llvm.load %v35 : !llvm.ptr -> f32
        %v233 = arith.addf %v231, %v232 fastmath<contract> : f32
        %v234 = llvm.getelementptr %dx_h0[%v12] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v233, %v234 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
