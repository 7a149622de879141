module attributes {gpu.container_module} {
  gpu.module @linrec {
    llvm.mlir.global internal @rows_hgrn_chunk_reduce() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<192 x i64>
    llvm.mlir.global internal @smem_hgrn_chunk_reduce() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<6336 x f32>
    gpu.func @hgrn_chunk_reduce(%in_g_f: !llvm.ptr, %in_g_c: !llvm.ptr, %in_g_o: !llvm.ptr, %in_gamma: !llvm.ptr, %agga_h: !llvm.ptr, %aggb_h: !llvm.ptr, %size_B: i64, %size_D: i64, %size_L: i64) kernel {
      %v1 = arith.constant 1 : i64
      %v2 = arith.muli %size_B, %size_D : i64
      %v3 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v4 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v5 = llvm.mlir.addressof @rows_hgrn_chunk_reduce : !llvm.ptr<3>
      %v6 = llvm.mlir.addressof @smem_hgrn_chunk_reduce : !llvm.ptr<3>
      %v7 = arith.constant 255 : i64
      %v8 = arith.addi %size_L, %v7 : i64
      %v9 = arith.constant 256 : i64
      %v10 = arith.divui %v8, %v9 : i64
      %v15 = arith.constant 64 : i64
      %v16 = arith.constant 63 : i64
      %v30 = arith.constant 0 : i64
      %v31 = arith.muli %size_L, %size_D : i64
      %v44 = arith.constant 2 : i64
      %v45 = arith.constant 128 : i64
      %v48 = arith.constant 0x00000000 : f32
      %v49 = arith.constant 0x3F800000 : f32
      %v53 = arith.constant 32 : i64
      %v64 = arith.constant 33 : i64
      %v82 = arith.constant 4 : i64
      %v96 = arith.constant 6 : i64
      %v110 = arith.constant 8 : i64
      %v124 = arith.constant 10 : i64
      %v138 = arith.constant 12 : i64
      %v152 = arith.constant 14 : i64
      %v166 = arith.constant 16 : i64
      %v180 = arith.constant 18 : i64
      %v194 = arith.constant 20 : i64
      %v208 = arith.constant 22 : i64
      %v222 = arith.constant 24 : i64
      %v236 = arith.constant 26 : i64
      %v250 = arith.constant 28 : i64
      %v264 = arith.constant 30 : i64
      %v291 = arith.constant 34 : i64
      %v305 = arith.constant 36 : i64
      %v319 = arith.constant 38 : i64
      %v333 = arith.constant 40 : i64
      %v347 = arith.constant 42 : i64
      %v361 = arith.constant 44 : i64
      %v375 = arith.constant 46 : i64
      %v389 = arith.constant 48 : i64
      %v403 = arith.constant 50 : i64
      %v417 = arith.constant 52 : i64
      %v431 = arith.constant 54 : i64
      %v445 = arith.constant 56 : i64
      %v459 = arith.constant 58 : i64
      %v473 = arith.constant 60 : i64
      %v487 = arith.constant 62 : i64
      %v2832 = arith.constant 0x3FB8AA3B : f32
      %v2874 = arith.constant 192 : i64
      %v2887 = arith.constant 320 : i64
      %v2894 = arith.constant 384 : i64
      %v2901 = arith.constant 448 : i64
      %v2908 = arith.constant 512 : i64
      %v2915 = arith.constant 576 : i64
      %v2922 = arith.constant 640 : i64
      %v2929 = arith.constant 704 : i64
      %v2936 = arith.constant 768 : i64
      %v2943 = arith.constant 832 : i64
      %v2950 = arith.constant 896 : i64
      %v2957 = arith.constant 960 : i64
      %v2964 = arith.constant 1024 : i64
      %v2971 = arith.constant 1088 : i64
      %v2978 = arith.constant 1152 : i64
      %v2985 = arith.constant 1216 : i64
      %v2992 = arith.constant 1280 : i64
      %v2999 = arith.constant 1344 : i64
      %v3006 = arith.constant 1408 : i64
      %v3013 = arith.constant 1472 : i64
      %v3020 = arith.constant 1536 : i64
      %v3027 = arith.constant 1600 : i64
      %v3034 = arith.constant 1664 : i64
      %v3041 = arith.constant 1728 : i64
      %v3048 = arith.constant 1792 : i64
      %v3055 = arith.constant 1856 : i64
      %v3062 = arith.constant 1920 : i64
      %v3069 = arith.constant 1984 : i64
      %v11 = gpu.block_id x
      %v12 = gpu.thread_id x
      %v13 = arith.index_cast %v12 : index to i64
      %v14 = arith.index_cast %v11 : index to i64
      %v17 = arith.addi %v2, %v16 : i64
      %v18 = arith.divui %v17, %v15 : i64
      %v19 = arith.divui %v14, %v18 : i64
      %v20 = arith.remui %v14, %v18 : i64
      %v21 = arith.muli %v20, %v15 : i64
      %v22 = arith.addi %v21, %v13 : i64
      %v23 = arith.cmpi slt, %v22, %v2 : i64
      %v24 = arith.subi %v2, %v1 : i64
      %v25 = arith.minsi %v22, %v24 : i64
      %v26 = arith.remui %v25, %size_D : i64
      %v27 = arith.divui %v25, %size_D : i64
      %v28 = arith.remui %v27, %size_B : i64
      %v29 = arith.divui %v27, %size_B : i64
      %v2824 = llvm.getelementptr %in_gamma[%v26] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v2825 = llvm.load %v2824 : !llvm.ptr -> f32
      %v2826 = arith.subf %v49, %v2825 fastmath<contract> : f32
      %v32 = arith.muli %v28, %v31 : i64
      %v33 = arith.muli %v26, %size_L : i64
      %v34 = arith.addi %v32, %v33 : i64
      %v35 = llvm.getelementptr %v5[%v13] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      llvm.store %v34, %v35 : i64, !llvm.ptr<3>
      %v36 = arith.muli %v28, %v31 : i64
      %v37 = arith.muli %v26, %size_L : i64
      %v38 = arith.addi %v36, %v37 : i64
      %v39 = arith.addi %v15, %v13 : i64
      %v40 = llvm.getelementptr %v5[%v39] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      llvm.store %v38, %v40 : i64, !llvm.ptr<3>
      %v41 = arith.muli %v28, %v31 : i64
      %v42 = arith.muli %v26, %size_L : i64
      %v43 = arith.addi %v41, %v42 : i64
      %v46 = arith.addi %v45, %v13 : i64
      %v47 = llvm.getelementptr %v5[%v46] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      llvm.store %v43, %v47 : i64, !llvm.ptr<3>
      gpu.barrier
      llvm.store %v48, %v3 : f32, !llvm.ptr
      llvm.store %v49, %v4 : f32, !llvm.ptr
      %v50 = arith.muli %v19, %v9 : i64
      %v51 = arith.addi %v50, %v9 : i64
      %v52 = arith.minsi %v51, %size_L : i64
      // staged load of `g_f`'s first tile: read, then shared memory
      %v54 = arith.divui %v13, %v53 : i64
      %v55 = arith.remui %v13, %v53 : i64
      %v56 = arith.constant true
      %v57 = llvm.getelementptr %v5[%v54] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v58 = llvm.load %v57 : !llvm.ptr<3> -> i64
      %v59 = arith.addi %v50, %v55 : i64
      %v60 = arith.cmpi slt, %v59, %v52 : i64
      %v61 = arith.subi %size_L, %v1 : i64
      %v62 = arith.minsi %v59, %v61 : i64
      %v63 = arith.addi %v58, %v62 : i64
      %v65 = arith.muli %v54, %v64 : i64
      %v66 = arith.addi %v65, %v55 : i64
      %v67 = llvm.getelementptr %in_g_f[%v63] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v68 = llvm.load %v67 : !llvm.ptr -> f32
      %v69 = arith.addi %v54, %v44 : i64
      %v70 = arith.constant true
      %v71 = llvm.getelementptr %v5[%v69] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v72 = llvm.load %v71 : !llvm.ptr<3> -> i64
      %v73 = arith.addi %v50, %v55 : i64
      %v74 = arith.cmpi slt, %v73, %v52 : i64
      %v75 = arith.subi %size_L, %v1 : i64
      %v76 = arith.minsi %v73, %v75 : i64
      %v77 = arith.addi %v72, %v76 : i64
      %v78 = arith.muli %v69, %v64 : i64
      %v79 = arith.addi %v78, %v55 : i64
      %v80 = llvm.getelementptr %in_g_f[%v77] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v81 = llvm.load %v80 : !llvm.ptr -> f32
      %v83 = arith.addi %v54, %v82 : i64
      %v84 = arith.constant true
      %v85 = llvm.getelementptr %v5[%v83] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v86 = llvm.load %v85 : !llvm.ptr<3> -> i64
      %v87 = arith.addi %v50, %v55 : i64
      %v88 = arith.cmpi slt, %v87, %v52 : i64
      %v89 = arith.subi %size_L, %v1 : i64
      %v90 = arith.minsi %v87, %v89 : i64
      %v91 = arith.addi %v86, %v90 : i64
      %v92 = arith.muli %v83, %v64 : i64
      %v93 = arith.addi %v92, %v55 : i64
      %v94 = llvm.getelementptr %in_g_f[%v91] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v95 = llvm.load %v94 : !llvm.ptr -> f32
      %v97 = arith.addi %v54, %v96 : i64
      %v98 = arith.constant true
      %v99 = llvm.getelementptr %v5[%v97] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v100 = llvm.load %v99 : !llvm.ptr<3> -> i64
      %v101 = arith.addi %v50, %v55 : i64
      %v102 = arith.cmpi slt, %v101, %v52 : i64
      %v103 = arith.subi %size_L, %v1 : i64
      %v104 = arith.minsi %v101, %v103 : i64
      %v105 = arith.addi %v100, %v104 : i64
      %v106 = arith.muli %v97, %v64 : i64
      %v107 = arith.addi %v106, %v55 : i64
      %v108 = llvm.getelementptr %in_g_f[%v105] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v109 = llvm.load %v108 : !llvm.ptr -> f32
      %v111 = arith.addi %v54, %v110 : i64
      %v112 = arith.constant true
      %v113 = llvm.getelementptr %v5[%v111] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v114 = llvm.load %v113 : !llvm.ptr<3> -> i64
      %v115 = arith.addi %v50, %v55 : i64
      %v116 = arith.cmpi slt, %v115, %v52 : i64
      %v117 = arith.subi %size_L, %v1 : i64
      %v118 = arith.minsi %v115, %v117 : i64
      %v119 = arith.addi %v114, %v118 : i64
      %v120 = arith.muli %v111, %v64 : i64
      %v121 = arith.addi %v120, %v55 : i64
      %v122 = llvm.getelementptr %in_g_f[%v119] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v123 = llvm.load %v122 : !llvm.ptr -> f32
      %v125 = arith.addi %v54, %v124 : i64
      %v126 = arith.constant true
      %v127 = llvm.getelementptr %v5[%v125] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v128 = llvm.load %v127 : !llvm.ptr<3> -> i64
      %v129 = arith.addi %v50, %v55 : i64
      %v130 = arith.cmpi slt, %v129, %v52 : i64
      %v131 = arith.subi %size_L, %v1 : i64
      %v132 = arith.minsi %v129, %v131 : i64
      %v133 = arith.addi %v128, %v132 : i64
      %v134 = arith.muli %v125, %v64 : i64
      %v135 = arith.addi %v134, %v55 : i64
      %v136 = llvm.getelementptr %in_g_f[%v133] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v137 = llvm.load %v136 : !llvm.ptr -> f32
      %v139 = arith.addi %v54, %v138 : i64
      %v140 = arith.constant true
      %v141 = llvm.getelementptr %v5[%v139] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v142 = llvm.load %v141 : !llvm.ptr<3> -> i64
      %v143 = arith.addi %v50, %v55 : i64
      %v144 = arith.cmpi slt, %v143, %v52 : i64
      %v145 = arith.subi %size_L, %v1 : i64
      %v146 = arith.minsi %v143, %v145 : i64
      %v147 = arith.addi %v142, %v146 : i64
      %v148 = arith.muli %v139, %v64 : i64
      %v149 = arith.addi %v148, %v55 : i64
      %v150 = llvm.getelementptr %in_g_f[%v147] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v151 = llvm.load %v150 : !llvm.ptr -> f32
      %v153 = arith.addi %v54, %v152 : i64
      %v154 = arith.constant true
      %v155 = llvm.getelementptr %v5[%v153] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v156 = llvm.load %v155 : !llvm.ptr<3> -> i64
      %v157 = arith.addi %v50, %v55 : i64
      %v158 = arith.cmpi slt, %v157, %v52 : i64
      %v159 = arith.subi %size_L, %v1 : i64
      %v160 = arith.minsi %v157, %v159 : i64
      %v161 = arith.addi %v156, %v160 : i64
      %v162 = arith.muli %v153, %v64 : i64
      %v163 = arith.addi %v162, %v55 : i64
      %v164 = llvm.getelementptr %in_g_f[%v161] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v165 = llvm.load %v164 : !llvm.ptr -> f32
      %v167 = arith.addi %v54, %v166 : i64
      %v168 = arith.constant true
      %v169 = llvm.getelementptr %v5[%v167] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v170 = llvm.load %v169 : !llvm.ptr<3> -> i64
      %v171 = arith.addi %v50, %v55 : i64
      %v172 = arith.cmpi slt, %v171, %v52 : i64
      %v173 = arith.subi %size_L, %v1 : i64
      %v174 = arith.minsi %v171, %v173 : i64
      %v175 = arith.addi %v170, %v174 : i64
      %v176 = arith.muli %v167, %v64 : i64
      %v177 = arith.addi %v176, %v55 : i64
      %v178 = llvm.getelementptr %in_g_f[%v175] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v179 = llvm.load %v178 : !llvm.ptr -> f32
      %v181 = arith.addi %v54, %v180 : i64
      %v182 = arith.constant true
      %v183 = llvm.getelementptr %v5[%v181] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v184 = llvm.load %v183 : !llvm.ptr<3> -> i64
      %v185 = arith.addi %v50, %v55 : i64
      %v186 = arith.cmpi slt, %v185, %v52 : i64
      %v187 = arith.subi %size_L, %v1 : i64
      %v188 = arith.minsi %v185, %v187 : i64
      %v189 = arith.addi %v184, %v188 : i64
      %v190 = arith.muli %v181, %v64 : i64
      %v191 = arith.addi %v190, %v55 : i64
      %v192 = llvm.getelementptr %in_g_f[%v189] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v193 = llvm.load %v192 : !llvm.ptr -> f32
      %v195 = arith.addi %v54, %v194 : i64
      %v196 = arith.constant true
      %v197 = llvm.getelementptr %v5[%v195] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v198 = llvm.load %v197 : !llvm.ptr<3> -> i64
      %v199 = arith.addi %v50, %v55 : i64
      %v200 = arith.cmpi slt, %v199, %v52 : i64
      %v201 = arith.subi %size_L, %v1 : i64
      %v202 = arith.minsi %v199, %v201 : i64
      %v203 = arith.addi %v198, %v202 : i64
      %v204 = arith.muli %v195, %v64 : i64
      %v205 = arith.addi %v204, %v55 : i64
      %v206 = llvm.getelementptr %in_g_f[%v203] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v207 = llvm.load %v206 : !llvm.ptr -> f32
      %v209 = arith.addi %v54, %v208 : i64
      %v210 = arith.constant true
      %v211 = llvm.getelementptr %v5[%v209] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v212 = llvm.load %v211 : !llvm.ptr<3> -> i64
      %v213 = arith.addi %v50, %v55 : i64
      %v214 = arith.cmpi slt, %v213, %v52 : i64
      %v215 = arith.subi %size_L, %v1 : i64
      %v216 = arith.minsi %v213, %v215 : i64
      %v217 = arith.addi %v212, %v216 : i64
      %v218 = arith.muli %v209, %v64 : i64
      %v219 = arith.addi %v218, %v55 : i64
      %v220 = llvm.getelementptr %in_g_f[%v217] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v221 = llvm.load %v220 : !llvm.ptr -> f32
      %v223 = arith.addi %v54, %v222 : i64
      %v224 = arith.constant true
      %v225 = llvm.getelementptr %v5[%v223] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v226 = llvm.load %v225 : !llvm.ptr<3> -> i64
      %v227 = arith.addi %v50, %v55 : i64
      %v228 = arith.cmpi slt, %v227, %v52 : i64
      %v229 = arith.subi %size_L, %v1 : i64
      %v230 = arith.minsi %v227, %v229 : i64
      %v231 = arith.addi %v226, %v230 : i64
      %v232 = arith.muli %v223, %v64 : i64
      %v233 = arith.addi %v232, %v55 : i64
      %v234 = llvm.getelementptr %in_g_f[%v231] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v235 = llvm.load %v234 : !llvm.ptr -> f32
      %v237 = arith.addi %v54, %v236 : i64
      %v238 = arith.constant true
      %v239 = llvm.getelementptr %v5[%v237] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v240 = llvm.load %v239 : !llvm.ptr<3> -> i64
      %v241 = arith.addi %v50, %v55 : i64
      %v242 = arith.cmpi slt, %v241, %v52 : i64
      %v243 = arith.subi %size_L, %v1 : i64
      %v244 = arith.minsi %v241, %v243 : i64
      %v245 = arith.addi %v240, %v244 : i64
      %v246 = arith.muli %v237, %v64 : i64
      %v247 = arith.addi %v246, %v55 : i64
      %v248 = llvm.getelementptr %in_g_f[%v245] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v249 = llvm.load %v248 : !llvm.ptr -> f32
      %v251 = arith.addi %v54, %v250 : i64
      %v252 = arith.constant true
      %v253 = llvm.getelementptr %v5[%v251] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v254 = llvm.load %v253 : !llvm.ptr<3> -> i64
      %v255 = arith.addi %v50, %v55 : i64
      %v256 = arith.cmpi slt, %v255, %v52 : i64
      %v257 = arith.subi %size_L, %v1 : i64
      %v258 = arith.minsi %v255, %v257 : i64
      %v259 = arith.addi %v254, %v258 : i64
      %v260 = arith.muli %v251, %v64 : i64
      %v261 = arith.addi %v260, %v55 : i64
      %v262 = llvm.getelementptr %in_g_f[%v259] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v263 = llvm.load %v262 : !llvm.ptr -> f32
      %v265 = arith.addi %v54, %v264 : i64
      %v266 = arith.constant true
      %v267 = llvm.getelementptr %v5[%v265] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v268 = llvm.load %v267 : !llvm.ptr<3> -> i64
      %v269 = arith.addi %v50, %v55 : i64
      %v270 = arith.cmpi slt, %v269, %v52 : i64
      %v271 = arith.subi %size_L, %v1 : i64
      %v272 = arith.minsi %v269, %v271 : i64
      %v273 = arith.addi %v268, %v272 : i64
      %v274 = arith.muli %v265, %v64 : i64
      %v275 = arith.addi %v274, %v55 : i64
      %v276 = llvm.getelementptr %in_g_f[%v273] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v277 = llvm.load %v276 : !llvm.ptr -> f32
      %v278 = arith.addi %v54, %v53 : i64
      %v279 = arith.constant true
      %v280 = llvm.getelementptr %v5[%v278] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v281 = llvm.load %v280 : !llvm.ptr<3> -> i64
      %v282 = arith.addi %v50, %v55 : i64
      %v283 = arith.cmpi slt, %v282, %v52 : i64
      %v284 = arith.subi %size_L, %v1 : i64
      %v285 = arith.minsi %v282, %v284 : i64
      %v286 = arith.addi %v281, %v285 : i64
      %v287 = arith.muli %v278, %v64 : i64
      %v288 = arith.addi %v287, %v55 : i64
      %v289 = llvm.getelementptr %in_g_f[%v286] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v290 = llvm.load %v289 : !llvm.ptr -> f32
      %v292 = arith.addi %v54, %v291 : i64
      %v293 = arith.constant true
      %v294 = llvm.getelementptr %v5[%v292] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v295 = llvm.load %v294 : !llvm.ptr<3> -> i64
      %v296 = arith.addi %v50, %v55 : i64
      %v297 = arith.cmpi slt, %v296, %v52 : i64
      %v298 = arith.subi %size_L, %v1 : i64
      %v299 = arith.minsi %v296, %v298 : i64
      %v300 = arith.addi %v295, %v299 : i64
      %v301 = arith.muli %v292, %v64 : i64
      %v302 = arith.addi %v301, %v55 : i64
      %v303 = llvm.getelementptr %in_g_f[%v300] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v304 = llvm.load %v303 : !llvm.ptr -> f32
      %v306 = arith.addi %v54, %v305 : i64
      %v307 = arith.constant true
      %v308 = llvm.getelementptr %v5[%v306] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v309 = llvm.load %v308 : !llvm.ptr<3> -> i64
      %v310 = arith.addi %v50, %v55 : i64
      %v311 = arith.cmpi slt, %v310, %v52 : i64
      %v312 = arith.subi %size_L, %v1 : i64
      %v313 = arith.minsi %v310, %v312 : i64
      %v314 = arith.addi %v309, %v313 : i64
      %v315 = arith.muli %v306, %v64 : i64
      %v316 = arith.addi %v315, %v55 : i64
      %v317 = llvm.getelementptr %in_g_f[%v314] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v318 = llvm.load %v317 : !llvm.ptr -> f32
      %v320 = arith.addi %v54, %v319 : i64
      %v321 = arith.constant true
      %v322 = llvm.getelementptr %v5[%v320] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v323 = llvm.load %v322 : !llvm.ptr<3> -> i64
      %v324 = arith.addi %v50, %v55 : i64
      %v325 = arith.cmpi slt, %v324, %v52 : i64
      %v326 = arith.subi %size_L, %v1 : i64
      %v327 = arith.minsi %v324, %v326 : i64
      %v328 = arith.addi %v323, %v327 : i64
      %v329 = arith.muli %v320, %v64 : i64
      %v330 = arith.addi %v329, %v55 : i64
      %v331 = llvm.getelementptr %in_g_f[%v328] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v332 = llvm.load %v331 : !llvm.ptr -> f32
      %v334 = arith.addi %v54, %v333 : i64
      %v335 = arith.constant true
      %v336 = llvm.getelementptr %v5[%v334] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v337 = llvm.load %v336 : !llvm.ptr<3> -> i64
      %v338 = arith.addi %v50, %v55 : i64
      %v339 = arith.cmpi slt, %v338, %v52 : i64
      %v340 = arith.subi %size_L, %v1 : i64
      %v341 = arith.minsi %v338, %v340 : i64
      %v342 = arith.addi %v337, %v341 : i64
      %v343 = arith.muli %v334, %v64 : i64
      %v344 = arith.addi %v343, %v55 : i64
      %v345 = llvm.getelementptr %in_g_f[%v342] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v346 = llvm.load %v345 : !llvm.ptr -> f32
      %v348 = arith.addi %v54, %v347 : i64
      %v349 = arith.constant true
      %v350 = llvm.getelementptr %v5[%v348] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v351 = llvm.load %v350 : !llvm.ptr<3> -> i64
      %v352 = arith.addi %v50, %v55 : i64
      %v353 = arith.cmpi slt, %v352, %v52 : i64
      %v354 = arith.subi %size_L, %v1 : i64
      %v355 = arith.minsi %v352, %v354 : i64
      %v356 = arith.addi %v351, %v355 : i64
      %v357 = arith.muli %v348, %v64 : i64
      %v358 = arith.addi %v357, %v55 : i64
      %v359 = llvm.getelementptr %in_g_f[%v356] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v360 = llvm.load %v359 : !llvm.ptr -> f32
      %v362 = arith.addi %v54, %v361 : i64
      %v363 = arith.constant true
      %v364 = llvm.getelementptr %v5[%v362] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v365 = llvm.load %v364 : !llvm.ptr<3> -> i64
      %v366 = arith.addi %v50, %v55 : i64
      %v367 = arith.cmpi slt, %v366, %v52 : i64
      %v368 = arith.subi %size_L, %v1 : i64
      %v369 = arith.minsi %v366, %v368 : i64
      %v370 = arith.addi %v365, %v369 : i64
      %v371 = arith.muli %v362, %v64 : i64
      %v372 = arith.addi %v371, %v55 : i64
      %v373 = llvm.getelementptr %in_g_f[%v370] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v374 = llvm.load %v373 : !llvm.ptr -> f32
      %v376 = arith.addi %v54, %v375 : i64
      %v377 = arith.constant true
      %v378 = llvm.getelementptr %v5[%v376] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v379 = llvm.load %v378 : !llvm.ptr<3> -> i64
      %v380 = arith.addi %v50, %v55 : i64
      %v381 = arith.cmpi slt, %v380, %v52 : i64
      %v382 = arith.subi %size_L, %v1 : i64
      %v383 = arith.minsi %v380, %v382 : i64
      %v384 = arith.addi %v379, %v383 : i64
      %v385 = arith.muli %v376, %v64 : i64
      %v386 = arith.addi %v385, %v55 : i64
      %v387 = llvm.getelementptr %in_g_f[%v384] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v388 = llvm.load %v387 : !llvm.ptr -> f32
      %v390 = arith.addi %v54, %v389 : i64
      %v391 = arith.constant true
      %v392 = llvm.getelementptr %v5[%v390] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v393 = llvm.load %v392 : !llvm.ptr<3> -> i64
      %v394 = arith.addi %v50, %v55 : i64
      %v395 = arith.cmpi slt, %v394, %v52 : i64
      %v396 = arith.subi %size_L, %v1 : i64
      %v397 = arith.minsi %v394, %v396 : i64
      %v398 = arith.addi %v393, %v397 : i64
      %v399 = arith.muli %v390, %v64 : i64
      %v400 = arith.addi %v399, %v55 : i64
      %v401 = llvm.getelementptr %in_g_f[%v398] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v402 = llvm.load %v401 : !llvm.ptr -> f32
      %v404 = arith.addi %v54, %v403 : i64
      %v405 = arith.constant true
      %v406 = llvm.getelementptr %v5[%v404] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v407 = llvm.load %v406 : !llvm.ptr<3> -> i64
      %v408 = arith.addi %v50, %v55 : i64
      %v409 = arith.cmpi slt, %v408, %v52 : i64
      %v410 = arith.subi %size_L, %v1 : i64
      %v411 = arith.minsi %v408, %v410 : i64
      %v412 = arith.addi %v407, %v411 : i64
      %v413 = arith.muli %v404, %v64 : i64
      %v414 = arith.addi %v413, %v55 : i64
      %v415 = llvm.getelementptr %in_g_f[%v412] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v416 = llvm.load %v415 : !llvm.ptr -> f32
      %v418 = arith.addi %v54, %v417 : i64
      %v419 = arith.constant true
      %v420 = llvm.getelementptr %v5[%v418] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v421 = llvm.load %v420 : !llvm.ptr<3> -> i64
      %v422 = arith.addi %v50, %v55 : i64
      %v423 = arith.cmpi slt, %v422, %v52 : i64
      %v424 = arith.subi %size_L, %v1 : i64
      %v425 = arith.minsi %v422, %v424 : i64
      %v426 = arith.addi %v421, %v425 : i64
      %v427 = arith.muli %v418, %v64 : i64
      %v428 = arith.addi %v427, %v55 : i64
      %v429 = llvm.getelementptr %in_g_f[%v426] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v430 = llvm.load %v429 : !llvm.ptr -> f32
      %v432 = arith.addi %v54, %v431 : i64
      %v433 = arith.constant true
      %v434 = llvm.getelementptr %v5[%v432] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v435 = llvm.load %v434 : !llvm.ptr<3> -> i64
      %v436 = arith.addi %v50, %v55 : i64
      %v437 = arith.cmpi slt, %v436, %v52 : i64
      %v438 = arith.subi %size_L, %v1 : i64
      %v439 = arith.minsi %v436, %v438 : i64
      %v440 = arith.addi %v435, %v439 : i64
      %v441 = arith.muli %v432, %v64 : i64
      %v442 = arith.addi %v441, %v55 : i64
      %v443 = llvm.getelementptr %in_g_f[%v440] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v444 = llvm.load %v443 : !llvm.ptr -> f32
      %v446 = arith.addi %v54, %v445 : i64
      %v447 = arith.constant true
      %v448 = llvm.getelementptr %v5[%v446] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v449 = llvm.load %v448 : !llvm.ptr<3> -> i64
      %v450 = arith.addi %v50, %v55 : i64
      %v451 = arith.cmpi slt, %v450, %v52 : i64
      %v452 = arith.subi %size_L, %v1 : i64
      %v453 = arith.minsi %v450, %v452 : i64
      %v454 = arith.addi %v449, %v453 : i64
      %v455 = arith.muli %v446, %v64 : i64
      %v456 = arith.addi %v455, %v55 : i64
      %v457 = llvm.getelementptr %in_g_f[%v454] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v458 = llvm.load %v457 : !llvm.ptr -> f32
      %v460 = arith.addi %v54, %v459 : i64
      %v461 = arith.constant true
      %v462 = llvm.getelementptr %v5[%v460] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v463 = llvm.load %v462 : !llvm.ptr<3> -> i64
      %v464 = arith.addi %v50, %v55 : i64
      %v465 = arith.cmpi slt, %v464, %v52 : i64
      %v466 = arith.subi %size_L, %v1 : i64
      %v467 = arith.minsi %v464, %v466 : i64
      %v468 = arith.addi %v463, %v467 : i64
      %v469 = arith.muli %v460, %v64 : i64
      %v470 = arith.addi %v469, %v55 : i64
      %v471 = llvm.getelementptr %in_g_f[%v468] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v472 = llvm.load %v471 : !llvm.ptr -> f32
      %v474 = arith.addi %v54, %v473 : i64
      %v475 = arith.constant true
      %v476 = llvm.getelementptr %v5[%v474] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v477 = llvm.load %v476 : !llvm.ptr<3> -> i64
      %v478 = arith.addi %v50, %v55 : i64
      %v479 = arith.cmpi slt, %v478, %v52 : i64
      %v480 = arith.subi %size_L, %v1 : i64
      %v481 = arith.minsi %v478, %v480 : i64
      %v482 = arith.addi %v477, %v481 : i64
      %v483 = arith.muli %v474, %v64 : i64
      %v484 = arith.addi %v483, %v55 : i64
      %v485 = llvm.getelementptr %in_g_f[%v482] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v486 = llvm.load %v485 : !llvm.ptr -> f32
      %v488 = arith.addi %v54, %v487 : i64
      %v489 = arith.constant true
      %v490 = llvm.getelementptr %v5[%v488] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v491 = llvm.load %v490 : !llvm.ptr<3> -> i64
      %v492 = arith.addi %v50, %v55 : i64
      %v493 = arith.cmpi slt, %v492, %v52 : i64
      %v494 = arith.subi %size_L, %v1 : i64
      %v495 = arith.minsi %v492, %v494 : i64
      %v496 = arith.addi %v491, %v495 : i64
      %v497 = arith.muli %v488, %v64 : i64
      %v498 = arith.addi %v497, %v55 : i64
      %v499 = llvm.getelementptr %in_g_f[%v496] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v500 = llvm.load %v499 : !llvm.ptr -> f32
      scf.if %v56 {
        %v501 = llvm.getelementptr %v6[%v66] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v68, %v501 : f32, !llvm.ptr<3>
      }
      scf.if %v70 {
        %v502 = llvm.getelementptr %v6[%v79] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v81, %v502 : f32, !llvm.ptr<3>
      }
      scf.if %v84 {
        %v503 = llvm.getelementptr %v6[%v93] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v95, %v503 : f32, !llvm.ptr<3>
      }
      scf.if %v98 {
        %v504 = llvm.getelementptr %v6[%v107] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v109, %v504 : f32, !llvm.ptr<3>
      }
      scf.if %v112 {
        %v505 = llvm.getelementptr %v6[%v121] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v123, %v505 : f32, !llvm.ptr<3>
      }
      scf.if %v126 {
        %v506 = llvm.getelementptr %v6[%v135] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v137, %v506 : f32, !llvm.ptr<3>
      }
      scf.if %v140 {
        %v507 = llvm.getelementptr %v6[%v149] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v151, %v507 : f32, !llvm.ptr<3>
      }
      scf.if %v154 {
        %v508 = llvm.getelementptr %v6[%v163] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v165, %v508 : f32, !llvm.ptr<3>
      }
      scf.if %v168 {
        %v509 = llvm.getelementptr %v6[%v177] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v179, %v509 : f32, !llvm.ptr<3>
      }
      scf.if %v182 {
        %v510 = llvm.getelementptr %v6[%v191] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v193, %v510 : f32, !llvm.ptr<3>
      }
      scf.if %v196 {
        %v511 = llvm.getelementptr %v6[%v205] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v207, %v511 : f32, !llvm.ptr<3>
      }
      scf.if %v210 {
        %v512 = llvm.getelementptr %v6[%v219] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v221, %v512 : f32, !llvm.ptr<3>
      }
      scf.if %v224 {
        %v513 = llvm.getelementptr %v6[%v233] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v235, %v513 : f32, !llvm.ptr<3>
      }
      scf.if %v238 {
        %v514 = llvm.getelementptr %v6[%v247] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v249, %v514 : f32, !llvm.ptr<3>
      }
      scf.if %v252 {
        %v515 = llvm.getelementptr %v6[%v261] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v263, %v515 : f32, !llvm.ptr<3>
      }
      scf.if %v266 {
        %v516 = llvm.getelementptr %v6[%v275] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v277, %v516 : f32, !llvm.ptr<3>
      }
      scf.if %v279 {
        %v517 = llvm.getelementptr %v6[%v288] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v290, %v517 : f32, !llvm.ptr<3>
      }
      scf.if %v293 {
        %v518 = llvm.getelementptr %v6[%v302] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v304, %v518 : f32, !llvm.ptr<3>
      }
      scf.if %v307 {
        %v519 = llvm.getelementptr %v6[%v316] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v318, %v519 : f32, !llvm.ptr<3>
      }
      scf.if %v321 {
        %v520 = llvm.getelementptr %v6[%v330] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v332, %v520 : f32, !llvm.ptr<3>
      }
      scf.if %v335 {
        %v521 = llvm.getelementptr %v6[%v344] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v346, %v521 : f32, !llvm.ptr<3>
      }
      scf.if %v349 {
        %v522 = llvm.getelementptr %v6[%v358] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v360, %v522 : f32, !llvm.ptr<3>
      }
      scf.if %v363 {
        %v523 = llvm.getelementptr %v6[%v372] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v374, %v523 : f32, !llvm.ptr<3>
      }
      scf.if %v377 {
        %v524 = llvm.getelementptr %v6[%v386] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v388, %v524 : f32, !llvm.ptr<3>
      }
      scf.if %v391 {
        %v525 = llvm.getelementptr %v6[%v400] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v402, %v525 : f32, !llvm.ptr<3>
      }
      scf.if %v405 {
        %v526 = llvm.getelementptr %v6[%v414] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v416, %v526 : f32, !llvm.ptr<3>
      }
      scf.if %v419 {
        %v527 = llvm.getelementptr %v6[%v428] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v430, %v527 : f32, !llvm.ptr<3>
      }
      scf.if %v433 {
        %v528 = llvm.getelementptr %v6[%v442] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v444, %v528 : f32, !llvm.ptr<3>
      }
      scf.if %v447 {
        %v529 = llvm.getelementptr %v6[%v456] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v458, %v529 : f32, !llvm.ptr<3>
      }
      scf.if %v461 {
        %v530 = llvm.getelementptr %v6[%v470] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v472, %v530 : f32, !llvm.ptr<3>
      }
      scf.if %v475 {
        %v531 = llvm.getelementptr %v6[%v484] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v486, %v531 : f32, !llvm.ptr<3>
      }
      scf.if %v489 {
        %v532 = llvm.getelementptr %v6[%v498] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v500, %v532 : f32, !llvm.ptr<3>
      }
      // end staged load of `g_f`
      // staged load of `g_c`'s first tile: read, then shared memory
      %v533 = arith.divui %v13, %v53 : i64
      %v534 = arith.remui %v13, %v53 : i64
      %v535 = arith.constant true
      %v536 = arith.addi %v15, %v533 : i64
      %v537 = llvm.getelementptr %v5[%v536] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v538 = llvm.load %v537 : !llvm.ptr<3> -> i64
      %v539 = arith.addi %v50, %v534 : i64
      %v540 = arith.cmpi slt, %v539, %v52 : i64
      %v541 = arith.subi %size_L, %v1 : i64
      %v542 = arith.minsi %v539, %v541 : i64
      %v543 = arith.addi %v538, %v542 : i64
      %v544 = arith.muli %v536, %v64 : i64
      %v545 = arith.addi %v544, %v534 : i64
      %v546 = llvm.getelementptr %in_g_c[%v543] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v547 = llvm.load %v546 : !llvm.ptr -> f32
      %v548 = arith.addi %v533, %v44 : i64
      %v549 = arith.constant true
      %v550 = arith.addi %v15, %v548 : i64
      %v551 = llvm.getelementptr %v5[%v550] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v552 = llvm.load %v551 : !llvm.ptr<3> -> i64
      %v553 = arith.addi %v50, %v534 : i64
      %v554 = arith.cmpi slt, %v553, %v52 : i64
      %v555 = arith.subi %size_L, %v1 : i64
      %v556 = arith.minsi %v553, %v555 : i64
      %v557 = arith.addi %v552, %v556 : i64
      %v558 = arith.muli %v550, %v64 : i64
      %v559 = arith.addi %v558, %v534 : i64
      %v560 = llvm.getelementptr %in_g_c[%v557] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v561 = llvm.load %v560 : !llvm.ptr -> f32
      %v562 = arith.addi %v533, %v82 : i64
      %v563 = arith.constant true
      %v564 = arith.addi %v15, %v562 : i64
      %v565 = llvm.getelementptr %v5[%v564] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v566 = llvm.load %v565 : !llvm.ptr<3> -> i64
      %v567 = arith.addi %v50, %v534 : i64
      %v568 = arith.cmpi slt, %v567, %v52 : i64
      %v569 = arith.subi %size_L, %v1 : i64
      %v570 = arith.minsi %v567, %v569 : i64
      %v571 = arith.addi %v566, %v570 : i64
      %v572 = arith.muli %v564, %v64 : i64
      %v573 = arith.addi %v572, %v534 : i64
      %v574 = llvm.getelementptr %in_g_c[%v571] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v575 = llvm.load %v574 : !llvm.ptr -> f32
      %v576 = arith.addi %v533, %v96 : i64
      %v577 = arith.constant true
      %v578 = arith.addi %v15, %v576 : i64
      %v579 = llvm.getelementptr %v5[%v578] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v580 = llvm.load %v579 : !llvm.ptr<3> -> i64
      %v581 = arith.addi %v50, %v534 : i64
      %v582 = arith.cmpi slt, %v581, %v52 : i64
      %v583 = arith.subi %size_L, %v1 : i64
      %v584 = arith.minsi %v581, %v583 : i64
      %v585 = arith.addi %v580, %v584 : i64
      %v586 = arith.muli %v578, %v64 : i64
      %v587 = arith.addi %v586, %v534 : i64
      %v588 = llvm.getelementptr %in_g_c[%v585] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v589 = llvm.load %v588 : !llvm.ptr -> f32
      %v590 = arith.addi %v533, %v110 : i64
      %v591 = arith.constant true
      %v592 = arith.addi %v15, %v590 : i64
      %v593 = llvm.getelementptr %v5[%v592] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v594 = llvm.load %v593 : !llvm.ptr<3> -> i64
      %v595 = arith.addi %v50, %v534 : i64
      %v596 = arith.cmpi slt, %v595, %v52 : i64
      %v597 = arith.subi %size_L, %v1 : i64
      %v598 = arith.minsi %v595, %v597 : i64
      %v599 = arith.addi %v594, %v598 : i64
      %v600 = arith.muli %v592, %v64 : i64
      %v601 = arith.addi %v600, %v534 : i64
      %v602 = llvm.getelementptr %in_g_c[%v599] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v603 = llvm.load %v602 : !llvm.ptr -> f32
      %v604 = arith.addi %v533, %v124 : i64
      %v605 = arith.constant true
      %v606 = arith.addi %v15, %v604 : i64
      %v607 = llvm.getelementptr %v5[%v606] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v608 = llvm.load %v607 : !llvm.ptr<3> -> i64
      %v609 = arith.addi %v50, %v534 : i64
      %v610 = arith.cmpi slt, %v609, %v52 : i64
      %v611 = arith.subi %size_L, %v1 : i64
      %v612 = arith.minsi %v609, %v611 : i64
      %v613 = arith.addi %v608, %v612 : i64
      %v614 = arith.muli %v606, %v64 : i64
      %v615 = arith.addi %v614, %v534 : i64
      %v616 = llvm.getelementptr %in_g_c[%v613] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v617 = llvm.load %v616 : !llvm.ptr -> f32
      %v618 = arith.addi %v533, %v138 : i64
      %v619 = arith.constant true
      %v620 = arith.addi %v15, %v618 : i64
      %v621 = llvm.getelementptr %v5[%v620] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v622 = llvm.load %v621 : !llvm.ptr<3> -> i64
      %v623 = arith.addi %v50, %v534 : i64
      %v624 = arith.cmpi slt, %v623, %v52 : i64
      %v625 = arith.subi %size_L, %v1 : i64
      %v626 = arith.minsi %v623, %v625 : i64
      %v627 = arith.addi %v622, %v626 : i64
      %v628 = arith.muli %v620, %v64 : i64
      %v629 = arith.addi %v628, %v534 : i64
      %v630 = llvm.getelementptr %in_g_c[%v627] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v631 = llvm.load %v630 : !llvm.ptr -> f32
      %v632 = arith.addi %v533, %v152 : i64
      %v633 = arith.constant true
      %v634 = arith.addi %v15, %v632 : i64
      %v635 = llvm.getelementptr %v5[%v634] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v636 = llvm.load %v635 : !llvm.ptr<3> -> i64
      %v637 = arith.addi %v50, %v534 : i64
      %v638 = arith.cmpi slt, %v637, %v52 : i64
      %v639 = arith.subi %size_L, %v1 : i64
      %v640 = arith.minsi %v637, %v639 : i64
      %v641 = arith.addi %v636, %v640 : i64
      %v642 = arith.muli %v634, %v64 : i64
      %v643 = arith.addi %v642, %v534 : i64
      %v644 = llvm.getelementptr %in_g_c[%v641] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v645 = llvm.load %v644 : !llvm.ptr -> f32
      %v646 = arith.addi %v533, %v166 : i64
      %v647 = arith.constant true
      %v648 = arith.addi %v15, %v646 : i64
      %v649 = llvm.getelementptr %v5[%v648] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v650 = llvm.load %v649 : !llvm.ptr<3> -> i64
      %v651 = arith.addi %v50, %v534 : i64
      %v652 = arith.cmpi slt, %v651, %v52 : i64
      %v653 = arith.subi %size_L, %v1 : i64
      %v654 = arith.minsi %v651, %v653 : i64
      %v655 = arith.addi %v650, %v654 : i64
      %v656 = arith.muli %v648, %v64 : i64
      %v657 = arith.addi %v656, %v534 : i64
      %v658 = llvm.getelementptr %in_g_c[%v655] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v659 = llvm.load %v658 : !llvm.ptr -> f32
      %v660 = arith.addi %v533, %v180 : i64
      %v661 = arith.constant true
      %v662 = arith.addi %v15, %v660 : i64
      %v663 = llvm.getelementptr %v5[%v662] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v664 = llvm.load %v663 : !llvm.ptr<3> -> i64
      %v665 = arith.addi %v50, %v534 : i64
      %v666 = arith.cmpi slt, %v665, %v52 : i64
      %v667 = arith.subi %size_L, %v1 : i64
      %v668 = arith.minsi %v665, %v667 : i64
      %v669 = arith.addi %v664, %v668 : i64
      %v670 = arith.muli %v662, %v64 : i64
      %v671 = arith.addi %v670, %v534 : i64
      %v672 = llvm.getelementptr %in_g_c[%v669] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v673 = llvm.load %v672 : !llvm.ptr -> f32
      %v674 = arith.addi %v533, %v194 : i64
      %v675 = arith.constant true
      %v676 = arith.addi %v15, %v674 : i64
      %v677 = llvm.getelementptr %v5[%v676] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v678 = llvm.load %v677 : !llvm.ptr<3> -> i64
      %v679 = arith.addi %v50, %v534 : i64
      %v680 = arith.cmpi slt, %v679, %v52 : i64
      %v681 = arith.subi %size_L, %v1 : i64
      %v682 = arith.minsi %v679, %v681 : i64
      %v683 = arith.addi %v678, %v682 : i64
      %v684 = arith.muli %v676, %v64 : i64
      %v685 = arith.addi %v684, %v534 : i64
      %v686 = llvm.getelementptr %in_g_c[%v683] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v687 = llvm.load %v686 : !llvm.ptr -> f32
      %v688 = arith.addi %v533, %v208 : i64
      %v689 = arith.constant true
      %v690 = arith.addi %v15, %v688 : i64
      %v691 = llvm.getelementptr %v5[%v690] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v692 = llvm.load %v691 : !llvm.ptr<3> -> i64
      %v693 = arith.addi %v50, %v534 : i64
      %v694 = arith.cmpi slt, %v693, %v52 : i64
      %v695 = arith.subi %size_L, %v1 : i64
      %v696 = arith.minsi %v693, %v695 : i64
      %v697 = arith.addi %v692, %v696 : i64
      %v698 = arith.muli %v690, %v64 : i64
      %v699 = arith.addi %v698, %v534 : i64
      %v700 = llvm.getelementptr %in_g_c[%v697] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v701 = llvm.load %v700 : !llvm.ptr -> f32
      %v702 = arith.addi %v533, %v222 : i64
      %v703 = arith.constant true
      %v704 = arith.addi %v15, %v702 : i64
      %v705 = llvm.getelementptr %v5[%v704] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v706 = llvm.load %v705 : !llvm.ptr<3> -> i64
      %v707 = arith.addi %v50, %v534 : i64
      %v708 = arith.cmpi slt, %v707, %v52 : i64
      %v709 = arith.subi %size_L, %v1 : i64
      %v710 = arith.minsi %v707, %v709 : i64
      %v711 = arith.addi %v706, %v710 : i64
      %v712 = arith.muli %v704, %v64 : i64
      %v713 = arith.addi %v712, %v534 : i64
      %v714 = llvm.getelementptr %in_g_c[%v711] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v715 = llvm.load %v714 : !llvm.ptr -> f32
      %v716 = arith.addi %v533, %v236 : i64
      %v717 = arith.constant true
      %v718 = arith.addi %v15, %v716 : i64
      %v719 = llvm.getelementptr %v5[%v718] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v720 = llvm.load %v719 : !llvm.ptr<3> -> i64
      %v721 = arith.addi %v50, %v534 : i64
      %v722 = arith.cmpi slt, %v721, %v52 : i64
      %v723 = arith.subi %size_L, %v1 : i64
      %v724 = arith.minsi %v721, %v723 : i64
      %v725 = arith.addi %v720, %v724 : i64
      %v726 = arith.muli %v718, %v64 : i64
      %v727 = arith.addi %v726, %v534 : i64
      %v728 = llvm.getelementptr %in_g_c[%v725] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v729 = llvm.load %v728 : !llvm.ptr -> f32
      %v730 = arith.addi %v533, %v250 : i64
      %v731 = arith.constant true
      %v732 = arith.addi %v15, %v730 : i64
      %v733 = llvm.getelementptr %v5[%v732] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v734 = llvm.load %v733 : !llvm.ptr<3> -> i64
      %v735 = arith.addi %v50, %v534 : i64
      %v736 = arith.cmpi slt, %v735, %v52 : i64
      %v737 = arith.subi %size_L, %v1 : i64
      %v738 = arith.minsi %v735, %v737 : i64
      %v739 = arith.addi %v734, %v738 : i64
      %v740 = arith.muli %v732, %v64 : i64
      %v741 = arith.addi %v740, %v534 : i64
      %v742 = llvm.getelementptr %in_g_c[%v739] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v743 = llvm.load %v742 : !llvm.ptr -> f32
      %v744 = arith.addi %v533, %v264 : i64
      %v745 = arith.constant true
      %v746 = arith.addi %v15, %v744 : i64
      %v747 = llvm.getelementptr %v5[%v746] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v748 = llvm.load %v747 : !llvm.ptr<3> -> i64
      %v749 = arith.addi %v50, %v534 : i64
      %v750 = arith.cmpi slt, %v749, %v52 : i64
      %v751 = arith.subi %size_L, %v1 : i64
      %v752 = arith.minsi %v749, %v751 : i64
      %v753 = arith.addi %v748, %v752 : i64
      %v754 = arith.muli %v746, %v64 : i64
      %v755 = arith.addi %v754, %v534 : i64
      %v756 = llvm.getelementptr %in_g_c[%v753] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v757 = llvm.load %v756 : !llvm.ptr -> f32
      %v758 = arith.addi %v533, %v53 : i64
      %v759 = arith.constant true
      %v760 = arith.addi %v15, %v758 : i64
      %v761 = llvm.getelementptr %v5[%v760] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v762 = llvm.load %v761 : !llvm.ptr<3> -> i64
      %v763 = arith.addi %v50, %v534 : i64
      %v764 = arith.cmpi slt, %v763, %v52 : i64
      %v765 = arith.subi %size_L, %v1 : i64
      %v766 = arith.minsi %v763, %v765 : i64
      %v767 = arith.addi %v762, %v766 : i64
      %v768 = arith.muli %v760, %v64 : i64
      %v769 = arith.addi %v768, %v534 : i64
      %v770 = llvm.getelementptr %in_g_c[%v767] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v771 = llvm.load %v770 : !llvm.ptr -> f32
      %v772 = arith.addi %v533, %v291 : i64
      %v773 = arith.constant true
      %v774 = arith.addi %v15, %v772 : i64
      %v775 = llvm.getelementptr %v5[%v774] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v776 = llvm.load %v775 : !llvm.ptr<3> -> i64
      %v777 = arith.addi %v50, %v534 : i64
      %v778 = arith.cmpi slt, %v777, %v52 : i64
      %v779 = arith.subi %size_L, %v1 : i64
      %v780 = arith.minsi %v777, %v779 : i64
      %v781 = arith.addi %v776, %v780 : i64
      %v782 = arith.muli %v774, %v64 : i64
      %v783 = arith.addi %v782, %v534 : i64
      %v784 = llvm.getelementptr %in_g_c[%v781] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v785 = llvm.load %v784 : !llvm.ptr -> f32
      %v786 = arith.addi %v533, %v305 : i64
      %v787 = arith.constant true
      %v788 = arith.addi %v15, %v786 : i64
      %v789 = llvm.getelementptr %v5[%v788] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v790 = llvm.load %v789 : !llvm.ptr<3> -> i64
      %v791 = arith.addi %v50, %v534 : i64
      %v792 = arith.cmpi slt, %v791, %v52 : i64
      %v793 = arith.subi %size_L, %v1 : i64
      %v794 = arith.minsi %v791, %v793 : i64
      %v795 = arith.addi %v790, %v794 : i64
      %v796 = arith.muli %v788, %v64 : i64
      %v797 = arith.addi %v796, %v534 : i64
      %v798 = llvm.getelementptr %in_g_c[%v795] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v799 = llvm.load %v798 : !llvm.ptr -> f32
      %v800 = arith.addi %v533, %v319 : i64
      %v801 = arith.constant true
      %v802 = arith.addi %v15, %v800 : i64
      %v803 = llvm.getelementptr %v5[%v802] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v804 = llvm.load %v803 : !llvm.ptr<3> -> i64
      %v805 = arith.addi %v50, %v534 : i64
      %v806 = arith.cmpi slt, %v805, %v52 : i64
      %v807 = arith.subi %size_L, %v1 : i64
      %v808 = arith.minsi %v805, %v807 : i64
      %v809 = arith.addi %v804, %v808 : i64
      %v810 = arith.muli %v802, %v64 : i64
      %v811 = arith.addi %v810, %v534 : i64
      %v812 = llvm.getelementptr %in_g_c[%v809] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v813 = llvm.load %v812 : !llvm.ptr -> f32
      %v814 = arith.addi %v533, %v333 : i64
      %v815 = arith.constant true
      %v816 = arith.addi %v15, %v814 : i64
      %v817 = llvm.getelementptr %v5[%v816] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v818 = llvm.load %v817 : !llvm.ptr<3> -> i64
      %v819 = arith.addi %v50, %v534 : i64
      %v820 = arith.cmpi slt, %v819, %v52 : i64
      %v821 = arith.subi %size_L, %v1 : i64
      %v822 = arith.minsi %v819, %v821 : i64
      %v823 = arith.addi %v818, %v822 : i64
      %v824 = arith.muli %v816, %v64 : i64
      %v825 = arith.addi %v824, %v534 : i64
      %v826 = llvm.getelementptr %in_g_c[%v823] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v827 = llvm.load %v826 : !llvm.ptr -> f32
      %v828 = arith.addi %v533, %v347 : i64
      %v829 = arith.constant true
      %v830 = arith.addi %v15, %v828 : i64
      %v831 = llvm.getelementptr %v5[%v830] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v832 = llvm.load %v831 : !llvm.ptr<3> -> i64
      %v833 = arith.addi %v50, %v534 : i64
      %v834 = arith.cmpi slt, %v833, %v52 : i64
      %v835 = arith.subi %size_L, %v1 : i64
      %v836 = arith.minsi %v833, %v835 : i64
      %v837 = arith.addi %v832, %v836 : i64
      %v838 = arith.muli %v830, %v64 : i64
      %v839 = arith.addi %v838, %v534 : i64
      %v840 = llvm.getelementptr %in_g_c[%v837] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v841 = llvm.load %v840 : !llvm.ptr -> f32
      %v842 = arith.addi %v533, %v361 : i64
      %v843 = arith.constant true
      %v844 = arith.addi %v15, %v842 : i64
      %v845 = llvm.getelementptr %v5[%v844] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v846 = llvm.load %v845 : !llvm.ptr<3> -> i64
      %v847 = arith.addi %v50, %v534 : i64
      %v848 = arith.cmpi slt, %v847, %v52 : i64
      %v849 = arith.subi %size_L, %v1 : i64
      %v850 = arith.minsi %v847, %v849 : i64
      %v851 = arith.addi %v846, %v850 : i64
      %v852 = arith.muli %v844, %v64 : i64
      %v853 = arith.addi %v852, %v534 : i64
      %v854 = llvm.getelementptr %in_g_c[%v851] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v855 = llvm.load %v854 : !llvm.ptr -> f32
      %v856 = arith.addi %v533, %v375 : i64
      %v857 = arith.constant true
      %v858 = arith.addi %v15, %v856 : i64
      %v859 = llvm.getelementptr %v5[%v858] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v860 = llvm.load %v859 : !llvm.ptr<3> -> i64
      %v861 = arith.addi %v50, %v534 : i64
      %v862 = arith.cmpi slt, %v861, %v52 : i64
      %v863 = arith.subi %size_L, %v1 : i64
      %v864 = arith.minsi %v861, %v863 : i64
      %v865 = arith.addi %v860, %v864 : i64
      %v866 = arith.muli %v858, %v64 : i64
      %v867 = arith.addi %v866, %v534 : i64
      %v868 = llvm.getelementptr %in_g_c[%v865] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v869 = llvm.load %v868 : !llvm.ptr -> f32
      %v870 = arith.addi %v533, %v389 : i64
      %v871 = arith.constant true
      %v872 = arith.addi %v15, %v870 : i64
      %v873 = llvm.getelementptr %v5[%v872] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v874 = llvm.load %v873 : !llvm.ptr<3> -> i64
      %v875 = arith.addi %v50, %v534 : i64
      %v876 = arith.cmpi slt, %v875, %v52 : i64
      %v877 = arith.subi %size_L, %v1 : i64
      %v878 = arith.minsi %v875, %v877 : i64
      %v879 = arith.addi %v874, %v878 : i64
      %v880 = arith.muli %v872, %v64 : i64
      %v881 = arith.addi %v880, %v534 : i64
      %v882 = llvm.getelementptr %in_g_c[%v879] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v883 = llvm.load %v882 : !llvm.ptr -> f32
      %v884 = arith.addi %v533, %v403 : i64
      %v885 = arith.constant true
      %v886 = arith.addi %v15, %v884 : i64
      %v887 = llvm.getelementptr %v5[%v886] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v888 = llvm.load %v887 : !llvm.ptr<3> -> i64
      %v889 = arith.addi %v50, %v534 : i64
      %v890 = arith.cmpi slt, %v889, %v52 : i64
      %v891 = arith.subi %size_L, %v1 : i64
      %v892 = arith.minsi %v889, %v891 : i64
      %v893 = arith.addi %v888, %v892 : i64
      %v894 = arith.muli %v886, %v64 : i64
      %v895 = arith.addi %v894, %v534 : i64
      %v896 = llvm.getelementptr %in_g_c[%v893] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v897 = llvm.load %v896 : !llvm.ptr -> f32
      %v898 = arith.addi %v533, %v417 : i64
      %v899 = arith.constant true
      %v900 = arith.addi %v15, %v898 : i64
      %v901 = llvm.getelementptr %v5[%v900] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v902 = llvm.load %v901 : !llvm.ptr<3> -> i64
      %v903 = arith.addi %v50, %v534 : i64
      %v904 = arith.cmpi slt, %v903, %v52 : i64
      %v905 = arith.subi %size_L, %v1 : i64
      %v906 = arith.minsi %v903, %v905 : i64
      %v907 = arith.addi %v902, %v906 : i64
      %v908 = arith.muli %v900, %v64 : i64
      %v909 = arith.addi %v908, %v534 : i64
      %v910 = llvm.getelementptr %in_g_c[%v907] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v911 = llvm.load %v910 : !llvm.ptr -> f32
      %v912 = arith.addi %v533, %v431 : i64
      %v913 = arith.constant true
      %v914 = arith.addi %v15, %v912 : i64
      %v915 = llvm.getelementptr %v5[%v914] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v916 = llvm.load %v915 : !llvm.ptr<3> -> i64
      %v917 = arith.addi %v50, %v534 : i64
      %v918 = arith.cmpi slt, %v917, %v52 : i64
      %v919 = arith.subi %size_L, %v1 : i64
      %v920 = arith.minsi %v917, %v919 : i64
      %v921 = arith.addi %v916, %v920 : i64
      %v922 = arith.muli %v914, %v64 : i64
      %v923 = arith.addi %v922, %v534 : i64
      %v924 = llvm.getelementptr %in_g_c[%v921] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v925 = llvm.load %v924 : !llvm.ptr -> f32
      %v926 = arith.addi %v533, %v445 : i64
      %v927 = arith.constant true
      %v928 = arith.addi %v15, %v926 : i64
      %v929 = llvm.getelementptr %v5[%v928] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v930 = llvm.load %v929 : !llvm.ptr<3> -> i64
      %v931 = arith.addi %v50, %v534 : i64
      %v932 = arith.cmpi slt, %v931, %v52 : i64
      %v933 = arith.subi %size_L, %v1 : i64
      %v934 = arith.minsi %v931, %v933 : i64
      %v935 = arith.addi %v930, %v934 : i64
      %v936 = arith.muli %v928, %v64 : i64
      %v937 = arith.addi %v936, %v534 : i64
      %v938 = llvm.getelementptr %in_g_c[%v935] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v939 = llvm.load %v938 : !llvm.ptr -> f32
      %v940 = arith.addi %v533, %v459 : i64
      %v941 = arith.constant true
      %v942 = arith.addi %v15, %v940 : i64
      %v943 = llvm.getelementptr %v5[%v942] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v944 = llvm.load %v943 : !llvm.ptr<3> -> i64
      %v945 = arith.addi %v50, %v534 : i64
      %v946 = arith.cmpi slt, %v945, %v52 : i64
      %v947 = arith.subi %size_L, %v1 : i64
      %v948 = arith.minsi %v945, %v947 : i64
      %v949 = arith.addi %v944, %v948 : i64
      %v950 = arith.muli %v942, %v64 : i64
      %v951 = arith.addi %v950, %v534 : i64
      %v952 = llvm.getelementptr %in_g_c[%v949] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v953 = llvm.load %v952 : !llvm.ptr -> f32
      %v954 = arith.addi %v533, %v473 : i64
      %v955 = arith.constant true
      %v956 = arith.addi %v15, %v954 : i64
      %v957 = llvm.getelementptr %v5[%v956] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v958 = llvm.load %v957 : !llvm.ptr<3> -> i64
      %v959 = arith.addi %v50, %v534 : i64
      %v960 = arith.cmpi slt, %v959, %v52 : i64
      %v961 = arith.subi %size_L, %v1 : i64
      %v962 = arith.minsi %v959, %v961 : i64
      %v963 = arith.addi %v958, %v962 : i64
      %v964 = arith.muli %v956, %v64 : i64
      %v965 = arith.addi %v964, %v534 : i64
      %v966 = llvm.getelementptr %in_g_c[%v963] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v967 = llvm.load %v966 : !llvm.ptr -> f32
      %v968 = arith.addi %v533, %v487 : i64
      %v969 = arith.constant true
      %v970 = arith.addi %v15, %v968 : i64
      %v971 = llvm.getelementptr %v5[%v970] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v972 = llvm.load %v971 : !llvm.ptr<3> -> i64
      %v973 = arith.addi %v50, %v534 : i64
      %v974 = arith.cmpi slt, %v973, %v52 : i64
      %v975 = arith.subi %size_L, %v1 : i64
      %v976 = arith.minsi %v973, %v975 : i64
      %v977 = arith.addi %v972, %v976 : i64
      %v978 = arith.muli %v970, %v64 : i64
      %v979 = arith.addi %v978, %v534 : i64
      %v980 = llvm.getelementptr %in_g_c[%v977] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v981 = llvm.load %v980 : !llvm.ptr -> f32
      scf.if %v535 {
        %v982 = llvm.getelementptr %v6[%v545] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v547, %v982 : f32, !llvm.ptr<3>
      }
      scf.if %v549 {
        %v983 = llvm.getelementptr %v6[%v559] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v561, %v983 : f32, !llvm.ptr<3>
      }
      scf.if %v563 {
        %v984 = llvm.getelementptr %v6[%v573] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v575, %v984 : f32, !llvm.ptr<3>
      }
      scf.if %v577 {
        %v985 = llvm.getelementptr %v6[%v587] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v589, %v985 : f32, !llvm.ptr<3>
      }
      scf.if %v591 {
        %v986 = llvm.getelementptr %v6[%v601] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v603, %v986 : f32, !llvm.ptr<3>
      }
      scf.if %v605 {
        %v987 = llvm.getelementptr %v6[%v615] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v617, %v987 : f32, !llvm.ptr<3>
      }
      scf.if %v619 {
        %v988 = llvm.getelementptr %v6[%v629] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v631, %v988 : f32, !llvm.ptr<3>
      }
      scf.if %v633 {
        %v989 = llvm.getelementptr %v6[%v643] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v645, %v989 : f32, !llvm.ptr<3>
      }
      scf.if %v647 {
        %v990 = llvm.getelementptr %v6[%v657] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v659, %v990 : f32, !llvm.ptr<3>
      }
      scf.if %v661 {
        %v991 = llvm.getelementptr %v6[%v671] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v673, %v991 : f32, !llvm.ptr<3>
      }
      scf.if %v675 {
        %v992 = llvm.getelementptr %v6[%v685] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v687, %v992 : f32, !llvm.ptr<3>
      }
      scf.if %v689 {
        %v993 = llvm.getelementptr %v6[%v699] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v701, %v993 : f32, !llvm.ptr<3>
      }
      scf.if %v703 {
        %v994 = llvm.getelementptr %v6[%v713] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v715, %v994 : f32, !llvm.ptr<3>
      }
      scf.if %v717 {
        %v995 = llvm.getelementptr %v6[%v727] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v729, %v995 : f32, !llvm.ptr<3>
      }
      scf.if %v731 {
        %v996 = llvm.getelementptr %v6[%v741] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v743, %v996 : f32, !llvm.ptr<3>
      }
      scf.if %v745 {
        %v997 = llvm.getelementptr %v6[%v755] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v757, %v997 : f32, !llvm.ptr<3>
      }
      scf.if %v759 {
        %v998 = llvm.getelementptr %v6[%v769] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v771, %v998 : f32, !llvm.ptr<3>
      }
      scf.if %v773 {
        %v999 = llvm.getelementptr %v6[%v783] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v785, %v999 : f32, !llvm.ptr<3>
      }
      scf.if %v787 {
        %v1000 = llvm.getelementptr %v6[%v797] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v799, %v1000 : f32, !llvm.ptr<3>
      }
      scf.if %v801 {
        %v1001 = llvm.getelementptr %v6[%v811] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v813, %v1001 : f32, !llvm.ptr<3>
      }
      scf.if %v815 {
        %v1002 = llvm.getelementptr %v6[%v825] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v827, %v1002 : f32, !llvm.ptr<3>
      }
      scf.if %v829 {
        %v1003 = llvm.getelementptr %v6[%v839] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v841, %v1003 : f32, !llvm.ptr<3>
      }
      scf.if %v843 {
        %v1004 = llvm.getelementptr %v6[%v853] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v855, %v1004 : f32, !llvm.ptr<3>
      }
      scf.if %v857 {
        %v1005 = llvm.getelementptr %v6[%v867] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v869, %v1005 : f32, !llvm.ptr<3>
      }
      scf.if %v871 {
        %v1006 = llvm.getelementptr %v6[%v881] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v883, %v1006 : f32, !llvm.ptr<3>
      }
      scf.if %v885 {
        %v1007 = llvm.getelementptr %v6[%v895] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v897, %v1007 : f32, !llvm.ptr<3>
      }
      scf.if %v899 {
        %v1008 = llvm.getelementptr %v6[%v909] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v911, %v1008 : f32, !llvm.ptr<3>
      }
      scf.if %v913 {
        %v1009 = llvm.getelementptr %v6[%v923] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v925, %v1009 : f32, !llvm.ptr<3>
      }
      scf.if %v927 {
        %v1010 = llvm.getelementptr %v6[%v937] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v939, %v1010 : f32, !llvm.ptr<3>
      }
      scf.if %v941 {
        %v1011 = llvm.getelementptr %v6[%v951] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v953, %v1011 : f32, !llvm.ptr<3>
      }
      scf.if %v955 {
        %v1012 = llvm.getelementptr %v6[%v965] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v967, %v1012 : f32, !llvm.ptr<3>
      }
      scf.if %v969 {
        %v1013 = llvm.getelementptr %v6[%v979] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v981, %v1013 : f32, !llvm.ptr<3>
      }
      // end staged load of `g_c`
      // staged load of `g_o`'s first tile: read, then shared memory
      %v1014 = arith.divui %v13, %v53 : i64
      %v1015 = arith.remui %v13, %v53 : i64
      %v1016 = arith.constant true
      %v1017 = arith.addi %v45, %v1014 : i64
      %v1018 = llvm.getelementptr %v5[%v1017] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1019 = llvm.load %v1018 : !llvm.ptr<3> -> i64
      %v1020 = arith.addi %v50, %v1015 : i64
      %v1021 = arith.cmpi slt, %v1020, %v52 : i64
      %v1022 = arith.subi %size_L, %v1 : i64
      %v1023 = arith.minsi %v1020, %v1022 : i64
      %v1024 = arith.addi %v1019, %v1023 : i64
      %v1025 = arith.muli %v1017, %v64 : i64
      %v1026 = arith.addi %v1025, %v1015 : i64
      %v1027 = llvm.getelementptr %in_g_o[%v1024] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1028 = llvm.load %v1027 : !llvm.ptr -> f32
      %v1029 = arith.addi %v1014, %v44 : i64
      %v1030 = arith.constant true
      %v1031 = arith.addi %v45, %v1029 : i64
      %v1032 = llvm.getelementptr %v5[%v1031] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1033 = llvm.load %v1032 : !llvm.ptr<3> -> i64
      %v1034 = arith.addi %v50, %v1015 : i64
      %v1035 = arith.cmpi slt, %v1034, %v52 : i64
      %v1036 = arith.subi %size_L, %v1 : i64
      %v1037 = arith.minsi %v1034, %v1036 : i64
      %v1038 = arith.addi %v1033, %v1037 : i64
      %v1039 = arith.muli %v1031, %v64 : i64
      %v1040 = arith.addi %v1039, %v1015 : i64
      %v1041 = llvm.getelementptr %in_g_o[%v1038] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1042 = llvm.load %v1041 : !llvm.ptr -> f32
      %v1043 = arith.addi %v1014, %v82 : i64
      %v1044 = arith.constant true
      %v1045 = arith.addi %v45, %v1043 : i64
      %v1046 = llvm.getelementptr %v5[%v1045] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1047 = llvm.load %v1046 : !llvm.ptr<3> -> i64
      %v1048 = arith.addi %v50, %v1015 : i64
      %v1049 = arith.cmpi slt, %v1048, %v52 : i64
      %v1050 = arith.subi %size_L, %v1 : i64
      %v1051 = arith.minsi %v1048, %v1050 : i64
      %v1052 = arith.addi %v1047, %v1051 : i64
      %v1053 = arith.muli %v1045, %v64 : i64
      %v1054 = arith.addi %v1053, %v1015 : i64
      %v1055 = llvm.getelementptr %in_g_o[%v1052] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1056 = llvm.load %v1055 : !llvm.ptr -> f32
      %v1057 = arith.addi %v1014, %v96 : i64
      %v1058 = arith.constant true
      %v1059 = arith.addi %v45, %v1057 : i64
      %v1060 = llvm.getelementptr %v5[%v1059] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1061 = llvm.load %v1060 : !llvm.ptr<3> -> i64
      %v1062 = arith.addi %v50, %v1015 : i64
      %v1063 = arith.cmpi slt, %v1062, %v52 : i64
      %v1064 = arith.subi %size_L, %v1 : i64
      %v1065 = arith.minsi %v1062, %v1064 : i64
      %v1066 = arith.addi %v1061, %v1065 : i64
      %v1067 = arith.muli %v1059, %v64 : i64
      %v1068 = arith.addi %v1067, %v1015 : i64
      %v1069 = llvm.getelementptr %in_g_o[%v1066] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1070 = llvm.load %v1069 : !llvm.ptr -> f32
      %v1071 = arith.addi %v1014, %v110 : i64
      %v1072 = arith.constant true
      %v1073 = arith.addi %v45, %v1071 : i64
      %v1074 = llvm.getelementptr %v5[%v1073] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1075 = llvm.load %v1074 : !llvm.ptr<3> -> i64
      %v1076 = arith.addi %v50, %v1015 : i64
      %v1077 = arith.cmpi slt, %v1076, %v52 : i64
      %v1078 = arith.subi %size_L, %v1 : i64
      %v1079 = arith.minsi %v1076, %v1078 : i64
      %v1080 = arith.addi %v1075, %v1079 : i64
      %v1081 = arith.muli %v1073, %v64 : i64
      %v1082 = arith.addi %v1081, %v1015 : i64
      %v1083 = llvm.getelementptr %in_g_o[%v1080] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1084 = llvm.load %v1083 : !llvm.ptr -> f32
      %v1085 = arith.addi %v1014, %v124 : i64
      %v1086 = arith.constant true
      %v1087 = arith.addi %v45, %v1085 : i64
      %v1088 = llvm.getelementptr %v5[%v1087] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1089 = llvm.load %v1088 : !llvm.ptr<3> -> i64
      %v1090 = arith.addi %v50, %v1015 : i64
      %v1091 = arith.cmpi slt, %v1090, %v52 : i64
      %v1092 = arith.subi %size_L, %v1 : i64
      %v1093 = arith.minsi %v1090, %v1092 : i64
      %v1094 = arith.addi %v1089, %v1093 : i64
      %v1095 = arith.muli %v1087, %v64 : i64
      %v1096 = arith.addi %v1095, %v1015 : i64
      %v1097 = llvm.getelementptr %in_g_o[%v1094] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1098 = llvm.load %v1097 : !llvm.ptr -> f32
      %v1099 = arith.addi %v1014, %v138 : i64
      %v1100 = arith.constant true
      %v1101 = arith.addi %v45, %v1099 : i64
      %v1102 = llvm.getelementptr %v5[%v1101] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1103 = llvm.load %v1102 : !llvm.ptr<3> -> i64
      %v1104 = arith.addi %v50, %v1015 : i64
      %v1105 = arith.cmpi slt, %v1104, %v52 : i64
      %v1106 = arith.subi %size_L, %v1 : i64
      %v1107 = arith.minsi %v1104, %v1106 : i64
      %v1108 = arith.addi %v1103, %v1107 : i64
      %v1109 = arith.muli %v1101, %v64 : i64
      %v1110 = arith.addi %v1109, %v1015 : i64
      %v1111 = llvm.getelementptr %in_g_o[%v1108] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1112 = llvm.load %v1111 : !llvm.ptr -> f32
      %v1113 = arith.addi %v1014, %v152 : i64
      %v1114 = arith.constant true
      %v1115 = arith.addi %v45, %v1113 : i64
      %v1116 = llvm.getelementptr %v5[%v1115] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1117 = llvm.load %v1116 : !llvm.ptr<3> -> i64
      %v1118 = arith.addi %v50, %v1015 : i64
      %v1119 = arith.cmpi slt, %v1118, %v52 : i64
      %v1120 = arith.subi %size_L, %v1 : i64
      %v1121 = arith.minsi %v1118, %v1120 : i64
      %v1122 = arith.addi %v1117, %v1121 : i64
      %v1123 = arith.muli %v1115, %v64 : i64
      %v1124 = arith.addi %v1123, %v1015 : i64
      %v1125 = llvm.getelementptr %in_g_o[%v1122] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1126 = llvm.load %v1125 : !llvm.ptr -> f32
      %v1127 = arith.addi %v1014, %v166 : i64
      %v1128 = arith.constant true
      %v1129 = arith.addi %v45, %v1127 : i64
      %v1130 = llvm.getelementptr %v5[%v1129] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1131 = llvm.load %v1130 : !llvm.ptr<3> -> i64
      %v1132 = arith.addi %v50, %v1015 : i64
      %v1133 = arith.cmpi slt, %v1132, %v52 : i64
      %v1134 = arith.subi %size_L, %v1 : i64
      %v1135 = arith.minsi %v1132, %v1134 : i64
      %v1136 = arith.addi %v1131, %v1135 : i64
      %v1137 = arith.muli %v1129, %v64 : i64
      %v1138 = arith.addi %v1137, %v1015 : i64
      %v1139 = llvm.getelementptr %in_g_o[%v1136] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1140 = llvm.load %v1139 : !llvm.ptr -> f32
      %v1141 = arith.addi %v1014, %v180 : i64
      %v1142 = arith.constant true
      %v1143 = arith.addi %v45, %v1141 : i64
      %v1144 = llvm.getelementptr %v5[%v1143] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1145 = llvm.load %v1144 : !llvm.ptr<3> -> i64
      %v1146 = arith.addi %v50, %v1015 : i64
      %v1147 = arith.cmpi slt, %v1146, %v52 : i64
      %v1148 = arith.subi %size_L, %v1 : i64
      %v1149 = arith.minsi %v1146, %v1148 : i64
      %v1150 = arith.addi %v1145, %v1149 : i64
      %v1151 = arith.muli %v1143, %v64 : i64
      %v1152 = arith.addi %v1151, %v1015 : i64
      %v1153 = llvm.getelementptr %in_g_o[%v1150] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1154 = llvm.load %v1153 : !llvm.ptr -> f32
      %v1155 = arith.addi %v1014, %v194 : i64
      %v1156 = arith.constant true
      %v1157 = arith.addi %v45, %v1155 : i64
      %v1158 = llvm.getelementptr %v5[%v1157] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1159 = llvm.load %v1158 : !llvm.ptr<3> -> i64
      %v1160 = arith.addi %v50, %v1015 : i64
      %v1161 = arith.cmpi slt, %v1160, %v52 : i64
      %v1162 = arith.subi %size_L, %v1 : i64
      %v1163 = arith.minsi %v1160, %v1162 : i64
      %v1164 = arith.addi %v1159, %v1163 : i64
      %v1165 = arith.muli %v1157, %v64 : i64
      %v1166 = arith.addi %v1165, %v1015 : i64
      %v1167 = llvm.getelementptr %in_g_o[%v1164] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1168 = llvm.load %v1167 : !llvm.ptr -> f32
      %v1169 = arith.addi %v1014, %v208 : i64
      %v1170 = arith.constant true
      %v1171 = arith.addi %v45, %v1169 : i64
      %v1172 = llvm.getelementptr %v5[%v1171] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1173 = llvm.load %v1172 : !llvm.ptr<3> -> i64
      %v1174 = arith.addi %v50, %v1015 : i64
      %v1175 = arith.cmpi slt, %v1174, %v52 : i64
      %v1176 = arith.subi %size_L, %v1 : i64
      %v1177 = arith.minsi %v1174, %v1176 : i64
      %v1178 = arith.addi %v1173, %v1177 : i64
      %v1179 = arith.muli %v1171, %v64 : i64
      %v1180 = arith.addi %v1179, %v1015 : i64
      %v1181 = llvm.getelementptr %in_g_o[%v1178] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1182 = llvm.load %v1181 : !llvm.ptr -> f32
      %v1183 = arith.addi %v1014, %v222 : i64
      %v1184 = arith.constant true
      %v1185 = arith.addi %v45, %v1183 : i64
      %v1186 = llvm.getelementptr %v5[%v1185] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1187 = llvm.load %v1186 : !llvm.ptr<3> -> i64
      %v1188 = arith.addi %v50, %v1015 : i64
      %v1189 = arith.cmpi slt, %v1188, %v52 : i64
      %v1190 = arith.subi %size_L, %v1 : i64
      %v1191 = arith.minsi %v1188, %v1190 : i64
      %v1192 = arith.addi %v1187, %v1191 : i64
      %v1193 = arith.muli %v1185, %v64 : i64
      %v1194 = arith.addi %v1193, %v1015 : i64
      %v1195 = llvm.getelementptr %in_g_o[%v1192] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1196 = llvm.load %v1195 : !llvm.ptr -> f32
      %v1197 = arith.addi %v1014, %v236 : i64
      %v1198 = arith.constant true
      %v1199 = arith.addi %v45, %v1197 : i64
      %v1200 = llvm.getelementptr %v5[%v1199] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1201 = llvm.load %v1200 : !llvm.ptr<3> -> i64
      %v1202 = arith.addi %v50, %v1015 : i64
      %v1203 = arith.cmpi slt, %v1202, %v52 : i64
      %v1204 = arith.subi %size_L, %v1 : i64
      %v1205 = arith.minsi %v1202, %v1204 : i64
      %v1206 = arith.addi %v1201, %v1205 : i64
      %v1207 = arith.muli %v1199, %v64 : i64
      %v1208 = arith.addi %v1207, %v1015 : i64
      %v1209 = llvm.getelementptr %in_g_o[%v1206] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1210 = llvm.load %v1209 : !llvm.ptr -> f32
      %v1211 = arith.addi %v1014, %v250 : i64
      %v1212 = arith.constant true
      %v1213 = arith.addi %v45, %v1211 : i64
      %v1214 = llvm.getelementptr %v5[%v1213] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1215 = llvm.load %v1214 : !llvm.ptr<3> -> i64
      %v1216 = arith.addi %v50, %v1015 : i64
      %v1217 = arith.cmpi slt, %v1216, %v52 : i64
      %v1218 = arith.subi %size_L, %v1 : i64
      %v1219 = arith.minsi %v1216, %v1218 : i64
      %v1220 = arith.addi %v1215, %v1219 : i64
      %v1221 = arith.muli %v1213, %v64 : i64
      %v1222 = arith.addi %v1221, %v1015 : i64
      %v1223 = llvm.getelementptr %in_g_o[%v1220] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1224 = llvm.load %v1223 : !llvm.ptr -> f32
      %v1225 = arith.addi %v1014, %v264 : i64
      %v1226 = arith.constant true
      %v1227 = arith.addi %v45, %v1225 : i64
      %v1228 = llvm.getelementptr %v5[%v1227] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1229 = llvm.load %v1228 : !llvm.ptr<3> -> i64
      %v1230 = arith.addi %v50, %v1015 : i64
      %v1231 = arith.cmpi slt, %v1230, %v52 : i64
      %v1232 = arith.subi %size_L, %v1 : i64
      %v1233 = arith.minsi %v1230, %v1232 : i64
      %v1234 = arith.addi %v1229, %v1233 : i64
      %v1235 = arith.muli %v1227, %v64 : i64
      %v1236 = arith.addi %v1235, %v1015 : i64
      %v1237 = llvm.getelementptr %in_g_o[%v1234] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1238 = llvm.load %v1237 : !llvm.ptr -> f32
      %v1239 = arith.addi %v1014, %v53 : i64
      %v1240 = arith.constant true
      %v1241 = arith.addi %v45, %v1239 : i64
      %v1242 = llvm.getelementptr %v5[%v1241] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1243 = llvm.load %v1242 : !llvm.ptr<3> -> i64
      %v1244 = arith.addi %v50, %v1015 : i64
      %v1245 = arith.cmpi slt, %v1244, %v52 : i64
      %v1246 = arith.subi %size_L, %v1 : i64
      %v1247 = arith.minsi %v1244, %v1246 : i64
      %v1248 = arith.addi %v1243, %v1247 : i64
      %v1249 = arith.muli %v1241, %v64 : i64
      %v1250 = arith.addi %v1249, %v1015 : i64
      %v1251 = llvm.getelementptr %in_g_o[%v1248] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1252 = llvm.load %v1251 : !llvm.ptr -> f32
      %v1253 = arith.addi %v1014, %v291 : i64
      %v1254 = arith.constant true
      %v1255 = arith.addi %v45, %v1253 : i64
      %v1256 = llvm.getelementptr %v5[%v1255] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1257 = llvm.load %v1256 : !llvm.ptr<3> -> i64
      %v1258 = arith.addi %v50, %v1015 : i64
      %v1259 = arith.cmpi slt, %v1258, %v52 : i64
      %v1260 = arith.subi %size_L, %v1 : i64
      %v1261 = arith.minsi %v1258, %v1260 : i64
      %v1262 = arith.addi %v1257, %v1261 : i64
      %v1263 = arith.muli %v1255, %v64 : i64
      %v1264 = arith.addi %v1263, %v1015 : i64
      %v1265 = llvm.getelementptr %in_g_o[%v1262] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1266 = llvm.load %v1265 : !llvm.ptr -> f32
      %v1267 = arith.addi %v1014, %v305 : i64
      %v1268 = arith.constant true
      %v1269 = arith.addi %v45, %v1267 : i64
      %v1270 = llvm.getelementptr %v5[%v1269] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1271 = llvm.load %v1270 : !llvm.ptr<3> -> i64
      %v1272 = arith.addi %v50, %v1015 : i64
      %v1273 = arith.cmpi slt, %v1272, %v52 : i64
      %v1274 = arith.subi %size_L, %v1 : i64
      %v1275 = arith.minsi %v1272, %v1274 : i64
      %v1276 = arith.addi %v1271, %v1275 : i64
      %v1277 = arith.muli %v1269, %v64 : i64
      %v1278 = arith.addi %v1277, %v1015 : i64
      %v1279 = llvm.getelementptr %in_g_o[%v1276] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1280 = llvm.load %v1279 : !llvm.ptr -> f32
      %v1281 = arith.addi %v1014, %v319 : i64
      %v1282 = arith.constant true
      %v1283 = arith.addi %v45, %v1281 : i64
      %v1284 = llvm.getelementptr %v5[%v1283] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1285 = llvm.load %v1284 : !llvm.ptr<3> -> i64
      %v1286 = arith.addi %v50, %v1015 : i64
      %v1287 = arith.cmpi slt, %v1286, %v52 : i64
      %v1288 = arith.subi %size_L, %v1 : i64
      %v1289 = arith.minsi %v1286, %v1288 : i64
      %v1290 = arith.addi %v1285, %v1289 : i64
      %v1291 = arith.muli %v1283, %v64 : i64
      %v1292 = arith.addi %v1291, %v1015 : i64
      %v1293 = llvm.getelementptr %in_g_o[%v1290] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1294 = llvm.load %v1293 : !llvm.ptr -> f32
      %v1295 = arith.addi %v1014, %v333 : i64
      %v1296 = arith.constant true
      %v1297 = arith.addi %v45, %v1295 : i64
      %v1298 = llvm.getelementptr %v5[%v1297] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1299 = llvm.load %v1298 : !llvm.ptr<3> -> i64
      %v1300 = arith.addi %v50, %v1015 : i64
      %v1301 = arith.cmpi slt, %v1300, %v52 : i64
      %v1302 = arith.subi %size_L, %v1 : i64
      %v1303 = arith.minsi %v1300, %v1302 : i64
      %v1304 = arith.addi %v1299, %v1303 : i64
      %v1305 = arith.muli %v1297, %v64 : i64
      %v1306 = arith.addi %v1305, %v1015 : i64
      %v1307 = llvm.getelementptr %in_g_o[%v1304] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1308 = llvm.load %v1307 : !llvm.ptr -> f32
      %v1309 = arith.addi %v1014, %v347 : i64
      %v1310 = arith.constant true
      %v1311 = arith.addi %v45, %v1309 : i64
      %v1312 = llvm.getelementptr %v5[%v1311] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1313 = llvm.load %v1312 : !llvm.ptr<3> -> i64
      %v1314 = arith.addi %v50, %v1015 : i64
      %v1315 = arith.cmpi slt, %v1314, %v52 : i64
      %v1316 = arith.subi %size_L, %v1 : i64
      %v1317 = arith.minsi %v1314, %v1316 : i64
      %v1318 = arith.addi %v1313, %v1317 : i64
      %v1319 = arith.muli %v1311, %v64 : i64
      %v1320 = arith.addi %v1319, %v1015 : i64
      %v1321 = llvm.getelementptr %in_g_o[%v1318] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1322 = llvm.load %v1321 : !llvm.ptr -> f32
      %v1323 = arith.addi %v1014, %v361 : i64
      %v1324 = arith.constant true
      %v1325 = arith.addi %v45, %v1323 : i64
      %v1326 = llvm.getelementptr %v5[%v1325] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1327 = llvm.load %v1326 : !llvm.ptr<3> -> i64
      %v1328 = arith.addi %v50, %v1015 : i64
      %v1329 = arith.cmpi slt, %v1328, %v52 : i64
      %v1330 = arith.subi %size_L, %v1 : i64
      %v1331 = arith.minsi %v1328, %v1330 : i64
      %v1332 = arith.addi %v1327, %v1331 : i64
      %v1333 = arith.muli %v1325, %v64 : i64
      %v1334 = arith.addi %v1333, %v1015 : i64
      %v1335 = llvm.getelementptr %in_g_o[%v1332] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1336 = llvm.load %v1335 : !llvm.ptr -> f32
      %v1337 = arith.addi %v1014, %v375 : i64
      %v1338 = arith.constant true
      %v1339 = arith.addi %v45, %v1337 : i64
      %v1340 = llvm.getelementptr %v5[%v1339] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1341 = llvm.load %v1340 : !llvm.ptr<3> -> i64
      %v1342 = arith.addi %v50, %v1015 : i64
      %v1343 = arith.cmpi slt, %v1342, %v52 : i64
      %v1344 = arith.subi %size_L, %v1 : i64
      %v1345 = arith.minsi %v1342, %v1344 : i64
      %v1346 = arith.addi %v1341, %v1345 : i64
      %v1347 = arith.muli %v1339, %v64 : i64
      %v1348 = arith.addi %v1347, %v1015 : i64
      %v1349 = llvm.getelementptr %in_g_o[%v1346] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1350 = llvm.load %v1349 : !llvm.ptr -> f32
      %v1351 = arith.addi %v1014, %v389 : i64
      %v1352 = arith.constant true
      %v1353 = arith.addi %v45, %v1351 : i64
      %v1354 = llvm.getelementptr %v5[%v1353] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1355 = llvm.load %v1354 : !llvm.ptr<3> -> i64
      %v1356 = arith.addi %v50, %v1015 : i64
      %v1357 = arith.cmpi slt, %v1356, %v52 : i64
      %v1358 = arith.subi %size_L, %v1 : i64
      %v1359 = arith.minsi %v1356, %v1358 : i64
      %v1360 = arith.addi %v1355, %v1359 : i64
      %v1361 = arith.muli %v1353, %v64 : i64
      %v1362 = arith.addi %v1361, %v1015 : i64
      %v1363 = llvm.getelementptr %in_g_o[%v1360] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1364 = llvm.load %v1363 : !llvm.ptr -> f32
      %v1365 = arith.addi %v1014, %v403 : i64
      %v1366 = arith.constant true
      %v1367 = arith.addi %v45, %v1365 : i64
      %v1368 = llvm.getelementptr %v5[%v1367] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1369 = llvm.load %v1368 : !llvm.ptr<3> -> i64
      %v1370 = arith.addi %v50, %v1015 : i64
      %v1371 = arith.cmpi slt, %v1370, %v52 : i64
      %v1372 = arith.subi %size_L, %v1 : i64
      %v1373 = arith.minsi %v1370, %v1372 : i64
      %v1374 = arith.addi %v1369, %v1373 : i64
      %v1375 = arith.muli %v1367, %v64 : i64
      %v1376 = arith.addi %v1375, %v1015 : i64
      %v1377 = llvm.getelementptr %in_g_o[%v1374] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1378 = llvm.load %v1377 : !llvm.ptr -> f32
      %v1379 = arith.addi %v1014, %v417 : i64
      %v1380 = arith.constant true
      %v1381 = arith.addi %v45, %v1379 : i64
      %v1382 = llvm.getelementptr %v5[%v1381] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1383 = llvm.load %v1382 : !llvm.ptr<3> -> i64
      %v1384 = arith.addi %v50, %v1015 : i64
      %v1385 = arith.cmpi slt, %v1384, %v52 : i64
      %v1386 = arith.subi %size_L, %v1 : i64
      %v1387 = arith.minsi %v1384, %v1386 : i64
      %v1388 = arith.addi %v1383, %v1387 : i64
      %v1389 = arith.muli %v1381, %v64 : i64
      %v1390 = arith.addi %v1389, %v1015 : i64
      %v1391 = llvm.getelementptr %in_g_o[%v1388] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1392 = llvm.load %v1391 : !llvm.ptr -> f32
      %v1393 = arith.addi %v1014, %v431 : i64
      %v1394 = arith.constant true
      %v1395 = arith.addi %v45, %v1393 : i64
      %v1396 = llvm.getelementptr %v5[%v1395] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1397 = llvm.load %v1396 : !llvm.ptr<3> -> i64
      %v1398 = arith.addi %v50, %v1015 : i64
      %v1399 = arith.cmpi slt, %v1398, %v52 : i64
      %v1400 = arith.subi %size_L, %v1 : i64
      %v1401 = arith.minsi %v1398, %v1400 : i64
      %v1402 = arith.addi %v1397, %v1401 : i64
      %v1403 = arith.muli %v1395, %v64 : i64
      %v1404 = arith.addi %v1403, %v1015 : i64
      %v1405 = llvm.getelementptr %in_g_o[%v1402] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1406 = llvm.load %v1405 : !llvm.ptr -> f32
      %v1407 = arith.addi %v1014, %v445 : i64
      %v1408 = arith.constant true
      %v1409 = arith.addi %v45, %v1407 : i64
      %v1410 = llvm.getelementptr %v5[%v1409] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1411 = llvm.load %v1410 : !llvm.ptr<3> -> i64
      %v1412 = arith.addi %v50, %v1015 : i64
      %v1413 = arith.cmpi slt, %v1412, %v52 : i64
      %v1414 = arith.subi %size_L, %v1 : i64
      %v1415 = arith.minsi %v1412, %v1414 : i64
      %v1416 = arith.addi %v1411, %v1415 : i64
      %v1417 = arith.muli %v1409, %v64 : i64
      %v1418 = arith.addi %v1417, %v1015 : i64
      %v1419 = llvm.getelementptr %in_g_o[%v1416] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1420 = llvm.load %v1419 : !llvm.ptr -> f32
      %v1421 = arith.addi %v1014, %v459 : i64
      %v1422 = arith.constant true
      %v1423 = arith.addi %v45, %v1421 : i64
      %v1424 = llvm.getelementptr %v5[%v1423] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1425 = llvm.load %v1424 : !llvm.ptr<3> -> i64
      %v1426 = arith.addi %v50, %v1015 : i64
      %v1427 = arith.cmpi slt, %v1426, %v52 : i64
      %v1428 = arith.subi %size_L, %v1 : i64
      %v1429 = arith.minsi %v1426, %v1428 : i64
      %v1430 = arith.addi %v1425, %v1429 : i64
      %v1431 = arith.muli %v1423, %v64 : i64
      %v1432 = arith.addi %v1431, %v1015 : i64
      %v1433 = llvm.getelementptr %in_g_o[%v1430] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1434 = llvm.load %v1433 : !llvm.ptr -> f32
      %v1435 = arith.addi %v1014, %v473 : i64
      %v1436 = arith.constant true
      %v1437 = arith.addi %v45, %v1435 : i64
      %v1438 = llvm.getelementptr %v5[%v1437] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1439 = llvm.load %v1438 : !llvm.ptr<3> -> i64
      %v1440 = arith.addi %v50, %v1015 : i64
      %v1441 = arith.cmpi slt, %v1440, %v52 : i64
      %v1442 = arith.subi %size_L, %v1 : i64
      %v1443 = arith.minsi %v1440, %v1442 : i64
      %v1444 = arith.addi %v1439, %v1443 : i64
      %v1445 = arith.muli %v1437, %v64 : i64
      %v1446 = arith.addi %v1445, %v1015 : i64
      %v1447 = llvm.getelementptr %in_g_o[%v1444] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1448 = llvm.load %v1447 : !llvm.ptr -> f32
      %v1449 = arith.addi %v1014, %v487 : i64
      %v1450 = arith.constant true
      %v1451 = arith.addi %v45, %v1449 : i64
      %v1452 = llvm.getelementptr %v5[%v1451] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1453 = llvm.load %v1452 : !llvm.ptr<3> -> i64
      %v1454 = arith.addi %v50, %v1015 : i64
      %v1455 = arith.cmpi slt, %v1454, %v52 : i64
      %v1456 = arith.subi %size_L, %v1 : i64
      %v1457 = arith.minsi %v1454, %v1456 : i64
      %v1458 = arith.addi %v1453, %v1457 : i64
      %v1459 = arith.muli %v1451, %v64 : i64
      %v1460 = arith.addi %v1459, %v1015 : i64
      %v1461 = llvm.getelementptr %in_g_o[%v1458] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1462 = llvm.load %v1461 : !llvm.ptr -> f32
      scf.if %v1016 {
        %v1463 = llvm.getelementptr %v6[%v1026] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1028, %v1463 : f32, !llvm.ptr<3>
      }
      scf.if %v1030 {
        %v1464 = llvm.getelementptr %v6[%v1040] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1042, %v1464 : f32, !llvm.ptr<3>
      }
      scf.if %v1044 {
        %v1465 = llvm.getelementptr %v6[%v1054] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1056, %v1465 : f32, !llvm.ptr<3>
      }
      scf.if %v1058 {
        %v1466 = llvm.getelementptr %v6[%v1068] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1070, %v1466 : f32, !llvm.ptr<3>
      }
      scf.if %v1072 {
        %v1467 = llvm.getelementptr %v6[%v1082] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1084, %v1467 : f32, !llvm.ptr<3>
      }
      scf.if %v1086 {
        %v1468 = llvm.getelementptr %v6[%v1096] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1098, %v1468 : f32, !llvm.ptr<3>
      }
      scf.if %v1100 {
        %v1469 = llvm.getelementptr %v6[%v1110] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1112, %v1469 : f32, !llvm.ptr<3>
      }
      scf.if %v1114 {
        %v1470 = llvm.getelementptr %v6[%v1124] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1126, %v1470 : f32, !llvm.ptr<3>
      }
      scf.if %v1128 {
        %v1471 = llvm.getelementptr %v6[%v1138] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1140, %v1471 : f32, !llvm.ptr<3>
      }
      scf.if %v1142 {
        %v1472 = llvm.getelementptr %v6[%v1152] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1154, %v1472 : f32, !llvm.ptr<3>
      }
      scf.if %v1156 {
        %v1473 = llvm.getelementptr %v6[%v1166] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1168, %v1473 : f32, !llvm.ptr<3>
      }
      scf.if %v1170 {
        %v1474 = llvm.getelementptr %v6[%v1180] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1182, %v1474 : f32, !llvm.ptr<3>
      }
      scf.if %v1184 {
        %v1475 = llvm.getelementptr %v6[%v1194] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1196, %v1475 : f32, !llvm.ptr<3>
      }
      scf.if %v1198 {
        %v1476 = llvm.getelementptr %v6[%v1208] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1210, %v1476 : f32, !llvm.ptr<3>
      }
      scf.if %v1212 {
        %v1477 = llvm.getelementptr %v6[%v1222] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1224, %v1477 : f32, !llvm.ptr<3>
      }
      scf.if %v1226 {
        %v1478 = llvm.getelementptr %v6[%v1236] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1238, %v1478 : f32, !llvm.ptr<3>
      }
      scf.if %v1240 {
        %v1479 = llvm.getelementptr %v6[%v1250] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1252, %v1479 : f32, !llvm.ptr<3>
      }
      scf.if %v1254 {
        %v1480 = llvm.getelementptr %v6[%v1264] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1266, %v1480 : f32, !llvm.ptr<3>
      }
      scf.if %v1268 {
        %v1481 = llvm.getelementptr %v6[%v1278] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1280, %v1481 : f32, !llvm.ptr<3>
      }
      scf.if %v1282 {
        %v1482 = llvm.getelementptr %v6[%v1292] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1294, %v1482 : f32, !llvm.ptr<3>
      }
      scf.if %v1296 {
        %v1483 = llvm.getelementptr %v6[%v1306] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1308, %v1483 : f32, !llvm.ptr<3>
      }
      scf.if %v1310 {
        %v1484 = llvm.getelementptr %v6[%v1320] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1322, %v1484 : f32, !llvm.ptr<3>
      }
      scf.if %v1324 {
        %v1485 = llvm.getelementptr %v6[%v1334] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1336, %v1485 : f32, !llvm.ptr<3>
      }
      scf.if %v1338 {
        %v1486 = llvm.getelementptr %v6[%v1348] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1350, %v1486 : f32, !llvm.ptr<3>
      }
      scf.if %v1352 {
        %v1487 = llvm.getelementptr %v6[%v1362] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1364, %v1487 : f32, !llvm.ptr<3>
      }
      scf.if %v1366 {
        %v1488 = llvm.getelementptr %v6[%v1376] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1378, %v1488 : f32, !llvm.ptr<3>
      }
      scf.if %v1380 {
        %v1489 = llvm.getelementptr %v6[%v1390] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1392, %v1489 : f32, !llvm.ptr<3>
      }
      scf.if %v1394 {
        %v1490 = llvm.getelementptr %v6[%v1404] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1406, %v1490 : f32, !llvm.ptr<3>
      }
      scf.if %v1408 {
        %v1491 = llvm.getelementptr %v6[%v1418] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1420, %v1491 : f32, !llvm.ptr<3>
      }
      scf.if %v1422 {
        %v1492 = llvm.getelementptr %v6[%v1432] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1434, %v1492 : f32, !llvm.ptr<3>
      }
      scf.if %v1436 {
        %v1493 = llvm.getelementptr %v6[%v1446] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1448, %v1493 : f32, !llvm.ptr<3>
      }
      scf.if %v1450 {
        %v1494 = llvm.getelementptr %v6[%v1460] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1462, %v1494 : f32, !llvm.ptr<3>
      }
      // end staged load of `g_o`
      gpu.barrier
      %v1495 = arith.index_cast %v50 : i64 to index
      %v1496 = arith.index_cast %v52 : i64 to index
      %v1497 = arith.index_cast %v53 : i64 to index
      scf.for %v1498 = %v1495 to %v1496 step %v1497 {
        %v1499 = arith.index_cast %v1498 : index to i64
        %v1500 = arith.subi %v52, %v1499 : i64
        %v1501 = arith.minsi %v1500, %v53 : i64
        %v1502 = arith.addi %v1499, %v53 : i64
        %v1503 = arith.divui %v13, %v53 : i64
        %v1504 = arith.remui %v13, %v53 : i64
        %v1505 = arith.constant true
        %v1506 = llvm.getelementptr %v5[%v1503] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1507 = llvm.load %v1506 : !llvm.ptr<3> -> i64
        %v1508 = arith.addi %v1502, %v1504 : i64
        %v1509 = arith.cmpi slt, %v1508, %v52 : i64
        %v1510 = arith.subi %size_L, %v1 : i64
        %v1511 = arith.minsi %v1508, %v1510 : i64
        %v1512 = arith.addi %v1507, %v1511 : i64
        %v1513 = arith.muli %v1503, %v64 : i64
        %v1514 = arith.addi %v1513, %v1504 : i64
        %v1515 = llvm.getelementptr %in_g_f[%v1512] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1516 = llvm.load %v1515 : !llvm.ptr -> f32
        %v1517 = arith.addi %v1503, %v44 : i64
        %v1518 = arith.constant true
        %v1519 = llvm.getelementptr %v5[%v1517] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1520 = llvm.load %v1519 : !llvm.ptr<3> -> i64
        %v1521 = arith.addi %v1502, %v1504 : i64
        %v1522 = arith.cmpi slt, %v1521, %v52 : i64
        %v1523 = arith.subi %size_L, %v1 : i64
        %v1524 = arith.minsi %v1521, %v1523 : i64
        %v1525 = arith.addi %v1520, %v1524 : i64
        %v1526 = arith.muli %v1517, %v64 : i64
        %v1527 = arith.addi %v1526, %v1504 : i64
        %v1528 = llvm.getelementptr %in_g_f[%v1525] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1529 = llvm.load %v1528 : !llvm.ptr -> f32
        %v1530 = arith.addi %v1503, %v82 : i64
        %v1531 = arith.constant true
        %v1532 = llvm.getelementptr %v5[%v1530] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1533 = llvm.load %v1532 : !llvm.ptr<3> -> i64
        %v1534 = arith.addi %v1502, %v1504 : i64
        %v1535 = arith.cmpi slt, %v1534, %v52 : i64
        %v1536 = arith.subi %size_L, %v1 : i64
        %v1537 = arith.minsi %v1534, %v1536 : i64
        %v1538 = arith.addi %v1533, %v1537 : i64
        %v1539 = arith.muli %v1530, %v64 : i64
        %v1540 = arith.addi %v1539, %v1504 : i64
        %v1541 = llvm.getelementptr %in_g_f[%v1538] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1542 = llvm.load %v1541 : !llvm.ptr -> f32
        %v1543 = arith.addi %v1503, %v96 : i64
        %v1544 = arith.constant true
        %v1545 = llvm.getelementptr %v5[%v1543] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1546 = llvm.load %v1545 : !llvm.ptr<3> -> i64
        %v1547 = arith.addi %v1502, %v1504 : i64
        %v1548 = arith.cmpi slt, %v1547, %v52 : i64
        %v1549 = arith.subi %size_L, %v1 : i64
        %v1550 = arith.minsi %v1547, %v1549 : i64
        %v1551 = arith.addi %v1546, %v1550 : i64
        %v1552 = arith.muli %v1543, %v64 : i64
        %v1553 = arith.addi %v1552, %v1504 : i64
        %v1554 = llvm.getelementptr %in_g_f[%v1551] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1555 = llvm.load %v1554 : !llvm.ptr -> f32
        %v1556 = arith.addi %v1503, %v110 : i64
        %v1557 = arith.constant true
        %v1558 = llvm.getelementptr %v5[%v1556] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1559 = llvm.load %v1558 : !llvm.ptr<3> -> i64
        %v1560 = arith.addi %v1502, %v1504 : i64
        %v1561 = arith.cmpi slt, %v1560, %v52 : i64
        %v1562 = arith.subi %size_L, %v1 : i64
        %v1563 = arith.minsi %v1560, %v1562 : i64
        %v1564 = arith.addi %v1559, %v1563 : i64
        %v1565 = arith.muli %v1556, %v64 : i64
        %v1566 = arith.addi %v1565, %v1504 : i64
        %v1567 = llvm.getelementptr %in_g_f[%v1564] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1568 = llvm.load %v1567 : !llvm.ptr -> f32
        %v1569 = arith.addi %v1503, %v124 : i64
        %v1570 = arith.constant true
        %v1571 = llvm.getelementptr %v5[%v1569] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1572 = llvm.load %v1571 : !llvm.ptr<3> -> i64
        %v1573 = arith.addi %v1502, %v1504 : i64
        %v1574 = arith.cmpi slt, %v1573, %v52 : i64
        %v1575 = arith.subi %size_L, %v1 : i64
        %v1576 = arith.minsi %v1573, %v1575 : i64
        %v1577 = arith.addi %v1572, %v1576 : i64
        %v1578 = arith.muli %v1569, %v64 : i64
        %v1579 = arith.addi %v1578, %v1504 : i64
        %v1580 = llvm.getelementptr %in_g_f[%v1577] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1581 = llvm.load %v1580 : !llvm.ptr -> f32
        %v1582 = arith.addi %v1503, %v138 : i64
        %v1583 = arith.constant true
        %v1584 = llvm.getelementptr %v5[%v1582] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1585 = llvm.load %v1584 : !llvm.ptr<3> -> i64
        %v1586 = arith.addi %v1502, %v1504 : i64
        %v1587 = arith.cmpi slt, %v1586, %v52 : i64
        %v1588 = arith.subi %size_L, %v1 : i64
        %v1589 = arith.minsi %v1586, %v1588 : i64
        %v1590 = arith.addi %v1585, %v1589 : i64
        %v1591 = arith.muli %v1582, %v64 : i64
        %v1592 = arith.addi %v1591, %v1504 : i64
        %v1593 = llvm.getelementptr %in_g_f[%v1590] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1594 = llvm.load %v1593 : !llvm.ptr -> f32
        %v1595 = arith.addi %v1503, %v152 : i64
        %v1596 = arith.constant true
        %v1597 = llvm.getelementptr %v5[%v1595] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1598 = llvm.load %v1597 : !llvm.ptr<3> -> i64
        %v1599 = arith.addi %v1502, %v1504 : i64
        %v1600 = arith.cmpi slt, %v1599, %v52 : i64
        %v1601 = arith.subi %size_L, %v1 : i64
        %v1602 = arith.minsi %v1599, %v1601 : i64
        %v1603 = arith.addi %v1598, %v1602 : i64
        %v1604 = arith.muli %v1595, %v64 : i64
        %v1605 = arith.addi %v1604, %v1504 : i64
        %v1606 = llvm.getelementptr %in_g_f[%v1603] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1607 = llvm.load %v1606 : !llvm.ptr -> f32
        %v1608 = arith.addi %v1503, %v166 : i64
        %v1609 = arith.constant true
        %v1610 = llvm.getelementptr %v5[%v1608] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1611 = llvm.load %v1610 : !llvm.ptr<3> -> i64
        %v1612 = arith.addi %v1502, %v1504 : i64
        %v1613 = arith.cmpi slt, %v1612, %v52 : i64
        %v1614 = arith.subi %size_L, %v1 : i64
        %v1615 = arith.minsi %v1612, %v1614 : i64
        %v1616 = arith.addi %v1611, %v1615 : i64
        %v1617 = arith.muli %v1608, %v64 : i64
        %v1618 = arith.addi %v1617, %v1504 : i64
        %v1619 = llvm.getelementptr %in_g_f[%v1616] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1620 = llvm.load %v1619 : !llvm.ptr -> f32
        %v1621 = arith.addi %v1503, %v180 : i64
        %v1622 = arith.constant true
        %v1623 = llvm.getelementptr %v5[%v1621] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1624 = llvm.load %v1623 : !llvm.ptr<3> -> i64
        %v1625 = arith.addi %v1502, %v1504 : i64
        %v1626 = arith.cmpi slt, %v1625, %v52 : i64
        %v1627 = arith.subi %size_L, %v1 : i64
        %v1628 = arith.minsi %v1625, %v1627 : i64
        %v1629 = arith.addi %v1624, %v1628 : i64
        %v1630 = arith.muli %v1621, %v64 : i64
        %v1631 = arith.addi %v1630, %v1504 : i64
        %v1632 = llvm.getelementptr %in_g_f[%v1629] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1633 = llvm.load %v1632 : !llvm.ptr -> f32
        %v1634 = arith.addi %v1503, %v194 : i64
        %v1635 = arith.constant true
        %v1636 = llvm.getelementptr %v5[%v1634] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1637 = llvm.load %v1636 : !llvm.ptr<3> -> i64
        %v1638 = arith.addi %v1502, %v1504 : i64
        %v1639 = arith.cmpi slt, %v1638, %v52 : i64
        %v1640 = arith.subi %size_L, %v1 : i64
        %v1641 = arith.minsi %v1638, %v1640 : i64
        %v1642 = arith.addi %v1637, %v1641 : i64
        %v1643 = arith.muli %v1634, %v64 : i64
        %v1644 = arith.addi %v1643, %v1504 : i64
        %v1645 = llvm.getelementptr %in_g_f[%v1642] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1646 = llvm.load %v1645 : !llvm.ptr -> f32
        %v1647 = arith.addi %v1503, %v208 : i64
        %v1648 = arith.constant true
        %v1649 = llvm.getelementptr %v5[%v1647] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1650 = llvm.load %v1649 : !llvm.ptr<3> -> i64
        %v1651 = arith.addi %v1502, %v1504 : i64
        %v1652 = arith.cmpi slt, %v1651, %v52 : i64
        %v1653 = arith.subi %size_L, %v1 : i64
        %v1654 = arith.minsi %v1651, %v1653 : i64
        %v1655 = arith.addi %v1650, %v1654 : i64
        %v1656 = arith.muli %v1647, %v64 : i64
        %v1657 = arith.addi %v1656, %v1504 : i64
        %v1658 = llvm.getelementptr %in_g_f[%v1655] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1659 = llvm.load %v1658 : !llvm.ptr -> f32
        %v1660 = arith.addi %v1503, %v222 : i64
        %v1661 = arith.constant true
        %v1662 = llvm.getelementptr %v5[%v1660] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1663 = llvm.load %v1662 : !llvm.ptr<3> -> i64
        %v1664 = arith.addi %v1502, %v1504 : i64
        %v1665 = arith.cmpi slt, %v1664, %v52 : i64
        %v1666 = arith.subi %size_L, %v1 : i64
        %v1667 = arith.minsi %v1664, %v1666 : i64
        %v1668 = arith.addi %v1663, %v1667 : i64
        %v1669 = arith.muli %v1660, %v64 : i64
        %v1670 = arith.addi %v1669, %v1504 : i64
        %v1671 = llvm.getelementptr %in_g_f[%v1668] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1672 = llvm.load %v1671 : !llvm.ptr -> f32
        %v1673 = arith.addi %v1503, %v236 : i64
        %v1674 = arith.constant true
        %v1675 = llvm.getelementptr %v5[%v1673] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1676 = llvm.load %v1675 : !llvm.ptr<3> -> i64
        %v1677 = arith.addi %v1502, %v1504 : i64
        %v1678 = arith.cmpi slt, %v1677, %v52 : i64
        %v1679 = arith.subi %size_L, %v1 : i64
        %v1680 = arith.minsi %v1677, %v1679 : i64
        %v1681 = arith.addi %v1676, %v1680 : i64
        %v1682 = arith.muli %v1673, %v64 : i64
        %v1683 = arith.addi %v1682, %v1504 : i64
        %v1684 = llvm.getelementptr %in_g_f[%v1681] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1685 = llvm.load %v1684 : !llvm.ptr -> f32
        %v1686 = arith.addi %v1503, %v250 : i64
        %v1687 = arith.constant true
        %v1688 = llvm.getelementptr %v5[%v1686] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1689 = llvm.load %v1688 : !llvm.ptr<3> -> i64
        %v1690 = arith.addi %v1502, %v1504 : i64
        %v1691 = arith.cmpi slt, %v1690, %v52 : i64
        %v1692 = arith.subi %size_L, %v1 : i64
        %v1693 = arith.minsi %v1690, %v1692 : i64
        %v1694 = arith.addi %v1689, %v1693 : i64
        %v1695 = arith.muli %v1686, %v64 : i64
        %v1696 = arith.addi %v1695, %v1504 : i64
        %v1697 = llvm.getelementptr %in_g_f[%v1694] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1698 = llvm.load %v1697 : !llvm.ptr -> f32
        %v1699 = arith.addi %v1503, %v264 : i64
        %v1700 = arith.constant true
        %v1701 = llvm.getelementptr %v5[%v1699] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1702 = llvm.load %v1701 : !llvm.ptr<3> -> i64
        %v1703 = arith.addi %v1502, %v1504 : i64
        %v1704 = arith.cmpi slt, %v1703, %v52 : i64
        %v1705 = arith.subi %size_L, %v1 : i64
        %v1706 = arith.minsi %v1703, %v1705 : i64
        %v1707 = arith.addi %v1702, %v1706 : i64
        %v1708 = arith.muli %v1699, %v64 : i64
        %v1709 = arith.addi %v1708, %v1504 : i64
        %v1710 = llvm.getelementptr %in_g_f[%v1707] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1711 = llvm.load %v1710 : !llvm.ptr -> f32
        %v1712 = arith.addi %v1503, %v53 : i64
        %v1713 = arith.constant true
        %v1714 = llvm.getelementptr %v5[%v1712] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1715 = llvm.load %v1714 : !llvm.ptr<3> -> i64
        %v1716 = arith.addi %v1502, %v1504 : i64
        %v1717 = arith.cmpi slt, %v1716, %v52 : i64
        %v1718 = arith.subi %size_L, %v1 : i64
        %v1719 = arith.minsi %v1716, %v1718 : i64
        %v1720 = arith.addi %v1715, %v1719 : i64
        %v1721 = arith.muli %v1712, %v64 : i64
        %v1722 = arith.addi %v1721, %v1504 : i64
        %v1723 = llvm.getelementptr %in_g_f[%v1720] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1724 = llvm.load %v1723 : !llvm.ptr -> f32
        %v1725 = arith.addi %v1503, %v291 : i64
        %v1726 = arith.constant true
        %v1727 = llvm.getelementptr %v5[%v1725] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1728 = llvm.load %v1727 : !llvm.ptr<3> -> i64
        %v1729 = arith.addi %v1502, %v1504 : i64
        %v1730 = arith.cmpi slt, %v1729, %v52 : i64
        %v1731 = arith.subi %size_L, %v1 : i64
        %v1732 = arith.minsi %v1729, %v1731 : i64
        %v1733 = arith.addi %v1728, %v1732 : i64
        %v1734 = arith.muli %v1725, %v64 : i64
        %v1735 = arith.addi %v1734, %v1504 : i64
        %v1736 = llvm.getelementptr %in_g_f[%v1733] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1737 = llvm.load %v1736 : !llvm.ptr -> f32
        %v1738 = arith.addi %v1503, %v305 : i64
        %v1739 = arith.constant true
        %v1740 = llvm.getelementptr %v5[%v1738] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1741 = llvm.load %v1740 : !llvm.ptr<3> -> i64
        %v1742 = arith.addi %v1502, %v1504 : i64
        %v1743 = arith.cmpi slt, %v1742, %v52 : i64
        %v1744 = arith.subi %size_L, %v1 : i64
        %v1745 = arith.minsi %v1742, %v1744 : i64
        %v1746 = arith.addi %v1741, %v1745 : i64
        %v1747 = arith.muli %v1738, %v64 : i64
        %v1748 = arith.addi %v1747, %v1504 : i64
        %v1749 = llvm.getelementptr %in_g_f[%v1746] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1750 = llvm.load %v1749 : !llvm.ptr -> f32
        %v1751 = arith.addi %v1503, %v319 : i64
        %v1752 = arith.constant true
        %v1753 = llvm.getelementptr %v5[%v1751] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1754 = llvm.load %v1753 : !llvm.ptr<3> -> i64
        %v1755 = arith.addi %v1502, %v1504 : i64
        %v1756 = arith.cmpi slt, %v1755, %v52 : i64
        %v1757 = arith.subi %size_L, %v1 : i64
        %v1758 = arith.minsi %v1755, %v1757 : i64
        %v1759 = arith.addi %v1754, %v1758 : i64
        %v1760 = arith.muli %v1751, %v64 : i64
        %v1761 = arith.addi %v1760, %v1504 : i64
        %v1762 = llvm.getelementptr %in_g_f[%v1759] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1763 = llvm.load %v1762 : !llvm.ptr -> f32
        %v1764 = arith.addi %v1503, %v333 : i64
        %v1765 = arith.constant true
        %v1766 = llvm.getelementptr %v5[%v1764] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1767 = llvm.load %v1766 : !llvm.ptr<3> -> i64
        %v1768 = arith.addi %v1502, %v1504 : i64
        %v1769 = arith.cmpi slt, %v1768, %v52 : i64
        %v1770 = arith.subi %size_L, %v1 : i64
        %v1771 = arith.minsi %v1768, %v1770 : i64
        %v1772 = arith.addi %v1767, %v1771 : i64
        %v1773 = arith.muli %v1764, %v64 : i64
        %v1774 = arith.addi %v1773, %v1504 : i64
        %v1775 = llvm.getelementptr %in_g_f[%v1772] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1776 = llvm.load %v1775 : !llvm.ptr -> f32
        %v1777 = arith.addi %v1503, %v347 : i64
        %v1778 = arith.constant true
        %v1779 = llvm.getelementptr %v5[%v1777] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1780 = llvm.load %v1779 : !llvm.ptr<3> -> i64
        %v1781 = arith.addi %v1502, %v1504 : i64
        %v1782 = arith.cmpi slt, %v1781, %v52 : i64
        %v1783 = arith.subi %size_L, %v1 : i64
        %v1784 = arith.minsi %v1781, %v1783 : i64
        %v1785 = arith.addi %v1780, %v1784 : i64
        %v1786 = arith.muli %v1777, %v64 : i64
        %v1787 = arith.addi %v1786, %v1504 : i64
        %v1788 = llvm.getelementptr %in_g_f[%v1785] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1789 = llvm.load %v1788 : !llvm.ptr -> f32
        %v1790 = arith.addi %v1503, %v361 : i64
        %v1791 = arith.constant true
        %v1792 = llvm.getelementptr %v5[%v1790] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1793 = llvm.load %v1792 : !llvm.ptr<3> -> i64
        %v1794 = arith.addi %v1502, %v1504 : i64
        %v1795 = arith.cmpi slt, %v1794, %v52 : i64
        %v1796 = arith.subi %size_L, %v1 : i64
        %v1797 = arith.minsi %v1794, %v1796 : i64
        %v1798 = arith.addi %v1793, %v1797 : i64
        %v1799 = arith.muli %v1790, %v64 : i64
        %v1800 = arith.addi %v1799, %v1504 : i64
        %v1801 = llvm.getelementptr %in_g_f[%v1798] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1802 = llvm.load %v1801 : !llvm.ptr -> f32
        %v1803 = arith.addi %v1503, %v375 : i64
        %v1804 = arith.constant true
        %v1805 = llvm.getelementptr %v5[%v1803] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1806 = llvm.load %v1805 : !llvm.ptr<3> -> i64
        %v1807 = arith.addi %v1502, %v1504 : i64
        %v1808 = arith.cmpi slt, %v1807, %v52 : i64
        %v1809 = arith.subi %size_L, %v1 : i64
        %v1810 = arith.minsi %v1807, %v1809 : i64
        %v1811 = arith.addi %v1806, %v1810 : i64
        %v1812 = arith.muli %v1803, %v64 : i64
        %v1813 = arith.addi %v1812, %v1504 : i64
        %v1814 = llvm.getelementptr %in_g_f[%v1811] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1815 = llvm.load %v1814 : !llvm.ptr -> f32
        %v1816 = arith.addi %v1503, %v389 : i64
        %v1817 = arith.constant true
        %v1818 = llvm.getelementptr %v5[%v1816] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1819 = llvm.load %v1818 : !llvm.ptr<3> -> i64
        %v1820 = arith.addi %v1502, %v1504 : i64
        %v1821 = arith.cmpi slt, %v1820, %v52 : i64
        %v1822 = arith.subi %size_L, %v1 : i64
        %v1823 = arith.minsi %v1820, %v1822 : i64
        %v1824 = arith.addi %v1819, %v1823 : i64
        %v1825 = arith.muli %v1816, %v64 : i64
        %v1826 = arith.addi %v1825, %v1504 : i64
        %v1827 = llvm.getelementptr %in_g_f[%v1824] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1828 = llvm.load %v1827 : !llvm.ptr -> f32
        %v1829 = arith.addi %v1503, %v403 : i64
        %v1830 = arith.constant true
        %v1831 = llvm.getelementptr %v5[%v1829] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1832 = llvm.load %v1831 : !llvm.ptr<3> -> i64
        %v1833 = arith.addi %v1502, %v1504 : i64
        %v1834 = arith.cmpi slt, %v1833, %v52 : i64
        %v1835 = arith.subi %size_L, %v1 : i64
        %v1836 = arith.minsi %v1833, %v1835 : i64
        %v1837 = arith.addi %v1832, %v1836 : i64
        %v1838 = arith.muli %v1829, %v64 : i64
        %v1839 = arith.addi %v1838, %v1504 : i64
        %v1840 = llvm.getelementptr %in_g_f[%v1837] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1841 = llvm.load %v1840 : !llvm.ptr -> f32
        %v1842 = arith.addi %v1503, %v417 : i64
        %v1843 = arith.constant true
        %v1844 = llvm.getelementptr %v5[%v1842] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1845 = llvm.load %v1844 : !llvm.ptr<3> -> i64
        %v1846 = arith.addi %v1502, %v1504 : i64
        %v1847 = arith.cmpi slt, %v1846, %v52 : i64
        %v1848 = arith.subi %size_L, %v1 : i64
        %v1849 = arith.minsi %v1846, %v1848 : i64
        %v1850 = arith.addi %v1845, %v1849 : i64
        %v1851 = arith.muli %v1842, %v64 : i64
        %v1852 = arith.addi %v1851, %v1504 : i64
        %v1853 = llvm.getelementptr %in_g_f[%v1850] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1854 = llvm.load %v1853 : !llvm.ptr -> f32
        %v1855 = arith.addi %v1503, %v431 : i64
        %v1856 = arith.constant true
        %v1857 = llvm.getelementptr %v5[%v1855] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1858 = llvm.load %v1857 : !llvm.ptr<3> -> i64
        %v1859 = arith.addi %v1502, %v1504 : i64
        %v1860 = arith.cmpi slt, %v1859, %v52 : i64
        %v1861 = arith.subi %size_L, %v1 : i64
        %v1862 = arith.minsi %v1859, %v1861 : i64
        %v1863 = arith.addi %v1858, %v1862 : i64
        %v1864 = arith.muli %v1855, %v64 : i64
        %v1865 = arith.addi %v1864, %v1504 : i64
        %v1866 = llvm.getelementptr %in_g_f[%v1863] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1867 = llvm.load %v1866 : !llvm.ptr -> f32
        %v1868 = arith.addi %v1503, %v445 : i64
        %v1869 = arith.constant true
        %v1870 = llvm.getelementptr %v5[%v1868] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1871 = llvm.load %v1870 : !llvm.ptr<3> -> i64
        %v1872 = arith.addi %v1502, %v1504 : i64
        %v1873 = arith.cmpi slt, %v1872, %v52 : i64
        %v1874 = arith.subi %size_L, %v1 : i64
        %v1875 = arith.minsi %v1872, %v1874 : i64
        %v1876 = arith.addi %v1871, %v1875 : i64
        %v1877 = arith.muli %v1868, %v64 : i64
        %v1878 = arith.addi %v1877, %v1504 : i64
        %v1879 = llvm.getelementptr %in_g_f[%v1876] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1880 = llvm.load %v1879 : !llvm.ptr -> f32
        %v1881 = arith.addi %v1503, %v459 : i64
        %v1882 = arith.constant true
        %v1883 = llvm.getelementptr %v5[%v1881] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1884 = llvm.load %v1883 : !llvm.ptr<3> -> i64
        %v1885 = arith.addi %v1502, %v1504 : i64
        %v1886 = arith.cmpi slt, %v1885, %v52 : i64
        %v1887 = arith.subi %size_L, %v1 : i64
        %v1888 = arith.minsi %v1885, %v1887 : i64
        %v1889 = arith.addi %v1884, %v1888 : i64
        %v1890 = arith.muli %v1881, %v64 : i64
        %v1891 = arith.addi %v1890, %v1504 : i64
        %v1892 = llvm.getelementptr %in_g_f[%v1889] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1893 = llvm.load %v1892 : !llvm.ptr -> f32
        %v1894 = arith.addi %v1503, %v473 : i64
        %v1895 = arith.constant true
        %v1896 = llvm.getelementptr %v5[%v1894] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1897 = llvm.load %v1896 : !llvm.ptr<3> -> i64
        %v1898 = arith.addi %v1502, %v1504 : i64
        %v1899 = arith.cmpi slt, %v1898, %v52 : i64
        %v1900 = arith.subi %size_L, %v1 : i64
        %v1901 = arith.minsi %v1898, %v1900 : i64
        %v1902 = arith.addi %v1897, %v1901 : i64
        %v1903 = arith.muli %v1894, %v64 : i64
        %v1904 = arith.addi %v1903, %v1504 : i64
        %v1905 = llvm.getelementptr %in_g_f[%v1902] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1906 = llvm.load %v1905 : !llvm.ptr -> f32
        %v1907 = arith.addi %v1503, %v487 : i64
        %v1908 = arith.constant true
        %v1909 = llvm.getelementptr %v5[%v1907] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1910 = llvm.load %v1909 : !llvm.ptr<3> -> i64
        %v1911 = arith.addi %v1502, %v1504 : i64
        %v1912 = arith.cmpi slt, %v1911, %v52 : i64
        %v1913 = arith.subi %size_L, %v1 : i64
        %v1914 = arith.minsi %v1911, %v1913 : i64
        %v1915 = arith.addi %v1910, %v1914 : i64
        %v1916 = arith.muli %v1907, %v64 : i64
        %v1917 = arith.addi %v1916, %v1504 : i64
        %v1918 = llvm.getelementptr %in_g_f[%v1915] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1919 = llvm.load %v1918 : !llvm.ptr -> f32
        %v1920 = arith.divui %v13, %v53 : i64
        %v1921 = arith.remui %v13, %v53 : i64
        %v1922 = arith.constant true
        %v1923 = arith.addi %v15, %v1920 : i64
        %v1924 = llvm.getelementptr %v5[%v1923] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1925 = llvm.load %v1924 : !llvm.ptr<3> -> i64
        %v1926 = arith.addi %v1502, %v1921 : i64
        %v1927 = arith.cmpi slt, %v1926, %v52 : i64
        %v1928 = arith.subi %size_L, %v1 : i64
        %v1929 = arith.minsi %v1926, %v1928 : i64
        %v1930 = arith.addi %v1925, %v1929 : i64
        %v1931 = arith.muli %v1923, %v64 : i64
        %v1932 = arith.addi %v1931, %v1921 : i64
        %v1933 = llvm.getelementptr %in_g_c[%v1930] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1934 = llvm.load %v1933 : !llvm.ptr -> f32
        %v1935 = arith.addi %v1920, %v44 : i64
        %v1936 = arith.constant true
        %v1937 = arith.addi %v15, %v1935 : i64
        %v1938 = llvm.getelementptr %v5[%v1937] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1939 = llvm.load %v1938 : !llvm.ptr<3> -> i64
        %v1940 = arith.addi %v1502, %v1921 : i64
        %v1941 = arith.cmpi slt, %v1940, %v52 : i64
        %v1942 = arith.subi %size_L, %v1 : i64
        %v1943 = arith.minsi %v1940, %v1942 : i64
        %v1944 = arith.addi %v1939, %v1943 : i64
        %v1945 = arith.muli %v1937, %v64 : i64
        %v1946 = arith.addi %v1945, %v1921 : i64
        %v1947 = llvm.getelementptr %in_g_c[%v1944] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1948 = llvm.load %v1947 : !llvm.ptr -> f32
        %v1949 = arith.addi %v1920, %v82 : i64
        %v1950 = arith.constant true
        %v1951 = arith.addi %v15, %v1949 : i64
        %v1952 = llvm.getelementptr %v5[%v1951] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1953 = llvm.load %v1952 : !llvm.ptr<3> -> i64
        %v1954 = arith.addi %v1502, %v1921 : i64
        %v1955 = arith.cmpi slt, %v1954, %v52 : i64
        %v1956 = arith.subi %size_L, %v1 : i64
        %v1957 = arith.minsi %v1954, %v1956 : i64
        %v1958 = arith.addi %v1953, %v1957 : i64
        %v1959 = arith.muli %v1951, %v64 : i64
        %v1960 = arith.addi %v1959, %v1921 : i64
        %v1961 = llvm.getelementptr %in_g_c[%v1958] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1962 = llvm.load %v1961 : !llvm.ptr -> f32
        %v1963 = arith.addi %v1920, %v96 : i64
        %v1964 = arith.constant true
        %v1965 = arith.addi %v15, %v1963 : i64
        %v1966 = llvm.getelementptr %v5[%v1965] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1967 = llvm.load %v1966 : !llvm.ptr<3> -> i64
        %v1968 = arith.addi %v1502, %v1921 : i64
        %v1969 = arith.cmpi slt, %v1968, %v52 : i64
        %v1970 = arith.subi %size_L, %v1 : i64
        %v1971 = arith.minsi %v1968, %v1970 : i64
        %v1972 = arith.addi %v1967, %v1971 : i64
        %v1973 = arith.muli %v1965, %v64 : i64
        %v1974 = arith.addi %v1973, %v1921 : i64
        %v1975 = llvm.getelementptr %in_g_c[%v1972] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1976 = llvm.load %v1975 : !llvm.ptr -> f32
        %v1977 = arith.addi %v1920, %v110 : i64
        %v1978 = arith.constant true
        %v1979 = arith.addi %v15, %v1977 : i64
        %v1980 = llvm.getelementptr %v5[%v1979] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1981 = llvm.load %v1980 : !llvm.ptr<3> -> i64
        %v1982 = arith.addi %v1502, %v1921 : i64
        %v1983 = arith.cmpi slt, %v1982, %v52 : i64
        %v1984 = arith.subi %size_L, %v1 : i64
        %v1985 = arith.minsi %v1982, %v1984 : i64
        %v1986 = arith.addi %v1981, %v1985 : i64
        %v1987 = arith.muli %v1979, %v64 : i64
        %v1988 = arith.addi %v1987, %v1921 : i64
        %v1989 = llvm.getelementptr %in_g_c[%v1986] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1990 = llvm.load %v1989 : !llvm.ptr -> f32
        %v1991 = arith.addi %v1920, %v124 : i64
        %v1992 = arith.constant true
        %v1993 = arith.addi %v15, %v1991 : i64
        %v1994 = llvm.getelementptr %v5[%v1993] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1995 = llvm.load %v1994 : !llvm.ptr<3> -> i64
        %v1996 = arith.addi %v1502, %v1921 : i64
        %v1997 = arith.cmpi slt, %v1996, %v52 : i64
        %v1998 = arith.subi %size_L, %v1 : i64
        %v1999 = arith.minsi %v1996, %v1998 : i64
        %v2000 = arith.addi %v1995, %v1999 : i64
        %v2001 = arith.muli %v1993, %v64 : i64
        %v2002 = arith.addi %v2001, %v1921 : i64
        %v2003 = llvm.getelementptr %in_g_c[%v2000] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2004 = llvm.load %v2003 : !llvm.ptr -> f32
        %v2005 = arith.addi %v1920, %v138 : i64
        %v2006 = arith.constant true
        %v2007 = arith.addi %v15, %v2005 : i64
        %v2008 = llvm.getelementptr %v5[%v2007] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2009 = llvm.load %v2008 : !llvm.ptr<3> -> i64
        %v2010 = arith.addi %v1502, %v1921 : i64
        %v2011 = arith.cmpi slt, %v2010, %v52 : i64
        %v2012 = arith.subi %size_L, %v1 : i64
        %v2013 = arith.minsi %v2010, %v2012 : i64
        %v2014 = arith.addi %v2009, %v2013 : i64
        %v2015 = arith.muli %v2007, %v64 : i64
        %v2016 = arith.addi %v2015, %v1921 : i64
        %v2017 = llvm.getelementptr %in_g_c[%v2014] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2018 = llvm.load %v2017 : !llvm.ptr -> f32
        %v2019 = arith.addi %v1920, %v152 : i64
        %v2020 = arith.constant true
        %v2021 = arith.addi %v15, %v2019 : i64
        %v2022 = llvm.getelementptr %v5[%v2021] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2023 = llvm.load %v2022 : !llvm.ptr<3> -> i64
        %v2024 = arith.addi %v1502, %v1921 : i64
        %v2025 = arith.cmpi slt, %v2024, %v52 : i64
        %v2026 = arith.subi %size_L, %v1 : i64
        %v2027 = arith.minsi %v2024, %v2026 : i64
        %v2028 = arith.addi %v2023, %v2027 : i64
        %v2029 = arith.muli %v2021, %v64 : i64
        %v2030 = arith.addi %v2029, %v1921 : i64
        %v2031 = llvm.getelementptr %in_g_c[%v2028] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2032 = llvm.load %v2031 : !llvm.ptr -> f32
        %v2033 = arith.addi %v1920, %v166 : i64
        %v2034 = arith.constant true
        %v2035 = arith.addi %v15, %v2033 : i64
        %v2036 = llvm.getelementptr %v5[%v2035] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2037 = llvm.load %v2036 : !llvm.ptr<3> -> i64
        %v2038 = arith.addi %v1502, %v1921 : i64
        %v2039 = arith.cmpi slt, %v2038, %v52 : i64
        %v2040 = arith.subi %size_L, %v1 : i64
        %v2041 = arith.minsi %v2038, %v2040 : i64
        %v2042 = arith.addi %v2037, %v2041 : i64
        %v2043 = arith.muli %v2035, %v64 : i64
        %v2044 = arith.addi %v2043, %v1921 : i64
        %v2045 = llvm.getelementptr %in_g_c[%v2042] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2046 = llvm.load %v2045 : !llvm.ptr -> f32
        %v2047 = arith.addi %v1920, %v180 : i64
        %v2048 = arith.constant true
        %v2049 = arith.addi %v15, %v2047 : i64
        %v2050 = llvm.getelementptr %v5[%v2049] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2051 = llvm.load %v2050 : !llvm.ptr<3> -> i64
        %v2052 = arith.addi %v1502, %v1921 : i64
        %v2053 = arith.cmpi slt, %v2052, %v52 : i64
        %v2054 = arith.subi %size_L, %v1 : i64
        %v2055 = arith.minsi %v2052, %v2054 : i64
        %v2056 = arith.addi %v2051, %v2055 : i64
        %v2057 = arith.muli %v2049, %v64 : i64
        %v2058 = arith.addi %v2057, %v1921 : i64
        %v2059 = llvm.getelementptr %in_g_c[%v2056] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2060 = llvm.load %v2059 : !llvm.ptr -> f32
        %v2061 = arith.addi %v1920, %v194 : i64
        %v2062 = arith.constant true
        %v2063 = arith.addi %v15, %v2061 : i64
        %v2064 = llvm.getelementptr %v5[%v2063] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2065 = llvm.load %v2064 : !llvm.ptr<3> -> i64
        %v2066 = arith.addi %v1502, %v1921 : i64
        %v2067 = arith.cmpi slt, %v2066, %v52 : i64
        %v2068 = arith.subi %size_L, %v1 : i64
        %v2069 = arith.minsi %v2066, %v2068 : i64
        %v2070 = arith.addi %v2065, %v2069 : i64
        %v2071 = arith.muli %v2063, %v64 : i64
        %v2072 = arith.addi %v2071, %v1921 : i64
        %v2073 = llvm.getelementptr %in_g_c[%v2070] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2074 = llvm.load %v2073 : !llvm.ptr -> f32
        %v2075 = arith.addi %v1920, %v208 : i64
        %v2076 = arith.constant true
        %v2077 = arith.addi %v15, %v2075 : i64
        %v2078 = llvm.getelementptr %v5[%v2077] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2079 = llvm.load %v2078 : !llvm.ptr<3> -> i64
        %v2080 = arith.addi %v1502, %v1921 : i64
        %v2081 = arith.cmpi slt, %v2080, %v52 : i64
        %v2082 = arith.subi %size_L, %v1 : i64
        %v2083 = arith.minsi %v2080, %v2082 : i64
        %v2084 = arith.addi %v2079, %v2083 : i64
        %v2085 = arith.muli %v2077, %v64 : i64
        %v2086 = arith.addi %v2085, %v1921 : i64
        %v2087 = llvm.getelementptr %in_g_c[%v2084] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2088 = llvm.load %v2087 : !llvm.ptr -> f32
        %v2089 = arith.addi %v1920, %v222 : i64
        %v2090 = arith.constant true
        %v2091 = arith.addi %v15, %v2089 : i64
        %v2092 = llvm.getelementptr %v5[%v2091] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2093 = llvm.load %v2092 : !llvm.ptr<3> -> i64
        %v2094 = arith.addi %v1502, %v1921 : i64
        %v2095 = arith.cmpi slt, %v2094, %v52 : i64
        %v2096 = arith.subi %size_L, %v1 : i64
        %v2097 = arith.minsi %v2094, %v2096 : i64
        %v2098 = arith.addi %v2093, %v2097 : i64
        %v2099 = arith.muli %v2091, %v64 : i64
        %v2100 = arith.addi %v2099, %v1921 : i64
        %v2101 = llvm.getelementptr %in_g_c[%v2098] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2102 = llvm.load %v2101 : !llvm.ptr -> f32
        %v2103 = arith.addi %v1920, %v236 : i64
        %v2104 = arith.constant true
        %v2105 = arith.addi %v15, %v2103 : i64
        %v2106 = llvm.getelementptr %v5[%v2105] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2107 = llvm.load %v2106 : !llvm.ptr<3> -> i64
        %v2108 = arith.addi %v1502, %v1921 : i64
        %v2109 = arith.cmpi slt, %v2108, %v52 : i64
        %v2110 = arith.subi %size_L, %v1 : i64
        %v2111 = arith.minsi %v2108, %v2110 : i64
        %v2112 = arith.addi %v2107, %v2111 : i64
        %v2113 = arith.muli %v2105, %v64 : i64
        %v2114 = arith.addi %v2113, %v1921 : i64
        %v2115 = llvm.getelementptr %in_g_c[%v2112] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2116 = llvm.load %v2115 : !llvm.ptr -> f32
        %v2117 = arith.addi %v1920, %v250 : i64
        %v2118 = arith.constant true
        %v2119 = arith.addi %v15, %v2117 : i64
        %v2120 = llvm.getelementptr %v5[%v2119] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2121 = llvm.load %v2120 : !llvm.ptr<3> -> i64
        %v2122 = arith.addi %v1502, %v1921 : i64
        %v2123 = arith.cmpi slt, %v2122, %v52 : i64
        %v2124 = arith.subi %size_L, %v1 : i64
        %v2125 = arith.minsi %v2122, %v2124 : i64
        %v2126 = arith.addi %v2121, %v2125 : i64
        %v2127 = arith.muli %v2119, %v64 : i64
        %v2128 = arith.addi %v2127, %v1921 : i64
        %v2129 = llvm.getelementptr %in_g_c[%v2126] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2130 = llvm.load %v2129 : !llvm.ptr -> f32
        %v2131 = arith.addi %v1920, %v264 : i64
        %v2132 = arith.constant true
        %v2133 = arith.addi %v15, %v2131 : i64
        %v2134 = llvm.getelementptr %v5[%v2133] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2135 = llvm.load %v2134 : !llvm.ptr<3> -> i64
        %v2136 = arith.addi %v1502, %v1921 : i64
        %v2137 = arith.cmpi slt, %v2136, %v52 : i64
        %v2138 = arith.subi %size_L, %v1 : i64
        %v2139 = arith.minsi %v2136, %v2138 : i64
        %v2140 = arith.addi %v2135, %v2139 : i64
        %v2141 = arith.muli %v2133, %v64 : i64
        %v2142 = arith.addi %v2141, %v1921 : i64
        %v2143 = llvm.getelementptr %in_g_c[%v2140] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2144 = llvm.load %v2143 : !llvm.ptr -> f32
        %v2145 = arith.addi %v1920, %v53 : i64
        %v2146 = arith.constant true
        %v2147 = arith.addi %v15, %v2145 : i64
        %v2148 = llvm.getelementptr %v5[%v2147] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2149 = llvm.load %v2148 : !llvm.ptr<3> -> i64
        %v2150 = arith.addi %v1502, %v1921 : i64
        %v2151 = arith.cmpi slt, %v2150, %v52 : i64
        %v2152 = arith.subi %size_L, %v1 : i64
        %v2153 = arith.minsi %v2150, %v2152 : i64
        %v2154 = arith.addi %v2149, %v2153 : i64
        %v2155 = arith.muli %v2147, %v64 : i64
        %v2156 = arith.addi %v2155, %v1921 : i64
        %v2157 = llvm.getelementptr %in_g_c[%v2154] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2158 = llvm.load %v2157 : !llvm.ptr -> f32
        %v2159 = arith.addi %v1920, %v291 : i64
        %v2160 = arith.constant true
        %v2161 = arith.addi %v15, %v2159 : i64
        %v2162 = llvm.getelementptr %v5[%v2161] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2163 = llvm.load %v2162 : !llvm.ptr<3> -> i64
        %v2164 = arith.addi %v1502, %v1921 : i64
        %v2165 = arith.cmpi slt, %v2164, %v52 : i64
        %v2166 = arith.subi %size_L, %v1 : i64
        %v2167 = arith.minsi %v2164, %v2166 : i64
        %v2168 = arith.addi %v2163, %v2167 : i64
        %v2169 = arith.muli %v2161, %v64 : i64
        %v2170 = arith.addi %v2169, %v1921 : i64
        %v2171 = llvm.getelementptr %in_g_c[%v2168] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2172 = llvm.load %v2171 : !llvm.ptr -> f32
        %v2173 = arith.addi %v1920, %v305 : i64
        %v2174 = arith.constant true
        %v2175 = arith.addi %v15, %v2173 : i64
        %v2176 = llvm.getelementptr %v5[%v2175] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2177 = llvm.load %v2176 : !llvm.ptr<3> -> i64
        %v2178 = arith.addi %v1502, %v1921 : i64
        %v2179 = arith.cmpi slt, %v2178, %v52 : i64
        %v2180 = arith.subi %size_L, %v1 : i64
        %v2181 = arith.minsi %v2178, %v2180 : i64
        %v2182 = arith.addi %v2177, %v2181 : i64
        %v2183 = arith.muli %v2175, %v64 : i64
        %v2184 = arith.addi %v2183, %v1921 : i64
        %v2185 = llvm.getelementptr %in_g_c[%v2182] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2186 = llvm.load %v2185 : !llvm.ptr -> f32
        %v2187 = arith.addi %v1920, %v319 : i64
        %v2188 = arith.constant true
        %v2189 = arith.addi %v15, %v2187 : i64
        %v2190 = llvm.getelementptr %v5[%v2189] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2191 = llvm.load %v2190 : !llvm.ptr<3> -> i64
        %v2192 = arith.addi %v1502, %v1921 : i64
        %v2193 = arith.cmpi slt, %v2192, %v52 : i64
        %v2194 = arith.subi %size_L, %v1 : i64
        %v2195 = arith.minsi %v2192, %v2194 : i64
        %v2196 = arith.addi %v2191, %v2195 : i64
        %v2197 = arith.muli %v2189, %v64 : i64
        %v2198 = arith.addi %v2197, %v1921 : i64
        %v2199 = llvm.getelementptr %in_g_c[%v2196] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2200 = llvm.load %v2199 : !llvm.ptr -> f32
        %v2201 = arith.addi %v1920, %v333 : i64
        %v2202 = arith.constant true
        %v2203 = arith.addi %v15, %v2201 : i64
        %v2204 = llvm.getelementptr %v5[%v2203] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2205 = llvm.load %v2204 : !llvm.ptr<3> -> i64
        %v2206 = arith.addi %v1502, %v1921 : i64
        %v2207 = arith.cmpi slt, %v2206, %v52 : i64
        %v2208 = arith.subi %size_L, %v1 : i64
        %v2209 = arith.minsi %v2206, %v2208 : i64
        %v2210 = arith.addi %v2205, %v2209 : i64
        %v2211 = arith.muli %v2203, %v64 : i64
        %v2212 = arith.addi %v2211, %v1921 : i64
        %v2213 = llvm.getelementptr %in_g_c[%v2210] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2214 = llvm.load %v2213 : !llvm.ptr -> f32
        %v2215 = arith.addi %v1920, %v347 : i64
        %v2216 = arith.constant true
        %v2217 = arith.addi %v15, %v2215 : i64
        %v2218 = llvm.getelementptr %v5[%v2217] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2219 = llvm.load %v2218 : !llvm.ptr<3> -> i64
        %v2220 = arith.addi %v1502, %v1921 : i64
        %v2221 = arith.cmpi slt, %v2220, %v52 : i64
        %v2222 = arith.subi %size_L, %v1 : i64
        %v2223 = arith.minsi %v2220, %v2222 : i64
        %v2224 = arith.addi %v2219, %v2223 : i64
        %v2225 = arith.muli %v2217, %v64 : i64
        %v2226 = arith.addi %v2225, %v1921 : i64
        %v2227 = llvm.getelementptr %in_g_c[%v2224] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2228 = llvm.load %v2227 : !llvm.ptr -> f32
        %v2229 = arith.addi %v1920, %v361 : i64
        %v2230 = arith.constant true
        %v2231 = arith.addi %v15, %v2229 : i64
        %v2232 = llvm.getelementptr %v5[%v2231] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2233 = llvm.load %v2232 : !llvm.ptr<3> -> i64
        %v2234 = arith.addi %v1502, %v1921 : i64
        %v2235 = arith.cmpi slt, %v2234, %v52 : i64
        %v2236 = arith.subi %size_L, %v1 : i64
        %v2237 = arith.minsi %v2234, %v2236 : i64
        %v2238 = arith.addi %v2233, %v2237 : i64
        %v2239 = arith.muli %v2231, %v64 : i64
        %v2240 = arith.addi %v2239, %v1921 : i64
        %v2241 = llvm.getelementptr %in_g_c[%v2238] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2242 = llvm.load %v2241 : !llvm.ptr -> f32
        %v2243 = arith.addi %v1920, %v375 : i64
        %v2244 = arith.constant true
        %v2245 = arith.addi %v15, %v2243 : i64
        %v2246 = llvm.getelementptr %v5[%v2245] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2247 = llvm.load %v2246 : !llvm.ptr<3> -> i64
        %v2248 = arith.addi %v1502, %v1921 : i64
        %v2249 = arith.cmpi slt, %v2248, %v52 : i64
        %v2250 = arith.subi %size_L, %v1 : i64
        %v2251 = arith.minsi %v2248, %v2250 : i64
        %v2252 = arith.addi %v2247, %v2251 : i64
        %v2253 = arith.muli %v2245, %v64 : i64
        %v2254 = arith.addi %v2253, %v1921 : i64
        %v2255 = llvm.getelementptr %in_g_c[%v2252] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2256 = llvm.load %v2255 : !llvm.ptr -> f32
        %v2257 = arith.addi %v1920, %v389 : i64
        %v2258 = arith.constant true
        %v2259 = arith.addi %v15, %v2257 : i64
        %v2260 = llvm.getelementptr %v5[%v2259] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2261 = llvm.load %v2260 : !llvm.ptr<3> -> i64
        %v2262 = arith.addi %v1502, %v1921 : i64
        %v2263 = arith.cmpi slt, %v2262, %v52 : i64
        %v2264 = arith.subi %size_L, %v1 : i64
        %v2265 = arith.minsi %v2262, %v2264 : i64
        %v2266 = arith.addi %v2261, %v2265 : i64
        %v2267 = arith.muli %v2259, %v64 : i64
        %v2268 = arith.addi %v2267, %v1921 : i64
        %v2269 = llvm.getelementptr %in_g_c[%v2266] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2270 = llvm.load %v2269 : !llvm.ptr -> f32
        %v2271 = arith.addi %v1920, %v403 : i64
        %v2272 = arith.constant true
        %v2273 = arith.addi %v15, %v2271 : i64
        %v2274 = llvm.getelementptr %v5[%v2273] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2275 = llvm.load %v2274 : !llvm.ptr<3> -> i64
        %v2276 = arith.addi %v1502, %v1921 : i64
        %v2277 = arith.cmpi slt, %v2276, %v52 : i64
        %v2278 = arith.subi %size_L, %v1 : i64
        %v2279 = arith.minsi %v2276, %v2278 : i64
        %v2280 = arith.addi %v2275, %v2279 : i64
        %v2281 = arith.muli %v2273, %v64 : i64
        %v2282 = arith.addi %v2281, %v1921 : i64
        %v2283 = llvm.getelementptr %in_g_c[%v2280] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2284 = llvm.load %v2283 : !llvm.ptr -> f32
        %v2285 = arith.addi %v1920, %v417 : i64
        %v2286 = arith.constant true
        %v2287 = arith.addi %v15, %v2285 : i64
        %v2288 = llvm.getelementptr %v5[%v2287] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2289 = llvm.load %v2288 : !llvm.ptr<3> -> i64
        %v2290 = arith.addi %v1502, %v1921 : i64
        %v2291 = arith.cmpi slt, %v2290, %v52 : i64
        %v2292 = arith.subi %size_L, %v1 : i64
        %v2293 = arith.minsi %v2290, %v2292 : i64
        %v2294 = arith.addi %v2289, %v2293 : i64
        %v2295 = arith.muli %v2287, %v64 : i64
        %v2296 = arith.addi %v2295, %v1921 : i64
        %v2297 = llvm.getelementptr %in_g_c[%v2294] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2298 = llvm.load %v2297 : !llvm.ptr -> f32
        %v2299 = arith.addi %v1920, %v431 : i64
        %v2300 = arith.constant true
        %v2301 = arith.addi %v15, %v2299 : i64
        %v2302 = llvm.getelementptr %v5[%v2301] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2303 = llvm.load %v2302 : !llvm.ptr<3> -> i64
        %v2304 = arith.addi %v1502, %v1921 : i64
        %v2305 = arith.cmpi slt, %v2304, %v52 : i64
        %v2306 = arith.subi %size_L, %v1 : i64
        %v2307 = arith.minsi %v2304, %v2306 : i64
        %v2308 = arith.addi %v2303, %v2307 : i64
        %v2309 = arith.muli %v2301, %v64 : i64
        %v2310 = arith.addi %v2309, %v1921 : i64
        %v2311 = llvm.getelementptr %in_g_c[%v2308] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2312 = llvm.load %v2311 : !llvm.ptr -> f32
        %v2313 = arith.addi %v1920, %v445 : i64
        %v2314 = arith.constant true
        %v2315 = arith.addi %v15, %v2313 : i64
        %v2316 = llvm.getelementptr %v5[%v2315] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2317 = llvm.load %v2316 : !llvm.ptr<3> -> i64
        %v2318 = arith.addi %v1502, %v1921 : i64
        %v2319 = arith.cmpi slt, %v2318, %v52 : i64
        %v2320 = arith.subi %size_L, %v1 : i64
        %v2321 = arith.minsi %v2318, %v2320 : i64
        %v2322 = arith.addi %v2317, %v2321 : i64
        %v2323 = arith.muli %v2315, %v64 : i64
        %v2324 = arith.addi %v2323, %v1921 : i64
        %v2325 = llvm.getelementptr %in_g_c[%v2322] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2326 = llvm.load %v2325 : !llvm.ptr -> f32
        %v2327 = arith.addi %v1920, %v459 : i64
        %v2328 = arith.constant true
        %v2329 = arith.addi %v15, %v2327 : i64
        %v2330 = llvm.getelementptr %v5[%v2329] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2331 = llvm.load %v2330 : !llvm.ptr<3> -> i64
        %v2332 = arith.addi %v1502, %v1921 : i64
        %v2333 = arith.cmpi slt, %v2332, %v52 : i64
        %v2334 = arith.subi %size_L, %v1 : i64
        %v2335 = arith.minsi %v2332, %v2334 : i64
        %v2336 = arith.addi %v2331, %v2335 : i64
        %v2337 = arith.muli %v2329, %v64 : i64
        %v2338 = arith.addi %v2337, %v1921 : i64
        %v2339 = llvm.getelementptr %in_g_c[%v2336] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2340 = llvm.load %v2339 : !llvm.ptr -> f32
        %v2341 = arith.addi %v1920, %v473 : i64
        %v2342 = arith.constant true
        %v2343 = arith.addi %v15, %v2341 : i64
        %v2344 = llvm.getelementptr %v5[%v2343] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2345 = llvm.load %v2344 : !llvm.ptr<3> -> i64
        %v2346 = arith.addi %v1502, %v1921 : i64
        %v2347 = arith.cmpi slt, %v2346, %v52 : i64
        %v2348 = arith.subi %size_L, %v1 : i64
        %v2349 = arith.minsi %v2346, %v2348 : i64
        %v2350 = arith.addi %v2345, %v2349 : i64
        %v2351 = arith.muli %v2343, %v64 : i64
        %v2352 = arith.addi %v2351, %v1921 : i64
        %v2353 = llvm.getelementptr %in_g_c[%v2350] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2354 = llvm.load %v2353 : !llvm.ptr -> f32
        %v2355 = arith.addi %v1920, %v487 : i64
        %v2356 = arith.constant true
        %v2357 = arith.addi %v15, %v2355 : i64
        %v2358 = llvm.getelementptr %v5[%v2357] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2359 = llvm.load %v2358 : !llvm.ptr<3> -> i64
        %v2360 = arith.addi %v1502, %v1921 : i64
        %v2361 = arith.cmpi slt, %v2360, %v52 : i64
        %v2362 = arith.subi %size_L, %v1 : i64
        %v2363 = arith.minsi %v2360, %v2362 : i64
        %v2364 = arith.addi %v2359, %v2363 : i64
        %v2365 = arith.muli %v2357, %v64 : i64
        %v2366 = arith.addi %v2365, %v1921 : i64
        %v2367 = llvm.getelementptr %in_g_c[%v2364] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2368 = llvm.load %v2367 : !llvm.ptr -> f32
        %v2369 = arith.divui %v13, %v53 : i64
        %v2370 = arith.remui %v13, %v53 : i64
        %v2371 = arith.constant true
        %v2372 = arith.addi %v45, %v2369 : i64
        %v2373 = llvm.getelementptr %v5[%v2372] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2374 = llvm.load %v2373 : !llvm.ptr<3> -> i64
        %v2375 = arith.addi %v1502, %v2370 : i64
        %v2376 = arith.cmpi slt, %v2375, %v52 : i64
        %v2377 = arith.subi %size_L, %v1 : i64
        %v2378 = arith.minsi %v2375, %v2377 : i64
        %v2379 = arith.addi %v2374, %v2378 : i64
        %v2380 = arith.muli %v2372, %v64 : i64
        %v2381 = arith.addi %v2380, %v2370 : i64
        %v2382 = llvm.getelementptr %in_g_o[%v2379] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2383 = llvm.load %v2382 : !llvm.ptr -> f32
        %v2384 = arith.addi %v2369, %v44 : i64
        %v2385 = arith.constant true
        %v2386 = arith.addi %v45, %v2384 : i64
        %v2387 = llvm.getelementptr %v5[%v2386] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2388 = llvm.load %v2387 : !llvm.ptr<3> -> i64
        %v2389 = arith.addi %v1502, %v2370 : i64
        %v2390 = arith.cmpi slt, %v2389, %v52 : i64
        %v2391 = arith.subi %size_L, %v1 : i64
        %v2392 = arith.minsi %v2389, %v2391 : i64
        %v2393 = arith.addi %v2388, %v2392 : i64
        %v2394 = arith.muli %v2386, %v64 : i64
        %v2395 = arith.addi %v2394, %v2370 : i64
        %v2396 = llvm.getelementptr %in_g_o[%v2393] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2397 = llvm.load %v2396 : !llvm.ptr -> f32
        %v2398 = arith.addi %v2369, %v82 : i64
        %v2399 = arith.constant true
        %v2400 = arith.addi %v45, %v2398 : i64
        %v2401 = llvm.getelementptr %v5[%v2400] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2402 = llvm.load %v2401 : !llvm.ptr<3> -> i64
        %v2403 = arith.addi %v1502, %v2370 : i64
        %v2404 = arith.cmpi slt, %v2403, %v52 : i64
        %v2405 = arith.subi %size_L, %v1 : i64
        %v2406 = arith.minsi %v2403, %v2405 : i64
        %v2407 = arith.addi %v2402, %v2406 : i64
        %v2408 = arith.muli %v2400, %v64 : i64
        %v2409 = arith.addi %v2408, %v2370 : i64
        %v2410 = llvm.getelementptr %in_g_o[%v2407] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2411 = llvm.load %v2410 : !llvm.ptr -> f32
        %v2412 = arith.addi %v2369, %v96 : i64
        %v2413 = arith.constant true
        %v2414 = arith.addi %v45, %v2412 : i64
        %v2415 = llvm.getelementptr %v5[%v2414] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2416 = llvm.load %v2415 : !llvm.ptr<3> -> i64
        %v2417 = arith.addi %v1502, %v2370 : i64
        %v2418 = arith.cmpi slt, %v2417, %v52 : i64
        %v2419 = arith.subi %size_L, %v1 : i64
        %v2420 = arith.minsi %v2417, %v2419 : i64
        %v2421 = arith.addi %v2416, %v2420 : i64
        %v2422 = arith.muli %v2414, %v64 : i64
        %v2423 = arith.addi %v2422, %v2370 : i64
        %v2424 = llvm.getelementptr %in_g_o[%v2421] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2425 = llvm.load %v2424 : !llvm.ptr -> f32
        %v2426 = arith.addi %v2369, %v110 : i64
        %v2427 = arith.constant true
        %v2428 = arith.addi %v45, %v2426 : i64
        %v2429 = llvm.getelementptr %v5[%v2428] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2430 = llvm.load %v2429 : !llvm.ptr<3> -> i64
        %v2431 = arith.addi %v1502, %v2370 : i64
        %v2432 = arith.cmpi slt, %v2431, %v52 : i64
        %v2433 = arith.subi %size_L, %v1 : i64
        %v2434 = arith.minsi %v2431, %v2433 : i64
        %v2435 = arith.addi %v2430, %v2434 : i64
        %v2436 = arith.muli %v2428, %v64 : i64
        %v2437 = arith.addi %v2436, %v2370 : i64
        %v2438 = llvm.getelementptr %in_g_o[%v2435] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2439 = llvm.load %v2438 : !llvm.ptr -> f32
        %v2440 = arith.addi %v2369, %v124 : i64
        %v2441 = arith.constant true
        %v2442 = arith.addi %v45, %v2440 : i64
        %v2443 = llvm.getelementptr %v5[%v2442] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2444 = llvm.load %v2443 : !llvm.ptr<3> -> i64
        %v2445 = arith.addi %v1502, %v2370 : i64
        %v2446 = arith.cmpi slt, %v2445, %v52 : i64
        %v2447 = arith.subi %size_L, %v1 : i64
        %v2448 = arith.minsi %v2445, %v2447 : i64
        %v2449 = arith.addi %v2444, %v2448 : i64
        %v2450 = arith.muli %v2442, %v64 : i64
        %v2451 = arith.addi %v2450, %v2370 : i64
        %v2452 = llvm.getelementptr %in_g_o[%v2449] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2453 = llvm.load %v2452 : !llvm.ptr -> f32
        %v2454 = arith.addi %v2369, %v138 : i64
        %v2455 = arith.constant true
        %v2456 = arith.addi %v45, %v2454 : i64
        %v2457 = llvm.getelementptr %v5[%v2456] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2458 = llvm.load %v2457 : !llvm.ptr<3> -> i64
        %v2459 = arith.addi %v1502, %v2370 : i64
        %v2460 = arith.cmpi slt, %v2459, %v52 : i64
        %v2461 = arith.subi %size_L, %v1 : i64
        %v2462 = arith.minsi %v2459, %v2461 : i64
        %v2463 = arith.addi %v2458, %v2462 : i64
        %v2464 = arith.muli %v2456, %v64 : i64
        %v2465 = arith.addi %v2464, %v2370 : i64
        %v2466 = llvm.getelementptr %in_g_o[%v2463] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2467 = llvm.load %v2466 : !llvm.ptr -> f32
        %v2468 = arith.addi %v2369, %v152 : i64
        %v2469 = arith.constant true
        %v2470 = arith.addi %v45, %v2468 : i64
        %v2471 = llvm.getelementptr %v5[%v2470] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2472 = llvm.load %v2471 : !llvm.ptr<3> -> i64
        %v2473 = arith.addi %v1502, %v2370 : i64
        %v2474 = arith.cmpi slt, %v2473, %v52 : i64
        %v2475 = arith.subi %size_L, %v1 : i64
        %v2476 = arith.minsi %v2473, %v2475 : i64
        %v2477 = arith.addi %v2472, %v2476 : i64
        %v2478 = arith.muli %v2470, %v64 : i64
        %v2479 = arith.addi %v2478, %v2370 : i64
        %v2480 = llvm.getelementptr %in_g_o[%v2477] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2481 = llvm.load %v2480 : !llvm.ptr -> f32
        %v2482 = arith.addi %v2369, %v166 : i64
        %v2483 = arith.constant true
        %v2484 = arith.addi %v45, %v2482 : i64
        %v2485 = llvm.getelementptr %v5[%v2484] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2486 = llvm.load %v2485 : !llvm.ptr<3> -> i64
        %v2487 = arith.addi %v1502, %v2370 : i64
        %v2488 = arith.cmpi slt, %v2487, %v52 : i64
        %v2489 = arith.subi %size_L, %v1 : i64
        %v2490 = arith.minsi %v2487, %v2489 : i64
        %v2491 = arith.addi %v2486, %v2490 : i64
        %v2492 = arith.muli %v2484, %v64 : i64
        %v2493 = arith.addi %v2492, %v2370 : i64
        %v2494 = llvm.getelementptr %in_g_o[%v2491] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2495 = llvm.load %v2494 : !llvm.ptr -> f32
        %v2496 = arith.addi %v2369, %v180 : i64
        %v2497 = arith.constant true
        %v2498 = arith.addi %v45, %v2496 : i64
        %v2499 = llvm.getelementptr %v5[%v2498] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2500 = llvm.load %v2499 : !llvm.ptr<3> -> i64
        %v2501 = arith.addi %v1502, %v2370 : i64
        %v2502 = arith.cmpi slt, %v2501, %v52 : i64
        %v2503 = arith.subi %size_L, %v1 : i64
        %v2504 = arith.minsi %v2501, %v2503 : i64
        %v2505 = arith.addi %v2500, %v2504 : i64
        %v2506 = arith.muli %v2498, %v64 : i64
        %v2507 = arith.addi %v2506, %v2370 : i64
        %v2508 = llvm.getelementptr %in_g_o[%v2505] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2509 = llvm.load %v2508 : !llvm.ptr -> f32
        %v2510 = arith.addi %v2369, %v194 : i64
        %v2511 = arith.constant true
        %v2512 = arith.addi %v45, %v2510 : i64
        %v2513 = llvm.getelementptr %v5[%v2512] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2514 = llvm.load %v2513 : !llvm.ptr<3> -> i64
        %v2515 = arith.addi %v1502, %v2370 : i64
        %v2516 = arith.cmpi slt, %v2515, %v52 : i64
        %v2517 = arith.subi %size_L, %v1 : i64
        %v2518 = arith.minsi %v2515, %v2517 : i64
        %v2519 = arith.addi %v2514, %v2518 : i64
        %v2520 = arith.muli %v2512, %v64 : i64
        %v2521 = arith.addi %v2520, %v2370 : i64
        %v2522 = llvm.getelementptr %in_g_o[%v2519] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2523 = llvm.load %v2522 : !llvm.ptr -> f32
        %v2524 = arith.addi %v2369, %v208 : i64
        %v2525 = arith.constant true
        %v2526 = arith.addi %v45, %v2524 : i64
        %v2527 = llvm.getelementptr %v5[%v2526] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2528 = llvm.load %v2527 : !llvm.ptr<3> -> i64
        %v2529 = arith.addi %v1502, %v2370 : i64
        %v2530 = arith.cmpi slt, %v2529, %v52 : i64
        %v2531 = arith.subi %size_L, %v1 : i64
        %v2532 = arith.minsi %v2529, %v2531 : i64
        %v2533 = arith.addi %v2528, %v2532 : i64
        %v2534 = arith.muli %v2526, %v64 : i64
        %v2535 = arith.addi %v2534, %v2370 : i64
        %v2536 = llvm.getelementptr %in_g_o[%v2533] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2537 = llvm.load %v2536 : !llvm.ptr -> f32
        %v2538 = arith.addi %v2369, %v222 : i64
        %v2539 = arith.constant true
        %v2540 = arith.addi %v45, %v2538 : i64
        %v2541 = llvm.getelementptr %v5[%v2540] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2542 = llvm.load %v2541 : !llvm.ptr<3> -> i64
        %v2543 = arith.addi %v1502, %v2370 : i64
        %v2544 = arith.cmpi slt, %v2543, %v52 : i64
        %v2545 = arith.subi %size_L, %v1 : i64
        %v2546 = arith.minsi %v2543, %v2545 : i64
        %v2547 = arith.addi %v2542, %v2546 : i64
        %v2548 = arith.muli %v2540, %v64 : i64
        %v2549 = arith.addi %v2548, %v2370 : i64
        %v2550 = llvm.getelementptr %in_g_o[%v2547] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2551 = llvm.load %v2550 : !llvm.ptr -> f32
        %v2552 = arith.addi %v2369, %v236 : i64
        %v2553 = arith.constant true
        %v2554 = arith.addi %v45, %v2552 : i64
        %v2555 = llvm.getelementptr %v5[%v2554] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2556 = llvm.load %v2555 : !llvm.ptr<3> -> i64
        %v2557 = arith.addi %v1502, %v2370 : i64
        %v2558 = arith.cmpi slt, %v2557, %v52 : i64
        %v2559 = arith.subi %size_L, %v1 : i64
        %v2560 = arith.minsi %v2557, %v2559 : i64
        %v2561 = arith.addi %v2556, %v2560 : i64
        %v2562 = arith.muli %v2554, %v64 : i64
        %v2563 = arith.addi %v2562, %v2370 : i64
        %v2564 = llvm.getelementptr %in_g_o[%v2561] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2565 = llvm.load %v2564 : !llvm.ptr -> f32
        %v2566 = arith.addi %v2369, %v250 : i64
        %v2567 = arith.constant true
        %v2568 = arith.addi %v45, %v2566 : i64
        %v2569 = llvm.getelementptr %v5[%v2568] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2570 = llvm.load %v2569 : !llvm.ptr<3> -> i64
        %v2571 = arith.addi %v1502, %v2370 : i64
        %v2572 = arith.cmpi slt, %v2571, %v52 : i64
        %v2573 = arith.subi %size_L, %v1 : i64
        %v2574 = arith.minsi %v2571, %v2573 : i64
        %v2575 = arith.addi %v2570, %v2574 : i64
        %v2576 = arith.muli %v2568, %v64 : i64
        %v2577 = arith.addi %v2576, %v2370 : i64
        %v2578 = llvm.getelementptr %in_g_o[%v2575] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2579 = llvm.load %v2578 : !llvm.ptr -> f32
        %v2580 = arith.addi %v2369, %v264 : i64
        %v2581 = arith.constant true
        %v2582 = arith.addi %v45, %v2580 : i64
        %v2583 = llvm.getelementptr %v5[%v2582] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2584 = llvm.load %v2583 : !llvm.ptr<3> -> i64
        %v2585 = arith.addi %v1502, %v2370 : i64
        %v2586 = arith.cmpi slt, %v2585, %v52 : i64
        %v2587 = arith.subi %size_L, %v1 : i64
        %v2588 = arith.minsi %v2585, %v2587 : i64
        %v2589 = arith.addi %v2584, %v2588 : i64
        %v2590 = arith.muli %v2582, %v64 : i64
        %v2591 = arith.addi %v2590, %v2370 : i64
        %v2592 = llvm.getelementptr %in_g_o[%v2589] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2593 = llvm.load %v2592 : !llvm.ptr -> f32
        %v2594 = arith.addi %v2369, %v53 : i64
        %v2595 = arith.constant true
        %v2596 = arith.addi %v45, %v2594 : i64
        %v2597 = llvm.getelementptr %v5[%v2596] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2598 = llvm.load %v2597 : !llvm.ptr<3> -> i64
        %v2599 = arith.addi %v1502, %v2370 : i64
        %v2600 = arith.cmpi slt, %v2599, %v52 : i64
        %v2601 = arith.subi %size_L, %v1 : i64
        %v2602 = arith.minsi %v2599, %v2601 : i64
        %v2603 = arith.addi %v2598, %v2602 : i64
        %v2604 = arith.muli %v2596, %v64 : i64
        %v2605 = arith.addi %v2604, %v2370 : i64
        %v2606 = llvm.getelementptr %in_g_o[%v2603] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2607 = llvm.load %v2606 : !llvm.ptr -> f32
        %v2608 = arith.addi %v2369, %v291 : i64
        %v2609 = arith.constant true
        %v2610 = arith.addi %v45, %v2608 : i64
        %v2611 = llvm.getelementptr %v5[%v2610] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2612 = llvm.load %v2611 : !llvm.ptr<3> -> i64
        %v2613 = arith.addi %v1502, %v2370 : i64
        %v2614 = arith.cmpi slt, %v2613, %v52 : i64
        %v2615 = arith.subi %size_L, %v1 : i64
        %v2616 = arith.minsi %v2613, %v2615 : i64
        %v2617 = arith.addi %v2612, %v2616 : i64
        %v2618 = arith.muli %v2610, %v64 : i64
        %v2619 = arith.addi %v2618, %v2370 : i64
        %v2620 = llvm.getelementptr %in_g_o[%v2617] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2621 = llvm.load %v2620 : !llvm.ptr -> f32
        %v2622 = arith.addi %v2369, %v305 : i64
        %v2623 = arith.constant true
        %v2624 = arith.addi %v45, %v2622 : i64
        %v2625 = llvm.getelementptr %v5[%v2624] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2626 = llvm.load %v2625 : !llvm.ptr<3> -> i64
        %v2627 = arith.addi %v1502, %v2370 : i64
        %v2628 = arith.cmpi slt, %v2627, %v52 : i64
        %v2629 = arith.subi %size_L, %v1 : i64
        %v2630 = arith.minsi %v2627, %v2629 : i64
        %v2631 = arith.addi %v2626, %v2630 : i64
        %v2632 = arith.muli %v2624, %v64 : i64
        %v2633 = arith.addi %v2632, %v2370 : i64
        %v2634 = llvm.getelementptr %in_g_o[%v2631] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2635 = llvm.load %v2634 : !llvm.ptr -> f32
        %v2636 = arith.addi %v2369, %v319 : i64
        %v2637 = arith.constant true
        %v2638 = arith.addi %v45, %v2636 : i64
        %v2639 = llvm.getelementptr %v5[%v2638] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2640 = llvm.load %v2639 : !llvm.ptr<3> -> i64
        %v2641 = arith.addi %v1502, %v2370 : i64
        %v2642 = arith.cmpi slt, %v2641, %v52 : i64
        %v2643 = arith.subi %size_L, %v1 : i64
        %v2644 = arith.minsi %v2641, %v2643 : i64
        %v2645 = arith.addi %v2640, %v2644 : i64
        %v2646 = arith.muli %v2638, %v64 : i64
        %v2647 = arith.addi %v2646, %v2370 : i64
        %v2648 = llvm.getelementptr %in_g_o[%v2645] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2649 = llvm.load %v2648 : !llvm.ptr -> f32
        %v2650 = arith.addi %v2369, %v333 : i64
        %v2651 = arith.constant true
        %v2652 = arith.addi %v45, %v2650 : i64
        %v2653 = llvm.getelementptr %v5[%v2652] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2654 = llvm.load %v2653 : !llvm.ptr<3> -> i64
        %v2655 = arith.addi %v1502, %v2370 : i64
        %v2656 = arith.cmpi slt, %v2655, %v52 : i64
        %v2657 = arith.subi %size_L, %v1 : i64
        %v2658 = arith.minsi %v2655, %v2657 : i64
        %v2659 = arith.addi %v2654, %v2658 : i64
        %v2660 = arith.muli %v2652, %v64 : i64
        %v2661 = arith.addi %v2660, %v2370 : i64
        %v2662 = llvm.getelementptr %in_g_o[%v2659] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2663 = llvm.load %v2662 : !llvm.ptr -> f32
        %v2664 = arith.addi %v2369, %v347 : i64
        %v2665 = arith.constant true
        %v2666 = arith.addi %v45, %v2664 : i64
        %v2667 = llvm.getelementptr %v5[%v2666] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2668 = llvm.load %v2667 : !llvm.ptr<3> -> i64
        %v2669 = arith.addi %v1502, %v2370 : i64
        %v2670 = arith.cmpi slt, %v2669, %v52 : i64
        %v2671 = arith.subi %size_L, %v1 : i64
        %v2672 = arith.minsi %v2669, %v2671 : i64
        %v2673 = arith.addi %v2668, %v2672 : i64
        %v2674 = arith.muli %v2666, %v64 : i64
        %v2675 = arith.addi %v2674, %v2370 : i64
        %v2676 = llvm.getelementptr %in_g_o[%v2673] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2677 = llvm.load %v2676 : !llvm.ptr -> f32
        %v2678 = arith.addi %v2369, %v361 : i64
        %v2679 = arith.constant true
        %v2680 = arith.addi %v45, %v2678 : i64
        %v2681 = llvm.getelementptr %v5[%v2680] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2682 = llvm.load %v2681 : !llvm.ptr<3> -> i64
        %v2683 = arith.addi %v1502, %v2370 : i64
        %v2684 = arith.cmpi slt, %v2683, %v52 : i64
        %v2685 = arith.subi %size_L, %v1 : i64
        %v2686 = arith.minsi %v2683, %v2685 : i64
        %v2687 = arith.addi %v2682, %v2686 : i64
        %v2688 = arith.muli %v2680, %v64 : i64
        %v2689 = arith.addi %v2688, %v2370 : i64
        %v2690 = llvm.getelementptr %in_g_o[%v2687] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2691 = llvm.load %v2690 : !llvm.ptr -> f32
        %v2692 = arith.addi %v2369, %v375 : i64
        %v2693 = arith.constant true
        %v2694 = arith.addi %v45, %v2692 : i64
        %v2695 = llvm.getelementptr %v5[%v2694] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2696 = llvm.load %v2695 : !llvm.ptr<3> -> i64
        %v2697 = arith.addi %v1502, %v2370 : i64
        %v2698 = arith.cmpi slt, %v2697, %v52 : i64
        %v2699 = arith.subi %size_L, %v1 : i64
        %v2700 = arith.minsi %v2697, %v2699 : i64
        %v2701 = arith.addi %v2696, %v2700 : i64
        %v2702 = arith.muli %v2694, %v64 : i64
        %v2703 = arith.addi %v2702, %v2370 : i64
        %v2704 = llvm.getelementptr %in_g_o[%v2701] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2705 = llvm.load %v2704 : !llvm.ptr -> f32
        %v2706 = arith.addi %v2369, %v389 : i64
        %v2707 = arith.constant true
        %v2708 = arith.addi %v45, %v2706 : i64
        %v2709 = llvm.getelementptr %v5[%v2708] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2710 = llvm.load %v2709 : !llvm.ptr<3> -> i64
        %v2711 = arith.addi %v1502, %v2370 : i64
        %v2712 = arith.cmpi slt, %v2711, %v52 : i64
        %v2713 = arith.subi %size_L, %v1 : i64
        %v2714 = arith.minsi %v2711, %v2713 : i64
        %v2715 = arith.addi %v2710, %v2714 : i64
        %v2716 = arith.muli %v2708, %v64 : i64
        %v2717 = arith.addi %v2716, %v2370 : i64
        %v2718 = llvm.getelementptr %in_g_o[%v2715] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2719 = llvm.load %v2718 : !llvm.ptr -> f32
        %v2720 = arith.addi %v2369, %v403 : i64
        %v2721 = arith.constant true
        %v2722 = arith.addi %v45, %v2720 : i64
        %v2723 = llvm.getelementptr %v5[%v2722] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2724 = llvm.load %v2723 : !llvm.ptr<3> -> i64
        %v2725 = arith.addi %v1502, %v2370 : i64
        %v2726 = arith.cmpi slt, %v2725, %v52 : i64
        %v2727 = arith.subi %size_L, %v1 : i64
        %v2728 = arith.minsi %v2725, %v2727 : i64
        %v2729 = arith.addi %v2724, %v2728 : i64
        %v2730 = arith.muli %v2722, %v64 : i64
        %v2731 = arith.addi %v2730, %v2370 : i64
        %v2732 = llvm.getelementptr %in_g_o[%v2729] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2733 = llvm.load %v2732 : !llvm.ptr -> f32
        %v2734 = arith.addi %v2369, %v417 : i64
        %v2735 = arith.constant true
        %v2736 = arith.addi %v45, %v2734 : i64
        %v2737 = llvm.getelementptr %v5[%v2736] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2738 = llvm.load %v2737 : !llvm.ptr<3> -> i64
        %v2739 = arith.addi %v1502, %v2370 : i64
        %v2740 = arith.cmpi slt, %v2739, %v52 : i64
        %v2741 = arith.subi %size_L, %v1 : i64
        %v2742 = arith.minsi %v2739, %v2741 : i64
        %v2743 = arith.addi %v2738, %v2742 : i64
        %v2744 = arith.muli %v2736, %v64 : i64
        %v2745 = arith.addi %v2744, %v2370 : i64
        %v2746 = llvm.getelementptr %in_g_o[%v2743] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2747 = llvm.load %v2746 : !llvm.ptr -> f32
        %v2748 = arith.addi %v2369, %v431 : i64
        %v2749 = arith.constant true
        %v2750 = arith.addi %v45, %v2748 : i64
        %v2751 = llvm.getelementptr %v5[%v2750] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2752 = llvm.load %v2751 : !llvm.ptr<3> -> i64
        %v2753 = arith.addi %v1502, %v2370 : i64
        %v2754 = arith.cmpi slt, %v2753, %v52 : i64
        %v2755 = arith.subi %size_L, %v1 : i64
        %v2756 = arith.minsi %v2753, %v2755 : i64
        %v2757 = arith.addi %v2752, %v2756 : i64
        %v2758 = arith.muli %v2750, %v64 : i64
        %v2759 = arith.addi %v2758, %v2370 : i64
        %v2760 = llvm.getelementptr %in_g_o[%v2757] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2761 = llvm.load %v2760 : !llvm.ptr -> f32
        %v2762 = arith.addi %v2369, %v445 : i64
        %v2763 = arith.constant true
        %v2764 = arith.addi %v45, %v2762 : i64
        %v2765 = llvm.getelementptr %v5[%v2764] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2766 = llvm.load %v2765 : !llvm.ptr<3> -> i64
        %v2767 = arith.addi %v1502, %v2370 : i64
        %v2768 = arith.cmpi slt, %v2767, %v52 : i64
        %v2769 = arith.subi %size_L, %v1 : i64
        %v2770 = arith.minsi %v2767, %v2769 : i64
        %v2771 = arith.addi %v2766, %v2770 : i64
        %v2772 = arith.muli %v2764, %v64 : i64
        %v2773 = arith.addi %v2772, %v2370 : i64
        %v2774 = llvm.getelementptr %in_g_o[%v2771] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2775 = llvm.load %v2774 : !llvm.ptr -> f32
        %v2776 = arith.addi %v2369, %v459 : i64
        %v2777 = arith.constant true
        %v2778 = arith.addi %v45, %v2776 : i64
        %v2779 = llvm.getelementptr %v5[%v2778] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2780 = llvm.load %v2779 : !llvm.ptr<3> -> i64
        %v2781 = arith.addi %v1502, %v2370 : i64
        %v2782 = arith.cmpi slt, %v2781, %v52 : i64
        %v2783 = arith.subi %size_L, %v1 : i64
        %v2784 = arith.minsi %v2781, %v2783 : i64
        %v2785 = arith.addi %v2780, %v2784 : i64
        %v2786 = arith.muli %v2778, %v64 : i64
        %v2787 = arith.addi %v2786, %v2370 : i64
        %v2788 = llvm.getelementptr %in_g_o[%v2785] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2789 = llvm.load %v2788 : !llvm.ptr -> f32
        %v2790 = arith.addi %v2369, %v473 : i64
        %v2791 = arith.constant true
        %v2792 = arith.addi %v45, %v2790 : i64
        %v2793 = llvm.getelementptr %v5[%v2792] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2794 = llvm.load %v2793 : !llvm.ptr<3> -> i64
        %v2795 = arith.addi %v1502, %v2370 : i64
        %v2796 = arith.cmpi slt, %v2795, %v52 : i64
        %v2797 = arith.subi %size_L, %v1 : i64
        %v2798 = arith.minsi %v2795, %v2797 : i64
        %v2799 = arith.addi %v2794, %v2798 : i64
        %v2800 = arith.muli %v2792, %v64 : i64
        %v2801 = arith.addi %v2800, %v2370 : i64
        %v2802 = llvm.getelementptr %in_g_o[%v2799] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2803 = llvm.load %v2802 : !llvm.ptr -> f32
        %v2804 = arith.addi %v2369, %v487 : i64
        %v2805 = arith.constant true
        %v2806 = arith.addi %v45, %v2804 : i64
        %v2807 = llvm.getelementptr %v5[%v2806] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2808 = llvm.load %v2807 : !llvm.ptr<3> -> i64
        %v2809 = arith.addi %v1502, %v2370 : i64
        %v2810 = arith.cmpi slt, %v2809, %v52 : i64
        %v2811 = arith.subi %size_L, %v1 : i64
        %v2812 = arith.minsi %v2809, %v2811 : i64
        %v2813 = arith.addi %v2808, %v2812 : i64
        %v2814 = arith.muli %v2806, %v64 : i64
        %v2815 = arith.addi %v2814, %v2370 : i64
        %v2816 = llvm.getelementptr %in_g_o[%v2813] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2817 = llvm.load %v2816 : !llvm.ptr -> f32
        %v2818 = arith.index_cast %v30 : i64 to index
        %v2819 = arith.index_cast %v1501 : i64 to index
        %v2820 = arith.index_cast %v1 : i64 to index
        scf.for %v2821 = %v2818 to %v2819 step %v2820 {
          %v2822 = arith.index_cast %v2821 : index to i64
          %v2823 = arith.addi %v1499, %v2822 : i64
          %v2827 = arith.muli %v13, %v64 : i64
          %v2828 = arith.addi %v2827, %v2822 : i64
          %v2829 = llvm.getelementptr %v6[%v2828] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          %v2830 = llvm.load %v2829 : !llvm.ptr<3> -> f32
          %v2831 = arith.negf %v2830 : f32
          %v2833 = arith.mulf %v2831, %v2832 fastmath<contract> : f32
          %v2834 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2833) : (f32) -> f32
          %v2835 = arith.addf %v49, %v2834 fastmath<contract> : f32
          %v2836 = arith.divf %v49, %v2835 : f32
          %v2837 = arith.mulf %v2826, %v2836 fastmath<contract> : f32
          %v2838 = arith.addf %v2825, %v2837 fastmath<contract> : f32
          %v2839 = arith.subf %v49, %v2838 fastmath<contract> : f32
          %v2840 = arith.addi %v15, %v13 : i64
          %v2841 = arith.muli %v2840, %v64 : i64
          %v2842 = arith.addi %v2841, %v2822 : i64
          %v2843 = llvm.getelementptr %v6[%v2842] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          %v2844 = llvm.load %v2843 : !llvm.ptr<3> -> f32
          %v2845 = arith.negf %v2844 : f32
          %v2846 = arith.mulf %v2845, %v2832 fastmath<contract> : f32
          %v2847 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2846) : (f32) -> f32
          %v2848 = arith.addf %v49, %v2847 fastmath<contract> : f32
          %v2849 = arith.divf %v49, %v2848 : f32
          %v2850 = arith.mulf %v2844, %v2849 fastmath<contract> : f32
          %v2851 = arith.mulf %v2839, %v2850 fastmath<contract> : f32
          %v2852 = llvm.load %v3 : !llvm.ptr -> f32
          %v2853 = arith.mulf %v2838, %v2852 fastmath<contract> : f32
          %v2854 = arith.addf %v2853, %v2851 fastmath<contract> : f32
          %v2855 = llvm.load %v4 : !llvm.ptr -> f32
          %v2856 = arith.mulf %v2838, %v2855 fastmath<contract> : f32
          llvm.store %v2854, %v3 : f32, !llvm.ptr
          llvm.store %v2856, %v4 : f32, !llvm.ptr
        }
        gpu.barrier
        %v2857 = arith.divui %v13, %v53 : i64
        %v2858 = arith.remui %v13, %v53 : i64
        %v2859 = arith.muli %v2857, %v64 : i64
        %v2860 = arith.addi %v2859, %v2858 : i64
        %v2861 = llvm.getelementptr %v6[%v2860] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1516, %v2861 : f32, !llvm.ptr<3>
        %v2862 = arith.addi %v15, %v13 : i64
        %v2863 = arith.divui %v2862, %v53 : i64
        %v2864 = arith.remui %v2862, %v53 : i64
        %v2865 = arith.muli %v2863, %v64 : i64
        %v2866 = arith.addi %v2865, %v2864 : i64
        %v2867 = llvm.getelementptr %v6[%v2866] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1529, %v2867 : f32, !llvm.ptr<3>
        %v2868 = arith.addi %v45, %v13 : i64
        %v2869 = arith.divui %v2868, %v53 : i64
        %v2870 = arith.remui %v2868, %v53 : i64
        %v2871 = arith.muli %v2869, %v64 : i64
        %v2872 = arith.addi %v2871, %v2870 : i64
        %v2873 = llvm.getelementptr %v6[%v2872] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1542, %v2873 : f32, !llvm.ptr<3>
        %v2875 = arith.addi %v2874, %v13 : i64
        %v2876 = arith.divui %v2875, %v53 : i64
        %v2877 = arith.remui %v2875, %v53 : i64
        %v2878 = arith.muli %v2876, %v64 : i64
        %v2879 = arith.addi %v2878, %v2877 : i64
        %v2880 = llvm.getelementptr %v6[%v2879] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1555, %v2880 : f32, !llvm.ptr<3>
        %v2881 = arith.addi %v9, %v13 : i64
        %v2882 = arith.divui %v2881, %v53 : i64
        %v2883 = arith.remui %v2881, %v53 : i64
        %v2884 = arith.muli %v2882, %v64 : i64
        %v2885 = arith.addi %v2884, %v2883 : i64
        %v2886 = llvm.getelementptr %v6[%v2885] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1568, %v2886 : f32, !llvm.ptr<3>
        %v2888 = arith.addi %v2887, %v13 : i64
        %v2889 = arith.divui %v2888, %v53 : i64
        %v2890 = arith.remui %v2888, %v53 : i64
        %v2891 = arith.muli %v2889, %v64 : i64
        %v2892 = arith.addi %v2891, %v2890 : i64
        %v2893 = llvm.getelementptr %v6[%v2892] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1581, %v2893 : f32, !llvm.ptr<3>
        %v2895 = arith.addi %v2894, %v13 : i64
        %v2896 = arith.divui %v2895, %v53 : i64
        %v2897 = arith.remui %v2895, %v53 : i64
        %v2898 = arith.muli %v2896, %v64 : i64
        %v2899 = arith.addi %v2898, %v2897 : i64
        %v2900 = llvm.getelementptr %v6[%v2899] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1594, %v2900 : f32, !llvm.ptr<3>
        %v2902 = arith.addi %v2901, %v13 : i64
        %v2903 = arith.divui %v2902, %v53 : i64
        %v2904 = arith.remui %v2902, %v53 : i64
        %v2905 = arith.muli %v2903, %v64 : i64
        %v2906 = arith.addi %v2905, %v2904 : i64
        %v2907 = llvm.getelementptr %v6[%v2906] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1607, %v2907 : f32, !llvm.ptr<3>
        %v2909 = arith.addi %v2908, %v13 : i64
        %v2910 = arith.divui %v2909, %v53 : i64
        %v2911 = arith.remui %v2909, %v53 : i64
        %v2912 = arith.muli %v2910, %v64 : i64
        %v2913 = arith.addi %v2912, %v2911 : i64
        %v2914 = llvm.getelementptr %v6[%v2913] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1620, %v2914 : f32, !llvm.ptr<3>
        %v2916 = arith.addi %v2915, %v13 : i64
        %v2917 = arith.divui %v2916, %v53 : i64
        %v2918 = arith.remui %v2916, %v53 : i64
        %v2919 = arith.muli %v2917, %v64 : i64
        %v2920 = arith.addi %v2919, %v2918 : i64
        %v2921 = llvm.getelementptr %v6[%v2920] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1633, %v2921 : f32, !llvm.ptr<3>
        %v2923 = arith.addi %v2922, %v13 : i64
        %v2924 = arith.divui %v2923, %v53 : i64
        %v2925 = arith.remui %v2923, %v53 : i64
        %v2926 = arith.muli %v2924, %v64 : i64
        %v2927 = arith.addi %v2926, %v2925 : i64
        %v2928 = llvm.getelementptr %v6[%v2927] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1646, %v2928 : f32, !llvm.ptr<3>
        %v2930 = arith.addi %v2929, %v13 : i64
        %v2931 = arith.divui %v2930, %v53 : i64
        %v2932 = arith.remui %v2930, %v53 : i64
        %v2933 = arith.muli %v2931, %v64 : i64
        %v2934 = arith.addi %v2933, %v2932 : i64
        %v2935 = llvm.getelementptr %v6[%v2934] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1659, %v2935 : f32, !llvm.ptr<3>
        %v2937 = arith.addi %v2936, %v13 : i64
        %v2938 = arith.divui %v2937, %v53 : i64
        %v2939 = arith.remui %v2937, %v53 : i64
        %v2940 = arith.muli %v2938, %v64 : i64
        %v2941 = arith.addi %v2940, %v2939 : i64
        %v2942 = llvm.getelementptr %v6[%v2941] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1672, %v2942 : f32, !llvm.ptr<3>
        %v2944 = arith.addi %v2943, %v13 : i64
        %v2945 = arith.divui %v2944, %v53 : i64
        %v2946 = arith.remui %v2944, %v53 : i64
        %v2947 = arith.muli %v2945, %v64 : i64
        %v2948 = arith.addi %v2947, %v2946 : i64
        %v2949 = llvm.getelementptr %v6[%v2948] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1685, %v2949 : f32, !llvm.ptr<3>
        %v2951 = arith.addi %v2950, %v13 : i64
        %v2952 = arith.divui %v2951, %v53 : i64
        %v2953 = arith.remui %v2951, %v53 : i64
        %v2954 = arith.muli %v2952, %v64 : i64
        %v2955 = arith.addi %v2954, %v2953 : i64
        %v2956 = llvm.getelementptr %v6[%v2955] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1698, %v2956 : f32, !llvm.ptr<3>
        %v2958 = arith.addi %v2957, %v13 : i64
        %v2959 = arith.divui %v2958, %v53 : i64
        %v2960 = arith.remui %v2958, %v53 : i64
        %v2961 = arith.muli %v2959, %v64 : i64
        %v2962 = arith.addi %v2961, %v2960 : i64
        %v2963 = llvm.getelementptr %v6[%v2962] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1711, %v2963 : f32, !llvm.ptr<3>
        %v2965 = arith.addi %v2964, %v13 : i64
        %v2966 = arith.divui %v2965, %v53 : i64
        %v2967 = arith.remui %v2965, %v53 : i64
        %v2968 = arith.muli %v2966, %v64 : i64
        %v2969 = arith.addi %v2968, %v2967 : i64
        %v2970 = llvm.getelementptr %v6[%v2969] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1724, %v2970 : f32, !llvm.ptr<3>
        %v2972 = arith.addi %v2971, %v13 : i64
        %v2973 = arith.divui %v2972, %v53 : i64
        %v2974 = arith.remui %v2972, %v53 : i64
        %v2975 = arith.muli %v2973, %v64 : i64
        %v2976 = arith.addi %v2975, %v2974 : i64
        %v2977 = llvm.getelementptr %v6[%v2976] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1737, %v2977 : f32, !llvm.ptr<3>
        %v2979 = arith.addi %v2978, %v13 : i64
        %v2980 = arith.divui %v2979, %v53 : i64
        %v2981 = arith.remui %v2979, %v53 : i64
        %v2982 = arith.muli %v2980, %v64 : i64
        %v2983 = arith.addi %v2982, %v2981 : i64
        %v2984 = llvm.getelementptr %v6[%v2983] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1750, %v2984 : f32, !llvm.ptr<3>
        %v2986 = arith.addi %v2985, %v13 : i64
        %v2987 = arith.divui %v2986, %v53 : i64
        %v2988 = arith.remui %v2986, %v53 : i64
        %v2989 = arith.muli %v2987, %v64 : i64
        %v2990 = arith.addi %v2989, %v2988 : i64
        %v2991 = llvm.getelementptr %v6[%v2990] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1763, %v2991 : f32, !llvm.ptr<3>
        %v2993 = arith.addi %v2992, %v13 : i64
        %v2994 = arith.divui %v2993, %v53 : i64
        %v2995 = arith.remui %v2993, %v53 : i64
        %v2996 = arith.muli %v2994, %v64 : i64
        %v2997 = arith.addi %v2996, %v2995 : i64
        %v2998 = llvm.getelementptr %v6[%v2997] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1776, %v2998 : f32, !llvm.ptr<3>
        %v3000 = arith.addi %v2999, %v13 : i64
        %v3001 = arith.divui %v3000, %v53 : i64
        %v3002 = arith.remui %v3000, %v53 : i64
        %v3003 = arith.muli %v3001, %v64 : i64
        %v3004 = arith.addi %v3003, %v3002 : i64
        %v3005 = llvm.getelementptr %v6[%v3004] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1789, %v3005 : f32, !llvm.ptr<3>
        %v3007 = arith.addi %v3006, %v13 : i64
        %v3008 = arith.divui %v3007, %v53 : i64
        %v3009 = arith.remui %v3007, %v53 : i64
        %v3010 = arith.muli %v3008, %v64 : i64
        %v3011 = arith.addi %v3010, %v3009 : i64
        %v3012 = llvm.getelementptr %v6[%v3011] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1802, %v3012 : f32, !llvm.ptr<3>
        %v3014 = arith.addi %v3013, %v13 : i64
        %v3015 = arith.divui %v3014, %v53 : i64
        %v3016 = arith.remui %v3014, %v53 : i64
        %v3017 = arith.muli %v3015, %v64 : i64
        %v3018 = arith.addi %v3017, %v3016 : i64
        %v3019 = llvm.getelementptr %v6[%v3018] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1815, %v3019 : f32, !llvm.ptr<3>
        %v3021 = arith.addi %v3020, %v13 : i64
        %v3022 = arith.divui %v3021, %v53 : i64
        %v3023 = arith.remui %v3021, %v53 : i64
        %v3024 = arith.muli %v3022, %v64 : i64
        %v3025 = arith.addi %v3024, %v3023 : i64
        %v3026 = llvm.getelementptr %v6[%v3025] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1828, %v3026 : f32, !llvm.ptr<3>
        %v3028 = arith.addi %v3027, %v13 : i64
        %v3029 = arith.divui %v3028, %v53 : i64
        %v3030 = arith.remui %v3028, %v53 : i64
        %v3031 = arith.muli %v3029, %v64 : i64
        %v3032 = arith.addi %v3031, %v3030 : i64
        %v3033 = llvm.getelementptr %v6[%v3032] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1841, %v3033 : f32, !llvm.ptr<3>
        %v3035 = arith.addi %v3034, %v13 : i64
        %v3036 = arith.divui %v3035, %v53 : i64
        %v3037 = arith.remui %v3035, %v53 : i64
        %v3038 = arith.muli %v3036, %v64 : i64
        %v3039 = arith.addi %v3038, %v3037 : i64
        %v3040 = llvm.getelementptr %v6[%v3039] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1854, %v3040 : f32, !llvm.ptr<3>
        %v3042 = arith.addi %v3041, %v13 : i64
        %v3043 = arith.divui %v3042, %v53 : i64
        %v3044 = arith.remui %v3042, %v53 : i64
        %v3045 = arith.muli %v3043, %v64 : i64
        %v3046 = arith.addi %v3045, %v3044 : i64
        %v3047 = llvm.getelementptr %v6[%v3046] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1867, %v3047 : f32, !llvm.ptr<3>
        %v3049 = arith.addi %v3048, %v13 : i64
        %v3050 = arith.divui %v3049, %v53 : i64
        %v3051 = arith.remui %v3049, %v53 : i64
        %v3052 = arith.muli %v3050, %v64 : i64
        %v3053 = arith.addi %v3052, %v3051 : i64
        %v3054 = llvm.getelementptr %v6[%v3053] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1880, %v3054 : f32, !llvm.ptr<3>
        %v3056 = arith.addi %v3055, %v13 : i64
        %v3057 = arith.divui %v3056, %v53 : i64
        %v3058 = arith.remui %v3056, %v53 : i64
        %v3059 = arith.muli %v3057, %v64 : i64
        %v3060 = arith.addi %v3059, %v3058 : i64
        %v3061 = llvm.getelementptr %v6[%v3060] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1893, %v3061 : f32, !llvm.ptr<3>
        %v3063 = arith.addi %v3062, %v13 : i64
        %v3064 = arith.divui %v3063, %v53 : i64
        %v3065 = arith.remui %v3063, %v53 : i64
        %v3066 = arith.muli %v3064, %v64 : i64
        %v3067 = arith.addi %v3066, %v3065 : i64
        %v3068 = llvm.getelementptr %v6[%v3067] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1906, %v3068 : f32, !llvm.ptr<3>
        %v3070 = arith.addi %v3069, %v13 : i64
        %v3071 = arith.divui %v3070, %v53 : i64
        %v3072 = arith.remui %v3070, %v53 : i64
        %v3073 = arith.muli %v3071, %v64 : i64
        %v3074 = arith.addi %v3073, %v3072 : i64
        %v3075 = llvm.getelementptr %v6[%v3074] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1919, %v3075 : f32, !llvm.ptr<3>
        %v3076 = arith.divui %v13, %v53 : i64
        %v3077 = arith.remui %v13, %v53 : i64
        %v3078 = arith.addi %v15, %v3076 : i64
        %v3079 = arith.muli %v3078, %v64 : i64
        %v3080 = arith.addi %v3079, %v3077 : i64
        %v3081 = llvm.getelementptr %v6[%v3080] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1934, %v3081 : f32, !llvm.ptr<3>
        %v3082 = arith.addi %v15, %v13 : i64
        %v3083 = arith.divui %v3082, %v53 : i64
        %v3084 = arith.remui %v3082, %v53 : i64
        %v3085 = arith.addi %v15, %v3083 : i64
        %v3086 = arith.muli %v3085, %v64 : i64
        %v3087 = arith.addi %v3086, %v3084 : i64
        %v3088 = llvm.getelementptr %v6[%v3087] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1948, %v3088 : f32, !llvm.ptr<3>
        %v3089 = arith.addi %v45, %v13 : i64
        %v3090 = arith.divui %v3089, %v53 : i64
        %v3091 = arith.remui %v3089, %v53 : i64
        %v3092 = arith.addi %v15, %v3090 : i64
        %v3093 = arith.muli %v3092, %v64 : i64
        %v3094 = arith.addi %v3093, %v3091 : i64
        %v3095 = llvm.getelementptr %v6[%v3094] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1962, %v3095 : f32, !llvm.ptr<3>
        %v3096 = arith.addi %v2874, %v13 : i64
        %v3097 = arith.divui %v3096, %v53 : i64
        %v3098 = arith.remui %v3096, %v53 : i64
        %v3099 = arith.addi %v15, %v3097 : i64
        %v3100 = arith.muli %v3099, %v64 : i64
        %v3101 = arith.addi %v3100, %v3098 : i64
        %v3102 = llvm.getelementptr %v6[%v3101] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1976, %v3102 : f32, !llvm.ptr<3>
        %v3103 = arith.addi %v9, %v13 : i64
        %v3104 = arith.divui %v3103, %v53 : i64
        %v3105 = arith.remui %v3103, %v53 : i64
        %v3106 = arith.addi %v15, %v3104 : i64
        %v3107 = arith.muli %v3106, %v64 : i64
        %v3108 = arith.addi %v3107, %v3105 : i64
        %v3109 = llvm.getelementptr %v6[%v3108] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1990, %v3109 : f32, !llvm.ptr<3>
        %v3110 = arith.addi %v2887, %v13 : i64
        %v3111 = arith.divui %v3110, %v53 : i64
        %v3112 = arith.remui %v3110, %v53 : i64
        %v3113 = arith.addi %v15, %v3111 : i64
        %v3114 = arith.muli %v3113, %v64 : i64
        %v3115 = arith.addi %v3114, %v3112 : i64
        %v3116 = llvm.getelementptr %v6[%v3115] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2004, %v3116 : f32, !llvm.ptr<3>
        %v3117 = arith.addi %v2894, %v13 : i64
        %v3118 = arith.divui %v3117, %v53 : i64
        %v3119 = arith.remui %v3117, %v53 : i64
        %v3120 = arith.addi %v15, %v3118 : i64
        %v3121 = arith.muli %v3120, %v64 : i64
        %v3122 = arith.addi %v3121, %v3119 : i64
        %v3123 = llvm.getelementptr %v6[%v3122] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2018, %v3123 : f32, !llvm.ptr<3>
        %v3124 = arith.addi %v2901, %v13 : i64
        %v3125 = arith.divui %v3124, %v53 : i64
        %v3126 = arith.remui %v3124, %v53 : i64
        %v3127 = arith.addi %v15, %v3125 : i64
        %v3128 = arith.muli %v3127, %v64 : i64
        %v3129 = arith.addi %v3128, %v3126 : i64
        %v3130 = llvm.getelementptr %v6[%v3129] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2032, %v3130 : f32, !llvm.ptr<3>
        %v3131 = arith.addi %v2908, %v13 : i64
        %v3132 = arith.divui %v3131, %v53 : i64
        %v3133 = arith.remui %v3131, %v53 : i64
        %v3134 = arith.addi %v15, %v3132 : i64
        %v3135 = arith.muli %v3134, %v64 : i64
        %v3136 = arith.addi %v3135, %v3133 : i64
        %v3137 = llvm.getelementptr %v6[%v3136] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2046, %v3137 : f32, !llvm.ptr<3>
        %v3138 = arith.addi %v2915, %v13 : i64
        %v3139 = arith.divui %v3138, %v53 : i64
        %v3140 = arith.remui %v3138, %v53 : i64
        %v3141 = arith.addi %v15, %v3139 : i64
        %v3142 = arith.muli %v3141, %v64 : i64
        %v3143 = arith.addi %v3142, %v3140 : i64
        %v3144 = llvm.getelementptr %v6[%v3143] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2060, %v3144 : f32, !llvm.ptr<3>
        %v3145 = arith.addi %v2922, %v13 : i64
        %v3146 = arith.divui %v3145, %v53 : i64
        %v3147 = arith.remui %v3145, %v53 : i64
        %v3148 = arith.addi %v15, %v3146 : i64
        %v3149 = arith.muli %v3148, %v64 : i64
        %v3150 = arith.addi %v3149, %v3147 : i64
        %v3151 = llvm.getelementptr %v6[%v3150] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2074, %v3151 : f32, !llvm.ptr<3>
        %v3152 = arith.addi %v2929, %v13 : i64
        %v3153 = arith.divui %v3152, %v53 : i64
        %v3154 = arith.remui %v3152, %v53 : i64
        %v3155 = arith.addi %v15, %v3153 : i64
        %v3156 = arith.muli %v3155, %v64 : i64
        %v3157 = arith.addi %v3156, %v3154 : i64
        %v3158 = llvm.getelementptr %v6[%v3157] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2088, %v3158 : f32, !llvm.ptr<3>
        %v3159 = arith.addi %v2936, %v13 : i64
        %v3160 = arith.divui %v3159, %v53 : i64
        %v3161 = arith.remui %v3159, %v53 : i64
        %v3162 = arith.addi %v15, %v3160 : i64
        %v3163 = arith.muli %v3162, %v64 : i64
        %v3164 = arith.addi %v3163, %v3161 : i64
        %v3165 = llvm.getelementptr %v6[%v3164] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2102, %v3165 : f32, !llvm.ptr<3>
        %v3166 = arith.addi %v2943, %v13 : i64
        %v3167 = arith.divui %v3166, %v53 : i64
        %v3168 = arith.remui %v3166, %v53 : i64
        %v3169 = arith.addi %v15, %v3167 : i64
        %v3170 = arith.muli %v3169, %v64 : i64
        %v3171 = arith.addi %v3170, %v3168 : i64
        %v3172 = llvm.getelementptr %v6[%v3171] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2116, %v3172 : f32, !llvm.ptr<3>
        %v3173 = arith.addi %v2950, %v13 : i64
        %v3174 = arith.divui %v3173, %v53 : i64
        %v3175 = arith.remui %v3173, %v53 : i64
        %v3176 = arith.addi %v15, %v3174 : i64
        %v3177 = arith.muli %v3176, %v64 : i64
        %v3178 = arith.addi %v3177, %v3175 : i64
        %v3179 = llvm.getelementptr %v6[%v3178] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2130, %v3179 : f32, !llvm.ptr<3>
        %v3180 = arith.addi %v2957, %v13 : i64
        %v3181 = arith.divui %v3180, %v53 : i64
        %v3182 = arith.remui %v3180, %v53 : i64
        %v3183 = arith.addi %v15, %v3181 : i64
        %v3184 = arith.muli %v3183, %v64 : i64
        %v3185 = arith.addi %v3184, %v3182 : i64
        %v3186 = llvm.getelementptr %v6[%v3185] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2144, %v3186 : f32, !llvm.ptr<3>
        %v3187 = arith.addi %v2964, %v13 : i64
        %v3188 = arith.divui %v3187, %v53 : i64
        %v3189 = arith.remui %v3187, %v53 : i64
        %v3190 = arith.addi %v15, %v3188 : i64
        %v3191 = arith.muli %v3190, %v64 : i64
        %v3192 = arith.addi %v3191, %v3189 : i64
        %v3193 = llvm.getelementptr %v6[%v3192] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2158, %v3193 : f32, !llvm.ptr<3>
        %v3194 = arith.addi %v2971, %v13 : i64
        %v3195 = arith.divui %v3194, %v53 : i64
        %v3196 = arith.remui %v3194, %v53 : i64
        %v3197 = arith.addi %v15, %v3195 : i64
        %v3198 = arith.muli %v3197, %v64 : i64
        %v3199 = arith.addi %v3198, %v3196 : i64
        %v3200 = llvm.getelementptr %v6[%v3199] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2172, %v3200 : f32, !llvm.ptr<3>
        %v3201 = arith.addi %v2978, %v13 : i64
        %v3202 = arith.divui %v3201, %v53 : i64
        %v3203 = arith.remui %v3201, %v53 : i64
        %v3204 = arith.addi %v15, %v3202 : i64
        %v3205 = arith.muli %v3204, %v64 : i64
        %v3206 = arith.addi %v3205, %v3203 : i64
        %v3207 = llvm.getelementptr %v6[%v3206] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2186, %v3207 : f32, !llvm.ptr<3>
        %v3208 = arith.addi %v2985, %v13 : i64
        %v3209 = arith.divui %v3208, %v53 : i64
        %v3210 = arith.remui %v3208, %v53 : i64
        %v3211 = arith.addi %v15, %v3209 : i64
        %v3212 = arith.muli %v3211, %v64 : i64
        %v3213 = arith.addi %v3212, %v3210 : i64
        %v3214 = llvm.getelementptr %v6[%v3213] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2200, %v3214 : f32, !llvm.ptr<3>
        %v3215 = arith.addi %v2992, %v13 : i64
        %v3216 = arith.divui %v3215, %v53 : i64
        %v3217 = arith.remui %v3215, %v53 : i64
        %v3218 = arith.addi %v15, %v3216 : i64
        %v3219 = arith.muli %v3218, %v64 : i64
        %v3220 = arith.addi %v3219, %v3217 : i64
        %v3221 = llvm.getelementptr %v6[%v3220] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2214, %v3221 : f32, !llvm.ptr<3>
        %v3222 = arith.addi %v2999, %v13 : i64
        %v3223 = arith.divui %v3222, %v53 : i64
        %v3224 = arith.remui %v3222, %v53 : i64
        %v3225 = arith.addi %v15, %v3223 : i64
        %v3226 = arith.muli %v3225, %v64 : i64
        %v3227 = arith.addi %v3226, %v3224 : i64
        %v3228 = llvm.getelementptr %v6[%v3227] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2228, %v3228 : f32, !llvm.ptr<3>
        %v3229 = arith.addi %v3006, %v13 : i64
        %v3230 = arith.divui %v3229, %v53 : i64
        %v3231 = arith.remui %v3229, %v53 : i64
        %v3232 = arith.addi %v15, %v3230 : i64
        %v3233 = arith.muli %v3232, %v64 : i64
        %v3234 = arith.addi %v3233, %v3231 : i64
        %v3235 = llvm.getelementptr %v6[%v3234] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2242, %v3235 : f32, !llvm.ptr<3>
        %v3236 = arith.addi %v3013, %v13 : i64
        %v3237 = arith.divui %v3236, %v53 : i64
        %v3238 = arith.remui %v3236, %v53 : i64
        %v3239 = arith.addi %v15, %v3237 : i64
        %v3240 = arith.muli %v3239, %v64 : i64
        %v3241 = arith.addi %v3240, %v3238 : i64
        %v3242 = llvm.getelementptr %v6[%v3241] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2256, %v3242 : f32, !llvm.ptr<3>
        %v3243 = arith.addi %v3020, %v13 : i64
        %v3244 = arith.divui %v3243, %v53 : i64
        %v3245 = arith.remui %v3243, %v53 : i64
        %v3246 = arith.addi %v15, %v3244 : i64
        %v3247 = arith.muli %v3246, %v64 : i64
        %v3248 = arith.addi %v3247, %v3245 : i64
        %v3249 = llvm.getelementptr %v6[%v3248] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2270, %v3249 : f32, !llvm.ptr<3>
        %v3250 = arith.addi %v3027, %v13 : i64
        %v3251 = arith.divui %v3250, %v53 : i64
        %v3252 = arith.remui %v3250, %v53 : i64
        %v3253 = arith.addi %v15, %v3251 : i64
        %v3254 = arith.muli %v3253, %v64 : i64
        %v3255 = arith.addi %v3254, %v3252 : i64
        %v3256 = llvm.getelementptr %v6[%v3255] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2284, %v3256 : f32, !llvm.ptr<3>
        %v3257 = arith.addi %v3034, %v13 : i64
        %v3258 = arith.divui %v3257, %v53 : i64
        %v3259 = arith.remui %v3257, %v53 : i64
        %v3260 = arith.addi %v15, %v3258 : i64
        %v3261 = arith.muli %v3260, %v64 : i64
        %v3262 = arith.addi %v3261, %v3259 : i64
        %v3263 = llvm.getelementptr %v6[%v3262] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2298, %v3263 : f32, !llvm.ptr<3>
        %v3264 = arith.addi %v3041, %v13 : i64
        %v3265 = arith.divui %v3264, %v53 : i64
        %v3266 = arith.remui %v3264, %v53 : i64
        %v3267 = arith.addi %v15, %v3265 : i64
        %v3268 = arith.muli %v3267, %v64 : i64
        %v3269 = arith.addi %v3268, %v3266 : i64
        %v3270 = llvm.getelementptr %v6[%v3269] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2312, %v3270 : f32, !llvm.ptr<3>
        %v3271 = arith.addi %v3048, %v13 : i64
        %v3272 = arith.divui %v3271, %v53 : i64
        %v3273 = arith.remui %v3271, %v53 : i64
        %v3274 = arith.addi %v15, %v3272 : i64
        %v3275 = arith.muli %v3274, %v64 : i64
        %v3276 = arith.addi %v3275, %v3273 : i64
        %v3277 = llvm.getelementptr %v6[%v3276] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2326, %v3277 : f32, !llvm.ptr<3>
        %v3278 = arith.addi %v3055, %v13 : i64
        %v3279 = arith.divui %v3278, %v53 : i64
        %v3280 = arith.remui %v3278, %v53 : i64
        %v3281 = arith.addi %v15, %v3279 : i64
        %v3282 = arith.muli %v3281, %v64 : i64
        %v3283 = arith.addi %v3282, %v3280 : i64
        %v3284 = llvm.getelementptr %v6[%v3283] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2340, %v3284 : f32, !llvm.ptr<3>
        %v3285 = arith.addi %v3062, %v13 : i64
        %v3286 = arith.divui %v3285, %v53 : i64
        %v3287 = arith.remui %v3285, %v53 : i64
        %v3288 = arith.addi %v15, %v3286 : i64
        %v3289 = arith.muli %v3288, %v64 : i64
        %v3290 = arith.addi %v3289, %v3287 : i64
        %v3291 = llvm.getelementptr %v6[%v3290] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2354, %v3291 : f32, !llvm.ptr<3>
        %v3292 = arith.addi %v3069, %v13 : i64
        %v3293 = arith.divui %v3292, %v53 : i64
        %v3294 = arith.remui %v3292, %v53 : i64
        %v3295 = arith.addi %v15, %v3293 : i64
        %v3296 = arith.muli %v3295, %v64 : i64
        %v3297 = arith.addi %v3296, %v3294 : i64
        %v3298 = llvm.getelementptr %v6[%v3297] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2368, %v3298 : f32, !llvm.ptr<3>
        %v3299 = arith.divui %v13, %v53 : i64
        %v3300 = arith.remui %v13, %v53 : i64
        %v3301 = arith.addi %v45, %v3299 : i64
        %v3302 = arith.muli %v3301, %v64 : i64
        %v3303 = arith.addi %v3302, %v3300 : i64
        %v3304 = llvm.getelementptr %v6[%v3303] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2383, %v3304 : f32, !llvm.ptr<3>
        %v3305 = arith.addi %v15, %v13 : i64
        %v3306 = arith.divui %v3305, %v53 : i64
        %v3307 = arith.remui %v3305, %v53 : i64
        %v3308 = arith.addi %v45, %v3306 : i64
        %v3309 = arith.muli %v3308, %v64 : i64
        %v3310 = arith.addi %v3309, %v3307 : i64
        %v3311 = llvm.getelementptr %v6[%v3310] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2397, %v3311 : f32, !llvm.ptr<3>
        %v3312 = arith.addi %v45, %v13 : i64
        %v3313 = arith.divui %v3312, %v53 : i64
        %v3314 = arith.remui %v3312, %v53 : i64
        %v3315 = arith.addi %v45, %v3313 : i64
        %v3316 = arith.muli %v3315, %v64 : i64
        %v3317 = arith.addi %v3316, %v3314 : i64
        %v3318 = llvm.getelementptr %v6[%v3317] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2411, %v3318 : f32, !llvm.ptr<3>
        %v3319 = arith.addi %v2874, %v13 : i64
        %v3320 = arith.divui %v3319, %v53 : i64
        %v3321 = arith.remui %v3319, %v53 : i64
        %v3322 = arith.addi %v45, %v3320 : i64
        %v3323 = arith.muli %v3322, %v64 : i64
        %v3324 = arith.addi %v3323, %v3321 : i64
        %v3325 = llvm.getelementptr %v6[%v3324] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2425, %v3325 : f32, !llvm.ptr<3>
        %v3326 = arith.addi %v9, %v13 : i64
        %v3327 = arith.divui %v3326, %v53 : i64
        %v3328 = arith.remui %v3326, %v53 : i64
        %v3329 = arith.addi %v45, %v3327 : i64
        %v3330 = arith.muli %v3329, %v64 : i64
        %v3331 = arith.addi %v3330, %v3328 : i64
        %v3332 = llvm.getelementptr %v6[%v3331] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2439, %v3332 : f32, !llvm.ptr<3>
        %v3333 = arith.addi %v2887, %v13 : i64
        %v3334 = arith.divui %v3333, %v53 : i64
        %v3335 = arith.remui %v3333, %v53 : i64
        %v3336 = arith.addi %v45, %v3334 : i64
        %v3337 = arith.muli %v3336, %v64 : i64
        %v3338 = arith.addi %v3337, %v3335 : i64
        %v3339 = llvm.getelementptr %v6[%v3338] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2453, %v3339 : f32, !llvm.ptr<3>
        %v3340 = arith.addi %v2894, %v13 : i64
        %v3341 = arith.divui %v3340, %v53 : i64
        %v3342 = arith.remui %v3340, %v53 : i64
        %v3343 = arith.addi %v45, %v3341 : i64
        %v3344 = arith.muli %v3343, %v64 : i64
        %v3345 = arith.addi %v3344, %v3342 : i64
        %v3346 = llvm.getelementptr %v6[%v3345] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2467, %v3346 : f32, !llvm.ptr<3>
        %v3347 = arith.addi %v2901, %v13 : i64
        %v3348 = arith.divui %v3347, %v53 : i64
        %v3349 = arith.remui %v3347, %v53 : i64
        %v3350 = arith.addi %v45, %v3348 : i64
        %v3351 = arith.muli %v3350, %v64 : i64
        %v3352 = arith.addi %v3351, %v3349 : i64
        %v3353 = llvm.getelementptr %v6[%v3352] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2481, %v3353 : f32, !llvm.ptr<3>
        %v3354 = arith.addi %v2908, %v13 : i64
        %v3355 = arith.divui %v3354, %v53 : i64
        %v3356 = arith.remui %v3354, %v53 : i64
        %v3357 = arith.addi %v45, %v3355 : i64
        %v3358 = arith.muli %v3357, %v64 : i64
        %v3359 = arith.addi %v3358, %v3356 : i64
        %v3360 = llvm.getelementptr %v6[%v3359] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2495, %v3360 : f32, !llvm.ptr<3>
        %v3361 = arith.addi %v2915, %v13 : i64
        %v3362 = arith.divui %v3361, %v53 : i64
        %v3363 = arith.remui %v3361, %v53 : i64
        %v3364 = arith.addi %v45, %v3362 : i64
        %v3365 = arith.muli %v3364, %v64 : i64
        %v3366 = arith.addi %v3365, %v3363 : i64
        %v3367 = llvm.getelementptr %v6[%v3366] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2509, %v3367 : f32, !llvm.ptr<3>
        %v3368 = arith.addi %v2922, %v13 : i64
        %v3369 = arith.divui %v3368, %v53 : i64
        %v3370 = arith.remui %v3368, %v53 : i64
        %v3371 = arith.addi %v45, %v3369 : i64
        %v3372 = arith.muli %v3371, %v64 : i64
        %v3373 = arith.addi %v3372, %v3370 : i64
        %v3374 = llvm.getelementptr %v6[%v3373] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2523, %v3374 : f32, !llvm.ptr<3>
        %v3375 = arith.addi %v2929, %v13 : i64
        %v3376 = arith.divui %v3375, %v53 : i64
        %v3377 = arith.remui %v3375, %v53 : i64
        %v3378 = arith.addi %v45, %v3376 : i64
        %v3379 = arith.muli %v3378, %v64 : i64
        %v3380 = arith.addi %v3379, %v3377 : i64
        %v3381 = llvm.getelementptr %v6[%v3380] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2537, %v3381 : f32, !llvm.ptr<3>
        %v3382 = arith.addi %v2936, %v13 : i64
        %v3383 = arith.divui %v3382, %v53 : i64
        %v3384 = arith.remui %v3382, %v53 : i64
        %v3385 = arith.addi %v45, %v3383 : i64
        %v3386 = arith.muli %v3385, %v64 : i64
        %v3387 = arith.addi %v3386, %v3384 : i64
        %v3388 = llvm.getelementptr %v6[%v3387] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2551, %v3388 : f32, !llvm.ptr<3>
        %v3389 = arith.addi %v2943, %v13 : i64
        %v3390 = arith.divui %v3389, %v53 : i64
        %v3391 = arith.remui %v3389, %v53 : i64
        %v3392 = arith.addi %v45, %v3390 : i64
        %v3393 = arith.muli %v3392, %v64 : i64
        %v3394 = arith.addi %v3393, %v3391 : i64
        %v3395 = llvm.getelementptr %v6[%v3394] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2565, %v3395 : f32, !llvm.ptr<3>
        %v3396 = arith.addi %v2950, %v13 : i64
        %v3397 = arith.divui %v3396, %v53 : i64
        %v3398 = arith.remui %v3396, %v53 : i64
        %v3399 = arith.addi %v45, %v3397 : i64
        %v3400 = arith.muli %v3399, %v64 : i64
        %v3401 = arith.addi %v3400, %v3398 : i64
        %v3402 = llvm.getelementptr %v6[%v3401] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2579, %v3402 : f32, !llvm.ptr<3>
        %v3403 = arith.addi %v2957, %v13 : i64
        %v3404 = arith.divui %v3403, %v53 : i64
        %v3405 = arith.remui %v3403, %v53 : i64
        %v3406 = arith.addi %v45, %v3404 : i64
        %v3407 = arith.muli %v3406, %v64 : i64
        %v3408 = arith.addi %v3407, %v3405 : i64
        %v3409 = llvm.getelementptr %v6[%v3408] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2593, %v3409 : f32, !llvm.ptr<3>
        %v3410 = arith.addi %v2964, %v13 : i64
        %v3411 = arith.divui %v3410, %v53 : i64
        %v3412 = arith.remui %v3410, %v53 : i64
        %v3413 = arith.addi %v45, %v3411 : i64
        %v3414 = arith.muli %v3413, %v64 : i64
        %v3415 = arith.addi %v3414, %v3412 : i64
        %v3416 = llvm.getelementptr %v6[%v3415] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2607, %v3416 : f32, !llvm.ptr<3>
        %v3417 = arith.addi %v2971, %v13 : i64
        %v3418 = arith.divui %v3417, %v53 : i64
        %v3419 = arith.remui %v3417, %v53 : i64
        %v3420 = arith.addi %v45, %v3418 : i64
        %v3421 = arith.muli %v3420, %v64 : i64
        %v3422 = arith.addi %v3421, %v3419 : i64
        %v3423 = llvm.getelementptr %v6[%v3422] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2621, %v3423 : f32, !llvm.ptr<3>
        %v3424 = arith.addi %v2978, %v13 : i64
        %v3425 = arith.divui %v3424, %v53 : i64
        %v3426 = arith.remui %v3424, %v53 : i64
        %v3427 = arith.addi %v45, %v3425 : i64
        %v3428 = arith.muli %v3427, %v64 : i64
        %v3429 = arith.addi %v3428, %v3426 : i64
        %v3430 = llvm.getelementptr %v6[%v3429] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2635, %v3430 : f32, !llvm.ptr<3>
        %v3431 = arith.addi %v2985, %v13 : i64
        %v3432 = arith.divui %v3431, %v53 : i64
        %v3433 = arith.remui %v3431, %v53 : i64
        %v3434 = arith.addi %v45, %v3432 : i64
        %v3435 = arith.muli %v3434, %v64 : i64
        %v3436 = arith.addi %v3435, %v3433 : i64
        %v3437 = llvm.getelementptr %v6[%v3436] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2649, %v3437 : f32, !llvm.ptr<3>
        %v3438 = arith.addi %v2992, %v13 : i64
        %v3439 = arith.divui %v3438, %v53 : i64
        %v3440 = arith.remui %v3438, %v53 : i64
        %v3441 = arith.addi %v45, %v3439 : i64
        %v3442 = arith.muli %v3441, %v64 : i64
        %v3443 = arith.addi %v3442, %v3440 : i64
        %v3444 = llvm.getelementptr %v6[%v3443] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2663, %v3444 : f32, !llvm.ptr<3>
        %v3445 = arith.addi %v2999, %v13 : i64
        %v3446 = arith.divui %v3445, %v53 : i64
        %v3447 = arith.remui %v3445, %v53 : i64
        %v3448 = arith.addi %v45, %v3446 : i64
        %v3449 = arith.muli %v3448, %v64 : i64
        %v3450 = arith.addi %v3449, %v3447 : i64
        %v3451 = llvm.getelementptr %v6[%v3450] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2677, %v3451 : f32, !llvm.ptr<3>
        %v3452 = arith.addi %v3006, %v13 : i64
        %v3453 = arith.divui %v3452, %v53 : i64
        %v3454 = arith.remui %v3452, %v53 : i64
        %v3455 = arith.addi %v45, %v3453 : i64
        %v3456 = arith.muli %v3455, %v64 : i64
        %v3457 = arith.addi %v3456, %v3454 : i64
        %v3458 = llvm.getelementptr %v6[%v3457] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2691, %v3458 : f32, !llvm.ptr<3>
        %v3459 = arith.addi %v3013, %v13 : i64
        %v3460 = arith.divui %v3459, %v53 : i64
        %v3461 = arith.remui %v3459, %v53 : i64
        %v3462 = arith.addi %v45, %v3460 : i64
        %v3463 = arith.muli %v3462, %v64 : i64
        %v3464 = arith.addi %v3463, %v3461 : i64
        %v3465 = llvm.getelementptr %v6[%v3464] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2705, %v3465 : f32, !llvm.ptr<3>
        %v3466 = arith.addi %v3020, %v13 : i64
        %v3467 = arith.divui %v3466, %v53 : i64
        %v3468 = arith.remui %v3466, %v53 : i64
        %v3469 = arith.addi %v45, %v3467 : i64
        %v3470 = arith.muli %v3469, %v64 : i64
        %v3471 = arith.addi %v3470, %v3468 : i64
        %v3472 = llvm.getelementptr %v6[%v3471] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2719, %v3472 : f32, !llvm.ptr<3>
        %v3473 = arith.addi %v3027, %v13 : i64
        %v3474 = arith.divui %v3473, %v53 : i64
        %v3475 = arith.remui %v3473, %v53 : i64
        %v3476 = arith.addi %v45, %v3474 : i64
        %v3477 = arith.muli %v3476, %v64 : i64
        %v3478 = arith.addi %v3477, %v3475 : i64
        %v3479 = llvm.getelementptr %v6[%v3478] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2733, %v3479 : f32, !llvm.ptr<3>
        %v3480 = arith.addi %v3034, %v13 : i64
        %v3481 = arith.divui %v3480, %v53 : i64
        %v3482 = arith.remui %v3480, %v53 : i64
        %v3483 = arith.addi %v45, %v3481 : i64
        %v3484 = arith.muli %v3483, %v64 : i64
        %v3485 = arith.addi %v3484, %v3482 : i64
        %v3486 = llvm.getelementptr %v6[%v3485] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2747, %v3486 : f32, !llvm.ptr<3>
        %v3487 = arith.addi %v3041, %v13 : i64
        %v3488 = arith.divui %v3487, %v53 : i64
        %v3489 = arith.remui %v3487, %v53 : i64
        %v3490 = arith.addi %v45, %v3488 : i64
        %v3491 = arith.muli %v3490, %v64 : i64
        %v3492 = arith.addi %v3491, %v3489 : i64
        %v3493 = llvm.getelementptr %v6[%v3492] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2761, %v3493 : f32, !llvm.ptr<3>
        %v3494 = arith.addi %v3048, %v13 : i64
        %v3495 = arith.divui %v3494, %v53 : i64
        %v3496 = arith.remui %v3494, %v53 : i64
        %v3497 = arith.addi %v45, %v3495 : i64
        %v3498 = arith.muli %v3497, %v64 : i64
        %v3499 = arith.addi %v3498, %v3496 : i64
        %v3500 = llvm.getelementptr %v6[%v3499] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2775, %v3500 : f32, !llvm.ptr<3>
        %v3501 = arith.addi %v3055, %v13 : i64
        %v3502 = arith.divui %v3501, %v53 : i64
        %v3503 = arith.remui %v3501, %v53 : i64
        %v3504 = arith.addi %v45, %v3502 : i64
        %v3505 = arith.muli %v3504, %v64 : i64
        %v3506 = arith.addi %v3505, %v3503 : i64
        %v3507 = llvm.getelementptr %v6[%v3506] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2789, %v3507 : f32, !llvm.ptr<3>
        %v3508 = arith.addi %v3062, %v13 : i64
        %v3509 = arith.divui %v3508, %v53 : i64
        %v3510 = arith.remui %v3508, %v53 : i64
        %v3511 = arith.addi %v45, %v3509 : i64
        %v3512 = arith.muli %v3511, %v64 : i64
        %v3513 = arith.addi %v3512, %v3510 : i64
        %v3514 = llvm.getelementptr %v6[%v3513] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2803, %v3514 : f32, !llvm.ptr<3>
        %v3515 = arith.addi %v3069, %v13 : i64
        %v3516 = arith.divui %v3515, %v53 : i64
        %v3517 = arith.remui %v3515, %v53 : i64
        %v3518 = arith.addi %v45, %v3516 : i64
        %v3519 = arith.muli %v3518, %v64 : i64
        %v3520 = arith.addi %v3519, %v3517 : i64
        %v3521 = llvm.getelementptr %v6[%v3520] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2817, %v3521 : f32, !llvm.ptr<3>
        gpu.barrier
      }
      scf.if %v23 {
        %v3522 = arith.muli %v19, %v2 : i64
        %v3523 = arith.subi %v2, %v1 : i64
        %v3524 = arith.minsi %v22, %v3523 : i64
        %v3525 = arith.addi %v3522, %v3524 : i64
        %v3526 = llvm.load %v4 : !llvm.ptr -> f32
        %v3527 = llvm.getelementptr %agga_h[%v3525] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3526, %v3527 : f32, !llvm.ptr
        %v3528 = llvm.load %v3 : !llvm.ptr -> f32
        %v3529 = llvm.getelementptr %aggb_h[%v3525] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3528, %v3529 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
