module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @s4d_seg_reduce_Bp(%part_Bp: !llvm.ptr, %dx_Bp: !llvm.ptr, %size_B: i64, %size_D: i64, %size_L: i64, %size_N: i64) kernel {
      %v1 = arith.constant 16 : i64
      %v2 = arith.constant 1 : i64
      %v3 = arith.muli %v2, %size_B : i64
      %v4 = arith.muli %v3, %size_D : i64
      %v5 = arith.muli %v2, %size_D : i64
      %v6 = arith.muli %v5, %v1 : i64
      %v11 = arith.constant 256 : i64
      %v21 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v22 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v23 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v24 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v25 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v26 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v27 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v28 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v29 = arith.constant 0x00000000 : f32
      %v34 = arith.constant 0 : i64
      %v38 = arith.constant 255 : i64
      %v42 = arith.constant 8 : i64
      %v86 = arith.constant 2 : i64
      %v106 = arith.constant 3 : i64
      %v126 = arith.constant 4 : i64
      %v146 = arith.constant 5 : i64
      %v166 = arith.constant 6 : i64
      %v186 = arith.constant 7 : i64
      %v7 = gpu.block_id x
      %v8 = gpu.thread_id x
      %v9 = arith.index_cast %v8 : index to i64
      %v10 = arith.index_cast %v7 : index to i64
      %v12 = arith.muli %v10, %v11 : i64
      %v13 = arith.addi %v12, %v9 : i64
      %v14 = arith.cmpi slt, %v13, %v6 : i64
      %v15 = arith.subi %v6, %v2 : i64
      %v16 = arith.minsi %v13, %v15 : i64
      %v17 = arith.remui %v16, %size_D : i64
      %v18 = arith.divui %v16, %size_D : i64
      %v19 = arith.remui %v18, %size_B : i64
      %v20 = arith.divui %v18, %size_B : i64
      scf.if %v14 {
        llvm.store %v29, %v21 : f32, !llvm.ptr
        llvm.store %v29, %v22 : f32, !llvm.ptr
        llvm.store %v29, %v23 : f32, !llvm.ptr
        llvm.store %v29, %v24 : f32, !llvm.ptr
        llvm.store %v29, %v25 : f32, !llvm.ptr
        llvm.store %v29, %v26 : f32, !llvm.ptr
        llvm.store %v29, %v27 : f32, !llvm.ptr
        llvm.store %v29, %v28 : f32, !llvm.ptr
        %v30 = arith.remui %v13, %v1 : i64
        %v31 = arith.divui %v13, %v1 : i64
        %v32 = arith.remui %v31, %size_D : i64
        %v33 = arith.divui %v31, %size_D : i64
        %v35 = arith.muli %v34, %v1 : i64
        %v36 = arith.addi %v35, %v30 : i64
        %v37 = arith.muli %v2, %size_B : i64
        %v39 = arith.addi %size_L, %v38 : i64
        %v40 = arith.divui %v39, %v11 : i64
        %v41 = arith.muli %v40, %v37 : i64
        %v43 = arith.index_cast %v34 : i64 to index
        %v44 = arith.index_cast %v41 : i64 to index
        %v45 = arith.index_cast %v42 : i64 to index
        scf.for %v46 = %v43 to %v44 step %v45 {
          %v47 = arith.index_cast %v46 : index to i64
          %v48 = arith.addi %v47, %v34 : i64
          %v49 = arith.cmpi slt, %v48, %v41 : i64
          scf.if %v49 {
            %v50 = arith.divui %v48, %v37 : i64
            %v51 = arith.addi %v34, %v50 : i64
            %v52 = arith.remui %v48, %v37 : i64
            %v53 = arith.remui %v52, %size_B : i64
            %v54 = arith.divui %v52, %size_B : i64
            %v55 = arith.muli %v34, %size_B : i64
            %v56 = arith.addi %v55, %v53 : i64
            %v57 = arith.muli %v56, %size_D : i64
            %v58 = arith.addi %v57, %v32 : i64
            %v59 = arith.muli %v51, %v4 : i64
            %v60 = arith.addi %v59, %v58 : i64
            %v61 = arith.muli %v60, %v1 : i64
            %v62 = arith.addi %v61, %v36 : i64
            %v63 = llvm.getelementptr %part_Bp[%v62] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v64 = llvm.load %v63 : !llvm.ptr -> f32
            %v65 = llvm.load %v21 : !llvm.ptr -> f32
            %v66 = arith.addf %v65, %v64 fastmath<contract> : f32
            llvm.store %v66, %v21 : f32, !llvm.ptr
          }
          %v67 = arith.addi %v47, %v2 : i64
          %v68 = arith.cmpi slt, %v67, %v41 : i64
          scf.if %v68 {
            %v69 = arith.divui %v67, %v37 : i64
            %v70 = arith.addi %v34, %v69 : i64
            %v71 = arith.remui %v67, %v37 : i64
            %v72 = arith.remui %v71, %size_B : i64
            %v73 = arith.divui %v71, %size_B : i64
            %v74 = arith.muli %v34, %size_B : i64
            %v75 = arith.addi %v74, %v72 : i64
            %v76 = arith.muli %v75, %size_D : i64
            %v77 = arith.addi %v76, %v32 : i64
            %v78 = arith.muli %v70, %v4 : i64
            %v79 = arith.addi %v78, %v77 : i64
            %v80 = arith.muli %v79, %v1 : i64
            %v81 = arith.addi %v80, %v36 : i64
            %v82 = llvm.getelementptr %part_Bp[%v81] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v83 = llvm.load %v82 : !llvm.ptr -> f32
            %v84 = llvm.load %v22 : !llvm.ptr -> f32
            %v85 = arith.addf %v84, %v83 fastmath<contract> : f32
            llvm.store %v85, %v22 : f32, !llvm.ptr
          }
          %v87 = arith.addi %v47, %v86 : i64
          %v88 = arith.cmpi slt, %v87, %v41 : i64
          scf.if %v88 {
            %v89 = arith.divui %v87, %v37 : i64
            %v90 = arith.addi %v34, %v89 : i64
            %v91 = arith.remui %v87, %v37 : i64
            %v92 = arith.remui %v91, %size_B : i64
            %v93 = arith.divui %v91, %size_B : i64
            %v94 = arith.muli %v34, %size_B : i64
            %v95 = arith.addi %v94, %v92 : i64
            %v96 = arith.muli %v95, %size_D : i64
            %v97 = arith.addi %v96, %v32 : i64
            %v98 = arith.muli %v90, %v4 : i64
            %v99 = arith.addi %v98, %v97 : i64
            %v100 = arith.muli %v99, %v1 : i64
            %v101 = arith.addi %v100, %v36 : i64
            %v102 = llvm.getelementptr %part_Bp[%v101] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v103 = llvm.load %v102 : !llvm.ptr -> f32
            %v104 = llvm.load %v23 : !llvm.ptr -> f32
            %v105 = arith.addf %v104, %v103 fastmath<contract> : f32
            llvm.store %v105, %v23 : f32, !llvm.ptr
          }
          %v107 = arith.addi %v47, %v106 : i64
          %v108 = arith.cmpi slt, %v107, %v41 : i64
          scf.if %v108 {
            %v109 = arith.divui %v107, %v37 : i64
            %v110 = arith.addi %v34, %v109 : i64
            %v111 = arith.remui %v107, %v37 : i64
            %v112 = arith.remui %v111, %size_B : i64
            %v113 = arith.divui %v111, %size_B : i64
            %v114 = arith.muli %v34, %size_B : i64
            %v115 = arith.addi %v114, %v112 : i64
            %v116 = arith.muli %v115, %size_D : i64
            %v117 = arith.addi %v116, %v32 : i64
            %v118 = arith.muli %v110, %v4 : i64
            %v119 = arith.addi %v118, %v117 : i64
            %v120 = arith.muli %v119, %v1 : i64
            %v121 = arith.addi %v120, %v36 : i64
            %v122 = llvm.getelementptr %part_Bp[%v121] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v123 = llvm.load %v122 : !llvm.ptr -> f32
            %v124 = llvm.load %v24 : !llvm.ptr -> f32
            %v125 = arith.addf %v124, %v123 fastmath<contract> : f32
            llvm.store %v125, %v24 : f32, !llvm.ptr
          }
          %v127 = arith.addi %v47, %v126 : i64
          %v128 = arith.cmpi slt, %v127, %v41 : i64
          scf.if %v128 {
            %v129 = arith.divui %v127, %v37 : i64
            %v130 = arith.addi %v34, %v129 : i64
            %v131 = arith.remui %v127, %v37 : i64
            %v132 = arith.remui %v131, %size_B : i64
            %v133 = arith.divui %v131, %size_B : i64
            %v134 = arith.muli %v34, %size_B : i64
            %v135 = arith.addi %v134, %v132 : i64
            %v136 = arith.muli %v135, %size_D : i64
            %v137 = arith.addi %v136, %v32 : i64
            %v138 = arith.muli %v130, %v4 : i64
            %v139 = arith.addi %v138, %v137 : i64
            %v140 = arith.muli %v139, %v1 : i64
            %v141 = arith.addi %v140, %v36 : i64
            %v142 = llvm.getelementptr %part_Bp[%v141] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v143 = llvm.load %v142 : !llvm.ptr -> f32
            %v144 = llvm.load %v25 : !llvm.ptr -> f32
            %v145 = arith.addf %v144, %v143 fastmath<contract> : f32
            llvm.store %v145, %v25 : f32, !llvm.ptr
          }
          %v147 = arith.addi %v47, %v146 : i64
          %v148 = arith.cmpi slt, %v147, %v41 : i64
          scf.if %v148 {
            %v149 = arith.divui %v147, %v37 : i64
            %v150 = arith.addi %v34, %v149 : i64
            %v151 = arith.remui %v147, %v37 : i64
            %v152 = arith.remui %v151, %size_B : i64
            %v153 = arith.divui %v151, %size_B : i64
            %v154 = arith.muli %v34, %size_B : i64
            %v155 = arith.addi %v154, %v152 : i64
            %v156 = arith.muli %v155, %size_D : i64
            %v157 = arith.addi %v156, %v32 : i64
            %v158 = arith.muli %v150, %v4 : i64
            %v159 = arith.addi %v158, %v157 : i64
            %v160 = arith.muli %v159, %v1 : i64
            %v161 = arith.addi %v160, %v36 : i64
            %v162 = llvm.getelementptr %part_Bp[%v161] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v163 = llvm.load %v162 : !llvm.ptr -> f32
            %v164 = llvm.load %v26 : !llvm.ptr -> f32
            %v165 = arith.addf %v164, %v163 fastmath<contract> : f32
            llvm.store %v165, %v26 : f32, !llvm.ptr
          }
          %v167 = arith.addi %v47, %v166 : i64
          %v168 = arith.cmpi slt, %v167, %v41 : i64
          scf.if %v168 {
            %v169 = arith.divui %v167, %v37 : i64
            %v170 = arith.addi %v34, %v169 : i64
            %v171 = arith.remui %v167, %v37 : i64
            %v172 = arith.remui %v171, %size_B : i64
            %v173 = arith.divui %v171, %size_B : i64
            %v174 = arith.muli %v34, %size_B : i64
            %v175 = arith.addi %v174, %v172 : i64
            %v176 = arith.muli %v175, %size_D : i64
            %v177 = arith.addi %v176, %v32 : i64
            %v178 = arith.muli %v170, %v4 : i64
            %v179 = arith.addi %v178, %v177 : i64
            %v180 = arith.muli %v179, %v1 : i64
            %v181 = arith.addi %v180, %v36 : i64
            %v182 = llvm.getelementptr %part_Bp[%v181] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v183 = llvm.load %v182 : !llvm.ptr -> f32
            %v184 = llvm.load %v27 : !llvm.ptr -> f32
            %v185 = arith.addf %v184, %v183 fastmath<contract> : f32
            llvm.store %v185, %v27 : f32, !llvm.ptr
          }
          %v187 = arith.addi %v47, %v186 : i64
          %v188 = arith.cmpi slt, %v187, %v41 : i64
          scf.if %v188 {
            %v189 = arith.divui %v187, %v37 : i64
            %v190 = arith.addi %v34, %v189 : i64
            %v191 = arith.remui %v187, %v37 : i64
            %v192 = arith.remui %v191, %size_B : i64
            %v193 = arith.divui %v191, %size_B : i64
            %v194 = arith.muli %v34, %size_B : i64
            %v195 = arith.addi %v194, %v192 : i64
            %v196 = arith.muli %v195, %size_D : i64
            %v197 = arith.addi %v196, %v32 : i64
            %v198 = arith.muli %v190, %v4 : i64
            %v199 = arith.addi %v198, %v197 : i64
            %v200 = arith.muli %v199, %v1 : i64
            %v201 = arith.addi %v200, %v36 : i64
            %v202 = llvm.getelementptr %part_Bp[%v201] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v203 = llvm.load %v202 : !llvm.ptr -> f32
            %v204 = llvm.load %v28 : !llvm.ptr -> f32
            %v205 = arith.addf %v204, %v203 fastmath<contract> : f32
            llvm.store %v205, %v28 : f32, !llvm.ptr
          }
        }
        %v206 = llvm.load %v21 : !llvm.ptr -> f32
        %v207 = llvm.load %v22 : !llvm.ptr -> f32
        %v208 = arith.addf %v206, %v207 fastmath<contract> : f32
        %v209 = llvm.load %v23 : !llvm.ptr -> f32
        %v210 = arith.addf %v208, %v209 fastmath<contract> : f32
        %v211 = llvm.load %v24 : !llvm.ptr -> f32
        %v212 = arith.addf %v210, %v211 fastmath<contract> : f32
        %v213 = llvm.load %v25 : !llvm.ptr -> f32
        %v214 = arith.addf %v212, %v213 fastmath<contract> : f32
        %v215 = llvm.load %v26 : !llvm.ptr -> f32
        %v216 = arith.addf %v214, %v215 fastmath<contract> : f32
        %v217 = llvm.load %v27 : !llvm.ptr -> f32
        %v218 = arith.addf %v216, %v217 fastmath<contract> : f32
        %v219 = llvm.load %v28 : !llvm.ptr -> f32
        %v220 = arith.addf %v218, %v219 fastmath<contract> : f32
        %v221 = llvm.getelementptr %dx_Bp[%v13] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v220, %v221 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
