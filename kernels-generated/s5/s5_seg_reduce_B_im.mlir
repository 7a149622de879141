module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @s5_seg_reduce_B_im(%part_B_im: !llvm.ptr, %dx_B_im: !llvm.ptr, %size_B: i64, %size_L: i64, %size_M: i64, %size_N: i64) kernel {
      %v1 = arith.constant 4 : i64
      %v2 = arith.constant 16 : i64
      %v3 = arith.constant 1 : i64
      %v4 = arith.muli %v3, %size_B : i64
      %v5 = arith.muli %v3, %v2 : i64
      %v6 = arith.muli %v5, %v1 : i64
      %v11 = arith.constant 256 : i64
      %v20 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v21 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v22 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v23 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v24 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v25 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v26 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v27 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v28 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v29 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v30 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v31 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v32 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v33 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v34 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v35 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v36 = arith.constant 0x00000000 : f32
      %v41 = arith.constant 0 : i64
      %v47 = arith.constant 255 : i64
      %v50 = arith.constant 64 : i64
      %v86 = arith.constant 2 : i64
      %v95 = arith.constant 3 : i64
      %v112 = arith.constant 5 : i64
      %v121 = arith.constant 6 : i64
      %v130 = arith.constant 7 : i64
      %v139 = arith.constant 8 : i64
      %v148 = arith.constant 9 : i64
      %v157 = arith.constant 10 : i64
      %v166 = arith.constant 11 : i64
      %v175 = arith.constant 12 : i64
      %v184 = arith.constant 13 : i64
      %v193 = arith.constant 14 : i64
      %v202 = arith.constant 15 : i64
      %v7 = gpu.block_id x
      %v8 = gpu.thread_id x
      %v9 = arith.index_cast %v8 : index to i64
      %v10 = arith.index_cast %v7 : index to i64
      %v12 = arith.muli %v10, %v11 : i64
      %v13 = arith.addi %v12, %v9 : i64
      %v14 = arith.cmpi slt, %v13, %v6 : i64
      %v15 = arith.subi %v6, %v3 : i64
      %v16 = arith.minsi %v13, %v15 : i64
      %v17 = arith.remui %v16, %size_B : i64
      %v18 = arith.divui %v16, %size_B : i64
      scf.if %v14 {
        %v19 = arith.constant true
        scf.if %v19 {
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
          %v37 = arith.remui %v13, %v1 : i64
          %v38 = arith.divui %v13, %v1 : i64
          %v39 = arith.remui %v38, %v2 : i64
          %v40 = arith.divui %v38, %v2 : i64
          %v42 = arith.muli %v41, %v2 : i64
          %v43 = arith.addi %v42, %v39 : i64
          %v44 = arith.muli %v43, %v1 : i64
          %v45 = arith.addi %v44, %v37 : i64
          %v46 = arith.muli %v3, %size_B : i64
          %v48 = arith.addi %size_L, %v47 : i64
          %v49 = arith.divui %v48, %v11 : i64
          %v51 = arith.muli %v4, %v50 : i64
          %v52 = arith.index_cast %v41 : i64 to index
          %v53 = arith.index_cast %v46 : i64 to index
          %v54 = arith.index_cast %v3 : i64 to index
          scf.for %v55 = %v52 to %v53 step %v54 {
            %v56 = arith.index_cast %v55 : index to i64
            %v57 = arith.remui %v56, %size_B : i64
            %v58 = arith.divui %v56, %size_B : i64
            %v59 = arith.muli %v41, %size_B : i64
            %v60 = arith.addi %v59, %v57 : i64
            %v61 = arith.muli %v41, %v4 : i64
            %v62 = arith.addi %v61, %v60 : i64
            %v63 = arith.muli %v62, %v50 : i64
            %v64 = arith.addi %v63, %v45 : i64
            %v65 = arith.index_cast %v41 : i64 to index
            %v66 = arith.index_cast %v49 : i64 to index
            %v67 = arith.index_cast %v2 : i64 to index
            scf.for %v68 = %v65 to %v66 step %v67 {
              %v69 = arith.index_cast %v68 : index to i64
              %v70 = arith.addi %v69, %v41 : i64
              %v71 = arith.cmpi slt, %v70, %v49 : i64
              scf.if %v71 {
                %v72 = arith.muli %v70, %v51 : i64
                %v73 = arith.addi %v64, %v72 : i64
                %v74 = llvm.getelementptr %part_B_im[%v73] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v75 = llvm.load %v74 : !llvm.ptr -> f32
                %v76 = llvm.load %v20 : !llvm.ptr -> f32
                %v77 = arith.addf %v76, %v75 fastmath<contract> : f32
                llvm.store %v77, %v20 : f32, !llvm.ptr
              }
              %v78 = arith.addi %v69, %v3 : i64
              %v79 = arith.cmpi slt, %v78, %v49 : i64
              scf.if %v79 {
                %v80 = arith.muli %v78, %v51 : i64
                %v81 = arith.addi %v64, %v80 : i64
                %v82 = llvm.getelementptr %part_B_im[%v81] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v83 = llvm.load %v82 : !llvm.ptr -> f32
                %v84 = llvm.load %v21 : !llvm.ptr -> f32
                %v85 = arith.addf %v84, %v83 fastmath<contract> : f32
                llvm.store %v85, %v21 : f32, !llvm.ptr
              }
              %v87 = arith.addi %v69, %v86 : i64
              %v88 = arith.cmpi slt, %v87, %v49 : i64
              scf.if %v88 {
                %v89 = arith.muli %v87, %v51 : i64
                %v90 = arith.addi %v64, %v89 : i64
                %v91 = llvm.getelementptr %part_B_im[%v90] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v92 = llvm.load %v91 : !llvm.ptr -> f32
                %v93 = llvm.load %v22 : !llvm.ptr -> f32
                %v94 = arith.addf %v93, %v92 fastmath<contract> : f32
                llvm.store %v94, %v22 : f32, !llvm.ptr
              }
              %v96 = arith.addi %v69, %v95 : i64
              %v97 = arith.cmpi slt, %v96, %v49 : i64
              scf.if %v97 {
                %v98 = arith.muli %v96, %v51 : i64
                %v99 = arith.addi %v64, %v98 : i64
                %v100 = llvm.getelementptr %part_B_im[%v99] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v101 = llvm.load %v100 : !llvm.ptr -> f32
                %v102 = llvm.load %v23 : !llvm.ptr -> f32
                %v103 = arith.addf %v102, %v101 fastmath<contract> : f32
                llvm.store %v103, %v23 : f32, !llvm.ptr
              }
              %v104 = arith.addi %v69, %v1 : i64
              %v105 = arith.cmpi slt, %v104, %v49 : i64
              scf.if %v105 {
                %v106 = arith.muli %v104, %v51 : i64
                %v107 = arith.addi %v64, %v106 : i64
                %v108 = llvm.getelementptr %part_B_im[%v107] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v109 = llvm.load %v108 : !llvm.ptr -> f32
                %v110 = llvm.load %v24 : !llvm.ptr -> f32
                %v111 = arith.addf %v110, %v109 fastmath<contract> : f32
                llvm.store %v111, %v24 : f32, !llvm.ptr
              }
              %v113 = arith.addi %v69, %v112 : i64
              %v114 = arith.cmpi slt, %v113, %v49 : i64
              scf.if %v114 {
                %v115 = arith.muli %v113, %v51 : i64
                %v116 = arith.addi %v64, %v115 : i64
                %v117 = llvm.getelementptr %part_B_im[%v116] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v118 = llvm.load %v117 : !llvm.ptr -> f32
                %v119 = llvm.load %v25 : !llvm.ptr -> f32
                %v120 = arith.addf %v119, %v118 fastmath<contract> : f32
                llvm.store %v120, %v25 : f32, !llvm.ptr
              }
              %v122 = arith.addi %v69, %v121 : i64
              %v123 = arith.cmpi slt, %v122, %v49 : i64
              scf.if %v123 {
                %v124 = arith.muli %v122, %v51 : i64
                %v125 = arith.addi %v64, %v124 : i64
                %v126 = llvm.getelementptr %part_B_im[%v125] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v127 = llvm.load %v126 : !llvm.ptr -> f32
                %v128 = llvm.load %v26 : !llvm.ptr -> f32
                %v129 = arith.addf %v128, %v127 fastmath<contract> : f32
                llvm.store %v129, %v26 : f32, !llvm.ptr
              }
              %v131 = arith.addi %v69, %v130 : i64
              %v132 = arith.cmpi slt, %v131, %v49 : i64
              scf.if %v132 {
                %v133 = arith.muli %v131, %v51 : i64
                %v134 = arith.addi %v64, %v133 : i64
                %v135 = llvm.getelementptr %part_B_im[%v134] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v136 = llvm.load %v135 : !llvm.ptr -> f32
                %v137 = llvm.load %v27 : !llvm.ptr -> f32
                %v138 = arith.addf %v137, %v136 fastmath<contract> : f32
                llvm.store %v138, %v27 : f32, !llvm.ptr
              }
              %v140 = arith.addi %v69, %v139 : i64
              %v141 = arith.cmpi slt, %v140, %v49 : i64
              scf.if %v141 {
                %v142 = arith.muli %v140, %v51 : i64
                %v143 = arith.addi %v64, %v142 : i64
                %v144 = llvm.getelementptr %part_B_im[%v143] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v145 = llvm.load %v144 : !llvm.ptr -> f32
                %v146 = llvm.load %v28 : !llvm.ptr -> f32
                %v147 = arith.addf %v146, %v145 fastmath<contract> : f32
                llvm.store %v147, %v28 : f32, !llvm.ptr
              }
              %v149 = arith.addi %v69, %v148 : i64
              %v150 = arith.cmpi slt, %v149, %v49 : i64
              scf.if %v150 {
                %v151 = arith.muli %v149, %v51 : i64
                %v152 = arith.addi %v64, %v151 : i64
                %v153 = llvm.getelementptr %part_B_im[%v152] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v154 = llvm.load %v153 : !llvm.ptr -> f32
                %v155 = llvm.load %v29 : !llvm.ptr -> f32
                %v156 = arith.addf %v155, %v154 fastmath<contract> : f32
                llvm.store %v156, %v29 : f32, !llvm.ptr
              }
              %v158 = arith.addi %v69, %v157 : i64
              %v159 = arith.cmpi slt, %v158, %v49 : i64
              scf.if %v159 {
                %v160 = arith.muli %v158, %v51 : i64
                %v161 = arith.addi %v64, %v160 : i64
                %v162 = llvm.getelementptr %part_B_im[%v161] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v163 = llvm.load %v162 : !llvm.ptr -> f32
                %v164 = llvm.load %v30 : !llvm.ptr -> f32
                %v165 = arith.addf %v164, %v163 fastmath<contract> : f32
                llvm.store %v165, %v30 : f32, !llvm.ptr
              }
              %v167 = arith.addi %v69, %v166 : i64
              %v168 = arith.cmpi slt, %v167, %v49 : i64
              scf.if %v168 {
                %v169 = arith.muli %v167, %v51 : i64
                %v170 = arith.addi %v64, %v169 : i64
                %v171 = llvm.getelementptr %part_B_im[%v170] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v172 = llvm.load %v171 : !llvm.ptr -> f32
                %v173 = llvm.load %v31 : !llvm.ptr -> f32
                %v174 = arith.addf %v173, %v172 fastmath<contract> : f32
                llvm.store %v174, %v31 : f32, !llvm.ptr
              }
              %v176 = arith.addi %v69, %v175 : i64
              %v177 = arith.cmpi slt, %v176, %v49 : i64
              scf.if %v177 {
                %v178 = arith.muli %v176, %v51 : i64
                %v179 = arith.addi %v64, %v178 : i64
                %v180 = llvm.getelementptr %part_B_im[%v179] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v181 = llvm.load %v180 : !llvm.ptr -> f32
                %v182 = llvm.load %v32 : !llvm.ptr -> f32
                %v183 = arith.addf %v182, %v181 fastmath<contract> : f32
                llvm.store %v183, %v32 : f32, !llvm.ptr
              }
              %v185 = arith.addi %v69, %v184 : i64
              %v186 = arith.cmpi slt, %v185, %v49 : i64
              scf.if %v186 {
                %v187 = arith.muli %v185, %v51 : i64
                %v188 = arith.addi %v64, %v187 : i64
                %v189 = llvm.getelementptr %part_B_im[%v188] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v190 = llvm.load %v189 : !llvm.ptr -> f32
                %v191 = llvm.load %v33 : !llvm.ptr -> f32
                %v192 = arith.addf %v191, %v190 fastmath<contract> : f32
                llvm.store %v192, %v33 : f32, !llvm.ptr
              }
              %v194 = arith.addi %v69, %v193 : i64
              %v195 = arith.cmpi slt, %v194, %v49 : i64
              scf.if %v195 {
                %v196 = arith.muli %v194, %v51 : i64
                %v197 = arith.addi %v64, %v196 : i64
                %v198 = llvm.getelementptr %part_B_im[%v197] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v199 = llvm.load %v198 : !llvm.ptr -> f32
                %v200 = llvm.load %v34 : !llvm.ptr -> f32
                %v201 = arith.addf %v200, %v199 fastmath<contract> : f32
                llvm.store %v201, %v34 : f32, !llvm.ptr
              }
              %v203 = arith.addi %v69, %v202 : i64
              %v204 = arith.cmpi slt, %v203, %v49 : i64
              scf.if %v204 {
                %v205 = arith.muli %v203, %v51 : i64
                %v206 = arith.addi %v64, %v205 : i64
                %v207 = llvm.getelementptr %part_B_im[%v206] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v208 = llvm.load %v207 : !llvm.ptr -> f32
                %v209 = llvm.load %v35 : !llvm.ptr -> f32
                %v210 = arith.addf %v209, %v208 fastmath<contract> : f32
                llvm.store %v210, %v35 : f32, !llvm.ptr
              }
            }
          }
          %v211 = llvm.load %v20 : !llvm.ptr -> f32
          %v212 = llvm.load %v21 : !llvm.ptr -> f32
          %v213 = arith.addf %v211, %v212 fastmath<contract> : f32
          %v214 = llvm.load %v22 : !llvm.ptr -> f32
          %v215 = arith.addf %v213, %v214 fastmath<contract> : f32
          %v216 = llvm.load %v23 : !llvm.ptr -> f32
          %v217 = arith.addf %v215, %v216 fastmath<contract> : f32
          %v218 = llvm.load %v24 : !llvm.ptr -> f32
          %v219 = arith.addf %v217, %v218 fastmath<contract> : f32
          %v220 = llvm.load %v25 : !llvm.ptr -> f32
          %v221 = arith.addf %v219, %v220 fastmath<contract> : f32
          %v222 = llvm.load %v26 : !llvm.ptr -> f32
          %v223 = arith.addf %v221, %v222 fastmath<contract> : f32
          %v224 = llvm.load %v27 : !llvm.ptr -> f32
          %v225 = arith.addf %v223, %v224 fastmath<contract> : f32
          %v226 = llvm.load %v28 : !llvm.ptr -> f32
          %v227 = arith.addf %v225, %v226 fastmath<contract> : f32
          %v228 = llvm.load %v29 : !llvm.ptr -> f32
          %v229 = arith.addf %v227, %v228 fastmath<contract> : f32
          %v230 = llvm.load %v30 : !llvm.ptr -> f32
          %v231 = arith.addf %v229, %v230 fastmath<contract> : f32
          %v232 = llvm.load %v31 : !llvm.ptr -> f32
          %v233 = arith.addf %v231, %v232 fastmath<contract> : f32
          %v234 = llvm.load %v32 : !llvm.ptr -> f32
          %v235 = arith.addf %v233, %v234 fastmath<contract> : f32
          %v236 = llvm.load %v33 : !llvm.ptr -> f32
          %v237 = arith.addf %v235, %v236 fastmath<contract> : f32
          %v238 = llvm.load %v34 : !llvm.ptr -> f32
          %v239 = arith.addf %v237, %v238 fastmath<contract> : f32
          %v240 = llvm.load %v35 : !llvm.ptr -> f32
          %v241 = arith.addf %v239, %v240 fastmath<contract> : f32
          %v242 = llvm.getelementptr %dx_B_im[%v13] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v241, %v242 : f32, !llvm.ptr
        }
      }
      gpu.return
    }
  }
}
