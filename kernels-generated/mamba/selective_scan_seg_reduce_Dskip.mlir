module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @selective_scan_seg_reduce_Dskip(%part_Dskip: !llvm.ptr, %dx_Dskip: !llvm.ptr, %size_B: i64, %size_L: i64, %size_D: i64, %size_N: i64) kernel {
      %v1 = arith.constant 16 : i64
      %v2 = arith.constant 1 : i64
      %v3 = arith.muli %v2, %size_B : i64
      %v4 = arith.muli %v3, %size_D : i64
      %v5 = arith.muli %v2, %size_D : i64
      %v10 = arith.constant 256 : i64
      %v20 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v21 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v22 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v23 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v24 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v25 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v26 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v27 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v28 = arith.constant 0x00000000 : f32
      %v31 = arith.constant 0 : i64
      %v33 = arith.constant 255 : i64
      %v37 = arith.constant 8 : i64
      %v81 = arith.constant 2 : i64
      %v101 = arith.constant 3 : i64
      %v121 = arith.constant 4 : i64
      %v141 = arith.constant 5 : i64
      %v161 = arith.constant 6 : i64
      %v181 = arith.constant 7 : i64
      %v6 = gpu.block_id x
      %v7 = gpu.thread_id x
      %v8 = arith.index_cast %v7 : index to i64
      %v9 = arith.index_cast %v6 : index to i64
      %v11 = arith.muli %v9, %v10 : i64
      %v12 = arith.addi %v11, %v8 : i64
      %v13 = arith.cmpi slt, %v12, %v5 : i64
      %v14 = arith.subi %v5, %v2 : i64
      %v15 = arith.minsi %v12, %v14 : i64
      %v16 = arith.remui %v15, %size_D : i64
      %v17 = arith.divui %v15, %size_D : i64
      %v18 = arith.remui %v17, %size_B : i64
      %v19 = arith.divui %v17, %size_B : i64
      scf.if %v13 {
        llvm.store %v28, %v20 : f32, !llvm.ptr
        llvm.store %v28, %v21 : f32, !llvm.ptr
        llvm.store %v28, %v22 : f32, !llvm.ptr
        llvm.store %v28, %v23 : f32, !llvm.ptr
        llvm.store %v28, %v24 : f32, !llvm.ptr
        llvm.store %v28, %v25 : f32, !llvm.ptr
        llvm.store %v28, %v26 : f32, !llvm.ptr
        llvm.store %v28, %v27 : f32, !llvm.ptr
        %v29 = arith.remui %v12, %size_D : i64
        %v30 = arith.divui %v12, %size_D : i64
        %v32 = arith.muli %v2, %size_B : i64
        %v34 = arith.addi %size_L, %v33 : i64
        %v35 = arith.divui %v34, %v10 : i64
        %v36 = arith.muli %v35, %v32 : i64
        %v38 = arith.index_cast %v31 : i64 to index
        %v39 = arith.index_cast %v36 : i64 to index
        %v40 = arith.index_cast %v37 : i64 to index
        scf.for %v41 = %v38 to %v39 step %v40 {
          %v42 = arith.index_cast %v41 : index to i64
          %v43 = arith.addi %v42, %v31 : i64
          %v44 = arith.cmpi slt, %v43, %v36 : i64
          scf.if %v44 {
            %v45 = arith.divui %v43, %v32 : i64
            %v46 = arith.addi %v31, %v45 : i64
            %v47 = arith.remui %v43, %v32 : i64
            %v48 = arith.remui %v47, %size_B : i64
            %v49 = arith.divui %v47, %size_B : i64
            %v50 = arith.muli %v31, %size_B : i64
            %v51 = arith.addi %v50, %v48 : i64
            %v52 = arith.muli %v51, %size_D : i64
            %v53 = arith.addi %v52, %v29 : i64
            %v54 = arith.muli %v46, %v4 : i64
            %v55 = arith.addi %v54, %v53 : i64
            %v56 = arith.muli %v55, %v2 : i64
            %v57 = arith.addi %v56, %v31 : i64
            %v58 = llvm.getelementptr %part_Dskip[%v57] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v59 = llvm.load %v58 : !llvm.ptr -> f32
            %v60 = llvm.load %v20 : !llvm.ptr -> f32
            %v61 = arith.addf %v60, %v59 fastmath<contract> : f32
            llvm.store %v61, %v20 : f32, !llvm.ptr
          }
          %v62 = arith.addi %v42, %v2 : i64
          %v63 = arith.cmpi slt, %v62, %v36 : i64
          scf.if %v63 {
            %v64 = arith.divui %v62, %v32 : i64
            %v65 = arith.addi %v31, %v64 : i64
            %v66 = arith.remui %v62, %v32 : i64
            %v67 = arith.remui %v66, %size_B : i64
            %v68 = arith.divui %v66, %size_B : i64
            %v69 = arith.muli %v31, %size_B : i64
            %v70 = arith.addi %v69, %v67 : i64
            %v71 = arith.muli %v70, %size_D : i64
            %v72 = arith.addi %v71, %v29 : i64
            %v73 = arith.muli %v65, %v4 : i64
            %v74 = arith.addi %v73, %v72 : i64
            %v75 = arith.muli %v74, %v2 : i64
            %v76 = arith.addi %v75, %v31 : i64
            %v77 = llvm.getelementptr %part_Dskip[%v76] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v78 = llvm.load %v77 : !llvm.ptr -> f32
            %v79 = llvm.load %v21 : !llvm.ptr -> f32
            %v80 = arith.addf %v79, %v78 fastmath<contract> : f32
            llvm.store %v80, %v21 : f32, !llvm.ptr
          }
          %v82 = arith.addi %v42, %v81 : i64
          %v83 = arith.cmpi slt, %v82, %v36 : i64
          scf.if %v83 {
            %v84 = arith.divui %v82, %v32 : i64
            %v85 = arith.addi %v31, %v84 : i64
            %v86 = arith.remui %v82, %v32 : i64
            %v87 = arith.remui %v86, %size_B : i64
            %v88 = arith.divui %v86, %size_B : i64
            %v89 = arith.muli %v31, %size_B : i64
            %v90 = arith.addi %v89, %v87 : i64
            %v91 = arith.muli %v90, %size_D : i64
            %v92 = arith.addi %v91, %v29 : i64
            %v93 = arith.muli %v85, %v4 : i64
            %v94 = arith.addi %v93, %v92 : i64
            %v95 = arith.muli %v94, %v2 : i64
            %v96 = arith.addi %v95, %v31 : i64
            %v97 = llvm.getelementptr %part_Dskip[%v96] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v98 = llvm.load %v97 : !llvm.ptr -> f32
            %v99 = llvm.load %v22 : !llvm.ptr -> f32
            %v100 = arith.addf %v99, %v98 fastmath<contract> : f32
            llvm.store %v100, %v22 : f32, !llvm.ptr
          }
          %v102 = arith.addi %v42, %v101 : i64
          %v103 = arith.cmpi slt, %v102, %v36 : i64
          scf.if %v103 {
            %v104 = arith.divui %v102, %v32 : i64
            %v105 = arith.addi %v31, %v104 : i64
            %v106 = arith.remui %v102, %v32 : i64
            %v107 = arith.remui %v106, %size_B : i64
            %v108 = arith.divui %v106, %size_B : i64
            %v109 = arith.muli %v31, %size_B : i64
            %v110 = arith.addi %v109, %v107 : i64
            %v111 = arith.muli %v110, %size_D : i64
            %v112 = arith.addi %v111, %v29 : i64
            %v113 = arith.muli %v105, %v4 : i64
            %v114 = arith.addi %v113, %v112 : i64
            %v115 = arith.muli %v114, %v2 : i64
            %v116 = arith.addi %v115, %v31 : i64
            %v117 = llvm.getelementptr %part_Dskip[%v116] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v118 = llvm.load %v117 : !llvm.ptr -> f32
            %v119 = llvm.load %v23 : !llvm.ptr -> f32
            %v120 = arith.addf %v119, %v118 fastmath<contract> : f32
            llvm.store %v120, %v23 : f32, !llvm.ptr
          }
          %v122 = arith.addi %v42, %v121 : i64
          %v123 = arith.cmpi slt, %v122, %v36 : i64
          scf.if %v123 {
            %v124 = arith.divui %v122, %v32 : i64
            %v125 = arith.addi %v31, %v124 : i64
            %v126 = arith.remui %v122, %v32 : i64
            %v127 = arith.remui %v126, %size_B : i64
            %v128 = arith.divui %v126, %size_B : i64
            %v129 = arith.muli %v31, %size_B : i64
            %v130 = arith.addi %v129, %v127 : i64
            %v131 = arith.muli %v130, %size_D : i64
            %v132 = arith.addi %v131, %v29 : i64
            %v133 = arith.muli %v125, %v4 : i64
            %v134 = arith.addi %v133, %v132 : i64
            %v135 = arith.muli %v134, %v2 : i64
            %v136 = arith.addi %v135, %v31 : i64
            %v137 = llvm.getelementptr %part_Dskip[%v136] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v138 = llvm.load %v137 : !llvm.ptr -> f32
            %v139 = llvm.load %v24 : !llvm.ptr -> f32
            %v140 = arith.addf %v139, %v138 fastmath<contract> : f32
            llvm.store %v140, %v24 : f32, !llvm.ptr
          }
          %v142 = arith.addi %v42, %v141 : i64
          %v143 = arith.cmpi slt, %v142, %v36 : i64
          scf.if %v143 {
            %v144 = arith.divui %v142, %v32 : i64
            %v145 = arith.addi %v31, %v144 : i64
            %v146 = arith.remui %v142, %v32 : i64
            %v147 = arith.remui %v146, %size_B : i64
            %v148 = arith.divui %v146, %size_B : i64
            %v149 = arith.muli %v31, %size_B : i64
            %v150 = arith.addi %v149, %v147 : i64
            %v151 = arith.muli %v150, %size_D : i64
            %v152 = arith.addi %v151, %v29 : i64
            %v153 = arith.muli %v145, %v4 : i64
            %v154 = arith.addi %v153, %v152 : i64
            %v155 = arith.muli %v154, %v2 : i64
            %v156 = arith.addi %v155, %v31 : i64
            %v157 = llvm.getelementptr %part_Dskip[%v156] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v158 = llvm.load %v157 : !llvm.ptr -> f32
            %v159 = llvm.load %v25 : !llvm.ptr -> f32
            %v160 = arith.addf %v159, %v158 fastmath<contract> : f32
            llvm.store %v160, %v25 : f32, !llvm.ptr
          }
          %v162 = arith.addi %v42, %v161 : i64
          %v163 = arith.cmpi slt, %v162, %v36 : i64
          scf.if %v163 {
            %v164 = arith.divui %v162, %v32 : i64
            %v165 = arith.addi %v31, %v164 : i64
            %v166 = arith.remui %v162, %v32 : i64
            %v167 = arith.remui %v166, %size_B : i64
            %v168 = arith.divui %v166, %size_B : i64
            %v169 = arith.muli %v31, %size_B : i64
            %v170 = arith.addi %v169, %v167 : i64
            %v171 = arith.muli %v170, %size_D : i64
            %v172 = arith.addi %v171, %v29 : i64
            %v173 = arith.muli %v165, %v4 : i64
            %v174 = arith.addi %v173, %v172 : i64
            %v175 = arith.muli %v174, %v2 : i64
            %v176 = arith.addi %v175, %v31 : i64
            %v177 = llvm.getelementptr %part_Dskip[%v176] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v178 = llvm.load %v177 : !llvm.ptr -> f32
            %v179 = llvm.load %v26 : !llvm.ptr -> f32
            %v180 = arith.addf %v179, %v178 fastmath<contract> : f32
            llvm.store %v180, %v26 : f32, !llvm.ptr
          }
          %v182 = arith.addi %v42, %v181 : i64
          %v183 = arith.cmpi slt, %v182, %v36 : i64
          scf.if %v183 {
            %v184 = arith.divui %v182, %v32 : i64
            %v185 = arith.addi %v31, %v184 : i64
            %v186 = arith.remui %v182, %v32 : i64
            %v187 = arith.remui %v186, %size_B : i64
            %v188 = arith.divui %v186, %size_B : i64
            %v189 = arith.muli %v31, %size_B : i64
            %v190 = arith.addi %v189, %v187 : i64
            %v191 = arith.muli %v190, %size_D : i64
            %v192 = arith.addi %v191, %v29 : i64
            %v193 = arith.muli %v185, %v4 : i64
            %v194 = arith.addi %v193, %v192 : i64
            %v195 = arith.muli %v194, %v2 : i64
            %v196 = arith.addi %v195, %v31 : i64
            %v197 = llvm.getelementptr %part_Dskip[%v196] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v198 = llvm.load %v197 : !llvm.ptr -> f32
            %v199 = llvm.load %v27 : !llvm.ptr -> f32
            %v200 = arith.addf %v199, %v198 fastmath<contract> : f32
            llvm.store %v200, %v27 : f32, !llvm.ptr
          }
        }
        %v201 = llvm.load %v20 : !llvm.ptr -> f32
        %v202 = llvm.load %v21 : !llvm.ptr -> f32
        %v203 = arith.addf %v201, %v202 fastmath<contract> : f32
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
        %v216 = llvm.getelementptr %dx_Dskip[%v12] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v215, %v216 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
