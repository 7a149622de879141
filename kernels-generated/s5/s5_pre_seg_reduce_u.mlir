module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @s5_pre_seg_reduce_u(%part_u: !llvm.ptr, %dx_u: !llvm.ptr, %size_B: i64, %size_L: i64, %size_M: i64, %size_N: i64, %slice_first: i64, %slice_steps: i64) kernel {
      %v1 = arith.constant 4 : i64
      %v2 = arith.constant 1 : i64
      %v3 = arith.muli %size_B, %size_N : i64
      %v4 = arith.muli %size_B, %slice_steps : i64
      %v5 = arith.muli %v4, %v1 : i64
      %v10 = arith.constant 256 : i64
      %v28 = arith.constant 0 : i64
      %v33 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v34 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v35 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v36 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
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
      %v49 = arith.constant 0x00000000 : f32
      %v50 = arith.constant 63 : i64
      %v52 = arith.constant 64 : i64
      %v54 = arith.constant 16 : i64
      %v80 = arith.constant 2 : i64
      %v89 = arith.constant 3 : i64
      %v106 = arith.constant 5 : i64
      %v115 = arith.constant 6 : i64
      %v124 = arith.constant 7 : i64
      %v133 = arith.constant 8 : i64
      %v142 = arith.constant 9 : i64
      %v151 = arith.constant 10 : i64
      %v160 = arith.constant 11 : i64
      %v169 = arith.constant 12 : i64
      %v178 = arith.constant 13 : i64
      %v187 = arith.constant 14 : i64
      %v196 = arith.constant 15 : i64
      %v6 = gpu.block_id x
      %v7 = gpu.thread_id x
      %v8 = arith.index_cast %v7 : index to i64
      %v9 = arith.index_cast %v6 : index to i64
      %v11 = arith.muli %v9, %v10 : i64
      %v12 = arith.addi %v11, %v8 : i64
      %v13 = arith.cmpi slt, %v12, %v5 : i64
      %v14 = arith.subi %v5, %v2 : i64
      %v15 = arith.minsi %v12, %v14 : i64
      %v16 = arith.remui %v15, %size_N : i64
      %v17 = arith.divui %v15, %size_N : i64
      %v18 = arith.remui %v17, %size_B : i64
      %v19 = arith.divui %v17, %size_B : i64
      scf.if %v13 {
        %v20 = arith.remui %v12, %v1 : i64
        %v21 = arith.divui %v12, %v1 : i64
        %v22 = arith.remui %v21, %slice_steps : i64
        %v23 = arith.divui %v21, %slice_steps : i64
        %v24 = arith.remui %v23, %size_B : i64
        %v25 = arith.divui %v23, %size_B : i64
        %v26 = arith.addi %slice_first, %v22 : i64
        %v27 = arith.cmpi slt, %v26, %size_L : i64
        %v29 = arith.muli %v24, %size_L : i64
        %v30 = arith.addi %v29, %v26 : i64
        %v31 = arith.muli %v30, %v1 : i64
        %v32 = arith.addi %v31, %v20 : i64
        scf.if %v27 {
          llvm.store %v49, %v33 : f32, !llvm.ptr
          llvm.store %v49, %v34 : f32, !llvm.ptr
          llvm.store %v49, %v35 : f32, !llvm.ptr
          llvm.store %v49, %v36 : f32, !llvm.ptr
          llvm.store %v49, %v37 : f32, !llvm.ptr
          llvm.store %v49, %v38 : f32, !llvm.ptr
          llvm.store %v49, %v39 : f32, !llvm.ptr
          llvm.store %v49, %v40 : f32, !llvm.ptr
          llvm.store %v49, %v41 : f32, !llvm.ptr
          llvm.store %v49, %v42 : f32, !llvm.ptr
          llvm.store %v49, %v43 : f32, !llvm.ptr
          llvm.store %v49, %v44 : f32, !llvm.ptr
          llvm.store %v49, %v45 : f32, !llvm.ptr
          llvm.store %v49, %v46 : f32, !llvm.ptr
          llvm.store %v49, %v47 : f32, !llvm.ptr
          llvm.store %v49, %v48 : f32, !llvm.ptr
          %v51 = arith.addi %size_N, %v50 : i64
          %v53 = arith.divui %v51, %v52 : i64
          %v55 = arith.index_cast %v28 : i64 to index
          %v56 = arith.index_cast %v2 : i64 to index
          %v57 = arith.index_cast %v2 : i64 to index
          scf.for %v58 = %v55 to %v56 step %v57 {
            %v59 = arith.index_cast %v58 : index to i64
            %v60 = arith.index_cast %v28 : i64 to index
            %v61 = arith.index_cast %v53 : i64 to index
            %v62 = arith.index_cast %v54 : i64 to index
            scf.for %v63 = %v60 to %v61 step %v62 {
              %v64 = arith.index_cast %v63 : index to i64
              %v65 = arith.cmpi slt, %v64, %v53 : i64
              scf.if %v65 {
                %v66 = arith.muli %v64, %v5 : i64
                %v67 = arith.addi %v12, %v66 : i64
                %v68 = llvm.getelementptr %part_u[%v67] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v69 = llvm.load %v68 : !llvm.ptr -> f32
                %v70 = llvm.load %v33 : !llvm.ptr -> f32
                %v71 = arith.addf %v70, %v69 fastmath<contract> : f32
                llvm.store %v71, %v33 : f32, !llvm.ptr
              }
              %v72 = arith.addi %v64, %v2 : i64
              %v73 = arith.cmpi slt, %v72, %v53 : i64
              scf.if %v73 {
                %v74 = arith.muli %v72, %v5 : i64
                %v75 = arith.addi %v12, %v74 : i64
                %v76 = llvm.getelementptr %part_u[%v75] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v77 = llvm.load %v76 : !llvm.ptr -> f32
                %v78 = llvm.load %v34 : !llvm.ptr -> f32
                %v79 = arith.addf %v78, %v77 fastmath<contract> : f32
                llvm.store %v79, %v34 : f32, !llvm.ptr
              }
              %v81 = arith.addi %v64, %v80 : i64
              %v82 = arith.cmpi slt, %v81, %v53 : i64
              scf.if %v82 {
                %v83 = arith.muli %v81, %v5 : i64
                %v84 = arith.addi %v12, %v83 : i64
                %v85 = llvm.getelementptr %part_u[%v84] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v86 = llvm.load %v85 : !llvm.ptr -> f32
                %v87 = llvm.load %v35 : !llvm.ptr -> f32
                %v88 = arith.addf %v87, %v86 fastmath<contract> : f32
                llvm.store %v88, %v35 : f32, !llvm.ptr
              }
              %v90 = arith.addi %v64, %v89 : i64
              %v91 = arith.cmpi slt, %v90, %v53 : i64
              scf.if %v91 {
                %v92 = arith.muli %v90, %v5 : i64
                %v93 = arith.addi %v12, %v92 : i64
                %v94 = llvm.getelementptr %part_u[%v93] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v95 = llvm.load %v94 : !llvm.ptr -> f32
                %v96 = llvm.load %v36 : !llvm.ptr -> f32
                %v97 = arith.addf %v96, %v95 fastmath<contract> : f32
                llvm.store %v97, %v36 : f32, !llvm.ptr
              }
              %v98 = arith.addi %v64, %v1 : i64
              %v99 = arith.cmpi slt, %v98, %v53 : i64
              scf.if %v99 {
                %v100 = arith.muli %v98, %v5 : i64
                %v101 = arith.addi %v12, %v100 : i64
                %v102 = llvm.getelementptr %part_u[%v101] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v103 = llvm.load %v102 : !llvm.ptr -> f32
                %v104 = llvm.load %v37 : !llvm.ptr -> f32
                %v105 = arith.addf %v104, %v103 fastmath<contract> : f32
                llvm.store %v105, %v37 : f32, !llvm.ptr
              }
              %v107 = arith.addi %v64, %v106 : i64
              %v108 = arith.cmpi slt, %v107, %v53 : i64
              scf.if %v108 {
                %v109 = arith.muli %v107, %v5 : i64
                %v110 = arith.addi %v12, %v109 : i64
                %v111 = llvm.getelementptr %part_u[%v110] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v112 = llvm.load %v111 : !llvm.ptr -> f32
                %v113 = llvm.load %v38 : !llvm.ptr -> f32
                %v114 = arith.addf %v113, %v112 fastmath<contract> : f32
                llvm.store %v114, %v38 : f32, !llvm.ptr
              }
              %v116 = arith.addi %v64, %v115 : i64
              %v117 = arith.cmpi slt, %v116, %v53 : i64
              scf.if %v117 {
                %v118 = arith.muli %v116, %v5 : i64
                %v119 = arith.addi %v12, %v118 : i64
                %v120 = llvm.getelementptr %part_u[%v119] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v121 = llvm.load %v120 : !llvm.ptr -> f32
                %v122 = llvm.load %v39 : !llvm.ptr -> f32
                %v123 = arith.addf %v122, %v121 fastmath<contract> : f32
                llvm.store %v123, %v39 : f32, !llvm.ptr
              }
              %v125 = arith.addi %v64, %v124 : i64
              %v126 = arith.cmpi slt, %v125, %v53 : i64
              scf.if %v126 {
                %v127 = arith.muli %v125, %v5 : i64
                %v128 = arith.addi %v12, %v127 : i64
                %v129 = llvm.getelementptr %part_u[%v128] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v130 = llvm.load %v129 : !llvm.ptr -> f32
                %v131 = llvm.load %v40 : !llvm.ptr -> f32
                %v132 = arith.addf %v131, %v130 fastmath<contract> : f32
                llvm.store %v132, %v40 : f32, !llvm.ptr
              }
              %v134 = arith.addi %v64, %v133 : i64
              %v135 = arith.cmpi slt, %v134, %v53 : i64
              scf.if %v135 {
                %v136 = arith.muli %v134, %v5 : i64
                %v137 = arith.addi %v12, %v136 : i64
                %v138 = llvm.getelementptr %part_u[%v137] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v139 = llvm.load %v138 : !llvm.ptr -> f32
                %v140 = llvm.load %v41 : !llvm.ptr -> f32
                %v141 = arith.addf %v140, %v139 fastmath<contract> : f32
                llvm.store %v141, %v41 : f32, !llvm.ptr
              }
              %v143 = arith.addi %v64, %v142 : i64
              %v144 = arith.cmpi slt, %v143, %v53 : i64
              scf.if %v144 {
                %v145 = arith.muli %v143, %v5 : i64
                %v146 = arith.addi %v12, %v145 : i64
                %v147 = llvm.getelementptr %part_u[%v146] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v148 = llvm.load %v147 : !llvm.ptr -> f32
                %v149 = llvm.load %v42 : !llvm.ptr -> f32
                %v150 = arith.addf %v149, %v148 fastmath<contract> : f32
                llvm.store %v150, %v42 : f32, !llvm.ptr
              }
              %v152 = arith.addi %v64, %v151 : i64
              %v153 = arith.cmpi slt, %v152, %v53 : i64
              scf.if %v153 {
                %v154 = arith.muli %v152, %v5 : i64
                %v155 = arith.addi %v12, %v154 : i64
                %v156 = llvm.getelementptr %part_u[%v155] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v157 = llvm.load %v156 : !llvm.ptr -> f32
                %v158 = llvm.load %v43 : !llvm.ptr -> f32
                %v159 = arith.addf %v158, %v157 fastmath<contract> : f32
                llvm.store %v159, %v43 : f32, !llvm.ptr
              }
              %v161 = arith.addi %v64, %v160 : i64
              %v162 = arith.cmpi slt, %v161, %v53 : i64
              scf.if %v162 {
                %v163 = arith.muli %v161, %v5 : i64
                %v164 = arith.addi %v12, %v163 : i64
                %v165 = llvm.getelementptr %part_u[%v164] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v166 = llvm.load %v165 : !llvm.ptr -> f32
                %v167 = llvm.load %v44 : !llvm.ptr -> f32
                %v168 = arith.addf %v167, %v166 fastmath<contract> : f32
                llvm.store %v168, %v44 : f32, !llvm.ptr
              }
              %v170 = arith.addi %v64, %v169 : i64
              %v171 = arith.cmpi slt, %v170, %v53 : i64
              scf.if %v171 {
                %v172 = arith.muli %v170, %v5 : i64
                %v173 = arith.addi %v12, %v172 : i64
                %v174 = llvm.getelementptr %part_u[%v173] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v175 = llvm.load %v174 : !llvm.ptr -> f32
                %v176 = llvm.load %v45 : !llvm.ptr -> f32
                %v177 = arith.addf %v176, %v175 fastmath<contract> : f32
                llvm.store %v177, %v45 : f32, !llvm.ptr
              }
              %v179 = arith.addi %v64, %v178 : i64
              %v180 = arith.cmpi slt, %v179, %v53 : i64
              scf.if %v180 {
                %v181 = arith.muli %v179, %v5 : i64
                %v182 = arith.addi %v12, %v181 : i64
                %v183 = llvm.getelementptr %part_u[%v182] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v184 = llvm.load %v183 : !llvm.ptr -> f32
                %v185 = llvm.load %v46 : !llvm.ptr -> f32
                %v186 = arith.addf %v185, %v184 fastmath<contract> : f32
                llvm.store %v186, %v46 : f32, !llvm.ptr
              }
              %v188 = arith.addi %v64, %v187 : i64
              %v189 = arith.cmpi slt, %v188, %v53 : i64
              scf.if %v189 {
                %v190 = arith.muli %v188, %v5 : i64
                %v191 = arith.addi %v12, %v190 : i64
                %v192 = llvm.getelementptr %part_u[%v191] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v193 = llvm.load %v192 : !llvm.ptr -> f32
                %v194 = llvm.load %v47 : !llvm.ptr -> f32
                %v195 = arith.addf %v194, %v193 fastmath<contract> : f32
                llvm.store %v195, %v47 : f32, !llvm.ptr
              }
              %v197 = arith.addi %v64, %v196 : i64
              %v198 = arith.cmpi slt, %v197, %v53 : i64
              scf.if %v198 {
                %v199 = arith.muli %v197, %v5 : i64
                %v200 = arith.addi %v12, %v199 : i64
                %v201 = llvm.getelementptr %part_u[%v200] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v202 = llvm.load %v201 : !llvm.ptr -> f32
                %v203 = llvm.load %v48 : !llvm.ptr -> f32
                %v204 = arith.addf %v203, %v202 fastmath<contract> : f32
                llvm.store %v204, %v48 : f32, !llvm.ptr
              }
            }
          }
          %v205 = llvm.load %v33 : !llvm.ptr -> f32
          %v206 = llvm.load %v34 : !llvm.ptr -> f32
          %v207 = arith.addf %v205, %v206 fastmath<contract> : f32
          %v208 = llvm.load %v35 : !llvm.ptr -> f32
          %v209 = arith.addf %v207, %v208 fastmath<contract> : f32
          %v210 = llvm.load %v36 : !llvm.ptr -> f32
          %v211 = arith.addf %v209, %v210 fastmath<contract> : f32
          %v212 = llvm.load %v37 : !llvm.ptr -> f32
          %v213 = arith.addf %v211, %v212 fastmath<contract> : f32
          %v214 = llvm.load %v38 : !llvm.ptr -> f32
          %v215 = arith.addf %v213, %v214 fastmath<contract> : f32
          %v216 = llvm.load %v39 : !llvm.ptr -> f32
          %v217 = arith.addf %v215, %v216 fastmath<contract> : f32
          %v218 = llvm.load %v40 : !llvm.ptr -> f32
          %v219 = arith.addf %v217, %v218 fastmath<contract> : f32
          %v220 = llvm.load %v41 : !llvm.ptr -> f32
          %v221 = arith.addf %v219, %v220 fastmath<contract> : f32
          %v222 = llvm.load %v42 : !llvm.ptr -> f32
          %v223 = arith.addf %v221, %v222 fastmath<contract> : f32
          %v224 = llvm.load %v43 : !llvm.ptr -> f32
          %v225 = arith.addf %v223, %v224 fastmath<contract> : f32
          %v226 = llvm.load %v44 : !llvm.ptr -> f32
          %v227 = arith.addf %v225, %v226 fastmath<contract> : f32
          %v228 = llvm.load %v45 : !llvm.ptr -> f32
          %v229 = arith.addf %v227, %v228 fastmath<contract> : f32
          %v230 = llvm.load %v46 : !llvm.ptr -> f32
          %v231 = arith.addf %v229, %v230 fastmath<contract> : f32
          %v232 = llvm.load %v47 : !llvm.ptr -> f32
          %v233 = arith.addf %v231, %v232 fastmath<contract> : f32
          %v234 = llvm.load %v48 : !llvm.ptr -> f32
          %v235 = arith.addf %v233, %v234 fastmath<contract> : f32
          %v236 = llvm.getelementptr %dx_u[%v32] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v235, %v236 : f32, !llvm.ptr
        }
      }
      gpu.return
    }
  }
}
