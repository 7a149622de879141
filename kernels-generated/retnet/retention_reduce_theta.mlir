module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @retention_reduce_theta(%part_theta: !llvm.ptr, %dx_theta: !llvm.ptr, %size_B: i64, %size_L: i64, %size_H: i64, %size_DK: i64, %size_DV: i64) kernel {
      %v1 = arith.constant 16 : i64
      %v2 = arith.constant 1 : i64
      %v3 = arith.muli %size_B, %size_H : i64
      %v4 = arith.muli %v3, %size_DV : i64
      %v9 = arith.constant 256 : i64
      %v13 = arith.constant 15 : i64
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
      %v36 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v37 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v38 = arith.constant 0x00000000 : f32
      %v41 = arith.constant 0 : i64
      %v82 = arith.constant 2 : i64
      %v91 = arith.constant 3 : i64
      %v100 = arith.constant 4 : i64
      %v109 = arith.constant 5 : i64
      %v118 = arith.constant 6 : i64
      %v127 = arith.constant 7 : i64
      %v136 = arith.constant 8 : i64
      %v145 = arith.constant 9 : i64
      %v154 = arith.constant 10 : i64
      %v163 = arith.constant 11 : i64
      %v172 = arith.constant 12 : i64
      %v181 = arith.constant 13 : i64
      %v190 = arith.constant 14 : i64
      %v5 = gpu.block_id x
      %v6 = gpu.thread_id x
      %v7 = arith.index_cast %v6 : index to i64
      %v8 = arith.index_cast %v5 : index to i64
      %v10 = arith.muli %v8, %v9 : i64
      %v11 = arith.addi %v10, %v7 : i64
      %v12 = arith.cmpi slt, %v11, %v1 : i64
      %v14 = arith.minsi %v11, %v13 : i64
      %v15 = arith.remui %v14, %size_DV : i64
      %v16 = arith.divui %v14, %size_DV : i64
      %v17 = arith.remui %v16, %size_H : i64
      %v18 = arith.divui %v16, %size_H : i64
      %v19 = arith.remui %v18, %size_B : i64
      %v20 = arith.divui %v18, %size_B : i64
      scf.if %v12 {
        %v21 = arith.constant true
        scf.if %v21 {
          llvm.store %v38, %v22 : f32, !llvm.ptr
          llvm.store %v38, %v23 : f32, !llvm.ptr
          llvm.store %v38, %v24 : f32, !llvm.ptr
          llvm.store %v38, %v25 : f32, !llvm.ptr
          llvm.store %v38, %v26 : f32, !llvm.ptr
          llvm.store %v38, %v27 : f32, !llvm.ptr
          llvm.store %v38, %v28 : f32, !llvm.ptr
          llvm.store %v38, %v29 : f32, !llvm.ptr
          llvm.store %v38, %v30 : f32, !llvm.ptr
          llvm.store %v38, %v31 : f32, !llvm.ptr
          llvm.store %v38, %v32 : f32, !llvm.ptr
          llvm.store %v38, %v33 : f32, !llvm.ptr
          llvm.store %v38, %v34 : f32, !llvm.ptr
          llvm.store %v38, %v35 : f32, !llvm.ptr
          llvm.store %v38, %v36 : f32, !llvm.ptr
          llvm.store %v38, %v37 : f32, !llvm.ptr
          %v39 = arith.remui %v11, %v1 : i64
          %v40 = arith.divui %v11, %v1 : i64
          %v42 = arith.muli %size_B, %size_H : i64
          %v43 = arith.muli %v42, %size_DV : i64
          %v44 = arith.muli %v4, %v1 : i64
          %v45 = arith.index_cast %v41 : i64 to index
          %v46 = arith.index_cast %v43 : i64 to index
          %v47 = arith.index_cast %v2 : i64 to index
          scf.for %v48 = %v45 to %v46 step %v47 {
            %v49 = arith.index_cast %v48 : index to i64
            %v50 = arith.remui %v49, %size_DV : i64
            %v51 = arith.divui %v49, %size_DV : i64
            %v52 = arith.remui %v51, %size_H : i64
            %v53 = arith.divui %v51, %size_H : i64
            %v54 = arith.remui %v53, %size_B : i64
            %v55 = arith.divui %v53, %size_B : i64
            %v56 = arith.muli %v54, %size_H : i64
            %v57 = arith.addi %v56, %v52 : i64
            %v58 = arith.muli %v57, %size_DV : i64
            %v59 = arith.addi %v58, %v50 : i64
            %v60 = arith.muli %v59, %v1 : i64
            %v61 = arith.addi %v60, %v39 : i64
            %v62 = arith.index_cast %v41 : i64 to index
            %v63 = arith.index_cast %v2 : i64 to index
            %v64 = arith.index_cast %v1 : i64 to index
            scf.for %v65 = %v62 to %v63 step %v64 {
              %v66 = arith.index_cast %v65 : index to i64
              %v67 = arith.cmpi slt, %v66, %v2 : i64
              scf.if %v67 {
                %v68 = arith.muli %v66, %v44 : i64
                %v69 = arith.addi %v61, %v68 : i64
                %v70 = llvm.getelementptr %part_theta[%v69] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v71 = llvm.load %v70 : !llvm.ptr -> f32
                %v72 = llvm.load %v22 : !llvm.ptr -> f32
                %v73 = arith.addf %v72, %v71 fastmath<contract> : f32
                llvm.store %v73, %v22 : f32, !llvm.ptr
              }
              %v74 = arith.addi %v66, %v2 : i64
              %v75 = arith.cmpi slt, %v74, %v2 : i64
              scf.if %v75 {
                %v76 = arith.muli %v74, %v44 : i64
                %v77 = arith.addi %v61, %v76 : i64
                %v78 = llvm.getelementptr %part_theta[%v77] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v79 = llvm.load %v78 : !llvm.ptr -> f32
                %v80 = llvm.load %v23 : !llvm.ptr -> f32
                %v81 = arith.addf %v80, %v79 fastmath<contract> : f32
                llvm.store %v81, %v23 : f32, !llvm.ptr
              }
              %v83 = arith.addi %v66, %v82 : i64
              %v84 = arith.cmpi slt, %v83, %v2 : i64
              scf.if %v84 {
                %v85 = arith.muli %v83, %v44 : i64
                %v86 = arith.addi %v61, %v85 : i64
                %v87 = llvm.getelementptr %part_theta[%v86] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v88 = llvm.load %v87 : !llvm.ptr -> f32
                %v89 = llvm.load %v24 : !llvm.ptr -> f32
                %v90 = arith.addf %v89, %v88 fastmath<contract> : f32
                llvm.store %v90, %v24 : f32, !llvm.ptr
              }
              %v92 = arith.addi %v66, %v91 : i64
              %v93 = arith.cmpi slt, %v92, %v2 : i64
              scf.if %v93 {
                %v94 = arith.muli %v92, %v44 : i64
                %v95 = arith.addi %v61, %v94 : i64
                %v96 = llvm.getelementptr %part_theta[%v95] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v97 = llvm.load %v96 : !llvm.ptr -> f32
                %v98 = llvm.load %v25 : !llvm.ptr -> f32
                %v99 = arith.addf %v98, %v97 fastmath<contract> : f32
                llvm.store %v99, %v25 : f32, !llvm.ptr
              }
              %v101 = arith.addi %v66, %v100 : i64
              %v102 = arith.cmpi slt, %v101, %v2 : i64
              scf.if %v102 {
                %v103 = arith.muli %v101, %v44 : i64
                %v104 = arith.addi %v61, %v103 : i64
                %v105 = llvm.getelementptr %part_theta[%v104] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v106 = llvm.load %v105 : !llvm.ptr -> f32
                %v107 = llvm.load %v26 : !llvm.ptr -> f32
                %v108 = arith.addf %v107, %v106 fastmath<contract> : f32
                llvm.store %v108, %v26 : f32, !llvm.ptr
              }
              %v110 = arith.addi %v66, %v109 : i64
              %v111 = arith.cmpi slt, %v110, %v2 : i64
              scf.if %v111 {
                %v112 = arith.muli %v110, %v44 : i64
                %v113 = arith.addi %v61, %v112 : i64
                %v114 = llvm.getelementptr %part_theta[%v113] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v115 = llvm.load %v114 : !llvm.ptr -> f32
                %v116 = llvm.load %v27 : !llvm.ptr -> f32
                %v117 = arith.addf %v116, %v115 fastmath<contract> : f32
                llvm.store %v117, %v27 : f32, !llvm.ptr
              }
              %v119 = arith.addi %v66, %v118 : i64
              %v120 = arith.cmpi slt, %v119, %v2 : i64
              scf.if %v120 {
                %v121 = arith.muli %v119, %v44 : i64
                %v122 = arith.addi %v61, %v121 : i64
                %v123 = llvm.getelementptr %part_theta[%v122] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v124 = llvm.load %v123 : !llvm.ptr -> f32
                %v125 = llvm.load %v28 : !llvm.ptr -> f32
                %v126 = arith.addf %v125, %v124 fastmath<contract> : f32
                llvm.store %v126, %v28 : f32, !llvm.ptr
              }
              %v128 = arith.addi %v66, %v127 : i64
              %v129 = arith.cmpi slt, %v128, %v2 : i64
              scf.if %v129 {
                %v130 = arith.muli %v128, %v44 : i64
                %v131 = arith.addi %v61, %v130 : i64
                %v132 = llvm.getelementptr %part_theta[%v131] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v133 = llvm.load %v132 : !llvm.ptr -> f32
                %v134 = llvm.load %v29 : !llvm.ptr -> f32
                %v135 = arith.addf %v134, %v133 fastmath<contract> : f32
                llvm.store %v135, %v29 : f32, !llvm.ptr
              }
              %v137 = arith.addi %v66, %v136 : i64
              %v138 = arith.cmpi slt, %v137, %v2 : i64
              scf.if %v138 {
                %v139 = arith.muli %v137, %v44 : i64
                %v140 = arith.addi %v61, %v139 : i64
                %v141 = llvm.getelementptr %part_theta[%v140] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v142 = llvm.load %v141 : !llvm.ptr -> f32
                %v143 = llvm.load %v30 : !llvm.ptr -> f32
                %v144 = arith.addf %v143, %v142 fastmath<contract> : f32
                llvm.store %v144, %v30 : f32, !llvm.ptr
              }
              %v146 = arith.addi %v66, %v145 : i64
              %v147 = arith.cmpi slt, %v146, %v2 : i64
              scf.if %v147 {
                %v148 = arith.muli %v146, %v44 : i64
                %v149 = arith.addi %v61, %v148 : i64
                %v150 = llvm.getelementptr %part_theta[%v149] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v151 = llvm.load %v150 : !llvm.ptr -> f32
                %v152 = llvm.load %v31 : !llvm.ptr -> f32
                %v153 = arith.addf %v152, %v151 fastmath<contract> : f32
                llvm.store %v153, %v31 : f32, !llvm.ptr
              }
              %v155 = arith.addi %v66, %v154 : i64
              %v156 = arith.cmpi slt, %v155, %v2 : i64
              scf.if %v156 {
                %v157 = arith.muli %v155, %v44 : i64
                %v158 = arith.addi %v61, %v157 : i64
                %v159 = llvm.getelementptr %part_theta[%v158] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v160 = llvm.load %v159 : !llvm.ptr -> f32
                %v161 = llvm.load %v32 : !llvm.ptr -> f32
                %v162 = arith.addf %v161, %v160 fastmath<contract> : f32
                llvm.store %v162, %v32 : f32, !llvm.ptr
              }
              %v164 = arith.addi %v66, %v163 : i64
              %v165 = arith.cmpi slt, %v164, %v2 : i64
              scf.if %v165 {
                %v166 = arith.muli %v164, %v44 : i64
                %v167 = arith.addi %v61, %v166 : i64
                %v168 = llvm.getelementptr %part_theta[%v167] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v169 = llvm.load %v168 : !llvm.ptr -> f32
                %v170 = llvm.load %v33 : !llvm.ptr -> f32
                %v171 = arith.addf %v170, %v169 fastmath<contract> : f32
                llvm.store %v171, %v33 : f32, !llvm.ptr
              }
              %v173 = arith.addi %v66, %v172 : i64
              %v174 = arith.cmpi slt, %v173, %v2 : i64
              scf.if %v174 {
                %v175 = arith.muli %v173, %v44 : i64
                %v176 = arith.addi %v61, %v175 : i64
                %v177 = llvm.getelementptr %part_theta[%v176] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v178 = llvm.load %v177 : !llvm.ptr -> f32
                %v179 = llvm.load %v34 : !llvm.ptr -> f32
                %v180 = arith.addf %v179, %v178 fastmath<contract> : f32
                llvm.store %v180, %v34 : f32, !llvm.ptr
              }
              %v182 = arith.addi %v66, %v181 : i64
              %v183 = arith.cmpi slt, %v182, %v2 : i64
              scf.if %v183 {
                %v184 = arith.muli %v182, %v44 : i64
                %v185 = arith.addi %v61, %v184 : i64
                %v186 = llvm.getelementptr %part_theta[%v185] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v187 = llvm.load %v186 : !llvm.ptr -> f32
                %v188 = llvm.load %v35 : !llvm.ptr -> f32
                %v189 = arith.addf %v188, %v187 fastmath<contract> : f32
                llvm.store %v189, %v35 : f32, !llvm.ptr
              }
              %v191 = arith.addi %v66, %v190 : i64
              %v192 = arith.cmpi slt, %v191, %v2 : i64
              scf.if %v192 {
                %v193 = arith.muli %v191, %v44 : i64
                %v194 = arith.addi %v61, %v193 : i64
                %v195 = llvm.getelementptr %part_theta[%v194] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v196 = llvm.load %v195 : !llvm.ptr -> f32
                %v197 = llvm.load %v36 : !llvm.ptr -> f32
                %v198 = arith.addf %v197, %v196 fastmath<contract> : f32
                llvm.store %v198, %v36 : f32, !llvm.ptr
              }
              %v199 = arith.addi %v66, %v13 : i64
              %v200 = arith.cmpi slt, %v199, %v2 : i64
              scf.if %v200 {
                %v201 = arith.muli %v199, %v44 : i64
                %v202 = arith.addi %v61, %v201 : i64
                %v203 = llvm.getelementptr %part_theta[%v202] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v204 = llvm.load %v203 : !llvm.ptr -> f32
                %v205 = llvm.load %v37 : !llvm.ptr -> f32
                %v206 = arith.addf %v205, %v204 fastmath<contract> : f32
                llvm.store %v206, %v37 : f32, !llvm.ptr
              }
            }
          }
          %v207 = llvm.load %v22 : !llvm.ptr -> f32
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
          %v234 = llvm.load %v36 : !llvm.ptr -> f32
          %v235 = arith.addf %v233, %v234 fastmath<contract> : f32
          %v236 = llvm.load %v37 : !llvm.ptr -> f32
          %v237 = arith.addf %v235, %v236 fastmath<contract> : f32
          %v238 = llvm.getelementptr %dx_theta[%v11] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v237, %v238 : f32, !llvm.ptr
        }
      }
      gpu.return
    }
  }
}
