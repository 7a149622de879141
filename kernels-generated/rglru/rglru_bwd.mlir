module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @rglru_bwd(%in_x: !llvm.ptr, %in_gate_a: !llvm.ptr, %in_gate_x: !llvm.ptr, %in_Lambda: !llvm.ptr, %dy_y: !llvm.ptr, %ckpt_h: !llvm.ptr, %scratch_h: !llvm.ptr, %dx_x: !llvm.ptr, %dx_gate_a: !llvm.ptr, %dx_gate_x: !llvm.ptr, %part_Lambda: !llvm.ptr, %size_B: i64, %size_D: i64, %size_L: i64) kernel {
      %v1 = arith.constant 1 : i64
      %v2 = arith.muli %v1, %size_B : i64
      %v3 = arith.muli %v2, %size_D : i64
      %v4 = arith.constant 1 : i64
      %v5 = llvm.alloca %v4 x f32 : (i64) -> !llvm.ptr
      %v6 = arith.constant 1 : i64
      %v7 = llvm.alloca %v6 x f32 : (i64) -> !llvm.ptr
      %v8 = arith.constant 1 : i64
      %v9 = llvm.alloca %v8 x f32 : (i64) -> !llvm.ptr
      %v10 = arith.constant 1 : i64
      %v11 = llvm.alloca %v10 x f32 : (i64) -> !llvm.ptr
      %v12 = arith.constant 1 : i64
      %v13 = llvm.alloca %v12 x f32 : (i64) -> !llvm.ptr
      %v14 = arith.constant 1 : i64
      %v15 = llvm.alloca %v14 x f32 : (i64) -> !llvm.ptr
      %v20 = arith.constant 64 : i64
      %v24 = arith.constant 1 : i64
      %v31 = arith.constant 0x00000000 : f32
      %v32 = arith.constant 0x3F800000 : f32
      %v33 = arith.constant 64 : i64
      %v34 = arith.constant 1 : i64
      %v35 = arith.constant 0 : i64
      %v51 = arith.constant 1 : i64
      %v52 = arith.muli %v51, %size_B : i64
      %v53 = arith.muli %v52, %size_D : i64
      %v55 = arith.constant 1 : i64
      %v56 = arith.muli %v55, %size_D : i64
      %v69 = arith.constant 1 : i64
      %v74 = arith.constant 0x3FB8AA3B : f32
      %v79 = arith.constant 0x41000000 : f32
      %v80 = arith.constant 1 : i64
      %v81 = arith.muli %v80, %size_L : i64
      %v82 = arith.muli %v81, %size_D : i64
      %v126 = arith.constant 1 : i64
      %v127 = arith.constant 0 : i64
      %v131 = arith.constant 1 : i64
      %v216 = arith.constant 0x3F000000 : f32
      %v221 = arith.constant 1 : i64
      %v222 = arith.constant 0 : i64
      %v226 = arith.constant 1 : i64
      %v232 = arith.constant 1 : i64
      %v233 = arith.muli %v232, %size_B : i64
      %v234 = arith.muli %v233, %size_D : i64
      %v251 = arith.constant 0x3F317218 : f32
      %v299 = arith.constant 1 : i64
      %v300 = arith.constant 0 : i64
      %v16 = gpu.block_id x
      %v17 = gpu.thread_id x
      %v18 = arith.index_cast %v17 : index to i64
      %v19 = arith.index_cast %v16 : index to i64
      %v21 = arith.muli %v19, %v20 : i64
      %v22 = arith.addi %v21, %v18 : i64
      %v23 = arith.cmpi slt, %v22, %v3 : i64
      %v25 = arith.subi %v3, %v24 : i64
      %v26 = arith.minsi %v22, %v25 : i64
      %v27 = arith.remui %v26, %size_D : i64
      %v28 = arith.divui %v26, %size_D : i64
      %v29 = arith.remui %v28, %size_B : i64
      %v30 = arith.divui %v28, %size_B : i64
      llvm.store %v31, %v11 : f32, !llvm.ptr
      llvm.store %v32, %v13 : f32, !llvm.ptr
      llvm.store %v31, %v15 : f32, !llvm.ptr
      %v36 = arith.subi %v33, %v34 : i64
      %v37 = arith.addi %size_L, %v36 : i64
      %v38 = arith.divui %v37, %v33 : i64
      %v39 = arith.subi %size_L, %v34 : i64
      %v40 = arith.cmpi eq, %size_L, %v35 : i64
      scf.if %v40 {
        llvm.store %v31, %v9 : f32, !llvm.ptr
      }
      %v41 = arith.index_cast %v35 : i64 to index
      %v42 = arith.index_cast %v38 : i64 to index
      %v43 = arith.index_cast %v34 : i64 to index
      scf.for %v44 = %v41 to %v42 step %v43 {
        %v45 = arith.index_cast %v44 : index to i64
        %v46 = arith.subi %v38, %v34 : i64
        %v47 = arith.subi %v46, %v45 : i64
        %v48 = arith.muli %v47, %v33 : i64
        %v49 = arith.subi %size_L, %v48 : i64
        %v50 = arith.minsi %v49, %v33 : i64
        %v54 = arith.muli %v47, %v53 : i64
        %v57 = arith.muli %v29, %v56 : i64
        %v58 = arith.muli %v27, %v55 : i64
        %v59 = arith.addi %v57, %v58 : i64
        %v60 = arith.addi %v54, %v59 : i64
        %v61 = llvm.getelementptr %ckpt_h[%v60] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v62 = llvm.load %v61 : !llvm.ptr -> f32
        llvm.store %v62, %v7 : f32, !llvm.ptr
        %v63 = arith.index_cast %v35 : i64 to index
        %v64 = arith.index_cast %v50 : i64 to index
        %v65 = arith.index_cast %v34 : i64 to index
        scf.for %v66 = %v63 to %v64 step %v65 {
          %v67 = arith.index_cast %v66 : index to i64
          %v68 = arith.addi %v48, %v67 : i64
          %v70 = arith.muli %v27, %v69 : i64
          %v71 = llvm.getelementptr %in_Lambda[%v70] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v72 = llvm.load %v71 : !llvm.ptr -> f32
          %v73 = arith.negf %v72 : f32
          %v75 = arith.mulf %v73, %v74 : f32
          %v76 = llvm.call_intrinsic "llvm.exp2.f32"(%v75) : (f32) -> f32
          %v77 = arith.addf %v32, %v76 : f32
          %v78 = arith.divf %v32, %v77 : f32
          %v83 = arith.muli %v29, %v82 : i64
          %v84 = arith.muli %v27, %v81 : i64
          %v85 = arith.addi %v83, %v84 : i64
          %v86 = arith.muli %v68, %v80 : i64
          %v87 = arith.addi %v85, %v86 : i64
          %v88 = llvm.getelementptr %in_gate_a[%v87] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v89 = llvm.load %v88 : !llvm.ptr -> f32
          %v90 = arith.negf %v89 : f32
          %v91 = arith.mulf %v90, %v74 : f32
          %v92 = llvm.call_intrinsic "llvm.exp2.f32"(%v91) : (f32) -> f32
          %v93 = arith.addf %v32, %v92 : f32
          %v94 = arith.divf %v32, %v93 : f32
          %v95 = arith.mulf %v79, %v94 : f32
          %v96 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.f"(%v78) : (f32) -> f32
          %v97 = arith.mulf %v95, %v96 : f32
          %v98 = llvm.call_intrinsic "llvm.exp2.f32"(%v97) : (f32) -> f32
          %v99 = arith.mulf %v98, %v98 : f32
          %v100 = arith.subf %v32, %v99 : f32
          %v101 = llvm.call_intrinsic "llvm.sqrt.f32"(%v100) : (f32) -> f32
          %v102 = arith.muli %v29, %v82 : i64
          %v103 = arith.muli %v27, %v81 : i64
          %v104 = arith.addi %v102, %v103 : i64
          %v105 = arith.muli %v68, %v80 : i64
          %v106 = arith.addi %v104, %v105 : i64
          %v107 = llvm.getelementptr %in_gate_x[%v106] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v108 = llvm.load %v107 : !llvm.ptr -> f32
          %v109 = arith.negf %v108 : f32
          %v110 = arith.mulf %v109, %v74 : f32
          %v111 = llvm.call_intrinsic "llvm.exp2.f32"(%v110) : (f32) -> f32
          %v112 = arith.addf %v32, %v111 : f32
          %v113 = arith.divf %v32, %v112 : f32
          %v114 = arith.muli %v29, %v82 : i64
          %v115 = arith.muli %v27, %v81 : i64
          %v116 = arith.addi %v114, %v115 : i64
          %v117 = arith.muli %v68, %v80 : i64
          %v118 = arith.addi %v116, %v117 : i64
          %v119 = llvm.getelementptr %in_x[%v118] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v120 = llvm.load %v119 : !llvm.ptr -> f32
          %v121 = arith.mulf %v113, %v120 : f32
          %v122 = arith.mulf %v101, %v121 : f32
          %v123 = llvm.load %v7 : !llvm.ptr -> f32
          %v124 = arith.mulf %v98, %v123 : f32
          %v125 = arith.addf %v124, %v122 : f32
          scf.if %v23 {
            %v128 = arith.muli %v67, %v126 : i64
            %v129 = arith.addi %v128, %v127 : i64
            %v130 = arith.muli %v129, %v3 : i64
            %v132 = arith.subi %v3, %v131 : i64
            %v133 = arith.minsi %v22, %v132 : i64
            %v134 = arith.addi %v130, %v133 : i64
            %v135 = llvm.getelementptr %scratch_h[%v134] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v125, %v135 : f32, !llvm.ptr
          }
          llvm.store %v125, %v7 : f32, !llvm.ptr
        }
        %v136 = arith.index_cast %v35 : i64 to index
        %v137 = arith.index_cast %v50 : i64 to index
        %v138 = arith.index_cast %v34 : i64 to index
        scf.for %v139 = %v136 to %v137 step %v138 {
          %v140 = arith.index_cast %v139 : index to i64
          %v141 = arith.subi %v50, %v34 : i64
          %v142 = arith.subi %v141, %v140 : i64
          %v143 = arith.addi %v48, %v142 : i64
          %v144 = arith.cmpi eq, %v142, %v35 : i64
          %v145 = arith.subi %v142, %v34 : i64
          %v146 = arith.maxsi %v145, %v35 : i64
          %v147 = arith.muli %v29, %v82 : i64
          %v148 = arith.muli %v27, %v81 : i64
          %v149 = arith.addi %v147, %v148 : i64
          %v150 = arith.muli %v143, %v80 : i64
          %v151 = arith.addi %v149, %v150 : i64
          %v152 = llvm.getelementptr %dy_y[%v151] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v153 = llvm.load %v152 : !llvm.ptr -> f32
          %v154 = llvm.load %v11 : !llvm.ptr -> f32
          %v155 = llvm.load %v13 : !llvm.ptr -> f32
          %v156 = arith.mulf %v155, %v154 : f32
          %v157 = arith.addf %v153, %v156 : f32
          llvm.store %v157, %v11 : f32, !llvm.ptr
          %v158 = arith.cmpi eq, %v143, %v39 : i64
          scf.if %v158 {
          }
          %v159 = arith.muli %v29, %v82 : i64
          %v160 = arith.muli %v27, %v81 : i64
          %v161 = arith.addi %v159, %v160 : i64
          %v162 = arith.muli %v143, %v80 : i64
          %v163 = arith.addi %v161, %v162 : i64
          %v164 = llvm.getelementptr %in_gate_x[%v163] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v165 = llvm.load %v164 : !llvm.ptr -> f32
          %v166 = arith.negf %v165 : f32
          %v167 = arith.mulf %v166, %v74 : f32
          %v168 = llvm.call_intrinsic "llvm.exp2.f32"(%v167) : (f32) -> f32
          %v169 = arith.addf %v32, %v168 : f32
          %v170 = arith.divf %v32, %v169 : f32
          %v171 = arith.muli %v27, %v69 : i64
          %v172 = llvm.getelementptr %in_Lambda[%v171] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v173 = llvm.load %v172 : !llvm.ptr -> f32
          %v174 = arith.negf %v173 : f32
          %v175 = arith.mulf %v174, %v74 : f32
          %v176 = llvm.call_intrinsic "llvm.exp2.f32"(%v175) : (f32) -> f32
          %v177 = arith.addf %v32, %v176 : f32
          %v178 = arith.divf %v32, %v177 : f32
          %v179 = arith.muli %v29, %v82 : i64
          %v180 = arith.muli %v27, %v81 : i64
          %v181 = arith.addi %v179, %v180 : i64
          %v182 = arith.muli %v143, %v80 : i64
          %v183 = arith.addi %v181, %v182 : i64
          %v184 = llvm.getelementptr %in_gate_a[%v183] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v185 = llvm.load %v184 : !llvm.ptr -> f32
          %v186 = arith.negf %v185 : f32
          %v187 = arith.mulf %v186, %v74 : f32
          %v188 = llvm.call_intrinsic "llvm.exp2.f32"(%v187) : (f32) -> f32
          %v189 = arith.addf %v32, %v188 : f32
          %v190 = arith.divf %v32, %v189 : f32
          %v191 = arith.mulf %v79, %v190 : f32
          %v192 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.f"(%v178) : (f32) -> f32
          %v193 = arith.mulf %v191, %v192 : f32
          %v194 = llvm.call_intrinsic "llvm.exp2.f32"(%v193) : (f32) -> f32
          %v195 = arith.mulf %v194, %v194 : f32
          %v196 = arith.subf %v32, %v195 : f32
          %v197 = llvm.call_intrinsic "llvm.sqrt.f32"(%v196) : (f32) -> f32
          %v198 = llvm.load %v11 : !llvm.ptr -> f32
          %v199 = arith.mulf %v197, %v198 : f32
          %v200 = arith.mulf %v170, %v199 : f32
          scf.if %v23 {
            %v201 = arith.muli %v29, %v82 : i64
            %v202 = arith.muli %v27, %v81 : i64
            %v203 = arith.addi %v201, %v202 : i64
            %v204 = arith.muli %v143, %v80 : i64
            %v205 = arith.addi %v203, %v204 : i64
            %v206 = llvm.getelementptr %dx_x[%v205] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v200, %v206 : f32, !llvm.ptr
          }
          %v207 = arith.muli %v29, %v82 : i64
          %v208 = arith.muli %v27, %v81 : i64
          %v209 = arith.addi %v207, %v208 : i64
          %v210 = arith.muli %v143, %v80 : i64
          %v211 = arith.addi %v209, %v210 : i64
          %v212 = llvm.getelementptr %in_x[%v211] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v213 = llvm.load %v212 : !llvm.ptr -> f32
          %v214 = arith.mulf %v170, %v213 : f32
          %v215 = arith.mulf %v214, %v198 : f32
          %v217 = arith.divf %v216, %v197 : f32
          %v218 = arith.mulf %v215, %v217 : f32
          %v219 = arith.negf %v218 : f32
          %v220 = arith.mulf %v194, %v219 : f32
          %v223 = arith.muli %v146, %v221 : i64
          %v224 = arith.addi %v223, %v222 : i64
          %v225 = arith.muli %v224, %v3 : i64
          %v227 = arith.subi %v3, %v226 : i64
          %v228 = arith.minsi %v22, %v227 : i64
          %v229 = arith.addi %v225, %v228 : i64
          %v230 = llvm.getelementptr %scratch_h[%v229] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v231 = llvm.load %v230 : !llvm.ptr -> f32
          %v235 = arith.muli %v47, %v234 : i64
          %v236 = arith.muli %v29, %v56 : i64
          %v237 = arith.muli %v27, %v55 : i64
          %v238 = arith.addi %v236, %v237 : i64
          %v239 = arith.addi %v235, %v238 : i64
          %v240 = llvm.getelementptr %ckpt_h[%v239] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v241 = llvm.load %v240 : !llvm.ptr -> f32
          %v242 = arith.select %v144, %v241, %v231 : f32
          %v243 = arith.mulf %v242, %v198 : f32
          %v244 = arith.mulf %v214, %v198 : f32
          %v245 = arith.mulf %v244, %v217 : f32
          %v246 = arith.negf %v245 : f32
          %v247 = arith.mulf %v194, %v246 : f32
          %v248 = arith.addf %v243, %v247 : f32
          %v249 = arith.addf %v220, %v248 : f32
          %v250 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.f"(%v178) : (f32) -> f32
          %v252 = arith.mulf %v250, %v251 : f32
          %v253 = arith.mulf %v194, %v252 : f32
          %v254 = arith.mulf %v249, %v253 : f32
          %v255 = arith.mulf %v79, %v254 : f32
          %v256 = arith.subf %v32, %v190 : f32
          %v257 = arith.mulf %v190, %v256 : f32
          %v258 = arith.mulf %v255, %v257 : f32
          scf.if %v23 {
            %v259 = arith.muli %v29, %v82 : i64
            %v260 = arith.muli %v27, %v81 : i64
            %v261 = arith.addi %v259, %v260 : i64
            %v262 = arith.muli %v143, %v80 : i64
            %v263 = arith.addi %v261, %v262 : i64
            %v264 = llvm.getelementptr %dx_gate_a[%v263] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v258, %v264 : f32, !llvm.ptr
          }
          %v265 = arith.mulf %v197, %v198 : f32
          %v266 = arith.mulf %v213, %v265 : f32
          %v267 = arith.subf %v32, %v170 : f32
          %v268 = arith.mulf %v170, %v267 : f32
          %v269 = arith.mulf %v266, %v268 : f32
          scf.if %v23 {
            %v270 = arith.muli %v29, %v82 : i64
            %v271 = arith.muli %v27, %v81 : i64
            %v272 = arith.addi %v270, %v271 : i64
            %v273 = arith.muli %v143, %v80 : i64
            %v274 = arith.addi %v272, %v273 : i64
            %v275 = llvm.getelementptr %dx_gate_x[%v274] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v269, %v275 : f32, !llvm.ptr
          }
          %v276 = arith.mulf %v214, %v198 : f32
          %v277 = arith.mulf %v276, %v217 : f32
          %v278 = arith.negf %v277 : f32
          %v279 = arith.mulf %v194, %v278 : f32
          %v280 = arith.mulf %v242, %v198 : f32
          %v281 = arith.mulf %v214, %v198 : f32
          %v282 = arith.mulf %v281, %v217 : f32
          %v283 = arith.negf %v282 : f32
          %v284 = arith.mulf %v194, %v283 : f32
          %v285 = arith.addf %v280, %v284 : f32
          %v286 = arith.addf %v279, %v285 : f32
          %v287 = arith.subf %v191, %v32 : f32
          %v288 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.f"(%v178) : (f32) -> f32
          %v289 = arith.mulf %v287, %v288 : f32
          %v290 = llvm.call_intrinsic "llvm.exp2.f32"(%v289) : (f32) -> f32
          %v291 = arith.mulf %v191, %v290 : f32
          %v292 = arith.mulf %v286, %v291 : f32
          %v293 = arith.subf %v32, %v178 : f32
          %v294 = arith.mulf %v178, %v293 : f32
          %v295 = arith.mulf %v292, %v294 : f32
          %v296 = llvm.load %v15 : !llvm.ptr -> f32
          %v297 = arith.addf %v296, %v295 : f32
          llvm.store %v297, %v15 : f32, !llvm.ptr
          llvm.store %v194, %v13 : f32, !llvm.ptr
        }
      }
      scf.if %v23 {
        %v298 = llvm.load %v15 : !llvm.ptr -> f32
        %v301 = arith.muli %v22, %v299 : i64
        %v302 = arith.addi %v301, %v300 : i64
        %v303 = llvm.getelementptr %part_Lambda[%v302] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v298, %v303 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
