module attributes {gpu.container_module} {
  gpu.module @linrec {
    llvm.mlir.global internal @rows_biquad_fwd() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<256 x i64>
    llvm.mlir.global internal @smem_biquad_fwd() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<8448 x f32>
    gpu.func @biquad_fwd(%in_x: !llvm.ptr, %in_rho: !llvm.ptr, %in_theta: !llvm.ptr, %in_h0: !llvm.ptr, %in_hp0: !llvm.ptr, %out_y: !llvm.ptr, %out_h_last: !llvm.ptr, %out_hp_last: !llvm.ptr, %ckpt_h: !llvm.ptr, %ckpt_hp: !llvm.ptr, %size_B: i64, %size_D: i64, %size_L: i64) kernel {
      %v1 = arith.constant 1 : i64
      %v2 = arith.muli %v1, %size_B : i64
      %v3 = arith.muli %v2, %size_D : i64
      %v4 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v5 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v6 = llvm.mlir.addressof @rows_biquad_fwd : !llvm.ptr<3>
      %v7 = llvm.mlir.addressof @smem_biquad_fwd : !llvm.ptr<3>
      %v8 = arith.constant 255 : i64
      %v9 = arith.addi %size_L, %v8 : i64
      %v10 = arith.constant 256 : i64
      %v11 = arith.divui %v9, %v10 : i64
      %v16 = arith.constant 64 : i64
      %v26 = arith.constant 0 : i64
      %v27 = arith.muli %v1, %size_L : i64
      %v28 = arith.muli %v27, %size_D : i64
      %v50 = arith.constant 2 : i64
      %v59 = arith.constant -1 : i64
      %v61 = arith.constant 3 : i64
      %v65 = arith.muli %v1, %size_D : i64
      %v74 = arith.constant 0x00000000 : f32
      %v83 = arith.constant 32 : i64
      %v96 = arith.constant 33 : i64
      %v115 = arith.constant 4 : i64
      %v130 = arith.constant 6 : i64
      %v145 = arith.constant 8 : i64
      %v160 = arith.constant 10 : i64
      %v175 = arith.constant 12 : i64
      %v190 = arith.constant 14 : i64
      %v205 = arith.constant 16 : i64
      %v220 = arith.constant 18 : i64
      %v235 = arith.constant 20 : i64
      %v250 = arith.constant 22 : i64
      %v265 = arith.constant 24 : i64
      %v280 = arith.constant 26 : i64
      %v295 = arith.constant 28 : i64
      %v310 = arith.constant 30 : i64
      %v339 = arith.constant 34 : i64
      %v354 = arith.constant 36 : i64
      %v369 = arith.constant 38 : i64
      %v384 = arith.constant 40 : i64
      %v399 = arith.constant 42 : i64
      %v414 = arith.constant 44 : i64
      %v429 = arith.constant 46 : i64
      %v444 = arith.constant 48 : i64
      %v459 = arith.constant 50 : i64
      %v474 = arith.constant 52 : i64
      %v489 = arith.constant 54 : i64
      %v504 = arith.constant 56 : i64
      %v519 = arith.constant 58 : i64
      %v534 = arith.constant 60 : i64
      %v549 = arith.constant 62 : i64
      %v1082 = arith.constant 128 : i64
      %v1572 = arith.muli %v1, %size_B : i64
      %v1573 = arith.muli %v1572, %size_D : i64
      %v1583 = arith.muli %v1, %size_B : i64
      %v1584 = arith.muli %v1583, %size_D : i64
      %v2951 = arith.constant 0x40000000 : f32
      %v2958 = arith.constant 0x3F800000 : f32
      %v2960 = arith.constant 0x3FB8AA3B : f32
      %v2972 = arith.constant 0x3E22F983 : f32
      %v2975 = arith.constant 0x40C90000 : f32
      %v2976 = arith.constant 0x3AFDAA22 : f32
      %v3030 = arith.constant 192 : i64
      %v3045 = arith.constant 320 : i64
      %v3053 = arith.constant 384 : i64
      %v3061 = arith.constant 448 : i64
      %v3069 = arith.constant 512 : i64
      %v3077 = arith.constant 576 : i64
      %v3085 = arith.constant 640 : i64
      %v3093 = arith.constant 704 : i64
      %v3101 = arith.constant 768 : i64
      %v3109 = arith.constant 832 : i64
      %v3117 = arith.constant 896 : i64
      %v3125 = arith.constant 960 : i64
      %v3133 = arith.constant 1024 : i64
      %v3141 = arith.constant 1088 : i64
      %v3149 = arith.constant 1152 : i64
      %v3157 = arith.constant 1216 : i64
      %v3165 = arith.constant 1280 : i64
      %v3173 = arith.constant 1344 : i64
      %v3181 = arith.constant 1408 : i64
      %v3189 = arith.constant 1472 : i64
      %v3197 = arith.constant 1536 : i64
      %v3205 = arith.constant 1600 : i64
      %v3213 = arith.constant 1664 : i64
      %v3221 = arith.constant 1728 : i64
      %v3229 = arith.constant 1792 : i64
      %v3237 = arith.constant 1856 : i64
      %v3245 = arith.constant 1920 : i64
      %v3253 = arith.constant 1984 : i64
      %v12 = gpu.block_id x
      %v13 = gpu.thread_id x
      %v14 = arith.index_cast %v13 : index to i64
      %v15 = arith.index_cast %v12 : index to i64
      %v17 = arith.muli %v15, %v16 : i64
      %v18 = arith.addi %v17, %v14 : i64
      %v19 = arith.cmpi slt, %v18, %v3 : i64
      %v20 = arith.subi %v3, %v1 : i64
      %v21 = arith.minsi %v18, %v20 : i64
      %v22 = arith.remui %v21, %size_D : i64
      %v23 = arith.divui %v21, %size_D : i64
      %v24 = arith.remui %v23, %size_B : i64
      %v25 = arith.divui %v23, %size_B : i64
      %v29 = arith.muli %v24, %v28 : i64
      %v30 = arith.muli %v22, %v27 : i64
      %v31 = arith.addi %v29, %v30 : i64
      %v32 = arith.muli %v26, %v1 : i64
      %v33 = arith.addi %v31, %v32 : i64
      %v34 = arith.muli %v26, %v16 : i64
      %v35 = arith.addi %v34, %v14 : i64
      %v36 = llvm.getelementptr %v6[%v35] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      llvm.store %v33, %v36 : i64, !llvm.ptr<3>
      %v37 = arith.muli %v24, %v28 : i64
      %v38 = arith.muli %v22, %v27 : i64
      %v39 = arith.addi %v37, %v38 : i64
      %v40 = arith.muli %v26, %v1 : i64
      %v41 = arith.addi %v39, %v40 : i64
      %v42 = arith.muli %v1, %v16 : i64
      %v43 = arith.addi %v42, %v14 : i64
      %v44 = llvm.getelementptr %v6[%v43] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      llvm.store %v41, %v44 : i64, !llvm.ptr<3>
      %v45 = arith.muli %v24, %v28 : i64
      %v46 = arith.muli %v22, %v27 : i64
      %v47 = arith.addi %v45, %v46 : i64
      %v48 = arith.muli %v26, %v1 : i64
      %v49 = arith.addi %v47, %v48 : i64
      %v51 = arith.muli %v50, %v16 : i64
      %v52 = arith.addi %v51, %v14 : i64
      %v53 = llvm.getelementptr %v6[%v52] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      llvm.store %v49, %v53 : i64, !llvm.ptr<3>
      %v54 = arith.muli %v24, %v28 : i64
      %v55 = arith.muli %v22, %v27 : i64
      %v56 = arith.addi %v54, %v55 : i64
      %v57 = arith.muli %v26, %v1 : i64
      %v58 = arith.addi %v56, %v57 : i64
      %v60 = arith.select %v19, %v58, %v59 : i64
      %v62 = arith.muli %v61, %v16 : i64
      %v63 = arith.addi %v62, %v14 : i64
      %v64 = llvm.getelementptr %v6[%v63] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      llvm.store %v60, %v64 : i64, !llvm.ptr<3>
      gpu.barrier
      %v66 = arith.muli %v24, %v65 : i64
      %v67 = arith.muli %v22, %v1 : i64
      %v68 = arith.addi %v66, %v67 : i64
      %v69 = llvm.mlir.zero : !llvm.ptr
      %v70 = llvm.icmp "ne" %in_h0, %v69 : !llvm.ptr
      %v71 = scf.if %v70 -> (f32) {
        %v72 = llvm.getelementptr %in_h0[%v68] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v73 = llvm.load %v72 : !llvm.ptr -> f32
        scf.yield %v73 : f32
      } else {
        scf.yield %v74 : f32
      }
      llvm.store %v71, %v4 : f32, !llvm.ptr
      %v75 = arith.muli %v24, %v65 : i64
      %v76 = arith.muli %v22, %v1 : i64
      %v77 = arith.addi %v75, %v76 : i64
      %v78 = llvm.mlir.zero : !llvm.ptr
      %v79 = llvm.icmp "ne" %in_hp0, %v78 : !llvm.ptr
      %v80 = scf.if %v79 -> (f32) {
        %v81 = llvm.getelementptr %in_hp0[%v77] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v82 = llvm.load %v81 : !llvm.ptr -> f32
        scf.yield %v82 : f32
      } else {
        scf.yield %v74 : f32
      }
      llvm.store %v80, %v5 : f32, !llvm.ptr
      // staged load of `x`'s first tile: read, then shared memory
      %v84 = arith.divui %v14, %v83 : i64
      %v85 = arith.remui %v14, %v83 : i64
      %v86 = arith.addi %v84, %v26 : i64
      %v87 = arith.constant true
      %v88 = arith.addi %v26, %v86 : i64
      %v89 = llvm.getelementptr %v6[%v88] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v90 = llvm.load %v89 : !llvm.ptr<3> -> i64
      %v91 = arith.addi %v26, %v85 : i64
      %v92 = arith.cmpi slt, %v91, %size_L : i64
      %v93 = arith.subi %size_L, %v1 : i64
      %v94 = arith.minsi %v91, %v93 : i64
      %v95 = arith.addi %v90, %v94 : i64
      %v97 = arith.muli %v88, %v96 : i64
      %v98 = arith.addi %v97, %v85 : i64
      %v99 = llvm.getelementptr %in_x[%v95] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v100 = llvm.load %v99 : !llvm.ptr -> f32
      %v101 = arith.addi %v84, %v50 : i64
      %v102 = arith.constant true
      %v103 = arith.addi %v26, %v101 : i64
      %v104 = llvm.getelementptr %v6[%v103] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v105 = llvm.load %v104 : !llvm.ptr<3> -> i64
      %v106 = arith.addi %v26, %v85 : i64
      %v107 = arith.cmpi slt, %v106, %size_L : i64
      %v108 = arith.subi %size_L, %v1 : i64
      %v109 = arith.minsi %v106, %v108 : i64
      %v110 = arith.addi %v105, %v109 : i64
      %v111 = arith.muli %v103, %v96 : i64
      %v112 = arith.addi %v111, %v85 : i64
      %v113 = llvm.getelementptr %in_x[%v110] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v114 = llvm.load %v113 : !llvm.ptr -> f32
      %v116 = arith.addi %v84, %v115 : i64
      %v117 = arith.constant true
      %v118 = arith.addi %v26, %v116 : i64
      %v119 = llvm.getelementptr %v6[%v118] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v120 = llvm.load %v119 : !llvm.ptr<3> -> i64
      %v121 = arith.addi %v26, %v85 : i64
      %v122 = arith.cmpi slt, %v121, %size_L : i64
      %v123 = arith.subi %size_L, %v1 : i64
      %v124 = arith.minsi %v121, %v123 : i64
      %v125 = arith.addi %v120, %v124 : i64
      %v126 = arith.muli %v118, %v96 : i64
      %v127 = arith.addi %v126, %v85 : i64
      %v128 = llvm.getelementptr %in_x[%v125] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v129 = llvm.load %v128 : !llvm.ptr -> f32
      %v131 = arith.addi %v84, %v130 : i64
      %v132 = arith.constant true
      %v133 = arith.addi %v26, %v131 : i64
      %v134 = llvm.getelementptr %v6[%v133] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v135 = llvm.load %v134 : !llvm.ptr<3> -> i64
      %v136 = arith.addi %v26, %v85 : i64
      %v137 = arith.cmpi slt, %v136, %size_L : i64
      %v138 = arith.subi %size_L, %v1 : i64
      %v139 = arith.minsi %v136, %v138 : i64
      %v140 = arith.addi %v135, %v139 : i64
      %v141 = arith.muli %v133, %v96 : i64
      %v142 = arith.addi %v141, %v85 : i64
      %v143 = llvm.getelementptr %in_x[%v140] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v144 = llvm.load %v143 : !llvm.ptr -> f32
      %v146 = arith.addi %v84, %v145 : i64
      %v147 = arith.constant true
      %v148 = arith.addi %v26, %v146 : i64
      %v149 = llvm.getelementptr %v6[%v148] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v150 = llvm.load %v149 : !llvm.ptr<3> -> i64
      %v151 = arith.addi %v26, %v85 : i64
      %v152 = arith.cmpi slt, %v151, %size_L : i64
      %v153 = arith.subi %size_L, %v1 : i64
      %v154 = arith.minsi %v151, %v153 : i64
      %v155 = arith.addi %v150, %v154 : i64
      %v156 = arith.muli %v148, %v96 : i64
      %v157 = arith.addi %v156, %v85 : i64
      %v158 = llvm.getelementptr %in_x[%v155] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v159 = llvm.load %v158 : !llvm.ptr -> f32
      %v161 = arith.addi %v84, %v160 : i64
      %v162 = arith.constant true
      %v163 = arith.addi %v26, %v161 : i64
      %v164 = llvm.getelementptr %v6[%v163] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v165 = llvm.load %v164 : !llvm.ptr<3> -> i64
      %v166 = arith.addi %v26, %v85 : i64
      %v167 = arith.cmpi slt, %v166, %size_L : i64
      %v168 = arith.subi %size_L, %v1 : i64
      %v169 = arith.minsi %v166, %v168 : i64
      %v170 = arith.addi %v165, %v169 : i64
      %v171 = arith.muli %v163, %v96 : i64
      %v172 = arith.addi %v171, %v85 : i64
      %v173 = llvm.getelementptr %in_x[%v170] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v174 = llvm.load %v173 : !llvm.ptr -> f32
      %v176 = arith.addi %v84, %v175 : i64
      %v177 = arith.constant true
      %v178 = arith.addi %v26, %v176 : i64
      %v179 = llvm.getelementptr %v6[%v178] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v180 = llvm.load %v179 : !llvm.ptr<3> -> i64
      %v181 = arith.addi %v26, %v85 : i64
      %v182 = arith.cmpi slt, %v181, %size_L : i64
      %v183 = arith.subi %size_L, %v1 : i64
      %v184 = arith.minsi %v181, %v183 : i64
      %v185 = arith.addi %v180, %v184 : i64
      %v186 = arith.muli %v178, %v96 : i64
      %v187 = arith.addi %v186, %v85 : i64
      %v188 = llvm.getelementptr %in_x[%v185] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v189 = llvm.load %v188 : !llvm.ptr -> f32
      %v191 = arith.addi %v84, %v190 : i64
      %v192 = arith.constant true
      %v193 = arith.addi %v26, %v191 : i64
      %v194 = llvm.getelementptr %v6[%v193] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v195 = llvm.load %v194 : !llvm.ptr<3> -> i64
      %v196 = arith.addi %v26, %v85 : i64
      %v197 = arith.cmpi slt, %v196, %size_L : i64
      %v198 = arith.subi %size_L, %v1 : i64
      %v199 = arith.minsi %v196, %v198 : i64
      %v200 = arith.addi %v195, %v199 : i64
      %v201 = arith.muli %v193, %v96 : i64
      %v202 = arith.addi %v201, %v85 : i64
      %v203 = llvm.getelementptr %in_x[%v200] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v204 = llvm.load %v203 : !llvm.ptr -> f32
      %v206 = arith.addi %v84, %v205 : i64
      %v207 = arith.constant true
      %v208 = arith.addi %v26, %v206 : i64
      %v209 = llvm.getelementptr %v6[%v208] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v210 = llvm.load %v209 : !llvm.ptr<3> -> i64
      %v211 = arith.addi %v26, %v85 : i64
      %v212 = arith.cmpi slt, %v211, %size_L : i64
      %v213 = arith.subi %size_L, %v1 : i64
      %v214 = arith.minsi %v211, %v213 : i64
      %v215 = arith.addi %v210, %v214 : i64
      %v216 = arith.muli %v208, %v96 : i64
      %v217 = arith.addi %v216, %v85 : i64
      %v218 = llvm.getelementptr %in_x[%v215] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v219 = llvm.load %v218 : !llvm.ptr -> f32
      %v221 = arith.addi %v84, %v220 : i64
      %v222 = arith.constant true
      %v223 = arith.addi %v26, %v221 : i64
      %v224 = llvm.getelementptr %v6[%v223] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v225 = llvm.load %v224 : !llvm.ptr<3> -> i64
      %v226 = arith.addi %v26, %v85 : i64
      %v227 = arith.cmpi slt, %v226, %size_L : i64
      %v228 = arith.subi %size_L, %v1 : i64
      %v229 = arith.minsi %v226, %v228 : i64
      %v230 = arith.addi %v225, %v229 : i64
      %v231 = arith.muli %v223, %v96 : i64
      %v232 = arith.addi %v231, %v85 : i64
      %v233 = llvm.getelementptr %in_x[%v230] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v234 = llvm.load %v233 : !llvm.ptr -> f32
      %v236 = arith.addi %v84, %v235 : i64
      %v237 = arith.constant true
      %v238 = arith.addi %v26, %v236 : i64
      %v239 = llvm.getelementptr %v6[%v238] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v240 = llvm.load %v239 : !llvm.ptr<3> -> i64
      %v241 = arith.addi %v26, %v85 : i64
      %v242 = arith.cmpi slt, %v241, %size_L : i64
      %v243 = arith.subi %size_L, %v1 : i64
      %v244 = arith.minsi %v241, %v243 : i64
      %v245 = arith.addi %v240, %v244 : i64
      %v246 = arith.muli %v238, %v96 : i64
      %v247 = arith.addi %v246, %v85 : i64
      %v248 = llvm.getelementptr %in_x[%v245] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v249 = llvm.load %v248 : !llvm.ptr -> f32
      %v251 = arith.addi %v84, %v250 : i64
      %v252 = arith.constant true
      %v253 = arith.addi %v26, %v251 : i64
      %v254 = llvm.getelementptr %v6[%v253] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v255 = llvm.load %v254 : !llvm.ptr<3> -> i64
      %v256 = arith.addi %v26, %v85 : i64
      %v257 = arith.cmpi slt, %v256, %size_L : i64
      %v258 = arith.subi %size_L, %v1 : i64
      %v259 = arith.minsi %v256, %v258 : i64
      %v260 = arith.addi %v255, %v259 : i64
      %v261 = arith.muli %v253, %v96 : i64
      %v262 = arith.addi %v261, %v85 : i64
      %v263 = llvm.getelementptr %in_x[%v260] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v264 = llvm.load %v263 : !llvm.ptr -> f32
      %v266 = arith.addi %v84, %v265 : i64
      %v267 = arith.constant true
      %v268 = arith.addi %v26, %v266 : i64
      %v269 = llvm.getelementptr %v6[%v268] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v270 = llvm.load %v269 : !llvm.ptr<3> -> i64
      %v271 = arith.addi %v26, %v85 : i64
      %v272 = arith.cmpi slt, %v271, %size_L : i64
      %v273 = arith.subi %size_L, %v1 : i64
      %v274 = arith.minsi %v271, %v273 : i64
      %v275 = arith.addi %v270, %v274 : i64
      %v276 = arith.muli %v268, %v96 : i64
      %v277 = arith.addi %v276, %v85 : i64
      %v278 = llvm.getelementptr %in_x[%v275] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v279 = llvm.load %v278 : !llvm.ptr -> f32
      %v281 = arith.addi %v84, %v280 : i64
      %v282 = arith.constant true
      %v283 = arith.addi %v26, %v281 : i64
      %v284 = llvm.getelementptr %v6[%v283] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v285 = llvm.load %v284 : !llvm.ptr<3> -> i64
      %v286 = arith.addi %v26, %v85 : i64
      %v287 = arith.cmpi slt, %v286, %size_L : i64
      %v288 = arith.subi %size_L, %v1 : i64
      %v289 = arith.minsi %v286, %v288 : i64
      %v290 = arith.addi %v285, %v289 : i64
      %v291 = arith.muli %v283, %v96 : i64
      %v292 = arith.addi %v291, %v85 : i64
      %v293 = llvm.getelementptr %in_x[%v290] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v294 = llvm.load %v293 : !llvm.ptr -> f32
      %v296 = arith.addi %v84, %v295 : i64
      %v297 = arith.constant true
      %v298 = arith.addi %v26, %v296 : i64
      %v299 = llvm.getelementptr %v6[%v298] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v300 = llvm.load %v299 : !llvm.ptr<3> -> i64
      %v301 = arith.addi %v26, %v85 : i64
      %v302 = arith.cmpi slt, %v301, %size_L : i64
      %v303 = arith.subi %size_L, %v1 : i64
      %v304 = arith.minsi %v301, %v303 : i64
      %v305 = arith.addi %v300, %v304 : i64
      %v306 = arith.muli %v298, %v96 : i64
      %v307 = arith.addi %v306, %v85 : i64
      %v308 = llvm.getelementptr %in_x[%v305] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v309 = llvm.load %v308 : !llvm.ptr -> f32
      %v311 = arith.addi %v84, %v310 : i64
      %v312 = arith.constant true
      %v313 = arith.addi %v26, %v311 : i64
      %v314 = llvm.getelementptr %v6[%v313] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v315 = llvm.load %v314 : !llvm.ptr<3> -> i64
      %v316 = arith.addi %v26, %v85 : i64
      %v317 = arith.cmpi slt, %v316, %size_L : i64
      %v318 = arith.subi %size_L, %v1 : i64
      %v319 = arith.minsi %v316, %v318 : i64
      %v320 = arith.addi %v315, %v319 : i64
      %v321 = arith.muli %v313, %v96 : i64
      %v322 = arith.addi %v321, %v85 : i64
      %v323 = llvm.getelementptr %in_x[%v320] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v324 = llvm.load %v323 : !llvm.ptr -> f32
      %v325 = arith.addi %v84, %v83 : i64
      %v326 = arith.constant true
      %v327 = arith.addi %v26, %v325 : i64
      %v328 = llvm.getelementptr %v6[%v327] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v329 = llvm.load %v328 : !llvm.ptr<3> -> i64
      %v330 = arith.addi %v26, %v85 : i64
      %v331 = arith.cmpi slt, %v330, %size_L : i64
      %v332 = arith.subi %size_L, %v1 : i64
      %v333 = arith.minsi %v330, %v332 : i64
      %v334 = arith.addi %v329, %v333 : i64
      %v335 = arith.muli %v327, %v96 : i64
      %v336 = arith.addi %v335, %v85 : i64
      %v337 = llvm.getelementptr %in_x[%v334] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v338 = llvm.load %v337 : !llvm.ptr -> f32
      %v340 = arith.addi %v84, %v339 : i64
      %v341 = arith.constant true
      %v342 = arith.addi %v26, %v340 : i64
      %v343 = llvm.getelementptr %v6[%v342] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v344 = llvm.load %v343 : !llvm.ptr<3> -> i64
      %v345 = arith.addi %v26, %v85 : i64
      %v346 = arith.cmpi slt, %v345, %size_L : i64
      %v347 = arith.subi %size_L, %v1 : i64
      %v348 = arith.minsi %v345, %v347 : i64
      %v349 = arith.addi %v344, %v348 : i64
      %v350 = arith.muli %v342, %v96 : i64
      %v351 = arith.addi %v350, %v85 : i64
      %v352 = llvm.getelementptr %in_x[%v349] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v353 = llvm.load %v352 : !llvm.ptr -> f32
      %v355 = arith.addi %v84, %v354 : i64
      %v356 = arith.constant true
      %v357 = arith.addi %v26, %v355 : i64
      %v358 = llvm.getelementptr %v6[%v357] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v359 = llvm.load %v358 : !llvm.ptr<3> -> i64
      %v360 = arith.addi %v26, %v85 : i64
      %v361 = arith.cmpi slt, %v360, %size_L : i64
      %v362 = arith.subi %size_L, %v1 : i64
      %v363 = arith.minsi %v360, %v362 : i64
      %v364 = arith.addi %v359, %v363 : i64
      %v365 = arith.muli %v357, %v96 : i64
      %v366 = arith.addi %v365, %v85 : i64
      %v367 = llvm.getelementptr %in_x[%v364] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v368 = llvm.load %v367 : !llvm.ptr -> f32
      %v370 = arith.addi %v84, %v369 : i64
      %v371 = arith.constant true
      %v372 = arith.addi %v26, %v370 : i64
      %v373 = llvm.getelementptr %v6[%v372] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v374 = llvm.load %v373 : !llvm.ptr<3> -> i64
      %v375 = arith.addi %v26, %v85 : i64
      %v376 = arith.cmpi slt, %v375, %size_L : i64
      %v377 = arith.subi %size_L, %v1 : i64
      %v378 = arith.minsi %v375, %v377 : i64
      %v379 = arith.addi %v374, %v378 : i64
      %v380 = arith.muli %v372, %v96 : i64
      %v381 = arith.addi %v380, %v85 : i64
      %v382 = llvm.getelementptr %in_x[%v379] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v383 = llvm.load %v382 : !llvm.ptr -> f32
      %v385 = arith.addi %v84, %v384 : i64
      %v386 = arith.constant true
      %v387 = arith.addi %v26, %v385 : i64
      %v388 = llvm.getelementptr %v6[%v387] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v389 = llvm.load %v388 : !llvm.ptr<3> -> i64
      %v390 = arith.addi %v26, %v85 : i64
      %v391 = arith.cmpi slt, %v390, %size_L : i64
      %v392 = arith.subi %size_L, %v1 : i64
      %v393 = arith.minsi %v390, %v392 : i64
      %v394 = arith.addi %v389, %v393 : i64
      %v395 = arith.muli %v387, %v96 : i64
      %v396 = arith.addi %v395, %v85 : i64
      %v397 = llvm.getelementptr %in_x[%v394] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v398 = llvm.load %v397 : !llvm.ptr -> f32
      %v400 = arith.addi %v84, %v399 : i64
      %v401 = arith.constant true
      %v402 = arith.addi %v26, %v400 : i64
      %v403 = llvm.getelementptr %v6[%v402] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v404 = llvm.load %v403 : !llvm.ptr<3> -> i64
      %v405 = arith.addi %v26, %v85 : i64
      %v406 = arith.cmpi slt, %v405, %size_L : i64
      %v407 = arith.subi %size_L, %v1 : i64
      %v408 = arith.minsi %v405, %v407 : i64
      %v409 = arith.addi %v404, %v408 : i64
      %v410 = arith.muli %v402, %v96 : i64
      %v411 = arith.addi %v410, %v85 : i64
      %v412 = llvm.getelementptr %in_x[%v409] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v413 = llvm.load %v412 : !llvm.ptr -> f32
      %v415 = arith.addi %v84, %v414 : i64
      %v416 = arith.constant true
      %v417 = arith.addi %v26, %v415 : i64
      %v418 = llvm.getelementptr %v6[%v417] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v419 = llvm.load %v418 : !llvm.ptr<3> -> i64
      %v420 = arith.addi %v26, %v85 : i64
      %v421 = arith.cmpi slt, %v420, %size_L : i64
      %v422 = arith.subi %size_L, %v1 : i64
      %v423 = arith.minsi %v420, %v422 : i64
      %v424 = arith.addi %v419, %v423 : i64
      %v425 = arith.muli %v417, %v96 : i64
      %v426 = arith.addi %v425, %v85 : i64
      %v427 = llvm.getelementptr %in_x[%v424] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v428 = llvm.load %v427 : !llvm.ptr -> f32
      %v430 = arith.addi %v84, %v429 : i64
      %v431 = arith.constant true
      %v432 = arith.addi %v26, %v430 : i64
      %v433 = llvm.getelementptr %v6[%v432] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v434 = llvm.load %v433 : !llvm.ptr<3> -> i64
      %v435 = arith.addi %v26, %v85 : i64
      %v436 = arith.cmpi slt, %v435, %size_L : i64
      %v437 = arith.subi %size_L, %v1 : i64
      %v438 = arith.minsi %v435, %v437 : i64
      %v439 = arith.addi %v434, %v438 : i64
      %v440 = arith.muli %v432, %v96 : i64
      %v441 = arith.addi %v440, %v85 : i64
      %v442 = llvm.getelementptr %in_x[%v439] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v443 = llvm.load %v442 : !llvm.ptr -> f32
      %v445 = arith.addi %v84, %v444 : i64
      %v446 = arith.constant true
      %v447 = arith.addi %v26, %v445 : i64
      %v448 = llvm.getelementptr %v6[%v447] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v449 = llvm.load %v448 : !llvm.ptr<3> -> i64
      %v450 = arith.addi %v26, %v85 : i64
      %v451 = arith.cmpi slt, %v450, %size_L : i64
      %v452 = arith.subi %size_L, %v1 : i64
      %v453 = arith.minsi %v450, %v452 : i64
      %v454 = arith.addi %v449, %v453 : i64
      %v455 = arith.muli %v447, %v96 : i64
      %v456 = arith.addi %v455, %v85 : i64
      %v457 = llvm.getelementptr %in_x[%v454] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v458 = llvm.load %v457 : !llvm.ptr -> f32
      %v460 = arith.addi %v84, %v459 : i64
      %v461 = arith.constant true
      %v462 = arith.addi %v26, %v460 : i64
      %v463 = llvm.getelementptr %v6[%v462] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v464 = llvm.load %v463 : !llvm.ptr<3> -> i64
      %v465 = arith.addi %v26, %v85 : i64
      %v466 = arith.cmpi slt, %v465, %size_L : i64
      %v467 = arith.subi %size_L, %v1 : i64
      %v468 = arith.minsi %v465, %v467 : i64
      %v469 = arith.addi %v464, %v468 : i64
      %v470 = arith.muli %v462, %v96 : i64
      %v471 = arith.addi %v470, %v85 : i64
      %v472 = llvm.getelementptr %in_x[%v469] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v473 = llvm.load %v472 : !llvm.ptr -> f32
      %v475 = arith.addi %v84, %v474 : i64
      %v476 = arith.constant true
      %v477 = arith.addi %v26, %v475 : i64
      %v478 = llvm.getelementptr %v6[%v477] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v479 = llvm.load %v478 : !llvm.ptr<3> -> i64
      %v480 = arith.addi %v26, %v85 : i64
      %v481 = arith.cmpi slt, %v480, %size_L : i64
      %v482 = arith.subi %size_L, %v1 : i64
      %v483 = arith.minsi %v480, %v482 : i64
      %v484 = arith.addi %v479, %v483 : i64
      %v485 = arith.muli %v477, %v96 : i64
      %v486 = arith.addi %v485, %v85 : i64
      %v487 = llvm.getelementptr %in_x[%v484] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v488 = llvm.load %v487 : !llvm.ptr -> f32
      %v490 = arith.addi %v84, %v489 : i64
      %v491 = arith.constant true
      %v492 = arith.addi %v26, %v490 : i64
      %v493 = llvm.getelementptr %v6[%v492] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v494 = llvm.load %v493 : !llvm.ptr<3> -> i64
      %v495 = arith.addi %v26, %v85 : i64
      %v496 = arith.cmpi slt, %v495, %size_L : i64
      %v497 = arith.subi %size_L, %v1 : i64
      %v498 = arith.minsi %v495, %v497 : i64
      %v499 = arith.addi %v494, %v498 : i64
      %v500 = arith.muli %v492, %v96 : i64
      %v501 = arith.addi %v500, %v85 : i64
      %v502 = llvm.getelementptr %in_x[%v499] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v503 = llvm.load %v502 : !llvm.ptr -> f32
      %v505 = arith.addi %v84, %v504 : i64
      %v506 = arith.constant true
      %v507 = arith.addi %v26, %v505 : i64
      %v508 = llvm.getelementptr %v6[%v507] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v509 = llvm.load %v508 : !llvm.ptr<3> -> i64
      %v510 = arith.addi %v26, %v85 : i64
      %v511 = arith.cmpi slt, %v510, %size_L : i64
      %v512 = arith.subi %size_L, %v1 : i64
      %v513 = arith.minsi %v510, %v512 : i64
      %v514 = arith.addi %v509, %v513 : i64
      %v515 = arith.muli %v507, %v96 : i64
      %v516 = arith.addi %v515, %v85 : i64
      %v517 = llvm.getelementptr %in_x[%v514] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v518 = llvm.load %v517 : !llvm.ptr -> f32
      %v520 = arith.addi %v84, %v519 : i64
      %v521 = arith.constant true
      %v522 = arith.addi %v26, %v520 : i64
      %v523 = llvm.getelementptr %v6[%v522] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v524 = llvm.load %v523 : !llvm.ptr<3> -> i64
      %v525 = arith.addi %v26, %v85 : i64
      %v526 = arith.cmpi slt, %v525, %size_L : i64
      %v527 = arith.subi %size_L, %v1 : i64
      %v528 = arith.minsi %v525, %v527 : i64
      %v529 = arith.addi %v524, %v528 : i64
      %v530 = arith.muli %v522, %v96 : i64
      %v531 = arith.addi %v530, %v85 : i64
      %v532 = llvm.getelementptr %in_x[%v529] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v533 = llvm.load %v532 : !llvm.ptr -> f32
      %v535 = arith.addi %v84, %v534 : i64
      %v536 = arith.constant true
      %v537 = arith.addi %v26, %v535 : i64
      %v538 = llvm.getelementptr %v6[%v537] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v539 = llvm.load %v538 : !llvm.ptr<3> -> i64
      %v540 = arith.addi %v26, %v85 : i64
      %v541 = arith.cmpi slt, %v540, %size_L : i64
      %v542 = arith.subi %size_L, %v1 : i64
      %v543 = arith.minsi %v540, %v542 : i64
      %v544 = arith.addi %v539, %v543 : i64
      %v545 = arith.muli %v537, %v96 : i64
      %v546 = arith.addi %v545, %v85 : i64
      %v547 = llvm.getelementptr %in_x[%v544] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v548 = llvm.load %v547 : !llvm.ptr -> f32
      %v550 = arith.addi %v84, %v549 : i64
      %v551 = arith.constant true
      %v552 = arith.addi %v26, %v550 : i64
      %v553 = llvm.getelementptr %v6[%v552] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v554 = llvm.load %v553 : !llvm.ptr<3> -> i64
      %v555 = arith.addi %v26, %v85 : i64
      %v556 = arith.cmpi slt, %v555, %size_L : i64
      %v557 = arith.subi %size_L, %v1 : i64
      %v558 = arith.minsi %v555, %v557 : i64
      %v559 = arith.addi %v554, %v558 : i64
      %v560 = arith.muli %v552, %v96 : i64
      %v561 = arith.addi %v560, %v85 : i64
      %v562 = llvm.getelementptr %in_x[%v559] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v563 = llvm.load %v562 : !llvm.ptr -> f32
      scf.if %v87 {
        %v564 = llvm.getelementptr %v7[%v98] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v100, %v564 : f32, !llvm.ptr<3>
      }
      scf.if %v102 {
        %v565 = llvm.getelementptr %v7[%v112] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v114, %v565 : f32, !llvm.ptr<3>
      }
      scf.if %v117 {
        %v566 = llvm.getelementptr %v7[%v127] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v129, %v566 : f32, !llvm.ptr<3>
      }
      scf.if %v132 {
        %v567 = llvm.getelementptr %v7[%v142] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v144, %v567 : f32, !llvm.ptr<3>
      }
      scf.if %v147 {
        %v568 = llvm.getelementptr %v7[%v157] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v159, %v568 : f32, !llvm.ptr<3>
      }
      scf.if %v162 {
        %v569 = llvm.getelementptr %v7[%v172] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v174, %v569 : f32, !llvm.ptr<3>
      }
      scf.if %v177 {
        %v570 = llvm.getelementptr %v7[%v187] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v189, %v570 : f32, !llvm.ptr<3>
      }
      scf.if %v192 {
        %v571 = llvm.getelementptr %v7[%v202] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v204, %v571 : f32, !llvm.ptr<3>
      }
      scf.if %v207 {
        %v572 = llvm.getelementptr %v7[%v217] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v219, %v572 : f32, !llvm.ptr<3>
      }
      scf.if %v222 {
        %v573 = llvm.getelementptr %v7[%v232] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v234, %v573 : f32, !llvm.ptr<3>
      }
      scf.if %v237 {
        %v574 = llvm.getelementptr %v7[%v247] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v249, %v574 : f32, !llvm.ptr<3>
      }
      scf.if %v252 {
        %v575 = llvm.getelementptr %v7[%v262] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v264, %v575 : f32, !llvm.ptr<3>
      }
      scf.if %v267 {
        %v576 = llvm.getelementptr %v7[%v277] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v279, %v576 : f32, !llvm.ptr<3>
      }
      scf.if %v282 {
        %v577 = llvm.getelementptr %v7[%v292] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v294, %v577 : f32, !llvm.ptr<3>
      }
      scf.if %v297 {
        %v578 = llvm.getelementptr %v7[%v307] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v309, %v578 : f32, !llvm.ptr<3>
      }
      scf.if %v312 {
        %v579 = llvm.getelementptr %v7[%v322] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v324, %v579 : f32, !llvm.ptr<3>
      }
      scf.if %v326 {
        %v580 = llvm.getelementptr %v7[%v336] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v338, %v580 : f32, !llvm.ptr<3>
      }
      scf.if %v341 {
        %v581 = llvm.getelementptr %v7[%v351] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v353, %v581 : f32, !llvm.ptr<3>
      }
      scf.if %v356 {
        %v582 = llvm.getelementptr %v7[%v366] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v368, %v582 : f32, !llvm.ptr<3>
      }
      scf.if %v371 {
        %v583 = llvm.getelementptr %v7[%v381] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v383, %v583 : f32, !llvm.ptr<3>
      }
      scf.if %v386 {
        %v584 = llvm.getelementptr %v7[%v396] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v398, %v584 : f32, !llvm.ptr<3>
      }
      scf.if %v401 {
        %v585 = llvm.getelementptr %v7[%v411] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v413, %v585 : f32, !llvm.ptr<3>
      }
      scf.if %v416 {
        %v586 = llvm.getelementptr %v7[%v426] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v428, %v586 : f32, !llvm.ptr<3>
      }
      scf.if %v431 {
        %v587 = llvm.getelementptr %v7[%v441] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v443, %v587 : f32, !llvm.ptr<3>
      }
      scf.if %v446 {
        %v588 = llvm.getelementptr %v7[%v456] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v458, %v588 : f32, !llvm.ptr<3>
      }
      scf.if %v461 {
        %v589 = llvm.getelementptr %v7[%v471] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v473, %v589 : f32, !llvm.ptr<3>
      }
      scf.if %v476 {
        %v590 = llvm.getelementptr %v7[%v486] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v488, %v590 : f32, !llvm.ptr<3>
      }
      scf.if %v491 {
        %v591 = llvm.getelementptr %v7[%v501] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v503, %v591 : f32, !llvm.ptr<3>
      }
      scf.if %v506 {
        %v592 = llvm.getelementptr %v7[%v516] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v518, %v592 : f32, !llvm.ptr<3>
      }
      scf.if %v521 {
        %v593 = llvm.getelementptr %v7[%v531] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v533, %v593 : f32, !llvm.ptr<3>
      }
      scf.if %v536 {
        %v594 = llvm.getelementptr %v7[%v546] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v548, %v594 : f32, !llvm.ptr<3>
      }
      scf.if %v551 {
        %v595 = llvm.getelementptr %v7[%v561] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v563, %v595 : f32, !llvm.ptr<3>
      }
      // end staged load of `x`
      // staged load of `rho`'s first tile: read, then shared memory
      %v596 = arith.divui %v14, %v83 : i64
      %v597 = arith.remui %v14, %v83 : i64
      %v598 = arith.addi %v596, %v26 : i64
      %v599 = arith.constant true
      %v600 = arith.addi %v16, %v598 : i64
      %v601 = llvm.getelementptr %v6[%v600] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v602 = llvm.load %v601 : !llvm.ptr<3> -> i64
      %v603 = arith.addi %v26, %v597 : i64
      %v604 = arith.cmpi slt, %v603, %size_L : i64
      %v605 = arith.subi %size_L, %v1 : i64
      %v606 = arith.minsi %v603, %v605 : i64
      %v607 = arith.addi %v602, %v606 : i64
      %v608 = arith.muli %v600, %v96 : i64
      %v609 = arith.addi %v608, %v597 : i64
      %v610 = llvm.getelementptr %in_rho[%v607] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v611 = llvm.load %v610 : !llvm.ptr -> f32
      %v612 = arith.addi %v596, %v50 : i64
      %v613 = arith.constant true
      %v614 = arith.addi %v16, %v612 : i64
      %v615 = llvm.getelementptr %v6[%v614] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v616 = llvm.load %v615 : !llvm.ptr<3> -> i64
      %v617 = arith.addi %v26, %v597 : i64
      %v618 = arith.cmpi slt, %v617, %size_L : i64
      %v619 = arith.subi %size_L, %v1 : i64
      %v620 = arith.minsi %v617, %v619 : i64
      %v621 = arith.addi %v616, %v620 : i64
      %v622 = arith.muli %v614, %v96 : i64
      %v623 = arith.addi %v622, %v597 : i64
      %v624 = llvm.getelementptr %in_rho[%v621] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v625 = llvm.load %v624 : !llvm.ptr -> f32
      %v626 = arith.addi %v596, %v115 : i64
      %v627 = arith.constant true
      %v628 = arith.addi %v16, %v626 : i64
      %v629 = llvm.getelementptr %v6[%v628] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v630 = llvm.load %v629 : !llvm.ptr<3> -> i64
      %v631 = arith.addi %v26, %v597 : i64
      %v632 = arith.cmpi slt, %v631, %size_L : i64
      %v633 = arith.subi %size_L, %v1 : i64
      %v634 = arith.minsi %v631, %v633 : i64
      %v635 = arith.addi %v630, %v634 : i64
      %v636 = arith.muli %v628, %v96 : i64
      %v637 = arith.addi %v636, %v597 : i64
      %v638 = llvm.getelementptr %in_rho[%v635] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v639 = llvm.load %v638 : !llvm.ptr -> f32
      %v640 = arith.addi %v596, %v130 : i64
      %v641 = arith.constant true
      %v642 = arith.addi %v16, %v640 : i64
      %v643 = llvm.getelementptr %v6[%v642] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v644 = llvm.load %v643 : !llvm.ptr<3> -> i64
      %v645 = arith.addi %v26, %v597 : i64
      %v646 = arith.cmpi slt, %v645, %size_L : i64
      %v647 = arith.subi %size_L, %v1 : i64
      %v648 = arith.minsi %v645, %v647 : i64
      %v649 = arith.addi %v644, %v648 : i64
      %v650 = arith.muli %v642, %v96 : i64
      %v651 = arith.addi %v650, %v597 : i64
      %v652 = llvm.getelementptr %in_rho[%v649] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v653 = llvm.load %v652 : !llvm.ptr -> f32
      %v654 = arith.addi %v596, %v145 : i64
      %v655 = arith.constant true
      %v656 = arith.addi %v16, %v654 : i64
      %v657 = llvm.getelementptr %v6[%v656] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v658 = llvm.load %v657 : !llvm.ptr<3> -> i64
      %v659 = arith.addi %v26, %v597 : i64
      %v660 = arith.cmpi slt, %v659, %size_L : i64
      %v661 = arith.subi %size_L, %v1 : i64
      %v662 = arith.minsi %v659, %v661 : i64
      %v663 = arith.addi %v658, %v662 : i64
      %v664 = arith.muli %v656, %v96 : i64
      %v665 = arith.addi %v664, %v597 : i64
      %v666 = llvm.getelementptr %in_rho[%v663] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v667 = llvm.load %v666 : !llvm.ptr -> f32
      %v668 = arith.addi %v596, %v160 : i64
      %v669 = arith.constant true
      %v670 = arith.addi %v16, %v668 : i64
      %v671 = llvm.getelementptr %v6[%v670] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v672 = llvm.load %v671 : !llvm.ptr<3> -> i64
      %v673 = arith.addi %v26, %v597 : i64
      %v674 = arith.cmpi slt, %v673, %size_L : i64
      %v675 = arith.subi %size_L, %v1 : i64
      %v676 = arith.minsi %v673, %v675 : i64
      %v677 = arith.addi %v672, %v676 : i64
      %v678 = arith.muli %v670, %v96 : i64
      %v679 = arith.addi %v678, %v597 : i64
      %v680 = llvm.getelementptr %in_rho[%v677] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v681 = llvm.load %v680 : !llvm.ptr -> f32
      %v682 = arith.addi %v596, %v175 : i64
      %v683 = arith.constant true
      %v684 = arith.addi %v16, %v682 : i64
      %v685 = llvm.getelementptr %v6[%v684] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v686 = llvm.load %v685 : !llvm.ptr<3> -> i64
      %v687 = arith.addi %v26, %v597 : i64
      %v688 = arith.cmpi slt, %v687, %size_L : i64
      %v689 = arith.subi %size_L, %v1 : i64
      %v690 = arith.minsi %v687, %v689 : i64
      %v691 = arith.addi %v686, %v690 : i64
      %v692 = arith.muli %v684, %v96 : i64
      %v693 = arith.addi %v692, %v597 : i64
      %v694 = llvm.getelementptr %in_rho[%v691] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v695 = llvm.load %v694 : !llvm.ptr -> f32
      %v696 = arith.addi %v596, %v190 : i64
      %v697 = arith.constant true
      %v698 = arith.addi %v16, %v696 : i64
      %v699 = llvm.getelementptr %v6[%v698] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v700 = llvm.load %v699 : !llvm.ptr<3> -> i64
      %v701 = arith.addi %v26, %v597 : i64
      %v702 = arith.cmpi slt, %v701, %size_L : i64
      %v703 = arith.subi %size_L, %v1 : i64
      %v704 = arith.minsi %v701, %v703 : i64
      %v705 = arith.addi %v700, %v704 : i64
      %v706 = arith.muli %v698, %v96 : i64
      %v707 = arith.addi %v706, %v597 : i64
      %v708 = llvm.getelementptr %in_rho[%v705] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v709 = llvm.load %v708 : !llvm.ptr -> f32
      %v710 = arith.addi %v596, %v205 : i64
      %v711 = arith.constant true
      %v712 = arith.addi %v16, %v710 : i64
      %v713 = llvm.getelementptr %v6[%v712] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v714 = llvm.load %v713 : !llvm.ptr<3> -> i64
      %v715 = arith.addi %v26, %v597 : i64
      %v716 = arith.cmpi slt, %v715, %size_L : i64
      %v717 = arith.subi %size_L, %v1 : i64
      %v718 = arith.minsi %v715, %v717 : i64
      %v719 = arith.addi %v714, %v718 : i64
      %v720 = arith.muli %v712, %v96 : i64
      %v721 = arith.addi %v720, %v597 : i64
      %v722 = llvm.getelementptr %in_rho[%v719] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v723 = llvm.load %v722 : !llvm.ptr -> f32
      %v724 = arith.addi %v596, %v220 : i64
      %v725 = arith.constant true
      %v726 = arith.addi %v16, %v724 : i64
      %v727 = llvm.getelementptr %v6[%v726] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v728 = llvm.load %v727 : !llvm.ptr<3> -> i64
      %v729 = arith.addi %v26, %v597 : i64
      %v730 = arith.cmpi slt, %v729, %size_L : i64
      %v731 = arith.subi %size_L, %v1 : i64
      %v732 = arith.minsi %v729, %v731 : i64
      %v733 = arith.addi %v728, %v732 : i64
      %v734 = arith.muli %v726, %v96 : i64
      %v735 = arith.addi %v734, %v597 : i64
      %v736 = llvm.getelementptr %in_rho[%v733] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v737 = llvm.load %v736 : !llvm.ptr -> f32
      %v738 = arith.addi %v596, %v235 : i64
      %v739 = arith.constant true
      %v740 = arith.addi %v16, %v738 : i64
      %v741 = llvm.getelementptr %v6[%v740] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v742 = llvm.load %v741 : !llvm.ptr<3> -> i64
      %v743 = arith.addi %v26, %v597 : i64
      %v744 = arith.cmpi slt, %v743, %size_L : i64
      %v745 = arith.subi %size_L, %v1 : i64
      %v746 = arith.minsi %v743, %v745 : i64
      %v747 = arith.addi %v742, %v746 : i64
      %v748 = arith.muli %v740, %v96 : i64
      %v749 = arith.addi %v748, %v597 : i64
      %v750 = llvm.getelementptr %in_rho[%v747] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v751 = llvm.load %v750 : !llvm.ptr -> f32
      %v752 = arith.addi %v596, %v250 : i64
      %v753 = arith.constant true
      %v754 = arith.addi %v16, %v752 : i64
      %v755 = llvm.getelementptr %v6[%v754] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v756 = llvm.load %v755 : !llvm.ptr<3> -> i64
      %v757 = arith.addi %v26, %v597 : i64
      %v758 = arith.cmpi slt, %v757, %size_L : i64
      %v759 = arith.subi %size_L, %v1 : i64
      %v760 = arith.minsi %v757, %v759 : i64
      %v761 = arith.addi %v756, %v760 : i64
      %v762 = arith.muli %v754, %v96 : i64
      %v763 = arith.addi %v762, %v597 : i64
      %v764 = llvm.getelementptr %in_rho[%v761] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v765 = llvm.load %v764 : !llvm.ptr -> f32
      %v766 = arith.addi %v596, %v265 : i64
      %v767 = arith.constant true
      %v768 = arith.addi %v16, %v766 : i64
      %v769 = llvm.getelementptr %v6[%v768] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v770 = llvm.load %v769 : !llvm.ptr<3> -> i64
      %v771 = arith.addi %v26, %v597 : i64
      %v772 = arith.cmpi slt, %v771, %size_L : i64
      %v773 = arith.subi %size_L, %v1 : i64
      %v774 = arith.minsi %v771, %v773 : i64
      %v775 = arith.addi %v770, %v774 : i64
      %v776 = arith.muli %v768, %v96 : i64
      %v777 = arith.addi %v776, %v597 : i64
      %v778 = llvm.getelementptr %in_rho[%v775] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v779 = llvm.load %v778 : !llvm.ptr -> f32
      %v780 = arith.addi %v596, %v280 : i64
      %v781 = arith.constant true
      %v782 = arith.addi %v16, %v780 : i64
      %v783 = llvm.getelementptr %v6[%v782] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v784 = llvm.load %v783 : !llvm.ptr<3> -> i64
      %v785 = arith.addi %v26, %v597 : i64
      %v786 = arith.cmpi slt, %v785, %size_L : i64
      %v787 = arith.subi %size_L, %v1 : i64
      %v788 = arith.minsi %v785, %v787 : i64
      %v789 = arith.addi %v784, %v788 : i64
      %v790 = arith.muli %v782, %v96 : i64
      %v791 = arith.addi %v790, %v597 : i64
      %v792 = llvm.getelementptr %in_rho[%v789] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v793 = llvm.load %v792 : !llvm.ptr -> f32
      %v794 = arith.addi %v596, %v295 : i64
      %v795 = arith.constant true
      %v796 = arith.addi %v16, %v794 : i64
      %v797 = llvm.getelementptr %v6[%v796] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v798 = llvm.load %v797 : !llvm.ptr<3> -> i64
      %v799 = arith.addi %v26, %v597 : i64
      %v800 = arith.cmpi slt, %v799, %size_L : i64
      %v801 = arith.subi %size_L, %v1 : i64
      %v802 = arith.minsi %v799, %v801 : i64
      %v803 = arith.addi %v798, %v802 : i64
      %v804 = arith.muli %v796, %v96 : i64
      %v805 = arith.addi %v804, %v597 : i64
      %v806 = llvm.getelementptr %in_rho[%v803] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v807 = llvm.load %v806 : !llvm.ptr -> f32
      %v808 = arith.addi %v596, %v310 : i64
      %v809 = arith.constant true
      %v810 = arith.addi %v16, %v808 : i64
      %v811 = llvm.getelementptr %v6[%v810] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v812 = llvm.load %v811 : !llvm.ptr<3> -> i64
      %v813 = arith.addi %v26, %v597 : i64
      %v814 = arith.cmpi slt, %v813, %size_L : i64
      %v815 = arith.subi %size_L, %v1 : i64
      %v816 = arith.minsi %v813, %v815 : i64
      %v817 = arith.addi %v812, %v816 : i64
      %v818 = arith.muli %v810, %v96 : i64
      %v819 = arith.addi %v818, %v597 : i64
      %v820 = llvm.getelementptr %in_rho[%v817] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v821 = llvm.load %v820 : !llvm.ptr -> f32
      %v822 = arith.addi %v596, %v83 : i64
      %v823 = arith.constant true
      %v824 = arith.addi %v16, %v822 : i64
      %v825 = llvm.getelementptr %v6[%v824] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v826 = llvm.load %v825 : !llvm.ptr<3> -> i64
      %v827 = arith.addi %v26, %v597 : i64
      %v828 = arith.cmpi slt, %v827, %size_L : i64
      %v829 = arith.subi %size_L, %v1 : i64
      %v830 = arith.minsi %v827, %v829 : i64
      %v831 = arith.addi %v826, %v830 : i64
      %v832 = arith.muli %v824, %v96 : i64
      %v833 = arith.addi %v832, %v597 : i64
      %v834 = llvm.getelementptr %in_rho[%v831] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v835 = llvm.load %v834 : !llvm.ptr -> f32
      %v836 = arith.addi %v596, %v339 : i64
      %v837 = arith.constant true
      %v838 = arith.addi %v16, %v836 : i64
      %v839 = llvm.getelementptr %v6[%v838] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v840 = llvm.load %v839 : !llvm.ptr<3> -> i64
      %v841 = arith.addi %v26, %v597 : i64
      %v842 = arith.cmpi slt, %v841, %size_L : i64
      %v843 = arith.subi %size_L, %v1 : i64
      %v844 = arith.minsi %v841, %v843 : i64
      %v845 = arith.addi %v840, %v844 : i64
      %v846 = arith.muli %v838, %v96 : i64
      %v847 = arith.addi %v846, %v597 : i64
      %v848 = llvm.getelementptr %in_rho[%v845] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v849 = llvm.load %v848 : !llvm.ptr -> f32
      %v850 = arith.addi %v596, %v354 : i64
      %v851 = arith.constant true
      %v852 = arith.addi %v16, %v850 : i64
      %v853 = llvm.getelementptr %v6[%v852] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v854 = llvm.load %v853 : !llvm.ptr<3> -> i64
      %v855 = arith.addi %v26, %v597 : i64
      %v856 = arith.cmpi slt, %v855, %size_L : i64
      %v857 = arith.subi %size_L, %v1 : i64
      %v858 = arith.minsi %v855, %v857 : i64
      %v859 = arith.addi %v854, %v858 : i64
      %v860 = arith.muli %v852, %v96 : i64
      %v861 = arith.addi %v860, %v597 : i64
      %v862 = llvm.getelementptr %in_rho[%v859] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v863 = llvm.load %v862 : !llvm.ptr -> f32
      %v864 = arith.addi %v596, %v369 : i64
      %v865 = arith.constant true
      %v866 = arith.addi %v16, %v864 : i64
      %v867 = llvm.getelementptr %v6[%v866] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v868 = llvm.load %v867 : !llvm.ptr<3> -> i64
      %v869 = arith.addi %v26, %v597 : i64
      %v870 = arith.cmpi slt, %v869, %size_L : i64
      %v871 = arith.subi %size_L, %v1 : i64
      %v872 = arith.minsi %v869, %v871 : i64
      %v873 = arith.addi %v868, %v872 : i64
      %v874 = arith.muli %v866, %v96 : i64
      %v875 = arith.addi %v874, %v597 : i64
      %v876 = llvm.getelementptr %in_rho[%v873] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v877 = llvm.load %v876 : !llvm.ptr -> f32
      %v878 = arith.addi %v596, %v384 : i64
      %v879 = arith.constant true
      %v880 = arith.addi %v16, %v878 : i64
      %v881 = llvm.getelementptr %v6[%v880] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v882 = llvm.load %v881 : !llvm.ptr<3> -> i64
      %v883 = arith.addi %v26, %v597 : i64
      %v884 = arith.cmpi slt, %v883, %size_L : i64
      %v885 = arith.subi %size_L, %v1 : i64
      %v886 = arith.minsi %v883, %v885 : i64
      %v887 = arith.addi %v882, %v886 : i64
      %v888 = arith.muli %v880, %v96 : i64
      %v889 = arith.addi %v888, %v597 : i64
      %v890 = llvm.getelementptr %in_rho[%v887] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v891 = llvm.load %v890 : !llvm.ptr -> f32
      %v892 = arith.addi %v596, %v399 : i64
      %v893 = arith.constant true
      %v894 = arith.addi %v16, %v892 : i64
      %v895 = llvm.getelementptr %v6[%v894] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v896 = llvm.load %v895 : !llvm.ptr<3> -> i64
      %v897 = arith.addi %v26, %v597 : i64
      %v898 = arith.cmpi slt, %v897, %size_L : i64
      %v899 = arith.subi %size_L, %v1 : i64
      %v900 = arith.minsi %v897, %v899 : i64
      %v901 = arith.addi %v896, %v900 : i64
      %v902 = arith.muli %v894, %v96 : i64
      %v903 = arith.addi %v902, %v597 : i64
      %v904 = llvm.getelementptr %in_rho[%v901] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v905 = llvm.load %v904 : !llvm.ptr -> f32
      %v906 = arith.addi %v596, %v414 : i64
      %v907 = arith.constant true
      %v908 = arith.addi %v16, %v906 : i64
      %v909 = llvm.getelementptr %v6[%v908] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v910 = llvm.load %v909 : !llvm.ptr<3> -> i64
      %v911 = arith.addi %v26, %v597 : i64
      %v912 = arith.cmpi slt, %v911, %size_L : i64
      %v913 = arith.subi %size_L, %v1 : i64
      %v914 = arith.minsi %v911, %v913 : i64
      %v915 = arith.addi %v910, %v914 : i64
      %v916 = arith.muli %v908, %v96 : i64
      %v917 = arith.addi %v916, %v597 : i64
      %v918 = llvm.getelementptr %in_rho[%v915] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v919 = llvm.load %v918 : !llvm.ptr -> f32
      %v920 = arith.addi %v596, %v429 : i64
      %v921 = arith.constant true
      %v922 = arith.addi %v16, %v920 : i64
      %v923 = llvm.getelementptr %v6[%v922] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v924 = llvm.load %v923 : !llvm.ptr<3> -> i64
      %v925 = arith.addi %v26, %v597 : i64
      %v926 = arith.cmpi slt, %v925, %size_L : i64
      %v927 = arith.subi %size_L, %v1 : i64
      %v928 = arith.minsi %v925, %v927 : i64
      %v929 = arith.addi %v924, %v928 : i64
      %v930 = arith.muli %v922, %v96 : i64
      %v931 = arith.addi %v930, %v597 : i64
      %v932 = llvm.getelementptr %in_rho[%v929] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v933 = llvm.load %v932 : !llvm.ptr -> f32
      %v934 = arith.addi %v596, %v444 : i64
      %v935 = arith.constant true
      %v936 = arith.addi %v16, %v934 : i64
      %v937 = llvm.getelementptr %v6[%v936] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v938 = llvm.load %v937 : !llvm.ptr<3> -> i64
      %v939 = arith.addi %v26, %v597 : i64
      %v940 = arith.cmpi slt, %v939, %size_L : i64
      %v941 = arith.subi %size_L, %v1 : i64
      %v942 = arith.minsi %v939, %v941 : i64
      %v943 = arith.addi %v938, %v942 : i64
      %v944 = arith.muli %v936, %v96 : i64
      %v945 = arith.addi %v944, %v597 : i64
      %v946 = llvm.getelementptr %in_rho[%v943] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v947 = llvm.load %v946 : !llvm.ptr -> f32
      %v948 = arith.addi %v596, %v459 : i64
      %v949 = arith.constant true
      %v950 = arith.addi %v16, %v948 : i64
      %v951 = llvm.getelementptr %v6[%v950] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v952 = llvm.load %v951 : !llvm.ptr<3> -> i64
      %v953 = arith.addi %v26, %v597 : i64
      %v954 = arith.cmpi slt, %v953, %size_L : i64
      %v955 = arith.subi %size_L, %v1 : i64
      %v956 = arith.minsi %v953, %v955 : i64
      %v957 = arith.addi %v952, %v956 : i64
      %v958 = arith.muli %v950, %v96 : i64
      %v959 = arith.addi %v958, %v597 : i64
      %v960 = llvm.getelementptr %in_rho[%v957] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v961 = llvm.load %v960 : !llvm.ptr -> f32
      %v962 = arith.addi %v596, %v474 : i64
      %v963 = arith.constant true
      %v964 = arith.addi %v16, %v962 : i64
      %v965 = llvm.getelementptr %v6[%v964] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v966 = llvm.load %v965 : !llvm.ptr<3> -> i64
      %v967 = arith.addi %v26, %v597 : i64
      %v968 = arith.cmpi slt, %v967, %size_L : i64
      %v969 = arith.subi %size_L, %v1 : i64
      %v970 = arith.minsi %v967, %v969 : i64
      %v971 = arith.addi %v966, %v970 : i64
      %v972 = arith.muli %v964, %v96 : i64
      %v973 = arith.addi %v972, %v597 : i64
      %v974 = llvm.getelementptr %in_rho[%v971] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v975 = llvm.load %v974 : !llvm.ptr -> f32
      %v976 = arith.addi %v596, %v489 : i64
      %v977 = arith.constant true
      %v978 = arith.addi %v16, %v976 : i64
      %v979 = llvm.getelementptr %v6[%v978] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v980 = llvm.load %v979 : !llvm.ptr<3> -> i64
      %v981 = arith.addi %v26, %v597 : i64
      %v982 = arith.cmpi slt, %v981, %size_L : i64
      %v983 = arith.subi %size_L, %v1 : i64
      %v984 = arith.minsi %v981, %v983 : i64
      %v985 = arith.addi %v980, %v984 : i64
      %v986 = arith.muli %v978, %v96 : i64
      %v987 = arith.addi %v986, %v597 : i64
      %v988 = llvm.getelementptr %in_rho[%v985] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v989 = llvm.load %v988 : !llvm.ptr -> f32
      %v990 = arith.addi %v596, %v504 : i64
      %v991 = arith.constant true
      %v992 = arith.addi %v16, %v990 : i64
      %v993 = llvm.getelementptr %v6[%v992] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v994 = llvm.load %v993 : !llvm.ptr<3> -> i64
      %v995 = arith.addi %v26, %v597 : i64
      %v996 = arith.cmpi slt, %v995, %size_L : i64
      %v997 = arith.subi %size_L, %v1 : i64
      %v998 = arith.minsi %v995, %v997 : i64
      %v999 = arith.addi %v994, %v998 : i64
      %v1000 = arith.muli %v992, %v96 : i64
      %v1001 = arith.addi %v1000, %v597 : i64
      %v1002 = llvm.getelementptr %in_rho[%v999] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1003 = llvm.load %v1002 : !llvm.ptr -> f32
      %v1004 = arith.addi %v596, %v519 : i64
      %v1005 = arith.constant true
      %v1006 = arith.addi %v16, %v1004 : i64
      %v1007 = llvm.getelementptr %v6[%v1006] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1008 = llvm.load %v1007 : !llvm.ptr<3> -> i64
      %v1009 = arith.addi %v26, %v597 : i64
      %v1010 = arith.cmpi slt, %v1009, %size_L : i64
      %v1011 = arith.subi %size_L, %v1 : i64
      %v1012 = arith.minsi %v1009, %v1011 : i64
      %v1013 = arith.addi %v1008, %v1012 : i64
      %v1014 = arith.muli %v1006, %v96 : i64
      %v1015 = arith.addi %v1014, %v597 : i64
      %v1016 = llvm.getelementptr %in_rho[%v1013] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1017 = llvm.load %v1016 : !llvm.ptr -> f32
      %v1018 = arith.addi %v596, %v534 : i64
      %v1019 = arith.constant true
      %v1020 = arith.addi %v16, %v1018 : i64
      %v1021 = llvm.getelementptr %v6[%v1020] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1022 = llvm.load %v1021 : !llvm.ptr<3> -> i64
      %v1023 = arith.addi %v26, %v597 : i64
      %v1024 = arith.cmpi slt, %v1023, %size_L : i64
      %v1025 = arith.subi %size_L, %v1 : i64
      %v1026 = arith.minsi %v1023, %v1025 : i64
      %v1027 = arith.addi %v1022, %v1026 : i64
      %v1028 = arith.muli %v1020, %v96 : i64
      %v1029 = arith.addi %v1028, %v597 : i64
      %v1030 = llvm.getelementptr %in_rho[%v1027] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1031 = llvm.load %v1030 : !llvm.ptr -> f32
      %v1032 = arith.addi %v596, %v549 : i64
      %v1033 = arith.constant true
      %v1034 = arith.addi %v16, %v1032 : i64
      %v1035 = llvm.getelementptr %v6[%v1034] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1036 = llvm.load %v1035 : !llvm.ptr<3> -> i64
      %v1037 = arith.addi %v26, %v597 : i64
      %v1038 = arith.cmpi slt, %v1037, %size_L : i64
      %v1039 = arith.subi %size_L, %v1 : i64
      %v1040 = arith.minsi %v1037, %v1039 : i64
      %v1041 = arith.addi %v1036, %v1040 : i64
      %v1042 = arith.muli %v1034, %v96 : i64
      %v1043 = arith.addi %v1042, %v597 : i64
      %v1044 = llvm.getelementptr %in_rho[%v1041] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1045 = llvm.load %v1044 : !llvm.ptr -> f32
      scf.if %v599 {
        %v1046 = llvm.getelementptr %v7[%v609] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v611, %v1046 : f32, !llvm.ptr<3>
      }
      scf.if %v613 {
        %v1047 = llvm.getelementptr %v7[%v623] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v625, %v1047 : f32, !llvm.ptr<3>
      }
      scf.if %v627 {
        %v1048 = llvm.getelementptr %v7[%v637] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v639, %v1048 : f32, !llvm.ptr<3>
      }
      scf.if %v641 {
        %v1049 = llvm.getelementptr %v7[%v651] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v653, %v1049 : f32, !llvm.ptr<3>
      }
      scf.if %v655 {
        %v1050 = llvm.getelementptr %v7[%v665] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v667, %v1050 : f32, !llvm.ptr<3>
      }
      scf.if %v669 {
        %v1051 = llvm.getelementptr %v7[%v679] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v681, %v1051 : f32, !llvm.ptr<3>
      }
      scf.if %v683 {
        %v1052 = llvm.getelementptr %v7[%v693] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v695, %v1052 : f32, !llvm.ptr<3>
      }
      scf.if %v697 {
        %v1053 = llvm.getelementptr %v7[%v707] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v709, %v1053 : f32, !llvm.ptr<3>
      }
      scf.if %v711 {
        %v1054 = llvm.getelementptr %v7[%v721] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v723, %v1054 : f32, !llvm.ptr<3>
      }
      scf.if %v725 {
        %v1055 = llvm.getelementptr %v7[%v735] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v737, %v1055 : f32, !llvm.ptr<3>
      }
      scf.if %v739 {
        %v1056 = llvm.getelementptr %v7[%v749] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v751, %v1056 : f32, !llvm.ptr<3>
      }
      scf.if %v753 {
        %v1057 = llvm.getelementptr %v7[%v763] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v765, %v1057 : f32, !llvm.ptr<3>
      }
      scf.if %v767 {
        %v1058 = llvm.getelementptr %v7[%v777] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v779, %v1058 : f32, !llvm.ptr<3>
      }
      scf.if %v781 {
        %v1059 = llvm.getelementptr %v7[%v791] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v793, %v1059 : f32, !llvm.ptr<3>
      }
      scf.if %v795 {
        %v1060 = llvm.getelementptr %v7[%v805] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v807, %v1060 : f32, !llvm.ptr<3>
      }
      scf.if %v809 {
        %v1061 = llvm.getelementptr %v7[%v819] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v821, %v1061 : f32, !llvm.ptr<3>
      }
      scf.if %v823 {
        %v1062 = llvm.getelementptr %v7[%v833] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v835, %v1062 : f32, !llvm.ptr<3>
      }
      scf.if %v837 {
        %v1063 = llvm.getelementptr %v7[%v847] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v849, %v1063 : f32, !llvm.ptr<3>
      }
      scf.if %v851 {
        %v1064 = llvm.getelementptr %v7[%v861] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v863, %v1064 : f32, !llvm.ptr<3>
      }
      scf.if %v865 {
        %v1065 = llvm.getelementptr %v7[%v875] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v877, %v1065 : f32, !llvm.ptr<3>
      }
      scf.if %v879 {
        %v1066 = llvm.getelementptr %v7[%v889] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v891, %v1066 : f32, !llvm.ptr<3>
      }
      scf.if %v893 {
        %v1067 = llvm.getelementptr %v7[%v903] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v905, %v1067 : f32, !llvm.ptr<3>
      }
      scf.if %v907 {
        %v1068 = llvm.getelementptr %v7[%v917] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v919, %v1068 : f32, !llvm.ptr<3>
      }
      scf.if %v921 {
        %v1069 = llvm.getelementptr %v7[%v931] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v933, %v1069 : f32, !llvm.ptr<3>
      }
      scf.if %v935 {
        %v1070 = llvm.getelementptr %v7[%v945] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v947, %v1070 : f32, !llvm.ptr<3>
      }
      scf.if %v949 {
        %v1071 = llvm.getelementptr %v7[%v959] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v961, %v1071 : f32, !llvm.ptr<3>
      }
      scf.if %v963 {
        %v1072 = llvm.getelementptr %v7[%v973] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v975, %v1072 : f32, !llvm.ptr<3>
      }
      scf.if %v977 {
        %v1073 = llvm.getelementptr %v7[%v987] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v989, %v1073 : f32, !llvm.ptr<3>
      }
      scf.if %v991 {
        %v1074 = llvm.getelementptr %v7[%v1001] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1003, %v1074 : f32, !llvm.ptr<3>
      }
      scf.if %v1005 {
        %v1075 = llvm.getelementptr %v7[%v1015] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1017, %v1075 : f32, !llvm.ptr<3>
      }
      scf.if %v1019 {
        %v1076 = llvm.getelementptr %v7[%v1029] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1031, %v1076 : f32, !llvm.ptr<3>
      }
      scf.if %v1033 {
        %v1077 = llvm.getelementptr %v7[%v1043] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1045, %v1077 : f32, !llvm.ptr<3>
      }
      // end staged load of `rho`
      // staged load of `theta`'s first tile: read, then shared memory
      %v1078 = arith.divui %v14, %v83 : i64
      %v1079 = arith.remui %v14, %v83 : i64
      %v1080 = arith.addi %v1078, %v26 : i64
      %v1081 = arith.constant true
      %v1083 = arith.addi %v1082, %v1080 : i64
      %v1084 = llvm.getelementptr %v6[%v1083] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1085 = llvm.load %v1084 : !llvm.ptr<3> -> i64
      %v1086 = arith.addi %v26, %v1079 : i64
      %v1087 = arith.cmpi slt, %v1086, %size_L : i64
      %v1088 = arith.subi %size_L, %v1 : i64
      %v1089 = arith.minsi %v1086, %v1088 : i64
      %v1090 = arith.addi %v1085, %v1089 : i64
      %v1091 = arith.muli %v1083, %v96 : i64
      %v1092 = arith.addi %v1091, %v1079 : i64
      %v1093 = llvm.getelementptr %in_theta[%v1090] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1094 = llvm.load %v1093 : !llvm.ptr -> f32
      %v1095 = arith.addi %v1078, %v50 : i64
      %v1096 = arith.constant true
      %v1097 = arith.addi %v1082, %v1095 : i64
      %v1098 = llvm.getelementptr %v6[%v1097] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1099 = llvm.load %v1098 : !llvm.ptr<3> -> i64
      %v1100 = arith.addi %v26, %v1079 : i64
      %v1101 = arith.cmpi slt, %v1100, %size_L : i64
      %v1102 = arith.subi %size_L, %v1 : i64
      %v1103 = arith.minsi %v1100, %v1102 : i64
      %v1104 = arith.addi %v1099, %v1103 : i64
      %v1105 = arith.muli %v1097, %v96 : i64
      %v1106 = arith.addi %v1105, %v1079 : i64
      %v1107 = llvm.getelementptr %in_theta[%v1104] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1108 = llvm.load %v1107 : !llvm.ptr -> f32
      %v1109 = arith.addi %v1078, %v115 : i64
      %v1110 = arith.constant true
      %v1111 = arith.addi %v1082, %v1109 : i64
      %v1112 = llvm.getelementptr %v6[%v1111] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1113 = llvm.load %v1112 : !llvm.ptr<3> -> i64
      %v1114 = arith.addi %v26, %v1079 : i64
      %v1115 = arith.cmpi slt, %v1114, %size_L : i64
      %v1116 = arith.subi %size_L, %v1 : i64
      %v1117 = arith.minsi %v1114, %v1116 : i64
      %v1118 = arith.addi %v1113, %v1117 : i64
      %v1119 = arith.muli %v1111, %v96 : i64
      %v1120 = arith.addi %v1119, %v1079 : i64
      %v1121 = llvm.getelementptr %in_theta[%v1118] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1122 = llvm.load %v1121 : !llvm.ptr -> f32
      %v1123 = arith.addi %v1078, %v130 : i64
      %v1124 = arith.constant true
      %v1125 = arith.addi %v1082, %v1123 : i64
      %v1126 = llvm.getelementptr %v6[%v1125] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1127 = llvm.load %v1126 : !llvm.ptr<3> -> i64
      %v1128 = arith.addi %v26, %v1079 : i64
      %v1129 = arith.cmpi slt, %v1128, %size_L : i64
      %v1130 = arith.subi %size_L, %v1 : i64
      %v1131 = arith.minsi %v1128, %v1130 : i64
      %v1132 = arith.addi %v1127, %v1131 : i64
      %v1133 = arith.muli %v1125, %v96 : i64
      %v1134 = arith.addi %v1133, %v1079 : i64
      %v1135 = llvm.getelementptr %in_theta[%v1132] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1136 = llvm.load %v1135 : !llvm.ptr -> f32
      %v1137 = arith.addi %v1078, %v145 : i64
      %v1138 = arith.constant true
      %v1139 = arith.addi %v1082, %v1137 : i64
      %v1140 = llvm.getelementptr %v6[%v1139] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1141 = llvm.load %v1140 : !llvm.ptr<3> -> i64
      %v1142 = arith.addi %v26, %v1079 : i64
      %v1143 = arith.cmpi slt, %v1142, %size_L : i64
      %v1144 = arith.subi %size_L, %v1 : i64
      %v1145 = arith.minsi %v1142, %v1144 : i64
      %v1146 = arith.addi %v1141, %v1145 : i64
      %v1147 = arith.muli %v1139, %v96 : i64
      %v1148 = arith.addi %v1147, %v1079 : i64
      %v1149 = llvm.getelementptr %in_theta[%v1146] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1150 = llvm.load %v1149 : !llvm.ptr -> f32
      %v1151 = arith.addi %v1078, %v160 : i64
      %v1152 = arith.constant true
      %v1153 = arith.addi %v1082, %v1151 : i64
      %v1154 = llvm.getelementptr %v6[%v1153] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1155 = llvm.load %v1154 : !llvm.ptr<3> -> i64
      %v1156 = arith.addi %v26, %v1079 : i64
      %v1157 = arith.cmpi slt, %v1156, %size_L : i64
      %v1158 = arith.subi %size_L, %v1 : i64
      %v1159 = arith.minsi %v1156, %v1158 : i64
      %v1160 = arith.addi %v1155, %v1159 : i64
      %v1161 = arith.muli %v1153, %v96 : i64
      %v1162 = arith.addi %v1161, %v1079 : i64
      %v1163 = llvm.getelementptr %in_theta[%v1160] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1164 = llvm.load %v1163 : !llvm.ptr -> f32
      %v1165 = arith.addi %v1078, %v175 : i64
      %v1166 = arith.constant true
      %v1167 = arith.addi %v1082, %v1165 : i64
      %v1168 = llvm.getelementptr %v6[%v1167] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1169 = llvm.load %v1168 : !llvm.ptr<3> -> i64
      %v1170 = arith.addi %v26, %v1079 : i64
      %v1171 = arith.cmpi slt, %v1170, %size_L : i64
      %v1172 = arith.subi %size_L, %v1 : i64
      %v1173 = arith.minsi %v1170, %v1172 : i64
      %v1174 = arith.addi %v1169, %v1173 : i64
      %v1175 = arith.muli %v1167, %v96 : i64
      %v1176 = arith.addi %v1175, %v1079 : i64
      %v1177 = llvm.getelementptr %in_theta[%v1174] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1178 = llvm.load %v1177 : !llvm.ptr -> f32
      %v1179 = arith.addi %v1078, %v190 : i64
      %v1180 = arith.constant true
      %v1181 = arith.addi %v1082, %v1179 : i64
      %v1182 = llvm.getelementptr %v6[%v1181] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1183 = llvm.load %v1182 : !llvm.ptr<3> -> i64
      %v1184 = arith.addi %v26, %v1079 : i64
      %v1185 = arith.cmpi slt, %v1184, %size_L : i64
      %v1186 = arith.subi %size_L, %v1 : i64
      %v1187 = arith.minsi %v1184, %v1186 : i64
      %v1188 = arith.addi %v1183, %v1187 : i64
      %v1189 = arith.muli %v1181, %v96 : i64
      %v1190 = arith.addi %v1189, %v1079 : i64
      %v1191 = llvm.getelementptr %in_theta[%v1188] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1192 = llvm.load %v1191 : !llvm.ptr -> f32
      %v1193 = arith.addi %v1078, %v205 : i64
      %v1194 = arith.constant true
      %v1195 = arith.addi %v1082, %v1193 : i64
      %v1196 = llvm.getelementptr %v6[%v1195] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1197 = llvm.load %v1196 : !llvm.ptr<3> -> i64
      %v1198 = arith.addi %v26, %v1079 : i64
      %v1199 = arith.cmpi slt, %v1198, %size_L : i64
      %v1200 = arith.subi %size_L, %v1 : i64
      %v1201 = arith.minsi %v1198, %v1200 : i64
      %v1202 = arith.addi %v1197, %v1201 : i64
      %v1203 = arith.muli %v1195, %v96 : i64
      %v1204 = arith.addi %v1203, %v1079 : i64
      %v1205 = llvm.getelementptr %in_theta[%v1202] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1206 = llvm.load %v1205 : !llvm.ptr -> f32
      %v1207 = arith.addi %v1078, %v220 : i64
      %v1208 = arith.constant true
      %v1209 = arith.addi %v1082, %v1207 : i64
      %v1210 = llvm.getelementptr %v6[%v1209] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1211 = llvm.load %v1210 : !llvm.ptr<3> -> i64
      %v1212 = arith.addi %v26, %v1079 : i64
      %v1213 = arith.cmpi slt, %v1212, %size_L : i64
      %v1214 = arith.subi %size_L, %v1 : i64
      %v1215 = arith.minsi %v1212, %v1214 : i64
      %v1216 = arith.addi %v1211, %v1215 : i64
      %v1217 = arith.muli %v1209, %v96 : i64
      %v1218 = arith.addi %v1217, %v1079 : i64
      %v1219 = llvm.getelementptr %in_theta[%v1216] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1220 = llvm.load %v1219 : !llvm.ptr -> f32
      %v1221 = arith.addi %v1078, %v235 : i64
      %v1222 = arith.constant true
      %v1223 = arith.addi %v1082, %v1221 : i64
      %v1224 = llvm.getelementptr %v6[%v1223] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1225 = llvm.load %v1224 : !llvm.ptr<3> -> i64
      %v1226 = arith.addi %v26, %v1079 : i64
      %v1227 = arith.cmpi slt, %v1226, %size_L : i64
      %v1228 = arith.subi %size_L, %v1 : i64
      %v1229 = arith.minsi %v1226, %v1228 : i64
      %v1230 = arith.addi %v1225, %v1229 : i64
      %v1231 = arith.muli %v1223, %v96 : i64
      %v1232 = arith.addi %v1231, %v1079 : i64
      %v1233 = llvm.getelementptr %in_theta[%v1230] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1234 = llvm.load %v1233 : !llvm.ptr -> f32
      %v1235 = arith.addi %v1078, %v250 : i64
      %v1236 = arith.constant true
      %v1237 = arith.addi %v1082, %v1235 : i64
      %v1238 = llvm.getelementptr %v6[%v1237] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1239 = llvm.load %v1238 : !llvm.ptr<3> -> i64
      %v1240 = arith.addi %v26, %v1079 : i64
      %v1241 = arith.cmpi slt, %v1240, %size_L : i64
      %v1242 = arith.subi %size_L, %v1 : i64
      %v1243 = arith.minsi %v1240, %v1242 : i64
      %v1244 = arith.addi %v1239, %v1243 : i64
      %v1245 = arith.muli %v1237, %v96 : i64
      %v1246 = arith.addi %v1245, %v1079 : i64
      %v1247 = llvm.getelementptr %in_theta[%v1244] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1248 = llvm.load %v1247 : !llvm.ptr -> f32
      %v1249 = arith.addi %v1078, %v265 : i64
      %v1250 = arith.constant true
      %v1251 = arith.addi %v1082, %v1249 : i64
      %v1252 = llvm.getelementptr %v6[%v1251] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1253 = llvm.load %v1252 : !llvm.ptr<3> -> i64
      %v1254 = arith.addi %v26, %v1079 : i64
      %v1255 = arith.cmpi slt, %v1254, %size_L : i64
      %v1256 = arith.subi %size_L, %v1 : i64
      %v1257 = arith.minsi %v1254, %v1256 : i64
      %v1258 = arith.addi %v1253, %v1257 : i64
      %v1259 = arith.muli %v1251, %v96 : i64
      %v1260 = arith.addi %v1259, %v1079 : i64
      %v1261 = llvm.getelementptr %in_theta[%v1258] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1262 = llvm.load %v1261 : !llvm.ptr -> f32
      %v1263 = arith.addi %v1078, %v280 : i64
      %v1264 = arith.constant true
      %v1265 = arith.addi %v1082, %v1263 : i64
      %v1266 = llvm.getelementptr %v6[%v1265] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1267 = llvm.load %v1266 : !llvm.ptr<3> -> i64
      %v1268 = arith.addi %v26, %v1079 : i64
      %v1269 = arith.cmpi slt, %v1268, %size_L : i64
      %v1270 = arith.subi %size_L, %v1 : i64
      %v1271 = arith.minsi %v1268, %v1270 : i64
      %v1272 = arith.addi %v1267, %v1271 : i64
      %v1273 = arith.muli %v1265, %v96 : i64
      %v1274 = arith.addi %v1273, %v1079 : i64
      %v1275 = llvm.getelementptr %in_theta[%v1272] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1276 = llvm.load %v1275 : !llvm.ptr -> f32
      %v1277 = arith.addi %v1078, %v295 : i64
      %v1278 = arith.constant true
      %v1279 = arith.addi %v1082, %v1277 : i64
      %v1280 = llvm.getelementptr %v6[%v1279] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1281 = llvm.load %v1280 : !llvm.ptr<3> -> i64
      %v1282 = arith.addi %v26, %v1079 : i64
      %v1283 = arith.cmpi slt, %v1282, %size_L : i64
      %v1284 = arith.subi %size_L, %v1 : i64
      %v1285 = arith.minsi %v1282, %v1284 : i64
      %v1286 = arith.addi %v1281, %v1285 : i64
      %v1287 = arith.muli %v1279, %v96 : i64
      %v1288 = arith.addi %v1287, %v1079 : i64
      %v1289 = llvm.getelementptr %in_theta[%v1286] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1290 = llvm.load %v1289 : !llvm.ptr -> f32
      %v1291 = arith.addi %v1078, %v310 : i64
      %v1292 = arith.constant true
      %v1293 = arith.addi %v1082, %v1291 : i64
      %v1294 = llvm.getelementptr %v6[%v1293] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1295 = llvm.load %v1294 : !llvm.ptr<3> -> i64
      %v1296 = arith.addi %v26, %v1079 : i64
      %v1297 = arith.cmpi slt, %v1296, %size_L : i64
      %v1298 = arith.subi %size_L, %v1 : i64
      %v1299 = arith.minsi %v1296, %v1298 : i64
      %v1300 = arith.addi %v1295, %v1299 : i64
      %v1301 = arith.muli %v1293, %v96 : i64
      %v1302 = arith.addi %v1301, %v1079 : i64
      %v1303 = llvm.getelementptr %in_theta[%v1300] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1304 = llvm.load %v1303 : !llvm.ptr -> f32
      %v1305 = arith.addi %v1078, %v83 : i64
      %v1306 = arith.constant true
      %v1307 = arith.addi %v1082, %v1305 : i64
      %v1308 = llvm.getelementptr %v6[%v1307] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1309 = llvm.load %v1308 : !llvm.ptr<3> -> i64
      %v1310 = arith.addi %v26, %v1079 : i64
      %v1311 = arith.cmpi slt, %v1310, %size_L : i64
      %v1312 = arith.subi %size_L, %v1 : i64
      %v1313 = arith.minsi %v1310, %v1312 : i64
      %v1314 = arith.addi %v1309, %v1313 : i64
      %v1315 = arith.muli %v1307, %v96 : i64
      %v1316 = arith.addi %v1315, %v1079 : i64
      %v1317 = llvm.getelementptr %in_theta[%v1314] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1318 = llvm.load %v1317 : !llvm.ptr -> f32
      %v1319 = arith.addi %v1078, %v339 : i64
      %v1320 = arith.constant true
      %v1321 = arith.addi %v1082, %v1319 : i64
      %v1322 = llvm.getelementptr %v6[%v1321] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1323 = llvm.load %v1322 : !llvm.ptr<3> -> i64
      %v1324 = arith.addi %v26, %v1079 : i64
      %v1325 = arith.cmpi slt, %v1324, %size_L : i64
      %v1326 = arith.subi %size_L, %v1 : i64
      %v1327 = arith.minsi %v1324, %v1326 : i64
      %v1328 = arith.addi %v1323, %v1327 : i64
      %v1329 = arith.muli %v1321, %v96 : i64
      %v1330 = arith.addi %v1329, %v1079 : i64
      %v1331 = llvm.getelementptr %in_theta[%v1328] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1332 = llvm.load %v1331 : !llvm.ptr -> f32
      %v1333 = arith.addi %v1078, %v354 : i64
      %v1334 = arith.constant true
      %v1335 = arith.addi %v1082, %v1333 : i64
      %v1336 = llvm.getelementptr %v6[%v1335] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1337 = llvm.load %v1336 : !llvm.ptr<3> -> i64
      %v1338 = arith.addi %v26, %v1079 : i64
      %v1339 = arith.cmpi slt, %v1338, %size_L : i64
      %v1340 = arith.subi %size_L, %v1 : i64
      %v1341 = arith.minsi %v1338, %v1340 : i64
      %v1342 = arith.addi %v1337, %v1341 : i64
      %v1343 = arith.muli %v1335, %v96 : i64
      %v1344 = arith.addi %v1343, %v1079 : i64
      %v1345 = llvm.getelementptr %in_theta[%v1342] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1346 = llvm.load %v1345 : !llvm.ptr -> f32
      %v1347 = arith.addi %v1078, %v369 : i64
      %v1348 = arith.constant true
      %v1349 = arith.addi %v1082, %v1347 : i64
      %v1350 = llvm.getelementptr %v6[%v1349] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1351 = llvm.load %v1350 : !llvm.ptr<3> -> i64
      %v1352 = arith.addi %v26, %v1079 : i64
      %v1353 = arith.cmpi slt, %v1352, %size_L : i64
      %v1354 = arith.subi %size_L, %v1 : i64
      %v1355 = arith.minsi %v1352, %v1354 : i64
      %v1356 = arith.addi %v1351, %v1355 : i64
      %v1357 = arith.muli %v1349, %v96 : i64
      %v1358 = arith.addi %v1357, %v1079 : i64
      %v1359 = llvm.getelementptr %in_theta[%v1356] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1360 = llvm.load %v1359 : !llvm.ptr -> f32
      %v1361 = arith.addi %v1078, %v384 : i64
      %v1362 = arith.constant true
      %v1363 = arith.addi %v1082, %v1361 : i64
      %v1364 = llvm.getelementptr %v6[%v1363] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1365 = llvm.load %v1364 : !llvm.ptr<3> -> i64
      %v1366 = arith.addi %v26, %v1079 : i64
      %v1367 = arith.cmpi slt, %v1366, %size_L : i64
      %v1368 = arith.subi %size_L, %v1 : i64
      %v1369 = arith.minsi %v1366, %v1368 : i64
      %v1370 = arith.addi %v1365, %v1369 : i64
      %v1371 = arith.muli %v1363, %v96 : i64
      %v1372 = arith.addi %v1371, %v1079 : i64
      %v1373 = llvm.getelementptr %in_theta[%v1370] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1374 = llvm.load %v1373 : !llvm.ptr -> f32
      %v1375 = arith.addi %v1078, %v399 : i64
      %v1376 = arith.constant true
      %v1377 = arith.addi %v1082, %v1375 : i64
      %v1378 = llvm.getelementptr %v6[%v1377] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1379 = llvm.load %v1378 : !llvm.ptr<3> -> i64
      %v1380 = arith.addi %v26, %v1079 : i64
      %v1381 = arith.cmpi slt, %v1380, %size_L : i64
      %v1382 = arith.subi %size_L, %v1 : i64
      %v1383 = arith.minsi %v1380, %v1382 : i64
      %v1384 = arith.addi %v1379, %v1383 : i64
      %v1385 = arith.muli %v1377, %v96 : i64
      %v1386 = arith.addi %v1385, %v1079 : i64
      %v1387 = llvm.getelementptr %in_theta[%v1384] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1388 = llvm.load %v1387 : !llvm.ptr -> f32
      %v1389 = arith.addi %v1078, %v414 : i64
      %v1390 = arith.constant true
      %v1391 = arith.addi %v1082, %v1389 : i64
      %v1392 = llvm.getelementptr %v6[%v1391] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1393 = llvm.load %v1392 : !llvm.ptr<3> -> i64
      %v1394 = arith.addi %v26, %v1079 : i64
      %v1395 = arith.cmpi slt, %v1394, %size_L : i64
      %v1396 = arith.subi %size_L, %v1 : i64
      %v1397 = arith.minsi %v1394, %v1396 : i64
      %v1398 = arith.addi %v1393, %v1397 : i64
      %v1399 = arith.muli %v1391, %v96 : i64
      %v1400 = arith.addi %v1399, %v1079 : i64
      %v1401 = llvm.getelementptr %in_theta[%v1398] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1402 = llvm.load %v1401 : !llvm.ptr -> f32
      %v1403 = arith.addi %v1078, %v429 : i64
      %v1404 = arith.constant true
      %v1405 = arith.addi %v1082, %v1403 : i64
      %v1406 = llvm.getelementptr %v6[%v1405] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1407 = llvm.load %v1406 : !llvm.ptr<3> -> i64
      %v1408 = arith.addi %v26, %v1079 : i64
      %v1409 = arith.cmpi slt, %v1408, %size_L : i64
      %v1410 = arith.subi %size_L, %v1 : i64
      %v1411 = arith.minsi %v1408, %v1410 : i64
      %v1412 = arith.addi %v1407, %v1411 : i64
      %v1413 = arith.muli %v1405, %v96 : i64
      %v1414 = arith.addi %v1413, %v1079 : i64
      %v1415 = llvm.getelementptr %in_theta[%v1412] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1416 = llvm.load %v1415 : !llvm.ptr -> f32
      %v1417 = arith.addi %v1078, %v444 : i64
      %v1418 = arith.constant true
      %v1419 = arith.addi %v1082, %v1417 : i64
      %v1420 = llvm.getelementptr %v6[%v1419] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1421 = llvm.load %v1420 : !llvm.ptr<3> -> i64
      %v1422 = arith.addi %v26, %v1079 : i64
      %v1423 = arith.cmpi slt, %v1422, %size_L : i64
      %v1424 = arith.subi %size_L, %v1 : i64
      %v1425 = arith.minsi %v1422, %v1424 : i64
      %v1426 = arith.addi %v1421, %v1425 : i64
      %v1427 = arith.muli %v1419, %v96 : i64
      %v1428 = arith.addi %v1427, %v1079 : i64
      %v1429 = llvm.getelementptr %in_theta[%v1426] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1430 = llvm.load %v1429 : !llvm.ptr -> f32
      %v1431 = arith.addi %v1078, %v459 : i64
      %v1432 = arith.constant true
      %v1433 = arith.addi %v1082, %v1431 : i64
      %v1434 = llvm.getelementptr %v6[%v1433] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1435 = llvm.load %v1434 : !llvm.ptr<3> -> i64
      %v1436 = arith.addi %v26, %v1079 : i64
      %v1437 = arith.cmpi slt, %v1436, %size_L : i64
      %v1438 = arith.subi %size_L, %v1 : i64
      %v1439 = arith.minsi %v1436, %v1438 : i64
      %v1440 = arith.addi %v1435, %v1439 : i64
      %v1441 = arith.muli %v1433, %v96 : i64
      %v1442 = arith.addi %v1441, %v1079 : i64
      %v1443 = llvm.getelementptr %in_theta[%v1440] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1444 = llvm.load %v1443 : !llvm.ptr -> f32
      %v1445 = arith.addi %v1078, %v474 : i64
      %v1446 = arith.constant true
      %v1447 = arith.addi %v1082, %v1445 : i64
      %v1448 = llvm.getelementptr %v6[%v1447] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1449 = llvm.load %v1448 : !llvm.ptr<3> -> i64
      %v1450 = arith.addi %v26, %v1079 : i64
      %v1451 = arith.cmpi slt, %v1450, %size_L : i64
      %v1452 = arith.subi %size_L, %v1 : i64
      %v1453 = arith.minsi %v1450, %v1452 : i64
      %v1454 = arith.addi %v1449, %v1453 : i64
      %v1455 = arith.muli %v1447, %v96 : i64
      %v1456 = arith.addi %v1455, %v1079 : i64
      %v1457 = llvm.getelementptr %in_theta[%v1454] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1458 = llvm.load %v1457 : !llvm.ptr -> f32
      %v1459 = arith.addi %v1078, %v489 : i64
      %v1460 = arith.constant true
      %v1461 = arith.addi %v1082, %v1459 : i64
      %v1462 = llvm.getelementptr %v6[%v1461] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1463 = llvm.load %v1462 : !llvm.ptr<3> -> i64
      %v1464 = arith.addi %v26, %v1079 : i64
      %v1465 = arith.cmpi slt, %v1464, %size_L : i64
      %v1466 = arith.subi %size_L, %v1 : i64
      %v1467 = arith.minsi %v1464, %v1466 : i64
      %v1468 = arith.addi %v1463, %v1467 : i64
      %v1469 = arith.muli %v1461, %v96 : i64
      %v1470 = arith.addi %v1469, %v1079 : i64
      %v1471 = llvm.getelementptr %in_theta[%v1468] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1472 = llvm.load %v1471 : !llvm.ptr -> f32
      %v1473 = arith.addi %v1078, %v504 : i64
      %v1474 = arith.constant true
      %v1475 = arith.addi %v1082, %v1473 : i64
      %v1476 = llvm.getelementptr %v6[%v1475] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1477 = llvm.load %v1476 : !llvm.ptr<3> -> i64
      %v1478 = arith.addi %v26, %v1079 : i64
      %v1479 = arith.cmpi slt, %v1478, %size_L : i64
      %v1480 = arith.subi %size_L, %v1 : i64
      %v1481 = arith.minsi %v1478, %v1480 : i64
      %v1482 = arith.addi %v1477, %v1481 : i64
      %v1483 = arith.muli %v1475, %v96 : i64
      %v1484 = arith.addi %v1483, %v1079 : i64
      %v1485 = llvm.getelementptr %in_theta[%v1482] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1486 = llvm.load %v1485 : !llvm.ptr -> f32
      %v1487 = arith.addi %v1078, %v519 : i64
      %v1488 = arith.constant true
      %v1489 = arith.addi %v1082, %v1487 : i64
      %v1490 = llvm.getelementptr %v6[%v1489] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1491 = llvm.load %v1490 : !llvm.ptr<3> -> i64
      %v1492 = arith.addi %v26, %v1079 : i64
      %v1493 = arith.cmpi slt, %v1492, %size_L : i64
      %v1494 = arith.subi %size_L, %v1 : i64
      %v1495 = arith.minsi %v1492, %v1494 : i64
      %v1496 = arith.addi %v1491, %v1495 : i64
      %v1497 = arith.muli %v1489, %v96 : i64
      %v1498 = arith.addi %v1497, %v1079 : i64
      %v1499 = llvm.getelementptr %in_theta[%v1496] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1500 = llvm.load %v1499 : !llvm.ptr -> f32
      %v1501 = arith.addi %v1078, %v534 : i64
      %v1502 = arith.constant true
      %v1503 = arith.addi %v1082, %v1501 : i64
      %v1504 = llvm.getelementptr %v6[%v1503] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1505 = llvm.load %v1504 : !llvm.ptr<3> -> i64
      %v1506 = arith.addi %v26, %v1079 : i64
      %v1507 = arith.cmpi slt, %v1506, %size_L : i64
      %v1508 = arith.subi %size_L, %v1 : i64
      %v1509 = arith.minsi %v1506, %v1508 : i64
      %v1510 = arith.addi %v1505, %v1509 : i64
      %v1511 = arith.muli %v1503, %v96 : i64
      %v1512 = arith.addi %v1511, %v1079 : i64
      %v1513 = llvm.getelementptr %in_theta[%v1510] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1514 = llvm.load %v1513 : !llvm.ptr -> f32
      %v1515 = arith.addi %v1078, %v549 : i64
      %v1516 = arith.constant true
      %v1517 = arith.addi %v1082, %v1515 : i64
      %v1518 = llvm.getelementptr %v6[%v1517] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1519 = llvm.load %v1518 : !llvm.ptr<3> -> i64
      %v1520 = arith.addi %v26, %v1079 : i64
      %v1521 = arith.cmpi slt, %v1520, %size_L : i64
      %v1522 = arith.subi %size_L, %v1 : i64
      %v1523 = arith.minsi %v1520, %v1522 : i64
      %v1524 = arith.addi %v1519, %v1523 : i64
      %v1525 = arith.muli %v1517, %v96 : i64
      %v1526 = arith.addi %v1525, %v1079 : i64
      %v1527 = llvm.getelementptr %in_theta[%v1524] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1528 = llvm.load %v1527 : !llvm.ptr -> f32
      scf.if %v1081 {
        %v1529 = llvm.getelementptr %v7[%v1092] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1094, %v1529 : f32, !llvm.ptr<3>
      }
      scf.if %v1096 {
        %v1530 = llvm.getelementptr %v7[%v1106] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1108, %v1530 : f32, !llvm.ptr<3>
      }
      scf.if %v1110 {
        %v1531 = llvm.getelementptr %v7[%v1120] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1122, %v1531 : f32, !llvm.ptr<3>
      }
      scf.if %v1124 {
        %v1532 = llvm.getelementptr %v7[%v1134] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1136, %v1532 : f32, !llvm.ptr<3>
      }
      scf.if %v1138 {
        %v1533 = llvm.getelementptr %v7[%v1148] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1150, %v1533 : f32, !llvm.ptr<3>
      }
      scf.if %v1152 {
        %v1534 = llvm.getelementptr %v7[%v1162] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1164, %v1534 : f32, !llvm.ptr<3>
      }
      scf.if %v1166 {
        %v1535 = llvm.getelementptr %v7[%v1176] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1178, %v1535 : f32, !llvm.ptr<3>
      }
      scf.if %v1180 {
        %v1536 = llvm.getelementptr %v7[%v1190] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1192, %v1536 : f32, !llvm.ptr<3>
      }
      scf.if %v1194 {
        %v1537 = llvm.getelementptr %v7[%v1204] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1206, %v1537 : f32, !llvm.ptr<3>
      }
      scf.if %v1208 {
        %v1538 = llvm.getelementptr %v7[%v1218] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1220, %v1538 : f32, !llvm.ptr<3>
      }
      scf.if %v1222 {
        %v1539 = llvm.getelementptr %v7[%v1232] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1234, %v1539 : f32, !llvm.ptr<3>
      }
      scf.if %v1236 {
        %v1540 = llvm.getelementptr %v7[%v1246] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1248, %v1540 : f32, !llvm.ptr<3>
      }
      scf.if %v1250 {
        %v1541 = llvm.getelementptr %v7[%v1260] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1262, %v1541 : f32, !llvm.ptr<3>
      }
      scf.if %v1264 {
        %v1542 = llvm.getelementptr %v7[%v1274] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1276, %v1542 : f32, !llvm.ptr<3>
      }
      scf.if %v1278 {
        %v1543 = llvm.getelementptr %v7[%v1288] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1290, %v1543 : f32, !llvm.ptr<3>
      }
      scf.if %v1292 {
        %v1544 = llvm.getelementptr %v7[%v1302] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1304, %v1544 : f32, !llvm.ptr<3>
      }
      scf.if %v1306 {
        %v1545 = llvm.getelementptr %v7[%v1316] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1318, %v1545 : f32, !llvm.ptr<3>
      }
      scf.if %v1320 {
        %v1546 = llvm.getelementptr %v7[%v1330] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1332, %v1546 : f32, !llvm.ptr<3>
      }
      scf.if %v1334 {
        %v1547 = llvm.getelementptr %v7[%v1344] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1346, %v1547 : f32, !llvm.ptr<3>
      }
      scf.if %v1348 {
        %v1548 = llvm.getelementptr %v7[%v1358] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1360, %v1548 : f32, !llvm.ptr<3>
      }
      scf.if %v1362 {
        %v1549 = llvm.getelementptr %v7[%v1372] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1374, %v1549 : f32, !llvm.ptr<3>
      }
      scf.if %v1376 {
        %v1550 = llvm.getelementptr %v7[%v1386] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1388, %v1550 : f32, !llvm.ptr<3>
      }
      scf.if %v1390 {
        %v1551 = llvm.getelementptr %v7[%v1400] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1402, %v1551 : f32, !llvm.ptr<3>
      }
      scf.if %v1404 {
        %v1552 = llvm.getelementptr %v7[%v1414] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1416, %v1552 : f32, !llvm.ptr<3>
      }
      scf.if %v1418 {
        %v1553 = llvm.getelementptr %v7[%v1428] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1430, %v1553 : f32, !llvm.ptr<3>
      }
      scf.if %v1432 {
        %v1554 = llvm.getelementptr %v7[%v1442] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1444, %v1554 : f32, !llvm.ptr<3>
      }
      scf.if %v1446 {
        %v1555 = llvm.getelementptr %v7[%v1456] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1458, %v1555 : f32, !llvm.ptr<3>
      }
      scf.if %v1460 {
        %v1556 = llvm.getelementptr %v7[%v1470] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1472, %v1556 : f32, !llvm.ptr<3>
      }
      scf.if %v1474 {
        %v1557 = llvm.getelementptr %v7[%v1484] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1486, %v1557 : f32, !llvm.ptr<3>
      }
      scf.if %v1488 {
        %v1558 = llvm.getelementptr %v7[%v1498] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1500, %v1558 : f32, !llvm.ptr<3>
      }
      scf.if %v1502 {
        %v1559 = llvm.getelementptr %v7[%v1512] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1514, %v1559 : f32, !llvm.ptr<3>
      }
      scf.if %v1516 {
        %v1560 = llvm.getelementptr %v7[%v1526] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1528, %v1560 : f32, !llvm.ptr<3>
      }
      // end staged load of `theta`
      gpu.barrier
      %v1561 = arith.index_cast %v26 : i64 to index
      %v1562 = arith.index_cast %size_L : i64 to index
      %v1563 = arith.index_cast %v83 : i64 to index
      scf.for %v1564 = %v1561 to %v1562 step %v1563 {
        %v1565 = arith.index_cast %v1564 : index to i64
        // save the states at checkpoint steps (when given somewhere to save them)
        %v1566 = arith.remui %v1565, %v16 : i64
        %v1567 = arith.cmpi eq, %v1566, %v26 : i64
        %v1568 = arith.andi %v1567, %v19 : i1
        scf.if %v1568 {
          %v1569 = arith.divui %v1565, %v16 : i64
          %v1570 = llvm.mlir.zero : !llvm.ptr
          %v1571 = llvm.icmp "ne" %ckpt_h, %v1570 : !llvm.ptr
          scf.if %v1571 {
            %v1574 = arith.muli %v1569, %v1573 : i64
            %v1575 = llvm.load %v4 : !llvm.ptr -> f32
            %v1576 = arith.muli %v24, %v65 : i64
            %v1577 = arith.muli %v22, %v1 : i64
            %v1578 = arith.addi %v1576, %v1577 : i64
            %v1579 = arith.addi %v1574, %v1578 : i64
            %v1580 = llvm.getelementptr %ckpt_h[%v1579] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v1575, %v1580 : f32, !llvm.ptr
          }
          %v1581 = llvm.mlir.zero : !llvm.ptr
          %v1582 = llvm.icmp "ne" %ckpt_hp, %v1581 : !llvm.ptr
          scf.if %v1582 {
            %v1585 = arith.muli %v1569, %v1584 : i64
            %v1586 = llvm.load %v5 : !llvm.ptr -> f32
            %v1587 = arith.muli %v24, %v65 : i64
            %v1588 = arith.muli %v22, %v1 : i64
            %v1589 = arith.addi %v1587, %v1588 : i64
            %v1590 = arith.addi %v1585, %v1589 : i64
            %v1591 = llvm.getelementptr %ckpt_hp[%v1590] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v1586, %v1591 : f32, !llvm.ptr
          }
        }
        // end save
        %v1592 = arith.subi %size_L, %v1565 : i64
        %v1593 = arith.minsi %v1592, %v83 : i64
        %v1594 = arith.addi %v1565, %v83 : i64
        %v1595 = arith.divui %v14, %v83 : i64
        %v1596 = arith.remui %v14, %v83 : i64
        %v1597 = arith.addi %v1595, %v26 : i64
        %v1598 = arith.constant true
        %v1599 = arith.addi %v26, %v1597 : i64
        %v1600 = llvm.getelementptr %v6[%v1599] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1601 = llvm.load %v1600 : !llvm.ptr<3> -> i64
        %v1602 = arith.addi %v1594, %v1596 : i64
        %v1603 = arith.cmpi slt, %v1602, %size_L : i64
        %v1604 = arith.subi %size_L, %v1 : i64
        %v1605 = arith.minsi %v1602, %v1604 : i64
        %v1606 = arith.addi %v1601, %v1605 : i64
        %v1607 = arith.muli %v1599, %v96 : i64
        %v1608 = arith.addi %v1607, %v1596 : i64
        %v1609 = llvm.getelementptr %in_x[%v1606] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1610 = llvm.load %v1609 : !llvm.ptr -> f32
        %v1611 = arith.addi %v1595, %v50 : i64
        %v1612 = arith.constant true
        %v1613 = arith.addi %v26, %v1611 : i64
        %v1614 = llvm.getelementptr %v6[%v1613] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1615 = llvm.load %v1614 : !llvm.ptr<3> -> i64
        %v1616 = arith.addi %v1594, %v1596 : i64
        %v1617 = arith.cmpi slt, %v1616, %size_L : i64
        %v1618 = arith.subi %size_L, %v1 : i64
        %v1619 = arith.minsi %v1616, %v1618 : i64
        %v1620 = arith.addi %v1615, %v1619 : i64
        %v1621 = arith.muli %v1613, %v96 : i64
        %v1622 = arith.addi %v1621, %v1596 : i64
        %v1623 = llvm.getelementptr %in_x[%v1620] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1624 = llvm.load %v1623 : !llvm.ptr -> f32
        %v1625 = arith.addi %v1595, %v115 : i64
        %v1626 = arith.constant true
        %v1627 = arith.addi %v26, %v1625 : i64
        %v1628 = llvm.getelementptr %v6[%v1627] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1629 = llvm.load %v1628 : !llvm.ptr<3> -> i64
        %v1630 = arith.addi %v1594, %v1596 : i64
        %v1631 = arith.cmpi slt, %v1630, %size_L : i64
        %v1632 = arith.subi %size_L, %v1 : i64
        %v1633 = arith.minsi %v1630, %v1632 : i64
        %v1634 = arith.addi %v1629, %v1633 : i64
        %v1635 = arith.muli %v1627, %v96 : i64
        %v1636 = arith.addi %v1635, %v1596 : i64
        %v1637 = llvm.getelementptr %in_x[%v1634] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1638 = llvm.load %v1637 : !llvm.ptr -> f32
        %v1639 = arith.addi %v1595, %v130 : i64
        %v1640 = arith.constant true
        %v1641 = arith.addi %v26, %v1639 : i64
        %v1642 = llvm.getelementptr %v6[%v1641] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1643 = llvm.load %v1642 : !llvm.ptr<3> -> i64
        %v1644 = arith.addi %v1594, %v1596 : i64
        %v1645 = arith.cmpi slt, %v1644, %size_L : i64
        %v1646 = arith.subi %size_L, %v1 : i64
        %v1647 = arith.minsi %v1644, %v1646 : i64
        %v1648 = arith.addi %v1643, %v1647 : i64
        %v1649 = arith.muli %v1641, %v96 : i64
        %v1650 = arith.addi %v1649, %v1596 : i64
        %v1651 = llvm.getelementptr %in_x[%v1648] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1652 = llvm.load %v1651 : !llvm.ptr -> f32
        %v1653 = arith.addi %v1595, %v145 : i64
        %v1654 = arith.constant true
        %v1655 = arith.addi %v26, %v1653 : i64
        %v1656 = llvm.getelementptr %v6[%v1655] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1657 = llvm.load %v1656 : !llvm.ptr<3> -> i64
        %v1658 = arith.addi %v1594, %v1596 : i64
        %v1659 = arith.cmpi slt, %v1658, %size_L : i64
        %v1660 = arith.subi %size_L, %v1 : i64
        %v1661 = arith.minsi %v1658, %v1660 : i64
        %v1662 = arith.addi %v1657, %v1661 : i64
        %v1663 = arith.muli %v1655, %v96 : i64
        %v1664 = arith.addi %v1663, %v1596 : i64
        %v1665 = llvm.getelementptr %in_x[%v1662] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1666 = llvm.load %v1665 : !llvm.ptr -> f32
        %v1667 = arith.addi %v1595, %v160 : i64
        %v1668 = arith.constant true
        %v1669 = arith.addi %v26, %v1667 : i64
        %v1670 = llvm.getelementptr %v6[%v1669] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1671 = llvm.load %v1670 : !llvm.ptr<3> -> i64
        %v1672 = arith.addi %v1594, %v1596 : i64
        %v1673 = arith.cmpi slt, %v1672, %size_L : i64
        %v1674 = arith.subi %size_L, %v1 : i64
        %v1675 = arith.minsi %v1672, %v1674 : i64
        %v1676 = arith.addi %v1671, %v1675 : i64
        %v1677 = arith.muli %v1669, %v96 : i64
        %v1678 = arith.addi %v1677, %v1596 : i64
        %v1679 = llvm.getelementptr %in_x[%v1676] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1680 = llvm.load %v1679 : !llvm.ptr -> f32
        %v1681 = arith.addi %v1595, %v175 : i64
        %v1682 = arith.constant true
        %v1683 = arith.addi %v26, %v1681 : i64
        %v1684 = llvm.getelementptr %v6[%v1683] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1685 = llvm.load %v1684 : !llvm.ptr<3> -> i64
        %v1686 = arith.addi %v1594, %v1596 : i64
        %v1687 = arith.cmpi slt, %v1686, %size_L : i64
        %v1688 = arith.subi %size_L, %v1 : i64
        %v1689 = arith.minsi %v1686, %v1688 : i64
        %v1690 = arith.addi %v1685, %v1689 : i64
        %v1691 = arith.muli %v1683, %v96 : i64
        %v1692 = arith.addi %v1691, %v1596 : i64
        %v1693 = llvm.getelementptr %in_x[%v1690] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1694 = llvm.load %v1693 : !llvm.ptr -> f32
        %v1695 = arith.addi %v1595, %v190 : i64
        %v1696 = arith.constant true
        %v1697 = arith.addi %v26, %v1695 : i64
        %v1698 = llvm.getelementptr %v6[%v1697] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1699 = llvm.load %v1698 : !llvm.ptr<3> -> i64
        %v1700 = arith.addi %v1594, %v1596 : i64
        %v1701 = arith.cmpi slt, %v1700, %size_L : i64
        %v1702 = arith.subi %size_L, %v1 : i64
        %v1703 = arith.minsi %v1700, %v1702 : i64
        %v1704 = arith.addi %v1699, %v1703 : i64
        %v1705 = arith.muli %v1697, %v96 : i64
        %v1706 = arith.addi %v1705, %v1596 : i64
        %v1707 = llvm.getelementptr %in_x[%v1704] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1708 = llvm.load %v1707 : !llvm.ptr -> f32
        %v1709 = arith.addi %v1595, %v205 : i64
        %v1710 = arith.constant true
        %v1711 = arith.addi %v26, %v1709 : i64
        %v1712 = llvm.getelementptr %v6[%v1711] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1713 = llvm.load %v1712 : !llvm.ptr<3> -> i64
        %v1714 = arith.addi %v1594, %v1596 : i64
        %v1715 = arith.cmpi slt, %v1714, %size_L : i64
        %v1716 = arith.subi %size_L, %v1 : i64
        %v1717 = arith.minsi %v1714, %v1716 : i64
        %v1718 = arith.addi %v1713, %v1717 : i64
        %v1719 = arith.muli %v1711, %v96 : i64
        %v1720 = arith.addi %v1719, %v1596 : i64
        %v1721 = llvm.getelementptr %in_x[%v1718] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1722 = llvm.load %v1721 : !llvm.ptr -> f32
        %v1723 = arith.addi %v1595, %v220 : i64
        %v1724 = arith.constant true
        %v1725 = arith.addi %v26, %v1723 : i64
        %v1726 = llvm.getelementptr %v6[%v1725] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1727 = llvm.load %v1726 : !llvm.ptr<3> -> i64
        %v1728 = arith.addi %v1594, %v1596 : i64
        %v1729 = arith.cmpi slt, %v1728, %size_L : i64
        %v1730 = arith.subi %size_L, %v1 : i64
        %v1731 = arith.minsi %v1728, %v1730 : i64
        %v1732 = arith.addi %v1727, %v1731 : i64
        %v1733 = arith.muli %v1725, %v96 : i64
        %v1734 = arith.addi %v1733, %v1596 : i64
        %v1735 = llvm.getelementptr %in_x[%v1732] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1736 = llvm.load %v1735 : !llvm.ptr -> f32
        %v1737 = arith.addi %v1595, %v235 : i64
        %v1738 = arith.constant true
        %v1739 = arith.addi %v26, %v1737 : i64
        %v1740 = llvm.getelementptr %v6[%v1739] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1741 = llvm.load %v1740 : !llvm.ptr<3> -> i64
        %v1742 = arith.addi %v1594, %v1596 : i64
        %v1743 = arith.cmpi slt, %v1742, %size_L : i64
        %v1744 = arith.subi %size_L, %v1 : i64
        %v1745 = arith.minsi %v1742, %v1744 : i64
        %v1746 = arith.addi %v1741, %v1745 : i64
        %v1747 = arith.muli %v1739, %v96 : i64
        %v1748 = arith.addi %v1747, %v1596 : i64
        %v1749 = llvm.getelementptr %in_x[%v1746] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1750 = llvm.load %v1749 : !llvm.ptr -> f32
        %v1751 = arith.addi %v1595, %v250 : i64
        %v1752 = arith.constant true
        %v1753 = arith.addi %v26, %v1751 : i64
        %v1754 = llvm.getelementptr %v6[%v1753] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1755 = llvm.load %v1754 : !llvm.ptr<3> -> i64
        %v1756 = arith.addi %v1594, %v1596 : i64
        %v1757 = arith.cmpi slt, %v1756, %size_L : i64
        %v1758 = arith.subi %size_L, %v1 : i64
        %v1759 = arith.minsi %v1756, %v1758 : i64
        %v1760 = arith.addi %v1755, %v1759 : i64
        %v1761 = arith.muli %v1753, %v96 : i64
        %v1762 = arith.addi %v1761, %v1596 : i64
        %v1763 = llvm.getelementptr %in_x[%v1760] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1764 = llvm.load %v1763 : !llvm.ptr -> f32
        %v1765 = arith.addi %v1595, %v265 : i64
        %v1766 = arith.constant true
        %v1767 = arith.addi %v26, %v1765 : i64
        %v1768 = llvm.getelementptr %v6[%v1767] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1769 = llvm.load %v1768 : !llvm.ptr<3> -> i64
        %v1770 = arith.addi %v1594, %v1596 : i64
        %v1771 = arith.cmpi slt, %v1770, %size_L : i64
        %v1772 = arith.subi %size_L, %v1 : i64
        %v1773 = arith.minsi %v1770, %v1772 : i64
        %v1774 = arith.addi %v1769, %v1773 : i64
        %v1775 = arith.muli %v1767, %v96 : i64
        %v1776 = arith.addi %v1775, %v1596 : i64
        %v1777 = llvm.getelementptr %in_x[%v1774] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1778 = llvm.load %v1777 : !llvm.ptr -> f32
        %v1779 = arith.addi %v1595, %v280 : i64
        %v1780 = arith.constant true
        %v1781 = arith.addi %v26, %v1779 : i64
        %v1782 = llvm.getelementptr %v6[%v1781] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1783 = llvm.load %v1782 : !llvm.ptr<3> -> i64
        %v1784 = arith.addi %v1594, %v1596 : i64
        %v1785 = arith.cmpi slt, %v1784, %size_L : i64
        %v1786 = arith.subi %size_L, %v1 : i64
        %v1787 = arith.minsi %v1784, %v1786 : i64
        %v1788 = arith.addi %v1783, %v1787 : i64
        %v1789 = arith.muli %v1781, %v96 : i64
        %v1790 = arith.addi %v1789, %v1596 : i64
        %v1791 = llvm.getelementptr %in_x[%v1788] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1792 = llvm.load %v1791 : !llvm.ptr -> f32
        %v1793 = arith.addi %v1595, %v295 : i64
        %v1794 = arith.constant true
        %v1795 = arith.addi %v26, %v1793 : i64
        %v1796 = llvm.getelementptr %v6[%v1795] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1797 = llvm.load %v1796 : !llvm.ptr<3> -> i64
        %v1798 = arith.addi %v1594, %v1596 : i64
        %v1799 = arith.cmpi slt, %v1798, %size_L : i64
        %v1800 = arith.subi %size_L, %v1 : i64
        %v1801 = arith.minsi %v1798, %v1800 : i64
        %v1802 = arith.addi %v1797, %v1801 : i64
        %v1803 = arith.muli %v1795, %v96 : i64
        %v1804 = arith.addi %v1803, %v1596 : i64
        %v1805 = llvm.getelementptr %in_x[%v1802] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1806 = llvm.load %v1805 : !llvm.ptr -> f32
        %v1807 = arith.addi %v1595, %v310 : i64
        %v1808 = arith.constant true
        %v1809 = arith.addi %v26, %v1807 : i64
        %v1810 = llvm.getelementptr %v6[%v1809] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1811 = llvm.load %v1810 : !llvm.ptr<3> -> i64
        %v1812 = arith.addi %v1594, %v1596 : i64
        %v1813 = arith.cmpi slt, %v1812, %size_L : i64
        %v1814 = arith.subi %size_L, %v1 : i64
        %v1815 = arith.minsi %v1812, %v1814 : i64
        %v1816 = arith.addi %v1811, %v1815 : i64
        %v1817 = arith.muli %v1809, %v96 : i64
        %v1818 = arith.addi %v1817, %v1596 : i64
        %v1819 = llvm.getelementptr %in_x[%v1816] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1820 = llvm.load %v1819 : !llvm.ptr -> f32
        %v1821 = arith.addi %v1595, %v83 : i64
        %v1822 = arith.constant true
        %v1823 = arith.addi %v26, %v1821 : i64
        %v1824 = llvm.getelementptr %v6[%v1823] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1825 = llvm.load %v1824 : !llvm.ptr<3> -> i64
        %v1826 = arith.addi %v1594, %v1596 : i64
        %v1827 = arith.cmpi slt, %v1826, %size_L : i64
        %v1828 = arith.subi %size_L, %v1 : i64
        %v1829 = arith.minsi %v1826, %v1828 : i64
        %v1830 = arith.addi %v1825, %v1829 : i64
        %v1831 = arith.muli %v1823, %v96 : i64
        %v1832 = arith.addi %v1831, %v1596 : i64
        %v1833 = llvm.getelementptr %in_x[%v1830] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1834 = llvm.load %v1833 : !llvm.ptr -> f32
        %v1835 = arith.addi %v1595, %v339 : i64
        %v1836 = arith.constant true
        %v1837 = arith.addi %v26, %v1835 : i64
        %v1838 = llvm.getelementptr %v6[%v1837] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1839 = llvm.load %v1838 : !llvm.ptr<3> -> i64
        %v1840 = arith.addi %v1594, %v1596 : i64
        %v1841 = arith.cmpi slt, %v1840, %size_L : i64
        %v1842 = arith.subi %size_L, %v1 : i64
        %v1843 = arith.minsi %v1840, %v1842 : i64
        %v1844 = arith.addi %v1839, %v1843 : i64
        %v1845 = arith.muli %v1837, %v96 : i64
        %v1846 = arith.addi %v1845, %v1596 : i64
        %v1847 = llvm.getelementptr %in_x[%v1844] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1848 = llvm.load %v1847 : !llvm.ptr -> f32
        %v1849 = arith.addi %v1595, %v354 : i64
        %v1850 = arith.constant true
        %v1851 = arith.addi %v26, %v1849 : i64
        %v1852 = llvm.getelementptr %v6[%v1851] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1853 = llvm.load %v1852 : !llvm.ptr<3> -> i64
        %v1854 = arith.addi %v1594, %v1596 : i64
        %v1855 = arith.cmpi slt, %v1854, %size_L : i64
        %v1856 = arith.subi %size_L, %v1 : i64
        %v1857 = arith.minsi %v1854, %v1856 : i64
        %v1858 = arith.addi %v1853, %v1857 : i64
        %v1859 = arith.muli %v1851, %v96 : i64
        %v1860 = arith.addi %v1859, %v1596 : i64
        %v1861 = llvm.getelementptr %in_x[%v1858] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1862 = llvm.load %v1861 : !llvm.ptr -> f32
        %v1863 = arith.addi %v1595, %v369 : i64
        %v1864 = arith.constant true
        %v1865 = arith.addi %v26, %v1863 : i64
        %v1866 = llvm.getelementptr %v6[%v1865] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1867 = llvm.load %v1866 : !llvm.ptr<3> -> i64
        %v1868 = arith.addi %v1594, %v1596 : i64
        %v1869 = arith.cmpi slt, %v1868, %size_L : i64
        %v1870 = arith.subi %size_L, %v1 : i64
        %v1871 = arith.minsi %v1868, %v1870 : i64
        %v1872 = arith.addi %v1867, %v1871 : i64
        %v1873 = arith.muli %v1865, %v96 : i64
        %v1874 = arith.addi %v1873, %v1596 : i64
        %v1875 = llvm.getelementptr %in_x[%v1872] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1876 = llvm.load %v1875 : !llvm.ptr -> f32
        %v1877 = arith.addi %v1595, %v384 : i64
        %v1878 = arith.constant true
        %v1879 = arith.addi %v26, %v1877 : i64
        %v1880 = llvm.getelementptr %v6[%v1879] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1881 = llvm.load %v1880 : !llvm.ptr<3> -> i64
        %v1882 = arith.addi %v1594, %v1596 : i64
        %v1883 = arith.cmpi slt, %v1882, %size_L : i64
        %v1884 = arith.subi %size_L, %v1 : i64
        %v1885 = arith.minsi %v1882, %v1884 : i64
        %v1886 = arith.addi %v1881, %v1885 : i64
        %v1887 = arith.muli %v1879, %v96 : i64
        %v1888 = arith.addi %v1887, %v1596 : i64
        %v1889 = llvm.getelementptr %in_x[%v1886] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1890 = llvm.load %v1889 : !llvm.ptr -> f32
        %v1891 = arith.addi %v1595, %v399 : i64
        %v1892 = arith.constant true
        %v1893 = arith.addi %v26, %v1891 : i64
        %v1894 = llvm.getelementptr %v6[%v1893] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1895 = llvm.load %v1894 : !llvm.ptr<3> -> i64
        %v1896 = arith.addi %v1594, %v1596 : i64
        %v1897 = arith.cmpi slt, %v1896, %size_L : i64
        %v1898 = arith.subi %size_L, %v1 : i64
        %v1899 = arith.minsi %v1896, %v1898 : i64
        %v1900 = arith.addi %v1895, %v1899 : i64
        %v1901 = arith.muli %v1893, %v96 : i64
        %v1902 = arith.addi %v1901, %v1596 : i64
        %v1903 = llvm.getelementptr %in_x[%v1900] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1904 = llvm.load %v1903 : !llvm.ptr -> f32
        %v1905 = arith.addi %v1595, %v414 : i64
        %v1906 = arith.constant true
        %v1907 = arith.addi %v26, %v1905 : i64
        %v1908 = llvm.getelementptr %v6[%v1907] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1909 = llvm.load %v1908 : !llvm.ptr<3> -> i64
        %v1910 = arith.addi %v1594, %v1596 : i64
        %v1911 = arith.cmpi slt, %v1910, %size_L : i64
        %v1912 = arith.subi %size_L, %v1 : i64
        %v1913 = arith.minsi %v1910, %v1912 : i64
        %v1914 = arith.addi %v1909, %v1913 : i64
        %v1915 = arith.muli %v1907, %v96 : i64
        %v1916 = arith.addi %v1915, %v1596 : i64
        %v1917 = llvm.getelementptr %in_x[%v1914] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1918 = llvm.load %v1917 : !llvm.ptr -> f32
        %v1919 = arith.addi %v1595, %v429 : i64
        %v1920 = arith.constant true
        %v1921 = arith.addi %v26, %v1919 : i64
        %v1922 = llvm.getelementptr %v6[%v1921] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1923 = llvm.load %v1922 : !llvm.ptr<3> -> i64
        %v1924 = arith.addi %v1594, %v1596 : i64
        %v1925 = arith.cmpi slt, %v1924, %size_L : i64
        %v1926 = arith.subi %size_L, %v1 : i64
        %v1927 = arith.minsi %v1924, %v1926 : i64
        %v1928 = arith.addi %v1923, %v1927 : i64
        %v1929 = arith.muli %v1921, %v96 : i64
        %v1930 = arith.addi %v1929, %v1596 : i64
        %v1931 = llvm.getelementptr %in_x[%v1928] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1932 = llvm.load %v1931 : !llvm.ptr -> f32
        %v1933 = arith.addi %v1595, %v444 : i64
        %v1934 = arith.constant true
        %v1935 = arith.addi %v26, %v1933 : i64
        %v1936 = llvm.getelementptr %v6[%v1935] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1937 = llvm.load %v1936 : !llvm.ptr<3> -> i64
        %v1938 = arith.addi %v1594, %v1596 : i64
        %v1939 = arith.cmpi slt, %v1938, %size_L : i64
        %v1940 = arith.subi %size_L, %v1 : i64
        %v1941 = arith.minsi %v1938, %v1940 : i64
        %v1942 = arith.addi %v1937, %v1941 : i64
        %v1943 = arith.muli %v1935, %v96 : i64
        %v1944 = arith.addi %v1943, %v1596 : i64
        %v1945 = llvm.getelementptr %in_x[%v1942] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1946 = llvm.load %v1945 : !llvm.ptr -> f32
        %v1947 = arith.addi %v1595, %v459 : i64
        %v1948 = arith.constant true
        %v1949 = arith.addi %v26, %v1947 : i64
        %v1950 = llvm.getelementptr %v6[%v1949] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1951 = llvm.load %v1950 : !llvm.ptr<3> -> i64
        %v1952 = arith.addi %v1594, %v1596 : i64
        %v1953 = arith.cmpi slt, %v1952, %size_L : i64
        %v1954 = arith.subi %size_L, %v1 : i64
        %v1955 = arith.minsi %v1952, %v1954 : i64
        %v1956 = arith.addi %v1951, %v1955 : i64
        %v1957 = arith.muli %v1949, %v96 : i64
        %v1958 = arith.addi %v1957, %v1596 : i64
        %v1959 = llvm.getelementptr %in_x[%v1956] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1960 = llvm.load %v1959 : !llvm.ptr -> f32
        %v1961 = arith.addi %v1595, %v474 : i64
        %v1962 = arith.constant true
        %v1963 = arith.addi %v26, %v1961 : i64
        %v1964 = llvm.getelementptr %v6[%v1963] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1965 = llvm.load %v1964 : !llvm.ptr<3> -> i64
        %v1966 = arith.addi %v1594, %v1596 : i64
        %v1967 = arith.cmpi slt, %v1966, %size_L : i64
        %v1968 = arith.subi %size_L, %v1 : i64
        %v1969 = arith.minsi %v1966, %v1968 : i64
        %v1970 = arith.addi %v1965, %v1969 : i64
        %v1971 = arith.muli %v1963, %v96 : i64
        %v1972 = arith.addi %v1971, %v1596 : i64
        %v1973 = llvm.getelementptr %in_x[%v1970] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1974 = llvm.load %v1973 : !llvm.ptr -> f32
        %v1975 = arith.addi %v1595, %v489 : i64
        %v1976 = arith.constant true
        %v1977 = arith.addi %v26, %v1975 : i64
        %v1978 = llvm.getelementptr %v6[%v1977] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1979 = llvm.load %v1978 : !llvm.ptr<3> -> i64
        %v1980 = arith.addi %v1594, %v1596 : i64
        %v1981 = arith.cmpi slt, %v1980, %size_L : i64
        %v1982 = arith.subi %size_L, %v1 : i64
        %v1983 = arith.minsi %v1980, %v1982 : i64
        %v1984 = arith.addi %v1979, %v1983 : i64
        %v1985 = arith.muli %v1977, %v96 : i64
        %v1986 = arith.addi %v1985, %v1596 : i64
        %v1987 = llvm.getelementptr %in_x[%v1984] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1988 = llvm.load %v1987 : !llvm.ptr -> f32
        %v1989 = arith.addi %v1595, %v504 : i64
        %v1990 = arith.constant true
        %v1991 = arith.addi %v26, %v1989 : i64
        %v1992 = llvm.getelementptr %v6[%v1991] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1993 = llvm.load %v1992 : !llvm.ptr<3> -> i64
        %v1994 = arith.addi %v1594, %v1596 : i64
        %v1995 = arith.cmpi slt, %v1994, %size_L : i64
        %v1996 = arith.subi %size_L, %v1 : i64
        %v1997 = arith.minsi %v1994, %v1996 : i64
        %v1998 = arith.addi %v1993, %v1997 : i64
        %v1999 = arith.muli %v1991, %v96 : i64
        %v2000 = arith.addi %v1999, %v1596 : i64
        %v2001 = llvm.getelementptr %in_x[%v1998] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2002 = llvm.load %v2001 : !llvm.ptr -> f32
        %v2003 = arith.addi %v1595, %v519 : i64
        %v2004 = arith.constant true
        %v2005 = arith.addi %v26, %v2003 : i64
        %v2006 = llvm.getelementptr %v6[%v2005] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2007 = llvm.load %v2006 : !llvm.ptr<3> -> i64
        %v2008 = arith.addi %v1594, %v1596 : i64
        %v2009 = arith.cmpi slt, %v2008, %size_L : i64
        %v2010 = arith.subi %size_L, %v1 : i64
        %v2011 = arith.minsi %v2008, %v2010 : i64
        %v2012 = arith.addi %v2007, %v2011 : i64
        %v2013 = arith.muli %v2005, %v96 : i64
        %v2014 = arith.addi %v2013, %v1596 : i64
        %v2015 = llvm.getelementptr %in_x[%v2012] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2016 = llvm.load %v2015 : !llvm.ptr -> f32
        %v2017 = arith.addi %v1595, %v534 : i64
        %v2018 = arith.constant true
        %v2019 = arith.addi %v26, %v2017 : i64
        %v2020 = llvm.getelementptr %v6[%v2019] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2021 = llvm.load %v2020 : !llvm.ptr<3> -> i64
        %v2022 = arith.addi %v1594, %v1596 : i64
        %v2023 = arith.cmpi slt, %v2022, %size_L : i64
        %v2024 = arith.subi %size_L, %v1 : i64
        %v2025 = arith.minsi %v2022, %v2024 : i64
        %v2026 = arith.addi %v2021, %v2025 : i64
        %v2027 = arith.muli %v2019, %v96 : i64
        %v2028 = arith.addi %v2027, %v1596 : i64
        %v2029 = llvm.getelementptr %in_x[%v2026] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2030 = llvm.load %v2029 : !llvm.ptr -> f32
        %v2031 = arith.addi %v1595, %v549 : i64
        %v2032 = arith.constant true
        %v2033 = arith.addi %v26, %v2031 : i64
        %v2034 = llvm.getelementptr %v6[%v2033] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2035 = llvm.load %v2034 : !llvm.ptr<3> -> i64
        %v2036 = arith.addi %v1594, %v1596 : i64
        %v2037 = arith.cmpi slt, %v2036, %size_L : i64
        %v2038 = arith.subi %size_L, %v1 : i64
        %v2039 = arith.minsi %v2036, %v2038 : i64
        %v2040 = arith.addi %v2035, %v2039 : i64
        %v2041 = arith.muli %v2033, %v96 : i64
        %v2042 = arith.addi %v2041, %v1596 : i64
        %v2043 = llvm.getelementptr %in_x[%v2040] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2044 = llvm.load %v2043 : !llvm.ptr -> f32
        %v2045 = arith.divui %v14, %v83 : i64
        %v2046 = arith.remui %v14, %v83 : i64
        %v2047 = arith.addi %v2045, %v26 : i64
        %v2048 = arith.constant true
        %v2049 = arith.addi %v16, %v2047 : i64
        %v2050 = llvm.getelementptr %v6[%v2049] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2051 = llvm.load %v2050 : !llvm.ptr<3> -> i64
        %v2052 = arith.addi %v1594, %v2046 : i64
        %v2053 = arith.cmpi slt, %v2052, %size_L : i64
        %v2054 = arith.subi %size_L, %v1 : i64
        %v2055 = arith.minsi %v2052, %v2054 : i64
        %v2056 = arith.addi %v2051, %v2055 : i64
        %v2057 = arith.muli %v2049, %v96 : i64
        %v2058 = arith.addi %v2057, %v2046 : i64
        %v2059 = llvm.getelementptr %in_rho[%v2056] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2060 = llvm.load %v2059 : !llvm.ptr -> f32
        %v2061 = arith.addi %v2045, %v50 : i64
        %v2062 = arith.constant true
        %v2063 = arith.addi %v16, %v2061 : i64
        %v2064 = llvm.getelementptr %v6[%v2063] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2065 = llvm.load %v2064 : !llvm.ptr<3> -> i64
        %v2066 = arith.addi %v1594, %v2046 : i64
        %v2067 = arith.cmpi slt, %v2066, %size_L : i64
        %v2068 = arith.subi %size_L, %v1 : i64
        %v2069 = arith.minsi %v2066, %v2068 : i64
        %v2070 = arith.addi %v2065, %v2069 : i64
        %v2071 = arith.muli %v2063, %v96 : i64
        %v2072 = arith.addi %v2071, %v2046 : i64
        %v2073 = llvm.getelementptr %in_rho[%v2070] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2074 = llvm.load %v2073 : !llvm.ptr -> f32
        %v2075 = arith.addi %v2045, %v115 : i64
        %v2076 = arith.constant true
        %v2077 = arith.addi %v16, %v2075 : i64
        %v2078 = llvm.getelementptr %v6[%v2077] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2079 = llvm.load %v2078 : !llvm.ptr<3> -> i64
        %v2080 = arith.addi %v1594, %v2046 : i64
        %v2081 = arith.cmpi slt, %v2080, %size_L : i64
        %v2082 = arith.subi %size_L, %v1 : i64
        %v2083 = arith.minsi %v2080, %v2082 : i64
        %v2084 = arith.addi %v2079, %v2083 : i64
        %v2085 = arith.muli %v2077, %v96 : i64
        %v2086 = arith.addi %v2085, %v2046 : i64
        %v2087 = llvm.getelementptr %in_rho[%v2084] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2088 = llvm.load %v2087 : !llvm.ptr -> f32
        %v2089 = arith.addi %v2045, %v130 : i64
        %v2090 = arith.constant true
        %v2091 = arith.addi %v16, %v2089 : i64
        %v2092 = llvm.getelementptr %v6[%v2091] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2093 = llvm.load %v2092 : !llvm.ptr<3> -> i64
        %v2094 = arith.addi %v1594, %v2046 : i64
        %v2095 = arith.cmpi slt, %v2094, %size_L : i64
        %v2096 = arith.subi %size_L, %v1 : i64
        %v2097 = arith.minsi %v2094, %v2096 : i64
        %v2098 = arith.addi %v2093, %v2097 : i64
        %v2099 = arith.muli %v2091, %v96 : i64
        %v2100 = arith.addi %v2099, %v2046 : i64
        %v2101 = llvm.getelementptr %in_rho[%v2098] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2102 = llvm.load %v2101 : !llvm.ptr -> f32
        %v2103 = arith.addi %v2045, %v145 : i64
        %v2104 = arith.constant true
        %v2105 = arith.addi %v16, %v2103 : i64
        %v2106 = llvm.getelementptr %v6[%v2105] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2107 = llvm.load %v2106 : !llvm.ptr<3> -> i64
        %v2108 = arith.addi %v1594, %v2046 : i64
        %v2109 = arith.cmpi slt, %v2108, %size_L : i64
        %v2110 = arith.subi %size_L, %v1 : i64
        %v2111 = arith.minsi %v2108, %v2110 : i64
        %v2112 = arith.addi %v2107, %v2111 : i64
        %v2113 = arith.muli %v2105, %v96 : i64
        %v2114 = arith.addi %v2113, %v2046 : i64
        %v2115 = llvm.getelementptr %in_rho[%v2112] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2116 = llvm.load %v2115 : !llvm.ptr -> f32
        %v2117 = arith.addi %v2045, %v160 : i64
        %v2118 = arith.constant true
        %v2119 = arith.addi %v16, %v2117 : i64
        %v2120 = llvm.getelementptr %v6[%v2119] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2121 = llvm.load %v2120 : !llvm.ptr<3> -> i64
        %v2122 = arith.addi %v1594, %v2046 : i64
        %v2123 = arith.cmpi slt, %v2122, %size_L : i64
        %v2124 = arith.subi %size_L, %v1 : i64
        %v2125 = arith.minsi %v2122, %v2124 : i64
        %v2126 = arith.addi %v2121, %v2125 : i64
        %v2127 = arith.muli %v2119, %v96 : i64
        %v2128 = arith.addi %v2127, %v2046 : i64
        %v2129 = llvm.getelementptr %in_rho[%v2126] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2130 = llvm.load %v2129 : !llvm.ptr -> f32
        %v2131 = arith.addi %v2045, %v175 : i64
        %v2132 = arith.constant true
        %v2133 = arith.addi %v16, %v2131 : i64
        %v2134 = llvm.getelementptr %v6[%v2133] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2135 = llvm.load %v2134 : !llvm.ptr<3> -> i64
        %v2136 = arith.addi %v1594, %v2046 : i64
        %v2137 = arith.cmpi slt, %v2136, %size_L : i64
        %v2138 = arith.subi %size_L, %v1 : i64
        %v2139 = arith.minsi %v2136, %v2138 : i64
        %v2140 = arith.addi %v2135, %v2139 : i64
        %v2141 = arith.muli %v2133, %v96 : i64
        %v2142 = arith.addi %v2141, %v2046 : i64
        %v2143 = llvm.getelementptr %in_rho[%v2140] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2144 = llvm.load %v2143 : !llvm.ptr -> f32
        %v2145 = arith.addi %v2045, %v190 : i64
        %v2146 = arith.constant true
        %v2147 = arith.addi %v16, %v2145 : i64
        %v2148 = llvm.getelementptr %v6[%v2147] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2149 = llvm.load %v2148 : !llvm.ptr<3> -> i64
        %v2150 = arith.addi %v1594, %v2046 : i64
        %v2151 = arith.cmpi slt, %v2150, %size_L : i64
        %v2152 = arith.subi %size_L, %v1 : i64
        %v2153 = arith.minsi %v2150, %v2152 : i64
        %v2154 = arith.addi %v2149, %v2153 : i64
        %v2155 = arith.muli %v2147, %v96 : i64
        %v2156 = arith.addi %v2155, %v2046 : i64
        %v2157 = llvm.getelementptr %in_rho[%v2154] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2158 = llvm.load %v2157 : !llvm.ptr -> f32
        %v2159 = arith.addi %v2045, %v205 : i64
        %v2160 = arith.constant true
        %v2161 = arith.addi %v16, %v2159 : i64
        %v2162 = llvm.getelementptr %v6[%v2161] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2163 = llvm.load %v2162 : !llvm.ptr<3> -> i64
        %v2164 = arith.addi %v1594, %v2046 : i64
        %v2165 = arith.cmpi slt, %v2164, %size_L : i64
        %v2166 = arith.subi %size_L, %v1 : i64
        %v2167 = arith.minsi %v2164, %v2166 : i64
        %v2168 = arith.addi %v2163, %v2167 : i64
        %v2169 = arith.muli %v2161, %v96 : i64
        %v2170 = arith.addi %v2169, %v2046 : i64
        %v2171 = llvm.getelementptr %in_rho[%v2168] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2172 = llvm.load %v2171 : !llvm.ptr -> f32
        %v2173 = arith.addi %v2045, %v220 : i64
        %v2174 = arith.constant true
        %v2175 = arith.addi %v16, %v2173 : i64
        %v2176 = llvm.getelementptr %v6[%v2175] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2177 = llvm.load %v2176 : !llvm.ptr<3> -> i64
        %v2178 = arith.addi %v1594, %v2046 : i64
        %v2179 = arith.cmpi slt, %v2178, %size_L : i64
        %v2180 = arith.subi %size_L, %v1 : i64
        %v2181 = arith.minsi %v2178, %v2180 : i64
        %v2182 = arith.addi %v2177, %v2181 : i64
        %v2183 = arith.muli %v2175, %v96 : i64
        %v2184 = arith.addi %v2183, %v2046 : i64
        %v2185 = llvm.getelementptr %in_rho[%v2182] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2186 = llvm.load %v2185 : !llvm.ptr -> f32
        %v2187 = arith.addi %v2045, %v235 : i64
        %v2188 = arith.constant true
        %v2189 = arith.addi %v16, %v2187 : i64
        %v2190 = llvm.getelementptr %v6[%v2189] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2191 = llvm.load %v2190 : !llvm.ptr<3> -> i64
        %v2192 = arith.addi %v1594, %v2046 : i64
        %v2193 = arith.cmpi slt, %v2192, %size_L : i64
        %v2194 = arith.subi %size_L, %v1 : i64
        %v2195 = arith.minsi %v2192, %v2194 : i64
        %v2196 = arith.addi %v2191, %v2195 : i64
        %v2197 = arith.muli %v2189, %v96 : i64
        %v2198 = arith.addi %v2197, %v2046 : i64
        %v2199 = llvm.getelementptr %in_rho[%v2196] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2200 = llvm.load %v2199 : !llvm.ptr -> f32
        %v2201 = arith.addi %v2045, %v250 : i64
        %v2202 = arith.constant true
        %v2203 = arith.addi %v16, %v2201 : i64
        %v2204 = llvm.getelementptr %v6[%v2203] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2205 = llvm.load %v2204 : !llvm.ptr<3> -> i64
        %v2206 = arith.addi %v1594, %v2046 : i64
        %v2207 = arith.cmpi slt, %v2206, %size_L : i64
        %v2208 = arith.subi %size_L, %v1 : i64
        %v2209 = arith.minsi %v2206, %v2208 : i64
        %v2210 = arith.addi %v2205, %v2209 : i64
        %v2211 = arith.muli %v2203, %v96 : i64
        %v2212 = arith.addi %v2211, %v2046 : i64
        %v2213 = llvm.getelementptr %in_rho[%v2210] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2214 = llvm.load %v2213 : !llvm.ptr -> f32
        %v2215 = arith.addi %v2045, %v265 : i64
        %v2216 = arith.constant true
        %v2217 = arith.addi %v16, %v2215 : i64
        %v2218 = llvm.getelementptr %v6[%v2217] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2219 = llvm.load %v2218 : !llvm.ptr<3> -> i64
        %v2220 = arith.addi %v1594, %v2046 : i64
        %v2221 = arith.cmpi slt, %v2220, %size_L : i64
        %v2222 = arith.subi %size_L, %v1 : i64
        %v2223 = arith.minsi %v2220, %v2222 : i64
        %v2224 = arith.addi %v2219, %v2223 : i64
        %v2225 = arith.muli %v2217, %v96 : i64
        %v2226 = arith.addi %v2225, %v2046 : i64
        %v2227 = llvm.getelementptr %in_rho[%v2224] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2228 = llvm.load %v2227 : !llvm.ptr -> f32
        %v2229 = arith.addi %v2045, %v280 : i64
        %v2230 = arith.constant true
        %v2231 = arith.addi %v16, %v2229 : i64
        %v2232 = llvm.getelementptr %v6[%v2231] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2233 = llvm.load %v2232 : !llvm.ptr<3> -> i64
        %v2234 = arith.addi %v1594, %v2046 : i64
        %v2235 = arith.cmpi slt, %v2234, %size_L : i64
        %v2236 = arith.subi %size_L, %v1 : i64
        %v2237 = arith.minsi %v2234, %v2236 : i64
        %v2238 = arith.addi %v2233, %v2237 : i64
        %v2239 = arith.muli %v2231, %v96 : i64
        %v2240 = arith.addi %v2239, %v2046 : i64
        %v2241 = llvm.getelementptr %in_rho[%v2238] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2242 = llvm.load %v2241 : !llvm.ptr -> f32
        %v2243 = arith.addi %v2045, %v295 : i64
        %v2244 = arith.constant true
        %v2245 = arith.addi %v16, %v2243 : i64
        %v2246 = llvm.getelementptr %v6[%v2245] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2247 = llvm.load %v2246 : !llvm.ptr<3> -> i64
        %v2248 = arith.addi %v1594, %v2046 : i64
        %v2249 = arith.cmpi slt, %v2248, %size_L : i64
        %v2250 = arith.subi %size_L, %v1 : i64
        %v2251 = arith.minsi %v2248, %v2250 : i64
        %v2252 = arith.addi %v2247, %v2251 : i64
        %v2253 = arith.muli %v2245, %v96 : i64
        %v2254 = arith.addi %v2253, %v2046 : i64
        %v2255 = llvm.getelementptr %in_rho[%v2252] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2256 = llvm.load %v2255 : !llvm.ptr -> f32
        %v2257 = arith.addi %v2045, %v310 : i64
        %v2258 = arith.constant true
        %v2259 = arith.addi %v16, %v2257 : i64
        %v2260 = llvm.getelementptr %v6[%v2259] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2261 = llvm.load %v2260 : !llvm.ptr<3> -> i64
        %v2262 = arith.addi %v1594, %v2046 : i64
        %v2263 = arith.cmpi slt, %v2262, %size_L : i64
        %v2264 = arith.subi %size_L, %v1 : i64
        %v2265 = arith.minsi %v2262, %v2264 : i64
        %v2266 = arith.addi %v2261, %v2265 : i64
        %v2267 = arith.muli %v2259, %v96 : i64
        %v2268 = arith.addi %v2267, %v2046 : i64
        %v2269 = llvm.getelementptr %in_rho[%v2266] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2270 = llvm.load %v2269 : !llvm.ptr -> f32
        %v2271 = arith.addi %v2045, %v83 : i64
        %v2272 = arith.constant true
        %v2273 = arith.addi %v16, %v2271 : i64
        %v2274 = llvm.getelementptr %v6[%v2273] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2275 = llvm.load %v2274 : !llvm.ptr<3> -> i64
        %v2276 = arith.addi %v1594, %v2046 : i64
        %v2277 = arith.cmpi slt, %v2276, %size_L : i64
        %v2278 = arith.subi %size_L, %v1 : i64
        %v2279 = arith.minsi %v2276, %v2278 : i64
        %v2280 = arith.addi %v2275, %v2279 : i64
        %v2281 = arith.muli %v2273, %v96 : i64
        %v2282 = arith.addi %v2281, %v2046 : i64
        %v2283 = llvm.getelementptr %in_rho[%v2280] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2284 = llvm.load %v2283 : !llvm.ptr -> f32
        %v2285 = arith.addi %v2045, %v339 : i64
        %v2286 = arith.constant true
        %v2287 = arith.addi %v16, %v2285 : i64
        %v2288 = llvm.getelementptr %v6[%v2287] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2289 = llvm.load %v2288 : !llvm.ptr<3> -> i64
        %v2290 = arith.addi %v1594, %v2046 : i64
        %v2291 = arith.cmpi slt, %v2290, %size_L : i64
        %v2292 = arith.subi %size_L, %v1 : i64
        %v2293 = arith.minsi %v2290, %v2292 : i64
        %v2294 = arith.addi %v2289, %v2293 : i64
        %v2295 = arith.muli %v2287, %v96 : i64
        %v2296 = arith.addi %v2295, %v2046 : i64
        %v2297 = llvm.getelementptr %in_rho[%v2294] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2298 = llvm.load %v2297 : !llvm.ptr -> f32
        %v2299 = arith.addi %v2045, %v354 : i64
        %v2300 = arith.constant true
        %v2301 = arith.addi %v16, %v2299 : i64
        %v2302 = llvm.getelementptr %v6[%v2301] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2303 = llvm.load %v2302 : !llvm.ptr<3> -> i64
        %v2304 = arith.addi %v1594, %v2046 : i64
        %v2305 = arith.cmpi slt, %v2304, %size_L : i64
        %v2306 = arith.subi %size_L, %v1 : i64
        %v2307 = arith.minsi %v2304, %v2306 : i64
        %v2308 = arith.addi %v2303, %v2307 : i64
        %v2309 = arith.muli %v2301, %v96 : i64
        %v2310 = arith.addi %v2309, %v2046 : i64
        %v2311 = llvm.getelementptr %in_rho[%v2308] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2312 = llvm.load %v2311 : !llvm.ptr -> f32
        %v2313 = arith.addi %v2045, %v369 : i64
        %v2314 = arith.constant true
        %v2315 = arith.addi %v16, %v2313 : i64
        %v2316 = llvm.getelementptr %v6[%v2315] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2317 = llvm.load %v2316 : !llvm.ptr<3> -> i64
        %v2318 = arith.addi %v1594, %v2046 : i64
        %v2319 = arith.cmpi slt, %v2318, %size_L : i64
        %v2320 = arith.subi %size_L, %v1 : i64
        %v2321 = arith.minsi %v2318, %v2320 : i64
        %v2322 = arith.addi %v2317, %v2321 : i64
        %v2323 = arith.muli %v2315, %v96 : i64
        %v2324 = arith.addi %v2323, %v2046 : i64
        %v2325 = llvm.getelementptr %in_rho[%v2322] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2326 = llvm.load %v2325 : !llvm.ptr -> f32
        %v2327 = arith.addi %v2045, %v384 : i64
        %v2328 = arith.constant true
        %v2329 = arith.addi %v16, %v2327 : i64
        %v2330 = llvm.getelementptr %v6[%v2329] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2331 = llvm.load %v2330 : !llvm.ptr<3> -> i64
        %v2332 = arith.addi %v1594, %v2046 : i64
        %v2333 = arith.cmpi slt, %v2332, %size_L : i64
        %v2334 = arith.subi %size_L, %v1 : i64
        %v2335 = arith.minsi %v2332, %v2334 : i64
        %v2336 = arith.addi %v2331, %v2335 : i64
        %v2337 = arith.muli %v2329, %v96 : i64
        %v2338 = arith.addi %v2337, %v2046 : i64
        %v2339 = llvm.getelementptr %in_rho[%v2336] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2340 = llvm.load %v2339 : !llvm.ptr -> f32
        %v2341 = arith.addi %v2045, %v399 : i64
        %v2342 = arith.constant true
        %v2343 = arith.addi %v16, %v2341 : i64
        %v2344 = llvm.getelementptr %v6[%v2343] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2345 = llvm.load %v2344 : !llvm.ptr<3> -> i64
        %v2346 = arith.addi %v1594, %v2046 : i64
        %v2347 = arith.cmpi slt, %v2346, %size_L : i64
        %v2348 = arith.subi %size_L, %v1 : i64
        %v2349 = arith.minsi %v2346, %v2348 : i64
        %v2350 = arith.addi %v2345, %v2349 : i64
        %v2351 = arith.muli %v2343, %v96 : i64
        %v2352 = arith.addi %v2351, %v2046 : i64
        %v2353 = llvm.getelementptr %in_rho[%v2350] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2354 = llvm.load %v2353 : !llvm.ptr -> f32
        %v2355 = arith.addi %v2045, %v414 : i64
        %v2356 = arith.constant true
        %v2357 = arith.addi %v16, %v2355 : i64
        %v2358 = llvm.getelementptr %v6[%v2357] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2359 = llvm.load %v2358 : !llvm.ptr<3> -> i64
        %v2360 = arith.addi %v1594, %v2046 : i64
        %v2361 = arith.cmpi slt, %v2360, %size_L : i64
        %v2362 = arith.subi %size_L, %v1 : i64
        %v2363 = arith.minsi %v2360, %v2362 : i64
        %v2364 = arith.addi %v2359, %v2363 : i64
        %v2365 = arith.muli %v2357, %v96 : i64
        %v2366 = arith.addi %v2365, %v2046 : i64
        %v2367 = llvm.getelementptr %in_rho[%v2364] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2368 = llvm.load %v2367 : !llvm.ptr -> f32
        %v2369 = arith.addi %v2045, %v429 : i64
        %v2370 = arith.constant true
        %v2371 = arith.addi %v16, %v2369 : i64
        %v2372 = llvm.getelementptr %v6[%v2371] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2373 = llvm.load %v2372 : !llvm.ptr<3> -> i64
        %v2374 = arith.addi %v1594, %v2046 : i64
        %v2375 = arith.cmpi slt, %v2374, %size_L : i64
        %v2376 = arith.subi %size_L, %v1 : i64
        %v2377 = arith.minsi %v2374, %v2376 : i64
        %v2378 = arith.addi %v2373, %v2377 : i64
        %v2379 = arith.muli %v2371, %v96 : i64
        %v2380 = arith.addi %v2379, %v2046 : i64
        %v2381 = llvm.getelementptr %in_rho[%v2378] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2382 = llvm.load %v2381 : !llvm.ptr -> f32
        %v2383 = arith.addi %v2045, %v444 : i64
        %v2384 = arith.constant true
        %v2385 = arith.addi %v16, %v2383 : i64
        %v2386 = llvm.getelementptr %v6[%v2385] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2387 = llvm.load %v2386 : !llvm.ptr<3> -> i64
        %v2388 = arith.addi %v1594, %v2046 : i64
        %v2389 = arith.cmpi slt, %v2388, %size_L : i64
        %v2390 = arith.subi %size_L, %v1 : i64
        %v2391 = arith.minsi %v2388, %v2390 : i64
        %v2392 = arith.addi %v2387, %v2391 : i64
        %v2393 = arith.muli %v2385, %v96 : i64
        %v2394 = arith.addi %v2393, %v2046 : i64
        %v2395 = llvm.getelementptr %in_rho[%v2392] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2396 = llvm.load %v2395 : !llvm.ptr -> f32
        %v2397 = arith.addi %v2045, %v459 : i64
        %v2398 = arith.constant true
        %v2399 = arith.addi %v16, %v2397 : i64
        %v2400 = llvm.getelementptr %v6[%v2399] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2401 = llvm.load %v2400 : !llvm.ptr<3> -> i64
        %v2402 = arith.addi %v1594, %v2046 : i64
        %v2403 = arith.cmpi slt, %v2402, %size_L : i64
        %v2404 = arith.subi %size_L, %v1 : i64
        %v2405 = arith.minsi %v2402, %v2404 : i64
        %v2406 = arith.addi %v2401, %v2405 : i64
        %v2407 = arith.muli %v2399, %v96 : i64
        %v2408 = arith.addi %v2407, %v2046 : i64
        %v2409 = llvm.getelementptr %in_rho[%v2406] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2410 = llvm.load %v2409 : !llvm.ptr -> f32
        %v2411 = arith.addi %v2045, %v474 : i64
        %v2412 = arith.constant true
        %v2413 = arith.addi %v16, %v2411 : i64
        %v2414 = llvm.getelementptr %v6[%v2413] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2415 = llvm.load %v2414 : !llvm.ptr<3> -> i64
        %v2416 = arith.addi %v1594, %v2046 : i64
        %v2417 = arith.cmpi slt, %v2416, %size_L : i64
        %v2418 = arith.subi %size_L, %v1 : i64
        %v2419 = arith.minsi %v2416, %v2418 : i64
        %v2420 = arith.addi %v2415, %v2419 : i64
        %v2421 = arith.muli %v2413, %v96 : i64
        %v2422 = arith.addi %v2421, %v2046 : i64
        %v2423 = llvm.getelementptr %in_rho[%v2420] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2424 = llvm.load %v2423 : !llvm.ptr -> f32
        %v2425 = arith.addi %v2045, %v489 : i64
        %v2426 = arith.constant true
        %v2427 = arith.addi %v16, %v2425 : i64
        %v2428 = llvm.getelementptr %v6[%v2427] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2429 = llvm.load %v2428 : !llvm.ptr<3> -> i64
        %v2430 = arith.addi %v1594, %v2046 : i64
        %v2431 = arith.cmpi slt, %v2430, %size_L : i64
        %v2432 = arith.subi %size_L, %v1 : i64
        %v2433 = arith.minsi %v2430, %v2432 : i64
        %v2434 = arith.addi %v2429, %v2433 : i64
        %v2435 = arith.muli %v2427, %v96 : i64
        %v2436 = arith.addi %v2435, %v2046 : i64
        %v2437 = llvm.getelementptr %in_rho[%v2434] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2438 = llvm.load %v2437 : !llvm.ptr -> f32
        %v2439 = arith.addi %v2045, %v504 : i64
        %v2440 = arith.constant true
        %v2441 = arith.addi %v16, %v2439 : i64
        %v2442 = llvm.getelementptr %v6[%v2441] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2443 = llvm.load %v2442 : !llvm.ptr<3> -> i64
        %v2444 = arith.addi %v1594, %v2046 : i64
        %v2445 = arith.cmpi slt, %v2444, %size_L : i64
        %v2446 = arith.subi %size_L, %v1 : i64
        %v2447 = arith.minsi %v2444, %v2446 : i64
        %v2448 = arith.addi %v2443, %v2447 : i64
        %v2449 = arith.muli %v2441, %v96 : i64
        %v2450 = arith.addi %v2449, %v2046 : i64
        %v2451 = llvm.getelementptr %in_rho[%v2448] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2452 = llvm.load %v2451 : !llvm.ptr -> f32
        %v2453 = arith.addi %v2045, %v519 : i64
        %v2454 = arith.constant true
        %v2455 = arith.addi %v16, %v2453 : i64
        %v2456 = llvm.getelementptr %v6[%v2455] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2457 = llvm.load %v2456 : !llvm.ptr<3> -> i64
        %v2458 = arith.addi %v1594, %v2046 : i64
        %v2459 = arith.cmpi slt, %v2458, %size_L : i64
        %v2460 = arith.subi %size_L, %v1 : i64
        %v2461 = arith.minsi %v2458, %v2460 : i64
        %v2462 = arith.addi %v2457, %v2461 : i64
        %v2463 = arith.muli %v2455, %v96 : i64
        %v2464 = arith.addi %v2463, %v2046 : i64
        %v2465 = llvm.getelementptr %in_rho[%v2462] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2466 = llvm.load %v2465 : !llvm.ptr -> f32
        %v2467 = arith.addi %v2045, %v534 : i64
        %v2468 = arith.constant true
        %v2469 = arith.addi %v16, %v2467 : i64
        %v2470 = llvm.getelementptr %v6[%v2469] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2471 = llvm.load %v2470 : !llvm.ptr<3> -> i64
        %v2472 = arith.addi %v1594, %v2046 : i64
        %v2473 = arith.cmpi slt, %v2472, %size_L : i64
        %v2474 = arith.subi %size_L, %v1 : i64
        %v2475 = arith.minsi %v2472, %v2474 : i64
        %v2476 = arith.addi %v2471, %v2475 : i64
        %v2477 = arith.muli %v2469, %v96 : i64
        %v2478 = arith.addi %v2477, %v2046 : i64
        %v2479 = llvm.getelementptr %in_rho[%v2476] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2480 = llvm.load %v2479 : !llvm.ptr -> f32
        %v2481 = arith.addi %v2045, %v549 : i64
        %v2482 = arith.constant true
        %v2483 = arith.addi %v16, %v2481 : i64
        %v2484 = llvm.getelementptr %v6[%v2483] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2485 = llvm.load %v2484 : !llvm.ptr<3> -> i64
        %v2486 = arith.addi %v1594, %v2046 : i64
        %v2487 = arith.cmpi slt, %v2486, %size_L : i64
        %v2488 = arith.subi %size_L, %v1 : i64
        %v2489 = arith.minsi %v2486, %v2488 : i64
        %v2490 = arith.addi %v2485, %v2489 : i64
        %v2491 = arith.muli %v2483, %v96 : i64
        %v2492 = arith.addi %v2491, %v2046 : i64
        %v2493 = llvm.getelementptr %in_rho[%v2490] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2494 = llvm.load %v2493 : !llvm.ptr -> f32
        %v2495 = arith.divui %v14, %v83 : i64
        %v2496 = arith.remui %v14, %v83 : i64
        %v2497 = arith.addi %v2495, %v26 : i64
        %v2498 = arith.constant true
        %v2499 = arith.addi %v1082, %v2497 : i64
        %v2500 = llvm.getelementptr %v6[%v2499] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2501 = llvm.load %v2500 : !llvm.ptr<3> -> i64
        %v2502 = arith.addi %v1594, %v2496 : i64
        %v2503 = arith.cmpi slt, %v2502, %size_L : i64
        %v2504 = arith.subi %size_L, %v1 : i64
        %v2505 = arith.minsi %v2502, %v2504 : i64
        %v2506 = arith.addi %v2501, %v2505 : i64
        %v2507 = arith.muli %v2499, %v96 : i64
        %v2508 = arith.addi %v2507, %v2496 : i64
        %v2509 = llvm.getelementptr %in_theta[%v2506] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2510 = llvm.load %v2509 : !llvm.ptr -> f32
        %v2511 = arith.addi %v2495, %v50 : i64
        %v2512 = arith.constant true
        %v2513 = arith.addi %v1082, %v2511 : i64
        %v2514 = llvm.getelementptr %v6[%v2513] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2515 = llvm.load %v2514 : !llvm.ptr<3> -> i64
        %v2516 = arith.addi %v1594, %v2496 : i64
        %v2517 = arith.cmpi slt, %v2516, %size_L : i64
        %v2518 = arith.subi %size_L, %v1 : i64
        %v2519 = arith.minsi %v2516, %v2518 : i64
        %v2520 = arith.addi %v2515, %v2519 : i64
        %v2521 = arith.muli %v2513, %v96 : i64
        %v2522 = arith.addi %v2521, %v2496 : i64
        %v2523 = llvm.getelementptr %in_theta[%v2520] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2524 = llvm.load %v2523 : !llvm.ptr -> f32
        %v2525 = arith.addi %v2495, %v115 : i64
        %v2526 = arith.constant true
        %v2527 = arith.addi %v1082, %v2525 : i64
        %v2528 = llvm.getelementptr %v6[%v2527] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2529 = llvm.load %v2528 : !llvm.ptr<3> -> i64
        %v2530 = arith.addi %v1594, %v2496 : i64
        %v2531 = arith.cmpi slt, %v2530, %size_L : i64
        %v2532 = arith.subi %size_L, %v1 : i64
        %v2533 = arith.minsi %v2530, %v2532 : i64
        %v2534 = arith.addi %v2529, %v2533 : i64
        %v2535 = arith.muli %v2527, %v96 : i64
        %v2536 = arith.addi %v2535, %v2496 : i64
        %v2537 = llvm.getelementptr %in_theta[%v2534] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2538 = llvm.load %v2537 : !llvm.ptr -> f32
        %v2539 = arith.addi %v2495, %v130 : i64
        %v2540 = arith.constant true
        %v2541 = arith.addi %v1082, %v2539 : i64
        %v2542 = llvm.getelementptr %v6[%v2541] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2543 = llvm.load %v2542 : !llvm.ptr<3> -> i64
        %v2544 = arith.addi %v1594, %v2496 : i64
        %v2545 = arith.cmpi slt, %v2544, %size_L : i64
        %v2546 = arith.subi %size_L, %v1 : i64
        %v2547 = arith.minsi %v2544, %v2546 : i64
        %v2548 = arith.addi %v2543, %v2547 : i64
        %v2549 = arith.muli %v2541, %v96 : i64
        %v2550 = arith.addi %v2549, %v2496 : i64
        %v2551 = llvm.getelementptr %in_theta[%v2548] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2552 = llvm.load %v2551 : !llvm.ptr -> f32
        %v2553 = arith.addi %v2495, %v145 : i64
        %v2554 = arith.constant true
        %v2555 = arith.addi %v1082, %v2553 : i64
        %v2556 = llvm.getelementptr %v6[%v2555] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2557 = llvm.load %v2556 : !llvm.ptr<3> -> i64
        %v2558 = arith.addi %v1594, %v2496 : i64
        %v2559 = arith.cmpi slt, %v2558, %size_L : i64
        %v2560 = arith.subi %size_L, %v1 : i64
        %v2561 = arith.minsi %v2558, %v2560 : i64
        %v2562 = arith.addi %v2557, %v2561 : i64
        %v2563 = arith.muli %v2555, %v96 : i64
        %v2564 = arith.addi %v2563, %v2496 : i64
        %v2565 = llvm.getelementptr %in_theta[%v2562] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2566 = llvm.load %v2565 : !llvm.ptr -> f32
        %v2567 = arith.addi %v2495, %v160 : i64
        %v2568 = arith.constant true
        %v2569 = arith.addi %v1082, %v2567 : i64
        %v2570 = llvm.getelementptr %v6[%v2569] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2571 = llvm.load %v2570 : !llvm.ptr<3> -> i64
        %v2572 = arith.addi %v1594, %v2496 : i64
        %v2573 = arith.cmpi slt, %v2572, %size_L : i64
        %v2574 = arith.subi %size_L, %v1 : i64
        %v2575 = arith.minsi %v2572, %v2574 : i64
        %v2576 = arith.addi %v2571, %v2575 : i64
        %v2577 = arith.muli %v2569, %v96 : i64
        %v2578 = arith.addi %v2577, %v2496 : i64
        %v2579 = llvm.getelementptr %in_theta[%v2576] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2580 = llvm.load %v2579 : !llvm.ptr -> f32
        %v2581 = arith.addi %v2495, %v175 : i64
        %v2582 = arith.constant true
        %v2583 = arith.addi %v1082, %v2581 : i64
        %v2584 = llvm.getelementptr %v6[%v2583] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2585 = llvm.load %v2584 : !llvm.ptr<3> -> i64
        %v2586 = arith.addi %v1594, %v2496 : i64
        %v2587 = arith.cmpi slt, %v2586, %size_L : i64
        %v2588 = arith.subi %size_L, %v1 : i64
        %v2589 = arith.minsi %v2586, %v2588 : i64
        %v2590 = arith.addi %v2585, %v2589 : i64
        %v2591 = arith.muli %v2583, %v96 : i64
        %v2592 = arith.addi %v2591, %v2496 : i64
        %v2593 = llvm.getelementptr %in_theta[%v2590] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2594 = llvm.load %v2593 : !llvm.ptr -> f32
        %v2595 = arith.addi %v2495, %v190 : i64
        %v2596 = arith.constant true
        %v2597 = arith.addi %v1082, %v2595 : i64
        %v2598 = llvm.getelementptr %v6[%v2597] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2599 = llvm.load %v2598 : !llvm.ptr<3> -> i64
        %v2600 = arith.addi %v1594, %v2496 : i64
        %v2601 = arith.cmpi slt, %v2600, %size_L : i64
        %v2602 = arith.subi %size_L, %v1 : i64
        %v2603 = arith.minsi %v2600, %v2602 : i64
        %v2604 = arith.addi %v2599, %v2603 : i64
        %v2605 = arith.muli %v2597, %v96 : i64
        %v2606 = arith.addi %v2605, %v2496 : i64
        %v2607 = llvm.getelementptr %in_theta[%v2604] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2608 = llvm.load %v2607 : !llvm.ptr -> f32
        %v2609 = arith.addi %v2495, %v205 : i64
        %v2610 = arith.constant true
        %v2611 = arith.addi %v1082, %v2609 : i64
        %v2612 = llvm.getelementptr %v6[%v2611] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2613 = llvm.load %v2612 : !llvm.ptr<3> -> i64
        %v2614 = arith.addi %v1594, %v2496 : i64
        %v2615 = arith.cmpi slt, %v2614, %size_L : i64
        %v2616 = arith.subi %size_L, %v1 : i64
        %v2617 = arith.minsi %v2614, %v2616 : i64
        %v2618 = arith.addi %v2613, %v2617 : i64
        %v2619 = arith.muli %v2611, %v96 : i64
        %v2620 = arith.addi %v2619, %v2496 : i64
        %v2621 = llvm.getelementptr %in_theta[%v2618] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2622 = llvm.load %v2621 : !llvm.ptr -> f32
        %v2623 = arith.addi %v2495, %v220 : i64
        %v2624 = arith.constant true
        %v2625 = arith.addi %v1082, %v2623 : i64
        %v2626 = llvm.getelementptr %v6[%v2625] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2627 = llvm.load %v2626 : !llvm.ptr<3> -> i64
        %v2628 = arith.addi %v1594, %v2496 : i64
        %v2629 = arith.cmpi slt, %v2628, %size_L : i64
        %v2630 = arith.subi %size_L, %v1 : i64
        %v2631 = arith.minsi %v2628, %v2630 : i64
        %v2632 = arith.addi %v2627, %v2631 : i64
        %v2633 = arith.muli %v2625, %v96 : i64
        %v2634 = arith.addi %v2633, %v2496 : i64
        %v2635 = llvm.getelementptr %in_theta[%v2632] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2636 = llvm.load %v2635 : !llvm.ptr -> f32
        %v2637 = arith.addi %v2495, %v235 : i64
        %v2638 = arith.constant true
        %v2639 = arith.addi %v1082, %v2637 : i64
        %v2640 = llvm.getelementptr %v6[%v2639] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2641 = llvm.load %v2640 : !llvm.ptr<3> -> i64
        %v2642 = arith.addi %v1594, %v2496 : i64
        %v2643 = arith.cmpi slt, %v2642, %size_L : i64
        %v2644 = arith.subi %size_L, %v1 : i64
        %v2645 = arith.minsi %v2642, %v2644 : i64
        %v2646 = arith.addi %v2641, %v2645 : i64
        %v2647 = arith.muli %v2639, %v96 : i64
        %v2648 = arith.addi %v2647, %v2496 : i64
        %v2649 = llvm.getelementptr %in_theta[%v2646] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2650 = llvm.load %v2649 : !llvm.ptr -> f32
        %v2651 = arith.addi %v2495, %v250 : i64
        %v2652 = arith.constant true
        %v2653 = arith.addi %v1082, %v2651 : i64
        %v2654 = llvm.getelementptr %v6[%v2653] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2655 = llvm.load %v2654 : !llvm.ptr<3> -> i64
        %v2656 = arith.addi %v1594, %v2496 : i64
        %v2657 = arith.cmpi slt, %v2656, %size_L : i64
        %v2658 = arith.subi %size_L, %v1 : i64
        %v2659 = arith.minsi %v2656, %v2658 : i64
        %v2660 = arith.addi %v2655, %v2659 : i64
        %v2661 = arith.muli %v2653, %v96 : i64
        %v2662 = arith.addi %v2661, %v2496 : i64
        %v2663 = llvm.getelementptr %in_theta[%v2660] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2664 = llvm.load %v2663 : !llvm.ptr -> f32
        %v2665 = arith.addi %v2495, %v265 : i64
        %v2666 = arith.constant true
        %v2667 = arith.addi %v1082, %v2665 : i64
        %v2668 = llvm.getelementptr %v6[%v2667] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2669 = llvm.load %v2668 : !llvm.ptr<3> -> i64
        %v2670 = arith.addi %v1594, %v2496 : i64
        %v2671 = arith.cmpi slt, %v2670, %size_L : i64
        %v2672 = arith.subi %size_L, %v1 : i64
        %v2673 = arith.minsi %v2670, %v2672 : i64
        %v2674 = arith.addi %v2669, %v2673 : i64
        %v2675 = arith.muli %v2667, %v96 : i64
        %v2676 = arith.addi %v2675, %v2496 : i64
        %v2677 = llvm.getelementptr %in_theta[%v2674] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2678 = llvm.load %v2677 : !llvm.ptr -> f32
        %v2679 = arith.addi %v2495, %v280 : i64
        %v2680 = arith.constant true
        %v2681 = arith.addi %v1082, %v2679 : i64
        %v2682 = llvm.getelementptr %v6[%v2681] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2683 = llvm.load %v2682 : !llvm.ptr<3> -> i64
        %v2684 = arith.addi %v1594, %v2496 : i64
        %v2685 = arith.cmpi slt, %v2684, %size_L : i64
        %v2686 = arith.subi %size_L, %v1 : i64
        %v2687 = arith.minsi %v2684, %v2686 : i64
        %v2688 = arith.addi %v2683, %v2687 : i64
        %v2689 = arith.muli %v2681, %v96 : i64
        %v2690 = arith.addi %v2689, %v2496 : i64
        %v2691 = llvm.getelementptr %in_theta[%v2688] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2692 = llvm.load %v2691 : !llvm.ptr -> f32
        %v2693 = arith.addi %v2495, %v295 : i64
        %v2694 = arith.constant true
        %v2695 = arith.addi %v1082, %v2693 : i64
        %v2696 = llvm.getelementptr %v6[%v2695] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2697 = llvm.load %v2696 : !llvm.ptr<3> -> i64
        %v2698 = arith.addi %v1594, %v2496 : i64
        %v2699 = arith.cmpi slt, %v2698, %size_L : i64
        %v2700 = arith.subi %size_L, %v1 : i64
        %v2701 = arith.minsi %v2698, %v2700 : i64
        %v2702 = arith.addi %v2697, %v2701 : i64
        %v2703 = arith.muli %v2695, %v96 : i64
        %v2704 = arith.addi %v2703, %v2496 : i64
        %v2705 = llvm.getelementptr %in_theta[%v2702] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2706 = llvm.load %v2705 : !llvm.ptr -> f32
        %v2707 = arith.addi %v2495, %v310 : i64
        %v2708 = arith.constant true
        %v2709 = arith.addi %v1082, %v2707 : i64
        %v2710 = llvm.getelementptr %v6[%v2709] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2711 = llvm.load %v2710 : !llvm.ptr<3> -> i64
        %v2712 = arith.addi %v1594, %v2496 : i64
        %v2713 = arith.cmpi slt, %v2712, %size_L : i64
        %v2714 = arith.subi %size_L, %v1 : i64
        %v2715 = arith.minsi %v2712, %v2714 : i64
        %v2716 = arith.addi %v2711, %v2715 : i64
        %v2717 = arith.muli %v2709, %v96 : i64
        %v2718 = arith.addi %v2717, %v2496 : i64
        %v2719 = llvm.getelementptr %in_theta[%v2716] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2720 = llvm.load %v2719 : !llvm.ptr -> f32
        %v2721 = arith.addi %v2495, %v83 : i64
        %v2722 = arith.constant true
        %v2723 = arith.addi %v1082, %v2721 : i64
        %v2724 = llvm.getelementptr %v6[%v2723] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2725 = llvm.load %v2724 : !llvm.ptr<3> -> i64
        %v2726 = arith.addi %v1594, %v2496 : i64
        %v2727 = arith.cmpi slt, %v2726, %size_L : i64
        %v2728 = arith.subi %size_L, %v1 : i64
        %v2729 = arith.minsi %v2726, %v2728 : i64
        %v2730 = arith.addi %v2725, %v2729 : i64
        %v2731 = arith.muli %v2723, %v96 : i64
        %v2732 = arith.addi %v2731, %v2496 : i64
        %v2733 = llvm.getelementptr %in_theta[%v2730] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2734 = llvm.load %v2733 : !llvm.ptr -> f32
        %v2735 = arith.addi %v2495, %v339 : i64
        %v2736 = arith.constant true
        %v2737 = arith.addi %v1082, %v2735 : i64
        %v2738 = llvm.getelementptr %v6[%v2737] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2739 = llvm.load %v2738 : !llvm.ptr<3> -> i64
        %v2740 = arith.addi %v1594, %v2496 : i64
        %v2741 = arith.cmpi slt, %v2740, %size_L : i64
        %v2742 = arith.subi %size_L, %v1 : i64
        %v2743 = arith.minsi %v2740, %v2742 : i64
        %v2744 = arith.addi %v2739, %v2743 : i64
        %v2745 = arith.muli %v2737, %v96 : i64
        %v2746 = arith.addi %v2745, %v2496 : i64
        %v2747 = llvm.getelementptr %in_theta[%v2744] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2748 = llvm.load %v2747 : !llvm.ptr -> f32
        %v2749 = arith.addi %v2495, %v354 : i64
        %v2750 = arith.constant true
        %v2751 = arith.addi %v1082, %v2749 : i64
        %v2752 = llvm.getelementptr %v6[%v2751] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2753 = llvm.load %v2752 : !llvm.ptr<3> -> i64
        %v2754 = arith.addi %v1594, %v2496 : i64
        %v2755 = arith.cmpi slt, %v2754, %size_L : i64
        %v2756 = arith.subi %size_L, %v1 : i64
        %v2757 = arith.minsi %v2754, %v2756 : i64
        %v2758 = arith.addi %v2753, %v2757 : i64
        %v2759 = arith.muli %v2751, %v96 : i64
        %v2760 = arith.addi %v2759, %v2496 : i64
        %v2761 = llvm.getelementptr %in_theta[%v2758] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2762 = llvm.load %v2761 : !llvm.ptr -> f32
        %v2763 = arith.addi %v2495, %v369 : i64
        %v2764 = arith.constant true
        %v2765 = arith.addi %v1082, %v2763 : i64
        %v2766 = llvm.getelementptr %v6[%v2765] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2767 = llvm.load %v2766 : !llvm.ptr<3> -> i64
        %v2768 = arith.addi %v1594, %v2496 : i64
        %v2769 = arith.cmpi slt, %v2768, %size_L : i64
        %v2770 = arith.subi %size_L, %v1 : i64
        %v2771 = arith.minsi %v2768, %v2770 : i64
        %v2772 = arith.addi %v2767, %v2771 : i64
        %v2773 = arith.muli %v2765, %v96 : i64
        %v2774 = arith.addi %v2773, %v2496 : i64
        %v2775 = llvm.getelementptr %in_theta[%v2772] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2776 = llvm.load %v2775 : !llvm.ptr -> f32
        %v2777 = arith.addi %v2495, %v384 : i64
        %v2778 = arith.constant true
        %v2779 = arith.addi %v1082, %v2777 : i64
        %v2780 = llvm.getelementptr %v6[%v2779] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2781 = llvm.load %v2780 : !llvm.ptr<3> -> i64
        %v2782 = arith.addi %v1594, %v2496 : i64
        %v2783 = arith.cmpi slt, %v2782, %size_L : i64
        %v2784 = arith.subi %size_L, %v1 : i64
        %v2785 = arith.minsi %v2782, %v2784 : i64
        %v2786 = arith.addi %v2781, %v2785 : i64
        %v2787 = arith.muli %v2779, %v96 : i64
        %v2788 = arith.addi %v2787, %v2496 : i64
        %v2789 = llvm.getelementptr %in_theta[%v2786] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2790 = llvm.load %v2789 : !llvm.ptr -> f32
        %v2791 = arith.addi %v2495, %v399 : i64
        %v2792 = arith.constant true
        %v2793 = arith.addi %v1082, %v2791 : i64
        %v2794 = llvm.getelementptr %v6[%v2793] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2795 = llvm.load %v2794 : !llvm.ptr<3> -> i64
        %v2796 = arith.addi %v1594, %v2496 : i64
        %v2797 = arith.cmpi slt, %v2796, %size_L : i64
        %v2798 = arith.subi %size_L, %v1 : i64
        %v2799 = arith.minsi %v2796, %v2798 : i64
        %v2800 = arith.addi %v2795, %v2799 : i64
        %v2801 = arith.muli %v2793, %v96 : i64
        %v2802 = arith.addi %v2801, %v2496 : i64
        %v2803 = llvm.getelementptr %in_theta[%v2800] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2804 = llvm.load %v2803 : !llvm.ptr -> f32
        %v2805 = arith.addi %v2495, %v414 : i64
        %v2806 = arith.constant true
        %v2807 = arith.addi %v1082, %v2805 : i64
        %v2808 = llvm.getelementptr %v6[%v2807] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2809 = llvm.load %v2808 : !llvm.ptr<3> -> i64
        %v2810 = arith.addi %v1594, %v2496 : i64
        %v2811 = arith.cmpi slt, %v2810, %size_L : i64
        %v2812 = arith.subi %size_L, %v1 : i64
        %v2813 = arith.minsi %v2810, %v2812 : i64
        %v2814 = arith.addi %v2809, %v2813 : i64
        %v2815 = arith.muli %v2807, %v96 : i64
        %v2816 = arith.addi %v2815, %v2496 : i64
        %v2817 = llvm.getelementptr %in_theta[%v2814] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2818 = llvm.load %v2817 : !llvm.ptr -> f32
        %v2819 = arith.addi %v2495, %v429 : i64
        %v2820 = arith.constant true
        %v2821 = arith.addi %v1082, %v2819 : i64
        %v2822 = llvm.getelementptr %v6[%v2821] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2823 = llvm.load %v2822 : !llvm.ptr<3> -> i64
        %v2824 = arith.addi %v1594, %v2496 : i64
        %v2825 = arith.cmpi slt, %v2824, %size_L : i64
        %v2826 = arith.subi %size_L, %v1 : i64
        %v2827 = arith.minsi %v2824, %v2826 : i64
        %v2828 = arith.addi %v2823, %v2827 : i64
        %v2829 = arith.muli %v2821, %v96 : i64
        %v2830 = arith.addi %v2829, %v2496 : i64
        %v2831 = llvm.getelementptr %in_theta[%v2828] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2832 = llvm.load %v2831 : !llvm.ptr -> f32
        %v2833 = arith.addi %v2495, %v444 : i64
        %v2834 = arith.constant true
        %v2835 = arith.addi %v1082, %v2833 : i64
        %v2836 = llvm.getelementptr %v6[%v2835] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2837 = llvm.load %v2836 : !llvm.ptr<3> -> i64
        %v2838 = arith.addi %v1594, %v2496 : i64
        %v2839 = arith.cmpi slt, %v2838, %size_L : i64
        %v2840 = arith.subi %size_L, %v1 : i64
        %v2841 = arith.minsi %v2838, %v2840 : i64
        %v2842 = arith.addi %v2837, %v2841 : i64
        %v2843 = arith.muli %v2835, %v96 : i64
        %v2844 = arith.addi %v2843, %v2496 : i64
        %v2845 = llvm.getelementptr %in_theta[%v2842] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2846 = llvm.load %v2845 : !llvm.ptr -> f32
        %v2847 = arith.addi %v2495, %v459 : i64
        %v2848 = arith.constant true
        %v2849 = arith.addi %v1082, %v2847 : i64
        %v2850 = llvm.getelementptr %v6[%v2849] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2851 = llvm.load %v2850 : !llvm.ptr<3> -> i64
        %v2852 = arith.addi %v1594, %v2496 : i64
        %v2853 = arith.cmpi slt, %v2852, %size_L : i64
        %v2854 = arith.subi %size_L, %v1 : i64
        %v2855 = arith.minsi %v2852, %v2854 : i64
        %v2856 = arith.addi %v2851, %v2855 : i64
        %v2857 = arith.muli %v2849, %v96 : i64
        %v2858 = arith.addi %v2857, %v2496 : i64
        %v2859 = llvm.getelementptr %in_theta[%v2856] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2860 = llvm.load %v2859 : !llvm.ptr -> f32
        %v2861 = arith.addi %v2495, %v474 : i64
        %v2862 = arith.constant true
        %v2863 = arith.addi %v1082, %v2861 : i64
        %v2864 = llvm.getelementptr %v6[%v2863] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2865 = llvm.load %v2864 : !llvm.ptr<3> -> i64
        %v2866 = arith.addi %v1594, %v2496 : i64
        %v2867 = arith.cmpi slt, %v2866, %size_L : i64
        %v2868 = arith.subi %size_L, %v1 : i64
        %v2869 = arith.minsi %v2866, %v2868 : i64
        %v2870 = arith.addi %v2865, %v2869 : i64
        %v2871 = arith.muli %v2863, %v96 : i64
        %v2872 = arith.addi %v2871, %v2496 : i64
        %v2873 = llvm.getelementptr %in_theta[%v2870] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2874 = llvm.load %v2873 : !llvm.ptr -> f32
        %v2875 = arith.addi %v2495, %v489 : i64
        %v2876 = arith.constant true
        %v2877 = arith.addi %v1082, %v2875 : i64
        %v2878 = llvm.getelementptr %v6[%v2877] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2879 = llvm.load %v2878 : !llvm.ptr<3> -> i64
        %v2880 = arith.addi %v1594, %v2496 : i64
        %v2881 = arith.cmpi slt, %v2880, %size_L : i64
        %v2882 = arith.subi %size_L, %v1 : i64
        %v2883 = arith.minsi %v2880, %v2882 : i64
        %v2884 = arith.addi %v2879, %v2883 : i64
        %v2885 = arith.muli %v2877, %v96 : i64
        %v2886 = arith.addi %v2885, %v2496 : i64
        %v2887 = llvm.getelementptr %in_theta[%v2884] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2888 = llvm.load %v2887 : !llvm.ptr -> f32
        %v2889 = arith.addi %v2495, %v504 : i64
        %v2890 = arith.constant true
        %v2891 = arith.addi %v1082, %v2889 : i64
        %v2892 = llvm.getelementptr %v6[%v2891] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2893 = llvm.load %v2892 : !llvm.ptr<3> -> i64
        %v2894 = arith.addi %v1594, %v2496 : i64
        %v2895 = arith.cmpi slt, %v2894, %size_L : i64
        %v2896 = arith.subi %size_L, %v1 : i64
        %v2897 = arith.minsi %v2894, %v2896 : i64
        %v2898 = arith.addi %v2893, %v2897 : i64
        %v2899 = arith.muli %v2891, %v96 : i64
        %v2900 = arith.addi %v2899, %v2496 : i64
        %v2901 = llvm.getelementptr %in_theta[%v2898] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2902 = llvm.load %v2901 : !llvm.ptr -> f32
        %v2903 = arith.addi %v2495, %v519 : i64
        %v2904 = arith.constant true
        %v2905 = arith.addi %v1082, %v2903 : i64
        %v2906 = llvm.getelementptr %v6[%v2905] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2907 = llvm.load %v2906 : !llvm.ptr<3> -> i64
        %v2908 = arith.addi %v1594, %v2496 : i64
        %v2909 = arith.cmpi slt, %v2908, %size_L : i64
        %v2910 = arith.subi %size_L, %v1 : i64
        %v2911 = arith.minsi %v2908, %v2910 : i64
        %v2912 = arith.addi %v2907, %v2911 : i64
        %v2913 = arith.muli %v2905, %v96 : i64
        %v2914 = arith.addi %v2913, %v2496 : i64
        %v2915 = llvm.getelementptr %in_theta[%v2912] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2916 = llvm.load %v2915 : !llvm.ptr -> f32
        %v2917 = arith.addi %v2495, %v534 : i64
        %v2918 = arith.constant true
        %v2919 = arith.addi %v1082, %v2917 : i64
        %v2920 = llvm.getelementptr %v6[%v2919] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2921 = llvm.load %v2920 : !llvm.ptr<3> -> i64
        %v2922 = arith.addi %v1594, %v2496 : i64
        %v2923 = arith.cmpi slt, %v2922, %size_L : i64
        %v2924 = arith.subi %size_L, %v1 : i64
        %v2925 = arith.minsi %v2922, %v2924 : i64
        %v2926 = arith.addi %v2921, %v2925 : i64
        %v2927 = arith.muli %v2919, %v96 : i64
        %v2928 = arith.addi %v2927, %v2496 : i64
        %v2929 = llvm.getelementptr %in_theta[%v2926] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2930 = llvm.load %v2929 : !llvm.ptr -> f32
        %v2931 = arith.addi %v2495, %v549 : i64
        %v2932 = arith.constant true
        %v2933 = arith.addi %v1082, %v2931 : i64
        %v2934 = llvm.getelementptr %v6[%v2933] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2935 = llvm.load %v2934 : !llvm.ptr<3> -> i64
        %v2936 = arith.addi %v1594, %v2496 : i64
        %v2937 = arith.cmpi slt, %v2936, %size_L : i64
        %v2938 = arith.subi %size_L, %v1 : i64
        %v2939 = arith.minsi %v2936, %v2938 : i64
        %v2940 = arith.addi %v2935, %v2939 : i64
        %v2941 = arith.muli %v2933, %v96 : i64
        %v2942 = arith.addi %v2941, %v2496 : i64
        %v2943 = llvm.getelementptr %in_theta[%v2940] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2944 = llvm.load %v2943 : !llvm.ptr -> f32
        %v2945 = arith.index_cast %v26 : i64 to index
        %v2946 = arith.index_cast %v1593 : i64 to index
        %v2947 = arith.index_cast %v1 : i64 to index
        scf.for %v2948 = %v2945 to %v2946 step %v2947 {
          %v2949 = arith.index_cast %v2948 : index to i64
          %v2950 = arith.addi %v1565, %v2949 : i64
          %v2952 = arith.muli %v1, %v16 : i64
          %v2953 = arith.addi %v2952, %v14 : i64
          %v2954 = arith.muli %v2953, %v96 : i64
          %v2955 = arith.addi %v2954, %v2949 : i64
          %v2956 = llvm.getelementptr %v7[%v2955] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          %v2957 = llvm.load %v2956 : !llvm.ptr<3> -> f32
          %v2959 = arith.negf %v2957 : f32
          %v2961 = arith.mulf %v2959, %v2960 fastmath<contract> : f32
          %v2962 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2961) : (f32) -> f32
          %v2963 = arith.addf %v2958, %v2962 fastmath<contract> : f32
          %v2964 = arith.divf %v2958, %v2963 : f32
          %v2965 = arith.mulf %v2951, %v2964 fastmath<contract> : f32
          %v2966 = arith.muli %v50, %v16 : i64
          %v2967 = arith.addi %v2966, %v14 : i64
          %v2968 = arith.muli %v2967, %v96 : i64
          %v2969 = arith.addi %v2968, %v2949 : i64
          %v2970 = llvm.getelementptr %v7[%v2969] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          %v2971 = llvm.load %v2970 : !llvm.ptr<3> -> f32
          %v2973 = arith.mulf %v2971, %v2972 fastmath<contract> : f32
          %v2974 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2973) : (f32) -> f32
          %v2977 = arith.mulf %v2974, %v2975 fastmath<contract> : f32
          %v2978 = arith.subf %v2971, %v2977 fastmath<contract> : f32
          %v2979 = arith.mulf %v2974, %v2976 fastmath<contract> : f32
          %v2980 = arith.subf %v2978, %v2979 fastmath<contract> : f32
          %v2981 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v2980) : (f32) -> f32
          %v2982 = arith.mulf %v2965, %v2981 fastmath<contract> : f32
          %v2983 = arith.muli %v26, %v16 : i64
          %v2984 = arith.addi %v2983, %v14 : i64
          %v2985 = arith.muli %v2984, %v96 : i64
          %v2986 = arith.addi %v2985, %v2949 : i64
          %v2987 = llvm.getelementptr %v7[%v2986] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          %v2988 = llvm.load %v2987 : !llvm.ptr<3> -> f32
          %v2989 = llvm.load %v4 : !llvm.ptr -> f32
          %v2990 = arith.mulf %v2982, %v2989 fastmath<contract> : f32
          %v2991 = arith.addf %v2990, %v2988 fastmath<contract> : f32
          %v2992 = arith.mulf %v2964, %v2964 fastmath<contract> : f32
          %v2993 = arith.negf %v2992 : f32
          %v2994 = llvm.load %v5 : !llvm.ptr -> f32
          %v2995 = arith.mulf %v2993, %v2994 fastmath<contract> : f32
          %v2996 = arith.addf %v2991, %v2995 fastmath<contract> : f32
          %v2997 = llvm.load %v5 : !llvm.ptr -> f32
          %v2998 = arith.mulf %v74, %v2997 fastmath<contract> : f32
          %v2999 = arith.addf %v2998, %v74 fastmath<contract> : f32
          %v3000 = llvm.load %v4 : !llvm.ptr -> f32
          %v3001 = arith.mulf %v2958, %v3000 fastmath<contract> : f32
          %v3002 = arith.addf %v2999, %v3001 fastmath<contract> : f32
          llvm.store %v2996, %v4 : f32, !llvm.ptr
          llvm.store %v3002, %v5 : f32, !llvm.ptr
          %v3003 = llvm.load %v4 : !llvm.ptr -> f32
          %v3004 = arith.muli %v61, %v16 : i64
          %v3005 = arith.addi %v3004, %v14 : i64
          %v3006 = arith.muli %v3005, %v96 : i64
          %v3007 = arith.addi %v3006, %v2949 : i64
          %v3008 = llvm.getelementptr %v7[%v3007] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v3003, %v3008 : f32, !llvm.ptr<3>
        }
        gpu.barrier
        %v3009 = arith.addi %v26, %v14 : i64
        %v3010 = arith.divui %v3009, %v83 : i64
        %v3011 = arith.remui %v3009, %v83 : i64
        %v3012 = arith.addi %v26, %v3010 : i64
        %v3013 = arith.muli %v3012, %v96 : i64
        %v3014 = arith.addi %v3013, %v3011 : i64
        %v3015 = llvm.getelementptr %v7[%v3014] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1610, %v3015 : f32, !llvm.ptr<3>
        %v3016 = arith.addi %v16, %v14 : i64
        %v3017 = arith.divui %v3016, %v83 : i64
        %v3018 = arith.remui %v3016, %v83 : i64
        %v3019 = arith.addi %v26, %v3017 : i64
        %v3020 = arith.muli %v3019, %v96 : i64
        %v3021 = arith.addi %v3020, %v3018 : i64
        %v3022 = llvm.getelementptr %v7[%v3021] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1624, %v3022 : f32, !llvm.ptr<3>
        %v3023 = arith.addi %v1082, %v14 : i64
        %v3024 = arith.divui %v3023, %v83 : i64
        %v3025 = arith.remui %v3023, %v83 : i64
        %v3026 = arith.addi %v26, %v3024 : i64
        %v3027 = arith.muli %v3026, %v96 : i64
        %v3028 = arith.addi %v3027, %v3025 : i64
        %v3029 = llvm.getelementptr %v7[%v3028] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1638, %v3029 : f32, !llvm.ptr<3>
        %v3031 = arith.addi %v3030, %v14 : i64
        %v3032 = arith.divui %v3031, %v83 : i64
        %v3033 = arith.remui %v3031, %v83 : i64
        %v3034 = arith.addi %v26, %v3032 : i64
        %v3035 = arith.muli %v3034, %v96 : i64
        %v3036 = arith.addi %v3035, %v3033 : i64
        %v3037 = llvm.getelementptr %v7[%v3036] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1652, %v3037 : f32, !llvm.ptr<3>
        %v3038 = arith.addi %v10, %v14 : i64
        %v3039 = arith.divui %v3038, %v83 : i64
        %v3040 = arith.remui %v3038, %v83 : i64
        %v3041 = arith.addi %v26, %v3039 : i64
        %v3042 = arith.muli %v3041, %v96 : i64
        %v3043 = arith.addi %v3042, %v3040 : i64
        %v3044 = llvm.getelementptr %v7[%v3043] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1666, %v3044 : f32, !llvm.ptr<3>
        %v3046 = arith.addi %v3045, %v14 : i64
        %v3047 = arith.divui %v3046, %v83 : i64
        %v3048 = arith.remui %v3046, %v83 : i64
        %v3049 = arith.addi %v26, %v3047 : i64
        %v3050 = arith.muli %v3049, %v96 : i64
        %v3051 = arith.addi %v3050, %v3048 : i64
        %v3052 = llvm.getelementptr %v7[%v3051] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1680, %v3052 : f32, !llvm.ptr<3>
        %v3054 = arith.addi %v3053, %v14 : i64
        %v3055 = arith.divui %v3054, %v83 : i64
        %v3056 = arith.remui %v3054, %v83 : i64
        %v3057 = arith.addi %v26, %v3055 : i64
        %v3058 = arith.muli %v3057, %v96 : i64
        %v3059 = arith.addi %v3058, %v3056 : i64
        %v3060 = llvm.getelementptr %v7[%v3059] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1694, %v3060 : f32, !llvm.ptr<3>
        %v3062 = arith.addi %v3061, %v14 : i64
        %v3063 = arith.divui %v3062, %v83 : i64
        %v3064 = arith.remui %v3062, %v83 : i64
        %v3065 = arith.addi %v26, %v3063 : i64
        %v3066 = arith.muli %v3065, %v96 : i64
        %v3067 = arith.addi %v3066, %v3064 : i64
        %v3068 = llvm.getelementptr %v7[%v3067] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1708, %v3068 : f32, !llvm.ptr<3>
        %v3070 = arith.addi %v3069, %v14 : i64
        %v3071 = arith.divui %v3070, %v83 : i64
        %v3072 = arith.remui %v3070, %v83 : i64
        %v3073 = arith.addi %v26, %v3071 : i64
        %v3074 = arith.muli %v3073, %v96 : i64
        %v3075 = arith.addi %v3074, %v3072 : i64
        %v3076 = llvm.getelementptr %v7[%v3075] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1722, %v3076 : f32, !llvm.ptr<3>
        %v3078 = arith.addi %v3077, %v14 : i64
        %v3079 = arith.divui %v3078, %v83 : i64
        %v3080 = arith.remui %v3078, %v83 : i64
        %v3081 = arith.addi %v26, %v3079 : i64
        %v3082 = arith.muli %v3081, %v96 : i64
        %v3083 = arith.addi %v3082, %v3080 : i64
        %v3084 = llvm.getelementptr %v7[%v3083] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1736, %v3084 : f32, !llvm.ptr<3>
        %v3086 = arith.addi %v3085, %v14 : i64
        %v3087 = arith.divui %v3086, %v83 : i64
        %v3088 = arith.remui %v3086, %v83 : i64
        %v3089 = arith.addi %v26, %v3087 : i64
        %v3090 = arith.muli %v3089, %v96 : i64
        %v3091 = arith.addi %v3090, %v3088 : i64
        %v3092 = llvm.getelementptr %v7[%v3091] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1750, %v3092 : f32, !llvm.ptr<3>
        %v3094 = arith.addi %v3093, %v14 : i64
        %v3095 = arith.divui %v3094, %v83 : i64
        %v3096 = arith.remui %v3094, %v83 : i64
        %v3097 = arith.addi %v26, %v3095 : i64
        %v3098 = arith.muli %v3097, %v96 : i64
        %v3099 = arith.addi %v3098, %v3096 : i64
        %v3100 = llvm.getelementptr %v7[%v3099] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1764, %v3100 : f32, !llvm.ptr<3>
        %v3102 = arith.addi %v3101, %v14 : i64
        %v3103 = arith.divui %v3102, %v83 : i64
        %v3104 = arith.remui %v3102, %v83 : i64
        %v3105 = arith.addi %v26, %v3103 : i64
        %v3106 = arith.muli %v3105, %v96 : i64
        %v3107 = arith.addi %v3106, %v3104 : i64
        %v3108 = llvm.getelementptr %v7[%v3107] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1778, %v3108 : f32, !llvm.ptr<3>
        %v3110 = arith.addi %v3109, %v14 : i64
        %v3111 = arith.divui %v3110, %v83 : i64
        %v3112 = arith.remui %v3110, %v83 : i64
        %v3113 = arith.addi %v26, %v3111 : i64
        %v3114 = arith.muli %v3113, %v96 : i64
        %v3115 = arith.addi %v3114, %v3112 : i64
        %v3116 = llvm.getelementptr %v7[%v3115] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1792, %v3116 : f32, !llvm.ptr<3>
        %v3118 = arith.addi %v3117, %v14 : i64
        %v3119 = arith.divui %v3118, %v83 : i64
        %v3120 = arith.remui %v3118, %v83 : i64
        %v3121 = arith.addi %v26, %v3119 : i64
        %v3122 = arith.muli %v3121, %v96 : i64
        %v3123 = arith.addi %v3122, %v3120 : i64
        %v3124 = llvm.getelementptr %v7[%v3123] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1806, %v3124 : f32, !llvm.ptr<3>
        %v3126 = arith.addi %v3125, %v14 : i64
        %v3127 = arith.divui %v3126, %v83 : i64
        %v3128 = arith.remui %v3126, %v83 : i64
        %v3129 = arith.addi %v26, %v3127 : i64
        %v3130 = arith.muli %v3129, %v96 : i64
        %v3131 = arith.addi %v3130, %v3128 : i64
        %v3132 = llvm.getelementptr %v7[%v3131] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1820, %v3132 : f32, !llvm.ptr<3>
        %v3134 = arith.addi %v3133, %v14 : i64
        %v3135 = arith.divui %v3134, %v83 : i64
        %v3136 = arith.remui %v3134, %v83 : i64
        %v3137 = arith.addi %v26, %v3135 : i64
        %v3138 = arith.muli %v3137, %v96 : i64
        %v3139 = arith.addi %v3138, %v3136 : i64
        %v3140 = llvm.getelementptr %v7[%v3139] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1834, %v3140 : f32, !llvm.ptr<3>
        %v3142 = arith.addi %v3141, %v14 : i64
        %v3143 = arith.divui %v3142, %v83 : i64
        %v3144 = arith.remui %v3142, %v83 : i64
        %v3145 = arith.addi %v26, %v3143 : i64
        %v3146 = arith.muli %v3145, %v96 : i64
        %v3147 = arith.addi %v3146, %v3144 : i64
        %v3148 = llvm.getelementptr %v7[%v3147] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1848, %v3148 : f32, !llvm.ptr<3>
        %v3150 = arith.addi %v3149, %v14 : i64
        %v3151 = arith.divui %v3150, %v83 : i64
        %v3152 = arith.remui %v3150, %v83 : i64
        %v3153 = arith.addi %v26, %v3151 : i64
        %v3154 = arith.muli %v3153, %v96 : i64
        %v3155 = arith.addi %v3154, %v3152 : i64
        %v3156 = llvm.getelementptr %v7[%v3155] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1862, %v3156 : f32, !llvm.ptr<3>
        %v3158 = arith.addi %v3157, %v14 : i64
        %v3159 = arith.divui %v3158, %v83 : i64
        %v3160 = arith.remui %v3158, %v83 : i64
        %v3161 = arith.addi %v26, %v3159 : i64
        %v3162 = arith.muli %v3161, %v96 : i64
        %v3163 = arith.addi %v3162, %v3160 : i64
        %v3164 = llvm.getelementptr %v7[%v3163] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1876, %v3164 : f32, !llvm.ptr<3>
        %v3166 = arith.addi %v3165, %v14 : i64
        %v3167 = arith.divui %v3166, %v83 : i64
        %v3168 = arith.remui %v3166, %v83 : i64
        %v3169 = arith.addi %v26, %v3167 : i64
        %v3170 = arith.muli %v3169, %v96 : i64
        %v3171 = arith.addi %v3170, %v3168 : i64
        %v3172 = llvm.getelementptr %v7[%v3171] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1890, %v3172 : f32, !llvm.ptr<3>
        %v3174 = arith.addi %v3173, %v14 : i64
        %v3175 = arith.divui %v3174, %v83 : i64
        %v3176 = arith.remui %v3174, %v83 : i64
        %v3177 = arith.addi %v26, %v3175 : i64
        %v3178 = arith.muli %v3177, %v96 : i64
        %v3179 = arith.addi %v3178, %v3176 : i64
        %v3180 = llvm.getelementptr %v7[%v3179] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1904, %v3180 : f32, !llvm.ptr<3>
        %v3182 = arith.addi %v3181, %v14 : i64
        %v3183 = arith.divui %v3182, %v83 : i64
        %v3184 = arith.remui %v3182, %v83 : i64
        %v3185 = arith.addi %v26, %v3183 : i64
        %v3186 = arith.muli %v3185, %v96 : i64
        %v3187 = arith.addi %v3186, %v3184 : i64
        %v3188 = llvm.getelementptr %v7[%v3187] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1918, %v3188 : f32, !llvm.ptr<3>
        %v3190 = arith.addi %v3189, %v14 : i64
        %v3191 = arith.divui %v3190, %v83 : i64
        %v3192 = arith.remui %v3190, %v83 : i64
        %v3193 = arith.addi %v26, %v3191 : i64
        %v3194 = arith.muli %v3193, %v96 : i64
        %v3195 = arith.addi %v3194, %v3192 : i64
        %v3196 = llvm.getelementptr %v7[%v3195] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1932, %v3196 : f32, !llvm.ptr<3>
        %v3198 = arith.addi %v3197, %v14 : i64
        %v3199 = arith.divui %v3198, %v83 : i64
        %v3200 = arith.remui %v3198, %v83 : i64
        %v3201 = arith.addi %v26, %v3199 : i64
        %v3202 = arith.muli %v3201, %v96 : i64
        %v3203 = arith.addi %v3202, %v3200 : i64
        %v3204 = llvm.getelementptr %v7[%v3203] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1946, %v3204 : f32, !llvm.ptr<3>
        %v3206 = arith.addi %v3205, %v14 : i64
        %v3207 = arith.divui %v3206, %v83 : i64
        %v3208 = arith.remui %v3206, %v83 : i64
        %v3209 = arith.addi %v26, %v3207 : i64
        %v3210 = arith.muli %v3209, %v96 : i64
        %v3211 = arith.addi %v3210, %v3208 : i64
        %v3212 = llvm.getelementptr %v7[%v3211] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1960, %v3212 : f32, !llvm.ptr<3>
        %v3214 = arith.addi %v3213, %v14 : i64
        %v3215 = arith.divui %v3214, %v83 : i64
        %v3216 = arith.remui %v3214, %v83 : i64
        %v3217 = arith.addi %v26, %v3215 : i64
        %v3218 = arith.muli %v3217, %v96 : i64
        %v3219 = arith.addi %v3218, %v3216 : i64
        %v3220 = llvm.getelementptr %v7[%v3219] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1974, %v3220 : f32, !llvm.ptr<3>
        %v3222 = arith.addi %v3221, %v14 : i64
        %v3223 = arith.divui %v3222, %v83 : i64
        %v3224 = arith.remui %v3222, %v83 : i64
        %v3225 = arith.addi %v26, %v3223 : i64
        %v3226 = arith.muli %v3225, %v96 : i64
        %v3227 = arith.addi %v3226, %v3224 : i64
        %v3228 = llvm.getelementptr %v7[%v3227] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1988, %v3228 : f32, !llvm.ptr<3>
        %v3230 = arith.addi %v3229, %v14 : i64
        %v3231 = arith.divui %v3230, %v83 : i64
        %v3232 = arith.remui %v3230, %v83 : i64
        %v3233 = arith.addi %v26, %v3231 : i64
        %v3234 = arith.muli %v3233, %v96 : i64
        %v3235 = arith.addi %v3234, %v3232 : i64
        %v3236 = llvm.getelementptr %v7[%v3235] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2002, %v3236 : f32, !llvm.ptr<3>
        %v3238 = arith.addi %v3237, %v14 : i64
        %v3239 = arith.divui %v3238, %v83 : i64
        %v3240 = arith.remui %v3238, %v83 : i64
        %v3241 = arith.addi %v26, %v3239 : i64
        %v3242 = arith.muli %v3241, %v96 : i64
        %v3243 = arith.addi %v3242, %v3240 : i64
        %v3244 = llvm.getelementptr %v7[%v3243] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2016, %v3244 : f32, !llvm.ptr<3>
        %v3246 = arith.addi %v3245, %v14 : i64
        %v3247 = arith.divui %v3246, %v83 : i64
        %v3248 = arith.remui %v3246, %v83 : i64
        %v3249 = arith.addi %v26, %v3247 : i64
        %v3250 = arith.muli %v3249, %v96 : i64
        %v3251 = arith.addi %v3250, %v3248 : i64
        %v3252 = llvm.getelementptr %v7[%v3251] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2030, %v3252 : f32, !llvm.ptr<3>
        %v3254 = arith.addi %v3253, %v14 : i64
        %v3255 = arith.divui %v3254, %v83 : i64
        %v3256 = arith.remui %v3254, %v83 : i64
        %v3257 = arith.addi %v26, %v3255 : i64
        %v3258 = arith.muli %v3257, %v96 : i64
        %v3259 = arith.addi %v3258, %v3256 : i64
        %v3260 = llvm.getelementptr %v7[%v3259] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2044, %v3260 : f32, !llvm.ptr<3>
        %v3261 = arith.addi %v26, %v14 : i64
        %v3262 = arith.divui %v3261, %v83 : i64
        %v3263 = arith.remui %v3261, %v83 : i64
        %v3264 = arith.addi %v16, %v3262 : i64
        %v3265 = arith.muli %v3264, %v96 : i64
        %v3266 = arith.addi %v3265, %v3263 : i64
        %v3267 = llvm.getelementptr %v7[%v3266] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2060, %v3267 : f32, !llvm.ptr<3>
        %v3268 = arith.addi %v16, %v14 : i64
        %v3269 = arith.divui %v3268, %v83 : i64
        %v3270 = arith.remui %v3268, %v83 : i64
        %v3271 = arith.addi %v16, %v3269 : i64
        %v3272 = arith.muli %v3271, %v96 : i64
        %v3273 = arith.addi %v3272, %v3270 : i64
        %v3274 = llvm.getelementptr %v7[%v3273] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2074, %v3274 : f32, !llvm.ptr<3>
        %v3275 = arith.addi %v1082, %v14 : i64
        %v3276 = arith.divui %v3275, %v83 : i64
        %v3277 = arith.remui %v3275, %v83 : i64
        %v3278 = arith.addi %v16, %v3276 : i64
        %v3279 = arith.muli %v3278, %v96 : i64
        %v3280 = arith.addi %v3279, %v3277 : i64
        %v3281 = llvm.getelementptr %v7[%v3280] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2088, %v3281 : f32, !llvm.ptr<3>
        %v3282 = arith.addi %v3030, %v14 : i64
        %v3283 = arith.divui %v3282, %v83 : i64
        %v3284 = arith.remui %v3282, %v83 : i64
        %v3285 = arith.addi %v16, %v3283 : i64
        %v3286 = arith.muli %v3285, %v96 : i64
        %v3287 = arith.addi %v3286, %v3284 : i64
        %v3288 = llvm.getelementptr %v7[%v3287] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2102, %v3288 : f32, !llvm.ptr<3>
        %v3289 = arith.addi %v10, %v14 : i64
        %v3290 = arith.divui %v3289, %v83 : i64
        %v3291 = arith.remui %v3289, %v83 : i64
        %v3292 = arith.addi %v16, %v3290 : i64
        %v3293 = arith.muli %v3292, %v96 : i64
        %v3294 = arith.addi %v3293, %v3291 : i64
        %v3295 = llvm.getelementptr %v7[%v3294] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2116, %v3295 : f32, !llvm.ptr<3>
        %v3296 = arith.addi %v3045, %v14 : i64
        %v3297 = arith.divui %v3296, %v83 : i64
        %v3298 = arith.remui %v3296, %v83 : i64
        %v3299 = arith.addi %v16, %v3297 : i64
        %v3300 = arith.muli %v3299, %v96 : i64
        %v3301 = arith.addi %v3300, %v3298 : i64
        %v3302 = llvm.getelementptr %v7[%v3301] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2130, %v3302 : f32, !llvm.ptr<3>
        %v3303 = arith.addi %v3053, %v14 : i64
        %v3304 = arith.divui %v3303, %v83 : i64
        %v3305 = arith.remui %v3303, %v83 : i64
        %v3306 = arith.addi %v16, %v3304 : i64
        %v3307 = arith.muli %v3306, %v96 : i64
        %v3308 = arith.addi %v3307, %v3305 : i64
        %v3309 = llvm.getelementptr %v7[%v3308] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2144, %v3309 : f32, !llvm.ptr<3>
        %v3310 = arith.addi %v3061, %v14 : i64
        %v3311 = arith.divui %v3310, %v83 : i64
        %v3312 = arith.remui %v3310, %v83 : i64
        %v3313 = arith.addi %v16, %v3311 : i64
        %v3314 = arith.muli %v3313, %v96 : i64
        %v3315 = arith.addi %v3314, %v3312 : i64
        %v3316 = llvm.getelementptr %v7[%v3315] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2158, %v3316 : f32, !llvm.ptr<3>
        %v3317 = arith.addi %v3069, %v14 : i64
        %v3318 = arith.divui %v3317, %v83 : i64
        %v3319 = arith.remui %v3317, %v83 : i64
        %v3320 = arith.addi %v16, %v3318 : i64
        %v3321 = arith.muli %v3320, %v96 : i64
        %v3322 = arith.addi %v3321, %v3319 : i64
        %v3323 = llvm.getelementptr %v7[%v3322] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2172, %v3323 : f32, !llvm.ptr<3>
        %v3324 = arith.addi %v3077, %v14 : i64
        %v3325 = arith.divui %v3324, %v83 : i64
        %v3326 = arith.remui %v3324, %v83 : i64
        %v3327 = arith.addi %v16, %v3325 : i64
        %v3328 = arith.muli %v3327, %v96 : i64
        %v3329 = arith.addi %v3328, %v3326 : i64
        %v3330 = llvm.getelementptr %v7[%v3329] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2186, %v3330 : f32, !llvm.ptr<3>
        %v3331 = arith.addi %v3085, %v14 : i64
        %v3332 = arith.divui %v3331, %v83 : i64
        %v3333 = arith.remui %v3331, %v83 : i64
        %v3334 = arith.addi %v16, %v3332 : i64
        %v3335 = arith.muli %v3334, %v96 : i64
        %v3336 = arith.addi %v3335, %v3333 : i64
        %v3337 = llvm.getelementptr %v7[%v3336] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2200, %v3337 : f32, !llvm.ptr<3>
        %v3338 = arith.addi %v3093, %v14 : i64
        %v3339 = arith.divui %v3338, %v83 : i64
        %v3340 = arith.remui %v3338, %v83 : i64
        %v3341 = arith.addi %v16, %v3339 : i64
        %v3342 = arith.muli %v3341, %v96 : i64
        %v3343 = arith.addi %v3342, %v3340 : i64
        %v3344 = llvm.getelementptr %v7[%v3343] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2214, %v3344 : f32, !llvm.ptr<3>
        %v3345 = arith.addi %v3101, %v14 : i64
        %v3346 = arith.divui %v3345, %v83 : i64
        %v3347 = arith.remui %v3345, %v83 : i64
        %v3348 = arith.addi %v16, %v3346 : i64
        %v3349 = arith.muli %v3348, %v96 : i64
        %v3350 = arith.addi %v3349, %v3347 : i64
        %v3351 = llvm.getelementptr %v7[%v3350] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2228, %v3351 : f32, !llvm.ptr<3>
        %v3352 = arith.addi %v3109, %v14 : i64
        %v3353 = arith.divui %v3352, %v83 : i64
        %v3354 = arith.remui %v3352, %v83 : i64
        %v3355 = arith.addi %v16, %v3353 : i64
        %v3356 = arith.muli %v3355, %v96 : i64
        %v3357 = arith.addi %v3356, %v3354 : i64
        %v3358 = llvm.getelementptr %v7[%v3357] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2242, %v3358 : f32, !llvm.ptr<3>
        %v3359 = arith.addi %v3117, %v14 : i64
        %v3360 = arith.divui %v3359, %v83 : i64
        %v3361 = arith.remui %v3359, %v83 : i64
        %v3362 = arith.addi %v16, %v3360 : i64
        %v3363 = arith.muli %v3362, %v96 : i64
        %v3364 = arith.addi %v3363, %v3361 : i64
        %v3365 = llvm.getelementptr %v7[%v3364] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2256, %v3365 : f32, !llvm.ptr<3>
        %v3366 = arith.addi %v3125, %v14 : i64
        %v3367 = arith.divui %v3366, %v83 : i64
        %v3368 = arith.remui %v3366, %v83 : i64
        %v3369 = arith.addi %v16, %v3367 : i64
        %v3370 = arith.muli %v3369, %v96 : i64
        %v3371 = arith.addi %v3370, %v3368 : i64
        %v3372 = llvm.getelementptr %v7[%v3371] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2270, %v3372 : f32, !llvm.ptr<3>
        %v3373 = arith.addi %v3133, %v14 : i64
        %v3374 = arith.divui %v3373, %v83 : i64
        %v3375 = arith.remui %v3373, %v83 : i64
        %v3376 = arith.addi %v16, %v3374 : i64
        %v3377 = arith.muli %v3376, %v96 : i64
        %v3378 = arith.addi %v3377, %v3375 : i64
        %v3379 = llvm.getelementptr %v7[%v3378] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2284, %v3379 : f32, !llvm.ptr<3>
        %v3380 = arith.addi %v3141, %v14 : i64
        %v3381 = arith.divui %v3380, %v83 : i64
        %v3382 = arith.remui %v3380, %v83 : i64
        %v3383 = arith.addi %v16, %v3381 : i64
        %v3384 = arith.muli %v3383, %v96 : i64
        %v3385 = arith.addi %v3384, %v3382 : i64
        %v3386 = llvm.getelementptr %v7[%v3385] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2298, %v3386 : f32, !llvm.ptr<3>
        %v3387 = arith.addi %v3149, %v14 : i64
        %v3388 = arith.divui %v3387, %v83 : i64
        %v3389 = arith.remui %v3387, %v83 : i64
        %v3390 = arith.addi %v16, %v3388 : i64
        %v3391 = arith.muli %v3390, %v96 : i64
        %v3392 = arith.addi %v3391, %v3389 : i64
        %v3393 = llvm.getelementptr %v7[%v3392] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2312, %v3393 : f32, !llvm.ptr<3>
        %v3394 = arith.addi %v3157, %v14 : i64
        %v3395 = arith.divui %v3394, %v83 : i64
        %v3396 = arith.remui %v3394, %v83 : i64
        %v3397 = arith.addi %v16, %v3395 : i64
        %v3398 = arith.muli %v3397, %v96 : i64
        %v3399 = arith.addi %v3398, %v3396 : i64
        %v3400 = llvm.getelementptr %v7[%v3399] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2326, %v3400 : f32, !llvm.ptr<3>
        %v3401 = arith.addi %v3165, %v14 : i64
        %v3402 = arith.divui %v3401, %v83 : i64
        %v3403 = arith.remui %v3401, %v83 : i64
        %v3404 = arith.addi %v16, %v3402 : i64
        %v3405 = arith.muli %v3404, %v96 : i64
        %v3406 = arith.addi %v3405, %v3403 : i64
        %v3407 = llvm.getelementptr %v7[%v3406] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2340, %v3407 : f32, !llvm.ptr<3>
        %v3408 = arith.addi %v3173, %v14 : i64
        %v3409 = arith.divui %v3408, %v83 : i64
        %v3410 = arith.remui %v3408, %v83 : i64
        %v3411 = arith.addi %v16, %v3409 : i64
        %v3412 = arith.muli %v3411, %v96 : i64
        %v3413 = arith.addi %v3412, %v3410 : i64
        %v3414 = llvm.getelementptr %v7[%v3413] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2354, %v3414 : f32, !llvm.ptr<3>
        %v3415 = arith.addi %v3181, %v14 : i64
        %v3416 = arith.divui %v3415, %v83 : i64
        %v3417 = arith.remui %v3415, %v83 : i64
        %v3418 = arith.addi %v16, %v3416 : i64
        %v3419 = arith.muli %v3418, %v96 : i64
        %v3420 = arith.addi %v3419, %v3417 : i64
        %v3421 = llvm.getelementptr %v7[%v3420] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2368, %v3421 : f32, !llvm.ptr<3>
        %v3422 = arith.addi %v3189, %v14 : i64
        %v3423 = arith.divui %v3422, %v83 : i64
        %v3424 = arith.remui %v3422, %v83 : i64
        %v3425 = arith.addi %v16, %v3423 : i64
        %v3426 = arith.muli %v3425, %v96 : i64
        %v3427 = arith.addi %v3426, %v3424 : i64
        %v3428 = llvm.getelementptr %v7[%v3427] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2382, %v3428 : f32, !llvm.ptr<3>
        %v3429 = arith.addi %v3197, %v14 : i64
        %v3430 = arith.divui %v3429, %v83 : i64
        %v3431 = arith.remui %v3429, %v83 : i64
        %v3432 = arith.addi %v16, %v3430 : i64
        %v3433 = arith.muli %v3432, %v96 : i64
        %v3434 = arith.addi %v3433, %v3431 : i64
        %v3435 = llvm.getelementptr %v7[%v3434] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2396, %v3435 : f32, !llvm.ptr<3>
        %v3436 = arith.addi %v3205, %v14 : i64
        %v3437 = arith.divui %v3436, %v83 : i64
        %v3438 = arith.remui %v3436, %v83 : i64
        %v3439 = arith.addi %v16, %v3437 : i64
        %v3440 = arith.muli %v3439, %v96 : i64
        %v3441 = arith.addi %v3440, %v3438 : i64
        %v3442 = llvm.getelementptr %v7[%v3441] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2410, %v3442 : f32, !llvm.ptr<3>
        %v3443 = arith.addi %v3213, %v14 : i64
        %v3444 = arith.divui %v3443, %v83 : i64
        %v3445 = arith.remui %v3443, %v83 : i64
        %v3446 = arith.addi %v16, %v3444 : i64
        %v3447 = arith.muli %v3446, %v96 : i64
        %v3448 = arith.addi %v3447, %v3445 : i64
        %v3449 = llvm.getelementptr %v7[%v3448] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2424, %v3449 : f32, !llvm.ptr<3>
        %v3450 = arith.addi %v3221, %v14 : i64
        %v3451 = arith.divui %v3450, %v83 : i64
        %v3452 = arith.remui %v3450, %v83 : i64
        %v3453 = arith.addi %v16, %v3451 : i64
        %v3454 = arith.muli %v3453, %v96 : i64
        %v3455 = arith.addi %v3454, %v3452 : i64
        %v3456 = llvm.getelementptr %v7[%v3455] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2438, %v3456 : f32, !llvm.ptr<3>
        %v3457 = arith.addi %v3229, %v14 : i64
        %v3458 = arith.divui %v3457, %v83 : i64
        %v3459 = arith.remui %v3457, %v83 : i64
        %v3460 = arith.addi %v16, %v3458 : i64
        %v3461 = arith.muli %v3460, %v96 : i64
        %v3462 = arith.addi %v3461, %v3459 : i64
        %v3463 = llvm.getelementptr %v7[%v3462] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2452, %v3463 : f32, !llvm.ptr<3>
        %v3464 = arith.addi %v3237, %v14 : i64
        %v3465 = arith.divui %v3464, %v83 : i64
        %v3466 = arith.remui %v3464, %v83 : i64
        %v3467 = arith.addi %v16, %v3465 : i64
        %v3468 = arith.muli %v3467, %v96 : i64
        %v3469 = arith.addi %v3468, %v3466 : i64
        %v3470 = llvm.getelementptr %v7[%v3469] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2466, %v3470 : f32, !llvm.ptr<3>
        %v3471 = arith.addi %v3245, %v14 : i64
        %v3472 = arith.divui %v3471, %v83 : i64
        %v3473 = arith.remui %v3471, %v83 : i64
        %v3474 = arith.addi %v16, %v3472 : i64
        %v3475 = arith.muli %v3474, %v96 : i64
        %v3476 = arith.addi %v3475, %v3473 : i64
        %v3477 = llvm.getelementptr %v7[%v3476] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2480, %v3477 : f32, !llvm.ptr<3>
        %v3478 = arith.addi %v3253, %v14 : i64
        %v3479 = arith.divui %v3478, %v83 : i64
        %v3480 = arith.remui %v3478, %v83 : i64
        %v3481 = arith.addi %v16, %v3479 : i64
        %v3482 = arith.muli %v3481, %v96 : i64
        %v3483 = arith.addi %v3482, %v3480 : i64
        %v3484 = llvm.getelementptr %v7[%v3483] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2494, %v3484 : f32, !llvm.ptr<3>
        %v3485 = arith.addi %v26, %v14 : i64
        %v3486 = arith.divui %v3485, %v83 : i64
        %v3487 = arith.remui %v3485, %v83 : i64
        %v3488 = arith.addi %v1082, %v3486 : i64
        %v3489 = arith.muli %v3488, %v96 : i64
        %v3490 = arith.addi %v3489, %v3487 : i64
        %v3491 = llvm.getelementptr %v7[%v3490] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2510, %v3491 : f32, !llvm.ptr<3>
        %v3492 = arith.addi %v16, %v14 : i64
        %v3493 = arith.divui %v3492, %v83 : i64
        %v3494 = arith.remui %v3492, %v83 : i64
        %v3495 = arith.addi %v1082, %v3493 : i64
        %v3496 = arith.muli %v3495, %v96 : i64
        %v3497 = arith.addi %v3496, %v3494 : i64
        %v3498 = llvm.getelementptr %v7[%v3497] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2524, %v3498 : f32, !llvm.ptr<3>
        %v3499 = arith.addi %v1082, %v14 : i64
        %v3500 = arith.divui %v3499, %v83 : i64
        %v3501 = arith.remui %v3499, %v83 : i64
        %v3502 = arith.addi %v1082, %v3500 : i64
        %v3503 = arith.muli %v3502, %v96 : i64
        %v3504 = arith.addi %v3503, %v3501 : i64
        %v3505 = llvm.getelementptr %v7[%v3504] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2538, %v3505 : f32, !llvm.ptr<3>
        %v3506 = arith.addi %v3030, %v14 : i64
        %v3507 = arith.divui %v3506, %v83 : i64
        %v3508 = arith.remui %v3506, %v83 : i64
        %v3509 = arith.addi %v1082, %v3507 : i64
        %v3510 = arith.muli %v3509, %v96 : i64
        %v3511 = arith.addi %v3510, %v3508 : i64
        %v3512 = llvm.getelementptr %v7[%v3511] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2552, %v3512 : f32, !llvm.ptr<3>
        %v3513 = arith.addi %v10, %v14 : i64
        %v3514 = arith.divui %v3513, %v83 : i64
        %v3515 = arith.remui %v3513, %v83 : i64
        %v3516 = arith.addi %v1082, %v3514 : i64
        %v3517 = arith.muli %v3516, %v96 : i64
        %v3518 = arith.addi %v3517, %v3515 : i64
        %v3519 = llvm.getelementptr %v7[%v3518] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2566, %v3519 : f32, !llvm.ptr<3>
        %v3520 = arith.addi %v3045, %v14 : i64
        %v3521 = arith.divui %v3520, %v83 : i64
        %v3522 = arith.remui %v3520, %v83 : i64
        %v3523 = arith.addi %v1082, %v3521 : i64
        %v3524 = arith.muli %v3523, %v96 : i64
        %v3525 = arith.addi %v3524, %v3522 : i64
        %v3526 = llvm.getelementptr %v7[%v3525] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2580, %v3526 : f32, !llvm.ptr<3>
        %v3527 = arith.addi %v3053, %v14 : i64
        %v3528 = arith.divui %v3527, %v83 : i64
        %v3529 = arith.remui %v3527, %v83 : i64
        %v3530 = arith.addi %v1082, %v3528 : i64
        %v3531 = arith.muli %v3530, %v96 : i64
        %v3532 = arith.addi %v3531, %v3529 : i64
        %v3533 = llvm.getelementptr %v7[%v3532] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2594, %v3533 : f32, !llvm.ptr<3>
        %v3534 = arith.addi %v3061, %v14 : i64
        %v3535 = arith.divui %v3534, %v83 : i64
        %v3536 = arith.remui %v3534, %v83 : i64
        %v3537 = arith.addi %v1082, %v3535 : i64
        %v3538 = arith.muli %v3537, %v96 : i64
        %v3539 = arith.addi %v3538, %v3536 : i64
        %v3540 = llvm.getelementptr %v7[%v3539] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2608, %v3540 : f32, !llvm.ptr<3>
        %v3541 = arith.addi %v3069, %v14 : i64
        %v3542 = arith.divui %v3541, %v83 : i64
        %v3543 = arith.remui %v3541, %v83 : i64
        %v3544 = arith.addi %v1082, %v3542 : i64
        %v3545 = arith.muli %v3544, %v96 : i64
        %v3546 = arith.addi %v3545, %v3543 : i64
        %v3547 = llvm.getelementptr %v7[%v3546] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2622, %v3547 : f32, !llvm.ptr<3>
        %v3548 = arith.addi %v3077, %v14 : i64
        %v3549 = arith.divui %v3548, %v83 : i64
        %v3550 = arith.remui %v3548, %v83 : i64
        %v3551 = arith.addi %v1082, %v3549 : i64
        %v3552 = arith.muli %v3551, %v96 : i64
        %v3553 = arith.addi %v3552, %v3550 : i64
        %v3554 = llvm.getelementptr %v7[%v3553] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2636, %v3554 : f32, !llvm.ptr<3>
        %v3555 = arith.addi %v3085, %v14 : i64
        %v3556 = arith.divui %v3555, %v83 : i64
        %v3557 = arith.remui %v3555, %v83 : i64
        %v3558 = arith.addi %v1082, %v3556 : i64
        %v3559 = arith.muli %v3558, %v96 : i64
        %v3560 = arith.addi %v3559, %v3557 : i64
        %v3561 = llvm.getelementptr %v7[%v3560] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2650, %v3561 : f32, !llvm.ptr<3>
        %v3562 = arith.addi %v3093, %v14 : i64
        %v3563 = arith.divui %v3562, %v83 : i64
        %v3564 = arith.remui %v3562, %v83 : i64
        %v3565 = arith.addi %v1082, %v3563 : i64
        %v3566 = arith.muli %v3565, %v96 : i64
        %v3567 = arith.addi %v3566, %v3564 : i64
        %v3568 = llvm.getelementptr %v7[%v3567] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2664, %v3568 : f32, !llvm.ptr<3>
        %v3569 = arith.addi %v3101, %v14 : i64
        %v3570 = arith.divui %v3569, %v83 : i64
        %v3571 = arith.remui %v3569, %v83 : i64
        %v3572 = arith.addi %v1082, %v3570 : i64
        %v3573 = arith.muli %v3572, %v96 : i64
        %v3574 = arith.addi %v3573, %v3571 : i64
        %v3575 = llvm.getelementptr %v7[%v3574] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2678, %v3575 : f32, !llvm.ptr<3>
        %v3576 = arith.addi %v3109, %v14 : i64
        %v3577 = arith.divui %v3576, %v83 : i64
        %v3578 = arith.remui %v3576, %v83 : i64
        %v3579 = arith.addi %v1082, %v3577 : i64
        %v3580 = arith.muli %v3579, %v96 : i64
        %v3581 = arith.addi %v3580, %v3578 : i64
        %v3582 = llvm.getelementptr %v7[%v3581] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2692, %v3582 : f32, !llvm.ptr<3>
        %v3583 = arith.addi %v3117, %v14 : i64
        %v3584 = arith.divui %v3583, %v83 : i64
        %v3585 = arith.remui %v3583, %v83 : i64
        %v3586 = arith.addi %v1082, %v3584 : i64
        %v3587 = arith.muli %v3586, %v96 : i64
        %v3588 = arith.addi %v3587, %v3585 : i64
        %v3589 = llvm.getelementptr %v7[%v3588] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2706, %v3589 : f32, !llvm.ptr<3>
        %v3590 = arith.addi %v3125, %v14 : i64
        %v3591 = arith.divui %v3590, %v83 : i64
        %v3592 = arith.remui %v3590, %v83 : i64
        %v3593 = arith.addi %v1082, %v3591 : i64
        %v3594 = arith.muli %v3593, %v96 : i64
        %v3595 = arith.addi %v3594, %v3592 : i64
        %v3596 = llvm.getelementptr %v7[%v3595] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2720, %v3596 : f32, !llvm.ptr<3>
        %v3597 = arith.addi %v3133, %v14 : i64
        %v3598 = arith.divui %v3597, %v83 : i64
        %v3599 = arith.remui %v3597, %v83 : i64
        %v3600 = arith.addi %v1082, %v3598 : i64
        %v3601 = arith.muli %v3600, %v96 : i64
        %v3602 = arith.addi %v3601, %v3599 : i64
        %v3603 = llvm.getelementptr %v7[%v3602] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2734, %v3603 : f32, !llvm.ptr<3>
        %v3604 = arith.addi %v3141, %v14 : i64
        %v3605 = arith.divui %v3604, %v83 : i64
        %v3606 = arith.remui %v3604, %v83 : i64
        %v3607 = arith.addi %v1082, %v3605 : i64
        %v3608 = arith.muli %v3607, %v96 : i64
        %v3609 = arith.addi %v3608, %v3606 : i64
        %v3610 = llvm.getelementptr %v7[%v3609] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2748, %v3610 : f32, !llvm.ptr<3>
        %v3611 = arith.addi %v3149, %v14 : i64
        %v3612 = arith.divui %v3611, %v83 : i64
        %v3613 = arith.remui %v3611, %v83 : i64
        %v3614 = arith.addi %v1082, %v3612 : i64
        %v3615 = arith.muli %v3614, %v96 : i64
        %v3616 = arith.addi %v3615, %v3613 : i64
        %v3617 = llvm.getelementptr %v7[%v3616] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2762, %v3617 : f32, !llvm.ptr<3>
        %v3618 = arith.addi %v3157, %v14 : i64
        %v3619 = arith.divui %v3618, %v83 : i64
        %v3620 = arith.remui %v3618, %v83 : i64
        %v3621 = arith.addi %v1082, %v3619 : i64
        %v3622 = arith.muli %v3621, %v96 : i64
        %v3623 = arith.addi %v3622, %v3620 : i64
        %v3624 = llvm.getelementptr %v7[%v3623] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2776, %v3624 : f32, !llvm.ptr<3>
        %v3625 = arith.addi %v3165, %v14 : i64
        %v3626 = arith.divui %v3625, %v83 : i64
        %v3627 = arith.remui %v3625, %v83 : i64
        %v3628 = arith.addi %v1082, %v3626 : i64
        %v3629 = arith.muli %v3628, %v96 : i64
        %v3630 = arith.addi %v3629, %v3627 : i64
        %v3631 = llvm.getelementptr %v7[%v3630] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2790, %v3631 : f32, !llvm.ptr<3>
        %v3632 = arith.addi %v3173, %v14 : i64
        %v3633 = arith.divui %v3632, %v83 : i64
        %v3634 = arith.remui %v3632, %v83 : i64
        %v3635 = arith.addi %v1082, %v3633 : i64
        %v3636 = arith.muli %v3635, %v96 : i64
        %v3637 = arith.addi %v3636, %v3634 : i64
        %v3638 = llvm.getelementptr %v7[%v3637] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2804, %v3638 : f32, !llvm.ptr<3>
        %v3639 = arith.addi %v3181, %v14 : i64
        %v3640 = arith.divui %v3639, %v83 : i64
        %v3641 = arith.remui %v3639, %v83 : i64
        %v3642 = arith.addi %v1082, %v3640 : i64
        %v3643 = arith.muli %v3642, %v96 : i64
        %v3644 = arith.addi %v3643, %v3641 : i64
        %v3645 = llvm.getelementptr %v7[%v3644] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2818, %v3645 : f32, !llvm.ptr<3>
        %v3646 = arith.addi %v3189, %v14 : i64
        %v3647 = arith.divui %v3646, %v83 : i64
        %v3648 = arith.remui %v3646, %v83 : i64
        %v3649 = arith.addi %v1082, %v3647 : i64
        %v3650 = arith.muli %v3649, %v96 : i64
        %v3651 = arith.addi %v3650, %v3648 : i64
        %v3652 = llvm.getelementptr %v7[%v3651] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2832, %v3652 : f32, !llvm.ptr<3>
        %v3653 = arith.addi %v3197, %v14 : i64
        %v3654 = arith.divui %v3653, %v83 : i64
        %v3655 = arith.remui %v3653, %v83 : i64
        %v3656 = arith.addi %v1082, %v3654 : i64
        %v3657 = arith.muli %v3656, %v96 : i64
        %v3658 = arith.addi %v3657, %v3655 : i64
        %v3659 = llvm.getelementptr %v7[%v3658] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2846, %v3659 : f32, !llvm.ptr<3>
        %v3660 = arith.addi %v3205, %v14 : i64
        %v3661 = arith.divui %v3660, %v83 : i64
        %v3662 = arith.remui %v3660, %v83 : i64
        %v3663 = arith.addi %v1082, %v3661 : i64
        %v3664 = arith.muli %v3663, %v96 : i64
        %v3665 = arith.addi %v3664, %v3662 : i64
        %v3666 = llvm.getelementptr %v7[%v3665] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2860, %v3666 : f32, !llvm.ptr<3>
        %v3667 = arith.addi %v3213, %v14 : i64
        %v3668 = arith.divui %v3667, %v83 : i64
        %v3669 = arith.remui %v3667, %v83 : i64
        %v3670 = arith.addi %v1082, %v3668 : i64
        %v3671 = arith.muli %v3670, %v96 : i64
        %v3672 = arith.addi %v3671, %v3669 : i64
        %v3673 = llvm.getelementptr %v7[%v3672] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2874, %v3673 : f32, !llvm.ptr<3>
        %v3674 = arith.addi %v3221, %v14 : i64
        %v3675 = arith.divui %v3674, %v83 : i64
        %v3676 = arith.remui %v3674, %v83 : i64
        %v3677 = arith.addi %v1082, %v3675 : i64
        %v3678 = arith.muli %v3677, %v96 : i64
        %v3679 = arith.addi %v3678, %v3676 : i64
        %v3680 = llvm.getelementptr %v7[%v3679] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2888, %v3680 : f32, !llvm.ptr<3>
        %v3681 = arith.addi %v3229, %v14 : i64
        %v3682 = arith.divui %v3681, %v83 : i64
        %v3683 = arith.remui %v3681, %v83 : i64
        %v3684 = arith.addi %v1082, %v3682 : i64
        %v3685 = arith.muli %v3684, %v96 : i64
        %v3686 = arith.addi %v3685, %v3683 : i64
        %v3687 = llvm.getelementptr %v7[%v3686] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2902, %v3687 : f32, !llvm.ptr<3>
        %v3688 = arith.addi %v3237, %v14 : i64
        %v3689 = arith.divui %v3688, %v83 : i64
        %v3690 = arith.remui %v3688, %v83 : i64
        %v3691 = arith.addi %v1082, %v3689 : i64
        %v3692 = arith.muli %v3691, %v96 : i64
        %v3693 = arith.addi %v3692, %v3690 : i64
        %v3694 = llvm.getelementptr %v7[%v3693] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2916, %v3694 : f32, !llvm.ptr<3>
        %v3695 = arith.addi %v3245, %v14 : i64
        %v3696 = arith.divui %v3695, %v83 : i64
        %v3697 = arith.remui %v3695, %v83 : i64
        %v3698 = arith.addi %v1082, %v3696 : i64
        %v3699 = arith.muli %v3698, %v96 : i64
        %v3700 = arith.addi %v3699, %v3697 : i64
        %v3701 = llvm.getelementptr %v7[%v3700] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2930, %v3701 : f32, !llvm.ptr<3>
        %v3702 = arith.addi %v3253, %v14 : i64
        %v3703 = arith.divui %v3702, %v83 : i64
        %v3704 = arith.remui %v3702, %v83 : i64
        %v3705 = arith.addi %v1082, %v3703 : i64
        %v3706 = arith.muli %v3705, %v96 : i64
        %v3707 = arith.addi %v3706, %v3704 : i64
        %v3708 = llvm.getelementptr %v7[%v3707] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2944, %v3708 : f32, !llvm.ptr<3>
        %v3709 = arith.divui %v14, %v83 : i64
        %v3710 = arith.remui %v14, %v83 : i64
        %v3711 = arith.addi %v3709, %v26 : i64
        %v3712 = arith.constant true
        %v3713 = arith.addi %v3030, %v3711 : i64
        %v3714 = llvm.getelementptr %v6[%v3713] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3715 = llvm.load %v3714 : !llvm.ptr<3> -> i64
        %v3716 = arith.addi %v1565, %v3710 : i64
        %v3717 = arith.cmpi slt, %v3716, %size_L : i64
        %v3718 = arith.subi %size_L, %v1 : i64
        %v3719 = arith.minsi %v3716, %v3718 : i64
        %v3720 = arith.addi %v3715, %v3719 : i64
        %v3721 = arith.muli %v3713, %v96 : i64
        %v3722 = arith.addi %v3721, %v3710 : i64
        %v3723 = arith.cmpi sge, %v3715, %v26 : i64
        %v3724 = arith.andi %v3717, %v3723 : i1
        %v3725 = arith.andi %v3724, %v3712 : i1
        %v3726 = llvm.getelementptr %v7[%v3722] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v3727 = llvm.load %v3726 : !llvm.ptr<3> -> f32
        %v3728 = arith.addi %v3709, %v50 : i64
        %v3729 = arith.constant true
        %v3730 = arith.addi %v3030, %v3728 : i64
        %v3731 = llvm.getelementptr %v6[%v3730] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3732 = llvm.load %v3731 : !llvm.ptr<3> -> i64
        %v3733 = arith.addi %v1565, %v3710 : i64
        %v3734 = arith.cmpi slt, %v3733, %size_L : i64
        %v3735 = arith.subi %size_L, %v1 : i64
        %v3736 = arith.minsi %v3733, %v3735 : i64
        %v3737 = arith.addi %v3732, %v3736 : i64
        %v3738 = arith.muli %v3730, %v96 : i64
        %v3739 = arith.addi %v3738, %v3710 : i64
        %v3740 = arith.cmpi sge, %v3732, %v26 : i64
        %v3741 = arith.andi %v3734, %v3740 : i1
        %v3742 = arith.andi %v3741, %v3729 : i1
        %v3743 = llvm.getelementptr %v7[%v3739] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v3744 = llvm.load %v3743 : !llvm.ptr<3> -> f32
        %v3745 = arith.addi %v3709, %v115 : i64
        %v3746 = arith.constant true
        %v3747 = arith.addi %v3030, %v3745 : i64
        %v3748 = llvm.getelementptr %v6[%v3747] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3749 = llvm.load %v3748 : !llvm.ptr<3> -> i64
        %v3750 = arith.addi %v1565, %v3710 : i64
        %v3751 = arith.cmpi slt, %v3750, %size_L : i64
        %v3752 = arith.subi %size_L, %v1 : i64
        %v3753 = arith.minsi %v3750, %v3752 : i64
        %v3754 = arith.addi %v3749, %v3753 : i64
        %v3755 = arith.muli %v3747, %v96 : i64
        %v3756 = arith.addi %v3755, %v3710 : i64
        %v3757 = arith.cmpi sge, %v3749, %v26 : i64
        %v3758 = arith.andi %v3751, %v3757 : i1
        %v3759 = arith.andi %v3758, %v3746 : i1
        %v3760 = llvm.getelementptr %v7[%v3756] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v3761 = llvm.load %v3760 : !llvm.ptr<3> -> f32
        %v3762 = arith.addi %v3709, %v130 : i64
        %v3763 = arith.constant true
        %v3764 = arith.addi %v3030, %v3762 : i64
        %v3765 = llvm.getelementptr %v6[%v3764] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3766 = llvm.load %v3765 : !llvm.ptr<3> -> i64
        %v3767 = arith.addi %v1565, %v3710 : i64
        %v3768 = arith.cmpi slt, %v3767, %size_L : i64
        %v3769 = arith.subi %size_L, %v1 : i64
        %v3770 = arith.minsi %v3767, %v3769 : i64
        %v3771 = arith.addi %v3766, %v3770 : i64
        %v3772 = arith.muli %v3764, %v96 : i64
        %v3773 = arith.addi %v3772, %v3710 : i64
        %v3774 = arith.cmpi sge, %v3766, %v26 : i64
        %v3775 = arith.andi %v3768, %v3774 : i1
        %v3776 = arith.andi %v3775, %v3763 : i1
        %v3777 = llvm.getelementptr %v7[%v3773] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v3778 = llvm.load %v3777 : !llvm.ptr<3> -> f32
        %v3779 = arith.addi %v3709, %v145 : i64
        %v3780 = arith.constant true
        %v3781 = arith.addi %v3030, %v3779 : i64
        %v3782 = llvm.getelementptr %v6[%v3781] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3783 = llvm.load %v3782 : !llvm.ptr<3> -> i64
        %v3784 = arith.addi %v1565, %v3710 : i64
        %v3785 = arith.cmpi slt, %v3784, %size_L : i64
        %v3786 = arith.subi %size_L, %v1 : i64
        %v3787 = arith.minsi %v3784, %v3786 : i64
        %v3788 = arith.addi %v3783, %v3787 : i64
        %v3789 = arith.muli %v3781, %v96 : i64
        %v3790 = arith.addi %v3789, %v3710 : i64
        %v3791 = arith.cmpi sge, %v3783, %v26 : i64
        %v3792 = arith.andi %v3785, %v3791 : i1
        %v3793 = arith.andi %v3792, %v3780 : i1
        %v3794 = llvm.getelementptr %v7[%v3790] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v3795 = llvm.load %v3794 : !llvm.ptr<3> -> f32
        %v3796 = arith.addi %v3709, %v160 : i64
        %v3797 = arith.constant true
        %v3798 = arith.addi %v3030, %v3796 : i64
        %v3799 = llvm.getelementptr %v6[%v3798] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3800 = llvm.load %v3799 : !llvm.ptr<3> -> i64
        %v3801 = arith.addi %v1565, %v3710 : i64
        %v3802 = arith.cmpi slt, %v3801, %size_L : i64
        %v3803 = arith.subi %size_L, %v1 : i64
        %v3804 = arith.minsi %v3801, %v3803 : i64
        %v3805 = arith.addi %v3800, %v3804 : i64
        %v3806 = arith.muli %v3798, %v96 : i64
        %v3807 = arith.addi %v3806, %v3710 : i64
        %v3808 = arith.cmpi sge, %v3800, %v26 : i64
        %v3809 = arith.andi %v3802, %v3808 : i1
        %v3810 = arith.andi %v3809, %v3797 : i1
        %v3811 = llvm.getelementptr %v7[%v3807] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v3812 = llvm.load %v3811 : !llvm.ptr<3> -> f32
        %v3813 = arith.addi %v3709, %v175 : i64
        %v3814 = arith.constant true
        %v3815 = arith.addi %v3030, %v3813 : i64
        %v3816 = llvm.getelementptr %v6[%v3815] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3817 = llvm.load %v3816 : !llvm.ptr<3> -> i64
        %v3818 = arith.addi %v1565, %v3710 : i64
        %v3819 = arith.cmpi slt, %v3818, %size_L : i64
        %v3820 = arith.subi %size_L, %v1 : i64
        %v3821 = arith.minsi %v3818, %v3820 : i64
        %v3822 = arith.addi %v3817, %v3821 : i64
        %v3823 = arith.muli %v3815, %v96 : i64
        %v3824 = arith.addi %v3823, %v3710 : i64
        %v3825 = arith.cmpi sge, %v3817, %v26 : i64
        %v3826 = arith.andi %v3819, %v3825 : i1
        %v3827 = arith.andi %v3826, %v3814 : i1
        %v3828 = llvm.getelementptr %v7[%v3824] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v3829 = llvm.load %v3828 : !llvm.ptr<3> -> f32
        %v3830 = arith.addi %v3709, %v190 : i64
        %v3831 = arith.constant true
        %v3832 = arith.addi %v3030, %v3830 : i64
        %v3833 = llvm.getelementptr %v6[%v3832] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3834 = llvm.load %v3833 : !llvm.ptr<3> -> i64
        %v3835 = arith.addi %v1565, %v3710 : i64
        %v3836 = arith.cmpi slt, %v3835, %size_L : i64
        %v3837 = arith.subi %size_L, %v1 : i64
        %v3838 = arith.minsi %v3835, %v3837 : i64
        %v3839 = arith.addi %v3834, %v3838 : i64
        %v3840 = arith.muli %v3832, %v96 : i64
        %v3841 = arith.addi %v3840, %v3710 : i64
        %v3842 = arith.cmpi sge, %v3834, %v26 : i64
        %v3843 = arith.andi %v3836, %v3842 : i1
        %v3844 = arith.andi %v3843, %v3831 : i1
        %v3845 = llvm.getelementptr %v7[%v3841] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v3846 = llvm.load %v3845 : !llvm.ptr<3> -> f32
        %v3847 = arith.addi %v3709, %v205 : i64
        %v3848 = arith.constant true
        %v3849 = arith.addi %v3030, %v3847 : i64
        %v3850 = llvm.getelementptr %v6[%v3849] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3851 = llvm.load %v3850 : !llvm.ptr<3> -> i64
        %v3852 = arith.addi %v1565, %v3710 : i64
        %v3853 = arith.cmpi slt, %v3852, %size_L : i64
        %v3854 = arith.subi %size_L, %v1 : i64
        %v3855 = arith.minsi %v3852, %v3854 : i64
        %v3856 = arith.addi %v3851, %v3855 : i64
        %v3857 = arith.muli %v3849, %v96 : i64
        %v3858 = arith.addi %v3857, %v3710 : i64
        %v3859 = arith.cmpi sge, %v3851, %v26 : i64
        %v3860 = arith.andi %v3853, %v3859 : i1
        %v3861 = arith.andi %v3860, %v3848 : i1
        %v3862 = llvm.getelementptr %v7[%v3858] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v3863 = llvm.load %v3862 : !llvm.ptr<3> -> f32
        %v3864 = arith.addi %v3709, %v220 : i64
        %v3865 = arith.constant true
        %v3866 = arith.addi %v3030, %v3864 : i64
        %v3867 = llvm.getelementptr %v6[%v3866] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3868 = llvm.load %v3867 : !llvm.ptr<3> -> i64
        %v3869 = arith.addi %v1565, %v3710 : i64
        %v3870 = arith.cmpi slt, %v3869, %size_L : i64
        %v3871 = arith.subi %size_L, %v1 : i64
        %v3872 = arith.minsi %v3869, %v3871 : i64
        %v3873 = arith.addi %v3868, %v3872 : i64
        %v3874 = arith.muli %v3866, %v96 : i64
        %v3875 = arith.addi %v3874, %v3710 : i64
        %v3876 = arith.cmpi sge, %v3868, %v26 : i64
        %v3877 = arith.andi %v3870, %v3876 : i1
        %v3878 = arith.andi %v3877, %v3865 : i1
        %v3879 = llvm.getelementptr %v7[%v3875] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v3880 = llvm.load %v3879 : !llvm.ptr<3> -> f32
        %v3881 = arith.addi %v3709, %v235 : i64
        %v3882 = arith.constant true
        %v3883 = arith.addi %v3030, %v3881 : i64
        %v3884 = llvm.getelementptr %v6[%v3883] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3885 = llvm.load %v3884 : !llvm.ptr<3> -> i64
        %v3886 = arith.addi %v1565, %v3710 : i64
        %v3887 = arith.cmpi slt, %v3886, %size_L : i64
        %v3888 = arith.subi %size_L, %v1 : i64
        %v3889 = arith.minsi %v3886, %v3888 : i64
        %v3890 = arith.addi %v3885, %v3889 : i64
        %v3891 = arith.muli %v3883, %v96 : i64
        %v3892 = arith.addi %v3891, %v3710 : i64
        %v3893 = arith.cmpi sge, %v3885, %v26 : i64
        %v3894 = arith.andi %v3887, %v3893 : i1
        %v3895 = arith.andi %v3894, %v3882 : i1
        %v3896 = llvm.getelementptr %v7[%v3892] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v3897 = llvm.load %v3896 : !llvm.ptr<3> -> f32
        %v3898 = arith.addi %v3709, %v250 : i64
        %v3899 = arith.constant true
        %v3900 = arith.addi %v3030, %v3898 : i64
        %v3901 = llvm.getelementptr %v6[%v3900] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3902 = llvm.load %v3901 : !llvm.ptr<3> -> i64
        %v3903 = arith.addi %v1565, %v3710 : i64
        %v3904 = arith.cmpi slt, %v3903, %size_L : i64
        %v3905 = arith.subi %size_L, %v1 : i64
        %v3906 = arith.minsi %v3903, %v3905 : i64
        %v3907 = arith.addi %v3902, %v3906 : i64
        %v3908 = arith.muli %v3900, %v96 : i64
        %v3909 = arith.addi %v3908, %v3710 : i64
        %v3910 = arith.cmpi sge, %v3902, %v26 : i64
        %v3911 = arith.andi %v3904, %v3910 : i1
        %v3912 = arith.andi %v3911, %v3899 : i1
        %v3913 = llvm.getelementptr %v7[%v3909] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v3914 = llvm.load %v3913 : !llvm.ptr<3> -> f32
        %v3915 = arith.addi %v3709, %v265 : i64
        %v3916 = arith.constant true
        %v3917 = arith.addi %v3030, %v3915 : i64
        %v3918 = llvm.getelementptr %v6[%v3917] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3919 = llvm.load %v3918 : !llvm.ptr<3> -> i64
        %v3920 = arith.addi %v1565, %v3710 : i64
        %v3921 = arith.cmpi slt, %v3920, %size_L : i64
        %v3922 = arith.subi %size_L, %v1 : i64
        %v3923 = arith.minsi %v3920, %v3922 : i64
        %v3924 = arith.addi %v3919, %v3923 : i64
        %v3925 = arith.muli %v3917, %v96 : i64
        %v3926 = arith.addi %v3925, %v3710 : i64
        %v3927 = arith.cmpi sge, %v3919, %v26 : i64
        %v3928 = arith.andi %v3921, %v3927 : i1
        %v3929 = arith.andi %v3928, %v3916 : i1
        %v3930 = llvm.getelementptr %v7[%v3926] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v3931 = llvm.load %v3930 : !llvm.ptr<3> -> f32
        %v3932 = arith.addi %v3709, %v280 : i64
        %v3933 = arith.constant true
        %v3934 = arith.addi %v3030, %v3932 : i64
        %v3935 = llvm.getelementptr %v6[%v3934] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3936 = llvm.load %v3935 : !llvm.ptr<3> -> i64
        %v3937 = arith.addi %v1565, %v3710 : i64
        %v3938 = arith.cmpi slt, %v3937, %size_L : i64
        %v3939 = arith.subi %size_L, %v1 : i64
        %v3940 = arith.minsi %v3937, %v3939 : i64
        %v3941 = arith.addi %v3936, %v3940 : i64
        %v3942 = arith.muli %v3934, %v96 : i64
        %v3943 = arith.addi %v3942, %v3710 : i64
        %v3944 = arith.cmpi sge, %v3936, %v26 : i64
        %v3945 = arith.andi %v3938, %v3944 : i1
        %v3946 = arith.andi %v3945, %v3933 : i1
        %v3947 = llvm.getelementptr %v7[%v3943] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v3948 = llvm.load %v3947 : !llvm.ptr<3> -> f32
        %v3949 = arith.addi %v3709, %v295 : i64
        %v3950 = arith.constant true
        %v3951 = arith.addi %v3030, %v3949 : i64
        %v3952 = llvm.getelementptr %v6[%v3951] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3953 = llvm.load %v3952 : !llvm.ptr<3> -> i64
        %v3954 = arith.addi %v1565, %v3710 : i64
        %v3955 = arith.cmpi slt, %v3954, %size_L : i64
        %v3956 = arith.subi %size_L, %v1 : i64
        %v3957 = arith.minsi %v3954, %v3956 : i64
        %v3958 = arith.addi %v3953, %v3957 : i64
        %v3959 = arith.muli %v3951, %v96 : i64
        %v3960 = arith.addi %v3959, %v3710 : i64
        %v3961 = arith.cmpi sge, %v3953, %v26 : i64
        %v3962 = arith.andi %v3955, %v3961 : i1
        %v3963 = arith.andi %v3962, %v3950 : i1
        %v3964 = llvm.getelementptr %v7[%v3960] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v3965 = llvm.load %v3964 : !llvm.ptr<3> -> f32
        %v3966 = arith.addi %v3709, %v310 : i64
        %v3967 = arith.constant true
        %v3968 = arith.addi %v3030, %v3966 : i64
        %v3969 = llvm.getelementptr %v6[%v3968] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3970 = llvm.load %v3969 : !llvm.ptr<3> -> i64
        %v3971 = arith.addi %v1565, %v3710 : i64
        %v3972 = arith.cmpi slt, %v3971, %size_L : i64
        %v3973 = arith.subi %size_L, %v1 : i64
        %v3974 = arith.minsi %v3971, %v3973 : i64
        %v3975 = arith.addi %v3970, %v3974 : i64
        %v3976 = arith.muli %v3968, %v96 : i64
        %v3977 = arith.addi %v3976, %v3710 : i64
        %v3978 = arith.cmpi sge, %v3970, %v26 : i64
        %v3979 = arith.andi %v3972, %v3978 : i1
        %v3980 = arith.andi %v3979, %v3967 : i1
        %v3981 = llvm.getelementptr %v7[%v3977] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v3982 = llvm.load %v3981 : !llvm.ptr<3> -> f32
        %v3983 = arith.addi %v3709, %v83 : i64
        %v3984 = arith.constant true
        %v3985 = arith.addi %v3030, %v3983 : i64
        %v3986 = llvm.getelementptr %v6[%v3985] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3987 = llvm.load %v3986 : !llvm.ptr<3> -> i64
        %v3988 = arith.addi %v1565, %v3710 : i64
        %v3989 = arith.cmpi slt, %v3988, %size_L : i64
        %v3990 = arith.subi %size_L, %v1 : i64
        %v3991 = arith.minsi %v3988, %v3990 : i64
        %v3992 = arith.addi %v3987, %v3991 : i64
        %v3993 = arith.muli %v3985, %v96 : i64
        %v3994 = arith.addi %v3993, %v3710 : i64
        %v3995 = arith.cmpi sge, %v3987, %v26 : i64
        %v3996 = arith.andi %v3989, %v3995 : i1
        %v3997 = arith.andi %v3996, %v3984 : i1
        %v3998 = llvm.getelementptr %v7[%v3994] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v3999 = llvm.load %v3998 : !llvm.ptr<3> -> f32
        %v4000 = arith.addi %v3709, %v339 : i64
        %v4001 = arith.constant true
        %v4002 = arith.addi %v3030, %v4000 : i64
        %v4003 = llvm.getelementptr %v6[%v4002] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4004 = llvm.load %v4003 : !llvm.ptr<3> -> i64
        %v4005 = arith.addi %v1565, %v3710 : i64
        %v4006 = arith.cmpi slt, %v4005, %size_L : i64
        %v4007 = arith.subi %size_L, %v1 : i64
        %v4008 = arith.minsi %v4005, %v4007 : i64
        %v4009 = arith.addi %v4004, %v4008 : i64
        %v4010 = arith.muli %v4002, %v96 : i64
        %v4011 = arith.addi %v4010, %v3710 : i64
        %v4012 = arith.cmpi sge, %v4004, %v26 : i64
        %v4013 = arith.andi %v4006, %v4012 : i1
        %v4014 = arith.andi %v4013, %v4001 : i1
        %v4015 = llvm.getelementptr %v7[%v4011] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4016 = llvm.load %v4015 : !llvm.ptr<3> -> f32
        %v4017 = arith.addi %v3709, %v354 : i64
        %v4018 = arith.constant true
        %v4019 = arith.addi %v3030, %v4017 : i64
        %v4020 = llvm.getelementptr %v6[%v4019] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4021 = llvm.load %v4020 : !llvm.ptr<3> -> i64
        %v4022 = arith.addi %v1565, %v3710 : i64
        %v4023 = arith.cmpi slt, %v4022, %size_L : i64
        %v4024 = arith.subi %size_L, %v1 : i64
        %v4025 = arith.minsi %v4022, %v4024 : i64
        %v4026 = arith.addi %v4021, %v4025 : i64
        %v4027 = arith.muli %v4019, %v96 : i64
        %v4028 = arith.addi %v4027, %v3710 : i64
        %v4029 = arith.cmpi sge, %v4021, %v26 : i64
        %v4030 = arith.andi %v4023, %v4029 : i1
        %v4031 = arith.andi %v4030, %v4018 : i1
        %v4032 = llvm.getelementptr %v7[%v4028] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4033 = llvm.load %v4032 : !llvm.ptr<3> -> f32
        %v4034 = arith.addi %v3709, %v369 : i64
        %v4035 = arith.constant true
        %v4036 = arith.addi %v3030, %v4034 : i64
        %v4037 = llvm.getelementptr %v6[%v4036] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4038 = llvm.load %v4037 : !llvm.ptr<3> -> i64
        %v4039 = arith.addi %v1565, %v3710 : i64
        %v4040 = arith.cmpi slt, %v4039, %size_L : i64
        %v4041 = arith.subi %size_L, %v1 : i64
        %v4042 = arith.minsi %v4039, %v4041 : i64
        %v4043 = arith.addi %v4038, %v4042 : i64
        %v4044 = arith.muli %v4036, %v96 : i64
        %v4045 = arith.addi %v4044, %v3710 : i64
        %v4046 = arith.cmpi sge, %v4038, %v26 : i64
        %v4047 = arith.andi %v4040, %v4046 : i1
        %v4048 = arith.andi %v4047, %v4035 : i1
        %v4049 = llvm.getelementptr %v7[%v4045] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4050 = llvm.load %v4049 : !llvm.ptr<3> -> f32
        %v4051 = arith.addi %v3709, %v384 : i64
        %v4052 = arith.constant true
        %v4053 = arith.addi %v3030, %v4051 : i64
        %v4054 = llvm.getelementptr %v6[%v4053] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4055 = llvm.load %v4054 : !llvm.ptr<3> -> i64
        %v4056 = arith.addi %v1565, %v3710 : i64
        %v4057 = arith.cmpi slt, %v4056, %size_L : i64
        %v4058 = arith.subi %size_L, %v1 : i64
        %v4059 = arith.minsi %v4056, %v4058 : i64
        %v4060 = arith.addi %v4055, %v4059 : i64
        %v4061 = arith.muli %v4053, %v96 : i64
        %v4062 = arith.addi %v4061, %v3710 : i64
        %v4063 = arith.cmpi sge, %v4055, %v26 : i64
        %v4064 = arith.andi %v4057, %v4063 : i1
        %v4065 = arith.andi %v4064, %v4052 : i1
        %v4066 = llvm.getelementptr %v7[%v4062] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4067 = llvm.load %v4066 : !llvm.ptr<3> -> f32
        %v4068 = arith.addi %v3709, %v399 : i64
        %v4069 = arith.constant true
        %v4070 = arith.addi %v3030, %v4068 : i64
        %v4071 = llvm.getelementptr %v6[%v4070] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4072 = llvm.load %v4071 : !llvm.ptr<3> -> i64
        %v4073 = arith.addi %v1565, %v3710 : i64
        %v4074 = arith.cmpi slt, %v4073, %size_L : i64
        %v4075 = arith.subi %size_L, %v1 : i64
        %v4076 = arith.minsi %v4073, %v4075 : i64
        %v4077 = arith.addi %v4072, %v4076 : i64
        %v4078 = arith.muli %v4070, %v96 : i64
        %v4079 = arith.addi %v4078, %v3710 : i64
        %v4080 = arith.cmpi sge, %v4072, %v26 : i64
        %v4081 = arith.andi %v4074, %v4080 : i1
        %v4082 = arith.andi %v4081, %v4069 : i1
        %v4083 = llvm.getelementptr %v7[%v4079] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4084 = llvm.load %v4083 : !llvm.ptr<3> -> f32
        %v4085 = arith.addi %v3709, %v414 : i64
        %v4086 = arith.constant true
        %v4087 = arith.addi %v3030, %v4085 : i64
        %v4088 = llvm.getelementptr %v6[%v4087] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4089 = llvm.load %v4088 : !llvm.ptr<3> -> i64
        %v4090 = arith.addi %v1565, %v3710 : i64
        %v4091 = arith.cmpi slt, %v4090, %size_L : i64
        %v4092 = arith.subi %size_L, %v1 : i64
        %v4093 = arith.minsi %v4090, %v4092 : i64
        %v4094 = arith.addi %v4089, %v4093 : i64
        %v4095 = arith.muli %v4087, %v96 : i64
        %v4096 = arith.addi %v4095, %v3710 : i64
        %v4097 = arith.cmpi sge, %v4089, %v26 : i64
        %v4098 = arith.andi %v4091, %v4097 : i1
        %v4099 = arith.andi %v4098, %v4086 : i1
        %v4100 = llvm.getelementptr %v7[%v4096] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4101 = llvm.load %v4100 : !llvm.ptr<3> -> f32
        %v4102 = arith.addi %v3709, %v429 : i64
        %v4103 = arith.constant true
        %v4104 = arith.addi %v3030, %v4102 : i64
        %v4105 = llvm.getelementptr %v6[%v4104] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4106 = llvm.load %v4105 : !llvm.ptr<3> -> i64
        %v4107 = arith.addi %v1565, %v3710 : i64
        %v4108 = arith.cmpi slt, %v4107, %size_L : i64
        %v4109 = arith.subi %size_L, %v1 : i64
        %v4110 = arith.minsi %v4107, %v4109 : i64
        %v4111 = arith.addi %v4106, %v4110 : i64
        %v4112 = arith.muli %v4104, %v96 : i64
        %v4113 = arith.addi %v4112, %v3710 : i64
        %v4114 = arith.cmpi sge, %v4106, %v26 : i64
        %v4115 = arith.andi %v4108, %v4114 : i1
        %v4116 = arith.andi %v4115, %v4103 : i1
        %v4117 = llvm.getelementptr %v7[%v4113] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4118 = llvm.load %v4117 : !llvm.ptr<3> -> f32
        %v4119 = arith.addi %v3709, %v444 : i64
        %v4120 = arith.constant true
        %v4121 = arith.addi %v3030, %v4119 : i64
        %v4122 = llvm.getelementptr %v6[%v4121] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4123 = llvm.load %v4122 : !llvm.ptr<3> -> i64
        %v4124 = arith.addi %v1565, %v3710 : i64
        %v4125 = arith.cmpi slt, %v4124, %size_L : i64
        %v4126 = arith.subi %size_L, %v1 : i64
        %v4127 = arith.minsi %v4124, %v4126 : i64
        %v4128 = arith.addi %v4123, %v4127 : i64
        %v4129 = arith.muli %v4121, %v96 : i64
        %v4130 = arith.addi %v4129, %v3710 : i64
        %v4131 = arith.cmpi sge, %v4123, %v26 : i64
        %v4132 = arith.andi %v4125, %v4131 : i1
        %v4133 = arith.andi %v4132, %v4120 : i1
        %v4134 = llvm.getelementptr %v7[%v4130] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4135 = llvm.load %v4134 : !llvm.ptr<3> -> f32
        %v4136 = arith.addi %v3709, %v459 : i64
        %v4137 = arith.constant true
        %v4138 = arith.addi %v3030, %v4136 : i64
        %v4139 = llvm.getelementptr %v6[%v4138] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4140 = llvm.load %v4139 : !llvm.ptr<3> -> i64
        %v4141 = arith.addi %v1565, %v3710 : i64
        %v4142 = arith.cmpi slt, %v4141, %size_L : i64
        %v4143 = arith.subi %size_L, %v1 : i64
        %v4144 = arith.minsi %v4141, %v4143 : i64
        %v4145 = arith.addi %v4140, %v4144 : i64
        %v4146 = arith.muli %v4138, %v96 : i64
        %v4147 = arith.addi %v4146, %v3710 : i64
        %v4148 = arith.cmpi sge, %v4140, %v26 : i64
        %v4149 = arith.andi %v4142, %v4148 : i1
        %v4150 = arith.andi %v4149, %v4137 : i1
        %v4151 = llvm.getelementptr %v7[%v4147] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4152 = llvm.load %v4151 : !llvm.ptr<3> -> f32
        %v4153 = arith.addi %v3709, %v474 : i64
        %v4154 = arith.constant true
        %v4155 = arith.addi %v3030, %v4153 : i64
        %v4156 = llvm.getelementptr %v6[%v4155] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4157 = llvm.load %v4156 : !llvm.ptr<3> -> i64
        %v4158 = arith.addi %v1565, %v3710 : i64
        %v4159 = arith.cmpi slt, %v4158, %size_L : i64
        %v4160 = arith.subi %size_L, %v1 : i64
        %v4161 = arith.minsi %v4158, %v4160 : i64
        %v4162 = arith.addi %v4157, %v4161 : i64
        %v4163 = arith.muli %v4155, %v96 : i64
        %v4164 = arith.addi %v4163, %v3710 : i64
        %v4165 = arith.cmpi sge, %v4157, %v26 : i64
        %v4166 = arith.andi %v4159, %v4165 : i1
        %v4167 = arith.andi %v4166, %v4154 : i1
        %v4168 = llvm.getelementptr %v7[%v4164] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4169 = llvm.load %v4168 : !llvm.ptr<3> -> f32
        %v4170 = arith.addi %v3709, %v489 : i64
        %v4171 = arith.constant true
        %v4172 = arith.addi %v3030, %v4170 : i64
        %v4173 = llvm.getelementptr %v6[%v4172] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4174 = llvm.load %v4173 : !llvm.ptr<3> -> i64
        %v4175 = arith.addi %v1565, %v3710 : i64
        %v4176 = arith.cmpi slt, %v4175, %size_L : i64
        %v4177 = arith.subi %size_L, %v1 : i64
        %v4178 = arith.minsi %v4175, %v4177 : i64
        %v4179 = arith.addi %v4174, %v4178 : i64
        %v4180 = arith.muli %v4172, %v96 : i64
        %v4181 = arith.addi %v4180, %v3710 : i64
        %v4182 = arith.cmpi sge, %v4174, %v26 : i64
        %v4183 = arith.andi %v4176, %v4182 : i1
        %v4184 = arith.andi %v4183, %v4171 : i1
        %v4185 = llvm.getelementptr %v7[%v4181] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4186 = llvm.load %v4185 : !llvm.ptr<3> -> f32
        %v4187 = arith.addi %v3709, %v504 : i64
        %v4188 = arith.constant true
        %v4189 = arith.addi %v3030, %v4187 : i64
        %v4190 = llvm.getelementptr %v6[%v4189] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4191 = llvm.load %v4190 : !llvm.ptr<3> -> i64
        %v4192 = arith.addi %v1565, %v3710 : i64
        %v4193 = arith.cmpi slt, %v4192, %size_L : i64
        %v4194 = arith.subi %size_L, %v1 : i64
        %v4195 = arith.minsi %v4192, %v4194 : i64
        %v4196 = arith.addi %v4191, %v4195 : i64
        %v4197 = arith.muli %v4189, %v96 : i64
        %v4198 = arith.addi %v4197, %v3710 : i64
        %v4199 = arith.cmpi sge, %v4191, %v26 : i64
        %v4200 = arith.andi %v4193, %v4199 : i1
        %v4201 = arith.andi %v4200, %v4188 : i1
        %v4202 = llvm.getelementptr %v7[%v4198] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4203 = llvm.load %v4202 : !llvm.ptr<3> -> f32
        %v4204 = arith.addi %v3709, %v519 : i64
        %v4205 = arith.constant true
        %v4206 = arith.addi %v3030, %v4204 : i64
        %v4207 = llvm.getelementptr %v6[%v4206] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4208 = llvm.load %v4207 : !llvm.ptr<3> -> i64
        %v4209 = arith.addi %v1565, %v3710 : i64
        %v4210 = arith.cmpi slt, %v4209, %size_L : i64
        %v4211 = arith.subi %size_L, %v1 : i64
        %v4212 = arith.minsi %v4209, %v4211 : i64
        %v4213 = arith.addi %v4208, %v4212 : i64
        %v4214 = arith.muli %v4206, %v96 : i64
        %v4215 = arith.addi %v4214, %v3710 : i64
        %v4216 = arith.cmpi sge, %v4208, %v26 : i64
        %v4217 = arith.andi %v4210, %v4216 : i1
        %v4218 = arith.andi %v4217, %v4205 : i1
        %v4219 = llvm.getelementptr %v7[%v4215] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4220 = llvm.load %v4219 : !llvm.ptr<3> -> f32
        %v4221 = arith.addi %v3709, %v534 : i64
        %v4222 = arith.constant true
        %v4223 = arith.addi %v3030, %v4221 : i64
        %v4224 = llvm.getelementptr %v6[%v4223] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4225 = llvm.load %v4224 : !llvm.ptr<3> -> i64
        %v4226 = arith.addi %v1565, %v3710 : i64
        %v4227 = arith.cmpi slt, %v4226, %size_L : i64
        %v4228 = arith.subi %size_L, %v1 : i64
        %v4229 = arith.minsi %v4226, %v4228 : i64
        %v4230 = arith.addi %v4225, %v4229 : i64
        %v4231 = arith.muli %v4223, %v96 : i64
        %v4232 = arith.addi %v4231, %v3710 : i64
        %v4233 = arith.cmpi sge, %v4225, %v26 : i64
        %v4234 = arith.andi %v4227, %v4233 : i1
        %v4235 = arith.andi %v4234, %v4222 : i1
        %v4236 = llvm.getelementptr %v7[%v4232] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4237 = llvm.load %v4236 : !llvm.ptr<3> -> f32
        %v4238 = arith.addi %v3709, %v549 : i64
        %v4239 = arith.constant true
        %v4240 = arith.addi %v3030, %v4238 : i64
        %v4241 = llvm.getelementptr %v6[%v4240] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4242 = llvm.load %v4241 : !llvm.ptr<3> -> i64
        %v4243 = arith.addi %v1565, %v3710 : i64
        %v4244 = arith.cmpi slt, %v4243, %size_L : i64
        %v4245 = arith.subi %size_L, %v1 : i64
        %v4246 = arith.minsi %v4243, %v4245 : i64
        %v4247 = arith.addi %v4242, %v4246 : i64
        %v4248 = arith.muli %v4240, %v96 : i64
        %v4249 = arith.addi %v4248, %v3710 : i64
        %v4250 = arith.cmpi sge, %v4242, %v26 : i64
        %v4251 = arith.andi %v4244, %v4250 : i1
        %v4252 = arith.andi %v4251, %v4239 : i1
        %v4253 = llvm.getelementptr %v7[%v4249] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4254 = llvm.load %v4253 : !llvm.ptr<3> -> f32
        scf.if %v3725 {
          %v4255 = llvm.getelementptr %out_y[%v3720] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3727, %v4255 : f32, !llvm.ptr
        }
        scf.if %v3742 {
          %v4256 = llvm.getelementptr %out_y[%v3737] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3744, %v4256 : f32, !llvm.ptr
        }
        scf.if %v3759 {
          %v4257 = llvm.getelementptr %out_y[%v3754] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3761, %v4257 : f32, !llvm.ptr
        }
        scf.if %v3776 {
          %v4258 = llvm.getelementptr %out_y[%v3771] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3778, %v4258 : f32, !llvm.ptr
        }
        scf.if %v3793 {
          %v4259 = llvm.getelementptr %out_y[%v3788] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3795, %v4259 : f32, !llvm.ptr
        }
        scf.if %v3810 {
          %v4260 = llvm.getelementptr %out_y[%v3805] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3812, %v4260 : f32, !llvm.ptr
        }
        scf.if %v3827 {
          %v4261 = llvm.getelementptr %out_y[%v3822] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3829, %v4261 : f32, !llvm.ptr
        }
        scf.if %v3844 {
          %v4262 = llvm.getelementptr %out_y[%v3839] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3846, %v4262 : f32, !llvm.ptr
        }
        scf.if %v3861 {
          %v4263 = llvm.getelementptr %out_y[%v3856] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3863, %v4263 : f32, !llvm.ptr
        }
        scf.if %v3878 {
          %v4264 = llvm.getelementptr %out_y[%v3873] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3880, %v4264 : f32, !llvm.ptr
        }
        scf.if %v3895 {
          %v4265 = llvm.getelementptr %out_y[%v3890] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3897, %v4265 : f32, !llvm.ptr
        }
        scf.if %v3912 {
          %v4266 = llvm.getelementptr %out_y[%v3907] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3914, %v4266 : f32, !llvm.ptr
        }
        scf.if %v3929 {
          %v4267 = llvm.getelementptr %out_y[%v3924] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3931, %v4267 : f32, !llvm.ptr
        }
        scf.if %v3946 {
          %v4268 = llvm.getelementptr %out_y[%v3941] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3948, %v4268 : f32, !llvm.ptr
        }
        scf.if %v3963 {
          %v4269 = llvm.getelementptr %out_y[%v3958] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3965, %v4269 : f32, !llvm.ptr
        }
        scf.if %v3980 {
          %v4270 = llvm.getelementptr %out_y[%v3975] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3982, %v4270 : f32, !llvm.ptr
        }
        scf.if %v3997 {
          %v4271 = llvm.getelementptr %out_y[%v3992] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3999, %v4271 : f32, !llvm.ptr
        }
        scf.if %v4014 {
          %v4272 = llvm.getelementptr %out_y[%v4009] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4016, %v4272 : f32, !llvm.ptr
        }
        scf.if %v4031 {
          %v4273 = llvm.getelementptr %out_y[%v4026] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4033, %v4273 : f32, !llvm.ptr
        }
        scf.if %v4048 {
          %v4274 = llvm.getelementptr %out_y[%v4043] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4050, %v4274 : f32, !llvm.ptr
        }
        scf.if %v4065 {
          %v4275 = llvm.getelementptr %out_y[%v4060] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4067, %v4275 : f32, !llvm.ptr
        }
        scf.if %v4082 {
          %v4276 = llvm.getelementptr %out_y[%v4077] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4084, %v4276 : f32, !llvm.ptr
        }
        scf.if %v4099 {
          %v4277 = llvm.getelementptr %out_y[%v4094] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4101, %v4277 : f32, !llvm.ptr
        }
        scf.if %v4116 {
          %v4278 = llvm.getelementptr %out_y[%v4111] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4118, %v4278 : f32, !llvm.ptr
        }
        scf.if %v4133 {
          %v4279 = llvm.getelementptr %out_y[%v4128] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4135, %v4279 : f32, !llvm.ptr
        }
        scf.if %v4150 {
          %v4280 = llvm.getelementptr %out_y[%v4145] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4152, %v4280 : f32, !llvm.ptr
        }
        scf.if %v4167 {
          %v4281 = llvm.getelementptr %out_y[%v4162] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4169, %v4281 : f32, !llvm.ptr
        }
        scf.if %v4184 {
          %v4282 = llvm.getelementptr %out_y[%v4179] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4186, %v4282 : f32, !llvm.ptr
        }
        scf.if %v4201 {
          %v4283 = llvm.getelementptr %out_y[%v4196] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4203, %v4283 : f32, !llvm.ptr
        }
        scf.if %v4218 {
          %v4284 = llvm.getelementptr %out_y[%v4213] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4220, %v4284 : f32, !llvm.ptr
        }
        scf.if %v4235 {
          %v4285 = llvm.getelementptr %out_y[%v4230] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4237, %v4285 : f32, !llvm.ptr
        }
        scf.if %v4252 {
          %v4286 = llvm.getelementptr %out_y[%v4247] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4254, %v4286 : f32, !llvm.ptr
        }
        gpu.barrier
      }
      %v4287 = llvm.load %v4 : !llvm.ptr -> f32
      scf.if %v19 {
        %v4288 = arith.muli %v24, %v65 : i64
        %v4289 = arith.muli %v22, %v1 : i64
        %v4290 = arith.addi %v4288, %v4289 : i64
        %v4291 = llvm.getelementptr %out_h_last[%v4290] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4287, %v4291 : f32, !llvm.ptr
      }
      %v4292 = llvm.load %v5 : !llvm.ptr -> f32
      scf.if %v19 {
        %v4293 = arith.muli %v24, %v65 : i64
        %v4294 = arith.muli %v22, %v1 : i64
        %v4295 = arith.addi %v4293, %v4294 : i64
        %v4296 = llvm.getelementptr %out_hp_last[%v4295] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4292, %v4296 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
