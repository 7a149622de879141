module attributes {gpu.container_module} {
  gpu.module @linrec {
    llvm.mlir.global internal @rows_rglru_chunk_apply() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<256 x i64>
    llvm.mlir.global internal @smem_rglru_chunk_apply() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<8448 x f32>
    gpu.func @rglru_chunk_apply(%in_x: !llvm.ptr, %in_gate_a: !llvm.ptr, %in_gate_x: !llvm.ptr, %in_Lambda: !llvm.ptr, %out_y: !llvm.ptr, %carry_h: !llvm.ptr, %ckpt_h: !llvm.ptr, %size_B: i64, %size_D: i64, %size_L: i64) kernel {
      %v1 = arith.constant 1 : i64
      %v2 = arith.muli %size_B, %size_D : i64
      %v3 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v4 = llvm.mlir.addressof @rows_rglru_chunk_apply : !llvm.ptr<3>
      %v5 = llvm.mlir.addressof @smem_rglru_chunk_apply : !llvm.ptr<3>
      %v6 = arith.constant 255 : i64
      %v7 = arith.addi %size_L, %v6 : i64
      %v8 = arith.constant 256 : i64
      %v9 = arith.divui %v7, %v8 : i64
      %v14 = arith.constant 64 : i64
      %v15 = arith.constant 63 : i64
      %v29 = arith.constant 0 : i64
      %v30 = arith.muli %size_L, %size_D : i64
      %v43 = arith.constant 2 : i64
      %v44 = arith.constant 128 : i64
      %v50 = arith.constant -1 : i64
      %v52 = arith.constant 3 : i64
      %v53 = arith.constant 192 : i64
      %v65 = arith.constant 32 : i64
      %v76 = arith.constant 33 : i64
      %v94 = arith.constant 4 : i64
      %v108 = arith.constant 6 : i64
      %v122 = arith.constant 8 : i64
      %v136 = arith.constant 10 : i64
      %v150 = arith.constant 12 : i64
      %v164 = arith.constant 14 : i64
      %v178 = arith.constant 16 : i64
      %v192 = arith.constant 18 : i64
      %v206 = arith.constant 20 : i64
      %v220 = arith.constant 22 : i64
      %v234 = arith.constant 24 : i64
      %v248 = arith.constant 26 : i64
      %v262 = arith.constant 28 : i64
      %v276 = arith.constant 30 : i64
      %v303 = arith.constant 34 : i64
      %v317 = arith.constant 36 : i64
      %v331 = arith.constant 38 : i64
      %v345 = arith.constant 40 : i64
      %v359 = arith.constant 42 : i64
      %v373 = arith.constant 44 : i64
      %v387 = arith.constant 46 : i64
      %v401 = arith.constant 48 : i64
      %v415 = arith.constant 50 : i64
      %v429 = arith.constant 52 : i64
      %v443 = arith.constant 54 : i64
      %v457 = arith.constant 56 : i64
      %v471 = arith.constant 58 : i64
      %v485 = arith.constant 60 : i64
      %v499 = arith.constant 62 : i64
      %v1518 = arith.muli %size_B, %size_D : i64
      %v2851 = arith.constant 0x3F800000 : f32
      %v2853 = arith.constant 0x3FB8AA3B : f32
      %v2858 = arith.constant 0x41000000 : f32
      %v2929 = arith.constant 320 : i64
      %v2936 = arith.constant 384 : i64
      %v2943 = arith.constant 448 : i64
      %v2950 = arith.constant 512 : i64
      %v2957 = arith.constant 576 : i64
      %v2964 = arith.constant 640 : i64
      %v2971 = arith.constant 704 : i64
      %v2978 = arith.constant 768 : i64
      %v2985 = arith.constant 832 : i64
      %v2992 = arith.constant 896 : i64
      %v2999 = arith.constant 960 : i64
      %v3006 = arith.constant 1024 : i64
      %v3013 = arith.constant 1088 : i64
      %v3020 = arith.constant 1152 : i64
      %v3027 = arith.constant 1216 : i64
      %v3034 = arith.constant 1280 : i64
      %v3041 = arith.constant 1344 : i64
      %v3048 = arith.constant 1408 : i64
      %v3055 = arith.constant 1472 : i64
      %v3062 = arith.constant 1536 : i64
      %v3069 = arith.constant 1600 : i64
      %v3076 = arith.constant 1664 : i64
      %v3083 = arith.constant 1728 : i64
      %v3090 = arith.constant 1792 : i64
      %v3097 = arith.constant 1856 : i64
      %v3104 = arith.constant 1920 : i64
      %v3111 = arith.constant 1984 : i64
      %v10 = gpu.block_id x
      %v11 = gpu.thread_id x
      %v12 = arith.index_cast %v11 : index to i64
      %v13 = arith.index_cast %v10 : index to i64
      %v16 = arith.addi %v2, %v15 : i64
      %v17 = arith.divui %v16, %v14 : i64
      %v18 = arith.divui %v13, %v17 : i64
      %v19 = arith.remui %v13, %v17 : i64
      %v20 = arith.muli %v19, %v14 : i64
      %v21 = arith.addi %v20, %v12 : i64
      %v22 = arith.cmpi slt, %v21, %v2 : i64
      %v23 = arith.subi %v2, %v1 : i64
      %v24 = arith.minsi %v21, %v23 : i64
      %v25 = arith.remui %v24, %size_D : i64
      %v26 = arith.divui %v24, %size_D : i64
      %v27 = arith.remui %v26, %size_B : i64
      %v28 = arith.divui %v26, %size_B : i64
      %v2849 = llvm.getelementptr %in_Lambda[%v25] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v2850 = llvm.load %v2849 : !llvm.ptr -> f32
      %v2852 = arith.negf %v2850 : f32
      %v2854 = arith.mulf %v2852, %v2853 fastmath<contract> : f32
      %v2855 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2854) : (f32) -> f32
      %v2856 = arith.addf %v2851, %v2855 fastmath<contract> : f32
      %v2857 = arith.divf %v2851, %v2856 : f32
      %v31 = arith.muli %v27, %v30 : i64
      %v32 = arith.muli %v25, %size_L : i64
      %v33 = arith.addi %v31, %v32 : i64
      %v34 = llvm.getelementptr %v4[%v12] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      llvm.store %v33, %v34 : i64, !llvm.ptr<3>
      %v35 = arith.muli %v27, %v30 : i64
      %v36 = arith.muli %v25, %size_L : i64
      %v37 = arith.addi %v35, %v36 : i64
      %v38 = arith.addi %v14, %v12 : i64
      %v39 = llvm.getelementptr %v4[%v38] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      llvm.store %v37, %v39 : i64, !llvm.ptr<3>
      %v40 = arith.muli %v27, %v30 : i64
      %v41 = arith.muli %v25, %size_L : i64
      %v42 = arith.addi %v40, %v41 : i64
      %v45 = arith.addi %v44, %v12 : i64
      %v46 = llvm.getelementptr %v4[%v45] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      llvm.store %v42, %v46 : i64, !llvm.ptr<3>
      %v47 = arith.muli %v27, %v30 : i64
      %v48 = arith.muli %v25, %size_L : i64
      %v49 = arith.addi %v47, %v48 : i64
      %v51 = arith.select %v22, %v49, %v50 : i64
      %v54 = arith.addi %v53, %v12 : i64
      %v55 = llvm.getelementptr %v4[%v54] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      llvm.store %v51, %v55 : i64, !llvm.ptr<3>
      gpu.barrier
      %v56 = arith.muli %v18, %v2 : i64
      %v57 = arith.subi %v2, %v1 : i64
      %v58 = arith.minsi %v21, %v57 : i64
      %v59 = arith.addi %v56, %v58 : i64
      %v60 = llvm.getelementptr %carry_h[%v59] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v61 = llvm.load %v60 : !llvm.ptr -> f32
      llvm.store %v61, %v3 : f32, !llvm.ptr
      %v62 = arith.muli %v18, %v8 : i64
      %v63 = arith.addi %v62, %v8 : i64
      %v64 = arith.minsi %v63, %size_L : i64
      // staged load of `x`'s first tile: read, then shared memory
      %v66 = arith.divui %v12, %v65 : i64
      %v67 = arith.remui %v12, %v65 : i64
      %v68 = arith.constant true
      %v69 = llvm.getelementptr %v4[%v66] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v70 = llvm.load %v69 : !llvm.ptr<3> -> i64
      %v71 = arith.addi %v62, %v67 : i64
      %v72 = arith.cmpi slt, %v71, %v64 : i64
      %v73 = arith.subi %size_L, %v1 : i64
      %v74 = arith.minsi %v71, %v73 : i64
      %v75 = arith.addi %v70, %v74 : i64
      %v77 = arith.muli %v66, %v76 : i64
      %v78 = arith.addi %v77, %v67 : i64
      %v79 = llvm.getelementptr %in_x[%v75] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v80 = llvm.load %v79 : !llvm.ptr -> f32
      %v81 = arith.addi %v66, %v43 : i64
      %v82 = arith.constant true
      %v83 = llvm.getelementptr %v4[%v81] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v84 = llvm.load %v83 : !llvm.ptr<3> -> i64
      %v85 = arith.addi %v62, %v67 : i64
      %v86 = arith.cmpi slt, %v85, %v64 : i64
      %v87 = arith.subi %size_L, %v1 : i64
      %v88 = arith.minsi %v85, %v87 : i64
      %v89 = arith.addi %v84, %v88 : i64
      %v90 = arith.muli %v81, %v76 : i64
      %v91 = arith.addi %v90, %v67 : i64
      %v92 = llvm.getelementptr %in_x[%v89] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v93 = llvm.load %v92 : !llvm.ptr -> f32
      %v95 = arith.addi %v66, %v94 : i64
      %v96 = arith.constant true
      %v97 = llvm.getelementptr %v4[%v95] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v98 = llvm.load %v97 : !llvm.ptr<3> -> i64
      %v99 = arith.addi %v62, %v67 : i64
      %v100 = arith.cmpi slt, %v99, %v64 : i64
      %v101 = arith.subi %size_L, %v1 : i64
      %v102 = arith.minsi %v99, %v101 : i64
      %v103 = arith.addi %v98, %v102 : i64
      %v104 = arith.muli %v95, %v76 : i64
      %v105 = arith.addi %v104, %v67 : i64
      %v106 = llvm.getelementptr %in_x[%v103] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v107 = llvm.load %v106 : !llvm.ptr -> f32
      %v109 = arith.addi %v66, %v108 : i64
      %v110 = arith.constant true
      %v111 = llvm.getelementptr %v4[%v109] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v112 = llvm.load %v111 : !llvm.ptr<3> -> i64
      %v113 = arith.addi %v62, %v67 : i64
      %v114 = arith.cmpi slt, %v113, %v64 : i64
      %v115 = arith.subi %size_L, %v1 : i64
      %v116 = arith.minsi %v113, %v115 : i64
      %v117 = arith.addi %v112, %v116 : i64
      %v118 = arith.muli %v109, %v76 : i64
      %v119 = arith.addi %v118, %v67 : i64
      %v120 = llvm.getelementptr %in_x[%v117] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v121 = llvm.load %v120 : !llvm.ptr -> f32
      %v123 = arith.addi %v66, %v122 : i64
      %v124 = arith.constant true
      %v125 = llvm.getelementptr %v4[%v123] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v126 = llvm.load %v125 : !llvm.ptr<3> -> i64
      %v127 = arith.addi %v62, %v67 : i64
      %v128 = arith.cmpi slt, %v127, %v64 : i64
      %v129 = arith.subi %size_L, %v1 : i64
      %v130 = arith.minsi %v127, %v129 : i64
      %v131 = arith.addi %v126, %v130 : i64
      %v132 = arith.muli %v123, %v76 : i64
      %v133 = arith.addi %v132, %v67 : i64
      %v134 = llvm.getelementptr %in_x[%v131] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v135 = llvm.load %v134 : !llvm.ptr -> f32
      %v137 = arith.addi %v66, %v136 : i64
      %v138 = arith.constant true
      %v139 = llvm.getelementptr %v4[%v137] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v140 = llvm.load %v139 : !llvm.ptr<3> -> i64
      %v141 = arith.addi %v62, %v67 : i64
      %v142 = arith.cmpi slt, %v141, %v64 : i64
      %v143 = arith.subi %size_L, %v1 : i64
      %v144 = arith.minsi %v141, %v143 : i64
      %v145 = arith.addi %v140, %v144 : i64
      %v146 = arith.muli %v137, %v76 : i64
      %v147 = arith.addi %v146, %v67 : i64
      %v148 = llvm.getelementptr %in_x[%v145] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v149 = llvm.load %v148 : !llvm.ptr -> f32
      %v151 = arith.addi %v66, %v150 : i64
      %v152 = arith.constant true
      %v153 = llvm.getelementptr %v4[%v151] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v154 = llvm.load %v153 : !llvm.ptr<3> -> i64
      %v155 = arith.addi %v62, %v67 : i64
      %v156 = arith.cmpi slt, %v155, %v64 : i64
      %v157 = arith.subi %size_L, %v1 : i64
      %v158 = arith.minsi %v155, %v157 : i64
      %v159 = arith.addi %v154, %v158 : i64
      %v160 = arith.muli %v151, %v76 : i64
      %v161 = arith.addi %v160, %v67 : i64
      %v162 = llvm.getelementptr %in_x[%v159] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v163 = llvm.load %v162 : !llvm.ptr -> f32
      %v165 = arith.addi %v66, %v164 : i64
      %v166 = arith.constant true
      %v167 = llvm.getelementptr %v4[%v165] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v168 = llvm.load %v167 : !llvm.ptr<3> -> i64
      %v169 = arith.addi %v62, %v67 : i64
      %v170 = arith.cmpi slt, %v169, %v64 : i64
      %v171 = arith.subi %size_L, %v1 : i64
      %v172 = arith.minsi %v169, %v171 : i64
      %v173 = arith.addi %v168, %v172 : i64
      %v174 = arith.muli %v165, %v76 : i64
      %v175 = arith.addi %v174, %v67 : i64
      %v176 = llvm.getelementptr %in_x[%v173] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v177 = llvm.load %v176 : !llvm.ptr -> f32
      %v179 = arith.addi %v66, %v178 : i64
      %v180 = arith.constant true
      %v181 = llvm.getelementptr %v4[%v179] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v182 = llvm.load %v181 : !llvm.ptr<3> -> i64
      %v183 = arith.addi %v62, %v67 : i64
      %v184 = arith.cmpi slt, %v183, %v64 : i64
      %v185 = arith.subi %size_L, %v1 : i64
      %v186 = arith.minsi %v183, %v185 : i64
      %v187 = arith.addi %v182, %v186 : i64
      %v188 = arith.muli %v179, %v76 : i64
      %v189 = arith.addi %v188, %v67 : i64
      %v190 = llvm.getelementptr %in_x[%v187] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v191 = llvm.load %v190 : !llvm.ptr -> f32
      %v193 = arith.addi %v66, %v192 : i64
      %v194 = arith.constant true
      %v195 = llvm.getelementptr %v4[%v193] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v196 = llvm.load %v195 : !llvm.ptr<3> -> i64
      %v197 = arith.addi %v62, %v67 : i64
      %v198 = arith.cmpi slt, %v197, %v64 : i64
      %v199 = arith.subi %size_L, %v1 : i64
      %v200 = arith.minsi %v197, %v199 : i64
      %v201 = arith.addi %v196, %v200 : i64
      %v202 = arith.muli %v193, %v76 : i64
      %v203 = arith.addi %v202, %v67 : i64
      %v204 = llvm.getelementptr %in_x[%v201] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v205 = llvm.load %v204 : !llvm.ptr -> f32
      %v207 = arith.addi %v66, %v206 : i64
      %v208 = arith.constant true
      %v209 = llvm.getelementptr %v4[%v207] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v210 = llvm.load %v209 : !llvm.ptr<3> -> i64
      %v211 = arith.addi %v62, %v67 : i64
      %v212 = arith.cmpi slt, %v211, %v64 : i64
      %v213 = arith.subi %size_L, %v1 : i64
      %v214 = arith.minsi %v211, %v213 : i64
      %v215 = arith.addi %v210, %v214 : i64
      %v216 = arith.muli %v207, %v76 : i64
      %v217 = arith.addi %v216, %v67 : i64
      %v218 = llvm.getelementptr %in_x[%v215] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v219 = llvm.load %v218 : !llvm.ptr -> f32
      %v221 = arith.addi %v66, %v220 : i64
      %v222 = arith.constant true
      %v223 = llvm.getelementptr %v4[%v221] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v224 = llvm.load %v223 : !llvm.ptr<3> -> i64
      %v225 = arith.addi %v62, %v67 : i64
      %v226 = arith.cmpi slt, %v225, %v64 : i64
      %v227 = arith.subi %size_L, %v1 : i64
      %v228 = arith.minsi %v225, %v227 : i64
      %v229 = arith.addi %v224, %v228 : i64
      %v230 = arith.muli %v221, %v76 : i64
      %v231 = arith.addi %v230, %v67 : i64
      %v232 = llvm.getelementptr %in_x[%v229] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v233 = llvm.load %v232 : !llvm.ptr -> f32
      %v235 = arith.addi %v66, %v234 : i64
      %v236 = arith.constant true
      %v237 = llvm.getelementptr %v4[%v235] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v238 = llvm.load %v237 : !llvm.ptr<3> -> i64
      %v239 = arith.addi %v62, %v67 : i64
      %v240 = arith.cmpi slt, %v239, %v64 : i64
      %v241 = arith.subi %size_L, %v1 : i64
      %v242 = arith.minsi %v239, %v241 : i64
      %v243 = arith.addi %v238, %v242 : i64
      %v244 = arith.muli %v235, %v76 : i64
      %v245 = arith.addi %v244, %v67 : i64
      %v246 = llvm.getelementptr %in_x[%v243] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v247 = llvm.load %v246 : !llvm.ptr -> f32
      %v249 = arith.addi %v66, %v248 : i64
      %v250 = arith.constant true
      %v251 = llvm.getelementptr %v4[%v249] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v252 = llvm.load %v251 : !llvm.ptr<3> -> i64
      %v253 = arith.addi %v62, %v67 : i64
      %v254 = arith.cmpi slt, %v253, %v64 : i64
      %v255 = arith.subi %size_L, %v1 : i64
      %v256 = arith.minsi %v253, %v255 : i64
      %v257 = arith.addi %v252, %v256 : i64
      %v258 = arith.muli %v249, %v76 : i64
      %v259 = arith.addi %v258, %v67 : i64
      %v260 = llvm.getelementptr %in_x[%v257] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v261 = llvm.load %v260 : !llvm.ptr -> f32
      %v263 = arith.addi %v66, %v262 : i64
      %v264 = arith.constant true
      %v265 = llvm.getelementptr %v4[%v263] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v266 = llvm.load %v265 : !llvm.ptr<3> -> i64
      %v267 = arith.addi %v62, %v67 : i64
      %v268 = arith.cmpi slt, %v267, %v64 : i64
      %v269 = arith.subi %size_L, %v1 : i64
      %v270 = arith.minsi %v267, %v269 : i64
      %v271 = arith.addi %v266, %v270 : i64
      %v272 = arith.muli %v263, %v76 : i64
      %v273 = arith.addi %v272, %v67 : i64
      %v274 = llvm.getelementptr %in_x[%v271] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v275 = llvm.load %v274 : !llvm.ptr -> f32
      %v277 = arith.addi %v66, %v276 : i64
      %v278 = arith.constant true
      %v279 = llvm.getelementptr %v4[%v277] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v280 = llvm.load %v279 : !llvm.ptr<3> -> i64
      %v281 = arith.addi %v62, %v67 : i64
      %v282 = arith.cmpi slt, %v281, %v64 : i64
      %v283 = arith.subi %size_L, %v1 : i64
      %v284 = arith.minsi %v281, %v283 : i64
      %v285 = arith.addi %v280, %v284 : i64
      %v286 = arith.muli %v277, %v76 : i64
      %v287 = arith.addi %v286, %v67 : i64
      %v288 = llvm.getelementptr %in_x[%v285] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v289 = llvm.load %v288 : !llvm.ptr -> f32
      %v290 = arith.addi %v66, %v65 : i64
      %v291 = arith.constant true
      %v292 = llvm.getelementptr %v4[%v290] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v293 = llvm.load %v292 : !llvm.ptr<3> -> i64
      %v294 = arith.addi %v62, %v67 : i64
      %v295 = arith.cmpi slt, %v294, %v64 : i64
      %v296 = arith.subi %size_L, %v1 : i64
      %v297 = arith.minsi %v294, %v296 : i64
      %v298 = arith.addi %v293, %v297 : i64
      %v299 = arith.muli %v290, %v76 : i64
      %v300 = arith.addi %v299, %v67 : i64
      %v301 = llvm.getelementptr %in_x[%v298] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v302 = llvm.load %v301 : !llvm.ptr -> f32
      %v304 = arith.addi %v66, %v303 : i64
      %v305 = arith.constant true
      %v306 = llvm.getelementptr %v4[%v304] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v307 = llvm.load %v306 : !llvm.ptr<3> -> i64
      %v308 = arith.addi %v62, %v67 : i64
      %v309 = arith.cmpi slt, %v308, %v64 : i64
      %v310 = arith.subi %size_L, %v1 : i64
      %v311 = arith.minsi %v308, %v310 : i64
      %v312 = arith.addi %v307, %v311 : i64
      %v313 = arith.muli %v304, %v76 : i64
      %v314 = arith.addi %v313, %v67 : i64
      %v315 = llvm.getelementptr %in_x[%v312] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v316 = llvm.load %v315 : !llvm.ptr -> f32
      %v318 = arith.addi %v66, %v317 : i64
      %v319 = arith.constant true
      %v320 = llvm.getelementptr %v4[%v318] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v321 = llvm.load %v320 : !llvm.ptr<3> -> i64
      %v322 = arith.addi %v62, %v67 : i64
      %v323 = arith.cmpi slt, %v322, %v64 : i64
      %v324 = arith.subi %size_L, %v1 : i64
      %v325 = arith.minsi %v322, %v324 : i64
      %v326 = arith.addi %v321, %v325 : i64
      %v327 = arith.muli %v318, %v76 : i64
      %v328 = arith.addi %v327, %v67 : i64
      %v329 = llvm.getelementptr %in_x[%v326] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v330 = llvm.load %v329 : !llvm.ptr -> f32
      %v332 = arith.addi %v66, %v331 : i64
      %v333 = arith.constant true
      %v334 = llvm.getelementptr %v4[%v332] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v335 = llvm.load %v334 : !llvm.ptr<3> -> i64
      %v336 = arith.addi %v62, %v67 : i64
      %v337 = arith.cmpi slt, %v336, %v64 : i64
      %v338 = arith.subi %size_L, %v1 : i64
      %v339 = arith.minsi %v336, %v338 : i64
      %v340 = arith.addi %v335, %v339 : i64
      %v341 = arith.muli %v332, %v76 : i64
      %v342 = arith.addi %v341, %v67 : i64
      %v343 = llvm.getelementptr %in_x[%v340] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v344 = llvm.load %v343 : !llvm.ptr -> f32
      %v346 = arith.addi %v66, %v345 : i64
      %v347 = arith.constant true
      %v348 = llvm.getelementptr %v4[%v346] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v349 = llvm.load %v348 : !llvm.ptr<3> -> i64
      %v350 = arith.addi %v62, %v67 : i64
      %v351 = arith.cmpi slt, %v350, %v64 : i64
      %v352 = arith.subi %size_L, %v1 : i64
      %v353 = arith.minsi %v350, %v352 : i64
      %v354 = arith.addi %v349, %v353 : i64
      %v355 = arith.muli %v346, %v76 : i64
      %v356 = arith.addi %v355, %v67 : i64
      %v357 = llvm.getelementptr %in_x[%v354] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v358 = llvm.load %v357 : !llvm.ptr -> f32
      %v360 = arith.addi %v66, %v359 : i64
      %v361 = arith.constant true
      %v362 = llvm.getelementptr %v4[%v360] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v363 = llvm.load %v362 : !llvm.ptr<3> -> i64
      %v364 = arith.addi %v62, %v67 : i64
      %v365 = arith.cmpi slt, %v364, %v64 : i64
      %v366 = arith.subi %size_L, %v1 : i64
      %v367 = arith.minsi %v364, %v366 : i64
      %v368 = arith.addi %v363, %v367 : i64
      %v369 = arith.muli %v360, %v76 : i64
      %v370 = arith.addi %v369, %v67 : i64
      %v371 = llvm.getelementptr %in_x[%v368] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v372 = llvm.load %v371 : !llvm.ptr -> f32
      %v374 = arith.addi %v66, %v373 : i64
      %v375 = arith.constant true
      %v376 = llvm.getelementptr %v4[%v374] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v377 = llvm.load %v376 : !llvm.ptr<3> -> i64
      %v378 = arith.addi %v62, %v67 : i64
      %v379 = arith.cmpi slt, %v378, %v64 : i64
      %v380 = arith.subi %size_L, %v1 : i64
      %v381 = arith.minsi %v378, %v380 : i64
      %v382 = arith.addi %v377, %v381 : i64
      %v383 = arith.muli %v374, %v76 : i64
      %v384 = arith.addi %v383, %v67 : i64
      %v385 = llvm.getelementptr %in_x[%v382] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v386 = llvm.load %v385 : !llvm.ptr -> f32
      %v388 = arith.addi %v66, %v387 : i64
      %v389 = arith.constant true
      %v390 = llvm.getelementptr %v4[%v388] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v391 = llvm.load %v390 : !llvm.ptr<3> -> i64
      %v392 = arith.addi %v62, %v67 : i64
      %v393 = arith.cmpi slt, %v392, %v64 : i64
      %v394 = arith.subi %size_L, %v1 : i64
      %v395 = arith.minsi %v392, %v394 : i64
      %v396 = arith.addi %v391, %v395 : i64
      %v397 = arith.muli %v388, %v76 : i64
      %v398 = arith.addi %v397, %v67 : i64
      %v399 = llvm.getelementptr %in_x[%v396] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v400 = llvm.load %v399 : !llvm.ptr -> f32
      %v402 = arith.addi %v66, %v401 : i64
      %v403 = arith.constant true
      %v404 = llvm.getelementptr %v4[%v402] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v405 = llvm.load %v404 : !llvm.ptr<3> -> i64
      %v406 = arith.addi %v62, %v67 : i64
      %v407 = arith.cmpi slt, %v406, %v64 : i64
      %v408 = arith.subi %size_L, %v1 : i64
      %v409 = arith.minsi %v406, %v408 : i64
      %v410 = arith.addi %v405, %v409 : i64
      %v411 = arith.muli %v402, %v76 : i64
      %v412 = arith.addi %v411, %v67 : i64
      %v413 = llvm.getelementptr %in_x[%v410] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v414 = llvm.load %v413 : !llvm.ptr -> f32
      %v416 = arith.addi %v66, %v415 : i64
      %v417 = arith.constant true
      %v418 = llvm.getelementptr %v4[%v416] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v419 = llvm.load %v418 : !llvm.ptr<3> -> i64
      %v420 = arith.addi %v62, %v67 : i64
      %v421 = arith.cmpi slt, %v420, %v64 : i64
      %v422 = arith.subi %size_L, %v1 : i64
      %v423 = arith.minsi %v420, %v422 : i64
      %v424 = arith.addi %v419, %v423 : i64
      %v425 = arith.muli %v416, %v76 : i64
      %v426 = arith.addi %v425, %v67 : i64
      %v427 = llvm.getelementptr %in_x[%v424] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v428 = llvm.load %v427 : !llvm.ptr -> f32
      %v430 = arith.addi %v66, %v429 : i64
      %v431 = arith.constant true
      %v432 = llvm.getelementptr %v4[%v430] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v433 = llvm.load %v432 : !llvm.ptr<3> -> i64
      %v434 = arith.addi %v62, %v67 : i64
      %v435 = arith.cmpi slt, %v434, %v64 : i64
      %v436 = arith.subi %size_L, %v1 : i64
      %v437 = arith.minsi %v434, %v436 : i64
      %v438 = arith.addi %v433, %v437 : i64
      %v439 = arith.muli %v430, %v76 : i64
      %v440 = arith.addi %v439, %v67 : i64
      %v441 = llvm.getelementptr %in_x[%v438] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v442 = llvm.load %v441 : !llvm.ptr -> f32
      %v444 = arith.addi %v66, %v443 : i64
      %v445 = arith.constant true
      %v446 = llvm.getelementptr %v4[%v444] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v447 = llvm.load %v446 : !llvm.ptr<3> -> i64
      %v448 = arith.addi %v62, %v67 : i64
      %v449 = arith.cmpi slt, %v448, %v64 : i64
      %v450 = arith.subi %size_L, %v1 : i64
      %v451 = arith.minsi %v448, %v450 : i64
      %v452 = arith.addi %v447, %v451 : i64
      %v453 = arith.muli %v444, %v76 : i64
      %v454 = arith.addi %v453, %v67 : i64
      %v455 = llvm.getelementptr %in_x[%v452] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v456 = llvm.load %v455 : !llvm.ptr -> f32
      %v458 = arith.addi %v66, %v457 : i64
      %v459 = arith.constant true
      %v460 = llvm.getelementptr %v4[%v458] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v461 = llvm.load %v460 : !llvm.ptr<3> -> i64
      %v462 = arith.addi %v62, %v67 : i64
      %v463 = arith.cmpi slt, %v462, %v64 : i64
      %v464 = arith.subi %size_L, %v1 : i64
      %v465 = arith.minsi %v462, %v464 : i64
      %v466 = arith.addi %v461, %v465 : i64
      %v467 = arith.muli %v458, %v76 : i64
      %v468 = arith.addi %v467, %v67 : i64
      %v469 = llvm.getelementptr %in_x[%v466] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v470 = llvm.load %v469 : !llvm.ptr -> f32
      %v472 = arith.addi %v66, %v471 : i64
      %v473 = arith.constant true
      %v474 = llvm.getelementptr %v4[%v472] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v475 = llvm.load %v474 : !llvm.ptr<3> -> i64
      %v476 = arith.addi %v62, %v67 : i64
      %v477 = arith.cmpi slt, %v476, %v64 : i64
      %v478 = arith.subi %size_L, %v1 : i64
      %v479 = arith.minsi %v476, %v478 : i64
      %v480 = arith.addi %v475, %v479 : i64
      %v481 = arith.muli %v472, %v76 : i64
      %v482 = arith.addi %v481, %v67 : i64
      %v483 = llvm.getelementptr %in_x[%v480] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v484 = llvm.load %v483 : !llvm.ptr -> f32
      %v486 = arith.addi %v66, %v485 : i64
      %v487 = arith.constant true
      %v488 = llvm.getelementptr %v4[%v486] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v489 = llvm.load %v488 : !llvm.ptr<3> -> i64
      %v490 = arith.addi %v62, %v67 : i64
      %v491 = arith.cmpi slt, %v490, %v64 : i64
      %v492 = arith.subi %size_L, %v1 : i64
      %v493 = arith.minsi %v490, %v492 : i64
      %v494 = arith.addi %v489, %v493 : i64
      %v495 = arith.muli %v486, %v76 : i64
      %v496 = arith.addi %v495, %v67 : i64
      %v497 = llvm.getelementptr %in_x[%v494] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v498 = llvm.load %v497 : !llvm.ptr -> f32
      %v500 = arith.addi %v66, %v499 : i64
      %v501 = arith.constant true
      %v502 = llvm.getelementptr %v4[%v500] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v503 = llvm.load %v502 : !llvm.ptr<3> -> i64
      %v504 = arith.addi %v62, %v67 : i64
      %v505 = arith.cmpi slt, %v504, %v64 : i64
      %v506 = arith.subi %size_L, %v1 : i64
      %v507 = arith.minsi %v504, %v506 : i64
      %v508 = arith.addi %v503, %v507 : i64
      %v509 = arith.muli %v500, %v76 : i64
      %v510 = arith.addi %v509, %v67 : i64
      %v511 = llvm.getelementptr %in_x[%v508] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v512 = llvm.load %v511 : !llvm.ptr -> f32
      scf.if %v68 {
        %v513 = llvm.getelementptr %v5[%v78] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v80, %v513 : f32, !llvm.ptr<3>
      }
      scf.if %v82 {
        %v514 = llvm.getelementptr %v5[%v91] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v93, %v514 : f32, !llvm.ptr<3>
      }
      scf.if %v96 {
        %v515 = llvm.getelementptr %v5[%v105] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v107, %v515 : f32, !llvm.ptr<3>
      }
      scf.if %v110 {
        %v516 = llvm.getelementptr %v5[%v119] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v121, %v516 : f32, !llvm.ptr<3>
      }
      scf.if %v124 {
        %v517 = llvm.getelementptr %v5[%v133] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v135, %v517 : f32, !llvm.ptr<3>
      }
      scf.if %v138 {
        %v518 = llvm.getelementptr %v5[%v147] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v149, %v518 : f32, !llvm.ptr<3>
      }
      scf.if %v152 {
        %v519 = llvm.getelementptr %v5[%v161] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v163, %v519 : f32, !llvm.ptr<3>
      }
      scf.if %v166 {
        %v520 = llvm.getelementptr %v5[%v175] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v177, %v520 : f32, !llvm.ptr<3>
      }
      scf.if %v180 {
        %v521 = llvm.getelementptr %v5[%v189] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v191, %v521 : f32, !llvm.ptr<3>
      }
      scf.if %v194 {
        %v522 = llvm.getelementptr %v5[%v203] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v205, %v522 : f32, !llvm.ptr<3>
      }
      scf.if %v208 {
        %v523 = llvm.getelementptr %v5[%v217] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v219, %v523 : f32, !llvm.ptr<3>
      }
      scf.if %v222 {
        %v524 = llvm.getelementptr %v5[%v231] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v233, %v524 : f32, !llvm.ptr<3>
      }
      scf.if %v236 {
        %v525 = llvm.getelementptr %v5[%v245] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v247, %v525 : f32, !llvm.ptr<3>
      }
      scf.if %v250 {
        %v526 = llvm.getelementptr %v5[%v259] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v261, %v526 : f32, !llvm.ptr<3>
      }
      scf.if %v264 {
        %v527 = llvm.getelementptr %v5[%v273] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v275, %v527 : f32, !llvm.ptr<3>
      }
      scf.if %v278 {
        %v528 = llvm.getelementptr %v5[%v287] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v289, %v528 : f32, !llvm.ptr<3>
      }
      scf.if %v291 {
        %v529 = llvm.getelementptr %v5[%v300] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v302, %v529 : f32, !llvm.ptr<3>
      }
      scf.if %v305 {
        %v530 = llvm.getelementptr %v5[%v314] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v316, %v530 : f32, !llvm.ptr<3>
      }
      scf.if %v319 {
        %v531 = llvm.getelementptr %v5[%v328] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v330, %v531 : f32, !llvm.ptr<3>
      }
      scf.if %v333 {
        %v532 = llvm.getelementptr %v5[%v342] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v344, %v532 : f32, !llvm.ptr<3>
      }
      scf.if %v347 {
        %v533 = llvm.getelementptr %v5[%v356] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v358, %v533 : f32, !llvm.ptr<3>
      }
      scf.if %v361 {
        %v534 = llvm.getelementptr %v5[%v370] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v372, %v534 : f32, !llvm.ptr<3>
      }
      scf.if %v375 {
        %v535 = llvm.getelementptr %v5[%v384] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v386, %v535 : f32, !llvm.ptr<3>
      }
      scf.if %v389 {
        %v536 = llvm.getelementptr %v5[%v398] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v400, %v536 : f32, !llvm.ptr<3>
      }
      scf.if %v403 {
        %v537 = llvm.getelementptr %v5[%v412] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v414, %v537 : f32, !llvm.ptr<3>
      }
      scf.if %v417 {
        %v538 = llvm.getelementptr %v5[%v426] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v428, %v538 : f32, !llvm.ptr<3>
      }
      scf.if %v431 {
        %v539 = llvm.getelementptr %v5[%v440] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v442, %v539 : f32, !llvm.ptr<3>
      }
      scf.if %v445 {
        %v540 = llvm.getelementptr %v5[%v454] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v456, %v540 : f32, !llvm.ptr<3>
      }
      scf.if %v459 {
        %v541 = llvm.getelementptr %v5[%v468] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v470, %v541 : f32, !llvm.ptr<3>
      }
      scf.if %v473 {
        %v542 = llvm.getelementptr %v5[%v482] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v484, %v542 : f32, !llvm.ptr<3>
      }
      scf.if %v487 {
        %v543 = llvm.getelementptr %v5[%v496] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v498, %v543 : f32, !llvm.ptr<3>
      }
      scf.if %v501 {
        %v544 = llvm.getelementptr %v5[%v510] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v512, %v544 : f32, !llvm.ptr<3>
      }
      // end staged load of `x`
      // staged load of `gate_a`'s first tile: read, then shared memory
      %v545 = arith.divui %v12, %v65 : i64
      %v546 = arith.remui %v12, %v65 : i64
      %v547 = arith.constant true
      %v548 = arith.addi %v14, %v545 : i64
      %v549 = llvm.getelementptr %v4[%v548] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v550 = llvm.load %v549 : !llvm.ptr<3> -> i64
      %v551 = arith.addi %v62, %v546 : i64
      %v552 = arith.cmpi slt, %v551, %v64 : i64
      %v553 = arith.subi %size_L, %v1 : i64
      %v554 = arith.minsi %v551, %v553 : i64
      %v555 = arith.addi %v550, %v554 : i64
      %v556 = arith.muli %v548, %v76 : i64
      %v557 = arith.addi %v556, %v546 : i64
      %v558 = llvm.getelementptr %in_gate_a[%v555] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v559 = llvm.load %v558 : !llvm.ptr -> f32
      %v560 = arith.addi %v545, %v43 : i64
      %v561 = arith.constant true
      %v562 = arith.addi %v14, %v560 : i64
      %v563 = llvm.getelementptr %v4[%v562] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v564 = llvm.load %v563 : !llvm.ptr<3> -> i64
      %v565 = arith.addi %v62, %v546 : i64
      %v566 = arith.cmpi slt, %v565, %v64 : i64
      %v567 = arith.subi %size_L, %v1 : i64
      %v568 = arith.minsi %v565, %v567 : i64
      %v569 = arith.addi %v564, %v568 : i64
      %v570 = arith.muli %v562, %v76 : i64
      %v571 = arith.addi %v570, %v546 : i64
      %v572 = llvm.getelementptr %in_gate_a[%v569] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v573 = llvm.load %v572 : !llvm.ptr -> f32
      %v574 = arith.addi %v545, %v94 : i64
      %v575 = arith.constant true
      %v576 = arith.addi %v14, %v574 : i64
      %v577 = llvm.getelementptr %v4[%v576] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v578 = llvm.load %v577 : !llvm.ptr<3> -> i64
      %v579 = arith.addi %v62, %v546 : i64
      %v580 = arith.cmpi slt, %v579, %v64 : i64
      %v581 = arith.subi %size_L, %v1 : i64
      %v582 = arith.minsi %v579, %v581 : i64
      %v583 = arith.addi %v578, %v582 : i64
      %v584 = arith.muli %v576, %v76 : i64
      %v585 = arith.addi %v584, %v546 : i64
      %v586 = llvm.getelementptr %in_gate_a[%v583] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v587 = llvm.load %v586 : !llvm.ptr -> f32
      %v588 = arith.addi %v545, %v108 : i64
      %v589 = arith.constant true
      %v590 = arith.addi %v14, %v588 : i64
      %v591 = llvm.getelementptr %v4[%v590] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v592 = llvm.load %v591 : !llvm.ptr<3> -> i64
      %v593 = arith.addi %v62, %v546 : i64
      %v594 = arith.cmpi slt, %v593, %v64 : i64
      %v595 = arith.subi %size_L, %v1 : i64
      %v596 = arith.minsi %v593, %v595 : i64
      %v597 = arith.addi %v592, %v596 : i64
      %v598 = arith.muli %v590, %v76 : i64
      %v599 = arith.addi %v598, %v546 : i64
      %v600 = llvm.getelementptr %in_gate_a[%v597] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v601 = llvm.load %v600 : !llvm.ptr -> f32
      %v602 = arith.addi %v545, %v122 : i64
      %v603 = arith.constant true
      %v604 = arith.addi %v14, %v602 : i64
      %v605 = llvm.getelementptr %v4[%v604] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v606 = llvm.load %v605 : !llvm.ptr<3> -> i64
      %v607 = arith.addi %v62, %v546 : i64
      %v608 = arith.cmpi slt, %v607, %v64 : i64
      %v609 = arith.subi %size_L, %v1 : i64
      %v610 = arith.minsi %v607, %v609 : i64
      %v611 = arith.addi %v606, %v610 : i64
      %v612 = arith.muli %v604, %v76 : i64
      %v613 = arith.addi %v612, %v546 : i64
      %v614 = llvm.getelementptr %in_gate_a[%v611] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v615 = llvm.load %v614 : !llvm.ptr -> f32
      %v616 = arith.addi %v545, %v136 : i64
      %v617 = arith.constant true
      %v618 = arith.addi %v14, %v616 : i64
      %v619 = llvm.getelementptr %v4[%v618] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v620 = llvm.load %v619 : !llvm.ptr<3> -> i64
      %v621 = arith.addi %v62, %v546 : i64
      %v622 = arith.cmpi slt, %v621, %v64 : i64
      %v623 = arith.subi %size_L, %v1 : i64
      %v624 = arith.minsi %v621, %v623 : i64
      %v625 = arith.addi %v620, %v624 : i64
      %v626 = arith.muli %v618, %v76 : i64
      %v627 = arith.addi %v626, %v546 : i64
      %v628 = llvm.getelementptr %in_gate_a[%v625] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v629 = llvm.load %v628 : !llvm.ptr -> f32
      %v630 = arith.addi %v545, %v150 : i64
      %v631 = arith.constant true
      %v632 = arith.addi %v14, %v630 : i64
      %v633 = llvm.getelementptr %v4[%v632] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v634 = llvm.load %v633 : !llvm.ptr<3> -> i64
      %v635 = arith.addi %v62, %v546 : i64
      %v636 = arith.cmpi slt, %v635, %v64 : i64
      %v637 = arith.subi %size_L, %v1 : i64
      %v638 = arith.minsi %v635, %v637 : i64
      %v639 = arith.addi %v634, %v638 : i64
      %v640 = arith.muli %v632, %v76 : i64
      %v641 = arith.addi %v640, %v546 : i64
      %v642 = llvm.getelementptr %in_gate_a[%v639] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v643 = llvm.load %v642 : !llvm.ptr -> f32
      %v644 = arith.addi %v545, %v164 : i64
      %v645 = arith.constant true
      %v646 = arith.addi %v14, %v644 : i64
      %v647 = llvm.getelementptr %v4[%v646] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v648 = llvm.load %v647 : !llvm.ptr<3> -> i64
      %v649 = arith.addi %v62, %v546 : i64
      %v650 = arith.cmpi slt, %v649, %v64 : i64
      %v651 = arith.subi %size_L, %v1 : i64
      %v652 = arith.minsi %v649, %v651 : i64
      %v653 = arith.addi %v648, %v652 : i64
      %v654 = arith.muli %v646, %v76 : i64
      %v655 = arith.addi %v654, %v546 : i64
      %v656 = llvm.getelementptr %in_gate_a[%v653] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v657 = llvm.load %v656 : !llvm.ptr -> f32
      %v658 = arith.addi %v545, %v178 : i64
      %v659 = arith.constant true
      %v660 = arith.addi %v14, %v658 : i64
      %v661 = llvm.getelementptr %v4[%v660] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v662 = llvm.load %v661 : !llvm.ptr<3> -> i64
      %v663 = arith.addi %v62, %v546 : i64
      %v664 = arith.cmpi slt, %v663, %v64 : i64
      %v665 = arith.subi %size_L, %v1 : i64
      %v666 = arith.minsi %v663, %v665 : i64
      %v667 = arith.addi %v662, %v666 : i64
      %v668 = arith.muli %v660, %v76 : i64
      %v669 = arith.addi %v668, %v546 : i64
      %v670 = llvm.getelementptr %in_gate_a[%v667] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v671 = llvm.load %v670 : !llvm.ptr -> f32
      %v672 = arith.addi %v545, %v192 : i64
      %v673 = arith.constant true
      %v674 = arith.addi %v14, %v672 : i64
      %v675 = llvm.getelementptr %v4[%v674] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v676 = llvm.load %v675 : !llvm.ptr<3> -> i64
      %v677 = arith.addi %v62, %v546 : i64
      %v678 = arith.cmpi slt, %v677, %v64 : i64
      %v679 = arith.subi %size_L, %v1 : i64
      %v680 = arith.minsi %v677, %v679 : i64
      %v681 = arith.addi %v676, %v680 : i64
      %v682 = arith.muli %v674, %v76 : i64
      %v683 = arith.addi %v682, %v546 : i64
      %v684 = llvm.getelementptr %in_gate_a[%v681] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v685 = llvm.load %v684 : !llvm.ptr -> f32
      %v686 = arith.addi %v545, %v206 : i64
      %v687 = arith.constant true
      %v688 = arith.addi %v14, %v686 : i64
      %v689 = llvm.getelementptr %v4[%v688] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v690 = llvm.load %v689 : !llvm.ptr<3> -> i64
      %v691 = arith.addi %v62, %v546 : i64
      %v692 = arith.cmpi slt, %v691, %v64 : i64
      %v693 = arith.subi %size_L, %v1 : i64
      %v694 = arith.minsi %v691, %v693 : i64
      %v695 = arith.addi %v690, %v694 : i64
      %v696 = arith.muli %v688, %v76 : i64
      %v697 = arith.addi %v696, %v546 : i64
      %v698 = llvm.getelementptr %in_gate_a[%v695] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v699 = llvm.load %v698 : !llvm.ptr -> f32
      %v700 = arith.addi %v545, %v220 : i64
      %v701 = arith.constant true
      %v702 = arith.addi %v14, %v700 : i64
      %v703 = llvm.getelementptr %v4[%v702] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v704 = llvm.load %v703 : !llvm.ptr<3> -> i64
      %v705 = arith.addi %v62, %v546 : i64
      %v706 = arith.cmpi slt, %v705, %v64 : i64
      %v707 = arith.subi %size_L, %v1 : i64
      %v708 = arith.minsi %v705, %v707 : i64
      %v709 = arith.addi %v704, %v708 : i64
      %v710 = arith.muli %v702, %v76 : i64
      %v711 = arith.addi %v710, %v546 : i64
      %v712 = llvm.getelementptr %in_gate_a[%v709] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v713 = llvm.load %v712 : !llvm.ptr -> f32
      %v714 = arith.addi %v545, %v234 : i64
      %v715 = arith.constant true
      %v716 = arith.addi %v14, %v714 : i64
      %v717 = llvm.getelementptr %v4[%v716] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v718 = llvm.load %v717 : !llvm.ptr<3> -> i64
      %v719 = arith.addi %v62, %v546 : i64
      %v720 = arith.cmpi slt, %v719, %v64 : i64
      %v721 = arith.subi %size_L, %v1 : i64
      %v722 = arith.minsi %v719, %v721 : i64
      %v723 = arith.addi %v718, %v722 : i64
      %v724 = arith.muli %v716, %v76 : i64
      %v725 = arith.addi %v724, %v546 : i64
      %v726 = llvm.getelementptr %in_gate_a[%v723] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v727 = llvm.load %v726 : !llvm.ptr -> f32
      %v728 = arith.addi %v545, %v248 : i64
      %v729 = arith.constant true
      %v730 = arith.addi %v14, %v728 : i64
      %v731 = llvm.getelementptr %v4[%v730] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v732 = llvm.load %v731 : !llvm.ptr<3> -> i64
      %v733 = arith.addi %v62, %v546 : i64
      %v734 = arith.cmpi slt, %v733, %v64 : i64
      %v735 = arith.subi %size_L, %v1 : i64
      %v736 = arith.minsi %v733, %v735 : i64
      %v737 = arith.addi %v732, %v736 : i64
      %v738 = arith.muli %v730, %v76 : i64
      %v739 = arith.addi %v738, %v546 : i64
      %v740 = llvm.getelementptr %in_gate_a[%v737] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v741 = llvm.load %v740 : !llvm.ptr -> f32
      %v742 = arith.addi %v545, %v262 : i64
      %v743 = arith.constant true
      %v744 = arith.addi %v14, %v742 : i64
      %v745 = llvm.getelementptr %v4[%v744] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v746 = llvm.load %v745 : !llvm.ptr<3> -> i64
      %v747 = arith.addi %v62, %v546 : i64
      %v748 = arith.cmpi slt, %v747, %v64 : i64
      %v749 = arith.subi %size_L, %v1 : i64
      %v750 = arith.minsi %v747, %v749 : i64
      %v751 = arith.addi %v746, %v750 : i64
      %v752 = arith.muli %v744, %v76 : i64
      %v753 = arith.addi %v752, %v546 : i64
      %v754 = llvm.getelementptr %in_gate_a[%v751] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v755 = llvm.load %v754 : !llvm.ptr -> f32
      %v756 = arith.addi %v545, %v276 : i64
      %v757 = arith.constant true
      %v758 = arith.addi %v14, %v756 : i64
      %v759 = llvm.getelementptr %v4[%v758] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v760 = llvm.load %v759 : !llvm.ptr<3> -> i64
      %v761 = arith.addi %v62, %v546 : i64
      %v762 = arith.cmpi slt, %v761, %v64 : i64
      %v763 = arith.subi %size_L, %v1 : i64
      %v764 = arith.minsi %v761, %v763 : i64
      %v765 = arith.addi %v760, %v764 : i64
      %v766 = arith.muli %v758, %v76 : i64
      %v767 = arith.addi %v766, %v546 : i64
      %v768 = llvm.getelementptr %in_gate_a[%v765] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v769 = llvm.load %v768 : !llvm.ptr -> f32
      %v770 = arith.addi %v545, %v65 : i64
      %v771 = arith.constant true
      %v772 = arith.addi %v14, %v770 : i64
      %v773 = llvm.getelementptr %v4[%v772] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v774 = llvm.load %v773 : !llvm.ptr<3> -> i64
      %v775 = arith.addi %v62, %v546 : i64
      %v776 = arith.cmpi slt, %v775, %v64 : i64
      %v777 = arith.subi %size_L, %v1 : i64
      %v778 = arith.minsi %v775, %v777 : i64
      %v779 = arith.addi %v774, %v778 : i64
      %v780 = arith.muli %v772, %v76 : i64
      %v781 = arith.addi %v780, %v546 : i64
      %v782 = llvm.getelementptr %in_gate_a[%v779] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v783 = llvm.load %v782 : !llvm.ptr -> f32
      %v784 = arith.addi %v545, %v303 : i64
      %v785 = arith.constant true
      %v786 = arith.addi %v14, %v784 : i64
      %v787 = llvm.getelementptr %v4[%v786] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v788 = llvm.load %v787 : !llvm.ptr<3> -> i64
      %v789 = arith.addi %v62, %v546 : i64
      %v790 = arith.cmpi slt, %v789, %v64 : i64
      %v791 = arith.subi %size_L, %v1 : i64
      %v792 = arith.minsi %v789, %v791 : i64
      %v793 = arith.addi %v788, %v792 : i64
      %v794 = arith.muli %v786, %v76 : i64
      %v795 = arith.addi %v794, %v546 : i64
      %v796 = llvm.getelementptr %in_gate_a[%v793] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v797 = llvm.load %v796 : !llvm.ptr -> f32
      %v798 = arith.addi %v545, %v317 : i64
      %v799 = arith.constant true
      %v800 = arith.addi %v14, %v798 : i64
      %v801 = llvm.getelementptr %v4[%v800] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v802 = llvm.load %v801 : !llvm.ptr<3> -> i64
      %v803 = arith.addi %v62, %v546 : i64
      %v804 = arith.cmpi slt, %v803, %v64 : i64
      %v805 = arith.subi %size_L, %v1 : i64
      %v806 = arith.minsi %v803, %v805 : i64
      %v807 = arith.addi %v802, %v806 : i64
      %v808 = arith.muli %v800, %v76 : i64
      %v809 = arith.addi %v808, %v546 : i64
      %v810 = llvm.getelementptr %in_gate_a[%v807] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v811 = llvm.load %v810 : !llvm.ptr -> f32
      %v812 = arith.addi %v545, %v331 : i64
      %v813 = arith.constant true
      %v814 = arith.addi %v14, %v812 : i64
      %v815 = llvm.getelementptr %v4[%v814] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v816 = llvm.load %v815 : !llvm.ptr<3> -> i64
      %v817 = arith.addi %v62, %v546 : i64
      %v818 = arith.cmpi slt, %v817, %v64 : i64
      %v819 = arith.subi %size_L, %v1 : i64
      %v820 = arith.minsi %v817, %v819 : i64
      %v821 = arith.addi %v816, %v820 : i64
      %v822 = arith.muli %v814, %v76 : i64
      %v823 = arith.addi %v822, %v546 : i64
      %v824 = llvm.getelementptr %in_gate_a[%v821] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v825 = llvm.load %v824 : !llvm.ptr -> f32
      %v826 = arith.addi %v545, %v345 : i64
      %v827 = arith.constant true
      %v828 = arith.addi %v14, %v826 : i64
      %v829 = llvm.getelementptr %v4[%v828] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v830 = llvm.load %v829 : !llvm.ptr<3> -> i64
      %v831 = arith.addi %v62, %v546 : i64
      %v832 = arith.cmpi slt, %v831, %v64 : i64
      %v833 = arith.subi %size_L, %v1 : i64
      %v834 = arith.minsi %v831, %v833 : i64
      %v835 = arith.addi %v830, %v834 : i64
      %v836 = arith.muli %v828, %v76 : i64
      %v837 = arith.addi %v836, %v546 : i64
      %v838 = llvm.getelementptr %in_gate_a[%v835] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v839 = llvm.load %v838 : !llvm.ptr -> f32
      %v840 = arith.addi %v545, %v359 : i64
      %v841 = arith.constant true
      %v842 = arith.addi %v14, %v840 : i64
      %v843 = llvm.getelementptr %v4[%v842] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v844 = llvm.load %v843 : !llvm.ptr<3> -> i64
      %v845 = arith.addi %v62, %v546 : i64
      %v846 = arith.cmpi slt, %v845, %v64 : i64
      %v847 = arith.subi %size_L, %v1 : i64
      %v848 = arith.minsi %v845, %v847 : i64
      %v849 = arith.addi %v844, %v848 : i64
      %v850 = arith.muli %v842, %v76 : i64
      %v851 = arith.addi %v850, %v546 : i64
      %v852 = llvm.getelementptr %in_gate_a[%v849] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v853 = llvm.load %v852 : !llvm.ptr -> f32
      %v854 = arith.addi %v545, %v373 : i64
      %v855 = arith.constant true
      %v856 = arith.addi %v14, %v854 : i64
      %v857 = llvm.getelementptr %v4[%v856] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v858 = llvm.load %v857 : !llvm.ptr<3> -> i64
      %v859 = arith.addi %v62, %v546 : i64
      %v860 = arith.cmpi slt, %v859, %v64 : i64
      %v861 = arith.subi %size_L, %v1 : i64
      %v862 = arith.minsi %v859, %v861 : i64
      %v863 = arith.addi %v858, %v862 : i64
      %v864 = arith.muli %v856, %v76 : i64
      %v865 = arith.addi %v864, %v546 : i64
      %v866 = llvm.getelementptr %in_gate_a[%v863] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v867 = llvm.load %v866 : !llvm.ptr -> f32
      %v868 = arith.addi %v545, %v387 : i64
      %v869 = arith.constant true
      %v870 = arith.addi %v14, %v868 : i64
      %v871 = llvm.getelementptr %v4[%v870] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v872 = llvm.load %v871 : !llvm.ptr<3> -> i64
      %v873 = arith.addi %v62, %v546 : i64
      %v874 = arith.cmpi slt, %v873, %v64 : i64
      %v875 = arith.subi %size_L, %v1 : i64
      %v876 = arith.minsi %v873, %v875 : i64
      %v877 = arith.addi %v872, %v876 : i64
      %v878 = arith.muli %v870, %v76 : i64
      %v879 = arith.addi %v878, %v546 : i64
      %v880 = llvm.getelementptr %in_gate_a[%v877] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v881 = llvm.load %v880 : !llvm.ptr -> f32
      %v882 = arith.addi %v545, %v401 : i64
      %v883 = arith.constant true
      %v884 = arith.addi %v14, %v882 : i64
      %v885 = llvm.getelementptr %v4[%v884] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v886 = llvm.load %v885 : !llvm.ptr<3> -> i64
      %v887 = arith.addi %v62, %v546 : i64
      %v888 = arith.cmpi slt, %v887, %v64 : i64
      %v889 = arith.subi %size_L, %v1 : i64
      %v890 = arith.minsi %v887, %v889 : i64
      %v891 = arith.addi %v886, %v890 : i64
      %v892 = arith.muli %v884, %v76 : i64
      %v893 = arith.addi %v892, %v546 : i64
      %v894 = llvm.getelementptr %in_gate_a[%v891] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v895 = llvm.load %v894 : !llvm.ptr -> f32
      %v896 = arith.addi %v545, %v415 : i64
      %v897 = arith.constant true
      %v898 = arith.addi %v14, %v896 : i64
      %v899 = llvm.getelementptr %v4[%v898] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v900 = llvm.load %v899 : !llvm.ptr<3> -> i64
      %v901 = arith.addi %v62, %v546 : i64
      %v902 = arith.cmpi slt, %v901, %v64 : i64
      %v903 = arith.subi %size_L, %v1 : i64
      %v904 = arith.minsi %v901, %v903 : i64
      %v905 = arith.addi %v900, %v904 : i64
      %v906 = arith.muli %v898, %v76 : i64
      %v907 = arith.addi %v906, %v546 : i64
      %v908 = llvm.getelementptr %in_gate_a[%v905] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v909 = llvm.load %v908 : !llvm.ptr -> f32
      %v910 = arith.addi %v545, %v429 : i64
      %v911 = arith.constant true
      %v912 = arith.addi %v14, %v910 : i64
      %v913 = llvm.getelementptr %v4[%v912] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v914 = llvm.load %v913 : !llvm.ptr<3> -> i64
      %v915 = arith.addi %v62, %v546 : i64
      %v916 = arith.cmpi slt, %v915, %v64 : i64
      %v917 = arith.subi %size_L, %v1 : i64
      %v918 = arith.minsi %v915, %v917 : i64
      %v919 = arith.addi %v914, %v918 : i64
      %v920 = arith.muli %v912, %v76 : i64
      %v921 = arith.addi %v920, %v546 : i64
      %v922 = llvm.getelementptr %in_gate_a[%v919] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v923 = llvm.load %v922 : !llvm.ptr -> f32
      %v924 = arith.addi %v545, %v443 : i64
      %v925 = arith.constant true
      %v926 = arith.addi %v14, %v924 : i64
      %v927 = llvm.getelementptr %v4[%v926] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v928 = llvm.load %v927 : !llvm.ptr<3> -> i64
      %v929 = arith.addi %v62, %v546 : i64
      %v930 = arith.cmpi slt, %v929, %v64 : i64
      %v931 = arith.subi %size_L, %v1 : i64
      %v932 = arith.minsi %v929, %v931 : i64
      %v933 = arith.addi %v928, %v932 : i64
      %v934 = arith.muli %v926, %v76 : i64
      %v935 = arith.addi %v934, %v546 : i64
      %v936 = llvm.getelementptr %in_gate_a[%v933] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v937 = llvm.load %v936 : !llvm.ptr -> f32
      %v938 = arith.addi %v545, %v457 : i64
      %v939 = arith.constant true
      %v940 = arith.addi %v14, %v938 : i64
      %v941 = llvm.getelementptr %v4[%v940] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v942 = llvm.load %v941 : !llvm.ptr<3> -> i64
      %v943 = arith.addi %v62, %v546 : i64
      %v944 = arith.cmpi slt, %v943, %v64 : i64
      %v945 = arith.subi %size_L, %v1 : i64
      %v946 = arith.minsi %v943, %v945 : i64
      %v947 = arith.addi %v942, %v946 : i64
      %v948 = arith.muli %v940, %v76 : i64
      %v949 = arith.addi %v948, %v546 : i64
      %v950 = llvm.getelementptr %in_gate_a[%v947] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v951 = llvm.load %v950 : !llvm.ptr -> f32
      %v952 = arith.addi %v545, %v471 : i64
      %v953 = arith.constant true
      %v954 = arith.addi %v14, %v952 : i64
      %v955 = llvm.getelementptr %v4[%v954] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v956 = llvm.load %v955 : !llvm.ptr<3> -> i64
      %v957 = arith.addi %v62, %v546 : i64
      %v958 = arith.cmpi slt, %v957, %v64 : i64
      %v959 = arith.subi %size_L, %v1 : i64
      %v960 = arith.minsi %v957, %v959 : i64
      %v961 = arith.addi %v956, %v960 : i64
      %v962 = arith.muli %v954, %v76 : i64
      %v963 = arith.addi %v962, %v546 : i64
      %v964 = llvm.getelementptr %in_gate_a[%v961] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v965 = llvm.load %v964 : !llvm.ptr -> f32
      %v966 = arith.addi %v545, %v485 : i64
      %v967 = arith.constant true
      %v968 = arith.addi %v14, %v966 : i64
      %v969 = llvm.getelementptr %v4[%v968] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v970 = llvm.load %v969 : !llvm.ptr<3> -> i64
      %v971 = arith.addi %v62, %v546 : i64
      %v972 = arith.cmpi slt, %v971, %v64 : i64
      %v973 = arith.subi %size_L, %v1 : i64
      %v974 = arith.minsi %v971, %v973 : i64
      %v975 = arith.addi %v970, %v974 : i64
      %v976 = arith.muli %v968, %v76 : i64
      %v977 = arith.addi %v976, %v546 : i64
      %v978 = llvm.getelementptr %in_gate_a[%v975] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v979 = llvm.load %v978 : !llvm.ptr -> f32
      %v980 = arith.addi %v545, %v499 : i64
      %v981 = arith.constant true
      %v982 = arith.addi %v14, %v980 : i64
      %v983 = llvm.getelementptr %v4[%v982] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v984 = llvm.load %v983 : !llvm.ptr<3> -> i64
      %v985 = arith.addi %v62, %v546 : i64
      %v986 = arith.cmpi slt, %v985, %v64 : i64
      %v987 = arith.subi %size_L, %v1 : i64
      %v988 = arith.minsi %v985, %v987 : i64
      %v989 = arith.addi %v984, %v988 : i64
      %v990 = arith.muli %v982, %v76 : i64
      %v991 = arith.addi %v990, %v546 : i64
      %v992 = llvm.getelementptr %in_gate_a[%v989] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v993 = llvm.load %v992 : !llvm.ptr -> f32
      scf.if %v547 {
        %v994 = llvm.getelementptr %v5[%v557] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v559, %v994 : f32, !llvm.ptr<3>
      }
      scf.if %v561 {
        %v995 = llvm.getelementptr %v5[%v571] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v573, %v995 : f32, !llvm.ptr<3>
      }
      scf.if %v575 {
        %v996 = llvm.getelementptr %v5[%v585] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v587, %v996 : f32, !llvm.ptr<3>
      }
      scf.if %v589 {
        %v997 = llvm.getelementptr %v5[%v599] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v601, %v997 : f32, !llvm.ptr<3>
      }
      scf.if %v603 {
        %v998 = llvm.getelementptr %v5[%v613] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v615, %v998 : f32, !llvm.ptr<3>
      }
      scf.if %v617 {
        %v999 = llvm.getelementptr %v5[%v627] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v629, %v999 : f32, !llvm.ptr<3>
      }
      scf.if %v631 {
        %v1000 = llvm.getelementptr %v5[%v641] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v643, %v1000 : f32, !llvm.ptr<3>
      }
      scf.if %v645 {
        %v1001 = llvm.getelementptr %v5[%v655] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v657, %v1001 : f32, !llvm.ptr<3>
      }
      scf.if %v659 {
        %v1002 = llvm.getelementptr %v5[%v669] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v671, %v1002 : f32, !llvm.ptr<3>
      }
      scf.if %v673 {
        %v1003 = llvm.getelementptr %v5[%v683] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v685, %v1003 : f32, !llvm.ptr<3>
      }
      scf.if %v687 {
        %v1004 = llvm.getelementptr %v5[%v697] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v699, %v1004 : f32, !llvm.ptr<3>
      }
      scf.if %v701 {
        %v1005 = llvm.getelementptr %v5[%v711] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v713, %v1005 : f32, !llvm.ptr<3>
      }
      scf.if %v715 {
        %v1006 = llvm.getelementptr %v5[%v725] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v727, %v1006 : f32, !llvm.ptr<3>
      }
      scf.if %v729 {
        %v1007 = llvm.getelementptr %v5[%v739] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v741, %v1007 : f32, !llvm.ptr<3>
      }
      scf.if %v743 {
        %v1008 = llvm.getelementptr %v5[%v753] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v755, %v1008 : f32, !llvm.ptr<3>
      }
      scf.if %v757 {
        %v1009 = llvm.getelementptr %v5[%v767] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v769, %v1009 : f32, !llvm.ptr<3>
      }
      scf.if %v771 {
        %v1010 = llvm.getelementptr %v5[%v781] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v783, %v1010 : f32, !llvm.ptr<3>
      }
      scf.if %v785 {
        %v1011 = llvm.getelementptr %v5[%v795] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v797, %v1011 : f32, !llvm.ptr<3>
      }
      scf.if %v799 {
        %v1012 = llvm.getelementptr %v5[%v809] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v811, %v1012 : f32, !llvm.ptr<3>
      }
      scf.if %v813 {
        %v1013 = llvm.getelementptr %v5[%v823] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v825, %v1013 : f32, !llvm.ptr<3>
      }
      scf.if %v827 {
        %v1014 = llvm.getelementptr %v5[%v837] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v839, %v1014 : f32, !llvm.ptr<3>
      }
      scf.if %v841 {
        %v1015 = llvm.getelementptr %v5[%v851] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v853, %v1015 : f32, !llvm.ptr<3>
      }
      scf.if %v855 {
        %v1016 = llvm.getelementptr %v5[%v865] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v867, %v1016 : f32, !llvm.ptr<3>
      }
      scf.if %v869 {
        %v1017 = llvm.getelementptr %v5[%v879] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v881, %v1017 : f32, !llvm.ptr<3>
      }
      scf.if %v883 {
        %v1018 = llvm.getelementptr %v5[%v893] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v895, %v1018 : f32, !llvm.ptr<3>
      }
      scf.if %v897 {
        %v1019 = llvm.getelementptr %v5[%v907] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v909, %v1019 : f32, !llvm.ptr<3>
      }
      scf.if %v911 {
        %v1020 = llvm.getelementptr %v5[%v921] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v923, %v1020 : f32, !llvm.ptr<3>
      }
      scf.if %v925 {
        %v1021 = llvm.getelementptr %v5[%v935] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v937, %v1021 : f32, !llvm.ptr<3>
      }
      scf.if %v939 {
        %v1022 = llvm.getelementptr %v5[%v949] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v951, %v1022 : f32, !llvm.ptr<3>
      }
      scf.if %v953 {
        %v1023 = llvm.getelementptr %v5[%v963] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v965, %v1023 : f32, !llvm.ptr<3>
      }
      scf.if %v967 {
        %v1024 = llvm.getelementptr %v5[%v977] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v979, %v1024 : f32, !llvm.ptr<3>
      }
      scf.if %v981 {
        %v1025 = llvm.getelementptr %v5[%v991] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v993, %v1025 : f32, !llvm.ptr<3>
      }
      // end staged load of `gate_a`
      // staged load of `gate_x`'s first tile: read, then shared memory
      %v1026 = arith.divui %v12, %v65 : i64
      %v1027 = arith.remui %v12, %v65 : i64
      %v1028 = arith.constant true
      %v1029 = arith.addi %v44, %v1026 : i64
      %v1030 = llvm.getelementptr %v4[%v1029] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1031 = llvm.load %v1030 : !llvm.ptr<3> -> i64
      %v1032 = arith.addi %v62, %v1027 : i64
      %v1033 = arith.cmpi slt, %v1032, %v64 : i64
      %v1034 = arith.subi %size_L, %v1 : i64
      %v1035 = arith.minsi %v1032, %v1034 : i64
      %v1036 = arith.addi %v1031, %v1035 : i64
      %v1037 = arith.muli %v1029, %v76 : i64
      %v1038 = arith.addi %v1037, %v1027 : i64
      %v1039 = llvm.getelementptr %in_gate_x[%v1036] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1040 = llvm.load %v1039 : !llvm.ptr -> f32
      %v1041 = arith.addi %v1026, %v43 : i64
      %v1042 = arith.constant true
      %v1043 = arith.addi %v44, %v1041 : i64
      %v1044 = llvm.getelementptr %v4[%v1043] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1045 = llvm.load %v1044 : !llvm.ptr<3> -> i64
      %v1046 = arith.addi %v62, %v1027 : i64
      %v1047 = arith.cmpi slt, %v1046, %v64 : i64
      %v1048 = arith.subi %size_L, %v1 : i64
      %v1049 = arith.minsi %v1046, %v1048 : i64
      %v1050 = arith.addi %v1045, %v1049 : i64
      %v1051 = arith.muli %v1043, %v76 : i64
      %v1052 = arith.addi %v1051, %v1027 : i64
      %v1053 = llvm.getelementptr %in_gate_x[%v1050] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1054 = llvm.load %v1053 : !llvm.ptr -> f32
      %v1055 = arith.addi %v1026, %v94 : i64
      %v1056 = arith.constant true
      %v1057 = arith.addi %v44, %v1055 : i64
      %v1058 = llvm.getelementptr %v4[%v1057] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1059 = llvm.load %v1058 : !llvm.ptr<3> -> i64
      %v1060 = arith.addi %v62, %v1027 : i64
      %v1061 = arith.cmpi slt, %v1060, %v64 : i64
      %v1062 = arith.subi %size_L, %v1 : i64
      %v1063 = arith.minsi %v1060, %v1062 : i64
      %v1064 = arith.addi %v1059, %v1063 : i64
      %v1065 = arith.muli %v1057, %v76 : i64
      %v1066 = arith.addi %v1065, %v1027 : i64
      %v1067 = llvm.getelementptr %in_gate_x[%v1064] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1068 = llvm.load %v1067 : !llvm.ptr -> f32
      %v1069 = arith.addi %v1026, %v108 : i64
      %v1070 = arith.constant true
      %v1071 = arith.addi %v44, %v1069 : i64
      %v1072 = llvm.getelementptr %v4[%v1071] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1073 = llvm.load %v1072 : !llvm.ptr<3> -> i64
      %v1074 = arith.addi %v62, %v1027 : i64
      %v1075 = arith.cmpi slt, %v1074, %v64 : i64
      %v1076 = arith.subi %size_L, %v1 : i64
      %v1077 = arith.minsi %v1074, %v1076 : i64
      %v1078 = arith.addi %v1073, %v1077 : i64
      %v1079 = arith.muli %v1071, %v76 : i64
      %v1080 = arith.addi %v1079, %v1027 : i64
      %v1081 = llvm.getelementptr %in_gate_x[%v1078] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1082 = llvm.load %v1081 : !llvm.ptr -> f32
      %v1083 = arith.addi %v1026, %v122 : i64
      %v1084 = arith.constant true
      %v1085 = arith.addi %v44, %v1083 : i64
      %v1086 = llvm.getelementptr %v4[%v1085] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1087 = llvm.load %v1086 : !llvm.ptr<3> -> i64
      %v1088 = arith.addi %v62, %v1027 : i64
      %v1089 = arith.cmpi slt, %v1088, %v64 : i64
      %v1090 = arith.subi %size_L, %v1 : i64
      %v1091 = arith.minsi %v1088, %v1090 : i64
      %v1092 = arith.addi %v1087, %v1091 : i64
      %v1093 = arith.muli %v1085, %v76 : i64
      %v1094 = arith.addi %v1093, %v1027 : i64
      %v1095 = llvm.getelementptr %in_gate_x[%v1092] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1096 = llvm.load %v1095 : !llvm.ptr -> f32
      %v1097 = arith.addi %v1026, %v136 : i64
      %v1098 = arith.constant true
      %v1099 = arith.addi %v44, %v1097 : i64
      %v1100 = llvm.getelementptr %v4[%v1099] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1101 = llvm.load %v1100 : !llvm.ptr<3> -> i64
      %v1102 = arith.addi %v62, %v1027 : i64
      %v1103 = arith.cmpi slt, %v1102, %v64 : i64
      %v1104 = arith.subi %size_L, %v1 : i64
      %v1105 = arith.minsi %v1102, %v1104 : i64
      %v1106 = arith.addi %v1101, %v1105 : i64
      %v1107 = arith.muli %v1099, %v76 : i64
      %v1108 = arith.addi %v1107, %v1027 : i64
      %v1109 = llvm.getelementptr %in_gate_x[%v1106] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1110 = llvm.load %v1109 : !llvm.ptr -> f32
      %v1111 = arith.addi %v1026, %v150 : i64
      %v1112 = arith.constant true
      %v1113 = arith.addi %v44, %v1111 : i64
      %v1114 = llvm.getelementptr %v4[%v1113] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1115 = llvm.load %v1114 : !llvm.ptr<3> -> i64
      %v1116 = arith.addi %v62, %v1027 : i64
      %v1117 = arith.cmpi slt, %v1116, %v64 : i64
      %v1118 = arith.subi %size_L, %v1 : i64
      %v1119 = arith.minsi %v1116, %v1118 : i64
      %v1120 = arith.addi %v1115, %v1119 : i64
      %v1121 = arith.muli %v1113, %v76 : i64
      %v1122 = arith.addi %v1121, %v1027 : i64
      %v1123 = llvm.getelementptr %in_gate_x[%v1120] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1124 = llvm.load %v1123 : !llvm.ptr -> f32
      %v1125 = arith.addi %v1026, %v164 : i64
      %v1126 = arith.constant true
      %v1127 = arith.addi %v44, %v1125 : i64
      %v1128 = llvm.getelementptr %v4[%v1127] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1129 = llvm.load %v1128 : !llvm.ptr<3> -> i64
      %v1130 = arith.addi %v62, %v1027 : i64
      %v1131 = arith.cmpi slt, %v1130, %v64 : i64
      %v1132 = arith.subi %size_L, %v1 : i64
      %v1133 = arith.minsi %v1130, %v1132 : i64
      %v1134 = arith.addi %v1129, %v1133 : i64
      %v1135 = arith.muli %v1127, %v76 : i64
      %v1136 = arith.addi %v1135, %v1027 : i64
      %v1137 = llvm.getelementptr %in_gate_x[%v1134] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1138 = llvm.load %v1137 : !llvm.ptr -> f32
      %v1139 = arith.addi %v1026, %v178 : i64
      %v1140 = arith.constant true
      %v1141 = arith.addi %v44, %v1139 : i64
      %v1142 = llvm.getelementptr %v4[%v1141] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1143 = llvm.load %v1142 : !llvm.ptr<3> -> i64
      %v1144 = arith.addi %v62, %v1027 : i64
      %v1145 = arith.cmpi slt, %v1144, %v64 : i64
      %v1146 = arith.subi %size_L, %v1 : i64
      %v1147 = arith.minsi %v1144, %v1146 : i64
      %v1148 = arith.addi %v1143, %v1147 : i64
      %v1149 = arith.muli %v1141, %v76 : i64
      %v1150 = arith.addi %v1149, %v1027 : i64
      %v1151 = llvm.getelementptr %in_gate_x[%v1148] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1152 = llvm.load %v1151 : !llvm.ptr -> f32
      %v1153 = arith.addi %v1026, %v192 : i64
      %v1154 = arith.constant true
      %v1155 = arith.addi %v44, %v1153 : i64
      %v1156 = llvm.getelementptr %v4[%v1155] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1157 = llvm.load %v1156 : !llvm.ptr<3> -> i64
      %v1158 = arith.addi %v62, %v1027 : i64
      %v1159 = arith.cmpi slt, %v1158, %v64 : i64
      %v1160 = arith.subi %size_L, %v1 : i64
      %v1161 = arith.minsi %v1158, %v1160 : i64
      %v1162 = arith.addi %v1157, %v1161 : i64
      %v1163 = arith.muli %v1155, %v76 : i64
      %v1164 = arith.addi %v1163, %v1027 : i64
      %v1165 = llvm.getelementptr %in_gate_x[%v1162] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1166 = llvm.load %v1165 : !llvm.ptr -> f32
      %v1167 = arith.addi %v1026, %v206 : i64
      %v1168 = arith.constant true
      %v1169 = arith.addi %v44, %v1167 : i64
      %v1170 = llvm.getelementptr %v4[%v1169] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1171 = llvm.load %v1170 : !llvm.ptr<3> -> i64
      %v1172 = arith.addi %v62, %v1027 : i64
      %v1173 = arith.cmpi slt, %v1172, %v64 : i64
      %v1174 = arith.subi %size_L, %v1 : i64
      %v1175 = arith.minsi %v1172, %v1174 : i64
      %v1176 = arith.addi %v1171, %v1175 : i64
      %v1177 = arith.muli %v1169, %v76 : i64
      %v1178 = arith.addi %v1177, %v1027 : i64
      %v1179 = llvm.getelementptr %in_gate_x[%v1176] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1180 = llvm.load %v1179 : !llvm.ptr -> f32
      %v1181 = arith.addi %v1026, %v220 : i64
      %v1182 = arith.constant true
      %v1183 = arith.addi %v44, %v1181 : i64
      %v1184 = llvm.getelementptr %v4[%v1183] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1185 = llvm.load %v1184 : !llvm.ptr<3> -> i64
      %v1186 = arith.addi %v62, %v1027 : i64
      %v1187 = arith.cmpi slt, %v1186, %v64 : i64
      %v1188 = arith.subi %size_L, %v1 : i64
      %v1189 = arith.minsi %v1186, %v1188 : i64
      %v1190 = arith.addi %v1185, %v1189 : i64
      %v1191 = arith.muli %v1183, %v76 : i64
      %v1192 = arith.addi %v1191, %v1027 : i64
      %v1193 = llvm.getelementptr %in_gate_x[%v1190] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1194 = llvm.load %v1193 : !llvm.ptr -> f32
      %v1195 = arith.addi %v1026, %v234 : i64
      %v1196 = arith.constant true
      %v1197 = arith.addi %v44, %v1195 : i64
      %v1198 = llvm.getelementptr %v4[%v1197] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1199 = llvm.load %v1198 : !llvm.ptr<3> -> i64
      %v1200 = arith.addi %v62, %v1027 : i64
      %v1201 = arith.cmpi slt, %v1200, %v64 : i64
      %v1202 = arith.subi %size_L, %v1 : i64
      %v1203 = arith.minsi %v1200, %v1202 : i64
      %v1204 = arith.addi %v1199, %v1203 : i64
      %v1205 = arith.muli %v1197, %v76 : i64
      %v1206 = arith.addi %v1205, %v1027 : i64
      %v1207 = llvm.getelementptr %in_gate_x[%v1204] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1208 = llvm.load %v1207 : !llvm.ptr -> f32
      %v1209 = arith.addi %v1026, %v248 : i64
      %v1210 = arith.constant true
      %v1211 = arith.addi %v44, %v1209 : i64
      %v1212 = llvm.getelementptr %v4[%v1211] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1213 = llvm.load %v1212 : !llvm.ptr<3> -> i64
      %v1214 = arith.addi %v62, %v1027 : i64
      %v1215 = arith.cmpi slt, %v1214, %v64 : i64
      %v1216 = arith.subi %size_L, %v1 : i64
      %v1217 = arith.minsi %v1214, %v1216 : i64
      %v1218 = arith.addi %v1213, %v1217 : i64
      %v1219 = arith.muli %v1211, %v76 : i64
      %v1220 = arith.addi %v1219, %v1027 : i64
      %v1221 = llvm.getelementptr %in_gate_x[%v1218] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1222 = llvm.load %v1221 : !llvm.ptr -> f32
      %v1223 = arith.addi %v1026, %v262 : i64
      %v1224 = arith.constant true
      %v1225 = arith.addi %v44, %v1223 : i64
      %v1226 = llvm.getelementptr %v4[%v1225] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1227 = llvm.load %v1226 : !llvm.ptr<3> -> i64
      %v1228 = arith.addi %v62, %v1027 : i64
      %v1229 = arith.cmpi slt, %v1228, %v64 : i64
      %v1230 = arith.subi %size_L, %v1 : i64
      %v1231 = arith.minsi %v1228, %v1230 : i64
      %v1232 = arith.addi %v1227, %v1231 : i64
      %v1233 = arith.muli %v1225, %v76 : i64
      %v1234 = arith.addi %v1233, %v1027 : i64
      %v1235 = llvm.getelementptr %in_gate_x[%v1232] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1236 = llvm.load %v1235 : !llvm.ptr -> f32
      %v1237 = arith.addi %v1026, %v276 : i64
      %v1238 = arith.constant true
      %v1239 = arith.addi %v44, %v1237 : i64
      %v1240 = llvm.getelementptr %v4[%v1239] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1241 = llvm.load %v1240 : !llvm.ptr<3> -> i64
      %v1242 = arith.addi %v62, %v1027 : i64
      %v1243 = arith.cmpi slt, %v1242, %v64 : i64
      %v1244 = arith.subi %size_L, %v1 : i64
      %v1245 = arith.minsi %v1242, %v1244 : i64
      %v1246 = arith.addi %v1241, %v1245 : i64
      %v1247 = arith.muli %v1239, %v76 : i64
      %v1248 = arith.addi %v1247, %v1027 : i64
      %v1249 = llvm.getelementptr %in_gate_x[%v1246] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1250 = llvm.load %v1249 : !llvm.ptr -> f32
      %v1251 = arith.addi %v1026, %v65 : i64
      %v1252 = arith.constant true
      %v1253 = arith.addi %v44, %v1251 : i64
      %v1254 = llvm.getelementptr %v4[%v1253] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1255 = llvm.load %v1254 : !llvm.ptr<3> -> i64
      %v1256 = arith.addi %v62, %v1027 : i64
      %v1257 = arith.cmpi slt, %v1256, %v64 : i64
      %v1258 = arith.subi %size_L, %v1 : i64
      %v1259 = arith.minsi %v1256, %v1258 : i64
      %v1260 = arith.addi %v1255, %v1259 : i64
      %v1261 = arith.muli %v1253, %v76 : i64
      %v1262 = arith.addi %v1261, %v1027 : i64
      %v1263 = llvm.getelementptr %in_gate_x[%v1260] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1264 = llvm.load %v1263 : !llvm.ptr -> f32
      %v1265 = arith.addi %v1026, %v303 : i64
      %v1266 = arith.constant true
      %v1267 = arith.addi %v44, %v1265 : i64
      %v1268 = llvm.getelementptr %v4[%v1267] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1269 = llvm.load %v1268 : !llvm.ptr<3> -> i64
      %v1270 = arith.addi %v62, %v1027 : i64
      %v1271 = arith.cmpi slt, %v1270, %v64 : i64
      %v1272 = arith.subi %size_L, %v1 : i64
      %v1273 = arith.minsi %v1270, %v1272 : i64
      %v1274 = arith.addi %v1269, %v1273 : i64
      %v1275 = arith.muli %v1267, %v76 : i64
      %v1276 = arith.addi %v1275, %v1027 : i64
      %v1277 = llvm.getelementptr %in_gate_x[%v1274] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1278 = llvm.load %v1277 : !llvm.ptr -> f32
      %v1279 = arith.addi %v1026, %v317 : i64
      %v1280 = arith.constant true
      %v1281 = arith.addi %v44, %v1279 : i64
      %v1282 = llvm.getelementptr %v4[%v1281] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1283 = llvm.load %v1282 : !llvm.ptr<3> -> i64
      %v1284 = arith.addi %v62, %v1027 : i64
      %v1285 = arith.cmpi slt, %v1284, %v64 : i64
      %v1286 = arith.subi %size_L, %v1 : i64
      %v1287 = arith.minsi %v1284, %v1286 : i64
      %v1288 = arith.addi %v1283, %v1287 : i64
      %v1289 = arith.muli %v1281, %v76 : i64
      %v1290 = arith.addi %v1289, %v1027 : i64
      %v1291 = llvm.getelementptr %in_gate_x[%v1288] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1292 = llvm.load %v1291 : !llvm.ptr -> f32
      %v1293 = arith.addi %v1026, %v331 : i64
      %v1294 = arith.constant true
      %v1295 = arith.addi %v44, %v1293 : i64
      %v1296 = llvm.getelementptr %v4[%v1295] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1297 = llvm.load %v1296 : !llvm.ptr<3> -> i64
      %v1298 = arith.addi %v62, %v1027 : i64
      %v1299 = arith.cmpi slt, %v1298, %v64 : i64
      %v1300 = arith.subi %size_L, %v1 : i64
      %v1301 = arith.minsi %v1298, %v1300 : i64
      %v1302 = arith.addi %v1297, %v1301 : i64
      %v1303 = arith.muli %v1295, %v76 : i64
      %v1304 = arith.addi %v1303, %v1027 : i64
      %v1305 = llvm.getelementptr %in_gate_x[%v1302] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1306 = llvm.load %v1305 : !llvm.ptr -> f32
      %v1307 = arith.addi %v1026, %v345 : i64
      %v1308 = arith.constant true
      %v1309 = arith.addi %v44, %v1307 : i64
      %v1310 = llvm.getelementptr %v4[%v1309] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1311 = llvm.load %v1310 : !llvm.ptr<3> -> i64
      %v1312 = arith.addi %v62, %v1027 : i64
      %v1313 = arith.cmpi slt, %v1312, %v64 : i64
      %v1314 = arith.subi %size_L, %v1 : i64
      %v1315 = arith.minsi %v1312, %v1314 : i64
      %v1316 = arith.addi %v1311, %v1315 : i64
      %v1317 = arith.muli %v1309, %v76 : i64
      %v1318 = arith.addi %v1317, %v1027 : i64
      %v1319 = llvm.getelementptr %in_gate_x[%v1316] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1320 = llvm.load %v1319 : !llvm.ptr -> f32
      %v1321 = arith.addi %v1026, %v359 : i64
      %v1322 = arith.constant true
      %v1323 = arith.addi %v44, %v1321 : i64
      %v1324 = llvm.getelementptr %v4[%v1323] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1325 = llvm.load %v1324 : !llvm.ptr<3> -> i64
      %v1326 = arith.addi %v62, %v1027 : i64
      %v1327 = arith.cmpi slt, %v1326, %v64 : i64
      %v1328 = arith.subi %size_L, %v1 : i64
      %v1329 = arith.minsi %v1326, %v1328 : i64
      %v1330 = arith.addi %v1325, %v1329 : i64
      %v1331 = arith.muli %v1323, %v76 : i64
      %v1332 = arith.addi %v1331, %v1027 : i64
      %v1333 = llvm.getelementptr %in_gate_x[%v1330] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1334 = llvm.load %v1333 : !llvm.ptr -> f32
      %v1335 = arith.addi %v1026, %v373 : i64
      %v1336 = arith.constant true
      %v1337 = arith.addi %v44, %v1335 : i64
      %v1338 = llvm.getelementptr %v4[%v1337] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1339 = llvm.load %v1338 : !llvm.ptr<3> -> i64
      %v1340 = arith.addi %v62, %v1027 : i64
      %v1341 = arith.cmpi slt, %v1340, %v64 : i64
      %v1342 = arith.subi %size_L, %v1 : i64
      %v1343 = arith.minsi %v1340, %v1342 : i64
      %v1344 = arith.addi %v1339, %v1343 : i64
      %v1345 = arith.muli %v1337, %v76 : i64
      %v1346 = arith.addi %v1345, %v1027 : i64
      %v1347 = llvm.getelementptr %in_gate_x[%v1344] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1348 = llvm.load %v1347 : !llvm.ptr -> f32
      %v1349 = arith.addi %v1026, %v387 : i64
      %v1350 = arith.constant true
      %v1351 = arith.addi %v44, %v1349 : i64
      %v1352 = llvm.getelementptr %v4[%v1351] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1353 = llvm.load %v1352 : !llvm.ptr<3> -> i64
      %v1354 = arith.addi %v62, %v1027 : i64
      %v1355 = arith.cmpi slt, %v1354, %v64 : i64
      %v1356 = arith.subi %size_L, %v1 : i64
      %v1357 = arith.minsi %v1354, %v1356 : i64
      %v1358 = arith.addi %v1353, %v1357 : i64
      %v1359 = arith.muli %v1351, %v76 : i64
      %v1360 = arith.addi %v1359, %v1027 : i64
      %v1361 = llvm.getelementptr %in_gate_x[%v1358] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1362 = llvm.load %v1361 : !llvm.ptr -> f32
      %v1363 = arith.addi %v1026, %v401 : i64
      %v1364 = arith.constant true
      %v1365 = arith.addi %v44, %v1363 : i64
      %v1366 = llvm.getelementptr %v4[%v1365] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1367 = llvm.load %v1366 : !llvm.ptr<3> -> i64
      %v1368 = arith.addi %v62, %v1027 : i64
      %v1369 = arith.cmpi slt, %v1368, %v64 : i64
      %v1370 = arith.subi %size_L, %v1 : i64
      %v1371 = arith.minsi %v1368, %v1370 : i64
      %v1372 = arith.addi %v1367, %v1371 : i64
      %v1373 = arith.muli %v1365, %v76 : i64
      %v1374 = arith.addi %v1373, %v1027 : i64
      %v1375 = llvm.getelementptr %in_gate_x[%v1372] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1376 = llvm.load %v1375 : !llvm.ptr -> f32
      %v1377 = arith.addi %v1026, %v415 : i64
      %v1378 = arith.constant true
      %v1379 = arith.addi %v44, %v1377 : i64
      %v1380 = llvm.getelementptr %v4[%v1379] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1381 = llvm.load %v1380 : !llvm.ptr<3> -> i64
      %v1382 = arith.addi %v62, %v1027 : i64
      %v1383 = arith.cmpi slt, %v1382, %v64 : i64
      %v1384 = arith.subi %size_L, %v1 : i64
      %v1385 = arith.minsi %v1382, %v1384 : i64
      %v1386 = arith.addi %v1381, %v1385 : i64
      %v1387 = arith.muli %v1379, %v76 : i64
      %v1388 = arith.addi %v1387, %v1027 : i64
      %v1389 = llvm.getelementptr %in_gate_x[%v1386] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1390 = llvm.load %v1389 : !llvm.ptr -> f32
      %v1391 = arith.addi %v1026, %v429 : i64
      %v1392 = arith.constant true
      %v1393 = arith.addi %v44, %v1391 : i64
      %v1394 = llvm.getelementptr %v4[%v1393] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1395 = llvm.load %v1394 : !llvm.ptr<3> -> i64
      %v1396 = arith.addi %v62, %v1027 : i64
      %v1397 = arith.cmpi slt, %v1396, %v64 : i64
      %v1398 = arith.subi %size_L, %v1 : i64
      %v1399 = arith.minsi %v1396, %v1398 : i64
      %v1400 = arith.addi %v1395, %v1399 : i64
      %v1401 = arith.muli %v1393, %v76 : i64
      %v1402 = arith.addi %v1401, %v1027 : i64
      %v1403 = llvm.getelementptr %in_gate_x[%v1400] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1404 = llvm.load %v1403 : !llvm.ptr -> f32
      %v1405 = arith.addi %v1026, %v443 : i64
      %v1406 = arith.constant true
      %v1407 = arith.addi %v44, %v1405 : i64
      %v1408 = llvm.getelementptr %v4[%v1407] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1409 = llvm.load %v1408 : !llvm.ptr<3> -> i64
      %v1410 = arith.addi %v62, %v1027 : i64
      %v1411 = arith.cmpi slt, %v1410, %v64 : i64
      %v1412 = arith.subi %size_L, %v1 : i64
      %v1413 = arith.minsi %v1410, %v1412 : i64
      %v1414 = arith.addi %v1409, %v1413 : i64
      %v1415 = arith.muli %v1407, %v76 : i64
      %v1416 = arith.addi %v1415, %v1027 : i64
      %v1417 = llvm.getelementptr %in_gate_x[%v1414] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1418 = llvm.load %v1417 : !llvm.ptr -> f32
      %v1419 = arith.addi %v1026, %v457 : i64
      %v1420 = arith.constant true
      %v1421 = arith.addi %v44, %v1419 : i64
      %v1422 = llvm.getelementptr %v4[%v1421] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1423 = llvm.load %v1422 : !llvm.ptr<3> -> i64
      %v1424 = arith.addi %v62, %v1027 : i64
      %v1425 = arith.cmpi slt, %v1424, %v64 : i64
      %v1426 = arith.subi %size_L, %v1 : i64
      %v1427 = arith.minsi %v1424, %v1426 : i64
      %v1428 = arith.addi %v1423, %v1427 : i64
      %v1429 = arith.muli %v1421, %v76 : i64
      %v1430 = arith.addi %v1429, %v1027 : i64
      %v1431 = llvm.getelementptr %in_gate_x[%v1428] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1432 = llvm.load %v1431 : !llvm.ptr -> f32
      %v1433 = arith.addi %v1026, %v471 : i64
      %v1434 = arith.constant true
      %v1435 = arith.addi %v44, %v1433 : i64
      %v1436 = llvm.getelementptr %v4[%v1435] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1437 = llvm.load %v1436 : !llvm.ptr<3> -> i64
      %v1438 = arith.addi %v62, %v1027 : i64
      %v1439 = arith.cmpi slt, %v1438, %v64 : i64
      %v1440 = arith.subi %size_L, %v1 : i64
      %v1441 = arith.minsi %v1438, %v1440 : i64
      %v1442 = arith.addi %v1437, %v1441 : i64
      %v1443 = arith.muli %v1435, %v76 : i64
      %v1444 = arith.addi %v1443, %v1027 : i64
      %v1445 = llvm.getelementptr %in_gate_x[%v1442] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1446 = llvm.load %v1445 : !llvm.ptr -> f32
      %v1447 = arith.addi %v1026, %v485 : i64
      %v1448 = arith.constant true
      %v1449 = arith.addi %v44, %v1447 : i64
      %v1450 = llvm.getelementptr %v4[%v1449] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1451 = llvm.load %v1450 : !llvm.ptr<3> -> i64
      %v1452 = arith.addi %v62, %v1027 : i64
      %v1453 = arith.cmpi slt, %v1452, %v64 : i64
      %v1454 = arith.subi %size_L, %v1 : i64
      %v1455 = arith.minsi %v1452, %v1454 : i64
      %v1456 = arith.addi %v1451, %v1455 : i64
      %v1457 = arith.muli %v1449, %v76 : i64
      %v1458 = arith.addi %v1457, %v1027 : i64
      %v1459 = llvm.getelementptr %in_gate_x[%v1456] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1460 = llvm.load %v1459 : !llvm.ptr -> f32
      %v1461 = arith.addi %v1026, %v499 : i64
      %v1462 = arith.constant true
      %v1463 = arith.addi %v44, %v1461 : i64
      %v1464 = llvm.getelementptr %v4[%v1463] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1465 = llvm.load %v1464 : !llvm.ptr<3> -> i64
      %v1466 = arith.addi %v62, %v1027 : i64
      %v1467 = arith.cmpi slt, %v1466, %v64 : i64
      %v1468 = arith.subi %size_L, %v1 : i64
      %v1469 = arith.minsi %v1466, %v1468 : i64
      %v1470 = arith.addi %v1465, %v1469 : i64
      %v1471 = arith.muli %v1463, %v76 : i64
      %v1472 = arith.addi %v1471, %v1027 : i64
      %v1473 = llvm.getelementptr %in_gate_x[%v1470] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1474 = llvm.load %v1473 : !llvm.ptr -> f32
      scf.if %v1028 {
        %v1475 = llvm.getelementptr %v5[%v1038] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1040, %v1475 : f32, !llvm.ptr<3>
      }
      scf.if %v1042 {
        %v1476 = llvm.getelementptr %v5[%v1052] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1054, %v1476 : f32, !llvm.ptr<3>
      }
      scf.if %v1056 {
        %v1477 = llvm.getelementptr %v5[%v1066] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1068, %v1477 : f32, !llvm.ptr<3>
      }
      scf.if %v1070 {
        %v1478 = llvm.getelementptr %v5[%v1080] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1082, %v1478 : f32, !llvm.ptr<3>
      }
      scf.if %v1084 {
        %v1479 = llvm.getelementptr %v5[%v1094] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1096, %v1479 : f32, !llvm.ptr<3>
      }
      scf.if %v1098 {
        %v1480 = llvm.getelementptr %v5[%v1108] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1110, %v1480 : f32, !llvm.ptr<3>
      }
      scf.if %v1112 {
        %v1481 = llvm.getelementptr %v5[%v1122] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1124, %v1481 : f32, !llvm.ptr<3>
      }
      scf.if %v1126 {
        %v1482 = llvm.getelementptr %v5[%v1136] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1138, %v1482 : f32, !llvm.ptr<3>
      }
      scf.if %v1140 {
        %v1483 = llvm.getelementptr %v5[%v1150] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1152, %v1483 : f32, !llvm.ptr<3>
      }
      scf.if %v1154 {
        %v1484 = llvm.getelementptr %v5[%v1164] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1166, %v1484 : f32, !llvm.ptr<3>
      }
      scf.if %v1168 {
        %v1485 = llvm.getelementptr %v5[%v1178] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1180, %v1485 : f32, !llvm.ptr<3>
      }
      scf.if %v1182 {
        %v1486 = llvm.getelementptr %v5[%v1192] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1194, %v1486 : f32, !llvm.ptr<3>
      }
      scf.if %v1196 {
        %v1487 = llvm.getelementptr %v5[%v1206] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1208, %v1487 : f32, !llvm.ptr<3>
      }
      scf.if %v1210 {
        %v1488 = llvm.getelementptr %v5[%v1220] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1222, %v1488 : f32, !llvm.ptr<3>
      }
      scf.if %v1224 {
        %v1489 = llvm.getelementptr %v5[%v1234] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1236, %v1489 : f32, !llvm.ptr<3>
      }
      scf.if %v1238 {
        %v1490 = llvm.getelementptr %v5[%v1248] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1250, %v1490 : f32, !llvm.ptr<3>
      }
      scf.if %v1252 {
        %v1491 = llvm.getelementptr %v5[%v1262] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1264, %v1491 : f32, !llvm.ptr<3>
      }
      scf.if %v1266 {
        %v1492 = llvm.getelementptr %v5[%v1276] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1278, %v1492 : f32, !llvm.ptr<3>
      }
      scf.if %v1280 {
        %v1493 = llvm.getelementptr %v5[%v1290] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1292, %v1493 : f32, !llvm.ptr<3>
      }
      scf.if %v1294 {
        %v1494 = llvm.getelementptr %v5[%v1304] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1306, %v1494 : f32, !llvm.ptr<3>
      }
      scf.if %v1308 {
        %v1495 = llvm.getelementptr %v5[%v1318] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1320, %v1495 : f32, !llvm.ptr<3>
      }
      scf.if %v1322 {
        %v1496 = llvm.getelementptr %v5[%v1332] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1334, %v1496 : f32, !llvm.ptr<3>
      }
      scf.if %v1336 {
        %v1497 = llvm.getelementptr %v5[%v1346] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1348, %v1497 : f32, !llvm.ptr<3>
      }
      scf.if %v1350 {
        %v1498 = llvm.getelementptr %v5[%v1360] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1362, %v1498 : f32, !llvm.ptr<3>
      }
      scf.if %v1364 {
        %v1499 = llvm.getelementptr %v5[%v1374] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1376, %v1499 : f32, !llvm.ptr<3>
      }
      scf.if %v1378 {
        %v1500 = llvm.getelementptr %v5[%v1388] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1390, %v1500 : f32, !llvm.ptr<3>
      }
      scf.if %v1392 {
        %v1501 = llvm.getelementptr %v5[%v1402] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1404, %v1501 : f32, !llvm.ptr<3>
      }
      scf.if %v1406 {
        %v1502 = llvm.getelementptr %v5[%v1416] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1418, %v1502 : f32, !llvm.ptr<3>
      }
      scf.if %v1420 {
        %v1503 = llvm.getelementptr %v5[%v1430] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1432, %v1503 : f32, !llvm.ptr<3>
      }
      scf.if %v1434 {
        %v1504 = llvm.getelementptr %v5[%v1444] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1446, %v1504 : f32, !llvm.ptr<3>
      }
      scf.if %v1448 {
        %v1505 = llvm.getelementptr %v5[%v1458] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1460, %v1505 : f32, !llvm.ptr<3>
      }
      scf.if %v1462 {
        %v1506 = llvm.getelementptr %v5[%v1472] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1474, %v1506 : f32, !llvm.ptr<3>
      }
      // end staged load of `gate_x`
      gpu.barrier
      %v1507 = arith.index_cast %v62 : i64 to index
      %v1508 = arith.index_cast %v64 : i64 to index
      %v1509 = arith.index_cast %v65 : i64 to index
      scf.for %v1510 = %v1507 to %v1508 step %v1509 {
        %v1511 = arith.index_cast %v1510 : index to i64
        // save the states at checkpoint steps (when given somewhere to save them)
        %v1512 = arith.remui %v1511, %v14 : i64
        %v1513 = arith.cmpi eq, %v1512, %v29 : i64
        %v1514 = arith.andi %v1513, %v22 : i1
        scf.if %v1514 {
          %v1515 = arith.divui %v1511, %v14 : i64
          %v1516 = llvm.mlir.zero : !llvm.ptr
          %v1517 = llvm.icmp "ne" %ckpt_h, %v1516 : !llvm.ptr
          scf.if %v1517 {
            %v1519 = arith.muli %v1515, %v1518 : i64
            %v1520 = llvm.load %v3 : !llvm.ptr -> f32
            %v1521 = arith.muli %v27, %size_D : i64
            %v1522 = arith.addi %v1521, %v25 : i64
            %v1523 = arith.addi %v1519, %v1522 : i64
            %v1524 = llvm.getelementptr %ckpt_h[%v1523] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v1520, %v1524 : f32, !llvm.ptr
          }
        }
        // end save
        %v1525 = arith.subi %v64, %v1511 : i64
        %v1526 = arith.minsi %v1525, %v65 : i64
        %v1527 = arith.addi %v1511, %v65 : i64
        %v1528 = arith.divui %v12, %v65 : i64
        %v1529 = arith.remui %v12, %v65 : i64
        %v1530 = arith.constant true
        %v1531 = llvm.getelementptr %v4[%v1528] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1532 = llvm.load %v1531 : !llvm.ptr<3> -> i64
        %v1533 = arith.addi %v1527, %v1529 : i64
        %v1534 = arith.cmpi slt, %v1533, %v64 : i64
        %v1535 = arith.subi %size_L, %v1 : i64
        %v1536 = arith.minsi %v1533, %v1535 : i64
        %v1537 = arith.addi %v1532, %v1536 : i64
        %v1538 = arith.muli %v1528, %v76 : i64
        %v1539 = arith.addi %v1538, %v1529 : i64
        %v1540 = llvm.getelementptr %in_x[%v1537] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1541 = llvm.load %v1540 : !llvm.ptr -> f32
        %v1542 = arith.addi %v1528, %v43 : i64
        %v1543 = arith.constant true
        %v1544 = llvm.getelementptr %v4[%v1542] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1545 = llvm.load %v1544 : !llvm.ptr<3> -> i64
        %v1546 = arith.addi %v1527, %v1529 : i64
        %v1547 = arith.cmpi slt, %v1546, %v64 : i64
        %v1548 = arith.subi %size_L, %v1 : i64
        %v1549 = arith.minsi %v1546, %v1548 : i64
        %v1550 = arith.addi %v1545, %v1549 : i64
        %v1551 = arith.muli %v1542, %v76 : i64
        %v1552 = arith.addi %v1551, %v1529 : i64
        %v1553 = llvm.getelementptr %in_x[%v1550] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1554 = llvm.load %v1553 : !llvm.ptr -> f32
        %v1555 = arith.addi %v1528, %v94 : i64
        %v1556 = arith.constant true
        %v1557 = llvm.getelementptr %v4[%v1555] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1558 = llvm.load %v1557 : !llvm.ptr<3> -> i64
        %v1559 = arith.addi %v1527, %v1529 : i64
        %v1560 = arith.cmpi slt, %v1559, %v64 : i64
        %v1561 = arith.subi %size_L, %v1 : i64
        %v1562 = arith.minsi %v1559, %v1561 : i64
        %v1563 = arith.addi %v1558, %v1562 : i64
        %v1564 = arith.muli %v1555, %v76 : i64
        %v1565 = arith.addi %v1564, %v1529 : i64
        %v1566 = llvm.getelementptr %in_x[%v1563] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1567 = llvm.load %v1566 : !llvm.ptr -> f32
        %v1568 = arith.addi %v1528, %v108 : i64
        %v1569 = arith.constant true
        %v1570 = llvm.getelementptr %v4[%v1568] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1571 = llvm.load %v1570 : !llvm.ptr<3> -> i64
        %v1572 = arith.addi %v1527, %v1529 : i64
        %v1573 = arith.cmpi slt, %v1572, %v64 : i64
        %v1574 = arith.subi %size_L, %v1 : i64
        %v1575 = arith.minsi %v1572, %v1574 : i64
        %v1576 = arith.addi %v1571, %v1575 : i64
        %v1577 = arith.muli %v1568, %v76 : i64
        %v1578 = arith.addi %v1577, %v1529 : i64
        %v1579 = llvm.getelementptr %in_x[%v1576] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1580 = llvm.load %v1579 : !llvm.ptr -> f32
        %v1581 = arith.addi %v1528, %v122 : i64
        %v1582 = arith.constant true
        %v1583 = llvm.getelementptr %v4[%v1581] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1584 = llvm.load %v1583 : !llvm.ptr<3> -> i64
        %v1585 = arith.addi %v1527, %v1529 : i64
        %v1586 = arith.cmpi slt, %v1585, %v64 : i64
        %v1587 = arith.subi %size_L, %v1 : i64
        %v1588 = arith.minsi %v1585, %v1587 : i64
        %v1589 = arith.addi %v1584, %v1588 : i64
        %v1590 = arith.muli %v1581, %v76 : i64
        %v1591 = arith.addi %v1590, %v1529 : i64
        %v1592 = llvm.getelementptr %in_x[%v1589] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1593 = llvm.load %v1592 : !llvm.ptr -> f32
        %v1594 = arith.addi %v1528, %v136 : i64
        %v1595 = arith.constant true
        %v1596 = llvm.getelementptr %v4[%v1594] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1597 = llvm.load %v1596 : !llvm.ptr<3> -> i64
        %v1598 = arith.addi %v1527, %v1529 : i64
        %v1599 = arith.cmpi slt, %v1598, %v64 : i64
        %v1600 = arith.subi %size_L, %v1 : i64
        %v1601 = arith.minsi %v1598, %v1600 : i64
        %v1602 = arith.addi %v1597, %v1601 : i64
        %v1603 = arith.muli %v1594, %v76 : i64
        %v1604 = arith.addi %v1603, %v1529 : i64
        %v1605 = llvm.getelementptr %in_x[%v1602] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1606 = llvm.load %v1605 : !llvm.ptr -> f32
        %v1607 = arith.addi %v1528, %v150 : i64
        %v1608 = arith.constant true
        %v1609 = llvm.getelementptr %v4[%v1607] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1610 = llvm.load %v1609 : !llvm.ptr<3> -> i64
        %v1611 = arith.addi %v1527, %v1529 : i64
        %v1612 = arith.cmpi slt, %v1611, %v64 : i64
        %v1613 = arith.subi %size_L, %v1 : i64
        %v1614 = arith.minsi %v1611, %v1613 : i64
        %v1615 = arith.addi %v1610, %v1614 : i64
        %v1616 = arith.muli %v1607, %v76 : i64
        %v1617 = arith.addi %v1616, %v1529 : i64
        %v1618 = llvm.getelementptr %in_x[%v1615] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1619 = llvm.load %v1618 : !llvm.ptr -> f32
        %v1620 = arith.addi %v1528, %v164 : i64
        %v1621 = arith.constant true
        %v1622 = llvm.getelementptr %v4[%v1620] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1623 = llvm.load %v1622 : !llvm.ptr<3> -> i64
        %v1624 = arith.addi %v1527, %v1529 : i64
        %v1625 = arith.cmpi slt, %v1624, %v64 : i64
        %v1626 = arith.subi %size_L, %v1 : i64
        %v1627 = arith.minsi %v1624, %v1626 : i64
        %v1628 = arith.addi %v1623, %v1627 : i64
        %v1629 = arith.muli %v1620, %v76 : i64
        %v1630 = arith.addi %v1629, %v1529 : i64
        %v1631 = llvm.getelementptr %in_x[%v1628] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1632 = llvm.load %v1631 : !llvm.ptr -> f32
        %v1633 = arith.addi %v1528, %v178 : i64
        %v1634 = arith.constant true
        %v1635 = llvm.getelementptr %v4[%v1633] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1636 = llvm.load %v1635 : !llvm.ptr<3> -> i64
        %v1637 = arith.addi %v1527, %v1529 : i64
        %v1638 = arith.cmpi slt, %v1637, %v64 : i64
        %v1639 = arith.subi %size_L, %v1 : i64
        %v1640 = arith.minsi %v1637, %v1639 : i64
        %v1641 = arith.addi %v1636, %v1640 : i64
        %v1642 = arith.muli %v1633, %v76 : i64
        %v1643 = arith.addi %v1642, %v1529 : i64
        %v1644 = llvm.getelementptr %in_x[%v1641] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1645 = llvm.load %v1644 : !llvm.ptr -> f32
        %v1646 = arith.addi %v1528, %v192 : i64
        %v1647 = arith.constant true
        %v1648 = llvm.getelementptr %v4[%v1646] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1649 = llvm.load %v1648 : !llvm.ptr<3> -> i64
        %v1650 = arith.addi %v1527, %v1529 : i64
        %v1651 = arith.cmpi slt, %v1650, %v64 : i64
        %v1652 = arith.subi %size_L, %v1 : i64
        %v1653 = arith.minsi %v1650, %v1652 : i64
        %v1654 = arith.addi %v1649, %v1653 : i64
        %v1655 = arith.muli %v1646, %v76 : i64
        %v1656 = arith.addi %v1655, %v1529 : i64
        %v1657 = llvm.getelementptr %in_x[%v1654] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1658 = llvm.load %v1657 : !llvm.ptr -> f32
        %v1659 = arith.addi %v1528, %v206 : i64
        %v1660 = arith.constant true
        %v1661 = llvm.getelementptr %v4[%v1659] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1662 = llvm.load %v1661 : !llvm.ptr<3> -> i64
        %v1663 = arith.addi %v1527, %v1529 : i64
        %v1664 = arith.cmpi slt, %v1663, %v64 : i64
        %v1665 = arith.subi %size_L, %v1 : i64
        %v1666 = arith.minsi %v1663, %v1665 : i64
        %v1667 = arith.addi %v1662, %v1666 : i64
        %v1668 = arith.muli %v1659, %v76 : i64
        %v1669 = arith.addi %v1668, %v1529 : i64
        %v1670 = llvm.getelementptr %in_x[%v1667] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1671 = llvm.load %v1670 : !llvm.ptr -> f32
        %v1672 = arith.addi %v1528, %v220 : i64
        %v1673 = arith.constant true
        %v1674 = llvm.getelementptr %v4[%v1672] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1675 = llvm.load %v1674 : !llvm.ptr<3> -> i64
        %v1676 = arith.addi %v1527, %v1529 : i64
        %v1677 = arith.cmpi slt, %v1676, %v64 : i64
        %v1678 = arith.subi %size_L, %v1 : i64
        %v1679 = arith.minsi %v1676, %v1678 : i64
        %v1680 = arith.addi %v1675, %v1679 : i64
        %v1681 = arith.muli %v1672, %v76 : i64
        %v1682 = arith.addi %v1681, %v1529 : i64
        %v1683 = llvm.getelementptr %in_x[%v1680] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1684 = llvm.load %v1683 : !llvm.ptr -> f32
        %v1685 = arith.addi %v1528, %v234 : i64
        %v1686 = arith.constant true
        %v1687 = llvm.getelementptr %v4[%v1685] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1688 = llvm.load %v1687 : !llvm.ptr<3> -> i64
        %v1689 = arith.addi %v1527, %v1529 : i64
        %v1690 = arith.cmpi slt, %v1689, %v64 : i64
        %v1691 = arith.subi %size_L, %v1 : i64
        %v1692 = arith.minsi %v1689, %v1691 : i64
        %v1693 = arith.addi %v1688, %v1692 : i64
        %v1694 = arith.muli %v1685, %v76 : i64
        %v1695 = arith.addi %v1694, %v1529 : i64
        %v1696 = llvm.getelementptr %in_x[%v1693] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1697 = llvm.load %v1696 : !llvm.ptr -> f32
        %v1698 = arith.addi %v1528, %v248 : i64
        %v1699 = arith.constant true
        %v1700 = llvm.getelementptr %v4[%v1698] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1701 = llvm.load %v1700 : !llvm.ptr<3> -> i64
        %v1702 = arith.addi %v1527, %v1529 : i64
        %v1703 = arith.cmpi slt, %v1702, %v64 : i64
        %v1704 = arith.subi %size_L, %v1 : i64
        %v1705 = arith.minsi %v1702, %v1704 : i64
        %v1706 = arith.addi %v1701, %v1705 : i64
        %v1707 = arith.muli %v1698, %v76 : i64
        %v1708 = arith.addi %v1707, %v1529 : i64
        %v1709 = llvm.getelementptr %in_x[%v1706] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1710 = llvm.load %v1709 : !llvm.ptr -> f32
        %v1711 = arith.addi %v1528, %v262 : i64
        %v1712 = arith.constant true
        %v1713 = llvm.getelementptr %v4[%v1711] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1714 = llvm.load %v1713 : !llvm.ptr<3> -> i64
        %v1715 = arith.addi %v1527, %v1529 : i64
        %v1716 = arith.cmpi slt, %v1715, %v64 : i64
        %v1717 = arith.subi %size_L, %v1 : i64
        %v1718 = arith.minsi %v1715, %v1717 : i64
        %v1719 = arith.addi %v1714, %v1718 : i64
        %v1720 = arith.muli %v1711, %v76 : i64
        %v1721 = arith.addi %v1720, %v1529 : i64
        %v1722 = llvm.getelementptr %in_x[%v1719] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1723 = llvm.load %v1722 : !llvm.ptr -> f32
        %v1724 = arith.addi %v1528, %v276 : i64
        %v1725 = arith.constant true
        %v1726 = llvm.getelementptr %v4[%v1724] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1727 = llvm.load %v1726 : !llvm.ptr<3> -> i64
        %v1728 = arith.addi %v1527, %v1529 : i64
        %v1729 = arith.cmpi slt, %v1728, %v64 : i64
        %v1730 = arith.subi %size_L, %v1 : i64
        %v1731 = arith.minsi %v1728, %v1730 : i64
        %v1732 = arith.addi %v1727, %v1731 : i64
        %v1733 = arith.muli %v1724, %v76 : i64
        %v1734 = arith.addi %v1733, %v1529 : i64
        %v1735 = llvm.getelementptr %in_x[%v1732] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1736 = llvm.load %v1735 : !llvm.ptr -> f32
        %v1737 = arith.addi %v1528, %v65 : i64
        %v1738 = arith.constant true
        %v1739 = llvm.getelementptr %v4[%v1737] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1740 = llvm.load %v1739 : !llvm.ptr<3> -> i64
        %v1741 = arith.addi %v1527, %v1529 : i64
        %v1742 = arith.cmpi slt, %v1741, %v64 : i64
        %v1743 = arith.subi %size_L, %v1 : i64
        %v1744 = arith.minsi %v1741, %v1743 : i64
        %v1745 = arith.addi %v1740, %v1744 : i64
        %v1746 = arith.muli %v1737, %v76 : i64
        %v1747 = arith.addi %v1746, %v1529 : i64
        %v1748 = llvm.getelementptr %in_x[%v1745] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1749 = llvm.load %v1748 : !llvm.ptr -> f32
        %v1750 = arith.addi %v1528, %v303 : i64
        %v1751 = arith.constant true
        %v1752 = llvm.getelementptr %v4[%v1750] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1753 = llvm.load %v1752 : !llvm.ptr<3> -> i64
        %v1754 = arith.addi %v1527, %v1529 : i64
        %v1755 = arith.cmpi slt, %v1754, %v64 : i64
        %v1756 = arith.subi %size_L, %v1 : i64
        %v1757 = arith.minsi %v1754, %v1756 : i64
        %v1758 = arith.addi %v1753, %v1757 : i64
        %v1759 = arith.muli %v1750, %v76 : i64
        %v1760 = arith.addi %v1759, %v1529 : i64
        %v1761 = llvm.getelementptr %in_x[%v1758] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1762 = llvm.load %v1761 : !llvm.ptr -> f32
        %v1763 = arith.addi %v1528, %v317 : i64
        %v1764 = arith.constant true
        %v1765 = llvm.getelementptr %v4[%v1763] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1766 = llvm.load %v1765 : !llvm.ptr<3> -> i64
        %v1767 = arith.addi %v1527, %v1529 : i64
        %v1768 = arith.cmpi slt, %v1767, %v64 : i64
        %v1769 = arith.subi %size_L, %v1 : i64
        %v1770 = arith.minsi %v1767, %v1769 : i64
        %v1771 = arith.addi %v1766, %v1770 : i64
        %v1772 = arith.muli %v1763, %v76 : i64
        %v1773 = arith.addi %v1772, %v1529 : i64
        %v1774 = llvm.getelementptr %in_x[%v1771] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1775 = llvm.load %v1774 : !llvm.ptr -> f32
        %v1776 = arith.addi %v1528, %v331 : i64
        %v1777 = arith.constant true
        %v1778 = llvm.getelementptr %v4[%v1776] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1779 = llvm.load %v1778 : !llvm.ptr<3> -> i64
        %v1780 = arith.addi %v1527, %v1529 : i64
        %v1781 = arith.cmpi slt, %v1780, %v64 : i64
        %v1782 = arith.subi %size_L, %v1 : i64
        %v1783 = arith.minsi %v1780, %v1782 : i64
        %v1784 = arith.addi %v1779, %v1783 : i64
        %v1785 = arith.muli %v1776, %v76 : i64
        %v1786 = arith.addi %v1785, %v1529 : i64
        %v1787 = llvm.getelementptr %in_x[%v1784] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1788 = llvm.load %v1787 : !llvm.ptr -> f32
        %v1789 = arith.addi %v1528, %v345 : i64
        %v1790 = arith.constant true
        %v1791 = llvm.getelementptr %v4[%v1789] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1792 = llvm.load %v1791 : !llvm.ptr<3> -> i64
        %v1793 = arith.addi %v1527, %v1529 : i64
        %v1794 = arith.cmpi slt, %v1793, %v64 : i64
        %v1795 = arith.subi %size_L, %v1 : i64
        %v1796 = arith.minsi %v1793, %v1795 : i64
        %v1797 = arith.addi %v1792, %v1796 : i64
        %v1798 = arith.muli %v1789, %v76 : i64
        %v1799 = arith.addi %v1798, %v1529 : i64
        %v1800 = llvm.getelementptr %in_x[%v1797] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1801 = llvm.load %v1800 : !llvm.ptr -> f32
        %v1802 = arith.addi %v1528, %v359 : i64
        %v1803 = arith.constant true
        %v1804 = llvm.getelementptr %v4[%v1802] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1805 = llvm.load %v1804 : !llvm.ptr<3> -> i64
        %v1806 = arith.addi %v1527, %v1529 : i64
        %v1807 = arith.cmpi slt, %v1806, %v64 : i64
        %v1808 = arith.subi %size_L, %v1 : i64
        %v1809 = arith.minsi %v1806, %v1808 : i64
        %v1810 = arith.addi %v1805, %v1809 : i64
        %v1811 = arith.muli %v1802, %v76 : i64
        %v1812 = arith.addi %v1811, %v1529 : i64
        %v1813 = llvm.getelementptr %in_x[%v1810] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1814 = llvm.load %v1813 : !llvm.ptr -> f32
        %v1815 = arith.addi %v1528, %v373 : i64
        %v1816 = arith.constant true
        %v1817 = llvm.getelementptr %v4[%v1815] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1818 = llvm.load %v1817 : !llvm.ptr<3> -> i64
        %v1819 = arith.addi %v1527, %v1529 : i64
        %v1820 = arith.cmpi slt, %v1819, %v64 : i64
        %v1821 = arith.subi %size_L, %v1 : i64
        %v1822 = arith.minsi %v1819, %v1821 : i64
        %v1823 = arith.addi %v1818, %v1822 : i64
        %v1824 = arith.muli %v1815, %v76 : i64
        %v1825 = arith.addi %v1824, %v1529 : i64
        %v1826 = llvm.getelementptr %in_x[%v1823] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1827 = llvm.load %v1826 : !llvm.ptr -> f32
        %v1828 = arith.addi %v1528, %v387 : i64
        %v1829 = arith.constant true
        %v1830 = llvm.getelementptr %v4[%v1828] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1831 = llvm.load %v1830 : !llvm.ptr<3> -> i64
        %v1832 = arith.addi %v1527, %v1529 : i64
        %v1833 = arith.cmpi slt, %v1832, %v64 : i64
        %v1834 = arith.subi %size_L, %v1 : i64
        %v1835 = arith.minsi %v1832, %v1834 : i64
        %v1836 = arith.addi %v1831, %v1835 : i64
        %v1837 = arith.muli %v1828, %v76 : i64
        %v1838 = arith.addi %v1837, %v1529 : i64
        %v1839 = llvm.getelementptr %in_x[%v1836] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1840 = llvm.load %v1839 : !llvm.ptr -> f32
        %v1841 = arith.addi %v1528, %v401 : i64
        %v1842 = arith.constant true
        %v1843 = llvm.getelementptr %v4[%v1841] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1844 = llvm.load %v1843 : !llvm.ptr<3> -> i64
        %v1845 = arith.addi %v1527, %v1529 : i64
        %v1846 = arith.cmpi slt, %v1845, %v64 : i64
        %v1847 = arith.subi %size_L, %v1 : i64
        %v1848 = arith.minsi %v1845, %v1847 : i64
        %v1849 = arith.addi %v1844, %v1848 : i64
        %v1850 = arith.muli %v1841, %v76 : i64
        %v1851 = arith.addi %v1850, %v1529 : i64
        %v1852 = llvm.getelementptr %in_x[%v1849] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1853 = llvm.load %v1852 : !llvm.ptr -> f32
        %v1854 = arith.addi %v1528, %v415 : i64
        %v1855 = arith.constant true
        %v1856 = llvm.getelementptr %v4[%v1854] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1857 = llvm.load %v1856 : !llvm.ptr<3> -> i64
        %v1858 = arith.addi %v1527, %v1529 : i64
        %v1859 = arith.cmpi slt, %v1858, %v64 : i64
        %v1860 = arith.subi %size_L, %v1 : i64
        %v1861 = arith.minsi %v1858, %v1860 : i64
        %v1862 = arith.addi %v1857, %v1861 : i64
        %v1863 = arith.muli %v1854, %v76 : i64
        %v1864 = arith.addi %v1863, %v1529 : i64
        %v1865 = llvm.getelementptr %in_x[%v1862] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1866 = llvm.load %v1865 : !llvm.ptr -> f32
        %v1867 = arith.addi %v1528, %v429 : i64
        %v1868 = arith.constant true
        %v1869 = llvm.getelementptr %v4[%v1867] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1870 = llvm.load %v1869 : !llvm.ptr<3> -> i64
        %v1871 = arith.addi %v1527, %v1529 : i64
        %v1872 = arith.cmpi slt, %v1871, %v64 : i64
        %v1873 = arith.subi %size_L, %v1 : i64
        %v1874 = arith.minsi %v1871, %v1873 : i64
        %v1875 = arith.addi %v1870, %v1874 : i64
        %v1876 = arith.muli %v1867, %v76 : i64
        %v1877 = arith.addi %v1876, %v1529 : i64
        %v1878 = llvm.getelementptr %in_x[%v1875] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1879 = llvm.load %v1878 : !llvm.ptr -> f32
        %v1880 = arith.addi %v1528, %v443 : i64
        %v1881 = arith.constant true
        %v1882 = llvm.getelementptr %v4[%v1880] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1883 = llvm.load %v1882 : !llvm.ptr<3> -> i64
        %v1884 = arith.addi %v1527, %v1529 : i64
        %v1885 = arith.cmpi slt, %v1884, %v64 : i64
        %v1886 = arith.subi %size_L, %v1 : i64
        %v1887 = arith.minsi %v1884, %v1886 : i64
        %v1888 = arith.addi %v1883, %v1887 : i64
        %v1889 = arith.muli %v1880, %v76 : i64
        %v1890 = arith.addi %v1889, %v1529 : i64
        %v1891 = llvm.getelementptr %in_x[%v1888] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1892 = llvm.load %v1891 : !llvm.ptr -> f32
        %v1893 = arith.addi %v1528, %v457 : i64
        %v1894 = arith.constant true
        %v1895 = llvm.getelementptr %v4[%v1893] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1896 = llvm.load %v1895 : !llvm.ptr<3> -> i64
        %v1897 = arith.addi %v1527, %v1529 : i64
        %v1898 = arith.cmpi slt, %v1897, %v64 : i64
        %v1899 = arith.subi %size_L, %v1 : i64
        %v1900 = arith.minsi %v1897, %v1899 : i64
        %v1901 = arith.addi %v1896, %v1900 : i64
        %v1902 = arith.muli %v1893, %v76 : i64
        %v1903 = arith.addi %v1902, %v1529 : i64
        %v1904 = llvm.getelementptr %in_x[%v1901] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1905 = llvm.load %v1904 : !llvm.ptr -> f32
        %v1906 = arith.addi %v1528, %v471 : i64
        %v1907 = arith.constant true
        %v1908 = llvm.getelementptr %v4[%v1906] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1909 = llvm.load %v1908 : !llvm.ptr<3> -> i64
        %v1910 = arith.addi %v1527, %v1529 : i64
        %v1911 = arith.cmpi slt, %v1910, %v64 : i64
        %v1912 = arith.subi %size_L, %v1 : i64
        %v1913 = arith.minsi %v1910, %v1912 : i64
        %v1914 = arith.addi %v1909, %v1913 : i64
        %v1915 = arith.muli %v1906, %v76 : i64
        %v1916 = arith.addi %v1915, %v1529 : i64
        %v1917 = llvm.getelementptr %in_x[%v1914] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1918 = llvm.load %v1917 : !llvm.ptr -> f32
        %v1919 = arith.addi %v1528, %v485 : i64
        %v1920 = arith.constant true
        %v1921 = llvm.getelementptr %v4[%v1919] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1922 = llvm.load %v1921 : !llvm.ptr<3> -> i64
        %v1923 = arith.addi %v1527, %v1529 : i64
        %v1924 = arith.cmpi slt, %v1923, %v64 : i64
        %v1925 = arith.subi %size_L, %v1 : i64
        %v1926 = arith.minsi %v1923, %v1925 : i64
        %v1927 = arith.addi %v1922, %v1926 : i64
        %v1928 = arith.muli %v1919, %v76 : i64
        %v1929 = arith.addi %v1928, %v1529 : i64
        %v1930 = llvm.getelementptr %in_x[%v1927] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1931 = llvm.load %v1930 : !llvm.ptr -> f32
        %v1932 = arith.addi %v1528, %v499 : i64
        %v1933 = arith.constant true
        %v1934 = llvm.getelementptr %v4[%v1932] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1935 = llvm.load %v1934 : !llvm.ptr<3> -> i64
        %v1936 = arith.addi %v1527, %v1529 : i64
        %v1937 = arith.cmpi slt, %v1936, %v64 : i64
        %v1938 = arith.subi %size_L, %v1 : i64
        %v1939 = arith.minsi %v1936, %v1938 : i64
        %v1940 = arith.addi %v1935, %v1939 : i64
        %v1941 = arith.muli %v1932, %v76 : i64
        %v1942 = arith.addi %v1941, %v1529 : i64
        %v1943 = llvm.getelementptr %in_x[%v1940] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1944 = llvm.load %v1943 : !llvm.ptr -> f32
        %v1945 = arith.divui %v12, %v65 : i64
        %v1946 = arith.remui %v12, %v65 : i64
        %v1947 = arith.constant true
        %v1948 = arith.addi %v14, %v1945 : i64
        %v1949 = llvm.getelementptr %v4[%v1948] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1950 = llvm.load %v1949 : !llvm.ptr<3> -> i64
        %v1951 = arith.addi %v1527, %v1946 : i64
        %v1952 = arith.cmpi slt, %v1951, %v64 : i64
        %v1953 = arith.subi %size_L, %v1 : i64
        %v1954 = arith.minsi %v1951, %v1953 : i64
        %v1955 = arith.addi %v1950, %v1954 : i64
        %v1956 = arith.muli %v1948, %v76 : i64
        %v1957 = arith.addi %v1956, %v1946 : i64
        %v1958 = llvm.getelementptr %in_gate_a[%v1955] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1959 = llvm.load %v1958 : !llvm.ptr -> f32
        %v1960 = arith.addi %v1945, %v43 : i64
        %v1961 = arith.constant true
        %v1962 = arith.addi %v14, %v1960 : i64
        %v1963 = llvm.getelementptr %v4[%v1962] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1964 = llvm.load %v1963 : !llvm.ptr<3> -> i64
        %v1965 = arith.addi %v1527, %v1946 : i64
        %v1966 = arith.cmpi slt, %v1965, %v64 : i64
        %v1967 = arith.subi %size_L, %v1 : i64
        %v1968 = arith.minsi %v1965, %v1967 : i64
        %v1969 = arith.addi %v1964, %v1968 : i64
        %v1970 = arith.muli %v1962, %v76 : i64
        %v1971 = arith.addi %v1970, %v1946 : i64
        %v1972 = llvm.getelementptr %in_gate_a[%v1969] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1973 = llvm.load %v1972 : !llvm.ptr -> f32
        %v1974 = arith.addi %v1945, %v94 : i64
        %v1975 = arith.constant true
        %v1976 = arith.addi %v14, %v1974 : i64
        %v1977 = llvm.getelementptr %v4[%v1976] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1978 = llvm.load %v1977 : !llvm.ptr<3> -> i64
        %v1979 = arith.addi %v1527, %v1946 : i64
        %v1980 = arith.cmpi slt, %v1979, %v64 : i64
        %v1981 = arith.subi %size_L, %v1 : i64
        %v1982 = arith.minsi %v1979, %v1981 : i64
        %v1983 = arith.addi %v1978, %v1982 : i64
        %v1984 = arith.muli %v1976, %v76 : i64
        %v1985 = arith.addi %v1984, %v1946 : i64
        %v1986 = llvm.getelementptr %in_gate_a[%v1983] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1987 = llvm.load %v1986 : !llvm.ptr -> f32
        %v1988 = arith.addi %v1945, %v108 : i64
        %v1989 = arith.constant true
        %v1990 = arith.addi %v14, %v1988 : i64
        %v1991 = llvm.getelementptr %v4[%v1990] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1992 = llvm.load %v1991 : !llvm.ptr<3> -> i64
        %v1993 = arith.addi %v1527, %v1946 : i64
        %v1994 = arith.cmpi slt, %v1993, %v64 : i64
        %v1995 = arith.subi %size_L, %v1 : i64
        %v1996 = arith.minsi %v1993, %v1995 : i64
        %v1997 = arith.addi %v1992, %v1996 : i64
        %v1998 = arith.muli %v1990, %v76 : i64
        %v1999 = arith.addi %v1998, %v1946 : i64
        %v2000 = llvm.getelementptr %in_gate_a[%v1997] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2001 = llvm.load %v2000 : !llvm.ptr -> f32
        %v2002 = arith.addi %v1945, %v122 : i64
        %v2003 = arith.constant true
        %v2004 = arith.addi %v14, %v2002 : i64
        %v2005 = llvm.getelementptr %v4[%v2004] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2006 = llvm.load %v2005 : !llvm.ptr<3> -> i64
        %v2007 = arith.addi %v1527, %v1946 : i64
        %v2008 = arith.cmpi slt, %v2007, %v64 : i64
        %v2009 = arith.subi %size_L, %v1 : i64
        %v2010 = arith.minsi %v2007, %v2009 : i64
        %v2011 = arith.addi %v2006, %v2010 : i64
        %v2012 = arith.muli %v2004, %v76 : i64
        %v2013 = arith.addi %v2012, %v1946 : i64
        %v2014 = llvm.getelementptr %in_gate_a[%v2011] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2015 = llvm.load %v2014 : !llvm.ptr -> f32
        %v2016 = arith.addi %v1945, %v136 : i64
        %v2017 = arith.constant true
        %v2018 = arith.addi %v14, %v2016 : i64
        %v2019 = llvm.getelementptr %v4[%v2018] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2020 = llvm.load %v2019 : !llvm.ptr<3> -> i64
        %v2021 = arith.addi %v1527, %v1946 : i64
        %v2022 = arith.cmpi slt, %v2021, %v64 : i64
        %v2023 = arith.subi %size_L, %v1 : i64
        %v2024 = arith.minsi %v2021, %v2023 : i64
        %v2025 = arith.addi %v2020, %v2024 : i64
        %v2026 = arith.muli %v2018, %v76 : i64
        %v2027 = arith.addi %v2026, %v1946 : i64
        %v2028 = llvm.getelementptr %in_gate_a[%v2025] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2029 = llvm.load %v2028 : !llvm.ptr -> f32
        %v2030 = arith.addi %v1945, %v150 : i64
        %v2031 = arith.constant true
        %v2032 = arith.addi %v14, %v2030 : i64
        %v2033 = llvm.getelementptr %v4[%v2032] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2034 = llvm.load %v2033 : !llvm.ptr<3> -> i64
        %v2035 = arith.addi %v1527, %v1946 : i64
        %v2036 = arith.cmpi slt, %v2035, %v64 : i64
        %v2037 = arith.subi %size_L, %v1 : i64
        %v2038 = arith.minsi %v2035, %v2037 : i64
        %v2039 = arith.addi %v2034, %v2038 : i64
        %v2040 = arith.muli %v2032, %v76 : i64
        %v2041 = arith.addi %v2040, %v1946 : i64
        %v2042 = llvm.getelementptr %in_gate_a[%v2039] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2043 = llvm.load %v2042 : !llvm.ptr -> f32
        %v2044 = arith.addi %v1945, %v164 : i64
        %v2045 = arith.constant true
        %v2046 = arith.addi %v14, %v2044 : i64
        %v2047 = llvm.getelementptr %v4[%v2046] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2048 = llvm.load %v2047 : !llvm.ptr<3> -> i64
        %v2049 = arith.addi %v1527, %v1946 : i64
        %v2050 = arith.cmpi slt, %v2049, %v64 : i64
        %v2051 = arith.subi %size_L, %v1 : i64
        %v2052 = arith.minsi %v2049, %v2051 : i64
        %v2053 = arith.addi %v2048, %v2052 : i64
        %v2054 = arith.muli %v2046, %v76 : i64
        %v2055 = arith.addi %v2054, %v1946 : i64
        %v2056 = llvm.getelementptr %in_gate_a[%v2053] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2057 = llvm.load %v2056 : !llvm.ptr -> f32
        %v2058 = arith.addi %v1945, %v178 : i64
        %v2059 = arith.constant true
        %v2060 = arith.addi %v14, %v2058 : i64
        %v2061 = llvm.getelementptr %v4[%v2060] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2062 = llvm.load %v2061 : !llvm.ptr<3> -> i64
        %v2063 = arith.addi %v1527, %v1946 : i64
        %v2064 = arith.cmpi slt, %v2063, %v64 : i64
        %v2065 = arith.subi %size_L, %v1 : i64
        %v2066 = arith.minsi %v2063, %v2065 : i64
        %v2067 = arith.addi %v2062, %v2066 : i64
        %v2068 = arith.muli %v2060, %v76 : i64
        %v2069 = arith.addi %v2068, %v1946 : i64
        %v2070 = llvm.getelementptr %in_gate_a[%v2067] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2071 = llvm.load %v2070 : !llvm.ptr -> f32
        %v2072 = arith.addi %v1945, %v192 : i64
        %v2073 = arith.constant true
        %v2074 = arith.addi %v14, %v2072 : i64
        %v2075 = llvm.getelementptr %v4[%v2074] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2076 = llvm.load %v2075 : !llvm.ptr<3> -> i64
        %v2077 = arith.addi %v1527, %v1946 : i64
        %v2078 = arith.cmpi slt, %v2077, %v64 : i64
        %v2079 = arith.subi %size_L, %v1 : i64
        %v2080 = arith.minsi %v2077, %v2079 : i64
        %v2081 = arith.addi %v2076, %v2080 : i64
        %v2082 = arith.muli %v2074, %v76 : i64
        %v2083 = arith.addi %v2082, %v1946 : i64
        %v2084 = llvm.getelementptr %in_gate_a[%v2081] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2085 = llvm.load %v2084 : !llvm.ptr -> f32
        %v2086 = arith.addi %v1945, %v206 : i64
        %v2087 = arith.constant true
        %v2088 = arith.addi %v14, %v2086 : i64
        %v2089 = llvm.getelementptr %v4[%v2088] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2090 = llvm.load %v2089 : !llvm.ptr<3> -> i64
        %v2091 = arith.addi %v1527, %v1946 : i64
        %v2092 = arith.cmpi slt, %v2091, %v64 : i64
        %v2093 = arith.subi %size_L, %v1 : i64
        %v2094 = arith.minsi %v2091, %v2093 : i64
        %v2095 = arith.addi %v2090, %v2094 : i64
        %v2096 = arith.muli %v2088, %v76 : i64
        %v2097 = arith.addi %v2096, %v1946 : i64
        %v2098 = llvm.getelementptr %in_gate_a[%v2095] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2099 = llvm.load %v2098 : !llvm.ptr -> f32
        %v2100 = arith.addi %v1945, %v220 : i64
        %v2101 = arith.constant true
        %v2102 = arith.addi %v14, %v2100 : i64
        %v2103 = llvm.getelementptr %v4[%v2102] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2104 = llvm.load %v2103 : !llvm.ptr<3> -> i64
        %v2105 = arith.addi %v1527, %v1946 : i64
        %v2106 = arith.cmpi slt, %v2105, %v64 : i64
        %v2107 = arith.subi %size_L, %v1 : i64
        %v2108 = arith.minsi %v2105, %v2107 : i64
        %v2109 = arith.addi %v2104, %v2108 : i64
        %v2110 = arith.muli %v2102, %v76 : i64
        %v2111 = arith.addi %v2110, %v1946 : i64
        %v2112 = llvm.getelementptr %in_gate_a[%v2109] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2113 = llvm.load %v2112 : !llvm.ptr -> f32
        %v2114 = arith.addi %v1945, %v234 : i64
        %v2115 = arith.constant true
        %v2116 = arith.addi %v14, %v2114 : i64
        %v2117 = llvm.getelementptr %v4[%v2116] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2118 = llvm.load %v2117 : !llvm.ptr<3> -> i64
        %v2119 = arith.addi %v1527, %v1946 : i64
        %v2120 = arith.cmpi slt, %v2119, %v64 : i64
        %v2121 = arith.subi %size_L, %v1 : i64
        %v2122 = arith.minsi %v2119, %v2121 : i64
        %v2123 = arith.addi %v2118, %v2122 : i64
        %v2124 = arith.muli %v2116, %v76 : i64
        %v2125 = arith.addi %v2124, %v1946 : i64
        %v2126 = llvm.getelementptr %in_gate_a[%v2123] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2127 = llvm.load %v2126 : !llvm.ptr -> f32
        %v2128 = arith.addi %v1945, %v248 : i64
        %v2129 = arith.constant true
        %v2130 = arith.addi %v14, %v2128 : i64
        %v2131 = llvm.getelementptr %v4[%v2130] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2132 = llvm.load %v2131 : !llvm.ptr<3> -> i64
        %v2133 = arith.addi %v1527, %v1946 : i64
        %v2134 = arith.cmpi slt, %v2133, %v64 : i64
        %v2135 = arith.subi %size_L, %v1 : i64
        %v2136 = arith.minsi %v2133, %v2135 : i64
        %v2137 = arith.addi %v2132, %v2136 : i64
        %v2138 = arith.muli %v2130, %v76 : i64
        %v2139 = arith.addi %v2138, %v1946 : i64
        %v2140 = llvm.getelementptr %in_gate_a[%v2137] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2141 = llvm.load %v2140 : !llvm.ptr -> f32
        %v2142 = arith.addi %v1945, %v262 : i64
        %v2143 = arith.constant true
        %v2144 = arith.addi %v14, %v2142 : i64
        %v2145 = llvm.getelementptr %v4[%v2144] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2146 = llvm.load %v2145 : !llvm.ptr<3> -> i64
        %v2147 = arith.addi %v1527, %v1946 : i64
        %v2148 = arith.cmpi slt, %v2147, %v64 : i64
        %v2149 = arith.subi %size_L, %v1 : i64
        %v2150 = arith.minsi %v2147, %v2149 : i64
        %v2151 = arith.addi %v2146, %v2150 : i64
        %v2152 = arith.muli %v2144, %v76 : i64
        %v2153 = arith.addi %v2152, %v1946 : i64
        %v2154 = llvm.getelementptr %in_gate_a[%v2151] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2155 = llvm.load %v2154 : !llvm.ptr -> f32
        %v2156 = arith.addi %v1945, %v276 : i64
        %v2157 = arith.constant true
        %v2158 = arith.addi %v14, %v2156 : i64
        %v2159 = llvm.getelementptr %v4[%v2158] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2160 = llvm.load %v2159 : !llvm.ptr<3> -> i64
        %v2161 = arith.addi %v1527, %v1946 : i64
        %v2162 = arith.cmpi slt, %v2161, %v64 : i64
        %v2163 = arith.subi %size_L, %v1 : i64
        %v2164 = arith.minsi %v2161, %v2163 : i64
        %v2165 = arith.addi %v2160, %v2164 : i64
        %v2166 = arith.muli %v2158, %v76 : i64
        %v2167 = arith.addi %v2166, %v1946 : i64
        %v2168 = llvm.getelementptr %in_gate_a[%v2165] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2169 = llvm.load %v2168 : !llvm.ptr -> f32
        %v2170 = arith.addi %v1945, %v65 : i64
        %v2171 = arith.constant true
        %v2172 = arith.addi %v14, %v2170 : i64
        %v2173 = llvm.getelementptr %v4[%v2172] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2174 = llvm.load %v2173 : !llvm.ptr<3> -> i64
        %v2175 = arith.addi %v1527, %v1946 : i64
        %v2176 = arith.cmpi slt, %v2175, %v64 : i64
        %v2177 = arith.subi %size_L, %v1 : i64
        %v2178 = arith.minsi %v2175, %v2177 : i64
        %v2179 = arith.addi %v2174, %v2178 : i64
        %v2180 = arith.muli %v2172, %v76 : i64
        %v2181 = arith.addi %v2180, %v1946 : i64
        %v2182 = llvm.getelementptr %in_gate_a[%v2179] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2183 = llvm.load %v2182 : !llvm.ptr -> f32
        %v2184 = arith.addi %v1945, %v303 : i64
        %v2185 = arith.constant true
        %v2186 = arith.addi %v14, %v2184 : i64
        %v2187 = llvm.getelementptr %v4[%v2186] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2188 = llvm.load %v2187 : !llvm.ptr<3> -> i64
        %v2189 = arith.addi %v1527, %v1946 : i64
        %v2190 = arith.cmpi slt, %v2189, %v64 : i64
        %v2191 = arith.subi %size_L, %v1 : i64
        %v2192 = arith.minsi %v2189, %v2191 : i64
        %v2193 = arith.addi %v2188, %v2192 : i64
        %v2194 = arith.muli %v2186, %v76 : i64
        %v2195 = arith.addi %v2194, %v1946 : i64
        %v2196 = llvm.getelementptr %in_gate_a[%v2193] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2197 = llvm.load %v2196 : !llvm.ptr -> f32
        %v2198 = arith.addi %v1945, %v317 : i64
        %v2199 = arith.constant true
        %v2200 = arith.addi %v14, %v2198 : i64
        %v2201 = llvm.getelementptr %v4[%v2200] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2202 = llvm.load %v2201 : !llvm.ptr<3> -> i64
        %v2203 = arith.addi %v1527, %v1946 : i64
        %v2204 = arith.cmpi slt, %v2203, %v64 : i64
        %v2205 = arith.subi %size_L, %v1 : i64
        %v2206 = arith.minsi %v2203, %v2205 : i64
        %v2207 = arith.addi %v2202, %v2206 : i64
        %v2208 = arith.muli %v2200, %v76 : i64
        %v2209 = arith.addi %v2208, %v1946 : i64
        %v2210 = llvm.getelementptr %in_gate_a[%v2207] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2211 = llvm.load %v2210 : !llvm.ptr -> f32
        %v2212 = arith.addi %v1945, %v331 : i64
        %v2213 = arith.constant true
        %v2214 = arith.addi %v14, %v2212 : i64
        %v2215 = llvm.getelementptr %v4[%v2214] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2216 = llvm.load %v2215 : !llvm.ptr<3> -> i64
        %v2217 = arith.addi %v1527, %v1946 : i64
        %v2218 = arith.cmpi slt, %v2217, %v64 : i64
        %v2219 = arith.subi %size_L, %v1 : i64
        %v2220 = arith.minsi %v2217, %v2219 : i64
        %v2221 = arith.addi %v2216, %v2220 : i64
        %v2222 = arith.muli %v2214, %v76 : i64
        %v2223 = arith.addi %v2222, %v1946 : i64
        %v2224 = llvm.getelementptr %in_gate_a[%v2221] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2225 = llvm.load %v2224 : !llvm.ptr -> f32
        %v2226 = arith.addi %v1945, %v345 : i64
        %v2227 = arith.constant true
        %v2228 = arith.addi %v14, %v2226 : i64
        %v2229 = llvm.getelementptr %v4[%v2228] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2230 = llvm.load %v2229 : !llvm.ptr<3> -> i64
        %v2231 = arith.addi %v1527, %v1946 : i64
        %v2232 = arith.cmpi slt, %v2231, %v64 : i64
        %v2233 = arith.subi %size_L, %v1 : i64
        %v2234 = arith.minsi %v2231, %v2233 : i64
        %v2235 = arith.addi %v2230, %v2234 : i64
        %v2236 = arith.muli %v2228, %v76 : i64
        %v2237 = arith.addi %v2236, %v1946 : i64
        %v2238 = llvm.getelementptr %in_gate_a[%v2235] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2239 = llvm.load %v2238 : !llvm.ptr -> f32
        %v2240 = arith.addi %v1945, %v359 : i64
        %v2241 = arith.constant true
        %v2242 = arith.addi %v14, %v2240 : i64
        %v2243 = llvm.getelementptr %v4[%v2242] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2244 = llvm.load %v2243 : !llvm.ptr<3> -> i64
        %v2245 = arith.addi %v1527, %v1946 : i64
        %v2246 = arith.cmpi slt, %v2245, %v64 : i64
        %v2247 = arith.subi %size_L, %v1 : i64
        %v2248 = arith.minsi %v2245, %v2247 : i64
        %v2249 = arith.addi %v2244, %v2248 : i64
        %v2250 = arith.muli %v2242, %v76 : i64
        %v2251 = arith.addi %v2250, %v1946 : i64
        %v2252 = llvm.getelementptr %in_gate_a[%v2249] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2253 = llvm.load %v2252 : !llvm.ptr -> f32
        %v2254 = arith.addi %v1945, %v373 : i64
        %v2255 = arith.constant true
        %v2256 = arith.addi %v14, %v2254 : i64
        %v2257 = llvm.getelementptr %v4[%v2256] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2258 = llvm.load %v2257 : !llvm.ptr<3> -> i64
        %v2259 = arith.addi %v1527, %v1946 : i64
        %v2260 = arith.cmpi slt, %v2259, %v64 : i64
        %v2261 = arith.subi %size_L, %v1 : i64
        %v2262 = arith.minsi %v2259, %v2261 : i64
        %v2263 = arith.addi %v2258, %v2262 : i64
        %v2264 = arith.muli %v2256, %v76 : i64
        %v2265 = arith.addi %v2264, %v1946 : i64
        %v2266 = llvm.getelementptr %in_gate_a[%v2263] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2267 = llvm.load %v2266 : !llvm.ptr -> f32
        %v2268 = arith.addi %v1945, %v387 : i64
        %v2269 = arith.constant true
        %v2270 = arith.addi %v14, %v2268 : i64
        %v2271 = llvm.getelementptr %v4[%v2270] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2272 = llvm.load %v2271 : !llvm.ptr<3> -> i64
        %v2273 = arith.addi %v1527, %v1946 : i64
        %v2274 = arith.cmpi slt, %v2273, %v64 : i64
        %v2275 = arith.subi %size_L, %v1 : i64
        %v2276 = arith.minsi %v2273, %v2275 : i64
        %v2277 = arith.addi %v2272, %v2276 : i64
        %v2278 = arith.muli %v2270, %v76 : i64
        %v2279 = arith.addi %v2278, %v1946 : i64
        %v2280 = llvm.getelementptr %in_gate_a[%v2277] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2281 = llvm.load %v2280 : !llvm.ptr -> f32
        %v2282 = arith.addi %v1945, %v401 : i64
        %v2283 = arith.constant true
        %v2284 = arith.addi %v14, %v2282 : i64
        %v2285 = llvm.getelementptr %v4[%v2284] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2286 = llvm.load %v2285 : !llvm.ptr<3> -> i64
        %v2287 = arith.addi %v1527, %v1946 : i64
        %v2288 = arith.cmpi slt, %v2287, %v64 : i64
        %v2289 = arith.subi %size_L, %v1 : i64
        %v2290 = arith.minsi %v2287, %v2289 : i64
        %v2291 = arith.addi %v2286, %v2290 : i64
        %v2292 = arith.muli %v2284, %v76 : i64
        %v2293 = arith.addi %v2292, %v1946 : i64
        %v2294 = llvm.getelementptr %in_gate_a[%v2291] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2295 = llvm.load %v2294 : !llvm.ptr -> f32
        %v2296 = arith.addi %v1945, %v415 : i64
        %v2297 = arith.constant true
        %v2298 = arith.addi %v14, %v2296 : i64
        %v2299 = llvm.getelementptr %v4[%v2298] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2300 = llvm.load %v2299 : !llvm.ptr<3> -> i64
        %v2301 = arith.addi %v1527, %v1946 : i64
        %v2302 = arith.cmpi slt, %v2301, %v64 : i64
        %v2303 = arith.subi %size_L, %v1 : i64
        %v2304 = arith.minsi %v2301, %v2303 : i64
        %v2305 = arith.addi %v2300, %v2304 : i64
        %v2306 = arith.muli %v2298, %v76 : i64
        %v2307 = arith.addi %v2306, %v1946 : i64
        %v2308 = llvm.getelementptr %in_gate_a[%v2305] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2309 = llvm.load %v2308 : !llvm.ptr -> f32
        %v2310 = arith.addi %v1945, %v429 : i64
        %v2311 = arith.constant true
        %v2312 = arith.addi %v14, %v2310 : i64
        %v2313 = llvm.getelementptr %v4[%v2312] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2314 = llvm.load %v2313 : !llvm.ptr<3> -> i64
        %v2315 = arith.addi %v1527, %v1946 : i64
        %v2316 = arith.cmpi slt, %v2315, %v64 : i64
        %v2317 = arith.subi %size_L, %v1 : i64
        %v2318 = arith.minsi %v2315, %v2317 : i64
        %v2319 = arith.addi %v2314, %v2318 : i64
        %v2320 = arith.muli %v2312, %v76 : i64
        %v2321 = arith.addi %v2320, %v1946 : i64
        %v2322 = llvm.getelementptr %in_gate_a[%v2319] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2323 = llvm.load %v2322 : !llvm.ptr -> f32
        %v2324 = arith.addi %v1945, %v443 : i64
        %v2325 = arith.constant true
        %v2326 = arith.addi %v14, %v2324 : i64
        %v2327 = llvm.getelementptr %v4[%v2326] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2328 = llvm.load %v2327 : !llvm.ptr<3> -> i64
        %v2329 = arith.addi %v1527, %v1946 : i64
        %v2330 = arith.cmpi slt, %v2329, %v64 : i64
        %v2331 = arith.subi %size_L, %v1 : i64
        %v2332 = arith.minsi %v2329, %v2331 : i64
        %v2333 = arith.addi %v2328, %v2332 : i64
        %v2334 = arith.muli %v2326, %v76 : i64
        %v2335 = arith.addi %v2334, %v1946 : i64
        %v2336 = llvm.getelementptr %in_gate_a[%v2333] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2337 = llvm.load %v2336 : !llvm.ptr -> f32
        %v2338 = arith.addi %v1945, %v457 : i64
        %v2339 = arith.constant true
        %v2340 = arith.addi %v14, %v2338 : i64
        %v2341 = llvm.getelementptr %v4[%v2340] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2342 = llvm.load %v2341 : !llvm.ptr<3> -> i64
        %v2343 = arith.addi %v1527, %v1946 : i64
        %v2344 = arith.cmpi slt, %v2343, %v64 : i64
        %v2345 = arith.subi %size_L, %v1 : i64
        %v2346 = arith.minsi %v2343, %v2345 : i64
        %v2347 = arith.addi %v2342, %v2346 : i64
        %v2348 = arith.muli %v2340, %v76 : i64
        %v2349 = arith.addi %v2348, %v1946 : i64
        %v2350 = llvm.getelementptr %in_gate_a[%v2347] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2351 = llvm.load %v2350 : !llvm.ptr -> f32
        %v2352 = arith.addi %v1945, %v471 : i64
        %v2353 = arith.constant true
        %v2354 = arith.addi %v14, %v2352 : i64
        %v2355 = llvm.getelementptr %v4[%v2354] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2356 = llvm.load %v2355 : !llvm.ptr<3> -> i64
        %v2357 = arith.addi %v1527, %v1946 : i64
        %v2358 = arith.cmpi slt, %v2357, %v64 : i64
        %v2359 = arith.subi %size_L, %v1 : i64
        %v2360 = arith.minsi %v2357, %v2359 : i64
        %v2361 = arith.addi %v2356, %v2360 : i64
        %v2362 = arith.muli %v2354, %v76 : i64
        %v2363 = arith.addi %v2362, %v1946 : i64
        %v2364 = llvm.getelementptr %in_gate_a[%v2361] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2365 = llvm.load %v2364 : !llvm.ptr -> f32
        %v2366 = arith.addi %v1945, %v485 : i64
        %v2367 = arith.constant true
        %v2368 = arith.addi %v14, %v2366 : i64
        %v2369 = llvm.getelementptr %v4[%v2368] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2370 = llvm.load %v2369 : !llvm.ptr<3> -> i64
        %v2371 = arith.addi %v1527, %v1946 : i64
        %v2372 = arith.cmpi slt, %v2371, %v64 : i64
        %v2373 = arith.subi %size_L, %v1 : i64
        %v2374 = arith.minsi %v2371, %v2373 : i64
        %v2375 = arith.addi %v2370, %v2374 : i64
        %v2376 = arith.muli %v2368, %v76 : i64
        %v2377 = arith.addi %v2376, %v1946 : i64
        %v2378 = llvm.getelementptr %in_gate_a[%v2375] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2379 = llvm.load %v2378 : !llvm.ptr -> f32
        %v2380 = arith.addi %v1945, %v499 : i64
        %v2381 = arith.constant true
        %v2382 = arith.addi %v14, %v2380 : i64
        %v2383 = llvm.getelementptr %v4[%v2382] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2384 = llvm.load %v2383 : !llvm.ptr<3> -> i64
        %v2385 = arith.addi %v1527, %v1946 : i64
        %v2386 = arith.cmpi slt, %v2385, %v64 : i64
        %v2387 = arith.subi %size_L, %v1 : i64
        %v2388 = arith.minsi %v2385, %v2387 : i64
        %v2389 = arith.addi %v2384, %v2388 : i64
        %v2390 = arith.muli %v2382, %v76 : i64
        %v2391 = arith.addi %v2390, %v1946 : i64
        %v2392 = llvm.getelementptr %in_gate_a[%v2389] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2393 = llvm.load %v2392 : !llvm.ptr -> f32
        %v2394 = arith.divui %v12, %v65 : i64
        %v2395 = arith.remui %v12, %v65 : i64
        %v2396 = arith.constant true
        %v2397 = arith.addi %v44, %v2394 : i64
        %v2398 = llvm.getelementptr %v4[%v2397] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2399 = llvm.load %v2398 : !llvm.ptr<3> -> i64
        %v2400 = arith.addi %v1527, %v2395 : i64
        %v2401 = arith.cmpi slt, %v2400, %v64 : i64
        %v2402 = arith.subi %size_L, %v1 : i64
        %v2403 = arith.minsi %v2400, %v2402 : i64
        %v2404 = arith.addi %v2399, %v2403 : i64
        %v2405 = arith.muli %v2397, %v76 : i64
        %v2406 = arith.addi %v2405, %v2395 : i64
        %v2407 = llvm.getelementptr %in_gate_x[%v2404] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2408 = llvm.load %v2407 : !llvm.ptr -> f32
        %v2409 = arith.addi %v2394, %v43 : i64
        %v2410 = arith.constant true
        %v2411 = arith.addi %v44, %v2409 : i64
        %v2412 = llvm.getelementptr %v4[%v2411] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2413 = llvm.load %v2412 : !llvm.ptr<3> -> i64
        %v2414 = arith.addi %v1527, %v2395 : i64
        %v2415 = arith.cmpi slt, %v2414, %v64 : i64
        %v2416 = arith.subi %size_L, %v1 : i64
        %v2417 = arith.minsi %v2414, %v2416 : i64
        %v2418 = arith.addi %v2413, %v2417 : i64
        %v2419 = arith.muli %v2411, %v76 : i64
        %v2420 = arith.addi %v2419, %v2395 : i64
        %v2421 = llvm.getelementptr %in_gate_x[%v2418] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2422 = llvm.load %v2421 : !llvm.ptr -> f32
        %v2423 = arith.addi %v2394, %v94 : i64
        %v2424 = arith.constant true
        %v2425 = arith.addi %v44, %v2423 : i64
        %v2426 = llvm.getelementptr %v4[%v2425] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2427 = llvm.load %v2426 : !llvm.ptr<3> -> i64
        %v2428 = arith.addi %v1527, %v2395 : i64
        %v2429 = arith.cmpi slt, %v2428, %v64 : i64
        %v2430 = arith.subi %size_L, %v1 : i64
        %v2431 = arith.minsi %v2428, %v2430 : i64
        %v2432 = arith.addi %v2427, %v2431 : i64
        %v2433 = arith.muli %v2425, %v76 : i64
        %v2434 = arith.addi %v2433, %v2395 : i64
        %v2435 = llvm.getelementptr %in_gate_x[%v2432] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2436 = llvm.load %v2435 : !llvm.ptr -> f32
        %v2437 = arith.addi %v2394, %v108 : i64
        %v2438 = arith.constant true
        %v2439 = arith.addi %v44, %v2437 : i64
        %v2440 = llvm.getelementptr %v4[%v2439] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2441 = llvm.load %v2440 : !llvm.ptr<3> -> i64
        %v2442 = arith.addi %v1527, %v2395 : i64
        %v2443 = arith.cmpi slt, %v2442, %v64 : i64
        %v2444 = arith.subi %size_L, %v1 : i64
        %v2445 = arith.minsi %v2442, %v2444 : i64
        %v2446 = arith.addi %v2441, %v2445 : i64
        %v2447 = arith.muli %v2439, %v76 : i64
        %v2448 = arith.addi %v2447, %v2395 : i64
        %v2449 = llvm.getelementptr %in_gate_x[%v2446] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2450 = llvm.load %v2449 : !llvm.ptr -> f32
        %v2451 = arith.addi %v2394, %v122 : i64
        %v2452 = arith.constant true
        %v2453 = arith.addi %v44, %v2451 : i64
        %v2454 = llvm.getelementptr %v4[%v2453] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2455 = llvm.load %v2454 : !llvm.ptr<3> -> i64
        %v2456 = arith.addi %v1527, %v2395 : i64
        %v2457 = arith.cmpi slt, %v2456, %v64 : i64
        %v2458 = arith.subi %size_L, %v1 : i64
        %v2459 = arith.minsi %v2456, %v2458 : i64
        %v2460 = arith.addi %v2455, %v2459 : i64
        %v2461 = arith.muli %v2453, %v76 : i64
        %v2462 = arith.addi %v2461, %v2395 : i64
        %v2463 = llvm.getelementptr %in_gate_x[%v2460] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2464 = llvm.load %v2463 : !llvm.ptr -> f32
        %v2465 = arith.addi %v2394, %v136 : i64
        %v2466 = arith.constant true
        %v2467 = arith.addi %v44, %v2465 : i64
        %v2468 = llvm.getelementptr %v4[%v2467] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2469 = llvm.load %v2468 : !llvm.ptr<3> -> i64
        %v2470 = arith.addi %v1527, %v2395 : i64
        %v2471 = arith.cmpi slt, %v2470, %v64 : i64
        %v2472 = arith.subi %size_L, %v1 : i64
        %v2473 = arith.minsi %v2470, %v2472 : i64
        %v2474 = arith.addi %v2469, %v2473 : i64
        %v2475 = arith.muli %v2467, %v76 : i64
        %v2476 = arith.addi %v2475, %v2395 : i64
        %v2477 = llvm.getelementptr %in_gate_x[%v2474] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2478 = llvm.load %v2477 : !llvm.ptr -> f32
        %v2479 = arith.addi %v2394, %v150 : i64
        %v2480 = arith.constant true
        %v2481 = arith.addi %v44, %v2479 : i64
        %v2482 = llvm.getelementptr %v4[%v2481] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2483 = llvm.load %v2482 : !llvm.ptr<3> -> i64
        %v2484 = arith.addi %v1527, %v2395 : i64
        %v2485 = arith.cmpi slt, %v2484, %v64 : i64
        %v2486 = arith.subi %size_L, %v1 : i64
        %v2487 = arith.minsi %v2484, %v2486 : i64
        %v2488 = arith.addi %v2483, %v2487 : i64
        %v2489 = arith.muli %v2481, %v76 : i64
        %v2490 = arith.addi %v2489, %v2395 : i64
        %v2491 = llvm.getelementptr %in_gate_x[%v2488] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2492 = llvm.load %v2491 : !llvm.ptr -> f32
        %v2493 = arith.addi %v2394, %v164 : i64
        %v2494 = arith.constant true
        %v2495 = arith.addi %v44, %v2493 : i64
        %v2496 = llvm.getelementptr %v4[%v2495] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2497 = llvm.load %v2496 : !llvm.ptr<3> -> i64
        %v2498 = arith.addi %v1527, %v2395 : i64
        %v2499 = arith.cmpi slt, %v2498, %v64 : i64
        %v2500 = arith.subi %size_L, %v1 : i64
        %v2501 = arith.minsi %v2498, %v2500 : i64
        %v2502 = arith.addi %v2497, %v2501 : i64
        %v2503 = arith.muli %v2495, %v76 : i64
        %v2504 = arith.addi %v2503, %v2395 : i64
        %v2505 = llvm.getelementptr %in_gate_x[%v2502] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2506 = llvm.load %v2505 : !llvm.ptr -> f32
        %v2507 = arith.addi %v2394, %v178 : i64
        %v2508 = arith.constant true
        %v2509 = arith.addi %v44, %v2507 : i64
        %v2510 = llvm.getelementptr %v4[%v2509] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2511 = llvm.load %v2510 : !llvm.ptr<3> -> i64
        %v2512 = arith.addi %v1527, %v2395 : i64
        %v2513 = arith.cmpi slt, %v2512, %v64 : i64
        %v2514 = arith.subi %size_L, %v1 : i64
        %v2515 = arith.minsi %v2512, %v2514 : i64
        %v2516 = arith.addi %v2511, %v2515 : i64
        %v2517 = arith.muli %v2509, %v76 : i64
        %v2518 = arith.addi %v2517, %v2395 : i64
        %v2519 = llvm.getelementptr %in_gate_x[%v2516] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2520 = llvm.load %v2519 : !llvm.ptr -> f32
        %v2521 = arith.addi %v2394, %v192 : i64
        %v2522 = arith.constant true
        %v2523 = arith.addi %v44, %v2521 : i64
        %v2524 = llvm.getelementptr %v4[%v2523] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2525 = llvm.load %v2524 : !llvm.ptr<3> -> i64
        %v2526 = arith.addi %v1527, %v2395 : i64
        %v2527 = arith.cmpi slt, %v2526, %v64 : i64
        %v2528 = arith.subi %size_L, %v1 : i64
        %v2529 = arith.minsi %v2526, %v2528 : i64
        %v2530 = arith.addi %v2525, %v2529 : i64
        %v2531 = arith.muli %v2523, %v76 : i64
        %v2532 = arith.addi %v2531, %v2395 : i64
        %v2533 = llvm.getelementptr %in_gate_x[%v2530] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2534 = llvm.load %v2533 : !llvm.ptr -> f32
        %v2535 = arith.addi %v2394, %v206 : i64
        %v2536 = arith.constant true
        %v2537 = arith.addi %v44, %v2535 : i64
        %v2538 = llvm.getelementptr %v4[%v2537] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2539 = llvm.load %v2538 : !llvm.ptr<3> -> i64
        %v2540 = arith.addi %v1527, %v2395 : i64
        %v2541 = arith.cmpi slt, %v2540, %v64 : i64
        %v2542 = arith.subi %size_L, %v1 : i64
        %v2543 = arith.minsi %v2540, %v2542 : i64
        %v2544 = arith.addi %v2539, %v2543 : i64
        %v2545 = arith.muli %v2537, %v76 : i64
        %v2546 = arith.addi %v2545, %v2395 : i64
        %v2547 = llvm.getelementptr %in_gate_x[%v2544] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2548 = llvm.load %v2547 : !llvm.ptr -> f32
        %v2549 = arith.addi %v2394, %v220 : i64
        %v2550 = arith.constant true
        %v2551 = arith.addi %v44, %v2549 : i64
        %v2552 = llvm.getelementptr %v4[%v2551] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2553 = llvm.load %v2552 : !llvm.ptr<3> -> i64
        %v2554 = arith.addi %v1527, %v2395 : i64
        %v2555 = arith.cmpi slt, %v2554, %v64 : i64
        %v2556 = arith.subi %size_L, %v1 : i64
        %v2557 = arith.minsi %v2554, %v2556 : i64
        %v2558 = arith.addi %v2553, %v2557 : i64
        %v2559 = arith.muli %v2551, %v76 : i64
        %v2560 = arith.addi %v2559, %v2395 : i64
        %v2561 = llvm.getelementptr %in_gate_x[%v2558] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2562 = llvm.load %v2561 : !llvm.ptr -> f32
        %v2563 = arith.addi %v2394, %v234 : i64
        %v2564 = arith.constant true
        %v2565 = arith.addi %v44, %v2563 : i64
        %v2566 = llvm.getelementptr %v4[%v2565] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2567 = llvm.load %v2566 : !llvm.ptr<3> -> i64
        %v2568 = arith.addi %v1527, %v2395 : i64
        %v2569 = arith.cmpi slt, %v2568, %v64 : i64
        %v2570 = arith.subi %size_L, %v1 : i64
        %v2571 = arith.minsi %v2568, %v2570 : i64
        %v2572 = arith.addi %v2567, %v2571 : i64
        %v2573 = arith.muli %v2565, %v76 : i64
        %v2574 = arith.addi %v2573, %v2395 : i64
        %v2575 = llvm.getelementptr %in_gate_x[%v2572] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2576 = llvm.load %v2575 : !llvm.ptr -> f32
        %v2577 = arith.addi %v2394, %v248 : i64
        %v2578 = arith.constant true
        %v2579 = arith.addi %v44, %v2577 : i64
        %v2580 = llvm.getelementptr %v4[%v2579] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2581 = llvm.load %v2580 : !llvm.ptr<3> -> i64
        %v2582 = arith.addi %v1527, %v2395 : i64
        %v2583 = arith.cmpi slt, %v2582, %v64 : i64
        %v2584 = arith.subi %size_L, %v1 : i64
        %v2585 = arith.minsi %v2582, %v2584 : i64
        %v2586 = arith.addi %v2581, %v2585 : i64
        %v2587 = arith.muli %v2579, %v76 : i64
        %v2588 = arith.addi %v2587, %v2395 : i64
        %v2589 = llvm.getelementptr %in_gate_x[%v2586] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2590 = llvm.load %v2589 : !llvm.ptr -> f32
        %v2591 = arith.addi %v2394, %v262 : i64
        %v2592 = arith.constant true
        %v2593 = arith.addi %v44, %v2591 : i64
        %v2594 = llvm.getelementptr %v4[%v2593] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2595 = llvm.load %v2594 : !llvm.ptr<3> -> i64
        %v2596 = arith.addi %v1527, %v2395 : i64
        %v2597 = arith.cmpi slt, %v2596, %v64 : i64
        %v2598 = arith.subi %size_L, %v1 : i64
        %v2599 = arith.minsi %v2596, %v2598 : i64
        %v2600 = arith.addi %v2595, %v2599 : i64
        %v2601 = arith.muli %v2593, %v76 : i64
        %v2602 = arith.addi %v2601, %v2395 : i64
        %v2603 = llvm.getelementptr %in_gate_x[%v2600] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2604 = llvm.load %v2603 : !llvm.ptr -> f32
        %v2605 = arith.addi %v2394, %v276 : i64
        %v2606 = arith.constant true
        %v2607 = arith.addi %v44, %v2605 : i64
        %v2608 = llvm.getelementptr %v4[%v2607] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2609 = llvm.load %v2608 : !llvm.ptr<3> -> i64
        %v2610 = arith.addi %v1527, %v2395 : i64
        %v2611 = arith.cmpi slt, %v2610, %v64 : i64
        %v2612 = arith.subi %size_L, %v1 : i64
        %v2613 = arith.minsi %v2610, %v2612 : i64
        %v2614 = arith.addi %v2609, %v2613 : i64
        %v2615 = arith.muli %v2607, %v76 : i64
        %v2616 = arith.addi %v2615, %v2395 : i64
        %v2617 = llvm.getelementptr %in_gate_x[%v2614] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2618 = llvm.load %v2617 : !llvm.ptr -> f32
        %v2619 = arith.addi %v2394, %v65 : i64
        %v2620 = arith.constant true
        %v2621 = arith.addi %v44, %v2619 : i64
        %v2622 = llvm.getelementptr %v4[%v2621] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2623 = llvm.load %v2622 : !llvm.ptr<3> -> i64
        %v2624 = arith.addi %v1527, %v2395 : i64
        %v2625 = arith.cmpi slt, %v2624, %v64 : i64
        %v2626 = arith.subi %size_L, %v1 : i64
        %v2627 = arith.minsi %v2624, %v2626 : i64
        %v2628 = arith.addi %v2623, %v2627 : i64
        %v2629 = arith.muli %v2621, %v76 : i64
        %v2630 = arith.addi %v2629, %v2395 : i64
        %v2631 = llvm.getelementptr %in_gate_x[%v2628] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2632 = llvm.load %v2631 : !llvm.ptr -> f32
        %v2633 = arith.addi %v2394, %v303 : i64
        %v2634 = arith.constant true
        %v2635 = arith.addi %v44, %v2633 : i64
        %v2636 = llvm.getelementptr %v4[%v2635] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2637 = llvm.load %v2636 : !llvm.ptr<3> -> i64
        %v2638 = arith.addi %v1527, %v2395 : i64
        %v2639 = arith.cmpi slt, %v2638, %v64 : i64
        %v2640 = arith.subi %size_L, %v1 : i64
        %v2641 = arith.minsi %v2638, %v2640 : i64
        %v2642 = arith.addi %v2637, %v2641 : i64
        %v2643 = arith.muli %v2635, %v76 : i64
        %v2644 = arith.addi %v2643, %v2395 : i64
        %v2645 = llvm.getelementptr %in_gate_x[%v2642] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2646 = llvm.load %v2645 : !llvm.ptr -> f32
        %v2647 = arith.addi %v2394, %v317 : i64
        %v2648 = arith.constant true
        %v2649 = arith.addi %v44, %v2647 : i64
        %v2650 = llvm.getelementptr %v4[%v2649] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2651 = llvm.load %v2650 : !llvm.ptr<3> -> i64
        %v2652 = arith.addi %v1527, %v2395 : i64
        %v2653 = arith.cmpi slt, %v2652, %v64 : i64
        %v2654 = arith.subi %size_L, %v1 : i64
        %v2655 = arith.minsi %v2652, %v2654 : i64
        %v2656 = arith.addi %v2651, %v2655 : i64
        %v2657 = arith.muli %v2649, %v76 : i64
        %v2658 = arith.addi %v2657, %v2395 : i64
        %v2659 = llvm.getelementptr %in_gate_x[%v2656] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2660 = llvm.load %v2659 : !llvm.ptr -> f32
        %v2661 = arith.addi %v2394, %v331 : i64
        %v2662 = arith.constant true
        %v2663 = arith.addi %v44, %v2661 : i64
        %v2664 = llvm.getelementptr %v4[%v2663] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2665 = llvm.load %v2664 : !llvm.ptr<3> -> i64
        %v2666 = arith.addi %v1527, %v2395 : i64
        %v2667 = arith.cmpi slt, %v2666, %v64 : i64
        %v2668 = arith.subi %size_L, %v1 : i64
        %v2669 = arith.minsi %v2666, %v2668 : i64
        %v2670 = arith.addi %v2665, %v2669 : i64
        %v2671 = arith.muli %v2663, %v76 : i64
        %v2672 = arith.addi %v2671, %v2395 : i64
        %v2673 = llvm.getelementptr %in_gate_x[%v2670] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2674 = llvm.load %v2673 : !llvm.ptr -> f32
        %v2675 = arith.addi %v2394, %v345 : i64
        %v2676 = arith.constant true
        %v2677 = arith.addi %v44, %v2675 : i64
        %v2678 = llvm.getelementptr %v4[%v2677] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2679 = llvm.load %v2678 : !llvm.ptr<3> -> i64
        %v2680 = arith.addi %v1527, %v2395 : i64
        %v2681 = arith.cmpi slt, %v2680, %v64 : i64
        %v2682 = arith.subi %size_L, %v1 : i64
        %v2683 = arith.minsi %v2680, %v2682 : i64
        %v2684 = arith.addi %v2679, %v2683 : i64
        %v2685 = arith.muli %v2677, %v76 : i64
        %v2686 = arith.addi %v2685, %v2395 : i64
        %v2687 = llvm.getelementptr %in_gate_x[%v2684] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2688 = llvm.load %v2687 : !llvm.ptr -> f32
        %v2689 = arith.addi %v2394, %v359 : i64
        %v2690 = arith.constant true
        %v2691 = arith.addi %v44, %v2689 : i64
        %v2692 = llvm.getelementptr %v4[%v2691] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2693 = llvm.load %v2692 : !llvm.ptr<3> -> i64
        %v2694 = arith.addi %v1527, %v2395 : i64
        %v2695 = arith.cmpi slt, %v2694, %v64 : i64
        %v2696 = arith.subi %size_L, %v1 : i64
        %v2697 = arith.minsi %v2694, %v2696 : i64
        %v2698 = arith.addi %v2693, %v2697 : i64
        %v2699 = arith.muli %v2691, %v76 : i64
        %v2700 = arith.addi %v2699, %v2395 : i64
        %v2701 = llvm.getelementptr %in_gate_x[%v2698] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2702 = llvm.load %v2701 : !llvm.ptr -> f32
        %v2703 = arith.addi %v2394, %v373 : i64
        %v2704 = arith.constant true
        %v2705 = arith.addi %v44, %v2703 : i64
        %v2706 = llvm.getelementptr %v4[%v2705] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2707 = llvm.load %v2706 : !llvm.ptr<3> -> i64
        %v2708 = arith.addi %v1527, %v2395 : i64
        %v2709 = arith.cmpi slt, %v2708, %v64 : i64
        %v2710 = arith.subi %size_L, %v1 : i64
        %v2711 = arith.minsi %v2708, %v2710 : i64
        %v2712 = arith.addi %v2707, %v2711 : i64
        %v2713 = arith.muli %v2705, %v76 : i64
        %v2714 = arith.addi %v2713, %v2395 : i64
        %v2715 = llvm.getelementptr %in_gate_x[%v2712] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2716 = llvm.load %v2715 : !llvm.ptr -> f32
        %v2717 = arith.addi %v2394, %v387 : i64
        %v2718 = arith.constant true
        %v2719 = arith.addi %v44, %v2717 : i64
        %v2720 = llvm.getelementptr %v4[%v2719] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2721 = llvm.load %v2720 : !llvm.ptr<3> -> i64
        %v2722 = arith.addi %v1527, %v2395 : i64
        %v2723 = arith.cmpi slt, %v2722, %v64 : i64
        %v2724 = arith.subi %size_L, %v1 : i64
        %v2725 = arith.minsi %v2722, %v2724 : i64
        %v2726 = arith.addi %v2721, %v2725 : i64
        %v2727 = arith.muli %v2719, %v76 : i64
        %v2728 = arith.addi %v2727, %v2395 : i64
        %v2729 = llvm.getelementptr %in_gate_x[%v2726] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2730 = llvm.load %v2729 : !llvm.ptr -> f32
        %v2731 = arith.addi %v2394, %v401 : i64
        %v2732 = arith.constant true
        %v2733 = arith.addi %v44, %v2731 : i64
        %v2734 = llvm.getelementptr %v4[%v2733] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2735 = llvm.load %v2734 : !llvm.ptr<3> -> i64
        %v2736 = arith.addi %v1527, %v2395 : i64
        %v2737 = arith.cmpi slt, %v2736, %v64 : i64
        %v2738 = arith.subi %size_L, %v1 : i64
        %v2739 = arith.minsi %v2736, %v2738 : i64
        %v2740 = arith.addi %v2735, %v2739 : i64
        %v2741 = arith.muli %v2733, %v76 : i64
        %v2742 = arith.addi %v2741, %v2395 : i64
        %v2743 = llvm.getelementptr %in_gate_x[%v2740] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2744 = llvm.load %v2743 : !llvm.ptr -> f32
        %v2745 = arith.addi %v2394, %v415 : i64
        %v2746 = arith.constant true
        %v2747 = arith.addi %v44, %v2745 : i64
        %v2748 = llvm.getelementptr %v4[%v2747] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2749 = llvm.load %v2748 : !llvm.ptr<3> -> i64
        %v2750 = arith.addi %v1527, %v2395 : i64
        %v2751 = arith.cmpi slt, %v2750, %v64 : i64
        %v2752 = arith.subi %size_L, %v1 : i64
        %v2753 = arith.minsi %v2750, %v2752 : i64
        %v2754 = arith.addi %v2749, %v2753 : i64
        %v2755 = arith.muli %v2747, %v76 : i64
        %v2756 = arith.addi %v2755, %v2395 : i64
        %v2757 = llvm.getelementptr %in_gate_x[%v2754] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2758 = llvm.load %v2757 : !llvm.ptr -> f32
        %v2759 = arith.addi %v2394, %v429 : i64
        %v2760 = arith.constant true
        %v2761 = arith.addi %v44, %v2759 : i64
        %v2762 = llvm.getelementptr %v4[%v2761] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2763 = llvm.load %v2762 : !llvm.ptr<3> -> i64
        %v2764 = arith.addi %v1527, %v2395 : i64
        %v2765 = arith.cmpi slt, %v2764, %v64 : i64
        %v2766 = arith.subi %size_L, %v1 : i64
        %v2767 = arith.minsi %v2764, %v2766 : i64
        %v2768 = arith.addi %v2763, %v2767 : i64
        %v2769 = arith.muli %v2761, %v76 : i64
        %v2770 = arith.addi %v2769, %v2395 : i64
        %v2771 = llvm.getelementptr %in_gate_x[%v2768] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2772 = llvm.load %v2771 : !llvm.ptr -> f32
        %v2773 = arith.addi %v2394, %v443 : i64
        %v2774 = arith.constant true
        %v2775 = arith.addi %v44, %v2773 : i64
        %v2776 = llvm.getelementptr %v4[%v2775] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2777 = llvm.load %v2776 : !llvm.ptr<3> -> i64
        %v2778 = arith.addi %v1527, %v2395 : i64
        %v2779 = arith.cmpi slt, %v2778, %v64 : i64
        %v2780 = arith.subi %size_L, %v1 : i64
        %v2781 = arith.minsi %v2778, %v2780 : i64
        %v2782 = arith.addi %v2777, %v2781 : i64
        %v2783 = arith.muli %v2775, %v76 : i64
        %v2784 = arith.addi %v2783, %v2395 : i64
        %v2785 = llvm.getelementptr %in_gate_x[%v2782] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2786 = llvm.load %v2785 : !llvm.ptr -> f32
        %v2787 = arith.addi %v2394, %v457 : i64
        %v2788 = arith.constant true
        %v2789 = arith.addi %v44, %v2787 : i64
        %v2790 = llvm.getelementptr %v4[%v2789] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2791 = llvm.load %v2790 : !llvm.ptr<3> -> i64
        %v2792 = arith.addi %v1527, %v2395 : i64
        %v2793 = arith.cmpi slt, %v2792, %v64 : i64
        %v2794 = arith.subi %size_L, %v1 : i64
        %v2795 = arith.minsi %v2792, %v2794 : i64
        %v2796 = arith.addi %v2791, %v2795 : i64
        %v2797 = arith.muli %v2789, %v76 : i64
        %v2798 = arith.addi %v2797, %v2395 : i64
        %v2799 = llvm.getelementptr %in_gate_x[%v2796] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2800 = llvm.load %v2799 : !llvm.ptr -> f32
        %v2801 = arith.addi %v2394, %v471 : i64
        %v2802 = arith.constant true
        %v2803 = arith.addi %v44, %v2801 : i64
        %v2804 = llvm.getelementptr %v4[%v2803] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2805 = llvm.load %v2804 : !llvm.ptr<3> -> i64
        %v2806 = arith.addi %v1527, %v2395 : i64
        %v2807 = arith.cmpi slt, %v2806, %v64 : i64
        %v2808 = arith.subi %size_L, %v1 : i64
        %v2809 = arith.minsi %v2806, %v2808 : i64
        %v2810 = arith.addi %v2805, %v2809 : i64
        %v2811 = arith.muli %v2803, %v76 : i64
        %v2812 = arith.addi %v2811, %v2395 : i64
        %v2813 = llvm.getelementptr %in_gate_x[%v2810] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2814 = llvm.load %v2813 : !llvm.ptr -> f32
        %v2815 = arith.addi %v2394, %v485 : i64
        %v2816 = arith.constant true
        %v2817 = arith.addi %v44, %v2815 : i64
        %v2818 = llvm.getelementptr %v4[%v2817] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2819 = llvm.load %v2818 : !llvm.ptr<3> -> i64
        %v2820 = arith.addi %v1527, %v2395 : i64
        %v2821 = arith.cmpi slt, %v2820, %v64 : i64
        %v2822 = arith.subi %size_L, %v1 : i64
        %v2823 = arith.minsi %v2820, %v2822 : i64
        %v2824 = arith.addi %v2819, %v2823 : i64
        %v2825 = arith.muli %v2817, %v76 : i64
        %v2826 = arith.addi %v2825, %v2395 : i64
        %v2827 = llvm.getelementptr %in_gate_x[%v2824] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2828 = llvm.load %v2827 : !llvm.ptr -> f32
        %v2829 = arith.addi %v2394, %v499 : i64
        %v2830 = arith.constant true
        %v2831 = arith.addi %v44, %v2829 : i64
        %v2832 = llvm.getelementptr %v4[%v2831] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2833 = llvm.load %v2832 : !llvm.ptr<3> -> i64
        %v2834 = arith.addi %v1527, %v2395 : i64
        %v2835 = arith.cmpi slt, %v2834, %v64 : i64
        %v2836 = arith.subi %size_L, %v1 : i64
        %v2837 = arith.minsi %v2834, %v2836 : i64
        %v2838 = arith.addi %v2833, %v2837 : i64
        %v2839 = arith.muli %v2831, %v76 : i64
        %v2840 = arith.addi %v2839, %v2395 : i64
        %v2841 = llvm.getelementptr %in_gate_x[%v2838] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2842 = llvm.load %v2841 : !llvm.ptr -> f32
        %v2843 = arith.index_cast %v29 : i64 to index
        %v2844 = arith.index_cast %v1526 : i64 to index
        %v2845 = arith.index_cast %v1 : i64 to index
        scf.for %v2846 = %v2843 to %v2844 step %v2845 {
          %v2847 = arith.index_cast %v2846 : index to i64
          %v2848 = arith.addi %v1511, %v2847 : i64
          %v2859 = arith.addi %v14, %v12 : i64
          %v2860 = arith.muli %v2859, %v76 : i64
          %v2861 = arith.addi %v2860, %v2847 : i64
          %v2862 = llvm.getelementptr %v5[%v2861] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          %v2863 = llvm.load %v2862 : !llvm.ptr<3> -> f32
          %v2864 = arith.negf %v2863 : f32
          %v2865 = arith.mulf %v2864, %v2853 fastmath<contract> : f32
          %v2866 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2865) : (f32) -> f32
          %v2867 = arith.addf %v2851, %v2866 fastmath<contract> : f32
          %v2868 = arith.divf %v2851, %v2867 : f32
          %v2869 = arith.mulf %v2858, %v2868 fastmath<contract> : f32
          %v2870 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v2857) : (f32) -> f32
          %v2871 = arith.mulf %v2869, %v2870 fastmath<contract> : f32
          %v2872 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2871) : (f32) -> f32
          %v2873 = arith.mulf %v2872, %v2872 fastmath<contract> : f32
          %v2874 = arith.subf %v2851, %v2873 fastmath<contract> : f32
          %v2875 = llvm.call_intrinsic "llvm.sqrt.f32"(%v2874) : (f32) -> f32
          %v2876 = arith.addi %v44, %v12 : i64
          %v2877 = arith.muli %v2876, %v76 : i64
          %v2878 = arith.addi %v2877, %v2847 : i64
          %v2879 = llvm.getelementptr %v5[%v2878] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          %v2880 = llvm.load %v2879 : !llvm.ptr<3> -> f32
          %v2881 = arith.negf %v2880 : f32
          %v2882 = arith.mulf %v2881, %v2853 fastmath<contract> : f32
          %v2883 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2882) : (f32) -> f32
          %v2884 = arith.addf %v2851, %v2883 fastmath<contract> : f32
          %v2885 = arith.divf %v2851, %v2884 : f32
          %v2886 = arith.muli %v12, %v76 : i64
          %v2887 = arith.addi %v2886, %v2847 : i64
          %v2888 = llvm.getelementptr %v5[%v2887] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          %v2889 = llvm.load %v2888 : !llvm.ptr<3> -> f32
          %v2890 = arith.mulf %v2885, %v2889 fastmath<contract> : f32
          %v2891 = arith.mulf %v2875, %v2890 fastmath<contract> : f32
          %v2892 = llvm.load %v3 : !llvm.ptr -> f32
          %v2893 = arith.mulf %v2872, %v2892 fastmath<contract> : f32
          %v2894 = arith.addf %v2893, %v2891 fastmath<contract> : f32
          llvm.store %v2894, %v3 : f32, !llvm.ptr
          %v2895 = llvm.load %v3 : !llvm.ptr -> f32
          %v2896 = arith.addi %v53, %v12 : i64
          %v2897 = arith.muli %v2896, %v76 : i64
          %v2898 = arith.addi %v2897, %v2847 : i64
          %v2899 = llvm.getelementptr %v5[%v2898] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v2895, %v2899 : f32, !llvm.ptr<3>
        }
        gpu.barrier
        %v2900 = arith.divui %v12, %v65 : i64
        %v2901 = arith.remui %v12, %v65 : i64
        %v2902 = arith.muli %v2900, %v76 : i64
        %v2903 = arith.addi %v2902, %v2901 : i64
        %v2904 = llvm.getelementptr %v5[%v2903] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1541, %v2904 : f32, !llvm.ptr<3>
        %v2905 = arith.addi %v14, %v12 : i64
        %v2906 = arith.divui %v2905, %v65 : i64
        %v2907 = arith.remui %v2905, %v65 : i64
        %v2908 = arith.muli %v2906, %v76 : i64
        %v2909 = arith.addi %v2908, %v2907 : i64
        %v2910 = llvm.getelementptr %v5[%v2909] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1554, %v2910 : f32, !llvm.ptr<3>
        %v2911 = arith.addi %v44, %v12 : i64
        %v2912 = arith.divui %v2911, %v65 : i64
        %v2913 = arith.remui %v2911, %v65 : i64
        %v2914 = arith.muli %v2912, %v76 : i64
        %v2915 = arith.addi %v2914, %v2913 : i64
        %v2916 = llvm.getelementptr %v5[%v2915] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1567, %v2916 : f32, !llvm.ptr<3>
        %v2917 = arith.addi %v53, %v12 : i64
        %v2918 = arith.divui %v2917, %v65 : i64
        %v2919 = arith.remui %v2917, %v65 : i64
        %v2920 = arith.muli %v2918, %v76 : i64
        %v2921 = arith.addi %v2920, %v2919 : i64
        %v2922 = llvm.getelementptr %v5[%v2921] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1580, %v2922 : f32, !llvm.ptr<3>
        %v2923 = arith.addi %v8, %v12 : i64
        %v2924 = arith.divui %v2923, %v65 : i64
        %v2925 = arith.remui %v2923, %v65 : i64
        %v2926 = arith.muli %v2924, %v76 : i64
        %v2927 = arith.addi %v2926, %v2925 : i64
        %v2928 = llvm.getelementptr %v5[%v2927] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1593, %v2928 : f32, !llvm.ptr<3>
        %v2930 = arith.addi %v2929, %v12 : i64
        %v2931 = arith.divui %v2930, %v65 : i64
        %v2932 = arith.remui %v2930, %v65 : i64
        %v2933 = arith.muli %v2931, %v76 : i64
        %v2934 = arith.addi %v2933, %v2932 : i64
        %v2935 = llvm.getelementptr %v5[%v2934] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1606, %v2935 : f32, !llvm.ptr<3>
        %v2937 = arith.addi %v2936, %v12 : i64
        %v2938 = arith.divui %v2937, %v65 : i64
        %v2939 = arith.remui %v2937, %v65 : i64
        %v2940 = arith.muli %v2938, %v76 : i64
        %v2941 = arith.addi %v2940, %v2939 : i64
        %v2942 = llvm.getelementptr %v5[%v2941] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1619, %v2942 : f32, !llvm.ptr<3>
        %v2944 = arith.addi %v2943, %v12 : i64
        %v2945 = arith.divui %v2944, %v65 : i64
        %v2946 = arith.remui %v2944, %v65 : i64
        %v2947 = arith.muli %v2945, %v76 : i64
        %v2948 = arith.addi %v2947, %v2946 : i64
        %v2949 = llvm.getelementptr %v5[%v2948] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1632, %v2949 : f32, !llvm.ptr<3>
        %v2951 = arith.addi %v2950, %v12 : i64
        %v2952 = arith.divui %v2951, %v65 : i64
        %v2953 = arith.remui %v2951, %v65 : i64
        %v2954 = arith.muli %v2952, %v76 : i64
        %v2955 = arith.addi %v2954, %v2953 : i64
        %v2956 = llvm.getelementptr %v5[%v2955] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1645, %v2956 : f32, !llvm.ptr<3>
        %v2958 = arith.addi %v2957, %v12 : i64
        %v2959 = arith.divui %v2958, %v65 : i64
        %v2960 = arith.remui %v2958, %v65 : i64
        %v2961 = arith.muli %v2959, %v76 : i64
        %v2962 = arith.addi %v2961, %v2960 : i64
        %v2963 = llvm.getelementptr %v5[%v2962] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1658, %v2963 : f32, !llvm.ptr<3>
        %v2965 = arith.addi %v2964, %v12 : i64
        %v2966 = arith.divui %v2965, %v65 : i64
        %v2967 = arith.remui %v2965, %v65 : i64
        %v2968 = arith.muli %v2966, %v76 : i64
        %v2969 = arith.addi %v2968, %v2967 : i64
        %v2970 = llvm.getelementptr %v5[%v2969] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1671, %v2970 : f32, !llvm.ptr<3>
        %v2972 = arith.addi %v2971, %v12 : i64
        %v2973 = arith.divui %v2972, %v65 : i64
        %v2974 = arith.remui %v2972, %v65 : i64
        %v2975 = arith.muli %v2973, %v76 : i64
        %v2976 = arith.addi %v2975, %v2974 : i64
        %v2977 = llvm.getelementptr %v5[%v2976] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1684, %v2977 : f32, !llvm.ptr<3>
        %v2979 = arith.addi %v2978, %v12 : i64
        %v2980 = arith.divui %v2979, %v65 : i64
        %v2981 = arith.remui %v2979, %v65 : i64
        %v2982 = arith.muli %v2980, %v76 : i64
        %v2983 = arith.addi %v2982, %v2981 : i64
        %v2984 = llvm.getelementptr %v5[%v2983] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1697, %v2984 : f32, !llvm.ptr<3>
        %v2986 = arith.addi %v2985, %v12 : i64
        %v2987 = arith.divui %v2986, %v65 : i64
        %v2988 = arith.remui %v2986, %v65 : i64
        %v2989 = arith.muli %v2987, %v76 : i64
        %v2990 = arith.addi %v2989, %v2988 : i64
        %v2991 = llvm.getelementptr %v5[%v2990] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1710, %v2991 : f32, !llvm.ptr<3>
        %v2993 = arith.addi %v2992, %v12 : i64
        %v2994 = arith.divui %v2993, %v65 : i64
        %v2995 = arith.remui %v2993, %v65 : i64
        %v2996 = arith.muli %v2994, %v76 : i64
        %v2997 = arith.addi %v2996, %v2995 : i64
        %v2998 = llvm.getelementptr %v5[%v2997] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1723, %v2998 : f32, !llvm.ptr<3>
        %v3000 = arith.addi %v2999, %v12 : i64
        %v3001 = arith.divui %v3000, %v65 : i64
        %v3002 = arith.remui %v3000, %v65 : i64
        %v3003 = arith.muli %v3001, %v76 : i64
        %v3004 = arith.addi %v3003, %v3002 : i64
        %v3005 = llvm.getelementptr %v5[%v3004] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1736, %v3005 : f32, !llvm.ptr<3>
        %v3007 = arith.addi %v3006, %v12 : i64
        %v3008 = arith.divui %v3007, %v65 : i64
        %v3009 = arith.remui %v3007, %v65 : i64
        %v3010 = arith.muli %v3008, %v76 : i64
        %v3011 = arith.addi %v3010, %v3009 : i64
        %v3012 = llvm.getelementptr %v5[%v3011] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1749, %v3012 : f32, !llvm.ptr<3>
        %v3014 = arith.addi %v3013, %v12 : i64
        %v3015 = arith.divui %v3014, %v65 : i64
        %v3016 = arith.remui %v3014, %v65 : i64
        %v3017 = arith.muli %v3015, %v76 : i64
        %v3018 = arith.addi %v3017, %v3016 : i64
        %v3019 = llvm.getelementptr %v5[%v3018] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1762, %v3019 : f32, !llvm.ptr<3>
        %v3021 = arith.addi %v3020, %v12 : i64
        %v3022 = arith.divui %v3021, %v65 : i64
        %v3023 = arith.remui %v3021, %v65 : i64
        %v3024 = arith.muli %v3022, %v76 : i64
        %v3025 = arith.addi %v3024, %v3023 : i64
        %v3026 = llvm.getelementptr %v5[%v3025] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1775, %v3026 : f32, !llvm.ptr<3>
        %v3028 = arith.addi %v3027, %v12 : i64
        %v3029 = arith.divui %v3028, %v65 : i64
        %v3030 = arith.remui %v3028, %v65 : i64
        %v3031 = arith.muli %v3029, %v76 : i64
        %v3032 = arith.addi %v3031, %v3030 : i64
        %v3033 = llvm.getelementptr %v5[%v3032] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1788, %v3033 : f32, !llvm.ptr<3>
        %v3035 = arith.addi %v3034, %v12 : i64
        %v3036 = arith.divui %v3035, %v65 : i64
        %v3037 = arith.remui %v3035, %v65 : i64
        %v3038 = arith.muli %v3036, %v76 : i64
        %v3039 = arith.addi %v3038, %v3037 : i64
        %v3040 = llvm.getelementptr %v5[%v3039] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1801, %v3040 : f32, !llvm.ptr<3>
        %v3042 = arith.addi %v3041, %v12 : i64
        %v3043 = arith.divui %v3042, %v65 : i64
        %v3044 = arith.remui %v3042, %v65 : i64
        %v3045 = arith.muli %v3043, %v76 : i64
        %v3046 = arith.addi %v3045, %v3044 : i64
        %v3047 = llvm.getelementptr %v5[%v3046] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1814, %v3047 : f32, !llvm.ptr<3>
        %v3049 = arith.addi %v3048, %v12 : i64
        %v3050 = arith.divui %v3049, %v65 : i64
        %v3051 = arith.remui %v3049, %v65 : i64
        %v3052 = arith.muli %v3050, %v76 : i64
        %v3053 = arith.addi %v3052, %v3051 : i64
        %v3054 = llvm.getelementptr %v5[%v3053] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1827, %v3054 : f32, !llvm.ptr<3>
        %v3056 = arith.addi %v3055, %v12 : i64
        %v3057 = arith.divui %v3056, %v65 : i64
        %v3058 = arith.remui %v3056, %v65 : i64
        %v3059 = arith.muli %v3057, %v76 : i64
        %v3060 = arith.addi %v3059, %v3058 : i64
        %v3061 = llvm.getelementptr %v5[%v3060] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1840, %v3061 : f32, !llvm.ptr<3>
        %v3063 = arith.addi %v3062, %v12 : i64
        %v3064 = arith.divui %v3063, %v65 : i64
        %v3065 = arith.remui %v3063, %v65 : i64
        %v3066 = arith.muli %v3064, %v76 : i64
        %v3067 = arith.addi %v3066, %v3065 : i64
        %v3068 = llvm.getelementptr %v5[%v3067] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1853, %v3068 : f32, !llvm.ptr<3>
        %v3070 = arith.addi %v3069, %v12 : i64
        %v3071 = arith.divui %v3070, %v65 : i64
        %v3072 = arith.remui %v3070, %v65 : i64
        %v3073 = arith.muli %v3071, %v76 : i64
        %v3074 = arith.addi %v3073, %v3072 : i64
        %v3075 = llvm.getelementptr %v5[%v3074] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1866, %v3075 : f32, !llvm.ptr<3>
        %v3077 = arith.addi %v3076, %v12 : i64
        %v3078 = arith.divui %v3077, %v65 : i64
        %v3079 = arith.remui %v3077, %v65 : i64
        %v3080 = arith.muli %v3078, %v76 : i64
        %v3081 = arith.addi %v3080, %v3079 : i64
        %v3082 = llvm.getelementptr %v5[%v3081] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1879, %v3082 : f32, !llvm.ptr<3>
        %v3084 = arith.addi %v3083, %v12 : i64
        %v3085 = arith.divui %v3084, %v65 : i64
        %v3086 = arith.remui %v3084, %v65 : i64
        %v3087 = arith.muli %v3085, %v76 : i64
        %v3088 = arith.addi %v3087, %v3086 : i64
        %v3089 = llvm.getelementptr %v5[%v3088] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1892, %v3089 : f32, !llvm.ptr<3>
        %v3091 = arith.addi %v3090, %v12 : i64
        %v3092 = arith.divui %v3091, %v65 : i64
        %v3093 = arith.remui %v3091, %v65 : i64
        %v3094 = arith.muli %v3092, %v76 : i64
        %v3095 = arith.addi %v3094, %v3093 : i64
        %v3096 = llvm.getelementptr %v5[%v3095] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1905, %v3096 : f32, !llvm.ptr<3>
        %v3098 = arith.addi %v3097, %v12 : i64
        %v3099 = arith.divui %v3098, %v65 : i64
        %v3100 = arith.remui %v3098, %v65 : i64
        %v3101 = arith.muli %v3099, %v76 : i64
        %v3102 = arith.addi %v3101, %v3100 : i64
        %v3103 = llvm.getelementptr %v5[%v3102] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1918, %v3103 : f32, !llvm.ptr<3>
        %v3105 = arith.addi %v3104, %v12 : i64
        %v3106 = arith.divui %v3105, %v65 : i64
        %v3107 = arith.remui %v3105, %v65 : i64
        %v3108 = arith.muli %v3106, %v76 : i64
        %v3109 = arith.addi %v3108, %v3107 : i64
        %v3110 = llvm.getelementptr %v5[%v3109] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1931, %v3110 : f32, !llvm.ptr<3>
        %v3112 = arith.addi %v3111, %v12 : i64
        %v3113 = arith.divui %v3112, %v65 : i64
        %v3114 = arith.remui %v3112, %v65 : i64
        %v3115 = arith.muli %v3113, %v76 : i64
        %v3116 = arith.addi %v3115, %v3114 : i64
        %v3117 = llvm.getelementptr %v5[%v3116] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1944, %v3117 : f32, !llvm.ptr<3>
        %v3118 = arith.divui %v12, %v65 : i64
        %v3119 = arith.remui %v12, %v65 : i64
        %v3120 = arith.addi %v14, %v3118 : i64
        %v3121 = arith.muli %v3120, %v76 : i64
        %v3122 = arith.addi %v3121, %v3119 : i64
        %v3123 = llvm.getelementptr %v5[%v3122] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1959, %v3123 : f32, !llvm.ptr<3>
        %v3124 = arith.addi %v14, %v12 : i64
        %v3125 = arith.divui %v3124, %v65 : i64
        %v3126 = arith.remui %v3124, %v65 : i64
        %v3127 = arith.addi %v14, %v3125 : i64
        %v3128 = arith.muli %v3127, %v76 : i64
        %v3129 = arith.addi %v3128, %v3126 : i64
        %v3130 = llvm.getelementptr %v5[%v3129] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1973, %v3130 : f32, !llvm.ptr<3>
        %v3131 = arith.addi %v44, %v12 : i64
        %v3132 = arith.divui %v3131, %v65 : i64
        %v3133 = arith.remui %v3131, %v65 : i64
        %v3134 = arith.addi %v14, %v3132 : i64
        %v3135 = arith.muli %v3134, %v76 : i64
        %v3136 = arith.addi %v3135, %v3133 : i64
        %v3137 = llvm.getelementptr %v5[%v3136] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1987, %v3137 : f32, !llvm.ptr<3>
        %v3138 = arith.addi %v53, %v12 : i64
        %v3139 = arith.divui %v3138, %v65 : i64
        %v3140 = arith.remui %v3138, %v65 : i64
        %v3141 = arith.addi %v14, %v3139 : i64
        %v3142 = arith.muli %v3141, %v76 : i64
        %v3143 = arith.addi %v3142, %v3140 : i64
        %v3144 = llvm.getelementptr %v5[%v3143] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2001, %v3144 : f32, !llvm.ptr<3>
        %v3145 = arith.addi %v8, %v12 : i64
        %v3146 = arith.divui %v3145, %v65 : i64
        %v3147 = arith.remui %v3145, %v65 : i64
        %v3148 = arith.addi %v14, %v3146 : i64
        %v3149 = arith.muli %v3148, %v76 : i64
        %v3150 = arith.addi %v3149, %v3147 : i64
        %v3151 = llvm.getelementptr %v5[%v3150] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2015, %v3151 : f32, !llvm.ptr<3>
        %v3152 = arith.addi %v2929, %v12 : i64
        %v3153 = arith.divui %v3152, %v65 : i64
        %v3154 = arith.remui %v3152, %v65 : i64
        %v3155 = arith.addi %v14, %v3153 : i64
        %v3156 = arith.muli %v3155, %v76 : i64
        %v3157 = arith.addi %v3156, %v3154 : i64
        %v3158 = llvm.getelementptr %v5[%v3157] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2029, %v3158 : f32, !llvm.ptr<3>
        %v3159 = arith.addi %v2936, %v12 : i64
        %v3160 = arith.divui %v3159, %v65 : i64
        %v3161 = arith.remui %v3159, %v65 : i64
        %v3162 = arith.addi %v14, %v3160 : i64
        %v3163 = arith.muli %v3162, %v76 : i64
        %v3164 = arith.addi %v3163, %v3161 : i64
        %v3165 = llvm.getelementptr %v5[%v3164] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2043, %v3165 : f32, !llvm.ptr<3>
        %v3166 = arith.addi %v2943, %v12 : i64
        %v3167 = arith.divui %v3166, %v65 : i64
        %v3168 = arith.remui %v3166, %v65 : i64
        %v3169 = arith.addi %v14, %v3167 : i64
        %v3170 = arith.muli %v3169, %v76 : i64
        %v3171 = arith.addi %v3170, %v3168 : i64
        %v3172 = llvm.getelementptr %v5[%v3171] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2057, %v3172 : f32, !llvm.ptr<3>
        %v3173 = arith.addi %v2950, %v12 : i64
        %v3174 = arith.divui %v3173, %v65 : i64
        %v3175 = arith.remui %v3173, %v65 : i64
        %v3176 = arith.addi %v14, %v3174 : i64
        %v3177 = arith.muli %v3176, %v76 : i64
        %v3178 = arith.addi %v3177, %v3175 : i64
        %v3179 = llvm.getelementptr %v5[%v3178] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2071, %v3179 : f32, !llvm.ptr<3>
        %v3180 = arith.addi %v2957, %v12 : i64
        %v3181 = arith.divui %v3180, %v65 : i64
        %v3182 = arith.remui %v3180, %v65 : i64
        %v3183 = arith.addi %v14, %v3181 : i64
        %v3184 = arith.muli %v3183, %v76 : i64
        %v3185 = arith.addi %v3184, %v3182 : i64
        %v3186 = llvm.getelementptr %v5[%v3185] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2085, %v3186 : f32, !llvm.ptr<3>
        %v3187 = arith.addi %v2964, %v12 : i64
        %v3188 = arith.divui %v3187, %v65 : i64
        %v3189 = arith.remui %v3187, %v65 : i64
        %v3190 = arith.addi %v14, %v3188 : i64
        %v3191 = arith.muli %v3190, %v76 : i64
        %v3192 = arith.addi %v3191, %v3189 : i64
        %v3193 = llvm.getelementptr %v5[%v3192] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2099, %v3193 : f32, !llvm.ptr<3>
        %v3194 = arith.addi %v2971, %v12 : i64
        %v3195 = arith.divui %v3194, %v65 : i64
        %v3196 = arith.remui %v3194, %v65 : i64
        %v3197 = arith.addi %v14, %v3195 : i64
        %v3198 = arith.muli %v3197, %v76 : i64
        %v3199 = arith.addi %v3198, %v3196 : i64
        %v3200 = llvm.getelementptr %v5[%v3199] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2113, %v3200 : f32, !llvm.ptr<3>
        %v3201 = arith.addi %v2978, %v12 : i64
        %v3202 = arith.divui %v3201, %v65 : i64
        %v3203 = arith.remui %v3201, %v65 : i64
        %v3204 = arith.addi %v14, %v3202 : i64
        %v3205 = arith.muli %v3204, %v76 : i64
        %v3206 = arith.addi %v3205, %v3203 : i64
        %v3207 = llvm.getelementptr %v5[%v3206] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2127, %v3207 : f32, !llvm.ptr<3>
        %v3208 = arith.addi %v2985, %v12 : i64
        %v3209 = arith.divui %v3208, %v65 : i64
        %v3210 = arith.remui %v3208, %v65 : i64
        %v3211 = arith.addi %v14, %v3209 : i64
        %v3212 = arith.muli %v3211, %v76 : i64
        %v3213 = arith.addi %v3212, %v3210 : i64
        %v3214 = llvm.getelementptr %v5[%v3213] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2141, %v3214 : f32, !llvm.ptr<3>
        %v3215 = arith.addi %v2992, %v12 : i64
        %v3216 = arith.divui %v3215, %v65 : i64
        %v3217 = arith.remui %v3215, %v65 : i64
        %v3218 = arith.addi %v14, %v3216 : i64
        %v3219 = arith.muli %v3218, %v76 : i64
        %v3220 = arith.addi %v3219, %v3217 : i64
        %v3221 = llvm.getelementptr %v5[%v3220] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2155, %v3221 : f32, !llvm.ptr<3>
        %v3222 = arith.addi %v2999, %v12 : i64
        %v3223 = arith.divui %v3222, %v65 : i64
        %v3224 = arith.remui %v3222, %v65 : i64
        %v3225 = arith.addi %v14, %v3223 : i64
        %v3226 = arith.muli %v3225, %v76 : i64
        %v3227 = arith.addi %v3226, %v3224 : i64
        %v3228 = llvm.getelementptr %v5[%v3227] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2169, %v3228 : f32, !llvm.ptr<3>
        %v3229 = arith.addi %v3006, %v12 : i64
        %v3230 = arith.divui %v3229, %v65 : i64
        %v3231 = arith.remui %v3229, %v65 : i64
        %v3232 = arith.addi %v14, %v3230 : i64
        %v3233 = arith.muli %v3232, %v76 : i64
        %v3234 = arith.addi %v3233, %v3231 : i64
        %v3235 = llvm.getelementptr %v5[%v3234] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2183, %v3235 : f32, !llvm.ptr<3>
        %v3236 = arith.addi %v3013, %v12 : i64
        %v3237 = arith.divui %v3236, %v65 : i64
        %v3238 = arith.remui %v3236, %v65 : i64
        %v3239 = arith.addi %v14, %v3237 : i64
        %v3240 = arith.muli %v3239, %v76 : i64
        %v3241 = arith.addi %v3240, %v3238 : i64
        %v3242 = llvm.getelementptr %v5[%v3241] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2197, %v3242 : f32, !llvm.ptr<3>
        %v3243 = arith.addi %v3020, %v12 : i64
        %v3244 = arith.divui %v3243, %v65 : i64
        %v3245 = arith.remui %v3243, %v65 : i64
        %v3246 = arith.addi %v14, %v3244 : i64
        %v3247 = arith.muli %v3246, %v76 : i64
        %v3248 = arith.addi %v3247, %v3245 : i64
        %v3249 = llvm.getelementptr %v5[%v3248] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2211, %v3249 : f32, !llvm.ptr<3>
        %v3250 = arith.addi %v3027, %v12 : i64
        %v3251 = arith.divui %v3250, %v65 : i64
        %v3252 = arith.remui %v3250, %v65 : i64
        %v3253 = arith.addi %v14, %v3251 : i64
        %v3254 = arith.muli %v3253, %v76 : i64
        %v3255 = arith.addi %v3254, %v3252 : i64
        %v3256 = llvm.getelementptr %v5[%v3255] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2225, %v3256 : f32, !llvm.ptr<3>
        %v3257 = arith.addi %v3034, %v12 : i64
        %v3258 = arith.divui %v3257, %v65 : i64
        %v3259 = arith.remui %v3257, %v65 : i64
        %v3260 = arith.addi %v14, %v3258 : i64
        %v3261 = arith.muli %v3260, %v76 : i64
        %v3262 = arith.addi %v3261, %v3259 : i64
        %v3263 = llvm.getelementptr %v5[%v3262] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2239, %v3263 : f32, !llvm.ptr<3>
        %v3264 = arith.addi %v3041, %v12 : i64
        %v3265 = arith.divui %v3264, %v65 : i64
        %v3266 = arith.remui %v3264, %v65 : i64
        %v3267 = arith.addi %v14, %v3265 : i64
        %v3268 = arith.muli %v3267, %v76 : i64
        %v3269 = arith.addi %v3268, %v3266 : i64
        %v3270 = llvm.getelementptr %v5[%v3269] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2253, %v3270 : f32, !llvm.ptr<3>
        %v3271 = arith.addi %v3048, %v12 : i64
        %v3272 = arith.divui %v3271, %v65 : i64
        %v3273 = arith.remui %v3271, %v65 : i64
        %v3274 = arith.addi %v14, %v3272 : i64
        %v3275 = arith.muli %v3274, %v76 : i64
        %v3276 = arith.addi %v3275, %v3273 : i64
        %v3277 = llvm.getelementptr %v5[%v3276] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2267, %v3277 : f32, !llvm.ptr<3>
        %v3278 = arith.addi %v3055, %v12 : i64
        %v3279 = arith.divui %v3278, %v65 : i64
        %v3280 = arith.remui %v3278, %v65 : i64
        %v3281 = arith.addi %v14, %v3279 : i64
        %v3282 = arith.muli %v3281, %v76 : i64
        %v3283 = arith.addi %v3282, %v3280 : i64
        %v3284 = llvm.getelementptr %v5[%v3283] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2281, %v3284 : f32, !llvm.ptr<3>
        %v3285 = arith.addi %v3062, %v12 : i64
        %v3286 = arith.divui %v3285, %v65 : i64
        %v3287 = arith.remui %v3285, %v65 : i64
        %v3288 = arith.addi %v14, %v3286 : i64
        %v3289 = arith.muli %v3288, %v76 : i64
        %v3290 = arith.addi %v3289, %v3287 : i64
        %v3291 = llvm.getelementptr %v5[%v3290] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2295, %v3291 : f32, !llvm.ptr<3>
        %v3292 = arith.addi %v3069, %v12 : i64
        %v3293 = arith.divui %v3292, %v65 : i64
        %v3294 = arith.remui %v3292, %v65 : i64
        %v3295 = arith.addi %v14, %v3293 : i64
        %v3296 = arith.muli %v3295, %v76 : i64
        %v3297 = arith.addi %v3296, %v3294 : i64
        %v3298 = llvm.getelementptr %v5[%v3297] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2309, %v3298 : f32, !llvm.ptr<3>
        %v3299 = arith.addi %v3076, %v12 : i64
        %v3300 = arith.divui %v3299, %v65 : i64
        %v3301 = arith.remui %v3299, %v65 : i64
        %v3302 = arith.addi %v14, %v3300 : i64
        %v3303 = arith.muli %v3302, %v76 : i64
        %v3304 = arith.addi %v3303, %v3301 : i64
        %v3305 = llvm.getelementptr %v5[%v3304] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2323, %v3305 : f32, !llvm.ptr<3>
        %v3306 = arith.addi %v3083, %v12 : i64
        %v3307 = arith.divui %v3306, %v65 : i64
        %v3308 = arith.remui %v3306, %v65 : i64
        %v3309 = arith.addi %v14, %v3307 : i64
        %v3310 = arith.muli %v3309, %v76 : i64
        %v3311 = arith.addi %v3310, %v3308 : i64
        %v3312 = llvm.getelementptr %v5[%v3311] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2337, %v3312 : f32, !llvm.ptr<3>
        %v3313 = arith.addi %v3090, %v12 : i64
        %v3314 = arith.divui %v3313, %v65 : i64
        %v3315 = arith.remui %v3313, %v65 : i64
        %v3316 = arith.addi %v14, %v3314 : i64
        %v3317 = arith.muli %v3316, %v76 : i64
        %v3318 = arith.addi %v3317, %v3315 : i64
        %v3319 = llvm.getelementptr %v5[%v3318] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2351, %v3319 : f32, !llvm.ptr<3>
        %v3320 = arith.addi %v3097, %v12 : i64
        %v3321 = arith.divui %v3320, %v65 : i64
        %v3322 = arith.remui %v3320, %v65 : i64
        %v3323 = arith.addi %v14, %v3321 : i64
        %v3324 = arith.muli %v3323, %v76 : i64
        %v3325 = arith.addi %v3324, %v3322 : i64
        %v3326 = llvm.getelementptr %v5[%v3325] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2365, %v3326 : f32, !llvm.ptr<3>
        %v3327 = arith.addi %v3104, %v12 : i64
        %v3328 = arith.divui %v3327, %v65 : i64
        %v3329 = arith.remui %v3327, %v65 : i64
        %v3330 = arith.addi %v14, %v3328 : i64
        %v3331 = arith.muli %v3330, %v76 : i64
        %v3332 = arith.addi %v3331, %v3329 : i64
        %v3333 = llvm.getelementptr %v5[%v3332] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2379, %v3333 : f32, !llvm.ptr<3>
        %v3334 = arith.addi %v3111, %v12 : i64
        %v3335 = arith.divui %v3334, %v65 : i64
        %v3336 = arith.remui %v3334, %v65 : i64
        %v3337 = arith.addi %v14, %v3335 : i64
        %v3338 = arith.muli %v3337, %v76 : i64
        %v3339 = arith.addi %v3338, %v3336 : i64
        %v3340 = llvm.getelementptr %v5[%v3339] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2393, %v3340 : f32, !llvm.ptr<3>
        %v3341 = arith.divui %v12, %v65 : i64
        %v3342 = arith.remui %v12, %v65 : i64
        %v3343 = arith.addi %v44, %v3341 : i64
        %v3344 = arith.muli %v3343, %v76 : i64
        %v3345 = arith.addi %v3344, %v3342 : i64
        %v3346 = llvm.getelementptr %v5[%v3345] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2408, %v3346 : f32, !llvm.ptr<3>
        %v3347 = arith.addi %v14, %v12 : i64
        %v3348 = arith.divui %v3347, %v65 : i64
        %v3349 = arith.remui %v3347, %v65 : i64
        %v3350 = arith.addi %v44, %v3348 : i64
        %v3351 = arith.muli %v3350, %v76 : i64
        %v3352 = arith.addi %v3351, %v3349 : i64
        %v3353 = llvm.getelementptr %v5[%v3352] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2422, %v3353 : f32, !llvm.ptr<3>
        %v3354 = arith.addi %v44, %v12 : i64
        %v3355 = arith.divui %v3354, %v65 : i64
        %v3356 = arith.remui %v3354, %v65 : i64
        %v3357 = arith.addi %v44, %v3355 : i64
        %v3358 = arith.muli %v3357, %v76 : i64
        %v3359 = arith.addi %v3358, %v3356 : i64
        %v3360 = llvm.getelementptr %v5[%v3359] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2436, %v3360 : f32, !llvm.ptr<3>
        %v3361 = arith.addi %v53, %v12 : i64
        %v3362 = arith.divui %v3361, %v65 : i64
        %v3363 = arith.remui %v3361, %v65 : i64
        %v3364 = arith.addi %v44, %v3362 : i64
        %v3365 = arith.muli %v3364, %v76 : i64
        %v3366 = arith.addi %v3365, %v3363 : i64
        %v3367 = llvm.getelementptr %v5[%v3366] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2450, %v3367 : f32, !llvm.ptr<3>
        %v3368 = arith.addi %v8, %v12 : i64
        %v3369 = arith.divui %v3368, %v65 : i64
        %v3370 = arith.remui %v3368, %v65 : i64
        %v3371 = arith.addi %v44, %v3369 : i64
        %v3372 = arith.muli %v3371, %v76 : i64
        %v3373 = arith.addi %v3372, %v3370 : i64
        %v3374 = llvm.getelementptr %v5[%v3373] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2464, %v3374 : f32, !llvm.ptr<3>
        %v3375 = arith.addi %v2929, %v12 : i64
        %v3376 = arith.divui %v3375, %v65 : i64
        %v3377 = arith.remui %v3375, %v65 : i64
        %v3378 = arith.addi %v44, %v3376 : i64
        %v3379 = arith.muli %v3378, %v76 : i64
        %v3380 = arith.addi %v3379, %v3377 : i64
        %v3381 = llvm.getelementptr %v5[%v3380] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2478, %v3381 : f32, !llvm.ptr<3>
        %v3382 = arith.addi %v2936, %v12 : i64
        %v3383 = arith.divui %v3382, %v65 : i64
        %v3384 = arith.remui %v3382, %v65 : i64
        %v3385 = arith.addi %v44, %v3383 : i64
        %v3386 = arith.muli %v3385, %v76 : i64
        %v3387 = arith.addi %v3386, %v3384 : i64
        %v3388 = llvm.getelementptr %v5[%v3387] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2492, %v3388 : f32, !llvm.ptr<3>
        %v3389 = arith.addi %v2943, %v12 : i64
        %v3390 = arith.divui %v3389, %v65 : i64
        %v3391 = arith.remui %v3389, %v65 : i64
        %v3392 = arith.addi %v44, %v3390 : i64
        %v3393 = arith.muli %v3392, %v76 : i64
        %v3394 = arith.addi %v3393, %v3391 : i64
        %v3395 = llvm.getelementptr %v5[%v3394] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2506, %v3395 : f32, !llvm.ptr<3>
        %v3396 = arith.addi %v2950, %v12 : i64
        %v3397 = arith.divui %v3396, %v65 : i64
        %v3398 = arith.remui %v3396, %v65 : i64
        %v3399 = arith.addi %v44, %v3397 : i64
        %v3400 = arith.muli %v3399, %v76 : i64
        %v3401 = arith.addi %v3400, %v3398 : i64
        %v3402 = llvm.getelementptr %v5[%v3401] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2520, %v3402 : f32, !llvm.ptr<3>
        %v3403 = arith.addi %v2957, %v12 : i64
        %v3404 = arith.divui %v3403, %v65 : i64
        %v3405 = arith.remui %v3403, %v65 : i64
        %v3406 = arith.addi %v44, %v3404 : i64
        %v3407 = arith.muli %v3406, %v76 : i64
        %v3408 = arith.addi %v3407, %v3405 : i64
        %v3409 = llvm.getelementptr %v5[%v3408] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2534, %v3409 : f32, !llvm.ptr<3>
        %v3410 = arith.addi %v2964, %v12 : i64
        %v3411 = arith.divui %v3410, %v65 : i64
        %v3412 = arith.remui %v3410, %v65 : i64
        %v3413 = arith.addi %v44, %v3411 : i64
        %v3414 = arith.muli %v3413, %v76 : i64
        %v3415 = arith.addi %v3414, %v3412 : i64
        %v3416 = llvm.getelementptr %v5[%v3415] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2548, %v3416 : f32, !llvm.ptr<3>
        %v3417 = arith.addi %v2971, %v12 : i64
        %v3418 = arith.divui %v3417, %v65 : i64
        %v3419 = arith.remui %v3417, %v65 : i64
        %v3420 = arith.addi %v44, %v3418 : i64
        %v3421 = arith.muli %v3420, %v76 : i64
        %v3422 = arith.addi %v3421, %v3419 : i64
        %v3423 = llvm.getelementptr %v5[%v3422] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2562, %v3423 : f32, !llvm.ptr<3>
        %v3424 = arith.addi %v2978, %v12 : i64
        %v3425 = arith.divui %v3424, %v65 : i64
        %v3426 = arith.remui %v3424, %v65 : i64
        %v3427 = arith.addi %v44, %v3425 : i64
        %v3428 = arith.muli %v3427, %v76 : i64
        %v3429 = arith.addi %v3428, %v3426 : i64
        %v3430 = llvm.getelementptr %v5[%v3429] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2576, %v3430 : f32, !llvm.ptr<3>
        %v3431 = arith.addi %v2985, %v12 : i64
        %v3432 = arith.divui %v3431, %v65 : i64
        %v3433 = arith.remui %v3431, %v65 : i64
        %v3434 = arith.addi %v44, %v3432 : i64
        %v3435 = arith.muli %v3434, %v76 : i64
        %v3436 = arith.addi %v3435, %v3433 : i64
        %v3437 = llvm.getelementptr %v5[%v3436] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2590, %v3437 : f32, !llvm.ptr<3>
        %v3438 = arith.addi %v2992, %v12 : i64
        %v3439 = arith.divui %v3438, %v65 : i64
        %v3440 = arith.remui %v3438, %v65 : i64
        %v3441 = arith.addi %v44, %v3439 : i64
        %v3442 = arith.muli %v3441, %v76 : i64
        %v3443 = arith.addi %v3442, %v3440 : i64
        %v3444 = llvm.getelementptr %v5[%v3443] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2604, %v3444 : f32, !llvm.ptr<3>
        %v3445 = arith.addi %v2999, %v12 : i64
        %v3446 = arith.divui %v3445, %v65 : i64
        %v3447 = arith.remui %v3445, %v65 : i64
        %v3448 = arith.addi %v44, %v3446 : i64
        %v3449 = arith.muli %v3448, %v76 : i64
        %v3450 = arith.addi %v3449, %v3447 : i64
        %v3451 = llvm.getelementptr %v5[%v3450] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2618, %v3451 : f32, !llvm.ptr<3>
        %v3452 = arith.addi %v3006, %v12 : i64
        %v3453 = arith.divui %v3452, %v65 : i64
        %v3454 = arith.remui %v3452, %v65 : i64
        %v3455 = arith.addi %v44, %v3453 : i64
        %v3456 = arith.muli %v3455, %v76 : i64
        %v3457 = arith.addi %v3456, %v3454 : i64
        %v3458 = llvm.getelementptr %v5[%v3457] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2632, %v3458 : f32, !llvm.ptr<3>
        %v3459 = arith.addi %v3013, %v12 : i64
        %v3460 = arith.divui %v3459, %v65 : i64
        %v3461 = arith.remui %v3459, %v65 : i64
        %v3462 = arith.addi %v44, %v3460 : i64
        %v3463 = arith.muli %v3462, %v76 : i64
        %v3464 = arith.addi %v3463, %v3461 : i64
        %v3465 = llvm.getelementptr %v5[%v3464] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2646, %v3465 : f32, !llvm.ptr<3>
        %v3466 = arith.addi %v3020, %v12 : i64
        %v3467 = arith.divui %v3466, %v65 : i64
        %v3468 = arith.remui %v3466, %v65 : i64
        %v3469 = arith.addi %v44, %v3467 : i64
        %v3470 = arith.muli %v3469, %v76 : i64
        %v3471 = arith.addi %v3470, %v3468 : i64
        %v3472 = llvm.getelementptr %v5[%v3471] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2660, %v3472 : f32, !llvm.ptr<3>
        %v3473 = arith.addi %v3027, %v12 : i64
        %v3474 = arith.divui %v3473, %v65 : i64
        %v3475 = arith.remui %v3473, %v65 : i64
        %v3476 = arith.addi %v44, %v3474 : i64
        %v3477 = arith.muli %v3476, %v76 : i64
        %v3478 = arith.addi %v3477, %v3475 : i64
        %v3479 = llvm.getelementptr %v5[%v3478] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2674, %v3479 : f32, !llvm.ptr<3>
        %v3480 = arith.addi %v3034, %v12 : i64
        %v3481 = arith.divui %v3480, %v65 : i64
        %v3482 = arith.remui %v3480, %v65 : i64
        %v3483 = arith.addi %v44, %v3481 : i64
        %v3484 = arith.muli %v3483, %v76 : i64
        %v3485 = arith.addi %v3484, %v3482 : i64
        %v3486 = llvm.getelementptr %v5[%v3485] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2688, %v3486 : f32, !llvm.ptr<3>
        %v3487 = arith.addi %v3041, %v12 : i64
        %v3488 = arith.divui %v3487, %v65 : i64
        %v3489 = arith.remui %v3487, %v65 : i64
        %v3490 = arith.addi %v44, %v3488 : i64
        %v3491 = arith.muli %v3490, %v76 : i64
        %v3492 = arith.addi %v3491, %v3489 : i64
        %v3493 = llvm.getelementptr %v5[%v3492] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2702, %v3493 : f32, !llvm.ptr<3>
        %v3494 = arith.addi %v3048, %v12 : i64
        %v3495 = arith.divui %v3494, %v65 : i64
        %v3496 = arith.remui %v3494, %v65 : i64
        %v3497 = arith.addi %v44, %v3495 : i64
        %v3498 = arith.muli %v3497, %v76 : i64
        %v3499 = arith.addi %v3498, %v3496 : i64
        %v3500 = llvm.getelementptr %v5[%v3499] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2716, %v3500 : f32, !llvm.ptr<3>
        %v3501 = arith.addi %v3055, %v12 : i64
        %v3502 = arith.divui %v3501, %v65 : i64
        %v3503 = arith.remui %v3501, %v65 : i64
        %v3504 = arith.addi %v44, %v3502 : i64
        %v3505 = arith.muli %v3504, %v76 : i64
        %v3506 = arith.addi %v3505, %v3503 : i64
        %v3507 = llvm.getelementptr %v5[%v3506] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2730, %v3507 : f32, !llvm.ptr<3>
        %v3508 = arith.addi %v3062, %v12 : i64
        %v3509 = arith.divui %v3508, %v65 : i64
        %v3510 = arith.remui %v3508, %v65 : i64
        %v3511 = arith.addi %v44, %v3509 : i64
        %v3512 = arith.muli %v3511, %v76 : i64
        %v3513 = arith.addi %v3512, %v3510 : i64
        %v3514 = llvm.getelementptr %v5[%v3513] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2744, %v3514 : f32, !llvm.ptr<3>
        %v3515 = arith.addi %v3069, %v12 : i64
        %v3516 = arith.divui %v3515, %v65 : i64
        %v3517 = arith.remui %v3515, %v65 : i64
        %v3518 = arith.addi %v44, %v3516 : i64
        %v3519 = arith.muli %v3518, %v76 : i64
        %v3520 = arith.addi %v3519, %v3517 : i64
        %v3521 = llvm.getelementptr %v5[%v3520] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2758, %v3521 : f32, !llvm.ptr<3>
        %v3522 = arith.addi %v3076, %v12 : i64
        %v3523 = arith.divui %v3522, %v65 : i64
        %v3524 = arith.remui %v3522, %v65 : i64
        %v3525 = arith.addi %v44, %v3523 : i64
        %v3526 = arith.muli %v3525, %v76 : i64
        %v3527 = arith.addi %v3526, %v3524 : i64
        %v3528 = llvm.getelementptr %v5[%v3527] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2772, %v3528 : f32, !llvm.ptr<3>
        %v3529 = arith.addi %v3083, %v12 : i64
        %v3530 = arith.divui %v3529, %v65 : i64
        %v3531 = arith.remui %v3529, %v65 : i64
        %v3532 = arith.addi %v44, %v3530 : i64
        %v3533 = arith.muli %v3532, %v76 : i64
        %v3534 = arith.addi %v3533, %v3531 : i64
        %v3535 = llvm.getelementptr %v5[%v3534] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2786, %v3535 : f32, !llvm.ptr<3>
        %v3536 = arith.addi %v3090, %v12 : i64
        %v3537 = arith.divui %v3536, %v65 : i64
        %v3538 = arith.remui %v3536, %v65 : i64
        %v3539 = arith.addi %v44, %v3537 : i64
        %v3540 = arith.muli %v3539, %v76 : i64
        %v3541 = arith.addi %v3540, %v3538 : i64
        %v3542 = llvm.getelementptr %v5[%v3541] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2800, %v3542 : f32, !llvm.ptr<3>
        %v3543 = arith.addi %v3097, %v12 : i64
        %v3544 = arith.divui %v3543, %v65 : i64
        %v3545 = arith.remui %v3543, %v65 : i64
        %v3546 = arith.addi %v44, %v3544 : i64
        %v3547 = arith.muli %v3546, %v76 : i64
        %v3548 = arith.addi %v3547, %v3545 : i64
        %v3549 = llvm.getelementptr %v5[%v3548] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2814, %v3549 : f32, !llvm.ptr<3>
        %v3550 = arith.addi %v3104, %v12 : i64
        %v3551 = arith.divui %v3550, %v65 : i64
        %v3552 = arith.remui %v3550, %v65 : i64
        %v3553 = arith.addi %v44, %v3551 : i64
        %v3554 = arith.muli %v3553, %v76 : i64
        %v3555 = arith.addi %v3554, %v3552 : i64
        %v3556 = llvm.getelementptr %v5[%v3555] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2828, %v3556 : f32, !llvm.ptr<3>
        %v3557 = arith.addi %v3111, %v12 : i64
        %v3558 = arith.divui %v3557, %v65 : i64
        %v3559 = arith.remui %v3557, %v65 : i64
        %v3560 = arith.addi %v44, %v3558 : i64
        %v3561 = arith.muli %v3560, %v76 : i64
        %v3562 = arith.addi %v3561, %v3559 : i64
        %v3563 = llvm.getelementptr %v5[%v3562] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2842, %v3563 : f32, !llvm.ptr<3>
        %v3564 = arith.divui %v12, %v65 : i64
        %v3565 = arith.remui %v12, %v65 : i64
        %v3566 = arith.constant true
        %v3567 = arith.addi %v53, %v3564 : i64
        %v3568 = llvm.getelementptr %v4[%v3567] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3569 = llvm.load %v3568 : !llvm.ptr<3> -> i64
        %v3570 = arith.addi %v1511, %v3565 : i64
        %v3571 = arith.cmpi slt, %v3570, %v64 : i64
        %v3572 = arith.subi %size_L, %v1 : i64
        %v3573 = arith.minsi %v3570, %v3572 : i64
        %v3574 = arith.addi %v3569, %v3573 : i64
        %v3575 = arith.muli %v3567, %v76 : i64
        %v3576 = arith.addi %v3575, %v3565 : i64
        %v3577 = arith.cmpi sge, %v3569, %v29 : i64
        %v3578 = arith.andi %v3571, %v3577 : i1
        %v3579 = arith.andi %v3578, %v3566 : i1
        %v3580 = llvm.getelementptr %v5[%v3576] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v3581 = llvm.load %v3580 : !llvm.ptr<3> -> f32
        %v3582 = arith.addi %v3564, %v43 : i64
        %v3583 = arith.constant true
        %v3584 = arith.addi %v53, %v3582 : i64
        %v3585 = llvm.getelementptr %v4[%v3584] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3586 = llvm.load %v3585 : !llvm.ptr<3> -> i64
        %v3587 = arith.addi %v1511, %v3565 : i64
        %v3588 = arith.cmpi slt, %v3587, %v64 : i64
        %v3589 = arith.subi %size_L, %v1 : i64
        %v3590 = arith.minsi %v3587, %v3589 : i64
        %v3591 = arith.addi %v3586, %v3590 : i64
        %v3592 = arith.muli %v3584, %v76 : i64
        %v3593 = arith.addi %v3592, %v3565 : i64
        %v3594 = arith.cmpi sge, %v3586, %v29 : i64
        %v3595 = arith.andi %v3588, %v3594 : i1
        %v3596 = arith.andi %v3595, %v3583 : i1
        %v3597 = llvm.getelementptr %v5[%v3593] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v3598 = llvm.load %v3597 : !llvm.ptr<3> -> f32
        %v3599 = arith.addi %v3564, %v94 : i64
        %v3600 = arith.constant true
        %v3601 = arith.addi %v53, %v3599 : i64
        %v3602 = llvm.getelementptr %v4[%v3601] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3603 = llvm.load %v3602 : !llvm.ptr<3> -> i64
        %v3604 = arith.addi %v1511, %v3565 : i64
        %v3605 = arith.cmpi slt, %v3604, %v64 : i64
        %v3606 = arith.subi %size_L, %v1 : i64
        %v3607 = arith.minsi %v3604, %v3606 : i64
        %v3608 = arith.addi %v3603, %v3607 : i64
        %v3609 = arith.muli %v3601, %v76 : i64
        %v3610 = arith.addi %v3609, %v3565 : i64
        %v3611 = arith.cmpi sge, %v3603, %v29 : i64
        %v3612 = arith.andi %v3605, %v3611 : i1
        %v3613 = arith.andi %v3612, %v3600 : i1
        %v3614 = llvm.getelementptr %v5[%v3610] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v3615 = llvm.load %v3614 : !llvm.ptr<3> -> f32
        %v3616 = arith.addi %v3564, %v108 : i64
        %v3617 = arith.constant true
        %v3618 = arith.addi %v53, %v3616 : i64
        %v3619 = llvm.getelementptr %v4[%v3618] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3620 = llvm.load %v3619 : !llvm.ptr<3> -> i64
        %v3621 = arith.addi %v1511, %v3565 : i64
        %v3622 = arith.cmpi slt, %v3621, %v64 : i64
        %v3623 = arith.subi %size_L, %v1 : i64
        %v3624 = arith.minsi %v3621, %v3623 : i64
        %v3625 = arith.addi %v3620, %v3624 : i64
        %v3626 = arith.muli %v3618, %v76 : i64
        %v3627 = arith.addi %v3626, %v3565 : i64
        %v3628 = arith.cmpi sge, %v3620, %v29 : i64
        %v3629 = arith.andi %v3622, %v3628 : i1
        %v3630 = arith.andi %v3629, %v3617 : i1
        %v3631 = llvm.getelementptr %v5[%v3627] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v3632 = llvm.load %v3631 : !llvm.ptr<3> -> f32
        %v3633 = arith.addi %v3564, %v122 : i64
        %v3634 = arith.constant true
        %v3635 = arith.addi %v53, %v3633 : i64
        %v3636 = llvm.getelementptr %v4[%v3635] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3637 = llvm.load %v3636 : !llvm.ptr<3> -> i64
        %v3638 = arith.addi %v1511, %v3565 : i64
        %v3639 = arith.cmpi slt, %v3638, %v64 : i64
        %v3640 = arith.subi %size_L, %v1 : i64
        %v3641 = arith.minsi %v3638, %v3640 : i64
        %v3642 = arith.addi %v3637, %v3641 : i64
        %v3643 = arith.muli %v3635, %v76 : i64
        %v3644 = arith.addi %v3643, %v3565 : i64
        %v3645 = arith.cmpi sge, %v3637, %v29 : i64
        %v3646 = arith.andi %v3639, %v3645 : i1
        %v3647 = arith.andi %v3646, %v3634 : i1
        %v3648 = llvm.getelementptr %v5[%v3644] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v3649 = llvm.load %v3648 : !llvm.ptr<3> -> f32
        %v3650 = arith.addi %v3564, %v136 : i64
        %v3651 = arith.constant true
        %v3652 = arith.addi %v53, %v3650 : i64
        %v3653 = llvm.getelementptr %v4[%v3652] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3654 = llvm.load %v3653 : !llvm.ptr<3> -> i64
        %v3655 = arith.addi %v1511, %v3565 : i64
        %v3656 = arith.cmpi slt, %v3655, %v64 : i64
        %v3657 = arith.subi %size_L, %v1 : i64
        %v3658 = arith.minsi %v3655, %v3657 : i64
        %v3659 = arith.addi %v3654, %v3658 : i64
        %v3660 = arith.muli %v3652, %v76 : i64
        %v3661 = arith.addi %v3660, %v3565 : i64
        %v3662 = arith.cmpi sge, %v3654, %v29 : i64
        %v3663 = arith.andi %v3656, %v3662 : i1
        %v3664 = arith.andi %v3663, %v3651 : i1
        %v3665 = llvm.getelementptr %v5[%v3661] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v3666 = llvm.load %v3665 : !llvm.ptr<3> -> f32
        %v3667 = arith.addi %v3564, %v150 : i64
        %v3668 = arith.constant true
        %v3669 = arith.addi %v53, %v3667 : i64
        %v3670 = llvm.getelementptr %v4[%v3669] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3671 = llvm.load %v3670 : !llvm.ptr<3> -> i64
        %v3672 = arith.addi %v1511, %v3565 : i64
        %v3673 = arith.cmpi slt, %v3672, %v64 : i64
        %v3674 = arith.subi %size_L, %v1 : i64
        %v3675 = arith.minsi %v3672, %v3674 : i64
        %v3676 = arith.addi %v3671, %v3675 : i64
        %v3677 = arith.muli %v3669, %v76 : i64
        %v3678 = arith.addi %v3677, %v3565 : i64
        %v3679 = arith.cmpi sge, %v3671, %v29 : i64
        %v3680 = arith.andi %v3673, %v3679 : i1
        %v3681 = arith.andi %v3680, %v3668 : i1
        %v3682 = llvm.getelementptr %v5[%v3678] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v3683 = llvm.load %v3682 : !llvm.ptr<3> -> f32
        %v3684 = arith.addi %v3564, %v164 : i64
        %v3685 = arith.constant true
        %v3686 = arith.addi %v53, %v3684 : i64
        %v3687 = llvm.getelementptr %v4[%v3686] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3688 = llvm.load %v3687 : !llvm.ptr<3> -> i64
        %v3689 = arith.addi %v1511, %v3565 : i64
        %v3690 = arith.cmpi slt, %v3689, %v64 : i64
        %v3691 = arith.subi %size_L, %v1 : i64
        %v3692 = arith.minsi %v3689, %v3691 : i64
        %v3693 = arith.addi %v3688, %v3692 : i64
        %v3694 = arith.muli %v3686, %v76 : i64
        %v3695 = arith.addi %v3694, %v3565 : i64
        %v3696 = arith.cmpi sge, %v3688, %v29 : i64
        %v3697 = arith.andi %v3690, %v3696 : i1
        %v3698 = arith.andi %v3697, %v3685 : i1
        %v3699 = llvm.getelementptr %v5[%v3695] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v3700 = llvm.load %v3699 : !llvm.ptr<3> -> f32
        %v3701 = arith.addi %v3564, %v178 : i64
        %v3702 = arith.constant true
        %v3703 = arith.addi %v53, %v3701 : i64
        %v3704 = llvm.getelementptr %v4[%v3703] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3705 = llvm.load %v3704 : !llvm.ptr<3> -> i64
        %v3706 = arith.addi %v1511, %v3565 : i64
        %v3707 = arith.cmpi slt, %v3706, %v64 : i64
        %v3708 = arith.subi %size_L, %v1 : i64
        %v3709 = arith.minsi %v3706, %v3708 : i64
        %v3710 = arith.addi %v3705, %v3709 : i64
        %v3711 = arith.muli %v3703, %v76 : i64
        %v3712 = arith.addi %v3711, %v3565 : i64
        %v3713 = arith.cmpi sge, %v3705, %v29 : i64
        %v3714 = arith.andi %v3707, %v3713 : i1
        %v3715 = arith.andi %v3714, %v3702 : i1
        %v3716 = llvm.getelementptr %v5[%v3712] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v3717 = llvm.load %v3716 : !llvm.ptr<3> -> f32
        %v3718 = arith.addi %v3564, %v192 : i64
        %v3719 = arith.constant true
        %v3720 = arith.addi %v53, %v3718 : i64
        %v3721 = llvm.getelementptr %v4[%v3720] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3722 = llvm.load %v3721 : !llvm.ptr<3> -> i64
        %v3723 = arith.addi %v1511, %v3565 : i64
        %v3724 = arith.cmpi slt, %v3723, %v64 : i64
        %v3725 = arith.subi %size_L, %v1 : i64
        %v3726 = arith.minsi %v3723, %v3725 : i64
        %v3727 = arith.addi %v3722, %v3726 : i64
        %v3728 = arith.muli %v3720, %v76 : i64
        %v3729 = arith.addi %v3728, %v3565 : i64
        %v3730 = arith.cmpi sge, %v3722, %v29 : i64
        %v3731 = arith.andi %v3724, %v3730 : i1
        %v3732 = arith.andi %v3731, %v3719 : i1
        %v3733 = llvm.getelementptr %v5[%v3729] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v3734 = llvm.load %v3733 : !llvm.ptr<3> -> f32
        %v3735 = arith.addi %v3564, %v206 : i64
        %v3736 = arith.constant true
        %v3737 = arith.addi %v53, %v3735 : i64
        %v3738 = llvm.getelementptr %v4[%v3737] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3739 = llvm.load %v3738 : !llvm.ptr<3> -> i64
        %v3740 = arith.addi %v1511, %v3565 : i64
        %v3741 = arith.cmpi slt, %v3740, %v64 : i64
        %v3742 = arith.subi %size_L, %v1 : i64
        %v3743 = arith.minsi %v3740, %v3742 : i64
        %v3744 = arith.addi %v3739, %v3743 : i64
        %v3745 = arith.muli %v3737, %v76 : i64
        %v3746 = arith.addi %v3745, %v3565 : i64
        %v3747 = arith.cmpi sge, %v3739, %v29 : i64
        %v3748 = arith.andi %v3741, %v3747 : i1
        %v3749 = arith.andi %v3748, %v3736 : i1
        %v3750 = llvm.getelementptr %v5[%v3746] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v3751 = llvm.load %v3750 : !llvm.ptr<3> -> f32
        %v3752 = arith.addi %v3564, %v220 : i64
        %v3753 = arith.constant true
        %v3754 = arith.addi %v53, %v3752 : i64
        %v3755 = llvm.getelementptr %v4[%v3754] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3756 = llvm.load %v3755 : !llvm.ptr<3> -> i64
        %v3757 = arith.addi %v1511, %v3565 : i64
        %v3758 = arith.cmpi slt, %v3757, %v64 : i64
        %v3759 = arith.subi %size_L, %v1 : i64
        %v3760 = arith.minsi %v3757, %v3759 : i64
        %v3761 = arith.addi %v3756, %v3760 : i64
        %v3762 = arith.muli %v3754, %v76 : i64
        %v3763 = arith.addi %v3762, %v3565 : i64
        %v3764 = arith.cmpi sge, %v3756, %v29 : i64
        %v3765 = arith.andi %v3758, %v3764 : i1
        %v3766 = arith.andi %v3765, %v3753 : i1
        %v3767 = llvm.getelementptr %v5[%v3763] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v3768 = llvm.load %v3767 : !llvm.ptr<3> -> f32
        %v3769 = arith.addi %v3564, %v234 : i64
        %v3770 = arith.constant true
        %v3771 = arith.addi %v53, %v3769 : i64
        %v3772 = llvm.getelementptr %v4[%v3771] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3773 = llvm.load %v3772 : !llvm.ptr<3> -> i64
        %v3774 = arith.addi %v1511, %v3565 : i64
        %v3775 = arith.cmpi slt, %v3774, %v64 : i64
        %v3776 = arith.subi %size_L, %v1 : i64
        %v3777 = arith.minsi %v3774, %v3776 : i64
        %v3778 = arith.addi %v3773, %v3777 : i64
        %v3779 = arith.muli %v3771, %v76 : i64
        %v3780 = arith.addi %v3779, %v3565 : i64
        %v3781 = arith.cmpi sge, %v3773, %v29 : i64
        %v3782 = arith.andi %v3775, %v3781 : i1
        %v3783 = arith.andi %v3782, %v3770 : i1
        %v3784 = llvm.getelementptr %v5[%v3780] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v3785 = llvm.load %v3784 : !llvm.ptr<3> -> f32
        %v3786 = arith.addi %v3564, %v248 : i64
        %v3787 = arith.constant true
        %v3788 = arith.addi %v53, %v3786 : i64
        %v3789 = llvm.getelementptr %v4[%v3788] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3790 = llvm.load %v3789 : !llvm.ptr<3> -> i64
        %v3791 = arith.addi %v1511, %v3565 : i64
        %v3792 = arith.cmpi slt, %v3791, %v64 : i64
        %v3793 = arith.subi %size_L, %v1 : i64
        %v3794 = arith.minsi %v3791, %v3793 : i64
        %v3795 = arith.addi %v3790, %v3794 : i64
        %v3796 = arith.muli %v3788, %v76 : i64
        %v3797 = arith.addi %v3796, %v3565 : i64
        %v3798 = arith.cmpi sge, %v3790, %v29 : i64
        %v3799 = arith.andi %v3792, %v3798 : i1
        %v3800 = arith.andi %v3799, %v3787 : i1
        %v3801 = llvm.getelementptr %v5[%v3797] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v3802 = llvm.load %v3801 : !llvm.ptr<3> -> f32
        %v3803 = arith.addi %v3564, %v262 : i64
        %v3804 = arith.constant true
        %v3805 = arith.addi %v53, %v3803 : i64
        %v3806 = llvm.getelementptr %v4[%v3805] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3807 = llvm.load %v3806 : !llvm.ptr<3> -> i64
        %v3808 = arith.addi %v1511, %v3565 : i64
        %v3809 = arith.cmpi slt, %v3808, %v64 : i64
        %v3810 = arith.subi %size_L, %v1 : i64
        %v3811 = arith.minsi %v3808, %v3810 : i64
        %v3812 = arith.addi %v3807, %v3811 : i64
        %v3813 = arith.muli %v3805, %v76 : i64
        %v3814 = arith.addi %v3813, %v3565 : i64
        %v3815 = arith.cmpi sge, %v3807, %v29 : i64
        %v3816 = arith.andi %v3809, %v3815 : i1
        %v3817 = arith.andi %v3816, %v3804 : i1
        %v3818 = llvm.getelementptr %v5[%v3814] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v3819 = llvm.load %v3818 : !llvm.ptr<3> -> f32
        %v3820 = arith.addi %v3564, %v276 : i64
        %v3821 = arith.constant true
        %v3822 = arith.addi %v53, %v3820 : i64
        %v3823 = llvm.getelementptr %v4[%v3822] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3824 = llvm.load %v3823 : !llvm.ptr<3> -> i64
        %v3825 = arith.addi %v1511, %v3565 : i64
        %v3826 = arith.cmpi slt, %v3825, %v64 : i64
        %v3827 = arith.subi %size_L, %v1 : i64
        %v3828 = arith.minsi %v3825, %v3827 : i64
        %v3829 = arith.addi %v3824, %v3828 : i64
        %v3830 = arith.muli %v3822, %v76 : i64
        %v3831 = arith.addi %v3830, %v3565 : i64
        %v3832 = arith.cmpi sge, %v3824, %v29 : i64
        %v3833 = arith.andi %v3826, %v3832 : i1
        %v3834 = arith.andi %v3833, %v3821 : i1
        %v3835 = llvm.getelementptr %v5[%v3831] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v3836 = llvm.load %v3835 : !llvm.ptr<3> -> f32
        %v3837 = arith.addi %v3564, %v65 : i64
        %v3838 = arith.constant true
        %v3839 = arith.addi %v53, %v3837 : i64
        %v3840 = llvm.getelementptr %v4[%v3839] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3841 = llvm.load %v3840 : !llvm.ptr<3> -> i64
        %v3842 = arith.addi %v1511, %v3565 : i64
        %v3843 = arith.cmpi slt, %v3842, %v64 : i64
        %v3844 = arith.subi %size_L, %v1 : i64
        %v3845 = arith.minsi %v3842, %v3844 : i64
        %v3846 = arith.addi %v3841, %v3845 : i64
        %v3847 = arith.muli %v3839, %v76 : i64
        %v3848 = arith.addi %v3847, %v3565 : i64
        %v3849 = arith.cmpi sge, %v3841, %v29 : i64
        %v3850 = arith.andi %v3843, %v3849 : i1
        %v3851 = arith.andi %v3850, %v3838 : i1
        %v3852 = llvm.getelementptr %v5[%v3848] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v3853 = llvm.load %v3852 : !llvm.ptr<3> -> f32
        %v3854 = arith.addi %v3564, %v303 : i64
        %v3855 = arith.constant true
        %v3856 = arith.addi %v53, %v3854 : i64
        %v3857 = llvm.getelementptr %v4[%v3856] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3858 = llvm.load %v3857 : !llvm.ptr<3> -> i64
        %v3859 = arith.addi %v1511, %v3565 : i64
        %v3860 = arith.cmpi slt, %v3859, %v64 : i64
        %v3861 = arith.subi %size_L, %v1 : i64
        %v3862 = arith.minsi %v3859, %v3861 : i64
        %v3863 = arith.addi %v3858, %v3862 : i64
        %v3864 = arith.muli %v3856, %v76 : i64
        %v3865 = arith.addi %v3864, %v3565 : i64
        %v3866 = arith.cmpi sge, %v3858, %v29 : i64
        %v3867 = arith.andi %v3860, %v3866 : i1
        %v3868 = arith.andi %v3867, %v3855 : i1
        %v3869 = llvm.getelementptr %v5[%v3865] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v3870 = llvm.load %v3869 : !llvm.ptr<3> -> f32
        %v3871 = arith.addi %v3564, %v317 : i64
        %v3872 = arith.constant true
        %v3873 = arith.addi %v53, %v3871 : i64
        %v3874 = llvm.getelementptr %v4[%v3873] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3875 = llvm.load %v3874 : !llvm.ptr<3> -> i64
        %v3876 = arith.addi %v1511, %v3565 : i64
        %v3877 = arith.cmpi slt, %v3876, %v64 : i64
        %v3878 = arith.subi %size_L, %v1 : i64
        %v3879 = arith.minsi %v3876, %v3878 : i64
        %v3880 = arith.addi %v3875, %v3879 : i64
        %v3881 = arith.muli %v3873, %v76 : i64
        %v3882 = arith.addi %v3881, %v3565 : i64
        %v3883 = arith.cmpi sge, %v3875, %v29 : i64
        %v3884 = arith.andi %v3877, %v3883 : i1
        %v3885 = arith.andi %v3884, %v3872 : i1
        %v3886 = llvm.getelementptr %v5[%v3882] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v3887 = llvm.load %v3886 : !llvm.ptr<3> -> f32
        %v3888 = arith.addi %v3564, %v331 : i64
        %v3889 = arith.constant true
        %v3890 = arith.addi %v53, %v3888 : i64
        %v3891 = llvm.getelementptr %v4[%v3890] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3892 = llvm.load %v3891 : !llvm.ptr<3> -> i64
        %v3893 = arith.addi %v1511, %v3565 : i64
        %v3894 = arith.cmpi slt, %v3893, %v64 : i64
        %v3895 = arith.subi %size_L, %v1 : i64
        %v3896 = arith.minsi %v3893, %v3895 : i64
        %v3897 = arith.addi %v3892, %v3896 : i64
        %v3898 = arith.muli %v3890, %v76 : i64
        %v3899 = arith.addi %v3898, %v3565 : i64
        %v3900 = arith.cmpi sge, %v3892, %v29 : i64
        %v3901 = arith.andi %v3894, %v3900 : i1
        %v3902 = arith.andi %v3901, %v3889 : i1
        %v3903 = llvm.getelementptr %v5[%v3899] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v3904 = llvm.load %v3903 : !llvm.ptr<3> -> f32
        %v3905 = arith.addi %v3564, %v345 : i64
        %v3906 = arith.constant true
        %v3907 = arith.addi %v53, %v3905 : i64
        %v3908 = llvm.getelementptr %v4[%v3907] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3909 = llvm.load %v3908 : !llvm.ptr<3> -> i64
        %v3910 = arith.addi %v1511, %v3565 : i64
        %v3911 = arith.cmpi slt, %v3910, %v64 : i64
        %v3912 = arith.subi %size_L, %v1 : i64
        %v3913 = arith.minsi %v3910, %v3912 : i64
        %v3914 = arith.addi %v3909, %v3913 : i64
        %v3915 = arith.muli %v3907, %v76 : i64
        %v3916 = arith.addi %v3915, %v3565 : i64
        %v3917 = arith.cmpi sge, %v3909, %v29 : i64
        %v3918 = arith.andi %v3911, %v3917 : i1
        %v3919 = arith.andi %v3918, %v3906 : i1
        %v3920 = llvm.getelementptr %v5[%v3916] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v3921 = llvm.load %v3920 : !llvm.ptr<3> -> f32
        %v3922 = arith.addi %v3564, %v359 : i64
        %v3923 = arith.constant true
        %v3924 = arith.addi %v53, %v3922 : i64
        %v3925 = llvm.getelementptr %v4[%v3924] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3926 = llvm.load %v3925 : !llvm.ptr<3> -> i64
        %v3927 = arith.addi %v1511, %v3565 : i64
        %v3928 = arith.cmpi slt, %v3927, %v64 : i64
        %v3929 = arith.subi %size_L, %v1 : i64
        %v3930 = arith.minsi %v3927, %v3929 : i64
        %v3931 = arith.addi %v3926, %v3930 : i64
        %v3932 = arith.muli %v3924, %v76 : i64
        %v3933 = arith.addi %v3932, %v3565 : i64
        %v3934 = arith.cmpi sge, %v3926, %v29 : i64
        %v3935 = arith.andi %v3928, %v3934 : i1
        %v3936 = arith.andi %v3935, %v3923 : i1
        %v3937 = llvm.getelementptr %v5[%v3933] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v3938 = llvm.load %v3937 : !llvm.ptr<3> -> f32
        %v3939 = arith.addi %v3564, %v373 : i64
        %v3940 = arith.constant true
        %v3941 = arith.addi %v53, %v3939 : i64
        %v3942 = llvm.getelementptr %v4[%v3941] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3943 = llvm.load %v3942 : !llvm.ptr<3> -> i64
        %v3944 = arith.addi %v1511, %v3565 : i64
        %v3945 = arith.cmpi slt, %v3944, %v64 : i64
        %v3946 = arith.subi %size_L, %v1 : i64
        %v3947 = arith.minsi %v3944, %v3946 : i64
        %v3948 = arith.addi %v3943, %v3947 : i64
        %v3949 = arith.muli %v3941, %v76 : i64
        %v3950 = arith.addi %v3949, %v3565 : i64
        %v3951 = arith.cmpi sge, %v3943, %v29 : i64
        %v3952 = arith.andi %v3945, %v3951 : i1
        %v3953 = arith.andi %v3952, %v3940 : i1
        %v3954 = llvm.getelementptr %v5[%v3950] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v3955 = llvm.load %v3954 : !llvm.ptr<3> -> f32
        %v3956 = arith.addi %v3564, %v387 : i64
        %v3957 = arith.constant true
        %v3958 = arith.addi %v53, %v3956 : i64
        %v3959 = llvm.getelementptr %v4[%v3958] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3960 = llvm.load %v3959 : !llvm.ptr<3> -> i64
        %v3961 = arith.addi %v1511, %v3565 : i64
        %v3962 = arith.cmpi slt, %v3961, %v64 : i64
        %v3963 = arith.subi %size_L, %v1 : i64
        %v3964 = arith.minsi %v3961, %v3963 : i64
        %v3965 = arith.addi %v3960, %v3964 : i64
        %v3966 = arith.muli %v3958, %v76 : i64
        %v3967 = arith.addi %v3966, %v3565 : i64
        %v3968 = arith.cmpi sge, %v3960, %v29 : i64
        %v3969 = arith.andi %v3962, %v3968 : i1
        %v3970 = arith.andi %v3969, %v3957 : i1
        %v3971 = llvm.getelementptr %v5[%v3967] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v3972 = llvm.load %v3971 : !llvm.ptr<3> -> f32
        %v3973 = arith.addi %v3564, %v401 : i64
        %v3974 = arith.constant true
        %v3975 = arith.addi %v53, %v3973 : i64
        %v3976 = llvm.getelementptr %v4[%v3975] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3977 = llvm.load %v3976 : !llvm.ptr<3> -> i64
        %v3978 = arith.addi %v1511, %v3565 : i64
        %v3979 = arith.cmpi slt, %v3978, %v64 : i64
        %v3980 = arith.subi %size_L, %v1 : i64
        %v3981 = arith.minsi %v3978, %v3980 : i64
        %v3982 = arith.addi %v3977, %v3981 : i64
        %v3983 = arith.muli %v3975, %v76 : i64
        %v3984 = arith.addi %v3983, %v3565 : i64
        %v3985 = arith.cmpi sge, %v3977, %v29 : i64
        %v3986 = arith.andi %v3979, %v3985 : i1
        %v3987 = arith.andi %v3986, %v3974 : i1
        %v3988 = llvm.getelementptr %v5[%v3984] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v3989 = llvm.load %v3988 : !llvm.ptr<3> -> f32
        %v3990 = arith.addi %v3564, %v415 : i64
        %v3991 = arith.constant true
        %v3992 = arith.addi %v53, %v3990 : i64
        %v3993 = llvm.getelementptr %v4[%v3992] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3994 = llvm.load %v3993 : !llvm.ptr<3> -> i64
        %v3995 = arith.addi %v1511, %v3565 : i64
        %v3996 = arith.cmpi slt, %v3995, %v64 : i64
        %v3997 = arith.subi %size_L, %v1 : i64
        %v3998 = arith.minsi %v3995, %v3997 : i64
        %v3999 = arith.addi %v3994, %v3998 : i64
        %v4000 = arith.muli %v3992, %v76 : i64
        %v4001 = arith.addi %v4000, %v3565 : i64
        %v4002 = arith.cmpi sge, %v3994, %v29 : i64
        %v4003 = arith.andi %v3996, %v4002 : i1
        %v4004 = arith.andi %v4003, %v3991 : i1
        %v4005 = llvm.getelementptr %v5[%v4001] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4006 = llvm.load %v4005 : !llvm.ptr<3> -> f32
        %v4007 = arith.addi %v3564, %v429 : i64
        %v4008 = arith.constant true
        %v4009 = arith.addi %v53, %v4007 : i64
        %v4010 = llvm.getelementptr %v4[%v4009] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4011 = llvm.load %v4010 : !llvm.ptr<3> -> i64
        %v4012 = arith.addi %v1511, %v3565 : i64
        %v4013 = arith.cmpi slt, %v4012, %v64 : i64
        %v4014 = arith.subi %size_L, %v1 : i64
        %v4015 = arith.minsi %v4012, %v4014 : i64
        %v4016 = arith.addi %v4011, %v4015 : i64
        %v4017 = arith.muli %v4009, %v76 : i64
        %v4018 = arith.addi %v4017, %v3565 : i64
        %v4019 = arith.cmpi sge, %v4011, %v29 : i64
        %v4020 = arith.andi %v4013, %v4019 : i1
        %v4021 = arith.andi %v4020, %v4008 : i1
        %v4022 = llvm.getelementptr %v5[%v4018] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4023 = llvm.load %v4022 : !llvm.ptr<3> -> f32
        %v4024 = arith.addi %v3564, %v443 : i64
        %v4025 = arith.constant true
        %v4026 = arith.addi %v53, %v4024 : i64
        %v4027 = llvm.getelementptr %v4[%v4026] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4028 = llvm.load %v4027 : !llvm.ptr<3> -> i64
        %v4029 = arith.addi %v1511, %v3565 : i64
        %v4030 = arith.cmpi slt, %v4029, %v64 : i64
        %v4031 = arith.subi %size_L, %v1 : i64
        %v4032 = arith.minsi %v4029, %v4031 : i64
        %v4033 = arith.addi %v4028, %v4032 : i64
        %v4034 = arith.muli %v4026, %v76 : i64
        %v4035 = arith.addi %v4034, %v3565 : i64
        %v4036 = arith.cmpi sge, %v4028, %v29 : i64
        %v4037 = arith.andi %v4030, %v4036 : i1
        %v4038 = arith.andi %v4037, %v4025 : i1
        %v4039 = llvm.getelementptr %v5[%v4035] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4040 = llvm.load %v4039 : !llvm.ptr<3> -> f32
        %v4041 = arith.addi %v3564, %v457 : i64
        %v4042 = arith.constant true
        %v4043 = arith.addi %v53, %v4041 : i64
        %v4044 = llvm.getelementptr %v4[%v4043] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4045 = llvm.load %v4044 : !llvm.ptr<3> -> i64
        %v4046 = arith.addi %v1511, %v3565 : i64
        %v4047 = arith.cmpi slt, %v4046, %v64 : i64
        %v4048 = arith.subi %size_L, %v1 : i64
        %v4049 = arith.minsi %v4046, %v4048 : i64
        %v4050 = arith.addi %v4045, %v4049 : i64
        %v4051 = arith.muli %v4043, %v76 : i64
        %v4052 = arith.addi %v4051, %v3565 : i64
        %v4053 = arith.cmpi sge, %v4045, %v29 : i64
        %v4054 = arith.andi %v4047, %v4053 : i1
        %v4055 = arith.andi %v4054, %v4042 : i1
        %v4056 = llvm.getelementptr %v5[%v4052] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4057 = llvm.load %v4056 : !llvm.ptr<3> -> f32
        %v4058 = arith.addi %v3564, %v471 : i64
        %v4059 = arith.constant true
        %v4060 = arith.addi %v53, %v4058 : i64
        %v4061 = llvm.getelementptr %v4[%v4060] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4062 = llvm.load %v4061 : !llvm.ptr<3> -> i64
        %v4063 = arith.addi %v1511, %v3565 : i64
        %v4064 = arith.cmpi slt, %v4063, %v64 : i64
        %v4065 = arith.subi %size_L, %v1 : i64
        %v4066 = arith.minsi %v4063, %v4065 : i64
        %v4067 = arith.addi %v4062, %v4066 : i64
        %v4068 = arith.muli %v4060, %v76 : i64
        %v4069 = arith.addi %v4068, %v3565 : i64
        %v4070 = arith.cmpi sge, %v4062, %v29 : i64
        %v4071 = arith.andi %v4064, %v4070 : i1
        %v4072 = arith.andi %v4071, %v4059 : i1
        %v4073 = llvm.getelementptr %v5[%v4069] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4074 = llvm.load %v4073 : !llvm.ptr<3> -> f32
        %v4075 = arith.addi %v3564, %v485 : i64
        %v4076 = arith.constant true
        %v4077 = arith.addi %v53, %v4075 : i64
        %v4078 = llvm.getelementptr %v4[%v4077] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4079 = llvm.load %v4078 : !llvm.ptr<3> -> i64
        %v4080 = arith.addi %v1511, %v3565 : i64
        %v4081 = arith.cmpi slt, %v4080, %v64 : i64
        %v4082 = arith.subi %size_L, %v1 : i64
        %v4083 = arith.minsi %v4080, %v4082 : i64
        %v4084 = arith.addi %v4079, %v4083 : i64
        %v4085 = arith.muli %v4077, %v76 : i64
        %v4086 = arith.addi %v4085, %v3565 : i64
        %v4087 = arith.cmpi sge, %v4079, %v29 : i64
        %v4088 = arith.andi %v4081, %v4087 : i1
        %v4089 = arith.andi %v4088, %v4076 : i1
        %v4090 = llvm.getelementptr %v5[%v4086] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4091 = llvm.load %v4090 : !llvm.ptr<3> -> f32
        %v4092 = arith.addi %v3564, %v499 : i64
        %v4093 = arith.constant true
        %v4094 = arith.addi %v53, %v4092 : i64
        %v4095 = llvm.getelementptr %v4[%v4094] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4096 = llvm.load %v4095 : !llvm.ptr<3> -> i64
        %v4097 = arith.addi %v1511, %v3565 : i64
        %v4098 = arith.cmpi slt, %v4097, %v64 : i64
        %v4099 = arith.subi %size_L, %v1 : i64
        %v4100 = arith.minsi %v4097, %v4099 : i64
        %v4101 = arith.addi %v4096, %v4100 : i64
        %v4102 = arith.muli %v4094, %v76 : i64
        %v4103 = arith.addi %v4102, %v3565 : i64
        %v4104 = arith.cmpi sge, %v4096, %v29 : i64
        %v4105 = arith.andi %v4098, %v4104 : i1
        %v4106 = arith.andi %v4105, %v4093 : i1
        %v4107 = llvm.getelementptr %v5[%v4103] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4108 = llvm.load %v4107 : !llvm.ptr<3> -> f32
        scf.if %v3579 {
          %v4109 = llvm.getelementptr %out_y[%v3574] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3581, %v4109 : f32, !llvm.ptr
        }
        scf.if %v3596 {
          %v4110 = llvm.getelementptr %out_y[%v3591] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3598, %v4110 : f32, !llvm.ptr
        }
        scf.if %v3613 {
          %v4111 = llvm.getelementptr %out_y[%v3608] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3615, %v4111 : f32, !llvm.ptr
        }
        scf.if %v3630 {
          %v4112 = llvm.getelementptr %out_y[%v3625] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3632, %v4112 : f32, !llvm.ptr
        }
        scf.if %v3647 {
          %v4113 = llvm.getelementptr %out_y[%v3642] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3649, %v4113 : f32, !llvm.ptr
        }
        scf.if %v3664 {
          %v4114 = llvm.getelementptr %out_y[%v3659] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3666, %v4114 : f32, !llvm.ptr
        }
        scf.if %v3681 {
          %v4115 = llvm.getelementptr %out_y[%v3676] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3683, %v4115 : f32, !llvm.ptr
        }
        scf.if %v3698 {
          %v4116 = llvm.getelementptr %out_y[%v3693] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3700, %v4116 : f32, !llvm.ptr
        }
        scf.if %v3715 {
          %v4117 = llvm.getelementptr %out_y[%v3710] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3717, %v4117 : f32, !llvm.ptr
        }
        scf.if %v3732 {
          %v4118 = llvm.getelementptr %out_y[%v3727] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3734, %v4118 : f32, !llvm.ptr
        }
        scf.if %v3749 {
          %v4119 = llvm.getelementptr %out_y[%v3744] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3751, %v4119 : f32, !llvm.ptr
        }
        scf.if %v3766 {
          %v4120 = llvm.getelementptr %out_y[%v3761] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3768, %v4120 : f32, !llvm.ptr
        }
        scf.if %v3783 {
          %v4121 = llvm.getelementptr %out_y[%v3778] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3785, %v4121 : f32, !llvm.ptr
        }
        scf.if %v3800 {
          %v4122 = llvm.getelementptr %out_y[%v3795] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3802, %v4122 : f32, !llvm.ptr
        }
        scf.if %v3817 {
          %v4123 = llvm.getelementptr %out_y[%v3812] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3819, %v4123 : f32, !llvm.ptr
        }
        scf.if %v3834 {
          %v4124 = llvm.getelementptr %out_y[%v3829] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3836, %v4124 : f32, !llvm.ptr
        }
        scf.if %v3851 {
          %v4125 = llvm.getelementptr %out_y[%v3846] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3853, %v4125 : f32, !llvm.ptr
        }
        scf.if %v3868 {
          %v4126 = llvm.getelementptr %out_y[%v3863] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3870, %v4126 : f32, !llvm.ptr
        }
        scf.if %v3885 {
          %v4127 = llvm.getelementptr %out_y[%v3880] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3887, %v4127 : f32, !llvm.ptr
        }
        scf.if %v3902 {
          %v4128 = llvm.getelementptr %out_y[%v3897] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3904, %v4128 : f32, !llvm.ptr
        }
        scf.if %v3919 {
          %v4129 = llvm.getelementptr %out_y[%v3914] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3921, %v4129 : f32, !llvm.ptr
        }
        scf.if %v3936 {
          %v4130 = llvm.getelementptr %out_y[%v3931] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3938, %v4130 : f32, !llvm.ptr
        }
        scf.if %v3953 {
          %v4131 = llvm.getelementptr %out_y[%v3948] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3955, %v4131 : f32, !llvm.ptr
        }
        scf.if %v3970 {
          %v4132 = llvm.getelementptr %out_y[%v3965] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3972, %v4132 : f32, !llvm.ptr
        }
        scf.if %v3987 {
          %v4133 = llvm.getelementptr %out_y[%v3982] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3989, %v4133 : f32, !llvm.ptr
        }
        scf.if %v4004 {
          %v4134 = llvm.getelementptr %out_y[%v3999] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4006, %v4134 : f32, !llvm.ptr
        }
        scf.if %v4021 {
          %v4135 = llvm.getelementptr %out_y[%v4016] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4023, %v4135 : f32, !llvm.ptr
        }
        scf.if %v4038 {
          %v4136 = llvm.getelementptr %out_y[%v4033] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4040, %v4136 : f32, !llvm.ptr
        }
        scf.if %v4055 {
          %v4137 = llvm.getelementptr %out_y[%v4050] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4057, %v4137 : f32, !llvm.ptr
        }
        scf.if %v4072 {
          %v4138 = llvm.getelementptr %out_y[%v4067] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4074, %v4138 : f32, !llvm.ptr
        }
        scf.if %v4089 {
          %v4139 = llvm.getelementptr %out_y[%v4084] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4091, %v4139 : f32, !llvm.ptr
        }
        scf.if %v4106 {
          %v4140 = llvm.getelementptr %out_y[%v4101] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4108, %v4140 : f32, !llvm.ptr
        }
        gpu.barrier
      }
      %v4141 = arith.subi %v9, %v1 : i64
      %v4142 = arith.cmpi eq, %v18, %v4141 : i64
      %v4143 = arith.andi %v22, %v4142 : i1
      gpu.return
    }
  }
}
