module attributes {gpu.container_module} {
  gpu.module @linrec {
    llvm.mlir.global internal @slots_rglru_bwd() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<192 x f32>
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
      %v14 = arith.constant 64 : i64
      %v18 = arith.constant 1 : i64
      %v25 = llvm.mlir.addressof @slots_rglru_bwd : !llvm.ptr<3>
      %v26 = arith.constant 0 : i64
      %v30 = arith.constant 64 : i64
      %v34 = arith.constant 128 : i64
      %v38 = arith.constant 0x00000000 : f32
      %v39 = arith.constant 0x3F800000 : f32
      %v40 = arith.constant 64 : i64
      %v41 = arith.constant 1 : i64
      %v42 = arith.constant 0 : i64
      %v58 = arith.constant 1 : i64
      %v59 = arith.muli %v58, %size_B : i64
      %v60 = arith.muli %v59, %size_D : i64
      %v62 = arith.constant 1 : i64
      %v63 = arith.muli %v62, %size_D : i64
      %v76 = arith.constant 1 : i64
      %v81 = arith.constant 0x3FB8AA3B : f32
      %v86 = arith.constant 0x41000000 : f32
      %v87 = arith.constant 1 : i64
      %v88 = arith.muli %v87, %size_L : i64
      %v89 = arith.muli %v88, %size_D : i64
      %v134 = arith.constant 1 : i64
      %v138 = arith.constant 1 : i64
      %v140 = arith.constant 0 : i64
      %v223 = arith.constant 0x3F000000 : f32
      %v229 = arith.constant 1 : i64
      %v233 = arith.constant 1 : i64
      %v235 = arith.constant 0 : i64
      %v239 = arith.constant 1 : i64
      %v240 = arith.muli %v239, %size_B : i64
      %v241 = arith.muli %v240, %size_D : i64
      %v258 = arith.constant 0x3F317218 : f32
      %v306 = arith.constant 1 : i64
      %v307 = arith.constant 0 : i64
      %v10 = gpu.block_id x
      %v11 = gpu.thread_id x
      %v12 = arith.index_cast %v11 : index to i64
      %v13 = arith.index_cast %v10 : index to i64
      %v15 = arith.muli %v13, %v14 : i64
      %v16 = arith.addi %v15, %v12 : i64
      %v17 = arith.cmpi slt, %v16, %v3 : i64
      %v19 = arith.subi %v3, %v18 : i64
      %v20 = arith.minsi %v16, %v19 : i64
      %v21 = arith.remui %v20, %size_D : i64
      %v22 = arith.divui %v20, %size_D : i64
      %v23 = arith.remui %v22, %size_B : i64
      %v24 = arith.divui %v22, %size_B : i64
      %v27 = arith.addi %v26, %v12 : i64
      %v28 = llvm.getelementptr %v25[%v27] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
      %v29 = llvm.addrspacecast %v28 : !llvm.ptr<3> to !llvm.ptr
      %v31 = arith.addi %v30, %v12 : i64
      %v32 = llvm.getelementptr %v25[%v31] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
      %v33 = llvm.addrspacecast %v32 : !llvm.ptr<3> to !llvm.ptr
      %v35 = arith.addi %v34, %v12 : i64
      %v36 = llvm.getelementptr %v25[%v35] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
      %v37 = llvm.addrspacecast %v36 : !llvm.ptr<3> to !llvm.ptr
      llvm.store %v38, %v29 : f32, !llvm.ptr
      llvm.store %v39, %v33 : f32, !llvm.ptr
      llvm.store %v38, %v37 : f32, !llvm.ptr
      %v43 = arith.subi %v40, %v41 : i64
      %v44 = arith.addi %size_L, %v43 : i64
      %v45 = arith.divui %v44, %v40 : i64
      %v46 = arith.subi %size_L, %v41 : i64
      %v47 = arith.cmpi eq, %size_L, %v42 : i64
      scf.if %v47 {
        llvm.store %v38, %v9 : f32, !llvm.ptr
      }
      %v48 = arith.index_cast %v42 : i64 to index
      %v49 = arith.index_cast %v45 : i64 to index
      %v50 = arith.index_cast %v41 : i64 to index
      scf.for %v51 = %v48 to %v49 step %v50 {
        %v52 = arith.index_cast %v51 : index to i64
        %v53 = arith.subi %v45, %v41 : i64
        %v54 = arith.subi %v53, %v52 : i64
        %v55 = arith.muli %v54, %v40 : i64
        %v56 = arith.subi %size_L, %v55 : i64
        %v57 = arith.minsi %v56, %v40 : i64
        %v61 = arith.muli %v54, %v60 : i64
        %v64 = arith.muli %v23, %v63 : i64
        %v65 = arith.muli %v21, %v62 : i64
        %v66 = arith.addi %v64, %v65 : i64
        %v67 = arith.addi %v61, %v66 : i64
        %v68 = llvm.getelementptr %ckpt_h[%v67] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v69 = llvm.load %v68 : !llvm.ptr -> f32
        llvm.store %v69, %v7 : f32, !llvm.ptr
        %v70 = arith.index_cast %v42 : i64 to index
        %v71 = arith.index_cast %v57 : i64 to index
        %v72 = arith.index_cast %v41 : i64 to index
        scf.for %v73 = %v70 to %v71 step %v72 {
          %v74 = arith.index_cast %v73 : index to i64
          %v75 = arith.addi %v55, %v74 : i64
          %v77 = arith.muli %v21, %v76 : i64
          %v78 = llvm.getelementptr %in_Lambda[%v77] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v79 = llvm.load %v78 : !llvm.ptr -> f32
          %v80 = arith.negf %v79 : f32
          %v82 = arith.mulf %v80, %v81 : f32
          %v83 = llvm.call_intrinsic "llvm.exp2.f32"(%v82) : (f32) -> f32
          %v84 = arith.addf %v39, %v83 : f32
          %v85 = arith.divf %v39, %v84 : f32
          %v90 = arith.muli %v23, %v89 : i64
          %v91 = arith.muli %v21, %v88 : i64
          %v92 = arith.addi %v90, %v91 : i64
          %v93 = arith.muli %v75, %v87 : i64
          %v94 = arith.addi %v92, %v93 : i64
          %v95 = llvm.getelementptr %in_gate_a[%v94] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v96 = llvm.load %v95 : !llvm.ptr -> f32
          %v97 = arith.negf %v96 : f32
          %v98 = arith.mulf %v97, %v81 : f32
          %v99 = llvm.call_intrinsic "llvm.exp2.f32"(%v98) : (f32) -> f32
          %v100 = arith.addf %v39, %v99 : f32
          %v101 = arith.divf %v39, %v100 : f32
          %v102 = arith.mulf %v86, %v101 : f32
          %v103 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.f"(%v85) : (f32) -> f32
          %v104 = arith.mulf %v102, %v103 : f32
          %v105 = llvm.call_intrinsic "llvm.exp2.f32"(%v104) : (f32) -> f32
          %v106 = arith.mulf %v105, %v105 : f32
          %v107 = arith.subf %v39, %v106 : f32
          %v108 = llvm.call_intrinsic "llvm.sqrt.f32"(%v107) : (f32) -> f32
          %v109 = arith.muli %v23, %v89 : i64
          %v110 = arith.muli %v21, %v88 : i64
          %v111 = arith.addi %v109, %v110 : i64
          %v112 = arith.muli %v75, %v87 : i64
          %v113 = arith.addi %v111, %v112 : i64
          %v114 = llvm.getelementptr %in_gate_x[%v113] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v115 = llvm.load %v114 : !llvm.ptr -> f32
          %v116 = arith.negf %v115 : f32
          %v117 = arith.mulf %v116, %v81 : f32
          %v118 = llvm.call_intrinsic "llvm.exp2.f32"(%v117) : (f32) -> f32
          %v119 = arith.addf %v39, %v118 : f32
          %v120 = arith.divf %v39, %v119 : f32
          %v121 = arith.muli %v23, %v89 : i64
          %v122 = arith.muli %v21, %v88 : i64
          %v123 = arith.addi %v121, %v122 : i64
          %v124 = arith.muli %v75, %v87 : i64
          %v125 = arith.addi %v123, %v124 : i64
          %v126 = llvm.getelementptr %in_x[%v125] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v127 = llvm.load %v126 : !llvm.ptr -> f32
          %v128 = arith.mulf %v120, %v127 : f32
          %v129 = arith.mulf %v108, %v128 : f32
          %v130 = llvm.load %v7 : !llvm.ptr -> f32
          %v131 = arith.mulf %v105, %v130 : f32
          %v132 = arith.addf %v131, %v129 : f32
          scf.if %v17 {
            %v133 = arith.muli %v74, %v3 : i64
            %v135 = arith.subi %v3, %v134 : i64
            %v136 = arith.minsi %v16, %v135 : i64
            %v137 = arith.addi %v133, %v136 : i64
            %v139 = arith.muli %v137, %v138 : i64
            %v141 = arith.addi %v139, %v140 : i64
            %v142 = llvm.getelementptr %scratch_h[%v141] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v132, %v142 : f32, !llvm.ptr
          }
          llvm.store %v132, %v7 : f32, !llvm.ptr
        }
        %v143 = arith.index_cast %v42 : i64 to index
        %v144 = arith.index_cast %v57 : i64 to index
        %v145 = arith.index_cast %v41 : i64 to index
        scf.for %v146 = %v143 to %v144 step %v145 {
          %v147 = arith.index_cast %v146 : index to i64
          %v148 = arith.subi %v57, %v41 : i64
          %v149 = arith.subi %v148, %v147 : i64
          %v150 = arith.addi %v55, %v149 : i64
          %v151 = arith.cmpi eq, %v149, %v42 : i64
          %v152 = arith.subi %v149, %v41 : i64
          %v153 = arith.maxsi %v152, %v42 : i64
          %v154 = arith.muli %v23, %v89 : i64
          %v155 = arith.muli %v21, %v88 : i64
          %v156 = arith.addi %v154, %v155 : i64
          %v157 = arith.muli %v150, %v87 : i64
          %v158 = arith.addi %v156, %v157 : i64
          %v159 = llvm.getelementptr %dy_y[%v158] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v160 = llvm.load %v159 : !llvm.ptr -> f32
          %v161 = llvm.load %v29 : !llvm.ptr -> f32
          %v162 = llvm.load %v33 : !llvm.ptr -> f32
          %v163 = arith.mulf %v162, %v161 : f32
          %v164 = arith.addf %v160, %v163 : f32
          llvm.store %v164, %v29 : f32, !llvm.ptr
          %v165 = arith.cmpi eq, %v150, %v46 : i64
          scf.if %v165 {
          }
          %v166 = arith.muli %v23, %v89 : i64
          %v167 = arith.muli %v21, %v88 : i64
          %v168 = arith.addi %v166, %v167 : i64
          %v169 = arith.muli %v150, %v87 : i64
          %v170 = arith.addi %v168, %v169 : i64
          %v171 = llvm.getelementptr %in_gate_x[%v170] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v172 = llvm.load %v171 : !llvm.ptr -> f32
          %v173 = arith.negf %v172 : f32
          %v174 = arith.mulf %v173, %v81 : f32
          %v175 = llvm.call_intrinsic "llvm.exp2.f32"(%v174) : (f32) -> f32
          %v176 = arith.addf %v39, %v175 : f32
          %v177 = arith.divf %v39, %v176 : f32
          %v178 = arith.muli %v21, %v76 : i64
          %v179 = llvm.getelementptr %in_Lambda[%v178] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v180 = llvm.load %v179 : !llvm.ptr -> f32
          %v181 = arith.negf %v180 : f32
          %v182 = arith.mulf %v181, %v81 : f32
          %v183 = llvm.call_intrinsic "llvm.exp2.f32"(%v182) : (f32) -> f32
          %v184 = arith.addf %v39, %v183 : f32
          %v185 = arith.divf %v39, %v184 : f32
          %v186 = arith.muli %v23, %v89 : i64
          %v187 = arith.muli %v21, %v88 : i64
          %v188 = arith.addi %v186, %v187 : i64
          %v189 = arith.muli %v150, %v87 : i64
          %v190 = arith.addi %v188, %v189 : i64
          %v191 = llvm.getelementptr %in_gate_a[%v190] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v192 = llvm.load %v191 : !llvm.ptr -> f32
          %v193 = arith.negf %v192 : f32
          %v194 = arith.mulf %v193, %v81 : f32
          %v195 = llvm.call_intrinsic "llvm.exp2.f32"(%v194) : (f32) -> f32
          %v196 = arith.addf %v39, %v195 : f32
          %v197 = arith.divf %v39, %v196 : f32
          %v198 = arith.mulf %v86, %v197 : f32
          %v199 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.f"(%v185) : (f32) -> f32
          %v200 = arith.mulf %v198, %v199 : f32
          %v201 = llvm.call_intrinsic "llvm.exp2.f32"(%v200) : (f32) -> f32
          %v202 = arith.mulf %v201, %v201 : f32
          %v203 = arith.subf %v39, %v202 : f32
          %v204 = llvm.call_intrinsic "llvm.sqrt.f32"(%v203) : (f32) -> f32
          %v205 = llvm.load %v29 : !llvm.ptr -> f32
          %v206 = arith.mulf %v204, %v205 : f32
          %v207 = arith.mulf %v177, %v206 : f32
          scf.if %v17 {
            %v208 = arith.muli %v23, %v89 : i64
            %v209 = arith.muli %v21, %v88 : i64
            %v210 = arith.addi %v208, %v209 : i64
            %v211 = arith.muli %v150, %v87 : i64
            %v212 = arith.addi %v210, %v211 : i64
            %v213 = llvm.getelementptr %dx_x[%v212] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v207, %v213 : f32, !llvm.ptr
          }
          %v214 = arith.muli %v23, %v89 : i64
          %v215 = arith.muli %v21, %v88 : i64
          %v216 = arith.addi %v214, %v215 : i64
          %v217 = arith.muli %v150, %v87 : i64
          %v218 = arith.addi %v216, %v217 : i64
          %v219 = llvm.getelementptr %in_x[%v218] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v220 = llvm.load %v219 : !llvm.ptr -> f32
          %v221 = arith.mulf %v177, %v220 : f32
          %v222 = arith.mulf %v221, %v205 : f32
          %v224 = arith.divf %v223, %v204 : f32
          %v225 = arith.mulf %v222, %v224 : f32
          %v226 = arith.negf %v225 : f32
          %v227 = arith.mulf %v201, %v226 : f32
          %v228 = arith.muli %v153, %v3 : i64
          %v230 = arith.subi %v3, %v229 : i64
          %v231 = arith.minsi %v16, %v230 : i64
          %v232 = arith.addi %v228, %v231 : i64
          %v234 = arith.muli %v232, %v233 : i64
          %v236 = arith.addi %v234, %v235 : i64
          %v237 = llvm.getelementptr %scratch_h[%v236] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v238 = llvm.load %v237 : !llvm.ptr -> f32
          %v242 = arith.muli %v54, %v241 : i64
          %v243 = arith.muli %v23, %v63 : i64
          %v244 = arith.muli %v21, %v62 : i64
          %v245 = arith.addi %v243, %v244 : i64
          %v246 = arith.addi %v242, %v245 : i64
          %v247 = llvm.getelementptr %ckpt_h[%v246] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v248 = llvm.load %v247 : !llvm.ptr -> f32
          %v249 = arith.select %v151, %v248, %v238 : f32
          %v250 = arith.mulf %v249, %v205 : f32
          %v251 = arith.mulf %v221, %v205 : f32
          %v252 = arith.mulf %v251, %v224 : f32
          %v253 = arith.negf %v252 : f32
          %v254 = arith.mulf %v201, %v253 : f32
          %v255 = arith.addf %v250, %v254 : f32
          %v256 = arith.addf %v227, %v255 : f32
          %v257 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.f"(%v185) : (f32) -> f32
          %v259 = arith.mulf %v257, %v258 : f32
          %v260 = arith.mulf %v201, %v259 : f32
          %v261 = arith.mulf %v256, %v260 : f32
          %v262 = arith.mulf %v86, %v261 : f32
          %v263 = arith.subf %v39, %v197 : f32
          %v264 = arith.mulf %v197, %v263 : f32
          %v265 = arith.mulf %v262, %v264 : f32
          scf.if %v17 {
            %v266 = arith.muli %v23, %v89 : i64
            %v267 = arith.muli %v21, %v88 : i64
            %v268 = arith.addi %v266, %v267 : i64
            %v269 = arith.muli %v150, %v87 : i64
            %v270 = arith.addi %v268, %v269 : i64
            %v271 = llvm.getelementptr %dx_gate_a[%v270] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v265, %v271 : f32, !llvm.ptr
          }
          %v272 = arith.mulf %v204, %v205 : f32
          %v273 = arith.mulf %v220, %v272 : f32
          %v274 = arith.subf %v39, %v177 : f32
          %v275 = arith.mulf %v177, %v274 : f32
          %v276 = arith.mulf %v273, %v275 : f32
          scf.if %v17 {
            %v277 = arith.muli %v23, %v89 : i64
            %v278 = arith.muli %v21, %v88 : i64
            %v279 = arith.addi %v277, %v278 : i64
            %v280 = arith.muli %v150, %v87 : i64
            %v281 = arith.addi %v279, %v280 : i64
            %v282 = llvm.getelementptr %dx_gate_x[%v281] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v276, %v282 : f32, !llvm.ptr
          }
          %v283 = arith.mulf %v221, %v205 : f32
          %v284 = arith.mulf %v283, %v224 : f32
          %v285 = arith.negf %v284 : f32
          %v286 = arith.mulf %v201, %v285 : f32
          %v287 = arith.mulf %v249, %v205 : f32
          %v288 = arith.mulf %v221, %v205 : f32
          %v289 = arith.mulf %v288, %v224 : f32
          %v290 = arith.negf %v289 : f32
          %v291 = arith.mulf %v201, %v290 : f32
          %v292 = arith.addf %v287, %v291 : f32
          %v293 = arith.addf %v286, %v292 : f32
          %v294 = arith.subf %v198, %v39 : f32
          %v295 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.f"(%v185) : (f32) -> f32
          %v296 = arith.mulf %v294, %v295 : f32
          %v297 = llvm.call_intrinsic "llvm.exp2.f32"(%v296) : (f32) -> f32
          %v298 = arith.mulf %v198, %v297 : f32
          %v299 = arith.mulf %v293, %v298 : f32
          %v300 = arith.subf %v39, %v185 : f32
          %v301 = arith.mulf %v185, %v300 : f32
          %v302 = arith.mulf %v299, %v301 : f32
          %v303 = llvm.load %v37 : !llvm.ptr -> f32
          %v304 = arith.addf %v303, %v302 : f32
          llvm.store %v304, %v37 : f32, !llvm.ptr
          llvm.store %v201, %v33 : f32, !llvm.ptr
        }
      }
      scf.if %v17 {
        %v305 = llvm.load %v37 : !llvm.ptr -> f32
        %v308 = arith.muli %v16, %v306 : i64
        %v309 = arith.addi %v308, %v307 : i64
        %v310 = llvm.getelementptr %part_Lambda[%v309] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v305, %v310 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
