module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @selective_scan_reduce_Dskip(%part_Dskip: !llvm.ptr, %dx_Dskip: !llvm.ptr, %size_B: i64, %size_D: i64, %size_L: i64, %size_N: i64) kernel {
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
      %v34 = arith.constant 8 : i64
      %v78 = arith.constant 2 : i64
      %v98 = arith.constant 3 : i64
      %v118 = arith.constant 4 : i64
      %v138 = arith.constant 5 : i64
      %v158 = arith.constant 6 : i64
      %v178 = arith.constant 7 : i64
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
        %v33 = arith.muli %v2, %v32 : i64
        %v35 = arith.index_cast %v31 : i64 to index
        %v36 = arith.index_cast %v33 : i64 to index
        %v37 = arith.index_cast %v34 : i64 to index
        scf.for %v38 = %v35 to %v36 step %v37 {
          %v39 = arith.index_cast %v38 : index to i64
          %v40 = arith.addi %v39, %v31 : i64
          %v41 = arith.cmpi slt, %v40, %v33 : i64
          scf.if %v41 {
            %v42 = arith.divui %v40, %v32 : i64
            %v43 = arith.addi %v31, %v42 : i64
            %v44 = arith.remui %v40, %v32 : i64
            %v45 = arith.remui %v44, %size_B : i64
            %v46 = arith.divui %v44, %size_B : i64
            %v47 = arith.muli %v31, %size_B : i64
            %v48 = arith.addi %v47, %v45 : i64
            %v49 = arith.muli %v48, %size_D : i64
            %v50 = arith.addi %v49, %v29 : i64
            %v51 = arith.muli %v43, %v4 : i64
            %v52 = arith.addi %v51, %v50 : i64
            %v53 = arith.muli %v52, %v2 : i64
            %v54 = arith.addi %v53, %v31 : i64
            %v55 = llvm.getelementptr %part_Dskip[%v54] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v56 = llvm.load %v55 : !llvm.ptr -> f32
            %v57 = llvm.load %v20 : !llvm.ptr -> f32
            %v58 = arith.addf %v57, %v56 fastmath<contract> : f32
            llvm.store %v58, %v20 : f32, !llvm.ptr
          }
          %v59 = arith.addi %v39, %v2 : i64
          %v60 = arith.cmpi slt, %v59, %v33 : i64
          scf.if %v60 {
            %v61 = arith.divui %v59, %v32 : i64
            %v62 = arith.addi %v31, %v61 : i64
            %v63 = arith.remui %v59, %v32 : i64
            %v64 = arith.remui %v63, %size_B : i64
            %v65 = arith.divui %v63, %size_B : i64
            %v66 = arith.muli %v31, %size_B : i64
            %v67 = arith.addi %v66, %v64 : i64
            %v68 = arith.muli %v67, %size_D : i64
            %v69 = arith.addi %v68, %v29 : i64
            %v70 = arith.muli %v62, %v4 : i64
            %v71 = arith.addi %v70, %v69 : i64
            %v72 = arith.muli %v71, %v2 : i64
            %v73 = arith.addi %v72, %v31 : i64
            %v74 = llvm.getelementptr %part_Dskip[%v73] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v75 = llvm.load %v74 : !llvm.ptr -> f32
            %v76 = llvm.load %v21 : !llvm.ptr -> f32
            %v77 = arith.addf %v76, %v75 fastmath<contract> : f32
            llvm.store %v77, %v21 : f32, !llvm.ptr
          }
          %v79 = arith.addi %v39, %v78 : i64
          %v80 = arith.cmpi slt, %v79, %v33 : i64
          scf.if %v80 {
            %v81 = arith.divui %v79, %v32 : i64
            %v82 = arith.addi %v31, %v81 : i64
            %v83 = arith.remui %v79, %v32 : i64
            %v84 = arith.remui %v83, %size_B : i64
            %v85 = arith.divui %v83, %size_B : i64
            %v86 = arith.muli %v31, %size_B : i64
            %v87 = arith.addi %v86, %v84 : i64
            %v88 = arith.muli %v87, %size_D : i64
            %v89 = arith.addi %v88, %v29 : i64
            %v90 = arith.muli %v82, %v4 : i64
            %v91 = arith.addi %v90, %v89 : i64
            %v92 = arith.muli %v91, %v2 : i64
            %v93 = arith.addi %v92, %v31 : i64
            %v94 = llvm.getelementptr %part_Dskip[%v93] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v95 = llvm.load %v94 : !llvm.ptr -> f32
            %v96 = llvm.load %v22 : !llvm.ptr -> f32
            %v97 = arith.addf %v96, %v95 fastmath<contract> : f32
            llvm.store %v97, %v22 : f32, !llvm.ptr
          }
          %v99 = arith.addi %v39, %v98 : i64
          %v100 = arith.cmpi slt, %v99, %v33 : i64
          scf.if %v100 {
            %v101 = arith.divui %v99, %v32 : i64
            %v102 = arith.addi %v31, %v101 : i64
            %v103 = arith.remui %v99, %v32 : i64
            %v104 = arith.remui %v103, %size_B : i64
            %v105 = arith.divui %v103, %size_B : i64
            %v106 = arith.muli %v31, %size_B : i64
            %v107 = arith.addi %v106, %v104 : i64
            %v108 = arith.muli %v107, %size_D : i64
            %v109 = arith.addi %v108, %v29 : i64
            %v110 = arith.muli %v102, %v4 : i64
            %v111 = arith.addi %v110, %v109 : i64
            %v112 = arith.muli %v111, %v2 : i64
            %v113 = arith.addi %v112, %v31 : i64
            %v114 = llvm.getelementptr %part_Dskip[%v113] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v115 = llvm.load %v114 : !llvm.ptr -> f32
            %v116 = llvm.load %v23 : !llvm.ptr -> f32
            %v117 = arith.addf %v116, %v115 fastmath<contract> : f32
            llvm.store %v117, %v23 : f32, !llvm.ptr
          }
          %v119 = arith.addi %v39, %v118 : i64
          %v120 = arith.cmpi slt, %v119, %v33 : i64
          scf.if %v120 {
            %v121 = arith.divui %v119, %v32 : i64
            %v122 = arith.addi %v31, %v121 : i64
            %v123 = arith.remui %v119, %v32 : i64
            %v124 = arith.remui %v123, %size_B : i64
            %v125 = arith.divui %v123, %size_B : i64
            %v126 = arith.muli %v31, %size_B : i64
            %v127 = arith.addi %v126, %v124 : i64
            %v128 = arith.muli %v127, %size_D : i64
            %v129 = arith.addi %v128, %v29 : i64
            %v130 = arith.muli %v122, %v4 : i64
            %v131 = arith.addi %v130, %v129 : i64
            %v132 = arith.muli %v131, %v2 : i64
            %v133 = arith.addi %v132, %v31 : i64
            %v134 = llvm.getelementptr %part_Dskip[%v133] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v135 = llvm.load %v134 : !llvm.ptr -> f32
            %v136 = llvm.load %v24 : !llvm.ptr -> f32
            %v137 = arith.addf %v136, %v135 fastmath<contract> : f32
            llvm.store %v137, %v24 : f32, !llvm.ptr
          }
          %v139 = arith.addi %v39, %v138 : i64
          %v140 = arith.cmpi slt, %v139, %v33 : i64
          scf.if %v140 {
            %v141 = arith.divui %v139, %v32 : i64
            %v142 = arith.addi %v31, %v141 : i64
            %v143 = arith.remui %v139, %v32 : i64
            %v144 = arith.remui %v143, %size_B : i64
            %v145 = arith.divui %v143, %size_B : i64
            %v146 = arith.muli %v31, %size_B : i64
            %v147 = arith.addi %v146, %v144 : i64
            %v148 = arith.muli %v147, %size_D : i64
            %v149 = arith.addi %v148, %v29 : i64
            %v150 = arith.muli %v142, %v4 : i64
            %v151 = arith.addi %v150, %v149 : i64
            %v152 = arith.muli %v151, %v2 : i64
            %v153 = arith.addi %v152, %v31 : i64
            %v154 = llvm.getelementptr %part_Dskip[%v153] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v155 = llvm.load %v154 : !llvm.ptr -> f32
            %v156 = llvm.load %v25 : !llvm.ptr -> f32
            %v157 = arith.addf %v156, %v155 fastmath<contract> : f32
            llvm.store %v157, %v25 : f32, !llvm.ptr
          }
          %v159 = arith.addi %v39, %v158 : i64
          %v160 = arith.cmpi slt, %v159, %v33 : i64
          scf.if %v160 {
            %v161 = arith.divui %v159, %v32 : i64
            %v162 = arith.addi %v31, %v161 : i64
            %v163 = arith.remui %v159, %v32 : i64
            %v164 = arith.remui %v163, %size_B : i64
            %v165 = arith.divui %v163, %size_B : i64
            %v166 = arith.muli %v31, %size_B : i64
            %v167 = arith.addi %v166, %v164 : i64
            %v168 = arith.muli %v167, %size_D : i64
            %v169 = arith.addi %v168, %v29 : i64
            %v170 = arith.muli %v162, %v4 : i64
            %v171 = arith.addi %v170, %v169 : i64
            %v172 = arith.muli %v171, %v2 : i64
            %v173 = arith.addi %v172, %v31 : i64
            %v174 = llvm.getelementptr %part_Dskip[%v173] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v175 = llvm.load %v174 : !llvm.ptr -> f32
            %v176 = llvm.load %v26 : !llvm.ptr -> f32
            %v177 = arith.addf %v176, %v175 fastmath<contract> : f32
            llvm.store %v177, %v26 : f32, !llvm.ptr
          }
          %v179 = arith.addi %v39, %v178 : i64
          %v180 = arith.cmpi slt, %v179, %v33 : i64
          scf.if %v180 {
            %v181 = arith.divui %v179, %v32 : i64
            %v182 = arith.addi %v31, %v181 : i64
            %v183 = arith.remui %v179, %v32 : i64
            %v184 = arith.remui %v183, %size_B : i64
            %v185 = arith.divui %v183, %size_B : i64
            %v186 = arith.muli %v31, %size_B : i64
            %v187 = arith.addi %v186, %v184 : i64
            %v188 = arith.muli %v187, %size_D : i64
            %v189 = arith.addi %v188, %v29 : i64
            %v190 = arith.muli %v182, %v4 : i64
            %v191 = arith.addi %v190, %v189 : i64
            %v192 = arith.muli %v191, %v2 : i64
            %v193 = arith.addi %v192, %v31 : i64
            %v194 = llvm.getelementptr %part_Dskip[%v193] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v195 = llvm.load %v194 : !llvm.ptr -> f32
            %v196 = llvm.load %v27 : !llvm.ptr -> f32
            %v197 = arith.addf %v196, %v195 fastmath<contract> : f32
            llvm.store %v197, %v27 : f32, !llvm.ptr
          }
        }
        %v198 = llvm.load %v20 : !llvm.ptr -> f32
        %v199 = llvm.load %v21 : !llvm.ptr -> f32
        %v200 = arith.addf %v198, %v199 fastmath<contract> : f32
        %v201 = llvm.load %v22 : !llvm.ptr -> f32
        %v202 = arith.addf %v200, %v201 fastmath<contract> : f32
        %v203 = llvm.load %v23 : !llvm.ptr -> f32
        %v204 = arith.addf %v202, %v203 fastmath<contract> : f32
        %v205 = llvm.load %v24 : !llvm.ptr -> f32
        %v206 = arith.addf %v204, %v205 fastmath<contract> : f32
        %v207 = llvm.load %v25 : !llvm.ptr -> f32
        %v208 = arith.addf %v206, %v207 fastmath<contract> : f32
        %v209 = llvm.load %v26 : !llvm.ptr -> f32
        %v210 = arith.addf %v208, %v209 fastmath<contract> : f32
        %v211 = llvm.load %v27 : !llvm.ptr -> f32
        %v212 = arith.addf %v210, %v211 fastmath<contract> : f32
        %v213 = llvm.getelementptr %dx_Dskip[%v12] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v212, %v213 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
