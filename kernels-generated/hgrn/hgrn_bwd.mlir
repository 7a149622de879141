module attributes {gpu.container_module} {
  gpu.module @linrec {
    llvm.mlir.global internal @slots_hgrn_bwd() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<192 x f32>
    gpu.func @hgrn_bwd(%in_g_f: !llvm.ptr, %in_g_c: !llvm.ptr, %in_g_o: !llvm.ptr, %in_gamma: !llvm.ptr, %dy_y: !llvm.ptr, %ckpt_h: !llvm.ptr, %scratch_h: !llvm.ptr, %dx_g_f: !llvm.ptr, %dx_g_c: !llvm.ptr, %dx_g_o: !llvm.ptr, %part_gamma: !llvm.ptr, %size_B: i64, %size_D: i64, %size_L: i64) kernel {
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
      %v25 = llvm.mlir.addressof @slots_hgrn_bwd : !llvm.ptr<3>
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
      %v81 = arith.constant 1 : i64
      %v82 = arith.muli %v81, %size_L : i64
      %v83 = arith.muli %v82, %size_D : i64
      %v92 = arith.constant 0x3FB8AA3B : f32
      %v118 = arith.constant 1 : i64
      %v122 = arith.constant 1 : i64
      %v124 = arith.constant 0 : i64
      %v168 = arith.constant 1 : i64
      %v172 = arith.constant 1 : i64
      %v174 = arith.constant 0 : i64
      %v178 = arith.constant 1 : i64
      %v179 = arith.muli %v178, %size_B : i64
      %v180 = arith.muli %v179, %size_D : i64
      %v250 = arith.constant 1 : i64
      %v254 = arith.constant 1 : i64
      %v256 = arith.constant 0 : i64
      %v284 = arith.constant 1 : i64
      %v285 = arith.constant 0 : i64
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
          %v78 = llvm.getelementptr %in_gamma[%v77] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v79 = llvm.load %v78 : !llvm.ptr -> f32
          %v80 = arith.subf %v39, %v79 : f32
          %v84 = arith.muli %v23, %v83 : i64
          %v85 = arith.muli %v21, %v82 : i64
          %v86 = arith.addi %v84, %v85 : i64
          %v87 = arith.muli %v75, %v81 : i64
          %v88 = arith.addi %v86, %v87 : i64
          %v89 = llvm.getelementptr %in_g_f[%v88] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v90 = llvm.load %v89 : !llvm.ptr -> f32
          %v91 = arith.negf %v90 : f32
          %v93 = arith.mulf %v91, %v92 : f32
          %v94 = llvm.call_intrinsic "llvm.exp2.f32"(%v93) : (f32) -> f32
          %v95 = arith.addf %v39, %v94 : f32
          %v96 = arith.divf %v39, %v95 : f32
          %v97 = arith.mulf %v80, %v96 : f32
          %v98 = arith.addf %v79, %v97 : f32
          %v99 = arith.subf %v39, %v98 : f32
          %v100 = arith.muli %v23, %v83 : i64
          %v101 = arith.muli %v21, %v82 : i64
          %v102 = arith.addi %v100, %v101 : i64
          %v103 = arith.muli %v75, %v81 : i64
          %v104 = arith.addi %v102, %v103 : i64
          %v105 = llvm.getelementptr %in_g_c[%v104] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v106 = llvm.load %v105 : !llvm.ptr -> f32
          %v107 = arith.negf %v106 : f32
          %v108 = arith.mulf %v107, %v92 : f32
          %v109 = llvm.call_intrinsic "llvm.exp2.f32"(%v108) : (f32) -> f32
          %v110 = arith.addf %v39, %v109 : f32
          %v111 = arith.divf %v39, %v110 : f32
          %v112 = arith.mulf %v106, %v111 : f32
          %v113 = arith.mulf %v99, %v112 : f32
          %v114 = llvm.load %v7 : !llvm.ptr -> f32
          %v115 = arith.mulf %v98, %v114 : f32
          %v116 = arith.addf %v115, %v113 : f32
          scf.if %v17 {
            %v117 = arith.muli %v74, %v3 : i64
            %v119 = arith.subi %v3, %v118 : i64
            %v120 = arith.minsi %v16, %v119 : i64
            %v121 = arith.addi %v117, %v120 : i64
            %v123 = arith.muli %v121, %v122 : i64
            %v125 = arith.addi %v123, %v124 : i64
            %v126 = llvm.getelementptr %scratch_h[%v125] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v116, %v126 : f32, !llvm.ptr
          }
          llvm.store %v116, %v7 : f32, !llvm.ptr
        }
        %v127 = arith.index_cast %v42 : i64 to index
        %v128 = arith.index_cast %v57 : i64 to index
        %v129 = arith.index_cast %v41 : i64 to index
        scf.for %v130 = %v127 to %v128 step %v129 {
          %v131 = arith.index_cast %v130 : index to i64
          %v132 = arith.subi %v57, %v41 : i64
          %v133 = arith.subi %v132, %v131 : i64
          %v134 = arith.addi %v55, %v133 : i64
          %v135 = arith.cmpi eq, %v133, %v42 : i64
          %v136 = arith.subi %v133, %v41 : i64
          %v137 = arith.maxsi %v136, %v42 : i64
          %v138 = arith.muli %v23, %v83 : i64
          %v139 = arith.muli %v21, %v82 : i64
          %v140 = arith.addi %v138, %v139 : i64
          %v141 = arith.muli %v134, %v81 : i64
          %v142 = arith.addi %v140, %v141 : i64
          %v143 = llvm.getelementptr %in_g_o[%v142] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v144 = llvm.load %v143 : !llvm.ptr -> f32
          %v145 = arith.negf %v144 : f32
          %v146 = arith.mulf %v145, %v92 : f32
          %v147 = llvm.call_intrinsic "llvm.exp2.f32"(%v146) : (f32) -> f32
          %v148 = arith.addf %v39, %v147 : f32
          %v149 = arith.divf %v39, %v148 : f32
          %v150 = arith.muli %v23, %v83 : i64
          %v151 = arith.muli %v21, %v82 : i64
          %v152 = arith.addi %v150, %v151 : i64
          %v153 = arith.muli %v134, %v81 : i64
          %v154 = arith.addi %v152, %v153 : i64
          %v155 = llvm.getelementptr %dy_y[%v154] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v156 = llvm.load %v155 : !llvm.ptr -> f32
          %v157 = arith.mulf %v149, %v156 : f32
          %v158 = llvm.load %v29 : !llvm.ptr -> f32
          %v159 = llvm.load %v33 : !llvm.ptr -> f32
          %v160 = arith.mulf %v159, %v158 : f32
          %v161 = arith.addf %v157, %v160 : f32
          llvm.store %v161, %v29 : f32, !llvm.ptr
          %v162 = arith.cmpi eq, %v134, %v46 : i64
          scf.if %v162 {
          }
          %v163 = arith.muli %v21, %v76 : i64
          %v164 = llvm.getelementptr %in_gamma[%v163] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v165 = llvm.load %v164 : !llvm.ptr -> f32
          %v166 = arith.subf %v39, %v165 : f32
          %v167 = arith.muli %v137, %v3 : i64
          %v169 = arith.subi %v3, %v168 : i64
          %v170 = arith.minsi %v16, %v169 : i64
          %v171 = arith.addi %v167, %v170 : i64
          %v173 = arith.muli %v171, %v172 : i64
          %v175 = arith.addi %v173, %v174 : i64
          %v176 = llvm.getelementptr %scratch_h[%v175] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v177 = llvm.load %v176 : !llvm.ptr -> f32
          %v181 = arith.muli %v54, %v180 : i64
          %v182 = arith.muli %v23, %v63 : i64
          %v183 = arith.muli %v21, %v62 : i64
          %v184 = arith.addi %v182, %v183 : i64
          %v185 = arith.addi %v181, %v184 : i64
          %v186 = llvm.getelementptr %ckpt_h[%v185] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v187 = llvm.load %v186 : !llvm.ptr -> f32
          %v188 = arith.select %v135, %v187, %v177 : f32
          %v189 = llvm.load %v29 : !llvm.ptr -> f32
          %v190 = arith.mulf %v188, %v189 : f32
          %v191 = arith.muli %v23, %v83 : i64
          %v192 = arith.muli %v21, %v82 : i64
          %v193 = arith.addi %v191, %v192 : i64
          %v194 = arith.muli %v134, %v81 : i64
          %v195 = arith.addi %v193, %v194 : i64
          %v196 = llvm.getelementptr %in_g_c[%v195] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v197 = llvm.load %v196 : !llvm.ptr -> f32
          %v198 = arith.negf %v197 : f32
          %v199 = arith.mulf %v198, %v92 : f32
          %v200 = llvm.call_intrinsic "llvm.exp2.f32"(%v199) : (f32) -> f32
          %v201 = arith.addf %v39, %v200 : f32
          %v202 = arith.divf %v39, %v201 : f32
          %v203 = arith.mulf %v197, %v202 : f32
          %v204 = arith.mulf %v203, %v189 : f32
          %v205 = arith.negf %v204 : f32
          %v206 = arith.addf %v190, %v205 : f32
          %v207 = arith.mulf %v166, %v206 : f32
          %v208 = arith.muli %v23, %v83 : i64
          %v209 = arith.muli %v21, %v82 : i64
          %v210 = arith.addi %v208, %v209 : i64
          %v211 = arith.muli %v134, %v81 : i64
          %v212 = arith.addi %v210, %v211 : i64
          %v213 = llvm.getelementptr %in_g_f[%v212] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v214 = llvm.load %v213 : !llvm.ptr -> f32
          %v215 = arith.negf %v214 : f32
          %v216 = arith.mulf %v215, %v92 : f32
          %v217 = llvm.call_intrinsic "llvm.exp2.f32"(%v216) : (f32) -> f32
          %v218 = arith.addf %v39, %v217 : f32
          %v219 = arith.divf %v39, %v218 : f32
          %v220 = arith.subf %v39, %v219 : f32
          %v221 = arith.mulf %v219, %v220 : f32
          %v222 = arith.mulf %v207, %v221 : f32
          scf.if %v17 {
            %v223 = arith.muli %v23, %v83 : i64
            %v224 = arith.muli %v21, %v82 : i64
            %v225 = arith.addi %v223, %v224 : i64
            %v226 = arith.muli %v134, %v81 : i64
            %v227 = arith.addi %v225, %v226 : i64
            %v228 = llvm.getelementptr %dx_g_f[%v227] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v222, %v228 : f32, !llvm.ptr
          }
          %v229 = arith.mulf %v166, %v219 : f32
          %v230 = arith.addf %v165, %v229 : f32
          %v231 = arith.subf %v39, %v230 : f32
          %v232 = arith.mulf %v231, %v189 : f32
          %v233 = arith.negf %v197 : f32
          %v234 = arith.mulf %v233, %v92 : f32
          %v235 = llvm.call_intrinsic "llvm.exp2.f32"(%v234) : (f32) -> f32
          %v236 = arith.addf %v39, %v235 : f32
          %v237 = arith.divf %v39, %v236 : f32
          %v238 = arith.subf %v39, %v237 : f32
          %v239 = arith.mulf %v197, %v238 : f32
          %v240 = arith.addf %v39, %v239 : f32
          %v241 = arith.mulf %v237, %v240 : f32
          %v242 = arith.mulf %v232, %v241 : f32
          scf.if %v17 {
            %v243 = arith.muli %v23, %v83 : i64
            %v244 = arith.muli %v21, %v82 : i64
            %v245 = arith.addi %v243, %v244 : i64
            %v246 = arith.muli %v134, %v81 : i64
            %v247 = arith.addi %v245, %v246 : i64
            %v248 = llvm.getelementptr %dx_g_c[%v247] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v242, %v248 : f32, !llvm.ptr
          }
          %v249 = arith.muli %v133, %v3 : i64
          %v251 = arith.subi %v3, %v250 : i64
          %v252 = arith.minsi %v16, %v251 : i64
          %v253 = arith.addi %v249, %v252 : i64
          %v255 = arith.muli %v253, %v254 : i64
          %v257 = arith.addi %v255, %v256 : i64
          %v258 = llvm.getelementptr %scratch_h[%v257] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v259 = llvm.load %v258 : !llvm.ptr -> f32
          %v260 = arith.mulf %v259, %v156 : f32
          %v261 = arith.subf %v39, %v149 : f32
          %v262 = arith.mulf %v149, %v261 : f32
          %v263 = arith.mulf %v260, %v262 : f32
          scf.if %v17 {
            %v264 = arith.muli %v23, %v83 : i64
            %v265 = arith.muli %v21, %v82 : i64
            %v266 = arith.addi %v264, %v265 : i64
            %v267 = arith.muli %v134, %v81 : i64
            %v268 = arith.addi %v266, %v267 : i64
            %v269 = llvm.getelementptr %dx_g_o[%v268] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v263, %v269 : f32, !llvm.ptr
          }
          %v270 = arith.mulf %v188, %v189 : f32
          %v271 = arith.mulf %v203, %v189 : f32
          %v272 = arith.negf %v271 : f32
          %v273 = arith.addf %v270, %v272 : f32
          %v274 = arith.mulf %v188, %v189 : f32
          %v275 = arith.mulf %v203, %v189 : f32
          %v276 = arith.negf %v275 : f32
          %v277 = arith.addf %v274, %v276 : f32
          %v278 = arith.mulf %v219, %v277 : f32
          %v279 = arith.negf %v278 : f32
          %v280 = arith.addf %v273, %v279 : f32
          %v281 = llvm.load %v37 : !llvm.ptr -> f32
          %v282 = arith.addf %v281, %v280 : f32
          llvm.store %v282, %v37 : f32, !llvm.ptr
          llvm.store %v230, %v33 : f32, !llvm.ptr
        }
      }
      scf.if %v17 {
        %v283 = llvm.load %v37 : !llvm.ptr -> f32
        %v286 = arith.muli %v16, %v284 : i64
        %v287 = arith.addi %v286, %v285 : i64
        %v288 = llvm.getelementptr %part_gamma[%v287] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v283, %v288 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
