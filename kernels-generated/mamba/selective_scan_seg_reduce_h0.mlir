module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @selective_scan_seg_reduce_h0(%part_h0: !llvm.ptr, %dx_h0: !llvm.ptr, %size_B: i64, %size_L: i64, %size_D: i64, %size_N: i64) kernel {
      %v1 = arith.constant 16 : i64
      %v2 = arith.constant 1 : i64
      %v3 = arith.muli %v2, %size_B : i64
      %v4 = arith.muli %v3, %size_D : i64
      %v5 = arith.muli %v2, %size_B : i64
      %v6 = arith.muli %v5, %size_D : i64
      %v7 = arith.muli %v6, %v1 : i64
      %v12 = arith.constant 256 : i64
      %v22 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v23 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v24 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v25 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v26 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v27 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v28 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v29 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v30 = arith.constant 0x00000000 : f32
      %v37 = arith.constant 0 : i64
      %v40 = arith.constant 255 : i64
      %v44 = arith.constant 8 : i64
      %v84 = arith.constant 2 : i64
      %v102 = arith.constant 3 : i64
      %v120 = arith.constant 4 : i64
      %v138 = arith.constant 5 : i64
      %v156 = arith.constant 6 : i64
      %v174 = arith.constant 7 : i64
      %v8 = gpu.block_id x
      %v9 = gpu.thread_id x
      %v10 = arith.index_cast %v9 : index to i64
      %v11 = arith.index_cast %v8 : index to i64
      %v13 = arith.muli %v11, %v12 : i64
      %v14 = arith.addi %v13, %v10 : i64
      %v15 = arith.cmpi slt, %v14, %v7 : i64
      %v16 = arith.subi %v7, %v2 : i64
      %v17 = arith.minsi %v14, %v16 : i64
      %v18 = arith.remui %v17, %size_D : i64
      %v19 = arith.divui %v17, %size_D : i64
      %v20 = arith.remui %v19, %size_B : i64
      %v21 = arith.divui %v19, %size_B : i64
      scf.if %v15 {
        llvm.store %v30, %v22 : f32, !llvm.ptr
        llvm.store %v30, %v23 : f32, !llvm.ptr
        llvm.store %v30, %v24 : f32, !llvm.ptr
        llvm.store %v30, %v25 : f32, !llvm.ptr
        llvm.store %v30, %v26 : f32, !llvm.ptr
        llvm.store %v30, %v27 : f32, !llvm.ptr
        llvm.store %v30, %v28 : f32, !llvm.ptr
        llvm.store %v30, %v29 : f32, !llvm.ptr
        %v31 = arith.remui %v14, %v1 : i64
        %v32 = arith.divui %v14, %v1 : i64
        %v33 = arith.remui %v32, %size_D : i64
        %v34 = arith.divui %v32, %size_D : i64
        %v35 = arith.remui %v34, %size_B : i64
        %v36 = arith.divui %v34, %size_B : i64
        %v38 = arith.muli %v37, %v1 : i64
        %v39 = arith.addi %v38, %v31 : i64
        %v41 = arith.addi %size_L, %v40 : i64
        %v42 = arith.divui %v41, %v12 : i64
        %v43 = arith.muli %v42, %v2 : i64
        %v45 = arith.index_cast %v37 : i64 to index
        %v46 = arith.index_cast %v43 : i64 to index
        %v47 = arith.index_cast %v44 : i64 to index
        scf.for %v48 = %v45 to %v46 step %v47 {
          %v49 = arith.index_cast %v48 : index to i64
          %v50 = arith.addi %v49, %v37 : i64
          %v51 = arith.cmpi slt, %v50, %v43 : i64
          scf.if %v51 {
            %v52 = arith.divui %v50, %v2 : i64
            %v53 = arith.addi %v37, %v52 : i64
            %v54 = arith.remui %v50, %v2 : i64
            %v55 = arith.muli %v37, %size_B : i64
            %v56 = arith.addi %v55, %v35 : i64
            %v57 = arith.muli %v56, %size_D : i64
            %v58 = arith.addi %v57, %v33 : i64
            %v59 = arith.muli %v53, %v4 : i64
            %v60 = arith.addi %v59, %v58 : i64
            %v61 = arith.muli %v60, %v1 : i64
            %v62 = arith.addi %v61, %v39 : i64
            %v63 = llvm.getelementptr %part_h0[%v62] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v64 = llvm.load %v63 : !llvm.ptr -> f32
            %v65 = llvm.load %v22 : !llvm.ptr -> f32
            %v66 = arith.addf %v65, %v64 fastmath<contract> : f32
            llvm.store %v66, %v22 : f32, !llvm.ptr
          }
          %v67 = arith.addi %v49, %v2 : i64
          %v68 = arith.cmpi slt, %v67, %v43 : i64
          scf.if %v68 {
            %v69 = arith.divui %v67, %v2 : i64
            %v70 = arith.addi %v37, %v69 : i64
            %v71 = arith.remui %v67, %v2 : i64
            %v72 = arith.muli %v37, %size_B : i64
            %v73 = arith.addi %v72, %v35 : i64
            %v74 = arith.muli %v73, %size_D : i64
            %v75 = arith.addi %v74, %v33 : i64
            %v76 = arith.muli %v70, %v4 : i64
            %v77 = arith.addi %v76, %v75 : i64
            %v78 = arith.muli %v77, %v1 : i64
            %v79 = arith.addi %v78, %v39 : i64
            %v80 = llvm.getelementptr %part_h0[%v79] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v81 = llvm.load %v80 : !llvm.ptr -> f32
            %v82 = llvm.load %v23 : !llvm.ptr -> f32
            %v83 = arith.addf %v82, %v81 fastmath<contract> : f32
            llvm.store %v83, %v23 : f32, !llvm.ptr
          }
          %v85 = arith.addi %v49, %v84 : i64
          %v86 = arith.cmpi slt, %v85, %v43 : i64
          scf.if %v86 {
            %v87 = arith.divui %v85, %v2 : i64
            %v88 = arith.addi %v37, %v87 : i64
            %v89 = arith.remui %v85, %v2 : i64
            %v90 = arith.muli %v37, %size_B : i64
            %v91 = arith.addi %v90, %v35 : i64
            %v92 = arith.muli %v91, %size_D : i64
            %v93 = arith.addi %v92, %v33 : i64
            %v94 = arith.muli %v88, %v4 : i64
            %v95 = arith.addi %v94, %v93 : i64
            %v96 = arith.muli %v95, %v1 : i64
            %v97 = arith.addi %v96, %v39 : i64
            %v98 = llvm.getelementptr %part_h0[%v97] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v99 = llvm.load %v98 : !llvm.ptr -> f32
            %v100 = llvm.load %v24 : !llvm.ptr -> f32
            %v101 = arith.addf %v100, %v99 fastmath<contract> : f32
            llvm.store %v101, %v24 : f32, !llvm.ptr
          }
          %v103 = arith.addi %v49, %v102 : i64
          %v104 = arith.cmpi slt, %v103, %v43 : i64
          scf.if %v104 {
            %v105 = arith.divui %v103, %v2 : i64
            %v106 = arith.addi %v37, %v105 : i64
            %v107 = arith.remui %v103, %v2 : i64
            %v108 = arith.muli %v37, %size_B : i64
            %v109 = arith.addi %v108, %v35 : i64
            %v110 = arith.muli %v109, %size_D : i64
            %v111 = arith.addi %v110, %v33 : i64
            %v112 = arith.muli %v106, %v4 : i64
            %v113 = arith.addi %v112, %v111 : i64
            %v114 = arith.muli %v113, %v1 : i64
            %v115 = arith.addi %v114, %v39 : i64
            %v116 = llvm.getelementptr %part_h0[%v115] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v117 = llvm.load %v116 : !llvm.ptr -> f32
            %v118 = llvm.load %v25 : !llvm.ptr -> f32
            %v119 = arith.addf %v118, %v117 fastmath<contract> : f32
            llvm.store %v119, %v25 : f32, !llvm.ptr
          }
          %v121 = arith.addi %v49, %v120 : i64
          %v122 = arith.cmpi slt, %v121, %v43 : i64
          scf.if %v122 {
            %v123 = arith.divui %v121, %v2 : i64
            %v124 = arith.addi %v37, %v123 : i64
            %v125 = arith.remui %v121, %v2 : i64
            %v126 = arith.muli %v37, %size_B : i64
            %v127 = arith.addi %v126, %v35 : i64
            %v128 = arith.muli %v127, %size_D : i64
            %v129 = arith.addi %v128, %v33 : i64
            %v130 = arith.muli %v124, %v4 : i64
            %v131 = arith.addi %v130, %v129 : i64
            %v132 = arith.muli %v131, %v1 : i64
            %v133 = arith.addi %v132, %v39 : i64
            %v134 = llvm.getelementptr %part_h0[%v133] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v135 = llvm.load %v134 : !llvm.ptr -> f32
            %v136 = llvm.load %v26 : !llvm.ptr -> f32
            %v137 = arith.addf %v136, %v135 fastmath<contract> : f32
            llvm.store %v137, %v26 : f32, !llvm.ptr
          }
          %v139 = arith.addi %v49, %v138 : i64
          %v140 = arith.cmpi slt, %v139, %v43 : i64
          scf.if %v140 {
            %v141 = arith.divui %v139, %v2 : i64
            %v142 = arith.addi %v37, %v141 : i64
            %v143 = arith.remui %v139, %v2 : i64
            %v144 = arith.muli %v37, %size_B : i64
            %v145 = arith.addi %v144, %v35 : i64
            %v146 = arith.muli %v145, %size_D : i64
            %v147 = arith.addi %v146, %v33 : i64
            %v148 = arith.muli %v142, %v4 : i64
            %v149 = arith.addi %v148, %v147 : i64
            %v150 = arith.muli %v149, %v1 : i64
            %v151 = arith.addi %v150, %v39 : i64
            %v152 = llvm.getelementptr %part_h0[%v151] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v153 = llvm.load %v152 : !llvm.ptr -> f32
            %v154 = llvm.load %v27 : !llvm.ptr -> f32
            %v155 = arith.addf %v154, %v153 fastmath<contract> : f32
            llvm.store %v155, %v27 : f32, !llvm.ptr
          }
          %v157 = arith.addi %v49, %v156 : i64
          %v158 = arith.cmpi slt, %v157, %v43 : i64
          scf.if %v158 {
            %v159 = arith.divui %v157, %v2 : i64
            %v160 = arith.addi %v37, %v159 : i64
            %v161 = arith.remui %v157, %v2 : i64
            %v162 = arith.muli %v37, %size_B : i64
            %v163 = arith.addi %v162, %v35 : i64
            %v164 = arith.muli %v163, %size_D : i64
            %v165 = arith.addi %v164, %v33 : i64
            %v166 = arith.muli %v160, %v4 : i64
            %v167 = arith.addi %v166, %v165 : i64
            %v168 = arith.muli %v167, %v1 : i64
            %v169 = arith.addi %v168, %v39 : i64
            %v170 = llvm.getelementptr %part_h0[%v169] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v171 = llvm.load %v170 : !llvm.ptr -> f32
            %v172 = llvm.load %v28 : !llvm.ptr -> f32
            %v173 = arith.addf %v172, %v171 fastmath<contract> : f32
            llvm.store %v173, %v28 : f32, !llvm.ptr
          }
          %v175 = arith.addi %v49, %v174 : i64
          %v176 = arith.cmpi slt, %v175, %v43 : i64
          scf.if %v176 {
            %v177 = arith.divui %v175, %v2 : i64
            %v178 = arith.addi %v37, %v177 : i64
            %v179 = arith.remui %v175, %v2 : i64
            %v180 = arith.muli %v37, %size_B : i64
            %v181 = arith.addi %v180, %v35 : i64
            %v182 = arith.muli %v181, %size_D : i64
            %v183 = arith.addi %v182, %v33 : i64
            %v184 = arith.muli %v178, %v4 : i64
            %v185 = arith.addi %v184, %v183 : i64
            %v186 = arith.muli %v185, %v1 : i64
            %v187 = arith.addi %v186, %v39 : i64
            %v188 = llvm.getelementptr %part_h0[%v187] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v189 = llvm.load %v188 : !llvm.ptr -> f32
            %v190 = llvm.load %v29 : !llvm.ptr -> f32
            %v191 = arith.addf %v190, %v189 fastmath<contract> : f32
            llvm.store %v191, %v29 : f32, !llvm.ptr
          }
        }
        %v192 = llvm.load %v22 : !llvm.ptr -> f32
        %v193 = llvm.load %v23 : !llvm.ptr -> f32
        %v194 = arith.addf %v192, %v193 fastmath<contract> : f32
        %v195 = llvm.load %v24 : !llvm.ptr -> f32
        %v196 = arith.addf %v194, %v195 fastmath<contract> : f32
        %v197 = llvm.load %v25 : !llvm.ptr -> f32
        %v198 = arith.addf %v196, %v197 fastmath<contract> : f32
        %v199 = llvm.load %v26 : !llvm.ptr -> f32
        %v200 = arith.addf %v198, %v199 fastmath<contract> : f32
        %v201 = llvm.load %v27 : !llvm.ptr -> f32
        %v202 = arith.addf %v200, %v201 fastmath<contract> : f32
        %v203 = llvm.load %v28 : !llvm.ptr -> f32
        %v204 = arith.addf %v202, %v203 fastmath<contract> : f32
        %v205 = llvm.load %v29 : !llvm.ptr -> f32
        %v206 = arith.addf %v204, %v205 fastmath<contract> : f32
        %v207 = llvm.getelementptr %dx_h0[%v14] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v206, %v207 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
