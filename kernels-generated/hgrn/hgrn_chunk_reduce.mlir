module attributes {gpu.container_module} {
  gpu.module @linrec {
    llvm.mlir.global internal @rows_hgrn_chunk_reduce() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<192 x i64>
    llvm.mlir.global internal @smem_hgrn_chunk_reduce() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<6336 x f32>
    gpu.func @hgrn_chunk_reduce(%in_g_f: !llvm.ptr, %in_g_c: !llvm.ptr, %in_g_o: !llvm.ptr, %in_gamma: !llvm.ptr, %agga_h: !llvm.ptr, %aggb_h: !llvm.ptr, %size_B: i64, %size_D: i64, %size_L: i64) kernel {
      %v1 = arith.constant 1 : i64
      %v2 = arith.muli %v1, %size_B : i64
      %v3 = arith.muli %v2, %size_D : i64
      %v4 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v5 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v6 = llvm.mlir.addressof @rows_hgrn_chunk_reduce : !llvm.ptr<3>
      %v7 = llvm.mlir.addressof @smem_hgrn_chunk_reduce : !llvm.ptr<3>
      %v8 = arith.constant 255 : i64
      %v9 = arith.addi %size_L, %v8 : i64
      %v10 = arith.constant 256 : i64
      %v11 = arith.divui %v9, %v10 : i64
      %v16 = arith.constant 64 : i64
      %v31 = arith.constant 0 : i64
      %v32 = arith.muli %v1, %size_L : i64
      %v33 = arith.muli %v32, %size_D : i64
      %v55 = arith.constant 2 : i64
      %v59 = arith.constant 0x00000000 : f32
      %v60 = arith.constant 0x3F800000 : f32
      %v64 = arith.constant 32 : i64
      %v77 = arith.constant 33 : i64
      %v96 = arith.constant 4 : i64
      %v111 = arith.constant 6 : i64
      %v126 = arith.constant 8 : i64
      %v141 = arith.constant 10 : i64
      %v156 = arith.constant 12 : i64
      %v171 = arith.constant 14 : i64
      %v186 = arith.constant 16 : i64
      %v201 = arith.constant 18 : i64
      %v216 = arith.constant 20 : i64
      %v231 = arith.constant 22 : i64
      %v246 = arith.constant 24 : i64
      %v261 = arith.constant 26 : i64
      %v276 = arith.constant 28 : i64
      %v291 = arith.constant 30 : i64
      %v320 = arith.constant 34 : i64
      %v335 = arith.constant 36 : i64
      %v350 = arith.constant 38 : i64
      %v365 = arith.constant 40 : i64
      %v380 = arith.constant 42 : i64
      %v395 = arith.constant 44 : i64
      %v410 = arith.constant 46 : i64
      %v425 = arith.constant 48 : i64
      %v440 = arith.constant 50 : i64
      %v455 = arith.constant 52 : i64
      %v470 = arith.constant 54 : i64
      %v485 = arith.constant 56 : i64
      %v500 = arith.constant 58 : i64
      %v515 = arith.constant 60 : i64
      %v530 = arith.constant 62 : i64
      %v1063 = arith.constant 128 : i64
      %v2917 = arith.constant 0x3FB8AA3B : f32
      %v2964 = arith.constant 192 : i64
      %v2979 = arith.constant 320 : i64
      %v2987 = arith.constant 384 : i64
      %v2995 = arith.constant 448 : i64
      %v3003 = arith.constant 512 : i64
      %v3011 = arith.constant 576 : i64
      %v3019 = arith.constant 640 : i64
      %v3027 = arith.constant 704 : i64
      %v3035 = arith.constant 768 : i64
      %v3043 = arith.constant 832 : i64
      %v3051 = arith.constant 896 : i64
      %v3059 = arith.constant 960 : i64
      %v3067 = arith.constant 1024 : i64
      %v3075 = arith.constant 1088 : i64
      %v3083 = arith.constant 1152 : i64
      %v3091 = arith.constant 1216 : i64
      %v3099 = arith.constant 1280 : i64
      %v3107 = arith.constant 1344 : i64
      %v3115 = arith.constant 1408 : i64
      %v3123 = arith.constant 1472 : i64
      %v3131 = arith.constant 1536 : i64
      %v3139 = arith.constant 1600 : i64
      %v3147 = arith.constant 1664 : i64
      %v3155 = arith.constant 1728 : i64
      %v3163 = arith.constant 1792 : i64
      %v3171 = arith.constant 1856 : i64
      %v3179 = arith.constant 1920 : i64
      %v3187 = arith.constant 1984 : i64
      %v12 = gpu.block_id x
      %v13 = gpu.thread_id x
      %v14 = arith.index_cast %v13 : index to i64
      %v15 = arith.index_cast %v12 : index to i64
      %v17 = arith.subi %v16, %v1 : i64
      %v18 = arith.addi %v3, %v17 : i64
      %v19 = arith.divui %v18, %v16 : i64
      %v20 = arith.divui %v15, %v19 : i64
      %v21 = arith.remui %v15, %v19 : i64
      %v22 = arith.muli %v21, %v16 : i64
      %v23 = arith.addi %v22, %v14 : i64
      %v24 = arith.cmpi slt, %v23, %v3 : i64
      %v25 = arith.subi %v3, %v1 : i64
      %v26 = arith.minsi %v23, %v25 : i64
      %v27 = arith.remui %v26, %size_D : i64
      %v28 = arith.divui %v26, %size_D : i64
      %v29 = arith.remui %v28, %size_B : i64
      %v30 = arith.divui %v28, %size_B : i64
      %v2906 = arith.muli %v27, %v1 : i64
      %v2907 = llvm.getelementptr %in_gamma[%v2906] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v2908 = llvm.load %v2907 : !llvm.ptr -> f32
      %v2909 = arith.subf %v60, %v2908 fastmath<contract> : f32
      %v34 = arith.muli %v29, %v33 : i64
      %v35 = arith.muli %v27, %v32 : i64
      %v36 = arith.addi %v34, %v35 : i64
      %v37 = arith.muli %v31, %v1 : i64
      %v38 = arith.addi %v36, %v37 : i64
      %v39 = arith.muli %v31, %v16 : i64
      %v40 = arith.addi %v39, %v14 : i64
      %v41 = llvm.getelementptr %v6[%v40] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      llvm.store %v38, %v41 : i64, !llvm.ptr<3>
      %v42 = arith.muli %v29, %v33 : i64
      %v43 = arith.muli %v27, %v32 : i64
      %v44 = arith.addi %v42, %v43 : i64
      %v45 = arith.muli %v31, %v1 : i64
      %v46 = arith.addi %v44, %v45 : i64
      %v47 = arith.muli %v1, %v16 : i64
      %v48 = arith.addi %v47, %v14 : i64
      %v49 = llvm.getelementptr %v6[%v48] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      llvm.store %v46, %v49 : i64, !llvm.ptr<3>
      %v50 = arith.muli %v29, %v33 : i64
      %v51 = arith.muli %v27, %v32 : i64
      %v52 = arith.addi %v50, %v51 : i64
      %v53 = arith.muli %v31, %v1 : i64
      %v54 = arith.addi %v52, %v53 : i64
      %v56 = arith.muli %v55, %v16 : i64
      %v57 = arith.addi %v56, %v14 : i64
      %v58 = llvm.getelementptr %v6[%v57] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      llvm.store %v54, %v58 : i64, !llvm.ptr<3>
      gpu.barrier
      llvm.store %v59, %v4 : f32, !llvm.ptr
      llvm.store %v60, %v5 : f32, !llvm.ptr
      %v61 = arith.muli %v20, %v10 : i64
      %v62 = arith.addi %v61, %v10 : i64
      %v63 = arith.minsi %v62, %size_L : i64
      // staged load of `g_f`'s first tile: read, then shared memory
      %v65 = arith.divui %v14, %v64 : i64
      %v66 = arith.remui %v14, %v64 : i64
      %v67 = arith.addi %v65, %v31 : i64
      %v68 = arith.constant true
      %v69 = arith.addi %v31, %v67 : i64
      %v70 = llvm.getelementptr %v6[%v69] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v71 = llvm.load %v70 : !llvm.ptr<3> -> i64
      %v72 = arith.addi %v61, %v66 : i64
      %v73 = arith.cmpi slt, %v72, %v63 : i64
      %v74 = arith.subi %size_L, %v1 : i64
      %v75 = arith.minsi %v72, %v74 : i64
      %v76 = arith.addi %v71, %v75 : i64
      %v78 = arith.muli %v69, %v77 : i64
      %v79 = arith.addi %v78, %v66 : i64
      %v80 = llvm.getelementptr %in_g_f[%v76] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v81 = llvm.load %v80 : !llvm.ptr -> f32
      %v82 = arith.addi %v65, %v55 : i64
      %v83 = arith.constant true
      %v84 = arith.addi %v31, %v82 : i64
      %v85 = llvm.getelementptr %v6[%v84] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v86 = llvm.load %v85 : !llvm.ptr<3> -> i64
      %v87 = arith.addi %v61, %v66 : i64
      %v88 = arith.cmpi slt, %v87, %v63 : i64
      %v89 = arith.subi %size_L, %v1 : i64
      %v90 = arith.minsi %v87, %v89 : i64
      %v91 = arith.addi %v86, %v90 : i64
      %v92 = arith.muli %v84, %v77 : i64
      %v93 = arith.addi %v92, %v66 : i64
      %v94 = llvm.getelementptr %in_g_f[%v91] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v95 = llvm.load %v94 : !llvm.ptr -> f32
      %v97 = arith.addi %v65, %v96 : i64
      %v98 = arith.constant true
      %v99 = arith.addi %v31, %v97 : i64
      %v100 = llvm.getelementptr %v6[%v99] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v101 = llvm.load %v100 : !llvm.ptr<3> -> i64
      %v102 = arith.addi %v61, %v66 : i64
      %v103 = arith.cmpi slt, %v102, %v63 : i64
      %v104 = arith.subi %size_L, %v1 : i64
      %v105 = arith.minsi %v102, %v104 : i64
      %v106 = arith.addi %v101, %v105 : i64
      %v107 = arith.muli %v99, %v77 : i64
      %v108 = arith.addi %v107, %v66 : i64
      %v109 = llvm.getelementptr %in_g_f[%v106] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v110 = llvm.load %v109 : !llvm.ptr -> f32
      %v112 = arith.addi %v65, %v111 : i64
      %v113 = arith.constant true
      %v114 = arith.addi %v31, %v112 : i64
      %v115 = llvm.getelementptr %v6[%v114] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v116 = llvm.load %v115 : !llvm.ptr<3> -> i64
      %v117 = arith.addi %v61, %v66 : i64
      %v118 = arith.cmpi slt, %v117, %v63 : i64
      %v119 = arith.subi %size_L, %v1 : i64
      %v120 = arith.minsi %v117, %v119 : i64
      %v121 = arith.addi %v116, %v120 : i64
      %v122 = arith.muli %v114, %v77 : i64
      %v123 = arith.addi %v122, %v66 : i64
      %v124 = llvm.getelementptr %in_g_f[%v121] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v125 = llvm.load %v124 : !llvm.ptr -> f32
      %v127 = arith.addi %v65, %v126 : i64
      %v128 = arith.constant true
      %v129 = arith.addi %v31, %v127 : i64
      %v130 = llvm.getelementptr %v6[%v129] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v131 = llvm.load %v130 : !llvm.ptr<3> -> i64
      %v132 = arith.addi %v61, %v66 : i64
      %v133 = arith.cmpi slt, %v132, %v63 : i64
      %v134 = arith.subi %size_L, %v1 : i64
      %v135 = arith.minsi %v132, %v134 : i64
      %v136 = arith.addi %v131, %v135 : i64
      %v137 = arith.muli %v129, %v77 : i64
      %v138 = arith.addi %v137, %v66 : i64
      %v139 = llvm.getelementptr %in_g_f[%v136] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v140 = llvm.load %v139 : !llvm.ptr -> f32
      %v142 = arith.addi %v65, %v141 : i64
      %v143 = arith.constant true
      %v144 = arith.addi %v31, %v142 : i64
      %v145 = llvm.getelementptr %v6[%v144] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v146 = llvm.load %v145 : !llvm.ptr<3> -> i64
      %v147 = arith.addi %v61, %v66 : i64
      %v148 = arith.cmpi slt, %v147, %v63 : i64
      %v149 = arith.subi %size_L, %v1 : i64
      %v150 = arith.minsi %v147, %v149 : i64
      %v151 = arith.addi %v146, %v150 : i64
      %v152 = arith.muli %v144, %v77 : i64
      %v153 = arith.addi %v152, %v66 : i64
      %v154 = llvm.getelementptr %in_g_f[%v151] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v155 = llvm.load %v154 : !llvm.ptr -> f32
      %v157 = arith.addi %v65, %v156 : i64
      %v158 = arith.constant true
      %v159 = arith.addi %v31, %v157 : i64
      %v160 = llvm.getelementptr %v6[%v159] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v161 = llvm.load %v160 : !llvm.ptr<3> -> i64
      %v162 = arith.addi %v61, %v66 : i64
      %v163 = arith.cmpi slt, %v162, %v63 : i64
      %v164 = arith.subi %size_L, %v1 : i64
      %v165 = arith.minsi %v162, %v164 : i64
      %v166 = arith.addi %v161, %v165 : i64
      %v167 = arith.muli %v159, %v77 : i64
      %v168 = arith.addi %v167, %v66 : i64
      %v169 = llvm.getelementptr %in_g_f[%v166] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v170 = llvm.load %v169 : !llvm.ptr -> f32
      %v172 = arith.addi %v65, %v171 : i64
      %v173 = arith.constant true
      %v174 = arith.addi %v31, %v172 : i64
      %v175 = llvm.getelementptr %v6[%v174] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v176 = llvm.load %v175 : !llvm.ptr<3> -> i64
      %v177 = arith.addi %v61, %v66 : i64
      %v178 = arith.cmpi slt, %v177, %v63 : i64
      %v179 = arith.subi %size_L, %v1 : i64
      %v180 = arith.minsi %v177, %v179 : i64
      %v181 = arith.addi %v176, %v180 : i64
      %v182 = arith.muli %v174, %v77 : i64
      %v183 = arith.addi %v182, %v66 : i64
      %v184 = llvm.getelementptr %in_g_f[%v181] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v185 = llvm.load %v184 : !llvm.ptr -> f32
      %v187 = arith.addi %v65, %v186 : i64
      %v188 = arith.constant true
      %v189 = arith.addi %v31, %v187 : i64
      %v190 = llvm.getelementptr %v6[%v189] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v191 = llvm.load %v190 : !llvm.ptr<3> -> i64
      %v192 = arith.addi %v61, %v66 : i64
      %v193 = arith.cmpi slt, %v192, %v63 : i64
      %v194 = arith.subi %size_L, %v1 : i64
      %v195 = arith.minsi %v192, %v194 : i64
      %v196 = arith.addi %v191, %v195 : i64
      %v197 = arith.muli %v189, %v77 : i64
      %v198 = arith.addi %v197, %v66 : i64
      %v199 = llvm.getelementptr %in_g_f[%v196] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v200 = llvm.load %v199 : !llvm.ptr -> f32
      %v202 = arith.addi %v65, %v201 : i64
      %v203 = arith.constant true
      %v204 = arith.addi %v31, %v202 : i64
      %v205 = llvm.getelementptr %v6[%v204] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v206 = llvm.load %v205 : !llvm.ptr<3> -> i64
      %v207 = arith.addi %v61, %v66 : i64
      %v208 = arith.cmpi slt, %v207, %v63 : i64
      %v209 = arith.subi %size_L, %v1 : i64
      %v210 = arith.minsi %v207, %v209 : i64
      %v211 = arith.addi %v206, %v210 : i64
      %v212 = arith.muli %v204, %v77 : i64
      %v213 = arith.addi %v212, %v66 : i64
      %v214 = llvm.getelementptr %in_g_f[%v211] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v215 = llvm.load %v214 : !llvm.ptr -> f32
      %v217 = arith.addi %v65, %v216 : i64
      %v218 = arith.constant true
      %v219 = arith.addi %v31, %v217 : i64
      %v220 = llvm.getelementptr %v6[%v219] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v221 = llvm.load %v220 : !llvm.ptr<3> -> i64
      %v222 = arith.addi %v61, %v66 : i64
      %v223 = arith.cmpi slt, %v222, %v63 : i64
      %v224 = arith.subi %size_L, %v1 : i64
      %v225 = arith.minsi %v222, %v224 : i64
      %v226 = arith.addi %v221, %v225 : i64
      %v227 = arith.muli %v219, %v77 : i64
      %v228 = arith.addi %v227, %v66 : i64
      %v229 = llvm.getelementptr %in_g_f[%v226] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v230 = llvm.load %v229 : !llvm.ptr -> f32
      %v232 = arith.addi %v65, %v231 : i64
      %v233 = arith.constant true
      %v234 = arith.addi %v31, %v232 : i64
      %v235 = llvm.getelementptr %v6[%v234] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v236 = llvm.load %v235 : !llvm.ptr<3> -> i64
      %v237 = arith.addi %v61, %v66 : i64
      %v238 = arith.cmpi slt, %v237, %v63 : i64
      %v239 = arith.subi %size_L, %v1 : i64
      %v240 = arith.minsi %v237, %v239 : i64
      %v241 = arith.addi %v236, %v240 : i64
      %v242 = arith.muli %v234, %v77 : i64
      %v243 = arith.addi %v242, %v66 : i64
      %v244 = llvm.getelementptr %in_g_f[%v241] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v245 = llvm.load %v244 : !llvm.ptr -> f32
      %v247 = arith.addi %v65, %v246 : i64
      %v248 = arith.constant true
      %v249 = arith.addi %v31, %v247 : i64
      %v250 = llvm.getelementptr %v6[%v249] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v251 = llvm.load %v250 : !llvm.ptr<3> -> i64
      %v252 = arith.addi %v61, %v66 : i64
      %v253 = arith.cmpi slt, %v252, %v63 : i64
      %v254 = arith.subi %size_L, %v1 : i64
      %v255 = arith.minsi %v252, %v254 : i64
      %v256 = arith.addi %v251, %v255 : i64
      %v257 = arith.muli %v249, %v77 : i64
      %v258 = arith.addi %v257, %v66 : i64
      %v259 = llvm.getelementptr %in_g_f[%v256] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v260 = llvm.load %v259 : !llvm.ptr -> f32
      %v262 = arith.addi %v65, %v261 : i64
      %v263 = arith.constant true
      %v264 = arith.addi %v31, %v262 : i64
      %v265 = llvm.getelementptr %v6[%v264] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v266 = llvm.load %v265 : !llvm.ptr<3> -> i64
      %v267 = arith.addi %v61, %v66 : i64
      %v268 = arith.cmpi slt, %v267, %v63 : i64
      %v269 = arith.subi %size_L, %v1 : i64
      %v270 = arith.minsi %v267, %v269 : i64
      %v271 = arith.addi %v266, %v270 : i64
      %v272 = arith.muli %v264, %v77 : i64
      %v273 = arith.addi %v272, %v66 : i64
      %v274 = llvm.getelementptr %in_g_f[%v271] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v275 = llvm.load %v274 : !llvm.ptr -> f32
      %v277 = arith.addi %v65, %v276 : i64
      %v278 = arith.constant true
      %v279 = arith.addi %v31, %v277 : i64
      %v280 = llvm.getelementptr %v6[%v279] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v281 = llvm.load %v280 : !llvm.ptr<3> -> i64
      %v282 = arith.addi %v61, %v66 : i64
      %v283 = arith.cmpi slt, %v282, %v63 : i64
      %v284 = arith.subi %size_L, %v1 : i64
      %v285 = arith.minsi %v282, %v284 : i64
      %v286 = arith.addi %v281, %v285 : i64
      %v287 = arith.muli %v279, %v77 : i64
      %v288 = arith.addi %v287, %v66 : i64
      %v289 = llvm.getelementptr %in_g_f[%v286] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v290 = llvm.load %v289 : !llvm.ptr -> f32
      %v292 = arith.addi %v65, %v291 : i64
      %v293 = arith.constant true
      %v294 = arith.addi %v31, %v292 : i64
      %v295 = llvm.getelementptr %v6[%v294] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v296 = llvm.load %v295 : !llvm.ptr<3> -> i64
      %v297 = arith.addi %v61, %v66 : i64
      %v298 = arith.cmpi slt, %v297, %v63 : i64
      %v299 = arith.subi %size_L, %v1 : i64
      %v300 = arith.minsi %v297, %v299 : i64
      %v301 = arith.addi %v296, %v300 : i64
      %v302 = arith.muli %v294, %v77 : i64
      %v303 = arith.addi %v302, %v66 : i64
      %v304 = llvm.getelementptr %in_g_f[%v301] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v305 = llvm.load %v304 : !llvm.ptr -> f32
      %v306 = arith.addi %v65, %v64 : i64
      %v307 = arith.constant true
      %v308 = arith.addi %v31, %v306 : i64
      %v309 = llvm.getelementptr %v6[%v308] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v310 = llvm.load %v309 : !llvm.ptr<3> -> i64
      %v311 = arith.addi %v61, %v66 : i64
      %v312 = arith.cmpi slt, %v311, %v63 : i64
      %v313 = arith.subi %size_L, %v1 : i64
      %v314 = arith.minsi %v311, %v313 : i64
      %v315 = arith.addi %v310, %v314 : i64
      %v316 = arith.muli %v308, %v77 : i64
      %v317 = arith.addi %v316, %v66 : i64
      %v318 = llvm.getelementptr %in_g_f[%v315] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v319 = llvm.load %v318 : !llvm.ptr -> f32
      %v321 = arith.addi %v65, %v320 : i64
      %v322 = arith.constant true
      %v323 = arith.addi %v31, %v321 : i64
      %v324 = llvm.getelementptr %v6[%v323] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v325 = llvm.load %v324 : !llvm.ptr<3> -> i64
      %v326 = arith.addi %v61, %v66 : i64
      %v327 = arith.cmpi slt, %v326, %v63 : i64
      %v328 = arith.subi %size_L, %v1 : i64
      %v329 = arith.minsi %v326, %v328 : i64
      %v330 = arith.addi %v325, %v329 : i64
      %v331 = arith.muli %v323, %v77 : i64
      %v332 = arith.addi %v331, %v66 : i64
      %v333 = llvm.getelementptr %in_g_f[%v330] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v334 = llvm.load %v333 : !llvm.ptr -> f32
      %v336 = arith.addi %v65, %v335 : i64
      %v337 = arith.constant true
      %v338 = arith.addi %v31, %v336 : i64
      %v339 = llvm.getelementptr %v6[%v338] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v340 = llvm.load %v339 : !llvm.ptr<3> -> i64
      %v341 = arith.addi %v61, %v66 : i64
      %v342 = arith.cmpi slt, %v341, %v63 : i64
      %v343 = arith.subi %size_L, %v1 : i64
      %v344 = arith.minsi %v341, %v343 : i64
      %v345 = arith.addi %v340, %v344 : i64
      %v346 = arith.muli %v338, %v77 : i64
      %v347 = arith.addi %v346, %v66 : i64
      %v348 = llvm.getelementptr %in_g_f[%v345] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v349 = llvm.load %v348 : !llvm.ptr -> f32
      %v351 = arith.addi %v65, %v350 : i64
      %v352 = arith.constant true
      %v353 = arith.addi %v31, %v351 : i64
      %v354 = llvm.getelementptr %v6[%v353] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v355 = llvm.load %v354 : !llvm.ptr<3> -> i64
      %v356 = arith.addi %v61, %v66 : i64
      %v357 = arith.cmpi slt, %v356, %v63 : i64
      %v358 = arith.subi %size_L, %v1 : i64
      %v359 = arith.minsi %v356, %v358 : i64
      %v360 = arith.addi %v355, %v359 : i64
      %v361 = arith.muli %v353, %v77 : i64
      %v362 = arith.addi %v361, %v66 : i64
      %v363 = llvm.getelementptr %in_g_f[%v360] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v364 = llvm.load %v363 : !llvm.ptr -> f32
      %v366 = arith.addi %v65, %v365 : i64
      %v367 = arith.constant true
      %v368 = arith.addi %v31, %v366 : i64
      %v369 = llvm.getelementptr %v6[%v368] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v370 = llvm.load %v369 : !llvm.ptr<3> -> i64
      %v371 = arith.addi %v61, %v66 : i64
      %v372 = arith.cmpi slt, %v371, %v63 : i64
      %v373 = arith.subi %size_L, %v1 : i64
      %v374 = arith.minsi %v371, %v373 : i64
      %v375 = arith.addi %v370, %v374 : i64
      %v376 = arith.muli %v368, %v77 : i64
      %v377 = arith.addi %v376, %v66 : i64
      %v378 = llvm.getelementptr %in_g_f[%v375] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v379 = llvm.load %v378 : !llvm.ptr -> f32
      %v381 = arith.addi %v65, %v380 : i64
      %v382 = arith.constant true
      %v383 = arith.addi %v31, %v381 : i64
      %v384 = llvm.getelementptr %v6[%v383] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v385 = llvm.load %v384 : !llvm.ptr<3> -> i64
      %v386 = arith.addi %v61, %v66 : i64
      %v387 = arith.cmpi slt, %v386, %v63 : i64
      %v388 = arith.subi %size_L, %v1 : i64
      %v389 = arith.minsi %v386, %v388 : i64
      %v390 = arith.addi %v385, %v389 : i64
      %v391 = arith.muli %v383, %v77 : i64
      %v392 = arith.addi %v391, %v66 : i64
      %v393 = llvm.getelementptr %in_g_f[%v390] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v394 = llvm.load %v393 : !llvm.ptr -> f32
      %v396 = arith.addi %v65, %v395 : i64
      %v397 = arith.constant true
      %v398 = arith.addi %v31, %v396 : i64
      %v399 = llvm.getelementptr %v6[%v398] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v400 = llvm.load %v399 : !llvm.ptr<3> -> i64
      %v401 = arith.addi %v61, %v66 : i64
      %v402 = arith.cmpi slt, %v401, %v63 : i64
      %v403 = arith.subi %size_L, %v1 : i64
      %v404 = arith.minsi %v401, %v403 : i64
      %v405 = arith.addi %v400, %v404 : i64
      %v406 = arith.muli %v398, %v77 : i64
      %v407 = arith.addi %v406, %v66 : i64
      %v408 = llvm.getelementptr %in_g_f[%v405] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v409 = llvm.load %v408 : !llvm.ptr -> f32
      %v411 = arith.addi %v65, %v410 : i64
      %v412 = arith.constant true
      %v413 = arith.addi %v31, %v411 : i64
      %v414 = llvm.getelementptr %v6[%v413] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v415 = llvm.load %v414 : !llvm.ptr<3> -> i64
      %v416 = arith.addi %v61, %v66 : i64
      %v417 = arith.cmpi slt, %v416, %v63 : i64
      %v418 = arith.subi %size_L, %v1 : i64
      %v419 = arith.minsi %v416, %v418 : i64
      %v420 = arith.addi %v415, %v419 : i64
      %v421 = arith.muli %v413, %v77 : i64
      %v422 = arith.addi %v421, %v66 : i64
      %v423 = llvm.getelementptr %in_g_f[%v420] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v424 = llvm.load %v423 : !llvm.ptr -> f32
      %v426 = arith.addi %v65, %v425 : i64
      %v427 = arith.constant true
      %v428 = arith.addi %v31, %v426 : i64
      %v429 = llvm.getelementptr %v6[%v428] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v430 = llvm.load %v429 : !llvm.ptr<3> -> i64
      %v431 = arith.addi %v61, %v66 : i64
      %v432 = arith.cmpi slt, %v431, %v63 : i64
      %v433 = arith.subi %size_L, %v1 : i64
      %v434 = arith.minsi %v431, %v433 : i64
      %v435 = arith.addi %v430, %v434 : i64
      %v436 = arith.muli %v428, %v77 : i64
      %v437 = arith.addi %v436, %v66 : i64
      %v438 = llvm.getelementptr %in_g_f[%v435] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v439 = llvm.load %v438 : !llvm.ptr -> f32
      %v441 = arith.addi %v65, %v440 : i64
      %v442 = arith.constant true
      %v443 = arith.addi %v31, %v441 : i64
      %v444 = llvm.getelementptr %v6[%v443] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v445 = llvm.load %v444 : !llvm.ptr<3> -> i64
      %v446 = arith.addi %v61, %v66 : i64
      %v447 = arith.cmpi slt, %v446, %v63 : i64
      %v448 = arith.subi %size_L, %v1 : i64
      %v449 = arith.minsi %v446, %v448 : i64
      %v450 = arith.addi %v445, %v449 : i64
      %v451 = arith.muli %v443, %v77 : i64
      %v452 = arith.addi %v451, %v66 : i64
      %v453 = llvm.getelementptr %in_g_f[%v450] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v454 = llvm.load %v453 : !llvm.ptr -> f32
      %v456 = arith.addi %v65, %v455 : i64
      %v457 = arith.constant true
      %v458 = arith.addi %v31, %v456 : i64
      %v459 = llvm.getelementptr %v6[%v458] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v460 = llvm.load %v459 : !llvm.ptr<3> -> i64
      %v461 = arith.addi %v61, %v66 : i64
      %v462 = arith.cmpi slt, %v461, %v63 : i64
      %v463 = arith.subi %size_L, %v1 : i64
      %v464 = arith.minsi %v461, %v463 : i64
      %v465 = arith.addi %v460, %v464 : i64
      %v466 = arith.muli %v458, %v77 : i64
      %v467 = arith.addi %v466, %v66 : i64
      %v468 = llvm.getelementptr %in_g_f[%v465] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v469 = llvm.load %v468 : !llvm.ptr -> f32
      %v471 = arith.addi %v65, %v470 : i64
      %v472 = arith.constant true
      %v473 = arith.addi %v31, %v471 : i64
      %v474 = llvm.getelementptr %v6[%v473] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v475 = llvm.load %v474 : !llvm.ptr<3> -> i64
      %v476 = arith.addi %v61, %v66 : i64
      %v477 = arith.cmpi slt, %v476, %v63 : i64
      %v478 = arith.subi %size_L, %v1 : i64
      %v479 = arith.minsi %v476, %v478 : i64
      %v480 = arith.addi %v475, %v479 : i64
      %v481 = arith.muli %v473, %v77 : i64
      %v482 = arith.addi %v481, %v66 : i64
      %v483 = llvm.getelementptr %in_g_f[%v480] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v484 = llvm.load %v483 : !llvm.ptr -> f32
      %v486 = arith.addi %v65, %v485 : i64
      %v487 = arith.constant true
      %v488 = arith.addi %v31, %v486 : i64
      %v489 = llvm.getelementptr %v6[%v488] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v490 = llvm.load %v489 : !llvm.ptr<3> -> i64
      %v491 = arith.addi %v61, %v66 : i64
      %v492 = arith.cmpi slt, %v491, %v63 : i64
      %v493 = arith.subi %size_L, %v1 : i64
      %v494 = arith.minsi %v491, %v493 : i64
      %v495 = arith.addi %v490, %v494 : i64
      %v496 = arith.muli %v488, %v77 : i64
      %v497 = arith.addi %v496, %v66 : i64
      %v498 = llvm.getelementptr %in_g_f[%v495] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v499 = llvm.load %v498 : !llvm.ptr -> f32
      %v501 = arith.addi %v65, %v500 : i64
      %v502 = arith.constant true
      %v503 = arith.addi %v31, %v501 : i64
      %v504 = llvm.getelementptr %v6[%v503] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v505 = llvm.load %v504 : !llvm.ptr<3> -> i64
      %v506 = arith.addi %v61, %v66 : i64
      %v507 = arith.cmpi slt, %v506, %v63 : i64
      %v508 = arith.subi %size_L, %v1 : i64
      %v509 = arith.minsi %v506, %v508 : i64
      %v510 = arith.addi %v505, %v509 : i64
      %v511 = arith.muli %v503, %v77 : i64
      %v512 = arith.addi %v511, %v66 : i64
      %v513 = llvm.getelementptr %in_g_f[%v510] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v514 = llvm.load %v513 : !llvm.ptr -> f32
      %v516 = arith.addi %v65, %v515 : i64
      %v517 = arith.constant true
      %v518 = arith.addi %v31, %v516 : i64
      %v519 = llvm.getelementptr %v6[%v518] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v520 = llvm.load %v519 : !llvm.ptr<3> -> i64
      %v521 = arith.addi %v61, %v66 : i64
      %v522 = arith.cmpi slt, %v521, %v63 : i64
      %v523 = arith.subi %size_L, %v1 : i64
      %v524 = arith.minsi %v521, %v523 : i64
      %v525 = arith.addi %v520, %v524 : i64
      %v526 = arith.muli %v518, %v77 : i64
      %v527 = arith.addi %v526, %v66 : i64
      %v528 = llvm.getelementptr %in_g_f[%v525] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v529 = llvm.load %v528 : !llvm.ptr -> f32
      %v531 = arith.addi %v65, %v530 : i64
      %v532 = arith.constant true
      %v533 = arith.addi %v31, %v531 : i64
      %v534 = llvm.getelementptr %v6[%v533] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v535 = llvm.load %v534 : !llvm.ptr<3> -> i64
      %v536 = arith.addi %v61, %v66 : i64
      %v537 = arith.cmpi slt, %v536, %v63 : i64
      %v538 = arith.subi %size_L, %v1 : i64
      %v539 = arith.minsi %v536, %v538 : i64
      %v540 = arith.addi %v535, %v539 : i64
      %v541 = arith.muli %v533, %v77 : i64
      %v542 = arith.addi %v541, %v66 : i64
      %v543 = llvm.getelementptr %in_g_f[%v540] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v544 = llvm.load %v543 : !llvm.ptr -> f32
      scf.if %v68 {
        %v545 = llvm.getelementptr %v7[%v79] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v81, %v545 : f32, !llvm.ptr<3>
      }
      scf.if %v83 {
        %v546 = llvm.getelementptr %v7[%v93] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v95, %v546 : f32, !llvm.ptr<3>
      }
      scf.if %v98 {
        %v547 = llvm.getelementptr %v7[%v108] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v110, %v547 : f32, !llvm.ptr<3>
      }
      scf.if %v113 {
        %v548 = llvm.getelementptr %v7[%v123] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v125, %v548 : f32, !llvm.ptr<3>
      }
      scf.if %v128 {
        %v549 = llvm.getelementptr %v7[%v138] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v140, %v549 : f32, !llvm.ptr<3>
      }
      scf.if %v143 {
        %v550 = llvm.getelementptr %v7[%v153] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v155, %v550 : f32, !llvm.ptr<3>
      }
      scf.if %v158 {
        %v551 = llvm.getelementptr %v7[%v168] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v170, %v551 : f32, !llvm.ptr<3>
      }
      scf.if %v173 {
        %v552 = llvm.getelementptr %v7[%v183] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v185, %v552 : f32, !llvm.ptr<3>
      }
      scf.if %v188 {
        %v553 = llvm.getelementptr %v7[%v198] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v200, %v553 : f32, !llvm.ptr<3>
      }
      scf.if %v203 {
        %v554 = llvm.getelementptr %v7[%v213] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v215, %v554 : f32, !llvm.ptr<3>
      }
      scf.if %v218 {
        %v555 = llvm.getelementptr %v7[%v228] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v230, %v555 : f32, !llvm.ptr<3>
      }
      scf.if %v233 {
        %v556 = llvm.getelementptr %v7[%v243] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v245, %v556 : f32, !llvm.ptr<3>
      }
      scf.if %v248 {
        %v557 = llvm.getelementptr %v7[%v258] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v260, %v557 : f32, !llvm.ptr<3>
      }
      scf.if %v263 {
        %v558 = llvm.getelementptr %v7[%v273] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v275, %v558 : f32, !llvm.ptr<3>
      }
      scf.if %v278 {
        %v559 = llvm.getelementptr %v7[%v288] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v290, %v559 : f32, !llvm.ptr<3>
      }
      scf.if %v293 {
        %v560 = llvm.getelementptr %v7[%v303] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v305, %v560 : f32, !llvm.ptr<3>
      }
      scf.if %v307 {
        %v561 = llvm.getelementptr %v7[%v317] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v319, %v561 : f32, !llvm.ptr<3>
      }
      scf.if %v322 {
        %v562 = llvm.getelementptr %v7[%v332] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v334, %v562 : f32, !llvm.ptr<3>
      }
      scf.if %v337 {
        %v563 = llvm.getelementptr %v7[%v347] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v349, %v563 : f32, !llvm.ptr<3>
      }
      scf.if %v352 {
        %v564 = llvm.getelementptr %v7[%v362] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v364, %v564 : f32, !llvm.ptr<3>
      }
      scf.if %v367 {
        %v565 = llvm.getelementptr %v7[%v377] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v379, %v565 : f32, !llvm.ptr<3>
      }
      scf.if %v382 {
        %v566 = llvm.getelementptr %v7[%v392] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v394, %v566 : f32, !llvm.ptr<3>
      }
      scf.if %v397 {
        %v567 = llvm.getelementptr %v7[%v407] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v409, %v567 : f32, !llvm.ptr<3>
      }
      scf.if %v412 {
        %v568 = llvm.getelementptr %v7[%v422] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v424, %v568 : f32, !llvm.ptr<3>
      }
      scf.if %v427 {
        %v569 = llvm.getelementptr %v7[%v437] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v439, %v569 : f32, !llvm.ptr<3>
      }
      scf.if %v442 {
        %v570 = llvm.getelementptr %v7[%v452] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v454, %v570 : f32, !llvm.ptr<3>
      }
      scf.if %v457 {
        %v571 = llvm.getelementptr %v7[%v467] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v469, %v571 : f32, !llvm.ptr<3>
      }
      scf.if %v472 {
        %v572 = llvm.getelementptr %v7[%v482] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v484, %v572 : f32, !llvm.ptr<3>
      }
      scf.if %v487 {
        %v573 = llvm.getelementptr %v7[%v497] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v499, %v573 : f32, !llvm.ptr<3>
      }
      scf.if %v502 {
        %v574 = llvm.getelementptr %v7[%v512] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v514, %v574 : f32, !llvm.ptr<3>
      }
      scf.if %v517 {
        %v575 = llvm.getelementptr %v7[%v527] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v529, %v575 : f32, !llvm.ptr<3>
      }
      scf.if %v532 {
        %v576 = llvm.getelementptr %v7[%v542] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v544, %v576 : f32, !llvm.ptr<3>
      }
      // end staged load of `g_f`
      // staged load of `g_c`'s first tile: read, then shared memory
      %v577 = arith.divui %v14, %v64 : i64
      %v578 = arith.remui %v14, %v64 : i64
      %v579 = arith.addi %v577, %v31 : i64
      %v580 = arith.constant true
      %v581 = arith.addi %v16, %v579 : i64
      %v582 = llvm.getelementptr %v6[%v581] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v583 = llvm.load %v582 : !llvm.ptr<3> -> i64
      %v584 = arith.addi %v61, %v578 : i64
      %v585 = arith.cmpi slt, %v584, %v63 : i64
      %v586 = arith.subi %size_L, %v1 : i64
      %v587 = arith.minsi %v584, %v586 : i64
      %v588 = arith.addi %v583, %v587 : i64
      %v589 = arith.muli %v581, %v77 : i64
      %v590 = arith.addi %v589, %v578 : i64
      %v591 = llvm.getelementptr %in_g_c[%v588] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v592 = llvm.load %v591 : !llvm.ptr -> f32
      %v593 = arith.addi %v577, %v55 : i64
      %v594 = arith.constant true
      %v595 = arith.addi %v16, %v593 : i64
      %v596 = llvm.getelementptr %v6[%v595] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v597 = llvm.load %v596 : !llvm.ptr<3> -> i64
      %v598 = arith.addi %v61, %v578 : i64
      %v599 = arith.cmpi slt, %v598, %v63 : i64
      %v600 = arith.subi %size_L, %v1 : i64
      %v601 = arith.minsi %v598, %v600 : i64
      %v602 = arith.addi %v597, %v601 : i64
      %v603 = arith.muli %v595, %v77 : i64
      %v604 = arith.addi %v603, %v578 : i64
      %v605 = llvm.getelementptr %in_g_c[%v602] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v606 = llvm.load %v605 : !llvm.ptr -> f32
      %v607 = arith.addi %v577, %v96 : i64
      %v608 = arith.constant true
      %v609 = arith.addi %v16, %v607 : i64
      %v610 = llvm.getelementptr %v6[%v609] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v611 = llvm.load %v610 : !llvm.ptr<3> -> i64
      %v612 = arith.addi %v61, %v578 : i64
      %v613 = arith.cmpi slt, %v612, %v63 : i64
      %v614 = arith.subi %size_L, %v1 : i64
      %v615 = arith.minsi %v612, %v614 : i64
      %v616 = arith.addi %v611, %v615 : i64
      %v617 = arith.muli %v609, %v77 : i64
      %v618 = arith.addi %v617, %v578 : i64
      %v619 = llvm.getelementptr %in_g_c[%v616] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v620 = llvm.load %v619 : !llvm.ptr -> f32
      %v621 = arith.addi %v577, %v111 : i64
      %v622 = arith.constant true
      %v623 = arith.addi %v16, %v621 : i64
      %v624 = llvm.getelementptr %v6[%v623] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v625 = llvm.load %v624 : !llvm.ptr<3> -> i64
      %v626 = arith.addi %v61, %v578 : i64
      %v627 = arith.cmpi slt, %v626, %v63 : i64
      %v628 = arith.subi %size_L, %v1 : i64
      %v629 = arith.minsi %v626, %v628 : i64
      %v630 = arith.addi %v625, %v629 : i64
      %v631 = arith.muli %v623, %v77 : i64
      %v632 = arith.addi %v631, %v578 : i64
      %v633 = llvm.getelementptr %in_g_c[%v630] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v634 = llvm.load %v633 : !llvm.ptr -> f32
      %v635 = arith.addi %v577, %v126 : i64
      %v636 = arith.constant true
      %v637 = arith.addi %v16, %v635 : i64
      %v638 = llvm.getelementptr %v6[%v637] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v639 = llvm.load %v638 : !llvm.ptr<3> -> i64
      %v640 = arith.addi %v61, %v578 : i64
      %v641 = arith.cmpi slt, %v640, %v63 : i64
      %v642 = arith.subi %size_L, %v1 : i64
      %v643 = arith.minsi %v640, %v642 : i64
      %v644 = arith.addi %v639, %v643 : i64
      %v645 = arith.muli %v637, %v77 : i64
      %v646 = arith.addi %v645, %v578 : i64
      %v647 = llvm.getelementptr %in_g_c[%v644] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v648 = llvm.load %v647 : !llvm.ptr -> f32
      %v649 = arith.addi %v577, %v141 : i64
      %v650 = arith.constant true
      %v651 = arith.addi %v16, %v649 : i64
      %v652 = llvm.getelementptr %v6[%v651] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v653 = llvm.load %v652 : !llvm.ptr<3> -> i64
      %v654 = arith.addi %v61, %v578 : i64
      %v655 = arith.cmpi slt, %v654, %v63 : i64
      %v656 = arith.subi %size_L, %v1 : i64
      %v657 = arith.minsi %v654, %v656 : i64
      %v658 = arith.addi %v653, %v657 : i64
      %v659 = arith.muli %v651, %v77 : i64
      %v660 = arith.addi %v659, %v578 : i64
      %v661 = llvm.getelementptr %in_g_c[%v658] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v662 = llvm.load %v661 : !llvm.ptr -> f32
      %v663 = arith.addi %v577, %v156 : i64
      %v664 = arith.constant true
      %v665 = arith.addi %v16, %v663 : i64
      %v666 = llvm.getelementptr %v6[%v665] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v667 = llvm.load %v666 : !llvm.ptr<3> -> i64
      %v668 = arith.addi %v61, %v578 : i64
      %v669 = arith.cmpi slt, %v668, %v63 : i64
      %v670 = arith.subi %size_L, %v1 : i64
      %v671 = arith.minsi %v668, %v670 : i64
      %v672 = arith.addi %v667, %v671 : i64
      %v673 = arith.muli %v665, %v77 : i64
      %v674 = arith.addi %v673, %v578 : i64
      %v675 = llvm.getelementptr %in_g_c[%v672] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v676 = llvm.load %v675 : !llvm.ptr -> f32
      %v677 = arith.addi %v577, %v171 : i64
      %v678 = arith.constant true
      %v679 = arith.addi %v16, %v677 : i64
      %v680 = llvm.getelementptr %v6[%v679] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v681 = llvm.load %v680 : !llvm.ptr<3> -> i64
      %v682 = arith.addi %v61, %v578 : i64
      %v683 = arith.cmpi slt, %v682, %v63 : i64
      %v684 = arith.subi %size_L, %v1 : i64
      %v685 = arith.minsi %v682, %v684 : i64
      %v686 = arith.addi %v681, %v685 : i64
      %v687 = arith.muli %v679, %v77 : i64
      %v688 = arith.addi %v687, %v578 : i64
      %v689 = llvm.getelementptr %in_g_c[%v686] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v690 = llvm.load %v689 : !llvm.ptr -> f32
      %v691 = arith.addi %v577, %v186 : i64
      %v692 = arith.constant true
      %v693 = arith.addi %v16, %v691 : i64
      %v694 = llvm.getelementptr %v6[%v693] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v695 = llvm.load %v694 : !llvm.ptr<3> -> i64
      %v696 = arith.addi %v61, %v578 : i64
      %v697 = arith.cmpi slt, %v696, %v63 : i64
      %v698 = arith.subi %size_L, %v1 : i64
      %v699 = arith.minsi %v696, %v698 : i64
      %v700 = arith.addi %v695, %v699 : i64
      %v701 = arith.muli %v693, %v77 : i64
      %v702 = arith.addi %v701, %v578 : i64
      %v703 = llvm.getelementptr %in_g_c[%v700] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v704 = llvm.load %v703 : !llvm.ptr -> f32
      %v705 = arith.addi %v577, %v201 : i64
      %v706 = arith.constant true
      %v707 = arith.addi %v16, %v705 : i64
      %v708 = llvm.getelementptr %v6[%v707] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v709 = llvm.load %v708 : !llvm.ptr<3> -> i64
      %v710 = arith.addi %v61, %v578 : i64
      %v711 = arith.cmpi slt, %v710, %v63 : i64
      %v712 = arith.subi %size_L, %v1 : i64
      %v713 = arith.minsi %v710, %v712 : i64
      %v714 = arith.addi %v709, %v713 : i64
      %v715 = arith.muli %v707, %v77 : i64
      %v716 = arith.addi %v715, %v578 : i64
      %v717 = llvm.getelementptr %in_g_c[%v714] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v718 = llvm.load %v717 : !llvm.ptr -> f32
      %v719 = arith.addi %v577, %v216 : i64
      %v720 = arith.constant true
      %v721 = arith.addi %v16, %v719 : i64
      %v722 = llvm.getelementptr %v6[%v721] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v723 = llvm.load %v722 : !llvm.ptr<3> -> i64
      %v724 = arith.addi %v61, %v578 : i64
      %v725 = arith.cmpi slt, %v724, %v63 : i64
      %v726 = arith.subi %size_L, %v1 : i64
      %v727 = arith.minsi %v724, %v726 : i64
      %v728 = arith.addi %v723, %v727 : i64
      %v729 = arith.muli %v721, %v77 : i64
      %v730 = arith.addi %v729, %v578 : i64
      %v731 = llvm.getelementptr %in_g_c[%v728] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v732 = llvm.load %v731 : !llvm.ptr -> f32
      %v733 = arith.addi %v577, %v231 : i64
      %v734 = arith.constant true
      %v735 = arith.addi %v16, %v733 : i64
      %v736 = llvm.getelementptr %v6[%v735] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v737 = llvm.load %v736 : !llvm.ptr<3> -> i64
      %v738 = arith.addi %v61, %v578 : i64
      %v739 = arith.cmpi slt, %v738, %v63 : i64
      %v740 = arith.subi %size_L, %v1 : i64
      %v741 = arith.minsi %v738, %v740 : i64
      %v742 = arith.addi %v737, %v741 : i64
      %v743 = arith.muli %v735, %v77 : i64
      %v744 = arith.addi %v743, %v578 : i64
      %v745 = llvm.getelementptr %in_g_c[%v742] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v746 = llvm.load %v745 : !llvm.ptr -> f32
      %v747 = arith.addi %v577, %v246 : i64
      %v748 = arith.constant true
      %v749 = arith.addi %v16, %v747 : i64
      %v750 = llvm.getelementptr %v6[%v749] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v751 = llvm.load %v750 : !llvm.ptr<3> -> i64
      %v752 = arith.addi %v61, %v578 : i64
      %v753 = arith.cmpi slt, %v752, %v63 : i64
      %v754 = arith.subi %size_L, %v1 : i64
      %v755 = arith.minsi %v752, %v754 : i64
      %v756 = arith.addi %v751, %v755 : i64
      %v757 = arith.muli %v749, %v77 : i64
      %v758 = arith.addi %v757, %v578 : i64
      %v759 = llvm.getelementptr %in_g_c[%v756] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v760 = llvm.load %v759 : !llvm.ptr -> f32
      %v761 = arith.addi %v577, %v261 : i64
      %v762 = arith.constant true
      %v763 = arith.addi %v16, %v761 : i64
      %v764 = llvm.getelementptr %v6[%v763] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v765 = llvm.load %v764 : !llvm.ptr<3> -> i64
      %v766 = arith.addi %v61, %v578 : i64
      %v767 = arith.cmpi slt, %v766, %v63 : i64
      %v768 = arith.subi %size_L, %v1 : i64
      %v769 = arith.minsi %v766, %v768 : i64
      %v770 = arith.addi %v765, %v769 : i64
      %v771 = arith.muli %v763, %v77 : i64
      %v772 = arith.addi %v771, %v578 : i64
      %v773 = llvm.getelementptr %in_g_c[%v770] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v774 = llvm.load %v773 : !llvm.ptr -> f32
      %v775 = arith.addi %v577, %v276 : i64
      %v776 = arith.constant true
      %v777 = arith.addi %v16, %v775 : i64
      %v778 = llvm.getelementptr %v6[%v777] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v779 = llvm.load %v778 : !llvm.ptr<3> -> i64
      %v780 = arith.addi %v61, %v578 : i64
      %v781 = arith.cmpi slt, %v780, %v63 : i64
      %v782 = arith.subi %size_L, %v1 : i64
      %v783 = arith.minsi %v780, %v782 : i64
      %v784 = arith.addi %v779, %v783 : i64
      %v785 = arith.muli %v777, %v77 : i64
      %v786 = arith.addi %v785, %v578 : i64
      %v787 = llvm.getelementptr %in_g_c[%v784] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v788 = llvm.load %v787 : !llvm.ptr -> f32
      %v789 = arith.addi %v577, %v291 : i64
      %v790 = arith.constant true
      %v791 = arith.addi %v16, %v789 : i64
      %v792 = llvm.getelementptr %v6[%v791] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v793 = llvm.load %v792 : !llvm.ptr<3> -> i64
      %v794 = arith.addi %v61, %v578 : i64
      %v795 = arith.cmpi slt, %v794, %v63 : i64
      %v796 = arith.subi %size_L, %v1 : i64
      %v797 = arith.minsi %v794, %v796 : i64
      %v798 = arith.addi %v793, %v797 : i64
      %v799 = arith.muli %v791, %v77 : i64
      %v800 = arith.addi %v799, %v578 : i64
      %v801 = llvm.getelementptr %in_g_c[%v798] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v802 = llvm.load %v801 : !llvm.ptr -> f32
      %v803 = arith.addi %v577, %v64 : i64
      %v804 = arith.constant true
      %v805 = arith.addi %v16, %v803 : i64
      %v806 = llvm.getelementptr %v6[%v805] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v807 = llvm.load %v806 : !llvm.ptr<3> -> i64
      %v808 = arith.addi %v61, %v578 : i64
      %v809 = arith.cmpi slt, %v808, %v63 : i64
      %v810 = arith.subi %size_L, %v1 : i64
      %v811 = arith.minsi %v808, %v810 : i64
      %v812 = arith.addi %v807, %v811 : i64
      %v813 = arith.muli %v805, %v77 : i64
      %v814 = arith.addi %v813, %v578 : i64
      %v815 = llvm.getelementptr %in_g_c[%v812] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v816 = llvm.load %v815 : !llvm.ptr -> f32
      %v817 = arith.addi %v577, %v320 : i64
      %v818 = arith.constant true
      %v819 = arith.addi %v16, %v817 : i64
      %v820 = llvm.getelementptr %v6[%v819] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v821 = llvm.load %v820 : !llvm.ptr<3> -> i64
      %v822 = arith.addi %v61, %v578 : i64
      %v823 = arith.cmpi slt, %v822, %v63 : i64
      %v824 = arith.subi %size_L, %v1 : i64
      %v825 = arith.minsi %v822, %v824 : i64
      %v826 = arith.addi %v821, %v825 : i64
      %v827 = arith.muli %v819, %v77 : i64
      %v828 = arith.addi %v827, %v578 : i64
      %v829 = llvm.getelementptr %in_g_c[%v826] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v830 = llvm.load %v829 : !llvm.ptr -> f32
      %v831 = arith.addi %v577, %v335 : i64
      %v832 = arith.constant true
      %v833 = arith.addi %v16, %v831 : i64
      %v834 = llvm.getelementptr %v6[%v833] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v835 = llvm.load %v834 : !llvm.ptr<3> -> i64
      %v836 = arith.addi %v61, %v578 : i64
      %v837 = arith.cmpi slt, %v836, %v63 : i64
      %v838 = arith.subi %size_L, %v1 : i64
      %v839 = arith.minsi %v836, %v838 : i64
      %v840 = arith.addi %v835, %v839 : i64
      %v841 = arith.muli %v833, %v77 : i64
      %v842 = arith.addi %v841, %v578 : i64
      %v843 = llvm.getelementptr %in_g_c[%v840] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v844 = llvm.load %v843 : !llvm.ptr -> f32
      %v845 = arith.addi %v577, %v350 : i64
      %v846 = arith.constant true
      %v847 = arith.addi %v16, %v845 : i64
      %v848 = llvm.getelementptr %v6[%v847] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v849 = llvm.load %v848 : !llvm.ptr<3> -> i64
      %v850 = arith.addi %v61, %v578 : i64
      %v851 = arith.cmpi slt, %v850, %v63 : i64
      %v852 = arith.subi %size_L, %v1 : i64
      %v853 = arith.minsi %v850, %v852 : i64
      %v854 = arith.addi %v849, %v853 : i64
      %v855 = arith.muli %v847, %v77 : i64
      %v856 = arith.addi %v855, %v578 : i64
      %v857 = llvm.getelementptr %in_g_c[%v854] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v858 = llvm.load %v857 : !llvm.ptr -> f32
      %v859 = arith.addi %v577, %v365 : i64
      %v860 = arith.constant true
      %v861 = arith.addi %v16, %v859 : i64
      %v862 = llvm.getelementptr %v6[%v861] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v863 = llvm.load %v862 : !llvm.ptr<3> -> i64
      %v864 = arith.addi %v61, %v578 : i64
      %v865 = arith.cmpi slt, %v864, %v63 : i64
      %v866 = arith.subi %size_L, %v1 : i64
      %v867 = arith.minsi %v864, %v866 : i64
      %v868 = arith.addi %v863, %v867 : i64
      %v869 = arith.muli %v861, %v77 : i64
      %v870 = arith.addi %v869, %v578 : i64
      %v871 = llvm.getelementptr %in_g_c[%v868] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v872 = llvm.load %v871 : !llvm.ptr -> f32
      %v873 = arith.addi %v577, %v380 : i64
      %v874 = arith.constant true
      %v875 = arith.addi %v16, %v873 : i64
      %v876 = llvm.getelementptr %v6[%v875] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v877 = llvm.load %v876 : !llvm.ptr<3> -> i64
      %v878 = arith.addi %v61, %v578 : i64
      %v879 = arith.cmpi slt, %v878, %v63 : i64
      %v880 = arith.subi %size_L, %v1 : i64
      %v881 = arith.minsi %v878, %v880 : i64
      %v882 = arith.addi %v877, %v881 : i64
      %v883 = arith.muli %v875, %v77 : i64
      %v884 = arith.addi %v883, %v578 : i64
      %v885 = llvm.getelementptr %in_g_c[%v882] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v886 = llvm.load %v885 : !llvm.ptr -> f32
      %v887 = arith.addi %v577, %v395 : i64
      %v888 = arith.constant true
      %v889 = arith.addi %v16, %v887 : i64
      %v890 = llvm.getelementptr %v6[%v889] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v891 = llvm.load %v890 : !llvm.ptr<3> -> i64
      %v892 = arith.addi %v61, %v578 : i64
      %v893 = arith.cmpi slt, %v892, %v63 : i64
      %v894 = arith.subi %size_L, %v1 : i64
      %v895 = arith.minsi %v892, %v894 : i64
      %v896 = arith.addi %v891, %v895 : i64
      %v897 = arith.muli %v889, %v77 : i64
      %v898 = arith.addi %v897, %v578 : i64
      %v899 = llvm.getelementptr %in_g_c[%v896] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v900 = llvm.load %v899 : !llvm.ptr -> f32
      %v901 = arith.addi %v577, %v410 : i64
      %v902 = arith.constant true
      %v903 = arith.addi %v16, %v901 : i64
      %v904 = llvm.getelementptr %v6[%v903] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v905 = llvm.load %v904 : !llvm.ptr<3> -> i64
      %v906 = arith.addi %v61, %v578 : i64
      %v907 = arith.cmpi slt, %v906, %v63 : i64
      %v908 = arith.subi %size_L, %v1 : i64
      %v909 = arith.minsi %v906, %v908 : i64
      %v910 = arith.addi %v905, %v909 : i64
      %v911 = arith.muli %v903, %v77 : i64
      %v912 = arith.addi %v911, %v578 : i64
      %v913 = llvm.getelementptr %in_g_c[%v910] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v914 = llvm.load %v913 : !llvm.ptr -> f32
      %v915 = arith.addi %v577, %v425 : i64
      %v916 = arith.constant true
      %v917 = arith.addi %v16, %v915 : i64
      %v918 = llvm.getelementptr %v6[%v917] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v919 = llvm.load %v918 : !llvm.ptr<3> -> i64
      %v920 = arith.addi %v61, %v578 : i64
      %v921 = arith.cmpi slt, %v920, %v63 : i64
      %v922 = arith.subi %size_L, %v1 : i64
      %v923 = arith.minsi %v920, %v922 : i64
      %v924 = arith.addi %v919, %v923 : i64
      %v925 = arith.muli %v917, %v77 : i64
      %v926 = arith.addi %v925, %v578 : i64
      %v927 = llvm.getelementptr %in_g_c[%v924] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v928 = llvm.load %v927 : !llvm.ptr -> f32
      %v929 = arith.addi %v577, %v440 : i64
      %v930 = arith.constant true
      %v931 = arith.addi %v16, %v929 : i64
      %v932 = llvm.getelementptr %v6[%v931] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v933 = llvm.load %v932 : !llvm.ptr<3> -> i64
      %v934 = arith.addi %v61, %v578 : i64
      %v935 = arith.cmpi slt, %v934, %v63 : i64
      %v936 = arith.subi %size_L, %v1 : i64
      %v937 = arith.minsi %v934, %v936 : i64
      %v938 = arith.addi %v933, %v937 : i64
      %v939 = arith.muli %v931, %v77 : i64
      %v940 = arith.addi %v939, %v578 : i64
      %v941 = llvm.getelementptr %in_g_c[%v938] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v942 = llvm.load %v941 : !llvm.ptr -> f32
      %v943 = arith.addi %v577, %v455 : i64
      %v944 = arith.constant true
      %v945 = arith.addi %v16, %v943 : i64
      %v946 = llvm.getelementptr %v6[%v945] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v947 = llvm.load %v946 : !llvm.ptr<3> -> i64
      %v948 = arith.addi %v61, %v578 : i64
      %v949 = arith.cmpi slt, %v948, %v63 : i64
      %v950 = arith.subi %size_L, %v1 : i64
      %v951 = arith.minsi %v948, %v950 : i64
      %v952 = arith.addi %v947, %v951 : i64
      %v953 = arith.muli %v945, %v77 : i64
      %v954 = arith.addi %v953, %v578 : i64
      %v955 = llvm.getelementptr %in_g_c[%v952] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v956 = llvm.load %v955 : !llvm.ptr -> f32
      %v957 = arith.addi %v577, %v470 : i64
      %v958 = arith.constant true
      %v959 = arith.addi %v16, %v957 : i64
      %v960 = llvm.getelementptr %v6[%v959] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v961 = llvm.load %v960 : !llvm.ptr<3> -> i64
      %v962 = arith.addi %v61, %v578 : i64
      %v963 = arith.cmpi slt, %v962, %v63 : i64
      %v964 = arith.subi %size_L, %v1 : i64
      %v965 = arith.minsi %v962, %v964 : i64
      %v966 = arith.addi %v961, %v965 : i64
      %v967 = arith.muli %v959, %v77 : i64
      %v968 = arith.addi %v967, %v578 : i64
      %v969 = llvm.getelementptr %in_g_c[%v966] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v970 = llvm.load %v969 : !llvm.ptr -> f32
      %v971 = arith.addi %v577, %v485 : i64
      %v972 = arith.constant true
      %v973 = arith.addi %v16, %v971 : i64
      %v974 = llvm.getelementptr %v6[%v973] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v975 = llvm.load %v974 : !llvm.ptr<3> -> i64
      %v976 = arith.addi %v61, %v578 : i64
      %v977 = arith.cmpi slt, %v976, %v63 : i64
      %v978 = arith.subi %size_L, %v1 : i64
      %v979 = arith.minsi %v976, %v978 : i64
      %v980 = arith.addi %v975, %v979 : i64
      %v981 = arith.muli %v973, %v77 : i64
      %v982 = arith.addi %v981, %v578 : i64
      %v983 = llvm.getelementptr %in_g_c[%v980] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v984 = llvm.load %v983 : !llvm.ptr -> f32
      %v985 = arith.addi %v577, %v500 : i64
      %v986 = arith.constant true
      %v987 = arith.addi %v16, %v985 : i64
      %v988 = llvm.getelementptr %v6[%v987] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v989 = llvm.load %v988 : !llvm.ptr<3> -> i64
      %v990 = arith.addi %v61, %v578 : i64
      %v991 = arith.cmpi slt, %v990, %v63 : i64
      %v992 = arith.subi %size_L, %v1 : i64
      %v993 = arith.minsi %v990, %v992 : i64
      %v994 = arith.addi %v989, %v993 : i64
      %v995 = arith.muli %v987, %v77 : i64
      %v996 = arith.addi %v995, %v578 : i64
      %v997 = llvm.getelementptr %in_g_c[%v994] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v998 = llvm.load %v997 : !llvm.ptr -> f32
      %v999 = arith.addi %v577, %v515 : i64
      %v1000 = arith.constant true
      %v1001 = arith.addi %v16, %v999 : i64
      %v1002 = llvm.getelementptr %v6[%v1001] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1003 = llvm.load %v1002 : !llvm.ptr<3> -> i64
      %v1004 = arith.addi %v61, %v578 : i64
      %v1005 = arith.cmpi slt, %v1004, %v63 : i64
      %v1006 = arith.subi %size_L, %v1 : i64
      %v1007 = arith.minsi %v1004, %v1006 : i64
      %v1008 = arith.addi %v1003, %v1007 : i64
      %v1009 = arith.muli %v1001, %v77 : i64
      %v1010 = arith.addi %v1009, %v578 : i64
      %v1011 = llvm.getelementptr %in_g_c[%v1008] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1012 = llvm.load %v1011 : !llvm.ptr -> f32
      %v1013 = arith.addi %v577, %v530 : i64
      %v1014 = arith.constant true
      %v1015 = arith.addi %v16, %v1013 : i64
      %v1016 = llvm.getelementptr %v6[%v1015] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1017 = llvm.load %v1016 : !llvm.ptr<3> -> i64
      %v1018 = arith.addi %v61, %v578 : i64
      %v1019 = arith.cmpi slt, %v1018, %v63 : i64
      %v1020 = arith.subi %size_L, %v1 : i64
      %v1021 = arith.minsi %v1018, %v1020 : i64
      %v1022 = arith.addi %v1017, %v1021 : i64
      %v1023 = arith.muli %v1015, %v77 : i64
      %v1024 = arith.addi %v1023, %v578 : i64
      %v1025 = llvm.getelementptr %in_g_c[%v1022] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1026 = llvm.load %v1025 : !llvm.ptr -> f32
      scf.if %v580 {
        %v1027 = llvm.getelementptr %v7[%v590] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v592, %v1027 : f32, !llvm.ptr<3>
      }
      scf.if %v594 {
        %v1028 = llvm.getelementptr %v7[%v604] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v606, %v1028 : f32, !llvm.ptr<3>
      }
      scf.if %v608 {
        %v1029 = llvm.getelementptr %v7[%v618] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v620, %v1029 : f32, !llvm.ptr<3>
      }
      scf.if %v622 {
        %v1030 = llvm.getelementptr %v7[%v632] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v634, %v1030 : f32, !llvm.ptr<3>
      }
      scf.if %v636 {
        %v1031 = llvm.getelementptr %v7[%v646] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v648, %v1031 : f32, !llvm.ptr<3>
      }
      scf.if %v650 {
        %v1032 = llvm.getelementptr %v7[%v660] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v662, %v1032 : f32, !llvm.ptr<3>
      }
      scf.if %v664 {
        %v1033 = llvm.getelementptr %v7[%v674] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v676, %v1033 : f32, !llvm.ptr<3>
      }
      scf.if %v678 {
        %v1034 = llvm.getelementptr %v7[%v688] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v690, %v1034 : f32, !llvm.ptr<3>
      }
      scf.if %v692 {
        %v1035 = llvm.getelementptr %v7[%v702] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v704, %v1035 : f32, !llvm.ptr<3>
      }
      scf.if %v706 {
        %v1036 = llvm.getelementptr %v7[%v716] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v718, %v1036 : f32, !llvm.ptr<3>
      }
      scf.if %v720 {
        %v1037 = llvm.getelementptr %v7[%v730] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v732, %v1037 : f32, !llvm.ptr<3>
      }
      scf.if %v734 {
        %v1038 = llvm.getelementptr %v7[%v744] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v746, %v1038 : f32, !llvm.ptr<3>
      }
      scf.if %v748 {
        %v1039 = llvm.getelementptr %v7[%v758] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v760, %v1039 : f32, !llvm.ptr<3>
      }
      scf.if %v762 {
        %v1040 = llvm.getelementptr %v7[%v772] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v774, %v1040 : f32, !llvm.ptr<3>
      }
      scf.if %v776 {
        %v1041 = llvm.getelementptr %v7[%v786] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v788, %v1041 : f32, !llvm.ptr<3>
      }
      scf.if %v790 {
        %v1042 = llvm.getelementptr %v7[%v800] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v802, %v1042 : f32, !llvm.ptr<3>
      }
      scf.if %v804 {
        %v1043 = llvm.getelementptr %v7[%v814] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v816, %v1043 : f32, !llvm.ptr<3>
      }
      scf.if %v818 {
        %v1044 = llvm.getelementptr %v7[%v828] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v830, %v1044 : f32, !llvm.ptr<3>
      }
      scf.if %v832 {
        %v1045 = llvm.getelementptr %v7[%v842] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v844, %v1045 : f32, !llvm.ptr<3>
      }
      scf.if %v846 {
        %v1046 = llvm.getelementptr %v7[%v856] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v858, %v1046 : f32, !llvm.ptr<3>
      }
      scf.if %v860 {
        %v1047 = llvm.getelementptr %v7[%v870] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v872, %v1047 : f32, !llvm.ptr<3>
      }
      scf.if %v874 {
        %v1048 = llvm.getelementptr %v7[%v884] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v886, %v1048 : f32, !llvm.ptr<3>
      }
      scf.if %v888 {
        %v1049 = llvm.getelementptr %v7[%v898] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v900, %v1049 : f32, !llvm.ptr<3>
      }
      scf.if %v902 {
        %v1050 = llvm.getelementptr %v7[%v912] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v914, %v1050 : f32, !llvm.ptr<3>
      }
      scf.if %v916 {
        %v1051 = llvm.getelementptr %v7[%v926] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v928, %v1051 : f32, !llvm.ptr<3>
      }
      scf.if %v930 {
        %v1052 = llvm.getelementptr %v7[%v940] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v942, %v1052 : f32, !llvm.ptr<3>
      }
      scf.if %v944 {
        %v1053 = llvm.getelementptr %v7[%v954] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v956, %v1053 : f32, !llvm.ptr<3>
      }
      scf.if %v958 {
        %v1054 = llvm.getelementptr %v7[%v968] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v970, %v1054 : f32, !llvm.ptr<3>
      }
      scf.if %v972 {
        %v1055 = llvm.getelementptr %v7[%v982] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v984, %v1055 : f32, !llvm.ptr<3>
      }
      scf.if %v986 {
        %v1056 = llvm.getelementptr %v7[%v996] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v998, %v1056 : f32, !llvm.ptr<3>
      }
      scf.if %v1000 {
        %v1057 = llvm.getelementptr %v7[%v1010] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1012, %v1057 : f32, !llvm.ptr<3>
      }
      scf.if %v1014 {
        %v1058 = llvm.getelementptr %v7[%v1024] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1026, %v1058 : f32, !llvm.ptr<3>
      }
      // end staged load of `g_c`
      // staged load of `g_o`'s first tile: read, then shared memory
      %v1059 = arith.divui %v14, %v64 : i64
      %v1060 = arith.remui %v14, %v64 : i64
      %v1061 = arith.addi %v1059, %v31 : i64
      %v1062 = arith.constant true
      %v1064 = arith.addi %v1063, %v1061 : i64
      %v1065 = llvm.getelementptr %v6[%v1064] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1066 = llvm.load %v1065 : !llvm.ptr<3> -> i64
      %v1067 = arith.addi %v61, %v1060 : i64
      %v1068 = arith.cmpi slt, %v1067, %v63 : i64
      %v1069 = arith.subi %size_L, %v1 : i64
      %v1070 = arith.minsi %v1067, %v1069 : i64
      %v1071 = arith.addi %v1066, %v1070 : i64
      %v1072 = arith.muli %v1064, %v77 : i64
      %v1073 = arith.addi %v1072, %v1060 : i64
      %v1074 = llvm.getelementptr %in_g_o[%v1071] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1075 = llvm.load %v1074 : !llvm.ptr -> f32
      %v1076 = arith.addi %v1059, %v55 : i64
      %v1077 = arith.constant true
      %v1078 = arith.addi %v1063, %v1076 : i64
      %v1079 = llvm.getelementptr %v6[%v1078] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1080 = llvm.load %v1079 : !llvm.ptr<3> -> i64
      %v1081 = arith.addi %v61, %v1060 : i64
      %v1082 = arith.cmpi slt, %v1081, %v63 : i64
      %v1083 = arith.subi %size_L, %v1 : i64
      %v1084 = arith.minsi %v1081, %v1083 : i64
      %v1085 = arith.addi %v1080, %v1084 : i64
      %v1086 = arith.muli %v1078, %v77 : i64
      %v1087 = arith.addi %v1086, %v1060 : i64
      %v1088 = llvm.getelementptr %in_g_o[%v1085] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1089 = llvm.load %v1088 : !llvm.ptr -> f32
      %v1090 = arith.addi %v1059, %v96 : i64
      %v1091 = arith.constant true
      %v1092 = arith.addi %v1063, %v1090 : i64
      %v1093 = llvm.getelementptr %v6[%v1092] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1094 = llvm.load %v1093 : !llvm.ptr<3> -> i64
      %v1095 = arith.addi %v61, %v1060 : i64
      %v1096 = arith.cmpi slt, %v1095, %v63 : i64
      %v1097 = arith.subi %size_L, %v1 : i64
      %v1098 = arith.minsi %v1095, %v1097 : i64
      %v1099 = arith.addi %v1094, %v1098 : i64
      %v1100 = arith.muli %v1092, %v77 : i64
      %v1101 = arith.addi %v1100, %v1060 : i64
      %v1102 = llvm.getelementptr %in_g_o[%v1099] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1103 = llvm.load %v1102 : !llvm.ptr -> f32
      %v1104 = arith.addi %v1059, %v111 : i64
      %v1105 = arith.constant true
      %v1106 = arith.addi %v1063, %v1104 : i64
      %v1107 = llvm.getelementptr %v6[%v1106] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1108 = llvm.load %v1107 : !llvm.ptr<3> -> i64
      %v1109 = arith.addi %v61, %v1060 : i64
      %v1110 = arith.cmpi slt, %v1109, %v63 : i64
      %v1111 = arith.subi %size_L, %v1 : i64
      %v1112 = arith.minsi %v1109, %v1111 : i64
      %v1113 = arith.addi %v1108, %v1112 : i64
      %v1114 = arith.muli %v1106, %v77 : i64
      %v1115 = arith.addi %v1114, %v1060 : i64
      %v1116 = llvm.getelementptr %in_g_o[%v1113] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1117 = llvm.load %v1116 : !llvm.ptr -> f32
      %v1118 = arith.addi %v1059, %v126 : i64
      %v1119 = arith.constant true
      %v1120 = arith.addi %v1063, %v1118 : i64
      %v1121 = llvm.getelementptr %v6[%v1120] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1122 = llvm.load %v1121 : !llvm.ptr<3> -> i64
      %v1123 = arith.addi %v61, %v1060 : i64
      %v1124 = arith.cmpi slt, %v1123, %v63 : i64
      %v1125 = arith.subi %size_L, %v1 : i64
      %v1126 = arith.minsi %v1123, %v1125 : i64
      %v1127 = arith.addi %v1122, %v1126 : i64
      %v1128 = arith.muli %v1120, %v77 : i64
      %v1129 = arith.addi %v1128, %v1060 : i64
      %v1130 = llvm.getelementptr %in_g_o[%v1127] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1131 = llvm.load %v1130 : !llvm.ptr -> f32
      %v1132 = arith.addi %v1059, %v141 : i64
      %v1133 = arith.constant true
      %v1134 = arith.addi %v1063, %v1132 : i64
      %v1135 = llvm.getelementptr %v6[%v1134] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1136 = llvm.load %v1135 : !llvm.ptr<3> -> i64
      %v1137 = arith.addi %v61, %v1060 : i64
      %v1138 = arith.cmpi slt, %v1137, %v63 : i64
      %v1139 = arith.subi %size_L, %v1 : i64
      %v1140 = arith.minsi %v1137, %v1139 : i64
      %v1141 = arith.addi %v1136, %v1140 : i64
      %v1142 = arith.muli %v1134, %v77 : i64
      %v1143 = arith.addi %v1142, %v1060 : i64
      %v1144 = llvm.getelementptr %in_g_o[%v1141] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1145 = llvm.load %v1144 : !llvm.ptr -> f32
      %v1146 = arith.addi %v1059, %v156 : i64
      %v1147 = arith.constant true
      %v1148 = arith.addi %v1063, %v1146 : i64
      %v1149 = llvm.getelementptr %v6[%v1148] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1150 = llvm.load %v1149 : !llvm.ptr<3> -> i64
      %v1151 = arith.addi %v61, %v1060 : i64
      %v1152 = arith.cmpi slt, %v1151, %v63 : i64
      %v1153 = arith.subi %size_L, %v1 : i64
      %v1154 = arith.minsi %v1151, %v1153 : i64
      %v1155 = arith.addi %v1150, %v1154 : i64
      %v1156 = arith.muli %v1148, %v77 : i64
      %v1157 = arith.addi %v1156, %v1060 : i64
      %v1158 = llvm.getelementptr %in_g_o[%v1155] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1159 = llvm.load %v1158 : !llvm.ptr -> f32
      %v1160 = arith.addi %v1059, %v171 : i64
      %v1161 = arith.constant true
      %v1162 = arith.addi %v1063, %v1160 : i64
      %v1163 = llvm.getelementptr %v6[%v1162] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1164 = llvm.load %v1163 : !llvm.ptr<3> -> i64
      %v1165 = arith.addi %v61, %v1060 : i64
      %v1166 = arith.cmpi slt, %v1165, %v63 : i64
      %v1167 = arith.subi %size_L, %v1 : i64
      %v1168 = arith.minsi %v1165, %v1167 : i64
      %v1169 = arith.addi %v1164, %v1168 : i64
      %v1170 = arith.muli %v1162, %v77 : i64
      %v1171 = arith.addi %v1170, %v1060 : i64
      %v1172 = llvm.getelementptr %in_g_o[%v1169] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1173 = llvm.load %v1172 : !llvm.ptr -> f32
      %v1174 = arith.addi %v1059, %v186 : i64
      %v1175 = arith.constant true
      %v1176 = arith.addi %v1063, %v1174 : i64
      %v1177 = llvm.getelementptr %v6[%v1176] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1178 = llvm.load %v1177 : !llvm.ptr<3> -> i64
      %v1179 = arith.addi %v61, %v1060 : i64
      %v1180 = arith.cmpi slt, %v1179, %v63 : i64
      %v1181 = arith.subi %size_L, %v1 : i64
      %v1182 = arith.minsi %v1179, %v1181 : i64
      %v1183 = arith.addi %v1178, %v1182 : i64
      %v1184 = arith.muli %v1176, %v77 : i64
      %v1185 = arith.addi %v1184, %v1060 : i64
      %v1186 = llvm.getelementptr %in_g_o[%v1183] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1187 = llvm.load %v1186 : !llvm.ptr -> f32
      %v1188 = arith.addi %v1059, %v201 : i64
      %v1189 = arith.constant true
      %v1190 = arith.addi %v1063, %v1188 : i64
      %v1191 = llvm.getelementptr %v6[%v1190] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1192 = llvm.load %v1191 : !llvm.ptr<3> -> i64
      %v1193 = arith.addi %v61, %v1060 : i64
      %v1194 = arith.cmpi slt, %v1193, %v63 : i64
      %v1195 = arith.subi %size_L, %v1 : i64
      %v1196 = arith.minsi %v1193, %v1195 : i64
      %v1197 = arith.addi %v1192, %v1196 : i64
      %v1198 = arith.muli %v1190, %v77 : i64
      %v1199 = arith.addi %v1198, %v1060 : i64
      %v1200 = llvm.getelementptr %in_g_o[%v1197] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1201 = llvm.load %v1200 : !llvm.ptr -> f32
      %v1202 = arith.addi %v1059, %v216 : i64
      %v1203 = arith.constant true
      %v1204 = arith.addi %v1063, %v1202 : i64
      %v1205 = llvm.getelementptr %v6[%v1204] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1206 = llvm.load %v1205 : !llvm.ptr<3> -> i64
      %v1207 = arith.addi %v61, %v1060 : i64
      %v1208 = arith.cmpi slt, %v1207, %v63 : i64
      %v1209 = arith.subi %size_L, %v1 : i64
      %v1210 = arith.minsi %v1207, %v1209 : i64
      %v1211 = arith.addi %v1206, %v1210 : i64
      %v1212 = arith.muli %v1204, %v77 : i64
      %v1213 = arith.addi %v1212, %v1060 : i64
      %v1214 = llvm.getelementptr %in_g_o[%v1211] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1215 = llvm.load %v1214 : !llvm.ptr -> f32
      %v1216 = arith.addi %v1059, %v231 : i64
      %v1217 = arith.constant true
      %v1218 = arith.addi %v1063, %v1216 : i64
      %v1219 = llvm.getelementptr %v6[%v1218] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1220 = llvm.load %v1219 : !llvm.ptr<3> -> i64
      %v1221 = arith.addi %v61, %v1060 : i64
      %v1222 = arith.cmpi slt, %v1221, %v63 : i64
      %v1223 = arith.subi %size_L, %v1 : i64
      %v1224 = arith.minsi %v1221, %v1223 : i64
      %v1225 = arith.addi %v1220, %v1224 : i64
      %v1226 = arith.muli %v1218, %v77 : i64
      %v1227 = arith.addi %v1226, %v1060 : i64
      %v1228 = llvm.getelementptr %in_g_o[%v1225] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1229 = llvm.load %v1228 : !llvm.ptr -> f32
      %v1230 = arith.addi %v1059, %v246 : i64
      %v1231 = arith.constant true
      %v1232 = arith.addi %v1063, %v1230 : i64
      %v1233 = llvm.getelementptr %v6[%v1232] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1234 = llvm.load %v1233 : !llvm.ptr<3> -> i64
      %v1235 = arith.addi %v61, %v1060 : i64
      %v1236 = arith.cmpi slt, %v1235, %v63 : i64
      %v1237 = arith.subi %size_L, %v1 : i64
      %v1238 = arith.minsi %v1235, %v1237 : i64
      %v1239 = arith.addi %v1234, %v1238 : i64
      %v1240 = arith.muli %v1232, %v77 : i64
      %v1241 = arith.addi %v1240, %v1060 : i64
      %v1242 = llvm.getelementptr %in_g_o[%v1239] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1243 = llvm.load %v1242 : !llvm.ptr -> f32
      %v1244 = arith.addi %v1059, %v261 : i64
      %v1245 = arith.constant true
      %v1246 = arith.addi %v1063, %v1244 : i64
      %v1247 = llvm.getelementptr %v6[%v1246] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1248 = llvm.load %v1247 : !llvm.ptr<3> -> i64
      %v1249 = arith.addi %v61, %v1060 : i64
      %v1250 = arith.cmpi slt, %v1249, %v63 : i64
      %v1251 = arith.subi %size_L, %v1 : i64
      %v1252 = arith.minsi %v1249, %v1251 : i64
      %v1253 = arith.addi %v1248, %v1252 : i64
      %v1254 = arith.muli %v1246, %v77 : i64
      %v1255 = arith.addi %v1254, %v1060 : i64
      %v1256 = llvm.getelementptr %in_g_o[%v1253] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1257 = llvm.load %v1256 : !llvm.ptr -> f32
      %v1258 = arith.addi %v1059, %v276 : i64
      %v1259 = arith.constant true
      %v1260 = arith.addi %v1063, %v1258 : i64
      %v1261 = llvm.getelementptr %v6[%v1260] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1262 = llvm.load %v1261 : !llvm.ptr<3> -> i64
      %v1263 = arith.addi %v61, %v1060 : i64
      %v1264 = arith.cmpi slt, %v1263, %v63 : i64
      %v1265 = arith.subi %size_L, %v1 : i64
      %v1266 = arith.minsi %v1263, %v1265 : i64
      %v1267 = arith.addi %v1262, %v1266 : i64
      %v1268 = arith.muli %v1260, %v77 : i64
      %v1269 = arith.addi %v1268, %v1060 : i64
      %v1270 = llvm.getelementptr %in_g_o[%v1267] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1271 = llvm.load %v1270 : !llvm.ptr -> f32
      %v1272 = arith.addi %v1059, %v291 : i64
      %v1273 = arith.constant true
      %v1274 = arith.addi %v1063, %v1272 : i64
      %v1275 = llvm.getelementptr %v6[%v1274] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1276 = llvm.load %v1275 : !llvm.ptr<3> -> i64
      %v1277 = arith.addi %v61, %v1060 : i64
      %v1278 = arith.cmpi slt, %v1277, %v63 : i64
      %v1279 = arith.subi %size_L, %v1 : i64
      %v1280 = arith.minsi %v1277, %v1279 : i64
      %v1281 = arith.addi %v1276, %v1280 : i64
      %v1282 = arith.muli %v1274, %v77 : i64
      %v1283 = arith.addi %v1282, %v1060 : i64
      %v1284 = llvm.getelementptr %in_g_o[%v1281] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1285 = llvm.load %v1284 : !llvm.ptr -> f32
      %v1286 = arith.addi %v1059, %v64 : i64
      %v1287 = arith.constant true
      %v1288 = arith.addi %v1063, %v1286 : i64
      %v1289 = llvm.getelementptr %v6[%v1288] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1290 = llvm.load %v1289 : !llvm.ptr<3> -> i64
      %v1291 = arith.addi %v61, %v1060 : i64
      %v1292 = arith.cmpi slt, %v1291, %v63 : i64
      %v1293 = arith.subi %size_L, %v1 : i64
      %v1294 = arith.minsi %v1291, %v1293 : i64
      %v1295 = arith.addi %v1290, %v1294 : i64
      %v1296 = arith.muli %v1288, %v77 : i64
      %v1297 = arith.addi %v1296, %v1060 : i64
      %v1298 = llvm.getelementptr %in_g_o[%v1295] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1299 = llvm.load %v1298 : !llvm.ptr -> f32
      %v1300 = arith.addi %v1059, %v320 : i64
      %v1301 = arith.constant true
      %v1302 = arith.addi %v1063, %v1300 : i64
      %v1303 = llvm.getelementptr %v6[%v1302] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1304 = llvm.load %v1303 : !llvm.ptr<3> -> i64
      %v1305 = arith.addi %v61, %v1060 : i64
      %v1306 = arith.cmpi slt, %v1305, %v63 : i64
      %v1307 = arith.subi %size_L, %v1 : i64
      %v1308 = arith.minsi %v1305, %v1307 : i64
      %v1309 = arith.addi %v1304, %v1308 : i64
      %v1310 = arith.muli %v1302, %v77 : i64
      %v1311 = arith.addi %v1310, %v1060 : i64
      %v1312 = llvm.getelementptr %in_g_o[%v1309] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1313 = llvm.load %v1312 : !llvm.ptr -> f32
      %v1314 = arith.addi %v1059, %v335 : i64
      %v1315 = arith.constant true
      %v1316 = arith.addi %v1063, %v1314 : i64
      %v1317 = llvm.getelementptr %v6[%v1316] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1318 = llvm.load %v1317 : !llvm.ptr<3> -> i64
      %v1319 = arith.addi %v61, %v1060 : i64
      %v1320 = arith.cmpi slt, %v1319, %v63 : i64
      %v1321 = arith.subi %size_L, %v1 : i64
      %v1322 = arith.minsi %v1319, %v1321 : i64
      %v1323 = arith.addi %v1318, %v1322 : i64
      %v1324 = arith.muli %v1316, %v77 : i64
      %v1325 = arith.addi %v1324, %v1060 : i64
      %v1326 = llvm.getelementptr %in_g_o[%v1323] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1327 = llvm.load %v1326 : !llvm.ptr -> f32
      %v1328 = arith.addi %v1059, %v350 : i64
      %v1329 = arith.constant true
      %v1330 = arith.addi %v1063, %v1328 : i64
      %v1331 = llvm.getelementptr %v6[%v1330] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1332 = llvm.load %v1331 : !llvm.ptr<3> -> i64
      %v1333 = arith.addi %v61, %v1060 : i64
      %v1334 = arith.cmpi slt, %v1333, %v63 : i64
      %v1335 = arith.subi %size_L, %v1 : i64
      %v1336 = arith.minsi %v1333, %v1335 : i64
      %v1337 = arith.addi %v1332, %v1336 : i64
      %v1338 = arith.muli %v1330, %v77 : i64
      %v1339 = arith.addi %v1338, %v1060 : i64
      %v1340 = llvm.getelementptr %in_g_o[%v1337] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1341 = llvm.load %v1340 : !llvm.ptr -> f32
      %v1342 = arith.addi %v1059, %v365 : i64
      %v1343 = arith.constant true
      %v1344 = arith.addi %v1063, %v1342 : i64
      %v1345 = llvm.getelementptr %v6[%v1344] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1346 = llvm.load %v1345 : !llvm.ptr<3> -> i64
      %v1347 = arith.addi %v61, %v1060 : i64
      %v1348 = arith.cmpi slt, %v1347, %v63 : i64
      %v1349 = arith.subi %size_L, %v1 : i64
      %v1350 = arith.minsi %v1347, %v1349 : i64
      %v1351 = arith.addi %v1346, %v1350 : i64
      %v1352 = arith.muli %v1344, %v77 : i64
      %v1353 = arith.addi %v1352, %v1060 : i64
      %v1354 = llvm.getelementptr %in_g_o[%v1351] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1355 = llvm.load %v1354 : !llvm.ptr -> f32
      %v1356 = arith.addi %v1059, %v380 : i64
      %v1357 = arith.constant true
      %v1358 = arith.addi %v1063, %v1356 : i64
      %v1359 = llvm.getelementptr %v6[%v1358] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1360 = llvm.load %v1359 : !llvm.ptr<3> -> i64
      %v1361 = arith.addi %v61, %v1060 : i64
      %v1362 = arith.cmpi slt, %v1361, %v63 : i64
      %v1363 = arith.subi %size_L, %v1 : i64
      %v1364 = arith.minsi %v1361, %v1363 : i64
      %v1365 = arith.addi %v1360, %v1364 : i64
      %v1366 = arith.muli %v1358, %v77 : i64
      %v1367 = arith.addi %v1366, %v1060 : i64
      %v1368 = llvm.getelementptr %in_g_o[%v1365] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1369 = llvm.load %v1368 : !llvm.ptr -> f32
      %v1370 = arith.addi %v1059, %v395 : i64
      %v1371 = arith.constant true
      %v1372 = arith.addi %v1063, %v1370 : i64
      %v1373 = llvm.getelementptr %v6[%v1372] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1374 = llvm.load %v1373 : !llvm.ptr<3> -> i64
      %v1375 = arith.addi %v61, %v1060 : i64
      %v1376 = arith.cmpi slt, %v1375, %v63 : i64
      %v1377 = arith.subi %size_L, %v1 : i64
      %v1378 = arith.minsi %v1375, %v1377 : i64
      %v1379 = arith.addi %v1374, %v1378 : i64
      %v1380 = arith.muli %v1372, %v77 : i64
      %v1381 = arith.addi %v1380, %v1060 : i64
      %v1382 = llvm.getelementptr %in_g_o[%v1379] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1383 = llvm.load %v1382 : !llvm.ptr -> f32
      %v1384 = arith.addi %v1059, %v410 : i64
      %v1385 = arith.constant true
      %v1386 = arith.addi %v1063, %v1384 : i64
      %v1387 = llvm.getelementptr %v6[%v1386] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1388 = llvm.load %v1387 : !llvm.ptr<3> -> i64
      %v1389 = arith.addi %v61, %v1060 : i64
      %v1390 = arith.cmpi slt, %v1389, %v63 : i64
      %v1391 = arith.subi %size_L, %v1 : i64
      %v1392 = arith.minsi %v1389, %v1391 : i64
      %v1393 = arith.addi %v1388, %v1392 : i64
      %v1394 = arith.muli %v1386, %v77 : i64
      %v1395 = arith.addi %v1394, %v1060 : i64
      %v1396 = llvm.getelementptr %in_g_o[%v1393] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1397 = llvm.load %v1396 : !llvm.ptr -> f32
      %v1398 = arith.addi %v1059, %v425 : i64
      %v1399 = arith.constant true
      %v1400 = arith.addi %v1063, %v1398 : i64
      %v1401 = llvm.getelementptr %v6[%v1400] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1402 = llvm.load %v1401 : !llvm.ptr<3> -> i64
      %v1403 = arith.addi %v61, %v1060 : i64
      %v1404 = arith.cmpi slt, %v1403, %v63 : i64
      %v1405 = arith.subi %size_L, %v1 : i64
      %v1406 = arith.minsi %v1403, %v1405 : i64
      %v1407 = arith.addi %v1402, %v1406 : i64
      %v1408 = arith.muli %v1400, %v77 : i64
      %v1409 = arith.addi %v1408, %v1060 : i64
      %v1410 = llvm.getelementptr %in_g_o[%v1407] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1411 = llvm.load %v1410 : !llvm.ptr -> f32
      %v1412 = arith.addi %v1059, %v440 : i64
      %v1413 = arith.constant true
      %v1414 = arith.addi %v1063, %v1412 : i64
      %v1415 = llvm.getelementptr %v6[%v1414] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1416 = llvm.load %v1415 : !llvm.ptr<3> -> i64
      %v1417 = arith.addi %v61, %v1060 : i64
      %v1418 = arith.cmpi slt, %v1417, %v63 : i64
      %v1419 = arith.subi %size_L, %v1 : i64
      %v1420 = arith.minsi %v1417, %v1419 : i64
      %v1421 = arith.addi %v1416, %v1420 : i64
      %v1422 = arith.muli %v1414, %v77 : i64
      %v1423 = arith.addi %v1422, %v1060 : i64
      %v1424 = llvm.getelementptr %in_g_o[%v1421] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1425 = llvm.load %v1424 : !llvm.ptr -> f32
      %v1426 = arith.addi %v1059, %v455 : i64
      %v1427 = arith.constant true
      %v1428 = arith.addi %v1063, %v1426 : i64
      %v1429 = llvm.getelementptr %v6[%v1428] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1430 = llvm.load %v1429 : !llvm.ptr<3> -> i64
      %v1431 = arith.addi %v61, %v1060 : i64
      %v1432 = arith.cmpi slt, %v1431, %v63 : i64
      %v1433 = arith.subi %size_L, %v1 : i64
      %v1434 = arith.minsi %v1431, %v1433 : i64
      %v1435 = arith.addi %v1430, %v1434 : i64
      %v1436 = arith.muli %v1428, %v77 : i64
      %v1437 = arith.addi %v1436, %v1060 : i64
      %v1438 = llvm.getelementptr %in_g_o[%v1435] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1439 = llvm.load %v1438 : !llvm.ptr -> f32
      %v1440 = arith.addi %v1059, %v470 : i64
      %v1441 = arith.constant true
      %v1442 = arith.addi %v1063, %v1440 : i64
      %v1443 = llvm.getelementptr %v6[%v1442] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1444 = llvm.load %v1443 : !llvm.ptr<3> -> i64
      %v1445 = arith.addi %v61, %v1060 : i64
      %v1446 = arith.cmpi slt, %v1445, %v63 : i64
      %v1447 = arith.subi %size_L, %v1 : i64
      %v1448 = arith.minsi %v1445, %v1447 : i64
      %v1449 = arith.addi %v1444, %v1448 : i64
      %v1450 = arith.muli %v1442, %v77 : i64
      %v1451 = arith.addi %v1450, %v1060 : i64
      %v1452 = llvm.getelementptr %in_g_o[%v1449] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1453 = llvm.load %v1452 : !llvm.ptr -> f32
      %v1454 = arith.addi %v1059, %v485 : i64
      %v1455 = arith.constant true
      %v1456 = arith.addi %v1063, %v1454 : i64
      %v1457 = llvm.getelementptr %v6[%v1456] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1458 = llvm.load %v1457 : !llvm.ptr<3> -> i64
      %v1459 = arith.addi %v61, %v1060 : i64
      %v1460 = arith.cmpi slt, %v1459, %v63 : i64
      %v1461 = arith.subi %size_L, %v1 : i64
      %v1462 = arith.minsi %v1459, %v1461 : i64
      %v1463 = arith.addi %v1458, %v1462 : i64
      %v1464 = arith.muli %v1456, %v77 : i64
      %v1465 = arith.addi %v1464, %v1060 : i64
      %v1466 = llvm.getelementptr %in_g_o[%v1463] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1467 = llvm.load %v1466 : !llvm.ptr -> f32
      %v1468 = arith.addi %v1059, %v500 : i64
      %v1469 = arith.constant true
      %v1470 = arith.addi %v1063, %v1468 : i64
      %v1471 = llvm.getelementptr %v6[%v1470] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1472 = llvm.load %v1471 : !llvm.ptr<3> -> i64
      %v1473 = arith.addi %v61, %v1060 : i64
      %v1474 = arith.cmpi slt, %v1473, %v63 : i64
      %v1475 = arith.subi %size_L, %v1 : i64
      %v1476 = arith.minsi %v1473, %v1475 : i64
      %v1477 = arith.addi %v1472, %v1476 : i64
      %v1478 = arith.muli %v1470, %v77 : i64
      %v1479 = arith.addi %v1478, %v1060 : i64
      %v1480 = llvm.getelementptr %in_g_o[%v1477] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1481 = llvm.load %v1480 : !llvm.ptr -> f32
      %v1482 = arith.addi %v1059, %v515 : i64
      %v1483 = arith.constant true
      %v1484 = arith.addi %v1063, %v1482 : i64
      %v1485 = llvm.getelementptr %v6[%v1484] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1486 = llvm.load %v1485 : !llvm.ptr<3> -> i64
      %v1487 = arith.addi %v61, %v1060 : i64
      %v1488 = arith.cmpi slt, %v1487, %v63 : i64
      %v1489 = arith.subi %size_L, %v1 : i64
      %v1490 = arith.minsi %v1487, %v1489 : i64
      %v1491 = arith.addi %v1486, %v1490 : i64
      %v1492 = arith.muli %v1484, %v77 : i64
      %v1493 = arith.addi %v1492, %v1060 : i64
      %v1494 = llvm.getelementptr %in_g_o[%v1491] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1495 = llvm.load %v1494 : !llvm.ptr -> f32
      %v1496 = arith.addi %v1059, %v530 : i64
      %v1497 = arith.constant true
      %v1498 = arith.addi %v1063, %v1496 : i64
      %v1499 = llvm.getelementptr %v6[%v1498] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1500 = llvm.load %v1499 : !llvm.ptr<3> -> i64
      %v1501 = arith.addi %v61, %v1060 : i64
      %v1502 = arith.cmpi slt, %v1501, %v63 : i64
      %v1503 = arith.subi %size_L, %v1 : i64
      %v1504 = arith.minsi %v1501, %v1503 : i64
      %v1505 = arith.addi %v1500, %v1504 : i64
      %v1506 = arith.muli %v1498, %v77 : i64
      %v1507 = arith.addi %v1506, %v1060 : i64
      %v1508 = llvm.getelementptr %in_g_o[%v1505] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1509 = llvm.load %v1508 : !llvm.ptr -> f32
      scf.if %v1062 {
        %v1510 = llvm.getelementptr %v7[%v1073] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1075, %v1510 : f32, !llvm.ptr<3>
      }
      scf.if %v1077 {
        %v1511 = llvm.getelementptr %v7[%v1087] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1089, %v1511 : f32, !llvm.ptr<3>
      }
      scf.if %v1091 {
        %v1512 = llvm.getelementptr %v7[%v1101] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1103, %v1512 : f32, !llvm.ptr<3>
      }
      scf.if %v1105 {
        %v1513 = llvm.getelementptr %v7[%v1115] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1117, %v1513 : f32, !llvm.ptr<3>
      }
      scf.if %v1119 {
        %v1514 = llvm.getelementptr %v7[%v1129] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1131, %v1514 : f32, !llvm.ptr<3>
      }
      scf.if %v1133 {
        %v1515 = llvm.getelementptr %v7[%v1143] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1145, %v1515 : f32, !llvm.ptr<3>
      }
      scf.if %v1147 {
        %v1516 = llvm.getelementptr %v7[%v1157] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1159, %v1516 : f32, !llvm.ptr<3>
      }
      scf.if %v1161 {
        %v1517 = llvm.getelementptr %v7[%v1171] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1173, %v1517 : f32, !llvm.ptr<3>
      }
      scf.if %v1175 {
        %v1518 = llvm.getelementptr %v7[%v1185] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1187, %v1518 : f32, !llvm.ptr<3>
      }
      scf.if %v1189 {
        %v1519 = llvm.getelementptr %v7[%v1199] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1201, %v1519 : f32, !llvm.ptr<3>
      }
      scf.if %v1203 {
        %v1520 = llvm.getelementptr %v7[%v1213] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1215, %v1520 : f32, !llvm.ptr<3>
      }
      scf.if %v1217 {
        %v1521 = llvm.getelementptr %v7[%v1227] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1229, %v1521 : f32, !llvm.ptr<3>
      }
      scf.if %v1231 {
        %v1522 = llvm.getelementptr %v7[%v1241] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1243, %v1522 : f32, !llvm.ptr<3>
      }
      scf.if %v1245 {
        %v1523 = llvm.getelementptr %v7[%v1255] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1257, %v1523 : f32, !llvm.ptr<3>
      }
      scf.if %v1259 {
        %v1524 = llvm.getelementptr %v7[%v1269] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1271, %v1524 : f32, !llvm.ptr<3>
      }
      scf.if %v1273 {
        %v1525 = llvm.getelementptr %v7[%v1283] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1285, %v1525 : f32, !llvm.ptr<3>
      }
      scf.if %v1287 {
        %v1526 = llvm.getelementptr %v7[%v1297] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1299, %v1526 : f32, !llvm.ptr<3>
      }
      scf.if %v1301 {
        %v1527 = llvm.getelementptr %v7[%v1311] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1313, %v1527 : f32, !llvm.ptr<3>
      }
      scf.if %v1315 {
        %v1528 = llvm.getelementptr %v7[%v1325] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1327, %v1528 : f32, !llvm.ptr<3>
      }
      scf.if %v1329 {
        %v1529 = llvm.getelementptr %v7[%v1339] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1341, %v1529 : f32, !llvm.ptr<3>
      }
      scf.if %v1343 {
        %v1530 = llvm.getelementptr %v7[%v1353] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1355, %v1530 : f32, !llvm.ptr<3>
      }
      scf.if %v1357 {
        %v1531 = llvm.getelementptr %v7[%v1367] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1369, %v1531 : f32, !llvm.ptr<3>
      }
      scf.if %v1371 {
        %v1532 = llvm.getelementptr %v7[%v1381] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1383, %v1532 : f32, !llvm.ptr<3>
      }
      scf.if %v1385 {
        %v1533 = llvm.getelementptr %v7[%v1395] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1397, %v1533 : f32, !llvm.ptr<3>
      }
      scf.if %v1399 {
        %v1534 = llvm.getelementptr %v7[%v1409] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1411, %v1534 : f32, !llvm.ptr<3>
      }
      scf.if %v1413 {
        %v1535 = llvm.getelementptr %v7[%v1423] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1425, %v1535 : f32, !llvm.ptr<3>
      }
      scf.if %v1427 {
        %v1536 = llvm.getelementptr %v7[%v1437] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1439, %v1536 : f32, !llvm.ptr<3>
      }
      scf.if %v1441 {
        %v1537 = llvm.getelementptr %v7[%v1451] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1453, %v1537 : f32, !llvm.ptr<3>
      }
      scf.if %v1455 {
        %v1538 = llvm.getelementptr %v7[%v1465] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1467, %v1538 : f32, !llvm.ptr<3>
      }
      scf.if %v1469 {
        %v1539 = llvm.getelementptr %v7[%v1479] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1481, %v1539 : f32, !llvm.ptr<3>
      }
      scf.if %v1483 {
        %v1540 = llvm.getelementptr %v7[%v1493] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1495, %v1540 : f32, !llvm.ptr<3>
      }
      scf.if %v1497 {
        %v1541 = llvm.getelementptr %v7[%v1507] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1509, %v1541 : f32, !llvm.ptr<3>
      }
      // end staged load of `g_o`
      gpu.barrier
      %v1542 = arith.index_cast %v61 : i64 to index
      %v1543 = arith.index_cast %v63 : i64 to index
      %v1544 = arith.index_cast %v64 : i64 to index
      scf.for %v1545 = %v1542 to %v1543 step %v1544 {
        %v1546 = arith.index_cast %v1545 : index to i64
        %v1547 = arith.subi %v63, %v1546 : i64
        %v1548 = arith.minsi %v1547, %v64 : i64
        %v1549 = arith.addi %v1546, %v64 : i64
        %v1550 = arith.divui %v14, %v64 : i64
        %v1551 = arith.remui %v14, %v64 : i64
        %v1552 = arith.addi %v1550, %v31 : i64
        %v1553 = arith.constant true
        %v1554 = arith.addi %v31, %v1552 : i64
        %v1555 = llvm.getelementptr %v6[%v1554] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1556 = llvm.load %v1555 : !llvm.ptr<3> -> i64
        %v1557 = arith.addi %v1549, %v1551 : i64
        %v1558 = arith.cmpi slt, %v1557, %v63 : i64
        %v1559 = arith.subi %size_L, %v1 : i64
        %v1560 = arith.minsi %v1557, %v1559 : i64
        %v1561 = arith.addi %v1556, %v1560 : i64
        %v1562 = arith.muli %v1554, %v77 : i64
        %v1563 = arith.addi %v1562, %v1551 : i64
        %v1564 = llvm.getelementptr %in_g_f[%v1561] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1565 = llvm.load %v1564 : !llvm.ptr -> f32
        %v1566 = arith.addi %v1550, %v55 : i64
        %v1567 = arith.constant true
        %v1568 = arith.addi %v31, %v1566 : i64
        %v1569 = llvm.getelementptr %v6[%v1568] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1570 = llvm.load %v1569 : !llvm.ptr<3> -> i64
        %v1571 = arith.addi %v1549, %v1551 : i64
        %v1572 = arith.cmpi slt, %v1571, %v63 : i64
        %v1573 = arith.subi %size_L, %v1 : i64
        %v1574 = arith.minsi %v1571, %v1573 : i64
        %v1575 = arith.addi %v1570, %v1574 : i64
        %v1576 = arith.muli %v1568, %v77 : i64
        %v1577 = arith.addi %v1576, %v1551 : i64
        %v1578 = llvm.getelementptr %in_g_f[%v1575] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1579 = llvm.load %v1578 : !llvm.ptr -> f32
        %v1580 = arith.addi %v1550, %v96 : i64
        %v1581 = arith.constant true
        %v1582 = arith.addi %v31, %v1580 : i64
        %v1583 = llvm.getelementptr %v6[%v1582] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1584 = llvm.load %v1583 : !llvm.ptr<3> -> i64
        %v1585 = arith.addi %v1549, %v1551 : i64
        %v1586 = arith.cmpi slt, %v1585, %v63 : i64
        %v1587 = arith.subi %size_L, %v1 : i64
        %v1588 = arith.minsi %v1585, %v1587 : i64
        %v1589 = arith.addi %v1584, %v1588 : i64
        %v1590 = arith.muli %v1582, %v77 : i64
        %v1591 = arith.addi %v1590, %v1551 : i64
        %v1592 = llvm.getelementptr %in_g_f[%v1589] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1593 = llvm.load %v1592 : !llvm.ptr -> f32
        %v1594 = arith.addi %v1550, %v111 : i64
        %v1595 = arith.constant true
        %v1596 = arith.addi %v31, %v1594 : i64
        %v1597 = llvm.getelementptr %v6[%v1596] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1598 = llvm.load %v1597 : !llvm.ptr<3> -> i64
        %v1599 = arith.addi %v1549, %v1551 : i64
        %v1600 = arith.cmpi slt, %v1599, %v63 : i64
        %v1601 = arith.subi %size_L, %v1 : i64
        %v1602 = arith.minsi %v1599, %v1601 : i64
        %v1603 = arith.addi %v1598, %v1602 : i64
        %v1604 = arith.muli %v1596, %v77 : i64
        %v1605 = arith.addi %v1604, %v1551 : i64
        %v1606 = llvm.getelementptr %in_g_f[%v1603] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1607 = llvm.load %v1606 : !llvm.ptr -> f32
        %v1608 = arith.addi %v1550, %v126 : i64
        %v1609 = arith.constant true
        %v1610 = arith.addi %v31, %v1608 : i64
        %v1611 = llvm.getelementptr %v6[%v1610] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1612 = llvm.load %v1611 : !llvm.ptr<3> -> i64
        %v1613 = arith.addi %v1549, %v1551 : i64
        %v1614 = arith.cmpi slt, %v1613, %v63 : i64
        %v1615 = arith.subi %size_L, %v1 : i64
        %v1616 = arith.minsi %v1613, %v1615 : i64
        %v1617 = arith.addi %v1612, %v1616 : i64
        %v1618 = arith.muli %v1610, %v77 : i64
        %v1619 = arith.addi %v1618, %v1551 : i64
        %v1620 = llvm.getelementptr %in_g_f[%v1617] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1621 = llvm.load %v1620 : !llvm.ptr -> f32
        %v1622 = arith.addi %v1550, %v141 : i64
        %v1623 = arith.constant true
        %v1624 = arith.addi %v31, %v1622 : i64
        %v1625 = llvm.getelementptr %v6[%v1624] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1626 = llvm.load %v1625 : !llvm.ptr<3> -> i64
        %v1627 = arith.addi %v1549, %v1551 : i64
        %v1628 = arith.cmpi slt, %v1627, %v63 : i64
        %v1629 = arith.subi %size_L, %v1 : i64
        %v1630 = arith.minsi %v1627, %v1629 : i64
        %v1631 = arith.addi %v1626, %v1630 : i64
        %v1632 = arith.muli %v1624, %v77 : i64
        %v1633 = arith.addi %v1632, %v1551 : i64
        %v1634 = llvm.getelementptr %in_g_f[%v1631] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1635 = llvm.load %v1634 : !llvm.ptr -> f32
        %v1636 = arith.addi %v1550, %v156 : i64
        %v1637 = arith.constant true
        %v1638 = arith.addi %v31, %v1636 : i64
        %v1639 = llvm.getelementptr %v6[%v1638] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1640 = llvm.load %v1639 : !llvm.ptr<3> -> i64
        %v1641 = arith.addi %v1549, %v1551 : i64
        %v1642 = arith.cmpi slt, %v1641, %v63 : i64
        %v1643 = arith.subi %size_L, %v1 : i64
        %v1644 = arith.minsi %v1641, %v1643 : i64
        %v1645 = arith.addi %v1640, %v1644 : i64
        %v1646 = arith.muli %v1638, %v77 : i64
        %v1647 = arith.addi %v1646, %v1551 : i64
        %v1648 = llvm.getelementptr %in_g_f[%v1645] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1649 = llvm.load %v1648 : !llvm.ptr -> f32
        %v1650 = arith.addi %v1550, %v171 : i64
        %v1651 = arith.constant true
        %v1652 = arith.addi %v31, %v1650 : i64
        %v1653 = llvm.getelementptr %v6[%v1652] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1654 = llvm.load %v1653 : !llvm.ptr<3> -> i64
        %v1655 = arith.addi %v1549, %v1551 : i64
        %v1656 = arith.cmpi slt, %v1655, %v63 : i64
        %v1657 = arith.subi %size_L, %v1 : i64
        %v1658 = arith.minsi %v1655, %v1657 : i64
        %v1659 = arith.addi %v1654, %v1658 : i64
        %v1660 = arith.muli %v1652, %v77 : i64
        %v1661 = arith.addi %v1660, %v1551 : i64
        %v1662 = llvm.getelementptr %in_g_f[%v1659] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1663 = llvm.load %v1662 : !llvm.ptr -> f32
        %v1664 = arith.addi %v1550, %v186 : i64
        %v1665 = arith.constant true
        %v1666 = arith.addi %v31, %v1664 : i64
        %v1667 = llvm.getelementptr %v6[%v1666] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1668 = llvm.load %v1667 : !llvm.ptr<3> -> i64
        %v1669 = arith.addi %v1549, %v1551 : i64
        %v1670 = arith.cmpi slt, %v1669, %v63 : i64
        %v1671 = arith.subi %size_L, %v1 : i64
        %v1672 = arith.minsi %v1669, %v1671 : i64
        %v1673 = arith.addi %v1668, %v1672 : i64
        %v1674 = arith.muli %v1666, %v77 : i64
        %v1675 = arith.addi %v1674, %v1551 : i64
        %v1676 = llvm.getelementptr %in_g_f[%v1673] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1677 = llvm.load %v1676 : !llvm.ptr -> f32
        %v1678 = arith.addi %v1550, %v201 : i64
        %v1679 = arith.constant true
        %v1680 = arith.addi %v31, %v1678 : i64
        %v1681 = llvm.getelementptr %v6[%v1680] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1682 = llvm.load %v1681 : !llvm.ptr<3> -> i64
        %v1683 = arith.addi %v1549, %v1551 : i64
        %v1684 = arith.cmpi slt, %v1683, %v63 : i64
        %v1685 = arith.subi %size_L, %v1 : i64
        %v1686 = arith.minsi %v1683, %v1685 : i64
        %v1687 = arith.addi %v1682, %v1686 : i64
        %v1688 = arith.muli %v1680, %v77 : i64
        %v1689 = arith.addi %v1688, %v1551 : i64
        %v1690 = llvm.getelementptr %in_g_f[%v1687] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1691 = llvm.load %v1690 : !llvm.ptr -> f32
        %v1692 = arith.addi %v1550, %v216 : i64
        %v1693 = arith.constant true
        %v1694 = arith.addi %v31, %v1692 : i64
        %v1695 = llvm.getelementptr %v6[%v1694] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1696 = llvm.load %v1695 : !llvm.ptr<3> -> i64
        %v1697 = arith.addi %v1549, %v1551 : i64
        %v1698 = arith.cmpi slt, %v1697, %v63 : i64
        %v1699 = arith.subi %size_L, %v1 : i64
        %v1700 = arith.minsi %v1697, %v1699 : i64
        %v1701 = arith.addi %v1696, %v1700 : i64
        %v1702 = arith.muli %v1694, %v77 : i64
        %v1703 = arith.addi %v1702, %v1551 : i64
        %v1704 = llvm.getelementptr %in_g_f[%v1701] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1705 = llvm.load %v1704 : !llvm.ptr -> f32
        %v1706 = arith.addi %v1550, %v231 : i64
        %v1707 = arith.constant true
        %v1708 = arith.addi %v31, %v1706 : i64
        %v1709 = llvm.getelementptr %v6[%v1708] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1710 = llvm.load %v1709 : !llvm.ptr<3> -> i64
        %v1711 = arith.addi %v1549, %v1551 : i64
        %v1712 = arith.cmpi slt, %v1711, %v63 : i64
        %v1713 = arith.subi %size_L, %v1 : i64
        %v1714 = arith.minsi %v1711, %v1713 : i64
        %v1715 = arith.addi %v1710, %v1714 : i64
        %v1716 = arith.muli %v1708, %v77 : i64
        %v1717 = arith.addi %v1716, %v1551 : i64
        %v1718 = llvm.getelementptr %in_g_f[%v1715] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1719 = llvm.load %v1718 : !llvm.ptr -> f32
        %v1720 = arith.addi %v1550, %v246 : i64
        %v1721 = arith.constant true
        %v1722 = arith.addi %v31, %v1720 : i64
        %v1723 = llvm.getelementptr %v6[%v1722] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1724 = llvm.load %v1723 : !llvm.ptr<3> -> i64
        %v1725 = arith.addi %v1549, %v1551 : i64
        %v1726 = arith.cmpi slt, %v1725, %v63 : i64
        %v1727 = arith.subi %size_L, %v1 : i64
        %v1728 = arith.minsi %v1725, %v1727 : i64
        %v1729 = arith.addi %v1724, %v1728 : i64
        %v1730 = arith.muli %v1722, %v77 : i64
        %v1731 = arith.addi %v1730, %v1551 : i64
        %v1732 = llvm.getelementptr %in_g_f[%v1729] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1733 = llvm.load %v1732 : !llvm.ptr -> f32
        %v1734 = arith.addi %v1550, %v261 : i64
        %v1735 = arith.constant true
        %v1736 = arith.addi %v31, %v1734 : i64
        %v1737 = llvm.getelementptr %v6[%v1736] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1738 = llvm.load %v1737 : !llvm.ptr<3> -> i64
        %v1739 = arith.addi %v1549, %v1551 : i64
        %v1740 = arith.cmpi slt, %v1739, %v63 : i64
        %v1741 = arith.subi %size_L, %v1 : i64
        %v1742 = arith.minsi %v1739, %v1741 : i64
        %v1743 = arith.addi %v1738, %v1742 : i64
        %v1744 = arith.muli %v1736, %v77 : i64
        %v1745 = arith.addi %v1744, %v1551 : i64
        %v1746 = llvm.getelementptr %in_g_f[%v1743] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1747 = llvm.load %v1746 : !llvm.ptr -> f32
        %v1748 = arith.addi %v1550, %v276 : i64
        %v1749 = arith.constant true
        %v1750 = arith.addi %v31, %v1748 : i64
        %v1751 = llvm.getelementptr %v6[%v1750] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1752 = llvm.load %v1751 : !llvm.ptr<3> -> i64
        %v1753 = arith.addi %v1549, %v1551 : i64
        %v1754 = arith.cmpi slt, %v1753, %v63 : i64
        %v1755 = arith.subi %size_L, %v1 : i64
        %v1756 = arith.minsi %v1753, %v1755 : i64
        %v1757 = arith.addi %v1752, %v1756 : i64
        %v1758 = arith.muli %v1750, %v77 : i64
        %v1759 = arith.addi %v1758, %v1551 : i64
        %v1760 = llvm.getelementptr %in_g_f[%v1757] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1761 = llvm.load %v1760 : !llvm.ptr -> f32
        %v1762 = arith.addi %v1550, %v291 : i64
        %v1763 = arith.constant true
        %v1764 = arith.addi %v31, %v1762 : i64
        %v1765 = llvm.getelementptr %v6[%v1764] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1766 = llvm.load %v1765 : !llvm.ptr<3> -> i64
        %v1767 = arith.addi %v1549, %v1551 : i64
        %v1768 = arith.cmpi slt, %v1767, %v63 : i64
        %v1769 = arith.subi %size_L, %v1 : i64
        %v1770 = arith.minsi %v1767, %v1769 : i64
        %v1771 = arith.addi %v1766, %v1770 : i64
        %v1772 = arith.muli %v1764, %v77 : i64
        %v1773 = arith.addi %v1772, %v1551 : i64
        %v1774 = llvm.getelementptr %in_g_f[%v1771] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1775 = llvm.load %v1774 : !llvm.ptr -> f32
        %v1776 = arith.addi %v1550, %v64 : i64
        %v1777 = arith.constant true
        %v1778 = arith.addi %v31, %v1776 : i64
        %v1779 = llvm.getelementptr %v6[%v1778] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1780 = llvm.load %v1779 : !llvm.ptr<3> -> i64
        %v1781 = arith.addi %v1549, %v1551 : i64
        %v1782 = arith.cmpi slt, %v1781, %v63 : i64
        %v1783 = arith.subi %size_L, %v1 : i64
        %v1784 = arith.minsi %v1781, %v1783 : i64
        %v1785 = arith.addi %v1780, %v1784 : i64
        %v1786 = arith.muli %v1778, %v77 : i64
        %v1787 = arith.addi %v1786, %v1551 : i64
        %v1788 = llvm.getelementptr %in_g_f[%v1785] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1789 = llvm.load %v1788 : !llvm.ptr -> f32
        %v1790 = arith.addi %v1550, %v320 : i64
        %v1791 = arith.constant true
        %v1792 = arith.addi %v31, %v1790 : i64
        %v1793 = llvm.getelementptr %v6[%v1792] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1794 = llvm.load %v1793 : !llvm.ptr<3> -> i64
        %v1795 = arith.addi %v1549, %v1551 : i64
        %v1796 = arith.cmpi slt, %v1795, %v63 : i64
        %v1797 = arith.subi %size_L, %v1 : i64
        %v1798 = arith.minsi %v1795, %v1797 : i64
        %v1799 = arith.addi %v1794, %v1798 : i64
        %v1800 = arith.muli %v1792, %v77 : i64
        %v1801 = arith.addi %v1800, %v1551 : i64
        %v1802 = llvm.getelementptr %in_g_f[%v1799] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1803 = llvm.load %v1802 : !llvm.ptr -> f32
        %v1804 = arith.addi %v1550, %v335 : i64
        %v1805 = arith.constant true
        %v1806 = arith.addi %v31, %v1804 : i64
        %v1807 = llvm.getelementptr %v6[%v1806] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1808 = llvm.load %v1807 : !llvm.ptr<3> -> i64
        %v1809 = arith.addi %v1549, %v1551 : i64
        %v1810 = arith.cmpi slt, %v1809, %v63 : i64
        %v1811 = arith.subi %size_L, %v1 : i64
        %v1812 = arith.minsi %v1809, %v1811 : i64
        %v1813 = arith.addi %v1808, %v1812 : i64
        %v1814 = arith.muli %v1806, %v77 : i64
        %v1815 = arith.addi %v1814, %v1551 : i64
        %v1816 = llvm.getelementptr %in_g_f[%v1813] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1817 = llvm.load %v1816 : !llvm.ptr -> f32
        %v1818 = arith.addi %v1550, %v350 : i64
        %v1819 = arith.constant true
        %v1820 = arith.addi %v31, %v1818 : i64
        %v1821 = llvm.getelementptr %v6[%v1820] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1822 = llvm.load %v1821 : !llvm.ptr<3> -> i64
        %v1823 = arith.addi %v1549, %v1551 : i64
        %v1824 = arith.cmpi slt, %v1823, %v63 : i64
        %v1825 = arith.subi %size_L, %v1 : i64
        %v1826 = arith.minsi %v1823, %v1825 : i64
        %v1827 = arith.addi %v1822, %v1826 : i64
        %v1828 = arith.muli %v1820, %v77 : i64
        %v1829 = arith.addi %v1828, %v1551 : i64
        %v1830 = llvm.getelementptr %in_g_f[%v1827] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1831 = llvm.load %v1830 : !llvm.ptr -> f32
        %v1832 = arith.addi %v1550, %v365 : i64
        %v1833 = arith.constant true
        %v1834 = arith.addi %v31, %v1832 : i64
        %v1835 = llvm.getelementptr %v6[%v1834] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1836 = llvm.load %v1835 : !llvm.ptr<3> -> i64
        %v1837 = arith.addi %v1549, %v1551 : i64
        %v1838 = arith.cmpi slt, %v1837, %v63 : i64
        %v1839 = arith.subi %size_L, %v1 : i64
        %v1840 = arith.minsi %v1837, %v1839 : i64
        %v1841 = arith.addi %v1836, %v1840 : i64
        %v1842 = arith.muli %v1834, %v77 : i64
        %v1843 = arith.addi %v1842, %v1551 : i64
        %v1844 = llvm.getelementptr %in_g_f[%v1841] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1845 = llvm.load %v1844 : !llvm.ptr -> f32
        %v1846 = arith.addi %v1550, %v380 : i64
        %v1847 = arith.constant true
        %v1848 = arith.addi %v31, %v1846 : i64
        %v1849 = llvm.getelementptr %v6[%v1848] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1850 = llvm.load %v1849 : !llvm.ptr<3> -> i64
        %v1851 = arith.addi %v1549, %v1551 : i64
        %v1852 = arith.cmpi slt, %v1851, %v63 : i64
        %v1853 = arith.subi %size_L, %v1 : i64
        %v1854 = arith.minsi %v1851, %v1853 : i64
        %v1855 = arith.addi %v1850, %v1854 : i64
        %v1856 = arith.muli %v1848, %v77 : i64
        %v1857 = arith.addi %v1856, %v1551 : i64
        %v1858 = llvm.getelementptr %in_g_f[%v1855] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1859 = llvm.load %v1858 : !llvm.ptr -> f32
        %v1860 = arith.addi %v1550, %v395 : i64
        %v1861 = arith.constant true
        %v1862 = arith.addi %v31, %v1860 : i64
        %v1863 = llvm.getelementptr %v6[%v1862] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1864 = llvm.load %v1863 : !llvm.ptr<3> -> i64
        %v1865 = arith.addi %v1549, %v1551 : i64
        %v1866 = arith.cmpi slt, %v1865, %v63 : i64
        %v1867 = arith.subi %size_L, %v1 : i64
        %v1868 = arith.minsi %v1865, %v1867 : i64
        %v1869 = arith.addi %v1864, %v1868 : i64
        %v1870 = arith.muli %v1862, %v77 : i64
        %v1871 = arith.addi %v1870, %v1551 : i64
        %v1872 = llvm.getelementptr %in_g_f[%v1869] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1873 = llvm.load %v1872 : !llvm.ptr -> f32
        %v1874 = arith.addi %v1550, %v410 : i64
        %v1875 = arith.constant true
        %v1876 = arith.addi %v31, %v1874 : i64
        %v1877 = llvm.getelementptr %v6[%v1876] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1878 = llvm.load %v1877 : !llvm.ptr<3> -> i64
        %v1879 = arith.addi %v1549, %v1551 : i64
        %v1880 = arith.cmpi slt, %v1879, %v63 : i64
        %v1881 = arith.subi %size_L, %v1 : i64
        %v1882 = arith.minsi %v1879, %v1881 : i64
        %v1883 = arith.addi %v1878, %v1882 : i64
        %v1884 = arith.muli %v1876, %v77 : i64
        %v1885 = arith.addi %v1884, %v1551 : i64
        %v1886 = llvm.getelementptr %in_g_f[%v1883] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1887 = llvm.load %v1886 : !llvm.ptr -> f32
        %v1888 = arith.addi %v1550, %v425 : i64
        %v1889 = arith.constant true
        %v1890 = arith.addi %v31, %v1888 : i64
        %v1891 = llvm.getelementptr %v6[%v1890] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1892 = llvm.load %v1891 : !llvm.ptr<3> -> i64
        %v1893 = arith.addi %v1549, %v1551 : i64
        %v1894 = arith.cmpi slt, %v1893, %v63 : i64
        %v1895 = arith.subi %size_L, %v1 : i64
        %v1896 = arith.minsi %v1893, %v1895 : i64
        %v1897 = arith.addi %v1892, %v1896 : i64
        %v1898 = arith.muli %v1890, %v77 : i64
        %v1899 = arith.addi %v1898, %v1551 : i64
        %v1900 = llvm.getelementptr %in_g_f[%v1897] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1901 = llvm.load %v1900 : !llvm.ptr -> f32
        %v1902 = arith.addi %v1550, %v440 : i64
        %v1903 = arith.constant true
        %v1904 = arith.addi %v31, %v1902 : i64
        %v1905 = llvm.getelementptr %v6[%v1904] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1906 = llvm.load %v1905 : !llvm.ptr<3> -> i64
        %v1907 = arith.addi %v1549, %v1551 : i64
        %v1908 = arith.cmpi slt, %v1907, %v63 : i64
        %v1909 = arith.subi %size_L, %v1 : i64
        %v1910 = arith.minsi %v1907, %v1909 : i64
        %v1911 = arith.addi %v1906, %v1910 : i64
        %v1912 = arith.muli %v1904, %v77 : i64
        %v1913 = arith.addi %v1912, %v1551 : i64
        %v1914 = llvm.getelementptr %in_g_f[%v1911] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1915 = llvm.load %v1914 : !llvm.ptr -> f32
        %v1916 = arith.addi %v1550, %v455 : i64
        %v1917 = arith.constant true
        %v1918 = arith.addi %v31, %v1916 : i64
        %v1919 = llvm.getelementptr %v6[%v1918] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1920 = llvm.load %v1919 : !llvm.ptr<3> -> i64
        %v1921 = arith.addi %v1549, %v1551 : i64
        %v1922 = arith.cmpi slt, %v1921, %v63 : i64
        %v1923 = arith.subi %size_L, %v1 : i64
        %v1924 = arith.minsi %v1921, %v1923 : i64
        %v1925 = arith.addi %v1920, %v1924 : i64
        %v1926 = arith.muli %v1918, %v77 : i64
        %v1927 = arith.addi %v1926, %v1551 : i64
        %v1928 = llvm.getelementptr %in_g_f[%v1925] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1929 = llvm.load %v1928 : !llvm.ptr -> f32
        %v1930 = arith.addi %v1550, %v470 : i64
        %v1931 = arith.constant true
        %v1932 = arith.addi %v31, %v1930 : i64
        %v1933 = llvm.getelementptr %v6[%v1932] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1934 = llvm.load %v1933 : !llvm.ptr<3> -> i64
        %v1935 = arith.addi %v1549, %v1551 : i64
        %v1936 = arith.cmpi slt, %v1935, %v63 : i64
        %v1937 = arith.subi %size_L, %v1 : i64
        %v1938 = arith.minsi %v1935, %v1937 : i64
        %v1939 = arith.addi %v1934, %v1938 : i64
        %v1940 = arith.muli %v1932, %v77 : i64
        %v1941 = arith.addi %v1940, %v1551 : i64
        %v1942 = llvm.getelementptr %in_g_f[%v1939] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1943 = llvm.load %v1942 : !llvm.ptr -> f32
        %v1944 = arith.addi %v1550, %v485 : i64
        %v1945 = arith.constant true
        %v1946 = arith.addi %v31, %v1944 : i64
        %v1947 = llvm.getelementptr %v6[%v1946] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1948 = llvm.load %v1947 : !llvm.ptr<3> -> i64
        %v1949 = arith.addi %v1549, %v1551 : i64
        %v1950 = arith.cmpi slt, %v1949, %v63 : i64
        %v1951 = arith.subi %size_L, %v1 : i64
        %v1952 = arith.minsi %v1949, %v1951 : i64
        %v1953 = arith.addi %v1948, %v1952 : i64
        %v1954 = arith.muli %v1946, %v77 : i64
        %v1955 = arith.addi %v1954, %v1551 : i64
        %v1956 = llvm.getelementptr %in_g_f[%v1953] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1957 = llvm.load %v1956 : !llvm.ptr -> f32
        %v1958 = arith.addi %v1550, %v500 : i64
        %v1959 = arith.constant true
        %v1960 = arith.addi %v31, %v1958 : i64
        %v1961 = llvm.getelementptr %v6[%v1960] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1962 = llvm.load %v1961 : !llvm.ptr<3> -> i64
        %v1963 = arith.addi %v1549, %v1551 : i64
        %v1964 = arith.cmpi slt, %v1963, %v63 : i64
        %v1965 = arith.subi %size_L, %v1 : i64
        %v1966 = arith.minsi %v1963, %v1965 : i64
        %v1967 = arith.addi %v1962, %v1966 : i64
        %v1968 = arith.muli %v1960, %v77 : i64
        %v1969 = arith.addi %v1968, %v1551 : i64
        %v1970 = llvm.getelementptr %in_g_f[%v1967] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1971 = llvm.load %v1970 : !llvm.ptr -> f32
        %v1972 = arith.addi %v1550, %v515 : i64
        %v1973 = arith.constant true
        %v1974 = arith.addi %v31, %v1972 : i64
        %v1975 = llvm.getelementptr %v6[%v1974] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1976 = llvm.load %v1975 : !llvm.ptr<3> -> i64
        %v1977 = arith.addi %v1549, %v1551 : i64
        %v1978 = arith.cmpi slt, %v1977, %v63 : i64
        %v1979 = arith.subi %size_L, %v1 : i64
        %v1980 = arith.minsi %v1977, %v1979 : i64
        %v1981 = arith.addi %v1976, %v1980 : i64
        %v1982 = arith.muli %v1974, %v77 : i64
        %v1983 = arith.addi %v1982, %v1551 : i64
        %v1984 = llvm.getelementptr %in_g_f[%v1981] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1985 = llvm.load %v1984 : !llvm.ptr -> f32
        %v1986 = arith.addi %v1550, %v530 : i64
        %v1987 = arith.constant true
        %v1988 = arith.addi %v31, %v1986 : i64
        %v1989 = llvm.getelementptr %v6[%v1988] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1990 = llvm.load %v1989 : !llvm.ptr<3> -> i64
        %v1991 = arith.addi %v1549, %v1551 : i64
        %v1992 = arith.cmpi slt, %v1991, %v63 : i64
        %v1993 = arith.subi %size_L, %v1 : i64
        %v1994 = arith.minsi %v1991, %v1993 : i64
        %v1995 = arith.addi %v1990, %v1994 : i64
        %v1996 = arith.muli %v1988, %v77 : i64
        %v1997 = arith.addi %v1996, %v1551 : i64
        %v1998 = llvm.getelementptr %in_g_f[%v1995] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1999 = llvm.load %v1998 : !llvm.ptr -> f32
        %v2000 = arith.divui %v14, %v64 : i64
        %v2001 = arith.remui %v14, %v64 : i64
        %v2002 = arith.addi %v2000, %v31 : i64
        %v2003 = arith.constant true
        %v2004 = arith.addi %v16, %v2002 : i64
        %v2005 = llvm.getelementptr %v6[%v2004] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2006 = llvm.load %v2005 : !llvm.ptr<3> -> i64
        %v2007 = arith.addi %v1549, %v2001 : i64
        %v2008 = arith.cmpi slt, %v2007, %v63 : i64
        %v2009 = arith.subi %size_L, %v1 : i64
        %v2010 = arith.minsi %v2007, %v2009 : i64
        %v2011 = arith.addi %v2006, %v2010 : i64
        %v2012 = arith.muli %v2004, %v77 : i64
        %v2013 = arith.addi %v2012, %v2001 : i64
        %v2014 = llvm.getelementptr %in_g_c[%v2011] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2015 = llvm.load %v2014 : !llvm.ptr -> f32
        %v2016 = arith.addi %v2000, %v55 : i64
        %v2017 = arith.constant true
        %v2018 = arith.addi %v16, %v2016 : i64
        %v2019 = llvm.getelementptr %v6[%v2018] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2020 = llvm.load %v2019 : !llvm.ptr<3> -> i64
        %v2021 = arith.addi %v1549, %v2001 : i64
        %v2022 = arith.cmpi slt, %v2021, %v63 : i64
        %v2023 = arith.subi %size_L, %v1 : i64
        %v2024 = arith.minsi %v2021, %v2023 : i64
        %v2025 = arith.addi %v2020, %v2024 : i64
        %v2026 = arith.muli %v2018, %v77 : i64
        %v2027 = arith.addi %v2026, %v2001 : i64
        %v2028 = llvm.getelementptr %in_g_c[%v2025] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2029 = llvm.load %v2028 : !llvm.ptr -> f32
        %v2030 = arith.addi %v2000, %v96 : i64
        %v2031 = arith.constant true
        %v2032 = arith.addi %v16, %v2030 : i64
        %v2033 = llvm.getelementptr %v6[%v2032] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2034 = llvm.load %v2033 : !llvm.ptr<3> -> i64
        %v2035 = arith.addi %v1549, %v2001 : i64
        %v2036 = arith.cmpi slt, %v2035, %v63 : i64
        %v2037 = arith.subi %size_L, %v1 : i64
        %v2038 = arith.minsi %v2035, %v2037 : i64
        %v2039 = arith.addi %v2034, %v2038 : i64
        %v2040 = arith.muli %v2032, %v77 : i64
        %v2041 = arith.addi %v2040, %v2001 : i64
        %v2042 = llvm.getelementptr %in_g_c[%v2039] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2043 = llvm.load %v2042 : !llvm.ptr -> f32
        %v2044 = arith.addi %v2000, %v111 : i64
        %v2045 = arith.constant true
        %v2046 = arith.addi %v16, %v2044 : i64
        %v2047 = llvm.getelementptr %v6[%v2046] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2048 = llvm.load %v2047 : !llvm.ptr<3> -> i64
        %v2049 = arith.addi %v1549, %v2001 : i64
        %v2050 = arith.cmpi slt, %v2049, %v63 : i64
        %v2051 = arith.subi %size_L, %v1 : i64
        %v2052 = arith.minsi %v2049, %v2051 : i64
        %v2053 = arith.addi %v2048, %v2052 : i64
        %v2054 = arith.muli %v2046, %v77 : i64
        %v2055 = arith.addi %v2054, %v2001 : i64
        %v2056 = llvm.getelementptr %in_g_c[%v2053] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2057 = llvm.load %v2056 : !llvm.ptr -> f32
        %v2058 = arith.addi %v2000, %v126 : i64
        %v2059 = arith.constant true
        %v2060 = arith.addi %v16, %v2058 : i64
        %v2061 = llvm.getelementptr %v6[%v2060] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2062 = llvm.load %v2061 : !llvm.ptr<3> -> i64
        %v2063 = arith.addi %v1549, %v2001 : i64
        %v2064 = arith.cmpi slt, %v2063, %v63 : i64
        %v2065 = arith.subi %size_L, %v1 : i64
        %v2066 = arith.minsi %v2063, %v2065 : i64
        %v2067 = arith.addi %v2062, %v2066 : i64
        %v2068 = arith.muli %v2060, %v77 : i64
        %v2069 = arith.addi %v2068, %v2001 : i64
        %v2070 = llvm.getelementptr %in_g_c[%v2067] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2071 = llvm.load %v2070 : !llvm.ptr -> f32
        %v2072 = arith.addi %v2000, %v141 : i64
        %v2073 = arith.constant true
        %v2074 = arith.addi %v16, %v2072 : i64
        %v2075 = llvm.getelementptr %v6[%v2074] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2076 = llvm.load %v2075 : !llvm.ptr<3> -> i64
        %v2077 = arith.addi %v1549, %v2001 : i64
        %v2078 = arith.cmpi slt, %v2077, %v63 : i64
        %v2079 = arith.subi %size_L, %v1 : i64
        %v2080 = arith.minsi %v2077, %v2079 : i64
        %v2081 = arith.addi %v2076, %v2080 : i64
        %v2082 = arith.muli %v2074, %v77 : i64
        %v2083 = arith.addi %v2082, %v2001 : i64
        %v2084 = llvm.getelementptr %in_g_c[%v2081] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2085 = llvm.load %v2084 : !llvm.ptr -> f32
        %v2086 = arith.addi %v2000, %v156 : i64
        %v2087 = arith.constant true
        %v2088 = arith.addi %v16, %v2086 : i64
        %v2089 = llvm.getelementptr %v6[%v2088] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2090 = llvm.load %v2089 : !llvm.ptr<3> -> i64
        %v2091 = arith.addi %v1549, %v2001 : i64
        %v2092 = arith.cmpi slt, %v2091, %v63 : i64
        %v2093 = arith.subi %size_L, %v1 : i64
        %v2094 = arith.minsi %v2091, %v2093 : i64
        %v2095 = arith.addi %v2090, %v2094 : i64
        %v2096 = arith.muli %v2088, %v77 : i64
        %v2097 = arith.addi %v2096, %v2001 : i64
        %v2098 = llvm.getelementptr %in_g_c[%v2095] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2099 = llvm.load %v2098 : !llvm.ptr -> f32
        %v2100 = arith.addi %v2000, %v171 : i64
        %v2101 = arith.constant true
        %v2102 = arith.addi %v16, %v2100 : i64
        %v2103 = llvm.getelementptr %v6[%v2102] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2104 = llvm.load %v2103 : !llvm.ptr<3> -> i64
        %v2105 = arith.addi %v1549, %v2001 : i64
        %v2106 = arith.cmpi slt, %v2105, %v63 : i64
        %v2107 = arith.subi %size_L, %v1 : i64
        %v2108 = arith.minsi %v2105, %v2107 : i64
        %v2109 = arith.addi %v2104, %v2108 : i64
        %v2110 = arith.muli %v2102, %v77 : i64
        %v2111 = arith.addi %v2110, %v2001 : i64
        %v2112 = llvm.getelementptr %in_g_c[%v2109] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2113 = llvm.load %v2112 : !llvm.ptr -> f32
        %v2114 = arith.addi %v2000, %v186 : i64
        %v2115 = arith.constant true
        %v2116 = arith.addi %v16, %v2114 : i64
        %v2117 = llvm.getelementptr %v6[%v2116] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2118 = llvm.load %v2117 : !llvm.ptr<3> -> i64
        %v2119 = arith.addi %v1549, %v2001 : i64
        %v2120 = arith.cmpi slt, %v2119, %v63 : i64
        %v2121 = arith.subi %size_L, %v1 : i64
        %v2122 = arith.minsi %v2119, %v2121 : i64
        %v2123 = arith.addi %v2118, %v2122 : i64
        %v2124 = arith.muli %v2116, %v77 : i64
        %v2125 = arith.addi %v2124, %v2001 : i64
        %v2126 = llvm.getelementptr %in_g_c[%v2123] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2127 = llvm.load %v2126 : !llvm.ptr -> f32
        %v2128 = arith.addi %v2000, %v201 : i64
        %v2129 = arith.constant true
        %v2130 = arith.addi %v16, %v2128 : i64
        %v2131 = llvm.getelementptr %v6[%v2130] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2132 = llvm.load %v2131 : !llvm.ptr<3> -> i64
        %v2133 = arith.addi %v1549, %v2001 : i64
        %v2134 = arith.cmpi slt, %v2133, %v63 : i64
        %v2135 = arith.subi %size_L, %v1 : i64
        %v2136 = arith.minsi %v2133, %v2135 : i64
        %v2137 = arith.addi %v2132, %v2136 : i64
        %v2138 = arith.muli %v2130, %v77 : i64
        %v2139 = arith.addi %v2138, %v2001 : i64
        %v2140 = llvm.getelementptr %in_g_c[%v2137] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2141 = llvm.load %v2140 : !llvm.ptr -> f32
        %v2142 = arith.addi %v2000, %v216 : i64
        %v2143 = arith.constant true
        %v2144 = arith.addi %v16, %v2142 : i64
        %v2145 = llvm.getelementptr %v6[%v2144] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2146 = llvm.load %v2145 : !llvm.ptr<3> -> i64
        %v2147 = arith.addi %v1549, %v2001 : i64
        %v2148 = arith.cmpi slt, %v2147, %v63 : i64
        %v2149 = arith.subi %size_L, %v1 : i64
        %v2150 = arith.minsi %v2147, %v2149 : i64
        %v2151 = arith.addi %v2146, %v2150 : i64
        %v2152 = arith.muli %v2144, %v77 : i64
        %v2153 = arith.addi %v2152, %v2001 : i64
        %v2154 = llvm.getelementptr %in_g_c[%v2151] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2155 = llvm.load %v2154 : !llvm.ptr -> f32
        %v2156 = arith.addi %v2000, %v231 : i64
        %v2157 = arith.constant true
        %v2158 = arith.addi %v16, %v2156 : i64
        %v2159 = llvm.getelementptr %v6[%v2158] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2160 = llvm.load %v2159 : !llvm.ptr<3> -> i64
        %v2161 = arith.addi %v1549, %v2001 : i64
        %v2162 = arith.cmpi slt, %v2161, %v63 : i64
        %v2163 = arith.subi %size_L, %v1 : i64
        %v2164 = arith.minsi %v2161, %v2163 : i64
        %v2165 = arith.addi %v2160, %v2164 : i64
        %v2166 = arith.muli %v2158, %v77 : i64
        %v2167 = arith.addi %v2166, %v2001 : i64
        %v2168 = llvm.getelementptr %in_g_c[%v2165] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2169 = llvm.load %v2168 : !llvm.ptr -> f32
        %v2170 = arith.addi %v2000, %v246 : i64
        %v2171 = arith.constant true
        %v2172 = arith.addi %v16, %v2170 : i64
        %v2173 = llvm.getelementptr %v6[%v2172] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2174 = llvm.load %v2173 : !llvm.ptr<3> -> i64
        %v2175 = arith.addi %v1549, %v2001 : i64
        %v2176 = arith.cmpi slt, %v2175, %v63 : i64
        %v2177 = arith.subi %size_L, %v1 : i64
        %v2178 = arith.minsi %v2175, %v2177 : i64
        %v2179 = arith.addi %v2174, %v2178 : i64
        %v2180 = arith.muli %v2172, %v77 : i64
        %v2181 = arith.addi %v2180, %v2001 : i64
        %v2182 = llvm.getelementptr %in_g_c[%v2179] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2183 = llvm.load %v2182 : !llvm.ptr -> f32
        %v2184 = arith.addi %v2000, %v261 : i64
        %v2185 = arith.constant true
        %v2186 = arith.addi %v16, %v2184 : i64
        %v2187 = llvm.getelementptr %v6[%v2186] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2188 = llvm.load %v2187 : !llvm.ptr<3> -> i64
        %v2189 = arith.addi %v1549, %v2001 : i64
        %v2190 = arith.cmpi slt, %v2189, %v63 : i64
        %v2191 = arith.subi %size_L, %v1 : i64
        %v2192 = arith.minsi %v2189, %v2191 : i64
        %v2193 = arith.addi %v2188, %v2192 : i64
        %v2194 = arith.muli %v2186, %v77 : i64
        %v2195 = arith.addi %v2194, %v2001 : i64
        %v2196 = llvm.getelementptr %in_g_c[%v2193] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2197 = llvm.load %v2196 : !llvm.ptr -> f32
        %v2198 = arith.addi %v2000, %v276 : i64
        %v2199 = arith.constant true
        %v2200 = arith.addi %v16, %v2198 : i64
        %v2201 = llvm.getelementptr %v6[%v2200] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2202 = llvm.load %v2201 : !llvm.ptr<3> -> i64
        %v2203 = arith.addi %v1549, %v2001 : i64
        %v2204 = arith.cmpi slt, %v2203, %v63 : i64
        %v2205 = arith.subi %size_L, %v1 : i64
        %v2206 = arith.minsi %v2203, %v2205 : i64
        %v2207 = arith.addi %v2202, %v2206 : i64
        %v2208 = arith.muli %v2200, %v77 : i64
        %v2209 = arith.addi %v2208, %v2001 : i64
        %v2210 = llvm.getelementptr %in_g_c[%v2207] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2211 = llvm.load %v2210 : !llvm.ptr -> f32
        %v2212 = arith.addi %v2000, %v291 : i64
        %v2213 = arith.constant true
        %v2214 = arith.addi %v16, %v2212 : i64
        %v2215 = llvm.getelementptr %v6[%v2214] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2216 = llvm.load %v2215 : !llvm.ptr<3> -> i64
        %v2217 = arith.addi %v1549, %v2001 : i64
        %v2218 = arith.cmpi slt, %v2217, %v63 : i64
        %v2219 = arith.subi %size_L, %v1 : i64
        %v2220 = arith.minsi %v2217, %v2219 : i64
        %v2221 = arith.addi %v2216, %v2220 : i64
        %v2222 = arith.muli %v2214, %v77 : i64
        %v2223 = arith.addi %v2222, %v2001 : i64
        %v2224 = llvm.getelementptr %in_g_c[%v2221] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2225 = llvm.load %v2224 : !llvm.ptr -> f32
        %v2226 = arith.addi %v2000, %v64 : i64
        %v2227 = arith.constant true
        %v2228 = arith.addi %v16, %v2226 : i64
        %v2229 = llvm.getelementptr %v6[%v2228] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2230 = llvm.load %v2229 : !llvm.ptr<3> -> i64
        %v2231 = arith.addi %v1549, %v2001 : i64
        %v2232 = arith.cmpi slt, %v2231, %v63 : i64
        %v2233 = arith.subi %size_L, %v1 : i64
        %v2234 = arith.minsi %v2231, %v2233 : i64
        %v2235 = arith.addi %v2230, %v2234 : i64
        %v2236 = arith.muli %v2228, %v77 : i64
        %v2237 = arith.addi %v2236, %v2001 : i64
        %v2238 = llvm.getelementptr %in_g_c[%v2235] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2239 = llvm.load %v2238 : !llvm.ptr -> f32
        %v2240 = arith.addi %v2000, %v320 : i64
        %v2241 = arith.constant true
        %v2242 = arith.addi %v16, %v2240 : i64
        %v2243 = llvm.getelementptr %v6[%v2242] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2244 = llvm.load %v2243 : !llvm.ptr<3> -> i64
        %v2245 = arith.addi %v1549, %v2001 : i64
        %v2246 = arith.cmpi slt, %v2245, %v63 : i64
        %v2247 = arith.subi %size_L, %v1 : i64
        %v2248 = arith.minsi %v2245, %v2247 : i64
        %v2249 = arith.addi %v2244, %v2248 : i64
        %v2250 = arith.muli %v2242, %v77 : i64
        %v2251 = arith.addi %v2250, %v2001 : i64
        %v2252 = llvm.getelementptr %in_g_c[%v2249] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2253 = llvm.load %v2252 : !llvm.ptr -> f32
        %v2254 = arith.addi %v2000, %v335 : i64
        %v2255 = arith.constant true
        %v2256 = arith.addi %v16, %v2254 : i64
        %v2257 = llvm.getelementptr %v6[%v2256] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2258 = llvm.load %v2257 : !llvm.ptr<3> -> i64
        %v2259 = arith.addi %v1549, %v2001 : i64
        %v2260 = arith.cmpi slt, %v2259, %v63 : i64
        %v2261 = arith.subi %size_L, %v1 : i64
        %v2262 = arith.minsi %v2259, %v2261 : i64
        %v2263 = arith.addi %v2258, %v2262 : i64
        %v2264 = arith.muli %v2256, %v77 : i64
        %v2265 = arith.addi %v2264, %v2001 : i64
        %v2266 = llvm.getelementptr %in_g_c[%v2263] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2267 = llvm.load %v2266 : !llvm.ptr -> f32
        %v2268 = arith.addi %v2000, %v350 : i64
        %v2269 = arith.constant true
        %v2270 = arith.addi %v16, %v2268 : i64
        %v2271 = llvm.getelementptr %v6[%v2270] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2272 = llvm.load %v2271 : !llvm.ptr<3> -> i64
        %v2273 = arith.addi %v1549, %v2001 : i64
        %v2274 = arith.cmpi slt, %v2273, %v63 : i64
        %v2275 = arith.subi %size_L, %v1 : i64
        %v2276 = arith.minsi %v2273, %v2275 : i64
        %v2277 = arith.addi %v2272, %v2276 : i64
        %v2278 = arith.muli %v2270, %v77 : i64
        %v2279 = arith.addi %v2278, %v2001 : i64
        %v2280 = llvm.getelementptr %in_g_c[%v2277] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2281 = llvm.load %v2280 : !llvm.ptr -> f32
        %v2282 = arith.addi %v2000, %v365 : i64
        %v2283 = arith.constant true
        %v2284 = arith.addi %v16, %v2282 : i64
        %v2285 = llvm.getelementptr %v6[%v2284] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2286 = llvm.load %v2285 : !llvm.ptr<3> -> i64
        %v2287 = arith.addi %v1549, %v2001 : i64
        %v2288 = arith.cmpi slt, %v2287, %v63 : i64
        %v2289 = arith.subi %size_L, %v1 : i64
        %v2290 = arith.minsi %v2287, %v2289 : i64
        %v2291 = arith.addi %v2286, %v2290 : i64
        %v2292 = arith.muli %v2284, %v77 : i64
        %v2293 = arith.addi %v2292, %v2001 : i64
        %v2294 = llvm.getelementptr %in_g_c[%v2291] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2295 = llvm.load %v2294 : !llvm.ptr -> f32
        %v2296 = arith.addi %v2000, %v380 : i64
        %v2297 = arith.constant true
        %v2298 = arith.addi %v16, %v2296 : i64
        %v2299 = llvm.getelementptr %v6[%v2298] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2300 = llvm.load %v2299 : !llvm.ptr<3> -> i64
        %v2301 = arith.addi %v1549, %v2001 : i64
        %v2302 = arith.cmpi slt, %v2301, %v63 : i64
        %v2303 = arith.subi %size_L, %v1 : i64
        %v2304 = arith.minsi %v2301, %v2303 : i64
        %v2305 = arith.addi %v2300, %v2304 : i64
        %v2306 = arith.muli %v2298, %v77 : i64
        %v2307 = arith.addi %v2306, %v2001 : i64
        %v2308 = llvm.getelementptr %in_g_c[%v2305] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2309 = llvm.load %v2308 : !llvm.ptr -> f32
        %v2310 = arith.addi %v2000, %v395 : i64
        %v2311 = arith.constant true
        %v2312 = arith.addi %v16, %v2310 : i64
        %v2313 = llvm.getelementptr %v6[%v2312] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2314 = llvm.load %v2313 : !llvm.ptr<3> -> i64
        %v2315 = arith.addi %v1549, %v2001 : i64
        %v2316 = arith.cmpi slt, %v2315, %v63 : i64
        %v2317 = arith.subi %size_L, %v1 : i64
        %v2318 = arith.minsi %v2315, %v2317 : i64
        %v2319 = arith.addi %v2314, %v2318 : i64
        %v2320 = arith.muli %v2312, %v77 : i64
        %v2321 = arith.addi %v2320, %v2001 : i64
        %v2322 = llvm.getelementptr %in_g_c[%v2319] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2323 = llvm.load %v2322 : !llvm.ptr -> f32
        %v2324 = arith.addi %v2000, %v410 : i64
        %v2325 = arith.constant true
        %v2326 = arith.addi %v16, %v2324 : i64
        %v2327 = llvm.getelementptr %v6[%v2326] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2328 = llvm.load %v2327 : !llvm.ptr<3> -> i64
        %v2329 = arith.addi %v1549, %v2001 : i64
        %v2330 = arith.cmpi slt, %v2329, %v63 : i64
        %v2331 = arith.subi %size_L, %v1 : i64
        %v2332 = arith.minsi %v2329, %v2331 : i64
        %v2333 = arith.addi %v2328, %v2332 : i64
        %v2334 = arith.muli %v2326, %v77 : i64
        %v2335 = arith.addi %v2334, %v2001 : i64
        %v2336 = llvm.getelementptr %in_g_c[%v2333] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2337 = llvm.load %v2336 : !llvm.ptr -> f32
        %v2338 = arith.addi %v2000, %v425 : i64
        %v2339 = arith.constant true
        %v2340 = arith.addi %v16, %v2338 : i64
        %v2341 = llvm.getelementptr %v6[%v2340] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2342 = llvm.load %v2341 : !llvm.ptr<3> -> i64
        %v2343 = arith.addi %v1549, %v2001 : i64
        %v2344 = arith.cmpi slt, %v2343, %v63 : i64
        %v2345 = arith.subi %size_L, %v1 : i64
        %v2346 = arith.minsi %v2343, %v2345 : i64
        %v2347 = arith.addi %v2342, %v2346 : i64
        %v2348 = arith.muli %v2340, %v77 : i64
        %v2349 = arith.addi %v2348, %v2001 : i64
        %v2350 = llvm.getelementptr %in_g_c[%v2347] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2351 = llvm.load %v2350 : !llvm.ptr -> f32
        %v2352 = arith.addi %v2000, %v440 : i64
        %v2353 = arith.constant true
        %v2354 = arith.addi %v16, %v2352 : i64
        %v2355 = llvm.getelementptr %v6[%v2354] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2356 = llvm.load %v2355 : !llvm.ptr<3> -> i64
        %v2357 = arith.addi %v1549, %v2001 : i64
        %v2358 = arith.cmpi slt, %v2357, %v63 : i64
        %v2359 = arith.subi %size_L, %v1 : i64
        %v2360 = arith.minsi %v2357, %v2359 : i64
        %v2361 = arith.addi %v2356, %v2360 : i64
        %v2362 = arith.muli %v2354, %v77 : i64
        %v2363 = arith.addi %v2362, %v2001 : i64
        %v2364 = llvm.getelementptr %in_g_c[%v2361] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2365 = llvm.load %v2364 : !llvm.ptr -> f32
        %v2366 = arith.addi %v2000, %v455 : i64
        %v2367 = arith.constant true
        %v2368 = arith.addi %v16, %v2366 : i64
        %v2369 = llvm.getelementptr %v6[%v2368] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2370 = llvm.load %v2369 : !llvm.ptr<3> -> i64
        %v2371 = arith.addi %v1549, %v2001 : i64
        %v2372 = arith.cmpi slt, %v2371, %v63 : i64
        %v2373 = arith.subi %size_L, %v1 : i64
        %v2374 = arith.minsi %v2371, %v2373 : i64
        %v2375 = arith.addi %v2370, %v2374 : i64
        %v2376 = arith.muli %v2368, %v77 : i64
        %v2377 = arith.addi %v2376, %v2001 : i64
        %v2378 = llvm.getelementptr %in_g_c[%v2375] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2379 = llvm.load %v2378 : !llvm.ptr -> f32
        %v2380 = arith.addi %v2000, %v470 : i64
        %v2381 = arith.constant true
        %v2382 = arith.addi %v16, %v2380 : i64
        %v2383 = llvm.getelementptr %v6[%v2382] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2384 = llvm.load %v2383 : !llvm.ptr<3> -> i64
        %v2385 = arith.addi %v1549, %v2001 : i64
        %v2386 = arith.cmpi slt, %v2385, %v63 : i64
        %v2387 = arith.subi %size_L, %v1 : i64
        %v2388 = arith.minsi %v2385, %v2387 : i64
        %v2389 = arith.addi %v2384, %v2388 : i64
        %v2390 = arith.muli %v2382, %v77 : i64
        %v2391 = arith.addi %v2390, %v2001 : i64
        %v2392 = llvm.getelementptr %in_g_c[%v2389] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2393 = llvm.load %v2392 : !llvm.ptr -> f32
        %v2394 = arith.addi %v2000, %v485 : i64
        %v2395 = arith.constant true
        %v2396 = arith.addi %v16, %v2394 : i64
        %v2397 = llvm.getelementptr %v6[%v2396] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2398 = llvm.load %v2397 : !llvm.ptr<3> -> i64
        %v2399 = arith.addi %v1549, %v2001 : i64
        %v2400 = arith.cmpi slt, %v2399, %v63 : i64
        %v2401 = arith.subi %size_L, %v1 : i64
        %v2402 = arith.minsi %v2399, %v2401 : i64
        %v2403 = arith.addi %v2398, %v2402 : i64
        %v2404 = arith.muli %v2396, %v77 : i64
        %v2405 = arith.addi %v2404, %v2001 : i64
        %v2406 = llvm.getelementptr %in_g_c[%v2403] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2407 = llvm.load %v2406 : !llvm.ptr -> f32
        %v2408 = arith.addi %v2000, %v500 : i64
        %v2409 = arith.constant true
        %v2410 = arith.addi %v16, %v2408 : i64
        %v2411 = llvm.getelementptr %v6[%v2410] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2412 = llvm.load %v2411 : !llvm.ptr<3> -> i64
        %v2413 = arith.addi %v1549, %v2001 : i64
        %v2414 = arith.cmpi slt, %v2413, %v63 : i64
        %v2415 = arith.subi %size_L, %v1 : i64
        %v2416 = arith.minsi %v2413, %v2415 : i64
        %v2417 = arith.addi %v2412, %v2416 : i64
        %v2418 = arith.muli %v2410, %v77 : i64
        %v2419 = arith.addi %v2418, %v2001 : i64
        %v2420 = llvm.getelementptr %in_g_c[%v2417] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2421 = llvm.load %v2420 : !llvm.ptr -> f32
        %v2422 = arith.addi %v2000, %v515 : i64
        %v2423 = arith.constant true
        %v2424 = arith.addi %v16, %v2422 : i64
        %v2425 = llvm.getelementptr %v6[%v2424] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2426 = llvm.load %v2425 : !llvm.ptr<3> -> i64
        %v2427 = arith.addi %v1549, %v2001 : i64
        %v2428 = arith.cmpi slt, %v2427, %v63 : i64
        %v2429 = arith.subi %size_L, %v1 : i64
        %v2430 = arith.minsi %v2427, %v2429 : i64
        %v2431 = arith.addi %v2426, %v2430 : i64
        %v2432 = arith.muli %v2424, %v77 : i64
        %v2433 = arith.addi %v2432, %v2001 : i64
        %v2434 = llvm.getelementptr %in_g_c[%v2431] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2435 = llvm.load %v2434 : !llvm.ptr -> f32
        %v2436 = arith.addi %v2000, %v530 : i64
        %v2437 = arith.constant true
        %v2438 = arith.addi %v16, %v2436 : i64
        %v2439 = llvm.getelementptr %v6[%v2438] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2440 = llvm.load %v2439 : !llvm.ptr<3> -> i64
        %v2441 = arith.addi %v1549, %v2001 : i64
        %v2442 = arith.cmpi slt, %v2441, %v63 : i64
        %v2443 = arith.subi %size_L, %v1 : i64
        %v2444 = arith.minsi %v2441, %v2443 : i64
        %v2445 = arith.addi %v2440, %v2444 : i64
        %v2446 = arith.muli %v2438, %v77 : i64
        %v2447 = arith.addi %v2446, %v2001 : i64
        %v2448 = llvm.getelementptr %in_g_c[%v2445] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2449 = llvm.load %v2448 : !llvm.ptr -> f32
        %v2450 = arith.divui %v14, %v64 : i64
        %v2451 = arith.remui %v14, %v64 : i64
        %v2452 = arith.addi %v2450, %v31 : i64
        %v2453 = arith.constant true
        %v2454 = arith.addi %v1063, %v2452 : i64
        %v2455 = llvm.getelementptr %v6[%v2454] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2456 = llvm.load %v2455 : !llvm.ptr<3> -> i64
        %v2457 = arith.addi %v1549, %v2451 : i64
        %v2458 = arith.cmpi slt, %v2457, %v63 : i64
        %v2459 = arith.subi %size_L, %v1 : i64
        %v2460 = arith.minsi %v2457, %v2459 : i64
        %v2461 = arith.addi %v2456, %v2460 : i64
        %v2462 = arith.muli %v2454, %v77 : i64
        %v2463 = arith.addi %v2462, %v2451 : i64
        %v2464 = llvm.getelementptr %in_g_o[%v2461] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2465 = llvm.load %v2464 : !llvm.ptr -> f32
        %v2466 = arith.addi %v2450, %v55 : i64
        %v2467 = arith.constant true
        %v2468 = arith.addi %v1063, %v2466 : i64
        %v2469 = llvm.getelementptr %v6[%v2468] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2470 = llvm.load %v2469 : !llvm.ptr<3> -> i64
        %v2471 = arith.addi %v1549, %v2451 : i64
        %v2472 = arith.cmpi slt, %v2471, %v63 : i64
        %v2473 = arith.subi %size_L, %v1 : i64
        %v2474 = arith.minsi %v2471, %v2473 : i64
        %v2475 = arith.addi %v2470, %v2474 : i64
        %v2476 = arith.muli %v2468, %v77 : i64
        %v2477 = arith.addi %v2476, %v2451 : i64
        %v2478 = llvm.getelementptr %in_g_o[%v2475] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2479 = llvm.load %v2478 : !llvm.ptr -> f32
        %v2480 = arith.addi %v2450, %v96 : i64
        %v2481 = arith.constant true
        %v2482 = arith.addi %v1063, %v2480 : i64
        %v2483 = llvm.getelementptr %v6[%v2482] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2484 = llvm.load %v2483 : !llvm.ptr<3> -> i64
        %v2485 = arith.addi %v1549, %v2451 : i64
        %v2486 = arith.cmpi slt, %v2485, %v63 : i64
        %v2487 = arith.subi %size_L, %v1 : i64
        %v2488 = arith.minsi %v2485, %v2487 : i64
        %v2489 = arith.addi %v2484, %v2488 : i64
        %v2490 = arith.muli %v2482, %v77 : i64
        %v2491 = arith.addi %v2490, %v2451 : i64
        %v2492 = llvm.getelementptr %in_g_o[%v2489] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2493 = llvm.load %v2492 : !llvm.ptr -> f32
        %v2494 = arith.addi %v2450, %v111 : i64
        %v2495 = arith.constant true
        %v2496 = arith.addi %v1063, %v2494 : i64
        %v2497 = llvm.getelementptr %v6[%v2496] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2498 = llvm.load %v2497 : !llvm.ptr<3> -> i64
        %v2499 = arith.addi %v1549, %v2451 : i64
        %v2500 = arith.cmpi slt, %v2499, %v63 : i64
        %v2501 = arith.subi %size_L, %v1 : i64
        %v2502 = arith.minsi %v2499, %v2501 : i64
        %v2503 = arith.addi %v2498, %v2502 : i64
        %v2504 = arith.muli %v2496, %v77 : i64
        %v2505 = arith.addi %v2504, %v2451 : i64
        %v2506 = llvm.getelementptr %in_g_o[%v2503] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2507 = llvm.load %v2506 : !llvm.ptr -> f32
        %v2508 = arith.addi %v2450, %v126 : i64
        %v2509 = arith.constant true
        %v2510 = arith.addi %v1063, %v2508 : i64
        %v2511 = llvm.getelementptr %v6[%v2510] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2512 = llvm.load %v2511 : !llvm.ptr<3> -> i64
        %v2513 = arith.addi %v1549, %v2451 : i64
        %v2514 = arith.cmpi slt, %v2513, %v63 : i64
        %v2515 = arith.subi %size_L, %v1 : i64
        %v2516 = arith.minsi %v2513, %v2515 : i64
        %v2517 = arith.addi %v2512, %v2516 : i64
        %v2518 = arith.muli %v2510, %v77 : i64
        %v2519 = arith.addi %v2518, %v2451 : i64
        %v2520 = llvm.getelementptr %in_g_o[%v2517] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2521 = llvm.load %v2520 : !llvm.ptr -> f32
        %v2522 = arith.addi %v2450, %v141 : i64
        %v2523 = arith.constant true
        %v2524 = arith.addi %v1063, %v2522 : i64
        %v2525 = llvm.getelementptr %v6[%v2524] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2526 = llvm.load %v2525 : !llvm.ptr<3> -> i64
        %v2527 = arith.addi %v1549, %v2451 : i64
        %v2528 = arith.cmpi slt, %v2527, %v63 : i64
        %v2529 = arith.subi %size_L, %v1 : i64
        %v2530 = arith.minsi %v2527, %v2529 : i64
        %v2531 = arith.addi %v2526, %v2530 : i64
        %v2532 = arith.muli %v2524, %v77 : i64
        %v2533 = arith.addi %v2532, %v2451 : i64
        %v2534 = llvm.getelementptr %in_g_o[%v2531] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2535 = llvm.load %v2534 : !llvm.ptr -> f32
        %v2536 = arith.addi %v2450, %v156 : i64
        %v2537 = arith.constant true
        %v2538 = arith.addi %v1063, %v2536 : i64
        %v2539 = llvm.getelementptr %v6[%v2538] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2540 = llvm.load %v2539 : !llvm.ptr<3> -> i64
        %v2541 = arith.addi %v1549, %v2451 : i64
        %v2542 = arith.cmpi slt, %v2541, %v63 : i64
        %v2543 = arith.subi %size_L, %v1 : i64
        %v2544 = arith.minsi %v2541, %v2543 : i64
        %v2545 = arith.addi %v2540, %v2544 : i64
        %v2546 = arith.muli %v2538, %v77 : i64
        %v2547 = arith.addi %v2546, %v2451 : i64
        %v2548 = llvm.getelementptr %in_g_o[%v2545] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2549 = llvm.load %v2548 : !llvm.ptr -> f32
        %v2550 = arith.addi %v2450, %v171 : i64
        %v2551 = arith.constant true
        %v2552 = arith.addi %v1063, %v2550 : i64
        %v2553 = llvm.getelementptr %v6[%v2552] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2554 = llvm.load %v2553 : !llvm.ptr<3> -> i64
        %v2555 = arith.addi %v1549, %v2451 : i64
        %v2556 = arith.cmpi slt, %v2555, %v63 : i64
        %v2557 = arith.subi %size_L, %v1 : i64
        %v2558 = arith.minsi %v2555, %v2557 : i64
        %v2559 = arith.addi %v2554, %v2558 : i64
        %v2560 = arith.muli %v2552, %v77 : i64
        %v2561 = arith.addi %v2560, %v2451 : i64
        %v2562 = llvm.getelementptr %in_g_o[%v2559] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2563 = llvm.load %v2562 : !llvm.ptr -> f32
        %v2564 = arith.addi %v2450, %v186 : i64
        %v2565 = arith.constant true
        %v2566 = arith.addi %v1063, %v2564 : i64
        %v2567 = llvm.getelementptr %v6[%v2566] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2568 = llvm.load %v2567 : !llvm.ptr<3> -> i64
        %v2569 = arith.addi %v1549, %v2451 : i64
        %v2570 = arith.cmpi slt, %v2569, %v63 : i64
        %v2571 = arith.subi %size_L, %v1 : i64
        %v2572 = arith.minsi %v2569, %v2571 : i64
        %v2573 = arith.addi %v2568, %v2572 : i64
        %v2574 = arith.muli %v2566, %v77 : i64
        %v2575 = arith.addi %v2574, %v2451 : i64
        %v2576 = llvm.getelementptr %in_g_o[%v2573] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2577 = llvm.load %v2576 : !llvm.ptr -> f32
        %v2578 = arith.addi %v2450, %v201 : i64
        %v2579 = arith.constant true
        %v2580 = arith.addi %v1063, %v2578 : i64
        %v2581 = llvm.getelementptr %v6[%v2580] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2582 = llvm.load %v2581 : !llvm.ptr<3> -> i64
        %v2583 = arith.addi %v1549, %v2451 : i64
        %v2584 = arith.cmpi slt, %v2583, %v63 : i64
        %v2585 = arith.subi %size_L, %v1 : i64
        %v2586 = arith.minsi %v2583, %v2585 : i64
        %v2587 = arith.addi %v2582, %v2586 : i64
        %v2588 = arith.muli %v2580, %v77 : i64
        %v2589 = arith.addi %v2588, %v2451 : i64
        %v2590 = llvm.getelementptr %in_g_o[%v2587] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2591 = llvm.load %v2590 : !llvm.ptr -> f32
        %v2592 = arith.addi %v2450, %v216 : i64
        %v2593 = arith.constant true
        %v2594 = arith.addi %v1063, %v2592 : i64
        %v2595 = llvm.getelementptr %v6[%v2594] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2596 = llvm.load %v2595 : !llvm.ptr<3> -> i64
        %v2597 = arith.addi %v1549, %v2451 : i64
        %v2598 = arith.cmpi slt, %v2597, %v63 : i64
        %v2599 = arith.subi %size_L, %v1 : i64
        %v2600 = arith.minsi %v2597, %v2599 : i64
        %v2601 = arith.addi %v2596, %v2600 : i64
        %v2602 = arith.muli %v2594, %v77 : i64
        %v2603 = arith.addi %v2602, %v2451 : i64
        %v2604 = llvm.getelementptr %in_g_o[%v2601] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2605 = llvm.load %v2604 : !llvm.ptr -> f32
        %v2606 = arith.addi %v2450, %v231 : i64
        %v2607 = arith.constant true
        %v2608 = arith.addi %v1063, %v2606 : i64
        %v2609 = llvm.getelementptr %v6[%v2608] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2610 = llvm.load %v2609 : !llvm.ptr<3> -> i64
        %v2611 = arith.addi %v1549, %v2451 : i64
        %v2612 = arith.cmpi slt, %v2611, %v63 : i64
        %v2613 = arith.subi %size_L, %v1 : i64
        %v2614 = arith.minsi %v2611, %v2613 : i64
        %v2615 = arith.addi %v2610, %v2614 : i64
        %v2616 = arith.muli %v2608, %v77 : i64
        %v2617 = arith.addi %v2616, %v2451 : i64
        %v2618 = llvm.getelementptr %in_g_o[%v2615] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2619 = llvm.load %v2618 : !llvm.ptr -> f32
        %v2620 = arith.addi %v2450, %v246 : i64
        %v2621 = arith.constant true
        %v2622 = arith.addi %v1063, %v2620 : i64
        %v2623 = llvm.getelementptr %v6[%v2622] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2624 = llvm.load %v2623 : !llvm.ptr<3> -> i64
        %v2625 = arith.addi %v1549, %v2451 : i64
        %v2626 = arith.cmpi slt, %v2625, %v63 : i64
        %v2627 = arith.subi %size_L, %v1 : i64
        %v2628 = arith.minsi %v2625, %v2627 : i64
        %v2629 = arith.addi %v2624, %v2628 : i64
        %v2630 = arith.muli %v2622, %v77 : i64
        %v2631 = arith.addi %v2630, %v2451 : i64
        %v2632 = llvm.getelementptr %in_g_o[%v2629] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2633 = llvm.load %v2632 : !llvm.ptr -> f32
        %v2634 = arith.addi %v2450, %v261 : i64
        %v2635 = arith.constant true
        %v2636 = arith.addi %v1063, %v2634 : i64
        %v2637 = llvm.getelementptr %v6[%v2636] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2638 = llvm.load %v2637 : !llvm.ptr<3> -> i64
        %v2639 = arith.addi %v1549, %v2451 : i64
        %v2640 = arith.cmpi slt, %v2639, %v63 : i64
        %v2641 = arith.subi %size_L, %v1 : i64
        %v2642 = arith.minsi %v2639, %v2641 : i64
        %v2643 = arith.addi %v2638, %v2642 : i64
        %v2644 = arith.muli %v2636, %v77 : i64
        %v2645 = arith.addi %v2644, %v2451 : i64
        %v2646 = llvm.getelementptr %in_g_o[%v2643] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2647 = llvm.load %v2646 : !llvm.ptr -> f32
        %v2648 = arith.addi %v2450, %v276 : i64
        %v2649 = arith.constant true
        %v2650 = arith.addi %v1063, %v2648 : i64
        %v2651 = llvm.getelementptr %v6[%v2650] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2652 = llvm.load %v2651 : !llvm.ptr<3> -> i64
        %v2653 = arith.addi %v1549, %v2451 : i64
        %v2654 = arith.cmpi slt, %v2653, %v63 : i64
        %v2655 = arith.subi %size_L, %v1 : i64
        %v2656 = arith.minsi %v2653, %v2655 : i64
        %v2657 = arith.addi %v2652, %v2656 : i64
        %v2658 = arith.muli %v2650, %v77 : i64
        %v2659 = arith.addi %v2658, %v2451 : i64
        %v2660 = llvm.getelementptr %in_g_o[%v2657] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2661 = llvm.load %v2660 : !llvm.ptr -> f32
        %v2662 = arith.addi %v2450, %v291 : i64
        %v2663 = arith.constant true
        %v2664 = arith.addi %v1063, %v2662 : i64
        %v2665 = llvm.getelementptr %v6[%v2664] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2666 = llvm.load %v2665 : !llvm.ptr<3> -> i64
        %v2667 = arith.addi %v1549, %v2451 : i64
        %v2668 = arith.cmpi slt, %v2667, %v63 : i64
        %v2669 = arith.subi %size_L, %v1 : i64
        %v2670 = arith.minsi %v2667, %v2669 : i64
        %v2671 = arith.addi %v2666, %v2670 : i64
        %v2672 = arith.muli %v2664, %v77 : i64
        %v2673 = arith.addi %v2672, %v2451 : i64
        %v2674 = llvm.getelementptr %in_g_o[%v2671] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2675 = llvm.load %v2674 : !llvm.ptr -> f32
        %v2676 = arith.addi %v2450, %v64 : i64
        %v2677 = arith.constant true
        %v2678 = arith.addi %v1063, %v2676 : i64
        %v2679 = llvm.getelementptr %v6[%v2678] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2680 = llvm.load %v2679 : !llvm.ptr<3> -> i64
        %v2681 = arith.addi %v1549, %v2451 : i64
        %v2682 = arith.cmpi slt, %v2681, %v63 : i64
        %v2683 = arith.subi %size_L, %v1 : i64
        %v2684 = arith.minsi %v2681, %v2683 : i64
        %v2685 = arith.addi %v2680, %v2684 : i64
        %v2686 = arith.muli %v2678, %v77 : i64
        %v2687 = arith.addi %v2686, %v2451 : i64
        %v2688 = llvm.getelementptr %in_g_o[%v2685] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2689 = llvm.load %v2688 : !llvm.ptr -> f32
        %v2690 = arith.addi %v2450, %v320 : i64
        %v2691 = arith.constant true
        %v2692 = arith.addi %v1063, %v2690 : i64
        %v2693 = llvm.getelementptr %v6[%v2692] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2694 = llvm.load %v2693 : !llvm.ptr<3> -> i64
        %v2695 = arith.addi %v1549, %v2451 : i64
        %v2696 = arith.cmpi slt, %v2695, %v63 : i64
        %v2697 = arith.subi %size_L, %v1 : i64
        %v2698 = arith.minsi %v2695, %v2697 : i64
        %v2699 = arith.addi %v2694, %v2698 : i64
        %v2700 = arith.muli %v2692, %v77 : i64
        %v2701 = arith.addi %v2700, %v2451 : i64
        %v2702 = llvm.getelementptr %in_g_o[%v2699] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2703 = llvm.load %v2702 : !llvm.ptr -> f32
        %v2704 = arith.addi %v2450, %v335 : i64
        %v2705 = arith.constant true
        %v2706 = arith.addi %v1063, %v2704 : i64
        %v2707 = llvm.getelementptr %v6[%v2706] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2708 = llvm.load %v2707 : !llvm.ptr<3> -> i64
        %v2709 = arith.addi %v1549, %v2451 : i64
        %v2710 = arith.cmpi slt, %v2709, %v63 : i64
        %v2711 = arith.subi %size_L, %v1 : i64
        %v2712 = arith.minsi %v2709, %v2711 : i64
        %v2713 = arith.addi %v2708, %v2712 : i64
        %v2714 = arith.muli %v2706, %v77 : i64
        %v2715 = arith.addi %v2714, %v2451 : i64
        %v2716 = llvm.getelementptr %in_g_o[%v2713] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2717 = llvm.load %v2716 : !llvm.ptr -> f32
        %v2718 = arith.addi %v2450, %v350 : i64
        %v2719 = arith.constant true
        %v2720 = arith.addi %v1063, %v2718 : i64
        %v2721 = llvm.getelementptr %v6[%v2720] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2722 = llvm.load %v2721 : !llvm.ptr<3> -> i64
        %v2723 = arith.addi %v1549, %v2451 : i64
        %v2724 = arith.cmpi slt, %v2723, %v63 : i64
        %v2725 = arith.subi %size_L, %v1 : i64
        %v2726 = arith.minsi %v2723, %v2725 : i64
        %v2727 = arith.addi %v2722, %v2726 : i64
        %v2728 = arith.muli %v2720, %v77 : i64
        %v2729 = arith.addi %v2728, %v2451 : i64
        %v2730 = llvm.getelementptr %in_g_o[%v2727] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2731 = llvm.load %v2730 : !llvm.ptr -> f32
        %v2732 = arith.addi %v2450, %v365 : i64
        %v2733 = arith.constant true
        %v2734 = arith.addi %v1063, %v2732 : i64
        %v2735 = llvm.getelementptr %v6[%v2734] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2736 = llvm.load %v2735 : !llvm.ptr<3> -> i64
        %v2737 = arith.addi %v1549, %v2451 : i64
        %v2738 = arith.cmpi slt, %v2737, %v63 : i64
        %v2739 = arith.subi %size_L, %v1 : i64
        %v2740 = arith.minsi %v2737, %v2739 : i64
        %v2741 = arith.addi %v2736, %v2740 : i64
        %v2742 = arith.muli %v2734, %v77 : i64
        %v2743 = arith.addi %v2742, %v2451 : i64
        %v2744 = llvm.getelementptr %in_g_o[%v2741] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2745 = llvm.load %v2744 : !llvm.ptr -> f32
        %v2746 = arith.addi %v2450, %v380 : i64
        %v2747 = arith.constant true
        %v2748 = arith.addi %v1063, %v2746 : i64
        %v2749 = llvm.getelementptr %v6[%v2748] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2750 = llvm.load %v2749 : !llvm.ptr<3> -> i64
        %v2751 = arith.addi %v1549, %v2451 : i64
        %v2752 = arith.cmpi slt, %v2751, %v63 : i64
        %v2753 = arith.subi %size_L, %v1 : i64
        %v2754 = arith.minsi %v2751, %v2753 : i64
        %v2755 = arith.addi %v2750, %v2754 : i64
        %v2756 = arith.muli %v2748, %v77 : i64
        %v2757 = arith.addi %v2756, %v2451 : i64
        %v2758 = llvm.getelementptr %in_g_o[%v2755] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2759 = llvm.load %v2758 : !llvm.ptr -> f32
        %v2760 = arith.addi %v2450, %v395 : i64
        %v2761 = arith.constant true
        %v2762 = arith.addi %v1063, %v2760 : i64
        %v2763 = llvm.getelementptr %v6[%v2762] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2764 = llvm.load %v2763 : !llvm.ptr<3> -> i64
        %v2765 = arith.addi %v1549, %v2451 : i64
        %v2766 = arith.cmpi slt, %v2765, %v63 : i64
        %v2767 = arith.subi %size_L, %v1 : i64
        %v2768 = arith.minsi %v2765, %v2767 : i64
        %v2769 = arith.addi %v2764, %v2768 : i64
        %v2770 = arith.muli %v2762, %v77 : i64
        %v2771 = arith.addi %v2770, %v2451 : i64
        %v2772 = llvm.getelementptr %in_g_o[%v2769] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2773 = llvm.load %v2772 : !llvm.ptr -> f32
        %v2774 = arith.addi %v2450, %v410 : i64
        %v2775 = arith.constant true
        %v2776 = arith.addi %v1063, %v2774 : i64
        %v2777 = llvm.getelementptr %v6[%v2776] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2778 = llvm.load %v2777 : !llvm.ptr<3> -> i64
        %v2779 = arith.addi %v1549, %v2451 : i64
        %v2780 = arith.cmpi slt, %v2779, %v63 : i64
        %v2781 = arith.subi %size_L, %v1 : i64
        %v2782 = arith.minsi %v2779, %v2781 : i64
        %v2783 = arith.addi %v2778, %v2782 : i64
        %v2784 = arith.muli %v2776, %v77 : i64
        %v2785 = arith.addi %v2784, %v2451 : i64
        %v2786 = llvm.getelementptr %in_g_o[%v2783] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2787 = llvm.load %v2786 : !llvm.ptr -> f32
        %v2788 = arith.addi %v2450, %v425 : i64
        %v2789 = arith.constant true
        %v2790 = arith.addi %v1063, %v2788 : i64
        %v2791 = llvm.getelementptr %v6[%v2790] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2792 = llvm.load %v2791 : !llvm.ptr<3> -> i64
        %v2793 = arith.addi %v1549, %v2451 : i64
        %v2794 = arith.cmpi slt, %v2793, %v63 : i64
        %v2795 = arith.subi %size_L, %v1 : i64
        %v2796 = arith.minsi %v2793, %v2795 : i64
        %v2797 = arith.addi %v2792, %v2796 : i64
        %v2798 = arith.muli %v2790, %v77 : i64
        %v2799 = arith.addi %v2798, %v2451 : i64
        %v2800 = llvm.getelementptr %in_g_o[%v2797] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2801 = llvm.load %v2800 : !llvm.ptr -> f32
        %v2802 = arith.addi %v2450, %v440 : i64
        %v2803 = arith.constant true
        %v2804 = arith.addi %v1063, %v2802 : i64
        %v2805 = llvm.getelementptr %v6[%v2804] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2806 = llvm.load %v2805 : !llvm.ptr<3> -> i64
        %v2807 = arith.addi %v1549, %v2451 : i64
        %v2808 = arith.cmpi slt, %v2807, %v63 : i64
        %v2809 = arith.subi %size_L, %v1 : i64
        %v2810 = arith.minsi %v2807, %v2809 : i64
        %v2811 = arith.addi %v2806, %v2810 : i64
        %v2812 = arith.muli %v2804, %v77 : i64
        %v2813 = arith.addi %v2812, %v2451 : i64
        %v2814 = llvm.getelementptr %in_g_o[%v2811] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2815 = llvm.load %v2814 : !llvm.ptr -> f32
        %v2816 = arith.addi %v2450, %v455 : i64
        %v2817 = arith.constant true
        %v2818 = arith.addi %v1063, %v2816 : i64
        %v2819 = llvm.getelementptr %v6[%v2818] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2820 = llvm.load %v2819 : !llvm.ptr<3> -> i64
        %v2821 = arith.addi %v1549, %v2451 : i64
        %v2822 = arith.cmpi slt, %v2821, %v63 : i64
        %v2823 = arith.subi %size_L, %v1 : i64
        %v2824 = arith.minsi %v2821, %v2823 : i64
        %v2825 = arith.addi %v2820, %v2824 : i64
        %v2826 = arith.muli %v2818, %v77 : i64
        %v2827 = arith.addi %v2826, %v2451 : i64
        %v2828 = llvm.getelementptr %in_g_o[%v2825] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2829 = llvm.load %v2828 : !llvm.ptr -> f32
        %v2830 = arith.addi %v2450, %v470 : i64
        %v2831 = arith.constant true
        %v2832 = arith.addi %v1063, %v2830 : i64
        %v2833 = llvm.getelementptr %v6[%v2832] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2834 = llvm.load %v2833 : !llvm.ptr<3> -> i64
        %v2835 = arith.addi %v1549, %v2451 : i64
        %v2836 = arith.cmpi slt, %v2835, %v63 : i64
        %v2837 = arith.subi %size_L, %v1 : i64
        %v2838 = arith.minsi %v2835, %v2837 : i64
        %v2839 = arith.addi %v2834, %v2838 : i64
        %v2840 = arith.muli %v2832, %v77 : i64
        %v2841 = arith.addi %v2840, %v2451 : i64
        %v2842 = llvm.getelementptr %in_g_o[%v2839] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2843 = llvm.load %v2842 : !llvm.ptr -> f32
        %v2844 = arith.addi %v2450, %v485 : i64
        %v2845 = arith.constant true
        %v2846 = arith.addi %v1063, %v2844 : i64
        %v2847 = llvm.getelementptr %v6[%v2846] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2848 = llvm.load %v2847 : !llvm.ptr<3> -> i64
        %v2849 = arith.addi %v1549, %v2451 : i64
        %v2850 = arith.cmpi slt, %v2849, %v63 : i64
        %v2851 = arith.subi %size_L, %v1 : i64
        %v2852 = arith.minsi %v2849, %v2851 : i64
        %v2853 = arith.addi %v2848, %v2852 : i64
        %v2854 = arith.muli %v2846, %v77 : i64
        %v2855 = arith.addi %v2854, %v2451 : i64
        %v2856 = llvm.getelementptr %in_g_o[%v2853] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2857 = llvm.load %v2856 : !llvm.ptr -> f32
        %v2858 = arith.addi %v2450, %v500 : i64
        %v2859 = arith.constant true
        %v2860 = arith.addi %v1063, %v2858 : i64
        %v2861 = llvm.getelementptr %v6[%v2860] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2862 = llvm.load %v2861 : !llvm.ptr<3> -> i64
        %v2863 = arith.addi %v1549, %v2451 : i64
        %v2864 = arith.cmpi slt, %v2863, %v63 : i64
        %v2865 = arith.subi %size_L, %v1 : i64
        %v2866 = arith.minsi %v2863, %v2865 : i64
        %v2867 = arith.addi %v2862, %v2866 : i64
        %v2868 = arith.muli %v2860, %v77 : i64
        %v2869 = arith.addi %v2868, %v2451 : i64
        %v2870 = llvm.getelementptr %in_g_o[%v2867] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2871 = llvm.load %v2870 : !llvm.ptr -> f32
        %v2872 = arith.addi %v2450, %v515 : i64
        %v2873 = arith.constant true
        %v2874 = arith.addi %v1063, %v2872 : i64
        %v2875 = llvm.getelementptr %v6[%v2874] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2876 = llvm.load %v2875 : !llvm.ptr<3> -> i64
        %v2877 = arith.addi %v1549, %v2451 : i64
        %v2878 = arith.cmpi slt, %v2877, %v63 : i64
        %v2879 = arith.subi %size_L, %v1 : i64
        %v2880 = arith.minsi %v2877, %v2879 : i64
        %v2881 = arith.addi %v2876, %v2880 : i64
        %v2882 = arith.muli %v2874, %v77 : i64
        %v2883 = arith.addi %v2882, %v2451 : i64
        %v2884 = llvm.getelementptr %in_g_o[%v2881] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2885 = llvm.load %v2884 : !llvm.ptr -> f32
        %v2886 = arith.addi %v2450, %v530 : i64
        %v2887 = arith.constant true
        %v2888 = arith.addi %v1063, %v2886 : i64
        %v2889 = llvm.getelementptr %v6[%v2888] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2890 = llvm.load %v2889 : !llvm.ptr<3> -> i64
        %v2891 = arith.addi %v1549, %v2451 : i64
        %v2892 = arith.cmpi slt, %v2891, %v63 : i64
        %v2893 = arith.subi %size_L, %v1 : i64
        %v2894 = arith.minsi %v2891, %v2893 : i64
        %v2895 = arith.addi %v2890, %v2894 : i64
        %v2896 = arith.muli %v2888, %v77 : i64
        %v2897 = arith.addi %v2896, %v2451 : i64
        %v2898 = llvm.getelementptr %in_g_o[%v2895] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2899 = llvm.load %v2898 : !llvm.ptr -> f32
        %v2900 = arith.index_cast %v31 : i64 to index
        %v2901 = arith.index_cast %v1548 : i64 to index
        %v2902 = arith.index_cast %v1 : i64 to index
        scf.for %v2903 = %v2900 to %v2901 step %v2902 {
          %v2904 = arith.index_cast %v2903 : index to i64
          %v2905 = arith.addi %v1546, %v2904 : i64
          %v2910 = arith.muli %v31, %v16 : i64
          %v2911 = arith.addi %v2910, %v14 : i64
          %v2912 = arith.muli %v2911, %v77 : i64
          %v2913 = arith.addi %v2912, %v2904 : i64
          %v2914 = llvm.getelementptr %v7[%v2913] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          %v2915 = llvm.load %v2914 : !llvm.ptr<3> -> f32
          %v2916 = arith.negf %v2915 : f32
          %v2918 = arith.mulf %v2916, %v2917 fastmath<contract> : f32
          %v2919 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2918) : (f32) -> f32
          %v2920 = arith.addf %v60, %v2919 fastmath<contract> : f32
          %v2921 = arith.divf %v60, %v2920 : f32
          %v2922 = arith.mulf %v2909, %v2921 fastmath<contract> : f32
          %v2923 = arith.addf %v2908, %v2922 fastmath<contract> : f32
          %v2924 = arith.subf %v60, %v2923 fastmath<contract> : f32
          %v2925 = arith.muli %v1, %v16 : i64
          %v2926 = arith.addi %v2925, %v14 : i64
          %v2927 = arith.muli %v2926, %v77 : i64
          %v2928 = arith.addi %v2927, %v2904 : i64
          %v2929 = llvm.getelementptr %v7[%v2928] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          %v2930 = llvm.load %v2929 : !llvm.ptr<3> -> f32
          %v2931 = arith.negf %v2930 : f32
          %v2932 = arith.mulf %v2931, %v2917 fastmath<contract> : f32
          %v2933 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2932) : (f32) -> f32
          %v2934 = arith.addf %v60, %v2933 fastmath<contract> : f32
          %v2935 = arith.divf %v60, %v2934 : f32
          %v2936 = arith.mulf %v2930, %v2935 fastmath<contract> : f32
          %v2937 = arith.mulf %v2924, %v2936 fastmath<contract> : f32
          %v2938 = llvm.load %v4 : !llvm.ptr -> f32
          %v2939 = arith.mulf %v2923, %v2938 fastmath<contract> : f32
          %v2940 = arith.addf %v2939, %v2937 fastmath<contract> : f32
          %v2941 = llvm.load %v5 : !llvm.ptr -> f32
          %v2942 = arith.mulf %v2923, %v2941 fastmath<contract> : f32
          llvm.store %v2940, %v4 : f32, !llvm.ptr
          llvm.store %v2942, %v5 : f32, !llvm.ptr
        }
        gpu.barrier
        %v2943 = arith.addi %v31, %v14 : i64
        %v2944 = arith.divui %v2943, %v64 : i64
        %v2945 = arith.remui %v2943, %v64 : i64
        %v2946 = arith.addi %v31, %v2944 : i64
        %v2947 = arith.muli %v2946, %v77 : i64
        %v2948 = arith.addi %v2947, %v2945 : i64
        %v2949 = llvm.getelementptr %v7[%v2948] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1565, %v2949 : f32, !llvm.ptr<3>
        %v2950 = arith.addi %v16, %v14 : i64
        %v2951 = arith.divui %v2950, %v64 : i64
        %v2952 = arith.remui %v2950, %v64 : i64
        %v2953 = arith.addi %v31, %v2951 : i64
        %v2954 = arith.muli %v2953, %v77 : i64
        %v2955 = arith.addi %v2954, %v2952 : i64
        %v2956 = llvm.getelementptr %v7[%v2955] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1579, %v2956 : f32, !llvm.ptr<3>
        %v2957 = arith.addi %v1063, %v14 : i64
        %v2958 = arith.divui %v2957, %v64 : i64
        %v2959 = arith.remui %v2957, %v64 : i64
        %v2960 = arith.addi %v31, %v2958 : i64
        %v2961 = arith.muli %v2960, %v77 : i64
        %v2962 = arith.addi %v2961, %v2959 : i64
        %v2963 = llvm.getelementptr %v7[%v2962] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1593, %v2963 : f32, !llvm.ptr<3>
        %v2965 = arith.addi %v2964, %v14 : i64
        %v2966 = arith.divui %v2965, %v64 : i64
        %v2967 = arith.remui %v2965, %v64 : i64
        %v2968 = arith.addi %v31, %v2966 : i64
        %v2969 = arith.muli %v2968, %v77 : i64
        %v2970 = arith.addi %v2969, %v2967 : i64
        %v2971 = llvm.getelementptr %v7[%v2970] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1607, %v2971 : f32, !llvm.ptr<3>
        %v2972 = arith.addi %v10, %v14 : i64
        %v2973 = arith.divui %v2972, %v64 : i64
        %v2974 = arith.remui %v2972, %v64 : i64
        %v2975 = arith.addi %v31, %v2973 : i64
        %v2976 = arith.muli %v2975, %v77 : i64
        %v2977 = arith.addi %v2976, %v2974 : i64
        %v2978 = llvm.getelementptr %v7[%v2977] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1621, %v2978 : f32, !llvm.ptr<3>
        %v2980 = arith.addi %v2979, %v14 : i64
        %v2981 = arith.divui %v2980, %v64 : i64
        %v2982 = arith.remui %v2980, %v64 : i64
        %v2983 = arith.addi %v31, %v2981 : i64
        %v2984 = arith.muli %v2983, %v77 : i64
        %v2985 = arith.addi %v2984, %v2982 : i64
        %v2986 = llvm.getelementptr %v7[%v2985] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1635, %v2986 : f32, !llvm.ptr<3>
        %v2988 = arith.addi %v2987, %v14 : i64
        %v2989 = arith.divui %v2988, %v64 : i64
        %v2990 = arith.remui %v2988, %v64 : i64
        %v2991 = arith.addi %v31, %v2989 : i64
        %v2992 = arith.muli %v2991, %v77 : i64
        %v2993 = arith.addi %v2992, %v2990 : i64
        %v2994 = llvm.getelementptr %v7[%v2993] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1649, %v2994 : f32, !llvm.ptr<3>
        %v2996 = arith.addi %v2995, %v14 : i64
        %v2997 = arith.divui %v2996, %v64 : i64
        %v2998 = arith.remui %v2996, %v64 : i64
        %v2999 = arith.addi %v31, %v2997 : i64
        %v3000 = arith.muli %v2999, %v77 : i64
        %v3001 = arith.addi %v3000, %v2998 : i64
        %v3002 = llvm.getelementptr %v7[%v3001] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1663, %v3002 : f32, !llvm.ptr<3>
        %v3004 = arith.addi %v3003, %v14 : i64
        %v3005 = arith.divui %v3004, %v64 : i64
        %v3006 = arith.remui %v3004, %v64 : i64
        %v3007 = arith.addi %v31, %v3005 : i64
        %v3008 = arith.muli %v3007, %v77 : i64
        %v3009 = arith.addi %v3008, %v3006 : i64
        %v3010 = llvm.getelementptr %v7[%v3009] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1677, %v3010 : f32, !llvm.ptr<3>
        %v3012 = arith.addi %v3011, %v14 : i64
        %v3013 = arith.divui %v3012, %v64 : i64
        %v3014 = arith.remui %v3012, %v64 : i64
        %v3015 = arith.addi %v31, %v3013 : i64
        %v3016 = arith.muli %v3015, %v77 : i64
        %v3017 = arith.addi %v3016, %v3014 : i64
        %v3018 = llvm.getelementptr %v7[%v3017] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1691, %v3018 : f32, !llvm.ptr<3>
        %v3020 = arith.addi %v3019, %v14 : i64
        %v3021 = arith.divui %v3020, %v64 : i64
        %v3022 = arith.remui %v3020, %v64 : i64
        %v3023 = arith.addi %v31, %v3021 : i64
        %v3024 = arith.muli %v3023, %v77 : i64
        %v3025 = arith.addi %v3024, %v3022 : i64
        %v3026 = llvm.getelementptr %v7[%v3025] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1705, %v3026 : f32, !llvm.ptr<3>
        %v3028 = arith.addi %v3027, %v14 : i64
        %v3029 = arith.divui %v3028, %v64 : i64
        %v3030 = arith.remui %v3028, %v64 : i64
        %v3031 = arith.addi %v31, %v3029 : i64
        %v3032 = arith.muli %v3031, %v77 : i64
        %v3033 = arith.addi %v3032, %v3030 : i64
        %v3034 = llvm.getelementptr %v7[%v3033] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1719, %v3034 : f32, !llvm.ptr<3>
        %v3036 = arith.addi %v3035, %v14 : i64
        %v3037 = arith.divui %v3036, %v64 : i64
        %v3038 = arith.remui %v3036, %v64 : i64
        %v3039 = arith.addi %v31, %v3037 : i64
        %v3040 = arith.muli %v3039, %v77 : i64
        %v3041 = arith.addi %v3040, %v3038 : i64
        %v3042 = llvm.getelementptr %v7[%v3041] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1733, %v3042 : f32, !llvm.ptr<3>
        %v3044 = arith.addi %v3043, %v14 : i64
        %v3045 = arith.divui %v3044, %v64 : i64
        %v3046 = arith.remui %v3044, %v64 : i64
        %v3047 = arith.addi %v31, %v3045 : i64
        %v3048 = arith.muli %v3047, %v77 : i64
        %v3049 = arith.addi %v3048, %v3046 : i64
        %v3050 = llvm.getelementptr %v7[%v3049] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1747, %v3050 : f32, !llvm.ptr<3>
        %v3052 = arith.addi %v3051, %v14 : i64
        %v3053 = arith.divui %v3052, %v64 : i64
        %v3054 = arith.remui %v3052, %v64 : i64
        %v3055 = arith.addi %v31, %v3053 : i64
        %v3056 = arith.muli %v3055, %v77 : i64
        %v3057 = arith.addi %v3056, %v3054 : i64
        %v3058 = llvm.getelementptr %v7[%v3057] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1761, %v3058 : f32, !llvm.ptr<3>
        %v3060 = arith.addi %v3059, %v14 : i64
        %v3061 = arith.divui %v3060, %v64 : i64
        %v3062 = arith.remui %v3060, %v64 : i64
        %v3063 = arith.addi %v31, %v3061 : i64
        %v3064 = arith.muli %v3063, %v77 : i64
        %v3065 = arith.addi %v3064, %v3062 : i64
        %v3066 = llvm.getelementptr %v7[%v3065] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1775, %v3066 : f32, !llvm.ptr<3>
        %v3068 = arith.addi %v3067, %v14 : i64
        %v3069 = arith.divui %v3068, %v64 : i64
        %v3070 = arith.remui %v3068, %v64 : i64
        %v3071 = arith.addi %v31, %v3069 : i64
        %v3072 = arith.muli %v3071, %v77 : i64
        %v3073 = arith.addi %v3072, %v3070 : i64
        %v3074 = llvm.getelementptr %v7[%v3073] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1789, %v3074 : f32, !llvm.ptr<3>
        %v3076 = arith.addi %v3075, %v14 : i64
        %v3077 = arith.divui %v3076, %v64 : i64
        %v3078 = arith.remui %v3076, %v64 : i64
        %v3079 = arith.addi %v31, %v3077 : i64
        %v3080 = arith.muli %v3079, %v77 : i64
        %v3081 = arith.addi %v3080, %v3078 : i64
        %v3082 = llvm.getelementptr %v7[%v3081] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1803, %v3082 : f32, !llvm.ptr<3>
        %v3084 = arith.addi %v3083, %v14 : i64
        %v3085 = arith.divui %v3084, %v64 : i64
        %v3086 = arith.remui %v3084, %v64 : i64
        %v3087 = arith.addi %v31, %v3085 : i64
        %v3088 = arith.muli %v3087, %v77 : i64
        %v3089 = arith.addi %v3088, %v3086 : i64
        %v3090 = llvm.getelementptr %v7[%v3089] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1817, %v3090 : f32, !llvm.ptr<3>
        %v3092 = arith.addi %v3091, %v14 : i64
        %v3093 = arith.divui %v3092, %v64 : i64
        %v3094 = arith.remui %v3092, %v64 : i64
        %v3095 = arith.addi %v31, %v3093 : i64
        %v3096 = arith.muli %v3095, %v77 : i64
        %v3097 = arith.addi %v3096, %v3094 : i64
        %v3098 = llvm.getelementptr %v7[%v3097] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1831, %v3098 : f32, !llvm.ptr<3>
        %v3100 = arith.addi %v3099, %v14 : i64
        %v3101 = arith.divui %v3100, %v64 : i64
        %v3102 = arith.remui %v3100, %v64 : i64
        %v3103 = arith.addi %v31, %v3101 : i64
        %v3104 = arith.muli %v3103, %v77 : i64
        %v3105 = arith.addi %v3104, %v3102 : i64
        %v3106 = llvm.getelementptr %v7[%v3105] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1845, %v3106 : f32, !llvm.ptr<3>
        %v3108 = arith.addi %v3107, %v14 : i64
        %v3109 = arith.divui %v3108, %v64 : i64
        %v3110 = arith.remui %v3108, %v64 : i64
        %v3111 = arith.addi %v31, %v3109 : i64
        %v3112 = arith.muli %v3111, %v77 : i64
        %v3113 = arith.addi %v3112, %v3110 : i64
        %v3114 = llvm.getelementptr %v7[%v3113] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1859, %v3114 : f32, !llvm.ptr<3>
        %v3116 = arith.addi %v3115, %v14 : i64
        %v3117 = arith.divui %v3116, %v64 : i64
        %v3118 = arith.remui %v3116, %v64 : i64
        %v3119 = arith.addi %v31, %v3117 : i64
        %v3120 = arith.muli %v3119, %v77 : i64
        %v3121 = arith.addi %v3120, %v3118 : i64
        %v3122 = llvm.getelementptr %v7[%v3121] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1873, %v3122 : f32, !llvm.ptr<3>
        %v3124 = arith.addi %v3123, %v14 : i64
        %v3125 = arith.divui %v3124, %v64 : i64
        %v3126 = arith.remui %v3124, %v64 : i64
        %v3127 = arith.addi %v31, %v3125 : i64
        %v3128 = arith.muli %v3127, %v77 : i64
        %v3129 = arith.addi %v3128, %v3126 : i64
        %v3130 = llvm.getelementptr %v7[%v3129] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1887, %v3130 : f32, !llvm.ptr<3>
        %v3132 = arith.addi %v3131, %v14 : i64
        %v3133 = arith.divui %v3132, %v64 : i64
        %v3134 = arith.remui %v3132, %v64 : i64
        %v3135 = arith.addi %v31, %v3133 : i64
        %v3136 = arith.muli %v3135, %v77 : i64
        %v3137 = arith.addi %v3136, %v3134 : i64
        %v3138 = llvm.getelementptr %v7[%v3137] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1901, %v3138 : f32, !llvm.ptr<3>
        %v3140 = arith.addi %v3139, %v14 : i64
        %v3141 = arith.divui %v3140, %v64 : i64
        %v3142 = arith.remui %v3140, %v64 : i64
        %v3143 = arith.addi %v31, %v3141 : i64
        %v3144 = arith.muli %v3143, %v77 : i64
        %v3145 = arith.addi %v3144, %v3142 : i64
        %v3146 = llvm.getelementptr %v7[%v3145] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1915, %v3146 : f32, !llvm.ptr<3>
        %v3148 = arith.addi %v3147, %v14 : i64
        %v3149 = arith.divui %v3148, %v64 : i64
        %v3150 = arith.remui %v3148, %v64 : i64
        %v3151 = arith.addi %v31, %v3149 : i64
        %v3152 = arith.muli %v3151, %v77 : i64
        %v3153 = arith.addi %v3152, %v3150 : i64
        %v3154 = llvm.getelementptr %v7[%v3153] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1929, %v3154 : f32, !llvm.ptr<3>
        %v3156 = arith.addi %v3155, %v14 : i64
        %v3157 = arith.divui %v3156, %v64 : i64
        %v3158 = arith.remui %v3156, %v64 : i64
        %v3159 = arith.addi %v31, %v3157 : i64
        %v3160 = arith.muli %v3159, %v77 : i64
        %v3161 = arith.addi %v3160, %v3158 : i64
        %v3162 = llvm.getelementptr %v7[%v3161] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1943, %v3162 : f32, !llvm.ptr<3>
        %v3164 = arith.addi %v3163, %v14 : i64
        %v3165 = arith.divui %v3164, %v64 : i64
        %v3166 = arith.remui %v3164, %v64 : i64
        %v3167 = arith.addi %v31, %v3165 : i64
        %v3168 = arith.muli %v3167, %v77 : i64
        %v3169 = arith.addi %v3168, %v3166 : i64
        %v3170 = llvm.getelementptr %v7[%v3169] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1957, %v3170 : f32, !llvm.ptr<3>
        %v3172 = arith.addi %v3171, %v14 : i64
        %v3173 = arith.divui %v3172, %v64 : i64
        %v3174 = arith.remui %v3172, %v64 : i64
        %v3175 = arith.addi %v31, %v3173 : i64
        %v3176 = arith.muli %v3175, %v77 : i64
        %v3177 = arith.addi %v3176, %v3174 : i64
        %v3178 = llvm.getelementptr %v7[%v3177] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1971, %v3178 : f32, !llvm.ptr<3>
        %v3180 = arith.addi %v3179, %v14 : i64
        %v3181 = arith.divui %v3180, %v64 : i64
        %v3182 = arith.remui %v3180, %v64 : i64
        %v3183 = arith.addi %v31, %v3181 : i64
        %v3184 = arith.muli %v3183, %v77 : i64
        %v3185 = arith.addi %v3184, %v3182 : i64
        %v3186 = llvm.getelementptr %v7[%v3185] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1985, %v3186 : f32, !llvm.ptr<3>
        %v3188 = arith.addi %v3187, %v14 : i64
        %v3189 = arith.divui %v3188, %v64 : i64
        %v3190 = arith.remui %v3188, %v64 : i64
        %v3191 = arith.addi %v31, %v3189 : i64
        %v3192 = arith.muli %v3191, %v77 : i64
        %v3193 = arith.addi %v3192, %v3190 : i64
        %v3194 = llvm.getelementptr %v7[%v3193] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1999, %v3194 : f32, !llvm.ptr<3>
        %v3195 = arith.addi %v31, %v14 : i64
        %v3196 = arith.divui %v3195, %v64 : i64
        %v3197 = arith.remui %v3195, %v64 : i64
        %v3198 = arith.addi %v16, %v3196 : i64
        %v3199 = arith.muli %v3198, %v77 : i64
        %v3200 = arith.addi %v3199, %v3197 : i64
        %v3201 = llvm.getelementptr %v7[%v3200] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2015, %v3201 : f32, !llvm.ptr<3>
        %v3202 = arith.addi %v16, %v14 : i64
        %v3203 = arith.divui %v3202, %v64 : i64
        %v3204 = arith.remui %v3202, %v64 : i64
        %v3205 = arith.addi %v16, %v3203 : i64
        %v3206 = arith.muli %v3205, %v77 : i64
        %v3207 = arith.addi %v3206, %v3204 : i64
        %v3208 = llvm.getelementptr %v7[%v3207] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2029, %v3208 : f32, !llvm.ptr<3>
        %v3209 = arith.addi %v1063, %v14 : i64
        %v3210 = arith.divui %v3209, %v64 : i64
        %v3211 = arith.remui %v3209, %v64 : i64
        %v3212 = arith.addi %v16, %v3210 : i64
        %v3213 = arith.muli %v3212, %v77 : i64
        %v3214 = arith.addi %v3213, %v3211 : i64
        %v3215 = llvm.getelementptr %v7[%v3214] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2043, %v3215 : f32, !llvm.ptr<3>
        %v3216 = arith.addi %v2964, %v14 : i64
        %v3217 = arith.divui %v3216, %v64 : i64
        %v3218 = arith.remui %v3216, %v64 : i64
        %v3219 = arith.addi %v16, %v3217 : i64
        %v3220 = arith.muli %v3219, %v77 : i64
        %v3221 = arith.addi %v3220, %v3218 : i64
        %v3222 = llvm.getelementptr %v7[%v3221] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2057, %v3222 : f32, !llvm.ptr<3>
        %v3223 = arith.addi %v10, %v14 : i64
        %v3224 = arith.divui %v3223, %v64 : i64
        %v3225 = arith.remui %v3223, %v64 : i64
        %v3226 = arith.addi %v16, %v3224 : i64
        %v3227 = arith.muli %v3226, %v77 : i64
        %v3228 = arith.addi %v3227, %v3225 : i64
        %v3229 = llvm.getelementptr %v7[%v3228] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2071, %v3229 : f32, !llvm.ptr<3>
        %v3230 = arith.addi %v2979, %v14 : i64
        %v3231 = arith.divui %v3230, %v64 : i64
        %v3232 = arith.remui %v3230, %v64 : i64
        %v3233 = arith.addi %v16, %v3231 : i64
        %v3234 = arith.muli %v3233, %v77 : i64
        %v3235 = arith.addi %v3234, %v3232 : i64
        %v3236 = llvm.getelementptr %v7[%v3235] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2085, %v3236 : f32, !llvm.ptr<3>
        %v3237 = arith.addi %v2987, %v14 : i64
        %v3238 = arith.divui %v3237, %v64 : i64
        %v3239 = arith.remui %v3237, %v64 : i64
        %v3240 = arith.addi %v16, %v3238 : i64
        %v3241 = arith.muli %v3240, %v77 : i64
        %v3242 = arith.addi %v3241, %v3239 : i64
        %v3243 = llvm.getelementptr %v7[%v3242] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2099, %v3243 : f32, !llvm.ptr<3>
        %v3244 = arith.addi %v2995, %v14 : i64
        %v3245 = arith.divui %v3244, %v64 : i64
        %v3246 = arith.remui %v3244, %v64 : i64
        %v3247 = arith.addi %v16, %v3245 : i64
        %v3248 = arith.muli %v3247, %v77 : i64
        %v3249 = arith.addi %v3248, %v3246 : i64
        %v3250 = llvm.getelementptr %v7[%v3249] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2113, %v3250 : f32, !llvm.ptr<3>
        %v3251 = arith.addi %v3003, %v14 : i64
        %v3252 = arith.divui %v3251, %v64 : i64
        %v3253 = arith.remui %v3251, %v64 : i64
        %v3254 = arith.addi %v16, %v3252 : i64
        %v3255 = arith.muli %v3254, %v77 : i64
        %v3256 = arith.addi %v3255, %v3253 : i64
        %v3257 = llvm.getelementptr %v7[%v3256] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2127, %v3257 : f32, !llvm.ptr<3>
        %v3258 = arith.addi %v3011, %v14 : i64
        %v3259 = arith.divui %v3258, %v64 : i64
        %v3260 = arith.remui %v3258, %v64 : i64
        %v3261 = arith.addi %v16, %v3259 : i64
        %v3262 = arith.muli %v3261, %v77 : i64
        %v3263 = arith.addi %v3262, %v3260 : i64
        %v3264 = llvm.getelementptr %v7[%v3263] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2141, %v3264 : f32, !llvm.ptr<3>
        %v3265 = arith.addi %v3019, %v14 : i64
        %v3266 = arith.divui %v3265, %v64 : i64
        %v3267 = arith.remui %v3265, %v64 : i64
        %v3268 = arith.addi %v16, %v3266 : i64
        %v3269 = arith.muli %v3268, %v77 : i64
        %v3270 = arith.addi %v3269, %v3267 : i64
        %v3271 = llvm.getelementptr %v7[%v3270] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2155, %v3271 : f32, !llvm.ptr<3>
        %v3272 = arith.addi %v3027, %v14 : i64
        %v3273 = arith.divui %v3272, %v64 : i64
        %v3274 = arith.remui %v3272, %v64 : i64
        %v3275 = arith.addi %v16, %v3273 : i64
        %v3276 = arith.muli %v3275, %v77 : i64
        %v3277 = arith.addi %v3276, %v3274 : i64
        %v3278 = llvm.getelementptr %v7[%v3277] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2169, %v3278 : f32, !llvm.ptr<3>
        %v3279 = arith.addi %v3035, %v14 : i64
        %v3280 = arith.divui %v3279, %v64 : i64
        %v3281 = arith.remui %v3279, %v64 : i64
        %v3282 = arith.addi %v16, %v3280 : i64
        %v3283 = arith.muli %v3282, %v77 : i64
        %v3284 = arith.addi %v3283, %v3281 : i64
        %v3285 = llvm.getelementptr %v7[%v3284] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2183, %v3285 : f32, !llvm.ptr<3>
        %v3286 = arith.addi %v3043, %v14 : i64
        %v3287 = arith.divui %v3286, %v64 : i64
        %v3288 = arith.remui %v3286, %v64 : i64
        %v3289 = arith.addi %v16, %v3287 : i64
        %v3290 = arith.muli %v3289, %v77 : i64
        %v3291 = arith.addi %v3290, %v3288 : i64
        %v3292 = llvm.getelementptr %v7[%v3291] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2197, %v3292 : f32, !llvm.ptr<3>
        %v3293 = arith.addi %v3051, %v14 : i64
        %v3294 = arith.divui %v3293, %v64 : i64
        %v3295 = arith.remui %v3293, %v64 : i64
        %v3296 = arith.addi %v16, %v3294 : i64
        %v3297 = arith.muli %v3296, %v77 : i64
        %v3298 = arith.addi %v3297, %v3295 : i64
        %v3299 = llvm.getelementptr %v7[%v3298] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2211, %v3299 : f32, !llvm.ptr<3>
        %v3300 = arith.addi %v3059, %v14 : i64
        %v3301 = arith.divui %v3300, %v64 : i64
        %v3302 = arith.remui %v3300, %v64 : i64
        %v3303 = arith.addi %v16, %v3301 : i64
        %v3304 = arith.muli %v3303, %v77 : i64
        %v3305 = arith.addi %v3304, %v3302 : i64
        %v3306 = llvm.getelementptr %v7[%v3305] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2225, %v3306 : f32, !llvm.ptr<3>
        %v3307 = arith.addi %v3067, %v14 : i64
        %v3308 = arith.divui %v3307, %v64 : i64
        %v3309 = arith.remui %v3307, %v64 : i64
        %v3310 = arith.addi %v16, %v3308 : i64
        %v3311 = arith.muli %v3310, %v77 : i64
        %v3312 = arith.addi %v3311, %v3309 : i64
        %v3313 = llvm.getelementptr %v7[%v3312] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2239, %v3313 : f32, !llvm.ptr<3>
        %v3314 = arith.addi %v3075, %v14 : i64
        %v3315 = arith.divui %v3314, %v64 : i64
        %v3316 = arith.remui %v3314, %v64 : i64
        %v3317 = arith.addi %v16, %v3315 : i64
        %v3318 = arith.muli %v3317, %v77 : i64
        %v3319 = arith.addi %v3318, %v3316 : i64
        %v3320 = llvm.getelementptr %v7[%v3319] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2253, %v3320 : f32, !llvm.ptr<3>
        %v3321 = arith.addi %v3083, %v14 : i64
        %v3322 = arith.divui %v3321, %v64 : i64
        %v3323 = arith.remui %v3321, %v64 : i64
        %v3324 = arith.addi %v16, %v3322 : i64
        %v3325 = arith.muli %v3324, %v77 : i64
        %v3326 = arith.addi %v3325, %v3323 : i64
        %v3327 = llvm.getelementptr %v7[%v3326] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2267, %v3327 : f32, !llvm.ptr<3>
        %v3328 = arith.addi %v3091, %v14 : i64
        %v3329 = arith.divui %v3328, %v64 : i64
        %v3330 = arith.remui %v3328, %v64 : i64
        %v3331 = arith.addi %v16, %v3329 : i64
        %v3332 = arith.muli %v3331, %v77 : i64
        %v3333 = arith.addi %v3332, %v3330 : i64
        %v3334 = llvm.getelementptr %v7[%v3333] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2281, %v3334 : f32, !llvm.ptr<3>
        %v3335 = arith.addi %v3099, %v14 : i64
        %v3336 = arith.divui %v3335, %v64 : i64
        %v3337 = arith.remui %v3335, %v64 : i64
        %v3338 = arith.addi %v16, %v3336 : i64
        %v3339 = arith.muli %v3338, %v77 : i64
        %v3340 = arith.addi %v3339, %v3337 : i64
        %v3341 = llvm.getelementptr %v7[%v3340] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2295, %v3341 : f32, !llvm.ptr<3>
        %v3342 = arith.addi %v3107, %v14 : i64
        %v3343 = arith.divui %v3342, %v64 : i64
        %v3344 = arith.remui %v3342, %v64 : i64
        %v3345 = arith.addi %v16, %v3343 : i64
        %v3346 = arith.muli %v3345, %v77 : i64
        %v3347 = arith.addi %v3346, %v3344 : i64
        %v3348 = llvm.getelementptr %v7[%v3347] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2309, %v3348 : f32, !llvm.ptr<3>
        %v3349 = arith.addi %v3115, %v14 : i64
        %v3350 = arith.divui %v3349, %v64 : i64
        %v3351 = arith.remui %v3349, %v64 : i64
        %v3352 = arith.addi %v16, %v3350 : i64
        %v3353 = arith.muli %v3352, %v77 : i64
        %v3354 = arith.addi %v3353, %v3351 : i64
        %v3355 = llvm.getelementptr %v7[%v3354] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2323, %v3355 : f32, !llvm.ptr<3>
        %v3356 = arith.addi %v3123, %v14 : i64
        %v3357 = arith.divui %v3356, %v64 : i64
        %v3358 = arith.remui %v3356, %v64 : i64
        %v3359 = arith.addi %v16, %v3357 : i64
        %v3360 = arith.muli %v3359, %v77 : i64
        %v3361 = arith.addi %v3360, %v3358 : i64
        %v3362 = llvm.getelementptr %v7[%v3361] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2337, %v3362 : f32, !llvm.ptr<3>
        %v3363 = arith.addi %v3131, %v14 : i64
        %v3364 = arith.divui %v3363, %v64 : i64
        %v3365 = arith.remui %v3363, %v64 : i64
        %v3366 = arith.addi %v16, %v3364 : i64
        %v3367 = arith.muli %v3366, %v77 : i64
        %v3368 = arith.addi %v3367, %v3365 : i64
        %v3369 = llvm.getelementptr %v7[%v3368] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2351, %v3369 : f32, !llvm.ptr<3>
        %v3370 = arith.addi %v3139, %v14 : i64
        %v3371 = arith.divui %v3370, %v64 : i64
        %v3372 = arith.remui %v3370, %v64 : i64
        %v3373 = arith.addi %v16, %v3371 : i64
        %v3374 = arith.muli %v3373, %v77 : i64
        %v3375 = arith.addi %v3374, %v3372 : i64
        %v3376 = llvm.getelementptr %v7[%v3375] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2365, %v3376 : f32, !llvm.ptr<3>
        %v3377 = arith.addi %v3147, %v14 : i64
        %v3378 = arith.divui %v3377, %v64 : i64
        %v3379 = arith.remui %v3377, %v64 : i64
        %v3380 = arith.addi %v16, %v3378 : i64
        %v3381 = arith.muli %v3380, %v77 : i64
        %v3382 = arith.addi %v3381, %v3379 : i64
        %v3383 = llvm.getelementptr %v7[%v3382] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2379, %v3383 : f32, !llvm.ptr<3>
        %v3384 = arith.addi %v3155, %v14 : i64
        %v3385 = arith.divui %v3384, %v64 : i64
        %v3386 = arith.remui %v3384, %v64 : i64
        %v3387 = arith.addi %v16, %v3385 : i64
        %v3388 = arith.muli %v3387, %v77 : i64
        %v3389 = arith.addi %v3388, %v3386 : i64
        %v3390 = llvm.getelementptr %v7[%v3389] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2393, %v3390 : f32, !llvm.ptr<3>
        %v3391 = arith.addi %v3163, %v14 : i64
        %v3392 = arith.divui %v3391, %v64 : i64
        %v3393 = arith.remui %v3391, %v64 : i64
        %v3394 = arith.addi %v16, %v3392 : i64
        %v3395 = arith.muli %v3394, %v77 : i64
        %v3396 = arith.addi %v3395, %v3393 : i64
        %v3397 = llvm.getelementptr %v7[%v3396] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2407, %v3397 : f32, !llvm.ptr<3>
        %v3398 = arith.addi %v3171, %v14 : i64
        %v3399 = arith.divui %v3398, %v64 : i64
        %v3400 = arith.remui %v3398, %v64 : i64
        %v3401 = arith.addi %v16, %v3399 : i64
        %v3402 = arith.muli %v3401, %v77 : i64
        %v3403 = arith.addi %v3402, %v3400 : i64
        %v3404 = llvm.getelementptr %v7[%v3403] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2421, %v3404 : f32, !llvm.ptr<3>
        %v3405 = arith.addi %v3179, %v14 : i64
        %v3406 = arith.divui %v3405, %v64 : i64
        %v3407 = arith.remui %v3405, %v64 : i64
        %v3408 = arith.addi %v16, %v3406 : i64
        %v3409 = arith.muli %v3408, %v77 : i64
        %v3410 = arith.addi %v3409, %v3407 : i64
        %v3411 = llvm.getelementptr %v7[%v3410] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2435, %v3411 : f32, !llvm.ptr<3>
        %v3412 = arith.addi %v3187, %v14 : i64
        %v3413 = arith.divui %v3412, %v64 : i64
        %v3414 = arith.remui %v3412, %v64 : i64
        %v3415 = arith.addi %v16, %v3413 : i64
        %v3416 = arith.muli %v3415, %v77 : i64
        %v3417 = arith.addi %v3416, %v3414 : i64
        %v3418 = llvm.getelementptr %v7[%v3417] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2449, %v3418 : f32, !llvm.ptr<3>
        %v3419 = arith.addi %v31, %v14 : i64
        %v3420 = arith.divui %v3419, %v64 : i64
        %v3421 = arith.remui %v3419, %v64 : i64
        %v3422 = arith.addi %v1063, %v3420 : i64
        %v3423 = arith.muli %v3422, %v77 : i64
        %v3424 = arith.addi %v3423, %v3421 : i64
        %v3425 = llvm.getelementptr %v7[%v3424] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2465, %v3425 : f32, !llvm.ptr<3>
        %v3426 = arith.addi %v16, %v14 : i64
        %v3427 = arith.divui %v3426, %v64 : i64
        %v3428 = arith.remui %v3426, %v64 : i64
        %v3429 = arith.addi %v1063, %v3427 : i64
        %v3430 = arith.muli %v3429, %v77 : i64
        %v3431 = arith.addi %v3430, %v3428 : i64
        %v3432 = llvm.getelementptr %v7[%v3431] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2479, %v3432 : f32, !llvm.ptr<3>
        %v3433 = arith.addi %v1063, %v14 : i64
        %v3434 = arith.divui %v3433, %v64 : i64
        %v3435 = arith.remui %v3433, %v64 : i64
        %v3436 = arith.addi %v1063, %v3434 : i64
        %v3437 = arith.muli %v3436, %v77 : i64
        %v3438 = arith.addi %v3437, %v3435 : i64
        %v3439 = llvm.getelementptr %v7[%v3438] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2493, %v3439 : f32, !llvm.ptr<3>
        %v3440 = arith.addi %v2964, %v14 : i64
        %v3441 = arith.divui %v3440, %v64 : i64
        %v3442 = arith.remui %v3440, %v64 : i64
        %v3443 = arith.addi %v1063, %v3441 : i64
        %v3444 = arith.muli %v3443, %v77 : i64
        %v3445 = arith.addi %v3444, %v3442 : i64
        %v3446 = llvm.getelementptr %v7[%v3445] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2507, %v3446 : f32, !llvm.ptr<3>
        %v3447 = arith.addi %v10, %v14 : i64
        %v3448 = arith.divui %v3447, %v64 : i64
        %v3449 = arith.remui %v3447, %v64 : i64
        %v3450 = arith.addi %v1063, %v3448 : i64
        %v3451 = arith.muli %v3450, %v77 : i64
        %v3452 = arith.addi %v3451, %v3449 : i64
        %v3453 = llvm.getelementptr %v7[%v3452] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2521, %v3453 : f32, !llvm.ptr<3>
        %v3454 = arith.addi %v2979, %v14 : i64
        %v3455 = arith.divui %v3454, %v64 : i64
        %v3456 = arith.remui %v3454, %v64 : i64
        %v3457 = arith.addi %v1063, %v3455 : i64
        %v3458 = arith.muli %v3457, %v77 : i64
        %v3459 = arith.addi %v3458, %v3456 : i64
        %v3460 = llvm.getelementptr %v7[%v3459] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2535, %v3460 : f32, !llvm.ptr<3>
        %v3461 = arith.addi %v2987, %v14 : i64
        %v3462 = arith.divui %v3461, %v64 : i64
        %v3463 = arith.remui %v3461, %v64 : i64
        %v3464 = arith.addi %v1063, %v3462 : i64
        %v3465 = arith.muli %v3464, %v77 : i64
        %v3466 = arith.addi %v3465, %v3463 : i64
        %v3467 = llvm.getelementptr %v7[%v3466] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2549, %v3467 : f32, !llvm.ptr<3>
        %v3468 = arith.addi %v2995, %v14 : i64
        %v3469 = arith.divui %v3468, %v64 : i64
        %v3470 = arith.remui %v3468, %v64 : i64
        %v3471 = arith.addi %v1063, %v3469 : i64
        %v3472 = arith.muli %v3471, %v77 : i64
        %v3473 = arith.addi %v3472, %v3470 : i64
        %v3474 = llvm.getelementptr %v7[%v3473] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2563, %v3474 : f32, !llvm.ptr<3>
        %v3475 = arith.addi %v3003, %v14 : i64
        %v3476 = arith.divui %v3475, %v64 : i64
        %v3477 = arith.remui %v3475, %v64 : i64
        %v3478 = arith.addi %v1063, %v3476 : i64
        %v3479 = arith.muli %v3478, %v77 : i64
        %v3480 = arith.addi %v3479, %v3477 : i64
        %v3481 = llvm.getelementptr %v7[%v3480] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2577, %v3481 : f32, !llvm.ptr<3>
        %v3482 = arith.addi %v3011, %v14 : i64
        %v3483 = arith.divui %v3482, %v64 : i64
        %v3484 = arith.remui %v3482, %v64 : i64
        %v3485 = arith.addi %v1063, %v3483 : i64
        %v3486 = arith.muli %v3485, %v77 : i64
        %v3487 = arith.addi %v3486, %v3484 : i64
        %v3488 = llvm.getelementptr %v7[%v3487] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2591, %v3488 : f32, !llvm.ptr<3>
        %v3489 = arith.addi %v3019, %v14 : i64
        %v3490 = arith.divui %v3489, %v64 : i64
        %v3491 = arith.remui %v3489, %v64 : i64
        %v3492 = arith.addi %v1063, %v3490 : i64
        %v3493 = arith.muli %v3492, %v77 : i64
        %v3494 = arith.addi %v3493, %v3491 : i64
        %v3495 = llvm.getelementptr %v7[%v3494] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2605, %v3495 : f32, !llvm.ptr<3>
        %v3496 = arith.addi %v3027, %v14 : i64
        %v3497 = arith.divui %v3496, %v64 : i64
        %v3498 = arith.remui %v3496, %v64 : i64
        %v3499 = arith.addi %v1063, %v3497 : i64
        %v3500 = arith.muli %v3499, %v77 : i64
        %v3501 = arith.addi %v3500, %v3498 : i64
        %v3502 = llvm.getelementptr %v7[%v3501] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2619, %v3502 : f32, !llvm.ptr<3>
        %v3503 = arith.addi %v3035, %v14 : i64
        %v3504 = arith.divui %v3503, %v64 : i64
        %v3505 = arith.remui %v3503, %v64 : i64
        %v3506 = arith.addi %v1063, %v3504 : i64
        %v3507 = arith.muli %v3506, %v77 : i64
        %v3508 = arith.addi %v3507, %v3505 : i64
        %v3509 = llvm.getelementptr %v7[%v3508] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2633, %v3509 : f32, !llvm.ptr<3>
        %v3510 = arith.addi %v3043, %v14 : i64
        %v3511 = arith.divui %v3510, %v64 : i64
        %v3512 = arith.remui %v3510, %v64 : i64
        %v3513 = arith.addi %v1063, %v3511 : i64
        %v3514 = arith.muli %v3513, %v77 : i64
        %v3515 = arith.addi %v3514, %v3512 : i64
        %v3516 = llvm.getelementptr %v7[%v3515] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2647, %v3516 : f32, !llvm.ptr<3>
        %v3517 = arith.addi %v3051, %v14 : i64
        %v3518 = arith.divui %v3517, %v64 : i64
        %v3519 = arith.remui %v3517, %v64 : i64
        %v3520 = arith.addi %v1063, %v3518 : i64
        %v3521 = arith.muli %v3520, %v77 : i64
        %v3522 = arith.addi %v3521, %v3519 : i64
        %v3523 = llvm.getelementptr %v7[%v3522] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2661, %v3523 : f32, !llvm.ptr<3>
        %v3524 = arith.addi %v3059, %v14 : i64
        %v3525 = arith.divui %v3524, %v64 : i64
        %v3526 = arith.remui %v3524, %v64 : i64
        %v3527 = arith.addi %v1063, %v3525 : i64
        %v3528 = arith.muli %v3527, %v77 : i64
        %v3529 = arith.addi %v3528, %v3526 : i64
        %v3530 = llvm.getelementptr %v7[%v3529] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2675, %v3530 : f32, !llvm.ptr<3>
        %v3531 = arith.addi %v3067, %v14 : i64
        %v3532 = arith.divui %v3531, %v64 : i64
        %v3533 = arith.remui %v3531, %v64 : i64
        %v3534 = arith.addi %v1063, %v3532 : i64
        %v3535 = arith.muli %v3534, %v77 : i64
        %v3536 = arith.addi %v3535, %v3533 : i64
        %v3537 = llvm.getelementptr %v7[%v3536] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2689, %v3537 : f32, !llvm.ptr<3>
        %v3538 = arith.addi %v3075, %v14 : i64
        %v3539 = arith.divui %v3538, %v64 : i64
        %v3540 = arith.remui %v3538, %v64 : i64
        %v3541 = arith.addi %v1063, %v3539 : i64
        %v3542 = arith.muli %v3541, %v77 : i64
        %v3543 = arith.addi %v3542, %v3540 : i64
        %v3544 = llvm.getelementptr %v7[%v3543] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2703, %v3544 : f32, !llvm.ptr<3>
        %v3545 = arith.addi %v3083, %v14 : i64
        %v3546 = arith.divui %v3545, %v64 : i64
        %v3547 = arith.remui %v3545, %v64 : i64
        %v3548 = arith.addi %v1063, %v3546 : i64
        %v3549 = arith.muli %v3548, %v77 : i64
        %v3550 = arith.addi %v3549, %v3547 : i64
        %v3551 = llvm.getelementptr %v7[%v3550] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2717, %v3551 : f32, !llvm.ptr<3>
        %v3552 = arith.addi %v3091, %v14 : i64
        %v3553 = arith.divui %v3552, %v64 : i64
        %v3554 = arith.remui %v3552, %v64 : i64
        %v3555 = arith.addi %v1063, %v3553 : i64
        %v3556 = arith.muli %v3555, %v77 : i64
        %v3557 = arith.addi %v3556, %v3554 : i64
        %v3558 = llvm.getelementptr %v7[%v3557] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2731, %v3558 : f32, !llvm.ptr<3>
        %v3559 = arith.addi %v3099, %v14 : i64
        %v3560 = arith.divui %v3559, %v64 : i64
        %v3561 = arith.remui %v3559, %v64 : i64
        %v3562 = arith.addi %v1063, %v3560 : i64
        %v3563 = arith.muli %v3562, %v77 : i64
        %v3564 = arith.addi %v3563, %v3561 : i64
        %v3565 = llvm.getelementptr %v7[%v3564] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2745, %v3565 : f32, !llvm.ptr<3>
        %v3566 = arith.addi %v3107, %v14 : i64
        %v3567 = arith.divui %v3566, %v64 : i64
        %v3568 = arith.remui %v3566, %v64 : i64
        %v3569 = arith.addi %v1063, %v3567 : i64
        %v3570 = arith.muli %v3569, %v77 : i64
        %v3571 = arith.addi %v3570, %v3568 : i64
        %v3572 = llvm.getelementptr %v7[%v3571] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2759, %v3572 : f32, !llvm.ptr<3>
        %v3573 = arith.addi %v3115, %v14 : i64
        %v3574 = arith.divui %v3573, %v64 : i64
        %v3575 = arith.remui %v3573, %v64 : i64
        %v3576 = arith.addi %v1063, %v3574 : i64
        %v3577 = arith.muli %v3576, %v77 : i64
        %v3578 = arith.addi %v3577, %v3575 : i64
        %v3579 = llvm.getelementptr %v7[%v3578] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2773, %v3579 : f32, !llvm.ptr<3>
        %v3580 = arith.addi %v3123, %v14 : i64
        %v3581 = arith.divui %v3580, %v64 : i64
        %v3582 = arith.remui %v3580, %v64 : i64
        %v3583 = arith.addi %v1063, %v3581 : i64
        %v3584 = arith.muli %v3583, %v77 : i64
        %v3585 = arith.addi %v3584, %v3582 : i64
        %v3586 = llvm.getelementptr %v7[%v3585] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2787, %v3586 : f32, !llvm.ptr<3>
        %v3587 = arith.addi %v3131, %v14 : i64
        %v3588 = arith.divui %v3587, %v64 : i64
        %v3589 = arith.remui %v3587, %v64 : i64
        %v3590 = arith.addi %v1063, %v3588 : i64
        %v3591 = arith.muli %v3590, %v77 : i64
        %v3592 = arith.addi %v3591, %v3589 : i64
        %v3593 = llvm.getelementptr %v7[%v3592] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2801, %v3593 : f32, !llvm.ptr<3>
        %v3594 = arith.addi %v3139, %v14 : i64
        %v3595 = arith.divui %v3594, %v64 : i64
        %v3596 = arith.remui %v3594, %v64 : i64
        %v3597 = arith.addi %v1063, %v3595 : i64
        %v3598 = arith.muli %v3597, %v77 : i64
        %v3599 = arith.addi %v3598, %v3596 : i64
        %v3600 = llvm.getelementptr %v7[%v3599] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2815, %v3600 : f32, !llvm.ptr<3>
        %v3601 = arith.addi %v3147, %v14 : i64
        %v3602 = arith.divui %v3601, %v64 : i64
        %v3603 = arith.remui %v3601, %v64 : i64
        %v3604 = arith.addi %v1063, %v3602 : i64
        %v3605 = arith.muli %v3604, %v77 : i64
        %v3606 = arith.addi %v3605, %v3603 : i64
        %v3607 = llvm.getelementptr %v7[%v3606] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2829, %v3607 : f32, !llvm.ptr<3>
        %v3608 = arith.addi %v3155, %v14 : i64
        %v3609 = arith.divui %v3608, %v64 : i64
        %v3610 = arith.remui %v3608, %v64 : i64
        %v3611 = arith.addi %v1063, %v3609 : i64
        %v3612 = arith.muli %v3611, %v77 : i64
        %v3613 = arith.addi %v3612, %v3610 : i64
        %v3614 = llvm.getelementptr %v7[%v3613] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2843, %v3614 : f32, !llvm.ptr<3>
        %v3615 = arith.addi %v3163, %v14 : i64
        %v3616 = arith.divui %v3615, %v64 : i64
        %v3617 = arith.remui %v3615, %v64 : i64
        %v3618 = arith.addi %v1063, %v3616 : i64
        %v3619 = arith.muli %v3618, %v77 : i64
        %v3620 = arith.addi %v3619, %v3617 : i64
        %v3621 = llvm.getelementptr %v7[%v3620] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2857, %v3621 : f32, !llvm.ptr<3>
        %v3622 = arith.addi %v3171, %v14 : i64
        %v3623 = arith.divui %v3622, %v64 : i64
        %v3624 = arith.remui %v3622, %v64 : i64
        %v3625 = arith.addi %v1063, %v3623 : i64
        %v3626 = arith.muli %v3625, %v77 : i64
        %v3627 = arith.addi %v3626, %v3624 : i64
        %v3628 = llvm.getelementptr %v7[%v3627] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2871, %v3628 : f32, !llvm.ptr<3>
        %v3629 = arith.addi %v3179, %v14 : i64
        %v3630 = arith.divui %v3629, %v64 : i64
        %v3631 = arith.remui %v3629, %v64 : i64
        %v3632 = arith.addi %v1063, %v3630 : i64
        %v3633 = arith.muli %v3632, %v77 : i64
        %v3634 = arith.addi %v3633, %v3631 : i64
        %v3635 = llvm.getelementptr %v7[%v3634] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2885, %v3635 : f32, !llvm.ptr<3>
        %v3636 = arith.addi %v3187, %v14 : i64
        %v3637 = arith.divui %v3636, %v64 : i64
        %v3638 = arith.remui %v3636, %v64 : i64
        %v3639 = arith.addi %v1063, %v3637 : i64
        %v3640 = arith.muli %v3639, %v77 : i64
        %v3641 = arith.addi %v3640, %v3638 : i64
        %v3642 = llvm.getelementptr %v7[%v3641] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2899, %v3642 : f32, !llvm.ptr<3>
        gpu.barrier
      }
      scf.if %v24 {
        %v3643 = arith.muli %v20, %v3 : i64
        %v3644 = arith.subi %v3, %v1 : i64
        %v3645 = arith.minsi %v23, %v3644 : i64
        %v3646 = arith.addi %v3643, %v3645 : i64
        %v3647 = arith.muli %v3646, %v1 : i64
        %v3648 = arith.addi %v3647, %v31 : i64
        %v3649 = llvm.load %v5 : !llvm.ptr -> f32
        %v3650 = llvm.getelementptr %agga_h[%v3648] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3649, %v3650 : f32, !llvm.ptr
        %v3651 = llvm.load %v4 : !llvm.ptr -> f32
        %v3652 = llvm.getelementptr %aggb_h[%v3648] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3651, %v3652 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
