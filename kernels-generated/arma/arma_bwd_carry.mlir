module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @arma_bwd_carry(%segsum_h: !llvm.ptr, %segcarry_h: !llvm.ptr, %segsum_h_lag1: !llvm.ptr, %segcarry_h_lag1: !llvm.ptr, %segsum_e_lag1: !llvm.ptr, %segcarry_e_lag1: !llvm.ptr, %segsum_e_lag2: !llvm.ptr, %segcarry_e_lag2: !llvm.ptr, %size_B: i64, %size_D: i64, %size_L: i64) kernel {
      %v1 = arith.constant 1 : i64
      %v2 = arith.muli %size_B, %size_D : i64
      %v3 = arith.constant 255 : i64
      %v4 = arith.addi %size_L, %v3 : i64
      %v5 = arith.constant 256 : i64
      %v6 = arith.divui %v4, %v5 : i64
      %v24 = arith.constant 0 : i64
      %v29 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v30 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v31 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v32 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v33 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v34 = arith.constant 0x00000000 : f32
      %v35 = arith.constant 0x3F800000 : f32
      %v36 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v37 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v38 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v39 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v40 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v41 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v42 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v43 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v44 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v45 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v46 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v47 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v48 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v49 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v50 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v76 = arith.constant 2 : i64
      %v85 = arith.constant 3 : i64
      %v94 = arith.constant 4 : i64
      %v145 = arith.constant 5 : i64
      %v155 = arith.constant 6 : i64
      %v165 = arith.constant 7 : i64
      %v175 = arith.constant 8 : i64
      %v7 = gpu.block_id x
      %v8 = gpu.thread_id x
      %v9 = arith.index_cast %v8 : index to i64
      %v10 = arith.index_cast %v7 : index to i64
      %v11 = arith.addi %v2, %v3 : i64
      %v12 = arith.divui %v11, %v5 : i64
      %v13 = arith.divui %v10, %v12 : i64
      %v14 = arith.remui %v10, %v12 : i64
      %v15 = arith.muli %v14, %v5 : i64
      %v16 = arith.addi %v15, %v9 : i64
      %v17 = arith.cmpi slt, %v16, %v2 : i64
      %v18 = arith.subi %v2, %v1 : i64
      %v19 = arith.minsi %v16, %v18 : i64
      %v20 = arith.remui %v19, %size_D : i64
      %v21 = arith.divui %v19, %size_D : i64
      %v22 = arith.remui %v21, %size_B : i64
      %v23 = arith.divui %v21, %size_B : i64
      // carry scan of one state point: g ← G + P·a'·g, a' ← a_first, from the last segment
      %v25 = arith.cmpi sge, %v13, %v24 : i64
      %v26 = arith.cmpi slt, %v13, %v1 : i64
      %v27 = arith.andi %v25, %v26 : i1
      %v28 = arith.andi %v27, %v17 : i1
      scf.if %v28 {
        llvm.store %v34, %v29 : f32, !llvm.ptr
        llvm.store %v35, %v30 : f32, !llvm.ptr
        llvm.store %v34, %v31 : f32, !llvm.ptr
        llvm.store %v34, %v32 : f32, !llvm.ptr
        llvm.store %v34, %v33 : f32, !llvm.ptr
        llvm.store %v34, %v36 : f32, !llvm.ptr
        llvm.store %v34, %v37 : f32, !llvm.ptr
        llvm.store %v35, %v38 : f32, !llvm.ptr
        llvm.store %v34, %v39 : f32, !llvm.ptr
        llvm.store %v34, %v40 : f32, !llvm.ptr
        llvm.store %v34, %v41 : f32, !llvm.ptr
        llvm.store %v34, %v42 : f32, !llvm.ptr
        llvm.store %v34, %v43 : f32, !llvm.ptr
        llvm.store %v35, %v44 : f32, !llvm.ptr
        llvm.store %v34, %v45 : f32, !llvm.ptr
        llvm.store %v34, %v46 : f32, !llvm.ptr
        llvm.store %v34, %v47 : f32, !llvm.ptr
        llvm.store %v34, %v48 : f32, !llvm.ptr
        llvm.store %v34, %v49 : f32, !llvm.ptr
        llvm.store %v35, %v50 : f32, !llvm.ptr
        %v51 = arith.index_cast %v24 : i64 to index
        %v52 = arith.index_cast %v6 : i64 to index
        %v53 = arith.index_cast %v1 : i64 to index
        scf.for %v54 = %v51 to %v52 step %v53 {
          %v55 = arith.index_cast %v54 : index to i64
          %v56 = arith.subi %v6, %v1 : i64
          %v57 = arith.subi %v56, %v55 : i64
          %v58 = llvm.load %v29 : !llvm.ptr -> f32
          %v59 = llvm.load %v30 : !llvm.ptr -> f32
          %v60 = llvm.load %v31 : !llvm.ptr -> f32
          %v61 = llvm.load %v32 : !llvm.ptr -> f32
          %v62 = llvm.load %v33 : !llvm.ptr -> f32
          %v63 = arith.addi %v57, %v13 : i64
          %v64 = arith.muli %v63, %v2 : i64
          %v65 = arith.subi %v2, %v1 : i64
          %v66 = arith.minsi %v16, %v65 : i64
          %v67 = arith.addi %v64, %v66 : i64
          %v68 = llvm.getelementptr %segcarry_h[%v67] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v58, %v68 : f32, !llvm.ptr
          %v69 = arith.addi %v6, %v57 : i64
          %v70 = arith.addi %v69, %v13 : i64
          %v71 = arith.muli %v70, %v2 : i64
          %v72 = arith.subi %v2, %v1 : i64
          %v73 = arith.minsi %v16, %v72 : i64
          %v74 = arith.addi %v71, %v73 : i64
          %v75 = llvm.getelementptr %segcarry_h[%v74] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v59, %v75 : f32, !llvm.ptr
          %v77 = arith.muli %v76, %v6 : i64
          %v78 = arith.addi %v77, %v57 : i64
          %v79 = arith.addi %v78, %v13 : i64
          %v80 = arith.muli %v79, %v2 : i64
          %v81 = arith.subi %v2, %v1 : i64
          %v82 = arith.minsi %v16, %v81 : i64
          %v83 = arith.addi %v80, %v82 : i64
          %v84 = llvm.getelementptr %segcarry_h[%v83] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v60, %v84 : f32, !llvm.ptr
          %v86 = arith.muli %v85, %v6 : i64
          %v87 = arith.addi %v86, %v57 : i64
          %v88 = arith.addi %v87, %v13 : i64
          %v89 = arith.muli %v88, %v2 : i64
          %v90 = arith.subi %v2, %v1 : i64
          %v91 = arith.minsi %v16, %v90 : i64
          %v92 = arith.addi %v89, %v91 : i64
          %v93 = llvm.getelementptr %segcarry_h[%v92] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v61, %v93 : f32, !llvm.ptr
          %v95 = arith.muli %v94, %v6 : i64
          %v96 = arith.addi %v95, %v57 : i64
          %v97 = arith.addi %v96, %v13 : i64
          %v98 = arith.muli %v97, %v2 : i64
          %v99 = arith.subi %v2, %v1 : i64
          %v100 = arith.minsi %v16, %v99 : i64
          %v101 = arith.addi %v98, %v100 : i64
          %v102 = llvm.getelementptr %segcarry_h[%v101] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v62, %v102 : f32, !llvm.ptr
          %v103 = arith.addi %v57, %v13 : i64
          %v104 = arith.muli %v103, %v2 : i64
          %v105 = arith.subi %v2, %v1 : i64
          %v106 = arith.minsi %v16, %v105 : i64
          %v107 = arith.addi %v104, %v106 : i64
          %v108 = llvm.getelementptr %segsum_h[%v107] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v109 = llvm.load %v108 : !llvm.ptr -> f32
          %v110 = arith.addi %v6, %v57 : i64
          %v111 = arith.addi %v110, %v13 : i64
          %v112 = arith.muli %v111, %v2 : i64
          %v113 = arith.subi %v2, %v1 : i64
          %v114 = arith.minsi %v16, %v113 : i64
          %v115 = arith.addi %v112, %v114 : i64
          %v116 = llvm.getelementptr %segsum_h[%v115] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v117 = llvm.load %v116 : !llvm.ptr -> f32
          %v118 = arith.muli %v76, %v6 : i64
          %v119 = arith.addi %v118, %v57 : i64
          %v120 = arith.addi %v119, %v13 : i64
          %v121 = arith.muli %v120, %v2 : i64
          %v122 = arith.subi %v2, %v1 : i64
          %v123 = arith.minsi %v16, %v122 : i64
          %v124 = arith.addi %v121, %v123 : i64
          %v125 = llvm.getelementptr %segsum_h[%v124] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v126 = llvm.load %v125 : !llvm.ptr -> f32
          %v127 = arith.muli %v85, %v6 : i64
          %v128 = arith.addi %v127, %v57 : i64
          %v129 = arith.addi %v128, %v13 : i64
          %v130 = arith.muli %v129, %v2 : i64
          %v131 = arith.subi %v2, %v1 : i64
          %v132 = arith.minsi %v16, %v131 : i64
          %v133 = arith.addi %v130, %v132 : i64
          %v134 = llvm.getelementptr %segsum_h[%v133] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v135 = llvm.load %v134 : !llvm.ptr -> f32
          %v136 = arith.muli %v94, %v6 : i64
          %v137 = arith.addi %v136, %v57 : i64
          %v138 = arith.addi %v137, %v13 : i64
          %v139 = arith.muli %v138, %v2 : i64
          %v140 = arith.subi %v2, %v1 : i64
          %v141 = arith.minsi %v16, %v140 : i64
          %v142 = arith.addi %v139, %v141 : i64
          %v143 = llvm.getelementptr %segsum_h[%v142] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v144 = llvm.load %v143 : !llvm.ptr -> f32
          %v146 = arith.muli %v145, %v6 : i64
          %v147 = arith.addi %v146, %v57 : i64
          %v148 = arith.addi %v147, %v13 : i64
          %v149 = arith.muli %v148, %v2 : i64
          %v150 = arith.subi %v2, %v1 : i64
          %v151 = arith.minsi %v16, %v150 : i64
          %v152 = arith.addi %v149, %v151 : i64
          %v153 = llvm.getelementptr %segsum_h[%v152] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v154 = llvm.load %v153 : !llvm.ptr -> f32
          %v156 = arith.muli %v155, %v6 : i64
          %v157 = arith.addi %v156, %v57 : i64
          %v158 = arith.addi %v157, %v13 : i64
          %v159 = arith.muli %v158, %v2 : i64
          %v160 = arith.subi %v2, %v1 : i64
          %v161 = arith.minsi %v16, %v160 : i64
          %v162 = arith.addi %v159, %v161 : i64
          %v163 = llvm.getelementptr %segsum_h[%v162] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v164 = llvm.load %v163 : !llvm.ptr -> f32
          %v166 = arith.muli %v165, %v6 : i64
          %v167 = arith.addi %v166, %v57 : i64
          %v168 = arith.addi %v167, %v13 : i64
          %v169 = arith.muli %v168, %v2 : i64
          %v170 = arith.subi %v2, %v1 : i64
          %v171 = arith.minsi %v16, %v170 : i64
          %v172 = arith.addi %v169, %v171 : i64
          %v173 = llvm.getelementptr %segsum_h[%v172] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v174 = llvm.load %v173 : !llvm.ptr -> f32
          %v176 = arith.muli %v175, %v6 : i64
          %v177 = arith.addi %v176, %v57 : i64
          %v178 = arith.addi %v177, %v13 : i64
          %v179 = arith.muli %v178, %v2 : i64
          %v180 = arith.subi %v2, %v1 : i64
          %v181 = arith.minsi %v16, %v180 : i64
          %v182 = arith.addi %v179, %v181 : i64
          %v183 = llvm.getelementptr %segsum_h[%v182] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v184 = llvm.load %v183 : !llvm.ptr -> f32
          %v185 = llvm.load %v36 : !llvm.ptr -> f32
          %v186 = llvm.load %v37 : !llvm.ptr -> f32
          %v187 = llvm.load %v38 : !llvm.ptr -> f32
          %v188 = llvm.load %v39 : !llvm.ptr -> f32
          %v189 = llvm.load %v40 : !llvm.ptr -> f32
          %v190 = arith.addi %v57, %v13 : i64
          %v191 = arith.muli %v190, %v2 : i64
          %v192 = arith.subi %v2, %v1 : i64
          %v193 = arith.minsi %v16, %v192 : i64
          %v194 = arith.addi %v191, %v193 : i64
          %v195 = llvm.getelementptr %segcarry_h_lag1[%v194] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v185, %v195 : f32, !llvm.ptr
          %v196 = arith.addi %v6, %v57 : i64
          %v197 = arith.addi %v196, %v13 : i64
          %v198 = arith.muli %v197, %v2 : i64
          %v199 = arith.subi %v2, %v1 : i64
          %v200 = arith.minsi %v16, %v199 : i64
          %v201 = arith.addi %v198, %v200 : i64
          %v202 = llvm.getelementptr %segcarry_h_lag1[%v201] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v186, %v202 : f32, !llvm.ptr
          %v203 = arith.muli %v76, %v6 : i64
          %v204 = arith.addi %v203, %v57 : i64
          %v205 = arith.addi %v204, %v13 : i64
          %v206 = arith.muli %v205, %v2 : i64
          %v207 = arith.subi %v2, %v1 : i64
          %v208 = arith.minsi %v16, %v207 : i64
          %v209 = arith.addi %v206, %v208 : i64
          %v210 = llvm.getelementptr %segcarry_h_lag1[%v209] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v187, %v210 : f32, !llvm.ptr
          %v211 = arith.muli %v85, %v6 : i64
          %v212 = arith.addi %v211, %v57 : i64
          %v213 = arith.addi %v212, %v13 : i64
          %v214 = arith.muli %v213, %v2 : i64
          %v215 = arith.subi %v2, %v1 : i64
          %v216 = arith.minsi %v16, %v215 : i64
          %v217 = arith.addi %v214, %v216 : i64
          %v218 = llvm.getelementptr %segcarry_h_lag1[%v217] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v188, %v218 : f32, !llvm.ptr
          %v219 = arith.muli %v94, %v6 : i64
          %v220 = arith.addi %v219, %v57 : i64
          %v221 = arith.addi %v220, %v13 : i64
          %v222 = arith.muli %v221, %v2 : i64
          %v223 = arith.subi %v2, %v1 : i64
          %v224 = arith.minsi %v16, %v223 : i64
          %v225 = arith.addi %v222, %v224 : i64
          %v226 = llvm.getelementptr %segcarry_h_lag1[%v225] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v189, %v226 : f32, !llvm.ptr
          %v227 = arith.addi %v57, %v13 : i64
          %v228 = arith.muli %v227, %v2 : i64
          %v229 = arith.subi %v2, %v1 : i64
          %v230 = arith.minsi %v16, %v229 : i64
          %v231 = arith.addi %v228, %v230 : i64
          %v232 = llvm.getelementptr %segsum_h_lag1[%v231] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v233 = llvm.load %v232 : !llvm.ptr -> f32
          %v234 = arith.addi %v6, %v57 : i64
          %v235 = arith.addi %v234, %v13 : i64
          %v236 = arith.muli %v235, %v2 : i64
          %v237 = arith.subi %v2, %v1 : i64
          %v238 = arith.minsi %v16, %v237 : i64
          %v239 = arith.addi %v236, %v238 : i64
          %v240 = llvm.getelementptr %segsum_h_lag1[%v239] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v241 = llvm.load %v240 : !llvm.ptr -> f32
          %v242 = arith.muli %v76, %v6 : i64
          %v243 = arith.addi %v242, %v57 : i64
          %v244 = arith.addi %v243, %v13 : i64
          %v245 = arith.muli %v244, %v2 : i64
          %v246 = arith.subi %v2, %v1 : i64
          %v247 = arith.minsi %v16, %v246 : i64
          %v248 = arith.addi %v245, %v247 : i64
          %v249 = llvm.getelementptr %segsum_h_lag1[%v248] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v250 = llvm.load %v249 : !llvm.ptr -> f32
          %v251 = arith.muli %v85, %v6 : i64
          %v252 = arith.addi %v251, %v57 : i64
          %v253 = arith.addi %v252, %v13 : i64
          %v254 = arith.muli %v253, %v2 : i64
          %v255 = arith.subi %v2, %v1 : i64
          %v256 = arith.minsi %v16, %v255 : i64
          %v257 = arith.addi %v254, %v256 : i64
          %v258 = llvm.getelementptr %segsum_h_lag1[%v257] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v259 = llvm.load %v258 : !llvm.ptr -> f32
          %v260 = arith.muli %v94, %v6 : i64
          %v261 = arith.addi %v260, %v57 : i64
          %v262 = arith.addi %v261, %v13 : i64
          %v263 = arith.muli %v262, %v2 : i64
          %v264 = arith.subi %v2, %v1 : i64
          %v265 = arith.minsi %v16, %v264 : i64
          %v266 = arith.addi %v263, %v265 : i64
          %v267 = llvm.getelementptr %segsum_h_lag1[%v266] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v268 = llvm.load %v267 : !llvm.ptr -> f32
          %v269 = arith.muli %v145, %v6 : i64
          %v270 = arith.addi %v269, %v57 : i64
          %v271 = arith.addi %v270, %v13 : i64
          %v272 = arith.muli %v271, %v2 : i64
          %v273 = arith.subi %v2, %v1 : i64
          %v274 = arith.minsi %v16, %v273 : i64
          %v275 = arith.addi %v272, %v274 : i64
          %v276 = llvm.getelementptr %segsum_h_lag1[%v275] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v277 = llvm.load %v276 : !llvm.ptr -> f32
          %v278 = arith.muli %v155, %v6 : i64
          %v279 = arith.addi %v278, %v57 : i64
          %v280 = arith.addi %v279, %v13 : i64
          %v281 = arith.muli %v280, %v2 : i64
          %v282 = arith.subi %v2, %v1 : i64
          %v283 = arith.minsi %v16, %v282 : i64
          %v284 = arith.addi %v281, %v283 : i64
          %v285 = llvm.getelementptr %segsum_h_lag1[%v284] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v286 = llvm.load %v285 : !llvm.ptr -> f32
          %v287 = arith.muli %v165, %v6 : i64
          %v288 = arith.addi %v287, %v57 : i64
          %v289 = arith.addi %v288, %v13 : i64
          %v290 = arith.muli %v289, %v2 : i64
          %v291 = arith.subi %v2, %v1 : i64
          %v292 = arith.minsi %v16, %v291 : i64
          %v293 = arith.addi %v290, %v292 : i64
          %v294 = llvm.getelementptr %segsum_h_lag1[%v293] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v295 = llvm.load %v294 : !llvm.ptr -> f32
          %v296 = arith.muli %v175, %v6 : i64
          %v297 = arith.addi %v296, %v57 : i64
          %v298 = arith.addi %v297, %v13 : i64
          %v299 = arith.muli %v298, %v2 : i64
          %v300 = arith.subi %v2, %v1 : i64
          %v301 = arith.minsi %v16, %v300 : i64
          %v302 = arith.addi %v299, %v301 : i64
          %v303 = llvm.getelementptr %segsum_h_lag1[%v302] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v304 = llvm.load %v303 : !llvm.ptr -> f32
          %v305 = llvm.load %v41 : !llvm.ptr -> f32
          %v306 = llvm.load %v42 : !llvm.ptr -> f32
          %v307 = llvm.load %v43 : !llvm.ptr -> f32
          %v308 = llvm.load %v44 : !llvm.ptr -> f32
          %v309 = llvm.load %v45 : !llvm.ptr -> f32
          %v310 = arith.addi %v57, %v13 : i64
          %v311 = arith.muli %v310, %v2 : i64
          %v312 = arith.subi %v2, %v1 : i64
          %v313 = arith.minsi %v16, %v312 : i64
          %v314 = arith.addi %v311, %v313 : i64
          %v315 = llvm.getelementptr %segcarry_e_lag1[%v314] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v305, %v315 : f32, !llvm.ptr
          %v316 = arith.addi %v6, %v57 : i64
          %v317 = arith.addi %v316, %v13 : i64
          %v318 = arith.muli %v317, %v2 : i64
          %v319 = arith.subi %v2, %v1 : i64
          %v320 = arith.minsi %v16, %v319 : i64
          %v321 = arith.addi %v318, %v320 : i64
          %v322 = llvm.getelementptr %segcarry_e_lag1[%v321] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v306, %v322 : f32, !llvm.ptr
          %v323 = arith.muli %v76, %v6 : i64
          %v324 = arith.addi %v323, %v57 : i64
          %v325 = arith.addi %v324, %v13 : i64
          %v326 = arith.muli %v325, %v2 : i64
          %v327 = arith.subi %v2, %v1 : i64
          %v328 = arith.minsi %v16, %v327 : i64
          %v329 = arith.addi %v326, %v328 : i64
          %v330 = llvm.getelementptr %segcarry_e_lag1[%v329] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v307, %v330 : f32, !llvm.ptr
          %v331 = arith.muli %v85, %v6 : i64
          %v332 = arith.addi %v331, %v57 : i64
          %v333 = arith.addi %v332, %v13 : i64
          %v334 = arith.muli %v333, %v2 : i64
          %v335 = arith.subi %v2, %v1 : i64
          %v336 = arith.minsi %v16, %v335 : i64
          %v337 = arith.addi %v334, %v336 : i64
          %v338 = llvm.getelementptr %segcarry_e_lag1[%v337] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v308, %v338 : f32, !llvm.ptr
          %v339 = arith.muli %v94, %v6 : i64
          %v340 = arith.addi %v339, %v57 : i64
          %v341 = arith.addi %v340, %v13 : i64
          %v342 = arith.muli %v341, %v2 : i64
          %v343 = arith.subi %v2, %v1 : i64
          %v344 = arith.minsi %v16, %v343 : i64
          %v345 = arith.addi %v342, %v344 : i64
          %v346 = llvm.getelementptr %segcarry_e_lag1[%v345] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v309, %v346 : f32, !llvm.ptr
          %v347 = arith.addi %v57, %v13 : i64
          %v348 = arith.muli %v347, %v2 : i64
          %v349 = arith.subi %v2, %v1 : i64
          %v350 = arith.minsi %v16, %v349 : i64
          %v351 = arith.addi %v348, %v350 : i64
          %v352 = llvm.getelementptr %segsum_e_lag1[%v351] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v353 = llvm.load %v352 : !llvm.ptr -> f32
          %v354 = arith.addi %v6, %v57 : i64
          %v355 = arith.addi %v354, %v13 : i64
          %v356 = arith.muli %v355, %v2 : i64
          %v357 = arith.subi %v2, %v1 : i64
          %v358 = arith.minsi %v16, %v357 : i64
          %v359 = arith.addi %v356, %v358 : i64
          %v360 = llvm.getelementptr %segsum_e_lag1[%v359] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v361 = llvm.load %v360 : !llvm.ptr -> f32
          %v362 = arith.muli %v76, %v6 : i64
          %v363 = arith.addi %v362, %v57 : i64
          %v364 = arith.addi %v363, %v13 : i64
          %v365 = arith.muli %v364, %v2 : i64
          %v366 = arith.subi %v2, %v1 : i64
          %v367 = arith.minsi %v16, %v366 : i64
          %v368 = arith.addi %v365, %v367 : i64
          %v369 = llvm.getelementptr %segsum_e_lag1[%v368] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v370 = llvm.load %v369 : !llvm.ptr -> f32
          %v371 = arith.muli %v85, %v6 : i64
          %v372 = arith.addi %v371, %v57 : i64
          %v373 = arith.addi %v372, %v13 : i64
          %v374 = arith.muli %v373, %v2 : i64
          %v375 = arith.subi %v2, %v1 : i64
          %v376 = arith.minsi %v16, %v375 : i64
          %v377 = arith.addi %v374, %v376 : i64
          %v378 = llvm.getelementptr %segsum_e_lag1[%v377] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v379 = llvm.load %v378 : !llvm.ptr -> f32
          %v380 = arith.muli %v94, %v6 : i64
          %v381 = arith.addi %v380, %v57 : i64
          %v382 = arith.addi %v381, %v13 : i64
          %v383 = arith.muli %v382, %v2 : i64
          %v384 = arith.subi %v2, %v1 : i64
          %v385 = arith.minsi %v16, %v384 : i64
          %v386 = arith.addi %v383, %v385 : i64
          %v387 = llvm.getelementptr %segsum_e_lag1[%v386] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v388 = llvm.load %v387 : !llvm.ptr -> f32
          %v389 = arith.muli %v145, %v6 : i64
          %v390 = arith.addi %v389, %v57 : i64
          %v391 = arith.addi %v390, %v13 : i64
          %v392 = arith.muli %v391, %v2 : i64
          %v393 = arith.subi %v2, %v1 : i64
          %v394 = arith.minsi %v16, %v393 : i64
          %v395 = arith.addi %v392, %v394 : i64
          %v396 = llvm.getelementptr %segsum_e_lag1[%v395] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v397 = llvm.load %v396 : !llvm.ptr -> f32
          %v398 = arith.muli %v155, %v6 : i64
          %v399 = arith.addi %v398, %v57 : i64
          %v400 = arith.addi %v399, %v13 : i64
          %v401 = arith.muli %v400, %v2 : i64
          %v402 = arith.subi %v2, %v1 : i64
          %v403 = arith.minsi %v16, %v402 : i64
          %v404 = arith.addi %v401, %v403 : i64
          %v405 = llvm.getelementptr %segsum_e_lag1[%v404] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v406 = llvm.load %v405 : !llvm.ptr -> f32
          %v407 = arith.muli %v165, %v6 : i64
          %v408 = arith.addi %v407, %v57 : i64
          %v409 = arith.addi %v408, %v13 : i64
          %v410 = arith.muli %v409, %v2 : i64
          %v411 = arith.subi %v2, %v1 : i64
          %v412 = arith.minsi %v16, %v411 : i64
          %v413 = arith.addi %v410, %v412 : i64
          %v414 = llvm.getelementptr %segsum_e_lag1[%v413] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v415 = llvm.load %v414 : !llvm.ptr -> f32
          %v416 = arith.muli %v175, %v6 : i64
          %v417 = arith.addi %v416, %v57 : i64
          %v418 = arith.addi %v417, %v13 : i64
          %v419 = arith.muli %v418, %v2 : i64
          %v420 = arith.subi %v2, %v1 : i64
          %v421 = arith.minsi %v16, %v420 : i64
          %v422 = arith.addi %v419, %v421 : i64
          %v423 = llvm.getelementptr %segsum_e_lag1[%v422] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v424 = llvm.load %v423 : !llvm.ptr -> f32
          %v425 = llvm.load %v46 : !llvm.ptr -> f32
          %v426 = llvm.load %v47 : !llvm.ptr -> f32
          %v427 = llvm.load %v48 : !llvm.ptr -> f32
          %v428 = llvm.load %v49 : !llvm.ptr -> f32
          %v429 = llvm.load %v50 : !llvm.ptr -> f32
          %v430 = arith.addi %v57, %v13 : i64
          %v431 = arith.muli %v430, %v2 : i64
          %v432 = arith.subi %v2, %v1 : i64
          %v433 = arith.minsi %v16, %v432 : i64
          %v434 = arith.addi %v431, %v433 : i64
          %v435 = llvm.getelementptr %segcarry_e_lag2[%v434] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v425, %v435 : f32, !llvm.ptr
          %v436 = arith.addi %v6, %v57 : i64
          %v437 = arith.addi %v436, %v13 : i64
          %v438 = arith.muli %v437, %v2 : i64
          %v439 = arith.subi %v2, %v1 : i64
          %v440 = arith.minsi %v16, %v439 : i64
          %v441 = arith.addi %v438, %v440 : i64
          %v442 = llvm.getelementptr %segcarry_e_lag2[%v441] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v426, %v442 : f32, !llvm.ptr
          %v443 = arith.muli %v76, %v6 : i64
          %v444 = arith.addi %v443, %v57 : i64
          %v445 = arith.addi %v444, %v13 : i64
          %v446 = arith.muli %v445, %v2 : i64
          %v447 = arith.subi %v2, %v1 : i64
          %v448 = arith.minsi %v16, %v447 : i64
          %v449 = arith.addi %v446, %v448 : i64
          %v450 = llvm.getelementptr %segcarry_e_lag2[%v449] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v427, %v450 : f32, !llvm.ptr
          %v451 = arith.muli %v85, %v6 : i64
          %v452 = arith.addi %v451, %v57 : i64
          %v453 = arith.addi %v452, %v13 : i64
          %v454 = arith.muli %v453, %v2 : i64
          %v455 = arith.subi %v2, %v1 : i64
          %v456 = arith.minsi %v16, %v455 : i64
          %v457 = arith.addi %v454, %v456 : i64
          %v458 = llvm.getelementptr %segcarry_e_lag2[%v457] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v428, %v458 : f32, !llvm.ptr
          %v459 = arith.muli %v94, %v6 : i64
          %v460 = arith.addi %v459, %v57 : i64
          %v461 = arith.addi %v460, %v13 : i64
          %v462 = arith.muli %v461, %v2 : i64
          %v463 = arith.subi %v2, %v1 : i64
          %v464 = arith.minsi %v16, %v463 : i64
          %v465 = arith.addi %v462, %v464 : i64
          %v466 = llvm.getelementptr %segcarry_e_lag2[%v465] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v429, %v466 : f32, !llvm.ptr
          %v467 = arith.addi %v57, %v13 : i64
          %v468 = arith.muli %v467, %v2 : i64
          %v469 = arith.subi %v2, %v1 : i64
          %v470 = arith.minsi %v16, %v469 : i64
          %v471 = arith.addi %v468, %v470 : i64
          %v472 = llvm.getelementptr %segsum_e_lag2[%v471] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v473 = llvm.load %v472 : !llvm.ptr -> f32
          %v474 = arith.addi %v6, %v57 : i64
          %v475 = arith.addi %v474, %v13 : i64
          %v476 = arith.muli %v475, %v2 : i64
          %v477 = arith.subi %v2, %v1 : i64
          %v478 = arith.minsi %v16, %v477 : i64
          %v479 = arith.addi %v476, %v478 : i64
          %v480 = llvm.getelementptr %segsum_e_lag2[%v479] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v481 = llvm.load %v480 : !llvm.ptr -> f32
          %v482 = arith.muli %v76, %v6 : i64
          %v483 = arith.addi %v482, %v57 : i64
          %v484 = arith.addi %v483, %v13 : i64
          %v485 = arith.muli %v484, %v2 : i64
          %v486 = arith.subi %v2, %v1 : i64
          %v487 = arith.minsi %v16, %v486 : i64
          %v488 = arith.addi %v485, %v487 : i64
          %v489 = llvm.getelementptr %segsum_e_lag2[%v488] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v490 = llvm.load %v489 : !llvm.ptr -> f32
          %v491 = arith.muli %v85, %v6 : i64
          %v492 = arith.addi %v491, %v57 : i64
          %v493 = arith.addi %v492, %v13 : i64
          %v494 = arith.muli %v493, %v2 : i64
          %v495 = arith.subi %v2, %v1 : i64
          %v496 = arith.minsi %v16, %v495 : i64
          %v497 = arith.addi %v494, %v496 : i64
          %v498 = llvm.getelementptr %segsum_e_lag2[%v497] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v499 = llvm.load %v498 : !llvm.ptr -> f32
          %v500 = arith.muli %v94, %v6 : i64
          %v501 = arith.addi %v500, %v57 : i64
          %v502 = arith.addi %v501, %v13 : i64
          %v503 = arith.muli %v502, %v2 : i64
          %v504 = arith.subi %v2, %v1 : i64
          %v505 = arith.minsi %v16, %v504 : i64
          %v506 = arith.addi %v503, %v505 : i64
          %v507 = llvm.getelementptr %segsum_e_lag2[%v506] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v508 = llvm.load %v507 : !llvm.ptr -> f32
          %v509 = arith.muli %v145, %v6 : i64
          %v510 = arith.addi %v509, %v57 : i64
          %v511 = arith.addi %v510, %v13 : i64
          %v512 = arith.muli %v511, %v2 : i64
          %v513 = arith.subi %v2, %v1 : i64
          %v514 = arith.minsi %v16, %v513 : i64
          %v515 = arith.addi %v512, %v514 : i64
          %v516 = llvm.getelementptr %segsum_e_lag2[%v515] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v517 = llvm.load %v516 : !llvm.ptr -> f32
          %v518 = arith.muli %v155, %v6 : i64
          %v519 = arith.addi %v518, %v57 : i64
          %v520 = arith.addi %v519, %v13 : i64
          %v521 = arith.muli %v520, %v2 : i64
          %v522 = arith.subi %v2, %v1 : i64
          %v523 = arith.minsi %v16, %v522 : i64
          %v524 = arith.addi %v521, %v523 : i64
          %v525 = llvm.getelementptr %segsum_e_lag2[%v524] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v526 = llvm.load %v525 : !llvm.ptr -> f32
          %v527 = arith.muli %v165, %v6 : i64
          %v528 = arith.addi %v527, %v57 : i64
          %v529 = arith.addi %v528, %v13 : i64
          %v530 = arith.muli %v529, %v2 : i64
          %v531 = arith.subi %v2, %v1 : i64
          %v532 = arith.minsi %v16, %v531 : i64
          %v533 = arith.addi %v530, %v532 : i64
          %v534 = llvm.getelementptr %segsum_e_lag2[%v533] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v535 = llvm.load %v534 : !llvm.ptr -> f32
          %v536 = arith.muli %v175, %v6 : i64
          %v537 = arith.addi %v536, %v57 : i64
          %v538 = arith.addi %v537, %v13 : i64
          %v539 = arith.muli %v538, %v2 : i64
          %v540 = arith.subi %v2, %v1 : i64
          %v541 = arith.minsi %v16, %v540 : i64
          %v542 = arith.addi %v539, %v541 : i64
          %v543 = llvm.getelementptr %segsum_e_lag2[%v542] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v544 = llvm.load %v543 : !llvm.ptr -> f32
          %v545 = arith.mulf %v59, %v58 fastmath<contract> : f32
          %v546 = arith.mulf %v60, %v185 fastmath<contract> : f32
          %v547 = arith.addf %v546, %v545 fastmath<contract> : f32
          %v548 = arith.mulf %v61, %v305 fastmath<contract> : f32
          %v549 = arith.addf %v548, %v547 fastmath<contract> : f32
          %v550 = arith.mulf %v62, %v425 fastmath<contract> : f32
          %v551 = arith.addf %v550, %v549 fastmath<contract> : f32
          %v552 = arith.mulf %v186, %v58 fastmath<contract> : f32
          %v553 = arith.mulf %v187, %v185 fastmath<contract> : f32
          %v554 = arith.addf %v553, %v552 fastmath<contract> : f32
          %v555 = arith.mulf %v188, %v305 fastmath<contract> : f32
          %v556 = arith.addf %v555, %v554 fastmath<contract> : f32
          %v557 = arith.mulf %v189, %v425 fastmath<contract> : f32
          %v558 = arith.addf %v557, %v556 fastmath<contract> : f32
          %v559 = arith.mulf %v306, %v58 fastmath<contract> : f32
          %v560 = arith.mulf %v307, %v185 fastmath<contract> : f32
          %v561 = arith.addf %v560, %v559 fastmath<contract> : f32
          %v562 = arith.mulf %v308, %v305 fastmath<contract> : f32
          %v563 = arith.addf %v562, %v561 fastmath<contract> : f32
          %v564 = arith.mulf %v309, %v425 fastmath<contract> : f32
          %v565 = arith.addf %v564, %v563 fastmath<contract> : f32
          %v566 = arith.mulf %v426, %v58 fastmath<contract> : f32
          %v567 = arith.mulf %v427, %v185 fastmath<contract> : f32
          %v568 = arith.addf %v567, %v566 fastmath<contract> : f32
          %v569 = arith.mulf %v428, %v305 fastmath<contract> : f32
          %v570 = arith.addf %v569, %v568 fastmath<contract> : f32
          %v571 = arith.mulf %v429, %v425 fastmath<contract> : f32
          %v572 = arith.addf %v571, %v570 fastmath<contract> : f32
          %v573 = arith.mulf %v117, %v551 fastmath<contract> : f32
          %v574 = arith.addf %v573, %v109 fastmath<contract> : f32
          %v575 = arith.mulf %v126, %v558 fastmath<contract> : f32
          %v576 = arith.addf %v575, %v574 fastmath<contract> : f32
          %v577 = arith.mulf %v135, %v565 fastmath<contract> : f32
          %v578 = arith.addf %v577, %v576 fastmath<contract> : f32
          %v579 = arith.mulf %v144, %v572 fastmath<contract> : f32
          %v580 = arith.addf %v579, %v578 fastmath<contract> : f32
          llvm.store %v580, %v29 : f32, !llvm.ptr
          llvm.store %v154, %v30 : f32, !llvm.ptr
          llvm.store %v164, %v31 : f32, !llvm.ptr
          llvm.store %v174, %v32 : f32, !llvm.ptr
          llvm.store %v184, %v33 : f32, !llvm.ptr
          %v581 = arith.mulf %v241, %v551 fastmath<contract> : f32
          %v582 = arith.addf %v581, %v233 fastmath<contract> : f32
          %v583 = arith.mulf %v250, %v558 fastmath<contract> : f32
          %v584 = arith.addf %v583, %v582 fastmath<contract> : f32
          %v585 = arith.mulf %v259, %v565 fastmath<contract> : f32
          %v586 = arith.addf %v585, %v584 fastmath<contract> : f32
          %v587 = arith.mulf %v268, %v572 fastmath<contract> : f32
          %v588 = arith.addf %v587, %v586 fastmath<contract> : f32
          llvm.store %v588, %v36 : f32, !llvm.ptr
          llvm.store %v277, %v37 : f32, !llvm.ptr
          llvm.store %v286, %v38 : f32, !llvm.ptr
          llvm.store %v295, %v39 : f32, !llvm.ptr
          llvm.store %v304, %v40 : f32, !llvm.ptr
          %v589 = arith.mulf %v361, %v551 fastmath<contract> : f32
          %v590 = arith.addf %v589, %v353 fastmath<contract> : f32
          %v591 = arith.mulf %v370, %v558 fastmath<contract> : f32
          %v592 = arith.addf %v591, %v590 fastmath<contract> : f32
          %v593 = arith.mulf %v379, %v565 fastmath<contract> : f32
          %v594 = arith.addf %v593, %v592 fastmath<contract> : f32
          %v595 = arith.mulf %v388, %v572 fastmath<contract> : f32
          %v596 = arith.addf %v595, %v594 fastmath<contract> : f32
          llvm.store %v596, %v41 : f32, !llvm.ptr
          llvm.store %v397, %v42 : f32, !llvm.ptr
          llvm.store %v406, %v43 : f32, !llvm.ptr
          llvm.store %v415, %v44 : f32, !llvm.ptr
          llvm.store %v424, %v45 : f32, !llvm.ptr
          %v597 = arith.mulf %v481, %v551 fastmath<contract> : f32
          %v598 = arith.addf %v597, %v473 fastmath<contract> : f32
          %v599 = arith.mulf %v490, %v558 fastmath<contract> : f32
          %v600 = arith.addf %v599, %v598 fastmath<contract> : f32
          %v601 = arith.mulf %v499, %v565 fastmath<contract> : f32
          %v602 = arith.addf %v601, %v600 fastmath<contract> : f32
          %v603 = arith.mulf %v508, %v572 fastmath<contract> : f32
          %v604 = arith.addf %v603, %v602 fastmath<contract> : f32
          llvm.store %v604, %v46 : f32, !llvm.ptr
          llvm.store %v517, %v47 : f32, !llvm.ptr
          llvm.store %v526, %v48 : f32, !llvm.ptr
          llvm.store %v535, %v49 : f32, !llvm.ptr
          llvm.store %v544, %v50 : f32, !llvm.ptr
        }
      }
      // end carry scan
      gpu.return
    }
  }
}
