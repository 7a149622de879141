module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @mamba2_reduce_Cm(%part_Cm: !llvm.ptr, %dx_Cm: !llvm.ptr, %size_B: i64, %size_L: i64, %size_H: i64, %size_P: i64, %size_N: i64) kernel {
      %v1 = arith.constant 16 : i64
      %v2 = arith.constant 1 : i64
      %v3 = arith.muli %v2, %size_B : i64
      %v4 = arith.muli %v3, %size_H : i64
      %v5 = arith.muli %v4, %size_P : i64
      %v6 = arith.muli %v2, %size_B : i64
      %v7 = arith.muli %v6, %size_L : i64
      %v8 = arith.muli %v7, %v1 : i64
      %v13 = arith.constant 256 : i64
      %v25 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v26 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v27 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v28 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v29 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v30 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v31 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v32 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v33 = arith.constant 0x00000000 : f32
      %v40 = arith.constant 0 : i64
      %v46 = arith.constant 8 : i64
      %v102 = arith.constant 2 : i64
      %v128 = arith.constant 3 : i64
      %v154 = arith.constant 4 : i64
      %v180 = arith.constant 5 : i64
      %v206 = arith.constant 6 : i64
      %v232 = arith.constant 7 : i64
      %v9 = gpu.block_id x
      %v10 = gpu.thread_id x
      %v11 = arith.index_cast %v10 : index to i64
      %v12 = arith.index_cast %v9 : index to i64
      %v14 = arith.muli %v12, %v13 : i64
      %v15 = arith.addi %v14, %v11 : i64
      %v16 = arith.cmpi slt, %v15, %v8 : i64
      %v17 = arith.subi %v8, %v2 : i64
      %v18 = arith.minsi %v15, %v17 : i64
      %v19 = arith.remui %v18, %size_P : i64
      %v20 = arith.divui %v18, %size_P : i64
      %v21 = arith.remui %v20, %size_H : i64
      %v22 = arith.divui %v20, %size_H : i64
      %v23 = arith.remui %v22, %size_B : i64
      %v24 = arith.divui %v22, %size_B : i64
      scf.if %v16 {
        llvm.store %v33, %v25 : f32, !llvm.ptr
        llvm.store %v33, %v26 : f32, !llvm.ptr
        llvm.store %v33, %v27 : f32, !llvm.ptr
        llvm.store %v33, %v28 : f32, !llvm.ptr
        llvm.store %v33, %v29 : f32, !llvm.ptr
        llvm.store %v33, %v30 : f32, !llvm.ptr
        llvm.store %v33, %v31 : f32, !llvm.ptr
        llvm.store %v33, %v32 : f32, !llvm.ptr
        %v34 = arith.remui %v15, %v1 : i64
        %v35 = arith.divui %v15, %v1 : i64
        %v36 = arith.remui %v35, %size_L : i64
        %v37 = arith.divui %v35, %size_L : i64
        %v38 = arith.remui %v37, %size_B : i64
        %v39 = arith.divui %v37, %size_B : i64
        %v41 = arith.muli %v40, %v1 : i64
        %v42 = arith.addi %v41, %v34 : i64
        %v43 = arith.muli %v2, %size_H : i64
        %v44 = arith.muli %v43, %size_P : i64
        %v45 = arith.muli %v2, %v44 : i64
        %v47 = arith.index_cast %v40 : i64 to index
        %v48 = arith.index_cast %v45 : i64 to index
        %v49 = arith.index_cast %v46 : i64 to index
        scf.for %v50 = %v47 to %v48 step %v49 {
          %v51 = arith.index_cast %v50 : index to i64
          %v52 = arith.addi %v51, %v40 : i64
          %v53 = arith.cmpi slt, %v52, %v45 : i64
          scf.if %v53 {
            %v54 = arith.divui %v52, %v44 : i64
            %v55 = arith.addi %v40, %v54 : i64
            %v56 = arith.remui %v52, %v44 : i64
            %v57 = arith.remui %v56, %size_P : i64
            %v58 = arith.divui %v56, %size_P : i64
            %v59 = arith.remui %v58, %size_H : i64
            %v60 = arith.divui %v58, %size_H : i64
            %v61 = arith.muli %v40, %size_B : i64
            %v62 = arith.addi %v61, %v38 : i64
            %v63 = arith.muli %v62, %size_H : i64
            %v64 = arith.addi %v63, %v59 : i64
            %v65 = arith.muli %v64, %size_P : i64
            %v66 = arith.addi %v65, %v57 : i64
            %v67 = arith.muli %v55, %v5 : i64
            %v68 = arith.addi %v67, %v66 : i64
            %v69 = arith.muli %v68, %v1 : i64
            %v70 = arith.addi %v69, %v42 : i64
            %v71 = arith.muli %v70, %size_L : i64
            %v72 = arith.addi %v71, %v36 : i64
            %v73 = llvm.getelementptr %part_Cm[%v72] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v74 = llvm.load %v73 : !llvm.ptr -> f32
            %v75 = llvm.load %v25 : !llvm.ptr -> f32
            %v76 = arith.addf %v75, %v74 fastmath<contract> : f32
            llvm.store %v76, %v25 : f32, !llvm.ptr
          }
          %v77 = arith.addi %v51, %v2 : i64
          %v78 = arith.cmpi slt, %v77, %v45 : i64
          scf.if %v78 {
            %v79 = arith.divui %v77, %v44 : i64
            %v80 = arith.addi %v40, %v79 : i64
            %v81 = arith.remui %v77, %v44 : i64
            %v82 = arith.remui %v81, %size_P : i64
            %v83 = arith.divui %v81, %size_P : i64
            %v84 = arith.remui %v83, %size_H : i64
            %v85 = arith.divui %v83, %size_H : i64
            %v86 = arith.muli %v40, %size_B : i64
            %v87 = arith.addi %v86, %v38 : i64
            %v88 = arith.muli %v87, %size_H : i64
            %v89 = arith.addi %v88, %v84 : i64
            %v90 = arith.muli %v89, %size_P : i64
            %v91 = arith.addi %v90, %v82 : i64
            %v92 = arith.muli %v80, %v5 : i64
            %v93 = arith.addi %v92, %v91 : i64
            %v94 = arith.muli %v93, %v1 : i64
            %v95 = arith.addi %v94, %v42 : i64
            %v96 = arith.muli %v95, %size_L : i64
            %v97 = arith.addi %v96, %v36 : i64
            %v98 = llvm.getelementptr %part_Cm[%v97] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v99 = llvm.load %v98 : !llvm.ptr -> f32
            %v100 = llvm.load %v26 : !llvm.ptr -> f32
            %v101 = arith.addf %v100, %v99 fastmath<contract> : f32
            llvm.store %v101, %v26 : f32, !llvm.ptr
          }
          %v103 = arith.addi %v51, %v102 : i64
          %v104 = arith.cmpi slt, %v103, %v45 : i64
          scf.if %v104 {
            %v105 = arith.divui %v103, %v44 : i64
            %v106 = arith.addi %v40, %v105 : i64
            %v107 = arith.remui %v103, %v44 : i64
            %v108 = arith.remui %v107, %size_P : i64
            %v109 = arith.divui %v107, %size_P : i64
            %v110 = arith.remui %v109, %size_H : i64
            %v111 = arith.divui %v109, %size_H : i64
            %v112 = arith.muli %v40, %size_B : i64
            %v113 = arith.addi %v112, %v38 : i64
            %v114 = arith.muli %v113, %size_H : i64
            %v115 = arith.addi %v114, %v110 : i64
            %v116 = arith.muli %v115, %size_P : i64
            %v117 = arith.addi %v116, %v108 : i64
            %v118 = arith.muli %v106, %v5 : i64
            %v119 = arith.addi %v118, %v117 : i64
            %v120 = arith.muli %v119, %v1 : i64
            %v121 = arith.addi %v120, %v42 : i64
            %v122 = arith.muli %v121, %size_L : i64
            %v123 = arith.addi %v122, %v36 : i64
            %v124 = llvm.getelementptr %part_Cm[%v123] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v125 = llvm.load %v124 : !llvm.ptr -> f32
            %v126 = llvm.load %v27 : !llvm.ptr -> f32
            %v127 = arith.addf %v126, %v125 fastmath<contract> : f32
            llvm.store %v127, %v27 : f32, !llvm.ptr
          }
          %v129 = arith.addi %v51, %v128 : i64
          %v130 = arith.cmpi slt, %v129, %v45 : i64
          scf.if %v130 {
            %v131 = arith.divui %v129, %v44 : i64
            %v132 = arith.addi %v40, %v131 : i64
            %v133 = arith.remui %v129, %v44 : i64
            %v134 = arith.remui %v133, %size_P : i64
            %v135 = arith.divui %v133, %size_P : i64
            %v136 = arith.remui %v135, %size_H : i64
            %v137 = arith.divui %v135, %size_H : i64
            %v138 = arith.muli %v40, %size_B : i64
            %v139 = arith.addi %v138, %v38 : i64
            %v140 = arith.muli %v139, %size_H : i64
            %v141 = arith.addi %v140, %v136 : i64
            %v142 = arith.muli %v141, %size_P : i64
            %v143 = arith.addi %v142, %v134 : i64
            %v144 = arith.muli %v132, %v5 : i64
            %v145 = arith.addi %v144, %v143 : i64
            %v146 = arith.muli %v145, %v1 : i64
            %v147 = arith.addi %v146, %v42 : i64
            %v148 = arith.muli %v147, %size_L : i64
            %v149 = arith.addi %v148, %v36 : i64
            %v150 = llvm.getelementptr %part_Cm[%v149] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v151 = llvm.load %v150 : !llvm.ptr -> f32
            %v152 = llvm.load %v28 : !llvm.ptr -> f32
            %v153 = arith.addf %v152, %v151 fastmath<contract> : f32
            llvm.store %v153, %v28 : f32, !llvm.ptr
          }
          %v155 = arith.addi %v51, %v154 : i64
          %v156 = arith.cmpi slt, %v155, %v45 : i64
          scf.if %v156 {
            %v157 = arith.divui %v155, %v44 : i64
            %v158 = arith.addi %v40, %v157 : i64
            %v159 = arith.remui %v155, %v44 : i64
            %v160 = arith.remui %v159, %size_P : i64
            %v161 = arith.divui %v159, %size_P : i64
            %v162 = arith.remui %v161, %size_H : i64
            %v163 = arith.divui %v161, %size_H : i64
            %v164 = arith.muli %v40, %size_B : i64
            %v165 = arith.addi %v164, %v38 : i64
            %v166 = arith.muli %v165, %size_H : i64
            %v167 = arith.addi %v166, %v162 : i64
            %v168 = arith.muli %v167, %size_P : i64
            %v169 = arith.addi %v168, %v160 : i64
            %v170 = arith.muli %v158, %v5 : i64
            %v171 = arith.addi %v170, %v169 : i64
            %v172 = arith.muli %v171, %v1 : i64
            %v173 = arith.addi %v172, %v42 : i64
            %v174 = arith.muli %v173, %size_L : i64
            %v175 = arith.addi %v174, %v36 : i64
            %v176 = llvm.getelementptr %part_Cm[%v175] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v177 = llvm.load %v176 : !llvm.ptr -> f32
            %v178 = llvm.load %v29 : !llvm.ptr -> f32
            %v179 = arith.addf %v178, %v177 fastmath<contract> : f32
            llvm.store %v179, %v29 : f32, !llvm.ptr
          }
          %v181 = arith.addi %v51, %v180 : i64
          %v182 = arith.cmpi slt, %v181, %v45 : i64
          scf.if %v182 {
            %v183 = arith.divui %v181, %v44 : i64
            %v184 = arith.addi %v40, %v183 : i64
            %v185 = arith.remui %v181, %v44 : i64
            %v186 = arith.remui %v185, %size_P : i64
            %v187 = arith.divui %v185, %size_P : i64
            %v188 = arith.remui %v187, %size_H : i64
            %v189 = arith.divui %v187, %size_H : i64
            %v190 = arith.muli %v40, %size_B : i64
            %v191 = arith.addi %v190, %v38 : i64
            %v192 = arith.muli %v191, %size_H : i64
            %v193 = arith.addi %v192, %v188 : i64
            %v194 = arith.muli %v193, %size_P : i64
            %v195 = arith.addi %v194, %v186 : i64
            %v196 = arith.muli %v184, %v5 : i64
            %v197 = arith.addi %v196, %v195 : i64
            %v198 = arith.muli %v197, %v1 : i64
            %v199 = arith.addi %v198, %v42 : i64
            %v200 = arith.muli %v199, %size_L : i64
            %v201 = arith.addi %v200, %v36 : i64
            %v202 = llvm.getelementptr %part_Cm[%v201] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v203 = llvm.load %v202 : !llvm.ptr -> f32
            %v204 = llvm.load %v30 : !llvm.ptr -> f32
            %v205 = arith.addf %v204, %v203 fastmath<contract> : f32
            llvm.store %v205, %v30 : f32, !llvm.ptr
          }
          %v207 = arith.addi %v51, %v206 : i64
          %v208 = arith.cmpi slt, %v207, %v45 : i64
          scf.if %v208 {
            %v209 = arith.divui %v207, %v44 : i64
            %v210 = arith.addi %v40, %v209 : i64
            %v211 = arith.remui %v207, %v44 : i64
            %v212 = arith.remui %v211, %size_P : i64
            %v213 = arith.divui %v211, %size_P : i64
            %v214 = arith.remui %v213, %size_H : i64
            %v215 = arith.divui %v213, %size_H : i64
            %v216 = arith.muli %v40, %size_B : i64
            %v217 = arith.addi %v216, %v38 : i64
            %v218 = arith.muli %v217, %size_H : i64
            %v219 = arith.addi %v218, %v214 : i64
            %v220 = arith.muli %v219, %size_P : i64
            %v221 = arith.addi %v220, %v212 : i64
            %v222 = arith.muli %v210, %v5 : i64
            %v223 = arith.addi %v222, %v221 : i64
            %v224 = arith.muli %v223, %v1 : i64
            %v225 = arith.addi %v224, %v42 : i64
            %v226 = arith.muli %v225, %size_L : i64
            %v227 = arith.addi %v226, %v36 : i64
            %v228 = llvm.getelementptr %part_Cm[%v227] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v229 = llvm.load %v228 : !llvm.ptr -> f32
            %v230 = llvm.load %v31 : !llvm.ptr -> f32
            %v231 = arith.addf %v230, %v229 fastmath<contract> : f32
            llvm.store %v231, %v31 : f32, !llvm.ptr
          }
          %v233 = arith.addi %v51, %v232 : i64
          %v234 = arith.cmpi slt, %v233, %v45 : i64
          scf.if %v234 {
            %v235 = arith.divui %v233, %v44 : i64
            %v236 = arith.addi %v40, %v235 : i64
            %v237 = arith.remui %v233, %v44 : i64
            %v238 = arith.remui %v237, %size_P : i64
            %v239 = arith.divui %v237, %size_P : i64
            %v240 = arith.remui %v239, %size_H : i64
            %v241 = arith.divui %v239, %size_H : i64
            %v242 = arith.muli %v40, %size_B : i64
            %v243 = arith.addi %v242, %v38 : i64
            %v244 = arith.muli %v243, %size_H : i64
            %v245 = arith.addi %v244, %v240 : i64
            %v246 = arith.muli %v245, %size_P : i64
            %v247 = arith.addi %v246, %v238 : i64
            %v248 = arith.muli %v236, %v5 : i64
            %v249 = arith.addi %v248, %v247 : i64
            %v250 = arith.muli %v249, %v1 : i64
            %v251 = arith.addi %v250, %v42 : i64
            %v252 = arith.muli %v251, %size_L : i64
            %v253 = arith.addi %v252, %v36 : i64
            %v254 = llvm.getelementptr %part_Cm[%v253] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v255 = llvm.load %v254 : !llvm.ptr -> f32
            %v256 = llvm.load %v32 : !llvm.ptr -> f32
            %v257 = arith.addf %v256, %v255 fastmath<contract> : f32
            llvm.store %v257, %v32 : f32, !llvm.ptr
          }
        }
        %v258 = llvm.load %v25 : !llvm.ptr -> f32
        %v259 = llvm.load %v26 : !llvm.ptr -> f32
        %v260 = arith.addf %v258, %v259 fastmath<contract> : f32
        %v261 = llvm.load %v27 : !llvm.ptr -> f32
        %v262 = arith.addf %v260, %v261 fastmath<contract> : f32
        %v263 = llvm.load %v28 : !llvm.ptr -> f32
        %v264 = arith.addf %v262, %v263 fastmath<contract> : f32
        %v265 = llvm.load %v29 : !llvm.ptr -> f32
        %v266 = arith.addf %v264, %v265 fastmath<contract> : f32
        %v267 = llvm.load %v30 : !llvm.ptr -> f32
        %v268 = arith.addf %v266, %v267 fastmath<contract> : f32
        %v269 = llvm.load %v31 : !llvm.ptr -> f32
        %v270 = arith.addf %v268, %v269 fastmath<contract> : f32
        %v271 = llvm.load %v32 : !llvm.ptr -> f32
        %v272 = arith.addf %v270, %v271 fastmath<contract> : f32
        %v273 = llvm.getelementptr %dx_Cm[%v15] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v272, %v273 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
