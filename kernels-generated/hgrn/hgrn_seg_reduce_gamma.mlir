module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @hgrn_seg_reduce_gamma(%part_gamma: !llvm.ptr, %dx_gamma: !llvm.ptr, %size_B: i64, %size_D: i64, %size_L: i64) kernel {
      %v1 = arith.constant 1 : i64
      %v2 = arith.muli %v1, %size_B : i64
      %v3 = arith.muli %v2, %size_D : i64
      %v4 = arith.muli %v1, %size_D : i64
      %v9 = arith.constant 256 : i64
      %v19 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v20 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v21 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v22 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v23 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v24 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v25 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v26 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v27 = arith.constant 0x00000000 : f32
      %v30 = arith.constant 0 : i64
      %v32 = arith.constant 255 : i64
      %v36 = arith.constant 8 : i64
      %v80 = arith.constant 2 : i64
      %v100 = arith.constant 3 : i64
      %v120 = arith.constant 4 : i64
      %v140 = arith.constant 5 : i64
      %v160 = arith.constant 6 : i64
      %v180 = arith.constant 7 : i64
      %v5 = gpu.block_id x
      %v6 = gpu.thread_id x
      %v7 = arith.index_cast %v6 : index to i64
      %v8 = arith.index_cast %v5 : index to i64
      %v10 = arith.muli %v8, %v9 : i64
      %v11 = arith.addi %v10, %v7 : i64
      %v12 = arith.cmpi slt, %v11, %v4 : i64
      %v13 = arith.subi %v4, %v1 : i64
      %v14 = arith.minsi %v11, %v13 : i64
      %v15 = arith.remui %v14, %size_D : i64
      %v16 = arith.divui %v14, %size_D : i64
      %v17 = arith.remui %v16, %size_B : i64
      %v18 = arith.divui %v16, %size_B : i64
      scf.if %v12 {
        llvm.store %v27, %v19 : f32, !llvm.ptr
        llvm.store %v27, %v20 : f32, !llvm.ptr
        llvm.store %v27, %v21 : f32, !llvm.ptr
        llvm.store %v27, %v22 : f32, !llvm.ptr
        llvm.store %v27, %v23 : f32, !llvm.ptr
        llvm.store %v27, %v24 : f32, !llvm.ptr
        llvm.store %v27, %v25 : f32, !llvm.ptr
        llvm.store %v27, %v26 : f32, !llvm.ptr
        %v28 = arith.remui %v11, %size_D : i64
        %v29 = arith.divui %v11, %size_D : i64
        %v31 = arith.muli %v1, %size_B : i64
        %v33 = arith.addi %size_L, %v32 : i64
        %v34 = arith.divui %v33, %v9 : i64
        %v35 = arith.muli %v34, %v31 : i64
        %v37 = arith.index_cast %v30 : i64 to index
        %v38 = arith.index_cast %v35 : i64 to index
        %v39 = arith.index_cast %v36 : i64 to index
        scf.for %v40 = %v37 to %v38 step %v39 {
          %v41 = arith.index_cast %v40 : index to i64
          %v42 = arith.addi %v41, %v30 : i64
          %v43 = arith.cmpi slt, %v42, %v35 : i64
          scf.if %v43 {
            %v44 = arith.divui %v42, %v31 : i64
            %v45 = arith.addi %v30, %v44 : i64
            %v46 = arith.remui %v42, %v31 : i64
            %v47 = arith.remui %v46, %size_B : i64
            %v48 = arith.divui %v46, %size_B : i64
            %v49 = arith.muli %v30, %size_B : i64
            %v50 = arith.addi %v49, %v47 : i64
            %v51 = arith.muli %v50, %size_D : i64
            %v52 = arith.addi %v51, %v28 : i64
            %v53 = arith.muli %v45, %v3 : i64
            %v54 = arith.addi %v53, %v52 : i64
            %v55 = arith.muli %v54, %v1 : i64
            %v56 = arith.addi %v55, %v30 : i64
            %v57 = llvm.getelementptr %part_gamma[%v56] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v58 = llvm.load %v57 : !llvm.ptr -> f32
            %v59 = llvm.load %v19 : !llvm.ptr -> f32
            %v60 = arith.addf %v59, %v58 fastmath<contract> : f32
            llvm.store %v60, %v19 : f32, !llvm.ptr
          }
          %v61 = arith.addi %v41, %v1 : i64
          %v62 = arith.cmpi slt, %v61, %v35 : i64
          scf.if %v62 {
            %v63 = arith.divui %v61, %v31 : i64
            %v64 = arith.addi %v30, %v63 : i64
            %v65 = arith.remui %v61, %v31 : i64
            %v66 = arith.remui %v65, %size_B : i64
            %v67 = arith.divui %v65, %size_B : i64
            %v68 = arith.muli %v30, %size_B : i64
            %v69 = arith.addi %v68, %v66 : i64
            %v70 = arith.muli %v69, %size_D : i64
            %v71 = arith.addi %v70, %v28 : i64
            %v72 = arith.muli %v64, %v3 : i64
            %v73 = arith.addi %v72, %v71 : i64
            %v74 = arith.muli %v73, %v1 : i64
            %v75 = arith.addi %v74, %v30 : i64
            %v76 = llvm.getelementptr %part_gamma[%v75] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v77 = llvm.load %v76 : !llvm.ptr -> f32
            %v78 = llvm.load %v20 : !llvm.ptr -> f32
            %v79 = arith.addf %v78, %v77 fastmath<contract> : f32
            llvm.store %v79, %v20 : f32, !llvm.ptr
          }
          %v81 = arith.addi %v41, %v80 : i64
          %v82 = arith.cmpi slt, %v81, %v35 : i64
          scf.if %v82 {
            %v83 = arith.divui %v81, %v31 : i64
            %v84 = arith.addi %v30, %v83 : i64
            %v85 = arith.remui %v81, %v31 : i64
            %v86 = arith.remui %v85, %size_B : i64
            %v87 = arith.divui %v85, %size_B : i64
            %v88 = arith.muli %v30, %size_B : i64
            %v89 = arith.addi %v88, %v86 : i64
            %v90 = arith.muli %v89, %size_D : i64
            %v91 = arith.addi %v90, %v28 : i64
            %v92 = arith.muli %v84, %v3 : i64
            %v93 = arith.addi %v92, %v91 : i64
            %v94 = arith.muli %v93, %v1 : i64
            %v95 = arith.addi %v94, %v30 : i64
            %v96 = llvm.getelementptr %part_gamma[%v95] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v97 = llvm.load %v96 : !llvm.ptr -> f32
            %v98 = llvm.load %v21 : !llvm.ptr -> f32
            %v99 = arith.addf %v98, %v97 fastmath<contract> : f32
            llvm.store %v99, %v21 : f32, !llvm.ptr
          }
          %v101 = arith.addi %v41, %v100 : i64
          %v102 = arith.cmpi slt, %v101, %v35 : i64
          scf.if %v102 {
            %v103 = arith.divui %v101, %v31 : i64
            %v104 = arith.addi %v30, %v103 : i64
            %v105 = arith.remui %v101, %v31 : i64
            %v106 = arith.remui %v105, %size_B : i64
            %v107 = arith.divui %v105, %size_B : i64
            %v108 = arith.muli %v30, %size_B : i64
            %v109 = arith.addi %v108, %v106 : i64
            %v110 = arith.muli %v109, %size_D : i64
            %v111 = arith.addi %v110, %v28 : i64
            %v112 = arith.muli %v104, %v3 : i64
            %v113 = arith.addi %v112, %v111 : i64
            %v114 = arith.muli %v113, %v1 : i64
            %v115 = arith.addi %v114, %v30 : i64
            %v116 = llvm.getelementptr %part_gamma[%v115] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v117 = llvm.load %v116 : !llvm.ptr -> f32
            %v118 = llvm.load %v22 : !llvm.ptr -> f32
            %v119 = arith.addf %v118, %v117 fastmath<contract> : f32
            llvm.store %v119, %v22 : f32, !llvm.ptr
          }
          %v121 = arith.addi %v41, %v120 : i64
          %v122 = arith.cmpi slt, %v121, %v35 : i64
          scf.if %v122 {
            %v123 = arith.divui %v121, %v31 : i64
            %v124 = arith.addi %v30, %v123 : i64
            %v125 = arith.remui %v121, %v31 : i64
            %v126 = arith.remui %v125, %size_B : i64
            %v127 = arith.divui %v125, %size_B : i64
            %v128 = arith.muli %v30, %size_B : i64
            %v129 = arith.addi %v128, %v126 : i64
            %v130 = arith.muli %v129, %size_D : i64
            %v131 = arith.addi %v130, %v28 : i64
            %v132 = arith.muli %v124, %v3 : i64
            %v133 = arith.addi %v132, %v131 : i64
            %v134 = arith.muli %v133, %v1 : i64
            %v135 = arith.addi %v134, %v30 : i64
            %v136 = llvm.getelementptr %part_gamma[%v135] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v137 = llvm.load %v136 : !llvm.ptr -> f32
            %v138 = llvm.load %v23 : !llvm.ptr -> f32
            %v139 = arith.addf %v138, %v137 fastmath<contract> : f32
            llvm.store %v139, %v23 : f32, !llvm.ptr
          }
          %v141 = arith.addi %v41, %v140 : i64
          %v142 = arith.cmpi slt, %v141, %v35 : i64
          scf.if %v142 {
            %v143 = arith.divui %v141, %v31 : i64
            %v144 = arith.addi %v30, %v143 : i64
            %v145 = arith.remui %v141, %v31 : i64
            %v146 = arith.remui %v145, %size_B : i64
            %v147 = arith.divui %v145, %size_B : i64
            %v148 = arith.muli %v30, %size_B : i64
            %v149 = arith.addi %v148, %v146 : i64
            %v150 = arith.muli %v149, %size_D : i64
            %v151 = arith.addi %v150, %v28 : i64
            %v152 = arith.muli %v144, %v3 : i64
            %v153 = arith.addi %v152, %v151 : i64
            %v154 = arith.muli %v153, %v1 : i64
            %v155 = arith.addi %v154, %v30 : i64
            %v156 = llvm.getelementptr %part_gamma[%v155] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v157 = llvm.load %v156 : !llvm.ptr -> f32
            %v158 = llvm.load %v24 : !llvm.ptr -> f32
            %v159 = arith.addf %v158, %v157 fastmath<contract> : f32
            llvm.store %v159, %v24 : f32, !llvm.ptr
          }
          %v161 = arith.addi %v41, %v160 : i64
          %v162 = arith.cmpi slt, %v161, %v35 : i64
          scf.if %v162 {
            %v163 = arith.divui %v161, %v31 : i64
            %v164 = arith.addi %v30, %v163 : i64
            %v165 = arith.remui %v161, %v31 : i64
            %v166 = arith.remui %v165, %size_B : i64
            %v167 = arith.divui %v165, %size_B : i64
            %v168 = arith.muli %v30, %size_B : i64
            %v169 = arith.addi %v168, %v166 : i64
            %v170 = arith.muli %v169, %size_D : i64
            %v171 = arith.addi %v170, %v28 : i64
            %v172 = arith.muli %v164, %v3 : i64
            %v173 = arith.addi %v172, %v171 : i64
            %v174 = arith.muli %v173, %v1 : i64
            %v175 = arith.addi %v174, %v30 : i64
            %v176 = llvm.getelementptr %part_gamma[%v175] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v177 = llvm.load %v176 : !llvm.ptr -> f32
            %v178 = llvm.load %v25 : !llvm.ptr -> f32
            %v179 = arith.addf %v178, %v177 fastmath<contract> : f32
            llvm.store %v179, %v25 : f32, !llvm.ptr
          }
          %v181 = arith.addi %v41, %v180 : i64
          %v182 = arith.cmpi slt, %v181, %v35 : i64
          scf.if %v182 {
            %v183 = arith.divui %v181, %v31 : i64
            %v184 = arith.addi %v30, %v183 : i64
            %v185 = arith.remui %v181, %v31 : i64
            %v186 = arith.remui %v185, %size_B : i64
            %v187 = arith.divui %v185, %size_B : i64
            %v188 = arith.muli %v30, %size_B : i64
            %v189 = arith.addi %v188, %v186 : i64
            %v190 = arith.muli %v189, %size_D : i64
            %v191 = arith.addi %v190, %v28 : i64
            %v192 = arith.muli %v184, %v3 : i64
            %v193 = arith.addi %v192, %v191 : i64
            %v194 = arith.muli %v193, %v1 : i64
            %v195 = arith.addi %v194, %v30 : i64
            %v196 = llvm.getelementptr %part_gamma[%v195] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v197 = llvm.load %v196 : !llvm.ptr -> f32
            %v198 = llvm.load %v26 : !llvm.ptr -> f32
            %v199 = arith.addf %v198, %v197 fastmath<contract> : f32
            llvm.store %v199, %v26 : f32, !llvm.ptr
          }
        }
        %v200 = llvm.load %v19 : !llvm.ptr -> f32
        %v201 = llvm.load %v20 : !llvm.ptr -> f32
        %v202 = arith.addf %v200, %v201 fastmath<contract> : f32
        %v203 = llvm.load %v21 : !llvm.ptr -> f32
        %v204 = arith.addf %v202, %v203 fastmath<contract> : f32
        %v205 = llvm.load %v22 : !llvm.ptr -> f32
        %v206 = arith.addf %v204, %v205 fastmath<contract> : f32
        %v207 = llvm.load %v23 : !llvm.ptr -> f32
        %v208 = arith.addf %v206, %v207 fastmath<contract> : f32
        %v209 = llvm.load %v24 : !llvm.ptr -> f32
        %v210 = arith.addf %v208, %v209 fastmath<contract> : f32
        %v211 = llvm.load %v25 : !llvm.ptr -> f32
        %v212 = arith.addf %v210, %v211 fastmath<contract> : f32
        %v213 = llvm.load %v26 : !llvm.ptr -> f32
        %v214 = arith.addf %v212, %v213 fastmath<contract> : f32
        %v215 = llvm.getelementptr %dx_gamma[%v11] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v214, %v215 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
