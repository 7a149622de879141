module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @ema_reduce_w(%part_w: !llvm.ptr, %dx_w: !llvm.ptr, %size_B: i64, %size_D: i64, %size_L: i64) kernel {
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
      %v33 = arith.constant 8 : i64
      %v77 = arith.constant 2 : i64
      %v97 = arith.constant 3 : i64
      %v117 = arith.constant 4 : i64
      %v137 = arith.constant 5 : i64
      %v157 = arith.constant 6 : i64
      %v177 = arith.constant 7 : i64
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
        %v32 = arith.muli %v1, %v31 : i64
        %v34 = arith.index_cast %v30 : i64 to index
        %v35 = arith.index_cast %v32 : i64 to index
        %v36 = arith.index_cast %v33 : i64 to index
        scf.for %v37 = %v34 to %v35 step %v36 {
          %v38 = arith.index_cast %v37 : index to i64
          %v39 = arith.addi %v38, %v30 : i64
          %v40 = arith.cmpi slt, %v39, %v32 : i64
          scf.if %v40 {
            %v41 = arith.divui %v39, %v31 : i64
            %v42 = arith.addi %v30, %v41 : i64
            %v43 = arith.remui %v39, %v31 : i64
            %v44 = arith.remui %v43, %size_B : i64
            %v45 = arith.divui %v43, %size_B : i64
            %v46 = arith.muli %v30, %size_B : i64
            %v47 = arith.addi %v46, %v44 : i64
            %v48 = arith.muli %v47, %size_D : i64
            %v49 = arith.addi %v48, %v28 : i64
            %v50 = arith.muli %v42, %v3 : i64
            %v51 = arith.addi %v50, %v49 : i64
            %v52 = arith.muli %v51, %v1 : i64
            %v53 = arith.addi %v52, %v30 : i64
            %v54 = llvm.getelementptr %part_w[%v53] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v55 = llvm.load %v54 : !llvm.ptr -> f32
            %v56 = llvm.load %v19 : !llvm.ptr -> f32
            %v57 = arith.addf %v56, %v55 fastmath<contract> : f32
            llvm.store %v57, %v19 : f32, !llvm.ptr
          }
          %v58 = arith.addi %v38, %v1 : i64
          %v59 = arith.cmpi slt, %v58, %v32 : i64
          scf.if %v59 {
            %v60 = arith.divui %v58, %v31 : i64
            %v61 = arith.addi %v30, %v60 : i64
            %v62 = arith.remui %v58, %v31 : i64
            %v63 = arith.remui %v62, %size_B : i64
            %v64 = arith.divui %v62, %size_B : i64
            %v65 = arith.muli %v30, %size_B : i64
            %v66 = arith.addi %v65, %v63 : i64
            %v67 = arith.muli %v66, %size_D : i64
            %v68 = arith.addi %v67, %v28 : i64
            %v69 = arith.muli %v61, %v3 : i64
            %v70 = arith.addi %v69, %v68 : i64
            %v71 = arith.muli %v70, %v1 : i64
            %v72 = arith.addi %v71, %v30 : i64
            %v73 = llvm.getelementptr %part_w[%v72] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v74 = llvm.load %v73 : !llvm.ptr -> f32
            %v75 = llvm.load %v20 : !llvm.ptr -> f32
            %v76 = arith.addf %v75, %v74 fastmath<contract> : f32
            llvm.store %v76, %v20 : f32, !llvm.ptr
          }
          %v78 = arith.addi %v38, %v77 : i64
          %v79 = arith.cmpi slt, %v78, %v32 : i64
          scf.if %v79 {
            %v80 = arith.divui %v78, %v31 : i64
            %v81 = arith.addi %v30, %v80 : i64
            %v82 = arith.remui %v78, %v31 : i64
            %v83 = arith.remui %v82, %size_B : i64
            %v84 = arith.divui %v82, %size_B : i64
            %v85 = arith.muli %v30, %size_B : i64
            %v86 = arith.addi %v85, %v83 : i64
            %v87 = arith.muli %v86, %size_D : i64
            %v88 = arith.addi %v87, %v28 : i64
            %v89 = arith.muli %v81, %v3 : i64
            %v90 = arith.addi %v89, %v88 : i64
            %v91 = arith.muli %v90, %v1 : i64
            %v92 = arith.addi %v91, %v30 : i64
            %v93 = llvm.getelementptr %part_w[%v92] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v94 = llvm.load %v93 : !llvm.ptr -> f32
            %v95 = llvm.load %v21 : !llvm.ptr -> f32
            %v96 = arith.addf %v95, %v94 fastmath<contract> : f32
            llvm.store %v96, %v21 : f32, !llvm.ptr
          }
          %v98 = arith.addi %v38, %v97 : i64
          %v99 = arith.cmpi slt, %v98, %v32 : i64
          scf.if %v99 {
            %v100 = arith.divui %v98, %v31 : i64
            %v101 = arith.addi %v30, %v100 : i64
            %v102 = arith.remui %v98, %v31 : i64
            %v103 = arith.remui %v102, %size_B : i64
            %v104 = arith.divui %v102, %size_B : i64
            %v105 = arith.muli %v30, %size_B : i64
            %v106 = arith.addi %v105, %v103 : i64
            %v107 = arith.muli %v106, %size_D : i64
            %v108 = arith.addi %v107, %v28 : i64
            %v109 = arith.muli %v101, %v3 : i64
            %v110 = arith.addi %v109, %v108 : i64
            %v111 = arith.muli %v110, %v1 : i64
            %v112 = arith.addi %v111, %v30 : i64
            %v113 = llvm.getelementptr %part_w[%v112] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v114 = llvm.load %v113 : !llvm.ptr -> f32
            %v115 = llvm.load %v22 : !llvm.ptr -> f32
            %v116 = arith.addf %v115, %v114 fastmath<contract> : f32
            llvm.store %v116, %v22 : f32, !llvm.ptr
          }
          %v118 = arith.addi %v38, %v117 : i64
          %v119 = arith.cmpi slt, %v118, %v32 : i64
          scf.if %v119 {
            %v120 = arith.divui %v118, %v31 : i64
            %v121 = arith.addi %v30, %v120 : i64
            %v122 = arith.remui %v118, %v31 : i64
            %v123 = arith.remui %v122, %size_B : i64
            %v124 = arith.divui %v122, %size_B : i64
            %v125 = arith.muli %v30, %size_B : i64
            %v126 = arith.addi %v125, %v123 : i64
            %v127 = arith.muli %v126, %size_D : i64
            %v128 = arith.addi %v127, %v28 : i64
            %v129 = arith.muli %v121, %v3 : i64
            %v130 = arith.addi %v129, %v128 : i64
            %v131 = arith.muli %v130, %v1 : i64
            %v132 = arith.addi %v131, %v30 : i64
            %v133 = llvm.getelementptr %part_w[%v132] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v134 = llvm.load %v133 : !llvm.ptr -> f32
            %v135 = llvm.load %v23 : !llvm.ptr -> f32
            %v136 = arith.addf %v135, %v134 fastmath<contract> : f32
            llvm.store %v136, %v23 : f32, !llvm.ptr
          }
          %v138 = arith.addi %v38, %v137 : i64
          %v139 = arith.cmpi slt, %v138, %v32 : i64
          scf.if %v139 {
            %v140 = arith.divui %v138, %v31 : i64
            %v141 = arith.addi %v30, %v140 : i64
            %v142 = arith.remui %v138, %v31 : i64
            %v143 = arith.remui %v142, %size_B : i64
            %v144 = arith.divui %v142, %size_B : i64
            %v145 = arith.muli %v30, %size_B : i64
            %v146 = arith.addi %v145, %v143 : i64
            %v147 = arith.muli %v146, %size_D : i64
            %v148 = arith.addi %v147, %v28 : i64
            %v149 = arith.muli %v141, %v3 : i64
            %v150 = arith.addi %v149, %v148 : i64
            %v151 = arith.muli %v150, %v1 : i64
            %v152 = arith.addi %v151, %v30 : i64
            %v153 = llvm.getelementptr %part_w[%v152] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v154 = llvm.load %v153 : !llvm.ptr -> f32
            %v155 = llvm.load %v24 : !llvm.ptr -> f32
            %v156 = arith.addf %v155, %v154 fastmath<contract> : f32
            llvm.store %v156, %v24 : f32, !llvm.ptr
          }
          %v158 = arith.addi %v38, %v157 : i64
          %v159 = arith.cmpi slt, %v158, %v32 : i64
          scf.if %v159 {
            %v160 = arith.divui %v158, %v31 : i64
            %v161 = arith.addi %v30, %v160 : i64
            %v162 = arith.remui %v158, %v31 : i64
            %v163 = arith.remui %v162, %size_B : i64
            %v164 = arith.divui %v162, %size_B : i64
            %v165 = arith.muli %v30, %size_B : i64
            %v166 = arith.addi %v165, %v163 : i64
            %v167 = arith.muli %v166, %size_D : i64
            %v168 = arith.addi %v167, %v28 : i64
            %v169 = arith.muli %v161, %v3 : i64
            %v170 = arith.addi %v169, %v168 : i64
            %v171 = arith.muli %v170, %v1 : i64
            %v172 = arith.addi %v171, %v30 : i64
            %v173 = llvm.getelementptr %part_w[%v172] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v174 = llvm.load %v173 : !llvm.ptr -> f32
            %v175 = llvm.load %v25 : !llvm.ptr -> f32
            %v176 = arith.addf %v175, %v174 fastmath<contract> : f32
            llvm.store %v176, %v25 : f32, !llvm.ptr
          }
          %v178 = arith.addi %v38, %v177 : i64
          %v179 = arith.cmpi slt, %v178, %v32 : i64
          scf.if %v179 {
            %v180 = arith.divui %v178, %v31 : i64
            %v181 = arith.addi %v30, %v180 : i64
            %v182 = arith.remui %v178, %v31 : i64
            %v183 = arith.remui %v182, %size_B : i64
            %v184 = arith.divui %v182, %size_B : i64
            %v185 = arith.muli %v30, %size_B : i64
            %v186 = arith.addi %v185, %v183 : i64
            %v187 = arith.muli %v186, %size_D : i64
            %v188 = arith.addi %v187, %v28 : i64
            %v189 = arith.muli %v181, %v3 : i64
            %v190 = arith.addi %v189, %v188 : i64
            %v191 = arith.muli %v190, %v1 : i64
            %v192 = arith.addi %v191, %v30 : i64
            %v193 = llvm.getelementptr %part_w[%v192] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v194 = llvm.load %v193 : !llvm.ptr -> f32
            %v195 = llvm.load %v26 : !llvm.ptr -> f32
            %v196 = arith.addf %v195, %v194 fastmath<contract> : f32
            llvm.store %v196, %v26 : f32, !llvm.ptr
          }
        }
        %v197 = llvm.load %v19 : !llvm.ptr -> f32
        %v198 = llvm.load %v20 : !llvm.ptr -> f32
        %v199 = arith.addf %v197, %v198 fastmath<contract> : f32
        %v200 = llvm.load %v21 : !llvm.ptr -> f32
        %v201 = arith.addf %v199, %v200 fastmath<contract> : f32
        %v202 = llvm.load %v22 : !llvm.ptr -> f32
        %v203 = arith.addf %v201, %v202 fastmath<contract> : f32
        %v204 = llvm.load %v23 : !llvm.ptr -> f32
        %v205 = arith.addf %v203, %v204 fastmath<contract> : f32
        %v206 = llvm.load %v24 : !llvm.ptr -> f32
        %v207 = arith.addf %v205, %v206 fastmath<contract> : f32
        %v208 = llvm.load %v25 : !llvm.ptr -> f32
        %v209 = arith.addf %v207, %v208 fastmath<contract> : f32
        %v210 = llvm.load %v26 : !llvm.ptr -> f32
        %v211 = arith.addf %v209, %v210 fastmath<contract> : f32
        %v212 = llvm.getelementptr %dx_w[%v11] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v211, %v212 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
