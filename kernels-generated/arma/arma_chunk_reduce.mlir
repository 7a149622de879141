module attributes {gpu.container_module} {
  gpu.module @linrec {
    llvm.mlir.global internal @rows_arma_chunk_reduce() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<192 x i64>
    llvm.mlir.global internal @smem_arma_chunk_reduce() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<6336 x f32>
    gpu.func @arma_chunk_reduce(%in_e: !llvm.ptr, %in_phi1: !llvm.ptr, %in_phi2: !llvm.ptr, %in_theta1: !llvm.ptr, %in_theta2: !llvm.ptr, %agga_h: !llvm.ptr, %aggb_h: !llvm.ptr, %agga_h_lag1: !llvm.ptr, %aggb_h_lag1: !llvm.ptr, %agga_e_lag1: !llvm.ptr, %aggb_e_lag1: !llvm.ptr, %agga_e_lag2: !llvm.ptr, %aggb_e_lag2: !llvm.ptr, %size_B: i64, %size_D: i64, %size_L: i64) kernel {
      %v1 = arith.constant 1 : i64
      %v2 = arith.muli %size_B, %size_D : i64
      %v3 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v4 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v5 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v6 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v7 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v8 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v9 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v10 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v11 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v12 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v13 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v14 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v15 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v16 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v17 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v18 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v19 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v20 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v21 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v22 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v23 = llvm.mlir.addressof @rows_arma_chunk_reduce : !llvm.ptr<3>
      %v24 = llvm.mlir.addressof @smem_arma_chunk_reduce : !llvm.ptr<3>
      %v25 = arith.constant 255 : i64
      %v26 = arith.addi %size_L, %v25 : i64
      %v27 = arith.constant 256 : i64
      %v28 = arith.divui %v26, %v27 : i64
      %v33 = arith.constant 64 : i64
      %v34 = arith.constant 63 : i64
      %v48 = arith.constant 0 : i64
      %v49 = arith.muli %size_L, %size_D : i64
      %v62 = arith.constant 2 : i64
      %v63 = arith.constant 128 : i64
      %v66 = arith.constant 0x00000000 : f32
      %v67 = arith.constant 0x3F800000 : f32
      %v71 = arith.constant 32 : i64
      %v82 = arith.constant 33 : i64
      %v100 = arith.constant 4 : i64
      %v114 = arith.constant 6 : i64
      %v128 = arith.constant 8 : i64
      %v142 = arith.constant 10 : i64
      %v156 = arith.constant 12 : i64
      %v170 = arith.constant 14 : i64
      %v184 = arith.constant 16 : i64
      %v198 = arith.constant 18 : i64
      %v212 = arith.constant 20 : i64
      %v226 = arith.constant 22 : i64
      %v240 = arith.constant 24 : i64
      %v254 = arith.constant 26 : i64
      %v268 = arith.constant 28 : i64
      %v282 = arith.constant 30 : i64
      %v309 = arith.constant 34 : i64
      %v323 = arith.constant 36 : i64
      %v337 = arith.constant 38 : i64
      %v351 = arith.constant 40 : i64
      %v365 = arith.constant 42 : i64
      %v379 = arith.constant 44 : i64
      %v393 = arith.constant 46 : i64
      %v407 = arith.constant 48 : i64
      %v421 = arith.constant 50 : i64
      %v435 = arith.constant 52 : i64
      %v449 = arith.constant 54 : i64
      %v463 = arith.constant 56 : i64
      %v477 = arith.constant 58 : i64
      %v491 = arith.constant 60 : i64
      %v505 = arith.constant 62 : i64
      %v2996 = arith.constant 192 : i64
      %v3009 = arith.constant 320 : i64
      %v3016 = arith.constant 384 : i64
      %v3023 = arith.constant 448 : i64
      %v3030 = arith.constant 512 : i64
      %v3037 = arith.constant 576 : i64
      %v3044 = arith.constant 640 : i64
      %v3051 = arith.constant 704 : i64
      %v3058 = arith.constant 768 : i64
      %v3065 = arith.constant 832 : i64
      %v3072 = arith.constant 896 : i64
      %v3079 = arith.constant 960 : i64
      %v3086 = arith.constant 1024 : i64
      %v3093 = arith.constant 1088 : i64
      %v3100 = arith.constant 1152 : i64
      %v3107 = arith.constant 1216 : i64
      %v3114 = arith.constant 1280 : i64
      %v3121 = arith.constant 1344 : i64
      %v3128 = arith.constant 1408 : i64
      %v3135 = arith.constant 1472 : i64
      %v3142 = arith.constant 1536 : i64
      %v3149 = arith.constant 1600 : i64
      %v3156 = arith.constant 1664 : i64
      %v3163 = arith.constant 1728 : i64
      %v3170 = arith.constant 1792 : i64
      %v3177 = arith.constant 1856 : i64
      %v3184 = arith.constant 1920 : i64
      %v3191 = arith.constant 1984 : i64
      %v3676 = arith.constant 3 : i64
      %v29 = gpu.block_id x
      %v30 = gpu.thread_id x
      %v31 = arith.index_cast %v30 : index to i64
      %v32 = arith.index_cast %v29 : index to i64
      %v35 = arith.addi %v2, %v34 : i64
      %v36 = arith.divui %v35, %v33 : i64
      %v37 = arith.divui %v32, %v36 : i64
      %v38 = arith.remui %v32, %v36 : i64
      %v39 = arith.muli %v38, %v33 : i64
      %v40 = arith.addi %v39, %v31 : i64
      %v41 = arith.cmpi slt, %v40, %v2 : i64
      %v42 = arith.subi %v2, %v1 : i64
      %v43 = arith.minsi %v40, %v42 : i64
      %v44 = arith.remui %v43, %size_D : i64
      %v45 = arith.divui %v43, %size_D : i64
      %v46 = arith.remui %v45, %size_B : i64
      %v47 = arith.divui %v45, %size_B : i64
      %v2862 = llvm.getelementptr %in_theta1[%v44] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v2863 = llvm.load %v2862 : !llvm.ptr -> f32
      %v2867 = llvm.getelementptr %in_theta2[%v44] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v2868 = llvm.load %v2867 : !llvm.ptr -> f32
      %v50 = arith.muli %v46, %v49 : i64
      %v51 = arith.muli %v44, %size_L : i64
      %v52 = arith.addi %v50, %v51 : i64
      %v53 = llvm.getelementptr %v23[%v31] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      llvm.store %v52, %v53 : i64, !llvm.ptr<3>
      %v54 = arith.muli %v46, %v49 : i64
      %v55 = arith.muli %v44, %size_L : i64
      %v56 = arith.addi %v54, %v55 : i64
      %v57 = arith.addi %v33, %v31 : i64
      %v58 = llvm.getelementptr %v23[%v57] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      llvm.store %v56, %v58 : i64, !llvm.ptr<3>
      %v59 = arith.muli %v46, %v49 : i64
      %v60 = arith.muli %v44, %size_L : i64
      %v61 = arith.addi %v59, %v60 : i64
      %v64 = arith.addi %v63, %v31 : i64
      %v65 = llvm.getelementptr %v23[%v64] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      llvm.store %v61, %v65 : i64, !llvm.ptr<3>
      gpu.barrier
      llvm.store %v66, %v3 : f32, !llvm.ptr
      llvm.store %v66, %v4 : f32, !llvm.ptr
      llvm.store %v66, %v5 : f32, !llvm.ptr
      llvm.store %v66, %v6 : f32, !llvm.ptr
      llvm.store %v67, %v7 : f32, !llvm.ptr
      llvm.store %v66, %v8 : f32, !llvm.ptr
      llvm.store %v66, %v9 : f32, !llvm.ptr
      llvm.store %v66, %v10 : f32, !llvm.ptr
      llvm.store %v66, %v11 : f32, !llvm.ptr
      llvm.store %v67, %v12 : f32, !llvm.ptr
      llvm.store %v66, %v13 : f32, !llvm.ptr
      llvm.store %v66, %v14 : f32, !llvm.ptr
      llvm.store %v66, %v15 : f32, !llvm.ptr
      llvm.store %v66, %v16 : f32, !llvm.ptr
      llvm.store %v67, %v17 : f32, !llvm.ptr
      llvm.store %v66, %v18 : f32, !llvm.ptr
      llvm.store %v66, %v19 : f32, !llvm.ptr
      llvm.store %v66, %v20 : f32, !llvm.ptr
      llvm.store %v66, %v21 : f32, !llvm.ptr
      llvm.store %v67, %v22 : f32, !llvm.ptr
      %v68 = arith.muli %v37, %v27 : i64
      %v69 = arith.addi %v68, %v27 : i64
      %v70 = arith.minsi %v69, %size_L : i64
      // staged load of `e`'s first tile: read, then shared memory
      %v72 = arith.divui %v31, %v71 : i64
      %v73 = arith.remui %v31, %v71 : i64
      %v74 = arith.constant true
      %v75 = llvm.getelementptr %v23[%v72] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v76 = llvm.load %v75 : !llvm.ptr<3> -> i64
      %v77 = arith.addi %v68, %v73 : i64
      %v78 = arith.cmpi slt, %v77, %v70 : i64
      %v79 = arith.subi %size_L, %v1 : i64
      %v80 = arith.minsi %v77, %v79 : i64
      %v81 = arith.addi %v76, %v80 : i64
      %v83 = arith.muli %v72, %v82 : i64
      %v84 = arith.addi %v83, %v73 : i64
      %v85 = llvm.getelementptr %in_e[%v81] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v86 = llvm.load %v85 : !llvm.ptr -> f32
      %v87 = arith.addi %v72, %v62 : i64
      %v88 = arith.constant true
      %v89 = llvm.getelementptr %v23[%v87] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v90 = llvm.load %v89 : !llvm.ptr<3> -> i64
      %v91 = arith.addi %v68, %v73 : i64
      %v92 = arith.cmpi slt, %v91, %v70 : i64
      %v93 = arith.subi %size_L, %v1 : i64
      %v94 = arith.minsi %v91, %v93 : i64
      %v95 = arith.addi %v90, %v94 : i64
      %v96 = arith.muli %v87, %v82 : i64
      %v97 = arith.addi %v96, %v73 : i64
      %v98 = llvm.getelementptr %in_e[%v95] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v99 = llvm.load %v98 : !llvm.ptr -> f32
      %v101 = arith.addi %v72, %v100 : i64
      %v102 = arith.constant true
      %v103 = llvm.getelementptr %v23[%v101] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v104 = llvm.load %v103 : !llvm.ptr<3> -> i64
      %v105 = arith.addi %v68, %v73 : i64
      %v106 = arith.cmpi slt, %v105, %v70 : i64
      %v107 = arith.subi %size_L, %v1 : i64
      %v108 = arith.minsi %v105, %v107 : i64
      %v109 = arith.addi %v104, %v108 : i64
      %v110 = arith.muli %v101, %v82 : i64
      %v111 = arith.addi %v110, %v73 : i64
      %v112 = llvm.getelementptr %in_e[%v109] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v113 = llvm.load %v112 : !llvm.ptr -> f32
      %v115 = arith.addi %v72, %v114 : i64
      %v116 = arith.constant true
      %v117 = llvm.getelementptr %v23[%v115] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v118 = llvm.load %v117 : !llvm.ptr<3> -> i64
      %v119 = arith.addi %v68, %v73 : i64
      %v120 = arith.cmpi slt, %v119, %v70 : i64
      %v121 = arith.subi %size_L, %v1 : i64
      %v122 = arith.minsi %v119, %v121 : i64
      %v123 = arith.addi %v118, %v122 : i64
      %v124 = arith.muli %v115, %v82 : i64
      %v125 = arith.addi %v124, %v73 : i64
      %v126 = llvm.getelementptr %in_e[%v123] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v127 = llvm.load %v126 : !llvm.ptr -> f32
      %v129 = arith.addi %v72, %v128 : i64
      %v130 = arith.constant true
      %v131 = llvm.getelementptr %v23[%v129] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v132 = llvm.load %v131 : !llvm.ptr<3> -> i64
      %v133 = arith.addi %v68, %v73 : i64
      %v134 = arith.cmpi slt, %v133, %v70 : i64
      %v135 = arith.subi %size_L, %v1 : i64
      %v136 = arith.minsi %v133, %v135 : i64
      %v137 = arith.addi %v132, %v136 : i64
      %v138 = arith.muli %v129, %v82 : i64
      %v139 = arith.addi %v138, %v73 : i64
      %v140 = llvm.getelementptr %in_e[%v137] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v141 = llvm.load %v140 : !llvm.ptr -> f32
      %v143 = arith.addi %v72, %v142 : i64
      %v144 = arith.constant true
      %v145 = llvm.getelementptr %v23[%v143] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v146 = llvm.load %v145 : !llvm.ptr<3> -> i64
      %v147 = arith.addi %v68, %v73 : i64
      %v148 = arith.cmpi slt, %v147, %v70 : i64
      %v149 = arith.subi %size_L, %v1 : i64
      %v150 = arith.minsi %v147, %v149 : i64
      %v151 = arith.addi %v146, %v150 : i64
      %v152 = arith.muli %v143, %v82 : i64
      %v153 = arith.addi %v152, %v73 : i64
      %v154 = llvm.getelementptr %in_e[%v151] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v155 = llvm.load %v154 : !llvm.ptr -> f32
      %v157 = arith.addi %v72, %v156 : i64
      %v158 = arith.constant true
      %v159 = llvm.getelementptr %v23[%v157] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v160 = llvm.load %v159 : !llvm.ptr<3> -> i64
      %v161 = arith.addi %v68, %v73 : i64
      %v162 = arith.cmpi slt, %v161, %v70 : i64
      %v163 = arith.subi %size_L, %v1 : i64
      %v164 = arith.minsi %v161, %v163 : i64
      %v165 = arith.addi %v160, %v164 : i64
      %v166 = arith.muli %v157, %v82 : i64
      %v167 = arith.addi %v166, %v73 : i64
      %v168 = llvm.getelementptr %in_e[%v165] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v169 = llvm.load %v168 : !llvm.ptr -> f32
      %v171 = arith.addi %v72, %v170 : i64
      %v172 = arith.constant true
      %v173 = llvm.getelementptr %v23[%v171] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v174 = llvm.load %v173 : !llvm.ptr<3> -> i64
      %v175 = arith.addi %v68, %v73 : i64
      %v176 = arith.cmpi slt, %v175, %v70 : i64
      %v177 = arith.subi %size_L, %v1 : i64
      %v178 = arith.minsi %v175, %v177 : i64
      %v179 = arith.addi %v174, %v178 : i64
      %v180 = arith.muli %v171, %v82 : i64
      %v181 = arith.addi %v180, %v73 : i64
      %v182 = llvm.getelementptr %in_e[%v179] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v183 = llvm.load %v182 : !llvm.ptr -> f32
      %v185 = arith.addi %v72, %v184 : i64
      %v186 = arith.constant true
      %v187 = llvm.getelementptr %v23[%v185] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v188 = llvm.load %v187 : !llvm.ptr<3> -> i64
      %v189 = arith.addi %v68, %v73 : i64
      %v190 = arith.cmpi slt, %v189, %v70 : i64
      %v191 = arith.subi %size_L, %v1 : i64
      %v192 = arith.minsi %v189, %v191 : i64
      %v193 = arith.addi %v188, %v192 : i64
      %v194 = arith.muli %v185, %v82 : i64
      %v195 = arith.addi %v194, %v73 : i64
      %v196 = llvm.getelementptr %in_e[%v193] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v197 = llvm.load %v196 : !llvm.ptr -> f32
      %v199 = arith.addi %v72, %v198 : i64
      %v200 = arith.constant true
      %v201 = llvm.getelementptr %v23[%v199] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v202 = llvm.load %v201 : !llvm.ptr<3> -> i64
      %v203 = arith.addi %v68, %v73 : i64
      %v204 = arith.cmpi slt, %v203, %v70 : i64
      %v205 = arith.subi %size_L, %v1 : i64
      %v206 = arith.minsi %v203, %v205 : i64
      %v207 = arith.addi %v202, %v206 : i64
      %v208 = arith.muli %v199, %v82 : i64
      %v209 = arith.addi %v208, %v73 : i64
      %v210 = llvm.getelementptr %in_e[%v207] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v211 = llvm.load %v210 : !llvm.ptr -> f32
      %v213 = arith.addi %v72, %v212 : i64
      %v214 = arith.constant true
      %v215 = llvm.getelementptr %v23[%v213] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v216 = llvm.load %v215 : !llvm.ptr<3> -> i64
      %v217 = arith.addi %v68, %v73 : i64
      %v218 = arith.cmpi slt, %v217, %v70 : i64
      %v219 = arith.subi %size_L, %v1 : i64
      %v220 = arith.minsi %v217, %v219 : i64
      %v221 = arith.addi %v216, %v220 : i64
      %v222 = arith.muli %v213, %v82 : i64
      %v223 = arith.addi %v222, %v73 : i64
      %v224 = llvm.getelementptr %in_e[%v221] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v225 = llvm.load %v224 : !llvm.ptr -> f32
      %v227 = arith.addi %v72, %v226 : i64
      %v228 = arith.constant true
      %v229 = llvm.getelementptr %v23[%v227] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v230 = llvm.load %v229 : !llvm.ptr<3> -> i64
      %v231 = arith.addi %v68, %v73 : i64
      %v232 = arith.cmpi slt, %v231, %v70 : i64
      %v233 = arith.subi %size_L, %v1 : i64
      %v234 = arith.minsi %v231, %v233 : i64
      %v235 = arith.addi %v230, %v234 : i64
      %v236 = arith.muli %v227, %v82 : i64
      %v237 = arith.addi %v236, %v73 : i64
      %v238 = llvm.getelementptr %in_e[%v235] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v239 = llvm.load %v238 : !llvm.ptr -> f32
      %v241 = arith.addi %v72, %v240 : i64
      %v242 = arith.constant true
      %v243 = llvm.getelementptr %v23[%v241] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v244 = llvm.load %v243 : !llvm.ptr<3> -> i64
      %v245 = arith.addi %v68, %v73 : i64
      %v246 = arith.cmpi slt, %v245, %v70 : i64
      %v247 = arith.subi %size_L, %v1 : i64
      %v248 = arith.minsi %v245, %v247 : i64
      %v249 = arith.addi %v244, %v248 : i64
      %v250 = arith.muli %v241, %v82 : i64
      %v251 = arith.addi %v250, %v73 : i64
      %v252 = llvm.getelementptr %in_e[%v249] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v253 = llvm.load %v252 : !llvm.ptr -> f32
      %v255 = arith.addi %v72, %v254 : i64
      %v256 = arith.constant true
      %v257 = llvm.getelementptr %v23[%v255] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v258 = llvm.load %v257 : !llvm.ptr<3> -> i64
      %v259 = arith.addi %v68, %v73 : i64
      %v260 = arith.cmpi slt, %v259, %v70 : i64
      %v261 = arith.subi %size_L, %v1 : i64
      %v262 = arith.minsi %v259, %v261 : i64
      %v263 = arith.addi %v258, %v262 : i64
      %v264 = arith.muli %v255, %v82 : i64
      %v265 = arith.addi %v264, %v73 : i64
      %v266 = llvm.getelementptr %in_e[%v263] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v267 = llvm.load %v266 : !llvm.ptr -> f32
      %v269 = arith.addi %v72, %v268 : i64
      %v270 = arith.constant true
      %v271 = llvm.getelementptr %v23[%v269] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v272 = llvm.load %v271 : !llvm.ptr<3> -> i64
      %v273 = arith.addi %v68, %v73 : i64
      %v274 = arith.cmpi slt, %v273, %v70 : i64
      %v275 = arith.subi %size_L, %v1 : i64
      %v276 = arith.minsi %v273, %v275 : i64
      %v277 = arith.addi %v272, %v276 : i64
      %v278 = arith.muli %v269, %v82 : i64
      %v279 = arith.addi %v278, %v73 : i64
      %v280 = llvm.getelementptr %in_e[%v277] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v281 = llvm.load %v280 : !llvm.ptr -> f32
      %v283 = arith.addi %v72, %v282 : i64
      %v284 = arith.constant true
      %v285 = llvm.getelementptr %v23[%v283] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v286 = llvm.load %v285 : !llvm.ptr<3> -> i64
      %v287 = arith.addi %v68, %v73 : i64
      %v288 = arith.cmpi slt, %v287, %v70 : i64
      %v289 = arith.subi %size_L, %v1 : i64
      %v290 = arith.minsi %v287, %v289 : i64
      %v291 = arith.addi %v286, %v290 : i64
      %v292 = arith.muli %v283, %v82 : i64
      %v293 = arith.addi %v292, %v73 : i64
      %v294 = llvm.getelementptr %in_e[%v291] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v295 = llvm.load %v294 : !llvm.ptr -> f32
      %v296 = arith.addi %v72, %v71 : i64
      %v297 = arith.constant true
      %v298 = llvm.getelementptr %v23[%v296] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v299 = llvm.load %v298 : !llvm.ptr<3> -> i64
      %v300 = arith.addi %v68, %v73 : i64
      %v301 = arith.cmpi slt, %v300, %v70 : i64
      %v302 = arith.subi %size_L, %v1 : i64
      %v303 = arith.minsi %v300, %v302 : i64
      %v304 = arith.addi %v299, %v303 : i64
      %v305 = arith.muli %v296, %v82 : i64
      %v306 = arith.addi %v305, %v73 : i64
      %v307 = llvm.getelementptr %in_e[%v304] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v308 = llvm.load %v307 : !llvm.ptr -> f32
      %v310 = arith.addi %v72, %v309 : i64
      %v311 = arith.constant true
      %v312 = llvm.getelementptr %v23[%v310] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v313 = llvm.load %v312 : !llvm.ptr<3> -> i64
      %v314 = arith.addi %v68, %v73 : i64
      %v315 = arith.cmpi slt, %v314, %v70 : i64
      %v316 = arith.subi %size_L, %v1 : i64
      %v317 = arith.minsi %v314, %v316 : i64
      %v318 = arith.addi %v313, %v317 : i64
      %v319 = arith.muli %v310, %v82 : i64
      %v320 = arith.addi %v319, %v73 : i64
      %v321 = llvm.getelementptr %in_e[%v318] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v322 = llvm.load %v321 : !llvm.ptr -> f32
      %v324 = arith.addi %v72, %v323 : i64
      %v325 = arith.constant true
      %v326 = llvm.getelementptr %v23[%v324] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v327 = llvm.load %v326 : !llvm.ptr<3> -> i64
      %v328 = arith.addi %v68, %v73 : i64
      %v329 = arith.cmpi slt, %v328, %v70 : i64
      %v330 = arith.subi %size_L, %v1 : i64
      %v331 = arith.minsi %v328, %v330 : i64
      %v332 = arith.addi %v327, %v331 : i64
      %v333 = arith.muli %v324, %v82 : i64
      %v334 = arith.addi %v333, %v73 : i64
      %v335 = llvm.getelementptr %in_e[%v332] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v336 = llvm.load %v335 : !llvm.ptr -> f32
      %v338 = arith.addi %v72, %v337 : i64
      %v339 = arith.constant true
      %v340 = llvm.getelementptr %v23[%v338] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v341 = llvm.load %v340 : !llvm.ptr<3> -> i64
      %v342 = arith.addi %v68, %v73 : i64
      %v343 = arith.cmpi slt, %v342, %v70 : i64
      %v344 = arith.subi %size_L, %v1 : i64
      %v345 = arith.minsi %v342, %v344 : i64
      %v346 = arith.addi %v341, %v345 : i64
      %v347 = arith.muli %v338, %v82 : i64
      %v348 = arith.addi %v347, %v73 : i64
      %v349 = llvm.getelementptr %in_e[%v346] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v350 = llvm.load %v349 : !llvm.ptr -> f32
      %v352 = arith.addi %v72, %v351 : i64
      %v353 = arith.constant true
      %v354 = llvm.getelementptr %v23[%v352] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v355 = llvm.load %v354 : !llvm.ptr<3> -> i64
      %v356 = arith.addi %v68, %v73 : i64
      %v357 = arith.cmpi slt, %v356, %v70 : i64
      %v358 = arith.subi %size_L, %v1 : i64
      %v359 = arith.minsi %v356, %v358 : i64
      %v360 = arith.addi %v355, %v359 : i64
      %v361 = arith.muli %v352, %v82 : i64
      %v362 = arith.addi %v361, %v73 : i64
      %v363 = llvm.getelementptr %in_e[%v360] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v364 = llvm.load %v363 : !llvm.ptr -> f32
      %v366 = arith.addi %v72, %v365 : i64
      %v367 = arith.constant true
      %v368 = llvm.getelementptr %v23[%v366] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v369 = llvm.load %v368 : !llvm.ptr<3> -> i64
      %v370 = arith.addi %v68, %v73 : i64
      %v371 = arith.cmpi slt, %v370, %v70 : i64
      %v372 = arith.subi %size_L, %v1 : i64
      %v373 = arith.minsi %v370, %v372 : i64
      %v374 = arith.addi %v369, %v373 : i64
      %v375 = arith.muli %v366, %v82 : i64
      %v376 = arith.addi %v375, %v73 : i64
      %v377 = llvm.getelementptr %in_e[%v374] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v378 = llvm.load %v377 : !llvm.ptr -> f32
      %v380 = arith.addi %v72, %v379 : i64
      %v381 = arith.constant true
      %v382 = llvm.getelementptr %v23[%v380] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v383 = llvm.load %v382 : !llvm.ptr<3> -> i64
      %v384 = arith.addi %v68, %v73 : i64
      %v385 = arith.cmpi slt, %v384, %v70 : i64
      %v386 = arith.subi %size_L, %v1 : i64
      %v387 = arith.minsi %v384, %v386 : i64
      %v388 = arith.addi %v383, %v387 : i64
      %v389 = arith.muli %v380, %v82 : i64
      %v390 = arith.addi %v389, %v73 : i64
      %v391 = llvm.getelementptr %in_e[%v388] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v392 = llvm.load %v391 : !llvm.ptr -> f32
      %v394 = arith.addi %v72, %v393 : i64
      %v395 = arith.constant true
      %v396 = llvm.getelementptr %v23[%v394] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v397 = llvm.load %v396 : !llvm.ptr<3> -> i64
      %v398 = arith.addi %v68, %v73 : i64
      %v399 = arith.cmpi slt, %v398, %v70 : i64
      %v400 = arith.subi %size_L, %v1 : i64
      %v401 = arith.minsi %v398, %v400 : i64
      %v402 = arith.addi %v397, %v401 : i64
      %v403 = arith.muli %v394, %v82 : i64
      %v404 = arith.addi %v403, %v73 : i64
      %v405 = llvm.getelementptr %in_e[%v402] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v406 = llvm.load %v405 : !llvm.ptr -> f32
      %v408 = arith.addi %v72, %v407 : i64
      %v409 = arith.constant true
      %v410 = llvm.getelementptr %v23[%v408] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v411 = llvm.load %v410 : !llvm.ptr<3> -> i64
      %v412 = arith.addi %v68, %v73 : i64
      %v413 = arith.cmpi slt, %v412, %v70 : i64
      %v414 = arith.subi %size_L, %v1 : i64
      %v415 = arith.minsi %v412, %v414 : i64
      %v416 = arith.addi %v411, %v415 : i64
      %v417 = arith.muli %v408, %v82 : i64
      %v418 = arith.addi %v417, %v73 : i64
      %v419 = llvm.getelementptr %in_e[%v416] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v420 = llvm.load %v419 : !llvm.ptr -> f32
      %v422 = arith.addi %v72, %v421 : i64
      %v423 = arith.constant true
      %v424 = llvm.getelementptr %v23[%v422] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v425 = llvm.load %v424 : !llvm.ptr<3> -> i64
      %v426 = arith.addi %v68, %v73 : i64
      %v427 = arith.cmpi slt, %v426, %v70 : i64
      %v428 = arith.subi %size_L, %v1 : i64
      %v429 = arith.minsi %v426, %v428 : i64
      %v430 = arith.addi %v425, %v429 : i64
      %v431 = arith.muli %v422, %v82 : i64
      %v432 = arith.addi %v431, %v73 : i64
      %v433 = llvm.getelementptr %in_e[%v430] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v434 = llvm.load %v433 : !llvm.ptr -> f32
      %v436 = arith.addi %v72, %v435 : i64
      %v437 = arith.constant true
      %v438 = llvm.getelementptr %v23[%v436] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v439 = llvm.load %v438 : !llvm.ptr<3> -> i64
      %v440 = arith.addi %v68, %v73 : i64
      %v441 = arith.cmpi slt, %v440, %v70 : i64
      %v442 = arith.subi %size_L, %v1 : i64
      %v443 = arith.minsi %v440, %v442 : i64
      %v444 = arith.addi %v439, %v443 : i64
      %v445 = arith.muli %v436, %v82 : i64
      %v446 = arith.addi %v445, %v73 : i64
      %v447 = llvm.getelementptr %in_e[%v444] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v448 = llvm.load %v447 : !llvm.ptr -> f32
      %v450 = arith.addi %v72, %v449 : i64
      %v451 = arith.constant true
      %v452 = llvm.getelementptr %v23[%v450] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v453 = llvm.load %v452 : !llvm.ptr<3> -> i64
      %v454 = arith.addi %v68, %v73 : i64
      %v455 = arith.cmpi slt, %v454, %v70 : i64
      %v456 = arith.subi %size_L, %v1 : i64
      %v457 = arith.minsi %v454, %v456 : i64
      %v458 = arith.addi %v453, %v457 : i64
      %v459 = arith.muli %v450, %v82 : i64
      %v460 = arith.addi %v459, %v73 : i64
      %v461 = llvm.getelementptr %in_e[%v458] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v462 = llvm.load %v461 : !llvm.ptr -> f32
      %v464 = arith.addi %v72, %v463 : i64
      %v465 = arith.constant true
      %v466 = llvm.getelementptr %v23[%v464] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v467 = llvm.load %v466 : !llvm.ptr<3> -> i64
      %v468 = arith.addi %v68, %v73 : i64
      %v469 = arith.cmpi slt, %v468, %v70 : i64
      %v470 = arith.subi %size_L, %v1 : i64
      %v471 = arith.minsi %v468, %v470 : i64
      %v472 = arith.addi %v467, %v471 : i64
      %v473 = arith.muli %v464, %v82 : i64
      %v474 = arith.addi %v473, %v73 : i64
      %v475 = llvm.getelementptr %in_e[%v472] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v476 = llvm.load %v475 : !llvm.ptr -> f32
      %v478 = arith.addi %v72, %v477 : i64
      %v479 = arith.constant true
      %v480 = llvm.getelementptr %v23[%v478] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v481 = llvm.load %v480 : !llvm.ptr<3> -> i64
      %v482 = arith.addi %v68, %v73 : i64
      %v483 = arith.cmpi slt, %v482, %v70 : i64
      %v484 = arith.subi %size_L, %v1 : i64
      %v485 = arith.minsi %v482, %v484 : i64
      %v486 = arith.addi %v481, %v485 : i64
      %v487 = arith.muli %v478, %v82 : i64
      %v488 = arith.addi %v487, %v73 : i64
      %v489 = llvm.getelementptr %in_e[%v486] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v490 = llvm.load %v489 : !llvm.ptr -> f32
      %v492 = arith.addi %v72, %v491 : i64
      %v493 = arith.constant true
      %v494 = llvm.getelementptr %v23[%v492] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v495 = llvm.load %v494 : !llvm.ptr<3> -> i64
      %v496 = arith.addi %v68, %v73 : i64
      %v497 = arith.cmpi slt, %v496, %v70 : i64
      %v498 = arith.subi %size_L, %v1 : i64
      %v499 = arith.minsi %v496, %v498 : i64
      %v500 = arith.addi %v495, %v499 : i64
      %v501 = arith.muli %v492, %v82 : i64
      %v502 = arith.addi %v501, %v73 : i64
      %v503 = llvm.getelementptr %in_e[%v500] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v504 = llvm.load %v503 : !llvm.ptr -> f32
      %v506 = arith.addi %v72, %v505 : i64
      %v507 = arith.constant true
      %v508 = llvm.getelementptr %v23[%v506] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v509 = llvm.load %v508 : !llvm.ptr<3> -> i64
      %v510 = arith.addi %v68, %v73 : i64
      %v511 = arith.cmpi slt, %v510, %v70 : i64
      %v512 = arith.subi %size_L, %v1 : i64
      %v513 = arith.minsi %v510, %v512 : i64
      %v514 = arith.addi %v509, %v513 : i64
      %v515 = arith.muli %v506, %v82 : i64
      %v516 = arith.addi %v515, %v73 : i64
      %v517 = llvm.getelementptr %in_e[%v514] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v518 = llvm.load %v517 : !llvm.ptr -> f32
      scf.if %v74 {
        %v519 = llvm.getelementptr %v24[%v84] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v86, %v519 : f32, !llvm.ptr<3>
      }
      scf.if %v88 {
        %v520 = llvm.getelementptr %v24[%v97] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v99, %v520 : f32, !llvm.ptr<3>
      }
      scf.if %v102 {
        %v521 = llvm.getelementptr %v24[%v111] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v113, %v521 : f32, !llvm.ptr<3>
      }
      scf.if %v116 {
        %v522 = llvm.getelementptr %v24[%v125] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v127, %v522 : f32, !llvm.ptr<3>
      }
      scf.if %v130 {
        %v523 = llvm.getelementptr %v24[%v139] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v141, %v523 : f32, !llvm.ptr<3>
      }
      scf.if %v144 {
        %v524 = llvm.getelementptr %v24[%v153] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v155, %v524 : f32, !llvm.ptr<3>
      }
      scf.if %v158 {
        %v525 = llvm.getelementptr %v24[%v167] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v169, %v525 : f32, !llvm.ptr<3>
      }
      scf.if %v172 {
        %v526 = llvm.getelementptr %v24[%v181] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v183, %v526 : f32, !llvm.ptr<3>
      }
      scf.if %v186 {
        %v527 = llvm.getelementptr %v24[%v195] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v197, %v527 : f32, !llvm.ptr<3>
      }
      scf.if %v200 {
        %v528 = llvm.getelementptr %v24[%v209] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v211, %v528 : f32, !llvm.ptr<3>
      }
      scf.if %v214 {
        %v529 = llvm.getelementptr %v24[%v223] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v225, %v529 : f32, !llvm.ptr<3>
      }
      scf.if %v228 {
        %v530 = llvm.getelementptr %v24[%v237] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v239, %v530 : f32, !llvm.ptr<3>
      }
      scf.if %v242 {
        %v531 = llvm.getelementptr %v24[%v251] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v253, %v531 : f32, !llvm.ptr<3>
      }
      scf.if %v256 {
        %v532 = llvm.getelementptr %v24[%v265] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v267, %v532 : f32, !llvm.ptr<3>
      }
      scf.if %v270 {
        %v533 = llvm.getelementptr %v24[%v279] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v281, %v533 : f32, !llvm.ptr<3>
      }
      scf.if %v284 {
        %v534 = llvm.getelementptr %v24[%v293] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v295, %v534 : f32, !llvm.ptr<3>
      }
      scf.if %v297 {
        %v535 = llvm.getelementptr %v24[%v306] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v308, %v535 : f32, !llvm.ptr<3>
      }
      scf.if %v311 {
        %v536 = llvm.getelementptr %v24[%v320] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v322, %v536 : f32, !llvm.ptr<3>
      }
      scf.if %v325 {
        %v537 = llvm.getelementptr %v24[%v334] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v336, %v537 : f32, !llvm.ptr<3>
      }
      scf.if %v339 {
        %v538 = llvm.getelementptr %v24[%v348] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v350, %v538 : f32, !llvm.ptr<3>
      }
      scf.if %v353 {
        %v539 = llvm.getelementptr %v24[%v362] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v364, %v539 : f32, !llvm.ptr<3>
      }
      scf.if %v367 {
        %v540 = llvm.getelementptr %v24[%v376] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v378, %v540 : f32, !llvm.ptr<3>
      }
      scf.if %v381 {
        %v541 = llvm.getelementptr %v24[%v390] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v392, %v541 : f32, !llvm.ptr<3>
      }
      scf.if %v395 {
        %v542 = llvm.getelementptr %v24[%v404] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v406, %v542 : f32, !llvm.ptr<3>
      }
      scf.if %v409 {
        %v543 = llvm.getelementptr %v24[%v418] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v420, %v543 : f32, !llvm.ptr<3>
      }
      scf.if %v423 {
        %v544 = llvm.getelementptr %v24[%v432] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v434, %v544 : f32, !llvm.ptr<3>
      }
      scf.if %v437 {
        %v545 = llvm.getelementptr %v24[%v446] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v448, %v545 : f32, !llvm.ptr<3>
      }
      scf.if %v451 {
        %v546 = llvm.getelementptr %v24[%v460] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v462, %v546 : f32, !llvm.ptr<3>
      }
      scf.if %v465 {
        %v547 = llvm.getelementptr %v24[%v474] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v476, %v547 : f32, !llvm.ptr<3>
      }
      scf.if %v479 {
        %v548 = llvm.getelementptr %v24[%v488] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v490, %v548 : f32, !llvm.ptr<3>
      }
      scf.if %v493 {
        %v549 = llvm.getelementptr %v24[%v502] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v504, %v549 : f32, !llvm.ptr<3>
      }
      scf.if %v507 {
        %v550 = llvm.getelementptr %v24[%v516] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v518, %v550 : f32, !llvm.ptr<3>
      }
      // end staged load of `e`
      // staged load of `phi1`'s first tile: read, then shared memory
      %v551 = arith.divui %v31, %v71 : i64
      %v552 = arith.remui %v31, %v71 : i64
      %v553 = arith.constant true
      %v554 = arith.addi %v33, %v551 : i64
      %v555 = llvm.getelementptr %v23[%v554] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v556 = llvm.load %v555 : !llvm.ptr<3> -> i64
      %v557 = arith.addi %v68, %v552 : i64
      %v558 = arith.cmpi slt, %v557, %v70 : i64
      %v559 = arith.subi %size_L, %v1 : i64
      %v560 = arith.minsi %v557, %v559 : i64
      %v561 = arith.addi %v556, %v560 : i64
      %v562 = arith.muli %v554, %v82 : i64
      %v563 = arith.addi %v562, %v552 : i64
      %v564 = llvm.getelementptr %in_phi1[%v561] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v565 = llvm.load %v564 : !llvm.ptr -> f32
      %v566 = arith.addi %v551, %v62 : i64
      %v567 = arith.constant true
      %v568 = arith.addi %v33, %v566 : i64
      %v569 = llvm.getelementptr %v23[%v568] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v570 = llvm.load %v569 : !llvm.ptr<3> -> i64
      %v571 = arith.addi %v68, %v552 : i64
      %v572 = arith.cmpi slt, %v571, %v70 : i64
      %v573 = arith.subi %size_L, %v1 : i64
      %v574 = arith.minsi %v571, %v573 : i64
      %v575 = arith.addi %v570, %v574 : i64
      %v576 = arith.muli %v568, %v82 : i64
      %v577 = arith.addi %v576, %v552 : i64
      %v578 = llvm.getelementptr %in_phi1[%v575] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v579 = llvm.load %v578 : !llvm.ptr -> f32
      %v580 = arith.addi %v551, %v100 : i64
      %v581 = arith.constant true
      %v582 = arith.addi %v33, %v580 : i64
      %v583 = llvm.getelementptr %v23[%v582] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v584 = llvm.load %v583 : !llvm.ptr<3> -> i64
      %v585 = arith.addi %v68, %v552 : i64
      %v586 = arith.cmpi slt, %v585, %v70 : i64
      %v587 = arith.subi %size_L, %v1 : i64
      %v588 = arith.minsi %v585, %v587 : i64
      %v589 = arith.addi %v584, %v588 : i64
      %v590 = arith.muli %v582, %v82 : i64
      %v591 = arith.addi %v590, %v552 : i64
      %v592 = llvm.getelementptr %in_phi1[%v589] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v593 = llvm.load %v592 : !llvm.ptr -> f32
      %v594 = arith.addi %v551, %v114 : i64
      %v595 = arith.constant true
      %v596 = arith.addi %v33, %v594 : i64
      %v597 = llvm.getelementptr %v23[%v596] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v598 = llvm.load %v597 : !llvm.ptr<3> -> i64
      %v599 = arith.addi %v68, %v552 : i64
      %v600 = arith.cmpi slt, %v599, %v70 : i64
      %v601 = arith.subi %size_L, %v1 : i64
      %v602 = arith.minsi %v599, %v601 : i64
      %v603 = arith.addi %v598, %v602 : i64
      %v604 = arith.muli %v596, %v82 : i64
      %v605 = arith.addi %v604, %v552 : i64
      %v606 = llvm.getelementptr %in_phi1[%v603] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v607 = llvm.load %v606 : !llvm.ptr -> f32
      %v608 = arith.addi %v551, %v128 : i64
      %v609 = arith.constant true
      %v610 = arith.addi %v33, %v608 : i64
      %v611 = llvm.getelementptr %v23[%v610] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v612 = llvm.load %v611 : !llvm.ptr<3> -> i64
      %v613 = arith.addi %v68, %v552 : i64
      %v614 = arith.cmpi slt, %v613, %v70 : i64
      %v615 = arith.subi %size_L, %v1 : i64
      %v616 = arith.minsi %v613, %v615 : i64
      %v617 = arith.addi %v612, %v616 : i64
      %v618 = arith.muli %v610, %v82 : i64
      %v619 = arith.addi %v618, %v552 : i64
      %v620 = llvm.getelementptr %in_phi1[%v617] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v621 = llvm.load %v620 : !llvm.ptr -> f32
      %v622 = arith.addi %v551, %v142 : i64
      %v623 = arith.constant true
      %v624 = arith.addi %v33, %v622 : i64
      %v625 = llvm.getelementptr %v23[%v624] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v626 = llvm.load %v625 : !llvm.ptr<3> -> i64
      %v627 = arith.addi %v68, %v552 : i64
      %v628 = arith.cmpi slt, %v627, %v70 : i64
      %v629 = arith.subi %size_L, %v1 : i64
      %v630 = arith.minsi %v627, %v629 : i64
      %v631 = arith.addi %v626, %v630 : i64
      %v632 = arith.muli %v624, %v82 : i64
      %v633 = arith.addi %v632, %v552 : i64
      %v634 = llvm.getelementptr %in_phi1[%v631] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v635 = llvm.load %v634 : !llvm.ptr -> f32
      %v636 = arith.addi %v551, %v156 : i64
      %v637 = arith.constant true
      %v638 = arith.addi %v33, %v636 : i64
      %v639 = llvm.getelementptr %v23[%v638] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v640 = llvm.load %v639 : !llvm.ptr<3> -> i64
      %v641 = arith.addi %v68, %v552 : i64
      %v642 = arith.cmpi slt, %v641, %v70 : i64
      %v643 = arith.subi %size_L, %v1 : i64
      %v644 = arith.minsi %v641, %v643 : i64
      %v645 = arith.addi %v640, %v644 : i64
      %v646 = arith.muli %v638, %v82 : i64
      %v647 = arith.addi %v646, %v552 : i64
      %v648 = llvm.getelementptr %in_phi1[%v645] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v649 = llvm.load %v648 : !llvm.ptr -> f32
      %v650 = arith.addi %v551, %v170 : i64
      %v651 = arith.constant true
      %v652 = arith.addi %v33, %v650 : i64
      %v653 = llvm.getelementptr %v23[%v652] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v654 = llvm.load %v653 : !llvm.ptr<3> -> i64
      %v655 = arith.addi %v68, %v552 : i64
      %v656 = arith.cmpi slt, %v655, %v70 : i64
      %v657 = arith.subi %size_L, %v1 : i64
      %v658 = arith.minsi %v655, %v657 : i64
      %v659 = arith.addi %v654, %v658 : i64
      %v660 = arith.muli %v652, %v82 : i64
      %v661 = arith.addi %v660, %v552 : i64
      %v662 = llvm.getelementptr %in_phi1[%v659] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v663 = llvm.load %v662 : !llvm.ptr -> f32
      %v664 = arith.addi %v551, %v184 : i64
      %v665 = arith.constant true
      %v666 = arith.addi %v33, %v664 : i64
      %v667 = llvm.getelementptr %v23[%v666] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v668 = llvm.load %v667 : !llvm.ptr<3> -> i64
      %v669 = arith.addi %v68, %v552 : i64
      %v670 = arith.cmpi slt, %v669, %v70 : i64
      %v671 = arith.subi %size_L, %v1 : i64
      %v672 = arith.minsi %v669, %v671 : i64
      %v673 = arith.addi %v668, %v672 : i64
      %v674 = arith.muli %v666, %v82 : i64
      %v675 = arith.addi %v674, %v552 : i64
      %v676 = llvm.getelementptr %in_phi1[%v673] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v677 = llvm.load %v676 : !llvm.ptr -> f32
      %v678 = arith.addi %v551, %v198 : i64
      %v679 = arith.constant true
      %v680 = arith.addi %v33, %v678 : i64
      %v681 = llvm.getelementptr %v23[%v680] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v682 = llvm.load %v681 : !llvm.ptr<3> -> i64
      %v683 = arith.addi %v68, %v552 : i64
      %v684 = arith.cmpi slt, %v683, %v70 : i64
      %v685 = arith.subi %size_L, %v1 : i64
      %v686 = arith.minsi %v683, %v685 : i64
      %v687 = arith.addi %v682, %v686 : i64
      %v688 = arith.muli %v680, %v82 : i64
      %v689 = arith.addi %v688, %v552 : i64
      %v690 = llvm.getelementptr %in_phi1[%v687] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v691 = llvm.load %v690 : !llvm.ptr -> f32
      %v692 = arith.addi %v551, %v212 : i64
      %v693 = arith.constant true
      %v694 = arith.addi %v33, %v692 : i64
      %v695 = llvm.getelementptr %v23[%v694] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v696 = llvm.load %v695 : !llvm.ptr<3> -> i64
      %v697 = arith.addi %v68, %v552 : i64
      %v698 = arith.cmpi slt, %v697, %v70 : i64
      %v699 = arith.subi %size_L, %v1 : i64
      %v700 = arith.minsi %v697, %v699 : i64
      %v701 = arith.addi %v696, %v700 : i64
      %v702 = arith.muli %v694, %v82 : i64
      %v703 = arith.addi %v702, %v552 : i64
      %v704 = llvm.getelementptr %in_phi1[%v701] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v705 = llvm.load %v704 : !llvm.ptr -> f32
      %v706 = arith.addi %v551, %v226 : i64
      %v707 = arith.constant true
      %v708 = arith.addi %v33, %v706 : i64
      %v709 = llvm.getelementptr %v23[%v708] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v710 = llvm.load %v709 : !llvm.ptr<3> -> i64
      %v711 = arith.addi %v68, %v552 : i64
      %v712 = arith.cmpi slt, %v711, %v70 : i64
      %v713 = arith.subi %size_L, %v1 : i64
      %v714 = arith.minsi %v711, %v713 : i64
      %v715 = arith.addi %v710, %v714 : i64
      %v716 = arith.muli %v708, %v82 : i64
      %v717 = arith.addi %v716, %v552 : i64
      %v718 = llvm.getelementptr %in_phi1[%v715] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v719 = llvm.load %v718 : !llvm.ptr -> f32
      %v720 = arith.addi %v551, %v240 : i64
      %v721 = arith.constant true
      %v722 = arith.addi %v33, %v720 : i64
      %v723 = llvm.getelementptr %v23[%v722] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v724 = llvm.load %v723 : !llvm.ptr<3> -> i64
      %v725 = arith.addi %v68, %v552 : i64
      %v726 = arith.cmpi slt, %v725, %v70 : i64
      %v727 = arith.subi %size_L, %v1 : i64
      %v728 = arith.minsi %v725, %v727 : i64
      %v729 = arith.addi %v724, %v728 : i64
      %v730 = arith.muli %v722, %v82 : i64
      %v731 = arith.addi %v730, %v552 : i64
      %v732 = llvm.getelementptr %in_phi1[%v729] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v733 = llvm.load %v732 : !llvm.ptr -> f32
      %v734 = arith.addi %v551, %v254 : i64
      %v735 = arith.constant true
      %v736 = arith.addi %v33, %v734 : i64
      %v737 = llvm.getelementptr %v23[%v736] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v738 = llvm.load %v737 : !llvm.ptr<3> -> i64
      %v739 = arith.addi %v68, %v552 : i64
      %v740 = arith.cmpi slt, %v739, %v70 : i64
      %v741 = arith.subi %size_L, %v1 : i64
      %v742 = arith.minsi %v739, %v741 : i64
      %v743 = arith.addi %v738, %v742 : i64
      %v744 = arith.muli %v736, %v82 : i64
      %v745 = arith.addi %v744, %v552 : i64
      %v746 = llvm.getelementptr %in_phi1[%v743] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v747 = llvm.load %v746 : !llvm.ptr -> f32
      %v748 = arith.addi %v551, %v268 : i64
      %v749 = arith.constant true
      %v750 = arith.addi %v33, %v748 : i64
      %v751 = llvm.getelementptr %v23[%v750] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v752 = llvm.load %v751 : !llvm.ptr<3> -> i64
      %v753 = arith.addi %v68, %v552 : i64
      %v754 = arith.cmpi slt, %v753, %v70 : i64
      %v755 = arith.subi %size_L, %v1 : i64
      %v756 = arith.minsi %v753, %v755 : i64
      %v757 = arith.addi %v752, %v756 : i64
      %v758 = arith.muli %v750, %v82 : i64
      %v759 = arith.addi %v758, %v552 : i64
      %v760 = llvm.getelementptr %in_phi1[%v757] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v761 = llvm.load %v760 : !llvm.ptr -> f32
      %v762 = arith.addi %v551, %v282 : i64
      %v763 = arith.constant true
      %v764 = arith.addi %v33, %v762 : i64
      %v765 = llvm.getelementptr %v23[%v764] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v766 = llvm.load %v765 : !llvm.ptr<3> -> i64
      %v767 = arith.addi %v68, %v552 : i64
      %v768 = arith.cmpi slt, %v767, %v70 : i64
      %v769 = arith.subi %size_L, %v1 : i64
      %v770 = arith.minsi %v767, %v769 : i64
      %v771 = arith.addi %v766, %v770 : i64
      %v772 = arith.muli %v764, %v82 : i64
      %v773 = arith.addi %v772, %v552 : i64
      %v774 = llvm.getelementptr %in_phi1[%v771] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v775 = llvm.load %v774 : !llvm.ptr -> f32
      %v776 = arith.addi %v551, %v71 : i64
      %v777 = arith.constant true
      %v778 = arith.addi %v33, %v776 : i64
      %v779 = llvm.getelementptr %v23[%v778] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v780 = llvm.load %v779 : !llvm.ptr<3> -> i64
      %v781 = arith.addi %v68, %v552 : i64
      %v782 = arith.cmpi slt, %v781, %v70 : i64
      %v783 = arith.subi %size_L, %v1 : i64
      %v784 = arith.minsi %v781, %v783 : i64
      %v785 = arith.addi %v780, %v784 : i64
      %v786 = arith.muli %v778, %v82 : i64
      %v787 = arith.addi %v786, %v552 : i64
      %v788 = llvm.getelementptr %in_phi1[%v785] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v789 = llvm.load %v788 : !llvm.ptr -> f32
      %v790 = arith.addi %v551, %v309 : i64
      %v791 = arith.constant true
      %v792 = arith.addi %v33, %v790 : i64
      %v793 = llvm.getelementptr %v23[%v792] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v794 = llvm.load %v793 : !llvm.ptr<3> -> i64
      %v795 = arith.addi %v68, %v552 : i64
      %v796 = arith.cmpi slt, %v795, %v70 : i64
      %v797 = arith.subi %size_L, %v1 : i64
      %v798 = arith.minsi %v795, %v797 : i64
      %v799 = arith.addi %v794, %v798 : i64
      %v800 = arith.muli %v792, %v82 : i64
      %v801 = arith.addi %v800, %v552 : i64
      %v802 = llvm.getelementptr %in_phi1[%v799] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v803 = llvm.load %v802 : !llvm.ptr -> f32
      %v804 = arith.addi %v551, %v323 : i64
      %v805 = arith.constant true
      %v806 = arith.addi %v33, %v804 : i64
      %v807 = llvm.getelementptr %v23[%v806] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v808 = llvm.load %v807 : !llvm.ptr<3> -> i64
      %v809 = arith.addi %v68, %v552 : i64
      %v810 = arith.cmpi slt, %v809, %v70 : i64
      %v811 = arith.subi %size_L, %v1 : i64
      %v812 = arith.minsi %v809, %v811 : i64
      %v813 = arith.addi %v808, %v812 : i64
      %v814 = arith.muli %v806, %v82 : i64
      %v815 = arith.addi %v814, %v552 : i64
      %v816 = llvm.getelementptr %in_phi1[%v813] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v817 = llvm.load %v816 : !llvm.ptr -> f32
      %v818 = arith.addi %v551, %v337 : i64
      %v819 = arith.constant true
      %v820 = arith.addi %v33, %v818 : i64
      %v821 = llvm.getelementptr %v23[%v820] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v822 = llvm.load %v821 : !llvm.ptr<3> -> i64
      %v823 = arith.addi %v68, %v552 : i64
      %v824 = arith.cmpi slt, %v823, %v70 : i64
      %v825 = arith.subi %size_L, %v1 : i64
      %v826 = arith.minsi %v823, %v825 : i64
      %v827 = arith.addi %v822, %v826 : i64
      %v828 = arith.muli %v820, %v82 : i64
      %v829 = arith.addi %v828, %v552 : i64
      %v830 = llvm.getelementptr %in_phi1[%v827] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v831 = llvm.load %v830 : !llvm.ptr -> f32
      %v832 = arith.addi %v551, %v351 : i64
      %v833 = arith.constant true
      %v834 = arith.addi %v33, %v832 : i64
      %v835 = llvm.getelementptr %v23[%v834] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v836 = llvm.load %v835 : !llvm.ptr<3> -> i64
      %v837 = arith.addi %v68, %v552 : i64
      %v838 = arith.cmpi slt, %v837, %v70 : i64
      %v839 = arith.subi %size_L, %v1 : i64
      %v840 = arith.minsi %v837, %v839 : i64
      %v841 = arith.addi %v836, %v840 : i64
      %v842 = arith.muli %v834, %v82 : i64
      %v843 = arith.addi %v842, %v552 : i64
      %v844 = llvm.getelementptr %in_phi1[%v841] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v845 = llvm.load %v844 : !llvm.ptr -> f32
      %v846 = arith.addi %v551, %v365 : i64
      %v847 = arith.constant true
      %v848 = arith.addi %v33, %v846 : i64
      %v849 = llvm.getelementptr %v23[%v848] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v850 = llvm.load %v849 : !llvm.ptr<3> -> i64
      %v851 = arith.addi %v68, %v552 : i64
      %v852 = arith.cmpi slt, %v851, %v70 : i64
      %v853 = arith.subi %size_L, %v1 : i64
      %v854 = arith.minsi %v851, %v853 : i64
      %v855 = arith.addi %v850, %v854 : i64
      %v856 = arith.muli %v848, %v82 : i64
      %v857 = arith.addi %v856, %v552 : i64
      %v858 = llvm.getelementptr %in_phi1[%v855] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v859 = llvm.load %v858 : !llvm.ptr -> f32
      %v860 = arith.addi %v551, %v379 : i64
      %v861 = arith.constant true
      %v862 = arith.addi %v33, %v860 : i64
      %v863 = llvm.getelementptr %v23[%v862] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v864 = llvm.load %v863 : !llvm.ptr<3> -> i64
      %v865 = arith.addi %v68, %v552 : i64
      %v866 = arith.cmpi slt, %v865, %v70 : i64
      %v867 = arith.subi %size_L, %v1 : i64
      %v868 = arith.minsi %v865, %v867 : i64
      %v869 = arith.addi %v864, %v868 : i64
      %v870 = arith.muli %v862, %v82 : i64
      %v871 = arith.addi %v870, %v552 : i64
      %v872 = llvm.getelementptr %in_phi1[%v869] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v873 = llvm.load %v872 : !llvm.ptr -> f32
      %v874 = arith.addi %v551, %v393 : i64
      %v875 = arith.constant true
      %v876 = arith.addi %v33, %v874 : i64
      %v877 = llvm.getelementptr %v23[%v876] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v878 = llvm.load %v877 : !llvm.ptr<3> -> i64
      %v879 = arith.addi %v68, %v552 : i64
      %v880 = arith.cmpi slt, %v879, %v70 : i64
      %v881 = arith.subi %size_L, %v1 : i64
      %v882 = arith.minsi %v879, %v881 : i64
      %v883 = arith.addi %v878, %v882 : i64
      %v884 = arith.muli %v876, %v82 : i64
      %v885 = arith.addi %v884, %v552 : i64
      %v886 = llvm.getelementptr %in_phi1[%v883] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v887 = llvm.load %v886 : !llvm.ptr -> f32
      %v888 = arith.addi %v551, %v407 : i64
      %v889 = arith.constant true
      %v890 = arith.addi %v33, %v888 : i64
      %v891 = llvm.getelementptr %v23[%v890] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v892 = llvm.load %v891 : !llvm.ptr<3> -> i64
      %v893 = arith.addi %v68, %v552 : i64
      %v894 = arith.cmpi slt, %v893, %v70 : i64
      %v895 = arith.subi %size_L, %v1 : i64
      %v896 = arith.minsi %v893, %v895 : i64
      %v897 = arith.addi %v892, %v896 : i64
      %v898 = arith.muli %v890, %v82 : i64
      %v899 = arith.addi %v898, %v552 : i64
      %v900 = llvm.getelementptr %in_phi1[%v897] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v901 = llvm.load %v900 : !llvm.ptr -> f32
      %v902 = arith.addi %v551, %v421 : i64
      %v903 = arith.constant true
      %v904 = arith.addi %v33, %v902 : i64
      %v905 = llvm.getelementptr %v23[%v904] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v906 = llvm.load %v905 : !llvm.ptr<3> -> i64
      %v907 = arith.addi %v68, %v552 : i64
      %v908 = arith.cmpi slt, %v907, %v70 : i64
      %v909 = arith.subi %size_L, %v1 : i64
      %v910 = arith.minsi %v907, %v909 : i64
      %v911 = arith.addi %v906, %v910 : i64
      %v912 = arith.muli %v904, %v82 : i64
      %v913 = arith.addi %v912, %v552 : i64
      %v914 = llvm.getelementptr %in_phi1[%v911] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v915 = llvm.load %v914 : !llvm.ptr -> f32
      %v916 = arith.addi %v551, %v435 : i64
      %v917 = arith.constant true
      %v918 = arith.addi %v33, %v916 : i64
      %v919 = llvm.getelementptr %v23[%v918] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v920 = llvm.load %v919 : !llvm.ptr<3> -> i64
      %v921 = arith.addi %v68, %v552 : i64
      %v922 = arith.cmpi slt, %v921, %v70 : i64
      %v923 = arith.subi %size_L, %v1 : i64
      %v924 = arith.minsi %v921, %v923 : i64
      %v925 = arith.addi %v920, %v924 : i64
      %v926 = arith.muli %v918, %v82 : i64
      %v927 = arith.addi %v926, %v552 : i64
      %v928 = llvm.getelementptr %in_phi1[%v925] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v929 = llvm.load %v928 : !llvm.ptr -> f32
      %v930 = arith.addi %v551, %v449 : i64
      %v931 = arith.constant true
      %v932 = arith.addi %v33, %v930 : i64
      %v933 = llvm.getelementptr %v23[%v932] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v934 = llvm.load %v933 : !llvm.ptr<3> -> i64
      %v935 = arith.addi %v68, %v552 : i64
      %v936 = arith.cmpi slt, %v935, %v70 : i64
      %v937 = arith.subi %size_L, %v1 : i64
      %v938 = arith.minsi %v935, %v937 : i64
      %v939 = arith.addi %v934, %v938 : i64
      %v940 = arith.muli %v932, %v82 : i64
      %v941 = arith.addi %v940, %v552 : i64
      %v942 = llvm.getelementptr %in_phi1[%v939] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v943 = llvm.load %v942 : !llvm.ptr -> f32
      %v944 = arith.addi %v551, %v463 : i64
      %v945 = arith.constant true
      %v946 = arith.addi %v33, %v944 : i64
      %v947 = llvm.getelementptr %v23[%v946] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v948 = llvm.load %v947 : !llvm.ptr<3> -> i64
      %v949 = arith.addi %v68, %v552 : i64
      %v950 = arith.cmpi slt, %v949, %v70 : i64
      %v951 = arith.subi %size_L, %v1 : i64
      %v952 = arith.minsi %v949, %v951 : i64
      %v953 = arith.addi %v948, %v952 : i64
      %v954 = arith.muli %v946, %v82 : i64
      %v955 = arith.addi %v954, %v552 : i64
      %v956 = llvm.getelementptr %in_phi1[%v953] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v957 = llvm.load %v956 : !llvm.ptr -> f32
      %v958 = arith.addi %v551, %v477 : i64
      %v959 = arith.constant true
      %v960 = arith.addi %v33, %v958 : i64
      %v961 = llvm.getelementptr %v23[%v960] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v962 = llvm.load %v961 : !llvm.ptr<3> -> i64
      %v963 = arith.addi %v68, %v552 : i64
      %v964 = arith.cmpi slt, %v963, %v70 : i64
      %v965 = arith.subi %size_L, %v1 : i64
      %v966 = arith.minsi %v963, %v965 : i64
      %v967 = arith.addi %v962, %v966 : i64
      %v968 = arith.muli %v960, %v82 : i64
      %v969 = arith.addi %v968, %v552 : i64
      %v970 = llvm.getelementptr %in_phi1[%v967] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v971 = llvm.load %v970 : !llvm.ptr -> f32
      %v972 = arith.addi %v551, %v491 : i64
      %v973 = arith.constant true
      %v974 = arith.addi %v33, %v972 : i64
      %v975 = llvm.getelementptr %v23[%v974] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v976 = llvm.load %v975 : !llvm.ptr<3> -> i64
      %v977 = arith.addi %v68, %v552 : i64
      %v978 = arith.cmpi slt, %v977, %v70 : i64
      %v979 = arith.subi %size_L, %v1 : i64
      %v980 = arith.minsi %v977, %v979 : i64
      %v981 = arith.addi %v976, %v980 : i64
      %v982 = arith.muli %v974, %v82 : i64
      %v983 = arith.addi %v982, %v552 : i64
      %v984 = llvm.getelementptr %in_phi1[%v981] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v985 = llvm.load %v984 : !llvm.ptr -> f32
      %v986 = arith.addi %v551, %v505 : i64
      %v987 = arith.constant true
      %v988 = arith.addi %v33, %v986 : i64
      %v989 = llvm.getelementptr %v23[%v988] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v990 = llvm.load %v989 : !llvm.ptr<3> -> i64
      %v991 = arith.addi %v68, %v552 : i64
      %v992 = arith.cmpi slt, %v991, %v70 : i64
      %v993 = arith.subi %size_L, %v1 : i64
      %v994 = arith.minsi %v991, %v993 : i64
      %v995 = arith.addi %v990, %v994 : i64
      %v996 = arith.muli %v988, %v82 : i64
      %v997 = arith.addi %v996, %v552 : i64
      %v998 = llvm.getelementptr %in_phi1[%v995] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v999 = llvm.load %v998 : !llvm.ptr -> f32
      scf.if %v553 {
        %v1000 = llvm.getelementptr %v24[%v563] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v565, %v1000 : f32, !llvm.ptr<3>
      }
      scf.if %v567 {
        %v1001 = llvm.getelementptr %v24[%v577] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v579, %v1001 : f32, !llvm.ptr<3>
      }
      scf.if %v581 {
        %v1002 = llvm.getelementptr %v24[%v591] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v593, %v1002 : f32, !llvm.ptr<3>
      }
      scf.if %v595 {
        %v1003 = llvm.getelementptr %v24[%v605] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v607, %v1003 : f32, !llvm.ptr<3>
      }
      scf.if %v609 {
        %v1004 = llvm.getelementptr %v24[%v619] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v621, %v1004 : f32, !llvm.ptr<3>
      }
      scf.if %v623 {
        %v1005 = llvm.getelementptr %v24[%v633] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v635, %v1005 : f32, !llvm.ptr<3>
      }
      scf.if %v637 {
        %v1006 = llvm.getelementptr %v24[%v647] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v649, %v1006 : f32, !llvm.ptr<3>
      }
      scf.if %v651 {
        %v1007 = llvm.getelementptr %v24[%v661] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v663, %v1007 : f32, !llvm.ptr<3>
      }
      scf.if %v665 {
        %v1008 = llvm.getelementptr %v24[%v675] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v677, %v1008 : f32, !llvm.ptr<3>
      }
      scf.if %v679 {
        %v1009 = llvm.getelementptr %v24[%v689] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v691, %v1009 : f32, !llvm.ptr<3>
      }
      scf.if %v693 {
        %v1010 = llvm.getelementptr %v24[%v703] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v705, %v1010 : f32, !llvm.ptr<3>
      }
      scf.if %v707 {
        %v1011 = llvm.getelementptr %v24[%v717] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v719, %v1011 : f32, !llvm.ptr<3>
      }
      scf.if %v721 {
        %v1012 = llvm.getelementptr %v24[%v731] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v733, %v1012 : f32, !llvm.ptr<3>
      }
      scf.if %v735 {
        %v1013 = llvm.getelementptr %v24[%v745] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v747, %v1013 : f32, !llvm.ptr<3>
      }
      scf.if %v749 {
        %v1014 = llvm.getelementptr %v24[%v759] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v761, %v1014 : f32, !llvm.ptr<3>
      }
      scf.if %v763 {
        %v1015 = llvm.getelementptr %v24[%v773] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v775, %v1015 : f32, !llvm.ptr<3>
      }
      scf.if %v777 {
        %v1016 = llvm.getelementptr %v24[%v787] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v789, %v1016 : f32, !llvm.ptr<3>
      }
      scf.if %v791 {
        %v1017 = llvm.getelementptr %v24[%v801] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v803, %v1017 : f32, !llvm.ptr<3>
      }
      scf.if %v805 {
        %v1018 = llvm.getelementptr %v24[%v815] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v817, %v1018 : f32, !llvm.ptr<3>
      }
      scf.if %v819 {
        %v1019 = llvm.getelementptr %v24[%v829] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v831, %v1019 : f32, !llvm.ptr<3>
      }
      scf.if %v833 {
        %v1020 = llvm.getelementptr %v24[%v843] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v845, %v1020 : f32, !llvm.ptr<3>
      }
      scf.if %v847 {
        %v1021 = llvm.getelementptr %v24[%v857] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v859, %v1021 : f32, !llvm.ptr<3>
      }
      scf.if %v861 {
        %v1022 = llvm.getelementptr %v24[%v871] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v873, %v1022 : f32, !llvm.ptr<3>
      }
      scf.if %v875 {
        %v1023 = llvm.getelementptr %v24[%v885] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v887, %v1023 : f32, !llvm.ptr<3>
      }
      scf.if %v889 {
        %v1024 = llvm.getelementptr %v24[%v899] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v901, %v1024 : f32, !llvm.ptr<3>
      }
      scf.if %v903 {
        %v1025 = llvm.getelementptr %v24[%v913] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v915, %v1025 : f32, !llvm.ptr<3>
      }
      scf.if %v917 {
        %v1026 = llvm.getelementptr %v24[%v927] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v929, %v1026 : f32, !llvm.ptr<3>
      }
      scf.if %v931 {
        %v1027 = llvm.getelementptr %v24[%v941] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v943, %v1027 : f32, !llvm.ptr<3>
      }
      scf.if %v945 {
        %v1028 = llvm.getelementptr %v24[%v955] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v957, %v1028 : f32, !llvm.ptr<3>
      }
      scf.if %v959 {
        %v1029 = llvm.getelementptr %v24[%v969] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v971, %v1029 : f32, !llvm.ptr<3>
      }
      scf.if %v973 {
        %v1030 = llvm.getelementptr %v24[%v983] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v985, %v1030 : f32, !llvm.ptr<3>
      }
      scf.if %v987 {
        %v1031 = llvm.getelementptr %v24[%v997] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v999, %v1031 : f32, !llvm.ptr<3>
      }
      // end staged load of `phi1`
      // staged load of `phi2`'s first tile: read, then shared memory
      %v1032 = arith.divui %v31, %v71 : i64
      %v1033 = arith.remui %v31, %v71 : i64
      %v1034 = arith.constant true
      %v1035 = arith.addi %v63, %v1032 : i64
      %v1036 = llvm.getelementptr %v23[%v1035] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1037 = llvm.load %v1036 : !llvm.ptr<3> -> i64
      %v1038 = arith.addi %v68, %v1033 : i64
      %v1039 = arith.cmpi slt, %v1038, %v70 : i64
      %v1040 = arith.subi %size_L, %v1 : i64
      %v1041 = arith.minsi %v1038, %v1040 : i64
      %v1042 = arith.addi %v1037, %v1041 : i64
      %v1043 = arith.muli %v1035, %v82 : i64
      %v1044 = arith.addi %v1043, %v1033 : i64
      %v1045 = llvm.getelementptr %in_phi2[%v1042] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1046 = llvm.load %v1045 : !llvm.ptr -> f32
      %v1047 = arith.addi %v1032, %v62 : i64
      %v1048 = arith.constant true
      %v1049 = arith.addi %v63, %v1047 : i64
      %v1050 = llvm.getelementptr %v23[%v1049] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1051 = llvm.load %v1050 : !llvm.ptr<3> -> i64
      %v1052 = arith.addi %v68, %v1033 : i64
      %v1053 = arith.cmpi slt, %v1052, %v70 : i64
      %v1054 = arith.subi %size_L, %v1 : i64
      %v1055 = arith.minsi %v1052, %v1054 : i64
      %v1056 = arith.addi %v1051, %v1055 : i64
      %v1057 = arith.muli %v1049, %v82 : i64
      %v1058 = arith.addi %v1057, %v1033 : i64
      %v1059 = llvm.getelementptr %in_phi2[%v1056] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1060 = llvm.load %v1059 : !llvm.ptr -> f32
      %v1061 = arith.addi %v1032, %v100 : i64
      %v1062 = arith.constant true
      %v1063 = arith.addi %v63, %v1061 : i64
      %v1064 = llvm.getelementptr %v23[%v1063] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1065 = llvm.load %v1064 : !llvm.ptr<3> -> i64
      %v1066 = arith.addi %v68, %v1033 : i64
      %v1067 = arith.cmpi slt, %v1066, %v70 : i64
      %v1068 = arith.subi %size_L, %v1 : i64
      %v1069 = arith.minsi %v1066, %v1068 : i64
      %v1070 = arith.addi %v1065, %v1069 : i64
      %v1071 = arith.muli %v1063, %v82 : i64
      %v1072 = arith.addi %v1071, %v1033 : i64
      %v1073 = llvm.getelementptr %in_phi2[%v1070] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1074 = llvm.load %v1073 : !llvm.ptr -> f32
      %v1075 = arith.addi %v1032, %v114 : i64
      %v1076 = arith.constant true
      %v1077 = arith.addi %v63, %v1075 : i64
      %v1078 = llvm.getelementptr %v23[%v1077] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1079 = llvm.load %v1078 : !llvm.ptr<3> -> i64
      %v1080 = arith.addi %v68, %v1033 : i64
      %v1081 = arith.cmpi slt, %v1080, %v70 : i64
      %v1082 = arith.subi %size_L, %v1 : i64
      %v1083 = arith.minsi %v1080, %v1082 : i64
      %v1084 = arith.addi %v1079, %v1083 : i64
      %v1085 = arith.muli %v1077, %v82 : i64
      %v1086 = arith.addi %v1085, %v1033 : i64
      %v1087 = llvm.getelementptr %in_phi2[%v1084] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1088 = llvm.load %v1087 : !llvm.ptr -> f32
      %v1089 = arith.addi %v1032, %v128 : i64
      %v1090 = arith.constant true
      %v1091 = arith.addi %v63, %v1089 : i64
      %v1092 = llvm.getelementptr %v23[%v1091] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1093 = llvm.load %v1092 : !llvm.ptr<3> -> i64
      %v1094 = arith.addi %v68, %v1033 : i64
      %v1095 = arith.cmpi slt, %v1094, %v70 : i64
      %v1096 = arith.subi %size_L, %v1 : i64
      %v1097 = arith.minsi %v1094, %v1096 : i64
      %v1098 = arith.addi %v1093, %v1097 : i64
      %v1099 = arith.muli %v1091, %v82 : i64
      %v1100 = arith.addi %v1099, %v1033 : i64
      %v1101 = llvm.getelementptr %in_phi2[%v1098] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1102 = llvm.load %v1101 : !llvm.ptr -> f32
      %v1103 = arith.addi %v1032, %v142 : i64
      %v1104 = arith.constant true
      %v1105 = arith.addi %v63, %v1103 : i64
      %v1106 = llvm.getelementptr %v23[%v1105] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1107 = llvm.load %v1106 : !llvm.ptr<3> -> i64
      %v1108 = arith.addi %v68, %v1033 : i64
      %v1109 = arith.cmpi slt, %v1108, %v70 : i64
      %v1110 = arith.subi %size_L, %v1 : i64
      %v1111 = arith.minsi %v1108, %v1110 : i64
      %v1112 = arith.addi %v1107, %v1111 : i64
      %v1113 = arith.muli %v1105, %v82 : i64
      %v1114 = arith.addi %v1113, %v1033 : i64
      %v1115 = llvm.getelementptr %in_phi2[%v1112] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1116 = llvm.load %v1115 : !llvm.ptr -> f32
      %v1117 = arith.addi %v1032, %v156 : i64
      %v1118 = arith.constant true
      %v1119 = arith.addi %v63, %v1117 : i64
      %v1120 = llvm.getelementptr %v23[%v1119] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1121 = llvm.load %v1120 : !llvm.ptr<3> -> i64
      %v1122 = arith.addi %v68, %v1033 : i64
      %v1123 = arith.cmpi slt, %v1122, %v70 : i64
      %v1124 = arith.subi %size_L, %v1 : i64
      %v1125 = arith.minsi %v1122, %v1124 : i64
      %v1126 = arith.addi %v1121, %v1125 : i64
      %v1127 = arith.muli %v1119, %v82 : i64
      %v1128 = arith.addi %v1127, %v1033 : i64
      %v1129 = llvm.getelementptr %in_phi2[%v1126] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1130 = llvm.load %v1129 : !llvm.ptr -> f32
      %v1131 = arith.addi %v1032, %v170 : i64
      %v1132 = arith.constant true
      %v1133 = arith.addi %v63, %v1131 : i64
      %v1134 = llvm.getelementptr %v23[%v1133] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1135 = llvm.load %v1134 : !llvm.ptr<3> -> i64
      %v1136 = arith.addi %v68, %v1033 : i64
      %v1137 = arith.cmpi slt, %v1136, %v70 : i64
      %v1138 = arith.subi %size_L, %v1 : i64
      %v1139 = arith.minsi %v1136, %v1138 : i64
      %v1140 = arith.addi %v1135, %v1139 : i64
      %v1141 = arith.muli %v1133, %v82 : i64
      %v1142 = arith.addi %v1141, %v1033 : i64
      %v1143 = llvm.getelementptr %in_phi2[%v1140] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1144 = llvm.load %v1143 : !llvm.ptr -> f32
      %v1145 = arith.addi %v1032, %v184 : i64
      %v1146 = arith.constant true
      %v1147 = arith.addi %v63, %v1145 : i64
      %v1148 = llvm.getelementptr %v23[%v1147] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1149 = llvm.load %v1148 : !llvm.ptr<3> -> i64
      %v1150 = arith.addi %v68, %v1033 : i64
      %v1151 = arith.cmpi slt, %v1150, %v70 : i64
      %v1152 = arith.subi %size_L, %v1 : i64
      %v1153 = arith.minsi %v1150, %v1152 : i64
      %v1154 = arith.addi %v1149, %v1153 : i64
      %v1155 = arith.muli %v1147, %v82 : i64
      %v1156 = arith.addi %v1155, %v1033 : i64
      %v1157 = llvm.getelementptr %in_phi2[%v1154] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1158 = llvm.load %v1157 : !llvm.ptr -> f32
      %v1159 = arith.addi %v1032, %v198 : i64
      %v1160 = arith.constant true
      %v1161 = arith.addi %v63, %v1159 : i64
      %v1162 = llvm.getelementptr %v23[%v1161] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1163 = llvm.load %v1162 : !llvm.ptr<3> -> i64
      %v1164 = arith.addi %v68, %v1033 : i64
      %v1165 = arith.cmpi slt, %v1164, %v70 : i64
      %v1166 = arith.subi %size_L, %v1 : i64
      %v1167 = arith.minsi %v1164, %v1166 : i64
      %v1168 = arith.addi %v1163, %v1167 : i64
      %v1169 = arith.muli %v1161, %v82 : i64
      %v1170 = arith.addi %v1169, %v1033 : i64
      %v1171 = llvm.getelementptr %in_phi2[%v1168] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1172 = llvm.load %v1171 : !llvm.ptr -> f32
      %v1173 = arith.addi %v1032, %v212 : i64
      %v1174 = arith.constant true
      %v1175 = arith.addi %v63, %v1173 : i64
      %v1176 = llvm.getelementptr %v23[%v1175] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1177 = llvm.load %v1176 : !llvm.ptr<3> -> i64
      %v1178 = arith.addi %v68, %v1033 : i64
      %v1179 = arith.cmpi slt, %v1178, %v70 : i64
      %v1180 = arith.subi %size_L, %v1 : i64
      %v1181 = arith.minsi %v1178, %v1180 : i64
      %v1182 = arith.addi %v1177, %v1181 : i64
      %v1183 = arith.muli %v1175, %v82 : i64
      %v1184 = arith.addi %v1183, %v1033 : i64
      %v1185 = llvm.getelementptr %in_phi2[%v1182] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1186 = llvm.load %v1185 : !llvm.ptr -> f32
      %v1187 = arith.addi %v1032, %v226 : i64
      %v1188 = arith.constant true
      %v1189 = arith.addi %v63, %v1187 : i64
      %v1190 = llvm.getelementptr %v23[%v1189] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1191 = llvm.load %v1190 : !llvm.ptr<3> -> i64
      %v1192 = arith.addi %v68, %v1033 : i64
      %v1193 = arith.cmpi slt, %v1192, %v70 : i64
      %v1194 = arith.subi %size_L, %v1 : i64
      %v1195 = arith.minsi %v1192, %v1194 : i64
      %v1196 = arith.addi %v1191, %v1195 : i64
      %v1197 = arith.muli %v1189, %v82 : i64
      %v1198 = arith.addi %v1197, %v1033 : i64
      %v1199 = llvm.getelementptr %in_phi2[%v1196] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1200 = llvm.load %v1199 : !llvm.ptr -> f32
      %v1201 = arith.addi %v1032, %v240 : i64
      %v1202 = arith.constant true
      %v1203 = arith.addi %v63, %v1201 : i64
      %v1204 = llvm.getelementptr %v23[%v1203] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1205 = llvm.load %v1204 : !llvm.ptr<3> -> i64
      %v1206 = arith.addi %v68, %v1033 : i64
      %v1207 = arith.cmpi slt, %v1206, %v70 : i64
      %v1208 = arith.subi %size_L, %v1 : i64
      %v1209 = arith.minsi %v1206, %v1208 : i64
      %v1210 = arith.addi %v1205, %v1209 : i64
      %v1211 = arith.muli %v1203, %v82 : i64
      %v1212 = arith.addi %v1211, %v1033 : i64
      %v1213 = llvm.getelementptr %in_phi2[%v1210] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1214 = llvm.load %v1213 : !llvm.ptr -> f32
      %v1215 = arith.addi %v1032, %v254 : i64
      %v1216 = arith.constant true
      %v1217 = arith.addi %v63, %v1215 : i64
      %v1218 = llvm.getelementptr %v23[%v1217] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1219 = llvm.load %v1218 : !llvm.ptr<3> -> i64
      %v1220 = arith.addi %v68, %v1033 : i64
      %v1221 = arith.cmpi slt, %v1220, %v70 : i64
      %v1222 = arith.subi %size_L, %v1 : i64
      %v1223 = arith.minsi %v1220, %v1222 : i64
      %v1224 = arith.addi %v1219, %v1223 : i64
      %v1225 = arith.muli %v1217, %v82 : i64
      %v1226 = arith.addi %v1225, %v1033 : i64
      %v1227 = llvm.getelementptr %in_phi2[%v1224] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1228 = llvm.load %v1227 : !llvm.ptr -> f32
      %v1229 = arith.addi %v1032, %v268 : i64
      %v1230 = arith.constant true
      %v1231 = arith.addi %v63, %v1229 : i64
      %v1232 = llvm.getelementptr %v23[%v1231] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1233 = llvm.load %v1232 : !llvm.ptr<3> -> i64
      %v1234 = arith.addi %v68, %v1033 : i64
      %v1235 = arith.cmpi slt, %v1234, %v70 : i64
      %v1236 = arith.subi %size_L, %v1 : i64
      %v1237 = arith.minsi %v1234, %v1236 : i64
      %v1238 = arith.addi %v1233, %v1237 : i64
      %v1239 = arith.muli %v1231, %v82 : i64
      %v1240 = arith.addi %v1239, %v1033 : i64
      %v1241 = llvm.getelementptr %in_phi2[%v1238] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1242 = llvm.load %v1241 : !llvm.ptr -> f32
      %v1243 = arith.addi %v1032, %v282 : i64
      %v1244 = arith.constant true
      %v1245 = arith.addi %v63, %v1243 : i64
      %v1246 = llvm.getelementptr %v23[%v1245] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1247 = llvm.load %v1246 : !llvm.ptr<3> -> i64
      %v1248 = arith.addi %v68, %v1033 : i64
      %v1249 = arith.cmpi slt, %v1248, %v70 : i64
      %v1250 = arith.subi %size_L, %v1 : i64
      %v1251 = arith.minsi %v1248, %v1250 : i64
      %v1252 = arith.addi %v1247, %v1251 : i64
      %v1253 = arith.muli %v1245, %v82 : i64
      %v1254 = arith.addi %v1253, %v1033 : i64
      %v1255 = llvm.getelementptr %in_phi2[%v1252] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1256 = llvm.load %v1255 : !llvm.ptr -> f32
      %v1257 = arith.addi %v1032, %v71 : i64
      %v1258 = arith.constant true
      %v1259 = arith.addi %v63, %v1257 : i64
      %v1260 = llvm.getelementptr %v23[%v1259] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1261 = llvm.load %v1260 : !llvm.ptr<3> -> i64
      %v1262 = arith.addi %v68, %v1033 : i64
      %v1263 = arith.cmpi slt, %v1262, %v70 : i64
      %v1264 = arith.subi %size_L, %v1 : i64
      %v1265 = arith.minsi %v1262, %v1264 : i64
      %v1266 = arith.addi %v1261, %v1265 : i64
      %v1267 = arith.muli %v1259, %v82 : i64
      %v1268 = arith.addi %v1267, %v1033 : i64
      %v1269 = llvm.getelementptr %in_phi2[%v1266] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1270 = llvm.load %v1269 : !llvm.ptr -> f32
      %v1271 = arith.addi %v1032, %v309 : i64
      %v1272 = arith.constant true
      %v1273 = arith.addi %v63, %v1271 : i64
      %v1274 = llvm.getelementptr %v23[%v1273] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1275 = llvm.load %v1274 : !llvm.ptr<3> -> i64
      %v1276 = arith.addi %v68, %v1033 : i64
      %v1277 = arith.cmpi slt, %v1276, %v70 : i64
      %v1278 = arith.subi %size_L, %v1 : i64
      %v1279 = arith.minsi %v1276, %v1278 : i64
      %v1280 = arith.addi %v1275, %v1279 : i64
      %v1281 = arith.muli %v1273, %v82 : i64
      %v1282 = arith.addi %v1281, %v1033 : i64
      %v1283 = llvm.getelementptr %in_phi2[%v1280] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1284 = llvm.load %v1283 : !llvm.ptr -> f32
      %v1285 = arith.addi %v1032, %v323 : i64
      %v1286 = arith.constant true
      %v1287 = arith.addi %v63, %v1285 : i64
      %v1288 = llvm.getelementptr %v23[%v1287] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1289 = llvm.load %v1288 : !llvm.ptr<3> -> i64
      %v1290 = arith.addi %v68, %v1033 : i64
      %v1291 = arith.cmpi slt, %v1290, %v70 : i64
      %v1292 = arith.subi %size_L, %v1 : i64
      %v1293 = arith.minsi %v1290, %v1292 : i64
      %v1294 = arith.addi %v1289, %v1293 : i64
      %v1295 = arith.muli %v1287, %v82 : i64
      %v1296 = arith.addi %v1295, %v1033 : i64
      %v1297 = llvm.getelementptr %in_phi2[%v1294] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1298 = llvm.load %v1297 : !llvm.ptr -> f32
      %v1299 = arith.addi %v1032, %v337 : i64
      %v1300 = arith.constant true
      %v1301 = arith.addi %v63, %v1299 : i64
      %v1302 = llvm.getelementptr %v23[%v1301] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1303 = llvm.load %v1302 : !llvm.ptr<3> -> i64
      %v1304 = arith.addi %v68, %v1033 : i64
      %v1305 = arith.cmpi slt, %v1304, %v70 : i64
      %v1306 = arith.subi %size_L, %v1 : i64
      %v1307 = arith.minsi %v1304, %v1306 : i64
      %v1308 = arith.addi %v1303, %v1307 : i64
      %v1309 = arith.muli %v1301, %v82 : i64
      %v1310 = arith.addi %v1309, %v1033 : i64
      %v1311 = llvm.getelementptr %in_phi2[%v1308] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1312 = llvm.load %v1311 : !llvm.ptr -> f32
      %v1313 = arith.addi %v1032, %v351 : i64
      %v1314 = arith.constant true
      %v1315 = arith.addi %v63, %v1313 : i64
      %v1316 = llvm.getelementptr %v23[%v1315] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1317 = llvm.load %v1316 : !llvm.ptr<3> -> i64
      %v1318 = arith.addi %v68, %v1033 : i64
      %v1319 = arith.cmpi slt, %v1318, %v70 : i64
      %v1320 = arith.subi %size_L, %v1 : i64
      %v1321 = arith.minsi %v1318, %v1320 : i64
      %v1322 = arith.addi %v1317, %v1321 : i64
      %v1323 = arith.muli %v1315, %v82 : i64
      %v1324 = arith.addi %v1323, %v1033 : i64
      %v1325 = llvm.getelementptr %in_phi2[%v1322] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1326 = llvm.load %v1325 : !llvm.ptr -> f32
      %v1327 = arith.addi %v1032, %v365 : i64
      %v1328 = arith.constant true
      %v1329 = arith.addi %v63, %v1327 : i64
      %v1330 = llvm.getelementptr %v23[%v1329] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1331 = llvm.load %v1330 : !llvm.ptr<3> -> i64
      %v1332 = arith.addi %v68, %v1033 : i64
      %v1333 = arith.cmpi slt, %v1332, %v70 : i64
      %v1334 = arith.subi %size_L, %v1 : i64
      %v1335 = arith.minsi %v1332, %v1334 : i64
      %v1336 = arith.addi %v1331, %v1335 : i64
      %v1337 = arith.muli %v1329, %v82 : i64
      %v1338 = arith.addi %v1337, %v1033 : i64
      %v1339 = llvm.getelementptr %in_phi2[%v1336] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1340 = llvm.load %v1339 : !llvm.ptr -> f32
      %v1341 = arith.addi %v1032, %v379 : i64
      %v1342 = arith.constant true
      %v1343 = arith.addi %v63, %v1341 : i64
      %v1344 = llvm.getelementptr %v23[%v1343] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1345 = llvm.load %v1344 : !llvm.ptr<3> -> i64
      %v1346 = arith.addi %v68, %v1033 : i64
      %v1347 = arith.cmpi slt, %v1346, %v70 : i64
      %v1348 = arith.subi %size_L, %v1 : i64
      %v1349 = arith.minsi %v1346, %v1348 : i64
      %v1350 = arith.addi %v1345, %v1349 : i64
      %v1351 = arith.muli %v1343, %v82 : i64
      %v1352 = arith.addi %v1351, %v1033 : i64
      %v1353 = llvm.getelementptr %in_phi2[%v1350] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1354 = llvm.load %v1353 : !llvm.ptr -> f32
      %v1355 = arith.addi %v1032, %v393 : i64
      %v1356 = arith.constant true
      %v1357 = arith.addi %v63, %v1355 : i64
      %v1358 = llvm.getelementptr %v23[%v1357] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1359 = llvm.load %v1358 : !llvm.ptr<3> -> i64
      %v1360 = arith.addi %v68, %v1033 : i64
      %v1361 = arith.cmpi slt, %v1360, %v70 : i64
      %v1362 = arith.subi %size_L, %v1 : i64
      %v1363 = arith.minsi %v1360, %v1362 : i64
      %v1364 = arith.addi %v1359, %v1363 : i64
      %v1365 = arith.muli %v1357, %v82 : i64
      %v1366 = arith.addi %v1365, %v1033 : i64
      %v1367 = llvm.getelementptr %in_phi2[%v1364] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1368 = llvm.load %v1367 : !llvm.ptr -> f32
      %v1369 = arith.addi %v1032, %v407 : i64
      %v1370 = arith.constant true
      %v1371 = arith.addi %v63, %v1369 : i64
      %v1372 = llvm.getelementptr %v23[%v1371] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1373 = llvm.load %v1372 : !llvm.ptr<3> -> i64
      %v1374 = arith.addi %v68, %v1033 : i64
      %v1375 = arith.cmpi slt, %v1374, %v70 : i64
      %v1376 = arith.subi %size_L, %v1 : i64
      %v1377 = arith.minsi %v1374, %v1376 : i64
      %v1378 = arith.addi %v1373, %v1377 : i64
      %v1379 = arith.muli %v1371, %v82 : i64
      %v1380 = arith.addi %v1379, %v1033 : i64
      %v1381 = llvm.getelementptr %in_phi2[%v1378] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1382 = llvm.load %v1381 : !llvm.ptr -> f32
      %v1383 = arith.addi %v1032, %v421 : i64
      %v1384 = arith.constant true
      %v1385 = arith.addi %v63, %v1383 : i64
      %v1386 = llvm.getelementptr %v23[%v1385] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1387 = llvm.load %v1386 : !llvm.ptr<3> -> i64
      %v1388 = arith.addi %v68, %v1033 : i64
      %v1389 = arith.cmpi slt, %v1388, %v70 : i64
      %v1390 = arith.subi %size_L, %v1 : i64
      %v1391 = arith.minsi %v1388, %v1390 : i64
      %v1392 = arith.addi %v1387, %v1391 : i64
      %v1393 = arith.muli %v1385, %v82 : i64
      %v1394 = arith.addi %v1393, %v1033 : i64
      %v1395 = llvm.getelementptr %in_phi2[%v1392] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1396 = llvm.load %v1395 : !llvm.ptr -> f32
      %v1397 = arith.addi %v1032, %v435 : i64
      %v1398 = arith.constant true
      %v1399 = arith.addi %v63, %v1397 : i64
      %v1400 = llvm.getelementptr %v23[%v1399] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1401 = llvm.load %v1400 : !llvm.ptr<3> -> i64
      %v1402 = arith.addi %v68, %v1033 : i64
      %v1403 = arith.cmpi slt, %v1402, %v70 : i64
      %v1404 = arith.subi %size_L, %v1 : i64
      %v1405 = arith.minsi %v1402, %v1404 : i64
      %v1406 = arith.addi %v1401, %v1405 : i64
      %v1407 = arith.muli %v1399, %v82 : i64
      %v1408 = arith.addi %v1407, %v1033 : i64
      %v1409 = llvm.getelementptr %in_phi2[%v1406] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1410 = llvm.load %v1409 : !llvm.ptr -> f32
      %v1411 = arith.addi %v1032, %v449 : i64
      %v1412 = arith.constant true
      %v1413 = arith.addi %v63, %v1411 : i64
      %v1414 = llvm.getelementptr %v23[%v1413] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1415 = llvm.load %v1414 : !llvm.ptr<3> -> i64
      %v1416 = arith.addi %v68, %v1033 : i64
      %v1417 = arith.cmpi slt, %v1416, %v70 : i64
      %v1418 = arith.subi %size_L, %v1 : i64
      %v1419 = arith.minsi %v1416, %v1418 : i64
      %v1420 = arith.addi %v1415, %v1419 : i64
      %v1421 = arith.muli %v1413, %v82 : i64
      %v1422 = arith.addi %v1421, %v1033 : i64
      %v1423 = llvm.getelementptr %in_phi2[%v1420] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1424 = llvm.load %v1423 : !llvm.ptr -> f32
      %v1425 = arith.addi %v1032, %v463 : i64
      %v1426 = arith.constant true
      %v1427 = arith.addi %v63, %v1425 : i64
      %v1428 = llvm.getelementptr %v23[%v1427] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1429 = llvm.load %v1428 : !llvm.ptr<3> -> i64
      %v1430 = arith.addi %v68, %v1033 : i64
      %v1431 = arith.cmpi slt, %v1430, %v70 : i64
      %v1432 = arith.subi %size_L, %v1 : i64
      %v1433 = arith.minsi %v1430, %v1432 : i64
      %v1434 = arith.addi %v1429, %v1433 : i64
      %v1435 = arith.muli %v1427, %v82 : i64
      %v1436 = arith.addi %v1435, %v1033 : i64
      %v1437 = llvm.getelementptr %in_phi2[%v1434] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1438 = llvm.load %v1437 : !llvm.ptr -> f32
      %v1439 = arith.addi %v1032, %v477 : i64
      %v1440 = arith.constant true
      %v1441 = arith.addi %v63, %v1439 : i64
      %v1442 = llvm.getelementptr %v23[%v1441] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1443 = llvm.load %v1442 : !llvm.ptr<3> -> i64
      %v1444 = arith.addi %v68, %v1033 : i64
      %v1445 = arith.cmpi slt, %v1444, %v70 : i64
      %v1446 = arith.subi %size_L, %v1 : i64
      %v1447 = arith.minsi %v1444, %v1446 : i64
      %v1448 = arith.addi %v1443, %v1447 : i64
      %v1449 = arith.muli %v1441, %v82 : i64
      %v1450 = arith.addi %v1449, %v1033 : i64
      %v1451 = llvm.getelementptr %in_phi2[%v1448] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1452 = llvm.load %v1451 : !llvm.ptr -> f32
      %v1453 = arith.addi %v1032, %v491 : i64
      %v1454 = arith.constant true
      %v1455 = arith.addi %v63, %v1453 : i64
      %v1456 = llvm.getelementptr %v23[%v1455] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1457 = llvm.load %v1456 : !llvm.ptr<3> -> i64
      %v1458 = arith.addi %v68, %v1033 : i64
      %v1459 = arith.cmpi slt, %v1458, %v70 : i64
      %v1460 = arith.subi %size_L, %v1 : i64
      %v1461 = arith.minsi %v1458, %v1460 : i64
      %v1462 = arith.addi %v1457, %v1461 : i64
      %v1463 = arith.muli %v1455, %v82 : i64
      %v1464 = arith.addi %v1463, %v1033 : i64
      %v1465 = llvm.getelementptr %in_phi2[%v1462] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1466 = llvm.load %v1465 : !llvm.ptr -> f32
      %v1467 = arith.addi %v1032, %v505 : i64
      %v1468 = arith.constant true
      %v1469 = arith.addi %v63, %v1467 : i64
      %v1470 = llvm.getelementptr %v23[%v1469] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1471 = llvm.load %v1470 : !llvm.ptr<3> -> i64
      %v1472 = arith.addi %v68, %v1033 : i64
      %v1473 = arith.cmpi slt, %v1472, %v70 : i64
      %v1474 = arith.subi %size_L, %v1 : i64
      %v1475 = arith.minsi %v1472, %v1474 : i64
      %v1476 = arith.addi %v1471, %v1475 : i64
      %v1477 = arith.muli %v1469, %v82 : i64
      %v1478 = arith.addi %v1477, %v1033 : i64
      %v1479 = llvm.getelementptr %in_phi2[%v1476] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1480 = llvm.load %v1479 : !llvm.ptr -> f32
      scf.if %v1034 {
        %v1481 = llvm.getelementptr %v24[%v1044] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1046, %v1481 : f32, !llvm.ptr<3>
      }
      scf.if %v1048 {
        %v1482 = llvm.getelementptr %v24[%v1058] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1060, %v1482 : f32, !llvm.ptr<3>
      }
      scf.if %v1062 {
        %v1483 = llvm.getelementptr %v24[%v1072] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1074, %v1483 : f32, !llvm.ptr<3>
      }
      scf.if %v1076 {
        %v1484 = llvm.getelementptr %v24[%v1086] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1088, %v1484 : f32, !llvm.ptr<3>
      }
      scf.if %v1090 {
        %v1485 = llvm.getelementptr %v24[%v1100] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1102, %v1485 : f32, !llvm.ptr<3>
      }
      scf.if %v1104 {
        %v1486 = llvm.getelementptr %v24[%v1114] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1116, %v1486 : f32, !llvm.ptr<3>
      }
      scf.if %v1118 {
        %v1487 = llvm.getelementptr %v24[%v1128] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1130, %v1487 : f32, !llvm.ptr<3>
      }
      scf.if %v1132 {
        %v1488 = llvm.getelementptr %v24[%v1142] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1144, %v1488 : f32, !llvm.ptr<3>
      }
      scf.if %v1146 {
        %v1489 = llvm.getelementptr %v24[%v1156] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1158, %v1489 : f32, !llvm.ptr<3>
      }
      scf.if %v1160 {
        %v1490 = llvm.getelementptr %v24[%v1170] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1172, %v1490 : f32, !llvm.ptr<3>
      }
      scf.if %v1174 {
        %v1491 = llvm.getelementptr %v24[%v1184] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1186, %v1491 : f32, !llvm.ptr<3>
      }
      scf.if %v1188 {
        %v1492 = llvm.getelementptr %v24[%v1198] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1200, %v1492 : f32, !llvm.ptr<3>
      }
      scf.if %v1202 {
        %v1493 = llvm.getelementptr %v24[%v1212] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1214, %v1493 : f32, !llvm.ptr<3>
      }
      scf.if %v1216 {
        %v1494 = llvm.getelementptr %v24[%v1226] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1228, %v1494 : f32, !llvm.ptr<3>
      }
      scf.if %v1230 {
        %v1495 = llvm.getelementptr %v24[%v1240] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1242, %v1495 : f32, !llvm.ptr<3>
      }
      scf.if %v1244 {
        %v1496 = llvm.getelementptr %v24[%v1254] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1256, %v1496 : f32, !llvm.ptr<3>
      }
      scf.if %v1258 {
        %v1497 = llvm.getelementptr %v24[%v1268] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1270, %v1497 : f32, !llvm.ptr<3>
      }
      scf.if %v1272 {
        %v1498 = llvm.getelementptr %v24[%v1282] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1284, %v1498 : f32, !llvm.ptr<3>
      }
      scf.if %v1286 {
        %v1499 = llvm.getelementptr %v24[%v1296] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1298, %v1499 : f32, !llvm.ptr<3>
      }
      scf.if %v1300 {
        %v1500 = llvm.getelementptr %v24[%v1310] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1312, %v1500 : f32, !llvm.ptr<3>
      }
      scf.if %v1314 {
        %v1501 = llvm.getelementptr %v24[%v1324] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1326, %v1501 : f32, !llvm.ptr<3>
      }
      scf.if %v1328 {
        %v1502 = llvm.getelementptr %v24[%v1338] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1340, %v1502 : f32, !llvm.ptr<3>
      }
      scf.if %v1342 {
        %v1503 = llvm.getelementptr %v24[%v1352] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1354, %v1503 : f32, !llvm.ptr<3>
      }
      scf.if %v1356 {
        %v1504 = llvm.getelementptr %v24[%v1366] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1368, %v1504 : f32, !llvm.ptr<3>
      }
      scf.if %v1370 {
        %v1505 = llvm.getelementptr %v24[%v1380] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1382, %v1505 : f32, !llvm.ptr<3>
      }
      scf.if %v1384 {
        %v1506 = llvm.getelementptr %v24[%v1394] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1396, %v1506 : f32, !llvm.ptr<3>
      }
      scf.if %v1398 {
        %v1507 = llvm.getelementptr %v24[%v1408] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1410, %v1507 : f32, !llvm.ptr<3>
      }
      scf.if %v1412 {
        %v1508 = llvm.getelementptr %v24[%v1422] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1424, %v1508 : f32, !llvm.ptr<3>
      }
      scf.if %v1426 {
        %v1509 = llvm.getelementptr %v24[%v1436] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1438, %v1509 : f32, !llvm.ptr<3>
      }
      scf.if %v1440 {
        %v1510 = llvm.getelementptr %v24[%v1450] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1452, %v1510 : f32, !llvm.ptr<3>
      }
      scf.if %v1454 {
        %v1511 = llvm.getelementptr %v24[%v1464] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1466, %v1511 : f32, !llvm.ptr<3>
      }
      scf.if %v1468 {
        %v1512 = llvm.getelementptr %v24[%v1478] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1480, %v1512 : f32, !llvm.ptr<3>
      }
      // end staged load of `phi2`
      gpu.barrier
      %v1513 = arith.index_cast %v68 : i64 to index
      %v1514 = arith.index_cast %v70 : i64 to index
      %v1515 = arith.index_cast %v71 : i64 to index
      scf.for %v1516 = %v1513 to %v1514 step %v1515 {
        %v1517 = arith.index_cast %v1516 : index to i64
        %v1518 = arith.subi %v70, %v1517 : i64
        %v1519 = arith.minsi %v1518, %v71 : i64
        %v1520 = arith.addi %v1517, %v71 : i64
        %v1521 = arith.divui %v31, %v71 : i64
        %v1522 = arith.remui %v31, %v71 : i64
        %v1523 = arith.constant true
        %v1524 = llvm.getelementptr %v23[%v1521] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1525 = llvm.load %v1524 : !llvm.ptr<3> -> i64
        %v1526 = arith.addi %v1520, %v1522 : i64
        %v1527 = arith.cmpi slt, %v1526, %v70 : i64
        %v1528 = arith.subi %size_L, %v1 : i64
        %v1529 = arith.minsi %v1526, %v1528 : i64
        %v1530 = arith.addi %v1525, %v1529 : i64
        %v1531 = arith.muli %v1521, %v82 : i64
        %v1532 = arith.addi %v1531, %v1522 : i64
        %v1533 = llvm.getelementptr %in_e[%v1530] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1534 = llvm.load %v1533 : !llvm.ptr -> f32
        %v1535 = arith.addi %v1521, %v62 : i64
        %v1536 = arith.constant true
        %v1537 = llvm.getelementptr %v23[%v1535] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1538 = llvm.load %v1537 : !llvm.ptr<3> -> i64
        %v1539 = arith.addi %v1520, %v1522 : i64
        %v1540 = arith.cmpi slt, %v1539, %v70 : i64
        %v1541 = arith.subi %size_L, %v1 : i64
        %v1542 = arith.minsi %v1539, %v1541 : i64
        %v1543 = arith.addi %v1538, %v1542 : i64
        %v1544 = arith.muli %v1535, %v82 : i64
        %v1545 = arith.addi %v1544, %v1522 : i64
        %v1546 = llvm.getelementptr %in_e[%v1543] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1547 = llvm.load %v1546 : !llvm.ptr -> f32
        %v1548 = arith.addi %v1521, %v100 : i64
        %v1549 = arith.constant true
        %v1550 = llvm.getelementptr %v23[%v1548] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1551 = llvm.load %v1550 : !llvm.ptr<3> -> i64
        %v1552 = arith.addi %v1520, %v1522 : i64
        %v1553 = arith.cmpi slt, %v1552, %v70 : i64
        %v1554 = arith.subi %size_L, %v1 : i64
        %v1555 = arith.minsi %v1552, %v1554 : i64
        %v1556 = arith.addi %v1551, %v1555 : i64
        %v1557 = arith.muli %v1548, %v82 : i64
        %v1558 = arith.addi %v1557, %v1522 : i64
        %v1559 = llvm.getelementptr %in_e[%v1556] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1560 = llvm.load %v1559 : !llvm.ptr -> f32
        %v1561 = arith.addi %v1521, %v114 : i64
        %v1562 = arith.constant true
        %v1563 = llvm.getelementptr %v23[%v1561] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1564 = llvm.load %v1563 : !llvm.ptr<3> -> i64
        %v1565 = arith.addi %v1520, %v1522 : i64
        %v1566 = arith.cmpi slt, %v1565, %v70 : i64
        %v1567 = arith.subi %size_L, %v1 : i64
        %v1568 = arith.minsi %v1565, %v1567 : i64
        %v1569 = arith.addi %v1564, %v1568 : i64
        %v1570 = arith.muli %v1561, %v82 : i64
        %v1571 = arith.addi %v1570, %v1522 : i64
        %v1572 = llvm.getelementptr %in_e[%v1569] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1573 = llvm.load %v1572 : !llvm.ptr -> f32
        %v1574 = arith.addi %v1521, %v128 : i64
        %v1575 = arith.constant true
        %v1576 = llvm.getelementptr %v23[%v1574] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1577 = llvm.load %v1576 : !llvm.ptr<3> -> i64
        %v1578 = arith.addi %v1520, %v1522 : i64
        %v1579 = arith.cmpi slt, %v1578, %v70 : i64
        %v1580 = arith.subi %size_L, %v1 : i64
        %v1581 = arith.minsi %v1578, %v1580 : i64
        %v1582 = arith.addi %v1577, %v1581 : i64
        %v1583 = arith.muli %v1574, %v82 : i64
        %v1584 = arith.addi %v1583, %v1522 : i64
        %v1585 = llvm.getelementptr %in_e[%v1582] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1586 = llvm.load %v1585 : !llvm.ptr -> f32
        %v1587 = arith.addi %v1521, %v142 : i64
        %v1588 = arith.constant true
        %v1589 = llvm.getelementptr %v23[%v1587] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1590 = llvm.load %v1589 : !llvm.ptr<3> -> i64
        %v1591 = arith.addi %v1520, %v1522 : i64
        %v1592 = arith.cmpi slt, %v1591, %v70 : i64
        %v1593 = arith.subi %size_L, %v1 : i64
        %v1594 = arith.minsi %v1591, %v1593 : i64
        %v1595 = arith.addi %v1590, %v1594 : i64
        %v1596 = arith.muli %v1587, %v82 : i64
        %v1597 = arith.addi %v1596, %v1522 : i64
        %v1598 = llvm.getelementptr %in_e[%v1595] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1599 = llvm.load %v1598 : !llvm.ptr -> f32
        %v1600 = arith.addi %v1521, %v156 : i64
        %v1601 = arith.constant true
        %v1602 = llvm.getelementptr %v23[%v1600] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1603 = llvm.load %v1602 : !llvm.ptr<3> -> i64
        %v1604 = arith.addi %v1520, %v1522 : i64
        %v1605 = arith.cmpi slt, %v1604, %v70 : i64
        %v1606 = arith.subi %size_L, %v1 : i64
        %v1607 = arith.minsi %v1604, %v1606 : i64
        %v1608 = arith.addi %v1603, %v1607 : i64
        %v1609 = arith.muli %v1600, %v82 : i64
        %v1610 = arith.addi %v1609, %v1522 : i64
        %v1611 = llvm.getelementptr %in_e[%v1608] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1612 = llvm.load %v1611 : !llvm.ptr -> f32
        %v1613 = arith.addi %v1521, %v170 : i64
        %v1614 = arith.constant true
        %v1615 = llvm.getelementptr %v23[%v1613] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1616 = llvm.load %v1615 : !llvm.ptr<3> -> i64
        %v1617 = arith.addi %v1520, %v1522 : i64
        %v1618 = arith.cmpi slt, %v1617, %v70 : i64
        %v1619 = arith.subi %size_L, %v1 : i64
        %v1620 = arith.minsi %v1617, %v1619 : i64
        %v1621 = arith.addi %v1616, %v1620 : i64
        %v1622 = arith.muli %v1613, %v82 : i64
        %v1623 = arith.addi %v1622, %v1522 : i64
        %v1624 = llvm.getelementptr %in_e[%v1621] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1625 = llvm.load %v1624 : !llvm.ptr -> f32
        %v1626 = arith.addi %v1521, %v184 : i64
        %v1627 = arith.constant true
        %v1628 = llvm.getelementptr %v23[%v1626] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1629 = llvm.load %v1628 : !llvm.ptr<3> -> i64
        %v1630 = arith.addi %v1520, %v1522 : i64
        %v1631 = arith.cmpi slt, %v1630, %v70 : i64
        %v1632 = arith.subi %size_L, %v1 : i64
        %v1633 = arith.minsi %v1630, %v1632 : i64
        %v1634 = arith.addi %v1629, %v1633 : i64
        %v1635 = arith.muli %v1626, %v82 : i64
        %v1636 = arith.addi %v1635, %v1522 : i64
        %v1637 = llvm.getelementptr %in_e[%v1634] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1638 = llvm.load %v1637 : !llvm.ptr -> f32
        %v1639 = arith.addi %v1521, %v198 : i64
        %v1640 = arith.constant true
        %v1641 = llvm.getelementptr %v23[%v1639] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1642 = llvm.load %v1641 : !llvm.ptr<3> -> i64
        %v1643 = arith.addi %v1520, %v1522 : i64
        %v1644 = arith.cmpi slt, %v1643, %v70 : i64
        %v1645 = arith.subi %size_L, %v1 : i64
        %v1646 = arith.minsi %v1643, %v1645 : i64
        %v1647 = arith.addi %v1642, %v1646 : i64
        %v1648 = arith.muli %v1639, %v82 : i64
        %v1649 = arith.addi %v1648, %v1522 : i64
        %v1650 = llvm.getelementptr %in_e[%v1647] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1651 = llvm.load %v1650 : !llvm.ptr -> f32
        %v1652 = arith.addi %v1521, %v212 : i64
        %v1653 = arith.constant true
        %v1654 = llvm.getelementptr %v23[%v1652] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1655 = llvm.load %v1654 : !llvm.ptr<3> -> i64
        %v1656 = arith.addi %v1520, %v1522 : i64
        %v1657 = arith.cmpi slt, %v1656, %v70 : i64
        %v1658 = arith.subi %size_L, %v1 : i64
        %v1659 = arith.minsi %v1656, %v1658 : i64
        %v1660 = arith.addi %v1655, %v1659 : i64
        %v1661 = arith.muli %v1652, %v82 : i64
        %v1662 = arith.addi %v1661, %v1522 : i64
        %v1663 = llvm.getelementptr %in_e[%v1660] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1664 = llvm.load %v1663 : !llvm.ptr -> f32
        %v1665 = arith.addi %v1521, %v226 : i64
        %v1666 = arith.constant true
        %v1667 = llvm.getelementptr %v23[%v1665] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1668 = llvm.load %v1667 : !llvm.ptr<3> -> i64
        %v1669 = arith.addi %v1520, %v1522 : i64
        %v1670 = arith.cmpi slt, %v1669, %v70 : i64
        %v1671 = arith.subi %size_L, %v1 : i64
        %v1672 = arith.minsi %v1669, %v1671 : i64
        %v1673 = arith.addi %v1668, %v1672 : i64
        %v1674 = arith.muli %v1665, %v82 : i64
        %v1675 = arith.addi %v1674, %v1522 : i64
        %v1676 = llvm.getelementptr %in_e[%v1673] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1677 = llvm.load %v1676 : !llvm.ptr -> f32
        %v1678 = arith.addi %v1521, %v240 : i64
        %v1679 = arith.constant true
        %v1680 = llvm.getelementptr %v23[%v1678] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1681 = llvm.load %v1680 : !llvm.ptr<3> -> i64
        %v1682 = arith.addi %v1520, %v1522 : i64
        %v1683 = arith.cmpi slt, %v1682, %v70 : i64
        %v1684 = arith.subi %size_L, %v1 : i64
        %v1685 = arith.minsi %v1682, %v1684 : i64
        %v1686 = arith.addi %v1681, %v1685 : i64
        %v1687 = arith.muli %v1678, %v82 : i64
        %v1688 = arith.addi %v1687, %v1522 : i64
        %v1689 = llvm.getelementptr %in_e[%v1686] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1690 = llvm.load %v1689 : !llvm.ptr -> f32
        %v1691 = arith.addi %v1521, %v254 : i64
        %v1692 = arith.constant true
        %v1693 = llvm.getelementptr %v23[%v1691] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1694 = llvm.load %v1693 : !llvm.ptr<3> -> i64
        %v1695 = arith.addi %v1520, %v1522 : i64
        %v1696 = arith.cmpi slt, %v1695, %v70 : i64
        %v1697 = arith.subi %size_L, %v1 : i64
        %v1698 = arith.minsi %v1695, %v1697 : i64
        %v1699 = arith.addi %v1694, %v1698 : i64
        %v1700 = arith.muli %v1691, %v82 : i64
        %v1701 = arith.addi %v1700, %v1522 : i64
        %v1702 = llvm.getelementptr %in_e[%v1699] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1703 = llvm.load %v1702 : !llvm.ptr -> f32
        %v1704 = arith.addi %v1521, %v268 : i64
        %v1705 = arith.constant true
        %v1706 = llvm.getelementptr %v23[%v1704] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1707 = llvm.load %v1706 : !llvm.ptr<3> -> i64
        %v1708 = arith.addi %v1520, %v1522 : i64
        %v1709 = arith.cmpi slt, %v1708, %v70 : i64
        %v1710 = arith.subi %size_L, %v1 : i64
        %v1711 = arith.minsi %v1708, %v1710 : i64
        %v1712 = arith.addi %v1707, %v1711 : i64
        %v1713 = arith.muli %v1704, %v82 : i64
        %v1714 = arith.addi %v1713, %v1522 : i64
        %v1715 = llvm.getelementptr %in_e[%v1712] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1716 = llvm.load %v1715 : !llvm.ptr -> f32
        %v1717 = arith.addi %v1521, %v282 : i64
        %v1718 = arith.constant true
        %v1719 = llvm.getelementptr %v23[%v1717] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1720 = llvm.load %v1719 : !llvm.ptr<3> -> i64
        %v1721 = arith.addi %v1520, %v1522 : i64
        %v1722 = arith.cmpi slt, %v1721, %v70 : i64
        %v1723 = arith.subi %size_L, %v1 : i64
        %v1724 = arith.minsi %v1721, %v1723 : i64
        %v1725 = arith.addi %v1720, %v1724 : i64
        %v1726 = arith.muli %v1717, %v82 : i64
        %v1727 = arith.addi %v1726, %v1522 : i64
        %v1728 = llvm.getelementptr %in_e[%v1725] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1729 = llvm.load %v1728 : !llvm.ptr -> f32
        %v1730 = arith.addi %v1521, %v71 : i64
        %v1731 = arith.constant true
        %v1732 = llvm.getelementptr %v23[%v1730] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1733 = llvm.load %v1732 : !llvm.ptr<3> -> i64
        %v1734 = arith.addi %v1520, %v1522 : i64
        %v1735 = arith.cmpi slt, %v1734, %v70 : i64
        %v1736 = arith.subi %size_L, %v1 : i64
        %v1737 = arith.minsi %v1734, %v1736 : i64
        %v1738 = arith.addi %v1733, %v1737 : i64
        %v1739 = arith.muli %v1730, %v82 : i64
        %v1740 = arith.addi %v1739, %v1522 : i64
        %v1741 = llvm.getelementptr %in_e[%v1738] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1742 = llvm.load %v1741 : !llvm.ptr -> f32
        %v1743 = arith.addi %v1521, %v309 : i64
        %v1744 = arith.constant true
        %v1745 = llvm.getelementptr %v23[%v1743] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1746 = llvm.load %v1745 : !llvm.ptr<3> -> i64
        %v1747 = arith.addi %v1520, %v1522 : i64
        %v1748 = arith.cmpi slt, %v1747, %v70 : i64
        %v1749 = arith.subi %size_L, %v1 : i64
        %v1750 = arith.minsi %v1747, %v1749 : i64
        %v1751 = arith.addi %v1746, %v1750 : i64
        %v1752 = arith.muli %v1743, %v82 : i64
        %v1753 = arith.addi %v1752, %v1522 : i64
        %v1754 = llvm.getelementptr %in_e[%v1751] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1755 = llvm.load %v1754 : !llvm.ptr -> f32
        %v1756 = arith.addi %v1521, %v323 : i64
        %v1757 = arith.constant true
        %v1758 = llvm.getelementptr %v23[%v1756] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1759 = llvm.load %v1758 : !llvm.ptr<3> -> i64
        %v1760 = arith.addi %v1520, %v1522 : i64
        %v1761 = arith.cmpi slt, %v1760, %v70 : i64
        %v1762 = arith.subi %size_L, %v1 : i64
        %v1763 = arith.minsi %v1760, %v1762 : i64
        %v1764 = arith.addi %v1759, %v1763 : i64
        %v1765 = arith.muli %v1756, %v82 : i64
        %v1766 = arith.addi %v1765, %v1522 : i64
        %v1767 = llvm.getelementptr %in_e[%v1764] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1768 = llvm.load %v1767 : !llvm.ptr -> f32
        %v1769 = arith.addi %v1521, %v337 : i64
        %v1770 = arith.constant true
        %v1771 = llvm.getelementptr %v23[%v1769] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1772 = llvm.load %v1771 : !llvm.ptr<3> -> i64
        %v1773 = arith.addi %v1520, %v1522 : i64
        %v1774 = arith.cmpi slt, %v1773, %v70 : i64
        %v1775 = arith.subi %size_L, %v1 : i64
        %v1776 = arith.minsi %v1773, %v1775 : i64
        %v1777 = arith.addi %v1772, %v1776 : i64
        %v1778 = arith.muli %v1769, %v82 : i64
        %v1779 = arith.addi %v1778, %v1522 : i64
        %v1780 = llvm.getelementptr %in_e[%v1777] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1781 = llvm.load %v1780 : !llvm.ptr -> f32
        %v1782 = arith.addi %v1521, %v351 : i64
        %v1783 = arith.constant true
        %v1784 = llvm.getelementptr %v23[%v1782] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1785 = llvm.load %v1784 : !llvm.ptr<3> -> i64
        %v1786 = arith.addi %v1520, %v1522 : i64
        %v1787 = arith.cmpi slt, %v1786, %v70 : i64
        %v1788 = arith.subi %size_L, %v1 : i64
        %v1789 = arith.minsi %v1786, %v1788 : i64
        %v1790 = arith.addi %v1785, %v1789 : i64
        %v1791 = arith.muli %v1782, %v82 : i64
        %v1792 = arith.addi %v1791, %v1522 : i64
        %v1793 = llvm.getelementptr %in_e[%v1790] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1794 = llvm.load %v1793 : !llvm.ptr -> f32
        %v1795 = arith.addi %v1521, %v365 : i64
        %v1796 = arith.constant true
        %v1797 = llvm.getelementptr %v23[%v1795] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1798 = llvm.load %v1797 : !llvm.ptr<3> -> i64
        %v1799 = arith.addi %v1520, %v1522 : i64
        %v1800 = arith.cmpi slt, %v1799, %v70 : i64
        %v1801 = arith.subi %size_L, %v1 : i64
        %v1802 = arith.minsi %v1799, %v1801 : i64
        %v1803 = arith.addi %v1798, %v1802 : i64
        %v1804 = arith.muli %v1795, %v82 : i64
        %v1805 = arith.addi %v1804, %v1522 : i64
        %v1806 = llvm.getelementptr %in_e[%v1803] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1807 = llvm.load %v1806 : !llvm.ptr -> f32
        %v1808 = arith.addi %v1521, %v379 : i64
        %v1809 = arith.constant true
        %v1810 = llvm.getelementptr %v23[%v1808] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1811 = llvm.load %v1810 : !llvm.ptr<3> -> i64
        %v1812 = arith.addi %v1520, %v1522 : i64
        %v1813 = arith.cmpi slt, %v1812, %v70 : i64
        %v1814 = arith.subi %size_L, %v1 : i64
        %v1815 = arith.minsi %v1812, %v1814 : i64
        %v1816 = arith.addi %v1811, %v1815 : i64
        %v1817 = arith.muli %v1808, %v82 : i64
        %v1818 = arith.addi %v1817, %v1522 : i64
        %v1819 = llvm.getelementptr %in_e[%v1816] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1820 = llvm.load %v1819 : !llvm.ptr -> f32
        %v1821 = arith.addi %v1521, %v393 : i64
        %v1822 = arith.constant true
        %v1823 = llvm.getelementptr %v23[%v1821] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1824 = llvm.load %v1823 : !llvm.ptr<3> -> i64
        %v1825 = arith.addi %v1520, %v1522 : i64
        %v1826 = arith.cmpi slt, %v1825, %v70 : i64
        %v1827 = arith.subi %size_L, %v1 : i64
        %v1828 = arith.minsi %v1825, %v1827 : i64
        %v1829 = arith.addi %v1824, %v1828 : i64
        %v1830 = arith.muli %v1821, %v82 : i64
        %v1831 = arith.addi %v1830, %v1522 : i64
        %v1832 = llvm.getelementptr %in_e[%v1829] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1833 = llvm.load %v1832 : !llvm.ptr -> f32
        %v1834 = arith.addi %v1521, %v407 : i64
        %v1835 = arith.constant true
        %v1836 = llvm.getelementptr %v23[%v1834] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1837 = llvm.load %v1836 : !llvm.ptr<3> -> i64
        %v1838 = arith.addi %v1520, %v1522 : i64
        %v1839 = arith.cmpi slt, %v1838, %v70 : i64
        %v1840 = arith.subi %size_L, %v1 : i64
        %v1841 = arith.minsi %v1838, %v1840 : i64
        %v1842 = arith.addi %v1837, %v1841 : i64
        %v1843 = arith.muli %v1834, %v82 : i64
        %v1844 = arith.addi %v1843, %v1522 : i64
        %v1845 = llvm.getelementptr %in_e[%v1842] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1846 = llvm.load %v1845 : !llvm.ptr -> f32
        %v1847 = arith.addi %v1521, %v421 : i64
        %v1848 = arith.constant true
        %v1849 = llvm.getelementptr %v23[%v1847] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1850 = llvm.load %v1849 : !llvm.ptr<3> -> i64
        %v1851 = arith.addi %v1520, %v1522 : i64
        %v1852 = arith.cmpi slt, %v1851, %v70 : i64
        %v1853 = arith.subi %size_L, %v1 : i64
        %v1854 = arith.minsi %v1851, %v1853 : i64
        %v1855 = arith.addi %v1850, %v1854 : i64
        %v1856 = arith.muli %v1847, %v82 : i64
        %v1857 = arith.addi %v1856, %v1522 : i64
        %v1858 = llvm.getelementptr %in_e[%v1855] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1859 = llvm.load %v1858 : !llvm.ptr -> f32
        %v1860 = arith.addi %v1521, %v435 : i64
        %v1861 = arith.constant true
        %v1862 = llvm.getelementptr %v23[%v1860] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1863 = llvm.load %v1862 : !llvm.ptr<3> -> i64
        %v1864 = arith.addi %v1520, %v1522 : i64
        %v1865 = arith.cmpi slt, %v1864, %v70 : i64
        %v1866 = arith.subi %size_L, %v1 : i64
        %v1867 = arith.minsi %v1864, %v1866 : i64
        %v1868 = arith.addi %v1863, %v1867 : i64
        %v1869 = arith.muli %v1860, %v82 : i64
        %v1870 = arith.addi %v1869, %v1522 : i64
        %v1871 = llvm.getelementptr %in_e[%v1868] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1872 = llvm.load %v1871 : !llvm.ptr -> f32
        %v1873 = arith.addi %v1521, %v449 : i64
        %v1874 = arith.constant true
        %v1875 = llvm.getelementptr %v23[%v1873] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1876 = llvm.load %v1875 : !llvm.ptr<3> -> i64
        %v1877 = arith.addi %v1520, %v1522 : i64
        %v1878 = arith.cmpi slt, %v1877, %v70 : i64
        %v1879 = arith.subi %size_L, %v1 : i64
        %v1880 = arith.minsi %v1877, %v1879 : i64
        %v1881 = arith.addi %v1876, %v1880 : i64
        %v1882 = arith.muli %v1873, %v82 : i64
        %v1883 = arith.addi %v1882, %v1522 : i64
        %v1884 = llvm.getelementptr %in_e[%v1881] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1885 = llvm.load %v1884 : !llvm.ptr -> f32
        %v1886 = arith.addi %v1521, %v463 : i64
        %v1887 = arith.constant true
        %v1888 = llvm.getelementptr %v23[%v1886] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1889 = llvm.load %v1888 : !llvm.ptr<3> -> i64
        %v1890 = arith.addi %v1520, %v1522 : i64
        %v1891 = arith.cmpi slt, %v1890, %v70 : i64
        %v1892 = arith.subi %size_L, %v1 : i64
        %v1893 = arith.minsi %v1890, %v1892 : i64
        %v1894 = arith.addi %v1889, %v1893 : i64
        %v1895 = arith.muli %v1886, %v82 : i64
        %v1896 = arith.addi %v1895, %v1522 : i64
        %v1897 = llvm.getelementptr %in_e[%v1894] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1898 = llvm.load %v1897 : !llvm.ptr -> f32
        %v1899 = arith.addi %v1521, %v477 : i64
        %v1900 = arith.constant true
        %v1901 = llvm.getelementptr %v23[%v1899] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1902 = llvm.load %v1901 : !llvm.ptr<3> -> i64
        %v1903 = arith.addi %v1520, %v1522 : i64
        %v1904 = arith.cmpi slt, %v1903, %v70 : i64
        %v1905 = arith.subi %size_L, %v1 : i64
        %v1906 = arith.minsi %v1903, %v1905 : i64
        %v1907 = arith.addi %v1902, %v1906 : i64
        %v1908 = arith.muli %v1899, %v82 : i64
        %v1909 = arith.addi %v1908, %v1522 : i64
        %v1910 = llvm.getelementptr %in_e[%v1907] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1911 = llvm.load %v1910 : !llvm.ptr -> f32
        %v1912 = arith.addi %v1521, %v491 : i64
        %v1913 = arith.constant true
        %v1914 = llvm.getelementptr %v23[%v1912] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1915 = llvm.load %v1914 : !llvm.ptr<3> -> i64
        %v1916 = arith.addi %v1520, %v1522 : i64
        %v1917 = arith.cmpi slt, %v1916, %v70 : i64
        %v1918 = arith.subi %size_L, %v1 : i64
        %v1919 = arith.minsi %v1916, %v1918 : i64
        %v1920 = arith.addi %v1915, %v1919 : i64
        %v1921 = arith.muli %v1912, %v82 : i64
        %v1922 = arith.addi %v1921, %v1522 : i64
        %v1923 = llvm.getelementptr %in_e[%v1920] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1924 = llvm.load %v1923 : !llvm.ptr -> f32
        %v1925 = arith.addi %v1521, %v505 : i64
        %v1926 = arith.constant true
        %v1927 = llvm.getelementptr %v23[%v1925] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1928 = llvm.load %v1927 : !llvm.ptr<3> -> i64
        %v1929 = arith.addi %v1520, %v1522 : i64
        %v1930 = arith.cmpi slt, %v1929, %v70 : i64
        %v1931 = arith.subi %size_L, %v1 : i64
        %v1932 = arith.minsi %v1929, %v1931 : i64
        %v1933 = arith.addi %v1928, %v1932 : i64
        %v1934 = arith.muli %v1925, %v82 : i64
        %v1935 = arith.addi %v1934, %v1522 : i64
        %v1936 = llvm.getelementptr %in_e[%v1933] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1937 = llvm.load %v1936 : !llvm.ptr -> f32
        %v1938 = arith.divui %v31, %v71 : i64
        %v1939 = arith.remui %v31, %v71 : i64
        %v1940 = arith.constant true
        %v1941 = arith.addi %v33, %v1938 : i64
        %v1942 = llvm.getelementptr %v23[%v1941] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1943 = llvm.load %v1942 : !llvm.ptr<3> -> i64
        %v1944 = arith.addi %v1520, %v1939 : i64
        %v1945 = arith.cmpi slt, %v1944, %v70 : i64
        %v1946 = arith.subi %size_L, %v1 : i64
        %v1947 = arith.minsi %v1944, %v1946 : i64
        %v1948 = arith.addi %v1943, %v1947 : i64
        %v1949 = arith.muli %v1941, %v82 : i64
        %v1950 = arith.addi %v1949, %v1939 : i64
        %v1951 = llvm.getelementptr %in_phi1[%v1948] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1952 = llvm.load %v1951 : !llvm.ptr -> f32
        %v1953 = arith.addi %v1938, %v62 : i64
        %v1954 = arith.constant true
        %v1955 = arith.addi %v33, %v1953 : i64
        %v1956 = llvm.getelementptr %v23[%v1955] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1957 = llvm.load %v1956 : !llvm.ptr<3> -> i64
        %v1958 = arith.addi %v1520, %v1939 : i64
        %v1959 = arith.cmpi slt, %v1958, %v70 : i64
        %v1960 = arith.subi %size_L, %v1 : i64
        %v1961 = arith.minsi %v1958, %v1960 : i64
        %v1962 = arith.addi %v1957, %v1961 : i64
        %v1963 = arith.muli %v1955, %v82 : i64
        %v1964 = arith.addi %v1963, %v1939 : i64
        %v1965 = llvm.getelementptr %in_phi1[%v1962] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1966 = llvm.load %v1965 : !llvm.ptr -> f32
        %v1967 = arith.addi %v1938, %v100 : i64
        %v1968 = arith.constant true
        %v1969 = arith.addi %v33, %v1967 : i64
        %v1970 = llvm.getelementptr %v23[%v1969] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1971 = llvm.load %v1970 : !llvm.ptr<3> -> i64
        %v1972 = arith.addi %v1520, %v1939 : i64
        %v1973 = arith.cmpi slt, %v1972, %v70 : i64
        %v1974 = arith.subi %size_L, %v1 : i64
        %v1975 = arith.minsi %v1972, %v1974 : i64
        %v1976 = arith.addi %v1971, %v1975 : i64
        %v1977 = arith.muli %v1969, %v82 : i64
        %v1978 = arith.addi %v1977, %v1939 : i64
        %v1979 = llvm.getelementptr %in_phi1[%v1976] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1980 = llvm.load %v1979 : !llvm.ptr -> f32
        %v1981 = arith.addi %v1938, %v114 : i64
        %v1982 = arith.constant true
        %v1983 = arith.addi %v33, %v1981 : i64
        %v1984 = llvm.getelementptr %v23[%v1983] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1985 = llvm.load %v1984 : !llvm.ptr<3> -> i64
        %v1986 = arith.addi %v1520, %v1939 : i64
        %v1987 = arith.cmpi slt, %v1986, %v70 : i64
        %v1988 = arith.subi %size_L, %v1 : i64
        %v1989 = arith.minsi %v1986, %v1988 : i64
        %v1990 = arith.addi %v1985, %v1989 : i64
        %v1991 = arith.muli %v1983, %v82 : i64
        %v1992 = arith.addi %v1991, %v1939 : i64
        %v1993 = llvm.getelementptr %in_phi1[%v1990] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1994 = llvm.load %v1993 : !llvm.ptr -> f32
        %v1995 = arith.addi %v1938, %v128 : i64
        %v1996 = arith.constant true
        %v1997 = arith.addi %v33, %v1995 : i64
        %v1998 = llvm.getelementptr %v23[%v1997] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1999 = llvm.load %v1998 : !llvm.ptr<3> -> i64
        %v2000 = arith.addi %v1520, %v1939 : i64
        %v2001 = arith.cmpi slt, %v2000, %v70 : i64
        %v2002 = arith.subi %size_L, %v1 : i64
        %v2003 = arith.minsi %v2000, %v2002 : i64
        %v2004 = arith.addi %v1999, %v2003 : i64
        %v2005 = arith.muli %v1997, %v82 : i64
        %v2006 = arith.addi %v2005, %v1939 : i64
        %v2007 = llvm.getelementptr %in_phi1[%v2004] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2008 = llvm.load %v2007 : !llvm.ptr -> f32
        %v2009 = arith.addi %v1938, %v142 : i64
        %v2010 = arith.constant true
        %v2011 = arith.addi %v33, %v2009 : i64
        %v2012 = llvm.getelementptr %v23[%v2011] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2013 = llvm.load %v2012 : !llvm.ptr<3> -> i64
        %v2014 = arith.addi %v1520, %v1939 : i64
        %v2015 = arith.cmpi slt, %v2014, %v70 : i64
        %v2016 = arith.subi %size_L, %v1 : i64
        %v2017 = arith.minsi %v2014, %v2016 : i64
        %v2018 = arith.addi %v2013, %v2017 : i64
        %v2019 = arith.muli %v2011, %v82 : i64
        %v2020 = arith.addi %v2019, %v1939 : i64
        %v2021 = llvm.getelementptr %in_phi1[%v2018] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2022 = llvm.load %v2021 : !llvm.ptr -> f32
        %v2023 = arith.addi %v1938, %v156 : i64
        %v2024 = arith.constant true
        %v2025 = arith.addi %v33, %v2023 : i64
        %v2026 = llvm.getelementptr %v23[%v2025] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2027 = llvm.load %v2026 : !llvm.ptr<3> -> i64
        %v2028 = arith.addi %v1520, %v1939 : i64
        %v2029 = arith.cmpi slt, %v2028, %v70 : i64
        %v2030 = arith.subi %size_L, %v1 : i64
        %v2031 = arith.minsi %v2028, %v2030 : i64
        %v2032 = arith.addi %v2027, %v2031 : i64
        %v2033 = arith.muli %v2025, %v82 : i64
        %v2034 = arith.addi %v2033, %v1939 : i64
        %v2035 = llvm.getelementptr %in_phi1[%v2032] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2036 = llvm.load %v2035 : !llvm.ptr -> f32
        %v2037 = arith.addi %v1938, %v170 : i64
        %v2038 = arith.constant true
        %v2039 = arith.addi %v33, %v2037 : i64
        %v2040 = llvm.getelementptr %v23[%v2039] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2041 = llvm.load %v2040 : !llvm.ptr<3> -> i64
        %v2042 = arith.addi %v1520, %v1939 : i64
        %v2043 = arith.cmpi slt, %v2042, %v70 : i64
        %v2044 = arith.subi %size_L, %v1 : i64
        %v2045 = arith.minsi %v2042, %v2044 : i64
        %v2046 = arith.addi %v2041, %v2045 : i64
        %v2047 = arith.muli %v2039, %v82 : i64
        %v2048 = arith.addi %v2047, %v1939 : i64
        %v2049 = llvm.getelementptr %in_phi1[%v2046] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2050 = llvm.load %v2049 : !llvm.ptr -> f32
        %v2051 = arith.addi %v1938, %v184 : i64
        %v2052 = arith.constant true
        %v2053 = arith.addi %v33, %v2051 : i64
        %v2054 = llvm.getelementptr %v23[%v2053] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2055 = llvm.load %v2054 : !llvm.ptr<3> -> i64
        %v2056 = arith.addi %v1520, %v1939 : i64
        %v2057 = arith.cmpi slt, %v2056, %v70 : i64
        %v2058 = arith.subi %size_L, %v1 : i64
        %v2059 = arith.minsi %v2056, %v2058 : i64
        %v2060 = arith.addi %v2055, %v2059 : i64
        %v2061 = arith.muli %v2053, %v82 : i64
        %v2062 = arith.addi %v2061, %v1939 : i64
        %v2063 = llvm.getelementptr %in_phi1[%v2060] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2064 = llvm.load %v2063 : !llvm.ptr -> f32
        %v2065 = arith.addi %v1938, %v198 : i64
        %v2066 = arith.constant true
        %v2067 = arith.addi %v33, %v2065 : i64
        %v2068 = llvm.getelementptr %v23[%v2067] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2069 = llvm.load %v2068 : !llvm.ptr<3> -> i64
        %v2070 = arith.addi %v1520, %v1939 : i64
        %v2071 = arith.cmpi slt, %v2070, %v70 : i64
        %v2072 = arith.subi %size_L, %v1 : i64
        %v2073 = arith.minsi %v2070, %v2072 : i64
        %v2074 = arith.addi %v2069, %v2073 : i64
        %v2075 = arith.muli %v2067, %v82 : i64
        %v2076 = arith.addi %v2075, %v1939 : i64
        %v2077 = llvm.getelementptr %in_phi1[%v2074] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2078 = llvm.load %v2077 : !llvm.ptr -> f32
        %v2079 = arith.addi %v1938, %v212 : i64
        %v2080 = arith.constant true
        %v2081 = arith.addi %v33, %v2079 : i64
        %v2082 = llvm.getelementptr %v23[%v2081] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2083 = llvm.load %v2082 : !llvm.ptr<3> -> i64
        %v2084 = arith.addi %v1520, %v1939 : i64
        %v2085 = arith.cmpi slt, %v2084, %v70 : i64
        %v2086 = arith.subi %size_L, %v1 : i64
        %v2087 = arith.minsi %v2084, %v2086 : i64
        %v2088 = arith.addi %v2083, %v2087 : i64
        %v2089 = arith.muli %v2081, %v82 : i64
        %v2090 = arith.addi %v2089, %v1939 : i64
        %v2091 = llvm.getelementptr %in_phi1[%v2088] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2092 = llvm.load %v2091 : !llvm.ptr -> f32
        %v2093 = arith.addi %v1938, %v226 : i64
        %v2094 = arith.constant true
        %v2095 = arith.addi %v33, %v2093 : i64
        %v2096 = llvm.getelementptr %v23[%v2095] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2097 = llvm.load %v2096 : !llvm.ptr<3> -> i64
        %v2098 = arith.addi %v1520, %v1939 : i64
        %v2099 = arith.cmpi slt, %v2098, %v70 : i64
        %v2100 = arith.subi %size_L, %v1 : i64
        %v2101 = arith.minsi %v2098, %v2100 : i64
        %v2102 = arith.addi %v2097, %v2101 : i64
        %v2103 = arith.muli %v2095, %v82 : i64
        %v2104 = arith.addi %v2103, %v1939 : i64
        %v2105 = llvm.getelementptr %in_phi1[%v2102] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2106 = llvm.load %v2105 : !llvm.ptr -> f32
        %v2107 = arith.addi %v1938, %v240 : i64
        %v2108 = arith.constant true
        %v2109 = arith.addi %v33, %v2107 : i64
        %v2110 = llvm.getelementptr %v23[%v2109] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2111 = llvm.load %v2110 : !llvm.ptr<3> -> i64
        %v2112 = arith.addi %v1520, %v1939 : i64
        %v2113 = arith.cmpi slt, %v2112, %v70 : i64
        %v2114 = arith.subi %size_L, %v1 : i64
        %v2115 = arith.minsi %v2112, %v2114 : i64
        %v2116 = arith.addi %v2111, %v2115 : i64
        %v2117 = arith.muli %v2109, %v82 : i64
        %v2118 = arith.addi %v2117, %v1939 : i64
        %v2119 = llvm.getelementptr %in_phi1[%v2116] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2120 = llvm.load %v2119 : !llvm.ptr -> f32
        %v2121 = arith.addi %v1938, %v254 : i64
        %v2122 = arith.constant true
        %v2123 = arith.addi %v33, %v2121 : i64
        %v2124 = llvm.getelementptr %v23[%v2123] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2125 = llvm.load %v2124 : !llvm.ptr<3> -> i64
        %v2126 = arith.addi %v1520, %v1939 : i64
        %v2127 = arith.cmpi slt, %v2126, %v70 : i64
        %v2128 = arith.subi %size_L, %v1 : i64
        %v2129 = arith.minsi %v2126, %v2128 : i64
        %v2130 = arith.addi %v2125, %v2129 : i64
        %v2131 = arith.muli %v2123, %v82 : i64
        %v2132 = arith.addi %v2131, %v1939 : i64
        %v2133 = llvm.getelementptr %in_phi1[%v2130] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2134 = llvm.load %v2133 : !llvm.ptr -> f32
        %v2135 = arith.addi %v1938, %v268 : i64
        %v2136 = arith.constant true
        %v2137 = arith.addi %v33, %v2135 : i64
        %v2138 = llvm.getelementptr %v23[%v2137] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2139 = llvm.load %v2138 : !llvm.ptr<3> -> i64
        %v2140 = arith.addi %v1520, %v1939 : i64
        %v2141 = arith.cmpi slt, %v2140, %v70 : i64
        %v2142 = arith.subi %size_L, %v1 : i64
        %v2143 = arith.minsi %v2140, %v2142 : i64
        %v2144 = arith.addi %v2139, %v2143 : i64
        %v2145 = arith.muli %v2137, %v82 : i64
        %v2146 = arith.addi %v2145, %v1939 : i64
        %v2147 = llvm.getelementptr %in_phi1[%v2144] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2148 = llvm.load %v2147 : !llvm.ptr -> f32
        %v2149 = arith.addi %v1938, %v282 : i64
        %v2150 = arith.constant true
        %v2151 = arith.addi %v33, %v2149 : i64
        %v2152 = llvm.getelementptr %v23[%v2151] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2153 = llvm.load %v2152 : !llvm.ptr<3> -> i64
        %v2154 = arith.addi %v1520, %v1939 : i64
        %v2155 = arith.cmpi slt, %v2154, %v70 : i64
        %v2156 = arith.subi %size_L, %v1 : i64
        %v2157 = arith.minsi %v2154, %v2156 : i64
        %v2158 = arith.addi %v2153, %v2157 : i64
        %v2159 = arith.muli %v2151, %v82 : i64
        %v2160 = arith.addi %v2159, %v1939 : i64
        %v2161 = llvm.getelementptr %in_phi1[%v2158] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2162 = llvm.load %v2161 : !llvm.ptr -> f32
        %v2163 = arith.addi %v1938, %v71 : i64
        %v2164 = arith.constant true
        %v2165 = arith.addi %v33, %v2163 : i64
        %v2166 = llvm.getelementptr %v23[%v2165] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2167 = llvm.load %v2166 : !llvm.ptr<3> -> i64
        %v2168 = arith.addi %v1520, %v1939 : i64
        %v2169 = arith.cmpi slt, %v2168, %v70 : i64
        %v2170 = arith.subi %size_L, %v1 : i64
        %v2171 = arith.minsi %v2168, %v2170 : i64
        %v2172 = arith.addi %v2167, %v2171 : i64
        %v2173 = arith.muli %v2165, %v82 : i64
        %v2174 = arith.addi %v2173, %v1939 : i64
        %v2175 = llvm.getelementptr %in_phi1[%v2172] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2176 = llvm.load %v2175 : !llvm.ptr -> f32
        %v2177 = arith.addi %v1938, %v309 : i64
        %v2178 = arith.constant true
        %v2179 = arith.addi %v33, %v2177 : i64
        %v2180 = llvm.getelementptr %v23[%v2179] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2181 = llvm.load %v2180 : !llvm.ptr<3> -> i64
        %v2182 = arith.addi %v1520, %v1939 : i64
        %v2183 = arith.cmpi slt, %v2182, %v70 : i64
        %v2184 = arith.subi %size_L, %v1 : i64
        %v2185 = arith.minsi %v2182, %v2184 : i64
        %v2186 = arith.addi %v2181, %v2185 : i64
        %v2187 = arith.muli %v2179, %v82 : i64
        %v2188 = arith.addi %v2187, %v1939 : i64
        %v2189 = llvm.getelementptr %in_phi1[%v2186] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2190 = llvm.load %v2189 : !llvm.ptr -> f32
        %v2191 = arith.addi %v1938, %v323 : i64
        %v2192 = arith.constant true
        %v2193 = arith.addi %v33, %v2191 : i64
        %v2194 = llvm.getelementptr %v23[%v2193] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2195 = llvm.load %v2194 : !llvm.ptr<3> -> i64
        %v2196 = arith.addi %v1520, %v1939 : i64
        %v2197 = arith.cmpi slt, %v2196, %v70 : i64
        %v2198 = arith.subi %size_L, %v1 : i64
        %v2199 = arith.minsi %v2196, %v2198 : i64
        %v2200 = arith.addi %v2195, %v2199 : i64
        %v2201 = arith.muli %v2193, %v82 : i64
        %v2202 = arith.addi %v2201, %v1939 : i64
        %v2203 = llvm.getelementptr %in_phi1[%v2200] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2204 = llvm.load %v2203 : !llvm.ptr -> f32
        %v2205 = arith.addi %v1938, %v337 : i64
        %v2206 = arith.constant true
        %v2207 = arith.addi %v33, %v2205 : i64
        %v2208 = llvm.getelementptr %v23[%v2207] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2209 = llvm.load %v2208 : !llvm.ptr<3> -> i64
        %v2210 = arith.addi %v1520, %v1939 : i64
        %v2211 = arith.cmpi slt, %v2210, %v70 : i64
        %v2212 = arith.subi %size_L, %v1 : i64
        %v2213 = arith.minsi %v2210, %v2212 : i64
        %v2214 = arith.addi %v2209, %v2213 : i64
        %v2215 = arith.muli %v2207, %v82 : i64
        %v2216 = arith.addi %v2215, %v1939 : i64
        %v2217 = llvm.getelementptr %in_phi1[%v2214] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2218 = llvm.load %v2217 : !llvm.ptr -> f32
        %v2219 = arith.addi %v1938, %v351 : i64
        %v2220 = arith.constant true
        %v2221 = arith.addi %v33, %v2219 : i64
        %v2222 = llvm.getelementptr %v23[%v2221] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2223 = llvm.load %v2222 : !llvm.ptr<3> -> i64
        %v2224 = arith.addi %v1520, %v1939 : i64
        %v2225 = arith.cmpi slt, %v2224, %v70 : i64
        %v2226 = arith.subi %size_L, %v1 : i64
        %v2227 = arith.minsi %v2224, %v2226 : i64
        %v2228 = arith.addi %v2223, %v2227 : i64
        %v2229 = arith.muli %v2221, %v82 : i64
        %v2230 = arith.addi %v2229, %v1939 : i64
        %v2231 = llvm.getelementptr %in_phi1[%v2228] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2232 = llvm.load %v2231 : !llvm.ptr -> f32
        %v2233 = arith.addi %v1938, %v365 : i64
        %v2234 = arith.constant true
        %v2235 = arith.addi %v33, %v2233 : i64
        %v2236 = llvm.getelementptr %v23[%v2235] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2237 = llvm.load %v2236 : !llvm.ptr<3> -> i64
        %v2238 = arith.addi %v1520, %v1939 : i64
        %v2239 = arith.cmpi slt, %v2238, %v70 : i64
        %v2240 = arith.subi %size_L, %v1 : i64
        %v2241 = arith.minsi %v2238, %v2240 : i64
        %v2242 = arith.addi %v2237, %v2241 : i64
        %v2243 = arith.muli %v2235, %v82 : i64
        %v2244 = arith.addi %v2243, %v1939 : i64
        %v2245 = llvm.getelementptr %in_phi1[%v2242] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2246 = llvm.load %v2245 : !llvm.ptr -> f32
        %v2247 = arith.addi %v1938, %v379 : i64
        %v2248 = arith.constant true
        %v2249 = arith.addi %v33, %v2247 : i64
        %v2250 = llvm.getelementptr %v23[%v2249] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2251 = llvm.load %v2250 : !llvm.ptr<3> -> i64
        %v2252 = arith.addi %v1520, %v1939 : i64
        %v2253 = arith.cmpi slt, %v2252, %v70 : i64
        %v2254 = arith.subi %size_L, %v1 : i64
        %v2255 = arith.minsi %v2252, %v2254 : i64
        %v2256 = arith.addi %v2251, %v2255 : i64
        %v2257 = arith.muli %v2249, %v82 : i64
        %v2258 = arith.addi %v2257, %v1939 : i64
        %v2259 = llvm.getelementptr %in_phi1[%v2256] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2260 = llvm.load %v2259 : !llvm.ptr -> f32
        %v2261 = arith.addi %v1938, %v393 : i64
        %v2262 = arith.constant true
        %v2263 = arith.addi %v33, %v2261 : i64
        %v2264 = llvm.getelementptr %v23[%v2263] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2265 = llvm.load %v2264 : !llvm.ptr<3> -> i64
        %v2266 = arith.addi %v1520, %v1939 : i64
        %v2267 = arith.cmpi slt, %v2266, %v70 : i64
        %v2268 = arith.subi %size_L, %v1 : i64
        %v2269 = arith.minsi %v2266, %v2268 : i64
        %v2270 = arith.addi %v2265, %v2269 : i64
        %v2271 = arith.muli %v2263, %v82 : i64
        %v2272 = arith.addi %v2271, %v1939 : i64
        %v2273 = llvm.getelementptr %in_phi1[%v2270] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2274 = llvm.load %v2273 : !llvm.ptr -> f32
        %v2275 = arith.addi %v1938, %v407 : i64
        %v2276 = arith.constant true
        %v2277 = arith.addi %v33, %v2275 : i64
        %v2278 = llvm.getelementptr %v23[%v2277] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2279 = llvm.load %v2278 : !llvm.ptr<3> -> i64
        %v2280 = arith.addi %v1520, %v1939 : i64
        %v2281 = arith.cmpi slt, %v2280, %v70 : i64
        %v2282 = arith.subi %size_L, %v1 : i64
        %v2283 = arith.minsi %v2280, %v2282 : i64
        %v2284 = arith.addi %v2279, %v2283 : i64
        %v2285 = arith.muli %v2277, %v82 : i64
        %v2286 = arith.addi %v2285, %v1939 : i64
        %v2287 = llvm.getelementptr %in_phi1[%v2284] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2288 = llvm.load %v2287 : !llvm.ptr -> f32
        %v2289 = arith.addi %v1938, %v421 : i64
        %v2290 = arith.constant true
        %v2291 = arith.addi %v33, %v2289 : i64
        %v2292 = llvm.getelementptr %v23[%v2291] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2293 = llvm.load %v2292 : !llvm.ptr<3> -> i64
        %v2294 = arith.addi %v1520, %v1939 : i64
        %v2295 = arith.cmpi slt, %v2294, %v70 : i64
        %v2296 = arith.subi %size_L, %v1 : i64
        %v2297 = arith.minsi %v2294, %v2296 : i64
        %v2298 = arith.addi %v2293, %v2297 : i64
        %v2299 = arith.muli %v2291, %v82 : i64
        %v2300 = arith.addi %v2299, %v1939 : i64
        %v2301 = llvm.getelementptr %in_phi1[%v2298] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2302 = llvm.load %v2301 : !llvm.ptr -> f32
        %v2303 = arith.addi %v1938, %v435 : i64
        %v2304 = arith.constant true
        %v2305 = arith.addi %v33, %v2303 : i64
        %v2306 = llvm.getelementptr %v23[%v2305] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2307 = llvm.load %v2306 : !llvm.ptr<3> -> i64
        %v2308 = arith.addi %v1520, %v1939 : i64
        %v2309 = arith.cmpi slt, %v2308, %v70 : i64
        %v2310 = arith.subi %size_L, %v1 : i64
        %v2311 = arith.minsi %v2308, %v2310 : i64
        %v2312 = arith.addi %v2307, %v2311 : i64
        %v2313 = arith.muli %v2305, %v82 : i64
        %v2314 = arith.addi %v2313, %v1939 : i64
        %v2315 = llvm.getelementptr %in_phi1[%v2312] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2316 = llvm.load %v2315 : !llvm.ptr -> f32
        %v2317 = arith.addi %v1938, %v449 : i64
        %v2318 = arith.constant true
        %v2319 = arith.addi %v33, %v2317 : i64
        %v2320 = llvm.getelementptr %v23[%v2319] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2321 = llvm.load %v2320 : !llvm.ptr<3> -> i64
        %v2322 = arith.addi %v1520, %v1939 : i64
        %v2323 = arith.cmpi slt, %v2322, %v70 : i64
        %v2324 = arith.subi %size_L, %v1 : i64
        %v2325 = arith.minsi %v2322, %v2324 : i64
        %v2326 = arith.addi %v2321, %v2325 : i64
        %v2327 = arith.muli %v2319, %v82 : i64
        %v2328 = arith.addi %v2327, %v1939 : i64
        %v2329 = llvm.getelementptr %in_phi1[%v2326] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2330 = llvm.load %v2329 : !llvm.ptr -> f32
        %v2331 = arith.addi %v1938, %v463 : i64
        %v2332 = arith.constant true
        %v2333 = arith.addi %v33, %v2331 : i64
        %v2334 = llvm.getelementptr %v23[%v2333] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2335 = llvm.load %v2334 : !llvm.ptr<3> -> i64
        %v2336 = arith.addi %v1520, %v1939 : i64
        %v2337 = arith.cmpi slt, %v2336, %v70 : i64
        %v2338 = arith.subi %size_L, %v1 : i64
        %v2339 = arith.minsi %v2336, %v2338 : i64
        %v2340 = arith.addi %v2335, %v2339 : i64
        %v2341 = arith.muli %v2333, %v82 : i64
        %v2342 = arith.addi %v2341, %v1939 : i64
        %v2343 = llvm.getelementptr %in_phi1[%v2340] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2344 = llvm.load %v2343 : !llvm.ptr -> f32
        %v2345 = arith.addi %v1938, %v477 : i64
        %v2346 = arith.constant true
        %v2347 = arith.addi %v33, %v2345 : i64
        %v2348 = llvm.getelementptr %v23[%v2347] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2349 = llvm.load %v2348 : !llvm.ptr<3> -> i64
        %v2350 = arith.addi %v1520, %v1939 : i64
        %v2351 = arith.cmpi slt, %v2350, %v70 : i64
        %v2352 = arith.subi %size_L, %v1 : i64
        %v2353 = arith.minsi %v2350, %v2352 : i64
        %v2354 = arith.addi %v2349, %v2353 : i64
        %v2355 = arith.muli %v2347, %v82 : i64
        %v2356 = arith.addi %v2355, %v1939 : i64
        %v2357 = llvm.getelementptr %in_phi1[%v2354] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2358 = llvm.load %v2357 : !llvm.ptr -> f32
        %v2359 = arith.addi %v1938, %v491 : i64
        %v2360 = arith.constant true
        %v2361 = arith.addi %v33, %v2359 : i64
        %v2362 = llvm.getelementptr %v23[%v2361] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2363 = llvm.load %v2362 : !llvm.ptr<3> -> i64
        %v2364 = arith.addi %v1520, %v1939 : i64
        %v2365 = arith.cmpi slt, %v2364, %v70 : i64
        %v2366 = arith.subi %size_L, %v1 : i64
        %v2367 = arith.minsi %v2364, %v2366 : i64
        %v2368 = arith.addi %v2363, %v2367 : i64
        %v2369 = arith.muli %v2361, %v82 : i64
        %v2370 = arith.addi %v2369, %v1939 : i64
        %v2371 = llvm.getelementptr %in_phi1[%v2368] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2372 = llvm.load %v2371 : !llvm.ptr -> f32
        %v2373 = arith.addi %v1938, %v505 : i64
        %v2374 = arith.constant true
        %v2375 = arith.addi %v33, %v2373 : i64
        %v2376 = llvm.getelementptr %v23[%v2375] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2377 = llvm.load %v2376 : !llvm.ptr<3> -> i64
        %v2378 = arith.addi %v1520, %v1939 : i64
        %v2379 = arith.cmpi slt, %v2378, %v70 : i64
        %v2380 = arith.subi %size_L, %v1 : i64
        %v2381 = arith.minsi %v2378, %v2380 : i64
        %v2382 = arith.addi %v2377, %v2381 : i64
        %v2383 = arith.muli %v2375, %v82 : i64
        %v2384 = arith.addi %v2383, %v1939 : i64
        %v2385 = llvm.getelementptr %in_phi1[%v2382] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2386 = llvm.load %v2385 : !llvm.ptr -> f32
        %v2387 = arith.divui %v31, %v71 : i64
        %v2388 = arith.remui %v31, %v71 : i64
        %v2389 = arith.constant true
        %v2390 = arith.addi %v63, %v2387 : i64
        %v2391 = llvm.getelementptr %v23[%v2390] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2392 = llvm.load %v2391 : !llvm.ptr<3> -> i64
        %v2393 = arith.addi %v1520, %v2388 : i64
        %v2394 = arith.cmpi slt, %v2393, %v70 : i64
        %v2395 = arith.subi %size_L, %v1 : i64
        %v2396 = arith.minsi %v2393, %v2395 : i64
        %v2397 = arith.addi %v2392, %v2396 : i64
        %v2398 = arith.muli %v2390, %v82 : i64
        %v2399 = arith.addi %v2398, %v2388 : i64
        %v2400 = llvm.getelementptr %in_phi2[%v2397] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2401 = llvm.load %v2400 : !llvm.ptr -> f32
        %v2402 = arith.addi %v2387, %v62 : i64
        %v2403 = arith.constant true
        %v2404 = arith.addi %v63, %v2402 : i64
        %v2405 = llvm.getelementptr %v23[%v2404] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2406 = llvm.load %v2405 : !llvm.ptr<3> -> i64
        %v2407 = arith.addi %v1520, %v2388 : i64
        %v2408 = arith.cmpi slt, %v2407, %v70 : i64
        %v2409 = arith.subi %size_L, %v1 : i64
        %v2410 = arith.minsi %v2407, %v2409 : i64
        %v2411 = arith.addi %v2406, %v2410 : i64
        %v2412 = arith.muli %v2404, %v82 : i64
        %v2413 = arith.addi %v2412, %v2388 : i64
        %v2414 = llvm.getelementptr %in_phi2[%v2411] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2415 = llvm.load %v2414 : !llvm.ptr -> f32
        %v2416 = arith.addi %v2387, %v100 : i64
        %v2417 = arith.constant true
        %v2418 = arith.addi %v63, %v2416 : i64
        %v2419 = llvm.getelementptr %v23[%v2418] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2420 = llvm.load %v2419 : !llvm.ptr<3> -> i64
        %v2421 = arith.addi %v1520, %v2388 : i64
        %v2422 = arith.cmpi slt, %v2421, %v70 : i64
        %v2423 = arith.subi %size_L, %v1 : i64
        %v2424 = arith.minsi %v2421, %v2423 : i64
        %v2425 = arith.addi %v2420, %v2424 : i64
        %v2426 = arith.muli %v2418, %v82 : i64
        %v2427 = arith.addi %v2426, %v2388 : i64
        %v2428 = llvm.getelementptr %in_phi2[%v2425] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2429 = llvm.load %v2428 : !llvm.ptr -> f32
        %v2430 = arith.addi %v2387, %v114 : i64
        %v2431 = arith.constant true
        %v2432 = arith.addi %v63, %v2430 : i64
        %v2433 = llvm.getelementptr %v23[%v2432] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2434 = llvm.load %v2433 : !llvm.ptr<3> -> i64
        %v2435 = arith.addi %v1520, %v2388 : i64
        %v2436 = arith.cmpi slt, %v2435, %v70 : i64
        %v2437 = arith.subi %size_L, %v1 : i64
        %v2438 = arith.minsi %v2435, %v2437 : i64
        %v2439 = arith.addi %v2434, %v2438 : i64
        %v2440 = arith.muli %v2432, %v82 : i64
        %v2441 = arith.addi %v2440, %v2388 : i64
        %v2442 = llvm.getelementptr %in_phi2[%v2439] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2443 = llvm.load %v2442 : !llvm.ptr -> f32
        %v2444 = arith.addi %v2387, %v128 : i64
        %v2445 = arith.constant true
        %v2446 = arith.addi %v63, %v2444 : i64
        %v2447 = llvm.getelementptr %v23[%v2446] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2448 = llvm.load %v2447 : !llvm.ptr<3> -> i64
        %v2449 = arith.addi %v1520, %v2388 : i64
        %v2450 = arith.cmpi slt, %v2449, %v70 : i64
        %v2451 = arith.subi %size_L, %v1 : i64
        %v2452 = arith.minsi %v2449, %v2451 : i64
        %v2453 = arith.addi %v2448, %v2452 : i64
        %v2454 = arith.muli %v2446, %v82 : i64
        %v2455 = arith.addi %v2454, %v2388 : i64
        %v2456 = llvm.getelementptr %in_phi2[%v2453] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2457 = llvm.load %v2456 : !llvm.ptr -> f32
        %v2458 = arith.addi %v2387, %v142 : i64
        %v2459 = arith.constant true
        %v2460 = arith.addi %v63, %v2458 : i64
        %v2461 = llvm.getelementptr %v23[%v2460] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2462 = llvm.load %v2461 : !llvm.ptr<3> -> i64
        %v2463 = arith.addi %v1520, %v2388 : i64
        %v2464 = arith.cmpi slt, %v2463, %v70 : i64
        %v2465 = arith.subi %size_L, %v1 : i64
        %v2466 = arith.minsi %v2463, %v2465 : i64
        %v2467 = arith.addi %v2462, %v2466 : i64
        %v2468 = arith.muli %v2460, %v82 : i64
        %v2469 = arith.addi %v2468, %v2388 : i64
        %v2470 = llvm.getelementptr %in_phi2[%v2467] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2471 = llvm.load %v2470 : !llvm.ptr -> f32
        %v2472 = arith.addi %v2387, %v156 : i64
        %v2473 = arith.constant true
        %v2474 = arith.addi %v63, %v2472 : i64
        %v2475 = llvm.getelementptr %v23[%v2474] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2476 = llvm.load %v2475 : !llvm.ptr<3> -> i64
        %v2477 = arith.addi %v1520, %v2388 : i64
        %v2478 = arith.cmpi slt, %v2477, %v70 : i64
        %v2479 = arith.subi %size_L, %v1 : i64
        %v2480 = arith.minsi %v2477, %v2479 : i64
        %v2481 = arith.addi %v2476, %v2480 : i64
        %v2482 = arith.muli %v2474, %v82 : i64
        %v2483 = arith.addi %v2482, %v2388 : i64
        %v2484 = llvm.getelementptr %in_phi2[%v2481] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2485 = llvm.load %v2484 : !llvm.ptr -> f32
        %v2486 = arith.addi %v2387, %v170 : i64
        %v2487 = arith.constant true
        %v2488 = arith.addi %v63, %v2486 : i64
        %v2489 = llvm.getelementptr %v23[%v2488] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2490 = llvm.load %v2489 : !llvm.ptr<3> -> i64
        %v2491 = arith.addi %v1520, %v2388 : i64
        %v2492 = arith.cmpi slt, %v2491, %v70 : i64
        %v2493 = arith.subi %size_L, %v1 : i64
        %v2494 = arith.minsi %v2491, %v2493 : i64
        %v2495 = arith.addi %v2490, %v2494 : i64
        %v2496 = arith.muli %v2488, %v82 : i64
        %v2497 = arith.addi %v2496, %v2388 : i64
        %v2498 = llvm.getelementptr %in_phi2[%v2495] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2499 = llvm.load %v2498 : !llvm.ptr -> f32
        %v2500 = arith.addi %v2387, %v184 : i64
        %v2501 = arith.constant true
        %v2502 = arith.addi %v63, %v2500 : i64
        %v2503 = llvm.getelementptr %v23[%v2502] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2504 = llvm.load %v2503 : !llvm.ptr<3> -> i64
        %v2505 = arith.addi %v1520, %v2388 : i64
        %v2506 = arith.cmpi slt, %v2505, %v70 : i64
        %v2507 = arith.subi %size_L, %v1 : i64
        %v2508 = arith.minsi %v2505, %v2507 : i64
        %v2509 = arith.addi %v2504, %v2508 : i64
        %v2510 = arith.muli %v2502, %v82 : i64
        %v2511 = arith.addi %v2510, %v2388 : i64
        %v2512 = llvm.getelementptr %in_phi2[%v2509] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2513 = llvm.load %v2512 : !llvm.ptr -> f32
        %v2514 = arith.addi %v2387, %v198 : i64
        %v2515 = arith.constant true
        %v2516 = arith.addi %v63, %v2514 : i64
        %v2517 = llvm.getelementptr %v23[%v2516] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2518 = llvm.load %v2517 : !llvm.ptr<3> -> i64
        %v2519 = arith.addi %v1520, %v2388 : i64
        %v2520 = arith.cmpi slt, %v2519, %v70 : i64
        %v2521 = arith.subi %size_L, %v1 : i64
        %v2522 = arith.minsi %v2519, %v2521 : i64
        %v2523 = arith.addi %v2518, %v2522 : i64
        %v2524 = arith.muli %v2516, %v82 : i64
        %v2525 = arith.addi %v2524, %v2388 : i64
        %v2526 = llvm.getelementptr %in_phi2[%v2523] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2527 = llvm.load %v2526 : !llvm.ptr -> f32
        %v2528 = arith.addi %v2387, %v212 : i64
        %v2529 = arith.constant true
        %v2530 = arith.addi %v63, %v2528 : i64
        %v2531 = llvm.getelementptr %v23[%v2530] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2532 = llvm.load %v2531 : !llvm.ptr<3> -> i64
        %v2533 = arith.addi %v1520, %v2388 : i64
        %v2534 = arith.cmpi slt, %v2533, %v70 : i64
        %v2535 = arith.subi %size_L, %v1 : i64
        %v2536 = arith.minsi %v2533, %v2535 : i64
        %v2537 = arith.addi %v2532, %v2536 : i64
        %v2538 = arith.muli %v2530, %v82 : i64
        %v2539 = arith.addi %v2538, %v2388 : i64
        %v2540 = llvm.getelementptr %in_phi2[%v2537] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2541 = llvm.load %v2540 : !llvm.ptr -> f32
        %v2542 = arith.addi %v2387, %v226 : i64
        %v2543 = arith.constant true
        %v2544 = arith.addi %v63, %v2542 : i64
        %v2545 = llvm.getelementptr %v23[%v2544] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2546 = llvm.load %v2545 : !llvm.ptr<3> -> i64
        %v2547 = arith.addi %v1520, %v2388 : i64
        %v2548 = arith.cmpi slt, %v2547, %v70 : i64
        %v2549 = arith.subi %size_L, %v1 : i64
        %v2550 = arith.minsi %v2547, %v2549 : i64
        %v2551 = arith.addi %v2546, %v2550 : i64
        %v2552 = arith.muli %v2544, %v82 : i64
        %v2553 = arith.addi %v2552, %v2388 : i64
        %v2554 = llvm.getelementptr %in_phi2[%v2551] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2555 = llvm.load %v2554 : !llvm.ptr -> f32
        %v2556 = arith.addi %v2387, %v240 : i64
        %v2557 = arith.constant true
        %v2558 = arith.addi %v63, %v2556 : i64
        %v2559 = llvm.getelementptr %v23[%v2558] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2560 = llvm.load %v2559 : !llvm.ptr<3> -> i64
        %v2561 = arith.addi %v1520, %v2388 : i64
        %v2562 = arith.cmpi slt, %v2561, %v70 : i64
        %v2563 = arith.subi %size_L, %v1 : i64
        %v2564 = arith.minsi %v2561, %v2563 : i64
        %v2565 = arith.addi %v2560, %v2564 : i64
        %v2566 = arith.muli %v2558, %v82 : i64
        %v2567 = arith.addi %v2566, %v2388 : i64
        %v2568 = llvm.getelementptr %in_phi2[%v2565] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2569 = llvm.load %v2568 : !llvm.ptr -> f32
        %v2570 = arith.addi %v2387, %v254 : i64
        %v2571 = arith.constant true
        %v2572 = arith.addi %v63, %v2570 : i64
        %v2573 = llvm.getelementptr %v23[%v2572] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2574 = llvm.load %v2573 : !llvm.ptr<3> -> i64
        %v2575 = arith.addi %v1520, %v2388 : i64
        %v2576 = arith.cmpi slt, %v2575, %v70 : i64
        %v2577 = arith.subi %size_L, %v1 : i64
        %v2578 = arith.minsi %v2575, %v2577 : i64
        %v2579 = arith.addi %v2574, %v2578 : i64
        %v2580 = arith.muli %v2572, %v82 : i64
        %v2581 = arith.addi %v2580, %v2388 : i64
        %v2582 = llvm.getelementptr %in_phi2[%v2579] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2583 = llvm.load %v2582 : !llvm.ptr -> f32
        %v2584 = arith.addi %v2387, %v268 : i64
        %v2585 = arith.constant true
        %v2586 = arith.addi %v63, %v2584 : i64
        %v2587 = llvm.getelementptr %v23[%v2586] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2588 = llvm.load %v2587 : !llvm.ptr<3> -> i64
        %v2589 = arith.addi %v1520, %v2388 : i64
        %v2590 = arith.cmpi slt, %v2589, %v70 : i64
        %v2591 = arith.subi %size_L, %v1 : i64
        %v2592 = arith.minsi %v2589, %v2591 : i64
        %v2593 = arith.addi %v2588, %v2592 : i64
        %v2594 = arith.muli %v2586, %v82 : i64
        %v2595 = arith.addi %v2594, %v2388 : i64
        %v2596 = llvm.getelementptr %in_phi2[%v2593] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2597 = llvm.load %v2596 : !llvm.ptr -> f32
        %v2598 = arith.addi %v2387, %v282 : i64
        %v2599 = arith.constant true
        %v2600 = arith.addi %v63, %v2598 : i64
        %v2601 = llvm.getelementptr %v23[%v2600] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2602 = llvm.load %v2601 : !llvm.ptr<3> -> i64
        %v2603 = arith.addi %v1520, %v2388 : i64
        %v2604 = arith.cmpi slt, %v2603, %v70 : i64
        %v2605 = arith.subi %size_L, %v1 : i64
        %v2606 = arith.minsi %v2603, %v2605 : i64
        %v2607 = arith.addi %v2602, %v2606 : i64
        %v2608 = arith.muli %v2600, %v82 : i64
        %v2609 = arith.addi %v2608, %v2388 : i64
        %v2610 = llvm.getelementptr %in_phi2[%v2607] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2611 = llvm.load %v2610 : !llvm.ptr -> f32
        %v2612 = arith.addi %v2387, %v71 : i64
        %v2613 = arith.constant true
        %v2614 = arith.addi %v63, %v2612 : i64
        %v2615 = llvm.getelementptr %v23[%v2614] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2616 = llvm.load %v2615 : !llvm.ptr<3> -> i64
        %v2617 = arith.addi %v1520, %v2388 : i64
        %v2618 = arith.cmpi slt, %v2617, %v70 : i64
        %v2619 = arith.subi %size_L, %v1 : i64
        %v2620 = arith.minsi %v2617, %v2619 : i64
        %v2621 = arith.addi %v2616, %v2620 : i64
        %v2622 = arith.muli %v2614, %v82 : i64
        %v2623 = arith.addi %v2622, %v2388 : i64
        %v2624 = llvm.getelementptr %in_phi2[%v2621] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2625 = llvm.load %v2624 : !llvm.ptr -> f32
        %v2626 = arith.addi %v2387, %v309 : i64
        %v2627 = arith.constant true
        %v2628 = arith.addi %v63, %v2626 : i64
        %v2629 = llvm.getelementptr %v23[%v2628] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2630 = llvm.load %v2629 : !llvm.ptr<3> -> i64
        %v2631 = arith.addi %v1520, %v2388 : i64
        %v2632 = arith.cmpi slt, %v2631, %v70 : i64
        %v2633 = arith.subi %size_L, %v1 : i64
        %v2634 = arith.minsi %v2631, %v2633 : i64
        %v2635 = arith.addi %v2630, %v2634 : i64
        %v2636 = arith.muli %v2628, %v82 : i64
        %v2637 = arith.addi %v2636, %v2388 : i64
        %v2638 = llvm.getelementptr %in_phi2[%v2635] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2639 = llvm.load %v2638 : !llvm.ptr -> f32
        %v2640 = arith.addi %v2387, %v323 : i64
        %v2641 = arith.constant true
        %v2642 = arith.addi %v63, %v2640 : i64
        %v2643 = llvm.getelementptr %v23[%v2642] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2644 = llvm.load %v2643 : !llvm.ptr<3> -> i64
        %v2645 = arith.addi %v1520, %v2388 : i64
        %v2646 = arith.cmpi slt, %v2645, %v70 : i64
        %v2647 = arith.subi %size_L, %v1 : i64
        %v2648 = arith.minsi %v2645, %v2647 : i64
        %v2649 = arith.addi %v2644, %v2648 : i64
        %v2650 = arith.muli %v2642, %v82 : i64
        %v2651 = arith.addi %v2650, %v2388 : i64
        %v2652 = llvm.getelementptr %in_phi2[%v2649] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2653 = llvm.load %v2652 : !llvm.ptr -> f32
        %v2654 = arith.addi %v2387, %v337 : i64
        %v2655 = arith.constant true
        %v2656 = arith.addi %v63, %v2654 : i64
        %v2657 = llvm.getelementptr %v23[%v2656] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2658 = llvm.load %v2657 : !llvm.ptr<3> -> i64
        %v2659 = arith.addi %v1520, %v2388 : i64
        %v2660 = arith.cmpi slt, %v2659, %v70 : i64
        %v2661 = arith.subi %size_L, %v1 : i64
        %v2662 = arith.minsi %v2659, %v2661 : i64
        %v2663 = arith.addi %v2658, %v2662 : i64
        %v2664 = arith.muli %v2656, %v82 : i64
        %v2665 = arith.addi %v2664, %v2388 : i64
        %v2666 = llvm.getelementptr %in_phi2[%v2663] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2667 = llvm.load %v2666 : !llvm.ptr -> f32
        %v2668 = arith.addi %v2387, %v351 : i64
        %v2669 = arith.constant true
        %v2670 = arith.addi %v63, %v2668 : i64
        %v2671 = llvm.getelementptr %v23[%v2670] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2672 = llvm.load %v2671 : !llvm.ptr<3> -> i64
        %v2673 = arith.addi %v1520, %v2388 : i64
        %v2674 = arith.cmpi slt, %v2673, %v70 : i64
        %v2675 = arith.subi %size_L, %v1 : i64
        %v2676 = arith.minsi %v2673, %v2675 : i64
        %v2677 = arith.addi %v2672, %v2676 : i64
        %v2678 = arith.muli %v2670, %v82 : i64
        %v2679 = arith.addi %v2678, %v2388 : i64
        %v2680 = llvm.getelementptr %in_phi2[%v2677] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2681 = llvm.load %v2680 : !llvm.ptr -> f32
        %v2682 = arith.addi %v2387, %v365 : i64
        %v2683 = arith.constant true
        %v2684 = arith.addi %v63, %v2682 : i64
        %v2685 = llvm.getelementptr %v23[%v2684] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2686 = llvm.load %v2685 : !llvm.ptr<3> -> i64
        %v2687 = arith.addi %v1520, %v2388 : i64
        %v2688 = arith.cmpi slt, %v2687, %v70 : i64
        %v2689 = arith.subi %size_L, %v1 : i64
        %v2690 = arith.minsi %v2687, %v2689 : i64
        %v2691 = arith.addi %v2686, %v2690 : i64
        %v2692 = arith.muli %v2684, %v82 : i64
        %v2693 = arith.addi %v2692, %v2388 : i64
        %v2694 = llvm.getelementptr %in_phi2[%v2691] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2695 = llvm.load %v2694 : !llvm.ptr -> f32
        %v2696 = arith.addi %v2387, %v379 : i64
        %v2697 = arith.constant true
        %v2698 = arith.addi %v63, %v2696 : i64
        %v2699 = llvm.getelementptr %v23[%v2698] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2700 = llvm.load %v2699 : !llvm.ptr<3> -> i64
        %v2701 = arith.addi %v1520, %v2388 : i64
        %v2702 = arith.cmpi slt, %v2701, %v70 : i64
        %v2703 = arith.subi %size_L, %v1 : i64
        %v2704 = arith.minsi %v2701, %v2703 : i64
        %v2705 = arith.addi %v2700, %v2704 : i64
        %v2706 = arith.muli %v2698, %v82 : i64
        %v2707 = arith.addi %v2706, %v2388 : i64
        %v2708 = llvm.getelementptr %in_phi2[%v2705] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2709 = llvm.load %v2708 : !llvm.ptr -> f32
        %v2710 = arith.addi %v2387, %v393 : i64
        %v2711 = arith.constant true
        %v2712 = arith.addi %v63, %v2710 : i64
        %v2713 = llvm.getelementptr %v23[%v2712] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2714 = llvm.load %v2713 : !llvm.ptr<3> -> i64
        %v2715 = arith.addi %v1520, %v2388 : i64
        %v2716 = arith.cmpi slt, %v2715, %v70 : i64
        %v2717 = arith.subi %size_L, %v1 : i64
        %v2718 = arith.minsi %v2715, %v2717 : i64
        %v2719 = arith.addi %v2714, %v2718 : i64
        %v2720 = arith.muli %v2712, %v82 : i64
        %v2721 = arith.addi %v2720, %v2388 : i64
        %v2722 = llvm.getelementptr %in_phi2[%v2719] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2723 = llvm.load %v2722 : !llvm.ptr -> f32
        %v2724 = arith.addi %v2387, %v407 : i64
        %v2725 = arith.constant true
        %v2726 = arith.addi %v63, %v2724 : i64
        %v2727 = llvm.getelementptr %v23[%v2726] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2728 = llvm.load %v2727 : !llvm.ptr<3> -> i64
        %v2729 = arith.addi %v1520, %v2388 : i64
        %v2730 = arith.cmpi slt, %v2729, %v70 : i64
        %v2731 = arith.subi %size_L, %v1 : i64
        %v2732 = arith.minsi %v2729, %v2731 : i64
        %v2733 = arith.addi %v2728, %v2732 : i64
        %v2734 = arith.muli %v2726, %v82 : i64
        %v2735 = arith.addi %v2734, %v2388 : i64
        %v2736 = llvm.getelementptr %in_phi2[%v2733] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2737 = llvm.load %v2736 : !llvm.ptr -> f32
        %v2738 = arith.addi %v2387, %v421 : i64
        %v2739 = arith.constant true
        %v2740 = arith.addi %v63, %v2738 : i64
        %v2741 = llvm.getelementptr %v23[%v2740] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2742 = llvm.load %v2741 : !llvm.ptr<3> -> i64
        %v2743 = arith.addi %v1520, %v2388 : i64
        %v2744 = arith.cmpi slt, %v2743, %v70 : i64
        %v2745 = arith.subi %size_L, %v1 : i64
        %v2746 = arith.minsi %v2743, %v2745 : i64
        %v2747 = arith.addi %v2742, %v2746 : i64
        %v2748 = arith.muli %v2740, %v82 : i64
        %v2749 = arith.addi %v2748, %v2388 : i64
        %v2750 = llvm.getelementptr %in_phi2[%v2747] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2751 = llvm.load %v2750 : !llvm.ptr -> f32
        %v2752 = arith.addi %v2387, %v435 : i64
        %v2753 = arith.constant true
        %v2754 = arith.addi %v63, %v2752 : i64
        %v2755 = llvm.getelementptr %v23[%v2754] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2756 = llvm.load %v2755 : !llvm.ptr<3> -> i64
        %v2757 = arith.addi %v1520, %v2388 : i64
        %v2758 = arith.cmpi slt, %v2757, %v70 : i64
        %v2759 = arith.subi %size_L, %v1 : i64
        %v2760 = arith.minsi %v2757, %v2759 : i64
        %v2761 = arith.addi %v2756, %v2760 : i64
        %v2762 = arith.muli %v2754, %v82 : i64
        %v2763 = arith.addi %v2762, %v2388 : i64
        %v2764 = llvm.getelementptr %in_phi2[%v2761] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2765 = llvm.load %v2764 : !llvm.ptr -> f32
        %v2766 = arith.addi %v2387, %v449 : i64
        %v2767 = arith.constant true
        %v2768 = arith.addi %v63, %v2766 : i64
        %v2769 = llvm.getelementptr %v23[%v2768] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2770 = llvm.load %v2769 : !llvm.ptr<3> -> i64
        %v2771 = arith.addi %v1520, %v2388 : i64
        %v2772 = arith.cmpi slt, %v2771, %v70 : i64
        %v2773 = arith.subi %size_L, %v1 : i64
        %v2774 = arith.minsi %v2771, %v2773 : i64
        %v2775 = arith.addi %v2770, %v2774 : i64
        %v2776 = arith.muli %v2768, %v82 : i64
        %v2777 = arith.addi %v2776, %v2388 : i64
        %v2778 = llvm.getelementptr %in_phi2[%v2775] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2779 = llvm.load %v2778 : !llvm.ptr -> f32
        %v2780 = arith.addi %v2387, %v463 : i64
        %v2781 = arith.constant true
        %v2782 = arith.addi %v63, %v2780 : i64
        %v2783 = llvm.getelementptr %v23[%v2782] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2784 = llvm.load %v2783 : !llvm.ptr<3> -> i64
        %v2785 = arith.addi %v1520, %v2388 : i64
        %v2786 = arith.cmpi slt, %v2785, %v70 : i64
        %v2787 = arith.subi %size_L, %v1 : i64
        %v2788 = arith.minsi %v2785, %v2787 : i64
        %v2789 = arith.addi %v2784, %v2788 : i64
        %v2790 = arith.muli %v2782, %v82 : i64
        %v2791 = arith.addi %v2790, %v2388 : i64
        %v2792 = llvm.getelementptr %in_phi2[%v2789] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2793 = llvm.load %v2792 : !llvm.ptr -> f32
        %v2794 = arith.addi %v2387, %v477 : i64
        %v2795 = arith.constant true
        %v2796 = arith.addi %v63, %v2794 : i64
        %v2797 = llvm.getelementptr %v23[%v2796] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2798 = llvm.load %v2797 : !llvm.ptr<3> -> i64
        %v2799 = arith.addi %v1520, %v2388 : i64
        %v2800 = arith.cmpi slt, %v2799, %v70 : i64
        %v2801 = arith.subi %size_L, %v1 : i64
        %v2802 = arith.minsi %v2799, %v2801 : i64
        %v2803 = arith.addi %v2798, %v2802 : i64
        %v2804 = arith.muli %v2796, %v82 : i64
        %v2805 = arith.addi %v2804, %v2388 : i64
        %v2806 = llvm.getelementptr %in_phi2[%v2803] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2807 = llvm.load %v2806 : !llvm.ptr -> f32
        %v2808 = arith.addi %v2387, %v491 : i64
        %v2809 = arith.constant true
        %v2810 = arith.addi %v63, %v2808 : i64
        %v2811 = llvm.getelementptr %v23[%v2810] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2812 = llvm.load %v2811 : !llvm.ptr<3> -> i64
        %v2813 = arith.addi %v1520, %v2388 : i64
        %v2814 = arith.cmpi slt, %v2813, %v70 : i64
        %v2815 = arith.subi %size_L, %v1 : i64
        %v2816 = arith.minsi %v2813, %v2815 : i64
        %v2817 = arith.addi %v2812, %v2816 : i64
        %v2818 = arith.muli %v2810, %v82 : i64
        %v2819 = arith.addi %v2818, %v2388 : i64
        %v2820 = llvm.getelementptr %in_phi2[%v2817] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2821 = llvm.load %v2820 : !llvm.ptr -> f32
        %v2822 = arith.addi %v2387, %v505 : i64
        %v2823 = arith.constant true
        %v2824 = arith.addi %v63, %v2822 : i64
        %v2825 = llvm.getelementptr %v23[%v2824] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2826 = llvm.load %v2825 : !llvm.ptr<3> -> i64
        %v2827 = arith.addi %v1520, %v2388 : i64
        %v2828 = arith.cmpi slt, %v2827, %v70 : i64
        %v2829 = arith.subi %size_L, %v1 : i64
        %v2830 = arith.minsi %v2827, %v2829 : i64
        %v2831 = arith.addi %v2826, %v2830 : i64
        %v2832 = arith.muli %v2824, %v82 : i64
        %v2833 = arith.addi %v2832, %v2388 : i64
        %v2834 = llvm.getelementptr %in_phi2[%v2831] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2835 = llvm.load %v2834 : !llvm.ptr -> f32
        %v2836 = arith.index_cast %v48 : i64 to index
        %v2837 = arith.index_cast %v1519 : i64 to index
        %v2838 = arith.index_cast %v1 : i64 to index
        scf.for %v2839 = %v2836 to %v2837 step %v2838 {
          %v2840 = arith.index_cast %v2839 : index to i64
          %v2841 = arith.addi %v1517, %v2840 : i64
          %v2842 = arith.addi %v33, %v31 : i64
          %v2843 = arith.muli %v2842, %v82 : i64
          %v2844 = arith.addi %v2843, %v2840 : i64
          %v2845 = llvm.getelementptr %v24[%v2844] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          %v2846 = llvm.load %v2845 : !llvm.ptr<3> -> f32
          %v2847 = arith.muli %v31, %v82 : i64
          %v2848 = arith.addi %v2847, %v2840 : i64
          %v2849 = llvm.getelementptr %v24[%v2848] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          %v2850 = llvm.load %v2849 : !llvm.ptr<3> -> f32
          %v2851 = llvm.load %v3 : !llvm.ptr -> f32
          %v2852 = arith.mulf %v2846, %v2851 fastmath<contract> : f32
          %v2853 = arith.addf %v2852, %v2850 fastmath<contract> : f32
          %v2854 = arith.addi %v63, %v31 : i64
          %v2855 = arith.muli %v2854, %v82 : i64
          %v2856 = arith.addi %v2855, %v2840 : i64
          %v2857 = llvm.getelementptr %v24[%v2856] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          %v2858 = llvm.load %v2857 : !llvm.ptr<3> -> f32
          %v2859 = llvm.load %v4 : !llvm.ptr -> f32
          %v2860 = arith.mulf %v2858, %v2859 fastmath<contract> : f32
          %v2861 = arith.addf %v2853, %v2860 fastmath<contract> : f32
          %v2864 = llvm.load %v5 : !llvm.ptr -> f32
          %v2865 = arith.mulf %v2863, %v2864 fastmath<contract> : f32
          %v2866 = arith.addf %v2861, %v2865 fastmath<contract> : f32
          %v2869 = llvm.load %v6 : !llvm.ptr -> f32
          %v2870 = arith.mulf %v2868, %v2869 fastmath<contract> : f32
          %v2871 = arith.addf %v2866, %v2870 fastmath<contract> : f32
          %v2872 = llvm.load %v7 : !llvm.ptr -> f32
          %v2873 = arith.mulf %v2846, %v2872 fastmath<contract> : f32
          %v2874 = llvm.load %v11 : !llvm.ptr -> f32
          %v2875 = arith.mulf %v2858, %v2874 fastmath<contract> : f32
          %v2876 = arith.addf %v2873, %v2875 fastmath<contract> : f32
          %v2877 = llvm.load %v15 : !llvm.ptr -> f32
          %v2878 = arith.mulf %v2863, %v2877 fastmath<contract> : f32
          %v2879 = arith.addf %v2876, %v2878 fastmath<contract> : f32
          %v2880 = llvm.load %v19 : !llvm.ptr -> f32
          %v2881 = arith.mulf %v2868, %v2880 fastmath<contract> : f32
          %v2882 = arith.addf %v2879, %v2881 fastmath<contract> : f32
          %v2883 = llvm.load %v8 : !llvm.ptr -> f32
          %v2884 = arith.mulf %v2846, %v2883 fastmath<contract> : f32
          %v2885 = llvm.load %v12 : !llvm.ptr -> f32
          %v2886 = arith.mulf %v2858, %v2885 fastmath<contract> : f32
          %v2887 = arith.addf %v2884, %v2886 fastmath<contract> : f32
          %v2888 = llvm.load %v16 : !llvm.ptr -> f32
          %v2889 = arith.mulf %v2863, %v2888 fastmath<contract> : f32
          %v2890 = arith.addf %v2887, %v2889 fastmath<contract> : f32
          %v2891 = llvm.load %v20 : !llvm.ptr -> f32
          %v2892 = arith.mulf %v2868, %v2891 fastmath<contract> : f32
          %v2893 = arith.addf %v2890, %v2892 fastmath<contract> : f32
          %v2894 = llvm.load %v9 : !llvm.ptr -> f32
          %v2895 = arith.mulf %v2846, %v2894 fastmath<contract> : f32
          %v2896 = llvm.load %v13 : !llvm.ptr -> f32
          %v2897 = arith.mulf %v2858, %v2896 fastmath<contract> : f32
          %v2898 = arith.addf %v2895, %v2897 fastmath<contract> : f32
          %v2899 = llvm.load %v17 : !llvm.ptr -> f32
          %v2900 = arith.mulf %v2863, %v2899 fastmath<contract> : f32
          %v2901 = arith.addf %v2898, %v2900 fastmath<contract> : f32
          %v2902 = llvm.load %v21 : !llvm.ptr -> f32
          %v2903 = arith.mulf %v2868, %v2902 fastmath<contract> : f32
          %v2904 = arith.addf %v2901, %v2903 fastmath<contract> : f32
          %v2905 = llvm.load %v10 : !llvm.ptr -> f32
          %v2906 = arith.mulf %v2846, %v2905 fastmath<contract> : f32
          %v2907 = llvm.load %v14 : !llvm.ptr -> f32
          %v2908 = arith.mulf %v2858, %v2907 fastmath<contract> : f32
          %v2909 = arith.addf %v2906, %v2908 fastmath<contract> : f32
          %v2910 = llvm.load %v18 : !llvm.ptr -> f32
          %v2911 = arith.mulf %v2863, %v2910 fastmath<contract> : f32
          %v2912 = arith.addf %v2909, %v2911 fastmath<contract> : f32
          %v2913 = llvm.load %v22 : !llvm.ptr -> f32
          %v2914 = arith.mulf %v2868, %v2913 fastmath<contract> : f32
          %v2915 = arith.addf %v2912, %v2914 fastmath<contract> : f32
          %v2916 = llvm.load %v4 : !llvm.ptr -> f32
          %v2917 = arith.mulf %v66, %v2916 fastmath<contract> : f32
          %v2918 = arith.addf %v2917, %v66 fastmath<contract> : f32
          %v2919 = llvm.load %v3 : !llvm.ptr -> f32
          %v2920 = arith.mulf %v67, %v2919 fastmath<contract> : f32
          %v2921 = arith.addf %v2918, %v2920 fastmath<contract> : f32
          %v2922 = llvm.load %v11 : !llvm.ptr -> f32
          %v2923 = arith.mulf %v66, %v2922 fastmath<contract> : f32
          %v2924 = llvm.load %v7 : !llvm.ptr -> f32
          %v2925 = arith.mulf %v67, %v2924 fastmath<contract> : f32
          %v2926 = arith.addf %v2923, %v2925 fastmath<contract> : f32
          %v2927 = llvm.load %v12 : !llvm.ptr -> f32
          %v2928 = arith.mulf %v66, %v2927 fastmath<contract> : f32
          %v2929 = llvm.load %v8 : !llvm.ptr -> f32
          %v2930 = arith.mulf %v67, %v2929 fastmath<contract> : f32
          %v2931 = arith.addf %v2928, %v2930 fastmath<contract> : f32
          %v2932 = llvm.load %v13 : !llvm.ptr -> f32
          %v2933 = arith.mulf %v66, %v2932 fastmath<contract> : f32
          %v2934 = llvm.load %v9 : !llvm.ptr -> f32
          %v2935 = arith.mulf %v67, %v2934 fastmath<contract> : f32
          %v2936 = arith.addf %v2933, %v2935 fastmath<contract> : f32
          %v2937 = llvm.load %v14 : !llvm.ptr -> f32
          %v2938 = arith.mulf %v66, %v2937 fastmath<contract> : f32
          %v2939 = llvm.load %v10 : !llvm.ptr -> f32
          %v2940 = arith.mulf %v67, %v2939 fastmath<contract> : f32
          %v2941 = arith.addf %v2938, %v2940 fastmath<contract> : f32
          %v2942 = llvm.load %v5 : !llvm.ptr -> f32
          %v2943 = arith.mulf %v66, %v2942 fastmath<contract> : f32
          %v2944 = arith.addf %v2943, %v2850 fastmath<contract> : f32
          %v2945 = llvm.load %v15 : !llvm.ptr -> f32
          %v2946 = arith.mulf %v66, %v2945 fastmath<contract> : f32
          %v2947 = llvm.load %v16 : !llvm.ptr -> f32
          %v2948 = arith.mulf %v66, %v2947 fastmath<contract> : f32
          %v2949 = llvm.load %v17 : !llvm.ptr -> f32
          %v2950 = arith.mulf %v66, %v2949 fastmath<contract> : f32
          %v2951 = llvm.load %v18 : !llvm.ptr -> f32
          %v2952 = arith.mulf %v66, %v2951 fastmath<contract> : f32
          %v2953 = llvm.load %v6 : !llvm.ptr -> f32
          %v2954 = arith.mulf %v66, %v2953 fastmath<contract> : f32
          %v2955 = arith.addf %v2954, %v66 fastmath<contract> : f32
          %v2956 = llvm.load %v5 : !llvm.ptr -> f32
          %v2957 = arith.mulf %v67, %v2956 fastmath<contract> : f32
          %v2958 = arith.addf %v2955, %v2957 fastmath<contract> : f32
          %v2959 = llvm.load %v19 : !llvm.ptr -> f32
          %v2960 = arith.mulf %v66, %v2959 fastmath<contract> : f32
          %v2961 = llvm.load %v15 : !llvm.ptr -> f32
          %v2962 = arith.mulf %v67, %v2961 fastmath<contract> : f32
          %v2963 = arith.addf %v2960, %v2962 fastmath<contract> : f32
          %v2964 = llvm.load %v20 : !llvm.ptr -> f32
          %v2965 = arith.mulf %v66, %v2964 fastmath<contract> : f32
          %v2966 = llvm.load %v16 : !llvm.ptr -> f32
          %v2967 = arith.mulf %v67, %v2966 fastmath<contract> : f32
          %v2968 = arith.addf %v2965, %v2967 fastmath<contract> : f32
          %v2969 = llvm.load %v21 : !llvm.ptr -> f32
          %v2970 = arith.mulf %v66, %v2969 fastmath<contract> : f32
          %v2971 = llvm.load %v17 : !llvm.ptr -> f32
          %v2972 = arith.mulf %v67, %v2971 fastmath<contract> : f32
          %v2973 = arith.addf %v2970, %v2972 fastmath<contract> : f32
          %v2974 = llvm.load %v22 : !llvm.ptr -> f32
          %v2975 = arith.mulf %v66, %v2974 fastmath<contract> : f32
          %v2976 = llvm.load %v18 : !llvm.ptr -> f32
          %v2977 = arith.mulf %v67, %v2976 fastmath<contract> : f32
          %v2978 = arith.addf %v2975, %v2977 fastmath<contract> : f32
          llvm.store %v2871, %v3 : f32, !llvm.ptr
          llvm.store %v2882, %v7 : f32, !llvm.ptr
          llvm.store %v2893, %v8 : f32, !llvm.ptr
          llvm.store %v2904, %v9 : f32, !llvm.ptr
          llvm.store %v2915, %v10 : f32, !llvm.ptr
          llvm.store %v2921, %v4 : f32, !llvm.ptr
          llvm.store %v2926, %v11 : f32, !llvm.ptr
          llvm.store %v2931, %v12 : f32, !llvm.ptr
          llvm.store %v2936, %v13 : f32, !llvm.ptr
          llvm.store %v2941, %v14 : f32, !llvm.ptr
          llvm.store %v2944, %v5 : f32, !llvm.ptr
          llvm.store %v2946, %v15 : f32, !llvm.ptr
          llvm.store %v2948, %v16 : f32, !llvm.ptr
          llvm.store %v2950, %v17 : f32, !llvm.ptr
          llvm.store %v2952, %v18 : f32, !llvm.ptr
          llvm.store %v2958, %v6 : f32, !llvm.ptr
          llvm.store %v2963, %v19 : f32, !llvm.ptr
          llvm.store %v2968, %v20 : f32, !llvm.ptr
          llvm.store %v2973, %v21 : f32, !llvm.ptr
          llvm.store %v2978, %v22 : f32, !llvm.ptr
        }
        gpu.barrier
        %v2979 = arith.divui %v31, %v71 : i64
        %v2980 = arith.remui %v31, %v71 : i64
        %v2981 = arith.muli %v2979, %v82 : i64
        %v2982 = arith.addi %v2981, %v2980 : i64
        %v2983 = llvm.getelementptr %v24[%v2982] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1534, %v2983 : f32, !llvm.ptr<3>
        %v2984 = arith.addi %v33, %v31 : i64
        %v2985 = arith.divui %v2984, %v71 : i64
        %v2986 = arith.remui %v2984, %v71 : i64
        %v2987 = arith.muli %v2985, %v82 : i64
        %v2988 = arith.addi %v2987, %v2986 : i64
        %v2989 = llvm.getelementptr %v24[%v2988] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1547, %v2989 : f32, !llvm.ptr<3>
        %v2990 = arith.addi %v63, %v31 : i64
        %v2991 = arith.divui %v2990, %v71 : i64
        %v2992 = arith.remui %v2990, %v71 : i64
        %v2993 = arith.muli %v2991, %v82 : i64
        %v2994 = arith.addi %v2993, %v2992 : i64
        %v2995 = llvm.getelementptr %v24[%v2994] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1560, %v2995 : f32, !llvm.ptr<3>
        %v2997 = arith.addi %v2996, %v31 : i64
        %v2998 = arith.divui %v2997, %v71 : i64
        %v2999 = arith.remui %v2997, %v71 : i64
        %v3000 = arith.muli %v2998, %v82 : i64
        %v3001 = arith.addi %v3000, %v2999 : i64
        %v3002 = llvm.getelementptr %v24[%v3001] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1573, %v3002 : f32, !llvm.ptr<3>
        %v3003 = arith.addi %v27, %v31 : i64
        %v3004 = arith.divui %v3003, %v71 : i64
        %v3005 = arith.remui %v3003, %v71 : i64
        %v3006 = arith.muli %v3004, %v82 : i64
        %v3007 = arith.addi %v3006, %v3005 : i64
        %v3008 = llvm.getelementptr %v24[%v3007] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1586, %v3008 : f32, !llvm.ptr<3>
        %v3010 = arith.addi %v3009, %v31 : i64
        %v3011 = arith.divui %v3010, %v71 : i64
        %v3012 = arith.remui %v3010, %v71 : i64
        %v3013 = arith.muli %v3011, %v82 : i64
        %v3014 = arith.addi %v3013, %v3012 : i64
        %v3015 = llvm.getelementptr %v24[%v3014] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1599, %v3015 : f32, !llvm.ptr<3>
        %v3017 = arith.addi %v3016, %v31 : i64
        %v3018 = arith.divui %v3017, %v71 : i64
        %v3019 = arith.remui %v3017, %v71 : i64
        %v3020 = arith.muli %v3018, %v82 : i64
        %v3021 = arith.addi %v3020, %v3019 : i64
        %v3022 = llvm.getelementptr %v24[%v3021] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1612, %v3022 : f32, !llvm.ptr<3>
        %v3024 = arith.addi %v3023, %v31 : i64
        %v3025 = arith.divui %v3024, %v71 : i64
        %v3026 = arith.remui %v3024, %v71 : i64
        %v3027 = arith.muli %v3025, %v82 : i64
        %v3028 = arith.addi %v3027, %v3026 : i64
        %v3029 = llvm.getelementptr %v24[%v3028] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1625, %v3029 : f32, !llvm.ptr<3>
        %v3031 = arith.addi %v3030, %v31 : i64
        %v3032 = arith.divui %v3031, %v71 : i64
        %v3033 = arith.remui %v3031, %v71 : i64
        %v3034 = arith.muli %v3032, %v82 : i64
        %v3035 = arith.addi %v3034, %v3033 : i64
        %v3036 = llvm.getelementptr %v24[%v3035] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1638, %v3036 : f32, !llvm.ptr<3>
        %v3038 = arith.addi %v3037, %v31 : i64
        %v3039 = arith.divui %v3038, %v71 : i64
        %v3040 = arith.remui %v3038, %v71 : i64
        %v3041 = arith.muli %v3039, %v82 : i64
        %v3042 = arith.addi %v3041, %v3040 : i64
        %v3043 = llvm.getelementptr %v24[%v3042] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1651, %v3043 : f32, !llvm.ptr<3>
        %v3045 = arith.addi %v3044, %v31 : i64
        %v3046 = arith.divui %v3045, %v71 : i64
        %v3047 = arith.remui %v3045, %v71 : i64
        %v3048 = arith.muli %v3046, %v82 : i64
        %v3049 = arith.addi %v3048, %v3047 : i64
        %v3050 = llvm.getelementptr %v24[%v3049] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1664, %v3050 : f32, !llvm.ptr<3>
        %v3052 = arith.addi %v3051, %v31 : i64
        %v3053 = arith.divui %v3052, %v71 : i64
        %v3054 = arith.remui %v3052, %v71 : i64
        %v3055 = arith.muli %v3053, %v82 : i64
        %v3056 = arith.addi %v3055, %v3054 : i64
        %v3057 = llvm.getelementptr %v24[%v3056] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1677, %v3057 : f32, !llvm.ptr<3>
        %v3059 = arith.addi %v3058, %v31 : i64
        %v3060 = arith.divui %v3059, %v71 : i64
        %v3061 = arith.remui %v3059, %v71 : i64
        %v3062 = arith.muli %v3060, %v82 : i64
        %v3063 = arith.addi %v3062, %v3061 : i64
        %v3064 = llvm.getelementptr %v24[%v3063] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1690, %v3064 : f32, !llvm.ptr<3>
        %v3066 = arith.addi %v3065, %v31 : i64
        %v3067 = arith.divui %v3066, %v71 : i64
        %v3068 = arith.remui %v3066, %v71 : i64
        %v3069 = arith.muli %v3067, %v82 : i64
        %v3070 = arith.addi %v3069, %v3068 : i64
        %v3071 = llvm.getelementptr %v24[%v3070] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1703, %v3071 : f32, !llvm.ptr<3>
        %v3073 = arith.addi %v3072, %v31 : i64
        %v3074 = arith.divui %v3073, %v71 : i64
        %v3075 = arith.remui %v3073, %v71 : i64
        %v3076 = arith.muli %v3074, %v82 : i64
        %v3077 = arith.addi %v3076, %v3075 : i64
        %v3078 = llvm.getelementptr %v24[%v3077] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1716, %v3078 : f32, !llvm.ptr<3>
        %v3080 = arith.addi %v3079, %v31 : i64
        %v3081 = arith.divui %v3080, %v71 : i64
        %v3082 = arith.remui %v3080, %v71 : i64
        %v3083 = arith.muli %v3081, %v82 : i64
        %v3084 = arith.addi %v3083, %v3082 : i64
        %v3085 = llvm.getelementptr %v24[%v3084] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1729, %v3085 : f32, !llvm.ptr<3>
        %v3087 = arith.addi %v3086, %v31 : i64
        %v3088 = arith.divui %v3087, %v71 : i64
        %v3089 = arith.remui %v3087, %v71 : i64
        %v3090 = arith.muli %v3088, %v82 : i64
        %v3091 = arith.addi %v3090, %v3089 : i64
        %v3092 = llvm.getelementptr %v24[%v3091] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1742, %v3092 : f32, !llvm.ptr<3>
        %v3094 = arith.addi %v3093, %v31 : i64
        %v3095 = arith.divui %v3094, %v71 : i64
        %v3096 = arith.remui %v3094, %v71 : i64
        %v3097 = arith.muli %v3095, %v82 : i64
        %v3098 = arith.addi %v3097, %v3096 : i64
        %v3099 = llvm.getelementptr %v24[%v3098] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1755, %v3099 : f32, !llvm.ptr<3>
        %v3101 = arith.addi %v3100, %v31 : i64
        %v3102 = arith.divui %v3101, %v71 : i64
        %v3103 = arith.remui %v3101, %v71 : i64
        %v3104 = arith.muli %v3102, %v82 : i64
        %v3105 = arith.addi %v3104, %v3103 : i64
        %v3106 = llvm.getelementptr %v24[%v3105] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1768, %v3106 : f32, !llvm.ptr<3>
        %v3108 = arith.addi %v3107, %v31 : i64
        %v3109 = arith.divui %v3108, %v71 : i64
        %v3110 = arith.remui %v3108, %v71 : i64
        %v3111 = arith.muli %v3109, %v82 : i64
        %v3112 = arith.addi %v3111, %v3110 : i64
        %v3113 = llvm.getelementptr %v24[%v3112] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1781, %v3113 : f32, !llvm.ptr<3>
        %v3115 = arith.addi %v3114, %v31 : i64
        %v3116 = arith.divui %v3115, %v71 : i64
        %v3117 = arith.remui %v3115, %v71 : i64
        %v3118 = arith.muli %v3116, %v82 : i64
        %v3119 = arith.addi %v3118, %v3117 : i64
        %v3120 = llvm.getelementptr %v24[%v3119] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1794, %v3120 : f32, !llvm.ptr<3>
        %v3122 = arith.addi %v3121, %v31 : i64
        %v3123 = arith.divui %v3122, %v71 : i64
        %v3124 = arith.remui %v3122, %v71 : i64
        %v3125 = arith.muli %v3123, %v82 : i64
        %v3126 = arith.addi %v3125, %v3124 : i64
        %v3127 = llvm.getelementptr %v24[%v3126] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1807, %v3127 : f32, !llvm.ptr<3>
        %v3129 = arith.addi %v3128, %v31 : i64
        %v3130 = arith.divui %v3129, %v71 : i64
        %v3131 = arith.remui %v3129, %v71 : i64
        %v3132 = arith.muli %v3130, %v82 : i64
        %v3133 = arith.addi %v3132, %v3131 : i64
        %v3134 = llvm.getelementptr %v24[%v3133] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1820, %v3134 : f32, !llvm.ptr<3>
        %v3136 = arith.addi %v3135, %v31 : i64
        %v3137 = arith.divui %v3136, %v71 : i64
        %v3138 = arith.remui %v3136, %v71 : i64
        %v3139 = arith.muli %v3137, %v82 : i64
        %v3140 = arith.addi %v3139, %v3138 : i64
        %v3141 = llvm.getelementptr %v24[%v3140] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1833, %v3141 : f32, !llvm.ptr<3>
        %v3143 = arith.addi %v3142, %v31 : i64
        %v3144 = arith.divui %v3143, %v71 : i64
        %v3145 = arith.remui %v3143, %v71 : i64
        %v3146 = arith.muli %v3144, %v82 : i64
        %v3147 = arith.addi %v3146, %v3145 : i64
        %v3148 = llvm.getelementptr %v24[%v3147] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1846, %v3148 : f32, !llvm.ptr<3>
        %v3150 = arith.addi %v3149, %v31 : i64
        %v3151 = arith.divui %v3150, %v71 : i64
        %v3152 = arith.remui %v3150, %v71 : i64
        %v3153 = arith.muli %v3151, %v82 : i64
        %v3154 = arith.addi %v3153, %v3152 : i64
        %v3155 = llvm.getelementptr %v24[%v3154] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1859, %v3155 : f32, !llvm.ptr<3>
        %v3157 = arith.addi %v3156, %v31 : i64
        %v3158 = arith.divui %v3157, %v71 : i64
        %v3159 = arith.remui %v3157, %v71 : i64
        %v3160 = arith.muli %v3158, %v82 : i64
        %v3161 = arith.addi %v3160, %v3159 : i64
        %v3162 = llvm.getelementptr %v24[%v3161] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1872, %v3162 : f32, !llvm.ptr<3>
        %v3164 = arith.addi %v3163, %v31 : i64
        %v3165 = arith.divui %v3164, %v71 : i64
        %v3166 = arith.remui %v3164, %v71 : i64
        %v3167 = arith.muli %v3165, %v82 : i64
        %v3168 = arith.addi %v3167, %v3166 : i64
        %v3169 = llvm.getelementptr %v24[%v3168] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1885, %v3169 : f32, !llvm.ptr<3>
        %v3171 = arith.addi %v3170, %v31 : i64
        %v3172 = arith.divui %v3171, %v71 : i64
        %v3173 = arith.remui %v3171, %v71 : i64
        %v3174 = arith.muli %v3172, %v82 : i64
        %v3175 = arith.addi %v3174, %v3173 : i64
        %v3176 = llvm.getelementptr %v24[%v3175] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1898, %v3176 : f32, !llvm.ptr<3>
        %v3178 = arith.addi %v3177, %v31 : i64
        %v3179 = arith.divui %v3178, %v71 : i64
        %v3180 = arith.remui %v3178, %v71 : i64
        %v3181 = arith.muli %v3179, %v82 : i64
        %v3182 = arith.addi %v3181, %v3180 : i64
        %v3183 = llvm.getelementptr %v24[%v3182] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1911, %v3183 : f32, !llvm.ptr<3>
        %v3185 = arith.addi %v3184, %v31 : i64
        %v3186 = arith.divui %v3185, %v71 : i64
        %v3187 = arith.remui %v3185, %v71 : i64
        %v3188 = arith.muli %v3186, %v82 : i64
        %v3189 = arith.addi %v3188, %v3187 : i64
        %v3190 = llvm.getelementptr %v24[%v3189] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1924, %v3190 : f32, !llvm.ptr<3>
        %v3192 = arith.addi %v3191, %v31 : i64
        %v3193 = arith.divui %v3192, %v71 : i64
        %v3194 = arith.remui %v3192, %v71 : i64
        %v3195 = arith.muli %v3193, %v82 : i64
        %v3196 = arith.addi %v3195, %v3194 : i64
        %v3197 = llvm.getelementptr %v24[%v3196] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1937, %v3197 : f32, !llvm.ptr<3>
        %v3198 = arith.divui %v31, %v71 : i64
        %v3199 = arith.remui %v31, %v71 : i64
        %v3200 = arith.addi %v33, %v3198 : i64
        %v3201 = arith.muli %v3200, %v82 : i64
        %v3202 = arith.addi %v3201, %v3199 : i64
        %v3203 = llvm.getelementptr %v24[%v3202] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1952, %v3203 : f32, !llvm.ptr<3>
        %v3204 = arith.addi %v33, %v31 : i64
        %v3205 = arith.divui %v3204, %v71 : i64
        %v3206 = arith.remui %v3204, %v71 : i64
        %v3207 = arith.addi %v33, %v3205 : i64
        %v3208 = arith.muli %v3207, %v82 : i64
        %v3209 = arith.addi %v3208, %v3206 : i64
        %v3210 = llvm.getelementptr %v24[%v3209] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1966, %v3210 : f32, !llvm.ptr<3>
        %v3211 = arith.addi %v63, %v31 : i64
        %v3212 = arith.divui %v3211, %v71 : i64
        %v3213 = arith.remui %v3211, %v71 : i64
        %v3214 = arith.addi %v33, %v3212 : i64
        %v3215 = arith.muli %v3214, %v82 : i64
        %v3216 = arith.addi %v3215, %v3213 : i64
        %v3217 = llvm.getelementptr %v24[%v3216] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1980, %v3217 : f32, !llvm.ptr<3>
        %v3218 = arith.addi %v2996, %v31 : i64
        %v3219 = arith.divui %v3218, %v71 : i64
        %v3220 = arith.remui %v3218, %v71 : i64
        %v3221 = arith.addi %v33, %v3219 : i64
        %v3222 = arith.muli %v3221, %v82 : i64
        %v3223 = arith.addi %v3222, %v3220 : i64
        %v3224 = llvm.getelementptr %v24[%v3223] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1994, %v3224 : f32, !llvm.ptr<3>
        %v3225 = arith.addi %v27, %v31 : i64
        %v3226 = arith.divui %v3225, %v71 : i64
        %v3227 = arith.remui %v3225, %v71 : i64
        %v3228 = arith.addi %v33, %v3226 : i64
        %v3229 = arith.muli %v3228, %v82 : i64
        %v3230 = arith.addi %v3229, %v3227 : i64
        %v3231 = llvm.getelementptr %v24[%v3230] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2008, %v3231 : f32, !llvm.ptr<3>
        %v3232 = arith.addi %v3009, %v31 : i64
        %v3233 = arith.divui %v3232, %v71 : i64
        %v3234 = arith.remui %v3232, %v71 : i64
        %v3235 = arith.addi %v33, %v3233 : i64
        %v3236 = arith.muli %v3235, %v82 : i64
        %v3237 = arith.addi %v3236, %v3234 : i64
        %v3238 = llvm.getelementptr %v24[%v3237] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2022, %v3238 : f32, !llvm.ptr<3>
        %v3239 = arith.addi %v3016, %v31 : i64
        %v3240 = arith.divui %v3239, %v71 : i64
        %v3241 = arith.remui %v3239, %v71 : i64
        %v3242 = arith.addi %v33, %v3240 : i64
        %v3243 = arith.muli %v3242, %v82 : i64
        %v3244 = arith.addi %v3243, %v3241 : i64
        %v3245 = llvm.getelementptr %v24[%v3244] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2036, %v3245 : f32, !llvm.ptr<3>
        %v3246 = arith.addi %v3023, %v31 : i64
        %v3247 = arith.divui %v3246, %v71 : i64
        %v3248 = arith.remui %v3246, %v71 : i64
        %v3249 = arith.addi %v33, %v3247 : i64
        %v3250 = arith.muli %v3249, %v82 : i64
        %v3251 = arith.addi %v3250, %v3248 : i64
        %v3252 = llvm.getelementptr %v24[%v3251] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2050, %v3252 : f32, !llvm.ptr<3>
        %v3253 = arith.addi %v3030, %v31 : i64
        %v3254 = arith.divui %v3253, %v71 : i64
        %v3255 = arith.remui %v3253, %v71 : i64
        %v3256 = arith.addi %v33, %v3254 : i64
        %v3257 = arith.muli %v3256, %v82 : i64
        %v3258 = arith.addi %v3257, %v3255 : i64
        %v3259 = llvm.getelementptr %v24[%v3258] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2064, %v3259 : f32, !llvm.ptr<3>
        %v3260 = arith.addi %v3037, %v31 : i64
        %v3261 = arith.divui %v3260, %v71 : i64
        %v3262 = arith.remui %v3260, %v71 : i64
        %v3263 = arith.addi %v33, %v3261 : i64
        %v3264 = arith.muli %v3263, %v82 : i64
        %v3265 = arith.addi %v3264, %v3262 : i64
        %v3266 = llvm.getelementptr %v24[%v3265] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2078, %v3266 : f32, !llvm.ptr<3>
        %v3267 = arith.addi %v3044, %v31 : i64
        %v3268 = arith.divui %v3267, %v71 : i64
        %v3269 = arith.remui %v3267, %v71 : i64
        %v3270 = arith.addi %v33, %v3268 : i64
        %v3271 = arith.muli %v3270, %v82 : i64
        %v3272 = arith.addi %v3271, %v3269 : i64
        %v3273 = llvm.getelementptr %v24[%v3272] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2092, %v3273 : f32, !llvm.ptr<3>
        %v3274 = arith.addi %v3051, %v31 : i64
        %v3275 = arith.divui %v3274, %v71 : i64
        %v3276 = arith.remui %v3274, %v71 : i64
        %v3277 = arith.addi %v33, %v3275 : i64
        %v3278 = arith.muli %v3277, %v82 : i64
        %v3279 = arith.addi %v3278, %v3276 : i64
        %v3280 = llvm.getelementptr %v24[%v3279] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2106, %v3280 : f32, !llvm.ptr<3>
        %v3281 = arith.addi %v3058, %v31 : i64
        %v3282 = arith.divui %v3281, %v71 : i64
        %v3283 = arith.remui %v3281, %v71 : i64
        %v3284 = arith.addi %v33, %v3282 : i64
        %v3285 = arith.muli %v3284, %v82 : i64
        %v3286 = arith.addi %v3285, %v3283 : i64
        %v3287 = llvm.getelementptr %v24[%v3286] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2120, %v3287 : f32, !llvm.ptr<3>
        %v3288 = arith.addi %v3065, %v31 : i64
        %v3289 = arith.divui %v3288, %v71 : i64
        %v3290 = arith.remui %v3288, %v71 : i64
        %v3291 = arith.addi %v33, %v3289 : i64
        %v3292 = arith.muli %v3291, %v82 : i64
        %v3293 = arith.addi %v3292, %v3290 : i64
        %v3294 = llvm.getelementptr %v24[%v3293] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2134, %v3294 : f32, !llvm.ptr<3>
        %v3295 = arith.addi %v3072, %v31 : i64
        %v3296 = arith.divui %v3295, %v71 : i64
        %v3297 = arith.remui %v3295, %v71 : i64
        %v3298 = arith.addi %v33, %v3296 : i64
        %v3299 = arith.muli %v3298, %v82 : i64
        %v3300 = arith.addi %v3299, %v3297 : i64
        %v3301 = llvm.getelementptr %v24[%v3300] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2148, %v3301 : f32, !llvm.ptr<3>
        %v3302 = arith.addi %v3079, %v31 : i64
        %v3303 = arith.divui %v3302, %v71 : i64
        %v3304 = arith.remui %v3302, %v71 : i64
        %v3305 = arith.addi %v33, %v3303 : i64
        %v3306 = arith.muli %v3305, %v82 : i64
        %v3307 = arith.addi %v3306, %v3304 : i64
        %v3308 = llvm.getelementptr %v24[%v3307] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2162, %v3308 : f32, !llvm.ptr<3>
        %v3309 = arith.addi %v3086, %v31 : i64
        %v3310 = arith.divui %v3309, %v71 : i64
        %v3311 = arith.remui %v3309, %v71 : i64
        %v3312 = arith.addi %v33, %v3310 : i64
        %v3313 = arith.muli %v3312, %v82 : i64
        %v3314 = arith.addi %v3313, %v3311 : i64
        %v3315 = llvm.getelementptr %v24[%v3314] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2176, %v3315 : f32, !llvm.ptr<3>
        %v3316 = arith.addi %v3093, %v31 : i64
        %v3317 = arith.divui %v3316, %v71 : i64
        %v3318 = arith.remui %v3316, %v71 : i64
        %v3319 = arith.addi %v33, %v3317 : i64
        %v3320 = arith.muli %v3319, %v82 : i64
        %v3321 = arith.addi %v3320, %v3318 : i64
        %v3322 = llvm.getelementptr %v24[%v3321] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2190, %v3322 : f32, !llvm.ptr<3>
        %v3323 = arith.addi %v3100, %v31 : i64
        %v3324 = arith.divui %v3323, %v71 : i64
        %v3325 = arith.remui %v3323, %v71 : i64
        %v3326 = arith.addi %v33, %v3324 : i64
        %v3327 = arith.muli %v3326, %v82 : i64
        %v3328 = arith.addi %v3327, %v3325 : i64
        %v3329 = llvm.getelementptr %v24[%v3328] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2204, %v3329 : f32, !llvm.ptr<3>
        %v3330 = arith.addi %v3107, %v31 : i64
        %v3331 = arith.divui %v3330, %v71 : i64
        %v3332 = arith.remui %v3330, %v71 : i64
        %v3333 = arith.addi %v33, %v3331 : i64
        %v3334 = arith.muli %v3333, %v82 : i64
        %v3335 = arith.addi %v3334, %v3332 : i64
        %v3336 = llvm.getelementptr %v24[%v3335] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2218, %v3336 : f32, !llvm.ptr<3>
        %v3337 = arith.addi %v3114, %v31 : i64
        %v3338 = arith.divui %v3337, %v71 : i64
        %v3339 = arith.remui %v3337, %v71 : i64
        %v3340 = arith.addi %v33, %v3338 : i64
        %v3341 = arith.muli %v3340, %v82 : i64
        %v3342 = arith.addi %v3341, %v3339 : i64
        %v3343 = llvm.getelementptr %v24[%v3342] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2232, %v3343 : f32, !llvm.ptr<3>
        %v3344 = arith.addi %v3121, %v31 : i64
        %v3345 = arith.divui %v3344, %v71 : i64
        %v3346 = arith.remui %v3344, %v71 : i64
        %v3347 = arith.addi %v33, %v3345 : i64
        %v3348 = arith.muli %v3347, %v82 : i64
        %v3349 = arith.addi %v3348, %v3346 : i64
        %v3350 = llvm.getelementptr %v24[%v3349] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2246, %v3350 : f32, !llvm.ptr<3>
        %v3351 = arith.addi %v3128, %v31 : i64
        %v3352 = arith.divui %v3351, %v71 : i64
        %v3353 = arith.remui %v3351, %v71 : i64
        %v3354 = arith.addi %v33, %v3352 : i64
        %v3355 = arith.muli %v3354, %v82 : i64
        %v3356 = arith.addi %v3355, %v3353 : i64
        %v3357 = llvm.getelementptr %v24[%v3356] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2260, %v3357 : f32, !llvm.ptr<3>
        %v3358 = arith.addi %v3135, %v31 : i64
        %v3359 = arith.divui %v3358, %v71 : i64
        %v3360 = arith.remui %v3358, %v71 : i64
        %v3361 = arith.addi %v33, %v3359 : i64
        %v3362 = arith.muli %v3361, %v82 : i64
        %v3363 = arith.addi %v3362, %v3360 : i64
        %v3364 = llvm.getelementptr %v24[%v3363] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2274, %v3364 : f32, !llvm.ptr<3>
        %v3365 = arith.addi %v3142, %v31 : i64
        %v3366 = arith.divui %v3365, %v71 : i64
        %v3367 = arith.remui %v3365, %v71 : i64
        %v3368 = arith.addi %v33, %v3366 : i64
        %v3369 = arith.muli %v3368, %v82 : i64
        %v3370 = arith.addi %v3369, %v3367 : i64
        %v3371 = llvm.getelementptr %v24[%v3370] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2288, %v3371 : f32, !llvm.ptr<3>
        %v3372 = arith.addi %v3149, %v31 : i64
        %v3373 = arith.divui %v3372, %v71 : i64
        %v3374 = arith.remui %v3372, %v71 : i64
        %v3375 = arith.addi %v33, %v3373 : i64
        %v3376 = arith.muli %v3375, %v82 : i64
        %v3377 = arith.addi %v3376, %v3374 : i64
        %v3378 = llvm.getelementptr %v24[%v3377] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2302, %v3378 : f32, !llvm.ptr<3>
        %v3379 = arith.addi %v3156, %v31 : i64
        %v3380 = arith.divui %v3379, %v71 : i64
        %v3381 = arith.remui %v3379, %v71 : i64
        %v3382 = arith.addi %v33, %v3380 : i64
        %v3383 = arith.muli %v3382, %v82 : i64
        %v3384 = arith.addi %v3383, %v3381 : i64
        %v3385 = llvm.getelementptr %v24[%v3384] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2316, %v3385 : f32, !llvm.ptr<3>
        %v3386 = arith.addi %v3163, %v31 : i64
        %v3387 = arith.divui %v3386, %v71 : i64
        %v3388 = arith.remui %v3386, %v71 : i64
        %v3389 = arith.addi %v33, %v3387 : i64
        %v3390 = arith.muli %v3389, %v82 : i64
        %v3391 = arith.addi %v3390, %v3388 : i64
        %v3392 = llvm.getelementptr %v24[%v3391] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2330, %v3392 : f32, !llvm.ptr<3>
        %v3393 = arith.addi %v3170, %v31 : i64
        %v3394 = arith.divui %v3393, %v71 : i64
        %v3395 = arith.remui %v3393, %v71 : i64
        %v3396 = arith.addi %v33, %v3394 : i64
        %v3397 = arith.muli %v3396, %v82 : i64
        %v3398 = arith.addi %v3397, %v3395 : i64
        %v3399 = llvm.getelementptr %v24[%v3398] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2344, %v3399 : f32, !llvm.ptr<3>
        %v3400 = arith.addi %v3177, %v31 : i64
        %v3401 = arith.divui %v3400, %v71 : i64
        %v3402 = arith.remui %v3400, %v71 : i64
        %v3403 = arith.addi %v33, %v3401 : i64
        %v3404 = arith.muli %v3403, %v82 : i64
        %v3405 = arith.addi %v3404, %v3402 : i64
        %v3406 = llvm.getelementptr %v24[%v3405] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2358, %v3406 : f32, !llvm.ptr<3>
        %v3407 = arith.addi %v3184, %v31 : i64
        %v3408 = arith.divui %v3407, %v71 : i64
        %v3409 = arith.remui %v3407, %v71 : i64
        %v3410 = arith.addi %v33, %v3408 : i64
        %v3411 = arith.muli %v3410, %v82 : i64
        %v3412 = arith.addi %v3411, %v3409 : i64
        %v3413 = llvm.getelementptr %v24[%v3412] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2372, %v3413 : f32, !llvm.ptr<3>
        %v3414 = arith.addi %v3191, %v31 : i64
        %v3415 = arith.divui %v3414, %v71 : i64
        %v3416 = arith.remui %v3414, %v71 : i64
        %v3417 = arith.addi %v33, %v3415 : i64
        %v3418 = arith.muli %v3417, %v82 : i64
        %v3419 = arith.addi %v3418, %v3416 : i64
        %v3420 = llvm.getelementptr %v24[%v3419] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2386, %v3420 : f32, !llvm.ptr<3>
        %v3421 = arith.divui %v31, %v71 : i64
        %v3422 = arith.remui %v31, %v71 : i64
        %v3423 = arith.addi %v63, %v3421 : i64
        %v3424 = arith.muli %v3423, %v82 : i64
        %v3425 = arith.addi %v3424, %v3422 : i64
        %v3426 = llvm.getelementptr %v24[%v3425] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2401, %v3426 : f32, !llvm.ptr<3>
        %v3427 = arith.addi %v33, %v31 : i64
        %v3428 = arith.divui %v3427, %v71 : i64
        %v3429 = arith.remui %v3427, %v71 : i64
        %v3430 = arith.addi %v63, %v3428 : i64
        %v3431 = arith.muli %v3430, %v82 : i64
        %v3432 = arith.addi %v3431, %v3429 : i64
        %v3433 = llvm.getelementptr %v24[%v3432] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2415, %v3433 : f32, !llvm.ptr<3>
        %v3434 = arith.addi %v63, %v31 : i64
        %v3435 = arith.divui %v3434, %v71 : i64
        %v3436 = arith.remui %v3434, %v71 : i64
        %v3437 = arith.addi %v63, %v3435 : i64
        %v3438 = arith.muli %v3437, %v82 : i64
        %v3439 = arith.addi %v3438, %v3436 : i64
        %v3440 = llvm.getelementptr %v24[%v3439] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2429, %v3440 : f32, !llvm.ptr<3>
        %v3441 = arith.addi %v2996, %v31 : i64
        %v3442 = arith.divui %v3441, %v71 : i64
        %v3443 = arith.remui %v3441, %v71 : i64
        %v3444 = arith.addi %v63, %v3442 : i64
        %v3445 = arith.muli %v3444, %v82 : i64
        %v3446 = arith.addi %v3445, %v3443 : i64
        %v3447 = llvm.getelementptr %v24[%v3446] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2443, %v3447 : f32, !llvm.ptr<3>
        %v3448 = arith.addi %v27, %v31 : i64
        %v3449 = arith.divui %v3448, %v71 : i64
        %v3450 = arith.remui %v3448, %v71 : i64
        %v3451 = arith.addi %v63, %v3449 : i64
        %v3452 = arith.muli %v3451, %v82 : i64
        %v3453 = arith.addi %v3452, %v3450 : i64
        %v3454 = llvm.getelementptr %v24[%v3453] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2457, %v3454 : f32, !llvm.ptr<3>
        %v3455 = arith.addi %v3009, %v31 : i64
        %v3456 = arith.divui %v3455, %v71 : i64
        %v3457 = arith.remui %v3455, %v71 : i64
        %v3458 = arith.addi %v63, %v3456 : i64
        %v3459 = arith.muli %v3458, %v82 : i64
        %v3460 = arith.addi %v3459, %v3457 : i64
        %v3461 = llvm.getelementptr %v24[%v3460] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2471, %v3461 : f32, !llvm.ptr<3>
        %v3462 = arith.addi %v3016, %v31 : i64
        %v3463 = arith.divui %v3462, %v71 : i64
        %v3464 = arith.remui %v3462, %v71 : i64
        %v3465 = arith.addi %v63, %v3463 : i64
        %v3466 = arith.muli %v3465, %v82 : i64
        %v3467 = arith.addi %v3466, %v3464 : i64
        %v3468 = llvm.getelementptr %v24[%v3467] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2485, %v3468 : f32, !llvm.ptr<3>
        %v3469 = arith.addi %v3023, %v31 : i64
        %v3470 = arith.divui %v3469, %v71 : i64
        %v3471 = arith.remui %v3469, %v71 : i64
        %v3472 = arith.addi %v63, %v3470 : i64
        %v3473 = arith.muli %v3472, %v82 : i64
        %v3474 = arith.addi %v3473, %v3471 : i64
        %v3475 = llvm.getelementptr %v24[%v3474] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2499, %v3475 : f32, !llvm.ptr<3>
        %v3476 = arith.addi %v3030, %v31 : i64
        %v3477 = arith.divui %v3476, %v71 : i64
        %v3478 = arith.remui %v3476, %v71 : i64
        %v3479 = arith.addi %v63, %v3477 : i64
        %v3480 = arith.muli %v3479, %v82 : i64
        %v3481 = arith.addi %v3480, %v3478 : i64
        %v3482 = llvm.getelementptr %v24[%v3481] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2513, %v3482 : f32, !llvm.ptr<3>
        %v3483 = arith.addi %v3037, %v31 : i64
        %v3484 = arith.divui %v3483, %v71 : i64
        %v3485 = arith.remui %v3483, %v71 : i64
        %v3486 = arith.addi %v63, %v3484 : i64
        %v3487 = arith.muli %v3486, %v82 : i64
        %v3488 = arith.addi %v3487, %v3485 : i64
        %v3489 = llvm.getelementptr %v24[%v3488] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2527, %v3489 : f32, !llvm.ptr<3>
        %v3490 = arith.addi %v3044, %v31 : i64
        %v3491 = arith.divui %v3490, %v71 : i64
        %v3492 = arith.remui %v3490, %v71 : i64
        %v3493 = arith.addi %v63, %v3491 : i64
        %v3494 = arith.muli %v3493, %v82 : i64
        %v3495 = arith.addi %v3494, %v3492 : i64
        %v3496 = llvm.getelementptr %v24[%v3495] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2541, %v3496 : f32, !llvm.ptr<3>
        %v3497 = arith.addi %v3051, %v31 : i64
        %v3498 = arith.divui %v3497, %v71 : i64
        %v3499 = arith.remui %v3497, %v71 : i64
        %v3500 = arith.addi %v63, %v3498 : i64
        %v3501 = arith.muli %v3500, %v82 : i64
        %v3502 = arith.addi %v3501, %v3499 : i64
        %v3503 = llvm.getelementptr %v24[%v3502] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2555, %v3503 : f32, !llvm.ptr<3>
        %v3504 = arith.addi %v3058, %v31 : i64
        %v3505 = arith.divui %v3504, %v71 : i64
        %v3506 = arith.remui %v3504, %v71 : i64
        %v3507 = arith.addi %v63, %v3505 : i64
        %v3508 = arith.muli %v3507, %v82 : i64
        %v3509 = arith.addi %v3508, %v3506 : i64
        %v3510 = llvm.getelementptr %v24[%v3509] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2569, %v3510 : f32, !llvm.ptr<3>
        %v3511 = arith.addi %v3065, %v31 : i64
        %v3512 = arith.divui %v3511, %v71 : i64
        %v3513 = arith.remui %v3511, %v71 : i64
        %v3514 = arith.addi %v63, %v3512 : i64
        %v3515 = arith.muli %v3514, %v82 : i64
        %v3516 = arith.addi %v3515, %v3513 : i64
        %v3517 = llvm.getelementptr %v24[%v3516] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2583, %v3517 : f32, !llvm.ptr<3>
        %v3518 = arith.addi %v3072, %v31 : i64
        %v3519 = arith.divui %v3518, %v71 : i64
        %v3520 = arith.remui %v3518, %v71 : i64
        %v3521 = arith.addi %v63, %v3519 : i64
        %v3522 = arith.muli %v3521, %v82 : i64
        %v3523 = arith.addi %v3522, %v3520 : i64
        %v3524 = llvm.getelementptr %v24[%v3523] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2597, %v3524 : f32, !llvm.ptr<3>
        %v3525 = arith.addi %v3079, %v31 : i64
        %v3526 = arith.divui %v3525, %v71 : i64
        %v3527 = arith.remui %v3525, %v71 : i64
        %v3528 = arith.addi %v63, %v3526 : i64
        %v3529 = arith.muli %v3528, %v82 : i64
        %v3530 = arith.addi %v3529, %v3527 : i64
        %v3531 = llvm.getelementptr %v24[%v3530] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2611, %v3531 : f32, !llvm.ptr<3>
        %v3532 = arith.addi %v3086, %v31 : i64
        %v3533 = arith.divui %v3532, %v71 : i64
        %v3534 = arith.remui %v3532, %v71 : i64
        %v3535 = arith.addi %v63, %v3533 : i64
        %v3536 = arith.muli %v3535, %v82 : i64
        %v3537 = arith.addi %v3536, %v3534 : i64
        %v3538 = llvm.getelementptr %v24[%v3537] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2625, %v3538 : f32, !llvm.ptr<3>
        %v3539 = arith.addi %v3093, %v31 : i64
        %v3540 = arith.divui %v3539, %v71 : i64
        %v3541 = arith.remui %v3539, %v71 : i64
        %v3542 = arith.addi %v63, %v3540 : i64
        %v3543 = arith.muli %v3542, %v82 : i64
        %v3544 = arith.addi %v3543, %v3541 : i64
        %v3545 = llvm.getelementptr %v24[%v3544] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2639, %v3545 : f32, !llvm.ptr<3>
        %v3546 = arith.addi %v3100, %v31 : i64
        %v3547 = arith.divui %v3546, %v71 : i64
        %v3548 = arith.remui %v3546, %v71 : i64
        %v3549 = arith.addi %v63, %v3547 : i64
        %v3550 = arith.muli %v3549, %v82 : i64
        %v3551 = arith.addi %v3550, %v3548 : i64
        %v3552 = llvm.getelementptr %v24[%v3551] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2653, %v3552 : f32, !llvm.ptr<3>
        %v3553 = arith.addi %v3107, %v31 : i64
        %v3554 = arith.divui %v3553, %v71 : i64
        %v3555 = arith.remui %v3553, %v71 : i64
        %v3556 = arith.addi %v63, %v3554 : i64
        %v3557 = arith.muli %v3556, %v82 : i64
        %v3558 = arith.addi %v3557, %v3555 : i64
        %v3559 = llvm.getelementptr %v24[%v3558] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2667, %v3559 : f32, !llvm.ptr<3>
        %v3560 = arith.addi %v3114, %v31 : i64
        %v3561 = arith.divui %v3560, %v71 : i64
        %v3562 = arith.remui %v3560, %v71 : i64
        %v3563 = arith.addi %v63, %v3561 : i64
        %v3564 = arith.muli %v3563, %v82 : i64
        %v3565 = arith.addi %v3564, %v3562 : i64
        %v3566 = llvm.getelementptr %v24[%v3565] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2681, %v3566 : f32, !llvm.ptr<3>
        %v3567 = arith.addi %v3121, %v31 : i64
        %v3568 = arith.divui %v3567, %v71 : i64
        %v3569 = arith.remui %v3567, %v71 : i64
        %v3570 = arith.addi %v63, %v3568 : i64
        %v3571 = arith.muli %v3570, %v82 : i64
        %v3572 = arith.addi %v3571, %v3569 : i64
        %v3573 = llvm.getelementptr %v24[%v3572] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2695, %v3573 : f32, !llvm.ptr<3>
        %v3574 = arith.addi %v3128, %v31 : i64
        %v3575 = arith.divui %v3574, %v71 : i64
        %v3576 = arith.remui %v3574, %v71 : i64
        %v3577 = arith.addi %v63, %v3575 : i64
        %v3578 = arith.muli %v3577, %v82 : i64
        %v3579 = arith.addi %v3578, %v3576 : i64
        %v3580 = llvm.getelementptr %v24[%v3579] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2709, %v3580 : f32, !llvm.ptr<3>
        %v3581 = arith.addi %v3135, %v31 : i64
        %v3582 = arith.divui %v3581, %v71 : i64
        %v3583 = arith.remui %v3581, %v71 : i64
        %v3584 = arith.addi %v63, %v3582 : i64
        %v3585 = arith.muli %v3584, %v82 : i64
        %v3586 = arith.addi %v3585, %v3583 : i64
        %v3587 = llvm.getelementptr %v24[%v3586] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2723, %v3587 : f32, !llvm.ptr<3>
        %v3588 = arith.addi %v3142, %v31 : i64
        %v3589 = arith.divui %v3588, %v71 : i64
        %v3590 = arith.remui %v3588, %v71 : i64
        %v3591 = arith.addi %v63, %v3589 : i64
        %v3592 = arith.muli %v3591, %v82 : i64
        %v3593 = arith.addi %v3592, %v3590 : i64
        %v3594 = llvm.getelementptr %v24[%v3593] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2737, %v3594 : f32, !llvm.ptr<3>
        %v3595 = arith.addi %v3149, %v31 : i64
        %v3596 = arith.divui %v3595, %v71 : i64
        %v3597 = arith.remui %v3595, %v71 : i64
        %v3598 = arith.addi %v63, %v3596 : i64
        %v3599 = arith.muli %v3598, %v82 : i64
        %v3600 = arith.addi %v3599, %v3597 : i64
        %v3601 = llvm.getelementptr %v24[%v3600] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2751, %v3601 : f32, !llvm.ptr<3>
        %v3602 = arith.addi %v3156, %v31 : i64
        %v3603 = arith.divui %v3602, %v71 : i64
        %v3604 = arith.remui %v3602, %v71 : i64
        %v3605 = arith.addi %v63, %v3603 : i64
        %v3606 = arith.muli %v3605, %v82 : i64
        %v3607 = arith.addi %v3606, %v3604 : i64
        %v3608 = llvm.getelementptr %v24[%v3607] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2765, %v3608 : f32, !llvm.ptr<3>
        %v3609 = arith.addi %v3163, %v31 : i64
        %v3610 = arith.divui %v3609, %v71 : i64
        %v3611 = arith.remui %v3609, %v71 : i64
        %v3612 = arith.addi %v63, %v3610 : i64
        %v3613 = arith.muli %v3612, %v82 : i64
        %v3614 = arith.addi %v3613, %v3611 : i64
        %v3615 = llvm.getelementptr %v24[%v3614] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2779, %v3615 : f32, !llvm.ptr<3>
        %v3616 = arith.addi %v3170, %v31 : i64
        %v3617 = arith.divui %v3616, %v71 : i64
        %v3618 = arith.remui %v3616, %v71 : i64
        %v3619 = arith.addi %v63, %v3617 : i64
        %v3620 = arith.muli %v3619, %v82 : i64
        %v3621 = arith.addi %v3620, %v3618 : i64
        %v3622 = llvm.getelementptr %v24[%v3621] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2793, %v3622 : f32, !llvm.ptr<3>
        %v3623 = arith.addi %v3177, %v31 : i64
        %v3624 = arith.divui %v3623, %v71 : i64
        %v3625 = arith.remui %v3623, %v71 : i64
        %v3626 = arith.addi %v63, %v3624 : i64
        %v3627 = arith.muli %v3626, %v82 : i64
        %v3628 = arith.addi %v3627, %v3625 : i64
        %v3629 = llvm.getelementptr %v24[%v3628] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2807, %v3629 : f32, !llvm.ptr<3>
        %v3630 = arith.addi %v3184, %v31 : i64
        %v3631 = arith.divui %v3630, %v71 : i64
        %v3632 = arith.remui %v3630, %v71 : i64
        %v3633 = arith.addi %v63, %v3631 : i64
        %v3634 = arith.muli %v3633, %v82 : i64
        %v3635 = arith.addi %v3634, %v3632 : i64
        %v3636 = llvm.getelementptr %v24[%v3635] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2821, %v3636 : f32, !llvm.ptr<3>
        %v3637 = arith.addi %v3191, %v31 : i64
        %v3638 = arith.divui %v3637, %v71 : i64
        %v3639 = arith.remui %v3637, %v71 : i64
        %v3640 = arith.addi %v63, %v3638 : i64
        %v3641 = arith.muli %v3640, %v82 : i64
        %v3642 = arith.addi %v3641, %v3639 : i64
        %v3643 = llvm.getelementptr %v24[%v3642] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2835, %v3643 : f32, !llvm.ptr<3>
        gpu.barrier
      }
      scf.if %v41 {
        %v3644 = arith.muli %v37, %v2 : i64
        %v3645 = arith.subi %v2, %v1 : i64
        %v3646 = arith.minsi %v40, %v3645 : i64
        %v3647 = arith.addi %v3644, %v3646 : i64
        %v3648 = arith.muli %v37, %v2 : i64
        %v3649 = arith.subi %v2, %v1 : i64
        %v3650 = arith.minsi %v40, %v3649 : i64
        %v3651 = arith.addi %v3648, %v3650 : i64
        %v3652 = arith.muli %v3651, %v100 : i64
        %v3653 = llvm.load %v7 : !llvm.ptr -> f32
        %v3654 = llvm.getelementptr %agga_h[%v3652] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3653, %v3654 : f32, !llvm.ptr
        %v3655 = arith.muli %v37, %v2 : i64
        %v3656 = arith.subi %v2, %v1 : i64
        %v3657 = arith.minsi %v40, %v3656 : i64
        %v3658 = arith.addi %v3655, %v3657 : i64
        %v3659 = arith.muli %v3658, %v100 : i64
        %v3660 = arith.addi %v3659, %v1 : i64
        %v3661 = llvm.load %v8 : !llvm.ptr -> f32
        %v3662 = llvm.getelementptr %agga_h[%v3660] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3661, %v3662 : f32, !llvm.ptr
        %v3663 = arith.muli %v37, %v2 : i64
        %v3664 = arith.subi %v2, %v1 : i64
        %v3665 = arith.minsi %v40, %v3664 : i64
        %v3666 = arith.addi %v3663, %v3665 : i64
        %v3667 = arith.muli %v3666, %v100 : i64
        %v3668 = arith.addi %v3667, %v62 : i64
        %v3669 = llvm.load %v9 : !llvm.ptr -> f32
        %v3670 = llvm.getelementptr %agga_h[%v3668] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3669, %v3670 : f32, !llvm.ptr
        %v3671 = arith.muli %v37, %v2 : i64
        %v3672 = arith.subi %v2, %v1 : i64
        %v3673 = arith.minsi %v40, %v3672 : i64
        %v3674 = arith.addi %v3671, %v3673 : i64
        %v3675 = arith.muli %v3674, %v100 : i64
        %v3677 = arith.addi %v3675, %v3676 : i64
        %v3678 = llvm.load %v10 : !llvm.ptr -> f32
        %v3679 = llvm.getelementptr %agga_h[%v3677] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3678, %v3679 : f32, !llvm.ptr
        %v3680 = llvm.load %v3 : !llvm.ptr -> f32
        %v3681 = llvm.getelementptr %aggb_h[%v3647] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3680, %v3681 : f32, !llvm.ptr
        %v3682 = arith.muli %v37, %v2 : i64
        %v3683 = arith.subi %v2, %v1 : i64
        %v3684 = arith.minsi %v40, %v3683 : i64
        %v3685 = arith.addi %v3682, %v3684 : i64
        %v3686 = arith.muli %v37, %v2 : i64
        %v3687 = arith.subi %v2, %v1 : i64
        %v3688 = arith.minsi %v40, %v3687 : i64
        %v3689 = arith.addi %v3686, %v3688 : i64
        %v3690 = arith.muli %v3689, %v100 : i64
        %v3691 = llvm.load %v11 : !llvm.ptr -> f32
        %v3692 = llvm.getelementptr %agga_h_lag1[%v3690] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3691, %v3692 : f32, !llvm.ptr
        %v3693 = arith.muli %v37, %v2 : i64
        %v3694 = arith.subi %v2, %v1 : i64
        %v3695 = arith.minsi %v40, %v3694 : i64
        %v3696 = arith.addi %v3693, %v3695 : i64
        %v3697 = arith.muli %v3696, %v100 : i64
        %v3698 = arith.addi %v3697, %v1 : i64
        %v3699 = llvm.load %v12 : !llvm.ptr -> f32
        %v3700 = llvm.getelementptr %agga_h_lag1[%v3698] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3699, %v3700 : f32, !llvm.ptr
        %v3701 = arith.muli %v37, %v2 : i64
        %v3702 = arith.subi %v2, %v1 : i64
        %v3703 = arith.minsi %v40, %v3702 : i64
        %v3704 = arith.addi %v3701, %v3703 : i64
        %v3705 = arith.muli %v3704, %v100 : i64
        %v3706 = arith.addi %v3705, %v62 : i64
        %v3707 = llvm.load %v13 : !llvm.ptr -> f32
        %v3708 = llvm.getelementptr %agga_h_lag1[%v3706] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3707, %v3708 : f32, !llvm.ptr
        %v3709 = arith.muli %v37, %v2 : i64
        %v3710 = arith.subi %v2, %v1 : i64
        %v3711 = arith.minsi %v40, %v3710 : i64
        %v3712 = arith.addi %v3709, %v3711 : i64
        %v3713 = arith.muli %v3712, %v100 : i64
        %v3714 = arith.addi %v3713, %v3676 : i64
        %v3715 = llvm.load %v14 : !llvm.ptr -> f32
        %v3716 = llvm.getelementptr %agga_h_lag1[%v3714] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3715, %v3716 : f32, !llvm.ptr
        %v3717 = llvm.load %v4 : !llvm.ptr -> f32
        %v3718 = llvm.getelementptr %aggb_h_lag1[%v3685] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3717, %v3718 : f32, !llvm.ptr
        %v3719 = arith.muli %v37, %v2 : i64
        %v3720 = arith.subi %v2, %v1 : i64
        %v3721 = arith.minsi %v40, %v3720 : i64
        %v3722 = arith.addi %v3719, %v3721 : i64
        %v3723 = arith.muli %v37, %v2 : i64
        %v3724 = arith.subi %v2, %v1 : i64
        %v3725 = arith.minsi %v40, %v3724 : i64
        %v3726 = arith.addi %v3723, %v3725 : i64
        %v3727 = arith.muli %v3726, %v100 : i64
        %v3728 = llvm.load %v15 : !llvm.ptr -> f32
        %v3729 = llvm.getelementptr %agga_e_lag1[%v3727] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3728, %v3729 : f32, !llvm.ptr
        %v3730 = arith.muli %v37, %v2 : i64
        %v3731 = arith.subi %v2, %v1 : i64
        %v3732 = arith.minsi %v40, %v3731 : i64
        %v3733 = arith.addi %v3730, %v3732 : i64
        %v3734 = arith.muli %v3733, %v100 : i64
        %v3735 = arith.addi %v3734, %v1 : i64
        %v3736 = llvm.load %v16 : !llvm.ptr -> f32
        %v3737 = llvm.getelementptr %agga_e_lag1[%v3735] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3736, %v3737 : f32, !llvm.ptr
        %v3738 = arith.muli %v37, %v2 : i64
        %v3739 = arith.subi %v2, %v1 : i64
        %v3740 = arith.minsi %v40, %v3739 : i64
        %v3741 = arith.addi %v3738, %v3740 : i64
        %v3742 = arith.muli %v3741, %v100 : i64
        %v3743 = arith.addi %v3742, %v62 : i64
        %v3744 = llvm.load %v17 : !llvm.ptr -> f32
        %v3745 = llvm.getelementptr %agga_e_lag1[%v3743] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3744, %v3745 : f32, !llvm.ptr
        %v3746 = arith.muli %v37, %v2 : i64
        %v3747 = arith.subi %v2, %v1 : i64
        %v3748 = arith.minsi %v40, %v3747 : i64
        %v3749 = arith.addi %v3746, %v3748 : i64
        %v3750 = arith.muli %v3749, %v100 : i64
        %v3751 = arith.addi %v3750, %v3676 : i64
        %v3752 = llvm.load %v18 : !llvm.ptr -> f32
        %v3753 = llvm.getelementptr %agga_e_lag1[%v3751] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3752, %v3753 : f32, !llvm.ptr
        %v3754 = llvm.load %v5 : !llvm.ptr -> f32
        %v3755 = llvm.getelementptr %aggb_e_lag1[%v3722] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3754, %v3755 : f32, !llvm.ptr
        %v3756 = arith.muli %v37, %v2 : i64
        %v3757 = arith.subi %v2, %v1 : i64
        %v3758 = arith.minsi %v40, %v3757 : i64
        %v3759 = arith.addi %v3756, %v3758 : i64
        %v3760 = arith.muli %v37, %v2 : i64
        %v3761 = arith.subi %v2, %v1 : i64
        %v3762 = arith.minsi %v40, %v3761 : i64
        %v3763 = arith.addi %v3760, %v3762 : i64
        %v3764 = arith.muli %v3763, %v100 : i64
        %v3765 = llvm.load %v19 : !llvm.ptr -> f32
        %v3766 = llvm.getelementptr %agga_e_lag2[%v3764] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3765, %v3766 : f32, !llvm.ptr
        %v3767 = arith.muli %v37, %v2 : i64
        %v3768 = arith.subi %v2, %v1 : i64
        %v3769 = arith.minsi %v40, %v3768 : i64
        %v3770 = arith.addi %v3767, %v3769 : i64
        %v3771 = arith.muli %v3770, %v100 : i64
        %v3772 = arith.addi %v3771, %v1 : i64
        %v3773 = llvm.load %v20 : !llvm.ptr -> f32
        %v3774 = llvm.getelementptr %agga_e_lag2[%v3772] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3773, %v3774 : f32, !llvm.ptr
        %v3775 = arith.muli %v37, %v2 : i64
        %v3776 = arith.subi %v2, %v1 : i64
        %v3777 = arith.minsi %v40, %v3776 : i64
        %v3778 = arith.addi %v3775, %v3777 : i64
        %v3779 = arith.muli %v3778, %v100 : i64
        %v3780 = arith.addi %v3779, %v62 : i64
        %v3781 = llvm.load %v21 : !llvm.ptr -> f32
        %v3782 = llvm.getelementptr %agga_e_lag2[%v3780] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3781, %v3782 : f32, !llvm.ptr
        %v3783 = arith.muli %v37, %v2 : i64
        %v3784 = arith.subi %v2, %v1 : i64
        %v3785 = arith.minsi %v40, %v3784 : i64
        %v3786 = arith.addi %v3783, %v3785 : i64
        %v3787 = arith.muli %v3786, %v100 : i64
        %v3788 = arith.addi %v3787, %v3676 : i64
        %v3789 = llvm.load %v22 : !llvm.ptr -> f32
        %v3790 = llvm.getelementptr %agga_e_lag2[%v3788] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3789, %v3790 : f32, !llvm.ptr
        %v3791 = llvm.load %v6 : !llvm.ptr -> f32
        %v3792 = llvm.getelementptr %aggb_e_lag2[%v3759] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3791, %v3792 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
