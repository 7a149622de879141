module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @rglru_bwd(%in_x: !llvm.ptr, %in_gate_a: !llvm.ptr, %in_gate_x: !llvm.ptr, %in_Lambda: !llvm.ptr, %dy_y: !llvm.ptr, %ckpt_h: !llvm.ptr, %scratch_h: !llvm.ptr, %dx_x: !llvm.ptr, %dx_gate_a: !llvm.ptr, %dx_gate_x: !llvm.ptr, %part_Lambda: !llvm.ptr, %size_B: i64, %size_D: i64, %size_L: i64) kernel attributes {nvvm.maxntid = array<i32: 256, 1, 1>, nvvm.minctasm = 3 : i32} {
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
      %v63 = arith.constant 0x3FB8AA3B : f32
      %v68 = arith.constant 0x41000000 : f32
      %v69 = arith.muli %v1, %size_L : i64
      %v70 = arith.muli %v69, %size_D : i64
      %v201 = arith.constant 0x3F000000 : f32
      %v214 = arith.muli %v1, %size_B : i64
      %v215 = arith.muli %v214, %size_D : i64
      %v228 = arith.constant 0x3F317218 : f32
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
          %v60 = llvm.getelementptr %in_Lambda[%v59] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v61 = llvm.load %v60 : !llvm.ptr -> f32
          %v62 = arith.negf %v61 : f32
          %v64 = arith.mulf %v62, %v63 : f32
          %v65 = llvm.call_intrinsic "llvm.exp2.f32"(%v64) : (f32) -> f32
          %v66 = arith.addf %v25, %v65 : f32
          %v67 = arith.divf %v25, %v66 : f32
          %v71 = arith.muli %v19, %v70 : i64
          %v72 = arith.muli %v17, %v69 : i64
          %v73 = arith.addi %v71, %v72 : i64
          %v74 = arith.muli %v58, %v1 : i64
          %v75 = arith.addi %v73, %v74 : i64
          %v76 = llvm.getelementptr %in_gate_a[%v75] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v77 = llvm.load %v76 : !llvm.ptr -> f32
          %v78 = arith.negf %v77 : f32
          %v79 = arith.mulf %v78, %v63 : f32
          %v80 = llvm.call_intrinsic "llvm.exp2.f32"(%v79) : (f32) -> f32
          %v81 = arith.addf %v25, %v80 : f32
          %v82 = arith.divf %v25, %v81 : f32
          %v83 = arith.mulf %v68, %v82 : f32
          %v84 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.f"(%v67) : (f32) -> f32
          %v85 = arith.mulf %v83, %v84 : f32
          %v86 = llvm.call_intrinsic "llvm.exp2.f32"(%v85) : (f32) -> f32
          %v87 = arith.mulf %v86, %v86 : f32
          %v88 = arith.subf %v25, %v87 : f32
          %v89 = llvm.call_intrinsic "llvm.sqrt.f32"(%v88) : (f32) -> f32
          %v90 = arith.muli %v19, %v70 : i64
          %v91 = arith.muli %v17, %v69 : i64
          %v92 = arith.addi %v90, %v91 : i64
          %v93 = arith.muli %v58, %v1 : i64
          %v94 = arith.addi %v92, %v93 : i64
          %v95 = llvm.getelementptr %in_gate_x[%v94] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v96 = llvm.load %v95 : !llvm.ptr -> f32
          %v97 = arith.negf %v96 : f32
          %v98 = arith.mulf %v97, %v63 : f32
          %v99 = llvm.call_intrinsic "llvm.exp2.f32"(%v98) : (f32) -> f32
          %v100 = arith.addf %v25, %v99 : f32
          %v101 = arith.divf %v25, %v100 : f32
          %v102 = arith.muli %v19, %v70 : i64
          %v103 = arith.muli %v17, %v69 : i64
          %v104 = arith.addi %v102, %v103 : i64
          %v105 = arith.muli %v58, %v1 : i64
          %v106 = arith.addi %v104, %v105 : i64
          %v107 = llvm.getelementptr %in_x[%v106] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v108 = llvm.load %v107 : !llvm.ptr -> f32
          %v109 = arith.mulf %v101, %v108 : f32
          %v110 = arith.mulf %v89, %v109 : f32
          %v111 = llvm.load %v5 : !llvm.ptr -> f32
          %v112 = arith.mulf %v86, %v111 : f32
          %v113 = arith.addf %v112, %v110 : f32
          scf.if %v14 {
            %v114 = arith.muli %v57, %v3 : i64
            %v115 = arith.subi %v3, %v1 : i64
            %v116 = arith.minsi %v13, %v115 : i64
            %v117 = arith.addi %v114, %v116 : i64
            %v118 = arith.muli %v117, %v1 : i64
            %v119 = arith.addi %v118, %v27 : i64
            %v120 = llvm.getelementptr %scratch_h[%v119] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v113, %v120 : f32, !llvm.ptr
          }
          llvm.store %v113, %v5 : f32, !llvm.ptr
        }
        %v121 = arith.index_cast %v27 : i64 to index
        %v122 = arith.index_cast %v42 : i64 to index
        %v123 = arith.index_cast %v1 : i64 to index
        scf.for %v124 = %v121 to %v122 step %v123 {
          %v125 = arith.index_cast %v124 : index to i64
          %v126 = arith.subi %v42, %v1 : i64
          %v127 = arith.subi %v126, %v125 : i64
          %v128 = arith.addi %v40, %v127 : i64
          %v129 = arith.cmpi eq, %v127, %v27 : i64
          %v130 = arith.subi %v127, %v1 : i64
          %v131 = arith.maxsi %v130, %v27 : i64
          %v132 = arith.muli %v19, %v70 : i64
          %v133 = arith.muli %v17, %v69 : i64
          %v134 = arith.addi %v132, %v133 : i64
          %v135 = arith.muli %v128, %v1 : i64
          %v136 = arith.addi %v134, %v135 : i64
          %v137 = llvm.getelementptr %dy_y[%v136] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v138 = llvm.load %v137 : !llvm.ptr -> f32
          %v139 = llvm.load %v21 : !llvm.ptr -> f32
          %v140 = llvm.load %v22 : !llvm.ptr -> f32
          %v141 = arith.mulf %v140, %v139 : f32
          %v142 = arith.addf %v138, %v141 : f32
          llvm.store %v142, %v21 : f32, !llvm.ptr
          %v143 = arith.cmpi eq, %v128, %v31 : i64
          scf.if %v143 {
          }
          %v144 = arith.muli %v19, %v70 : i64
          %v145 = arith.muli %v17, %v69 : i64
          %v146 = arith.addi %v144, %v145 : i64
          %v147 = arith.muli %v128, %v1 : i64
          %v148 = arith.addi %v146, %v147 : i64
          %v149 = llvm.getelementptr %in_gate_x[%v148] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v150 = llvm.load %v149 : !llvm.ptr -> f32
          %v151 = arith.negf %v150 : f32
          %v152 = arith.mulf %v151, %v63 : f32
          %v153 = llvm.call_intrinsic "llvm.exp2.f32"(%v152) : (f32) -> f32
          %v154 = arith.addf %v25, %v153 : f32
          %v155 = arith.divf %v25, %v154 : f32
          %v156 = arith.muli %v17, %v1 : i64
          %v157 = llvm.getelementptr %in_Lambda[%v156] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v158 = llvm.load %v157 : !llvm.ptr -> f32
          %v159 = arith.negf %v158 : f32
          %v160 = arith.mulf %v159, %v63 : f32
          %v161 = llvm.call_intrinsic "llvm.exp2.f32"(%v160) : (f32) -> f32
          %v162 = arith.addf %v25, %v161 : f32
          %v163 = arith.divf %v25, %v162 : f32
          %v164 = arith.muli %v19, %v70 : i64
          %v165 = arith.muli %v17, %v69 : i64
          %v166 = arith.addi %v164, %v165 : i64
          %v167 = arith.muli %v128, %v1 : i64
          %v168 = arith.addi %v166, %v167 : i64
          %v169 = llvm.getelementptr %in_gate_a[%v168] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v170 = llvm.load %v169 : !llvm.ptr -> f32
          %v171 = arith.negf %v170 : f32
          %v172 = arith.mulf %v171, %v63 : f32
          %v173 = llvm.call_intrinsic "llvm.exp2.f32"(%v172) : (f32) -> f32
          %v174 = arith.addf %v25, %v173 : f32
          %v175 = arith.divf %v25, %v174 : f32
          %v176 = arith.mulf %v68, %v175 : f32
          %v177 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.f"(%v163) : (f32) -> f32
          %v178 = arith.mulf %v176, %v177 : f32
          %v179 = llvm.call_intrinsic "llvm.exp2.f32"(%v178) : (f32) -> f32
          %v180 = arith.mulf %v179, %v179 : f32
          %v181 = arith.subf %v25, %v180 : f32
          %v182 = llvm.call_intrinsic "llvm.sqrt.f32"(%v181) : (f32) -> f32
          %v183 = llvm.load %v21 : !llvm.ptr -> f32
          %v184 = arith.mulf %v182, %v183 : f32
          %v185 = arith.mulf %v155, %v184 : f32
          scf.if %v14 {
            %v186 = arith.muli %v19, %v70 : i64
            %v187 = arith.muli %v17, %v69 : i64
            %v188 = arith.addi %v186, %v187 : i64
            %v189 = arith.muli %v128, %v1 : i64
            %v190 = arith.addi %v188, %v189 : i64
            %v191 = llvm.getelementptr %dx_x[%v190] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v185, %v191 : f32, !llvm.ptr
          }
          %v192 = arith.muli %v19, %v70 : i64
          %v193 = arith.muli %v17, %v69 : i64
          %v194 = arith.addi %v192, %v193 : i64
          %v195 = arith.muli %v128, %v1 : i64
          %v196 = arith.addi %v194, %v195 : i64
          %v197 = llvm.getelementptr %in_x[%v196] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v198 = llvm.load %v197 : !llvm.ptr -> f32
          %v199 = arith.mulf %v155, %v198 : f32
          %v200 = arith.mulf %v199, %v183 : f32
          %v202 = arith.divf %v201, %v182 : f32
          %v203 = arith.mulf %v200, %v202 : f32
          %v204 = arith.negf %v203 : f32
          %v205 = arith.mulf %v179, %v204 : f32
          %v206 = arith.muli %v131, %v3 : i64
          %v207 = arith.subi %v3, %v1 : i64
          %v208 = arith.minsi %v13, %v207 : i64
          %v209 = arith.addi %v206, %v208 : i64
          %v210 = arith.muli %v209, %v1 : i64
          %v211 = arith.addi %v210, %v27 : i64
          %v212 = llvm.getelementptr %scratch_h[%v211] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v213 = llvm.load %v212 : !llvm.ptr -> f32
          %v216 = arith.muli %v39, %v215 : i64
          %v217 = arith.muli %v19, %v46 : i64
          %v218 = arith.muli %v17, %v1 : i64
          %v219 = arith.addi %v217, %v218 : i64
          %v220 = arith.addi %v216, %v219 : i64
          %v221 = llvm.getelementptr %ckpt_h[%v220] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v222 = llvm.load %v221 : !llvm.ptr -> f32
          %v223 = arith.select %v129, %v222, %v213 : f32
          %v224 = arith.mulf %v223, %v183 : f32
          %v225 = arith.addf %v224, %v205 : f32
          %v226 = arith.addf %v205, %v225 : f32
          %v227 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.f"(%v163) : (f32) -> f32
          %v229 = arith.mulf %v227, %v228 : f32
          %v230 = arith.mulf %v179, %v229 : f32
          %v231 = arith.mulf %v226, %v230 : f32
          %v232 = arith.mulf %v68, %v231 : f32
          %v233 = arith.subf %v25, %v175 : f32
          %v234 = arith.mulf %v175, %v233 : f32
          %v235 = arith.mulf %v232, %v234 : f32
          scf.if %v14 {
            %v236 = arith.muli %v19, %v70 : i64
            %v237 = arith.muli %v17, %v69 : i64
            %v238 = arith.addi %v236, %v237 : i64
            %v239 = arith.muli %v128, %v1 : i64
            %v240 = arith.addi %v238, %v239 : i64
            %v241 = llvm.getelementptr %dx_gate_a[%v240] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v235, %v241 : f32, !llvm.ptr
          }
          %v242 = arith.mulf %v198, %v184 : f32
          %v243 = arith.subf %v25, %v155 : f32
          %v244 = arith.mulf %v155, %v243 : f32
          %v245 = arith.mulf %v242, %v244 : f32
          scf.if %v14 {
            %v246 = arith.muli %v19, %v70 : i64
            %v247 = arith.muli %v17, %v69 : i64
            %v248 = arith.addi %v246, %v247 : i64
            %v249 = arith.muli %v128, %v1 : i64
            %v250 = arith.addi %v248, %v249 : i64
            %v251 = llvm.getelementptr %dx_gate_x[%v250] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v245, %v251 : f32, !llvm.ptr
          }
          %v252 = arith.subf %v176, %v25 : f32
          %v253 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.f"(%v163) : (f32) -> f32
          %v254 = arith.mulf %v252, %v253 : f32
          %v255 = llvm.call_intrinsic "llvm.exp2.f32"(%v254) : (f32) -> f32
          %v256 = arith.mulf %v176, %v255 : f32
          %v257 = arith.mulf %v226, %v256 : f32
          %v258 = arith.subf %v25, %v163 : f32
          %v259 = arith.mulf %v163, %v258 : f32
          %v260 = arith.mulf %v257, %v259 : f32
          %v261 = llvm.load %v23 : !llvm.ptr -> f32
          %v262 = arith.addf %v261, %v260 : f32
          llvm.store %v262, %v23 : f32, !llvm.ptr
          llvm.store %v179, %v22 : f32, !llvm.ptr
        }
      }
      scf.if %v14 {
        %v263 = llvm.load %v23 : !llvm.ptr -> f32
        %v264 = arith.muli %v13, %v1 : i64
        %v265 = arith.addi %v264, %v27 : i64
        %v266 = llvm.getelementptr %part_Lambda[%v265] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v263, %v266 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
