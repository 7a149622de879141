module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @mamba2_seg_reduce_Bm(%part_Bm: !llvm.ptr, %dx_Bm: !llvm.ptr, %size_B: i64, %size_L: i64, %size_H: i64, %size_P: i64, %size_N: i64) kernel {
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
      %v47 = arith.constant 8 : i64
      %v103 = arith.constant 2 : i64
      %v129 = arith.constant 3 : i64
      %v155 = arith.constant 4 : i64
      %v181 = arith.constant 5 : i64
      %v207 = arith.constant 6 : i64
      %v233 = arith.constant 7 : i64
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
        %v45 = arith.divui %v36, %v13 : i64
        %v46 = arith.muli %v2, %v44 : i64
        %v48 = arith.index_cast %v40 : i64 to index
        %v49 = arith.index_cast %v46 : i64 to index
        %v50 = arith.index_cast %v47 : i64 to index
        scf.for %v51 = %v48 to %v49 step %v50 {
          %v52 = arith.index_cast %v51 : index to i64
          %v53 = arith.addi %v52, %v40 : i64
          %v54 = arith.cmpi slt, %v53, %v46 : i64
          scf.if %v54 {
            %v55 = arith.divui %v53, %v44 : i64
            %v56 = arith.addi %v45, %v55 : i64
            %v57 = arith.remui %v53, %v44 : i64
            %v58 = arith.remui %v57, %size_P : i64
            %v59 = arith.divui %v57, %size_P : i64
            %v60 = arith.remui %v59, %size_H : i64
            %v61 = arith.divui %v59, %size_H : i64
            %v62 = arith.muli %v40, %size_B : i64
            %v63 = arith.addi %v62, %v38 : i64
            %v64 = arith.muli %v63, %size_H : i64
            %v65 = arith.addi %v64, %v60 : i64
            %v66 = arith.muli %v65, %size_P : i64
            %v67 = arith.addi %v66, %v58 : i64
            %v68 = arith.muli %v56, %v5 : i64
            %v69 = arith.addi %v68, %v67 : i64
            %v70 = arith.muli %v69, %v1 : i64
            %v71 = arith.addi %v70, %v42 : i64
            %v72 = arith.muli %v71, %size_L : i64
            %v73 = arith.addi %v72, %v36 : i64
            %v74 = llvm.getelementptr %part_Bm[%v73] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v75 = llvm.load %v74 : !llvm.ptr -> f32
            %v76 = llvm.load %v25 : !llvm.ptr -> f32
            %v77 = arith.addf %v76, %v75 fastmath<contract> : f32
            llvm.store %v77, %v25 : f32, !llvm.ptr
          }
          %v78 = arith.addi %v52, %v2 : i64
          %v79 = arith.cmpi slt, %v78, %v46 : i64
          scf.if %v79 {
            %v80 = arith.divui %v78, %v44 : i64
            %v81 = arith.addi %v45, %v80 : i64
            %v82 = arith.remui %v78, %v44 : i64
            %v83 = arith.remui %v82, %size_P : i64
            %v84 = arith.divui %v82, %size_P : i64
            %v85 = arith.remui %v84, %size_H : i64
            %v86 = arith.divui %v84, %size_H : i64
            %v87 = arith.muli %v40, %size_B : i64
            %v88 = arith.addi %v87, %v38 : i64
            %v89 = arith.muli %v88, %size_H : i64
            %v90 = arith.addi %v89, %v85 : i64
            %v91 = arith.muli %v90, %size_P : i64
            %v92 = arith.addi %v91, %v83 : i64
            %v93 = arith.muli %v81, %v5 : i64
            %v94 = arith.addi %v93, %v92 : i64
            %v95 = arith.muli %v94, %v1 : i64
            %v96 = arith.addi %v95, %v42 : i64
            %v97 = arith.muli %v96, %size_L : i64
            %v98 = arith.addi %v97, %v36 : i64
            %v99 = llvm.getelementptr %part_Bm[%v98] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v100 = llvm.load %v99 : !llvm.ptr -> f32
            %v101 = llvm.load %v26 : !llvm.ptr -> f32
            %v102 = arith.addf %v101, %v100 fastmath<contract> : f32
            llvm.store %v102, %v26 : f32, !llvm.ptr
          }
          %v104 = arith.addi %v52, %v103 : i64
          %v105 = arith.cmpi slt, %v104, %v46 : i64
          scf.if %v105 {
            %v106 = arith.divui %v104, %v44 : i64
            %v107 = arith.addi %v45, %v106 : i64
            %v108 = arith.remui %v104, %v44 : i64
            %v109 = arith.remui %v108, %size_P : i64
            %v110 = arith.divui %v108, %size_P : i64
            %v111 = arith.remui %v110, %size_H : i64
            %v112 = arith.divui %v110, %size_H : i64
            %v113 = arith.muli %v40, %size_B : i64
            %v114 = arith.addi %v113, %v38 : i64
            %v115 = arith.muli %v114, %size_H : i64
            %v116 = arith.addi %v115, %v111 : i64
            %v117 = arith.muli %v116, %size_P : i64
            %v118 = arith.addi %v117, %v109 : i64
            %v119 = arith.muli %v107, %v5 : i64
            %v120 = arith.addi %v119, %v118 : i64
            %v121 = arith.muli %v120, %v1 : i64
            %v122 = arith.addi %v121, %v42 : i64
            %v123 = arith.muli %v122, %size_L : i64
            %v124 = arith.addi %v123, %v36 : i64
            %v125 = llvm.getelementptr %part_Bm[%v124] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v126 = llvm.load %v125 : !llvm.ptr -> f32
            %v127 = llvm.load %v27 : !llvm.ptr -> f32
            %v128 = arith.addf %v127, %v126 fastmath<contract> : f32
            llvm.store %v128, %v27 : f32, !llvm.ptr
          }
          %v130 = arith.addi %v52, %v129 : i64
          %v131 = arith.cmpi slt, %v130, %v46 : i64
          scf.if %v131 {
            %v132 = arith.divui %v130, %v44 : i64
            %v133 = arith.addi %v45, %v132 : i64
            %v134 = arith.remui %v130, %v44 : i64
            %v135 = arith.remui %v134, %size_P : i64
            %v136 = arith.divui %v134, %size_P : i64
            %v137 = arith.remui %v136, %size_H : i64
            %v138 = arith.divui %v136, %size_H : i64
            %v139 = arith.muli %v40, %size_B : i64
            %v140 = arith.addi %v139, %v38 : i64
            %v141 = arith.muli %v140, %size_H : i64
            %v142 = arith.addi %v141, %v137 : i64
            %v143 = arith.muli %v142, %size_P : i64
            %v144 = arith.addi %v143, %v135 : i64
            %v145 = arith.muli %v133, %v5 : i64
            %v146 = arith.addi %v145, %v144 : i64
            %v147 = arith.muli %v146, %v1 : i64
            %v148 = arith.addi %v147, %v42 : i64
            %v149 = arith.muli %v148, %size_L : i64
            %v150 = arith.addi %v149, %v36 : i64
            %v151 = llvm.getelementptr %part_Bm[%v150] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v152 = llvm.load %v151 : !llvm.ptr -> f32
            %v153 = llvm.load %v28 : !llvm.ptr -> f32
            %v154 = arith.addf %v153, %v152 fastmath<contract> : f32
            llvm.store %v154, %v28 : f32, !llvm.ptr
          }
          %v156 = arith.addi %v52, %v155 : i64
          %v157 = arith.cmpi slt, %v156, %v46 : i64
          scf.if %v157 {
            %v158 = arith.divui %v156, %v44 : i64
            %v159 = arith.addi %v45, %v158 : i64
            %v160 = arith.remui %v156, %v44 : i64
            %v161 = arith.remui %v160, %size_P : i64
            %v162 = arith.divui %v160, %size_P : i64
            %v163 = arith.remui %v162, %size_H : i64
            %v164 = arith.divui %v162, %size_H : i64
            %v165 = arith.muli %v40, %size_B : i64
            %v166 = arith.addi %v165, %v38 : i64
            %v167 = arith.muli %v166, %size_H : i64
            %v168 = arith.addi %v167, %v163 : i64
            %v169 = arith.muli %v168, %size_P : i64
            %v170 = arith.addi %v169, %v161 : i64
            %v171 = arith.muli %v159, %v5 : i64
            %v172 = arith.addi %v171, %v170 : i64
            %v173 = arith.muli %v172, %v1 : i64
            %v174 = arith.addi %v173, %v42 : i64
            %v175 = arith.muli %v174, %size_L : i64
            %v176 = arith.addi %v175, %v36 : i64
            %v177 = llvm.getelementptr %part_Bm[%v176] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v178 = llvm.load %v177 : !llvm.ptr -> f32
            %v179 = llvm.load %v29 : !llvm.ptr -> f32
            %v180 = arith.addf %v179, %v178 fastmath<contract> : f32
            llvm.store %v180, %v29 : f32, !llvm.ptr
          }
          %v182 = arith.addi %v52, %v181 : i64
          %v183 = arith.cmpi slt, %v182, %v46 : i64
          scf.if %v183 {
            %v184 = arith.divui %v182, %v44 : i64
            %v185 = arith.addi %v45, %v184 : i64
            %v186 = arith.remui %v182, %v44 : i64
            %v187 = arith.remui %v186, %size_P : i64
            %v188 = arith.divui %v186, %size_P : i64
            %v189 = arith.remui %v188, %size_H : i64
            %v190 = arith.divui %v188, %size_H : i64
            %v191 = arith.muli %v40, %size_B : i64
            %v192 = arith.addi %v191, %v38 : i64
            %v193 = arith.muli %v192, %size_H : i64
            %v194 = arith.addi %v193, %v189 : i64
            %v195 = arith.muli %v194, %size_P : i64
            %v196 = arith.addi %v195, %v187 : i64
            %v197 = arith.muli %v185, %v5 : i64
            %v198 = arith.addi %v197, %v196 : i64
            %v199 = arith.muli %v198, %v1 : i64
            %v200 = arith.addi %v199, %v42 : i64
            %v201 = arith.muli %v200, %size_L : i64
            %v202 = arith.addi %v201, %v36 : i64
            %v203 = llvm.getelementptr %part_Bm[%v202] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v204 = llvm.load %v203 : !llvm.ptr -> f32
            %v205 = llvm.load %v30 : !llvm.ptr -> f32
            %v206 = arith.addf %v205, %v204 fastmath<contract> : f32
            llvm.store %v206, %v30 : f32, !llvm.ptr
          }
          %v208 = arith.addi %v52, %v207 : i64
          %v209 = arith.cmpi slt, %v208, %v46 : i64
          scf.if %v209 {
            %v210 = arith.divui %v208, %v44 : i64
            %v211 = arith.addi %v45, %v210 : i64
            %v212 = arith.remui %v208, %v44 : i64
            %v213 = arith.remui %v212, %size_P : i64
            %v214 = arith.divui %v212, %size_P : i64
            %v215 = arith.remui %v214, %size_H : i64
            %v216 = arith.divui %v214, %size_H : i64
            %v217 = arith.muli %v40, %size_B : i64
            %v218 = arith.addi %v217, %v38 : i64
            %v219 = arith.muli %v218, %size_H : i64
            %v220 = arith.addi %v219, %v215 : i64
            %v221 = arith.muli %v220, %size_P : i64
            %v222 = arith.addi %v221, %v213 : i64
            %v223 = arith.muli %v211, %v5 : i64
            %v224 = arith.addi %v223, %v222 : i64
            %v225 = arith.muli %v224, %v1 : i64
            %v226 = arith.addi %v225, %v42 : i64
            %v227 = arith.muli %v226, %size_L : i64
            %v228 = arith.addi %v227, %v36 : i64
            %v229 = llvm.getelementptr %part_Bm[%v228] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v230 = llvm.load %v229 : !llvm.ptr -> f32
            %v231 = llvm.load %v31 : !llvm.ptr -> f32
            %v232 = arith.addf %v231, %v230 fastmath<contract> : f32
            llvm.store %v232, %v31 : f32, !llvm.ptr
          }
          %v234 = arith.addi %v52, %v233 : i64
          %v235 = arith.cmpi slt, %v234, %v46 : i64
          scf.if %v235 {
            %v236 = arith.divui %v234, %v44 : i64
            %v237 = arith.addi %v45, %v236 : i64
            %v238 = arith.remui %v234, %v44 : i64
            %v239 = arith.remui %v238, %size_P : i64
            %v240 = arith.divui %v238, %size_P : i64
            %v241 = arith.remui %v240, %size_H : i64
            %v242 = arith.divui %v240, %size_H : i64
            %v243 = arith.muli %v40, %size_B : i64
            %v244 = arith.addi %v243, %v38 : i64
            %v245 = arith.muli %v244, %size_H : i64
            %v246 = arith.addi %v245, %v241 : i64
            %v247 = arith.muli %v246, %size_P : i64
            %v248 = arith.addi %v247, %v239 : i64
            %v249 = arith.muli %v237, %v5 : i64
            %v250 = arith.addi %v249, %v248 : i64
            %v251 = arith.muli %v250, %v1 : i64
            %v252 = arith.addi %v251, %v42 : i64
            %v253 = arith.muli %v252, %size_L : i64
            %v254 = arith.addi %v253, %v36 : i64
            %v255 = llvm.getelementptr %part_Bm[%v254] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v256 = llvm.load %v255 : !llvm.ptr -> f32
            %v257 = llvm.load %v32 : !llvm.ptr -> f32
            %v258 = arith.addf %v257, %v256 fastmath<contract> : f32
            llvm.store %v258, %v32 : f32, !llvm.ptr
          }
        }
        %v259 = llvm.load %v25 : !llvm.ptr -> f32
        %v260 = llvm.load %v26 : !llvm.ptr -> f32
        %v261 = arith.addf %v259, %v260 fastmath<contract> : f32
        %v262 = llvm.load %v27 : !llvm.ptr -> f32
        %v263 = arith.addf %v261, %v262 fastmath<contract> : f32
        %v264 = llvm.load %v28 : !llvm.ptr -> f32
        %v265 = arith.addf %v263, %v264 fastmath<contract> : f32
        %v266 = llvm.load %v29 : !llvm.ptr -> f32
        %v267 = arith.addf %v265, %v266 fastmath<contract> : f32
        %v268 = llvm.load %v30 : !llvm.ptr -> f32
        %v269 = arith.addf %v267, %v268 fastmath<contract> : f32
        %v270 = llvm.load %v31 : !llvm.ptr -> f32
        %v271 = arith.addf %v269, %v270 fastmath<contract> : f32
        %v272 = llvm.load %v32 : !llvm.ptr -> f32
        %v273 = arith.addf %v271, %v272 fastmath<contract> : f32
        %v274 = llvm.getelementptr %dx_Bm[%v15] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v273, %v274 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
