module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @selective_scan_reduce_A(%part_A: !llvm.ptr, %dx_A: !llvm.ptr, %size_B: i64, %size_D: i64, %size_L: i64, %size_N: i64) kernel {
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
      %v39 = arith.constant 8 : i64
      %v83 = arith.constant 2 : i64
      %v103 = arith.constant 3 : i64
      %v123 = arith.constant 4 : i64
      %v143 = arith.constant 5 : i64
      %v163 = arith.constant 6 : i64
      %v183 = arith.constant 7 : i64
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
        %v38 = arith.muli %v2, %v37 : i64
        %v40 = arith.index_cast %v34 : i64 to index
        %v41 = arith.index_cast %v38 : i64 to index
        %v42 = arith.index_cast %v39 : i64 to index
        scf.for %v43 = %v40 to %v41 step %v42 {
          %v44 = arith.index_cast %v43 : index to i64
          %v45 = arith.addi %v44, %v34 : i64
          %v46 = arith.cmpi slt, %v45, %v38 : i64
          scf.if %v46 {
            %v47 = arith.divui %v45, %v37 : i64
            %v48 = arith.addi %v34, %v47 : i64
            %v49 = arith.remui %v45, %v37 : i64
            %v50 = arith.remui %v49, %size_B : i64
            %v51 = arith.divui %v49, %size_B : i64
            %v52 = arith.muli %v34, %size_B : i64
            %v53 = arith.addi %v52, %v50 : i64
            %v54 = arith.muli %v53, %size_D : i64
            %v55 = arith.addi %v54, %v32 : i64
            %v56 = arith.muli %v48, %v4 : i64
            %v57 = arith.addi %v56, %v55 : i64
            %v58 = arith.muli %v57, %v1 : i64
            %v59 = arith.addi %v58, %v36 : i64
            %v60 = llvm.getelementptr %part_A[%v59] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v61 = llvm.load %v60 : !llvm.ptr -> f32
            %v62 = llvm.load %v21 : !llvm.ptr -> f32
            %v63 = arith.addf %v62, %v61 fastmath<contract> : f32
            llvm.store %v63, %v21 : f32, !llvm.ptr
          }
          %v64 = arith.addi %v44, %v2 : i64
          %v65 = arith.cmpi slt, %v64, %v38 : i64
          scf.if %v65 {
            %v66 = arith.divui %v64, %v37 : i64
            %v67 = arith.addi %v34, %v66 : i64
            %v68 = arith.remui %v64, %v37 : i64
            %v69 = arith.remui %v68, %size_B : i64
            %v70 = arith.divui %v68, %size_B : i64
            %v71 = arith.muli %v34, %size_B : i64
            %v72 = arith.addi %v71, %v69 : i64
            %v73 = arith.muli %v72, %size_D : i64
            %v74 = arith.addi %v73, %v32 : i64
            %v75 = arith.muli %v67, %v4 : i64
            %v76 = arith.addi %v75, %v74 : i64
            %v77 = arith.muli %v76, %v1 : i64
            %v78 = arith.addi %v77, %v36 : i64
            %v79 = llvm.getelementptr %part_A[%v78] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v80 = llvm.load %v79 : !llvm.ptr -> f32
            %v81 = llvm.load %v22 : !llvm.ptr -> f32
            %v82 = arith.addf %v81, %v80 fastmath<contract> : f32
            llvm.store %v82, %v22 : f32, !llvm.ptr
          }
          %v84 = arith.addi %v44, %v83 : i64
          %v85 = arith.cmpi slt, %v84, %v38 : i64
          scf.if %v85 {
            %v86 = arith.divui %v84, %v37 : i64
            %v87 = arith.addi %v34, %v86 : i64
            %v88 = arith.remui %v84, %v37 : i64
            %v89 = arith.remui %v88, %size_B : i64
            %v90 = arith.divui %v88, %size_B : i64
            %v91 = arith.muli %v34, %size_B : i64
            %v92 = arith.addi %v91, %v89 : i64
            %v93 = arith.muli %v92, %size_D : i64
            %v94 = arith.addi %v93, %v32 : i64
            %v95 = arith.muli %v87, %v4 : i64
            %v96 = arith.addi %v95, %v94 : i64
            %v97 = arith.muli %v96, %v1 : i64
            %v98 = arith.addi %v97, %v36 : i64
            %v99 = llvm.getelementptr %part_A[%v98] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v100 = llvm.load %v99 : !llvm.ptr -> f32
            %v101 = llvm.load %v23 : !llvm.ptr -> f32
            %v102 = arith.addf %v101, %v100 fastmath<contract> : f32
            llvm.store %v102, %v23 : f32, !llvm.ptr
          }
          %v104 = arith.addi %v44, %v103 : i64
          %v105 = arith.cmpi slt, %v104, %v38 : i64
          scf.if %v105 {
            %v106 = arith.divui %v104, %v37 : i64
            %v107 = arith.addi %v34, %v106 : i64
            %v108 = arith.remui %v104, %v37 : i64
            %v109 = arith.remui %v108, %size_B : i64
            %v110 = arith.divui %v108, %size_B : i64
            %v111 = arith.muli %v34, %size_B : i64
            %v112 = arith.addi %v111, %v109 : i64
            %v113 = arith.muli %v112, %size_D : i64
            %v114 = arith.addi %v113, %v32 : i64
            %v115 = arith.muli %v107, %v4 : i64
            %v116 = arith.addi %v115, %v114 : i64
            %v117 = arith.muli %v116, %v1 : i64
            %v118 = arith.addi %v117, %v36 : i64
            %v119 = llvm.getelementptr %part_A[%v118] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v120 = llvm.load %v119 : !llvm.ptr -> f32
            %v121 = llvm.load %v24 : !llvm.ptr -> f32
            %v122 = arith.addf %v121, %v120 fastmath<contract> : f32
            llvm.store %v122, %v24 : f32, !llvm.ptr
          }
          %v124 = arith.addi %v44, %v123 : i64
          %v125 = arith.cmpi slt, %v124, %v38 : i64
          scf.if %v125 {
            %v126 = arith.divui %v124, %v37 : i64
            %v127 = arith.addi %v34, %v126 : i64
            %v128 = arith.remui %v124, %v37 : i64
            %v129 = arith.remui %v128, %size_B : i64
            %v130 = arith.divui %v128, %size_B : i64
            %v131 = arith.muli %v34, %size_B : i64
            %v132 = arith.addi %v131, %v129 : i64
            %v133 = arith.muli %v132, %size_D : i64
            %v134 = arith.addi %v133, %v32 : i64
            %v135 = arith.muli %v127, %v4 : i64
            %v136 = arith.addi %v135, %v134 : i64
            %v137 = arith.muli %v136, %v1 : i64
            %v138 = arith.addi %v137, %v36 : i64
            %v139 = llvm.getelementptr %part_A[%v138] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v140 = llvm.load %v139 : !llvm.ptr -> f32
            %v141 = llvm.load %v25 : !llvm.ptr -> f32
            %v142 = arith.addf %v141, %v140 fastmath<contract> : f32
            llvm.store %v142, %v25 : f32, !llvm.ptr
          }
          %v144 = arith.addi %v44, %v143 : i64
          %v145 = arith.cmpi slt, %v144, %v38 : i64
          scf.if %v145 {
            %v146 = arith.divui %v144, %v37 : i64
            %v147 = arith.addi %v34, %v146 : i64
            %v148 = arith.remui %v144, %v37 : i64
            %v149 = arith.remui %v148, %size_B : i64
            %v150 = arith.divui %v148, %size_B : i64
            %v151 = arith.muli %v34, %size_B : i64
            %v152 = arith.addi %v151, %v149 : i64
            %v153 = arith.muli %v152, %size_D : i64
            %v154 = arith.addi %v153, %v32 : i64
            %v155 = arith.muli %v147, %v4 : i64
            %v156 = arith.addi %v155, %v154 : i64
            %v157 = arith.muli %v156, %v1 : i64
            %v158 = arith.addi %v157, %v36 : i64
            %v159 = llvm.getelementptr %part_A[%v158] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v160 = llvm.load %v159 : !llvm.ptr -> f32
            %v161 = llvm.load %v26 : !llvm.ptr -> f32
            %v162 = arith.addf %v161, %v160 fastmath<contract> : f32
            llvm.store %v162, %v26 : f32, !llvm.ptr
          }
          %v164 = arith.addi %v44, %v163 : i64
          %v165 = arith.cmpi slt, %v164, %v38 : i64
          scf.if %v165 {
            %v166 = arith.divui %v164, %v37 : i64
            %v167 = arith.addi %v34, %v166 : i64
            %v168 = arith.remui %v164, %v37 : i64
            %v169 = arith.remui %v168, %size_B : i64
            %v170 = arith.divui %v168, %size_B : i64
            %v171 = arith.muli %v34, %size_B : i64
            %v172 = arith.addi %v171, %v169 : i64
            %v173 = arith.muli %v172, %size_D : i64
            %v174 = arith.addi %v173, %v32 : i64
            %v175 = arith.muli %v167, %v4 : i64
            %v176 = arith.addi %v175, %v174 : i64
            %v177 = arith.muli %v176, %v1 : i64
            %v178 = arith.addi %v177, %v36 : i64
            %v179 = llvm.getelementptr %part_A[%v178] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v180 = llvm.load %v179 : !llvm.ptr -> f32
            %v181 = llvm.load %v27 : !llvm.ptr -> f32
            %v182 = arith.addf %v181, %v180 fastmath<contract> : f32
            llvm.store %v182, %v27 : f32, !llvm.ptr
          }
          %v184 = arith.addi %v44, %v183 : i64
          %v185 = arith.cmpi slt, %v184, %v38 : i64
          scf.if %v185 {
            %v186 = arith.divui %v184, %v37 : i64
            %v187 = arith.addi %v34, %v186 : i64
            %v188 = arith.remui %v184, %v37 : i64
            %v189 = arith.remui %v188, %size_B : i64
            %v190 = arith.divui %v188, %size_B : i64
            %v191 = arith.muli %v34, %size_B : i64
            %v192 = arith.addi %v191, %v189 : i64
            %v193 = arith.muli %v192, %size_D : i64
            %v194 = arith.addi %v193, %v32 : i64
            %v195 = arith.muli %v187, %v4 : i64
            %v196 = arith.addi %v195, %v194 : i64
            %v197 = arith.muli %v196, %v1 : i64
            %v198 = arith.addi %v197, %v36 : i64
            %v199 = llvm.getelementptr %part_A[%v198] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v200 = llvm.load %v199 : !llvm.ptr -> f32
            %v201 = llvm.load %v28 : !llvm.ptr -> f32
            %v202 = arith.addf %v201, %v200 fastmath<contract> : f32
            llvm.store %v202, %v28 : f32, !llvm.ptr
          }
        }
        %v203 = llvm.load %v21 : !llvm.ptr -> f32
        %v204 = llvm.load %v22 : !llvm.ptr -> f32
        %v205 = arith.addf %v203, %v204 fastmath<contract> : f32
        %v206 = llvm.load %v23 : !llvm.ptr -> f32
        %v207 = arith.addf %v205, %v206 fastmath<contract> : f32
        %v208 = llvm.load %v24 : !llvm.ptr -> f32
        %v209 = arith.addf %v207, %v208 fastmath<contract> : f32
        %v210 = llvm.load %v25 : !llvm.ptr -> f32
        %v211 = arith.addf %v209, %v210 fastmath<contract> : f32
        %v212 = llvm.load %v26 : !llvm.ptr -> f32
        %v213 = arith.addf %v211, %v212 fastmath<contract> : f32
        %v214 = llvm.load %v27 : !llvm.ptr -> f32
        %v215 = arith.addf %v213, %v214 fastmath<contract> : f32
        %v216 = llvm.load %v28 : !llvm.ptr -> f32
        %v217 = arith.addf %v215, %v216 fastmath<contract> : f32
        %v218 = llvm.getelementptr %dx_A[%v13] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v217, %v218 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
