module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @hgrn_bwd(%in_g_f: !llvm.ptr, %in_g_c: !llvm.ptr, %in_g_o: !llvm.ptr, %in_gamma: !llvm.ptr, %dy_y: !llvm.ptr, %ckpt_h: !llvm.ptr, %scratch_h: !llvm.ptr, %dx_g_f: !llvm.ptr, %dx_g_c: !llvm.ptr, %dx_g_o: !llvm.ptr, %part_gamma: !llvm.ptr, %size_B: i64, %size_D: i64, %size_L: i64) kernel attributes {nvvm.maxntid = array<i32: 256, 1, 1>, nvvm.minctasm = 3 : i32} {
      %v1 = arith.constant 1 : i64
      %v2 = arith.muli %v1, %size_B : i64
      %v3 = arith.muli %v2, %size_D : i64
      %v4 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v5 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v6 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v11 = arith.constant 256 : i64
      %v21 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v22 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v23 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v24 = arith.constant 0x00000000 : f32
      %v25 = arith.constant 0x3F800000 : f32
      %v26 = arith.constant 64 : i64
      %v27 = arith.constant 0 : i64
      %v43 = arith.muli %v1, %size_B : i64
      %v44 = arith.muli %v43, %size_D : i64
      %v46 = arith.muli %v1, %size_D : i64
      %v63 = arith.muli %v1, %size_L : i64
      %v64 = arith.muli %v63, %size_D : i64
      %v73 = arith.constant 0x3FB8AA3B : f32
      %v153 = arith.muli %v1, %size_B : i64
      %v154 = arith.muli %v153, %size_D : i64
      %v7 = gpu.block_id x
      %v8 = gpu.thread_id x
      %v9 = arith.index_cast %v8 : index to i64
      %v10 = arith.index_cast %v7 : index to i64
      %v12 = arith.muli %v10, %v11 : i64
      %v13 = arith.addi %v12, %v9 : i64
      %v14 = arith.cmpi slt, %v13, %v3 : i64
      %v15 = arith.subi %v3, %v1 : i64
      %v16 = arith.minsi %v13, %v15 : i64
      %v17 = arith.remui %v16, %size_D : i64
      %v18 = arith.divui %v16, %size_D : i64
      %v19 = arith.remui %v18, %size_B : i64
      %v20 = arith.divui %v18, %size_B : i64
      llvm.store %v24, %v21 : f32, !llvm.ptr
      llvm.store %v25, %v22 : f32, !llvm.ptr
      llvm.store %v24, %v23 : f32, !llvm.ptr
      %v28 = arith.subi %v26, %v1 : i64
      %v29 = arith.addi %size_L, %v28 : i64
      %v30 = arith.divui %v29, %v26 : i64
      %v31 = arith.subi %size_L, %v1 : i64
      %v32 = arith.cmpi eq, %size_L, %v27 : i64
      scf.if %v32 {
        llvm.store %v24, %v6 : f32, !llvm.ptr
      }
      %v33 = arith.index_cast %v27 : i64 to index
      %v34 = arith.index_cast %v30 : i64 to index
      %v35 = arith.index_cast %v1 : i64 to index
      scf.for %v36 = %v33 to %v34 step %v35 {
        %v37 = arith.index_cast %v36 : index to i64
        %v38 = arith.subi %v30, %v1 : i64
        %v39 = arith.subi %v38, %v37 : i64
        %v40 = arith.muli %v39, %v26 : i64
        %v41 = arith.subi %size_L, %v40 : i64
        %v42 = arith.minsi %v41, %v26 : i64
        %v45 = arith.muli %v39, %v44 : i64
        %v47 = arith.muli %v19, %v46 : i64
        %v48 = arith.muli %v17, %v1 : i64
        %v49 = arith.addi %v47, %v48 : i64
        %v50 = arith.addi %v45, %v49 : i64
        %v51 = llvm.getelementptr %ckpt_h[%v50] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v52 = llvm.load %v51 : !llvm.ptr -> f32
        llvm.store %v52, %v5 : f32, !llvm.ptr
        %v53 = arith.index_cast %v27 : i64 to index
        %v54 = arith.index_cast %v42 : i64 to index
        %v55 = arith.index_cast %v1 : i64 to index
        scf.for %v56 = %v53 to %v54 step %v55 {
          %v57 = arith.index_cast %v56 : index to i64
          %v58 = arith.addi %v40, %v57 : i64
          %v59 = arith.muli %v17, %v1 : i64
          %v60 = llvm.getelementptr %in_gamma[%v59] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v61 = llvm.load %v60 : !llvm.ptr -> f32
          %v62 = arith.subf %v25, %v61 : f32
          %v65 = arith.muli %v19, %v64 : i64
          %v66 = arith.muli %v17, %v63 : i64
          %v67 = arith.addi %v65, %v66 : i64
          %v68 = arith.muli %v58, %v1 : i64
          %v69 = arith.addi %v67, %v68 : i64
          %v70 = llvm.getelementptr %in_g_f[%v69] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v71 = llvm.load %v70 : !llvm.ptr -> f32
          %v72 = arith.negf %v71 : f32
          %v74 = arith.mulf %v72, %v73 : f32
          %v75 = llvm.call_intrinsic "llvm.exp2.f32"(%v74) : (f32) -> f32
          %v76 = arith.addf %v25, %v75 : f32
          %v77 = arith.divf %v25, %v76 : f32
          %v78 = arith.mulf %v62, %v77 : f32
          %v79 = arith.addf %v61, %v78 : f32
          %v80 = arith.subf %v25, %v79 : f32
          %v81 = arith.muli %v19, %v64 : i64
          %v82 = arith.muli %v17, %v63 : i64
          %v83 = arith.addi %v81, %v82 : i64
          %v84 = arith.muli %v58, %v1 : i64
          %v85 = arith.addi %v83, %v84 : i64
          %v86 = llvm.getelementptr %in_g_c[%v85] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v87 = llvm.load %v86 : !llvm.ptr -> f32
          %v88 = arith.negf %v87 : f32
          %v89 = arith.mulf %v88, %v73 : f32
          %v90 = llvm.call_intrinsic "llvm.exp2.f32"(%v89) : (f32) -> f32
          %v91 = arith.addf %v25, %v90 : f32
          %v92 = arith.divf %v25, %v91 : f32
          %v93 = arith.mulf %v87, %v92 : f32
          %v94 = arith.mulf %v80, %v93 : f32
          %v95 = llvm.load %v5 : !llvm.ptr -> f32
          %v96 = arith.mulf %v79, %v95 : f32
          %v97 = arith.addf %v96, %v94 : f32
          scf.if %v14 {
            %v98 = arith.muli %v57, %v3 : i64
            %v99 = arith.subi %v3, %v1 : i64
            %v100 = arith.minsi %v13, %v99 : i64
            %v101 = arith.addi %v98, %v100 : i64
            %v102 = arith.muli %v101, %v1 : i64
            %v103 = arith.addi %v102, %v27 : i64
            %v104 = llvm.getelementptr %scratch_h[%v103] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v97, %v104 : f32, !llvm.ptr
          }
          llvm.store %v97, %v5 : f32, !llvm.ptr
        }
        %v105 = arith.index_cast %v27 : i64 to index
        %v106 = arith.index_cast %v42 : i64 to index
        %v107 = arith.index_cast %v1 : i64 to index
        scf.for %v108 = %v105 to %v106 step %v107 {
          %v109 = arith.index_cast %v108 : index to i64
          %v110 = arith.subi %v42, %v1 : i64
          %v111 = arith.subi %v110, %v109 : i64
          %v112 = arith.addi %v40, %v111 : i64
          %v113 = arith.cmpi eq, %v111, %v27 : i64
          %v114 = arith.subi %v111, %v1 : i64
          %v115 = arith.maxsi %v114, %v27 : i64
          %v116 = arith.muli %v19, %v64 : i64
          %v117 = arith.muli %v17, %v63 : i64
          %v118 = arith.addi %v116, %v117 : i64
          %v119 = arith.muli %v112, %v1 : i64
          %v120 = arith.addi %v118, %v119 : i64
          %v121 = llvm.getelementptr %in_g_o[%v120] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v122 = llvm.load %v121 : !llvm.ptr -> f32
          %v123 = arith.negf %v122 : f32
          %v124 = arith.mulf %v123, %v73 : f32
          %v125 = llvm.call_intrinsic "llvm.exp2.f32"(%v124) : (f32) -> f32
          %v126 = arith.addf %v25, %v125 : f32
          %v127 = arith.divf %v25, %v126 : f32
          %v128 = arith.muli %v19, %v64 : i64
          %v129 = arith.muli %v17, %v63 : i64
          %v130 = arith.addi %v128, %v129 : i64
          %v131 = arith.muli %v112, %v1 : i64
          %v132 = arith.addi %v130, %v131 : i64
          %v133 = llvm.getelementptr %dy_y[%v132] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v134 = llvm.load %v133 : !llvm.ptr -> f32
          %v135 = arith.mulf %v127, %v134 : f32
          %v136 = llvm.load %v21 : !llvm.ptr -> f32
          %v137 = llvm.load %v22 : !llvm.ptr -> f32
          %v138 = arith.mulf %v137, %v136 : f32
          %v139 = arith.addf %v135, %v138 : f32
          llvm.store %v139, %v21 : f32, !llvm.ptr
          %v140 = arith.cmpi eq, %v112, %v31 : i64
          scf.if %v140 {
          }
          %v141 = arith.muli %v17, %v1 : i64
          %v142 = llvm.getelementptr %in_gamma[%v141] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v143 = llvm.load %v142 : !llvm.ptr -> f32
          %v144 = arith.subf %v25, %v143 : f32
          %v145 = arith.muli %v115, %v3 : i64
          %v146 = arith.subi %v3, %v1 : i64
          %v147 = arith.minsi %v13, %v146 : i64
          %v148 = arith.addi %v145, %v147 : i64
          %v149 = arith.muli %v148, %v1 : i64
          %v150 = arith.addi %v149, %v27 : i64
          %v151 = llvm.getelementptr %scratch_h[%v150] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v152 = llvm.load %v151 : !llvm.ptr -> f32
          %v155 = arith.muli %v39, %v154 : i64
          %v156 = arith.muli %v19, %v46 : i64
          %v157 = arith.muli %v17, %v1 : i64
          %v158 = arith.addi %v156, %v157 : i64
          %v159 = arith.addi %v155, %v158 : i64
          %v160 = llvm.getelementptr %ckpt_h[%v159] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v161 = llvm.load %v160 : !llvm.ptr -> f32
          %v162 = arith.select %v113, %v161, %v152 : f32
          %v163 = llvm.load %v21 : !llvm.ptr -> f32
          %v164 = arith.mulf %v162, %v163 : f32
          %v165 = arith.muli %v19, %v64 : i64
          %v166 = arith.muli %v17, %v63 : i64
          %v167 = arith.addi %v165, %v166 : i64
          %v168 = arith.muli %v112, %v1 : i64
          %v169 = arith.addi %v167, %v168 : i64
          %v170 = llvm.getelementptr %in_g_c[%v169] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v171 = llvm.load %v170 : !llvm.ptr -> f32
          %v172 = arith.negf %v171 : f32
          %v173 = arith.mulf %v172, %v73 : f32
          %v174 = llvm.call_intrinsic "llvm.exp2.f32"(%v173) : (f32) -> f32
          %v175 = arith.addf %v25, %v174 : f32
          %v176 = arith.divf %v25, %v175 : f32
          %v177 = arith.mulf %v171, %v176 : f32
          %v178 = arith.mulf %v177, %v163 : f32
          %v179 = arith.negf %v178 : f32
          %v180 = arith.addf %v164, %v179 : f32
          %v181 = arith.mulf %v144, %v180 : f32
          %v182 = arith.muli %v19, %v64 : i64
          %v183 = arith.muli %v17, %v63 : i64
          %v184 = arith.addi %v182, %v183 : i64
          %v185 = arith.muli %v112, %v1 : i64
          %v186 = arith.addi %v184, %v185 : i64
          %v187 = llvm.getelementptr %in_g_f[%v186] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v188 = llvm.load %v187 : !llvm.ptr -> f32
          %v189 = arith.negf %v188 : f32
          %v190 = arith.mulf %v189, %v73 : f32
          %v191 = llvm.call_intrinsic "llvm.exp2.f32"(%v190) : (f32) -> f32
          %v192 = arith.addf %v25, %v191 : f32
          %v193 = arith.divf %v25, %v192 : f32
          %v194 = arith.subf %v25, %v193 : f32
          %v195 = arith.mulf %v193, %v194 : f32
          %v196 = arith.mulf %v181, %v195 : f32
          scf.if %v14 {
            %v197 = arith.muli %v19, %v64 : i64
            %v198 = arith.muli %v17, %v63 : i64
            %v199 = arith.addi %v197, %v198 : i64
            %v200 = arith.muli %v112, %v1 : i64
            %v201 = arith.addi %v199, %v200 : i64
            %v202 = llvm.getelementptr %dx_g_f[%v201] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v196, %v202 : f32, !llvm.ptr
          }
          %v203 = arith.mulf %v144, %v193 : f32
          %v204 = arith.addf %v143, %v203 : f32
          %v205 = arith.subf %v25, %v204 : f32
          %v206 = arith.mulf %v205, %v163 : f32
          %v207 = arith.negf %v171 : f32
          %v208 = arith.mulf %v207, %v73 : f32
          %v209 = llvm.call_intrinsic "llvm.exp2.f32"(%v208) : (f32) -> f32
          %v210 = arith.addf %v25, %v209 : f32
          %v211 = arith.divf %v25, %v210 : f32
          %v212 = arith.subf %v25, %v211 : f32
          %v213 = arith.mulf %v171, %v212 : f32
          %v214 = arith.addf %v25, %v213 : f32
          %v215 = arith.mulf %v211, %v214 : f32
          %v216 = arith.mulf %v206, %v215 : f32
          scf.if %v14 {
            %v217 = arith.muli %v19, %v64 : i64
            %v218 = arith.muli %v17, %v63 : i64
            %v219 = arith.addi %v217, %v218 : i64
            %v220 = arith.muli %v112, %v1 : i64
            %v221 = arith.addi %v219, %v220 : i64
            %v222 = llvm.getelementptr %dx_g_c[%v221] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v216, %v222 : f32, !llvm.ptr
          }
          %v223 = arith.muli %v111, %v3 : i64
          %v224 = arith.subi %v3, %v1 : i64
          %v225 = arith.minsi %v13, %v224 : i64
          %v226 = arith.addi %v223, %v225 : i64
          %v227 = arith.muli %v226, %v1 : i64
          %v228 = arith.addi %v227, %v27 : i64
          %v229 = llvm.getelementptr %scratch_h[%v228] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v230 = llvm.load %v229 : !llvm.ptr -> f32
          %v231 = arith.mulf %v230, %v134 : f32
          %v232 = arith.subf %v25, %v127 : f32
          %v233 = arith.mulf %v127, %v232 : f32
          %v234 = arith.mulf %v231, %v233 : f32
          scf.if %v14 {
            %v235 = arith.muli %v19, %v64 : i64
            %v236 = arith.muli %v17, %v63 : i64
            %v237 = arith.addi %v235, %v236 : i64
            %v238 = arith.muli %v112, %v1 : i64
            %v239 = arith.addi %v237, %v238 : i64
            %v240 = llvm.getelementptr %dx_g_o[%v239] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v234, %v240 : f32, !llvm.ptr
          }
          %v241 = arith.mulf %v193, %v180 : f32
          %v242 = arith.negf %v241 : f32
          %v243 = arith.addf %v180, %v242 : f32
          %v244 = llvm.load %v23 : !llvm.ptr -> f32
          %v245 = arith.addf %v244, %v243 : f32
          llvm.store %v245, %v23 : f32, !llvm.ptr
          llvm.store %v204, %v22 : f32, !llvm.ptr
        }
      }
      scf.if %v14 {
        %v246 = llvm.load %v23 : !llvm.ptr -> f32
        %v247 = arith.muli %v13, %v1 : i64
        %v248 = arith.addi %v247, %v27 : i64
        %v249 = llvm.getelementptr %part_gamma[%v248] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v246, %v249 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
