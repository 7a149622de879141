module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @mamba2_seg_reduce_A_log(%part_A_log: !llvm.ptr, %dx_A_log: !llvm.ptr, %size_B: i64, %size_L: i64, %size_H: i64, %size_P: i64, %size_N: i64) kernel {
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
      %v37 = arith.constant 255 : i64
      %v41 = arith.constant 8 : i64
      %v93 = arith.constant 2 : i64
      %v117 = arith.constant 3 : i64
      %v141 = arith.constant 4 : i64
      %v165 = arith.constant 5 : i64
      %v189 = arith.constant 6 : i64
      %v213 = arith.constant 7 : i64
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
        %v38 = arith.addi %size_L, %v37 : i64
        %v39 = arith.divui %v38, %v11 : i64
        %v40 = arith.muli %v39, %v36 : i64
        %v42 = arith.index_cast %v34 : i64 to index
        %v43 = arith.index_cast %v40 : i64 to index
        %v44 = arith.index_cast %v41 : i64 to index
        scf.for %v45 = %v42 to %v43 step %v44 {
          %v46 = arith.index_cast %v45 : index to i64
          %v47 = arith.addi %v46, %v34 : i64
          %v48 = arith.cmpi slt, %v47, %v40 : i64
          scf.if %v48 {
            %v49 = arith.divui %v47, %v36 : i64
            %v50 = arith.addi %v34, %v49 : i64
            %v51 = arith.remui %v47, %v36 : i64
            %v52 = arith.remui %v51, %size_P : i64
            %v53 = arith.divui %v51, %size_P : i64
            %v54 = arith.remui %v53, %size_B : i64
            %v55 = arith.divui %v53, %size_B : i64
            %v56 = arith.muli %v34, %size_B : i64
            %v57 = arith.addi %v56, %v54 : i64
            %v58 = arith.muli %v57, %size_H : i64
            %v59 = arith.addi %v58, %v32 : i64
            %v60 = arith.muli %v59, %size_P : i64
            %v61 = arith.addi %v60, %v52 : i64
            %v62 = arith.muli %v50, %v5 : i64
            %v63 = arith.addi %v62, %v61 : i64
            %v64 = arith.muli %v63, %v2 : i64
            %v65 = arith.addi %v64, %v34 : i64
            %v66 = llvm.getelementptr %part_A_log[%v65] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v67 = llvm.load %v66 : !llvm.ptr -> f32
            %v68 = llvm.load %v23 : !llvm.ptr -> f32
            %v69 = arith.addf %v68, %v67 fastmath<contract> : f32
            llvm.store %v69, %v23 : f32, !llvm.ptr
          }
          %v70 = arith.addi %v46, %v2 : i64
          %v71 = arith.cmpi slt, %v70, %v40 : i64
          scf.if %v71 {
            %v72 = arith.divui %v70, %v36 : i64
            %v73 = arith.addi %v34, %v72 : i64
            %v74 = arith.remui %v70, %v36 : i64
            %v75 = arith.remui %v74, %size_P : i64
            %v76 = arith.divui %v74, %size_P : i64
            %v77 = arith.remui %v76, %size_B : i64
            %v78 = arith.divui %v76, %size_B : i64
            %v79 = arith.muli %v34, %size_B : i64
            %v80 = arith.addi %v79, %v77 : i64
            %v81 = arith.muli %v80, %size_H : i64
            %v82 = arith.addi %v81, %v32 : i64
            %v83 = arith.muli %v82, %size_P : i64
            %v84 = arith.addi %v83, %v75 : i64
            %v85 = arith.muli %v73, %v5 : i64
            %v86 = arith.addi %v85, %v84 : i64
            %v87 = arith.muli %v86, %v2 : i64
            %v88 = arith.addi %v87, %v34 : i64
            %v89 = llvm.getelementptr %part_A_log[%v88] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v90 = llvm.load %v89 : !llvm.ptr -> f32
            %v91 = llvm.load %v24 : !llvm.ptr -> f32
            %v92 = arith.addf %v91, %v90 fastmath<contract> : f32
            llvm.store %v92, %v24 : f32, !llvm.ptr
          }
          %v94 = arith.addi %v46, %v93 : i64
          %v95 = arith.cmpi slt, %v94, %v40 : i64
          scf.if %v95 {
            %v96 = arith.divui %v94, %v36 : i64
            %v97 = arith.addi %v34, %v96 : i64
            %v98 = arith.remui %v94, %v36 : i64
            %v99 = arith.remui %v98, %size_P : i64
            %v100 = arith.divui %v98, %size_P : i64
            %v101 = arith.remui %v100, %size_B : i64
            %v102 = arith.divui %v100, %size_B : i64
            %v103 = arith.muli %v34, %size_B : i64
            %v104 = arith.addi %v103, %v101 : i64
            %v105 = arith.muli %v104, %size_H : i64
            %v106 = arith.addi %v105, %v32 : i64
            %v107 = arith.muli %v106, %size_P : i64
            %v108 = arith.addi %v107, %v99 : i64
            %v109 = arith.muli %v97, %v5 : i64
            %v110 = arith.addi %v109, %v108 : i64
            %v111 = arith.muli %v110, %v2 : i64
            %v112 = arith.addi %v111, %v34 : i64
            %v113 = llvm.getelementptr %part_A_log[%v112] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v114 = llvm.load %v113 : !llvm.ptr -> f32
            %v115 = llvm.load %v25 : !llvm.ptr -> f32
            %v116 = arith.addf %v115, %v114 fastmath<contract> : f32
            llvm.store %v116, %v25 : f32, !llvm.ptr
          }
          %v118 = arith.addi %v46, %v117 : i64
          %v119 = arith.cmpi slt, %v118, %v40 : i64
          scf.if %v119 {
            %v120 = arith.divui %v118, %v36 : i64
            %v121 = arith.addi %v34, %v120 : i64
            %v122 = arith.remui %v118, %v36 : i64
            %v123 = arith.remui %v122, %size_P : i64
            %v124 = arith.divui %v122, %size_P : i64
            %v125 = arith.remui %v124, %size_B : i64
            %v126 = arith.divui %v124, %size_B : i64
            %v127 = arith.muli %v34, %size_B : i64
            %v128 = arith.addi %v127, %v125 : i64
            %v129 = arith.muli %v128, %size_H : i64
            %v130 = arith.addi %v129, %v32 : i64
            %v131 = arith.muli %v130, %size_P : i64
            %v132 = arith.addi %v131, %v123 : i64
            %v133 = arith.muli %v121, %v5 : i64
            %v134 = arith.addi %v133, %v132 : i64
            %v135 = arith.muli %v134, %v2 : i64
            %v136 = arith.addi %v135, %v34 : i64
            %v137 = llvm.getelementptr %part_A_log[%v136] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v138 = llvm.load %v137 : !llvm.ptr -> f32
            %v139 = llvm.load %v26 : !llvm.ptr -> f32
            %v140 = arith.addf %v139, %v138 fastmath<contract> : f32
            llvm.store %v140, %v26 : f32, !llvm.ptr
          }
          %v142 = arith.addi %v46, %v141 : i64
          %v143 = arith.cmpi slt, %v142, %v40 : i64
          scf.if %v143 {
            %v144 = arith.divui %v142, %v36 : i64
            %v145 = arith.addi %v34, %v144 : i64
            %v146 = arith.remui %v142, %v36 : i64
            %v147 = arith.remui %v146, %size_P : i64
            %v148 = arith.divui %v146, %size_P : i64
            %v149 = arith.remui %v148, %size_B : i64
            %v150 = arith.divui %v148, %size_B : i64
            %v151 = arith.muli %v34, %size_B : i64
            %v152 = arith.addi %v151, %v149 : i64
            %v153 = arith.muli %v152, %size_H : i64
            %v154 = arith.addi %v153, %v32 : i64
            %v155 = arith.muli %v154, %size_P : i64
            %v156 = arith.addi %v155, %v147 : i64
            %v157 = arith.muli %v145, %v5 : i64
            %v158 = arith.addi %v157, %v156 : i64
            %v159 = arith.muli %v158, %v2 : i64
            %v160 = arith.addi %v159, %v34 : i64
            %v161 = llvm.getelementptr %part_A_log[%v160] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v162 = llvm.load %v161 : !llvm.ptr -> f32
            %v163 = llvm.load %v27 : !llvm.ptr -> f32
            %v164 = arith.addf %v163, %v162 fastmath<contract> : f32
            llvm.store %v164, %v27 : f32, !llvm.ptr
          }
          %v166 = arith.addi %v46, %v165 : i64
          %v167 = arith.cmpi slt, %v166, %v40 : i64
          scf.if %v167 {
            %v168 = arith.divui %v166, %v36 : i64
            %v169 = arith.addi %v34, %v168 : i64
            %v170 = arith.remui %v166, %v36 : i64
            %v171 = arith.remui %v170, %size_P : i64
            %v172 = arith.divui %v170, %size_P : i64
            %v173 = arith.remui %v172, %size_B : i64
            %v174 = arith.divui %v172, %size_B : i64
            %v175 = arith.muli %v34, %size_B : i64
            %v176 = arith.addi %v175, %v173 : i64
            %v177 = arith.muli %v176, %size_H : i64
            %v178 = arith.addi %v177, %v32 : i64
            %v179 = arith.muli %v178, %size_P : i64
            %v180 = arith.addi %v179, %v171 : i64
            %v181 = arith.muli %v169, %v5 : i64
            %v182 = arith.addi %v181, %v180 : i64
            %v183 = arith.muli %v182, %v2 : i64
            %v184 = arith.addi %v183, %v34 : i64
            %v185 = llvm.getelementptr %part_A_log[%v184] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v186 = llvm.load %v185 : !llvm.ptr -> f32
            %v187 = llvm.load %v28 : !llvm.ptr -> f32
            %v188 = arith.addf %v187, %v186 fastmath<contract> : f32
            llvm.store %v188, %v28 : f32, !llvm.ptr
          }
          %v190 = arith.addi %v46, %v189 : i64
          %v191 = arith.cmpi slt, %v190, %v40 : i64
          scf.if %v191 {
            %v192 = arith.divui %v190, %v36 : i64
            %v193 = arith.addi %v34, %v192 : i64
            %v194 = arith.remui %v190, %v36 : i64
            %v195 = arith.remui %v194, %size_P : i64
            %v196 = arith.divui %v194, %size_P : i64
            %v197 = arith.remui %v196, %size_B : i64
            %v198 = arith.divui %v196, %size_B : i64
            %v199 = arith.muli %v34, %size_B : i64
            %v200 = arith.addi %v199, %v197 : i64
            %v201 = arith.muli %v200, %size_H : i64
            %v202 = arith.addi %v201, %v32 : i64
            %v203 = arith.muli %v202, %size_P : i64
            %v204 = arith.addi %v203, %v195 : i64
            %v205 = arith.muli %v193, %v5 : i64
            %v206 = arith.addi %v205, %v204 : i64
            %v207 = arith.muli %v206, %v2 : i64
            %v208 = arith.addi %v207, %v34 : i64
            %v209 = llvm.getelementptr %part_A_log[%v208] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v210 = llvm.load %v209 : !llvm.ptr -> f32
            %v211 = llvm.load %v29 : !llvm.ptr -> f32
            %v212 = arith.addf %v211, %v210 fastmath<contract> : f32
            llvm.store %v212, %v29 : f32, !llvm.ptr
          }
          %v214 = arith.addi %v46, %v213 : i64
          %v215 = arith.cmpi slt, %v214, %v40 : i64
          scf.if %v215 {
            %v216 = arith.divui %v214, %v36 : i64
            %v217 = arith.addi %v34, %v216 : i64
            %v218 = arith.remui %v214, %v36 : i64
            %v219 = arith.remui %v218, %size_P : i64
            %v220 = arith.divui %v218, %size_P : i64
            %v221 = arith.remui %v220, %size_B : i64
            %v222 = arith.divui %v220, %size_B : i64
            %v223 = arith.muli %v34, %size_B : i64
            %v224 = arith.addi %v223, %v221 : i64
            %v225 = arith.muli %v224, %size_H : i64
            %v226 = arith.addi %v225, %v32 : i64
            %v227 = arith.muli %v226, %size_P : i64
            %v228 = arith.addi %v227, %v219 : i64
            %v229 = arith.muli %v217, %v5 : i64
            %v230 = arith.addi %v229, %v228 : i64
            %v231 = arith.muli %v230, %v2 : i64
            %v232 = arith.addi %v231, %v34 : i64
            %v233 = llvm.getelementptr %part_A_log[%v232] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v234 = llvm.load %v233 : !llvm.ptr -> f32
            %v235 = llvm.load %v30 : !llvm.ptr -> f32
            %v236 = arith.addf %v235, %v234 fastmath<contract> : f32
            llvm.store %v236, %v30 : f32, !llvm.ptr
          }
        }
        %v237 = llvm.load %v23 : !llvm.ptr -> f32
        %v238 = llvm.load %v24 : !llvm.ptr -> f32
        %v239 = arith.addf %v237, %v238 fastmath<contract> : f32
        %v240 = llvm.load %v25 : !llvm.ptr -> f32
        %v241 = arith.addf %v239, %v240 fastmath<contract> : f32
        %v242 = llvm.load %v26 : !llvm.ptr -> f32
        %v243 = arith.addf %v241, %v242 fastmath<contract> : f32
        %v244 = llvm.load %v27 : !llvm.ptr -> f32
        %v245 = arith.addf %v243, %v244 fastmath<contract> : f32
        %v246 = llvm.load %v28 : !llvm.ptr -> f32
        %v247 = arith.addf %v245, %v246 fastmath<contract> : f32
        %v248 = llvm.load %v29 : !llvm.ptr -> f32
        %v249 = arith.addf %v247, %v248 fastmath<contract> : f32
        %v250 = llvm.load %v30 : !llvm.ptr -> f32
        %v251 = arith.addf %v249, %v250 fastmath<contract> : f32
        %v252 = llvm.getelementptr %dx_A_log[%v13] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v251, %v252 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
