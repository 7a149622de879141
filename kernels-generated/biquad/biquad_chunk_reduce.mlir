module attributes {gpu.container_module} {
  gpu.module @linrec {
    llvm.mlir.global internal @rows_biquad_chunk_reduce() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<192 x i64>
    llvm.mlir.global internal @smem_biquad_chunk_reduce() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<6336 x f32>
    gpu.func @biquad_chunk_reduce(%in_x: !llvm.ptr, %in_rho: !llvm.ptr, %in_theta: !llvm.ptr, %in_h0: !llvm.ptr, %in_hp0: !llvm.ptr, %agga_h: !llvm.ptr, %aggb_h: !llvm.ptr, %agga_hp: !llvm.ptr, %aggb_hp: !llvm.ptr, %size_B: i64, %size_D: i64, %size_L: i64) kernel {
      %v1 = arith.constant 1 : i64
      %v2 = arith.muli %size_B, %size_D : i64
      %v3 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v4 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v5 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v6 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v7 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v8 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v9 = llvm.mlir.addressof @rows_biquad_chunk_reduce : !llvm.ptr<3>
      %v10 = llvm.mlir.addressof @smem_biquad_chunk_reduce : !llvm.ptr<3>
      %v11 = arith.constant 255 : i64
      %v12 = arith.addi %size_L, %v11 : i64
      %v13 = arith.constant 256 : i64
      %v14 = arith.divui %v12, %v13 : i64
      %v19 = arith.constant 64 : i64
      %v20 = arith.constant 63 : i64
      %v34 = arith.constant 0 : i64
      %v35 = arith.muli %size_L, %size_D : i64
      %v48 = arith.constant 2 : i64
      %v49 = arith.constant 128 : i64
      %v52 = arith.constant 0x00000000 : f32
      %v53 = arith.constant 0x3F800000 : f32
      %v57 = arith.constant 32 : i64
      %v68 = arith.constant 33 : i64
      %v86 = arith.constant 4 : i64
      %v100 = arith.constant 6 : i64
      %v114 = arith.constant 8 : i64
      %v128 = arith.constant 10 : i64
      %v142 = arith.constant 12 : i64
      %v156 = arith.constant 14 : i64
      %v170 = arith.constant 16 : i64
      %v184 = arith.constant 18 : i64
      %v198 = arith.constant 20 : i64
      %v212 = arith.constant 22 : i64
      %v226 = arith.constant 24 : i64
      %v240 = arith.constant 26 : i64
      %v254 = arith.constant 28 : i64
      %v268 = arith.constant 30 : i64
      %v295 = arith.constant 34 : i64
      %v309 = arith.constant 36 : i64
      %v323 = arith.constant 38 : i64
      %v337 = arith.constant 40 : i64
      %v351 = arith.constant 42 : i64
      %v365 = arith.constant 44 : i64
      %v379 = arith.constant 46 : i64
      %v393 = arith.constant 48 : i64
      %v407 = arith.constant 50 : i64
      %v421 = arith.constant 52 : i64
      %v435 = arith.constant 54 : i64
      %v449 = arith.constant 56 : i64
      %v463 = arith.constant 58 : i64
      %v477 = arith.constant 60 : i64
      %v491 = arith.constant 62 : i64
      %v2828 = arith.constant 0x40000000 : f32
      %v2835 = arith.constant 0x3FB8AA3B : f32
      %v2846 = arith.constant 0x3E22F983 : f32
      %v2849 = arith.constant 0x40C90000 : f32
      %v2850 = arith.constant 0x3AFDAA22 : f32
      %v2912 = arith.constant 192 : i64
      %v2925 = arith.constant 320 : i64
      %v2932 = arith.constant 384 : i64
      %v2939 = arith.constant 448 : i64
      %v2946 = arith.constant 512 : i64
      %v2953 = arith.constant 576 : i64
      %v2960 = arith.constant 640 : i64
      %v2967 = arith.constant 704 : i64
      %v2974 = arith.constant 768 : i64
      %v2981 = arith.constant 832 : i64
      %v2988 = arith.constant 896 : i64
      %v2995 = arith.constant 960 : i64
      %v3002 = arith.constant 1024 : i64
      %v3009 = arith.constant 1088 : i64
      %v3016 = arith.constant 1152 : i64
      %v3023 = arith.constant 1216 : i64
      %v3030 = arith.constant 1280 : i64
      %v3037 = arith.constant 1344 : i64
      %v3044 = arith.constant 1408 : i64
      %v3051 = arith.constant 1472 : i64
      %v3058 = arith.constant 1536 : i64
      %v3065 = arith.constant 1600 : i64
      %v3072 = arith.constant 1664 : i64
      %v3079 = arith.constant 1728 : i64
      %v3086 = arith.constant 1792 : i64
      %v3093 = arith.constant 1856 : i64
      %v3100 = arith.constant 1920 : i64
      %v3107 = arith.constant 1984 : i64
      %v15 = gpu.block_id x
      %v16 = gpu.thread_id x
      %v17 = arith.index_cast %v16 : index to i64
      %v18 = arith.index_cast %v15 : index to i64
      %v21 = arith.addi %v2, %v20 : i64
      %v22 = arith.divui %v21, %v19 : i64
      %v23 = arith.divui %v18, %v22 : i64
      %v24 = arith.remui %v18, %v22 : i64
      %v25 = arith.muli %v24, %v19 : i64
      %v26 = arith.addi %v25, %v17 : i64
      %v27 = arith.cmpi slt, %v26, %v2 : i64
      %v28 = arith.subi %v2, %v1 : i64
      %v29 = arith.minsi %v26, %v28 : i64
      %v30 = arith.remui %v29, %size_D : i64
      %v31 = arith.divui %v29, %size_D : i64
      %v32 = arith.remui %v31, %size_B : i64
      %v33 = arith.divui %v31, %size_B : i64
      %v36 = arith.muli %v32, %v35 : i64
      %v37 = arith.muli %v30, %size_L : i64
      %v38 = arith.addi %v36, %v37 : i64
      %v39 = llvm.getelementptr %v9[%v17] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      llvm.store %v38, %v39 : i64, !llvm.ptr<3>
      %v40 = arith.muli %v32, %v35 : i64
      %v41 = arith.muli %v30, %size_L : i64
      %v42 = arith.addi %v40, %v41 : i64
      %v43 = arith.addi %v19, %v17 : i64
      %v44 = llvm.getelementptr %v9[%v43] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      llvm.store %v42, %v44 : i64, !llvm.ptr<3>
      %v45 = arith.muli %v32, %v35 : i64
      %v46 = arith.muli %v30, %size_L : i64
      %v47 = arith.addi %v45, %v46 : i64
      %v50 = arith.addi %v49, %v17 : i64
      %v51 = llvm.getelementptr %v9[%v50] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      llvm.store %v47, %v51 : i64, !llvm.ptr<3>
      gpu.barrier
      llvm.store %v52, %v3 : f32, !llvm.ptr
      llvm.store %v52, %v4 : f32, !llvm.ptr
      llvm.store %v53, %v5 : f32, !llvm.ptr
      llvm.store %v52, %v6 : f32, !llvm.ptr
      llvm.store %v52, %v7 : f32, !llvm.ptr
      llvm.store %v53, %v8 : f32, !llvm.ptr
      %v54 = arith.muli %v23, %v13 : i64
      %v55 = arith.addi %v54, %v13 : i64
      %v56 = arith.minsi %v55, %size_L : i64
      // staged load of `x`'s first tile: read, then shared memory
      %v58 = arith.divui %v17, %v57 : i64
      %v59 = arith.remui %v17, %v57 : i64
      %v60 = arith.constant true
      %v61 = llvm.getelementptr %v9[%v58] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v62 = llvm.load %v61 : !llvm.ptr<3> -> i64
      %v63 = arith.addi %v54, %v59 : i64
      %v64 = arith.cmpi slt, %v63, %v56 : i64
      %v65 = arith.subi %size_L, %v1 : i64
      %v66 = arith.minsi %v63, %v65 : i64
      %v67 = arith.addi %v62, %v66 : i64
      %v69 = arith.muli %v58, %v68 : i64
      %v70 = arith.addi %v69, %v59 : i64
      %v71 = llvm.getelementptr %in_x[%v67] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v72 = llvm.load %v71 : !llvm.ptr -> f32
      %v73 = arith.addi %v58, %v48 : i64
      %v74 = arith.constant true
      %v75 = llvm.getelementptr %v9[%v73] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v76 = llvm.load %v75 : !llvm.ptr<3> -> i64
      %v77 = arith.addi %v54, %v59 : i64
      %v78 = arith.cmpi slt, %v77, %v56 : i64
      %v79 = arith.subi %size_L, %v1 : i64
      %v80 = arith.minsi %v77, %v79 : i64
      %v81 = arith.addi %v76, %v80 : i64
      %v82 = arith.muli %v73, %v68 : i64
      %v83 = arith.addi %v82, %v59 : i64
      %v84 = llvm.getelementptr %in_x[%v81] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v85 = llvm.load %v84 : !llvm.ptr -> f32
      %v87 = arith.addi %v58, %v86 : i64
      %v88 = arith.constant true
      %v89 = llvm.getelementptr %v9[%v87] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v90 = llvm.load %v89 : !llvm.ptr<3> -> i64
      %v91 = arith.addi %v54, %v59 : i64
      %v92 = arith.cmpi slt, %v91, %v56 : i64
      %v93 = arith.subi %size_L, %v1 : i64
      %v94 = arith.minsi %v91, %v93 : i64
      %v95 = arith.addi %v90, %v94 : i64
      %v96 = arith.muli %v87, %v68 : i64
      %v97 = arith.addi %v96, %v59 : i64
      %v98 = llvm.getelementptr %in_x[%v95] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v99 = llvm.load %v98 : !llvm.ptr -> f32
      %v101 = arith.addi %v58, %v100 : i64
      %v102 = arith.constant true
      %v103 = llvm.getelementptr %v9[%v101] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v104 = llvm.load %v103 : !llvm.ptr<3> -> i64
      %v105 = arith.addi %v54, %v59 : i64
      %v106 = arith.cmpi slt, %v105, %v56 : i64
      %v107 = arith.subi %size_L, %v1 : i64
      %v108 = arith.minsi %v105, %v107 : i64
      %v109 = arith.addi %v104, %v108 : i64
      %v110 = arith.muli %v101, %v68 : i64
      %v111 = arith.addi %v110, %v59 : i64
      %v112 = llvm.getelementptr %in_x[%v109] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v113 = llvm.load %v112 : !llvm.ptr -> f32
      %v115 = arith.addi %v58, %v114 : i64
      %v116 = arith.constant true
      %v117 = llvm.getelementptr %v9[%v115] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v118 = llvm.load %v117 : !llvm.ptr<3> -> i64
      %v119 = arith.addi %v54, %v59 : i64
      %v120 = arith.cmpi slt, %v119, %v56 : i64
      %v121 = arith.subi %size_L, %v1 : i64
      %v122 = arith.minsi %v119, %v121 : i64
      %v123 = arith.addi %v118, %v122 : i64
      %v124 = arith.muli %v115, %v68 : i64
      %v125 = arith.addi %v124, %v59 : i64
      %v126 = llvm.getelementptr %in_x[%v123] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v127 = llvm.load %v126 : !llvm.ptr -> f32
      %v129 = arith.addi %v58, %v128 : i64
      %v130 = arith.constant true
      %v131 = llvm.getelementptr %v9[%v129] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v132 = llvm.load %v131 : !llvm.ptr<3> -> i64
      %v133 = arith.addi %v54, %v59 : i64
      %v134 = arith.cmpi slt, %v133, %v56 : i64
      %v135 = arith.subi %size_L, %v1 : i64
      %v136 = arith.minsi %v133, %v135 : i64
      %v137 = arith.addi %v132, %v136 : i64
      %v138 = arith.muli %v129, %v68 : i64
      %v139 = arith.addi %v138, %v59 : i64
      %v140 = llvm.getelementptr %in_x[%v137] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v141 = llvm.load %v140 : !llvm.ptr -> f32
      %v143 = arith.addi %v58, %v142 : i64
      %v144 = arith.constant true
      %v145 = llvm.getelementptr %v9[%v143] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v146 = llvm.load %v145 : !llvm.ptr<3> -> i64
      %v147 = arith.addi %v54, %v59 : i64
      %v148 = arith.cmpi slt, %v147, %v56 : i64
      %v149 = arith.subi %size_L, %v1 : i64
      %v150 = arith.minsi %v147, %v149 : i64
      %v151 = arith.addi %v146, %v150 : i64
      %v152 = arith.muli %v143, %v68 : i64
      %v153 = arith.addi %v152, %v59 : i64
      %v154 = llvm.getelementptr %in_x[%v151] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v155 = llvm.load %v154 : !llvm.ptr -> f32
      %v157 = arith.addi %v58, %v156 : i64
      %v158 = arith.constant true
      %v159 = llvm.getelementptr %v9[%v157] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v160 = llvm.load %v159 : !llvm.ptr<3> -> i64
      %v161 = arith.addi %v54, %v59 : i64
      %v162 = arith.cmpi slt, %v161, %v56 : i64
      %v163 = arith.subi %size_L, %v1 : i64
      %v164 = arith.minsi %v161, %v163 : i64
      %v165 = arith.addi %v160, %v164 : i64
      %v166 = arith.muli %v157, %v68 : i64
      %v167 = arith.addi %v166, %v59 : i64
      %v168 = llvm.getelementptr %in_x[%v165] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v169 = llvm.load %v168 : !llvm.ptr -> f32
      %v171 = arith.addi %v58, %v170 : i64
      %v172 = arith.constant true
      %v173 = llvm.getelementptr %v9[%v171] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v174 = llvm.load %v173 : !llvm.ptr<3> -> i64
      %v175 = arith.addi %v54, %v59 : i64
      %v176 = arith.cmpi slt, %v175, %v56 : i64
      %v177 = arith.subi %size_L, %v1 : i64
      %v178 = arith.minsi %v175, %v177 : i64
      %v179 = arith.addi %v174, %v178 : i64
      %v180 = arith.muli %v171, %v68 : i64
      %v181 = arith.addi %v180, %v59 : i64
      %v182 = llvm.getelementptr %in_x[%v179] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v183 = llvm.load %v182 : !llvm.ptr -> f32
      %v185 = arith.addi %v58, %v184 : i64
      %v186 = arith.constant true
      %v187 = llvm.getelementptr %v9[%v185] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v188 = llvm.load %v187 : !llvm.ptr<3> -> i64
      %v189 = arith.addi %v54, %v59 : i64
      %v190 = arith.cmpi slt, %v189, %v56 : i64
      %v191 = arith.subi %size_L, %v1 : i64
      %v192 = arith.minsi %v189, %v191 : i64
      %v193 = arith.addi %v188, %v192 : i64
      %v194 = arith.muli %v185, %v68 : i64
      %v195 = arith.addi %v194, %v59 : i64
      %v196 = llvm.getelementptr %in_x[%v193] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v197 = llvm.load %v196 : !llvm.ptr -> f32
      %v199 = arith.addi %v58, %v198 : i64
      %v200 = arith.constant true
      %v201 = llvm.getelementptr %v9[%v199] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v202 = llvm.load %v201 : !llvm.ptr<3> -> i64
      %v203 = arith.addi %v54, %v59 : i64
      %v204 = arith.cmpi slt, %v203, %v56 : i64
      %v205 = arith.subi %size_L, %v1 : i64
      %v206 = arith.minsi %v203, %v205 : i64
      %v207 = arith.addi %v202, %v206 : i64
      %v208 = arith.muli %v199, %v68 : i64
      %v209 = arith.addi %v208, %v59 : i64
      %v210 = llvm.getelementptr %in_x[%v207] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v211 = llvm.load %v210 : !llvm.ptr -> f32
      %v213 = arith.addi %v58, %v212 : i64
      %v214 = arith.constant true
      %v215 = llvm.getelementptr %v9[%v213] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v216 = llvm.load %v215 : !llvm.ptr<3> -> i64
      %v217 = arith.addi %v54, %v59 : i64
      %v218 = arith.cmpi slt, %v217, %v56 : i64
      %v219 = arith.subi %size_L, %v1 : i64
      %v220 = arith.minsi %v217, %v219 : i64
      %v221 = arith.addi %v216, %v220 : i64
      %v222 = arith.muli %v213, %v68 : i64
      %v223 = arith.addi %v222, %v59 : i64
      %v224 = llvm.getelementptr %in_x[%v221] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v225 = llvm.load %v224 : !llvm.ptr -> f32
      %v227 = arith.addi %v58, %v226 : i64
      %v228 = arith.constant true
      %v229 = llvm.getelementptr %v9[%v227] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v230 = llvm.load %v229 : !llvm.ptr<3> -> i64
      %v231 = arith.addi %v54, %v59 : i64
      %v232 = arith.cmpi slt, %v231, %v56 : i64
      %v233 = arith.subi %size_L, %v1 : i64
      %v234 = arith.minsi %v231, %v233 : i64
      %v235 = arith.addi %v230, %v234 : i64
      %v236 = arith.muli %v227, %v68 : i64
      %v237 = arith.addi %v236, %v59 : i64
      %v238 = llvm.getelementptr %in_x[%v235] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v239 = llvm.load %v238 : !llvm.ptr -> f32
      %v241 = arith.addi %v58, %v240 : i64
      %v242 = arith.constant true
      %v243 = llvm.getelementptr %v9[%v241] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v244 = llvm.load %v243 : !llvm.ptr<3> -> i64
      %v245 = arith.addi %v54, %v59 : i64
      %v246 = arith.cmpi slt, %v245, %v56 : i64
      %v247 = arith.subi %size_L, %v1 : i64
      %v248 = arith.minsi %v245, %v247 : i64
      %v249 = arith.addi %v244, %v248 : i64
      %v250 = arith.muli %v241, %v68 : i64
      %v251 = arith.addi %v250, %v59 : i64
      %v252 = llvm.getelementptr %in_x[%v249] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v253 = llvm.load %v252 : !llvm.ptr -> f32
      %v255 = arith.addi %v58, %v254 : i64
      %v256 = arith.constant true
      %v257 = llvm.getelementptr %v9[%v255] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v258 = llvm.load %v257 : !llvm.ptr<3> -> i64
      %v259 = arith.addi %v54, %v59 : i64
      %v260 = arith.cmpi slt, %v259, %v56 : i64
      %v261 = arith.subi %size_L, %v1 : i64
      %v262 = arith.minsi %v259, %v261 : i64
      %v263 = arith.addi %v258, %v262 : i64
      %v264 = arith.muli %v255, %v68 : i64
      %v265 = arith.addi %v264, %v59 : i64
      %v266 = llvm.getelementptr %in_x[%v263] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v267 = llvm.load %v266 : !llvm.ptr -> f32
      %v269 = arith.addi %v58, %v268 : i64
      %v270 = arith.constant true
      %v271 = llvm.getelementptr %v9[%v269] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v272 = llvm.load %v271 : !llvm.ptr<3> -> i64
      %v273 = arith.addi %v54, %v59 : i64
      %v274 = arith.cmpi slt, %v273, %v56 : i64
      %v275 = arith.subi %size_L, %v1 : i64
      %v276 = arith.minsi %v273, %v275 : i64
      %v277 = arith.addi %v272, %v276 : i64
      %v278 = arith.muli %v269, %v68 : i64
      %v279 = arith.addi %v278, %v59 : i64
      %v280 = llvm.getelementptr %in_x[%v277] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v281 = llvm.load %v280 : !llvm.ptr -> f32
      %v282 = arith.addi %v58, %v57 : i64
      %v283 = arith.constant true
      %v284 = llvm.getelementptr %v9[%v282] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v285 = llvm.load %v284 : !llvm.ptr<3> -> i64
      %v286 = arith.addi %v54, %v59 : i64
      %v287 = arith.cmpi slt, %v286, %v56 : i64
      %v288 = arith.subi %size_L, %v1 : i64
      %v289 = arith.minsi %v286, %v288 : i64
      %v290 = arith.addi %v285, %v289 : i64
      %v291 = arith.muli %v282, %v68 : i64
      %v292 = arith.addi %v291, %v59 : i64
      %v293 = llvm.getelementptr %in_x[%v290] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v294 = llvm.load %v293 : !llvm.ptr -> f32
      %v296 = arith.addi %v58, %v295 : i64
      %v297 = arith.constant true
      %v298 = llvm.getelementptr %v9[%v296] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v299 = llvm.load %v298 : !llvm.ptr<3> -> i64
      %v300 = arith.addi %v54, %v59 : i64
      %v301 = arith.cmpi slt, %v300, %v56 : i64
      %v302 = arith.subi %size_L, %v1 : i64
      %v303 = arith.minsi %v300, %v302 : i64
      %v304 = arith.addi %v299, %v303 : i64
      %v305 = arith.muli %v296, %v68 : i64
      %v306 = arith.addi %v305, %v59 : i64
      %v307 = llvm.getelementptr %in_x[%v304] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v308 = llvm.load %v307 : !llvm.ptr -> f32
      %v310 = arith.addi %v58, %v309 : i64
      %v311 = arith.constant true
      %v312 = llvm.getelementptr %v9[%v310] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v313 = llvm.load %v312 : !llvm.ptr<3> -> i64
      %v314 = arith.addi %v54, %v59 : i64
      %v315 = arith.cmpi slt, %v314, %v56 : i64
      %v316 = arith.subi %size_L, %v1 : i64
      %v317 = arith.minsi %v314, %v316 : i64
      %v318 = arith.addi %v313, %v317 : i64
      %v319 = arith.muli %v310, %v68 : i64
      %v320 = arith.addi %v319, %v59 : i64
      %v321 = llvm.getelementptr %in_x[%v318] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v322 = llvm.load %v321 : !llvm.ptr -> f32
      %v324 = arith.addi %v58, %v323 : i64
      %v325 = arith.constant true
      %v326 = llvm.getelementptr %v9[%v324] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v327 = llvm.load %v326 : !llvm.ptr<3> -> i64
      %v328 = arith.addi %v54, %v59 : i64
      %v329 = arith.cmpi slt, %v328, %v56 : i64
      %v330 = arith.subi %size_L, %v1 : i64
      %v331 = arith.minsi %v328, %v330 : i64
      %v332 = arith.addi %v327, %v331 : i64
      %v333 = arith.muli %v324, %v68 : i64
      %v334 = arith.addi %v333, %v59 : i64
      %v335 = llvm.getelementptr %in_x[%v332] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v336 = llvm.load %v335 : !llvm.ptr -> f32
      %v338 = arith.addi %v58, %v337 : i64
      %v339 = arith.constant true
      %v340 = llvm.getelementptr %v9[%v338] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v341 = llvm.load %v340 : !llvm.ptr<3> -> i64
      %v342 = arith.addi %v54, %v59 : i64
      %v343 = arith.cmpi slt, %v342, %v56 : i64
      %v344 = arith.subi %size_L, %v1 : i64
      %v345 = arith.minsi %v342, %v344 : i64
      %v346 = arith.addi %v341, %v345 : i64
      %v347 = arith.muli %v338, %v68 : i64
      %v348 = arith.addi %v347, %v59 : i64
      %v349 = llvm.getelementptr %in_x[%v346] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v350 = llvm.load %v349 : !llvm.ptr -> f32
      %v352 = arith.addi %v58, %v351 : i64
      %v353 = arith.constant true
      %v354 = llvm.getelementptr %v9[%v352] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v355 = llvm.load %v354 : !llvm.ptr<3> -> i64
      %v356 = arith.addi %v54, %v59 : i64
      %v357 = arith.cmpi slt, %v356, %v56 : i64
      %v358 = arith.subi %size_L, %v1 : i64
      %v359 = arith.minsi %v356, %v358 : i64
      %v360 = arith.addi %v355, %v359 : i64
      %v361 = arith.muli %v352, %v68 : i64
      %v362 = arith.addi %v361, %v59 : i64
      %v363 = llvm.getelementptr %in_x[%v360] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v364 = llvm.load %v363 : !llvm.ptr -> f32
      %v366 = arith.addi %v58, %v365 : i64
      %v367 = arith.constant true
      %v368 = llvm.getelementptr %v9[%v366] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v369 = llvm.load %v368 : !llvm.ptr<3> -> i64
      %v370 = arith.addi %v54, %v59 : i64
      %v371 = arith.cmpi slt, %v370, %v56 : i64
      %v372 = arith.subi %size_L, %v1 : i64
      %v373 = arith.minsi %v370, %v372 : i64
      %v374 = arith.addi %v369, %v373 : i64
      %v375 = arith.muli %v366, %v68 : i64
      %v376 = arith.addi %v375, %v59 : i64
      %v377 = llvm.getelementptr %in_x[%v374] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v378 = llvm.load %v377 : !llvm.ptr -> f32
      %v380 = arith.addi %v58, %v379 : i64
      %v381 = arith.constant true
      %v382 = llvm.getelementptr %v9[%v380] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v383 = llvm.load %v382 : !llvm.ptr<3> -> i64
      %v384 = arith.addi %v54, %v59 : i64
      %v385 = arith.cmpi slt, %v384, %v56 : i64
      %v386 = arith.subi %size_L, %v1 : i64
      %v387 = arith.minsi %v384, %v386 : i64
      %v388 = arith.addi %v383, %v387 : i64
      %v389 = arith.muli %v380, %v68 : i64
      %v390 = arith.addi %v389, %v59 : i64
      %v391 = llvm.getelementptr %in_x[%v388] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v392 = llvm.load %v391 : !llvm.ptr -> f32
      %v394 = arith.addi %v58, %v393 : i64
      %v395 = arith.constant true
      %v396 = llvm.getelementptr %v9[%v394] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v397 = llvm.load %v396 : !llvm.ptr<3> -> i64
      %v398 = arith.addi %v54, %v59 : i64
      %v399 = arith.cmpi slt, %v398, %v56 : i64
      %v400 = arith.subi %size_L, %v1 : i64
      %v401 = arith.minsi %v398, %v400 : i64
      %v402 = arith.addi %v397, %v401 : i64
      %v403 = arith.muli %v394, %v68 : i64
      %v404 = arith.addi %v403, %v59 : i64
      %v405 = llvm.getelementptr %in_x[%v402] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v406 = llvm.load %v405 : !llvm.ptr -> f32
      %v408 = arith.addi %v58, %v407 : i64
      %v409 = arith.constant true
      %v410 = llvm.getelementptr %v9[%v408] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v411 = llvm.load %v410 : !llvm.ptr<3> -> i64
      %v412 = arith.addi %v54, %v59 : i64
      %v413 = arith.cmpi slt, %v412, %v56 : i64
      %v414 = arith.subi %size_L, %v1 : i64
      %v415 = arith.minsi %v412, %v414 : i64
      %v416 = arith.addi %v411, %v415 : i64
      %v417 = arith.muli %v408, %v68 : i64
      %v418 = arith.addi %v417, %v59 : i64
      %v419 = llvm.getelementptr %in_x[%v416] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v420 = llvm.load %v419 : !llvm.ptr -> f32
      %v422 = arith.addi %v58, %v421 : i64
      %v423 = arith.constant true
      %v424 = llvm.getelementptr %v9[%v422] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v425 = llvm.load %v424 : !llvm.ptr<3> -> i64
      %v426 = arith.addi %v54, %v59 : i64
      %v427 = arith.cmpi slt, %v426, %v56 : i64
      %v428 = arith.subi %size_L, %v1 : i64
      %v429 = arith.minsi %v426, %v428 : i64
      %v430 = arith.addi %v425, %v429 : i64
      %v431 = arith.muli %v422, %v68 : i64
      %v432 = arith.addi %v431, %v59 : i64
      %v433 = llvm.getelementptr %in_x[%v430] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v434 = llvm.load %v433 : !llvm.ptr -> f32
      %v436 = arith.addi %v58, %v435 : i64
      %v437 = arith.constant true
      %v438 = llvm.getelementptr %v9[%v436] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v439 = llvm.load %v438 : !llvm.ptr<3> -> i64
      %v440 = arith.addi %v54, %v59 : i64
      %v441 = arith.cmpi slt, %v440, %v56 : i64
      %v442 = arith.subi %size_L, %v1 : i64
      %v443 = arith.minsi %v440, %v442 : i64
      %v444 = arith.addi %v439, %v443 : i64
      %v445 = arith.muli %v436, %v68 : i64
      %v446 = arith.addi %v445, %v59 : i64
      %v447 = llvm.getelementptr %in_x[%v444] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v448 = llvm.load %v447 : !llvm.ptr -> f32
      %v450 = arith.addi %v58, %v449 : i64
      %v451 = arith.constant true
      %v452 = llvm.getelementptr %v9[%v450] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v453 = llvm.load %v452 : !llvm.ptr<3> -> i64
      %v454 = arith.addi %v54, %v59 : i64
      %v455 = arith.cmpi slt, %v454, %v56 : i64
      %v456 = arith.subi %size_L, %v1 : i64
      %v457 = arith.minsi %v454, %v456 : i64
      %v458 = arith.addi %v453, %v457 : i64
      %v459 = arith.muli %v450, %v68 : i64
      %v460 = arith.addi %v459, %v59 : i64
      %v461 = llvm.getelementptr %in_x[%v458] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v462 = llvm.load %v461 : !llvm.ptr -> f32
      %v464 = arith.addi %v58, %v463 : i64
      %v465 = arith.constant true
      %v466 = llvm.getelementptr %v9[%v464] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v467 = llvm.load %v466 : !llvm.ptr<3> -> i64
      %v468 = arith.addi %v54, %v59 : i64
      %v469 = arith.cmpi slt, %v468, %v56 : i64
      %v470 = arith.subi %size_L, %v1 : i64
      %v471 = arith.minsi %v468, %v470 : i64
      %v472 = arith.addi %v467, %v471 : i64
      %v473 = arith.muli %v464, %v68 : i64
      %v474 = arith.addi %v473, %v59 : i64
      %v475 = llvm.getelementptr %in_x[%v472] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v476 = llvm.load %v475 : !llvm.ptr -> f32
      %v478 = arith.addi %v58, %v477 : i64
      %v479 = arith.constant true
      %v480 = llvm.getelementptr %v9[%v478] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v481 = llvm.load %v480 : !llvm.ptr<3> -> i64
      %v482 = arith.addi %v54, %v59 : i64
      %v483 = arith.cmpi slt, %v482, %v56 : i64
      %v484 = arith.subi %size_L, %v1 : i64
      %v485 = arith.minsi %v482, %v484 : i64
      %v486 = arith.addi %v481, %v485 : i64
      %v487 = arith.muli %v478, %v68 : i64
      %v488 = arith.addi %v487, %v59 : i64
      %v489 = llvm.getelementptr %in_x[%v486] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v490 = llvm.load %v489 : !llvm.ptr -> f32
      %v492 = arith.addi %v58, %v491 : i64
      %v493 = arith.constant true
      %v494 = llvm.getelementptr %v9[%v492] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v495 = llvm.load %v494 : !llvm.ptr<3> -> i64
      %v496 = arith.addi %v54, %v59 : i64
      %v497 = arith.cmpi slt, %v496, %v56 : i64
      %v498 = arith.subi %size_L, %v1 : i64
      %v499 = arith.minsi %v496, %v498 : i64
      %v500 = arith.addi %v495, %v499 : i64
      %v501 = arith.muli %v492, %v68 : i64
      %v502 = arith.addi %v501, %v59 : i64
      %v503 = llvm.getelementptr %in_x[%v500] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v504 = llvm.load %v503 : !llvm.ptr -> f32
      scf.if %v60 {
        %v505 = llvm.getelementptr %v10[%v70] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v72, %v505 : f32, !llvm.ptr<3>
      }
      scf.if %v74 {
        %v506 = llvm.getelementptr %v10[%v83] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v85, %v506 : f32, !llvm.ptr<3>
      }
      scf.if %v88 {
        %v507 = llvm.getelementptr %v10[%v97] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v99, %v507 : f32, !llvm.ptr<3>
      }
      scf.if %v102 {
        %v508 = llvm.getelementptr %v10[%v111] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v113, %v508 : f32, !llvm.ptr<3>
      }
      scf.if %v116 {
        %v509 = llvm.getelementptr %v10[%v125] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v127, %v509 : f32, !llvm.ptr<3>
      }
      scf.if %v130 {
        %v510 = llvm.getelementptr %v10[%v139] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v141, %v510 : f32, !llvm.ptr<3>
      }
      scf.if %v144 {
        %v511 = llvm.getelementptr %v10[%v153] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v155, %v511 : f32, !llvm.ptr<3>
      }
      scf.if %v158 {
        %v512 = llvm.getelementptr %v10[%v167] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v169, %v512 : f32, !llvm.ptr<3>
      }
      scf.if %v172 {
        %v513 = llvm.getelementptr %v10[%v181] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v183, %v513 : f32, !llvm.ptr<3>
      }
      scf.if %v186 {
        %v514 = llvm.getelementptr %v10[%v195] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v197, %v514 : f32, !llvm.ptr<3>
      }
      scf.if %v200 {
        %v515 = llvm.getelementptr %v10[%v209] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v211, %v515 : f32, !llvm.ptr<3>
      }
      scf.if %v214 {
        %v516 = llvm.getelementptr %v10[%v223] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v225, %v516 : f32, !llvm.ptr<3>
      }
      scf.if %v228 {
        %v517 = llvm.getelementptr %v10[%v237] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v239, %v517 : f32, !llvm.ptr<3>
      }
      scf.if %v242 {
        %v518 = llvm.getelementptr %v10[%v251] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v253, %v518 : f32, !llvm.ptr<3>
      }
      scf.if %v256 {
        %v519 = llvm.getelementptr %v10[%v265] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v267, %v519 : f32, !llvm.ptr<3>
      }
      scf.if %v270 {
        %v520 = llvm.getelementptr %v10[%v279] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v281, %v520 : f32, !llvm.ptr<3>
      }
      scf.if %v283 {
        %v521 = llvm.getelementptr %v10[%v292] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v294, %v521 : f32, !llvm.ptr<3>
      }
      scf.if %v297 {
        %v522 = llvm.getelementptr %v10[%v306] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v308, %v522 : f32, !llvm.ptr<3>
      }
      scf.if %v311 {
        %v523 = llvm.getelementptr %v10[%v320] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v322, %v523 : f32, !llvm.ptr<3>
      }
      scf.if %v325 {
        %v524 = llvm.getelementptr %v10[%v334] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v336, %v524 : f32, !llvm.ptr<3>
      }
      scf.if %v339 {
        %v525 = llvm.getelementptr %v10[%v348] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v350, %v525 : f32, !llvm.ptr<3>
      }
      scf.if %v353 {
        %v526 = llvm.getelementptr %v10[%v362] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v364, %v526 : f32, !llvm.ptr<3>
      }
      scf.if %v367 {
        %v527 = llvm.getelementptr %v10[%v376] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v378, %v527 : f32, !llvm.ptr<3>
      }
      scf.if %v381 {
        %v528 = llvm.getelementptr %v10[%v390] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v392, %v528 : f32, !llvm.ptr<3>
      }
      scf.if %v395 {
        %v529 = llvm.getelementptr %v10[%v404] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v406, %v529 : f32, !llvm.ptr<3>
      }
      scf.if %v409 {
        %v530 = llvm.getelementptr %v10[%v418] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v420, %v530 : f32, !llvm.ptr<3>
      }
      scf.if %v423 {
        %v531 = llvm.getelementptr %v10[%v432] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v434, %v531 : f32, !llvm.ptr<3>
      }
      scf.if %v437 {
        %v532 = llvm.getelementptr %v10[%v446] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v448, %v532 : f32, !llvm.ptr<3>
      }
      scf.if %v451 {
        %v533 = llvm.getelementptr %v10[%v460] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v462, %v533 : f32, !llvm.ptr<3>
      }
      scf.if %v465 {
        %v534 = llvm.getelementptr %v10[%v474] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v476, %v534 : f32, !llvm.ptr<3>
      }
      scf.if %v479 {
        %v535 = llvm.getelementptr %v10[%v488] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v490, %v535 : f32, !llvm.ptr<3>
      }
      scf.if %v493 {
        %v536 = llvm.getelementptr %v10[%v502] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v504, %v536 : f32, !llvm.ptr<3>
      }
      // end staged load of `x`
      // staged load of `rho`'s first tile: read, then shared memory
      %v537 = arith.divui %v17, %v57 : i64
      %v538 = arith.remui %v17, %v57 : i64
      %v539 = arith.constant true
      %v540 = arith.addi %v19, %v537 : i64
      %v541 = llvm.getelementptr %v9[%v540] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v542 = llvm.load %v541 : !llvm.ptr<3> -> i64
      %v543 = arith.addi %v54, %v538 : i64
      %v544 = arith.cmpi slt, %v543, %v56 : i64
      %v545 = arith.subi %size_L, %v1 : i64
      %v546 = arith.minsi %v543, %v545 : i64
      %v547 = arith.addi %v542, %v546 : i64
      %v548 = arith.muli %v540, %v68 : i64
      %v549 = arith.addi %v548, %v538 : i64
      %v550 = llvm.getelementptr %in_rho[%v547] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v551 = llvm.load %v550 : !llvm.ptr -> f32
      %v552 = arith.addi %v537, %v48 : i64
      %v553 = arith.constant true
      %v554 = arith.addi %v19, %v552 : i64
      %v555 = llvm.getelementptr %v9[%v554] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v556 = llvm.load %v555 : !llvm.ptr<3> -> i64
      %v557 = arith.addi %v54, %v538 : i64
      %v558 = arith.cmpi slt, %v557, %v56 : i64
      %v559 = arith.subi %size_L, %v1 : i64
      %v560 = arith.minsi %v557, %v559 : i64
      %v561 = arith.addi %v556, %v560 : i64
      %v562 = arith.muli %v554, %v68 : i64
      %v563 = arith.addi %v562, %v538 : i64
      %v564 = llvm.getelementptr %in_rho[%v561] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v565 = llvm.load %v564 : !llvm.ptr -> f32
      %v566 = arith.addi %v537, %v86 : i64
      %v567 = arith.constant true
      %v568 = arith.addi %v19, %v566 : i64
      %v569 = llvm.getelementptr %v9[%v568] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v570 = llvm.load %v569 : !llvm.ptr<3> -> i64
      %v571 = arith.addi %v54, %v538 : i64
      %v572 = arith.cmpi slt, %v571, %v56 : i64
      %v573 = arith.subi %size_L, %v1 : i64
      %v574 = arith.minsi %v571, %v573 : i64
      %v575 = arith.addi %v570, %v574 : i64
      %v576 = arith.muli %v568, %v68 : i64
      %v577 = arith.addi %v576, %v538 : i64
      %v578 = llvm.getelementptr %in_rho[%v575] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v579 = llvm.load %v578 : !llvm.ptr -> f32
      %v580 = arith.addi %v537, %v100 : i64
      %v581 = arith.constant true
      %v582 = arith.addi %v19, %v580 : i64
      %v583 = llvm.getelementptr %v9[%v582] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v584 = llvm.load %v583 : !llvm.ptr<3> -> i64
      %v585 = arith.addi %v54, %v538 : i64
      %v586 = arith.cmpi slt, %v585, %v56 : i64
      %v587 = arith.subi %size_L, %v1 : i64
      %v588 = arith.minsi %v585, %v587 : i64
      %v589 = arith.addi %v584, %v588 : i64
      %v590 = arith.muli %v582, %v68 : i64
      %v591 = arith.addi %v590, %v538 : i64
      %v592 = llvm.getelementptr %in_rho[%v589] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v593 = llvm.load %v592 : !llvm.ptr -> f32
      %v594 = arith.addi %v537, %v114 : i64
      %v595 = arith.constant true
      %v596 = arith.addi %v19, %v594 : i64
      %v597 = llvm.getelementptr %v9[%v596] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v598 = llvm.load %v597 : !llvm.ptr<3> -> i64
      %v599 = arith.addi %v54, %v538 : i64
      %v600 = arith.cmpi slt, %v599, %v56 : i64
      %v601 = arith.subi %size_L, %v1 : i64
      %v602 = arith.minsi %v599, %v601 : i64
      %v603 = arith.addi %v598, %v602 : i64
      %v604 = arith.muli %v596, %v68 : i64
      %v605 = arith.addi %v604, %v538 : i64
      %v606 = llvm.getelementptr %in_rho[%v603] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v607 = llvm.load %v606 : !llvm.ptr -> f32
      %v608 = arith.addi %v537, %v128 : i64
      %v609 = arith.constant true
      %v610 = arith.addi %v19, %v608 : i64
      %v611 = llvm.getelementptr %v9[%v610] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v612 = llvm.load %v611 : !llvm.ptr<3> -> i64
      %v613 = arith.addi %v54, %v538 : i64
      %v614 = arith.cmpi slt, %v613, %v56 : i64
      %v615 = arith.subi %size_L, %v1 : i64
      %v616 = arith.minsi %v613, %v615 : i64
      %v617 = arith.addi %v612, %v616 : i64
      %v618 = arith.muli %v610, %v68 : i64
      %v619 = arith.addi %v618, %v538 : i64
      %v620 = llvm.getelementptr %in_rho[%v617] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v621 = llvm.load %v620 : !llvm.ptr -> f32
      %v622 = arith.addi %v537, %v142 : i64
      %v623 = arith.constant true
      %v624 = arith.addi %v19, %v622 : i64
      %v625 = llvm.getelementptr %v9[%v624] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v626 = llvm.load %v625 : !llvm.ptr<3> -> i64
      %v627 = arith.addi %v54, %v538 : i64
      %v628 = arith.cmpi slt, %v627, %v56 : i64
      %v629 = arith.subi %size_L, %v1 : i64
      %v630 = arith.minsi %v627, %v629 : i64
      %v631 = arith.addi %v626, %v630 : i64
      %v632 = arith.muli %v624, %v68 : i64
      %v633 = arith.addi %v632, %v538 : i64
      %v634 = llvm.getelementptr %in_rho[%v631] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v635 = llvm.load %v634 : !llvm.ptr -> f32
      %v636 = arith.addi %v537, %v156 : i64
      %v637 = arith.constant true
      %v638 = arith.addi %v19, %v636 : i64
      %v639 = llvm.getelementptr %v9[%v638] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v640 = llvm.load %v639 : !llvm.ptr<3> -> i64
      %v641 = arith.addi %v54, %v538 : i64
      %v642 = arith.cmpi slt, %v641, %v56 : i64
      %v643 = arith.subi %size_L, %v1 : i64
      %v644 = arith.minsi %v641, %v643 : i64
      %v645 = arith.addi %v640, %v644 : i64
      %v646 = arith.muli %v638, %v68 : i64
      %v647 = arith.addi %v646, %v538 : i64
      %v648 = llvm.getelementptr %in_rho[%v645] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v649 = llvm.load %v648 : !llvm.ptr -> f32
      %v650 = arith.addi %v537, %v170 : i64
      %v651 = arith.constant true
      %v652 = arith.addi %v19, %v650 : i64
      %v653 = llvm.getelementptr %v9[%v652] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v654 = llvm.load %v653 : !llvm.ptr<3> -> i64
      %v655 = arith.addi %v54, %v538 : i64
      %v656 = arith.cmpi slt, %v655, %v56 : i64
      %v657 = arith.subi %size_L, %v1 : i64
      %v658 = arith.minsi %v655, %v657 : i64
      %v659 = arith.addi %v654, %v658 : i64
      %v660 = arith.muli %v652, %v68 : i64
      %v661 = arith.addi %v660, %v538 : i64
      %v662 = llvm.getelementptr %in_rho[%v659] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v663 = llvm.load %v662 : !llvm.ptr -> f32
      %v664 = arith.addi %v537, %v184 : i64
      %v665 = arith.constant true
      %v666 = arith.addi %v19, %v664 : i64
      %v667 = llvm.getelementptr %v9[%v666] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v668 = llvm.load %v667 : !llvm.ptr<3> -> i64
      %v669 = arith.addi %v54, %v538 : i64
      %v670 = arith.cmpi slt, %v669, %v56 : i64
      %v671 = arith.subi %size_L, %v1 : i64
      %v672 = arith.minsi %v669, %v671 : i64
      %v673 = arith.addi %v668, %v672 : i64
      %v674 = arith.muli %v666, %v68 : i64
      %v675 = arith.addi %v674, %v538 : i64
      %v676 = llvm.getelementptr %in_rho[%v673] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v677 = llvm.load %v676 : !llvm.ptr -> f32
      %v678 = arith.addi %v537, %v198 : i64
      %v679 = arith.constant true
      %v680 = arith.addi %v19, %v678 : i64
      %v681 = llvm.getelementptr %v9[%v680] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v682 = llvm.load %v681 : !llvm.ptr<3> -> i64
      %v683 = arith.addi %v54, %v538 : i64
      %v684 = arith.cmpi slt, %v683, %v56 : i64
      %v685 = arith.subi %size_L, %v1 : i64
      %v686 = arith.minsi %v683, %v685 : i64
      %v687 = arith.addi %v682, %v686 : i64
      %v688 = arith.muli %v680, %v68 : i64
      %v689 = arith.addi %v688, %v538 : i64
      %v690 = llvm.getelementptr %in_rho[%v687] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v691 = llvm.load %v690 : !llvm.ptr -> f32
      %v692 = arith.addi %v537, %v212 : i64
      %v693 = arith.constant true
      %v694 = arith.addi %v19, %v692 : i64
      %v695 = llvm.getelementptr %v9[%v694] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v696 = llvm.load %v695 : !llvm.ptr<3> -> i64
      %v697 = arith.addi %v54, %v538 : i64
      %v698 = arith.cmpi slt, %v697, %v56 : i64
      %v699 = arith.subi %size_L, %v1 : i64
      %v700 = arith.minsi %v697, %v699 : i64
      %v701 = arith.addi %v696, %v700 : i64
      %v702 = arith.muli %v694, %v68 : i64
      %v703 = arith.addi %v702, %v538 : i64
      %v704 = llvm.getelementptr %in_rho[%v701] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v705 = llvm.load %v704 : !llvm.ptr -> f32
      %v706 = arith.addi %v537, %v226 : i64
      %v707 = arith.constant true
      %v708 = arith.addi %v19, %v706 : i64
      %v709 = llvm.getelementptr %v9[%v708] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v710 = llvm.load %v709 : !llvm.ptr<3> -> i64
      %v711 = arith.addi %v54, %v538 : i64
      %v712 = arith.cmpi slt, %v711, %v56 : i64
      %v713 = arith.subi %size_L, %v1 : i64
      %v714 = arith.minsi %v711, %v713 : i64
      %v715 = arith.addi %v710, %v714 : i64
      %v716 = arith.muli %v708, %v68 : i64
      %v717 = arith.addi %v716, %v538 : i64
      %v718 = llvm.getelementptr %in_rho[%v715] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v719 = llvm.load %v718 : !llvm.ptr -> f32
      %v720 = arith.addi %v537, %v240 : i64
      %v721 = arith.constant true
      %v722 = arith.addi %v19, %v720 : i64
      %v723 = llvm.getelementptr %v9[%v722] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v724 = llvm.load %v723 : !llvm.ptr<3> -> i64
      %v725 = arith.addi %v54, %v538 : i64
      %v726 = arith.cmpi slt, %v725, %v56 : i64
      %v727 = arith.subi %size_L, %v1 : i64
      %v728 = arith.minsi %v725, %v727 : i64
      %v729 = arith.addi %v724, %v728 : i64
      %v730 = arith.muli %v722, %v68 : i64
      %v731 = arith.addi %v730, %v538 : i64
      %v732 = llvm.getelementptr %in_rho[%v729] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v733 = llvm.load %v732 : !llvm.ptr -> f32
      %v734 = arith.addi %v537, %v254 : i64
      %v735 = arith.constant true
      %v736 = arith.addi %v19, %v734 : i64
      %v737 = llvm.getelementptr %v9[%v736] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v738 = llvm.load %v737 : !llvm.ptr<3> -> i64
      %v739 = arith.addi %v54, %v538 : i64
      %v740 = arith.cmpi slt, %v739, %v56 : i64
      %v741 = arith.subi %size_L, %v1 : i64
      %v742 = arith.minsi %v739, %v741 : i64
      %v743 = arith.addi %v738, %v742 : i64
      %v744 = arith.muli %v736, %v68 : i64
      %v745 = arith.addi %v744, %v538 : i64
      %v746 = llvm.getelementptr %in_rho[%v743] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v747 = llvm.load %v746 : !llvm.ptr -> f32
      %v748 = arith.addi %v537, %v268 : i64
      %v749 = arith.constant true
      %v750 = arith.addi %v19, %v748 : i64
      %v751 = llvm.getelementptr %v9[%v750] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v752 = llvm.load %v751 : !llvm.ptr<3> -> i64
      %v753 = arith.addi %v54, %v538 : i64
      %v754 = arith.cmpi slt, %v753, %v56 : i64
      %v755 = arith.subi %size_L, %v1 : i64
      %v756 = arith.minsi %v753, %v755 : i64
      %v757 = arith.addi %v752, %v756 : i64
      %v758 = arith.muli %v750, %v68 : i64
      %v759 = arith.addi %v758, %v538 : i64
      %v760 = llvm.getelementptr %in_rho[%v757] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v761 = llvm.load %v760 : !llvm.ptr -> f32
      %v762 = arith.addi %v537, %v57 : i64
      %v763 = arith.constant true
      %v764 = arith.addi %v19, %v762 : i64
      %v765 = llvm.getelementptr %v9[%v764] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v766 = llvm.load %v765 : !llvm.ptr<3> -> i64
      %v767 = arith.addi %v54, %v538 : i64
      %v768 = arith.cmpi slt, %v767, %v56 : i64
      %v769 = arith.subi %size_L, %v1 : i64
      %v770 = arith.minsi %v767, %v769 : i64
      %v771 = arith.addi %v766, %v770 : i64
      %v772 = arith.muli %v764, %v68 : i64
      %v773 = arith.addi %v772, %v538 : i64
      %v774 = llvm.getelementptr %in_rho[%v771] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v775 = llvm.load %v774 : !llvm.ptr -> f32
      %v776 = arith.addi %v537, %v295 : i64
      %v777 = arith.constant true
      %v778 = arith.addi %v19, %v776 : i64
      %v779 = llvm.getelementptr %v9[%v778] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v780 = llvm.load %v779 : !llvm.ptr<3> -> i64
      %v781 = arith.addi %v54, %v538 : i64
      %v782 = arith.cmpi slt, %v781, %v56 : i64
      %v783 = arith.subi %size_L, %v1 : i64
      %v784 = arith.minsi %v781, %v783 : i64
      %v785 = arith.addi %v780, %v784 : i64
      %v786 = arith.muli %v778, %v68 : i64
      %v787 = arith.addi %v786, %v538 : i64
      %v788 = llvm.getelementptr %in_rho[%v785] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v789 = llvm.load %v788 : !llvm.ptr -> f32
      %v790 = arith.addi %v537, %v309 : i64
      %v791 = arith.constant true
      %v792 = arith.addi %v19, %v790 : i64
      %v793 = llvm.getelementptr %v9[%v792] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v794 = llvm.load %v793 : !llvm.ptr<3> -> i64
      %v795 = arith.addi %v54, %v538 : i64
      %v796 = arith.cmpi slt, %v795, %v56 : i64
      %v797 = arith.subi %size_L, %v1 : i64
      %v798 = arith.minsi %v795, %v797 : i64
      %v799 = arith.addi %v794, %v798 : i64
      %v800 = arith.muli %v792, %v68 : i64
      %v801 = arith.addi %v800, %v538 : i64
      %v802 = llvm.getelementptr %in_rho[%v799] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v803 = llvm.load %v802 : !llvm.ptr -> f32
      %v804 = arith.addi %v537, %v323 : i64
      %v805 = arith.constant true
      %v806 = arith.addi %v19, %v804 : i64
      %v807 = llvm.getelementptr %v9[%v806] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v808 = llvm.load %v807 : !llvm.ptr<3> -> i64
      %v809 = arith.addi %v54, %v538 : i64
      %v810 = arith.cmpi slt, %v809, %v56 : i64
      %v811 = arith.subi %size_L, %v1 : i64
      %v812 = arith.minsi %v809, %v811 : i64
      %v813 = arith.addi %v808, %v812 : i64
      %v814 = arith.muli %v806, %v68 : i64
      %v815 = arith.addi %v814, %v538 : i64
      %v816 = llvm.getelementptr %in_rho[%v813] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v817 = llvm.load %v816 : !llvm.ptr -> f32
      %v818 = arith.addi %v537, %v337 : i64
      %v819 = arith.constant true
      %v820 = arith.addi %v19, %v818 : i64
      %v821 = llvm.getelementptr %v9[%v820] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v822 = llvm.load %v821 : !llvm.ptr<3> -> i64
      %v823 = arith.addi %v54, %v538 : i64
      %v824 = arith.cmpi slt, %v823, %v56 : i64
      %v825 = arith.subi %size_L, %v1 : i64
      %v826 = arith.minsi %v823, %v825 : i64
      %v827 = arith.addi %v822, %v826 : i64
      %v828 = arith.muli %v820, %v68 : i64
      %v829 = arith.addi %v828, %v538 : i64
      %v830 = llvm.getelementptr %in_rho[%v827] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v831 = llvm.load %v830 : !llvm.ptr -> f32
      %v832 = arith.addi %v537, %v351 : i64
      %v833 = arith.constant true
      %v834 = arith.addi %v19, %v832 : i64
      %v835 = llvm.getelementptr %v9[%v834] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v836 = llvm.load %v835 : !llvm.ptr<3> -> i64
      %v837 = arith.addi %v54, %v538 : i64
      %v838 = arith.cmpi slt, %v837, %v56 : i64
      %v839 = arith.subi %size_L, %v1 : i64
      %v840 = arith.minsi %v837, %v839 : i64
      %v841 = arith.addi %v836, %v840 : i64
      %v842 = arith.muli %v834, %v68 : i64
      %v843 = arith.addi %v842, %v538 : i64
      %v844 = llvm.getelementptr %in_rho[%v841] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v845 = llvm.load %v844 : !llvm.ptr -> f32
      %v846 = arith.addi %v537, %v365 : i64
      %v847 = arith.constant true
      %v848 = arith.addi %v19, %v846 : i64
      %v849 = llvm.getelementptr %v9[%v848] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v850 = llvm.load %v849 : !llvm.ptr<3> -> i64
      %v851 = arith.addi %v54, %v538 : i64
      %v852 = arith.cmpi slt, %v851, %v56 : i64
      %v853 = arith.subi %size_L, %v1 : i64
      %v854 = arith.minsi %v851, %v853 : i64
      %v855 = arith.addi %v850, %v854 : i64
      %v856 = arith.muli %v848, %v68 : i64
      %v857 = arith.addi %v856, %v538 : i64
      %v858 = llvm.getelementptr %in_rho[%v855] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v859 = llvm.load %v858 : !llvm.ptr -> f32
      %v860 = arith.addi %v537, %v379 : i64
      %v861 = arith.constant true
      %v862 = arith.addi %v19, %v860 : i64
      %v863 = llvm.getelementptr %v9[%v862] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v864 = llvm.load %v863 : !llvm.ptr<3> -> i64
      %v865 = arith.addi %v54, %v538 : i64
      %v866 = arith.cmpi slt, %v865, %v56 : i64
      %v867 = arith.subi %size_L, %v1 : i64
      %v868 = arith.minsi %v865, %v867 : i64
      %v869 = arith.addi %v864, %v868 : i64
      %v870 = arith.muli %v862, %v68 : i64
      %v871 = arith.addi %v870, %v538 : i64
      %v872 = llvm.getelementptr %in_rho[%v869] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v873 = llvm.load %v872 : !llvm.ptr -> f32
      %v874 = arith.addi %v537, %v393 : i64
      %v875 = arith.constant true
      %v876 = arith.addi %v19, %v874 : i64
      %v877 = llvm.getelementptr %v9[%v876] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v878 = llvm.load %v877 : !llvm.ptr<3> -> i64
      %v879 = arith.addi %v54, %v538 : i64
      %v880 = arith.cmpi slt, %v879, %v56 : i64
      %v881 = arith.subi %size_L, %v1 : i64
      %v882 = arith.minsi %v879, %v881 : i64
      %v883 = arith.addi %v878, %v882 : i64
      %v884 = arith.muli %v876, %v68 : i64
      %v885 = arith.addi %v884, %v538 : i64
      %v886 = llvm.getelementptr %in_rho[%v883] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v887 = llvm.load %v886 : !llvm.ptr -> f32
      %v888 = arith.addi %v537, %v407 : i64
      %v889 = arith.constant true
      %v890 = arith.addi %v19, %v888 : i64
      %v891 = llvm.getelementptr %v9[%v890] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v892 = llvm.load %v891 : !llvm.ptr<3> -> i64
      %v893 = arith.addi %v54, %v538 : i64
      %v894 = arith.cmpi slt, %v893, %v56 : i64
      %v895 = arith.subi %size_L, %v1 : i64
      %v896 = arith.minsi %v893, %v895 : i64
      %v897 = arith.addi %v892, %v896 : i64
      %v898 = arith.muli %v890, %v68 : i64
      %v899 = arith.addi %v898, %v538 : i64
      %v900 = llvm.getelementptr %in_rho[%v897] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v901 = llvm.load %v900 : !llvm.ptr -> f32
      %v902 = arith.addi %v537, %v421 : i64
      %v903 = arith.constant true
      %v904 = arith.addi %v19, %v902 : i64
      %v905 = llvm.getelementptr %v9[%v904] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v906 = llvm.load %v905 : !llvm.ptr<3> -> i64
      %v907 = arith.addi %v54, %v538 : i64
      %v908 = arith.cmpi slt, %v907, %v56 : i64
      %v909 = arith.subi %size_L, %v1 : i64
      %v910 = arith.minsi %v907, %v909 : i64
      %v911 = arith.addi %v906, %v910 : i64
      %v912 = arith.muli %v904, %v68 : i64
      %v913 = arith.addi %v912, %v538 : i64
      %v914 = llvm.getelementptr %in_rho[%v911] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v915 = llvm.load %v914 : !llvm.ptr -> f32
      %v916 = arith.addi %v537, %v435 : i64
      %v917 = arith.constant true
      %v918 = arith.addi %v19, %v916 : i64
      %v919 = llvm.getelementptr %v9[%v918] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v920 = llvm.load %v919 : !llvm.ptr<3> -> i64
      %v921 = arith.addi %v54, %v538 : i64
      %v922 = arith.cmpi slt, %v921, %v56 : i64
      %v923 = arith.subi %size_L, %v1 : i64
      %v924 = arith.minsi %v921, %v923 : i64
      %v925 = arith.addi %v920, %v924 : i64
      %v926 = arith.muli %v918, %v68 : i64
      %v927 = arith.addi %v926, %v538 : i64
      %v928 = llvm.getelementptr %in_rho[%v925] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v929 = llvm.load %v928 : !llvm.ptr -> f32
      %v930 = arith.addi %v537, %v449 : i64
      %v931 = arith.constant true
      %v932 = arith.addi %v19, %v930 : i64
      %v933 = llvm.getelementptr %v9[%v932] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v934 = llvm.load %v933 : !llvm.ptr<3> -> i64
      %v935 = arith.addi %v54, %v538 : i64
      %v936 = arith.cmpi slt, %v935, %v56 : i64
      %v937 = arith.subi %size_L, %v1 : i64
      %v938 = arith.minsi %v935, %v937 : i64
      %v939 = arith.addi %v934, %v938 : i64
      %v940 = arith.muli %v932, %v68 : i64
      %v941 = arith.addi %v940, %v538 : i64
      %v942 = llvm.getelementptr %in_rho[%v939] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v943 = llvm.load %v942 : !llvm.ptr -> f32
      %v944 = arith.addi %v537, %v463 : i64
      %v945 = arith.constant true
      %v946 = arith.addi %v19, %v944 : i64
      %v947 = llvm.getelementptr %v9[%v946] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v948 = llvm.load %v947 : !llvm.ptr<3> -> i64
      %v949 = arith.addi %v54, %v538 : i64
      %v950 = arith.cmpi slt, %v949, %v56 : i64
      %v951 = arith.subi %size_L, %v1 : i64
      %v952 = arith.minsi %v949, %v951 : i64
      %v953 = arith.addi %v948, %v952 : i64
      %v954 = arith.muli %v946, %v68 : i64
      %v955 = arith.addi %v954, %v538 : i64
      %v956 = llvm.getelementptr %in_rho[%v953] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v957 = llvm.load %v956 : !llvm.ptr -> f32
      %v958 = arith.addi %v537, %v477 : i64
      %v959 = arith.constant true
      %v960 = arith.addi %v19, %v958 : i64
      %v961 = llvm.getelementptr %v9[%v960] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v962 = llvm.load %v961 : !llvm.ptr<3> -> i64
      %v963 = arith.addi %v54, %v538 : i64
      %v964 = arith.cmpi slt, %v963, %v56 : i64
      %v965 = arith.subi %size_L, %v1 : i64
      %v966 = arith.minsi %v963, %v965 : i64
      %v967 = arith.addi %v962, %v966 : i64
      %v968 = arith.muli %v960, %v68 : i64
      %v969 = arith.addi %v968, %v538 : i64
      %v970 = llvm.getelementptr %in_rho[%v967] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v971 = llvm.load %v970 : !llvm.ptr -> f32
      %v972 = arith.addi %v537, %v491 : i64
      %v973 = arith.constant true
      %v974 = arith.addi %v19, %v972 : i64
      %v975 = llvm.getelementptr %v9[%v974] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v976 = llvm.load %v975 : !llvm.ptr<3> -> i64
      %v977 = arith.addi %v54, %v538 : i64
      %v978 = arith.cmpi slt, %v977, %v56 : i64
      %v979 = arith.subi %size_L, %v1 : i64
      %v980 = arith.minsi %v977, %v979 : i64
      %v981 = arith.addi %v976, %v980 : i64
      %v982 = arith.muli %v974, %v68 : i64
      %v983 = arith.addi %v982, %v538 : i64
      %v984 = llvm.getelementptr %in_rho[%v981] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v985 = llvm.load %v984 : !llvm.ptr -> f32
      scf.if %v539 {
        %v986 = llvm.getelementptr %v10[%v549] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v551, %v986 : f32, !llvm.ptr<3>
      }
      scf.if %v553 {
        %v987 = llvm.getelementptr %v10[%v563] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v565, %v987 : f32, !llvm.ptr<3>
      }
      scf.if %v567 {
        %v988 = llvm.getelementptr %v10[%v577] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v579, %v988 : f32, !llvm.ptr<3>
      }
      scf.if %v581 {
        %v989 = llvm.getelementptr %v10[%v591] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v593, %v989 : f32, !llvm.ptr<3>
      }
      scf.if %v595 {
        %v990 = llvm.getelementptr %v10[%v605] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v607, %v990 : f32, !llvm.ptr<3>
      }
      scf.if %v609 {
        %v991 = llvm.getelementptr %v10[%v619] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v621, %v991 : f32, !llvm.ptr<3>
      }
      scf.if %v623 {
        %v992 = llvm.getelementptr %v10[%v633] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v635, %v992 : f32, !llvm.ptr<3>
      }
      scf.if %v637 {
        %v993 = llvm.getelementptr %v10[%v647] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v649, %v993 : f32, !llvm.ptr<3>
      }
      scf.if %v651 {
        %v994 = llvm.getelementptr %v10[%v661] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v663, %v994 : f32, !llvm.ptr<3>
      }
      scf.if %v665 {
        %v995 = llvm.getelementptr %v10[%v675] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v677, %v995 : f32, !llvm.ptr<3>
      }
      scf.if %v679 {
        %v996 = llvm.getelementptr %v10[%v689] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v691, %v996 : f32, !llvm.ptr<3>
      }
      scf.if %v693 {
        %v997 = llvm.getelementptr %v10[%v703] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v705, %v997 : f32, !llvm.ptr<3>
      }
      scf.if %v707 {
        %v998 = llvm.getelementptr %v10[%v717] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v719, %v998 : f32, !llvm.ptr<3>
      }
      scf.if %v721 {
        %v999 = llvm.getelementptr %v10[%v731] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v733, %v999 : f32, !llvm.ptr<3>
      }
      scf.if %v735 {
        %v1000 = llvm.getelementptr %v10[%v745] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v747, %v1000 : f32, !llvm.ptr<3>
      }
      scf.if %v749 {
        %v1001 = llvm.getelementptr %v10[%v759] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v761, %v1001 : f32, !llvm.ptr<3>
      }
      scf.if %v763 {
        %v1002 = llvm.getelementptr %v10[%v773] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v775, %v1002 : f32, !llvm.ptr<3>
      }
      scf.if %v777 {
        %v1003 = llvm.getelementptr %v10[%v787] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v789, %v1003 : f32, !llvm.ptr<3>
      }
      scf.if %v791 {
        %v1004 = llvm.getelementptr %v10[%v801] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v803, %v1004 : f32, !llvm.ptr<3>
      }
      scf.if %v805 {
        %v1005 = llvm.getelementptr %v10[%v815] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v817, %v1005 : f32, !llvm.ptr<3>
      }
      scf.if %v819 {
        %v1006 = llvm.getelementptr %v10[%v829] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v831, %v1006 : f32, !llvm.ptr<3>
      }
      scf.if %v833 {
        %v1007 = llvm.getelementptr %v10[%v843] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v845, %v1007 : f32, !llvm.ptr<3>
      }
      scf.if %v847 {
        %v1008 = llvm.getelementptr %v10[%v857] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v859, %v1008 : f32, !llvm.ptr<3>
      }
      scf.if %v861 {
        %v1009 = llvm.getelementptr %v10[%v871] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v873, %v1009 : f32, !llvm.ptr<3>
      }
      scf.if %v875 {
        %v1010 = llvm.getelementptr %v10[%v885] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v887, %v1010 : f32, !llvm.ptr<3>
      }
      scf.if %v889 {
        %v1011 = llvm.getelementptr %v10[%v899] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v901, %v1011 : f32, !llvm.ptr<3>
      }
      scf.if %v903 {
        %v1012 = llvm.getelementptr %v10[%v913] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v915, %v1012 : f32, !llvm.ptr<3>
      }
      scf.if %v917 {
        %v1013 = llvm.getelementptr %v10[%v927] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v929, %v1013 : f32, !llvm.ptr<3>
      }
      scf.if %v931 {
        %v1014 = llvm.getelementptr %v10[%v941] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v943, %v1014 : f32, !llvm.ptr<3>
      }
      scf.if %v945 {
        %v1015 = llvm.getelementptr %v10[%v955] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v957, %v1015 : f32, !llvm.ptr<3>
      }
      scf.if %v959 {
        %v1016 = llvm.getelementptr %v10[%v969] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v971, %v1016 : f32, !llvm.ptr<3>
      }
      scf.if %v973 {
        %v1017 = llvm.getelementptr %v10[%v983] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v985, %v1017 : f32, !llvm.ptr<3>
      }
      // end staged load of `rho`
      // staged load of `theta`'s first tile: read, then shared memory
      %v1018 = arith.divui %v17, %v57 : i64
      %v1019 = arith.remui %v17, %v57 : i64
      %v1020 = arith.constant true
      %v1021 = arith.addi %v49, %v1018 : i64
      %v1022 = llvm.getelementptr %v9[%v1021] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1023 = llvm.load %v1022 : !llvm.ptr<3> -> i64
      %v1024 = arith.addi %v54, %v1019 : i64
      %v1025 = arith.cmpi slt, %v1024, %v56 : i64
      %v1026 = arith.subi %size_L, %v1 : i64
      %v1027 = arith.minsi %v1024, %v1026 : i64
      %v1028 = arith.addi %v1023, %v1027 : i64
      %v1029 = arith.muli %v1021, %v68 : i64
      %v1030 = arith.addi %v1029, %v1019 : i64
      %v1031 = llvm.getelementptr %in_theta[%v1028] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1032 = llvm.load %v1031 : !llvm.ptr -> f32
      %v1033 = arith.addi %v1018, %v48 : i64
      %v1034 = arith.constant true
      %v1035 = arith.addi %v49, %v1033 : i64
      %v1036 = llvm.getelementptr %v9[%v1035] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1037 = llvm.load %v1036 : !llvm.ptr<3> -> i64
      %v1038 = arith.addi %v54, %v1019 : i64
      %v1039 = arith.cmpi slt, %v1038, %v56 : i64
      %v1040 = arith.subi %size_L, %v1 : i64
      %v1041 = arith.minsi %v1038, %v1040 : i64
      %v1042 = arith.addi %v1037, %v1041 : i64
      %v1043 = arith.muli %v1035, %v68 : i64
      %v1044 = arith.addi %v1043, %v1019 : i64
      %v1045 = llvm.getelementptr %in_theta[%v1042] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1046 = llvm.load %v1045 : !llvm.ptr -> f32
      %v1047 = arith.addi %v1018, %v86 : i64
      %v1048 = arith.constant true
      %v1049 = arith.addi %v49, %v1047 : i64
      %v1050 = llvm.getelementptr %v9[%v1049] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1051 = llvm.load %v1050 : !llvm.ptr<3> -> i64
      %v1052 = arith.addi %v54, %v1019 : i64
      %v1053 = arith.cmpi slt, %v1052, %v56 : i64
      %v1054 = arith.subi %size_L, %v1 : i64
      %v1055 = arith.minsi %v1052, %v1054 : i64
      %v1056 = arith.addi %v1051, %v1055 : i64
      %v1057 = arith.muli %v1049, %v68 : i64
      %v1058 = arith.addi %v1057, %v1019 : i64
      %v1059 = llvm.getelementptr %in_theta[%v1056] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1060 = llvm.load %v1059 : !llvm.ptr -> f32
      %v1061 = arith.addi %v1018, %v100 : i64
      %v1062 = arith.constant true
      %v1063 = arith.addi %v49, %v1061 : i64
      %v1064 = llvm.getelementptr %v9[%v1063] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1065 = llvm.load %v1064 : !llvm.ptr<3> -> i64
      %v1066 = arith.addi %v54, %v1019 : i64
      %v1067 = arith.cmpi slt, %v1066, %v56 : i64
      %v1068 = arith.subi %size_L, %v1 : i64
      %v1069 = arith.minsi %v1066, %v1068 : i64
      %v1070 = arith.addi %v1065, %v1069 : i64
      %v1071 = arith.muli %v1063, %v68 : i64
      %v1072 = arith.addi %v1071, %v1019 : i64
      %v1073 = llvm.getelementptr %in_theta[%v1070] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1074 = llvm.load %v1073 : !llvm.ptr -> f32
      %v1075 = arith.addi %v1018, %v114 : i64
      %v1076 = arith.constant true
      %v1077 = arith.addi %v49, %v1075 : i64
      %v1078 = llvm.getelementptr %v9[%v1077] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1079 = llvm.load %v1078 : !llvm.ptr<3> -> i64
      %v1080 = arith.addi %v54, %v1019 : i64
      %v1081 = arith.cmpi slt, %v1080, %v56 : i64
      %v1082 = arith.subi %size_L, %v1 : i64
      %v1083 = arith.minsi %v1080, %v1082 : i64
      %v1084 = arith.addi %v1079, %v1083 : i64
      %v1085 = arith.muli %v1077, %v68 : i64
      %v1086 = arith.addi %v1085, %v1019 : i64
      %v1087 = llvm.getelementptr %in_theta[%v1084] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1088 = llvm.load %v1087 : !llvm.ptr -> f32
      %v1089 = arith.addi %v1018, %v128 : i64
      %v1090 = arith.constant true
      %v1091 = arith.addi %v49, %v1089 : i64
      %v1092 = llvm.getelementptr %v9[%v1091] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1093 = llvm.load %v1092 : !llvm.ptr<3> -> i64
      %v1094 = arith.addi %v54, %v1019 : i64
      %v1095 = arith.cmpi slt, %v1094, %v56 : i64
      %v1096 = arith.subi %size_L, %v1 : i64
      %v1097 = arith.minsi %v1094, %v1096 : i64
      %v1098 = arith.addi %v1093, %v1097 : i64
      %v1099 = arith.muli %v1091, %v68 : i64
      %v1100 = arith.addi %v1099, %v1019 : i64
      %v1101 = llvm.getelementptr %in_theta[%v1098] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1102 = llvm.load %v1101 : !llvm.ptr -> f32
      %v1103 = arith.addi %v1018, %v142 : i64
      %v1104 = arith.constant true
      %v1105 = arith.addi %v49, %v1103 : i64
      %v1106 = llvm.getelementptr %v9[%v1105] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1107 = llvm.load %v1106 : !llvm.ptr<3> -> i64
      %v1108 = arith.addi %v54, %v1019 : i64
      %v1109 = arith.cmpi slt, %v1108, %v56 : i64
      %v1110 = arith.subi %size_L, %v1 : i64
      %v1111 = arith.minsi %v1108, %v1110 : i64
      %v1112 = arith.addi %v1107, %v1111 : i64
      %v1113 = arith.muli %v1105, %v68 : i64
      %v1114 = arith.addi %v1113, %v1019 : i64
      %v1115 = llvm.getelementptr %in_theta[%v1112] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1116 = llvm.load %v1115 : !llvm.ptr -> f32
      %v1117 = arith.addi %v1018, %v156 : i64
      %v1118 = arith.constant true
      %v1119 = arith.addi %v49, %v1117 : i64
      %v1120 = llvm.getelementptr %v9[%v1119] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1121 = llvm.load %v1120 : !llvm.ptr<3> -> i64
      %v1122 = arith.addi %v54, %v1019 : i64
      %v1123 = arith.cmpi slt, %v1122, %v56 : i64
      %v1124 = arith.subi %size_L, %v1 : i64
      %v1125 = arith.minsi %v1122, %v1124 : i64
      %v1126 = arith.addi %v1121, %v1125 : i64
      %v1127 = arith.muli %v1119, %v68 : i64
      %v1128 = arith.addi %v1127, %v1019 : i64
      %v1129 = llvm.getelementptr %in_theta[%v1126] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1130 = llvm.load %v1129 : !llvm.ptr -> f32
      %v1131 = arith.addi %v1018, %v170 : i64
      %v1132 = arith.constant true
      %v1133 = arith.addi %v49, %v1131 : i64
      %v1134 = llvm.getelementptr %v9[%v1133] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1135 = llvm.load %v1134 : !llvm.ptr<3> -> i64
      %v1136 = arith.addi %v54, %v1019 : i64
      %v1137 = arith.cmpi slt, %v1136, %v56 : i64
      %v1138 = arith.subi %size_L, %v1 : i64
      %v1139 = arith.minsi %v1136, %v1138 : i64
      %v1140 = arith.addi %v1135, %v1139 : i64
      %v1141 = arith.muli %v1133, %v68 : i64
      %v1142 = arith.addi %v1141, %v1019 : i64
      %v1143 = llvm.getelementptr %in_theta[%v1140] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1144 = llvm.load %v1143 : !llvm.ptr -> f32
      %v1145 = arith.addi %v1018, %v184 : i64
      %v1146 = arith.constant true
      %v1147 = arith.addi %v49, %v1145 : i64
      %v1148 = llvm.getelementptr %v9[%v1147] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1149 = llvm.load %v1148 : !llvm.ptr<3> -> i64
      %v1150 = arith.addi %v54, %v1019 : i64
      %v1151 = arith.cmpi slt, %v1150, %v56 : i64
      %v1152 = arith.subi %size_L, %v1 : i64
      %v1153 = arith.minsi %v1150, %v1152 : i64
      %v1154 = arith.addi %v1149, %v1153 : i64
      %v1155 = arith.muli %v1147, %v68 : i64
      %v1156 = arith.addi %v1155, %v1019 : i64
      %v1157 = llvm.getelementptr %in_theta[%v1154] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1158 = llvm.load %v1157 : !llvm.ptr -> f32
      %v1159 = arith.addi %v1018, %v198 : i64
      %v1160 = arith.constant true
      %v1161 = arith.addi %v49, %v1159 : i64
      %v1162 = llvm.getelementptr %v9[%v1161] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1163 = llvm.load %v1162 : !llvm.ptr<3> -> i64
      %v1164 = arith.addi %v54, %v1019 : i64
      %v1165 = arith.cmpi slt, %v1164, %v56 : i64
      %v1166 = arith.subi %size_L, %v1 : i64
      %v1167 = arith.minsi %v1164, %v1166 : i64
      %v1168 = arith.addi %v1163, %v1167 : i64
      %v1169 = arith.muli %v1161, %v68 : i64
      %v1170 = arith.addi %v1169, %v1019 : i64
      %v1171 = llvm.getelementptr %in_theta[%v1168] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1172 = llvm.load %v1171 : !llvm.ptr -> f32
      %v1173 = arith.addi %v1018, %v212 : i64
      %v1174 = arith.constant true
      %v1175 = arith.addi %v49, %v1173 : i64
      %v1176 = llvm.getelementptr %v9[%v1175] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1177 = llvm.load %v1176 : !llvm.ptr<3> -> i64
      %v1178 = arith.addi %v54, %v1019 : i64
      %v1179 = arith.cmpi slt, %v1178, %v56 : i64
      %v1180 = arith.subi %size_L, %v1 : i64
      %v1181 = arith.minsi %v1178, %v1180 : i64
      %v1182 = arith.addi %v1177, %v1181 : i64
      %v1183 = arith.muli %v1175, %v68 : i64
      %v1184 = arith.addi %v1183, %v1019 : i64
      %v1185 = llvm.getelementptr %in_theta[%v1182] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1186 = llvm.load %v1185 : !llvm.ptr -> f32
      %v1187 = arith.addi %v1018, %v226 : i64
      %v1188 = arith.constant true
      %v1189 = arith.addi %v49, %v1187 : i64
      %v1190 = llvm.getelementptr %v9[%v1189] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1191 = llvm.load %v1190 : !llvm.ptr<3> -> i64
      %v1192 = arith.addi %v54, %v1019 : i64
      %v1193 = arith.cmpi slt, %v1192, %v56 : i64
      %v1194 = arith.subi %size_L, %v1 : i64
      %v1195 = arith.minsi %v1192, %v1194 : i64
      %v1196 = arith.addi %v1191, %v1195 : i64
      %v1197 = arith.muli %v1189, %v68 : i64
      %v1198 = arith.addi %v1197, %v1019 : i64
      %v1199 = llvm.getelementptr %in_theta[%v1196] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1200 = llvm.load %v1199 : !llvm.ptr -> f32
      %v1201 = arith.addi %v1018, %v240 : i64
      %v1202 = arith.constant true
      %v1203 = arith.addi %v49, %v1201 : i64
      %v1204 = llvm.getelementptr %v9[%v1203] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1205 = llvm.load %v1204 : !llvm.ptr<3> -> i64
      %v1206 = arith.addi %v54, %v1019 : i64
      %v1207 = arith.cmpi slt, %v1206, %v56 : i64
      %v1208 = arith.subi %size_L, %v1 : i64
      %v1209 = arith.minsi %v1206, %v1208 : i64
      %v1210 = arith.addi %v1205, %v1209 : i64
      %v1211 = arith.muli %v1203, %v68 : i64
      %v1212 = arith.addi %v1211, %v1019 : i64
      %v1213 = llvm.getelementptr %in_theta[%v1210] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1214 = llvm.load %v1213 : !llvm.ptr -> f32
      %v1215 = arith.addi %v1018, %v254 : i64
      %v1216 = arith.constant true
      %v1217 = arith.addi %v49, %v1215 : i64
      %v1218 = llvm.getelementptr %v9[%v1217] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1219 = llvm.load %v1218 : !llvm.ptr<3> -> i64
      %v1220 = arith.addi %v54, %v1019 : i64
      %v1221 = arith.cmpi slt, %v1220, %v56 : i64
      %v1222 = arith.subi %size_L, %v1 : i64
      %v1223 = arith.minsi %v1220, %v1222 : i64
      %v1224 = arith.addi %v1219, %v1223 : i64
      %v1225 = arith.muli %v1217, %v68 : i64
      %v1226 = arith.addi %v1225, %v1019 : i64
      %v1227 = llvm.getelementptr %in_theta[%v1224] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1228 = llvm.load %v1227 : !llvm.ptr -> f32
      %v1229 = arith.addi %v1018, %v268 : i64
      %v1230 = arith.constant true
      %v1231 = arith.addi %v49, %v1229 : i64
      %v1232 = llvm.getelementptr %v9[%v1231] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1233 = llvm.load %v1232 : !llvm.ptr<3> -> i64
      %v1234 = arith.addi %v54, %v1019 : i64
      %v1235 = arith.cmpi slt, %v1234, %v56 : i64
      %v1236 = arith.subi %size_L, %v1 : i64
      %v1237 = arith.minsi %v1234, %v1236 : i64
      %v1238 = arith.addi %v1233, %v1237 : i64
      %v1239 = arith.muli %v1231, %v68 : i64
      %v1240 = arith.addi %v1239, %v1019 : i64
      %v1241 = llvm.getelementptr %in_theta[%v1238] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1242 = llvm.load %v1241 : !llvm.ptr -> f32
      %v1243 = arith.addi %v1018, %v57 : i64
      %v1244 = arith.constant true
      %v1245 = arith.addi %v49, %v1243 : i64
      %v1246 = llvm.getelementptr %v9[%v1245] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1247 = llvm.load %v1246 : !llvm.ptr<3> -> i64
      %v1248 = arith.addi %v54, %v1019 : i64
      %v1249 = arith.cmpi slt, %v1248, %v56 : i64
      %v1250 = arith.subi %size_L, %v1 : i64
      %v1251 = arith.minsi %v1248, %v1250 : i64
      %v1252 = arith.addi %v1247, %v1251 : i64
      %v1253 = arith.muli %v1245, %v68 : i64
      %v1254 = arith.addi %v1253, %v1019 : i64
      %v1255 = llvm.getelementptr %in_theta[%v1252] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1256 = llvm.load %v1255 : !llvm.ptr -> f32
      %v1257 = arith.addi %v1018, %v295 : i64
      %v1258 = arith.constant true
      %v1259 = arith.addi %v49, %v1257 : i64
      %v1260 = llvm.getelementptr %v9[%v1259] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1261 = llvm.load %v1260 : !llvm.ptr<3> -> i64
      %v1262 = arith.addi %v54, %v1019 : i64
      %v1263 = arith.cmpi slt, %v1262, %v56 : i64
      %v1264 = arith.subi %size_L, %v1 : i64
      %v1265 = arith.minsi %v1262, %v1264 : i64
      %v1266 = arith.addi %v1261, %v1265 : i64
      %v1267 = arith.muli %v1259, %v68 : i64
      %v1268 = arith.addi %v1267, %v1019 : i64
      %v1269 = llvm.getelementptr %in_theta[%v1266] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1270 = llvm.load %v1269 : !llvm.ptr -> f32
      %v1271 = arith.addi %v1018, %v309 : i64
      %v1272 = arith.constant true
      %v1273 = arith.addi %v49, %v1271 : i64
      %v1274 = llvm.getelementptr %v9[%v1273] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1275 = llvm.load %v1274 : !llvm.ptr<3> -> i64
      %v1276 = arith.addi %v54, %v1019 : i64
      %v1277 = arith.cmpi slt, %v1276, %v56 : i64
      %v1278 = arith.subi %size_L, %v1 : i64
      %v1279 = arith.minsi %v1276, %v1278 : i64
      %v1280 = arith.addi %v1275, %v1279 : i64
      %v1281 = arith.muli %v1273, %v68 : i64
      %v1282 = arith.addi %v1281, %v1019 : i64
      %v1283 = llvm.getelementptr %in_theta[%v1280] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1284 = llvm.load %v1283 : !llvm.ptr -> f32
      %v1285 = arith.addi %v1018, %v323 : i64
      %v1286 = arith.constant true
      %v1287 = arith.addi %v49, %v1285 : i64
      %v1288 = llvm.getelementptr %v9[%v1287] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1289 = llvm.load %v1288 : !llvm.ptr<3> -> i64
      %v1290 = arith.addi %v54, %v1019 : i64
      %v1291 = arith.cmpi slt, %v1290, %v56 : i64
      %v1292 = arith.subi %size_L, %v1 : i64
      %v1293 = arith.minsi %v1290, %v1292 : i64
      %v1294 = arith.addi %v1289, %v1293 : i64
      %v1295 = arith.muli %v1287, %v68 : i64
      %v1296 = arith.addi %v1295, %v1019 : i64
      %v1297 = llvm.getelementptr %in_theta[%v1294] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1298 = llvm.load %v1297 : !llvm.ptr -> f32
      %v1299 = arith.addi %v1018, %v337 : i64
      %v1300 = arith.constant true
      %v1301 = arith.addi %v49, %v1299 : i64
      %v1302 = llvm.getelementptr %v9[%v1301] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1303 = llvm.load %v1302 : !llvm.ptr<3> -> i64
      %v1304 = arith.addi %v54, %v1019 : i64
      %v1305 = arith.cmpi slt, %v1304, %v56 : i64
      %v1306 = arith.subi %size_L, %v1 : i64
      %v1307 = arith.minsi %v1304, %v1306 : i64
      %v1308 = arith.addi %v1303, %v1307 : i64
      %v1309 = arith.muli %v1301, %v68 : i64
      %v1310 = arith.addi %v1309, %v1019 : i64
      %v1311 = llvm.getelementptr %in_theta[%v1308] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1312 = llvm.load %v1311 : !llvm.ptr -> f32
      %v1313 = arith.addi %v1018, %v351 : i64
      %v1314 = arith.constant true
      %v1315 = arith.addi %v49, %v1313 : i64
      %v1316 = llvm.getelementptr %v9[%v1315] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1317 = llvm.load %v1316 : !llvm.ptr<3> -> i64
      %v1318 = arith.addi %v54, %v1019 : i64
      %v1319 = arith.cmpi slt, %v1318, %v56 : i64
      %v1320 = arith.subi %size_L, %v1 : i64
      %v1321 = arith.minsi %v1318, %v1320 : i64
      %v1322 = arith.addi %v1317, %v1321 : i64
      %v1323 = arith.muli %v1315, %v68 : i64
      %v1324 = arith.addi %v1323, %v1019 : i64
      %v1325 = llvm.getelementptr %in_theta[%v1322] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1326 = llvm.load %v1325 : !llvm.ptr -> f32
      %v1327 = arith.addi %v1018, %v365 : i64
      %v1328 = arith.constant true
      %v1329 = arith.addi %v49, %v1327 : i64
      %v1330 = llvm.getelementptr %v9[%v1329] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1331 = llvm.load %v1330 : !llvm.ptr<3> -> i64
      %v1332 = arith.addi %v54, %v1019 : i64
      %v1333 = arith.cmpi slt, %v1332, %v56 : i64
      %v1334 = arith.subi %size_L, %v1 : i64
      %v1335 = arith.minsi %v1332, %v1334 : i64
      %v1336 = arith.addi %v1331, %v1335 : i64
      %v1337 = arith.muli %v1329, %v68 : i64
      %v1338 = arith.addi %v1337, %v1019 : i64
      %v1339 = llvm.getelementptr %in_theta[%v1336] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1340 = llvm.load %v1339 : !llvm.ptr -> f32
      %v1341 = arith.addi %v1018, %v379 : i64
      %v1342 = arith.constant true
      %v1343 = arith.addi %v49, %v1341 : i64
      %v1344 = llvm.getelementptr %v9[%v1343] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1345 = llvm.load %v1344 : !llvm.ptr<3> -> i64
      %v1346 = arith.addi %v54, %v1019 : i64
      %v1347 = arith.cmpi slt, %v1346, %v56 : i64
      %v1348 = arith.subi %size_L, %v1 : i64
      %v1349 = arith.minsi %v1346, %v1348 : i64
      %v1350 = arith.addi %v1345, %v1349 : i64
      %v1351 = arith.muli %v1343, %v68 : i64
      %v1352 = arith.addi %v1351, %v1019 : i64
      %v1353 = llvm.getelementptr %in_theta[%v1350] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1354 = llvm.load %v1353 : !llvm.ptr -> f32
      %v1355 = arith.addi %v1018, %v393 : i64
      %v1356 = arith.constant true
      %v1357 = arith.addi %v49, %v1355 : i64
      %v1358 = llvm.getelementptr %v9[%v1357] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1359 = llvm.load %v1358 : !llvm.ptr<3> -> i64
      %v1360 = arith.addi %v54, %v1019 : i64
      %v1361 = arith.cmpi slt, %v1360, %v56 : i64
      %v1362 = arith.subi %size_L, %v1 : i64
      %v1363 = arith.minsi %v1360, %v1362 : i64
      %v1364 = arith.addi %v1359, %v1363 : i64
      %v1365 = arith.muli %v1357, %v68 : i64
      %v1366 = arith.addi %v1365, %v1019 : i64
      %v1367 = llvm.getelementptr %in_theta[%v1364] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1368 = llvm.load %v1367 : !llvm.ptr -> f32
      %v1369 = arith.addi %v1018, %v407 : i64
      %v1370 = arith.constant true
      %v1371 = arith.addi %v49, %v1369 : i64
      %v1372 = llvm.getelementptr %v9[%v1371] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1373 = llvm.load %v1372 : !llvm.ptr<3> -> i64
      %v1374 = arith.addi %v54, %v1019 : i64
      %v1375 = arith.cmpi slt, %v1374, %v56 : i64
      %v1376 = arith.subi %size_L, %v1 : i64
      %v1377 = arith.minsi %v1374, %v1376 : i64
      %v1378 = arith.addi %v1373, %v1377 : i64
      %v1379 = arith.muli %v1371, %v68 : i64
      %v1380 = arith.addi %v1379, %v1019 : i64
      %v1381 = llvm.getelementptr %in_theta[%v1378] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1382 = llvm.load %v1381 : !llvm.ptr -> f32
      %v1383 = arith.addi %v1018, %v421 : i64
      %v1384 = arith.constant true
      %v1385 = arith.addi %v49, %v1383 : i64
      %v1386 = llvm.getelementptr %v9[%v1385] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1387 = llvm.load %v1386 : !llvm.ptr<3> -> i64
      %v1388 = arith.addi %v54, %v1019 : i64
      %v1389 = arith.cmpi slt, %v1388, %v56 : i64
      %v1390 = arith.subi %size_L, %v1 : i64
      %v1391 = arith.minsi %v1388, %v1390 : i64
      %v1392 = arith.addi %v1387, %v1391 : i64
      %v1393 = arith.muli %v1385, %v68 : i64
      %v1394 = arith.addi %v1393, %v1019 : i64
      %v1395 = llvm.getelementptr %in_theta[%v1392] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1396 = llvm.load %v1395 : !llvm.ptr -> f32
      %v1397 = arith.addi %v1018, %v435 : i64
      %v1398 = arith.constant true
      %v1399 = arith.addi %v49, %v1397 : i64
      %v1400 = llvm.getelementptr %v9[%v1399] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1401 = llvm.load %v1400 : !llvm.ptr<3> -> i64
      %v1402 = arith.addi %v54, %v1019 : i64
      %v1403 = arith.cmpi slt, %v1402, %v56 : i64
      %v1404 = arith.subi %size_L, %v1 : i64
      %v1405 = arith.minsi %v1402, %v1404 : i64
      %v1406 = arith.addi %v1401, %v1405 : i64
      %v1407 = arith.muli %v1399, %v68 : i64
      %v1408 = arith.addi %v1407, %v1019 : i64
      %v1409 = llvm.getelementptr %in_theta[%v1406] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1410 = llvm.load %v1409 : !llvm.ptr -> f32
      %v1411 = arith.addi %v1018, %v449 : i64
      %v1412 = arith.constant true
      %v1413 = arith.addi %v49, %v1411 : i64
      %v1414 = llvm.getelementptr %v9[%v1413] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1415 = llvm.load %v1414 : !llvm.ptr<3> -> i64
      %v1416 = arith.addi %v54, %v1019 : i64
      %v1417 = arith.cmpi slt, %v1416, %v56 : i64
      %v1418 = arith.subi %size_L, %v1 : i64
      %v1419 = arith.minsi %v1416, %v1418 : i64
      %v1420 = arith.addi %v1415, %v1419 : i64
      %v1421 = arith.muli %v1413, %v68 : i64
      %v1422 = arith.addi %v1421, %v1019 : i64
      %v1423 = llvm.getelementptr %in_theta[%v1420] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1424 = llvm.load %v1423 : !llvm.ptr -> f32
      %v1425 = arith.addi %v1018, %v463 : i64
      %v1426 = arith.constant true
      %v1427 = arith.addi %v49, %v1425 : i64
      %v1428 = llvm.getelementptr %v9[%v1427] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1429 = llvm.load %v1428 : !llvm.ptr<3> -> i64
      %v1430 = arith.addi %v54, %v1019 : i64
      %v1431 = arith.cmpi slt, %v1430, %v56 : i64
      %v1432 = arith.subi %size_L, %v1 : i64
      %v1433 = arith.minsi %v1430, %v1432 : i64
      %v1434 = arith.addi %v1429, %v1433 : i64
      %v1435 = arith.muli %v1427, %v68 : i64
      %v1436 = arith.addi %v1435, %v1019 : i64
      %v1437 = llvm.getelementptr %in_theta[%v1434] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1438 = llvm.load %v1437 : !llvm.ptr -> f32
      %v1439 = arith.addi %v1018, %v477 : i64
      %v1440 = arith.constant true
      %v1441 = arith.addi %v49, %v1439 : i64
      %v1442 = llvm.getelementptr %v9[%v1441] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1443 = llvm.load %v1442 : !llvm.ptr<3> -> i64
      %v1444 = arith.addi %v54, %v1019 : i64
      %v1445 = arith.cmpi slt, %v1444, %v56 : i64
      %v1446 = arith.subi %size_L, %v1 : i64
      %v1447 = arith.minsi %v1444, %v1446 : i64
      %v1448 = arith.addi %v1443, %v1447 : i64
      %v1449 = arith.muli %v1441, %v68 : i64
      %v1450 = arith.addi %v1449, %v1019 : i64
      %v1451 = llvm.getelementptr %in_theta[%v1448] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1452 = llvm.load %v1451 : !llvm.ptr -> f32
      %v1453 = arith.addi %v1018, %v491 : i64
      %v1454 = arith.constant true
      %v1455 = arith.addi %v49, %v1453 : i64
      %v1456 = llvm.getelementptr %v9[%v1455] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1457 = llvm.load %v1456 : !llvm.ptr<3> -> i64
      %v1458 = arith.addi %v54, %v1019 : i64
      %v1459 = arith.cmpi slt, %v1458, %v56 : i64
      %v1460 = arith.subi %size_L, %v1 : i64
      %v1461 = arith.minsi %v1458, %v1460 : i64
      %v1462 = arith.addi %v1457, %v1461 : i64
      %v1463 = arith.muli %v1455, %v68 : i64
      %v1464 = arith.addi %v1463, %v1019 : i64
      %v1465 = llvm.getelementptr %in_theta[%v1462] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1466 = llvm.load %v1465 : !llvm.ptr -> f32
      scf.if %v1020 {
        %v1467 = llvm.getelementptr %v10[%v1030] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1032, %v1467 : f32, !llvm.ptr<3>
      }
      scf.if %v1034 {
        %v1468 = llvm.getelementptr %v10[%v1044] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1046, %v1468 : f32, !llvm.ptr<3>
      }
      scf.if %v1048 {
        %v1469 = llvm.getelementptr %v10[%v1058] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1060, %v1469 : f32, !llvm.ptr<3>
      }
      scf.if %v1062 {
        %v1470 = llvm.getelementptr %v10[%v1072] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1074, %v1470 : f32, !llvm.ptr<3>
      }
      scf.if %v1076 {
        %v1471 = llvm.getelementptr %v10[%v1086] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1088, %v1471 : f32, !llvm.ptr<3>
      }
      scf.if %v1090 {
        %v1472 = llvm.getelementptr %v10[%v1100] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1102, %v1472 : f32, !llvm.ptr<3>
      }
      scf.if %v1104 {
        %v1473 = llvm.getelementptr %v10[%v1114] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1116, %v1473 : f32, !llvm.ptr<3>
      }
      scf.if %v1118 {
        %v1474 = llvm.getelementptr %v10[%v1128] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1130, %v1474 : f32, !llvm.ptr<3>
      }
      scf.if %v1132 {
        %v1475 = llvm.getelementptr %v10[%v1142] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1144, %v1475 : f32, !llvm.ptr<3>
      }
      scf.if %v1146 {
        %v1476 = llvm.getelementptr %v10[%v1156] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1158, %v1476 : f32, !llvm.ptr<3>
      }
      scf.if %v1160 {
        %v1477 = llvm.getelementptr %v10[%v1170] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1172, %v1477 : f32, !llvm.ptr<3>
      }
      scf.if %v1174 {
        %v1478 = llvm.getelementptr %v10[%v1184] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1186, %v1478 : f32, !llvm.ptr<3>
      }
      scf.if %v1188 {
        %v1479 = llvm.getelementptr %v10[%v1198] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1200, %v1479 : f32, !llvm.ptr<3>
      }
      scf.if %v1202 {
        %v1480 = llvm.getelementptr %v10[%v1212] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1214, %v1480 : f32, !llvm.ptr<3>
      }
      scf.if %v1216 {
        %v1481 = llvm.getelementptr %v10[%v1226] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1228, %v1481 : f32, !llvm.ptr<3>
      }
      scf.if %v1230 {
        %v1482 = llvm.getelementptr %v10[%v1240] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1242, %v1482 : f32, !llvm.ptr<3>
      }
      scf.if %v1244 {
        %v1483 = llvm.getelementptr %v10[%v1254] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1256, %v1483 : f32, !llvm.ptr<3>
      }
      scf.if %v1258 {
        %v1484 = llvm.getelementptr %v10[%v1268] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1270, %v1484 : f32, !llvm.ptr<3>
      }
      scf.if %v1272 {
        %v1485 = llvm.getelementptr %v10[%v1282] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1284, %v1485 : f32, !llvm.ptr<3>
      }
      scf.if %v1286 {
        %v1486 = llvm.getelementptr %v10[%v1296] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1298, %v1486 : f32, !llvm.ptr<3>
      }
      scf.if %v1300 {
        %v1487 = llvm.getelementptr %v10[%v1310] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1312, %v1487 : f32, !llvm.ptr<3>
      }
      scf.if %v1314 {
        %v1488 = llvm.getelementptr %v10[%v1324] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1326, %v1488 : f32, !llvm.ptr<3>
      }
      scf.if %v1328 {
        %v1489 = llvm.getelementptr %v10[%v1338] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1340, %v1489 : f32, !llvm.ptr<3>
      }
      scf.if %v1342 {
        %v1490 = llvm.getelementptr %v10[%v1352] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1354, %v1490 : f32, !llvm.ptr<3>
      }
      scf.if %v1356 {
        %v1491 = llvm.getelementptr %v10[%v1366] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1368, %v1491 : f32, !llvm.ptr<3>
      }
      scf.if %v1370 {
        %v1492 = llvm.getelementptr %v10[%v1380] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1382, %v1492 : f32, !llvm.ptr<3>
      }
      scf.if %v1384 {
        %v1493 = llvm.getelementptr %v10[%v1394] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1396, %v1493 : f32, !llvm.ptr<3>
      }
      scf.if %v1398 {
        %v1494 = llvm.getelementptr %v10[%v1408] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1410, %v1494 : f32, !llvm.ptr<3>
      }
      scf.if %v1412 {
        %v1495 = llvm.getelementptr %v10[%v1422] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1424, %v1495 : f32, !llvm.ptr<3>
      }
      scf.if %v1426 {
        %v1496 = llvm.getelementptr %v10[%v1436] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1438, %v1496 : f32, !llvm.ptr<3>
      }
      scf.if %v1440 {
        %v1497 = llvm.getelementptr %v10[%v1450] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1452, %v1497 : f32, !llvm.ptr<3>
      }
      scf.if %v1454 {
        %v1498 = llvm.getelementptr %v10[%v1464] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1466, %v1498 : f32, !llvm.ptr<3>
      }
      // end staged load of `theta`
      gpu.barrier
      %v1499 = arith.index_cast %v54 : i64 to index
      %v1500 = arith.index_cast %v56 : i64 to index
      %v1501 = arith.index_cast %v57 : i64 to index
      scf.for %v1502 = %v1499 to %v1500 step %v1501 {
        %v1503 = arith.index_cast %v1502 : index to i64
        %v1504 = arith.subi %v56, %v1503 : i64
        %v1505 = arith.minsi %v1504, %v57 : i64
        %v1506 = arith.addi %v1503, %v57 : i64
        %v1507 = arith.divui %v17, %v57 : i64
        %v1508 = arith.remui %v17, %v57 : i64
        %v1509 = arith.constant true
        %v1510 = llvm.getelementptr %v9[%v1507] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1511 = llvm.load %v1510 : !llvm.ptr<3> -> i64
        %v1512 = arith.addi %v1506, %v1508 : i64
        %v1513 = arith.cmpi slt, %v1512, %v56 : i64
        %v1514 = arith.subi %size_L, %v1 : i64
        %v1515 = arith.minsi %v1512, %v1514 : i64
        %v1516 = arith.addi %v1511, %v1515 : i64
        %v1517 = arith.muli %v1507, %v68 : i64
        %v1518 = arith.addi %v1517, %v1508 : i64
        %v1519 = llvm.getelementptr %in_x[%v1516] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1520 = llvm.load %v1519 : !llvm.ptr -> f32
        %v1521 = arith.addi %v1507, %v48 : i64
        %v1522 = arith.constant true
        %v1523 = llvm.getelementptr %v9[%v1521] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1524 = llvm.load %v1523 : !llvm.ptr<3> -> i64
        %v1525 = arith.addi %v1506, %v1508 : i64
        %v1526 = arith.cmpi slt, %v1525, %v56 : i64
        %v1527 = arith.subi %size_L, %v1 : i64
        %v1528 = arith.minsi %v1525, %v1527 : i64
        %v1529 = arith.addi %v1524, %v1528 : i64
        %v1530 = arith.muli %v1521, %v68 : i64
        %v1531 = arith.addi %v1530, %v1508 : i64
        %v1532 = llvm.getelementptr %in_x[%v1529] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1533 = llvm.load %v1532 : !llvm.ptr -> f32
        %v1534 = arith.addi %v1507, %v86 : i64
        %v1535 = arith.constant true
        %v1536 = llvm.getelementptr %v9[%v1534] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1537 = llvm.load %v1536 : !llvm.ptr<3> -> i64
        %v1538 = arith.addi %v1506, %v1508 : i64
        %v1539 = arith.cmpi slt, %v1538, %v56 : i64
        %v1540 = arith.subi %size_L, %v1 : i64
        %v1541 = arith.minsi %v1538, %v1540 : i64
        %v1542 = arith.addi %v1537, %v1541 : i64
        %v1543 = arith.muli %v1534, %v68 : i64
        %v1544 = arith.addi %v1543, %v1508 : i64
        %v1545 = llvm.getelementptr %in_x[%v1542] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1546 = llvm.load %v1545 : !llvm.ptr -> f32
        %v1547 = arith.addi %v1507, %v100 : i64
        %v1548 = arith.constant true
        %v1549 = llvm.getelementptr %v9[%v1547] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1550 = llvm.load %v1549 : !llvm.ptr<3> -> i64
        %v1551 = arith.addi %v1506, %v1508 : i64
        %v1552 = arith.cmpi slt, %v1551, %v56 : i64
        %v1553 = arith.subi %size_L, %v1 : i64
        %v1554 = arith.minsi %v1551, %v1553 : i64
        %v1555 = arith.addi %v1550, %v1554 : i64
        %v1556 = arith.muli %v1547, %v68 : i64
        %v1557 = arith.addi %v1556, %v1508 : i64
        %v1558 = llvm.getelementptr %in_x[%v1555] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1559 = llvm.load %v1558 : !llvm.ptr -> f32
        %v1560 = arith.addi %v1507, %v114 : i64
        %v1561 = arith.constant true
        %v1562 = llvm.getelementptr %v9[%v1560] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1563 = llvm.load %v1562 : !llvm.ptr<3> -> i64
        %v1564 = arith.addi %v1506, %v1508 : i64
        %v1565 = arith.cmpi slt, %v1564, %v56 : i64
        %v1566 = arith.subi %size_L, %v1 : i64
        %v1567 = arith.minsi %v1564, %v1566 : i64
        %v1568 = arith.addi %v1563, %v1567 : i64
        %v1569 = arith.muli %v1560, %v68 : i64
        %v1570 = arith.addi %v1569, %v1508 : i64
        %v1571 = llvm.getelementptr %in_x[%v1568] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1572 = llvm.load %v1571 : !llvm.ptr -> f32
        %v1573 = arith.addi %v1507, %v128 : i64
        %v1574 = arith.constant true
        %v1575 = llvm.getelementptr %v9[%v1573] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1576 = llvm.load %v1575 : !llvm.ptr<3> -> i64
        %v1577 = arith.addi %v1506, %v1508 : i64
        %v1578 = arith.cmpi slt, %v1577, %v56 : i64
        %v1579 = arith.subi %size_L, %v1 : i64
        %v1580 = arith.minsi %v1577, %v1579 : i64
        %v1581 = arith.addi %v1576, %v1580 : i64
        %v1582 = arith.muli %v1573, %v68 : i64
        %v1583 = arith.addi %v1582, %v1508 : i64
        %v1584 = llvm.getelementptr %in_x[%v1581] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1585 = llvm.load %v1584 : !llvm.ptr -> f32
        %v1586 = arith.addi %v1507, %v142 : i64
        %v1587 = arith.constant true
        %v1588 = llvm.getelementptr %v9[%v1586] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1589 = llvm.load %v1588 : !llvm.ptr<3> -> i64
        %v1590 = arith.addi %v1506, %v1508 : i64
        %v1591 = arith.cmpi slt, %v1590, %v56 : i64
        %v1592 = arith.subi %size_L, %v1 : i64
        %v1593 = arith.minsi %v1590, %v1592 : i64
        %v1594 = arith.addi %v1589, %v1593 : i64
        %v1595 = arith.muli %v1586, %v68 : i64
        %v1596 = arith.addi %v1595, %v1508 : i64
        %v1597 = llvm.getelementptr %in_x[%v1594] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1598 = llvm.load %v1597 : !llvm.ptr -> f32
        %v1599 = arith.addi %v1507, %v156 : i64
        %v1600 = arith.constant true
        %v1601 = llvm.getelementptr %v9[%v1599] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1602 = llvm.load %v1601 : !llvm.ptr<3> -> i64
        %v1603 = arith.addi %v1506, %v1508 : i64
        %v1604 = arith.cmpi slt, %v1603, %v56 : i64
        %v1605 = arith.subi %size_L, %v1 : i64
        %v1606 = arith.minsi %v1603, %v1605 : i64
        %v1607 = arith.addi %v1602, %v1606 : i64
        %v1608 = arith.muli %v1599, %v68 : i64
        %v1609 = arith.addi %v1608, %v1508 : i64
        %v1610 = llvm.getelementptr %in_x[%v1607] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1611 = llvm.load %v1610 : !llvm.ptr -> f32
        %v1612 = arith.addi %v1507, %v170 : i64
        %v1613 = arith.constant true
        %v1614 = llvm.getelementptr %v9[%v1612] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1615 = llvm.load %v1614 : !llvm.ptr<3> -> i64
        %v1616 = arith.addi %v1506, %v1508 : i64
        %v1617 = arith.cmpi slt, %v1616, %v56 : i64
        %v1618 = arith.subi %size_L, %v1 : i64
        %v1619 = arith.minsi %v1616, %v1618 : i64
        %v1620 = arith.addi %v1615, %v1619 : i64
        %v1621 = arith.muli %v1612, %v68 : i64
        %v1622 = arith.addi %v1621, %v1508 : i64
        %v1623 = llvm.getelementptr %in_x[%v1620] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1624 = llvm.load %v1623 : !llvm.ptr -> f32
        %v1625 = arith.addi %v1507, %v184 : i64
        %v1626 = arith.constant true
        %v1627 = llvm.getelementptr %v9[%v1625] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1628 = llvm.load %v1627 : !llvm.ptr<3> -> i64
        %v1629 = arith.addi %v1506, %v1508 : i64
        %v1630 = arith.cmpi slt, %v1629, %v56 : i64
        %v1631 = arith.subi %size_L, %v1 : i64
        %v1632 = arith.minsi %v1629, %v1631 : i64
        %v1633 = arith.addi %v1628, %v1632 : i64
        %v1634 = arith.muli %v1625, %v68 : i64
        %v1635 = arith.addi %v1634, %v1508 : i64
        %v1636 = llvm.getelementptr %in_x[%v1633] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1637 = llvm.load %v1636 : !llvm.ptr -> f32
        %v1638 = arith.addi %v1507, %v198 : i64
        %v1639 = arith.constant true
        %v1640 = llvm.getelementptr %v9[%v1638] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1641 = llvm.load %v1640 : !llvm.ptr<3> -> i64
        %v1642 = arith.addi %v1506, %v1508 : i64
        %v1643 = arith.cmpi slt, %v1642, %v56 : i64
        %v1644 = arith.subi %size_L, %v1 : i64
        %v1645 = arith.minsi %v1642, %v1644 : i64
        %v1646 = arith.addi %v1641, %v1645 : i64
        %v1647 = arith.muli %v1638, %v68 : i64
        %v1648 = arith.addi %v1647, %v1508 : i64
        %v1649 = llvm.getelementptr %in_x[%v1646] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1650 = llvm.load %v1649 : !llvm.ptr -> f32
        %v1651 = arith.addi %v1507, %v212 : i64
        %v1652 = arith.constant true
        %v1653 = llvm.getelementptr %v9[%v1651] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1654 = llvm.load %v1653 : !llvm.ptr<3> -> i64
        %v1655 = arith.addi %v1506, %v1508 : i64
        %v1656 = arith.cmpi slt, %v1655, %v56 : i64
        %v1657 = arith.subi %size_L, %v1 : i64
        %v1658 = arith.minsi %v1655, %v1657 : i64
        %v1659 = arith.addi %v1654, %v1658 : i64
        %v1660 = arith.muli %v1651, %v68 : i64
        %v1661 = arith.addi %v1660, %v1508 : i64
        %v1662 = llvm.getelementptr %in_x[%v1659] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1663 = llvm.load %v1662 : !llvm.ptr -> f32
        %v1664 = arith.addi %v1507, %v226 : i64
        %v1665 = arith.constant true
        %v1666 = llvm.getelementptr %v9[%v1664] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1667 = llvm.load %v1666 : !llvm.ptr<3> -> i64
        %v1668 = arith.addi %v1506, %v1508 : i64
        %v1669 = arith.cmpi slt, %v1668, %v56 : i64
        %v1670 = arith.subi %size_L, %v1 : i64
        %v1671 = arith.minsi %v1668, %v1670 : i64
        %v1672 = arith.addi %v1667, %v1671 : i64
        %v1673 = arith.muli %v1664, %v68 : i64
        %v1674 = arith.addi %v1673, %v1508 : i64
        %v1675 = llvm.getelementptr %in_x[%v1672] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1676 = llvm.load %v1675 : !llvm.ptr -> f32
        %v1677 = arith.addi %v1507, %v240 : i64
        %v1678 = arith.constant true
        %v1679 = llvm.getelementptr %v9[%v1677] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1680 = llvm.load %v1679 : !llvm.ptr<3> -> i64
        %v1681 = arith.addi %v1506, %v1508 : i64
        %v1682 = arith.cmpi slt, %v1681, %v56 : i64
        %v1683 = arith.subi %size_L, %v1 : i64
        %v1684 = arith.minsi %v1681, %v1683 : i64
        %v1685 = arith.addi %v1680, %v1684 : i64
        %v1686 = arith.muli %v1677, %v68 : i64
        %v1687 = arith.addi %v1686, %v1508 : i64
        %v1688 = llvm.getelementptr %in_x[%v1685] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1689 = llvm.load %v1688 : !llvm.ptr -> f32
        %v1690 = arith.addi %v1507, %v254 : i64
        %v1691 = arith.constant true
        %v1692 = llvm.getelementptr %v9[%v1690] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1693 = llvm.load %v1692 : !llvm.ptr<3> -> i64
        %v1694 = arith.addi %v1506, %v1508 : i64
        %v1695 = arith.cmpi slt, %v1694, %v56 : i64
        %v1696 = arith.subi %size_L, %v1 : i64
        %v1697 = arith.minsi %v1694, %v1696 : i64
        %v1698 = arith.addi %v1693, %v1697 : i64
        %v1699 = arith.muli %v1690, %v68 : i64
        %v1700 = arith.addi %v1699, %v1508 : i64
        %v1701 = llvm.getelementptr %in_x[%v1698] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1702 = llvm.load %v1701 : !llvm.ptr -> f32
        %v1703 = arith.addi %v1507, %v268 : i64
        %v1704 = arith.constant true
        %v1705 = llvm.getelementptr %v9[%v1703] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1706 = llvm.load %v1705 : !llvm.ptr<3> -> i64
        %v1707 = arith.addi %v1506, %v1508 : i64
        %v1708 = arith.cmpi slt, %v1707, %v56 : i64
        %v1709 = arith.subi %size_L, %v1 : i64
        %v1710 = arith.minsi %v1707, %v1709 : i64
        %v1711 = arith.addi %v1706, %v1710 : i64
        %v1712 = arith.muli %v1703, %v68 : i64
        %v1713 = arith.addi %v1712, %v1508 : i64
        %v1714 = llvm.getelementptr %in_x[%v1711] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1715 = llvm.load %v1714 : !llvm.ptr -> f32
        %v1716 = arith.addi %v1507, %v57 : i64
        %v1717 = arith.constant true
        %v1718 = llvm.getelementptr %v9[%v1716] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1719 = llvm.load %v1718 : !llvm.ptr<3> -> i64
        %v1720 = arith.addi %v1506, %v1508 : i64
        %v1721 = arith.cmpi slt, %v1720, %v56 : i64
        %v1722 = arith.subi %size_L, %v1 : i64
        %v1723 = arith.minsi %v1720, %v1722 : i64
        %v1724 = arith.addi %v1719, %v1723 : i64
        %v1725 = arith.muli %v1716, %v68 : i64
        %v1726 = arith.addi %v1725, %v1508 : i64
        %v1727 = llvm.getelementptr %in_x[%v1724] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1728 = llvm.load %v1727 : !llvm.ptr -> f32
        %v1729 = arith.addi %v1507, %v295 : i64
        %v1730 = arith.constant true
        %v1731 = llvm.getelementptr %v9[%v1729] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1732 = llvm.load %v1731 : !llvm.ptr<3> -> i64
        %v1733 = arith.addi %v1506, %v1508 : i64
        %v1734 = arith.cmpi slt, %v1733, %v56 : i64
        %v1735 = arith.subi %size_L, %v1 : i64
        %v1736 = arith.minsi %v1733, %v1735 : i64
        %v1737 = arith.addi %v1732, %v1736 : i64
        %v1738 = arith.muli %v1729, %v68 : i64
        %v1739 = arith.addi %v1738, %v1508 : i64
        %v1740 = llvm.getelementptr %in_x[%v1737] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1741 = llvm.load %v1740 : !llvm.ptr -> f32
        %v1742 = arith.addi %v1507, %v309 : i64
        %v1743 = arith.constant true
        %v1744 = llvm.getelementptr %v9[%v1742] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1745 = llvm.load %v1744 : !llvm.ptr<3> -> i64
        %v1746 = arith.addi %v1506, %v1508 : i64
        %v1747 = arith.cmpi slt, %v1746, %v56 : i64
        %v1748 = arith.subi %size_L, %v1 : i64
        %v1749 = arith.minsi %v1746, %v1748 : i64
        %v1750 = arith.addi %v1745, %v1749 : i64
        %v1751 = arith.muli %v1742, %v68 : i64
        %v1752 = arith.addi %v1751, %v1508 : i64
        %v1753 = llvm.getelementptr %in_x[%v1750] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1754 = llvm.load %v1753 : !llvm.ptr -> f32
        %v1755 = arith.addi %v1507, %v323 : i64
        %v1756 = arith.constant true
        %v1757 = llvm.getelementptr %v9[%v1755] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1758 = llvm.load %v1757 : !llvm.ptr<3> -> i64
        %v1759 = arith.addi %v1506, %v1508 : i64
        %v1760 = arith.cmpi slt, %v1759, %v56 : i64
        %v1761 = arith.subi %size_L, %v1 : i64
        %v1762 = arith.minsi %v1759, %v1761 : i64
        %v1763 = arith.addi %v1758, %v1762 : i64
        %v1764 = arith.muli %v1755, %v68 : i64
        %v1765 = arith.addi %v1764, %v1508 : i64
        %v1766 = llvm.getelementptr %in_x[%v1763] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1767 = llvm.load %v1766 : !llvm.ptr -> f32
        %v1768 = arith.addi %v1507, %v337 : i64
        %v1769 = arith.constant true
        %v1770 = llvm.getelementptr %v9[%v1768] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1771 = llvm.load %v1770 : !llvm.ptr<3> -> i64
        %v1772 = arith.addi %v1506, %v1508 : i64
        %v1773 = arith.cmpi slt, %v1772, %v56 : i64
        %v1774 = arith.subi %size_L, %v1 : i64
        %v1775 = arith.minsi %v1772, %v1774 : i64
        %v1776 = arith.addi %v1771, %v1775 : i64
        %v1777 = arith.muli %v1768, %v68 : i64
        %v1778 = arith.addi %v1777, %v1508 : i64
        %v1779 = llvm.getelementptr %in_x[%v1776] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1780 = llvm.load %v1779 : !llvm.ptr -> f32
        %v1781 = arith.addi %v1507, %v351 : i64
        %v1782 = arith.constant true
        %v1783 = llvm.getelementptr %v9[%v1781] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1784 = llvm.load %v1783 : !llvm.ptr<3> -> i64
        %v1785 = arith.addi %v1506, %v1508 : i64
        %v1786 = arith.cmpi slt, %v1785, %v56 : i64
        %v1787 = arith.subi %size_L, %v1 : i64
        %v1788 = arith.minsi %v1785, %v1787 : i64
        %v1789 = arith.addi %v1784, %v1788 : i64
        %v1790 = arith.muli %v1781, %v68 : i64
        %v1791 = arith.addi %v1790, %v1508 : i64
        %v1792 = llvm.getelementptr %in_x[%v1789] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1793 = llvm.load %v1792 : !llvm.ptr -> f32
        %v1794 = arith.addi %v1507, %v365 : i64
        %v1795 = arith.constant true
        %v1796 = llvm.getelementptr %v9[%v1794] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1797 = llvm.load %v1796 : !llvm.ptr<3> -> i64
        %v1798 = arith.addi %v1506, %v1508 : i64
        %v1799 = arith.cmpi slt, %v1798, %v56 : i64
        %v1800 = arith.subi %size_L, %v1 : i64
        %v1801 = arith.minsi %v1798, %v1800 : i64
        %v1802 = arith.addi %v1797, %v1801 : i64
        %v1803 = arith.muli %v1794, %v68 : i64
        %v1804 = arith.addi %v1803, %v1508 : i64
        %v1805 = llvm.getelementptr %in_x[%v1802] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1806 = llvm.load %v1805 : !llvm.ptr -> f32
        %v1807 = arith.addi %v1507, %v379 : i64
        %v1808 = arith.constant true
        %v1809 = llvm.getelementptr %v9[%v1807] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1810 = llvm.load %v1809 : !llvm.ptr<3> -> i64
        %v1811 = arith.addi %v1506, %v1508 : i64
        %v1812 = arith.cmpi slt, %v1811, %v56 : i64
        %v1813 = arith.subi %size_L, %v1 : i64
        %v1814 = arith.minsi %v1811, %v1813 : i64
        %v1815 = arith.addi %v1810, %v1814 : i64
        %v1816 = arith.muli %v1807, %v68 : i64
        %v1817 = arith.addi %v1816, %v1508 : i64
        %v1818 = llvm.getelementptr %in_x[%v1815] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1819 = llvm.load %v1818 : !llvm.ptr -> f32
        %v1820 = arith.addi %v1507, %v393 : i64
        %v1821 = arith.constant true
        %v1822 = llvm.getelementptr %v9[%v1820] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1823 = llvm.load %v1822 : !llvm.ptr<3> -> i64
        %v1824 = arith.addi %v1506, %v1508 : i64
        %v1825 = arith.cmpi slt, %v1824, %v56 : i64
        %v1826 = arith.subi %size_L, %v1 : i64
        %v1827 = arith.minsi %v1824, %v1826 : i64
        %v1828 = arith.addi %v1823, %v1827 : i64
        %v1829 = arith.muli %v1820, %v68 : i64
        %v1830 = arith.addi %v1829, %v1508 : i64
        %v1831 = llvm.getelementptr %in_x[%v1828] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1832 = llvm.load %v1831 : !llvm.ptr -> f32
        %v1833 = arith.addi %v1507, %v407 : i64
        %v1834 = arith.constant true
        %v1835 = llvm.getelementptr %v9[%v1833] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1836 = llvm.load %v1835 : !llvm.ptr<3> -> i64
        %v1837 = arith.addi %v1506, %v1508 : i64
        %v1838 = arith.cmpi slt, %v1837, %v56 : i64
        %v1839 = arith.subi %size_L, %v1 : i64
        %v1840 = arith.minsi %v1837, %v1839 : i64
        %v1841 = arith.addi %v1836, %v1840 : i64
        %v1842 = arith.muli %v1833, %v68 : i64
        %v1843 = arith.addi %v1842, %v1508 : i64
        %v1844 = llvm.getelementptr %in_x[%v1841] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1845 = llvm.load %v1844 : !llvm.ptr -> f32
        %v1846 = arith.addi %v1507, %v421 : i64
        %v1847 = arith.constant true
        %v1848 = llvm.getelementptr %v9[%v1846] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1849 = llvm.load %v1848 : !llvm.ptr<3> -> i64
        %v1850 = arith.addi %v1506, %v1508 : i64
        %v1851 = arith.cmpi slt, %v1850, %v56 : i64
        %v1852 = arith.subi %size_L, %v1 : i64
        %v1853 = arith.minsi %v1850, %v1852 : i64
        %v1854 = arith.addi %v1849, %v1853 : i64
        %v1855 = arith.muli %v1846, %v68 : i64
        %v1856 = arith.addi %v1855, %v1508 : i64
        %v1857 = llvm.getelementptr %in_x[%v1854] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1858 = llvm.load %v1857 : !llvm.ptr -> f32
        %v1859 = arith.addi %v1507, %v435 : i64
        %v1860 = arith.constant true
        %v1861 = llvm.getelementptr %v9[%v1859] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1862 = llvm.load %v1861 : !llvm.ptr<3> -> i64
        %v1863 = arith.addi %v1506, %v1508 : i64
        %v1864 = arith.cmpi slt, %v1863, %v56 : i64
        %v1865 = arith.subi %size_L, %v1 : i64
        %v1866 = arith.minsi %v1863, %v1865 : i64
        %v1867 = arith.addi %v1862, %v1866 : i64
        %v1868 = arith.muli %v1859, %v68 : i64
        %v1869 = arith.addi %v1868, %v1508 : i64
        %v1870 = llvm.getelementptr %in_x[%v1867] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1871 = llvm.load %v1870 : !llvm.ptr -> f32
        %v1872 = arith.addi %v1507, %v449 : i64
        %v1873 = arith.constant true
        %v1874 = llvm.getelementptr %v9[%v1872] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1875 = llvm.load %v1874 : !llvm.ptr<3> -> i64
        %v1876 = arith.addi %v1506, %v1508 : i64
        %v1877 = arith.cmpi slt, %v1876, %v56 : i64
        %v1878 = arith.subi %size_L, %v1 : i64
        %v1879 = arith.minsi %v1876, %v1878 : i64
        %v1880 = arith.addi %v1875, %v1879 : i64
        %v1881 = arith.muli %v1872, %v68 : i64
        %v1882 = arith.addi %v1881, %v1508 : i64
        %v1883 = llvm.getelementptr %in_x[%v1880] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1884 = llvm.load %v1883 : !llvm.ptr -> f32
        %v1885 = arith.addi %v1507, %v463 : i64
        %v1886 = arith.constant true
        %v1887 = llvm.getelementptr %v9[%v1885] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1888 = llvm.load %v1887 : !llvm.ptr<3> -> i64
        %v1889 = arith.addi %v1506, %v1508 : i64
        %v1890 = arith.cmpi slt, %v1889, %v56 : i64
        %v1891 = arith.subi %size_L, %v1 : i64
        %v1892 = arith.minsi %v1889, %v1891 : i64
        %v1893 = arith.addi %v1888, %v1892 : i64
        %v1894 = arith.muli %v1885, %v68 : i64
        %v1895 = arith.addi %v1894, %v1508 : i64
        %v1896 = llvm.getelementptr %in_x[%v1893] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1897 = llvm.load %v1896 : !llvm.ptr -> f32
        %v1898 = arith.addi %v1507, %v477 : i64
        %v1899 = arith.constant true
        %v1900 = llvm.getelementptr %v9[%v1898] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1901 = llvm.load %v1900 : !llvm.ptr<3> -> i64
        %v1902 = arith.addi %v1506, %v1508 : i64
        %v1903 = arith.cmpi slt, %v1902, %v56 : i64
        %v1904 = arith.subi %size_L, %v1 : i64
        %v1905 = arith.minsi %v1902, %v1904 : i64
        %v1906 = arith.addi %v1901, %v1905 : i64
        %v1907 = arith.muli %v1898, %v68 : i64
        %v1908 = arith.addi %v1907, %v1508 : i64
        %v1909 = llvm.getelementptr %in_x[%v1906] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1910 = llvm.load %v1909 : !llvm.ptr -> f32
        %v1911 = arith.addi %v1507, %v491 : i64
        %v1912 = arith.constant true
        %v1913 = llvm.getelementptr %v9[%v1911] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1914 = llvm.load %v1913 : !llvm.ptr<3> -> i64
        %v1915 = arith.addi %v1506, %v1508 : i64
        %v1916 = arith.cmpi slt, %v1915, %v56 : i64
        %v1917 = arith.subi %size_L, %v1 : i64
        %v1918 = arith.minsi %v1915, %v1917 : i64
        %v1919 = arith.addi %v1914, %v1918 : i64
        %v1920 = arith.muli %v1911, %v68 : i64
        %v1921 = arith.addi %v1920, %v1508 : i64
        %v1922 = llvm.getelementptr %in_x[%v1919] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1923 = llvm.load %v1922 : !llvm.ptr -> f32
        %v1924 = arith.divui %v17, %v57 : i64
        %v1925 = arith.remui %v17, %v57 : i64
        %v1926 = arith.constant true
        %v1927 = arith.addi %v19, %v1924 : i64
        %v1928 = llvm.getelementptr %v9[%v1927] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1929 = llvm.load %v1928 : !llvm.ptr<3> -> i64
        %v1930 = arith.addi %v1506, %v1925 : i64
        %v1931 = arith.cmpi slt, %v1930, %v56 : i64
        %v1932 = arith.subi %size_L, %v1 : i64
        %v1933 = arith.minsi %v1930, %v1932 : i64
        %v1934 = arith.addi %v1929, %v1933 : i64
        %v1935 = arith.muli %v1927, %v68 : i64
        %v1936 = arith.addi %v1935, %v1925 : i64
        %v1937 = llvm.getelementptr %in_rho[%v1934] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1938 = llvm.load %v1937 : !llvm.ptr -> f32
        %v1939 = arith.addi %v1924, %v48 : i64
        %v1940 = arith.constant true
        %v1941 = arith.addi %v19, %v1939 : i64
        %v1942 = llvm.getelementptr %v9[%v1941] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1943 = llvm.load %v1942 : !llvm.ptr<3> -> i64
        %v1944 = arith.addi %v1506, %v1925 : i64
        %v1945 = arith.cmpi slt, %v1944, %v56 : i64
        %v1946 = arith.subi %size_L, %v1 : i64
        %v1947 = arith.minsi %v1944, %v1946 : i64
        %v1948 = arith.addi %v1943, %v1947 : i64
        %v1949 = arith.muli %v1941, %v68 : i64
        %v1950 = arith.addi %v1949, %v1925 : i64
        %v1951 = llvm.getelementptr %in_rho[%v1948] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1952 = llvm.load %v1951 : !llvm.ptr -> f32
        %v1953 = arith.addi %v1924, %v86 : i64
        %v1954 = arith.constant true
        %v1955 = arith.addi %v19, %v1953 : i64
        %v1956 = llvm.getelementptr %v9[%v1955] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1957 = llvm.load %v1956 : !llvm.ptr<3> -> i64
        %v1958 = arith.addi %v1506, %v1925 : i64
        %v1959 = arith.cmpi slt, %v1958, %v56 : i64
        %v1960 = arith.subi %size_L, %v1 : i64
        %v1961 = arith.minsi %v1958, %v1960 : i64
        %v1962 = arith.addi %v1957, %v1961 : i64
        %v1963 = arith.muli %v1955, %v68 : i64
        %v1964 = arith.addi %v1963, %v1925 : i64
        %v1965 = llvm.getelementptr %in_rho[%v1962] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1966 = llvm.load %v1965 : !llvm.ptr -> f32
        %v1967 = arith.addi %v1924, %v100 : i64
        %v1968 = arith.constant true
        %v1969 = arith.addi %v19, %v1967 : i64
        %v1970 = llvm.getelementptr %v9[%v1969] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1971 = llvm.load %v1970 : !llvm.ptr<3> -> i64
        %v1972 = arith.addi %v1506, %v1925 : i64
        %v1973 = arith.cmpi slt, %v1972, %v56 : i64
        %v1974 = arith.subi %size_L, %v1 : i64
        %v1975 = arith.minsi %v1972, %v1974 : i64
        %v1976 = arith.addi %v1971, %v1975 : i64
        %v1977 = arith.muli %v1969, %v68 : i64
        %v1978 = arith.addi %v1977, %v1925 : i64
        %v1979 = llvm.getelementptr %in_rho[%v1976] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1980 = llvm.load %v1979 : !llvm.ptr -> f32
        %v1981 = arith.addi %v1924, %v114 : i64
        %v1982 = arith.constant true
        %v1983 = arith.addi %v19, %v1981 : i64
        %v1984 = llvm.getelementptr %v9[%v1983] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1985 = llvm.load %v1984 : !llvm.ptr<3> -> i64
        %v1986 = arith.addi %v1506, %v1925 : i64
        %v1987 = arith.cmpi slt, %v1986, %v56 : i64
        %v1988 = arith.subi %size_L, %v1 : i64
        %v1989 = arith.minsi %v1986, %v1988 : i64
        %v1990 = arith.addi %v1985, %v1989 : i64
        %v1991 = arith.muli %v1983, %v68 : i64
        %v1992 = arith.addi %v1991, %v1925 : i64
        %v1993 = llvm.getelementptr %in_rho[%v1990] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1994 = llvm.load %v1993 : !llvm.ptr -> f32
        %v1995 = arith.addi %v1924, %v128 : i64
        %v1996 = arith.constant true
        %v1997 = arith.addi %v19, %v1995 : i64
        %v1998 = llvm.getelementptr %v9[%v1997] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1999 = llvm.load %v1998 : !llvm.ptr<3> -> i64
        %v2000 = arith.addi %v1506, %v1925 : i64
        %v2001 = arith.cmpi slt, %v2000, %v56 : i64
        %v2002 = arith.subi %size_L, %v1 : i64
        %v2003 = arith.minsi %v2000, %v2002 : i64
        %v2004 = arith.addi %v1999, %v2003 : i64
        %v2005 = arith.muli %v1997, %v68 : i64
        %v2006 = arith.addi %v2005, %v1925 : i64
        %v2007 = llvm.getelementptr %in_rho[%v2004] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2008 = llvm.load %v2007 : !llvm.ptr -> f32
        %v2009 = arith.addi %v1924, %v142 : i64
        %v2010 = arith.constant true
        %v2011 = arith.addi %v19, %v2009 : i64
        %v2012 = llvm.getelementptr %v9[%v2011] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2013 = llvm.load %v2012 : !llvm.ptr<3> -> i64
        %v2014 = arith.addi %v1506, %v1925 : i64
        %v2015 = arith.cmpi slt, %v2014, %v56 : i64
        %v2016 = arith.subi %size_L, %v1 : i64
        %v2017 = arith.minsi %v2014, %v2016 : i64
        %v2018 = arith.addi %v2013, %v2017 : i64
        %v2019 = arith.muli %v2011, %v68 : i64
        %v2020 = arith.addi %v2019, %v1925 : i64
        %v2021 = llvm.getelementptr %in_rho[%v2018] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2022 = llvm.load %v2021 : !llvm.ptr -> f32
        %v2023 = arith.addi %v1924, %v156 : i64
        %v2024 = arith.constant true
        %v2025 = arith.addi %v19, %v2023 : i64
        %v2026 = llvm.getelementptr %v9[%v2025] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2027 = llvm.load %v2026 : !llvm.ptr<3> -> i64
        %v2028 = arith.addi %v1506, %v1925 : i64
        %v2029 = arith.cmpi slt, %v2028, %v56 : i64
        %v2030 = arith.subi %size_L, %v1 : i64
        %v2031 = arith.minsi %v2028, %v2030 : i64
        %v2032 = arith.addi %v2027, %v2031 : i64
        %v2033 = arith.muli %v2025, %v68 : i64
        %v2034 = arith.addi %v2033, %v1925 : i64
        %v2035 = llvm.getelementptr %in_rho[%v2032] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2036 = llvm.load %v2035 : !llvm.ptr -> f32
        %v2037 = arith.addi %v1924, %v170 : i64
        %v2038 = arith.constant true
        %v2039 = arith.addi %v19, %v2037 : i64
        %v2040 = llvm.getelementptr %v9[%v2039] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2041 = llvm.load %v2040 : !llvm.ptr<3> -> i64
        %v2042 = arith.addi %v1506, %v1925 : i64
        %v2043 = arith.cmpi slt, %v2042, %v56 : i64
        %v2044 = arith.subi %size_L, %v1 : i64
        %v2045 = arith.minsi %v2042, %v2044 : i64
        %v2046 = arith.addi %v2041, %v2045 : i64
        %v2047 = arith.muli %v2039, %v68 : i64
        %v2048 = arith.addi %v2047, %v1925 : i64
        %v2049 = llvm.getelementptr %in_rho[%v2046] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2050 = llvm.load %v2049 : !llvm.ptr -> f32
        %v2051 = arith.addi %v1924, %v184 : i64
        %v2052 = arith.constant true
        %v2053 = arith.addi %v19, %v2051 : i64
        %v2054 = llvm.getelementptr %v9[%v2053] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2055 = llvm.load %v2054 : !llvm.ptr<3> -> i64
        %v2056 = arith.addi %v1506, %v1925 : i64
        %v2057 = arith.cmpi slt, %v2056, %v56 : i64
        %v2058 = arith.subi %size_L, %v1 : i64
        %v2059 = arith.minsi %v2056, %v2058 : i64
        %v2060 = arith.addi %v2055, %v2059 : i64
        %v2061 = arith.muli %v2053, %v68 : i64
        %v2062 = arith.addi %v2061, %v1925 : i64
        %v2063 = llvm.getelementptr %in_rho[%v2060] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2064 = llvm.load %v2063 : !llvm.ptr -> f32
        %v2065 = arith.addi %v1924, %v198 : i64
        %v2066 = arith.constant true
        %v2067 = arith.addi %v19, %v2065 : i64
        %v2068 = llvm.getelementptr %v9[%v2067] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2069 = llvm.load %v2068 : !llvm.ptr<3> -> i64
        %v2070 = arith.addi %v1506, %v1925 : i64
        %v2071 = arith.cmpi slt, %v2070, %v56 : i64
        %v2072 = arith.subi %size_L, %v1 : i64
        %v2073 = arith.minsi %v2070, %v2072 : i64
        %v2074 = arith.addi %v2069, %v2073 : i64
        %v2075 = arith.muli %v2067, %v68 : i64
        %v2076 = arith.addi %v2075, %v1925 : i64
        %v2077 = llvm.getelementptr %in_rho[%v2074] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2078 = llvm.load %v2077 : !llvm.ptr -> f32
        %v2079 = arith.addi %v1924, %v212 : i64
        %v2080 = arith.constant true
        %v2081 = arith.addi %v19, %v2079 : i64
        %v2082 = llvm.getelementptr %v9[%v2081] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2083 = llvm.load %v2082 : !llvm.ptr<3> -> i64
        %v2084 = arith.addi %v1506, %v1925 : i64
        %v2085 = arith.cmpi slt, %v2084, %v56 : i64
        %v2086 = arith.subi %size_L, %v1 : i64
        %v2087 = arith.minsi %v2084, %v2086 : i64
        %v2088 = arith.addi %v2083, %v2087 : i64
        %v2089 = arith.muli %v2081, %v68 : i64
        %v2090 = arith.addi %v2089, %v1925 : i64
        %v2091 = llvm.getelementptr %in_rho[%v2088] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2092 = llvm.load %v2091 : !llvm.ptr -> f32
        %v2093 = arith.addi %v1924, %v226 : i64
        %v2094 = arith.constant true
        %v2095 = arith.addi %v19, %v2093 : i64
        %v2096 = llvm.getelementptr %v9[%v2095] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2097 = llvm.load %v2096 : !llvm.ptr<3> -> i64
        %v2098 = arith.addi %v1506, %v1925 : i64
        %v2099 = arith.cmpi slt, %v2098, %v56 : i64
        %v2100 = arith.subi %size_L, %v1 : i64
        %v2101 = arith.minsi %v2098, %v2100 : i64
        %v2102 = arith.addi %v2097, %v2101 : i64
        %v2103 = arith.muli %v2095, %v68 : i64
        %v2104 = arith.addi %v2103, %v1925 : i64
        %v2105 = llvm.getelementptr %in_rho[%v2102] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2106 = llvm.load %v2105 : !llvm.ptr -> f32
        %v2107 = arith.addi %v1924, %v240 : i64
        %v2108 = arith.constant true
        %v2109 = arith.addi %v19, %v2107 : i64
        %v2110 = llvm.getelementptr %v9[%v2109] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2111 = llvm.load %v2110 : !llvm.ptr<3> -> i64
        %v2112 = arith.addi %v1506, %v1925 : i64
        %v2113 = arith.cmpi slt, %v2112, %v56 : i64
        %v2114 = arith.subi %size_L, %v1 : i64
        %v2115 = arith.minsi %v2112, %v2114 : i64
        %v2116 = arith.addi %v2111, %v2115 : i64
        %v2117 = arith.muli %v2109, %v68 : i64
        %v2118 = arith.addi %v2117, %v1925 : i64
        %v2119 = llvm.getelementptr %in_rho[%v2116] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2120 = llvm.load %v2119 : !llvm.ptr -> f32
        %v2121 = arith.addi %v1924, %v254 : i64
        %v2122 = arith.constant true
        %v2123 = arith.addi %v19, %v2121 : i64
        %v2124 = llvm.getelementptr %v9[%v2123] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2125 = llvm.load %v2124 : !llvm.ptr<3> -> i64
        %v2126 = arith.addi %v1506, %v1925 : i64
        %v2127 = arith.cmpi slt, %v2126, %v56 : i64
        %v2128 = arith.subi %size_L, %v1 : i64
        %v2129 = arith.minsi %v2126, %v2128 : i64
        %v2130 = arith.addi %v2125, %v2129 : i64
        %v2131 = arith.muli %v2123, %v68 : i64
        %v2132 = arith.addi %v2131, %v1925 : i64
        %v2133 = llvm.getelementptr %in_rho[%v2130] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2134 = llvm.load %v2133 : !llvm.ptr -> f32
        %v2135 = arith.addi %v1924, %v268 : i64
        %v2136 = arith.constant true
        %v2137 = arith.addi %v19, %v2135 : i64
        %v2138 = llvm.getelementptr %v9[%v2137] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2139 = llvm.load %v2138 : !llvm.ptr<3> -> i64
        %v2140 = arith.addi %v1506, %v1925 : i64
        %v2141 = arith.cmpi slt, %v2140, %v56 : i64
        %v2142 = arith.subi %size_L, %v1 : i64
        %v2143 = arith.minsi %v2140, %v2142 : i64
        %v2144 = arith.addi %v2139, %v2143 : i64
        %v2145 = arith.muli %v2137, %v68 : i64
        %v2146 = arith.addi %v2145, %v1925 : i64
        %v2147 = llvm.getelementptr %in_rho[%v2144] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2148 = llvm.load %v2147 : !llvm.ptr -> f32
        %v2149 = arith.addi %v1924, %v57 : i64
        %v2150 = arith.constant true
        %v2151 = arith.addi %v19, %v2149 : i64
        %v2152 = llvm.getelementptr %v9[%v2151] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2153 = llvm.load %v2152 : !llvm.ptr<3> -> i64
        %v2154 = arith.addi %v1506, %v1925 : i64
        %v2155 = arith.cmpi slt, %v2154, %v56 : i64
        %v2156 = arith.subi %size_L, %v1 : i64
        %v2157 = arith.minsi %v2154, %v2156 : i64
        %v2158 = arith.addi %v2153, %v2157 : i64
        %v2159 = arith.muli %v2151, %v68 : i64
        %v2160 = arith.addi %v2159, %v1925 : i64
        %v2161 = llvm.getelementptr %in_rho[%v2158] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2162 = llvm.load %v2161 : !llvm.ptr -> f32
        %v2163 = arith.addi %v1924, %v295 : i64
        %v2164 = arith.constant true
        %v2165 = arith.addi %v19, %v2163 : i64
        %v2166 = llvm.getelementptr %v9[%v2165] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2167 = llvm.load %v2166 : !llvm.ptr<3> -> i64
        %v2168 = arith.addi %v1506, %v1925 : i64
        %v2169 = arith.cmpi slt, %v2168, %v56 : i64
        %v2170 = arith.subi %size_L, %v1 : i64
        %v2171 = arith.minsi %v2168, %v2170 : i64
        %v2172 = arith.addi %v2167, %v2171 : i64
        %v2173 = arith.muli %v2165, %v68 : i64
        %v2174 = arith.addi %v2173, %v1925 : i64
        %v2175 = llvm.getelementptr %in_rho[%v2172] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2176 = llvm.load %v2175 : !llvm.ptr -> f32
        %v2177 = arith.addi %v1924, %v309 : i64
        %v2178 = arith.constant true
        %v2179 = arith.addi %v19, %v2177 : i64
        %v2180 = llvm.getelementptr %v9[%v2179] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2181 = llvm.load %v2180 : !llvm.ptr<3> -> i64
        %v2182 = arith.addi %v1506, %v1925 : i64
        %v2183 = arith.cmpi slt, %v2182, %v56 : i64
        %v2184 = arith.subi %size_L, %v1 : i64
        %v2185 = arith.minsi %v2182, %v2184 : i64
        %v2186 = arith.addi %v2181, %v2185 : i64
        %v2187 = arith.muli %v2179, %v68 : i64
        %v2188 = arith.addi %v2187, %v1925 : i64
        %v2189 = llvm.getelementptr %in_rho[%v2186] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2190 = llvm.load %v2189 : !llvm.ptr -> f32
        %v2191 = arith.addi %v1924, %v323 : i64
        %v2192 = arith.constant true
        %v2193 = arith.addi %v19, %v2191 : i64
        %v2194 = llvm.getelementptr %v9[%v2193] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2195 = llvm.load %v2194 : !llvm.ptr<3> -> i64
        %v2196 = arith.addi %v1506, %v1925 : i64
        %v2197 = arith.cmpi slt, %v2196, %v56 : i64
        %v2198 = arith.subi %size_L, %v1 : i64
        %v2199 = arith.minsi %v2196, %v2198 : i64
        %v2200 = arith.addi %v2195, %v2199 : i64
        %v2201 = arith.muli %v2193, %v68 : i64
        %v2202 = arith.addi %v2201, %v1925 : i64
        %v2203 = llvm.getelementptr %in_rho[%v2200] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2204 = llvm.load %v2203 : !llvm.ptr -> f32
        %v2205 = arith.addi %v1924, %v337 : i64
        %v2206 = arith.constant true
        %v2207 = arith.addi %v19, %v2205 : i64
        %v2208 = llvm.getelementptr %v9[%v2207] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2209 = llvm.load %v2208 : !llvm.ptr<3> -> i64
        %v2210 = arith.addi %v1506, %v1925 : i64
        %v2211 = arith.cmpi slt, %v2210, %v56 : i64
        %v2212 = arith.subi %size_L, %v1 : i64
        %v2213 = arith.minsi %v2210, %v2212 : i64
        %v2214 = arith.addi %v2209, %v2213 : i64
        %v2215 = arith.muli %v2207, %v68 : i64
        %v2216 = arith.addi %v2215, %v1925 : i64
        %v2217 = llvm.getelementptr %in_rho[%v2214] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2218 = llvm.load %v2217 : !llvm.ptr -> f32
        %v2219 = arith.addi %v1924, %v351 : i64
        %v2220 = arith.constant true
        %v2221 = arith.addi %v19, %v2219 : i64
        %v2222 = llvm.getelementptr %v9[%v2221] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2223 = llvm.load %v2222 : !llvm.ptr<3> -> i64
        %v2224 = arith.addi %v1506, %v1925 : i64
        %v2225 = arith.cmpi slt, %v2224, %v56 : i64
        %v2226 = arith.subi %size_L, %v1 : i64
        %v2227 = arith.minsi %v2224, %v2226 : i64
        %v2228 = arith.addi %v2223, %v2227 : i64
        %v2229 = arith.muli %v2221, %v68 : i64
        %v2230 = arith.addi %v2229, %v1925 : i64
        %v2231 = llvm.getelementptr %in_rho[%v2228] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2232 = llvm.load %v2231 : !llvm.ptr -> f32
        %v2233 = arith.addi %v1924, %v365 : i64
        %v2234 = arith.constant true
        %v2235 = arith.addi %v19, %v2233 : i64
        %v2236 = llvm.getelementptr %v9[%v2235] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2237 = llvm.load %v2236 : !llvm.ptr<3> -> i64
        %v2238 = arith.addi %v1506, %v1925 : i64
        %v2239 = arith.cmpi slt, %v2238, %v56 : i64
        %v2240 = arith.subi %size_L, %v1 : i64
        %v2241 = arith.minsi %v2238, %v2240 : i64
        %v2242 = arith.addi %v2237, %v2241 : i64
        %v2243 = arith.muli %v2235, %v68 : i64
        %v2244 = arith.addi %v2243, %v1925 : i64
        %v2245 = llvm.getelementptr %in_rho[%v2242] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2246 = llvm.load %v2245 : !llvm.ptr -> f32
        %v2247 = arith.addi %v1924, %v379 : i64
        %v2248 = arith.constant true
        %v2249 = arith.addi %v19, %v2247 : i64
        %v2250 = llvm.getelementptr %v9[%v2249] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2251 = llvm.load %v2250 : !llvm.ptr<3> -> i64
        %v2252 = arith.addi %v1506, %v1925 : i64
        %v2253 = arith.cmpi slt, %v2252, %v56 : i64
        %v2254 = arith.subi %size_L, %v1 : i64
        %v2255 = arith.minsi %v2252, %v2254 : i64
        %v2256 = arith.addi %v2251, %v2255 : i64
        %v2257 = arith.muli %v2249, %v68 : i64
        %v2258 = arith.addi %v2257, %v1925 : i64
        %v2259 = llvm.getelementptr %in_rho[%v2256] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2260 = llvm.load %v2259 : !llvm.ptr -> f32
        %v2261 = arith.addi %v1924, %v393 : i64
        %v2262 = arith.constant true
        %v2263 = arith.addi %v19, %v2261 : i64
        %v2264 = llvm.getelementptr %v9[%v2263] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2265 = llvm.load %v2264 : !llvm.ptr<3> -> i64
        %v2266 = arith.addi %v1506, %v1925 : i64
        %v2267 = arith.cmpi slt, %v2266, %v56 : i64
        %v2268 = arith.subi %size_L, %v1 : i64
        %v2269 = arith.minsi %v2266, %v2268 : i64
        %v2270 = arith.addi %v2265, %v2269 : i64
        %v2271 = arith.muli %v2263, %v68 : i64
        %v2272 = arith.addi %v2271, %v1925 : i64
        %v2273 = llvm.getelementptr %in_rho[%v2270] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2274 = llvm.load %v2273 : !llvm.ptr -> f32
        %v2275 = arith.addi %v1924, %v407 : i64
        %v2276 = arith.constant true
        %v2277 = arith.addi %v19, %v2275 : i64
        %v2278 = llvm.getelementptr %v9[%v2277] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2279 = llvm.load %v2278 : !llvm.ptr<3> -> i64
        %v2280 = arith.addi %v1506, %v1925 : i64
        %v2281 = arith.cmpi slt, %v2280, %v56 : i64
        %v2282 = arith.subi %size_L, %v1 : i64
        %v2283 = arith.minsi %v2280, %v2282 : i64
        %v2284 = arith.addi %v2279, %v2283 : i64
        %v2285 = arith.muli %v2277, %v68 : i64
        %v2286 = arith.addi %v2285, %v1925 : i64
        %v2287 = llvm.getelementptr %in_rho[%v2284] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2288 = llvm.load %v2287 : !llvm.ptr -> f32
        %v2289 = arith.addi %v1924, %v421 : i64
        %v2290 = arith.constant true
        %v2291 = arith.addi %v19, %v2289 : i64
        %v2292 = llvm.getelementptr %v9[%v2291] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2293 = llvm.load %v2292 : !llvm.ptr<3> -> i64
        %v2294 = arith.addi %v1506, %v1925 : i64
        %v2295 = arith.cmpi slt, %v2294, %v56 : i64
        %v2296 = arith.subi %size_L, %v1 : i64
        %v2297 = arith.minsi %v2294, %v2296 : i64
        %v2298 = arith.addi %v2293, %v2297 : i64
        %v2299 = arith.muli %v2291, %v68 : i64
        %v2300 = arith.addi %v2299, %v1925 : i64
        %v2301 = llvm.getelementptr %in_rho[%v2298] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2302 = llvm.load %v2301 : !llvm.ptr -> f32
        %v2303 = arith.addi %v1924, %v435 : i64
        %v2304 = arith.constant true
        %v2305 = arith.addi %v19, %v2303 : i64
        %v2306 = llvm.getelementptr %v9[%v2305] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2307 = llvm.load %v2306 : !llvm.ptr<3> -> i64
        %v2308 = arith.addi %v1506, %v1925 : i64
        %v2309 = arith.cmpi slt, %v2308, %v56 : i64
        %v2310 = arith.subi %size_L, %v1 : i64
        %v2311 = arith.minsi %v2308, %v2310 : i64
        %v2312 = arith.addi %v2307, %v2311 : i64
        %v2313 = arith.muli %v2305, %v68 : i64
        %v2314 = arith.addi %v2313, %v1925 : i64
        %v2315 = llvm.getelementptr %in_rho[%v2312] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2316 = llvm.load %v2315 : !llvm.ptr -> f32
        %v2317 = arith.addi %v1924, %v449 : i64
        %v2318 = arith.constant true
        %v2319 = arith.addi %v19, %v2317 : i64
        %v2320 = llvm.getelementptr %v9[%v2319] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2321 = llvm.load %v2320 : !llvm.ptr<3> -> i64
        %v2322 = arith.addi %v1506, %v1925 : i64
        %v2323 = arith.cmpi slt, %v2322, %v56 : i64
        %v2324 = arith.subi %size_L, %v1 : i64
        %v2325 = arith.minsi %v2322, %v2324 : i64
        %v2326 = arith.addi %v2321, %v2325 : i64
        %v2327 = arith.muli %v2319, %v68 : i64
        %v2328 = arith.addi %v2327, %v1925 : i64
        %v2329 = llvm.getelementptr %in_rho[%v2326] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2330 = llvm.load %v2329 : !llvm.ptr -> f32
        %v2331 = arith.addi %v1924, %v463 : i64
        %v2332 = arith.constant true
        %v2333 = arith.addi %v19, %v2331 : i64
        %v2334 = llvm.getelementptr %v9[%v2333] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2335 = llvm.load %v2334 : !llvm.ptr<3> -> i64
        %v2336 = arith.addi %v1506, %v1925 : i64
        %v2337 = arith.cmpi slt, %v2336, %v56 : i64
        %v2338 = arith.subi %size_L, %v1 : i64
        %v2339 = arith.minsi %v2336, %v2338 : i64
        %v2340 = arith.addi %v2335, %v2339 : i64
        %v2341 = arith.muli %v2333, %v68 : i64
        %v2342 = arith.addi %v2341, %v1925 : i64
        %v2343 = llvm.getelementptr %in_rho[%v2340] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2344 = llvm.load %v2343 : !llvm.ptr -> f32
        %v2345 = arith.addi %v1924, %v477 : i64
        %v2346 = arith.constant true
        %v2347 = arith.addi %v19, %v2345 : i64
        %v2348 = llvm.getelementptr %v9[%v2347] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2349 = llvm.load %v2348 : !llvm.ptr<3> -> i64
        %v2350 = arith.addi %v1506, %v1925 : i64
        %v2351 = arith.cmpi slt, %v2350, %v56 : i64
        %v2352 = arith.subi %size_L, %v1 : i64
        %v2353 = arith.minsi %v2350, %v2352 : i64
        %v2354 = arith.addi %v2349, %v2353 : i64
        %v2355 = arith.muli %v2347, %v68 : i64
        %v2356 = arith.addi %v2355, %v1925 : i64
        %v2357 = llvm.getelementptr %in_rho[%v2354] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2358 = llvm.load %v2357 : !llvm.ptr -> f32
        %v2359 = arith.addi %v1924, %v491 : i64
        %v2360 = arith.constant true
        %v2361 = arith.addi %v19, %v2359 : i64
        %v2362 = llvm.getelementptr %v9[%v2361] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2363 = llvm.load %v2362 : !llvm.ptr<3> -> i64
        %v2364 = arith.addi %v1506, %v1925 : i64
        %v2365 = arith.cmpi slt, %v2364, %v56 : i64
        %v2366 = arith.subi %size_L, %v1 : i64
        %v2367 = arith.minsi %v2364, %v2366 : i64
        %v2368 = arith.addi %v2363, %v2367 : i64
        %v2369 = arith.muli %v2361, %v68 : i64
        %v2370 = arith.addi %v2369, %v1925 : i64
        %v2371 = llvm.getelementptr %in_rho[%v2368] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2372 = llvm.load %v2371 : !llvm.ptr -> f32
        %v2373 = arith.divui %v17, %v57 : i64
        %v2374 = arith.remui %v17, %v57 : i64
        %v2375 = arith.constant true
        %v2376 = arith.addi %v49, %v2373 : i64
        %v2377 = llvm.getelementptr %v9[%v2376] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2378 = llvm.load %v2377 : !llvm.ptr<3> -> i64
        %v2379 = arith.addi %v1506, %v2374 : i64
        %v2380 = arith.cmpi slt, %v2379, %v56 : i64
        %v2381 = arith.subi %size_L, %v1 : i64
        %v2382 = arith.minsi %v2379, %v2381 : i64
        %v2383 = arith.addi %v2378, %v2382 : i64
        %v2384 = arith.muli %v2376, %v68 : i64
        %v2385 = arith.addi %v2384, %v2374 : i64
        %v2386 = llvm.getelementptr %in_theta[%v2383] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2387 = llvm.load %v2386 : !llvm.ptr -> f32
        %v2388 = arith.addi %v2373, %v48 : i64
        %v2389 = arith.constant true
        %v2390 = arith.addi %v49, %v2388 : i64
        %v2391 = llvm.getelementptr %v9[%v2390] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2392 = llvm.load %v2391 : !llvm.ptr<3> -> i64
        %v2393 = arith.addi %v1506, %v2374 : i64
        %v2394 = arith.cmpi slt, %v2393, %v56 : i64
        %v2395 = arith.subi %size_L, %v1 : i64
        %v2396 = arith.minsi %v2393, %v2395 : i64
        %v2397 = arith.addi %v2392, %v2396 : i64
        %v2398 = arith.muli %v2390, %v68 : i64
        %v2399 = arith.addi %v2398, %v2374 : i64
        %v2400 = llvm.getelementptr %in_theta[%v2397] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2401 = llvm.load %v2400 : !llvm.ptr -> f32
        %v2402 = arith.addi %v2373, %v86 : i64
        %v2403 = arith.constant true
        %v2404 = arith.addi %v49, %v2402 : i64
        %v2405 = llvm.getelementptr %v9[%v2404] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2406 = llvm.load %v2405 : !llvm.ptr<3> -> i64
        %v2407 = arith.addi %v1506, %v2374 : i64
        %v2408 = arith.cmpi slt, %v2407, %v56 : i64
        %v2409 = arith.subi %size_L, %v1 : i64
        %v2410 = arith.minsi %v2407, %v2409 : i64
        %v2411 = arith.addi %v2406, %v2410 : i64
        %v2412 = arith.muli %v2404, %v68 : i64
        %v2413 = arith.addi %v2412, %v2374 : i64
        %v2414 = llvm.getelementptr %in_theta[%v2411] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2415 = llvm.load %v2414 : !llvm.ptr -> f32
        %v2416 = arith.addi %v2373, %v100 : i64
        %v2417 = arith.constant true
        %v2418 = arith.addi %v49, %v2416 : i64
        %v2419 = llvm.getelementptr %v9[%v2418] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2420 = llvm.load %v2419 : !llvm.ptr<3> -> i64
        %v2421 = arith.addi %v1506, %v2374 : i64
        %v2422 = arith.cmpi slt, %v2421, %v56 : i64
        %v2423 = arith.subi %size_L, %v1 : i64
        %v2424 = arith.minsi %v2421, %v2423 : i64
        %v2425 = arith.addi %v2420, %v2424 : i64
        %v2426 = arith.muli %v2418, %v68 : i64
        %v2427 = arith.addi %v2426, %v2374 : i64
        %v2428 = llvm.getelementptr %in_theta[%v2425] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2429 = llvm.load %v2428 : !llvm.ptr -> f32
        %v2430 = arith.addi %v2373, %v114 : i64
        %v2431 = arith.constant true
        %v2432 = arith.addi %v49, %v2430 : i64
        %v2433 = llvm.getelementptr %v9[%v2432] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2434 = llvm.load %v2433 : !llvm.ptr<3> -> i64
        %v2435 = arith.addi %v1506, %v2374 : i64
        %v2436 = arith.cmpi slt, %v2435, %v56 : i64
        %v2437 = arith.subi %size_L, %v1 : i64
        %v2438 = arith.minsi %v2435, %v2437 : i64
        %v2439 = arith.addi %v2434, %v2438 : i64
        %v2440 = arith.muli %v2432, %v68 : i64
        %v2441 = arith.addi %v2440, %v2374 : i64
        %v2442 = llvm.getelementptr %in_theta[%v2439] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2443 = llvm.load %v2442 : !llvm.ptr -> f32
        %v2444 = arith.addi %v2373, %v128 : i64
        %v2445 = arith.constant true
        %v2446 = arith.addi %v49, %v2444 : i64
        %v2447 = llvm.getelementptr %v9[%v2446] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2448 = llvm.load %v2447 : !llvm.ptr<3> -> i64
        %v2449 = arith.addi %v1506, %v2374 : i64
        %v2450 = arith.cmpi slt, %v2449, %v56 : i64
        %v2451 = arith.subi %size_L, %v1 : i64
        %v2452 = arith.minsi %v2449, %v2451 : i64
        %v2453 = arith.addi %v2448, %v2452 : i64
        %v2454 = arith.muli %v2446, %v68 : i64
        %v2455 = arith.addi %v2454, %v2374 : i64
        %v2456 = llvm.getelementptr %in_theta[%v2453] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2457 = llvm.load %v2456 : !llvm.ptr -> f32
        %v2458 = arith.addi %v2373, %v142 : i64
        %v2459 = arith.constant true
        %v2460 = arith.addi %v49, %v2458 : i64
        %v2461 = llvm.getelementptr %v9[%v2460] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2462 = llvm.load %v2461 : !llvm.ptr<3> -> i64
        %v2463 = arith.addi %v1506, %v2374 : i64
        %v2464 = arith.cmpi slt, %v2463, %v56 : i64
        %v2465 = arith.subi %size_L, %v1 : i64
        %v2466 = arith.minsi %v2463, %v2465 : i64
        %v2467 = arith.addi %v2462, %v2466 : i64
        %v2468 = arith.muli %v2460, %v68 : i64
        %v2469 = arith.addi %v2468, %v2374 : i64
        %v2470 = llvm.getelementptr %in_theta[%v2467] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2471 = llvm.load %v2470 : !llvm.ptr -> f32
        %v2472 = arith.addi %v2373, %v156 : i64
        %v2473 = arith.constant true
        %v2474 = arith.addi %v49, %v2472 : i64
        %v2475 = llvm.getelementptr %v9[%v2474] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2476 = llvm.load %v2475 : !llvm.ptr<3> -> i64
        %v2477 = arith.addi %v1506, %v2374 : i64
        %v2478 = arith.cmpi slt, %v2477, %v56 : i64
        %v2479 = arith.subi %size_L, %v1 : i64
        %v2480 = arith.minsi %v2477, %v2479 : i64
        %v2481 = arith.addi %v2476, %v2480 : i64
        %v2482 = arith.muli %v2474, %v68 : i64
        %v2483 = arith.addi %v2482, %v2374 : i64
        %v2484 = llvm.getelementptr %in_theta[%v2481] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2485 = llvm.load %v2484 : !llvm.ptr -> f32
        %v2486 = arith.addi %v2373, %v170 : i64
        %v2487 = arith.constant true
        %v2488 = arith.addi %v49, %v2486 : i64
        %v2489 = llvm.getelementptr %v9[%v2488] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2490 = llvm.load %v2489 : !llvm.ptr<3> -> i64
        %v2491 = arith.addi %v1506, %v2374 : i64
        %v2492 = arith.cmpi slt, %v2491, %v56 : i64
        %v2493 = arith.subi %size_L, %v1 : i64
        %v2494 = arith.minsi %v2491, %v2493 : i64
        %v2495 = arith.addi %v2490, %v2494 : i64
        %v2496 = arith.muli %v2488, %v68 : i64
        %v2497 = arith.addi %v2496, %v2374 : i64
        %v2498 = llvm.getelementptr %in_theta[%v2495] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2499 = llvm.load %v2498 : !llvm.ptr -> f32
        %v2500 = arith.addi %v2373, %v184 : i64
        %v2501 = arith.constant true
        %v2502 = arith.addi %v49, %v2500 : i64
        %v2503 = llvm.getelementptr %v9[%v2502] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2504 = llvm.load %v2503 : !llvm.ptr<3> -> i64
        %v2505 = arith.addi %v1506, %v2374 : i64
        %v2506 = arith.cmpi slt, %v2505, %v56 : i64
        %v2507 = arith.subi %size_L, %v1 : i64
        %v2508 = arith.minsi %v2505, %v2507 : i64
        %v2509 = arith.addi %v2504, %v2508 : i64
        %v2510 = arith.muli %v2502, %v68 : i64
        %v2511 = arith.addi %v2510, %v2374 : i64
        %v2512 = llvm.getelementptr %in_theta[%v2509] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2513 = llvm.load %v2512 : !llvm.ptr -> f32
        %v2514 = arith.addi %v2373, %v198 : i64
        %v2515 = arith.constant true
        %v2516 = arith.addi %v49, %v2514 : i64
        %v2517 = llvm.getelementptr %v9[%v2516] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2518 = llvm.load %v2517 : !llvm.ptr<3> -> i64
        %v2519 = arith.addi %v1506, %v2374 : i64
        %v2520 = arith.cmpi slt, %v2519, %v56 : i64
        %v2521 = arith.subi %size_L, %v1 : i64
        %v2522 = arith.minsi %v2519, %v2521 : i64
        %v2523 = arith.addi %v2518, %v2522 : i64
        %v2524 = arith.muli %v2516, %v68 : i64
        %v2525 = arith.addi %v2524, %v2374 : i64
        %v2526 = llvm.getelementptr %in_theta[%v2523] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2527 = llvm.load %v2526 : !llvm.ptr -> f32
        %v2528 = arith.addi %v2373, %v212 : i64
        %v2529 = arith.constant true
        %v2530 = arith.addi %v49, %v2528 : i64
        %v2531 = llvm.getelementptr %v9[%v2530] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2532 = llvm.load %v2531 : !llvm.ptr<3> -> i64
        %v2533 = arith.addi %v1506, %v2374 : i64
        %v2534 = arith.cmpi slt, %v2533, %v56 : i64
        %v2535 = arith.subi %size_L, %v1 : i64
        %v2536 = arith.minsi %v2533, %v2535 : i64
        %v2537 = arith.addi %v2532, %v2536 : i64
        %v2538 = arith.muli %v2530, %v68 : i64
        %v2539 = arith.addi %v2538, %v2374 : i64
        %v2540 = llvm.getelementptr %in_theta[%v2537] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2541 = llvm.load %v2540 : !llvm.ptr -> f32
        %v2542 = arith.addi %v2373, %v226 : i64
        %v2543 = arith.constant true
        %v2544 = arith.addi %v49, %v2542 : i64
        %v2545 = llvm.getelementptr %v9[%v2544] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2546 = llvm.load %v2545 : !llvm.ptr<3> -> i64
        %v2547 = arith.addi %v1506, %v2374 : i64
        %v2548 = arith.cmpi slt, %v2547, %v56 : i64
        %v2549 = arith.subi %size_L, %v1 : i64
        %v2550 = arith.minsi %v2547, %v2549 : i64
        %v2551 = arith.addi %v2546, %v2550 : i64
        %v2552 = arith.muli %v2544, %v68 : i64
        %v2553 = arith.addi %v2552, %v2374 : i64
        %v2554 = llvm.getelementptr %in_theta[%v2551] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2555 = llvm.load %v2554 : !llvm.ptr -> f32
        %v2556 = arith.addi %v2373, %v240 : i64
        %v2557 = arith.constant true
        %v2558 = arith.addi %v49, %v2556 : i64
        %v2559 = llvm.getelementptr %v9[%v2558] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2560 = llvm.load %v2559 : !llvm.ptr<3> -> i64
        %v2561 = arith.addi %v1506, %v2374 : i64
        %v2562 = arith.cmpi slt, %v2561, %v56 : i64
        %v2563 = arith.subi %size_L, %v1 : i64
        %v2564 = arith.minsi %v2561, %v2563 : i64
        %v2565 = arith.addi %v2560, %v2564 : i64
        %v2566 = arith.muli %v2558, %v68 : i64
        %v2567 = arith.addi %v2566, %v2374 : i64
        %v2568 = llvm.getelementptr %in_theta[%v2565] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2569 = llvm.load %v2568 : !llvm.ptr -> f32
        %v2570 = arith.addi %v2373, %v254 : i64
        %v2571 = arith.constant true
        %v2572 = arith.addi %v49, %v2570 : i64
        %v2573 = llvm.getelementptr %v9[%v2572] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2574 = llvm.load %v2573 : !llvm.ptr<3> -> i64
        %v2575 = arith.addi %v1506, %v2374 : i64
        %v2576 = arith.cmpi slt, %v2575, %v56 : i64
        %v2577 = arith.subi %size_L, %v1 : i64
        %v2578 = arith.minsi %v2575, %v2577 : i64
        %v2579 = arith.addi %v2574, %v2578 : i64
        %v2580 = arith.muli %v2572, %v68 : i64
        %v2581 = arith.addi %v2580, %v2374 : i64
        %v2582 = llvm.getelementptr %in_theta[%v2579] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2583 = llvm.load %v2582 : !llvm.ptr -> f32
        %v2584 = arith.addi %v2373, %v268 : i64
        %v2585 = arith.constant true
        %v2586 = arith.addi %v49, %v2584 : i64
        %v2587 = llvm.getelementptr %v9[%v2586] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2588 = llvm.load %v2587 : !llvm.ptr<3> -> i64
        %v2589 = arith.addi %v1506, %v2374 : i64
        %v2590 = arith.cmpi slt, %v2589, %v56 : i64
        %v2591 = arith.subi %size_L, %v1 : i64
        %v2592 = arith.minsi %v2589, %v2591 : i64
        %v2593 = arith.addi %v2588, %v2592 : i64
        %v2594 = arith.muli %v2586, %v68 : i64
        %v2595 = arith.addi %v2594, %v2374 : i64
        %v2596 = llvm.getelementptr %in_theta[%v2593] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2597 = llvm.load %v2596 : !llvm.ptr -> f32
        %v2598 = arith.addi %v2373, %v57 : i64
        %v2599 = arith.constant true
        %v2600 = arith.addi %v49, %v2598 : i64
        %v2601 = llvm.getelementptr %v9[%v2600] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2602 = llvm.load %v2601 : !llvm.ptr<3> -> i64
        %v2603 = arith.addi %v1506, %v2374 : i64
        %v2604 = arith.cmpi slt, %v2603, %v56 : i64
        %v2605 = arith.subi %size_L, %v1 : i64
        %v2606 = arith.minsi %v2603, %v2605 : i64
        %v2607 = arith.addi %v2602, %v2606 : i64
        %v2608 = arith.muli %v2600, %v68 : i64
        %v2609 = arith.addi %v2608, %v2374 : i64
        %v2610 = llvm.getelementptr %in_theta[%v2607] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2611 = llvm.load %v2610 : !llvm.ptr -> f32
        %v2612 = arith.addi %v2373, %v295 : i64
        %v2613 = arith.constant true
        %v2614 = arith.addi %v49, %v2612 : i64
        %v2615 = llvm.getelementptr %v9[%v2614] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2616 = llvm.load %v2615 : !llvm.ptr<3> -> i64
        %v2617 = arith.addi %v1506, %v2374 : i64
        %v2618 = arith.cmpi slt, %v2617, %v56 : i64
        %v2619 = arith.subi %size_L, %v1 : i64
        %v2620 = arith.minsi %v2617, %v2619 : i64
        %v2621 = arith.addi %v2616, %v2620 : i64
        %v2622 = arith.muli %v2614, %v68 : i64
        %v2623 = arith.addi %v2622, %v2374 : i64
        %v2624 = llvm.getelementptr %in_theta[%v2621] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2625 = llvm.load %v2624 : !llvm.ptr -> f32
        %v2626 = arith.addi %v2373, %v309 : i64
        %v2627 = arith.constant true
        %v2628 = arith.addi %v49, %v2626 : i64
        %v2629 = llvm.getelementptr %v9[%v2628] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2630 = llvm.load %v2629 : !llvm.ptr<3> -> i64
        %v2631 = arith.addi %v1506, %v2374 : i64
        %v2632 = arith.cmpi slt, %v2631, %v56 : i64
        %v2633 = arith.subi %size_L, %v1 : i64
        %v2634 = arith.minsi %v2631, %v2633 : i64
        %v2635 = arith.addi %v2630, %v2634 : i64
        %v2636 = arith.muli %v2628, %v68 : i64
        %v2637 = arith.addi %v2636, %v2374 : i64
        %v2638 = llvm.getelementptr %in_theta[%v2635] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2639 = llvm.load %v2638 : !llvm.ptr -> f32
        %v2640 = arith.addi %v2373, %v323 : i64
        %v2641 = arith.constant true
        %v2642 = arith.addi %v49, %v2640 : i64
        %v2643 = llvm.getelementptr %v9[%v2642] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2644 = llvm.load %v2643 : !llvm.ptr<3> -> i64
        %v2645 = arith.addi %v1506, %v2374 : i64
        %v2646 = arith.cmpi slt, %v2645, %v56 : i64
        %v2647 = arith.subi %size_L, %v1 : i64
        %v2648 = arith.minsi %v2645, %v2647 : i64
        %v2649 = arith.addi %v2644, %v2648 : i64
        %v2650 = arith.muli %v2642, %v68 : i64
        %v2651 = arith.addi %v2650, %v2374 : i64
        %v2652 = llvm.getelementptr %in_theta[%v2649] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2653 = llvm.load %v2652 : !llvm.ptr -> f32
        %v2654 = arith.addi %v2373, %v337 : i64
        %v2655 = arith.constant true
        %v2656 = arith.addi %v49, %v2654 : i64
        %v2657 = llvm.getelementptr %v9[%v2656] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2658 = llvm.load %v2657 : !llvm.ptr<3> -> i64
        %v2659 = arith.addi %v1506, %v2374 : i64
        %v2660 = arith.cmpi slt, %v2659, %v56 : i64
        %v2661 = arith.subi %size_L, %v1 : i64
        %v2662 = arith.minsi %v2659, %v2661 : i64
        %v2663 = arith.addi %v2658, %v2662 : i64
        %v2664 = arith.muli %v2656, %v68 : i64
        %v2665 = arith.addi %v2664, %v2374 : i64
        %v2666 = llvm.getelementptr %in_theta[%v2663] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2667 = llvm.load %v2666 : !llvm.ptr -> f32
        %v2668 = arith.addi %v2373, %v351 : i64
        %v2669 = arith.constant true
        %v2670 = arith.addi %v49, %v2668 : i64
        %v2671 = llvm.getelementptr %v9[%v2670] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2672 = llvm.load %v2671 : !llvm.ptr<3> -> i64
        %v2673 = arith.addi %v1506, %v2374 : i64
        %v2674 = arith.cmpi slt, %v2673, %v56 : i64
        %v2675 = arith.subi %size_L, %v1 : i64
        %v2676 = arith.minsi %v2673, %v2675 : i64
        %v2677 = arith.addi %v2672, %v2676 : i64
        %v2678 = arith.muli %v2670, %v68 : i64
        %v2679 = arith.addi %v2678, %v2374 : i64
        %v2680 = llvm.getelementptr %in_theta[%v2677] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2681 = llvm.load %v2680 : !llvm.ptr -> f32
        %v2682 = arith.addi %v2373, %v365 : i64
        %v2683 = arith.constant true
        %v2684 = arith.addi %v49, %v2682 : i64
        %v2685 = llvm.getelementptr %v9[%v2684] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2686 = llvm.load %v2685 : !llvm.ptr<3> -> i64
        %v2687 = arith.addi %v1506, %v2374 : i64
        %v2688 = arith.cmpi slt, %v2687, %v56 : i64
        %v2689 = arith.subi %size_L, %v1 : i64
        %v2690 = arith.minsi %v2687, %v2689 : i64
        %v2691 = arith.addi %v2686, %v2690 : i64
        %v2692 = arith.muli %v2684, %v68 : i64
        %v2693 = arith.addi %v2692, %v2374 : i64
        %v2694 = llvm.getelementptr %in_theta[%v2691] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2695 = llvm.load %v2694 : !llvm.ptr -> f32
        %v2696 = arith.addi %v2373, %v379 : i64
        %v2697 = arith.constant true
        %v2698 = arith.addi %v49, %v2696 : i64
        %v2699 = llvm.getelementptr %v9[%v2698] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2700 = llvm.load %v2699 : !llvm.ptr<3> -> i64
        %v2701 = arith.addi %v1506, %v2374 : i64
        %v2702 = arith.cmpi slt, %v2701, %v56 : i64
        %v2703 = arith.subi %size_L, %v1 : i64
        %v2704 = arith.minsi %v2701, %v2703 : i64
        %v2705 = arith.addi %v2700, %v2704 : i64
        %v2706 = arith.muli %v2698, %v68 : i64
        %v2707 = arith.addi %v2706, %v2374 : i64
        %v2708 = llvm.getelementptr %in_theta[%v2705] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2709 = llvm.load %v2708 : !llvm.ptr -> f32
        %v2710 = arith.addi %v2373, %v393 : i64
        %v2711 = arith.constant true
        %v2712 = arith.addi %v49, %v2710 : i64
        %v2713 = llvm.getelementptr %v9[%v2712] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2714 = llvm.load %v2713 : !llvm.ptr<3> -> i64
        %v2715 = arith.addi %v1506, %v2374 : i64
        %v2716 = arith.cmpi slt, %v2715, %v56 : i64
        %v2717 = arith.subi %size_L, %v1 : i64
        %v2718 = arith.minsi %v2715, %v2717 : i64
        %v2719 = arith.addi %v2714, %v2718 : i64
        %v2720 = arith.muli %v2712, %v68 : i64
        %v2721 = arith.addi %v2720, %v2374 : i64
        %v2722 = llvm.getelementptr %in_theta[%v2719] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2723 = llvm.load %v2722 : !llvm.ptr -> f32
        %v2724 = arith.addi %v2373, %v407 : i64
        %v2725 = arith.constant true
        %v2726 = arith.addi %v49, %v2724 : i64
        %v2727 = llvm.getelementptr %v9[%v2726] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2728 = llvm.load %v2727 : !llvm.ptr<3> -> i64
        %v2729 = arith.addi %v1506, %v2374 : i64
        %v2730 = arith.cmpi slt, %v2729, %v56 : i64
        %v2731 = arith.subi %size_L, %v1 : i64
        %v2732 = arith.minsi %v2729, %v2731 : i64
        %v2733 = arith.addi %v2728, %v2732 : i64
        %v2734 = arith.muli %v2726, %v68 : i64
        %v2735 = arith.addi %v2734, %v2374 : i64
        %v2736 = llvm.getelementptr %in_theta[%v2733] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2737 = llvm.load %v2736 : !llvm.ptr -> f32
        %v2738 = arith.addi %v2373, %v421 : i64
        %v2739 = arith.constant true
        %v2740 = arith.addi %v49, %v2738 : i64
        %v2741 = llvm.getelementptr %v9[%v2740] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2742 = llvm.load %v2741 : !llvm.ptr<3> -> i64
        %v2743 = arith.addi %v1506, %v2374 : i64
        %v2744 = arith.cmpi slt, %v2743, %v56 : i64
        %v2745 = arith.subi %size_L, %v1 : i64
        %v2746 = arith.minsi %v2743, %v2745 : i64
        %v2747 = arith.addi %v2742, %v2746 : i64
        %v2748 = arith.muli %v2740, %v68 : i64
        %v2749 = arith.addi %v2748, %v2374 : i64
        %v2750 = llvm.getelementptr %in_theta[%v2747] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2751 = llvm.load %v2750 : !llvm.ptr -> f32
        %v2752 = arith.addi %v2373, %v435 : i64
        %v2753 = arith.constant true
        %v2754 = arith.addi %v49, %v2752 : i64
        %v2755 = llvm.getelementptr %v9[%v2754] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2756 = llvm.load %v2755 : !llvm.ptr<3> -> i64
        %v2757 = arith.addi %v1506, %v2374 : i64
        %v2758 = arith.cmpi slt, %v2757, %v56 : i64
        %v2759 = arith.subi %size_L, %v1 : i64
        %v2760 = arith.minsi %v2757, %v2759 : i64
        %v2761 = arith.addi %v2756, %v2760 : i64
        %v2762 = arith.muli %v2754, %v68 : i64
        %v2763 = arith.addi %v2762, %v2374 : i64
        %v2764 = llvm.getelementptr %in_theta[%v2761] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2765 = llvm.load %v2764 : !llvm.ptr -> f32
        %v2766 = arith.addi %v2373, %v449 : i64
        %v2767 = arith.constant true
        %v2768 = arith.addi %v49, %v2766 : i64
        %v2769 = llvm.getelementptr %v9[%v2768] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2770 = llvm.load %v2769 : !llvm.ptr<3> -> i64
        %v2771 = arith.addi %v1506, %v2374 : i64
        %v2772 = arith.cmpi slt, %v2771, %v56 : i64
        %v2773 = arith.subi %size_L, %v1 : i64
        %v2774 = arith.minsi %v2771, %v2773 : i64
        %v2775 = arith.addi %v2770, %v2774 : i64
        %v2776 = arith.muli %v2768, %v68 : i64
        %v2777 = arith.addi %v2776, %v2374 : i64
        %v2778 = llvm.getelementptr %in_theta[%v2775] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2779 = llvm.load %v2778 : !llvm.ptr -> f32
        %v2780 = arith.addi %v2373, %v463 : i64
        %v2781 = arith.constant true
        %v2782 = arith.addi %v49, %v2780 : i64
        %v2783 = llvm.getelementptr %v9[%v2782] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2784 = llvm.load %v2783 : !llvm.ptr<3> -> i64
        %v2785 = arith.addi %v1506, %v2374 : i64
        %v2786 = arith.cmpi slt, %v2785, %v56 : i64
        %v2787 = arith.subi %size_L, %v1 : i64
        %v2788 = arith.minsi %v2785, %v2787 : i64
        %v2789 = arith.addi %v2784, %v2788 : i64
        %v2790 = arith.muli %v2782, %v68 : i64
        %v2791 = arith.addi %v2790, %v2374 : i64
        %v2792 = llvm.getelementptr %in_theta[%v2789] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2793 = llvm.load %v2792 : !llvm.ptr -> f32
        %v2794 = arith.addi %v2373, %v477 : i64
        %v2795 = arith.constant true
        %v2796 = arith.addi %v49, %v2794 : i64
        %v2797 = llvm.getelementptr %v9[%v2796] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2798 = llvm.load %v2797 : !llvm.ptr<3> -> i64
        %v2799 = arith.addi %v1506, %v2374 : i64
        %v2800 = arith.cmpi slt, %v2799, %v56 : i64
        %v2801 = arith.subi %size_L, %v1 : i64
        %v2802 = arith.minsi %v2799, %v2801 : i64
        %v2803 = arith.addi %v2798, %v2802 : i64
        %v2804 = arith.muli %v2796, %v68 : i64
        %v2805 = arith.addi %v2804, %v2374 : i64
        %v2806 = llvm.getelementptr %in_theta[%v2803] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2807 = llvm.load %v2806 : !llvm.ptr -> f32
        %v2808 = arith.addi %v2373, %v491 : i64
        %v2809 = arith.constant true
        %v2810 = arith.addi %v49, %v2808 : i64
        %v2811 = llvm.getelementptr %v9[%v2810] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2812 = llvm.load %v2811 : !llvm.ptr<3> -> i64
        %v2813 = arith.addi %v1506, %v2374 : i64
        %v2814 = arith.cmpi slt, %v2813, %v56 : i64
        %v2815 = arith.subi %size_L, %v1 : i64
        %v2816 = arith.minsi %v2813, %v2815 : i64
        %v2817 = arith.addi %v2812, %v2816 : i64
        %v2818 = arith.muli %v2810, %v68 : i64
        %v2819 = arith.addi %v2818, %v2374 : i64
        %v2820 = llvm.getelementptr %in_theta[%v2817] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2821 = llvm.load %v2820 : !llvm.ptr -> f32
        %v2822 = arith.index_cast %v34 : i64 to index
        %v2823 = arith.index_cast %v1505 : i64 to index
        %v2824 = arith.index_cast %v1 : i64 to index
        scf.for %v2825 = %v2822 to %v2823 step %v2824 {
          %v2826 = arith.index_cast %v2825 : index to i64
          %v2827 = arith.addi %v1503, %v2826 : i64
          %v2829 = arith.addi %v19, %v17 : i64
          %v2830 = arith.muli %v2829, %v68 : i64
          %v2831 = arith.addi %v2830, %v2826 : i64
          %v2832 = llvm.getelementptr %v10[%v2831] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          %v2833 = llvm.load %v2832 : !llvm.ptr<3> -> f32
          %v2834 = arith.negf %v2833 : f32
          %v2836 = arith.mulf %v2834, %v2835 fastmath<contract> : f32
          %v2837 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2836) : (f32) -> f32
          %v2838 = arith.addf %v53, %v2837 fastmath<contract> : f32
          %v2839 = arith.divf %v53, %v2838 : f32
          %v2840 = arith.mulf %v2828, %v2839 fastmath<contract> : f32
          %v2841 = arith.addi %v49, %v17 : i64
          %v2842 = arith.muli %v2841, %v68 : i64
          %v2843 = arith.addi %v2842, %v2826 : i64
          %v2844 = llvm.getelementptr %v10[%v2843] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          %v2845 = llvm.load %v2844 : !llvm.ptr<3> -> f32
          %v2847 = arith.mulf %v2845, %v2846 fastmath<contract> : f32
          %v2848 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2847) : (f32) -> f32
          %v2851 = arith.mulf %v2848, %v2849 fastmath<contract> : f32
          %v2852 = arith.subf %v2845, %v2851 fastmath<contract> : f32
          %v2853 = arith.mulf %v2848, %v2850 fastmath<contract> : f32
          %v2854 = arith.subf %v2852, %v2853 fastmath<contract> : f32
          %v2855 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v2854) : (f32) -> f32
          %v2856 = arith.mulf %v2840, %v2855 fastmath<contract> : f32
          %v2857 = arith.muli %v17, %v68 : i64
          %v2858 = arith.addi %v2857, %v2826 : i64
          %v2859 = llvm.getelementptr %v10[%v2858] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          %v2860 = llvm.load %v2859 : !llvm.ptr<3> -> f32
          %v2861 = llvm.load %v3 : !llvm.ptr -> f32
          %v2862 = arith.mulf %v2856, %v2861 fastmath<contract> : f32
          %v2863 = arith.addf %v2862, %v2860 fastmath<contract> : f32
          %v2864 = arith.mulf %v2839, %v2839 fastmath<contract> : f32
          %v2865 = arith.negf %v2864 : f32
          %v2866 = llvm.load %v4 : !llvm.ptr -> f32
          %v2867 = arith.mulf %v2865, %v2866 fastmath<contract> : f32
          %v2868 = arith.addf %v2863, %v2867 fastmath<contract> : f32
          %v2869 = llvm.load %v5 : !llvm.ptr -> f32
          %v2870 = arith.mulf %v2856, %v2869 fastmath<contract> : f32
          %v2871 = llvm.load %v7 : !llvm.ptr -> f32
          %v2872 = arith.mulf %v2865, %v2871 fastmath<contract> : f32
          %v2873 = arith.addf %v2870, %v2872 fastmath<contract> : f32
          %v2874 = llvm.load %v6 : !llvm.ptr -> f32
          %v2875 = arith.mulf %v2856, %v2874 fastmath<contract> : f32
          %v2876 = llvm.load %v8 : !llvm.ptr -> f32
          %v2877 = arith.mulf %v2865, %v2876 fastmath<contract> : f32
          %v2878 = arith.addf %v2875, %v2877 fastmath<contract> : f32
          %v2879 = llvm.load %v4 : !llvm.ptr -> f32
          %v2880 = arith.mulf %v52, %v2879 fastmath<contract> : f32
          %v2881 = arith.addf %v2880, %v52 fastmath<contract> : f32
          %v2882 = llvm.load %v3 : !llvm.ptr -> f32
          %v2883 = arith.mulf %v53, %v2882 fastmath<contract> : f32
          %v2884 = arith.addf %v2881, %v2883 fastmath<contract> : f32
          %v2885 = llvm.load %v7 : !llvm.ptr -> f32
          %v2886 = arith.mulf %v52, %v2885 fastmath<contract> : f32
          %v2887 = llvm.load %v5 : !llvm.ptr -> f32
          %v2888 = arith.mulf %v53, %v2887 fastmath<contract> : f32
          %v2889 = arith.addf %v2886, %v2888 fastmath<contract> : f32
          %v2890 = llvm.load %v8 : !llvm.ptr -> f32
          %v2891 = arith.mulf %v52, %v2890 fastmath<contract> : f32
          %v2892 = llvm.load %v6 : !llvm.ptr -> f32
          %v2893 = arith.mulf %v53, %v2892 fastmath<contract> : f32
          %v2894 = arith.addf %v2891, %v2893 fastmath<contract> : f32
          llvm.store %v2868, %v3 : f32, !llvm.ptr
          llvm.store %v2873, %v5 : f32, !llvm.ptr
          llvm.store %v2878, %v6 : f32, !llvm.ptr
          llvm.store %v2884, %v4 : f32, !llvm.ptr
          llvm.store %v2889, %v7 : f32, !llvm.ptr
          llvm.store %v2894, %v8 : f32, !llvm.ptr
        }
        gpu.barrier
        %v2895 = arith.divui %v17, %v57 : i64
        %v2896 = arith.remui %v17, %v57 : i64
        %v2897 = arith.muli %v2895, %v68 : i64
        %v2898 = arith.addi %v2897, %v2896 : i64
        %v2899 = llvm.getelementptr %v10[%v2898] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1520, %v2899 : f32, !llvm.ptr<3>
        %v2900 = arith.addi %v19, %v17 : i64
        %v2901 = arith.divui %v2900, %v57 : i64
        %v2902 = arith.remui %v2900, %v57 : i64
        %v2903 = arith.muli %v2901, %v68 : i64
        %v2904 = arith.addi %v2903, %v2902 : i64
        %v2905 = llvm.getelementptr %v10[%v2904] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1533, %v2905 : f32, !llvm.ptr<3>
        %v2906 = arith.addi %v49, %v17 : i64
        %v2907 = arith.divui %v2906, %v57 : i64
        %v2908 = arith.remui %v2906, %v57 : i64
        %v2909 = arith.muli %v2907, %v68 : i64
        %v2910 = arith.addi %v2909, %v2908 : i64
        %v2911 = llvm.getelementptr %v10[%v2910] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1546, %v2911 : f32, !llvm.ptr<3>
        %v2913 = arith.addi %v2912, %v17 : i64
        %v2914 = arith.divui %v2913, %v57 : i64
        %v2915 = arith.remui %v2913, %v57 : i64
        %v2916 = arith.muli %v2914, %v68 : i64
        %v2917 = arith.addi %v2916, %v2915 : i64
        %v2918 = llvm.getelementptr %v10[%v2917] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1559, %v2918 : f32, !llvm.ptr<3>
        %v2919 = arith.addi %v13, %v17 : i64
        %v2920 = arith.divui %v2919, %v57 : i64
        %v2921 = arith.remui %v2919, %v57 : i64
        %v2922 = arith.muli %v2920, %v68 : i64
        %v2923 = arith.addi %v2922, %v2921 : i64
        %v2924 = llvm.getelementptr %v10[%v2923] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1572, %v2924 : f32, !llvm.ptr<3>
        %v2926 = arith.addi %v2925, %v17 : i64
        %v2927 = arith.divui %v2926, %v57 : i64
        %v2928 = arith.remui %v2926, %v57 : i64
        %v2929 = arith.muli %v2927, %v68 : i64
        %v2930 = arith.addi %v2929, %v2928 : i64
        %v2931 = llvm.getelementptr %v10[%v2930] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1585, %v2931 : f32, !llvm.ptr<3>
        %v2933 = arith.addi %v2932, %v17 : i64
        %v2934 = arith.divui %v2933, %v57 : i64
        %v2935 = arith.remui %v2933, %v57 : i64
        %v2936 = arith.muli %v2934, %v68 : i64
        %v2937 = arith.addi %v2936, %v2935 : i64
        %v2938 = llvm.getelementptr %v10[%v2937] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1598, %v2938 : f32, !llvm.ptr<3>
        %v2940 = arith.addi %v2939, %v17 : i64
        %v2941 = arith.divui %v2940, %v57 : i64
        %v2942 = arith.remui %v2940, %v57 : i64
        %v2943 = arith.muli %v2941, %v68 : i64
        %v2944 = arith.addi %v2943, %v2942 : i64
        %v2945 = llvm.getelementptr %v10[%v2944] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1611, %v2945 : f32, !llvm.ptr<3>
        %v2947 = arith.addi %v2946, %v17 : i64
        %v2948 = arith.divui %v2947, %v57 : i64
        %v2949 = arith.remui %v2947, %v57 : i64
        %v2950 = arith.muli %v2948, %v68 : i64
        %v2951 = arith.addi %v2950, %v2949 : i64
        %v2952 = llvm.getelementptr %v10[%v2951] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1624, %v2952 : f32, !llvm.ptr<3>
        %v2954 = arith.addi %v2953, %v17 : i64
        %v2955 = arith.divui %v2954, %v57 : i64
        %v2956 = arith.remui %v2954, %v57 : i64
        %v2957 = arith.muli %v2955, %v68 : i64
        %v2958 = arith.addi %v2957, %v2956 : i64
        %v2959 = llvm.getelementptr %v10[%v2958] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1637, %v2959 : f32, !llvm.ptr<3>
        %v2961 = arith.addi %v2960, %v17 : i64
        %v2962 = arith.divui %v2961, %v57 : i64
        %v2963 = arith.remui %v2961, %v57 : i64
        %v2964 = arith.muli %v2962, %v68 : i64
        %v2965 = arith.addi %v2964, %v2963 : i64
        %v2966 = llvm.getelementptr %v10[%v2965] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1650, %v2966 : f32, !llvm.ptr<3>
        %v2968 = arith.addi %v2967, %v17 : i64
        %v2969 = arith.divui %v2968, %v57 : i64
        %v2970 = arith.remui %v2968, %v57 : i64
        %v2971 = arith.muli %v2969, %v68 : i64
        %v2972 = arith.addi %v2971, %v2970 : i64
        %v2973 = llvm.getelementptr %v10[%v2972] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1663, %v2973 : f32, !llvm.ptr<3>
        %v2975 = arith.addi %v2974, %v17 : i64
        %v2976 = arith.divui %v2975, %v57 : i64
        %v2977 = arith.remui %v2975, %v57 : i64
        %v2978 = arith.muli %v2976, %v68 : i64
        %v2979 = arith.addi %v2978, %v2977 : i64
        %v2980 = llvm.getelementptr %v10[%v2979] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1676, %v2980 : f32, !llvm.ptr<3>
        %v2982 = arith.addi %v2981, %v17 : i64
        %v2983 = arith.divui %v2982, %v57 : i64
        %v2984 = arith.remui %v2982, %v57 : i64
        %v2985 = arith.muli %v2983, %v68 : i64
        %v2986 = arith.addi %v2985, %v2984 : i64
        %v2987 = llvm.getelementptr %v10[%v2986] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1689, %v2987 : f32, !llvm.ptr<3>
        %v2989 = arith.addi %v2988, %v17 : i64
        %v2990 = arith.divui %v2989, %v57 : i64
        %v2991 = arith.remui %v2989, %v57 : i64
        %v2992 = arith.muli %v2990, %v68 : i64
        %v2993 = arith.addi %v2992, %v2991 : i64
        %v2994 = llvm.getelementptr %v10[%v2993] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1702, %v2994 : f32, !llvm.ptr<3>
        %v2996 = arith.addi %v2995, %v17 : i64
        %v2997 = arith.divui %v2996, %v57 : i64
        %v2998 = arith.remui %v2996, %v57 : i64
        %v2999 = arith.muli %v2997, %v68 : i64
        %v3000 = arith.addi %v2999, %v2998 : i64
        %v3001 = llvm.getelementptr %v10[%v3000] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1715, %v3001 : f32, !llvm.ptr<3>
        %v3003 = arith.addi %v3002, %v17 : i64
        %v3004 = arith.divui %v3003, %v57 : i64
        %v3005 = arith.remui %v3003, %v57 : i64
        %v3006 = arith.muli %v3004, %v68 : i64
        %v3007 = arith.addi %v3006, %v3005 : i64
        %v3008 = llvm.getelementptr %v10[%v3007] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1728, %v3008 : f32, !llvm.ptr<3>
        %v3010 = arith.addi %v3009, %v17 : i64
        %v3011 = arith.divui %v3010, %v57 : i64
        %v3012 = arith.remui %v3010, %v57 : i64
        %v3013 = arith.muli %v3011, %v68 : i64
        %v3014 = arith.addi %v3013, %v3012 : i64
        %v3015 = llvm.getelementptr %v10[%v3014] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1741, %v3015 : f32, !llvm.ptr<3>
        %v3017 = arith.addi %v3016, %v17 : i64
        %v3018 = arith.divui %v3017, %v57 : i64
        %v3019 = arith.remui %v3017, %v57 : i64
        %v3020 = arith.muli %v3018, %v68 : i64
        %v3021 = arith.addi %v3020, %v3019 : i64
        %v3022 = llvm.getelementptr %v10[%v3021] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1754, %v3022 : f32, !llvm.ptr<3>
        %v3024 = arith.addi %v3023, %v17 : i64
        %v3025 = arith.divui %v3024, %v57 : i64
        %v3026 = arith.remui %v3024, %v57 : i64
        %v3027 = arith.muli %v3025, %v68 : i64
        %v3028 = arith.addi %v3027, %v3026 : i64
        %v3029 = llvm.getelementptr %v10[%v3028] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1767, %v3029 : f32, !llvm.ptr<3>
        %v3031 = arith.addi %v3030, %v17 : i64
        %v3032 = arith.divui %v3031, %v57 : i64
        %v3033 = arith.remui %v3031, %v57 : i64
        %v3034 = arith.muli %v3032, %v68 : i64
        %v3035 = arith.addi %v3034, %v3033 : i64
        %v3036 = llvm.getelementptr %v10[%v3035] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1780, %v3036 : f32, !llvm.ptr<3>
        %v3038 = arith.addi %v3037, %v17 : i64
        %v3039 = arith.divui %v3038, %v57 : i64
        %v3040 = arith.remui %v3038, %v57 : i64
        %v3041 = arith.muli %v3039, %v68 : i64
        %v3042 = arith.addi %v3041, %v3040 : i64
        %v3043 = llvm.getelementptr %v10[%v3042] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1793, %v3043 : f32, !llvm.ptr<3>
        %v3045 = arith.addi %v3044, %v17 : i64
        %v3046 = arith.divui %v3045, %v57 : i64
        %v3047 = arith.remui %v3045, %v57 : i64
        %v3048 = arith.muli %v3046, %v68 : i64
        %v3049 = arith.addi %v3048, %v3047 : i64
        %v3050 = llvm.getelementptr %v10[%v3049] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1806, %v3050 : f32, !llvm.ptr<3>
        %v3052 = arith.addi %v3051, %v17 : i64
        %v3053 = arith.divui %v3052, %v57 : i64
        %v3054 = arith.remui %v3052, %v57 : i64
        %v3055 = arith.muli %v3053, %v68 : i64
        %v3056 = arith.addi %v3055, %v3054 : i64
        %v3057 = llvm.getelementptr %v10[%v3056] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1819, %v3057 : f32, !llvm.ptr<3>
        %v3059 = arith.addi %v3058, %v17 : i64
        %v3060 = arith.divui %v3059, %v57 : i64
        %v3061 = arith.remui %v3059, %v57 : i64
        %v3062 = arith.muli %v3060, %v68 : i64
        %v3063 = arith.addi %v3062, %v3061 : i64
        %v3064 = llvm.getelementptr %v10[%v3063] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1832, %v3064 : f32, !llvm.ptr<3>
        %v3066 = arith.addi %v3065, %v17 : i64
        %v3067 = arith.divui %v3066, %v57 : i64
        %v3068 = arith.remui %v3066, %v57 : i64
        %v3069 = arith.muli %v3067, %v68 : i64
        %v3070 = arith.addi %v3069, %v3068 : i64
        %v3071 = llvm.getelementptr %v10[%v3070] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1845, %v3071 : f32, !llvm.ptr<3>
        %v3073 = arith.addi %v3072, %v17 : i64
        %v3074 = arith.divui %v3073, %v57 : i64
        %v3075 = arith.remui %v3073, %v57 : i64
        %v3076 = arith.muli %v3074, %v68 : i64
        %v3077 = arith.addi %v3076, %v3075 : i64
        %v3078 = llvm.getelementptr %v10[%v3077] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1858, %v3078 : f32, !llvm.ptr<3>
        %v3080 = arith.addi %v3079, %v17 : i64
        %v3081 = arith.divui %v3080, %v57 : i64
        %v3082 = arith.remui %v3080, %v57 : i64
        %v3083 = arith.muli %v3081, %v68 : i64
        %v3084 = arith.addi %v3083, %v3082 : i64
        %v3085 = llvm.getelementptr %v10[%v3084] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1871, %v3085 : f32, !llvm.ptr<3>
        %v3087 = arith.addi %v3086, %v17 : i64
        %v3088 = arith.divui %v3087, %v57 : i64
        %v3089 = arith.remui %v3087, %v57 : i64
        %v3090 = arith.muli %v3088, %v68 : i64
        %v3091 = arith.addi %v3090, %v3089 : i64
        %v3092 = llvm.getelementptr %v10[%v3091] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1884, %v3092 : f32, !llvm.ptr<3>
        %v3094 = arith.addi %v3093, %v17 : i64
        %v3095 = arith.divui %v3094, %v57 : i64
        %v3096 = arith.remui %v3094, %v57 : i64
        %v3097 = arith.muli %v3095, %v68 : i64
        %v3098 = arith.addi %v3097, %v3096 : i64
        %v3099 = llvm.getelementptr %v10[%v3098] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1897, %v3099 : f32, !llvm.ptr<3>
        %v3101 = arith.addi %v3100, %v17 : i64
        %v3102 = arith.divui %v3101, %v57 : i64
        %v3103 = arith.remui %v3101, %v57 : i64
        %v3104 = arith.muli %v3102, %v68 : i64
        %v3105 = arith.addi %v3104, %v3103 : i64
        %v3106 = llvm.getelementptr %v10[%v3105] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1910, %v3106 : f32, !llvm.ptr<3>
        %v3108 = arith.addi %v3107, %v17 : i64
        %v3109 = arith.divui %v3108, %v57 : i64
        %v3110 = arith.remui %v3108, %v57 : i64
        %v3111 = arith.muli %v3109, %v68 : i64
        %v3112 = arith.addi %v3111, %v3110 : i64
        %v3113 = llvm.getelementptr %v10[%v3112] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1923, %v3113 : f32, !llvm.ptr<3>
        %v3114 = arith.divui %v17, %v57 : i64
        %v3115 = arith.remui %v17, %v57 : i64
        %v3116 = arith.addi %v19, %v3114 : i64
        %v3117 = arith.muli %v3116, %v68 : i64
        %v3118 = arith.addi %v3117, %v3115 : i64
        %v3119 = llvm.getelementptr %v10[%v3118] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1938, %v3119 : f32, !llvm.ptr<3>
        %v3120 = arith.addi %v19, %v17 : i64
        %v3121 = arith.divui %v3120, %v57 : i64
        %v3122 = arith.remui %v3120, %v57 : i64
        %v3123 = arith.addi %v19, %v3121 : i64
        %v3124 = arith.muli %v3123, %v68 : i64
        %v3125 = arith.addi %v3124, %v3122 : i64
        %v3126 = llvm.getelementptr %v10[%v3125] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1952, %v3126 : f32, !llvm.ptr<3>
        %v3127 = arith.addi %v49, %v17 : i64
        %v3128 = arith.divui %v3127, %v57 : i64
        %v3129 = arith.remui %v3127, %v57 : i64
        %v3130 = arith.addi %v19, %v3128 : i64
        %v3131 = arith.muli %v3130, %v68 : i64
        %v3132 = arith.addi %v3131, %v3129 : i64
        %v3133 = llvm.getelementptr %v10[%v3132] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1966, %v3133 : f32, !llvm.ptr<3>
        %v3134 = arith.addi %v2912, %v17 : i64
        %v3135 = arith.divui %v3134, %v57 : i64
        %v3136 = arith.remui %v3134, %v57 : i64
        %v3137 = arith.addi %v19, %v3135 : i64
        %v3138 = arith.muli %v3137, %v68 : i64
        %v3139 = arith.addi %v3138, %v3136 : i64
        %v3140 = llvm.getelementptr %v10[%v3139] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1980, %v3140 : f32, !llvm.ptr<3>
        %v3141 = arith.addi %v13, %v17 : i64
        %v3142 = arith.divui %v3141, %v57 : i64
        %v3143 = arith.remui %v3141, %v57 : i64
        %v3144 = arith.addi %v19, %v3142 : i64
        %v3145 = arith.muli %v3144, %v68 : i64
        %v3146 = arith.addi %v3145, %v3143 : i64
        %v3147 = llvm.getelementptr %v10[%v3146] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1994, %v3147 : f32, !llvm.ptr<3>
        %v3148 = arith.addi %v2925, %v17 : i64
        %v3149 = arith.divui %v3148, %v57 : i64
        %v3150 = arith.remui %v3148, %v57 : i64
        %v3151 = arith.addi %v19, %v3149 : i64
        %v3152 = arith.muli %v3151, %v68 : i64
        %v3153 = arith.addi %v3152, %v3150 : i64
        %v3154 = llvm.getelementptr %v10[%v3153] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2008, %v3154 : f32, !llvm.ptr<3>
        %v3155 = arith.addi %v2932, %v17 : i64
        %v3156 = arith.divui %v3155, %v57 : i64
        %v3157 = arith.remui %v3155, %v57 : i64
        %v3158 = arith.addi %v19, %v3156 : i64
        %v3159 = arith.muli %v3158, %v68 : i64
        %v3160 = arith.addi %v3159, %v3157 : i64
        %v3161 = llvm.getelementptr %v10[%v3160] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2022, %v3161 : f32, !llvm.ptr<3>
        %v3162 = arith.addi %v2939, %v17 : i64
        %v3163 = arith.divui %v3162, %v57 : i64
        %v3164 = arith.remui %v3162, %v57 : i64
        %v3165 = arith.addi %v19, %v3163 : i64
        %v3166 = arith.muli %v3165, %v68 : i64
        %v3167 = arith.addi %v3166, %v3164 : i64
        %v3168 = llvm.getelementptr %v10[%v3167] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2036, %v3168 : f32, !llvm.ptr<3>
        %v3169 = arith.addi %v2946, %v17 : i64
        %v3170 = arith.divui %v3169, %v57 : i64
        %v3171 = arith.remui %v3169, %v57 : i64
        %v3172 = arith.addi %v19, %v3170 : i64
        %v3173 = arith.muli %v3172, %v68 : i64
        %v3174 = arith.addi %v3173, %v3171 : i64
        %v3175 = llvm.getelementptr %v10[%v3174] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2050, %v3175 : f32, !llvm.ptr<3>
        %v3176 = arith.addi %v2953, %v17 : i64
        %v3177 = arith.divui %v3176, %v57 : i64
        %v3178 = arith.remui %v3176, %v57 : i64
        %v3179 = arith.addi %v19, %v3177 : i64
        %v3180 = arith.muli %v3179, %v68 : i64
        %v3181 = arith.addi %v3180, %v3178 : i64
        %v3182 = llvm.getelementptr %v10[%v3181] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2064, %v3182 : f32, !llvm.ptr<3>
        %v3183 = arith.addi %v2960, %v17 : i64
        %v3184 = arith.divui %v3183, %v57 : i64
        %v3185 = arith.remui %v3183, %v57 : i64
        %v3186 = arith.addi %v19, %v3184 : i64
        %v3187 = arith.muli %v3186, %v68 : i64
        %v3188 = arith.addi %v3187, %v3185 : i64
        %v3189 = llvm.getelementptr %v10[%v3188] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2078, %v3189 : f32, !llvm.ptr<3>
        %v3190 = arith.addi %v2967, %v17 : i64
        %v3191 = arith.divui %v3190, %v57 : i64
        %v3192 = arith.remui %v3190, %v57 : i64
        %v3193 = arith.addi %v19, %v3191 : i64
        %v3194 = arith.muli %v3193, %v68 : i64
        %v3195 = arith.addi %v3194, %v3192 : i64
        %v3196 = llvm.getelementptr %v10[%v3195] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2092, %v3196 : f32, !llvm.ptr<3>
        %v3197 = arith.addi %v2974, %v17 : i64
        %v3198 = arith.divui %v3197, %v57 : i64
        %v3199 = arith.remui %v3197, %v57 : i64
        %v3200 = arith.addi %v19, %v3198 : i64
        %v3201 = arith.muli %v3200, %v68 : i64
        %v3202 = arith.addi %v3201, %v3199 : i64
        %v3203 = llvm.getelementptr %v10[%v3202] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2106, %v3203 : f32, !llvm.ptr<3>
        %v3204 = arith.addi %v2981, %v17 : i64
        %v3205 = arith.divui %v3204, %v57 : i64
        %v3206 = arith.remui %v3204, %v57 : i64
        %v3207 = arith.addi %v19, %v3205 : i64
        %v3208 = arith.muli %v3207, %v68 : i64
        %v3209 = arith.addi %v3208, %v3206 : i64
        %v3210 = llvm.getelementptr %v10[%v3209] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2120, %v3210 : f32, !llvm.ptr<3>
        %v3211 = arith.addi %v2988, %v17 : i64
        %v3212 = arith.divui %v3211, %v57 : i64
        %v3213 = arith.remui %v3211, %v57 : i64
        %v3214 = arith.addi %v19, %v3212 : i64
        %v3215 = arith.muli %v3214, %v68 : i64
        %v3216 = arith.addi %v3215, %v3213 : i64
        %v3217 = llvm.getelementptr %v10[%v3216] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2134, %v3217 : f32, !llvm.ptr<3>
        %v3218 = arith.addi %v2995, %v17 : i64
        %v3219 = arith.divui %v3218, %v57 : i64
        %v3220 = arith.remui %v3218, %v57 : i64
        %v3221 = arith.addi %v19, %v3219 : i64
        %v3222 = arith.muli %v3221, %v68 : i64
        %v3223 = arith.addi %v3222, %v3220 : i64
        %v3224 = llvm.getelementptr %v10[%v3223] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2148, %v3224 : f32, !llvm.ptr<3>
        %v3225 = arith.addi %v3002, %v17 : i64
        %v3226 = arith.divui %v3225, %v57 : i64
        %v3227 = arith.remui %v3225, %v57 : i64
        %v3228 = arith.addi %v19, %v3226 : i64
        %v3229 = arith.muli %v3228, %v68 : i64
        %v3230 = arith.addi %v3229, %v3227 : i64
        %v3231 = llvm.getelementptr %v10[%v3230] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2162, %v3231 : f32, !llvm.ptr<3>
        %v3232 = arith.addi %v3009, %v17 : i64
        %v3233 = arith.divui %v3232, %v57 : i64
        %v3234 = arith.remui %v3232, %v57 : i64
        %v3235 = arith.addi %v19, %v3233 : i64
        %v3236 = arith.muli %v3235, %v68 : i64
        %v3237 = arith.addi %v3236, %v3234 : i64
        %v3238 = llvm.getelementptr %v10[%v3237] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2176, %v3238 : f32, !llvm.ptr<3>
        %v3239 = arith.addi %v3016, %v17 : i64
        %v3240 = arith.divui %v3239, %v57 : i64
        %v3241 = arith.remui %v3239, %v57 : i64
        %v3242 = arith.addi %v19, %v3240 : i64
        %v3243 = arith.muli %v3242, %v68 : i64
        %v3244 = arith.addi %v3243, %v3241 : i64
        %v3245 = llvm.getelementptr %v10[%v3244] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2190, %v3245 : f32, !llvm.ptr<3>
        %v3246 = arith.addi %v3023, %v17 : i64
        %v3247 = arith.divui %v3246, %v57 : i64
        %v3248 = arith.remui %v3246, %v57 : i64
        %v3249 = arith.addi %v19, %v3247 : i64
        %v3250 = arith.muli %v3249, %v68 : i64
        %v3251 = arith.addi %v3250, %v3248 : i64
        %v3252 = llvm.getelementptr %v10[%v3251] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2204, %v3252 : f32, !llvm.ptr<3>
        %v3253 = arith.addi %v3030, %v17 : i64
        %v3254 = arith.divui %v3253, %v57 : i64
        %v3255 = arith.remui %v3253, %v57 : i64
        %v3256 = arith.addi %v19, %v3254 : i64
        %v3257 = arith.muli %v3256, %v68 : i64
        %v3258 = arith.addi %v3257, %v3255 : i64
        %v3259 = llvm.getelementptr %v10[%v3258] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2218, %v3259 : f32, !llvm.ptr<3>
        %v3260 = arith.addi %v3037, %v17 : i64
        %v3261 = arith.divui %v3260, %v57 : i64
        %v3262 = arith.remui %v3260, %v57 : i64
        %v3263 = arith.addi %v19, %v3261 : i64
        %v3264 = arith.muli %v3263, %v68 : i64
        %v3265 = arith.addi %v3264, %v3262 : i64
        %v3266 = llvm.getelementptr %v10[%v3265] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2232, %v3266 : f32, !llvm.ptr<3>
        %v3267 = arith.addi %v3044, %v17 : i64
        %v3268 = arith.divui %v3267, %v57 : i64
        %v3269 = arith.remui %v3267, %v57 : i64
        %v3270 = arith.addi %v19, %v3268 : i64
        %v3271 = arith.muli %v3270, %v68 : i64
        %v3272 = arith.addi %v3271, %v3269 : i64
        %v3273 = llvm.getelementptr %v10[%v3272] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2246, %v3273 : f32, !llvm.ptr<3>
        %v3274 = arith.addi %v3051, %v17 : i64
        %v3275 = arith.divui %v3274, %v57 : i64
        %v3276 = arith.remui %v3274, %v57 : i64
        %v3277 = arith.addi %v19, %v3275 : i64
        %v3278 = arith.muli %v3277, %v68 : i64
        %v3279 = arith.addi %v3278, %v3276 : i64
        %v3280 = llvm.getelementptr %v10[%v3279] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2260, %v3280 : f32, !llvm.ptr<3>
        %v3281 = arith.addi %v3058, %v17 : i64
        %v3282 = arith.divui %v3281, %v57 : i64
        %v3283 = arith.remui %v3281, %v57 : i64
        %v3284 = arith.addi %v19, %v3282 : i64
        %v3285 = arith.muli %v3284, %v68 : i64
        %v3286 = arith.addi %v3285, %v3283 : i64
        %v3287 = llvm.getelementptr %v10[%v3286] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2274, %v3287 : f32, !llvm.ptr<3>
        %v3288 = arith.addi %v3065, %v17 : i64
        %v3289 = arith.divui %v3288, %v57 : i64
        %v3290 = arith.remui %v3288, %v57 : i64
        %v3291 = arith.addi %v19, %v3289 : i64
        %v3292 = arith.muli %v3291, %v68 : i64
        %v3293 = arith.addi %v3292, %v3290 : i64
        %v3294 = llvm.getelementptr %v10[%v3293] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2288, %v3294 : f32, !llvm.ptr<3>
        %v3295 = arith.addi %v3072, %v17 : i64
        %v3296 = arith.divui %v3295, %v57 : i64
        %v3297 = arith.remui %v3295, %v57 : i64
        %v3298 = arith.addi %v19, %v3296 : i64
        %v3299 = arith.muli %v3298, %v68 : i64
        %v3300 = arith.addi %v3299, %v3297 : i64
        %v3301 = llvm.getelementptr %v10[%v3300] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2302, %v3301 : f32, !llvm.ptr<3>
        %v3302 = arith.addi %v3079, %v17 : i64
        %v3303 = arith.divui %v3302, %v57 : i64
        %v3304 = arith.remui %v3302, %v57 : i64
        %v3305 = arith.addi %v19, %v3303 : i64
        %v3306 = arith.muli %v3305, %v68 : i64
        %v3307 = arith.addi %v3306, %v3304 : i64
        %v3308 = llvm.getelementptr %v10[%v3307] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2316, %v3308 : f32, !llvm.ptr<3>
        %v3309 = arith.addi %v3086, %v17 : i64
        %v3310 = arith.divui %v3309, %v57 : i64
        %v3311 = arith.remui %v3309, %v57 : i64
        %v3312 = arith.addi %v19, %v3310 : i64
        %v3313 = arith.muli %v3312, %v68 : i64
        %v3314 = arith.addi %v3313, %v3311 : i64
        %v3315 = llvm.getelementptr %v10[%v3314] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2330, %v3315 : f32, !llvm.ptr<3>
        %v3316 = arith.addi %v3093, %v17 : i64
        %v3317 = arith.divui %v3316, %v57 : i64
        %v3318 = arith.remui %v3316, %v57 : i64
        %v3319 = arith.addi %v19, %v3317 : i64
        %v3320 = arith.muli %v3319, %v68 : i64
        %v3321 = arith.addi %v3320, %v3318 : i64
        %v3322 = llvm.getelementptr %v10[%v3321] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2344, %v3322 : f32, !llvm.ptr<3>
        %v3323 = arith.addi %v3100, %v17 : i64
        %v3324 = arith.divui %v3323, %v57 : i64
        %v3325 = arith.remui %v3323, %v57 : i64
        %v3326 = arith.addi %v19, %v3324 : i64
        %v3327 = arith.muli %v3326, %v68 : i64
        %v3328 = arith.addi %v3327, %v3325 : i64
        %v3329 = llvm.getelementptr %v10[%v3328] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2358, %v3329 : f32, !llvm.ptr<3>
        %v3330 = arith.addi %v3107, %v17 : i64
        %v3331 = arith.divui %v3330, %v57 : i64
        %v3332 = arith.remui %v3330, %v57 : i64
        %v3333 = arith.addi %v19, %v3331 : i64
        %v3334 = arith.muli %v3333, %v68 : i64
        %v3335 = arith.addi %v3334, %v3332 : i64
        %v3336 = llvm.getelementptr %v10[%v3335] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2372, %v3336 : f32, !llvm.ptr<3>
        %v3337 = arith.divui %v17, %v57 : i64
        %v3338 = arith.remui %v17, %v57 : i64
        %v3339 = arith.addi %v49, %v3337 : i64
        %v3340 = arith.muli %v3339, %v68 : i64
        %v3341 = arith.addi %v3340, %v3338 : i64
        %v3342 = llvm.getelementptr %v10[%v3341] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2387, %v3342 : f32, !llvm.ptr<3>
        %v3343 = arith.addi %v19, %v17 : i64
        %v3344 = arith.divui %v3343, %v57 : i64
        %v3345 = arith.remui %v3343, %v57 : i64
        %v3346 = arith.addi %v49, %v3344 : i64
        %v3347 = arith.muli %v3346, %v68 : i64
        %v3348 = arith.addi %v3347, %v3345 : i64
        %v3349 = llvm.getelementptr %v10[%v3348] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2401, %v3349 : f32, !llvm.ptr<3>
        %v3350 = arith.addi %v49, %v17 : i64
        %v3351 = arith.divui %v3350, %v57 : i64
        %v3352 = arith.remui %v3350, %v57 : i64
        %v3353 = arith.addi %v49, %v3351 : i64
        %v3354 = arith.muli %v3353, %v68 : i64
        %v3355 = arith.addi %v3354, %v3352 : i64
        %v3356 = llvm.getelementptr %v10[%v3355] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2415, %v3356 : f32, !llvm.ptr<3>
        %v3357 = arith.addi %v2912, %v17 : i64
        %v3358 = arith.divui %v3357, %v57 : i64
        %v3359 = arith.remui %v3357, %v57 : i64
        %v3360 = arith.addi %v49, %v3358 : i64
        %v3361 = arith.muli %v3360, %v68 : i64
        %v3362 = arith.addi %v3361, %v3359 : i64
        %v3363 = llvm.getelementptr %v10[%v3362] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2429, %v3363 : f32, !llvm.ptr<3>
        %v3364 = arith.addi %v13, %v17 : i64
        %v3365 = arith.divui %v3364, %v57 : i64
        %v3366 = arith.remui %v3364, %v57 : i64
        %v3367 = arith.addi %v49, %v3365 : i64
        %v3368 = arith.muli %v3367, %v68 : i64
        %v3369 = arith.addi %v3368, %v3366 : i64
        %v3370 = llvm.getelementptr %v10[%v3369] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2443, %v3370 : f32, !llvm.ptr<3>
        %v3371 = arith.addi %v2925, %v17 : i64
        %v3372 = arith.divui %v3371, %v57 : i64
        %v3373 = arith.remui %v3371, %v57 : i64
        %v3374 = arith.addi %v49, %v3372 : i64
        %v3375 = arith.muli %v3374, %v68 : i64
        %v3376 = arith.addi %v3375, %v3373 : i64
        %v3377 = llvm.getelementptr %v10[%v3376] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2457, %v3377 : f32, !llvm.ptr<3>
        %v3378 = arith.addi %v2932, %v17 : i64
        %v3379 = arith.divui %v3378, %v57 : i64
        %v3380 = arith.remui %v3378, %v57 : i64
        %v3381 = arith.addi %v49, %v3379 : i64
        %v3382 = arith.muli %v3381, %v68 : i64
        %v3383 = arith.addi %v3382, %v3380 : i64
        %v3384 = llvm.getelementptr %v10[%v3383] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2471, %v3384 : f32, !llvm.ptr<3>
        %v3385 = arith.addi %v2939, %v17 : i64
        %v3386 = arith.divui %v3385, %v57 : i64
        %v3387 = arith.remui %v3385, %v57 : i64
        %v3388 = arith.addi %v49, %v3386 : i64
        %v3389 = arith.muli %v3388, %v68 : i64
        %v3390 = arith.addi %v3389, %v3387 : i64
        %v3391 = llvm.getelementptr %v10[%v3390] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2485, %v3391 : f32, !llvm.ptr<3>
        %v3392 = arith.addi %v2946, %v17 : i64
        %v3393 = arith.divui %v3392, %v57 : i64
        %v3394 = arith.remui %v3392, %v57 : i64
        %v3395 = arith.addi %v49, %v3393 : i64
        %v3396 = arith.muli %v3395, %v68 : i64
        %v3397 = arith.addi %v3396, %v3394 : i64
        %v3398 = llvm.getelementptr %v10[%v3397] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2499, %v3398 : f32, !llvm.ptr<3>
        %v3399 = arith.addi %v2953, %v17 : i64
        %v3400 = arith.divui %v3399, %v57 : i64
        %v3401 = arith.remui %v3399, %v57 : i64
        %v3402 = arith.addi %v49, %v3400 : i64
        %v3403 = arith.muli %v3402, %v68 : i64
        %v3404 = arith.addi %v3403, %v3401 : i64
        %v3405 = llvm.getelementptr %v10[%v3404] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2513, %v3405 : f32, !llvm.ptr<3>
        %v3406 = arith.addi %v2960, %v17 : i64
        %v3407 = arith.divui %v3406, %v57 : i64
        %v3408 = arith.remui %v3406, %v57 : i64
        %v3409 = arith.addi %v49, %v3407 : i64
        %v3410 = arith.muli %v3409, %v68 : i64
        %v3411 = arith.addi %v3410, %v3408 : i64
        %v3412 = llvm.getelementptr %v10[%v3411] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2527, %v3412 : f32, !llvm.ptr<3>
        %v3413 = arith.addi %v2967, %v17 : i64
        %v3414 = arith.divui %v3413, %v57 : i64
        %v3415 = arith.remui %v3413, %v57 : i64
        %v3416 = arith.addi %v49, %v3414 : i64
        %v3417 = arith.muli %v3416, %v68 : i64
        %v3418 = arith.addi %v3417, %v3415 : i64
        %v3419 = llvm.getelementptr %v10[%v3418] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2541, %v3419 : f32, !llvm.ptr<3>
        %v3420 = arith.addi %v2974, %v17 : i64
        %v3421 = arith.divui %v3420, %v57 : i64
        %v3422 = arith.remui %v3420, %v57 : i64
        %v3423 = arith.addi %v49, %v3421 : i64
        %v3424 = arith.muli %v3423, %v68 : i64
        %v3425 = arith.addi %v3424, %v3422 : i64
        %v3426 = llvm.getelementptr %v10[%v3425] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2555, %v3426 : f32, !llvm.ptr<3>
        %v3427 = arith.addi %v2981, %v17 : i64
        %v3428 = arith.divui %v3427, %v57 : i64
        %v3429 = arith.remui %v3427, %v57 : i64
        %v3430 = arith.addi %v49, %v3428 : i64
        %v3431 = arith.muli %v3430, %v68 : i64
        %v3432 = arith.addi %v3431, %v3429 : i64
        %v3433 = llvm.getelementptr %v10[%v3432] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2569, %v3433 : f32, !llvm.ptr<3>
        %v3434 = arith.addi %v2988, %v17 : i64
        %v3435 = arith.divui %v3434, %v57 : i64
        %v3436 = arith.remui %v3434, %v57 : i64
        %v3437 = arith.addi %v49, %v3435 : i64
        %v3438 = arith.muli %v3437, %v68 : i64
        %v3439 = arith.addi %v3438, %v3436 : i64
        %v3440 = llvm.getelementptr %v10[%v3439] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2583, %v3440 : f32, !llvm.ptr<3>
        %v3441 = arith.addi %v2995, %v17 : i64
        %v3442 = arith.divui %v3441, %v57 : i64
        %v3443 = arith.remui %v3441, %v57 : i64
        %v3444 = arith.addi %v49, %v3442 : i64
        %v3445 = arith.muli %v3444, %v68 : i64
        %v3446 = arith.addi %v3445, %v3443 : i64
        %v3447 = llvm.getelementptr %v10[%v3446] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2597, %v3447 : f32, !llvm.ptr<3>
        %v3448 = arith.addi %v3002, %v17 : i64
        %v3449 = arith.divui %v3448, %v57 : i64
        %v3450 = arith.remui %v3448, %v57 : i64
        %v3451 = arith.addi %v49, %v3449 : i64
        %v3452 = arith.muli %v3451, %v68 : i64
        %v3453 = arith.addi %v3452, %v3450 : i64
        %v3454 = llvm.getelementptr %v10[%v3453] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2611, %v3454 : f32, !llvm.ptr<3>
        %v3455 = arith.addi %v3009, %v17 : i64
        %v3456 = arith.divui %v3455, %v57 : i64
        %v3457 = arith.remui %v3455, %v57 : i64
        %v3458 = arith.addi %v49, %v3456 : i64
        %v3459 = arith.muli %v3458, %v68 : i64
        %v3460 = arith.addi %v3459, %v3457 : i64
        %v3461 = llvm.getelementptr %v10[%v3460] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2625, %v3461 : f32, !llvm.ptr<3>
        %v3462 = arith.addi %v3016, %v17 : i64
        %v3463 = arith.divui %v3462, %v57 : i64
        %v3464 = arith.remui %v3462, %v57 : i64
        %v3465 = arith.addi %v49, %v3463 : i64
        %v3466 = arith.muli %v3465, %v68 : i64
        %v3467 = arith.addi %v3466, %v3464 : i64
        %v3468 = llvm.getelementptr %v10[%v3467] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2639, %v3468 : f32, !llvm.ptr<3>
        %v3469 = arith.addi %v3023, %v17 : i64
        %v3470 = arith.divui %v3469, %v57 : i64
        %v3471 = arith.remui %v3469, %v57 : i64
        %v3472 = arith.addi %v49, %v3470 : i64
        %v3473 = arith.muli %v3472, %v68 : i64
        %v3474 = arith.addi %v3473, %v3471 : i64
        %v3475 = llvm.getelementptr %v10[%v3474] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2653, %v3475 : f32, !llvm.ptr<3>
        %v3476 = arith.addi %v3030, %v17 : i64
        %v3477 = arith.divui %v3476, %v57 : i64
        %v3478 = arith.remui %v3476, %v57 : i64
        %v3479 = arith.addi %v49, %v3477 : i64
        %v3480 = arith.muli %v3479, %v68 : i64
        %v3481 = arith.addi %v3480, %v3478 : i64
        %v3482 = llvm.getelementptr %v10[%v3481] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2667, %v3482 : f32, !llvm.ptr<3>
        %v3483 = arith.addi %v3037, %v17 : i64
        %v3484 = arith.divui %v3483, %v57 : i64
        %v3485 = arith.remui %v3483, %v57 : i64
        %v3486 = arith.addi %v49, %v3484 : i64
        %v3487 = arith.muli %v3486, %v68 : i64
        %v3488 = arith.addi %v3487, %v3485 : i64
        %v3489 = llvm.getelementptr %v10[%v3488] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2681, %v3489 : f32, !llvm.ptr<3>
        %v3490 = arith.addi %v3044, %v17 : i64
        %v3491 = arith.divui %v3490, %v57 : i64
        %v3492 = arith.remui %v3490, %v57 : i64
        %v3493 = arith.addi %v49, %v3491 : i64
        %v3494 = arith.muli %v3493, %v68 : i64
        %v3495 = arith.addi %v3494, %v3492 : i64
        %v3496 = llvm.getelementptr %v10[%v3495] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2695, %v3496 : f32, !llvm.ptr<3>
        %v3497 = arith.addi %v3051, %v17 : i64
        %v3498 = arith.divui %v3497, %v57 : i64
        %v3499 = arith.remui %v3497, %v57 : i64
        %v3500 = arith.addi %v49, %v3498 : i64
        %v3501 = arith.muli %v3500, %v68 : i64
        %v3502 = arith.addi %v3501, %v3499 : i64
        %v3503 = llvm.getelementptr %v10[%v3502] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2709, %v3503 : f32, !llvm.ptr<3>
        %v3504 = arith.addi %v3058, %v17 : i64
        %v3505 = arith.divui %v3504, %v57 : i64
        %v3506 = arith.remui %v3504, %v57 : i64
        %v3507 = arith.addi %v49, %v3505 : i64
        %v3508 = arith.muli %v3507, %v68 : i64
        %v3509 = arith.addi %v3508, %v3506 : i64
        %v3510 = llvm.getelementptr %v10[%v3509] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2723, %v3510 : f32, !llvm.ptr<3>
        %v3511 = arith.addi %v3065, %v17 : i64
        %v3512 = arith.divui %v3511, %v57 : i64
        %v3513 = arith.remui %v3511, %v57 : i64
        %v3514 = arith.addi %v49, %v3512 : i64
        %v3515 = arith.muli %v3514, %v68 : i64
        %v3516 = arith.addi %v3515, %v3513 : i64
        %v3517 = llvm.getelementptr %v10[%v3516] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2737, %v3517 : f32, !llvm.ptr<3>
        %v3518 = arith.addi %v3072, %v17 : i64
        %v3519 = arith.divui %v3518, %v57 : i64
        %v3520 = arith.remui %v3518, %v57 : i64
        %v3521 = arith.addi %v49, %v3519 : i64
        %v3522 = arith.muli %v3521, %v68 : i64
        %v3523 = arith.addi %v3522, %v3520 : i64
        %v3524 = llvm.getelementptr %v10[%v3523] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2751, %v3524 : f32, !llvm.ptr<3>
        %v3525 = arith.addi %v3079, %v17 : i64
        %v3526 = arith.divui %v3525, %v57 : i64
        %v3527 = arith.remui %v3525, %v57 : i64
        %v3528 = arith.addi %v49, %v3526 : i64
        %v3529 = arith.muli %v3528, %v68 : i64
        %v3530 = arith.addi %v3529, %v3527 : i64
        %v3531 = llvm.getelementptr %v10[%v3530] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2765, %v3531 : f32, !llvm.ptr<3>
        %v3532 = arith.addi %v3086, %v17 : i64
        %v3533 = arith.divui %v3532, %v57 : i64
        %v3534 = arith.remui %v3532, %v57 : i64
        %v3535 = arith.addi %v49, %v3533 : i64
        %v3536 = arith.muli %v3535, %v68 : i64
        %v3537 = arith.addi %v3536, %v3534 : i64
        %v3538 = llvm.getelementptr %v10[%v3537] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2779, %v3538 : f32, !llvm.ptr<3>
        %v3539 = arith.addi %v3093, %v17 : i64
        %v3540 = arith.divui %v3539, %v57 : i64
        %v3541 = arith.remui %v3539, %v57 : i64
        %v3542 = arith.addi %v49, %v3540 : i64
        %v3543 = arith.muli %v3542, %v68 : i64
        %v3544 = arith.addi %v3543, %v3541 : i64
        %v3545 = llvm.getelementptr %v10[%v3544] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2793, %v3545 : f32, !llvm.ptr<3>
        %v3546 = arith.addi %v3100, %v17 : i64
        %v3547 = arith.divui %v3546, %v57 : i64
        %v3548 = arith.remui %v3546, %v57 : i64
        %v3549 = arith.addi %v49, %v3547 : i64
        %v3550 = arith.muli %v3549, %v68 : i64
        %v3551 = arith.addi %v3550, %v3548 : i64
        %v3552 = llvm.getelementptr %v10[%v3551] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2807, %v3552 : f32, !llvm.ptr<3>
        %v3553 = arith.addi %v3107, %v17 : i64
        %v3554 = arith.divui %v3553, %v57 : i64
        %v3555 = arith.remui %v3553, %v57 : i64
        %v3556 = arith.addi %v49, %v3554 : i64
        %v3557 = arith.muli %v3556, %v68 : i64
        %v3558 = arith.addi %v3557, %v3555 : i64
        %v3559 = llvm.getelementptr %v10[%v3558] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2821, %v3559 : f32, !llvm.ptr<3>
        gpu.barrier
      }
      scf.if %v27 {
        %v3560 = arith.muli %v23, %v2 : i64
        %v3561 = arith.subi %v2, %v1 : i64
        %v3562 = arith.minsi %v26, %v3561 : i64
        %v3563 = arith.addi %v3560, %v3562 : i64
        %v3564 = arith.muli %v23, %v2 : i64
        %v3565 = arith.subi %v2, %v1 : i64
        %v3566 = arith.minsi %v26, %v3565 : i64
        %v3567 = arith.addi %v3564, %v3566 : i64
        %v3568 = arith.muli %v3567, %v48 : i64
        %v3569 = llvm.load %v5 : !llvm.ptr -> f32
        %v3570 = llvm.getelementptr %agga_h[%v3568] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3569, %v3570 : f32, !llvm.ptr
        %v3571 = arith.muli %v23, %v2 : i64
        %v3572 = arith.subi %v2, %v1 : i64
        %v3573 = arith.minsi %v26, %v3572 : i64
        %v3574 = arith.addi %v3571, %v3573 : i64
        %v3575 = arith.muli %v3574, %v48 : i64
        %v3576 = arith.addi %v3575, %v1 : i64
        %v3577 = llvm.load %v6 : !llvm.ptr -> f32
        %v3578 = llvm.getelementptr %agga_h[%v3576] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3577, %v3578 : f32, !llvm.ptr
        %v3579 = llvm.load %v3 : !llvm.ptr -> f32
        %v3580 = llvm.getelementptr %aggb_h[%v3563] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3579, %v3580 : f32, !llvm.ptr
        %v3581 = arith.muli %v23, %v2 : i64
        %v3582 = arith.subi %v2, %v1 : i64
        %v3583 = arith.minsi %v26, %v3582 : i64
        %v3584 = arith.addi %v3581, %v3583 : i64
        %v3585 = arith.muli %v23, %v2 : i64
        %v3586 = arith.subi %v2, %v1 : i64
        %v3587 = arith.minsi %v26, %v3586 : i64
        %v3588 = arith.addi %v3585, %v3587 : i64
        %v3589 = arith.muli %v3588, %v48 : i64
        %v3590 = llvm.load %v7 : !llvm.ptr -> f32
        %v3591 = llvm.getelementptr %agga_hp[%v3589] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3590, %v3591 : f32, !llvm.ptr
        %v3592 = arith.muli %v23, %v2 : i64
        %v3593 = arith.subi %v2, %v1 : i64
        %v3594 = arith.minsi %v26, %v3593 : i64
        %v3595 = arith.addi %v3592, %v3594 : i64
        %v3596 = arith.muli %v3595, %v48 : i64
        %v3597 = arith.addi %v3596, %v1 : i64
        %v3598 = llvm.load %v8 : !llvm.ptr -> f32
        %v3599 = llvm.getelementptr %agga_hp[%v3597] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3598, %v3599 : f32, !llvm.ptr
        %v3600 = llvm.load %v4 : !llvm.ptr -> f32
        %v3601 = llvm.getelementptr %aggb_hp[%v3584] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3600, %v3601 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
