module attributes {gpu.container_module} {
  gpu.module @linrec {
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
      %v74 = arith.constant 1 : i64
      %v75 = arith.muli %v74, %size_L : i64
      %v76 = arith.muli %v75, %size_D : i64
      %v85 = arith.constant 0x3FB8AA3B : f32
      %v110 = arith.constant 1 : i64
      %v111 = arith.constant 0 : i64
      %v115 = arith.constant 1 : i64
      %v160 = arith.constant 1 : i64
      %v161 = arith.constant 0 : i64
      %v165 = arith.constant 1 : i64
      %v171 = arith.constant 1 : i64
      %v172 = arith.muli %v171, %size_B : i64
      %v173 = arith.muli %v172, %size_D : i64
      %v242 = arith.constant 1 : i64
      %v243 = arith.constant 0 : i64
      %v247 = arith.constant 1 : i64
      %v277 = arith.constant 1 : i64
      %v278 = arith.constant 0 : i64
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
          %v71 = llvm.getelementptr %in_gamma[%v70] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v72 = llvm.load %v71 : !llvm.ptr -> f32
          %v73 = arith.subf %v32, %v72 : f32
          %v77 = arith.muli %v29, %v76 : i64
          %v78 = arith.muli %v27, %v75 : i64
          %v79 = arith.addi %v77, %v78 : i64
          %v80 = arith.muli %v68, %v74 : i64
          %v81 = arith.addi %v79, %v80 : i64
          %v82 = llvm.getelementptr %in_g_f[%v81] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v83 = llvm.load %v82 : !llvm.ptr -> f32
          %v84 = arith.negf %v83 : f32
          %v86 = arith.mulf %v84, %v85 : f32
          %v87 = llvm.call_intrinsic "llvm.exp2.f32"(%v86) : (f32) -> f32
          %v88 = arith.addf %v32, %v87 : f32
          %v89 = arith.divf %v32, %v88 : f32
          %v90 = arith.mulf %v73, %v89 : f32
          %v91 = arith.addf %v72, %v90 : f32
          %v92 = arith.subf %v32, %v91 : f32
          %v93 = arith.muli %v29, %v76 : i64
          %v94 = arith.muli %v27, %v75 : i64
          %v95 = arith.addi %v93, %v94 : i64
          %v96 = arith.muli %v68, %v74 : i64
          %v97 = arith.addi %v95, %v96 : i64
          %v98 = llvm.getelementptr %in_g_c[%v97] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v99 = llvm.load %v98 : !llvm.ptr -> f32
          %v100 = arith.negf %v99 : f32
          %v101 = arith.mulf %v100, %v85 : f32
          %v102 = llvm.call_intrinsic "llvm.exp2.f32"(%v101) : (f32) -> f32
          %v103 = arith.addf %v32, %v102 : f32
          %v104 = arith.divf %v32, %v103 : f32
          %v105 = arith.mulf %v99, %v104 : f32
          %v106 = arith.mulf %v92, %v105 : f32
          %v107 = llvm.load %v7 : !llvm.ptr -> f32
          %v108 = arith.mulf %v91, %v107 : f32
          %v109 = arith.addf %v108, %v106 : f32
          scf.if %v23 {
            %v112 = arith.muli %v67, %v110 : i64
            %v113 = arith.addi %v112, %v111 : i64
            %v114 = arith.muli %v113, %v3 : i64
            %v116 = arith.subi %v3, %v115 : i64
            %v117 = arith.minsi %v22, %v116 : i64
            %v118 = arith.addi %v114, %v117 : i64
            %v119 = llvm.getelementptr %scratch_h[%v118] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v109, %v119 : f32, !llvm.ptr
          }
          llvm.store %v109, %v7 : f32, !llvm.ptr
        }
        %v120 = arith.index_cast %v35 : i64 to index
        %v121 = arith.index_cast %v50 : i64 to index
        %v122 = arith.index_cast %v34 : i64 to index
        scf.for %v123 = %v120 to %v121 step %v122 {
          %v124 = arith.index_cast %v123 : index to i64
          %v125 = arith.subi %v50, %v34 : i64
          %v126 = arith.subi %v125, %v124 : i64
          %v127 = arith.addi %v48, %v126 : i64
          %v128 = arith.cmpi eq, %v126, %v35 : i64
          %v129 = arith.subi %v126, %v34 : i64
          %v130 = arith.maxsi %v129, %v35 : i64
          %v131 = arith.muli %v29, %v76 : i64
          %v132 = arith.muli %v27, %v75 : i64
          %v133 = arith.addi %v131, %v132 : i64
          %v134 = arith.muli %v127, %v74 : i64
          %v135 = arith.addi %v133, %v134 : i64
          %v136 = llvm.getelementptr %in_g_o[%v135] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v137 = llvm.load %v136 : !llvm.ptr -> f32
          %v138 = arith.negf %v137 : f32
          %v139 = arith.mulf %v138, %v85 : f32
          %v140 = llvm.call_intrinsic "llvm.exp2.f32"(%v139) : (f32) -> f32
          %v141 = arith.addf %v32, %v140 : f32
          %v142 = arith.divf %v32, %v141 : f32
          %v143 = arith.muli %v29, %v76 : i64
          %v144 = arith.muli %v27, %v75 : i64
          %v145 = arith.addi %v143, %v144 : i64
          %v146 = arith.muli %v127, %v74 : i64
          %v147 = arith.addi %v145, %v146 : i64
          %v148 = llvm.getelementptr %dy_y[%v147] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v149 = llvm.load %v148 : !llvm.ptr -> f32
          %v150 = arith.mulf %v142, %v149 : f32
          %v151 = llvm.load %v11 : !llvm.ptr -> f32
          %v152 = llvm.load %v13 : !llvm.ptr -> f32
          %v153 = arith.mulf %v152, %v151 : f32
          %v154 = arith.addf %v150, %v153 : f32
          llvm.store %v154, %v11 : f32, !llvm.ptr
          %v155 = arith.cmpi eq, %v127, %v39 : i64
          scf.if %v155 {
          }
          %v156 = arith.muli %v27, %v69 : i64
          %v157 = llvm.getelementptr %in_gamma[%v156] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v158 = llvm.load %v157 : !llvm.ptr -> f32
          %v159 = arith.subf %v32, %v158 : f32
          %v162 = arith.muli %v130, %v160 : i64
          %v163 = arith.addi %v162, %v161 : i64
          %v164 = arith.muli %v163, %v3 : i64
          %v166 = arith.subi %v3, %v165 : i64
          %v167 = arith.minsi %v22, %v166 : i64
          %v168 = arith.addi %v164, %v167 : i64
          %v169 = llvm.getelementptr %scratch_h[%v168] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v170 = llvm.load %v169 : !llvm.ptr -> f32
          %v174 = arith.muli %v47, %v173 : i64
          %v175 = arith.muli %v29, %v56 : i64
          %v176 = arith.muli %v27, %v55 : i64
          %v177 = arith.addi %v175, %v176 : i64
          %v178 = arith.addi %v174, %v177 : i64
          %v179 = llvm.getelementptr %ckpt_h[%v178] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v180 = llvm.load %v179 : !llvm.ptr -> f32
          %v181 = arith.select %v128, %v180, %v170 : f32
          %v182 = llvm.load %v11 : !llvm.ptr -> f32
          %v183 = arith.mulf %v181, %v182 : f32
          %v184 = arith.muli %v29, %v76 : i64
          %v185 = arith.muli %v27, %v75 : i64
          %v186 = arith.addi %v184, %v185 : i64
          %v187 = arith.muli %v127, %v74 : i64
          %v188 = arith.addi %v186, %v187 : i64
          %v189 = llvm.getelementptr %in_g_c[%v188] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v190 = llvm.load %v189 : !llvm.ptr -> f32
          %v191 = arith.negf %v190 : f32
          %v192 = arith.mulf %v191, %v85 : f32
          %v193 = llvm.call_intrinsic "llvm.exp2.f32"(%v192) : (f32) -> f32
          %v194 = arith.addf %v32, %v193 : f32
          %v195 = arith.divf %v32, %v194 : f32
          %v196 = arith.mulf %v190, %v195 : f32
          %v197 = arith.mulf %v196, %v182 : f32
          %v198 = arith.negf %v197 : f32
          %v199 = arith.addf %v183, %v198 : f32
          %v200 = arith.mulf %v159, %v199 : f32
          %v201 = arith.muli %v29, %v76 : i64
          %v202 = arith.muli %v27, %v75 : i64
          %v203 = arith.addi %v201, %v202 : i64
          %v204 = arith.muli %v127, %v74 : i64
          %v205 = arith.addi %v203, %v204 : i64
          %v206 = llvm.getelementptr %in_g_f[%v205] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v207 = llvm.load %v206 : !llvm.ptr -> f32
          %v208 = arith.negf %v207 : f32
          %v209 = arith.mulf %v208, %v85 : f32
          %v210 = llvm.call_intrinsic "llvm.exp2.f32"(%v209) : (f32) -> f32
          %v211 = arith.addf %v32, %v210 : f32
          %v212 = arith.divf %v32, %v211 : f32
          %v213 = arith.subf %v32, %v212 : f32
          %v214 = arith.mulf %v212, %v213 : f32
          %v215 = arith.mulf %v200, %v214 : f32
          scf.if %v23 {
            %v216 = arith.muli %v29, %v76 : i64
            %v217 = arith.muli %v27, %v75 : i64
            %v218 = arith.addi %v216, %v217 : i64
            %v219 = arith.muli %v127, %v74 : i64
            %v220 = arith.addi %v218, %v219 : i64
            %v221 = llvm.getelementptr %dx_g_f[%v220] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v215, %v221 : f32, !llvm.ptr
          }
          %v222 = arith.mulf %v159, %v212 : f32
          %v223 = arith.addf %v158, %v222 : f32
          %v224 = arith.subf %v32, %v223 : f32
          %v225 = arith.mulf %v224, %v182 : f32
          %v226 = arith.negf %v190 : f32
          %v227 = arith.mulf %v226, %v85 : f32
          %v228 = llvm.call_intrinsic "llvm.exp2.f32"(%v227) : (f32) -> f32
          %v229 = arith.addf %v32, %v228 : f32
          %v230 = arith.divf %v32, %v229 : f32
          %v231 = arith.subf %v32, %v230 : f32
          %v232 = arith.mulf %v190, %v231 : f32
          %v233 = arith.addf %v32, %v232 : f32
          %v234 = arith.mulf %v230, %v233 : f32
          %v235 = arith.mulf %v225, %v234 : f32
          scf.if %v23 {
            %v236 = arith.muli %v29, %v76 : i64
            %v237 = arith.muli %v27, %v75 : i64
            %v238 = arith.addi %v236, %v237 : i64
            %v239 = arith.muli %v127, %v74 : i64
            %v240 = arith.addi %v238, %v239 : i64
            %v241 = llvm.getelementptr %dx_g_c[%v240] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v235, %v241 : f32, !llvm.ptr
          }
          %v244 = arith.muli %v126, %v242 : i64
          %v245 = arith.addi %v244, %v243 : i64
          %v246 = arith.muli %v245, %v3 : i64
          %v248 = arith.subi %v3, %v247 : i64
          %v249 = arith.minsi %v22, %v248 : i64
          %v250 = arith.addi %v246, %v249 : i64
          %v251 = llvm.getelementptr %scratch_h[%v250] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v252 = llvm.load %v251 : !llvm.ptr -> f32
          %v253 = arith.mulf %v252, %v149 : f32
          %v254 = arith.subf %v32, %v142 : f32
          %v255 = arith.mulf %v142, %v254 : f32
          %v256 = arith.mulf %v253, %v255 : f32
          scf.if %v23 {
            %v257 = arith.muli %v29, %v76 : i64
            %v258 = arith.muli %v27, %v75 : i64
            %v259 = arith.addi %v257, %v258 : i64
            %v260 = arith.muli %v127, %v74 : i64
            %v261 = arith.addi %v259, %v260 : i64
            %v262 = llvm.getelementptr %dx_g_o[%v261] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v256, %v262 : f32, !llvm.ptr
          }
          %v263 = arith.mulf %v181, %v182 : f32
          %v264 = arith.mulf %v196, %v182 : f32
          %v265 = arith.negf %v264 : f32
          %v266 = arith.addf %v263, %v265 : f32
          %v267 = arith.mulf %v181, %v182 : f32
          %v268 = arith.mulf %v196, %v182 : f32
          %v269 = arith.negf %v268 : f32
          %v270 = arith.addf %v267, %v269 : f32
          %v271 = arith.mulf %v212, %v270 : f32
          %v272 = arith.negf %v271 : f32
          %v273 = arith.addf %v266, %v272 : f32
          %v274 = llvm.load %v15 : !llvm.ptr -> f32
          %v275 = arith.addf %v274, %v273 : f32
          llvm.store %v275, %v15 : f32, !llvm.ptr
          llvm.store %v223, %v13 : f32, !llvm.ptr
        }
      }
      scf.if %v23 {
        %v276 = llvm.load %v15 : !llvm.ptr -> f32
        %v279 = arith.muli %v22, %v277 : i64
        %v280 = arith.addi %v279, %v278 : i64
        %v281 = llvm.getelementptr %part_gamma[%v280] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v276, %v281 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
