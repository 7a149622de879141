module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @mamba2_seg_reduce_dt(%part_dt: !llvm.ptr, %dx_dt: !llvm.ptr, %size_B: i64, %size_L: i64, %size_H: i64, %size_P: i64, %size_N: i64, %slice_first: i64, %slice_steps: i64) kernel {
      %v1 = arith.constant 16 : i64
      %v2 = arith.constant 1 : i64
      %v3 = arith.muli %size_B, %size_H : i64
      %v4 = arith.muli %v3, %size_P : i64
      %v5 = arith.muli %size_B, %slice_steps : i64
      %v6 = arith.muli %v5, %size_H : i64
      %v11 = arith.constant 256 : i64
      %v31 = arith.constant 0 : i64
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
      %v49 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v50 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v51 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v52 = arith.constant 0x00000000 : f32
      %v53 = arith.constant 63 : i64
      %v55 = arith.constant 64 : i64
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
      %v199 = arith.constant 15 : i64
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
        %v23 = arith.remui %v13, %size_H : i64
        %v24 = arith.divui %v13, %size_H : i64
        %v25 = arith.remui %v24, %slice_steps : i64
        %v26 = arith.divui %v24, %slice_steps : i64
        %v27 = arith.remui %v26, %size_B : i64
        %v28 = arith.divui %v26, %size_B : i64
        %v29 = arith.addi %slice_first, %v25 : i64
        %v30 = arith.cmpi slt, %v29, %size_L : i64
        %v32 = arith.muli %v27, %size_L : i64
        %v33 = arith.addi %v32, %v29 : i64
        %v34 = arith.muli %v33, %size_H : i64
        %v35 = arith.addi %v34, %v23 : i64
        scf.if %v30 {
          llvm.store %v52, %v36 : f32, !llvm.ptr
          llvm.store %v52, %v37 : f32, !llvm.ptr
          llvm.store %v52, %v38 : f32, !llvm.ptr
          llvm.store %v52, %v39 : f32, !llvm.ptr
          llvm.store %v52, %v40 : f32, !llvm.ptr
          llvm.store %v52, %v41 : f32, !llvm.ptr
          llvm.store %v52, %v42 : f32, !llvm.ptr
          llvm.store %v52, %v43 : f32, !llvm.ptr
          llvm.store %v52, %v44 : f32, !llvm.ptr
          llvm.store %v52, %v45 : f32, !llvm.ptr
          llvm.store %v52, %v46 : f32, !llvm.ptr
          llvm.store %v52, %v47 : f32, !llvm.ptr
          llvm.store %v52, %v48 : f32, !llvm.ptr
          llvm.store %v52, %v49 : f32, !llvm.ptr
          llvm.store %v52, %v50 : f32, !llvm.ptr
          llvm.store %v52, %v51 : f32, !llvm.ptr
          %v54 = arith.addi %size_P, %v53 : i64
          %v56 = arith.divui %v54, %v55 : i64
          %v57 = arith.index_cast %v31 : i64 to index
          %v58 = arith.index_cast %v2 : i64 to index
          %v59 = arith.index_cast %v2 : i64 to index
          scf.for %v60 = %v57 to %v58 step %v59 {
            %v61 = arith.index_cast %v60 : index to i64
            %v62 = arith.index_cast %v31 : i64 to index
            %v63 = arith.index_cast %v56 : i64 to index
            %v64 = arith.index_cast %v1 : i64 to index
            scf.for %v65 = %v62 to %v63 step %v64 {
              %v66 = arith.index_cast %v65 : index to i64
              %v67 = arith.cmpi slt, %v66, %v56 : i64
              scf.if %v67 {
                %v68 = arith.muli %v66, %v6 : i64
                %v69 = arith.addi %v13, %v68 : i64
                %v70 = llvm.getelementptr %part_dt[%v69] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v71 = llvm.load %v70 : !llvm.ptr -> f32
                %v72 = llvm.load %v36 : !llvm.ptr -> f32
                %v73 = arith.addf %v72, %v71 fastmath<contract> : f32
                llvm.store %v73, %v36 : f32, !llvm.ptr
              }
              %v74 = arith.addi %v66, %v2 : i64
              %v75 = arith.cmpi slt, %v74, %v56 : i64
              scf.if %v75 {
                %v76 = arith.muli %v74, %v6 : i64
                %v77 = arith.addi %v13, %v76 : i64
                %v78 = llvm.getelementptr %part_dt[%v77] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v79 = llvm.load %v78 : !llvm.ptr -> f32
                %v80 = llvm.load %v37 : !llvm.ptr -> f32
                %v81 = arith.addf %v80, %v79 fastmath<contract> : f32
                llvm.store %v81, %v37 : f32, !llvm.ptr
              }
              %v83 = arith.addi %v66, %v82 : i64
              %v84 = arith.cmpi slt, %v83, %v56 : i64
              scf.if %v84 {
                %v85 = arith.muli %v83, %v6 : i64
                %v86 = arith.addi %v13, %v85 : i64
                %v87 = llvm.getelementptr %part_dt[%v86] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v88 = llvm.load %v87 : !llvm.ptr -> f32
                %v89 = llvm.load %v38 : !llvm.ptr -> f32
                %v90 = arith.addf %v89, %v88 fastmath<contract> : f32
                llvm.store %v90, %v38 : f32, !llvm.ptr
              }
              %v92 = arith.addi %v66, %v91 : i64
              %v93 = arith.cmpi slt, %v92, %v56 : i64
              scf.if %v93 {
                %v94 = arith.muli %v92, %v6 : i64
                %v95 = arith.addi %v13, %v94 : i64
                %v96 = llvm.getelementptr %part_dt[%v95] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v97 = llvm.load %v96 : !llvm.ptr -> f32
                %v98 = llvm.load %v39 : !llvm.ptr -> f32
                %v99 = arith.addf %v98, %v97 fastmath<contract> : f32
                llvm.store %v99, %v39 : f32, !llvm.ptr
              }
              %v101 = arith.addi %v66, %v100 : i64
              %v102 = arith.cmpi slt, %v101, %v56 : i64
              scf.if %v102 {
                %v103 = arith.muli %v101, %v6 : i64
                %v104 = arith.addi %v13, %v103 : i64
                %v105 = llvm.getelementptr %part_dt[%v104] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v106 = llvm.load %v105 : !llvm.ptr -> f32
                %v107 = llvm.load %v40 : !llvm.ptr -> f32
                %v108 = arith.addf %v107, %v106 fastmath<contract> : f32
                llvm.store %v108, %v40 : f32, !llvm.ptr
              }
              %v110 = arith.addi %v66, %v109 : i64
              %v111 = arith.cmpi slt, %v110, %v56 : i64
              scf.if %v111 {
                %v112 = arith.muli %v110, %v6 : i64
                %v113 = arith.addi %v13, %v112 : i64
                %v114 = llvm.getelementptr %part_dt[%v113] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v115 = llvm.load %v114 : !llvm.ptr -> f32
                %v116 = llvm.load %v41 : !llvm.ptr -> f32
                %v117 = arith.addf %v116, %v115 fastmath<contract> : f32
                llvm.store %v117, %v41 : f32, !llvm.ptr
              }
              %v119 = arith.addi %v66, %v118 : i64
              %v120 = arith.cmpi slt, %v119, %v56 : i64
              scf.if %v120 {
                %v121 = arith.muli %v119, %v6 : i64
                %v122 = arith.addi %v13, %v121 : i64
                %v123 = llvm.getelementptr %part_dt[%v122] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v124 = llvm.load %v123 : !llvm.ptr -> f32
                %v125 = llvm.load %v42 : !llvm.ptr -> f32
                %v126 = arith.addf %v125, %v124 fastmath<contract> : f32
                llvm.store %v126, %v42 : f32, !llvm.ptr
              }
              %v128 = arith.addi %v66, %v127 : i64
              %v129 = arith.cmpi slt, %v128, %v56 : i64
              scf.if %v129 {
                %v130 = arith.muli %v128, %v6 : i64
                %v131 = arith.addi %v13, %v130 : i64
                %v132 = llvm.getelementptr %part_dt[%v131] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v133 = llvm.load %v132 : !llvm.ptr -> f32
                %v134 = llvm.load %v43 : !llvm.ptr -> f32
                %v135 = arith.addf %v134, %v133 fastmath<contract> : f32
                llvm.store %v135, %v43 : f32, !llvm.ptr
              }
              %v137 = arith.addi %v66, %v136 : i64
              %v138 = arith.cmpi slt, %v137, %v56 : i64
              scf.if %v138 {
                %v139 = arith.muli %v137, %v6 : i64
                %v140 = arith.addi %v13, %v139 : i64
                %v141 = llvm.getelementptr %part_dt[%v140] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v142 = llvm.load %v141 : !llvm.ptr -> f32
                %v143 = llvm.load %v44 : !llvm.ptr -> f32
                %v144 = arith.addf %v143, %v142 fastmath<contract> : f32
                llvm.store %v144, %v44 : f32, !llvm.ptr
              }
              %v146 = arith.addi %v66, %v145 : i64
              %v147 = arith.cmpi slt, %v146, %v56 : i64
              scf.if %v147 {
                %v148 = arith.muli %v146, %v6 : i64
                %v149 = arith.addi %v13, %v148 : i64
                %v150 = llvm.getelementptr %part_dt[%v149] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v151 = llvm.load %v150 : !llvm.ptr -> f32
                %v152 = llvm.load %v45 : !llvm.ptr -> f32
                %v153 = arith.addf %v152, %v151 fastmath<contract> : f32
                llvm.store %v153, %v45 : f32, !llvm.ptr
              }
              %v155 = arith.addi %v66, %v154 : i64
              %v156 = arith.cmpi slt, %v155, %v56 : i64
              scf.if %v156 {
                %v157 = arith.muli %v155, %v6 : i64
                %v158 = arith.addi %v13, %v157 : i64
                %v159 = llvm.getelementptr %part_dt[%v158] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v160 = llvm.load %v159 : !llvm.ptr -> f32
                %v161 = llvm.load %v46 : !llvm.ptr -> f32
                %v162 = arith.addf %v161, %v160 fastmath<contract> : f32
                llvm.store %v162, %v46 : f32, !llvm.ptr
              }
              %v164 = arith.addi %v66, %v163 : i64
              %v165 = arith.cmpi slt, %v164, %v56 : i64
              scf.if %v165 {
                %v166 = arith.muli %v164, %v6 : i64
                %v167 = arith.addi %v13, %v166 : i64
                %v168 = llvm.getelementptr %part_dt[%v167] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v169 = llvm.load %v168 : !llvm.ptr -> f32
                %v170 = llvm.load %v47 : !llvm.ptr -> f32
                %v171 = arith.addf %v170, %v169 fastmath<contract> : f32
                llvm.store %v171, %v47 : f32, !llvm.ptr
              }
              %v173 = arith.addi %v66, %v172 : i64
              %v174 = arith.cmpi slt, %v173, %v56 : i64
              scf.if %v174 {
                %v175 = arith.muli %v173, %v6 : i64
                %v176 = arith.addi %v13, %v175 : i64
                %v177 = llvm.getelementptr %part_dt[%v176] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v178 = llvm.load %v177 : !llvm.ptr -> f32
                %v179 = llvm.load %v48 : !llvm.ptr -> f32
                %v180 = arith.addf %v179, %v178 fastmath<contract> : f32
                llvm.store %v180, %v48 : f32, !llvm.ptr
              }
              %v182 = arith.addi %v66, %v181 : i64
              %v183 = arith.cmpi slt, %v182, %v56 : i64
              scf.if %v183 {
                %v184 = arith.muli %v182, %v6 : i64
                %v185 = arith.addi %v13, %v184 : i64
                %v186 = llvm.getelementptr %part_dt[%v185] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v187 = llvm.load %v186 : !llvm.ptr -> f32
                %v188 = llvm.load %v49 : !llvm.ptr -> f32
                %v189 = arith.addf %v188, %v187 fastmath<contract> : f32
                llvm.store %v189, %v49 : f32, !llvm.ptr
              }
              %v191 = arith.addi %v66, %v190 : i64
              %v192 = arith.cmpi slt, %v191, %v56 : i64
              scf.if %v192 {
                %v193 = arith.muli %v191, %v6 : i64
                %v194 = arith.addi %v13, %v193 : i64
                %v195 = llvm.getelementptr %part_dt[%v194] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v196 = llvm.load %v195 : !llvm.ptr -> f32
                %v197 = llvm.load %v50 : !llvm.ptr -> f32
                %v198 = arith.addf %v197, %v196 fastmath<contract> : f32
                llvm.store %v198, %v50 : f32, !llvm.ptr
              }
              %v200 = arith.addi %v66, %v199 : i64
              %v201 = arith.cmpi slt, %v200, %v56 : i64
              scf.if %v201 {
                %v202 = arith.muli %v200, %v6 : i64
                %v203 = arith.addi %v13, %v202 : i64
                %v204 = llvm.getelementptr %part_dt[%v203] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v205 = llvm.load %v204 : !llvm.ptr -> f32
                %v206 = llvm.load %v51 : !llvm.ptr -> f32
                %v207 = arith.addf %v206, %v205 fastmath<contract> : f32
                llvm.store %v207, %v51 : f32, !llvm.ptr
              }
            }
          }
          %v208 = llvm.load %v36 : !llvm.ptr -> f32
          %v209 = llvm.load %v37 : !llvm.ptr -> f32
          %v210 = arith.addf %v208, %v209 fastmath<contract> : f32
          %v211 = llvm.load %v38 : !llvm.ptr -> f32
          %v212 = arith.addf %v210, %v211 fastmath<contract> : f32
          %v213 = llvm.load %v39 : !llvm.ptr -> f32
          %v214 = arith.addf %v212, %v213 fastmath<contract> : f32
          %v215 = llvm.load %v40 : !llvm.ptr -> f32
          %v216 = arith.addf %v214, %v215 fastmath<contract> : f32
          %v217 = llvm.load %v41 : !llvm.ptr -> f32
          %v218 = arith.addf %v216, %v217 fastmath<contract> : f32
          %v219 = llvm.load %v42 : !llvm.ptr -> f32
          %v220 = arith.addf %v218, %v219 fastmath<contract> : f32
          %v221 = llvm.load %v43 : !llvm.ptr -> f32
          %v222 = arith.addf %v220, %v221 fastmath<contract> : f32
          %v223 = llvm.load %v44 : !llvm.ptr -> f32
          %v224 = arith.addf %v222, %v223 fastmath<contract> : f32
          %v225 = llvm.load %v45 : !llvm.ptr -> f32
          %v226 = arith.addf %v224, %v225 fastmath<contract> : f32
          %v227 = llvm.load %v46 : !llvm.ptr -> f32
          %v228 = arith.addf %v226, %v227 fastmath<contract> : f32
          %v229 = llvm.load %v47 : !llvm.ptr -> f32
          %v230 = arith.addf %v228, %v229 fastmath<contract> : f32
          %v231 = llvm.load %v48 : !llvm.ptr -> f32
          %v232 = arith.addf %v230, %v231 fastmath<contract> : f32
          %v233 = llvm.load %v49 : !llvm.ptr -> f32
          %v234 = arith.addf %v232, %v233 fastmath<contract> : f32
          %v235 = llvm.load %v50 : !llvm.ptr -> f32
          %v236 = arith.addf %v234, %v235 fastmath<contract> : f32
          %v237 = llvm.load %v51 : !llvm.ptr -> f32
          %v238 = arith.addf %v236, %v237 fastmath<contract> : f32
          %v239 = llvm.getelementptr %dx_dt[%v35] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v238, %v239 : f32, !llvm.ptr
        }
      }
      gpu.return
    }
  }
}
