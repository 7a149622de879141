module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @retention_bwd_carry(%segsum_S_re: !llvm.ptr, %segcarry_S_re: !llvm.ptr, %segsum_S_im: !llvm.ptr, %segcarry_S_im: !llvm.ptr, %segsum_t_pos: !llvm.ptr, %segcarry_t_pos: !llvm.ptr, %size_B: i64, %size_L: i64, %size_H: i64, %size_DK: i64, %size_DV: i64) kernel {
      %v1 = arith.constant 16 : i64
      %v2 = arith.constant 1 : i64
      %v3 = arith.muli %v2, %size_B : i64
      %v4 = arith.muli %v3, %size_H : i64
      %v5 = arith.muli %v4, %size_DV : i64
      %v6 = arith.constant 255 : i64
      %v7 = arith.addi %size_L, %v6 : i64
      %v8 = arith.constant 256 : i64
      %v9 = arith.divui %v7, %v8 : i64
      %v30 = arith.constant 0 : i64
      %v36 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v37 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v38 = arith.constant 0x00000000 : f32
      %v39 = arith.constant 0x3F800000 : f32
      %v87 = arith.constant 2 : i64
      %v101 = arith.constant 32 : i64
      %v107 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v108 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v169 = arith.constant 33 : i64
      %v175 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v176 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v10 = gpu.block_id x
      %v11 = gpu.thread_id x
      %v12 = arith.index_cast %v11 : index to i64
      %v13 = arith.index_cast %v10 : index to i64
      %v14 = arith.subi %v8, %v2 : i64
      %v15 = arith.addi %v5, %v14 : i64
      %v16 = arith.divui %v15, %v8 : i64
      %v17 = arith.divui %v13, %v16 : i64
      %v18 = arith.remui %v13, %v16 : i64
      %v19 = arith.muli %v18, %v8 : i64
      %v20 = arith.addi %v19, %v12 : i64
      %v21 = arith.cmpi slt, %v20, %v5 : i64
      %v22 = arith.subi %v5, %v2 : i64
      %v23 = arith.minsi %v20, %v22 : i64
      %v24 = arith.remui %v23, %size_DV : i64
      %v25 = arith.divui %v23, %size_DV : i64
      %v26 = arith.remui %v25, %size_H : i64
      %v27 = arith.divui %v25, %size_H : i64
      %v28 = arith.remui %v27, %size_B : i64
      %v29 = arith.divui %v27, %size_B : i64
      // carry scan of one state point: g ← G + P·a'·g, a' ← a_first, from the last segment
      %v31 = arith.cmpi sge, %v17, %v30 : i64
      %v32 = arith.cmpi slt, %v17, %v1 : i64
      %v33 = arith.andi %v31, %v32 : i1
      %v34 = arith.andi %v33, %v21 : i1
      scf.if %v34 {
        %v35 = arith.subi %v17, %v30 : i64
        llvm.store %v38, %v36 : f32, !llvm.ptr
        llvm.store %v39, %v37 : f32, !llvm.ptr
        %v40 = arith.index_cast %v30 : i64 to index
        %v41 = arith.index_cast %v9 : i64 to index
        %v42 = arith.index_cast %v2 : i64 to index
        scf.for %v43 = %v40 to %v41 step %v42 {
          %v44 = arith.index_cast %v43 : index to i64
          %v45 = arith.subi %v9, %v2 : i64
          %v46 = arith.subi %v45, %v44 : i64
          %v47 = llvm.load %v36 : !llvm.ptr -> f32
          %v48 = llvm.load %v37 : !llvm.ptr -> f32
          %v49 = arith.muli %v30, %v9 : i64
          %v50 = arith.addi %v49, %v46 : i64
          %v51 = arith.muli %v50, %v1 : i64
          %v52 = arith.addi %v51, %v35 : i64
          %v53 = arith.muli %v52, %v5 : i64
          %v54 = arith.subi %v5, %v2 : i64
          %v55 = arith.minsi %v20, %v54 : i64
          %v56 = arith.addi %v53, %v55 : i64
          %v57 = llvm.getelementptr %segcarry_S_re[%v56] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v47, %v57 : f32, !llvm.ptr
          %v58 = arith.muli %v2, %v9 : i64
          %v59 = arith.addi %v58, %v46 : i64
          %v60 = arith.muli %v59, %v1 : i64
          %v61 = arith.addi %v60, %v35 : i64
          %v62 = arith.muli %v61, %v5 : i64
          %v63 = arith.subi %v5, %v2 : i64
          %v64 = arith.minsi %v20, %v63 : i64
          %v65 = arith.addi %v62, %v64 : i64
          %v66 = llvm.getelementptr %segcarry_S_re[%v65] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v48, %v66 : f32, !llvm.ptr
          %v67 = arith.muli %v30, %v9 : i64
          %v68 = arith.addi %v67, %v46 : i64
          %v69 = arith.muli %v68, %v1 : i64
          %v70 = arith.addi %v69, %v35 : i64
          %v71 = arith.muli %v70, %v5 : i64
          %v72 = arith.subi %v5, %v2 : i64
          %v73 = arith.minsi %v20, %v72 : i64
          %v74 = arith.addi %v71, %v73 : i64
          %v75 = llvm.getelementptr %segsum_S_re[%v74] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v76 = llvm.load %v75 : !llvm.ptr -> f32
          %v77 = arith.muli %v2, %v9 : i64
          %v78 = arith.addi %v77, %v46 : i64
          %v79 = arith.muli %v78, %v1 : i64
          %v80 = arith.addi %v79, %v35 : i64
          %v81 = arith.muli %v80, %v5 : i64
          %v82 = arith.subi %v5, %v2 : i64
          %v83 = arith.minsi %v20, %v82 : i64
          %v84 = arith.addi %v81, %v83 : i64
          %v85 = llvm.getelementptr %segsum_S_re[%v84] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v86 = llvm.load %v85 : !llvm.ptr -> f32
          %v88 = arith.muli %v87, %v9 : i64
          %v89 = arith.addi %v88, %v46 : i64
          %v90 = arith.muli %v89, %v1 : i64
          %v91 = arith.addi %v90, %v35 : i64
          %v92 = arith.muli %v91, %v5 : i64
          %v93 = arith.subi %v5, %v2 : i64
          %v94 = arith.minsi %v20, %v93 : i64
          %v95 = arith.addi %v92, %v94 : i64
          %v96 = llvm.getelementptr %segsum_S_re[%v95] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v97 = llvm.load %v96 : !llvm.ptr -> f32
          %v98 = arith.mulf %v48, %v47 fastmath<contract> : f32
          %v99 = arith.mulf %v86, %v98 fastmath<contract> : f32
          %v100 = arith.addf %v99, %v76 fastmath<contract> : f32
          llvm.store %v100, %v36 : f32, !llvm.ptr
          llvm.store %v97, %v37 : f32, !llvm.ptr
        }
      }
      %v102 = arith.cmpi sge, %v17, %v1 : i64
      %v103 = arith.cmpi slt, %v17, %v101 : i64
      %v104 = arith.andi %v102, %v103 : i1
      %v105 = arith.andi %v104, %v21 : i1
      scf.if %v105 {
        %v106 = arith.subi %v17, %v1 : i64
        llvm.store %v38, %v107 : f32, !llvm.ptr
        llvm.store %v39, %v108 : f32, !llvm.ptr
        %v109 = arith.index_cast %v30 : i64 to index
        %v110 = arith.index_cast %v9 : i64 to index
        %v111 = arith.index_cast %v2 : i64 to index
        scf.for %v112 = %v109 to %v110 step %v111 {
          %v113 = arith.index_cast %v112 : index to i64
          %v114 = arith.subi %v9, %v2 : i64
          %v115 = arith.subi %v114, %v113 : i64
          %v116 = llvm.load %v107 : !llvm.ptr -> f32
          %v117 = llvm.load %v108 : !llvm.ptr -> f32
          %v118 = arith.muli %v30, %v9 : i64
          %v119 = arith.addi %v118, %v115 : i64
          %v120 = arith.muli %v119, %v1 : i64
          %v121 = arith.addi %v120, %v106 : i64
          %v122 = arith.muli %v121, %v5 : i64
          %v123 = arith.subi %v5, %v2 : i64
          %v124 = arith.minsi %v20, %v123 : i64
          %v125 = arith.addi %v122, %v124 : i64
          %v126 = llvm.getelementptr %segcarry_S_im[%v125] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v116, %v126 : f32, !llvm.ptr
          %v127 = arith.muli %v2, %v9 : i64
          %v128 = arith.addi %v127, %v115 : i64
          %v129 = arith.muli %v128, %v1 : i64
          %v130 = arith.addi %v129, %v106 : i64
          %v131 = arith.muli %v130, %v5 : i64
          %v132 = arith.subi %v5, %v2 : i64
          %v133 = arith.minsi %v20, %v132 : i64
          %v134 = arith.addi %v131, %v133 : i64
          %v135 = llvm.getelementptr %segcarry_S_im[%v134] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v117, %v135 : f32, !llvm.ptr
          %v136 = arith.muli %v30, %v9 : i64
          %v137 = arith.addi %v136, %v115 : i64
          %v138 = arith.muli %v137, %v1 : i64
          %v139 = arith.addi %v138, %v106 : i64
          %v140 = arith.muli %v139, %v5 : i64
          %v141 = arith.subi %v5, %v2 : i64
          %v142 = arith.minsi %v20, %v141 : i64
          %v143 = arith.addi %v140, %v142 : i64
          %v144 = llvm.getelementptr %segsum_S_im[%v143] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v145 = llvm.load %v144 : !llvm.ptr -> f32
          %v146 = arith.muli %v2, %v9 : i64
          %v147 = arith.addi %v146, %v115 : i64
          %v148 = arith.muli %v147, %v1 : i64
          %v149 = arith.addi %v148, %v106 : i64
          %v150 = arith.muli %v149, %v5 : i64
          %v151 = arith.subi %v5, %v2 : i64
          %v152 = arith.minsi %v20, %v151 : i64
          %v153 = arith.addi %v150, %v152 : i64
          %v154 = llvm.getelementptr %segsum_S_im[%v153] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v155 = llvm.load %v154 : !llvm.ptr -> f32
          %v156 = arith.muli %v87, %v9 : i64
          %v157 = arith.addi %v156, %v115 : i64
          %v158 = arith.muli %v157, %v1 : i64
          %v159 = arith.addi %v158, %v106 : i64
          %v160 = arith.muli %v159, %v5 : i64
          %v161 = arith.subi %v5, %v2 : i64
          %v162 = arith.minsi %v20, %v161 : i64
          %v163 = arith.addi %v160, %v162 : i64
          %v164 = llvm.getelementptr %segsum_S_im[%v163] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v165 = llvm.load %v164 : !llvm.ptr -> f32
          %v166 = arith.mulf %v117, %v116 fastmath<contract> : f32
          %v167 = arith.mulf %v155, %v166 fastmath<contract> : f32
          %v168 = arith.addf %v167, %v145 fastmath<contract> : f32
          llvm.store %v168, %v107 : f32, !llvm.ptr
          llvm.store %v165, %v108 : f32, !llvm.ptr
        }
      }
      %v170 = arith.cmpi sge, %v17, %v101 : i64
      %v171 = arith.cmpi slt, %v17, %v169 : i64
      %v172 = arith.andi %v170, %v171 : i1
      %v173 = arith.andi %v172, %v21 : i1
      scf.if %v173 {
        %v174 = arith.subi %v17, %v101 : i64
        llvm.store %v38, %v175 : f32, !llvm.ptr
        llvm.store %v39, %v176 : f32, !llvm.ptr
        %v177 = arith.index_cast %v30 : i64 to index
        %v178 = arith.index_cast %v9 : i64 to index
        %v179 = arith.index_cast %v2 : i64 to index
        scf.for %v180 = %v177 to %v178 step %v179 {
          %v181 = arith.index_cast %v180 : index to i64
          %v182 = arith.subi %v9, %v2 : i64
          %v183 = arith.subi %v182, %v181 : i64
          %v184 = llvm.load %v175 : !llvm.ptr -> f32
          %v185 = llvm.load %v176 : !llvm.ptr -> f32
          %v186 = arith.muli %v30, %v9 : i64
          %v187 = arith.addi %v186, %v183 : i64
          %v188 = arith.muli %v187, %v2 : i64
          %v189 = arith.addi %v188, %v174 : i64
          %v190 = arith.muli %v189, %v5 : i64
          %v191 = arith.subi %v5, %v2 : i64
          %v192 = arith.minsi %v20, %v191 : i64
          %v193 = arith.addi %v190, %v192 : i64
          %v194 = llvm.getelementptr %segcarry_t_pos[%v193] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v184, %v194 : f32, !llvm.ptr
          %v195 = arith.muli %v2, %v9 : i64
          %v196 = arith.addi %v195, %v183 : i64
          %v197 = arith.muli %v196, %v2 : i64
          %v198 = arith.addi %v197, %v174 : i64
          %v199 = arith.muli %v198, %v5 : i64
          %v200 = arith.subi %v5, %v2 : i64
          %v201 = arith.minsi %v20, %v200 : i64
          %v202 = arith.addi %v199, %v201 : i64
          %v203 = llvm.getelementptr %segcarry_t_pos[%v202] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v185, %v203 : f32, !llvm.ptr
          %v204 = arith.muli %v30, %v9 : i64
          %v205 = arith.addi %v204, %v183 : i64
          %v206 = arith.muli %v205, %v2 : i64
          %v207 = arith.addi %v206, %v174 : i64
          %v208 = arith.muli %v207, %v5 : i64
          %v209 = arith.subi %v5, %v2 : i64
          %v210 = arith.minsi %v20, %v209 : i64
          %v211 = arith.addi %v208, %v210 : i64
          %v212 = llvm.getelementptr %segsum_t_pos[%v211] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v213 = llvm.load %v212 : !llvm.ptr -> f32
          %v214 = arith.muli %v2, %v9 : i64
          %v215 = arith.addi %v214, %v183 : i64
          %v216 = arith.muli %v215, %v2 : i64
          %v217 = arith.addi %v216, %v174 : i64
          %v218 = arith.muli %v217, %v5 : i64
          %v219 = arith.subi %v5, %v2 : i64
          %v220 = arith.minsi %v20, %v219 : i64
          %v221 = arith.addi %v218, %v220 : i64
          %v222 = llvm.getelementptr %segsum_t_pos[%v221] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v223 = llvm.load %v222 : !llvm.ptr -> f32
          %v224 = arith.muli %v87, %v9 : i64
          %v225 = arith.addi %v224, %v183 : i64
          %v226 = arith.muli %v225, %v2 : i64
          %v227 = arith.addi %v226, %v174 : i64
          %v228 = arith.muli %v227, %v5 : i64
          %v229 = arith.subi %v5, %v2 : i64
          %v230 = arith.minsi %v20, %v229 : i64
          %v231 = arith.addi %v228, %v230 : i64
          %v232 = llvm.getelementptr %segsum_t_pos[%v231] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v233 = llvm.load %v232 : !llvm.ptr -> f32
          %v234 = arith.mulf %v185, %v184 fastmath<contract> : f32
          %v235 = arith.mulf %v223, %v234 fastmath<contract> : f32
          %v236 = arith.addf %v235, %v213 fastmath<contract> : f32
          llvm.store %v236, %v175 : f32, !llvm.ptr
          llvm.store %v233, %v176 : f32, !llvm.ptr
        }
      }
      // end carry scan
      gpu.return
    }
  }
}
