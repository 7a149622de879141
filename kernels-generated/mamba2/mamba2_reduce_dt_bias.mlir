module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @mamba2_reduce_dt_bias(%part_dt_bias: !llvm.ptr, %dx_dt_bias: !llvm.ptr, %size_B: i64, %size_L: i64, %size_H: i64, %size_P: i64, %size_N: i64) kernel {
      %v1 = arith.constant 16 : i64
      %v2 = arith.constant 1 : i64
      %v3 = arith.muli %v2, %size_B : i64
      %v4 = arith.muli %v3, %size_H : i64
      %v5 = arith.muli %v4, %size_P : i64
      %v6 = arith.muli %v2, %size_H : i64
      %v11 = arith.constant 256 : i64
      %v23 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v24 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v25 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v26 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v27 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v28 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v29 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v30 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v31 = arith.constant 0x00000000 : f32
      %v34 = arith.constant 0 : i64
      %v38 = arith.constant 8 : i64
      %v90 = arith.constant 2 : i64
      %v114 = arith.constant 3 : i64
      %v138 = arith.constant 4 : i64
      %v162 = arith.constant 5 : i64
      %v186 = arith.constant 6 : i64
      %v210 = arith.constant 7 : i64
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
        llvm.store %v31, %v23 : f32, !llvm.ptr
        llvm.store %v31, %v24 : f32, !llvm.ptr
        llvm.store %v31, %v25 : f32, !llvm.ptr
        llvm.store %v31, %v26 : f32, !llvm.ptr
        llvm.store %v31, %v27 : f32, !llvm.ptr
        llvm.store %v31, %v28 : f32, !llvm.ptr
        llvm.store %v31, %v29 : f32, !llvm.ptr
        llvm.store %v31, %v30 : f32, !llvm.ptr
        %v32 = arith.remui %v13, %size_H : i64
        %v33 = arith.divui %v13, %size_H : i64
        %v35 = arith.muli %v2, %size_B : i64
        %v36 = arith.muli %v35, %size_P : i64
        %v37 = arith.muli %v2, %v36 : i64
        %v39 = arith.index_cast %v34 : i64 to index
        %v40 = arith.index_cast %v37 : i64 to index
        %v41 = arith.index_cast %v38 : i64 to index
        scf.for %v42 = %v39 to %v40 step %v41 {
          %v43 = arith.index_cast %v42 : index to i64
          %v44 = arith.addi %v43, %v34 : i64
          %v45 = arith.cmpi slt, %v44, %v37 : i64
          scf.if %v45 {
            %v46 = arith.divui %v44, %v36 : i64
            %v47 = arith.addi %v34, %v46 : i64
            %v48 = arith.remui %v44, %v36 : i64
            %v49 = arith.remui %v48, %size_P : i64
            %v50 = arith.divui %v48, %size_P : i64
            %v51 = arith.remui %v50, %size_B : i64
            %v52 = arith.divui %v50, %size_B : i64
            %v53 = arith.muli %v34, %size_B : i64
            %v54 = arith.addi %v53, %v51 : i64
            %v55 = arith.muli %v54, %size_H : i64
            %v56 = arith.addi %v55, %v32 : i64
            %v57 = arith.muli %v56, %size_P : i64
            %v58 = arith.addi %v57, %v49 : i64
            %v59 = arith.muli %v47, %v5 : i64
            %v60 = arith.addi %v59, %v58 : i64
            %v61 = arith.muli %v60, %v2 : i64
            %v62 = arith.addi %v61, %v34 : i64
            %v63 = llvm.getelementptr %part_dt_bias[%v62] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v64 = llvm.load %v63 : !llvm.ptr -> f32
            %v65 = llvm.load %v23 : !llvm.ptr -> f32
            %v66 = arith.addf %v65, %v64 fastmath<contract> : f32
            llvm.store %v66, %v23 : f32, !llvm.ptr
          }
          %v67 = arith.addi %v43, %v2 : i64
          %v68 = arith.cmpi slt, %v67, %v37 : i64
          scf.if %v68 {
            %v69 = arith.divui %v67, %v36 : i64
            %v70 = arith.addi %v34, %v69 : i64
            %v71 = arith.remui %v67, %v36 : i64
            %v72 = arith.remui %v71, %size_P : i64
            %v73 = arith.divui %v71, %size_P : i64
            %v74 = arith.remui %v73, %size_B : i64
            %v75 = arith.divui %v73, %size_B : i64
            %v76 = arith.muli %v34, %size_B : i64
            %v77 = arith.addi %v76, %v74 : i64
            %v78 = arith.muli %v77, %size_H : i64
            %v79 = arith.addi %v78, %v32 : i64
            %v80 = arith.muli %v79, %size_P : i64
            %v81 = arith.addi %v80, %v72 : i64
            %v82 = arith.muli %v70, %v5 : i64
            %v83 = arith.addi %v82, %v81 : i64
            %v84 = arith.muli %v83, %v2 : i64
            %v85 = arith.addi %v84, %v34 : i64
            %v86 = llvm.getelementptr %part_dt_bias[%v85] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v87 = llvm.load %v86 : !llvm.ptr -> f32
            %v88 = llvm.load %v24 : !llvm.ptr -> f32
            %v89 = arith.addf %v88, %v87 fastmath<contract> : f32
            llvm.store %v89, %v24 : f32, !llvm.ptr
          }
          %v91 = arith.addi %v43, %v90 : i64
          %v92 = arith.cmpi slt, %v91, %v37 : i64
          scf.if %v92 {
            %v93 = arith.divui %v91, %v36 : i64
            %v94 = arith.addi %v34, %v93 : i64
            %v95 = arith.remui %v91, %v36 : i64
            %v96 = arith.remui %v95, %size_P : i64
            %v97 = arith.divui %v95, %size_P : i64
            %v98 = arith.remui %v97, %size_B : i64
            %v99 = arith.divui %v97, %size_B : i64
            %v100 = arith.muli %v34, %size_B : i64
            %v101 = arith.addi %v100, %v98 : i64
            %v102 = arith.muli %v101, %size_H : i64
            %v103 = arith.addi %v102, %v32 : i64
            %v104 = arith.muli %v103, %size_P : i64
            %v105 = arith.addi %v104, %v96 : i64
            %v106 = arith.muli %v94, %v5 : i64
            %v107 = arith.addi %v106, %v105 : i64
            %v108 = arith.muli %v107, %v2 : i64
            %v109 = arith.addi %v108, %v34 : i64
            %v110 = llvm.getelementptr %part_dt_bias[%v109] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v111 = llvm.load %v110 : !llvm.ptr -> f32
            %v112 = llvm.load %v25 : !llvm.ptr -> f32
            %v113 = arith.addf %v112, %v111 fastmath<contract> : f32
            llvm.store %v113, %v25 : f32, !llvm.ptr
          }
          %v115 = arith.addi %v43, %v114 : i64
          %v116 = arith.cmpi slt, %v115, %v37 : i64
          scf.if %v116 {
            %v117 = arith.divui %v115, %v36 : i64
            %v118 = arith.addi %v34, %v117 : i64
            %v119 = arith.remui %v115, %v36 : i64
            %v120 = arith.remui %v119, %size_P : i64
            %v121 = arith.divui %v119, %size_P : i64
            %v122 = arith.remui %v121, %size_B : i64
            %v123 = arith.divui %v121, %size_B : i64
            %v124 = arith.muli %v34, %size_B : i64
            %v125 = arith.addi %v124, %v122 : i64
            %v126 = arith.muli %v125, %size_H : i64
            %v127 = arith.addi %v126, %v32 : i64
            %v128 = arith.muli %v127, %size_P : i64
            %v129 = arith.addi %v128, %v120 : i64
            %v130 = arith.muli %v118, %v5 : i64
            %v131 = arith.addi %v130, %v129 : i64
            %v132 = arith.muli %v131, %v2 : i64
            %v133 = arith.addi %v132, %v34 : i64
            %v134 = llvm.getelementptr %part_dt_bias[%v133] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v135 = llvm.load %v134 : !llvm.ptr -> f32
            %v136 = llvm.load %v26 : !llvm.ptr -> f32
            %v137 = arith.addf %v136, %v135 fastmath<contract> : f32
            llvm.store %v137, %v26 : f32, !llvm.ptr
          }
          %v139 = arith.addi %v43, %v138 : i64
          %v140 = arith.cmpi slt, %v139, %v37 : i64
          scf.if %v140 {
            %v141 = arith.divui %v139, %v36 : i64
            %v142 = arith.addi %v34, %v141 : i64
            %v143 = arith.remui %v139, %v36 : i64
            %v144 = arith.remui %v143, %size_P : i64
            %v145 = arith.divui %v143, %size_P : i64
            %v146 = arith.remui %v145, %size_B : i64
            %v147 = arith.divui %v145, %size_B : i64
            %v148 = arith.muli %v34, %size_B : i64
            %v149 = arith.addi %v148, %v146 : i64
            %v150 = arith.muli %v149, %size_H : i64
            %v151 = arith.addi %v150, %v32 : i64
            %v152 = arith.muli %v151, %size_P : i64
            %v153 = arith.addi %v152, %v144 : i64
            %v154 = arith.muli %v142, %v5 : i64
            %v155 = arith.addi %v154, %v153 : i64
            %v156 = arith.muli %v155, %v2 : i64
            %v157 = arith.addi %v156, %v34 : i64
            %v158 = llvm.getelementptr %part_dt_bias[%v157] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v159 = llvm.load %v158 : !llvm.ptr -> f32
            %v160 = llvm.load %v27 : !llvm.ptr -> f32
            %v161 = arith.addf %v160, %v159 fastmath<contract> : f32
            llvm.store %v161, %v27 : f32, !llvm.ptr
          }
          %v163 = arith.addi %v43, %v162 : i64
          %v164 = arith.cmpi slt, %v163, %v37 : i64
          scf.if %v164 {
            %v165 = arith.divui %v163, %v36 : i64
            %v166 = arith.addi %v34, %v165 : i64
            %v167 = arith.remui %v163, %v36 : i64
            %v168 = arith.remui %v167, %size_P : i64
            %v169 = arith.divui %v167, %size_P : i64
            %v170 = arith.remui %v169, %size_B : i64
            %v171 = arith.divui %v169, %size_B : i64
            %v172 = arith.muli %v34, %size_B : i64
            %v173 = arith.addi %v172, %v170 : i64
            %v174 = arith.muli %v173, %size_H : i64
            %v175 = arith.addi %v174, %v32 : i64
            %v176 = arith.muli %v175, %size_P : i64
            %v177 = arith.addi %v176, %v168 : i64
            %v178 = arith.muli %v166, %v5 : i64
            %v179 = arith.addi %v178, %v177 : i64
            %v180 = arith.muli %v179, %v2 : i64
            %v181 = arith.addi %v180, %v34 : i64
            %v182 = llvm.getelementptr %part_dt_bias[%v181] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v183 = llvm.load %v182 : !llvm.ptr -> f32
            %v184 = llvm.load %v28 : !llvm.ptr -> f32
            %v185 = arith.addf %v184, %v183 fastmath<contract> : f32
            llvm.store %v185, %v28 : f32, !llvm.ptr
          }
          %v187 = arith.addi %v43, %v186 : i64
          %v188 = arith.cmpi slt, %v187, %v37 : i64
          scf.if %v188 {
            %v189 = arith.divui %v187, %v36 : i64
            %v190 = arith.addi %v34, %v189 : i64
            %v191 = arith.remui %v187, %v36 : i64
            %v192 = arith.remui %v191, %size_P : i64
            %v193 = arith.divui %v191, %size_P : i64
            %v194 = arith.remui %v193, %size_B : i64
            %v195 = arith.divui %v193, %size_B : i64
            %v196 = arith.muli %v34, %size_B : i64
            %v197 = arith.addi %v196, %v194 : i64
            %v198 = arith.muli %v197, %size_H : i64
            %v199 = arith.addi %v198, %v32 : i64
            %v200 = arith.muli %v199, %size_P : i64
            %v201 = arith.addi %v200, %v192 : i64
            %v202 = arith.muli %v190, %v5 : i64
            %v203 = arith.addi %v202, %v201 : i64
            %v204 = arith.muli %v203, %v2 : i64
            %v205 = arith.addi %v204, %v34 : i64
            %v206 = llvm.getelementptr %part_dt_bias[%v205] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v207 = llvm.load %v206 : !llvm.ptr -> f32
            %v208 = llvm.load %v29 : !llvm.ptr -> f32
            %v209 = arith.addf %v208, %v207 fastmath<contract> : f32
            llvm.store %v209, %v29 : f32, !llvm.ptr
          }
          %v211 = arith.addi %v43, %v210 : i64
          %v212 = arith.cmpi slt, %v211, %v37 : i64
          scf.if %v212 {
            %v213 = arith.divui %v211, %v36 : i64
            %v214 = arith.addi %v34, %v213 : i64
            %v215 = arith.remui %v211, %v36 : i64
            %v216 = arith.remui %v215, %size_P : i64
            %v217 = arith.divui %v215, %size_P : i64
            %v218 = arith.remui %v217, %size_B : i64
            %v219 = arith.divui %v217, %size_B : i64
            %v220 = arith.muli %v34, %size_B : i64
            %v221 = arith.addi %v220, %v218 : i64
            %v222 = arith.muli %v221, %size_H : i64
            %v223 = arith.addi %v222, %v32 : i64
            %v224 = arith.muli %v223, %size_P : i64
            %v225 = arith.addi %v224, %v216 : i64
            %v226 = arith.muli %v214, %v5 : i64
            %v227 = arith.addi %v226, %v225 : i64
            %v228 = arith.muli %v227, %v2 : i64
            %v229 = arith.addi %v228, %v34 : i64
            %v230 = llvm.getelementptr %part_dt_bias[%v229] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v231 = llvm.load %v230 : !llvm.ptr -> f32
            %v232 = llvm.load %v30 : !llvm.ptr -> f32
            %v233 = arith.addf %v232, %v231 fastmath<contract> : f32
            llvm.store %v233, %v30 : f32, !llvm.ptr
          }
        }
        %v234 = llvm.load %v23 : !llvm.ptr -> f32
        %v235 = llvm.load %v24 : !llvm.ptr -> f32
        %v236 = arith.addf %v234, %v235 fastmath<contract> : f32
        %v237 = llvm.load %v25 : !llvm.ptr -> f32
        %v238 = arith.addf %v236, %v237 fastmath<contract> : f32
        %v239 = llvm.load %v26 : !llvm.ptr -> f32
        %v240 = arith.addf %v238, %v239 fastmath<contract> : f32
        %v241 = llvm.load %v27 : !llvm.ptr -> f32
        %v242 = arith.addf %v240, %v241 fastmath<contract> : f32
        %v243 = llvm.load %v28 : !llvm.ptr -> f32
        %v244 = arith.addf %v242, %v243 fastmath<contract> : f32
        %v245 = llvm.load %v29 : !llvm.ptr -> f32
        %v246 = arith.addf %v244, %v245 fastmath<contract> : f32
        %v247 = llvm.load %v30 : !llvm.ptr -> f32
        %v248 = arith.addf %v246, %v247 fastmath<contract> : f32
        %v249 = llvm.getelementptr %dx_dt_bias[%v13] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v248, %v249 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
