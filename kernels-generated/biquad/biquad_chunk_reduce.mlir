module attributes {gpu.container_module} {
  gpu.module @linrec {
    llvm.mlir.global internal @rows_biquad_chunk_reduce() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<192 x i64>
    llvm.mlir.global internal @smem_biquad_chunk_reduce() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<6336 x f32>
    gpu.func @biquad_chunk_reduce(%in_x: !llvm.ptr, %in_rho: !llvm.ptr, %in_theta: !llvm.ptr, %in_h0: !llvm.ptr, %in_hp0: !llvm.ptr, %agga_h: !llvm.ptr, %aggb_h: !llvm.ptr, %agga_hp: !llvm.ptr, %aggb_hp: !llvm.ptr, %size_B: i64, %size_D: i64, %size_L: i64) kernel {
      %v1 = arith.constant 1 : i64
      %v2 = arith.muli %v1, %size_B : i64
      %v3 = arith.muli %v2, %size_D : i64
      %v4 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v5 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v6 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v7 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v8 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v9 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v10 = llvm.mlir.addressof @rows_biquad_chunk_reduce : !llvm.ptr<3>
      %v11 = llvm.mlir.addressof @smem_biquad_chunk_reduce : !llvm.ptr<3>
      %v12 = arith.constant 255 : i64
      %v13 = arith.addi %size_L, %v12 : i64
      %v14 = arith.constant 256 : i64
      %v15 = arith.divui %v13, %v14 : i64
      %v20 = arith.constant 64 : i64
      %v35 = arith.constant 0 : i64
      %v36 = arith.muli %v1, %size_L : i64
      %v37 = arith.muli %v36, %size_D : i64
      %v59 = arith.constant 2 : i64
      %v63 = arith.constant 0x00000000 : f32
      %v64 = arith.constant 0x3F800000 : f32
      %v68 = arith.constant 32 : i64
      %v81 = arith.constant 33 : i64
      %v100 = arith.constant 4 : i64
      %v115 = arith.constant 6 : i64
      %v130 = arith.constant 8 : i64
      %v145 = arith.constant 10 : i64
      %v160 = arith.constant 12 : i64
      %v175 = arith.constant 14 : i64
      %v190 = arith.constant 16 : i64
      %v205 = arith.constant 18 : i64
      %v220 = arith.constant 20 : i64
      %v235 = arith.constant 22 : i64
      %v250 = arith.constant 24 : i64
      %v265 = arith.constant 26 : i64
      %v280 = arith.constant 28 : i64
      %v295 = arith.constant 30 : i64
      %v324 = arith.constant 34 : i64
      %v339 = arith.constant 36 : i64
      %v354 = arith.constant 38 : i64
      %v369 = arith.constant 40 : i64
      %v384 = arith.constant 42 : i64
      %v399 = arith.constant 44 : i64
      %v414 = arith.constant 46 : i64
      %v429 = arith.constant 48 : i64
      %v444 = arith.constant 50 : i64
      %v459 = arith.constant 52 : i64
      %v474 = arith.constant 54 : i64
      %v489 = arith.constant 56 : i64
      %v504 = arith.constant 58 : i64
      %v519 = arith.constant 60 : i64
      %v534 = arith.constant 62 : i64
      %v1067 = arith.constant 128 : i64
      %v2910 = arith.constant 0x40000000 : f32
      %v2918 = arith.constant 0x3FB8AA3B : f32
      %v2930 = arith.constant 0x3E22F983 : f32
      %v2933 = arith.constant 0x40C90000 : f32
      %v2934 = arith.constant 0x3AFDAA22 : f32
      %v3002 = arith.constant 192 : i64
      %v3017 = arith.constant 320 : i64
      %v3025 = arith.constant 384 : i64
      %v3033 = arith.constant 448 : i64
      %v3041 = arith.constant 512 : i64
      %v3049 = arith.constant 576 : i64
      %v3057 = arith.constant 640 : i64
      %v3065 = arith.constant 704 : i64
      %v3073 = arith.constant 768 : i64
      %v3081 = arith.constant 832 : i64
      %v3089 = arith.constant 896 : i64
      %v3097 = arith.constant 960 : i64
      %v3105 = arith.constant 1024 : i64
      %v3113 = arith.constant 1088 : i64
      %v3121 = arith.constant 1152 : i64
      %v3129 = arith.constant 1216 : i64
      %v3137 = arith.constant 1280 : i64
      %v3145 = arith.constant 1344 : i64
      %v3153 = arith.constant 1408 : i64
      %v3161 = arith.constant 1472 : i64
      %v3169 = arith.constant 1536 : i64
      %v3177 = arith.constant 1600 : i64
      %v3185 = arith.constant 1664 : i64
      %v3193 = arith.constant 1728 : i64
      %v3201 = arith.constant 1792 : i64
      %v3209 = arith.constant 1856 : i64
      %v3217 = arith.constant 1920 : i64
      %v3225 = arith.constant 1984 : i64
      %v16 = gpu.block_id x
      %v17 = gpu.thread_id x
      %v18 = arith.index_cast %v17 : index to i64
      %v19 = arith.index_cast %v16 : index to i64
      %v21 = arith.subi %v20, %v1 : i64
      %v22 = arith.addi %v3, %v21 : i64
      %v23 = arith.divui %v22, %v20 : i64
      %v24 = arith.divui %v19, %v23 : i64
      %v25 = arith.remui %v19, %v23 : i64
      %v26 = arith.muli %v25, %v20 : i64
      %v27 = arith.addi %v26, %v18 : i64
      %v28 = arith.cmpi slt, %v27, %v3 : i64
      %v29 = arith.subi %v3, %v1 : i64
      %v30 = arith.minsi %v27, %v29 : i64
      %v31 = arith.remui %v30, %size_D : i64
      %v32 = arith.divui %v30, %size_D : i64
      %v33 = arith.remui %v32, %size_B : i64
      %v34 = arith.divui %v32, %size_B : i64
      %v38 = arith.muli %v33, %v37 : i64
      %v39 = arith.muli %v31, %v36 : i64
      %v40 = arith.addi %v38, %v39 : i64
      %v41 = arith.muli %v35, %v1 : i64
      %v42 = arith.addi %v40, %v41 : i64
      %v43 = arith.muli %v35, %v20 : i64
      %v44 = arith.addi %v43, %v18 : i64
      %v45 = llvm.getelementptr %v10[%v44] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      llvm.store %v42, %v45 : i64, !llvm.ptr<3>
      %v46 = arith.muli %v33, %v37 : i64
      %v47 = arith.muli %v31, %v36 : i64
      %v48 = arith.addi %v46, %v47 : i64
      %v49 = arith.muli %v35, %v1 : i64
      %v50 = arith.addi %v48, %v49 : i64
      %v51 = arith.muli %v1, %v20 : i64
      %v52 = arith.addi %v51, %v18 : i64
      %v53 = llvm.getelementptr %v10[%v52] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      llvm.store %v50, %v53 : i64, !llvm.ptr<3>
      %v54 = arith.muli %v33, %v37 : i64
      %v55 = arith.muli %v31, %v36 : i64
      %v56 = arith.addi %v54, %v55 : i64
      %v57 = arith.muli %v35, %v1 : i64
      %v58 = arith.addi %v56, %v57 : i64
      %v60 = arith.muli %v59, %v20 : i64
      %v61 = arith.addi %v60, %v18 : i64
      %v62 = llvm.getelementptr %v10[%v61] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      llvm.store %v58, %v62 : i64, !llvm.ptr<3>
      gpu.barrier
      llvm.store %v63, %v4 : f32, !llvm.ptr
      llvm.store %v63, %v5 : f32, !llvm.ptr
      llvm.store %v64, %v6 : f32, !llvm.ptr
      llvm.store %v63, %v7 : f32, !llvm.ptr
      llvm.store %v63, %v8 : f32, !llvm.ptr
      llvm.store %v64, %v9 : f32, !llvm.ptr
      %v65 = arith.muli %v24, %v14 : i64
      %v66 = arith.addi %v65, %v14 : i64
      %v67 = arith.minsi %v66, %size_L : i64
      // staged load of `x`'s first tile: read, then shared memory
      %v69 = arith.divui %v18, %v68 : i64
      %v70 = arith.remui %v18, %v68 : i64
      %v71 = arith.addi %v69, %v35 : i64
      %v72 = arith.constant true
      %v73 = arith.addi %v35, %v71 : i64
      %v74 = llvm.getelementptr %v10[%v73] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v75 = llvm.load %v74 : !llvm.ptr<3> -> i64
      %v76 = arith.addi %v65, %v70 : i64
      %v77 = arith.cmpi slt, %v76, %v67 : i64
      %v78 = arith.subi %size_L, %v1 : i64
      %v79 = arith.minsi %v76, %v78 : i64
      %v80 = arith.addi %v75, %v79 : i64
      %v82 = arith.muli %v73, %v81 : i64
      %v83 = arith.addi %v82, %v70 : i64
      %v84 = llvm.getelementptr %in_x[%v80] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v85 = llvm.load %v84 : !llvm.ptr -> f32
      %v86 = arith.addi %v69, %v59 : i64
      %v87 = arith.constant true
      %v88 = arith.addi %v35, %v86 : i64
      %v89 = llvm.getelementptr %v10[%v88] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v90 = llvm.load %v89 : !llvm.ptr<3> -> i64
      %v91 = arith.addi %v65, %v70 : i64
      %v92 = arith.cmpi slt, %v91, %v67 : i64
      %v93 = arith.subi %size_L, %v1 : i64
      %v94 = arith.minsi %v91, %v93 : i64
      %v95 = arith.addi %v90, %v94 : i64
      %v96 = arith.muli %v88, %v81 : i64
      %v97 = arith.addi %v96, %v70 : i64
      %v98 = llvm.getelementptr %in_x[%v95] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v99 = llvm.load %v98 : !llvm.ptr -> f32
      %v101 = arith.addi %v69, %v100 : i64
      %v102 = arith.constant true
      %v103 = arith.addi %v35, %v101 : i64
      %v104 = llvm.getelementptr %v10[%v103] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v105 = llvm.load %v104 : !llvm.ptr<3> -> i64
      %v106 = arith.addi %v65, %v70 : i64
      %v107 = arith.cmpi slt, %v106, %v67 : i64
      %v108 = arith.subi %size_L, %v1 : i64
      %v109 = arith.minsi %v106, %v108 : i64
      %v110 = arith.addi %v105, %v109 : i64
      %v111 = arith.muli %v103, %v81 : i64
      %v112 = arith.addi %v111, %v70 : i64
      %v113 = llvm.getelementptr %in_x[%v110] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v114 = llvm.load %v113 : !llvm.ptr -> f32
      %v116 = arith.addi %v69, %v115 : i64
      %v117 = arith.constant true
      %v118 = arith.addi %v35, %v116 : i64
      %v119 = llvm.getelementptr %v10[%v118] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v120 = llvm.load %v119 : !llvm.ptr<3> -> i64
      %v121 = arith.addi %v65, %v70 : i64
      %v122 = arith.cmpi slt, %v121, %v67 : i64
      %v123 = arith.subi %size_L, %v1 : i64
      %v124 = arith.minsi %v121, %v123 : i64
      %v125 = arith.addi %v120, %v124 : i64
      %v126 = arith.muli %v118, %v81 : i64
      %v127 = arith.addi %v126, %v70 : i64
      %v128 = llvm.getelementptr %in_x[%v125] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v129 = llvm.load %v128 : !llvm.ptr -> f32
      %v131 = arith.addi %v69, %v130 : i64
      %v132 = arith.constant true
      %v133 = arith.addi %v35, %v131 : i64
      %v134 = llvm.getelementptr %v10[%v133] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v135 = llvm.load %v134 : !llvm.ptr<3> -> i64
      %v136 = arith.addi %v65, %v70 : i64
      %v137 = arith.cmpi slt, %v136, %v67 : i64
      %v138 = arith.subi %size_L, %v1 : i64
      %v139 = arith.minsi %v136, %v138 : i64
      %v140 = arith.addi %v135, %v139 : i64
      %v141 = arith.muli %v133, %v81 : i64
      %v142 = arith.addi %v141, %v70 : i64
      %v143 = llvm.getelementptr %in_x[%v140] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v144 = llvm.load %v143 : !llvm.ptr -> f32
      %v146 = arith.addi %v69, %v145 : i64
      %v147 = arith.constant true
      %v148 = arith.addi %v35, %v146 : i64
      %v149 = llvm.getelementptr %v10[%v148] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v150 = llvm.load %v149 : !llvm.ptr<3> -> i64
      %v151 = arith.addi %v65, %v70 : i64
      %v152 = arith.cmpi slt, %v151, %v67 : i64
      %v153 = arith.subi %size_L, %v1 : i64
      %v154 = arith.minsi %v151, %v153 : i64
      %v155 = arith.addi %v150, %v154 : i64
      %v156 = arith.muli %v148, %v81 : i64
      %v157 = arith.addi %v156, %v70 : i64
      %v158 = llvm.getelementptr %in_x[%v155] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v159 = llvm.load %v158 : !llvm.ptr -> f32
      %v161 = arith.addi %v69, %v160 : i64
      %v162 = arith.constant true
      %v163 = arith.addi %v35, %v161 : i64
      %v164 = llvm.getelementptr %v10[%v163] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v165 = llvm.load %v164 : !llvm.ptr<3> -> i64
      %v166 = arith.addi %v65, %v70 : i64
      %v167 = arith.cmpi slt, %v166, %v67 : i64
      %v168 = arith.subi %size_L, %v1 : i64
      %v169 = arith.minsi %v166, %v168 : i64
      %v170 = arith.addi %v165, %v169 : i64
      %v171 = arith.muli %v163, %v81 : i64
      %v172 = arith.addi %v171, %v70 : i64
      %v173 = llvm.getelementptr %in_x[%v170] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v174 = llvm.load %v173 : !llvm.ptr -> f32
      %v176 = arith.addi %v69, %v175 : i64
      %v177 = arith.constant true
      %v178 = arith.addi %v35, %v176 : i64
      %v179 = llvm.getelementptr %v10[%v178] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v180 = llvm.load %v179 : !llvm.ptr<3> -> i64
      %v181 = arith.addi %v65, %v70 : i64
      %v182 = arith.cmpi slt, %v181, %v67 : i64
      %v183 = arith.subi %size_L, %v1 : i64
      %v184 = arith.minsi %v181, %v183 : i64
      %v185 = arith.addi %v180, %v184 : i64
      %v186 = arith.muli %v178, %v81 : i64
      %v187 = arith.addi %v186, %v70 : i64
      %v188 = llvm.getelementptr %in_x[%v185] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v189 = llvm.load %v188 : !llvm.ptr -> f32
      %v191 = arith.addi %v69, %v190 : i64
      %v192 = arith.constant true
      %v193 = arith.addi %v35, %v191 : i64
      %v194 = llvm.getelementptr %v10[%v193] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v195 = llvm.load %v194 : !llvm.ptr<3> -> i64
      %v196 = arith.addi %v65, %v70 : i64
      %v197 = arith.cmpi slt, %v196, %v67 : i64
      %v198 = arith.subi %size_L, %v1 : i64
      %v199 = arith.minsi %v196, %v198 : i64
      %v200 = arith.addi %v195, %v199 : i64
      %v201 = arith.muli %v193, %v81 : i64
      %v202 = arith.addi %v201, %v70 : i64
      %v203 = llvm.getelementptr %in_x[%v200] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v204 = llvm.load %v203 : !llvm.ptr -> f32
      %v206 = arith.addi %v69, %v205 : i64
      %v207 = arith.constant true
      %v208 = arith.addi %v35, %v206 : i64
      %v209 = llvm.getelementptr %v10[%v208] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v210 = llvm.load %v209 : !llvm.ptr<3> -> i64
      %v211 = arith.addi %v65, %v70 : i64
      %v212 = arith.cmpi slt, %v211, %v67 : i64
      %v213 = arith.subi %size_L, %v1 : i64
      %v214 = arith.minsi %v211, %v213 : i64
      %v215 = arith.addi %v210, %v214 : i64
      %v216 = arith.muli %v208, %v81 : i64
      %v217 = arith.addi %v216, %v70 : i64
      %v218 = llvm.getelementptr %in_x[%v215] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v219 = llvm.load %v218 : !llvm.ptr -> f32
      %v221 = arith.addi %v69, %v220 : i64
      %v222 = arith.constant true
      %v223 = arith.addi %v35, %v221 : i64
      %v224 = llvm.getelementptr %v10[%v223] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v225 = llvm.load %v224 : !llvm.ptr<3> -> i64
      %v226 = arith.addi %v65, %v70 : i64
      %v227 = arith.cmpi slt, %v226, %v67 : i64
      %v228 = arith.subi %size_L, %v1 : i64
      %v229 = arith.minsi %v226, %v228 : i64
      %v230 = arith.addi %v225, %v229 : i64
      %v231 = arith.muli %v223, %v81 : i64
      %v232 = arith.addi %v231, %v70 : i64
      %v233 = llvm.getelementptr %in_x[%v230] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v234 = llvm.load %v233 : !llvm.ptr -> f32
      %v236 = arith.addi %v69, %v235 : i64
      %v237 = arith.constant true
      %v238 = arith.addi %v35, %v236 : i64
      %v239 = llvm.getelementptr %v10[%v238] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v240 = llvm.load %v239 : !llvm.ptr<3> -> i64
      %v241 = arith.addi %v65, %v70 : i64
      %v242 = arith.cmpi slt, %v241, %v67 : i64
      %v243 = arith.subi %size_L, %v1 : i64
      %v244 = arith.minsi %v241, %v243 : i64
      %v245 = arith.addi %v240, %v244 : i64
      %v246 = arith.muli %v238, %v81 : i64
      %v247 = arith.addi %v246, %v70 : i64
      %v248 = llvm.getelementptr %in_x[%v245] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v249 = llvm.load %v248 : !llvm.ptr -> f32
      %v251 = arith.addi %v69, %v250 : i64
      %v252 = arith.constant true
      %v253 = arith.addi %v35, %v251 : i64
      %v254 = llvm.getelementptr %v10[%v253] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v255 = llvm.load %v254 : !llvm.ptr<3> -> i64
      %v256 = arith.addi %v65, %v70 : i64
      %v257 = arith.cmpi slt, %v256, %v67 : i64
      %v258 = arith.subi %size_L, %v1 : i64
      %v259 = arith.minsi %v256, %v258 : i64
      %v260 = arith.addi %v255, %v259 : i64
      %v261 = arith.muli %v253, %v81 : i64
      %v262 = arith.addi %v261, %v70 : i64
      %v263 = llvm.getelementptr %in_x[%v260] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v264 = llvm.load %v263 : !llvm.ptr -> f32
      %v266 = arith.addi %v69, %v265 : i64
      %v267 = arith.constant true
      %v268 = arith.addi %v35, %v266 : i64
      %v269 = llvm.getelementptr %v10[%v268] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v270 = llvm.load %v269 : !llvm.ptr<3> -> i64
      %v271 = arith.addi %v65, %v70 : i64
      %v272 = arith.cmpi slt, %v271, %v67 : i64
      %v273 = arith.subi %size_L, %v1 : i64
      %v274 = arith.minsi %v271, %v273 : i64
      %v275 = arith.addi %v270, %v274 : i64
      %v276 = arith.muli %v268, %v81 : i64
      %v277 = arith.addi %v276, %v70 : i64
      %v278 = llvm.getelementptr %in_x[%v275] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v279 = llvm.load %v278 : !llvm.ptr -> f32
      %v281 = arith.addi %v69, %v280 : i64
      %v282 = arith.constant true
      %v283 = arith.addi %v35, %v281 : i64
      %v284 = llvm.getelementptr %v10[%v283] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v285 = llvm.load %v284 : !llvm.ptr<3> -> i64
      %v286 = arith.addi %v65, %v70 : i64
      %v287 = arith.cmpi slt, %v286, %v67 : i64
      %v288 = arith.subi %size_L, %v1 : i64
      %v289 = arith.minsi %v286, %v288 : i64
      %v290 = arith.addi %v285, %v289 : i64
      %v291 = arith.muli %v283, %v81 : i64
      %v292 = arith.addi %v291, %v70 : i64
      %v293 = llvm.getelementptr %in_x[%v290] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v294 = llvm.load %v293 : !llvm.ptr -> f32
      %v296 = arith.addi %v69, %v295 : i64
      %v297 = arith.constant true
      %v298 = arith.addi %v35, %v296 : i64
      %v299 = llvm.getelementptr %v10[%v298] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v300 = llvm.load %v299 : !llvm.ptr<3> -> i64
      %v301 = arith.addi %v65, %v70 : i64
      %v302 = arith.cmpi slt, %v301, %v67 : i64
      %v303 = arith.subi %size_L, %v1 : i64
      %v304 = arith.minsi %v301, %v303 : i64
      %v305 = arith.addi %v300, %v304 : i64
      %v306 = arith.muli %v298, %v81 : i64
      %v307 = arith.addi %v306, %v70 : i64
      %v308 = llvm.getelementptr %in_x[%v305] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v309 = llvm.load %v308 : !llvm.ptr -> f32
      %v310 = arith.addi %v69, %v68 : i64
      %v311 = arith.constant true
      %v312 = arith.addi %v35, %v310 : i64
      %v313 = llvm.getelementptr %v10[%v312] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v314 = llvm.load %v313 : !llvm.ptr<3> -> i64
      %v315 = arith.addi %v65, %v70 : i64
      %v316 = arith.cmpi slt, %v315, %v67 : i64
      %v317 = arith.subi %size_L, %v1 : i64
      %v318 = arith.minsi %v315, %v317 : i64
      %v319 = arith.addi %v314, %v318 : i64
      %v320 = arith.muli %v312, %v81 : i64
      %v321 = arith.addi %v320, %v70 : i64
      %v322 = llvm.getelementptr %in_x[%v319] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v323 = llvm.load %v322 : !llvm.ptr -> f32
      %v325 = arith.addi %v69, %v324 : i64
      %v326 = arith.constant true
      %v327 = arith.addi %v35, %v325 : i64
      %v328 = llvm.getelementptr %v10[%v327] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v329 = llvm.load %v328 : !llvm.ptr<3> -> i64
      %v330 = arith.addi %v65, %v70 : i64
      %v331 = arith.cmpi slt, %v330, %v67 : i64
      %v332 = arith.subi %size_L, %v1 : i64
      %v333 = arith.minsi %v330, %v332 : i64
      %v334 = arith.addi %v329, %v333 : i64
      %v335 = arith.muli %v327, %v81 : i64
      %v336 = arith.addi %v335, %v70 : i64
      %v337 = llvm.getelementptr %in_x[%v334] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v338 = llvm.load %v337 : !llvm.ptr -> f32
      %v340 = arith.addi %v69, %v339 : i64
      %v341 = arith.constant true
      %v342 = arith.addi %v35, %v340 : i64
      %v343 = llvm.getelementptr %v10[%v342] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v344 = llvm.load %v343 : !llvm.ptr<3> -> i64
      %v345 = arith.addi %v65, %v70 : i64
      %v346 = arith.cmpi slt, %v345, %v67 : i64
      %v347 = arith.subi %size_L, %v1 : i64
      %v348 = arith.minsi %v345, %v347 : i64
      %v349 = arith.addi %v344, %v348 : i64
      %v350 = arith.muli %v342, %v81 : i64
      %v351 = arith.addi %v350, %v70 : i64
      %v352 = llvm.getelementptr %in_x[%v349] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v353 = llvm.load %v352 : !llvm.ptr -> f32
      %v355 = arith.addi %v69, %v354 : i64
      %v356 = arith.constant true
      %v357 = arith.addi %v35, %v355 : i64
      %v358 = llvm.getelementptr %v10[%v357] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v359 = llvm.load %v358 : !llvm.ptr<3> -> i64
      %v360 = arith.addi %v65, %v70 : i64
      %v361 = arith.cmpi slt, %v360, %v67 : i64
      %v362 = arith.subi %size_L, %v1 : i64
      %v363 = arith.minsi %v360, %v362 : i64
      %v364 = arith.addi %v359, %v363 : i64
      %v365 = arith.muli %v357, %v81 : i64
      %v366 = arith.addi %v365, %v70 : i64
      %v367 = llvm.getelementptr %in_x[%v364] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v368 = llvm.load %v367 : !llvm.ptr -> f32
      %v370 = arith.addi %v69, %v369 : i64
      %v371 = arith.constant true
      %v372 = arith.addi %v35, %v370 : i64
      %v373 = llvm.getelementptr %v10[%v372] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v374 = llvm.load %v373 : !llvm.ptr<3> -> i64
      %v375 = arith.addi %v65, %v70 : i64
      %v376 = arith.cmpi slt, %v375, %v67 : i64
      %v377 = arith.subi %size_L, %v1 : i64
      %v378 = arith.minsi %v375, %v377 : i64
      %v379 = arith.addi %v374, %v378 : i64
      %v380 = arith.muli %v372, %v81 : i64
      %v381 = arith.addi %v380, %v70 : i64
      %v382 = llvm.getelementptr %in_x[%v379] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v383 = llvm.load %v382 : !llvm.ptr -> f32
      %v385 = arith.addi %v69, %v384 : i64
      %v386 = arith.constant true
      %v387 = arith.addi %v35, %v385 : i64
      %v388 = llvm.getelementptr %v10[%v387] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v389 = llvm.load %v388 : !llvm.ptr<3> -> i64
      %v390 = arith.addi %v65, %v70 : i64
      %v391 = arith.cmpi slt, %v390, %v67 : i64
      %v392 = arith.subi %size_L, %v1 : i64
      %v393 = arith.minsi %v390, %v392 : i64
      %v394 = arith.addi %v389, %v393 : i64
      %v395 = arith.muli %v387, %v81 : i64
      %v396 = arith.addi %v395, %v70 : i64
      %v397 = llvm.getelementptr %in_x[%v394] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v398 = llvm.load %v397 : !llvm.ptr -> f32
      %v400 = arith.addi %v69, %v399 : i64
      %v401 = arith.constant true
      %v402 = arith.addi %v35, %v400 : i64
      %v403 = llvm.getelementptr %v10[%v402] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v404 = llvm.load %v403 : !llvm.ptr<3> -> i64
      %v405 = arith.addi %v65, %v70 : i64
      %v406 = arith.cmpi slt, %v405, %v67 : i64
      %v407 = arith.subi %size_L, %v1 : i64
      %v408 = arith.minsi %v405, %v407 : i64
      %v409 = arith.addi %v404, %v408 : i64
      %v410 = arith.muli %v402, %v81 : i64
      %v411 = arith.addi %v410, %v70 : i64
      %v412 = llvm.getelementptr %in_x[%v409] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v413 = llvm.load %v412 : !llvm.ptr -> f32
      %v415 = arith.addi %v69, %v414 : i64
      %v416 = arith.constant true
      %v417 = arith.addi %v35, %v415 : i64
      %v418 = llvm.getelementptr %v10[%v417] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v419 = llvm.load %v418 : !llvm.ptr<3> -> i64
      %v420 = arith.addi %v65, %v70 : i64
      %v421 = arith.cmpi slt, %v420, %v67 : i64
      %v422 = arith.subi %size_L, %v1 : i64
      %v423 = arith.minsi %v420, %v422 : i64
      %v424 = arith.addi %v419, %v423 : i64
      %v425 = arith.muli %v417, %v81 : i64
      %v426 = arith.addi %v425, %v70 : i64
      %v427 = llvm.getelementptr %in_x[%v424] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v428 = llvm.load %v427 : !llvm.ptr -> f32
      %v430 = arith.addi %v69, %v429 : i64
      %v431 = arith.constant true
      %v432 = arith.addi %v35, %v430 : i64
      %v433 = llvm.getelementptr %v10[%v432] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v434 = llvm.load %v433 : !llvm.ptr<3> -> i64
      %v435 = arith.addi %v65, %v70 : i64
      %v436 = arith.cmpi slt, %v435, %v67 : i64
      %v437 = arith.subi %size_L, %v1 : i64
      %v438 = arith.minsi %v435, %v437 : i64
      %v439 = arith.addi %v434, %v438 : i64
      %v440 = arith.muli %v432, %v81 : i64
      %v441 = arith.addi %v440, %v70 : i64
      %v442 = llvm.getelementptr %in_x[%v439] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v443 = llvm.load %v442 : !llvm.ptr -> f32
      %v445 = arith.addi %v69, %v444 : i64
      %v446 = arith.constant true
      %v447 = arith.addi %v35, %v445 : i64
      %v448 = llvm.getelementptr %v10[%v447] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v449 = llvm.load %v448 : !llvm.ptr<3> -> i64
      %v450 = arith.addi %v65, %v70 : i64
      %v451 = arith.cmpi slt, %v450, %v67 : i64
      %v452 = arith.subi %size_L, %v1 : i64
      %v453 = arith.minsi %v450, %v452 : i64
      %v454 = arith.addi %v449, %v453 : i64
      %v455 = arith.muli %v447, %v81 : i64
      %v456 = arith.addi %v455, %v70 : i64
      %v457 = llvm.getelementptr %in_x[%v454] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v458 = llvm.load %v457 : !llvm.ptr -> f32
      %v460 = arith.addi %v69, %v459 : i64
      %v461 = arith.constant true
      %v462 = arith.addi %v35, %v460 : i64
      %v463 = llvm.getelementptr %v10[%v462] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v464 = llvm.load %v463 : !llvm.ptr<3> -> i64
      %v465 = arith.addi %v65, %v70 : i64
      %v466 = arith.cmpi slt, %v465, %v67 : i64
      %v467 = arith.subi %size_L, %v1 : i64
      %v468 = arith.minsi %v465, %v467 : i64
      %v469 = arith.addi %v464, %v468 : i64
      %v470 = arith.muli %v462, %v81 : i64
      %v471 = arith.addi %v470, %v70 : i64
      %v472 = llvm.getelementptr %in_x[%v469] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v473 = llvm.load %v472 : !llvm.ptr -> f32
      %v475 = arith.addi %v69, %v474 : i64
      %v476 = arith.constant true
      %v477 = arith.addi %v35, %v475 : i64
      %v478 = llvm.getelementptr %v10[%v477] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v479 = llvm.load %v478 : !llvm.ptr<3> -> i64
      %v480 = arith.addi %v65, %v70 : i64
      %v481 = arith.cmpi slt, %v480, %v67 : i64
      %v482 = arith.subi %size_L, %v1 : i64
      %v483 = arith.minsi %v480, %v482 : i64
      %v484 = arith.addi %v479, %v483 : i64
      %v485 = arith.muli %v477, %v81 : i64
      %v486 = arith.addi %v485, %v70 : i64
      %v487 = llvm.getelementptr %in_x[%v484] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v488 = llvm.load %v487 : !llvm.ptr -> f32
      %v490 = arith.addi %v69, %v489 : i64
      %v491 = arith.constant true
      %v492 = arith.addi %v35, %v490 : i64
      %v493 = llvm.getelementptr %v10[%v492] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v494 = llvm.load %v493 : !llvm.ptr<3> -> i64
      %v495 = arith.addi %v65, %v70 : i64
      %v496 = arith.cmpi slt, %v495, %v67 : i64
      %v497 = arith.subi %size_L, %v1 : i64
      %v498 = arith.minsi %v495, %v497 : i64
      %v499 = arith.addi %v494, %v498 : i64
      %v500 = arith.muli %v492, %v81 : i64
      %v501 = arith.addi %v500, %v70 : i64
      %v502 = llvm.getelementptr %in_x[%v499] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v503 = llvm.load %v502 : !llvm.ptr -> f32
      %v505 = arith.addi %v69, %v504 : i64
      %v506 = arith.constant true
      %v507 = arith.addi %v35, %v505 : i64
      %v508 = llvm.getelementptr %v10[%v507] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v509 = llvm.load %v508 : !llvm.ptr<3> -> i64
      %v510 = arith.addi %v65, %v70 : i64
      %v511 = arith.cmpi slt, %v510, %v67 : i64
      %v512 = arith.subi %size_L, %v1 : i64
      %v513 = arith.minsi %v510, %v512 : i64
      %v514 = arith.addi %v509, %v513 : i64
      %v515 = arith.muli %v507, %v81 : i64
      %v516 = arith.addi %v515, %v70 : i64
      %v517 = llvm.getelementptr %in_x[%v514] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v518 = llvm.load %v517 : !llvm.ptr -> f32
      %v520 = arith.addi %v69, %v519 : i64
      %v521 = arith.constant true
      %v522 = arith.addi %v35, %v520 : i64
      %v523 = llvm.getelementptr %v10[%v522] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v524 = llvm.load %v523 : !llvm.ptr<3> -> i64
      %v525 = arith.addi %v65, %v70 : i64
      %v526 = arith.cmpi slt, %v525, %v67 : i64
      %v527 = arith.subi %size_L, %v1 : i64
      %v528 = arith.minsi %v525, %v527 : i64
      %v529 = arith.addi %v524, %v528 : i64
      %v530 = arith.muli %v522, %v81 : i64
      %v531 = arith.addi %v530, %v70 : i64
      %v532 = llvm.getelementptr %in_x[%v529] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v533 = llvm.load %v532 : !llvm.ptr -> f32
      %v535 = arith.addi %v69, %v534 : i64
      %v536 = arith.constant true
      %v537 = arith.addi %v35, %v535 : i64
      %v538 = llvm.getelementptr %v10[%v537] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v539 = llvm.load %v538 : !llvm.ptr<3> -> i64
      %v540 = arith.addi %v65, %v70 : i64
      %v541 = arith.cmpi slt, %v540, %v67 : i64
      %v542 = arith.subi %size_L, %v1 : i64
      %v543 = arith.minsi %v540, %v542 : i64
      %v544 = arith.addi %v539, %v543 : i64
      %v545 = arith.muli %v537, %v81 : i64
      %v546 = arith.addi %v545, %v70 : i64
      %v547 = llvm.getelementptr %in_x[%v544] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v548 = llvm.load %v547 : !llvm.ptr -> f32
      scf.if %v72 {
        %v549 = llvm.getelementptr %v11[%v83] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v85, %v549 : f32, !llvm.ptr<3>
      }
      scf.if %v87 {
        %v550 = llvm.getelementptr %v11[%v97] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v99, %v550 : f32, !llvm.ptr<3>
      }
      scf.if %v102 {
        %v551 = llvm.getelementptr %v11[%v112] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v114, %v551 : f32, !llvm.ptr<3>
      }
      scf.if %v117 {
        %v552 = llvm.getelementptr %v11[%v127] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v129, %v552 : f32, !llvm.ptr<3>
      }
      scf.if %v132 {
        %v553 = llvm.getelementptr %v11[%v142] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v144, %v553 : f32, !llvm.ptr<3>
      }
      scf.if %v147 {
        %v554 = llvm.getelementptr %v11[%v157] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v159, %v554 : f32, !llvm.ptr<3>
      }
      scf.if %v162 {
        %v555 = llvm.getelementptr %v11[%v172] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v174, %v555 : f32, !llvm.ptr<3>
      }
      scf.if %v177 {
        %v556 = llvm.getelementptr %v11[%v187] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v189, %v556 : f32, !llvm.ptr<3>
      }
      scf.if %v192 {
        %v557 = llvm.getelementptr %v11[%v202] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v204, %v557 : f32, !llvm.ptr<3>
      }
      scf.if %v207 {
        %v558 = llvm.getelementptr %v11[%v217] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v219, %v558 : f32, !llvm.ptr<3>
      }
      scf.if %v222 {
        %v559 = llvm.getelementptr %v11[%v232] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v234, %v559 : f32, !llvm.ptr<3>
      }
      scf.if %v237 {
        %v560 = llvm.getelementptr %v11[%v247] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v249, %v560 : f32, !llvm.ptr<3>
      }
      scf.if %v252 {
        %v561 = llvm.getelementptr %v11[%v262] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v264, %v561 : f32, !llvm.ptr<3>
      }
      scf.if %v267 {
        %v562 = llvm.getelementptr %v11[%v277] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v279, %v562 : f32, !llvm.ptr<3>
      }
      scf.if %v282 {
        %v563 = llvm.getelementptr %v11[%v292] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v294, %v563 : f32, !llvm.ptr<3>
      }
      scf.if %v297 {
        %v564 = llvm.getelementptr %v11[%v307] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v309, %v564 : f32, !llvm.ptr<3>
      }
      scf.if %v311 {
        %v565 = llvm.getelementptr %v11[%v321] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v323, %v565 : f32, !llvm.ptr<3>
      }
      scf.if %v326 {
        %v566 = llvm.getelementptr %v11[%v336] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v338, %v566 : f32, !llvm.ptr<3>
      }
      scf.if %v341 {
        %v567 = llvm.getelementptr %v11[%v351] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v353, %v567 : f32, !llvm.ptr<3>
      }
      scf.if %v356 {
        %v568 = llvm.getelementptr %v11[%v366] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v368, %v568 : f32, !llvm.ptr<3>
      }
      scf.if %v371 {
        %v569 = llvm.getelementptr %v11[%v381] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v383, %v569 : f32, !llvm.ptr<3>
      }
      scf.if %v386 {
        %v570 = llvm.getelementptr %v11[%v396] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v398, %v570 : f32, !llvm.ptr<3>
      }
      scf.if %v401 {
        %v571 = llvm.getelementptr %v11[%v411] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v413, %v571 : f32, !llvm.ptr<3>
      }
      scf.if %v416 {
        %v572 = llvm.getelementptr %v11[%v426] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v428, %v572 : f32, !llvm.ptr<3>
      }
      scf.if %v431 {
        %v573 = llvm.getelementptr %v11[%v441] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v443, %v573 : f32, !llvm.ptr<3>
      }
      scf.if %v446 {
        %v574 = llvm.getelementptr %v11[%v456] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v458, %v574 : f32, !llvm.ptr<3>
      }
      scf.if %v461 {
        %v575 = llvm.getelementptr %v11[%v471] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v473, %v575 : f32, !llvm.ptr<3>
      }
      scf.if %v476 {
        %v576 = llvm.getelementptr %v11[%v486] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v488, %v576 : f32, !llvm.ptr<3>
      }
      scf.if %v491 {
        %v577 = llvm.getelementptr %v11[%v501] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v503, %v577 : f32, !llvm.ptr<3>
      }
      scf.if %v506 {
        %v578 = llvm.getelementptr %v11[%v516] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v518, %v578 : f32, !llvm.ptr<3>
      }
      scf.if %v521 {
        %v579 = llvm.getelementptr %v11[%v531] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v533, %v579 : f32, !llvm.ptr<3>
      }
      scf.if %v536 {
        %v580 = llvm.getelementptr %v11[%v546] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v548, %v580 : f32, !llvm.ptr<3>
      }
      // end staged load of `x`
      // staged load of `rho`'s first tile: read, then shared memory
      %v581 = arith.divui %v18, %v68 : i64
      %v582 = arith.remui %v18, %v68 : i64
      %v583 = arith.addi %v581, %v35 : i64
      %v584 = arith.constant true
      %v585 = arith.addi %v20, %v583 : i64
      %v586 = llvm.getelementptr %v10[%v585] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v587 = llvm.load %v586 : !llvm.ptr<3> -> i64
      %v588 = arith.addi %v65, %v582 : i64
      %v589 = arith.cmpi slt, %v588, %v67 : i64
      %v590 = arith.subi %size_L, %v1 : i64
      %v591 = arith.minsi %v588, %v590 : i64
      %v592 = arith.addi %v587, %v591 : i64
      %v593 = arith.muli %v585, %v81 : i64
      %v594 = arith.addi %v593, %v582 : i64
      %v595 = llvm.getelementptr %in_rho[%v592] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v596 = llvm.load %v595 : !llvm.ptr -> f32
      %v597 = arith.addi %v581, %v59 : i64
      %v598 = arith.constant true
      %v599 = arith.addi %v20, %v597 : i64
      %v600 = llvm.getelementptr %v10[%v599] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v601 = llvm.load %v600 : !llvm.ptr<3> -> i64
      %v602 = arith.addi %v65, %v582 : i64
      %v603 = arith.cmpi slt, %v602, %v67 : i64
      %v604 = arith.subi %size_L, %v1 : i64
      %v605 = arith.minsi %v602, %v604 : i64
      %v606 = arith.addi %v601, %v605 : i64
      %v607 = arith.muli %v599, %v81 : i64
      %v608 = arith.addi %v607, %v582 : i64
      %v609 = llvm.getelementptr %in_rho[%v606] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v610 = llvm.load %v609 : !llvm.ptr -> f32
      %v611 = arith.addi %v581, %v100 : i64
      %v612 = arith.constant true
      %v613 = arith.addi %v20, %v611 : i64
      %v614 = llvm.getelementptr %v10[%v613] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v615 = llvm.load %v614 : !llvm.ptr<3> -> i64
      %v616 = arith.addi %v65, %v582 : i64
      %v617 = arith.cmpi slt, %v616, %v67 : i64
      %v618 = arith.subi %size_L, %v1 : i64
      %v619 = arith.minsi %v616, %v618 : i64
      %v620 = arith.addi %v615, %v619 : i64
      %v621 = arith.muli %v613, %v81 : i64
      %v622 = arith.addi %v621, %v582 : i64
      %v623 = llvm.getelementptr %in_rho[%v620] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v624 = llvm.load %v623 : !llvm.ptr -> f32
      %v625 = arith.addi %v581, %v115 : i64
      %v626 = arith.constant true
      %v627 = arith.addi %v20, %v625 : i64
      %v628 = llvm.getelementptr %v10[%v627] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v629 = llvm.load %v628 : !llvm.ptr<3> -> i64
      %v630 = arith.addi %v65, %v582 : i64
      %v631 = arith.cmpi slt, %v630, %v67 : i64
      %v632 = arith.subi %size_L, %v1 : i64
      %v633 = arith.minsi %v630, %v632 : i64
      %v634 = arith.addi %v629, %v633 : i64
      %v635 = arith.muli %v627, %v81 : i64
      %v636 = arith.addi %v635, %v582 : i64
      %v637 = llvm.getelementptr %in_rho[%v634] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v638 = llvm.load %v637 : !llvm.ptr -> f32
      %v639 = arith.addi %v581, %v130 : i64
      %v640 = arith.constant true
      %v641 = arith.addi %v20, %v639 : i64
      %v642 = llvm.getelementptr %v10[%v641] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v643 = llvm.load %v642 : !llvm.ptr<3> -> i64
      %v644 = arith.addi %v65, %v582 : i64
      %v645 = arith.cmpi slt, %v644, %v67 : i64
      %v646 = arith.subi %size_L, %v1 : i64
      %v647 = arith.minsi %v644, %v646 : i64
      %v648 = arith.addi %v643, %v647 : i64
      %v649 = arith.muli %v641, %v81 : i64
      %v650 = arith.addi %v649, %v582 : i64
      %v651 = llvm.getelementptr %in_rho[%v648] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v652 = llvm.load %v651 : !llvm.ptr -> f32
      %v653 = arith.addi %v581, %v145 : i64
      %v654 = arith.constant true
      %v655 = arith.addi %v20, %v653 : i64
      %v656 = llvm.getelementptr %v10[%v655] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v657 = llvm.load %v656 : !llvm.ptr<3> -> i64
      %v658 = arith.addi %v65, %v582 : i64
      %v659 = arith.cmpi slt, %v658, %v67 : i64
      %v660 = arith.subi %size_L, %v1 : i64
      %v661 = arith.minsi %v658, %v660 : i64
      %v662 = arith.addi %v657, %v661 : i64
      %v663 = arith.muli %v655, %v81 : i64
      %v664 = arith.addi %v663, %v582 : i64
      %v665 = llvm.getelementptr %in_rho[%v662] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v666 = llvm.load %v665 : !llvm.ptr -> f32
      %v667 = arith.addi %v581, %v160 : i64
      %v668 = arith.constant true
      %v669 = arith.addi %v20, %v667 : i64
      %v670 = llvm.getelementptr %v10[%v669] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v671 = llvm.load %v670 : !llvm.ptr<3> -> i64
      %v672 = arith.addi %v65, %v582 : i64
      %v673 = arith.cmpi slt, %v672, %v67 : i64
      %v674 = arith.subi %size_L, %v1 : i64
      %v675 = arith.minsi %v672, %v674 : i64
      %v676 = arith.addi %v671, %v675 : i64
      %v677 = arith.muli %v669, %v81 : i64
      %v678 = arith.addi %v677, %v582 : i64
      %v679 = llvm.getelementptr %in_rho[%v676] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v680 = llvm.load %v679 : !llvm.ptr -> f32
      %v681 = arith.addi %v581, %v175 : i64
      %v682 = arith.constant true
      %v683 = arith.addi %v20, %v681 : i64
      %v684 = llvm.getelementptr %v10[%v683] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v685 = llvm.load %v684 : !llvm.ptr<3> -> i64
      %v686 = arith.addi %v65, %v582 : i64
      %v687 = arith.cmpi slt, %v686, %v67 : i64
      %v688 = arith.subi %size_L, %v1 : i64
      %v689 = arith.minsi %v686, %v688 : i64
      %v690 = arith.addi %v685, %v689 : i64
      %v691 = arith.muli %v683, %v81 : i64
      %v692 = arith.addi %v691, %v582 : i64
      %v693 = llvm.getelementptr %in_rho[%v690] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v694 = llvm.load %v693 : !llvm.ptr -> f32
      %v695 = arith.addi %v581, %v190 : i64
      %v696 = arith.constant true
      %v697 = arith.addi %v20, %v695 : i64
      %v698 = llvm.getelementptr %v10[%v697] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v699 = llvm.load %v698 : !llvm.ptr<3> -> i64
      %v700 = arith.addi %v65, %v582 : i64
      %v701 = arith.cmpi slt, %v700, %v67 : i64
      %v702 = arith.subi %size_L, %v1 : i64
      %v703 = arith.minsi %v700, %v702 : i64
      %v704 = arith.addi %v699, %v703 : i64
      %v705 = arith.muli %v697, %v81 : i64
      %v706 = arith.addi %v705, %v582 : i64
      %v707 = llvm.getelementptr %in_rho[%v704] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v708 = llvm.load %v707 : !llvm.ptr -> f32
      %v709 = arith.addi %v581, %v205 : i64
      %v710 = arith.constant true
      %v711 = arith.addi %v20, %v709 : i64
      %v712 = llvm.getelementptr %v10[%v711] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v713 = llvm.load %v712 : !llvm.ptr<3> -> i64
      %v714 = arith.addi %v65, %v582 : i64
      %v715 = arith.cmpi slt, %v714, %v67 : i64
      %v716 = arith.subi %size_L, %v1 : i64
      %v717 = arith.minsi %v714, %v716 : i64
      %v718 = arith.addi %v713, %v717 : i64
      %v719 = arith.muli %v711, %v81 : i64
      %v720 = arith.addi %v719, %v582 : i64
      %v721 = llvm.getelementptr %in_rho[%v718] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v722 = llvm.load %v721 : !llvm.ptr -> f32
      %v723 = arith.addi %v581, %v220 : i64
      %v724 = arith.constant true
      %v725 = arith.addi %v20, %v723 : i64
      %v726 = llvm.getelementptr %v10[%v725] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v727 = llvm.load %v726 : !llvm.ptr<3> -> i64
      %v728 = arith.addi %v65, %v582 : i64
      %v729 = arith.cmpi slt, %v728, %v67 : i64
      %v730 = arith.subi %size_L, %v1 : i64
      %v731 = arith.minsi %v728, %v730 : i64
      %v732 = arith.addi %v727, %v731 : i64
      %v733 = arith.muli %v725, %v81 : i64
      %v734 = arith.addi %v733, %v582 : i64
      %v735 = llvm.getelementptr %in_rho[%v732] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v736 = llvm.load %v735 : !llvm.ptr -> f32
      %v737 = arith.addi %v581, %v235 : i64
      %v738 = arith.constant true
      %v739 = arith.addi %v20, %v737 : i64
      %v740 = llvm.getelementptr %v10[%v739] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v741 = llvm.load %v740 : !llvm.ptr<3> -> i64
      %v742 = arith.addi %v65, %v582 : i64
      %v743 = arith.cmpi slt, %v742, %v67 : i64
      %v744 = arith.subi %size_L, %v1 : i64
      %v745 = arith.minsi %v742, %v744 : i64
      %v746 = arith.addi %v741, %v745 : i64
      %v747 = arith.muli %v739, %v81 : i64
      %v748 = arith.addi %v747, %v582 : i64
      %v749 = llvm.getelementptr %in_rho[%v746] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v750 = llvm.load %v749 : !llvm.ptr -> f32
      %v751 = arith.addi %v581, %v250 : i64
      %v752 = arith.constant true
      %v753 = arith.addi %v20, %v751 : i64
      %v754 = llvm.getelementptr %v10[%v753] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v755 = llvm.load %v754 : !llvm.ptr<3> -> i64
      %v756 = arith.addi %v65, %v582 : i64
      %v757 = arith.cmpi slt, %v756, %v67 : i64
      %v758 = arith.subi %size_L, %v1 : i64
      %v759 = arith.minsi %v756, %v758 : i64
      %v760 = arith.addi %v755, %v759 : i64
      %v761 = arith.muli %v753, %v81 : i64
      %v762 = arith.addi %v761, %v582 : i64
      %v763 = llvm.getelementptr %in_rho[%v760] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v764 = llvm.load %v763 : !llvm.ptr -> f32
      %v765 = arith.addi %v581, %v265 : i64
      %v766 = arith.constant true
      %v767 = arith.addi %v20, %v765 : i64
      %v768 = llvm.getelementptr %v10[%v767] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v769 = llvm.load %v768 : !llvm.ptr<3> -> i64
      %v770 = arith.addi %v65, %v582 : i64
      %v771 = arith.cmpi slt, %v770, %v67 : i64
      %v772 = arith.subi %size_L, %v1 : i64
      %v773 = arith.minsi %v770, %v772 : i64
      %v774 = arith.addi %v769, %v773 : i64
      %v775 = arith.muli %v767, %v81 : i64
      %v776 = arith.addi %v775, %v582 : i64
      %v777 = llvm.getelementptr %in_rho[%v774] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v778 = llvm.load %v777 : !llvm.ptr -> f32
      %v779 = arith.addi %v581, %v280 : i64
      %v780 = arith.constant true
      %v781 = arith.addi %v20, %v779 : i64
      %v782 = llvm.getelementptr %v10[%v781] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v783 = llvm.load %v782 : !llvm.ptr<3> -> i64
      %v784 = arith.addi %v65, %v582 : i64
      %v785 = arith.cmpi slt, %v784, %v67 : i64
      %v786 = arith.subi %size_L, %v1 : i64
      %v787 = arith.minsi %v784, %v786 : i64
      %v788 = arith.addi %v783, %v787 : i64
      %v789 = arith.muli %v781, %v81 : i64
      %v790 = arith.addi %v789, %v582 : i64
      %v791 = llvm.getelementptr %in_rho[%v788] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v792 = llvm.load %v791 : !llvm.ptr -> f32
      %v793 = arith.addi %v581, %v295 : i64
      %v794 = arith.constant true
      %v795 = arith.addi %v20, %v793 : i64
      %v796 = llvm.getelementptr %v10[%v795] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v797 = llvm.load %v796 : !llvm.ptr<3> -> i64
      %v798 = arith.addi %v65, %v582 : i64
      %v799 = arith.cmpi slt, %v798, %v67 : i64
      %v800 = arith.subi %size_L, %v1 : i64
      %v801 = arith.minsi %v798, %v800 : i64
      %v802 = arith.addi %v797, %v801 : i64
      %v803 = arith.muli %v795, %v81 : i64
      %v804 = arith.addi %v803, %v582 : i64
      %v805 = llvm.getelementptr %in_rho[%v802] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v806 = llvm.load %v805 : !llvm.ptr -> f32
      %v807 = arith.addi %v581, %v68 : i64
      %v808 = arith.constant true
      %v809 = arith.addi %v20, %v807 : i64
      %v810 = llvm.getelementptr %v10[%v809] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v811 = llvm.load %v810 : !llvm.ptr<3> -> i64
      %v812 = arith.addi %v65, %v582 : i64
      %v813 = arith.cmpi slt, %v812, %v67 : i64
      %v814 = arith.subi %size_L, %v1 : i64
      %v815 = arith.minsi %v812, %v814 : i64
      %v816 = arith.addi %v811, %v815 : i64
      %v817 = arith.muli %v809, %v81 : i64
      %v818 = arith.addi %v817, %v582 : i64
      %v819 = llvm.getelementptr %in_rho[%v816] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v820 = llvm.load %v819 : !llvm.ptr -> f32
      %v821 = arith.addi %v581, %v324 : i64
      %v822 = arith.constant true
      %v823 = arith.addi %v20, %v821 : i64
      %v824 = llvm.getelementptr %v10[%v823] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v825 = llvm.load %v824 : !llvm.ptr<3> -> i64
      %v826 = arith.addi %v65, %v582 : i64
      %v827 = arith.cmpi slt, %v826, %v67 : i64
      %v828 = arith.subi %size_L, %v1 : i64
      %v829 = arith.minsi %v826, %v828 : i64
      %v830 = arith.addi %v825, %v829 : i64
      %v831 = arith.muli %v823, %v81 : i64
      %v832 = arith.addi %v831, %v582 : i64
      %v833 = llvm.getelementptr %in_rho[%v830] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v834 = llvm.load %v833 : !llvm.ptr -> f32
      %v835 = arith.addi %v581, %v339 : i64
      %v836 = arith.constant true
      %v837 = arith.addi %v20, %v835 : i64
      %v838 = llvm.getelementptr %v10[%v837] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v839 = llvm.load %v838 : !llvm.ptr<3> -> i64
      %v840 = arith.addi %v65, %v582 : i64
      %v841 = arith.cmpi slt, %v840, %v67 : i64
      %v842 = arith.subi %size_L, %v1 : i64
      %v843 = arith.minsi %v840, %v842 : i64
      %v844 = arith.addi %v839, %v843 : i64
      %v845 = arith.muli %v837, %v81 : i64
      %v846 = arith.addi %v845, %v582 : i64
      %v847 = llvm.getelementptr %in_rho[%v844] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v848 = llvm.load %v847 : !llvm.ptr -> f32
      %v849 = arith.addi %v581, %v354 : i64
      %v850 = arith.constant true
      %v851 = arith.addi %v20, %v849 : i64
      %v852 = llvm.getelementptr %v10[%v851] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v853 = llvm.load %v852 : !llvm.ptr<3> -> i64
      %v854 = arith.addi %v65, %v582 : i64
      %v855 = arith.cmpi slt, %v854, %v67 : i64
      %v856 = arith.subi %size_L, %v1 : i64
      %v857 = arith.minsi %v854, %v856 : i64
      %v858 = arith.addi %v853, %v857 : i64
      %v859 = arith.muli %v851, %v81 : i64
      %v860 = arith.addi %v859, %v582 : i64
      %v861 = llvm.getelementptr %in_rho[%v858] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v862 = llvm.load %v861 : !llvm.ptr -> f32
      %v863 = arith.addi %v581, %v369 : i64
      %v864 = arith.constant true
      %v865 = arith.addi %v20, %v863 : i64
      %v866 = llvm.getelementptr %v10[%v865] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v867 = llvm.load %v866 : !llvm.ptr<3> -> i64
      %v868 = arith.addi %v65, %v582 : i64
      %v869 = arith.cmpi slt, %v868, %v67 : i64
      %v870 = arith.subi %size_L, %v1 : i64
      %v871 = arith.minsi %v868, %v870 : i64
      %v872 = arith.addi %v867, %v871 : i64
      %v873 = arith.muli %v865, %v81 : i64
      %v874 = arith.addi %v873, %v582 : i64
      %v875 = llvm.getelementptr %in_rho[%v872] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v876 = llvm.load %v875 : !llvm.ptr -> f32
      %v877 = arith.addi %v581, %v384 : i64
      %v878 = arith.constant true
      %v879 = arith.addi %v20, %v877 : i64
      %v880 = llvm.getelementptr %v10[%v879] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v881 = llvm.load %v880 : !llvm.ptr<3> -> i64
      %v882 = arith.addi %v65, %v582 : i64
      %v883 = arith.cmpi slt, %v882, %v67 : i64
      %v884 = arith.subi %size_L, %v1 : i64
      %v885 = arith.minsi %v882, %v884 : i64
      %v886 = arith.addi %v881, %v885 : i64
      %v887 = arith.muli %v879, %v81 : i64
      %v888 = arith.addi %v887, %v582 : i64
      %v889 = llvm.getelementptr %in_rho[%v886] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v890 = llvm.load %v889 : !llvm.ptr -> f32
      %v891 = arith.addi %v581, %v399 : i64
      %v892 = arith.constant true
      %v893 = arith.addi %v20, %v891 : i64
      %v894 = llvm.getelementptr %v10[%v893] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v895 = llvm.load %v894 : !llvm.ptr<3> -> i64
      %v896 = arith.addi %v65, %v582 : i64
      %v897 = arith.cmpi slt, %v896, %v67 : i64
      %v898 = arith.subi %size_L, %v1 : i64
      %v899 = arith.minsi %v896, %v898 : i64
      %v900 = arith.addi %v895, %v899 : i64
      %v901 = arith.muli %v893, %v81 : i64
      %v902 = arith.addi %v901, %v582 : i64
      %v903 = llvm.getelementptr %in_rho[%v900] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v904 = llvm.load %v903 : !llvm.ptr -> f32
      %v905 = arith.addi %v581, %v414 : i64
      %v906 = arith.constant true
      %v907 = arith.addi %v20, %v905 : i64
      %v908 = llvm.getelementptr %v10[%v907] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v909 = llvm.load %v908 : !llvm.ptr<3> -> i64
      %v910 = arith.addi %v65, %v582 : i64
      %v911 = arith.cmpi slt, %v910, %v67 : i64
      %v912 = arith.subi %size_L, %v1 : i64
      %v913 = arith.minsi %v910, %v912 : i64
      %v914 = arith.addi %v909, %v913 : i64
      %v915 = arith.muli %v907, %v81 : i64
      %v916 = arith.addi %v915, %v582 : i64
      %v917 = llvm.getelementptr %in_rho[%v914] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v918 = llvm.load %v917 : !llvm.ptr -> f32
      %v919 = arith.addi %v581, %v429 : i64
      %v920 = arith.constant true
      %v921 = arith.addi %v20, %v919 : i64
      %v922 = llvm.getelementptr %v10[%v921] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v923 = llvm.load %v922 : !llvm.ptr<3> -> i64
      %v924 = arith.addi %v65, %v582 : i64
      %v925 = arith.cmpi slt, %v924, %v67 : i64
      %v926 = arith.subi %size_L, %v1 : i64
      %v927 = arith.minsi %v924, %v926 : i64
      %v928 = arith.addi %v923, %v927 : i64
      %v929 = arith.muli %v921, %v81 : i64
      %v930 = arith.addi %v929, %v582 : i64
      %v931 = llvm.getelementptr %in_rho[%v928] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v932 = llvm.load %v931 : !llvm.ptr -> f32
      %v933 = arith.addi %v581, %v444 : i64
      %v934 = arith.constant true
      %v935 = arith.addi %v20, %v933 : i64
      %v936 = llvm.getelementptr %v10[%v935] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v937 = llvm.load %v936 : !llvm.ptr<3> -> i64
      %v938 = arith.addi %v65, %v582 : i64
      %v939 = arith.cmpi slt, %v938, %v67 : i64
      %v940 = arith.subi %size_L, %v1 : i64
      %v941 = arith.minsi %v938, %v940 : i64
      %v942 = arith.addi %v937, %v941 : i64
      %v943 = arith.muli %v935, %v81 : i64
      %v944 = arith.addi %v943, %v582 : i64
      %v945 = llvm.getelementptr %in_rho[%v942] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v946 = llvm.load %v945 : !llvm.ptr -> f32
      %v947 = arith.addi %v581, %v459 : i64
      %v948 = arith.constant true
      %v949 = arith.addi %v20, %v947 : i64
      %v950 = llvm.getelementptr %v10[%v949] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v951 = llvm.load %v950 : !llvm.ptr<3> -> i64
      %v952 = arith.addi %v65, %v582 : i64
      %v953 = arith.cmpi slt, %v952, %v67 : i64
      %v954 = arith.subi %size_L, %v1 : i64
      %v955 = arith.minsi %v952, %v954 : i64
      %v956 = arith.addi %v951, %v955 : i64
      %v957 = arith.muli %v949, %v81 : i64
      %v958 = arith.addi %v957, %v582 : i64
      %v959 = llvm.getelementptr %in_rho[%v956] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v960 = llvm.load %v959 : !llvm.ptr -> f32
      %v961 = arith.addi %v581, %v474 : i64
      %v962 = arith.constant true
      %v963 = arith.addi %v20, %v961 : i64
      %v964 = llvm.getelementptr %v10[%v963] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v965 = llvm.load %v964 : !llvm.ptr<3> -> i64
      %v966 = arith.addi %v65, %v582 : i64
      %v967 = arith.cmpi slt, %v966, %v67 : i64
      %v968 = arith.subi %size_L, %v1 : i64
      %v969 = arith.minsi %v966, %v968 : i64
      %v970 = arith.addi %v965, %v969 : i64
      %v971 = arith.muli %v963, %v81 : i64
      %v972 = arith.addi %v971, %v582 : i64
      %v973 = llvm.getelementptr %in_rho[%v970] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v974 = llvm.load %v973 : !llvm.ptr -> f32
      %v975 = arith.addi %v581, %v489 : i64
      %v976 = arith.constant true
      %v977 = arith.addi %v20, %v975 : i64
      %v978 = llvm.getelementptr %v10[%v977] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v979 = llvm.load %v978 : !llvm.ptr<3> -> i64
      %v980 = arith.addi %v65, %v582 : i64
      %v981 = arith.cmpi slt, %v980, %v67 : i64
      %v982 = arith.subi %size_L, %v1 : i64
      %v983 = arith.minsi %v980, %v982 : i64
      %v984 = arith.addi %v979, %v983 : i64
      %v985 = arith.muli %v977, %v81 : i64
      %v986 = arith.addi %v985, %v582 : i64
      %v987 = llvm.getelementptr %in_rho[%v984] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v988 = llvm.load %v987 : !llvm.ptr -> f32
      %v989 = arith.addi %v581, %v504 : i64
      %v990 = arith.constant true
      %v991 = arith.addi %v20, %v989 : i64
      %v992 = llvm.getelementptr %v10[%v991] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v993 = llvm.load %v992 : !llvm.ptr<3> -> i64
      %v994 = arith.addi %v65, %v582 : i64
      %v995 = arith.cmpi slt, %v994, %v67 : i64
      %v996 = arith.subi %size_L, %v1 : i64
      %v997 = arith.minsi %v994, %v996 : i64
      %v998 = arith.addi %v993, %v997 : i64
      %v999 = arith.muli %v991, %v81 : i64
      %v1000 = arith.addi %v999, %v582 : i64
      %v1001 = llvm.getelementptr %in_rho[%v998] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1002 = llvm.load %v1001 : !llvm.ptr -> f32
      %v1003 = arith.addi %v581, %v519 : i64
      %v1004 = arith.constant true
      %v1005 = arith.addi %v20, %v1003 : i64
      %v1006 = llvm.getelementptr %v10[%v1005] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1007 = llvm.load %v1006 : !llvm.ptr<3> -> i64
      %v1008 = arith.addi %v65, %v582 : i64
      %v1009 = arith.cmpi slt, %v1008, %v67 : i64
      %v1010 = arith.subi %size_L, %v1 : i64
      %v1011 = arith.minsi %v1008, %v1010 : i64
      %v1012 = arith.addi %v1007, %v1011 : i64
      %v1013 = arith.muli %v1005, %v81 : i64
      %v1014 = arith.addi %v1013, %v582 : i64
      %v1015 = llvm.getelementptr %in_rho[%v1012] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1016 = llvm.load %v1015 : !llvm.ptr -> f32
      %v1017 = arith.addi %v581, %v534 : i64
      %v1018 = arith.constant true
      %v1019 = arith.addi %v20, %v1017 : i64
      %v1020 = llvm.getelementptr %v10[%v1019] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1021 = llvm.load %v1020 : !llvm.ptr<3> -> i64
      %v1022 = arith.addi %v65, %v582 : i64
      %v1023 = arith.cmpi slt, %v1022, %v67 : i64
      %v1024 = arith.subi %size_L, %v1 : i64
      %v1025 = arith.minsi %v1022, %v1024 : i64
      %v1026 = arith.addi %v1021, %v1025 : i64
      %v1027 = arith.muli %v1019, %v81 : i64
      %v1028 = arith.addi %v1027, %v582 : i64
      %v1029 = llvm.getelementptr %in_rho[%v1026] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1030 = llvm.load %v1029 : !llvm.ptr -> f32
      scf.if %v584 {
        %v1031 = llvm.getelementptr %v11[%v594] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v596, %v1031 : f32, !llvm.ptr<3>
      }
      scf.if %v598 {
        %v1032 = llvm.getelementptr %v11[%v608] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v610, %v1032 : f32, !llvm.ptr<3>
      }
      scf.if %v612 {
        %v1033 = llvm.getelementptr %v11[%v622] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v624, %v1033 : f32, !llvm.ptr<3>
      }
      scf.if %v626 {
        %v1034 = llvm.getelementptr %v11[%v636] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v638, %v1034 : f32, !llvm.ptr<3>
      }
      scf.if %v640 {
        %v1035 = llvm.getelementptr %v11[%v650] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v652, %v1035 : f32, !llvm.ptr<3>
      }
      scf.if %v654 {
        %v1036 = llvm.getelementptr %v11[%v664] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v666, %v1036 : f32, !llvm.ptr<3>
      }
      scf.if %v668 {
        %v1037 = llvm.getelementptr %v11[%v678] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v680, %v1037 : f32, !llvm.ptr<3>
      }
      scf.if %v682 {
        %v1038 = llvm.getelementptr %v11[%v692] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v694, %v1038 : f32, !llvm.ptr<3>
      }
      scf.if %v696 {
        %v1039 = llvm.getelementptr %v11[%v706] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v708, %v1039 : f32, !llvm.ptr<3>
      }
      scf.if %v710 {
        %v1040 = llvm.getelementptr %v11[%v720] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v722, %v1040 : f32, !llvm.ptr<3>
      }
      scf.if %v724 {
        %v1041 = llvm.getelementptr %v11[%v734] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v736, %v1041 : f32, !llvm.ptr<3>
      }
      scf.if %v738 {
        %v1042 = llvm.getelementptr %v11[%v748] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v750, %v1042 : f32, !llvm.ptr<3>
      }
      scf.if %v752 {
        %v1043 = llvm.getelementptr %v11[%v762] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v764, %v1043 : f32, !llvm.ptr<3>
      }
      scf.if %v766 {
        %v1044 = llvm.getelementptr %v11[%v776] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v778, %v1044 : f32, !llvm.ptr<3>
      }
      scf.if %v780 {
        %v1045 = llvm.getelementptr %v11[%v790] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v792, %v1045 : f32, !llvm.ptr<3>
      }
      scf.if %v794 {
        %v1046 = llvm.getelementptr %v11[%v804] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v806, %v1046 : f32, !llvm.ptr<3>
      }
      scf.if %v808 {
        %v1047 = llvm.getelementptr %v11[%v818] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v820, %v1047 : f32, !llvm.ptr<3>
      }
      scf.if %v822 {
        %v1048 = llvm.getelementptr %v11[%v832] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v834, %v1048 : f32, !llvm.ptr<3>
      }
      scf.if %v836 {
        %v1049 = llvm.getelementptr %v11[%v846] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v848, %v1049 : f32, !llvm.ptr<3>
      }
      scf.if %v850 {
        %v1050 = llvm.getelementptr %v11[%v860] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v862, %v1050 : f32, !llvm.ptr<3>
      }
      scf.if %v864 {
        %v1051 = llvm.getelementptr %v11[%v874] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v876, %v1051 : f32, !llvm.ptr<3>
      }
      scf.if %v878 {
        %v1052 = llvm.getelementptr %v11[%v888] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v890, %v1052 : f32, !llvm.ptr<3>
      }
      scf.if %v892 {
        %v1053 = llvm.getelementptr %v11[%v902] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v904, %v1053 : f32, !llvm.ptr<3>
      }
      scf.if %v906 {
        %v1054 = llvm.getelementptr %v11[%v916] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v918, %v1054 : f32, !llvm.ptr<3>
      }
      scf.if %v920 {
        %v1055 = llvm.getelementptr %v11[%v930] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v932, %v1055 : f32, !llvm.ptr<3>
      }
      scf.if %v934 {
        %v1056 = llvm.getelementptr %v11[%v944] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v946, %v1056 : f32, !llvm.ptr<3>
      }
      scf.if %v948 {
        %v1057 = llvm.getelementptr %v11[%v958] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v960, %v1057 : f32, !llvm.ptr<3>
      }
      scf.if %v962 {
        %v1058 = llvm.getelementptr %v11[%v972] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v974, %v1058 : f32, !llvm.ptr<3>
      }
      scf.if %v976 {
        %v1059 = llvm.getelementptr %v11[%v986] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v988, %v1059 : f32, !llvm.ptr<3>
      }
      scf.if %v990 {
        %v1060 = llvm.getelementptr %v11[%v1000] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1002, %v1060 : f32, !llvm.ptr<3>
      }
      scf.if %v1004 {
        %v1061 = llvm.getelementptr %v11[%v1014] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1016, %v1061 : f32, !llvm.ptr<3>
      }
      scf.if %v1018 {
        %v1062 = llvm.getelementptr %v11[%v1028] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1030, %v1062 : f32, !llvm.ptr<3>
      }
      // end staged load of `rho`
      // staged load of `theta`'s first tile: read, then shared memory
      %v1063 = arith.divui %v18, %v68 : i64
      %v1064 = arith.remui %v18, %v68 : i64
      %v1065 = arith.addi %v1063, %v35 : i64
      %v1066 = arith.constant true
      %v1068 = arith.addi %v1067, %v1065 : i64
      %v1069 = llvm.getelementptr %v10[%v1068] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1070 = llvm.load %v1069 : !llvm.ptr<3> -> i64
      %v1071 = arith.addi %v65, %v1064 : i64
      %v1072 = arith.cmpi slt, %v1071, %v67 : i64
      %v1073 = arith.subi %size_L, %v1 : i64
      %v1074 = arith.minsi %v1071, %v1073 : i64
      %v1075 = arith.addi %v1070, %v1074 : i64
      %v1076 = arith.muli %v1068, %v81 : i64
      %v1077 = arith.addi %v1076, %v1064 : i64
      %v1078 = llvm.getelementptr %in_theta[%v1075] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1079 = llvm.load %v1078 : !llvm.ptr -> f32
      %v1080 = arith.addi %v1063, %v59 : i64
      %v1081 = arith.constant true
      %v1082 = arith.addi %v1067, %v1080 : i64
      %v1083 = llvm.getelementptr %v10[%v1082] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1084 = llvm.load %v1083 : !llvm.ptr<3> -> i64
      %v1085 = arith.addi %v65, %v1064 : i64
      %v1086 = arith.cmpi slt, %v1085, %v67 : i64
      %v1087 = arith.subi %size_L, %v1 : i64
      %v1088 = arith.minsi %v1085, %v1087 : i64
      %v1089 = arith.addi %v1084, %v1088 : i64
      %v1090 = arith.muli %v1082, %v81 : i64
      %v1091 = arith.addi %v1090, %v1064 : i64
      %v1092 = llvm.getelementptr %in_theta[%v1089] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1093 = llvm.load %v1092 : !llvm.ptr -> f32
      %v1094 = arith.addi %v1063, %v100 : i64
      %v1095 = arith.constant true
      %v1096 = arith.addi %v1067, %v1094 : i64
      %v1097 = llvm.getelementptr %v10[%v1096] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1098 = llvm.load %v1097 : !llvm.ptr<3> -> i64
      %v1099 = arith.addi %v65, %v1064 : i64
      %v1100 = arith.cmpi slt, %v1099, %v67 : i64
      %v1101 = arith.subi %size_L, %v1 : i64
      %v1102 = arith.minsi %v1099, %v1101 : i64
      %v1103 = arith.addi %v1098, %v1102 : i64
      %v1104 = arith.muli %v1096, %v81 : i64
      %v1105 = arith.addi %v1104, %v1064 : i64
      %v1106 = llvm.getelementptr %in_theta[%v1103] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1107 = llvm.load %v1106 : !llvm.ptr -> f32
      %v1108 = arith.addi %v1063, %v115 : i64
      %v1109 = arith.constant true
      %v1110 = arith.addi %v1067, %v1108 : i64
      %v1111 = llvm.getelementptr %v10[%v1110] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1112 = llvm.load %v1111 : !llvm.ptr<3> -> i64
      %v1113 = arith.addi %v65, %v1064 : i64
      %v1114 = arith.cmpi slt, %v1113, %v67 : i64
      %v1115 = arith.subi %size_L, %v1 : i64
      %v1116 = arith.minsi %v1113, %v1115 : i64
      %v1117 = arith.addi %v1112, %v1116 : i64
      %v1118 = arith.muli %v1110, %v81 : i64
      %v1119 = arith.addi %v1118, %v1064 : i64
      %v1120 = llvm.getelementptr %in_theta[%v1117] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1121 = llvm.load %v1120 : !llvm.ptr -> f32
      %v1122 = arith.addi %v1063, %v130 : i64
      %v1123 = arith.constant true
      %v1124 = arith.addi %v1067, %v1122 : i64
      %v1125 = llvm.getelementptr %v10[%v1124] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1126 = llvm.load %v1125 : !llvm.ptr<3> -> i64
      %v1127 = arith.addi %v65, %v1064 : i64
      %v1128 = arith.cmpi slt, %v1127, %v67 : i64
      %v1129 = arith.subi %size_L, %v1 : i64
      %v1130 = arith.minsi %v1127, %v1129 : i64
      %v1131 = arith.addi %v1126, %v1130 : i64
      %v1132 = arith.muli %v1124, %v81 : i64
      %v1133 = arith.addi %v1132, %v1064 : i64
      %v1134 = llvm.getelementptr %in_theta[%v1131] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1135 = llvm.load %v1134 : !llvm.ptr -> f32
      %v1136 = arith.addi %v1063, %v145 : i64
      %v1137 = arith.constant true
      %v1138 = arith.addi %v1067, %v1136 : i64
      %v1139 = llvm.getelementptr %v10[%v1138] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1140 = llvm.load %v1139 : !llvm.ptr<3> -> i64
      %v1141 = arith.addi %v65, %v1064 : i64
      %v1142 = arith.cmpi slt, %v1141, %v67 : i64
      %v1143 = arith.subi %size_L, %v1 : i64
      %v1144 = arith.minsi %v1141, %v1143 : i64
      %v1145 = arith.addi %v1140, %v1144 : i64
      %v1146 = arith.muli %v1138, %v81 : i64
      %v1147 = arith.addi %v1146, %v1064 : i64
      %v1148 = llvm.getelementptr %in_theta[%v1145] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1149 = llvm.load %v1148 : !llvm.ptr -> f32
      %v1150 = arith.addi %v1063, %v160 : i64
      %v1151 = arith.constant true
      %v1152 = arith.addi %v1067, %v1150 : i64
      %v1153 = llvm.getelementptr %v10[%v1152] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1154 = llvm.load %v1153 : !llvm.ptr<3> -> i64
      %v1155 = arith.addi %v65, %v1064 : i64
      %v1156 = arith.cmpi slt, %v1155, %v67 : i64
      %v1157 = arith.subi %size_L, %v1 : i64
      %v1158 = arith.minsi %v1155, %v1157 : i64
      %v1159 = arith.addi %v1154, %v1158 : i64
      %v1160 = arith.muli %v1152, %v81 : i64
      %v1161 = arith.addi %v1160, %v1064 : i64
      %v1162 = llvm.getelementptr %in_theta[%v1159] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1163 = llvm.load %v1162 : !llvm.ptr -> f32
      %v1164 = arith.addi %v1063, %v175 : i64
      %v1165 = arith.constant true
      %v1166 = arith.addi %v1067, %v1164 : i64
      %v1167 = llvm.getelementptr %v10[%v1166] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1168 = llvm.load %v1167 : !llvm.ptr<3> -> i64
      %v1169 = arith.addi %v65, %v1064 : i64
      %v1170 = arith.cmpi slt, %v1169, %v67 : i64
      %v1171 = arith.subi %size_L, %v1 : i64
      %v1172 = arith.minsi %v1169, %v1171 : i64
      %v1173 = arith.addi %v1168, %v1172 : i64
      %v1174 = arith.muli %v1166, %v81 : i64
      %v1175 = arith.addi %v1174, %v1064 : i64
      %v1176 = llvm.getelementptr %in_theta[%v1173] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1177 = llvm.load %v1176 : !llvm.ptr -> f32
      %v1178 = arith.addi %v1063, %v190 : i64
      %v1179 = arith.constant true
      %v1180 = arith.addi %v1067, %v1178 : i64
      %v1181 = llvm.getelementptr %v10[%v1180] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1182 = llvm.load %v1181 : !llvm.ptr<3> -> i64
      %v1183 = arith.addi %v65, %v1064 : i64
      %v1184 = arith.cmpi slt, %v1183, %v67 : i64
      %v1185 = arith.subi %size_L, %v1 : i64
      %v1186 = arith.minsi %v1183, %v1185 : i64
      %v1187 = arith.addi %v1182, %v1186 : i64
      %v1188 = arith.muli %v1180, %v81 : i64
      %v1189 = arith.addi %v1188, %v1064 : i64
      %v1190 = llvm.getelementptr %in_theta[%v1187] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1191 = llvm.load %v1190 : !llvm.ptr -> f32
      %v1192 = arith.addi %v1063, %v205 : i64
      %v1193 = arith.constant true
      %v1194 = arith.addi %v1067, %v1192 : i64
      %v1195 = llvm.getelementptr %v10[%v1194] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1196 = llvm.load %v1195 : !llvm.ptr<3> -> i64
      %v1197 = arith.addi %v65, %v1064 : i64
      %v1198 = arith.cmpi slt, %v1197, %v67 : i64
      %v1199 = arith.subi %size_L, %v1 : i64
      %v1200 = arith.minsi %v1197, %v1199 : i64
      %v1201 = arith.addi %v1196, %v1200 : i64
      %v1202 = arith.muli %v1194, %v81 : i64
      %v1203 = arith.addi %v1202, %v1064 : i64
      %v1204 = llvm.getelementptr %in_theta[%v1201] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1205 = llvm.load %v1204 : !llvm.ptr -> f32
      %v1206 = arith.addi %v1063, %v220 : i64
      %v1207 = arith.constant true
      %v1208 = arith.addi %v1067, %v1206 : i64
      %v1209 = llvm.getelementptr %v10[%v1208] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1210 = llvm.load %v1209 : !llvm.ptr<3> -> i64
      %v1211 = arith.addi %v65, %v1064 : i64
      %v1212 = arith.cmpi slt, %v1211, %v67 : i64
      %v1213 = arith.subi %size_L, %v1 : i64
      %v1214 = arith.minsi %v1211, %v1213 : i64
      %v1215 = arith.addi %v1210, %v1214 : i64
      %v1216 = arith.muli %v1208, %v81 : i64
      %v1217 = arith.addi %v1216, %v1064 : i64
      %v1218 = llvm.getelementptr %in_theta[%v1215] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1219 = llvm.load %v1218 : !llvm.ptr -> f32
      %v1220 = arith.addi %v1063, %v235 : i64
      %v1221 = arith.constant true
      %v1222 = arith.addi %v1067, %v1220 : i64
      %v1223 = llvm.getelementptr %v10[%v1222] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1224 = llvm.load %v1223 : !llvm.ptr<3> -> i64
      %v1225 = arith.addi %v65, %v1064 : i64
      %v1226 = arith.cmpi slt, %v1225, %v67 : i64
      %v1227 = arith.subi %size_L, %v1 : i64
      %v1228 = arith.minsi %v1225, %v1227 : i64
      %v1229 = arith.addi %v1224, %v1228 : i64
      %v1230 = arith.muli %v1222, %v81 : i64
      %v1231 = arith.addi %v1230, %v1064 : i64
      %v1232 = llvm.getelementptr %in_theta[%v1229] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1233 = llvm.load %v1232 : !llvm.ptr -> f32
      %v1234 = arith.addi %v1063, %v250 : i64
      %v1235 = arith.constant true
      %v1236 = arith.addi %v1067, %v1234 : i64
      %v1237 = llvm.getelementptr %v10[%v1236] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1238 = llvm.load %v1237 : !llvm.ptr<3> -> i64
      %v1239 = arith.addi %v65, %v1064 : i64
      %v1240 = arith.cmpi slt, %v1239, %v67 : i64
      %v1241 = arith.subi %size_L, %v1 : i64
      %v1242 = arith.minsi %v1239, %v1241 : i64
      %v1243 = arith.addi %v1238, %v1242 : i64
      %v1244 = arith.muli %v1236, %v81 : i64
      %v1245 = arith.addi %v1244, %v1064 : i64
      %v1246 = llvm.getelementptr %in_theta[%v1243] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1247 = llvm.load %v1246 : !llvm.ptr -> f32
      %v1248 = arith.addi %v1063, %v265 : i64
      %v1249 = arith.constant true
      %v1250 = arith.addi %v1067, %v1248 : i64
      %v1251 = llvm.getelementptr %v10[%v1250] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1252 = llvm.load %v1251 : !llvm.ptr<3> -> i64
      %v1253 = arith.addi %v65, %v1064 : i64
      %v1254 = arith.cmpi slt, %v1253, %v67 : i64
      %v1255 = arith.subi %size_L, %v1 : i64
      %v1256 = arith.minsi %v1253, %v1255 : i64
      %v1257 = arith.addi %v1252, %v1256 : i64
      %v1258 = arith.muli %v1250, %v81 : i64
      %v1259 = arith.addi %v1258, %v1064 : i64
      %v1260 = llvm.getelementptr %in_theta[%v1257] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1261 = llvm.load %v1260 : !llvm.ptr -> f32
      %v1262 = arith.addi %v1063, %v280 : i64
      %v1263 = arith.constant true
      %v1264 = arith.addi %v1067, %v1262 : i64
      %v1265 = llvm.getelementptr %v10[%v1264] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1266 = llvm.load %v1265 : !llvm.ptr<3> -> i64
      %v1267 = arith.addi %v65, %v1064 : i64
      %v1268 = arith.cmpi slt, %v1267, %v67 : i64
      %v1269 = arith.subi %size_L, %v1 : i64
      %v1270 = arith.minsi %v1267, %v1269 : i64
      %v1271 = arith.addi %v1266, %v1270 : i64
      %v1272 = arith.muli %v1264, %v81 : i64
      %v1273 = arith.addi %v1272, %v1064 : i64
      %v1274 = llvm.getelementptr %in_theta[%v1271] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1275 = llvm.load %v1274 : !llvm.ptr -> f32
      %v1276 = arith.addi %v1063, %v295 : i64
      %v1277 = arith.constant true
      %v1278 = arith.addi %v1067, %v1276 : i64
      %v1279 = llvm.getelementptr %v10[%v1278] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1280 = llvm.load %v1279 : !llvm.ptr<3> -> i64
      %v1281 = arith.addi %v65, %v1064 : i64
      %v1282 = arith.cmpi slt, %v1281, %v67 : i64
      %v1283 = arith.subi %size_L, %v1 : i64
      %v1284 = arith.minsi %v1281, %v1283 : i64
      %v1285 = arith.addi %v1280, %v1284 : i64
      %v1286 = arith.muli %v1278, %v81 : i64
      %v1287 = arith.addi %v1286, %v1064 : i64
      %v1288 = llvm.getelementptr %in_theta[%v1285] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1289 = llvm.load %v1288 : !llvm.ptr -> f32
      %v1290 = arith.addi %v1063, %v68 : i64
      %v1291 = arith.constant true
      %v1292 = arith.addi %v1067, %v1290 : i64
      %v1293 = llvm.getelementptr %v10[%v1292] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1294 = llvm.load %v1293 : !llvm.ptr<3> -> i64
      %v1295 = arith.addi %v65, %v1064 : i64
      %v1296 = arith.cmpi slt, %v1295, %v67 : i64
      %v1297 = arith.subi %size_L, %v1 : i64
      %v1298 = arith.minsi %v1295, %v1297 : i64
      %v1299 = arith.addi %v1294, %v1298 : i64
      %v1300 = arith.muli %v1292, %v81 : i64
      %v1301 = arith.addi %v1300, %v1064 : i64
      %v1302 = llvm.getelementptr %in_theta[%v1299] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1303 = llvm.load %v1302 : !llvm.ptr -> f32
      %v1304 = arith.addi %v1063, %v324 : i64
      %v1305 = arith.constant true
      %v1306 = arith.addi %v1067, %v1304 : i64
      %v1307 = llvm.getelementptr %v10[%v1306] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1308 = llvm.load %v1307 : !llvm.ptr<3> -> i64
      %v1309 = arith.addi %v65, %v1064 : i64
      %v1310 = arith.cmpi slt, %v1309, %v67 : i64
      %v1311 = arith.subi %size_L, %v1 : i64
      %v1312 = arith.minsi %v1309, %v1311 : i64
      %v1313 = arith.addi %v1308, %v1312 : i64
      %v1314 = arith.muli %v1306, %v81 : i64
      %v1315 = arith.addi %v1314, %v1064 : i64
      %v1316 = llvm.getelementptr %in_theta[%v1313] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1317 = llvm.load %v1316 : !llvm.ptr -> f32
      %v1318 = arith.addi %v1063, %v339 : i64
      %v1319 = arith.constant true
      %v1320 = arith.addi %v1067, %v1318 : i64
      %v1321 = llvm.getelementptr %v10[%v1320] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1322 = llvm.load %v1321 : !llvm.ptr<3> -> i64
      %v1323 = arith.addi %v65, %v1064 : i64
      %v1324 = arith.cmpi slt, %v1323, %v67 : i64
      %v1325 = arith.subi %size_L, %v1 : i64
      %v1326 = arith.minsi %v1323, %v1325 : i64
      %v1327 = arith.addi %v1322, %v1326 : i64
      %v1328 = arith.muli %v1320, %v81 : i64
      %v1329 = arith.addi %v1328, %v1064 : i64
      %v1330 = llvm.getelementptr %in_theta[%v1327] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1331 = llvm.load %v1330 : !llvm.ptr -> f32
      %v1332 = arith.addi %v1063, %v354 : i64
      %v1333 = arith.constant true
      %v1334 = arith.addi %v1067, %v1332 : i64
      %v1335 = llvm.getelementptr %v10[%v1334] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1336 = llvm.load %v1335 : !llvm.ptr<3> -> i64
      %v1337 = arith.addi %v65, %v1064 : i64
      %v1338 = arith.cmpi slt, %v1337, %v67 : i64
      %v1339 = arith.subi %size_L, %v1 : i64
      %v1340 = arith.minsi %v1337, %v1339 : i64
      %v1341 = arith.addi %v1336, %v1340 : i64
      %v1342 = arith.muli %v1334, %v81 : i64
      %v1343 = arith.addi %v1342, %v1064 : i64
      %v1344 = llvm.getelementptr %in_theta[%v1341] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1345 = llvm.load %v1344 : !llvm.ptr -> f32
      %v1346 = arith.addi %v1063, %v369 : i64
      %v1347 = arith.constant true
      %v1348 = arith.addi %v1067, %v1346 : i64
      %v1349 = llvm.getelementptr %v10[%v1348] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1350 = llvm.load %v1349 : !llvm.ptr<3> -> i64
      %v1351 = arith.addi %v65, %v1064 : i64
      %v1352 = arith.cmpi slt, %v1351, %v67 : i64
      %v1353 = arith.subi %size_L, %v1 : i64
      %v1354 = arith.minsi %v1351, %v1353 : i64
      %v1355 = arith.addi %v1350, %v1354 : i64
      %v1356 = arith.muli %v1348, %v81 : i64
      %v1357 = arith.addi %v1356, %v1064 : i64
      %v1358 = llvm.getelementptr %in_theta[%v1355] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1359 = llvm.load %v1358 : !llvm.ptr -> f32
      %v1360 = arith.addi %v1063, %v384 : i64
      %v1361 = arith.constant true
      %v1362 = arith.addi %v1067, %v1360 : i64
      %v1363 = llvm.getelementptr %v10[%v1362] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1364 = llvm.load %v1363 : !llvm.ptr<3> -> i64
      %v1365 = arith.addi %v65, %v1064 : i64
      %v1366 = arith.cmpi slt, %v1365, %v67 : i64
      %v1367 = arith.subi %size_L, %v1 : i64
      %v1368 = arith.minsi %v1365, %v1367 : i64
      %v1369 = arith.addi %v1364, %v1368 : i64
      %v1370 = arith.muli %v1362, %v81 : i64
      %v1371 = arith.addi %v1370, %v1064 : i64
      %v1372 = llvm.getelementptr %in_theta[%v1369] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1373 = llvm.load %v1372 : !llvm.ptr -> f32
      %v1374 = arith.addi %v1063, %v399 : i64
      %v1375 = arith.constant true
      %v1376 = arith.addi %v1067, %v1374 : i64
      %v1377 = llvm.getelementptr %v10[%v1376] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1378 = llvm.load %v1377 : !llvm.ptr<3> -> i64
      %v1379 = arith.addi %v65, %v1064 : i64
      %v1380 = arith.cmpi slt, %v1379, %v67 : i64
      %v1381 = arith.subi %size_L, %v1 : i64
      %v1382 = arith.minsi %v1379, %v1381 : i64
      %v1383 = arith.addi %v1378, %v1382 : i64
      %v1384 = arith.muli %v1376, %v81 : i64
      %v1385 = arith.addi %v1384, %v1064 : i64
      %v1386 = llvm.getelementptr %in_theta[%v1383] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1387 = llvm.load %v1386 : !llvm.ptr -> f32
      %v1388 = arith.addi %v1063, %v414 : i64
      %v1389 = arith.constant true
      %v1390 = arith.addi %v1067, %v1388 : i64
      %v1391 = llvm.getelementptr %v10[%v1390] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1392 = llvm.load %v1391 : !llvm.ptr<3> -> i64
      %v1393 = arith.addi %v65, %v1064 : i64
      %v1394 = arith.cmpi slt, %v1393, %v67 : i64
      %v1395 = arith.subi %size_L, %v1 : i64
      %v1396 = arith.minsi %v1393, %v1395 : i64
      %v1397 = arith.addi %v1392, %v1396 : i64
      %v1398 = arith.muli %v1390, %v81 : i64
      %v1399 = arith.addi %v1398, %v1064 : i64
      %v1400 = llvm.getelementptr %in_theta[%v1397] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1401 = llvm.load %v1400 : !llvm.ptr -> f32
      %v1402 = arith.addi %v1063, %v429 : i64
      %v1403 = arith.constant true
      %v1404 = arith.addi %v1067, %v1402 : i64
      %v1405 = llvm.getelementptr %v10[%v1404] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1406 = llvm.load %v1405 : !llvm.ptr<3> -> i64
      %v1407 = arith.addi %v65, %v1064 : i64
      %v1408 = arith.cmpi slt, %v1407, %v67 : i64
      %v1409 = arith.subi %size_L, %v1 : i64
      %v1410 = arith.minsi %v1407, %v1409 : i64
      %v1411 = arith.addi %v1406, %v1410 : i64
      %v1412 = arith.muli %v1404, %v81 : i64
      %v1413 = arith.addi %v1412, %v1064 : i64
      %v1414 = llvm.getelementptr %in_theta[%v1411] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1415 = llvm.load %v1414 : !llvm.ptr -> f32
      %v1416 = arith.addi %v1063, %v444 : i64
      %v1417 = arith.constant true
      %v1418 = arith.addi %v1067, %v1416 : i64
      %v1419 = llvm.getelementptr %v10[%v1418] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1420 = llvm.load %v1419 : !llvm.ptr<3> -> i64
      %v1421 = arith.addi %v65, %v1064 : i64
      %v1422 = arith.cmpi slt, %v1421, %v67 : i64
      %v1423 = arith.subi %size_L, %v1 : i64
      %v1424 = arith.minsi %v1421, %v1423 : i64
      %v1425 = arith.addi %v1420, %v1424 : i64
      %v1426 = arith.muli %v1418, %v81 : i64
      %v1427 = arith.addi %v1426, %v1064 : i64
      %v1428 = llvm.getelementptr %in_theta[%v1425] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1429 = llvm.load %v1428 : !llvm.ptr -> f32
      %v1430 = arith.addi %v1063, %v459 : i64
      %v1431 = arith.constant true
      %v1432 = arith.addi %v1067, %v1430 : i64
      %v1433 = llvm.getelementptr %v10[%v1432] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1434 = llvm.load %v1433 : !llvm.ptr<3> -> i64
      %v1435 = arith.addi %v65, %v1064 : i64
      %v1436 = arith.cmpi slt, %v1435, %v67 : i64
      %v1437 = arith.subi %size_L, %v1 : i64
      %v1438 = arith.minsi %v1435, %v1437 : i64
      %v1439 = arith.addi %v1434, %v1438 : i64
      %v1440 = arith.muli %v1432, %v81 : i64
      %v1441 = arith.addi %v1440, %v1064 : i64
      %v1442 = llvm.getelementptr %in_theta[%v1439] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1443 = llvm.load %v1442 : !llvm.ptr -> f32
      %v1444 = arith.addi %v1063, %v474 : i64
      %v1445 = arith.constant true
      %v1446 = arith.addi %v1067, %v1444 : i64
      %v1447 = llvm.getelementptr %v10[%v1446] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1448 = llvm.load %v1447 : !llvm.ptr<3> -> i64
      %v1449 = arith.addi %v65, %v1064 : i64
      %v1450 = arith.cmpi slt, %v1449, %v67 : i64
      %v1451 = arith.subi %size_L, %v1 : i64
      %v1452 = arith.minsi %v1449, %v1451 : i64
      %v1453 = arith.addi %v1448, %v1452 : i64
      %v1454 = arith.muli %v1446, %v81 : i64
      %v1455 = arith.addi %v1454, %v1064 : i64
      %v1456 = llvm.getelementptr %in_theta[%v1453] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1457 = llvm.load %v1456 : !llvm.ptr -> f32
      %v1458 = arith.addi %v1063, %v489 : i64
      %v1459 = arith.constant true
      %v1460 = arith.addi %v1067, %v1458 : i64
      %v1461 = llvm.getelementptr %v10[%v1460] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1462 = llvm.load %v1461 : !llvm.ptr<3> -> i64
      %v1463 = arith.addi %v65, %v1064 : i64
      %v1464 = arith.cmpi slt, %v1463, %v67 : i64
      %v1465 = arith.subi %size_L, %v1 : i64
      %v1466 = arith.minsi %v1463, %v1465 : i64
      %v1467 = arith.addi %v1462, %v1466 : i64
      %v1468 = arith.muli %v1460, %v81 : i64
      %v1469 = arith.addi %v1468, %v1064 : i64
      %v1470 = llvm.getelementptr %in_theta[%v1467] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1471 = llvm.load %v1470 : !llvm.ptr -> f32
      %v1472 = arith.addi %v1063, %v504 : i64
      %v1473 = arith.constant true
      %v1474 = arith.addi %v1067, %v1472 : i64
      %v1475 = llvm.getelementptr %v10[%v1474] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1476 = llvm.load %v1475 : !llvm.ptr<3> -> i64
      %v1477 = arith.addi %v65, %v1064 : i64
      %v1478 = arith.cmpi slt, %v1477, %v67 : i64
      %v1479 = arith.subi %size_L, %v1 : i64
      %v1480 = arith.minsi %v1477, %v1479 : i64
      %v1481 = arith.addi %v1476, %v1480 : i64
      %v1482 = arith.muli %v1474, %v81 : i64
      %v1483 = arith.addi %v1482, %v1064 : i64
      %v1484 = llvm.getelementptr %in_theta[%v1481] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1485 = llvm.load %v1484 : !llvm.ptr -> f32
      %v1486 = arith.addi %v1063, %v519 : i64
      %v1487 = arith.constant true
      %v1488 = arith.addi %v1067, %v1486 : i64
      %v1489 = llvm.getelementptr %v10[%v1488] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1490 = llvm.load %v1489 : !llvm.ptr<3> -> i64
      %v1491 = arith.addi %v65, %v1064 : i64
      %v1492 = arith.cmpi slt, %v1491, %v67 : i64
      %v1493 = arith.subi %size_L, %v1 : i64
      %v1494 = arith.minsi %v1491, %v1493 : i64
      %v1495 = arith.addi %v1490, %v1494 : i64
      %v1496 = arith.muli %v1488, %v81 : i64
      %v1497 = arith.addi %v1496, %v1064 : i64
      %v1498 = llvm.getelementptr %in_theta[%v1495] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1499 = llvm.load %v1498 : !llvm.ptr -> f32
      %v1500 = arith.addi %v1063, %v534 : i64
      %v1501 = arith.constant true
      %v1502 = arith.addi %v1067, %v1500 : i64
      %v1503 = llvm.getelementptr %v10[%v1502] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1504 = llvm.load %v1503 : !llvm.ptr<3> -> i64
      %v1505 = arith.addi %v65, %v1064 : i64
      %v1506 = arith.cmpi slt, %v1505, %v67 : i64
      %v1507 = arith.subi %size_L, %v1 : i64
      %v1508 = arith.minsi %v1505, %v1507 : i64
      %v1509 = arith.addi %v1504, %v1508 : i64
      %v1510 = arith.muli %v1502, %v81 : i64
      %v1511 = arith.addi %v1510, %v1064 : i64
      %v1512 = llvm.getelementptr %in_theta[%v1509] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1513 = llvm.load %v1512 : !llvm.ptr -> f32
      scf.if %v1066 {
        %v1514 = llvm.getelementptr %v11[%v1077] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1079, %v1514 : f32, !llvm.ptr<3>
      }
      scf.if %v1081 {
        %v1515 = llvm.getelementptr %v11[%v1091] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1093, %v1515 : f32, !llvm.ptr<3>
      }
      scf.if %v1095 {
        %v1516 = llvm.getelementptr %v11[%v1105] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1107, %v1516 : f32, !llvm.ptr<3>
      }
      scf.if %v1109 {
        %v1517 = llvm.getelementptr %v11[%v1119] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1121, %v1517 : f32, !llvm.ptr<3>
      }
      scf.if %v1123 {
        %v1518 = llvm.getelementptr %v11[%v1133] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1135, %v1518 : f32, !llvm.ptr<3>
      }
      scf.if %v1137 {
        %v1519 = llvm.getelementptr %v11[%v1147] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1149, %v1519 : f32, !llvm.ptr<3>
      }
      scf.if %v1151 {
        %v1520 = llvm.getelementptr %v11[%v1161] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1163, %v1520 : f32, !llvm.ptr<3>
      }
      scf.if %v1165 {
        %v1521 = llvm.getelementptr %v11[%v1175] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1177, %v1521 : f32, !llvm.ptr<3>
      }
      scf.if %v1179 {
        %v1522 = llvm.getelementptr %v11[%v1189] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1191, %v1522 : f32, !llvm.ptr<3>
      }
      scf.if %v1193 {
        %v1523 = llvm.getelementptr %v11[%v1203] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1205, %v1523 : f32, !llvm.ptr<3>
      }
      scf.if %v1207 {
        %v1524 = llvm.getelementptr %v11[%v1217] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1219, %v1524 : f32, !llvm.ptr<3>
      }
      scf.if %v1221 {
        %v1525 = llvm.getelementptr %v11[%v1231] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1233, %v1525 : f32, !llvm.ptr<3>
      }
      scf.if %v1235 {
        %v1526 = llvm.getelementptr %v11[%v1245] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1247, %v1526 : f32, !llvm.ptr<3>
      }
      scf.if %v1249 {
        %v1527 = llvm.getelementptr %v11[%v1259] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1261, %v1527 : f32, !llvm.ptr<3>
      }
      scf.if %v1263 {
        %v1528 = llvm.getelementptr %v11[%v1273] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1275, %v1528 : f32, !llvm.ptr<3>
      }
      scf.if %v1277 {
        %v1529 = llvm.getelementptr %v11[%v1287] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1289, %v1529 : f32, !llvm.ptr<3>
      }
      scf.if %v1291 {
        %v1530 = llvm.getelementptr %v11[%v1301] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1303, %v1530 : f32, !llvm.ptr<3>
      }
      scf.if %v1305 {
        %v1531 = llvm.getelementptr %v11[%v1315] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1317, %v1531 : f32, !llvm.ptr<3>
      }
      scf.if %v1319 {
        %v1532 = llvm.getelementptr %v11[%v1329] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1331, %v1532 : f32, !llvm.ptr<3>
      }
      scf.if %v1333 {
        %v1533 = llvm.getelementptr %v11[%v1343] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1345, %v1533 : f32, !llvm.ptr<3>
      }
      scf.if %v1347 {
        %v1534 = llvm.getelementptr %v11[%v1357] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1359, %v1534 : f32, !llvm.ptr<3>
      }
      scf.if %v1361 {
        %v1535 = llvm.getelementptr %v11[%v1371] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1373, %v1535 : f32, !llvm.ptr<3>
      }
      scf.if %v1375 {
        %v1536 = llvm.getelementptr %v11[%v1385] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1387, %v1536 : f32, !llvm.ptr<3>
      }
      scf.if %v1389 {
        %v1537 = llvm.getelementptr %v11[%v1399] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1401, %v1537 : f32, !llvm.ptr<3>
      }
      scf.if %v1403 {
        %v1538 = llvm.getelementptr %v11[%v1413] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1415, %v1538 : f32, !llvm.ptr<3>
      }
      scf.if %v1417 {
        %v1539 = llvm.getelementptr %v11[%v1427] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1429, %v1539 : f32, !llvm.ptr<3>
      }
      scf.if %v1431 {
        %v1540 = llvm.getelementptr %v11[%v1441] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1443, %v1540 : f32, !llvm.ptr<3>
      }
      scf.if %v1445 {
        %v1541 = llvm.getelementptr %v11[%v1455] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1457, %v1541 : f32, !llvm.ptr<3>
      }
      scf.if %v1459 {
        %v1542 = llvm.getelementptr %v11[%v1469] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1471, %v1542 : f32, !llvm.ptr<3>
      }
      scf.if %v1473 {
        %v1543 = llvm.getelementptr %v11[%v1483] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1485, %v1543 : f32, !llvm.ptr<3>
      }
      scf.if %v1487 {
        %v1544 = llvm.getelementptr %v11[%v1497] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1499, %v1544 : f32, !llvm.ptr<3>
      }
      scf.if %v1501 {
        %v1545 = llvm.getelementptr %v11[%v1511] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1513, %v1545 : f32, !llvm.ptr<3>
      }
      // end staged load of `theta`
      gpu.barrier
      %v1546 = arith.index_cast %v65 : i64 to index
      %v1547 = arith.index_cast %v67 : i64 to index
      %v1548 = arith.index_cast %v68 : i64 to index
      scf.for %v1549 = %v1546 to %v1547 step %v1548 {
        %v1550 = arith.index_cast %v1549 : index to i64
        %v1551 = arith.subi %v67, %v1550 : i64
        %v1552 = arith.minsi %v1551, %v68 : i64
        %v1553 = arith.addi %v1550, %v68 : i64
        %v1554 = arith.divui %v18, %v68 : i64
        %v1555 = arith.remui %v18, %v68 : i64
        %v1556 = arith.addi %v1554, %v35 : i64
        %v1557 = arith.constant true
        %v1558 = arith.addi %v35, %v1556 : i64
        %v1559 = llvm.getelementptr %v10[%v1558] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1560 = llvm.load %v1559 : !llvm.ptr<3> -> i64
        %v1561 = arith.addi %v1553, %v1555 : i64
        %v1562 = arith.cmpi slt, %v1561, %v67 : i64
        %v1563 = arith.subi %size_L, %v1 : i64
        %v1564 = arith.minsi %v1561, %v1563 : i64
        %v1565 = arith.addi %v1560, %v1564 : i64
        %v1566 = arith.muli %v1558, %v81 : i64
        %v1567 = arith.addi %v1566, %v1555 : i64
        %v1568 = llvm.getelementptr %in_x[%v1565] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1569 = llvm.load %v1568 : !llvm.ptr -> f32
        %v1570 = arith.addi %v1554, %v59 : i64
        %v1571 = arith.constant true
        %v1572 = arith.addi %v35, %v1570 : i64
        %v1573 = llvm.getelementptr %v10[%v1572] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1574 = llvm.load %v1573 : !llvm.ptr<3> -> i64
        %v1575 = arith.addi %v1553, %v1555 : i64
        %v1576 = arith.cmpi slt, %v1575, %v67 : i64
        %v1577 = arith.subi %size_L, %v1 : i64
        %v1578 = arith.minsi %v1575, %v1577 : i64
        %v1579 = arith.addi %v1574, %v1578 : i64
        %v1580 = arith.muli %v1572, %v81 : i64
        %v1581 = arith.addi %v1580, %v1555 : i64
        %v1582 = llvm.getelementptr %in_x[%v1579] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1583 = llvm.load %v1582 : !llvm.ptr -> f32
        %v1584 = arith.addi %v1554, %v100 : i64
        %v1585 = arith.constant true
        %v1586 = arith.addi %v35, %v1584 : i64
        %v1587 = llvm.getelementptr %v10[%v1586] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1588 = llvm.load %v1587 : !llvm.ptr<3> -> i64
        %v1589 = arith.addi %v1553, %v1555 : i64
        %v1590 = arith.cmpi slt, %v1589, %v67 : i64
        %v1591 = arith.subi %size_L, %v1 : i64
        %v1592 = arith.minsi %v1589, %v1591 : i64
        %v1593 = arith.addi %v1588, %v1592 : i64
        %v1594 = arith.muli %v1586, %v81 : i64
        %v1595 = arith.addi %v1594, %v1555 : i64
        %v1596 = llvm.getelementptr %in_x[%v1593] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1597 = llvm.load %v1596 : !llvm.ptr -> f32
        %v1598 = arith.addi %v1554, %v115 : i64
        %v1599 = arith.constant true
        %v1600 = arith.addi %v35, %v1598 : i64
        %v1601 = llvm.getelementptr %v10[%v1600] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1602 = llvm.load %v1601 : !llvm.ptr<3> -> i64
        %v1603 = arith.addi %v1553, %v1555 : i64
        %v1604 = arith.cmpi slt, %v1603, %v67 : i64
        %v1605 = arith.subi %size_L, %v1 : i64
        %v1606 = arith.minsi %v1603, %v1605 : i64
        %v1607 = arith.addi %v1602, %v1606 : i64
        %v1608 = arith.muli %v1600, %v81 : i64
        %v1609 = arith.addi %v1608, %v1555 : i64
        %v1610 = llvm.getelementptr %in_x[%v1607] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1611 = llvm.load %v1610 : !llvm.ptr -> f32
        %v1612 = arith.addi %v1554, %v130 : i64
        %v1613 = arith.constant true
        %v1614 = arith.addi %v35, %v1612 : i64
        %v1615 = llvm.getelementptr %v10[%v1614] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1616 = llvm.load %v1615 : !llvm.ptr<3> -> i64
        %v1617 = arith.addi %v1553, %v1555 : i64
        %v1618 = arith.cmpi slt, %v1617, %v67 : i64
        %v1619 = arith.subi %size_L, %v1 : i64
        %v1620 = arith.minsi %v1617, %v1619 : i64
        %v1621 = arith.addi %v1616, %v1620 : i64
        %v1622 = arith.muli %v1614, %v81 : i64
        %v1623 = arith.addi %v1622, %v1555 : i64
        %v1624 = llvm.getelementptr %in_x[%v1621] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1625 = llvm.load %v1624 : !llvm.ptr -> f32
        %v1626 = arith.addi %v1554, %v145 : i64
        %v1627 = arith.constant true
        %v1628 = arith.addi %v35, %v1626 : i64
        %v1629 = llvm.getelementptr %v10[%v1628] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1630 = llvm.load %v1629 : !llvm.ptr<3> -> i64
        %v1631 = arith.addi %v1553, %v1555 : i64
        %v1632 = arith.cmpi slt, %v1631, %v67 : i64
        %v1633 = arith.subi %size_L, %v1 : i64
        %v1634 = arith.minsi %v1631, %v1633 : i64
        %v1635 = arith.addi %v1630, %v1634 : i64
        %v1636 = arith.muli %v1628, %v81 : i64
        %v1637 = arith.addi %v1636, %v1555 : i64
        %v1638 = llvm.getelementptr %in_x[%v1635] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1639 = llvm.load %v1638 : !llvm.ptr -> f32
        %v1640 = arith.addi %v1554, %v160 : i64
        %v1641 = arith.constant true
        %v1642 = arith.addi %v35, %v1640 : i64
        %v1643 = llvm.getelementptr %v10[%v1642] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1644 = llvm.load %v1643 : !llvm.ptr<3> -> i64
        %v1645 = arith.addi %v1553, %v1555 : i64
        %v1646 = arith.cmpi slt, %v1645, %v67 : i64
        %v1647 = arith.subi %size_L, %v1 : i64
        %v1648 = arith.minsi %v1645, %v1647 : i64
        %v1649 = arith.addi %v1644, %v1648 : i64
        %v1650 = arith.muli %v1642, %v81 : i64
        %v1651 = arith.addi %v1650, %v1555 : i64
        %v1652 = llvm.getelementptr %in_x[%v1649] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1653 = llvm.load %v1652 : !llvm.ptr -> f32
        %v1654 = arith.addi %v1554, %v175 : i64
        %v1655 = arith.constant true
        %v1656 = arith.addi %v35, %v1654 : i64
        %v1657 = llvm.getelementptr %v10[%v1656] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1658 = llvm.load %v1657 : !llvm.ptr<3> -> i64
        %v1659 = arith.addi %v1553, %v1555 : i64
        %v1660 = arith.cmpi slt, %v1659, %v67 : i64
        %v1661 = arith.subi %size_L, %v1 : i64
        %v1662 = arith.minsi %v1659, %v1661 : i64
        %v1663 = arith.addi %v1658, %v1662 : i64
        %v1664 = arith.muli %v1656, %v81 : i64
        %v1665 = arith.addi %v1664, %v1555 : i64
        %v1666 = llvm.getelementptr %in_x[%v1663] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1667 = llvm.load %v1666 : !llvm.ptr -> f32
        %v1668 = arith.addi %v1554, %v190 : i64
        %v1669 = arith.constant true
        %v1670 = arith.addi %v35, %v1668 : i64
        %v1671 = llvm.getelementptr %v10[%v1670] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1672 = llvm.load %v1671 : !llvm.ptr<3> -> i64
        %v1673 = arith.addi %v1553, %v1555 : i64
        %v1674 = arith.cmpi slt, %v1673, %v67 : i64
        %v1675 = arith.subi %size_L, %v1 : i64
        %v1676 = arith.minsi %v1673, %v1675 : i64
        %v1677 = arith.addi %v1672, %v1676 : i64
        %v1678 = arith.muli %v1670, %v81 : i64
        %v1679 = arith.addi %v1678, %v1555 : i64
        %v1680 = llvm.getelementptr %in_x[%v1677] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1681 = llvm.load %v1680 : !llvm.ptr -> f32
        %v1682 = arith.addi %v1554, %v205 : i64
        %v1683 = arith.constant true
        %v1684 = arith.addi %v35, %v1682 : i64
        %v1685 = llvm.getelementptr %v10[%v1684] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1686 = llvm.load %v1685 : !llvm.ptr<3> -> i64
        %v1687 = arith.addi %v1553, %v1555 : i64
        %v1688 = arith.cmpi slt, %v1687, %v67 : i64
        %v1689 = arith.subi %size_L, %v1 : i64
        %v1690 = arith.minsi %v1687, %v1689 : i64
        %v1691 = arith.addi %v1686, %v1690 : i64
        %v1692 = arith.muli %v1684, %v81 : i64
        %v1693 = arith.addi %v1692, %v1555 : i64
        %v1694 = llvm.getelementptr %in_x[%v1691] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1695 = llvm.load %v1694 : !llvm.ptr -> f32
        %v1696 = arith.addi %v1554, %v220 : i64
        %v1697 = arith.constant true
        %v1698 = arith.addi %v35, %v1696 : i64
        %v1699 = llvm.getelementptr %v10[%v1698] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1700 = llvm.load %v1699 : !llvm.ptr<3> -> i64
        %v1701 = arith.addi %v1553, %v1555 : i64
        %v1702 = arith.cmpi slt, %v1701, %v67 : i64
        %v1703 = arith.subi %size_L, %v1 : i64
        %v1704 = arith.minsi %v1701, %v1703 : i64
        %v1705 = arith.addi %v1700, %v1704 : i64
        %v1706 = arith.muli %v1698, %v81 : i64
        %v1707 = arith.addi %v1706, %v1555 : i64
        %v1708 = llvm.getelementptr %in_x[%v1705] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1709 = llvm.load %v1708 : !llvm.ptr -> f32
        %v1710 = arith.addi %v1554, %v235 : i64
        %v1711 = arith.constant true
        %v1712 = arith.addi %v35, %v1710 : i64
        %v1713 = llvm.getelementptr %v10[%v1712] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1714 = llvm.load %v1713 : !llvm.ptr<3> -> i64
        %v1715 = arith.addi %v1553, %v1555 : i64
        %v1716 = arith.cmpi slt, %v1715, %v67 : i64
        %v1717 = arith.subi %size_L, %v1 : i64
        %v1718 = arith.minsi %v1715, %v1717 : i64
        %v1719 = arith.addi %v1714, %v1718 : i64
        %v1720 = arith.muli %v1712, %v81 : i64
        %v1721 = arith.addi %v1720, %v1555 : i64
        %v1722 = llvm.getelementptr %in_x[%v1719] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1723 = llvm.load %v1722 : !llvm.ptr -> f32
        %v1724 = arith.addi %v1554, %v250 : i64
        %v1725 = arith.constant true
        %v1726 = arith.addi %v35, %v1724 : i64
        %v1727 = llvm.getelementptr %v10[%v1726] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1728 = llvm.load %v1727 : !llvm.ptr<3> -> i64
        %v1729 = arith.addi %v1553, %v1555 : i64
        %v1730 = arith.cmpi slt, %v1729, %v67 : i64
        %v1731 = arith.subi %size_L, %v1 : i64
        %v1732 = arith.minsi %v1729, %v1731 : i64
        %v1733 = arith.addi %v1728, %v1732 : i64
        %v1734 = arith.muli %v1726, %v81 : i64
        %v1735 = arith.addi %v1734, %v1555 : i64
        %v1736 = llvm.getelementptr %in_x[%v1733] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1737 = llvm.load %v1736 : !llvm.ptr -> f32
        %v1738 = arith.addi %v1554, %v265 : i64
        %v1739 = arith.constant true
        %v1740 = arith.addi %v35, %v1738 : i64
        %v1741 = llvm.getelementptr %v10[%v1740] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1742 = llvm.load %v1741 : !llvm.ptr<3> -> i64
        %v1743 = arith.addi %v1553, %v1555 : i64
        %v1744 = arith.cmpi slt, %v1743, %v67 : i64
        %v1745 = arith.subi %size_L, %v1 : i64
        %v1746 = arith.minsi %v1743, %v1745 : i64
        %v1747 = arith.addi %v1742, %v1746 : i64
        %v1748 = arith.muli %v1740, %v81 : i64
        %v1749 = arith.addi %v1748, %v1555 : i64
        %v1750 = llvm.getelementptr %in_x[%v1747] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1751 = llvm.load %v1750 : !llvm.ptr -> f32
        %v1752 = arith.addi %v1554, %v280 : i64
        %v1753 = arith.constant true
        %v1754 = arith.addi %v35, %v1752 : i64
        %v1755 = llvm.getelementptr %v10[%v1754] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1756 = llvm.load %v1755 : !llvm.ptr<3> -> i64
        %v1757 = arith.addi %v1553, %v1555 : i64
        %v1758 = arith.cmpi slt, %v1757, %v67 : i64
        %v1759 = arith.subi %size_L, %v1 : i64
        %v1760 = arith.minsi %v1757, %v1759 : i64
        %v1761 = arith.addi %v1756, %v1760 : i64
        %v1762 = arith.muli %v1754, %v81 : i64
        %v1763 = arith.addi %v1762, %v1555 : i64
        %v1764 = llvm.getelementptr %in_x[%v1761] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1765 = llvm.load %v1764 : !llvm.ptr -> f32
        %v1766 = arith.addi %v1554, %v295 : i64
        %v1767 = arith.constant true
        %v1768 = arith.addi %v35, %v1766 : i64
        %v1769 = llvm.getelementptr %v10[%v1768] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1770 = llvm.load %v1769 : !llvm.ptr<3> -> i64
        %v1771 = arith.addi %v1553, %v1555 : i64
        %v1772 = arith.cmpi slt, %v1771, %v67 : i64
        %v1773 = arith.subi %size_L, %v1 : i64
        %v1774 = arith.minsi %v1771, %v1773 : i64
        %v1775 = arith.addi %v1770, %v1774 : i64
        %v1776 = arith.muli %v1768, %v81 : i64
        %v1777 = arith.addi %v1776, %v1555 : i64
        %v1778 = llvm.getelementptr %in_x[%v1775] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1779 = llvm.load %v1778 : !llvm.ptr -> f32
        %v1780 = arith.addi %v1554, %v68 : i64
        %v1781 = arith.constant true
        %v1782 = arith.addi %v35, %v1780 : i64
        %v1783 = llvm.getelementptr %v10[%v1782] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1784 = llvm.load %v1783 : !llvm.ptr<3> -> i64
        %v1785 = arith.addi %v1553, %v1555 : i64
        %v1786 = arith.cmpi slt, %v1785, %v67 : i64
        %v1787 = arith.subi %size_L, %v1 : i64
        %v1788 = arith.minsi %v1785, %v1787 : i64
        %v1789 = arith.addi %v1784, %v1788 : i64
        %v1790 = arith.muli %v1782, %v81 : i64
        %v1791 = arith.addi %v1790, %v1555 : i64
        %v1792 = llvm.getelementptr %in_x[%v1789] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1793 = llvm.load %v1792 : !llvm.ptr -> f32
        %v1794 = arith.addi %v1554, %v324 : i64
        %v1795 = arith.constant true
        %v1796 = arith.addi %v35, %v1794 : i64
        %v1797 = llvm.getelementptr %v10[%v1796] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1798 = llvm.load %v1797 : !llvm.ptr<3> -> i64
        %v1799 = arith.addi %v1553, %v1555 : i64
        %v1800 = arith.cmpi slt, %v1799, %v67 : i64
        %v1801 = arith.subi %size_L, %v1 : i64
        %v1802 = arith.minsi %v1799, %v1801 : i64
        %v1803 = arith.addi %v1798, %v1802 : i64
        %v1804 = arith.muli %v1796, %v81 : i64
        %v1805 = arith.addi %v1804, %v1555 : i64
        %v1806 = llvm.getelementptr %in_x[%v1803] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1807 = llvm.load %v1806 : !llvm.ptr -> f32
        %v1808 = arith.addi %v1554, %v339 : i64
        %v1809 = arith.constant true
        %v1810 = arith.addi %v35, %v1808 : i64
        %v1811 = llvm.getelementptr %v10[%v1810] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1812 = llvm.load %v1811 : !llvm.ptr<3> -> i64
        %v1813 = arith.addi %v1553, %v1555 : i64
        %v1814 = arith.cmpi slt, %v1813, %v67 : i64
        %v1815 = arith.subi %size_L, %v1 : i64
        %v1816 = arith.minsi %v1813, %v1815 : i64
        %v1817 = arith.addi %v1812, %v1816 : i64
        %v1818 = arith.muli %v1810, %v81 : i64
        %v1819 = arith.addi %v1818, %v1555 : i64
        %v1820 = llvm.getelementptr %in_x[%v1817] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1821 = llvm.load %v1820 : !llvm.ptr -> f32
        %v1822 = arith.addi %v1554, %v354 : i64
        %v1823 = arith.constant true
        %v1824 = arith.addi %v35, %v1822 : i64
        %v1825 = llvm.getelementptr %v10[%v1824] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1826 = llvm.load %v1825 : !llvm.ptr<3> -> i64
        %v1827 = arith.addi %v1553, %v1555 : i64
        %v1828 = arith.cmpi slt, %v1827, %v67 : i64
        %v1829 = arith.subi %size_L, %v1 : i64
        %v1830 = arith.minsi %v1827, %v1829 : i64
        %v1831 = arith.addi %v1826, %v1830 : i64
        %v1832 = arith.muli %v1824, %v81 : i64
        %v1833 = arith.addi %v1832, %v1555 : i64
        %v1834 = llvm.getelementptr %in_x[%v1831] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1835 = llvm.load %v1834 : !llvm.ptr -> f32
        %v1836 = arith.addi %v1554, %v369 : i64
        %v1837 = arith.constant true
        %v1838 = arith.addi %v35, %v1836 : i64
        %v1839 = llvm.getelementptr %v10[%v1838] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1840 = llvm.load %v1839 : !llvm.ptr<3> -> i64
        %v1841 = arith.addi %v1553, %v1555 : i64
        %v1842 = arith.cmpi slt, %v1841, %v67 : i64
        %v1843 = arith.subi %size_L, %v1 : i64
        %v1844 = arith.minsi %v1841, %v1843 : i64
        %v1845 = arith.addi %v1840, %v1844 : i64
        %v1846 = arith.muli %v1838, %v81 : i64
        %v1847 = arith.addi %v1846, %v1555 : i64
        %v1848 = llvm.getelementptr %in_x[%v1845] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1849 = llvm.load %v1848 : !llvm.ptr -> f32
        %v1850 = arith.addi %v1554, %v384 : i64
        %v1851 = arith.constant true
        %v1852 = arith.addi %v35, %v1850 : i64
        %v1853 = llvm.getelementptr %v10[%v1852] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1854 = llvm.load %v1853 : !llvm.ptr<3> -> i64
        %v1855 = arith.addi %v1553, %v1555 : i64
        %v1856 = arith.cmpi slt, %v1855, %v67 : i64
        %v1857 = arith.subi %size_L, %v1 : i64
        %v1858 = arith.minsi %v1855, %v1857 : i64
        %v1859 = arith.addi %v1854, %v1858 : i64
        %v1860 = arith.muli %v1852, %v81 : i64
        %v1861 = arith.addi %v1860, %v1555 : i64
        %v1862 = llvm.getelementptr %in_x[%v1859] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1863 = llvm.load %v1862 : !llvm.ptr -> f32
        %v1864 = arith.addi %v1554, %v399 : i64
        %v1865 = arith.constant true
        %v1866 = arith.addi %v35, %v1864 : i64
        %v1867 = llvm.getelementptr %v10[%v1866] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1868 = llvm.load %v1867 : !llvm.ptr<3> -> i64
        %v1869 = arith.addi %v1553, %v1555 : i64
        %v1870 = arith.cmpi slt, %v1869, %v67 : i64
        %v1871 = arith.subi %size_L, %v1 : i64
        %v1872 = arith.minsi %v1869, %v1871 : i64
        %v1873 = arith.addi %v1868, %v1872 : i64
        %v1874 = arith.muli %v1866, %v81 : i64
        %v1875 = arith.addi %v1874, %v1555 : i64
        %v1876 = llvm.getelementptr %in_x[%v1873] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1877 = llvm.load %v1876 : !llvm.ptr -> f32
        %v1878 = arith.addi %v1554, %v414 : i64
        %v1879 = arith.constant true
        %v1880 = arith.addi %v35, %v1878 : i64
        %v1881 = llvm.getelementptr %v10[%v1880] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1882 = llvm.load %v1881 : !llvm.ptr<3> -> i64
        %v1883 = arith.addi %v1553, %v1555 : i64
        %v1884 = arith.cmpi slt, %v1883, %v67 : i64
        %v1885 = arith.subi %size_L, %v1 : i64
        %v1886 = arith.minsi %v1883, %v1885 : i64
        %v1887 = arith.addi %v1882, %v1886 : i64
        %v1888 = arith.muli %v1880, %v81 : i64
        %v1889 = arith.addi %v1888, %v1555 : i64
        %v1890 = llvm.getelementptr %in_x[%v1887] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1891 = llvm.load %v1890 : !llvm.ptr -> f32
        %v1892 = arith.addi %v1554, %v429 : i64
        %v1893 = arith.constant true
        %v1894 = arith.addi %v35, %v1892 : i64
        %v1895 = llvm.getelementptr %v10[%v1894] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1896 = llvm.load %v1895 : !llvm.ptr<3> -> i64
        %v1897 = arith.addi %v1553, %v1555 : i64
        %v1898 = arith.cmpi slt, %v1897, %v67 : i64
        %v1899 = arith.subi %size_L, %v1 : i64
        %v1900 = arith.minsi %v1897, %v1899 : i64
        %v1901 = arith.addi %v1896, %v1900 : i64
        %v1902 = arith.muli %v1894, %v81 : i64
        %v1903 = arith.addi %v1902, %v1555 : i64
        %v1904 = llvm.getelementptr %in_x[%v1901] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1905 = llvm.load %v1904 : !llvm.ptr -> f32
        %v1906 = arith.addi %v1554, %v444 : i64
        %v1907 = arith.constant true
        %v1908 = arith.addi %v35, %v1906 : i64
        %v1909 = llvm.getelementptr %v10[%v1908] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1910 = llvm.load %v1909 : !llvm.ptr<3> -> i64
        %v1911 = arith.addi %v1553, %v1555 : i64
        %v1912 = arith.cmpi slt, %v1911, %v67 : i64
        %v1913 = arith.subi %size_L, %v1 : i64
        %v1914 = arith.minsi %v1911, %v1913 : i64
        %v1915 = arith.addi %v1910, %v1914 : i64
        %v1916 = arith.muli %v1908, %v81 : i64
        %v1917 = arith.addi %v1916, %v1555 : i64
        %v1918 = llvm.getelementptr %in_x[%v1915] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1919 = llvm.load %v1918 : !llvm.ptr -> f32
        %v1920 = arith.addi %v1554, %v459 : i64
        %v1921 = arith.constant true
        %v1922 = arith.addi %v35, %v1920 : i64
        %v1923 = llvm.getelementptr %v10[%v1922] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1924 = llvm.load %v1923 : !llvm.ptr<3> -> i64
        %v1925 = arith.addi %v1553, %v1555 : i64
        %v1926 = arith.cmpi slt, %v1925, %v67 : i64
        %v1927 = arith.subi %size_L, %v1 : i64
        %v1928 = arith.minsi %v1925, %v1927 : i64
        %v1929 = arith.addi %v1924, %v1928 : i64
        %v1930 = arith.muli %v1922, %v81 : i64
        %v1931 = arith.addi %v1930, %v1555 : i64
        %v1932 = llvm.getelementptr %in_x[%v1929] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1933 = llvm.load %v1932 : !llvm.ptr -> f32
        %v1934 = arith.addi %v1554, %v474 : i64
        %v1935 = arith.constant true
        %v1936 = arith.addi %v35, %v1934 : i64
        %v1937 = llvm.getelementptr %v10[%v1936] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1938 = llvm.load %v1937 : !llvm.ptr<3> -> i64
        %v1939 = arith.addi %v1553, %v1555 : i64
        %v1940 = arith.cmpi slt, %v1939, %v67 : i64
        %v1941 = arith.subi %size_L, %v1 : i64
        %v1942 = arith.minsi %v1939, %v1941 : i64
        %v1943 = arith.addi %v1938, %v1942 : i64
        %v1944 = arith.muli %v1936, %v81 : i64
        %v1945 = arith.addi %v1944, %v1555 : i64
        %v1946 = llvm.getelementptr %in_x[%v1943] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1947 = llvm.load %v1946 : !llvm.ptr -> f32
        %v1948 = arith.addi %v1554, %v489 : i64
        %v1949 = arith.constant true
        %v1950 = arith.addi %v35, %v1948 : i64
        %v1951 = llvm.getelementptr %v10[%v1950] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1952 = llvm.load %v1951 : !llvm.ptr<3> -> i64
        %v1953 = arith.addi %v1553, %v1555 : i64
        %v1954 = arith.cmpi slt, %v1953, %v67 : i64
        %v1955 = arith.subi %size_L, %v1 : i64
        %v1956 = arith.minsi %v1953, %v1955 : i64
        %v1957 = arith.addi %v1952, %v1956 : i64
        %v1958 = arith.muli %v1950, %v81 : i64
        %v1959 = arith.addi %v1958, %v1555 : i64
        %v1960 = llvm.getelementptr %in_x[%v1957] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1961 = llvm.load %v1960 : !llvm.ptr -> f32
        %v1962 = arith.addi %v1554, %v504 : i64
        %v1963 = arith.constant true
        %v1964 = arith.addi %v35, %v1962 : i64
        %v1965 = llvm.getelementptr %v10[%v1964] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1966 = llvm.load %v1965 : !llvm.ptr<3> -> i64
        %v1967 = arith.addi %v1553, %v1555 : i64
        %v1968 = arith.cmpi slt, %v1967, %v67 : i64
        %v1969 = arith.subi %size_L, %v1 : i64
        %v1970 = arith.minsi %v1967, %v1969 : i64
        %v1971 = arith.addi %v1966, %v1970 : i64
        %v1972 = arith.muli %v1964, %v81 : i64
        %v1973 = arith.addi %v1972, %v1555 : i64
        %v1974 = llvm.getelementptr %in_x[%v1971] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1975 = llvm.load %v1974 : !llvm.ptr -> f32
        %v1976 = arith.addi %v1554, %v519 : i64
        %v1977 = arith.constant true
        %v1978 = arith.addi %v35, %v1976 : i64
        %v1979 = llvm.getelementptr %v10[%v1978] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1980 = llvm.load %v1979 : !llvm.ptr<3> -> i64
        %v1981 = arith.addi %v1553, %v1555 : i64
        %v1982 = arith.cmpi slt, %v1981, %v67 : i64
        %v1983 = arith.subi %size_L, %v1 : i64
        %v1984 = arith.minsi %v1981, %v1983 : i64
        %v1985 = arith.addi %v1980, %v1984 : i64
        %v1986 = arith.muli %v1978, %v81 : i64
        %v1987 = arith.addi %v1986, %v1555 : i64
        %v1988 = llvm.getelementptr %in_x[%v1985] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1989 = llvm.load %v1988 : !llvm.ptr -> f32
        %v1990 = arith.addi %v1554, %v534 : i64
        %v1991 = arith.constant true
        %v1992 = arith.addi %v35, %v1990 : i64
        %v1993 = llvm.getelementptr %v10[%v1992] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1994 = llvm.load %v1993 : !llvm.ptr<3> -> i64
        %v1995 = arith.addi %v1553, %v1555 : i64
        %v1996 = arith.cmpi slt, %v1995, %v67 : i64
        %v1997 = arith.subi %size_L, %v1 : i64
        %v1998 = arith.minsi %v1995, %v1997 : i64
        %v1999 = arith.addi %v1994, %v1998 : i64
        %v2000 = arith.muli %v1992, %v81 : i64
        %v2001 = arith.addi %v2000, %v1555 : i64
        %v2002 = llvm.getelementptr %in_x[%v1999] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2003 = llvm.load %v2002 : !llvm.ptr -> f32
        %v2004 = arith.divui %v18, %v68 : i64
        %v2005 = arith.remui %v18, %v68 : i64
        %v2006 = arith.addi %v2004, %v35 : i64
        %v2007 = arith.constant true
        %v2008 = arith.addi %v20, %v2006 : i64
        %v2009 = llvm.getelementptr %v10[%v2008] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2010 = llvm.load %v2009 : !llvm.ptr<3> -> i64
        %v2011 = arith.addi %v1553, %v2005 : i64
        %v2012 = arith.cmpi slt, %v2011, %v67 : i64
        %v2013 = arith.subi %size_L, %v1 : i64
        %v2014 = arith.minsi %v2011, %v2013 : i64
        %v2015 = arith.addi %v2010, %v2014 : i64
        %v2016 = arith.muli %v2008, %v81 : i64
        %v2017 = arith.addi %v2016, %v2005 : i64
        %v2018 = llvm.getelementptr %in_rho[%v2015] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2019 = llvm.load %v2018 : !llvm.ptr -> f32
        %v2020 = arith.addi %v2004, %v59 : i64
        %v2021 = arith.constant true
        %v2022 = arith.addi %v20, %v2020 : i64
        %v2023 = llvm.getelementptr %v10[%v2022] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2024 = llvm.load %v2023 : !llvm.ptr<3> -> i64
        %v2025 = arith.addi %v1553, %v2005 : i64
        %v2026 = arith.cmpi slt, %v2025, %v67 : i64
        %v2027 = arith.subi %size_L, %v1 : i64
        %v2028 = arith.minsi %v2025, %v2027 : i64
        %v2029 = arith.addi %v2024, %v2028 : i64
        %v2030 = arith.muli %v2022, %v81 : i64
        %v2031 = arith.addi %v2030, %v2005 : i64
        %v2032 = llvm.getelementptr %in_rho[%v2029] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2033 = llvm.load %v2032 : !llvm.ptr -> f32
        %v2034 = arith.addi %v2004, %v100 : i64
        %v2035 = arith.constant true
        %v2036 = arith.addi %v20, %v2034 : i64
        %v2037 = llvm.getelementptr %v10[%v2036] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2038 = llvm.load %v2037 : !llvm.ptr<3> -> i64
        %v2039 = arith.addi %v1553, %v2005 : i64
        %v2040 = arith.cmpi slt, %v2039, %v67 : i64
        %v2041 = arith.subi %size_L, %v1 : i64
        %v2042 = arith.minsi %v2039, %v2041 : i64
        %v2043 = arith.addi %v2038, %v2042 : i64
        %v2044 = arith.muli %v2036, %v81 : i64
        %v2045 = arith.addi %v2044, %v2005 : i64
        %v2046 = llvm.getelementptr %in_rho[%v2043] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2047 = llvm.load %v2046 : !llvm.ptr -> f32
        %v2048 = arith.addi %v2004, %v115 : i64
        %v2049 = arith.constant true
        %v2050 = arith.addi %v20, %v2048 : i64
        %v2051 = llvm.getelementptr %v10[%v2050] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2052 = llvm.load %v2051 : !llvm.ptr<3> -> i64
        %v2053 = arith.addi %v1553, %v2005 : i64
        %v2054 = arith.cmpi slt, %v2053, %v67 : i64
        %v2055 = arith.subi %size_L, %v1 : i64
        %v2056 = arith.minsi %v2053, %v2055 : i64
        %v2057 = arith.addi %v2052, %v2056 : i64
        %v2058 = arith.muli %v2050, %v81 : i64
        %v2059 = arith.addi %v2058, %v2005 : i64
        %v2060 = llvm.getelementptr %in_rho[%v2057] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2061 = llvm.load %v2060 : !llvm.ptr -> f32
        %v2062 = arith.addi %v2004, %v130 : i64
        %v2063 = arith.constant true
        %v2064 = arith.addi %v20, %v2062 : i64
        %v2065 = llvm.getelementptr %v10[%v2064] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2066 = llvm.load %v2065 : !llvm.ptr<3> -> i64
        %v2067 = arith.addi %v1553, %v2005 : i64
        %v2068 = arith.cmpi slt, %v2067, %v67 : i64
        %v2069 = arith.subi %size_L, %v1 : i64
        %v2070 = arith.minsi %v2067, %v2069 : i64
        %v2071 = arith.addi %v2066, %v2070 : i64
        %v2072 = arith.muli %v2064, %v81 : i64
        %v2073 = arith.addi %v2072, %v2005 : i64
        %v2074 = llvm.getelementptr %in_rho[%v2071] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2075 = llvm.load %v2074 : !llvm.ptr -> f32
        %v2076 = arith.addi %v2004, %v145 : i64
        %v2077 = arith.constant true
        %v2078 = arith.addi %v20, %v2076 : i64
        %v2079 = llvm.getelementptr %v10[%v2078] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2080 = llvm.load %v2079 : !llvm.ptr<3> -> i64
        %v2081 = arith.addi %v1553, %v2005 : i64
        %v2082 = arith.cmpi slt, %v2081, %v67 : i64
        %v2083 = arith.subi %size_L, %v1 : i64
        %v2084 = arith.minsi %v2081, %v2083 : i64
        %v2085 = arith.addi %v2080, %v2084 : i64
        %v2086 = arith.muli %v2078, %v81 : i64
        %v2087 = arith.addi %v2086, %v2005 : i64
        %v2088 = llvm.getelementptr %in_rho[%v2085] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2089 = llvm.load %v2088 : !llvm.ptr -> f32
        %v2090 = arith.addi %v2004, %v160 : i64
        %v2091 = arith.constant true
        %v2092 = arith.addi %v20, %v2090 : i64
        %v2093 = llvm.getelementptr %v10[%v2092] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2094 = llvm.load %v2093 : !llvm.ptr<3> -> i64
        %v2095 = arith.addi %v1553, %v2005 : i64
        %v2096 = arith.cmpi slt, %v2095, %v67 : i64
        %v2097 = arith.subi %size_L, %v1 : i64
        %v2098 = arith.minsi %v2095, %v2097 : i64
        %v2099 = arith.addi %v2094, %v2098 : i64
        %v2100 = arith.muli %v2092, %v81 : i64
        %v2101 = arith.addi %v2100, %v2005 : i64
        %v2102 = llvm.getelementptr %in_rho[%v2099] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2103 = llvm.load %v2102 : !llvm.ptr -> f32
        %v2104 = arith.addi %v2004, %v175 : i64
        %v2105 = arith.constant true
        %v2106 = arith.addi %v20, %v2104 : i64
        %v2107 = llvm.getelementptr %v10[%v2106] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2108 = llvm.load %v2107 : !llvm.ptr<3> -> i64
        %v2109 = arith.addi %v1553, %v2005 : i64
        %v2110 = arith.cmpi slt, %v2109, %v67 : i64
        %v2111 = arith.subi %size_L, %v1 : i64
        %v2112 = arith.minsi %v2109, %v2111 : i64
        %v2113 = arith.addi %v2108, %v2112 : i64
        %v2114 = arith.muli %v2106, %v81 : i64
        %v2115 = arith.addi %v2114, %v2005 : i64
        %v2116 = llvm.getelementptr %in_rho[%v2113] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2117 = llvm.load %v2116 : !llvm.ptr -> f32
        %v2118 = arith.addi %v2004, %v190 : i64
        %v2119 = arith.constant true
        %v2120 = arith.addi %v20, %v2118 : i64
        %v2121 = llvm.getelementptr %v10[%v2120] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2122 = llvm.load %v2121 : !llvm.ptr<3> -> i64
        %v2123 = arith.addi %v1553, %v2005 : i64
        %v2124 = arith.cmpi slt, %v2123, %v67 : i64
        %v2125 = arith.subi %size_L, %v1 : i64
        %v2126 = arith.minsi %v2123, %v2125 : i64
        %v2127 = arith.addi %v2122, %v2126 : i64
        %v2128 = arith.muli %v2120, %v81 : i64
        %v2129 = arith.addi %v2128, %v2005 : i64
        %v2130 = llvm.getelementptr %in_rho[%v2127] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2131 = llvm.load %v2130 : !llvm.ptr -> f32
        %v2132 = arith.addi %v2004, %v205 : i64
        %v2133 = arith.constant true
        %v2134 = arith.addi %v20, %v2132 : i64
        %v2135 = llvm.getelementptr %v10[%v2134] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2136 = llvm.load %v2135 : !llvm.ptr<3> -> i64
        %v2137 = arith.addi %v1553, %v2005 : i64
        %v2138 = arith.cmpi slt, %v2137, %v67 : i64
        %v2139 = arith.subi %size_L, %v1 : i64
        %v2140 = arith.minsi %v2137, %v2139 : i64
        %v2141 = arith.addi %v2136, %v2140 : i64
        %v2142 = arith.muli %v2134, %v81 : i64
        %v2143 = arith.addi %v2142, %v2005 : i64
        %v2144 = llvm.getelementptr %in_rho[%v2141] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2145 = llvm.load %v2144 : !llvm.ptr -> f32
        %v2146 = arith.addi %v2004, %v220 : i64
        %v2147 = arith.constant true
        %v2148 = arith.addi %v20, %v2146 : i64
        %v2149 = llvm.getelementptr %v10[%v2148] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2150 = llvm.load %v2149 : !llvm.ptr<3> -> i64
        %v2151 = arith.addi %v1553, %v2005 : i64
        %v2152 = arith.cmpi slt, %v2151, %v67 : i64
        %v2153 = arith.subi %size_L, %v1 : i64
        %v2154 = arith.minsi %v2151, %v2153 : i64
        %v2155 = arith.addi %v2150, %v2154 : i64
        %v2156 = arith.muli %v2148, %v81 : i64
        %v2157 = arith.addi %v2156, %v2005 : i64
        %v2158 = llvm.getelementptr %in_rho[%v2155] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2159 = llvm.load %v2158 : !llvm.ptr -> f32
        %v2160 = arith.addi %v2004, %v235 : i64
        %v2161 = arith.constant true
        %v2162 = arith.addi %v20, %v2160 : i64
        %v2163 = llvm.getelementptr %v10[%v2162] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2164 = llvm.load %v2163 : !llvm.ptr<3> -> i64
        %v2165 = arith.addi %v1553, %v2005 : i64
        %v2166 = arith.cmpi slt, %v2165, %v67 : i64
        %v2167 = arith.subi %size_L, %v1 : i64
        %v2168 = arith.minsi %v2165, %v2167 : i64
        %v2169 = arith.addi %v2164, %v2168 : i64
        %v2170 = arith.muli %v2162, %v81 : i64
        %v2171 = arith.addi %v2170, %v2005 : i64
        %v2172 = llvm.getelementptr %in_rho[%v2169] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2173 = llvm.load %v2172 : !llvm.ptr -> f32
        %v2174 = arith.addi %v2004, %v250 : i64
        %v2175 = arith.constant true
        %v2176 = arith.addi %v20, %v2174 : i64
        %v2177 = llvm.getelementptr %v10[%v2176] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2178 = llvm.load %v2177 : !llvm.ptr<3> -> i64
        %v2179 = arith.addi %v1553, %v2005 : i64
        %v2180 = arith.cmpi slt, %v2179, %v67 : i64
        %v2181 = arith.subi %size_L, %v1 : i64
        %v2182 = arith.minsi %v2179, %v2181 : i64
        %v2183 = arith.addi %v2178, %v2182 : i64
        %v2184 = arith.muli %v2176, %v81 : i64
        %v2185 = arith.addi %v2184, %v2005 : i64
        %v2186 = llvm.getelementptr %in_rho[%v2183] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2187 = llvm.load %v2186 : !llvm.ptr -> f32
        %v2188 = arith.addi %v2004, %v265 : i64
        %v2189 = arith.constant true
        %v2190 = arith.addi %v20, %v2188 : i64
        %v2191 = llvm.getelementptr %v10[%v2190] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2192 = llvm.load %v2191 : !llvm.ptr<3> -> i64
        %v2193 = arith.addi %v1553, %v2005 : i64
        %v2194 = arith.cmpi slt, %v2193, %v67 : i64
        %v2195 = arith.subi %size_L, %v1 : i64
        %v2196 = arith.minsi %v2193, %v2195 : i64
        %v2197 = arith.addi %v2192, %v2196 : i64
        %v2198 = arith.muli %v2190, %v81 : i64
        %v2199 = arith.addi %v2198, %v2005 : i64
        %v2200 = llvm.getelementptr %in_rho[%v2197] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2201 = llvm.load %v2200 : !llvm.ptr -> f32
        %v2202 = arith.addi %v2004, %v280 : i64
        %v2203 = arith.constant true
        %v2204 = arith.addi %v20, %v2202 : i64
        %v2205 = llvm.getelementptr %v10[%v2204] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2206 = llvm.load %v2205 : !llvm.ptr<3> -> i64
        %v2207 = arith.addi %v1553, %v2005 : i64
        %v2208 = arith.cmpi slt, %v2207, %v67 : i64
        %v2209 = arith.subi %size_L, %v1 : i64
        %v2210 = arith.minsi %v2207, %v2209 : i64
        %v2211 = arith.addi %v2206, %v2210 : i64
        %v2212 = arith.muli %v2204, %v81 : i64
        %v2213 = arith.addi %v2212, %v2005 : i64
        %v2214 = llvm.getelementptr %in_rho[%v2211] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2215 = llvm.load %v2214 : !llvm.ptr -> f32
        %v2216 = arith.addi %v2004, %v295 : i64
        %v2217 = arith.constant true
        %v2218 = arith.addi %v20, %v2216 : i64
        %v2219 = llvm.getelementptr %v10[%v2218] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2220 = llvm.load %v2219 : !llvm.ptr<3> -> i64
        %v2221 = arith.addi %v1553, %v2005 : i64
        %v2222 = arith.cmpi slt, %v2221, %v67 : i64
        %v2223 = arith.subi %size_L, %v1 : i64
        %v2224 = arith.minsi %v2221, %v2223 : i64
        %v2225 = arith.addi %v2220, %v2224 : i64
        %v2226 = arith.muli %v2218, %v81 : i64
        %v2227 = arith.addi %v2226, %v2005 : i64
        %v2228 = llvm.getelementptr %in_rho[%v2225] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2229 = llvm.load %v2228 : !llvm.ptr -> f32
        %v2230 = arith.addi %v2004, %v68 : i64
        %v2231 = arith.constant true
        %v2232 = arith.addi %v20, %v2230 : i64
        %v2233 = llvm.getelementptr %v10[%v2232] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2234 = llvm.load %v2233 : !llvm.ptr<3> -> i64
        %v2235 = arith.addi %v1553, %v2005 : i64
        %v2236 = arith.cmpi slt, %v2235, %v67 : i64
        %v2237 = arith.subi %size_L, %v1 : i64
        %v2238 = arith.minsi %v2235, %v2237 : i64
        %v2239 = arith.addi %v2234, %v2238 : i64
        %v2240 = arith.muli %v2232, %v81 : i64
        %v2241 = arith.addi %v2240, %v2005 : i64
        %v2242 = llvm.getelementptr %in_rho[%v2239] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2243 = llvm.load %v2242 : !llvm.ptr -> f32
        %v2244 = arith.addi %v2004, %v324 : i64
        %v2245 = arith.constant true
        %v2246 = arith.addi %v20, %v2244 : i64
        %v2247 = llvm.getelementptr %v10[%v2246] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2248 = llvm.load %v2247 : !llvm.ptr<3> -> i64
        %v2249 = arith.addi %v1553, %v2005 : i64
        %v2250 = arith.cmpi slt, %v2249, %v67 : i64
        %v2251 = arith.subi %size_L, %v1 : i64
        %v2252 = arith.minsi %v2249, %v2251 : i64
        %v2253 = arith.addi %v2248, %v2252 : i64
        %v2254 = arith.muli %v2246, %v81 : i64
        %v2255 = arith.addi %v2254, %v2005 : i64
        %v2256 = llvm.getelementptr %in_rho[%v2253] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2257 = llvm.load %v2256 : !llvm.ptr -> f32
        %v2258 = arith.addi %v2004, %v339 : i64
        %v2259 = arith.constant true
        %v2260 = arith.addi %v20, %v2258 : i64
        %v2261 = llvm.getelementptr %v10[%v2260] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2262 = llvm.load %v2261 : !llvm.ptr<3> -> i64
        %v2263 = arith.addi %v1553, %v2005 : i64
        %v2264 = arith.cmpi slt, %v2263, %v67 : i64
        %v2265 = arith.subi %size_L, %v1 : i64
        %v2266 = arith.minsi %v2263, %v2265 : i64
        %v2267 = arith.addi %v2262, %v2266 : i64
        %v2268 = arith.muli %v2260, %v81 : i64
        %v2269 = arith.addi %v2268, %v2005 : i64
        %v2270 = llvm.getelementptr %in_rho[%v2267] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2271 = llvm.load %v2270 : !llvm.ptr -> f32
        %v2272 = arith.addi %v2004, %v354 : i64
        %v2273 = arith.constant true
        %v2274 = arith.addi %v20, %v2272 : i64
        %v2275 = llvm.getelementptr %v10[%v2274] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2276 = llvm.load %v2275 : !llvm.ptr<3> -> i64
        %v2277 = arith.addi %v1553, %v2005 : i64
        %v2278 = arith.cmpi slt, %v2277, %v67 : i64
        %v2279 = arith.subi %size_L, %v1 : i64
        %v2280 = arith.minsi %v2277, %v2279 : i64
        %v2281 = arith.addi %v2276, %v2280 : i64
        %v2282 = arith.muli %v2274, %v81 : i64
        %v2283 = arith.addi %v2282, %v2005 : i64
        %v2284 = llvm.getelementptr %in_rho[%v2281] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2285 = llvm.load %v2284 : !llvm.ptr -> f32
        %v2286 = arith.addi %v2004, %v369 : i64
        %v2287 = arith.constant true
        %v2288 = arith.addi %v20, %v2286 : i64
        %v2289 = llvm.getelementptr %v10[%v2288] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2290 = llvm.load %v2289 : !llvm.ptr<3> -> i64
        %v2291 = arith.addi %v1553, %v2005 : i64
        %v2292 = arith.cmpi slt, %v2291, %v67 : i64
        %v2293 = arith.subi %size_L, %v1 : i64
        %v2294 = arith.minsi %v2291, %v2293 : i64
        %v2295 = arith.addi %v2290, %v2294 : i64
        %v2296 = arith.muli %v2288, %v81 : i64
        %v2297 = arith.addi %v2296, %v2005 : i64
        %v2298 = llvm.getelementptr %in_rho[%v2295] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2299 = llvm.load %v2298 : !llvm.ptr -> f32
        %v2300 = arith.addi %v2004, %v384 : i64
        %v2301 = arith.constant true
        %v2302 = arith.addi %v20, %v2300 : i64
        %v2303 = llvm.getelementptr %v10[%v2302] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2304 = llvm.load %v2303 : !llvm.ptr<3> -> i64
        %v2305 = arith.addi %v1553, %v2005 : i64
        %v2306 = arith.cmpi slt, %v2305, %v67 : i64
        %v2307 = arith.subi %size_L, %v1 : i64
        %v2308 = arith.minsi %v2305, %v2307 : i64
        %v2309 = arith.addi %v2304, %v2308 : i64
        %v2310 = arith.muli %v2302, %v81 : i64
        %v2311 = arith.addi %v2310, %v2005 : i64
        %v2312 = llvm.getelementptr %in_rho[%v2309] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2313 = llvm.load %v2312 : !llvm.ptr -> f32
        %v2314 = arith.addi %v2004, %v399 : i64
        %v2315 = arith.constant true
        %v2316 = arith.addi %v20, %v2314 : i64
        %v2317 = llvm.getelementptr %v10[%v2316] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2318 = llvm.load %v2317 : !llvm.ptr<3> -> i64
        %v2319 = arith.addi %v1553, %v2005 : i64
        %v2320 = arith.cmpi slt, %v2319, %v67 : i64
        %v2321 = arith.subi %size_L, %v1 : i64
        %v2322 = arith.minsi %v2319, %v2321 : i64
        %v2323 = arith.addi %v2318, %v2322 : i64
        %v2324 = arith.muli %v2316, %v81 : i64
        %v2325 = arith.addi %v2324, %v2005 : i64
        %v2326 = llvm.getelementptr %in_rho[%v2323] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2327 = llvm.load %v2326 : !llvm.ptr -> f32
        %v2328 = arith.addi %v2004, %v414 : i64
        %v2329 = arith.constant true
        %v2330 = arith.addi %v20, %v2328 : i64
        %v2331 = llvm.getelementptr %v10[%v2330] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2332 = llvm.load %v2331 : !llvm.ptr<3> -> i64
        %v2333 = arith.addi %v1553, %v2005 : i64
        %v2334 = arith.cmpi slt, %v2333, %v67 : i64
        %v2335 = arith.subi %size_L, %v1 : i64
        %v2336 = arith.minsi %v2333, %v2335 : i64
        %v2337 = arith.addi %v2332, %v2336 : i64
        %v2338 = arith.muli %v2330, %v81 : i64
        %v2339 = arith.addi %v2338, %v2005 : i64
        %v2340 = llvm.getelementptr %in_rho[%v2337] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2341 = llvm.load %v2340 : !llvm.ptr -> f32
        %v2342 = arith.addi %v2004, %v429 : i64
        %v2343 = arith.constant true
        %v2344 = arith.addi %v20, %v2342 : i64
        %v2345 = llvm.getelementptr %v10[%v2344] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2346 = llvm.load %v2345 : !llvm.ptr<3> -> i64
        %v2347 = arith.addi %v1553, %v2005 : i64
        %v2348 = arith.cmpi slt, %v2347, %v67 : i64
        %v2349 = arith.subi %size_L, %v1 : i64
        %v2350 = arith.minsi %v2347, %v2349 : i64
        %v2351 = arith.addi %v2346, %v2350 : i64
        %v2352 = arith.muli %v2344, %v81 : i64
        %v2353 = arith.addi %v2352, %v2005 : i64
        %v2354 = llvm.getelementptr %in_rho[%v2351] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2355 = llvm.load %v2354 : !llvm.ptr -> f32
        %v2356 = arith.addi %v2004, %v444 : i64
        %v2357 = arith.constant true
        %v2358 = arith.addi %v20, %v2356 : i64
        %v2359 = llvm.getelementptr %v10[%v2358] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2360 = llvm.load %v2359 : !llvm.ptr<3> -> i64
        %v2361 = arith.addi %v1553, %v2005 : i64
        %v2362 = arith.cmpi slt, %v2361, %v67 : i64
        %v2363 = arith.subi %size_L, %v1 : i64
        %v2364 = arith.minsi %v2361, %v2363 : i64
        %v2365 = arith.addi %v2360, %v2364 : i64
        %v2366 = arith.muli %v2358, %v81 : i64
        %v2367 = arith.addi %v2366, %v2005 : i64
        %v2368 = llvm.getelementptr %in_rho[%v2365] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2369 = llvm.load %v2368 : !llvm.ptr -> f32
        %v2370 = arith.addi %v2004, %v459 : i64
        %v2371 = arith.constant true
        %v2372 = arith.addi %v20, %v2370 : i64
        %v2373 = llvm.getelementptr %v10[%v2372] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2374 = llvm.load %v2373 : !llvm.ptr<3> -> i64
        %v2375 = arith.addi %v1553, %v2005 : i64
        %v2376 = arith.cmpi slt, %v2375, %v67 : i64
        %v2377 = arith.subi %size_L, %v1 : i64
        %v2378 = arith.minsi %v2375, %v2377 : i64
        %v2379 = arith.addi %v2374, %v2378 : i64
        %v2380 = arith.muli %v2372, %v81 : i64
        %v2381 = arith.addi %v2380, %v2005 : i64
        %v2382 = llvm.getelementptr %in_rho[%v2379] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2383 = llvm.load %v2382 : !llvm.ptr -> f32
        %v2384 = arith.addi %v2004, %v474 : i64
        %v2385 = arith.constant true
        %v2386 = arith.addi %v20, %v2384 : i64
        %v2387 = llvm.getelementptr %v10[%v2386] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2388 = llvm.load %v2387 : !llvm.ptr<3> -> i64
        %v2389 = arith.addi %v1553, %v2005 : i64
        %v2390 = arith.cmpi slt, %v2389, %v67 : i64
        %v2391 = arith.subi %size_L, %v1 : i64
        %v2392 = arith.minsi %v2389, %v2391 : i64
        %v2393 = arith.addi %v2388, %v2392 : i64
        %v2394 = arith.muli %v2386, %v81 : i64
        %v2395 = arith.addi %v2394, %v2005 : i64
        %v2396 = llvm.getelementptr %in_rho[%v2393] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2397 = llvm.load %v2396 : !llvm.ptr -> f32
        %v2398 = arith.addi %v2004, %v489 : i64
        %v2399 = arith.constant true
        %v2400 = arith.addi %v20, %v2398 : i64
        %v2401 = llvm.getelementptr %v10[%v2400] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2402 = llvm.load %v2401 : !llvm.ptr<3> -> i64
        %v2403 = arith.addi %v1553, %v2005 : i64
        %v2404 = arith.cmpi slt, %v2403, %v67 : i64
        %v2405 = arith.subi %size_L, %v1 : i64
        %v2406 = arith.minsi %v2403, %v2405 : i64
        %v2407 = arith.addi %v2402, %v2406 : i64
        %v2408 = arith.muli %v2400, %v81 : i64
        %v2409 = arith.addi %v2408, %v2005 : i64
        %v2410 = llvm.getelementptr %in_rho[%v2407] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2411 = llvm.load %v2410 : !llvm.ptr -> f32
        %v2412 = arith.addi %v2004, %v504 : i64
        %v2413 = arith.constant true
        %v2414 = arith.addi %v20, %v2412 : i64
        %v2415 = llvm.getelementptr %v10[%v2414] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2416 = llvm.load %v2415 : !llvm.ptr<3> -> i64
        %v2417 = arith.addi %v1553, %v2005 : i64
        %v2418 = arith.cmpi slt, %v2417, %v67 : i64
        %v2419 = arith.subi %size_L, %v1 : i64
        %v2420 = arith.minsi %v2417, %v2419 : i64
        %v2421 = arith.addi %v2416, %v2420 : i64
        %v2422 = arith.muli %v2414, %v81 : i64
        %v2423 = arith.addi %v2422, %v2005 : i64
        %v2424 = llvm.getelementptr %in_rho[%v2421] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2425 = llvm.load %v2424 : !llvm.ptr -> f32
        %v2426 = arith.addi %v2004, %v519 : i64
        %v2427 = arith.constant true
        %v2428 = arith.addi %v20, %v2426 : i64
        %v2429 = llvm.getelementptr %v10[%v2428] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2430 = llvm.load %v2429 : !llvm.ptr<3> -> i64
        %v2431 = arith.addi %v1553, %v2005 : i64
        %v2432 = arith.cmpi slt, %v2431, %v67 : i64
        %v2433 = arith.subi %size_L, %v1 : i64
        %v2434 = arith.minsi %v2431, %v2433 : i64
        %v2435 = arith.addi %v2430, %v2434 : i64
        %v2436 = arith.muli %v2428, %v81 : i64
        %v2437 = arith.addi %v2436, %v2005 : i64
        %v2438 = llvm.getelementptr %in_rho[%v2435] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2439 = llvm.load %v2438 : !llvm.ptr -> f32
        %v2440 = arith.addi %v2004, %v534 : i64
        %v2441 = arith.constant true
        %v2442 = arith.addi %v20, %v2440 : i64
        %v2443 = llvm.getelementptr %v10[%v2442] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2444 = llvm.load %v2443 : !llvm.ptr<3> -> i64
        %v2445 = arith.addi %v1553, %v2005 : i64
        %v2446 = arith.cmpi slt, %v2445, %v67 : i64
        %v2447 = arith.subi %size_L, %v1 : i64
        %v2448 = arith.minsi %v2445, %v2447 : i64
        %v2449 = arith.addi %v2444, %v2448 : i64
        %v2450 = arith.muli %v2442, %v81 : i64
        %v2451 = arith.addi %v2450, %v2005 : i64
        %v2452 = llvm.getelementptr %in_rho[%v2449] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2453 = llvm.load %v2452 : !llvm.ptr -> f32
        %v2454 = arith.divui %v18, %v68 : i64
        %v2455 = arith.remui %v18, %v68 : i64
        %v2456 = arith.addi %v2454, %v35 : i64
        %v2457 = arith.constant true
        %v2458 = arith.addi %v1067, %v2456 : i64
        %v2459 = llvm.getelementptr %v10[%v2458] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2460 = llvm.load %v2459 : !llvm.ptr<3> -> i64
        %v2461 = arith.addi %v1553, %v2455 : i64
        %v2462 = arith.cmpi slt, %v2461, %v67 : i64
        %v2463 = arith.subi %size_L, %v1 : i64
        %v2464 = arith.minsi %v2461, %v2463 : i64
        %v2465 = arith.addi %v2460, %v2464 : i64
        %v2466 = arith.muli %v2458, %v81 : i64
        %v2467 = arith.addi %v2466, %v2455 : i64
        %v2468 = llvm.getelementptr %in_theta[%v2465] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2469 = llvm.load %v2468 : !llvm.ptr -> f32
        %v2470 = arith.addi %v2454, %v59 : i64
        %v2471 = arith.constant true
        %v2472 = arith.addi %v1067, %v2470 : i64
        %v2473 = llvm.getelementptr %v10[%v2472] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2474 = llvm.load %v2473 : !llvm.ptr<3> -> i64
        %v2475 = arith.addi %v1553, %v2455 : i64
        %v2476 = arith.cmpi slt, %v2475, %v67 : i64
        %v2477 = arith.subi %size_L, %v1 : i64
        %v2478 = arith.minsi %v2475, %v2477 : i64
        %v2479 = arith.addi %v2474, %v2478 : i64
        %v2480 = arith.muli %v2472, %v81 : i64
        %v2481 = arith.addi %v2480, %v2455 : i64
        %v2482 = llvm.getelementptr %in_theta[%v2479] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2483 = llvm.load %v2482 : !llvm.ptr -> f32
        %v2484 = arith.addi %v2454, %v100 : i64
        %v2485 = arith.constant true
        %v2486 = arith.addi %v1067, %v2484 : i64
        %v2487 = llvm.getelementptr %v10[%v2486] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2488 = llvm.load %v2487 : !llvm.ptr<3> -> i64
        %v2489 = arith.addi %v1553, %v2455 : i64
        %v2490 = arith.cmpi slt, %v2489, %v67 : i64
        %v2491 = arith.subi %size_L, %v1 : i64
        %v2492 = arith.minsi %v2489, %v2491 : i64
        %v2493 = arith.addi %v2488, %v2492 : i64
        %v2494 = arith.muli %v2486, %v81 : i64
        %v2495 = arith.addi %v2494, %v2455 : i64
        %v2496 = llvm.getelementptr %in_theta[%v2493] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2497 = llvm.load %v2496 : !llvm.ptr -> f32
        %v2498 = arith.addi %v2454, %v115 : i64
        %v2499 = arith.constant true
        %v2500 = arith.addi %v1067, %v2498 : i64
        %v2501 = llvm.getelementptr %v10[%v2500] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2502 = llvm.load %v2501 : !llvm.ptr<3> -> i64
        %v2503 = arith.addi %v1553, %v2455 : i64
        %v2504 = arith.cmpi slt, %v2503, %v67 : i64
        %v2505 = arith.subi %size_L, %v1 : i64
        %v2506 = arith.minsi %v2503, %v2505 : i64
        %v2507 = arith.addi %v2502, %v2506 : i64
        %v2508 = arith.muli %v2500, %v81 : i64
        %v2509 = arith.addi %v2508, %v2455 : i64
        %v2510 = llvm.getelementptr %in_theta[%v2507] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2511 = llvm.load %v2510 : !llvm.ptr -> f32
        %v2512 = arith.addi %v2454, %v130 : i64
        %v2513 = arith.constant true
        %v2514 = arith.addi %v1067, %v2512 : i64
        %v2515 = llvm.getelementptr %v10[%v2514] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2516 = llvm.load %v2515 : !llvm.ptr<3> -> i64
        %v2517 = arith.addi %v1553, %v2455 : i64
        %v2518 = arith.cmpi slt, %v2517, %v67 : i64
        %v2519 = arith.subi %size_L, %v1 : i64
        %v2520 = arith.minsi %v2517, %v2519 : i64
        %v2521 = arith.addi %v2516, %v2520 : i64
        %v2522 = arith.muli %v2514, %v81 : i64
        %v2523 = arith.addi %v2522, %v2455 : i64
        %v2524 = llvm.getelementptr %in_theta[%v2521] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2525 = llvm.load %v2524 : !llvm.ptr -> f32
        %v2526 = arith.addi %v2454, %v145 : i64
        %v2527 = arith.constant true
        %v2528 = arith.addi %v1067, %v2526 : i64
        %v2529 = llvm.getelementptr %v10[%v2528] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2530 = llvm.load %v2529 : !llvm.ptr<3> -> i64
        %v2531 = arith.addi %v1553, %v2455 : i64
        %v2532 = arith.cmpi slt, %v2531, %v67 : i64
        %v2533 = arith.subi %size_L, %v1 : i64
        %v2534 = arith.minsi %v2531, %v2533 : i64
        %v2535 = arith.addi %v2530, %v2534 : i64
        %v2536 = arith.muli %v2528, %v81 : i64
        %v2537 = arith.addi %v2536, %v2455 : i64
        %v2538 = llvm.getelementptr %in_theta[%v2535] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2539 = llvm.load %v2538 : !llvm.ptr -> f32
        %v2540 = arith.addi %v2454, %v160 : i64
        %v2541 = arith.constant true
        %v2542 = arith.addi %v1067, %v2540 : i64
        %v2543 = llvm.getelementptr %v10[%v2542] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2544 = llvm.load %v2543 : !llvm.ptr<3> -> i64
        %v2545 = arith.addi %v1553, %v2455 : i64
        %v2546 = arith.cmpi slt, %v2545, %v67 : i64
        %v2547 = arith.subi %size_L, %v1 : i64
        %v2548 = arith.minsi %v2545, %v2547 : i64
        %v2549 = arith.addi %v2544, %v2548 : i64
        %v2550 = arith.muli %v2542, %v81 : i64
        %v2551 = arith.addi %v2550, %v2455 : i64
        %v2552 = llvm.getelementptr %in_theta[%v2549] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2553 = llvm.load %v2552 : !llvm.ptr -> f32
        %v2554 = arith.addi %v2454, %v175 : i64
        %v2555 = arith.constant true
        %v2556 = arith.addi %v1067, %v2554 : i64
        %v2557 = llvm.getelementptr %v10[%v2556] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2558 = llvm.load %v2557 : !llvm.ptr<3> -> i64
        %v2559 = arith.addi %v1553, %v2455 : i64
        %v2560 = arith.cmpi slt, %v2559, %v67 : i64
        %v2561 = arith.subi %size_L, %v1 : i64
        %v2562 = arith.minsi %v2559, %v2561 : i64
        %v2563 = arith.addi %v2558, %v2562 : i64
        %v2564 = arith.muli %v2556, %v81 : i64
        %v2565 = arith.addi %v2564, %v2455 : i64
        %v2566 = llvm.getelementptr %in_theta[%v2563] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2567 = llvm.load %v2566 : !llvm.ptr -> f32
        %v2568 = arith.addi %v2454, %v190 : i64
        %v2569 = arith.constant true
        %v2570 = arith.addi %v1067, %v2568 : i64
        %v2571 = llvm.getelementptr %v10[%v2570] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2572 = llvm.load %v2571 : !llvm.ptr<3> -> i64
        %v2573 = arith.addi %v1553, %v2455 : i64
        %v2574 = arith.cmpi slt, %v2573, %v67 : i64
        %v2575 = arith.subi %size_L, %v1 : i64
        %v2576 = arith.minsi %v2573, %v2575 : i64
        %v2577 = arith.addi %v2572, %v2576 : i64
        %v2578 = arith.muli %v2570, %v81 : i64
        %v2579 = arith.addi %v2578, %v2455 : i64
        %v2580 = llvm.getelementptr %in_theta[%v2577] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2581 = llvm.load %v2580 : !llvm.ptr -> f32
        %v2582 = arith.addi %v2454, %v205 : i64
        %v2583 = arith.constant true
        %v2584 = arith.addi %v1067, %v2582 : i64
        %v2585 = llvm.getelementptr %v10[%v2584] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2586 = llvm.load %v2585 : !llvm.ptr<3> -> i64
        %v2587 = arith.addi %v1553, %v2455 : i64
        %v2588 = arith.cmpi slt, %v2587, %v67 : i64
        %v2589 = arith.subi %size_L, %v1 : i64
        %v2590 = arith.minsi %v2587, %v2589 : i64
        %v2591 = arith.addi %v2586, %v2590 : i64
        %v2592 = arith.muli %v2584, %v81 : i64
        %v2593 = arith.addi %v2592, %v2455 : i64
        %v2594 = llvm.getelementptr %in_theta[%v2591] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2595 = llvm.load %v2594 : !llvm.ptr -> f32
        %v2596 = arith.addi %v2454, %v220 : i64
        %v2597 = arith.constant true
        %v2598 = arith.addi %v1067, %v2596 : i64
        %v2599 = llvm.getelementptr %v10[%v2598] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2600 = llvm.load %v2599 : !llvm.ptr<3> -> i64
        %v2601 = arith.addi %v1553, %v2455 : i64
        %v2602 = arith.cmpi slt, %v2601, %v67 : i64
        %v2603 = arith.subi %size_L, %v1 : i64
        %v2604 = arith.minsi %v2601, %v2603 : i64
        %v2605 = arith.addi %v2600, %v2604 : i64
        %v2606 = arith.muli %v2598, %v81 : i64
        %v2607 = arith.addi %v2606, %v2455 : i64
        %v2608 = llvm.getelementptr %in_theta[%v2605] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2609 = llvm.load %v2608 : !llvm.ptr -> f32
        %v2610 = arith.addi %v2454, %v235 : i64
        %v2611 = arith.constant true
        %v2612 = arith.addi %v1067, %v2610 : i64
        %v2613 = llvm.getelementptr %v10[%v2612] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2614 = llvm.load %v2613 : !llvm.ptr<3> -> i64
        %v2615 = arith.addi %v1553, %v2455 : i64
        %v2616 = arith.cmpi slt, %v2615, %v67 : i64
        %v2617 = arith.subi %size_L, %v1 : i64
        %v2618 = arith.minsi %v2615, %v2617 : i64
        %v2619 = arith.addi %v2614, %v2618 : i64
        %v2620 = arith.muli %v2612, %v81 : i64
        %v2621 = arith.addi %v2620, %v2455 : i64
        %v2622 = llvm.getelementptr %in_theta[%v2619] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2623 = llvm.load %v2622 : !llvm.ptr -> f32
        %v2624 = arith.addi %v2454, %v250 : i64
        %v2625 = arith.constant true
        %v2626 = arith.addi %v1067, %v2624 : i64
        %v2627 = llvm.getelementptr %v10[%v2626] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2628 = llvm.load %v2627 : !llvm.ptr<3> -> i64
        %v2629 = arith.addi %v1553, %v2455 : i64
        %v2630 = arith.cmpi slt, %v2629, %v67 : i64
        %v2631 = arith.subi %size_L, %v1 : i64
        %v2632 = arith.minsi %v2629, %v2631 : i64
        %v2633 = arith.addi %v2628, %v2632 : i64
        %v2634 = arith.muli %v2626, %v81 : i64
        %v2635 = arith.addi %v2634, %v2455 : i64
        %v2636 = llvm.getelementptr %in_theta[%v2633] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2637 = llvm.load %v2636 : !llvm.ptr -> f32
        %v2638 = arith.addi %v2454, %v265 : i64
        %v2639 = arith.constant true
        %v2640 = arith.addi %v1067, %v2638 : i64
        %v2641 = llvm.getelementptr %v10[%v2640] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2642 = llvm.load %v2641 : !llvm.ptr<3> -> i64
        %v2643 = arith.addi %v1553, %v2455 : i64
        %v2644 = arith.cmpi slt, %v2643, %v67 : i64
        %v2645 = arith.subi %size_L, %v1 : i64
        %v2646 = arith.minsi %v2643, %v2645 : i64
        %v2647 = arith.addi %v2642, %v2646 : i64
        %v2648 = arith.muli %v2640, %v81 : i64
        %v2649 = arith.addi %v2648, %v2455 : i64
        %v2650 = llvm.getelementptr %in_theta[%v2647] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2651 = llvm.load %v2650 : !llvm.ptr -> f32
        %v2652 = arith.addi %v2454, %v280 : i64
        %v2653 = arith.constant true
        %v2654 = arith.addi %v1067, %v2652 : i64
        %v2655 = llvm.getelementptr %v10[%v2654] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2656 = llvm.load %v2655 : !llvm.ptr<3> -> i64
        %v2657 = arith.addi %v1553, %v2455 : i64
        %v2658 = arith.cmpi slt, %v2657, %v67 : i64
        %v2659 = arith.subi %size_L, %v1 : i64
        %v2660 = arith.minsi %v2657, %v2659 : i64
        %v2661 = arith.addi %v2656, %v2660 : i64
        %v2662 = arith.muli %v2654, %v81 : i64
        %v2663 = arith.addi %v2662, %v2455 : i64
        %v2664 = llvm.getelementptr %in_theta[%v2661] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2665 = llvm.load %v2664 : !llvm.ptr -> f32
        %v2666 = arith.addi %v2454, %v295 : i64
        %v2667 = arith.constant true
        %v2668 = arith.addi %v1067, %v2666 : i64
        %v2669 = llvm.getelementptr %v10[%v2668] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2670 = llvm.load %v2669 : !llvm.ptr<3> -> i64
        %v2671 = arith.addi %v1553, %v2455 : i64
        %v2672 = arith.cmpi slt, %v2671, %v67 : i64
        %v2673 = arith.subi %size_L, %v1 : i64
        %v2674 = arith.minsi %v2671, %v2673 : i64
        %v2675 = arith.addi %v2670, %v2674 : i64
        %v2676 = arith.muli %v2668, %v81 : i64
        %v2677 = arith.addi %v2676, %v2455 : i64
        %v2678 = llvm.getelementptr %in_theta[%v2675] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2679 = llvm.load %v2678 : !llvm.ptr -> f32
        %v2680 = arith.addi %v2454, %v68 : i64
        %v2681 = arith.constant true
        %v2682 = arith.addi %v1067, %v2680 : i64
        %v2683 = llvm.getelementptr %v10[%v2682] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2684 = llvm.load %v2683 : !llvm.ptr<3> -> i64
        %v2685 = arith.addi %v1553, %v2455 : i64
        %v2686 = arith.cmpi slt, %v2685, %v67 : i64
        %v2687 = arith.subi %size_L, %v1 : i64
        %v2688 = arith.minsi %v2685, %v2687 : i64
        %v2689 = arith.addi %v2684, %v2688 : i64
        %v2690 = arith.muli %v2682, %v81 : i64
        %v2691 = arith.addi %v2690, %v2455 : i64
        %v2692 = llvm.getelementptr %in_theta[%v2689] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2693 = llvm.load %v2692 : !llvm.ptr -> f32
        %v2694 = arith.addi %v2454, %v324 : i64
        %v2695 = arith.constant true
        %v2696 = arith.addi %v1067, %v2694 : i64
        %v2697 = llvm.getelementptr %v10[%v2696] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2698 = llvm.load %v2697 : !llvm.ptr<3> -> i64
        %v2699 = arith.addi %v1553, %v2455 : i64
        %v2700 = arith.cmpi slt, %v2699, %v67 : i64
        %v2701 = arith.subi %size_L, %v1 : i64
        %v2702 = arith.minsi %v2699, %v2701 : i64
        %v2703 = arith.addi %v2698, %v2702 : i64
        %v2704 = arith.muli %v2696, %v81 : i64
        %v2705 = arith.addi %v2704, %v2455 : i64
        %v2706 = llvm.getelementptr %in_theta[%v2703] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2707 = llvm.load %v2706 : !llvm.ptr -> f32
        %v2708 = arith.addi %v2454, %v339 : i64
        %v2709 = arith.constant true
        %v2710 = arith.addi %v1067, %v2708 : i64
        %v2711 = llvm.getelementptr %v10[%v2710] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2712 = llvm.load %v2711 : !llvm.ptr<3> -> i64
        %v2713 = arith.addi %v1553, %v2455 : i64
        %v2714 = arith.cmpi slt, %v2713, %v67 : i64
        %v2715 = arith.subi %size_L, %v1 : i64
        %v2716 = arith.minsi %v2713, %v2715 : i64
        %v2717 = arith.addi %v2712, %v2716 : i64
        %v2718 = arith.muli %v2710, %v81 : i64
        %v2719 = arith.addi %v2718, %v2455 : i64
        %v2720 = llvm.getelementptr %in_theta[%v2717] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2721 = llvm.load %v2720 : !llvm.ptr -> f32
        %v2722 = arith.addi %v2454, %v354 : i64
        %v2723 = arith.constant true
        %v2724 = arith.addi %v1067, %v2722 : i64
        %v2725 = llvm.getelementptr %v10[%v2724] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2726 = llvm.load %v2725 : !llvm.ptr<3> -> i64
        %v2727 = arith.addi %v1553, %v2455 : i64
        %v2728 = arith.cmpi slt, %v2727, %v67 : i64
        %v2729 = arith.subi %size_L, %v1 : i64
        %v2730 = arith.minsi %v2727, %v2729 : i64
        %v2731 = arith.addi %v2726, %v2730 : i64
        %v2732 = arith.muli %v2724, %v81 : i64
        %v2733 = arith.addi %v2732, %v2455 : i64
        %v2734 = llvm.getelementptr %in_theta[%v2731] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2735 = llvm.load %v2734 : !llvm.ptr -> f32
        %v2736 = arith.addi %v2454, %v369 : i64
        %v2737 = arith.constant true
        %v2738 = arith.addi %v1067, %v2736 : i64
        %v2739 = llvm.getelementptr %v10[%v2738] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2740 = llvm.load %v2739 : !llvm.ptr<3> -> i64
        %v2741 = arith.addi %v1553, %v2455 : i64
        %v2742 = arith.cmpi slt, %v2741, %v67 : i64
        %v2743 = arith.subi %size_L, %v1 : i64
        %v2744 = arith.minsi %v2741, %v2743 : i64
        %v2745 = arith.addi %v2740, %v2744 : i64
        %v2746 = arith.muli %v2738, %v81 : i64
        %v2747 = arith.addi %v2746, %v2455 : i64
        %v2748 = llvm.getelementptr %in_theta[%v2745] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2749 = llvm.load %v2748 : !llvm.ptr -> f32
        %v2750 = arith.addi %v2454, %v384 : i64
        %v2751 = arith.constant true
        %v2752 = arith.addi %v1067, %v2750 : i64
        %v2753 = llvm.getelementptr %v10[%v2752] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2754 = llvm.load %v2753 : !llvm.ptr<3> -> i64
        %v2755 = arith.addi %v1553, %v2455 : i64
        %v2756 = arith.cmpi slt, %v2755, %v67 : i64
        %v2757 = arith.subi %size_L, %v1 : i64
        %v2758 = arith.minsi %v2755, %v2757 : i64
        %v2759 = arith.addi %v2754, %v2758 : i64
        %v2760 = arith.muli %v2752, %v81 : i64
        %v2761 = arith.addi %v2760, %v2455 : i64
        %v2762 = llvm.getelementptr %in_theta[%v2759] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2763 = llvm.load %v2762 : !llvm.ptr -> f32
        %v2764 = arith.addi %v2454, %v399 : i64
        %v2765 = arith.constant true
        %v2766 = arith.addi %v1067, %v2764 : i64
        %v2767 = llvm.getelementptr %v10[%v2766] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2768 = llvm.load %v2767 : !llvm.ptr<3> -> i64
        %v2769 = arith.addi %v1553, %v2455 : i64
        %v2770 = arith.cmpi slt, %v2769, %v67 : i64
        %v2771 = arith.subi %size_L, %v1 : i64
        %v2772 = arith.minsi %v2769, %v2771 : i64
        %v2773 = arith.addi %v2768, %v2772 : i64
        %v2774 = arith.muli %v2766, %v81 : i64
        %v2775 = arith.addi %v2774, %v2455 : i64
        %v2776 = llvm.getelementptr %in_theta[%v2773] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2777 = llvm.load %v2776 : !llvm.ptr -> f32
        %v2778 = arith.addi %v2454, %v414 : i64
        %v2779 = arith.constant true
        %v2780 = arith.addi %v1067, %v2778 : i64
        %v2781 = llvm.getelementptr %v10[%v2780] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2782 = llvm.load %v2781 : !llvm.ptr<3> -> i64
        %v2783 = arith.addi %v1553, %v2455 : i64
        %v2784 = arith.cmpi slt, %v2783, %v67 : i64
        %v2785 = arith.subi %size_L, %v1 : i64
        %v2786 = arith.minsi %v2783, %v2785 : i64
        %v2787 = arith.addi %v2782, %v2786 : i64
        %v2788 = arith.muli %v2780, %v81 : i64
        %v2789 = arith.addi %v2788, %v2455 : i64
        %v2790 = llvm.getelementptr %in_theta[%v2787] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2791 = llvm.load %v2790 : !llvm.ptr -> f32
        %v2792 = arith.addi %v2454, %v429 : i64
        %v2793 = arith.constant true
        %v2794 = arith.addi %v1067, %v2792 : i64
        %v2795 = llvm.getelementptr %v10[%v2794] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2796 = llvm.load %v2795 : !llvm.ptr<3> -> i64
        %v2797 = arith.addi %v1553, %v2455 : i64
        %v2798 = arith.cmpi slt, %v2797, %v67 : i64
        %v2799 = arith.subi %size_L, %v1 : i64
        %v2800 = arith.minsi %v2797, %v2799 : i64
        %v2801 = arith.addi %v2796, %v2800 : i64
        %v2802 = arith.muli %v2794, %v81 : i64
        %v2803 = arith.addi %v2802, %v2455 : i64
        %v2804 = llvm.getelementptr %in_theta[%v2801] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2805 = llvm.load %v2804 : !llvm.ptr -> f32
        %v2806 = arith.addi %v2454, %v444 : i64
        %v2807 = arith.constant true
        %v2808 = arith.addi %v1067, %v2806 : i64
        %v2809 = llvm.getelementptr %v10[%v2808] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2810 = llvm.load %v2809 : !llvm.ptr<3> -> i64
        %v2811 = arith.addi %v1553, %v2455 : i64
        %v2812 = arith.cmpi slt, %v2811, %v67 : i64
        %v2813 = arith.subi %size_L, %v1 : i64
        %v2814 = arith.minsi %v2811, %v2813 : i64
        %v2815 = arith.addi %v2810, %v2814 : i64
        %v2816 = arith.muli %v2808, %v81 : i64
        %v2817 = arith.addi %v2816, %v2455 : i64
        %v2818 = llvm.getelementptr %in_theta[%v2815] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2819 = llvm.load %v2818 : !llvm.ptr -> f32
        %v2820 = arith.addi %v2454, %v459 : i64
        %v2821 = arith.constant true
        %v2822 = arith.addi %v1067, %v2820 : i64
        %v2823 = llvm.getelementptr %v10[%v2822] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2824 = llvm.load %v2823 : !llvm.ptr<3> -> i64
        %v2825 = arith.addi %v1553, %v2455 : i64
        %v2826 = arith.cmpi slt, %v2825, %v67 : i64
        %v2827 = arith.subi %size_L, %v1 : i64
        %v2828 = arith.minsi %v2825, %v2827 : i64
        %v2829 = arith.addi %v2824, %v2828 : i64
        %v2830 = arith.muli %v2822, %v81 : i64
        %v2831 = arith.addi %v2830, %v2455 : i64
        %v2832 = llvm.getelementptr %in_theta[%v2829] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2833 = llvm.load %v2832 : !llvm.ptr -> f32
        %v2834 = arith.addi %v2454, %v474 : i64
        %v2835 = arith.constant true
        %v2836 = arith.addi %v1067, %v2834 : i64
        %v2837 = llvm.getelementptr %v10[%v2836] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2838 = llvm.load %v2837 : !llvm.ptr<3> -> i64
        %v2839 = arith.addi %v1553, %v2455 : i64
        %v2840 = arith.cmpi slt, %v2839, %v67 : i64
        %v2841 = arith.subi %size_L, %v1 : i64
        %v2842 = arith.minsi %v2839, %v2841 : i64
        %v2843 = arith.addi %v2838, %v2842 : i64
        %v2844 = arith.muli %v2836, %v81 : i64
        %v2845 = arith.addi %v2844, %v2455 : i64
        %v2846 = llvm.getelementptr %in_theta[%v2843] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2847 = llvm.load %v2846 : !llvm.ptr -> f32
        %v2848 = arith.addi %v2454, %v489 : i64
        %v2849 = arith.constant true
        %v2850 = arith.addi %v1067, %v2848 : i64
        %v2851 = llvm.getelementptr %v10[%v2850] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2852 = llvm.load %v2851 : !llvm.ptr<3> -> i64
        %v2853 = arith.addi %v1553, %v2455 : i64
        %v2854 = arith.cmpi slt, %v2853, %v67 : i64
        %v2855 = arith.subi %size_L, %v1 : i64
        %v2856 = arith.minsi %v2853, %v2855 : i64
        %v2857 = arith.addi %v2852, %v2856 : i64
        %v2858 = arith.muli %v2850, %v81 : i64
        %v2859 = arith.addi %v2858, %v2455 : i64
        %v2860 = llvm.getelementptr %in_theta[%v2857] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2861 = llvm.load %v2860 : !llvm.ptr -> f32
        %v2862 = arith.addi %v2454, %v504 : i64
        %v2863 = arith.constant true
        %v2864 = arith.addi %v1067, %v2862 : i64
        %v2865 = llvm.getelementptr %v10[%v2864] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2866 = llvm.load %v2865 : !llvm.ptr<3> -> i64
        %v2867 = arith.addi %v1553, %v2455 : i64
        %v2868 = arith.cmpi slt, %v2867, %v67 : i64
        %v2869 = arith.subi %size_L, %v1 : i64
        %v2870 = arith.minsi %v2867, %v2869 : i64
        %v2871 = arith.addi %v2866, %v2870 : i64
        %v2872 = arith.muli %v2864, %v81 : i64
        %v2873 = arith.addi %v2872, %v2455 : i64
        %v2874 = llvm.getelementptr %in_theta[%v2871] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2875 = llvm.load %v2874 : !llvm.ptr -> f32
        %v2876 = arith.addi %v2454, %v519 : i64
        %v2877 = arith.constant true
        %v2878 = arith.addi %v1067, %v2876 : i64
        %v2879 = llvm.getelementptr %v10[%v2878] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2880 = llvm.load %v2879 : !llvm.ptr<3> -> i64
        %v2881 = arith.addi %v1553, %v2455 : i64
        %v2882 = arith.cmpi slt, %v2881, %v67 : i64
        %v2883 = arith.subi %size_L, %v1 : i64
        %v2884 = arith.minsi %v2881, %v2883 : i64
        %v2885 = arith.addi %v2880, %v2884 : i64
        %v2886 = arith.muli %v2878, %v81 : i64
        %v2887 = arith.addi %v2886, %v2455 : i64
        %v2888 = llvm.getelementptr %in_theta[%v2885] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2889 = llvm.load %v2888 : !llvm.ptr -> f32
        %v2890 = arith.addi %v2454, %v534 : i64
        %v2891 = arith.constant true
        %v2892 = arith.addi %v1067, %v2890 : i64
        %v2893 = llvm.getelementptr %v10[%v2892] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2894 = llvm.load %v2893 : !llvm.ptr<3> -> i64
        %v2895 = arith.addi %v1553, %v2455 : i64
        %v2896 = arith.cmpi slt, %v2895, %v67 : i64
        %v2897 = arith.subi %size_L, %v1 : i64
        %v2898 = arith.minsi %v2895, %v2897 : i64
        %v2899 = arith.addi %v2894, %v2898 : i64
        %v2900 = arith.muli %v2892, %v81 : i64
        %v2901 = arith.addi %v2900, %v2455 : i64
        %v2902 = llvm.getelementptr %in_theta[%v2899] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2903 = llvm.load %v2902 : !llvm.ptr -> f32
        %v2904 = arith.index_cast %v35 : i64 to index
        %v2905 = arith.index_cast %v1552 : i64 to index
        %v2906 = arith.index_cast %v1 : i64 to index
        scf.for %v2907 = %v2904 to %v2905 step %v2906 {
          %v2908 = arith.index_cast %v2907 : index to i64
          %v2909 = arith.addi %v1550, %v2908 : i64
          %v2911 = arith.muli %v1, %v20 : i64
          %v2912 = arith.addi %v2911, %v18 : i64
          %v2913 = arith.muli %v2912, %v81 : i64
          %v2914 = arith.addi %v2913, %v2908 : i64
          %v2915 = llvm.getelementptr %v11[%v2914] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          %v2916 = llvm.load %v2915 : !llvm.ptr<3> -> f32
          %v2917 = arith.negf %v2916 : f32
          %v2919 = arith.mulf %v2917, %v2918 fastmath<contract> : f32
          %v2920 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2919) : (f32) -> f32
          %v2921 = arith.addf %v64, %v2920 fastmath<contract> : f32
          %v2922 = arith.divf %v64, %v2921 : f32
          %v2923 = arith.mulf %v2910, %v2922 fastmath<contract> : f32
          %v2924 = arith.muli %v59, %v20 : i64
          %v2925 = arith.addi %v2924, %v18 : i64
          %v2926 = arith.muli %v2925, %v81 : i64
          %v2927 = arith.addi %v2926, %v2908 : i64
          %v2928 = llvm.getelementptr %v11[%v2927] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          %v2929 = llvm.load %v2928 : !llvm.ptr<3> -> f32
          %v2931 = arith.mulf %v2929, %v2930 fastmath<contract> : f32
          %v2932 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2931) : (f32) -> f32
          %v2935 = arith.mulf %v2932, %v2933 fastmath<contract> : f32
          %v2936 = arith.subf %v2929, %v2935 fastmath<contract> : f32
          %v2937 = arith.mulf %v2932, %v2934 fastmath<contract> : f32
          %v2938 = arith.subf %v2936, %v2937 fastmath<contract> : f32
          %v2939 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v2938) : (f32) -> f32
          %v2940 = arith.mulf %v2923, %v2939 fastmath<contract> : f32
          %v2941 = arith.muli %v35, %v20 : i64
          %v2942 = arith.addi %v2941, %v18 : i64
          %v2943 = arith.muli %v2942, %v81 : i64
          %v2944 = arith.addi %v2943, %v2908 : i64
          %v2945 = llvm.getelementptr %v11[%v2944] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          %v2946 = llvm.load %v2945 : !llvm.ptr<3> -> f32
          %v2947 = llvm.load %v4 : !llvm.ptr -> f32
          %v2948 = arith.mulf %v2940, %v2947 fastmath<contract> : f32
          %v2949 = arith.addf %v2948, %v2946 fastmath<contract> : f32
          %v2950 = arith.mulf %v2922, %v2922 fastmath<contract> : f32
          %v2951 = arith.negf %v2950 : f32
          %v2952 = llvm.load %v5 : !llvm.ptr -> f32
          %v2953 = arith.mulf %v2951, %v2952 fastmath<contract> : f32
          %v2954 = arith.addf %v2949, %v2953 fastmath<contract> : f32
          %v2955 = llvm.load %v6 : !llvm.ptr -> f32
          %v2956 = arith.mulf %v2940, %v2955 fastmath<contract> : f32
          %v2957 = llvm.load %v8 : !llvm.ptr -> f32
          %v2958 = arith.mulf %v2951, %v2957 fastmath<contract> : f32
          %v2959 = arith.addf %v2956, %v2958 fastmath<contract> : f32
          %v2960 = llvm.load %v7 : !llvm.ptr -> f32
          %v2961 = arith.mulf %v2940, %v2960 fastmath<contract> : f32
          %v2962 = llvm.load %v9 : !llvm.ptr -> f32
          %v2963 = arith.mulf %v2951, %v2962 fastmath<contract> : f32
          %v2964 = arith.addf %v2961, %v2963 fastmath<contract> : f32
          %v2965 = llvm.load %v5 : !llvm.ptr -> f32
          %v2966 = arith.mulf %v63, %v2965 fastmath<contract> : f32
          %v2967 = arith.addf %v2966, %v63 fastmath<contract> : f32
          %v2968 = llvm.load %v4 : !llvm.ptr -> f32
          %v2969 = arith.mulf %v64, %v2968 fastmath<contract> : f32
          %v2970 = arith.addf %v2967, %v2969 fastmath<contract> : f32
          %v2971 = llvm.load %v8 : !llvm.ptr -> f32
          %v2972 = arith.mulf %v63, %v2971 fastmath<contract> : f32
          %v2973 = llvm.load %v6 : !llvm.ptr -> f32
          %v2974 = arith.mulf %v64, %v2973 fastmath<contract> : f32
          %v2975 = arith.addf %v2972, %v2974 fastmath<contract> : f32
          %v2976 = llvm.load %v9 : !llvm.ptr -> f32
          %v2977 = arith.mulf %v63, %v2976 fastmath<contract> : f32
          %v2978 = llvm.load %v7 : !llvm.ptr -> f32
          %v2979 = arith.mulf %v64, %v2978 fastmath<contract> : f32
          %v2980 = arith.addf %v2977, %v2979 fastmath<contract> : f32
          llvm.store %v2954, %v4 : f32, !llvm.ptr
          llvm.store %v2959, %v6 : f32, !llvm.ptr
          llvm.store %v2964, %v7 : f32, !llvm.ptr
          llvm.store %v2970, %v5 : f32, !llvm.ptr
          llvm.store %v2975, %v8 : f32, !llvm.ptr
          llvm.store %v2980, %v9 : f32, !llvm.ptr
        }
        gpu.barrier
        %v2981 = arith.addi %v35, %v18 : i64
        %v2982 = arith.divui %v2981, %v68 : i64
        %v2983 = arith.remui %v2981, %v68 : i64
        %v2984 = arith.addi %v35, %v2982 : i64
        %v2985 = arith.muli %v2984, %v81 : i64
        %v2986 = arith.addi %v2985, %v2983 : i64
        %v2987 = llvm.getelementptr %v11[%v2986] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1569, %v2987 : f32, !llvm.ptr<3>
        %v2988 = arith.addi %v20, %v18 : i64
        %v2989 = arith.divui %v2988, %v68 : i64
        %v2990 = arith.remui %v2988, %v68 : i64
        %v2991 = arith.addi %v35, %v2989 : i64
        %v2992 = arith.muli %v2991, %v81 : i64
        %v2993 = arith.addi %v2992, %v2990 : i64
        %v2994 = llvm.getelementptr %v11[%v2993] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1583, %v2994 : f32, !llvm.ptr<3>
        %v2995 = arith.addi %v1067, %v18 : i64
        %v2996 = arith.divui %v2995, %v68 : i64
        %v2997 = arith.remui %v2995, %v68 : i64
        %v2998 = arith.addi %v35, %v2996 : i64
        %v2999 = arith.muli %v2998, %v81 : i64
        %v3000 = arith.addi %v2999, %v2997 : i64
        %v3001 = llvm.getelementptr %v11[%v3000] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1597, %v3001 : f32, !llvm.ptr<3>
        %v3003 = arith.addi %v3002, %v18 : i64
        %v3004 = arith.divui %v3003, %v68 : i64
        %v3005 = arith.remui %v3003, %v68 : i64
        %v3006 = arith.addi %v35, %v3004 : i64
        %v3007 = arith.muli %v3006, %v81 : i64
        %v3008 = arith.addi %v3007, %v3005 : i64
        %v3009 = llvm.getelementptr %v11[%v3008] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1611, %v3009 : f32, !llvm.ptr<3>
        %v3010 = arith.addi %v14, %v18 : i64
        %v3011 = arith.divui %v3010, %v68 : i64
        %v3012 = arith.remui %v3010, %v68 : i64
        %v3013 = arith.addi %v35, %v3011 : i64
        %v3014 = arith.muli %v3013, %v81 : i64
        %v3015 = arith.addi %v3014, %v3012 : i64
        %v3016 = llvm.getelementptr %v11[%v3015] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1625, %v3016 : f32, !llvm.ptr<3>
        %v3018 = arith.addi %v3017, %v18 : i64
        %v3019 = arith.divui %v3018, %v68 : i64
        %v3020 = arith.remui %v3018, %v68 : i64
        %v3021 = arith.addi %v35, %v3019 : i64
        %v3022 = arith.muli %v3021, %v81 : i64
        %v3023 = arith.addi %v3022, %v3020 : i64
        %v3024 = llvm.getelementptr %v11[%v3023] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1639, %v3024 : f32, !llvm.ptr<3>
        %v3026 = arith.addi %v3025, %v18 : i64
        %v3027 = arith.divui %v3026, %v68 : i64
        %v3028 = arith.remui %v3026, %v68 : i64
        %v3029 = arith.addi %v35, %v3027 : i64
        %v3030 = arith.muli %v3029, %v81 : i64
        %v3031 = arith.addi %v3030, %v3028 : i64
        %v3032 = llvm.getelementptr %v11[%v3031] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1653, %v3032 : f32, !llvm.ptr<3>
        %v3034 = arith.addi %v3033, %v18 : i64
        %v3035 = arith.divui %v3034, %v68 : i64
        %v3036 = arith.remui %v3034, %v68 : i64
        %v3037 = arith.addi %v35, %v3035 : i64
        %v3038 = arith.muli %v3037, %v81 : i64
        %v3039 = arith.addi %v3038, %v3036 : i64
        %v3040 = llvm.getelementptr %v11[%v3039] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1667, %v3040 : f32, !llvm.ptr<3>
        %v3042 = arith.addi %v3041, %v18 : i64
        %v3043 = arith.divui %v3042, %v68 : i64
        %v3044 = arith.remui %v3042, %v68 : i64
        %v3045 = arith.addi %v35, %v3043 : i64
        %v3046 = arith.muli %v3045, %v81 : i64
        %v3047 = arith.addi %v3046, %v3044 : i64
        %v3048 = llvm.getelementptr %v11[%v3047] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1681, %v3048 : f32, !llvm.ptr<3>
        %v3050 = arith.addi %v3049, %v18 : i64
        %v3051 = arith.divui %v3050, %v68 : i64
        %v3052 = arith.remui %v3050, %v68 : i64
        %v3053 = arith.addi %v35, %v3051 : i64
        %v3054 = arith.muli %v3053, %v81 : i64
        %v3055 = arith.addi %v3054, %v3052 : i64
        %v3056 = llvm.getelementptr %v11[%v3055] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1695, %v3056 : f32, !llvm.ptr<3>
        %v3058 = arith.addi %v3057, %v18 : i64
        %v3059 = arith.divui %v3058, %v68 : i64
        %v3060 = arith.remui %v3058, %v68 : i64
        %v3061 = arith.addi %v35, %v3059 : i64
        %v3062 = arith.muli %v3061, %v81 : i64
        %v3063 = arith.addi %v3062, %v3060 : i64
        %v3064 = llvm.getelementptr %v11[%v3063] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1709, %v3064 : f32, !llvm.ptr<3>
        %v3066 = arith.addi %v3065, %v18 : i64
        %v3067 = arith.divui %v3066, %v68 : i64
        %v3068 = arith.remui %v3066, %v68 : i64
        %v3069 = arith.addi %v35, %v3067 : i64
        %v3070 = arith.muli %v3069, %v81 : i64
        %v3071 = arith.addi %v3070, %v3068 : i64
        %v3072 = llvm.getelementptr %v11[%v3071] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1723, %v3072 : f32, !llvm.ptr<3>
        %v3074 = arith.addi %v3073, %v18 : i64
        %v3075 = arith.divui %v3074, %v68 : i64
        %v3076 = arith.remui %v3074, %v68 : i64
        %v3077 = arith.addi %v35, %v3075 : i64
        %v3078 = arith.muli %v3077, %v81 : i64
        %v3079 = arith.addi %v3078, %v3076 : i64
        %v3080 = llvm.getelementptr %v11[%v3079] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1737, %v3080 : f32, !llvm.ptr<3>
        %v3082 = arith.addi %v3081, %v18 : i64
        %v3083 = arith.divui %v3082, %v68 : i64
        %v3084 = arith.remui %v3082, %v68 : i64
        %v3085 = arith.addi %v35, %v3083 : i64
        %v3086 = arith.muli %v3085, %v81 : i64
        %v3087 = arith.addi %v3086, %v3084 : i64
        %v3088 = llvm.getelementptr %v11[%v3087] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1751, %v3088 : f32, !llvm.ptr<3>
        %v3090 = arith.addi %v3089, %v18 : i64
        %v3091 = arith.divui %v3090, %v68 : i64
        %v3092 = arith.remui %v3090, %v68 : i64
        %v3093 = arith.addi %v35, %v3091 : i64
        %v3094 = arith.muli %v3093, %v81 : i64
        %v3095 = arith.addi %v3094, %v3092 : i64
        %v3096 = llvm.getelementptr %v11[%v3095] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1765, %v3096 : f32, !llvm.ptr<3>
        %v3098 = arith.addi %v3097, %v18 : i64
        %v3099 = arith.divui %v3098, %v68 : i64
        %v3100 = arith.remui %v3098, %v68 : i64
        %v3101 = arith.addi %v35, %v3099 : i64
        %v3102 = arith.muli %v3101, %v81 : i64
        %v3103 = arith.addi %v3102, %v3100 : i64
        %v3104 = llvm.getelementptr %v11[%v3103] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1779, %v3104 : f32, !llvm.ptr<3>
        %v3106 = arith.addi %v3105, %v18 : i64
        %v3107 = arith.divui %v3106, %v68 : i64
        %v3108 = arith.remui %v3106, %v68 : i64
        %v3109 = arith.addi %v35, %v3107 : i64
        %v3110 = arith.muli %v3109, %v81 : i64
        %v3111 = arith.addi %v3110, %v3108 : i64
        %v3112 = llvm.getelementptr %v11[%v3111] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1793, %v3112 : f32, !llvm.ptr<3>
        %v3114 = arith.addi %v3113, %v18 : i64
        %v3115 = arith.divui %v3114, %v68 : i64
        %v3116 = arith.remui %v3114, %v68 : i64
        %v3117 = arith.addi %v35, %v3115 : i64
        %v3118 = arith.muli %v3117, %v81 : i64
        %v3119 = arith.addi %v3118, %v3116 : i64
        %v3120 = llvm.getelementptr %v11[%v3119] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1807, %v3120 : f32, !llvm.ptr<3>
        %v3122 = arith.addi %v3121, %v18 : i64
        %v3123 = arith.divui %v3122, %v68 : i64
        %v3124 = arith.remui %v3122, %v68 : i64
        %v3125 = arith.addi %v35, %v3123 : i64
        %v3126 = arith.muli %v3125, %v81 : i64
        %v3127 = arith.addi %v3126, %v3124 : i64
        %v3128 = llvm.getelementptr %v11[%v3127] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1821, %v3128 : f32, !llvm.ptr<3>
        %v3130 = arith.addi %v3129, %v18 : i64
        %v3131 = arith.divui %v3130, %v68 : i64
        %v3132 = arith.remui %v3130, %v68 : i64
        %v3133 = arith.addi %v35, %v3131 : i64
        %v3134 = arith.muli %v3133, %v81 : i64
        %v3135 = arith.addi %v3134, %v3132 : i64
        %v3136 = llvm.getelementptr %v11[%v3135] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1835, %v3136 : f32, !llvm.ptr<3>
        %v3138 = arith.addi %v3137, %v18 : i64
        %v3139 = arith.divui %v3138, %v68 : i64
        %v3140 = arith.remui %v3138, %v68 : i64
        %v3141 = arith.addi %v35, %v3139 : i64
        %v3142 = arith.muli %v3141, %v81 : i64
        %v3143 = arith.addi %v3142, %v3140 : i64
        %v3144 = llvm.getelementptr %v11[%v3143] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1849, %v3144 : f32, !llvm.ptr<3>
        %v3146 = arith.addi %v3145, %v18 : i64
        %v3147 = arith.divui %v3146, %v68 : i64
        %v3148 = arith.remui %v3146, %v68 : i64
        %v3149 = arith.addi %v35, %v3147 : i64
        %v3150 = arith.muli %v3149, %v81 : i64
        %v3151 = arith.addi %v3150, %v3148 : i64
        %v3152 = llvm.getelementptr %v11[%v3151] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1863, %v3152 : f32, !llvm.ptr<3>
        %v3154 = arith.addi %v3153, %v18 : i64
        %v3155 = arith.divui %v3154, %v68 : i64
        %v3156 = arith.remui %v3154, %v68 : i64
        %v3157 = arith.addi %v35, %v3155 : i64
        %v3158 = arith.muli %v3157, %v81 : i64
        %v3159 = arith.addi %v3158, %v3156 : i64
        %v3160 = llvm.getelementptr %v11[%v3159] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1877, %v3160 : f32, !llvm.ptr<3>
        %v3162 = arith.addi %v3161, %v18 : i64
        %v3163 = arith.divui %v3162, %v68 : i64
        %v3164 = arith.remui %v3162, %v68 : i64
        %v3165 = arith.addi %v35, %v3163 : i64
        %v3166 = arith.muli %v3165, %v81 : i64
        %v3167 = arith.addi %v3166, %v3164 : i64
        %v3168 = llvm.getelementptr %v11[%v3167] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1891, %v3168 : f32, !llvm.ptr<3>
        %v3170 = arith.addi %v3169, %v18 : i64
        %v3171 = arith.divui %v3170, %v68 : i64
        %v3172 = arith.remui %v3170, %v68 : i64
        %v3173 = arith.addi %v35, %v3171 : i64
        %v3174 = arith.muli %v3173, %v81 : i64
        %v3175 = arith.addi %v3174, %v3172 : i64
        %v3176 = llvm.getelementptr %v11[%v3175] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1905, %v3176 : f32, !llvm.ptr<3>
        %v3178 = arith.addi %v3177, %v18 : i64
        %v3179 = arith.divui %v3178, %v68 : i64
        %v3180 = arith.remui %v3178, %v68 : i64
        %v3181 = arith.addi %v35, %v3179 : i64
        %v3182 = arith.muli %v3181, %v81 : i64
        %v3183 = arith.addi %v3182, %v3180 : i64
        %v3184 = llvm.getelementptr %v11[%v3183] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1919, %v3184 : f32, !llvm.ptr<3>
        %v3186 = arith.addi %v3185, %v18 : i64
        %v3187 = arith.divui %v3186, %v68 : i64
        %v3188 = arith.remui %v3186, %v68 : i64
        %v3189 = arith.addi %v35, %v3187 : i64
        %v3190 = arith.muli %v3189, %v81 : i64
        %v3191 = arith.addi %v3190, %v3188 : i64
        %v3192 = llvm.getelementptr %v11[%v3191] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1933, %v3192 : f32, !llvm.ptr<3>
        %v3194 = arith.addi %v3193, %v18 : i64
        %v3195 = arith.divui %v3194, %v68 : i64
        %v3196 = arith.remui %v3194, %v68 : i64
        %v3197 = arith.addi %v35, %v3195 : i64
        %v3198 = arith.muli %v3197, %v81 : i64
        %v3199 = arith.addi %v3198, %v3196 : i64
        %v3200 = llvm.getelementptr %v11[%v3199] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1947, %v3200 : f32, !llvm.ptr<3>
        %v3202 = arith.addi %v3201, %v18 : i64
        %v3203 = arith.divui %v3202, %v68 : i64
        %v3204 = arith.remui %v3202, %v68 : i64
        %v3205 = arith.addi %v35, %v3203 : i64
        %v3206 = arith.muli %v3205, %v81 : i64
        %v3207 = arith.addi %v3206, %v3204 : i64
        %v3208 = llvm.getelementptr %v11[%v3207] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1961, %v3208 : f32, !llvm.ptr<3>
        %v3210 = arith.addi %v3209, %v18 : i64
        %v3211 = arith.divui %v3210, %v68 : i64
        %v3212 = arith.remui %v3210, %v68 : i64
        %v3213 = arith.addi %v35, %v3211 : i64
        %v3214 = arith.muli %v3213, %v81 : i64
        %v3215 = arith.addi %v3214, %v3212 : i64
        %v3216 = llvm.getelementptr %v11[%v3215] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1975, %v3216 : f32, !llvm.ptr<3>
        %v3218 = arith.addi %v3217, %v18 : i64
        %v3219 = arith.divui %v3218, %v68 : i64
        %v3220 = arith.remui %v3218, %v68 : i64
        %v3221 = arith.addi %v35, %v3219 : i64
        %v3222 = arith.muli %v3221, %v81 : i64
        %v3223 = arith.addi %v3222, %v3220 : i64
        %v3224 = llvm.getelementptr %v11[%v3223] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1989, %v3224 : f32, !llvm.ptr<3>
        %v3226 = arith.addi %v3225, %v18 : i64
        %v3227 = arith.divui %v3226, %v68 : i64
        %v3228 = arith.remui %v3226, %v68 : i64
        %v3229 = arith.addi %v35, %v3227 : i64
        %v3230 = arith.muli %v3229, %v81 : i64
        %v3231 = arith.addi %v3230, %v3228 : i64
        %v3232 = llvm.getelementptr %v11[%v3231] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2003, %v3232 : f32, !llvm.ptr<3>
        %v3233 = arith.addi %v35, %v18 : i64
        %v3234 = arith.divui %v3233, %v68 : i64
        %v3235 = arith.remui %v3233, %v68 : i64
        %v3236 = arith.addi %v20, %v3234 : i64
        %v3237 = arith.muli %v3236, %v81 : i64
        %v3238 = arith.addi %v3237, %v3235 : i64
        %v3239 = llvm.getelementptr %v11[%v3238] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2019, %v3239 : f32, !llvm.ptr<3>
        %v3240 = arith.addi %v20, %v18 : i64
        %v3241 = arith.divui %v3240, %v68 : i64
        %v3242 = arith.remui %v3240, %v68 : i64
        %v3243 = arith.addi %v20, %v3241 : i64
        %v3244 = arith.muli %v3243, %v81 : i64
        %v3245 = arith.addi %v3244, %v3242 : i64
        %v3246 = llvm.getelementptr %v11[%v3245] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2033, %v3246 : f32, !llvm.ptr<3>
        %v3247 = arith.addi %v1067, %v18 : i64
        %v3248 = arith.divui %v3247, %v68 : i64
        %v3249 = arith.remui %v3247, %v68 : i64
        %v3250 = arith.addi %v20, %v3248 : i64
        %v3251 = arith.muli %v3250, %v81 : i64
        %v3252 = arith.addi %v3251, %v3249 : i64
        %v3253 = llvm.getelementptr %v11[%v3252] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2047, %v3253 : f32, !llvm.ptr<3>
        %v3254 = arith.addi %v3002, %v18 : i64
        %v3255 = arith.divui %v3254, %v68 : i64
        %v3256 = arith.remui %v3254, %v68 : i64
        %v3257 = arith.addi %v20, %v3255 : i64
        %v3258 = arith.muli %v3257, %v81 : i64
        %v3259 = arith.addi %v3258, %v3256 : i64
        %v3260 = llvm.getelementptr %v11[%v3259] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2061, %v3260 : f32, !llvm.ptr<3>
        %v3261 = arith.addi %v14, %v18 : i64
        %v3262 = arith.divui %v3261, %v68 : i64
        %v3263 = arith.remui %v3261, %v68 : i64
        %v3264 = arith.addi %v20, %v3262 : i64
        %v3265 = arith.muli %v3264, %v81 : i64
        %v3266 = arith.addi %v3265, %v3263 : i64
        %v3267 = llvm.getelementptr %v11[%v3266] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2075, %v3267 : f32, !llvm.ptr<3>
        %v3268 = arith.addi %v3017, %v18 : i64
        %v3269 = arith.divui %v3268, %v68 : i64
        %v3270 = arith.remui %v3268, %v68 : i64
        %v3271 = arith.addi %v20, %v3269 : i64
        %v3272 = arith.muli %v3271, %v81 : i64
        %v3273 = arith.addi %v3272, %v3270 : i64
        %v3274 = llvm.getelementptr %v11[%v3273] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2089, %v3274 : f32, !llvm.ptr<3>
        %v3275 = arith.addi %v3025, %v18 : i64
        %v3276 = arith.divui %v3275, %v68 : i64
        %v3277 = arith.remui %v3275, %v68 : i64
        %v3278 = arith.addi %v20, %v3276 : i64
        %v3279 = arith.muli %v3278, %v81 : i64
        %v3280 = arith.addi %v3279, %v3277 : i64
        %v3281 = llvm.getelementptr %v11[%v3280] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2103, %v3281 : f32, !llvm.ptr<3>
        %v3282 = arith.addi %v3033, %v18 : i64
        %v3283 = arith.divui %v3282, %v68 : i64
        %v3284 = arith.remui %v3282, %v68 : i64
        %v3285 = arith.addi %v20, %v3283 : i64
        %v3286 = arith.muli %v3285, %v81 : i64
        %v3287 = arith.addi %v3286, %v3284 : i64
        %v3288 = llvm.getelementptr %v11[%v3287] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2117, %v3288 : f32, !llvm.ptr<3>
        %v3289 = arith.addi %v3041, %v18 : i64
        %v3290 = arith.divui %v3289, %v68 : i64
        %v3291 = arith.remui %v3289, %v68 : i64
        %v3292 = arith.addi %v20, %v3290 : i64
        %v3293 = arith.muli %v3292, %v81 : i64
        %v3294 = arith.addi %v3293, %v3291 : i64
        %v3295 = llvm.getelementptr %v11[%v3294] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2131, %v3295 : f32, !llvm.ptr<3>
        %v3296 = arith.addi %v3049, %v18 : i64
        %v3297 = arith.divui %v3296, %v68 : i64
        %v3298 = arith.remui %v3296, %v68 : i64
        %v3299 = arith.addi %v20, %v3297 : i64
        %v3300 = arith.muli %v3299, %v81 : i64
        %v3301 = arith.addi %v3300, %v3298 : i64
        %v3302 = llvm.getelementptr %v11[%v3301] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2145, %v3302 : f32, !llvm.ptr<3>
        %v3303 = arith.addi %v3057, %v18 : i64
        %v3304 = arith.divui %v3303, %v68 : i64
        %v3305 = arith.remui %v3303, %v68 : i64
        %v3306 = arith.addi %v20, %v3304 : i64
        %v3307 = arith.muli %v3306, %v81 : i64
        %v3308 = arith.addi %v3307, %v3305 : i64
        %v3309 = llvm.getelementptr %v11[%v3308] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2159, %v3309 : f32, !llvm.ptr<3>
        %v3310 = arith.addi %v3065, %v18 : i64
        %v3311 = arith.divui %v3310, %v68 : i64
        %v3312 = arith.remui %v3310, %v68 : i64
        %v3313 = arith.addi %v20, %v3311 : i64
        %v3314 = arith.muli %v3313, %v81 : i64
        %v3315 = arith.addi %v3314, %v3312 : i64
        %v3316 = llvm.getelementptr %v11[%v3315] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2173, %v3316 : f32, !llvm.ptr<3>
        %v3317 = arith.addi %v3073, %v18 : i64
        %v3318 = arith.divui %v3317, %v68 : i64
        %v3319 = arith.remui %v3317, %v68 : i64
        %v3320 = arith.addi %v20, %v3318 : i64
        %v3321 = arith.muli %v3320, %v81 : i64
        %v3322 = arith.addi %v3321, %v3319 : i64
        %v3323 = llvm.getelementptr %v11[%v3322] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2187, %v3323 : f32, !llvm.ptr<3>
        %v3324 = arith.addi %v3081, %v18 : i64
        %v3325 = arith.divui %v3324, %v68 : i64
        %v3326 = arith.remui %v3324, %v68 : i64
        %v3327 = arith.addi %v20, %v3325 : i64
        %v3328 = arith.muli %v3327, %v81 : i64
        %v3329 = arith.addi %v3328, %v3326 : i64
        %v3330 = llvm.getelementptr %v11[%v3329] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2201, %v3330 : f32, !llvm.ptr<3>
        %v3331 = arith.addi %v3089, %v18 : i64
        %v3332 = arith.divui %v3331, %v68 : i64
        %v3333 = arith.remui %v3331, %v68 : i64
        %v3334 = arith.addi %v20, %v3332 : i64
        %v3335 = arith.muli %v3334, %v81 : i64
        %v3336 = arith.addi %v3335, %v3333 : i64
        %v3337 = llvm.getelementptr %v11[%v3336] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2215, %v3337 : f32, !llvm.ptr<3>
        %v3338 = arith.addi %v3097, %v18 : i64
        %v3339 = arith.divui %v3338, %v68 : i64
        %v3340 = arith.remui %v3338, %v68 : i64
        %v3341 = arith.addi %v20, %v3339 : i64
        %v3342 = arith.muli %v3341, %v81 : i64
        %v3343 = arith.addi %v3342, %v3340 : i64
        %v3344 = llvm.getelementptr %v11[%v3343] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2229, %v3344 : f32, !llvm.ptr<3>
        %v3345 = arith.addi %v3105, %v18 : i64
        %v3346 = arith.divui %v3345, %v68 : i64
        %v3347 = arith.remui %v3345, %v68 : i64
        %v3348 = arith.addi %v20, %v3346 : i64
        %v3349 = arith.muli %v3348, %v81 : i64
        %v3350 = arith.addi %v3349, %v3347 : i64
        %v3351 = llvm.getelementptr %v11[%v3350] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2243, %v3351 : f32, !llvm.ptr<3>
        %v3352 = arith.addi %v3113, %v18 : i64
        %v3353 = arith.divui %v3352, %v68 : i64
        %v3354 = arith.remui %v3352, %v68 : i64
        %v3355 = arith.addi %v20, %v3353 : i64
        %v3356 = arith.muli %v3355, %v81 : i64
        %v3357 = arith.addi %v3356, %v3354 : i64
        %v3358 = llvm.getelementptr %v11[%v3357] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2257, %v3358 : f32, !llvm.ptr<3>
        %v3359 = arith.addi %v3121, %v18 : i64
        %v3360 = arith.divui %v3359, %v68 : i64
        %v3361 = arith.remui %v3359, %v68 : i64
        %v3362 = arith.addi %v20, %v3360 : i64
        %v3363 = arith.muli %v3362, %v81 : i64
        %v3364 = arith.addi %v3363, %v3361 : i64
        %v3365 = llvm.getelementptr %v11[%v3364] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2271, %v3365 : f32, !llvm.ptr<3>
        %v3366 = arith.addi %v3129, %v18 : i64
        %v3367 = arith.divui %v3366, %v68 : i64
        %v3368 = arith.remui %v3366, %v68 : i64
        %v3369 = arith.addi %v20, %v3367 : i64
        %v3370 = arith.muli %v3369, %v81 : i64
        %v3371 = arith.addi %v3370, %v3368 : i64
        %v3372 = llvm.getelementptr %v11[%v3371] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2285, %v3372 : f32, !llvm.ptr<3>
        %v3373 = arith.addi %v3137, %v18 : i64
        %v3374 = arith.divui %v3373, %v68 : i64
        %v3375 = arith.remui %v3373, %v68 : i64
        %v3376 = arith.addi %v20, %v3374 : i64
        %v3377 = arith.muli %v3376, %v81 : i64
        %v3378 = arith.addi %v3377, %v3375 : i64
        %v3379 = llvm.getelementptr %v11[%v3378] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2299, %v3379 : f32, !llvm.ptr<3>
        %v3380 = arith.addi %v3145, %v18 : i64
        %v3381 = arith.divui %v3380, %v68 : i64
        %v3382 = arith.remui %v3380, %v68 : i64
        %v3383 = arith.addi %v20, %v3381 : i64
        %v3384 = arith.muli %v3383, %v81 : i64
        %v3385 = arith.addi %v3384, %v3382 : i64
        %v3386 = llvm.getelementptr %v11[%v3385] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2313, %v3386 : f32, !llvm.ptr<3>
        %v3387 = arith.addi %v3153, %v18 : i64
        %v3388 = arith.divui %v3387, %v68 : i64
        %v3389 = arith.remui %v3387, %v68 : i64
        %v3390 = arith.addi %v20, %v3388 : i64
        %v3391 = arith.muli %v3390, %v81 : i64
        %v3392 = arith.addi %v3391, %v3389 : i64
        %v3393 = llvm.getelementptr %v11[%v3392] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2327, %v3393 : f32, !llvm.ptr<3>
        %v3394 = arith.addi %v3161, %v18 : i64
        %v3395 = arith.divui %v3394, %v68 : i64
        %v3396 = arith.remui %v3394, %v68 : i64
        %v3397 = arith.addi %v20, %v3395 : i64
        %v3398 = arith.muli %v3397, %v81 : i64
        %v3399 = arith.addi %v3398, %v3396 : i64
        %v3400 = llvm.getelementptr %v11[%v3399] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2341, %v3400 : f32, !llvm.ptr<3>
        %v3401 = arith.addi %v3169, %v18 : i64
        %v3402 = arith.divui %v3401, %v68 : i64
        %v3403 = arith.remui %v3401, %v68 : i64
        %v3404 = arith.addi %v20, %v3402 : i64
        %v3405 = arith.muli %v3404, %v81 : i64
        %v3406 = arith.addi %v3405, %v3403 : i64
        %v3407 = llvm.getelementptr %v11[%v3406] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2355, %v3407 : f32, !llvm.ptr<3>
        %v3408 = arith.addi %v3177, %v18 : i64
        %v3409 = arith.divui %v3408, %v68 : i64
        %v3410 = arith.remui %v3408, %v68 : i64
        %v3411 = arith.addi %v20, %v3409 : i64
        %v3412 = arith.muli %v3411, %v81 : i64
        %v3413 = arith.addi %v3412, %v3410 : i64
        %v3414 = llvm.getelementptr %v11[%v3413] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2369, %v3414 : f32, !llvm.ptr<3>
        %v3415 = arith.addi %v3185, %v18 : i64
        %v3416 = arith.divui %v3415, %v68 : i64
        %v3417 = arith.remui %v3415, %v68 : i64
        %v3418 = arith.addi %v20, %v3416 : i64
        %v3419 = arith.muli %v3418, %v81 : i64
        %v3420 = arith.addi %v3419, %v3417 : i64
        %v3421 = llvm.getelementptr %v11[%v3420] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2383, %v3421 : f32, !llvm.ptr<3>
        %v3422 = arith.addi %v3193, %v18 : i64
        %v3423 = arith.divui %v3422, %v68 : i64
        %v3424 = arith.remui %v3422, %v68 : i64
        %v3425 = arith.addi %v20, %v3423 : i64
        %v3426 = arith.muli %v3425, %v81 : i64
        %v3427 = arith.addi %v3426, %v3424 : i64
        %v3428 = llvm.getelementptr %v11[%v3427] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2397, %v3428 : f32, !llvm.ptr<3>
        %v3429 = arith.addi %v3201, %v18 : i64
        %v3430 = arith.divui %v3429, %v68 : i64
        %v3431 = arith.remui %v3429, %v68 : i64
        %v3432 = arith.addi %v20, %v3430 : i64
        %v3433 = arith.muli %v3432, %v81 : i64
        %v3434 = arith.addi %v3433, %v3431 : i64
        %v3435 = llvm.getelementptr %v11[%v3434] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2411, %v3435 : f32, !llvm.ptr<3>
        %v3436 = arith.addi %v3209, %v18 : i64
        %v3437 = arith.divui %v3436, %v68 : i64
        %v3438 = arith.remui %v3436, %v68 : i64
        %v3439 = arith.addi %v20, %v3437 : i64
        %v3440 = arith.muli %v3439, %v81 : i64
        %v3441 = arith.addi %v3440, %v3438 : i64
        %v3442 = llvm.getelementptr %v11[%v3441] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2425, %v3442 : f32, !llvm.ptr<3>
        %v3443 = arith.addi %v3217, %v18 : i64
        %v3444 = arith.divui %v3443, %v68 : i64
        %v3445 = arith.remui %v3443, %v68 : i64
        %v3446 = arith.addi %v20, %v3444 : i64
        %v3447 = arith.muli %v3446, %v81 : i64
        %v3448 = arith.addi %v3447, %v3445 : i64
        %v3449 = llvm.getelementptr %v11[%v3448] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2439, %v3449 : f32, !llvm.ptr<3>
        %v3450 = arith.addi %v3225, %v18 : i64
        %v3451 = arith.divui %v3450, %v68 : i64
        %v3452 = arith.remui %v3450, %v68 : i64
        %v3453 = arith.addi %v20, %v3451 : i64
        %v3454 = arith.muli %v3453, %v81 : i64
        %v3455 = arith.addi %v3454, %v3452 : i64
        %v3456 = llvm.getelementptr %v11[%v3455] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2453, %v3456 : f32, !llvm.ptr<3>
        %v3457 = arith.addi %v35, %v18 : i64
        %v3458 = arith.divui %v3457, %v68 : i64
        %v3459 = arith.remui %v3457, %v68 : i64
        %v3460 = arith.addi %v1067, %v3458 : i64
        %v3461 = arith.muli %v3460, %v81 : i64
        %v3462 = arith.addi %v3461, %v3459 : i64
        %v3463 = llvm.getelementptr %v11[%v3462] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2469, %v3463 : f32, !llvm.ptr<3>
        %v3464 = arith.addi %v20, %v18 : i64
        %v3465 = arith.divui %v3464, %v68 : i64
        %v3466 = arith.remui %v3464, %v68 : i64
        %v3467 = arith.addi %v1067, %v3465 : i64
        %v3468 = arith.muli %v3467, %v81 : i64
        %v3469 = arith.addi %v3468, %v3466 : i64
        %v3470 = llvm.getelementptr %v11[%v3469] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2483, %v3470 : f32, !llvm.ptr<3>
        %v3471 = arith.addi %v1067, %v18 : i64
        %v3472 = arith.divui %v3471, %v68 : i64
        %v3473 = arith.remui %v3471, %v68 : i64
        %v3474 = arith.addi %v1067, %v3472 : i64
        %v3475 = arith.muli %v3474, %v81 : i64
        %v3476 = arith.addi %v3475, %v3473 : i64
        %v3477 = llvm.getelementptr %v11[%v3476] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2497, %v3477 : f32, !llvm.ptr<3>
        %v3478 = arith.addi %v3002, %v18 : i64
        %v3479 = arith.divui %v3478, %v68 : i64
        %v3480 = arith.remui %v3478, %v68 : i64
        %v3481 = arith.addi %v1067, %v3479 : i64
        %v3482 = arith.muli %v3481, %v81 : i64
        %v3483 = arith.addi %v3482, %v3480 : i64
        %v3484 = llvm.getelementptr %v11[%v3483] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2511, %v3484 : f32, !llvm.ptr<3>
        %v3485 = arith.addi %v14, %v18 : i64
        %v3486 = arith.divui %v3485, %v68 : i64
        %v3487 = arith.remui %v3485, %v68 : i64
        %v3488 = arith.addi %v1067, %v3486 : i64
        %v3489 = arith.muli %v3488, %v81 : i64
        %v3490 = arith.addi %v3489, %v3487 : i64
        %v3491 = llvm.getelementptr %v11[%v3490] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2525, %v3491 : f32, !llvm.ptr<3>
        %v3492 = arith.addi %v3017, %v18 : i64
        %v3493 = arith.divui %v3492, %v68 : i64
        %v3494 = arith.remui %v3492, %v68 : i64
        %v3495 = arith.addi %v1067, %v3493 : i64
        %v3496 = arith.muli %v3495, %v81 : i64
        %v3497 = arith.addi %v3496, %v3494 : i64
        %v3498 = llvm.getelementptr %v11[%v3497] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2539, %v3498 : f32, !llvm.ptr<3>
        %v3499 = arith.addi %v3025, %v18 : i64
        %v3500 = arith.divui %v3499, %v68 : i64
        %v3501 = arith.remui %v3499, %v68 : i64
        %v3502 = arith.addi %v1067, %v3500 : i64
        %v3503 = arith.muli %v3502, %v81 : i64
        %v3504 = arith.addi %v3503, %v3501 : i64
        %v3505 = llvm.getelementptr %v11[%v3504] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2553, %v3505 : f32, !llvm.ptr<3>
        %v3506 = arith.addi %v3033, %v18 : i64
        %v3507 = arith.divui %v3506, %v68 : i64
        %v3508 = arith.remui %v3506, %v68 : i64
        %v3509 = arith.addi %v1067, %v3507 : i64
        %v3510 = arith.muli %v3509, %v81 : i64
        %v3511 = arith.addi %v3510, %v3508 : i64
        %v3512 = llvm.getelementptr %v11[%v3511] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2567, %v3512 : f32, !llvm.ptr<3>
        %v3513 = arith.addi %v3041, %v18 : i64
        %v3514 = arith.divui %v3513, %v68 : i64
        %v3515 = arith.remui %v3513, %v68 : i64
        %v3516 = arith.addi %v1067, %v3514 : i64
        %v3517 = arith.muli %v3516, %v81 : i64
        %v3518 = arith.addi %v3517, %v3515 : i64
        %v3519 = llvm.getelementptr %v11[%v3518] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2581, %v3519 : f32, !llvm.ptr<3>
        %v3520 = arith.addi %v3049, %v18 : i64
        %v3521 = arith.divui %v3520, %v68 : i64
        %v3522 = arith.remui %v3520, %v68 : i64
        %v3523 = arith.addi %v1067, %v3521 : i64
        %v3524 = arith.muli %v3523, %v81 : i64
        %v3525 = arith.addi %v3524, %v3522 : i64
        %v3526 = llvm.getelementptr %v11[%v3525] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2595, %v3526 : f32, !llvm.ptr<3>
        %v3527 = arith.addi %v3057, %v18 : i64
        %v3528 = arith.divui %v3527, %v68 : i64
        %v3529 = arith.remui %v3527, %v68 : i64
        %v3530 = arith.addi %v1067, %v3528 : i64
        %v3531 = arith.muli %v3530, %v81 : i64
        %v3532 = arith.addi %v3531, %v3529 : i64
        %v3533 = llvm.getelementptr %v11[%v3532] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2609, %v3533 : f32, !llvm.ptr<3>
        %v3534 = arith.addi %v3065, %v18 : i64
        %v3535 = arith.divui %v3534, %v68 : i64
        %v3536 = arith.remui %v3534, %v68 : i64
        %v3537 = arith.addi %v1067, %v3535 : i64
        %v3538 = arith.muli %v3537, %v81 : i64
        %v3539 = arith.addi %v3538, %v3536 : i64
        %v3540 = llvm.getelementptr %v11[%v3539] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2623, %v3540 : f32, !llvm.ptr<3>
        %v3541 = arith.addi %v3073, %v18 : i64
        %v3542 = arith.divui %v3541, %v68 : i64
        %v3543 = arith.remui %v3541, %v68 : i64
        %v3544 = arith.addi %v1067, %v3542 : i64
        %v3545 = arith.muli %v3544, %v81 : i64
        %v3546 = arith.addi %v3545, %v3543 : i64
        %v3547 = llvm.getelementptr %v11[%v3546] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2637, %v3547 : f32, !llvm.ptr<3>
        %v3548 = arith.addi %v3081, %v18 : i64
        %v3549 = arith.divui %v3548, %v68 : i64
        %v3550 = arith.remui %v3548, %v68 : i64
        %v3551 = arith.addi %v1067, %v3549 : i64
        %v3552 = arith.muli %v3551, %v81 : i64
        %v3553 = arith.addi %v3552, %v3550 : i64
        %v3554 = llvm.getelementptr %v11[%v3553] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2651, %v3554 : f32, !llvm.ptr<3>
        %v3555 = arith.addi %v3089, %v18 : i64
        %v3556 = arith.divui %v3555, %v68 : i64
        %v3557 = arith.remui %v3555, %v68 : i64
        %v3558 = arith.addi %v1067, %v3556 : i64
        %v3559 = arith.muli %v3558, %v81 : i64
        %v3560 = arith.addi %v3559, %v3557 : i64
        %v3561 = llvm.getelementptr %v11[%v3560] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2665, %v3561 : f32, !llvm.ptr<3>
        %v3562 = arith.addi %v3097, %v18 : i64
        %v3563 = arith.divui %v3562, %v68 : i64
        %v3564 = arith.remui %v3562, %v68 : i64
        %v3565 = arith.addi %v1067, %v3563 : i64
        %v3566 = arith.muli %v3565, %v81 : i64
        %v3567 = arith.addi %v3566, %v3564 : i64
        %v3568 = llvm.getelementptr %v11[%v3567] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2679, %v3568 : f32, !llvm.ptr<3>
        %v3569 = arith.addi %v3105, %v18 : i64
        %v3570 = arith.divui %v3569, %v68 : i64
        %v3571 = arith.remui %v3569, %v68 : i64
        %v3572 = arith.addi %v1067, %v3570 : i64
        %v3573 = arith.muli %v3572, %v81 : i64
        %v3574 = arith.addi %v3573, %v3571 : i64
        %v3575 = llvm.getelementptr %v11[%v3574] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2693, %v3575 : f32, !llvm.ptr<3>
        %v3576 = arith.addi %v3113, %v18 : i64
        %v3577 = arith.divui %v3576, %v68 : i64
        %v3578 = arith.remui %v3576, %v68 : i64
        %v3579 = arith.addi %v1067, %v3577 : i64
        %v3580 = arith.muli %v3579, %v81 : i64
        %v3581 = arith.addi %v3580, %v3578 : i64
        %v3582 = llvm.getelementptr %v11[%v3581] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2707, %v3582 : f32, !llvm.ptr<3>
        %v3583 = arith.addi %v3121, %v18 : i64
        %v3584 = arith.divui %v3583, %v68 : i64
        %v3585 = arith.remui %v3583, %v68 : i64
        %v3586 = arith.addi %v1067, %v3584 : i64
        %v3587 = arith.muli %v3586, %v81 : i64
        %v3588 = arith.addi %v3587, %v3585 : i64
        %v3589 = llvm.getelementptr %v11[%v3588] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2721, %v3589 : f32, !llvm.ptr<3>
        %v3590 = arith.addi %v3129, %v18 : i64
        %v3591 = arith.divui %v3590, %v68 : i64
        %v3592 = arith.remui %v3590, %v68 : i64
        %v3593 = arith.addi %v1067, %v3591 : i64
        %v3594 = arith.muli %v3593, %v81 : i64
        %v3595 = arith.addi %v3594, %v3592 : i64
        %v3596 = llvm.getelementptr %v11[%v3595] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2735, %v3596 : f32, !llvm.ptr<3>
        %v3597 = arith.addi %v3137, %v18 : i64
        %v3598 = arith.divui %v3597, %v68 : i64
        %v3599 = arith.remui %v3597, %v68 : i64
        %v3600 = arith.addi %v1067, %v3598 : i64
        %v3601 = arith.muli %v3600, %v81 : i64
        %v3602 = arith.addi %v3601, %v3599 : i64
        %v3603 = llvm.getelementptr %v11[%v3602] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2749, %v3603 : f32, !llvm.ptr<3>
        %v3604 = arith.addi %v3145, %v18 : i64
        %v3605 = arith.divui %v3604, %v68 : i64
        %v3606 = arith.remui %v3604, %v68 : i64
        %v3607 = arith.addi %v1067, %v3605 : i64
        %v3608 = arith.muli %v3607, %v81 : i64
        %v3609 = arith.addi %v3608, %v3606 : i64
        %v3610 = llvm.getelementptr %v11[%v3609] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2763, %v3610 : f32, !llvm.ptr<3>
        %v3611 = arith.addi %v3153, %v18 : i64
        %v3612 = arith.divui %v3611, %v68 : i64
        %v3613 = arith.remui %v3611, %v68 : i64
        %v3614 = arith.addi %v1067, %v3612 : i64
        %v3615 = arith.muli %v3614, %v81 : i64
        %v3616 = arith.addi %v3615, %v3613 : i64
        %v3617 = llvm.getelementptr %v11[%v3616] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2777, %v3617 : f32, !llvm.ptr<3>
        %v3618 = arith.addi %v3161, %v18 : i64
        %v3619 = arith.divui %v3618, %v68 : i64
        %v3620 = arith.remui %v3618, %v68 : i64
        %v3621 = arith.addi %v1067, %v3619 : i64
        %v3622 = arith.muli %v3621, %v81 : i64
        %v3623 = arith.addi %v3622, %v3620 : i64
        %v3624 = llvm.getelementptr %v11[%v3623] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2791, %v3624 : f32, !llvm.ptr<3>
        %v3625 = arith.addi %v3169, %v18 : i64
        %v3626 = arith.divui %v3625, %v68 : i64
        %v3627 = arith.remui %v3625, %v68 : i64
        %v3628 = arith.addi %v1067, %v3626 : i64
        %v3629 = arith.muli %v3628, %v81 : i64
        %v3630 = arith.addi %v3629, %v3627 : i64
        %v3631 = llvm.getelementptr %v11[%v3630] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2805, %v3631 : f32, !llvm.ptr<3>
        %v3632 = arith.addi %v3177, %v18 : i64
        %v3633 = arith.divui %v3632, %v68 : i64
        %v3634 = arith.remui %v3632, %v68 : i64
        %v3635 = arith.addi %v1067, %v3633 : i64
        %v3636 = arith.muli %v3635, %v81 : i64
        %v3637 = arith.addi %v3636, %v3634 : i64
        %v3638 = llvm.getelementptr %v11[%v3637] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2819, %v3638 : f32, !llvm.ptr<3>
        %v3639 = arith.addi %v3185, %v18 : i64
        %v3640 = arith.divui %v3639, %v68 : i64
        %v3641 = arith.remui %v3639, %v68 : i64
        %v3642 = arith.addi %v1067, %v3640 : i64
        %v3643 = arith.muli %v3642, %v81 : i64
        %v3644 = arith.addi %v3643, %v3641 : i64
        %v3645 = llvm.getelementptr %v11[%v3644] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2833, %v3645 : f32, !llvm.ptr<3>
        %v3646 = arith.addi %v3193, %v18 : i64
        %v3647 = arith.divui %v3646, %v68 : i64
        %v3648 = arith.remui %v3646, %v68 : i64
        %v3649 = arith.addi %v1067, %v3647 : i64
        %v3650 = arith.muli %v3649, %v81 : i64
        %v3651 = arith.addi %v3650, %v3648 : i64
        %v3652 = llvm.getelementptr %v11[%v3651] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2847, %v3652 : f32, !llvm.ptr<3>
        %v3653 = arith.addi %v3201, %v18 : i64
        %v3654 = arith.divui %v3653, %v68 : i64
        %v3655 = arith.remui %v3653, %v68 : i64
        %v3656 = arith.addi %v1067, %v3654 : i64
        %v3657 = arith.muli %v3656, %v81 : i64
        %v3658 = arith.addi %v3657, %v3655 : i64
        %v3659 = llvm.getelementptr %v11[%v3658] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2861, %v3659 : f32, !llvm.ptr<3>
        %v3660 = arith.addi %v3209, %v18 : i64
        %v3661 = arith.divui %v3660, %v68 : i64
        %v3662 = arith.remui %v3660, %v68 : i64
        %v3663 = arith.addi %v1067, %v3661 : i64
        %v3664 = arith.muli %v3663, %v81 : i64
        %v3665 = arith.addi %v3664, %v3662 : i64
        %v3666 = llvm.getelementptr %v11[%v3665] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2875, %v3666 : f32, !llvm.ptr<3>
        %v3667 = arith.addi %v3217, %v18 : i64
        %v3668 = arith.divui %v3667, %v68 : i64
        %v3669 = arith.remui %v3667, %v68 : i64
        %v3670 = arith.addi %v1067, %v3668 : i64
        %v3671 = arith.muli %v3670, %v81 : i64
        %v3672 = arith.addi %v3671, %v3669 : i64
        %v3673 = llvm.getelementptr %v11[%v3672] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2889, %v3673 : f32, !llvm.ptr<3>
        %v3674 = arith.addi %v3225, %v18 : i64
        %v3675 = arith.divui %v3674, %v68 : i64
        %v3676 = arith.remui %v3674, %v68 : i64
        %v3677 = arith.addi %v1067, %v3675 : i64
        %v3678 = arith.muli %v3677, %v81 : i64
        %v3679 = arith.addi %v3678, %v3676 : i64
        %v3680 = llvm.getelementptr %v11[%v3679] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2903, %v3680 : f32, !llvm.ptr<3>
        gpu.barrier
      }
      scf.if %v28 {
        %v3681 = arith.muli %v24, %v3 : i64
        %v3682 = arith.subi %v3, %v1 : i64
        %v3683 = arith.minsi %v27, %v3682 : i64
        %v3684 = arith.addi %v3681, %v3683 : i64
        %v3685 = arith.muli %v3684, %v1 : i64
        %v3686 = arith.addi %v3685, %v35 : i64
        %v3687 = arith.muli %v24, %v3 : i64
        %v3688 = arith.subi %v3, %v1 : i64
        %v3689 = arith.minsi %v27, %v3688 : i64
        %v3690 = arith.addi %v3687, %v3689 : i64
        %v3691 = arith.muli %v3690, %v59 : i64
        %v3692 = arith.addi %v3691, %v35 : i64
        %v3693 = llvm.load %v6 : !llvm.ptr -> f32
        %v3694 = llvm.getelementptr %agga_h[%v3692] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3693, %v3694 : f32, !llvm.ptr
        %v3695 = arith.muli %v24, %v3 : i64
        %v3696 = arith.subi %v3, %v1 : i64
        %v3697 = arith.minsi %v27, %v3696 : i64
        %v3698 = arith.addi %v3695, %v3697 : i64
        %v3699 = arith.muli %v3698, %v59 : i64
        %v3700 = arith.addi %v3699, %v1 : i64
        %v3701 = llvm.load %v7 : !llvm.ptr -> f32
        %v3702 = llvm.getelementptr %agga_h[%v3700] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3701, %v3702 : f32, !llvm.ptr
        %v3703 = llvm.load %v4 : !llvm.ptr -> f32
        %v3704 = llvm.getelementptr %aggb_h[%v3686] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3703, %v3704 : f32, !llvm.ptr
        %v3705 = arith.muli %v24, %v3 : i64
        %v3706 = arith.subi %v3, %v1 : i64
        %v3707 = arith.minsi %v27, %v3706 : i64
        %v3708 = arith.addi %v3705, %v3707 : i64
        %v3709 = arith.muli %v3708, %v1 : i64
        %v3710 = arith.addi %v3709, %v35 : i64
        %v3711 = arith.muli %v24, %v3 : i64
        %v3712 = arith.subi %v3, %v1 : i64
        %v3713 = arith.minsi %v27, %v3712 : i64
        %v3714 = arith.addi %v3711, %v3713 : i64
        %v3715 = arith.muli %v3714, %v59 : i64
        %v3716 = arith.addi %v3715, %v35 : i64
        %v3717 = llvm.load %v8 : !llvm.ptr -> f32
        %v3718 = llvm.getelementptr %agga_hp[%v3716] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3717, %v3718 : f32, !llvm.ptr
        %v3719 = arith.muli %v24, %v3 : i64
        %v3720 = arith.subi %v3, %v1 : i64
        %v3721 = arith.minsi %v27, %v3720 : i64
        %v3722 = arith.addi %v3719, %v3721 : i64
        %v3723 = arith.muli %v3722, %v59 : i64
        %v3724 = arith.addi %v3723, %v1 : i64
        %v3725 = llvm.load %v9 : !llvm.ptr -> f32
        %v3726 = llvm.getelementptr %agga_hp[%v3724] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3725, %v3726 : f32, !llvm.ptr
        %v3727 = llvm.load %v5 : !llvm.ptr -> f32
        %v3728 = llvm.getelementptr %aggb_hp[%v3710] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3727, %v3728 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
